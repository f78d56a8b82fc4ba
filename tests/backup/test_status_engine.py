"""``sitegroup backup-status`` against real restic repositories served by ``rclone serve restic`` on 127.0.0.1:
the platform job's command line, one site backed up and drilled just now, one backed up two days ago and
never drilled."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime, timedelta

import pytest

from sitegroup.backup import ops, status
from sitegroup.backup.restic import Repository
from tests.backup.conftest import SITE_PASS, SITE_USER, sitegroup
from tests.backup.models import make_env, make_site

pytestmark = pytest.mark.slow

FRESH, STALE = "status-fresh", "status-stale"


def quiet(_message: str) -> None:
    pass


def test_backup_status_names_exactly_the_stale_sites_findings(servers, password_file, tmp_path):
    env = make_env((make_site(FRESH, "gold", database=True), make_site(STALE, "bronze")))
    sites_file = tmp_path / "sites.json"
    sites_file.write_text(status.expectations_document(env), encoding="utf-8")
    passwords = tmp_path / "passwords"
    passwords.mkdir()
    content = tmp_path / "htdocs"
    content.mkdir()
    (content / "index.html").write_text("<h1>政府网站</h1>", encoding="utf-8")
    repos = {}
    for site in (FRESH, STALE):
        shutil.copy(password_file, passwords / site)
        repos[site] = Repository(servers.url(site), password_file, rest_username=SITE_USER, rest_password=SITE_PASS)
        repos[site].init()

    # the gold portal: content and a database dump now, both parts drilled (the append-only credentials)
    fresh = repos[FRESH]
    ops.backup(fresh, FRESH, content, progress=quiet)
    stage = tmp_path / "stage"
    stage.mkdir()
    (stage / "cms.dump").write_bytes(b"PGDMP a database dump")
    dump_id, _ = ops.store(fresh, FRESH, ops.database_tag(FRESH), stage, ["cms.dump"], parent=None, when=None,
                           extra_tags=(), progress=quiet)
    drilled = ops.drill(fresh, FRESH, tmp_path / "scratch", progress=quiet)
    assert drilled["verified"]
    ops.record_drill(fresh, FRESH, {"verified": True, "part": "database", "snapshot": dump_id, "files": 1,
                                    "seconds": 0.4})
    # the bronze department site: one snapshot two days old (RPO 24 h), never drilled
    two_days_ago = datetime.now(UTC) - timedelta(days=2)
    ops.backup(repos[STALE], STALE, content, when=two_days_ago, progress=quiet)

    argv = ["backup-status", "--sites-file", str(sites_file), "--repo-prefix",
            f"rest:http://127.0.0.1:{servers.append_only_port}", "--password-dir", str(passwords)]
    out = sitegroup(*argv, "--format", "json", "--quiet")
    assert out.returncode == 1, out.stderr
    report = json.loads(out.stdout)
    by_site = {r["site"]: r for r in report["sites"]}
    assert list(by_site) == [FRESH, STALE]

    ok = by_site[FRESH]
    assert ok["ok"] and ok["findings"] == [], ok["findings"]
    assert ok["backup"]["age_hours"] < 0.5 and ok["dump"]["snapshot"] == dump_id
    assert ok["drills"]["content"]["newest"]["result"] == "ok"
    assert ok["drills"]["content"]["newest"]["restored"] == drilled["snapshot"][:8]
    assert ok["drills"]["database"]["newest"]["result"] == "ok"

    stale = by_site[STALE]
    assert [(f["kind"], f["part"]) for f in stale["findings"]] == [("stale-backup", "content"),
                                                                  ("drill-overdue", "content")]
    assert 47.9 < stale["backup"]["age_hours"] < 48.5
    assert stale["dump"] is None and stale["drills"]["content"]["newest"] is None
    assert report["summary"] == {"sites": 2, "ok": 1, "with_findings": 1,
                                 "findings": {"stale-backup": 1, "drill-overdue": 1}}

    # the text report names the same two findings, for the stale site only
    text = sitegroup(*argv, "--quiet")
    assert text.returncode == 1
    findings = [line.split()[:2] for line in text.stdout.splitlines() if line.startswith("  ")]
    assert findings == [[STALE, "stale-backup:"], [STALE, "drill-overdue:"]]

    # one site at a time: the fresh one alone is fine
    assert sitegroup(*argv, FRESH, "--quiet").returncode == 0
    # a site whose repository does not exist yet is a finding too
    renamed = tmp_path / "renamed.json"
    renamed.write_text(sites_file.read_text().replace(STALE, "status-never"))
    shutil.copy(password_file, passwords / "status-never")
    out = sitegroup(*argv[:2], str(renamed), *argv[3:], "status-never", "--format", "json", "--quiet")
    assert out.returncode == 1
    (never,) = json.loads(out.stdout)["sites"]
    assert [f["kind"] for f in never["findings"]] == ["no-repository"]
