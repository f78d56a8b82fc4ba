"""Corpus V (tests/waf/data/gen_cms_corpus_v.py): its split and its requests, without a WAF.

Fast tests, in their own module like test_corpus_u_split.py. Nothing here sends V through the WAF: V's
false-positive count is the lead's, after a tuning round on V's tuning part (docs/waf.md, held-out
discipline). The per-family checks look only at the requests themselves, the way the receiving services
would: 身份 证号 and 统一 社会 信用 代码 check characters, ages on the day that counts (选举日, 登记 日), GB/T 2260
codes, booking days and time slots within opening hours, fees, caps, sums and score tables recomputed, polygon
areas recomputed from the 界址点, Unicode code points of 异体字, and uploads that are what their type says.
Never a WAF verdict.
"""

from __future__ import annotations

import json
import math
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
from tests.waf.data import gen_cms_corpus_t as gen_t
from tests.waf.data import gen_cms_corpus_u as gen_u
from tests.waf.data import gen_cms_corpus_v as gen_v

PINNED_HELD_OUT = (
    "red-cross-service",
    "relic-protection",
    "school-parent-service",
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
)

corpus, reqs = corpus_fixtures(gen_v)

MOBILE = re.compile(r"1[3-9]\d{9}")
AQ_CODES = {
    "340800",
    "340802",
    "340803",
    "340811",
    "340822",
    "340825",
    "340826",
    "340827",
    "340828",
    "340881",
    "340882",
}


def _day(text: str) -> date:
    return datetime.strptime(text, "%Y-%m-%d").date()


def _minutes(hhmm: str) -> int:
    h, m = hhmm.split(":")
    return int(h) * 60 + int(m)


def _within(slot: str, opens: str, closes: str) -> bool:
    """A slot "HH:MM-HH:MM" that starts before it ends and lies within opening hours."""
    start, end = (_minutes(x) for x in slot.split("-"))
    return _minutes(opens) <= start < end <= _minutes(closes)


def _born(idno: str) -> date:
    return date(int(idno[6:10]), int(idno[10:12]), int(idno[12:14]))


def _age(idno: str, on: date) -> int:
    """周岁 on a day, from the birth date a 公民身份号码 carries."""
    b = _born(idno)
    return on.year - b.year - ((on.month, on.day) < (b.month, b.day))


def _local_id(idno: str) -> bool:
    """A valid 公民身份号码 of a 安庆 区县 whose birth date is a real day."""
    return id_number_ok(idno) and idno[:6] in AQ_CODES and _born(idno) < date(2028, 1, 1)


def _range_ok(value: str) -> bool:
    m = re.fullmatch(r"bytes=(\d+)-(\d*)", value)
    return bool(m) and (not m.group(2) or int(m.group(1)) < int(m.group(2)))


def _apply_no(value: str, prefix: str) -> bool:
    """受理 编号: prefix, 安庆 区划 代码, a real date, 4-digit 流水."""
    m = re.fullmatch(prefix + r"340800(\d{8})\d{4}", value)
    return bool(m) and bool(datetime.strptime(m.group(1), "%Y%m%d"))


def _shoelace_m2(points: list[dict]) -> float:
    n = len(points)
    s = sum(points[i]["x"] * points[(i + 1) % n]["y"] - points[(i + 1) % n]["x"] * points[i]["y"] for i in range(n))
    return abs(s) / 2


def _file_ok(p: dict) -> bool:
    return bool(common_file_ok(p["data"], p["type"]))


def _pe_points(item: str, sex: str, raw: float) -> float:
    """The 评分 标准 表 as the exam system applies it: the first row the result meets, else 6 points."""
    _unit, lower, rows = gen_v.PE_TABLE[item]
    for threshold, points in rows[sex]:
        if (raw <= threshold) if lower else (raw >= threshold):
            return points
    return 6


