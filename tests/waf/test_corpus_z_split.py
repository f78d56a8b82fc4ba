"""Corpus Z (tests/waf/data/gen_cms_corpus_z.py): its split and its requests, without a WAF.

Fast tests, in their own module like test_corpus_y_split.py. Nothing here sends Z through the WAF: Z's
false-positive count is the lead's, after a tuning round on Z's tuning part (docs/waf.md, held-out
discipline). The per-family checks look only at the requests themselves, the way the receiving services
would: 环比 % recomputed, EAN-13 and VIN check digits, 身份 证号 and 统一 社会 信用 代码 check characters, 装机 容量 =
组件 数 × 功率 and the 并网 电压 it takes, 上网 电费 at the 基准 价, 存管 比例 and 预付卡 limits, balances that
close, 最高 零售 价 of the 调价 窗口 in force and the 加油站 等级 from 罐容, 大写 金额, 热费 = 面积 × 单价 and 报停
shares, 室温 under 18 ℃, 热量表 readings that rise, GB 5749 limits, 广交会 届次 and 展位 areas, capped 补贴, 分时
电费, 13% 税, 需量 ≥ 40% 容量, 小麦 等级 from 容重 and 扣量, 保证金, 合同 months, 第三十五条 distance bands, tracks in
河南, Luhn bank cards, dates in order, slots within opening hours and uploads that are what their type says. Never a
WAF verdict.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, datetime, timedelta
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal

from tests.waf.corpus_checks import (
    assert_headers_sent,
    assert_new_families,
    assert_regenerates,
    assert_sized,
    assert_sound_requests,
    assert_split_as_written,
    assert_uploads_decode,
    corpus_fixtures,
    earlier_generators,
    form_fields,
    header,
    id_number_ok,
    in_box,
    json_body,
    luhn_ok,
    media_types,
    of_family,
    query1,
    slot_within,
    upload_fields,
    upload_types,
    uscc_ok,
    written_text,
)
from tests.waf.data import gen_cms_corpus_h as gen_h
from tests.waf.data import gen_cms_corpus_x as gen_x
from tests.waf.data import gen_cms_corpus_y as gen_y
from tests.waf.data import gen_cms_corpus_z as gen_z

PINNED_HELD_OUT = (
    "distributed-pv-filing",
    "district-heating",
    "grain-purchase-reserve",
)  # written once from the docstring's rule: a change of family names would re-split
PINNED_HELD_GROUPS = {  # the (family, shape) groups of the other families the rule holds out (first byte % 4 == 0)
    ("foreign-trade-service", "consult-message"),
    ("foreign-trade-service", "fair-subsidy-apply"),
    ("housekeeping-credit", "contract-sign"),
    ("housekeeping-credit", "policy-page"),
    ("housekeeping-credit", "worker-record"),
    ("pipeline-protection", "construction-apply"),
    ("pipeline-protection", "drill-push"),
    ("pipeline-protection", "law-page"),
    ("pipeline-protection", "patrol-push"),
    ("power-supply-service", "connection-apply"),
    ("power-supply-service", "connection-progress"),
    ("power-supply-service", "orderly-plan-push"),
    ("power-supply-service", "page-beacon"),
    ("power-supply-service", "rate-table-page"),
    ("prepaid-card-supervision", "complaint-progress"),
    ("prepaid-card-supervision", "issuer-filing"),
    ("price-monitoring", "alert-subscribe"),
    ("price-monitoring", "cpi-release-page"),
    ("price-monitoring", "daily-bulletin-page"),
    ("refined-oil-retail", "page-beacon"),
    ("refined-oil-retail", "station-price-list"),
    ("used-car-trade", "dealer-filing"),
    ("used-car-trade", "price-estimate"),
    ("used-car-trade", "scrap-apply"),
    ("used-car-trade", "scrap-cert-query"),
    ("water-supply-service", "cleaning-publicity-page"),
    ("water-supply-service", "connection-apply"),
    ("water-supply-service", "name-transfer"),
    ("water-supply-service", "self-read"),
}

EARLIER = earlier_generators("y")

corpus, reqs = corpus_fixtures(gen_z)

MOBILE = re.compile(r"1[3-9]\d{9}")
HN_BOX = ((110.3, 116.7), (31.3, 36.4))  # 河南's extent: longitude, latitude
VIN_CHARS = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"
VIN_VALUE = dict(
    zip(VIN_CHARS, [*range(10), 1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9], strict=True)
)
VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
CENT = Decimal("0.01")


def _d(x: float | int | str) -> Decimal:
    return Decimal(str(x))


def _q2(x: Decimal) -> Decimal:
    return x.quantize(CENT, ROUND_HALF_UP)


def _day(text: str) -> date:
    return datetime.strptime(text, "%Y-%m-%d").date()


def _moment(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%d %H:%M")


def _hn_code(code: str) -> bool:
    return bool(re.fullmatch(r"41\d{4}", code)) and code in gen_x.HN


def _hn_id(idno: str) -> bool:
    return id_number_ok(idno) and _hn_code(idno[:6])


def _age(idno: str, on: date) -> int:
    born = date(int(idno[6:10]), int(idno[10:12]), int(idno[12:14]))
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _firm(code: str) -> bool:
    """A 河南 企业 统一 社会 信用 代码 (91…)."""
    return uscc_ok(code) and code[:2] == "91" and _hn_code(code[2:8])


def _vin_ok(v: str) -> bool:
    """GB 16735: 17 characters without I, O, Q; the ninth is the weighted mod-11 check."""
    if not re.fullmatch(f"[{VIN_CHARS}]{{17}}", v):
        return False
    r = sum(VIN_VALUE[ch] * w for ch, w in zip(v, VIN_WEIGHTS, strict=True)) % 11
    return v[8] == ("X" if r == 10 else str(r))


def _ean13_ok(code: str) -> bool:
    return (
        bool(re.fullmatch(r"\d{13}", code)) and sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(code)) % 10 == 0
    )


# --- the split, the size and the record contract ----------------------------------------------------


def test_regenerating_gives_the_committed_files(corpus: tuple[list[dict], list[dict]]) -> None:
    assert_regenerates(*corpus, gen_z.TUNING_FILE, gen_z.HELD_OUT_FILE)


def test_large_enough_and_tagged(reqs: list[dict]) -> None:
    assert_sized(reqs, gen_z, (130, 130), min_requests=1500, min_families=11, min_shapes=10)


def test_the_split_is_the_rule_written_down(corpus: tuple[list[dict], list[dict]]) -> None:
    """Whole families and (family, shape) groups are on one side only; the held-out families are the
    ones the docstring's rule picks (pinned: a change of family names would re-split)."""
    earlier = EARLIER[1:]  # C-Y: B has no SEED of its own to compare
    assert_split_as_written(corpus, gen_z, "corpus-z/", PINNED_HELD_OUT, earlier, parts=(793, 767))
    groups = {(r["family"], r["shape"]) for r in corpus[1] if r["family"] not in PINNED_HELD_OUT}
    assert groups == PINNED_HELD_GROUPS


