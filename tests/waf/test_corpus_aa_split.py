"""Corpus AA (tests/waf/data/gen_cms_corpus_aa.py): its split and its requests, without a WAF.

Fast tests, in their own module like test_corpus_z_split.py. Nothing here sends AA through the WAF: AA's
false-positive count is the lead's, after a tuning round on AA's tuning part (docs/waf.md, held-out
discipline). The per-family checks look only at the requests themselves, the way the receiving services
would: IMO numbers, ISO 6346 箱号 and CAS numbers with their check digits, MMSI of a flag's MID, 身份 证号 and
统一 社会 信用 代码 check characters of 广西, ETA before ETD, 载货 within 载重 and drafts within the ship's, AIS tracks
in 北部湾, 最低 配员, 水位 maxima and 警戒 flags, 维护 尺度 no better than the normal ones, ships within the 闸室, 海上
资历 that do not overlap and sum, 体检 valid two years, 换证 within six months, UN 编号 with their 类别 and 包装 类,
净重 under 毛重, 入住 before 退房 (JSON and SOAP), 境外 人员 reported within 24 小时, 运单 号 patterns, 实名 率,
网吧 终端 within the 许可 and 2 ㎡ each, adult 上网 between 08:00 and 24:00, 起拍 价 and 保证金 rules, 公告 期, bids in
加价 幅度 multiples, 会见 slots in opening hours on working days, 汇款 under the cap, 保安员 aged 18 and more, C
and D 级 烟花 only, 面积 ≥ 10 ㎡, flows and stocks that balance, 台账 that balance, and uploads that are what their
type says. Never a WAF verdict.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from datetime import date, datetime, timedelta
from decimal import Decimal

from tests.waf.corpus_checks import (
    assert_headers_sent,
    assert_new_families,
    assert_regenerates,
    assert_sized,
    assert_sound_requests,
    assert_split_as_written,
    assert_uploads_decode,
    cas_ok,
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
    record_body,
    slot_within,
    upload_fields,
    upload_types,
    uscc_ok,
    written_text,
)
from tests.waf.data import gen_cms_corpus_aa as gen_aa
from tests.waf.data import gen_cms_corpus_z as gen_z

PINNED_HELD_OUT = (
    "hotel-guest-registration",
    "fireworks-retail-permit",
    "toxic-chemical-purchase",
)  # written once from the docstring's rule: a change of family names would re-split
PINNED_HELD_GROUPS = {  # the (family, shape) groups of the other families the rule holds out (first byte % 4 == 0)
    ("courier-real-name", "firm-filing"),
    ("courier-real-name", "prohibited-page"),
    ("courier-real-name", "waybill-query"),
    ("internet-cafe-regulation", "cafe-list-page"),
    ("internet-cafe-regulation", "minor-report"),
    ("internet-cafe-regulation", "policy-page"),
    ("judicial-auction", "announcement-page"),
    ("judicial-auction", "lot-list"),
    ("port-dangerous-goods", "container-query"),
    ("port-dangerous-goods", "notice-page"),
    ("prison-family-visit", "booking-query"),
    ("prison-family-visit", "notice-page"),
    ("prison-family-visit", "open-day-signup"),
    ("seafarer-certificate", "cert-verify"),
    ("security-guard-service", "company-license-query"),
    ("security-guard-service", "training-school-page"),
    ("vessel-port-clearance", "certificate-upload"),
    ("vessel-port-clearance", "clearance-query"),
    ("vessel-port-clearance", "particulars-query"),
    ("waterway-navigation", "notice-list"),
}

EARLIER = earlier_generators("z")

corpus, reqs = corpus_fixtures(gen_aa)

MOBILE = re.compile(r"1[3-9]\d{9}")
GX_BOX = ((104.4, 112.1), (20.9, 26.4))  # 广西's extent: longitude, latitude
MIDS = {"中国": "413", "中国香港": "477", "巴拿马": "351", "利比里亚": "636", "新加坡": "563", "马绍尔群岛": "538"}
ISO6346 = dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", [v for v in range(10, 39) if v % 11], strict=True))
SHIP_ID = re.compile(r"CN20[0-2]\d\d{7}")


def _d(x: float | int | str) -> Decimal:
    return Decimal(str(x))


def _day(text: str) -> date:
    return datetime.strptime(text, "%Y-%m-%d").date()


def _minute(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%d %H:%M")


def _second(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%d %H:%M:%S")


def _gx_code(code: str) -> bool:
    return code in gen_aa.GX and code.startswith("45")


def _gx_id(idno: str) -> bool:
    return id_number_ok(idno) and _gx_code(idno[:6])


def _age(idno: str, on: date) -> int:
    born = date(int(idno[6:10]), int(idno[10:12]), int(idno[12:14]))
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _firm(code: str, kinds: tuple[str, ...] = ("91",)) -> bool:
    """A 广西 统一 社会 信用 代码 of one of ``kinds`` (91 企业, 92 个体, 12 事业 单位)."""
    return uscc_ok(code) and code[:2] in kinds and _gx_code(code[2:8])


def _imo_ok(imo: str) -> bool:
    """IMO number: seven digits, the last Σ dᵢ × (7 … 2) mod 10."""
    return bool(re.fullmatch(r"\d{7}", imo)) and sum(int(d) * (7 - i) for i, d in enumerate(imo[:6])) % 10 == int(
        imo[6]
    )


def _container_ok(no: str) -> bool:
    """ISO 6346: owner code, category U, six digits and the check digit Σ value × 2ⁱ mod 11 mod 10."""
    if not re.fullmatch(r"[A-Z]{3}U\d{7}", no):
        return False
    total = sum((ISO6346[ch] if ch.isalpha() else int(ch)) * 2**i for i, ch in enumerate(no[:10]))
    return total % 11 % 10 == int(no[10])


# --- the split, the size and the record contract ----------------------------------------------------


def test_regenerating_gives_the_committed_files(corpus: tuple[list[dict], list[dict]]) -> None:
    assert_regenerates(*corpus, gen_aa.TUNING_FILE, gen_aa.HELD_OUT_FILE)


def test_large_enough_and_tagged(reqs: list[dict]) -> None:
    assert_sized(reqs, gen_aa, (130, 130), min_requests=1500, min_families=11, min_shapes=10)


def test_the_split_is_the_rule_written_down(corpus: tuple[list[dict], list[dict]]) -> None:
    """Whole families and (family, shape) groups are on one side only; the held-out families are the
    ones the docstring's rule picks (pinned: a change of family names would re-split)."""
    earlier = EARLIER[1:]  # C-Z: B has no SEED of its own to compare
    assert_split_as_written(corpus, gen_aa, "corpus-aa/", PINNED_HELD_OUT, earlier, parts=(910, 650))
    groups = {(r["family"], r["shape"]) for r in corpus[1] if r["family"] not in PINNED_HELD_OUT}
    assert groups == PINNED_HELD_GROUPS


