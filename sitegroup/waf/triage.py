"""From a burn-in audit log to what a reviewer decides: ``sitegroup waf triage``.

A site starts on ``burn-in`` (docs/waf.md, "Tuning a site"): every rule runs, nothing is refused, and
each flagged request is one JSON line of the audit log. Reading those by hand for a thousand sites is
where tuning stops happening. This module groups the requests that reached the anomaly threshold by
(site, CRS rule, variable, path) and proposes, per site, the narrowest site exception for a group
that looks like the site's own traffic, as the YAML the site entry takes, for a reviewer to accept or
strike. It never writes an inventory: an exception is a security decision with a name on it.

What it will not propose, and says why instead:
  * a group seen from fewer than ``min_clients`` addresses or in fewer than ``min_requests`` requests
    (one scanner repeating itself is not "the site's traffic");
  * requests that several attack families flagged at once (SQLi and XSS and RCE ...): attack-shaped,
    left out of every group;
  * the admin ACL (access control: a package's ``public_paths`` or the staff ranges), scanner and
    protocol rules (913; 920 and 921 unless they read one named argument: a profile or client setting,
    not a parameter's content), and a rule that read the path itself (an exception is never keyed on
    what it excuses);
  * a platform check with no CRS rule behind it (the HTML-field check): declared fields, not exceptions.
An editor's field (a CMS's article body, a 征集 form's rich text) meets CRS's XSS rules on every save. When every
finding on one named argument on one path is an XSS rule or one that reads HTML syntax as SQL, from enough clients,
and every flagged value is markup the platform's allow-list check passes, the tool proposes it as an HTML field
(``waf.html_fields``, ADR 0020) in place of the exceptions: the exceptions would let any markup through, the field
keeps the allow-list check. The reviewer names the backend's sanitiser.
A field where users paste technical text (a ticket's description with logs, SQL, commands: ADR 0029) meets
a dozen rules, each too seldom to propose, and often several families at once. When one named argument on
one path is all that several rules read in such requests, from enough clients, its values are prose
(Chinese text), and the narrow exceptions would still leave some of those requests refused (attack-shaped,
or a rule seen too seldom), the tool proposes it as a text field (``waf.text_fields``) in their place: the
reviewer then signs how the backend stores and shows it, or strikes it. Narrowest first: where exceptions
answer every such request, they are proposed and the text field is not.
A target the entry's schema cannot name (a JSON key with an operator in it, a Chinese parameter name)
is proposed without a target but commented out: removing the rule for the whole path is broader, and
the reviewer must choose it.
"""

from __future__ import annotations

import html
import json
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from sitegroup.model import FilterField, HtmlField, TextField
from sitegroup.schema import EXCEPTION_TARGET
from sitegroup.waf import body_types, declared_methods, filter_fields, html_fields, render, safe, text_fields
from sitegroup.waf.ctl import OPTION_ARGUMENT_PATTERN

# What the audit entry's transaction id is made of (modsec.py): site.profile.cms.request_id.
_UNIQUE_ID = re.compile(r"^(?P<site>[a-z0-9-]+)\.(?P<profile>[a-z0-9-]+)\.(?P<cms>[a-z0-9+-]+)\.[0-9a-f]+$")
_AGAINST = re.compile(r"against variable `([^`']+)'")
_WITHIN = re.compile(r"found within ([A-Z_]+(?::[^ ]*?)?): ")
THRESHOLD_RULE = 949110
TYPE_RULE = 920420  # "Request content type is not allowed by policy"
METHOD_RULE = declared_methods.METHOD_CHECK  # 911100, "Method is not allowed by policy"
ADMIN_MESSAGE = "Admin path from an address outside the allowed ranges"  # modsec._admin_rule
# Summary and bookkeeping rules: they score nothing of their own.
_NOT_FINDINGS = {949110, 959100, 980130, 980140}
# CRS rule ranges that are not about one parameter's content (docs/waf.md, "From a false positive back").
_NOT_CONTENT = ((911000, 913999, "method, scanner or client rule: a profile or client setting"),
                (920000, 921999, "protocol rule: a profile setting (content types, methods, limits)"))
_FAMILY = {930: "lfi", 931: "rfi", 932: "rce", 933: "php", 934: "node", 941: "xss", 942: "sqli", 943: "session",
           944: "java"}