def _check_pe_result(rec: dict, r: dict) -> None:
    """A result's points are the table's; a run's display m'ss" and a jump's 235cm say the raw value."""
    assert r["points"] == _pe_points(r["item"], r["sex"], r["raw"]), (rec["label"], r)
    if r["item"].endswith("米"):
        m = re.fullmatch(r"(\d)'(\d\d)\"", r["display"])
        assert m and int(m.group(1)) * 60 + int(m.group(2)) == r["raw"]
    elif r["item"] == "立定跳远":
        assert r["display"] == f"{r['raw']}cm"


# --- the split, the size and the record contract ----------------------------------------------------


def test_regenerating_gives_the_committed_files(corpus: tuple[list[dict], list[dict]]) -> None:
    assert_regenerates(*corpus, gen_v.TUNING_FILE, gen_v.HELD_OUT_FILE)


def test_large_enough_and_tagged(reqs: list[dict]) -> None:
    assert_sized(reqs, gen_v, (126, 126), min_requests=1500, min_families=11, min_shapes=9)


def test_the_split_is_the_rule_written_down(corpus: tuple[list[dict], list[dict]]) -> None:
    """Whole families and (family, shape) groups are on one side only; the held-out families are the
    ones the docstring's rule picks (pinned: a change of family names would re-split)."""
    earlier = EARLIER[1:]  # C-U: B has no SEED of its own to compare
    assert_split_as_written(corpus, gen_v, "corpus-v/", PINNED_HELD_OUT, earlier, parts=(896, 616))


def test_v_shares_no_family_with_a_to_u(reqs: list[dict]) -> None:
    assert_new_families(reqs, *EARLIER)


def test_every_record_is_a_request_its_server_reads_back(reqs: list[dict]) -> None:
    """Well formed, held to V's own sources and methods, and read back exactly by a plain http.server."""
    assert_sound_requests(reqs, gen_v.check, gen_u.SOURCES["care-mode-toggle"])


def test_the_request_kinds_it_was_made_for(reqs: list[dict]) -> None:
    """Page navigations, axios and jQuery calls, 小程序 and App requests, device pushes, media ranges,
    uploads and beacons."""
    assert {r["method"] for r in reqs} == {"GET", "POST"}
    ctypes = media_types(reqs)
    assert ctypes[""] >= 550 and ctypes["application/json"] >= 550 and ctypes["multipart/form-data"] >= 120
    assert ctypes["application/x-www-form-urlencoded"] >= 140 and ctypes["text/plain"] >= 10
    assert_headers_sent(reqs, ("Range", "X-Requested-With", "Authorization", "charset", "Cookie", "Origin"))
    assert sum(header(r, "Sec-Fetch-Mode") == "navigate" for r in reqs) >= 60
    assert sum("MicroMessenger" in header(r, "User-Agent") for r in reqs) >= 400
    assert sum("MiniProgramEnv" in header(r, "User-Agent") for r in reqs) >= 150
    assert sum("iPhone" in header(r, "User-Agent") for r in reqs) >= 100
    assert sum(header(r, "User-Agent").startswith("okhttp/") for r in reqs) >= 30


def test_multipart_uploads_decode(reqs: list[dict]) -> None:
    """Every uploaded file is what its part's Content-Type says, and its name's extension agrees."""
    uploads = [r for r in reqs if content_type(r).startswith("multipart/form-data")]
    assert len(uploads) >= 120
    ext = {"application/pdf": ".pdf", "image/jpeg": ".jpg", "image/png": ".png", DOCX_TYPE: ".docx"}
    for r in uploads:
        for p in upload_files(r):
            assert _file_ok(p) and p["filename"].endswith(ext[p["type"]]), (r["label"], p["filename"])
        assert all(p["name"] for p in multipart_parts(r))


def test_text_is_real_text(reqs: list[dict]) -> None:
    """The corpus carries the text real users write: 繁體 with CJK Extension B characters (4-byte UTF-8),
    书名号, full-width punctuation and quotes, and emoji."""
    bodies = "".join(r.get("body", "") for r in reqs)
    assert any(ord(ch) > 0xFFFF and 0x20000 <= ord(ch) <= 0x2A6DF for ch in bodies)  # Extension B
    assert all(mark in bodies for mark in ("《", "》", "、", "（", "）", "“", "”", "：", "；", "……", "℃"))
    assert any(0x1F300 <= ord(ch) <= 0x1FAFF for ch in bodies)