def test_z_shares_no_family_with_a_to_y(reqs: list[dict]) -> None:
    assert_new_families(reqs, *EARLIER)


def test_every_record_is_a_request_its_server_reads_back(reqs: list[dict]) -> None:
    """Well formed, held to Z's own sources and methods, and read back exactly by a plain http.server."""
    assert_sound_requests(reqs, gen_z.check, gen_y.SOURCES["sports-lottery"])


def test_the_request_kinds_it_was_made_for(reqs: list[dict]) -> None:
    """Page navigations (at least 200), axios and jQuery calls, 微信 and 小程序 requests, App and back-end
    pushes, uploads and beacons."""
    assert {r["method"] for r in reqs} == {"GET", "POST"}
    ctypes = media_types(reqs)
    assert ctypes[""] >= 650 and ctypes["application/json"] >= 500 and ctypes["multipart/form-data"] >= 140
    assert ctypes["application/x-www-form-urlencoded"] >= 100 and ctypes["text/plain"] >= 110
    assert_headers_sent(reqs, ("X-Requested-With", "Authorization", "charset", "Cookie", "Origin", "X-App-Id"))
    assert sum(header(r, "Sec-Fetch-Mode") == "navigate" for r in reqs) >= 200
    assert sum("MicroMessenger" in header(r, "User-Agent") for r in reqs) >= 700
    assert sum("MiniProgramEnv" in header(r, "User-Agent") for r in reqs) >= 300
    assert sum("iPhone" in header(r, "User-Agent") for r in reqs) >= 150
    assert sum(header(r, "User-Agent").startswith("okhttp/") for r in reqs) >= 50
    assert (
        sum(header(r, "User-Agent").startswith(("Apache-HttpClient/", "Go-http-client/", "Java/")) for r in reqs) >= 160
    )


def test_multipart_uploads_decode(reqs: list[dict]) -> None:
    assert_uploads_decode(reqs, 140, {"application/pdf": ".pdf", "image/jpeg": ".jpg"})


def test_text_is_real_text(reqs: list[dict]) -> None:
    """The corpus carries the text real users and systems write: 书名号, quotes, full-width punctuation, units
    and symbols (℃, ㎡, kW, 92#), English words among the Chinese."""
    bodies = written_text(reqs)
    marks = ("《", "》", "“", "”", "（", "）", "：", "，", "。", "℃", "㎡", "kW", "92#", "0#", "元/斤", "RCEP", "HS")
    assert all(mark in bodies for mark in marks)


