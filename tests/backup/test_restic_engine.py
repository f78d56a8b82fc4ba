"""Real restic against REST repositories served by ``rclone serve restic`` on 127.0.0.1.

The responder's journey through the CLI: back up a generated site (1,200 files, Chinese names, attachments),
deface it, let the integrity check name exactly what changed, restore a verified tree atomically, and keep
the attacker's files aside. Plus point-in-time selection, append-only credentials, retention, and faults.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import stat
import subprocess
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from sitegroup.backup import ops
from sitegroup.backup.restic import Repository, ResticError
from sitegroup.model import Retention
from tests.backup.conftest import PRUNE_PASS, PRUNE_USER, SITE_PASS, SITE_USER, site_env, sitegroup, tmpfs
from tests.backup.sitegen import generate
from tests.conftest import require

pytestmark = pytest.mark.slow


def tree_state(root: Path) -> dict[str, tuple]:
    """Every entry's type, permission bits and bytes (sha256) or link target, computed independently of
    sitegroup.backup.manifest so the tests do not trust the code they test."""
    state: dict[str, tuple] = {}
    for dirpath, dirnames, filenames in os.walk(root):
        for name in dirnames + filenames:
            path = Path(dirpath, name)
            rel = path.relative_to(root).as_posix()
            st = path.lstat()
            mode = stat.S_IMODE(st.st_mode)
            if stat.S_ISLNK(st.st_mode):
                state[rel] = ("symlink", os.readlink(path))
            elif stat.S_ISDIR(st.st_mode):
                state[rel] = ("dir", mode)
            else:
                state[rel] = ("file", mode, hashlib.sha256(path.read_bytes()).hexdigest())
    return state


def repo_for(servers, name: str, password_file: Path, *, prune: bool = False) -> Repository:
    user, pw = (PRUNE_USER, PRUNE_PASS) if prune else (SITE_USER, SITE_PASS)
    return Repository(servers.url(name, prune=prune), password_file, rest_username=user, rest_password=pw)


def deface(content: Path) -> None:
    (content / "index.html").write_text("<h1>HACKED BY X</h1>", encoding="utf-8")
    shutil.rmtree(content / "通知公告")
    (content / "static" / "x.php").write_text("<?php @eval($_POST['c']); ?>")


def test_defacement_integrity_and_restore_through_the_cli(servers, password_file, tmp_path):
    content = tmp_path / "srv" / "hengshan" / "htdocs"
    info = generate(content, files=1200)
    assert info["files"] >= 1000
    original = tree_state(content)
    url = servers.url("hengshan")
    common = ["--repo", url, "--password-file", str(password_file), "--content", str(content)]

    out = sitegroup("backup", "hengshan", *common, "--init-if-missing", "--format", "json", check=True)
    backup = json.loads(out.stdout)
    assert backup["files"] >= 1000 and len(backup["snapshot"]) == 64

    removed = sorted(p for p in original if p == "通知公告" or p.startswith("通知公告/"))
    assert len(removed) > 20
    deface(content)

    out = sitegroup("integrity", "hengshan", *common, "--format", "json")
    assert out.returncode == 4, out.stderr
    report = json.loads(out.stdout)
    assert report["modified"] == ["index.html"]
    assert report["added"] == ["static/x.php"]
    assert report["deleted"] == removed
    assert report["snapshot"] == backup["snapshot"]

    out = sitegroup("restore", "hengshan", *common, "--format", "json")
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert result["snapshot"] == backup["snapshot"]  # the pinned id is printed
    assert backup["snapshot"] in out.stderr
    assert result["verified"] and result["swapped"]
    # every file's bytes and mode, every directory's mode, every link: as before the attack
    assert tree_state(content) == original
    replaced = Path(result["replaced"])
    assert replaced.parent == content.parent and replaced.name.startswith("htdocs.replaced-")
    assert (replaced / "static" / "x.php").read_text().startswith("<?php")  # the web shell, kept for forensics
    assert not (content / "static" / "x.php").exists()
    leftovers = [p.name for p in content.parent.iterdir() if ".restore-" in p.name]
    assert leftovers == []

    # --verify-only restores and verifies, but leaves the live tree alone
    (content / "index.html").write_text("defaced again")
    out = sitegroup("restore", "hengshan", *common, "--verify-only", check=True)
    assert "untouched" in out.stdout
    assert (content / "index.html").read_text() == "defaced again"

    # integrity --repair fixes just the differences and sets the intruder's files aside
    (content / "static" / "x.php").write_text("<?php system($_GET['c']);")
    shutil.rmtree(content / "政务公开")
    os.chmod(content / "cgi-bin" / "search.sh", 0o777)  # noqa: S103 (the attacker did it)
    out = sitegroup("integrity", "hengshan", *common, "--repair", "--format", "json")
    assert out.returncode == 0, out.stderr
    repaired = json.loads(out.stdout)
    assert repaired["added"] == ["static/x.php"]
    assert set(repaired["modified"]) == {"index.html", "cgi-bin/search.sh"}
    assert repaired["repair"]["clean_after_repair"] is True
    assert tree_state(content) == original
    quarantine = Path(repaired["repair"]["quarantine"])
    assert (quarantine / "static" / "x.php").exists()
    assert (quarantine / "index.html").read_text() == "defaced again"

    # the drill restores into scratch, verifies, records a JSON line
    record = tmp_path / "drills.jsonl"
    out = sitegroup(
        "drill",
        "hengshan",
        "--repo",
        url,
        "--password-file",
        str(password_file),
        "--scratch",
        str(tmp_path / "scratch"),
        "--record",
        str(record),
        check=True,
    )
    line = json.loads(record.read_text().splitlines()[-1])
    assert line["verified"] is True and line["snapshot"] == backup["snapshot"] and line["files"] >= 1000
    assert list((tmp_path / "scratch").iterdir()) == []
    # the drill is also recorded in the repository (evidence of restore tests next to the backups) ...
    out = sitegroup(
        "drill",
        "hengshan",
        "--repo",
        url,
        "--password-file",
        str(password_file),
        "--history",
        "--format",
        "json",
        check=True,
    )
    (drill,) = json.loads(out.stdout)["drills"]
    assert drill["result"] == "ok" and drill["restored"] == backup["snapshot"][:8] and drill["files"] >= 1000
    # ... and that record is never taken for a snapshot of the site's content
    repo = repo_for(servers, "hengshan", password_file)
    assert ops.resolve_snapshot(repo, "hengshan").id == backup["snapshot"]


def test_offsite_copy(servers, password_file, tmp_path):
    content = tmp_path / "htdocs"
    generate(content, files=50, total_bytes=200_000)
    env = {"SITEGROUP_OFFSITE_REST_USERNAME": SITE_USER, "SITEGROUP_OFFSITE_REST_PASSWORD": SITE_PASS}
    os.environ.update(env)
    try:
        out = sitegroup(
            "backup",
            "lishui",
            "--repo",
            servers.url("lishui"),
            "--password-file",
            str(password_file),
            "--content",
            str(content),
            "--init-if-missing",
            "--offsite-repo",
            servers.url("offsite/lishui"),
            "--format",
            "json",
            check=True,
        )
    finally:
        for k in env:
            os.environ.pop(k)
    result = json.loads(out.stdout)
    assert result["offsite"]["offsite_snapshots"] == 1
    offsite = repo_for(servers, "offsite/lishui", password_file)
    assert [s.tags for s in offsite.snapshots(["site:lishui"])] == [("site:lishui", "sitegroup")]


def _snap(repo: Repository, content: Path, site: str, when: datetime, text: str) -> str:
    (content / "index.html").write_text(text, encoding="utf-8")
    return ops.backup(repo, site, content, when=when, progress=lambda _m: None)["snapshot"]


def test_point_in_time_and_other_sites(servers, password_file, tmp_path):
    # Two sites in ONE repository, to prove that the tag filter, not the repository layout, keeps them apart.
    repo = repo_for(servers, "shared", password_file)
    repo.init()
    a, b = tmp_path / "a" / "htdocs", tmp_path / "b" / "htdocs"
    a.mkdir(parents=True)
    b.mkdir(parents=True)
    t0 = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)
    ids = {v: _snap(repo, a, "hengshan", t0 + timedelta(days=d), v) for d, v in ((0, "v1"), (2, "v2"), (4, "v3"))}
    other = _snap(repo, b, "lishui", t0 + timedelta(days=3), "OTHER SITE")
    latest_other = _snap(repo, b, "lishui", t0 + timedelta(days=9), "OTHER SITE, newest in the repo")

    common = ["--repo", servers.url("shared"), "--password-file", str(password_file), "--content", str(a)]
    (a / "index.html").write_text("defaced")
    out = sitegroup("restore", "hengshan", *common, "--before", "2026-11-23T12:00:00+08:00", "--format", "json")
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["snapshot"] == ids["v2"]
    assert (a / "index.html").read_text() == "v2"
    # the integrity check compares with a chosen point too (latest may already hold the defacement)
    out = sitegroup("integrity", "hengshan", *common, "--before", "2026-11-23T12:00:00+08:00", "--format", "json")
    assert out.returncode == 0 and json.loads(out.stdout)["snapshot"] == ids["v2"]
    out = sitegroup("integrity", "hengshan", *common, "--format", "json")
    assert out.returncode == 4 and json.loads(out.stdout)["modified"] == ["index.html"]

    # naive times are read in --tz; the boundary is inclusive
    out = sitegroup(
        "restore",
        "hengshan",
        *common,
        "--before",
        "2026-11-24 16:00",
        "--tz",
        "Asia/Shanghai",
        "--verify-only",
        "--format",
        "json",
        check=True,
    )
    assert json.loads(out.stdout)["snapshot"] == ids["v3"]

    # latest of hengshan is v3 even though lishui has a newer snapshot in the same repository
    assert ops.resolve_snapshot(repo, "hengshan").id == ids["v3"]
    assert ops.resolve_snapshot(repo, "lishui").id == latest_other
    # another site's snapshot id is refused, and nothing live changes
    before = tree_state(a)
    out = sitegroup("restore", "hengshan", *common, "--snapshot", other[:12])
    assert out.returncode == 1
    assert "not a snapshot of site 'hengshan'" in out.stderr
    assert tree_state(a) == before
    out = sitegroup("restore", "hengshan", *common, "--before", "2026-01-01T00:00:00Z")
    assert out.returncode == 1 and "no snapshot of site 'hengshan' at or before" in out.stderr


def _restic(repo_url: str, password_file: Path, *args: str, prune: bool, timeout: float = 120):
    env = site_env(prune)
    user, pw = env.pop("RESTIC_REST_USERNAME"), env.pop("RESTIC_REST_PASSWORD")
    env["RESTIC_REPOSITORY"] = repo_url.replace("http://", f"http://{user}:{pw}@")
    env["RESTIC_PASSWORD_FILE"] = str(password_file)
    return subprocess.run(["restic", *args], env=env, capture_output=True, text=True, timeout=timeout)


def _expected_keep(times: list[datetime], keep: Retention) -> set[datetime]:
    """restic's policy, written out: per rule, walk newest first, keep a snapshot when its bucket changes."""
    rules = [
        (keep.hourly, "%Y%m%d%H"),
        (keep.daily, "%Y%m%d"),
        (keep.weekly, None),
        (keep.monthly, "%Y%m"),
    ]
    kept: set[datetime] = set()
    for count, fmt in rules:
        last = None
        for t in sorted(times, reverse=True):
            if count <= 0:
                break
            bucket = t.isocalendar()[:2] if fmt is None else t.strftime(fmt)
            if bucket != last:
                kept.add(t)
                last = bucket
                count -= 1
    return kept


