"""Corpus S (tests/waf/data/gen_cms_corpus_s.py): its split and its requests, without a WAF.

Fast tests, in their own module like test_corpus_r_split.py. Nothing here sends S through the WAF: S's
false-positive count is the lead's, after a tuning round on S's tuning part (docs/waf.md, held-out
discipline). The per-family checks look only at the requests themselves, the way the receiving servers
would: 公民身份号码 and 统一社会信用代码 check characters, ages read from the birth date, Luhn and EAN-13 check
digits, 财务 公开 and 清册 totals, 补贴 amounts = 面积 × 标准, 保障 金 = (标准 - 收入) × 人数, order totals,
转移 and 积分 sums, 留样 weights and hours, 请假 spans and who approves them, signatures recomputed with the
services' keys, GPS inside the county, uploads that are what they say and MD5s that match. Never a WAF verdict.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import io
import re
import urllib.parse
from datetime import date, datetime, timedelta

from tests.waf.corpus_checks import (
    assert_headers_sent,
    assert_new_families,
    assert_regenerates,
    assert_sized,
    assert_sound_requests,
    assert_split_as_written,
    common_file_ok,
    content_type,
    corpus_fixtures,
    form_fields,
    header,
    id_number_ok,
    json_body,
    luhn_ok,
    media_types,
    multipart_parts,
    of_family,
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
from tests.waf.data import gen_cms_corpus_p as gen_p
from tests.waf.data import gen_cms_corpus_q as gen_q
from tests.waf.data import gen_cms_corpus_r as gen_r
from tests.waf.data import gen_cms_corpus_s as gen_s

PINNED_HELD_OUT = (
    "subsistence-relief",
    "community-correction",
    "village-affairs-disclosure",
)  # written once from the docstring's rule: a change of family names would re-split

EARLIER = (gen_b, gen_c, gen_d, gen_e, gen_f, gen_g, gen_h, gen_i, gen_j, gen_k, gen_l, gen_m, gen_n, gen_o, gen_p,
           gen_q, gen_r)  # fmt: skip

corpus, reqs = corpus_fixtures(gen_s)

MOBILE = re.compile(r"1[3-9]\d{9}")
VILLAGE = re.compile(r"360732(?:1\d\d|20\d)(?:0\d\d|2\d\d)")


def _md5(data: bytes) -> str:
    return hashlib.md5(data, usedforsecurity=False).hexdigest()


def _csv(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))


def _born(n: str) -> date:
    return date(int(n[6:10]), int(n[10:12]), int(n[12:14]))


def _age(n: str, day: date) -> int:
    b = _born(n)
    return day.year - b.year - ((day.month, day.day) < (b.month, b.day))


def _cents(x: float | str) -> int:
    return round(float(x) * 100)


def _in_county(lng: float, lat: float) -> bool:
    return gen_s.LNG[0] <= lng <= gen_s.LNG[1] and gen_s.LAT[0] <= lat <= gen_s.LAT[1]


def _jpeg_b64(text: str) -> bool:
    return common_file_ok(base64.b64decode(text.removeprefix("data:image/jpeg;base64,"), validate=True), "image/jpeg")


def _file_ok(p: dict) -> bool:
    common = common_file_ok(p["data"], p["type"])
    if common is not None:
        return common
    if p["type"] == "text/csv":
        return bool(_csv(p["data"]))
    return False


def _when(text: str) -> datetime:
    return datetime.fromisoformat(text)


# --- the split, the size and the record contract ----------------------------------------------------


def test_regenerating_gives_the_committed_files(corpus: tuple[list[dict], list[dict]]) -> None:
    assert_regenerates(*corpus, gen_s.TUNING_FILE, gen_s.HELD_OUT_FILE)


def test_large_enough_and_tagged(reqs: list[dict]) -> None:
    assert_sized(reqs, gen_s, (128, 128), min_requests=1500, min_families=12, min_shapes=8)


def test_the_split_is_the_rule_written_down(corpus: tuple[list[dict], list[dict]]) -> None:
    """Whole families and (family, shape) groups are on one side only; the held-out families are the
    ones the docstring's rule picks (pinned: a change of family names would re-split)."""
    assert_split_as_written(corpus, gen_s, "corpus-s/", PINNED_HELD_OUT, EARLIER[1:], parts=(768, 768))