# --- the families, checked the way their receiving servers would ------------------------------------


def test_gazetteer_proofreading(reqs: list[dict]) -> None:
    """Lines are numbered from 1; each 异体字 note gives the character's own code point; pages exist in
    the book's 卷 range; a lookup asks for one character (4-byte ones included)."""
    f = "gazetteer-proofread"
    books = gen_v.BOOKS
    for r in of_family(reqs, f, "proof-submit"):
        d = json_body(r)
        assert [x["lineNo"] for x in d["lines"]] == list(range(1, len(d["lines"]) + 1))
        assert all(x["text"] and x["changed"] == (x["ocr"] != x["text"]) for x in d["lines"])
        for v in d["variants"]:
            assert len(v["char"]) == 1 and v["codePoint"] == f"U+{ord(v['char']):04X}" and v["char"] != v["standard"]
        assert r["path"] == f"/dfz/jz/api/page/{d['pageId']}/proof"
    for r in of_family(reqs, f, "page-image"):
        m = re.fullmatch(r"/dfz/jz/img/([A-Z]+-[A-Z]+)/(\d\d)/(\d{3})\.jpg\?size=.+", r["path"])
        assert m and 1 <= int(m.group(2)) <= books[m.group(1)][1]
    for r in of_family(reqs, f, "variant-lookup"):
        assert len(query1(r)["char"]) == 1
    assert any("%F0%" in r["path"] for r in of_family(reqs, f, "variant-lookup"))  # a 4-byte character
    for r in of_family(reqs, f, "diff-review"):
        d = json_body(r)
        assert d["decision"] in ("accept", "reject") and (d["decision"] == "accept" or d["reason"])
    for r in of_family(reqs, f, "fulltext-search"):
        q = query1(r)
        assert q["fanjian"] == "1" and q["book"] in ("", *books)


def test_archives(reqs: list[dict]) -> None:
    """Bookings fall on working days within opening hours; IDs check; 跨馆 出具 names two archives; 受理
    编号 carry a real date."""
    f = "archives-utilization"
    morning, afternoon = ("08:30", "11:30"), ("14:30", "17:00")
    for r in of_family(reqs, f, "visit-book"):
        d = json_body(r)
        assert _day(d["date"]).weekday() < 5
        assert _within(d["slot"], *morning) or _within(d["slot"], *afternoon)
        assert 1 <= len(d["visitors"]) <= 3 and all(_local_id(v["idNo"]) for v in d["visitors"])
        assert MOBILE.fullmatch(d["mobile"])
    for r in of_family(reqs, f, "visit-slots"):
        assert _day(query1(r)["date"]).weekday() < 5
    for r in of_family(reqs, f, "proof-apply"):
        fields = upload_fields(r)
        assert _local_id(fields["idNo"]) and fields["kind"] in gen_v.PROOF_KINDS
        names = {p["name"] for p in upload_files(r)}
        if fields["agent"] == "1":
            assert _local_id(fields["agentIdNo"]) and names == {"idPhoto", "power"}
        else:
            assert names == {"idPhoto"}
    for r in of_family(reqs, f, "remote-apply"):
        d = json_body(r)
        assert d["acceptArchive"] != d["issueArchive"] and {d["acceptArchive"], d["issueArchive"]} <= set(
            gen_v.ARCHIVES
        )
        assert _local_id(d["applicant"]["idNo"])
    for r in of_family(reqs, f, "progress-query"):
        q = query1(r)
        assert (_apply_no(q["applyNo"], "CD") or _apply_no(q["applyNo"], "KG")) and re.fullmatch(r"\d{4}", q["idTail"])
    for r in of_family(reqs, f, "result-download"):
        assert _apply_no(r["path"].rsplit("/", 1)[1].removesuffix(".pdf"), "CD")
    for r in of_family(reqs, f, "marriage-check"):
        assert 1950 <= int(form_fields(r)["year"]) <= 2026


