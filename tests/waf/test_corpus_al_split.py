"""Corpus AL (tests/waf/data/gen_cms_corpus_al.py): its split and its requests, without a WAF.

Fast tests, in their own module like test_corpus_ak_split.py. Nothing here sends AL through the WAF: AL's
false-positive count is the lead's, after a tuning round on AL's tuning part (docs/waf.md, held-out
discipline). The per-family checks look only at the requests themselves, the way the receiving services would:
JSON bodies with the fields the finance, state-asset and exchange services read, 公民身份号码 whose GB 11643 check
digit is right, 统一 社会 信用 代码 whose GB 32100 check character and GB 11714 组织 机构 代码 check are right,
statements whose parts add up to their totals and whose ratios are their quotients, bids that rise by the 加价 幅度
and extend the 限时 报价 period, bank callbacks whose HMAC signature verifies, dates that exist, points inside 山东,
uploads whose bytes decode as their type (CSV in GB18030, XLSX, PPTX, DOCX, MP4), the XBRL-style instance that
parses and balances, and the legacy GB18030 出租 form. The client key (ADR 0040) is checked against each family's
console rule, pinned here. Never a WAF verdict.
"""

from __future__ import annotations

import hashlib
import hmac
import io
import json
import re
import urllib.parse
import xml.etree.ElementTree as ET
import zipfile
from collections import Counter
from datetime import date
from decimal import Decimal

from tests.waf.corpus_checks import (
    DOCX_TYPE,
    USCC_CHARS,
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
    upload_fields,
    upload_files,
    uscc_ok,
    written_text,
    zip_names,
)
from tests.waf.data import gen_cms_corpus_ak as gen_ak
from tests.waf.data import gen_cms_corpus_al as gen_al

PINNED_HELD_OUT = (
    "receivables-supply-chain-finance",
    "soe-online-supervision",
    "rural-property-exchange",
)  # written once from the docstring's rule: a change of family names would re-split
PINNED_HELD_GROUPS = {  # the (family, shape) groups of the other families the rule holds out (first byte % 4 == 0)
    ("credit-easy-loan-platform", "portal-page"),
    ("emission-rights-trading", "listing-order"),
    ("finance-supervision-workbench", "indicator-drilldown"),
    ("finance-supervision-workbench", "inspection-record-save"),
    ("finance-supervision-workbench", "inspection-task-create"),
    ("finance-supervision-workbench", "interview-receipt-sign"),
    ("finance-supervision-workbench", "risk-dashboard-query"),
    ("guidance-fund-service", "angel-compensation-apply"),
    ("guidance-fund-service", "fund-list-query"),
    ("illegal-fundraising-report", "consumer-complaint"),
    ("illegal-fundraising-report", "report-progress"),
    ("inclusive-insurance-enrol", "agri-crop-enrol"),
    ("inclusive-insurance-enrol", "huiminbao-insure"),
    ("listing-reserve-equity-market", "reserve-audit-console"),
    ("microfinance-offsite-filing", "leasing-xbrl-instance"),
    ("microfinance-offsite-filing", "loan-detail-upload"),
    ("microfinance-offsite-filing", "microloan-monthly-report"),
    ("microfinance-offsite-filing", "report-review-console"),
    ("property-rights-exchange", "deposit-payment"),
}
# ADR 0040: each family's console rule, written down once (re.match on the path); None: no console
PINNED_CONSOLE = {
    "microfinance-offsite-filing": r"/dfjr-admin/",
    "credit-easy-loan-platform": r"/xyd-cms/",
    "property-rights-exchange": r"/cqjy-audit/",
    "rural-property-exchange": r"/nccq-admin/",
    "emission-rights-trading": r"/pwq-admin/",
    "guidance-fund-service": r"/yjjj-admin/",
    "listing-reserve-equity-market": r"/sshb-admin/",
    "illegal-fundraising-report": r"/cfjb-admin/",
    "inclusive-insurance-enrol": None,
    "receivables-supply-chain-finance": None,
    "soe-online-supervision": r"/gzw-jg/",
    "finance-supervision-workbench": r"/jrjg-fxc/",
}

EARLIER = earlier_generators("ak")

corpus, reqs = corpus_fixtures(gen_al)

SHANDONG = ((114.8, 122.7), (34.4, 38.4))  # 山东's extent, (west, east), (south, north)
JPEG, PNG, PDF, MP4, CSV = "image/jpeg", "image/png", "application/pdf", "video/mp4", "text/csv"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
XMBH = re.compile(r"(GR|ZZ|ZC)(2026|2027)SD\d{5}")
MOBILE = re.compile(r"1[3578]\d{9}")
ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]
SS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def _org_code_ok(code: str) -> bool:
    """GB 11714 组织 机构 代码: 8 characters and the mod-11 check character (X for 10, 0 for 11)."""
    if not re.fullmatch(r"[0-9A-Z]{8}[0-9X]", code):
        return False
    r = 11 - sum(int(ch, 36) * w for ch, w in zip(code, ORG_WEIGHTS, strict=False)) % 11
    return code[-1] == {10: "X", 11: "0"}.get(r, str(r))


