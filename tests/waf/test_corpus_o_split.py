"""Corpus O (tests/waf/data/gen_cms_corpus_o.py): its split and its requests, without a WAF.

Fast tests, in their own module like test_corpus_n_split.py. Nothing here sends O through the WAF: O's
false-positive count is the lead's, after a tuning round on O's tuning part (docs/waf.md, held-out
discipline). The per-family checks look only at the requests themselves, the way the receiving servers
would: 公民身份号码 and 统一社会信用代码 check characters, NMEA checksums and Basic credentials of NTRIP
requests, 度分秒 that equal their decimal degrees, RINEX headers in their columns, data.cma.cn time ranges and
station lists, 裁判文书网 query conditions, HL7 V3 and CDA documents whose 性别 and 出生 agree with the 身份证,
ORCID and CAS check characters, 档号 that agree with their paths, MD5 digests of uploaded files, HMAC-signed
callbacks and uploads whose bytes are what their parts say. Never a WAF verdict.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import hmac
import io
import json
import re
import urllib.parse
import xml.etree.ElementTree as ET

from tests.waf.corpus_checks import (
    assert_headers_sent,
    assert_new_families,
    assert_regenerates,
    assert_sized,
    assert_sound_requests,
    assert_split_as_written,
    cas_ok,
    common_file_ok,
    content_type,
    corpus_fixtures,
    form_fields,
    header,
    id_number_ok,
    json_body,
    media_types,
    multipart_parts,
    of_family,
    orcid_ok,
    query1,
    record_body,
    upload_fields,
    upload_files,
    uscc_ok,
    zip_names,
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
from tests.waf.data import gen_cms_corpus_k as gen_k
from tests.waf.data import gen_cms_corpus_l as gen_l
from tests.waf.data import gen_cms_corpus_m as gen_m
from tests.waf.data import gen_cms_corpus_n as gen_n
from tests.waf.data import gen_cms_corpus_o as gen_o

PINNED_HELD_OUT = (
    "degree-verify",
    "govcloud-ticket",
    "journal-submission",
)  # written once from the docstring's rule: a change of family names would re-split

corpus, reqs = corpus_fixtures(gen_o)

HL7 = "{urn:hl7-org:v3}"


def _xml(text: str | bytes) -> ET.Element:
    return ET.fromstring(text)  # noqa: S314 - the generator's own records, no external input


def _file_ok(p: dict) -> bool:
    data, kind = p["data"], p["type"]
    common = common_file_ok(data, kind)
    if common is not None:
        return common
    if kind == "application/ofd":
        return "OFD.xml" in zip_names(data)
    if kind == "application/vnd.google-earth.kml+xml":
        return _xml(data).tag == "{http://www.opengis.net/kml/2.2}kml"
    if kind == "application/octet-stream":  # RINEX observation files
        return data.decode("ascii").splitlines()[0].endswith("RINEX VERSION / TYPE")
    if kind in ("text/plain", "text/csv"):
        return bool(data.decode("utf-8").strip())
    return False


def _dms(text: str) -> float:
    m = re.fullmatch(r"(\d+)°(\d{2})'(\d{2}(?:\.\d+)?)\"([NSEW])", text)
    assert m, text
    value = int(m.group(1)) + int(m.group(2)) / 60 + float(m.group(3)) / 3600
    return -value if m.group(4) in "SW" else value


def _nmea_ok(sentence: str) -> bool:
    m = re.fullmatch(r"\$([^*]+)\*([0-9A-F]{2})", sentence)
    if not m:
        return False
    x = 0
    for ch in m.group(1):
        x ^= ord(ch)
    return f"{x:02X}" == m.group(2)


# --- the split, the size and the record contract ----------------------------------------------------


def test_regenerating_gives_the_committed_files(corpus: tuple[list[dict], list[dict]]) -> None:
    assert_regenerates(*corpus, gen_o.TUNING_FILE, gen_o.HELD_OUT_FILE)


def test_large_enough_and_tagged(reqs: list[dict]) -> None:
    assert_sized(reqs, gen_o, (125, 160), min_requests=1500, min_families=11, min_shapes=8)


def test_the_split_is_the_rule_written_down(corpus: tuple[list[dict], list[dict]]) -> None:
    """Whole families and (family, shape) groups are on one side only; the held-out families are the
    ones the docstring's rule picks (pinned: a change of family names would re-split)."""
    earlier = (gen_c, gen_d, gen_e, gen_f, gen_g, gen_h, gen_i, gen_j, gen_k, gen_l, gen_m, gen_n)
    assert_split_as_written(corpus, gen_o, "corpus-o/", PINNED_HELD_OUT, earlier, parts=(843, 768))


