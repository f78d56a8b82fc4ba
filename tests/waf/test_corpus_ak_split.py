"""Corpus AK (tests/waf/data/gen_cms_corpus_ak.py): its split and its requests, without a WAF.

Fast tests, in their own module like test_corpus_aj_split.py. Nothing here sends AK through the WAF: AK's
false-positive count is the lead's, after a tuning round on AK's tuning part (docs/waf.md, held-out
discipline). The per-family checks look only at the requests themselves, the way the receiving services would:
JSON bodies with the fields the 政法 services read, 公民身份号码 whose GB 11643 check digit is right, 案号 of the
(年份)法院代字+类型代字+序号号 form, 号牌 of the GA 36 form, 诉讼费 by 《诉讼费用交纳办法》's brackets, boolean search
expressions that balance, dates that exist, booking slots within opening hours, bank card numbers with their Luhn
digit, points inside 江西, uploads whose bytes decode as their type, and the legacy GB18030 汇款 form. The client key
(ADR 0040) is checked against each family's console rule, pinned here. Never a WAF verdict.
"""

from __future__ import annotations

import json
import re
import urllib.parse
from collections import Counter
from datetime import date

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
    earlier_generators,
    form_fields,
    header,
    id_number_ok,
    in_box,
    json_body,
    luhn_ok,
    media_types,
    multipart_parts,
    of_family,
    query1,
    record_body,
    slot_within,
    upload_fields,
    upload_files,
    written_text,
    zip_names,
)
from tests.waf.data import gen_cms_corpus_aj as gen_aj
from tests.waf.data import gen_cms_corpus_ak as gen_ak

PINNED_HELD_OUT = (
    "police-household-permit",
    "police-online-report",
    "procuratorate-12309",
)  # written once from the docstring's rule: a change of family names would re-split
PINNED_HELD_GROUPS = {  # the (family, shape) groups of the other families the rule holds out (first byte % 4 == 0)
    ("court-litigation-portal", "evidence-upload"),
    ("judgment-statute-search", "hearing-notice-search"),
    ("judgment-statute-search", "statute-title-search"),
    ("law-education-quiz", "cms-article-save"),
    ("law-education-quiz", "video-progress-beacon"),
    ("lawyer-practice-service", "annual-assessment-filing"),
    ("lawyer-practice-service", "assessment-backoffice-list"),
    ("lawyer-practice-service", "lawyer-login"),
    ("legal-aid-12348", "mediation-apply"),
    ("prison-remote-visit", "family-help-message"),
    ("prison-remote-visit", "slot-query"),
    ("prison-remote-visit", "visit-arrange-list"),
    ("traffic-12123-web", "cls-audit-console"),
    ("traffic-12123-web", "vio-handle-confirm"),
    ("traffic-12123-web", "vio-public-query"),
}
# ADR 0040: each family's console rule, written down once (re.match on the path); None: no console
PINNED_CONSOLE = {
    "police-household-permit": r"/hzadmin/",
    "crossborder-permit-booking": r"/crjadmin/",
    "traffic-12123-web": r"/clsadmin/",
    "court-litigation-portal": r"/court-admin/",
    "judgment-statute-search": None,
    "procuratorate-12309": r"/jcyadmin/",
    "legal-aid-12348": r"/sfxz-admin/",
    "notary-arbitration-online": r"/gzc-admin/",
    "prison-remote-visit": r"/jyadmin/",
    "law-education-quiz": r"/cms-admin/",
    "lawyer-practice-service": r"/lxadmin/",
    "police-online-report": None,
}

EARLIER = earlier_generators("aj")

corpus, reqs = corpus_fixtures(gen_ak)

JIANGXI = ((113.5, 118.5), (24.5, 30.0))  # 江西's extent, (west, east), (south, north)
CITY_CODES = {
    "360100",
    "360200",
    "360300",
    "360400",
    "360500",
    "360600",
    "360700",
    "360800",
    "360900",
    "361000",
    "361100",
}
# GA 36-2018: 赣 + 发牌 机关 代号 (A-M without I) + 5 characters without I and O; 新能源 D/F + 5
PLATE = re.compile(r"赣[A-HJ-M](?:[DF][A-HJ-NP-Z0-9]\d{4}|[A-HJ-NP-Z0-9]{5})")
# 《关于人民法院案件案号的若干规定》: (收案 年度) 法院 代字 类型 代字 案件 编号 号
CASE_NO = re.compile(
    r"[(（](20\d\d)[)）](赣\d{2}(?:\d{2})?)(民初|民终|刑初|刑终|行初|执|执保|执异|民特)([1-9]\d{0,5})号"
)
PROC_NO = re.compile(r"赣[\u4e00-\u9fff]检刑诉受〔20\d\d〕[1-9]\d{0,3}号")
JPEG, PNG, PDF = "image/jpeg", "image/png", "application/pdf"