def test_s_shares_no_family_with_a_to_r(reqs: list[dict]) -> None:
    assert_new_families(reqs, *EARLIER)


def test_every_record_is_a_request_its_server_reads_back(reqs: list[dict]) -> None:
    """Well formed, held to S's own sources and methods, and read back exactly by a plain http.server."""
    assert_sound_requests(reqs, gen_s.check, gen_r.SOURCES["mayor-mailbox"])


def test_the_request_kinds_it_was_made_for(reqs: list[dict]) -> None:
    """Page navigations and XHR, JSON and forms, uploads, 小程序 and App calls, 微信 H5, back-end pushes."""
    assert {r["method"] for r in reqs} == {"GET", "POST"}
    ctypes = media_types(reqs)
    assert ctypes[""] >= 400 and ctypes["application/json"] >= 500 and ctypes["multipart/form-data"] >= 150
    assert ctypes["application/x-www-form-urlencoded"] >= 150
    assert_headers_sent(reqs, ("X-Requested-With", "Authorization", "X-Sign", "X-App-Id", "sign", "Origin"))
    assert sum("MiniProgramEnv" in header(r, "User-Agent") for r in reqs) >= 100
    assert sum("MicroMessenger" in header(r, "User-Agent") for r in reqs) >= 300
    assert sum(header(r, "Sec-Fetch-Mode") == "navigate" for r in reqs) >= 100


def test_multipart_uploads_decode(reqs: list[dict]) -> None:
    """Every uploaded file is what its part's Content-Type says (PDF, JPEG, PNG, DOCX, CSV); MD5s match."""
    uploads = [r for r in reqs if content_type(r).startswith("multipart/form-data")]
    assert len(uploads) >= 150
    for r in uploads:
        for p in multipart_parts(r):
            assert p["filename"] is None or _file_ok(p), (r["label"], p["name"], p["type"])
        fields = upload_fields(r)
        if "md5" in fields:
            assert fields["md5"] == _md5(upload_files(r)[0]["data"]), r["label"]


# --- the families, checked the way their receiving servers would ------------------------------------


def test_village_affairs(reqs: list[dict]) -> None:
    """财务 公开 totals are the sums of their items and 期末 = 期初 + 收入 - 支出; 表决 counts add up."""
    f = "village-affairs-disclosure"
    for r in of_family(reqs, f, "finance-table-save"):
        doc = json_body(r)
        assert VILLAGE.fullmatch(doc["orgCode"]) and set(doc["sr"]) == set(gen_s.INCOME_ITEMS)
        assert _cents(doc["srhj"]) == sum(_cents(v) for v in doc["sr"].values())
        assert _cents(doc["zchj"]) == sum(_cents(v) for v in doc["zc"].values())
        assert _cents(doc["qmye"]) == _cents(doc["qcye"]) + _cents(doc["srhj"]) - _cents(doc["zchj"])
    for r in of_family(reqs, f, "resolution-publish"):
        bj = json_body(r)["bj"]
        assert bj["ty"] + bj["fd"] + bj["qq"] == bj["sd"] <= bj["yd"] and bj["ty"] * 3 > bj["sd"] * 2
    for r in of_family(reqs, f, "list-api"):
        assert VILLAGE.fullmatch(query1(r)["orgCode"]) and 1 <= int(query1(r)["quarter"]) <= 4
    for r in of_family(reqs, f, "qr-scan-open"):
        assert VILLAGE.fullmatch(query1(r)["code"]) and "MicroMessenger" in header(r, "User-Agent")
    for r in of_family(reqs, f, "villager-feedback"):
        assert MOBILE.fullmatch(form_fields(r)["dh"])


