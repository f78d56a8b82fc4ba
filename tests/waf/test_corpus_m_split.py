"""Corpus M (tests/waf/data/gen_cms_corpus_m.py): its split and its requests, without a WAF.

Fast tests, in their own module like test_corpus_l_split.py. Nothing here sends M through the WAF: M's
false-positive count is the lead's, after a tuning round on M's tuning part (docs/waf.md, held-out
discipline). The per-family checks look only at the requests themselves, the way the receiving servers
would: 公民身份号码 and 统一社会信用代码 check characters, bank-card Luhn digits, EAN-13, VIN, ISSN and UPU S10
check digits, 残疾人证 numbers, sums, rates and caps, BMI, HMAC signatures, DOCX résumés that unzip, and uploads
whose bytes are what their parts say. Never a WAF verdict.
"""

from __future__ import annotations

import hashlib
import hmac
import io
import json
import re
import urllib.parse
import zipfile

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

PINNED_HELD_OUT = (
    "trade-in-subsidy",
    "disabled-persons",
    "construction-market",
)  # written once from the docstring's rule: a change of family names would re-split


corpus, reqs = corpus_fixtures(gen_m)


def _file_ok(p: dict) -> bool:
    data, kind = p["data"], p["type"]
    common = common_file_ok(data, kind)
    if common is not None:
        return common
    return False


def _ean13_ok(code: str) -> bool:
    digits = [int(d) for d in code]
    return len(digits) == 13 and sum(d * (3 if i % 2 else 1) for i, d in enumerate(digits)) % 10 == 0


def _vin_ok(v: str) -> bool:
    """GB 16735 / ISO 3779: no I, O or Q; the ninth character is the weighted sum mod 11 (10 written X)."""
    values = {**{str(d): d for d in range(10)}}
    for letters, start in (("ABCDEFGH", 1), ("JKLMN", 1), ("P", 7), ("R", 9), ("STUVWXYZ", 2)):
        values.update({ch: start + i for i, ch in enumerate(letters)})
    weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    if not re.fullmatch(r"[0-9A-HJ-NPR-Z]{17}", v):
        return False
    r = sum(values[ch] * w for ch, w in zip(v, weights, strict=True)) % 11
    return v[8] == ("X" if r == 10 else str(r))


def _issn_ok(n: str) -> bool:
    m = re.fullmatch(r"(\d{4})-(\d{3})([\dX])", n)
    if not m:
        return False
    digits = m.group(1) + m.group(2)
    check = 10 if m.group(3) == "X" else int(m.group(3))
    return (sum(int(d) * w for d, w in zip(digits, range(8, 1, -1), strict=True)) + check) % 11 == 0


def _s10_ok(n: str) -> bool:
    m = re.fullmatch(r"[A-Z]{2}(\d{8})(\d)CN", n)
    if not m:
        return False
    r = 11 - sum(int(d) * w for d, w in zip(m.group(1), [8, 6, 4, 2, 3, 5, 9, 7], strict=True)) % 11
    return int(m.group(2)) == {10: 0, 11: 5}.get(r, r)


# --- the split, the size and the record contract ----------------------------------------------------


def test_regenerating_gives_the_committed_files(corpus: tuple[list[dict], list[dict]]) -> None:
    assert_regenerates(*corpus, gen_m.TUNING_FILE, gen_m.HELD_OUT_FILE)


def test_large_enough_and_tagged(reqs: list[dict]) -> None:
    assert_sized(reqs, gen_m, (120, 145), min_requests=1500, min_families=11, min_shapes=8)


def test_the_split_is_the_rule_written_down(corpus: tuple[list[dict], list[dict]]) -> None:
    """Whole families and (family, shape) groups are on one side only; the held-out families are the
    ones the docstring's rule picks (pinned: a change of family names would re-split)."""
    earlier = (gen_c, gen_d, gen_e, gen_f, gen_g, gen_h, gen_i, gen_j, gen_k, gen_l)
    assert_split_as_written(corpus, gen_m, "corpus-m/", PINNED_HELD_OUT, earlier, parts=(948, 616))


def test_m_shares_no_family_with_a_to_l(reqs: list[dict]) -> None:
    assert_new_families(reqs, gen_b, gen_c, gen_d, gen_e, gen_f, gen_g, gen_h, gen_i, gen_j, gen_k, gen_l)


