"""A finding: one check's result on one site, with the evidence URL an inspector would open."""

from __future__ import annotations

from dataclasses import asdict, dataclass

# Severity order: veto makes the site 不合格; security needs human review at once; warning is a deduction risk.
SEVERITIES = ("veto", "security", "warning", "info")


@dataclass(frozen=True)
class Finding:
    check: str  # stable id, e.g. "home_not_updated", "columns_stale", "personal_data"
    severity: str  # one of SEVERITIES
    message: str  # for people, Chinese indicator wording first
    evidence: str = ""  # the URL to open
    value: float | None = None  # the measured number (ratio, days, count), for metrics

    def as_dict(self) -> dict:
        return asdict(self)


def verdict(findings: list[Finding]) -> str:
    return "不合格" if any(f.severity == "veto" for f in findings) else "合格"
