"""Corpus AC (tests/waf/data/gen_cms_corpus_ac.py): its split and its requests, without a WAF.

Fast tests, in their own module like test_corpus_ab_split.py. Nothing here sends AC through the WAF: AC's
false-positive count is the lead's, after a tuning round on AC's tuning part (docs/waf.md, held-out
discipline). The per-family checks look only at the requests themselves, the way the receiving services
would: 兽药 追溯码 layouts (申请 date, 企业 标识) against their 批准 文号 and scan times; 处方 doses times weights and
休药期 end dates; 检疫 对象 Latin names of each consignment; soil values within their methods' ranges and XLSX
workbooks read back; "3414" designs; 配方 肥 nutrients, weights and sums; species counts that add up; points inside
四川, the reservoirs and the reserves; fishing days outside the 禁渔期; 耳标 layouts; 保费 shares in 分; parcels'
亩 from their GeoJSON rings; 查勘 photos after the 报案; 理算 and 补偿 formulas; track distances and bearings
recomputed; 酶 抑制率 and 胶体金 verdicts; 身份 证号 and 统一 社会 信用 代码 check characters; times in order;
uploads that are what their type says. Never a WAF verdict.
"""

from __future__ import annotations

import base64
import io
import json
import math
import re
import xml.etree.ElementTree as ET
import zipfile
from collections import Counter
from datetime import date, datetime, timedelta
from decimal import Decimal
from itertools import pairwise

from tests.waf.corpus_checks import (
    assert_headers_sent,
    assert_new_families,
    assert_regenerates,
    assert_sized,
    assert_sound_requests,
    assert_split_as_written,
    assert_uploads_decode,
    content_type,
    corpus_fixtures,
    earlier_generators,
    form_fields,
    header,
    id_number_ok,
    in_box,
    json_body,
    media_types,
    of_family,
    query1,
    upload_fields,
    upload_files,
    upload_types,
    uscc_ok,
    written_text,
    zip_names,
)
from tests.waf.data import gen_cms_corpus_ab as gen_ab
from tests.waf.data import gen_cms_corpus_ac as gen_ac

PINNED_HELD_OUT = (
    "soil-test-fertilizer",
    "vet-prescription-clinic",
    "pest-forecast-station",
)  # written once from the docstring's rule: a change of family names would re-split
PINNED_HELD_GROUPS = {  # the (family, shape) groups of the other families the rule holds out (first byte % 4 == 0)
    ("agri-extension-qa", "question-page"),
    ("agri-insurance-claim", "loss-report"),
    ("agri-insurance-claim", "survey-photo-upload"),
    ("agri-product-rapid-test", "page-beacon"),
    ("forest-fire-patrol", "fire-season-page"),
    ("forest-fire-patrol", "hotspot-feedback"),
    ("forest-fire-patrol", "mountain-entry-register"),
    ("forest-fire-patrol", "roster-query"),
    ("reservoir-fishing-log", "permit-query"),
    ("variety-breed-registration", "seed-label-scan"),
    ("variety-breed-registration", "variety-query"),
    ("vet-drug-traceability", "catalog-page"),
    ("wetland-wildlife-monitor", "bird-census"),
    ("wetland-wildlife-monitor", "damage-claim"),
}

EARLIER = earlier_generators("ab")

corpus, reqs = corpus_fixtures(gen_ac)

SC_BOX = ((97.35, 108.55), (26.05, 34.32))  # 四川's extent, as the map service checks it
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
SHEET = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
TRACE = re.compile(r"(\d{8})(\d{5})(\d{11})")
APPROVAL = re.compile(r"兽药字\((\d{4})\)(\d{2})(\d{3})(\d{4})")


