"""Logging and log retention (等保 8.1.4.3 c; 网络安全法 第21条 ≥ 6 months; 2024 rules ≥ 1 year; CIS 6.1)."""

from __future__ import annotations

import fnmatch
import re

from tests.hardening.support import control, parse_seconds, read, read_glob, systemd_drop_in

PERIOD_DAYS = {"daily": 1, "weekly": 7, "monthly": 31, "yearly": 365}


def _logrotate_blocks(host) -> tuple[dict[str, str], list[tuple[list[str], dict[str, str]]]]:
    """(global directives of logrotate.conf, [(path patterns, directives)]) across logrotate.conf and .d."""
    files = read_glob(host, "/etc/logrotate.conf", "/etc/logrotate.d/*")
    global_: dict[str, str] = {}
    blocks: list[tuple[list[str], dict[str, str]]] = []
    for path in ["/etc/logrotate.conf", *sorted(p for p in files if p != "/etc/logrotate.conf")]:
        text = re.sub(
            r"(?ms)^\s*(postrotate|prerotate|firstaction|lastaction|preremove)\b.*?^\s*endscript\b",
            "",
            files.get(path, ""),
        )
        for m in re.finditer(r"(?s)([^{}]*?)\{([^{}]*)\}", text):
            patterns = [p for p in m.group(1).split() if p.startswith("/")]
            blocks.append((patterns, _directives(m.group(2))))
        if path == "/etc/logrotate.conf":
            global_ = _directives(re.sub(r"(?s)[^{}\n]*\{[^{}]*\}", "", text))
    return global_, blocks


def _directives(body: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for raw in body.splitlines():
        words = raw.split("#", 1)[0].split()
        if words:
            out[words[0]] = " ".join(words[1:])
    return out


def _retention_days(host, log: str) -> float | None:
    global_, blocks = _logrotate_blocks(host)
    for patterns, d in blocks:
        if any(fnmatch.fnmatch(log, p) for p in patterns):
            merged = {**global_, **d}
            period = next(
                (PERIOD_DAYS[k] for k in ("daily", "weekly", "monthly", "yearly") if k in d),
                next((PERIOD_DAYS[k] for k in PERIOD_DAYS if k in global_), 7),
            )
            days = period * int(merged.get("rotate", "0"))
            if "maxage" in merged:
                days = min(days, int(merged["maxage"]))
            return days
    return None


@control(
    "log-retention-system",
    gbt=["8.1.4.3 c)", "8.1.5.4 d)"],
    cis=["6.1.3.4"],
    title="System and authentication logs kept for the required period",
)
def test_system_log_retention(host, log_retention_days):
    for log in ("/var/log/syslog", "/var/log/auth.log"):
        days = _retention_days(host, log)
        assert days is not None, f"no logrotate rule covers {log}"
        assert days >= log_retention_days, f"{log} is kept {days} days, {log_retention_days} required"


@control(
    "log-retention-web",
    gbt=["8.1.4.3 c)", "8.1.5.4 d)"],
    cis=[],
    title="Web server access logs kept for the required period (when nginx is installed)",
)
def test_web_log_retention(host, log_retention_days):
    if read(host, "/etc/logrotate.d/nginx") is None:
        from tests.hardening.support import not_applicable

        not_applicable("nginx is not installed")
    days = _retention_days(host, "/var/log/nginx/access.log")
    assert days is not None and days >= log_retention_days, (
        f"nginx access logs are kept {days} days, {log_retention_days} required"
    )


@control(
    "journald-persistent",
    gbt=["8.1.4.3 c)"],
    cis=["6.1.2.1.4", "6.1.2.3"],
    title="Journal stored on disk and compressed",
)
def test_journald_persistent(host):
    conf = systemd_drop_in(host, "/etc/systemd/journald.conf", "Journal")
    storage = conf.get("Storage", "auto")
    assert storage == "persistent" or (storage == "auto" and host.file("/var/log/journal").is_directory), (
        f"journald Storage={storage}"
    )
    assert conf.get("Compress", "yes") == "yes", "journald Compress is off"


@control(
    "journald-retention",
    gbt=["8.1.4.3 c)"],
    cis=["6.1.2.2"],
    title="The journal does not delete entries younger than the retention period",
)
def test_journald_retention(host, log_retention_days):
    conf = systemd_drop_in(host, "/etc/systemd/journald.conf", "Journal")
    value = conf.get("MaxRetentionSec", "0")
    seconds = parse_seconds(value)
    assert seconds == 0 or seconds >= log_retention_days * 86400, f"MaxRetentionSec={value}"


@control(
    "rsyslog",
    gbt=["8.1.4.3 a)", "8.1.4.3 c)"],
    cis=["6.1.3.1", "6.1.3.2"],
    title="rsyslog installed and running (log files for retention)",
)
def test_rsyslog_running(host):
    assert host.package("rsyslog").is_installed, "rsyslog is not installed"
    svc = host.service("rsyslog")
    assert svc.is_enabled and svc.is_running, "rsyslog is not enabled and running"


@control("log-file-perms", gbt=["8.1.4.3 c)"], cis=["6.1.4.1"], title="Log files not readable by others")
def test_log_file_permissions(host):
    out = host.run("find /var/log -xdev -type f -perm /o=rwx")
    assert not out.stdout.split(), f"log files readable or writable by others: {out.stdout.split()[:10]}"


def _rsyslog_conf(host) -> str:
    return "\n".join(read_glob(host, "/etc/rsyslog.conf", "/etc/rsyslog.d/*.conf").values())


@control(
    "rsyslog-file-mode",
    gbt=["8.1.4.3 c)"],
    cis=["6.1.3.4"],
    title="rsyslog creates log files with mode 640 or stricter",
)
def test_rsyslog_file_mode(host):
    modes = re.findall(r"^\s*\$FileCreateMode\s+(\d+)", _rsyslog_conf(host), re.M)
    assert modes, "rsyslog FileCreateMode is not set (default 0644)"
    assert all(int(m, 8) & 0o137 == 0 for m in modes), f"FileCreateMode {modes}"


@control(
    "rsyslog-no-remote-input",
    gbt=["8.1.4.4 b)"],
    cis=["6.1.3.7"],
    title="rsyslog does not accept logs from the network",
)
def test_rsyslog_not_a_log_host(host):
    conf = _rsyslog_conf(host)
    inputs = re.findall(
        r"^\s*(?:module\(load=\"im(?:tcp|udp)\"|\$ModLoad\s+im(?:tcp|udp)|input\(type=\"im(?:tcp|udp)\")", conf, re.M
    )
    assert not inputs, f"rsyslog listens for remote logs: {inputs}"
