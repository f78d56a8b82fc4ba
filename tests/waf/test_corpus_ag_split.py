"""Corpus AG (tests/waf/data/gen_cms_corpus_ag.py): its split and its requests, without a WAF.

Fast tests, in their own module like test_corpus_af_split.py. Nothing here sends AG through the WAF: AG's
false-positive count is the lead's, after a tuning round on AG's tuning part (docs/waf.md, held-out
discipline). The per-family checks look only at the requests themselves, the way the receiving frameworks would:
ASP.NET ViewState and EventValidation in ObjectStateFormatter's tokens with MACs that verify, event targets that
are posted controls, UpdatePanel bodies of PageRequestManager's form; Struts tokens, list indices and checkbox
markers; jqGrid, DataTables, DisplayTag and JSONP parameters that agree; JSF partial requests and ViewState ids;
DWR batches in their line format; GWT-RPC payloads decoded by their string tables and type signatures; Ext JS
paging windows, sorters and Ext.Direct tids; AMFX packets decoded with their references; APEX arrays of equal
length; GBK that decodes; report viewers' parameters and SOAP. Never a WAF verdict.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
import struct
import urllib.parse
import xml.etree.ElementTree as ET
from collections import Counter
from datetime import datetime, timedelta

from tests.waf.corpus_checks import (
    DOCX_TYPE,
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
from tests.waf.data import gen_cms_corpus_af as gen_af
from tests.waf.data import gen_cms_corpus_ag as gen_ag

PINNED_HELD_OUT = (
    "classic-asp-jsp",
    "legacy-report-viewers",
    "flex-blazeds-amfx",
)  # written once from the docstring's rule: a change of family names would re-split
PINNED_HELD_GROUPS = {  # the (family, shape) groups of the other families the rule holds out (first byte % 4 == 0)
    ("aspnet-ajax-scriptmanager", "asmx-scriptservice"),
    ("aspnet-ajax-scriptmanager", "autocomplete-extender"),
    ("aspnet-webforms-postback", "cross-page-post"),
    ("aspnet-webforms-postback", "query-button"),
    ("dwr-remoting", "dwr-page"),
    ("dwr-remoting", "dwr-script"),
    ("dwr-remoting", "plaincall-array"),
    ("dwr-remoting", "system-generateid"),
    ("extjs-data-direct", "combo-query"),
    ("extjs-data-direct", "ext-app-page"),
    ("extjs-data-direct", "ext-script"),
    ("gwt-rpc", "rpc-dto-query"),
    ("gwt-rpc", "rpc-map"),
    ("gwt-rpc", "rpc-string"),
    ("jsf-faces-ajax", "full-postback"),
    ("jsf-faces-ajax", "primefaces-datatable-sort"),
    ("oracle-apex", "page-url-items"),
    ("oracle-apex", "report-download"),
    ("struts1-springmvc-jquery", "oa-page"),
    ("struts1-springmvc-jquery", "spring-form-post"),
    ("struts2-action", "action-page"),
    ("struts2-action", "dmi-method"),
}

EARLIER = earlier_generators("af")

corpus, reqs = corpus_fixtures(gen_ag)

COMMON = {"application/pdf": ".pdf", "image/jpeg": ".jpg", "image/png": ".png", DOCX_TYPE: ".docx"}
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
OTHER = {  # the uploads assert_uploads_decode does not know: their extensions and magic bytes
    "application/vnd.ms-excel": ((".xls",), OLE2),
    "application/msword": ((".doc",), OLE2),
    "image/pjpeg": ((".jpg",), b"\xff\xd8\xff"),  # IE 8's name for JPEG
    "application/octet-stream": ((".pdf", ".jpg", ".png", ".docx", ".xls", ".doc"), b""),  # Flash Player's
}
MAGIC = {
    ".pdf": b"%PDF-",
    ".jpg": b"\xff\xd8\xff",
    ".png": b"\x89PNG",
    ".docx": b"PK\x03\x04",
    ".xls": OLE2,
    ".doc": OLE2,
}
MACHINE_KEY = bytes.fromhex("a3f1c2e4b5d6978812ab34cd56ef7890a1b2c3d4")  # the servers' <machineKey validationKey>
IE8_ACCEPT = "image/jpeg, application/x-ms-application"
CITIES = {f"61{i:02d}00" for i in range(1, 11)}
CPH = "ctl00$ContentPlaceHolder1$"


def _is_page(rec: dict) -> bool:
    accept = header(rec, "Accept")
    return rec["method"] == "GET" and (accept.startswith("text/html") or accept.startswith(IE8_ACCEPT))


def _is_ie(rec: dict) -> bool:
    return "Trident/" in header(rec, "User-Agent")


def _pairs(rec: dict) -> list[tuple[str, str]]:
    """A form-urlencoded body as a server reads it (ordered, repeated names kept)."""
    return urllib.parse.parse_qsl(rec["body"], keep_blank_values=True, strict_parsing=True)


def _query_pairs(rec: dict) -> list[tuple[str, str]]:
    return urllib.parse.parse_qsl(urllib.parse.urlsplit(rec["path"]).query, keep_blank_values=True)


def _ms_2027(text: str) -> bool:
    return bool(re.fullmatch(r"\d{13}", text)) and datetime(2027, 1, 1) <= datetime(1970, 1, 1) + timedelta(
        milliseconds=int(text)
    ) < datetime(2028, 1, 1)


# --- ASP.NET: ObjectStateFormatter and its MAC -----------------------------------------------------------


def _7bit(data: bytes, i: int) -> tuple[int, int]:
    n = shift = 0
    while True:
        b = data[i]
        i += 1
        n |= (b & 0x7F) << shift
        shift += 7
        if not b & 0x80:
            return n, i


def _osf(data: bytes, i: int) -> tuple[object, int]:
    """One ObjectStateFormatter value (the tokens the pages write) from position i."""
    token = data[i]
    i += 1
    if token in (0x64, 0x67, 0x68):
        return {0x64: None, 0x67: True, 0x68: False}[token], i
    if token == 0x02:
        return _7bit(data, i)
    if token == 0x05:
        n, i = _7bit(data, i)
        return data[i : i + n].decode(), i + n
    if token == 0x0F:
        a, i = _osf(data, i)
        b, i = _osf(data, i)
        return (a, b), i
    assert token == 0x16, hex(token)
    n, i = _7bit(data, i)
    out = []
    for _ in range(n):
        v, i = _osf(data, i)
        out.append(v)
    return out, i


def _state_field(value: str, generator: str) -> object:
    """A __VIEWSTATE or __EVENTVALIDATION value: FF 01, one value filling the bytes before the MAC, and the MAC
    (HMACSHA1 over the state and the generator as little-endian modifier) that the server verifies."""
    raw = base64.b64decode(value, validate=True)
    data, mac = raw[:-20], raw[-20:]
    assert data[:2] == b"\xff\x01"
    state, end = _osf(data, 2)
    assert end == len(data)
    expected = hmac.new(MACHINE_KEY, data + struct.pack("<I", int(generator, 16)), hashlib.sha1).digest()
    assert hmac.compare_digest(mac, expected)
    return state


def _webform_ok(fields: dict[str, str]) -> None:
    gen = fields["__VIEWSTATEGENERATOR"]
    assert re.fullmatch(r"[0-9A-F]{8}", gen)
    (page_hash, tree), rest = _state_field(fields["__VIEWSTATE"], gen)
    assert rest is None and int(page_hash) == struct.unpack("<i", bytes.fromhex(gen)[::-1])[0] and tree[0] is None
    ev = _state_field(fields["__EVENTVALIDATION"], gen)
    assert isinstance(ev, list) and len(ev) >= 2 and all(isinstance(x, int) for x in ev)


def _url_token(text: str) -> bytes:
    """HttpServerUtility.UrlTokenDecode: base64url, the last digit says how many '=' were dropped."""
    assert re.fullmatch(r"[A-Za-z0-9_-]+[012]", text), text
    return base64.urlsafe_b64decode(text[:-1] + "=" * int(text[-1]))


# --- DWR, GWT-RPC and AMFX as their servlets read them -------------------------------------------------------


def _dwr_value(text: str, lines: dict[str, str], seen: set[str]) -> object:
    kind, _, value = text.partition(":")
    if kind == "reference":
        assert value in lines and value not in seen, value
        seen.add(value)
        return _dwr_value(lines[value], lines, seen)
    if kind == "string":
        return urllib.parse.unquote(value, errors="strict")
    if kind == "number":
        return float(value)
    if kind == "boolean":
        assert value in ("true", "false")
        return value == "true"
    if kind == "null":
        assert value == "null"
        return None
    if kind == "Date":
        return datetime(1970, 1, 1) + timedelta(milliseconds=int(value))
    if kind == "array":
        assert value[0] == "[" and value[-1] == "]"
        return [_dwr_value(x, lines, seen) for x in value[1:-1].split(",") if x]
    assert kind == "Object_Object" and value[0] == "{" and value[-1] == "}", text
    out = {}
    for member in value[1:-1].split(", "):
        name, _, ref = member.partition(":")
        out[name] = _dwr_value(ref, lines, seen)
    return out


def _dwr_batch(rec: dict) -> list[tuple[str, str, list[object]]]:
    """A plaincall batch: key=value lines, callCount calls each with scriptName, methodName, id and params whose
    references all resolve (each once); the URL names the call, or Multiple.n for a batch."""
    body = rec["body"]
    assert body.endswith("\n")
    lines = dict(line.split("=", 1) for line in body[:-1].split("\n"))
    n = int(lines["callCount"])
    assert {"page", "httpSessionId", "scriptSessionId", "batchId"} <= set(lines)
    assert urllib.parse.unquote(lines["page"]).startswith("/wsbs/") and int(lines["batchId"]) >= 0
    calls, seen = [], set()
    for i in range(n):
        assert lines[f"c{i}-id"] == str(i)
        params, j = [], 0
        while f"c{i}-param{j}" in lines:
            params.append(_dwr_value(lines[f"c{i}-param{j}"], lines, seen))
            j += 1
        calls.append((lines[f"c{i}-scriptName"], lines[f"c{i}-methodName"], params))
    refs = {k for k in lines if re.fullmatch(r"c\d+-e\d+", k)}
    assert refs == seen
    assert not {k for k in lines if re.match(r"c(\d+)-", k) and int(re.match(r"c(\d+)-", k).group(1)) >= n}
    name = f"Multiple.{n}" if n > 1 else f"{calls[0][0]}.{calls[0][1]}"
    assert rec["path"] == f"/wsbs/dwr/call/plaincall/{name}.dwr"
    return calls


JRE_TYPES = {
    "java.lang.String/2004016611",
    "java.lang.Integer/3438268394",
    "java.lang.Boolean/476441737",
    "java.util.ArrayList/4159755760",
    "java.util.HashMap/1797211028",
}
DTO_FIELDS = {  # the shared classes' serializable fields, in name order
    "cn.gov.sn.zhjg.shared.JgQuery/2738175041": ["S", "I", "I", "S", "O", "S"],
    "cn.gov.sn.zhjg.shared.JcJl/1103862217": ["S", "S", "S", "S", "O"],
}


class _GwtReader:
    """ServerSerializationStreamReader in outline: the string table, then the payload read by type."""

    def __init__(self, body: str) -> None:
        assert body.endswith("|")
        tokens = body[:-1].split("|")
        assert tokens[:2] == ["7", "0"]
        n = int(tokens[2])
        self.strings = [t.replace("\\!", "|").replace("\\\\", "\\") for t in tokens[3 : 3 + n]]
        self.payload, self.pos, self.used = tokens[3 + n :], 0, set()

    def int(self) -> int:
        self.pos += 1
        return int(self.payload[self.pos - 1])

    def string(self) -> str | None:
        i = self.int()
        assert 0 <= i <= len(self.strings)
        self.used |= {i} - {0}
        return self.strings[i - 1] if i else None

    def obj(self) -> object:
        sig = self.string()
        if sig is None:
            return None
        if sig == "java.lang.String/2004016611":
            return self.string()
        if sig in ("java.lang.Integer/3438268394", "java.lang.Boolean/476441737"):
            v = self.int()
            assert sig.startswith("java.lang.Integer") or v in (0, 1)
            return v
        if sig == "java.util.ArrayList/4159755760":
            return [self.obj() for _ in range(self.int())]
        if sig == "java.util.HashMap/1797211028":
            return {self.obj(): self.obj() for _ in range(self.int())}
        return [self.value(t) for t in DTO_FIELDS[sig]]

    def value(self, t: str) -> object:
        return {"S": self.string, "I": self.int}.get(t, self.obj)()

    def done(self) -> bool:
        return self.pos == len(self.payload) and self.used == set(range(1, len(self.strings) + 1))


AMFX = "{http://www.macromedia.com/2005/amfx}"


class _AmfxReader:
    """AMFX as BlazeDS's AmfxMessageDeserializer reads it, with its string and trait reference tables."""

    def __init__(self) -> None:
        self.strings: list[str] = []
        self.traits: list[tuple[list[str], bool]] = []

    def string(self, el: ET.Element) -> str:
        assert el.tag == AMFX + "string"
        if "id" in el.attrib:
            return self.strings[int(el.attrib["id"])]
        text = el.text or ""
        if text:
            self.strings.append(text)
        return text

    def value(self, el: ET.Element) -> object:
        tag = el.tag[len(AMFX) :]
        if tag in ("null", "true", "false"):
            return {"null": None, "true": True, "false": False}[tag]
        if tag == "int":
            return int(el.text)
        if tag == "double":
            return float(el.text)
        if tag == "string":
            return self.string(el)
        if tag == "array":
            items = [self.value(x) for x in el]
            assert len(items) == int(el.attrib["length"])
            return items
        assert tag == "object", tag
        children = list(el)
        traits_el = children[0]
        assert traits_el.tag == AMFX + "traits"
        if "id" in traits_el.attrib:
            names, dynamic = self.traits[int(traits_el.attrib["id"])]
        else:
            names, dynamic = [self.string(x) for x in traits_el], traits_el.get("dynamic") == "true"
            self.traits.append((names, dynamic))
        values = children[1:]
        out: dict = {"_type": el.get("type", "")}
        for name, v in zip(names, values, strict=False):
            out[name] = self.value(v)
        rest = values[len(names) :]
        assert dynamic or not rest
        assert len(rest) % 2 == 0
        for k, v in zip(rest[::2], rest[1::2], strict=True):
            out[self.string(k)] = self.value(v)
        return out


