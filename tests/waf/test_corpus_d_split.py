"""Corpus D (tests/waf/data/gen_cms_corpus_d.py): its split and its requests, without a WAF.

Fast tests, in their own module like test_corpus_c_split.py. Nothing here sends D through the WAF: D's
false-positive count is the lead's, after a tuning round on D's tuning part (docs/waf.md, held-out
discipline).
"""

from __future__ import annotations

import base64
import hashlib
import http.client
import json
from collections import Counter
from pathlib import Path

import pytest

from tests.waf.data import gen_cms_corpus_b as gen_b
from tests.waf.data import gen_cms_corpus_c as gen_c
from tests.waf.data import gen_cms_corpus_d as gen_d
from tests.waf.test_corpus_c_split import _a_families, _Capture, _Parse

HOST = "www.example.gov.cn"


@pytest.fixture(scope="module")
def corpus() -> tuple[list[dict], list[dict]]:
    return gen_d.split(gen_d.gen())


def _committed(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_regenerating_gives_the_committed_files(corpus: tuple[list[dict], list[dict]]) -> None:
    tuning, held = corpus
    assert _committed(gen_d.TUNING_FILE) == tuning
    assert _committed(gen_d.HELD_OUT_FILE) == held
    # byte for byte, as main() writes them
    for path, part in ((gen_d.TUNING_FILE, tuning), (gen_d.HELD_OUT_FILE, held)):
        assert path.read_text(encoding="utf-8") == "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in part)


def test_large_enough_and_tagged(corpus: tuple[list[dict], list[dict]]) -> None:
    reqs = corpus[0] + corpus[1]
    families = Counter(r["family"] for r in reqs)
    assert len(reqs) >= 1200 and len(families) >= 10
    assert set(families) == set(gen_d.SOURCES) == set(gen_d.FAMILIES)
    assert all(r["family"] and r["shape"] and r["source"] for r in reqs)
    assert all(r["label"] == f"{r['family']}/{r['shape']}" and r["source"] == gen_d.SOURCES[r["family"]] for r in reqs)
    # the group rule needs several shapes per family to have something to split
    shapes = {f: {r["shape"] for r in reqs if r["family"] == f} for f in families}
    assert min(len(s) for s in shapes.values()) >= 5


def test_the_split_is_the_rule_written_down(corpus: tuple[list[dict], list[dict]]) -> None:
    """Whole families and (family, shape) groups are on one side only; the held-out families are the
    ones the docstring's rule picks (pinned: a change of family names would re-split)."""
    tuning, held = corpus
    by_digest = sorted(gen_d.SOURCES, key=lambda f: hashlib.sha256(f"corpus-d/{f}".encode()).hexdigest())
    assert set(gen_d.HELD_OUT_FAMILIES) == set(by_digest[:3])
    assert gen_d.HELD_OUT_FAMILIES == ("error-monitor", "link-checker", "apm-trace")
    assert not {r["family"] for r in tuning} & set(gen_d.HELD_OUT_FAMILIES)
    assert set(gen_d.HELD_OUT_FAMILIES) <= {r["family"] for r in held}
    assert not {r["label"] for r in held} & {r["label"] for r in tuning}
    for r in held + tuning:
        in_family = r["family"] in gen_d.HELD_OUT_FAMILIES
        first_byte = hashlib.sha256(f"corpus-d/{r['family']}/{r['shape']}".encode()).digest()[0]  # the docstring's rule
        assert (r in held) == (in_family or first_byte % 4 == 0), r["label"]
    assert (len(tuning), len(held)) == (904, 520)  # 63 % tuning


def test_d_shares_no_family_with_a_b_or_c(corpus: tuple[list[dict], list[dict]]) -> None:
    d_families = {r["family"] for r in corpus[0] + corpus[1]}
    assert not d_families & _a_families()
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
    """Each record as the harness sends it (http.client, tests/waf/harness.py) is what a plain Python
    http.server reads back: same method, path and body, every header, nothing left over."""
    for rec in corpus[0] + corpus[1]:
        body = base64.b64decode(rec["body_b64"]) if "body_b64" in rec else rec.get("body")
        raw_body = body.encode() if isinstance(body, str) else body
        conn = http.client.HTTPConnection("127.0.0.1", 80)
        cap = conn.sock = _Capture()
        conn.request(rec["method"], rec["path"], body=raw_body, headers={"Host": HOST, **rec["headers"]})
        parsed = _Parse(cap.data)
        assert parsed.ok, rec["label"]
        assert (parsed.command, parsed.path, parsed.request_version) == (rec["method"], rec["path"], "HTTP/1.1")
        assert parsed.body == (raw_body or b"") and parsed.rest == b"", rec["label"]
        for k, v in rec["headers"].items():
            assert parsed.headers.get(k) == v, (rec["label"], k)
