"""Corpus E (tests/waf/data/gen_cms_corpus_e.py): its split and its requests, without a WAF.

Fast tests, in their own module like test_corpus_d_split.py. Nothing here sends E through the WAF: E's
false-positive count is the lead's, after a tuning round on E's tuning part (docs/waf.md, held-out
discipline).
"""

from __future__ import annotations

import base64
from collections import Counter

import pytest

from tests.waf.corpus_checks import (
    assert_http_server_parses,
    assert_new_families,
    assert_regenerates,
    assert_split_rule,
    assert_tagged,
    content_type,
)
from tests.waf.data import gen_cms_corpus_b as gen_b
from tests.waf.data import gen_cms_corpus_c as gen_c
from tests.waf.data import gen_cms_corpus_d as gen_d
from tests.waf.data import gen_cms_corpus_e as gen_e


@pytest.fixture(scope="module")
def corpus() -> tuple[list[dict], list[dict]]:
    return gen_e.split(gen_e.gen())




def test_regenerating_gives_the_committed_files(corpus: tuple[list[dict], list[dict]]) -> None:
    assert_regenerates(*corpus, gen_e.TUNING_FILE, gen_e.HELD_OUT_FILE)


def test_large_enough_and_tagged(corpus: tuple[list[dict], list[dict]]) -> None:
    assert_tagged(corpus[0] + corpus[1], gen_e.SOURCES, min_requests=1200, min_families=10, min_shapes=5)
    assert set(gen_e.SOURCES) == set(gen_e.FAMILIES)


def test_the_split_is_the_rule_written_down(corpus: tuple[list[dict], list[dict]]) -> None:
    """Whole families and (family, shape) groups are on one side only; the held-out families are the
    ones the docstring's rule picks (pinned: a change of family names would re-split)."""
    assert gen_e.HELD_OUT_FAMILIES == ("stats-easyquery", "face-verify", "sms-otp")
    assert_split_rule(*corpus, "corpus-e/", gen_e.SOURCES, gen_e.HELD_OUT_FAMILIES)
    assert (len(corpus[0]), len(corpus[1])) == (834, 562)  # 60 % tuning


def test_e_shares_no_family_with_a_b_c_or_d(corpus: tuple[list[dict], list[dict]]) -> None:
    assert_new_families(corpus[0] + corpus[1], gen_b, gen_c, gen_d)


def test_the_traffic_kinds_it_was_made_for(corpus: tuple[list[dict], list[dict]]) -> None:
    """What E adds over A-D is there: payment providers' server callbacks (XML, JSON with Wechatpay-*
    headers, Alipay's form), uploads of OFD packages, photos and editor images, English text with SQL and
    script words, JSON arrays in query strings and Boolean search syntax."""
    reqs = corpus[0] + corpus[1]
    ctypes = Counter(content_type(r).split(";")[0] for r in reqs)
    assert ctypes["text/xml"] >= 20 and ctypes["multipart/form-data"] >= 50 and ctypes["application/json"] >= 300
    assert ctypes["application/x-www-form-urlencoded"] >= 200
    names = {k for r in reqs for k in r["headers"]}
    assert {"Wechatpay-Signature", "Wechatpay-Timestamp", "X-Requested-With", "Authorization", "sec-ch-ua"} <= names
    english = " ".join(r["path"] + r.get("body", "") for r in reqs if r["family"] == "english-portal").lower()
    for word in ("select", "union", "drop", "update", "order", "from", "where", "like", "exec", "script", "alert"):
        assert word in english, word
    paths = " ".join(r["path"] for r in reqs)
    assert "dfwds=%5B%7B%22wdcode%22" in paths and "+AND+" in paths and "+OR+" in paths
    uploads = [base64.b64decode(r["body_b64"]) for r in reqs if "body_b64" in r]
    assert any(b"PK\x03\x04" in u and b"OFD.xml" in u for u in uploads)
    assert any(b"\xff\xd8\xff\xe0" in u for u in uploads)
    assert {r["method"] for r in reqs} == {"GET", "POST"}


