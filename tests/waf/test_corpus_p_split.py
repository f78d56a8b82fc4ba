"""Corpus P (tests/waf/data/gen_cms_corpus_p.py): its split and its requests, without a WAF.

Fast tests, in their own module like test_corpus_o_split.py. Nothing here sends P through the WAF: P's
false-positive count is the lead's, after a tuning round on P's tuning part (docs/waf.md, held-out
discipline). The per-family checks look only at the requests themselves, the way the receiving servers
would: 统一社会信用代码 and 公民身份号码 check characters, ORCID and CAS check characters, DataCite XML, CSV
uploads and their MD5 digests, source-code PDFs whose title and pages are what the 登记 rules ask, GDSII
streams that parse record by record, 度分秒 that equal their decimal ranges, vouchers whose 借 equals 贷 and
XBRL balance sheets that balance, 清单 合价 = 工程量 × 综合单价 and 计算式 that give their 工程量, 危险货物
entries of the JT/T 617 list, GHS pictograms that follow the H statements, exam papers that score 100, FDSN
queries whose windows open before they close. Never a WAF verdict.
"""

from __future__ import annotations

import ast
import csv
import hashlib
import io
import ipaddress
import json
import operator
import re
import struct
import urllib.parse
import xml.etree.ElementTree as ET
import zipfile

from tests.waf.corpus_checks import (
    assert_headers_sent,
    assert_new_families,
    assert_regenerates,
    assert_sized,
    assert_sound_requests,
    assert_split_as_written,
    cas_ok,
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
    orcid_ok,
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

PINNED_HELD_OUT = (
    "hazchem-registration",
    "fire-tech-service",
    "hazmat-waybill",
)  # written once from the docstring's rule: a change of family names would re-split

corpus, reqs = corpus_fixtures(gen_p)


def _xml(text: str | bytes) -> ET.Element:
    return ET.fromstring(text)  # noqa: S314 - the generator's own records, no external input


def _md5(data: bytes) -> str:
    return hashlib.md5(data, usedforsecurity=False).hexdigest()


def _zip(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert z.testzip() is None
        return {n: z.read(n) for n in z.namelist()}


def _csv(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))


def _gds(data: bytes) -> list[tuple[int, int, bytes]]:
    """GDSII records (type, data type, data), each length-prefixed, read to the end of the stream."""
    out, i = [], 0
    while i < len(data):
        length, rtype, dtype = struct.unpack(">HBB", data[i : i + 4])
        assert length >= 4 and length % 2 == 0
        out.append((rtype, dtype, data[i + 4 : i + length]))
        i += length
    assert i == len(data)
    return out


def _gds_real(raw: bytes) -> float:
    v = struct.unpack(">Q", raw)[0]
    return (v & (2**56 - 1)) / 2**56 * 16 ** (((v >> 56) & 0x7F) - 64) * (-1 if v >> 63 else 1)


def _file_ok(p: dict) -> bool:
    data, kind = p["data"], p["type"]
    common = common_file_ok(data, kind)
    if common is not None:
        return common
    if kind == "application/zip":
        return bool(_zip(data))
    if kind == "application/octet-stream":  # GDSII streams
        records = _gds(data)
        return records[0][0] == 0x00 and records[-1][0] == 0x04
    if kind in ("text/plain", "text/csv"):
        return bool(data.decode("utf-8").strip())
    return False


def _dms(text: str) -> float:
    m = re.fullmatch(r"(\d+)°(\d{2})′(\d{2})″", text)
    assert m, text
    return int(m.group(1)) + int(m.group(2)) / 60 + int(m.group(3)) / 3600


OPS = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
    ast.Pow: operator.pow,
}


def _formula(expr: str) -> float:
    """A 计算式 (+ - * / ^ and brackets) evaluated as the 造价 software does, without eval."""

    def walk(node: ast.AST) -> float:
        if isinstance(node, ast.BinOp):
            return OPS[type(node.op)](walk(node.left), walk(node.right))
        assert isinstance(node, ast.Constant)
        return node.value

    return round(walk(ast.parse(expr.replace("^", "**"), mode="eval").body), 3)


# --- the split, the size and the record contract ----------------------------------------------------


