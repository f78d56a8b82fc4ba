"""Corpus G (tests/waf/data/gen_cms_corpus_g.py): its split and its requests, without a WAF.

Fast tests, in their own module like test_corpus_f_split.py. Nothing here sends G through the WAF: G's
false-positive count is the lead's, after a tuning round on G's tuning part (docs/waf.md, held-out
discipline). The per-family checks below look only at the requests themselves, the way the receiving
servers would: WeChat/WeCom/DingTalk signatures verify and their ciphertexts decrypt to the pushed
XML/JSON, WS-Security digests and OnlyOffice JWTs verify with the generator's test keys, identifiers carry
their check digits, and encoded values decode to what the family's clients send. Never a WAF verdict.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
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
)
from tests.waf.data import gen_cms_corpus_b as gen_b
from tests.waf.data import gen_cms_corpus_c as gen_c
from tests.waf.data import gen_cms_corpus_d as gen_d
from tests.waf.data import gen_cms_corpus_e as gen_e
from tests.waf.data import gen_cms_corpus_f as gen_f
from tests.waf.data import gen_cms_corpus_g as gen_g

SOAP11 = "http://schemas.xmlsoap.org/soap/envelope/"
SOAP12 = "http://www.w3.org/2003/05/soap-envelope"
WSSE = "{http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd}"
WSU = "{http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd}"


@pytest.fixture(scope="module")
def corpus() -> tuple[list[dict], list[dict]]:
    return gen_g.split(gen_g.gen())


@pytest.fixture(scope="module")
def reqs(corpus: tuple[list[dict], list[dict]]) -> list[dict]:
    return corpus[0] + corpus[1]


def _query(rec: dict) -> dict[str, list[str]]:
    return urllib.parse.parse_qs(urllib.parse.urlsplit(rec["path"]).query, keep_blank_values=True)


def _q1(rec: dict) -> dict[str, str]:
    return {k: v[0] for k, v in _query(rec).items()}


def _xml(raw: bytes | str) -> ET.Element:
    return ET.fromstring(raw)  # noqa: S314 - the generator's own records, no external input


def _jwt_payload(token: str, secret: str) -> dict:
    """The JWT's payload, after checking its HS256 signature as the receiving side would."""
    head, payload, sig = token.split(".")
    mac = hmac.new(secret.encode(), f"{head}.{payload}".encode(), hashlib.sha256).digest()
    assert base64.urlsafe_b64encode(mac).decode().rstrip("=") == sig
    assert json.loads(base64.urlsafe_b64decode(head + "==")) == {"alg": "HS256", "typ": "JWT"}
    return json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))


# --- the split, the size and the record contract ----------------------------------------------------


def test_regenerating_gives_the_committed_files(corpus: tuple[list[dict], list[dict]]) -> None:
    assert_regenerates(*corpus, gen_g.TUNING_FILE, gen_g.HELD_OUT_FILE)


def test_large_enough_and_tagged(reqs: list[dict]) -> None:
    assert_tagged(reqs, gen_g.SOURCES, min_requests=1400, min_families=14, min_shapes=6)
    assert set(gen_g.SOURCES) == set(gen_g.FAMILIES)
    sizes = Counter(r["family"] for r in reqs)
    assert min(sizes.values()) >= 80 and max(sizes.values()) <= 130, sizes


def test_the_split_is_the_rule_written_down(corpus: tuple[list[dict], list[dict]]) -> None:
    """Whole families and (family, shape) groups are on one side only; the held-out families are the
    ones the docstring's rule picks (pinned: a change of family names would re-split)."""
    assert gen_g.SALT == "corpus-g/" and gen_g.SEED not in {gen_e.SEED, gen_f.SEED}
    assert gen_g.HELD_OUT_FAMILIES == ("soap-exchange", "swagger-tryit", "odata-api")
    assert_split_rule(*corpus, "corpus-g/", gen_g.SOURCES, gen_g.HELD_OUT_FAMILIES)
    assert (len(corpus[0]), len(corpus[1])) == (758, 650)  # 54 % tuning


def test_g_shares_no_family_with_a_to_f(reqs: list[dict]) -> None:
    assert_new_families(reqs, gen_b, gen_c, gen_d, gen_e, gen_f)


