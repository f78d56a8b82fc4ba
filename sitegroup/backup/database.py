"""Backup, restore and drill of a site's CMS database (PostgreSQL), in the site's own restic repository.

A database snapshot holds two files at its root: ``database.pgdump`` (pg_dump, custom format) and
``database.json``, the manifest: the dump's size and sha256 and the fingerprint of the data it holds (see
sitegroup.backup.postgres). It is tagged ``db:<site>`` (never ``site:<site>``, so content restores cannot
pick it) and taken with the site's hostname, next to the content snapshots in the same repository; retention
and the off-site copy treat both parts alike.

The dump is written to scratch space and checked (pg_dump's exit code) before anything reaches the
repository: a failed or cut-off dump never becomes a snapshot.

Restore mirrors the content restore: pick one pinned snapshot, fetch the dump into scratch and check its
sha256, load it into a new database next to the live one, compare its fingerprint with the manifest's, then
swap the names in one transaction and keep the replaced database (connections refused) for forensics.
Nothing live changes before the swap; a failure before it drops the new database again.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
from datetime import datetime
from pathlib import Path
from typing import Any

from sitegroup.backup import manifest as mf
from sitegroup.backup import ops, postgres
from sitegroup.backup.postgres import DatabaseError, Fingerprint
from sitegroup.backup.restic import Repository, ResticError, Snapshot, log

DUMP_NAME = "database.pgdump"
MANIFEST_NAME = "database.json"
FORMAT = "sitegroup-database/1"
NAME_BYTES = 63  # PostgreSQL's NAMEDATALEN - 1: longer names would be cut silently by the server

Progress = ops.Progress


def _stamp() -> str:
    return ops._now().strftime("%Y%m%dt%H%M%Sz")


def side_name(live: str, kind: str, stamp: str) -> str:
    """``<live>_<kind>_<stamp>``, the live name shortened (by whole characters) to fit 63 bytes."""
    suffix = f"_{kind}_{stamp}"
    room = NAME_BYTES - len(suffix.encode())
    head = live
    while len(head.encode()) > room:
        head = head[:-1]
    return head + suffix


def _sha256_and_size(path: Path) -> tuple[str, int]:
    return mf.sha256_file(str(path)), path.stat().st_size


# -- backup ----------------------------------------------------------------------------------------------------


def backup_database(
    repo: Repository,
    site_id: str,
    scratch_root: Path,
    *,
    init_if_missing: bool = False,
    when: datetime | None = None,
    extra_tags: tuple[str, ...] = (),
    progress: Progress = log,
) -> dict[str, Any]:
    """Dump the PGDATABASE database with its fingerprint and snapshot both; return the snapshot id and figures."""
    tag = ops.database_tag(site_id)
    started = time.monotonic()
    try:
        postgres.target_database()
    except DatabaseError as exc:
        raise _errors_as_backup_errors(exc) from exc
    scratch_root.mkdir(parents=True, exist_ok=True)
    if init_if_missing and not repo.exists():
        progress(f"initialising repository for site {site_id}")
        repo.init()
    # Also fails on a wrong password or a missing repository, before anything is dumped.
    previous = repo.snapshots([tag])
    stage = Path(tempfile.mkdtemp(prefix="sitegroup-db-", dir=scratch_root))
    try:
        dump_file = stage / DUMP_NAME
        try:
            fp, info = postgres.dump(dump_file, progress)
        except OSError as exc:
            raise ops.BackupError(f"cannot write the dump into {scratch_root}: {exc}", "no-space") from exc
        dumped = time.monotonic()
        sha256, size = _sha256_and_size(dump_file)
        manifest = {
            "format": FORMAT,
            "site": site_id,
            "created": (when or ops._now()).isoformat(),
            "engine": "postgresql",
            **info,
            "dump": {"file": DUMP_NAME, "format": "pg_dump custom, uncompressed", "bytes": size, "sha256": sha256},
            **fp.to_json(),
        }
        (stage / MANIFEST_NAME).write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
        progress(f"dump: {size / 2**20:.1f} MiB, {len(fp.tables)} tables, {fp.rows} rows; storing it")
        snap_id, summary = ops.store(repo, site_id, tag, stage, [DUMP_NAME, MANIFEST_NAME],
                                     parent=previous[-1].id if previous else None, when=when, extra_tags=extra_tags,
                                     progress=progress)
    finally:
        shutil.rmtree(stage, ignore_errors=True)
    return {
        "site": site_id,
        "part": "database",
        "snapshot": snap_id,
        "database": info["database"],
        "tables": len(fp.tables),
        "rows": fp.rows,
        "bytes": size,
        "data_added": summary.get("data_added"),
        "dump_seconds": round(dumped - started, 3),
        "seconds": round(time.monotonic() - started, 3),
    }


# -- reading a snapshot back -----------------------------------------------------------------------------------


def load_manifest(repo: Repository, snap: Snapshot, site_id: str) -> dict[str, Any]:
    try:
        raw = repo.dump(snap.id, "/" + MANIFEST_NAME)
    except ResticError as exc:
        raise ops.BackupError(f"snapshot {snap.short_id} has no database manifest: {exc}", "no-manifest") from exc
    try:
        data = json.loads(raw)
    except ValueError as exc:
        raise ops.BackupError(f"snapshot {snap.short_id}: the database manifest is not JSON", "verify-failed") from exc
    if data.get("format") != FORMAT:
        raise ops.BackupError(f"snapshot {snap.short_id}: unknown database manifest format {data.get('format')!r}")
    if data.get("site") != site_id:  # a second guard behind the tag filter
        raise ops.BackupError(f"snapshot {snap.short_id} belongs to site {data.get('site')!r}, not {site_id!r}")
    return data


def _fetch_dump(
    repo: Repository, snap: Snapshot, manifest: dict[str, Any], scratch: Path, progress: Progress, check_space: bool
) -> Path:
    """Restore the dump into ``scratch`` and check its bytes against the manifest."""
    want = manifest["dump"]
    if check_space:
        st = os.statvfs(scratch)
        free = st.f_bavail * st.f_frsize
        if free < want["bytes"] + (16 << 20):
            raise ops.BackupError(
                f"not enough space in {scratch}: the dump needs {want['bytes'] >> 20} MiB, {free >> 20} MiB free",
                "no-space",
            )
    progress(f"fetching the dump of snapshot {snap.short_id} ({want['bytes'] / 2**20:.1f} MiB)")
    try:
        repo.restore(snap.id, scratch, ["/" + DUMP_NAME])
    except ResticError as exc:
        if exc.kind == "no-space":
            raise ops.BackupError(f"no space left in {scratch} for the dump; nothing live changed", "no-space") from exc
        raise
    path = scratch / DUMP_NAME
    if not path.is_file():
        raise ops.BackupError(f"snapshot {snap.short_id} holds no {DUMP_NAME}", "verify-failed")
    sha256, size = _sha256_and_size(path)
    if (sha256, size) != (want["sha256"], want["bytes"]):
        raise ops.BackupError(f"the dump in snapshot {snap.short_id} does not match its manifest (sha256/size)",
                              "verify-failed")
    return path


def _load_verified(dump_file: Path, database: str, manifest: dict[str, Any], progress: Progress) -> dict[str, Any]:
    """Load into the (new, empty) ``database`` and compare its fingerprint with the manifest's."""
    t0 = time.monotonic()
    progress(f"loading it into database {database}")
    postgres.load(dump_file, database)
    t1 = time.monotonic()
    want = Fingerprint.from_json(manifest)
    progress(f"verifying {len(want.tables)} tables, {want.rows} rows against the manifest")
    differences = want.differences(postgres.fingerprint_of(database))
    t2 = time.monotonic()
    if differences:
        raise ops.BackupError(
            f"database verification failed: {len(differences)} differences (e.g. {differences[:3]})", "verify-failed"
        )
    return {"tables": len(want.tables), "rows": want.rows, "load_seconds": round(t1 - t0, 3),
            "verify_seconds": round(t2 - t1, 3)}


