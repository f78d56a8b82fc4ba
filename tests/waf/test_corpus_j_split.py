"""Corpus J (tests/waf/data/gen_cms_corpus_j.py): its split and its requests, without a WAF.

Fast tests, in their own module like test_corpus_i_split.py. Nothing here sends J through the WAF: J's
false-positive count is the lead's, after a tuning round on J's tuning part (docs/waf.md, held-out
discipline). The per-family checks look only at the requests themselves, the way the receiving servers
would: SDP offers parse and carry ICE and DTLS attributes, SRS hook tokens and e签宝/法大大/Gitea/SonarQube
signatures recompute, GitLab tokens and Basic credentials match, Kafka and RabbitMQ base64 payloads decode,
统计 and 采购 figures add up, 项目代码 have their structure, OCR images decode to JPEG/PNG, SMS reports are
consistent, cloud-init user_data decodes, CIDRs parse, and identifiers carry their check characters. Never a
WAF verdict.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import ipaddress
import json
import re
import urllib.parse

from tests.waf.corpus_checks import (
    assert_headers_sent,
    assert_new_families,
    assert_regenerates,
    assert_sized,
    assert_sound_requests,
    assert_split_as_written,
    basic_credentials,
    content_type,
    corpus_fixtures,
    form_fields,
    header,
    id_number_ok,
    json_body,
    media_types,
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
from tests.waf.data import gen_cms_corpus_i as gen_i
from tests.waf.data import gen_cms_corpus_j as gen_j

PINNED_HELD_OUT = (
    "consumer-complaint",
    "openstack-api",
    "ocr-recognition",
)  # written once from the docstring's rule: a change of family names would re-split


corpus, reqs = corpus_fixtures(gen_j)


def _hmac(secret: str, text: str) -> str:
    return hmac.new(secret.encode(), text.encode(), hashlib.sha256).hexdigest()


def _image(raw: bytes) -> bool:
    return (raw[:3] == b"\xff\xd8\xff" and raw[-2:] == b"\xff\xd9") or raw[:8] == b"\x89PNG\r\n\x1a\n"


# --- the split, the size and the record contract ----------------------------------------------------


def test_regenerating_gives_the_committed_files(corpus: tuple[list[dict], list[dict]]) -> None:
    assert_regenerates(*corpus, gen_j.TUNING_FILE, gen_j.HELD_OUT_FILE)


def test_large_enough_and_tagged(reqs: list[dict]) -> None:
    assert_sized(reqs, gen_j, (130, 160), min_requests=1500, min_families=10, min_shapes=7)


def test_the_split_is_the_rule_written_down(corpus: tuple[list[dict], list[dict]]) -> None:
    """Whole families and (family, shape) groups are on one side only; the held-out families are the
    ones the docstring's rule picks (pinned: a change of family names would re-split); 56 % tuning."""
    earlier = (gen_c, gen_d, gen_e, gen_f, gen_g, gen_h, gen_i)
    assert_split_as_written(corpus, gen_j, "corpus-j/", PINNED_HELD_OUT, earlier, parts=(896, 694))


def test_j_shares_no_family_with_a_to_i(reqs: list[dict]) -> None:
    assert_new_families(reqs, gen_b, gen_c, gen_d, gen_e, gen_f, gen_g, gen_h, gen_i)


def test_every_record_is_a_request_its_server_reads_back(reqs: list[dict]) -> None:
    """Well formed, held to J's own sources and methods, and read back exactly by a plain http.server."""
    assert_sound_requests(reqs, gen_j.check, gen_i.SOURCES["site-verification"])


