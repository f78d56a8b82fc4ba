"""Check a published site against its source: counts, checksums, and links the migration broke."""

from __future__ import annotations

import html
import http.client
import json
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

from . import charset, identifiers, links, tree
from .transform import SiteSpec


def _read_manifest(state: Path) -> dict:
    return json.loads((state / "manifest.json").read_text("utf-8"))


def _read_summary(state: Path) -> dict:
    try:
        return json.loads((state / "transform.json").read_text("utf-8"))
    except (FileNotFoundError, ValueError):
        return {}


def broken_links(root: Path, pages: list[str], internal_hosts: tuple[str, ...], files: set[str],
                 extra: set[str], encoding: str = "auto", strip_prefix: str = "") -> set[tuple[str, str]]:
    """(page, target path) for every internal link whose target is not served. Pages and stylesheets; a page's
    <base href> is honoured. Under a prefix, a root-relative link outside it leaves the site (it would land in
    the portal's own content) and is broken."""
    broken: set[tuple[str, str]] = set()
    for page in pages:
        f = root / page.lstrip("/")
        if not f.is_file():
            continue
        text = charset.decode(f.read_bytes(), encoding).text
        base = page if page.endswith(".css") else links.page_base(strip_prefix + page, text, internal_hosts)
        if base is None:
            continue  # relative links resolve on another site
        if page.endswith(".css"):
            base = strip_prefix + page
        for value in links.extract_links(text):
            target = links.resolve(base, value, internal_hosts)
            if target is None:
                continue
            if strip_prefix:
                if target != strip_prefix and not target.startswith(strip_prefix + "/"):
                    broken.add((page, target))
                    continue
                target = target[len(strip_prefix):] or "/"
            if not links.exists(target, files, extra):
                broken.add((page, target))
    return broken


class _References:
    """Whole mentions of old hosts (not a longer or look-alike host), any case: a fast lower-case pattern whose
    matches are checked for what precedes them. A percent-escape before the host (%2F, %3A) is a boundary."""

    def __init__(self, hosts: list[str]):
        self.hosts = hosts
        alternation = "|".join(re.escape(f) for f in hosts)
        self.pattern = re.compile(rf"(?:{alternation})\.?{links.HOST_END}")

    def finditer(self, text: str):
        """(is a mail address, match) for each mention."""
        for m in links.lower_matches(self.pattern, text):
            before = text[m.start() - 1] if m.start() else ""
            escape = text[max(0, m.start() - 3):m.start()].lower()
            if escape == "%40" or before == "@":
                yield True, m
            elif before and before in _HOST_CHARS and escape not in ("%2f", "%3a"):
                continue
            else:
                yield False, m


_HOST_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-")


def reference_pattern(old_domains: tuple[str, ...]) -> _References | None:
    """Any mention of an old host, whole (not a longer or look-alike host), any case."""
    forms = links.host_forms(old_domains)
    return _References(forms) if forms else None


# Escapes that could hide a host name's own characters (letters, digits, '.', '-') from a plain search.
_HOST_CHAR_ESCAPE = {
    "entity": re.compile(r"&#(?:x0*(?:2[de]|3\d|[46][1-9a-f]|[57][0-9a])|0*(?:4[56]|4[89]|5[0-7]|6[5-9]|[7-9]\d|1[01]"
                         r"\d|12[0-2]));", re.I),
    "json": re.compile(r"\\u00(?:2[de]|3\d|[46][1-9a-f]|[57][0-9a])", re.I),
    "percent": re.compile(r"%(?:2[de]|3\d|[46][1-9a-f]|[57][0-9a])", re.I),
}


def _unescaped_views(text: str) -> list[str]:
    """The text as a browser could read a URL in it: raw, and entity-decoded, JSON-unescaped or percent-decoded
    where such escapes could hide the characters of a host name. Escaped separators ('\\/', '&#x2F;', '%2F')
    leave the host itself readable in the raw text."""
    views = [text]
    if "&#" in text and _HOST_CHAR_ESCAPE["entity"].search(text):
        views.append(html.unescape(text))
    if "\\u00" in text and _HOST_CHAR_ESCAPE["json"].search(text):
        views.append(re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), text))
    if "%" in text and _HOST_CHAR_ESCAPE["percent"].search(text):
        views.append(unquote(text))
    return views