def test_o_shares_no_family_with_a_to_n(reqs: list[dict]) -> None:
    assert_new_families(reqs, gen_b, gen_c, gen_d, gen_e, gen_f, gen_g, gen_h, gen_i, gen_j, gen_k, gen_l, gen_m, gen_n)


def test_every_record_is_a_request_its_server_reads_back(reqs: list[dict]) -> None:
    """Well formed, held to O's own sources and methods, and read back exactly by a plain http.server."""
    assert_sound_requests(reqs, gen_o.check, gen_n.SOURCES["utility-billing"])


def test_the_request_kinds_it_was_made_for(reqs: list[dict]) -> None:
    """Browser JSON and jQuery forms, multipart uploads, XML documents from enterprise software, script
    clients, NTRIP receivers, signed callbacks."""
    assert {r["method"] for r in reqs} == {"GET", "POST"}
    ctypes = media_types(reqs)
    assert ctypes["application/json"] >= 400 and ctypes["multipart/form-data"] >= 200
    assert ctypes["application/x-www-form-urlencoded"] >= 120
    assert ctypes["text/xml"] + ctypes["application/xml"] >= 150
    assert_headers_sent(
        reqs,
        ("Ntrip-Version", "Ntrip-GGA", "SOAPAction", "X-Signature", "cftk", "X-Requested-With", "Authorization"),
    )
    assert sum(header(r, "User-Agent").startswith(("python-requests/", "curl/")) for r in reqs) >= 60


def test_multipart_uploads_decode(reqs: list[dict]) -> None:
    """Every uploaded file is what its part's Content-Type says (PDF, PNG, DOCX and OFD zips, KML, RINEX, text)."""
    uploads = [r for r in reqs if content_type(r).startswith("multipart/form-data")]
    assert len(uploads) >= 200
    for r in uploads:
        for p in multipart_parts(r):
            assert p["filename"] is None or _file_ok(p), (r["label"], p["name"], p["type"])


# --- the families, checked the way their receiving servers would ------------------------------------


def test_govcloud_tickets(reqs: list[dict]) -> None:
    """Cases carry a product and one of its business types and what the operator pasted; case ids in paths
    have their date and serial; list windows open before they close."""
    f = "govcloud-ticket"
    for r in of_family(reqs, f, "case-create"):
        doc = json_body(r)
        assert doc["business_type_id"] in gen_o.PRODUCTS[doc["product_category_id"]][1]
        assert any(text in doc["simple_description"] for text in gen_o.LOGS + gen_o.CONFIGS)
        assert re.fullmatch(r"ops\d{3}@example\.gov\.cn", doc["remind_mail"]) and header(r, "cftk")
    for shape in ("case-message", "case-detail", "case-rate"):
        for r in of_family(reqs, f, shape):
            assert re.match(r"/v2/servicerequest/cases/CS20\d{6}\d{6}(/|\?)", r["path"])
    for r in of_family(reqs, f, "case-list"):
        q = query1(r)
        assert q["query_start_time"] < q["query_end_time"] and int(q["limit"]) == 10
    for r in of_family(reqs, f, "resource-apply"):
        doc = json_body(r)
        assert all(e["flavor"] in gen_o.FLAVORS and e["image"] in gen_o.IMAGES for e in doc["ecs"])
        assert all(re.fullmatch(r"10\.52\.\d+\.0/(16|24)", rule["source"]) for rule in doc["secGroupRules"])


