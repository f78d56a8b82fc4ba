"""The report's pooled held-out figure and its edge-only variant (tests/waf/evaluate.py), without a WAF."""

from __future__ import annotations

import importlib
from collections import Counter

from tests.waf import evaluate
from tests.waf.harness import Req

GENERATORS = ("", "_b", "_c", "_d", "_e", "_f", "_g", "_h", "_i", "_j")


def test_every_internal_family_is_a_corpus_family() -> None:
    """A misspelt name would silently count an internal family as edge traffic."""
    families = set()
    for suffix in GENERATORS:
        families |= set(importlib.import_module(f"tests.waf.data.gen_cms_corpus{suffix}").SOURCES)
    assert families >= evaluate.INTERNAL_FAMILIES, evaluate.INTERNAL_FAMILIES - families


def test_callbacks_from_outside_the_cloud_stay_edge_traffic() -> None:
    """Payment, WeChat and IM callbacks reach a site through its public edge: never left out."""
    assert not {"pay-notify", "wechat-mp-callback", "wecom-dingtalk-callback", "sms-report", "iot-telemetry"} \
        & evaluate.INTERNAL_FAMILIES


def _req(label: str) -> Req:
    return Req("GET", "/", {}, None, label)


def test_pooling_counts_held_out_parts_only_and_leaves_out_internal_refusals() -> None:
    parts = {
        "X tuning": [_req("trs-wcm/a")] * 50,
        "X held-out": [_req("trs-wcm/a")] * 8 + [_req("log-shipping/loki-push")] * 2,
        "Y held-out": [_req("zmhd-letter/b")] * 10,
    }
    out = {"strict": {"refused X tuning": Counter({"trs-wcm/a": 50}),
                      "refused X held-out": Counter({"trs-wcm/a": 1, "log-shipping/loki-push": 2}),
                      "refused Y held-out": Counter({"zmhd-letter/b": 3})}}
    (refused, size), (edge_refused, edge_size) = evaluate.pooled_held_out(parts, out)["strict"]
    assert (refused, size) == (6, 20)
    assert (edge_refused, edge_size) == (4, 18)
