"""Defence in depth for every value the WAF renderer writes into nginx or ModSecurity syntax.

The inventory loader validates entries before they become model objects, but the renderer is the
last line before operators' strings turn into directives: a value that could end a directive
(``;``, ``{``, ``}``, quotes, whitespace, newlines, ``#``, ``\\``) would let one site's entry write
configuration into another site's server block. So each value is checked against a narrow
allow-list here and the renderer refuses (``WafRenderError``) instead of escaping creatively.
"""

from __future__ import annotations

import ipaddress
import json
import re

from sitegroup.waf.errors import WafRenderError

_LABEL = r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
SITE_ID = re.compile(rf"^{_LABEL}$")
PROFILE_NAME = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,40}[a-z0-9])?$")
DOMAIN = re.compile(rf"^(?:{_LABEL}\.)+{_LABEL}$")
METHOD = re.compile(r"^[A-Z]{1,20}$")
CONTENT_TYPE = re.compile(r"^[a-z0-9][a-z0-9.+-]{0,60}/[a-z0-9][a-z0-9.+-]{0,80}$")
# URL path prefixes: unreserved characters only, so they are literal in a regex-free context and
# need no quoting inside a ModSecurity operator argument or an nginx location.
URL_PATH = re.compile(r"^/(?:[A-Za-z0-9._~-]+/?)*$")
RULE_TAG = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_./-]{0,80}$")
# A ModSecurity target: a collection, optionally one key (no regex keys, no '|' lists, no '!'). A key may
# open with one '$': OData's system query options ($filter, $select, $expand) are parameters of that name.
TARGET = re.compile(
    r"^(?:ARGS|ARGS_GET|ARGS_POST|ARGS_NAMES|ARGS_GET_NAMES|ARGS_POST_NAMES|REQUEST_COOKIES|"
    r"REQUEST_COOKIES_NAMES|REQUEST_HEADERS|REQUEST_HEADERS_NAMES|XML|FILES|FILES_NAMES|"
    r"REQUEST_BODY|REQUEST_URI|REQUEST_FILENAME|REQUEST_BASENAME|QUERY_STRING)"
    r"(?::\$?[A-Za-z0-9_.\[\]-]{1,100})?$"
    r"|^XML:/\*$"  # a parsed XML body's text as ModSecurity reads it (CRS's XML:/*), never an XPath
)
ABS_PATH = re.compile(r"^/(?:[A-Za-z0-9._+-]+/?)*$")
LISTEN = re.compile(r"^(?:(?:\d{1,3}(?:\.\d{1,3}){3}|\[[0-9a-fA-F:.]+\]):)?\d{1,5}$")
BACKEND = re.compile(r"^https?://(?:[A-Za-z0-9.-]+|\{site\}|\[[0-9a-fA-F:.]+\])+(?::\d{1,5})?(?:/[A-Za-z0-9._~/-]*)?$")
RESOLVER = re.compile(r"^[A-Za-z0-9.:\[\]-]+(?: valid=\d{1,5}s)?(?: ipv6=off)?$")


def check(pattern: re.Pattern[str], value: object, what: str) -> str:
    if not isinstance(value, str) or not pattern.fullmatch(value):
        raise WafRenderError(f"refusing to render {what}: {value!r} is not an allowed value")
    return value


def integer(value: object, what: str, lo: int, hi: int) -> int:
    # bool is an int subclass: True must not pass as 1.
    if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
        raise WafRenderError(f"refusing to render {what}: {value!r} is not an integer in [{lo}, {hi}]")
    return value


def network(value: object, what: str) -> str:
    """A CIDR written back in canonical form (what nginx gets is what ipaddress parsed)."""
    if not isinstance(value, str) or not re.fullmatch(r"[0-9A-Fa-f:./]{2,49}", value):
        raise WafRenderError(f"refusing to render {what}: {value!r} is not a CIDR")
    try:
        return str(ipaddress.ip_network(value, strict=False))
    except ValueError as exc:
        raise WafRenderError(f"refusing to render {what}: {value!r} is not a CIDR ({exc})") from None


def comment(text: object) -> str:
    """Free text (a site's name, an exception's reason) made safe for a ``#`` comment line.

    JSON string encoding keeps it on one line (newlines become ``\\n``) and the closing quote
    means the line never ends in a backslash, which ModSecurity would read as a continuation.
    """
    return json.dumps(str(text), ensure_ascii=False)