def test_xinchuang_applications(reqs: list[dict]) -> None:
    """Applicants carry valid 统一社会信用代码; the pasted uname is the stated architecture's; JDBC URLs are the
    domestic drivers'; consultations are strictly parsed forms."""
    f = "xinchuang-adapt"
    for r in of_family(reqs, f, "adapt-apply"):
        doc = json_body(r)
        assert uscc_ok(doc["tyxydm"]) and set(doc["cpu"]) <= set(gen_o.CPUS) and set(doc["os"]) <= set(gen_o.OSES)
    for r in of_family(reqs, f, "env-info"):
        doc = json_body(r)
        assert doc["arch"] in doc["uname"] and doc["jdbcUrl"].startswith(
            ("jdbc:dm:", "jdbc:kingbase8:", "jdbc:gbase", "jdbc:oscar:")
        )
    for r in of_family(reqs, f, "report-upload"):
        assert all(p["filename"].endswith("_兼容性测试报告.pdf") for p in upload_files(r))
    for r in of_family(reqs, f, "migrate-consult"):
        assert form_fields(r)["wt"] in gen_o.DIALECT_QUESTIONS


def test_met_api_queries(reqs: list[dict]) -> None:
    """data.cma.cn queries, raw or encoded: timeRange [start,end] with start < end, known stations, known
    elements, rectangles with min < max, latLons as lat/lon pairs around 贵州."""
    f = "met-data-share"
    for r in (x for x in reqs if x["family"] == f and x["shape"].startswith("api-")):
        q = query1(r)
        assert r["path"].startswith("/api?") and q["interfaceId"] and q["dataCode"]
        if "timeRange" in q:
            a, b = re.fullmatch(r"\[(\d{14}),(\d{14})\]", q["timeRange"]).groups()
            assert a < b
        if "staIDs" in q:
            assert set(q["staIDs"].split(",")) <= set(gen_o.MET_STATIONS)
        if "elements" in q and q["dataCode"] == "SURF_CHN_MUL_DAY":
            assert set(q["elements"].split(",")) <= set(gen_o.DAY_ELEMENTS)
        if "minLat" in q:
            assert float(q["minLat"]) < float(q["maxLat"]) and float(q["minLon"]) < float(q["maxLon"])
        if "latLons" in q:
            for pair in q["latLons"].split(","):
                lat, lon = map(float, pair.split("/"))
                assert 26 < lat < 27.5 and 106 < lon < 107.5
    for r in of_family(reqs, f, "data-apply"):
        fields = upload_fields(r)
        a, b = re.fullmatch(r"\[(\d{8}),(\d{8})\]", fields["timeRange"]).groups()
        assert a < b and set(fields["staIDs"].split(",")) <= set(gen_o.MET_STATIONS)


def test_ntrip_and_cors_requests(reqs: list[dict]) -> None:
    """NTRIP 2.0: Basic credentials of a CORS account, GGA sentences with a valid checksum; 度分秒 equal
    their decimal degrees; RINEX headers name the marker and antenna height the form gives."""
    f = "cors-gnss"
    for r in of_family(reqs, f, "sourcetable") + of_family(reqs, f, "mount-stream"):
        user, _, password = base64.b64decode(header(r, "Authorization")[6:]).decode().partition(":")
        assert re.fullmatch(r"gzcors\d{5}", user) and password
        assert header(r, "Ntrip-Version") == "Ntrip/2.0" and header(r, "User-Agent").startswith("NTRIP ")
    for r in of_family(reqs, f, "mount-stream"):
        gga = header(r, "Ntrip-GGA")
        assert _nmea_ok(gga) and r["path"][1:] in gen_o.MOUNTS
        fields = gga.split(",")
        lat = int(fields[2][:2]) + float(fields[2][2:]) / 60
        assert 26 < lat < 27.5
    for r in of_family(reqs, f, "coord-transform"):
        for p in json_body(r)["points"]:
            assert abs(_dms(p["B"]) - p["Bdeg"]) < 1e-6 and abs(_dms(p["L"]) - p["Ldeg"]) < 1e-6
    for r in of_family(reqs, f, "rinex-upload"):
        fields, (rnx,) = upload_fields(r), upload_files(r)
        lines = rnx["data"].decode("ascii").splitlines()
        labels = {line[60:]: line[:60] for line in lines if len(line) > 60}
        assert labels["MARKER NAME"].strip() == fields["dm"] and rnx["filename"].startswith(fields["dm"])
        assert float(labels["ANTENNA: DELTA H/E/N"][:14]) == float(fields["txgd"])
        assert labels["ANT # / TYPE"][20:40].rstrip() == fields["txxh"].rstrip()
    for r in of_family(reqs, f, "account-apply"):
        doc = json_body(r)
        assert uscc_ok(doc["tyxydm"]) and id_number_ok(doc["sfzh"])