def test_museum(reqs: list[dict]) -> None:
    """No booking on a Monday; sessions within opening hours; groups of 10-50 whose count is their list's
    length; the 讲解 fee is the batches times the rate; audio ranges are satisfiable."""
    f = "museum-visit"
    for r in of_family(reqs, f, "personal-book"):
        d = json_body(r)
        assert _day(d["date"]).weekday() != 0 and _within(d["session"], "09:00", "16:00")
        assert 1 <= len(d["visitors"]) <= 5 and all(_local_id(v["idNo"]) for v in d["visitors"])
    for r in of_family(reqs, f, "group-book"):
        d = json_body(r)
        assert _day(d["date"]).weekday() != 0 and _within(d["session"], "09:00", "16:00")
        assert d["count"] == len(d["members"]) and 10 <= d["count"] <= 50
        assert uscc_ok(d["uscc"]) and all(_local_id(m["idNo"]) for m in d["members"])
        assert len({m["idNo"] for m in d["members"]}) == d["count"]
    for r in of_family(reqs, f, "guide-book"):
        x = form_fields(r)
        rate = {"中文": 100, "English": 200}[x["language"]]
        assert int(x["fee"]) == math.ceil(int(x["people"]) / 30) * rate
        assert _day(x["date"]).weekday() != 0 and _within(f"{x['time']}-16:00", "09:00", "16:00")
    for r in of_family(reqs, f, "audio-guide"):
        assert _range_ok(header(r, "Range")) and r["path"].endswith(".mp3")
        assert header(r, "Sec-Fetch-Dest") in ("", "audio")
    for r in of_family(reqs, f, "collection-search"):
        q = query1(r)
        assert q["era"] in ("", *gen_v.ERAS) and q["material"] in ("", *gen_v.MATERIALS)


def test_relic_protection(reqs: list[dict]) -> None:
    """The declared area is the red line's (shoelace, in m²); 界址点 are CGCS2000 zone-39 coordinates;
    credit codes check; 鉴定 咨询 is on weekends; 巡查 comes from the App with a position in 安庆."""
    f = "relic-protection"
    for r in of_family(reqs, f, "survey-apply"):
        d = json_body(r)
        assert uscc_ok(d["uscc"]) and d["county"] in AQ_CODES and MOBILE.fullmatch(d["mobile"])
        assert len(d["points"]) >= 4 and all(str(int(p["y"])).startswith("39") for p in d["points"])
        assert all(3_300_000 < p["x"] < 3_500_000 for p in d["points"])
        assert abs(_shoelace_m2(d["points"]) - d["areaM2"]) < 1  # the 0.0001 ha the 申请 表 keeps
    for r in of_family(reqs, f, "appraisal-book"):
        assert _day(json_body(r)["date"]).weekday() >= 5
    for shape in ("patrol-report", "patrol-photo"):
        for r in of_family(reqs, f, shape):
            assert header(r, "User-Agent").startswith("okhttp/") and header(r, "Authorization").startswith("Bearer ")
    for r in of_family(reqs, f, "patrol-report"):
        d = json_body(r)
        assert 116.0 < d["lng"] < 117.6 and 29.8 < d["lat"] < 31.2
        datetime.strptime(d["checkedAt"], "%Y-%m-%d %H:%M:%S")
    for r in of_family(reqs, f, "redline-upload"):
        assert _apply_no(upload_fields(r)["applyNo"], "KG")
    for r in of_family(reqs, f, "survey-progress"):
        assert _apply_no(query1(r)["applyNo"], "KG")