# --- the families, checked the way their receiving servers would ------------------------------------


def test_price_monitoring(reqs: list[dict]) -> None:
    """环比 % = (本期 − 上期) / 上期 × 100; row counts; 采价 on working days; EAN-13 条码 and 会员价 ≤ 价格;
    投诉 差价 and the prices in the text; 成本 调查 产值 and 净 收益; date ranges in order."""
    f = "price-monitoring"
    for r in of_family(reqs, f, "collector-report"):
        d = json_body(r)
        assert d["count"] == len(d["rows"]) == len({x["variety"] for x in d["rows"]}) and _hn_code(d["pointCode"][:6])
        assert _day(d["reportDate"]).weekday() < 5
        for x in d["rows"]:
            now, last = _d(x["price"]), _d(x["lastPrice"])
            assert _d(x["momPct"]) == _q2((now - last) / last * 100) and x["unit"] == gen_z.VARIETIES[x["variety"]][1]
    for r in of_family(reqs, f, "trend-query"):
        q = query1(r)
        assert _day(q["startDate"]) < _day(q["endDate"]) and (_day(q["endDate"]) - _day(q["startDate"])).days <= 366
    for r in of_family(reqs, f, "supermarket-push"):
        d = json_body(r)
        assert header(r, "X-Store-Code") == d["storeCode"]
        assert all(_ean13_ok(x["barcode"]) and 0 < _d(x["memberPrice"]) <= _d(x["price"]) for x in d["items"])
    for r in of_family(reqs, f, "price-complaint"):
        d = form_fields(r)
        assert Decimal(d["diff"]) == Decimal(d["paid"]) - Decimal(d["marked"]) > 0
        assert d["marked"] in d["content"] and d["paid"] in d["content"] and MOBILE.fullmatch(d["mobile"])
    for r in of_family(reqs, f, "cost-survey"):
        d = json_body(r)
        output = _q2(d["yieldKgPerMu"] * 2 * _d(d["pricePerJin"]))
        assert _d(d["outputPerMu"]) == output and d["totalCost"] == sum(d["costs"].values())
        assert _d(d["netPerMu"]) == output - d["totalCost"]
    for r in of_family(reqs, f, "alert-subscribe"):
        d = json_body(r)
        assert set(d["varieties"]) <= set(gen_z.VARIETIES) and "MiniProgramEnv" in header(r, "User-Agent")


def test_distributed_pv_filing(reqs: list[dict]) -> None:
    """装机 容量 = 组件 数 × 单块 功率; 容配比 1.0-1.3; 并网 电压 by capacity; 户用 by 身份 证号, 工商业 by 信用 代码;
    上网 电费 = 电量 × 0.3779 and totals; 逆变器 day energy = Σ hourly kW; 屋顶 测算 floor rule."""
    f = "distributed-pv-filing"

    def plant_ok(d: dict) -> bool:
        kw = Decimal(d["modules"]) * Decimal(d["moduleWatt"]) / 1000
        ratio = kw / _d(d["inverterKw"])
        voltage = "220V" if kw <= 8 else "380V" if kw <= 400 else "10kV"
        return (
            _d(d["capacityKw"]) == kw
            and _d(d["dcAcRatio"]) == _q2(ratio)
            and 1 <= ratio <= Decimal("1.31")
            and d["gridVoltage"] == voltage
        )

    for r in of_family(reqs, f, "filing-apply"):
        d = upload_fields(r)
        assert plant_ok(d) and _hn_code(d["county"]) and upload_types(r) == ["image/jpeg", "application/pdf"]
        assert _hn_id(d["idNo"]) if d["kind"] == "自然人户用" else _firm(d["uscc"])
    for r in of_family(reqs, f, "grid-apply"):
        assert plant_ok(json_body(r))
    for r in of_family(reqs, f, "filing-query"):
        no = query1(r)["filingNo"]
        assert re.fullmatch(r"PV41\d{4}20\d{4}\d{4}", no) and _hn_code(no[2:8])
    for r in of_family(reqs, f, "settlement-statement"):
        d = json_body(r)
        months = [datetime.strptime(x["month"], "%Y-%m").date() for x in d["rows"]]
        assert months == [gen_x.add_months(months[0], i) for i in range(len(months))]
        amounts = [_q2(x["gridKwh"] * Decimal("0.3779")) for x in d["rows"]]
        assert [_d(x["amount"]) for x in d["rows"]] == amounts and _d(d["totalAmount"]) == sum(amounts)
        assert d["totalKwh"] == sum(x["gridKwh"] for x in d["rows"])
    for r in of_family(reqs, f, "generation-push"):
        d = json_body(r)
        assert [p["t"] for p in d["points"]] == [f"{h:02d}:00" for h in range(6, 19)]
        assert _d(d["dayKwh"]) == sum(_d(p["kw"]) for p in d["points"]) and all(p["kw"] >= 0 for p in d["points"])
        assert all(p["kw"] <= d["inverterKw"] for p in d["points"])
    for r in of_family(reqs, f, "capacity-calc"):
        d = json_body(r)
        modules = (_d(d["roofArea"]) * _d(d["usableRatio"]) / _d(d["moduleArea"])).to_integral_value(ROUND_FLOOR)
        assert d["modules"] == modules and _d(d["capacityKw"]) == Decimal(d["modules"] * d["moduleWatt"]) / 1000


