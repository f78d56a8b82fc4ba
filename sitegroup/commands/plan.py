"""sitegroup plan: validate, render every object the Pulumi program would create, write it as YAML.

Offline and engine-free: the same sitegroup.k8s renderer the program registers resources from, no
Pulumi runtime (which costs milliseconds per resource), no cluster. Secrets appear as markers.
"""

from __future__ import annotations

import contextlib
import gc
import json
import shutil
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from sitegroup.commands.validate import add_inventory_args
from sitegroup.errors import InventoryError
from sitegroup.inventory import load_environment, repo_root
from sitegroup.k8s import Rendered, render, versions, yamlout
from sitegroup.k8s.waf_tier import CPU_REQUEST_M as WAF_CPU_M
from sitegroup.k8s.waf_tier import MEMORY_REQUEST as WAF_MEMORY
from sitegroup.model import Environment
from sitegroup.program.stackconfig import environment_stacks

MARKER = ".sitegroup-plan"  # only a directory holding this file (or an empty one) is ever cleared

NOT_CHECKED = (
    "admission (Pod Security admission, webhooks, quotas against what is already running)",
    "server-side apply field conflicts and Pulumi's diff/replace decisions",
    "that the CRDs exist in the cluster (layer crds) and the controllers accept the custom resources",
    "a real `pulumi preview` against the cluster",
    "the contents of the upstream CRD bundles and Helm charts (fetched only by `pulumi up`)",
    "generated secrets (written as <generated:...>/<config:...> markers, never real values)",
)

MANIFESTS = "manifests.yaml"  # per folder: every object of the site (or the platform), in apply order


def register(sub) -> None:
    p = sub.add_parser("plan", help="render everything the Pulumi program would create, offline")
    add_inventory_args(p)
    p.add_argument("--out", type=Path, default=None, metavar="DIR",
                   help="write the objects as YAML here (default: build/plan/<env>)")
    p.add_argument("--format", choices=("text", "json"), default="text", help="summary format on stdout")
    p.set_defaults(func=run)


def _write(folder: Path, objs: tuple[dict, ...]) -> None:
    folder.mkdir(parents=True)
    # One multi-document file per folder: 45,000 small files cost more than rendering them.
    (folder / MANIFESTS).write_text(yamlout.dump_all(objs), encoding="utf-8")