def old_references(text: str, pattern: _References | None) -> tuple[list[str], list[str]]:
    """(snippets referring to an old host, mail addresses at an old host) in any spelling."""
    if pattern is None:
        return [], []
    hosts = pattern.hosts
    refs: dict[str, None] = {}
    mails: dict[str, None] = {}
    for view in _unescaped_views(text):
        if view is text and not any(h in view.lower() for h in hosts):
            continue
        for is_mail, m in pattern.finditer(view):
            snippet = view[max(0, m.start() - 30): m.end() + 30].replace("\n", " ")
            (mails if is_mail else refs)[snippet] = None
    return list(refs), list(mails)


def _replacement_count(data: bytes) -> int:
    """U+FFFD in the source as UTF-8 or GB18030 bytes, or as a character reference."""
    return (data.count("\ufffd".encode()) + data.count("\ufffd".encode("gb18030"))
            + len(re.findall(rb"&#(?:x0*fffd|0*65533);", data, re.I)))


def check_file(text: str, path: str, kind: str, site: SiteSpec,
               pattern: _References | None) -> tuple[list[dict], list[str]]:
    """(exceptions, mail addresses at old hosts) of one published text file: old-host references, conflicting
    identifiers, encoding declarations."""
    out: list[dict] = []
    refs, mails = old_references(text, pattern)
    out += [{"page": path, "kind": "old domain", "detail": r} for r in refs[:5]]
    if kind == "page":
        out += [{"page": path, "kind": "identifiers", "detail": p}
                for p in identifiers.conflicts(text, site.site_code, site.icp, site.psb)]
    declared = charset.declarations(text)
    if kind == "page" and not set(declared) & charset.UTF8_LABELS:
        out.append({"page": path, "kind": "encoding", "detail": "no utf-8 charset declaration"})
    bad = [d for d in declared if d not in charset.UTF8_LABELS]
    if bad:
        out.append({"page": path, "kind": "encoding", "detail": f"declares {', '.join(sorted(set(bad)))}"})
    return out, mails


def samples(entries: list[dict], prefix: str, count: int) -> tuple[list[str], list[dict]]:
    """Evenly spread page URLs (the home page first) and every renamed old URL, percent-encoded."""
    pages = sorted(e["path"] for e in entries if e["kind"] == "page")
    step = max(1, len(pages) // max(1, count))
    chosen = sorted(set(([p for p in pages if p == "/index.html"] + pages[::step])[:count]))
    renames = [e for e in entries if e["source"] != e["path"]]
    return (
        [prefix + links.quote_path(p) for p in chosen],
        [{"old": prefix + links.quote_path(e["source"]), "new": prefix + links.quote_path(e["path"])}
         for e in renames],
    )


def verify_site(publish: Path, state: Path, staging: Path, source: dict[str, list], site: SiteSpec,
                sample_count: int = 20) -> dict:
    """Everything the migration promises, over every file: the report lists each exception with its page."""
    doc = _read_manifest(state)
    summary = _read_summary(state)
    entries = doc["files"]
    exceptions: list[dict] = []
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

    # Every old URL reachable: each source file published (directly or under its new name, which the redirect
    # maps cover), and every path representable in those maps.
    held = {h["path"]: h["reason"] for h in summary.get("held_back", [])}
    for p in sorted(set(source) - set(old_to_new)):
        exceptions.append({"page": p, "kind": "not published", "detail": held.get(p, "missing from the manifest")})
    for p in summary.get("unmappable_paths", []):
        exceptions.append({"page": p, "kind": "no redirect", "detail": "the path cannot be written in an nginx map"})

    src_css = sorted(p for p in source if p.lower().endswith(".css"))
    src_broken = broken_links(staging, src_pages + src_css, site.old_domains, set(source), set(), site.encoding)
    pub_pages = sorted(e["path"] for e in entries if e["kind"] == "page")
    pub_css = sorted(e["path"] for e in entries if e["path"].lower().endswith(".css"))
    pub_broken = broken_links(publish, pub_pages + pub_css, site.new_domains + site.old_domains, published_files,
                              renamed_old, "utf-8", site.prefix)
    # Compare in old-URL terms: a link broken in the source and still broken is reported, not blamed.
    pub_broken_old = {(new_to_old.get(p, p), new_to_old.get(t, t)) for p, t in pub_broken}
    new_broken = sorted(pub_broken_old - src_broken)
    exceptions += [{"page": p, "kind": "broken link", "detail": t} for p, t in new_broken]

    pattern = reference_pattern(site.old_domains)
    not_utf8: list[str] = []
    mails: dict[str, list[str]] = {}
    for e in entries:
        if not (e["kind"] == "page" or e.get("text")):
            continue
        f = publish / e["path"].lstrip("/")
        if not f.is_file():
            continue
        data = f.read_bytes()
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            not_utf8.append(e["path"])
            exceptions.append({"page": e["path"], "kind": "encoding", "detail": "not UTF-8"})
            continue
        if text.startswith("\ufeff") and e["kind"] == "page":
            exceptions.append({"page": e["path"], "kind": "encoding", "detail": "byte order mark"})
        found, page_mails = check_file(text, e["path"], e["kind"], site, pattern)
        exceptions += found
        if page_mails:
            mails[e["path"]] = page_mails
        if "\ufffd" in text:
            src = staging / e["source"].lstrip("/")
            if text.count("\ufffd") > (_replacement_count(src.read_bytes()) if src.is_file() else 0):
                exceptions.append({"page": e["path"], "kind": "encoding",
                                   "detail": "U+FFFD (replacement character) the source did not have"})

    problems = []
    if mismatched:
        problems.append(f"{len(mismatched)} published files differ from the manifest")
    if counts["source_pages"] != counts["published_pages"]:
        problems.append("page count differs from the source")
    if counts["source_attachments"] != counts["published_attachments"]:
        problems.append("attachment count differs from the source")
    by_kind: dict[str, int] = {}
    for x in exceptions:
        by_kind[x["kind"]] = by_kind.get(x["kind"], 0) + 1
    problems += [f"{n} × {kind}" for kind, n in sorted(by_kind.items())]
    sample_urls, sample_renames = samples(entries, site.prefix, sample_count)
    return {
        "ok": not problems,
        "sample_urls": sample_urls,
        "sample_renames": sample_renames,
        "problems": problems,
        **counts,
        "exceptions": exceptions,
        "checksum_mismatches": mismatched[:50],
        "broken_by_migration": [list(x) for x in new_broken[:50]],
        "broken_in_source": [list(x) for x in sorted(src_broken)],
        "not_utf8": not_utf8[:50],
        "old_domain_mail_addresses": mails,
    }


class _Client:
    """One keep-alive connection to the target's web server (reopened when the server closes it)."""

    def __init__(self, base_url: str, host: str, timeout: float):
        self.url, self.host, self.timeout = urlsplit(base_url), host, timeout
        self.conn: http.client.HTTPConnection | None = None

    def get(self, path: str) -> tuple[int, dict[str, str], bytes]:
        for attempt in (0, 1):
            if self.conn is None:
                cls = http.client.HTTPSConnection if self.url.scheme == "https" else http.client.HTTPConnection
                self.conn = cls(self.url.hostname, self.url.port, timeout=self.timeout)
            try:
                self.conn.request("GET", path, headers={"Host": self.host, "User-Agent": "sitegroup-onboard-verify"})
                resp = self.conn.getresponse()
                return resp.status, {k.lower(): v for k, v in resp.getheaders()}, resp.read()
            except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError):
                self.close()
                if attempt:
                    raise
        raise AssertionError("not reached")

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None