def test_aa_shares_no_family_with_a_to_z(reqs: list[dict]) -> None:
    assert EARLIER[-1] is gen_z
    assert_new_families(reqs, *EARLIER)


def test_every_record_is_a_request_its_server_reads_back(reqs: list[dict]) -> None:
    """Well formed, held to AA's own sources and methods, and read back exactly by a plain http.server."""
    assert_sound_requests(reqs, gen_aa.check, gen_z.SOURCES["used-car-trade"])


def test_the_request_kinds_it_was_made_for(reqs: list[dict]) -> None:
    """Page navigations (at least 200), axios and jQuery calls, 微信 and 小程序 requests, App, PMS (SOAP too) and
    back-end pushes, uploads and beacons."""
    assert {r["method"] for r in reqs} == {"GET", "POST"}
    ctypes = media_types(reqs)
    assert ctypes[""] >= 500 and ctypes["application/json"] >= 500 and ctypes["multipart/form-data"] >= 170
    assert ctypes["application/x-www-form-urlencoded"] >= 100 and ctypes["text/plain"] >= 150
    assert ctypes["text/xml"] >= 13
    assert_headers_sent(
        reqs, ("X-Requested-With", "Authorization", "charset", "Cookie", "Origin", "X-App-Id", "SOAPAction")
    )
    assert sum(header(r, "Sec-Fetch-Mode") == "navigate" for r in reqs) >= 200
    assert sum("MicroMessenger" in header(r, "User-Agent") for r in reqs) >= 550
    assert sum("MiniProgramEnv" in header(r, "User-Agent") for r in reqs) >= 230
    assert sum("iPhone" in header(r, "User-Agent") for r in reqs) >= 150
    assert sum(header(r, "User-Agent").startswith("okhttp/") for r in reqs) >= 80
    assert (
        sum(header(r, "User-Agent").startswith(("Apache-HttpClient/", "Go-http-client/", "Java/")) for r in reqs) >= 220
    )


def test_multipart_uploads_decode(reqs: list[dict]) -> None:
    assert_uploads_decode(reqs, 170, {"application/pdf": ".pdf", "image/jpeg": ".jpg"})


def test_text_is_real_text(reqs: list[dict]) -> None:
    """The corpus carries the text real users and systems write: 书名号, quotes, full-width punctuation, units
    and symbols (㎡, kg, GB, °), English ship names among the Chinese."""
    bodies = written_text(reqs)
    marks = ("《", "》", "“", "”", "（", "）", "：", "，", "。", "〔", "〕", "㎡", "GB", "SSD", "STAR", "桂", "·", "×")
    assert all(mark in bodies for mark in marks)


# --- the families, checked the way their receiving servers would ------------------------------------


