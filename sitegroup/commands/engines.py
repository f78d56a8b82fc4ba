"""sitegroup engines: build (or find) the pinned real engines and print the directory that holds them.

`./run test` calls `sitegroup engines build` and exports the directory as SITEGROUP_ENGINES_BIN for the real-engine
tests; a platform engineer can put it on PATH to get the same Pulumi CLI, provider and kubectl as CI.
"""

from __future__ import annotations

import sys
import time

from sitegroup.engines import build


def register(sub) -> None:
    p = sub.add_parser("engines", help="build the pinned Pulumi, provider and Kubernetes binaries from source")
    p.add_argument("action", choices=("build", "list"),
                   help="build: build what is missing and print the binaries' directory; list: the pins")
    p.set_defaults(func=run)


def run(args) -> int:
    if args.action == "list":
        for module in build.MODULES:
            for b in module.binaries:
                print(f"{b.name:28} {b.package}  (engines/{module.directory})")
        return 0
    started = time.monotonic()
    try:
        bin_dir = build.ensure()
    except build.EngineBuildError as exc:
        print(f"sitegroup engines: {exc}", file=sys.stderr)
        return 1
    print(f"sitegroup engines: ready in {time.monotonic() - started:.1f} s", file=sys.stderr)
    print(bin_dir)
    return 0
