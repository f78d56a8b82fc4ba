"""The platform's CRS tuning file, and which of its rules are copies of which CRS rules.

Its own module so that what renders a site's or a package's declarations (text_fields) can ask which CRS rules
have a platform copy without importing the renderer (render imports them).
"""

from __future__ import annotations

import re
from pathlib import Path

TUNING_FILE = Path(__file__).resolve().parents[2] / "policies" / "waf" / "crs-tuning-zh.conf"


def replaced_by_copy(text: str | None = None) -> dict[int, int]:
    """Every platform copy's id -> the CRS rule it replaces (crs-tuning-zh.conf: the rule carrying the tag
    sitegroup/replaces/<CRS id>; 920272 has several copies). What an audit log shows on a tuned tier is
    the copy's id; a site exception names the CRS id (`sitegroup waf triage` maps one to the other)."""
    text = TUNING_FILE.read_text(encoding="utf-8") if text is None else text
    out = {}
    for block in re.split(r"\n(?=SecRule )", text):
        rid, crs = re.search(r'"id:(\d+),', block), re.search(r"tag:'sitegroup/replaces/(\d+)'", block)
        if rid and crs:
            out[int(rid.group(1))] = int(crs.group(1))
    return out


def replacement_ids(text: str | None = None) -> dict[int, int]:
    """CRS rule id -> the platform tuning's copy of it (the last one, for a rule with several)."""
    return {crs: copy for copy, crs in replaced_by_copy(text).items()}