def test_vessel_port_clearance(reqs: list[dict]) -> None:
    """IMO check digits, MMSI of the flag's MID, ETA before ETD, 载货 within 载重 and drafts within the ship's;
    ATB before ETD; 内河 船舶 识别号 and 最低 配员 by 参考 载货量; 证书 dates; AIS tracks in 北部湾 forward in
    time; 引航 after the 申请 with the draft within the ship's."""
    f = "vessel-port-clearance"
    for r in of_family(reqs, f, "arrival-report"):
        d = json_body(r)
        v = d["vessel"]
        assert _imo_ok(v["imo"]) and re.fullmatch(r"\d{9}", v["mmsi"]) and v["mmsi"][:3] == MIDS[v["flag"]]
        assert _minute(d["eta"]) < _minute(d["etd"]) and d["portCode"] in gen_aa.PORTS
        assert d["cargoTons"] == sum(x["tons"] for x in d["cargo"]) <= v["deadweight"]
        assert d["draftFore"] <= d["draftAft"] <= float(gen_aa.SHIP_KINDS[v["type"]][3])
        assert d["crew"] >= gen_aa.SHIP_KINDS[v["type"]][4] and header(r, "X-Agent-Code").startswith("CBDL")
    for r in of_family(reqs, f, "departure-report"):
        d = json_body(r)
        assert _imo_ok(d["imo"]) and _minute(d["atb"]) < _minute(d["etd"]) and d["berth"] in gen_aa.PORTS[d["port"]][1]
        assert header(r, "Authorization").startswith("Bearer ")
    for r in of_family(reqs, f, "inland-report"):
        d = json_body(r)
        assert SHIP_ID.fullmatch(d["shipId"]) and d["from"] != d["to"] and MOBILE.fullmatch(d["mobile"])
        assert d["crew"] >= next(n for top, n in [(600, 3), (2000, 4), (99999, 5)] if d["capacityTons"] <= top)
        assert (d["cargoTons"] == 0) == (d["cargo"] == "空载") and d["cargoTons"] <= d["capacityTons"]
    for r in of_family(reqs, f, "certificate-upload"):
        d = upload_fields(r)
        assert _imo_ok(d["imo"]) and _day(d["issued"]) < _day(d["expires"])
        assert upload_types(r) == ["application/pdf", "image/jpeg"]
    for r in of_family(reqs, f, "clearance-query"):
        assert SHIP_ID.fullmatch(query1(r)["shipId"])
    for r in of_family(reqs, f, "particulars-query"):
        q = query1(r)
        assert _imo_ok(q["imo"]) if "imo" in q else q["mmsi"][:3] in MIDS.values()
    for r in of_family(reqs, f, "ais-push"):
        d = json_body(r)
        times = [_second(p["t"]) for p in d["points"]]
        (x0, x1), (y0, y1) = gen_aa.AIS_BOX
        assert times == sorted(set(times)) and all(x0 <= p["lng"] <= x1 and y0 <= p["lat"] <= y1 for p in d["points"])
        assert all(0 <= p["sog"] <= 30 and 0 <= p["cog"] < 360 for p in d["points"])
    for r in of_family(reqs, f, "pilotage-booking"):
        d = form_fields(r)
        assert _imo_ok(d["imo"]) and _minute(d["applyTime"]) < _minute(d["pilotTime"]) and d["from"] != d["to"]
        assert Decimal(d["draft"]) <= Decimal(d["maxDraft"])


def test_waterway_navigation(reqs: list[dict]) -> None:
    """水位 readings hourly, their maximum and the 警戒 flag; 维护 时段 in order with 尺度 no better than normal;
    ships within the 闸室 and above the 门槛; 航标 reports in 广西."""
    f = "waterway-navigation"
    for r in of_family(reqs, f, "water-level-push"):
        d = json_body(r)
        times = [_minute(x["t"]) for x in d["readings"]]
        assert times == [times[0] + timedelta(hours=i) for i in range(len(times))]
        top = max(_d(x["level"]) for x in d["readings"])
        assert _d(d["max"]) == top and d["overWarning"] == (top > _d(d["warning"]))
        name = d["station"].removesuffix("水文站")
        assert (d["stationCode"], _d(d["warning"])) == (gen_aa.STATIONS[name][0], gen_aa.STATIONS[name][3])
    for r in of_family(reqs, f, "maintenance-push"):
        d = json_body(r)
        assert _minute(d["start"]) < _minute(d["end"]) and re.fullmatch(r"桂航通〔20\d\d〕\d+号", d["noticeNo"])
        assert all(d["reduced"][k] <= d["normal"][k] for k in d["normal"])
        assert gen_aa.SECTIONS[d["section"]][:2] == (d["sectionCode"], d["grade"])
    for r in of_family(reqs, f, "lock-booking"):
        d = json_body(r)
        length, width, sill = gen_aa.LOCKS[d["lock"]]
        assert d["loaM"] <= length and d["beamM"] <= width and _d(d["draftM"]) < sill and SHIP_ID.fullmatch(d["shipId"])
        assert 0 <= d["cargoTons"] <= d["capacityTons"]
    for r in of_family(reqs, f, "lock-queue"):
        assert query1(r)["lock"] in gen_aa.LOCKS
    for r in of_family(reqs, f, "aid-fault-report"):
        d = json_body(r)
        assert in_box(GX_BOX, d["lng"], d["lat"]) and re.fullmatch(r"(XJ|YJ)\d{3}[左右]", d["markNo"])
    for r in of_family(reqs, f, "dimension-query"):
        assert query1(r)["section"] in {s[0] for s in gen_aa.SECTIONS.values()}