def test_every_record_is_a_well_formed_request_held_to_its_own_sources(reqs: list[dict]) -> None:
    assert_well_formed(reqs, gen_g.check, gen_f.SOURCES["weather-aqi"])


def test_python_http_server_parses_every_record(reqs: list[dict]) -> None:
    assert_http_server_parses(reqs)


def test_the_request_kinds_it_was_made_for(reqs: list[dict]) -> None:
    """What G adds over A-F is there: XML, SOAP, text/x-json, multipart/mixed and JSON bodies, server-to-
    server pushes with no browser headers, and the tool clients (SOAP stacks, monitoring relays, the
    document server)."""
    assert {r["method"] for r in reqs} == {"GET", "POST"}
    ctypes = Counter(content_type(r).split(";")[0].strip() for r in reqs)
    assert ctypes["text/xml"] >= 100 and ctypes["application/soap+xml"] >= 15
    assert ctypes["application/json"] >= 250 and ctypes["text/x-json"] >= 20
    assert ctypes["multipart/mixed"] >= 10 and ctypes["multipart/form-data"] >= 3
    assert ctypes["application/x-www-form-urlencoded"] >= 60
    names = {k for r in reqs for k in r["headers"]}
    assert {"SOAPAction", "OData-Version", "X-HTTP-Method", "Request-Origion", "x-weboffice-file-id", "Pragma"} <= names
    agents = " ".join(r["headers"].get("User-Agent", "") for r in reqs)
    for ua in ("Mozilla/4.0", "Node.js/6.13", "Apache-HttpClient/", "Zeep/", "Alertmanager/", "MarcEdit"):
        assert ua in agents, ua


# --- per family: what the real clients send ------------------------------------------------------------


def test_wechat_pushes_verify_and_decrypt(reqs: list[dict]) -> None:
    """signature = sha1(sorted token, timestamp, nonce); safe mode's msg_signature covers the Encrypt text,
    which decrypts (AES-256-CBC, the appid appended) to the same XML a plain-mode push carries."""
    kinds: Counter[str] = Counter()
    texts = []
    for r in of_family(reqs, "wechat-mp-callback"):
        q = _q1(r)
        assert q["signature"] == gen_g.sha1_sorted(gen_g.WX_TOKEN, q["timestamp"], q["nonce"]), r["path"]
        if r["method"] == "GET":
            assert r["shape"] == "url-verify" and q["echostr"].isdigit()
            continue
        assert r["headers"]["User-Agent"] == "Mozilla/4.0" and r["headers"]["Content-Type"] == "text/xml"
        doc = _xml(r["body"])
        if q.get("encrypt_type") == "aes":
            enc = doc.findtext("Encrypt")
            assert q["msg_signature"] == gen_g.sha1_sorted(gen_g.WX_TOKEN, q["timestamp"], q["nonce"], enc)
            inner, appid = gen_g.msg_decrypt(gen_g.WX_AES_KEY, enc)
            assert appid == gen_g.WX_APPID
            doc = _xml(inner)
        assert doc.findtext("ToUserName") == gen_g.WX_GH and doc.findtext("FromUserName") == q["openid"]
        kinds[doc.findtext("Event") or doc.findtext("MsgType")] += 1
        if doc.findtext("MsgType") == "text":
            texts.append(doc.findtext("Content"))
    assert {"text", "subscribe", "CLICK", "VIEW", "LOCATION", "TEMPLATESENDJOBFINISH", "image"} <= set(kinds)
    joined = "".join(texts)
    assert any(ch in joined for ch in "🙏👍") and "？" in joined and "<" in joined and "&" in joined
    assert sum(r["shape"] == "text-safe" for r in reqs) >= 10