def _amfx_message(rec: dict) -> dict:
    root = ET.fromstring(rec["body"])  # noqa: S314 - the generator's own records
    assert root.tag == AMFX + "amfx" and root.get("ver") == "3"
    (body,) = list(root)
    assert body.tag == AMFX + "body"
    (obj,) = list(body)
    msg = _AmfxReader().value(obj)
    assert re.fullmatch(r"[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}", msg["messageId"])
    assert msg["timeToLive"] == 0 and msg["timestamp"] == 0 and isinstance(msg["headers"], dict)
    return msg


# --- the split, the size and the record contract ----------------------------------------------------


def test_regenerating_gives_the_committed_files(corpus: tuple[list[dict], list[dict]]) -> None:
    assert_regenerates(*corpus, gen_ag.TUNING_FILE, gen_ag.HELD_OUT_FILE)


def test_large_enough_and_tagged(reqs: list[dict]) -> None:
    assert_sized(reqs, gen_ag, (130, 156), min_requests=1500, min_families=11, min_shapes=10)


def test_the_split_is_the_rule_written_down(corpus: tuple[list[dict], list[dict]]) -> None:
    """Whole families and (family, shape) groups are on one side only; the held-out families are the
    ones the docstring's rule picks (pinned: a change of family names would re-split)."""
    earlier = EARLIER[1:]  # C-AF: B has no SEED of its own to compare
    assert_split_as_written(corpus, gen_ag, "corpus-ag/", PINNED_HELD_OUT, earlier, parts=(962, 728))
    groups = {(r["family"], r["shape"]) for r in corpus[1] if r["family"] not in PINNED_HELD_OUT}
    assert groups == PINNED_HELD_GROUPS


