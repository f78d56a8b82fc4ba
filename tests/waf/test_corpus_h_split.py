"""Corpus H (tests/waf/data/gen_cms_corpus_h.py): its split and its requests, without a WAF.

Fast tests, in their own module like test_corpus_g_split.py. Nothing here sends H through the WAF: H's
false-positive count is the lead's, after a tuning round on H's tuning part (docs/waf.md, held-out
discipline). The per-family checks look only at the requests themselves, the way the receiving servers
would: SM2 ciphertexts decrypt with the platform's key and SM2 signatures verify with the bidders' keys,
SM4 envelopes open to JSON, SM3/MD5/HMAC signs and API-gateway signatures recompute, JWTs verify,
FineReport's RSA login decrypts, identifiers carry their check digits, and encoded values decode to what
the family's clients send. Never a WAF verdict.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
import urllib.parse
from collections import Counter
from datetime import datetime

import pytest

from tests.waf.corpus_checks import (
    assert_http_server_parses,
    assert_new_families,
    assert_regenerates,
    assert_split_rule,
    assert_tagged,
    assert_well_formed,
    content_type,
    form_fields,
    id_number_ok,
    of_family,
    query1,
    record_body,
    uscc_ok,
)
from tests.waf.data import gen_cms_corpus_b as gen_b
from tests.waf.data import gen_cms_corpus_c as gen_c
from tests.waf.data import gen_cms_corpus_d as gen_d
from tests.waf.data import gen_cms_corpus_e as gen_e
from tests.waf.data import gen_cms_corpus_f as gen_f
from tests.waf.data import gen_cms_corpus_g as gen_g
from tests.waf.data import gen_cms_corpus_h as gen_h


@pytest.fixture(scope="module")
def corpus() -> tuple[list[dict], list[dict]]:
    return gen_h.split(gen_h.gen())


@pytest.fixture(scope="module")
def reqs(corpus: tuple[list[dict], list[dict]]) -> list[dict]:
    return corpus[0] + corpus[1]


def _jwt_payload(token: str, secret: str) -> dict:
    head, payload, sig = token.split(".")
    mac = hmac.new(secret.encode(), f"{head}.{payload}".encode(), hashlib.sha256).digest()
    assert base64.urlsafe_b64encode(mac).decode().rstrip("=") == sig
    return json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))


def _sm3(data: bytes | str) -> str:
    return hashlib.new("sm3", data.encode() if isinstance(data, str) else data).hexdigest()


def _sm2_open(text: str) -> bytes:
    return gen_h.sm2_decrypt(gen_h.SM2_PLATFORM[0], text)


# --- the split, the size and the record contract ----------------------------------------------------


def test_regenerating_gives_the_committed_files(corpus: tuple[list[dict], list[dict]]) -> None:
    assert_regenerates(*corpus, gen_h.TUNING_FILE, gen_h.HELD_OUT_FILE)


def test_large_enough_and_tagged(reqs: list[dict]) -> None:
    assert_tagged(reqs, gen_h.SOURCES, min_requests=1500, min_families=10, min_shapes=6)
    assert set(gen_h.SOURCES) == set(gen_h.FAMILIES)
    sizes = Counter(r["family"] for r in reqs)
    assert min(sizes.values()) >= 140 and max(sizes.values()) <= 180, sizes


def test_the_split_is_the_rule_written_down(corpus: tuple[list[dict], list[dict]]) -> None:
    """Whole families and (family, shape) groups are on one side only; the held-out families are the
    ones the docstring's rule picks (pinned: a change of family names would re-split)."""
    assert gen_h.SALT == "corpus-h/" and gen_h.SEED not in {gen_e.SEED, gen_f.SEED, gen_g.SEED}
    assert gen_h.HELD_OUT_FAMILIES == ("school-enrollment", "title-review", "health-probes")
    assert_split_rule(*corpus, "corpus-h/", gen_h.SOURCES, gen_h.HELD_OUT_FAMILIES)
    assert (len(corpus[0]), len(corpus[1])) == (809, 761)  # 52 % tuning


def test_h_shares_no_family_with_a_to_g(reqs: list[dict]) -> None:
    assert_new_families(reqs, gen_b, gen_c, gen_d, gen_e, gen_f, gen_g)