def _second(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%d %H:%M:%S")


def _day(text: str) -> date:
    return datetime.strptime(text, "%Y-%m-%d").date()


def _sc_id(idno: str) -> bool:
    return id_number_ok(idno) and idno[:6] in gen_ac.SC


def _sc_party(code: str) -> bool:
    """A farm's code: a 四川 统一 社会 信用 代码 or 身份 证号."""
    return (uscc_ok(code) and code[2:8] in gen_ac.SC) or _sc_id(code)


def _in_sc(lng: float | str, lat: float | str) -> bool:
    return in_box(SC_BOX, lng, lat)


def _jpeg(raw: bytes) -> bool:
    return raw[:3] == b"\xff\xd8\xff" and raw[-2:] == b"\xff\xd9"


def _exif(raw: bytes) -> bool:
    return _jpeg(raw) and raw[3:4] == b"\xe1" and raw[6:12] == b"Exif\x00\x00"


def _b64_jpeg(text: str) -> bool:
    return _jpeg(base64.b64decode(text, validate=True))


def _haversine(lng1: float, lat1: float, lng2: float, lat2: float) -> float:
    """Great-circle metres (mean Earth radius 6371 km), as the map SDKs compute them."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lng2 - lng1) / 2) ** 2
    return 2 * 6371000 * math.asin(math.sqrt(a))


def _bearing(lng1: float, lat1: float, lng2: float, lat2: float) -> float:
    p1, p2, dl = math.radians(lat1), math.radians(lat2), math.radians(lng2 - lng1)
    y = math.sin(dl) * math.cos(p2)
    x = math.cos(p1) * math.sin(p2) - math.sin(p1) * math.cos(p2) * math.cos(dl)
    return math.degrees(math.atan2(y, x)) % 360


def _ring_mu(ring: list[list[float]]) -> float:
    """A small GeoJSON ring's area in 亩 (1 亩 = 2000/3 ㎡), projected about its first point."""
    k = math.cos(math.radians(ring[0][1]))
    pts = [(x * 111320 * k, y * 110540) for x, y in ring[:-1]]
    twice = sum(a[0] * b[1] - b[0] * a[1] for a, b in zip(pts, pts[1:] + pts[:1], strict=True))
    return abs(twice) / 2 / (2000 / 3)


def _sheet(raw: bytes) -> list[list[str]]:
    """An XLSX workbook's first sheet as text cells, read the way a server's importer reads it."""
    assert {"xl/workbook.xml", "xl/worksheets/sheet1.xml", "[Content_Types].xml"} <= zip_names(raw)
    with zipfile.ZipFile(io.BytesIO(raw)) as z:
        root = ET.fromstring(z.read("xl/worksheets/sheet1.xml"))  # noqa: S314 - the generator's own records
    rows = []
    for row in root.iter(f"{SHEET}row"):
        cells = []
        for cell in row.iter(f"{SHEET}c"):
            t = cell.find(f"{SHEET}is/{SHEET}t")
            cells.append(t.text if t is not None else cell.findtext(f"{SHEET}v"))
        rows.append(cells)
    return rows


def _xlsx_uploads(rec: dict) -> bool:
    return content_type(rec).startswith("multipart/form-data") and XLSX in upload_types(rec)


def _trace_ok(code: str, upto: date | None = None) -> bool:
    """A 兽药 追溯码: a real 申请 date (not after ``upto``), a known 企业 标识, 11 random digits."""
    m = TRACE.fullmatch(code)
    if not m or m.group(2) not in gen_ac.VET_FIRMS:
        return False
    applied = datetime.strptime(m.group(1), "%Y%m%d").date()
    return upto is None or applied <= upto


def _open_season(d: date) -> bool:
    """Not in 四川's 禁渔期 (3月1日 - 6月30日)."""
    return not 3 <= d.month <= 6


# --- the split, the size and the record contract ----------------------------------------------------


def test_regenerating_gives_the_committed_files(corpus: tuple[list[dict], list[dict]]) -> None:
    assert_regenerates(*corpus, gen_ac.TUNING_FILE, gen_ac.HELD_OUT_FILE)


def test_large_enough_and_tagged(reqs: list[dict]) -> None:
    assert_sized(reqs, gen_ac, (130, 130), min_requests=1500, min_families=11, min_shapes=10)


def test_the_split_is_the_rule_written_down(corpus: tuple[list[dict], list[dict]]) -> None:
    """Whole families and (family, shape) groups are on one side only; the held-out families are the
    ones the docstring's rule picks (pinned: a change of family names would re-split)."""
    earlier = EARLIER[1:]  # C-AB: B has no SEED of its own to compare
    assert_split_as_written(corpus, gen_ac, "corpus-ac/", PINNED_HELD_OUT, earlier, parts=(988, 572))
    groups = {(r["family"], r["shape"]) for r in corpus[1] if r["family"] not in PINNED_HELD_OUT}
    assert groups == PINNED_HELD_GROUPS


def test_ac_shares_no_family_with_a_to_ab(reqs: list[dict]) -> None:
    assert EARLIER[-1] is gen_ab
    assert_new_families(reqs, *EARLIER)


def test_every_record_is_a_request_its_server_reads_back(reqs: list[dict]) -> None:
    """Well formed, held to AC's own sources and methods, and read back exactly by a plain http.server."""
    assert_sound_requests(reqs, gen_ac.check, gen_ab.SOURCES["city-one-code"])


def test_the_request_kinds_it_was_made_for(reqs: list[dict]) -> None:
    """Page navigations (at least 200), axios and jQuery calls, a form POST from an H5 page, 微信 and 小程序
    requests, Apps, field devices (测报灯, 孢子 仪, 北斗 terminals, 快检 readers, 湿地 RTU), back ends (XML too),
    uploads and beacons."""
    assert {r["method"] for r in reqs} == {"GET", "POST"}
    ctypes = media_types(reqs)
    assert ctypes[""] >= 450 and ctypes["application/json"] >= 550 and ctypes["multipart/form-data"] >= 170
    assert ctypes["application/x-www-form-urlencoded"] >= 120 and ctypes["text/plain"] >= 150
    assert ctypes["text/xml"] >= 13
    assert_headers_sent(
        reqs,
        (
            "X-Requested-With",
            "Authorization",
            "charset",
            "Cookie",
            "Origin",
            "X-App-Id",
            "X-Device-Sn",
            "X-Terminal-Id",
        ),
    )
    assert sum(header(r, "Sec-Fetch-Mode") == "navigate" for r in reqs) >= 200
    assert sum("MicroMessenger" in header(r, "User-Agent") for r in reqs) >= 450
    assert sum("MiniProgramEnv" in header(r, "User-Agent") for r in reqs) >= 110
    assert sum("iPhone" in header(r, "User-Agent") for r in reqs) >= 150
    assert sum(header(r, "User-Agent").startswith("okhttp/") for r in reqs) >= 130
    firmware = Counter(header(r, "User-Agent").split("/")[0] for r in reqs)
    assert {k: firmware[k] for k in ("TQ-CBD", "TQ-BZ", "BD-HH", "BD-Term", "NC-Reader", "GoldReader", "SD-RTU")} == {
        "TQ-CBD": 26,
        "TQ-BZ": 13,
        "BD-HH": 26,
        "BD-Term": 13,
        "NC-Reader": 13,
        "GoldReader": 13,
        "SD-RTU": 13,
    }
    backends = ("Apache-HttpClient/", "Go-http-client/", "Java/", "python-requests/")
    assert sum(header(r, "User-Agent").startswith(backends) for r in reqs) >= 100


def test_multipart_uploads_decode(reqs: list[dict]) -> None:
    """Photos, screenshots and PDFs are what their type says; XLSX workbooks open and carry their sheet."""
    assert_uploads_decode(
        [r for r in reqs if not _xlsx_uploads(r)],
        140,
        {"application/pdf": ".pdf", "image/jpeg": ".jpg", "image/png": ".png"},
    )
    books = [r for r in reqs if _xlsx_uploads(r)]
    assert len(books) == 26
    for r in books:
        (p,) = upload_files(r)
        assert p["filename"].endswith(".xlsx") and p["data"][:4] == b"PK\x03\x04" and _sheet(p["data"])


def test_text_is_real_text(reqs: list[dict]) -> None:
    """The corpus carries what these services really carry: Latin names, units, formulas, full-width punctuation
    and 四川话 among the Chinese."""
    bodies = written_text(reqs)
    marks = (
        "Spodoptera frugiperda",
        "Candidatus Liberibacter asiaticus",
        "Puccinia striiformis f. sp. tritici",
        "mg/kg",
        "N-P2O5-K2O",
        "兽药字(",
        "×",
        "（",
        "）",
        "，",
        "。",
        "、",
        "啥子",
        "一人一杆一线一钩",
    )
    assert all(mark in bodies for mark in marks), [m for m in marks if m not in bodies]


# --- the families, checked the way their receiving servers would ------------------------------------


def test_vet_drug_traceability(reqs: list[dict]) -> None:
    """追溯码 of a known firm applied for before the scan; 批准 文号 of that firm (省份 and 企业 序号); counts that
    are the codes scanned; 包装 关联 of one firm's codes; 库存 that balance; buyers' codes with check characters."""
    f = "vet-drug-traceability"
    for r in of_family(reqs, f, "scan-query"):
        assert _trace_ok(query1(r)["code"])
    for shape in ("inbound-scan", "outbound-scan"):
        for r in of_family(reqs, f, shape):
            d = json_body(r)
            scanned = _second(d["scanTime"]).date()
            firms = {TRACE.fullmatch(x).group(2) for x in d["codes"]}
            assert d["count"] == len(d["codes"]) and all(_trace_ok(x, scanned) for x in d["codes"]) and len(firms) == 1
            m = APPROVAL.fullmatch(d["approvalNo"])
            assert m and (int(m.group(2)), m.group(3)) == gen_ac.VET_FIRMS[firms.pop()][1:]
            assert d["dealerLicense"] in gen_ac.DEALERS and d["drugName"] in gen_ac.VET_DRUGS
            assert d["type"] == {"inbound-scan": "IN", "outbound-scan": "OUT"}[shape]
            if shape == "outbound-scan":
                assert _sc_party(d["buyerCode"])
    for r in of_family(reqs, f, "approval-query"):
        assert APPROVAL.fullmatch(query1(r)["pzwh"])
    for r in of_family(reqs, f, "package-relation"):
        d = json_body(r)
        at = _second(d["relateTime"]).date()
        assert d["entFlag"] == header(r, "X-Ent-Flag") and d["entName"] == gen_ac.VET_FIRMS[d["entFlag"]][0]
        for box in d["boxes"]:
            codes = [box["parent"], *box["children"]]
            assert all(_trace_ok(x, at) and x[8:13] == d["entFlag"] for x in codes) and len(set(codes)) == len(codes)
    for r in of_family(reqs, f, "stock-report"):
        for x in json_body(r)["rows"]:
            assert 0 <= x["out"] <= x["opening"] + x["in"] and x["closing"] == x["opening"] + x["in"] - x["out"]
    for r in of_family(reqs, f, "return-recall"):
        d = form_fields(r)
        assert _trace_ok(d["code"]) and d["dealerLicense"] in gen_ac.DEALERS and int(d["qty"]) > 0
    for r in of_family(reqs, f, "license-query"):
        assert query1(r)["xkzh"] in gen_ac.DEALERS


def test_vet_prescription_clinic(reqs: list[dict]) -> None:
    """处方: doses of the drug's label, daily mg = mg/kg × kg × heads × times, 休药期 end after the last dose;
    诊疗 records with a body temperature and their photo and PDF; applicants' 身份 证号; 抗菌药 sums."""
    f = "vet-prescription-clinic"
    for r in of_family(reqs, f, "prescription-submit"):
        d = json_body(r)
        lo, hi = gen_ac.SPECIES_WEIGHT[d["species"]]
        assert lo <= d["avgWeightKg"] <= hi and _sc_party(d["farmCode"]) and d["county"] in gen_ac.SC
        assert d["diagnosis"] in gen_ac.DIAGNOSES[d["species"]] and re.fullmatch(r"CFSY20\d{12}", d["rxNo"])
        start = _day(d["startDate"])
        for x in d["lines"]:
            dose, times, route, withdrawal = gen_ac.RX_DRUGS[x["drug"]]
            assert x["dose"] == f"{dose:g} mg/kg" and x["timesPerDay"] == times and x["route"] == route
            assert x["dailyMg"] == round(dose * d["avgWeightKg"] * d["heads"] * times, 1)
            assert x["withdrawalDays"] == withdrawal[d["species"]]
            assert _day(x["withdrawalEnd"]) == start + timedelta(days=x["days"] - 1 + x["withdrawalDays"])
    for r in of_family(reqs, f, "clinic-case-record"):
        d = upload_fields(r)
        assert 37.0 <= float(d["temperature"]) <= 41.0 and d["species"] in ("犬", "猫") and float(d["weightKg"]) > 0
        assert upload_types(r) == ["image/jpeg", "application/pdf"]
    for r in of_family(reqs, f, "vet-filing"):
        assert _sc_id(form_fields(r)["idNo"])
    for r in of_family(reqs, f, "exam-signup"):
        d = upload_fields(r)
        assert _sc_id(d["idNo"]) and d["category"] in ("兽医全科类", "水生动物类") and upload_types(r) == ["image/jpeg"]
    for r in of_family(reqs, f, "exam-score-query"):
        assert _sc_id(query1(r)["idNo"])
    for r in of_family(reqs, f, "antimicrobial-report"):
        d = json_body(r)
        total = sum(Decimal(str(x["activeG"])) for x in d["rows"])
        assert Decimal(str(d["totalActiveG"])) == total and d["gPerHead"] == round(
            d["totalActiveG"] / d["slaughtered"], 3
        )


def test_plant_quarantine_cert(reqs: list[dict]) -> None:
    """检疫 对象 by their Latin names, the consignment's own; 起运 after 申请, from 四川 to another province;
    证书 编号 of a 四川 区县; 复检 after issue; the 县 站's XML counts its certificates, all of its own 区县."""
    f = "plant-quarantine-cert"
    cert = re.compile(r"(51\d{4})(20\d{2})\d{6}")
    for r in of_family(reqs, f, "transit-apply"):
        d = json_body(r)
        unit, (lo, hi), pests = gen_ac.CONSIGNMENTS[d["product"]]
        assert d["unit"] == unit and lo <= d["quantity"] <= hi and [p["name"] for p in d["pests"]] == pests
        assert all(gen_ac.QUARANTINE_PESTS[p["name"]] == p["latin"] for p in d["pests"])
        assert d["originCode"] in gen_ac.SC and d["destCode"] in gen_ac.OTHER_PROVINCES
        assert _day(d["applyDate"]) < _day(d["shipDate"]) and d["vehicle"].startswith("川")
        assert _sc_party(d["applicantCode"])
    for r in of_family(reqs, f, "cert-query"):
        assert cert.fullmatch(query1(r)["zsbh"]) and query1(r)["zsbh"][:6] in gen_ac.SC
    for r in of_family(reqs, f, "cert-scan-verify"):
        assert cert.fullmatch(query1(r)["zsbh"])
    for r in of_family(reqs, f, "origin-inspection-apply"):
        d = upload_fields(r)
        assert _in_sc(d["lng"], d["lat"]) and _sc_party(d["applicantCode"]) and float(d["areaMu"]) > 0
        assert _exif(upload_files(r)[0]["data"])
    for r in of_family(reqs, f, "recheck-report"):
        d = json_body(r)
        assert cert.fullmatch(d["certNo"]) and _day(d["issueDate"]) < _day(d["arriveDate"])
        assert header(r, "X-Org-Code") in gen_ac.OTHER_PROVINCES
    for r in of_family(reqs, f, "station-cert-push"):
        root = ET.fromstring(r["body"].encode())  # noqa: S314 - the generator's own records
        certs = root.findall("Certs/Cert")
        station = root.findtext("Station")
        assert int(root.findtext("Count")) == len(certs) and station == header(r, "X-Station")
        assert all(x.findtext("No").startswith(station) and cert.fullmatch(x.findtext("No")) for x in certs)
        assert all(gen_ac.CONSIGNMENTS[x.findtext("Product")][0] == x.findtext("Unit") for x in certs)
    for r in of_family(reqs, f, "seed-base-filing"):
        d = form_fields(r)
        assert _sc_party(d["code"]) and d["county"] in gen_ac.SC


def test_soil_test_fertilizer(reqs: list[dict]) -> None:
    """Samples inside 四川 numbered by 区县 and day; soil values within their methods' ranges (also in the XLSX
    batches, read back); 配方 肥 总 养分 = N + P2O5 + K2O ≥ 25%, weights and amounts; the 14 "3414" treatments."""
    f = "soil-test-fertilizer"

    def soil_ok(values: dict) -> bool:
        return all(lo <= float(values[k]) <= hi for k, (_u, lo, hi, _d) in gen_ac.SOIL_RANGES.items())

    for r in of_family(reqs, f, "sample-upload"):
        d = json_body(r)
        assert _in_sc(d["lng"], d["lat"]) and d["sampleNo"][:6] == d["county"] in gen_ac.SC
        assert d["sampleNo"][6:14] == d["sampledAt"][:10].replace("-", "") and d["depth"] == "0-20cm"
    for r in of_family(reqs, f, "lab-result-push"):
        d = json_body(r)
        assert soil_ok(d["values"]) and d["methods"] == gen_ac.SOIL_METHODS and d["sampleNo"][:6] in gen_ac.SC
    for r in of_family(reqs, f, "lab-batch-xlsx"):
        d = upload_fields(r)
        head, *rows = _sheet(upload_files(r)[0]["data"])
        assert head[0] == "样品编号" and len(rows) == int(d["rows"])
        assert all(
            row[0].startswith(d["county"]) and soil_ok(dict(zip(gen_ac.SOIL_RANGES, row[1:], strict=True)))
            for row in rows
        )
    for r in of_family(reqs, f, "recommend"):
        d = json_body(r)
        assert soil_ok(d["soil"]) and d["targetYield"] > 0
    for r in of_family(reqs, f, "formula-card-query"):
        assert _sc_id(query1(r)["idNo"])
    for r in of_family(reqs, f, "fertilizer-order"):
        d = json_body(r)
        n, p, k = (int(x) for x in d["formula"].removeprefix("N-P2O5-K2O ").split("-"))
        assert d["totalNutrient"] == f"{n + p + k}%" and n + p + k >= 25
        assert d["weightKg"] == d["bags"] * d["bagKg"] and d["amount"] == d["bags"] * d["unitPrice"]
    for r in of_family(reqs, f, "field-trial-report"):
        d = json_body(r)
        assert [x["code"] for x in d["plots"]] == ["N{}P{}K{}".format(*t) for t in gen_ac.TRIALS_3414]
        for x in d["plots"]:
            levels = (int(x["code"][1]), int(x["code"][3]), int(x["code"][5]))
            for nutrient, level in zip(("N", "P2O5", "K2O"), levels, strict=True):
                assert x[nutrient] == d["level2"][nutrient] * level / 2
        assert d["plots"][0]["yield"] == min(x["yield"] for x in d["plots"])  # no fertiliser, the lowest


def test_pest_forecast_station(reqs: list[dict]) -> None:
    """Devices' species counts by Latin name that add up, their serials, JPEG snapshots, points in 四川;
    spores per field of view; survey rates = affected / surveyed; 防治 within 发生 areas; trap totals."""
    f = "pest-forecast-station"
    for r in of_family(reqs, f, "lamp-upload"):
        d = json_body(r)
        assert d["sn"] == header(r, "X-Device-Sn") and d["sn"][3:9] in gen_ac.SC and _in_sc(d["lng"], d["lat"])
        assert all(gen_ac.LAMP_INSECTS[x["name"]] == x["latin"] for x in d["insects"])
        assert d["total"] == sum(x["count"] for x in d["insects"]) and _b64_jpeg(d["image"])
    for r in of_family(reqs, f, "device-heartbeat"):
        q = query1(r)
        assert q["sn"] == header(r, "X-Device-Sn") and 11.0 <= float(q["v"]) <= 14.0 and 0 <= int(q["csq"]) <= 31
    for r in of_family(reqs, f, "spore-trap-upload"):
        d = json_body(r)
        assert d["pathogen"] == "Puccinia striiformis f. sp. tritici" and len(d["spores"]) == d["fieldsViewed"]
        assert d["total"] == sum(d["spores"]) and _b64_jpeg(d["image"])
    for r in of_family(reqs, f, "field-survey"):
        d = json_body(r)
        assert 0 <= d["affected"] <= d["surveyed"] and d["rate"] == round(d["affected"] / d["surveyed"] * 100, 2)
        assert (
            d["latin"]
            == {"小麦条锈病": "Puccinia striiformis f. sp. tritici", "草地贪夜蛾": "Spodoptera frugiperda"}[d["target"]]
        )
    for r in of_family(reqs, f, "faw-report"):
        d = upload_fields(r)
        assert int(d["controlMu"]) <= int(d["occurMu"]) and _in_sc(d["lng"], d["lat"])
        assert _exif(upload_files(r)[0]["data"])
    for r in of_family(reqs, f, "county-weekly-report"):
        d = form_fields(r)
        assert int(d["controlMu"]) <= int(d["occurMu"]) and d["county"] in gen_ac.SC
    for r in of_family(reqs, f, "pheromone-trap"):
        d = json_body(r)
        assert d["total"] == sum(t["count"] for t in d["traps"]) and gen_ac.LAMP_INSECTS[d["target"]] == d["latin"]


def test_reservoir_fishing_log(reqs: list[dict]) -> None:
    """Positions inside the reservoir's water; fishing days outside the 禁渔期, trips in order; catches by species
    (Latin names) summing to the total; 网目 not under the gear's minimum; 垂钓 one rod, one line, one hook."""
    f = "reservoir-fishing-log"

    def water(d: dict, lng: str = "lng", lat: str = "lat") -> bool:
        return in_box(gen_ac.RESERVOIRS[d["waters"]][1], d[lng], d[lat])

    for r in of_family(reqs, f, "permit-apply"):
        d = json_body(r)
        assert d["meshMm"] >= gen_ac.GEARS[d["gear"]] and _sc_id(d["idNo"])
        assert d["county"] == gen_ac.RESERVOIRS[d["waters"]][0]
        assert _open_season(_day(d["validFrom"])) and _day(d["validFrom"]) < _day(d["validTo"])
    for r in of_family(reqs, f, "logbook-submit"):
        d = json_body(r)
        depart, back = _second(d["departTime"]), _second(d["returnTime"])
        assert depart < back and depart.date() == back.date() and _open_season(depart.date())
        box = gen_ac.RESERVOIRS[d["waters"]][1]
        assert all(in_box(box, lng, lat) for lng, lat in d["positions"]) and d["meshMm"] >= gen_ac.GEARS[d["gear"]]
        assert all(gen_ac.FISH[x["fish"]] == x["latin"] for x in d["catches"])
        assert Decimal(str(d["totalKg"])) == sum(Decimal(str(x["kg"])) for x in d["catches"])
    for r in of_family(reqs, f, "beidou-position"):
        d = json_body(r)
        assert in_box(gen_ac.RESERVOIRS[d["water"]][1], d["lng"], d["lat"]) and d["terminalId"] == header(
            r, "X-Terminal-Id"
        )
        assert _open_season(_second(d["gpsTime"]).date()) and 0 <= d["course"] < 360
    for r in of_family(reqs, f, "landing-record"):
        d = form_fields(r)
        kg = [Decimal(v) for k, v in d.items() if re.fullmatch(r"kg\d", k)]
        assert Decimal(d["totalKg"]) == sum(kg) and _open_season(_day(d["landingDate"]))
    for r in of_family(reqs, f, "angling-register"):
        d = json_body(r)
        assert (d["rods"], d["lines"], d["hooks"]) == (1, 1, 1) and water(d)
    for r in of_family(reqs, f, "poaching-report"):
        assert water(upload_fields(r)) and upload_types(r) == ["image/jpeg"]
    for r in of_family(reqs, f, "retired-fisher-query"):
        assert _sc_id(query1(r)["idNo"])


def test_variety_breed_registration(reqs: list[dict]) -> None:
    """增产 % from the yields against the crop's 对照; DUS 性状 codes within their scales (XLSX read back); GPD
    编号 of 四川; 核心 群 within 基础 母畜; 经营 备案 by a 个体 工商户's code."""
    f = "variety-breed-registration"
    for r in of_family(reqs, f, "register-apply"):
        d = json_body(r)
        check, quality = gen_ac.REG_CROPS[d["crop"]]
        assert d["check"] == check and set(d["quality"]) == set(quality)
        assert d["increasePct"] == round((d["yieldKgMu"] - d["checkYieldKgMu"]) / d["checkYieldKgMu"] * 100, 1)
        assert all(quality[k][0] <= v <= quality[k][1] for k, v in d["quality"].items())
    for r in of_family(reqs, f, "dus-data-upload"):
        head, *rows = _sheet(upload_files(r)[0]["data"])
        assert head[:3] == ["性状编号", "性状", "表达状态代码"] and [x[1] for x in rows] == list(gen_ac.DUS_TRAITS)
        assert all(gen_ac.DUS_TRAITS[x[1]][0] <= int(x[2]) <= gen_ac.DUS_TRAITS[x[1]][1] for x in rows)
    for r in of_family(reqs, f, "variety-query"):
        q = query1(r)
        assert re.fullmatch(rf"GPD{q['zw']}\(20\d{{2}}\)51\d{{4}}", q["djbh"])
    for r in of_family(reqs, f, "breeding-license-apply"):
        d = upload_fields(r)
        assert int(d["coreSows"]) <= int(d["basicSows"]) and d["breed"] in gen_ac.PIG_BREEDS
        assert _sc_party(d["code"]) and upload_types(r) == ["application/pdf", "image/jpeg"]
    for r in of_family(reqs, f, "seed-dealer-filing"):
        code = form_fields(r)["uscc"]
        assert uscc_ok(code) and code.startswith("92")
    for r in of_family(reqs, f, "seed-label-scan"):
        assert re.fullmatch(r"\d{18}", query1(r)["dm"])


def test_agri_insurance_claim(reqs: list[dict]) -> None:
    """耳标: 畜种 代码 of the cover, the insured's 区县, 15 digits; premiums = 保额 × 费率 in 分 and their shares
    that add up; parcels' 亩 from their rings inside 四川; 报案 after the loss, 查勘 photos after the 报案; 理算
    and 无害化 weights."""
    f = "agri-insurance-claim"

    def shares_ok(d: dict) -> bool:
        s = d["sharesFen"]
        return sum(s.values()) == d["premiumFen"] and all(
            s[k] == d["premiumFen"] * v // 100 for k, v in gen_ac.SHARES.items() if k != "farmer"
        )

    for r in of_family(reqs, f, "livestock-underwrite"):
        d = json_body(r)
        species, cover, rate10 = gen_ac.LIVESTOCK_COVER[d["kind"]]
        assert all(re.fullmatch(rf"{species}{d['county']}\d{{8}}", t) for t in d["earTags"]) and _sc_party(
            d["insuredCode"]
        )
        assert d["heads"] == len(d["earTags"]) == len(set(d["earTags"])) and d["sumInsured"] == cover * d["heads"]
        assert d["premiumFen"] * 1000 == d["sumInsured"] * 100 * rate10 and shares_ok(d)
        assert _day(d["end"]) - _day(d["start"]) == timedelta(days=364)
    for r in of_family(reqs, f, "crop-underwrite-parcel"):
        d = json_body(r)
        total = Decimal(0)
        for feat in d["parcels"]["features"]:
            (ring,) = feat["geometry"]["coordinates"]
            assert ring[0] == ring[-1] and all(_in_sc(x, y) for x, y in ring)
            assert abs(_ring_mu(ring) - feat["properties"]["mu"]) <= 0.006
            total += Decimal(str(feat["properties"]["mu"]))
        assert Decimal(str(d["areaMu"])) == total and _sc_id(d["idNo"])
        assert d["premiumFen"] == round(d["areaMu"] * d["coverPerMu"] * gen_ac.CROP_RATE) and shares_ok(d)
    for r in of_family(reqs, f, "loss-report"):
        d = json_body(r)
        assert _second(d["occurTime"]) < _second(d["reportTime"]) and d["lossDesc"] in gen_ac.LOSSES[d["cause"]]
    for r in of_family(reqs, f, "survey-photo-upload"):
        d = upload_fields(r)
        meta = json.loads(d["exif"])
        shot = datetime.strptime(meta["DateTimeOriginal"], "%Y:%m:%d %H:%M:%S")
        assert shot > _second(d["reportTime"]) and _in_sc(meta["GPSLongitude"], meta["GPSLatitude"])
        assert re.fullmatch(r"1\d{14}", d["earTag"]) and d["earTag"][1:7] in gen_ac.SC
        assert _exif(upload_files(r)[0]["data"]) and d["caseNo"][1:9] == d["reportTime"][:10].replace("-", "")
    for r in of_family(reqs, f, "harmless-disposal"):
        d = json_body(r)
        assert d["totalKg"] == sum(x["kg"] for x in d["animals"])
        assert all(re.fullmatch(r"1\d{14}", x["earTag"]) and x["earTag"][1:7] in gen_ac.SC for x in d["animals"])
    for r in of_family(reqs, f, "claim-calc"):
        d = json_body(r)
        assert d["damagedMu"] <= d["insuredMu"] and d["coverPerMu"] == gen_ac.CROP_COVER[d["crop"]]
        expect = d["coverPerMu"] * d["damagedMu"] * d["lossRatePct"] / 100 * (100 - d["deductiblePct"]) / 100
        assert d["payout"] == round(expect, 2)
    for r in of_family(reqs, f, "policy-query"):
        assert _sc_id(query1(r)["idNo"])


def test_forest_fire_patrol(reqs: list[dict]) -> None:
    """Tracks in time order inside 四川 whose distance is the sum of their legs; the tower's fire point at the
    reported bearing and range; 热点 feedback after the find; 入山 plans in order; 物资 totals; rosters' dates."""
    f = "forest-fire-patrol"
    for r in of_family(reqs, f, "ranger-track-batch"):
        d = json_body(r)
        pts = d["points"]
        assert d["sn"] == header(r, "X-Device-Sn") and all(_in_sc(p["lng"], p["lat"]) for p in pts)
        assert all(_second(a["t"]) < _second(b["t"]) for a, b in pairwise(pts))
        legs = sum(round(_haversine(a["lng"], a["lat"], b["lng"], b["lat"])) for a, b in pairwise(pts))
        assert d["distanceM"] == legs
    for r in of_family(reqs, f, "ranger-sos"):
        d = json_body(r)
        assert d["sn"] == header(r, "X-Device-Sn") and _in_sc(d["lng"], d["lat"]) and 0 <= d["battery"] <= 100
    for r in of_family(reqs, f, "smoke-alarm-push"):
        d = json_body(r)
        county, lng, lat = gen_ac.TOWERS[d["tower"]]
        assert (d["county"], d["towerLng"], d["towerLat"]) == (county, lng, lat) and d["tower"] == header(
            r, "X-Tower-Id"
        )
        assert abs(_haversine(lng, lat, d["fireLng"], d["fireLat"]) - d["distanceM"]) <= 2
        turn = abs(_bearing(lng, lat, d["fireLng"], d["fireLat"]) - d["azimuth"])
        assert min(turn, 360 - turn) <= 0.1 and _b64_jpeg(d["snapshot"]) and 0 < d["confidence"] < 1
    for r in of_family(reqs, f, "hotspot-feedback"):
        d = upload_fields(r)
        found, back = _second(d["foundTime"]), _second(d["feedbackTime"])
        assert found < back <= found + timedelta(hours=2) and d["satellite"] in gen_ac.SATELLITES
        assert d["hotspotNo"].startswith(f"{found:%Y%m%d}-") and _in_sc(d["lng"], d["lat"])
        assert _exif(upload_files(r)[0]["data"])
    for r in of_family(reqs, f, "mountain-entry-register"):
        d = json_body(r)
        assert _second(d["enterTime"]) < _second(d["planLeave"]) and d["noFire"] is True and _sc_id(d["idNo"])
    for r in of_family(reqs, f, "fire-report"):
        d = form_fields(r)
        assert _in_sc(d["lng"], d["lat"]) and d["county"] in gen_ac.SC
    for r in of_family(reqs, f, "crew-resource-report"):
        d = json_body(r)
        assert d["itemTotal"] == sum(x["qty"] for x in d["items"])
    for r in of_family(reqs, f, "roster-query"):
        q = query1(r)
        assert q["from"] <= q["to"]


def test_wetland_wildlife_monitor(reqs: list[dict]) -> None:
    """红外 相机 photos inside their reserve with the species' Latin name; AI top-3 in order; 同步 调查 totals;
    station readings in range; 补偿 = 面积 × 亩产 × 单价 × 损失率; 疫源 reports in 四川."""
    f = "wetland-wildlife-monitor"
    for r in of_family(reqs, f, "camera-trap-upload"):
        d = upload_fields(r)
        assert in_box(gen_ac.RESERVES[d["reserve"]], d["lng"], d["lat"]) and gen_ac.WILDLIFE[d["species"]] == d["latin"]
        assert _exif(upload_files(r)[0]["data"])
    for r in of_family(reqs, f, "identify-callback"):
        probs = [x["prob"] for x in json_body(r)["top3"]]
        assert probs == sorted(probs, reverse=True) and 0 < sum(probs) <= 1
        assert all(gen_ac.WILDLIFE[x["species"]] == x["latin"] for x in json_body(r)["top3"])
    for r in of_family(reqs, f, "bird-census"):
        d = json_body(r)
        assert d["total"] == sum(x["count"] for x in d["birds"])
        assert all(gen_ac.BIRDS[x["species"]] == x["latin"] for x in d["birds"])
    for r in of_family(reqs, f, "wetland-station-push"):
        d = json_body(r)
        assert d["sn"] == header(r, "X-Device-Sn") and 6.0 <= d["pH"] <= 9.0 and 0 < d["doMgL"] < 15
    for r in of_family(reqs, f, "damage-claim"):
        d = upload_fields(r)
        expect = float(d["areaMu"]) * int(d["yieldKgMu"]) * float(d["priceYuanKg"]) * int(d["lossRatePct"]) / 100
        assert d["lossYuan"] == f"{round(expect, 2):.2f}" and gen_ac.PESTS_WILD[d["animal"]] == d["latin"]
        assert _sc_id(d["idNo"]) and upload_types(r) == ["image/jpeg", "image/jpeg"]
    for r in of_family(reqs, f, "claim-progress"):
        assert _sc_id(query1(r)["idNo"])
    for r in of_family(reqs, f, "epidemic-report"):
        d = form_fields(r)
        assert _in_sc(d["lng"], d["lat"]) and gen_ac.BIRDS[d["species"]] == d["latin"]


def test_agri_product_rapid_test(reqs: list[dict]) -> None:
    """抑制率 = (ΔA0 − ΔA1)/ΔA0 × 100% with the 50% rule; 胶体金 T/C against the cut-off; 日报 counts; 合格证
    of a 四川 producer with the four promises and its 承诺 依据; 阳性 处置 with its report and photo."""
    f = "agri-product-rapid-test"
    for r in of_family(reqs, f, "enzyme-test-push"):
        d = json_body(r)
        rate = round((d["dA0"] - d["dA1"]) / d["dA0"] * 100, 1)
        assert d["inhibitionPct"] == rate and d["result"] == ("阳性" if rate >= 50 else "阴性")
        assert d["sn"] == header(r, "X-Device-Sn") and d["sampleNo"][2:10] == d["testTime"][:10].replace("-", "")
    for r in of_family(reqs, f, "colloidal-gold-result"):
        d = json_body(r)
        assert d["result"] == ("阳性" if d["tc"] < d["cutoff"] else "阴性") and d["item"] in gen_ac.BETA_AGONISTS
    for r in of_family(reqs, f, "daily-report"):
        d = json_body(r)
        assert d["tested"] == d["positive"] + d["negative"]
        assert d["passRatePct"] == round(d["negative"] / d["tested"] * 100, 2)
    for r in of_family(reqs, f, "certificate-print"):
        d = json_body(r)
        assert (
            d["promises"] == gen_ac.PROMISES and set(d["bases"]) <= set(gen_ac.BASES) and _sc_party(d["producerCode"])
        )
        assert re.fullmatch(r"HGZ51\d{4}20\d{6}\d{4}", d["certNo"]) and d["certNo"][9:17] == d["issueDate"].replace(
            "-", ""
        )
    for r in of_family(reqs, f, "certificate-scan"):
        assert re.fullmatch(r"HGZ51\d{4}20\d{10}", query1(r)["no"])
    for r in of_family(reqs, f, "sample-register"):
        d = form_fields(r)
        a, b = d["samplers"].split("、")
        assert a != b and d["place"] in gen_ac.MARKETS
    for r in of_family(reqs, f, "positive-followup"):
        assert upload_types(r) == ["application/pdf", "image/jpeg"]


def test_agri_extension_qa(reqs: list[dict]) -> None:
    """Questions with a photo; sign-ins within 500 m of the venue (the distance recomputed); video progress within
    the lesson; technicians' logs inside 四川 with JPEG photos; applicants' 身份 证号."""
    f = "agri-extension-qa"
    for r in of_family(reqs, f, "question-ask"):
        assert upload_fields(r)["content"] and upload_types(r) in (["image/jpeg"], ["image/png"])
    for r in of_family(reqs, f, "training-signin"):
        d = json_body(r)
        gap = round(_haversine(d["venueLng"], d["venueLat"], d["lng"], d["lat"]))
        assert d["distanceM"] == gap <= 500 and _sc_id(d["idNo"]) and _b64_jpeg(d["face"])
    for r in of_family(reqs, f, "course-progress"):
        d = json_body(r)
        assert 0 < d["watchedS"] <= d["durationS"] and _sc_id(d["idNo"])
    for r in of_family(reqs, f, "technician-log"):
        d = json_body(r)
        assert _in_sc(d["lng"], d["lat"]) and all(_b64_jpeg(x) for x in d["photos"]) and d["servedFarmers"] > 0
    for r in of_family(reqs, f, "training-enroll"):
        assert _sc_id(form_fields(r)["idNo"])


def test_the_sizes_are_even(reqs: list[dict]) -> None:
    """Every (family, shape) group has N requests: the group rule weighs groups alike."""
    assert set(Counter((r["family"], r["shape"]) for r in reqs).values()) == {gen_ac.N}