def _case_ok(text: str) -> bool:
    m = CASE_NO.fullmatch(text)
    return bool(m) and 2020 <= int(m.group(1)) <= 2027 and m.group(2) in gen_ak.COURTS


def _date_ok(text: str) -> bool:
    return date.fromisoformat(text[:10]).year in (2026, 2027)


def _fee(amount: float) -> float:
    """《诉讼费用交纳办法》第十三条第一款第（一）项, recomputed: 50 元 up to 1 万, then 2.5 %, 2 %, 1.5 %, 1 %,
    0.9 %."""
    fee = 50.0
    for low, high, rate in (
        (1e4, 1e5, 0.025),
        (1e5, 2e5, 0.02),
        (2e5, 5e5, 0.015),
        (5e5, 1e6, 0.01),
        (1e6, 2e6, 0.009),
    ):
        fee += max(0.0, min(amount, high) - low) * rate
    return round(fee, 2)


def _boolean_ok(expr: str) -> bool:
    """A boolean full-text expression a query parser accepts: balanced parentheses and quotes, operators between
    operands."""
    toks = re.findall(r'"[^"]*"|\(|\)|AND|OR|NOT|[^\s()"]+', expr)
    if expr.count('"') % 2 or "".join(toks).replace(" ", "") != expr.replace(" ", ""):
        return False
    depth, expect_operand = 0, True
    for t in toks:
        if t == "(":
            depth += 1
            if not expect_operand:
                return False
        elif t == ")":
            depth -= 1
            if depth < 0 or expect_operand:
                return False
        elif t in ("AND", "OR", "NOT"):
            if expect_operand:
                return False
            expect_operand = True
        else:
            if not expect_operand:
                return False
            expect_operand = False
    return depth == 0 and not expect_operand


def _han(text: str) -> int:
    return sum("\u4e00" <= ch <= "\u9fff" for ch in text)


def _files(rec: dict) -> list[dict]:
    return upload_files(rec)


# --- the split, the size and the record contract ----------------------------------------------------


def test_regenerating_gives_the_committed_files(corpus: tuple[list[dict], list[dict]]) -> None:
    assert_regenerates(*corpus, gen_ak.TUNING_FILE, gen_ak.HELD_OUT_FILE)


def test_large_enough_and_tagged(reqs: list[dict]) -> None:
    assert_sized(reqs, gen_ak, (8 * gen_ak.N, 9 * gen_ak.N), min_requests=1500, min_families=12, min_shapes=8)


def test_the_split_is_the_rule_written_down(corpus: tuple[list[dict], list[dict]]) -> None:
    """Whole families and (family, shape) groups are on one side only; the held-out families are the
    ones the docstring's rule picks (pinned: a change of family names would re-split)."""
    earlier = EARLIER[1:]  # C-AJ: B has no SEED of its own to compare
    assert_split_as_written(corpus, gen_ak, "corpus-ak/", PINNED_HELD_OUT, earlier, parts=(928, 640))
    groups = {(r["family"], r["shape"]) for r in corpus[1] if r["family"] not in PINNED_HELD_OUT}
    assert groups == PINNED_HELD_GROUPS


def test_ak_shares_no_family_with_a_to_aj(reqs: list[dict]) -> None:
    assert EARLIER[-1] is gen_aj
    assert_new_families(reqs, *EARLIER)


def test_every_record_is_a_request_its_server_reads_back(reqs: list[dict]) -> None:
    """Well formed, held to AK's own sources and methods, and read back exactly by a plain http.server."""
    assert_sound_requests(reqs, gen_ak.check, gen_aj.SOURCES["mcp-gov-data-tools"])


def test_office_records_are_the_consoles(reqs: list[dict]) -> None:
    """ADR 0040: a record is marked "office" exactly when its path is its family's console (the rule pinned here
    and in the generator alike); only "office" is ever written; the share is 10-30 %, spread over families."""
    assert gen_ak.CONSOLE == PINNED_CONSOLE
    for r in reqs:
        rule = PINNED_CONSOLE[r["family"]]
        assert ("client" in r) == bool(rule and re.match(rule, r["path"])), r["label"]
        assert r.get("client", "office") == "office"
    assert any("client" in p for p in gen_ak.check({**reqs[0], "client": "citizen"}))
    office = [r for r in reqs if r.get("client")]
    assert 0.10 <= len(office) / len(reqs) <= 0.30
    assert set(Counter(r["family"] for r in office)) == {f for f, rule in PINNED_CONSOLE.items() if rule}
    assert not any("Mobile" in header(r, "User-Agent") or "MicroMessenger" in header(r, "User-Agent") for r in office)


