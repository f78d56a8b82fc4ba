"""Auditor report for the host hardening suite.

Every test carries a ``control`` marker (GB/T 22239-2019 clause, CIS Debian Linux 12 id). This plugin
records the result of each control on each host as one of:

- ``pass``
- ``fail`` (also a setup error, and a failure whose waiver expired)
- ``accepted exception``: failed, but a current waiver (--waivers FILE) covers that control on that host;
  pytest shows it as skipped with the waiver's reason, so the run can be green, yet it is never a pass
- ``not applicable``: the control cannot apply to the host (e.g. kernel audit inside a container), with
  the reason
- ``not run``: skipped for another reason

and writes, with ``--hardening-report PATH.md``, a Markdown summary grouped by control and by 等保 clause,
plus PATH.json with the same data. JUnit XML comes from pytest's own ``--junitxml``; each test case there
carries the control ids and the status as properties.
"""

from __future__ import annotations

import datetime as dt
import fnmatch
import json
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path

import pytest
import yaml

from tests.hardening.support import NA_PREFIX

PASS, FAIL, EXCEPTION, NA, NOT_RUN = "pass", "fail", "accepted exception", "not applicable", "not run"
ORDER = [FAIL, EXCEPTION, NA, NOT_RUN, PASS]


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("hardening", "host hardening report")
    group.addoption(
        "--hardening-report",
        metavar="PATH.md",
        default=None,
        help="write a Markdown report grouped by control (and PATH.json) for auditors",
    )
    group.addoption(
        "--waivers",
        metavar="FILE",
        action="append",
        default=[],
        help="YAML file of accepted exceptions (repeatable); see docs/hardening.md",
    )
    group.addoption(
        "--log-retention-days",
        type=int,
        default=180,
        help="log retention the hosts must keep (default 180: 网络安全法; 365 for the 2024 rules)",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "control(id, gbt, cis, title): the hardening control a test gives evidence for"
    )
    waivers = []
    for path in config.getoption("waivers"):
        waivers += load_waivers(Path(path))
    config._hardening = Recorder(waivers=waivers)  # type: ignore[attr-defined]


@pytest.fixture(scope="session")
def log_retention_days(request: pytest.FixtureRequest) -> int:
    return request.config.getoption("log_retention_days")


# --------------------------------------------------------------------------------------------- waivers


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
            raise pytest.UsageError(f"{path}: waiver #{i + 1} lacks {', '.join(missing)}")
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


# --------------------------------------------------------------------------------------------- recording


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


@dataclass
class Recorder:
    waivers: list[Waiver]
    results: list[Result] = field(default_factory=list)

    def waiver_for(self, control_id: str, host: str) -> Waiver | None:
        return next((w for w in self.waivers if w.covers(control_id, host)), None)


def _host_of(item: pytest.Item) -> str:
    callspec = getattr(item, "callspec", None)
    host = callspec.params.get("_testinfra_host") if callspec else None
    if host is None:
        return "local"
    return host.backend.get_pytest_id()