def test_append_only_and_retention(servers, password_file, tmp_path):
    # The site's credentials (the append-only endpoint) cannot delete. restic retries a refused delete for
    # ~45 s, so that attempt runs in the background while the retention part of the test goes on.
    guarded = repo_for(servers, "guarded", password_file)
    guarded.init()
    content = tmp_path / "c"
    content.mkdir()
    guarded_ids = []
    for n in range(2):
        (content / "index.html").write_text(f"guarded {n}")
        when = datetime(2026, 11, 20 + n, tzinfo=UTC)
        guarded_ids.append(ops.backup(guarded, "guarded", content, when=when, progress=lambda _m: None)["snapshot"])
    attempt: dict[str, subprocess.CompletedProcess] = {}
    thread = threading.Thread(
        target=lambda: attempt.update(
            denied=sitegroup(
                "retention",
                "guarded",
                "--repo",
                servers.url("guarded"),
                "--password-file",
                str(password_file),
                "--keep-daily",
                "1",
                "--format",
                "json",
                timeout=240,
            )
        )
    )
    thread.start()

    # A synthetic history (faked dates) of site "history", the bronze tier: daily 7, weekly 4, monthly 3.
    repo = repo_for(servers, "history", password_file)
    repo.init()
    now = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
    times = [now - timedelta(hours=h) for h in (0, 1, 5)]
    times += [now - timedelta(days=d) for d in range(1, 10)]
    times += [now - timedelta(days=d) for d in range(12, 130, 6)]
    for n, t in enumerate(times):
        (content / "index.html").write_text(f"version {n}")
        r = _restic(
            servers.url("history"),
            password_file,
            "backup",
            "-q",
            "--tag",
            "site:history",
            "--host",
            "site-history",
            "--time",
            t.strftime("%Y-%m-%d %H:%M:%S"),
            str(content),
            prune=False,
        )
        assert r.returncode == 0, r.stderr
    bronze = Retention(hourly=0, daily=7, weekly=4, monthly=3)
    expected = _expected_keep(times, bronze)
    assert 7 < len(expected) < len(times)

    out = sitegroup(
        "retention",
        "history",
        "--repo",
        servers.url("history", prune=True),
        "--password-file",
        str(password_file),
        "--keep-daily",
        "7",
        "--keep-weekly",
        "4",
        "--keep-monthly",
        "3",
        "--format",
        "json",
        prune=True,
        check=True,
        timeout=180,
    )
    result = json.loads(out.stdout)
    left = {s.time.astimezone(UTC) for s in repo.snapshots(["site:history"])}
    assert left == expected
    assert result["kept"] == len(expected) and result["removed"] == len(times) - len(expected)
    check = _restic(servers.url("history", prune=True), password_file, "check", prune=True)
    assert check.returncode == 0, check.stderr

    thread.join(timeout=240)
    denied = attempt["denied"]
    assert denied.returncode == 1, denied.stderr
    assert json.loads(denied.stdout)["kind"] == "denied"
    assert "403" in denied.stderr
    assert [s.id for s in guarded.snapshots(["site:guarded"])] == guarded_ids


