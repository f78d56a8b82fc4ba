"""Corpus U (tests/waf/data/gen_cms_corpus_u.py): its split and its requests, without a WAF.

Fast tests, in their own module like test_corpus_t_split.py. Nothing here sends U through the WAF: U's
false-positive count is the lead's, after a tuning round on U's tuning part (docs/waf.md, held-out
discipline). The per-family checks look only at the requests themselves, the way the receiving services
would: 统一 社会 信用 代码 and 身份 证号 check characters, GB/T 2260 区划 and GB/T 4754 行业 codes, the size class
the 统计 划分 办法 gives, 投资 项目 代码 structure, parcel and arrears sums, subsidy formulas recomputed, the 60-day
复议 limit, byte ranges, paging windows, date ranges that run forward, the colours each 预警 signal type has,
permit numbers, and uploads that are what their type says. Never a WAF verdict.
"""

from __future__ import annotations

import json
import re
import urllib.parse
from datetime import date, datetime

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

PINNED_HELD_OUT = (
    "provincial-stats-release",
    "care-mode-toggle",
    "enterprise-policy-match",
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
)

corpus, reqs = corpus_fixtures(gen_u)

MOBILE = re.compile(r"1[3-9]\d{9}")
# GB/T 4754-2017: 门类 letter -> its 大类 (two-digit division) range
SECTIONS = {
    "A": (1, 5),
    "B": (6, 12),
    "C": (13, 43),
    "D": (44, 46),
    "E": (47, 50),
    "F": (51, 52),
    "G": (53, 60),
    "H": (61, 62),
    "I": (63, 65),
    "J": (66, 69),
    "K": (70, 70),
    "L": (71, 72),
    "M": (73, 75),
    "N": (76, 79),
    "O": (80, 82),
    "P": (83, 83),
    "Q": (84, 85),
    "R": (86, 90),
    "S": (91, 97),
    "T": (98, 98),
}
# 令 第16号: the colours each 预警 signal type has
SIGNAL_COLOURS = {
    "台风": "蓝黄橙红",
    "暴雨": "蓝黄橙红",
    "暴雪": "蓝黄橙红",
    "寒潮": "蓝黄橙红",
    "大风": "蓝黄橙红",
    "沙尘暴": "黄橙红",
    "高温": "黄橙红",
    "干旱": "橙红",
    "雷电": "黄橙红",
    "冰雹": "橙红",
    "霜冻": "蓝黄橙",
    "大雾": "黄橙红",
    "霾": "黄橙",
    "道路结冰": "黄橙红",
}
ISO_3166 = {"HK", "MO", "TW", "SG", "DE", "FR", "JP", "KR", "US", "GB", "NL", "IT"}
HANT_ONLY = set("為與臺證請灣業資務稅關區買處辦謝設創們紹號網當發")
HANS_ONLY = set("为与台证请湾业资务税关区买处办谢设创们绍号网当发")


def _region_ok(code: str) -> bool:
    """A GB/T 2260 code of 湖北 (42xxxx) that the service's 区划 table holds."""
    return bool(re.fullmatch(r"42\d{4}", code)) and code in gen_u.HB


def _size_class(code: str, staff: int, revenue: int) -> str:
    """国家 统计局 《统计上大中小微型企业划分办法（2017）》, recomputed: (大型, 中型, 小型) lower bounds of
    从业人员 and 营业收入 (万元) by 行业; below the 小型 row is 微型."""
    d = int(code[1:3])
    if 1 <= d <= 5:
        rows = ((0, 20000), (0, 500), (0, 50))
    elif 6 <= d <= 46:
        rows = ((1000, 40000), (300, 2000), (20, 300))
    elif d == 51:
        rows = ((200, 40000), (20, 5000), (5, 1000))
    elif 53 <= d <= 58:
        rows = ((1000, 30000), (300, 3000), (20, 200))
    elif d == 61:
        rows = ((300, 10000), (100, 2000), (10, 100))
    elif d in (63, 64):
        rows = ((2000, 100000), (100, 1000), (10, 100))
    elif d == 65:
        rows = ((300, 10000), (100, 1000), (10, 50))
    else:
        rows = ((300, 0), (100, 0), (10, 0))
    for name, (x, y) in zip(("大型", "中型", "小型"), rows, strict=True):
        if staff >= x and revenue >= y:
            return name
    return "微型"


