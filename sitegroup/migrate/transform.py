"""Publish a staged legacy docroot as the new site's content: UTF-8 pages, rewritten links, identifiers,
a content manifest, the old-to-new URL map and nginx redirect maps. Idempotent: files are written
only when their bytes change, and the result says whether anything did."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from . import charset, identifiers, links, nginxmap, tree


@dataclass(frozen=True)
class SiteSpec:
    site_id: str
    site_code: str
    icp: str
    psb: str
    old_domains: tuple[str, ...]
    new_domains: tuple[str, ...]  # ascii (and unicode) forms of the new site's domains
    new_origin: str  # https://www.example.gov.cn
    prefix: str = ""  # "/<id>" when the site is closed into another site's content
    encoding: str = "auto"
    renames: dict[str, str] = field(default_factory=lambda: dict(links.DEFAULT_RENAMES))

    @property
    def new_base(self) -> str:
        return self.new_origin.rstrip("/") + self.prefix

    @classmethod
    def from_dict(cls, d: dict) -> SiteSpec:
        return cls(
            site_id=d["id"],
            site_code=d["site_code"],
            icp=d["icp"],
            psb=d["psb"],
            old_domains=tuple(d["old_domains"]),
            new_domains=tuple(d["new_domains"]),
            new_origin=d["new_origin"],
            prefix=d.get("prefix") or "",
            encoding=d.get("encoding") or "auto",
            renames=dict(d.get("renames") or links.DEFAULT_RENAMES),
        )


STATE_FILES = ("manifest.json", "urlmap.json", "redirects.map", "legacy.map", "transform.json")


def transform_page(
    data: bytes, old_path: str, site: SiteSpec, rewriter: links.Rewriter
) -> tuple[bytes, str, bool]:
    """(UTF-8 bytes, detected source encoding, lossy)."""
    text, detected, lossy = charset.decode_page(data, site.encoding)
    text = charset.fix_declared_charset(text)
    text = rewriter.rewrite_absolute(text)
    text = rewriter.rewrite_relative(old_path, text)
    text = identifiers.ensure_identifiers(text, site.site_code, site.icp, site.psb)
    return text.encode("utf-8"), detected, lossy


def _kind(path: str) -> str:
    return "page" if links.is_page(path) else "attachment"


def transform_tree(source: Path, publish: Path, state: Path, site: SiteSpec, check: bool = False) -> dict:
    """Publish source/ into publish/, keep bookkeeping in state/. Returns a summary with 'changed'."""
    files = tree.walk(source)
    old_paths = [tree.site_path(source, f) for f in files]
    plan = links.plan_paths(old_paths, site.renames)
    rewriter = links.Rewriter(site.old_domains, site.new_base, plan)
    encodings: Counter[str] = Counter()
    lossy: list[str] = []
    written: list[str] = []
    entries: list[dict] = []
    for f, old in zip(files, old_paths, strict=True):
        new = plan[old]
        data = f.read_bytes()
        if links.is_page(old):
            data, detected, was_lossy = transform_page(data, old, site, rewriter)
            encodings[detected] += 1
            if was_lossy:
                lossy.append(old)
        dest = tree.safe_member(publish, new)
        if tree.write_if_changed(dest, data, check):
            written.append(new)
        entries.append(
            {"path": new, "source": old, "kind": _kind(old), "size": len(data), "sha256": _sha(data)}
        )

    previous = _previous_paths(state)
    keep = {e["path"] for e in entries}
    removed = sorted(p for p in previous - keep)
    for p in removed:
        target = tree.safe_member(publish, p)
        if target.exists() and not check:
            target.unlink()
    if removed:
        tree.remove_empty_dirs(publish, check)

    urlmap = {old: site.new_base + links.quote_path(new) for old, new in plan.items()}
    renamed = {
        site.prefix + old: site.prefix + links.quote_path(new) for old, new in plan.items() if old != new
    }
    redirects_text, skipped_target = nginxmap.render_map(renamed)
    legacy_text, skipped_legacy = nginxmap.render_map(urlmap)
    entries.sort(key=lambda e: e["path"])
    summary = {
        "site": site.site_id,
        "pages": sum(1 for e in entries if e["kind"] == "page"),
        "attachments": sum(1 for e in entries if e["kind"] == "attachment"),
        "renamed": len(renamed),
        "encodings": dict(sorted(encodings.items())),
        "lossy_pages": lossy,
        "unmappable_paths": sorted(set(skipped_target) | set(skipped_legacy)),
    }
    state_changes = [
        name
        for name, data in (
            (
                "manifest.json",
                tree.dump_json({"site": site.site_id, "prefix": site.prefix, "files": entries}),
            ),
            ("urlmap.json", tree.dump_json(urlmap)),
            ("redirects.map", redirects_text.encode("utf-8")),
            ("legacy.map", legacy_text.encode("utf-8")),
            ("transform.json", tree.dump_json(summary)),
        )
        if tree.write_if_changed(state / name, data, check)
    ]
    return {
        **summary,
        "changed": bool(written or removed or state_changes),
        "written": len(written),
        "written_sample": written[:20],
        "removed": removed,
        "state_changed": state_changes,
    }


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _previous_paths(state: Path) -> set[str]:
    try:
        doc = json.loads((state / "manifest.json").read_text("utf-8"))
    except (FileNotFoundError, ValueError):
        return set()
    return {e["path"] for e in doc.get("files", [])}