def test_grid_events(reqs: list[dict]) -> None:
    """Events carry known 分类 codes, a 网格 code under a village, a place in the county and JPEG photos."""
    f = "grid-event-report"
    for r in of_family(reqs, f, "event-report"):
        doc = json_body(r)
        assert gen_s.EVENT_TYPES[doc["eventType"]] == doc["eventTypeName"]
        assert VILLAGE.fullmatch(doc["gridCode"][:12]) and len(doc["gridCode"]) == 15
        assert _in_county(doc["lng"], doc["lat"]) and all(_jpeg_b64(i) for i in doc["images"])
    for r in of_family(reqs, f, "patrol-track"):
        times = [p["t"] for p in json_body(r)["points"]]
        assert times == sorted(times) and len(set(times)) == len(times)
    for r in of_family(reqs, f, "event-close"):
        assert all(_jpeg_b64(i) for i in json_body(r)["afterImages"])
    for r in of_family(reqs, f, "duty-clock"):
        fields = form_fields(r)
        assert _in_county(float(fields["lng"]), float(fields["lat"])) and fields["type"] in {"on", "off"}
    for r in of_family(reqs, f, "visit-log"):
        assert json_body(r)["hh"].startswith("360732") and MOBILE.fullmatch(json_body(r)["lxdh"])
    for r in of_family(reqs, f, "photo-upload"):
        assert header(r, "X-App-Id") == gen_s.GRID_APP


def test_dispute_mediation(reqs: list[dict]) -> None:
    """Parties carry valid 身份证 numbers whose sex is the one given; 案号 are well formed; 台账 totals add up."""
    f = "dispute-mediation-intake"
    parties = []
    for r in of_family(reqs, f, "apply-h5"):
        doc = json_body(r)
        parties += doc["sqr"] + doc["bsqr"]
        assert doc["jflx"] in gen_s.DISPUTE_TYPES and len(doc["ssjg"]) > 60
    for r in of_family(reqs, f, "apply-miniapp"):
        doc = json_body(r)
        parties += [doc["applicant"], doc["respondent"]]
    assert all(id_number_ok(p["sfzh"]) and p["xb"] == ("男" if int(p["sfzh"][16]) % 2 else "女") for p in parties)
    case = re.compile(r"（20\d\d）兴[\u4e00-\u9fff]调字第\d{1,3}号")
    for r in of_family(reqs, f, "agreement-upload"):
        no = upload_fields(r)["ah"]
        (p,) = upload_files(r)
        assert case.fullmatch(no) and no in p["filename"] and "word/document.xml" in zip_names(p["data"])
    for r in of_family(reqs, f, "progress-query"):
        assert case.fullmatch(query1(r)["ah"])
    for r in of_family(reqs, f, "ledger-batch"):
        doc = json_body(r)
        assert doc["hj"]["js"] == len(doc["rows"]) and doc["hj"]["rs"] == sum(x["sjrs"] for x in doc["rows"])
        assert doc["hj"]["yhj"] == sum(x["zt"] == "已化解" for x in doc["rows"])


def test_flood_duty(reqs: list[dict]) -> None:
    """超警 = 水位 - 警戒 水位 of a known station; 累计 雨量 is the sum; 转移 = 集中 + 分散 and the total adds up."""
    f = "flood-duty-report"
    for r in of_family(reqs, f, "water-level"):
        doc = json_body(r)
        name, _, warn = gen_s.STATIONS[doc["stcd"]]
        assert doc["stnm"] == name and doc["wrz"] == warn and _cents(doc["cjz"]) == _cents(doc["z"]) - _cents(warn)
    for r in of_family(reqs, f, "rainfall"):
        doc = json_body(r)
        assert round(doc["ljyl"] * 10) == sum(round(x * 10) for x in doc["sdyl"])
        assert _when(doc["jssj"]) - _when(doc["kssj"]) == timedelta(hours=len(doc["sdyl"]))
    for r in of_family(reqs, f, "evacuation"):
        doc = json_body(r)
        assert doc["hj"] == sum(x["zyrs"] for x in doc["rows"])
        assert all(x["jzaz"] + x["fsaz"] == x["zyrs"] and VILLAGE.fullmatch(x["cdm"]) for x in doc["rows"])
    for r in of_family(reqs, f, "duty-log-list"):
        assert query1(r)["kssj"] < query1(r)["jssj"]
    for r in of_family(reqs, f, "danger-report"):
        fields = upload_fields(r)
        assert fields["xqlx"] in gen_s.DANGERS and _in_county(float(fields["lng"]), float(fields["lat"]))


