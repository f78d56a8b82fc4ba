"""Corpus C (tests/waf/data/gen_cms_corpus_c.py): its split and its requests, without a WAF.

Fast tests, in their own module because tests/waf/test_corpus.py is slow as a whole (module-level
``pytestmark``). Nothing here sends C through the WAF: C's false-positive test is the lead's, after a
tuning round on C's tuning part (docs/waf.md, held-out discipline).
"""

from __future__ import annotations

import base64
import hashlib
import http.client
import http.server
import io
import json
from collections import Counter
from pathlib import Path

import pytest

from tests.waf.data import gen_cms_corpus as gen_a
from tests.waf.data import gen_cms_corpus_b as gen_b
from tests.waf.data import gen_cms_corpus_c as gen_c

HOST = "www.example.gov.cn"


@pytest.fixture(scope="module")
def corpus() -> tuple[list[dict], list[dict]]:
    return gen_c.split(gen_c.gen())


def _committed(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_regenerating_gives_the_committed_files(corpus: tuple[list[dict], list[dict]]) -> None:
    tuning, held = corpus
    assert _committed(gen_c.TUNING_FILE) == tuning
    assert _committed(gen_c.HELD_OUT_FILE) == held
    # byte for byte, as main() writes them
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in tuning)
    assert gen_c.TUNING_FILE.read_text(encoding="utf-8") == text


def test_large_enough_and_tagged(corpus: tuple[list[dict], list[dict]]) -> None:
    reqs = corpus[0] + corpus[1]
    families = Counter(r["family"] for r in reqs)
    assert len(reqs) >= 1500 and len(families) >= 10
    assert all(r["family"] and r["shape"] and r["source"] for r in reqs)
    assert all(r["label"] == f"{r['family']}/{r['shape']}" and r["source"] == gen_c.SOURCES[r["family"]] for r in reqs)
    # the group rule needs several shapes per family to have something to split
    shapes = {f: {r["shape"] for r in reqs if r["family"] == f} for f in families}
    assert min(len(s) for s in shapes.values()) >= 4


def test_the_split_is_the_rule_written_down(corpus: tuple[list[dict], list[dict]]) -> None:
    """Whole families and (family, shape) groups are on one side only; the held-out families are the
    ones the docstring's rule picks (pinned: a change of family names would re-split)."""
    tuning, held = corpus
    assert gen_c.HELD_OUT_FAMILIES == ("zhwd-chat", "hcp-evaluation", "ccgp-ggzy")
    assert not {r["family"] for r in tuning} & set(gen_c.HELD_OUT_FAMILIES)
    assert set(gen_c.HELD_OUT_FAMILIES) <= {r["family"] for r in held}
    assert not {r["label"] for r in held} & {r["label"] for r in tuning}
    for r in held:
        in_family = r["family"] in gen_c.HELD_OUT_FAMILIES
        first_byte = hashlib.sha256(f"corpus-c/{r['family']}/{r['shape']}".encode()).digest()[0]  # the docstring's rule
        assert in_family or first_byte % 4 == 0
    assert (len(tuning), len(held)) == (1140, 780)  # 59 % tuning


def _a_families() -> set[str]:
    """A's gen() draws from module-level generators it does not reseed: put their state back, so that
    test_corpus.py's byte-for-byte check of A holds whatever order the tests run in."""
    states = [(m, m.rnd.getstate()) for m in (gen_a, gen_a.base)]
    try:
        return {r["family"] for r in gen_a.gen()}
    finally:
        for m, state in states:
            m.rnd.setstate(state)


def test_c_shares_no_family_with_a_or_b(corpus: tuple[list[dict], list[dict]]) -> None:
    c_families = {r["family"] for r in corpus[0] + corpus[1]}
    assert not c_families & _a_families()
    assert not c_families & {r["family"] for r in gen_b.gen()}


def test_every_record_is_a_well_formed_request(corpus: tuple[list[dict], list[dict]]) -> None:
    problems = [(r["label"], p) for r in corpus[0] + corpus[1] for p in gen_c.check(r)]
    assert not problems, problems[:5]


def _ok() -> dict:
    return {
        "label": "captcha/aj-get",
        "family": "captcha",
        "shape": "aj-get",
        "source": gen_c.SOURCES["captcha"],
        "method": "POST",
        "path": "/captcha/get",
        "headers": {"Content-Type": "application/json;charset=UTF-8"},
        "body": '{"captchaType":"blockPuzzle"}',
    }


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ({}, None),
        ({"path": "captcha/get"}, "path"),
        ({"path": "/搜索?q=1"}, "path"),
        ({"path": "/a#page=2"}, "path"),
        ({"headers": {"Content-Type": "application/json", "Content-Length": "3"}}, "Content-Length"),
        ({"headers": {"Content-Type": "application/json", "X-Name": "王"}}, "X-Name"),
        ({"headers": {"User-Agent": "curl/8.5.0"}}, "Content-Type"),
        ({"body": "{not json"}, "application/json"),
        ({"method": "GET"}, "with a body"),
        ({"body_b64": "%%%"}, "both body"),
        ({"shape": "aj-check"}, "label"),
    ],
)
def test_the_check_refuses_malformed_records(change: dict, problem: str | None) -> None:
    """check() is what the corpus is held to: it must name each defect it is given."""
    rec = {**_ok(), **change}
    found = gen_c.check(rec)
    if problem is None:
        assert found == []
    else:
        assert any(problem in p for p in found), found


class _Capture:
    """A socket stand-in: http.client writes the request here instead of to a peer."""

    def __init__(self) -> None:
        self.data = b""

    def sendall(self, data: bytes) -> None:
        self.data += data

    def close(self) -> None:
        pass


class _Parse(http.server.BaseHTTPRequestHandler):
    """http.server's own request parsing, fed from bytes (no socket, no server)."""

    def __init__(self, raw: bytes) -> None:  # not the base class's: that one would serve a socket
        self.rfile = io.BytesIO(raw)
        self.wfile = io.BytesIO()
        self.raw_requestline = self.rfile.readline(65537)
        self.client_address = ("127.0.0.1", 0)
        self.request_version = self.default_request_version
        self.command = None
        self.ok = self.parse_request()
        length = int(self.headers.get("Content-Length") or 0) if self.ok else 0
        self.body = self.rfile.read(length)
        self.rest = self.rfile.read()

    def log_message(self, *args: object) -> None:
        pass


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
