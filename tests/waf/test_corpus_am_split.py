"""Corpus AM (tests/waf/data/gen_cms_corpus_am.py): its split and its requests, without a WAF.

Fast tests, in their own module like test_corpus_al_split.py. Nothing here sends AM through the WAF: AM's
false-positive count is the lead's, after a tuning round on AM's tuning part (docs/waf.md, held-out
discipline). The per-family checks look only at the requests themselves, the way the receiving tax, fee and finance
services would: JSON bodies with the fields they read, 公民身份号码 whose GB 11643 check digit is right, 统一 社会
信用 代码 whose GB 32100 check character and GB 11714 组织 机构 代码 check are right, 增值税 申报 栏次 that follow the
表's formulas, invoice lines whose 金额 × 税率 = 税额 and whose totals add up, 个税 computed by the published annual
brackets, 专项 附加 扣除 at the published standards, 附加 税费 at their rates with the 减半, 加处 罚款 capped at the
罚款, 退税额 = 计税 金额 × 退税率, bank callbacks whose HMAC signature verifies, dates that exist, 票据 代码 and 校验码
of the right form, uploads whose bytes decode as their type (XLSX, DOCX, PDF, PNG, JPEG, MP4, a ZIP 申报 package
whose XML balances), and the legacy GB18030 form. The client key (ADR 0040) is checked against each family's console
rule, pinned here. Never a WAF verdict.
"""

from __future__ import annotations

import base64
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
from decimal import ROUND_HALF_UP, Decimal

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
from tests.waf.data import gen_cms_corpus_al as gen_al
from tests.waf.data import gen_cms_corpus_am as gen_am

PINNED_HELD_OUT = (
    "social-fee-resident-pay",
    "digital-einvoice-issue",
    "fiscal-budget-integration",
)  # written once from the docstring's rule: a change of family names would re-split
PINNED_HELD_GROUPS = {  # the (family, shape) groups of the other families the rule holds out (first byte % 4 == 0)
    ("etax-declaration-hall", "portal-page"),
    ("etax-declaration-hall", "statement-upload"),
    ("etax-declaration-hall", "surtax-return"),
    ("export-rebate-service", "online-declare"),
    ("fiscal-ebill-ledger", "bill-check-by-code"),
    ("fiscal-ebill-ledger", "bill-issue-review-console"),
    ("fiscal-ebill-ledger", "bill-wallet-collect"),
    ("fiscal-ebill-ledger", "school-fee-bill-query"),
    ("nontax-unified-collection", "realestate-fee-pay"),
    ("tax-12366-desk", "kb-article-list"),
    ("tax-12366-desk", "kb-article-save"),
    ("tax-credit-agency", "credit-rating-query"),
    ("tax-credit-agency", "evidence-upload"),
    ("tax-credit-agency", "reevaluation-review-console"),
    ("tax-preference-filing", "disabled-wage-deduction"),
    ("tax-preference-filing", "high-tech-apply"),
    ("tax-preference-filing", "retained-docs-upload"),
    ("tax-risk-workbench", "audit-batch-approve"),
    ("tax-risk-workbench", "risk-task-list"),
    ("tax-risk-workbench", "site-evidence-upload"),
}
# ADR 0040: each family's console rule, written down once (re.match on the path); None: no console
PINNED_CONSOLE = {
    "etax-declaration-hall": None,
    "digital-einvoice-issue": None,
    "iit-annual-reconcile": None,
    "social-fee-resident-pay": None,
    "nontax-unified-collection": r"/fsjk-zsdw/",
    "fiscal-ebill-ledger": r"/pjgl-admin/",
    "export-rebate-service": None,
    "tax-preference-filing": None,
    "tax-credit-agency": r"/nsxy-fh/",
    "tax-12366-desk": r"/zsk-cms/",
    "fiscal-budget-integration": r"/ysyth/",
    "tax-risk-workbench": r"/(fxyd-gzt|sbsh-kzt)/",
}

EARLIER = earlier_generators("al")

corpus, reqs = corpus_fixtures(gen_am)

JPEG, PNG, PDF, MP4, ZIP = "image/jpeg", "image/png", "application/pdf", "video/mp4", "application/zip"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
MOBILE = re.compile(r"1[3578]\d{9}")
ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]
SS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
CENT = Decimal("0.01")
EINVOICE_NO = re.compile(r"(26|27)41[12]\d{15}")
HENAN = tuple(gen_am.COUNTIES)


def _org_code_ok(code: str) -> bool:
    """GB 11714 组织 机构 代码: 8 characters and the mod-11 check character (X for 10, 0 for 11)."""
    if not re.fullmatch(r"[0-9A-Z]{8}[0-9X]", code):
        return False
    r = 11 - sum(int(ch, 36) * w for ch, w in zip(code, ORG_WEIGHTS, strict=False)) % 11
    return code[-1] == {10: "X", 11: "0"}.get(r, str(r))


def _uscc(code: str, prefixes: tuple[str, ...] = ("91",)) -> bool:
    """A 统一 社会 信用 代码 of a 河南 subject: the GB 32100 check character, the 登记 管理 部门 and 类别, a 河南
    区划, and the GB 11714 组织 机构 代码 inside it."""
    return uscc_ok(code) and code[:2] in prefixes and code[2:8] in HENAN and _org_code_ok(code[8:17])


def _id(n: str) -> bool:
    """A 河南 公民身份号码 with its GB 11643 check digit and a birth date that exists."""
    return id_number_ok(n) and n[:6] in HENAN and _born(n) is not None


def _born(n: str) -> date | None:
    try:
        return date(int(n[6:10]), int(n[10:12]), int(n[12:14]))
    except ValueError:
        return None


def _date_ok(text: str) -> bool:
    return date.fromisoformat(text[:10]).year in (2026, 2027)


def _month_ok(text: str) -> bool:
    return bool(re.fullmatch(r"(2026|2027)-(0[1-9]|1[0-2])", text))


def _d(x: object) -> Decimal:
    return Decimal(str(x))


def _rate(amount: object, rate: object) -> Decimal:
    """``amount`` × ``rate`` rounded half up to the cent, as the 申报 表 and the 发票 平台 round."""
    return (_d(amount) * _d(rate)).quantize(CENT, rounding=ROUND_HALF_UP)