def test_backup_killed_mid_run_leaves_a_usable_repository(servers, password_file, tmp_path):
    content = tmp_path / "big"
    content.mkdir()
    for i in range(6):
        (content / f"视频{i}.mp4").write_bytes(os.urandom(24 << 20))
    repo = repo_for(servers, "killed", password_file)
    repo.init()
    env = site_env()
    import sys

    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "sitegroup",
            "backup",
            "killed",
            "--repo",
            servers.url("killed"),
            "--password-file",
            str(password_file),
            "--content",
            str(content),
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    # wait until restic is uploading, then SIGKILL the whole process group (sitegroup and restic)
    assert proc.stderr is not None
    for line in proc.stderr:
        if "backup" in line and "%" in line:
            break
    time.sleep(0.3)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    assert repo.snapshots(["site:killed"]) == []
    assert list((servers.data / "killed" / "locks").iterdir()), "the killed run should leave its lock behind"

    out = sitegroup(
        "backup",
        "killed",
        "--repo",
        servers.url("killed"),
        "--password-file",
        str(password_file),
        "--content",
        str(content),
        "--format",
        "json",
        check=True,
    )
    snap = json.loads(out.stdout)["snapshot"]
    check = _restic(servers.url("killed"), password_file, "check", prune=False)
    if check.returncode != 0 and "locked" in check.stderr:
        repo.unlock()  # the killed process's lock is stale (same host, dead PID)
        check = _restic(servers.url("killed"), password_file, "check", prune=False)
    assert check.returncode == 0, check.stderr
    restored = tmp_path / "restored" / "big"
    restored.parent.mkdir()
    result = ops.restore(repo, "killed", restored, snapshot=snap, progress=lambda _m: None)
    assert result["verified"] and tree_state(restored) == tree_state(content)