def _range_ok(value: str) -> bool:
    m = re.fullmatch(r"bytes=(\d+)-(\d*)", value)
    return bool(m) and (not m.group(2) or int(m.group(1)) < int(m.group(2)))


def _day(text: str) -> date:
    return datetime.strptime(text, "%Y-%m-%d").date()


def _file_ok(p: dict) -> bool:
    return bool(common_file_ok(p["data"], p["type"]))


# --- the split, the size and the record contract ----------------------------------------------------


def test_regenerating_gives_the_committed_files(corpus: tuple[list[dict], list[dict]]) -> None:
    assert_regenerates(*corpus, gen_u.TUNING_FILE, gen_u.HELD_OUT_FILE)


def test_large_enough_and_tagged(reqs: list[dict]) -> None:
    assert_sized(reqs, gen_u, (126, 126), min_requests=1500, min_families=11, min_shapes=9)


def test_the_split_is_the_rule_written_down(corpus: tuple[list[dict], list[dict]]) -> None:
    """Whole families and (family, shape) groups are on one side only; the held-out families are the
    ones the docstring's rule picks (pinned: a change of family names would re-split)."""
    earlier = EARLIER[1:]  # C-T: B has no SEED of its own to compare
    assert_split_as_written(corpus, gen_u, "corpus-u/", PINNED_HELD_OUT, earlier, parts=(952, 686))


def test_u_shares_no_family_with_a_to_t(reqs: list[dict]) -> None:
    assert_new_families(reqs, *EARLIER)


def test_every_record_is_a_request_its_server_reads_back(reqs: list[dict]) -> None:
    """Well formed, held to U's own sources and methods, and read back exactly by a plain http.server."""
    assert_sound_requests(reqs, gen_u.check, gen_t.SOURCES["comment-moderation"])


def test_the_request_kinds_it_was_made_for(reqs: list[dict]) -> None:
    """Page navigations, axios and jQuery calls, 小程序 requests, media ranges, uploads and beacons."""
    assert {r["method"] for r in reqs} == {"GET", "POST"}
    ctypes = media_types(reqs)
    assert ctypes[""] >= 800 and ctypes["application/json"] >= 250 and ctypes["multipart/form-data"] >= 50
    assert ctypes["application/x-www-form-urlencoded"] >= 150 and ctypes["text/plain"] >= 10
    assert_headers_sent(reqs, ("Range", "X-Requested-With", "Authorization", "charset", "Cookie", "Origin"))
    assert sum(header(r, "Sec-Fetch-Mode") == "navigate" for r in reqs) >= 200
    assert sum("MicroMessenger" in header(r, "User-Agent") for r in reqs) >= 150
    assert sum("MiniProgramEnv" in header(r, "User-Agent") for r in reqs) >= 30
    assert sum("iPhone" in header(r, "User-Agent") for r in reqs) >= 30


def test_multipart_uploads_decode(reqs: list[dict]) -> None:
    """Every uploaded file is what its part's Content-Type says, and its name's extension agrees."""
    uploads = [r for r in reqs if content_type(r).startswith("multipart/form-data")]
    assert len(uploads) >= 50
    ext = {"application/pdf": ".pdf", "image/jpeg": ".jpg", "image/png": ".png", DOCX_TYPE: ".docx"}
    for r in uploads:
        for p in upload_files(r):
            assert _file_ok(p) and p["filename"].endswith(ext[p["type"]]), (r["label"], p["filename"])
        assert all(p["name"] for p in multipart_parts(r))


# --- the families, checked the way their receiving servers would ------------------------------------


