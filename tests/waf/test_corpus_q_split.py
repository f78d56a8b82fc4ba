"""Corpus Q (tests/waf/data/gen_cms_corpus_q.py): its split and its requests, without a WAF.

Fast tests, in their own module like test_corpus_p_split.py. Nothing here sends Q through the WAF: Q's
false-positive count is the lead's, after a tuning round on Q's tuning part (docs/waf.md, held-out
discipline). The per-family checks look only at the requests themselves, the way the receiving servers
would: 统一社会信用代码 and 公民身份号码 check characters, MD5 digests of uploads, 延期 and 质疑 deadlines in
working days, 澄清 published at least 15 days before the 投标 deadline, 定级 and 测评 结论 by the rules,
合计 = Σ 数量 × 单价 and 最小 单位 价格, indicator comparisons, the 普通话 rule for teachers, API signatures
recomputed with the application's secret, E2B(R3) reports whose reaction follows the first dose, 放射源 类别
from A/D and decayed 活度. Never a WAF verdict.
"""

from __future__ import annotations

import csv
import hashlib
import io
import ipaddress
import re
import urllib.parse
import xml.etree.ElementTree as ET
import zipfile
from datetime import date, timedelta

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
    media_types,
    multipart_parts,
    of_family,
    query1,
    record_body,
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

PINNED_HELD_OUT = (
    "adr-monitoring",
    "teacher-qualification",
    "bid-clarification-qa",
)  # written once from the docstring's rule: a change of family names would re-split

corpus, reqs = corpus_fixtures(gen_q)


def _xml(text: str | bytes) -> ET.Element:
    return ET.fromstring(text)  # noqa: S314 - the generator's own records, no external input


def _md5(data: bytes) -> str:
    return hashlib.md5(data, usedforsecurity=False).hexdigest()


def _csv(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))


def _day(text: str) -> date:
    return date.fromisoformat(text[:10])


def _workdays_between(start: date, end: date) -> int:
    """Monday-to-Friday days after ``start`` up to and including ``end``."""
    return sum((start + timedelta(days=i)).weekday() < 5 for i in range(1, (end - start).days + 1))


def _file_ok(p: dict) -> bool:
    data, kind = p["data"], p["type"]
    common = common_file_ok(data, kind)
    if common is not None:
        return common
    if kind == "text/csv":
        return bool(_csv(data))
    return False


