"""``sitegroup logs``: one site's access and WAF lines for an incident, joined on the request id; evidence bundles;
the daily digest and its check (sitegroup/logs; docs/logging.md).

    sitegroup logs SITE --env prod --since 2026-11-27T08:00+08:00 --until 2026-11-27T09:00+08:00 [--rule 942100]
    sitegroup logs SITE --env prod --since ... --until ... --request-id ID --bundle case-42.tar.gz --signing-key K
    sitegroup logs-verify-bundle case-42.tar.gz --public-key evidence.pub
    sitegroup logs-digest --env prod --day 2026-11-27 --digests DIR --signing-key K     # the daily CronJob
    sitegroup logs-check --env prod --day 2026-11-27 --digests DIR --public-key evidence.pub
    sitegroup logs-keygen --out DIR [--from-key PEM]   # a new pair, or the public half of the platform's key
    sitegroup logs-token --seed-file F (--responder | --site ID)    # a reader's gateway token (to hand out)
    sitegroup logs-gateway-config --plan F --secrets DIR --out F   # the gateway pod's config step
    sitegroup logs-export --env prod [--day D] --digests DIR --public-key PEM --out DIR [--repo URL --password-file F]

The gateway and the token: --gateway URL or $SITEGROUP_LOGS_URL; --token-file FILE or $SITEGROUP_LOGS_TOKEN
(a responder's token reads every site; a site owner's only their own).
Exit codes: 0 found / verified; 1 nothing found, or a check failed; 2 usage or the gateway failed.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sitegroup import __version__
from sitegroup.backup.restic import Repository, ResticError
from sitegroup.logs import digest, evidence, export, signing, tokens
from sitegroup.logs.policy import PolicyError, load_policy
from sitegroup.logs.query import Client, Filters, QueryError, Window, incidents, text_report
from sitegroup.model import LOG_KINDS, LogRetention


class UsageError(Exception):
    pass


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "logs", help="an incident's access and WAF lines for one site, joined on the request id",
        description="Reads the central log store through its gateway. Access and WAF (ModSecurity) lines of "
                    "SITE between --since and --until, joined on the request id the WAF tier sets.")
    p.add_argument("site", metavar="SITE")
    _common(p)
    p.add_argument("--since", required=True, type=_time, help="start, ISO 8601 with zone (2026-11-27T08:00+08:00)")
    p.add_argument("--until", type=_time, help="end (default: now)")
    one = p.add_mutually_exclusive_group()
    one.add_argument("--request-id", help="one request (32 hex digits, the access log's request_id)")
    one.add_argument("--client", help="every request of one client address")
    one.add_argument("--rule", help="every request a ModSecurity rule matched, e.g. 942100")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument("--bundle", type=Path, metavar="FILE", help="also write a signed evidence bundle (.tar.gz)")
    p.add_argument("--signing-key", type=Path, metavar="PEM", help="the evidence key (Ed25519) for --bundle")
    p.add_argument("--inventory", type=Path, metavar="PATH", help="an inventory folder instead of inventories/ENV")
    p.set_defaults(func=cmd_logs)

    v = subparsers.add_parser("logs-verify-bundle", help="check an evidence bundle's files and signature")
    v.add_argument("bundle", type=Path)
    v.add_argument("--public-key", type=Path, required=True, metavar="PEM")
    v.set_defaults(func=cmd_verify_bundle)

    d = subparsers.add_parser("logs-digest", help="write the signed, chained digest of one UTC day, per store")
    _common(d)
    d.add_argument("--day", type=date.fromisoformat, help="UTC day (default: yesterday)")
    d.add_argument("--digests", type=Path, required=True, metavar="DIR", help="where the chain of records lives")
    d.add_argument("--signing-key", type=Path, required=True, metavar="PEM")
    d.set_defaults(func=cmd_digest)

    c = subparsers.add_parser("logs-check", help="does the store still hold exactly what a day's digest recorded?")
    _common(c)
    c.add_argument("--day", type=date.fromisoformat, required=True)
    c.add_argument("--digests", type=Path, required=True, metavar="DIR")
    c.add_argument("--public-key", type=Path, required=True, metavar="PEM")
    c.set_defaults(func=cmd_check)

    k = subparsers.add_parser("logs-keygen", help="make an Ed25519 evidence key pair (evidence.key, evidence.pub)")
    k.add_argument("--out", type=Path, required=True, metavar="DIR")
    k.add_argument("--from-key", type=Path, metavar="PEM",
                   help="write only the public half of this key (pulumi config get sitegroup:logEvidenceKey)")
    k.set_defaults(func=cmd_keygen)

    t = subparsers.add_parser("logs-token", help="a reader's gateway token, derived from the platform's token seed")
    t.add_argument("--seed-file", type=Path, required=True, metavar="FILE",
                   help="the seed (pulumi config get sitegroup:logTokenSeed on the platform stack)")
    who = t.add_mutually_exclusive_group(required=True)
    who.add_argument("--responder", action="store_true", help="reads every site")
    who.add_argument("--site", metavar="ID", help="that site's owners: their own site only")
    t.set_defaults(func=cmd_token)

    x = subparsers.add_parser("logs-export", help="a closed UTC day, checked against its digest, to the backup target")
    _common(x)
    x.add_argument("--day", type=date.fromisoformat, help="UTC day (default: yesterday)")
    x.add_argument("--digests", type=Path, required=True, metavar="DIR")
    key = x.add_mutually_exclusive_group(required=True)
    key.add_argument("--public-key", type=Path, metavar="PEM")
    key.add_argument("--signing-key", type=Path, metavar="PEM", help="or the evidence key (its public half is used)")
    x.add_argument("--out", type=Path, required=True, metavar="DIR", help="where the day's files are written")
    x.add_argument("--repo", metavar="URL", help="restic repository (REST credentials: $RESTIC_REST_USERNAME/"
                                                 "PASSWORD); without it only the files are written")
    x.add_argument("--password-file", type=Path, metavar="FILE", help="the repository's password")
    x.set_defaults(func=cmd_export)

    g = subparsers.add_parser("logs-gateway-config", help="write the gateway's auth.yml (its pod's config step)")
    g.add_argument("--plan", type=Path, required=True, metavar="FILE", help="stores and sites (a ConfigMap)")
    g.add_argument("--secrets", type=Path, required=True, metavar="DIR", help="store-password and token-seed")
    g.add_argument("--out", type=Path, required=True, metavar="FILE")
    g.set_defaults(func=cmd_gateway_config)


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--env", required=True, help="the environment (its retention policy names the stores)")
    p.add_argument("--gateway", default=os.environ.get("SITEGROUP_LOGS_URL"), metavar="URL",
                   help="the log gateway (default: $SITEGROUP_LOGS_URL)")
    p.add_argument("--token-file", type=Path, metavar="FILE", help="bearer token (default: $SITEGROUP_LOGS_TOKEN)")
    p.add_argument("--token-seed-file", type=Path, metavar="FILE",
                   help="derive the digest job's token from the platform's token seed (the in-cluster job)")
    p.add_argument("--retention", type=_retention_arg, metavar="KIND=DAYS,...",
                   help="this environment's retention, e.g. access=365,waf=365,audit=365,app=180 (the in-cluster"
                        " jobs get it from the rendered platform; default: policies/logging/retention.yaml)")


def _retention_arg(text: str) -> dict[str, int]:
    """KIND=DAYS pairs for every kind of log, as the renderer writes them into the in-cluster jobs' arguments."""
    days: dict[str, int] = {}
    for pair in text.split(","):
        kind, _, value = pair.partition("=")
        if kind not in LOG_KINDS or not value.isdigit() or kind in days:
            raise argparse.ArgumentTypeError(f"{pair!r}: want KIND=DAYS with KIND one of {', '.join(LOG_KINDS)}")
        days[kind] = int(value)
    if set(days) != set(LOG_KINDS):
        raise argparse.ArgumentTypeError(f"every kind needs its days: {', '.join(LOG_KINDS)}")
    return days


