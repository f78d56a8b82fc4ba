"""Database dumps with real PostgreSQL 15, real restic and REST repositories served by rclone on 127.0.0.1.

The responder's journey for a site whose template has a CMS database: back up the database with the content,
deface the database (rows changed, rows deleted, a table dropped), restore it through the CLI, and find every
row as it was, the attacker's version kept aside for forensics and the CMS's open sessions moved over. The
data is compared by the test's own queries (every row of every table as text), not by the fingerprint code
under test.
"""

from __future__ import annotations

import json
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest

from sitegroup.backup import database, ops, postgres
from sitegroup.backup.restic import Repository
from sitegroup.model import Retention
from tests.backup.conftest import PRUNE_PASS, PRUNE_USER, SITE_PASS, SITE_USER, sitegroup, tmpfs
from tests.backup.pgserver import populate
from tests.backup.sitegen import generate

pytestmark = pytest.mark.slow

QUIET = {"progress": lambda _m: None}


def repo_for(servers, name: str, password_file: Path, *, prune: bool = False) -> Repository:
    user, pw = (PRUNE_USER, PRUNE_PASS) if prune else (SITE_USER, SITE_PASS)
    return Repository(servers.url(name, prune=prune), password_file, rest_username=user, rest_password=pw)


@pytest.fixture
def site_db(pg, monkeypatch, request):
    """A populated CMS database of its own for each test; the libpq environment points at it (the CLI runs
    inherit it, as a backup job's container does)."""
    name = "cms_" + request.node.name.removeprefix("test_")[:40]
    pg.create_database(name)
    with pg.connect(name) as conn:
        populate(conn)
    for key, value in pg.env(name).items():
        monkeypatch.setenv(key, value)
    return name


def rows_of(pg, name: str) -> dict[str, list[str]]:
    """Every row of every user table as text, sorted, plus sequences and large objects: the test's own truth."""
    with pg.connect(name) as conn:
        conn.execute("SET TimeZone = 'UTC'")
        tables = conn.execute(
            "SELECT quote_ident(schemaname) || '.' || quote_ident(tablename) FROM pg_tables "
            "WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1"
        ).fetchall()
        state = {t: [r[0] for r in conn.execute(f"SELECT x::text FROM ONLY {t} x ORDER BY 1")]  # noqa: S608 (quote_ident)
                 for (t,) in tables}
        for (seq,) in conn.execute("SELECT quote_ident(schemaname) || '.' || quote_ident(sequencename) "
                                   "FROM pg_sequences ORDER BY 1").fetchall():
            state[seq] = [str(conn.execute(f"SELECT last_value, is_called FROM {seq}").fetchone())]  # noqa: S608
        state["<large objects>"] = [
            bytes(r[0]).decode() for r in conn.execute("SELECT lo_get(oid) FROM pg_largeobject_metadata ORDER BY 1")
        ]
    return state


def deface(pg, name: str) -> None:
    with pg.connect(name) as conn:
        conn.execute("""UPDATE cms."文章" SET 标题 = '<script>黑客</script>', 正文 = 'HACKED' WHERE id <= 5""")
        conn.execute('DELETE FROM cms."附件" WHERE id % 3 = 0')
        conn.execute('DROP TABLE cms."访问日志_2026_11"')
        conn.execute("INSERT INTO cms.\"栏目\" (名称) VALUES ('博彩')")