def _docx_text(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return re.sub(r"<[^>]+>", "", z.read("word/document.xml").decode())


# --- the split, the size and the record contract ----------------------------------------------------


def test_regenerating_gives_the_committed_files(corpus: tuple[list[dict], list[dict]]) -> None:
    assert_regenerates(*corpus, gen_q.TUNING_FILE, gen_q.HELD_OUT_FILE)


def test_large_enough_and_tagged(reqs: list[dict]) -> None:
    assert_sized(reqs, gen_q, (128, 128), min_requests=1500, min_families=12, min_shapes=8)


def test_the_split_is_the_rule_written_down(corpus: tuple[list[dict], list[dict]]) -> None:
    """Whole families and (family, shape) groups are on one side only; the held-out families are the
    ones the docstring's rule picks (pinned: a change of family names would re-split)."""
    earlier = (gen_c, gen_d, gen_e, gen_f, gen_g, gen_h, gen_i, gen_j, gen_k, gen_l, gen_m, gen_n, gen_o, gen_p)
    assert_split_as_written(corpus, gen_q, "corpus-q/", PINNED_HELD_OUT, earlier, parts=(784, 752))


def test_q_shares_no_family_with_a_to_p(reqs: list[dict]) -> None:
    assert_new_families(
        reqs, gen_b, gen_c, gen_d, gen_e, gen_f, gen_g, gen_h, gen_i, gen_j, gen_k, gen_l, gen_m, gen_n, gen_o, gen_p
    )


def test_every_record_is_a_request_its_server_reads_back(reqs: list[dict]) -> None:
    """Well formed, held to Q's own sources and methods, and read back exactly by a plain http.server."""
    assert_sound_requests(reqs, gen_q.check, gen_p.SOURCES["seismic-fdsn"])


def test_the_request_kinds_it_was_made_for(reqs: list[dict]) -> None:
    """Browser JSON and jQuery forms, multipart uploads, XML from 持有人 systems, script clients and 小程序."""
    assert {r["method"] for r in reqs} == {"GET", "POST"}
    ctypes = media_types(reqs)
    assert ctypes["application/json"] >= 600 and ctypes["multipart/form-data"] >= 200
    assert ctypes["application/x-www-form-urlencoded"] >= 200 and ctypes["application/xml"] >= 16
    assert_headers_sent(reqs, ("X-Requested-With", "Authorization", "X-Sign", "X-App-Key"))
    assert sum("MiniProgramEnv" in header(r, "User-Agent") for r in reqs) >= 16


def test_multipart_uploads_decode(reqs: list[dict]) -> None:
    """Every uploaded file is what its part's Content-Type says (PDF, PNG, JPEG, DOCX, CSV); MD5s match."""
    uploads = [r for r in reqs if content_type(r).startswith("multipart/form-data")]
    assert len(uploads) >= 200
    for r in uploads:
        for p in multipart_parts(r):
            assert p["filename"] is None or _file_ok(p), (r["label"], p["name"], p["type"])
        fields = upload_fields(r)
        if "md5" in fields:
            assert fields["md5"] == _md5(upload_files(r)[0]["data"]), r["label"]


# --- the families, checked the way their receiving servers would ------------------------------------


def test_hotline_cases(reqs: list[dict]) -> None:
    """延期 deadlines are the stated number of working days later; searches and transcripts go forward in time."""
    f = "hotline-case-handling"
    for r in of_family(reqs, f, "case-extend"):
        doc = json_body(r)
        start, end = _day(doc["yblsx"]), _day(doc["yqhsx"])
        assert _workdays_between(start, end) == doc["yqts"] and end.weekday() < 5
    for r in of_family(reqs, f, "chat-transcript"):
        msgs = json_body(r)["messages"]
        times = [m["time"] for m in msgs]
        assert times == sorted(times) and {m["role"] for m in msgs} <= {"user", "agent"}
    for r in of_family(reqs, f, "case-search"):
        q = query1(r)
        assert q["kssj"] < q["jssj"] and q["pageSize"] == "20"
    for r in of_family(reqs, f, "case-sign"):
        assert re.fullmatch(r"\d{14}", form_fields(r)["gdbh"])
    for r in of_family(reqs, f, "case-reply"):
        assert re.fullmatch(r"1[3578]\d{9}", json_body(r)["lxdh"])


def test_procurement_challenges(reqs: list[dict]) -> None:
    """质疑 within 7 working days, by a supplier with a valid code; 偏离 follows the response."""
    f = "procurement-challenge"
    for r in of_family(reqs, f, "challenge-submit"):
        doc = json_body(r)
        assert 1 <= _workdays_between(_day(doc["zlhtrq"]), _day(doc["tjrq"])) <= 7 and uscc_ok(doc["tyxydm"])
    params = {item: resp for item, _, resp in gen_q.PARAMS}
    for r in of_family(reqs, f, "deviation-table"):
        rows = json_body(r)["rows"]
        assert [x["xh"] for x in rows] == list(range(1, len(rows) + 1))
        for x in rows:
            assert gen_q.DEVIATIONS[params[x["csx"]].index(x["tbxy"])] == x["pl"]
    for r in of_family(reqs, f, "complaint-submit"):
        assert uscc_ok(form_fields(r)["tyxydm"])


def test_bid_clarifications(reqs: list[dict]) -> None:
    """澄清 files are published at least 15 days before the deadline they name, and say it."""
    f = "bid-clarification-qa"
    for r in of_family(reqs, f, "clarification-publish"):
        fields, (p,) = upload_fields(r), upload_files(r)
        published, deadline = fields["fbsj"], fields["tbjzsj"]
        assert (_day(deadline) - _day(published)).days >= 15
        assert f"{_day(deadline):%Y年%m月%d日}" in _docx_text(p["data"])
    for r in of_family(reqs, f, "question-submit"):
        doc = json_body(r)
        assert doc["yw"].startswith("“") and re.match(r"第[一二三四五六七]章", doc["zjtk"])


def test_mlps_filings(reqs: list[dict]) -> None:
    """定级 is the higher of the two 等级; 问题 清单 CVE numbers are well formed; 结论 follows score and 高 风险."""
    f = "mlps-filing"
    order = list(gen_q.GRADES.values())
    for r in of_family(reqs, f, "system-grading"):
        doc = json_body(r)
        assert order.index(doc["djjb"]) == max(order.index(doc["ywxxaqdj"]), order.index(doc["xtfwaqdj"]))
    for r in of_family(reqs, f, "findings-upload"):
        fields, (p,) = upload_fields(r), upload_files(r)
        rows = _csv(p["data"])
        assert rows[0] == ["序号", "风险等级", "问题描述", "CVE", "测评对象"]
        assert all(x[3] == "" or re.fullmatch(r"CVE-\d{4}-\d{4,7}", x[3]) for x in rows[1:])
        high = sum(x[1] == "高" for x in rows[1:])
        score = float(fields["zhdf"])
        assert int(fields["gfxs"]) == high
        expect = "差" if high or score < 70 else "优" if score >= 90 else "良" if score >= 80 else "中"
        assert fields["cpjl"] == expect
    for r in of_family(reqs, f, "asset-list"):
        assert all(ipaddress.ip_address(x["ip"]).is_private for x in json_body(r)["zclb"])
    for r in of_family(reqs, f, "filing-form"):
        assert uscc_ok(form_fields(r)["tyxydm"])


def test_drug_listings(reqs: list[dict]) -> None:
    """批准文号 and 医保 代码 are well formed; 最小 单位 价格 = 价格 / 转换比; orders add up; 联动 价 is the lowest."""
    f = "drug-procurement-listing"
    for r in of_family(reqs, f, "listing-apply"):
        doc = json_body(r)
        assert re.fullmatch(r"国药准字[HZSJ]\d{8}", doc["pzwh"]) and uscc_ok(doc["tyxydm"])
        assert abs(doc["zxdwjg"] - doc["gwjg"] / doc["bzzhb"]) < 0.00006
    for r in of_family(reqs, f, "price-linkage"):
        doc = json_body(r)
        assert doc["sbjg"] == min(x["jg"] for x in doc["qgzdj"])
    for r in of_family(reqs, f, "hospital-order"):
        doc = json_body(r)
        assert all(abs(x["sl"] * x["dj"] - x["je"]) < 0.006 for x in doc["mx"])
        assert abs(sum(x["je"] for x in doc["mx"]) - doc["hj"]) < 0.006


def test_special_equipment(reqs: list[dict]) -> None:
    """使用 登记证 编号 follow TSG 08; 最高 允许 工作 压力 never exceeds 设计 压力; 维保 points lie in 贵州."""
    f = "special-equipment-inspection"
    for r in of_family(reqs, f, "elevator-apply"):
        doc = json_body(r)
        assert re.fullmatch(r"梯11贵A\d{5}\(\d{2}\)", doc["sydjzbh"]) and uscc_ok(doc["tyxydm"])
        assert doc["sbdm"].startswith(doc["sbpz"]) and len(doc["sbdm"]) == 20
    for r in of_family(reqs, f, "vessel-params"):
        doc = json_body(r)
        assert doc["zgyxgzyl"] <= doc["sjyl"]
    for r in of_family(reqs, f, "boiler-params"):
        doc = json_body(r)
        assert doc["sjyl"] >= doc["edgzyl"]
    for r in of_family(reqs, f, "maintenance-record"):
        lng, lat = json_body(r)["lnglat"]
        assert 103.6 < lng < 109.6 and 24.6 < lat < 29.3


def test_enterprise_standards(reqs: list[dict]) -> None:
    """Standard numbers are well formed; each indicator's 严于/等同 follows its values and direction."""
    f = "enterprise-std-declare"

    def compared(x: dict) -> str:
        if x["fx"] == "=":
            return "等同"
        stricter = x["qybz"] > x["gjbz"] if x["fx"] == "≥" else x["qybz"] < x["gjbz"]
        return "严于" if stricter else "等同"

    for shape in ("std-declare", "indicator-table"):
        for r in of_family(reqs, f, shape):
            doc = json_body(r)
            assert re.fullmatch(r"Q/[A-Z]{4} \d{4}S-20\d{2}", doc["bzbh"])
            assert all(compared(x) == x["bj"] for x in doc["zbs"])
    for r in of_family(reqs, f, "std-declare"):
        assert uscc_ok(json_body(r)["tyxydm"])


def test_teacher_qualifications(reqs: list[dict]) -> None:
    """Applicants carry valid 公民身份号码 and the 普通话 level their subject needs."""
    f = "teacher-qualification"
    for r in of_family(reqs, f, "cert-apply"):
        doc = json_body(r)
        assert id_number_ok(doc["zjhm"]) and gen_q.mandarin_ok(doc["rjxk"], doc["pthdj"])
        assert doc["rjxk"] != "语文" or doc["pthdj"] in ("一级甲等", "一级乙等", "二级甲等")
    for r in of_family(reqs, f, "register"):
        assert id_number_ok(form_fields(r)["zjhm"])


def test_public_data_signatures(reqs: list[dict]) -> None:
    """API calls carry the signature the 开放 平台 recomputes with the application's secret."""
    f = "public-data-authorization"

    def sign(params: list[tuple[str, str]], secret: str) -> str:
        text = "&".join(f"{k}={v}" for k, v in sorted(params)) + f"&appSecret={secret}"
        return hashlib.md5(text.encode(), usedforsecurity=False).hexdigest().upper()

    for r in of_family(reqs, f, "signed-call"):
        params = urllib.parse.parse_qsl(urllib.parse.urlsplit(r["path"]).query)
        given = dict(params)["sign"]
        assert sign([p for p in params if p[0] != "sign"], gen_q.APPS[dict(params)["appKey"]]) == given
    for r in of_family(reqs, f, "condition-query"):
        key = header(r, "X-App-Key")
        params = [("appKey", key), ("timestamp", header(r, "X-Timestamp")), ("nonce", header(r, "X-Nonce"))]
        assert sign([*params, ("body", r["body"])], gen_q.APPS[key]) == header(r, "X-Sign")
    for r in of_family(reqs, f, "api-apply"):
        doc = json_body(r)
        assert uscc_ok(doc["tyxydm"]) and doc["ylqq"].startswith("curl -X GET '")


def test_petitions(reqs: list[dict]) -> None:
    """信访人 carry valid 公民身份号码; 问题 属地 are 行政区划 codes; 评价 are 1-3."""
    f = "online-petition"
    for r in of_family(reqs, f, "letter-submit"):
        doc = json_body(r)
        assert id_number_ok(doc["xfr"]["zjhm"]) and doc["wtsd"] in gen_q.DISTRICTS and len(doc["nr"]) > 80
    for r in of_family(reqs, f, "review-apply"):
        assert id_number_ok(json_body(r)["zjhm"])
    for r in of_family(reqs, f, "satisfaction"):
        assert form_fields(r)["myd"] in {"1", "2", "3"}


def test_adverse_reactions(reqs: list[dict]) -> None:
    """Reactions follow the first dose; E2B(R3) reports parse with a MedDRA PT code; 批准文号 are well formed."""
    f = "adr-monitoring"
    v3 = "{urn:hl7-org:v3}"
    for r in of_family(reqs, f, "adr-report"):
        doc = json_body(r)
        (drug,) = doc["hyyp"]
        assert drug["kssj"] <= doc["blfy"]["fssj"] <= drug["jssj"]
        assert doc["blfy"]["meddra"] in gen_q.REACTIONS and re.fullmatch(r"国药准字[HZSJ]\d{8}", drug["pzwh"])
    for r in of_family(reqs, f, "e2b-xml"):
        root = _xml(r["body"])
        reaction = next(e for e in root.iter(f"{v3}observation"))
        code = reaction.find(f"{v3}value").get("code")
        onset = reaction.find(f"{v3}effectiveTime/{v3}low").get("value")
        dosing = next(root.iter(f"{v3}substanceAdministration")).find(f"{v3}effectiveTime")
        assert code in gen_q.REACTIONS and dosing.find(f"{v3}low").get("value") <= onset
        assert dosing.find(f"{v3}low").get("value") <= dosing.find(f"{v3}high").get("value")


def test_radiation_sources(reqs: list[dict]) -> None:
    """放射源 类别 from A/D, the code's last digit the 类别, decayed 活度 to four figures; doses add up."""
    f = "radiation-safety-license"
    for r in of_family(reqs, f, "source-register"):
        doc = json_body(r)
        _, half, d_value, _, _ = gen_q.NUCLIDES[doc["hs"]]
        a0 = float(doc["cchd"])
        ratio = a0 / d_value
        cls = 1 if ratio >= 1000 else 2 if ratio >= 10 else 3 if ratio >= 1 else 4 if ratio >= 0.01 else 5
        assert doc["lb"] == cls and len(doc["fsybm"]) == 12 and doc["fsybm"].endswith(str(cls))
        days = (_day(doc["jsrq"]) - _day(doc["ccrq"])).days
        assert abs(float(doc["dqhd"]) / (a0 * 2 ** (-days / half)) - 1) < 1e-3
    for r in of_family(reqs, f, "personal-dose"):
        doc = json_body(r)
        assert abs(sum(doc["jd"]) - doc["nlj"]) < 0.0006 and doc["nlj"] <= 20 and id_number_ok(doc["zjhm"])
    for r in of_family(reqs, f, "monitoring-upload"):
        rows = _csv(upload_files(r)[0]["data"])
        assert all(float(x[2]) >= float(x[3]) > 0 for x in rows[1:])
    for r in of_family(reqs, f, "license-apply"):
        assert uscc_ok(form_fields(r)["tyxydm"])


def test_identifiers_carry_their_check_digits(reqs: list[dict]) -> None:
    """统一社会信用代码 wherever the families send them in clear, in paths, forms, JSON and uploads' fields."""
    text = " ".join(
        urllib.parse.unquote(r["path"]) + " " + urllib.parse.unquote_plus(record_body(r).decode("utf-8", "replace"))
        for r in reqs
    )
    codes = set(re.findall(r"(?<![0-9A-Z])(?:91|92|93|12|52)52\d{4}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Z])", text))
    assert len(codes) >= 100 and all(uscc_ok(code) for code in codes)
    ids = set(re.findall(r"(?<!\d)52\d{4}(?:19|20)\d{9}[\dX](?![\dX])", text))
    assert len(ids) >= 100 and all(id_number_ok(n) for n in ids)