def test_after_school_training(reqs: list[dict]) -> None:
    """A purchase spans at most 60 课时 and 3 months at no more than the 指导价 + 10%, and its total is
    lessons times price; a refund is the remaining lessons times price."""
    f = "after-school-training"
    for r in of_family(reqs, f, "purchase"):
        d = json_body(r)
        base = gen_v.GUIDE_PRICE[d["classType"]]
        assert 0 < d["lessons"] <= 60 and 0 < d["unitPrice"] <= round(base * 1.1, 2)
        assert d["total"] == round(d["lessons"] * d["unitPrice"], 2)
        assert 0 < (_day(d["end"]) - _day(d["start"])).days <= 92
        assert _local_id(d["student"]["idNo"]) and 6 <= _age(d["student"]["idNo"], _day(d["start"])) <= 15
    for r in of_family(reqs, f, "refund-apply"):
        d = json_body(r)
        assert 0 <= d["consumed"] < d["bought"] <= 60
        assert d["refund"] == round((d["bought"] - d["consumed"]) * d["unitPrice"], 2)
    for r in of_family(reqs, f, "lesson-confirm"):
        d = json_body(r)
        assert 1 <= d["lessonNo"] <= 60 and 1 <= d["rating"] <= 5
    for r in of_family(reqs, f, "complaint"):
        assert MOBILE.fullmatch(upload_fields(r)["mobile"]) and len(upload_fields(r)["content"]) >= 30


def test_student_aid(reqs: list[dict]) -> None:
    """Per-capita income and the 认定 预判 recompute; loans stay within the 2023 caps with a co-borrower
    other than the student; the loan term is 学制 + 15 capped at 22 years at LPR - 60 bp; 路费 资助 is by
    where the university is."""
    f = "student-aid"
    for r in of_family(reqs, f, "need-assess"):
        d = json_body(r)
        assert d["householdSize"] == len(d["members"]) + 1 and _local_id(d["student"]["idNo"])
        per = round(sum(m["monthlyIncome"] for m in d["members"]) / d["householdSize"], 2)
        assert d["perCapitaIncome"] == per
        level = next(
            (name for bound, name in ((800, "特别困难"), (1500, "困难"), (2500, "一般困难")) if per <= bound), None
        )
        assert d["suggestedLevel"] == ("特别困难" if d["groups"] else level)
    for r in of_family(reqs, f, "loan-apply"):
        d = json_body(r)
        cap = {"本专科": 16000, "研究生": 20000}[d["level"]]
        assert 0 < d["amount"] <= cap and d["amount"] % 100 == 0
        assert _local_id(d["student"]["idNo"]) and _local_id(d["coBorrower"]["idNo"])
        assert d["student"]["idNo"] != d["coBorrower"]["idNo"] and d["schoolCode"] in gen_v.UNIVERSITIES
    for r in of_family(reqs, f, "loan-calc"):
        q = query1(r)
        assert int(q["term"]) == min(int(q["schoolYears"]) + 15, 22) and q["grace"] == "5"
        assert round(float(q["lpr"]) - 0.60, 2) == float(q["rate"])
    for r in of_family(reqs, f, "freshman-travel"):
        x = form_fields(r)
        scope = "省内" if gen_v.UNIVERSITIES[x["schoolCode"]][1] == "安徽" else "省外"
        assert x["scope"] == scope and int(x["amount"]) == {"省内": 500, "省外": 1000}[scope]
        assert _local_id(x["idNo"])
    for r in of_family(reqs, f, "grant-query"):
        xjh = query1(r)["xjh"]
        assert xjh[0] == "G" and _local_id(xjh[1:])
    for r in of_family(reqs, f, "renew-receipt"):
        assert _local_id(upload_fields(r)["studentIdNo"])


def test_pe_exam(reqs: list[dict]) -> None:
    """选考 follows the scheme (the sex's run, one item from each group); points are the score table's;
    准考证号 carry a 安庆 区县 code; 免考 comes with a 诊断 证明."""
    f = "pe-exam"
    for r in of_family(reqs, f, "item-select"):
        d = json_body(r)
        assert d["required"] == {"男": "1000米", "女": "800米"}[d["sex"]]
        assert d["groupA"] in gen_v.PE_GROUPS["A"] and d["groupB"] in gen_v.PE_GROUPS["B"]
    for r in of_family(reqs, f, "score-push"):
        d = json_body(r)
        assert header(r, "X-Device-Key") and d["records"]
        for x in d["records"]:
            _check_pe_result(r, x)
    for r in of_family(reqs, f, "mock-score"):
        d = json_body(r)
        for x in d["rows"]:
            assert x["item"] == d["item"]
            _check_pe_result(r, {**x, "sex": d["sex"]})
    zkzhs = [json_body(r)["zkzh"] for r in of_family(reqs, f, "item-select")]
    zkzhs += [form_fields(r)["zkzh"] for r in of_family(reqs, f, "score-query")]
    zkzhs += [r["path"].rsplit("/", 1)[1].removesuffix(".pdf") for r in of_family(reqs, f, "ticket-download")]
    for z in zkzhs:
        assert re.fullmatch(r"27\d{10}", z) and f"34{z[2:6]}" in AQ_CODES
    for r in of_family(reqs, f, "exempt-apply"):
        assert "proof" in {p["name"] for p in upload_files(r)}