def test_the_request_kinds_it_was_made_for(reqs: list[dict]) -> None:
    """Page loads, JSON and form posts, uploads, a sendBeacon, mini-program calls, the services' own headers."""
    assert {r["method"] for r in reqs} == {"GET", "POST"}
    ctypes = media_types(reqs)
    assert ctypes["application/json"] >= 30 * gen_ak.N and ctypes["multipart/form-data"] == 12 * gen_ak.N
    assert ctypes["application/x-www-form-urlencoded"] >= 10 * gen_ak.N and ctypes["text/plain"] == gen_ak.N
    navigations = [r for r in reqs if r["method"] == "GET" and header(r, "Sec-Fetch-Mode") == "navigate"]
    assert len(navigations) >= 8 * gen_ak.N
    mini = [r for r in reqs if header(r, "Referer").startswith("https://servicewechat.com/wx")]
    assert len(mini) >= 12 * gen_ak.N and all("MicroMessenger" in header(r, "User-Agent") for r in mini)
    assert_headers_sent(
        reqs,
        (
            "Authorization",
            "X-Token",
            "token",
            "X-Auth-Token",
            "X-Requested-With",
            "Cookie",
            "Origin",
            "Referer",
            "content-type",
            "Sec-Fetch-Site",
        ),
    )


def test_uploads_open(reqs: list[dict]) -> None:
    """Every uploaded file opens as what its type says: JPEG and PNG framing, PDF header and trailer, DOCX
    containers with their main part, MP4 files opening on an ftyp box; every part is named."""
    kinds: Counter[str] = Counter()
    ext = {JPEG: ".jpg", PNG: ".png", PDF: ".pdf", DOCX_TYPE: ".docx", "video/mp4": ".mp4"}
    for r in reqs:
        if not content_type(r).startswith("multipart/form-data"):
            continue
        assert all(p["name"] for p in multipart_parts(r))
        for p in _files(r):
            kinds[p["type"]] += 1
            assert p["filename"].endswith(ext[p["type"]]), r["label"]
            if p["type"] == "video/mp4":
                size = int.from_bytes(p["data"][28:32], "big")
                assert p["data"][4:12] == b"ftypisom" and p["data"][32:36] == b"mdat" and 28 + size == len(p["data"])
            elif p["type"] == DOCX_TYPE:
                assert "word/document.xml" in zip_names(p["data"])
            else:
                assert common_file_ok(p["data"], p["type"]), r["label"]
    assert set(kinds) == set(ext) and kinds[JPEG] >= 8 * gen_ak.N


def test_text_is_real_text(reqs: list[dict]) -> None:
    """Chinese free text where people type it; statutes quoted whole; every family writes Chinese."""

    def typed(rs: list[dict]) -> str:
        return written_text(rs) + "".join(urllib.parse.unquote(r["path"]) for r in rs)

    per_family = Counter(r["family"] for r in reqs if _han(typed([r])))
    assert set(per_family) == set(gen_ak.SOURCES), per_family
    assert _han(typed(reqs)) >= 40000
    text = "".join(r.get("body", "") for r in reqs)
    for mark in (
        "《诉讼费用交纳办法》第十三条第一款第（一）项",
        "第（二）项",
        "2.5%",
        "事实与理由",
        "此致",
        "委托书",
        "仲裁申请书",
        "刷单返利",
        "解冻金",
        "安全账户",
        "http://",
        "12309",
    ):
        assert mark in text, mark


# --- the families, checked the way their receiving services would ---------------------------------------------