def test_every_record_is_a_request_its_server_reads_back(reqs: list[dict]) -> None:
    """Well formed, held to M's own sources and methods, and read back exactly by a plain http.server."""
    assert_sound_requests(reqs, gen_m.check, gen_l.SOURCES["cyber-report"])


def test_the_request_kinds_it_was_made_for(reqs: list[dict]) -> None:
    """Browser and 小程序 JSON, jQuery forms, multipart uploads; app, device and 小程序 headers."""
    assert {r["method"] for r in reqs} == {"GET", "POST"}
    ctypes = media_types(reqs)
    assert ctypes["application/json"] >= 600 and ctypes["multipart/form-data"] >= 180
    assert ctypes["application/x-www-form-urlencoded"] >= 100
    assert_headers_sent(reqs, ("charset", "X-App-Id", "Authorization", "X-Requested-With", "Origin", "sign"))
    assert sum(header(r, "Referer").startswith("https://servicewechat.com/wx") for r in reqs) >= 150


def test_multipart_uploads_decode(reqs: list[dict]) -> None:
    """Every uploaded file is what its part's Content-Type says (JPEG, PNG, PDF framing; DOCX zips)."""
    uploads = [r for r in reqs if content_type(r).startswith("multipart/form-data")]
    for r in uploads:
        for p in multipart_parts(r):
            assert p["filename"] is None or _file_ok(p), (r["label"], p["name"], p["type"])


# --- the families, checked the way their receiving servers would ------------------------------------


def test_employment_salaries_and_resumes(reqs: list[dict]) -> None:
    """薪资 ranges read lo k-hi k with lo < hi and agree with the posted numbers; DOCX résumés hold a
    word/document.xml that names the 求职意向; 失业登记 codes check."""
    f = "public-employment"
    for r in of_family(reqs, f, "job-search"):
        m = re.fullmatch(r"|(\d+)k-(\d+)k", query1(r)["salary"])
        assert m and (not m.group(1) or int(m.group(1)) < int(m.group(2)))
    for r in of_family(reqs, f, "job-post"):
        doc = json_body(r)
        assert doc["xzfw"] == f"{doc['xzxx'] // 1000}k-{doc['xzsx'] // 1000}k" and doc["xzxx"] < doc["xzsx"]
        assert uscc_ok(doc["tyxydm"]) and doc["gwzz"].startswith("1. ")
    for r in of_family(reqs, f, "resume-save"):
        doc = json_body(r)
        assert id_number_ok(doc["sfzh"]) and re.fullmatch(r"\d+k-\d+k", doc["qzyx"]["qwxz"])
    docx = 0
    for r in of_family(reqs, f, "resume-upload"):
        (p,) = upload_files(r)
        if p["type"] == gen_m.DOCX_CT:
            text = zipfile.ZipFile(io.BytesIO(p["data"])).read("word/document.xml").decode()
            assert "求职意向" in text and p["filename"].endswith(".docx")
            docx += 1
    assert docx >= 5
    for r in of_family(reqs, f, "unemployment-register"):
        fields = form_fields(r)
        assert id_number_ok(fields["sfzh"]) and uscc_ok(fields["zhjydwdm"])


def test_rental_housing_sums(reqs: list[dict]) -> None:
    """准入 测算 divides by 家庭人数 and applies both limits; rent = 面积 × 单价 × 月数 at the project's price;
    applications carry a 家庭成员 JSON list of valid 身份证."""
    f = "public-rental-housing"
    for r in of_family(reqs, f, "eligibility-calc"):
        doc = json_body(r)
        assert doc["rjnsr"] == round(doc["jtnsr"] / doc["jtrs"], 2)
        assert doc["sfhg"] == (doc["rjnsr"] <= gen_m.INCOME_LIMIT and doc["rjzfmj"] < gen_m.AREA_LIMIT)
    for r in of_family(reqs, f, "rent-pay"):
        doc = json_body(r)
        assert gen_m.HOUSING_PROJECTS[doc["xmbh"]][2] == doc["dj"]
        assert doc["je"] == round(doc["mj"] * doc["dj"] * doc["ys"], 2)
    for r in of_family(reqs, f, "rental-apply"):
        fields = upload_fields(r)
        assert id_number_ok(fields["sqrsfzh"]) and all(id_number_ok(m["sfzh"]) for m in json.loads(fields["jtcy"]))
        assert {p["type"] for p in upload_files(r)} <= {"image/jpeg", "image/png", "application/pdf"}