def test_defaced_database_restored_through_the_cli(servers, password_file, site_db, pg, tmp_path, monkeypatch):
    site = "hengshan-db"
    content = tmp_path / "htdocs"
    generate(content, files=60, total_bytes=1 << 20)
    repo_args = ["--repo", servers.url(site), "--password-file", str(password_file)]
    monkeypatch.setenv("SITEGROUP_OFFSITE_REST_USERNAME", SITE_USER)
    monkeypatch.setenv("SITEGROUP_OFFSITE_REST_PASSWORD", SITE_PASS)
    out = sitegroup("backup", site, *repo_args, "--content", str(content), "--database", "--init-if-missing",
                    "--offsite-repo", servers.url(f"offsite/{site}"), "--format", "json", check=True)
    result = json.loads(out.stdout)
    db = result["database"]
    assert db["database"] == site_db and db["rows"] > 6000 and db["tables"] >= 6
    assert result["snapshot"] != db["snapshot"]
    # the off-site copy holds both parts (gold and silver tiers: 异地备份 of the database too)
    offsite, primary = repo_for(servers, f"offsite/{site}", password_file), repo_for(servers, site, password_file)
    for tag in (ops.database_tag(site), ops.site_tag(site)):  # (restic copy gives copies ids of their own)
        assert [s.time for s in offsite.snapshots([tag])] == [s.time for s in primary.snapshots([tag])], tag
    truth = rows_of(pg, site_db)
    assert truth['cms."访问日志_2026_11"'] and truth["<large objects>"] == ["政府信息公开年度报告"]

    # the database snapshot carries db:<site>, never site:<site>: content lookups cannot pick it
    repo = repo_for(servers, site, password_file)
    (snap,) = repo.snapshots([ops.database_tag(site)])
    assert snap.id == db["snapshot"] and f"site:{site}" not in snap.tags
    assert ops.resolve_snapshot(repo, site).id == result["snapshot"]

    deface(pg, site_db)
    assert rows_of(pg, site_db) != truth
    cms_session = pg.connect(site_db)  # the CMS, connected throughout

    out = sitegroup("restore", site, *repo_args, "--database", check=True)
    assert f"database snapshot {db['snapshot']}" in out.stdout
    assert rows_of(pg, site_db) == truth
    with pytest.raises(psycopg.OperationalError):  # its session was ended; it reconnects to restored data
        cms_session.execute("SELECT 1")
    cms_session.close()

    # the attacker's version is kept, refusing connections, for forensics
    leftovers = {d for d in pg.databases() if "_replaced_" in d or "_restore_" in d}
    (replaced,) = leftovers  # the scratch name was taken over; the live name was long, so it was shortened
    assert "_replaced_" in replaced and len(replaced.encode()) <= 63 and f"kept as {replaced}" in out.stdout
    with pg.connect("postgres", superuser=True) as conn:
        assert conn.execute("SELECT datallowconn FROM pg_database WHERE datname = %s", (replaced,)).fetchone() == (
            False,)
        # the restored database is closed to PUBLIC, as db-init.sh leaves the site's database
        (acl,) = conn.execute("SELECT datacl::text[] FROM pg_database WHERE datname = %s", (site_db,)).fetchone()
        assert acl and not any(entry.startswith("=") for entry in acl), acl
        conn.execute(f'ALTER DATABASE "{replaced}" ALLOW_CONNECTIONS true')
    with pg.connect(replaced) as conn:
        assert conn.execute('SELECT 标题 FROM cms."文章" WHERE id = 1').fetchone() == ("<script>黑客</script>",)


def test_consistent_under_concurrent_writes(servers, password_file, site_db, pg, tmp_path):
    """The CMS keeps publishing while the dump runs: the fingerprint describes exactly the dumped rows (one
    exported snapshot for both), so the drill verifies; rows committed meanwhile are simply not in it."""
    site = "busy-db"
    repo = repo_for(servers, site, password_file)
    repo.init()
    stop, written = threading.Event(), [0]

    def publish() -> None:
        with pg.connect(site_db) as conn:
            while not stop.is_set():
                conn.execute("""INSERT INTO cms."文章" (栏目, 标题, 正文, 发布时间)
                                VALUES (1, '新闻', repeat('内容', 50), now())""")
                conn.execute('UPDATE cms."文章" SET 阅读量 = 阅读量 + 1 WHERE id = 1')
                written[0] += 1

    writer = threading.Thread(target=publish)
    writer.start()
    try:
        result = database.backup_database(repo, site, tmp_path / "scratch", **QUIET)
    finally:
        stop.set()
        writer.join()
    assert written[0] > 20, "the writer must have run during the backup for this test to mean anything"
    drill = database.drill_database(repo, site, tmp_path / "drill", **QUIET)
    assert drill["verified"], drill.get("error")
    assert drill["rows"] == result["rows"]
    with pg.connect(site_db) as conn:
        now_rows = conn.execute('SELECT count(*) FROM cms."文章"').fetchone()[0]
    assert now_rows > 2000  # the live table moved on after the snapshot