def test_every_record_is_a_well_formed_request_held_to_its_own_sources(reqs: list[dict]) -> None:
    assert_well_formed(reqs, gen_h.check, gen_g.SOURCES["odata-api"])


def test_python_http_server_parses_every_record(reqs: list[dict]) -> None:
    assert_http_server_parses(reqs)


def test_the_request_kinds_it_was_made_for(reqs: list[dict]) -> None:
    """What H adds: JSON, form, multipart and text bodies from browsers, SDKs, probes and registries,
    HEAD probes, and the gateway/registry/app headers of their clients."""
    assert {r["method"] for r in reqs} == {"GET", "HEAD", "POST"}
    ctypes = Counter(content_type(r).split(";")[0].strip() for r in reqs)
    assert ctypes["application/json"] >= 350 and ctypes["application/x-www-form-urlencoded"] >= 200
    assert ctypes["multipart/form-data"] >= 60 and ctypes["text/plain"] >= 5
    names = {k for r in reqs for k in r["headers"]}
    for name in (
        "X-Ca-Signature",
        "Content-MD5",
        "x-tif-signature",
        "X-Prometheus-Scrape-Timeout-Seconds",
        "Long-Pulling-Timeout",
        "X-Consul-Token",
        "DiscoveryIdentity-Name",
        "X-Sign",
        "deviceId",
    ):
        assert name in names, name
    agents = " ".join(r["headers"].get("User-Agent", "") for r in reqs)
    for ua in (
        "Prometheus/",
        "kube-probe/",
        "Uptime-Kuma/",
        "Nacos-Java-Client",
        "Java-EurekaClient/",
        "okhttp/",
        "Alamofire/",
        "Zabbix",
        "Blackbox Exporter/",
    ):
        assert ua in agents, ua


# --- per family: what the receiving servers check -------------------------------------------------------


def test_gm_ciphertexts_open_and_signs_verify(reqs: list[dict]) -> None:
    """SM2 (C1C3C2, with and without the 04 prefix) decrypts with the platform key; SM4 ECB/CBC opens to
    JSON; SM3 signs recompute; the 数字信封's wrapped key opens its data and the digest matches."""
    prefixes = Counter()
    for r in of_family(reqs, "gm-crypto-form", "sm2-login"):
        doc = json.loads(r["body"]) if content_type(r).startswith("application/json") else form_fields(r)
        prefixes[doc["password"].startswith("04") and len(doc["password"]) % 2 == 0] += 1
        assert _sm2_open(doc["password"]).decode() in gen_h.GM_PASSWORDS
    for r in of_family(reqs, "gm-crypto-form", "sm2-fields"):
        doc = json.loads(r["body"]) if content_type(r).startswith("application/json") else form_fields(r)
        assert id_number_ok(_sm2_open(doc["sqrzjhm"]).decode())
        assert re.fullmatch(r"1[3578]\d{9}", _sm2_open(doc["sjhm"]).decode())
    assert len(prefixes) == 2  # both sm-crypto's bare hex and the 04-prefixed form
    for r in of_family(reqs, "gm-crypto-form", "sm4-envelope"):
        doc = json.loads(r["body"])
        assert doc["sign"] == _sm3(f"{doc['data']}{doc['timestamp']}{doc['nonce']}")
        assert isinstance(json.loads(gen_h.sm4_decrypt(bytes.fromhex(doc["data"]))), dict)
    for r in of_family(reqs, "gm-crypto-form", "sm4-cbc-b64"):
        data = json.loads(r["body"])["encryptData"] if content_type(r).startswith("application/json") else r["body"]
        assert isinstance(json.loads(gen_h.sm4_decrypt(base64.b64decode(data), iv=gen_h.SM4_IV)), dict)
    for r in of_family(reqs, "gm-crypto-form", "sm3-signed-query"):
        q = query1(r)
        sign = q.pop("sign")
        assert sign == _sm3("&".join(f"{k}={v}" for k, v in sorted(q.items())) + "&appSecret=gm-h-2027-secret").upper()
    for r in of_family(reqs, "gm-crypto-form", "digital-envelope"):
        doc = json.loads(r["body"])
        key = bytes.fromhex(_sm2_open(doc["encryptKey"]).decode())
        payload = gen_h.sm4_decrypt(base64.b64decode(doc["encryptData"]), key)
        assert doc["digest"] == _sm3(payload) and json.loads(payload)
    for r in of_family(reqs, "gm-crypto-form", "sm4-query-param"):
        assert id_number_ok(json.loads(gen_h.sm4_decrypt(bytes.fromhex(query1(r)["params"])))["sfzh"])


