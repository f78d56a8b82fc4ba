"""Corpus K (tests/waf/data/gen_cms_corpus_k.py): its split and its requests, without a WAF.

Fast tests, in their own module like test_corpus_j_split.py. Nothing here sends K through the WAF: K's
false-positive count is the lead's, after a tuning round on K's tuning part (docs/waf.md, held-out
discipline). The per-family checks look only at the requests themselves, the way the receiving servers
would: minority-script text is in its edition's Unicode block, 专利申请号 carry their check digits and 检索式
balance their brackets, 发票 keys have the 查验 platform's structure and 开票/申报 figures add up, 报关单 申报要素
have one value per element and totals are price × quantity, budgets and balance sheets sum, 婚姻登记 parties'
身份证 say their sex, uploads decode to JPEG/PDF/DWG/IFC with chunk MD5s that recompute, 排污许可证编号 are
built on a valid 统一社会信用代码, and identifiers carry their check characters. Never a WAF verdict.
"""

from __future__ import annotations

import hashlib
import json
import re
import urllib.parse
import xml.etree.ElementTree as ET

from tests.waf.corpus_checks import (
    assert_headers_sent,
    assert_new_families,
    assert_regenerates,
    assert_sized,
    assert_sound_requests,
    assert_split_as_written,
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

PINNED_HELD_OUT = (
    "ip-patent-search",
    "minority-script-portal",
    "single-window-customs",
)  # written once from the docstring's rule: a change of family names would re-split


corpus, reqs = corpus_fixtures(gen_k)


def _multipart_files(rec: dict) -> list[tuple[str, bytes]]:
    """(Content-Type, content) of each file part of a multipart record."""
    return [(p["type"], p["data"]) for p in multipart_parts(rec) if p["filename"] is not None and p["type"]]


def _fields(rec: dict) -> dict:
    """A record's parameters, whatever carries them: JSON, a form, or the query string."""
    ctype = content_type(rec)
    if ctype.startswith("application/json"):
        return json_body(rec)
    if ctype.startswith("application/x-www-form-urlencoded"):
        return form_fields(rec)
    return query1(rec)


def _balanced(text: str) -> bool:
    depth = {"(": 0, "[": 0, "{": 0}
    pairs = {")": "(", "]": "[", "}": "{"}
    for ch in text:
        if ch in depth:
            depth[ch] += 1
        elif ch in pairs:
            depth[pairs[ch]] -= 1
            if depth[pairs[ch]] < 0:
                return False
    return not any(depth.values())


# --- the split, the size and the record contract ----------------------------------------------------


def test_regenerating_gives_the_committed_files(corpus: tuple[list[dict], list[dict]]) -> None:
    assert_regenerates(*corpus, gen_k.TUNING_FILE, gen_k.HELD_OUT_FILE)


def test_large_enough_and_tagged(reqs: list[dict]) -> None:
    assert_sized(reqs, gen_k, (110, 160), min_requests=1500, min_families=11, min_shapes=7)


def test_the_split_is_the_rule_written_down(corpus: tuple[list[dict], list[dict]]) -> None:
    """Whole families and (family, shape) groups are on one side only; the held-out families are the
    ones the docstring's rule picks (pinned: a change of family names would re-split)."""
    earlier = (gen_c, gen_d, gen_e, gen_f, gen_g, gen_h, gen_i, gen_j)
    assert_split_as_written(corpus, gen_k, "corpus-k/", PINNED_HELD_OUT, earlier, parts=(944, 690))


def test_k_shares_no_family_with_a_to_j(reqs: list[dict]) -> None:
    assert_new_families(reqs, gen_b, gen_c, gen_d, gen_e, gen_f, gen_g, gen_h, gen_i, gen_j)


def test_every_record_is_a_request_its_server_reads_back(reqs: list[dict]) -> None:
    """Well formed, held to K's own sources and methods, and read back exactly by a plain http.server."""
    assert_sound_requests(reqs, gen_k.check, gen_j.SOURCES["gov-mall"])


def test_the_request_kinds_it_was_made_for(reqs: list[dict]) -> None:
    """What K adds: percent-encoded non-Latin scripts, JSONP 查验, forms, JSON and multipart uploads."""
    assert {r["method"] for r in reqs} == {"GET", "POST"}
    ctypes = media_types(reqs)
    assert ctypes["multipart/form-data"] >= 150 and ctypes["application/x-www-form-urlencoded"] >= 250
    assert ctypes["application/json"] >= 600
    assert sum(r["path"].startswith("/NWebQuery/") for r in reqs) >= 40
    assert_headers_sent(reqs, ("x-tif-signature", "x-auth-token", "x-token", "authorization", "x-requested-with"))


# --- the families, checked the way their receiving servers would ------------------------------------

BLOCKS = {
    "/zangwen/": r"[\u0f00-\u0fff]",
    "/wyw/": r"[\u0600-\u06ff]",
    "/mgw/": r"[\u1800-\u18af]",
    "/yiwen/": r"[\ua000-\ua48f]",
    "/chaowen/": r"[\uac00-\ud7af]",
}


def test_minority_scripts_are_their_editions(reqs: list[dict]) -> None:
    """Every search, suggestion, letter, comment and policy query of an edition carries text of that
    edition's script (its Unicode block), UTF-8 percent-encoded in URLs and forms."""
    for shape, key in (
        ("site-search", "searchWord"),
        ("search-suggest", "kw"),
        ("letter-submit", "content"),
        ("comment-post", "content"),
        ("policy-search", "keyword"),
    ):
        for r in of_family(reqs, "minority-script-portal", shape):
            block = next(v for k, v in BLOCKS.items() if r["path"].startswith(k))
            assert re.search(block, _fields(r)[key]), r["path"]
    for r in of_family(reqs, "minority-script-portal", "site-search"):
        assert re.search(r"searchWord=(%[0-9A-F]{2})+", r["path"])  # UTF-8, percent-encoded
    editions = {k for k in BLOCKS for r in of_family(reqs, "minority-script-portal") if r["path"].startswith(k)}
    assert editions == set(BLOCKS)
    for r in of_family(reqs, "minority-script-portal", "letter-submit"):
        assert form_fields(r)["lang"] in {"bo", "ug", "mn", "ii", "ko"} and header(r, "X-Requested-With")
    assert all(r["path"].endswith(".woff2") for r in of_family(reqs, "minority-script-portal", "webfont"))


def _app_no_ok(an: str) -> bool:
    m = re.fullmatch(r"(\d{12})\.([0-9X])", an)
    check = sum(int(d) * w for d, w in zip(m.group(1), gen_k.APP_WEIGHTS, strict=True)) % 11
    return m.group(2) == ("X" if check == 10 else str(check))


def test_patent_numbers_and_expressions(reqs: list[dict]) -> None:
    """申请号 check digits verify; 检索式 balance their brackets and name field codes; 类似群 belong to the
    class searched; patent kinds follow the application type."""
    exps = [json_body(r)["searchExp"] for r in of_family(reqs, "ip-patent-search", "expert-search")]
    exps += [json_body(r)["exp"] for r in of_family(reqs, "ip-patent-search", "save-expression")]
    for exp in exps:
        assert _balanced(exp) and re.search(r"\b(TI|TIAB|CLM|IPC|PA|AB)=\(", exp)
    for r in of_family(reqs, "ip-patent-search", "legal-status"):
        assert _app_no_ok(form_fields(r)["shenqingh"])
    for r in of_family(reqs, "ip-patent-search", "patent-detail"):
        q = query1(r)
        an = q["an"].removeprefix("CN")
        assert _app_no_ok(an) and q["pn"][-1] == {"1": "A", "8": "A", "2": "U", "9": "U", "3": "S"}[an[4]]
    for r in of_family(reqs, "ip-patent-search", "trademark-search"):
        f = form_fields(r)
        assert all(g[:2] == f["intCls"] and g in gen_k.TM_GROUPS[f["intCls"]] for g in f["similarCode"].split(","))


def test_invoice_keys_and_sums(reqs: list[dict]) -> None:
    """查验 keys have the platform's structure for the 发票 type (专票 10-digit 代码 and 金额, 电子普票 12-digit
    代码 ending 11 and six 校验码 digits, 数电票 no 代码 and a 20-digit 号码 of this province); JSONP callbacks
    are jQuery's; 开票 lines multiply out and sum; 申报 figures follow; 扣除 amounts follow the rules."""
    for r in of_family(reqs, "tax-invoice"):
        if r["path"].startswith("/NWebQuery/"):
            assert re.fullmatch(r"jQuery11020\d{16}_\d{13}", query1(r)["callback"])
    checks = of_family(reqs, "tax-invoice", "invoice-check") + of_family(reqs, "tax-invoice", "digital-invoice-check")
    for r in checks:
        if r["method"] == "POST":
            doc = json_body(r)
            assert re.fullmatch(r"\d\d52[12]\d{15}", doc["fphm"]) and doc["fphm"][:2] == doc["kprq"][2:4]
            continue
        q = query1(r)
        year = q["key3"][2:4]
        if q["fplx"] == "01":
            assert re.fullmatch(rf"5200{year}\d{{4}}", q["key1"]) and re.fullmatch(r"\d+\.\d\d", q["key4"])
        elif q["fplx"] == "10":
            assert re.fullmatch(rf"05200{year}\d{{3}}11", q["key1"]) and re.fullmatch(r"\d{6}", q["key4"])
        else:
            assert q["key1"] == "" and re.fullmatch(rf"{year}52[12]\d{{15}}", q["key2"])
        assert (r["shape"] == "digital-invoice-check") == (q["fplx"] in {"31", "32"})
    for r in of_family(reqs, "tax-invoice", "invoice-issue"):
        doc = json_body(r)
        for line in doc["mxxx"]:
            assert line["je"] == round(line["dj"] * line["sl"], 2) and line["se"] == round(line["je"] * line["slv"], 2)
        assert doc["hjje"] == round(sum(x["je"] for x in doc["mxxx"]), 2)
        assert doc["jshj"] == round(doc["hjje"] + doc["hjse"], 2) and uscc_ok(doc["gmfnsrsbh"])
    for r in of_family(reqs, "tax-invoice", "vat-declare"):
        doc = json_body(r)
        due = round(doc["xxse"] - doc["jxse"] - doc["sqldse"], 2)
        assert doc["ynse"] == max(due, 0.0) and doc["qmldse"] == max(-due, 0.0)
    for r in of_family(reqs, "tax-invoice", "iit-deduction"):
        doc = json_body(r)
        assert doc["ykcje"] == 3000 if doc["sfdszn"] == "1" else doc["ykcje"] <= 1500
        assert all(id_number_ok(p["zjhm"]) for p in doc["bsylr"] + doc["znjy"])
    for r in of_family(reqs, "tax-invoice", "deduction-select"):
        assert all(re.fullmatch(r"\d{8}|\d{20}", i["fphm"]) for i in json.loads(form_fields(r)["fpxx"]))


def test_medical_insurance_requests(reqs: list[dict]) -> None:
    """身份证 check; 备案 end after they begin and name the 就医地 by its code; the 凭证 gateway's org ids agree;
    the 医保 platform's headers are sent."""
    for r in of_family(reqs, "medical-insurance-service"):
        if r["path"].startswith("/ebus/"):
            assert header(r, "X-Tif-Signature") and json_body(r)["data"]["appCode"] == gen_k.NHSA_APP
    for r in of_family(reqs, "medical-insurance-service", "remote-filing"):
        d = json_body(r)["data"]["data"]
        assert id_number_ok(d["certno"]) and gen_k.REMOTE_PLACES[d["mdtrtareaAdmdvs"]] == d["mdtrtareaName"]
        assert d["enddate"] == "" or d["enddate"] > d["begndate"]
    for r in of_family(reqs, "medical-insurance-service", "family-account"):
        d = json_body(r)["data"]["data"]
        assert id_number_ok(d["certno"]) and id_number_ok(d["famMemCertno"])
    for r in of_family(reqs, "medical-insurance-service", "ec-voucher"):
        doc = json_body(r)
        assert doc["orgId"] == doc["data"]["orgId"] and re.fullmatch(r"[0-9A-F]{48}", doc["data"]["ecQrCode"])


def test_customs_declarations(reqs: list[dict]) -> None:
    """申报要素 have one value per element of the HS code; totals are price × quantity; 报关单号 say import or
    export as the declaration does; companies' codes check; net weight is within gross."""
    lists = []
    for r in of_family(reqs, "single-window-customs", "dec-save"):
        doc = json_body(r)
        head = doc["decHead"]
        assert uscc_ok(head["tradeCoScc"]) and head["netWt"] <= head["grossWt"]
        assert head["supvModeCdde"] in gen_k.TRADE_MODES
        lists += doc["decLists"]
        assert all((x["originCountry"] == "CHN") == (head["ieFlag"] == "E") for x in doc["decLists"])
    assert lists
    for x in lists:
        _, elements, _, unit, _, _ = gen_k.HS[x["codeTs"]]
        assert len(x["gModel"].split("|")) == len(elements) and x["firstUnit"] == unit
        assert x["declTotal"] == round(x["declPrice"] * x["gQty"], 2)
    for r in of_family(reqs, "single-window-customs", "dec-submit"):
        doc = json_body(r)
        m = re.fullmatch(r"(\d{4})(20\d\d)([01])(\d{9})", doc["entryId"])
        assert m and m.group(1) in gen_k.CUSTOMS and m.group(3) == ("1" if doc["ieFlag"] == "I" else "0")
    for r in of_family(reqs, "single-window-customs", "attach-upload"):
        assert all(t == "application/pdf" and raw.startswith(b"%PDF-") for t, raw in _multipart_files(r))


def test_project_application(reqs: list[dict]) -> None:
    """LaTeX balances its braces; MathML is XML in the MathML namespace; references are numbered GB/T 7714
    entries with a type marker; budgets sum; members' 身份证 say their sex."""
    for r in of_family(reqs, "sci-project-apply", "section-save"):
        html = json_body(r)["content"]
        assert _balanced(html.replace(r"\left[", "").replace(r"\right]", "")) and "\\" in html
    for r in of_family(reqs, "sci-project-apply", "formula-save"):
        root = ET.fromstring(form_fields(r)["mathml"])  # noqa: S314 - the generator's own records
        assert root.tag == "{http://www.w3.org/1998/Math/MathML}math" and _balanced(form_fields(r)["latex"])
    for r in of_family(reqs, "sci-project-apply", "reference-save"):
        doc = json_body(r)
        entries = doc["text"].split("\n")
        assert len(entries) == doc["count"]
        assert all(re.match(r"\[\d+\] ", e) and re.search(r"\[(J|M|C|D|P|S|J/OL)\]", e) for e in entries)
    for r in of_family(reqs, "sci-project-apply", "budget-save"):
        doc = json_body(r)
        assert doc["directTotal"] == round(sum(doc["direct"].values()), 2)
        assert doc["total"] == round(doc["directTotal"] + doc["indirect"], 2)
    for r in of_family(reqs, "sci-project-apply", "member-add"):
        doc = json_body(r)
        assert id_number_ok(doc["idNo"]) and (int(doc["idNo"][16]) % 2 == 1) == (doc["sex"] == "男")


def test_annual_reports_balance(reqs: list[dict]) -> None:
    """资产总额 = 负债总额 + 所有者权益; 实缴 never exceeds 认缴; web addresses parse; codes check."""
    for r in of_family(reqs, "enterprise-annual-report", "asset-status"):
        f = form_fields(r)
        assert round(float(f["liaGro"]) + float(f["totEqu"]), 2) == float(f["assGro"]) and uscc_ok(f["uniscid"])
    for r in of_family(reqs, "enterprise-annual-report", "shareholder"):
        for inv in json_body(r)["invList"]:
            assert inv["acConAm"] <= inv["subConAm"] and bool(inv["acConDate"]) == bool(inv["acConAm"])
    for r in of_family(reqs, "enterprise-annual-report", "website-shop"):
        url = form_fields(r)["domain"]
        assert url.startswith("#小程序://") or urllib.parse.urlsplit(url).scheme in {"http", "https"}
    for r in of_family(reqs, "enterprise-annual-report", "equity-change"):
        f = form_fields(r)
        assert int(f["transAmAft"].rstrip("%")) <= int(f["transAmPr"].rstrip("%"))


def test_civil_affairs(reqs: list[dict]) -> None:
    """婚姻登记: 男方's 身份证 odd in its 17th digit, 女方's even; 高龄津贴 applicants are 80 or older; 年检
    net assets follow income and spending."""
    for r in of_family(reqs, "civil-affairs-service", "marriage-booking"):
        doc = json_body(r)
        assert id_number_ok(doc["nf"]["zjhm"]) and int(doc["nf"]["zjhm"][16]) % 2 == 1
        assert id_number_ok(doc["nvf"]["zjhm"]) and int(doc["nvf"]["zjhm"][16]) % 2 == 0
    for r in of_family(reqs, "civil-affairs-service", "allowance-apply"):
        sfzh = json_body(r)["sfzh"]
        assert id_number_ok(sfzh) and int(sfzh[6:10]) <= 1947
    for r in of_family(reqs, "civil-affairs-service", "org-annual-check"):
        f = form_fields(r)
        assert round(float(f["zsr"]) - float(f["zzc"]), 2) == float(f["jzc"]) and uscc_ok(f["tyshxydm"])


def test_safety_reports(reqs: list[dict]) -> None:
    """Reports carry JPEG photos and a position in the province; 灾情 figures are consistent; 整改 deadlines
    follow discovery; 预案 are PDFs."""
    for r in of_family(reqs, "work-safety-report", "hazard-report"):
        files = _multipart_files(r)
        assert files and all(
            t == "image/jpeg" and raw[:3] == b"\xff\xd8\xff" and raw[-2:] == b"\xff\xd9" for t, raw in files
        )
        body = record_body(r)
        lng = float(re.search(rb'name="lng"\r\n\r\n([\d.]+)', body).group(1))
        lat = float(re.search(rb'name="lat"\r\n\r\n([\d.]+)', body).group(1))
        assert 103.5 < lng < 109.6 and 24.5 < lat < 29.3
    for r in of_family(reqs, "work-safety-report", "disaster-report"):
        doc = json_body(r)
        assert doc["jjzyrk"] <= doc["szrk"] and doc["xzqh"] in gen_k.DISTRICTS
        assert dict(gen_k.DISASTERS)[doc["zhlx"]] == doc["zqms"]
    for r in of_family(reqs, "work-safety-report", "selfcheck-report"):
        doc = json_body(r)
        assert doc["zgqx"] > doc["fxsj"] and uscc_ok(doc["tyshxydm"])
    for r in of_family(reqs, "work-safety-report", "plan-filing"):
        assert all(raw.startswith(b"%PDF-") for _, raw in _multipart_files(r))


def test_drawings_decode(reqs: list[dict]) -> None:
    """DWG files start with their AutoCAD version; IFC files are ISO 10303-21 text of the schema declared;
    PDFs are PDFs; each chunk's MD5 recomputes and its size is declared."""
    for r in of_family(reqs, "drawing-review", "dwg-upload"):
        ((_, raw),) = _multipart_files(r)
        assert re.match(rb"AC10(24|27|32)\x00", raw)
    for r in of_family(reqs, "drawing-review", "ifc-upload"):
        ((_, raw),) = _multipart_files(r)
        text = raw.decode("ascii")
        schema = re.search(rb'name="schema"\r\n\r\n(\w+)', record_body(r)).group(1).decode()
        assert text.startswith("ISO-10303-21;\r\nHEADER;") and text.endswith("END-ISO-10303-21;\r\n")
        assert f"FILE_SCHEMA(('{schema}'));" in text and "\\X2\\" in text
    for r in of_family(reqs, "drawing-review", "pdf-upload"):
        assert all(raw.startswith(b"%PDF-") for _, raw in _multipart_files(r))
    for r in of_family(reqs, "drawing-review", "chunk-upload"):
        ((_, raw),) = _multipart_files(r)
        body = record_body(r)
        md5 = re.search(rb'name="chunkMd5"\r\n\r\n([0-9a-f]{32})', body).group(1).decode()
        size = int(re.search(rb'name="currentChunkSize"\r\n\r\n(\d+)', body).group(1))
        assert hashlib.md5(raw, usedforsecurity=False).hexdigest() == md5 and size == len(raw)
    for r in of_family(reqs, "drawing-review", "project-register"):
        doc = json_body(r)
        assert uscc_ok(doc["jsdwdm"]) and round(doc["dsmj"] + doc["dxmj"], 1) == doc["jzmj"]


def test_homework(reqs: list[dict]) -> None:
    """学籍号 are G and a valid 身份证; LaTeX answers balance; photos are JPEG; chemistry answers are equations."""
    for r in of_family(reqs, "edu-homework"):
        f = _fields(r) if r["shape"] != "photo-upload" else {}
        for key in ("xjh", "studentNo"):
            if key in f:
                assert f[key][0] == "G" and id_number_ok(f[key][1:])
    for r in of_family(reqs, "edu-homework", "answer-submit"):
        assert all(_balanced(a["latex"]) for a in json_body(r)["answers"])
    for r in of_family(reqs, "edu-homework", "photo-upload"):
        assert all(t == "image/jpeg" and raw[:3] == b"\xff\xd8\xff" for t, raw in _multipart_files(r))
    for r in of_family(reqs, "edu-homework", "chem-answer"):
        assert re.search(r"=|⇌|-->", form_fields(r)["answer"])


def test_pollution_permits(reqs: list[dict]) -> None:
    """许可证编号 are a valid 统一社会信用代码, a serial and P (登记: X); 超标 is whether a value exceeds the
    limit; outlets lie in the province."""
    permit = re.compile(r"([0-9A-Z]{18})(\d{3})([PX])")
    for r in of_family(reqs, "pollution-permit"):
        f = _fields(r) if r["shape"] != "attachment-upload" else {}
        for key in ("xkzbh", "djbh"):
            if f.get(key):
                m = permit.fullmatch(f[key])
                assert m and uscc_ok(m.group(1)) and (m.group(3) == "X") == (key == "djbh")
    for r in of_family(reqs, "pollution-permit", "permit-apply"):
        doc = json_body(r)
        assert doc["xkzbh"].startswith(doc["tyshxydm"])
        for outlet in doc["fqpk"] + doc["fspk"]:
            assert 103.5 < outlet["jd"] < 109.6 and 24.5 < outlet["wd"] < 29.3
    for r in of_family(reqs, "pollution-permit", "monitor-data"):
        doc = json_body(r)
        assert doc["cb"] == any(v > doc["xz"] for v in doc["jcz"])


def test_identifiers_carry_their_check_digits(reqs: list[dict]) -> None:
    """公民身份号码 and 统一社会信用代码 wherever the families send them in clear, in paths, forms and JSON."""
    text = " ".join(urllib.parse.unquote(r["path"]) + " " + urllib.parse.unquote_plus(r.get("body", "")) for r in reqs)
    ids = set(re.findall(r"(?<![0-9A-Za-z])52\d{15}[0-9X](?![0-9A-Za-z])", text))
    assert len(ids) > 200 and all(id_number_ok(n) for n in ids)
    codes = set(re.findall(r"(?<![0-9A-Z])(?:91|92|93|12|52)52\d{4}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Z])", text))
    assert len(codes) > 200 and all(uscc_ok(code) for code in codes)
