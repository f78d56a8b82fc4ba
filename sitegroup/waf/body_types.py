"""Declared body types: a Content-Type outside the profiles' allowed list that a product's own client
sends on its own paths (Coremail's web client posts ``text/x-json; tz="Asia/Shanghai"``).

Declared by a CMS package (``content_types:``) or by a site for its own service (``waf.content_types``).
On those paths, with exactly that type and those parameters, the body is parsed (JSON or XML) and read
argument by argument like any allowed type; the type check (920420) and the header-shape checks do not
refuse it. Any other header on the path, or the type on any other path, meets every rule as before.

``body: text`` (a textual format that is neither JSON nor XML: WHIP/WHEP's ``application/sdp``, RFC 9725)
is read as text/plain is (ADR 0019), not as a form (CRS's 901350 would split SDP's ``v=0`` lines at ``=``
into odd arguments): parsed as JSON, and a body that is not JSON (SDP) is not refused for that but read
WHOLE: copied into ``TX:sg_text_body``, which CRS's 65 paranoia-1 attack rules read (``modsec.TEXT_BODY_RULES``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sitegroup.model import ContentType
from sitegroup.waf import safe
from sitegroup.waf.ctl import DECLARED_PATHS, PATH_TRANSFORMS, ctl_remove, path_operator, regex_literal

# A Content-Type parameter name as declared: lower-case, with '.' for OData's odata.metadata/odata.streaming.
PARAM_NAME = re.compile(r"^[a-z][a-z0-9.-]{0,30}$")

SCHEMA: dict = {
    "type": "array", "minItems": 1, "maxItems": 5,
    "description": "a body type the product's own client sends on its paths, outside the profiles' list",
    "items": {
        "type": "object", "additionalProperties": False, "required": ["paths", "type", "body", "reason"],
        "properties": {
            "paths": DECLARED_PATHS,
            "type": {"type": "string", "pattern": safe.CONTENT_TYPE.pattern},
            "parameters": {"type": "array", "maxItems": 5, "uniqueItems": True,
                           "items": {"type": "string", "pattern": PARAM_NAME.pattern},
                           "description": "Content-Type parameters the client adds (charset, tz, odata.metadata)"},
            "body": {"enum": ["json", "xml", "text"], "description": "how ModSecurity parses the body"},
            "reason": {"type": "string", "minLength": 1, "maxLength": 300, "pattern": "^[^\\x00-\\x1f\\x7f]+$"},
        },
    },
}


def form_type(ctype: str) -> bool:
    """A type every HTML form is sent as: parsed already, and a declaration would change how every form on
    the path is read (refused by the package and entry validators)."""
    return ctype.startswith("multipart/") or ctype == "application/x-www-form-urlencoded"


def from_data(items: Iterable[dict]) -> tuple[ContentType, ...]:
    return tuple(ContentType(tuple(c["paths"]), c["type"], tuple(c.get("parameters", ())), c["body"], c["reason"])
                 for c in items)


# A Content-Type parameter value as clients write it: a token or a quoted token (tz="Asia/Shanghai").
# (\x22 is '"': a literal quote would end the operator's quoted string.)
PARAM_VALUE = "(?:\\x22[a-z0-9_.+/-]{1,40}\\x22|[a-z0-9_.+/-]{1,40})"

# The header is pinned by the rule's pattern (the declared type, declared parameters, values of
# [a-z0-9_.+/-]): the type check (920420), the header-shape check (920470), the "second type after ';'"
# check (921422 and its platform copy 10422: tz="Asia/Shanghai" holds a '/') and every CRS rule reading
# the header as text have nothing left to find in it; the body is parsed as declared, not as the header
# would suggest.
PINNED_RULES = (920420, 920470, 921422)
_PINNED_TYPE_CTLS = ",".join([*(ctl_remove(r, None, None) for r in PINNED_RULES),
                              ctl_remove(None, "OWASP_CRS", "REQUEST_HEADERS:Content-Type")])


# Set on a request whose body is read as text: text/plain (modsec's 200008) and a declared text type (below).
# A body so flagged that does not parse as JSON is copied whole where CRS's paranoia-1 attack rules read
# it, and its parse error refuses nothing (modsec's 200012 and 200002).
TEXT_FLAG = "sg_text"


def rule_count(c: ContentType) -> int:
    return len(c.paths)


def render(c: ContentType, first_id: int, tag: str) -> list[str]:
    """Phase 1, one chained rule per path: when the whole Content-Type header (lower-cased) is the
    declared type with only the declared parameters, parse the body (before phase 2, when CRS reads it)
    and leave the header to no rule (_PINNED_TYPE_CTLS). A text body is parsed as JSON (so not as a form)
    and flagged as text/plain is: the platform's 200012 reads one that did not parse whole."""
    lines = [f"# Body type {safe.comment(c.type)} ({c.body}): {safe.comment(c.reason)}"]
    for i, path in enumerate(c.paths):
        lines += rule(c, path, first_id + i, tag)
    return lines


def rule(c: ContentType, path: str, rule_id: int, tag: str) -> list[str]:
    ctype = safe.check(safe.CONTENT_TYPE, c.type, "content type")
    params = "|".join(regex_literal(safe.check(PARAM_NAME, p, "content type parameter")) for p in c.parameters)
    tail = f"(?:[ \\t]*;[ \\t]*(?:{params})={PARAM_VALUE})*" if params else ""
    read = "ctl:requestBodyProcessor=" + {"json": "JSON", "xml": "XML", "text": f"JSON,setvar:tx.{TEXT_FLAG}=1"}[c.body]
    lit = regex_literal(ctype).replace("+", "\\+")
    return [
        f'SecRule REQUEST_FILENAME "{path_operator(path)}" "id:{rule_id},phase:1,pass,nolog,{PATH_TRANSFORMS},'
        f"tag:'{tag}',chain\"",
        '    SecRule &REQUEST_HEADERS:Content-Type "@eq 1" "t:none,chain"',  # one header: no second type
        f'    SecRule REQUEST_HEADERS:Content-Type "@rx \\A{lit}{tail}\\z" '
        f'"t:none,t:lowercase,{read},{_PINNED_TYPE_CTLS}"',
    ]


def _paths_overlap(p: str, q: str) -> bool:
    """Some request path is under both (path_operator: a directory covers what is under it, a file
    itself and what lies below it)."""
    def covers(a: str, b: str) -> bool:
        return a == b or b.startswith(a if a.endswith("/") else a + "/")
    return covers(p, q) or covers(q, p)


def conflicts(declared: list[tuple[str, tuple[ContentType, ...]]]) -> list[tuple[str, str, str]]:
    """(who, who, what) for declarations one site gets (its packages', its own) that would parse one
    Content-Type as two body types on one path: the last ctl:requestBodyProcessor would win, silently.
    Different types never meet (each rule pins the whole header), so every other combination is fine."""
    out = []
    for i, (a, xs) in enumerate(declared):
        for b, ys in declared[i + 1:]:
            for x in xs:
                for y in ys:
                    both = [(p, q) for p in x.paths for q in y.paths if _paths_overlap(p, q)]
                    if x.type == y.type and x.body != y.body and both:
                        out.append((a, b, f"parse {x.type} as {x.body} and as {y.body} on {both[0][0]} / {both[0][1]}"))
    return out