def test_point_in_time_and_other_sites(servers, password_file, site_db, pg, tmp_path, monkeypatch):
    repo = repo_for(servers, "pit-db", password_file)
    repo.init()
    t1 = datetime(2026, 11, 1, 2, 0, tzinfo=UTC)
    first = database.backup_database(repo, "pit-db", tmp_path, when=t1, **QUIET)
    state1 = rows_of(pg, site_db)
    with pg.connect(site_db) as conn:
        conn.execute('DELETE FROM cms."文章" WHERE id > 1000')
    second = database.backup_database(repo, "pit-db", tmp_path, when=t1 + timedelta(hours=5), **QUIET)
    # another site's dump in the same repository, taken in between
    other = database.backup_database(repo, "other-db", tmp_path, when=t1 + timedelta(hours=1), **QUIET)
    # and a content snapshot of the same site
    generate(tmp_path / "htdocs", files=10, total_bytes=64 << 10)
    content = ops.backup(repo, "pit-db", tmp_path / "htdocs", when=t1 + timedelta(hours=2), **QUIET)

    before = t1 + timedelta(hours=3)
    assert ops.resolve_snapshot(repo, "pit-db", before=before, part="database").id == first["snapshot"]
    assert ops.resolve_snapshot(repo, "pit-db", part="database").id == second["snapshot"]
    with pytest.raises(ops.BackupError, match="not a database snapshot of site 'pit-db'"):
        ops.resolve_snapshot(repo, "pit-db", other["snapshot"], part="database")
    with pytest.raises(ops.BackupError, match="not a database snapshot"):
        ops.resolve_snapshot(repo, "pit-db", content["snapshot"], part="database")
    with pytest.raises(ops.BackupError, match="not a snapshot of site"):
        ops.resolve_snapshot(repo, "pit-db", first["snapshot"])  # a content restore never takes a dump

    # a rehearsal loads and verifies, then drops its copy: nothing live changes
    current, databases = rows_of(pg, site_db), pg.databases()
    out = sitegroup("restore", "pit-db", "--repo", servers.url("pit-db"), "--password-file", str(password_file),
                    "--database", "--before", before.isoformat(), "--verify-only", check=True)
    assert "verified" in out.stdout and "live database untouched" in out.stdout
    assert rows_of(pg, site_db) == current and pg.databases() == databases

    out = sitegroup("restore", "pit-db", "--repo", servers.url("pit-db"), "--password-file", str(password_file),
                    "--database", "--before", before.isoformat(), "--format", "json", check=True)
    assert json.loads(out.stdout)["database"]["snapshot"] == first["snapshot"]
    assert rows_of(pg, site_db) == state1

    listing = sitegroup("restore", "pit-db", "--repo", servers.url("pit-db"), "--password-file", str(password_file),
                        "--list", "--format", "json", check=True)
    parts = [r["part"] for r in json.loads(listing.stdout)["snapshots"]]
    assert parts == ["database", "content", "database"]  # time order; other-db's dump is not listed


def test_a_dump_that_does_not_verify_changes_nothing(servers, password_file, site_db, pg, tmp_path, monkeypatch):
    repo = repo_for(servers, "liar-db", password_file)
    repo.init()
    real = postgres.fingerprint

    def lying(conn):  # a manifest that does not describe the dump (corruption between dump and upload)
        fp = real(conn)
        fp.tables['cms.文章']["rows"] += 1
        return fp

    monkeypatch.setattr(postgres, "fingerprint", lying)
    database.backup_database(repo, "liar-db", tmp_path, **QUIET)
    monkeypatch.setattr(postgres, "fingerprint", real)
    deface(pg, site_db)
    defaced = rows_of(pg, site_db)
    before = pg.databases()

    out = sitegroup("restore", "liar-db", "--repo", servers.url("liar-db"), "--password-file", str(password_file),
                    "--database")
    assert out.returncode == 1
    assert "database verification failed" in out.stderr and "cms.文章" in out.stderr
    assert "nothing live was changed" in out.stderr
    assert rows_of(pg, site_db) == defaced and pg.databases() == before  # scratch database dropped again


