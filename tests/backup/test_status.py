"""``sitegroup backup-status``: the verdict on synthetic snapshot lists (no restic), the CLI's modes and exit
codes with the repository read faked, and the expectations the platform renders from the model."""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from sitegroup.backup import schedule, status
from sitegroup.backup.repositories import site_repository
from sitegroup.backup.restic import Repository, ResticError, Snapshot
from sitegroup.backup.status import Expectation, Grace
from sitegroup.cli import main
from tests.backup.models import TIERS, make_env, make_site

NOW = datetime(2026, 11, 27, 1, 30, tzinfo=UTC)  # 09:30 in Asia/Shanghai
CST = timezone(timedelta(hours=8))
GRACE = Grace()  # 30 min for backups, 12 h for drills

# gold: RPO 1 h, drill every 7 days (a weekly schedule: no gap beyond 7); with a database
GOLD_DB = Expectation("portal", "gold", 1, 7, 7, True)
# bronze: RPO 24 h, drill every 90 days (a schedule every 3 months runs up to 92 days apart); no database
BRONZE = Expectation("dept", "bronze", 24, 90, 92, False)

_ids = iter(range(1, 10**6))


def snap(tags: list[str], when: datetime) -> Snapshot:
    n = next(_ids)
    return Snapshot(id=f"{n:064x}", short_id=f"{n:08x}", time=when, tags=tuple(tags), paths=(), hostname="h")


def content(site: str, age: timedelta) -> Snapshot:
    return snap([f"site:{site}", "sitegroup", "tier:x"], NOW - age)


def dump(site: str, age: timedelta) -> Snapshot:
    return snap([f"db:{site}", "sitegroup"], NOW - age)


def drill(site: str, age: timedelta, ok: bool = True, part: str = "content") -> Snapshot:
    tags = [f"drill:{site}", f"result:{'ok' if ok else 'failed'}", "restored:0123abcd", "files:12", "seconds:3.2",
            f"part:{part}"]
    return snap(tags, NOW - age)


def healthy(exp: Expectation) -> list[Snapshot]:
    snaps = [content(exp.site, timedelta(minutes=20)), drill(exp.site, timedelta(days=2))]
    if exp.database:
        snaps += [dump(exp.site, timedelta(minutes=21)), drill(exp.site, timedelta(days=2), part="database")]
    return snaps


def kinds(result) -> list[tuple[str, str | None]]:
    return [(f["kind"], f["part"]) for f in result["findings"]]


H, D, M = timedelta(hours=1), timedelta(days=1), timedelta(minutes=1)


@pytest.mark.parametrize("exp", [GOLD_DB, BRONZE])
def test_fresh_and_drilled_is_fine(exp):
    result = status.assess(exp, healthy(exp), NOW)
    assert result["ok"] and result["findings"] == []
    assert result["backup"]["age_hours"] == round(20 / 60, 2)
    assert result["drills"]["content"]["newest"]["result"] == "ok"


def test_stale_by_one_minute_past_rpo_and_grace():
    limit = 1 * H + 30 * M  # gold: RPO 1 h + 30 min grace
    at_limit = [content("portal", limit), *healthy(GOLD_DB)[1:]]
    assert status.assess(GOLD_DB, at_limit, NOW)["ok"]
    past = [content("portal", limit + M), *healthy(GOLD_DB)[1:]]
    result = status.assess(GOLD_DB, past, NOW)
    assert kinds(result) == [("stale-backup", "content")]
    message = result["findings"][0]["message"]
    assert "1.5 h old" in message and "at most 90 min" in message and "tier gold" in message
    # a wider grace takes it back; the limit is reported
    wider = status.assess(GOLD_DB, past, NOW, Grace(backup=45 * M))
    assert wider["ok"] and wider["limits"]["backup_hours"] == 1.75


def test_database_site_needs_its_own_fresh_dump():
    fresh_content = [s for s in healthy(GOLD_DB) if "db:portal" not in s.tags]
    assert kinds(status.assess(GOLD_DB, fresh_content, NOW)) == [("no-dump", "database")]
    # a fresh content snapshot does not make an old dump fresh: they are counted separately
    old_dump = [*fresh_content, dump("portal", 2 * H)]
    result = status.assess(GOLD_DB, old_dump, NOW)
    assert kinds(result) == [("stale-dump", "database")]
    assert result["dump"]["age_hours"] == 2.0


