"""File integrity: AIDE baseline and a daily check reporting to syslog (等保 8.1.4.3, 8.1.4.7; CIS 6.3)."""

from __future__ import annotations

import re

from tests.hardening.support import control, read, read_glob

S = ["8.1.4.7 a)", "8.1.4.3 a)"]


@control("aide-installed", gbt=S, cis=["6.3.1"], title="AIDE installed with a baseline database")
def test_aide_installed(host):
    assert host.package("aide").is_installed, "aide is not installed"
    db = host.file("/var/lib/aide/aide.db")
    assert db.exists and db.size > 0, "no AIDE database /var/lib/aide/aide.db (run aideinit)"
    assert db.user == "root" and db.mode & 0o077 == 0, f"aide.db {db.user} {oct(db.mode)}"


@control(
    "aide-scheduled",
    gbt=S,
    cis=["6.3.2"],
    title="AIDE checks the host regularly and reports to the system log",
)
def test_aide_scheduled(host):
    units = read_glob(host, "/etc/systemd/system/*.service", "/usr/lib/systemd/system/*.service")
    checks = {p: t for p, t in units.items() if re.search(r"^ExecStart=.*\baide\b.*--check", t, re.M)}
    timers = []
    for path, text in checks.items():
        timer = path.rsplit("/", 1)[1].replace(".service", ".timer")
        if host.service(timer).is_enabled:
            timers.append((timer, text))
    crons = read_glob(host, "/etc/crontab", "/etc/cron.d/*", "/var/spool/cron/crontabs/root")
    cron = [p for p, t in crons.items() if re.search(r"^[^#].*\baide\b.*--check", t, re.M)]
    assert timers or cron, "no enabled timer or cron job runs aide --check"
    for timer, text in timers:
        assert re.search(r"^Standard(Output|Error)=(journal|syslog)", text, re.M) or "logger" in text, (
            f"{timer}: the check's result does not go to the system log"
        )


@control(
    "aide-audit-tools",
    gbt=["8.1.4.7 a)", "8.1.4.3 c)"],
    cis=["6.3.3"],
    title="AIDE protects the integrity of the audit tools",
)
def test_aide_protects_audit_tools(host):
    conf = (read(host, "/etc/aide/aide.conf") or "") + "\n".join(read_glob(host, "/etc/aide/aide.conf.d/*").values())
    for tool in ("auditctl", "auditd", "ausearch", "aureport", "autrace", "augenrules"):
        m = re.search(rf"^/(usr/)?sbin/{tool}\s+(\S+)", conf, re.M)
        assert m, f"AIDE does not watch {tool}"
        rule = m.group(2)
        missing = [a for a in ("p", "i", "n", "u", "g", "s", "b", "sha512") if not re.search(rf"\b{a}\b", rule)]
        assert not missing, f"AIDE rule for {tool} lacks {missing}: {rule}"
