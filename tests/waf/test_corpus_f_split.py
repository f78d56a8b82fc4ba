"""Corpus F (tests/waf/data/gen_cms_corpus_f.py): its split and its requests, without a WAF.

Fast tests, in their own module like test_corpus_e_split.py. Nothing here sends F through the WAF: F's
false-positive count is the lead's, after a tuning round on F's tuning part (docs/waf.md, held-out
discipline). The per-family checks below look only at the requests themselves (identifiers carry their
check characters, encoded values decode to what the family's clients send), never at a WAF verdict.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import urllib.parse
import xml.etree.ElementTree as ET
from collections import Counter

import pytest

from tests.waf.corpus_checks import (
    assert_http_server_parses,
    assert_new_families,
    assert_regenerates,
    assert_split_rule,
    assert_tagged,
    assert_well_formed,
    content_type,
    of_family,
    record_body,
)
from tests.waf.data import gen_cms_corpus_b as gen_b
from tests.waf.data import gen_cms_corpus_c as gen_c
from tests.waf.data import gen_cms_corpus_d as gen_d
from tests.waf.data import gen_cms_corpus_e as gen_e
from tests.waf.data import gen_cms_corpus_f as gen_f


@pytest.fixture(scope="module")
def corpus() -> tuple[list[dict], list[dict]]:
    return gen_f.split(gen_f.gen())


@pytest.fixture(scope="module")
def reqs(corpus: tuple[list[dict], list[dict]]) -> list[dict]:
    return corpus[0] + corpus[1]



def _query(rec: dict) -> dict[str, list[str]]:
    return urllib.parse.parse_qs(urllib.parse.urlsplit(rec["path"]).query, keep_blank_values=True)


def test_regenerating_gives_the_committed_files(corpus: tuple[list[dict], list[dict]]) -> None:
    assert_regenerates(*corpus, gen_f.TUNING_FILE, gen_f.HELD_OUT_FILE)


def test_large_enough_and_tagged(reqs: list[dict]) -> None:
    assert_tagged(reqs, gen_f.SOURCES, min_requests=1400, min_families=12, min_shapes=6)
    assert set(gen_f.SOURCES) == set(gen_f.FAMILIES)
    sizes = Counter(r["family"] for r in reqs)
    assert min(sizes.values()) >= 80 and max(sizes.values()) <= 130, sizes


def test_the_split_is_the_rule_written_down(corpus: tuple[list[dict], list[dict]]) -> None:
    """Whole families and (family, shape) groups are on one side only; the held-out families are the
    ones the docstring's rule picks (pinned: a change of family names would re-split)."""
    assert gen_f.HELD_OUT_FAMILIES == ("drug-catalog", "traffic-violation", "iiif-image")
    assert_split_rule(*corpus, "corpus-f/", gen_f.SOURCES, gen_f.HELD_OUT_FAMILIES)
    assert (len(corpus[0]), len(corpus[1])) == (934, 562)  # 62 % tuning


def test_f_shares_no_family_with_a_to_e(reqs: list[dict]) -> None:
    assert_new_families(reqs, gen_b, gen_c, gen_d, gen_e)


def test_every_record_is_a_well_formed_request_held_to_its_own_sources(reqs: list[dict]) -> None:
    assert_well_formed(reqs, gen_f.check, gen_e.SOURCES["english-portal"])


def test_python_http_server_parses_every_record(reqs: list[dict]) -> None:
    assert_http_server_parses(reqs)


def test_the_request_kinds_it_was_made_for(reqs: list[dict]) -> None:
    """What F adds over A-E is there: all four methods, JSON, forms, XML, NDJSON, multipart and text
    bodies, S3 and GraphQL headers, Range requests and non-browser GIS/SDK/download clients."""
    assert {r["method"] for r in reqs} == {"GET", "HEAD", "OPTIONS", "POST"}
    ctypes = Counter(content_type(r).split(";")[0] for r in reqs)
    assert ctypes["application/json"] >= 300 and ctypes["application/x-www-form-urlencoded"] >= 200
    assert ctypes["application/xml"] >= 15 and ctypes["application/x-ndjson"] >= 10
    assert ctypes["multipart/form-data"] >= 20 and ctypes["text/plain"] >= 5
    names = {k for r in reqs for k in r["headers"]}
    assert {
        "Range",
        "If-Range",
        "Authorization",
        "x-amz-date",
        "x-amz-content-sha256",
        "Content-MD5",
        "Access-Control-Request-Method",
        "X-Tif-Signature",
        "x-jwt-token",
        "sec-ch-ua",
    } <= names
    agents = " ".join(r["headers"].get("User-Agent", "") for r in reqs)
    for ua in ("QGIS/", "ArcGIS Pro", "python-requests/", "Wget/", "curl/", "aria2/"):
        assert ua in agents, ua