def test_site_without_database_needs_no_dump_and_no_database_drill():
    result = status.assess(BRONZE, [content("dept", 3 * H), drill("dept", 10 * D)], NOW)
    assert result["ok"], result["findings"]
    assert result["dump"] is None and result["drills"]["database"]["newest"] is None
    # the same snapshots for the same site with a database: both missing parts are named
    with_db = dataclasses.replace(BRONZE, database=True)
    assert kinds(status.assess(with_db, [content("dept", 3 * H), drill("dept", 10 * D)], NOW)) == [
        ("no-dump", "database"), ("drill-overdue", "database")]


def test_drill_overdue():
    gold_limit = 7 * D + 12 * H
    ok = [content("portal", 10 * M), dump("portal", 10 * M), drill("portal", gold_limit, part="database")]
    assert status.assess(GOLD_DB, [*ok, drill("portal", gold_limit)], NOW)["ok"]
    result = status.assess(GOLD_DB, [*ok, drill("portal", gold_limit + M)], NOW)
    assert kinds(result) == [("drill-overdue", "content")]
    assert "7.5 d old" in result["findings"][0]["message"]
    # never drilled at all
    result = status.assess(GOLD_DB, ok, NOW)
    assert kinds(result) == [("drill-overdue", "content")]
    assert "no passed content restore drill recorded" in result["findings"][0]["message"]


def test_drill_interval_widened_only_by_what_the_schedule_makes_inevitable():
    """Bronze promises 90 days; its cron schedule (every 3 months) runs up to 92 days apart."""
    fresh = content("dept", H)
    assert status.assess(BRONZE, [fresh, drill("dept", 92 * D + 12 * H)], NOW)["ok"]
    result = status.assess(BRONZE, [fresh, drill("dept", 92 * D + 12 * H + M)], NOW)
    assert kinds(result) == [("drill-overdue", "content")]
    assert "every 90 d; its schedule runs up to 92 d apart" in result["findings"][0]["message"]
    assert result["limits"]["drill_days"] == 92.5


def test_newest_drill_failed_but_an_older_one_passed():
    base = [content("portal", 10 * M), dump("portal", 10 * M), drill("portal", D, part="database")]
    recent = [*base, drill("portal", 3 * D), drill("portal", D, ok=False)]
    result = status.assess(GOLD_DB, recent, NOW)
    assert kinds(result) == [("drill-failed", "content")]  # the passed one is still within the week
    assert result["drills"]["content"]["newest"]["result"] == "failed"
    assert result["drills"]["content"]["newest_passed"]["age_hours"] == 72.0
    assert result["drills"]["content"]["count"] == 2
    # the passed one beyond the interval: both findings
    old = [*base, drill("portal", 9 * D), drill("portal", D, ok=False)]
    assert kinds(status.assess(GOLD_DB, old, NOW)) == [("drill-failed", "content"), ("drill-overdue", "content")]
    # a failed database drill after a passed content one: the part is named
    db_failed = [*base[:2], drill("portal", D), drill("portal", 2 * D, part="database"),
                 drill("portal", H, ok=False, part="database")]
    assert kinds(status.assess(GOLD_DB, db_failed, NOW)) == [("drill-failed", "database")]
    # only failures ever
    only_failed = [*base, drill("portal", D, ok=False)]
    result = status.assess(GOLD_DB, only_failed, NOW)
    assert kinds(result) == [("drill-failed", "content"), ("drill-overdue", "content")]
    assert "(1 failed)" in result["findings"][1]["message"]