def test_subsistence_relief(reqs: list[dict]) -> None:
    """公示 names are masked and run 7 days; 保障 金 = (标准 - 人均 收入) × 人数; applicants' incomes add up."""
    f = "subsistence-relief"
    for r in of_family(reqs, f, "publicity-push"):
        doc = json_body(r)
        assert date.fromisoformat(doc["gsjz"]) - date.fromisoformat(doc["gsqs"]) == timedelta(days=6)
        for x in doc["rows"]:
            assert "*" in x["hzxm"] and x["ybzj"] == (doc["bzbz"] - x["rjsr"]) * x["bzrs"] > 0
    for r in of_family(reqs, f, "relief-apply"):
        doc = json_body(r)
        assert doc["jtysr"] == sum(m["ysr"] for m in doc["jtcy"]) and doc["rjysr"] < gen_s.DIBAO_LINE
        assert all(id_number_ok(m["sfzh"]) for m in doc["jtcy"]) and doc["jtcy"][0]["gx"] == "户主"
        assert luhn_ok(doc["yhkh"]) and VILLAGE.fullmatch(doc["szqh"])
    for r in of_family(reqs, f, "temp-relief"):
        assert id_number_ok(json_body(r)["sfzh"]) and json_body(r)["sqje"] % 100 == 0
    for r in of_family(reqs, f, "progress-query"):
        assert id_number_ok(query1(r)["sfzh"])


def test_elder_meals(reqs: list[dict]) -> None:
    """补贴 follows the age the 身份证 号 gives on the meal day; 实付 = 原价 - 补贴; POS signs verify;
    高龄 津贴 applicants are 80 or over with the 档次 of their age and a Luhn-valid card."""
    f = "elder-meal-service"
    for r in of_family(reqs, f, "order-submit"):
        doc = json_body(r)
        total = sum(i["price"] * i["qty"] for i in doc["items"])
        age = _age(doc["idCard"], date.fromisoformat(doc["eatDate"]))
        assert id_number_ok(doc["idCard"]) and doc["totalFee"] == total
        assert doc["subsidyFee"] == min(gen_s.meal_subsidy(age), total) and doc["payFee"] == total - doc["subsidyFee"]
    for r in of_family(reqs, f, "pos-consume"):
        params = form_fields(r)
        sign = params.pop("sign")
        text = "&".join(f"{k}={params[k]}" for k in sorted(params) if params[k]) + f"&key={gen_s.POS_KEY}"
        assert sign == hashlib.md5(text.encode(), usedforsecurity=False).hexdigest().upper()
        assert luhn_ok(params["cardNo"])
    for r in of_family(reqs, f, "allowance-apply"):
        doc = json_body(r)
        age = _age(doc["sfzh"], date.fromisoformat(doc["sqrq"]))
        assert id_number_ok(doc["sfzh"]) and age == doc["nl"] >= 80 and luhn_ok(doc["kh"])
        assert doc["dc"] == next(s for lo, s in gen_s.ALLOWANCE if age >= lo)
    for r in of_family(reqs, f, "home-service"):
        doc = json_body(r)
        assert _when(doc["jssj"]) - _when(doc["kssj"]) == timedelta(minutes=doc["fwsc"])
    for r in of_family(reqs, f, "delivery-sign"):
        doc = json_body(r)
        assert _jpeg_b64(doc["photo"]) and _in_county(doc["lng"], doc["lat"])


def test_mall_orders(reqs: list[dict]) -> None:
    """Barcodes are EAN-13; 应付 = 商品 + 运费 - 优惠; 单位 采购 names its 统一社会信用代码 and 金额 = 单价 × 数量."""
    f = "rural-revitalization-mall"
    for r in of_family(reqs, f, "order-submit"):
        doc = json_body(r)
        for i in doc["items"]:
            code = i["barcode"]
            assert len(code) == 13 and sum(int(d) * (3 if k % 2 else 1) for k, d in enumerate(code)) % 10 == 0
        goods = sum(i["price"] * i["num"] for i in doc["items"])
        assert doc["goodsAmount"] == goods and doc["payAmount"] == goods + doc["freight"] - doc["couponAmount"]
        assert doc["freight"] == (0 if goods >= 9900 else 1000)
    for r in of_family(reqs, f, "unit-purchase"):
        doc = json_body(r)
        assert uscc_ok(doc["tyshxydm"]) and doc["je"] == doc["dj"] * doc["sl"]
    for r in of_family(reqs, f, "review-upload"):
        assert "MiniProgramEnv" in header(r, "User-Agent") and 3 <= int(upload_fields(r)["score"]) <= 5