def test_press_briefings(reqs: list[dict]) -> None:
    """Byte ranges are satisfiable; polling and playback positions are sane; the JS-SDK url is the site's."""
    f = "press-briefing"
    for r in of_family(reqs, f, "replay-range"):
        assert _range_ok(header(r, "Range")) and r["path"].endswith(".mp4")
        assert header(r, "Accept-Encoding") == "identity;q=1, *;q=0"
    for r in of_family(reqs, f, "live-poll"):
        q = query1(r)
        assert int(q["lastId"]) >= 0 and q["direction"] == "after" and len(q["_"]) == 13
    for r in of_family(reqs, f, "player-heartbeat"):
        d = json_body(r)
        assert 0 <= d["position"] <= d["duration"] and d["rate"] in (1, 1.25, 1.5, 2)
    for r in of_family(reqs, f, "share-config"):
        assert query1(r)["url"].startswith(gen_u.SITE + "/")
    for r in of_family(reqs, f, "meeting-page"):
        m = re.search(r"/(\d{6})/t(\d{8})_\d+\.shtml$", r["path"])
        assert m and m.group(2).startswith(m.group(1))
    for r in of_family(reqs, f, "qa-submit"):
        assert form_fields(r)["content"]


def test_policy_library(reqs: list[dict]) -> None:
    """Facets hold real values; 文号 agree with their issuer and year; time filters run forward."""
    f = "policy-library-search"
    prefixes = {
        "省人民政府": "鄂政发",
        "省人民政府办公厅": "鄂政办发",
        "省发展改革委": "鄂发改规",
        "省经信厅": "鄂经信规",
    }
    for r in of_family(reqs, f, "igs-facets"):
        q = query1(r)
        assert q["pageSize"] in {"10", "15", "20", "50"} and 2019 <= int(q["filter[FWNF]"]) <= 2027
        assert q.get("filter[WZ]", "通知") in gen_u.DOC_KINDS
    for r in of_family(reqs, f, "file-number-lookup"):
        q = query1(r)
        m = re.fullmatch(r"(\w+)〔(\d{4})〕(\d+)号", q["filter[fileNum-like]"])
        assert m and m.group(1) == prefixes[q["filter[FWJG]"]] and m.group(2) == q["filter[FWNF]"]
    for r in of_family(reqs, f, "validity-filter"):
        q = query1(r)
        assert int(q["filter[fileYear]"]) <= int(q["filter[fileYear-lte]"])
    for r in of_family(reqs, f, "jsearch-cate"):
        fields = form_fields(r)
        assert fields["websiteid"] == "420000000000000" and fields["q"] and int(fields["pg"]) == 10
        if fields["sortFields"]:
            assert json.loads(fields["sortFields"])[0]["name"] == "deploytime"
    for r in of_family(reqs, f, "advanced-json"):
        span = json_body(r)["dateRange"]
        assert _day(span["start"]) < _day(span["end"])
    for r in of_family(reqs, f, "attachment-download"):
        assert re.search(r"/P0\d{20}\.(pdf|ofd|docx)$", r["path"])


def test_policy_matching(reqs: list[dict]) -> None:
    """Credit codes check; 行业 codes sit in their 门类; the size class is the 划分 办法's; formulas recompute."""
    f = "enterprise-policy-match"
    for r in of_family(reqs, f, "questionnaire-submit"):
        d = json_body(r)
        assert uscc_ok(d["uscc"]) and _region_ok(d["regionCode"]) and d["uscc"][2:8] in gen_u.HB
        code = d["industryCode"]
        low, high = SECTIONS[code[0]]
        assert re.fullmatch(r"[A-T]\d{4}", code) and low <= int(code[1:3]) <= high
        assert d["scale"] == _size_class(code, d["employees"], d["revenue"]), d
    for r in of_family(reqs, f, "apply-intent"):
        fields = form_fields(r)
        assert uscc_ok(fields["uscc"]) and MOBILE.fullmatch(fields["mobile"])
    for r in of_family(reqs, f, "enterprise-profile"):
        assert uscc_ok(query1(r)["uscc"]) and header(r, "Authorization").startswith("Bearer ")
    for r in of_family(reqs, f, "region-tree"):
        assert _region_ok(query1(r)["parent"])
    for r in of_family(reqs, f, "subsidy-calc"):
        d = json_body(r)
        m = re.fullmatch(r"min\(max\(研发费用本年 - 研发费用上年, 0\) \* ([\d.]+), (\d+)\)", d["formula"])
        increase = max(d["params"]["研发费用本年"] - d["params"]["研发费用上年"], 0)
        assert m and d["result"] == round(min(increase * float(m.group(1)), int(m.group(2))), 2)