def _errors_as_backup_errors(exc: DatabaseError) -> ops.BackupError:
    kind = "usage" if exc.kind == "usage" else "database"
    return ops.BackupError(str(exc), kind)


# -- restore ---------------------------------------------------------------------------------------------------


def restore_database(
    repo: Repository,
    site_id: str,
    scratch_root: Path,
    *,
    snapshot: str | None = None,
    before: datetime | None = None,
    verify_only: bool = False,
    maintenance_db: str = "postgres",
    check_space: bool = True,
    progress: Progress = log,
) -> dict[str, Any]:
    """Restore one pinned database snapshot next to the live database (PGDATABASE), verify it, swap it in."""
    started = time.monotonic()
    try:
        live = postgres.target_database()
        snap = ops.resolve_snapshot(repo, site_id, snapshot, before, part="database")
        progress(f"database snapshot {snap.id} taken {snap.time.isoformat()} (site {site_id})")
        manifest = load_manifest(repo, snap, site_id)
        stamp = _stamp()
        restored, replaced = side_name(live, "restore", stamp), side_name(live, "replaced", stamp)
        scratch_root.mkdir(parents=True, exist_ok=True)
        scratch = Path(tempfile.mkdtemp(prefix="sitegroup-dbrestore-", dir=scratch_root))
        created = swapped = False
        try:
            dump_file = _fetch_dump(repo, snap, manifest, scratch, progress, check_space)
            postgres.create_database(restored, maintenance_db)
            created = True
            figures = _load_verified(dump_file, restored, manifest, progress)
            if not verify_only:
                progress(f"swapping {restored} in as {live}; the replaced database is kept as {replaced}")
                postgres.swap(live, restored, replaced, maintenance_db)
                swapped = True
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
            if created and not swapped:
                try:
                    postgres.drop_database(restored, maintenance_db)
                except DatabaseError as exc:  # the original failure matters more; say what is left over
                    progress(f"warning: could not drop {restored}: {exc}")
    except DatabaseError as exc:
        raise _errors_as_backup_errors(exc) from exc
    return {
        "site": site_id,
        "part": "database",
        "snapshot": snap.id,
        "snapshot_time": snap.time.isoformat(),
        "database": live,
        "verified": True,
        "swapped": swapped,
        "replaced": replaced if swapped else None,
        **figures,
        "seconds": round(time.monotonic() - started, 3),
    }


