"""Backup, restore, integrity check, drill and retention for one site's content, on top of restic.

Snapshot layout: the content directory is backed up by its absolute path and the manifest from a temporary
staging directory as ``/.sitegroup-manifest.json`` at the snapshot's root (restic stores a relative target
relative to its working directory), so the live docroot is never written to. The manifest records where the
content sits inside the snapshot (``snapshot_path``); restore, drill and integrity read it from there.

Every snapshot is tagged ``site:<id>`` and taken with hostname ``site-<id>``; every lookup filters on the tag,
so a site's restore can never pick another site's snapshot even in a shared repository.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import errno
import json
import os
import re
import shutil
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sitegroup.backup import manifest as mf
from sitegroup.backup.restic import Repository, ResticError, Snapshot, log
from sitegroup.model import Retention

SITE_ID = re.compile(r"[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?")
SNAPSHOT_REF = re.compile(r"[0-9a-f]{4,64}")
MANIFEST_PATH = "/" + mf.MANIFEST_NAME

Progress = Callable[[str], None]


class BackupError(Exception):
    """A backup operation stopped; nothing live was changed unless the message says so."""

    def __init__(self, message: str, kind: str = "error") -> None:
        super().__init__(message)
        self.kind = kind


def site_tag(site_id: str) -> str:
    if not SITE_ID.fullmatch(site_id):
        raise BackupError(f"invalid site id {site_id!r}: a DNS label (a-z, 0-9, '-') is expected", "usage")
    return f"site:{site_id}"


def database_tag(site_id: str) -> str:
    # Not "site:<id>": content lookups (restore, integrity, the parent of the next backup) must never pick a
    # database dump; every database lookup filters on this tag instead.
    return f"db:{site_tag(site_id)[5:]}"


def part_tag(site_id: str, part: str) -> str:
    return database_tag(site_id) if part == "database" else site_tag(site_id)


def _now() -> datetime:
    return datetime.now(UTC)


def _stamp() -> str:
    return _now().strftime("%Y%m%dT%H%M%SZ")


def _free_name(path: Path) -> Path:
    candidate, n = path, 1
    while os.path.lexists(candidate):
        n += 1
        candidate = path.with_name(f"{path.name}-{n}")
    return candidate


def _retry_if_stale_lock(repo: Repository, action: Callable[[], Any], progress: Progress) -> Any:
    """Run ``action``; if the repository is locked, remove stale locks (``restic unlock`` only removes locks
    whose process is gone) and try once more. A live lock still fails, as it should."""
    try:
        return action()
    except ResticError as exc:
        if exc.kind != "locked":
            raise
        progress("repository locked; removing stale locks (restic unlock) and retrying once")
        repo.unlock()
        return action()


# -- backup ----------------------------------------------------------------------------------------


def backup(
    repo: Repository,
    site_id: str,
    content: Path,
    *,
    init_if_missing: bool = False,
    when: datetime | None = None,
    extra_tags: tuple[str, ...] = (),
    progress: Progress = log,
) -> dict[str, Any]:
    """Snapshot ``content`` with its manifest; return the snapshot id and figures.

    Content may change while restic reads it (a CMS publishing): then the snapshot's files and the manifest
    disagree and a restore of that snapshot would fail verification. So the snapshot is compared with the
    manifest (size and mtime of every file, from ``restic ls``) and the backup is taken once more if they
    differ; the result names the files if the second one differs too.
    """
    content = Path(os.path.abspath(content))
    if not content.is_dir():
        raise BackupError(f"content directory {content} does not exist or is not a directory", "usage")
    site_tag(site_id)
    if init_if_missing and not repo.exists():
        progress(f"initialising repository for site {site_id}")
        repo.init()
    result, manifest = _backup_once(repo, site_id, content, when, extra_tags, progress)
    changed = changed_during_backup(repo, result["snapshot"], manifest)
    if changed:
        progress(f"{len(changed)} files changed while they were read (e.g. {changed[0]}); backing up again")
        first = result["snapshot"]
        result, manifest = _backup_once(repo, site_id, content, when, extra_tags, progress)
        changed = changed_during_backup(repo, result["snapshot"], manifest)
        result["superseded"] = first
    result["changed_during_backup"] = changed[:100]
    if changed:
        progress(f"warning: {len(changed)} files kept changing during the backup; they will not verify")
    return result


def _mtime_us(text: str) -> int:
    dt = datetime.fromisoformat(text)
    return int(dt.replace(microsecond=0).timestamp()) * 1_000_000 + dt.microsecond


def changed_during_backup(repo: Repository, snapshot_id: str, manifest: mf.Manifest) -> list[str]:
    """Files whose size or mtime in the snapshot differ from the manifest (or that only one of them has)."""
    prefix = manifest.snapshot_path.rstrip("/") + "/"
    files = {p: e for p, e in manifest.entries.items() if e.type == "file"}
    seen: set[str] = set()
    changed: list[str] = []
    for node in repo.ls(snapshot_id):
        path = node.get("path", "")
        if node.get("struct_type") != "node" or node.get("type") != "file" or not path.startswith(prefix):
            continue
        rel = path[len(prefix) :]
        if "\ufffd" in rel:  # a non-UTF-8 name restic's JSON cannot spell: not comparable by name
            seen.update(p for p in files if any(0xDC80 <= ord(c) <= 0xDCFF for c in p))
            continue
        seen.add(rel)
        entry = files.get(rel)
        stale = entry is not None and entry.stamp is not None and _mtime_us(node["mtime"]) != entry.stamp[0] // 1000
        if entry is None or node.get("size", 0) != entry.size or stale:
            changed.append(rel)
    changed += [p for p in files if p not in seen]
    return sorted(changed)


def _backup_once(
    repo: Repository,
    site_id: str,
    content: Path,
    when: datetime | None,
    extra_tags: tuple[str, ...],
    progress: Progress,
) -> tuple[dict[str, Any], mf.Manifest]:
    tag = site_tag(site_id)
    started = time.monotonic()

    previous = repo.snapshots([tag])
    parent = previous[-1].id if previous else None
    parent_manifest = None
    if parent:
        try:
            parent_manifest = load_manifest(repo, previous[-1], site_id)
        except (BackupError, ResticError, ValueError):
            parent_manifest = None  # then every file is hashed again; nothing else depends on it

    progress(f"hashing {content}")
    manifest = mf.build(content, previous=parent_manifest, progress=lambda d, t: progress(f"  hashed {d}/{t} files"))
    manifest.site = site_id
    manifest.created = (when or _now()).isoformat()
    manifest.snapshot_path = content.as_posix()
    hashed = time.monotonic()
    if manifest.skipped:
        progress(f"warning: {len(manifest.skipped)} special files (sockets, fifos, devices) not in the manifest")

    with tempfile.TemporaryDirectory(prefix="sitegroup-stage-") as stage:
        Path(stage, mf.MANIFEST_NAME).write_bytes(manifest.to_bytes())
        snap_id, summary = store(repo, site_id, tag, Path(stage), [str(content), mf.MANIFEST_NAME],
                                 parent=parent, when=when, extra_tags=extra_tags, progress=progress)
    done = time.monotonic()
    return {
        "site": site_id,
        "snapshot": snap_id,
        "parent": parent,
        "files": manifest.files,
        "bytes": manifest.bytes,
        "files_new": summary.get("files_new"),
        "files_changed": summary.get("files_changed"),
        "data_added": summary.get("data_added"),
        "hash_seconds": round(hashed - started, 3),
        "seconds": round(done - started, 3),
    }, manifest


def store(
    repo: Repository,
    site_id: str,
    tag: str,
    cwd: Path,
    paths: list[str],
    *,
    parent: str | None,
    when: datetime | None,
    extra_tags: tuple[str, ...],
    progress: Progress,
) -> tuple[str, dict[str, Any]]:
    """``restic backup`` of ``paths`` (relative ones from ``cwd``, a staging folder) as one snapshot of the site
    with ``tag``; return its full id and restic's summary."""
    args = ["backup", "--json", "--host", f"site-{site_id}", "--tag", tag, "--tag", "sitegroup"]
    for extra in extra_tags:
        args += ["--tag", extra]
    if parent:
        # The staging path differs on every run, so restic would not find the parent by itself.
        args += ["--parent", parent]
    if when is not None:
        args += ["--time", when.astimezone().strftime("%Y-%m-%d %H:%M:%S")]
    args += paths
    last = [0.0]

    def on_line(item: dict[str, Any]) -> None:
        if item.get("message_type") == "status" and time.monotonic() - last[0] > 2:
            last[0] = time.monotonic()
            pct = 100 * float(item.get("percent_done", 0))
            progress(f"  backup {pct:5.1f}% ({item.get('files_done', 0)}/{item.get('total_files', '?')} files)")

    lines = _retry_if_stale_lock(repo, lambda: repo.stream_json(args, cwd=cwd, on_line=on_line), progress)
    summary = next((i for i in reversed(lines) if i.get("message_type") == "summary"), None)
    if not summary or not summary.get("snapshot_id"):
        raise BackupError("restic backup finished without a snapshot id", "error")
    # restic 0.14 reports the short id; callers pin restores by the full one
    short = summary["snapshot_id"]
    full = [s.id for s in repo.snapshots([tag]) if s.id.startswith(short)]
    return (full[0] if len(full) == 1 else short), summary