def _uscc(code: str, prefixes: tuple[str, ...] = ("91", "93")) -> bool:
    """A 统一 社会 信用 代码 of a 山东 subject: the GB 32100 check character, the 登记 管理 部门 and 类别, a 山东
    区划, and the GB 11714 组织 机构 代码 inside it."""
    return uscc_ok(code) and code[:2] in prefixes and code[2:4] == "37" and _org_code_ok(code[8:17])


def _date_ok(text: str) -> bool:
    return date.fromisoformat(text[:10]).year in (2026, 2027)


def _month_ok(text: str) -> bool:
    m = re.fullmatch(r"(2026|2027)-(0[1-9]|1[0-2])", text)
    return bool(m)


def _d(x: object) -> Decimal:
    return Decimal(str(x))


def _han(text: str) -> int:
    return sum("\u4e00" <= ch <= "\u9fff" for ch in text)


def _files(rec: dict) -> list[dict]:
    return upload_files(rec)


def _xlsx_rows(data: bytes) -> list[list[str]]:
    """The rows of a workbook's first sheet (inline strings), as a spreadsheet reader gets them."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert z.testzip() is None
        sheet = ET.fromstring(z.read("xl/worksheets/sheet1.xml"))  # noqa: S314 - the generator's own bytes
    return [[t.text or "" for t in row.iter(f"{SS}t")] for row in sheet.iter(f"{SS}row")]


def _signature_ok(rec: dict) -> bool:
    """A bank's server-to-server push: X-Signature = HMAC-SHA256(bank key, timestamp\\nnonce\\nbody)."""
    key = gen_al.BANK_KEYS[header(rec, "X-App-Id")]
    text = f"{header(rec, 'X-Timestamp')}\n{header(rec, 'X-Nonce')}\n{rec['body']}"
    return hmac.compare_digest(hmac.new(key, text.encode(), hashlib.sha256).hexdigest(), header(rec, "X-Signature"))


def _mp4_ok(data: bytes) -> bool:
    size = int.from_bytes(data[28:32], "big")
    return data[4:12] == b"ftypisom" and data[32:36] == b"mdat" and 28 + size == len(data)


# --- the split, the size and the record contract ----------------------------------------------------


def test_regenerating_gives_the_committed_files(corpus: tuple[list[dict], list[dict]]) -> None:
    assert_regenerates(*corpus, gen_al.TUNING_FILE, gen_al.HELD_OUT_FILE)


def test_large_enough_and_tagged(reqs: list[dict]) -> None:
    assert_sized(reqs, gen_al, (8 * gen_al.N, 8 * gen_al.N), min_requests=1500, min_families=12, min_shapes=8)


def test_the_split_is_the_rule_written_down(corpus: tuple[list[dict], list[dict]]) -> None:
    """Whole families and (family, shape) groups are on one side only; the held-out families are the
    ones the docstring's rule picks (pinned: a change of family names would re-split)."""
    earlier = EARLIER[1:]  # C-AK: B has no SEED of its own to compare
    assert_split_as_written(corpus, gen_al, "corpus-al/", PINNED_HELD_OUT, earlier, parts=(848, 688))
    groups = {(r["family"], r["shape"]) for r in corpus[1] if r["family"] not in PINNED_HELD_OUT}
    assert groups == PINNED_HELD_GROUPS


def test_al_shares_no_family_with_a_to_ak(reqs: list[dict]) -> None:
    assert EARLIER[-1] is gen_ak
    assert_new_families(reqs, *EARLIER)


def test_every_record_is_a_request_its_server_reads_back(reqs: list[dict]) -> None:
    """Well formed, held to AL's own sources and methods, and read back exactly by a plain http.server."""
    assert_sound_requests(reqs, gen_al.check, gen_ak.SOURCES["police-online-report"])


def test_office_records_are_the_consoles(reqs: list[dict]) -> None:
    """ADR 0040: a record is marked "office" exactly when its path is its family's console (the rule pinned here
    and in the generator alike); only "office" is ever written; the share is 10-30 %, spread over families."""
    assert gen_al.CONSOLE == PINNED_CONSOLE
    for r in reqs:
        rule = PINNED_CONSOLE[r["family"]]
        assert ("client" in r) == bool(rule and re.match(rule, r["path"])), r["label"]
        assert r.get("client", "office") == "office"
    assert any("client" in p for p in gen_al.check({**reqs[0], "client": "bank"}))
    office = [r for r in reqs if r.get("client")]
    assert 0.10 <= len(office) / len(reqs) <= 0.30
    assert set(Counter(r["family"] for r in office)) == {f for f, rule in PINNED_CONSOLE.items() if rule}
    assert not any("Mobile" in header(r, "User-Agent") or "MicroMessenger" in header(r, "User-Agent") for r in office)