def _han(text: str) -> int:
    return sum("\u4e00" <= ch <= "\u9fff" for ch in text)


def _xlsx_rows(data: bytes) -> list[list[str]]:
    """The rows of a workbook's first sheet (inline strings), as a spreadsheet reader gets them."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert z.testzip() is None
        sheet = ET.fromstring(z.read("xl/worksheets/sheet1.xml"))  # noqa: S314 - the generator's own bytes
    return [[t.text or "" for t in row.iter(f"{SS}t")] for row in sheet.iter(f"{SS}row")]


def _signature_ok(rec: dict, keys: dict[str, bytes] | bytes) -> bool:
    """A server-to-server push: X-Signature = HMAC-SHA256(key, timestamp\\nnonce\\nbody)."""
    key = keys if isinstance(keys, bytes) else keys[header(rec, "X-App-Id")]
    text = f"{header(rec, 'X-Timestamp')}\n{header(rec, 'X-Nonce')}\n{rec['body']}"
    return hmac.compare_digest(hmac.new(key, text.encode(), hashlib.sha256).hexdigest(), header(rec, "X-Signature"))


def _mp4_ok(data: bytes) -> bool:
    size = int.from_bytes(data[28:32], "big")
    return data[4:12] == b"ftypisom" and data[32:36] == b"mdat" and 28 + size == len(data)


def _docx_text(data: bytes) -> str:
    return zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode()


# --- the split, the size and the record contract ----------------------------------------------------


def test_regenerating_gives_the_committed_files(corpus: tuple[list[dict], list[dict]]) -> None:
    assert_regenerates(*corpus, gen_am.TUNING_FILE, gen_am.HELD_OUT_FILE)


def test_large_enough_and_tagged(reqs: list[dict]) -> None:
    assert_sized(reqs, gen_am, (8 * gen_am.N, 9 * gen_am.N), min_requests=1500, min_families=12, min_shapes=8)


def test_the_split_is_the_rule_written_down(corpus: tuple[list[dict], list[dict]]) -> None:
    """Whole families and (family, shape) groups are on one side only; the held-out families are the
    ones the docstring's rule picks (pinned: a change of family names would re-split)."""
    earlier = EARLIER[1:]  # C-AL: B has no SEED of its own to compare
    assert_split_as_written(corpus, gen_am, "corpus-am/", PINNED_HELD_OUT, earlier, parts=(848, 704))
    groups = {(r["family"], r["shape"]) for r in corpus[1] if r["family"] not in PINNED_HELD_OUT}
    assert groups == PINNED_HELD_GROUPS


def test_am_shares_no_family_with_a_to_al(reqs: list[dict]) -> None:
    assert EARLIER[-1] is gen_al
    assert_new_families(reqs, *EARLIER)


def test_every_record_is_a_request_its_server_reads_back(reqs: list[dict]) -> None:
    """Well formed, held to AM's own sources and methods, and read back exactly by a plain http.server."""
    assert_sound_requests(reqs, gen_am.check, gen_al.SOURCES["soe-online-supervision"])


def test_office_records_are_the_consoles(reqs: list[dict]) -> None:
    """ADR 0040: a record is marked "office" exactly when its path is its family's console (the rule pinned here
    and in the generator alike); only "office" is ever written; the share is 10-30 %, spread over families."""
    assert gen_am.CONSOLE == PINNED_CONSOLE
    for r in reqs:
        rule = PINNED_CONSOLE[r["family"]]
        assert ("client" in r) == bool(rule and re.match(rule, r["path"])), r["label"]
        assert r.get("client", "office") == "office"
    assert any("client" in p for p in gen_am.check({**reqs[0], "client": "taxpayer"}))
    office = [r for r in reqs if r.get("client")]
    assert 0.10 <= len(office) / len(reqs) <= 0.30
    assert set(Counter(r["family"] for r in office)) == {f for f, rule in PINNED_CONSOLE.items() if rule}
    assert not any("Mobile" in header(r, "User-Agent") or "MicroMessenger" in header(r, "User-Agent") for r in office)


def test_the_request_kinds_it_was_made_for(reqs: list[dict]) -> None:
    """Page loads, JSON and form posts, uploads, mini-program calls, signed pushes, 乐企 calls, a client tool."""
    n = gen_am.N
    assert {r["method"] for r in reqs} == {"GET", "POST"}
    ctypes = media_types(reqs)
    assert ctypes["application/json"] == 46 * n and ctypes["multipart/form-data"] == 13 * n
    assert ctypes["application/x-www-form-urlencoded"] == 4 * n and ctypes["text/plain"] == 2 * n
    navigations = [r for r in reqs if r["method"] == "GET" and header(r, "Upgrade-Insecure-Requests") == "1"]
    assert len(navigations) == 5 * n and all(header(r, "Accept").startswith("text/html") for r in navigations)
    mini = [r for r in reqs if header(r, "Referer").startswith("https://servicewechat.com/wx")]
    assert len(mini) == 5 * n and all("MicroMessenger" in header(r, "User-Agent") for r in mini)
    signed = [r for r in reqs if header(r, "X-Signature")]
    assert len(signed) == 3 * n and all(not header(r, "Referer") for r in signed)
    assert_headers_sent(
        reqs,
        (
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
            "fwbm",
            "nlbm",
            "jrdwptbh",
            "sydwptbh",
            "access_signature",
            "sxcsbz",
            "X-Client-Version",
        ),
    )


def test_uploads_open(reqs: list[dict]) -> None:
    """Every uploaded file opens as what its type says: JPEG and PNG framing, PDF header and trailer, DOCX and
    XLSX containers with their main part, MP4 files on an ftyp box, the ZIP 申报 package."""
    kinds: Counter[str] = Counter()
    ext = {JPEG: ".jpg", PNG: ".png", PDF: ".pdf", DOCX_TYPE: ".docx", MP4: ".mp4", XLSX: ".xlsx", ZIP: ".zip"}
    for r in reqs:
        if not content_type(r).startswith("multipart/form-data"):
            continue
        assert all(p["name"] for p in multipart_parts(r))
        for p in upload_files(r):
            kinds[p["type"]] += 1
            assert p["filename"].endswith(ext[p["type"]]), r["label"]
            if p["type"] == MP4:
                assert _mp4_ok(p["data"]), r["label"]
            elif p["type"] == XLSX:
                assert "xl/workbook.xml" in zip_names(p["data"]) and _xlsx_rows(p["data"])
            elif p["type"] == ZIP:
                assert "SBSJ.xml" in zip_names(p["data"])
            else:
                assert common_file_ok(p["data"], p["type"]), r["label"]
    assert set(kinds) == set(ext) and kinds[PDF] >= 4 * gen_am.N
    assert not _mp4_ok(b"\x00\x00\x00\x1cftypisom" + bytes(40))