def copy_offsite(primary: Repository, offsite: Repository, site_id: str, progress: Progress = log) -> dict[str, Any]:
    """Copy this site's snapshots the off-site repository lacks (restic copy), initialising it if needed with
    the primary's chunker parameters so deduplication holds across both."""
    tag = site_tag(site_id)
    from_env = {
        "RESTIC_FROM_REPOSITORY": primary.full_url,
        "RESTIC_FROM_PASSWORD_FILE": str(primary.password_file),
    }
    started = time.monotonic()
    if not offsite.exists():
        progress("initialising the off-site repository")
        offsite.init(["--copy-chunker-params"], extra_env=from_env)
    progress("copying snapshots off-site")
    # content and database snapshots alike (restic: repeated --tag options match either)
    offsite.run(["copy", "--tag", tag, "--tag", database_tag(site_id)], extra_env=from_env)
    return {
        "offsite_snapshots": len(offsite.snapshots([tag])),
        "seconds": round(time.monotonic() - started, 3),
    }


# -- choosing a snapshot ---------------------------------------------------------------------------


def resolve_snapshot(
    repo: Repository,
    site_id: str,
    snapshot: str | None = None,
    before: datetime | None = None,
    *,
    part: str = "content",
) -> Snapshot:
    """Exactly one snapshot of THIS site and part (content or database): by id (prefix), the newest at or
    before ``before``, or latest."""
    tag = part_tag(site_id, part)
    if snapshot and before:
        raise BackupError("give either --snapshot or --before, not both", "usage")
    snaps = repo.snapshots([tag])
    what = "database snapshot" if part == "database" else "snapshot"
    if not snaps:
        raise BackupError(f"the repository has no {what} of site {site_id!r}", "no-snapshot")
    if snapshot and snapshot != "latest":
        if not SNAPSHOT_REF.fullmatch(snapshot):
            raise BackupError(f"--snapshot {snapshot!r}: a snapshot id (hex) or 'latest' is expected", "usage")
        matches = [s for s in snaps if s.id.startswith(snapshot)]
        if not matches:
            raise BackupError(f"snapshot {snapshot} is not a {what} of site {site_id!r}", "no-snapshot")
        if len(matches) > 1:
            raise BackupError(f"snapshot id {snapshot} is ambiguous: give more digits", "usage")
        return matches[0]
    if before is not None:
        if before.tzinfo is None:
            raise BackupError("--before needs a time zone", "usage")
        earlier = [s for s in snaps if s.time <= before]
        if not earlier:
            raise BackupError(
                f"no {what} of site {site_id!r} at or before {before.isoformat()} "
                f"(oldest: {snaps[0].time.isoformat()})",
                "no-snapshot",
            )
        return earlier[-1]
    return snaps[-1]


