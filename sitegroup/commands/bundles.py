"""sitegroup bundles: make the mirror of the upstream bundles (CRDs, charts) an air-gapped cluster installs from.

`sitegroup bundles mirror --out DIR` lays the pinned releases out from their Go modules (engines/bundles, go.sum
verified) and prints DIR; `sitegroup bundles verify DIR` checks a mirror, e.g. after copying it into the
government network; `sitegroup bundles list` prints the pins. See docs/bundles.md.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from sitegroup.engines import bundles as mirror
from sitegroup.k8s import versions


def register(sub) -> None:
    p = sub.add_parser("bundles", help="mirror the pinned upstream CRD bundles and charts for air-gapped clusters")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    m = actions.add_parser("mirror", help="lay the mirror out in DIR (from the releases' Go modules); print DIR")
    m.add_argument("--out", type=Path, required=True, metavar="DIR")
    v = actions.add_parser("verify", help="check a mirror against its stamp and this checkout's pins")
    v.add_argument("dir", type=Path, metavar="DIR")
    actions.add_parser("list", help="the bundles, their pins and their place in a mirror")
    p.set_defaults(func=run)


def run(args) -> int:
    if args.action == "list":
        for b in versions.ALL_BUNDLES:
            print(f"{b.layer:9} {b.name:20} {b.version:8} {b.mirror_path:26} {b.url or '(mirror only)'}")
        return 0
    if args.action == "verify":
        problems = mirror.verify_mirror(args.dir)
        for problem in problems:
            print(problem, file=sys.stderr)
        if not problems:
            print(f"{args.dir}: every bundle matches {versions.MIRROR_STAMP} and the pins")
        return 1 if problems else 0
    started = time.monotonic()
    try:
        out = mirror.build_mirror(args.out)
    except mirror.BundleMirrorError as exc:
        print(f"sitegroup bundles: {exc}", file=sys.stderr)
        return 1
    print(f"sitegroup bundles: mirror ready in {time.monotonic() - started:.1f} s", file=sys.stderr)
    print(out)
    return 0