def test_arcgis_requests_carry_the_rest_api_parameters(reqs: list[dict]) -> None:
    """Queries name a where clause and an output format; geometry parameters are JSON that the SDK
    wrote; long polygons go as form POSTs; the address-bar shape keeps = and * raw."""
    wheres = []
    for r in of_family(reqs, "arcgis-rest"):
        if r["method"] == "POST":
            q = urllib.parse.parse_qs(r["body"], keep_blank_values=True)
        else:
            q = _query(r)
        if "/query" in r["path"]:
            assert q.get("where") and q.get("f"), r["path"][:80]
            wheres += q["where"]
        for key in ("geometry", "outStatistics", "layerDefs"):
            if key in q:
                json.loads(q[key][0])
    assert "1=1" in wheres and any("LIKE '%" in w for w in wheres) and any(" IN (" in w for w in wheres)
    assert any("where=1=1&outFields=*" in r["path"] for r in of_family(reqs, "arcgis-rest", "query-manual"))
    assert all(len(r["body"]) > 1500 for r in of_family(reqs, "arcgis-rest", "query-post"))


def test_graphql_documents_and_persisted_query_hashes(reqs: list[dict]) -> None:
    """Every operation has a GraphQL document or an APQ hash that is the sha256 of a document the
    front end ships; GET parameters hold JSON."""
    documents = {gen_f.sha256_hex(d) for d in (gen_f.GQL_POSTS, gen_f.GQL_PAGE, gen_f.GQL_MENU, gen_f.GQL_FRAGMENT)}
    for r in of_family(reqs, "graphql-cms"):
        if r["method"] == "POST":
            doc = json.loads(r["body"])
            for op in doc if isinstance(doc, list) else [doc]:
                assert re.match(r"\s*(query|mutation|fragment)\b", op["query"]), r["label"]
                if "extensions" in op:
                    assert op["extensions"]["persistedQuery"]["sha256Hash"] == gen_f.sha256_hex(op["query"])
        else:
            q = _query(r)
            json.loads(q["variables"][0])
            if "extensions" in q:
                assert json.loads(q["extensions"][0])["persistedQuery"]["sha256Hash"] in documents
            else:
                assert q["query"][0].startswith("query ")


def test_s3_signatures_policies_and_xml(reqs: list[dict]) -> None:
    """SigV4 query auth is complete and sorted as the canonical request orders it; POST policies are
    base64 JSON naming the same credential; XML bodies parse; Content-MD5 is the body's."""
    for r in of_family(reqs, "s3-presigned"):
        query = urllib.parse.urlsplit(r["path"]).query
        if "X-Amz-Signature=" in query:
            pairs = urllib.parse.parse_qsl(query, keep_blank_values=True)
            names = [k for k, _ in pairs]
            assert names[-1] == "X-Amz-Signature" and names[:-1] == sorted(names[:-1]), r["path"][:80]
            q = dict(pairs)
            assert re.fullmatch(r"[0-9a-f]{64}", q["X-Amz-Signature"])
            assert q["X-Amz-Credential"].split("/")[1] == q["X-Amz-Date"][:8]
        body = record_body(r)
        if content_type(r) == "application/xml":
            ET.fromstring(body)  # noqa: S314 - the generator's own records
            if "Content-MD5" in r["headers"]:
                assert (
                    r["headers"]["Content-MD5"]
                    == base64.b64encode(hashlib.md5(body, usedforsecurity=False).digest()).decode()
                )
    for r in of_family(reqs, "s3-presigned", "post-policy"):
        fields = dict(re.findall(rb'name="([^"]+)"\r\n\r\n([^\r]*)\r\n', record_body(r)))
        policy = json.loads(base64.b64decode(fields[b"policy"]))
        assert ["eq", "$x-amz-credential", fields[b"x-amz-credential"].decode()] in policy["conditions"]
        assert ["eq", "$key", fields[b"key"].decode()] in policy["conditions"]
    for r in of_family(reqs, "s3-presigned", "range-get"):
        assert re.fullmatch(r"bytes=\d+-(\d+)?", r["headers"]["Range"])


IIIF_IMAGE = re.compile(
    r"/iiif/[23]/[^/]+/(full|square|\d+,\d+,\d+,\d+|pct:[\d.]+,[\d.]+,[\d.]+,[\d.]+)/"
    r"(full|\^?max|\^?!?\d+,\d*|\^?,\d+|pct:[\d.]+)/!?[\d.]+/(default|color|gray|bitonal)\.(jpg|png|webp)"
)


def test_iiif_image_requests_follow_the_uri_syntax(reqs: list[dict]) -> None:
    for r in of_family(reqs, "iiif-image"):
        if r["path"].endswith(("/default.jpg", ".png", ".webp")) or re.search(r"/(gray|bitonal|color)\.", r["path"]):
            assert IIIF_IMAGE.fullmatch(r["path"]), r["path"]
            assert "%2F" in r["path"].split("/")[3]  # the identifier's slashes stay encoded