def test_wecom_and_dingtalk_callbacks_verify_and_decrypt(reqs: list[dict]) -> None:
    for r in of_family(reqs, "wecom-dingtalk-callback"):
        q = _q1(r)
        if r["shape"] in ("wecom-verify", "wecom-event"):
            enc = q["echostr"] if r["method"] == "GET" else _xml(r["body"]).findtext("Encrypt")
            assert q["msg_signature"] == gen_g.sha1_sorted(gen_g.WECOM_TOKEN, q["timestamp"], q["nonce"], enc)
            inner, corp = gen_g.msg_decrypt(gen_g.WECOM_AES_KEY, enc)
            assert corp == gen_g.WECOM_CORPID
            if r["method"] == "POST":
                doc = _xml(inner)
                assert doc.findtext("ToUserName") == gen_g.WECOM_CORPID
                if doc.findtext("Event") == "sys_approval_change":
                    assert doc.find("ApprovalInfo/SpNo") is not None
        elif r["shape"].startswith("ding-") and r["path"].startswith("/dingtalk/"):
            enc = json.loads(r["body"])["encrypt"]
            sig = q.get("signature") or q["msg_signature"]
            assert sig == gen_g.sha1_sorted(gen_g.DING_TOKEN, q["timestamp"], q["nonce"], enc)
            inner, appkey = gen_g.msg_decrypt(gen_g.DING_AES_KEY, enc)
            assert appkey == gen_g.DING_APPKEY
            event = json.loads(inner)
            assert event["EventType"] in {"check_url", "bpms_instance_change", "bpms_task_change"}
        elif r["shape"] == "ding-robot-md":
            ts = q["timestamp"]
            mac = hmac.new(
                gen_g.DING_ROBOT_SECRET.encode(), f"{ts}\n{gen_g.DING_ROBOT_SECRET}".encode(), hashlib.sha256
            )
            assert base64.b64decode(q["sign"]) == mac.digest()
            assert "sign=" in r["path"] and "%3D" in r["path"]  # the base64 sign goes URL-encoded
            doc = json.loads(r["body"])
            assert doc["msgtype"] == "markdown" and doc["markdown"]["title"] and "atMobiles" in doc["at"]
        else:
            assert r["path"].startswith("/cgi-bin/webhook/send?key=")
            doc = json.loads(r["body"])
            assert doc["msgtype"] in {"markdown", "text"}
    md = " ".join(
        json.loads(r["body"])["markdown"]["content"]
        for r in of_family(reqs, "wecom-dingtalk-callback", "wecom-robot-md")
    )
    for piece in ("## ", "**", "> ", "\n- ", "\n1. ", "](https://", '<font color="warning">'):
        assert piece in md, piece


def test_soap_envelopes_and_ws_security(reqs: list[dict]) -> None:
    """SOAP 1.1 is text/xml with a SOAPAction, 1.2 application/soap+xml with action=; every UsernameToken's
    PasswordDigest is Base64(SHA-1(nonce + created + password)); CDATA payloads are XML themselves."""
    digests = 0
    for r in of_family(reqs, "soap-exchange"):
        if r["method"] == "GET" or content_type(r).startswith("application/x-www-form-urlencoded"):
            continue
        env = _xml(r["body"])
        ctype = content_type(r)
        if ctype.startswith("text/xml"):
            assert env.tag == f"{{{SOAP11}}}Envelope" and "SOAPAction" in r["headers"]
        else:
            assert env.tag == f"{{{SOAP12}}}Envelope" and 'action="' in ctype
        token = env.find(f".//{WSSE}UsernameToken")
        if token is not None:
            nonce = base64.b64decode(token.findtext(f"{WSSE}Nonce"))
            created = token.findtext(f"{WSU}Created")
            want = hashlib.sha1(nonce + created.encode() + gen_g.WSSE_PASSWORD.encode(), usedforsecurity=False).digest()
            assert base64.b64decode(token.findtext(f"{WSSE}Password")) == want and len(nonce) == 16
            assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", created)
            digests += 1
        if r["shape"] == "soap-cdata":
            inner = re.search(r"<!\[CDATA\[(.*?)\]\]>", r["body"], re.S).group(1)
            assert _xml(inner.encode()).tag == "data"
    assert digests >= 40
    suffixes = {urllib.parse.urlsplit(r["path"]).query.split("=")[0] for r in of_family(reqs, "soap-exchange", "wsdl")}
    assert {"wsdl", "xsd"} <= {x.lower() for x in suffixes}


