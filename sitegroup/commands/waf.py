"""``sitegroup waf render``: the platform's real WAF tier as a directory nginx runs anywhere.

    sitegroup waf render --env dev --out build/waf --listen 127.0.0.1:8080 --docroot ./site
    nginx -p build/waf -c build/waf/nginx.conf -g 'daemon off;'

Every site of the environment sits behind the WAF, chosen by Host header, served from the docroot
or proxied to the backend. The files are the ones the cluster's WAF tier mounts (only paths and
the listen address differ), so traffic can be replayed against the production policy on a laptop.

``sitegroup waf triage --audit-log FILE`` reads a burn-in audit log and proposes, per site, the narrowest
exceptions for a reviewer (sitegroup/waf/triage.py); it writes nothing but its output.

``sitegroup waf crs-tests fetch`` downloads (once), verifies and unpacks the OWASP CRS 3.3.4 regression tests
that tests/waf/test_crs_regression.py compares the tuned tier with stock CRS on (sitegroup/waf/crs_tests.py).
"""

from __future__ import annotations

import argparse
import os
import stat
import sys
from pathlib import Path


def register(subparsers: argparse._SubParsersAction) -> None:
    waf = subparsers.add_parser("waf", help="render and run the shared WAF tier (nginx+ModSecurity+CRS)")
    sub = waf.add_subparsers(dest="waf_command", metavar="WAF_COMMAND")
    r = sub.add_parser("render", help="write a directory nginx runs as `nginx -p DIR -c DIR/nginx.conf`")
    r.add_argument("--env", default="dev", help="inventory environment (inventories/ENV)")
    r.add_argument("--out", required=True, type=Path, help="output directory")
    r.add_argument("--listen", default="127.0.0.1:8080", help="address:port (default 127.0.0.1:8080)")
    target = r.add_mutually_exclusive_group()
    target.add_argument("--backend", help="proxy every site to this URL ('{site}' = site id)")
    target.add_argument("--docroot", type=Path, help="serve every site from this directory")
    r.add_argument("--stock-crs", action="store_true",
                   help="render without the platform's Chinese-traffic CRS tuning (for comparison only)")
    r.set_defaults(func=_render)
    crs = sub.add_parser("crs-tests", help="the OWASP CRS 3.3.4 regression tests (pinned by SHA-256)")
    crs.add_argument("action", choices=("fetch", "path"),
                     help="fetch: download once, verify, extract, print the directory; path: print it only")
    crs.set_defaults(func=_crs_tests)
    t = sub.add_parser("triage", help="group a burn-in audit log's refusals and propose site exceptions to review")
    t.add_argument("--audit-log", required=True, help="ModSecurity JSON audit log (one entry per line), or - for stdin")
    t.add_argument("--site", help="only this site id")
    t.add_argument("--min-requests", type=int, default=3, help="requests a group needs before it is proposed")
    t.add_argument("--min-clients", type=int, default=2, help="distinct client addresses a group needs")
    t.add_argument("--days", type=int, default=90, help="expiry of a proposed exception, days from today")
    t.set_defaults(func=_triage)
    waf.set_defaults(func=lambda _args: (waf.print_help(), 2)[1])


def _triage(args: argparse.Namespace) -> int:
    from datetime import date

    from sitegroup.waf import triage

    if args.min_requests < 1 or args.min_clients < 1 or not 1 <= args.days <= 366:
        print("--min-requests and --min-clients are at least 1, --days 1..366", file=sys.stderr)
        return 2
    try:
        if args.audit_log == "-":
            lines = sys.stdin.read().splitlines()
        else:
            lines = Path(args.audit_log).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError as exc:
        print(f"cannot read the audit log: {exc}", file=sys.stderr)
        return 1
    result = triage.triage(lines, site=args.site, min_requests=args.min_requests, min_clients=args.min_clients)
    sys.stdout.write(triage.to_yaml(result, date.today(), args.days))
    return 0


def _render(args: argparse.Namespace) -> int:
    from sitegroup.errors import InventoryError
    from sitegroup.inventory import load_environment
    from sitegroup.waf import RenderOptions, WafRenderError, render_files, write_files

    try:
        env = load_environment(args.env)
    except InventoryError as exc:
        print(f"inventory {args.env!r} is invalid:", file=sys.stderr)
        for issue in getattr(exc, "issues", []) or [str(exc)]:
            print(f"  {issue}", file=sys.stderr)
        return 1
    docroot = args.docroot
    backend = args.backend
    if docroot is None and backend is None:
        docroot = args.out / "docroot"
        docroot.mkdir(parents=True, exist_ok=True)
        index = docroot / "index.html"
        if not index.exists():
            index.write_text("<!doctype html><meta charset=utf-8><title>sitegroup WAF</title>\n",
                             encoding="utf-8")
    try:
        options = RenderOptions.local(args.out, listen=args.listen, backend=backend, docroot=docroot,
                                      zh_tuning=not args.stock_crs)
        files = render_files(env, options)
    except WafRenderError as exc:
        print(f"refusing to render the WAF tier: {exc}", file=sys.stderr)
        return 1
    write_files(files, args.out)
    sites = sum(1 for k in files if k.startswith("sites/") and k.endswith(".map"))
    out = args.out.resolve()
    print(f"wrote {len(files)} files for {sites} sites to {out}")
    if os.geteuid() == 0 and not _reachable_by_others(out):
        print(f"warning: run as root, nginx's workers are 'nobody' and cannot reach {out} (request bodies "
              "over 16 KB are buffered in its tmp/): use a directory under /tmp or chmod o+x its parents",
              file=sys.stderr)
    print(f"run:  nginx -p {out} -c {out}/nginx.conf -g 'daemon off;'")
    return 0


def _crs_tests(args: argparse.Namespace) -> int:
    from sitegroup.waf import crs_tests

    if args.action == "path":
        print(crs_tests.tests_dir())
        return 0 if crs_tests.is_fetched() else 1
    try:
        print(crs_tests.fetch())
    except crs_tests.CrsTestsError as exc:
        print(f"sitegroup waf crs-tests: {exc}", file=sys.stderr)
        return 1
    return 0


def _reachable_by_others(path: Path) -> bool:
    return all(p.stat().st_mode & stat.S_IXOTH for p in [path, *path.parents])