def test_wrong_password_and_missing_repository_change_nothing(servers, password_file, tmp_path):
    content = tmp_path / "htdocs"
    generate(content, files=30, total_bytes=50_000)
    repo = repo_for(servers, "faults", password_file)
    repo.init()
    ops.backup(repo, "faults", content, progress=lambda _m: None)
    (content / "index.html").write_text("defaced")
    before = tree_state(content)
    wrong = tmp_path / "wrong"
    wrong.write_text("not the password\n")

    out = sitegroup(
        "restore",
        "faults",
        "--repo",
        servers.url("faults"),
        "--password-file",
        str(wrong),
        "--content",
        str(content),
        "--format",
        "json",
    )
    assert out.returncode == 1
    assert json.loads(out.stdout)["kind"] == "wrong-password"
    assert "wrong repository password" in out.stderr and "nothing live was changed" in out.stderr

    missing = tmp_path / "no-such-repo"
    out = sitegroup(
        "restore",
        "faults",
        "--repo",
        str(missing),
        "--password-file",
        str(password_file),
        "--content",
        str(content),
        "--format",
        "json",
    )
    assert out.returncode == 1 and json.loads(out.stdout)["kind"] == "no-repository"
    assert "no restic repository at that location" in out.stderr
    assert not missing.exists()

    # wrong REST credentials are "denied", not a missing repository
    bad = Repository.from_environment(servers.url("faults"), password_file)
    bad.rest_username, bad.rest_password = SITE_USER, "guess"
    with pytest.raises(ResticError) as exc:
        bad.snapshots()
    assert exc.value.kind == "denied"
    assert "guess" not in str(exc.value)  # credentials never end up in messages

    assert tree_state(content) == before
    assert sorted(p.name for p in content.parent.iterdir()) == ["htdocs", "wrong"]