def test_prepaid_card_supervision(reqs: list[dict]) -> None:
    """存管 比例 by 发卡 企业 类型 and 存管 金额; 记名 ≤ 5000 元, 不记名 ≤ 1000 元; 剩余 次数 and value; 期末 = 期初 +
    发卡 − 兑付; 退卡 = 本金 − 已 消费 (赠送 not refunded); 合同 条款 quoted."""
    f = "prepaid-card-supervision"
    ratios = {"集团发卡企业": Decimal("0.40"), "品牌发卡企业": Decimal("0.30"), "规模发卡企业": Decimal("0.20")}
    for r in of_family(reqs, f, "issuer-filing"):
        d = upload_fields(r)
        assert Decimal(d["depositRatio"]) == ratios[d["issuerType"]] and _firm(d["uscc"])
        assert Decimal(d["depositAmount"]) == _q2(Decimal(d["prevQuarterBalance"]) * ratios[d["issuerType"]])
        assert upload_types(r) == ["image/jpeg", "application/pdf"]
    for r in of_family(reqs, f, "card-complaint"):
        d = json_body(r)
        assert _d(d["recharge"]) <= {"记名卡": 5000, "不记名卡": 1000}[d["cardType"]]
        assert d["totalTimes"] * _d(d["unitPrice"]) <= _d(d["recharge"]) and d["usedTimes"] < d["totalTimes"]
        assert d["remainingTimes"] == d["totalTimes"] - d["usedTimes"]
        assert _d(d["remainingValue"]) == _d(d["unitPrice"]) * d["remainingTimes"]
        assert re.search(r"《[^》]+》第.条：“[^”]+”", d["clause"]) and MOBILE.fullmatch(d["mobile"])
    for r in of_family(reqs, f, "quarterly-report"):
        d = json_body(r)
        assert _d(d["closing"]) == _d(d["opening"]) + _d(d["issued"]) - _d(d["redeemed"]) >= 0
        assert re.fullmatch(r"20\d\dQ[1-4]", d["quarter"]) and _firm(d["uscc"])
    for r in of_family(reqs, f, "refund-calc"):
        d = json_body(r)
        assert _d(d["refund"]) == _d(d["recharge"]) - _d(d["consumed"]) >= 0
    for r in of_family(reqs, f, "complaint-progress"):
        assert re.fullmatch(r"YFK20\d{6}\d{5}", query1(r)["complaintNo"])
    for r in of_family(reqs, f, "store-map"):
        q = query1(r)
        assert in_box(HN_BOX, q["lng"], q["lat"])


