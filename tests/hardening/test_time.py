"""Time synchronisation: audit records need a trustworthy clock (等保 8.1.4.3 b; CIS 2.3)."""

from __future__ import annotations

import re

from tests.hardening.support import control, in_container, not_applicable, read, read_glob


@control(
    "time-sync-configured",
    gbt=["8.1.4.3 b)"],
    cis=["2.3.1.1", "2.3.3.1"],
    title="chrony installed, enabled and given time sources",
)
def test_chrony_configured(host):
    assert host.package("chrony").is_installed, "chrony is not installed"
    assert host.service("chrony").is_enabled, "chrony is not enabled"
    confs = read_glob(host, "/etc/chrony/chrony.conf", "/etc/chrony/conf.d/*.conf", "/etc/chrony/sources.d/*.sources")
    sources = [
        line for text in confs.values() for line in text.splitlines() if re.match(r"^\s*(server|pool)\s+\S+", line)
    ]
    assert sources, "chrony has no server or pool"


@control("time-sync-single", gbt=["8.1.4.3 b)"], cis=["2.3.1.1"], title="Only one time synchronisation daemon")
def test_single_time_daemon(host):
    others = [p for p in ("systemd-timesyncd", "ntp", "ntpsec", "openntpd") if host.package(p).is_installed]
    assert not others, f"other time daemons installed besides chrony: {others}"


@control("time-sync-user", gbt=["8.1.4.2"], cis=["2.3.3.2"], title="chronyd runs as the _chrony user")
def test_chrony_user(host):
    conf = read(host, "/etc/chrony/chrony.conf") or ""
    m = re.search(r"^\s*user\s+(\S+)", conf, re.M)
    assert m is None or m.group(1) == "_chrony", f"chrony runs as {m.group(1) if m else '?'}"


@control("time-sync-running", gbt=["8.1.4.3 b)"], cis=["2.3.3.3"], title="chronyd running")
def test_chrony_running(host):
    if in_container(host):
        not_applicable("a container uses its host's clock; chronyd cannot set it (no CAP_SYS_TIME)")
    assert host.service("chrony").is_running, "chronyd is not running"