def test_geoserver_requests_carry_ogc_parameters(reqs: list[dict]) -> None:
    cqls = []
    for r in of_family(reqs, "geoserver-ogc"):
        q = {k.upper(): v for k, v in _q1(r).items()}
        if r["shape"] in ("wms-getmap", "wms-featureinfo", "sld-body"):
            assert len(q["BBOX"].split(",")) == 4 and q["SERVICE"] == "WMS"
        if "CQL_FILTER" in q:
            cqls.append(q["CQL_FILTER"])
        if "SLD_BODY" in q:
            assert _xml(q["SLD_BODY"].encode()).tag.endswith("StyledLayerDescriptor")
        if r["method"] == "POST":
            assert _xml(r["body"]).tag == "{http://www.opengis.net/wfs/2.0}GetFeature"
    text = " ".join(cqls)
    for piece in ("LIKE '%", " IN (", "BBOX(", "INTERSECTS(geom, POLYGON((", "DWITHIN(", "AFTER 20", "BETWEEN"):
        assert piece in text, piece
    assert all(q for q in (_q1(r).get("CQL_FILTER") for r in of_family(reqs, "geoserver-ogc", "wfs-cql")))


def test_odata_queries_batches_and_writes(reqs: list[dict]) -> None:
    filters = []
    for r in of_family(reqs, "odata-api"):
        q = _q1(r)
        filters += [q[k] for k in ("$filter",) if k in q]
        if r["shape"] == "batch":
            boundary = re.search(r"boundary=(\S+)", content_type(r)).group(1)
            assert r["body"].startswith(f"--{boundary}\r\n") and r["body"].endswith(f"--{boundary}--\r\n")
            assert "Content-Type: application/http" in r["body"] and "GET " in r["body"]
        elif r["shape"] == "write-json":
            doc = json.loads(r["body"])
            assert "@odata.type" in doc or (doc["__metadata"]["type"] and r["headers"]["X-HTTP-Method"] == "MERGE")
    text = " ".join(filters)
    for piece in (
        " eq ",
        " ne ",
        " le ",
        " ge ",
        " gt ",
        " lt ",
        " and ",
        " or ",
        "not(",
        "contains(",
        "startswith(",
        "year(",
    ):
        assert piece in text, piece
    expands = [_q1(r)["$expand"] for r in of_family(reqs, "odata-api", "expand")]
    assert any("($select=" in e and ";$filter=" in e for e in expands)
    assert any("$search" in _q1(r) for r in of_family(reqs, "odata-api", "search"))


def test_headless_cms_queries_decode_to_the_sdks_objects(reqs: list[dict]) -> None:
    keys = set()
    for r in of_family(reqs, "headless-cms-rest"):
        q = _q1(r)
        keys |= set(q)
        for name in ("filter", "deep"):
            if name in q and r["path"].startswith("/items/"):
                json.loads(q[name])
    assert any(re.fullmatch(r"filters\[\w+\]\[\$containsi\]", k) for k in keys)
    assert any(k.startswith("filters[$or][0]") for k in keys) and "populate[cover][fields][0]" in keys
    assert "sort[0]" in keys and "pagination[page]" in keys and "aggregate[count]" in keys
    assert any(k.startswith("where[or][0]") for k in keys) and "where[title][like]" in keys
    raw = [r["path"] for r in of_family(reqs, "headless-cms-rest", "strapi-filters")]
    assert any("filters[" in p for p in raw) and any("filters%5B" in p for p in raw)  # both qs settings


def test_coremail_calls_are_its_json_api(reqs: list[dict]) -> None:
    funcs = Counter()
    for r in of_family(reqs, "coremail-webmail"):
        if r["path"].startswith("/coremail/s/json?"):
            q = _q1(r)
            funcs[q["func"]] += 1
            doc = json.loads(r["body"])
            assert re.fullmatch(r"[A-Za-z]{32}", q["sid"]) and r["headers"]["Accept"] == "text/x-json"
            if q["func"] == "mbox:compose":
                attrs = doc["attrs"]
                assert attrs["isHtml"] is False and "<" not in attrs["content"] and attrs["subject"]
                assert re.fullmatch(r'"[\u4e00-\u9fff]+" <[a-z]+\d+@[a-z.]+>', attrs["account"])
    assert {"mbox:listMessages", "mbox:readMessage", "mbox:searchMessages", "mbox:compose", "oab:listEx"} <= set(funcs)
    contents = " ".join(json.loads(r["body"])["attrs"]["content"]
                        for r in of_family(reqs, "coremail-webmail", "compose"))
    assert "《" in contents and "：" in contents