SIBLING_FILES = 3
# In every proposed reason: the site entry's schema refuses '<', so a proposal pasted unreviewed fails
# `sitegroup validate` on that field until a person puts a name in.
REVIEW_PLACEHOLDER = "reviewed by <NAME>"
_PATH_VARIABLES = ("REQUEST_FILENAME", "REQUEST_URI", "REQUEST_URI_RAW", "REQUEST_LINE", "REQUEST_BASENAME")
SCHEMA_TARGET = re.compile(EXCEPTION_TARGET)  # what the site entry's waf.exceptions[].target may name
_CT_ITEM = body_types.SCHEMA["items"]["properties"]
BODY_TYPE_PATH = re.compile(_CT_ITEM["paths"]["items"]["pattern"])  # what waf.content_types[].paths may name
METHOD_PATH = re.compile(declared_methods.SCHEMA["items"]["properties"]["paths"]["items"]["pattern"])
PARAMETER_NAME = re.compile(_CT_ITEM["parameters"]["items"]["pattern"])
PARAMETER_VALUE = re.compile(body_types.PARAM_VALUE.replace("\\x22", '"'))
_TF_ITEM = text_fields.SCHEMA["items"]["properties"]
TEXT_TARGET = re.compile(_TF_ITEM["targets"]["items"]["pattern"])  # what waf.text_fields[].targets may name
TEXT_PATH = re.compile(_TF_ITEM["paths"]["items"]["pattern"])
_CJK = re.compile("[\u3400-\u9fff\uf900-\ufaff]")
TEXT_MIN_RULES = 2  # one rule alone is answered by a narrower exception
FILTER_TARGET = re.compile(OPTION_ARGUMENT_PATTERN)  # what waf.filter_fields[].targets may name
FILTER_PATH = re.compile(filter_fields.SCHEMA["items"]["properties"]["paths"]["items"]["pattern"])
HTML_TARGET = re.compile(html_fields.TARGET_PATTERN)  # what waf.html_fields[].targets may name
VALUE_LIMIT = 4000
_STRUCTURED = re.compile(r"[()=<>&|!+*/^,-]|\s(?:and|or|not)\s", re.IGNORECASE)
_STATEMENT = re.compile(r"\b(?:" + "|".join(filter_fields.STATEMENT_WORDS) + r")\b", re.IGNORECASE)
# The order a value is tried in: the narrowest grammar first (a packet, a document, an expression of one
# product), the general ones last (postgrest, a bag of names and punctuation, after the formulas: it would take a
# formula too; milvus after condition and formula, whose values it would take too); the first language every
# request's value is wholly in is proposed. Every
# language of filter_fields.LANGUAGES stands here (test_triage checks it).
FILTER_ORDER = ("hj212", "sdp", "graphql", "odata", "latex", "patent-search", "report-formula", "sheet-formula", "cql",
                "filter-sql", "boolean-expression", "condition", "formula", "milvus", "postgrest")


@dataclass(frozen=True)
class Hit:
    """One scoring message of one over-threshold request."""

    site: str
    profile: str
    cms: str
    client: str
    method: str
    path: str
    logged_rule: int
    crs_rule: int | None  # the CRS rule it is, or the one a platform copy replaces
    variable: str | None
    data: str
    content_type: str = ""  # the request's Content-Type header, lower-cased
    prose: bool = False  # the matched value holds Chinese text
    value: str = ""  # the variable's value as the rule logged it (a filter language is tried on it)


@dataclass
class Group:
    site: str
    crs_rule: int
    variable: str | None
    path: str
    requests: set[str] = field(default_factory=set)
    clients: set[str] = field(default_factory=set)
    example: str = ""
    # a body type's: the Content-Type parameters seen; a method group's (911100): the methods seen
    parameters: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class Proposal:
    site: str
    rule: int
    path: str
    target: str | None
    requests: int
    clients: int
    example: str
    commented: bool  # broader than one variable: the reviewer must choose it


@dataclass(frozen=True)
class BodyTypeProposal:
    """A body type no profile allows, sent to one path by many clients, that names its syntax (x-json,
    x-xml; a +json/+xml type passes the type check since stop 25 unless it came with a second Content-Type):
    proposed as the entry's waf.content_types, parsed as declared and read field by field."""

    site: str
    path: str
    type: str
    parameters: tuple[str, ...]
    body: str
    requests: int
    clients: int
    example: str


@dataclass(frozen=True)
class MethodProposal:
    """Methods no profile allows (a CalDAV client's PROPFIND and REPORT, a REST client's PUT) that many clients send
    under one directory of a site: proposed as the entry's waf.methods on that service's top directory (ADR 0036).
    Only declarable methods: TRACE, CONNECT and the like are explained, never proposed."""

    site: str
    path: str
    methods: tuple[str, ...]
    requests: int
    clients: int


@dataclass(frozen=True)
class TextFieldProposal:
    """One named argument on one path that several text-covered rules read in requests from many clients,
    whose values are prose: proposed as the entry's waf.text_fields (ADR 0029)."""

    site: str
    path: str
    target: str
    rules: tuple[int, ...]
    requests: int
    clients: int
    example: str


@dataclass(frozen=True)
class FilterFieldProposal:
    """One named argument on one path whose every flagged value, from many clients, is wholly one filter
    language (a condition, a keyword rule, a formula, a WHERE clause the service evaluates by design) and whose
    every finding is a rule that language leaves: proposed as the entry's waf.filter_fields. Narrower than the
    exceptions it replaces: a value that is not the language still meets every rule."""

    site: str
    path: str
    target: str
    language: str
    rules: tuple[int, ...]
    requests: int
    clients: int
    example: str


@dataclass(frozen=True)
class HtmlFieldProposal:
    """One named argument on one path whose every finding is an XSS rule or one that reads HTML syntax as SQL
    (html_fields.HTML_SYNTAX_RULES), from many clients, and whose every flagged value is markup the platform's
    allow-list check passes: an editor's output, proposed as the entry's waf.html_fields (ADR 0020). Narrower than
    the exceptions it replaces: a value with a script, a handler or a javascript: URL still adds a critical score."""

    site: str
    path: str
    target: str
    rules: tuple[int, ...]
    requests: int
    clients: int
    example: str


@dataclass(frozen=True)
class Refusal:
    """An over-threshold finding the tool does not turn into an exception, and why."""

    site: str
    rule: int
    path: str
    variable: str | None
    requests: int
    why: str


@dataclass
class Triage:
    transactions: int = 0  # audit entries read
    over_threshold: int = 0
    attack_shaped: int = 0
    proposals: list[Proposal] = field(default_factory=list)
    body_types: list[BodyTypeProposal] = field(default_factory=list)
    methods: list[MethodProposal] = field(default_factory=list)
    text_fields: list[TextFieldProposal] = field(default_factory=list)
    filter_fields: list[FilterFieldProposal] = field(default_factory=list)
    html_fields: list[HtmlFieldProposal] = field(default_factory=list)
    refusals: list[Refusal] = field(default_factory=list)