def load_manifest(repo: Repository, snap: Snapshot, site_id: str) -> mf.Manifest:
    try:
        raw = repo.dump(snap.id, MANIFEST_PATH)
    except ResticError as exc:
        raise BackupError(f"snapshot {snap.short_id} has no sitegroup manifest: {exc}", "no-manifest") from exc
    manifest = mf.Manifest.from_bytes(raw)
    if manifest.site != site_id:  # a second guard behind the tag filter
        raise BackupError(f"snapshot {snap.short_id} belongs to site {manifest.site!r}, not {site_id!r}")
    return manifest


# -- restore ---------------------------------------------------------------------------------------


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _exchange(a: Path, b: Path) -> None:
    """Atomically swap two paths (Linux renameat2 RENAME_EXCHANGE): no instant without a docroot."""
    libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
    fn = getattr(libc, "renameat2", None)
    if fn is None:
        raise OSError(errno.ENOSYS, "renameat2 not available")
    rc = fn(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    if rc != 0:
        err = ctypes.get_errno()
        raise OSError(err, os.strerror(err))


def swap_in(restored: Path, content: Path) -> Path | None:
    """Put ``restored`` at ``content``; return where the replaced content went (None if there was none)."""
    if not os.path.lexists(content):
        os.rename(restored, content)
        return None
    replaced = _free_name(content.with_name(f"{content.name}.replaced-{_stamp()}"))
    try:
        _exchange(restored, content)
        os.rename(restored, replaced)
    except OSError as exc:
        if exc.errno not in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP):
            raise
        # Filesystems without RENAME_EXCHANGE: two renames, a gap of microseconds without a docroot.
        os.rename(content, replaced)
        os.rename(restored, content)
    return replaced