def test_text_is_real_text(reqs: list[dict]) -> None:
    """Chinese free text where people type it; every family writes Chinese; the policies as quoted."""

    def typed(rs: list[dict]) -> str:
        return written_text(rs) + "".join(urllib.parse.unquote(r["path"]) for r in rs)

    per_family = Counter(r["family"] for r in reqs if _han(typed([r])))
    assert set(per_family) == set(gen_am.SOURCES), per_family
    assert _han(typed(reqs)) >= 20000
    text = "".join(r.get("body", "") for r in reqs)
    for mark in (
        "公告2023年第12号",
        "公告2024年第11号",
        "第二十九条",
        "进项税额转出",
        "专项附加扣除",
        "滞纳金",
        "《纳税信用管理办法》",
        "勾选抵扣",
        "走逃（失联）",
    ):
        assert mark in text, mark


def test_the_sizes_are_even(reqs: list[dict]) -> None:
    """Every (family, shape) group has N requests: the group rule weighs groups alike."""
    assert set(Counter((r["family"], r["shape"]) for r in reqs).values()) == {gen_am.N}


def test_the_code_checks_can_fail(reqs: list[dict]) -> None:
    """The check-character helpers refuse a code with its check character changed, a 统一 社会 信用 代码 whose own
    check was recomputed over a broken 组织 机构 代码, and an 身份证 number with a changed check digit."""
    code = json_body(of_family(reqs, "etax-declaration-hall", "identity-switch")[0])["nsrsbh"]
    assert _uscc(code)
    assert not uscc_ok(code[:-1] + USCC_CHARS[(USCC_CHARS.index(code[-1]) + 1) % 31])
    broken = code[:16] + str((int(code[16], 36) + 1) % 10)
    weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    check = (31 - sum(USCC_CHARS.index(ch) * w for ch, w in zip(broken, weights, strict=True)) % 31) % 31
    assert uscc_ok(broken + USCC_CHARS[check]) and not _uscc(broken + USCC_CHARS[check])
    idno = json_body(of_family(reqs, "iit-annual-reconcile", "annual-income-fill")[0])["sfzjhm"]
    assert _id(idno) and not _id(idno[:-1] + ("0" if idno[-1] != "0" else "1"))
    assert _rate("100.00", "0.13") != Decimal("13.01")


# --- the families, checked the way their receiving services would ---------------------------------------------


def test_etax_declaration_hall(reqs: list[dict]) -> None:
    """增值税 主表 栏次 by the 表's formulas (11 = Σ 附列 (一) 销项; 17 = 12 + 13 - 14; 18 = min(17, 11); 19 = 11 - 18;
    20 = 17 - 18); 附加 税费 at 7 / 5 / 1, 3 and 2 % with the 减半 when claimed; balance sheets that balance;
    payments whose total is the sum of their items; document queries over a window that exists."""
    f = "etax-declaration-hall"
    for r in of_family(reqs, f, "identity-switch"):
        d = json_body(r)
        assert _uscc(d["nsrsbh"]) and _id(d["zrrsfzjhm"]) and d["swjgDm"] == f"1{d['nsrsbh'][2:8]}0000"
        assert d["yhsf"] in ("BSY", "CWFZR", "FDDBR", "GPY") and re.fullmatch(r"1\d{19}", d["djxh"])
    for r in of_family(reqs, f, "vat-general-return"):
        d = json_body(r)
        zb = {k: _d(v) for k, v in d["zb"].items()}
        assert all(_rate(x["xse"], x["slv"] / 100) == _d(x["xxse"]) and x["slv"] in (13, 9, 6) for x in d["fb1"])
        assert zb["1"] == sum(_d(x["xse"]) for x in d["fb1"]) and zb["11"] == sum(_d(x["xxse"]) for x in d["fb1"])
        assert zb["17"] == zb["12"] + zb["13"] - zb["14"] and zb["18"] == min(zb["17"], zb["11"])
        assert zb["19"] == zb["11"] - zb["18"] == zb["24"] and zb["20"] == zb["17"] - zb["18"] >= 0
        assert _uscc(d["nsrsbh"]) and d["skssqq"][:7] == d["skssqz"][:7] and d["skssqq"].endswith("-01")
        assert date.fromordinal(date.fromisoformat(d["skssqz"]).toordinal() + 1).day == 1 and _date_ok(d["skssqq"])
    for r in of_family(reqs, f, "surtax-return"):
        d = json_body(r)
        rates = {"10109": gen_am.CJS_RATES[d["nsrszd"]], "30203": 3, "30216": 2}
        for x in d["fjsfxx"]:
            assert _d(x["sl"]) * 100 == rates[x["zsxmDm"]] and _rate(x["jsyj"], x["sl"]) == _d(x["bqynsfe"])
            cut = _rate(x["bqynsfe"], "0.5") if d["lsglbz"] == "Y" else 0
            assert _d(x["bqjmsfe"]) == cut and _d(x["bqybtsfe"]) == _d(x["bqynsfe"]) - cut
    for r in of_family(reqs, f, "statement-upload"):
        rows = {x[0]: int(x[2]) for x in _xlsx_rows(upload_files(r)[0]["data"])[1:]}
        assert rows["资产总计"] == rows["流动资产合计"] + rows["非流动资产合计"]
        assert rows["负债合计"] + rows["所有者权益（或股东权益）合计"] == rows["资产总计"]
        assert rows["负债和所有者权益（或股东权益）总计"] == rows["资产总计"] and _uscc(upload_fields(r)["nsrsbh"])
    for r in of_family(reqs, f, "return-correction"):
        d = json_body(r)
        assert _month_ok(d["skssq"]) and d["skssq"] in d["gzyy"] and _han(d["gzyy"]) >= 60
    for r in of_family(reqs, f, "tripartite-agreement"):
        d = form_fields(r)
        assert d["khyhmc"] == gen_am.BANKS[d["yhhbDm"]] and _uscc(d["nsrsbh"]) and re.fullmatch(r"\d{19,22}", d["jkzh"])
    for r in of_family(reqs, f, "tax-payment-deduct"):
        d = json_body(r)
        assert sum(_d(x["se"]) for x in d["jkmx"]) == _d(d["hj"]) and d["jkfs"] in ("SFXY", "YHDK", "SMZF")
    for r in of_family(reqs, f, "document-query"):
        q = query1(r)
        assert _date_ok(q["cjrqq"]) and q["cjrqq"] < q["cjrqz"] and q["wslx"] in gen_am.DOC_TYPES


