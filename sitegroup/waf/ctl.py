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


def path_operator(path: str) -> str:
    """A directory ("/a/") covers what is under it; a file ("/a/submit") itself and its path
    parameters (";jsessionid=") but not "/a/submit-other". Compared after URL decoding and
    dot-segment removal (t:urlDecodeUni,t:normalizePath), so /a/%2e%2e/b does not carry /a/ elsewhere."""
    safe.check(safe.URL_PATH, path, "path")
    return f"@beginsWith {path}" if path.endswith("/") else f"@rx ^{regex_literal(path)}(?:[/;]|$)"


def ctl_remove(rule_id: int | None, rule_tag: str | None, target: str | None) -> str:
    """The ctl action removing a rule (by id or tag) for the transaction, or only one target of it."""
    if (rule_id is None) == (rule_tag is None):
        raise WafRenderError("an exception names exactly one of rule_id and rule_tag")
    tgt = None if target is None else safe.check(safe.TARGET, target, "exception target")
    if rule_id is not None:
        rid = safe.integer(rule_id, "exception rule_id", 1, 99_999_999)
        return f"ctl:ruleRemoveById={rid}" if tgt is None else f"ctl:ruleRemoveTargetById={rid};{tgt}"
    rtag = safe.check(safe.RULE_TAG, rule_tag, "exception rule_tag")
    return f"ctl:ruleRemoveByTag={rtag}" if tgt is None else f"ctl:ruleRemoveTargetByTag={rtag};{tgt}"