def test_seafarer_certificate(reqs: list[dict]) -> None:
    """适任 证书 号 = 公民 身份 号码; 考试 科目 of the 职务; 海上 资历 in order, not overlapping, and their sum;
    体检 valid two years less a day; 换证 within six months before expiry with 12 months' 资历."""
    f = "seafarer-certificate"
    for r in of_family(reqs, f, "cert-verify"):
        assert _gx_id(query1(r)["certNo"])
    for r in of_family(reqs, f, "exam-signup"):
        d = form_fields(r)
        assert _gx_id(d["idNo"]) and set(d["subjects"].split(",")) <= set(gen_aa.SUBJECTS[d["rank"]])
    for r in of_family(reqs, f, "sea-service-record"):
        d = json_body(r)
        spans = [(_day(x["signOn"]), _day(x["signOff"])) for x in d["records"]]
        assert all(a < b for a, b in spans) and all(spans[i][1] < spans[i + 1][0] for i in range(len(spans) - 1))
        assert d["totalDays"] == sum((b - a).days + 1 for a, b in spans)
        assert all(_imo_ok(x["imo"]) for x in d["records"])
    for r in of_family(reqs, f, "health-cert-upload"):
        d = upload_fields(r)
        checked = _day(d["checkDate"])
        assert _day(d["validUntil"]) == checked.replace(year=checked.year + 2) - timedelta(days=1)
        assert _gx_id(d["idNo"]) and upload_types(r) == ["application/pdf"]
    for r in of_family(reqs, f, "cert-renew-apply"):
        d = json_body(r)
        applied, expiry = _day(d["applyDate"]), _day(d["expiry"])
        assert d["certNo"] == d["idNo"] and _gx_id(d["idNo"]) and applied < expiry <= applied + timedelta(days=183)
        assert d["seaServiceMonths"] >= 12
    for r in of_family(reqs, f, "service-book-upload"):
        assert upload_types(r) == ["image/jpeg"] and "MiniProgramEnv" in header(r, "User-Agent")
    for r in of_family(reqs, f, "exam-score-query"):
        assert re.fullmatch(r"GX20\d{10}", query1(r)["zkzh"])


def test_port_dangerous_goods(reqs: list[dict]) -> None:
    """ISO 6346 箱号 with check digits; UN 编号 with their 名称, 类别 and 包装 类; 罐箱 for bulk liquids; 净重 under
    毛重 and totals; 作业 times in order; 堆场 箱位 unique and moves forward in time."""
    f = "port-dangerous-goods"
    for r in of_family(reqs, f, "operation-declare"):
        d = json_body(r)
        for b in d["containers"]:
            assert _container_ok(b["containerNo"]) and (b["name"], b["class"], b["pg"]) == gen_aa.DG[b["un"]]
            assert 0 < b["netKg"] < b["grossKg"] and b["sizeType"] in gen_aa.SIZE_TYPES
            assert (b["sizeType"] == "22T6") == (b["un"] in ("1203", "1230", "1170"))
        assert d["totalContainers"] == len(d["containers"])
        assert d["totalNetKg"] == sum(b["netKg"] for b in d["containers"])
        assert _minute(d["planStart"]) < _minute(d["planEnd"]) and _imo_ok(d["vessel"]["imo"])
    for r in of_family(reqs, f, "container-query"):
        assert _container_ok(query1(r)["containerNo"])
    for r in of_family(reqs, f, "attachment-upload"):
        d = upload_fields(r)
        assert _container_ok(d["containerNo"]) and re.fullmatch(r"WXZY20\d{10}", d["declareNo"])
        assert upload_types(r) == ["application/pdf", "image/jpeg"]
    for r in of_family(reqs, f, "un-search"):
        q = query1(r)
        assert q["un"] in gen_aa.DG if "un" in q else any(q["keyword"] in name for name, _k, _p in gen_aa.DG.values())
    for r in of_family(reqs, f, "yard-push"):
        d = json_body(r)
        slots = [(m["block"], m["bay"], m["row"], m["tier"]) for m in d["moves"]]
        times = [_second(m["time"]) for m in d["moves"]]
        assert len(set(slots)) == len(slots) and times == sorted(set(times))
        assert all(_container_ok(m["containerNo"]) and m["class"] == gen_aa.DG[m["un"]][1] for m in d["moves"])
        assert all(int(m["bay"]) % 2 == 1 for m in d["moves"])  # 20-foot bays are odd
    for r in of_family(reqs, f, "operation-complete"):
        d = json_body(r)
        assert _minute(d["actualStart"]) < _minute(d["actualEnd"]) and d["containers"] > 0
    for r in of_family(reqs, f, "site-inspection"):
        assert _container_ok(json_body(r)["containerNo"]) and header(r, "X-App-Id") == "cn.gov.gxjt.wxhw"


