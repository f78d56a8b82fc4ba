"""sitegroup validate: check an environment's inventory; exit 0 when valid, 1 with every error."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from sitegroup.inventory import check_environment


def add_inventory_args(parser) -> None:
    """--env / --inventory, shared by every command that reads an environment."""
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--env", default=None, help="environment under inventories/ (default: dev)")
    group.add_argument("--inventory", type=Path, default=None, metavar="PATH",
                       help="an inventory directory (environment.yaml + sites/)")


def register(sub) -> None:
    p = sub.add_parser("validate", help="validate an environment's site inventory")
    add_inventory_args(p)
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(func=run)


def run(args) -> int:
    env, issues = check_environment(args.env, path=args.inventory)
    if args.format == "json":
        json.dump({"valid": not issues, "environment": env.name if env else args.env,
                   "sites": len(env.sites) if env else None,
                   "errors": [i.as_dict() for i in issues]}, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0 if not issues else 1
    if issues:
        for i in issues:
            print(i, file=sys.stderr)
        print(f"\n{len(issues)} error(s); nothing was written.", file=sys.stderr)
        return 1
    by_level: dict[str, int] = {}
    for s in env.sites:
        by_level[s.level] = by_level.get(s.level, 0) + 1
    levels = ", ".join(f"{n} {lv}" for lv, n in sorted(by_level.items()))
    print(f"{env.name}: {len(env.sites)} sites valid ({levels})")
    return 0
