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


@dataclass
class Converted:
    data: bytes | None  # None: held back (cannot be converted faithfully)
    encoding: str
    unlocated: list[str] = field(default_factory=list)
    reason: str = ""


def transform_page(data: bytes, old_path: str, site: SiteSpec, rewriter: links.Rewriter) -> Converted:
    """A page as published: UTF-8 declared as such, links rewritten, the entry's identifiers."""
    d = charset.decode(data, site.encoding)
    if not d.faithful:
        return Converted(None, d.encoding, reason="bytes that decode in no encoding (would publish U+FFFD)")
    text = charset.fix_declared_charset(d.text)
    base = links.page_base(old_path, d.text, site.old_domains)
    text = rewriter.rewrite_absolute(text)
    if base is not None:
        text = rewriter.rewrite_relative(old_path, text, base)
    ids = identifiers.ensure_identifiers(text, site.site_code, site.icp, site.psb)
    return Converted(ids.text.encode("utf-8"), d.encoding, ids.unlocated)


def transform_text(data: bytes, old_path: str, site: SiteSpec, rewriter: links.Rewriter) -> Converted:
    """A stylesheet, script, JSON or XML file: UTF-8, declarations fixed, links rewritten. A file that is not
    text after all (NUL bytes without a UTF-16 BOM) is copied unchanged."""
    if b"\x00" in data and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return Converted(data, "binary")
    d = charset.decode(data, site.encoding)
    if not d.faithful:
        return Converted(None, d.encoding, reason="bytes that decode in no encoding (would publish U+FFFD)")
    ext = old_path.rsplit(".", 1)[-1].lower()
    text = rewriter.rewrite_absolute(d.text)
    if ext == "css":
        text = rewriter.rewrite_css(old_path, charset.fix_css_declaration(text))
    elif ext == "js":
        text = rewriter.rewrite_script(text)
    elif ext in ("xml", "rss", "atom", "svg"):
        text = charset.fix_xml_declaration(text)
    out = text.encode("utf-8")
    return Converted(data if out == data else out, d.encoding)


def _kind(path: str) -> str:
    return "page" if links.is_page(path) else "attachment"


def transform_tree(source: Path, publish: Path, state: Path, site: SiteSpec, check: bool = False) -> dict:
    """Publish source/ into publish/, keep bookkeeping in state/. Returns a summary with 'changed'."""
    files = tree.walk(source)
    old_paths = [tree.site_path(source, f) for f in files]
    plan = links.plan_paths(old_paths, site.renames)
    rewriter = links.Rewriter(site.old_domains, site.new_base, plan, site.prefix, site.new_domains)
    encodings: Counter[str] = Counter()
    held_back: list[dict] = []
    unlocated: list[dict] = []
    written: list[str] = []
    entries: list[dict] = []
    for f, old in zip(files, old_paths, strict=True):
        new = plan[old]
        data = f.read_bytes()
        text = False
        if links.is_page(old) or links.is_text_asset(old):
            conv = (transform_page if links.is_page(old) else transform_text)(data, old, site, rewriter)
            encodings[conv.encoding] += 1
            if conv.data is None:
                held_back.append({"path": old, "reason": conv.reason})
                continue
            unlocated += [{"path": old, "problem": p} for p in conv.unlocated]
            data, text = conv.data, conv.encoding != "binary"
        dest = tree.safe_member(publish, new)
        if tree.write_if_changed(dest, data, check):
            written.append(new)
        entry = {"path": new, "source": old, "kind": _kind(old), "size": len(data), "sha256": _sha(data)}
        if text:
            entry["text"] = True
        entries.append(entry)

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
        "held_back": held_back,
        "lossy_pages": [h["path"] for h in held_back],
        "unlocated_identifiers": unlocated,
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
