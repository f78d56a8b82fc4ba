"""Result model, waivers and the Markdown report of the host hardening suite (used by its conftest)."""

from __future__ import annotations

import datetime as dt
import fnmatch
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

PASS, FAIL, EXCEPTION, NA, NOT_RUN = "pass", "fail", "accepted exception", "not applicable", "not run"
ORDER = [FAIL, EXCEPTION, NA, NOT_RUN, PASS]
# GB/T 22239-2019 level-3 clause titles, shown next to the clause numbers for auditors.
GBT_TITLES = {
    "8.1.3.1": "安全区域边界 / 边界防护",
    "8.1.4.1": "安全计算环境 / 身份鉴别",
    "8.1.4.2": "安全计算环境 / 访问控制",
    "8.1.4.3": "安全计算环境 / 安全审计",
    "8.1.4.4": "安全计算环境 / 入侵防范",
    "8.1.4.7": "安全计算环境 / 数据完整性",
    "8.1.4.8": "安全计算环境 / 数据保密性",
    "8.1.4.10": "安全计算环境 / 剩余信息保护",
    "8.1.5.4": "安全管理中心 / 集中管控",
    "8.1.4.5": "安全计算环境 / 恶意代码防范",
    "8.1.4.6": "安全计算环境 / 可信验证",
    "8.1.3.2": "安全区域边界 / 访问控制",
}


class WaiverError(ValueError):
    """A waivers file that is not usable evidence (a missing reason or approver)."""


@dataclass(frozen=True)
class Waiver:
    control: str
    reason: str
    approved_by: str
    expires: dt.date | None
    hosts: tuple[str, ...] = ("*",)

    def covers(self, control_id: str, host: str) -> bool:
        names = {host, host.split("://", 1)[-1].split("?", 1)[0]}
        return fnmatch.fnmatch(control_id, self.control) and any(
            fnmatch.fnmatch(n, pat) for n in names for pat in self.hosts
        )

    def expired(self, today: dt.date) -> bool:
        return self.expires is not None and self.expires < today


def load_waivers(path: Path) -> list[Waiver]:
    data = yaml.safe_load(path.read_text()) or {}
    out = []
    for i, entry in enumerate(data.get("waivers", [])):
        missing = [k for k in ("control", "reason", "approved_by") if not entry.get(k)]
        if missing:
            raise WaiverError(f"{path}: waiver #{i + 1} lacks {', '.join(missing)}")
        expires = entry.get("expires")
        if isinstance(expires, str):
            expires = dt.date.fromisoformat(expires)
        out.append(
            Waiver(
                control=str(entry["control"]),
                reason=str(entry["reason"]),
                approved_by=str(entry["approved_by"]),
                expires=expires,
                hosts=tuple(entry.get("hosts") or ["*"]),
            )
        )
    return out


@dataclass
class Result:
    control: str
    title: str
    gbt: list[str]
    cis: list[str]
    host: str
    status: str
    detail: str = ""
    test: str = ""
    # "live": read from the running system; "configuration: ...": only persisted configuration could be read.
    evidence: str = "live"


@dataclass
class Recorder:
    waivers: list[Waiver]

    def waiver_for(self, control_id: str, host: str) -> Waiver | None:
        return next((w for w in self.waivers if w.covers(control_id, host)), None)


def summarize(results: list[Result]) -> dict[str, dict[str, int]]:
    per_host: dict[str, dict[str, int]] = {}
    for r in results:
        counts = per_host.setdefault(r.host, {s: 0 for s in ORDER})
        counts[r.status] += 1
    return per_host


def _worst(statuses: list[str]) -> str:
    return min(statuses, key=ORDER.index) if statuses else NOT_RUN


def _natural(text: str) -> list:
    return [int(t) if t.isdigit() else t for t in re.split(r"(\d+)", text)]


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_markdown(results: list[Result], *, retention_days: int, waiver_files: list[str]) -> str:
    hosts = sorted({r.host for r in results})
    summary = summarize(results)
    lines = [
        "# Host hardening report (等保2.0 level 3 / CIS Debian Linux 12)",
        "",
        f"Generated {dt.datetime.now(dt.UTC).strftime('%Y-%m-%d %H:%M UTC')}; required log retention "
        f"{retention_days} days; waivers: "
        f"{', '.join(waiver_files) or 'none'}.",
        "",
        "Not applicable and accepted exceptions are listed with their reasons; they are **not** passes.",
        "",
        "## Summary per host",
        "",
        "| host | pass | fail | accepted exception | not applicable | not run | verdict |",
        "|---|---|---|---|---|---|---|",
    ]
    for h in hosts:
        c = summary[h]
        verdict = "**NON-COMPLIANT**" if c[FAIL] else ("compliant with exceptions" if c[EXCEPTION] else "compliant")
        lines.append(f"| {h} | {c[PASS]} | {c[FAIL]} | {c[EXCEPTION]} | {c[NA]} | {c[NOT_RUN]} | {verdict} |")

    lines += [
        "",
        "## How passes were verified",
        "",
        "Inside containers some settings belong to the container's host (kernel parameters, audit, mounts, "
        "AppArmor, a firewall without CAP_NET_ADMIN): those checks read the persisted configuration only.",
        "",
        "| host | passes verified live | passes verified from configuration only | applicable checks passing |",
        "|---|---|---|---|",
    ]
    for h in hosts:
        passed = [r for r in results if r.host == h and r.status == PASS]
        config = sum(1 for r in passed if r.evidence != "live")
        c = summary[h]
        applicable = c[PASS] + c[FAIL] + c[EXCEPTION]
        share = f"{100 * c[PASS] / applicable:.1f} % ({c[PASS]}/{applicable})" if applicable else "-"
        lines.append(f"| {h} | {len(passed) - config} | {config} | {share} |")

    by_control: dict[str, list[Result]] = {}
    for r in results:
        by_control.setdefault(r.control, []).append(r)

    lines += [
        "",
        "## By GB/T 22239-2019 clause",
        "",
        "| clause | controls | " + " | ".join(hosts) + " |",
        "|---|---|" + "---|" * len(hosts),
    ]
    clauses: dict[str, set[str]] = {}
    for r in results:
        for clause in r.gbt:
            clauses.setdefault(clause, set()).add(r.control)
    for clause in sorted(clauses, key=_natural):
        cells = []
        for h in hosts:
            statuses = [r.status for c in clauses[clause] for r in by_control[c] if r.host == h]
            counts = {s: statuses.count(s) for s in ORDER if statuses.count(s)}
            cells.append(", ".join(f"{n} {s}" for s, n in counts.items()) or "-")
        title = GBT_TITLES.get(clause.split(" ")[0], "")
        lines.append(f"| {clause} {title} | {len(clauses[clause])} | " + " | ".join(cells) + " |")

    lines += ["", "## Controls", ""]
    for cid in sorted(by_control):
        rs = by_control[cid]
        first = rs[0]
        lines += [
            f"### {cid}: {first.title}",
            "",
            f"等保 {', '.join(first.gbt) or '-'}; CIS {', '.join(first.cis) or '-'}; "
            f"overall: **{_worst([r.status for r in rs])}**",
            "",
            "| host | result | verified | detail |",
            "|---|---|---|---|",
        ]
        for r in sorted(rs, key=lambda r: r.host):
            verified = r.evidence if r.status == PASS else "-"
            lines.append(f"| {r.host} | {r.status} | {_cell(verified)} | {_cell(r.detail)} |")
        lines.append("")
    return "\n".join(lines) + "\n"