def _invoice_ok(lines: list[dict], d: dict) -> None:
    for x in lines:
        short, name, rate, unit = gen_am.TAX_CODES[x["sphfwssflhbbm"]]
        assert (x["spfwjc"], x["xmmc"], x["dw"]) == (short, name, unit) and x["hwhyslwfwmc"] == f"*{short}*{name}"
        assert _d(x["slv"]) * 100 == rate and _rate(x["je"], x["slv"]) == _d(x["se"])
        assert _d(x["je"]) == _d(x["dj"]) * x["sl"] and _d(x["hsje"]) == _d(x["je"]) + _d(x["se"])
    assert _d(d["hjje"]) == sum(_d(x["je"]) for x in lines) and _d(d["hjse"]) == sum(_d(x["se"]) for x in lines)
    assert _d(d["jshj"]) == _d(d["hjje"]) + _d(d["hjse"])


def test_digital_einvoice_issue(reqs: list[dict]) -> None:
    """蓝字 lines on the 税收 分类 编码 table, 金额 × 税率 = 税额, totals that add up; 红字 确认单 lines that negate
    the 蓝字 lines they name, on a 20-digit 数电票 号码; 乐企 calls whose body is SM4 blocks in base64 and whose
    headers name the 能力 and 服务; downloads in the three formats."""
    f = "digital-einvoice-issue"
    for r in of_family(reqs, f, "blue-invoice-issue"):
        d = json_body(r)
        _invoice_ok(d["fpmxList"], d)
        assert _uscc(d["xsfnsrsbh"]) and _uscc(d["gmfnsrsbh"]) and d["fppz"] in ("01", "02") and _date_ok(d["kprq"])
    for r in of_family(reqs, f, "red-confirm-apply"):
        d = json_body(r)
        _invoice_ok(d["hzqrxxmxList"], d)
        assert all(x["sl"] < 0 and _d(x["je"]) < 0 and x["dylzfpmxxh"] == x["mxxh"] for x in d["hzqrxxmxList"])
        assert EINVOICE_NO.fullmatch(d["lzfphm"]) and d["chyy"] == gen_am.RED_REASONS[d["chyyDm"]]
    for r in of_family(reqs, f, "credit-limit-query"):
        assert _uscc(query1(r)["nsrsbh"]) and _month_ok(query1(r)["sxedsq"])
    for shape in ("leqi-invoice-upload", "leqi-limit-query"):
        for r in of_family(reqs, f, shape):
            raw = base64.b64decode(r["body"], validate=True)
            assert len(raw) % 16 == 0 and r["path"] == f"/access/v2/invoke/{header(r, 'nlbm')}/{header(r, 'fwbm')}"
            assert header(r, "fwbm") == {"leqi-invoice-upload": "QDFPSC", "leqi-limit-query": "CXSXED"}[shape]
            assert header(r, "sxcsbz") in ("0", "1") and re.fullmatch(r"[0-9a-f]{64}", header(r, "access_signature"))
    for r in of_family(reqs, f, "invoice-download"):
        q = query1(r)
        assert (
            EINVOICE_NO.fullmatch(q["fphm"]) and q["fphm"][:2] == q["kprq"][2:4] and q["wjgs"] in ("OFD", "PDF", "XML")
        )
    for r in of_family(reqs, f, "tax-code-search"):
        assert _han(query1(r)["keyword"]) >= 2
    for r in of_family(reqs, f, "qr-title-submit"):
        d = json_body(r)
        assert _uscc(d["gmfnsrsbh"]) and MOBILE.fullmatch(d["gmfsj"]) and "@" in d["gmfyx"]


