"""Corpus C (tests/waf/data/gen_cms_corpus_c.py): its split and its requests, without a WAF.

Fast tests, in their own module because tests/waf/test_corpus.py is slow as a whole (module-level
``pytestmark``). Nothing here sends C through the WAF: C's false-positive test is the lead's, after a
tuning round on C's tuning part (docs/waf.md, held-out discipline).
"""

from __future__ import annotations

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


@pytest.fixture(scope="module")
def corpus() -> tuple[list[dict], list[dict]]:
    return gen_c.split(gen_c.gen())



def test_regenerating_gives_the_committed_files(corpus: tuple[list[dict], list[dict]]) -> None:
    assert_regenerates(*corpus, gen_c.TUNING_FILE, gen_c.HELD_OUT_FILE)


def test_large_enough_and_tagged(corpus: tuple[list[dict], list[dict]]) -> None:
    assert_tagged(corpus[0] + corpus[1], gen_c.SOURCES, min_requests=1500, min_families=10, min_shapes=4)


def test_the_split_is_the_rule_written_down(corpus: tuple[list[dict], list[dict]]) -> None:
    """Whole families and (family, shape) groups are on one side only; the held-out families are the
    ones the docstring's rule picks (pinned: a change of family names would re-split)."""
    assert gen_c.HELD_OUT_FAMILIES == ("zhwd-chat", "hcp-evaluation", "ccgp-ggzy")
    assert_split_rule(*corpus, "corpus-c/", gen_c.SOURCES, gen_c.HELD_OUT_FAMILIES)
    assert (len(corpus[0]), len(corpus[1])) == (1140, 780)  # 59 % tuning


def test_c_shares_no_family_with_a_or_b(corpus: tuple[list[dict], list[dict]]) -> None:
    c_families = {r["family"] for r in corpus[0] + corpus[1]}
    assert not c_families & a_families()
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


def test_python_http_server_parses_every_record(corpus: tuple[list[dict], list[dict]]) -> None:
    assert_http_server_parses(corpus[0] + corpus[1])