def test_hotel_guest_registration(reqs: list[dict]) -> None:
    """住宿 登记 by 身份 证号 with 性别 and 出生 日期 from the number, adults; 入住 before 退房 (JSON and SOAP);
    境外 旅客 entered before 入住 and reported within 24 小时; 人证 核验 at or above the threshold; 房 counts."""
    f = "hotel-guest-registration"
    for r in of_family(reqs, f, "checkin-upload"):
        d = json_body(r)
        checkin = _second(d["checkinTime"])
        assert checkin < _second(d["expectedCheckout"]) and header(r, "X-Hotel-Code") == d["hotelCode"]
        for g in d["guests"]:
            assert _gx_id(g["idNo"]) and g["birth"] == g["idNo"][6:14] and _age(g["idNo"], checkin.date()) >= 18
            assert g["sex"] == ("男" if int(g["idNo"][16]) % 2 else "女")
        assert _gx_code(d["hotelCode"][:6]) and re.fullmatch(r"\d{12}", d["hotelCode"])
    for r in of_family(reqs, f, "checkout-upload"):
        ns = "{http://lgy.gat.gxzf.gov.cn/}"
        root = ET.fromstring(record_body(r))  # noqa: S314 - the generator's own records
        body = root.find(f"{{http://schemas.xmlsoap.org/soap/envelope/}}Body/{ns}UploadCheckout")
        checkin, checkout = (_second(body.find(ns + k).text) for k in ("checkinTime", "checkoutTime"))
        assert checkin < checkout and _gx_id(body.find(ns + "idNo").text)
        assert header(r, "SOAPAction") == '"http://lgy.gat.gxzf.gov.cn/UploadCheckout"'
    for r in of_family(reqs, f, "foreign-guest-report"):
        d = json_body(r)
        checkin, reported = _second(d["checkinTime"]), _second(d["reportTime"])
        letters, n, _s, _g = gen_aa.FOREIGN[d["nationality"]]
        assert re.fullmatch(f"{letters}\\d{{{n}}}", d["passportNo"]) and _day(d["entryDate"]) <= checkin.date()
        assert checkin < reported <= checkin + timedelta(hours=24)
    for r in of_family(reqs, f, "face-verify-upload"):
        d = upload_fields(r)
        assert Decimal(d["similarity"]) >= Decimal(d["threshold"]) and d["result"] == "通过" and _gx_id(d["idNo"])
        assert upload_types(r) == ["image/jpeg"] and header(r, "User-Agent").startswith("okhttp/")
    for r in of_family(reqs, f, "license-apply"):
        d = upload_fields(r)
        assert int(d["rooms"]) <= int(d["beds"]) <= 2 * int(d["rooms"]) and _firm(d["uscc"], ("91", "92"))
        assert upload_types(r) == ["application/pdf", "image/jpeg"]
    for r in of_family(reqs, f, "visitor-register"):
        d = json_body(r)
        assert _second(d["inTime"]) < _second(d["outTime"]) and _gx_id(d["visitorIdNo"])
    for r in of_family(reqs, f, "room-change"):
        d = json_body(r)
        assert d["fromRoom"] != d["toRoom"] and _second(d["checkinTime"]) < _second(d["changeTime"])


