"""Filter fields: a named parameter on named paths that carries a query language by design.

A map or catalogue service takes its filter from the client: ArcGIS REST's ``where`` and GeoServer's
``CQL_FILTER`` are SQL WHERE clauses (``NAME LIKE '%停车场%' OR TYPE = '公共'``, ``area BETWEEN 480 AND
7233``, ``INTERSECTS(geom, POLYGON((…)))``), an SRU catalogue's ``query`` is CQL (``dc.title="民法典" and
dc.date>1998``). CRS's SQL rules read exactly that as an injection: libinjection (942100, PL1) and the
PL2/PL3 heuristics. Removing them for the field would leave the field unread for SQL; keeping them
refuses the service's every ordinary query. These fields were "kept refused by design" until stop 24.

Instead, the field is read by a grammar: when the argument is there exactly once and its WHOLE value is a
sequence of the language's tokens
(string literals with no backslash, numbers, dates, identifiers, comparison operators, parentheses and
commas, the language's own functions: spatial predicates and geometry constructors, IN, UPPER/LOWER), and
holds none of what an injection needs to leave a filter (a statement keyword such as SELECT, UNION, FROM,
INTO, SLEEP, WAITFOR, EXEC, DROP; any other function call, e.g. GeoServer's strStartsWith of
CVE-2023-25157; ``;``, ``--``, ``/*``, ``#``, ``\\``, a backtick, ``@@``; a ``%`` followed by two hex
digits, i.e. an escape left after decoding), then CRS's SQL rules (tag ``attack-sqli``, the platform's copies
included) do not read that one argument for this request. Any value that is not such a sequence is read
by every rule, as before. Every other family (XSS, RCE, LFI, Java) always reads it, and every other
parameter keeps every rule.

What the grammar lets through is a filter: a tautology such as ArcGIS's ``where=1=1`` ("all features")
is one, and the services put the client's filter in parentheses of their own query. A string literal
may hold anything but a lone quote or a backslash, as SQL's standard quoting reads it.
"""

from __future__ import annotations

import re

from sitegroup.model import FilterField
from sitegroup.waf import safe
from sitegroup.waf.ctl import DECLARED_PATHS, PATH_TRANSFORMS, ctl_remove, named_argument, path_operator
from sitegroup.waf.errors import WafRenderError

# Words no filter needs and every SQL injection beyond a tautology does (compared case-insensitively,
# as whole words). A field name that happens to be one ("order") makes the value fall back to every rule.
STATEMENT_WORDS = (
    "union", "select", "from", "into", "insert", "update", "delete", "drop", "alter", "create", "truncate",
    "exec", "execute", "declare", "sleep", "benchmark", "waitfor", "pg_sleep", "having", "group", "order",
    "limit", "offset", "case", "when", "then", "cast", "convert", "information_schema", "xp_cmdshell",
    "load_file", "outfile", "dumpfile", "rlike", "regexp", "xor", "procedure", "handler", "shutdown",
)
_WORD_GUARD = r"(?!(?:" + "|".join(STATEMENT_WORDS) + r")\b)"
# Nothing that ends a filter or hides text from a parser, anywhere in the value.
_VALUE_GUARD = r"(?![\s\S]*(?:;|--|/\*|\*/|#|\x5c|`|@@|%[0-9a-f]{2}))"

_STRING = r"'[^'\x5c]*+(?:''[^'\x5c]*+)*+'"
_DATE = r"\d{4}-\d{2}-\d{2}(?:t\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:z|[+-]\d{2}(?::?\d{2})?)?)?(?![\w.])"
_NUMBER = r"[+-]?(?:\d++(?:\.\d*+)?|\.\d++)(?:e[+-]?\d++)?(?![\w.])"
_IDENT = _WORD_GUARD + r"[a-z_\x80-\xff][\w\x80-\xff.]*+(?!\s*\()"

# ECQL (GeoServer), ArcGIS REST where clauses: SQL WHERE syntax plus OGC spatial predicates. What may stand
# before "(": these functions, and the operators AND/OR/NOT/IN before a parenthesised group or list.
SQL_FUNCTIONS = (
    "and", "or", "not", "in", "upper", "lower", "bbox", "intersects", "dwithin", "beyond", "contains", "within",
    "crosses", "overlaps", "touches", "disjoint", "equals", "relate", "point", "linestring", "polygon", "multipoint",
    "multilinestring", "multipolygon", "geometrycollection", "envelope", "date", "timestamp",
)
_SQL_TOKEN = (r"(?>" + _STRING + "|" + _DATE + "|" + _NUMBER + r"|(?:" + "|".join(SQL_FUNCTIONS) + r")\s*\("
              + r"|\x22[\w\x80-\xff .-]{1,64}\x22|" + _IDENT + r"|<>|!=|<=|>=|[=<>+*/,()-])")
