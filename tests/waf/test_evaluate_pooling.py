"""The report's pooled held-out figure and its edge-only variant (tests/waf/evaluate.py), without a WAF."""

from __future__ import annotations

import importlib
import ipaddress
from collections import Counter

import pytest

from tests.waf import evaluate, factory
from tests.waf.data import corpus_kit
from tests.waf.harness import Req, as_citizens

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


def test_a_back_office_request_is_sent_from_inside_the_office_ranges_and_nothing_else_is() -> None:
    """ADR 0040: a corpus record marked client "office" reaches the tier from a staff address inside every profile's
    admin.allow_from; an unmarked one from a citizen's; a record with any other client value is refused, by the
    corpus kit and by the loader alike."""
    rec = {"label": "f/s", "family": "f", "shape": "s", "source": "src", "method": "GET", "path": "/x",
           "headers": {"Accept": "*/*"}}
    office, citizen = Req.from_json({**rec, "client": "office"}), Req.from_json(rec)
    sent = as_citizens([office, citizen])
    assert [q.client for q in sent] == ["office", ""]
    for profile in factory.BLOCKING:
        nets = [ipaddress.ip_network(n) for n in factory.load_profile(profile).admin_allow_from]
        inside = [any(ipaddress.ip_address(q.headers["X-Forwarded-For"]) in n for n in nets) for q in sent]
        assert inside == [True, False], profile
    assert not corpus_kit.check_record({**rec, "client": "office"}, {"f": "src"})
    assert corpus_kit.check_record({**rec, "client": "admin"}, {"f": "src"})
    with pytest.raises(ValueError, match="client"):
        Req.from_json({**rec, "client": "staff"})