def test_projects_and_land_notices(reqs: list[dict]) -> None:
    """投资 项目 代码 have their structure; 听证 parcels add up to the total; applicants' 身份 证号 check."""
    f = "project-land-notice"
    for r in of_family(reqs, f, "project-code-lookup"):
        m = re.fullmatch(r"(\d{4})-(\d{6})-(\d{2})-(0[123])-(\d{6})", query1(r)["projectCode"])
        assert m and 2019 <= int(m.group(1)) <= 2027 and _region_ok(m.group(2)) and 1 <= int(m.group(3)) <= 97
    for r in of_family(reqs, f, "hearing-apply"):
        d = json_body(r)
        assert id_number_ok(d["idNo"]) and MOBILE.fullmatch(d["mobile"])
        assert round(sum(p["areaMu"] for p in d["parcels"]), 2) == d["totalMu"]
        assert all(_region_ok(p["parcelNo"][:6]) for p in d["parcels"])
    for r in of_family(reqs, f, "project-list"):
        assert _region_ok(query1(r)["region"])
    for r in of_family(reqs, f, "parcel-query"):
        assert re.fullmatch(r"鄂政土批〔20\d\d〕\d+号", query1(r)["approvalNo"])


def test_business_complaints(reqs: list[dict]) -> None:
    """Credit codes and phones check; arrears add up; case numbers carry a real date."""
    f = "business-env-complaint"
    for r in of_family(reqs, f, "complaint-form"):
        fields = form_fields(r)
        assert uscc_ok(fields["uscc"]) and MOBILE.fullmatch(fields["mobile"]) and _region_ok(fields["region"])
        assert len(fields["content"]) >= 60 and fields["type"] in gen_u.COMPLAINT_TYPES
    for r in of_family(reqs, f, "arrears-detail"):
        d = json_body(r)
        assert uscc_ok(d["creditorUscc"])
        for x in d["contracts"]:
            assert x["owed"] == round(x["amount"] - x["paid"], 2) and 0 <= x["paid"] <= x["amount"]
        assert d["totalOwed"] == round(sum(x["owed"] for x in d["contracts"]), 2)
    for shape in ("satisfaction", "supplement"):
        for r in of_family(reqs, f, shape):
            no = json_body(r)["caseNo"]
            assert re.fullmatch(r"YS\d{12}", no)
            datetime.strptime(no[2:10], "%Y%m%d")
    for r in of_family(reqs, f, "miniapp-submit"):
        d = json_body(r)
        assert uscc_ok(d["uscc"]) and "MiniProgramEnv" in header(r, "User-Agent")
    for r in of_family(reqs, f, "evidence-upload"):
        assert upload_fields(r)["bizType"] == "complaint"