def test_police_household_permit(reqs: list[dict]) -> None:
    """户政 applications with valid 身份证 numbers, 江西 行政 区划, slots in office hours and dates that exist; the
    居住证
    form as jQuery posts it; 无犯罪 证明 uploads; the workbench's audits that give a reason when they refuse."""
    f = "police-household-permit"
    for r in of_family(reqs, f, "hukou-move-booking"):
        d = json_body(r)
        assert id_number_ok(d["sfzhm"]) and d["qylb"] in gen_ak.MOVE_REASONS and d["qrdssxq"][:4] + "00" in CITY_CODES
        assert _date_ok(d["yyrq"]) and slot_within(d["yysd"], "09:00", "17:00") and d["pcsmc"].endswith("派出所")
    for r in of_family(reqs, f, "idcard-reissue"):
        d = json_body(r)
        assert (
            id_number_ok(d["gmsfhm"]) and d["blyy"] in ("丢失", "被盗", "损坏") and re.fullmatch(r"1\d{10}", d["sjrdh"])
        )
    for r in of_family(reqs, f, "residence-permit-endorse"):
        d = form_fields(r)
        assert id_number_ok(d["sfzhm"]) and d["jzzbh"][:6] in CITY_CODES and header(r, "X-Requested-With")
    for r in of_family(reqs, f, "no-crime-cert-apply"):
        fields = upload_fields(r)
        assert id_number_ok(fields["sfzhm"]) and fields["xm"] in fields["sqly"] and fields["yt"] in gen_ak.NO_CRIME_USES
        assert {p["type"] for p in _files(r)} <= {JPEG, PDF}
    for r in of_family(reqs, f, "progress-query"):
        q = query1(r)
        assert id_number_ok(q["sfzhm"]) and _date_ok(f"{q['slbh'][4:8]}-{q['slbh'][8:10]}-{q['slbh'][10:12]}")
    for r in of_family(reqs, f, "workbench-audit"):
        d = json_body(r)
        assert d["shjg"] in ("TG", "BH") and (d["shjg"] == "TG") == ("同意受理" in d["shyj"])


def test_crossborder_permit_booking(reqs: list[dict]) -> None:
    """Bookings with the 证件 and 签注 codes the 出入境 system knows, at a known 受理 点, in its slots; 照片 回执
    uploads named by the applicant's 身份证 number."""
    f = "crossborder-permit-booking"
    for r in of_family(reqs, f, "passport-booking"):
        d = json_body(r)
        assert d["zjlx"] == "11" and id_number_ok(d["sfzh"]) and d["wdbh"] in gen_ak.CRJ_POINTS
        assert re.fullmatch(r"[A-Z]+/[A-Z]+", d["xmpy"]) and slot_within(d["yysd"], "08:30", "17:00")
    for r in of_family(reqs, f, "permit-endorse-booking"):
        d = json_body(r)
        assert d["zjlx"] in ("21", "25") and re.fullmatch(r"[CT]\d{8}", d["zjhm"]) and _date_ok(d["yyrq"])
        assert all(q["qzzl"] in gen_ak.QZZL and q["qwd"] in ("HK", "MO", "TW") for q in d["qzxx"])
    for r in of_family(reqs, f, "photo-receipt-upload"):
        fields, (photo,) = upload_fields(r), _files(r)
        assert id_number_ok(fields["sfzh"]) and photo["filename"] == f"{fields['sfzh']}.jpg" and photo["type"] == JPEG
    for r in of_family(reqs, f, "slot-query"):
        assert query1(r)["wdbh"] in gen_ak.CRJ_POINTS and _date_ok(query1(r)["yyrq"])
    for r in of_family(reqs, f, "kiosk-nearby"):
        assert in_box(JIANGXI, query1(r)["lng"], query1(r)["lat"])


def test_traffic_12123_web(reqs: list[dict]) -> None:
    """GA 36 号牌 and 号牌 种类, 违法 代码 whose 罚款 and 记分 are the code's, 驾驶证 numbers that are 身份证 numbers,
    17-character VINs, 事故 快处 photos at a point in 江西."""
    f = "traffic-12123-web"
    for r in of_family(reqs, f, "vio-public-query"):
        d = form_fields(r)
        assert PLATE.fullmatch("赣" + d["hphm"]) and d["fzjg"] == "赣" + d["hphm"][0] and d["hpzl"] in gen_ak.HPZL
    for r in of_family(reqs, f, "surveil-records"):
        q = query1(r)
        assert PLATE.fullmatch(q["hphm"]) and q["startDate"] < q["endDate"]
    for r in of_family(reqs, f, "vio-handle-confirm"):
        d = json_body(r)
        act, fine, points = gen_ak.VIO_ACTS[d["wfxw"]]
        assert (d["wfnr"], d["fkje"], d["wfjfs"]) == (act, fine, points) and PLATE.fullmatch(d["hphm"])
        assert id_number_ok(d["jszh"]) and _date_ok(d["wfsj"])
    for r in of_family(reqs, f, "license-renew-booking"):
        d = json_body(r)
        assert (
            id_number_ok(d["jszh"])
            and d["zjcx"] in ("C1", "C2", "B2", "A2")
            and slot_within(d["yysd"], "08:30", "17:00")
        )
    for r in of_family(reqs, f, "inspection-booking"):
        d = json_body(r)
        assert PLATE.fullmatch(d["hphm"]) and re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", d["clsbdh"])
    for r in of_family(reqs, f, "accident-quick-upload"):
        fields = upload_fields(r)
        assert in_box(JIANGXI, fields["lng"], fields["lat"]) and PLATE.fullmatch(fields["hphm1"])
        assert 2 <= len(_files(r)) <= 4 and {p["type"] for p in _files(r)} == {JPEG}


