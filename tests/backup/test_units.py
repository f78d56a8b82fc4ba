"""Fast tests of the backup logic that needs no restic: manifests, snapshot choice, URLs, the swap, the CLI."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import kubernetes_validate
import pytest

from sitegroup.backup import manifest as mf
from sitegroup.backup import ops
from sitegroup.backup.restic import Snapshot, classify, redact, with_rest_credentials
from tests.conftest import REPO


def _tree(root: Path) -> Path:
    (root / "政务公开").mkdir(parents=True)
    (root / "index.html").write_text("<h1>首页</h1>")
    (root / "政务公开" / "通知.html").write_text("通知")
    (root / "a.pdf").write_bytes(os.urandom(70_000))
    os.symlink("政务公开", root / "zwgk")
    # a legacy GBK file name that is not valid UTF-8
    (root / os.fsdecode("公告".encode("gbk") + b".html")).write_text("gbk")
    return root


def test_manifest_roundtrip_and_fields(tmp_path):
    root = _tree(tmp_path / "site")
    os.chmod(root / "a.pdf", 0o600)
    m = mf.build(root)
    m.site, m.snapshot_path = "hengshan", str(root)
    back = mf.Manifest.from_bytes(m.to_bytes())
    assert back.entries == m.entries and back.site == "hengshan"
    pdf = back.entries["a.pdf"]
    assert (pdf.type, pdf.mode, pdf.size) == ("file", 0o600, 70_000)
    assert len(pdf.sha256) == 64
    assert back.entries["zwgk"].target == "政务公开"
    assert back.entries["政务公开"].type == "dir"
    assert m.files == 4


def test_compare_names_exactly_what_changed(tmp_path):
    root = _tree(tmp_path / "site")
    before = mf.build(root)
    (root / "index.html").write_text("HACKED")
    os.chmod(root / "a.pdf", 0o755)  # noqa: S103 (bytes equal, mode changed: still modified)
    (root / "政务公开" / "通知.html").unlink()
    (root / "政务公开").rmdir()
    (root / "shell.php").write_text("<?php")
    (root / "up").mkdir()
    (root / "up" / "x.jsp").write_text("x")
    diff = mf.compare(before, mf.build(root))
    assert diff.modified == ["a.pdf", "index.html"]
    assert diff.added == ["shell.php", "up", "up/x.jsp"]
    assert diff.deleted == ["政务公开", "政务公开/通知.html"]
    assert not diff.clean
    assert mf.compare(before, before).clean


def _snap(i: str, site: str, when: datetime) -> Snapshot:
    return Snapshot(i * 64, i * 8, when, (f"site:{site}",), ("/x",), f"site-{site}")


class FakeRepo:
    """Answers like restic does for ``snapshots --tag``: an exact tag match."""

    def __init__(self, snaps):
        self.snaps = snaps

    def snapshots(self, tags=None):
        return sorted((s for s in self.snaps if set(tags or ()) <= set(s.tags)), key=lambda s: s.time)


T0 = datetime(2026, 11, 20, 8, tzinfo=UTC)
REPO_SNAPS = FakeRepo(
    [
        _snap("a", "hengshan", T0),
        _snap("b", "hengshan", T0 + timedelta(days=1)),
        _snap("c", "lishui", T0 + timedelta(days=2)),
        _snap("d", "hengshan", T0 + timedelta(days=3)),
        _snap("e", "hengshan-old", T0 + timedelta(days=4)),
    ]
)


@pytest.mark.parametrize(
    ("snapshot", "before", "expected"),
    [
        (None, None, "d"),
        ("latest", None, "d"),
        ("bbbb", None, "b"),
        (None, T0 + timedelta(days=2, hours=23), "b"),
        (None, T0 + timedelta(days=1), "b"),  # inclusive
        (None, T0, "a"),
    ],
)
def test_resolve_snapshot(snapshot, before, expected):
    assert ops.resolve_snapshot(REPO_SNAPS, "hengshan", snapshot, before).id == expected * 64


@pytest.mark.parametrize(
    ("snapshot", "before", "message"),
    [
        ("cccc", None, "not a snapshot of site 'hengshan'"),  # another site's
        ("eeee", None, "not a snapshot of site 'hengshan'"),  # a site whose id merely starts the same
        ("zz", None, r"a snapshot id \(hex\)"),
        (None, T0 - timedelta(seconds=1), "no snapshot of site 'hengshan' at or before"),
        (None, datetime(2026, 11, 25), "needs a time zone"),
        ("aaaa", T0, "either --snapshot or --before"),
    ],
)
def test_resolve_snapshot_refuses(snapshot, before, message):
    with pytest.raises(ops.BackupError, match=message):
        ops.resolve_snapshot(REPO_SNAPS, "hengshan", snapshot, before)


def test_resolve_snapshot_of_a_site_without_backups():
    with pytest.raises(ops.BackupError, match="no snapshot of site 'nowhere'"):
        ops.resolve_snapshot(REPO_SNAPS, "nowhere")


@pytest.mark.parametrize("bad", ["Hengshan", "a,b", "site:x", "../x", "", "-x", "a" * 64])
def test_site_ids_are_dns_labels(bad):
    with pytest.raises(ops.BackupError):
        ops.site_tag(bad)


def test_rest_credentials_go_into_the_url_and_never_into_messages():
    url = with_rest_credentials("rest:https://backup.internal:8000/hengshan", "site-x", "p@ss/w:rd")
    assert url == "rest:https://site-x:p%40ss%2Fw%3Ard@backup.internal:8000/hengshan"
    assert with_rest_credentials("s3:https://oss/b", "u", "p") == "s3:https://oss/b"
    assert with_rest_credentials("rest:https://a:b@h/x", "u", "p") == "rest:https://a:b@h/x"
    assert "p%40ss" not in redact(f"Fatal: {url} is down")
    assert "site-x:***@" in redact(f"Fatal: {url} is down")


@pytest.mark.parametrize(
    ("stderr", "kind"),
    [
        ("Fatal: wrong password or no key found\n", "wrong-password"),
        (
            "Fatal: unable to open config file: stat /x/config: no such file or directory\n"
            "Is there a repository at the following location?\n/x",
            "no-repository",
        ),
        (
            "Fatal: unable to open config file: unexpected HTTP response (401): 401 Unauthorized\n"
            "Is there a repository at the following location?",
            "denied",
        ),
        ("Remove(<snapshot/e12cd38f10>) returned error: server response: 403 Forbidden (403)", "denied"),
        ("unable to create lock in backend: repository is already locked by PID 7", "locked"),
        ("ignoring error for /x: write /x: no space left on device", "no-space"),
        ("something else entirely", "error"),
    ],
)
def test_classify(stderr, kind):
    assert classify(stderr)[0] == kind


def test_swap_in_is_an_exchange_and_keeps_the_old_tree(tmp_path):
    live = tmp_path / "htdocs"
    live.mkdir()
    (live / "index.html").write_text("defaced")
    new = tmp_path / ".htdocs.restore-x" / "srv"
    new.mkdir(parents=True)
    (new / "index.html").write_text("good")
    replaced = ops.swap_in(new, live)
    assert (live / "index.html").read_text() == "good"
    assert (replaced / "index.html").read_text() == "defaced"
    assert replaced.parent == tmp_path and replaced.name.startswith("htdocs.replaced-")
    assert not new.exists()
    # a site restored where nothing is left
    again = tmp_path / "again"
    again.mkdir()
    assert ops.swap_in(again, tmp_path / "fresh") is None
    assert (tmp_path / "fresh").is_dir()


def test_glob_escape_keeps_brackets_literal():
    assert ops._glob_escape("/srv/通知[1]*?.html") == "/srv/通知\\[1\\]\\*\\?.html"


def _cli(*args, env_extra=None):
    env = {k: v for k, v in os.environ.items() if not k.startswith("RESTIC_")}
    env["PYTHONPATH"] = str(REPO)
    env.update(env_extra or {})
    return subprocess.run(
        [sys.executable, "-m", "sitegroup", *args], capture_output=True, text=True, env=env, cwd=REPO, timeout=60
    )


def test_cli_cluster_restore_dry_run_prints_a_valid_pinned_job():
    from sitegroup.inventory import load_environment

    env = load_environment("dev")
    site = env.sites[0]
    snap = "0123456789abcdef" * 4
    out = _cli("restore", site.id, "--env", "dev", "--cluster", "--dry-run", "--snapshot", snap)
    assert out.returncode == 0, out.stderr
    job = json.loads(out.stdout)
    kubernetes_validate.validate(job, env.platform.kubernetes_version, strict=True)
    assert job["kind"] == "Job" and job["metadata"]["namespace"] == site.namespace
    args = job["spec"]["template"]["spec"]["containers"][0]["args"]
    assert args[args.index("--snapshot") + 1] == snap
    assert args[args.index("--repo") + 1] == f"{env.platform.backup_repository}/{site.id}"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["backup", "hengshan", "--repo", "/tmp/x"], "--password-file"),
        (["backup", "hengshan", "--password-file", "/dev/null"], "give --env ENV or --repo URL"),
        (["backup", "Bad_Id", "--repo", "/tmp/x", "--password-file", "/dev/null"], "invalid site id"),
        (["restore", "hengshan", "--cluster", "--snapshot", "ab" * 32], "--cluster needs --env"),
        (["restore", "no-such-site", "--env", "dev", "--password-file", "/dev/null"], "no site"),
        (
            [
                "restore",
                "x",
                "--repo",
                "/r",
                "--password-file",
                "/dev/null",
                "--content",
                "/tmp/c",
                "--before",
                "yesterday",
            ],
            "not an ISO 8601 time",
        ),
        (["retention", "x", "--repo", "/r", "--password-file", "/dev/null"], "give --env"),
    ],
)
def test_cli_usage_errors(args, message):
    out = _cli(*args)
    assert out.returncode == 2, (out.stdout, out.stderr)
    assert message in out.stderr


def test_backup_rehashes_only_changed_files_even_with_a_forged_mtime(tmp_path, monkeypatch):
    root = _tree(tmp_path / "site")
    first = mf.build(root)
    first = mf.Manifest.from_bytes(first.to_bytes())  # as read back from the snapshot
    st = (root / "index.html").stat()
    (root / "index.html").write_text("<h1>HACKED</h1>")
    os.utime(root / "index.html", ns=(st.st_atime_ns, st.st_mtime_ns))  # attacker resets mtime; ctime moves
    hashed = []
    real = mf.sha256_file
    monkeypatch.setattr(mf, "sha256_file", lambda p: hashed.append(os.path.basename(p)) or real(p))
    second = mf.build(root, previous=first)
    assert hashed == ["index.html"]
    assert mf.compare(first, second).modified == ["index.html"]
    # without a previous manifest (integrity, verification) every file is read
    hashed.clear()
    mf.build(root)
    assert len(hashed) == 4