def test_courier_real_name(reqs: list[dict]) -> None:
    """运单 号 of each 企业's pattern; 实名 收寄 of adults with 验视; 重量 for the 物品; 过机 records in order and the
    可疑 count; 实名 率 = 实名 / 收寄; 企业 and 网点 备案."""
    f = "courier-real-name"
    patterns = {
        "顺丰速运": r"SF\d{13}",
        "中通快递": r"7\d{14}",
        "圆通速递": r"YT\d{13}",
        "韵达快递": r"43\d{13}",
        "申通快递": r"77\d{13}",
        "京东物流": r"JD\d{13}",
        "中国邮政 EMS": r"1\d{12}",
    }
    any_waybill = re.compile("|".join(patterns.values()))
    items = {name: (lo, hi) for name, lo, hi in gen_aa.ITEMS}
    for r in of_family(reqs, f, "collect-upload"):
        d = json_body(r)
        assert re.fullmatch(patterns[d["carrier"]], d["waybillNo"]) and d["inspection"] == "已验视"
        assert _gx_id(d["sender"]["idNo"]) and _age(d["sender"]["idNo"], _second(d["collectTime"]).date()) >= 18
        lo, hi = items[d["items"]]
        assert lo <= d["weightKg"] <= hi and MOBILE.fullmatch(d["sender"]["mobile"])
    for shape in ("waybill-query", "suspicious-report"):
        for r in of_family(reqs, f, shape):
            d = query1(r) if r["method"] == "GET" else json_body(r)
            assert re.fullmatch(patterns[d["carrier"]], d["waybillNo"])
    for r in of_family(reqs, f, "xray-push"):
        d = json_body(r)
        times = [_second(x["time"]) for x in d["records"]]
        assert times == sorted(set(times)) and all(any_waybill.fullmatch(x["waybillNo"]) for x in d["records"])
        assert d["suspicious"] == sum(x["result"] == "疑似" for x in d["records"])
    for r in of_family(reqs, f, "daily-stats"):
        d = json_body(r)
        rate = (Decimal(d["realName"]) * 100 / d["collected"]).quantize(Decimal("0.01"))
        assert 0 < d["realName"] <= d["collected"] and _d(d["realNameRate"]) == rate and _gx_code(d["region"])
    for r in of_family(reqs, f, "firm-filing"):
        d = upload_fields(r)
        assert _firm(d["uscc"]) and d["brand"] in patterns and upload_types(r) == ["application/pdf", "image/jpeg"]
    for r in of_family(reqs, f, "outlet-filing"):
        d = form_fields(r)
        assert int(d["areaM2"]) > 0 and int(d["cameras"]) >= 2 and MOBILE.fullmatch(d["mobile"])
    for r in of_family(reqs, f, "courier-register"):
        d = json_body(r)
        assert _gx_id(d["idNo"]) and _age(d["idNo"], _day(d["entryDate"])) >= 18


def test_internet_cafe_regulation(reqs: list[dict]) -> None:
    """年检 with 面积 ≥ 2 ㎡ a terminal; 实际 终端 within the 许可 and 面积 each; 上机 of adults between 08:00 and
    24:00, 上机 before 下机; online within the total; 许可证 编号 pattern; 变更 that changes something."""
    f = "internet-cafe-regulation"
    license_no = re.compile(r"桂网文〔20\d\d〕\d{4}-\d{3}号")
    for r in of_family(reqs, f, "annual-review"):
        d = upload_fields(r)
        assert int(d["areaM2"]) >= 2 * int(d["terminals"]) and license_no.fullmatch(d["licenseNo"])
        assert _firm(d["uscc"], ("91", "92")) and upload_types(r) == ["application/pdf", "image/jpeg"]
    for r in of_family(reqs, f, "terminal-report"):
        d = json_body(r)
        per = (_d(d["areaM2"]) / d["actualTerminals"]).quantize(Decimal("0.01"))
        assert d["actualTerminals"] <= d["licensedTerminals"] and _d(d["perTerminalM2"]) == per >= 2
    for r in of_family(reqs, f, "session-upload"):
        d = json_body(r)
        day = _day(d["date"])
        for s in d["sessions"]:
            start, end = _minute(s["start"]), _minute(s["end"])
            assert start.date() == end.date() == day and start.hour >= 8 and start < end
            assert _gx_id(s["idNo"]) and _age(s["idNo"], day) >= 18
    for r in of_family(reqs, f, "heartbeat"):
        d = json_body(r)
        assert 0 <= d["online"] <= d["total"]
    for r in of_family(reqs, f, "license-query"):
        q = query1(r)
        assert license_no.fullmatch(q["licenseNo"]) if "licenseNo" in q else _gx_code(q["area"])
    for r in of_family(reqs, f, "change-apply"):
        d = form_fields(r)
        assert d["oldValue"] != d["newValue"] and license_no.fullmatch(d["licenseNo"])