def test_ag_shares_no_family_with_a_to_af(reqs: list[dict]) -> None:
    assert EARLIER[-1] is gen_af
    assert_new_families(reqs, *EARLIER)


def test_every_record_is_a_request_its_server_reads_back(reqs: list[dict]) -> None:
    """Well formed, held to AG's own sources and methods, and read back exactly by a plain http.server."""
    assert_sound_requests(reqs, gen_ag.check, gen_af.SOURCES["eo-stac-catalog"])


def test_the_request_kinds_it_was_made_for(reqs: list[dict]) -> None:
    """Page navigations (at least 200) from IE and current browsers, framework AJAX posts, Flash Player, Java
    clients, uploads and counters."""
    assert {r["method"] for r in reqs} == {"GET", "POST"}
    ctypes = media_types(reqs)
    assert ctypes[""] >= 600 and ctypes["application/x-www-form-urlencoded"] >= 400
    assert ctypes["multipart/form-data"] >= 100 and ctypes["text/plain"] >= 90
    for kind in ("application/json", "application/xml", "text/x-gwt-rpc", "text/xml"):
        assert ctypes[kind] >= 13, kind
    assert sum(_is_page(r) for r in reqs) >= 200
    assert sum(_is_page(r) and _is_ie(r) for r in reqs) >= 100
    assert sum(header(r, "Sec-Fetch-Mode") == "navigate" for r in reqs) >= 100
    assert sum(_is_ie(r) for r in reqs) >= 700
    assert sum("compatible; MSIE 7.0" in header(r, "User-Agent") for r in reqs) >= 150
    assert sum("MSIE 8.0" in header(r, "User-Agent") for r in reqs) >= 50
    assert sum("360SE" in header(r, "User-Agent") for r in reqs) >= 50
    assert sum(header(r, "User-Agent") == "Shockwave Flash" for r in reqs) == gen_ag.N
    assert sum(header(r, "User-Agent").startswith("Java/") for r in reqs) == gen_ag.N
    assert sum(header(r, "X-Requested-With").startswith("ShockwaveFlash/") for r in reqs) >= 20
    assert_headers_sent(
        reqs,
        (
            "X-Requested-With",
            "X-MicrosoftAjax",
            "Faces-Request",
            "X-GWT-Permutation",
            "X-GWT-Module-Base",
            "x-flash-version",
            "SOAPAction",
            "Authorization",
            "Cookie",
            "DNT",
            "Origin",
            "Referer",
        ),
    )


