"""URL plans (old path -> new path), rewriting links to old domains, and resolving links for checks."""

from __future__ import annotations

import contextlib
import html
import posixpath
import re
from collections.abc import Iterable
from urllib.parse import quote, unquote_to_bytes

# Script-like names cannot be served by a static web server: they are published as .html and the
# old name redirects. Everything else keeps its path.
DEFAULT_RENAMES = {".jsp": ".html", ".asp": ".html", ".aspx": ".html", ".php": ".html"}
PAGE_EXTS = frozenset({".html", ".htm", ".shtml", ".jsp", ".asp", ".aspx", ".php"})
INDEX_NAMES = ("index.html", "index.htm", "index.shtml")
_URL_SAFE = "/:@!$&'()*+,;=-._~"

# href/src/action/background attribute values, quoted or not.
ATTR = re.compile(r"""(\b(?:href|src|action|background)\s*=\s*)(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", re.I)


def is_page(path: str) -> bool:
    return posixpath.splitext(path)[1].lower() in PAGE_EXTS


def plan_paths(paths: Iterable[str], renames: dict[str, str] | None = None) -> dict[str, str]:
    """Old path -> new path for every file. Renamed files never overwrite a file that keeps its name."""
    renames = DEFAULT_RENAMES if renames is None else renames
    paths = sorted(paths)
    taken = set(paths)
    plan: dict[str, str] = {}
    for old in paths:
        stem, ext = posixpath.splitext(old)
        new_ext = renames.get(ext.lower())
        if new_ext is None:
            plan[old] = old
            continue
        new = stem + new_ext
        if new in taken:  # a.jsp next to an existing a.html: publish a.jsp as a.jsp.html
            new = old + new_ext
        while new in taken:
            new += new_ext
        taken.add(new)
        plan[old] = new
    return plan


def quote_path(path: str) -> str:
    return quote(path, safe=_URL_SAFE)


def decode_path(raw: str) -> str:
    """Percent-decoded path; UTF-8 first, then GB18030 (legacy pages percent-encode GBK names)."""
    data = unquote_to_bytes(raw)
    for codec in ("utf-8", "gb18030"):
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            continue
    return raw


def host_forms(domains: Iterable[str]) -> list[str]:
    """Each domain as written plus its other IDNA form, longest first (so a.b.c wins over b.c)."""
    forms: set[str] = set()
    for d in domains:
        d = d.strip().rstrip(".").lower()
        if not d:
            continue
        forms.add(d)
        with contextlib.suppress(UnicodeError):
            forms.add(d.encode("idna").decode("ascii"))
        with contextlib.suppress(UnicodeError):
            forms.add(d.encode("ascii").decode("idna"))
    return sorted(forms, key=lambda f: (-len(f), f))


def _split_rest(rest: str) -> tuple[str, str]:
    """'/a/b?x#y' -> ('/a/b', '?x#y')."""
    cut = len(rest)
    for ch in "?#":
        i = rest.find(ch)
        if i != -1:
            cut = min(cut, i)
    return rest[:cut], rest[cut:]


class Rewriter:
    """Rewrites one site's pages: old-domain URLs to the new base, links to renamed files to new names."""

    def __init__(self, old_domains: Iterable[str], new_base: str, plan: dict[str, str]):
        self.new_base = new_base.rstrip("/")
        self.plan = plan
        forms = host_forms(old_domains)
        self._abs = None
        if forms:
            alternation = "|".join(re.escape(f) for f in forms)
            # The host must end where the URL's authority ends: old.gov.cn never matches old.gov.cn.evil.com.
            self._abs = re.compile(
                r"(?<![\w.+\-:/])(?:https?:)?//(?i:" + alternation + r")(?::\d{1,5})?"
                r"(?=[/?#\s\"'<>\\)]|$)([^\s\"'<>\\)]*)"
            )

    def new_path(self, old_path: str) -> str:
        return self.plan.get(old_path, old_path)

    def _absolute(self, m: re.Match[str]) -> str:
        path, tail = _split_rest(m.group(1))
        if not path:
            path = "/"
        decoded = decode_path(path)
        new = self.plan.get(decoded)
        if new is not None and new != decoded:
            path = quote_path(new)
        elif decoded != unquote_to_bytes(path).decode("utf-8", "replace"):
            path = quote_path(decoded)  # GBK percent-encoding: re-encode as UTF-8 like the names on disk
        return self.new_base + path + tail

    def rewrite_absolute(self, text: str) -> str:
        return self._abs.sub(self._absolute, text) if self._abs else text

    def _relative_value(self, page: str, value: str) -> str:
        if not value or value.startswith(("#", "//")) or re.match(r"^[A-Za-z][A-Za-z0-9+.\-]*:", value):
            return value
        path, tail = _split_rest(html.unescape(value))
        if not path:
            return value
        target = posixpath.normpath(posixpath.join(posixpath.dirname(page), decode_path(path)))
        if path.endswith("/"):
            return value
        new = self.plan.get(target)
        if new is None or new == target:
            return value
        head = path.rsplit("/", 1)[0] + "/" if "/" in path else ""
        return head + quote_path(posixpath.basename(new)) + tail

    def rewrite_relative(self, page: str, text: str) -> str:
        def attr(m: re.Match[str]) -> str:
            for group, quote_char in ((2, '"'), (3, "'"), (4, "")):
                value = m.group(group)
                if value is not None:
                    new = self._relative_value(page, value)
                    if new == value:
                        return m.group(0)
                    if quote_char == "":
                        quote_char = '"'
                    return m.group(1) + quote_char + html.escape(new, quote=True) + quote_char
            return m.group(0)

        return ATTR.sub(attr, text)


def extract_links(text: str) -> list[str]:
    return [html.unescape(next(g for g in m.groups()[1:] if g is not None)) for m in ATTR.finditer(text)]


def resolve(page: str, value: str, internal_hosts: Iterable[str]) -> str | None:
    """The decoded site path a link points to, or None when it leaves the site or is no page link."""
    value = value.strip()
    if not value or value.startswith("#"):
        return None
    hosts = set(host_forms(internal_hosts))
    m = re.match(r"^(?:(https?):)?//([^/?#:]+)(?::\d+)?(.*)$", value, re.I)
    if m:
        if m.group(2).lower().rstrip(".") not in hosts:
            return None
        rest = m.group(3) or "/"
        path, _ = _split_rest(rest)
        trailing = "/" if path.endswith("/") and path != "/" else ""
        return posixpath.normpath(decode_path(path or "/")) + trailing
    if re.match(r"^[A-Za-z][A-Za-z0-9+.\-]*:", value):
        return None  # mailto:, javascript:, ftp:, data: ...
    path, _ = _split_rest(value)
    if not path:
        return None
    joined = posixpath.join(posixpath.dirname(page), decode_path(path))
    resolved = posixpath.normpath(joined)
    if resolved.startswith("//"):
        resolved = "/" + resolved.lstrip("/")
    return resolved + ("/" if path.endswith("/") and resolved != "/" else "")


def exists(path: str, files: set[str], extra: Iterable[str] = ()) -> bool:
    """Whether a site path is served: a file, a directory with an index page, or a redirected old name."""
    if path in files:
        return True
    extra = set(extra)
    if path in extra:
        return True
    base = path.rstrip("/")
    return any(f"{base}/{name}" in files for name in INDEX_NAMES)