@pytest.fixture
def small_fs(tmp_path):
    """A 24 MiB tmpfs (root can mount one here); skipped with the reason where mounting is not allowed."""
    with tmpfs(tmp_path / "small", "24m") as mnt:
        yield mnt


def test_full_scratch_disk_stops_cleanly(servers, password_file, tmp_path, small_fs):
    content = small_fs / "htdocs"
    generate(content, files=200, total_bytes=8 << 20)
    repo = repo_for(servers, "fullfs", password_file)
    repo.init()
    ops.backup(repo, "fullfs", content, progress=lambda _m: None)
    (content / "index.html").write_text("defaced")
    # leave ~4 MiB free: less than the 8 MiB the restore needs
    st = os.statvfs(small_fs)
    ballast = small_fs / "ballast"
    ballast.write_bytes(b"\0" * (st.f_bavail * st.f_frsize - (4 << 20)))
    before = tree_state(content)

    restore = ["restore", "fullfs", "--repo", servers.url("fullfs"), "--password-file", str(password_file),
               "--content", str(content), "--format", "json"]
    # 1. the space check refuses up front
    out = sitegroup(*restore)
    assert out.returncode == 1
    assert json.loads(out.stdout)["kind"] == "no-space"
    assert "not enough space" in out.stderr

    # 2. without the check, restic itself hits ENOSPC mid-restore: same clean stop, scratch removed
    out = sitegroup(*restore, "--no-space-check")
    assert out.returncode == 1
    assert json.loads(out.stdout)["kind"] == "no-space", out.stderr
    assert tree_state(content) == before
    assert sorted(p.name for p in small_fs.iterdir()) == ["ballast", "htdocs"]