def _check_space(where: Path, manifest: mf.Manifest) -> None:
    st = os.statvfs(where)
    free = st.f_bavail * st.f_frsize
    # file bytes plus a block per entry for small files and directories
    need = manifest.bytes + len(manifest.entries) * 4096
    if free < need:
        raise BackupError(
            f"not enough space in {where}: the restore needs about {need >> 20} MiB, {free >> 20} MiB free",
            "no-space",
        )


def verify_tree(tree: Path, manifest: mf.Manifest, progress: Progress = log) -> mf.Diff:
    progress(f"verifying {manifest.files} files against the manifest")
    return mf.compare(manifest, mf.build(tree, progress=lambda d, t: progress(f"  verified {d}/{t} files")))


@contextlib.contextmanager
def _fill_progress(where: Path, total: int, progress: Progress, every: float = 5.0) -> Iterator[None]:
    """restic 0.14's restore prints no progress: report how much the target filesystem filled up instead."""

    def used() -> int:
        st = os.statvfs(where)
        return (st.f_blocks - st.f_bfree) * st.f_frsize

    start, stop = used(), threading.Event()

    def watch() -> None:
        while not stop.wait(every):
            done = max(0, used() - start)
            progress(f"  restored ~{done >> 20}/{total >> 20} MiB")

    thread = threading.Thread(target=watch, daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join()


def _restore_verified(
    repo: Repository,
    snap: Snapshot,
    manifest: mf.Manifest,
    scratch: Path,
    progress: Progress,
    check_space: bool,
) -> tuple[Path, dict[str, float]]:
    if check_space:
        _check_space(scratch, manifest)
    t0 = time.monotonic()
    size = f"{manifest.files} files, {manifest.bytes >> 20} MiB"
    progress(f"restoring snapshot {snap.short_id} ({size}) into {scratch}")
    with _fill_progress(scratch, manifest.bytes, progress):
        repo.restore(snap.id, scratch)
    t1 = time.monotonic()
    restored = scratch / manifest.snapshot_path.lstrip("/")
    if not restored.is_dir():
        raise BackupError(f"the snapshot has no content at {manifest.snapshot_path}", "verify-failed")
    diff = verify_tree(restored, manifest, progress)
    t2 = time.monotonic()
    if not diff.clean:
        sample = (diff.modified + diff.deleted + diff.added)[:5]
        raise BackupError(f"verification failed: {diff.summary()} (e.g. {sample})", "verify-failed")
    return restored, {"restore_seconds": round(t1 - t0, 3), "verify_seconds": round(t2 - t1, 3)}


def restore(
    repo: Repository,
    site_id: str,
    content: Path,
    *,
    snapshot: str | None = None,
    before: datetime | None = None,
    verify_only: bool = False,
    check_space: bool = True,
    progress: Progress = log,
) -> dict[str, Any]:
    """Restore a pinned snapshot next to ``content``, verify every file, then swap it in atomically.

    Any failure before the swap removes the scratch copy and leaves the live content as it was.
    """
    started = time.monotonic()
    content = Path(os.path.abspath(content))
    parent = content.parent
    if not parent.is_dir():
        raise BackupError(f"{parent} does not exist: the restore is staged next to the content", "usage")
    if not verify_only and content.is_dir() and os.path.ismount(content):
        raise BackupError(
            f"{content} is a mount point and cannot be swapped: mount the volume one level up and restore "
            "into a folder of it",
            "usage",
        )
    snap = resolve_snapshot(repo, site_id, snapshot, before)
    progress(f"snapshot {snap.id} taken {snap.time.isoformat()} (site {site_id})")
    manifest = load_manifest(repo, snap, site_id)
    scratch = Path(tempfile.mkdtemp(prefix=f".{content.name}.restore-", dir=parent))
    try:
        restored, timings = _restore_verified(repo, snap, manifest, scratch, progress, check_space)
        replaced = None
        if not verify_only:
            replaced = swap_in(restored, content)
            progress(f"swapped in; replaced content kept at {replaced}" if replaced else "restored")
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise BackupError(f"no space left in {parent} while restoring; nothing live changed", "no-space") from exc
        raise
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return {
        "site": site_id,
        "snapshot": snap.id,
        "snapshot_time": snap.time.isoformat(),
        "files": manifest.files,
        "bytes": manifest.bytes,
        "verified": True,
        "swapped": not verify_only,
        "content": str(content),
        "replaced": str(replaced) if replaced else None,
        **timings,
        "seconds": round(time.monotonic() - started, 3),
    }


# -- integrity (防篡改) -------------------------------------------------------------------------------


def _glob_escape(path: str) -> str:
    return re.sub(r"([*?\[\]\\])", r"\\\1", path)


def _quarantine(path: Path, content: Path, quarantine: Path, rel: str) -> None:
    dest = quarantine / rel
    dest.parent.mkdir(parents=True, exist_ok=True)
    if path.is_dir() and not path.is_symlink() and dest.is_dir():
        # some of its entries were set aside already (as "added"): merge the rest, then drop the shell
        for child in list(path.iterdir()):
            _quarantine(child, content, quarantine, f"{rel}/{child.name}")
        path.rmdir()
        return
    os.rename(path, dest)


def _repair(
    repo: Repository, snap: Snapshot, manifest: mf.Manifest, content: Path, diff: mf.Diff, progress: Progress
) -> dict[str, Any]:
    entries = manifest.entries
    quarantine = _free_name(content.with_name(f"{content.name}.quarantine-{_stamp()}"))
    moved: list[str] = []
    # 1. Move what an attacker added or changed out of the docroot, for forensics (deepest first).
    for rel in sorted(diff.added, key=lambda p: p.count("/"), reverse=True):
        path = content / rel
        if os.path.lexists(path):
            if path.is_dir() and not path.is_symlink():
                try:
                    path.rmdir()  # its files went before it (deepest first); keep the empty shell out too
                    (quarantine / rel).mkdir(parents=True, exist_ok=True)
                    continue
                except OSError:
                    pass
            _quarantine(path, content, quarantine, rel)
            moved.append(rel)
    fetch: list[str] = []
    for rel in diff.modified:
        want = entries[rel]
        path = content / rel
        have_dir = path.is_dir() and not path.is_symlink()
        if want.type == "dir" and have_dir:
            os.chmod(path, want.mode)  # only the mode differs
            continue
        if os.path.lexists(path):  # an added tree in its place may have gone to quarantine already
            _quarantine(path, content, quarantine, rel)
            moved.append(rel)
        fetch.append(rel)
    fetch += diff.deleted
    # 2. Fetch the missing and tampered entries from the snapshot, verify each, move each into place.
    restored_count = 0
    if fetch:
        scratch = Path(tempfile.mkdtemp(prefix=f".{content.name}.repair-", dir=content.parent))
        try:
            root = manifest.snapshot_path.rstrip("/")
            files = [p for p in fetch if entries[p].type != "dir"]
            # restic matches every include against every node: past a few hundred, a full restore is faster
            includes = None if len(files) > 300 else [_glob_escape(f"{root}/{p}") for p in files]
            if files:
                progress(f"fetching {len(files)} files from snapshot {snap.short_id}")
                repo.restore(snap.id, scratch, includes)
            src_root = scratch / root.lstrip("/")
            for rel in sorted(fetch, key=lambda p: (p.count("/"), p)):
                want = entries[rel]
                dest = content / rel
                if want.type == "dir":
                    dest.mkdir(parents=True, exist_ok=True)
                    os.chmod(dest, want.mode)
                    continue
                src = src_root / rel
                if want.type == "file" and mf.sha256_file(str(src)) != want.sha256:
                    raise BackupError(f"the snapshot's copy of {rel} does not match the manifest", "verify-failed")
                dest.parent.mkdir(parents=True, exist_ok=True)
                os.replace(src, dest)
                if want.type == "file":
                    os.chmod(dest, want.mode)
                restored_count += 1
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
    after = mf.compare(manifest, mf.build(content))
    return {
        "quarantine": str(quarantine) if quarantine.exists() else None,
        "moved_aside": moved,
        "restored": restored_count,
        "clean_after_repair": after.clean,
        "remaining": after.to_json(),
    }


def integrity(
    repo: Repository,
    site_id: str,
    content: Path,
    *,
    snapshot: str | None = None,
    before: datetime | None = None,
    repair: bool = False,
    progress: Progress = log,
) -> dict[str, Any]:
    """Compare the live content with the manifest of the latest (or a chosen) snapshot; optionally repair.

    If a scheduled backup ran after the defacement, "latest" holds the defaced files: choose a snapshot
    from before the compromise with ``snapshot`` or ``before``.
    """
    started = time.monotonic()
    content = Path(os.path.abspath(content))
    if not content.is_dir():
        raise BackupError(f"content directory {content} does not exist", "usage")
    snap = resolve_snapshot(repo, site_id, snapshot, before)
    manifest = load_manifest(repo, snap, site_id)
    progress(f"checking {content} against snapshot {snap.short_id} ({snap.time.isoformat()})")
    diff = mf.compare(manifest, mf.build(content, progress=lambda d, t: progress(f"  hashed {d}/{t} files")))
    result: dict[str, Any] = {
        "site": site_id,
        "snapshot": snap.id,
        "snapshot_time": snap.time.isoformat(),
        "clean": diff.clean,
        **diff.to_json(),
    }
    if repair and not diff.clean:
        result["repair"] = _repair(repo, snap, manifest, content, diff, progress)
    result["seconds"] = round(time.monotonic() - started, 3)
    return result


# -- drill -----------------------------------------------------------------------------------------


def drill(
    repo: Repository,
    site_id: str,
    scratch_root: Path,
    *,
    record: Path | None = None,
    record_in_repository: bool = True,
    check_space: bool = True,
    progress: Progress = log,
) -> dict[str, Any]:
    """Restore the latest snapshot into scratch, verify it, time it, record the result as one JSON line
    (to ``record``, and in the repository itself, see ``record_drill``)."""
    started = time.monotonic()
    scratch_root.mkdir(parents=True, exist_ok=True)
    snap = resolve_snapshot(repo, site_id)
    manifest = load_manifest(repo, snap, site_id)
    scratch = Path(tempfile.mkdtemp(prefix=f"drill-{site_id}-", dir=scratch_root))
    result: dict[str, Any] = {
        "at": _now().isoformat(),
        "site": site_id,
        "snapshot": snap.id,
        "snapshot_time": snap.time.isoformat(),
        "snapshot_age_hours": round((_now() - snap.time).total_seconds() / 3600, 2),
        "files": manifest.files,
        "bytes": manifest.bytes,
    }
    try:
        _, timings = _restore_verified(repo, snap, manifest, scratch, progress, check_space)
        result.update(verified=True, **timings)
    except (BackupError, ResticError) as exc:
        result.update(verified=False, error=str(exc))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    result["seconds"] = round(time.monotonic() - started, 3)
    if record is not None:
        with open(record, "a", encoding="utf-8") as fh:
            fh.write(json.dumps(result, ensure_ascii=False) + "\n")
    if record_in_repository:
        try:
            record_drill(repo, site_id, result)
        except ResticError as exc:
            progress(f"warning: could not record the drill in the repository: {exc}")
    return result


def drill_tag(site_id: str) -> str:
    # Not "site:<id>": a record must never be taken for a content snapshot, nor be pruned by retention.
    return f"drill:{site_id}"


def record_drill(repo: Repository, site_id: str, result: dict[str, Any]) -> None:
    """Keep the drill's result in the site's repository (a tiny stdin snapshot, append-only is enough), so
    the evidence of restore tests (等保: 恢复测试记录) lives next to the backups it tested. Key facts are tags,
    so ``drill_history`` needs one ``restic snapshots`` call."""
    site_tag(site_id)
    ok = "ok" if result.get("verified") else "failed"
    tags = [
        drill_tag(site_id),
        f"result:{ok}",
        f"restored:{str(result.get('snapshot', ''))[:8]}",
        f"files:{result.get('files', 0)}",
        f"seconds:{result.get('seconds', 0)}",
        f"part:{result.get('part', 'content')}",
    ]
    args = ["backup", "--stdin", "--stdin-filename", "sitegroup-drill.json", "--host", f"site-{site_id}"]
    for tag in tags:
        args += ["--tag", tag]
    repo.run(args, input_text=json.dumps(result, ensure_ascii=False) + "\n")


def drill_history(repo: Repository, site_id: str) -> list[dict[str, Any]]:
    """Every recorded drill of this site, oldest first: when, which snapshot, files, seconds, result."""
    site_tag(site_id)
    rows = []
    for snap in repo.snapshots([drill_tag(site_id)]):
        facts = dict(t.split(":", 1) for t in snap.tags if ":" in t)
        rows.append(
            {
                "at": snap.time.isoformat(),
                "part": facts.get("part", "content"),
                "result": facts.get("result"),
                "restored": facts.get("restored"),
                "files": int(facts.get("files", 0)),
                "seconds": float(facts.get("seconds", 0)),
                "record": snap.id,
            }
        )
    return rows


# -- retention -------------------------------------------------------------------------------------


def retention(
    repo: Repository, site_id: str, keep: Retention, *, prune: bool = True, progress: Progress = log
) -> dict[str, Any]:
    """Apply a tier's retention to this site's snapshots (needs credentials that may delete)."""
    tag = site_tag(site_id)
    policy = {"hourly": keep.hourly, "daily": keep.daily, "weekly": keep.weekly, "monthly": keep.monthly}
    if not any(policy.values()):
        raise BackupError("a retention that keeps nothing is refused", "usage")
    progress(
        f"forget {', '.join(f'{k}={v}' for k, v in policy.items() if v)} for {tag}" + (" + prune" if prune else "")
    )
    groups = _retry_if_stale_lock(repo, lambda: repo.forget(tag, policy, False), progress)
    kept = [s["id"] for g in groups for s in g.get("keep") or ()]
    removed = [s["id"] for g in groups for s in g.get("remove") or ()]
    # The database dumps follow the same tier, counted on their own; one prune afterwards frees both.
    db_groups = _retry_if_stale_lock(repo, lambda: repo.forget(database_tag(site_id), policy, prune), progress)
    db_kept = [s["id"] for g in db_groups for s in g.get("keep") or ()]
    db_removed = [s["id"] for g in db_groups for s in g.get("remove") or ()]
    return {
        "site": site_id,
        "policy": policy,
        "kept": len(kept),
        "removed": len(removed),
        "database_kept": len(db_kept),
        "database_removed": len(db_removed),
        "pruned": prune,
    }
