"""Text fields: a named parameter on named paths that the site stores and shows as plain text (ADR 0029).

A 运维工单's 问题描述, a 信创 适配 consultation, a 题库 question, a 工程量 note: users paste what they are
looking at, and that is logs (``GET /api/x HTTP/1.1" 504``), SQL and MyBatis mappers, shell sessions,
stack traces, chemical names and formulas. CRS reads each as the attack it resembles: libinjection SQLi
(942100) on ``2-(4-氯苯基)…``, 921110 on a log line, 932* on ``kubectl get pods | grep``, 941180 on an
XML comment. Per-rule exceptions chase those one at a time (corpora O and P: a dozen rules per field),
and burn-in never sees enough of each rule to propose it.

A site that declares a field as text states two facts about its backend, in the declaration: the value is
stored as data (a bound parameter, not SQL text; never a file name, a URL to fetch, a command or code),
and it is shown escaped (th:text, {{ }}, c:out). Given those, what an injection rule guards against is not
reachable through that field, and the reviewer's signature on the declaration is the control. For the
field on its paths only:

- CRS's injection rules leave it: SQL (``attack-sqli``), XSS (``attack-xss``), PHP
  (``attack-injection-php``), Node.js (``attack-injection-nodejs``), LFI and RFI (``attack-lfi``,
  ``attack-rfi``), the unix/windows command rules (932*, by id, RCE_RULES), the request-smuggling and
  response-splitting shapes (921110, 921120, 921130, 921151) and 920272's PL3 character range. The
  platform's copies of those rules leave it too (ctl.ctl_remove).
- What stays: the Java rules (944*: deserialisation and class names are read in every field), every
  protocol and limit rule, and every rule on every other parameter. The backend logs what it stores, and a
  vulnerable Log4j runs a lookup it logs: the LOOKUP check refuses ``${jndi:``, ``${${lower:j}…`` and the
  other lookups in the field (CRS 3.3.4 has no such rule; elsewhere the command rules read ``${``).
- The platform's own check reads it instead of XSS: the ESCAPING check refuses what would run if the
  escaping were ever missed (a back-office list that prints the letter raw is where stored XSS reaches
  officials). An element that runs or loads something (``<script``, ``<iframe``, ``<svg``, ``<object``,
  ``<embed``, ``<style``, ``<link``, ``<meta``, ``<base``, ``<form``…), an event handler or
  ``formaction``/``srcdoc`` in a value that also opens a tag, or a ``javascript:``/``vbscript:``/
  non-image ``data:`` URL as an attribute's value. Markup that runs nothing stays text: ``<select id=…>``
  in a MyBatis mapper, ``<!-- -->``, ``<?xml …?>``, ``<DL``, ``a<b``.

A form or JSON body is parsed into ARGS, which every rule reads for every other field. Two of the rules
above (921110, 920272) also read its raw text, REQUEST_BODY, where the declared field stands too; for those
two body types they leave REQUEST_BODY on the declared paths, and still read every argument. A multipart or
unparsed body keeps REQUEST_BODY read (a file's text is not a field).
"""

from __future__ import annotations

import functools

from sitegroup.model import TextField
from sitegroup.waf import safe
from sitegroup.waf.ctl import (
    ARGUMENT_DESCRIPTION,
    ARGUMENT_PATTERN,
    DECLARED_PATHS,
    FIELDS_FLAG,
    INLINE_LOGDATA,
    PATH_TRANSFORMS,
    critical_score,
    ctl_remove,
    flagged_check,
    named_argument,
    path_operator,
)
from sitegroup.waf.errors import WafRenderError
from sitegroup.waf.html_fields import DECODED_TRANSFORMS, MARKUP_TRANSFORMS, _scheme
from sitegroup.waf.shared_checks import Check, SharedChecks, scored_check
from sitegroup.waf.tuning_file import replacement_ids

# Families whose rules leave the field, by tag (each tag also names the platform's copies).
TEXT_TAGS = ("attack-sqli", "attack-xss", "attack-injection-php", "attack-injection-nodejs", "attack-lfi",
             "attack-rfi")
# The command rules: their tag, attack-rce, also names the Java rules, which stay.
RCE_RULES = (932100, 932105, 932106, 932110, 932115, 932120, 932130, 932140, 932150, 932160, 932170, 932171,
             932180, 932190, 932200)
