"""CIS recommendations the baseline deliberately does not implement (decisions.yml): each appears in the
auditors' report as not applicable with its kind and reason, so the report covers every recommendation."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tests.hardening.support import control, not_applicable

DECISIONS = yaml.safe_load(Path(__file__).with_name("decisions.yml").read_text())["decisions"]
KINDS = {"not-applicable", "accepted", "manual"}


@pytest.mark.parametrize(
    "entry",
    [
        pytest.param(
            d,
            marks=control(f"decision:{d['id']}", gbt=d["gbt"], cis=d["cis"], title=d["title"]),
            id=d["id"],
        )
        for d in DECISIONS
    ],
)
def test_recorded_decision(host, entry):
    assert entry.get("kind") in KINDS, f"decision {entry.get('id')}: kind must be one of {sorted(KINDS)}"
    assert len(str(entry.get("reason", "")).split()) >= 8, f"decision {entry['id']}: give the reason"
    not_applicable(f"{entry['kind']}: {' '.join(entry['reason'].split())}")
