"""Declared methods: HTTP methods outside the profiles' list (GET, HEAD, POST, OPTIONS) that a site's own
service answers on its own paths (ADR 0036). A CalDAV or CardDAV server (RFC 4791, RFC 6352) is spoken to
with PROPFIND, REPORT, PUT and DELETE by every calendar and address-book client (Thunderbird, iOS, DAVx5); a
REST back end updates with PUT and PATCH. No profile lists them, so CRS's method check (911100) refuses them on
every site; a site entry declares them where its service lives:

    waf:
      methods:
        - paths: [/caldav/]
          methods: [PROPFIND, REPORT, PUT, DELETE]
          reason: 本站 CalDAV 日程服务 (ticket 88, reviewed by 王工)

On those paths, a request with one of those methods is not refused for its method; every other rule reads it
as it reads a POST (its body is parsed by its Content-Type). Any other method, the methods on any other path,
and every other site meet 911100 as before. TRACE, TRACK, CONNECT and DEBUG cannot be declared: they exist for
diagnosis and proxies, not for a site's service, and are the ones attackers probe with (cross-site tracing).
"""

from __future__ import annotations

from collections.abc import Iterable

from sitegroup.model import MethodGrant
from sitegroup.waf import safe
from sitegroup.waf.ctl import DECLARED_PATHS, PATH_TRANSFORMS, ctl_remove, path_operator
from sitegroup.waf.errors import WafRenderError

# RFC 9110 (PUT, DELETE), RFC 5789 (PATCH), WebDAV (RFC 4918), CalDAV (RFC 4791: MKCALENDAR) and the REPORT
# method (RFC 3253) that CalDAV and CardDAV query with. Not TRACE, TRACK, CONNECT or DEBUG.
DECLARABLE = ("PUT", "PATCH", "DELETE", "PROPFIND", "PROPPATCH", "MKCOL", "MKCALENDAR", "REPORT", "COPY", "MOVE",
              "LOCK", "UNLOCK")
METHOD_CHECK = 911100  # CRS: "Method is not allowed by policy" (tx.allowed_methods, set per profile)

SCHEMA: dict = {
    "type": "array", "minItems": 1, "maxItems": 5,
    "description": "methods the site's own service answers on its paths, beyond the profile's",
    "items": {
        "type": "object", "additionalProperties": False, "required": ["paths", "methods", "reason"],
        "properties": {
            "paths": DECLARED_PATHS,
            "methods": {"type": "array", "minItems": 1, "maxItems": len(DECLARABLE), "uniqueItems": True,
                        "items": {"enum": list(DECLARABLE)},
                        "description": "WebDAV, CalDAV and REST methods; never TRACE, TRACK, CONNECT or DEBUG"},
            "reason": {"type": "string", "minLength": 1, "maxLength": 300, "pattern": "^[^\\x00-\\x1f\\x7f]+$"},
        },
    },
}


def from_data(items: Iterable[dict]) -> tuple[MethodGrant, ...]:
    return tuple(MethodGrant(tuple(m["paths"]), tuple(m["methods"]), m["reason"]) for m in items)


def rule_count(m: MethodGrant) -> int:
    return len(m.paths)


def render(m: MethodGrant, first_id: int, tag: str) -> list[str]:
    """Phase 1, one chained rule per path: a request with one of the declared methods (the exact, case-sensitive
    token, as HTTP defines it) on the path is not read by 911100. Nothing else is removed."""
    if not m.paths or not m.methods:
        raise WafRenderError("a method declaration names at least one path and one method")
    for method in m.methods:
        safe.check(safe.METHOD, method, "declared method")
        if method not in DECLARABLE:
            raise WafRenderError(f"method {method!r} cannot be declared (one of {', '.join(DECLARABLE)})")
    alternatives = "|".join(m.methods)  # [A-Z]+ tokens: literal in a regex
    leave = ctl_remove(METHOD_CHECK, None, None, copy=False)  # 911100 has no platform copy
    lines = [f"# Methods {' '.join(m.methods)}: {safe.comment(m.reason)}"]
    for i, path in enumerate(m.paths):
        lines += [
            f'SecRule REQUEST_FILENAME "{path_operator(path)}" "id:{first_id + i},phase:1,pass,nolog,'
            f"{PATH_TRANSFORMS},tag:'{tag}',chain\"",
            f'    SecRule REQUEST_METHOD "@rx \\A(?:{alternatives})\\z" "t:none,{leave}"',
        ]
    return lines