def test_court_litigation_portal(reqs: list[dict]) -> None:
    """网上 立案 with a whole 起诉状 (parties, 诉讼请求, 事实与理由, 此致) and a known 法院 代字; 诉讼费 by the
    statute's
    brackets; 案号 of the rule's form everywhere; the 立案 审查 decisions that give a 案号 when they register."""
    f = "court-litigation-portal"
    for r in of_family(reqs, f, "online-filing-submit"):
        d = json_body(r)
        text = d["qsz"]
        assert text.startswith("民事起诉状\n原告：") and all(
            k in text for k in ("被告：", "诉讼请求：", "事实与理由：", "此致")
        )
        assert d["fydm"] in gen_ak.COURTS and d["ay"] in gen_ak.CAUSES and str(d["bdje"]) in text
        assert [p["ssdw"] for p in d["dsr"]] == ["原告", "被告"] and all(id_number_ok(p["zjhm"]) for p in d["dsr"])
        assert re.fullmatch(r"136\d{2}20[12]\d1\d{6}", d["dlr"]["zyzh"])
    for r in of_family(reqs, f, "fee-payment"):
        d = form_fields(r)
        assert _case_ok(d["ah"]) and float(d["slf"]) == _fee(float(d["bdje"]))
    for r in of_family(reqs, f, "e-service-sign"):
        d = json_body(r)
        assert _case_ok(d["ah"]) and _date_ok(d["qssj"]) and re.fullmatch(r"\d{6}", d["yzm"])
    for r in of_family(reqs, f, "case-query"):
        assert _case_ok(query1(r)["ah"])
    for r in of_family(reqs, f, "evidence-upload"):
        assert upload_fields(r)["zjmc"] in dict(gen_ak.EVIDENCE) and len(_files(r)) == 1
    for r in of_family(reqs, f, "trial-live-list"):
        assert query1(r)["fydm"] in gen_ak.COURTS and _date_ok(query1(r)["ktrq"])
    for r in of_family(reqs, f, "filing-review-decide"):
        d = json_body(r)
        assert (d["scjg"] == "YLA") == bool(d["ah"]) and (not d["ah"] or (_case_ok(d["ah"]) and "民初" in d["ah"]))


def test_judgment_statute_search(reqs: list[dict]) -> None:
    """文书 网's form posts with a queryCondition that parses and a binary ciphertext; 法规 库 queries; boolean
    full-text expressions that balance; 条文 compared with their 《》 title and 第X条; 失信 queries with masked
    身份证 numbers; 开庭 公告 windows that exist."""
    f = "judgment-statute-search"
    for r in of_family(reqs, f, "wenshu-list-search"):
        d = form_fields(r)
        cond = {c["key"]: c["value"] for c in json.loads(d["queryCondition"])}
        assert cond["s8"] == d["s8"] and cond["s11"] in gen_ak.CAUSES and d["cfg"].endswith("@queryDoc")
        start, end = cond["cprq"].split(" TO ")
        assert date.fromisoformat(start) < date.fromisoformat(end) and start[:4] in ("2025", "2026")
        assert all(re.fullmatch(r"[01]{8}", b) for b in d["ciphertext"].split(" "))
    for r in of_family(reqs, f, "wenshu-doc-page"):
        assert re.fullmatch(r"[A-Za-z0-9]{32}", query1(r)["docId"])
    for r in of_family(reqs, f, "statute-title-search"):
        q = query1(r)
        assert q["sortTr"] == "f_bbrq_s;desc" and q["searchType"].split(";")[1] in ("vague", "accurate")
    for r in of_family(reqs, f, "fulltext-boolean"):
        d = json_body(r)
        assert _boolean_ok(d["q"]), d["q"]
        assert set(d["filters"]["ay"]) <= set(gen_ak.CAUSES) and all(2024 <= int(y) <= 2027 for y in d["filters"]["nf"])
    assert not _boolean_ok("(民间借贷 AND 利息") and not _boolean_ok("利息 AND") and not _boolean_ok('"利息 OR 逾期')
    for r in of_family(reqs, f, "article-compare"):
        for item in json_body(r)["items"]:
            quoted = f"{item['title']}{item['tiao']} {item['text']}"
            assert quoted in gen_ak.STATUTES and re.fullmatch(r"第[一二三四五六七八九十百千零]+条.*", item["tiao"])
    for r in of_family(reqs, f, "dishonest-debtor-search"):
        d = form_fields(r)
        assert not d["pCardNum"] or re.fullmatch(r"36\d{8}\*{4}\d{3}[\dX]", d["pCardNum"])
        assert d["pProvince"] in ("0", "36") and re.fullmatch(r"[0-9a-f]{32}", d["captchaId"])
    for r in of_family(reqs, f, "hearing-notice-search"):
        q = query1(r)
        assert q["ktrqks"] < q["ktrqjs"] and (not q["ah"] or _case_ok(q["ah"]))


