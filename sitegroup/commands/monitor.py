"""sitegroup monitor: check every serving site against the inspection's veto items (docs/monitoring.md).

    sitegroup monitor probe   --env prod            # one availability round (schedule ≥ 20 a day)
    sitegroup monitor inspect --env prod --out DIR  # crawl + checks + verdicts, stored; writes the reports
    sitegroup monitor report  --env prod --out DIR --pdf  # the reports again from the stored latest inspection

History: --store FILE|postgresql://URL, else $SITEGROUP_MONITOR_STORE, else build/monitor/<env>.sqlite.
"""

from __future__ import annotations

import asyncio
import os
import sys
from datetime import UTC, datetime
from pathlib import Path

from sitegroup import yamlsafe
from sitegroup.commands.validate import add_inventory_args
from sitegroup.contracts import MONITOR_STORE_ENV
from sitegroup.errors import InventoryError
from sitegroup.inventory import load_environment, repo_root
from sitegroup.monitor import dashboard, report, runner
from sitegroup.monitor.http import Resolver
from sitegroup.monitor.pdf import PdfError, html_to_pdf
from sitegroup.monitor.policy import load_policy
from sitegroup.monitor.store import Store, StoreError, open_store


def register(sub) -> None:
    p = sub.add_parser("monitor", help="regulatory monitoring: veto items (单项否决), reports, dashboard")
    msub = p.add_subparsers(dest="monitor_command", metavar="ACTION", required=True)
    for name, helptext, func in (("probe", "one availability probe of every serving site", run_probe),
                                 ("inspect", "crawl and check every serving site, store verdicts", run_inspect),
                                 ("report", "write reports and the dashboard from the stored latest inspection",
                                  run_report)):
        q = msub.add_parser(name, help=helptext)
        add_inventory_args(q)
        q.add_argument("--policy", default="default",
                       help="a policy in policies/monitoring/, or a path to a policy file (default: default)")
        q.add_argument("--store", "--db", dest="store", default=None, metavar="FILE|URL",
                       help=f"history: an SQLite file, or a postgresql://user@host/db URL (default "
                            f"${MONITOR_STORE_ENV}, else build/monitor/<env>.sqlite)")
        if name != "report":
            q.add_argument("--site", action="append", default=[], metavar="ID", help="only these sites")
            q.add_argument("--resolve", type=Path, default=None, metavar="FILE",
                           help="YAML {hosts: {name: [addr, ...]}, ports: {80: 18080}}: connect only there "
                                "(labs and tests; unmapped hosts fail)")
            q.add_argument("--ca-file", default=None, help="extra CA bundle for HTTPS (labs)")
        if name != "probe":
            q.add_argument("--out", type=Path, default=None, help="write results.json, metrics.prom, weekly "
                                                                  "report and dashboard.html here")
            q.add_argument("--format", choices=("text", "json"), default="text")
            q.add_argument("--pdf", action="store_true",
                           help="with --out: also the weekly report as PDF (headless chromium, no network)")
        q.set_defaults(func=func)


def _setup(args):
    if getattr(args, "pdf", False) and not args.out:
        raise StoreError("--pdf writes the weekly report's PDF into --out DIR: give --out too")
    env = load_environment(args.env, path=args.inventory)
    as_file = args.policy.endswith((".yaml", ".yml"))
    policy = load_policy(repo_root(), args.policy, path=Path(args.policy) if as_file else None)
    spec = args.store or os.environ.get(MONITOR_STORE_ENV) or repo_root() / "build" / "monitor" / f"{env.name}.sqlite"
    return env, policy, open_store(spec)


def load_resolver(path: Path | None) -> Resolver:
    if path is None:
        return Resolver()
    data, _ = yamlsafe.load(path)
    if not isinstance(data, dict) or not isinstance(data.get("hosts"), dict):
        raise InventoryError([yamlsafe.Issue(str(path), 1, "hosts", "a resolver file maps hosts to addresses",
                                             "write hosts: {www.x.gov.cn: [127.0.0.1, '::1']}", rule="resolve")])
    ports = {int(k): int(v) for k, v in (data.get("ports") or {}).items()}
    return Resolver({str(h): [str(a) for a in v] for h, v in data["hosts"].items()}, ports)


def _guard(func):
    def wrapped(args) -> int:
        try:
            return func(args)
        except (InventoryError, yamlsafe.YamlProblem, StoreError, PdfError) as e:
            print(e, file=sys.stderr)
            return 1
    return wrapped


@_guard
def run_probe(args) -> int:
    env, policy, store = _setup(args)
    sites = runner.serving(env, policy, args.site)
    rows = asyncio.run(runner.probe_all(sites, policy, load_resolver(args.resolve), store, ca_file=args.ca_file))
    failed = [r for r in rows if not r[2]]
    for r in failed:
        print(f"{r[0]}: {r[5]}", file=sys.stderr)
    print(f"{env.name}: probed {len(rows)} sites, {len(failed)} failed (history: {store.name} {store.target})")
    store.close()
    return 0


@_guard
def run_inspect(args) -> int:
    env, policy, store = _setup(args)
    sites = runner.serving(env, policy, args.site)
    run, results = asyncio.run(runner.inspect_all(sites, policy, load_resolver(args.resolve), store, env=env.name,
                                                  ca_file=args.ca_file))
    return _emit(args, env.name, store, run, datetime.now(UTC), results)


@_guard
def run_report(args) -> int:
    env, _, store = _setup(args)
    latest = store.latest(env.name)
    if latest is None:
        print(f"no inspection stored for {env.name} in {store.target}; run `sitegroup monitor inspect` first",
              file=sys.stderr)
        store.close()
        return 1
    run, ts, results = latest
    return _emit(args, env.name, store, run, datetime.fromtimestamp(ts, UTC), results)


def write_reports(out: Path, env: str, store: Store, run: int, when: datetime, results: list[dict], *,
                  pdf: bool = False) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    y, w, _ = when.isocalendar()
    md = report.weekly_markdown(env, results, when)
    files = {
        "results.json": report.to_json(env, run, results),
        "metrics.prom": report.metrics(env, results, when.timestamp()),
        f"weekly-{y}-W{w:02d}.md": md,
        f"weekly-{y}-W{w:02d}.html": report.weekly_html(md),
        "dashboard.html": dashboard.render(env, results, report.summary(results), store.history(env), when),
    }
    for name, text in files.items():
        (out / name).write_text(text, encoding="utf-8")
    written = [out / n for n in files]
    if pdf:
        weekly = out / f"weekly-{y}-W{w:02d}.html"
        written.append(html_to_pdf(weekly, weekly.with_suffix(".pdf")))
    return written


def _emit(args, env: str, store: Store, run: int, when: datetime, results: list[dict]) -> int:
    if args.out:
        for p in write_reports(args.out, env, store, run, when, results, pdf=args.pdf):
            print(f"wrote {p}", file=sys.stderr)
    if args.format == "json":
        sys.stdout.write(report.to_json(env, run, results))
    else:
        s = report.summary(results)
        for r in results:
            if r["verdict"] == "不合格":
                print(f"{r['site']} 不合格")
                for f in r["reasons"]:
                    print(f"    {f['message']}\n      evidence: {f['evidence']}")
        print(f"{env}: {s['sites']} sites, 合格 {s['合格']}, 不合格 {s['不合格']}, "
              f"security findings {s['security_findings']}")
    store.close()
    return 0