def test_sm3_sm4_and_the_sm2_curve_are_the_standards() -> None:
    """GB/T 32905's example (SM3 of "abc"), GB/T 32907's (key = plaintext = 0123...3210), and the
    recommended SM2 curve of GB/T 32918.5: G lies on it and has order n."""
    assert _sm3("abc") == "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0"
    key = bytes.fromhex("0123456789abcdeffedcba9876543210")
    assert gen_h.sm4_encrypt(key, key)[:16].hex() == "681edf34d206965e86b3e94f536e4246"
    x, y = gen_h.SM2_G
    assert (y * y - x**3 - gen_h.SM2_A * x - gen_h.SM2_B) % gen_h.SM2_P == 0
    assert gen_h.ec_mul(gen_h.SM2_N, gen_h.SM2_G) is None


def _ca_expected(rec: dict, secret: str) -> str:
    """The X-Ca signature as the gateway recomputes it from the request it received."""
    low = {k.lower(): v for k, v in rec["headers"].items()}
    params = list(urllib.parse.parse_qsl(urllib.parse.urlsplit(rec["path"]).query, keep_blank_values=True))
    if low.get("content-type", "").startswith("application/x-www-form-urlencoded"):
        params += urllib.parse.parse_qsl(rec["body"], keep_blank_values=True)
    lines = [rec["method"], *(low.get(k, "") for k in ("accept", "content-md5", "content-type", "date"))]
    signed = sorted(low["x-ca-signature-headers"].split(","))
    text = "\n".join(lines) + "\n" + "".join(f"{k}:{low[k]}\n" for k in signed)
    ps = "&".join(k if v == "" else f"{k}={v}" for k, v in sorted(params))
    text += urllib.parse.urlsplit(rec["path"]).path + (f"?{ps}" if ps else "")
    return base64.b64encode(hmac.new(secret.encode(), text.encode(), hashlib.sha256).digest()).decode()


def test_api_gateway_signatures_recompute(reqs: list[dict]) -> None:
    for r in of_family(reqs, "api-gateway-sign"):
        h, low = r["headers"], {k.lower(): v for k, v in r["headers"].items()}
        if "x-ca-key" in low:
            apps = gen_h.ARTEMIS_APPS if r["shape"] == "artemis" else gen_h.CA_APPS
            assert h["X-Ca-Signature"] == _ca_expected(r, apps[low["x-ca-key"]]), r["path"]
            assert re.fullmatch(r"[0-9a-f-]{36}", low["x-ca-nonce"]) and len(low["x-ca-timestamp"]) == 13
            if "content-md5" in low:
                assert (
                    low["content-md5"]
                    == base64.b64encode(hashlib.md5(record_body(r), usedforsecurity=False).digest()).decode()
                )
            if r["shape"] == "artemis":
                assert r["path"].startswith("/artemis/api/") and json.loads(r["body"])
        elif r["shape"].startswith("tif-"):
            ts, nonce = h["x-tif-timestamp"], h["x-tif-nonce"]
            token = gen_h.TIF_PAAS[h["x-tif-paasid"]]
            assert h["x-tif-signature"] == hashlib.sha256(f"{ts}{token}{nonce}{ts}".encode()).hexdigest().upper()
            assert r["path"].startswith(f"/ebus/{h['x-tif-paasid']}/")
        else:
            q = query1(r) if r["method"] == "GET" else form_fields(r)
            want = hashlib.md5(
                f"{q['appKey']}{gen_h.IRS_APPS[q['appKey']]}{q['requestTime']}".encode(), usedforsecurity=False
            )
            assert q["sign"] == want.hexdigest()
    shapes = Counter(r["shape"] for r in of_family(reqs, "api-gateway-sign"))
    assert {"ca-get", "ca-form", "ca-json", "artemis", "tif-get", "tif-post", "irs-md5"} == set(shapes)
    dated = [r for r in of_family(reqs, "api-gateway-sign") if "Date" in r["headers"]]
    assert dated and all(r["headers"]["Date"].endswith(" GMT") for r in dated)