def _variable(details: dict) -> str | None:
    m = _AGAINST.search(details.get("match", "")) or _WITHIN.search(details.get("data", ""))
    # A rule whose guards are a chained link (10330, 10620: ADR 0026) reports the link's variable,
    # MATCHED_VARS:ARGS:content; the exception names what the rule read, ARGS:content. 931130 and its copy
    # 10130 (off-domain link) report their second link's TX:rfi_parameter_ARGS:url, a variable the first link
    # set from the argument it read, ARGS:url: the exception removes the rule from that argument, and the
    # first link then never sets the TX variable the second one reads.
    if not m:
        return None
    return m.group(1).removeprefix("MATCHED_VARS:").removeprefix("TX:rfi_parameter_")


def read(lines: Iterable[str], site: str | None = None) -> tuple[int, list[list[Hit]]]:
    """(entries read, the scoring hits of each over-threshold request), from audit log lines; lines that
    are not audit entries (a shared container log) are skipped."""
    copies = render.replaced_by_copy()
    entries, out = 0, []
    for line in lines:
        line = line.strip()
        if not line.startswith("{"):
            continue
        try:
            t = json.loads(line)["transaction"]
        except (ValueError, KeyError, TypeError):
            continue
        if not isinstance(t, dict):
            continue
        m = _UNIQUE_ID.match(str(t.get("unique_id", "")))
        if not m or (site is not None and m["site"] != site):
            continue
        entries += 1
        messages = [x for x in t.get("messages") or [] if isinstance(x, dict)]
        ids = {_rule_id(x) for x in messages}
        admin = [x for x in messages if _is_admin_acl(x)]
        if THRESHOLD_RULE not in ids and not admin:
            continue
        req = t.get("request") if isinstance(t.get("request"), dict) else {}
        path = str(req.get("uri", "")).split("?", 1)[0]
        headers = req.get("headers") if isinstance(req.get("headers"), dict) else {}
        ctype = next((str(v) for k, v in headers.items() if str(k).lower() == "content-type"), "").strip().lower()
        hits = []
        for x in messages:
            rid = _rule_id(x)
            if rid in _NOT_FINDINGS or rid is None:
                continue
            d = _details(x)
            crs = rid if 900_000 <= rid <= 999_999 else copies.get(rid)
            if x in admin:
                crs = None
            variable, data = _variable(d), str(d.get("data", ""))
            value = data.split(f"{variable}: ", 1)[1] if variable and f"{variable}: " in data else ""
            hits.append(Hit(m["site"], m["profile"], m["cms"], str(t.get("client_ip", "")), str(req.get("method", "")),
                            path, rid, crs, variable, data[:160], ctype[:200], bool(_CJK.search(value)),
                            value[:VALUE_LIMIT]))
        if hits:
            out.append(_attributed(hits))
    return entries, out


def _attributed(hits: list[Hit]) -> list[Hit]:
    """A chained rule whose last link reads MATCHED_VAR (10200, 932200's copy) logs no argument name; when its value
    is the value another finding of the request logged for a named argument, it read that argument."""
    named = {h.value.lower(): h.variable for h in hits if h.value and h.variable and h.variable.startswith("ARGS:")}
    return [replace(h, variable=named[h.value.lower()]) if h.variable == "MATCHED_VAR" and h.value.lower() in named
            else h for h in hits]


def _details(message: dict) -> dict:
    d = message.get("details")
    return d if isinstance(d, dict) else {}


def _is_admin_acl(message: dict) -> bool:
    tags = _details(message).get("tags")
    return ("sitegroup/admin-acl" in tags if isinstance(tags, list) else False) or \
        str(message.get("message", "")).startswith(ADMIN_MESSAGE)


def _rule_id(message: dict) -> int | None:
    try:
        return int(_details(message).get("ruleId", ""))
    except (TypeError, ValueError):
        return None


