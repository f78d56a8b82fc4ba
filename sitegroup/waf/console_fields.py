"""Console fields: a tool's parameter that runs what its user writes, honoured only from the back office (ADR 0038).

A BI tool's SQL Lab statement, a dashboard panel's raw SQL, a notebook's cell: the tool sends the analyst's SQL or
code by design, and its own control is who may send it (the tool's login and the database role it runs the
statement as), not what the statement says. An analyst's ``SELECT … GROUP BY … CASE WHEN …`` is exactly what
libinjection and every SQL rule exist to refuse; no grammar or exclusion tells it from an injection (corpus AI: 32 %
of its held-out part refused at PL1). A text field's facts (stored as data, never run) are false for it.

What the platform can know is where the request comes from. 《互联网政务应用安全管理规定》第十九条 already confines
back-office functions to the profile's ranges (``admin.allow_from``, the admin ACL). A package declares a tool's
console fields; on those paths, for a client whose address is inside the site's profile's back-office ranges,
the field is read much as a text field is (sitegroup/waf/text_fields.py): the SQL, XSS and PHP rules and the few
command and character rules that misread SQL leave it (REMOVED_TAGS, REMOVED_RULES); the escaping check and the
Log4j check read it; LFI, RFI, the other command rules, the Java and protocol rules and every other parameter keep
every rule.
From any other address nothing changes: every rule reads the field, so a citizen's request carrying SQL is refused
as before. The flag (``tx.sg_office``) is set from REMOTE_ADDR, the client after nginx's real_ip, which believes
X-Forwarded-For only from the gateway: a forged header from the internet does not set it (test_cms).
"""

from __future__ import annotations

from sitegroup.model import ConsoleField, WafProfile
from sitegroup.waf import safe, text_fields
from sitegroup.waf.ctl import (
    ARGUMENT_DESCRIPTION,
    ARGUMENT_PATTERN,
    DECLARED_PATHS,
    FIELDS_FLAG,
    PATH_TRANSFORMS,
    named_argument,
    path_operator,
)
from sitegroup.waf.errors import WafRenderError
from sitegroup.waf.shared_checks import SharedChecks

OFFICE_FLAG = "sg_office"  # set in phase 1 when the client is inside its site's profile's back-office ranges
OFFICE_RULE_OFFSET = 4  # a profile's rule ids are PROFILE_ID_BASE + i*SPAN + 0..3 (modsec); this one is + 4

RULES_PER_PATH = 1
RULES_PER_FIELD = text_fields.RULES_PER_FIELD
# What an analyst's SQL meets besides the SQL rules (corpus AI's tuning part, at PL3): PHP's function rules on
# sum( count( (933161, 933180), XSS heuristics on quoted names and comparisons (941330, 941380), the Windows and Unix
# command rules on SQL's words and '|' (932110, 932115), 920272 on a LIKE's '%', and 932200's replacement 10200 (PL2)
# on arithmetic and quoting read as a shell evasion (`* 100.0 / COUNT(*)`, corpus AI's metabase dataset-native; stop
# 40). Fewer than a text field takes off: LFI, RFI, Node.js, the other command rules and the request-line rules keep
# reading a console field, and every removal is one ctl action per target that every worker holds (bench/waf.py
# memory).
REMOVED_TAGS = ("attack-sqli", "attack-xss", "attack-injection-php")
REMOVED_RULES = (932110, 932115, 920272, 10200)
BODY_RULES = (920272,)

SCHEMA: dict = {
    "type": "array", "minItems": 1, "maxItems": 5,
    "description": "a tool's parameters that run what its user writes (SQL, code), honoured only from the "
                   "profile's back-office ranges (ADR 0038)",
    "items": {
        "type": "object", "additionalProperties": False, "required": ["paths", "targets", "runs", "reason"],
        "properties": {
            "paths": {**DECLARED_PATHS, "description": "the tool's API paths (\"/dir/\" = under it); never /"},
            "targets": {"type": "array", "minItems": 1, "maxItems": 5, "uniqueItems": True,
                        "items": {"type": "string", "pattern": ARGUMENT_PATTERN, "description": ARGUMENT_DESCRIPTION},
                        "description": "named parameters as ARGS:<name>, e.g. ARGS:json.sql"},
            "runs": {**text_fields.STATEMENT, "description": "who runs it, as which role: the tool's own control, e.g. "
                                                  "SQL Lab runs it as the analyst's read-only database role"},
            "reason": {"type": "string", "minLength": 1, "maxLength": 300, "pattern": "^[^\\x00-\\x1f\\x7f]+$"},
        },
    },
}


def from_data(items: list[dict]) -> tuple[ConsoleField, ...]:
    return tuple(ConsoleField(tuple(c["paths"]), tuple(c["targets"]), c["runs"], c["reason"]) for c in items)


def rule_count(field: ConsoleField) -> int:
    return RULES_PER_PATH * len(field.paths) + RULES_PER_FIELD


def office_rules(profiles: list[WafProfile], first_id: int, span: int) -> list[str]:
    """Phase 1, one rule per profile with back-office ranges: a client inside them sets tx.sg_office. Profile i
    (in profiles.conf's order) gets id first_id + i*span + OFFICE_RULE_OFFSET, inside its own id block."""
    lines = ["# Console fields (ADR 0038): a client inside its site's profile's back-office ranges."]
    for i, p in enumerate(profiles):
        if not p.admin_allow_from:
            continue
        nets = ",".join(safe.network(c, "admin allow_from") for c in p.admin_allow_from)
        lines += [f'SecRule TX:sg_profile "@streq {p.name}" "id:{first_id + i * span + OFFICE_RULE_OFFSET},'
                  f'phase:1,pass,nolog,t:none,chain"',
                  f'    SecRule REMOTE_ADDR "@ipMatch {nets}" "t:none,setvar:tx.{OFFICE_FLAG}=1"']
    return lines


def render(field: ConsoleField, first_id: int, tag: str, shared: SharedChecks | None = None) -> list[str]:
    """A phase-1 rule per path flagging the request when the client is a back-office one; then the text field's
    rules on the flag (removals, escaping and lookup checks). Ids first_id ... first_id + rule_count - 1."""
    if not field.paths or not field.targets:
        raise WafRenderError("a console field names at least one path and one target")
    targets = [named_argument(t, "console field target") for t in field.targets]
    flag = f"sg_console_{first_id}"
    lines = [f"# console field {', '.join(targets)}: {safe.comment(field.reason)}; runs "
             f"{safe.comment(field.runs)}; only from the back-office ranges"]
    rid = first_id
    for path in field.paths:
        lines += [f'SecRule REQUEST_FILENAME "{path_operator(path)}" "id:{rid},phase:1,pass,nolog,'
                  f"{PATH_TRANSFORMS},tag:'{tag}',chain\"",
                  f'    SecRule TX:{OFFICE_FLAG} "@eq 1" "t:none,setvar:tx.{flag}=1,setvar:tx.{FIELDS_FLAG}=1"']
        rid += RULES_PER_PATH
    return lines + text_fields.field_rules(targets, flag, rid, tag, REMOVED_RULES, REMOVED_TAGS, BODY_RULES,
                                         shared)