def test_uav_plans(reqs: list[dict]) -> None:
    """Polygons' 度分秒 equal their decimal vertices; GeoJSON rings close; tracks go forward in time; KML
    routes parse; 实名 登记 carries a valid 身份证."""
    f = "uav-flight-plan"
    for r in of_family(reqs, f, "flight-apply"):
        doc = json_body(r)
        assert 0 < doc["zgd"] <= 120 and doc["kssj"] < doc["jssj"]
        if doc["kylx"] == "圆形":
            lat, lng = doc["zx"].split(" ")
            assert abs(_dms(lat) - doc["zxLat"]) < 1 / 3600 and abs(_dms(lng) - doc["zxLng"]) < 1 / 3600
        else:
            for v in doc["gd"]:
                lat, lng = v["dms"].split(" ")
                assert abs(_dms(lat) - v["lat"]) < 1 / 3600 and abs(_dms(lng) - v["lng"]) < 1 / 3600
    for r in of_family(reqs, f, "geojson-check"):
        (ring,) = json_body(r)["features"][0]["geometry"]["coordinates"]
        assert ring[0] == ring[-1] and len(ring) == 5
    for r in of_family(reqs, f, "flight-report"):
        ts = [p["t"] for p in json_body(r)["points"]]
        assert ts == sorted(ts) and len(set(ts)) == len(ts)
    for r in of_family(reqs, f, "kml-upload"):
        (kml,) = upload_files(r)
        coords = _xml(kml["data"]).find(".//{http://www.opengis.net/kml/2.2}coordinates").text.split()
        assert len(coords) == 4 and all(len(c.split(",")) == 3 for c in coords)
    for r in of_family(reqs, f, "real-name-register"):
        assert id_number_ok(json_body(r)["sfzh"])


def test_wenshu_conditions(reqs: list[dict]) -> None:
    """queryCondition is a JSON list of known keys; 案号 follow the 最高院 rule; 裁判日期 ranges read "a TO b";
    ciphertext decodes to ASCII carrying a date."""
    f = "judgment-docs"
    keys = {"s21", "s11", "s7", "s2", "cprq", "s17", "s18", "s49", "s45", "s9"}
    for r in (x for x in reqs if x["family"] == f):
        fields = form_fields(r)
        text = "".join(chr(int(b, 2)) for b in fields["ciphertext"].split(" "))
        assert text.isascii() and re.search(r"20\d{6}", text)
        if r["shape"] == "doc-detail":
            assert fields["cfg"].endswith("@docInfoSearch")
            continue
        conditions = json.loads(fields["queryCondition"])
        assert fields["cfg"] == gen_o.WENSHU_CFG and {c["key"] for c in conditions} <= keys
        for c in conditions:
            if c["key"] == "s7":
                assert re.fullmatch(r"（20\d{2}）黔\d{2,4}(民初|民终|刑初|行初|执)\d{1,4}号", c["value"])
            if c["key"] == "cprq":
                a, b = c["value"].split(" TO ")
                assert a[:4] == b[:4] and a < b


def test_health_messages(reqs: list[dict]) -> None:
    """HL7 V3 messages and CDA documents parse; the 身份证 under root 2.16.156.10011.1.3 is valid and the
    registered 性别 and 出生日期 are the ones it encodes; SOAP wrappers carry a message that parses."""
    f = "health-info-exchange"

    def check_person(root: ET.Element) -> None:
        ids = [e.get("extension") for e in root.iter() if e.get("root") == "2.16.156.10011.1.3"]
        assert ids and all(id_number_ok(i) for i in ids)
        gender = root.find(f".//{HL7}administrativeGenderCode")
        if gender is not None:
            assert gender.get("code") == ("1" if int(ids[0][16]) % 2 else "2")
            assert root.find(f".//{HL7}birthTime").get("value") == ids[0][6:14]

    tags = {
        "patient-register": "PRPA_IN201311UV02",
        "patient-query": "PRPA_IN201305UV02",
        "provider-register": "PRPM_IN301010UV01",
        "cda-submit": "ClinicalDocument",
    }
    for shape, tag in tags.items():
        for r in of_family(reqs, f, shape):
            root = _xml(r["body"])
            assert root.tag == HL7 + tag
            check_person(root)
    for r in of_family(reqs, f, "hip-soap"):
        env = _xml(r["body"])
        server = env.find(".//{urn:hl7-org:v3}HIPMessageServer")
        inner = _xml(server.find(f"{HL7}message").text)
        action = server.find(f"{HL7}action").text
        assert (inner.tag == HL7 + "PRPA_IN201311UV02") == (action == "PatientRegistry")
        check_person(inner)
    for r in of_family(reqs, f, "lab-result"):
        doc = json_body(r)
        assert id_number_ok(doc["sfzh"]) and header(r, "X-Org-Code") == doc["jgdm"] in gen_o.ORGS


