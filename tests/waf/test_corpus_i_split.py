"""Corpus I (tests/waf/data/gen_cms_corpus_i.py): its split and its requests, without a WAF.

Fast tests, in their own module like test_corpus_h_split.py. Nothing here sends I through the WAF: I's
false-positive count is the lead's, after a tuning round on I's tuning part (docs/waf.md, held-out
discipline). The per-family checks look only at the requests themselves, the way the receiving servers
would: registry tokens verify (RS256) under the fixed test key, HS256 JWTs verify, OneNET signatures, alert
HMACs and kiosk signs recompute, SL 651 frames carry their CRC, pki-validation file names are the CSRs'
MD5, 诉讼费 follow the statutory brackets, identifiers carry their check characters, and JSON, XML and form
values inside the requests decode to what the family's clients send. Never a WAF verdict.
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
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from tests.waf.corpus_checks import (
    assert_http_server_parses,
    assert_new_families,
    assert_regenerates,
    assert_split_rule,
    assert_tagged,
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
from tests.waf.data import gen_cms_corpus_i as gen_i

CAP = "{urn:oasis:names:tc:emergency:cap:1.2}"


@pytest.fixture(scope="module")
def corpus() -> tuple[list[dict], list[dict]]:
    return gen_i.split(gen_i.gen())


@pytest.fixture(scope="module")
def reqs(corpus: tuple[list[dict], list[dict]]) -> list[dict]:
    return corpus[0] + corpus[1]


def _json(rec: dict) -> object:
    return json.loads(rec["body"])


def _header(rec: dict, name: str) -> str:
    return next((v for k, v in rec["headers"].items() if k.lower() == name.lower()), "")


def _basic(rec: dict) -> tuple[str, str]:
    auth = _header(rec, "Authorization")
    assert auth.startswith("Basic "), rec["label"]
    user, _, password = base64.b64decode(auth[6:]).decode().partition(":")
    return user, password


def _unb64url(part: str) -> bytes:
    return base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))


def _hs256(token: str, secret: str) -> dict:
    head, payload, sig = token.split(".")
    mac = hmac.new(secret.encode(), f"{head}.{payload}".encode(), hashlib.sha256).digest()
    assert _unb64url(sig) == mac
    assert json.loads(_unb64url(head))["alg"] == "HS256"
    return json.loads(_unb64url(payload))


PUBLIC_KEY = rsa.RSAPublicNumbers(gen_h.FR_RSA_E, gen_h.FR_RSA_N).public_key()


def _rs256(token: str) -> dict:
    """What the registry does with the bearer token: RS256 over head.payload under the issuer's key."""
    head, payload, sig = token.split(".")
    PUBLIC_KEY.verify(_unb64url(sig), f"{head}.{payload}".encode(), padding.PKCS1v15(), hashes.SHA256())
    assert json.loads(_unb64url(head)) == {"alg": "RS256", "kid": gen_i.REGISTRY_KID, "typ": "JWT"}
    return json.loads(_unb64url(payload))


# --- the split, the size and the record contract ----------------------------------------------------


def test_regenerating_gives_the_committed_files(corpus: tuple[list[dict], list[dict]]) -> None:
    assert_regenerates(*corpus, gen_i.TUNING_FILE, gen_i.HELD_OUT_FILE)


def test_large_enough_and_tagged(reqs: list[dict]) -> None:
    assert_tagged(reqs, gen_i.SOURCES, min_requests=1500, min_families=10, min_shapes=7)
    assert set(gen_i.SOURCES) == set(gen_i.FAMILIES)
    sizes = Counter(r["family"] for r in reqs)
    assert min(sizes.values()) >= 140 and max(sizes.values()) <= 170, sizes


def test_the_split_is_the_rule_written_down(corpus: tuple[list[dict], list[dict]]) -> None:
    """Whole families and (family, shape) groups are on one side only; the held-out families are the
    ones the docstring's rule picks (pinned: a change of family names would re-split)."""
    earlier = {gen_c.SEED, gen_d.SEED, gen_e.SEED, gen_f.SEED, gen_g.SEED, gen_h.SEED}
    assert gen_i.SALT == "corpus-i/" and gen_i.SEED not in earlier
    assert gen_i.HELD_OUT_FAMILIES == ("artifact-mirror", "bpm-workflow", "litigation-service")
    assert_split_rule(*corpus, "corpus-i/", gen_i.SOURCES, gen_i.HELD_OUT_FAMILIES)
    assert (len(corpus[0]), len(corpus[1])) == (892, 728)  # 55 % tuning


