"""URL plans (old path -> new path), rewriting links to old domains and site-internal links, resolving links for
checks.

A browser follows a link to the old site in many spellings: any case of scheme and host, protocol-relative,
with a default port, escaped for JSON (``http:\\/\\/``), as HTML entities (``&#x2F;``), percent-encoded inside a
query value (``?url=http%3A%2F%2F...``), or as a bare host (``www.old.gov.cn/a.html`` in text and scripts). Each
spelling is one _Form below; its matches are rewritten to the new URL in the same spelling. A host is only
matched whole: ``www.old.gov.cn.evil.com``, ``notold.gov.cn``, ``old.gov.cn@evil.com`` and subdomains stay.
"""

from __future__ import annotations

import contextlib
import functools
import html
import posixpath
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from urllib.parse import quote, unquote, unquote_to_bytes, urlsplit

# Script-like names cannot be served by a static web server: they are published as .html and the
# old name redirects. Everything else keeps its path.
DEFAULT_RENAMES = {".jsp": ".html", ".asp": ".html", ".aspx": ".html", ".php": ".html"}
PAGE_EXTS = frozenset({".html", ".htm", ".shtml", ".jsp", ".asp", ".aspx", ".php"})
# Text files other than pages that carry links and are converted to UTF-8. Everything else is copied byte for byte.
TEXT_EXTS = frozenset({".css", ".js", ".json", ".xml", ".rss", ".atom", ".svg"})
INDEX_NAMES = ("index.html", "index.htm", "index.shtml")
_URL_SAFE = "/:@!$&'()*+,;=-._~"

# URL-valued attributes, quoted or not, or inside a JS string with escaped quotes (document.write("<a href=\"..\">")).
_ATTR_NAMES = r"href|src|action|background|poster|data|longdesc|cite|formaction|lowsrc|dynsrc"
ATTR = re.compile(rf"""((?:{_ATTR_NAMES})\s*=\s*)(?:"([^"]*)"|'([^']*)'|\\"([^"\\]*)\\"|\\'([^'\\]*)\\'|"""
                  r"""([^\s"'>\\]+))""")  # matched with lower_matches (attribute names in any case)
_ATTR_QUOTES = (None, '"', "'", '\\"', "\\'", "")
_SRCSET = re.compile(r"""(\bsrcset\s*=\s*)(?:"([^"]*)"|'([^']*)')""", re.I)
_META_REFRESH = re.compile(r"""<meta\b[^>]*http-equiv\s*=\s*["']?refresh[^>]*>""", re.I)
_REFRESH_URL = re.compile(r"""(\bcontent\s*=\s*["']?\s*\d*\s*[;,]\s*(?:url\s*=\s*)?['"]?)([^"'>\s]+)""", re.I)
_CSS_URL = re.compile(r"""(\burl\(\s*)(["']?)([^"')\s]+)(\2\s*\))""", re.I)
_CSS_IMPORT = re.compile(r"""(@import\s+)(["'])([^"']+)(\2)""", re.I)
# Script navigation to a root-relative URL (location = '/a', window.open("/b")): moves with the prefix.
# (location.href = '/a' is an href= that ATTR already reads.)
_JS_NAV = re.compile(r"""(\b(?:location\s*=(?!=)|location\.(?:assign|replace)\(|window\.open\()\s*)"""
                     r"""(["'])(/[^"'\s]*)(\2)""")