def test_iit_annual_reconcile(reqs: list[dict]) -> None:
    """收入额 = 工资 + 80 % 劳务 + 56 % 稿酬 + 80 % 特许; 应纳税 所得额 less 60000 and the 扣除; 税额 by the annual
    bracket and its 速算 扣除数; 专项 附加 扣除 at the standards (子女 2000, 房贷 1000, 老人 3000 / ≤ 1500 shared),
    children's 教育 阶段 from their birth dates, parents at least 60; 退税 to a card whose Luhn digit is right; the
    扣缴 客户端's XLSX with one row per declared person."""
    f = "iit-annual-reconcile"
    for r in of_family(reqs, f, "annual-income-fill"):
        d = json_body(r)
        income = d["gzxj"] + _d(d["lwbc"]) * _d("0.8") + _d(d["gc"]) * _d("0.56") + _d(d["txqsy"]) * _d("0.8")
        assert _d(d["srehj"]) == income and d["jcfy"] == 60000
        taxable = max(Decimal(0), income - 60000 - d["zxkc"] - d["zxfjkc"] - d["qtkc"])
        assert _d(d["ynssde"]) == taxable
        rate, quick = next((r_, k) for top, r_, k in gen_am.IIT_BRACKETS if top is None or taxable <= top)
        assert (d["sl"], d["sskcs"]) == (rate, quick)
        assert _d(d["ynse"]) == max(Decimal(0), taxable * rate / 100 - quick)
        assert _d(d["ybtse"]) == _d(d["ynse"]) - _d(d["yjse"]) and _id(d["sfzjhm"])
    assert gen_am.bracket(36000) == (3, 0) and gen_am.bracket(36001) == (10, 2520) and gen_am.bracket(10**6)[0] == 45
    for r in of_family(reqs, f, "child-education-deduction"):
        d = json_body(r)
        born = _born(d["znsfzjhm"])
        assert _id(d["znsfzjhm"]) and born.isoformat() == d["csrq"] and d["jyjd"] == gen_am.stage_of(born)
        assert d["ykcje"] * 100 == 2000 * d["fpbl"] and d["nkcje"] == d["ykcje"] * 12 and _id(d["pohm"])
    for r in of_family(reqs, f, "housing-loan-deduction"):
        d = json_body(r)
        assert (
            re.fullmatch(r"豫（20[12]\d）\S+市不动产权第\d{7}号", d["fwzjhm"]) and d["ykcje"] * 100 == 1000 * d["fpbl"]
        )
        assert d["dkqx"] <= 360 and date.fromisoformat(d["scdkrq"]) < date(2026, 9, 1)
    for r in of_family(reqs, f, "elderly-support-deduction"):
        d = json_body(r)
        assert all(_id(p["sfzjhm"]) and 2026 - _born(p["sfzjhm"]).year >= 60 for p in d["bsyrxx"])
        if d["sfdszn"] == "Y":
            assert d["ykcje"] == 3000 and not d["gtsyr"] and not d["ftfs"]
        else:
            assert d["ykcje"] <= 1500 and d["gtsyr"] and d["ftfs"] in ("PJFT", "YDFT", "ZDFT")
    for r in of_family(reqs, f, "refund-apply"):
        d = json_body(r)
        assert luhn_ok(d["yhkh"]) and _d(d["tsje"]) > 0 and _id(d["sfzjhm"])
    for r in of_family(reqs, f, "refund-progress-query"):
        assert query1(r)["nd"] in ("2025", "2026")
    for r in of_family(reqs, f, "withholding-client-upload"):
        fields, (sheet,) = upload_fields(r), upload_files(r)
        rows = _xlsx_rows(sheet["data"])[1:]
        assert len(rows) == int(fields["rs"]) and all(_id(x[3]) for x in rows)
        assert all(_d(x[5]) == _d(x[4]) * _d("0.08") for x in rows) and header(r, "X-Nsrsbh") == fields["nsrsbh"]
        assert "Mozilla" not in header(r, "User-Agent") and not header(r, "Referer")


def test_social_fee_resident_pay(reqs: list[dict]) -> None:
    """灵活 就业 基数 within 60-300 % of the 平均 工资, 月 缴费 = 基数 × 20 %, total = months × 月 缴费; 居民 医保
    代缴 at the 标准 per person with valid 身份证 numbers; 档次 from the list; bank callbacks that verify."""
    f = "social-fee-resident-pay"
    for r in of_family(reqs, f, "flexible-base-declare"):
        d = json_body(r)
        assert gen_am.BASE_LO <= d["jfjs"] <= gen_am.BASE_HI and _d(d["yjfe"]) == _rate(d["jfjs"], "0.2")
        assert _d(d["hj"]) == _d(d["yjfe"]) * d["jfys"] and d["skssqz"] == f"2027-{d['jfys']:02d}" and _id(d["sfzjhm"])
    for r in of_family(reqs, f, "resident-medical-family-pay"):
        d = json_body(r)
        assert all(_id(p["sfzjhm"]) and p["gx"] in gen_am.RELATIONS for p in d["cbry"])
        assert d["dj"] == 400 and d["zje"] == 400 * len(d["cbry"]) and _id(d["dbr"])
    for r in of_family(reqs, f, "payment-record-query"):
        q = query1(r)
        assert q["ssqq"] < q["ssqz"] and _id(q["sfzjhm"])
    for r in of_family(reqs, f, "payment-order-create"):
        d = form_fields(r)
        assert int(d["je"]) in [400, *gen_am.PENSION_GRADES] and _id(d["sfzjhm"])
    for r in of_family(reqs, f, "bank-pay-callback"):
        d = json_body(r)
        assert _signature_ok(r, gen_am.BANK_KEYS) and d["bankCode"] == header(r, "X-App-Id") and _date_ok(d["zfsj"])
    tampered = {**of_family(reqs, f, "bank-pay-callback")[0]}
    tampered["body"] = tampered["body"].replace('"je":', '"je":1')
    assert not _signature_ok(tampered, gen_am.BANK_KEYS)
    for r in of_family(reqs, f, "family-member-bind"):
        assert _id(json_body(r)["sfzjhm"]) and MOBILE.fullmatch(json_body(r)["sjhm"])
    for r in of_family(reqs, f, "rural-pension-grade"):
        assert json_body(r)["jfdc"] in gen_am.PENSION_GRADES
    for r in of_family(reqs, f, "payment-certificate-download"):
        assert _id(query1(r)["sfzjhm"]) and query1(r)["lx"] in ("PDF", "OFD")