def test_snapshot_times_with_offsets_against_a_utc_clock():
    """restic writes the local offset of the machine that took the snapshot (+08:00 in the cluster)."""
    taken = datetime(2026, 11, 27, 8, 45, tzinfo=CST)  # = 00:45 UTC, 45 min before NOW
    snaps = [snap(["site:portal"], taken), snap(["db:portal"], taken),
             drill("portal", D), drill("portal", D, part="database")]
    result = status.assess(GOLD_DB, snaps, NOW)
    assert result["ok"] and result["backup"]["age_hours"] == 0.75
    assert result["backup"]["time"] == "2026-11-27T08:45:00+08:00"
    # 08:45 read as UTC would be 7 h 15 min in the future: the offset is what makes it right
    late = datetime(2026, 11, 26, 23, 59, tzinfo=CST)  # 15:59 UTC the day before: 9.5 h old
    result = status.assess(GOLD_DB, [snap(["site:portal"], late), *snaps[1:]], NOW)
    assert kinds(result) == [("stale-backup", "content")]
    assert result["backup"]["age_hours"] == 9.52
    # the same verdict whatever zone the clock is given in
    assert status.assess(GOLD_DB, snaps, NOW.astimezone(CST)) == status.assess(GOLD_DB, snaps, NOW)
    with pytest.raises(ValueError, match="time zone"):
        status.assess(GOLD_DB, snaps, NOW.replace(tzinfo=None))


def test_a_future_snapshot_is_not_counted():
    """A snapshot dated next year would make the site look fresh until then."""
    snaps = [content("dept", 30 * H), snap(["site:dept"], NOW + 200 * D), drill("dept", D)]
    result = status.assess(BRONZE, snaps, NOW)
    assert kinds(result) == [("future-snapshot", None), ("stale-backup", "content")]
    assert result["backup"]["age_hours"] == 30.0
    # a few minutes of clock skew between machines is no finding
    assert status.assess(BRONZE, [snap(["site:dept"], NOW + 4 * M), drill("dept", D)], NOW)["ok"]


def test_other_sites_snapshots_are_not_evidence():
    snaps = [content("other", M), dump("other", M), drill("other", H), drill("other", H, part="database")]
    result = status.assess(GOLD_DB, snaps, NOW)
    assert kinds(result) == [("no-backup", "content"), ("no-dump", "database"), ("drill-overdue", "content"),
                             ("drill-overdue", "database")]
    assert result["snapshots"] == 0


# -- one read per repository, and its failures -------------------------------------------------------------------


class FakeRepo(Repository):
    def __init__(self, snaps=None, error: ResticError | None = None, url="rest:https://u:secret@backup:8000/x"):
        super().__init__(url, Path("/nonexistent"))
        self.snaps, self.error, self.calls = snaps or [], error, []

    def snapshots(self, tags=None, *, lock=True):
        self.calls.append((tags, lock))
        if self.error:
            raise self.error
        return list(self.snaps)


def test_check_reads_each_repository_once_without_a_lock_or_a_tag_filter():
    repo = FakeRepo(healthy(GOLD_DB))
    result = status.check(repo, GOLD_DB, NOW)
    assert result["ok"] and repo.calls == [(None, False)]
    assert result["repository"] == "rest:https://u:***@backup:8000/x"  # never a password in a report


def test_unreadable_repositories_are_findings_not_crashes():
    missing = status.check(FakeRepo(error=ResticError("no repo", "no-repository")), BRONZE, NOW)
    assert kinds(missing) == [("no-repository", None)] and not missing["ok"]
    denied = status.check(FakeRepo(error=ResticError("restic snapshots: wrong password", "wrong-password")),
                          BRONZE, NOW)
    assert kinds(denied) == [("error", None)] and "wrong password" in denied["findings"][0]["message"]
    with pytest.raises(ResticError):
        status.check(FakeRepo(error=ResticError("restic not found", "no-restic")), BRONZE, NOW)


def test_check_all_keeps_the_order_and_sums_up():
    sites = [(GOLD_DB, FakeRepo(healthy(GOLD_DB))), (BRONZE, FakeRepo([content("dept", 2 * D)])),
             (dataclasses.replace(BRONZE, site="new"), FakeRepo(error=ResticError("x", "no-repository")))]
    report = status.check_all(sites, NOW, jobs=3)
    assert [r["site"] for r in report["sites"]] == ["portal", "dept", "new"]
    assert report["summary"] == {"sites": 3, "ok": 1, "with_findings": 2,
                                 "findings": {"no-repository": 1, "stale-backup": 1, "drill-overdue": 1}}
    assert report["checked_at"] == NOW.isoformat() and report["grace_minutes"] == 30


# -- expectations from the model -----------------------------------------------------------------------------------