def test_the_request_kinds_it_was_made_for(reqs: list[dict]) -> None:
    """Page loads, JSON and form posts, an XML instance, uploads, mini-program calls, signed bank pushes."""
    n = gen_al.N
    assert {r["method"] for r in reqs} == {"GET", "POST"}
    ctypes = media_types(reqs)
    assert ctypes["application/json"] == 38 * n and ctypes["multipart/form-data"] == 14 * n
    assert ctypes["application/x-www-form-urlencoded"] == 11 * n and ctypes["application/xml"] == n
    navigations = [r for r in reqs if r["method"] == "GET" and header(r, "Upgrade-Insecure-Requests") == "1"]
    assert len(navigations) == 12 * n and all(header(r, "Accept").startswith("text/html") for r in navigations)
    mini = [r for r in reqs if header(r, "Referer").startswith("https://servicewechat.com/wx")]
    assert len(mini) >= 11 * n and all("MicroMessenger" in header(r, "User-Agent") for r in mini)
    signed = [r for r in reqs if header(r, "X-Signature")]
    assert len(signed) == 2 * n and all(not header(r, "Referer") for r in signed)
    assert_headers_sent(
        reqs,
        (
            "Authorization",
            "X-Token",
            "token",
            "X-Requested-With",
            "Cookie",
            "Origin",
            "Referer",
            "content-type",
            "Sec-Fetch-Site",
            "X-App-Id",
            "X-Timestamp",
            "X-Nonce",
            "X-Signature",
        ),
    )


def test_uploads_open(reqs: list[dict]) -> None:
    """Every uploaded file opens as what its type says: JPEG and PNG framing, PDF header and trailer, DOCX,
    XLSX and PPTX containers with their main part, MP4 files on an ftyp box, CSV text in GB18030."""
    kinds: Counter[str] = Counter()
    ext = {JPEG: ".jpg", PNG: ".png", PDF: ".pdf", DOCX_TYPE: ".docx", MP4: ".mp4", CSV: ".csv", XLSX: ".xlsx"}
    ext[PPTX] = ".pptx"
    for r in reqs:
        if not content_type(r).startswith("multipart/form-data"):
            continue
        assert all(p["name"] for p in multipart_parts(r))
        for p in _files(r):
            kinds[p["type"]] += 1
            assert p["filename"].endswith(ext[p["type"]]), r["label"]
            if p["type"] == MP4:
                assert _mp4_ok(p["data"]), r["label"]
            elif p["type"] == XLSX:
                assert "xl/workbook.xml" in zip_names(p["data"]) and _xlsx_rows(p["data"])
            elif p["type"] == PPTX:
                assert {"ppt/presentation.xml", "ppt/slides/slide1.xml"} <= zip_names(p["data"])
            elif p["type"] == CSV:
                assert p["data"].decode("gb18030").startswith("借款人证件号码,")
                assert not p["data"].isascii()
            else:
                assert common_file_ok(p["data"], p["type"]), r["label"]
    assert set(kinds) == set(ext) and kinds[JPEG] >= 5 * gen_al.N
    assert not _mp4_ok(b"\x00\x00\x00\x1cftypisom" + bytes(40))


def test_text_is_real_text(reqs: list[dict]) -> None:
    """Chinese free text where people type it; every family writes Chinese; the schemes' promises as quoted."""

    def typed(rs: list[dict]) -> str:
        return written_text(rs) + "".join(urllib.parse.unquote(r["path"]) for r in rs)

    per_family = Counter(r["family"] for r in reqs if _han(typed([r])))
    assert set(per_family) == set(gen_al.SOURCES), per_family
    assert _han(typed(reqs)) >= 20000
    text = "".join(r.get("body", "") for r in reqs)
    for mark in (
        "返利",
        "上市",
        "稳赚不赔",
        "保证金",
        "五级分类",
        "放大倍数",
        "同意挂牌",
        "同意入库",
        "整改",
        "专精特新",
        "http://",
        "https://",
    ):
        assert mark in text, mark


def test_the_sizes_are_even(reqs: list[dict]) -> None:
    """Every (family, shape) group has N requests: the group rule weighs groups alike."""
    assert set(Counter((r["family"], r["shape"]) for r in reqs).values()) == {gen_al.N}


def test_the_code_checks_can_fail(reqs: list[dict]) -> None:
    """The check-character helpers refuse a code with its check character changed, and a 统一 社会 信用 代码 whose
    own check was recomputed over a broken 组织 机构 代码."""
    code = json_body(of_family(reqs, "microfinance-offsite-filing", "guarantee-monthly-report")[0])["tyshxydm"]
    assert _uscc(code)
    assert not uscc_ok(code[:-1] + USCC_CHARS[(USCC_CHARS.index(code[-1]) + 1) % 31])
    broken = code[:16] + str((int(code[16], 36) + 1) % 10)
    weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    check = (31 - sum(USCC_CHARS.index(ch) * w for ch, w in zip(broken, weights, strict=True)) % 31) % 31
    assert uscc_ok(broken + USCC_CHARS[check]) and not _uscc(broken + USCC_CHARS[check])
    idno = json_body(of_family(reqs, "illegal-fundraising-report", "fundraising-tip-report")[0])["jbrsfz"]
    assert not id_number_ok(idno[:-1] + ("0" if idno[-1] != "0" else "1"))


# --- the families, checked the way their receiving services would ---------------------------------------------