def test_refined_oil_retail(reqs: list[dict]) -> None:
    """The 调价 窗口 in force on the day, its 最高 零售 价 in 元/吨 and 元/升 (升/吨 coefficients), prices at or
    under them; GB 50156 等级 from 罐容 with 柴油 halved; 年报 totals; 投诉 above the ceiling."""
    f = "refined-oil-retail"
    windows = dict(gen_z.OIL_WINDOWS)

    def in_force(on: date) -> date:
        return max(w for w in windows if w < on)

    for r in of_family(reqs, f, "station-price-report"):
        d = json_body(r)
        window = _day(d["window"])
        assert window == in_force(_day(d["date"]))
        for oil, tons in zip(gen_z.OILS, windows[window], strict=True):
            top = d["ceiling"][oil]
            assert top["perTon"] == tons and _d(top["perLitre"]) == _q2(Decimal(tons) / gen_z.LITRES_PER_TON[oil])
            assert 0 < _d(d["prices"][oil]) <= _d(top["perLitre"])
    for r in of_family(reqs, f, "license-query"):
        m = re.fullmatch(r"油零售证书第(41\d\d)\d{4}号", query1(r)["licenseNo"])
        assert m and _hn_code(m.group(1) + "00")
    for r in of_family(reqs, f, "license-apply"):
        d = upload_fields(r)
        tanks = json_body({"body": d["tanks"]})
        gasoline = sum(t["m3"] for t in tanks if t["oil"] != "0#")
        diesel = sum(t["m3"] for t in tanks if t["oil"] == "0#")
        v = Decimal(gasoline) + Decimal(diesel) / 2
        assert (int(d["gasolineM3"]), int(d["dieselM3"])) == (gasoline, diesel) and v <= 210
        assert d["grade"] == ("一级" if v > 150 else "二级" if v > 90 else "三级") and _firm(d["uscc"])
        assert upload_types(r) == ["application/pdf", "image/jpeg"]
    for r in of_family(reqs, f, "annual-report"):
        d = json_body(r)
        assert sorted(d["months"]) == [f"2026-{m:02d}" for m in range(1, 13)]
        assert all(d["totals"][o] == sum(m[o] for m in d["months"].values()) for o in gen_z.OILS)
        assert d["total"] == sum(d["totals"].values()) and header(r, "Authorization").startswith("Bearer ")
    for r in of_family(reqs, f, "overprice-complaint"):
        d = form_fields(r)
        window = in_force(_day(d["date"]))
        tons = dict(zip(gen_z.OILS, windows[window], strict=True))[d["oil"]]
        assert Decimal(d["ceiling"]) == _q2(Decimal(tons) / gen_z.LITRES_PER_TON[d["oil"]]) < Decimal(d["paid"])
        assert d["paid"] in d["content"] and d["ceiling"] in d["content"]


def test_used_car_trade(reqs: list[dict]) -> None:
    """VINs with their check digit; 初次 登记 before 交易; 大写 金额 equal to the price; seller and buyer 身份 证号;
    发票 代码 and 号码 lengths; 回收 价 = 整备 质量 × 废钢 价; 过户 slots; 车龄 months."""
    f = "used-car-trade"
    plate = re.compile(r"豫[A-HM][A-HJ-NP-Z0-9]{5}")
    for r in of_family(reqs, f, "trade-register"):
        d = json_body(r)
        assert _vin_ok(d["vin"]) and plate.fullmatch(d["plate"]) and _day(d["firstRegDate"]) < _day(d["tradeDate"])
        assert gen_h.upper_to_cents(d["priceUpper"]) == int(_d(d["price"]) * 100)
        assert _hn_id(d["seller"]) and _hn_id(d["buyer"]) and _age(d["buyer"], _day(d["tradeDate"])) >= 18
        assert re.fullmatch(r"\d{12}", d["invoiceCode"]) and re.fullmatch(r"\d{8}", d["invoiceNo"])
    for shape in ("vehicle-query", "scrap-cert-query"):
        for r in of_family(reqs, f, shape):
            assert _vin_ok(query1(r)["vin"])
    for r in of_family(reqs, f, "scrap-cert-query"):
        no = query1(r)["certNo"]
        assert re.fullmatch(r"BF41\d{4}20\d\d\d{6}", no) and _hn_code(no[2:8])
    for r in of_family(reqs, f, "invoice-verify"):
        q = query1(r)
        assert re.fullmatch(r"\d{12}", q["fpdm"]) and re.fullmatch(r"\d{8}", q["fphm"])
    for r in of_family(reqs, f, "scrap-apply"):
        d = upload_fields(r)
        assert _vin_ok(d["vin"]) and _hn_id(d["owner"]) and upload_types(r) == ["image/jpeg"] * 3
        assert Decimal(d["recyclePrice"]) == _q2(Decimal(d["curbWeightKg"]) / 1000 * Decimal(d["steelPrice"]))
    for r in of_family(reqs, f, "transfer-booking"):
        d = json_body(r)
        assert _vin_ok(d["vin"]) and slot_within(d["slot"], "09:00", "17:00") and _day(d["date"]).weekday() < 5
    for r in of_family(reqs, f, "price-estimate"):
        d = json_body(r)
        first, today = _day(d["firstRegDate"]), _day(d["today"])
        months = (today.year - first.year) * 12 + today.month - first.month - (today.day < first.day)
        assert d["ageMonths"] == months > 0
    for r in of_family(reqs, f, "dealer-filing"):
        assert _firm(upload_fields(r)["uscc"]) and upload_types(r) == ["application/pdf"]