def test_journal_submissions(reqs: list[dict]) -> None:
    """Authors' ORCID iDs carry their MOD 11-2 check character; references are GB/T 7714 entries; manuscripts
    are Word documents."""
    f = "journal-submission"
    for r in of_family(reqs, f, "manuscript-meta"):
        doc = json_body(r)
        assert all(orcid_ok(a["orcid"]) for a in doc["zz"]) and sum(a["tx"] for a in doc["zz"]) == 1
    for r in of_family(reqs, f, "references-check"):
        refs = json_body(r)["refs"]
        assert all(re.match(r"\[\d\] .+\[(J|M|S|EB/OL)\]", ref) for ref in refs)
    for r in of_family(reqs, f, "manuscript-upload"):
        assert all(p["type"] == gen_m.DOCX_CT for p in upload_files(r))
    for r in of_family(reqs, f, "review-submit"):
        assert form_fields(r)["cxd"] in "ABC"


def test_degree_certificates(reqs: list[dict]) -> None:
    """证书 编号 open on a known 院校代码 and carry a known 层次; batch CSVs parse and agree with their numbers."""
    f = "degree-verify"

    def cert_ok(no: str) -> bool:
        return bool(re.fullmatch(r"\d{18}", no)) and no[:5] in gen_o.UNIVS and no[10:12] in gen_o.LEVELS

    for r in of_family(reqs, f, "cert-query"):
        assert cert_ok(form_fields(r)["zsbh"])
    for r in of_family(reqs, f, "chsi-vcode"):
        assert re.fullmatch(r"[A-Z0-9]{16}", query1(r)["vcode"])
    for r in of_family(reqs, f, "batch-check"):
        (data,) = (p["data"] for p in upload_files(r))
        rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
        assert rows[0] == ["姓名", "证书编号", "学历层次", "备注"]
        for _, no, level, _ in rows[1:]:
            assert cert_ok(no) and gen_o.LEVELS[no[10:12]] == level
    for r in of_family(reqs, f, "overseas-apply"):
        doc = json_body(r)
        assert doc["yx"] in {u[0] for u in gen_o.OVERSEAS} and doc["rxsj"] < doc["bysj"]


def test_official_documents(reqs: list[dict]) -> None:
    """公文 XML names an issuer that owns its 机关代字; 发文字号 use 〔〕; 回执 callbacks carry their HMAC;
    exchange nodes are 机关 统一社会信用代码 (11…)."""
    f = "edoc-exchange"
    no_re = re.compile(r"(黔府办发|黔府发|筑府办发|黔人社发|黔数发)〔20\d{2}〕\d{1,3}号")
    for r in of_family(reqs, f, "send-doc"):
        root = _xml(r["body"])
        no = root.find("版头/发文字号").text
        assert no_re.fullmatch(no) and root.find("主体/发文机关署名").text == gen_o.ISSUERS[no.split("〔")[0]]
        assert root.find("版头/发文机关标志").text == root.find("版记/印发机关").text + "文件"
    for r in of_family(reqs, f, "receipt-callback"):
        expected = hmac.new(gen_o.EX_KEY.encode(), (header(r, "X-Timestamp") + "\n" + r["body"]).encode(), "sha256")
        assert hmac.compare_digest(header(r, "X-Signature"), expected.hexdigest())
        assert no_re.fullmatch(json_body(r)["fwzh"])
    for r in (x for x in reqs if x["family"] == f):
        node = header(r, "X-Exchange-Node")
        assert not node or (node.startswith("11") and uscc_ok(node))
    for r in of_family(reqs, f, "attachment-upload"):
        assert no_re.fullmatch(upload_fields(r)["fwzh"])
        assert all(p["filename"].endswith(".ofd") for p in upload_files(r))


