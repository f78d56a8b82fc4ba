"""Is every site backed up and restore-tested as its tier promises? (``sitegroup backup-status``)

For each site, one ``restic snapshots --json --no-lock`` of its repository (no tag filter: with hundreds of
sites one call per repository matters, and a read that takes no lock writes nothing and is not blocked by a
running prune), split by tag:

- ``site:<id>``  content snapshots: the newest must be at most the tier's ``rpo_hours`` old, plus a grace;
- ``db:<id>``    database dumps (sites whose template has a database): the same limit, counted on their own;
- ``drill:<id>`` restore drill records (``ops.record_drill``: tags ``result:``, ``part:``, ...): per part
  (content; and database for a database site) the newest *passed* drill must be at most the tier's
  ``drill_every_days`` old (widened to the longest gap of the site's drill schedule where cron cannot keep
  the interval exactly, see ``schedule.drill_longest_gap_days``), plus a grace; a newest drill that failed is a
  finding of its own, whatever passed before it.

The expectations come from the model only (``Expectation.of(site)``): the CLI builds them from the inventory,
and the platform's daily job reads the same values rendered into a ConfigMap (``expectations_document``).

Graces (explicit, documented in docs/runbooks/backup-status.md):

- backups: ``DEFAULT_GRACE_MINUTES``. A tier's schedule runs exactly every ``rpo_hours`` (hourly, every 6 h,
  daily), a snapshot's time is when restic started, after the manifest was hashed, and the next one exists
  only once that run has finished: so just before it lands the newest snapshot is RPO + the CronJob's start
  delay (up to 10 min, ``startingDeadlineSeconds``) + the next run's duration old. 30 minutes covers a
  backup run of about 20 minutes; sites whose runs take longer need a larger grace, or they miss the RPO.
- drills: ``DEFAULT_DRILL_GRACE_HOURS``. A drill record's time is when the drill ended; a drill starts
  between 01:00 and 05:59 and may run up to its 6 h deadline, so the previous record can be a schedule
  interval plus most of a day old when the next drill is still running.

A snapshot dated more than ``CLOCK_SKEW`` in the future (a wrong clock, a ``--time`` in the wrong zone) is
not counted (it would make the site look fresh until that date) and is a finding of its own.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from typing import Any

from sitegroup.backup import ops
from sitegroup.backup.restic import Repository, ResticError, Snapshot, redact
from sitegroup.backup.schedule import drill_longest_gap_days
from sitegroup.model import Environment, Site

DEFAULT_GRACE_MINUTES = 30
DEFAULT_DRILL_GRACE_HOURS = 12
CLOCK_SKEW = timedelta(minutes=5)

# Every finding's kind, in the order a site's findings are listed.
KINDS = (
    "no-repository",  # the site's repository does not exist: never backed up
    "error",  # the repository could not be read (password, credentials, network): nothing is known
    "future-snapshot",  # a snapshot dated in the future: not counted
    "no-backup",  # no content snapshot at all
    "stale-backup",  # the newest content snapshot is older than the tier's RPO + grace
    "no-dump",  # a database site without any database dump
    "stale-dump",  # the newest dump is older than the tier's RPO + grace
    "drill-failed",  # the newest drill of a part failed
    "drill-overdue",  # no passed drill of a part within the tier's drill interval + grace
)
PARTS = ("content", "database")


@dataclass(frozen=True)
class Expectation:
    """What a site's tier promises, from the model (``Expectation.of``) or its JSON rendering."""

    site: str
    tier: str
    rpo_hours: int
    drill_every_days: int
    drill_longest_gap_days: int  # the longest gap between two runs of the site's drill schedule
    database: bool

    @classmethod
    def of(cls, site: Site) -> Expectation:
        tier = site.backup
        return cls(
            site=site.id,
            tier=tier.name,
            rpo_hours=tier.rpo_hours,
            drill_every_days=tier.drill_every_days,
            drill_longest_gap_days=drill_longest_gap_days(site.id, tier.drill_every_days),
            database=site.database is not None,
        )

    @classmethod
    def from_json(cls, data: Any) -> Expectation:
        if not isinstance(data, dict):
            raise ValueError(f"a site's expectation is an object, not {data!r}")
        try:
            exp = cls(**{name: data[name] for name in cls.__dataclass_fields__})
        except KeyError as exc:
            raise ValueError(f"site entry {data.get('site', data)!r} lacks {exc.args[0]!r}") from exc
        ops.site_tag(str(exp.site))  # a DNS label: it names a password file
        for name in ("rpo_hours", "drill_every_days", "drill_longest_gap_days"):
            value = getattr(exp, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise ValueError(f"site {exp.site}: {name} must be a positive integer, not {value!r}")
        if not isinstance(exp.database, bool) or not isinstance(exp.tier, str):
            raise ValueError(f"site {exp.site}: 'database' must be true or false and 'tier' a name")
        return exp

    @property
    def parts(self) -> tuple[str, ...]:
        return PARTS if self.database else PARTS[:1]


def expectations(env: Environment) -> list[Expectation]:
    """Every serving site's expectation, by id. Closed sites are left out: nothing backs them up any more
    (their backups stay as records, and retention still applies to them)."""
    return [Expectation.of(site) for site in env.sites if site.serving]


def expectations_document(env: Environment) -> str:
    """The JSON the platform's status job reads (``--sites-file``): one site a line, so a diff of the
    ConfigMap shows which site changed."""
    head = json.dumps({"environment": env.name, "timezone": env.platform.timezone}, ensure_ascii=False)[:-1]
    rows = ",\n".join("  " + json.dumps(asdict(e), ensure_ascii=False) for e in expectations(env))
    return f'{head}, "sites": [\n{rows}\n]}}\n'


def read_expectations(text: str) -> tuple[list[Expectation], dict[str, Any]]:
    """Parse ``expectations_document``'s JSON: the sites and the rest (environment, timezone)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(f"not JSON: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("sites"), list):
        raise ValueError('expected an object with a "sites" list (sitegroup.backup.status.expectations_document)')
    sites = [Expectation.from_json(item) for item in data["sites"]]
    seen: set[str] = set()
    for exp in sites:
        if exp.site in seen:
            raise ValueError(f"site {exp.site} is listed twice")
        seen.add(exp.site)
    return sites, {k: v for k, v in data.items() if k != "sites"}


@dataclass(frozen=True)
class Grace:
    backup: timedelta = timedelta(minutes=DEFAULT_GRACE_MINUTES)
    drill: timedelta = timedelta(hours=DEFAULT_DRILL_GRACE_HOURS)


# -- the verdict ---------------------------------------------------------------------------------------------


def _hours(delta: timedelta) -> float:
    return round(delta.total_seconds() / 3600, 2)


def age_text(delta: timedelta) -> str:
    """3 min, 5.2 h, 12.3 d."""
    seconds = delta.total_seconds()
    if seconds < 3600:
        return f"{max(0, round(seconds / 60))} min"
    if seconds < 48 * 3600:
        return f"{seconds / 3600:.1f} h"
    return f"{seconds / 86400:.1f} d"


def _limit_text(delta: timedelta) -> str:
    """90 min, 24.5 h, 92.5 d: a limit, exact to the minute."""
    minutes = delta.total_seconds() / 60
    if minutes < 120:
        return f"{minutes:g} min"
    if minutes < 4 * 24 * 60:
        return f"{round(minutes / 60, 2):g} h"
    return f"{round(minutes / 1440, 2):g} d"


def _finding(kind: str, message: str, part: str | None = None) -> dict[str, Any]:
    assert kind in KINDS
    return {"kind": kind, "part": part, "message": message}


def _snapshot_facts(snap: Snapshot, now: datetime) -> dict[str, Any]:
    return {"snapshot": snap.id, "time": snap.time.isoformat(), "age_hours": _hours(now - snap.time)}


def _facts(snap: Snapshot) -> dict[str, str]:
    """A drill record's key facts, from its tags (``ops.record_drill``)."""
    return dict(t.split(":", 1) for t in snap.tags if ":" in t)


def _drill_facts(snap: Snapshot, now: datetime) -> dict[str, Any]:
    facts = _facts(snap)
    return {
        "time": snap.time.isoformat(),
        "age_hours": _hours(now - snap.time),
        "result": facts.get("result", "unknown"),
        "restored": facts.get("restored"),
        "record": snap.id,
    }


def assess(
    exp: Expectation, snapshots: Iterable[Snapshot], now: datetime, grace: Grace = Grace()
) -> dict[str, Any]:
    """The verdict on one site from its repository's snapshots (any order, any tags). ``now`` must carry a
    time zone; snapshot times carry theirs (restic writes the local offset of the machine that took them),
    so ages are exact whatever zones the two are in."""
    if now.tzinfo is None:
        raise ValueError("now needs a time zone")
    tags = {"content": ops.site_tag(exp.site), "database": ops.database_tag(exp.site), "drill": ops.drill_tag(exp.site)}
    by_kind: dict[str, list[Snapshot]] = {k: [] for k in tags}
    future: list[Snapshot] = []
    for snap in snapshots:
        kind = next((k for k, tag in tags.items() if tag in snap.tags), None)
        if kind is None:
            continue  # another site's snapshot in a shared repository: not this site's evidence
        if snap.time > now + CLOCK_SKEW:
            future.append(snap)
        else:
            by_kind[kind].append(snap)
    for snaps in by_kind.values():
        snaps.sort(key=lambda s: s.time)

    findings: list[dict[str, Any]] = []
    if future:
        newest = max(future, key=lambda s: s.time)
        findings.append(_finding(
            "future-snapshot",
            f"{len(future)} snapshot(s) dated in the future (newest {newest.short_id} at {newest.time.isoformat()}): "
            "not counted; check the clock of the machine that took them, or the zone of a backup --time",
        ))

    backup_limit = timedelta(hours=exp.rpo_hours) + grace.backup
    promise = f"tier {exp.tier}: RPO {exp.rpo_hours} h, + {_limit_text(grace.backup)} grace"
    result: dict[str, Any] = {}
    for part, key, missing, stale, what in (
        ("content", "backup", "no-backup", "stale-backup", "backup"),
        ("database", "dump", "no-dump", "stale-dump", "database dump"),
    ):
        snaps = by_kind[part]
        result[key] = _snapshot_facts(snaps[-1], now) if snaps else None
        if part == "database" and not exp.database:
            continue  # a dump is neither required nor looked for
        if not snaps:
            findings.append(_finding(missing, f"no {what} at all ({promise})", part))
        elif now - snaps[-1].time > backup_limit:
            findings.append(_finding(
                stale,
                f"newest {what} {snaps[-1].short_id} ({snaps[-1].time.isoformat()}) is "
                f"{age_text(now - snaps[-1].time)} old; at most {_limit_text(backup_limit)} allowed ({promise})",
                part,
            ))

    interval_days = max(exp.drill_every_days, exp.drill_longest_gap_days)
    drill_limit = timedelta(days=interval_days) + grace.drill
    schedule = (f"; its schedule runs up to {exp.drill_longest_gap_days} d apart"
                if exp.drill_longest_gap_days > exp.drill_every_days else "")
    drill_promise = f"tier {exp.tier}: every {exp.drill_every_days} d{schedule}, + {_limit_text(grace.drill)} grace"
    drills: dict[str, Any] = {}
    for part in PARTS:
        records = [s for s in by_kind["drill"] if _facts(s).get("part", "content") == part]
        passed = [s for s in records if _facts(s).get("result") == "ok"]
        newest, newest_passed = (records[-1] if records else None), (passed[-1] if passed else None)
        drills[part] = {
            "newest": _drill_facts(newest, now) if newest else None,
            "newest_passed": _drill_facts(newest_passed, now) if newest_passed else None,
            "count": len(records),
        }
        if part not in exp.parts:
            continue
        if newest is not None and newest is not newest_passed:
            findings.append(_finding(
                "drill-failed",
                f"the newest {part} restore drill ({newest.time.isoformat()}, {age_text(now - newest.time)} ago) "
                f"failed: see `sitegroup drill {exp.site} --history` and the drill Job's log",
                part,
            ))
        if newest_passed is None:
            findings.append(_finding(
                "drill-overdue",
                f"no passed {part} restore drill recorded"
                + (f" ({len(records)} failed)" if records else "") + f" ({drill_promise})",
                part,
            ))
        elif now - newest_passed.time > drill_limit:
            findings.append(_finding(
                "drill-overdue",
                f"newest passed {part} restore drill ({newest_passed.time.isoformat()}) is "
                f"{age_text(now - newest_passed.time)} old; at most {_limit_text(drill_limit)} allowed "
                f"({drill_promise})",
                part,
            ))
    findings.sort(key=lambda f: KINDS.index(f["kind"]))
    return {
        **_head(exp),
        "limits": {"backup_hours": _hours(backup_limit), "drill_days": round(drill_limit.total_seconds() / 86400, 2)},
        "snapshots": sum(len(v) for v in by_kind.values()) + len(future),
        **result,
        "drills": drills,
        "findings": findings,
        "ok": not findings,
    }


def _head(exp: Expectation) -> dict[str, Any]:
    return {"site": exp.site, "tier": exp.tier, "rpo_hours": exp.rpo_hours,
            "drill_every_days": exp.drill_every_days, "database": exp.database}


def check(repo: Repository, exp: Expectation, now: datetime, grace: Grace = Grace()) -> dict[str, Any]:
    """One site: one read of its repository, then ``assess``. A repository that does not exist or cannot be
    read is a finding (``no-repository``, ``error``), not an exception; only a missing restic binary raises."""
    try:
        snapshots = repo.snapshots(lock=False)
    except ResticError as exc:
        if exc.kind == "no-restic":
            raise
        if exc.kind == "no-repository":
            finding = _finding("no-repository", f"no repository at {redact(repo.url)}: the site was never backed "
                                                "up (or the repository URL is wrong)")
        else:
            finding = _finding("error", str(exc))
        return {**_head(exp), "repository": redact(repo.url), "findings": [finding], "ok": False}
    return {**_head(exp), "repository": redact(repo.url), **assess(exp, snapshots, now, grace)}


def check_all(
    sites: list[tuple[Expectation, Repository]],
    now: datetime,
    grace: Grace = Grace(),
    *,
    jobs: int = 4,
    progress: Callable[[str], None] | None = None,
) -> dict[str, Any]:
    """Every site (``jobs`` repositories read at once), in the order given, and a summary."""
    from concurrent.futures import ThreadPoolExecutor

    def one(item: tuple[Expectation, Repository]) -> dict[str, Any]:
        result = check(item[1], item[0], now, grace)
        if progress is not None:
            progress(f"{item[0].site}: " + ("ok" if result["ok"] else ", ".join(f["kind"] for f in result["findings"])))
        return result

    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        results = list(pool.map(one, sites))
    by_kind: dict[str, int] = {}
    for r in results:
        for f in r["findings"]:
            by_kind[f["kind"]] = by_kind.get(f["kind"], 0) + 1
    return {
        "checked_at": now.isoformat(),
        "grace_minutes": round(grace.backup.total_seconds() / 60),
        "drill_grace_hours": round(grace.drill.total_seconds() / 3600, 2),
        "sites": results,
        "summary": {
            "sites": len(results),
            "ok": sum(1 for r in results if r["ok"]),
            "with_findings": sum(1 for r in results if not r["ok"]),
            "findings": dict(sorted(by_kind.items(), key=lambda kv: KINDS.index(kv[0]))),
        },
    }
