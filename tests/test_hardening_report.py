"""The hardening suite's report, waivers and parsers (no host needed)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.hardening import report, support


def result(control: str, host: str, status: str, detail: str = "", gbt=("8.1.4.1 a)",)) -> report.Result:
    return report.Result(
        control=control, title=f"title of {control}", gbt=list(gbt), cis=["5.1.6"], host=host,
        status=status, detail=detail,
    )  # fmt: skip


def test_waiver_matches_control_and_host_globs(tmp_path: Path) -> None:
    f = tmp_path / "w.yml"
    f.write_text(
        "waivers:\n"
        "  - control: 'sysctl:net.ipv4.ip_forward'\n"
        "    hosts: ['prod-worker-*']\n"
        "    reason: pod routing\n"
        "    approved_by: sec\n"
        "    expires: 2027-06-30\n"
    )
    (w,) = report.load_waivers(f)
    assert w.covers("sysctl:net.ipv4.ip_forward", "ansible://prod-worker-3")
    assert w.covers("sysctl:net.ipv4.ip_forward", "prod-worker-3")
    assert not w.covers("sysctl:net.ipv4.ip_forward", "ansible://prod-bastion-1")
    assert not w.covers("sysctl:kernel.randomize_va_space", "ansible://prod-worker-3")
    assert not w.expired(dt.date(2027, 6, 30)) and w.expired(dt.date(2027, 7, 1))


def test_waiver_without_reason_or_approver_is_refused(tmp_path: Path) -> None:
    f = tmp_path / "w.yml"
    f.write_text("waivers:\n  - control: ssh-ciphers\n    reason: ''\n")
    with pytest.raises(report.WaiverError, match="reason, approved_by"):
        report.load_waivers(f)


def test_report_never_counts_not_applicable_or_exceptions_as_pass() -> None:
    results = [
        result("ssh-ciphers", "docker://a", report.PASS),
        result("auditd-running", "docker://a", report.NA, "auditd cannot run in a container"),
        result("sysctl:net.ipv4.ip_forward", "docker://a", report.EXCEPTION, "pod routing (approved by sec)"),
        result("ssh-ciphers", "docker://b", report.FAIL, "weak ciphers offered: ['3des-cbc']"),
    ]
    summary = report.summarize(results)
    assert summary["docker://a"][report.PASS] == 1
    assert summary["docker://a"][report.NA] == 1 and summary["docker://a"][report.EXCEPTION] == 1
    md = report.render_markdown(results, retention_days=365, waiver_files=["w.yml"])
    assert "| docker://a | 1 | 0 | 1 | 1 | 0 | compliant with exceptions |" in md
    assert "| docker://b | 0 | 1 | 0 | 0 | 0 | **NON-COMPLIANT** |" in md
    assert "| docker://a | not applicable | - | auditd cannot run in a container |" in md
    assert "### ssh-ciphers: title of ssh-ciphers" in md and "overall: **fail**" in md
    assert "required log retention 365 days" in md
    # Applicable = pass + fail + accepted exception: a's share is 1 of 2, never inflated by the exception.
    assert "| docker://a | 1 | 0 | 50.0 % (1/2) |" in md


def test_report_separates_live_from_configuration_evidence() -> None:
    results = [
        result("ssh-ciphers", "h", report.PASS),
        report.Result(
            control="sysctl:kernel.randomize_va_space", title="t", gbt=["8.1.4.4"], cis=["1.5.1"], host="h",
            status=report.PASS, evidence="configuration: /etc/sysctl.d",
        ),
        result("auditd-running", "h", report.NA, "no kernel audit in a container"),
    ]  # fmt: skip
    md = report.render_markdown(results, retention_days=180, waiver_files=[])
    assert "| h | 1 | 1 | 100.0 % (2/2) |" in md
    assert "| h | pass | configuration: /etc/sysctl.d |  |" in md
    assert "| h | pass | live |  |" in md


def test_report_orders_clauses_naturally_and_escapes_cells() -> None:
    results = [
        result("a", "h", report.PASS, gbt=["8.1.4.10"]),
        result("b", "h", report.FAIL, "x | y", gbt=["8.1.4.2"]),
    ]
    md = report.render_markdown(results, retention_days=180, waiver_files=[])
    assert md.index("| 8.1.4.2 安全计算环境 / 访问控制 |") < md.index("| 8.1.4.10 安全计算环境 / 剩余信息保护 |")
    assert "x \\| y" in md


class FakeResult:
    def __init__(self, stdout: str, rc: int = 0) -> None:
        self.stdout, self.rc = stdout, rc


class FakeBackend:
    def get_pytest_id(self) -> str:
        return "fake://host"


class FakeHost:
    """Answers read_glob's one shell command with the files given."""

    backend = FakeBackend()

    def __init__(self, files: dict[str, str]) -> None:
        self.files = files

    def run(self, command: str) -> FakeResult:
        out = "".join(f"\x1e{p}\x1f{c}" for p, c in self.files.items())
        return FakeResult(out)


def test_sysctl_merge_follows_systemd_order(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(support, "_CACHE", {})
    host = FakeHost({
        "/usr/lib/sysctl.d/50-default.conf": "net.ipv4.conf.all.rp_filter = 2\nkernel.yama.ptrace_scope=0\n",
        "/usr/lib/sysctl.d/60-sitegroup-hardening.conf": "kernel.dmesg_restrict = 0\n",  # hidden by /etc's
        "/etc/sysctl.d/60-sitegroup-hardening.conf": "net.ipv4.conf.all.rp_filter=1\nkernel.dmesg_restrict=1",
        "/etc/sysctl.d/99-late.conf": "# comment\n-kernel/yama/ptrace_scope = 1\n",
    })  # fmt: skip
    values = support.sysctl_persisted(host)
    assert values["net.ipv4.conf.all.rp_filter"] == "1"
    assert values["kernel.dmesg_restrict"] == "1"
    assert values["kernel.yama.ptrace_scope"] == "1"


def test_parse_seconds_understands_systemd_spans() -> None:
    assert support.parse_seconds("180day") == 180 * 86400
    assert support.parse_seconds("1y") >= 365 * 86400
    assert support.parse_seconds("3600") == 3600


@pytest.mark.parametrize("env", ["dev", "staging", "prod"])
def test_shipped_waivers_are_complete_and_name_real_hosts(env: str) -> None:
    waivers = report.load_waivers(REPO / f"tests/hardening/waivers/{env}.yml")
    inventory = (REPO / f"inventories/{env}/hosts.yml").read_text()
    hosts = re.findall(r"^\s+([a-z0-9-]+): \{ansible_host:", inventory, re.M)
    assert waivers and hosts
    for w in waivers:
        assert w.expires is not None, "a waiver without expiry is never reviewed again"
        assert [h for h in hosts if w.covers(w.control, h)], f"{w.control} covers no host of {env}"
        bastions = re.findall(r"^\s+([a-z0-9-]*bastion[a-z0-9-]*): ", inventory, re.M)
        assert bastions and not any(w.covers(w.control, b) for b in bastions), "must not cover bastions"