def test_disability_cards_and_levy(reqs: list[dict]) -> None:
    """残疾人证号 = a valid 公民身份号码, a 类别 1-7 and a 等级 1-4, named as the form says; the 保障金 is
    (职工 × 1.5% − 安排) × 平均工资, nothing at 30 staff or fewer; 补贴 cards pass Luhn."""
    f = "disabled-persons"
    for r in of_family(reqs, f, "card-apply"):
        doc = json_body(r)
        no = doc["cjzh"]
        assert no[:18] == doc["sfzh"] and id_number_ok(no[:18]) and no[18:] == doc["cjlb"] + doc["cjdj"]
        assert gen_m.DISABILITY_KINDS[doc["cjlb"]] == doc["cjlbmc"]
        assert gen_m.DISABILITY_GRADES[doc["cjdj"]] == doc["cjdjmc"]
    for r in of_family(reqs, f, "card-verify"):
        no = query1(r)["cjzh"]
        assert id_number_ok(no[:18]) and re.fullmatch(r"[1-7][1-4]", no[18:])
    for r in of_family(reqs, f, "employment-ratio"):
        doc = json_body(r)
        short = max(0.0, doc["zzzgrs"] * 0.015 - doc["apcjrs"])
        expected = 0.0 if doc["zzzgrs"] <= 30 else round(short * doc["zgnpjgz"], 2)
        assert doc["yjbzj"] == expected and uscc_ok(doc["tyxydm"]) and len(doc["cjr"]) <= doc["apcjrs"]
    for r in of_family(reqs, f, "subsidy-apply"):
        assert luhn_ok(form_fields(r)["yhkh"])


def test_budget_tables_add_up(reqs: list[dict]) -> None:
    """三公经费 合计 is its four parts; table rows' 占比 are shares of the 合计 and sum to about 100; the
    科目 codes are 2027 功能分类 codes with their names; filters are JSON arrays."""
    f = "budget-disclosure"
    for r in of_family(reqs, f, "three-public"):
        doc = json_body(r)
        assert doc["hj"] == round(doc["ygcgj"] + doc["gwjdf"] + doc["gwycgzf"] + doc["gwycyxf"], 2)
    for r in of_family(reqs, f, "table-submit"):
        doc = json_body(r)
        assert doc["hj"] == round(sum(row["je"] for row in doc["rows"]), 2)
        assert abs(sum(row["zb"] for row in doc["rows"]) - 100) < 0.05
        assert all(gen_m.SUBJECTS[row["kmdm"]] == row["kmmc"] for row in doc["rows"])
    for r in of_family(reqs, f, "table-query"):
        filters = json.loads(query1(r)["filters"])
        assert filters[0]["field"] == "kmdm" and query1(r)["bb"] in gen_m.TABLES
    for r in of_family(reqs, f, "subject-query"):
        q = query1(r)
        assert gen_m.SUBJECTS[q["kmdm"]] == q["kmmc"]


def test_exam_scores_and_fees(reqs: list[dict]) -> None:
    """总分 is the sum of the six subjects, each within its maximum; 志愿 name listed colleges in order;
    自考 fees are 门数 × 30 元 and the course names match their codes."""
    f = "gaokao-admission"
    for r in of_family(reqs, f, "score-detail"):
        doc = json_body(r)
        assert all(0 <= doc[k] <= top for k, top in gen_m.SUBJECT_SCORES)
        assert doc["zf"] == sum(doc[k] for k, _ in gen_m.SUBJECT_SCORES) and re.fullmatch(r"27\d{12}", doc["ksh"])
    for r in of_family(reqs, f, "volunteer-save"):
        picks = json_body(r)["zyb"]
        assert [p["xh"] for p in picks] == list(range(1, len(picks) + 1))
        assert all(gen_m.COLLEGES[p["yxdm"]] == p["yxmc"] for p in picks)
    for r in of_family(reqs, f, "zikao-signup"):
        fields = form_fields(r)
        codes = fields["kc"].split(",")
        assert int(fields["kcs"]) == len(codes) and int(fields["fy"]) == len(codes) * gen_m.ZIKAO_FEE
        assert fields["kcmc"].split(",") == [gen_m.ZIKAO_COURSES[k] for k in codes]
    for r in of_family(reqs, f, "score-query"):
        assert re.fullmatch(r"\d{5}[\dX]", form_fields(r)["sfzh6"])