def test_district_heating(reqs: list[dict]) -> None:
    """热费 = 面积 × 单价 of the 市; 报停 before the season, 30% 基本 热费; 室温 readings under 18 ℃ and their mean;
    热量表 readings that rise with 供水 above 回水."""
    f = "district-heating"
    for r in of_family(reqs, f, "fee-pay"):
        d = json_body(r)
        assert _d(d["unitPrice"]) == gen_z.HEAT_PRICE[d["city"]]
        assert _d(d["amount"]) == _q2(_d(d["areaM2"]) * gen_z.HEAT_PRICE[d["city"]])
    for r in of_family(reqs, f, "suspend-apply"):
        d = form_fields(r)
        assert _day(d["applyDate"]) < gen_z.SEASON[0] - timedelta(days=14)
        assert Decimal(d["baseFee"]) == _q2(Decimal(d["areaM2"]) * gen_z.HEAT_PRICE[d["city"]] * Decimal("0.3"))
    for r in of_family(reqs, f, "temperature-complaint"):
        d = json_body(r)
        temps = [_d(x["temp"]) for x in d["readings"]]
        times = [_moment(x["time"]) for x in d["readings"]]
        assert all(t < d["standard"] == 18 for t in temps) and times == sorted(times)
        assert _d(d["average"]) == (sum(temps) / len(temps)).quantize(Decimal("0.1"), ROUND_HALF_UP)
        assert gen_z.SEASON[0] <= times[0].date() <= gen_z.SEASON[1]
    for r in of_family(reqs, f, "meter-push"):
        d = json_body(r)
        heat = [_d(p["heatGJ"]) for p in d["points"]]
        flow = [_d(p["flowM3"]) for p in d["points"]]
        times = [_moment(p["t"]) for p in d["points"]]
        assert heat == sorted(set(heat)) and flow == sorted(set(flow)) and times == sorted(set(times))
        assert all(p["supplyC"] > p["returnC"] for p in d["points"]) and _d(d["deltaGJ"]) == heat[-1] - heat[0]
    for r in of_family(reqs, f, "repair-request"):
        assert upload_types(r) == ["image/jpeg"] and "MiniProgramEnv" in header(r, "User-Agent")
    for r in of_family(reqs, f, "account-query"):
        assert re.fullmatch(r"RL\d{10}", query1(r)["accountNo"])


def test_water_supply_service(reqs: list[dict]) -> None:
    """GB 5749-2022 limits (浑浊度, pH, 游离氯 出厂 0.3-2 and 末梢 ≥ 0.05, 菌落, 大肠 菌群, 耗氧量); 自报 用量 =
    读数 差; DN by 申请人; 漏水 points in 河南; 过户 身份 证号."""
    f = "water-supply-service"
    for r in of_family(reqs, f, "quality-push"):
        d = json_body(r)
        low = 0.3 if d["point"] == "出厂水" else 0.05
        assert d["turbidityNTU"] <= 1 and 6.5 <= d["pH"] <= 8.5 and low <= d["chlorineMgL"] <= 2
        assert d["colonyCFUmL"] <= 100 and d["coliform"] == "未检出" and d["codMnMgL"] <= 3 and d["qualified"]
    for r in of_family(reqs, f, "self-read"):
        d = json_body(r)
        assert d["usageM3"] == d["reading"] - d["lastReading"] >= 0
    for r in of_family(reqs, f, "connection-apply"):
        d = upload_fields(r)
        assert d["dn"] in ("15", "20", "25", "50", "100") and (d["applicantType"] == "单位") == (int(d["dn"]) >= 50)
        assert upload_types(r) == ["application/pdf", "image/jpeg"] and MOBILE.fullmatch(d["mobile"])
    for r in of_family(reqs, f, "leak-report"):
        d = json_body(r)
        assert in_box(HN_BOX, d["lng"], d["lat"])
    for r in of_family(reqs, f, "name-transfer"):
        assert _hn_id(form_fields(r)["idNo"])
    for r in of_family(reqs, f, "progress-query"):
        assert re.fullmatch(r"BZ20\d{6}\d{4}", query1(r)["applyNo"])


def test_foreign_trade_service(reqs: list[dict]) -> None:
    """广交会 届次 from year and season (137th: spring 2025), 期 and its 展区, 展位 × 9 ㎡; 10-digit HS codes and ISO
    country codes; RCEP 证书 号 of the issue year; 补贴 = min(50% 展位 费, 2 万 × 展位); 月报 sums."""
    f = "foreign-trade-service"
    for r in of_family(reqs, f, "canton-fair-signup"):
        d = json_body(r)
        assert d["session"] == 137 + 2 * (d["year"] - 2025) + (d["season"] == "秋季")
        assert d["category"] == gen_z.PHASES[d["phase"]] and d["areaM2"] == 9 * d["booths"] and _firm(d["uscc"])
    for r in of_family(reqs, f, "remedy-subscribe"):
        d = json_body(r)
        assert all(re.fullmatch(r"\d{10}", x) for x in d["hsCodes"]) and all(
            re.fullmatch(r"[A-Z]{2}", x) for x in d["countries"]
        )
        assert re.fullmatch(r"[\w.]+@[\w.]+", d["email"]) and _firm(d["uscc"])
    for r in of_family(reqs, f, "rcep-co-verify"):
        q = query1(r)
        assert re.fullmatch(r"R\d\d41\d{9}", q["certNo"]) and q["certNo"][1:3] == q["issueDate"][2:4]
    for r in of_family(reqs, f, "fair-subsidy-apply"):
        d = upload_fields(r)
        fee, booths = Decimal(d["boothFee"]), int(d["booths"])
        assert Decimal(d["subsidy"]) == min(fee * Decimal("0.5"), 20000 * booths) and _firm(d["uscc"])
        assert upload_types(r) == ["application/pdf", "image/jpeg"]
    for r in of_family(reqs, f, "monthly-report"):
        d = json_body(r)
        assert d["totalUsd"] == sum(m["usd"] for m in d["markets"])
        assert len({m["country"] for m in d["markets"]}) == len(d["markets"])