def test_the_request_kinds_it_was_made_for(reqs: list[dict]) -> None:
    """What J adds: SDP bodies, vendor JSON media types, signed callbacks, forms and multipart uploads."""
    assert {r["method"] for r in reqs} == {"GET", "POST"}
    ctypes = media_types(reqs)
    assert ctypes["application/sdp"] >= 30 and ctypes["application/vnd.kafka.json.v2+json"] >= 20
    assert ctypes["application/vnd.kafka.binary.v2+json"] >= 10 and ctypes["multipart/form-data"] >= 90
    assert ctypes["application/x-www-form-urlencoded"] >= 150 and ctypes["application/json"] >= 500
    signed_and_vendor = (
        "x-tsign-open-signature",
        "x-fasc-sign",
        "x-gitlab-token",
        "x-gitea-signature",
        "x-auth-token",
        "x-sonar-webhook-hmac-sha256",
        "x-openstack-nova-api-version",
        "x-api-key",
    )
    assert_headers_sent(reqs, signed_and_vendor)


# --- the families, checked the way their receiving servers would ------------------------------------


def _sdp(text: str, direction: str) -> None:
    assert text.startswith("v=0\r\n") and text.endswith("\r\n")
    lines = text[:-2].split("\r\n")
    assert all(re.fullmatch(r"[a-z]=\S.*", line) for line in lines)
    sections = text.split("\r\nm=")[1:]
    mids = {re.search(r"a=mid:(\S+)", s).group(1) for s in sections}
    assert set(re.search(r"a=group:BUNDLE ([^\r]+)", text).group(1).split()) == mids
    for s in sections:
        assert re.search(r"a=fingerprint:sha-256 ([0-9A-F]{2}:){31}[0-9A-F]{2}\r\n", s)
        assert len(re.search(r"a=ice-ufrag:(\S+)", s).group(1)) >= 4
        assert len(re.search(r"a=ice-pwd:(\S+)", s).group(1)) >= 22
        assert f"\r\na={direction}\r\n" in s
        assert ("a=msid:" in s) == (direction != "recvonly")


def test_webrtc_offers_tokens_and_credentials(reqs: list[dict]) -> None:
    """SDP offers parse (BUNDLE mids, fingerprints, ICE credentials, direction); publish URLs and hook params
    carry md5(app/stream-expire-key); the console and OpenVidu use their Basic credentials."""
    for shape, direction in (("srs-play", "recvonly"), ("srs-publish", "sendonly")):
        for r in of_family(reqs, "webrtc-signaling", shape):
            doc = json_body(r)
            assert doc["api"].endswith(r["path"]) and doc["streamurl"].startswith("webrtc://")
            _sdp(doc["sdp"], direction)
    for shape, direction in (("whip-publish", "sendonly"), ("whep-play", "recvonly")):
        for r in of_family(reqs, "webrtc-signaling", shape):
            assert content_type(r) == "application/sdp"
            _sdp(r["body"], direction)
    for r in of_family(reqs, "webrtc-signaling", "whip-publish"):
        assert header(r, "Authorization").removeprefix("Bearer ") in gen_j.WHIP_TOKENS

    def token_ok(stream: str, query: str) -> bool:
        q = dict(urllib.parse.parse_qsl(query))
        return q["token"] == gen_j.srs_token("live", stream, int(q["expire"]))

    for r in of_family(reqs, "webrtc-signaling", "srs-publish"):
        url = urllib.parse.urlsplit(json_body(r)["streamurl"])
        assert token_ok(url.path.rsplit("/", 1)[1], url.query)
    for r in of_family(reqs, "webrtc-signaling", "srs-hook"):
        doc = json_body(r)
        assert r["path"].endswith(doc["action"]) and token_ok(doc["stream"], doc["param"].lstrip("?"))
    assert all(
        basic_credentials(r) == ("admin", "Srs@console2027") for r in of_family(reqs, "webrtc-signaling", "srs-api")
    )
    for r in of_family(reqs, "webrtc-signaling", "openvidu-session"):
        assert basic_credentials(r) == ("OPENVIDUAPP", gen_j.OPENVIDU_SECRET)
        if r["path"].endswith("/connection"):
            assert json.loads(json_body(r)["data"])["room"] in gen_j.RTC_ROOMS