def test_judicial_auction(reqs: list[dict]) -> None:
    """起拍 价 ≥ 70% 评估 价, 二拍 降价 ≤ 20%, 保证金 5-20% of 起拍 价, 公告 期 by 不动产 or 动产 and round, 24 小时
    竞价; 案号 of the court; bids = current + k × 加价 幅度; 保证金 回调; 看样 slots on working days."""
    f = "judicial-auction"
    for r in of_family(reqs, f, "lot-publish"):
        d = json_body(r)
        appraisal, first, start = _d(d["appraisal"]), _d(d["firstStartPrice"]), _d(d["startPrice"])
        assert first >= appraisal * Decimal("0.7") and (start == first if d["round"] == 1 else first * 4 / 5 <= start)
        assert start * Decimal("0.05") <= _d(d["deposit"]) <= start * Decimal("0.2")
        immovable, titles = gen_aa.LOT_KINDS[d["kind"]]
        days = {(True, 1): 30, (True, 2): 15, (False, 1): 15, (False, 2): 7}[(immovable, d["round"])]
        begins = _second(d["auctionStart"])
        assert begins.date() >= _day(d["noticeDate"]) + timedelta(days=days) and d["title"] in titles
        assert _second(d["auctionEnd"]) - begins == timedelta(hours=24)
        assert re.fullmatch(r"（20\d\d）" + gen_aa.COURTS[d["court"]] + r"执恢?\d+号", d["caseNo"])
        assert header(r, "X-Court-Code") == "GXFY" + gen_aa.COURTS[d["court"]][1:]
    for r in of_family(reqs, f, "bid-signup"):
        d = json_body(r)
        assert _gx_id(d["idNo"]) if d["bidderType"] == "个人" else _firm(d["uscc"])
        assert d["agree"] is True and header(r, "Authorization").startswith("Bearer ")
    for r in of_family(reqs, f, "bid-place"):
        d = json_body(r)
        assert _d(d["bidPrice"]) == _d(d["currentPrice"]) + _d(d["increment"]) * d["times"] and d["times"] >= 1
    for r in of_family(reqs, f, "deposit-notify"):
        d = form_fields(r)
        paid = datetime.strptime(d["payTime"], "%Y%m%d%H%M%S")
        assert d["orderNo"] == "BZJ" + d["orderNo"][3:] and d["orderNo"][3:11] == f"{paid:%Y%m%d}"
        assert Decimal(d["amount"]) > 0 and d["status"] == "SUCCESS"
    for r in of_family(reqs, f, "lot-list"):
        q = query1(r)
        assert int(q["priceMin"]) < int(q["priceMax"]) and q["court"] in gen_aa.COURTS
    for r in of_family(reqs, f, "viewing-booking"):
        d = json_body(r)
        assert _day(d["date"]).weekday() < 5 and slot_within(d["slot"], "09:00", "17:00")
    for r in of_family(reqs, f, "reward-clue"):
        d = upload_fields(r)
        assert re.fullmatch(r"（20\d\d）" + gen_aa.COURTS[d["court"]] + r"执恢?\d+号", d["caseNo"])
        assert upload_types(r) == ["image/jpeg"]


def test_prison_family_visit(reqs: list[dict]) -> None:
    """会见 on working days in the 会见 时段 by an adult 近亲属; 开放日 groups of at most five; 汇款 within the
    month's cap; 罪犯 编号 format."""
    f = "prison-family-visit"
    inmate = re.compile(r"45\d{8}")
    for r in of_family(reqs, f, "video-visit-booking"):
        d = json_body(r)
        on = _day(d["date"])
        assert on.weekday() < 5 and any(slot_within(d["slot"], a, b) for a, b in gen_aa.VISIT_WINDOWS)
        assert d["relation"] in gen_aa.RELATIONS and _gx_id(d["visitorIdNo"]) and _age(d["visitorIdNo"], on) >= 18
        assert inmate.fullmatch(d["inmateNo"]) and d["prison"] in gen_aa.PRISONS and 1 <= d["visitors"] <= 3
    for r in of_family(reqs, f, "open-day-signup"):
        d = json_body(r)
        assert d["count"] == len(d["people"]) <= 5 and all(_gx_id(p["idNo"]) for p in d["people"])
    for r in of_family(reqs, f, "family-remit"):
        d = json_body(r)
        assert _d(d["amount"]) > 0 and _d(d["monthTotalBefore"]) + _d(d["amount"]) <= _d(d["monthCap"]) == 800
        assert inmate.fullmatch(d["inmateNo"]) and _gx_id(d["remitterIdNo"])
    for r in of_family(reqs, f, "relation-upload"):
        assert upload_types(r) == ["image/jpeg"] and upload_fields(r)["relation"] in gen_aa.RELATIONS
    for r in of_family(reqs, f, "booking-cancel"):
        assert re.fullmatch(r"HJ20\d{10}", form_fields(r)["bookingNo"])


def test_security_guard_service(reqs: list[dict]) -> None:
    """保安员 aged 18 and more; 保安员证 编号 of a 广西 市; 成绩 at the pass mark; 跨区域 备案 to another 市;
    派驻 名单 counted."""
    f = "security-guard-service"
    cert = re.compile(r"桂45\d{2}\d{8}")
    for r in of_family(reqs, f, "cert-query"):
        assert cert.fullmatch(query1(r)["certNo"])
    for r in of_family(reqs, f, "exam-signup"):
        d = form_fields(r)
        assert _gx_id(d["idNo"]) and d["city"] in gen_aa.CITIES and MOBILE.fullmatch(d["mobile"])
    for r in of_family(reqs, f, "cert-apply"):
        d = upload_fields(r)
        assert int(d["score"]) >= 60 and _gx_id(d["idNo"]) and upload_types(r) == ["image/jpeg"]
    for r in of_family(reqs, f, "cross-region-filing"):
        d = upload_fields(r)
        assert d["homeCity"] != d["serviceCity"] and _firm(d["uscc"]) and upload_types(r) == ["application/pdf"]
    for r in of_family(reqs, f, "dispatch-roster"):
        d = json_body(r)
        on = _day(d["from"])
        assert d["count"] == len(d["guards"]) and all(cert.fullmatch(g["certNo"]) for g in d["guards"])
        assert all(_gx_id(g["idNo"]) and 18 <= _age(g["idNo"], on) <= 60 for g in d["guards"])