def test_npc_liaison(reqs: list[dict]) -> None:
    """Voters are 18 on 选举日; 接待 is on the 15th; 履职 days count the span; 测评 counts add up."""
    f = "npc-deputy-liaison"
    for r in of_family(reqs, f, "voter-check"):
        x = form_fields(r)
        assert _local_id(x["idNo"]) and _age(x["idNo"], _day(x["electionDate"])) >= 18
    for r in of_family(reqs, f, "reception-book"):
        d = json_body(r)
        assert _day(d["date"]).day == 15 and _within(d["slot"], "09:00", "17:00") and MOBILE.fullmatch(d["mobile"])
    for r in of_family(reqs, f, "duty-record"):
        d = json_body(r)
        assert (_day(d["end"]) - _day(d["start"])).days + 1 == d["days"] >= 1
        assert header(r, "User-Agent").startswith("okhttp/")
    for r in of_family(reqs, f, "report-eval"):
        d = json_body(r)
        parts = (d["satisfied"], d["basicallySatisfied"], d["dissatisfied"])
        assert min(parts) >= 0 and sum(parts) == d["participants"]
    for r in of_family(reqs, f, "voter-message"):
        assert len(json_body(r)["content"]) >= 40
    for r in of_family(reqs, f, "district-lookup"):
        assert query1(r)["address"].startswith("安徽省安庆市")


def test_cppcc_duty(reqs: list[dict]) -> None:
    """履职 积分 are the 办法's per kind and add up; 联名 委员 are others; 读书 心得 name their book in 书名号."""
    f = "cppcc-member-duty"
    for r in of_family(reqs, f, "duty-register"):
        d = json_body(r)
        assert all(i["points"] == gen_v.DUTY_POINTS[i["kind"]] for i in d["items"])
        assert d["total"] == sum(i["points"] for i in d["items"])
    for r in of_family(reqs, f, "sqmy-submit"):
        d = json_body(r)
        assert d["author"] not in d["coSigners"] and len(set(d["coSigners"])) == len(d["coSigners"])
        assert len(d["content"]) >= 80 and d["title"].startswith("关于")
    for r in of_family(reqs, f, "sqmy-attach"):
        (p,) = upload_files(r)
        assert p["type"] == DOCX_TYPE and "word/document.xml" in zip_names(p["data"])
    for r in of_family(reqs, f, "reading-note"):
        d = json_body(r)
        assert re.fullmatch(r"《[^《》]+》", d["book"]) and d["book"] in d["content"]
    for r in of_family(reqs, f, "meeting-sign"):
        assert "MiniProgramEnv" in header(r, "User-Agent") and len(str(json_body(r)["ts"])) == 13


