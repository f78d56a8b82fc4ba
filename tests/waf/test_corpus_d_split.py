"""Corpus D (tests/waf/data/gen_cms_corpus_d.py): its split and its requests, without a WAF.

Fast tests, in their own module like test_corpus_c_split.py. Nothing here sends D through the WAF: D's
false-positive count is the lead's, after a tuning round on D's tuning part (docs/waf.md, held-out
discipline).
"""

from __future__ import annotations

import base64
from collections import Counter

import pytest

from tests.waf.corpus_checks import (
    a_families,
    assert_http_server_parses,
    assert_regenerates,
    assert_split_rule,
    assert_tagged,
)
from tests.waf.data import gen_cms_corpus_b as gen_b
from tests.waf.data import gen_cms_corpus_c as gen_c
from tests.waf.data import gen_cms_corpus_d as gen_d


@pytest.fixture(scope="module")
def corpus() -> tuple[list[dict], list[dict]]:
    return gen_d.split(gen_d.gen())



def test_regenerating_gives_the_committed_files(corpus: tuple[list[dict], list[dict]]) -> None:
    assert_regenerates(*corpus, gen_d.TUNING_FILE, gen_d.HELD_OUT_FILE)


def test_large_enough_and_tagged(corpus: tuple[list[dict], list[dict]]) -> None:
    assert_tagged(corpus[0] + corpus[1], gen_d.SOURCES, min_requests=1200, min_families=10, min_shapes=5)
    assert set(gen_d.SOURCES) == set(gen_d.FAMILIES)


def test_the_split_is_the_rule_written_down(corpus: tuple[list[dict], list[dict]]) -> None:
    """Whole families and (family, shape) groups are on one side only; the held-out families are the
    ones the docstring's rule picks (pinned: a change of family names would re-split)."""
    assert gen_d.HELD_OUT_FAMILIES == ("error-monitor", "link-checker", "apm-trace")
    assert_split_rule(*corpus, "corpus-d/", gen_d.SOURCES, gen_d.HELD_OUT_FAMILIES)
    assert (len(corpus[0]), len(corpus[1])) == (904, 520)  # 63 % tuning


def test_d_shares_no_family_with_a_b_or_c(corpus: tuple[list[dict], list[dict]]) -> None:
    d_families = {r["family"] for r in corpus[0] + corpus[1]}
    assert not d_families & a_families()
    assert not d_families & {r["family"] for r in gen_b.gen()}
    assert not d_families & {r["family"] for r in gen_c.gen()}


def test_the_traffic_kinds_it_was_made_for(corpus: tuple[list[dict], list[dict]]) -> None:
    """What D adds over A-C is there: string bodies sent as text/plain;charset=UTF-8, browser reports,
    fetch metadata and client hints, mini-program Referers, service-worker and WebSocket headers."""
    reqs = corpus[0] + corpus[1]
    ctypes = Counter(next((v for k, v in r["headers"].items() if k.lower() == "content-type"), "") for r in reqs)
    assert ctypes["text/plain;charset=UTF-8"] >= 200
    assert ctypes["application/csp-report"] and ctypes["application/reports+json"]
    names = {k for r in reqs for k in r["headers"]}
    assert {"sec-ch-ua", "Sec-Fetch-Mode", "Sec-Purpose", "Service-Worker", "Sec-WebSocket-Key", "traceparent"} <= names
    assert any(r["headers"].get("Referer", "").startswith("https://servicewechat.com/wx") for r in reqs)
    assert {r["method"] for r in reqs} == {"GET", "HEAD", "OPTIONS", "POST"}


def test_every_record_is_a_well_formed_request(corpus: tuple[list[dict], list[dict]]) -> None:
    problems = [(r["label"], p) for r in corpus[0] + corpus[1] for p in gen_d.check(r)]
    assert not problems, problems[:5]


def _ok() -> dict:
    return {
        "label": "beacon-text/vitals-json",
        "family": "beacon-text",
        "shape": "vitals-json",
        "source": gen_d.SOURCES["beacon-text"],
        "method": "POST",
        "path": "/analytics/vitals",
        "headers": {"Content-Type": "text/plain;charset=UTF-8", "Origin": "https://www.example.gov.cn"},
        "body": '{"name":"LCP","value":1832.4,"rating":"good"}',
    }


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ({}, None),
        ({"path": "analytics/vitals"}, "path"),
        ({"path": "/搜索?q=1"}, "path"),
        ({"path": "/a#page=2"}, "path"),
        ({"method": "PUT"}, "method"),
        ({"headers": {"Content-Type": "text/plain", "Content-Length": "3"}}, "Content-Length"),
        ({"headers": {"Content-Type": "text/plain", "X-Name": "王"}}, "X-Name"),
        ({"headers": {"Content-Type": "text/plain", "content-type": "text/plain"}}, "twice"),
        ({"headers": {"Content-Type": "text/plain", "Host": "www.example.gov.cn"}}, "client's"),
        ({"headers": {"Content-Type": "text/plain", "Bad Name": "1"}}, "Bad Name"),
        ({"headers": {"User-Agent": "curl/8.5.0"}}, "Content-Type"),
        ({"headers": {"Content-Type": "application/json"}, "body": "{not json"}, "application/json"),
        ({"headers": {"Content-Type": "application/csp-report"}, "body": "csp-report="}, "application/csp-report"),
        ({"headers": {"Content-Type": "application/reports+json"}, "body": "[{"}, "application/reports+json"),
        ({"headers": {"Content-Type": "application/x-www-form-urlencoded"}, "body": "a=%E4%B8&b"}, "urlencoded"),
        ({"headers": {"Content-Type": "application/x-www-form-urlencoded"}, "body": "q=王"}, "urlencoded"),
        ({"body_b64": base64.b64encode(b"\xff\xfe\x00").decode(), "body": None}, "both body"),
        ({"method": "GET"}, "with a body"),
        ({"method": "HEAD"}, "with a body"),
        ({"shape": "vitals-batch"}, "label"),
    ],
)
def test_the_check_refuses_malformed_records(change: dict, problem: str | None) -> None:
    """check() is what the corpus is held to: it must name each defect it is given."""
    rec = {**_ok(), **change}
    found = gen_d.check(rec)
    if problem is None:
        assert found == []
    else:
        assert any(problem in p for p in found), found


def test_the_check_wants_text_bodies_to_be_utf8() -> None:
    rec = {**_ok(), "body_b64": base64.b64encode(b'{"name":"\xff"}').decode()}
    del rec["body"]
    assert any("text/plain" in p for p in gen_d.check(rec))


def test_python_http_server_parses_every_record(corpus: tuple[list[dict], list[dict]]) -> None:
    assert_http_server_parses(corpus[0] + corpus[1])