def test_power_supply_service(reqs: list[dict]) -> None:
    """供电 电压 by 用电 类别 and 容量; 分时 电费 = Σ kWh × 峰/平/谷 价; 有序 用电 slots in order and 压减 totals;
    专票 税 13% and 价税 合计; 需量 between 40% and 100% of 容量."""
    f = "power-supply-service"
    for r in of_family(reqs, f, "connection-apply"):
        d = json_body(r)
        kw = d["capacityKw"]
        assert d["voltage"] == ("220V" if d["kind"] == "居民" and kw <= 10 else "380V" if kw < 160 else "10kV")
        assert _hn_id(d["idNo"]) if d["kind"] == "居民" else _firm(d["uscc"])
    for r in of_family(reqs, f, "tou-calc"):
        d = json_body(r)
        amounts = {k: _q2(d["kwh"][k] * _d(d["prices"][k])) for k in ("peak", "flat", "valley")}
        assert {k: _d(v) for k, v in d["amounts"].items()} == amounts and _d(d["total"]) == sum(amounts.values())
        assert (
            d["totalKwh"] == sum(d["kwh"].values())
            and d["prices"]["peak"] > d["prices"]["flat"] > d["prices"]["valley"]
        )
    for r in of_family(reqs, f, "orderly-plan-push"):
        d = json_body(r)
        bounds = [tuple(s.split("-")) for s in d["slots"]]
        assert all(a < b for a, b in bounds) and all(bounds[i][1] <= bounds[i + 1][0] for i in range(len(bounds) - 1))
        assert d["totalCutKw"] == sum(x["cutKw"] for x in d["firms"]) and all(_firm(x["uscc"]) for x in d["firms"])
    for r in of_family(reqs, f, "invoice-apply"):
        d = form_fields(r)
        net, tax = Decimal(d["net"]), Decimal(d["tax"])
        assert tax == _q2(net * Decimal("0.13")) and Decimal(d["total"]) == net + tax and _firm(d["uscc"])
    for r in of_family(reqs, f, "demand-declare"):
        d = json_body(r)
        assert d["capacityKva"] * 0.4 <= d["declaredKw"] <= d["capacityKva"] and _firm(d["uscc"])
    for r in of_family(reqs, f, "outage-query"):
        q = query1(r)
        assert _day(q["start"]) < _day(q["end"]) and _hn_code(q["region"])


def test_grain_purchase_reserve(reqs: list[dict]) -> None:
    """售粮 预约 within the 执行 期 and opening hours, price of the 等级 (三等 119 元/50 公斤, 2 元 a grade); 等级 from
    容重 per GB 1351; 净重, 水分 扣量 1.5% a point over 12.5%, 结算 重量 and 金额; Luhn cards; 保证金 = 吨 × 100."""
    f = "grain-purchase-reserve"
    price = {"一等": 123, "二等": 121, "三等": 119, "四等": 117, "五等": 115}
    for r in of_family(reqs, f, "sale-booking"):
        d = json_body(r)
        on = _day(d["date"])
        assert date(on.year, 6, 1) <= on <= date(on.year, 9, 30) and slot_within(d["slot"], "08:00", "18:00")
        assert d["pricePer50kg"] == price[d["grade"]] and _hn_id(d["idNo"]) and _age(d["idNo"], on) >= 18
    for r in of_family(reqs, f, "quality-result-push"):
        d = json_body(r)
        lines = [("一等", 790), ("二等", 770), ("三等", 750), ("四等", 730), ("五等", 710)]
        assert d["grade"] == next((g for g, lo in lines if d["testWeightGL"] >= lo), None)
    for r in of_family(reqs, f, "settlement-push"):
        d = json_body(r)
        deduct = _q2(max(Decimal(0), _d(d["moisturePct"]) - Decimal("12.5")) * Decimal("1.5"))
        settle = (d["netKg"] * (1 - deduct / 100)).to_integral_value(ROUND_HALF_UP)
        assert d["netKg"] == d["grossKg"] - d["tareKg"] > 0 and _d(d["deductPct"]) == deduct and d["settleKg"] == settle
        assert _d(d["amount"]) == _q2(Decimal(settle) / 50 * price[d["grade"]]) and luhn_ok(d["bankCard"])
    for r in of_family(reqs, f, "auction-signup"):
        d = upload_fields(r)
        tons = [int(t) for t in d["lotTons"].split(",")]
        assert len(tons) == len(d["lots"].split(",")) and int(d["tons"]) == sum(tons)
        assert Decimal(d["deposit"]) == 100 * sum(tons) and _firm(d["uscc"])
        assert upload_types(r) == ["image/jpeg", "application/pdf"]