def test_library_identifiers_and_cql(reqs: list[dict]) -> None:
    """ISBN-13 and ISBN-10 (ISO 2108) carry their check digits; SRU queries are CQL; call numbers are 中图分类号."""
    text = " ".join(
        urllib.parse.unquote_plus(r["path"]) + " " + urllib.parse.unquote_plus(r.get("body", ""))
        for r in of_family(reqs, "library-opac")
    )
    isbns = set()
    for r in of_family(reqs, "library-opac"):
        q = _q1(r) | (dict(urllib.parse.parse_qsl(r["body"])) if r["method"] == "POST" else {})
        found = [
            q.get("isbn"),
            re.search(r"/api/opac/isbn/(\w+)$", r["path"]),
            re.search(r"bath\.isbn=(\d+)", q.get("query", "")),
        ]
        if q.get("strSearchType") == "isbn":
            found.append(q["strText"])
        if q.get("searchWay") == "isbn":
            found.append(q["q"])
        isbns |= {(x if isinstance(x, str) else x.group(1)).replace("-", "") for x in found if x}
    assert len({i for i in isbns if len(i) == 13}) > 10 and len({i for i in isbns if len(i) == 10}) > 3
    for i in isbns:
        if len(i) == 13:
            assert sum(int(d) * (1 if k % 2 == 0 else 3) for k, d in enumerate(i)) % 10 == 0, i
        else:
            assert sum((10 - k) * (10 if d == "X" else int(d)) for k, d in enumerate(i)) % 11 == 0, i
    queries = [_q1(r)["query"] for r in of_family(reqs, "library-opac", "sru-cql")]
    assert any(re.search(r'dc\.title="[^"]+" and dc\.date>\d{4}', q) for q in queries)
    assert all(_q1(r)["operation"] == "searchRetrieve" for r in of_family(reqs, "library-opac", "sru-cql"))
    assert re.search(r"\b[A-Z]{1,2}\d{3}(\.\d+)?\b", text) and "D630.1" in text


def test_identifiers_carry_their_check_digits(reqs: list[dict]) -> None:
    """公民身份号码 (GB 11643) wherever the families send them, in paths, forms, JSON and SOAP bodies."""
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    text = " ".join(urllib.parse.unquote(r["path"]) + " " + urllib.parse.unquote_plus(r.get("body", "")) for r in reqs)
    ids = set(re.findall(r"(?<![0-9A-Za-z])52\d{15}[0-9X](?![0-9A-Za-z])", text))
    assert len(ids) > 100
    for n in ids:
        assert "10X98765432"[sum(int(d) * w for d, w in zip(n, weights, strict=False)) % 11] == n[-1], n


def test_social_insurance_months_codes_and_hops(reqs: list[dict]) -> None:
    for r in of_family(reqs, "social-insurance", "payment-records"):
        doc = json.loads(r["body"])
        assert re.fullmatch(r"20\d{2}(0[1-9]|1[0-2])", doc["aae041"]) and doc["aae041"] <= doc["aae042"]
        assert doc["aae041"][:4] == doc["aae042"][:4] and doc["aae140"] in gen_g.XZ
    for r in of_family(reqs, "social-insurance", "essc-hop"):
        q = _q1(r)
        assert re.fullmatch(r"\d{10}", q["channelNo"])
        if "data" in q:
            info = json.loads(base64.b64decode(q["data"]))
            assert re.fullmatch(r"[0-9A-F]{32}", info["signNo"]) and info["aab301"] in gen_f.DISTRICTS
        else:
            assert re.fullmatch(r"[0-9A-F]{32}", q["signNo"])
    for r in of_family(reqs, "social-insurance", "pension-calc"):
        fields = dict(urllib.parse.parse_qsl(r["body"]))
        assert fields["jfms"] in {"139", "170", "195"} and 15 <= int(fields["jfnx"]) <= 40


def test_bus_positions_and_timetables(reqs: list[dict]) -> None:
    for r in of_family(reqs, "bus-realtime"):
        q = _q1(r)
        if "lng" in q:
            assert 106.5 < float(q["lng"]) < 106.9 and 26.4 < float(q["lat"]) < 26.8
            assert q["coordType"] in {"wgs84", "gcj02"}
        if r["shape"] == "transfer" and r["method"] == "GET":
            assert q["originName"] and q["destinationName"] and len(q["origin"].split(",")) == 2
    hours = {_q1(r).get("hours") for r in of_family(reqs, "bus-realtime", "timetable")}
    assert "12" in hours