# -- drill -----------------------------------------------------------------------------------------------------


def drill_database(
    repo: Repository,
    site_id: str,
    scratch_root: Path,
    *,
    check_space: bool = True,
    progress: Progress = log,
) -> dict[str, Any]:
    """Load the latest database snapshot into a throwaway database on the server the libpq environment names
    (in the cluster: a PostgreSQL inside the drill pod, never the live one), verify it, time it, drop it."""
    started = time.monotonic()
    result: dict[str, Any] = {"at": ops._now().isoformat(), "site": site_id, "part": "database"}
    scratch_root.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="sitegroup-dbdrill-", dir=scratch_root))
    name, created = f"sitegroup_drill_{_stamp()}", False
    try:
        maintenance_db = postgres.target_database()
        snap = ops.resolve_snapshot(repo, site_id, part="database")
        manifest = load_manifest(repo, snap, site_id)
        result.update(
            snapshot=snap.id,
            snapshot_time=snap.time.isoformat(),
            snapshot_age_hours=round((ops._now() - snap.time).total_seconds() / 3600, 2),
            files=len(manifest["tables"]),
            bytes=manifest["dump"]["bytes"],
        )
        dump_file = _fetch_dump(repo, snap, manifest, scratch, progress, check_space)
        postgres.create_database(name, maintenance_db)
        created = True
        figures = _load_verified(dump_file, name, manifest, progress)
        result.update(verified=True, restore_seconds=figures["load_seconds"],
                      verify_seconds=figures["verify_seconds"], tables=figures["tables"], rows=figures["rows"])
    except (ops.BackupError, ResticError, DatabaseError) as exc:
        result.update(verified=False, error=str(exc))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
        if created:
            try:
                postgres.drop_database(name, maintenance_db)
            except DatabaseError as exc:
                progress(f"warning: could not drop the drill database {name}: {exc}")
    result["seconds"] = round(time.monotonic() - started, 3)
    return result