def test_content_changing_during_backup_is_detected_and_backed_up_again(tmp_path, password_file, monkeypatch):
    require("restic")
    repo = Repository(str(tmp_path / "repo"), password_file)  # a local path: no server needed here
    repo.init()
    content = tmp_path / "htdocs"
    generate(content, files=40, total_bytes=100_000)
    gbk = content / os.fsdecode("公告".encode("gbk") + b".html")  # a legacy name that is not UTF-8
    gbk.write_text("gbk name")
    from sitegroup.backup import manifest as mf

    real_build = mf.build
    calls = []

    def publishing_build(root, **kw):
        m = real_build(root, **kw)
        calls.append(1)
        if len(calls) == 1:  # the CMS publishes right after the hashing, before restic reads the files
            (content / "index.html").write_text("<h1>a newer home page, published mid-backup</h1>")
        return m

    monkeypatch.setattr(mf, "build", publishing_build)
    result = ops.backup(repo, "busy", content, progress=lambda _m: None)
    monkeypatch.setattr(mf, "build", real_build)
    assert len(calls) == 2
    assert result["superseded"] and result["superseded"] != result["snapshot"]
    assert result["changed_during_backup"] == []
    # the first snapshot's manifest disagrees with its bytes: a restore of it refuses
    with pytest.raises(ops.BackupError, match="verification failed"):
        ops.restore(repo, "busy", tmp_path / "r1", snapshot=result["superseded"], progress=lambda _m: None)
    # the second one restores and verifies, non-UTF-8 name included
    restored = tmp_path / "r2"
    ops.restore(repo, "busy", restored, snapshot=result["snapshot"], progress=lambda _m: None)
    assert tree_state(restored) == tree_state(content)
    assert os.path.exists(restored / gbk.name)


def test_platform_prune_job_command_iterates_a_tier(tmp_path, password_file):
    """What the backup-system prune CronJob runs: every site of a tier, one password file per site."""
    require("restic")
    prefix = tmp_path / "repos"
    passwords = tmp_path / "passwords"
    passwords.mkdir()
    content = tmp_path / "c"
    content.mkdir()
    for site in ("alpha", "beta"):
        shutil.copy(password_file, passwords / site)
    repo = Repository(str(prefix / "alpha"), passwords / "alpha")
    repo.init()
    for day in range(5):
        (content / "index.html").write_text(f"day {day}")
        ops.backup(repo, "alpha", content, when=datetime(2026, 11, 20 + day, 3, tzinfo=UTC), progress=lambda _m: None)
    sites = tmp_path / "bronze"
    sites.write_text("alpha\nbeta\n")  # beta: a new site, never backed up yet
    out = sitegroup(
        "retention",
        "--sites-file",
        str(sites),
        "--repo-prefix",
        str(prefix),
        "--password-dir",
        str(passwords),
        "--keep-daily",
        "2",
        "--format",
        "json",
    )
    assert out.returncode == 0, out.stderr
    results = {r["site"]: r for r in json.loads(out.stdout)["results"]}
    assert results["alpha"]["kept"] == 2 and results["alpha"]["removed"] == 3
    assert "skipped" in results["beta"]
    assert len(repo.snapshots(["site:alpha"])) == 2


def test_repair_undoes_type_changes(tmp_path, password_file):
    """A file replaced by a folder of files, a folder replaced by a symlink out of the docroot."""
    require("restic")
    repo = Repository(str(tmp_path / "repo"), password_file)
    repo.init()
    content = tmp_path / "site" / "htdocs"
    generate(content, files=60, total_bytes=200_000)
    original = tree_state(content)
    ops.backup(repo, "types", content, progress=lambda _m: None)
    (content / "index.html").unlink()
    (content / "index.html").mkdir()
    (content / "index.html" / "payload.js").write_text("evil()")
    shutil.rmtree(content / "static")
    os.symlink("/etc", content / "static")
    result = ops.integrity(repo, "types", content, repair=True, progress=lambda _m: None)
    assert set(result["modified"]) == {"index.html", "static"}
    assert result["repair"]["clean_after_repair"], result["repair"]["remaining"]
    assert tree_state(content) == original
    quarantine = Path(result["repair"]["quarantine"])
    assert (quarantine / "index.html" / "payload.js").exists()
    assert os.readlink(quarantine / "static") == "/etc"