def test_microfinance_offsite_filing(reqs: list[dict]) -> None:
    """Monthly statements whose 五级 分类 add up to the 贷款 余额, whose 不良 率 is 次级 + 可疑 + 损失 over it and
    whose leverage is 融资 over 净资产 (at most 1); 担保 放大 倍数 at most 10; 典当 余额 the sum of its kinds; an
    XBRL-style instance that balances; 贷款 明细 files whose rows add up to the declared total."""
    f = "microfinance-offsite-filing"
    for r in of_family(reqs, f, "microloan-monthly-report"):
        d = json_body(r)
        parts = [_d(d["dkfl"][k]) for k in ("zc", "gz", "cj", "ky", "ss")]
        assert sum(parts) == _d(d["dkye"]) and _uscc(d["tyshxydm"]) and _month_ok(d["bsqj"])
        assert d["bldkl"] == round(float(sum(parts[2:])) / d["dkye"] * 100, 2)
        assert d["rzbl"] == round(d["rzye"] / d["jzc"], 2) and d["rzye"] <= d["jzc"]
    for r in of_family(reqs, f, "guarantee-monthly-report"):
        d = json_body(r)
        assert sum(d["zbmx"].values()) == d["zbye"] and d["fdbs"] == round(d["zbye"] / d["jzc"], 2) <= 10
    for r in of_family(reqs, f, "pawn-monthly-form"):
        d = form_fields(r)
        assert int(d["fdcdd"]) + int(d["dcdd"]) + int(d["cqdd"]) == int(d["ddye"]) and _uscc(d["tyshxydm"])
        assert header(r, "X-Requested-With") == "XMLHttpRequest"
    ns = {"x": "http://www.xbrl.org/2003/instance", "s": "http://xbrl.example.gov.cn/taxonomy/sd/rzzl/2026-01-01"}
    for r in of_family(reqs, f, "leasing-xbrl-instance"):
        root = ET.fromstring(r["body"])  # noqa: S314 - the generator's own records
        facts = {e.tag.split("}")[1]: e for e in root if e.tag.startswith("{" + ns["s"])}
        v = {k: Decimal(e.text) for k, e in facts.items() if k != "EntityName"}
        assert v["AssetsTotal"] == v["LiabilitiesTotal"] + v["EquityTotal"]
        assert v["RiskAssetsToNetAssets"] == round(v["RiskAssets"] / v["EquityTotal"], 2)
        contexts = {e.get("id") for e in root.findall("x:context", ns)}
        assert all(e.get("contextRef") in contexts for e in facts.values())
        assert _uscc(root.find("x:context/x:entity/x:identifier", ns).text)
        assert _date_ok(root.find("x:context/x:period/x:instant", ns).text)
    for r in of_family(reqs, f, "loan-detail-upload"):
        fields, (upload,) = upload_fields(r), _files(r)
        if upload["type"] == CSV:
            rows = [line.split(",") for line in upload["data"].decode("gb18030").split("\r\n")[1:-1]]
        else:
            rows = _xlsx_rows(upload["data"])[1:]
        assert len(rows) == int(fields["bs"]) and sum(int(x[2]) for x in rows) == int(fields["hjje"])
        assert all(id_number_ok(x[0]) or _uscc(x[0]) for x in rows)
    for r in of_family(reqs, f, "org-roster-query"):
        q = query1(r)
        assert q["jglx"] in gen_al.ORG_KINDS and (not q["city"] or q["city"] in gen_al.CITIES)
    for r in of_family(reqs, f, "report-review-console"):
        d = json_body(r)
        assert d["shjg"] in ("TG", "TH") and (d["shjg"] == "TG") == ("审核通过" in d["shyj"])


def test_credit_easy_loan_platform(reqs: list[dict]) -> None:
    """融资 需求 with the enterprise's code and a long description quoting its revenue; product searches whose rate
    range is a range; consent forms with a valid 法定 代表人 身份证; bank callbacks whose signature verifies and
    that give a reason when they refuse; statements whose 营业 利润 is 收入 less 成本."""
    f = "credit-easy-loan-platform"
    for r in of_family(reqs, f, "financing-demand-post"):
        d = json_body(r)
        assert _uscc(d["tyshxydm"]) and set(d["dbfs"]) <= set(gen_al.GUARANTEES) and d["rzqx"] in (6, 12, 24, 36)
        assert str(d["yysr"]) in d["qyjj"] and _han(d["qyjj"]) >= 80 and MOBILE.fullmatch(d["lxdh"])
    for r in of_family(reqs, f, "product-search"):
        q = query1(r)
        assert float(q["llMin"]) < float(q["llMax"]) and int(q["qxMin"]) < int(q["qxMax"])
    for r in of_family(reqs, f, "credit-auth-consent"):
        d = form_fields(r)
        assert id_number_ok(d["fddbrsfz"]) and _uscc(d["tyshxydm"]) and d["sqjg"] in gen_al.BANKS
        assert d["agree"] == "1" and re.fullmatch(r"\d{6}", d["smsCode"])
    for r in of_family(reqs, f, "bank-accept-callback"):
        d = json_body(r)
        assert _signature_ok(r) and d["bankCode"] == header(r, "X-App-Id")
        assert (d["status"] == "JJ") == (d["sxje"] == 0) == bool(d["fkyy"]) and _date_ok(d["clsj"])
    tampered = {**of_family(reqs, f, "bank-accept-callback")[0]}
    tampered["body"] = tampered["body"].replace('"sxje":', '"sxje":1')
    assert not _signature_ok(tampered)
    for r in of_family(reqs, f, "finance-statement-upload"):
        rows = dict(r2 for r2 in _xlsx_rows(_files(r)[0]["data"])[1:])
        assert int(rows["营业收入"]) - int(rows["营业成本"]) == int(rows["营业利润"])
    for r in of_family(reqs, f, "cms-article-save"):
        html = json_body(r)["content"]
        assert html.count("<p>") == html.count("</p>") == 3 and json_body(r)["lmid"] in gen_al.XYD_CATEGORIES