def test_regenerating_gives_the_committed_files(corpus: tuple[list[dict], list[dict]]) -> None:
    assert_regenerates(*corpus, gen_p.TUNING_FILE, gen_p.HELD_OUT_FILE)


def test_large_enough_and_tagged(reqs: list[dict]) -> None:
    assert_sized(reqs, gen_p, (125, 140), min_requests=1500, min_families=11, min_shapes=8)


def test_the_split_is_the_rule_written_down(corpus: tuple[list[dict], list[dict]]) -> None:
    """Whole families and (family, shape) groups are on one side only; the held-out families are the
    ones the docstring's rule picks (pinned: a change of family names would re-split)."""
    earlier = (gen_c, gen_d, gen_e, gen_f, gen_g, gen_h, gen_i, gen_j, gen_k, gen_l, gen_m, gen_n, gen_o)
    assert_split_as_written(corpus, gen_p, "corpus-p/", PINNED_HELD_OUT, earlier, parts=(835, 737))


def test_p_shares_no_family_with_a_to_o(reqs: list[dict]) -> None:
    assert_new_families(
        reqs, gen_b, gen_c, gen_d, gen_e, gen_f, gen_g, gen_h, gen_i, gen_j, gen_k, gen_l, gen_m, gen_n, gen_o
    )


def test_every_record_is_a_request_its_server_reads_back(reqs: list[dict]) -> None:
    """Well formed, held to P's own sources and methods, and read back exactly by a plain http.server."""
    assert_sound_requests(reqs, gen_p.check, gen_o.SOURCES["met-data-share"])


def test_the_request_kinds_it_was_made_for(reqs: list[dict]) -> None:
    """Browser JSON and jQuery forms, multipart uploads, XML from enterprise software, script and ObsPy
    clients, a plain-text FDSN selection."""
    assert {r["method"] for r in reqs} == {"GET", "POST"}
    ctypes = media_types(reqs)
    assert ctypes["application/json"] >= 400 and ctypes["multipart/form-data"] >= 200
    assert ctypes["application/x-www-form-urlencoded"] >= 120
    assert ctypes["application/xml"] >= 60 and ctypes["text/plain"] >= 15
    assert_headers_sent(reqs, ("X-Requested-With", "Authorization", "X-Task-No", "X-Enterprise-Code"))
    assert sum(header(r, "User-Agent").startswith("ObsPy/") for r in reqs) >= 80


def test_multipart_uploads_decode(reqs: list[dict]) -> None:
    """Every uploaded file is what its part's Content-Type says (PDF, PNG, DOCX, zip, GDSII, CSV, text)."""
    uploads = [r for r in reqs if content_type(r).startswith("multipart/form-data")]
    assert len(uploads) >= 200
    for r in uploads:
        for p in multipart_parts(r):
            assert p["filename"] is None or _file_ok(p), (r["label"], p["name"], p["type"])


# --- the families, checked the way their receiving servers would ------------------------------------


def test_science_data(reqs: list[dict]) -> None:
    """Authors carry valid ORCID iDs; DataCite documents parse with a DOI and a bounding box whose west is
    west of its east; CSV uploads carry their MD5 and a known header; manifests add up."""
    f = "sci-data-center"
    dc = "{http://datacite.org/schema/kernel-4}"
    for r in of_family(reqs, f, "dataset-draft"):
        assert all(orcid_ok(a["orcid"]) for a in json_body(r)["authors"])
    for r in of_family(reqs, f, "datacite-xml"):
        root = _xml(r["body"])
        ident = root.find(f"{dc}identifier")
        assert ident.get("identifierType") == "DOI" and re.fullmatch(r"10\.11922/sciencedb\.\d{5}", ident.text)
        assert all(orcid_ok(e.text) for e in root.iter(f"{dc}nameIdentifier"))
        box = root.find(f".//{dc}geoLocationBox")
        assert float(box.find(f"{dc}westBoundLongitude").text) < float(box.find(f"{dc}eastBoundLongitude").text)
    headers = [d[4] for d in gen_p.DATASETS]
    for r in of_family(reqs, f, "datafile-upload"):
        fields, (p,) = upload_fields(r), upload_files(r)
        assert _md5(p["data"]) == fields["md5"]
        rows = _csv(p["data"])
        assert rows[0] in headers and all(len(row) == len(rows[0]) for row in rows)
    for r in of_family(reqs, f, "file-manifest"):
        doc = json_body(r)
        assert doc["fileCount"] == len(doc["files"]) and doc["totalSize"] == sum(x["size"] for x in doc["files"])


