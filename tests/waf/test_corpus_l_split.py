"""Corpus L (tests/waf/data/gen_cms_corpus_l.py): its split and its requests, without a WAF.

Fast tests, in their own module like test_corpus_j_split.py. Nothing here sends L through the WAF: L's
false-positive count is the lead's, after a tuning round on L's tuning part (docs/waf.md, held-out
discipline). The per-family checks look only at the requests themselves, the way the receiving servers
would: 公民身份号码 and 统一社会信用代码 check characters, bank-card Luhn digits, HJ 212 packets' lengths and
CRC16, 界址点 rings and their declared areas, GPX/KML tracks that parse, 电梯 注册代码 structure, order and
subsidy sums, time ranges, and uploads whose bytes are what their parts say. Never a WAF verdict.
"""

from __future__ import annotations

import csv
import io
import re
import urllib.parse
import xml.etree.ElementTree as ET
from datetime import datetime

from tests.waf.corpus_checks import (
    assert_headers_sent,
    assert_new_families,
    assert_regenerates,
    assert_sized,
    assert_sound_requests,
    assert_split_as_written,
    content_type,
    corpus_fixtures,
    form_fields,
    header,
    id_number_ok,
    json_body,
    media_types,
    multipart_parts,
    of_family,
    query1,
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
from tests.waf.data import gen_cms_corpus_l as gen_l

PINNED_HELD_OUT = (
    "health-commission",
    "cyber-report",
    "agri-rural",
)  # written once from the docstring's rule: a change of family names would re-split


corpus, reqs = corpus_fixtures(gen_l)


def _fields(rec: dict) -> dict[str, str]:
    return {p["name"]: p["data"].decode() for p in multipart_parts(rec) if p["filename"] is None}


def _files(rec: dict) -> list[dict]:
    files = [p for p in multipart_parts(rec) if p["filename"] is not None]
    assert files, rec["label"]
    return files


def _file_ok(p: dict) -> bool:
    data, kind = p["data"], p["type"]
    if kind == "image/jpeg":
        return data[:3] == b"\xff\xd8\xff" and data[-2:] == b"\xff\xd9"
    if kind == "image/png":
        return data[:8] == b"\x89PNG\r\n\x1a\n" and data.endswith(b"IEND\xaeB`\x82")
    if kind == "application/pdf":
        return data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    return True


def _luhn_ok(n: str) -> bool:
    total = 0
    for i, d in enumerate(reversed(n)):
        v = int(d) * (2 if i % 2 else 1)
        total += v - 9 if v > 9 else v
    return bool(re.fullmatch(r"\d{16,19}", n)) and total % 10 == 0


# --- the split, the size and the record contract ----------------------------------------------------


def test_regenerating_gives_the_committed_files(corpus: tuple[list[dict], list[dict]]) -> None:
    assert_regenerates(*corpus, gen_l.TUNING_FILE, gen_l.HELD_OUT_FILE)


def test_large_enough_and_tagged(reqs: list[dict]) -> None:
    assert_sized(reqs, gen_l, (125, 160), min_requests=1500, min_families=11, min_shapes=8)


def test_the_split_is_the_rule_written_down(corpus: tuple[list[dict], list[dict]]) -> None:
    """Whole families and (family, shape) groups are on one side only; the held-out families are the
    ones the docstring's rule picks (pinned: a change of family names would re-split)."""
    earlier = (gen_c, gen_d, gen_e, gen_f, gen_g, gen_h, gen_i, gen_j)
    assert_split_as_written(corpus, gen_l, "corpus-l/", PINNED_HELD_OUT, earlier, parts=(892, 812))


def test_l_shares_no_family_with_a_to_j(reqs: list[dict]) -> None:
    assert_new_families(reqs, gen_b, gen_c, gen_d, gen_e, gen_f, gen_g, gen_h, gen_i, gen_j)


def test_every_record_is_a_request_its_server_reads_back(reqs: list[dict]) -> None:
    """Well formed, held to L's own sources and methods, and read back exactly by a plain http.server."""
    assert_sound_requests(reqs, gen_l.check, gen_j.SOURCES["consumer-complaint"])


def test_the_request_kinds_it_was_made_for(reqs: list[dict]) -> None:
    """Browser and 小程序 JSON, forms, multipart uploads, HJ 212 text packets; app and 小程序 headers."""
    assert {r["method"] for r in reqs} == {"GET", "POST"}
    ctypes = media_types(reqs)
    assert ctypes["application/json"] >= 500 and ctypes["multipart/form-data"] >= 180
    assert ctypes["application/x-www-form-urlencoded"] >= 120 and ctypes["text/plain"] >= 20
    assert_headers_sent(reqs, ("charset", "X-App-Id", "X-App-Version", "Authorization", "X-Requested-With", "Origin"))
    assert sum(header(r, "Referer").startswith("https://servicewechat.com/wx") for r in reqs) >= 150


def test_multipart_uploads_decode(reqs: list[dict]) -> None:
    """Every uploaded file is what its part's Content-Type says (JPEG, PNG and PDF framing)."""
    uploads = [r for r in reqs if content_type(r).startswith("multipart/form-data")]
    for r in uploads:
        for p in multipart_parts(r):
            assert _file_ok(p), (r["label"], p["name"], p["type"])


# --- the families, checked the way their receiving servers would ------------------------------------


def test_legal_service_requests(reqs: list[dict]) -> None:
    """Questions quote 法条 by 第…条; 公证 bookings name a listed 事项 and 时段 and a valid 身份证; 法律援助
    applications carry one of the statute's 事项 and a valid 身份证; 律师 执业证号 are 17 digits."""
    f = "public-legal-service"
    for r in of_family(reqs, f, "consult-submit"):
        assert re.search(r"《[^》]+》第[一二三四五六七八九十百千零]+条", json_body(r)["wtms"])
    for r in of_family(reqs, f, "notary-booking"):
        doc = json_body(r)
        assert doc["gzsx"] in gen_l.NOTARY_ITEMS and doc["yysd"] in gen_l.SLOTS and id_number_ok(doc["sqr"]["zjhm"])
    for r in of_family(reqs, f, "legal-aid-apply"):
        fields = _fields(r)
        assert fields["sxlx"] in gen_l.AID_MATTERS and id_number_ok(fields["sfzh"])
    for r in of_family(reqs, f, "lawyer-search"):
        assert re.fullmatch(r"|1\d{16}", query1(r)["zyzh"])


def test_agri_sums_and_cards(reqs: list[dict]) -> None:
    """补贴 申请: 型号 from the catalogue, 总价 = 单价 × 数量, 补贴 = 标准 × 数量, Luhn-valid card; 价格 上报:
    最低 ≤ 平均 ≤ 最高 and 平均 = (最低 + 最高) / 2."""
    f = "agri-rural"
    models = {m[2]: m for m in gen_l.MACHINES}
    for r in of_family(reqs, f, "machine-apply"):
        doc = json_body(r)
        jj, bt = doc["jj"], doc["bt"]
        assert models[jj["xh"]][4] == bt["bzbz"] and jj["ccbh"].startswith(jj["xh"].split("-")[0])
        assert jj["zj"] == jj["dj"] * jj["sl"] and bt["zybt"] == bt["bzbz"] * jj["sl"] < jj["zj"]
        assert _luhn_ok(doc["yhkh"]) and id_number_ok(doc["gjz"]["sfzh"])
    for r in of_family(reqs, f, "price-report"):
        for item in json_body(r)["items"]:
            assert item["zdj"] <= item["pjj"] <= item["zgj"]
            assert item["pjj"] == round((item["zdj"] + item["zgj"]) / 2, 2)
    for r in of_family(reqs, f, "card-change"):
        fields = form_fields(r)
        assert _luhn_ok(fields["ykh"]) and id_number_ok(fields["sfzh"])


def test_road_transport_records(reqs: list[dict]) -> None:
    """从业资格证号 is the driver's 公民身份号码; 道路运输证号 name a city and its 区划; reported road events end
    after they start."""
    f = "road-transport"
    for r in of_family(reqs, f, "driver-qualification"):
        doc = json_body(r)
        assert doc["cyzgzh"] == doc["sfzh"] and id_number_ok(doc["sfzh"])
    for r in of_family(reqs, f, "vehicle-cert-query"):
        cert = query1(r)["dlyszh"]
        m = re.fullmatch(r"黔交运管(.)字(\d{6})\d{6}号", cert)
        assert cert == "" or (m and gen_l.TRANSPORT_CITIES[m.group(1)] == m.group(2))
    for r in of_family(reqs, f, "road-event-report"):
        doc = json_body(r)
        assert doc["yjjssj"] > doc["kssj"] and doc["lxmc"].startswith(doc["lxbh"])
    for r in of_family(reqs, f, "complaint-12328"):
        doc = json_body(r)
        assert re.fullmatch(r"1[3578]\d{9}", doc["lxdh"]) and doc["xxms"]


def test_market_codes_and_items(reqs: list[dict]) -> None:
    """电梯 注册代码: a listed 设备代码, a district, a year and a serial, its 类型 named after the code;
    送检 items name their 规程; 复检 applicants' codes check."""
    f = "market-inspection"
    for r in of_family(reqs, f, "elevator-report"):
        doc = json_body(r)
        m = re.fullmatch(r"(\d{4})(\d{6})(\d{4})(\d{6})", doc["zcdm"])
        assert m and gen_l.ELEVATOR_KINDS[m.group(1)] == doc["sblx"] and m.group(2) in gen_l.DISTRICTS
        assert 2005 <= int(m.group(3)) <= 2026
    instruments = {i[0]: i for i in gen_l.INSTRUMENTS}
    for r in of_family(reqs, f, "metrology-apply"):
        doc = json_body(r)
        assert uscc_ok(doc["tyxydm"])
        for item in doc["items"]:
            assert instruments[item["qjmc"]][1:] == (item["clfw"], item["zqddj"], item["jdyj"])
    for r in of_family(reqs, f, "recheck-apply"):
        assert uscc_ok(_fields(r)["tyxydm"]) and _files(r)[0]["type"] == "application/pdf"


def _hj212_ok(packet: str) -> None:
    m = re.fullmatch(r"##(\d{4})(.*)([0-9A-F]{4})\r\n", packet, re.S)
    assert m and int(m.group(1)) == len(m.group(2)), packet[:40]
    assert gen_l.hj212_crc(m.group(2)) == int(m.group(3), 16)
    assert re.match(r"QN=\d{17};ST=3[12];CN=20[156]1;PW=\d+;MN=\d{14};Flag=\d;CP=&&DataTime=\d{14};", m.group(2))
    cp = m.group(2).split("CP=&&", 1)[1].removesuffix("&&")
    values = dict(kv.split("=", 1) for kv in re.split(r"[;,]", cp))
    for code in {k.split("-")[0] for k in values if "-" in k}:
        if f"{code}-Avg" in values:
            assert float(values[f"{code}-Min"]) <= float(values[f"{code}-Avg"]) <= float(values[f"{code}-Max"])


def _hj212_crc_reference(data: bytes) -> int:
    crc = 0xFFFF
    for byte in data:
        crc = (crc >> 8) ^ byte
        for _ in range(8):
            crc = (crc >> 1) ^ 0xA001 if crc & 1 else crc >> 1
    return crc


def test_environment_packets_and_permits(reqs: list[dict]) -> None:
    """HJ 212 packets: the four-digit length is the data segment's, the CRC16 recomputes, Min ≤ Avg ≤ Max;
    排污许可证编号 are a valid 统一社会信用代码, a serial and a letter; 自行监测 CSVs say 达标 truthfully."""
    f = "eco-environment"
    assert gen_l.hj212_crc("QN=1;ST=31") == _hj212_crc_reference(b"QN=1;ST=31")
    packets = [r["body"] for r in of_family(reqs, f, "hj212-forward")]
    packets += [p for r in of_family(reqs, f, "hj212-batch") for p in json_body(r)["packets"]]
    assert len(packets) >= 40
    for p in packets:
        _hj212_ok(p)
    for r in of_family(reqs, f, "permit-detail"):
        no = query1(r)["xkzbh"]
        assert uscc_ok(no[:18]) and re.fullmatch(r"\d{3}[PQR]", no[18:])
    for r in of_family(reqs, f, "self-monitor-upload"):
        (p,) = _files(r)
        rows = list(csv.DictReader(io.StringIO(p["data"].decode("utf-8-sig"))))
        for row in rows:
            v, limit = float(row["监测结果"]), float(row["标准限值"])
            ok = v >= limit if row["监测项目"].startswith("CaCO3") else v <= limit
            assert (row["是否达标"] == "是") == ok
    for r in of_family(reqs, f, "monitor-api"):
        q = query1(r)
        start, end = (datetime.strptime(q[k], "%Y-%m-%d %H:%M:%S") for k in ("startTime", "endTime"))
        assert (end - start).total_seconds() == 86400 and re.fullmatch(r"\d{4}A", q["stationCode"])


def test_health_records(reqs: list[dict]) -> None:
    """出生医学证明: parents' 身份证 check, 编号 a letter and nine digits; 执业证书编码 structure; 就诊人 valid."""
    f = "health-commission"
    for r in of_family(reqs, f, "birth-cert-apply"):
        doc = json_body(r)
        assert id_number_ok(doc["mq"]["sfzh"]) and id_number_ok(doc["fq"]["sfzh"]) and 2000 <= doc["cstz"] <= 5000
    for r in of_family(reqs, f, "birth-cert-verify"):
        assert re.fullmatch(r"[A-Z]\d{9}", query1(r)["bh"])
    for r in of_family(reqs, f, "physician-search"):
        code = query1(r)["zyzsbm"]
        assert code == "" or (re.fullmatch(r"[12][1-4]\d{13}", code) and code[2:8] in gen_l.DISTRICTS)
    for r in of_family(reqs, f, "appointment-book"):
        assert id_number_ok(json_body(r)["jzr"]["sfzh"])


def test_tourism_orders_add_up(reqs: list[dict]) -> None:
    """Each visitor's price is its ticket type's and the order total their sum; seats add up; 非遗 编号
    agree with the 类别 searched."""
    f = "culture-tourism"
    for r in of_family(reqs, f, "scenic-book"):
        doc = json_body(r)
        assert doc["scenicName"] == gen_l.SCENIC[doc["scenicCode"]] and doc["timeSlot"] in gen_l.TIME_SLOTS
        assert all(v["price"] == gen_l.TICKETS[v["ticketType"]] and id_number_ok(v["idNo"]) for v in doc["visitors"])
        assert doc["totalAmount"] == sum(v["price"] for v in doc["visitors"])
    for r in of_family(reqs, f, "show-ticket"):
        doc = json_body(r)
        assert doc["amount"] == sum(s["price"] for s in doc["seats"])
        assert all(s["desc"] == f"{s['area']} {s['row']}排 {s['col']}号" for s in doc["seats"])
    for r in of_family(reqs, f, "ich-search"):
        q = query1(r)
        if q["lb"] and q["bh"]:
            assert gen_l.ICH_CATEGORIES[q["bh"].split("-")[0]] == q["lb"]


def test_water_tracks_parse(reqs: list[dict]) -> None:
    """GPX and KML uploads parse; track times increase and points lie in 贵州; 巡河 日志 durations match
    their times; 水库 超汛限 flags agree with the levels."""
    f = "water-resources"
    ns = {"g": "http://www.topografix.com/GPX/1/1", "k": "http://www.opengis.net/kml/2.2"}
    for r in of_family(reqs, f, "patrol-gpx-upload"):
        (p,) = _files(r)
        root = ET.fromstring(p["data"])  # noqa: S314 - the generator's own records
        pts = root.findall(".//g:trkpt", ns)
        times = [pt.find("g:time", ns).text for pt in pts]
        assert len(pts) >= 8 and times == sorted(times) and len(set(times)) == len(times)
        assert all(24 < float(pt.get("lat")) < 30 and 103 < float(pt.get("lon")) < 110 for pt in pts)
    for r in of_family(reqs, f, "patrol-kml-import"):
        (p,) = _files(r)
        coords = ET.fromstring(p["data"]).find(".//k:coordinates", ns).text.split()  # noqa: S314
        assert len(coords) >= 8 and all(103 < float(c.split(",")[0]) < 110 for c in coords)
    for r in of_family(reqs, f, "patrol-log"):
        doc = json_body(r)
        start, end = (datetime.strptime(doc[k], "%Y-%m-%d %H:%M:%S") for k in ("kssj", "jssj"))
        assert (end - start).total_seconds() == doc["xhsc"] * 60
    for r in of_family(reqs, f, "reservoir-push"):
        doc = json_body(r)
        assert doc["cxx"] == (doc["rz"] > doc["fsltdz"]) and gen_l.RESERVOIRS[doc["stcd"]][1] == doc["fsltdz"]
    for r in of_family(reqs, f, "river-level"):
        assert query1(r)["stcd"] in gen_l.STATIONS


def _shoelace_ha(pts: list[tuple[float, float]]) -> float:
    s = sum(pts[i][0] * pts[i + 1][1] - pts[i + 1][0] * pts[i][1] for i in range(len(pts) - 1))
    return round(abs(s) / 2 / 10000, 4)


def test_boundary_coordinates(reqs: list[dict]) -> None:
    """界址点 TXT (UTF-8 or GBK as declared): each ring is closed, has the count it declares, its Y values
    carry the 带号, and the declared 公顷 is its area; JSON checks and 拐点 strings agree likewise."""
    f = "natural-resources"
    for r in of_family(reqs, f, "boundary-upload"):
        (p,) = _files(r)
        text = p["data"].decode(_fields(r)["encoding"].lower())
        head, _, blocks = text.partition("[地块坐标]\r\n")
        zone = int(re.search(r"带号=(\d+)", head).group(1))
        assert "坐标系=2000国家大地坐标系" in head
        lines = blocks.strip().split("\r\n")
        while lines:
            count, area = lines[0].split(",")[:2]
            ring = [tuple(map(float, ln.split(",")[2:4])) for ln in lines[1 : 1 + int(count)]]
            assert len(ring) == int(count) and ring[0] == ring[-1] and lines[0].endswith(",@")
            assert all(int(y // 1_000_000) == zone for _, y in ring)
            assert abs(_shoelace_ha(ring) - float(area)) < 0.0002
            lines = lines[1 + int(count) :]
    for r in of_family(reqs, f, "boundary-check"):
        doc = json_body(r)
        ring = [(p["x"], p["y"]) for p in doc["points"]]
        assert abs(_shoelace_ha([*ring, ring[0]]) - doc["mj"]) < 0.0002
        assert all(int(y // 1_000_000) == doc["dh"] for _, y in ring)
    for r in of_family(reqs, f, "mining-apply"):
        doc = json_body(r)
        corners = doc["gdzb"].split(";")
        assert len(corners) == doc["gds"] and [c.split(",")[0] for c in corners] == [
            str(i + 1) for i in range(doc["gds"])
        ]
        assert uscc_ok(doc["tyxydm"]) and re.fullmatch(r"C520000\d{16}", doc["xkzh"])
    for r in of_family(reqs, f, "parcel-search"):
        code = query1(r)["zddm"]
        assert code[:6] in gen_l.DISTRICTS
        assert len(code) == 12 or re.fullmatch(r"\d{12}(GB|GX|JA|JC)\d{5}", code)


def test_reported_urls_and_texts(reqs: list[dict]) -> None:
    """Reported addresses are absolute http(s) URLs; the quoted 原文 is the text the reporter pasted; APP
    reports name a package and an .apk link."""
    f = "cyber-report"
    texts = {t for _, _, t in gen_l.PHISHING}
    for r in of_family(reqs, f, "report-submit"):
        doc = json_body(r)
        url = urllib.parse.urlsplit(doc["bjbwz"])
        assert url.scheme in {"http", "https"} and url.netloc
        assert any(t in doc["jbnr"] for t in texts)
    for r in of_family(reqs, f, "report-form"):
        fields = form_fields(r)
        assert urllib.parse.urlsplit(fields["url"]).scheme in {"http", "https"} and fields["content"] in texts
    for r in of_family(reqs, f, "app-report"):
        doc = json_body(r)
        assert doc["xzlj"].endswith(".apk") and re.fullmatch(r"com(\.\w+)+", doc["bm"])


def test_exit_entry_and_residence(reqs: list[dict]) -> None:
    """Applicants' 身份证 check; 通行证 numbers are C and eight characters; 居住证 applicants have lived
    there half a year or more."""
    f = "exit-entry-hukou"
    for r in of_family(reqs, f, "entry-booking"):
        doc = json_body(r)
        assert gen_l.EE_DOCS[doc["zjzl"]] == doc["zjmc"] and id_number_ok(doc["sqr"]["sfzh"])
    for r in of_family(reqs, f, "endorsement-apply"):
        assert re.fullmatch(r"C[0-9A-HJ-NP-Y]\d{7}", json_body(r)["txzh"])
    for r in of_family(reqs, f, "migration-booking"):
        assert id_number_ok(json_body(r)["sqr"]["sfzh"])
    for r in of_family(reqs, f, "residence-permit-apply"):
        fields = _fields(r)
        since, applied = (datetime.strptime(fields[k], "%Y-%m-%d") for k in ("jzqsrq", "sqrq"))
        assert (applied - since).days >= 180 and id_number_ok(fields["sfzh"])
        assert {p["type"] for p in _files(r)} == {"image/jpeg", "application/pdf"}


def test_veterans_records(reqs: list[dict]) -> None:
    """优待证 applicants enlisted before they retired and their 身份证 check; photos are JPEGs."""
    f = "veterans-service"
    for r in of_family(reqs, f, "card-apply"):
        doc = json_body(r)
        assert doc["rwsj"] < doc["twsj"] and id_number_ok(doc["sfzh"])
    for r in of_family(reqs, f, "card-photo"):
        assert [p["type"] for p in _files(r)] == ["image/jpeg"]
    for r in of_family(reqs, f, "training-signup"):
        assert json_body(r)["pxxm"] in gen_l.TRAININGS


def test_identifiers_carry_their_check_digits(reqs: list[dict]) -> None:
    """公民身份号码 and 统一社会信用代码 wherever the families send them in clear, in paths, forms and JSON."""
    text = " ".join(urllib.parse.unquote(r["path"]) + " " + urllib.parse.unquote_plus(r.get("body", "")) for r in reqs)
    ids = set(re.findall(r"(?<![0-9A-Za-z])52\d{15}[0-9X](?![0-9A-Za-z])", text))
    assert len(ids) > 300 and all(id_number_ok(n) for n in ids)
    codes = set(re.findall(r"(?<![0-9A-Z])(?:91|92|93|12|52)52\d{4}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Z])", text))
    assert len(codes) >= 40 and all(uscc_ok(code) for code in codes)