def test_e_signature_callbacks_verify(reqs: list[dict]) -> None:
    """e签宝 signatures: HMAC-SHA256(timestamp + sorted query values + body) under the app's secret; 法大大:
    HMAC over sha256 of the sorted parameters, keyed by HMAC(appSecret, timestamp); uploads are PDF/OFD."""
    actions = set()
    for r in of_family(reqs, "e-signature"):
        h = r["headers"]
        if "X-Tsign-Open-SIGNATURE" in h:
            secret = gen_j.ESIGN_APPS[h["X-Tsign-Open-App-Id"]]
            query = query1(r)
            text = h["X-Tsign-Open-TIMESTAMP"] + "".join(v for _, v in sorted(query.items())) + r["body"]
            assert h["X-Tsign-Open-SIGNATURE"] == _hmac(secret, text)
            actions.add(json_body(r)["action"])
    assert actions == {
        "SIGN_MISSON_COMPLETE",
        "SIGN_FLOW_COMPLETE",
        "SIGN_SEAL_EXAMINE_REJECTED",
        "FILE_ASYNC_VERIFY_RESULT",
    }
    for r in of_family(reqs, "e-signature", "esign-verify-result"):
        doc = json_body(r)
        assert (doc["status"] == 2) == all(not i["signature"]["modify"] for i in doc["signInfos"])
    for r in of_family(reqs, "e-signature", "fasc-callback"):
        h = r["headers"]
        params = {k: v for k, v in h.items() if k.startswith("X-FASC-") and k != "X-FASC-Sign"}
        params["bizContent"] = form_fields(r)["bizContent"]
        text = hashlib.sha256("&".join(f"{k}={v}" for k, v in sorted(params.items())).encode()).hexdigest()
        key = _hmac(gen_j.FASC_APP[1], h["X-FASC-Timestamp"])
        assert h["X-FASC-Sign"] == _hmac(key, text) and json.loads(params["bizContent"])["signTaskId"]
    for r in of_family(reqs, "e-signature", "verify-upload"):
        raw = record_body(r)
        assert b"Content-Type: application/pdf\r\n\r\n%PDF-" in raw or b"Content-Type: application/ofd\r\n\r\nPK" in raw
    for r in of_family(reqs, "e-signature", "sign-link"):
        assert query1(r)["redirectUrl"].startswith(gen_j.SITE + "/") and "%2F" in r["path"]


def test_message_bus_payloads(reqs: list[dict]) -> None:
    """Kafka binary records and base64 payloads decode to the JSON events; Basic credentials are the
    configured API key and RabbitMQ user; EMQX webhooks carry the broker's event shapes."""
    for r in of_family(reqs, "message-bus", "kafka-json"):
        assert all(rec["value"]["eventId"] for rec in json_body(r)["records"])
    for r in of_family(reqs, "message-bus", "kafka-binary"):
        for rec in json_body(r)["records"]:
            assert json.loads(base64.b64decode(rec["value"], validate=True))["eventType"]
    for r in of_family(reqs, "message-bus", "kafka-consume"):
        assert header(r, "Accept") == "application/vnd.kafka.json.v2+json" and "/instances/" in r["path"]
    for r in of_family(reqs, "message-bus", "emqx-publish"):
        user, password = basic_credentials(r)
        assert gen_j.EMQX_KEYS[user] == password
        doc = json_body(r)
        raw = base64.b64decode(doc["payload"]) if doc.get("payload_encoding") == "base64" else doc["payload"]
        assert json.loads(raw)["deviceId"] in doc["topic"]
    for r in of_family(reqs, "message-bus", "rabbitmq-publish"):
        assert basic_credentials(r) == gen_j.RABBIT_USER and "/api/exchanges/%2Fzwfw/" in r["path"]
        doc = json_body(r)
        raw = base64.b64decode(doc["payload"]) if doc["payload_encoding"] == "base64" else doc["payload"]
        assert json.loads(raw)["eventId"]
    for r in of_family(reqs, "message-bus", "emqx-webhook"):
        doc = json_body(r)
        assert doc["event"] in {"message.publish", "client.connected", "client.disconnected"}
        assert ("topic" in doc) == (doc["event"] == "message.publish")
    assert all(set(form_fields(r)) >= {"clientid", "password"} for r in of_family(reqs, "message-bus", "emqx-auth"))