def test_procuratorate_12309(reqs: list[dict]) -> None:
    """控告 申诉 with the 申请人's valid 身份证 and a long narrative; 部门 受案号 of the 检察 form; 公益 诉讼 线索 with
    photos and a point in 江西; the console's replies."""
    f = "procuratorate-12309"
    for r in of_family(reqs, f, "complaint-appeal"):
        d = json_body(r)
        assert id_number_ok(d["sqr"]["sfzh"]) and d["xflx"] in ("控告", "申诉", "举报") and _han(d["sqsx"]) >= 60
        assert d["jsdw"].endswith("人民检察院") and all(_case_ok(m[0]) for m in CASE_NO.finditer(d["sqsx"]))
    for r in of_family(reqs, f, "lawyer-review-booking"):
        d = json_body(r)
        assert PROC_NO.fullmatch(d["bmsah"]) and _date_ok(d["yyrq"]) and d["yjfs"] in ("现场阅卷", "电子卷宗刻录")
    for r in of_family(reqs, f, "case-procedure-query"):
        assert PROC_NO.fullmatch(query1(r)["bmsah"]) and id_number_ok(query1(r)["sfzh"])
    for r in of_family(reqs, f, "public-interest-clue"):
        fields = upload_fields(r)
        assert (
            in_box(JIANGXI, fields["lng"], fields["lat"]) and fields["nm"] in ("0", "1") and _han(fields["xsms"]) > 30
        )
        assert {p["type"] for p in _files(r)} == {JPEG}
    for r in of_family(reqs, f, "sms-code"):
        assert re.fullmatch(r"1[3578]\d{9}", form_fields(r)["mobile"])
    for r in of_family(reqs, f, "intake-console-reply"):
        assert "12309" in json_body(r)["dfnr"]


def test_legal_aid_12348(reqs: list[dict]) -> None:
    """法律 咨询 留言 with a citizen's long question; 机构 queries by 江西 区划; 法律 援助 申请 with an ID photo and an
    经济 困难 document; 调解 applications; review decisions citing the 法律援助法."""
    f = "legal-aid-12348"
    for r in of_family(reqs, f, "consult-message"):
        d = form_fields(r)
        assert _han(d["nr"]) >= 60 and d["szd"] in CITY_CODES and "？" in d["nr"]
    for r in of_family(reqs, f, "lawyer-search"):
        assert query1(r)["qhdm"] in CITY_CODES
    for r in of_family(reqs, f, "institution-search"):
        assert query1(r)["jglx"] in ("gzjg", "sfjd", "rmtj", "flyz")
    for r in of_family(reqs, f, "legal-aid-apply"):
        fields = upload_fields(r)
        assert id_number_ok(fields["sfzh"]) and [p["type"] for p in _files(r)] == [JPEG, PDF]
    for r in of_family(reqs, f, "mediation-apply"):
        d = json_body(r)
        assert d["tjwyh"].endswith("人民调解委员会") and d["qhdm"] in gen_ak.DISTRICTS
    for r in of_family(reqs, f, "aid-review-console"):
        d = json_body(r)
        assert (d["scjg"] == "ZYYZ") == ("法律援助法" in d["scyj"]) and re.fullmatch(r"FY\d{13}", d["sqbh"])
        assert _date_ok(f"{d['sqbh'][2:6]}-{d['sqbh'][6:8]}-{d['sqbh'][8:10]}")


