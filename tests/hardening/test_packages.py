"""Minimal installation: unneeded packages and services absent (等保 8.1.4.4 a/b; CIS 2.1, 2.2)."""

from __future__ import annotations

import re

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
    ("prelink", ["1.5.4"], "prelink (rewrites binaries, defeats integrity checks)"),
    ("apport", ["1.5.5"], "automatic crash reporting"),
    ("gdm3", ["1.7.1"], "graphical login"),
    ("xserver-common", ["2.1.20"], "X Window server"),
    ("autofs", ["2.1.1"], "automounter"),
    ("bind9", ["2.1.4"], "DNS server"),
    ("dnsmasq", ["2.1.5"], "dnsmasq"),
    ("isc-dhcp-server", ["2.1.6"], "DHCP server"),
    ("dovecot-imapd", ["2.1.8"], "IMAP server"),
    ("dovecot-pop3d", ["2.1.8"], "POP3 server"),
    ("nfs-kernel-server", ["2.1.10"], "NFS server"),
    ("ypserv", ["2.1.11"], "NIS server"),
    ("samba", ["2.1.13"], "Samba file server"),
    ("squid", ["2.1.17"], "HTTP proxy"),
    ("bluez", ["3.1.3"], "Bluetooth"),
]


@pytest.mark.parametrize(
    "package",
    [
        pytest.param(
            p,
            marks=control(f"package-absent:{p}", gbt=["8.1.4.4 a)", "8.1.4.4 b)"], cis=c, title=f"{t} not installed"),
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


@control("mta-local-only", gbt=["8.1.4.4 b)"], cis=["2.1.21"], title="The mail transfer agent listens on loopback only")
def test_mta_local_only(host):
    out = host.run("ss -Hltn")
    assert out.rc == 0, out.stderr
    smtp = [line.split()[3] for line in out.stdout.splitlines() if re.search(r":(25|465|587)$", line.split()[3])]
    exposed = [a for a in smtp if not a.startswith(("127.", "[::1]", "::1"))]
    assert not exposed, f"SMTP listening beyond loopback: {exposed}"


@control("no-wireless", gbt=["8.1.4.4 a)"], cis=["3.1.2"], title="No wireless interfaces")
def test_no_wireless(host):
    out = host.run("sh -c 'ls -d /sys/class/net/*/wireless 2>/dev/null'").stdout.split()
    assert not out, f"wireless interfaces: {out}"