# CRS 3.3.4 tags exactly RCE_RULES with OS command injection's CAPEC id, and the platform's copies of them keep it
# (test_text_fields checks both against the rule files): one ctl action per target takes all of them and their
# copies off, where naming them took 18 (stop 38: each ctl action is memory every worker holds, bench/waf.py).
RCE_TAG = "capec/1000/152/248/88"
# Protocol rules that read argument content: a log line ("GET /x HTTP/1.1"), a header line, "<html",
# a line break in a GET argument; and PL3's character range (a '%' in "完成率 98%").
PROTOCOL_RULES = (921110, 921120, 921130, 921151, 920272)
# The rules above that read a parsed body's raw text as well as its arguments.
BODY_RULES = (921110, 920272)
# What a form or JSON body is declared as (the request's Content-Type, lower-cased).
PARSED_BODY = r"@rx ^\s*application/(?:x-www-form-urlencoded|(?:[a-z0-9.-]+\+)?json)\s*(?:;|$)"

# Read lower-cased after one URL decoding, as CRS's XSS rules read. An element that runs or loads.
ACTIVE_ELEMENT = (
    r"<\s*/?\s*(?:script|iframe|frameset|frame|object|embed|applet|svg|math|style|link|meta|base|form|isindex"
    r"|template|portal|xmp|noscript|noembed|plaintext|listing)(?![\w:-])"
)
# An opened tag somewhere in the value, and an event handler somewhere in it: two links of one chain, each
# linear (no scan from a '<' to a handler that a quoted '<' or '>' could cut short: <img alt="<" onerror=…>).
OPENED_TAG = r"<\s*[a-z]"
HANDLER = r"(?:^|[\s/\"'`;])(?:on[a-z]{2,}|formaction|srcdoc|xlink:href)\s*="
# After entity, CSS-escape and whitespace decoding: a script or document URL as an attribute's value.
SCRIPT_URL = (
    r"=[\"'`]?(?:" + "|".join(_scheme(w) for w in ("javascript", "vbscript", "livescript", "mochascript"))
    + r"|data(?::|&colon;)(?!image/(?:png|gif|jpe?g|webp|bmp|avif)[;,]))"
)
# A Log4j lookup: the backend logs the ticket it stores, and a vulnerable logger runs what it logs. CRS 3.3.4 has no
# rule for it (CRS 4's 944150 is this shape, nested or jndi/ctx); in another field the command rules' '${' reads it.
LOOKUP = (r"\$\{[^}]{0,15}\$\{|\$\{\s*(?:jndi|ctx|env|sys|java|main|bundle|spring|k8s|docker|web|base64|lower|upper"
          r"|date|log4j|map|sd|marker|event)\s*:")
LOOKUP_TRANSFORMS = "t:none,t:urlDecodeUni,t:jsDecode,t:htmlEntityDecode,t:lowercase,t:removeNulls"

RULES_PER_PATH = 1  # a path rule flags the request
RULES_PER_FIELD = 6  # the removals, the parsed-body removals, the escaping checks (3) and the lookup check

TARGET_PATTERN = ARGUMENT_PATTERN  # ARGS:<name> only (ctl.ARGUMENT_PATTERN says why)
# A statement about the backend, one line; a triage proposal's "TODO …" placeholder does not validate.
STATEMENT = {"type": "string", "minLength": 1, "maxLength": 200, "pattern": "^(?!TODO)[^\\x00-\\x1f\\x7f]+$"}
SCHEMA: dict = {
    "type": "array", "minItems": 1, "maxItems": 5,
    "description": "parameters the site stores as data and shows escaped: technical text pasted by users (ADR 0029)",
    "items": {
        "type": "object", "additionalProperties": False,
        "required": ["paths", "targets", "stored", "shown", "reason"],
        "properties": {
            "paths": {**DECLARED_PATHS, "description": "the form's submit paths (\"/dir/\" = under it); never /"},
            "targets": {"type": "array", "minItems": 1, "maxItems": 5, "uniqueItems": True,
                        "items": {"type": "string", "pattern": TARGET_PATTERN, "description": ARGUMENT_DESCRIPTION},
                        "description": "named parameters as ARGS:<name> (query and body alike), e.g. ARGS:content, "
                                       "ARGS:json.description"},
            "stored": {**STATEMENT,
                       "description": "how the backend stores it as data, e.g. MyBatis #{} bound parameter"},
            "shown": {**STATEMENT, "description": "how every page that shows it escapes it, e.g. Thymeleaf th:text"},
            "reason": {"type": "string", "minLength": 1, "maxLength": 300, "pattern": "^[^\\x00-\\x1f\\x7f]+$"},
        },
    },
}


def from_data(items: list[dict]) -> tuple[TextField, ...]:
    return tuple(TextField(tuple(t["paths"]), tuple(t["targets"]), t["stored"], t["shown"], t["reason"])
                 for t in items)


def rule_count(field: TextField) -> int:
    return RULES_PER_PATH * len(field.paths) + RULES_PER_FIELD


@functools.cache
def _copied() -> frozenset[int]:
    return frozenset(replacement_ids())