_BASE = re.compile(r"""<base\b[^>]*\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", re.I)
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:")


def is_page(path: str) -> bool:
    return posixpath.splitext(path)[1].lower() in PAGE_EXTS


def is_text_asset(path: str) -> bool:
    return posixpath.splitext(path)[1].lower() in TEXT_EXTS or posixpath.basename(path).lower() == "robots.txt"


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


# ---- the spellings of an absolute URL ------------------------------------------------------------------------

# Where a host name ends: not followed by more host characters, a longer domain, or '@' (old.gov.cn@evil.com).
HOST_END = r"(?![A-Za-z0-9_\-]|\.[A-Za-z0-9\-]|@)"
_CJK_PUNCT = "\u3000-\u303f\uff00-\uffef"
_ENTITY_STOP = r"&(?:quot|apos|lt|gt|#0*3[49]|#x0*2[27]|#0*6[02]|#x0*3[ce]);"


@dataclass(frozen=True)
class _Form:
    name: str
    colon: str  # regex of ':' in this spelling
    sep: str  # regex of '/' in this spelling
    rest: str  # regex of the path, query and fragment that follow the authority
    unescape: Callable[[str], str]
    escape: Callable[[str, str], str]  # (plain URL, the matched text) -> the URL in this spelling
    marks: tuple[str, ...] = ()  # lower-cased strings a text must contain for this spelling to occur at all


def _json_unescape(s: str) -> str:
    return re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), s.replace("\\/", "/"))


def _entity_escape(url: str, matched: str) -> str:
    sep = re.search(r"&#x0*2f;|&#0*47;|&sol;", matched, re.I)
    out = html.escape(url, quote=False).replace("/", sep.group(0) if sep else "/")
    if re.search(r"^https?(?:&#x0*3a;|&#0*58;|&colon;)", matched, re.I):
        colon = re.search(r"&#x0*3a;|&#0*58;|&colon;", matched, re.I).group(0)
        out = out.replace(":", colon, 1)
    return out


_FORMS = (
    # Percent-encoded inside a query value: ?return=http%3A%2F%2Fwww.old.gov.cn%2Fa.jsp%3Fid%3D1
    _Form("percent", r"%3[aA]", r"%2[fF]", r"[A-Za-z0-9%._~!$'()*+,;=:@\-]*", unquote,
          lambda url, _m: quote(url, safe=""), ("%2f",)),
    # HTML entities: http:&#x2F;&#x2F;www.old.gov.cn&#x2F;a.html
    _Form("entity", r"(?::|&\#x0*3[aA];|&\#0*58;|&colon;)", r"(?:&\#x0*2[fF];|&\#0*47;|&sol;)",
          rf"(?:(?!{_ENTITY_STOP})&(?:\#x?[0-9a-fA-F]+|[a-zA-Z]+);|[^\s\"'<>&{_CJK_PUNCT}])*",
          html.unescape, _entity_escape, ("&#", "&sol;")),
    # JSON / JS string escapes: http:\/\/www.old.gov.cn\/a.html, \u002F
    _Form("json", r":", r"(?:\\/|\\u002[fF])", rf"(?:\\/|\\u[0-9a-fA-F]{{4}}|[^\s\"'<>\\{_CJK_PUNCT}])*",
          _json_unescape, lambda url, _m: url.replace("/", "\\/"), ("\\/", "\\u002")),
    # As written: http://, HTTP://, //host (protocol-relative), any port.
    _Form("plain", r":", r"/", rf"(?:(?!{_ENTITY_STOP})[^\s\"'<>\\()\[\]{{}}|^`{_CJK_PUNCT}])*",
          lambda s: s, lambda url, _m: url),
)


# Python's re skips quickly to where a pattern's literal start occurs, but tries every position of a pattern that
# starts with a look-behind, an optional part or IGNORECASE. So the patterns below start with literals, are matched
# case-sensitively against the lower-cased text (their literals are lower-case), and what must not precede a
# match is checked in code (_lower_scan's `before`).
_WORD = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
# Before a URL: not the tail of another scheme (ftp://) or word, nor a path.
BEFORE_URL = _WORD | frozenset("+.-:/\\%")
# Before a bare host: not another host's labels, a mail address's '@', a path or an escape.
BEFORE_HOST = _WORD | frozenset(".-@/\\%")


def _form_regex(form: _Form, hosts: str) -> re.Pattern[str]:
    sep = form.sep
    return re.compile(
        rf"(?:https?{form.colon}{sep}{sep}|{sep}{sep})(?:{hosts})\.?(?:{form.colon}\d{{1,5}})?{HOST_END}"
        rf"(?P<rest>(?:{sep}|[?#]|%3[fF]|%23){form.rest})?"
    )


def _bare_regex(hosts: str, rest: str) -> re.Pattern[str]:
    """A host with no scheme and no '//' (text, script constants, meta SiteDomain). Not after '@' (mail
    addresses are not web links), '/' (a path segment of another URL) or another host character."""
    return re.compile(rf"(?:{hosts})\.?(?::\d{{1,5}})?{HOST_END}(?P<rest>/{rest})?")


@functools.lru_cache(maxsize=64)
def _ignorecase(pattern: re.Pattern[str]) -> re.Pattern[str]:
    return re.compile(pattern.pattern, pattern.flags | re.IGNORECASE)


def lower_matches(pattern: re.Pattern[str], text: str, before: frozenset[str] = frozenset()):
    """Matches of a lower-case pattern in text, in any case, not preceded by a character in `before`. Spans index
    text itself (read groups with group_of). Where lower() changes the length (a few non-Chinese letters), the
    text is searched with IGNORECASE instead."""
    low = text.lower()
    if len(low) != len(text):
        pattern, low = _ignorecase(pattern), text
    for m in pattern.finditer(low):
        if before and m.start() and text[m.start() - 1] in before:
            continue
        yield m


def group_of(m: re.Match[str], text: str, group: int | str = 0) -> str | None:
    """A group of a lower_matches match, as written in the original text."""
    start, end = m.span(group)
    return None if start == -1 else text[start:end]


def _lower_sub(pattern: re.Pattern[str], text: str, fn: Callable[[re.Match[str]], str | None],
               before: frozenset[str] = frozenset()) -> str:
    """pattern.sub over lower_matches; fn returns the replacement, or None to keep the match as it is."""
    out: list[str] = []
    last = 0
    for m in lower_matches(pattern, text, before):
        rep = fn(m)
        if rep is None:
            continue
        out += [text[last:m.start()], rep]
        last = m.end()
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)


class Rewriter:
    """Rewrites one site's text files: old-domain URLs to the new base; internal links to renamed files and, for
    a site published under a prefix (closed into a portal), root-relative links under that prefix."""

    def __init__(self, old_domains: Iterable[str], new_base: str, plan: dict[str, str], prefix: str = "",
                 new_domains: Iterable[str] = ()):
        self.new_base = new_base.rstrip("/")
        self.new_host = urlsplit(self.new_base).hostname or ""
        self.prefix = prefix.rstrip("/")
        self.plan = plan
        keep = {self.new_host, *(d.lower() for d in new_domains)}
        forms = [f for f in host_forms(old_domains) if f not in keep]
        self._host_list = forms
        self._cache: dict[tuple[str, str], str] = {}
        self._forms: list[tuple[_Form, re.Pattern[str]]] = []
        self._bare = None
        if forms:
            alternation = "|".join(re.escape(f) for f in forms)
            self._forms = [(form, _form_regex(form, alternation)) for form in _FORMS]
            self._bare = _bare_regex(alternation, _FORMS[-1].rest)

    def new_path(self, old_path: str) -> str:
        return self.plan.get(old_path, old_path)

    def _map_path(self, path: str) -> str:
        """A URL path of the old site (as written) -> the path on the new site (without prefix)."""
        if not path:
            return "/"
        decoded = decode_path(path)
        new = self.plan.get(decoded)
        if new is not None and new != decoded:
            return quote_path(new)
        if decoded != unquote_to_bytes(path).decode("utf-8", "replace"):
            return quote_path(decoded)  # GBK percent-encoding: re-encode as UTF-8 like the names on disk
        return path

    def _new_url(self, rest: str) -> str:
        path, tail = _split_rest(rest)
        return self.new_base + self._map_path(path) + tail

    def rewrite_absolute(self, text: str) -> str:
        """Every spelling of a URL (or bare host) of an old domain, to the new URL in the same spelling."""
        low = text.lower()
        if not any(h in low for h in self._host_list):
            return text  # the host itself is never escaped in these spellings
        for form, pattern in self._forms:
            if form.marks and not any(mark in low for mark in form.marks):
                continue

            def absolute(m: re.Match[str], form: _Form = form, src: str = text) -> str:
                rest = form.unescape(group_of(m, src, "rest") or "")
                return form.escape(self._new_url(rest), group_of(m, src) or "")

            text = _lower_sub(pattern, text, absolute, BEFORE_URL)
        if self._bare is not None:
            def bare(m: re.Match[str], src: str = text) -> str:
                rest = group_of(m, src, "rest")
                if rest is None:
                    return self.new_host
                return self._new_url(rest).split("://", 1)[1]

            text = _lower_sub(self._bare, text, bare, BEFORE_HOST)
        return text

    # ---- site-internal links ---------------------------------------------------------------------------------

    def _relative_value(self, base: str, value: str) -> str:
        """One internal link value as written, relative to the old URL path `base`; returns it rewritten."""
        key = (posixpath.dirname(base) if not value.startswith("/") else "", value)
        out = self._cache.get(key)
        if out is None:
            out = self._cache[key] = self._relative_uncached(base, value)
        return out

    def _relative_uncached(self, base: str, value: str) -> str:
        raw = value.strip()
        if not raw or raw.startswith(("#", "//", "\\")) or _SCHEME.match(raw) or raw.startswith(("{", "$", "<")):
            return value
        path, tail = _split_rest(html.unescape(raw))
        if not path:
            return value
        if path.startswith("/"):
            target = posixpath.normpath(decode_path(path))
            if target.startswith("//"):
                target = "/" + target.lstrip("/")
            new = self.plan.get(target, target)
            if new == target and not self.prefix:
                return value
            keep_slash = "/" if path.endswith("/") and new != "/" else ""
            return self.prefix + (quote_path(new) if new != target else path.rstrip("/") or "/") + keep_slash + tail
        joined = posixpath.join(posixpath.dirname(base), decode_path(path))
        climbs = _climbs(joined)
        target = _clamp(posixpath.normpath(joined))
        if path.endswith("/"):
            if climbs and self.prefix:
                return self.prefix + quote_path(target.rstrip("/") + "/") + tail
            return value
        new = self.plan.get(target, target)
        if climbs and self.prefix:
            # '../../x' above the old root stayed at the root; under a prefix it would leave the site.
            return self.prefix + quote_path(new) + tail
        if new == target:
            return value
        head = path.rsplit("/", 1)[0] + "/" if "/" in path else ""
        return head + quote_path(posixpath.basename(new)) + tail

    def rewrite_relative(self, page: str, text: str, base: str | None = None) -> str:
        """Internal links in HTML (attributes, srcset, meta refresh, inline CSS, script navigation)."""
        base = page if base is None else base

        def attr(m: re.Match[str], src: str = text) -> str | None:
            return self._attr(m, src, lambda value: self._relative_value(base, value))

        def srcset(m: re.Match[str]) -> str:
            value = m.group(2) if m.group(2) is not None else m.group(3)
            q = '"' if m.group(2) is not None else "'"
            parts = []
            for cand in value.split(","):
                bits = cand.strip().split(None, 1)
                if not bits:
                    continue
                url = self._relative_value(base, bits[0])
                parts.append(" ".join([html.escape(url, quote=True) if url != bits[0] else url, *bits[1:]]))
            return m.group(1) + q + ", ".join(parts) + q

        def refresh(m: re.Match[str]) -> str:
            return _REFRESH_URL.sub(lambda r: r.group(1) + self._relative_value(base, r.group(2)), m.group(0))

        low = text.lower()
        text = _lower_sub(ATTR, text, attr, _WORD)
        if "srcset" in low:
            text = _SRCSET.sub(srcset, text)
        if "refresh" in low:
            text = _META_REFRESH.sub(refresh, text)
        if "location" in text or "window.open" in text:
            text = _JS_NAV.sub(lambda m: m.group(1) + m.group(2) + self._relative_value(base, m.group(3))
                               + m.group(4), text)
        return self.rewrite_css(base, text) if "url(" in low or "@import" in low else text

    def rewrite_script(self, text: str) -> str:
        """A script file: only root-relative links move (to the prefix, or to renamed files); relative ones
        resolve against whichever page includes the script, so they are left as they are."""
        def root_only(value: str) -> str:
            return self._relative_value("/", value) if value.strip().startswith("/") else value

        def attr(m: re.Match[str], src: str = text) -> str | None:
            return self._attr(m, src, root_only)

        text = _lower_sub(ATTR, text, attr, _WORD)
        return _JS_NAV.sub(lambda m: m.group(1) + m.group(2) + root_only(m.group(3)) + m.group(4), text)

    @staticmethod
    def _attr(m: re.Match[str], src: str, rewrite: Callable[[str], str]) -> str | None:
        """An ATTR match with its value rewritten (quoted as it was; unquoted values get quotes), or None."""
        for group in range(2, 7):
            value = group_of(m, src, group)
            if value is None:
                continue
            new = rewrite(value)
            if new == value:
                return None
            q = _ATTR_QUOTES[group - 1] or '"'
            escaped = html.escape(new, quote=True) if q in ('"', "'") else new
            return group_of(m, src, 1) + q + escaped + q
        return None

    def rewrite_css(self, base: str, text: str) -> str:
        """url(...) and @import in a stylesheet or a page's inline styles, relative to `base`."""
        text = _CSS_URL.sub(lambda m: m.group(1) + m.group(2) + self._relative_value(base, m.group(3)) + m.group(4),
                            text)
        return _CSS_IMPORT.sub(lambda m: m.group(1) + m.group(2) + self._relative_value(base, m.group(3))
                               + m.group(4), text)


def _climbs(joined: str) -> bool:
    depth = 0
    for part in joined.split("/"):
        if part in ("", "."):
            continue
        depth = depth - 1 if part == ".." else depth + 1
        if depth < 0:
            return True
    return False


def _clamp(path: str) -> str:
    """A normalised path with leading '/..' segments removed, as browsers resolve them at the root."""
    while path.startswith("/.."):
        path = path[3:] or "/"
    return path if path.startswith("/") else "/" + path


# ---- reading links for checks --------------------------------------------------------------------------------

def extract_links(text: str) -> list[str]:
    """Link values in a page or stylesheet: attributes, srcset candidates, meta refresh and CSS url()/@import."""
    out = [html.unescape(next(g for g in (group_of(m, text, i) for i in range(2, 7)) if g is not None))
           for m in lower_matches(ATTR, text, _WORD)]
    for m in _SRCSET.finditer(text):
        value = m.group(2) if m.group(2) is not None else m.group(3)
        out += [html.unescape(c.split()[0]) for c in value.split(",") if c.strip()]
    for m in _META_REFRESH.finditer(text):
        out += [r.group(2) for r in _REFRESH_URL.finditer(m.group(0))]
    out += [m.group(3) for m in _CSS_URL.finditer(text)]
    out += [m.group(3) for m in _CSS_IMPORT.finditer(text)]
    return out


def page_base(page: str, text: str, internal_hosts: Iterable[str]) -> str | None:
    """The site path relative links resolve against (<base href> or the page), None for a base on another site."""
    m = _BASE.search(text)
    if not m:
        return page
    href = html.unescape(next(g for g in m.groups() if g is not None)).strip()
    if not href:
        return page
    target = resolve(page, href, internal_hosts)
    return target


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
        return _clamp(posixpath.normpath(decode_path(path or "/"))) + trailing
    if _SCHEME.match(value):
        return None  # mailto:, javascript:, ftp:, data: ...
    path, _ = _split_rest(value)
    if not path:
        return None
    joined = posixpath.join(posixpath.dirname(page), decode_path(path))
    resolved = _clamp(posixpath.normpath(joined))
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