def test_i_shares_no_family_with_a_to_h(reqs: list[dict]) -> None:
    assert_new_families(reqs, gen_b, gen_c, gen_d, gen_e, gen_f, gen_g, gen_h)


def test_every_record_is_a_well_formed_request(reqs: list[dict]) -> None:
    problems = [(r["label"], p) for r in reqs for p in gen_i.check(r)]
    assert not problems, problems[:5]


def test_the_check_is_held_to_is_own_sources(reqs: list[dict]) -> None:
    rec = reqs[0]
    assert gen_i.check(rec) == []
    assert any("label/source" in p for p in gen_i.check({**rec, "source": gen_h.SOURCES["health-probes"]}))
    assert any("method" in p for p in gen_i.check({**rec, "method": "PUT"}))


def test_python_http_server_parses_every_record(reqs: list[dict]) -> None:
    assert_http_server_parses(reqs)


def test_the_request_kinds_it_was_made_for(reqs: list[dict]) -> None:
    """What I adds: JSON, XML, ndjson, form and multipart bodies from SDKs, engines, devices and pushers;
    HEAD requests of registries and mirrors; the clients' own headers."""
    assert {r["method"] for r in reqs} == {"GET", "HEAD", "POST"}
    ctypes = Counter(content_type(r).split(";")[0].strip().lower() for r in reqs)
    assert ctypes["application/json"] >= 600 and ctypes["application/x-www-form-urlencoded"] >= 120
    assert ctypes["multipart/form-data"] >= 20 and ctypes["application/x-ndjson"] >= 20
    assert ctypes["application/xml"] + ctypes["text/xml"] + ctypes["application/cap+xml"] >= 50
    names = {k.lower() for r in reqs for k in r["headers"]}
    for name in (
        "x-stainless-lang",
        "xxl-job-access-token",
        "x-harbor-csrf-token",
        "x-scope-orgid",
        "npm-command",
        "pacote-req-type",
        "x-signature",
        "deviceno",
        "token",
        "range",
    ):
        assert name in names, name
    agents = " ".join(_header(r, "User-Agent") for r in reqs)
    for ua in (
        "OpenAI/Python",
        "Apache-Maven/",
        "npm/",
        "pip/24.0 {",
        "libdnf",
        "Debian APT-HTTP",
        "containerd/",
        "Helm/3",
        "promtail/",
        "Fluent-Bit",
        "Vector/",
        "Let's Encrypt validation server",
        "cert-manager-challenges/",
        "Google-Site-Verification",
        "Baiduspider",
        "ChirpStack",
    ):
        assert ua in agents, ua


# --- per family: what the receiving servers check -------------------------------------------------------


def test_llm_requests(reqs: list[dict]) -> None:
    """Chat messages have valid roles; a tool message answers an earlier tool call whose arguments are
    JSON; Dify calls carry the app's key; Open WebUI's JWT verifies."""
    roles = {"system", "user", "assistant", "tool"}
    for r in of_family(reqs, "llm-assistant"):
        doc = _json(r) if r["method"] == "POST" else {}
        if "messages" in doc:
            assert doc["messages"] and {m["role"] for m in doc["messages"]} <= roles
            assert doc["messages"][-1]["role"] in {"user", "tool"}
    for r in of_family(reqs, "llm-assistant", "tool-call"):
        doc = _json(r)
        calls = {c["id"]: c for m in doc["messages"] for c in m.get("tool_calls") or []}
        for m in doc["messages"]:
            if m["role"] == "tool":
                assert json.loads(calls[m["tool_call_id"]]["function"]["arguments"])["keyword"]
                assert json.loads(m["content"])["items"]
        assert {t["function"]["name"] for t in doc["tools"]} == {"query_matter", "get_weather_warning"}
        assert r["headers"]["X-Stainless-Lang"] == "python"
    for r in of_family(reqs, "llm-assistant"):
        if r["path"].startswith("/dify/"):
            key = _header(r, "Authorization").removeprefix("Bearer ")
            assert key in (*gen_i.DIFY_APP_KEYS, gen_i.DIFY_DATASET_KEY)
            assert key.startswith("dataset-") == (r["shape"] == "dataset-document")
    for r in of_family(reqs, "llm-assistant", "openwebui"):
        token = r["headers"]["authorization"].removeprefix("Bearer ")
        assert r["headers"]["Cookie"] == f"token={token}" and "exp" in _hs256(token, gen_i.WEBUI_SECRET)
    streams = {_json(r)["stream"] for r in of_family(reqs, "llm-assistant", "chat-completion")}
    assert streams == {True, False}
    text = " ".join(r.get("body", "") for r in of_family(reqs, "llm-assistant"))
    for piece in ("<think>", "O'Brien", "〔2027〕", "|---|", "```", "404 Not Found"):
        assert piece in text, piece