def test_reconsideration(reqs: list[dict]) -> None:
    """Applicants' 身份 证号 check; the application is within 六十日 of knowing the act; uploads decode."""
    f = "admin-reconsideration"
    for r in of_family(reqs, f, "apply-form"):
        d = json_body(r)
        assert id_number_ok(d["applicant"]["idNo"]) and MOBILE.fullmatch(d["applicant"]["mobile"])
        assert 0 < (_day(d["applyDate"]) - _day(d["knownDate"])).days <= 60
        assert d["respondent"] in gen_u.RESPONDENTS and len(d["factsReasons"]) >= 80
        if d["requests"].startswith("请求撤销"):
            assert d["actNo"] in d["requests"]
    for r in of_family(reqs, f, "agent-authorize"):
        assert id_number_ok(upload_fields(r)["agentIdNo"])
    for r in of_family(reqs, f, "case-query"):
        q = query1(r)
        assert id_number_ok(q["idNo"]) and re.fullmatch(r"鄂府复〔20\d\d〕\d+号", q["caseNo"])
    for r in of_family(reqs, f, "template-download"):
        assert urllib.parse.unquote(r["path"]).rsplit(".", 1)[1] in {"docx", "pdf"}


def test_stats_release(reqs: list[dict]) -> None:
    """指标 codes are the library's; 地区 codes are GB/T 2260; time spans run forward."""
    f = "provincial-stats-release"
    for shape in ("indicator-query", "csv-export", "xlsx-export"):
        for r in of_family(reqs, f, shape):
            q = query1(r)
            assert all(z in gen_u.INDICATORS for z in q["zb"].split(","))
            assert all(_region_ok(x) for x in q["reg"].split(","))
            start, _, end = q["sj"].partition("-")
            assert int(start) <= int(end or start) <= 2026
            if shape != "indicator-query":
                assert q["format"] == shape[:-7]
    for r in of_family(reqs, f, "monthly-query"):
        start, end = query1(r)["sj"].split("-")
        assert start < end and all(1 <= int(x[4:]) <= 12 for x in (start, end))
    for r in of_family(reqs, f, "custom-query"):
        d = json_body(r)
        assert all(_region_ok(x) for x in d["regions"]) and d["time"]["start"] <= d["time"]["end"]


def test_recruitment(reqs: list[dict]) -> None:
    """报名 序号 and 准考证号 carry the exam year; 身份 证号 check; 职位 代码 start with a 区划 code."""
    f = "civil-service-recruit"
    for r in of_family(reqs, f, "signup-query"):
        fields = form_fields(r)
        assert re.fullmatch(r"202[67]\d{6}", fields["bmxh"]) and id_number_ok(fields["sfzh"])
    for r in of_family(reqs, f, "admission-ticket"):
        assert id_number_ok(query1(r)["sfzh"])
    for r in of_family(reqs, f, "score-query"):
        zkzh = form_fields(r)["zkzh"]
        assert re.fullmatch(r"2[67]\d{9}", zkzh) and f"42{zkzh[2:4]}00" in gen_u.HB
    for r in of_family(reqs, f, "signup-count"):
        assert all(_region_ok(z[:6]) and len(z) == 12 for z in query1(r)["zwdm"].split(","))
    for r in of_family(reqs, f, "position-table"):
        assert urllib.parse.unquote(r["path"]).endswith("职位表.xlsx") or "（更正）" in urllib.parse.unquote(r["path"])


def test_leader_pages(reqs: list[dict]) -> None:
    """大汉 dataproxy windows are three pages of perpage; share links are the site's own pages."""
    f = "leader-activity-pages"
    for r in of_family(reqs, f, "jpage-dataproxy"):
        q = query1(r)
        start, end, per = int(q["startrecord"]), int(q["endrecord"]), int(q["perpage"])
        assert end - start + 1 == 3 * per and (start - 1) % (3 * per) == 0
        assert form_fields(r)["webname"] == "湖北省人民政府"
    for r in of_family(reqs, f, "share-qrcode"):
        assert query1(r)["url"].startswith(gen_u.SITE + "/")
    for r in of_family(reqs, f, "video-clip"):
        assert _range_ok(header(r, "Range"))