def test_conscription_bmi_and_compensation(reqs: list[dict]) -> None:
    """BMI is 体重 / 身高²; 学费 补偿 is 年数 × min(学费, 20000); 报名 身份证 check."""
    f = "conscription"
    for r in of_family(reqs, f, "enlist-apply"):
        doc = json_body(r)
        assert doc["bmi"] == round(doc["tz"] / (doc["sg"] / 100) ** 2, 1) and id_number_ok(doc["sfzh"])
    for r in of_family(reqs, f, "tuition-compensation"):
        doc = json_body(r)
        assert doc["bcje"] == doc["xznx"] * min(doc["njxf"], gen_m.TUITION_CAP) and luhn_ok(doc["yhkh"])
    for r in of_family(reqs, f, "registration"):
        assert id_number_ok(json_body(r)["sfzh"])


def test_trade_in_codes_and_subsidies(reqs: list[dict]) -> None:
    """条码 are EAN-13 with 69 prefixes; 补贴 is 15% (20% for 一级 能效) capped at 2000, or 15% capped at 500
    for 数码 up to 6000 元; 实付 = 售价 − 补贴; VINs carry their check digit."""
    f = "trade-in-subsidy"
    for r in of_family(reqs, f, "product-verify"):
        assert _ean13_ok(query1(r)["tm"]) and query1(r)["tm"].startswith("69")
    digital = {p[0] for p in gen_m.PHONES}
    for r in of_family(reqs, f, "merchant-redeem"):
        doc = json_body(r)
        sp = doc["sp"]
        if sp["pl"] in digital:
            expected = min(round(sp["sj"] * 0.15, 2), 500) if sp["sj"] <= 6000 else 0
        else:
            expected = min(round(sp["sj"] * (0.20 if sp["nxdj"] == 1 else 0.15), 2), 2000)
        assert doc["btje"] == expected and doc["sfje"] == round(sp["sj"] - doc["btje"], 2) and _ean13_ok(sp["tm"])
    for r in of_family(reqs, f, "car-scrap-apply"):
        doc = json_body(r)
        assert _vin_ok(doc["jcl"]["vin"]) and _vin_ok(doc["xcl"]["vin"]) and id_number_ok(doc["sfzh"])
        assert doc["btje"] == (20000 if doc["xcl"]["lx"].startswith("新能源") else 15000)


def test_sports_fees_and_tests(reqs: list[dict]) -> None:
    """场馆 fees are 时长 × the venue's price and the slot spans that many hours; 体质 reports' BMI;
    马拉松 最好成绩 is h:mm:ss."""
    f = "sports-venue"
    for r in of_family(reqs, f, "venue-book"):
        doc = json_body(r)
        assert gen_m.VENUES[doc["cgbh"]][2] == doc["dj"] and doc["je"] == doc["sc"] * doc["dj"]
        assert int(doc["jssj"][:2]) - int(doc["kssj"][:2]) == doc["sc"]
    for r in of_family(reqs, f, "fitness-report"):
        doc = json_body(r)
        assert doc["bmi"] == round(doc["tz"] / (doc["sg"] / 100) ** 2, 1) and id_number_ok(doc["sfzh"])
    for r in of_family(reqs, f, "marathon-signup"):
        doc = json_body(r)
        assert re.fullmatch(r"\d:[0-5]\d:[0-5]\d", doc["zhcj"]) and id_number_ok(doc["zjhm"])


def test_union_fees_and_cards(reqs: list[dict]) -> None:
    """工会 经费 is 2% of 工资总额 and 上解 40% of it; 会员卡 numbers pass Luhn."""
    f = "trade-union"
    for r in of_family(reqs, f, "fee-remit"):
        doc = json_body(r)
        assert doc["bjje"] == round(doc["gzze"] * 0.02, 2) and doc["sjje"] == round(doc["bjje"] * 0.4, 2)
        assert uscc_ok(doc["tyxydm"])
    for r in of_family(reqs, f, "benefit-claim"):
        assert luhn_ok(json_body(r)["hykh"])
    for r in of_family(reqs, f, "member-card-bind"):
        fields = form_fields(r)
        assert luhn_ok(fields["hykh"]) and id_number_ok(fields["sfzh"])


_WAYBILL = {
    "顺丰速运": r"SF\d{12}",
    "中通快递": r"7[358]\d{12}",
    "圆通速递": r"YT\d{13}",
    "韵达速递": r"(43|46|31)\d{13}",
    "京东物流": r"JDVA\d{11}",
    "申通快递": r"77\d{13}",
    "极兔速递": r"JT\d{13}",
}