def test_software_copyright(reqs: list[dict]) -> None:
    """Owners carry valid 统一社会信用代码; a published work was published after it was finished; source-code
    PDFs carry the software's name and version as their title and at least 50 lines a page, and their xref
    is where startxref says."""
    f = "software-copyright"
    for r in of_family(reqs, f, "apply-basic"):
        doc = json_body(r)
        assert all(uscc_ok(o["zjhm"]) for o in doc["zzqr"])
        assert (doc["scfbrq"] > doc["kfwcrq"]) if doc["fbzt"] == "已发表" else doc["scfbrq"] == ""
    for r in of_family(reqs, f, "code-material-upload"):
        fields, (p,) = upload_fields(r), upload_files(r)
        data = p["data"]
        title = re.search(rb"/Title <FEFF([0-9A-F]+)>", data).group(1)
        assert bytes.fromhex(title.decode()).decode("utf-16-be") == f"{fields['rjqc']} {fields['bbh']}"
        streams = re.findall(rb"stream\n(.*?)\nendstream", data, re.S)
        assert streams and all(s.count(b") Tj T*") >= 50 for s in streams)
        xref = int(re.search(rb"startxref\n(\d+)\n%%EOF", data).group(1))
        assert data[xref:].startswith(b"xref\n")


def test_ic_layouts(reqs: list[dict]) -> None:
    """GDSII streams parse record by record: HEADER 600, the library the form names, UNITS 1e-3 and 1e-9,
    closed boundaries; the MD5 is the file's; 技术 belongs to the stated 结构; 商业 利用 follows 创作."""
    f = "ic-layout-design"
    for r in of_family(reqs, f, "gds-upload"):
        fields, (p,) = upload_fields(r), upload_files(r)
        assert _md5(p["data"]) == fields["md5"]
        records = _gds(p["data"])
        kinds = {rtype: data for rtype, _, data in records}
        assert struct.unpack(">h", kinds[0x00])[0] == 600 and kinds[0x02].rstrip(b"\0").decode() == fields["libname"]
        assert abs(_gds_real(kinds[0x03][:8]) - 1e-3) < 1e-12 and abs(_gds_real(kinds[0x03][8:]) - 1e-9) < 1e-18
        for rtype, _, data in records:
            if rtype == 0x10:
                xy = struct.unpack(f">{len(data) // 4}i", data)
                assert xy[:2] == xy[-2:]
    for r in of_family(reqs, f, "apply-form"):
        doc = json_body(r)
        assert doc["js"] in gen_p.IC_TECH[doc["jg"]] and all(uscc_ok(o["tyxydm"]) for o in doc["qlr"])
        assert doc["scsylyr"] == "" or doc["scsylyr"] > doc["czwcr"]
    for r in of_family(reqs, f, "summary-submit"):
        doc = json_body(r)
        assert doc["js"] in gen_p.IC_TECH[doc["jg"]]


def test_geographical_indications(reqs: list[dict]) -> None:
    """保护 范围 in 度分秒 equal the decimal range to the second; GeoJSON rings close; users carry valid codes."""
    f = "geographical-indication"
    for r in of_family(reqs, f, "protection-apply"):
        doc = json_body(r)
        m = re.fullmatch(r"东经(\S+)—(\S+)，北纬(\S+)—(\S+)", doc["dlzb"])
        w, s, e, n = doc["bbox"]
        for text, value in zip(m.groups(), (w, e, s, n), strict=True):
            assert abs(_dms(text) - value) < 1 / 3600
    for r in of_family(reqs, f, "range-geojson"):
        (ring,) = json_body(r)["features"][0]["geometry"]["coordinates"]
        assert ring[0] == ring[-1] and len(ring) == 5
    for r in of_family(reqs, f, "mark-use-apply"):
        assert uscc_ok(form_fields(r)["tyxydm"])