def _time(text: str) -> datetime:
    try:
        t = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not an ISO 8601 time (2026-11-27T08:00+08:00)") from None
    if t.tzinfo is None:
        raise argparse.ArgumentTypeError(f"{text!r} has no time zone: add +08:00 (Beijing) or Z")
    return t


def _client(args: argparse.Namespace) -> Client:
    if not args.gateway:
        raise UsageError("where is the log gateway? give --gateway URL or set $SITEGROUP_LOGS_URL")
    if getattr(args, "token_seed_file", None):
        token = tokens.token(args.token_seed_file.read_text().strip(), tokens.DIGEST)
    elif args.token_file:
        token = args.token_file.read_text().strip()
    else:
        token = os.environ.get("SITEGROUP_LOGS_TOKEN", "")
    if not token:
        raise UsageError("no token: give --token-file FILE or set $SITEGROUP_LOGS_TOKEN")
    days = getattr(args, "retention", None)
    retention = LogRetention(args.env, days) if days else load_policy(args.env)
    return Client(args.gateway, token, retention)


def _run(body) -> int:
    try:
        return body()
    except (UsageError, PolicyError, QueryError, signing.SignatureError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


def cmd_logs(args: argparse.Namespace) -> int:
    def body() -> int:
        if args.bundle and not args.signing_key:
            raise UsageError("--bundle needs --signing-key PEM (the evidence key)")
        _known_site(args)
        client = _client(args)
        window = Window(args.since, args.until or datetime.now(UTC))
        f = Filters(args.request_id, args.client, args.rule)
        found, rows = incidents(client, args.site, window, f)
        if args.format == "json":
            print(json.dumps([i.as_dict() for i in found], ensure_ascii=False, indent=1))
        else:
            print(text_report(found))
        if args.bundle:
            query = {"site": args.site, "env": args.env, "since": window.since.isoformat(),
                     "until": window.until.isoformat(), "request_id": args.request_id, "client": args.client,
                     "rule": args.rule, "gateway": args.gateway, "tool": f"sitegroup {__version__}",
                     "asked_by": os.environ.get("USER", "")}
            evidence.write(args.bundle, query, rows, [i.as_dict() for i in found],
                           signing.load_private(args.signing_key))
            print(f"evidence bundle: {args.bundle} ({len(rows)} line(s), signed)", file=sys.stderr)
        return 0 if found else 1

    return _run(body)


def _known_site(args: argparse.Namespace) -> None:
    # A typo'd site id would silently find nothing: check it against the inventory when there is one.
    from sitegroup.errors import InventoryError
    from sitegroup.inventory import load_environment

    try:
        env = load_environment(path=args.inventory) if args.inventory else load_environment(args.env)
    except (InventoryError, FileNotFoundError, OSError):
        if args.inventory:
            raise
        return  # no inventory here (a responder's laptop): the gateway still scopes the query
    if all(s.id != args.site for s in env.sites):
        raise UsageError(f"site {args.site!r} is not in the {args.env} inventory")


def cmd_verify_bundle(args: argparse.Namespace) -> int:
    try:
        manifest = evidence.verify(args.bundle, signing.load_public(args.public_key))
    except (evidence.BundleError, signing.SignatureError, OSError) as exc:
        print(f"NOT VERIFIED: {exc}", file=sys.stderr)
        return 1
    print(f"verified: {args.bundle}: {manifest['lines']} line(s), made {manifest['made_at']}")
    return 0


def cmd_digest(args: argparse.Namespace) -> int:
    def body() -> int:
        client = _client(args)
        day = args.day or (datetime.now(UTC) - timedelta(days=1)).date()
        key = signing.load_private(args.signing_key)
        for store in client.retention.stores():
            streams = digest.summarise(client.stream(store, digest.day_window(day)))
            doc = digest.Chain(args.digests, store).write(day, streams, key, datetime.now(UTC))
            print(f"{store} {day}: {doc['record']['lines']} line(s) in {len(streams)} stream(s), {doc['hash'][:16]}")
        return 0

    return _run(body)


def cmd_check(args: argparse.Namespace) -> int:
    def body() -> int:
        client = _client(args)
        public = signing.load_public(args.public_key)
        problems: list[str] = []
        for store in client.retention.stores():
            chain = digest.Chain(args.digests, store)
            problems += chain.check_chain(public)
            if args.day not in chain.days():
                problems.append(f"{store} {args.day}: no digest recorded")
                continue
            now = digest.summarise(client.stream(store, digest.day_window(args.day)))
            problems += [f"{store} {args.day}: {p}" for p in digest.compare(chain.read(args.day)["record"]["streams"],
                                                                             now)]
        for p in problems:
            print(f"MISMATCH {p}")
        if not problems:
            print(f"{args.day}: every store holds exactly what its signed digest recorded")
        return 1 if problems else 0

    return _run(body)


def cmd_export(args: argparse.Namespace) -> int:
    def body() -> int:
        if args.repo and not args.password_file:
            raise UsageError("--repo needs --password-file (the repository's password)")
        client = _client(args)
        day = args.day or (datetime.now(UTC) - timedelta(days=1)).date()
        public = (signing.load_public(args.public_key) if args.public_key
                  else signing.load_private(args.signing_key).public_key())
        try:
            files = export.export_day(client, day, args.digests, public, args.out)
        except export.ExportError as exc:
            print(f"NOT EXPORTED: {exc}", file=sys.stderr)
            return 1
        print(f"{day}: {len(files)} file(s) under {args.out}, each store's lines matching its signed digest")
        if args.repo:
            print(export.to_repository(Repository.from_environment(args.repo, args.password_file), args.out, day))
        return 0

    try:
        return _run(body)
    except ResticError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


def cmd_token(args: argparse.Namespace) -> int:
    try:
        seed = args.seed_file.read_text().strip()
        print(tokens.token(seed, tokens.RESPONDER if args.responder else tokens.owner(args.site)))
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


def cmd_gateway_config(args: argparse.Namespace) -> int:
    try:
        tokens.write_gateway_config(args.plan, args.secrets, args.out)
    except (OSError, ValueError, KeyError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


def cmd_keygen(args: argparse.Namespace) -> int:
    args.out.mkdir(parents=True, exist_ok=True)
    if args.from_key:
        pub = args.out / "evidence.pub"
        pub.write_bytes(signing.public_pem(signing.load_private(args.from_key)))
        print(f"{pub} (publish)")
        return 0
    priv, pub = args.out / "evidence.key", args.out / "evidence.pub"
    if priv.exists():
        print(f"error: {priv} exists; not overwriting an evidence key", file=sys.stderr)
        return 2
    signing.generate(priv, pub)
    print(f"{priv} (keep secret) and {pub} (publish)")
    return 0