def test_bpm_requests(reqs: list[dict]) -> None:
    """Basic credentials are the engine's users; Flowable variables carry their declared types; Camunda's
    are {value, type}; 发文字号 use 〔〕; deployed BPMN parses and has ${...} conditions."""
    wh = re.compile(r"黔(府办发|府发|数发|府函|办字)〔20\d\d〕\d+号")
    for r in of_family(reqs, "bpm-workflow"):
        if r["shape"] not in {"camunda-task-list", "opinion-form"}:
            user, password = _basic(r)
            assert gen_i.BPM_USERS[user] == password
    types = {bool: "boolean", int: "integer", str: "string"}
    for r in of_family(reqs, "bpm-workflow", "flowable-start"):
        variables = _json(r)["variables"]
        for v in variables:
            assert v["type"] == "json" or types[type(v["value"])] == v["type"], v
        assert wh.fullmatch(next(v["value"] for v in variables if v["name"] == "wh"))
        assert len(json.loads(next(v["value"] for v in variables if v["name"] == "hqrList"))) == 2
    for r in of_family(reqs, "bpm-workflow", "camunda-start"):
        variables = _json(r)["variables"]
        assert all(set(v) == {"value", "type"} for v in variables.values())
        assert wh.fullmatch(variables["wh"]["value"])
        if "attachments" in variables:
            assert json.loads(variables["attachments"]["value"])[0]["name"].endswith(".pdf")
    for r in of_family(reqs, "bpm-workflow", "flowable-deploy"):
        raw = record_body(r)
        xml = raw[raw.index(b"<?xml") : raw.rindex(b"</definitions>") + len(b"</definitions>")]
        root = ET.fromstring(xml)  # noqa: S314 - the generator's own request
        conds = [e.text for e in root.iter("{http://www.omg.org/spec/BPMN/20100524/MODEL}conditionExpression")]
        assert conds and all(c.startswith("${") and c.endswith("}") for c in conds)
    likes = [
        v["value"]
        for r in of_family(reqs, "bpm-workflow", "flowable-query")
        for v in _json(r).get("processInstanceVariables", [])
        if v["operation"] == "like"
    ]
    assert likes and all(v.startswith("%") and v.endswith("%") for v in likes)
    assert any("nameLike" in query1(r) for r in of_family(reqs, "bpm-workflow", "camunda-task-list"))
    assert all(form_fields(r)["yj"] for r in of_family(reqs, "bpm-workflow", "opinion-form"))