def check_served(base_url: str, host: str, pages: list[str], renames: list[dict], timeout: float = 10) -> list[str]:
    """Problems seen when fetching sample pages (200, UTF-8, SiteIDCode) and every renamed old URL (301 to the new
    name, keeping its query string) from the target's web server. Redirects are not followed."""
    problems: list[str] = []
    client = _Client(base_url, host, timeout)
    try:
        for path in pages:
            try:
                status, headers, body = client.get(path)
            except OSError as exc:
                problems.append(f"{path}: {exc}")
                continue
            problems += _page_problems(path, status, headers, body)
        for r in renames:
            query = "?sg-verify=1"
            try:
                status, headers, _ = client.get(r["old"] + query)
            except OSError as exc:
                problems.append(f"{r['old']}: {exc}")
                continue
            location = headers.get("location", "")
            if status not in (301, 308) or not location.endswith(r["new"] + query):
                problems.append(f"{r['old']}{query}: HTTP {status} to {location!r}, expected a redirect to "
                                f"{r['new']}{query}")
    finally:
        client.close()
    return problems


def _page_problems(path: str, status: int, headers: dict[str, str], body: bytes) -> list[str]:
    ctype = headers.get("content-type", "").lower()
    if status != 200:
        return [f"{path}: HTTP {status}"]
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        return [f"{path}: body is not UTF-8"]
    problems = []
    declared = charset.declared_charset(body)
    if "charset=" in ctype and "utf-8" not in ctype:
        problems.append(f"{path}: served as {ctype}")
    elif declared not in ("utf-8", "utf8"):
        problems.append(f"{path}: declares charset {declared}")
    if "SiteIDCode" not in text:
        problems.append(f"{path}: no SiteIDCode meta tag")
    return problems
