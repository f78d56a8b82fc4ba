"""The CMS corpus (tests/waf/data/gen_cms_corpus.py) through the real tier: FP on the tuning part and on the
held-out part, per blocking profile. The held-out part is counted, never broken down (tests/waf/evaluate.py).

The tuning part must stay under the issue's 0.5 %. The held-out part is a measurement, not something
tuned to: its test fails only when a change makes it WORSE than the figure recorded in HELD_OUT_CEILING
(docs/waf.md has the history), so a regression on traffic nobody tuned for is caught.
"""

from __future__ import annotations

import json
from collections import Counter

import pytest

from tests.waf import evaluate
from tests.waf.conftest import Tier
from tests.waf.data import gen_cms_corpus as gen

pytestmark = pytest.mark.slow

# Measured with the tuning of 2026-12-03 session 4 (docs/waf.md, held-out count 5: strict 19.04 %,
# standard 0.00 %): strict plus one point of noise; standard at the goal, which it meets.
HELD_OUT_CEILING = {"strict": 0.2004, "standard": evaluate.GOAL}


def test_the_split_is_the_committed_one_and_large_enough() -> None:
    """Regenerating gives the committed files (the split is made once, deterministically)."""
    reqs = gen.gen()
    tuning = [r for r in reqs if not gen.held_out(r["family"], r["shape"])]
    held = [r for r in reqs if gen.held_out(r["family"], r["shape"])]
    committed = [json.loads(line) for line in evaluate.TUNING.read_text(encoding="utf-8").splitlines()]
    committed_held = [json.loads(line) for line in evaluate.HELD_OUT.read_text(encoding="utf-8").splitlines()]
    assert (committed, committed_held) == (tuning, held)
    assert len(reqs) >= 1500 and len({r["family"] for r in reqs}) >= 8
    assert all(r["source"] and r["family"] and r["shape"] for r in reqs)
    families = Counter(r["family"] for r in held)
    assert set(gen.HELD_OUT_FAMILIES) <= set(families)  # whole families no tuning saw
    assert not {r["label"] for r in held} & {r["label"] for r in tuning}  # no group on both sides


@pytest.mark.parametrize("profile", ["strict", "standard"])
def test_cms_corpus_false_positives(tier: Tier, profile: str) -> None:
    tuning = evaluate.false_positives(tier.port, profile, evaluate.load(evaluate.TUNING))
    held = evaluate.false_positives(tier.port, profile, evaluate.load(evaluate.HELD_OUT))
    print(f"\nCMS corpus FP {profile}: tuning {tuning.rate:.2%}, held-out {held.rate:.2%}")
    assert tuning.rate < evaluate.GOAL, f"{profile}: tuning part {tuning.rate:.2%}: {dict(tuning.refused)}"
    assert held.rate <= HELD_OUT_CEILING[profile], f"{profile}: held-out got worse: {held.rate:.2%}"