def test_notary_arbitration_online(reqs: list[dict]) -> None:
    """委托 公证 applications whose 委托书 names 委托人 and 受托人 by valid 身份证 numbers; 视频 公证 slots; 仲裁
    申请书 with requests and an arbitration clause; uploads of the types the platform takes."""
    f = "notary-arbitration-online"
    for r in of_family(reqs, f, "notary-apply"):
        d = json_body(r)
        ids = re.findall(r"公民身份号码(\d{17}[\dX])", d["wtsnr"])
        assert d["wtsnr"].startswith("委托书\n") and len(ids) == 2 and all(map(id_number_ok, [*ids, d["sfzh"]]))
        assert d["gzc"] in gen_ak.GZC
    for r in of_family(reqs, f, "video-notary-schedule"):
        d = json_body(r)
        assert (
            _date_ok(d["rq"]) and slot_within(d["sd"], "09:00", "21:00") and re.fullmatch(r"UTC[+-]\d{1,2}", d["sqrsq"])
        )
    for r in of_family(reqs, f, "arbitration-apply"):
        d = json_body(r)
        assert d["sqs"].startswith("仲裁申请书") and "仲裁请求：" in d["sqs"] and "南昌仲裁委员会" in d["sqs"]
        assert all(id_number_ok(p["sfzh"]) for p in d["bsqr"])
    for r in of_family(reqs, f, "material-upload"):
        assert {p["type"] for p in _files(r)} <= {JPEG, PDF, PNG}
    for r in of_family(reqs, f, "arbitration-evidence-upload"):
        assert {p["type"] for p in _files(r)} <= {PDF, DOCX_TYPE}
    for r in of_family(reqs, f, "fee-quote"):
        assert query1(r)["gzsx"] in ("委托", "继承", "声明", "学历")


def test_prison_remote_visit(reqs: list[dict]) -> None:
    """Video visit bookings by relatives with valid 身份证 numbers at known 监狱 and 戒毒所; the legacy 汇款 form in
    GB18030, which a UTF-8 reading would garble; the 会见 安排 console's rooms and times."""
    f = "prison-remote-visit"
    for r in of_family(reqs, f, "video-visit-booking"):
        d = json_body(r)
        assert d["jybh"].startswith("JY") and d["jybh"] in gen_ak.PRISONS and 1 <= len(d["hjr"]) <= 3
        assert all(id_number_ok(p["sfzh"]) and p["gx"] in gen_ak.RELATIONS for p in d["hjr"])
        assert slot_within(d["hjsd"], "09:00", "16:30") and _date_ok(d["hjrq"])
    for r in of_family(reqs, f, "remittance-legacy-form"):
        raw = record_body(r).decode("ascii")
        d = dict(urllib.parse.parse_qsl(raw, strict_parsing=True, encoding="gb18030", errors="strict"))
        assert d["jybh"] in gen_ak.PRISONS and id_number_ok(d["hkrsfz"]) and int(d["je"]) in (200, 300, 500, 800)
        assert _han(d["zfxm"]) >= 2 and d["gx"] in gen_ak.RELATIONS and r["path"].endswith(".jsp?method=save")
        garbled = dict(urllib.parse.parse_qsl(raw, encoding="utf-8", errors="replace"))
        assert "\ufffd" in garbled["zfxm"]
    for r in of_family(reqs, f, "rehab-visit-booking"):
        d = json_body(r)
        assert d["jsbh"].startswith("JD") and id_number_ok(d["hjrsfz"])
    for r in of_family(reqs, f, "relation-proof-upload"):
        assert [p["type"] for p in _files(r)] == [JPEG]
    for r in of_family(reqs, f, "visit-arrange-save"):
        d = json_body(r)
        assert _date_ok(d["kssj"]) and d["sc"] == 20 and d["hjs"].startswith("远程会见室")


def test_law_education_quiz(reqs: list[dict]) -> None:
    """Answers to questions the activity has, by option letters the question offers; video beacons whose position
    lies within the video; comments as jQuery posts them; articles whose HTML nests."""
    f = "law-education-quiz"
    for r in of_family(reqs, f, "quiz-submit"):
        d = json_body(r)
        assert re.fullmatch(r"o[A-Za-z0-9]{27}", d["openid"]) and len({a["qid"] for a in d["answers"]}) == 4
        for a in d["answers"]:
            letters = {o[0] for o in gen_ak.QUESTIONS[a["qid"]][1]}
            assert set(a["choice"]) <= letters
    for r in of_family(reqs, f, "video-progress-beacon"):
        d = json.loads(record_body(r))
        assert (
            content_type(r).startswith("text/plain")
            and 0 <= d["pos"] <= d["dur"]
            and d["ev"] in ("play", "heartbeat", "pause", "ended")
        )
    for r in of_family(reqs, f, "case-comment"):
        assert form_fields(r)["content"] in gen_ak.COMMENTS
    for r in of_family(reqs, f, "constitution-pledge"):
        assert json_body(r)["oath"].startswith("我宣誓：忠于中华人民共和国宪法") and _date_ok(json_body(r)["date"])
    for r in of_family(reqs, f, "cms-article-save"):
        html = json_body(r)["content"]
        assert html.count("<p>") == html.count("</p>") == 3 and "【法官说法】《" in html