def test_governor_letters(reqs: list[dict]) -> None:
    """Date spans run forward; 信件 编号 carry a real date; 查询码 use the unambiguous alphabet."""
    f = "governor-letter-search"
    for r in of_family(reqs, f, "reply-search"):
        q = query1(r)
        assert _day(q["startDate"]) < _day(q["endDate"])
    for r in of_family(reqs, f, "query-by-code"):
        fields = form_fields(r)
        datetime.strptime(fields["letterNo"][4:12], "%Y%m%d")
        assert re.fullmatch(r"[A-HJ-NP-Z2-9]{6}", fields["queryCode"])
    for r in of_family(reqs, f, "similar-letters"):
        d = json_body(r)
        assert d["content"].startswith(d["title"])


def test_foreign_investors(reqs: list[dict]) -> None:
    """Permit numbers have their formats; English is English, 繁體 is 繁體; country codes are ISO 3166."""
    f = "foreign-investor-service"
    for r in of_family(reqs, f, "consult-hant") + of_family(reqs, f, "hmt-register"):
        d = json_body(r) if r["shape"] == "consult-hant" else form_fields(r)
        pattern = r"\d{8}" if d["country"] == "TW" else r"[HM]\d{8}"
        assert re.fullmatch(pattern, d["permitNo"])
    for r in of_family(reqs, f, "consult-hant"):
        text = json_body(r)["message"]
        assert set(text) & HANT_ONLY and not set(text) & HANS_ONLY
    for r in of_family(reqs, f, "consult-en"):
        d = json_body(r)
        assert d["message"].isascii() and d["country"] in ISO_3166
    for r in of_family(reqs, f, "project-matchmaking"):
        assert json_body(r)["investorCountry"] in ISO_3166
    for r in of_family(reqs, f, "fie-complaint"):
        assert uscc_ok(upload_fields(r)["uscc"])
    for r in of_family(reqs, f, "hant-toggle"):
        assert "lang=zh-TW" in header(r, "Cookie") and query1(r)["lang"] == "zh-TW"


def test_weather_warnings(reqs: list[dict]) -> None:
    """Each subscribed signal has only the colours 令 第16号 gives it; 区划 codes are real; codes are 6 digits."""
    f = "weather-warning-subscribe"
    for shape in ("subscribe-sms", "miniapp-subscribe"):
        for r in of_family(reqs, f, shape):
            d = json_body(r)
            assert all(_region_ok(x) for x in d["regions"])
            for s in d["signals"]:
                assert s["levels"] and all(level[0] in SIGNAL_COLOURS[s["type"]] for level in s["levels"])
            if shape == "subscribe-sms":
                assert re.fullmatch(r"\d{6}", d["smsCode"]) and MOBILE.fullmatch(d["mobile"])
            else:
                assert set(d["result"]) == set(d["templateIds"]) and len(d["openid"]) == 28
    for r in of_family(reqs, f, "warning-detail"):
        q = query1(r)
        assert q["level"][0] in SIGNAL_COLOURS[q["type"]] and _region_ok(q["id"][:6])
        datetime.strptime(q["id"][6:18], "%Y%m%d%H%M")
    for r in of_family(reqs, f, "subscribe-email"):
        fields = form_fields(r)
        assert all(_region_ok(x) for x in fields["regions"].split(","))
        assert all(t in SIGNAL_COLOURS for t in fields["types"].split(","))


def test_care_mode(reqs: list[dict]) -> None:
    """The switch sets its mode in the query and the cookie; beacons are JSON sent as text/plain."""
    f = "care-mode-toggle"
    for shape, mode in (("elder-switch", "elder"), ("standard-switch", "standard")):
        for r in of_family(reqs, f, shape):
            assert query1(r)["mode"] == mode and header(r, "Cookie").startswith(f"care_mode={mode}")
    for r in of_family(reqs, f, "usage-beacon"):
        assert content_type(r).startswith("text/plain") and json.loads(r["body"])["siteId"] == "hubei"
    for r in of_family(reqs, f, "pref-save"):
        assert 1 < json_body(r)["fontScale"] <= 2
    for r in of_family(reqs, f, "speak-text"):
        assert form_fields(r)["text"]