def test_expectations_come_from_the_model_and_round_trip():
    closed = dataclasses.replace(make_site("old", "bronze"), status="closed")
    env = make_env((make_site("hengshan", "gold", database=True), make_site("lishui", "bronze"), closed))
    exps = status.expectations(env)
    assert exps == [
        Expectation("hengshan", "gold", TIERS["gold"].rpo_hours, 7, 7, True),
        Expectation("lishui", "bronze", 24, 90, 62, False),  # drills every two months
    ]  # the closed site is not backed up any more: not expected to be
    text = status.expectations_document(env)
    assert len(text.splitlines()) == 4  # one line per site
    assert status.read_expectations(text) == (exps, {"environment": env.name, "timezone": "Asia/Shanghai"})


@pytest.mark.parametrize(("doc", "error"), [
    ("[]", "a \"sites\" list"),
    ('{"sites": [{"site": "a"}]}', "lacks 'tier'"),
    ('{"sites": [{"site": "../x", "tier": "g", "rpo_hours": 1, "drill_every_days": 7, '
     '"drill_longest_gap_days": 7, "database": false}]}', "invalid site id"),
    ('{"sites": [{"site": "a", "tier": "g", "rpo_hours": 0, "drill_every_days": 7, '
     '"drill_longest_gap_days": 7, "database": false}]}', "rpo_hours must be a positive integer"),
    ('{"sites": [{"site": "a", "tier": "g", "rpo_hours": 1, "drill_every_days": 7, '
     '"drill_longest_gap_days": 7, "database": "no"}]}', "true or false"),
    ("{nope", "not JSON"),
])
def test_bad_expectations_are_refused(doc, error):
    with pytest.raises(Exception, match=error):
        status.read_expectations(doc)


def test_every_tiers_drill_schedule_keeps_its_interval():
    """The verdict allows a drill the longer of the tier's interval and its schedule's longest gap; the
    schedules keep every interval (tests/backup/test_k8s.py), so for the tiers in policies/backup the
    verdict is exactly the tier's promise."""
    from sitegroup.inventory import load_environment

    env = load_environment("dev")
    assert {t.drill_every_days for t in env.backup_tiers.values()} == {7, 30, 90}
    for tier in env.backup_tiers.values():
        for site in env.sites:
            assert schedule.drill_longest_gap_days(site.id, tier.drill_every_days) <= tier.drill_every_days


# -- the CLI, the repository read faked --------------------------------------------------------------------------


@pytest.fixture
def fake_restic(monkeypatch):
    """Repository.snapshots answers from ``by_url`` (site snapshots by repository URL); every read is logged."""
    from sitegroup.commands import backup_status

    by_url: dict[str, list[Snapshot]] = {}
    reads: list[tuple[str, str | None, str | None, Path]] = []

    def snapshots(self, tags=None, *, lock=True):
        assert tags is None and lock is False
        reads.append((self.url, self.rest_username, self.rest_password, self.password_file))
        if self.url not in by_url:
            raise ResticError("restic snapshots: no restic repository at that location", "no-repository")
        return by_url[self.url]

    monkeypatch.setattr(Repository, "snapshots", snapshots)
    monkeypatch.setattr(backup_status.shutil, "which", lambda name: f"/usr/bin/{name}")
    monkeypatch.setattr(backup_status, "datetime", _FrozenClock)
    return by_url, reads


class _FrozenClock(datetime):
    @classmethod
    def now(cls, tz=None):
        return NOW if tz is None else NOW.astimezone(tz)


def _sites_file(tmp_path: Path, env) -> Path:
    path = tmp_path / "sites.json"
    path.write_text(status.expectations_document(env), encoding="utf-8")
    return path


