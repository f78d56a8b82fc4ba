"""The two pieces of ModSecurity syntax every exclusion is made of: which path, and which ctl action.

Shared by the site exceptions (modsec.py) and the CMS packages (cms.py); every value is checked here
against the renderer's allow-lists (safe.py) before it becomes syntax.
"""

from __future__ import annotations

from sitegroup.waf import safe
from sitegroup.waf.errors import WafRenderError


def regex_literal(path: str) -> str:
    # Paths are unreserved characters only (safe.URL_PATH); '.' is the only regex metacharacter.
    return path.replace(".", "\\.")


# What may follow a trusted path prefix once the path is decoded and normalised: nothing of ';' '\' '%'
# or a control character. Those are how a path that looks like /dir/... reaches another resource on the
# backend: Tomcat drops ";params" per segment (/dir/..;/x is /x), IIS reads '\' as '/', a '%' left
# after decoding is a double-encoded dot segment. Such a request gets no exclusion and no carve-out:
# the full rule set reads it (fail closed).
TRUSTED_TAIL = "[^;\\x5c%\\x00-\\x20\\x7f]"
# Decode, then remove dot segments and read '\' as '/' (what the admin ACL does too).
PATH_TRANSFORMS = "t:none,t:urlDecodeUni,t:normalizePathWin"
# Set by every HTML, filter and text field's path rule: this request carries a declared field, so the phase-2 field
# checks are worth reading (cms.conf skips them all otherwise, modsec.cms_conf).
FIELDS_FLAG = "sg_fields"


def path_operator(path: str) -> str:
    """A directory ("/a/") covers what is under it; a file ("/a/submit") itself and what lies below
    it ("/a/submit/x", PATH_INFO) but not "/a/submit-other". Compared after PATH_TRANSFORMS and only
    when the rest is TRUSTED_TAIL: /a/%2e%2e/b, /a/..;/b, /a/..\\b, /a/%252e%252e/b carry nothing of
    /a/ elsewhere; so ";jsessionid=" URLs get the full rule set too."""
    lit = regex_literal(safe.check(safe.URL_PATH, path, "path"))
    tail = f"{TRUSTED_TAIL}*" if path.endswith("/") else f"(?:/{TRUSTED_TAIL}*)?"
    return f"@rx ^{lit}{tail}$"


# The paths a declaration (an HTML field, a filter field, a body type) names, in a package or a site entry:
# never "/", no segment starting with '.' (no . or ..), at most ten.
DECLARED_PATHS: dict = {
    "type": "array", "minItems": 1, "maxItems": 10, "uniqueItems": True,
    "items": {"type": "string", "maxLength": 200, "pattern": r"^/(?:[A-Za-z0-9_~-][A-Za-z0-9._~-]*/?)+$"},
}

CRS_IDS = (900_000, 999_999)
REPLACES_TAG = "sitegroup/replaces/"


def ctl_remove(rule_id: int | None, rule_tag: str | None, target: str | None, *, copy: bool = True) -> str:
    """The ctl action removing a rule (by id or tag) for the transaction, or only one target of it. A CRS id
    names the platform's copy too unless copy=False, which a caller passes only when it knows from the current
    tuning file that the rule has none (a generated site file stays smaller)."""
    if (rule_id is None) == (rule_tag is None):
        raise WafRenderError("an exception names exactly one of rule_id and rule_tag")
    tgt = None if target is None else safe.check(safe.TARGET, target, "exception target")
    if rule_id is not None:
        rid = safe.integer(rule_id, "exception rule_id", 1, 99_999_999)
        by_id = f"ctl:ruleRemoveById={rid}" if tgt is None else f"ctl:ruleRemoveTargetById={rid};{tgt}"
        if not copy or not CRS_IDS[0] <= rid <= CRS_IDS[1]:
            return by_id
        # A CRS rule the platform tuning replaced (crs-tuning-zh.conf: removed by id, its copy tagged
        # sitegroup/replaces/<id>) is excluded through its copy too: an exception or package naming the
        # CRS id (what CRS's docs and a stock audit log show) must not silently stop covering it when
        # a later tuning round replaces the rule. The tag matches exactly, and only that one copy.
        return f"{by_id},{ctl_remove(None, f'{REPLACES_TAG}{rid}', target)}"
    rtag = safe.check(safe.RULE_TAG, rule_tag, "exception rule_tag")
    return f"ctl:ruleRemoveByTag={rtag}" if tgt is None else f"ctl:ruleRemoveTargetByTag={rtag};{tgt}"


INLINE_LOGDATA = "Matched Data: %{TX.0} found within %{MATCHED_VAR_NAME}"


def flagged_check(flag: str, rule_id: int, msg: str, tag: str, kind: str,
                  logdata: str = INLINE_LOGDATA) -> list[str]:
    """The first link of a platform check on a declared field (an HTML field, a text field): phase 2, critical,
    paranoia 1, reached by every request and going on only when the site's or package's path rule set the flag.
    A check reading a shared check's marks (shared_checks.py) logs the mark, which holds the inline logdata."""
    return [f'SecRule TX:{flag} "@eq 1" \\',
            f'    "id:{rule_id},phase:2,block,msg:\'{msg}\',\\',
            f"    logdata:'{logdata}',\\",
            f"    tag:'{tag}',tag:'{kind}',tag:'paranoia-level/1',severity:'CRITICAL',chain\""]


def critical_score(family: str) -> list[str]:
    """The last link's score, as CRS's critical rules of that family add it (family: xss, rce, sql_injection)."""
    return [f"        setvar:'tx.{family}_score=+%{{tx.critical_anomaly_score}}',\\",
            "        setvar:'tx.anomaly_score_pl1=+%{tx.critical_anomaly_score}'\""]


# What an HTML, filter or text field names: ARGS:<name> only. CRS's rules read the ARGS collection, and ModSecurity
# takes a target off a rule only under the name the rule reads it by, so ARGS_POST:x or ARGS_GET:x would take nothing
# off them (tried on the tier, stop 29): the field would stay refused while its declaration said otherwise. ARGS:x
# is the name in the query and the body alike. A filter field may name an OData system option ($filter).
ARGUMENT_PATTERN = r"^ARGS:[A-Za-z0-9_.\-\[\]]{1,64}$"
OPTION_ARGUMENT_PATTERN = r"^ARGS:\$?[A-Za-z0-9_.\-\[\]]{1,64}$"
ARGUMENT_DESCRIPTION = ("one parameter as ARGS:<name> (ARGS:content, ARGS:json.content): the name CRS's rules read "
                        "it by, in the query and the body alike; ARGS_POST:x or ARGS_GET:x would take nothing off them")


def named_argument(target: str, what: str) -> str:
    """One named parameter (ARGS:content, ARGS:json.content), never a whole collection and never ARGS_POST:x or
    ARGS_GET:x (see ARGUMENT_PATTERN): what an HTML, filter or text field may name, since its removals and
    checks read exactly that argument."""
    t = safe.check(safe.TARGET, target, what)
    if not t.startswith("ARGS:"):
        raise WafRenderError(f"{what} {target!r} must name one parameter as ARGS:<name> (the name CRS's rules "
                             "read it by, in the query and the body alike)")
    return t