def test_devops_webhooks_verify(reqs: list[dict]) -> None:
    """GitLab's token is the configured secret and its push payloads are consistent; Gitea and SonarQube
    sign the raw body with HMAC-SHA256."""
    for r in of_family(reqs, "devops-webhook"):
        if r["shape"].startswith("gitlab-"):
            assert r["headers"]["X-Gitlab-Token"] == gen_j.GITLAB_TOKEN
    for r in of_family(reqs, "devops-webhook", "gitlab-push"):
        doc = json_body(r)
        assert doc["total_commits_count"] == len(doc["commits"]) and doc["checkout_sha"] == doc["after"]
        assert doc["after"] == doc["commits"][-1]["id"] and all(
            re.fullmatch(r"[0-9a-f]{40}", c["id"]) for c in doc["commits"]
        )
    for r in of_family(reqs, "devops-webhook", "gitea-push"):
        sig = _hmac(gen_j.GITEA_SECRET, r["body"])
        assert r["headers"]["X-Gitea-Signature"] == sig and r["headers"]["X-Hub-Signature-256"] == "sha256=" + sig
        assert json_body(r)["total_commits"] == len(json_body(r)["commits"])
    for r in of_family(reqs, "devops-webhook", "sonar-webhook"):
        assert r["headers"]["X-Sonar-Webhook-HMAC-SHA256"] == _hmac(gen_j.SONAR_SECRET, r["body"])
    for r in of_family(reqs, "devops-webhook", "jenkins-build"):
        assert re.fullmatch(r"[0-9a-f]{64}", form_fields(r)["Jenkins-Crumb"])


def test_stats_reports(reqs: list[dict]) -> None:
    """单位 codes are 统一社会信用代码; 报告期 are months of 2027; saved 指标 are the table's own codes, and
    the first 千元 total bounds the others; 审核 formulas name 指标 in brackets."""
    for r in of_family(reqs, "stats-direct-report"):
        fields = query1(r) if r["method"] == "GET" else {}
        if content_type(r).startswith("application/json"):
            fields = json_body(r)
        elif content_type(r).startswith("application/x-www-form-urlencoded"):
            fields = form_fields(r)
        if "unitCode" in fields:
            assert uscc_ok(fields["unitCode"]) and re.fullmatch(r"2027(0[1-9]|1[0-2])", fields["period"])
    for r in of_family(reqs, "stats-direct-report", "form-save"):
        doc = json_body(r)
        _, items = gen_j.STATS_TABLES[doc["tableCode"]]
        assert list(doc["data"]) == [code for code, _, _ in items]
        money = [int(doc["data"][code]) for code, _, unit in items if unit == "千元"]
        assert all(v <= money[0] for v in money)
    for r in of_family(reqs, "stats-direct-report", "check-explain"):
        assert re.search(r"\[\d+\]", form_fields(r)["formula"])
    for r in of_family(reqs, "stats-direct-report", "submit"):
        f = form_fields(r)
        assert re.fullmatch(r"1\d{10}|0851-\d{8}(-\d{3})?", f["lxdh"])


PROJECT_CODE = re.compile(r"(20\d\d)-(\d{6})-(\d\d)-(0[123])-(\d{6})")