def test_nontax_unified_collection(reqs: list[dict]) -> None:
    """缴款码 of 20 digits on a 河南 区划 with its check digit; 加处 罚款 of 3 % a day after the 15 days, never above
    the 罚款; 报名费 = 科目 × 单价; 登记费 80 / 550 plus 10 per extra 证书; bank pushes that verify; 退付 with the
    amount and 缴款码 in the narrative and its screenshots; the console's 缴款 通知书 totals."""
    f = "nontax-unified-collection"

    def jkm_ok(code: str) -> bool:
        return (
            bool(re.fullmatch(r"\d{20}", code))
            and code[:6] in HENAN
            and int(code[-1]) == sum(int(x) for x in code[:-1]) % 10
        )

    for r in of_family(reqs, f, "payment-code-query"):
        assert jkm_ok(query1(r)["jkm"])
    for r in of_family(reqs, f, "penalty-payment"):
        d = json_body(r)
        days = (date.fromisoformat(d["jkrq"]) - date.fromisoformat(d["jdrq"])).days
        assert d["yqts"] == max(0, days - 15) and _d(d["jcfk"]) == min(
            _d(d["fkje"]), _d(d["fkje"]) * 3 * d["yqts"] / 100
        )
        assert _d(d["hjje"]) == _d(d["fkje"]) + _d(d["jcfk"]) and re.search(r"〔202[67]〕第\d+号$", d["jdswh"])
    for r in of_family(reqs, f, "exam-fee-order"):
        d = json_body(r)
        assert d["dj"] == gen_am.EXAMS[d["ksdm"]][1] and d["zje"] == d["dj"] * d["kms"] and _id(d["zjhm"])
    for r in of_family(reqs, f, "realestate-fee-pay"):
        d = json_body(r)
        assert d["djf"] == {"ZZ": 80, "FZZ": 550}[d["fwxz"]] and d["gbf"] == 10 * (d["zss"] - 1)
        assert d["hj"] == d["djf"] + d["gbf"] and d["ywh"][:6] in HENAN
    for r in of_family(reqs, f, "bank-notify-callback"):
        assert _signature_ok(r, gen_am.BANK_KEYS) and jkm_ok(json_body(r)["jkm"])
    for r in of_family(reqs, f, "payment-voucher-pdf"):
        assert jkm_ok(query1(r)["jkm"])
    for r in of_family(reqs, f, "refund-apply"):
        d = upload_fields(r)
        assert d["tfje"] in d["tfyy"] and d["jkm"] in d["tfyy"] and jkm_ok(d["jkm"]) and luhn_ok(d["skzh"])
        assert [p["type"] for p in upload_files(r)] == [PNG, JPEG]
    for r in of_family(reqs, f, "collector-issue-console"):
        d = json_body(r)
        assert all(x["je"] == x["sl"] * x["bz"] for x in d["xmmx"]) and d["hjje"] == sum(x["je"] for x in d["xmmx"])


def test_fiscal_ebill_ledger(reqs: list[dict]) -> None:
    """票据 代码 of 8 digits (41, a 票据 种类, 年度), 号码 of 10, 校验码 of 6; holder queries with a valid 身份证 and a
    window that exists; 入账 回写 signed by the 会计 软件; console decisions that give a reason when they refuse."""
    f = "fiscal-ebill-ledger"

    def code_ok(code: str) -> bool:
        return bool(re.fullmatch(r"41(0[1256])(26|27)\d{2}", code))

    for r in of_family(reqs, f, "medical-bill-holder-query"):
        d = json_body(r)
        assert _id(d["zjhm"]) and _date_ok(d["jzrqq"]) and d["jzrqq"] <= d["jzrqz"]
    for shape in ("bill-check-by-code", "reimburse-entry-download"):
        for r in of_family(reqs, f, shape):
            q = query1(r)
            assert code_ok(q["pjdm"]) and re.fullmatch(r"\d{10}", q["pjhm"]) and re.fullmatch(r"[0-9a-f]{6}", q["jym"])
    for r in of_family(reqs, f, "entry-status-writeback"):
        d = json_body(r)
        assert _signature_ok(r, gen_am.EBILL_KEY) and code_ok(d["pjdm"]) and _uscc(d["dwdm"], ("12",))
    for r in of_family(reqs, f, "bill-wallet-collect"):
        assert code_ok(json_body(r)["pjdm"]) and json_body(r)["kpdw"] in gen_am.HOSPITALS
    for r in of_family(reqs, f, "school-fee-bill-query"):
        assert re.fullmatch(r"20\d{2}-20\d{2}", query1(r)["xn"])
    for r in of_family(reqs, f, "bill-issue-review-console"):
        d = json_body(r)
        assert (d["shjg"] == "TG") == ("同意" in d["shyj"]) and d["pjzl"] in gen_am.EBILL_KINDS
    for r in of_family(reqs, f, "bill-stock-console"):
        assert query1(r)["pjzl"] in gen_am.EBILL_KINDS


def test_export_rebate_service(reqs: list[dict]) -> None:
    """退税额 = 计税 金额 × 退税率 on HS codes of the table and 18-digit 报关单 号 (出口 flag 0); the ZIP package's
    XML balances; 跨境 服务 人民币 = 合同 金额 × 汇率; the legacy 代理 出口 证明 form in GB18030."""
    f = "export-rebate-service"

    def lines_ok(lines: list[dict]) -> None:
        for x in lines:
            assert re.fullmatch(r"46\d{2}(2026|2027)0\d{9}", x["bgdh"]) and x["tsl"] == gen_am.HS[x["spdm"]][1]
            assert _rate(x["jsje"], _d(x["tsl"]) / 100) == _d(x["tse"])

    for r in of_family(reqs, f, "online-declare"):
        d = json_body(r)
        lines_ok(d["mx"])
        assert _d(d["hjtse"]) == sum(_d(x["tse"]) for x in d["mx"]) and _uscc(d["nsrsbh"])
    for r in of_family(reqs, f, "declare-package-upload"):
        (package,) = upload_files(r)
        with zipfile.ZipFile(io.BytesIO(package["data"])) as z:
            root = ET.fromstring(z.read("SBSJ.xml"))  # noqa: S314 - the generator's own bytes
            assert z.read("README.txt").decode("gb18030").startswith("出口退税")
        lines = [
            {
                "bgdh": m.findtext("BGDH"),
                "spdm": m.findtext("SPDM"),
                "jsje": m.findtext("JSJE"),
                "tsl": int(m.findtext("TSL")),
                "tse": m.findtext("TSE"),
            }
            for m in root.iter("MX")
        ]
        lines_ok(lines)
        assert _d(root.findtext("HJTSE")) == sum(_d(x["tse"]) for x in lines)
        assert root.findtext("NSRSBH") == upload_fields(r)["nsrsbh"] and _uscc(root.findtext("NSRSBH"))
    for r in of_family(reqs, f, "doc-filing-upload"):
        assert [p["type"] for p in upload_files(r)] == [PDF]
    for r in of_family(reqs, f, "forex-receipt-query"):
        assert query1(r)["shrqq"] < query1(r)["shrqz"]
    for r in of_family(reqs, f, "rebate-progress"):
        assert re.fullmatch(r"202[67](0[1-9]|1[0-2])", query1(r)["sbny"])
    for r in of_family(reqs, f, "crossborder-exempt-filing"):
        d = json_body(r)
        assert abs(_d(d["rmbje"]) - _d(d["htje"]) * _d(d["hl"])) <= CENT and 7 <= d["hl"] <= 7.35
    for r in of_family(reqs, f, "agent-certificate-gbk-form"):
        raw = record_body(r).decode("ascii")
        d = dict(urllib.parse.parse_qsl(raw, strict_parsing=True, encoding="gb18030", errors="strict"))
        assert d["dlf"].endswith("进出口有限公司") and _uscc(d["wtfsbh"]) and d["bz"] == "代理出口货物证明申请"
        garbled = dict(urllib.parse.parse_qsl(raw, encoding="utf-8", errors="replace"))
        assert "\ufffd" in garbled["dlf"] and header(r, "Sec-Fetch-Mode") in ("navigate", "")
    for r in of_family(reqs, f, "policy-page"):
        assert r["path"].startswith("/ckts/zcfg/")


