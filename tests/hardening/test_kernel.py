"""Kernel parameters, disabled modules and core dumps (CIS 1.1.1, 1.5, 3.2, 3.3).

Inside a container the kernel is the host's: the persisted settings (/etc/sysctl.d, as systemd-sysctl merges
them at boot) are what the host under test controls, so only they are checked there. On a real host the live
value must match as well.
"""

from __future__ import annotations

import pytest

from tests.hardening.support import (
    config_only_in_container,
    control,
    evidence_from_configuration,
    read_glob,
    sysctl_persisted,
)

S = "8.1.4.4"
SYSCTL = [
    # key, expected, gbt, cis, title
    ("kernel.randomize_va_space", "2", [S], ["1.5.1"], "Address space layout randomisation"),
    ("kernel.yama.ptrace_scope", "1", [S], ["1.5.2"], "ptrace limited to descendants"),
    ("fs.suid_dumpable", "0", [S, "8.1.4.10"], ["1.5.3"], "No core dumps of setuid programs"),
    ("kernel.dmesg_restrict", "1", [S], ["1.5"], "Kernel log readable by root only"),
    ("kernel.kptr_restrict", "2", [S], ["1.5"], "Kernel pointers hidden"),
    ("fs.protected_hardlinks", "1", [S], ["1.5"], "Protected hard links"),
    ("fs.protected_symlinks", "1", [S], ["1.5"], "Protected symbolic links"),
    ("net.ipv4.ip_forward", "0", [S, "8.1.3.1"], ["3.3.1"], "Not a router (IPv4 forwarding off)"),
    ("net.ipv4.conf.all.send_redirects", "0", [S], ["3.3.2"], "No ICMP redirects sent (all)"),
    ("net.ipv4.conf.default.send_redirects", "0", [S], ["3.3.2"], "No ICMP redirects sent (default)"),
    ("net.ipv4.icmp_ignore_bogus_error_responses", "1", [S], ["3.3.3"], "Bogus ICMP responses ignored"),
    ("net.ipv4.icmp_echo_ignore_broadcasts", "1", [S], ["3.3.4"], "Broadcast ICMP ignored"),
    ("net.ipv4.conf.all.accept_redirects", "0", [S], ["3.3.5"], "ICMP redirects refused (all)"),
    ("net.ipv4.conf.default.accept_redirects", "0", [S], ["3.3.5"], "ICMP redirects refused (default)"),
    ("net.ipv6.conf.all.accept_redirects", "0", [S], ["3.3.5"], "IPv6 redirects refused (all)"),
    ("net.ipv4.conf.all.secure_redirects", "0", [S], ["3.3.6"], "Secure redirects refused (all)"),
    ("net.ipv4.conf.default.secure_redirects", "0", [S], ["3.3.6"], "Secure redirects refused (default)"),
    ("net.ipv4.conf.all.rp_filter", "1", [S], ["3.3.7"], "Reverse path filtering (all)"),
    ("net.ipv4.conf.default.rp_filter", "1", [S], ["3.3.7"], "Reverse path filtering (default)"),
    ("net.ipv4.conf.all.accept_source_route", "0", [S], ["3.3.8"], "Source-routed packets refused (all)"),
    (
        "net.ipv4.conf.default.accept_source_route",
        "0",
        [S],
        ["3.3.8"],
        "Source-routed packets refused (default)",
    ),
    ("net.ipv4.conf.all.log_martians", "1", [S, "8.1.4.3 a)"], ["3.3.9"], "Martian packets logged (all)"),
    (
        "net.ipv4.conf.default.log_martians",
        "1",
        [S, "8.1.4.3 a)"],
        ["3.3.9"],
        "Martian packets logged (default)",
    ),
    ("net.ipv4.tcp_syncookies", "1", [S], ["3.3.10"], "TCP SYN cookies"),
    ("net.ipv6.conf.all.accept_ra", "0", [S], ["3.3.11"], "IPv6 router advertisements refused (all)"),
    ("net.ipv6.conf.default.accept_ra", "0", [S], ["3.3.11"], "IPv6 router advertisements refused (default)"),
    ("net.ipv6.conf.all.forwarding", "0", [S, "8.1.3.1"], ["3.3.1"], "Not a router (IPv6 forwarding off)"),
    ("net.ipv6.conf.all.accept_source_route", "0", [S], ["3.3.8"], "IPv6 source-routed packets refused (all)"),
    (
        "net.ipv6.conf.default.accept_source_route",
        "0",
        [S],
        ["3.3.8"],
        "IPv6 source-routed packets refused (default)",
    ),
]


@pytest.mark.parametrize(
    ("key", "expected"),
    [pytest.param(k, v, marks=control(f"sysctl:{k}", gbt=g, cis=c, title=t), id=k) for k, v, g, c, t in SYSCTL],
)
def test_sysctl(host, key, expected):
    persisted = sysctl_persisted(host).get(key)
    assert persisted == expected, f"{key} persisted as {persisted!r} in sysctl.d, expected {expected}"
    if not config_only_in_container(host, "/etc/sysctl.d (the kernel is the container host's)"):
        live = host.sysctl(key)
        assert str(live) == expected, f"{key} is {live} in the running kernel, expected {expected}"


MODULES = [
    ("cramfs", ["1.1.1.1"]),
    ("freevxfs", ["1.1.1.2"]),
    ("hfs", ["1.1.1.3"]),
    ("hfsplus", ["1.1.1.4"]),
    ("jffs2", ["1.1.1.5"]),
    ("udf", ["1.1.1.7"]),
    ("usb-storage", ["1.1.1.8"]),
    ("dccp", ["3.2.1"]),
    ("tipc", ["3.2.2"]),
    ("rds", ["3.2.3"]),
    ("sctp", ["3.2.4"]),
]


def _modprobe_conf(host) -> list[str]:
    files = read_glob(host, "/etc/modprobe.d/*.conf", "/lib/modprobe.d/*.conf", "/usr/lib/modprobe.d/*.conf")
    return [" ".join(line.split()).replace("-", "_") for text in files.values() for line in text.splitlines()]


@pytest.mark.parametrize(
    "module",
    [
        pytest.param(
            m,
            marks=control(f"module:{m}", gbt=["8.1.4.4 a)"], cis=c, title=f"Kernel module {m} disabled"),
            id=m,
        )
        for m, c in MODULES
    ],
)
def test_module_disabled(host, module):
    name = module.replace("-", "_")
    lines = _modprobe_conf(host)
    assert any(line in (f"install {name} /bin/false", f"install {name} /bin/true") for line in lines), (
        f"modprobe.d has no 'install {module} /bin/false'"
    )
    assert f"blacklist {name}" in lines, f"modprobe.d does not blacklist {module}"
    if not config_only_in_container(host, "/etc/modprobe.d (modules are the container host's)"):
        loaded = {line.split()[0] for line in (host.file("/proc/modules").content_string or "").splitlines()}
        assert name not in loaded, f"{module} is loaded in the running kernel"


@control("core-dumps", gbt=["8.1.4.10"], cis=["1.5.3"], title="Core dumps disabled")
def test_core_dumps_disabled(host):
    limits = read_glob(host, "/etc/security/limits.conf", "/etc/security/limits.d/*.conf")
    hard_zero = [
        line for text in limits.values() for line in text.splitlines() if line.split()[:4] == ["*", "hard", "core", "0"]
    ]
    assert hard_zero, "no '* hard core 0' in limits.conf or limits.d"
    evidence_from_configuration("limits.d and sysctl.d")
    assert sysctl_persisted(host).get("fs.suid_dumpable") == "0", "fs.suid_dumpable is not persisted as 0"