# CQL (SRU, the Contextual Query Language): index names, relations and their modifiers, double-quoted or
# bare terms (with CQL's masking characters * ? ^), booleans, sortBy.
_CQL_TOKEN = (r"(?>\x22[^\x22\x5c]*+\x22|" + _WORD_GUARD + r"[\w\x80-\xff.*?^-]++|/[a-z][\w.]*+(?:=[\w.]++)?"
              + r"|<>|==|<=|>=|[=<>()])")

# \A and \z, not ^ and $: libmodsecurity compiles @rx multi-line, where "$" would end the match at the
# first line break and let a second line ("1=1\nunion select …") through unread. "++", not a counted
# repeat: PCRE2 copies a group once per count ({1,400} is "regular expression is too large"), and
# libmodsecurity 3.0.9 loads a pattern that fails to compile without a word and never matches it.
LANGUAGES = {
    "filter-sql": r"(?i)\A" + _VALUE_GUARD + r"\s*+(?:" + _SQL_TOKEN + r"\s*+)++\z",
    "cql": r"(?i)\A" + _VALUE_GUARD + r"\s*+(?:" + _CQL_TOKEN + r"\s*+)++\z",
}

SCHEMA: dict = {
    "type": "array", "minItems": 1, "maxItems": 5,
    "items": {
        "type": "object", "additionalProperties": False, "required": ["paths", "targets", "language", "reason"],
        "properties": {
            "paths": DECLARED_PATHS,
            "targets": {"type": "array", "minItems": 1, "maxItems": 10, "uniqueItems": True,
                        "items": {"type": "string", "pattern": r"^ARGS(?:_GET|_POST)?:[A-Za-z0-9_.\-\[\]]{1,64}$"}},
            "language": {"enum": sorted(LANGUAGES)},
            "reason": {"type": "string", "minLength": 1, "maxLength": 300, "pattern": "^[^\\x00-\\x1f\\x7f]+$"},
        },
    },
}


def from_data(items: list[dict]) -> tuple[FilterField, ...]:
    return tuple(FilterField(tuple(f["paths"]), tuple(f["targets"]), f["language"], f["reason"]) for f in items)


def matches(language: str, value: str) -> bool:
    """What the rendered rule decides, in Python (the tests' fast table): on the UTF-8 bytes, as PCRE
    reads them without UTF mode (\\x80-\\xff are bytes), with Python's spelling of \\z."""
    return re.search(LANGUAGES[language].replace(r"\z", r"\Z").encode(), value.encode("utf-8")) is not None


def rule_count(field: FilterField) -> int:
    return len(field.paths) + len(field.targets)


def render(field: FilterField, first_id: int, tag: str) -> list[str]:
    """Phase 1, one rule per path: flag the request. Phase 2 (before CRS reads arguments), one rule per
    target: when the flagged request's argument is wholly the language, CRS's SQL rules leave it."""
    if field.language not in LANGUAGES:
        raise WafRenderError(f"unknown filter language {field.language!r}: {', '.join(sorted(LANGUAGES))}")
    targets = [named_argument(t, "filter field target") for t in field.targets]
    flag = f"sg_filter_{first_id}"
    lines = [f"# Filter field {', '.join(targets)} ({field.language}): {safe.comment(field.reason)}"]
    rid = first_id
    for path in field.paths:
        lines.append(f'SecRule REQUEST_FILENAME "{path_operator(path)}" "id:{rid},phase:1,pass,nolog,'
                     f"{PATH_TRANSFORMS},tag:'{tag}',setvar:tx.{flag}=1\"")
        rid += 1
    for t in targets:
        # Exactly one such argument: with two (?where=<filter>&where=<injection>, or one in the query and
        # one in a form body) the removal would cover both, and which one the service reads is its choice.
        lines += [
            f'SecRule TX:{flag} "@eq 1" "id:{rid},phase:2,pass,nolog,t:none,tag:\'{tag}\',chain"',
            f'    SecRule &{t} "@eq 1" "t:none,chain"',
            f'    SecRule {t} "@rx {LANGUAGES[field.language]}" "t:none,{ctl_remove(None, "attack-sqli", t)}"',
        ]
        rid += 1
    return lines