def test_project_codes_and_sums(reqs: list[dict]) -> None:
    """项目代码 have the platform's five parts (year, a district of the province, an industry, the type,
    the serial); 资金来源 add up to 总投资; 进度 percentages follow the figures; companies' codes check."""
    codes = []
    for r in of_family(reqs, "project-approval"):
        text = urllib.parse.unquote(r["path"]) + urllib.parse.unquote_plus(r.get("body", ""))
        codes += re.findall(r"20\d\d-\d{6}-\d\d-\d\d-\d{6}", text)
    assert len(codes) >= 80
    for code in codes:
        m = PROJECT_CODE.fullmatch(code)
        assert m and m.group(2) in gen_j.DISTRICTS and m.group(3) in gen_j.INDUSTRY_CODES
    for r in of_family(reqs, "project-approval", "filing-submit"):
        doc = json_body(r)
        assert sum(doc["funding"].values()) == doc["totalInvestment"] and uscc_ok(doc["legalPerson"]["uscc"])
    for r in of_family(reqs, "project-approval", "progress-report"):
        doc = json_body(r)
        assert doc["progressPercent"] == round(doc["completedInvestment"] * 100 / doc["totalInvestment"], 1)
    for r in of_family(reqs, "project-approval", "construction-permit"):
        doc = json_body(r)
        assert uscc_ok(doc["sgdw"]["uscc"]) and uscc_ok(doc["jldw"]["uscc"])
        assert re.fullmatch(r"建字第\d{6}2027\d{5}号", doc["ghxkzh"])
    for r in of_family(reqs, "project-approval", "material-upload"):
        assert b"Content-Type: application/pdf\r\n\r\n%PDF-" in record_body(r)


def test_ocr_images_decode(reqs: list[dict]) -> None:
    """Every image the OCR services receive decodes (base64 in JSON or in a form) to a JPEG or PNG;
    confirmed 身份证 numbers check and validity ranges are 20 years or 长期."""
    n = 0
    for r in of_family(reqs, "ocr-recognition"):
        if r["shape"] in {"paddle-hub", "table-structure"}:
            images = json_body(r)["images"]
        elif r["shape"] == "paddlex-ocr":
            images = [json_body(r)["file"]]
        elif r["shape"] in {"idcard-form", "license-form"}:
            images = [form_fields(r)["image"]]
            assert query1(r)["access_token"].startswith("24.")
        else:
            continue
        assert r["headers"]["X-Api-Key"] in gen_j.OCR_KEYS
        for img in images:
            assert _image(base64.b64decode(img, validate=True))
            n += 1
    assert n >= 100
    for r in of_family(reqs, "ocr-recognition", "result-confirm"):
        doc = json_body(r)
        assert id_number_ok(doc["idNum"])
        start, end = doc["validity"].split("-")
        assert end == "长期" or int(end[:4]) - int(start[:4]) == 20


def test_sms_reports_are_consistent(reqs: list[dict]) -> None:
    """Delivery reports say DELIVERED/DELIVRD exactly when they say success; report times follow send
    times; 华为云's form has its fields; numbers are mainland mobiles."""
    mobile = re.compile(r"1[3578]\d{9}")
    for r in of_family(reqs, "sms-report", "aliyun-report"):
        for item in json_body(r):
            assert item["success"] == (item["err_code"] == "DELIVERED") and item["report_time"] >= item["send_time"]
            assert mobile.fullmatch(item["phone_number"])
    for r in of_family(reqs, "sms-report", "tencent-report"):
        for item in json_body(r):
            assert (item["report_status"] == "SUCCESS") == (item["errmsg"] == "DELIVRD")
    for r in of_family(reqs, "sms-report", "huawei-report"):
        f = form_fields(r)
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", f["updateTime"])
        assert ("orgCode" in f) == (f["status"] != "DELIVRD")
    for r in of_family(reqs, "sms-report", "gateway-report"):
        q = query1(r)
        assert mobile.fullmatch(q["mobile"]) and re.fullmatch(r"\d{10}", q["donetime"])
    replies = {json_body(r)[0]["content"] for r in of_family(reqs, "sms-report", "aliyun-up")}
    assert replies <= set(gen_j.SMS_REPLIES) and len(replies) >= 5