def test_etl_requests(reqs: list[dict]) -> None:
    """DataX job JSON (a string inside JSON) has a reader and a writer; the page's JWT verifies; XXL-JOB
    calls carry the access token; DolphinScheduler's task JSON holds SQL; Carte's Basic credentials."""
    for r in of_family(reqs, "etl-scheduler"):
        if r["path"].startswith("/datax-web/"):
            claims = _hs256(_header(r, "Authorization").removeprefix("Bearer "), gen_i.DATAX_JWT_SECRET)
            assert claims["exp"] - claims["iat"] == 86400
    sqls = []
    for r in of_family(reqs, "etl-scheduler", "datax-job-add"):
        job = json.loads(_json(r)["jobJson"])["job"]
        reader = job["content"][0]["reader"]
        assert reader["name"].endswith("reader") and job["content"][0]["writer"]["name"].endswith("writer")
        sqls += reader["parameter"]["connection"][0].get("querySql", [])
    assert sqls and all(re.match(r"(?i)(select|insert) ", s) for s in sqls) and any("${" in s for s in sqls)
    for r in of_family(reqs, "etl-scheduler"):
        if r["shape"].startswith("xxl-"):
            assert r["headers"]["XXL-JOB-ACCESS-TOKEN"] == gen_i.XXL_TOKEN
    for r in of_family(reqs, "etl-scheduler", "xxl-callback"):
        (cb,) = _json(r)
        assert (cb["handleCode"] == 500) == bool(cb["handleMsg"] and re.search("Exception|失败", cb["handleMsg"]))
    for r in of_family(reqs, "etl-scheduler", "ds-process"):
        f = form_fields(r)
        tasks = json.loads(f["taskDefinitionJson"])
        assert all(t["taskType"] == "SQL" and t["taskParams"]["sql"] for t in tasks)
        assert {rel["postTaskCode"] for rel in json.loads(f["taskRelationJson"])} == {t["code"] for t in tasks}
        assert json.loads(f["globalParams"])[0]["value"] == "$[yyyyMMdd-1]"
        assert r["headers"]["token"] == gen_i.DS_TOKEN
    for r in of_family(reqs, "etl-scheduler", "ds-schedule"):
        assert len(json.loads(form_fields(r)["schedule"])["crontab"].split()) == 7  # Quartz, with the year field
    for r in of_family(reqs, "etl-scheduler", "kettle-carte"):
        assert _basic(r) == gen_i.CARTE and r["path"].startswith("/kettle/")


def test_registry_tokens_and_paths(reqs: list[dict]) -> None:
    """Bearer tokens verify (RS256) and grant pull on the very repository the request names; the token
    service's Basic credentials are the robots'; manifests accept OCI and Docker media types."""
    for r in of_family(reqs, "container-registry"):
        auth = _header(r, "Authorization")
        if auth.startswith("Bearer "):
            claims = _rs256(auth.removeprefix("Bearer "))
            assert claims["aud"] == "harbor-registry" and claims["exp"] - claims["iat"] == 1800
            m = re.fullmatch(r"/v2/(.+)/(manifests|blobs|tags)/.*", urllib.parse.urlsplit(r["path"]).path)
            if m:
                assert claims["access"] == [{"type": "repository", "name": m.group(1), "actions": ["pull"]}]
    for r in of_family(reqs, "container-registry", "token"):
        user, password = _basic(r)
        assert gen_i.REGISTRY_ROBOTS[user] == password
        q = urllib.parse.parse_qs(urllib.parse.urlsplit(r["path"]).query)
        assert q["account"] == [user] and q["service"] == ["harbor-registry"]
        assert all(re.fullmatch(r"repository:[a-z0-9/_-]+:pull(,push)?", s) for s in q["scope"])
    for r in of_family(reqs, "container-registry", "manifest"):
        assert "application/vnd.oci.image.index.v1+json" in r["headers"]["Accept"]
    for r in of_family(reqs, "container-registry", "blob"):
        assert re.search(r"/blobs/sha256:[0-9a-f]{64}$", r["path"])
    assert Counter(r["method"] for r in of_family(reqs, "container-registry", "manifest")) == {"GET": 15, "HEAD": 15}
    assert any("q=tags%3D~" in r["path"] for r in of_family(reqs, "container-registry", "harbor-api"))


def test_mirror_requests(reqs: list[dict]) -> None:
    for r in of_family(reqs, "artifact-mirror", "maven-artifact"):
        m = re.fullmatch(
            r"/repository/[\w-]+/(.+)/([^/]+)/([^/]+)/\2-\3(-sources)?\.(pom|jar)(\.sha1|\.sha256)?", r["path"]
        )
        assert m, r["path"]
        assert (m.group(1).replace("/", "."), m.group(2), m.group(3)) in gen_i.MAVEN
    for r in of_family(reqs, "artifact-mirror", "npm-packument"):
        name = urllib.parse.unquote(r["path"].rsplit("/", 1)[-1])
        assert name == r["headers"]["pacote-pkg-id"].removeprefix("registry:")
    assert any("%2f" in r["path"] for r in of_family(reqs, "artifact-mirror", "npm-packument"))
    for r in of_family(reqs, "artifact-mirror", "npm-audit"):
        assert all(isinstance(v, list) for v in _json(r).values())
    for r in of_family(reqs, "artifact-mirror"):
        ua = _header(r, "User-Agent")
        if ua.startswith("pip/"):
            info = json.loads(ua.split(" ", 1)[1])
            assert info["installer"] == {"name": "pip", "version": "24.0"}
    for r in of_family(reqs, "artifact-mirror", "goproxy"):
        assert not re.search(r"[A-Z]", r["path"].removeprefix("/repository/go-proxy/"))
    assert any("!burnt!sushi" in r["path"] for r in of_family(reqs, "artifact-mirror", "goproxy"))


