"""``sitegroup backup-status``: is every site backed up within its tier's RPO and restore-drilled within its
tier's drill interval, and did the newest drill pass? (sitegroup.backup.status; docs/runbooks/backup-status.md)

    sitegroup backup-status --env prod --password-dir DIR                    # every serving site
    sitegroup backup-status SITE --env prod --password-file FILE             # one site
    sitegroup backup-status --sites-file sites.json --repo-prefix URL --password-dir DIR   # the platform job

Exit codes: 0 every site is fine; 1 at least one finding (so the daily CronJob fails and alerts); 2 usage.
"""

from __future__ import annotations

import argparse
import os
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sitegroup.backup import ops, status
from sitegroup.backup.repositories import site_repository
from sitegroup.backup.restic import Repository, log
from sitegroup.commands.backup import UsageError, _emit, _environment, _run


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "backup-status",
        help="is every site backed up within its tier's RPO and restore-drilled on time? (exit 1: findings)",
        description="For every site: the newest backup, database dump and restore drill against the tier's "
                    "rpo_hours and drill_every_days. One read of each repository (restic snapshots --no-lock). "
                    "Exit 0: all fine; 1: findings; 2: usage.",
    )
    p.add_argument("sites", metavar="SITE", nargs="*", help="only these sites (default: every serving site)")
    src = p.add_argument_group("sites, tiers and repositories (one of)")
    src.add_argument("--env", metavar="ENV", help="from inventories/ENV; repositories as the cluster's jobs use them")
    src.add_argument("--inventory", metavar="PATH", type=Path, help="an inventory folder instead of --env")
    src.add_argument("--sites-file", metavar="FILE", type=Path,
                     help="the expectations JSON the platform renders (ConfigMap backup-status-sites)")
    p.add_argument("--repo-prefix", metavar="URL",
                   help="repositories are URL/<site id> (required with --sites-file; with --env it overrides "
                        "platform.backup_repository, e.g. through a port-forward)")
    p.add_argument("--password-file", metavar="FILE", type=Path, default=os.environ.get("RESTIC_PASSWORD_FILE"),
                   help="one site's repository password (default: $RESTIC_PASSWORD_FILE)")
    p.add_argument("--password-dir", metavar="DIR", type=Path, help="one password file per site, named by its id")
    p.add_argument("--rest-password-dir", metavar="DIR", type=Path,
                   help="REST credentials per site: user = the site id (its own append-only user), password "
                        "from DIR/<site id>; default: $RESTIC_REST_USERNAME / $RESTIC_REST_PASSWORD for all")
    p.add_argument("--grace-minutes", metavar="N", type=int, default=status.DEFAULT_GRACE_MINUTES,
                   help="allowed on top of the RPO: the CronJob's start delay and one backup run "
                        f"(default {status.DEFAULT_GRACE_MINUTES})")
    p.add_argument("--drill-grace-hours", metavar="N", type=int, default=status.DEFAULT_DRILL_GRACE_HOURS,
                   help="allowed on top of the drill interval: a drill runs up to 6 h "
                        f"(default {status.DEFAULT_DRILL_GRACE_HOURS})")
    p.add_argument("--jobs", metavar="N", type=int, default=4, help="repositories read at once (default 4)")
    p.add_argument("--tz", metavar="ZONE", help="time zone of the text report (default: the environment's)")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument("--quiet", action="store_true", help="no progress on stderr")
    p.set_defaults(func=cmd_backup_status)


