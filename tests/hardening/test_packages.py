"""Minimal installation: unneeded packages and services absent (等保 8.1.4.4 a/b; CIS 2.1, 2.2)."""

from __future__ import annotations

import pytest

from tests.hardening.support import control

PACKAGES = [
    # package, cis, title
    ("inetutils-telnet", ["2.2.4"], "telnet client (clear-text logins)"),
    ("telnet", ["2.2.4"], "telnet client (clear-text logins)"),
    ("telnetd", ["2.1.19"], "telnet server"),
    ("inetutils-telnetd", ["2.1.19"], "telnet server"),
    ("rsh-client", ["2.2.2"], "rsh client"),
    ("rsh-server", ["2.1"], "rsh server"),
    ("nis", ["2.2.1", "2.1.11"], "NIS client and server"),
    ("talk", ["2.2.3"], "talk client"),
    ("xinetd", ["2.1"], "xinetd super-server"),
    ("tftpd-hpa", ["2.1.18"], "TFTP server"),
    ("tftp-hpa", ["2.2.6"], "TFTP client"),
    ("vsftpd", ["2.1.7"], "FTP server"),
    ("inetutils-ftp", ["2.2.5"], "FTP client"),
    ("avahi-daemon", ["2.1.3"], "Avahi (mDNS) server"),
    ("cups", ["2.1.12"], "print server"),
    ("rpcbind", ["2.1.14"], "rpcbind"),
    ("snmpd", ["2.1.16"], "SNMP server"),
    ("slapd", ["2.1.9"], "LDAP server"),
    ("ldap-utils", ["2.2.5"], "LDAP client"),
]


@pytest.mark.parametrize(
    "package",
    [
        pytest.param(
            p,
            marks=control(
                f"package-absent:{p}", gbt=["8.1.4.4 a)", "8.1.4.4 b)"], cis=c, title=f"{t} not installed"
            ),
            id=p,
        )
        for p, c, t in PACKAGES
    ],
)
def test_package_absent(host, package):
    assert not host.package(package).is_installed, f"{package} is installed"


@control("service-rsync", gbt=["8.1.4.4 b)"], cis=["2.1.15"], title="rsync daemon not in use")
def test_rsync_daemon_not_in_use(host):
    svc = host.service("rsync")
    assert not svc.is_running, "the rsync daemon is running"
    assert not svc.is_enabled or svc.is_masked, "rsync.service is enabled"