def test_log_shipping(reqs: list[dict]) -> None:
    """Loki pushes carry nanosecond string timestamps; LogQL ranges are ordered; Fluentd's json= field,
    ndjson lines and GELF documents decode; the lines carry SQL, stack traces and request lines."""
    lines = []
    for r in of_family(reqs, "log-shipping", "loki-push"):
        for stream in _json(r)["streams"]:
            assert stream["stream"]["env"] == "prod"
            for ts, line in stream["values"]:
                assert re.fullmatch(r"\d{19}", ts)
                lines.append(line)
    for r in of_family(reqs, "log-shipping", "logql-query"):
        q = query1(r)
        assert int(q["start"]) < int(q["end"]) and q["query"].count("{") >= 1
    for r in of_family(reqs, "log-shipping", "fluentd-http"):
        lines.append(json.loads(form_fields(r)["json"])["message"])
    for r in of_family(reqs, "log-shipping"):
        if content_type(r) == "application/x-ndjson":
            assert r["body"].endswith("\n")
            for doc in map(json.loads, r["body"].splitlines()):
                lines.append(doc.get("message") or doc["log"])
    for r in of_family(reqs, "log-shipping", "gelf"):
        doc = _json(r)
        assert doc["version"] == "1.1" and doc["short_message"] and ("\n" in doc.get("full_message", "\n"))
    text = "\n".join(lines)
    for piece in ("==>  Preparing: SELECT", "\n\tat com.gz.", '" 200 ', "Rows_examined", "[AUDIT]"):
        assert piece in text, piece


def test_cap_alerts(reqs: list[dict]) -> None:
    """Pushes are signed HMAC-SHA256(timestamp \\n body); CAP documents parse in the 1.2 namespace, with
    closed polygons and references on updates and cancels; relayed CAP decodes to the same schema."""
    docs = []
    for r in of_family(reqs, "cap-alert"):
        if "X-Signature" in r["headers"]:
            ts = r["headers"]["X-Timestamp"]
            want = hmac.new(gen_i.ALERT_SECRET.encode(), f"{ts}\n{r['body']}".encode(), hashlib.sha256).hexdigest()
            assert r["headers"]["X-Signature"] == want
        if r["shape"].startswith("cap-") and r["shape"] != "cap-json-relay":
            docs.append((r["shape"], r["body"]))
    for r in of_family(reqs, "cap-alert", "cap-json-relay"):
        doc = _json(r)
        xml = base64.b64decode(doc["content"]).decode() if doc["encoding"] == "base64" else doc["content"]
        docs.append(("relay", xml))
    kinds = Counter()
    for shape, xml in docs:
        root = ET.fromstring(xml.encode())  # noqa: S314 - the generator's own request
        assert root.tag == f"{CAP}alert"
        msg_type = root.findtext(f"{CAP}msgType")
        kinds[msg_type] += 1
        assert (
            shape == "relay"
            or msg_type == {"cap-alert-push": "Alert", "cap-update": "Update", "cap-cancel": "Cancel"}[shape]
        )
        refs = root.findtext(f"{CAP}references")
        assert (refs is None) == (msg_type == "Alert")
        if refs:
            assert len(refs.split(",")) == 3
        assert re.fullmatch(r"\d{14}_\d{14}", root.findtext(f"{CAP}identifier"))
        pts = root.findtext(f"{CAP}info/{CAP}area/{CAP}polygon").split()
        assert len(pts) >= 4 and pts[0] == pts[-1]
        assert root.findtext(f"{CAP}info/{CAP}severity") in {"Minor", "Moderate", "Severe", "Extreme"}
    assert set(kinds) == {"Alert", "Update", "Cancel"}
    assert all("&amp;type=cap</web>" in x for _, x in docs)  # the page URL's & escaped in XML