def test_property_rights_exchange(reqs: list[dict]) -> None:
    """挂牌 项目 编号 of the 类型 + 年 + SD + 序号 form; 意向 受让方 with valid codes and the 承诺; 保证金 at 10, 20
    or 30 % of the 挂牌 价; bids above the current highest by whole 加价 幅度 that restart the 限时 报价 period."""
    f = "property-rights-exchange"
    for r in of_family(reqs, f, "project-list-api"):
        q = query1(r)
        assert int(q["gpjgMin"]) < int(q["gpjgMax"]) and q["xmlx"] in gen_al.XM_TYPES
    for r in of_family(reqs, f, "intent-buyer-register"):
        d = json_body(r)
        assert XMBH.fullmatch(d["xmbh"]) and _uscc(d["tyshxydm"]) and "保证金" in d["srtj"] and d["sfcn"] is True
    for r in of_family(reqs, f, "deposit-payment"):
        d = form_fields(r)
        assert int(d["bzjje"]) * 100 in {int(d["gpjg"]) * k for k in (10, 20, 30)} and XMBH.fullmatch(d["xmbh"])
    for r in of_family(reqs, f, "bid-submit"):
        d = json_body(r)
        rise = d["bjje"] - d["dqzgj"]
        assert rise > 0 and rise % d["jjfd"] == 0 and (d["dqzgj"] - d["qpj"]) % d["jjfd"] == 0
        assert rise <= 3 * d["jjfd"] and XMBH.fullmatch(d["xmbh"])
        if d["bjjd"] == "xsbj":
            assert d["xsbjjs"] == d["bjsj"] + 300_000
        else:
            assert d["bjjd"] == "zybj" and d["xsbjjs"] is None
    for r in of_family(reqs, f, "bid-status-poll"):
        assert XMBH.fullmatch(query1(r)["xmbh"])
    for r in of_family(reqs, f, "deal-announcement-api"):
        q = query1(r)
        assert _date_ok(q["cjrqStart"]) and q["cjrqStart"] < q["cjrqEnd"]
    for r in of_family(reqs, f, "listing-audit-console"):
        d = json_body(r)
        assert (d["shjg"] == "TG") == ("同意挂牌" in d["shyj"]) and d["bdmc"] in gen_al.ASSETS


def test_rural_property_exchange(reqs: list[dict]) -> None:
    """流转 挂牌 whose 总 金额 is 亩 × 年 租金 × 年限 on a 19-digit 地块 编码 of a 山东 county; the legacy 出租 form
    in GB18030, which a UTF-8 reading would garble; 林权 / 水面 with scans; N2 codes of 村级 集体 经济 组织."""
    f = "rural-property-exchange"
    for r in of_family(reqs, f, "land-transfer-listing"):
        d = json_body(r)
        assert d["zje"] == round(d["mj"] * d["gpjg"] * d["lzqx"], 2) and d["cbfmc"].endswith("股份经济合作社")
        assert re.fullmatch(r"37\d{17}", d["dkbm"]) and d["dkbm"][:6] in gen_al.COUNTIES
    for r in of_family(reqs, f, "collective-lease-gbk-form"):
        raw = record_body(r).decode("ascii")
        d = dict(urllib.parse.parse_qsl(raw, strict_parsing=True, encoding="gb18030", errors="strict"))
        assert d["cun"].endswith("村") and int(d["zj"]) > 0 and d["czfs"] in ("公开竞价", "协议出租")
        garbled = dict(urllib.parse.parse_qsl(raw, encoding="utf-8", errors="replace"))
        assert "\ufffd" in garbled["cun"] and r["path"].endswith("method=save")
    for r in of_family(reqs, f, "forest-water-listing"):
        fields = upload_fields(r)
        assert re.fullmatch(r"鲁\(202[56]\)\S+县不动产权第\d{7}号", fields["zh"]) and fields["lx"] in ("lq", "sm")
        assert [p["type"] for p in _files(r)] == [JPEG, PNG]
    for r in of_family(reqs, f, "village-org-filing"):
        d = json_body(r)
        assert _uscc(d["tyshxydm"], ("N2",)) and d["tyshxydm"][2:8] == d["qhdm"][:6] and id_number_ok(d["fzrsfz"])
    for r in of_family(reqs, f, "listing-search"):
        assert query1(r)["qhdm"] in gen_al.COUNTIES
    for r in of_family(reqs, f, "bid-register"):
        assert id_number_ok(form_fields(r)["sfzh"]) and MOBILE.fullmatch(form_fields(r)["lxdh"])
    for r in of_family(reqs, f, "station-audit-console"):
        d = json_body(r)
        assert (d["shjg"] == "1") == ("同意挂牌" in d["shyj"])