def test_audit_data(reqs: list[dict]) -> None:
    """Each voucher's 借 equals its 贷; XBRL 资产 = 负债 + 权益 = 流动 + 非流动; packaged ledgers parse and carry
    their MD5."""
    f = "audit-data-report"

    def balanced(root: ET.Element) -> None:
        for v in root.iter("记账凭证"):
            debit = sum(float(e.find("借方金额").text) for e in v.iter("分录"))
            credit = sum(float(e.find("贷方金额").text) for e in v.iter("分录"))
            assert abs(debit - credit) < 0.005
        assert uscc_ok(root.find("组织机构代码").text)

    for r in of_family(reqs, f, "ledger-xml"):
        balanced(_xml(r["body"]))
    cas = "{" + gen_p.XBRL_NS["cas"] + "}"
    for r in of_family(reqs, f, "xbrl-instance"):
        root = _xml(r["body"])
        v = {e.tag[len(cas) :]: float(e.text) for e in root if e.tag.startswith(cas) and e.get("unitRef")}
        assert abs(v["Assets"] - v["Liabilities"] - v["Equity"]) < 0.005
        assert abs(v["Assets"] - v["CurrentAssets"] - v["NoncurrentAssets"]) < 0.005
    for r in of_family(reqs, f, "package-upload"):
        fields, (p,) = upload_fields(r), upload_files(r)
        assert _md5(p["data"]) == fields["md5"] and uscc_ok(fields["tyxydm"])
        balanced(_xml(_zip(p["data"])["账簿.xml"]))


def test_bills_of_quantities(reqs: list[dict]) -> None:
    """清单 项目编码 have 12 digits; 合价 = 工程量 × 综合单价 and the 合计 adds them; 计算式 give their 工程量."""
    f = "bill-of-quantities"
    for r in of_family(reqs, f, "boq-xml"):
        for part in _xml(r["body"]).iter("分部分项工程"):
            items = list(part.iter("清单项目"))
            for x in items:
                assert re.fullmatch(r"\d{12}", x.get("项目编码"))
                assert abs(float(x.get("工程量")) * float(x.get("综合单价")) - float(x.get("合价"))) < 0.006
            assert abs(sum(float(x.get("合价")) for x in items) - float(part.get("合计"))) < 0.006
    for r in of_family(reqs, f, "quantity-formula"):
        doc = json_body(r)
        assert _formula(doc["jss"]) == doc["gcl"]
    for r in of_family(reqs, f, "package-upload"):
        fields, (p,) = upload_fields(r), upload_files(r)
        assert _md5(p["data"]) == fields["md5"]
        for x in json.loads(_zip(p["data"])["清单.json"]):
            assert abs(x["gcl"] * x["zhdj"] - x["hj"]) < 0.006


def test_fire_technical_services(reqs: list[dict]) -> None:
    """Measured values lie in their item's range and unit; controller logs go forward in time; agencies
    carry valid codes; points lie in 贵州."""
    f = "fire-tech-service"
    ranges = {name: (lo, hi, unit) for name, _, lo, hi, unit in gen_p.FIRE_CHECKS}
    for r in of_family(reqs, f, "maintenance-record"):
        doc = json_body(r)
        assert uscc_ok(doc["jg"])
        for x in doc["xm"]:
            lo, hi, unit = ranges[x["xm"]]
            assert lo <= x["z"] <= hi and x["dw"] == unit and x["sc"].endswith(f"{x['z']} {unit}")
    for r in of_family(reqs, f, "alarm-log-upload"):
        rows = _csv(upload_files(r)[0]["data"])
        times = [row[0] for row in rows[1:]]
        assert rows[0][0] == "时间" and times == sorted(times)
    for r in of_family(reqs, f, "project-filing"):
        doc = json_body(r)
        assert 103.6 < doc["lng"] < 109.6 and 24.6 < doc["lat"] < 29.3 and uscc_ok(doc["wbjg"])


def test_dangerous_goods_waybills(reqs: list[dict]) -> None:
    """Goods are entries of the JT/T 617 list with their class and packing group; drivers and escorts carry
    valid 公民身份号码; loads stay within the rated load."""
    f = "hazmat-waybill"
    for r in of_family(reqs, f, "waybill-create"):
        doc = json_body(r)
        for g in doc["goods"]:
            _, name, cls, pg, tech = gen_p.DG[g["unNo"]]
            assert g["properShippingName"] == name + tech and (g["class"], g["packingGroup"]) == (cls, pg)
        assert id_number_ok(doc["driver"]["qualificationNo"]) and id_number_ok(doc["escort"]["qualificationNo"])
        assert uscc_ok(doc["consignor"]["uscc"]) and uscc_ok(header(r, "X-Enterprise-Code"))
    for r in of_family(reqs, f, "loading-confirm"):
        doc = json_body(r)
        assert doc["actualLoadKg"] <= doc["ratedLoadKg"]


