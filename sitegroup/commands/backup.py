"""``sitegroup backup|restore|integrity|drill|retention SITE``: a site's restic backups from the CLI.

The same commands run inside the cluster's CronJobs (``--repo`` + ``--password-file``, see
sitegroup.k8s.backup) and on a responder's laptop (``--env ENV`` takes the site, its tier and its repository
from the validated inventory; ``--repo URL`` works with any restic repository). Progress goes to stderr,
results to stdout (``--format json`` for machines).

Exit codes: 0 done; 1 failed (nothing live changed unless the output says so); 2 usage; 4 integrity check
found differences (and did not repair them).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sitegroup.backup import database, ops
from sitegroup.backup.postgres import DatabaseError
from sitegroup.backup.repositories import offsite_repository, site_repository
from sitegroup.backup.restic import Repository, ResticError, log
from sitegroup.contracts import SITEGROUP_IMAGE
from sitegroup.errors import InventoryError
from sitegroup.k8s import backup as backup_jobs
from sitegroup.model import Retention

EXIT_DIFFERENCES = 4


class UsageError(Exception):
    pass


# -- argument parsing ------------------------------------------------------------------------------


def _common(p: argparse.ArgumentParser, *, site_required: bool = True, content: bool = True) -> None:
    p.add_argument("site", metavar="SITE", nargs=None if site_required else "?", help="the site id")
    src = p.add_argument_group("repository (one of)")
    src.add_argument("--env", metavar="ENV", help="take site, tier and repository from inventories/ENV")
    src.add_argument("--inventory", metavar="PATH", type=Path, help="an inventory folder instead of --env")
    src.add_argument("--repo", metavar="URL", help="any restic repository URL (rest:, s3:, sftp:, a path)")
    p.add_argument(
        "--password-file",
        metavar="FILE",
        type=Path,
        default=os.environ.get("RESTIC_PASSWORD_FILE"),
        help="the repository password (default: $RESTIC_PASSWORD_FILE)",
    )
    if content:
        p.add_argument("--content", metavar="DIR", type=Path, help="the site's content folder (docroot)")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument("--quiet", action="store_true", help="no progress on stderr")


def _snapshot_choice(p: argparse.ArgumentParser, snapshot_help: str, before_help: str) -> None:
    """--snapshot or --before (never both): every restore-like command pins one snapshot of the site."""
    which = p.add_mutually_exclusive_group()
    which.add_argument("--snapshot", metavar="ID", help=snapshot_help)
    which.add_argument("--before", metavar="TIME", help=before_help)
    p.add_argument("--tz", metavar="ZONE", help="time zone for --before without one (default: env or local)")


def _database_options(p: argparse.ArgumentParser, what: str) -> None:
    g = p.add_argument_group("database (PostgreSQL; the connection comes from PGHOST, PGPORT, PGDATABASE, "
                             "PGUSER and PGPASSWORD or PGPASSFILE)")
    g.add_argument("--database", action="store_true", help=what)
    g.add_argument("--scratch", metavar="DIR", type=Path, help="scratch space for the dump (default: a temp folder)")


def _cluster_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--cluster", action="store_true", help="run it as a Kubernetes Job in the site namespace")
    p.add_argument("--dry-run", action="store_true", help="with --cluster: print the Job, apply nothing")
    p.add_argument("--image", default=SITEGROUP_IMAGE, help="with --cluster: the sitegroup image")
    p.add_argument("--content-claim", default="content", help="with --cluster: the content PVC")
    p.add_argument("--content-subpath", default="htdocs", help="with --cluster: the docroot folder in the PVC")


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("backup", help="snapshot a site's content with its manifest (restic)")
    _common(p)
    p.add_argument("--init-if-missing", action="store_true", help="create the repository on first use")
    p.add_argument("--offsite-repo", metavar="URL", help="then copy the site's snapshots there (restic copy)")
    p.add_argument("--time", metavar="TIME", help="the snapshot's time (importing an older copy); default now")
    p.add_argument("--tz", metavar="ZONE", help="time zone for --time without one (default: env or local)")
    _database_options(p, "also dump the site's database (taken first, then the content)")
    p.set_defaults(func=cmd_backup)

    p = subparsers.add_parser("restore", help="restore a pinned snapshot, verified, swapped in atomically")
    _common(p)
    _snapshot_choice(p, "a snapshot id (or 'latest', the default)",
                     "the newest snapshot at or before TIME (ISO 8601)")
    p.add_argument("--verify-only", action="store_true", help="restore to scratch and verify, do not swap")
    _database_options(p, "restore the site's database (PGDATABASE): load beside it, verify, swap the names")
    p.add_argument("--db-snapshot", metavar="ID", help="with --database: pin this database snapshot")
    p.add_argument("--maintenance-db", default="postgres", help="with --database: where CREATE/ALTER DATABASE run")
    _cluster_options(p)
    p.add_argument("--no-content", action="store_true", help="with --cluster --database: the database only")
    p.add_argument("--list", action="store_true", help="list this site's snapshots (id, time) and stop")
    p.add_argument("--no-space-check", action="store_true", help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_restore)

    p = subparsers.add_parser("integrity", help="防篡改: compare live content with the latest snapshot's manifest")
    _common(p)
    _snapshot_choice(p, "compare with this snapshot instead of the latest",
                     "compare with the newest snapshot at or before TIME")
    _cluster_options(p)
    p.add_argument("--repair", action="store_true", help="restore just the differing files, set added ones aside")
    p.set_defaults(func=cmd_integrity)

    p = subparsers.add_parser("drill", help="restore drill: latest snapshot into scratch, verify, time it")
    _common(p, content=False)
    p.add_argument("--scratch", metavar="DIR", type=Path, help="scratch space (default: a temporary folder)")
    p.add_argument("--database", action="store_true",
                   help="also drill the database: into a throwaway database on the server PG* names, never the live "
                        "one")
    p.add_argument("--record", metavar="FILE", type=Path, help="also append the result to FILE as a JSON line")
    p.add_argument("--no-repo-record", action="store_true", help="do not keep the result in the repository")
    p.add_argument("--history", action="store_true", help="list the drills recorded in the repository")
    p.set_defaults(func=cmd_drill)

    p = subparsers.add_parser("retention", help="apply the tier's retention (forget + prune; pruning credentials)")
    _common(p, site_required=False, content=False)
    p.add_argument("--sites-file", metavar="FILE", type=Path, help="one site id a line (the platform prune job)")
    p.add_argument("--repo-prefix", metavar="URL", help="with --sites-file: repositories are URL/<site id>")
    p.add_argument("--password-dir", metavar="DIR", type=Path, help="with --sites-file: one password file per site")
    for unit in ("hourly", "daily", "weekly", "monthly"):
        p.add_argument(f"--keep-{unit}", type=int, metavar="N", help="overrides the tier")
    p.add_argument("--no-prune", action="store_true", help="forget only, do not prune")
    p.set_defaults(func=cmd_retention)


# -- shared helpers --------------------------------------------------------------------------------


def _progress(args: argparse.Namespace):
    return (lambda _msg: None) if args.quiet else log


def _environment(args: argparse.Namespace):
    if not (args.env or args.inventory):
        return None
    from sitegroup.inventory import load_environment  # the lead's loader; imported only when asked for

    return load_environment(path=args.inventory) if args.inventory else load_environment(args.env)


def _repository(args: argparse.Namespace, env, site_id: str) -> Repository:
    if args.repo and env is not None:
        raise UsageError("give --env/--inventory or --repo, not both")
    if args.repo:
        url = args.repo
    elif env is not None:
        url = site_repository(env, env.site(site_id))
    else:
        raise UsageError("where is the repository? give --env ENV or --repo URL")
    if not args.password_file:
        raise UsageError("--password-file FILE (or $RESTIC_PASSWORD_FILE) is required")
    return Repository.from_environment(url, Path(args.password_file))


def _content(args: argparse.Namespace) -> Path:
    if not args.content:
        raise UsageError("--content DIR (the site's content folder) is required")
    return args.content


def _database_allowed(args: argparse.Namespace, env, site_id: str) -> None:
    """With the inventory at hand, refuse --database for a site whose template has no database."""
    if getattr(args, "database", False) and env is not None and not env.site(site_id).template.database:
        raise UsageError(f"site {site_id}'s template ({env.site(site_id).template.name}) has no database")


@contextlib.contextmanager
def _scratch(args: argparse.Namespace, prefix: str):
    if getattr(args, "scratch", None):
        yield Path(args.scratch)
        return
    with tempfile.TemporaryDirectory(prefix=prefix) as tmp:
        yield Path(tmp)


def _zone(args: argparse.Namespace, env):
    name = getattr(args, "tz", None) or (env.platform.timezone if env is not None else None)
    if name:
        return ZoneInfo(name)
    return datetime.now().astimezone().tzinfo


def _parse_time(text: str, zone) -> datetime:
    try:
        when = datetime.fromisoformat(text.strip())
    except ValueError as exc:
        raise UsageError(f"{text!r} is not an ISO 8601 time (e.g. 2026-11-27T08:00 or 2026-11-27 08:00+08:00)") from exc
    return when if when.tzinfo else when.replace(tzinfo=zone)


def _emit(args: argparse.Namespace, result: dict[str, Any], lines: list[str]) -> None:
    if args.format == "json":
        print(json.dumps(result, ensure_ascii=False))
    else:
        for line in lines:
            print(line)


def _run(args: argparse.Namespace, body) -> int:
    try:
        return body()
    except UsageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except InventoryError as exc:
        print(f"error: the inventory is not valid:\n{exc}", file=sys.stderr)
        return 2
    except KeyError as exc:  # env.site(): unknown site id
        print(f"error: {exc.args[0] if exc.args else exc}", file=sys.stderr)
        return 2
    except (ops.BackupError, ResticError, DatabaseError) as exc:
        kind = getattr(exc, "kind", "error")
        print(f"error: {exc}", file=sys.stderr)
        if kind not in ("usage", "partial") and args.command == "restore":
            print("nothing live was changed.", file=sys.stderr)
        if args.format == "json":
            print(json.dumps({"error": str(exc), "kind": kind}, ensure_ascii=False))
        return 2 if kind == "usage" else 1


def _site_id(args: argparse.Namespace, env) -> str:
    if not args.site:
        raise UsageError("SITE is required")
    site_id = args.site
    ops.site_tag(site_id)  # validates
    if env is not None:
        env.site(site_id)  # must exist in the inventory
    return site_id


# -- commands --------------------------------------------------------------------------------------


def cmd_backup(args: argparse.Namespace) -> int:
    def body() -> int:
        env = _environment(args)
        site_id = _site_id(args, env)
        repo = _repository(args, env, site_id)
        when = _parse_time(args.time, _zone(args, env)) if args.time else None
        progress = _progress(args)
        tags: tuple[str, ...] = ()
        if env is not None:
            tags = (f"tier:{env.site(site_id).backup.name}",)
        if not (args.content or args.database):
            raise UsageError("what to back up? give --content DIR and/or --database")
        _database_allowed(args, env, site_id)
        result: dict[str, Any] = {"site": site_id}
        init = args.init_if_missing
        if args.database:  # first: content published after the dump may be extra, never missing
            with _scratch(args, "sitegroup-dump-") as scratch:
                result["database"] = database.backup_database(
                    repo, site_id, scratch, init_if_missing=init, when=when, extra_tags=tags, progress=progress
                )
            init = False
        if args.content:
            result.update(
                ops.backup(
                    repo, site_id, _content(args), init_if_missing=init, when=when, extra_tags=tags, progress=progress
                )
            )
        offsite_url = args.offsite_repo
        if offsite_url is None and env is not None:
            offsite_url = offsite_repository(env, env.site(site_id))
        if offsite_url:
            offsite = Repository.from_environment(offsite_url, repo.password_file, prefix="SITEGROUP_OFFSITE_REST_")
            result["offsite"] = ops.copy_offsite(repo, offsite, site_id, progress)
        lines = []
        if "database" in result:
            d = result["database"]
            lines.append(
                f"database snapshot {d['snapshot']} of site {site_id}: {d['database']}, {d['tables']} tables, "
                f"{d['rows']} rows, {d['bytes'] / 2**20:.1f} MiB dump, {d['seconds']} s"
            )
        if "snapshot" in result:
            lines.append(
                f"snapshot {result['snapshot']} of site {site_id}: {result['files']} files, "
                f"{result['bytes'] / 2**20:.1f} MiB, {result['seconds']} s"
            )
        if "offsite" in result:
            lines.append(f"off-site copy: {result['offsite']['offsite_snapshots']} snapshots")
        _emit(args, result, lines)
        return 0

    return _run(args, body)


def cmd_restore(args: argparse.Namespace) -> int:
    def body() -> int:
        env = _environment(args)
        site_id = _site_id(args, env)
        before = _parse_time(args.before, _zone(args, env)) if args.before else None
        if args.cluster:
            return _in_cluster(args, env, site_id, "restore", before)
        repo = _repository(args, env, site_id)
        if args.list:
            rows = []
            for part in ("content", "database"):
                for x in repo.snapshots([ops.part_tag(site_id, part)]):
                    rows.append({"id": x.id, "time": x.time.isoformat(), "part": part, "tags": list(x.tags)})
            rows.sort(key=lambda r: r["time"])
            lines = [f"{r['id']}  {r['time']}  {r['part']}" for r in rows]
            _emit(args, {"site": site_id, "snapshots": rows}, lines)
            return 0
        if not (args.content or args.database):
            raise UsageError("what to restore? give --content DIR and/or --database")
        if args.db_snapshot and not args.database:
            raise UsageError("--db-snapshot needs --database")
        if args.snapshot and not args.content:
            raise UsageError("--snapshot pins the content; pin the database with --db-snapshot ID")
        if args.db_snapshot and args.before:
            raise UsageError("give either --db-snapshot or --before, not both")
        _database_allowed(args, env, site_id)
        progress = _progress(args)
        result: dict[str, Any] = {"site": site_id}
        lines: list[str] = []
        if args.database:
            # The database first: if its restore fails, nothing of the site changed at all.
            with _scratch(args, "sitegroup-dbrestore-") as scratch:
                d = database.restore_database(
                    repo, site_id, scratch, snapshot=args.db_snapshot, before=before, verify_only=args.verify_only,
                    maintenance_db=args.maintenance_db, check_space=not args.no_space_check, progress=progress,
                )
            result["database"] = d
            lines += [
                f"database snapshot {d['snapshot']} ({d['snapshot_time']})",
                f"verified {d['tables']} tables, {d['rows']} rows against the manifest",
            ]
            if d["swapped"]:
                lines.append(f"database {d['database']} restored; replaced database kept as {d['replaced']} "
                             "(connections refused)")
        if args.content:
            try:
                result.update(
                    ops.restore(
                        repo, site_id, _content(args), snapshot=args.snapshot, before=before,
                        verify_only=args.verify_only, check_space=not args.no_space_check, progress=progress,
                    )
                )
            except (ops.BackupError, ResticError) as exc:
                if args.database and result["database"]["swapped"]:
                    raise ops.BackupError(
                        f"{exc}\nthe DATABASE WAS RESTORED (the replaced one is kept as "
                        f"{result['database']['replaced']}); the live content is unchanged",
                        "partial",
                    ) from exc
                raise
            lines += [
                f"snapshot {result['snapshot']} ({result['snapshot_time']})",
                f"verified {result['files']} files, {result['bytes'] / 2**20:.1f} MiB against the manifest",
            ]
            if result["swapped"]:
                lines.append(f"restored into {result['content']} in {result['seconds']} s")
                if result["replaced"]:
                    lines.append(f"replaced content kept for forensics at {result['replaced']}")
        if args.verify_only:
            parts = " and ".join(p for p, on in (("content", args.content), ("database", args.database)) if on)
            lines.append(f"--verify-only: live {parts} untouched")
        _emit(args, result, lines)
        return 0

    return _run(args, body)


def _in_cluster(args: argparse.Namespace, env, site_id: str, command: str, before: datetime | None) -> int:
    if env is None:
        raise UsageError("--cluster needs --env ENV (the Job is built from the site's inventory entry)")
    site = env.site(site_id)
    use_database = command == "restore" and args.database
    with_content = not (command == "restore" and args.no_content)
    if not (use_database or with_content):
        raise UsageError("--no-content needs --database: there would be nothing to restore")
    if use_database:
        _database_allowed(args, env, site_id)

    def pinned(given: str | None, part: str) -> str:
        # Pin it here: the Job must not decide on "latest" by itself, hours after the responder looked.
        if given and re.fullmatch(r"[0-9a-f]{64}", given):
            return given
        return ops.resolve_snapshot(_repository(args, env, site_id), site_id, given, before, part=part).id

    snapshot = pinned(args.snapshot, "content") if with_content else None
    db_snapshot = pinned(args.db_snapshot, "database") if use_database else None
    name = f"{command}-{datetime.now().strftime('%Y%m%d-%H%M%S')}"
    options = {
        "name": name,
        "image": args.image,
        "content_claim": args.content_claim,
        "content_subpath": args.content_subpath,
    }
    if command == "restore":
        job = backup_jobs.restore_job(site, env, snapshot, verify_only=args.verify_only, database=use_database,
                                      db_snapshot=db_snapshot, **options)
    else:
        job = backup_jobs.integrity_job(site, env, snapshot, repair=args.repair, **options)
    if args.dry_run:
        print(json.dumps(job, ensure_ascii=False, indent=2))
        return 0
    kubectl = shutil.which("kubectl")
    if kubectl is None:
        raise ops.BackupError(
            "kubectl not found: install it and point KUBECONFIG at the cluster, or add --dry-run and apply "
            "the printed Job with your own tooling (docs/runbooks/restore.md)",
            "usage",
        )
    log(f"creating Job {site.namespace}/{name} for snapshot {snapshot}"
        + (f" and database snapshot {db_snapshot}" if db_snapshot else ""))
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as fh:
        json.dump(job, fh)
    try:
        subprocess.run([kubectl, "create", "-f", fh.name], check=True)
    finally:
        os.unlink(fh.name)
    subprocess.run(
        [
            kubectl,
            "-n",
            site.namespace,
            "wait",
            "--for=condition=ready",
            "pod",
            "-l",
            f"job-name={name}",
            "--timeout=15m",
        ],
        check=False,
        capture_output=True,
    )
    subprocess.run([kubectl, "-n", site.namespace, "logs", "-f", f"job/{name}"], check=False)
    done = subprocess.run(
        [kubectl, "-n", site.namespace, "wait", "--for=condition=complete", f"job/{name}", "--timeout=4h"],
        check=False,
    )
    return 0 if done.returncode == 0 else 1


def cmd_integrity(args: argparse.Namespace) -> int:
    def body() -> int:
        env = _environment(args)
        site_id = _site_id(args, env)
        if args.cluster:
            before = _parse_time(args.before, _zone(args, env)) if args.before else None
            return _in_cluster(args, env, site_id, "integrity", before)
        repo = _repository(args, env, site_id)
        result = ops.integrity(
            repo,
            site_id,
            _content(args),
            snapshot=args.snapshot,
            before=_parse_time(args.before, _zone(args, env)) if args.before else None,
            repair=args.repair,
            progress=_progress(args),
        )
        lines = [f"site {site_id} against snapshot {result['snapshot'][:8]} ({result['snapshot_time']}):"]
        if result["clean"]:
            lines.append("clean: every file matches the manifest")
        for key, label in (("modified", "MODIFIED"), ("added", "ADDED"), ("deleted", "DELETED")):
            lines += [f"{label}\t{p}" for p in result[key]]
        repair = result.get("repair")
        if repair:
            lines.append(
                f"repaired: {repair['restored']} restored, {len(repair['moved_aside'])} set aside in "
                f"{repair['quarantine']}; clean now: {repair['clean_after_repair']}"
            )
        _emit(args, result, lines)
        if result["clean"]:
            return 0
        if repair:
            return 0 if repair["clean_after_repair"] else 1
        return EXIT_DIFFERENCES

    return _run(args, body)


def cmd_drill(args: argparse.Namespace) -> int:
    def body() -> int:
        env = _environment(args)
        site_id = _site_id(args, env)
        repo = _repository(args, env, site_id)
        if args.history:
            rows = ops.drill_history(repo, site_id)
            lines = [
                f"{r['at']}  {r['result']:<6}  snapshot {r['restored']}  {r['files']} files  {r['seconds']} s"
                for r in rows
            ]
            _emit(args, {"site": site_id, "drills": rows}, lines or [f"no drill recorded for {site_id}"])
            return 0
        _database_allowed(args, env, site_id)
        options = {"record": args.record, "record_in_repository": not args.no_repo_record}
        with _scratch(args, "sitegroup-drill-") as scratch:
            result = ops.drill(repo, site_id, scratch, progress=_progress(args), **options)
            if args.database:
                d = database.drill_database(repo, site_id, scratch, progress=_progress(args))
                _record(d, args, repo, site_id)
                result["database"] = d
        if result["verified"]:
            lines = [
                f"drill {site_id}: snapshot {result['snapshot'][:8]} restored and verified "
                f"({result['files']} files) in {result['restore_seconds'] + result['verify_seconds']:.1f} s"
            ]
        else:
            lines = [f"drill {site_id}: FAILED: {result.get('error')}"]
        d = result.get("database")
        if d and d["verified"]:
            lines.append(
                f"drill {site_id} database: snapshot {d['snapshot'][:8]} loaded and verified ({d['tables']} tables, "
                f"{d['rows']} rows) in {d['restore_seconds'] + d['verify_seconds']:.1f} s"
            )
        elif d:
            lines.append(f"drill {site_id} database: FAILED: {d.get('error')}")
        _emit(args, result, lines)
        return 0 if result["verified"] and (d is None or d["verified"]) else 1

    return _run(args, body)


def _record(result: dict[str, Any], args: argparse.Namespace, repo: Repository, site_id: str) -> None:
    """Record a database drill as ops.drill records a content drill: a JSON line and/or in the repository."""
    if args.record is not None:
        with open(args.record, "a", encoding="utf-8") as fh:
            fh.write(json.dumps(result, ensure_ascii=False) + "\n")
    if not args.no_repo_record:
        try:
            ops.record_drill(repo, site_id, result)
        except ResticError as exc:
            log(f"warning: could not record the database drill in the repository: {exc}")


def _keep(args: argparse.Namespace, tier_retention: Retention | None) -> Retention:
    base = tier_retention or Retention(0, 0, 0, 0)
    values = {}
    for unit in ("hourly", "daily", "weekly", "monthly"):
        given = getattr(args, f"keep_{unit}")
        values[unit] = given if given is not None else getattr(base, unit)
        if values[unit] < 0:
            raise UsageError(f"--keep-{unit} must be >= 0")
    if tier_retention is None and not any(values.values()):
        raise UsageError("give --env (the site's tier) or --keep-hourly/daily/weekly/monthly")
    return Retention(**values)


def cmd_retention(args: argparse.Namespace) -> int:
    def body() -> int:
        env = _environment(args)
        progress = _progress(args)
        if args.sites_file:
            if not (args.repo_prefix and args.password_dir):
                raise UsageError("--sites-file needs --repo-prefix URL and --password-dir DIR")
            keep = _keep(args, None)
            results, failed = [], 0
            for site_id in args.sites_file.read_text(encoding="utf-8").split():
                ops.site_tag(site_id)  # a DNS label, not a path: it names a password file below
                repo = Repository.from_environment(
                    f"{args.repo_prefix.rstrip('/')}/{site_id}", args.password_dir / site_id
                )
                try:
                    results.append(ops.retention(repo, site_id, keep, prune=not args.no_prune, progress=progress))
                except (ops.BackupError, ResticError) as exc:
                    if getattr(exc, "kind", "") == "no-repository":  # a new site, never backed up yet
                        results.append({"site": site_id, "skipped": "no repository yet"})
                        continue
                    failed += 1
                    results.append({"site": site_id, "error": str(exc)})
                    log(f"error: {site_id}: {exc}")
            _emit(
                args,
                {"results": results, "failed": failed},
                [
                    f"{r['site']}: "
                    + (r.get("error") or r.get("skipped") or f"kept {r['kept']}, removed {r['removed']}")
                    for r in results
                ],
            )
            return 1 if failed else 0
        site_id = _site_id(args, env)
        repo = _repository(args, env, site_id)
        keep = _keep(args, env.site(site_id).backup.retention if env is not None else None)
        result = ops.retention(repo, site_id, keep, prune=not args.no_prune, progress=progress)
        _emit(args, result, [f"{site_id}: kept {result['kept']}, removed {result['removed']} snapshots"])
        return 0

    return _run(args, body)