def test_emission_rights_trading(reqs: list[dict]) -> None:
    """开户 with the 排污 许可 证 number built on the enterprise's code; orders whose 总价 is 数量 × 单价; 清缴 whose
    CCER 抵销 is at most 5 % of 核查 排放 and whose 配额 and CCER add up to it."""
    f = "emission-rights-trading"
    for r in of_family(reqs, f, "account-open"):
        fields = upload_fields(r)
        assert re.fullmatch(re.escape(fields["tyshxydm"]) + r"001[PVU]", fields["pwxkzh"])
        assert _uscc(fields["tyshxydm"]) and id_number_ok(fields["jbrsfz"])
        assert [p["type"] for p in _files(r)] == [PDF, JPEG]
    for r in of_family(reqs, f, "listing-order"):
        d = json_body(r)
        assert d["zj"] == round(d["sl"] * d["dj"], 2) and d["wrw"] in gen_al.POLLUTANTS and _date_ok(d["yxq"])
    for r in of_family(reqs, f, "agreement-transfer"):
        d = json_body(r)
        assert d["cjje"] == round(d["sl"] * d["dj"], 2) and d["mf"] != d["mrf"] and _uscc(d["mf"]) and _uscc(d["mrf"])
    for r in of_family(reqs, f, "market-quotes"):
        assert _date_ok(query1(r)["rq"]) and query1(r)["pz"] in {"CEA", "CCER", *gen_al.POLLUTANTS}
    for r in of_family(reqs, f, "compliance-surrender"):
        d = json_body(r)
        assert d["ccer"] * 100 <= d["hcpfl"] * 5 and d["pe"] + d["ccer"] == d["qjzl"] == d["hcpfl"]
    for r in of_family(reqs, f, "energy-quota-balance"):
        assert _uscc(query1(r)["tyshxydm"])
    for r in of_family(reqs, f, "quota-verify-console"):
        assert _uscc(json_body(r)["tyshxydm"]) and json_body(r)["yj"].startswith("依据")


def test_guidance_fund_service(reqs: list[dict]) -> None:
    """BPs as PDF or as a deck whose first slide names the company; 管理人 with 中基协 登记 编号; 季报 whose 累计
    投资 is the sum of its holdings; 风险 补偿 at the 50 % the form declares, never above the loss."""
    f = "guidance-fund-service"
    for r in of_family(reqs, f, "project-bp-apply"):
        fields, (bp,) = upload_fields(r), _files(r)
        assert _uscc(fields["tyshxydm"]) and fields["hy"] in gen_al.TRACKS and bp["type"] in (PDF, PPTX)
        if bp["type"] == PPTX:
            with zipfile.ZipFile(io.BytesIO(bp["data"])) as z:
                assert fields["qymc"] in z.read("ppt/slides/slide1.xml").decode()
    for r in of_family(reqs, f, "manager-intake"):
        d = json_body(r)
        assert re.fullmatch(r"P10\d{5}", d["djbh"]) and _uscc(d["tyshxydm"]) and len(d["dbxm"]) == 2
    for r in of_family(reqs, f, "quarterly-post-investment"):
        d = json_body(r)
        assert d["ljtz"] == sum(h["tzje"] for h in d["tzmx"]) and re.fullmatch(r"202[67]Q[1-4]", d["bgqj"])
        assert all(_uscc(h["tyshxydm"]) and 0 < h["cgbl"] <= 20 for h in d["tzmx"])
    for r in of_family(reqs, f, "angel-compensation-apply"):
        d = form_fields(r)
        assert int(d["sqbcje"]) == int(d["ssje"]) * int(d["bcbl"]) // 100 and int(d["ssje"]) <= int(d["tzje"])
    for r in of_family(reqs, f, "investor-intent"):
        assert MOBILE.fullmatch(json_body(r)["lxdh"]) and _han(json_body(r)["ly"]) >= 15
    for r in of_family(reqs, f, "manager-review-console"):
        d = json_body(r)
        assert (d["shjg"] == "RK") == ("同意入库" in d["shyj"])


def test_listing_reserve_equity_market(reqs: list[dict]) -> None:
    """后备 企业 with three consecutive years of figures; 路演 sign-ups; XLSX figures; MP4 路演 videos."""
    f = "listing-reserve-equity-market"
    for r in of_family(reqs, f, "reserve-enterprise-fill"):
        d = json_body(r)
        assert [y["nd"] for y in d["cwsj"]] == [2023, 2024, 2025] and all(y["jlr"] < y["yysr"] for y in d["cwsj"])
        assert _uscc(d["tyshxydm"]) and d["nsbk"] in gen_al.BOARDS
    for r in of_family(reqs, f, "roadshow-signup"):
        assert MOBILE.fullmatch(form_fields(r)["lxdh"])
    for r in of_family(reqs, f, "finance-data-upload"):
        rows = _xlsx_rows(_files(r)[0]["data"])
        assert [x[0] for x in rows[1:]] == ["2023", "2024", "2025"] and _uscc(upload_fields(r)["tyshxydm"])
    for r in of_family(reqs, f, "roadshow-video-upload"):
        assert [p["type"] for p in _files(r)] == [MP4] and _mp4_ok(_files(r)[0]["data"])
    for r in of_family(reqs, f, "reserve-audit-console"):
        d = json_body(r)
        assert (d["shjg"] == "RK") == ("同意入库" in d["shyj"]) and _uscc(d["tyshxydm"])