@contextlib.contextmanager
def no_gc() -> Iterator[None]:
    """Rendering builds ~1 M small dicts for 2,000 sites and frees none of them until the end:
    the cyclic collector would rescan them all again and again (it doubles the run time)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _prepare(out: Path) -> None:
    if out.exists():
        if any(out.iterdir()) and not (out / MARKER).exists():
            raise SystemExit(f"sitegroup plan: {out} is not empty and not a plan directory; refusing to clear it")
        shutil.rmtree(out)
    out.mkdir(parents=True)
    (out / MARKER).write_text("written by `sitegroup plan`; the whole directory is replaced on each run\n")


def plan_bundles(env: Environment | None) -> tuple[versions.Bundle, ...]:
    """What the crds and platform layers install from upstream releases, each from where this environment
    takes it (platform.bundle_mirror; a stack's sitegroup:bundleMirror overrides it at `up`)."""
    platform = env.platform if env else None
    mirror = versions.mirror_of(platform)
    return versions.installed("crds", platform, mirror) + versions.installed("platform", platform, mirror)


def _bundles_text(bundles: tuple[versions.Bundle, ...], env: Environment | None) -> str:
    p = env.platform if env else None
    where = "upstream (no platform.bundle_mirror)"
    if p and p.bundle_mirror:
        where = f"the mirror {p.bundle_mirror}" + (f", charts from {p.chart_registry}" if p.chart_registry else "")
    lines = [
        "The crds layer and the platform controllers come from pinned upstream releases that `pulumi up` installs;",
        "they are not rendered here (bundles.json: the same, for machines).",
        f"Taken from {where}; a stack's sitegroup:bundleMirror (a machine-local mirror) overrides it.",
        "Mirrors: docs/bundles.md.",
        "",
        f"{'layer':9} {'name':20} {'version':8} {'source':6} from",
    ]
    lines += [f"{b.layer:9} {b.name:20} {b.version:8} {b.source:6} {b.location}" for b in bundles]
    return "\n".join(lines) + "\n"


def write_plan(rendered: Rendered, out: Path, env: Environment | None = None) -> None:
    _prepare(out)
    _write(out / "platform", rendered.platform)
    for site_id, objs in rendered.sites.items():
        _write(out / "sites" / site_id, objs)
    (out / "crds").mkdir()
    installed = plan_bundles(env)
    bundles = [
        {"layer": b.layer, "name": b.name, "source": b.source, "url": b.url, "location": b.location,
         "version": b.version, "namespace": b.namespace, "purpose": b.purpose}
        for b in installed
    ]
    (out / "crds" / "BUNDLES.txt").write_text(_bundles_text(installed, env), encoding="utf-8")
    (out / "crds" / "bundles.json").write_text(json.dumps(bundles, indent=2) + "\n", encoding="utf-8")


def summarize(env: Environment, rendered: Rendered, stacks_dir: Path) -> dict:
    serving = [s for s in env.sites if s.serving]
    kinds = Counter(o["kind"] for o in rendered.all_objects())
    per_site = [len(v) for v in rendered.sites.values()]
    used = {
        "cpu_requests_m": sum(s.quota.cpu_requests_m for s in serving),
        "memory_requests": sum(s.quota.memory_requests for s in serving),
        "storage": sum(s.quota.storage for s in serving),
    }
    waf = {"cpu_requests_m": WAF_CPU_M * env.platform.waf_replicas,
           "memory_requests": WAF_MEMORY * env.platform.waf_replicas}
    stacks = [
        {"stack": st.name, "layer": st.layer,
         "sites": sum(1 for s in serving if st.shard is None or st.shard.selects(s)) if st.layer == "sites" else None}
        for st in environment_stacks(stacks_dir, env.name)
    ]
    return {
        "environment": env.name,
        "kubernetes_version": env.platform.kubernetes_version,
        "sites": {"total": len(env.sites), "serving": len(serving), "closed": len(env.sites) - len(serving)},
        "sites_by_level": dict(sorted(Counter(s.level for s in serving).items())),
        "sites_by_template": dict(sorted(Counter(s.template.name for s in serving).items())),
        "objects": {"total": sum(kinds.values()), "platform": len(rendered.platform),
                    "per_site_min": min(per_site, default=0), "per_site_max": max(per_site, default=0)},
        "objects_by_kind": dict(sorted(kinds.items())),
        "quota_totals": {
            "cpu_requests": {"sites": used["cpu_requests_m"], "waf": waf["cpu_requests_m"],
                             "capacity": env.capacity.cpu_m},
            "memory_requests": {"sites": used["memory_requests"], "waf": waf["memory_requests"],
                                "capacity": env.capacity.memory},
            "storage": {"sites": used["storage"], "waf": 0, "capacity": env.capacity.storage},
        },
        # What the storage quota is made of: the sites' PVCs count, and the share the backup jobs' scratch
        # claims (generic ephemeral volumes, provisioned from the StorageClass while a job runs) take of it.
        "claims": {"persistent_volume_claims": sum(s.quota.persistent_volume_claims for s in serving),
                   "scratch_storage": sum(s.quota.scratch_storage for s in serving)},
        "waf_profiles": dict(sorted(Counter(s.waf.profile.name for s in serving).items())),
        "backup_tiers": dict(sorted(Counter(s.backup.name for s in env.sites).items())),
        "stacks": stacks,
        "offline": True,
        "not_checked": list(NOT_CHECKED),
    }


def _text(summary: dict, out: Path) -> str:
    s = summary
    lines = [
        f"Plan for environment {s['environment']} (Kubernetes {s['kubernetes_version']}), written to {out}",
        f"  sites: {s['sites']['serving']} serving, {s['sites']['closed']} closed (records only)",
        "  by level:    " + ", ".join(f"{k} {v}" for k, v in s["sites_by_level"].items()),
        "  by template: " + ", ".join(f"{k} {v}" for k, v in s["sites_by_template"].items()),
        f"  objects: {s['objects']['total']} ({s['objects']['platform']} platform, "
        f"{s['objects']['per_site_min']}-{s['objects']['per_site_max']} per site)",
        "  by kind:     " + ", ".join(f"{k} {v}" for k, v in s["objects_by_kind"].items()),
        "  quota totals (site quotas + WAF tier requests) against the declared capacity:",
    ]
    fmt = {"cpu_requests": lambda m: f"{m / 1000:.1f} CPU", "memory_requests": lambda b: f"{b / (1 << 30):.1f} GiB",
           "storage": lambda b: f"{b / (1 << 30):.0f} GiB"}
    for key, v in s["quota_totals"].items():
        total = v["sites"] + v["waf"]
        pct = 100 * total / v["capacity"] if v["capacity"] else float("inf")
        flag = "  OVER CAPACITY" if total > v["capacity"] else ""
        lines.append(f"    {key:16} {fmt[key](v['sites'])} + {fmt[key](v['waf'])} = {fmt[key](total)}"
                     f" of {fmt[key](v['capacity'])} ({pct:.0f}%){flag}")
    claims = s["claims"]
    lines.append(f"    storage holds {fmt['storage'](claims['scratch_storage'])} for the backup jobs' scratch claims "
                 f"(ephemeral PVCs, all at once); PVCs in the quotas: {claims['persistent_volume_claims']}")
    lines.append("  WAF profiles: " + ", ".join(f"{k} {v}" for k, v in s["waf_profiles"].items()))
    lines.append("  backup tiers: " + ", ".join(f"{k} {v}" for k, v in s["backup_tiers"].items()))
    if s["stacks"]:
        lines.append("  stacks, in bring-up order: " + ", ".join(
            st["stack"] + (f" ({st['sites']} sites)" if st["sites"] is not None else "") for st in s["stacks"]))
    lines.append("This plan ran OFFLINE: no cluster, no Pulumi engine. It does not check:")
    lines += [f"  - {item}" for item in s["not_checked"]]
    return "\n".join(lines)


def plan(env_name: str | None, inventory: Path | None, out: Path | None) -> tuple[Environment, Rendered, Path]:
    """Validate, render, write: the whole plan (also what bench/plan.py times)."""
    with no_gc():
        env = load_environment(env_name, path=inventory)
        rendered = render(env)
        out = out or Path("build") / "plan" / env.name
        write_plan(rendered, out, env)
    return env, rendered, out


def run(args) -> int:
    try:
        env, rendered, out = plan(args.env, args.inventory, args.out)
    except InventoryError as exc:
        for issue in exc.issues:
            print(issue, file=sys.stderr)
        print(f"\n{len(exc.issues)} error(s); nothing was planned.", file=sys.stderr)
        return 1
    summary = summarize(env, rendered, repo_root() / "stacks")
    if args.format == "json":
        json.dump({**summary, "out": str(out)}, sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        print(_text(summary, out))
    over = [k for k, v in summary["quota_totals"].items() if v["sites"] + v["waf"] > v["capacity"]]
    return 1 if over else 0
