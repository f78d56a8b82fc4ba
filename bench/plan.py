"""Plan speed and memory at 100, 1,000 and 5,000 sites (goal: 2,000 sites planned in under 10 s and 1 GiB,
growing linearly). Plan = validate the inventory + render every object + write it as YAML.

    .venv/bin/python bench/plan.py [--sizes 100,1000,2000,5000]

Each size runs in a fresh process (inventories from bench/gen_inventory.py) so peak RSS is that run's own.
No Pulumi runtime: under it registering costs ~2 ms a resource, ~100 s for 2,000 sites.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.gen_inventory import generate


def measure(inv: Path, out: Path) -> dict:
    from sitegroup.commands.plan import no_gc, write_plan
    from sitegroup.inventory import load_environment
    from sitegroup.k8s import render

    cpu0 = time.process_time()
    with no_gc():  # as `sitegroup plan` runs it (sitegroup.commands.plan.plan), timed in steps
        t0 = time.perf_counter()
        env = load_environment(path=inv)
        t1 = time.perf_counter()
        rendered = render(env)
        t2 = time.perf_counter()
        write_plan(rendered, out)
        t3 = time.perf_counter()
    cpu = time.process_time() - cpu0
    objects = sum(1 for _ in rendered.all_objects())
    return {"sites": len(env.sites), "objects": objects, "validate": round(t1 - t0, 3), "render": round(t2 - t1, 3),
            "write": round(t3 - t2, 3), "seconds": round(t3 - t0, 3), "cpu": round(cpu, 3),
            "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="100,1000,5000")
    ap.add_argument("--child", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(measure(*args.child)))
        return
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in map(int, args.sizes.split(",")):
            inv = generate(n, Path(tmp) / f"inv-{n}")
            out = subprocess.run([sys.executable, __file__, "--child", str(inv), str(Path(tmp) / f"plan-{n}")],
                                 capture_output=True, text=True, check=True)
            rows.append(json.loads(out.stdout))
    print(f"{'sites':>6} {'objects':>8} {'validate':>9} {'render':>7} {'write':>7} {'total s':>8} {'CPU s':>6}"
          f" {'ms/site':>8} {'peak RSS MiB':>13}")
    for r in rows:
        print(f"{r['sites']:>6} {r['objects']:>8} {r['validate']:>9.2f} {r['render']:>7.2f} {r['write']:>7.2f}"
              f" {r['seconds']:>8.2f} {r['cpu']:>6.2f} {1000 * r['seconds'] / r['sites']:>8.2f}"
              f" {r['peak_rss_mib']:>13}")
    print("(wall seconds per step; CPU s = this process's CPU time: on a busy machine it is the steadier figure)")
    if len(rows) > 1:
        a, b = rows[0], rows[-1]
        growth = (b["seconds"] / b["sites"]) / (a["seconds"] / a["sites"])
        print(f"per-site cost at {b['sites']} vs {a['sites']} sites: {growth:.2f}x (1.0 = linear)")
    print("goal: 2,000 sites planned in under 10 s and under 1 GiB on a 2-core machine")


if __name__ == "__main__":
    main()