def test_illegal_fundraising_report(reqs: list[dict]) -> None:
    """线索 with the reporter's valid 身份证, the scheme's account (Luhn), links and numbers that appear in the
    narrative as received, the promised return in %; complaints naming the firm; screenshots and recordings."""
    f = "illegal-fundraising-report"
    for r in of_family(reqs, f, "fundraising-tip-report"):
        d = json_body(r)
        assert id_number_ok(d["jbrsfz"]) and all(luhn_ok(a["zh"]) for a in d["skzh"])
        assert all(urllib.parse.urlsplit(u).scheme in ("http", "https") for u in d["wz"])
        assert str(d["sjje"]) in d["jbnr"] and d["cnsy"][:-1] in d["jbnr"] and re.fullmatch(r"[\d.]+%", d["cnsy"])
        assert any(x in d["jbnr"] for x in (d["skzh"][0]["zh"], d["wz"][0], d["dh"][0])) and _han(d["jbnr"]) >= 80
        assert d["szd"] in gen_al.CITIES and d["bjbdx"] in gen_al.SCHEME_APPS
    for r in of_family(reqs, f, "consumer-complaint"):
        d = form_fields(r)
        assert id_number_ok(d["sfzh"]) and d["btsjg"] in d["tsnr"] and _han(d["tsnr"]) >= 40
    for r in of_family(reqs, f, "evidence-image-upload"):
        assert {p["type"] for p in _files(r)} <= {PNG, JPEG} and 1 <= len(_files(r)) <= 3
    for r in of_family(reqs, f, "video-evidence-upload"):
        assert [p["type"] for p in _files(r)] == [MP4]
    for r in of_family(reqs, f, "report-progress"):
        q = query1(r)
        assert re.fullmatch(r"CF\d{14}", q["jbbh"]) and _date_ok(f"{q['jbbh'][2:6]}-{q['jbbh'][6:8]}-{q['jbbh'][8:10]}")
    for r in of_family(reqs, f, "sms-code"):
        assert MOBILE.fullmatch(form_fields(r)["mobile"])
    for r in of_family(reqs, f, "clue-dispatch-console"):
        assert json_body(r)["jsdw"].endswith("防范和处置非法集资工作领导小组办公室")


def test_inclusive_insurance_enrol(reqs: list[dict]) -> None:
    """惠民保 家庭 单 with the 本人 first, valid 身份证 numbers and a premium of 单价 × 人数; 种植 险 投保 whose
    premium is 亩 × 保额 × 费率 and whose 财政 / 农户 shares add up to it; 报案 at a point in 山东."""
    f = "inclusive-insurance-enrol"
    for r in of_family(reqs, f, "huiminbao-insure"):
        d = json_body(r)
        assert d["bbxr"][0]["gx"] == "本人" and all(id_number_ok(p["sfzh"]) for p in d["bbxr"])
        assert d["dj"] == gen_al.HMB_PREMIUM[d["fa"]] and d["zbf"] == d["dj"] * len(d["bbxr"])
    for r in of_family(reqs, f, "premium-pay-order"):
        d = form_fields(r)
        assert re.fullmatch(r"HMB\d{16}", d["orderNo"]) and re.fullmatch(r"o[A-Za-z0-9]{27}", d["openid"])
    for r in of_family(reqs, f, "claim-material-upload"):
        assert [p["type"] for p in _files(r)] == [JPEG, PDF]
    for r in of_family(reqs, f, "policy-query"):
        assert id_number_ok(query1(r)["sfzh"])
    for r in of_family(reqs, f, "special-drug-search"):
        assert query1(r)["keyword"] in gen_al.SPECIAL_DRUGS
    for r in of_family(reqs, f, "agri-crop-enrol"):
        d = json_body(r)
        cover, rate = gen_al.CROPS_INSURED[d["zw"]]
        assert (d["dwbe"], d["fl"]) == (cover, rate) and abs(_d(d["bf"]) - _d(d["mj"] * cover * rate)) < Decimal("0.01")
        assert sum(_d(v) for v in d["bfft"].values()) == _d(d["bf"]) and set(d["bfft"]) == set(gen_al.SUBSIDY)
        assert id_number_ok(d["sfzh"]) and luhn_ok(d["yhk"])
    for r in of_family(reqs, f, "agri-claim-report"):
        d = json_body(r)
        assert in_box(SHANDONG, d["lng"], d["lat"]) and _date_ok(d["cxsj"]) and MOBILE.fullmatch(d["lxdh"])


