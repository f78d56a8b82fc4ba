"""Validation speed and memory at 100, 1,000 and 5,000 sites (goal: 5,000 in under 5 s, linear).

    .venv/bin/python bench/validate.py [--sizes 100,1000,5000]

Each size runs in a fresh process so peak RSS is that run's own.
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


def measure(inv: Path) -> dict:
    from sitegroup.inventory import check_environment

    t0 = time.perf_counter()
    env, issues = check_environment(path=inv)
    seconds = time.perf_counter() - t0
    assert not issues, issues[:3]
    return {"sites": len(env.sites), "seconds": round(seconds, 3),
            "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="100,1000,5000")
    ap.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(measure(args.child)))
        return
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in map(int, args.sizes.split(",")):
            inv = generate(n, Path(tmp) / f"inv-{n}")
            out = subprocess.run([sys.executable, __file__, "--child", str(inv)], capture_output=True, text=True,
                                 check=True)
            rows.append(json.loads(out.stdout))
    print(f"{'sites':>6} {'seconds':>8} {'ms/site':>8} {'peak RSS MiB':>13}")
    for r in rows:
        print(f"{r['sites']:>6} {r['seconds']:>8.2f} {1000 * r['seconds'] / r['sites']:>8.2f} {r['peak_rss_mib']:>13}")
    if len(rows) > 1:
        a, b = rows[0], rows[-1]
        growth = (b["seconds"] / b["sites"]) / (a["seconds"] / a["sites"])
        print(f"per-site cost at {b['sites']} vs {a['sites']} sites: {growth:.2f}x (1.0 = linear)")
    print("goal: 5,000 sites in under 5 s on a 2-core machine")


if __name__ == "__main__":
    main()