def _families(hits: list[Hit]) -> set[str]:
    return {_FAMILY[h.crs_rule // 1000] for h in hits if h.crs_rule and h.crs_rule // 1000 in _FAMILY}


def triage(lines: Iterable[str], site: str | None = None, min_requests: int = 3, min_clients: int = 2,
           max_families: int = 2) -> Triage:
    entries, requests = read(lines, site)
    result = Triage(transactions=entries, over_threshold=len(requests))
    candidates = _text_candidates(requests, min_requests, min_clients)
    groups: dict[tuple, Group] = {}
    typed: dict[tuple, Group] = {}
    verbs: dict[tuple, Group] = {}
    refused: dict[tuple, tuple[set[int], str]] = defaultdict(lambda: (set(), ""))
    shaped: set[int] = set()
    for n, hits in enumerate(requests):
        if len(_families(hits)) > max_families:
            shaped.add(n)
            continue
        declarable = any(h.crs_rule == TYPE_RULE for h in hits) and _declarable(hits[0].content_type)
        for h in hits:
            if h.crs_rule == METHOD_RULE and h.method in declared_methods.DECLARABLE:
                # A service's method: declared on the service's directory (its first path segment), one per site.
                top = _service_directory(h.path)
                g = verbs.setdefault((h.site, top), Group(h.site, METHOD_RULE, None, top, example=h.path))
                g.requests.add(n)
                g.clients.add(h.client)
                g.parameters.add(h.method)
                continue
            if declarable and h.crs_rule in body_types.PINNED_RULES:
                # The type check and the rules reading only the header: one declaration answers them all.
                mt, params = _media_type(h.content_type)
                g = typed.setdefault((h.site, mt, h.path), Group(h.site, TYPE_RULE, mt, h.path,
                                                                 example=h.content_type))
                g.requests.add(n)
                g.clients.add(h.client)
                g.parameters |= set(params)
                continue
            why = _not_an_exception(h)
            if why:
                key = (h.site, h.logged_rule, h.path, h.variable)
                refused[key] = (refused[key][0] | {n}, why)
                continue
            key = (h.site, h.crs_rule, h.variable, h.path)
            g = groups.setdefault(key, Group(h.site, h.crs_rule, h.variable, h.path, example=h.data))
            g.requests.add(n)
            g.clients.add(h.client)
    merged = _take_filter_fields(_merge_siblings(groups, min_requests, min_clients), requests, result,
                                 min_requests, min_clients)
    merged = _take_html_fields(merged, requests, result, min_requests, min_clients)
    for g in merged:
        why = _too_few(g, min_requests, min_clients)
        if why:
            result.refusals.append(Refusal(g.site, g.crs_rule, g.path, g.variable, len(g.requests), why))
            continue
        narrow = g.variable is not None and SCHEMA_TARGET.match(g.variable) is not None
        result.proposals.append(Proposal(g.site, g.crs_rule, g.path, g.variable if narrow else None, len(g.requests),
                                         len(g.clients), g.example, commented=not narrow))
    for g in _merge_siblings(typed, min_requests, min_clients):
        why = _not_a_body_type(g, min_requests, min_clients)
        if why:
            result.refusals.append(Refusal(g.site, TYPE_RULE, g.path, g.variable, len(g.requests), why))
            continue
        result.body_types.append(BodyTypeProposal(g.site, g.path, g.variable, tuple(sorted(g.parameters)),
                                                  _syntax(g.variable), len(g.requests), len(g.clients), g.example))
    for g in verbs.values():
        why = _not_a_method_path(g, min_requests, min_clients)
        if why:
            result.refusals.append(Refusal(g.site, METHOD_RULE, g.example, None, len(g.requests), why))
            continue
        result.methods.append(MethodProposal(g.site, g.path, tuple(m for m in declared_methods.DECLARABLE
                                                                    if m in g.parameters),
                                             len(g.requests), len(g.clients)))
    answered = _take_text_fields(candidates, requests, shaped, result, min_requests, min_clients)
    result.attack_shaped = len(shaped - answered)
    fields = {(t.site, t.path, t.target) for t in result.text_fields}
    result.refusals = [r for r in result.refusals if (r.site, r.path, r.variable) not in fields]
    for (site_, rule, path, variable), (ns, why) in refused.items():
        if ns - answered:
            result.refusals.append(Refusal(site_, rule, path, variable, len(ns - answered), why))
    result.proposals.sort(key=lambda p: (p.site, p.path, p.rule, p.target or ""))
    result.body_types.sort(key=lambda p: (p.site, p.path, p.type))
    result.methods.sort(key=lambda p: (p.site, p.path))
    result.filter_fields.sort(key=lambda p: (p.site, p.path, p.target))
    result.html_fields.sort(key=lambda p: (p.site, p.path, p.target))
    result.refusals.sort(key=lambda r: (r.site, -r.requests, r.rule, r.path))
    return result


def _removed_by(language: str, rule: int) -> bool:
    """A finding a filter field of the language leaves: CRS's SQL rules (filter_fields.REMOVED_TAGS, attack-sqli: the
    942xxx file; the platform's copies are logged as the rule they replace) and the language's own
    (filter_fields.REMOVED_RULES)."""
    return rule // 1000 == 942 or rule in filter_fields.REMOVED_RULES[language]


def _speaks(language: str, values: list[str]) -> bool:
    """One request's logged values of one argument are the language: one of them is wholly the language, with an
    operator (a lone word or a sentence without one is no query, whatever grammar its tokens fit), and none holds a
    statement word. Each rule logs the value after its own transformations (URL decoding reads '+' as a space, some
    bytes arrive mangled), so one faithful copy is enough; the rendered check reads the raw value again anyway."""
    return (any(_STRUCTURED.search(v) and filter_fields.matches(language, v) for v in values)
            and not any(_STATEMENT.search(v) for v in values))


def _language(values: list[list[str]]) -> str | None:
    """The first language (FILTER_ORDER) every request speaks."""
    return next((lang for lang in FILTER_ORDER if all(_speaks(lang, vs) for vs in values)), None)


def _by_field(groups: list[Group], target: re.Pattern[str]) -> dict[tuple[str, str, str], list[Group]]:
    """The groups per (site, path, argument) that a declared field could name: an argument `target` accepts, on a
    path a declaration may name (never the site root)."""
    by_field: dict[tuple[str, str, str], list[Group]] = defaultdict(list)
    for g in groups:
        if g.variable and target.match(g.variable) and FILTER_PATH.match(g.path) and g.path != "/":
            by_field[(g.site, g.path, g.variable)].append(g)
    return by_field


def _take_filter_fields(groups: list[Group], requests: list[list[Hit]], result: Triage, min_requests: int,
                        min_clients: int) -> list[Group]:
    """Per site, path and nameable argument with an SQL finding: when every request of those groups logged a value
    of one filter language and every group there is a rule that language leaves, one filter field replaces the
    groups' exceptions. The groups it does not answer are returned for exceptions, as before."""
    by_field = _by_field(groups, FILTER_TARGET)
    taken: set[int] = set()
    for (site_, path, variable), gs in by_field.items():
        if not any(g.crs_rule // 1000 == 942 for g in gs):
            continue
        ns = set().union(*(g.requests for g in gs))
        clients = set().union(*(g.clients for g in gs))
        if len(ns) < min_requests or len(clients) < min_clients:
            continue
        values = [[h.value for h in requests[n] if h.variable == variable and h.value] for n in sorted(ns)]
        language = _language(values)
        if language is None or not all(_removed_by(language, g.crs_rule) for g in gs):
            continue
        example = next(v for vs in values for v in vs if filter_fields.matches(language, v))
        result.filter_fields.append(FilterFieldProposal(site_, path, variable, language,
                                                        tuple(sorted({g.crs_rule for g in gs})), len(ns),
                                                        len(clients), example))
        taken |= {id(g) for g in gs}
    return [g for g in groups if id(g) not in taken]


# What the allow-list check reads (html_fields.MARKUP after one URL decoding, lower-cased; DECODED after entity
# decoding, whitespace removed), in Python: a value the rendered check would score is never proposed.
_MARKUP_CHECK = re.compile(html_fields.MARKUP.replace("\\:", ":"), re.MULTILINE)
_DECODED_CHECK = re.compile(html_fields.DECODED)
_ELEMENT = re.compile(r"<\s*/?\s*[a-z][a-z0-9]*[\s/>]")


def _html_removed(rule: int) -> bool:
    """A finding an HTML field leaves: CRS's XSS rules (the 941xxx file; the platform's copies are logged as the rule
    they replace) and the SQL heuristics that read HTML attribute syntax."""
    return rule // 1000 == 941 or rule in html_fields.HTML_SYNTAX_RULES


def _editor_markup(values: list[str]) -> bool:
    """One request's logged values of one argument are an editor's output: one holds an element, and none is what
    the allow-list check scores (an element off the list, a handler, a script URL, CSS expression) in any copy a
    rule logged."""
    lowered = [v.lower() for v in values]
    return (any(_ELEMENT.search(v) for v in lowered)
            and not any(_MARKUP_CHECK.search(v) for v in lowered)
            and not any(_DECODED_CHECK.search(re.sub(r"\s+", "", html.unescape(v))) for v in lowered))


def _take_html_fields(groups: list[Group], requests: list[list[Hit]], result: Triage, min_requests: int,
                      min_clients: int) -> list[Group]:
    """Per site, path and nameable argument with an XSS finding: when every group there is a rule an HTML field
    leaves and every request's values are editor markup the allow-list check passes, one HTML field replaces the
    groups' exceptions. The groups it does not answer are returned for exceptions, as before."""
    by_field = _by_field(groups, HTML_TARGET)
    taken: set[int] = set()
    for (site_, path, variable), gs in by_field.items():
        if not any(g.crs_rule // 1000 == 941 for g in gs) or not all(_html_removed(g.crs_rule) for g in gs):
            continue
        ns = set().union(*(g.requests for g in gs))
        clients = set().union(*(g.clients for g in gs))
        if len(ns) < min_requests or len(clients) < min_clients:
            continue
        values = [[h.value for h in requests[n] if h.variable == variable and h.value] for n in sorted(ns)]
        if not all(vs and _editor_markup(vs) for vs in values):
            continue
        # The example a reviewer reads: a copy whose Chinese survived the logging rule's transformations.
        example = next((v for vs in values for v in vs if _CJK.search(v) and "\ufffd" not in v), values[0][0])
        result.html_fields.append(HtmlFieldProposal(site_, path, variable, tuple(sorted({g.crs_rule for g in gs})),
                                                    len(ns), len(clients), example))
        taken |= {id(g) for g in gs}
    return [g for g in groups if id(g) not in taken]


def _text_covered(h: Hit) -> bool:
    """A finding a text field on h.variable would answer (text_fields: the tags, the command and protocol
    rules; REQUEST_BODY for the two body rules when the body is a form or JSON)."""
    if h.crs_rule is None:
        return False
    if h.variable == "REQUEST_BODY":
        return h.crs_rule in text_fields.BODY_RULES and re.match(text_fields.PARSED_BODY.removeprefix("@rx "),
                                                                 h.content_type) is not None
    return (h.crs_rule // 1000 in (930, 931, 933, 934, 941, 942) or h.crs_rule in text_fields.RCE_RULES
            or h.crs_rule in text_fields.PROTOCOL_RULES)


def _text_candidates(requests: list[list[Hit]], min_requests: int, min_clients: int) -> list[tuple[Group, set[int]]]:
    """Fields of technical text: (the group of requests, the rules read) per site, path and named argument, of the
    requests whose every finding is a text-covered rule on that one argument (and the body rules on a parsed
    body) and whose value there carries Chinese text (a scanner's payloads do not), from enough clients, with
    two or more rules."""
    groups: dict[tuple, Group] = {}
    rules: dict[tuple, set[int]] = defaultdict(set)
    for n, hits in enumerate(requests):
        if not all(_text_covered(h) for h in hits):
            continue
        named = {h.variable for h in hits if h.variable != "REQUEST_BODY"}
        if len(named) != 1:
            continue
        (variable,) = named
        h0 = hits[0]
        if not TEXT_TARGET.match(variable or "") or not TEXT_PATH.match(h0.path):
            continue
        if not any(h.prose for h in hits if h.variable == variable):
            continue
        key = (h0.site, h0.path, variable)
        g = groups.setdefault(key, Group(h0.site, 0, variable, h0.path,
                                         example=next(h.data for h in hits if h.variable == variable)))
        g.requests.add(n)
        g.clients.add(h0.client)
        rules[key] |= {h.crs_rule for h in hits}
    return [(g, rules[key]) for key, g in sorted(groups.items())
            if len(g.requests) >= min_requests and len(g.clients) >= min_clients and len(rules[key]) >= TEXT_MIN_RULES]


def _answered(h: Hit, result: Triage) -> bool:
    """A finding an exception, a filter field or an HTML field already proposed answers."""
    def covers(path: str) -> bool:
        return path == h.path or (path.endswith("/") and h.path.startswith(path))
    return (any(p.site == h.site and p.rule == h.crs_rule and p.target == h.variable and not p.commented
                and covers(p.path) for p in result.proposals)
            or any(f.site == h.site and f.target == h.variable and h.crs_rule is not None
                   and _removed_by(f.language, h.crs_rule) and covers(f.path) for f in result.filter_fields)
            or any(e.site == h.site and e.target == h.variable and h.crs_rule is not None
                   and _html_removed(h.crs_rule) and covers(e.path) for e in result.html_fields))


def _take_text_fields(candidates: list[tuple[Group, set[int]]], requests: list[list[Hit]], shaped: set[int],
                      result: Triage, min_requests: int, min_clients: int) -> set[int]:
    """Narrowest first: a text field is proposed only where the narrow exceptions leave min_requests of its
    requests refused (attack-shaped, or a rule seen too seldom); it then replaces the exceptions on that field.
    Returns the requests the text fields answer."""
    answered: set[int] = set()
    for g, rules in candidates:
        open_ = {n for n in g.requests
                 if n in shaped or not all(_answered(h, result) for h in requests[n])}
        if len(open_) < min_requests or len({requests[n][0].client for n in open_}) < min_clients:
            continue
        result.text_fields.append(TextFieldProposal(g.site, g.path, g.variable, tuple(sorted(rules)),
                                                    len(g.requests), len(g.clients), g.example))
        result.proposals = [p for p in result.proposals
                            if not (p.site == g.site and p.path == g.path and p.target == g.variable)]
        answered |= g.requests
    return answered


def _media_type(header: str) -> tuple[str, list[str]]:
    """("type/subtype", [parameter names]) of a lower-cased Content-Type header; "" when it is not one."""
    mt, *params = [x.strip() for x in header.split(";")]
    if not safe.CONTENT_TYPE.match(mt):
        return "", []
    return mt, [p.split("=", 1)[0].strip() for p in params]


def _syntax(media_type: str) -> str:
    """json or xml when the type names its syntax (RFC 6839 suffixes, the x-json / x-xml spellings)."""
    sub = media_type.partition("/")[2]
    if sub.endswith("+json") or sub in ("json", "x-json", "jsonrequest"):
        return "json"
    if sub.endswith("+xml") or sub in ("xml", "x-xml"):
        return "xml"
    return ""


def _declarable(header: str) -> bool:
    """The header names a JSON or XML syntax and a declaration could pin all of it (body_types.rule)."""
    mt, _ = _media_type(header)
    if not mt or not _syntax(mt) or body_types.form_type(mt):
        return False
    pairs = [p.split("=", 1) for p in header.split(";")[1:]]
    return all(len(kv) == 2 and PARAMETER_NAME.match(kv[0].strip()) and PARAMETER_VALUE.fullmatch(kv[1].strip())
               for kv in pairs)


def _too_few(g: Group, min_requests: int, min_clients: int) -> str:
    if len(g.requests) < min_requests or len(g.clients) < min_clients:
        return (f"seen in {len(g.requests)} requests from {len(g.clients)} clients "
                f"(needs {min_requests} from {min_clients})")
    return ""


def _not_a_body_type(g: Group, min_requests: int, min_clients: int) -> str:
    few = _too_few(g, min_requests, min_clients)
    if few:
        return f"a body type {few}"
    if g.path == "/" or not BODY_TYPE_PATH.match(g.path):
        return "a body type on the site root or a path a declaration may not name: use the service's directory"
    return ""


def _service_directory(path: str) -> str:
    """The first segment of a request path as a directory (/caldav/zhangwei/calendar/x.ics -> /caldav/); "/" for a
    file at the root or a segment a declaration may not name."""
    first = path.split("?", 1)[0].split("/")[1:2]
    top = f"/{first[0]}/" if first and first[0] and path.count("/") > 1 else "/"
    return top if top != "/" and METHOD_PATH.match(top) else "/"


def _not_a_method_path(g: Group, min_requests: int, min_clients: int) -> str:
    few = _too_few(g, min_requests, min_clients)
    if few:
        return f"a method ({', '.join(sorted(g.parameters))}) {few}"
    if g.path == "/":
        return "a method on the site root or a path a declaration may not name: the service needs a directory"
    return ""


def _merge_siblings(groups: dict[tuple, Group], min_requests: int, min_clients: int) -> list[Group]:
    """Groups too small on their own but on SIBLING_FILES or more files of one directory, for the same
    rule and variable (a REST path with an id: /api/article/12345), become one group on the directory."""
    small: dict[tuple, list[Group]] = defaultdict(list)
    out = []
    for g in groups.values():
        if len(g.requests) >= min_requests and len(g.clients) >= min_clients:
            out.append(g)
        else:
            small[(g.site, g.crs_rule, g.variable, g.path.rsplit("/", 1)[0] + "/")].append(g)
    for (site_, rule, variable, directory), gs in small.items():
        if len({g.path for g in gs}) < SIBLING_FILES or directory == "/" or not safe.URL_PATH.match(directory):
            out += gs
            continue
        merged = Group(site_, rule, variable, directory, example=gs[0].example)
        for g in gs:
            merged.requests |= g.requests
            merged.clients |= g.clients
        out.append(merged)
    return out


def _not_an_exception(h: Hit) -> str:
    if h.crs_rule == TYPE_RULE:
        return ("a body type no profile allows and no declaration can pin (no +json/+xml syntax, or a parameter "
                "value outside [a-z0-9_.+/-]): the profile's allowed_content_types, or the client's fix")
    if h.crs_rule is None:
        if 11_000 <= h.logged_rule < 12_000:
            return ("admin ACL: a public resource of the CMS is a package's public_paths entry; "
                    "staff belong in the profile's admin.allow_from")
        return "a platform check with no CRS rule behind it (an HTML field is declared, not excepted)"
    # A protocol rule that read one named argument read its content (920272's PL3 characters in a 指标 unit,
    # 921110 on a log line in a description): one rule, one path, one argument, like any content finding.
    # On a header, the request line, a file or the raw body it is a profile or client setting.
    named = h.variable is not None and h.variable.startswith(("ARGS:", "ARGS_GET:", "ARGS_POST:"))
    for lo, hi, why in _NOT_CONTENT:
        if lo <= h.crs_rule <= hi and not (named and h.crs_rule // 1000 in (920, 921)):
            return why
    if h.variable is None:
        return "the audit entry does not name the variable: read the entry"
    if h.path == "/":
        return "the site root: an exception on / covers the whole site (sitegroup validate refuses it)"
    if h.variable.split(":", 1)[0] in _PATH_VARIABLES:
        return "the rule read the path itself: no exception is keyed on what it excuses"
    if not safe.URL_PATH.match(h.path):
        return "the path holds characters an exception path may not (encoded or non-ASCII): use its directory"
    return ""


def to_yaml(result: Triage, today: date, days: int = 90) -> str:
    """The proposals as the site entry's waf.exceptions, per site, with the evidence as comments."""
    expires = (today + timedelta(days=days)).isoformat()
    out = [f"# sitegroup waf triage, {today.isoformat()}: {result.transactions} audit entries, "
           f"{result.over_threshold} over the threshold, {result.attack_shaped} attack-shaped (left out).",
           "# Proposals only. Review each against the requests, strike what is not the site's own traffic,",
           "# and put who reviewed it in the reason before copying it under the site's waf.exceptions."]
    by_site: dict[str, list[Proposal]] = defaultdict(list)
    typed: dict[str, list[BodyTypeProposal]] = defaultdict(list)
    for p in result.proposals:
        by_site[p.site].append(p)
    for b in result.body_types:
        typed[b.site].append(b)
    texts = signed_text_fields(result.text_fields, reason=None)
    filters: dict[str, list[FilterFieldProposal]] = defaultdict(list)
    for f in result.filter_fields:
        filters[f.site].append(f)
    verbs: dict[str, list[MethodProposal]] = defaultdict(list)
    for m in result.methods:
        verbs[m.site].append(m)
    editors: dict[str, list[HtmlFieldProposal]] = defaultdict(list)
    for e in result.html_fields:
        editors[e.site].append(e)
    for site_ in sorted(set(by_site) | set(typed) | set(texts) | set(filters) | set(verbs) | set(editors)):
        out += ["", f"# --- site {site_}", "waf:"]
        out += ["  exceptions:"] if by_site[site_] else []
        for p in by_site[site_]:
            pre = "    # " if p.commented else "    "
            if p.commented:
                out.append("    # BROADER: no target the entry can name; the rule leaves the whole path")
            out.append(f"    # {p.requests} requests from {p.clients} clients, e.g. {_comment(p.example)}")
            out.append(f"{pre}- rule: {p.rule}")
            out.append(f"{pre}  path: {p.path}")
            if p.target:
                out.append(f"{pre}  target: {p.target}")
            # '<' is refused by the entry's schema: the proposal does not validate until a person signs it.
            reason = f"burn-in {p.requests} requests from {p.clients} clients, {REVIEW_PLACEHOLDER}"
            out.append(f"{pre}  reason: {reason}")
            out.append(f"{pre}  expires: {expires}")
        if typed[site_]:
            out += ["  # Parsed as declared, the body's fields then meet every rule: burn in again after this.",
                    "  content_types:"]
        for b in typed[site_]:
            out.append(f"    # {b.requests} requests from {b.clients} clients, e.g. {_comment(b.example)}")
            out.append(f"    - paths: [{b.path}]")
            out.append(f"      type: {b.type}")
            if b.parameters:
                out.append(f"      parameters: [{', '.join(b.parameters)}]")
            out.append(f"      body: {b.body}")
            out.append(f"      reason: burn-in {b.requests} requests from {b.clients} clients, {REVIEW_PLACEHOLDER}")
        if verbs.get(site_):
            out += ["  # Methods the site's own service answers (ADR 0036): sign only if the service under that",
                    "  # directory is built for them (a CalDAV server, a REST API), not a web server's stray WebDAV.",
                    "  methods:"]
        for m in verbs.get(site_, []):
            out.append(f"    # {m.requests} requests from {m.clients} clients")
            out.append(f"    - paths: [{m.path}]")
            out.append(f"      methods: [{', '.join(m.methods)}]")
            out.append(f"      reason: burn-in {m.requests} requests from {m.clients} clients, {REVIEW_PLACEHOLDER}")
        if filters.get(site_):
            out += ["  # A query language by design: only a value wholly in the language leaves the SQL rules (and the",
                    "  # language's own, docs/waf.md \"Filter fields\"); any other value meets every rule.",
                    "  filter_fields:"]
        for ff, evidence in signed_filter_fields(filters.get(site_, []), reason=None):
            out += [f"    # {evidence}", f"    - paths: [{', '.join(ff.paths)}]",
                    f"      targets: [{', '.join(ff.targets)}]", f"      language: {ff.language}",
                    f"      reason: {ff.reason}"]
        if editors.get(site_):
            out += ["  # An editor's HTML (ADR 0020): sign only if the backend cleans the field with a sanitiser",
                    "  # (name it); the platform's allow-list check then reads it in place of the XSS rules.",
                    "  html_fields:"]
        for hf, evidence in signed_html_fields(editors.get(site_, []), reason=None):
            out += [f"    # {evidence}", f"    - paths: [{', '.join(hf.paths)}]",
                    f"      targets: [{', '.join(hf.targets)}]", f"      sanitiser: {hf.sanitiser}",
                    f"      reason: {hf.reason}"]
        if texts.get(site_):
            out += ["  # Technical text (ADR 0029): sign only if the backend stores the field as data (a bound",
                    "  # parameter) and every page shows it escaped; write how in stored and shown.",
                    "  text_fields:"]
        for tf, evidence in texts.get(site_, []):
            out.append(f"    # {_comment(evidence, 300)}")
            out.append(f"    - paths: [{', '.join(tf.paths)}]")
            out.append(f"      targets: [{', '.join(tf.targets)}]")
            out.append(f"      stored: {tf.stored}")
            out.append(f"      shown: {tf.shown}")
            out.append(f"      reason: {tf.reason}")
    if result.refusals:
        out += ["", "# Not proposed:"]
        # Path and variable come from the request (a JSON key may hold a line break): comment text only.
        out += [_comment(f"#   {r.site} {r.rule} {r.path} {r.variable or '-'} x{r.requests}: {r.why}", 400)
                for r in result.refusals]
    return "\n".join(out) + "\n"


def signed_filter_fields(proposals: list[FilterFieldProposal], reason: str | None) -> list[tuple[FilterField, str]]:
    """The proposals of one site as declarations (at most what the entry's schema allows), each with its evidence.
    reason None: the unsigned placeholder a reviewer replaces."""
    return [(FilterField((p.path,), (p.target,), p.language, _signed_reason(p, reason)), _evidence(p))
            for p in proposals[:filter_fields.SCHEMA["maxItems"]]]


def _signed_reason(p: FilterFieldProposal | HtmlFieldProposal, reason: str | None) -> str:
    return reason or f"burn-in {p.requests} requests from {p.clients} clients, {REVIEW_PLACEHOLDER}"


def _evidence(p: FilterFieldProposal | HtmlFieldProposal) -> str:
    """The comment line above a field's proposal: how often, which rules, one logged value."""
    return _comment(f"{p.requests} requests from {p.clients} clients, rules {' '.join(map(str, p.rules))}, "
                    f"e.g. {p.example}", 300)


SANITISER_PLACEHOLDER = "TODO the backend's sanitiser, e.g. jsoup Safelist.relaxed()"


def signed_html_fields(proposals: list[HtmlFieldProposal], reason: str | None) -> list[tuple[HtmlField, str]]:
    """The proposals of one site as declarations (at most what the entry's schema allows), each with its evidence.
    reason None: the unsigned placeholders a reviewer replaces (the entry's schema refuses both)."""
    return [(HtmlField((p.path,), (p.target,), SANITISER_PLACEHOLDER if reason is None else reason,
                       _signed_reason(p, reason)), _evidence(p))
            for p in proposals[:html_fields.SCHEMA["maxItems"]]]


STORED_PLACEHOLDER = "TODO how the backend stores it as data, e.g. MyBatis bound parameter"
SHOWN_PLACEHOLDER = "TODO how every page that shows it escapes it, e.g. Thymeleaf th:text"


def signed_text_fields(proposals: list[TextFieldProposal],
                       reason: str | None) -> dict[str, list[tuple[TextField, str]]]:
    """Per site, the proposals as declarations (one per target, its paths together; at most what the entry's
    schema allows), each with its evidence. reason None: the unsigned placeholders a reviewer replaces."""
    by_target: dict[tuple[str, str], list[TextFieldProposal]] = defaultdict(list)
    for p in proposals:
        by_target[(p.site, p.target)].append(p)
    item = text_fields.SCHEMA["items"]["properties"]
    out: dict[str, list[tuple[TextField, str]]] = defaultdict(list)
    for (site_, target), ps in sorted(by_target.items()):
        ps = ps[:item["paths"]["maxItems"]]
        n, clients = sum(p.requests for p in ps), max(p.clients for p in ps)
        rules = sorted({r for p in ps for r in p.rules})
        why = reason or f"burn-in {n} requests, {len(rules)} rules, {REVIEW_PLACEHOLDER}"
        tf = TextField(tuple(p.path for p in ps), (target,), STORED_PLACEHOLDER if reason is None else reason,
                       SHOWN_PLACEHOLDER if reason is None else reason, why)
        evidence = (f"{n} requests from {clients}+ clients, rules {' '.join(map(str, rules))}, "
                    f"e.g. {ps[0].example}")
        if len(out[site_]) < text_fields.SCHEMA["maxItems"]:
            out[site_].append((tf, evidence))
    return out


def _comment(text: str, limit: int = 120) -> str:
    # A comment line of the YAML: no line break (also U+2028/U+2029/NEL, which YAML 1.1 readers may
    # break on), no control character of the request reaches the file.
    return re.sub(r"[\x00-\x1f\x7f\x85\u2028\u2029]", " ", text)[:limit]