def test_faults_stop_cleanly(servers, password_file, site_db, pg, tmp_path, monkeypatch):
    site = "fault-db"
    repo = repo_for(servers, site, password_file)
    repo.init()
    args = ["--repo", servers.url(site), "--password-file", str(password_file)]

    # a wrong database password: a clear error, no snapshot
    monkeypatch.setenv("PGPASSWORD", "wrong")
    out = sitegroup("backup", site, *args, "--database")
    assert out.returncode == 1 and "password authentication failed" in out.stderr, out.stderr
    monkeypatch.undo()
    for key, value in pg.env(site_db).items():
        monkeypatch.setenv(key, value)
    assert repo.snapshots([ops.database_tag(site)]) == []

    # no database named: a usage error before anything runs
    monkeypatch.delenv("PGDATABASE")
    out = sitegroup("backup", site, *args, "--database")
    assert out.returncode == 2 and "PGDATABASE" in out.stderr
    monkeypatch.setenv("PGDATABASE", site_db)

    # a wrong repository password: stops before dumping anything
    bad = tmp_path / "bad-password"
    bad.write_text("nope\n")
    out = sitegroup("backup", site, "--repo", servers.url(site), "--password-file", str(bad), "--database",
                    "--scratch", str(tmp_path / "s"))
    assert out.returncode == 1 and "wrong repository password" in out.stderr
    assert not any((tmp_path / "s").glob("*/database.pgdump"))

    # nothing backed up yet: restore says so and changes nothing
    before = rows_of(pg, site_db)
    out = sitegroup("restore", site, *args, "--database")
    assert out.returncode == 1 and "no database snapshot of site 'fault-db'" in out.stderr
    assert rows_of(pg, site_db) == before


def test_full_scratch_disk_for_the_dump(servers, password_file, site_db, pg, tmp_path):
    with tmpfs(tmp_path / "small", "1m") as mnt:
        repo = repo_for(servers, "full-db", password_file)
        repo.init()
        out = sitegroup("backup", "full-db", "--repo", servers.url("full-db"), "--password-file",
                        str(password_file), "--database", "--scratch", str(mnt))
        assert out.returncode == 1 and "pg_dump" in out.stderr and "No space left" in out.stderr, out.stderr
        assert repo.snapshots([ops.database_tag("full-db")]) == []  # a cut-off dump never becomes a snapshot
        assert list(mnt.iterdir()) == []


def test_drill_records_and_retention_keeps_the_tier(servers, password_file, site_db, pg, tmp_path):
    site = "drill-db"
    repo = repo_for(servers, site, password_file)
    repo.init()
    start = datetime(2026, 11, 20, 0, 30, tzinfo=UTC)
    for hour in range(6):
        database.backup_database(repo, site, tmp_path, when=start + timedelta(hours=hour), **QUIET)
    generate(tmp_path / "htdocs", files=20, total_bytes=64 << 10)
    ops.backup(repo, site, tmp_path / "htdocs", when=start, **QUIET)

    record = tmp_path / "drills.jsonl"
    out = sitegroup("drill", site, "--repo", servers.url(site), "--password-file", str(password_file), "--database",
                    "--record", str(record), check=True)
    assert "database: snapshot" in out.stdout and "loaded and verified" in out.stdout
    lines = [json.loads(x) for x in record.read_text().splitlines()]
    assert [x.get("part", "content") for x in lines] == ["content", "database"] and all(x["verified"] for x in lines)
    assert not any(d.startswith("sitegroup_drill_") for d in pg.databases())
    history = json.loads(sitegroup("drill", site, "--repo", servers.url(site), "--password-file", str(password_file),
                                   "--history", "--format", "json", check=True).stdout)["drills"]
    assert [(h["part"], h["result"]) for h in history] == [("content", "ok"), ("database", "ok")]

    # (the sites' credentials are append-only for dumps as for content: test_restic_engine proves it once)
    # the pruning credentials keep exactly the tier's count of dumps, and leave content and drills alone
    pruner = repo_for(servers, site, password_file, prune=True)
    kept = ops.retention(pruner, site, Retention(hourly=3, daily=0, weekly=0, monthly=0), **QUIET)
    assert (kept["database_kept"], kept["database_removed"]) == (3, 3)
    assert len(repo.snapshots([ops.database_tag(site)])) == 3
    assert len(repo.snapshots([ops.site_tag(site)])) == 1
    assert len(repo.snapshots([ops.drill_tag(site)])) == 2
    latest = ops.resolve_snapshot(repo, site, part="database")
    assert latest.time == start + timedelta(hours=5)