def test_every_record_is_a_well_formed_request(corpus: tuple[list[dict], list[dict]]) -> None:
    problems = [(r["label"], p) for r in corpus[0] + corpus[1] for p in gen_e.check(r)]
    assert not problems, problems[:5]


def _ok() -> dict:
    return {
        "label": "sms-otp/verify",
        "family": "sms-otp",
        "shape": "verify",
        "source": gen_e.SOURCES["sms-otp"],
        "method": "POST",
        "path": "/uc/api/sms/verify",
        "headers": {"Content-Type": "application/json", "Origin": "https://www.example.gov.cn"},
        "body": '{"mobile":"13800000000","code":"123456","scene":"login"}',
    }


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ({}, None),
        ({"path": "uc/api/sms/verify"}, "path"),
        ({"path": "/搜索?q=1"}, "path"),
        ({"path": "/a b"}, "path"),
        ({"path": "/a#page=2"}, "path"),
        ({"method": "PUT"}, "method"),
        ({"headers": {"Content-Type": "text/plain", "Content-Length": "3"}}, "Content-Length"),
        ({"headers": {"Content-Type": "text/plain", "X-Name": "王"}}, "X-Name"),
        ({"headers": {"Content-Type": "text/plain", "X-Trace": " 1"}}, "X-Trace"),
        ({"headers": {"Content-Type": "text/plain", "content-type": "text/plain"}}, "twice"),
        ({"headers": {"Content-Type": "text/plain", "Host": "www.example.gov.cn"}}, "client's"),
        ({"headers": {"Content-Type": "text/plain", "Transfer-Encoding": "chunked"}}, "client's"),
        ({"headers": {"Content-Type": "text/plain", "Bad Name": "1"}}, "Bad Name"),
        ({"headers": {"User-Agent": "Mozilla/4.0"}}, "Content-Type"),
        ({"body": "{not json"}, "application/json"),
        ({"headers": {"Content-Type": "application/vnd.api+json"}, "body": "[{"}, "application/vnd.api+json"),
        ({"headers": {"Content-Type": "text/xml"}, "body": "<xml><a>1</b></xml>"}, "text/xml"),
        ({"headers": {"Content-Type": "application/xml"}, "body": "<xml><![CDATA[x]]"}, "application/xml"),
        ({"headers": {"Content-Type": "application/x-www-form-urlencoded"}, "body": "a=%E4%B8&b"}, "urlencoded"),
        ({"headers": {"Content-Type": "application/x-www-form-urlencoded"}, "body": "q=王"}, "urlencoded"),
        ({"headers": {"Content-Type": "multipart/form-data"}, "body": "--x\r\n\r\nv\r\n--x--\r\n"}, "boundary"),
        (
            {"headers": {"Content-Type": "multipart/form-data; boundary=y"}, "body": "--x\r\n\r\nv\r\n--x--\r\n"},
            "boundary",
        ),
        ({"body_b64": "%%%", "body": None}, "both body"),
        ({"method": "GET"}, "with a body"),
        ({"shape": "send-json"}, "label"),
        ({"source": "somewhere"}, "label/source"),
    ],
)
def test_the_check_refuses_malformed_records(change: dict, problem: str | None) -> None:
    """check() is what the corpus is held to: it must name each defect it is given."""
    rec = {**_ok(), **change}
    found = gen_e.check(rec)
    if problem is None:
        assert found == []
    else:
        assert any(problem in p for p in found), found


def test_the_check_wants_text_bodies_to_be_utf8_and_base64_to_be_base64() -> None:
    rec = {**_ok(), "headers": {"Content-Type": "text/plain"}, "body_b64": base64.b64encode(b"\xff\xfe").decode()}
    del rec["body"]
    assert any("text/plain" in p for p in gen_e.check(rec))
    rec["body_b64"] = "%%%"
    assert any("not base64" in p for p in gen_e.check(rec))


def test_python_http_server_parses_every_record(corpus: tuple[list[dict], list[dict]]) -> None:
    assert_http_server_parses(corpus[0] + corpus[1])