def _read_sites_file(path: Path) -> tuple[list[status.Expectation], dict[str, Any]]:
    try:
        return status.read_expectations(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise UsageError(f"cannot read --sites-file {path}: {exc.strerror}") from exc
    except ValueError as exc:
        raise UsageError(f"--sites-file {path}: {exc}") from exc


def _select(expected: list[status.Expectation], wanted: list[str], where: str) -> list[status.Expectation]:
    if not wanted:
        return expected
    known = {e.site: e for e in expected}
    for site_id in wanted:
        ops.site_tag(site_id)
        if site_id not in known:
            raise UsageError(f"site {site_id!r} is not a serving site of {where}")
    return [known[s] for s in dict.fromkeys(wanted)]


def _password(args: argparse.Namespace, site_id: str, several: bool) -> Path:
    if args.password_dir:
        return args.password_dir / site_id
    if several:
        raise UsageError("--password-file is one site's password; for several sites give --password-dir DIR")
    if not args.password_file:
        raise UsageError("--password-file FILE (or $RESTIC_PASSWORD_FILE), or --password-dir DIR, is required")
    return Path(args.password_file)


def _repository(args: argparse.Namespace, url: str, site_id: str, password: Path) -> Repository:
    repo = Repository.from_environment(url, password)
    if args.rest_password_dir:
        # The site's own REST user (append-only, --private-repos: it reaches only its own repository).
        secret = args.rest_password_dir / site_id
        try:
            repo.rest_username, repo.rest_password = site_id, secret.read_text(encoding="utf-8").strip()
        except OSError:
            repo.rest_username, repo.rest_password = site_id, None  # then the read fails: an `error` finding
    return repo


def _zone(args: argparse.Namespace, default: str | None):
    name = args.tz or default
    if not name:
        return datetime.now().astimezone().tzinfo
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise UsageError(f"unknown time zone {name!r}") from exc


def _when(text: str | None, zone) -> str:
    return datetime.fromisoformat(text).astimezone(zone).strftime("%Y-%m-%d %H:%M") if text else "-"


def _cell(facts: dict[str, Any] | None, now: datetime) -> str:
    if facts is None:
        return "never"
    return status.age_text(now - datetime.fromisoformat(facts["time"]))


def _drill_cell(drill: dict[str, Any] | None, now: datetime) -> str:
    if drill is None or drill["newest"] is None:
        return "never"
    newest = drill["newest"]
    text = f"{status.age_text(now - datetime.fromisoformat(newest['time']))} {newest['result']}"
    if newest["result"] != "ok" and drill["newest_passed"]:
        text += f" (ok {status.age_text(now - datetime.fromisoformat(drill['newest_passed']['time']))})"
    return text


def report_lines(report: dict[str, Any], zone) -> list[str]:
    """The text report: one row per site, then every finding, then the summary."""
    now = datetime.fromisoformat(report["checked_at"])
    header = ("SITE", "TIER", "RPO", "BACKUP", "DUMP", "DRILL", "DB DRILL", "STATUS")
    rows = []
    for r in report["sites"]:
        drills = r.get("drills") or {}
        read = "drills" in r
        rows.append((
            r["site"],
            r["tier"],
            f"{r['rpo_hours']} h",
            _cell(r.get("backup"), now) if read else "?",
            (_cell(r.get("dump"), now) if read else "?") if r["database"] else "-",
            _drill_cell(drills.get("content"), now) if read else "?",
            (_drill_cell(drills.get("database"), now) if read else "?") if r["database"] else "-",
            "ok" if r["ok"] else ", ".join(dict.fromkeys(f["kind"] for f in r["findings"])),
        ))
    widths = [max(len(str(row[i])) for row in [header, *rows]) for i in range(len(header))]
    lines = ["  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in [header, *rows]]
    findings = [(r["site"], f) for r in report["sites"] for f in r["findings"]]
    if findings:
        lines += ["", "findings:"]
        width = max(len(site) for site, _ in findings)
        lines += [f"  {site.ljust(width)}  {f['kind']}: {f['message']}" for site, f in findings]
    s = report["summary"]
    lines += [
        "",
        f"{s['sites']} sites checked at {_when(report['checked_at'], zone)} ({zone}); backups allowed RPO + "
        f"{report['grace_minutes']} min, drills their interval + {report['drill_grace_hours']:g} h: "
        f"{s['ok']} fine, {s['with_findings']} with findings"
        + (f" ({', '.join(f'{k} {n}' for k, n in s['findings'].items())})" if s["findings"] else ""),
    ]
    return lines


def cmd_backup_status(args: argparse.Namespace) -> int:
    def body() -> int:
        if args.grace_minutes < 0 or args.drill_grace_hours < 0:
            raise UsageError("--grace-minutes and --drill-grace-hours must be >= 0")
        if args.jobs < 1:
            raise UsageError("--jobs must be >= 1")
        if args.sites_file and (args.env or args.inventory):
            raise UsageError("give --env/--inventory or --sites-file, not both")
        if args.sites_file:
            if not (args.repo_prefix and args.password_dir):
                raise UsageError("--sites-file needs --repo-prefix URL and --password-dir DIR")
            expected, meta = _read_sites_file(args.sites_file)
            expected = _select(expected, args.sites, str(args.sites_file))
            zone = _zone(args, meta.get("timezone"))
            prefix = args.repo_prefix.rstrip("/")
            urls = {e.site: f"{prefix}/{e.site}" for e in expected}
        else:
            env = _environment(args)
            if env is None:
                raise UsageError("which sites? give --env ENV (or --inventory PATH), or --sites-file FILE")
            expected = _select(status.expectations(env), args.sites, f"environment {env.name!r}")
            zone = _zone(args, env.platform.timezone)
            prefix = args.repo_prefix.rstrip("/") if args.repo_prefix else None
            urls = {e.site: f"{prefix}/{e.site}" if prefix else site_repository(env, env.site(e.site))
                    for e in expected}
        several = len(expected) > 1
        sites = [(e, _repository(args, urls[e.site], e.site, _password(args, e.site, several))) for e in expected]
        if shutil.which("restic") is None:
            raise ops.BackupError("restic not found on PATH; install restic 0.14+", "error")
        grace = status.Grace(backup=timedelta(minutes=args.grace_minutes),
                             drill=timedelta(hours=args.drill_grace_hours))
        progress = None if args.quiet else log
        report = status.check_all(sites, datetime.now(UTC), grace, jobs=args.jobs, progress=progress)
        _emit(args, report, report_lines(report, zone))
        return 0 if report["summary"]["with_findings"] == 0 else 1

    return _run(args, body)