def test_red_cross(reqs: list[dict]) -> None:
    """造血干细胞 donors are 18-45 and organ donors 18+ on the day they sign; 复训 is within the 3-year
    validity; 救助 asks for no more than the 自付 part or the cap."""
    f = "red-cross-service"
    for r in of_family(reqs, f, "marrow-register"):
        d = json_body(r)
        assert _local_id(d["idNo"]) and 18 <= _age(d["idNo"], _day(d["signDate"])) <= 45 and d["consent"] is True
    for r in of_family(reqs, f, "organ-register"):
        d = json_body(r)
        assert _local_id(d["idNo"]) and _age(d["idNo"], _day(d["signDate"])) >= 18 and d["familyInformed"] is True
    for r in of_family(reqs, f, "firstaid-signup"):
        x = form_fields(r)
        assert _local_id(x["idNo"])
        if x["course"] == "救护员复训":
            got, applied = _day(x["certDate"]), _day(x["applyDate"])
            assert x["certNo"][2:6] == str(got.year) and 0 < (applied - got).days < 3 * 365
    for r in of_family(reqs, f, "aid-apply"):
        x = upload_fields(r)
        total, paid, self_pay = float(x["totalCost"]), float(x["reimbursed"]), float(x["selfPay"])
        assert self_pay == round(total - paid, 2) and float(x["requested"]) == min(5000.0, self_pay)
    for r in of_family(reqs, f, "donate"):
        assert json_body(r)["amount"] > 0


def test_online_memorial(reqs: list[dict]) -> None:
    """清明 祭扫 bookings fall in the booking window for at most 5 people; lives run forward; the 生态 安葬
    奖补 is the 办法's for the kind; offerings are beacons."""
    f = "online-memorial"
    for r in of_family(reqs, f, "tomb-sweep-book"):
        d = json_body(r)
        assert date(2027, 3, 27) <= _day(d["date"]) <= date(2027, 4, 11) and 1 <= d["people"] <= 5
        assert _local_id(d["idNo"]) and _within(d["slot"], "07:00", "17:00")
    for r in of_family(reqs, f, "memorial-create"):
        x = upload_fields(r)
        assert _day(x["birth"]) < _day(x["death"]) <= date(2027, 1, 1)
    for r in of_family(reqs, f, "eco-burial-apply"):
        d = json_body(r)
        assert d["award"] == gen_v.ECO_AWARD[d["type"]] and _local_id(d["deceasedIdNo"])
    for r in of_family(reqs, f, "offering"):
        assert content_type(r).startswith("text/plain") and json.loads(r["body"])["count"] >= 1
    for r in of_family(reqs, f, "agent-sweep"):
        assert "MiniProgramEnv" in header(r, "User-Agent") and json_body(r)["services"]


def test_school_parent_service(reqs: list[dict]) -> None:
    """课后 服务 fees are days × weeks × rate; 校服 号型 is the 5·4 series' for the height and chest and the
    order adds up; leave runs forward; 研学 fees are the trip's."""
    f = "school-parent-service"
    for r in of_family(reqs, f, "afterschool-signup"):
        d = json_body(r)
        assert len(set(d["days"])) == len(d["days"]) and set(d["days"]) <= {"周一", "周二", "周三", "周四", "周五"}
        assert d["fee"] == round(len(d["days"]) * d["weeks"] * d["rate"], 2) and _local_id(d["xjh"][1:])
    for r in of_family(reqs, f, "uniform-order"):
        d = json_body(r)
        h, c = (int(x) for x in re.fullmatch(r"(\d{3})/(\d{2})A", d["size"]).groups())
        assert h % 5 == 0 and c % 4 == 0 and -2 <= d["height"] - h <= 2 and -2 <= d["chest"] - c <= 1
        assert d["total"] == round(sum(i["qty"] * i["price"] for i in d["items"]), 2)
    for r in of_family(reqs, f, "leave-request"):
        d = json_body(r)
        assert datetime.strptime(d["start"], "%Y-%m-%d %H:%M") < datetime.strptime(d["end"], "%Y-%m-%d %H:%M")
    for r in of_family(reqs, f, "club-select"):
        x = form_fields(r)
        assert x["first"] != x["second"]
    for r in of_family(reqs, f, "study-trip-signup"):
        d = json_body(r)
        assert d["fee"] == gen_v.TRIPS[d["tripId"]][1] and d["insurance"] is True
    for r in of_family(reqs, f, "meeting-book"):
        assert _day(form_fields(r)["date"]).weekday() < 5
    for r in of_family(reqs, f, "notice-list"):
        assert urllib.parse.urlsplit(r["path"]).path == "/jx/api/tz/list"
