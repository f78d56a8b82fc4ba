"""Corpus Y (tests/waf/data/gen_cms_corpus_y.py): its split and its requests, without a WAF.

Fast tests, in their own module like test_corpus_x_split.py. Nothing here sends Y through the WAF: Y's
false-positive count is the lead's, after a tuning round on Y's tuning part (docs/waf.md, held-out
discipline). The per-family checks look only at the requests themselves, the way the receiving services
would: 身份 证号 and 统一 社会 信用 代码 check characters, sex and age read from the 身份 证号, GB/T 2260 codes,
月龄 and the 班 each takes, 育儿 补贴 months and sums, the 《民法典》 收养 age lines, 寄养 limits, 贴息 from LPR
and basis points, lottery numbers (ranges, sorted, unique), draw days and 期号, 复式 注数, 竞彩 奖金, the 20%
tax line and the 60-day 兑奖 limit, 场所 财务 balances, the 30-day 大型 活动 rule, 警报 signal patterns, 易地
建设 费 and 大写 金额, 防护 单元 areas, 文号 formats and 最短 公示 期, 救助 期限, PHQ-9 bands, 扶助 ages and
amounts, Luhn bank cards, the 团章 age line and uploads that are what their type says. Never a WAF verdict.
"""

from __future__ import annotations

import math
import re
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

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
    luhn_ok,
    media_types,
    of_family,
    query1,
    slot_within,
    upload_fields,
    upload_files,
    uscc_ok,
    written_text,
)
from tests.waf.data import gen_cms_corpus_h as gen_h
from tests.waf.data import gen_cms_corpus_x as gen_x
from tests.waf.data import gen_cms_corpus_y as gen_y

PINNED_HELD_OUT = (
    "social-worker",
    "vagrant-rescue",
    "youth-league",
)  # written once from the docstring's rule: a change of family names would re-split
PINNED_HELD_GROUPS = {  # the (family, shape) groups of the other families the rule holds out (first byte % 4 == 0)
    ("adoption-child-welfare", "assessment-apply"),
    ("childcare-service", "fee-publicity"),
    ("civil-air-defense", "knowledge-page"),
    ("civil-air-defense", "quiz-submit"),
    ("ethnic-religious-affairs", "large-event-apply"),
    ("ethnic-religious-affairs", "policy-page"),
    ("family-planning-support", "annual-confirm"),
    ("family-planning-support", "payment-roster"),
    ("sports-lottery", "dlt-draw-push"),
    ("sports-lottery", "dlt-page"),
    ("sports-lottery", "draw-history"),
    ("sports-lottery", "pls-push"),
    ("welfare-lottery", "claim-guide-page"),
    ("welfare-lottery", "outlet-apply"),
    ("welfare-lottery", "ssq-bet-check"),
    ("welfare-lottery", "ssq-history"),
    ("welfare-lottery", "ssq-notice-page"),
    ("womens-federation", "loan-materials"),
    ("womens-federation", "rights-message"),
    ("womens-federation", "women-home-page"),
}

EARLIER = earlier_generators("x")

corpus, reqs = corpus_fixtures(gen_y)

MOBILE = re.compile(r"1[3-9]\d{9}")
HN_BOX = ((110.3, 116.7), (31.3, 36.4))  # 河南's extent: longitude, latitude
GB11714 = (3, 7, 9, 10, 5, 8, 4, 2)
CLASS_MONTHS = {"乳儿班": (6, 12, 10), "托小班": (12, 24, 15), "托大班": (24, 36, 20)}  # 《托育机构设置标准》
ALARM_PATTERNS = {"预先警报": (36, 24, 3), "空袭警报": (6, 6, 15), "解除警报": (180, 0, 1)}
PHQ9 = [(0, 4, "无抑郁"), (5, 9, "轻度"), (10, 14, "中度"), (15, 19, "中重度"), (20, 27, "重度")]
PENALTY_NO = re.compile(r"(豫市监罚|郑市监罚|洛市监罚|郑环罚|豫交执罚|郑应急罚)〔(20\d\d)〕([1-9]\d{0,2})号")
WEEK_CN = "一二三四五六日"


def _day(text: str) -> date:
    return datetime.strptime(text, "%Y-%m-%d").date()