def test_platform_mode_reads_as_each_sites_own_user(tmp_path, fake_restic, capsys):
    by_url, reads = fake_restic
    env = make_env((make_site("hengshan", "gold", database=True), make_site("lishui", "bronze")))
    gold = Expectation.of(env.site("hengshan"))
    by_url["rest:https://b:8000/hengshan"] = [
        snap(["site:hengshan"], NOW - 10 * M), snap(["db:hengshan"], NOW - 11 * M),
        *[drill("hengshan", D, part=p) for p in gold.parts]]
    by_url["rest:https://b:8000/lishui"] = [content("lishui", 3 * D)]
    creds = tmp_path / "creds"
    creds.mkdir()
    (creds / "hengshan").write_text("append-only-hengshan\n")
    (creds / "lishui").write_text("append-only-lishui\n")
    code = main(["backup-status", "--sites-file", str(_sites_file(tmp_path, env)), "--repo-prefix",
                 "rest:https://b:8000/", "--password-dir", "/pw", "--rest-password-dir", str(creds),
                 "--format", "json", "--quiet"])
    report = json.loads(capsys.readouterr().out)
    assert code == 1
    assert sorted(reads) == [
        ("rest:https://b:8000/hengshan", "hengshan", "append-only-hengshan", Path("/pw/hengshan")),
        ("rest:https://b:8000/lishui", "lishui", "append-only-lishui", Path("/pw/lishui")),
    ]
    verdicts = {r["site"]: [f["kind"] for f in r["findings"]] for r in report["sites"]}
    assert verdicts == {"hengshan": [], "lishui": ["stale-backup", "drill-overdue"]}

    # only the fine site: exit 0; the text report in the environment's zone
    code = main(["backup-status", "hengshan", "--sites-file", str(_sites_file(tmp_path, env)), "--repo-prefix",
                 "rest:https://b:8000", "--password-dir", "/pw", "--quiet"])
    out = capsys.readouterr().out
    assert code == 0
    assert out.splitlines()[0].split() == ["SITE", "TIER", "RPO", "BACKUP", "DUMP", "DRILL", "DB", "DRILL", "STATUS"]
    assert out.splitlines()[1].split() == ["hengshan", "gold", "1", "h", "10", "min", "11", "min", "24.0", "h",
                                           "ok", "24.0", "h", "ok", "ok"]
    assert "1 sites checked at 2026-11-27 09:30 (Asia/Shanghai)" in out and "1 fine, 0 with findings" in out


def test_inventory_mode_text_report_names_every_finding(fake_restic, capsys, tmp_path):
    """With --env, the tiers and repositories come from the inventory (here the dev inventory)."""
    by_url, reads = fake_restic
    from sitegroup.inventory import load_environment

    env = load_environment("dev")
    site = next(s for s in env.sites if s.serving and s.database is None and s.backup.name == "silver")
    url = site_repository(env, site)
    by_url[url] = [content(site.id, 7 * H), drill(site.id, 40 * D), drill(site.id, H, ok=False)]
    code = main(["backup-status", site.id, "--env", "dev", "--password-file", str(tmp_path / "pw")])
    out = capsys.readouterr().out
    assert code == 1 and [r[0] for r in reads] == [url]
    finding_lines = [line.strip() for line in out.splitlines() if line.startswith(f"  {site.id}  ")]
    assert [line.split()[1] for line in finding_lines] == ["stale-backup:", "drill-failed:", "drill-overdue:"]
    assert f"{site.id}  {site.backup.name}" in out


@pytest.mark.parametrize("argv", [
    [],  # no source
    ["--env", "dev", "--sites-file", "x.json"],
    ["--sites-file", "x.json", "--password-dir", "/pw"],  # no --repo-prefix
    ["--env", "dev", "--password-file", "/pw"],  # one password for every site
    ["no-such-site", "--env", "dev", "--password-file", "/pw"],
    ["Bad_Id", "--env", "dev", "--password-file", "/pw"],
    ["--env", "dev", "--password-dir", "/pw", "--grace-minutes", "-1"],
    ["--env", "dev", "--password-dir", "/pw", "--tz", "Mars/Olympus"],
])
def test_usage_errors_exit_2(argv, fake_restic, capsys):
    assert main(["backup-status", *argv]) == 2
    assert "error:" in capsys.readouterr().err


def test_a_bad_sites_file_is_a_usage_error(tmp_path, fake_restic, capsys):
    bad = tmp_path / "sites.json"
    bad.write_text('{"sites": [{"site": "a"}]}')
    argv = ["backup-status", "--sites-file", str(bad), "--repo-prefix", "rest:x", "--password-dir", "/pw"]
    assert main(argv) == 2
    assert "lacks 'tier'" in capsys.readouterr().err
    assert main([*argv[:2], str(tmp_path / "missing.json"), *argv[3:]]) == 2