def test_finereport_requests(reqs: list[dict]) -> None:
    """viewlets name cpt/frm templates; __parameters__ and 填报 changes are JSON; the login password is the
    page's RSA (PKCS#1 v1.5) ciphertext of a password."""
    for r in of_family(reqs, "finereport-bi"):
        q = query1(r)
        if "viewlet" in q or "reportlet" in q:
            assert re.search(r"\.(cpt|frm)$", q.get("viewlet") or q["reportlet"])
        if r["method"] == "POST" and content_type(r).startswith("application/x-www-form-urlencoded"):
            f = form_fields(r)
            assert isinstance(json.loads(f["__parameters__"]), dict)
            if r["shape"] == "write-submit":
                assert all({"row", "col", "value"} <= set(cell) for cell in json.loads(f["changes"]))
    for r in of_family(reqs, "finereport-bi", "decision-login"):
        doc = json.loads(r["body"])
        k = (gen_h.FR_RSA_N.bit_length() + 7) // 8
        em = pow(int.from_bytes(base64.b64decode(doc["password"]), "big"), gen_h.FR_RSA_D, gen_h.FR_RSA_N).to_bytes(
            k, "big"
        )
        assert em[:2] == b"\x00\x02" and 0 not in em[2:10]
        assert em[em.index(b"\x00", 2) + 1 :].decode() in gen_h.GM_PASSWORDS and doc["encrypted"] is True
    params = " ".join(r["path"] for r in of_family(reqs, "finereport-bi", "cpt-view"))
    assert "%2F" in params and "ReportServer?reportlet=" in params
    assert {query1(r)["format"] for r in of_family(reqs, "finereport-bi", "export")} >= {"excel", "pdf", "word"}


def test_probes_and_promql(reqs: list[dict]) -> None:
    queries = []
    for r in of_family(reqs, "health-probes"):
        ua = r["headers"].get("User-Agent", "")
        if ua.startswith("Prometheus/"):
            assert "X-Prometheus-Scrape-Timeout-Seconds" in r["headers"] and "openmetrics" in r["headers"]["Accept"]
        if r["shape"] == "prom-federate":
            sels = urllib.parse.parse_qs(urllib.parse.urlsplit(r["path"]).query)["match[]"]
            assert all(re.search(r"\{.*\}", s) for s in sels)
        if r["shape"] == "promql-query":
            q = query1(r) if r["method"] == "GET" else form_fields(r)
            queries.append(q["query"])
            if "start" in q:
                assert int(q["start"]) < int(q["end"]) and int(q["step"]) > 0
        if r["method"] == "HEAD":
            assert "body" not in r
    text = " ".join(queries)
    for piece in ('=~"', "rate(", "[5m]", "sum(", " by (", "histogram_quantile(", "!~", " > ", " == 0"):
        assert piece in text, piece
    assert any(r["method"] == "POST" for r in of_family(reqs, "health-probes", "promql-query"))
    kube = {r["headers"]["User-Agent"] for r in of_family(reqs, "health-probes", "kube-probe")}
    assert all(re.fullmatch(r"kube-probe/1\.\d+", ua) for ua in kube)


def test_registry_protocols(reqs: list[dict]) -> None:
    """Nacos listener bodies split on \\x01 and \\x02 into dataId, group, md5 (and tenant); a published
    config's md5 is its content's; Apollo's notifications and Eureka's instance are JSON."""
    for r in of_family(reqs, "config-registry", "nacos-listener"):
        value = form_fields(r)["Listening-Configs"]
        assert "%02" in r["body"] and value.endswith("\x01")
        for item in value[:-1].split("\x01"):
            parts = item.split("\x02")
            assert len(parts) in (3, 4) and re.fullmatch(r"[0-9a-f]{32}", parts[2])
        assert r["headers"]["Long-Pulling-Timeout"] == "30000"
    for r in of_family(reqs, "config-registry", "nacos-publish"):
        f = form_fields(r)
        assert (
            f["md5"] == hashlib.md5(f["content"].encode(), usedforsecurity=False).hexdigest() and ":\n" in f["content"]
        )
    for r in of_family(reqs, "config-registry", "nacos-naming"):
        if r["method"] == "POST":
            assert json.loads(form_fields(r)["metadata"])["preserved.register.source"] == "SPRING_CLOUD"
    for r in of_family(reqs, "config-registry", "apollo-notify"):
        notes = json.loads(query1(r)["notifications"])
        assert all({"namespaceName", "notificationId"} == set(n) for n in notes)
    posts = [json.loads(r["body"]) for r in of_family(reqs, "config-registry", "eureka") if r["method"] == "POST"]
    assert posts and all(p["instance"]["status"] == "UP" and "$" in p["instance"]["port"] for p in posts)
    assert any("?raw" in r["path"] for r in of_family(reqs, "config-registry", "consul"))


