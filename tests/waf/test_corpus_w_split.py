"""Corpus W (tests/waf/data/gen_cms_corpus_w.py): its split and its requests, without a WAF.

Fast tests, in their own module like test_corpus_v_split.py. Nothing here sends W through the WAF: W's
false-positive count is the lead's, after a tuning round on W's tuning part (docs/waf.md, held-out
discipline). The per-family checks look only at the requests themselves, the way the receiving services
would: 身份 证号, 统一 社会 信用 代码 and 组织 机构 代码 check characters, GB/T 2260 codes, dates in order and the
20-working-day and 60-day limits, exam slots within opening hours, the LS 风险 矩阵, the 统计 制度's orderings,
sums of losses, fees, shares and kilometres, 单价 × 面积 and the 契税 rule, 第二百七十八条 votes, 超限 items
from the 第三条 limits, 大纲 学时, 忠告 语 and 文号 formats, GB/T 13989 图幅 编号 recomputed from the point, and
uploads that are what their type says. Never a WAF verdict.
"""

from __future__ import annotations

import itertools
import re
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

from tests.waf.corpus_checks import (
    DOCX_TYPE,
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
    media_types,
    multipart_parts,
    of_family,
    query1,
    upload_fields,
    upload_files,
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
from tests.waf.data import gen_cms_corpus_k as gen_k
from tests.waf.data import gen_cms_corpus_l as gen_l
from tests.waf.data import gen_cms_corpus_m as gen_m
from tests.waf.data import gen_cms_corpus_n as gen_n
from tests.waf.data import gen_cms_corpus_o as gen_o
from tests.waf.data import gen_cms_corpus_p as gen_p
from tests.waf.data import gen_cms_corpus_q as gen_q
from tests.waf.data import gen_cms_corpus_r as gen_r
from tests.waf.data import gen_cms_corpus_s as gen_s
from tests.waf.data import gen_cms_corpus_t as gen_t
from tests.waf.data import gen_cms_corpus_u as gen_u
from tests.waf.data import gen_cms_corpus_v as gen_v
from tests.waf.data import gen_cms_corpus_w as gen_w

PINNED_HELD_OUT = (
    "ad-review",
    "oversize-transport-permit",
    "emergency-plan-filing",
)  # written once from the docstring's rule: a change of family names would re-split

EARLIER = (
    gen_b,
    gen_c,
    gen_d,
    gen_e,
    gen_f,
    gen_g,
    gen_h,
    gen_i,
    gen_j,
    gen_k,
    gen_l,
    gen_m,
    gen_n,
    gen_o,
    gen_p,
    gen_q,
    gen_r,
    gen_s,
    gen_t,
    gen_u,
    gen_v,
)

corpus, reqs = corpus_fixtures(gen_w)

MOBILE = re.compile(r"1[3-9]\d{9}")
SD_BOX = ((114.8, 122.8), (34.3, 38.5))  # 山东's extent: longitude, latitude
GB11714 = (3, 7, 9, 10, 5, 8, 4, 2)
CATEGORIES = {
    "电工作业",
    "焊接与热切割作业",
    "高处作业",
    "制冷与空调作业",
    "危险化学品安全作业",
    "金属非金属矿山安全作业",
    "烟花爆竹安全作业",
}  # 特种 作业 目录 类别 the families use
CAUTIONS = {  # 暂行 办法 第七至 十条: the 忠告 语 each category's advertisement carries
    "药品": "请按药品说明书或者在药师指导下购买和使用",
    "医疗器械": "请仔细阅读产品说明书或者在医务人员的指导下购买和使用",
    "保健食品": "保健食品不是药物，不能代替药物治疗疾病",
    "特殊医学用途配方食品": "请在医生或者临床营养师指导下使用",
}
PRODUCT_NUMBERS = {
    "药品": r"国药准字[HZS]\d{8}",
    "医疗器械": r"鲁械注准20\d\d2\d{2}\d{4}",
    "保健食品": r"国食健注G20\d\d\d{4}|食健备G20\d\d37\d{6}",
    "特殊医学用途配方食品": r"国食注字TY20\d\d\d{4}",
}
LAND_USE_NAMES = {  # 用地 用海 分类 指南 (2023) 二级 类 codes the filter sends
    "0701": "城镇住宅用地",
    "0801": "机关团体用地",
    "0803": "文化用地",
    "0804": "教育用地",
    "0806": "医疗卫生用地",
    "0901": "商业用地",
    "0902": "商务金融用地",
    "1001": "工业用地",
    "1101": "物流仓储用地",
    "1401": "公园绿地",
}
WARNING_COLOURS = ("红色", "橙色", "黄色", "蓝色")  # 一级 … 四级
REVISION_WORDS = {1: "法律、法规", 2: "应急指挥机构", 3: "风险", 4: "应急资源", 5: "应急演练", 6: "其他"}


def _day(text: str) -> date:
    return datetime.strptime(text, "%Y-%m-%d").date()


def _moment(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%d %H:%M:%S" if text.count(":") == 2 else "%Y-%m-%d %H:%M")


def _sd_code(code: str) -> bool:
    """A GB/T 2260 code of 山东 (37xxxx) that the families' 区划 table holds."""
    return bool(re.fullmatch(r"37\d{4}", code)) and code in gen_w.SD


def _sd_id(idno: str) -> bool:
    return id_number_ok(idno) and _sd_code(idno[:6])


def _org_ok(code9: str) -> bool:
    """GB 11714 组织 机构 代码: 8 characters and the mod-11 check character (X for 10, 0 for 11)."""
    values = [int(ch, 36) for ch in code9[:8]]
    check = 11 - sum(v * w for v, w in zip(values, GB11714, strict=True)) % 11
    return code9[8] == {10: "X", 11: "0"}.get(check, str(check))


def _credit_ok(code: str) -> bool:
    """A 山东 统一 社会 信用 代码 whose 组织 机构 代码 part also checks."""
    return uscc_ok(code) and _sd_code(code[2:8]) and _org_ok(code[8:17])


def _in_sd(lng: float | str, lat: float | str) -> bool:
    (x0, x1), (y0, y1) = SD_BOX
    return x0 <= float(lng) <= x1 and y0 <= float(lat) <= y1


def _workdays_between(start: date, end: date) -> int:
    """Working days (Monday to Friday) after ``start`` up to and including ``end``."""
    return sum((start + timedelta(days=i)).weekday() < 5 for i in range(1, (end - start).days + 1))


def _add_years(d: date, years: int) -> date:
    return date(d.year + years, d.month, 28 if (d.month, d.day) == (2, 29) else d.day)


def _age(idno: str, on: date) -> int:
    born = date(int(idno[6:10]), int(idno[10:12]), int(idno[12:14]))
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _cents(x: float) -> int:
    return round(x * 100)


def _yuan(x: Decimal) -> Decimal:
    return x.quantize(Decimal("0.01"), ROUND_HALF_UP)


def _d(x: float) -> Decimal:
    return Decimal(str(x))


def _file_ok(p: dict) -> bool:
    return bool(common_file_ok(p["data"], p["type"]))


def _figures_consistent(d: dict) -> bool:
    """The 统计 制度's orderings: 绝收 ≤ 成灾 ≤ 受灾 面积; 间 ≥ 户; 转移 and 救助 within 受灾 人口."""
    crops = d["cropLostHa"] <= d["cropDisasterHa"] <= d["cropAffectedHa"]
    houses = all(d[f"{k}Jian"] >= d[f"{k}Hu"] >= 0 for k in ("collapsed", "severe", "general"))
    people = 0 <= d["relocated"] <= d["affectedPop"] and 0 <= d["needRelief"] <= d["affectedPop"]
    return crops and houses and people


def _sheet(lng: str, lat: str, scale: str) -> str:
    """GB/T 13989-2012: the 1:100 万 sheet (row letter by 4°, column by 6° from 180°W) and, inside it, the row
    counted from the north and the column counted from the west, in the scale's sheet size (in seconds)."""
    size = {"1:10000": ("G", 150, 225), "1:50000": ("E", 600, 900)}[scale]
    secs_lat, secs_lng = Decimal(lat) * 3600, Decimal(lng) * 3600
    band, zone = int(secs_lat // 14400), int(secs_lng // 21600)
    row = 14400 // size[1] - int((secs_lat - band * 14400) // size[1])
    col = int((secs_lng - zone * 21600) // size[2]) + 1
    return f"{'ABCDEFGHIJKLMNOPQRSTUV'[band]}{zone + 31}{size[0]}{row:03d}{col:03d}"


def _plate(value: str, trailer: bool = False) -> bool:
    if trailer:
        return bool(re.fullmatch(r"鲁[A-HJ-NP-Z]\d{4}挂", value))
    m = re.fullmatch(r"鲁[A-HJ-NP-Z]([A-HJ-NP-Z0-9]{5}|[DF][A-HJ-NP-Z0-9]\d{4})", value)
    return bool(m) and sum(ch.isalpha() for ch in value[2:]) <= 2


# --- the split, the size and the record contract ----------------------------------------------------


def test_regenerating_gives_the_committed_files(corpus: tuple[list[dict], list[dict]]) -> None:
    assert_regenerates(*corpus, gen_w.TUNING_FILE, gen_w.HELD_OUT_FILE)


def test_large_enough_and_tagged(reqs: list[dict]) -> None:
    assert_sized(reqs, gen_w, (126, 140), min_requests=1500, min_families=11, min_shapes=9)


def test_the_split_is_the_rule_written_down(corpus: tuple[list[dict], list[dict]]) -> None:
    """Whole families and (family, shape) groups are on one side only; the held-out families are the
    ones the docstring's rule picks (pinned: a change of family names would re-split)."""
    earlier = EARLIER[1:]  # C-V: B has no SEED of its own to compare
    assert_split_as_written(corpus, gen_w, "corpus-w/", PINNED_HELD_OUT, earlier, parts=(882, 770))


def test_w_shares_no_family_with_a_to_v(reqs: list[dict]) -> None:
    assert_new_families(reqs, *EARLIER)


def test_every_record_is_a_request_its_server_reads_back(reqs: list[dict]) -> None:
    """Well formed, held to W's own sources and methods, and read back exactly by a plain http.server."""
    assert_sound_requests(reqs, gen_w.check, gen_v.SOURCES["museum-visit"])


def test_the_request_kinds_it_was_made_for(reqs: list[dict]) -> None:
    """Page navigations (at least 200), axios and jQuery calls, 小程序 and App requests, back-end pushes,
    uploads and beacons."""
    assert {r["method"] for r in reqs} == {"GET", "POST"}
    ctypes = media_types(reqs)
    assert ctypes[""] >= 800 and ctypes["application/json"] >= 400 and ctypes["multipart/form-data"] >= 150
    assert ctypes["application/x-www-form-urlencoded"] >= 100 and ctypes["text/plain"] >= 20
    assert_headers_sent(reqs, ("X-Requested-With", "Authorization", "charset", "Cookie", "Origin", "X-App-Id"))
    assert sum(header(r, "Sec-Fetch-Mode") == "navigate" for r in reqs) >= 200
    assert sum("MicroMessenger" in header(r, "User-Agent") for r in reqs) >= 400
    assert sum("MiniProgramEnv" in header(r, "User-Agent") for r in reqs) >= 100
    assert sum("iPhone" in header(r, "User-Agent") for r in reqs) >= 150
    assert sum(header(r, "User-Agent").startswith("okhttp/") for r in reqs) >= 80
    assert sum(header(r, "User-Agent").startswith(("Apache-HttpClient/", "Go-http-client/")) for r in reqs) >= 30


def test_multipart_uploads_decode(reqs: list[dict]) -> None:
    """Every uploaded file is what its part's Content-Type says, and its name's extension agrees."""
    uploads = [r for r in reqs if content_type(r).startswith("multipart/form-data")]
    assert len(uploads) >= 150
    ext = {"application/pdf": ".pdf", "image/jpeg": ".jpg", "image/png": ".png", DOCX_TYPE: ".docx"}
    kinds = set()
    for r in uploads:
        for p in upload_files(r):
            assert _file_ok(p) and p["filename"].endswith(ext[p["type"]]), (r["label"], p["filename"])
            kinds.add(p["type"])
        assert all(p["name"] for p in multipart_parts(r))
    assert kinds == set(ext)


def test_text_is_real_text(reqs: list[dict]) -> None:
    """The corpus carries the text real users write: 书名号, full-width punctuation and quotes, units and
    symbols, and English words among the Chinese."""
    bodies = "".join(r.get("body", "") for r in reqs)
    bodies += "".join(v for r in reqs if "body_b64" in r for v in upload_fields(r).values())
    assert all(mark in bodies for mark in ("《", "》", "、", "（", "）", "“", "”", "：", "；", "℃", "→", "φ", "m³"))
    assert all(word in bodies for word in ("DCS", "kV", "App", "GNSS", "DLG"))


# --- the families, checked the way their receiving servers would ------------------------------------


def test_emergency_plan_filing(reqs: list[dict]) -> None:
    """备案 within 20 working days of 公布, after the 评审; the LS matrix recomputes; 修订 reasons are the
    第三十六条 ones; codes check."""
    f = "emergency-plan-filing"
    for r in of_family(reqs, f, "filing-apply"):
        d = upload_fields(r)
        reviewed, published, applied = (_day(d[k]) for k in ("reviewDate", "publishDate", "applyDate"))
        assert reviewed <= published < applied and 1 <= _workdays_between(published, applied) <= 20
        assert _credit_ok(d["uscc"]) and _sd_code(d["region"]) and MOBILE.fullmatch(d["mobile"])
        kinds = d["planKinds"].split(",")
        assert kinds == ["综合应急预案", "专项应急预案", "现场处置方案"][: len(kinds)]
        assert {p["type"] for p in upload_files(r)} == {DOCX_TYPE, "application/pdf"}
    for r in of_family(reqs, f, "risk-assessment"):
        for item in json_body(r)["items"]:
            score = item["L"] * item["S"]
            level = "重大风险" if score >= 20 else "较大风险" if score >= 15 else "一般风险" if score >= 9 else "低风险"
            colour = {"重大风险": "红", "较大风险": "橙", "一般风险": "黄", "低风险": "蓝"}[level]
            assert 1 <= item["L"] <= 5 and 1 <= item["S"] <= 5 and item["R"] == score
            assert (item["level"], item["color"]) == (level, colour)
    for r in of_family(reqs, f, "filing-progress"):
        q = query1(r)
        assert re.fullmatch(r"\d{6}20\d\d\d{4}", q["filingNo"]) and _sd_code(q["filingNo"][:6])
        assert _credit_ok(q["uscc"])
    for r in of_family(reqs, f, "filing-search"):
        d = form_fields(r)
        assert _day(d["startDate"]) <= _day(d["endDate"])
    for r in of_family(reqs, f, "revision-filing"):
        d = json_body(r)
        assert REVISION_WORDS[d["reasonCode"]] in d["reason"] and d["reason"].endswith(("的", "情况"))
    for r in of_family(reqs, f, "hazchem-license"):
        q = query1(r)
        if "licenseNo" in q:
            assert re.fullmatch(r"鲁[\u4e00-\u9fff]{2}危化经字〔20\d\d〕\d{6}", q["licenseNo"])
    for r in of_family(reqs, f, "drill-record"):
        d = upload_fields(r)
        assert int(d["participants"]) > 0 and _day(d["drillDate"])
        assert any(p["type"] == "image/jpeg" for p in upload_files(r))


def test_special_operation_certificates(reqs: list[dict]) -> None:
    """证号 is T + a valid 身份 证号; 复审 falls 3 or 6 years after 初领, the application within the 60 days
    before it, with at least 8 学时; exams book a working day within opening hours."""
    f = "special-operation-cert"
    for r in of_family(reqs, f, "cert-query"):
        d = form_fields(r)
        assert _sd_id(d["zjhm"]) and d["zylb"] in CATEGORIES and d["zjlx"] == "身份证"
    for r in of_family(reqs, f, "qr-verify"):
        no = query1(r)["certNo"]
        assert no[0] == "T" and _sd_id(no[1:]) and "MicroMessenger" in header(r, "User-Agent")
    for r in of_family(reqs, f, "review-apply"):
        d = json_body(r)
        first, due, applied = (_day(d[k]) for k in ("firstIssueDate", "reviewDueDate", "applyDate"))
        assert d["certNo"][0] == "T" and _sd_id(d["certNo"][1:]) and _age(d["certNo"][1:], first) >= 18
        assert due in (_add_years(first, 3), _add_years(first, 6)) and _day(d["validUntil"]) == _add_years(first, 6)
        assert 0 < (due - applied).days <= 60 and d["trainingHours"] >= 8
        assert d["item"] in gen_w.OPERATIONS[d["category"]]
    for r in of_family(reqs, f, "exam-booking"):
        d = json_body(r)
        start, end = (datetime.strptime(x, "%H:%M").time() for x in d["slot"].split("-"))
        opens, closes = (datetime.strptime(x, "%H:%M").time() for x in ("08:30", "17:30"))
        assert _day(d["date"]).weekday() < 5 and opens <= start < end <= closes
        assert _sd_id(d["idNo"]) and d["item"] in gen_w.OPERATIONS[d["category"]]
    for r in of_family(reqs, f, "score-query"):
        q = query1(r)
        assert re.fullmatch(r"202[67]37\d{2}\d{5}", q["zkzh"]) and _sd_code(q["zkzh"][4:8] + "00")
        assert _sd_id(q["zjhm"])
    for r in of_family(reqs, f, "photo-upload"):
        d = upload_fields(r)
        assert (d["width"], d["height"]) == ("358", "441") and _sd_id(d["idNo"])
        assert "MiniProgramEnv" in header(r, "User-Agent")
    for r in of_family(reqs, f, "replace-apply"):
        d, files = upload_fields(r), upload_files(r)
        assert _sd_id(d["certNo"][1:]) and (d["reason"] != "遗失" or files[0]["type"] == "application/pdf")


def test_disaster_reports(reqs: list[dict]) -> None:
    """Figures keep the 统计 制度's orderings; 续报 only grow and their deltas are the differences; 核报
    losses add up to the 直接 经济 损失; event numbers carry the 区划 and a real date."""
    f = "disaster-info-report"
    summer = {"雪灾", "低温冷冻"}
    for r in of_family(reqs, f, "initial-report"):
        d = json_body(r)
        occurred = _moment(d["occurTime"])
        assert _figures_consistent(d) and _moment(d["reportTime"]) > occurred
        assert d["eventNo"] == f"ZH{d['region']}{occurred:%Y%m%d}{d['eventNo'][-2:]}" and _sd_code(d["region"])
        assert not (6 <= occurred.month <= 9 and d["disaster"] in summer)
        assert header(r, "User-Agent").startswith("okhttp/") and header(r, "Authorization").startswith("Bearer ")
    for r in of_family(reqs, f, "continue-report"):
        d = json_body(r)
        before, after = d["previous"], d["current"]
        assert _figures_consistent(before) and _figures_consistent(after) and d["seq"] >= 2
        for key, was in before.items():
            assert after[key] >= was and d["delta"][key] == round(after[key] - was, 2), key
    for r in of_family(reqs, f, "verify-report"):
        d = json_body(r)
        assert _figures_consistent(d) and set(d["losses"]) <= set(gen_w.SECTORS)
        assert sum(_cents(v) for v in d["losses"].values()) == _cents(d["directLoss"])
    for r in of_family(reqs, f, "scene-photo"):
        d = upload_fields(r)
        assert _in_sd(d["lng"], d["lat"]) and re.fullmatch(r"ZH37\d{4}20\d{6}\d{2}", d["eventNo"])
    for r in of_family(reqs, f, "miniapp-quick"):
        d = json_body(r)
        assert 0 <= d["relocated"] <= d["affectedPop"] and _sd_code(d["region"])
    for r in of_family(reqs, f, "event-list"):
        q = query1(r)
        assert _day(q["start"]) <= _day(q["end"]) and _sd_code(q["region"])


def test_presale_housing(reqs: list[dict]) -> None:
    """建筑 面积 = 套内 + 分摊; 总价 = 单价 × 面积; the 契税 is the 2024 rule's rate; filters run forward."""
    f = "presale-housing-query"
    for r in of_family(reqs, f, "deed-tax-calc"):
        d = json_body(r)
        area = _d(d["buildArea"])
        assert _d(d["innerArea"]) + _d(d["sharedArea"]) == area
        total = d["unitPrice"] * area
        assert _d(d["totalPrice"]) == total
        rate = {(1, True): "0.01", (1, False): "0.015", (2, True): "0.01", (2, False): "0.02"}
        assert _d(d["deedTaxRate"]) == Decimal(rate[(d["homeOrder"], area <= 140)])
        assert _d(d["deedTax"]) == _yuan(total * _d(d["deedTaxRate"]))
    for r in of_family(reqs, f, "price-filter"):
        d = json_body(r)
        assert d["priceMin"] < d["priceMax"] and d["areaMin"] < d["areaMax"] and _sd_code(d["region"])
    for r in of_family(reqs, f, "permit-detail"):
        q = query1(r)
        qingdao = re.fullmatch(r"青房注字（20\d\d）第\d+号", q["permitNo"])
        assert qingdao if q["region"].startswith("3702") else re.fullmatch(r"济建预许20\d\d第\d{3}号", q["permitNo"])
    for r in of_family(reqs, f, "contract-verify"):
        d = form_fields(r)
        assert re.fullmatch(r"YS20\d\d37\d{4}\d{5}", d["htbh"]) and re.fullmatch(r"\d{5}[\dX]", d["zjhm6"])
    for r in of_family(reqs, f, "room-detail"):
        assert re.fullmatch(r"\d{1,2}-\d-\d{1,2}0[1-4]", query1(r)["roomCode"])
    for r in of_family(reqs, f, "developer-credit"):
        assert _credit_ok(query1(r)["uscc"])


def test_property_service(reqs: list[dict]) -> None:
    """业主 表决 results follow 第二百七十八条; 维修 资金 shares are the budget by 专有 面积; complaints are
    long text with photos."""
    f = "property-service"
    consent = {
        "筹集建筑物及其附属设施的维修资金",
        "改建、重建建筑物及其附属设施",
        "改变共有部分的用途或者利用共有部分从事经营活动",
    }  # 第六至 八项: 四分之三 以上
    for r in of_family(reqs, f, "fund-vote"):
        d = json_body(r)
        total, voted, agree = (_cents(d[k]) for k in ("totalArea", "votedArea", "agreeArea"))
        owners, voters, yes = d["totalOwners"], d["votedOwners"], d["agreeOwners"]
        quorum = 3 * voted >= 2 * total and 3 * voters >= 2 * owners
        if d["matter"] in consent:
            agreed = 4 * agree >= 3 * voted and 4 * yes >= 3 * voters
        else:
            agreed = 2 * agree > voted and 2 * yes > voters
        assert d["passed"] == (quorum and agreed) and agree <= voted <= total and yes <= voters <= owners
    for r in of_family(reqs, f, "fund-use-apply"):
        d = json_body(r)
        assert d["budget"] == sum(x["amount"] for x in d["items"])
        for h in d["shares"]:
            assert _d(h["share"]) == _yuan(d["budget"] * _d(h["area"]) / _d(d["buildingArea"]))
    for r in of_family(reqs, f, "complaint-form"):
        d = upload_fields(r)
        assert len(d["content"]) >= 40 and MOBILE.fullmatch(d["mobile"]) and d["address"].startswith("山东省")
        assert all(p["type"] == "image/jpeg" for p in upload_files(r))
    for r in of_family(reqs, f, "fund-balance"):
        q = query1(r)
        assert _sd_code(q["houseCode"][:6]) and re.fullmatch(r"\d{5}[\dX]", q["idLast6"])
    for r in of_family(reqs, f, "satisfaction"):
        assert 1 <= int(form_fields(r)["score"]) <= 5
    for r in of_family(reqs, f, "repair-request"):
        assert MOBILE.fullmatch(json_body(r)["contact"]) and "MiniProgramEnv" in header(r, "User-Agent")


def test_oversize_transport(reqs: list[dict]) -> None:
    """Axle loads add up to the 总质量; the 超限 items are exactly those the 第三条 limits give; dates, plates
    and route kilometres agree; tracks run forward in time."""
    f = "oversize-transport-permit"
    for r in of_family(reqs, f, "permit-apply"):
        d = json_body(r)
        assert len(d["axleLoads"]) == d["axleCount"] >= 6 and sum(d["axleLoads"]) == d["grossWeight"]
        limits = (("总高度", d["height"], 4), ("总宽度", d["width"], 2.55), ("总长度", d["length"], 18.1))
        expected = [name for name, value, limit in limits if value > limit]
        expected += ["总质量"] if d["grossWeight"] > 49000 else []
        assert d["overItems"] == expected and expected
        assert 0 < d["cargoWeight"] < d["grossWeight"] and d["from"] != d["to"]
        assert _day(d["startDate"]) < _day(d["endDate"]) and _credit_ok(d["uscc"])
        assert _plate(d["tractor"]) and _plate(d["trailer"], trailer=True)
    for r in of_family(reqs, f, "escort-plan"):
        d = json_body(r)
        assert d["totalKm"] == round(sum(s["km"] for s in d["segments"]), 1) and d["escortVehicles"] >= 1
    for r in of_family(reqs, f, "track-report"):
        d = json_body(r)
        times = [_moment(p["t"]) for p in d["points"]]
        assert times == sorted(times) and len(set(times)) == len(times) and _plate(d["plate"])
        assert all(_in_sd(p["lng"], p["lat"]) and 0 <= p["speed"] <= 60 for p in d["points"])
    for r in of_family(reqs, f, "permit-verify"):
        no = query1(r)["permitNo"]
        assert re.fullmatch(r"37\d{12}", no) and datetime.strptime(no[2:10], "%Y%m%d")
    for r in of_family(reqs, f, "docs-upload"):
        assert [p["type"] for p in upload_files(r)] == ["image/jpeg", "image/jpeg", "application/pdf"]


def test_etc_invoices(reqs: list[dict]) -> None:
    """ETC 卡号 and plates have their structure; each 行程's fee is its kilometres at the class rate less 5%;
    the 开票 total is their sum; 发票 代码 are 票种 12 of 山东."""
    f = "etc-toll-invoice"
    posts = dict(gen_w.STATIONS)
    rates = {"一型客车": Decimal("0.45"), "二型客车": Decimal("0.70")}
    for r in of_family(reqs, f, "card-bind"):
        d = json_body(r)
        assert re.fullmatch(r"3701(22|23)\d{14}", d["cardNo"]) and _plate(d["plate"])
        assert d["plateColor"] in ({"0", "4"} if d["vehicleClass"] == "一型客车" else {"0", "1"})
        assert (d["plateColor"] == "4") == bool(re.fullmatch(r"鲁[A-Z][DF].{5}", d["plate"]))
    for r in of_family(reqs, f, "invoice-apply"):
        d = json_body(r)
        fees = []
        for t in d["trips"]:
            km = abs(posts[t["enStation"][:-1]] - posts[t["exStation"][:-1]])
            assert t["km"] == km and _moment(t["exTime"]) > _moment(t["enTime"])
            assert _d(t["fee"]) == _yuan(km * rates[d["vehicleClass"]] * Decimal("0.95"))
            fees.append(_d(t["fee"]))
        assert _d(d["total"]) == sum(fees)
        assert _credit_ok(d["taxNo"]) if d["titleType"] == "单位" else d["taxNo"] == ""
    for r in of_family(reqs, f, "title-save"):
        assert _credit_ok(json_body(r)["taxNo"])
    for r in of_family(reqs, f, "invoice-download") + of_family(reqs, f, "email-push"):
        d = query1(r) if r["method"] == "GET" else form_fields(r)
        assert re.fullmatch(r"03700(26|27)[01]0112", d["fpdm"]) and re.fullmatch(r"\d{8}", d["fphm"])
    for shape in ("trip-list", "miniapp-trips"):
        for r in of_family(reqs, f, shape):
            assert datetime.strptime(query1(r)["month"], "%Y-%m")
    for r in of_family(reqs, f, "page-beacon"):
        assert content_type(r).startswith("text/plain") and json_body(r)["ts"] > 0


def test_driver_training(reqs: list[dict]) -> None:
    """计时 学时 are the minutes in 45- or 60-minute units; 阶段 合格 needs every part's 大纲 C1 学时; payments
    and refunds are 学时 × 单价."""
    f = "driver-training"
    required = {"1": 12, "2": 16, "3": 24, "4": 10}
    for r in of_family(reqs, f, "hours-sync"):
        d = json_body(r)
        minutes = (_moment(d["endTime"]) - _moment(d["startTime"])).total_seconds() / 60
        assert minutes == d["minutes"] and d["validHours"] == d["minutes"] // (45 if d["part"] in (1, 4) else 60)
        assert _sd_id(d["studentIdNo"]) and _age(d["studentIdNo"], _moment(d["startTime"]).date()) >= 18
    for r in of_family(reqs, f, "stage-report"):
        d = json_body(r)
        assert d["qualified"] == all(d["hours"][k] >= v for k, v in required.items())
    for r in of_family(reqs, f, "pay-per-hour"):
        d = json_body(r)
        assert d["amount"] == d["hours"] * d["unitPrice"]
    for r in of_family(reqs, f, "refund-apply"):
        d = json_body(r)
        assert d["refund"] == d["paid"] - d["usedHours"] * d["unitPrice"] >= 0
    for r in of_family(reqs, f, "evaluation"):
        d = json_body(r)
        assert 1 <= d["schoolStars"] <= 5 and 1 <= d["coachStars"] <= 5
    for r in of_family(reqs, f, "complaint"):
        assert MOBILE.fullmatch(upload_fields(r)["mobile"]) and upload_files(r)[0]["type"] == "image/png"


def test_ad_review(reqs: list[dict]) -> None:
    """Each advertisement carries its category's 忠告 语 and a product 文号 of its format; the sample is the
    medium's file; 广告 批准 文号 carry a real 有效期 date."""
    f = "ad-review"
    sample_type = {"视": "application/pdf", "声": DOCX_TYPE, "文": "image/jpeg"}
    for r in of_family(reqs, f, "apply-submit"):
        d = upload_fields(r)
        category = d["category"]
        assert CAUTIONS[category] in d["adText"] and re.fullmatch(PRODUCT_NUMBERS[category], d["productApproval"])
        assert upload_files(r)[0]["type"] == sample_type[d["medium"]] and bool(d["duration"]) == (d["medium"] != "文")
        assert _credit_ok(d["uscc"]) and (d["otc"] == "1") == (category == "药品")
    for r in of_family(reqs, f, "approval-query"):
        m = re.fullmatch(r"鲁(药|械|食健|特医)广审（[视声文]）第(\d{6})-\d{5}号", query1(r)["wh"])
        assert m and datetime.strptime(m.group(2), "%y%m%d").year >= 2027
    for r in of_family(reqs, f, "text-precheck"):
        d = json_body(r)
        assert CAUTIONS[d["category"]] in d["text"]
    for r in of_family(reqs, f, "progress-query"):
        slh = form_fields(r)["slh"]
        assert re.fullmatch(r"GGSC\d{11}", slh) and datetime.strptime(slh[4:12], "%Y%m%d")
    for r in of_family(reqs, f, "clue-report"):
        d = json_body(r)
        assert MOBILE.fullmatch(d["mobile"]) and (d["url"] == "" or d["url"].startswith("https://"))


def test_planning_notices(reqs: list[dict]) -> None:
    """Opinions and 听证 申请 fall within the 公示 period; a 控规 修改 is shown at least 30 days (第二十六条);
    用地 codes are the 分类 指南's."""
    f = "planning-pre-approval-notice"
    for r in of_family(reqs, f, "opinion-submit"):
        d = json_body(r)
        start, end = _day(d["periodStart"]), _day(d["periodEnd"])
        assert start <= _day(d["submitDate"]) <= end and d["noticeId"][4:12] == f"{start:%Y%m%d}"
        assert (end - start).days >= (30 if d["noticeKind"] == "控制性详细规划修改" else 7)
        assert MOBILE.fullmatch(d["mobile"]) and len(d["opinion"]) >= 40
    for r in of_family(reqs, f, "hearing-request"):
        d = upload_fields(r)
        start = datetime.strptime(d["noticeId"][4:12], "%Y%m%d").date()
        assert start <= _day(d["applyDate"]) <= _day(d["periodEnd"]) and _sd_id(d["idNo"])
    for r in of_family(reqs, f, "landuse-filter"):
        q = query1(r)
        assert LAND_USE_NAMES[q["ydxz"]] == q["ydxzmc"] and _sd_code(q["region"])
    for r in of_family(reqs, f, "subscribe"):
        d = form_fields(r)
        assert MOBILE.fullmatch(d["target"]) if d["channel"] == "sms" else "@" in d["target"]
        assert all(_sd_code(x) for x in d["regions"].split(","))
    for r in of_family(reqs, f, "view-beacon"):
        assert content_type(r).startswith("text/plain") and 0 < json_body(r)["scroll"] <= 100


def test_surveying_mapping(reqs: list[dict]) -> None:
    """图幅 编号 are GB/T 13989's for the point clicked; 资质 证书 and 审图号 have their formats; points lie
    in 山东."""
    f = "surveying-mapping"
    for r in of_family(reqs, f, "results-request"):
        d = json_body(r)
        assert _credit_ok(d["uscc"])
        for s in d["sheets"]:
            assert s["sheetNo"] == _sheet(s["clickLng"], s["clickLat"], s["scale"]) and _in_sd(
                s["clickLng"], s["clickLat"]
            )
    for r in of_family(reqs, f, "qualification-query"):
        q = query1(r)
        assert re.fullmatch(r"[甲乙]测资字37\d{6}", q["zsbh"]) if "zsbh" in q else q["dwmc"].endswith("公司")
    for r in of_family(reqs, f, "review-no-query"):
        assert re.fullmatch(r"鲁SG\(20\d\d\)\d{3}号|GS\(20\d\d\)\d{1,4}号", query1(r)["shh"])
    for r in of_family(reqs, f, "map-review-apply"):
        d = upload_fields(r)
        assert _credit_ok(d["uscc"]) and re.fullmatch(r"1:\d+|示意", d["scale"]) and d["mapName"].startswith("《")
    for r in of_family(reqs, f, "mark-damage"):
        d = upload_fields(r)
        assert _in_sd(d["lng"], d["lat"]) and "MiniProgramEnv" in header(r, "User-Agent")
    for r in of_family(reqs, f, "mark-query"):
        q = query1(r)
        assert _in_sd(q["lng"], q["lat"])


def test_geohazard_monitoring(reqs: list[dict]) -> None:
    """裂缝 changes are now − last; 隐患 点 编号 carry a 山东 区县 and a 灾种 code; 预警 colours match their
    level and 回执 follow the 发布; device readings run every 10 minutes and only grow."""
    f = "geohazard-monitoring"
    for r in of_family(reqs, f, "patrol-report"):
        d = json_body(r)
        assert all(x["change"] == round(x["now"] - x["last"], 1) >= 0 for x in d["cracks"])
        assert _in_sd(d["lng"], d["lat"]) and _sd_code(d["pointNo"][:6]) and d["pointNo"][6:8] in gen_w.HAZARD_KINDS
    for r in of_family(reqs, f, "warning-receipt"):
        d = json_body(r)
        assert d["color"] == WARNING_COLOURS[d["level"] - 1] and _moment(d["receivedAt"]) > _moment(d["issuedAt"])
    for r in of_family(reqs, f, "device-push"):
        d = json_body(r)
        times = [datetime.fromisoformat(x["t"]) for x in d["readings"]]
        assert all(b - a == timedelta(minutes=10) for a, b in itertools.pairwise(times))
        values = [x["v"] for x in d["readings"]]
        assert values == sorted(values) and 0 <= d["battery"] <= 100
    for r in of_family(reqs, f, "drill-record"):
        d = form_fields(r)
        assert 0 < int(d["participants"]) <= int(d["threatPeople"])
    for r in of_family(reqs, f, "danger-report"):
        d = json_body(r)
        assert _in_sd(d["lng"], d["lat"]) and 0 <= d["threatHouseholds"] <= d["threatPeople"]
    for r in of_family(reqs, f, "card-page"):
        assert query1(r)["from"] == "qrcode" and "MicroMessenger" in header(r, "User-Agent")