def test_multipart_uploads_decode(reqs: list[dict]) -> None:
    """PDFs, JPEGs, PNGs and DOCX are what their types say; Excel and Word 97-2003 files are compound files,
    IE 8's image/pjpeg a JPEG, and Flash Player's application/octet-stream parts what their names say."""
    multi = [r for r in reqs if content_type(r).startswith("multipart/form-data")]
    plain = [r for r in multi if all(p["type"] in COMMON for p in upload_files(r))]
    assert_uploads_decode(plain, 13, COMMON)
    kinds = Counter()
    for r in multi:
        for p in upload_files(r):
            name = p["filename"]
            if p["type"] in OTHER:
                exts, magic = OTHER[p["type"]]
                assert name.endswith(exts) and p["data"].startswith(magic), r["label"]
                kinds[p["type"]] += 1
            assert p["data"].startswith(MAGIC[name[name.rindex(".") :]]), r["label"]
            if name.endswith((".xls", ".doc")):
                data = p["data"]
                assert data[28:30] == b"\xfe\xff" and struct.unpack("<H", data[30:32])[0] == 9
                assert len(data) % 512 == 0
            if name.endswith(".docx"):
                assert "word/document.xml" in zip_names(p["data"])
    assert set(kinds) == set(OTHER)


def test_text_is_real_text(reqs: list[dict]) -> None:
    """The frameworks' own names and markers, where their requests carry them."""
    bodies = "".join(r.get("body", "") for r in reqs)
    for mark in (
        "__VIEWSTATE=",
        "__EVENTTARGET=",
        "__ASYNCPOST=true",
        "javax.faces.partial.ajax=true",
        "AJAXREQUEST",
        "callCount=",
        "c0-scriptName=",
        "Object_Object:{",
        "7|0|",
        '"type":"rpc"',
        "<amfx ver=",
        "p_arg_names",
        "p_json=",
        "GetUpdatedObjects",
        "struts.token.name",
        "__checkbox_",
        "ice.event.target",
        "wwv_flow",
    ):
        assert mark in bodies or mark in "".join(r["path"] for r in reqs), mark
    paths = "".join(r["path"] for r in reqs)
    for mark in (
        ".action?",
        "!view.action",
        ".do?method=",
        ";jsessionid=",
        "_dc=",
        "nd=",
        "sEcho=",
        "6578706f7274=1",
        "callback=jQuery",
        "f?p=",
        "WebResource.axd?d=",
        "ScriptResource.axd?d=",
        ".nocache.js",
        "__report=",
        "_flowId=viewReportFlow",
        "showReport.jsp?raq=",
        "/crossdomain.xml",
        ".asp?",
    ):
        assert mark in paths, mark


# --- the families, checked the way their receiving frameworks would -----------------------------------------


def test_aspnet_webforms_postback(reqs: list[dict]) -> None:
    """State fields whose MACs verify; each event target is a control the page posts or renders, with the argument
    its control type takes (Page$n, Sort$column, Select$row, a TreeView value path, Calendar days since 2000)."""
    f = "aspnet-webforms-postback"
    for r in of_family(reqs, f):
        if r["method"] == "GET":
            assert _is_page(r) and r["path"].split("?")[0].endswith(".aspx")
            continue
        fields = upload_fields(r) if "body_b64" in r else form_fields(r)
        _webform_ok(fields)
        target, arg = fields["__EVENTTARGET"], fields["__EVENTARGUMENT"]
        if r["shape"].startswith("grid-"):
            assert target == f"{CPH}gvList"
            pattern = {"grid-page": r"Page\$\d+", "grid-sort": r"Sort\$[A-Z]+", "grid-select": r"Select\$\d"}
            assert re.fullmatch(pattern[r["shape"]], arg)
        elif r["shape"] == "autopostback-dropdown":
            assert target in fields and fields[target] in CITIES and "__LASTFOCUS" in fields
        elif r["shape"] == "treeview-node":
            assert target == "ctl00$LeftMenu$tvMenu" and re.fullmatch(r"s\d\\\d+", arg)
            assert re.fullmatch(r"[enc]+", fields["ctl00_LeftMenu_tvMenu_ExpandState"])
        elif r["shape"] == "calendar-day":
            day = datetime(2000, 1, 1) + timedelta(days=int(arg.lstrip("V")))
            assert target == f"{CPH}calYyrq" and day.year == 2027
        else:
            assert target == arg == ""
            buttons = [k for k in fields if k.endswith(("btnQuery", "btnSearch", "btnUpload", "LoginButton"))]
            assert len(buttons) == 1 or r["shape"] == "fileupload-postback"
        if r["shape"] == "cross-page-post":
            assert r["path"].endswith("/Result.aspx") and header(r, "Referer").endswith("/Search.aspx")
            assert len(_url_token(fields["__PREVIOUSPAGE"])) >= 40
        if r["shape"] == "fileupload-postback":
            (part,) = upload_files(r)
            assert [p["name"] for p in multipart_parts(r)][-2:] == [f"{CPH}fuFile", f"{CPH}btnUpload"]
            assert part["name"] == f"{CPH}fuFile" and _is_ie(r)