def _remove(rule_id: int, target: str) -> str:
    # A rule with no platform copy needs only its id (read from the current tuning file, so a later copy is
    # named at the next render).
    return ctl_remove(rule_id, None, target, copy=rule_id in _copied())


def removals(targets: list[str], rules: tuple[int, ...] = (*RCE_RULES, *PROTOCOL_RULES),
             tags: tuple[str, ...] = TEXT_TAGS) -> list[str]:
    """The ctl actions that take the declared targets out of the text-covered rules (every command rule, when
    `rules` holds them all, through RCE_TAG)."""
    by_tag = set(RCE_RULES) <= set(rules)
    if by_tag:
        tags, rules = (*tags, RCE_TAG), tuple(r for r in rules if r not in RCE_RULES)
    return [a for t in targets for a in (*(ctl_remove(None, tag, t) for tag in tags),
                                         *(_remove(rid, t) for rid in rules))]


def render(field: TextField, first_id: int, tag: str, shared: SharedChecks | None = None) -> list[str]:
    """A phase-1 rule per path flagging the request; for a flagged request, one rule taking the targets out of
    the covered rules and one taking REQUEST_BODY out of BODY_RULES when the body is a form or JSON; then the
    escaping and lookup checks on the flagged field. Ids first_id ... first_id + rule_count(field) - 1."""
    if not field.paths or not field.targets:
        raise WafRenderError("a text field names at least one path and one target")
    targets = [named_argument(t, "text field target") for t in field.targets]
    flag = f"sg_textfield_{first_id}"
    lines = [f"# text field {', '.join(targets)}: {safe.comment(field.reason)}; stored as "
             f"{safe.comment(field.stored)}; shown {safe.comment(field.shown)}"]
    rid = first_id
    for path in field.paths:
        lines.append(f'SecRule REQUEST_FILENAME "{path_operator(path)}" "id:{rid},phase:1,pass,nolog,'
                     f"{PATH_TRANSFORMS},tag:'{tag}',setvar:tx.{flag}=1,setvar:tx.{FIELDS_FLAG}=1\"")
        rid += RULES_PER_PATH
    return lines + field_rules(targets, flag, rid, tag, shared=shared)


def field_rules(targets: list[str], flag: str, rid: int, tag: str,
                rules: tuple[int, ...] = (*RCE_RULES, *PROTOCOL_RULES), tags: tuple[str, ...] = TEXT_TAGS,
                body_rules: tuple[int, ...] = BODY_RULES, shared: SharedChecks | None = None) -> list[str]:
    """For a request whose path rule set tx.<flag>: the removals (one rule), the parsed-body removals (one rule),
    then the escaping and lookup checks on the targets (RULES_PER_FIELD rules from id rid). Shared with the
    console fields (sitegroup/waf/console_fields.py), whose path rules also ask for a back-office client and which
    take fewer rules off (rules, tags, body_rules)."""
    lines: list[str] = []
    body = removals(["REQUEST_BODY"], body_rules, ())
    lines += [f'SecRule TX:{flag} "@eq 1" "id:{rid},phase:1,pass,nolog,t:none,tag:\'{tag}\','
              f'{",".join(removals(targets, rules, tags))}"',
              f'SecRule TX:{flag} "@eq 1" "id:{rid + 1},phase:1,pass,nolog,t:none,tag:\'{tag}\',chain"',
              f'    SecRule REQUEST_HEADERS:Content-Type "{PARSED_BODY}" "t:none,t:lowercase,{",".join(body)}"']
    rid += 2
    variables = "|".join(targets)
    score = critical_score("xss")

    def head(what: str, logdata: str = INLINE_LOGDATA) -> list[str]:
        return flagged_check(flag, rid, f"Text field: {what}", tag, "sitegroup/text-field", logdata)

    def check(what: str, c: Check, family: str = "xss") -> list[str]:
        return scored_check(c, targets, shared, flag=flag, rule_id=rid, msg=f"Text field: {what}", tag=tag,
                            kind="sitegroup/text-field", family=family)

    lines += check("an element that runs or loads", Check("text_active", ACTIVE_ELEMENT, MARKUP_TRANSFORMS))
    rid += 1
    # Two links over the same argument's value (MATCHED_VARS): the patterns are short, so each field keeps its own.
    lines += [*head("an event handler in markup"),
              f'    SecRule {variables} "@rx {OPENED_TAG}" "{MARKUP_TRANSFORMS},chain"',
              f'        SecRule MATCHED_VARS "@rx {HANDLER}" "t:none,t:lowercase,capture,\\', *score]
    rid += 1
    lines += check("a script URL as an attribute value", Check("text_script_url", SCRIPT_URL, DECODED_TRANSFORMS))
    rid += 1
    lines += check("a Log4j lookup", Check("text_lookup", LOOKUP, LOOKUP_TRANSFORMS), "rce")
    return lines
