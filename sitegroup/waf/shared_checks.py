"""Field checks compiled once for every CMS package in use (ADR 0039).

A declared field's check is a long regex over the field's targets: an HTML field's markup allow-list and script-URL
pattern (about 1 KB each), a filter field's grammar (up to 2.7 KB), a text field's script-URL pattern. Rendered
inline, every field carried its own copy, and a worker holds each copy compiled and JIT-compiled: about 20 KiB per KB
of pattern (bench/waf.py memory, stop 38's ablation), so the catalogue's 13 HTML fields alone held 24 copies of two
patterns.

In cms.conf each distinct check (pattern and transformations) is one rule instead, reading the union of the targets
every package field using it names, in phase 2 before the packages. It scores nothing: it marks each argument it
matches (``tx.sg_mark_<key>_<ARGS:name>``; ModSecurity reads TX names case-blind, as it reads ARGS:<name>). The
field's own rule, behind its path flag as before, reads the marks of its own targets. So a field's verdict is the
same, request for request: its flag says the request is on its path of a site with its package, the mark says its
argument matched the same pattern after the same transformations; a mark on an argument no flagged field names is
never read. The mark holds what the check's logdata held (``<matched> found within ARGS:<name>``), so the audit
log reads as before. Site entries' fields keep their inline checks (sites/<id>.rules.conf is read by one site).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sitegroup.waf.ctl import INLINE_LOGDATA, critical_score, flagged_check
from sitegroup.waf.errors import WafRenderError

# After the packages' range (cms.CMS_ID_BASE ... CMS_ID_END - 1): ids 14000 ... 14099.
FIRST_ID, LAST_ID = 14000, 14099
# What a field's rule logs when it reads a mark: the mark is what the inline check logged.
MARK_LOGDATA = "Matched Data: %{MATCHED_VAR}"
KEY = re.compile(r"^[a-z0-9_]{1,40}$")  # part of a TX variable's name


@dataclass(frozen=True)
class Check:
    """One pattern read after one set of transformations. `key` names the marks (a short identifier); `capture`
    marks with what matched (for a scoring field's log), else with 1 (a filter grammar's whole-value match)."""

    key: str
    pattern: str
    transforms: str
    capture: bool = True

    def __post_init__(self) -> None:
        if not KEY.match(self.key):
            raise WafRenderError(f"a shared field check's key is [a-z0-9_]{{1,40}}, not {self.key!r}")

    def mark(self, target: str) -> str:
        return f"TX:sg_mark_{self.key}_{target}"


@dataclass
class SharedChecks:
    """The checks the packages of one cms.conf use, each with the union of its targets, in first-use order."""

    targets: dict[Check, list[str]] = field(default_factory=dict)

    def marks(self, check: Check, targets: list[str]) -> str:
        """The variables a field's rule reads for `targets` under `check` (registering them)."""
        names = self.targets.setdefault(check, [])
        for t in targets:
            if t.lower() not in {n.lower() for n in names}:
                names.append(t)
        return "|".join(check.mark(t) for t in targets)

    def render(self) -> list[str]:
        if len(self.targets) > LAST_ID - FIRST_ID + 1:
            raise WafRenderError(f"{len(self.targets)} shared field checks; ids {FIRST_ID}-{LAST_ID} hold "
                                 f"{LAST_ID - FIRST_ID + 1}")
        keys = [c.key for c in self.targets]
        if len(set(keys)) != len(keys):
            raise WafRenderError(f"two shared field checks share a key: {sorted(keys)}")
        lines = ["# Field checks shared by the packages' fields (ADR 0039): each marks the arguments it matches;",
                 "# a field's own rule, behind its path flag, reads its targets' marks."]
        for i, (check, targets) in enumerate(self.targets.items()):
            value = "%{TX.0} found within %{MATCHED_VAR_NAME}" if check.capture else "1"
            capture = "capture," if check.capture else ""
            lines.append(f'SecRule {"|".join(targets)} "@rx {check.pattern}" "id:{FIRST_ID + i},phase:2,pass,nolog,'
                         f"{check.transforms},{capture}setvar:'tx.sg_mark_{check.key}_%{{MATCHED_VAR_NAME}}={value}'\"")
        return lines


def scored_check(check: Check, targets: list[str], shared: SharedChecks | None, *, flag: str, rule_id: int, msg: str,
                 tag: str, kind: str, family: str) -> list[str]:
    """A declared field's scoring check (an HTML field's, a text field's): behind the field's path flag, its targets
    read with the check's own copy of the pattern (shared None: a site's field, sites/<id>.rules.conf) or through the
    marks of the shared check in cms.conf (a package's field). Either way the same verdict and the same logdata."""
    if shared is None:
        return [*flagged_check(flag, rule_id, msg, tag, kind, INLINE_LOGDATA),
                f'    SecRule {"|".join(targets)} "@rx {check.pattern}" "{check.transforms},capture,\\',
                *critical_score(family)]
    return [*flagged_check(flag, rule_id, msg, tag, kind, MARK_LOGDATA),
            f'    SecRule {shared.marks(check, targets)} "@unconditionalMatch" "t:none,\\',
            *critical_score(family)]
