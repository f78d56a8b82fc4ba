"""sitegroup schema: print the site entry's JSON Schema (published as schemas/site.schema.json)."""

from __future__ import annotations

import sys

from sitegroup.inventory import repo_root
from sitegroup.schema import published_path, published_text


def register(sub) -> None:
    p = sub.add_parser("schema", help="print the JSON Schema of a site entry (for editors)")
    p.add_argument("--write", action="store_true", help="write it to schemas/site.schema.json")
    p.set_defaults(func=run)


def run(args) -> int:
    if args.write:
        path = published_path(repo_root())
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(published_text(), encoding="utf-8")
        print(f"wrote {path}")
    else:
        sys.stdout.write(published_text())
    return 0