def test_bills_and_invoices(reqs: list[dict]) -> None:
    """Invoice QR texts have the published fields; 数电 numbers have 20 digits and old ones 8; 税号 are
    统一社会信用代码 with their check characters; dates are real dates."""
    for r in of_family(reqs, "e-bill-verify", "invoice-qr"):
        fields = json.loads(r["body"])["qrcode"].split(",")
        assert len(fields) == 9 and fields[0] == "01" and fields[-1] == ""
        kind, code, number, amount, day = fields[1:6]
        assert kind in {"01", "04", "10", "31", "32"} and re.fullmatch(r"\d+\.\d{2}", amount)
        assert (len(number), len(code)) in {(8, 12), (20, 0)}
        datetime.strptime(day, "%Y%m%d")  # a calendar date: raises if not one
    for r in of_family(reqs, "e-bill-verify", "reimburse-batch"):
        for inv in json.loads(r["body"])["invoices"]:
            assert uscc_ok(inv["xfsh"]) and uscc_ok(inv["gfsh"])
            assert len(inv["fphm"]) == (8 if inv["fpdm"] else 20)
    for r in of_family(reqs, "e-bill-verify", "bill-verify"):
        f = form_fields(r)
        assert re.fullmatch(r"52\d{6}", f["pjdm"]) and re.fullmatch(r"\d{10}", f["pjhm"])
        assert re.fullmatch(r"[0-9a-f]{6}", f["jym"])
    for r in of_family(reqs, "e-bill-verify", "bill-qr"):
        assert len(query1(r)["qrcode"].split(",")) == 6


def test_app_signs_and_tokens(reqs: list[dict]) -> None:
    for r in of_family(reqs, "gov-app-api", "signed-api"):
        p = query1(r) if r["method"] == "GET" else form_fields(r)
        sign = p.pop("sign")
        base = "&".join(f"{k}={v}" for k, v in sorted(p.items()) if v != "")
        assert sign == hashlib.md5(f"{base}&key={gen_h.APP_SECRET}".encode(), usedforsecurity=False).hexdigest().upper()
        assert p["appId"] == f"gzzwfw_{r['headers']['platform']}"
    for r in of_family(reqs, "gov-app-api", "jwt-api"):
        claims = _jwt_payload(r["headers"]["Authorization"].removeprefix("Bearer "), gen_h.APP_JWT_SECRET)
        assert claims["exp"] - claims["iat"] == 7200 and claims["iss"] == "gzzwfw"
    stacks = " ".join(json.loads(r["body"])["stack"] for r in of_family(reqs, "gov-app-api", "crash-log"))
    assert "java.lang.NullPointerException" in stacks and "\n\tat " in stacks and "Optional value" in stacks
    for r in of_family(reqs, "gov-app-api"):
        h = r["headers"]
        assert h["User-Agent"].startswith(("okhttp/", "GuiZhouZWFW/", "Mozilla/5.0")) and (
            h.get("platform") in {"android", "ios"} or r["shape"] == "uniapp-wgt"
        )