def test_iot_pushes(reqs: list[dict]) -> None:
    """OneNET signatures recompute (Base64(MD5(token + nonce + msg))); CTWing's APPdata and ChirpStack's
    data are base64; SL 651 frames start 7E7E, end with ETX and CRC-16/MODBUS."""

    def onenet(nonce: str, msg: str) -> str:
        raw = hashlib.md5(f"{gen_i.ONENET_TOKEN}{nonce}{msg}".encode(), usedforsecurity=False).digest()
        return base64.b64encode(raw).decode()

    for r in of_family(reqs, "iot-telemetry", "onenet-verify"):
        q = query1(r)
        assert q["signature"] == onenet(q["nonce"], q["msg"])
    for r in of_family(reqs, "iot-telemetry", "onenet-push"):
        doc = _json(r)
        msg = json.dumps(doc["msg"], ensure_ascii=False, separators=(",", ":"))
        assert doc["msg_signature"] == onenet(doc["nonce"], msg)
    for r in of_family(reqs, "iot-telemetry", "ctwing-report"):
        doc = _json(r)
        assert json.loads(base64.b64decode(doc["payload"]["APPdata"]))["ds"]
        assert re.fullmatch(r"86\d{13}", doc["IMEI"])
    for r in of_family(reqs, "iot-telemetry", "chirpstack-event"):
        doc = _json(r)
        if "data" in doc:
            assert base64.b64decode(doc["data"], validate=True)
        assert query1(r)["event"] in {"up", "join", "status"}
    for r in of_family(reqs, "iot-telemetry"):
        if r["shape"].startswith("iotda-"):
            assert re.fullmatch(r"\d{8}T\d{6}Z", _json(r)["event_time"])
    for r in of_family(reqs, "iot-telemetry", "sl651-frame"):
        frame = bytes.fromhex(_json(r)["frame"])
        crc = 0xFFFF
        for byte in frame[:-2]:
            crc ^= byte
            for _ in range(8):
                crc = (crc >> 1) ^ 0xA001 if crc & 1 else crc >> 1
        assert frame[:2] == b"\x7e\x7e" and frame[-3] == 0x03 and frame[-2:] == crc.to_bytes(2, "big")
        assert frame[3:8].hex() == _json(r)["stcd"] and frame[13] == 0x02
        assert int.from_bytes(frame[11:13], "big") == len(frame) - 14 - 3


def test_kiosk_signs_and_id_cards(reqs: list[dict]) -> None:
    for r in of_family(reqs, "hall-kiosk"):
        h = r["headers"]
        if "sign" in h:
            want = hashlib.md5(f"{h['deviceNo']}{h['timestamp']}{gen_i.KIOSK_SECRET}".encode(), usedforsecurity=False)
            assert h["sign"] == want.hexdigest().upper()
    for r in of_family(reqs, "hall-kiosk", "take-number"):
        card = _json(r)["idCard"]
        assert id_number_ok(card["idNum"]) and card["address"].startswith("贵州省")
    for r in of_family(reqs, "hall-kiosk", "take-number-photo"):
        doc = _json(r)
        photo = base64.b64decode(doc["photo"], validate=True)
        assert photo[:3] == b"\xff\xd8\xff" and photo[-2:] == b"\xff\xd9" and id_number_ok(doc["idNum"])
    for r in of_family(reqs, "hall-kiosk", "print-receipt"):
        assert "━" in _json(r)["text"] and "\n" in _json(r)["text"]


def _fee(amount: float) -> float:
    """《诉讼费用交纳办法》第十三条(一): 不超过 1 万元 50 元; then 2.5 %, 2 %, 1.5 %, 1 %, 0.9 %, 0.8 %, 0.7 %,
    0.6 % on the parts above 1万, 10万, 20万, 50万, 100万, 200万, 500万, 1000万; 0.5 % above 2000万."""
    bounds = [10_000, 100_000, 200_000, 500_000, 1_000_000, 2_000_000, 5_000_000, 10_000_000, 20_000_000, 10**12]
    rates = [0.025, 0.02, 0.015, 0.01, 0.009, 0.008, 0.007, 0.006, 0.005]
    fee = 50.0
    for lo, hi, rate in zip(bounds[:-1], bounds[1:], rates, strict=True):
        fee += max(0.0, min(amount, hi) - lo) * rate
    return round(fee, 2)