def test_fireworks_retail_permit(reqs: list[dict]) -> None:
    """零售 场所 ≥ 10 ㎡ with 存放 within it; 有效期 in order; only C and D 级 products, amounts and totals; 库存
    期末 = 期初 + 购进 − 销售 within the cap; 举报 in 广西."""
    f = "fireworks-retail-permit"
    permit = re.compile(r"（桂）YH零许证字〔20\d\d〕\d{5}号")
    for r in of_family(reqs, f, "retail-apply"):
        d = upload_fields(r)
        assert int(d["areaM2"]) >= 10 and 0 < int(d["storageBoxes"]) <= int(d["areaM2"]) and _firm(d["uscc"], ("92",))
        assert _day(d["validFrom"]) < _day(d["validTo"]) and upload_types(r) == ["image/jpeg", "application/pdf"]
    for r in of_family(reqs, f, "flow-push"):
        d = json_body(r)
        for x in d["items"]:
            kind, level, price = gen_aa.FIREWORKS[x["product"]]
            assert (x["category"], x["level"], _d(x["unitPrice"])) == (kind, level, price) and level in "CD"
            assert _d(x["amount"]) == price * x["boxes"]
        assert d["totalBoxes"] == sum(x["boxes"] for x in d["items"]) and permit.fullmatch(d["permitNo"])
        assert _d(d["totalAmount"]) == sum(_d(x["amount"]) for x in d["items"])
    for r in of_family(reqs, f, "stock-report"):
        d = json_body(r)
        assert d["closing"] == d["opening"] + d["purchased"] - d["sold"] >= 0 and d["closing"] <= d["storageCap"]
    for r in of_family(reqs, f, "no-burn-zone"):
        q = query1(r)
        assert in_box(GX_BOX, q["lng"], q["lat"])
    for r in of_family(reqs, f, "violation-report"):
        d = json_body(r)
        assert in_box(GX_BOX, d["lng"], d["lat"]) and MOBILE.fullmatch(d["mobile"])
    for r in of_family(reqs, f, "permit-query"):
        q = query1(r)
        assert permit.fullmatch(q["permitNo"]) if "permitNo" in q else q["shop"] in gen_aa.SHOPS


def test_toxic_chemical_purchase(reqs: list[dict]) -> None:
    """CAS numbers with check digits and of the named 剧毒 or 易制爆 chemical; 备案 totals; 台账 期末 = 期初 + 入库
    − 出库; 运输 within the permitted quantity and dates in order; 双人 双锁 with two keepers."""
    f = "toxic-chemical-purchase"
    names = {**gen_aa.TOXIC, **gen_aa.PRECURSORS}
    for r in of_family(reqs, f, "permit-apply"):
        d = upload_fields(r)
        assert cas_ok(d["cas"]) and gen_aa.TOXIC[d["chemical"]] == d["cas"] and _firm(d["uscc"], ("91", "12"))
        assert _gx_id(d["handler"]) and upload_types(r) == ["application/pdf", "image/jpeg"]
    for r in of_family(reqs, f, "precursor-filing"):
        d = json_body(r)
        assert all(cas_ok(x["cas"]) and gen_aa.PRECURSORS[x["name"]] == x["cas"] for x in d["items"])
        assert d["totalKg"] == sum(x["qtyKg"] for x in d["items"]) and _firm(d["buyerUscc"]) and _firm(d["sellerUscc"])
    for r in of_family(reqs, f, "ledger-report"):
        d = json_body(r)
        assert d["closingKg"] == d["openingKg"] + d["inKg"] - d["outKg"] >= 0 and cas_ok(d["cas"])
    for r in of_family(reqs, f, "catalog-search"):
        q = query1(r)
        assert cas_ok(q["cas"]) and q["cas"] in names.values() if "cas" in q else q["name"] in names
    for r in of_family(reqs, f, "transport-pass-apply"):
        d = json_body(r)
        assert 0 < d["qtyKg"] <= d["permittedKg"] and _day(d["start"]) <= _day(d["end"]) and cas_ok(d["cas"])
        assert re.fullmatch(r"桂[A-HJ-NP-Z][A-HJ-NP-Z][A-HJ-NP-Z0-9]{4}", d["plate"])
    for r in of_family(reqs, f, "storage-check"):
        d = json_body(r)
        assert len(set(d["keepers"])) == 2 and d["doubleLock"] and all(cas_ok(x["cas"]) for x in d["items"])
        assert all(x["actualKg"] == x["ledgerKg"] for x in d["items"]) == (d["result"] == "账物相符")
    for r in of_family(reqs, f, "permit-query"):
        assert re.fullmatch(r"桂公剧购字〔20\d\d〕\d{5}号", query1(r)["permitNo"])


def test_the_sizes_are_even(reqs: list[dict]) -> None:
    """Every (family, shape) group has N requests: the group rule weighs groups alike."""
    assert set(Counter((r["family"], r["shape"]) for r in reqs).values()) == {gen_aa.N}