def test_bid_hall_signatures_keys_and_amounts(reqs: list[dict]) -> None:
    """签到 and 解密 signatures verify under the bidder's SM2 key; the wrapped bid key opens with the platform
    key and matches its SM3 digest; 大写 amounts read back to the digits; 保函 X-Sign recomputes."""
    for r in of_family(reqs, "bid-opening", "hall-signin"):
        doc = json.loads(r["body"])
        pub = gen_h.SM2_BIDDERS[doc["keyIndex"]][1]
        assert doc["publicKey"] == gen_h.sm2_pub_hex(pub) and uscc_ok(doc["bidderCode"])
        plain = f"{doc['projectCode']}|{doc['bidSectionCode']}|{doc['bidderCode']}|{doc['signTime']}"
        assert gen_h.sm2_verify(pub, plain.encode(), doc["signValue"])
        assert not gen_h.sm2_verify(pub, plain.encode() + b" ", doc["signValue"])
    for r in of_family(reqs, "bid-opening", "decrypt-bid"):
        doc = json.loads(r["body"])
        key = _sm2_open(doc["encryptKey"]).decode()
        assert re.fullmatch(r"[0-9a-f]{32}", key) and doc["keyDigest"] == _sm3(key)
        assert gen_h.sm2_verify(gen_h.SM2_BIDDERS[doc["keyIndex"]][1], doc["encryptKey"].encode(), doc["signValue"])
    for r in of_family(reqs, "bid-opening", "quote-confirm"):
        f = form_fields(r)
        assert gen_h.upper_to_cents(f["bidPriceUpper"]) == round(float(f["bidPrice"]) * 100)
        assert re.fullmatch(r"[零壹贰叁肆伍陆柒捌玖拾佰仟万亿]+元(整|[零壹贰叁肆伍陆柒捌玖角分]+)", f["bidPriceUpper"])
    for r in of_family(reqs, "bid-opening", "e-guarantee"):
        h = r["headers"]
        want = hmac.new(
            gen_h.GUARANTEE_SECRET.encode(),
            f"{h['X-App-Id']}{h['X-Timestamp']}{h['X-Nonce']}{r['body']}".encode(),
            hashlib.sha256,
        ).hexdigest()
        assert h["X-Sign"] == want
    for r in of_family(reqs, "bid-opening", "bid-upload"):
        assert re.search(rb'filename="[^"]+\.(GZTF|ZJTF|gef)"', record_body(r))


def test_rmb_upper_known_values() -> None:
    assert gen_h.rmb_upper(123456789) == "壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分"
    assert gen_h.rmb_upper(100010000) == "壹佰万零壹佰元整"
    assert gen_h.rmb_upper(10203) == "壹佰零贰元零叁分"


def test_title_review_journals_and_prose(reqs: list[dict]) -> None:
    issns = set()
    for r in of_family(reqs, "title-review", "achievements"):
        doc = json.loads(r["body"]) if content_type(r).startswith("application/json") else form_fields(r)
        issns.add(doc["issn"])
        assert re.fullmatch(r"CN \d{2}-\d{4}/[A-Z0-9]+", doc["cn"]) and doc["km"].startswith("《")
    for n in issns:
        digits = n.replace("-", "")
        total = sum(int(d) * w for d, w in zip(digits[:7], range(8, 1, -1), strict=True))
        assert (total + (10 if digits[7] == "X" else int(digits[7]))) % 11 == 0, n
    assert "1000-9825" in issns  # 软件学报's published ISSN
    prose = " ".join(form_fields(r)["gzzj"] for r in of_family(reqs, "title-review", "work-summary"))
    assert "select … from … where" in prose and "“" in prose and "\n" in prose
    for r in of_family(reqs, "title-review", "profile-save"):
        assert id_number_ok(json.loads(r["body"])["sfzh"])


def test_school_enrollment_children_and_houses(reqs: list[dict]) -> None:
    for r in of_family(reqs, "school-enrollment", "child-info"):
        doc = json.loads(r["body"])
        assert id_number_ok(doc["xssfzh"]) and doc["xssfzh"][6:10] in {"2020", "2021"}
        assert all(id_number_ok(g["sfzh"]) for g in doc["jhr"])
    for r in of_family(reqs, "school-enrollment", "house-proof"):
        doc = json.loads(r["body"]) if content_type(r).startswith("application/json") else form_fields(r)
        assert re.fullmatch(r"黔[（(]20\d\d[）)].+市不动产权第\d{7}号", doc["bdcqzh"])
    keywords = [query1(r)["keyword"] for r in of_family(reqs, "school-enrollment", "school-district")]
    assert any("#楼" in k for k in keywords) and any("%23" in r["path"] for r in of_family(reqs, "school-enrollment"))


def test_identifiers_carry_their_check_digits(reqs: list[dict]) -> None:
    """公民身份号码 wherever the families send them in clear, in paths, forms and JSON."""
    text = " ".join(urllib.parse.unquote(r["path"]) + " " + urllib.parse.unquote_plus(r.get("body", "")) for r in reqs)
    ids = set(re.findall(r"(?<![0-9A-Za-z])52\d{15}[0-9X](?![0-9A-Za-z])", text))
    assert len(ids) > 150
    assert all(id_number_ok(n) for n in ids)