def test_litigation_fee_known_values() -> None:
    assert gen_i.litigation_fee(8_000) == 50 and gen_i.litigation_fee(100_000) == 2_300
    assert gen_i.litigation_fee(1_000_000) == 13_800 and gen_i.litigation_fee(30_000_000) == 191_800


def test_litigation_requests(reqs: list[dict]) -> None:
    """预交诉讼费 follows the statutory brackets; 案号 have the 规定's shape; parties' identifiers carry check
    characters; 律师 执业证号 have 17 digits; uploads are PDFs."""
    case_no = re.compile(r"[（(〔]20\d\d[）)〕]黔\d{2,4}(民初|民终|执|执保|行初|刑初|商初|知民初)\d+号")
    for r in of_family(reqs, "litigation-service", "case-filing"):
        doc = _json(r)
        assert doc["yjssf"] == f"{_fee(float(doc['bde'])):.2f}"
        for p in doc["yg"] + doc["bg"]:
            assert id_number_ok(p["zjhm"]) if p["lx"] == "自然人" else uscc_ok(p["tyshxydm"])
        assert doc["ssqq"].startswith("1. ") and "诉讼费" in doc["ssqq"]
        if doc["dlr"]:
            assert re.fullmatch(r"\d{17}", doc["dlr"]["zyzh"])
    for r in of_family(reqs, "litigation-service"):
        q = query1(r) if r["method"] == "GET" else {}
        if r["shape"] == "case-query":
            assert case_no.fullmatch(q["ah"]), q["ah"]
        if r["shape"] == "lawyer-appointment":
            f = form_fields(r)
            assert case_no.fullmatch(f["ah"]) and re.fullmatch(r"\d{17}", f["zyzh"])
        if r["shape"] == "service-receipt":
            assert case_no.fullmatch(_json(r)["ah"])
        if r["shape"] == "procuratorate" and r["method"] == "POST":
            assert re.fullmatch(r"黔.+〔20\d\d〕\d+号", _json(r)["wh"]) and id_number_ok(_json(r)["sfzh"])
    for r in of_family(reqs, "litigation-service", "doc-upload"):
        assert b"Content-Type: application/pdf\r\n\r\n%PDF-" in record_body(r)
    brackets = {p for r in of_family(reqs, "litigation-service", "case-query") for p in query1(r)["ah"][:1]}
    assert brackets == {"（", "(", "〔"}


def test_site_verification(reqs: list[dict]) -> None:
    """ACME tokens are 32 random bytes in base64url; DCV file names are the MD5 of one of the site's CSRs,
    whose signatures verify and whose names are the site's."""
    for r in of_family(reqs, "site-verification"):
        if r["shape"].startswith("acme-"):
            token = r["path"].removeprefix("/.well-known/acme-challenge/")
            assert re.fullmatch(r"[A-Za-z0-9_-]{43}", token) and len(_unb64url(token)) == 32
    md5s = {}
    for domain, der in gen_i.CSRS.items():
        csr = x509.load_der_x509_csr(der)
        assert csr.is_signature_valid
        assert csr.subject.get_attributes_for_oid(x509.NameOID.COMMON_NAME)[0].value == domain
        md5s[hashlib.md5(der, usedforsecurity=False).hexdigest().upper()] = domain
    names = {
        r["path"].rsplit("/", 1)[1].removesuffix(".txt") for r in of_family(reqs, "site-verification", "pki-validation")
    }
    assert names <= set(md5s) and len(names) >= 3
    assert all(r["headers"]["User-Agent"] == gen_i.LE_UA for r in of_family(reqs, "site-verification", "acme-http01"))


def test_identifiers_carry_their_check_digits(reqs: list[dict]) -> None:
    """公民身份号码 wherever the families send them in clear, in paths, forms and JSON."""
    text = " ".join(urllib.parse.unquote(r["path"]) + " " + urllib.parse.unquote_plus(r.get("body", "")) for r in reqs)
    ids = set(re.findall(r"(?<![0-9A-Za-z])52\d{15}[0-9X](?![0-9A-Za-z])", text))
    assert len(ids) > 80
    assert all(id_number_ok(n) for n in ids)
