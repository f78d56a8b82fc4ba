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
import json
from dataclasses import asdict
from pathlib import Path

import pytest

from tests.hardening import support
from tests.hardening.report import (
    EXCEPTION,
    FAIL,
    NA,
    NOT_RUN,
    PASS,
    Recorder,
    Result,
    WaiverError,
    load_waivers,
    render_markdown,
    summarize,
)
from tests.hardening.support import NA_PREFIX

RESULT_PROPERTY = "hardening-result"


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
        help="log retention the hosts must keep (default 180, 网络安全法; 365 for the 2024 rules)",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "control(id, gbt, cis, title): the hardening control a test gives evidence for")
    waivers = []
    for path in config.getoption("waivers"):
        try:
            waivers += load_waivers(Path(path))
        except WaiverError as e:
            raise pytest.UsageError(str(e)) from e
    config._hardening = Recorder(waivers=waivers)  # type: ignore[attr-defined]


@pytest.fixture(scope="session")
def log_retention_days(request: pytest.FixtureRequest) -> int:
    return request.config.getoption("log_retention_days")


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
def pytest_runtest_call(item: pytest.Item):
    """Let checks record how they got their evidence (support.evidence_from_configuration)."""
    support.CURRENT["item"] = item
    try:
        yield
    finally:
        support.CURRENT.pop("item", None)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo):
    """Classify the result of a control on a host; apply waivers. Runs where the test runs (xdist worker)."""
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
        status, detail = PASS, next((v for k, v in item.user_properties if k == "detail"), "")
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
    evidence = next((v for k, v in item.user_properties if k == "evidence"), "live")
    result = Result(
        evidence=evidence,
        control=cid,
        title=mark.kwargs["title"],
        gbt=list(mark.kwargs["gbt"]),
        cis=list(mark.kwargs["cis"]),
        host=host,
        status=status,
        detail=detail,
        test=item.nodeid,
    )
    # The report carries the result to pytest_runtest_logreport, also across pytest-xdist workers.
    rep.user_properties.append((RESULT_PROPERTY, json.dumps(asdict(result), ensure_ascii=False)))
    # junitxml writes the teardown report's properties, which pytest copies from the item.
    item.user_properties += [
        ("control", cid),
        ("gbt", " ".join(result.gbt)),
        ("cis", " ".join(result.cis)),
        ("status", status),
    ]
    if not any(k == "evidence" for k, _ in item.user_properties):
        item.user_properties.append(("evidence", evidence))


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    for name, value in report.user_properties:
        if name == RESULT_PROPERTY:
            _RESULTS.append(Result(**json.loads(value)))


_RESULTS: list[Result] = []


def pytest_sessionfinish(session: pytest.Session) -> None:
    path = session.config.getoption("hardening_report")
    if not path or hasattr(session.config, "workerinput"):  # xdist workers: the controller writes
        return
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(
        render_markdown(
            _RESULTS,
            retention_days=session.config.getoption("log_retention_days"),
            waiver_files=session.config.getoption("waivers"),
        ),
        encoding="utf-8",
    )
    target.with_suffix(".json").write_text(
        json.dumps(
            {"summary": summarize(_RESULTS), "results": [asdict(r) for r in _RESULTS]},
            ensure_ascii=False,
            indent=1,
        ),
        encoding="utf-8",
    )