def test_translation_widget_sends_page_text_and_fragments(reqs: list[dict]) -> None:
    bodies = [
        json.loads(r["body"])
        for r in of_family(reqs, "translate-widget")
        if content_type(r).startswith("application/json")
    ]
    texts = json.dumps(bodies, ensure_ascii=False)
    assert '<a href=\\"/xxgk/\\">信息公开</a>' in texts and '<span class=\\"date\\">2025-01-02</span>' in texts
    assert any(isinstance(b.get("texts") or b.get("q"), list) for b in bodies)
    for r in of_family(reqs, "translate-widget", "form"):
        f = dict(urllib.parse.parse_qsl(r["body"]))
        assert f["sign"] == hashlib.md5(f"2027{f['q']}{f['salt']}key".encode(), usedforsecurity=False).hexdigest()
    cookies = " ".join(r["headers"].get("Cookie", "") for r in of_family(reqs, "translate-widget", "lang-switch"))
    assert "googtrans=/zh-CN/" in cookies and "lang=" in cookies


def test_matomo_tracking_requests(reqs: list[dict]) -> None:
    """Every hit names idsite, rec=1, a 16-hex visitor id and a 6-character page view id; bulk bodies are
    the JS tracker's JSON of query strings; cvar and uadata are JSON."""

    def hit(q: dict[str, str]) -> None:
        assert q["rec"] == "1" and q["idsite"].isdigit() and re.fullmatch(r"[0-9a-f]{16}", q["_id"])
        assert re.fullmatch(r"[A-Za-z0-9]{6}", q["pv_id"])
        for k in ("cvar", "uadata"):
            if k in q:
                json.loads(q[k])

    seen = set()
    for r in of_family(reqs, "matomo-analytics"):
        if r["shape"] == "bulk":
            for one in json.loads(r["body"])["requests"]:
                assert one.startswith("?")
                hit(dict(urllib.parse.parse_qsl(one[1:], keep_blank_values=True)))
        elif r["method"] == "POST":
            hit(dict(urllib.parse.parse_qsl(r["body"], keep_blank_values=True)))
        else:
            q = _q1(r)
            hit(q)
            seen |= set(q)
    assert {
        "e_c",
        "e_a",
        "e_n",
        "search",
        "search_cat",
        "search_count",
        "c_n",
        "c_p",
        "ping",
        "ma_id",
        "ma_le",
        "cvar",
        "res",
        "urlref",
        "pf_srv",
    } <= seen


def test_onlyoffice_callbacks_are_signed_by_the_document_server(reqs: list[dict]) -> None:
    """The body's token is the JWT of the body; the Authorization header's JWT wraps it as {"payload": ...}."""
    statuses = Counter()
    for r in of_family(reqs, "onlyoffice-docs"):
        if r["method"] != "POST" or r["shape"] == "wps-callback":
            continue
        doc = json.loads(r["body"])
        token = doc.pop("token")
        assert _jwt_payload(token, gen_g.OO_SECRET) == doc
        if "Authorization" in r["headers"]:
            assert _jwt_payload(r["headers"]["Authorization"].removeprefix("Bearer "), gen_g.OO_SECRET) == {
                "payload": doc
            }
        if r["shape"].startswith("callback-"):
            statuses[doc["status"]] += 1
            assert r["headers"]["User-Agent"] == "Node.js/6.13" and doc["key"]
            if doc["status"] in (2, 6):
                assert doc["url"].startswith("https://") and "changes.zip" in doc["changesurl"]
        if r["shape"] == "convert":
            assert doc["filetype"] != doc["outputtype"] and doc["title"].endswith("." + doc["filetype"])
    assert set(statuses) == {1, 2, 4, 6}


def test_swagger_try_it_out_requests(reqs: list[dict]) -> None:
    knife = 0
    for r in of_family(reqs, "swagger-tryit"):
        if r["headers"].get("Request-Origion") == "Knife4j":
            knife += 1
            assert r["headers"]["Referer"].endswith("/doc.html")
        if content_type(r).startswith("application/json"):
            json.loads(r["body"])
    assert knife >= 10
    paths = {r["path"].split("?")[0] for r in of_family(reqs, "swagger-tryit", "docs")}
    assert {"/doc.html", "/v3/api-docs", "/swagger-resources"} <= paths
    bodies = " ".join(r.get("body", "") for r in of_family(reqs, "swagger-tryit", "tryit-post"))
    assert '"string"' in bodies and re.search(r'"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z"', bodies)