def test_hazardous_chemicals(reqs: list[dict]) -> None:
    """CAS numbers carry their check digit; labels show the pictograms and signal word of their H statements."""
    f = "hazchem-registration"
    for r in of_family(reqs, f, "chemical-register"):
        doc = json_body(r)
        assert cas_ok(doc["cas"]) and all(cas_ok(x["cas"]) for x in doc["zf"]) and uscc_ok(doc["tyxydm"])
    for r in of_family(reqs, f, "cas-lookup"):
        assert cas_ok(query1(r)["cas"])
    for r in of_family(reqs, f, "label-content"):
        doc = json_body(r)
        pics = sorted({gen_p.PICTOGRAMS[h] for h in doc["wxxsm"]} - {None})
        assert doc["xtb"] == pics and cas_ok(doc["cas"])
        assert doc["xhc"] == ("危险" if {"GHS02", "GHS06", "GHS08"} & set(pics) else "警告")


def test_item_bank(reqs: list[dict]) -> None:
    """Papers score 100; imported CSVs parse with the bank's header; code runs name a known language."""
    f = "skill-exam-itembank"
    for r in of_family(reqs, f, "paper-rule"):
        doc = json_body(r)
        assert sum(x["sl"] * x["fz"] for x in doc["gz"]) == doc["zf"] == 100
    for r in of_family(reqs, f, "item-import"):
        rows = _csv(upload_files(r)[0]["data"])
        assert rows[0][:4] == ["题型", "鉴定点代码", "难度", "题干"] and all(len(x) == 10 for x in rows)
    for r in of_family(reqs, f, "sample-run"):
        assert json_body(r)["lang"] in {"c", "python3", "java"}


def test_developer_forum(reqs: list[dict]) -> None:
    """Markdown posts close their code fences; IP whitelists are CIDR blocks; debug requests carry JSON."""
    f = "miniapp-dev-forum"
    for r in of_family(reqs, f, "ticket-create"):
        assert json_body(r)["content"].count("```") % 2 == 0
    for r in of_family(reqs, f, "access-apply"):
        for block in json_body(r)["ipWhitelist"].split(", "):
            assert ipaddress.ip_network(block).is_private
    for r in of_family(reqs, f, "api-debug"):
        assert isinstance(json.loads(json_body(r)["body"]), dict)


def test_fdsn_requests(reqs: list[dict]) -> None:
    """FDSN windows open before they close, boxes have min < max, selections are NET STA LOC CHA START END."""
    f = "seismic-fdsn"
    for r in (x for x in reqs if x["family"] == f and x["path"].startswith("/fdsnws/event/")):
        q = query1(r)
        assert q["starttime"] < q["endtime"]
        if "minlatitude" in q:
            assert float(q["minlatitude"]) < float(q["maxlatitude"])
            assert float(q["minlongitude"]) < float(q["maxlongitude"])
    for r in of_family(reqs, f, "dataselect-post"):
        lines = r["body"].splitlines()
        sel = [ln.split(" ") for ln in lines if "=" not in ln]
        assert sel and all(len(x) == 6 and x[0] in gen_p.SEIS_NETS and x[4] < x[5] for x in sel)
    for r in of_family(reqs, f, "dataselect-get"):
        q = query1(r)
        assert q["start"] < q["end"] and urllib.parse.unquote(r["path"]).count("T") >= 2


def test_identifiers_carry_their_check_digits(reqs: list[dict]) -> None:
    """统一社会信用代码 wherever the families send them in clear, in paths, forms, JSON and XML."""
    text = " ".join(
        urllib.parse.unquote(r["path"]) + " " + urllib.parse.unquote_plus(record_body(r).decode("utf-8", "replace"))
        for r in reqs
    )
    codes = set(re.findall(r"(?<![0-9A-Z])(?:91|92|93|12|52)52\d{4}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Z])", text))
    assert len(codes) >= 100 and all(uscc_ok(code) for code in codes)