def test_identifiers_carry_their_check_characters(reqs: list[dict]) -> None:
    """公民身份号码 (GB 11643) and 统一社会信用代码 (GB 32100) wherever the families send them."""
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    text = " ".join(urllib.parse.unquote(r["path"]) + " " + urllib.parse.unquote_plus(r.get("body", "")) for r in reqs)
    ids = set(re.findall(r"(?<![0-9A-Z])52\d{15}[0-9X](?![0-9A-Z])", text))
    assert len(ids) > 100
    for n in ids:
        assert "10X98765432"[sum(int(d) * w for d, w in zip(n, weights, strict=False)) % 11] == n[-1], n
    codes = [_query(r)["uniscid"][0] for r in of_family(reqs, "company-name", "by-uscc")]
    chars = gen_f.USCC_CHARS
    for code in codes:
        total = sum(chars.index(ch) * w for ch, w in zip(code, gen_f.USCC_WEIGHTS, strict=False))
        assert chars[(31 - total % 31) % 31] == code[-1], code


def test_company_names_as_registered(reqs: list[dict]) -> None:
    text = " ".join(
        urllib.parse.unquote_plus(r.get("body", "")) + urllib.parse.unquote_plus(r["path"])
        for r in of_family(reqs, "company-name")
    )
    for piece in ("（有限合伙）", "有限公司", "分公司", "）有限公司", "Co., Ltd.", "'", " & "):
        assert piece in text, piece
    assert re.search(r"[\u4e00-\u9fff]\([\u4e00-\u9fff]+\)[\u4e00-\u9fff]", text)  # (贵阳) with ASCII brackets


def test_registry_and_traffic_codes_have_their_standard_shapes(reqs: list[dict]) -> None:
    """不动产单元号 is 28 characters (GB/T 37346); 号牌种类 are GA 24.7 codes."""
    for r in of_family(reqs, "realestate-registry", "unit-no"):
        assert re.fullmatch(r"\d{12}[GJ][BC]\d{5}F\d{8}", _query(r)["bdcdyh"][0])
    for r in of_family(reqs, "traffic-violation"):
        fields = (
            urllib.parse.parse_qs(r.get("body", ""), keep_blank_values=True)
            if content_type(r).startswith("application/x-www-form-urlencoded")
            else _query(r)
        )
        for code in fields.get("hpzl", []):
            assert code in gen_f.HPZL


def test_search_bodies_are_what_elasticsearch_reads(reqs: list[dict]) -> None:
    """_msearch is NDJSON ending in a newline, header and body lines alternating; DSL bodies are JSON
    whatever their Content-Type; URI searches use Lucene operators."""
    for r in of_family(reqs, "es-query"):
        if r["shape"] == "msearch":
            assert r["body"].endswith("\n")
            lines = r["body"].splitlines()
            assert len(lines) % 2 == 0 and all("index" in json.loads(h) for h in lines[::2])
            assert all("query" in json.loads(b) for b in lines[1::2])
        elif r["method"] == "POST":
            json.loads(r["body"])
    qs = [urllib.parse.unquote_plus(_query(r)["q"][0]) for r in of_family(reqs, "es-query", "lucene-q")]
    assert any(" AND " in q for q in qs) and any(" OR " in q for q in qs) and any("[" in q for q in qs)


def test_form_schemas_carry_regexes_that_compile(reqs: list[dict]) -> None:
    patterns = set()
    for r in of_family(reqs, "form-builder", "schema-save"):
        for comp in json.loads(r["body"])["components"]:
            if comp.get("validate", {}).get("pattern"):
                patterns.add(comp["validate"]["pattern"])
    assert gen_f.RX_MOBILE in patterns and gen_f.RX_IDCARD in patterns
    for p in patterns:
        re.compile(p)
    assert re.fullmatch(gen_f.RX_MOBILE, "13800000000") and re.fullmatch(gen_f.RX_IDCARD, "52010219900307001X")
    brackets = of_family(reqs, "form-builder", "bracket-form")
    assert all("entry%5Bfield_3%5D%5B%5D=" in r["body"] for r in brackets)


def test_pdfjs_viewer_files_decode_to_documents(reqs: list[dict]) -> None:
    for r in of_family(reqs, "pdfjs-viewer"):
        q = _query(r)
        if "file" in q:
            target = q["file"][0]
            assert target.startswith(("/", "https://www.example.gov.cn/")), target
        if "Range" in r["headers"]:
            start, end = map(int, re.fullmatch(r"bytes=(\d+)-(\d+)", r["headers"]["Range"]).groups())
            assert start % 65536 == 0 and end > start


def test_weather_and_aqi_parameters(reqs: list[dict]) -> None:
    for r in of_family(reqs, "weather-aqi", "aqi-hourly"):
        assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:00:00", _query(r)["time"][0])
    for r in of_family(reqs, "weather-aqi", "now"):
        loc = _query(r)["location"][0]
        assert loc in gen_f.WX_LOCATIONS or re.fullmatch(r"\d+\.\d\d,\d+\.\d\d", loc), loc
