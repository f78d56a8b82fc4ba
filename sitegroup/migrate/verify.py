"""Check a published site against its source: counts, checksums, and links the migration broke."""

from __future__ import annotations

import http.client
import json
from pathlib import Path
from urllib.parse import urlsplit

from . import charset, links, tree
from .transform import SiteSpec


def _read_manifest(state: Path) -> dict:
    return json.loads((state / "manifest.json").read_text("utf-8"))


def broken_links(root: Path, pages: list[str], internal_hosts: tuple[str, ...], files: set[str],
                 extra: set[str], encoding: str = "auto", strip_prefix: str = "") -> set[tuple[str, str]]:
    """(page, target path) for every internal link whose target is not served."""
    broken: set[tuple[str, str]] = set()
    for page in pages:
        f = root / page.lstrip("/")
        if not f.is_file():
            continue  # a missing page is a checksum/count failure, reported there
        text, _enc, _lossy = charset.decode_page(f.read_bytes(), encoding)
        for value in links.extract_links(text):
            target = links.resolve(page, value, internal_hosts)
            if target is None:
                continue
            if strip_prefix and target.startswith(strip_prefix + "/"):
                target = target[len(strip_prefix):]
            if not links.exists(target, files, extra):
                broken.add((page, target))
    return broken


def samples(entries: list[dict], prefix: str, count: int) -> tuple[list[str], list[dict]]:
    """Evenly spread page URLs (the home page first) and up to `count` renamed old URLs, percent-encoded."""
    pages = sorted(e["path"] for e in entries if e["kind"] == "page")
    step = max(1, len(pages) // max(1, count))
    chosen = sorted(set(([p for p in pages if p == "/index.html"] + pages[::step])[:count]))
    renames = [e for e in entries if e["source"] != e["path"]][:count]
    return (
        [prefix + links.quote_path(p) for p in chosen],
        [{"old": prefix + links.quote_path(e["source"]), "new": prefix + links.quote_path(e["path"])}
         for e in renames],
    )


def verify_site(publish: Path, state: Path, staging: Path, source: dict[str, list], site: SiteSpec,
                sample_count: int = 20) -> dict:
    doc = _read_manifest(state)
    entries = doc["files"]
    mismatched: list[str] = []
    for e in entries:
        f = publish / e["path"].lstrip("/")
        if not f.is_file() or tree.sha256_file(f) != e["sha256"]:
            mismatched.append(e["path"])
    src_pages = sorted(p for p in source if links.is_page(p))
    counts = {
        "source_pages": len(src_pages),
        "source_attachments": len(source) - len(src_pages),
        "published_pages": sum(1 for e in entries if e["kind"] == "page"),
        "published_attachments": sum(1 for e in entries if e["kind"] == "attachment"),
    }
    old_to_new = {e["source"]: e["path"] for e in entries}
    new_to_old = {v: k for k, v in old_to_new.items()}
    published_files = set(new_to_old)
    renamed_old = {o for o, n in old_to_new.items() if o != n}

    src_broken = broken_links(staging, src_pages, site.old_domains, set(source), set(), site.encoding)
    pub_pages = sorted(e["path"] for e in entries if e["kind"] == "page")
    pub_broken = broken_links(publish, pub_pages, site.new_domains + site.old_domains, published_files,
                              renamed_old, "utf-8", site.prefix)
    # Compare in old-URL terms: a link broken in the source and still broken is reported, not blamed.
    pub_broken_old = {(new_to_old.get(p, p), new_to_old.get(t, t)) for p, t in pub_broken}
    new_broken = sorted(pub_broken_old - src_broken)
    not_utf8 = []
    for page in pub_pages:
        f = publish / page.lstrip("/")
        if not f.is_file():
            continue
        data = f.read_bytes()
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            not_utf8.append(page)
    problems = []
    if mismatched:
        problems.append(f"{len(mismatched)} published files differ from the manifest")
    if counts["source_pages"] != counts["published_pages"]:
        problems.append("page count differs from the source")
    if counts["source_attachments"] != counts["published_attachments"]:
        problems.append("attachment count differs from the source")
    if new_broken:
        problems.append(f"{len(new_broken)} links broken by the migration")
    if not_utf8:
        problems.append(f"{len(not_utf8)} published pages are not UTF-8")
    sample_urls, sample_renames = samples(entries, site.prefix, sample_count)
    return {
        "ok": not problems,
        "sample_urls": sample_urls,
        "sample_renames": sample_renames,
        "problems": problems,
        **counts,
        "checksum_mismatches": mismatched[:50],
        "broken_by_migration": [list(x) for x in new_broken[:50]],
        "broken_in_source": [list(x) for x in sorted(src_broken)],
        "not_utf8": not_utf8[:50],
    }


def _get(base_url: str, host: str, path: str, timeout: float) -> tuple[int, dict[str, str], bytes]:
    u = urlsplit(base_url)
    cls = http.client.HTTPSConnection if u.scheme == "https" else http.client.HTTPConnection
    conn = cls(u.hostname, u.port, timeout=timeout)
    try:
        conn.request("GET", path, headers={"Host": host, "User-Agent": "sitegroup-onboard-verify"})
        resp = conn.getresponse()
        return resp.status, {k.lower(): v for k, v in resp.getheaders()}, resp.read()
    finally:
        conn.close()


def check_served(base_url: str, host: str, pages: list[str], renames: list[dict], timeout: float = 10) -> list[str]:
    """Problems seen when fetching sample pages (200, UTF-8, SiteIDCode) and renamed old URLs (301 to the
    new name) from the target's web server. Redirects are not followed."""
    problems: list[str] = []
    for path in pages:
        try:
            status, headers, body = _get(base_url, host, path, timeout)
        except OSError as exc:
            problems.append(f"{path}: {exc}")
            continue
        ctype = headers.get("content-type", "").lower()
        if status != 200:
            problems.append(f"{path}: HTTP {status}")
            continue
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            problems.append(f"{path}: body is not UTF-8")
            continue
        declared = charset.declared_charset(body)
        if "charset=" in ctype and "utf-8" not in ctype:
            problems.append(f"{path}: served as {ctype}")
        elif declared not in ("utf-8", "utf8"):
            problems.append(f"{path}: declares charset {declared}")
        if "SiteIDCode" not in text:
            problems.append(f"{path}: no SiteIDCode meta tag")
    for r in renames:
        try:
            status, headers, _ = _get(base_url, host, r["old"], timeout)
        except OSError as exc:
            problems.append(f"{r['old']}: {exc}")
            continue
        location = headers.get("location", "")
        if status not in (301, 308) or not location.endswith(r["new"]):
            problems.append(f"{r['old']}: HTTP {status} to {location!r}, expected a redirect to {r['new']}")
    return problems