def test_housekeeping_credit(reqs: list[dict]) -> None:
    """家政员 aged 18-65 with a 体检 within a year before 上岗; 合同 total = months × 月 工资, end the day before the
    same day ``months`` later; 评价 stars; 编号 formats; uploads from a 小程序."""
    f = "housekeeping-credit"
    for r in of_family(reqs, f, "worker-record"):
        d = json_body(r)
        on, checked = _day(d["onboardDate"]), _day(d["healthCheckDate"])
        assert _hn_id(d["idNo"]) and 18 <= _age(d["idNo"], on) <= 65 and checked < on <= checked + timedelta(days=365)
        assert _firm(d["company"])
    for r in of_family(reqs, f, "contract-sign"):
        d = json_body(r)
        start = _day(d["start"])
        assert _d(d["total"]) == _d(d["monthlyWage"]) * d["months"]
        assert _day(d["end"]) == gen_x.add_months(start, d["months"]) - timedelta(days=1)
        assert re.fullmatch(r"JZ41\d{12}", d["workerNo"])
    for r in of_family(reqs, f, "credit-query"):
        assert re.fullmatch(r"JZ41\d{12}", query1(r)["workerNo"])
    for r in of_family(reqs, f, "training-signup"):
        assert _hn_id(form_fields(r)["idNo"])
    for r in of_family(reqs, f, "review"):
        assert 1 <= json_body(r)["stars"] <= 5
    for r in of_family(reqs, f, "health-cert-upload"):
        assert upload_types(r) == ["image/jpeg"] and "MiniProgramEnv" in header(r, "User-Agent")


def test_pipeline_protection(reqs: list[dict]) -> None:
    """第三十五条 施工 申请 with a distance in its band and dates in order; 桩号 format; 巡线 tracks forward in time
    and in 河南, in office hours; 演练 end after start; 地图 boxes in 河南."""
    f = "pipeline-protection"
    stake = re.compile(r"K\d{1,3}\+\d{3}")
    for r in of_family(reqs, f, "construction-apply"):
        d = upload_fields(r)
        lo, hi = {
            "穿跨越管道施工": (0, 0),
            "新建改建扩建道路、河渠或埋设电缆光缆": (5, 50),
            "爆破、钻探、工程挖掘": (0, 200),
        }[d["work"]]
        assert lo <= int(d["distanceM"]) <= hi and _day(d["start"]) < _day(d["end"]) and stake.fullmatch(d["stake"])
        assert _firm(d["uscc"]) and upload_types(r) == ["application/pdf", "image/jpeg"]
    for r in of_family(reqs, f, "patrol-push"):
        d = json_body(r)
        times = [_moment(p["t"]) for p in d["track"]]
        assert times == sorted(set(times)) and all(in_box(HN_BOX, p["lng"], p["lat"]) for p in d["track"])
        assert times[0].weekday() < 5 and stake.fullmatch(d["from"])
    for r in of_family(reqs, f, "marker-query"):
        assert stake.fullmatch(query1(r)["stake"])
    for r in of_family(reqs, f, "drill-push"):
        d = json_body(r)
        assert _moment(d["start"]) < _moment(d["end"])
    for r in of_family(reqs, f, "pipeline-map"):
        x0, y0, x1, y1 = (float(v) for v in query1(r)["bbox"].split(","))
        assert x0 < x1 and y0 < y1 and in_box(HN_BOX, x0, y0) and in_box(HN_BOX, x1, y1)
    for r in of_family(reqs, f, "hazard-report"):
        d = json_body(r)
        assert in_box(HN_BOX, d["lng"], d["lat"]) and MOBILE.fullmatch(d["mobile"])


def test_the_sizes_are_even(reqs: list[dict]) -> None:
    """Every (family, shape) group has N requests: the group rule weighs groups alike."""
    assert set(Counter((r["family"], r["shape"]) for r in reqs).values()) == {gen_z.N}