def test_lawyer_practice_service(reqs: list[dict]) -> None:
    """执业证号 of the 17-digit form (1 + 省 36 + 市 + 年 + 类别 + 序号); 考核 备案 with counts and 学时; 年检 uploads;
    阅卷 downloads for a 案号; the back office's 考核 results."""
    f = "lawyer-practice-service"
    lic = re.compile(r"136(?:01|04|07|09|11)(20(?:0[5-9]|1\d|2[0-6]))[1-4]\d{6}")
    for r in of_family(reqs, f, "license-qr-verify"):
        q = query1(r)
        assert lic.fullmatch(q["zyzh"]) and re.fullmatch(r"[0-9a-f]{32}", q["sign"]) and "body" not in r
    for r in of_family(reqs, f, "annual-assessment-filing"):
        d = json_body(r)
        assert lic.fullmatch(d["zyzh"]) and d["jxjyxs"] >= 24 and all(v >= 0 for v in d["ywqk"].values())
    for r in of_family(reqs, f, "firm-inspection-upload"):
        assert {p["type"] for p in _files(r)} <= {PDF, DOCX_TYPE, PNG}
    for r in of_family(reqs, f, "e-file-download"):
        assert _case_ok(query1(r)["ah"]) and query1(r)["wjm"].endswith(".pdf")
    for r in of_family(reqs, f, "lawyer-login"):
        assert lic.fullmatch(form_fields(r)["username"]) and header(r, "Sec-Fetch-Mode") == "navigate"
    for r in of_family(reqs, f, "assessment-backoffice-review"):
        assert json_body(r)["khjg"] in ("称职", "基本称职", "不称职") and lic.fullmatch(json_body(r)["zyzh"])


def test_police_online_report(reqs: list[dict]) -> None:
    """110 网上 报警 at a point in 江西; 诈骗 举报 whose card numbers pass Luhn, whose links are URLs and appear in the
    story as received; screenshots and 随手拍 photos and videos; risk checks of a number, link or card."""
    f = "police-online-report"
    for r in of_family(reqs, f, "online-alarm-110"):
        d = json_body(r)
        assert in_box(JIANGXI, d["lng"], d["lat"]) and id_number_ok(d["bjrsfz"]) and _date_ok(d["fasj"])
    for r in of_family(reqs, f, "telecom-fraud-report"):
        d = json_body(r)
        assert id_number_ok(d["jbrsfz"]) and all(luhn_ok(a["kh"]) for a in d["skzh"])
        assert all(
            urllib.parse.urlsplit(u).scheme in ("http", "https") and urllib.parse.urlsplit(u).netloc for u in d["zpwz"]
        )
        mentioned = [x for x in [d["skzh"][0]["kh"], d["zpwz"][0], d["zpdh"][0]] if x in d["jyaq"]]
        assert mentioned and str(d["ssje"]) in d["jyaq"]
    for r in of_family(reqs, f, "fraud-screenshot-upload"):
        assert {p["type"] for p in _files(r)} == {PNG}
    for r in of_family(reqs, f, "traffic-snapshot-upload"):
        fields = upload_fields(r)
        assert PLATE.fullmatch(fields["hphm"]) and in_box(JIANGXI, fields["lng"], fields["lat"])
        assert {p["type"] for p in _files(r)} in ({JPEG}, {JPEG, "video/mp4"})
    for r in of_family(reqs, f, "risk-check"):
        q = query1(r)
        assert q["type"] in ("phone", "url", "card")
        check = {
            "phone": lambda v: re.fullmatch(r"1[3578]\d{9}", v),
            "card": luhn_ok,
            "url": lambda v: urllib.parse.urlsplit(v).scheme in ("http", "https"),
        }[q["type"]]
        assert check(q["value"]), q


def test_the_sizes_are_even(reqs: list[dict]) -> None:
    """Every (family, shape) group has N requests: the group rule weighs groups alike."""
    assert set(Counter((r["family"], r["shape"]) for r in reqs).values()) == {gen_ak.N}