def test_farmland_subsidies(reqs: list[dict]) -> None:
    """金额 = 面积 × 标准 to the 分, 合计 are the sums; 核定 面积 = 承包 - 非农 - 抛荒; 农机 型号 are catalogued."""
    f = "farmland-subsidy-roster"
    rate = gen_s.ARABLE_RATE
    for r in of_family(reqs, f, "roster-save"):
        doc = json_body(r)
        for x in doc["rows"]:
            assert _cents(x["btje"]) == (_cents(x["btmj"]) * rate + 50) // 100
            assert id_number_ok(x["sfzh"]) and luhn_ok(x["yhkh"]) and re.fullmatch(r"\d+\.\d\d", x["btmj"])
        assert _cents(doc["hjmj"]) == sum(_cents(x["btmj"]) for x in doc["rows"])
        assert _cents(doc["hjje"]) == sum(_cents(x["btje"]) for x in doc["rows"])
    for r in of_family(reqs, f, "roster-import"):
        rows = _csv(upload_files(r)[0]["data"])
        assert rows[0][2] == "身份证号"
        for x in rows[1:]:
            assert id_number_ok(x[2]) and luhn_ok(x[5]) and _cents(x[4]) == (_cents(x[3]) * rate + 50) // 100
    for r in of_family(reqs, f, "area-verify"):
        doc = json_body(r)
        assert _cents(doc["hdmj"]) == _cents(doc["cbmj"]) - _cents(doc["fnzy"]) - _cents(doc["phmj"]) >= 0
    models = {m[1]: m for m in gen_s.MACHINES}
    for r in of_family(reqs, f, "machine-apply"):
        doc = json_body(r)
        pm, _, name, central = models[doc["jjxh"]]
        assert (doc["pm"], doc["jjmc"], doc["zybtje"]) == (pm, name, central) and doc["xsjg"] > central
        assert id_number_ok(doc["sfzh"]) and luhn_ok(doc["yhkh"]) and re.fullmatch(r"[A-Z]{2}20\d\d\d{6}", doc["ccbh"])
        if doc["jgmc"]:
            assert uscc_ok(doc["tyshxydm"]) and doc["tyshxydm"].startswith("93360732")
    for r in of_family(reqs, f, "machine-photo"):
        assert upload_fields(r)["jjxh"] in models


def test_school_canteens(reqs: list[dict]) -> None:
    """留样 ≥ 125 g kept 48 hours or more; 食谱 weeks start on Monday; AI pushes verify; 陪餐 photos are JPEG."""
    f = "school-canteen-kitchen"
    for r in of_family(reqs, f, "sample-retention"):
        doc = json_body(r)
        assert doc["lyzl"] >= gen_s.SAMPLE_MIN_G and _when(doc["xhsj"]) - _when(doc["lysj"]) >= timedelta(hours=48)
    for r in of_family(reqs, f, "menu-publicity"):
        doc = json_body(r)
        monday = date.fromisoformat(doc["zc"])
        assert monday.weekday() == 0 and [d["rq"] for d in doc["sp"]] == [
            f"{monday + timedelta(days=i):%Y-%m-%d}" for i in range(5)
        ]
    for r in of_family(reqs, f, "ai-alert-push"):
        expect = _md5(f"{header(r, 'appKey')}{header(r, 'timestamp')}{r['body']}{gen_s.KITCHEN_KEY}".encode())
        doc = json_body(r)
        assert header(r, "sign") == expect and gen_s.AI_ALERTS[doc["alarmType"]] == doc["alarmName"]
    for r in of_family(reqs, f, "accompany-meal"):
        assert _jpeg_b64(json_body(r)["zp"])
    for r in of_family(reqs, f, "morning-check"):
        assert all(36.0 <= p["tw"] <= 37.2 for p in json_body(r)["ry"])
    for r in of_family(reqs, f, "live-open"):
        assert r["path"].split("?")[0].endswith(".m3u8")