def test_receivables_supply_chain_finance(reqs: list[dict]) -> None:
    """合同 融资 at most 90 % of the 合同 金额 on a 山东 采购 合同 编号; 应收 账款 登记 whose 总额 is the sum of its
    items; bank quotes whose signature verifies; 合同 scans."""
    f = "receivables-supply-chain-finance"
    contract = re.compile(r"SDGP37\d{4}(2026|2027)\d{6}")
    for r in of_family(reqs, f, "contract-finance-apply"):
        d = json_body(r)
        assert contract.fullmatch(d["htbh"]) and d["sqje"] * 10 <= d["htje"] * 9 and _uscc(d["gystyshxydm"])
    for r in of_family(reqs, f, "receivable-registration"):
        d = json_body(r)
        assert d["zje"] == sum(i["je"] for i in d["yszkmx"]) and all(_date_ok(i["dqr"]) for i in d["yszkmx"])
        assert _uscc(d["czrdm"]) and _uscc(d["zqrdm"])
    for r in of_family(reqs, f, "bank-quote-list"):
        assert contract.fullmatch(query1(r)["htbh"])
    for r in of_family(reqs, f, "bank-quote-push"):
        d = json_body(r)
        assert _signature_ok(r) and d["yhdm"] == header(r, "X-App-Id") and 3 <= d["nhll"] <= 4.2
    for r in of_family(reqs, f, "contract-scan-upload"):
        assert _files(r)[0]["type"] == PDF and contract.fullmatch(upload_fields(r)["htbh"])
    for r in of_family(reqs, f, "purchaser-confirm"):
        assert form_fields(r)["qrjg"] in ("0", "1") and form_fields(r)["cgr"] in gen_al.PURCHASERS
    for r in of_family(reqs, f, "finance-progress"):
        assert re.fullmatch(r"ZR\d{14}", query1(r)["sqbh"])


def test_soe_online_supervision(reqs: list[dict]) -> None:
    """三重一大 报送 whose 同意 + 反对 + 弃权 is the 出席 count and whose 结果 follows the majority; 产权 登记 whose
    出资 shares make 100 %; 可研 reports as PDF or DOCX; 资产 负债 率 as 负债 over 资产."""
    f = "soe-online-supervision"
    for r in of_family(reqs, f, "sanzhong-yida-report"):
        d = json_body(r)
        assert d["ty"] + d["fd"] + d["qq"] == d["chrs"] and (d["jyjg"] == "通过") == (d["ty"] * 2 > d["chrs"])
        assert d["yt"] in gen_al.TOPICS[d["sxlb"]] and _uscc(d["qydm"]) and _date_ok(d["hyrq"])
    for r in of_family(reqs, f, "property-registration"):
        d = json_body(r)
        assert sum(p["bl"] for p in d["czr"]) == 100 and all(p["bl"] > 0 for p in d["czr"])
    for r in of_family(reqs, f, "investment-filing"):
        assert [p["type"] for p in _files(r)] in ([PDF], [DOCX_TYPE]) and _uscc(upload_fields(r)["qydm"])
    for r in of_family(reqs, f, "monthly-finance-kpi"):
        d = json_body(r)
        assert d["zcfzl"] == round(d["fzze"] / d["zcze"] * 100, 2) and d["fzze"] < d["zcze"] and _month_ok(d["yf"])
    for r in of_family(reqs, f, "review-console-list"):
        assert query1(r)["ksrq"] < query1(r)["jsrq"]
    for r in of_family(reqs, f, "review-console-decide"):
        d = json_body(r)
        assert (d["shjg"] == "YS") == ("已阅" in d["yj"])


def test_finance_supervision_workbench(reqs: list[dict]) -> None:
    """The workbench's queries by month; 检查 任务 with a window that exists and valid codes; 提示 函 numbers of
    the 鲁金管风提〔年〕号 form; firms' 整改 报告 as DOCX; 约谈 回执 signed on a real date."""
    f = "finance-supervision-workbench"
    for r in of_family(reqs, f, "risk-dashboard-query"):
        assert _month_ok(query1(r)["qj"])
    for r in of_family(reqs, f, "indicator-drilldown"):
        d = json_body(r)
        assert d["qjStart"] <= d["qjEnd"] and d["zb"] in gen_al.INDICATORS
    for r in of_family(reqs, f, "inspection-task-create"):
        d = json_body(r)
        assert d["kssj"] < d["jssj"] and _date_ok(d["kssj"]) and all(_uscc(x) for x in d["jcdx"])
    for r in of_family(reqs, f, "inspection-record-save"):
        assert [p["type"] for p in _files(r)] == [JPEG] and _uscc(upload_fields(r)["jcdx"])
    for r in of_family(reqs, f, "warning-dispatch"):
        assert re.fullmatch(r"鲁金管风提〔202[67]〕[1-9]\d{0,2}号", json_body(r)["tsh"])
    for r in of_family(reqs, f, "rectify-report-upload"):
        (report,) = _files(r)
        assert (
            report["type"] == DOCX_TYPE
            and "整改报告" in zipfile.ZipFile(io.BytesIO(report["data"])).read("word/document.xml").decode()
        )
    for r in of_family(reqs, f, "interview-receipt-sign"):
        assert _date_ok(json_body(r)["qssj"]) and _uscc(json_body(r)["jgdm"])
    for r in of_family(reqs, f, "risk-alert-page"):
        assert header(r, "Sec-Fetch-Mode") in ("navigate", "") and r["path"].startswith("/jrzz/fxts/")


def test_bodies_parse_as_json_where_they_say_so(reqs: list[dict]) -> None:
    """Every JSON body is an object (what the services' controllers bind)."""
    for r in reqs:
        if content_type(r).startswith("application/json"):
            assert isinstance(json.loads(r["body"]), dict), r["label"]