def test_tax_preference_filing(reqs: list[dict]) -> None:
    """研发 辅助账 whose 其他 相关 费用 is capped at 前五项 × 10 / 90 and whose 加计 扣除 is 100 % of the allowed
    total; 高新 ratios and the three thresholds; 小微 企业 at 5 % with 20 % relief inside 300 万 / 300 人 / 5000 万;
    残疾人 证 numbers built on the 身份证; 政策 问答 with long questions."""
    f = "tax-preference-filing"
    for r in of_family(reqs, f, "rnd-ledger-upload"):
        rows = {x[0]: int(x[1]) for x in _xlsx_rows(upload_files(r)[0]["data"])[1:]}
        five = sum(rows[k] for k in gen_am.RND_COLS)
        assert rows["其他相关费用限额"] == five * 10 // 90
        allowed = five + min(rows["其他相关费用"], rows["其他相关费用限额"])
        assert rows["允许加计扣除的研发费用"] == allowed == rows["加计扣除金额（100%）"]
    for r in of_family(reqs, f, "retained-docs-upload"):
        (up,) = upload_files(r)
        assert up["type"] in (PDF, DOCX_TYPE) and (up["type"] == PDF or "研发项目计划书" in _docx_text(up["data"]))
    for r in of_family(reqs, f, "high-tech-apply"):
        d = json_body(r)
        tier = 5 if d["jynxssr"] < 5 * 10**7 else (4 if d["jynxssr"] <= 2 * 10**8 else 3)
        assert d["yfzbyq"] == tier and d["yfzb"] == round(d["yffyze"] * 100 / d["jynxssr"], 2)
        ok = d["yffyze"] * 100 >= d["jynxssr"] * tier and d["gxsr"] * 10 >= d["jynxssr"] * 6
        assert d["fhtj"] == (ok and d["kjrys"] * 10 >= d["zgzs"])
    for r in of_family(reqs, f, "small-micro-calculator"):
        d = json_body(r)
        small = d["ynssde"] <= 3 * 10**6 and d["cyrs"] <= 300 and d["zcze"] <= 5000
        assert d["sfxwqy"] == small
        assert (d["ynse"], d["jmse"]) == ((d["ynssde"] // 20, d["ynssde"] // 5) if small else (d["ynssde"] // 4, 0))
    for r in of_family(reqs, f, "policy-qa-search"):
        assert _han(query1(r)["keyword"]) >= 8
    for r in of_family(reqs, f, "preference-list"):
        assert _uscc(query1(r)["nsrsbh"])
    for r in of_family(reqs, f, "disabled-wage-deduction"):
        d = json_body(r)
        assert all(_id(p["sfzjhm"]) and p["cjrzh"][:18] == p["sfzjhm"] and len(p["cjrzh"]) == 20 for p in d["cjry"])
        assert d["gzhj"] == sum(p["ngz"] for p in d["cjry"]) == d["jjkce"]
    for r in of_family(reqs, f, "policy-page"):
        assert r["path"].startswith("/sszc/yhzc/")


def test_tax_credit_agency(reqs: list[dict]) -> None:
    """复评 申请 naming a 扣分 指标 of the table with its points, quoted in the taxpayer's own reasons; evidence
    screenshots and a bank slip; 机构 实名 with valid 从业 人员 ids; 报送 whose 收费 合计 adds up."""
    f = "tax-credit-agency"
    for r in of_family(reqs, f, "credit-rating-query"):
        assert _uscc(query1(r)["nsrsbh"])
    for r in of_family(reqs, f, "reevaluation-apply"):
        d = json_body(r)
        (item,) = d["kfzb"]
        assert (item["zbmc"], item["kf"]) == gen_am.DEDUCTIONS[item["zbdm"]]
        assert item["zbmc"] in d["fpyy"] and item["zbdm"] in d["fpyy"] and _han(d["fpyy"]) >= 80
    for r in of_family(reqs, f, "evidence-upload"):
        types = [p["type"] for p in upload_files(r)]
        assert types[-1] == PDF and set(types[:-1]) == {PNG}
    for r in of_family(reqs, f, "agency-realname"):
        d = json_body(r)
        assert d["jglx"] in gen_am.AGENCY_KINDS and all(_id(p["sfzjhm"]) for p in d["cyry"]) and _uscc(d["jgtyshxydm"])
    for r in of_family(reqs, f, "agency-business-report"):
        d = json_body(r)
        assert d["sfhj"] == sum(x["sfje"] for x in d["ywmx"]) and all(_uscc(x["wtfdm"]) for x in d["ywmx"])
    for r in of_family(reqs, f, "agency-agreement-upload"):
        start, end = upload_fields(r)["xyqx"].split("至")
        assert _date_ok(start) and start < end
    for r in of_family(reqs, f, "agency-public-list"):
        assert query1(r)["ssqx"] in HENAN
    for r in of_family(reqs, f, "reevaluation-review-console"):
        d = json_body(r)
        assert (d["fhjg"] == "CX") == ("同意撤销" in d["fhyj"])


def test_tax_12366_desk(reqs: list[dict]) -> None:
    """Long questions quoting the 公告 they read; 预约 on a real date in a slot within the 办税 hours; 评价 1-5;
    knowledge-base HTML with balanced paragraphs."""
    f = "tax-12366-desk"
    for r in of_family(reqs, f, "online-consult"):
        d = json_body(r)
        assert _han(d["wtms"]) >= 60 and d["zxlx"] in gen_am.KB_TAGS and MOBILE.fullmatch(d["lxdh"])
    for r in of_family(reqs, f, "appointment-book"):
        d = json_body(r)
        start, end = d["yysd"].split("-")
        assert (
            "09:00" <= start < end <= "16:30"
            and _date_ok(d["yyrq"])
            and _id(d["sfzjhm"])
            and d["bsfwt"] in gen_am.HALLS
        )
    for r in of_family(reqs, f, "progress-query"):
        q = query1(r)
        assert re.fullmatch(r"SL(2026|2027)\d{10}", q["slh"]) and _date_ok(
            f"{q['slh'][2:6]}-{q['slh'][6:8]}-{q['slh'][8:10]}"
        )
    for r in of_family(reqs, f, "satisfaction-rate"):
        assert form_fields(r)["pj"] in "12345" and header(r, "X-Requested-With") == "XMLHttpRequest"
    for r in of_family(reqs, f, "hot-question-search"):
        assert _han(query1(r)["keyword"]) >= 4
    for r in of_family(reqs, f, "kb-article-save"):
        html = json_body(r)["content"]
        assert html.count("<p>") == html.count("</p>") == 3 and json_body(r)["fl"] in gen_am.KB_TAGS
    for r in of_family(reqs, f, "kb-article-list"):
        assert query1(r)["fl"] in gen_am.KB_TAGS


def test_fiscal_budget_integration(reqs: list[dict]) -> None:
    """指标 queries by 功能 / 经济 分类 codes of the 科目; 用款 within the 指标 余额; 月度 计划 of twelve months whose
    合计 is their sum; 电子 卖场 orders whose lines and total add up and whose prices sit in the 品目's range;
    quotes below the budget."""
    f = "fiscal-budget-integration"
    for r in of_family(reqs, f, "quota-query"):
        q = query1(r)
        assert q["gnfl"] in gen_am.FUNC_CODES and q["jjfl"] in gen_am.ECON_CODES and re.fullmatch(r"\d{6}", q["dwdm"])
    for r in of_family(reqs, f, "payment-apply"):
        d = json_body(r)
        assert 0 < _d(d["sqje"]) <= _d(d["zbye"]) and d["gnfl"] in gen_am.FUNC_CODES and d["jjfl"] in gen_am.ECON_CODES
    for r in of_family(reqs, f, "monthly-plan-submit"):
        d = json_body(r)
        assert sorted(d["yjh"]) == [f"{m:02d}" for m in range(1, 13)] and d["hj"] == sum(d["yjh"].values())
    for r in of_family(reqs, f, "budget-adjust-attach"):
        assert [p["type"] for p in upload_files(r)] == [DOCX_TYPE]
    for r in of_family(reqs, f, "mall-goods-search"):
        q = query1(r)
        assert q["keyword"] == gen_am.MALL_ITEMS[q["pmdm"]][0] and int(q["jgq"]) < int(q["jgz"])
    for r in of_family(reqs, f, "mall-order-submit"):
        d = json_body(r)
        for x in d["ddmx"]:
            name, lo, hi = gen_am.MALL_ITEMS[x["pmdm"]]
            assert x["spmc"] == name and lo <= x["dj"] <= hi and x["je"] == x["sl"] * x["dj"]
        assert d["zje"] == sum(x["je"] for x in d["ddmx"])
    for r in of_family(reqs, f, "supplier-quote"):
        d = json_body(r)
        assert d["bj"] < d["ysje"] and _uscc(d["gysdm"])
    for r in of_family(reqs, f, "supplier-contract-upload"):
        assert [p["type"] for p in upload_files(r)] == [PDF] and _uscc(upload_fields(r)["gysdm"])


def test_tax_risk_workbench(reqs: list[dict]) -> None:
    """任务 lists by 税务 机关 代码; 应对 结论 whose 补税 总额 is the sum of its items; 实地 核查 photos or video;
    审核 batches whose count is their list; taxpayers' replies with long reasons and 自查 报告 as DOCX."""
    f = "tax-risk-workbench"
    for r in of_family(reqs, f, "risk-task-list"):
        q = query1(r)
        assert q["zgswjg"][1:7] in HENAN and q["zgswjg"].endswith("0000") and _date_ok(q["xfrqq"])
    for r in of_family(reqs, f, "risk-task-handle"):
        d = json_body(r)
        assert d["bsze"] == sum(x["bsje"] for x in d["fxmx"]) and all(
            x["fxmc"] == gen_am.RISK_ITEMS[x["fxdm"]] for x in d["fxmx"]
        )
        assert (d["bsze"] == 0) == (d["ydjl"] == "风险已排除") and _uscc(d["nsrsbh"])
    for r in of_family(reqs, f, "site-evidence-upload"):
        types = [p["type"] for p in upload_files(r)]
        assert set(types) == {JPEG} or types == [MP4]
    for r in of_family(reqs, f, "risk-indicator-trend"):
        assert query1(r)["zbdm"] in gen_am.RISK_ITEMS and _month_ok(query1(r)["qjq"])
    for r in of_family(reqs, f, "declaration-audit-list"):
        assert _month_ok(query1(r)["ssq"])
    for r in of_family(reqs, f, "audit-batch-approve"):
        d = json_body(r)
        assert d["sl"] == len(d["yzpzxhList"]) and all(re.fullmatch(r"1\d{19}", x) for x in d["yzpzxhList"])
    for r in of_family(reqs, f, "taxpayer-notice-reply"):
        d = json_body(r)
        assert _han(d["fkyj"]) >= 60 and _uscc(d["nsrsbh"]) and re.fullmatch(r"FX(2026|2027)\d{8}", d["rwbh"])
    for r in of_family(reqs, f, "self-check-report-upload"):
        (report,) = upload_files(r)
        assert report["type"] == DOCX_TYPE and "自查报告" in _docx_text(report["data"])


def test_bodies_parse_as_json_where_they_say_so(reqs: list[dict]) -> None:
    """Every JSON body is an object (what the services' controllers bind)."""
    for r in reqs:
        if content_type(r).startswith("application/json"):
            assert isinstance(json.loads(r["body"]), dict), r["label"]