def _first_line(text: str, limit: int = 300) -> str:
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("E "):
            return line[2:].strip()[:limit]
    return (text.strip().splitlines() or [""])[-1][:limit]


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo):
    outcome = yield
    rep: pytest.TestReport = outcome.get_result()
    mark = item.get_closest_marker("control")
    if mark is None:
        return
    # One result per test: the call phase, or the setup phase when that did not pass.
    if not (rep.when == "call" or (rep.when == "setup" and not rep.passed)):
        return
    recorder: Recorder = item.config._hardening  # type: ignore[attr-defined]
    host = _host_of(item)
    cid = mark.kwargs["id"]
    if rep.passed:
        status, detail = PASS, ""
    elif rep.skipped:
        reason = rep.longrepr[2] if isinstance(rep.longrepr, tuple) else str(rep.longrepr)
        reason = reason.removeprefix("Skipped: ")
        if reason.startswith(NA_PREFIX):
            status, detail = NA, reason[len(NA_PREFIX) :]
        else:
            status, detail = NOT_RUN, reason
    else:
        status, detail = FAIL, _first_line(str(rep.longrepr))
        waiver = recorder.waiver_for(cid, host)
        if waiver is not None and waiver.expired(dt.date.today()):
            detail = f"{detail} (waiver expired {waiver.expires}: {waiver.reason})"
        elif waiver is not None:
            status = EXCEPTION
            until = f", until {waiver.expires}" if waiver.expires else ""
            detail = f"{waiver.reason} (approved by {waiver.approved_by}{until}); finding: {detail}"
            # Shown as skipped, never as passed: the finding stays in the report and the JUnit message.
            rep.outcome = "skipped"
            rep.longrepr = (str(item.path), item.location[1] or 0, f"accepted exception: {detail}")
    recorder.results.append(
        Result(
            control=cid,
            title=mark.kwargs["title"],
            gbt=list(mark.kwargs["gbt"]),
            cis=list(mark.kwargs["cis"]),
            host=host,
            status=status,
            detail=detail,
            test=item.nodeid,
        )
    )
    rep.user_properties += [
        ("control", cid),
        ("gbt", " ".join(mark.kwargs["gbt"])),
        ("cis", " ".join(mark.kwargs["cis"])),
        ("status", status),
    ]


def pytest_sessionfinish(session: pytest.Session) -> None:
    path = session.config.getoption("hardening_report")
    recorder: Recorder | None = getattr(session.config, "_hardening", None)
    if not path or recorder is None:
        return
    # Under pytest-xdist the workers each record their share; only the controller (no workerinput) writes.
    if hasattr(session.config, "workerinput"):
        _dump_worker(session, recorder)
        return
    results = recorder.results + _collect_workers(session)
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(render_markdown(results, session.config), encoding="utf-8")
    target.with_suffix(".json").write_text(
        json.dumps(
            {"summary": summarize(results), "results": [asdict(r) for r in results]},
            ensure_ascii=False,
            indent=1,
        ),
        encoding="utf-8",
    )


def _worker_dir(config: pytest.Config) -> Path:
    return Path(config.getoption("hardening_report")).with_suffix(".parts")


def _dump_worker(session: pytest.Session, recorder: Recorder) -> None:
    d = _worker_dir(session.config)
    d.mkdir(parents=True, exist_ok=True)
    worker = session.config.workerinput["workerid"]  # type: ignore[attr-defined]
    (d / f"{worker}.json").write_text(json.dumps([asdict(r) for r in recorder.results], ensure_ascii=False))


def _collect_workers(session: pytest.Session) -> list[Result]:
    d = _worker_dir(session.config)
    out: list[Result] = []
    if d.is_dir():
        for part in sorted(d.glob("*.json")):
            out += [Result(**r) for r in json.loads(part.read_text())]
            part.unlink()
        d.rmdir()
    return out


# --------------------------------------------------------------------------------------------- report


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


def render_markdown(results: list[Result], config: pytest.Config) -> str:
    hosts = sorted({r.host for r in results})
    summary = summarize(results)
    lines = [
        "# Host hardening report (等保2.0 level 3 / CIS Debian Linux 12)",
        "",
        f"Generated {dt.datetime.now(dt.UTC).strftime('%Y-%m-%d %H:%M UTC')}; required log retention "
        f"{config.getoption('log_retention_days')} days; waivers: "
        f"{', '.join(config.getoption('waivers')) or 'none'}.",
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
        verdict = (
            "**NON-COMPLIANT**" if c[FAIL] else ("compliant with exceptions" if c[EXCEPTION] else "compliant")
        )
        lines.append(f"| {h} | {c[PASS]} | {c[FAIL]} | {c[EXCEPTION]} | {c[NA]} | {c[NOT_RUN]} | {verdict} |")

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
        lines.append(f"| {clause} | {len(clauses[clause])} | " + " | ".join(cells) + " |")

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
            "| host | result | detail |",
            "|---|---|---|",
        ]
        for r in sorted(rs, key=lambda r: r.host):
            lines.append(f"| {r.host} | {r.status} | {_cell(r.detail)} |")
        lines.append("")
    return "\n".join(lines) + "\n"