def test_archive_codes_paths_and_digests(reqs: list[dict]) -> None:
    """档号 agree with their 全宗号, 年度, 保管期限 and 件号 and with the file paths; uploads carry the MD5 of
    their bytes; a manifest counts its items."""
    f = "earchive-transfer"
    code_re = re.compile(r"(X001|X014|J052)-WS·(20\d{2})-(Y|D30|D10)-([A-Z]+)-(\d{4})")
    for r in of_family(reqs, f, "metadata-xml"):
        root = _xml(r["body"])
        m = code_re.fullmatch(root.find("档号").text)
        assert m and root.find("全宗号").text == m.group(1) and root.find("年度").text == m.group(2)
        assert root.find("保管期限").text == gen_o.RETENTION[m.group(3)] and root.find("件号").text == m.group(5)
        assert root.find("计算机文件名").text == "/".join([m.group(1), "WS", *m.groups()[1:], m.group(0)]) + "-001.pdf"
        assert re.fullmatch(r"[0-9a-f]{32}", root.find("数字摘要").text)
    for r in of_family(reqs, f, "file-upload"):
        fields, (p,) = upload_fields(r), upload_files(r)
        assert hashlib.md5(p["data"], usedforsecurity=False).hexdigest() == fields["md5"]
        assert code_re.fullmatch(fields["dh"]) and fields["path"].endswith(fields["dh"] + "-001." + p["filename"][-3:])
    for r in of_family(reqs, f, "transfer-manifest"):
        doc = json_body(r)
        assert doc["js"] == len(doc["items"])
        for item in doc["items"]:
            assert code_re.fullmatch(item["dh"]) and all(item["dh"] in path for path in item["wj"])


def test_ectd_checksums_and_cas(reqs: list[dict]) -> None:
    """eCTD backbones parse, their leaves carry MD5 checksums and module-3 paths; leaf uploads carry the MD5 of
    their file; CAS 登记号 carry their check digit; 受理号 have their kind and year."""
    f = "drug-registration"
    for r in of_family(reqs, f, "ectd-backbone"):
        root = _xml(r["body"])
        leaves = [e for e in root.iter("leaf") if e.get("checksum")]
        assert leaves and all(re.fullmatch(r"[0-9a-f]{32}", e.get("checksum")) for e in leaves)
        href = "{http://www.w3c.org/1999/xlink}href"
        assert all(e.get(href).startswith("m3/32-body-data/32s-drug-sub/") for e in leaves)
    for r in of_family(reqs, f, "leaf-upload"):
        fields, (p,) = upload_fields(r), upload_files(r)
        assert hashlib.md5(p["data"], usedforsecurity=False).hexdigest() == fields["checksum"]
        assert fields["href"].endswith("/" + p["filename"])
    for r in of_family(reqs, f, "cn-regional"):
        assert cas_ok(_xml(r["body"]).find(".//cas-number").text)
    for r in of_family(reqs, f, "application-form"):
        doc = json_body(r)
        assert cas_ok(doc["cas"]) and uscc_ok(doc["tyxydm"])
    for r in of_family(reqs, f, "acceptance-query"):
        assert re.fullmatch(r"(CYHS|CXHS|JXHS|CYHB)2[5-7]\d{5}", query1(r)["slh"])


def test_identifiers_carry_their_check_digits(reqs: list[dict]) -> None:
    """公民身份号码 and 统一社会信用代码 wherever the families send them in clear, in paths, forms, JSON and XML."""
    text = " ".join(
        urllib.parse.unquote(r["path"]) + " " + urllib.parse.unquote_plus(record_body(r).decode("utf-8", "replace"))
        for r in reqs
    )
    ids = set(re.findall(r"(?<![0-9A-Za-z])52\d{15}[0-9X](?![0-9A-Za-z])", text))
    assert len(ids) > 120 and all(id_number_ok(n) for n in ids)
    codes = set(re.findall(r"(?<![0-9A-Z])(?:91|92|93|11)52\d{4}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Z])", text))
    assert len(codes) >= 40 and all(uscc_ok(code) for code in codes)