def test_living_environment(reqs: list[dict]) -> None:
    """随手拍 lies in the county; 积分 合计 are sums and balances never go negative; 评分 总分 is the sum."""
    f = "living-environment-snap"
    for r in of_family(reqs, f, "snap-submit"):
        doc = json_body(r)
        assert _in_county(doc["lng"], doc["lat"]) and doc["wtlx"] in gen_s.SNAP_TYPES
        assert all(u.startswith(gen_s.SITE + "/rjhj/file/") for u in doc["tp"])
    for r in of_family(reqs, f, "points-record"):
        doc = json_body(r)
        assert doc["hj"] == sum(i["fz"] for i in doc["mx"])
    for r in of_family(reqs, f, "points-exchange"):
        doc = json_body(r)
        assert doc["xhjf"] == sum(i["jf"] * i["sl"] for i in doc["mx"]) and doc["dhhye"] == doc["dhqye"] - doc["xhjf"]
        assert doc["dhhye"] >= 0
    for r in of_family(reqs, f, "inspection-score"):
        doc = json_body(r)
        assert doc["zf"] == sum(doc["df"].values()) <= 100
    for r in of_family(reqs, f, "snap-upload"):
        assert "MiniProgramEnv" in header(r, "User-Agent")


def test_county_media_app(reqs: list[dict]) -> None:
    """App calls carry the sign the gateway recomputes from the request's own parameters and the appSecret."""
    f = "county-media-app"

    def sign(params: dict[str, str]) -> str:
        return _md5(("&".join(f"{k}={params[k]}" for k in sorted(params)) + gen_s.MEDIA_SECRET).encode())

    for shape in ("news-feed", "live-heartbeat"):
        for r in of_family(reqs, f, shape):
            assert header(r, "X-Sign") == sign(query1(r))
    for shape in ("comment-post", "like"):
        for r in of_family(reqs, f, shape):
            assert header(r, "X-Sign") == sign(form_fields(r))
    for r in of_family(reqs, f, "live-danmaku"):
        assert header(r, "X-Sign") == sign(json_body(r))
    for r in of_family(reqs, f, "ugc-submit"):
        assert header(r, "X-Sign") == sign(upload_fields(r)) and len(upload_fields(r)["content"]) > 60
    for r in of_family(reqs, f, "share-open"):
        assert "MicroMessenger" in header(r, "User-Agent")


def test_community_correction(reqs: list[dict]) -> None:
    """请假 spans match their day counts (≤ 30) and the approver the 实施办法 names; 答题 answers are options."""
    f = "community-correction"
    for r in of_family(reqs, f, "leave-apply"):
        doc = json_body(r)
        days = (date.fromisoformat(doc["jssj"]) - date.fromisoformat(doc["kssj"])).days + 1
        assert days == doc["ts"] <= 30 and doc["spjg"] == ("司法所" if days <= 7 else "县社区矫正机构")
    for r in of_family(reqs, f, "location-checkin"):
        doc = json_body(r)
        assert _in_county(doc["lng"], doc["lat"]) and re.fullmatch(r"3607322\d{9}", doc["jzdxbh"])
    for r in of_family(reqs, f, "study-record"):
        doc = json_body(r)
        assert _when(doc["jssj"]) - _when(doc["kssj"]) == timedelta(minutes=doc["xxsc"])
    known = {q[0] for q in gen_s.QUIZ}
    for r in of_family(reqs, f, "quiz-submit"):
        answers = json_body(r)["answers"]
        qids = [a["qid"] for a in answers]
        assert set(qids) <= known and len(set(qids)) == len(qids) and all(a["answer"] in "ABC" for a in answers)
    for r in of_family(reqs, f, "report-upload"):
        assert "word/document.xml" in zip_names(upload_files(r)[0]["data"])


def test_identifiers_carry_their_check_digits(reqs: list[dict]) -> None:
    """公民身份号码 and 统一社会信用代码 wherever the families send them in clear, in paths, forms, JSON and uploads."""
    text = " ".join(
        urllib.parse.unquote(r["path"]) + " " + urllib.parse.unquote_plus(record_body(r).decode("utf-8", "replace"))
        for r in reqs
    )
    ids = set(re.findall(r"(?<!\d)360732(?:19|20)\d{9}[\dX](?![\dX])", text))
    assert len(ids) >= 300 and all(id_number_ok(n) for n in ids)
    codes = set(re.findall(r"(?<![0-9A-Z])(?:93|91|12|11|81)360732[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Z])", text))
    assert len(codes) >= 20 and all(uscc_ok(code) for code in codes)