def _moment(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%d %H:%M:%S" if text.count(":") == 2 else "%Y-%m-%d %H:%M")


def _hn_code(code: str) -> bool:
    """A GB/T 2260 code of 河南 (41xxxx) that the families' 区划 table holds."""
    return bool(re.fullmatch(r"41\d{4}", code)) and code in gen_x.HN


def _hn_id(idno: str) -> bool:
    return id_number_ok(idno) and _hn_code(idno[:6])


def _born(idno: str) -> date:
    return date(int(idno[6:10]), int(idno[10:12]), int(idno[12:14]))


def _age(idno: str, on: date) -> int:
    born = _born(idno)
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _sex(idno: str) -> str:
    return "男" if int(idno[16]) % 2 else "女"


def _org_ok(code9: str) -> bool:
    values = [int(ch, 36) for ch in code9[:8]]
    check = 11 - sum(v * w for v, w in zip(values, GB11714, strict=True)) % 11
    return code9[8] == {10: "X", 11: "0"}.get(check, str(check))


def _credit_ok(code: str, kinds: tuple[str, ...]) -> bool:
    """A 河南 统一 社会 信用 代码 of one of ``kinds`` whose 组织 机构 代码 part also checks."""
    return uscc_ok(code) and code[:2] in kinds and _hn_code(code[2:8]) and _org_ok(code[8:17])


def _d(x: float | int | str) -> Decimal:
    return Decimal(str(x))


def _add_months(d: date, months: int) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    for day in range(d.day, 27, -1):
        try:
            return date(d.year + y, m + 1, day)
        except ValueError:
            continue
    return date(d.year + y, m + 1, d.day)


def _month_age(born: date, on: date) -> int:
    return (on.year - born.year) * 12 + on.month - born.month - (on.day < born.day)


def _upper_ok(upper: str, amount: float | str | Decimal) -> bool:
    """大写 金额 equal to the digits (H's reader, itself checked against known values in H's test)."""
    return gen_h.upper_to_cents(upper) == int((_d(amount) * 100).to_integral_value(ROUND_HALF_UP))


def _numbers(values: list[str], lo: int, hi: int, k: int | None = None) -> bool:
    """Two-digit lottery numbers in lo-hi, ascending, distinct (and ``k`` of them)."""
    nums = [int(v) for v in values]
    two = all(re.fullmatch(r"\d\d", v) for v in values)
    return two and nums == sorted(set(nums)) and all(lo <= n <= hi for n in nums) and (k is None or len(nums) == k)


def _tax(per_bet: Decimal, bets: int) -> Decimal:
    """财税〔1998〕12号: 20% of the whole prize when one bet's prize is above 10,000 元."""
    return (per_bet * bets * Decimal("0.2")).quantize(Decimal("0.01")) if per_bet > 10000 else Decimal(0)


# --- the split, the size and the record contract ----------------------------------------------------


def test_regenerating_gives_the_committed_files(corpus: tuple[list[dict], list[dict]]) -> None:
    assert_regenerates(*corpus, gen_y.TUNING_FILE, gen_y.HELD_OUT_FILE)


def test_large_enough_and_tagged(reqs: list[dict]) -> None:
    assert_sized(reqs, gen_y, (130, 130), min_requests=1500, min_families=11, min_shapes=10)


def test_the_split_is_the_rule_written_down(corpus: tuple[list[dict], list[dict]]) -> None:
    """Whole families and (family, shape) groups are on one side only; the held-out families are the
    ones the docstring's rule picks (pinned: a change of family names would re-split)."""
    earlier = EARLIER[1:]  # C-X: B has no SEED of its own to compare
    assert_split_as_written(corpus, gen_y, "corpus-y/", PINNED_HELD_OUT, earlier, parts=(910, 650))
    groups = {(r["family"], r["shape"]) for r in corpus[1] if r["family"] not in PINNED_HELD_OUT}
    assert groups == PINNED_HELD_GROUPS


def test_y_shares_no_family_with_a_to_x(reqs: list[dict]) -> None:
    assert_new_families(reqs, *EARLIER)


def test_every_record_is_a_request_its_server_reads_back(reqs: list[dict]) -> None:
    """Well formed, held to Y's own sources and methods, and read back exactly by a plain http.server."""
    assert_sound_requests(reqs, gen_y.check, gen_x.SOURCES["lab-imaging-report"])


def test_the_request_kinds_it_was_made_for(reqs: list[dict]) -> None:
    """Page navigations (at least 200), axios and jQuery calls, 微信 and 小程序 requests, App and back-end
    pushes, uploads and beacons."""
    assert {r["method"] for r in reqs} == {"GET", "POST"}
    ctypes = media_types(reqs)
    assert ctypes[""] >= 550 and ctypes["application/json"] >= 600 and ctypes["multipart/form-data"] >= 170
    assert ctypes["application/x-www-form-urlencoded"] >= 90 and ctypes["text/plain"] >= 39
    assert_headers_sent(reqs, ("X-Requested-With", "Authorization", "charset", "Cookie", "Origin", "X-App-Id"))
    assert sum(header(r, "Sec-Fetch-Mode") == "navigate" for r in reqs) >= 200
    assert sum("MicroMessenger" in header(r, "User-Agent") for r in reqs) >= 600
    assert sum("MiniProgramEnv" in header(r, "User-Agent") for r in reqs) >= 300
    assert sum("iPhone" in header(r, "User-Agent") for r in reqs) >= 150
    assert sum(header(r, "User-Agent").startswith("okhttp/") for r in reqs) >= 70
    assert (
        sum(header(r, "User-Agent").startswith(("Apache-HttpClient/", "Go-http-client/", "Java/")) for r in reqs) >= 90
    )


def test_multipart_uploads_decode(reqs: list[dict]) -> None:
    assert_uploads_decode(reqs, 170, {"application/pdf": ".pdf", "image/jpeg": ".jpg"})


def test_text_is_real_text(reqs: list[dict]) -> None:
    """The corpus carries the text real users and systems write: 书名号, 〔〕 in 文号, full-width punctuation and
    quotes, units and symbols, English words among the Chinese."""
    bodies = written_text(reqs)
    marks = ("《", "》", "〔", "〕", "、", "（", "）", "“", "”", "：", "；", "℃", "㎡", "cm", "mg", "？", "！")
    assert all(mark in bodies for mark in marks)
    assert all(
        word in bodies for word in ("PHQ-9", "Real Madrid", "Baby Care", "CA 数字证书", "Bayern München", "P 过的")
    )


# --- the families, checked the way their receiving servers would ------------------------------------


def test_childcare(reqs: list[dict]) -> None:
    """月龄 from the birth date and the 班 that takes it; slots within opening hours on working days; 育儿 补贴
    months under 3 in the claim year × 300 元 and their sum; 孩次 by birth date; 班 sizes and 托位 totals."""
    f = "childcare-service"
    for r in of_family(reqs, f, "slot-booking"):
        d = json_body(r)
        child, on = d["child"], _day(d["date"])
        months = _month_age(_day(child["birthDate"]), on)
        assert _hn_id(child["idNo"]) and _born(child["idNo"]) == _day(child["birthDate"])
        assert child["monthAge"] == months
        lo, hi, _n = CLASS_MONTHS[d["className"]]
        assert lo <= months < hi and on.weekday() < 5
        opens, closes = d["openHours"].split("-")
        assert slot_within(d["slot"], opens, closes) and MOBILE.fullmatch(d["guardian"]["mobile"])
    for r in of_family(reqs, f, "visit-booking"):
        d = json_body(r)
        assert slot_within(d["slot"], "09:00", "16:30") and _day(d["visitDate"]).weekday() < 5
    for r in of_family(reqs, f, "subsidy-apply"):
        d = json_body(r)
        applied, year = _day(d["applyDate"]), d["year"]
        assert year == applied.year and _hn_id(d["applicant"]["idNo"]) and luhn_ok(d["bankCard"])
        births = [_day(k["birthDate"]) for k in d["children"]]
        assert births == sorted(births) and all(b <= applied for b in births)
        orders = [k["birthOrder"] for k in d["children"]]
        assert orders == list(range(orders[0], orders[0] + len(orders)))
        total = Decimal(0)
        for k, born in zip(d["children"], births, strict=True):
            assert _hn_id(k["idNo"]) and _born(k["idNo"]) == born
            assert re.fullmatch(r"[N-R]\d{9}", k["birthCertNo"]) and k["birthCertNo"][1:3] == f"{born:%y}"
            months = sum(
                date(year, m, 1) >= date(born.year, born.month, 1)
                and date(year, m, 1) < date(born.year + 3, born.month, 1)
                for m in range(1, 13)
            )
            assert k["months"] == months and _d(k["amount"]) == 300 * months
            total += 300 * months
        assert _d(d["total"]) == total
    for r in of_family(reqs, f, "org-filing"):
        d = upload_fields(r)
        classes = json_body({"body": d["classes"]})
        assert all(x["perClass"] <= CLASS_MONTHS[x["name"]][2] for x in classes)
        assert int(d["places"]) == sum(x["count"] * x["perClass"] for x in classes)
        assert _credit_ok(d["uscc"], ("52", "91", "12")) and _hn_code(d["region"])
        assert [p["type"] for p in upload_files(r)] == ["image/jpeg", "application/pdf", "image/jpeg"]
    for r in of_family(reqs, f, "org-detail"):
        no = query1(r)["filingNo"]
        assert re.fullmatch(r"TY41\d{4}20\d\d\d{4}", no) and _hn_code(no[2:8])
    for r in of_family(reqs, f, "parent-review"):
        assert 1 <= json_body(r)["stars"] <= 5 and "MiniProgramEnv" in header(r, "User-Agent")
    for r in of_family(reqs, f, "guide-beacon"):
        assert content_type(r).startswith("text/plain")


def test_adoption_and_child_welfare(reqs: list[dict]) -> None:
    """收养人 at least 30, a single 收养人 of a child of the other sex 40 years older; the 材料 the kind needs;
    寄养 父母 30-65 with at most 2 children; 走访 in order and in 河南; 名册 amounts = 标准 × months."""
    f = "adoption-child-welfare"
    for r in of_family(reqs, f, "registration-booking"):
        d = json_body(r)
        on, child = _day(d["date"]), d["child"]["idNo"]
        ids = [a["idNo"] for a in d["adopters"]]
        ages = [_age(i, on) for i in ids]
        assert all(_hn_id(i) for i in ids) and min(ages) >= 30 and [a["age"] for a in d["adopters"]] == ages
        if len(ids) == 2:
            assert {_sex(i) for i in ids} == {"男", "女"}
        elif _sex(ids[0]) != _sex(child):
            assert _age(ids[0], on) - _age(child, on) >= 40
        assert _age(child, on) < 18 and d["child"]["sex"] == _sex(child) and on.weekday() < 5
        assert d["materials"] == gen_y.ADOPTION_KINDS[d["kind"]] and MOBILE.fullmatch(d["mobile"])
    for r in of_family(reqs, f, "foster-apply"):
        d = form_fields(r)
        assert 1 <= int(d["fosterCount"]) <= 2 and _sex(d["idNo"]) != _sex(d["spouseIdNo"])
        on = _day(d["applyDate"])
        assert all(_hn_id(d[k]) and 30 <= _age(d[k], on) <= 65 for k in ("idNo", "spouseIdNo"))
    for r in of_family(reqs, f, "director-visit"):
        d = json_body(r)
        start, end = _moment(d["start"]), _moment(d["end"])
        assert start < end and start.weekday() < 5 and 8 <= start.hour < 17 and in_box(HN_BOX, d["lng"], d["lat"])
        assert _age(d["childIdNo"], start.date()) < 18 and header(r, "User-Agent").startswith("okhttp/")
    for r in of_family(reqs, f, "unattended-apply"):
        d = upload_fields(r)
        assert _hn_id(d["childIdNo"]) and _age(d["childIdNo"], date(2027, 12, 31)) < 19
    for r in of_family(reqs, f, "allowance-roster"):
        d = json_body(r)
        standard = gen_y.ORPHAN_STANDARD[d["category"]]
        assert _d(d["standard"]) == standard and _hn_code(d["county"])
        assert all(_d(x["amount"]) == standard * x["months"] and _hn_id(x["idNo"]) for x in d["rows"])
        assert _d(d["total"]) == sum(_d(x["amount"]) for x in d["rows"])
    for r in of_family(reqs, f, "orphan-standard"):
        q = query1(r)
        assert _hn_code(q["region"]) and q["category"] in gen_y.ORPHAN_STANDARD
    for r in of_family(reqs, f, "assessment-apply"):
        assert [p["type"] for p in upload_files(r)] == ["application/pdf", "application/pdf"]


def test_womens_federation(reqs: list[dict]) -> None:
    """贴息 = principal × (rate − (LPR − 1.50)) × months / 12 with rate ≤ LPR + 150BP, ≤ 20 万 and ≤ 36 个月,
    大写 equal to the digits; 两癌 救助 for women; 课程 for the child's age; long 维权 messages."""
    f = "womens-federation"
    for r in of_family(reqs, f, "loan-apply"):
        d = json_body(r)
        amount, lpr, rate = _d(d["amount"]), _d(d["lpr"]), _d(d["rate"])
        assert amount <= 200000 and d["months"] <= 36 and lpr <= rate <= lpr + Decimal("1.5")
        assert _d(d["borrowerRate"]) == lpr - Decimal("1.5") and _d(d["subsidyRate"]) == rate - _d(d["borrowerRate"])
        expected = (amount * _d(d["subsidyRate"]) / 100 * d["months"] / 12).quantize(Decimal("0.01"), ROUND_HALF_UP)
        assert _d(d["subsidy"]) == expected and _upper_ok(d["amountUpper"], d["amount"])
        assert _sex(d["applicant"]["idNo"]) == "女" and _credit_ok(d["businessUscc"], ("92",))
    for r in of_family(reqs, f, "cancer-aid-apply"):
        d = upload_fields(r)
        assert _sex(d["idNo"]) == "女" and d["amount"] == "10000" and d["diagnosis"] in ("乳腺癌", "宫颈癌")
        assert 35 <= _age(d["idNo"], _day(d["diagnosisDate"])) <= 65
    for r in of_family(reqs, f, "course-signup"):
        d = json_body(r)
        lo, hi = gen_y.COURSES[d["course"]]
        born = _day(d["childBirth"])
        age = _age(f"000000{born:%Y%m%d}0000", _day(d["sessionDate"]))
        assert d["childAge"] == age and lo <= age <= hi
    for r in of_family(reqs, f, "rights-message"):
        d = form_fields(r)
        assert len(d["content"]) >= 50 and MOBILE.fullmatch(d["mobile"]) and _hn_code(d["region"])
    for r in of_family(reqs, f, "hotline-beacon"):
        assert content_type(r).startswith("text/plain")


def test_welfare_lottery(reqs: list[dict]) -> None:
    """双色球: 6 red of 01-33 and a blue of 01-16, drawn 二、四、日, 期号 of the draw year; 复式 注数 = C(red, 6) ×
    blue and 2 元 each; 快乐8 20 of 80; 兑奖 within 60 days, taxed 20% above 10,000 元 a bet."""
    f = "welfare-lottery"
    for r in of_family(reqs, f, "ssq-draw-push"):
        d = json_body(r)
        day = _day(d["date"][:10])
        assert day.weekday() in (1, 3, 6) and d["date"][10:] == f"({WEEK_CN[day.weekday()]})"
        assert re.fullmatch(r"20\d\d\d{3}", d["code"]) and d["code"][:4] == str(day.year)
        assert _numbers(d["red"].split(","), 1, 33, 6) and _numbers([d["blue"]], 1, 16, 1)
        first = int(d["prizegrades"][0]["typenum"])
        counts = [int(n) for n in re.findall(r"(\d+)注", d["content"])]
        assert (not first and d["content"] == "") or (sum(counts[:-1]) == counts[-1] == first)
    for r in of_family(reqs, f, "ssq-bet-check"):
        d = json_body(r)
        assert _numbers(d["red"], 1, 33) and len(d["red"]) >= 6 and _numbers(d["blue"], 1, 16)
        assert d["bets"] == math.comb(len(d["red"]), 6) * len(d["blue"])
        assert d["amount"] == d["bets"] * 2 * d["multiple"]
    for r in of_family(reqs, f, "kl8-draw-push"):
        d = json_body(r)
        assert _numbers(d["red"].split(","), 1, 80, 20) and d["code"][:4] == d["date"][:4]
    for r in of_family(reqs, f, "claim-booking"):
        d = json_body(r)
        drawn, claimed = _day(d["drawDate"]), _day(d["claimDate"])
        assert drawn.weekday() in (1, 3, 6) and 0 < (claimed - drawn).days <= 60
        per, bets = _d(d["prizePerBet"]), d["bets"]
        assert _d(d["gross"]) == per * bets and _d(d["tax"]) == _tax(per, bets)
        assert _d(d["net"]) == per * bets - _tax(per, bets) and _hn_id(d["winner"]["idNo"])
    for shape in ("ssq-history", "3d-query"):
        for r in of_family(reqs, f, shape):
            q = query1(r)
            assert q["name"] in ("ssq", "3d") and (not q.get("issueStart") or q["issueStart"] <= q["issueEnd"])
    for r in of_family(reqs, f, "outlet-search"):
        q = query1(r)
        assert in_box(HN_BOX, q["lng"], q["lat"]) and q["city"] in gen_y.CITY_CENTRES


def test_sports_lottery(reqs: list[dict]) -> None:
    """大乐透: 5 of 01-35 and 2 of 01-12, drawn 一、三、六, 期号 yy + 3 digits; 注数 = C(front, 5) × C(back, 2), 2
    元 and 追加 3 元; 排列3/5 digits; 七星彩 6 digits 0-9 and one of 0-14 on 二、五、日; 竞彩 2串1 奖金; 兑奖 tax."""
    f = "sports-lottery"
    for r in of_family(reqs, f, "dlt-draw-push"):
        d = json_body(r)
        day = _day(d["lotteryDrawTime"])
        nums = d["lotteryDrawResult"].split(" ")
        assert day.weekday() in (0, 2, 5) and re.fullmatch(rf"{day:%y}\d{{3}}", d["lotteryDrawNum"])
        assert _numbers(nums[:5], 1, 35, 5) and _numbers(nums[5:], 1, 12, 2)
    for r in of_family(reqs, f, "dlt-bet-check"):
        d = json_body(r)
        assert _numbers(d["front"], 1, 35) and len(d["front"]) >= 5 and _numbers(d["back"], 1, 12)
        assert d["bets"] == math.comb(len(d["front"]), 5) * math.comb(len(d["back"]), 2)
        assert d["amount"] == d["bets"] * (3 if d["additional"] else 2) * d["multiple"]
    for r in of_family(reqs, f, "pls-push"):
        d = json_body(r)
        digits = d["result"].split(" ")
        assert len(digits) == {"排列3": 3, "排列5": 5}[d["game"]] and all(re.fullmatch(r"\d", x) for x in digits)
        assert d["term"][:2] == d["drawDate"][2:4]
    for r in of_family(reqs, f, "qxc-verify"):
        q = query1(r)
        nums = [int(x) for x in q["result"].split(" ")]
        assert len(nums) == 7 and all(0 <= x <= 9 for x in nums[:6]) and 0 <= nums[6] <= 14
        assert _day(q["drawDate"]).weekday() in (1, 4, 6) and q["gameNo"] == "04"
    for r in of_family(reqs, f, "jc-bonus-calc"):
        d = json_body(r)
        odds = [_d(x["odds"]) for x in d["legs"]]
        assert d["pass"] == "2串1" and len(d["legs"]) == 2 and d["stake"] == 2 * d["multiple"]
        assert _d(d["bonus"]) == (2 * odds[0] * odds[1] * d["multiple"]).quantize(Decimal("0.01"), ROUND_HALF_UP)
        for leg in d["legs"]:
            assert leg["matchNum"][:2] == "周" + WEEK_CN[_day(leg["matchDate"]).weekday()]
        assert len({x["matchNum"] for x in d["legs"]}) == 2
    for r in of_family(reqs, f, "prize-claim"):
        d = json_body(r)
        drawn, claimed = _day(d["drawDate"]), _day(d["claimDate"])
        assert drawn.weekday() in (0, 2, 5) and 0 < (claimed - drawn).days <= 60 and luhn_ok(d["bankCard"])
        per, bets = _d(d["prizePerBet"]), d["bets"]
        assert _d(d["tax"]) == _tax(per, bets) and _d(d["net"]) == per * bets - _tax(per, bets)
    for r in of_family(reqs, f, "draw-history"):
        assert query1(r)["gameNo"] in ("85", "35", "350133", "04")
    for r in of_family(reqs, f, "outlet-map"):
        q = query1(r)
        assert in_box(HN_BOX, q["lng"], q["lat"]) and "MiniProgramEnv" in header(r, "User-Agent")


def test_ethnic_and_religious_affairs(reqs: list[dict]) -> None:
    """场所 codes 71…; 期末 = 期初 + 收入 − 支出 with totals that add up; 大型 活动 applied 30 days ahead or more;
    教职 人员 证 prefixes by 宗教; 许可 numbers."""
    f = "ethnic-religious-affairs"
    prefixes = {"佛教": "FJ", "道教": "DJ", "伊斯兰教": "YS", "天主教": "TZ", "基督教": "JD"}
    for r in of_family(reqs, f, "venue-detail"):
        assert _credit_ok(query1(r)["uscc"], ("71",))
    for r in of_family(reqs, f, "venue-annual-report"):
        d = json_body(r)
        total_in, total_out = sum(map(_d, d["income"].values())), sum(map(_d, d["expense"].values()))
        assert _d(d["incomeTotal"]) == total_in and _d(d["expenseTotal"]) == total_out
        assert _d(d["closingBalance"]) == _d(d["openingBalance"]) + total_in - total_out >= 0
        assert _credit_ok(d["uscc"], ("71",))
    for r in of_family(reqs, f, "large-event-apply"):
        d = upload_fields(r)
        assert (_day(d["date"]) - _day(d["applyDate"])).days >= 30 and _credit_ok(d["uscc"], ("71",))
        assert [p["type"] for p in upload_files(r)] == ["application/pdf", "image/jpeg"]
    for r in of_family(reqs, f, "clergy-query"):
        d = form_fields(r)
        m = re.fullmatch(r"([A-Z]{2})(41\d\d)(\d\d)(\d{5})", d["zsbh"])
        assert m and m.group(1) == prefixes[d["zj"]] and _hn_code(m.group(2) + "00")
    for r in of_family(reqs, f, "unity-declare"):
        assert _credit_ok(upload_fields(r)["uscc"], ("12", "11", "91"))
    for r in of_family(reqs, f, "net-permit-query"):
        assert re.fullmatch(r"豫（20\d\d）\d{7}", query1(r)["xkzh"])
    for r in of_family(reqs, f, "venue-search-page"):
        q = query1(r)
        assert q["zj"] in prefixes and _hn_code(q["region"]) and header(r, "Sec-Fetch-Mode") in ("navigate", "")


def test_civil_air_defense(reqs: list[dict]) -> None:
    """警报 signals in order with their patterns (3 minutes each); 应建 面积 = 地面 面积 × ratio and 费 = 面积 ×
    标准 with 大写; 防护 单元 ≤ 2000 ㎡ adding up; 答题 scores; map boxes in 河南."""
    f = "civil-air-defense"
    for r in of_family(reqs, f, "alarm-plan-push"):
        d = json_body(r)
        assert [s["signal"] for s in d["signals"]] == list(ALARM_PATTERNS)
        previous_end = None
        for s in d["signals"]:
            on, off, times = ALARM_PATTERNS[s["signal"]]
            assert (s["on"], s["off"], s["repeat"]) == (on, off, times) and (on + off) * times == 180
            start = _moment(s["start"])
            assert start.date() == _day(d["date"]) and (previous_end is None or start > previous_end)
            previous_end = start + timedelta(seconds=180)
    for r in of_family(reqs, f, "fee-calc"):
        d = json_body(r)
        standard, ratio = gen_y.RELOCATION_FEE[d["city"]]
        required = (_d(d["groundArea"]) * ratio).quantize(Decimal("0.01"), ROUND_HALF_UP)
        assert _d(d["ratio"]) == ratio and _d(d["standard"]) == standard and _d(d["requiredArea"]) == required
        assert _d(d["fee"]) == required * standard and _upper_ok(d["feeUpper"], d["fee"])
    for r in of_family(reqs, f, "fee-apply"):
        d = upload_fields(r)
        assert Decimal(d["fee"]) == Decimal(d["requiredArea"]) * Decimal(d["standard"])
        assert _upper_ok(d["feeUpper"], d["fee"]) and _credit_ok(d["uscc"], ("91",))
        m = re.fullmatch(r"建字第(41\d{4})(20\d\d)\d{5}号", d["permitNo"])
        assert m and _hn_code(m.group(1))
    for r in of_family(reqs, f, "completion-filing"):
        d = json_body(r)
        assert all(0 < _d(u["area"]) <= 2000 for u in d["units"]) and [u["no"] for u in d["units"]] == list(
            range(1, len(d["units"]) + 1)
        )
        assert _d(d["totalArea"]) == sum(_d(u["area"]) for u in d["units"]) and _day(d["completed"]) < _day(d["filed"])
        assert d["level"] in ("核5级", "核6级", "核6B级", "常5级", "常6级")
    for r in of_family(reqs, f, "quiz-submit"):
        d = json_body(r)
        assert d["score"] == 10 * sum(d["answers"][k] == v for k, v in gen_y.QUIZ.items())
    for r in of_family(reqs, f, "shelter-map"):
        x0, y0, x1, y1 = (float(v) for v in query1(r)["bbox"].split(","))
        assert x0 < x1 and y0 < y1 and in_box(HN_BOX, x0, y0) and in_box(HN_BOX, x1, y1)
    for r in of_family(reqs, f, "usage-cert-query"):
        assert re.fullmatch(r"豫人防平字〔20\d\d〕第\d{4}号", query1(r)["zh"])
    for r in of_family(reqs, f, "alarm-feedback"):
        d = json_body(r)
        assert in_box(HN_BOX, d["lng"], d["lat"]) and d["city"] in gen_y.CITY_CENTRES


def test_credit_repair(reqs: list[dict]) -> None:
    """文号 of the 决定 year; 缴款 after the 决定; 修复 applied after the 3-month (一般) or 1-year (严重) 最短 公示 期;
    fines in 大写; 专项 报告 over 3 years; codes that check."""
    f = "credit-repair"
    for r in of_family(reqs, f, "repair-apply"):
        d = upload_fields(r)
        decided, paid, applied = (_day(d[k]) for k in ("decisionDate", "paidDate", "applyDate"))
        m = PENALTY_NO.fullmatch(d["penaltyNo"])
        assert m and int(m.group(2)) == decided.year and decided < paid < applied
        assert applied >= _add_months(decided, {"一般失信": 3, "严重失信": 12}[d["severity"]])
        assert _upper_ok(d["fineUpper"], d["fine"]) and _credit_ok(d["uscc"], ("91",))
        assert [p["type"] for p in upload_files(r)] == ["application/pdf", "image/jpeg", "application/pdf"]
    for r in of_family(reqs, f, "special-report-apply"):
        d = json_body(r)
        start, end = _day(d["startDate"]), _day(d["endDate"])
        assert start < end and (end.year - start.year, end.month, end.day) == (3, start.month, start.day)
        assert _credit_ok(d["uscc"], ("91",)) and len(set(d["fields"])) == len(d["fields"])
    for r in of_family(reqs, f, "objection"):
        d = form_fields(r)
        assert PENALTY_NO.search(d["content"]) and _credit_ok(d["uscc"], ("91",)) and MOBILE.fullmatch(d["lxdh"])
    for r in of_family(reqs, f, "subject-detail"):
        assert _credit_ok(query1(r)["uscc"], ("91", "92", "52"))
    for r in of_family(reqs, f, "commitment-sign"):
        d = json_body(r)
        assert [x[0] for x in d["items"]] == ["一", "二", "三", "四"] and _credit_ok(d["uscc"], ("91", "92"))
    for r in of_family(reqs, f, "report-verify"):
        assert re.fullmatch(r"XYBG20\d{6}\d{6}", query1(r)["no"]) and "MicroMessenger" in header(r, "User-Agent")


def test_vagrant_rescue(reqs: list[dict]) -> None:
    """救助 at most 10 days and 离站 after 入站; 巡查 tracks forward in 河南 and counts that add up; 车票 sums and
    dates; list filters in order."""
    f = "vagrant-rescue"
    for r in of_family(reqs, f, "stay-record"):
        d = json_body(r)
        stay = _moment(d["outTime"]) - _moment(d["inTime"])
        assert 1 <= d["days"] <= 10 and timedelta(days=d["days"] - 1) < stay < timedelta(days=d["days"])
    for r in of_family(reqs, f, "patrol-push"):
        d = json_body(r)
        times = [_moment(p["t"]) for p in d["track"]]
        assert times == sorted(times) and _moment(d["start"]) == times[0] < times[-1] < _moment(d["end"])
        assert all(in_box(HN_BOX, p["lng"], p["lat"]) for p in d["track"])
        assert d["found"] == d["persuaded"] + d["sentToStation"] + d["refused"] and d["refused"] >= 0
    for r in of_family(reqs, f, "return-ticket"):
        d = json_body(r)
        assert _d(d["total"]) == _d(d["ticket"]) + _d(d["meal"]) and _day(d["trainDate"]) >= _day(d["outDate"])
    for r in of_family(reqs, f, "notice-list"):
        q = query1(r)
        assert int(q["ageFrom"]) <= int(q["ageTo"]) and _day(q["inStart"]) < _day(q["inEnd"])
    for r in of_family(reqs, f, "reunion-record"):
        d = json_body(r)
        assert _day(d["reunited"]) > datetime.strptime(d["noticeNo"][2:10], "%Y%m%d").date()
    for r in of_family(reqs, f, "clue-submit"):
        assert [p["type"] for p in upload_files(r)] == ["image/jpeg"] and MOBILE.fullmatch(upload_fields(r)["mobile"])


def test_social_worker(reqs: list[dict]) -> None:
    """科目 belong to the 级别 in its order; 学时 and budgets add up, budgets in 大写; PHQ-9 totals and bands;
    service records in office hours; 社工 机构 codes 52…."""
    f = "social-worker"
    for r in of_family(reqs, f, "exam-register"):
        d = upload_fields(r)
        subjects, allowed = d["subjects"].split(","), gen_y.SW_LEVELS[d["level"]]
        assert [s for s in allowed if s in subjects] == subjects and _hn_id(d["idNo"])
        assert [p["type"] for p in upload_files(r)] == ["image/jpeg"]
    for r in of_family(reqs, f, "registration-apply"):
        d = json_body(r)
        assert d["totalHours"] == sum(x["hours"] for x in d["trainings"]) and _credit_ok(d["orgUscc"], ("52",))
        assert re.fullmatch(r"20\d\d41S[12]\d{6}", d["certNo"]) and d["certNo"][7] == (
            "1" if d["level"] == "助理社会工作师" else "2"
        )
    for r in of_family(reqs, f, "phq9-assessment"):
        d = json_body(r)
        total = sum(d["items"])
        assert len(d["items"]) == 9 and all(0 <= x <= 3 for x in d["items"]) and d["total"] == total
        assert d["band"] == next(name for lo, hi, name in PHQ9 if lo <= total <= hi)
        assert d["item9Alert"] == (d["items"][8] > 0)
    for r in of_family(reqs, f, "project-budget"):
        d = json_body(r)
        assert _d(d["total"]) == sum(map(_d, d["items"].values())) and _upper_ok(d["totalUpper"], d["total"])
    for r in of_family(reqs, f, "station-log"):
        d = json_body(r)
        start = _moment(d["start"])
        assert start < _moment(d["end"]) and start.weekday() < 5 and 8 <= start.hour < 17
    for r in of_family(reqs, f, "score-query"):
        assert _hn_id(query1(r)["idNo"])


def test_family_planning_support(reqs: list[dict]) -> None:
    """奖励 扶助 for those 60 and over, 特别 扶助 when the wife is 49 or over; amounts = 标准 × 12 (× persons) and
    names that add up; Luhn bank cards; 绿色 通道 slots in the morning on working days."""
    f = "family-planning-support"
    monthly = gen_y.FP_MONTHLY
    for r in of_family(reqs, f, "reward-apply"):
        d = upload_fields(r)
        on = _day(d["applyDate"])
        eligible = [i for i in (d["husbandIdNo"], d["wifeIdNo"]) if _age(i, on) >= 60]
        assert d["eligibleIdNos"].split(",") == eligible and eligible
        assert Decimal(d["annualAmount"]) == monthly["奖励扶助"] * 12 * len(eligible)
        assert _sex(d["husbandIdNo"]) == "男" and _sex(d["wifeIdNo"]) == "女"
    for r in of_family(reqs, f, "special-apply"):
        d = upload_fields(r)
        assert _sex(d["wifeIdNo"]) == "女" and _age(d["wifeIdNo"], _day(d["applyDate"])) >= 49
        kind = f"特别扶助（{d['childStatus']}）"
        assert Decimal(d["monthly"]) == monthly[kind] and Decimal(d["annualAmount"]) == monthly[kind] * 24
        assert (d["disabilityLevel"] != "") == (d["childStatus"] == "伤残")
    for r in of_family(reqs, f, "annual-confirm"):
        d = json_body(r)
        assert all(_d(x["amount"]) == monthly[x["kind"]] * 12 * x["persons"] for x in d["rows"])
        assert d["households"] == len(d["rows"]) and d["persons"] == sum(x["persons"] for x in d["rows"])
        assert _d(d["total"]) == sum(_d(x["amount"]) for x in d["rows"])
    for r in of_family(reqs, f, "payment-roster"):
        d = json_body(r)
        on = date(int(d["batchNo"][4:8]), int(d["batchNo"][8:10]), 28)
        for x in d["rows"]:
            assert luhn_ok(x["card"]) and _d(x["monthly"]) == monthly[x["kind"]]
            assert _d(x["amount"]) == monthly[x["kind"]] * x["months"]
            assert _age(x["idNo"], on) >= (60 if x["kind"] == "奖励扶助" else 49) - 1
        assert d["count"] == len(d["rows"]) and _d(d["total"]) == sum(_d(x["amount"]) for x in d["rows"])
    for r in of_family(reqs, f, "green-channel-booking"):
        d = json_body(r)
        assert slot_within(d["slot"], "08:00", "12:00") and _day(d["date"]).weekday() < 5
    for r in of_family(reqs, f, "eligibility-check"):
        d = json_body(r)
        assert _sex(d["husbandIdNo"]) == "男" and _sex(d["wifeIdNo"]) == "女"
        assert (d["childStatus"] == "") == (d["kind"] == "奖励扶助")


def test_youth_league(reqs: list[dict]) -> None:
    """入团 at 14 to under 28; 超龄 members 28 or over; 团费 months in a row × the 标准; 交友 ages; 大学习 期."""
    f = "youth-league"
    for r in of_family(reqs, f, "join-apply"):
        d = json_body(r)
        age = _age(d["idNo"], _day(d["applyDate"]))
        assert d["age"] == age and 14 <= age < 28 and len(d["introducers"]) == 2 and _hn_id(d["idNo"])
    for r in of_family(reqs, f, "overage-leave"):
        d = json_body(r)
        on = _day(d["date"])
        assert all(m["age"] == _age(m["idNo"], on) >= 28 for m in d["members"]) and d["count"] == len(d["members"])
    for r in of_family(reqs, f, "dues-pay"):
        d = json_body(r)
        months = [datetime.strptime(m, "%Y-%m").date() for m in d["months"]]
        assert months == [_add_months(months[0], i) for i in range(len(months))]
        assert _d(d["monthly"]) == gen_y.DUES[d["kind"]] and _d(d["amount"]) == _d(d["monthly"]) * len(months)
    for r in of_family(reqs, f, "mixer-signup"):
        d = json_body(r)
        assert 22 <= d["age"] <= 40 and d["sex"] == _sex(d["idNo"]) and d["marital"] == "未婚"
    for r in of_family(reqs, f, "study-checkin"):
        assert re.fullmatch(r"20\d\d年第\d{1,2}期", json_body(r)["issue"])
    for r in of_family(reqs, f, "transfer-apply"):
        d = json_body(r)
        assert d["from"] != d["to"] and _hn_id(d["idNo"])
    for r in of_family(reqs, f, "hotline-message"):
        assert len(form_fields(r)["content"]) >= 30