def test_postal_waybills(reqs: list[dict]) -> None:
    """Each 运单号 has its company's format, EMS numbers their S10 check digit; the complaint text quotes
    the 运单号 and the 申诉 事由 is one of the platform's."""
    f = "postal-complaint"
    reasons = {reason for reason, _ in gen_m.COMPLAINT_TEXT}
    docs = [*map(json_body, of_family(reqs, f, "complaint-submit"))]
    docs += map(form_fields, of_family(reqs, f, "complaint-form"))
    bills = [(d["qymc"], d["ydh"], d["ssyy"], d["ssnr"]) for d in docs]
    assert sum(corp == "中国邮政/EMS" for corp, *_ in bills) >= 2
    for corp, no, reason, text in bills:
        assert _s10_ok(no) if corp == "中国邮政/EMS" else re.fullmatch(_WAYBILL[corp], no)
        assert no in text and reason in reasons


def test_construction_signatures_and_rosters(reqs: list[dict]) -> None:
    """考勤 pushes are signed HMAC-SHA256(appid + timestamp + nonce + body); 工资 名册 total their rows and
    pay to Luhn-valid cards; 扬尘 PM10 ≥ PM2.5."""
    f = "construction-market"
    for r in of_family(reqs, f, "attendance-push"):
        h = r["headers"]
        msg = (h["appid"] + h["timestamp"] + h["nonce"] + r["body"]).encode()
        assert h["sign"] == hmac.new(gen_m.REALNAME_SECRET.encode(), msg, hashlib.sha256).hexdigest()
        assert all(id_number_ok(w["sfzh"]) for w in json_body(r)["records"])
    for r in of_family(reqs, f, "wage-roster"):
        doc = json_body(r)
        assert doc["rs"] == len(doc["mc"]) and doc["zje"] == round(sum(w["sfgz"] for w in doc["mc"]), 2)
        assert all(luhn_ok(w["yhkh"]) and id_number_ok(w["sfzh"]) for w in doc["mc"])
    for r in of_family(reqs, f, "dust-monitor"):
        doc = json_body(r)
        assert doc["pm10"] >= doc["pm25"] and r["headers"]["X-Device-Id"] == doc["sbbh"]
    for r in of_family(reqs, f, "qualification-detail"):
        assert re.fullmatch(r"D252\d{6}", query1(r)["qualCode"])


def test_talent_papers(reqs: list[dict]) -> None:
    """论文 ISSN check digits hold and each DOI has its journal's prefix; 作者 排名 is within the author
    list; 安居 补贴 is the class's amount."""
    f = "talent-recognition"
    prefixes = {name: prefix for name, _, prefix in gen_m.JOURNALS}
    papers = [p for r in of_family(reqs, f, "classify-apply") for p in json_body(r)["lw"]]
    for p in papers:
        assert _issn_ok(p["issn"]) and p["doi"].startswith(prefixes[p["qk"]] + ".")
        assert 1 <= p["brpm"] <= len(p["zz"].split(", "))
    for r in of_family(reqs, f, "doi-verify"):
        q = query1(r)
        assert _issn_ok(q["issn"]) and re.fullmatch(r"10\.\d{4,5}/\S+", q["doi"])
    for r in of_family(reqs, f, "housing-subsidy"):
        doc = json_body(r)
        assert gen_m.TALENT_CLASSES[doc["lb"]] == doc["btje"] and doc["rczh"][4] == doc["lb"] and luhn_ok(doc["yhkh"])


def test_identifiers_carry_their_check_digits(reqs: list[dict]) -> None:
    """公民身份号码 and 统一社会信用代码 wherever the families send them in clear, in paths, forms and JSON."""
    text = " ".join(urllib.parse.unquote(r["path"]) + " " + urllib.parse.unquote_plus(r.get("body", "")) for r in reqs)
    ids = set(re.findall(r"(?<![0-9A-Za-z])52\d{15}[0-9X](?![0-9A-Za-z])", text))
    assert len(ids) > 300 and all(id_number_ok(n) for n in ids)
    codes = set(re.findall(r"(?<![0-9A-Z])(?:91|92|93|12|52)52\d{4}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Z])", text))
    assert len(codes) >= 40 and all(uscc_ok(code) for code in codes)