def test_aspnet_ajax_scriptmanager(reqs: list[dict]) -> None:
    """UpdatePanel posts: ScriptManager=panel|source first, the source the event target or the button posted last,
    __ASYNCPOST=true, Delta=true; ASMX and PageMethods JSON bodies; .axd tokens that UrlTokenDecode and ticks."""
    f = "aspnet-ajax-scriptmanager"
    for shape in ("updatepanel-query", "updatepanel-grid", "updatepanel-timer"):
        for r in of_family(reqs, f, shape):
            pairs = _pairs(r)
            fields = dict(pairs)
            assert pairs[0][0] == "ctl00$ScriptManager1" and header(r, "X-MicrosoftAjax") == "Delta=true"
            panel, source = pairs[0][1].split("|")
            assert panel.startswith(CPH + "up") and fields["__ASYNCPOST"] == "true"
            _webform_ok(fields)
            if shape == "updatepanel-query":
                assert pairs[-1][0] == source and fields["__EVENTTARGET"] == ""
            else:
                assert fields["__EVENTTARGET"] == source and pairs[-1][0] == "__ASYNCPOST"
            if shape == "updatepanel-grid":
                assert re.fullmatch(r"Page\$(\d+|Next|Last)|Sort\$[A-Z]+", fields["__EVENTARGUMENT"])
    for r in of_family(reqs, f, "asmx-scriptservice"):
        d = json_body(r)
        assert uscc_ok(d["qydm"]) and d["pageIndex"] >= 1 and r["path"].startswith("/gzjg/Services/")
    for r in of_family(reqs, f, "autocomplete-extender"):
        d = json_body(r)
        assert set(d) <= {"prefixText", "count", "contextKey"} and d["prefixText"] and d["count"] > 0
    for r in of_family(reqs, f, "cascading-dropdown"):
        d = json_body(r)
        known = dict(kv.split(":") for kv in d["knownCategoryValues"].rstrip(";").split(";"))
        assert known["Province"] == "610000" and d["category"] == ("County" if "City" in known else "City")
        assert known.get("City", "610100") in CITIES
    for r in of_family(reqs, f, "pagemethod-json"):
        page, method = r["path"].rsplit("/", 1)
        assert page.endswith(".aspx") and method[:3] in ("Get", "Sav") and isinstance(json_body(r), dict)
    for r in of_family(reqs, f, "webresource-axd"):
        q = query1(r)
        assert len(_url_token(q["d"])) >= 48
        when = datetime(1, 1, 1) + timedelta(microseconds=int(q["t"]) // 10)
        assert datetime(2009, 1, 1) <= when < datetime(2017, 1, 1)
    for r in of_family(reqs, f, "scriptresource-axd"):
        q = query1(r)
        assert len(_url_token(q["d"])) >= 96 and re.fullmatch(r"(ffffffff)?[0-9a-f]{8}", q["t"])


def test_struts2_action(reqs: list[dict]) -> None:
    """Tokens of TokenHelper (base 36 of 165 bits), indexed lists from 0 without gaps, a __checkbox_ marker for
    every checkbox, Uploadify's fields, project codes and credit codes that check."""
    f = "struts2-action"
    for shape in ("save-token", "checkbox-markers"):
        for r in of_family(reqs, f, shape):
            fields = dict(_pairs(r))
            assert fields["struts.token.name"] == "token" and re.fullmatch(r"[0-9A-Z]{20,32}", fields["token"])
            assert int(fields["token"], 36) < 2**165 and uscc_ok(fields["xmba.jsdw.tyshxydm"])
            assert re.fullmatch(r"20\d\d-\d{6}-\d{2}-0[1-3]-\d{6}", fields["xmba.xmdm"])
    for r in of_family(reqs, f, "checkbox-markers"):
        pairs = _pairs(r)
        names = [k for k, _ in pairs]
        markers = {k[len("__checkbox_") :] for k in names if k.startswith("__checkbox_")}
        assert markers == {"xmba.sfzdxm", "xmba.sfxjxm", "xmba.sfsjhb"}
        assert all(v == "true" for k, v in pairs if k in markers) and "__multiselect_xmba.zjly" in names
    for r in of_family(reqs, f, "list-index-post"):
        idx = sorted({int(m) for k, _ in _pairs(r) for m in re.findall(r"^tzList\[(\d+)\]", k)})
        assert idx == list(range(len(idx))) and len(idx) >= 2
    for r in of_family(reqs, f, "uploadify-flash"):
        fields = upload_fields(r)
        (part,) = upload_files(r)
        assert fields["Upload"] == "Submit Query" and fields["Filename"] == part["filename"]
        assert part["name"] == "Filedata" and part["type"] == "application/octet-stream"
        assert re.search(r";jsessionid=[0-9A-F]{32}", r["path"]) and "Cookie" not in r["headers"]
    for r in of_family(reqs, f, "upload-action"):
        assert [p["name"] for p in multipart_parts(r)][-1] == "upload"
    for r in of_family(reqs, f, "jquery-ajax-get"):
        q = query1(r)
        assert _ms_2027(q["_"]) and q["xzqh"] in CITIES and header(r, "X-Requested-With") == "XMLHttpRequest"
    for r in of_family(reqs, f, "json-plugin-post"):
        assert uscc_ok(form_fields(r)["qyxx.tyshxydm"])
    for r in of_family(reqs, f, "dmi-method"):
        assert re.fullmatch(r"/tzxm/xmba/xmba!(view|input|print|history)\.action\?id=\d+", r["path"])
    for r in of_family(reqs, f, "export-action"):
        q = query1(r)
        assert q["startDate"] < q["endDate"]


def test_struts1_springmvc_jquery(reqs: list[dict]) -> None:
    """DispatchAction methods; jqGrid's filters exactly when _search is true; DataTables' per-column parameters as
    many as iColumns; JSONP callbacks of jQuery's expando with _ one past the nonce; DisplayTag exports; Spring's
    _field markers."""
    f = "struts1-springmvc-jquery"
    for r in of_family(reqs, f, "dispatch-list"):
        assert query1(r)["method"] in ("list", "query", "dbList")
    for r in of_family(reqs, f, "dispatch-save"):
        d = form_fields(r)
        assert d["method"] == "save" and re.fullmatch(r"陕.+〔2027〕\d+号", d["fwzh"])
    for r in of_family(reqs, f, "jqgrid-load"):
        q = query1(r)
        assert _ms_2027(q["nd"]) and q["sord"] in ("asc", "desc") and int(q["rows"]) in (15, 20, 30)
        assert (q["_search"] == "true") == ("filters" in q)
        if "filters" in q:
            flt = json.loads(q["filters"])
            assert flt["groupOp"] == "AND" and all({"field", "op", "data"} == set(x) for x in flt["rules"])
    for r in of_family(reqs, f, "easyui-datagrid"):
        d = form_fields(r)
        assert int(d["page"]) >= 1 and ("sort" in d) == ("order" in d)
    for r in of_family(reqs, f, "datatables-legacy"):
        q = query1(r)
        n = int(q["iColumns"])
        assert {k for k in q if k.startswith("mDataProp_")} == {f"mDataProp_{i}" for i in range(n)}
        assert int(q["iDisplayStart"]) % int(q["iDisplayLength"]) == 0 and int(q["iSortCol_0"]) < n
        assert _ms_2027(q["_"])
    for r in of_family(reqs, f, "jsonp-callback"):
        q = query1(r)
        m = re.fullmatch(r"jQuery1\d{15,20}_(\d{13})", q["callback"])
        assert m and int(q["_"]) == int(m.group(1)) + 1
    for r in of_family(reqs, f, "displaytag-table"):
        q = query1(r)
        (tid,) = {k.split("-")[1] for k in q if k.startswith("d-")}
        assert int(q[f"d-{tid}-p"]) >= 2
        assert (f"d-{tid}-e" in q) == ("6578706f7274" in q) and bytes.fromhex("6578706f7274") == b"export"
    for r in of_family(reqs, f, "spring-form-post"):
        pairs = _pairs(r)
        markers = {k[1:] for k, v in pairs if k.startswith("_") and v == "on"}
        assert markers == {"sfjd", "sfzs", "sfyz"} and all(v == "true" for k, v in pairs if k in markers)
    for r in of_family(reqs, f, "dict-getjson"):
        assert _ms_2027(query1(r)["_"])


def test_jsf_faces_ajax(reqs: list[dict]) -> None:
    """Partial requests with Faces-Request and javax.faces.partial.ajax, Mojarra's ViewState ids, sources that
    are in what is executed; PrimeFaces paging windows; RichFaces and ICEfaces fields; jsessionid rewriting."""
    f = "jsf-faces-ajax"
    state = re.compile(r"-?\d+:-?\d+")
    for shape in (
        "mojarra-partial",
        "primefaces-datatable-page",
        "primefaces-datatable-sort",
        "primefaces-autocomplete",
        "primefaces-fileupload",
    ):
        for r in of_family(reqs, f, shape):
            d = upload_fields(r) if "body_b64" in r else form_fields(r)
            assert header(r, "Faces-Request") == "partial/ajax" and d["javax.faces.partial.ajax"] == "true"
            assert state.fullmatch(d["javax.faces.ViewState"])
            assert d["javax.faces.source"] in d["javax.faces.partial.execute"].split()
    for r in of_family(reqs, f, "primefaces-datatable-page"):
        d = form_fields(r)
        tbl = d["javax.faces.source"]
        assert d[f"{tbl}_pagination"] == "true" and int(d[f"{tbl}_first"]) % int(d[f"{tbl}_rows"]) == 0
    for r in of_family(reqs, f, "primefaces-datatable-sort"):
        d = form_fields(r)
        tbl = d["javax.faces.source"]
        assert d[f"{tbl}_sortKey"].startswith(tbl + ":") and d[f"{tbl}_sortDir"] in (
            "ASCENDING",
            "DESCENDING",
            "1",
            "-1",
        )
    for r in of_family(reqs, f, "primefaces-autocomplete"):
        d = form_fields(r)
        assert d["form:acDwmc_query"] == d["form:acDwmc_input"]
    for r in of_family(reqs, f, "richfaces-ajaxrequest"):
        pairs = _pairs(r)
        d = dict(pairs)
        assert d["AJAXREQUEST"] == "_viewRoot" and re.fullmatch(r"j_id\d+", d["javax.faces.ViewState"])
        link = next(k for k, v in pairs if re.fullmatch(r"form:j_id\d+", k))
        assert d[link] == link
    for r in of_family(reqs, f, "icefaces-update"):
        d = form_fields(r)
        assert d["ice.event.target"] == d["ice.event.captured"] == d["ice.focus"] and d["ice.event.target"] in d
        assert d["javax.faces.RenderKitId"] == "ICEfacesRenderKit"
    for r in of_family(reqs, f, "full-postback"):
        d = form_fields(r)
        assert d["form"] == "form" and state.fullmatch(d["javax.faces.ViewState"]) and _is_page(r) is False
    for r in of_family(reqs, f, "jsessionid-page"):
        assert re.search(r";jsessionid=[0-9A-F]{32}(\.node\d)?(\?|$)", r["path"]) and "Cookie" not in r["headers"]
    for r in of_family(reqs, f, "faces-resource"):
        assert query1(r)["ln"] in ("javax.faces", "primefaces", "primefaces-aristo")


def test_dwr_remoting(reqs: list[dict]) -> None:
    """Batches in DWR's line format whose references resolve, with the parameters each method takes."""
    f = "dwr-remoting"
    for r in of_family(reqs, f):
        if r["shape"].startswith(("plaincall-", "multiple-")):
            calls = _dwr_batch(r)
            assert header(r, "Content-Type") == "text/plain" and calls
    for r in of_family(reqs, f, "plaincall-object"):
        ((_s, _m, (query, page, size)),) = _dwr_batch(r)
        assert query["xzqh"] in CITIES and query["sfyx"] is True and page >= 1 and size in (10, 15, 20)
    for r in of_family(reqs, f, "plaincall-array"):
        ((_s, _m, (items,)),) = _dwr_batch(r)
        assert 2 <= len(items) == len(set(items))
    for r in of_family(reqs, f, "multiple-batch"):
        assert len(_dwr_batch(r)) == 2
    for r in of_family(reqs, f, "plaincall-date"):
        ((_s, _m, (when, _sd)),) = _dwr_batch(r)
        assert when.year == 2027 and (when + timedelta(hours=8)).hour in (9, 10, 14, 15)
    for r in of_family(reqs, f, "system-generateid"):
        lines = dict(x.split("=", 1) for x in r["body"].strip().split("\n"))
        assert lines["c0-scriptName"] == "__System" and lines["c0-methodName"] == "generateId"
    for r in of_family(reqs, f, "htmlcall-upload"):
        fields = upload_fields(r)
        (part,) = upload_files(r)
        assert part["name"] == "c0-param0" and fields["callCount"] == "1" and fields["c0-param1"].startswith("string:")
    for r in of_family(reqs, f, "dwr-script"):
        assert r["path"].startswith("/wsbs/dwr/") and r["path"].endswith(".js")


def test_gwt_rpc(reqs: list[dict]) -> None:
    """Version 7 payloads: every index inside the string table and every string used, the module base the header
    names, the policy's strong name, the interface and method, parameter types and values read to the end."""
    f = "gwt-rpc"
    for r in of_family(reqs, f):
        if r["method"] == "GET":
            continue
        rd = _GwtReader(r["body"])
        base, policy, iface, method = rd.string(), rd.string(), rd.string(), rd.string()
        assert base == header(r, "X-GWT-Module-Base") and re.fullmatch(r"[0-9A-F]{32}", policy)
        assert re.fullmatch(r"[0-9A-F]{32}", header(r, "X-GWT-Permutation"))
        assert iface.startswith("cn.gov.sn.zhjg.client.service.") and method
        types = [rd.string() for _ in range(rd.int())]
        assert all(t in ("I", *JRE_TYPES, *DTO_FIELDS) for t in types)
        values = [
            rd.int() if t == "I" else rd.string() if t.startswith("java.lang.String") else rd.obj() for t in types
        ]
        assert rd.done(), r["label"]
        if r["shape"] == "rpc-paging":
            assert values[0] in CITIES and values[1] % values[2] == 0
        if r["shape"] == "rpc-dto-query":
            (q,) = values
            assert q[5] in CITIES and q[1] >= 1
        if r["shape"] == "rpc-list":
            (ids,) = values
            assert ids == sorted(set(ids))
        if r["shape"] == "rpc-map":
            (m,) = values
            assert m["xzqh"] in CITIES and 1 <= int(m["jd"]) <= 4
        if r["shape"] == "rpc-login":
            assert iface.endswith(".LoginService") and method == "login" and len(values) == 2
    for r in of_family(reqs, f, "permutation-fetch"):
        assert re.fullmatch(r"/zhjg/zhjg/[0-9A-F]{32}\.cache\.(html|js)", r["path"])


def test_extjs_data_direct(reqs: list[dict]) -> None:
    """Paging windows where start = (page - 1) * limit, _dc stamps, sorters and filters that parse, Ext.Direct
    transactions of type rpc with consecutive tids."""
    f = "extjs-data-direct"
    for shape in ("ext4-store-page", "ext4-filter", "combo-query"):
        for r in of_family(reqs, f, shape):
            q = query1(r)
            assert _ms_2027(q["_dc"]) and int(q["start"]) == (int(q["page"]) - 1) * int(q["limit"])
    for r in of_family(reqs, f, "ext4-store-page"):
        (s,) = json.loads(query1(r)["sort"])
        assert set(s) == {"property", "direction"} and s["direction"] in ("ASC", "DESC")
    for r in of_family(reqs, f, "ext4-filter"):
        assert all(set(x) == {"property", "value"} for x in json.loads(query1(r)["filter"]))
    for r in of_family(reqs, f, "ext3-store-post"):
        d = form_fields(r)
        assert int(d["start"]) % int(d["limit"]) == 0 and ("sort" in d) == ("dir" in d)
    for r in of_family(reqs, f, "tree-node-load"):
        node = query1(r)["node"] if r["method"] == "GET" else form_fields(r)["node"]
        assert re.fullmatch(r"root|(qz|nd|lm)_\d+", node)
    for shape in ("direct-rpc", "direct-batch"):
        for r in of_family(reqs, f, shape):
            d = json_body(r)
            calls = d if isinstance(d, list) else [d]
            assert all(x["type"] == "rpc" and isinstance(x["data"], list) for x in calls)
            tids = [x["tid"] for x in calls]
            assert tids == list(range(tids[0], tids[0] + len(tids))) and (shape == "direct-rpc") == (len(calls) == 1)
    for r in of_family(reqs, f, "json-writer"):
        assert _ms_2027(query1(r)["_dc"]) and all("id" in x for x in json_body(r)["data"])
    for r in of_family(reqs, f, "form-submit"):
        assert re.fullmatch(r"[JZ]\d{3}-WS·2027-(Y|D30|D10)-(BGS|ZCK|CWK)-\d{4}", form_fields(r)["dh"])
    for r in of_family(reqs, f, "iframe-upload"):
        assert _is_ie(r) and "X-Requested-With" not in r["headers"]


def test_flex_blazeds_amfx(reqs: list[dict]) -> None:
    """AMFX packets that decode with their references into the messages BlazeDS expects: pings with
    DSMessagingVersion, remoting calls with destinations and argument arrays, logins whose body is base64
    user:password, subscriptions and polls on the polling endpoint; Flash Player's headers."""
    f = "flex-blazeds-amfx"
    ops = {"client-ping": 5, "login-command": 8, "logout-command": 9, "subscribe-command": 0, "poll-command": 2}
    for r in of_family(reqs, f):
        ref = header(r, "Referer")
        by_flash = r["method"] == "POST" or r["path"].endswith((".swz", "/crossdomain.xml")) or "/modules/" in r["path"]
        flash = header(r, "x-flash-version") == "34,0,0,301" or header(r, "X-Requested-With").startswith("Shockwave")
        assert flash == by_flash, r["path"]
        if r["method"] == "GET":
            continue
        assert re.fullmatch(r".+\.swf/\[\[DYNAMIC\]\]/\d", ref)
        msg = _amfx_message(r)
        if r["shape"].startswith("remoting-"):
            assert msg["_type"] == "flex.messaging.messages.RemotingMessage" and msg["destination"].endswith("Service")
            assert isinstance(msg["body"], list) and msg["operation"] and msg["headers"]["DSEndpoint"] == "my-http"
            assert r["path"] == "/yjzh/messagebroker/http"
        else:
            assert msg["_type"] == "flex.messaging.messages.CommandMessage" and msg["operation"] == ops[r["shape"]]
            polling = r["shape"] in ("subscribe-command", "poll-command")
            assert r["path"].endswith("/httppolling" if polling else "/http")
        if r["shape"] == "client-ping":
            assert msg["headers"] == {"_type": "", "DSMessagingVersion": 1, "DSId": "nil"}
        if r["shape"] == "login-command":
            user, _, password = base64.b64decode(msg["body"]).decode().partition(":")
            assert user and password
        if r["shape"] == "subscribe-command":
            assert msg["headers"]["DSSubtopic"] in CITIES and msg["destination"].endswith("Push")
        if r["shape"] == "remoting-typed-vo":
            (vo,) = msg["body"]
            assert vo["_type"] == "cn.gov.sn.yjzh.vo.SjVO" and 107 <= vo["jd"] <= 110 and 33 <= vo["wd"] <= 36
        if r["shape"] == "remoting-query":
            area, page, size = msg["body"]
            assert area in CITIES and page >= 1 and size in (15, 20, 30)
    for r in of_family(reqs, f, "crossdomain-xml"):
        assert r["path"] == "/crossdomain.xml" and "Content-Type" not in r["headers"]


def test_oracle_apex(reqs: list[dict]) -> None:
    """f?p=App:Page:Session:Request:Debug:ClearCache:items:values with as many values as items; accept posts
    with a p_arg_names before each p_tNN, numbered from 01; p_json that parses; IR windows on row boundaries."""
    f = "oracle-apex"
    for r in of_family(reqs, f):
        if r["method"] == "GET" and r["path"].startswith("/apex/f?p="):
            parts = urllib.parse.unquote(r["path"][len("/apex/f?p=") :]).split(":")
            assert int(parts[0]) in gen_ag.APEX_APPS and int(parts[1]) >= 1 and re.fullmatch(r"\d{13,16}", parts[2])
            assert len(parts) in (8, 9) and parts[4] in ("", "NO")
            if parts[6]:  # item names, then as many values
                assert len(parts[6].split(",")) == len(parts[7].split(","))
                assert all(i.startswith(f"P{parts[1]}_") for i in parts[6].split(","))
    for shape in ("accept-submit", "accept-login"):
        for r in of_family(reqs, f, shape):
            pairs = _pairs(r)
            names = [k for k, _ in pairs]
            items = [k for k in names if re.fullmatch(r"p_t\d\d", k)]
            assert items == [f"p_t{i:02d}" for i in range(1, len(items) + 1)] and names.count("p_arg_names") == len(
                items
            )
            for i, k in enumerate(names):
                if k in items:
                    assert names[i - 1] == "p_arg_names"
    for shape in ("ajax-p-json", "accept-p-json"):
        for r in of_family(reqs, f, shape):
            d = form_fields(r)
            doc = json.loads(d["p_json"])
            assert re.fullmatch(r"\d{38}", doc["salt"])
            assert all(i["n"].startswith(f"P{d['p_flow_step_id']}_") for i in doc["pageItems"]["itemsToSubmit"])
    for r in of_family(reqs, f, "ir-pagination"):
        d = form_fields(r)
        m = re.fullmatch(r"pgR_min_row=(\d+)max_rows=(\d+)rows_fetched=(\d+)", d["p_widget_action_mod"])
        assert m and (int(m.group(1)) - 1) % int(m.group(2)) == 0 and d["p_widget_name"] == "worksheet"
    for r in of_family(reqs, f, "show-app-process"):
        assert form_fields(r)["p_request"].startswith("APPLICATION_PROCESS=")
    for r in of_family(reqs, f, "blob-download"):
        q = query1(r)
        assert int(q["a"]) in gen_ag.APEX_APPS and re.fullmatch(r"\d{16}", q["d"])


def test_classic_asp_jsp(reqs: list[dict]) -> None:
    """GBK queries and forms that decode to Chinese (and are not UTF-8), IE's headers, jsessionid rewriting,
    redirect targets inside the site, the container's form login fields."""
    f = "classic-asp-jsp"
    for shape in ("asp-search-gbk", "jsp-query-gbk"):
        for r in of_family(reqs, f, shape):
            query = urllib.parse.urlsplit(r["path"]).query
            values = [v for _k, v in urllib.parse.parse_qsl(query, encoding="gbk", errors="strict")]
            assert any(re.search(r"[\u4e00-\u9fff]", v) for v in values) and _is_ie(r)
            raw = urllib.parse.unquote_to_bytes(query)
            as_utf8 = raw.decode(errors="replace")  # what a UTF-8 server would make of it: no Chinese
            assert any(b >= 0x80 for b in raw) and not re.search(r"[\u4e00-\u9fff]", as_utf8), r["path"]
    for r in of_family(reqs, f, "asp-form-gbk"):
        d = dict(urllib.parse.parse_qsl(r["body"], encoding="gbk", errors="strict", strict_parsing=True))
        assert (
            re.fullmatch(r"1[3578]\d{9}", d["Tel"]) and d["Submit"] == "提交" and re.fullmatch(r"\d{4}", d["CheckCode"])
        )
    for r in of_family(reqs, f, "redirect-hop"):
        assert query1(r)["ReturnUrl"].startswith(("/admin/", "/member/"))
    for r in of_family(reqs, f, "jsp-jsessionid"):
        assert re.fullmatch(r"/zwgk/list\.jsp;jsessionid=[0-9A-F]{32}(\.node\d)?\?lmid=\d+&page=\d+", r["path"])
    for r in of_family(reqs, f, "j-security-check"):
        assert set(form_fields(r)) == {"j_username", "j_password"}
    for r in of_family(reqs, f, "asp-upload"):
        (part,) = upload_files(r)
        assert part["type"] == "image/pjpeg" and upload_fields(r)["act"] == "upload"
    for r in of_family(reqs, f):
        assert _is_ie(r) or r["shape"] == "j-security-check"
        cookie = header(r, "Cookie")
        assert not cookie.startswith("ASPSESSIONID") or re.fullmatch(r"ASPSESSIONID[A-Z]{8}=[A-Z]{24}", cookie)


def test_legacy_report_viewers(reqs: list[dict]) -> None:
    """BIRT design files and formats, its SOAP GetUpdatedObjects with GetPage; JasperReports Server flows,
    exports, REST with Basic credentials and input-control values; 润乾 .raq files; parameters in range."""
    f = "legacy-report-viewers"
    for shape in ("birt-frameset", "birt-run", "birt-preview", "birt-soap-getpage"):
        for r in of_family(reqs, f, shape):
            q = query1(r)
            assert q["__report"].endswith(".rptdesign") and q["__report"] in gen_ag.BIRT_REPORTS
    for r in of_family(reqs, f, "birt-soap-getpage"):
        root = ET.fromstring(r["body"])  # noqa: S314 - the generator's own records
        ns = "{http://schemas.eclipse.org/birt}"
        op = root.find(f".//{ns}Operation")
        assert op.find(f"{ns}Operator").text == "GetPage" and header(r, "request-type") == "SOAP"
        oprands = {o.find(f"{ns}Name").text: o.find(f"{ns}Value").text for o in op.findall(f"{ns}Oprand")}
        assert int(oprands["__page"]) >= 1 and _ms_2027(oprands["__taskid"])
        assert re.fullmatch(r"2027\d{4}_\d{6}_\d{3}", query1(r)["__sessionId"])
    for r in of_family(reqs, f, "jasper-flow"):
        q = query1(r)
        assert q["_flowId"] == "viewReportFlow" and q["reportUnit"] in gen_ag.JASPER_UNITS and q["xzqh"] in CITIES
    for r in of_family(reqs, f, "jasper-export"):
        q = query1(r)
        assert re.fullmatch(r"e\ds\d", q["_flowExecutionKey"]) and q["_eventId"] == "export"
    for r in of_family(reqs, f, "jasper-rest"):
        user, _, password = base64.b64decode(header(r, "Authorization")[6:]).decode().partition(":")
        assert user.startswith("tjxt_") and len(password) == 12 and header(r, "User-Agent").startswith("Java/")
        assert 1 <= int(query1(r)["yf"]) <= 12
    for r in of_family(reqs, f, "jasper-input-controls"):
        d = json_body(r)
        assert d["xzqh"][0] in CITIES and all(isinstance(v, list) for v in d.values())
    for r in of_family(reqs, f, "runqian-show"):
        assert query1(r)["raq"] in gen_ag.RAQS
    for r in of_family(reqs, f, "runqian-export"):
        q = query1(r)
        assert q["file"] in gen_ag.RAQS and _ms_2027(q["t_i_m_e"])


def test_the_sizes_are_even(reqs: list[dict]) -> None:
    """Every (family, shape) group has N requests: the group rule weighs groups alike."""
    assert set(Counter((r["family"], r["shape"]) for r in reqs).values()) == {gen_ag.N}