def test_mall_orders_add_up(reqs: list[dict]) -> None:
    """Each line's amount is price × quantity and the order total is their sum; buyer and supplier codes
    check; 品目 codes are the catalogue's."""
    catalogue = {code for code, _, _ in gen_j.GOODS}
    for r in of_family(reqs, "gov-mall", "order-submit"):
        doc = json_body(r)
        for item in doc["items"]:
            assert item["amount"] == round(item["price"] * item["num"], 2) and item["catalogCode"] in catalogue
        assert doc["totalAmount"] == round(sum(i["amount"] for i in doc["items"]), 2)
        assert uscc_ok(doc["orgUscc"]) and uscc_ok(doc["supplier"]["uscc"])
    for r in of_family(reqs, "gov-mall", "goods-search"):
        assert query1(r)["catalogCode"] in catalogue | {""}
    for r in of_family(reqs, "gov-mall", "invoice-upload"):
        raw = record_body(r)
        assert b"\r\n\r\n%PDF-" in raw or b"Content-Type: application/ofd\r\n\r\nPK" in raw


def test_openstack_requests(reqs: list[dict]) -> None:
    """Tokens are Fernet-shaped; user_data decodes to a cloud-init document or a shell script; security
    group rules carry valid CIDRs and ordered port ranges; Keystone bodies name one auth method."""
    for r in of_family(reqs, "openstack-api"):
        if r["shape"] != "keystone-auth":
            assert r["headers"]["X-Auth-Token"].startswith("gAAAAAB")
    for r in of_family(reqs, "openstack-api", "keystone-auth"):
        ident = json_body(r)["auth"]["identity"]
        (method,) = ident["methods"]
        assert method in ident
    for r in of_family(reqs, "openstack-api", "nova-create"):
        script = base64.b64decode(json_body(r)["server"]["user_data"], validate=True).decode()
        assert script.startswith(("#cloud-config\n", "#!/bin/bash\n"))
    for r in of_family(reqs, "openstack-api", "neutron-rule"):
        rule = json_body(r)["security_group_rule"]
        ipaddress.ip_network(rule["remote_ip_prefix"])
        assert rule["port_range_min"] <= rule["port_range_max"]
    for r in of_family(reqs, "openstack-api", "gnocchi-aggregates"):
        op = json_body(r)["operations"]
        assert op.count("(") == op.count(")") and op.startswith("(")


def test_complaints(reqs: list[dict]) -> None:
    """Complainants' 身份证 and the companies' codes check; 登记号 start with a district; evidence is
    images."""
    for r in of_family(reqs, "consumer-complaint", "complaint-submit"):
        doc = json_body(r)
        assert id_number_ok(doc["tsr"]["idNum"]) and uscc_ok(doc["btsr"]["uscc"])
        assert re.fullmatch(r"\d+\.\d\d", doc["je"])
    for r in of_family(reqs, "consumer-complaint", "odr-reply"):
        assert uscc_ok(json_body(r)["uscc"]) and json_body(r)["djh"][:6] in gen_j.DISTRICTS
    for r in of_family(reqs, "consumer-complaint", "progress-query"):
        assert query1(r)["djh"][:6] in gen_j.DISTRICTS
    for r in of_family(reqs, "consumer-complaint", "evidence-upload"):
        raw = record_body(r)
        assert b"Content-Type: image/jpeg\r\n\r\n\xff\xd8" in raw or b"Content-Type: image/png\r\n\r\n\x89PNG" in raw


def test_identifiers_carry_their_check_digits(reqs: list[dict]) -> None:
    """公民身份号码 and 统一社会信用代码 wherever the families send them in clear, in paths, forms and JSON."""
    text = " ".join(urllib.parse.unquote(r["path"]) + " " + urllib.parse.unquote_plus(r.get("body", "")) for r in reqs)
    ids = set(re.findall(r"(?<![0-9A-Za-z])52\d{15}[0-9X](?![0-9A-Za-z])", text))
    assert len(ids) > 40 and all(id_number_ok(n) for n in ids)
    codes = set(re.findall(r"(?<![0-9A-Z])(?:91|92|93|12|52)52\d{4}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Z])", text))
    assert len(codes) > 200 and all(uscc_ok(code) for code in codes)
