"""Corpus AE (tests/waf/data/gen_cms_corpus_ae.py): its split and its requests, without a WAF.

Fast tests, in their own module like test_corpus_ad_split.py. Nothing here sends AE through the WAF: AE's
false-positive count is the lead's, after a tuning round on AE's tuning part (docs/waf.md, held-out
discipline). The per-family checks look only at the requests themselves, the way the receiving services
would: iCalendar that unfolds (no physical line over 75 octets), whose TEXT values are escaped, whose events end
after they start and whose RRULE UNTIL comes after DTSTART; vCards whose N gives FN and whose ORG is escaped; LDIF
whose base64 values decode and whose DN names the entry's cn; EDIFACT whose UNT and UNZ count what they close (the
? release character honoured); X12 with a 106-character ISA of fixed widths, SE counts and TDS the sum of its
lines; fixed-width lines of their layout; formulas that parse; MIME that Python's email package parses back;
Markdown tables, task lists, fences and footnotes; Quill deltas and ShareDB ops that fit their documents; skip
logic over real questions; Quartz cron; OIDC PKCE; dates in order and sums that add up; uploads that are what their
type says, XLSX and DOCX that read back. Never a WAF verdict.
"""

from __future__ import annotations

import ast
import base64
import email
import email.policy
import hashlib
import io
import ipaddress
import json
import re
import xml.etree.ElementTree as ET
import zipfile
from collections import Counter
from datetime import date, datetime, timedelta
from decimal import Decimal
from itertools import pairwise

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
    of_family,
    query1,
    upload_fields,
    upload_files,
    upload_types,
    written_text,
    zip_names,
)
from tests.waf.data import gen_cms_corpus_ad as gen_ad
from tests.waf.data import gen_cms_corpus_ae as gen_ae
from tests.waf.test_corpus_ad_split import _docx_text  # AD's reading of word/document.xml

PINNED_HELD_OUT = (
    "survey-vote-builder",
    "platform-admin-console",
    "online-sheet-formula",
)  # written once from the docstring's rule: a change of family names would re-split
PINNED_HELD_GROUPS = {  # the (family, shape) groups of the other families the rule holds out (first byte % 4 == 0)
    ("collab-doc-markdown", "doc-page"),
    ("collab-doc-markdown", "inline-comment"),
    ("collab-doc-markdown", "md-file-upload"),
    ("edi-data-exchange", "edi-validate"),
    ("edi-data-exchange", "edifact-post"),
    ("edi-data-exchange", "partner-config"),
    ("gov-im-messaging", "emoji-reaction"),
    ("gov-im-messaging", "image-message"),
    ("gov-im-messaging", "interactive-card-push"),
    ("gov-im-messaging", "message-recall"),
    ("gov-im-messaging", "read-receipt"),
    ("meeting-calendar-caldav", "caldav-object-get"),
    ("meeting-calendar-caldav", "calendar-page"),
    ("meeting-calendar-caldav", "feed-subscribe"),
    ("meeting-calendar-caldav", "imip-bridge-push"),
    ("meeting-calendar-caldav", "page-beacon"),
    ("mime-mail-archive", "archive-push"),
    ("mime-mail-archive", "mail-rule"),
    ("mime-mail-archive", "reply-draft"),
    ("mobile-attendance-punch", "field-punch"),
    ("mobile-attendance-punch", "geofence-config"),
    ("mobile-attendance-punch", "wifi-bind"),
    ("org-directory-vcard-ldif", "carddav-vcard-get"),
    ("org-directory-vcard-ldif", "contact-search"),
    ("org-directory-vcard-ldif", "ldif-sync-push"),
    ("org-directory-vcard-ldif", "page-beacon"),
    ("org-directory-vcard-ldif", "vcard-import"),
    ("staff-approval-flows", "leave-apply"),
    ("staff-approval-flows", "trip-apply"),
    ("staff-approval-flows", "trip-reimburse"),
    ("supervision-dubian-tasks", "leader-instruction"),
    ("supervision-dubian-tasks", "task-page"),
}

EARLIER = earlier_generators("ad")

corpus, reqs = corpus_fixtures(gen_ae)

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
COMMON = {"application/pdf": ".pdf", "image/jpeg": ".jpg", DOCX_TYPE: ".docx"}
OTHER = {  # the uploads assert_uploads_decode does not know, and their extensions
    "text/calendar": ".ics",
    "text/vcard": ".vcf",
    "text/x-ldif": ".ldif",
    XLSX_TYPE: ".xlsx",
    "message/rfc822": ".eml",
    "text/markdown": ".md",
    "application/EDIFACT": ".edi",
}
S_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
ZJ_BOX = ((118.0, 123.0), (27.0, 31.2))
FUNCTIONS = {"SUM", "IF", "VLOOKUP", "COUNTIFS", "SUMIFS", "TEXT", "ROUND", "IFERROR", "AVERAGE", "DATE", "MAX"}
FUNCTIONS |= {"SUMPRODUCT"}


def _day(text: str) -> date:
    return datetime.strptime(text, "%Y-%m-%d").date()


def _second(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%d %H:%M:%S")


def _in_zj(lng: float | str, lat: float | str) -> bool:
    (x0, x1), (y0, y1) = ZJ_BOX
    return x0 <= float(lng) <= x1 and y0 <= float(lat) <= y1


# --- iCalendar and vCard as a CalDAV/CardDAV server reads them -----------------------------------------


def _unfold(text: str, limit: int = 75) -> list[str]:
    """Content lines of an iCalendar/vCard stream: CRLF lines of at most 75 octets, folds joined (RFC 5545 3.1)."""
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    physical = text.split("\r\n")[:-1]
    assert all(len(x.encode()) <= limit for x in physical), [x for x in physical if len(x.encode()) > limit]
    out: list[str] = []
    for line in physical:
        if line.startswith(" "):
            out[-1] += line[1:]
        else:
            out.append(line)
    return out


def _split_prop(line: str) -> tuple[str, str, str]:
    """(name, parameters, value): the first colon outside a quoted parameter value separates the value."""
    quoted = False
    for i, ch in enumerate(line):
        if ch == '"':
            quoted = not quoted
        elif ch == ":" and not quoted:
            head, value = line[:i], line[i + 1 :]
            name, _, params = head.partition(";")
            return name, params, value
    raise AssertionError(line)


def _text_ok(value: str) -> bool:
    """A TEXT value: every comma and semicolon escaped, every backslash an escape."""
    return re.fullmatch(r"(?:[^\\,;]|\\[\\,;nN])*", value) is not None


def _unescape(value: str) -> str:
    return re.sub(r"\\([\\,;nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def _components(text: str) -> list[dict[str, list[tuple[str, str]]]]:
    """The components (VEVENT, VFREEBUSY, VCARD, …) of a stream, after checking BEGIN/END nesting."""
    stack: list[str] = []
    comps: list[dict] = []
    for line in _unfold(text):
        name, params, value = _split_prop(line)
        if name == "BEGIN":
            stack.append(value)
            comps.append({"_type": value, "props": []})
        elif name == "END":
            assert stack.pop() == value
        else:
            assert stack
            next(c for c in reversed(comps) if c["_type"] == stack[-1])["props"].append((name, params, value))
    assert not stack
    return comps


def _prop(comp: dict, name: str) -> str:
    return next(v for n, _p, v in comp["props"] if n == name)


def _local(value: str) -> datetime:
    return datetime.strptime(value, "%Y%m%dT%H%M%S")


def _events_ok(text: str) -> list[dict]:
    """VCALENDAR 2.0 whose events end after they start, whose TEXT is escaped and whose UNTIL follows DTSTART."""
    comps = _components(text)
    assert comps[0]["_type"] == "VCALENDAR" and _prop(comps[0], "VERSION") == "2.0"
    events = [c for c in comps if c["_type"] == "VEVENT"]
    for ev in events:
        start, end = _local(_prop(ev, "DTSTART")), _local(_prop(ev, "DTEND"))
        assert start < end
        for n, _p, v in ev["props"]:
            if n in ("SUMMARY", "LOCATION", "DESCRIPTION"):
                assert _text_ok(v), v
            if n == "RRULE":
                rule = dict(x.split("=") for x in v.split(";"))
                assert rule["FREQ"] == "WEEKLY" and set(rule["BYDAY"].split(",")) <= {"MO", "TU", "WE", "TH", "FR"}
                assert datetime.strptime(rule["UNTIL"], "%Y%m%dT%H%M%SZ") + timedelta(hours=8) > start
            if n in ("ATTENDEE", "ORGANIZER"):
                assert v.startswith("mailto:") and re.search(r'CN="[^"]+"', _p)
    return events


def _vcards(text: str) -> list[dict]:
    cards = [c for c in _components(text) if c["_type"] == "VCARD"]
    for card in cards:
        version = _prop(card, "VERSION")
        family_name, given, *_rest = re.split(r"(?<!\\);", _prop(card, "N"))
        assert version in ("3.0", "4.0") and _unescape(_prop(card, "FN")) == family_name + given
        unit, dept = (_unescape(x) for x in re.split(r"(?<!\\);", _prop(card, "ORG")))
        assert unit in dict(gen_ae.UNITS) and dept in dict(gen_ae.UNITS)[unit]
        assert all(_text_ok(v) for n, _p, v in card["props"] if n in ("FN", "TITLE", "NOTE"))
        adr = re.split(r"(?<!\\);", _prop(card, "ADR"))
        assert len(adr) == 7 and all(_text_ok(x) for x in adr)
    return cards


# --- LDIF (RFC 2849) -------------------------------------------------------------------------------------


def _ldif(text: str) -> list[list[tuple[str, str]]]:
    """LDIF records as (attribute, value) pairs, folds joined and base64 values decoded."""
    assert text.startswith("version: 1\n\n")
    records = []
    for block in text[len("version: 1\n\n") :].strip("\n").split("\n\n"):
        lines: list[str] = []
        for line in block.split("\n"):
            assert len(line) <= 76
            if line.startswith(" "):
                lines[-1] += line[1:]
            else:
                lines.append(line)
        pairs = []
        for line in lines:
            if line == "-":
                pairs.append(("-", ""))
            elif re.match(r"[\w-]+:: ", line):
                attr, _, b64 = line.partition(":: ")
                pairs.append((attr, base64.b64decode(b64, validate=True).decode()))
            else:
                attr, _, value = line.partition(": ")
                assert value.isascii(), line
                pairs.append((attr, value))
        records.append(pairs)
    return records


def _ldif_ok(text: str) -> int:
    records = _ldif(text)
    for rec in records:
        attrs = dict(rec)
        dn = rec[0][1]
        assert rec[0][0] == "dn" and dn.endswith(",ou=省直单位,dc=zj,dc=gov,dc=cn")
        cn, ou, unit = (x.split("=", 1)[1] for x in dn.split(",")[:3])
        assert unit in dict(gen_ae.UNITS) and ou in dict(gen_ae.UNITS)[unit]
        if attrs.get("changetype") == "modify":
            assert rec[-1] == ("-", "") and "replace" in attrs
        else:
            assert attrs["cn"] == cn and attrs["sn"] + attrs["givenName"] == cn and attrs["ou"] == ou
            assert attrs["mail"] == f"{attrs['uid']}@zj.gov.cn"
    return len(records)


# --- EDI -----------------------------------------------------------------------------------------------------


def _edifact(text: str) -> list[list[str]]:
    """Segments (their elements) of an interchange, the UNA's ? release character honoured; counts checked."""
    assert text.startswith("UNA:+.? '")
    segs, cur, i, body = [], "", 0, text[9:]
    while i < len(body):
        ch = body[i]
        if ch == "?":
            cur += body[i : i + 2]
            i += 2
            continue
        if ch == "'":
            segs.append(cur)
            cur = ""
        else:
            cur += ch
        i += 1
    assert cur == ""
    split = [re.split(r"(?<!\?)\+", s) for s in segs]
    tags = [s[0] for s in split]
    assert tags[0] == "UNB" and tags[-1] == "UNZ" and split[0][1] == "UNOC:3"
    unh, unt = tags.index("UNH"), tags.index("UNT")
    assert int(split[unt][1]) == unt - unh + 1 and split[unt][2] == split[unh][1]
    assert int(split[-1][1]) == tags.count("UNH") and split[-1][2] == split[0][5]
    return split


ISA_WIDTHS = [3, 2, 10, 2, 10, 2, 15, 2, 15, 6, 4, 1, 5, 9, 1, 1, 1]


def _x12(text: str) -> list[list[str]]:
    """An X12 interchange: the ISA of 106 characters and its widths, SE counting ST..SE, IEA the ISA's number."""
    assert len(text[: text.index("~") + 1]) == 106
    segs = [s.split("*") for s in text.split("~")[:-1]]
    isa = segs[0]
    assert [len(x) for x in isa] == ISA_WIDTHS and isa[16] == ">"
    st = next(i for i, s in enumerate(segs) if s[0] == "ST")
    se = next(i for i, s in enumerate(segs) if s[0] == "SE")
    assert int(segs[se][1]) == se - st + 1 and segs[se][2] == segs[st][2]
    assert segs[-1] == ["IEA", "1", isa[13]] and segs[-2][0] == "GE"
    return segs


# --- formulas, number formats and Markdown ------------------------------------------------------------------


def _formula_ok(formula: str) -> bool:
    """A formula as a spreadsheet's parser takes it: =, closed strings and 'sheet' names, balanced parentheses,
    known functions, A1 references."""
    if not formula.startswith("="):
        return False
    rest = re.sub(r'"(?:[^"]|"")*"', '""', formula[1:])
    rest = re.sub(r"'(?:[^']|'')+'!", "S!", rest)
    if '"' in rest.replace('""', "") or "'" in rest:
        return False
    depth = 0
    for ch in rest:
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if depth < 0:
            return False
    names = set(re.findall(r"([A-Z]+)\(", rest))
    refs = re.findall(r"\$?[A-Z]{1,3}\$?\d*(?::\$?[A-Z]{1,3}\$?\d*)?", re.sub(r"[A-Z]+\(", "(", rest))
    return depth == 0 and names <= FUNCTIONS and bool(refs)


def _format_ok(fmt: str) -> bool:
    """An Excel number format: at most four sections, quotes and brackets closed."""
    bare = re.sub(r'"[^"]*"', "", fmt)
    return '"' not in bare and len(bare.split(";")) <= 4 and bare.count("[") == bare.count("]")


def _markdown_ok(md: str) -> bool:
    """GFM as a renderer reads it: pipe tables of one width with their |---| row, fences closed, task items,
    footnote references defined."""
    lines = md.split("\n")
    table = [x for x in lines if x.startswith("|")]
    widths = {x.count("|") for x in table}
    sep = re.fullmatch(r"\|(:?-{3,}:?\|)+", table[1]) if len(table) > 1 else None
    refs = set(re.findall(r"\[\^(\w+)\](?!:)", md))
    defs = set(re.findall(r"^\[\^(\w+)\]:", md, re.M))
    return (
        len(widths) == 1
        and sep is not None
        and sum(x.startswith("```") for x in lines) % 2 == 0
        and any(re.match(r"- \[[ x]\] ", x) for x in lines)
        and refs <= defs
        and lines[0].startswith("# ")
    )


def _xlsx_rows(raw: bytes) -> tuple[str, list[list[str]]]:
    """(sheet name, rows as text) of a workbook, read the way an importer reads it."""
    assert "xl/worksheets/sheet1.xml" in zip_names(raw)
    with zipfile.ZipFile(io.BytesIO(raw)) as z:
        book = ET.fromstring(z.read("xl/workbook.xml"))  # noqa: S314 - the generator's own records
        sheet = ET.fromstring(z.read("xl/worksheets/sheet1.xml"))  # noqa: S314
    name = book.find(f"{S_NS}sheets/{S_NS}sheet").get("name")
    rows = [["".join(c.itertext()) for c in row] for row in sheet.iter(f"{S_NS}row")]
    return name, rows


def _mail(raw: bytes) -> email.message.EmailMessage:
    """A message as the mail store parses it: headers decoded, a text part, a PDF attachment named in RFC 2231."""
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert msg["MIME-Version"] == "1.0" and msg.get_content_type() == "multipart/mixed"
    assert str(msg["Subject"]) in gen_ae.SUBJECTS and msg["From"].addresses[0].domain == "zj.gov.cn"
    text = msg.get_body(("plain",))
    assert text["Content-Transfer-Encoding"] == "quoted-printable" and "-- \n" in text.get_content()
    (att,) = list(msg.iter_attachments())
    assert att.get_filename() == "附件1.pdf" and att.get_content().startswith(b"%PDF-")
    return msg


def _logic_names(expr: str) -> set[str]:
    """The question ids a skip-logic expression reads, after parsing it (&&, || and ! as and, or and not)."""
    py = expr.replace("&&", " and ").replace("||", " or ")
    py = re.sub(r"!(?!=)", " not ", py)
    tree = ast.parse(py.strip(), mode="eval")
    return {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}


def _other_uploads(rec: dict) -> bool:
    return content_type(rec).startswith("multipart/form-data") and any(t in OTHER for t in upload_types(rec))


# --- the split, the size and the record contract ----------------------------------------------------


def test_regenerating_gives_the_committed_files(corpus: tuple[list[dict], list[dict]]) -> None:
    assert_regenerates(*corpus, gen_ae.TUNING_FILE, gen_ae.HELD_OUT_FILE)


def test_large_enough_and_tagged(reqs: list[dict]) -> None:
    assert_sized(reqs, gen_ae, (130, 143), min_requests=1500, min_families=11, min_shapes=10)


def test_the_split_is_the_rule_written_down(corpus: tuple[list[dict], list[dict]]) -> None:
    """Whole families and (family, shape) groups are on one side only; the held-out families are the
    ones the docstring's rule picks (pinned: a change of family names would re-split)."""
    earlier = EARLIER[1:]  # C-AD: B has no SEED of its own to compare
    assert_split_as_written(corpus, gen_ae, "corpus-ae/", PINNED_HELD_OUT, earlier, parts=(767, 806))
    groups = {(r["family"], r["shape"]) for r in corpus[1] if r["family"] not in PINNED_HELD_OUT}
    assert groups == PINNED_HELD_GROUPS


def test_ae_shares_no_family_with_a_to_ad(reqs: list[dict]) -> None:
    assert EARLIER[-1] is gen_ad
    assert_new_families(reqs, *EARLIER)


def test_every_record_is_a_request_its_server_reads_back(reqs: list[dict]) -> None:
    """Well formed, held to AE's own sources and methods, and read back exactly by a plain http.server."""
    assert_sound_requests(reqs, gen_ae.check, gen_ad.SOURCES["trade-finance-lc-desk"])


def test_the_request_kinds_it_was_made_for(reqs: list[dict]) -> None:
    """Page navigations (at least 200), the platform's App, 微信, axios and jQuery calls, CalDAV and CardDAV clients,
    back ends and the mail gateway (iCalendar, vCard, LDIF, MIME, EDIFACT and X12 bodies), uploads and beacons."""
    assert {r["method"] for r in reqs} == {"GET", "POST"}
    ctypes = media_types(reqs)
    assert ctypes[""] >= 350 and ctypes["application/json"] >= 600 and ctypes["multipart/form-data"] >= 160
    assert ctypes["application/x-www-form-urlencoded"] >= 100 and ctypes["text/plain"] >= 160
    for kind in ("text/calendar", "text/vcard", "text/x-ldif", "message/rfc822", "application/edifact"):
        assert ctypes[kind] >= 13, kind
    assert ctypes["application/edi-x12"] == 26
    assert_headers_sent(
        reqs,
        (
            "X-Requested-With",
            "Authorization",
            "Cookie",
            "Origin",
            "X-App-Id",
            "X-Device-Id",
            "Originator",
            "Recipient",
            "If-None-Match",
            "X-Sync-Source",
            "X-Archive-Category",
            "X-Interchange-Ref",
            "x-acs-dingtalk-access-token",
        ),
    )
    assert sum(header(r, "Accept").startswith("text/html") for r in reqs) >= 200
    assert sum(header(r, "Sec-Fetch-Mode") == "navigate" for r in reqs) >= 150
    assert sum("TaurusApp/" in header(r, "User-Agent") for r in reqs) >= 250
    assert sum("MicroMessenger" in header(r, "User-Agent") for r in reqs) >= 100
    dav = ("Thunderbird/", "dataaccessd/", "CalendarAgent/", "DAVx5/")
    assert sum(any(x in header(r, "User-Agent") for x in dav) for r in reqs) >= 39
    backends = ("Apache-HttpClient/", "Go-http-client/", "Java/", "python-requests/")
    assert sum(header(r, "User-Agent").startswith(backends) for r in reqs) >= 150
    assert sum(header(r, "Authorization").startswith("Basic ") for r in reqs) == 39


def test_multipart_uploads_decode(reqs: list[dict]) -> None:
    """PDFs, photos and DOCX are what their type says; iCalendar, vCard, LDIF, XLSX, EML, Markdown and EDIFACT
    files carry their extensions and read back as their families' checks read them."""
    assert_uploads_decode([r for r in reqs if not _other_uploads(r)], 65, COMMON)
    kinds = Counter()
    for r in reqs:
        if _other_uploads(r):
            for p in upload_files(r):
                assert p["filename"].endswith(OTHER[p["type"]]), r["label"]
                kinds[p["type"]] += 1
    assert set(kinds) == set(OTHER) and all(n >= 13 for n in kinds.values())
    assert sum(DOCX_TYPE in upload_types(r) for r in reqs if content_type(r).startswith("multipart/")) == 13


def test_text_is_real_text(reqs: list[dict]) -> None:
    """What the platform carries: iCalendar and vCard escapes, LDIF base64, MIME encoded words, EDIFACT releases,
    X12 separators, formulas, number formats, Markdown, skip logic, cron, query syntax, emoji and Chinese."""
    bodies = written_text(reqs)
    marks = (
        "BEGIN:VCALENDAR",
        "RRULE:FREQ=WEEKLY;BYDAY=",
        "\\,",
        "\\;",
        "ATTENDEE;CN=",
        "\r\n ",
        "N:",
        'TYPE="work,voice"',
        "dn:: ",
        "changetype: modify",
        "MIME-Version: 1.0",
        "=?utf-8?b?",
        "quoted-printable",
        "UNA:+.? '",
        "?+",
        "?'",
        "ISA*00*",
        "=VLOOKUP($A2,'汇总表'!$A:$F,3,FALSE)",
        '=IF(C2>=0.95,\\"达标\\",\\"未达标\\")',
        "[红色]",
        "| 序号 | 事项 |",
        "|---|",
        "- [x] ",
        "[^1]",
        "```",
        'Q3 == \\"是\\" && Q5 > 2',
        "0 0/30 9-17 ? * MON-FRI",
        "> ",
        "@",
        "👍",
        "浙政办督〔",
    )
    assert all(mark in bodies for mark in marks), [m for m in marks if m not in bodies]


# --- the families, checked the way their receiving servers would ------------------------------------


def test_meeting_calendar_caldav(reqs: list[dict]) -> None:
    """Events in order, escaped and folded; the JSON's title is the event's SUMMARY; free-busy requests whose
    Originator and Recipient headers are the body's; UNTIL after the start; 签到 before the meeting ends."""
    f = "meeting-calendar-caldav"
    for r in of_family(reqs, f, "invite-create"):
        d = json_body(r)
        (ev,) = _events_ok(d["ics"])
        assert _unescape(_prop(ev, "SUMMARY")) == d["title"] and _unescape(_prop(ev, "LOCATION")) == d["location"]
        assert _local(_prop(ev, "DTSTART")) == _second(d["start"]) and _local(_prop(ev, "DTEND")) == _second(d["end"])
        assert ("RRULE" in {n for n, _p, _v in ev["props"]}) == (d["rrule"] is not None)
        assert len(d["attendees"]) == sum(n == "ATTENDEE" for n, _p, _v in ev["props"])
    for r in of_family(reqs, f, "ics-import-upload"):
        (p,) = upload_files(r)
        assert p["type"] == "text/calendar" and _events_ok(p["data"].decode())
    for r in of_family(reqs, f, "caldav-freebusy"):
        (fb,) = [c for c in _components(r["body"]) if c["_type"] == "VFREEBUSY"]
        assert header(r, "Originator") == _prop(fb, "ORGANIZER") and r["path"].endswith("/outbox/")
        assert header(r, "Recipient").split(", ") == [v for n, _p, v in fb["props"] if n == "ATTENDEE"]
        start, end = (datetime.strptime(_prop(fb, k), "%Y%m%dT%H%M%SZ") for k in ("DTSTART", "DTEND"))
        assert start < end and header(r, "Authorization").startswith("Basic ")
    for r in of_family(reqs, f, "caldav-object-get"):
        assert r["path"].endswith(".ics") and header(r, "Authorization").startswith("Basic ")
    for r in of_family(reqs, f, "imip-bridge-push"):
        assert "method=REQUEST" in content_type(r) and _events_ok(r["body"])
        assert "METHOD:REQUEST\r\n" in r["body"]
    for r in of_family(reqs, f, "rrule-preview"):
        q = query1(r)
        rule = dict(x.split("=") for x in q["rrule"].split(";"))
        assert datetime.strptime(rule["UNTIL"], "%Y%m%dT%H%M%SZ") + timedelta(hours=8) > _local(q["dtstart"])
    for r in of_family(reqs, f, "meeting-checkin"):
        d = json_body(r)
        at, start, end = _second(d["checkinAt"]), _second(d["start"]), _second(d["end"])
        assert start - timedelta(minutes=30) <= at <= start < end and _in_zj(d["lng"], d["lat"])
        assert "TaurusApp/" in header(r, "User-Agent")
    for r in of_family(reqs, f, "feed-subscribe"):
        assert r["path"].endswith(".ics") and header(r, "Accept").startswith("text/calendar")


def test_org_directory_vcard_ldif(reqs: list[dict]) -> None:
    """vCards whose N gives FN, ORG a real 单位 and 处室, escaped text; LDIF whose base64 decodes and whose DN
    names the entry; org trees whose members add up."""
    f = "org-directory-vcard-ldif"
    for r in of_family(reqs, f, "vcard-import"):
        assert len(_vcards(r["body"])) == 1
    for r in of_family(reqs, f, "vcf-upload"):
        (p,) = upload_files(r)
        assert 2 <= len(_vcards(p["data"].decode())) <= 6
    for r in of_family(reqs, f, "carddav-vcard-get"):
        assert r["path"].endswith(".vcf") and header(r, "Authorization").startswith("Basic ")
    for r in of_family(reqs, f, "ldif-import-upload"):
        (p,) = upload_files(r)
        assert _ldif_ok(p["data"].decode()) >= 2
    for r in of_family(reqs, f, "ldif-sync-push"):
        assert _ldif_ok(r["body"]) >= 1 and header(r, "X-Sync-Source") == "zj-gov-directory"
    for r in of_family(reqs, f, "org-tree-save"):
        d = json_body(r)
        assert d["members"] == sum(k["members"] for k in d["children"])
        assert [k["name"] for k in d["children"]] == dict(gen_ae.UNITS)[d["name"]]
    for r in of_family(reqs, f, "card-qr-scan"):
        d = json_body(r)
        (card,) = _vcards(d["raw"])
        assert _prop(card, "FN") == d["name"]


def test_supervision_dubian_tasks(reqs: list[dict]) -> None:
    """督办件 numbers of their year; deadlines = created + 时限; progress that only grows on later dates; 红黄牌 by
    days overdue; escalation in order; 办结 late exactly when after the deadline, with a reason."""
    f = "supervision-dubian-tasks"
    number = re.compile(r"浙政办督〔(20\d\d)〕\d{1,3}号")
    for r in of_family(reqs, f, "task-create"):
        d = json_body(r)
        assert _day(d["deadline"]) == _day(d["created"]) + timedelta(days=d["limitDays"])
        assert number.fullmatch(d["no"]).group(1) == d["created"][:4] and d["lead"] not in d["assist"]
    for r in of_family(reqs, f, "leader-instruction"):
        assert number.fullmatch(form_fields(r)["taskNo"])
    for r in of_family(reqs, f, "progress-report"):
        d = json_body(r)
        ps = [x["percent"] for x in d["reports"]]
        assert all(a < b for a, b in pairwise(ps)) and d["latest"] == ps[-1] <= 100
        assert all(_day(a["date"]) < _day(b["date"]) for a, b in pairwise(d["reports"]))
    for r in of_family(reqs, f, "warning-card-push"):
        d = json_body(r)
        overdue = max(0, (_day(d["checkedOn"]) - _day(d["deadline"])).days)
        assert d["overdueDays"] == overdue
        assert d["card"] == ("绿牌" if overdue == 0 else "黄牌" if overdue <= 5 else "红牌")
    for r in of_family(reqs, f, "escalation-notify"):
        times = [_second(x["notifiedAt"]) for x in json_body(r)["chain"]]
        assert len(times) >= 2 and all(a < b for a, b in pairwise(times))
    for r in of_family(reqs, f, "evidence-upload"):
        assert upload_types(r) == ["application/pdf", "image/jpeg"]
    for r in of_family(reqs, f, "ledger-query"):
        q = query1(r)
        assert q["deadlineFrom"] < q["deadlineTo"]
    for r in of_family(reqs, f, "closure-apply"):
        d = form_fields(r)
        late = _day(d["doneDate"]) > _day(d["deadline"])
        assert d["late"] == ("1" if late else "0") and bool(d["lateReason"]) == late


def test_online_sheet_formula(reqs: list[dict]) -> None:
    """Formulas that parse; TSV rows of one width whose 按时率 is 按时办结 / 应办件; number formats of at most four
    sections; XLSX imports that read back with their sheet name; CSV exports of A1 ranges."""
    f = "online-sheet-formula"
    for r in of_family(reqs, f, "cell-formula-edit"):
        assert _formula_ok(json_body(r)["formula"])
    for r in of_family(reqs, f, "tsv-paste"):
        d = json_body(r)
        rows = [x.split("\t") for x in d["tsv"].split("\r\n")[:-1]]
        assert len(rows) == d["rows"] and {len(x) for x in rows} == {d["cols"]}
        assert all(x[3] == f"{int(x[2]) / int(x[1]):.2%}" for x in rows[1:])
    for r in of_family(reqs, f, "number-format"):
        assert _format_ok(json_body(r)["numFmt"])
    for r in of_family(reqs, f, "xlsx-import"):
        (p,) = upload_files(r)
        name, rows = _xlsx_rows(p["data"])
        assert name == "汇总表" and rows[0] == ["地区", "应办件", "按时办结"]
        assert all(0 <= int(x[1]) - int(x[2]) <= 40 for x in rows[1:])
    for r in of_family(reqs, f, "batch-ops"):
        ops = json_body(r)["ops"]
        assert all(_formula_ok(o["formula"]) for o in ops if "formula" in o)
        assert all(not o["value"].startswith("=") for o in ops if "value" in o)
    for r in of_family(reqs, f, "array-formula"):
        d = json_body(r)
        assert d["array"] is True and _formula_ok(d["formula"])
    for r in of_family(reqs, f, "csv-export"):
        assert re.fullmatch(r"A1:F\d+", query1(r)["range"])
    for r in of_family(reqs, f, "cell-comment"):
        d = json_body(r)
        assert all(f"@{m}" in d["text"] for m in d["mentions"])


def test_collab_doc_markdown(reqs: list[dict]) -> None:
    """Markdown a GFM renderer reads; Quill deltas whose retains and deletes fit the document; ShareDB ops inside
    it; comments quoting what is there; DOCX imports that open."""
    f = "collab-doc-markdown"
    base = gen_ae.DOC_TEXT
    for r in of_family(reqs, f, "md-page-save"):
        d = json_body(r)
        assert _markdown_ok(d["content"]) and d["content"].startswith(f"# {d['title']}\n")
    for r in of_family(reqs, f, "md-file-upload"):
        (p,) = upload_files(r)
        assert _markdown_ok(p["data"].decode())
    for r in of_family(reqs, f, "quill-delta"):
        d = json_body(r)
        ops = d["delta"]["ops"]
        used = sum(o.get("retain", 0) + o.get("delete", 0) for o in ops)
        assert d["baseLength"] == len(base) and used <= len(base) and any("insert" in o for o in ops)
    for r in of_family(reqs, f, "sharedb-op"):
        d = json_body(r)
        (op,) = d["op"]
        assert d["a"] == "op" and op["p"][0] == "body" and 0 <= op["p"][1] <= len(base)
    for r in of_family(reqs, f, "inline-comment"):
        d = json_body(r)
        assert base[d["anchor"]["start"] : d["anchor"]["end"]] == d["quote"]
    for r in of_family(reqs, f, "history-diff"):
        q = query1(r)
        assert int(q["from"]) < int(q["to"])
    for r in of_family(reqs, f, "docx-import"):
        (p,) = upload_files(r)
        assert _docx_text(p["data"]).startswith(base.split("\n")[0])


def test_gov_im_messaging(reqs: list[dict]) -> None:
    """@ mentions that match atUserIds; quotes with their sender; recalls within 24 hours; cards whose markdown
    has its title line; photos that are JPEGs; reactions from the emoji set."""
    f = "gov-im-messaging"
    for r in of_family(reqs, f, "text-message"):
        d = json_body(r)
        assert d["text"].count("@") == len(d["atUserIds"]) >= 1
    for r in of_family(reqs, f, "quoted-reply"):
        q = json_body(r)["quote"]
        assert q["sender"] and q["text"] and re.fullmatch(r"\d{16}", q["msgId"])
    for r in of_family(reqs, f, "read-receipt"):
        assert json_body(r)["msgIds"]
    for r in of_family(reqs, f, "message-recall"):
        d = json_body(r)
        assert 0 < d["recallAt"] - d["sentAt"] <= 24 * 3600 * 1000
    for r in of_family(reqs, f, "interactive-card-push"):
        md = json_body(r)["cardData"]["cardParamMap"]["markdown"]
        assert md.startswith("**") and "- 截止：" in md
    for r in of_family(reqs, f, "image-message"):
        assert upload_types(r) == ["image/jpeg"] and "TaurusApp/" in header(r, "User-Agent")
    for r in of_family(reqs, f, "emoji-reaction"):
        assert json_body(r)["emoji"] in gen_ae.EMOJI


def test_mime_mail_archive(reqs: list[dict]) -> None:
    """.eml uploads and archive pushes that Python's email package parses (encoded-word subjects, quoted-printable
    text, a base64 PDF named per RFC 2231); replies quoting with >; signatures after "-- "; auto-replies in order."""
    f = "mime-mail-archive"
    for r in of_family(reqs, f, "eml-upload"):
        (p,) = upload_files(r)
        _mail(p["data"])
    for r in of_family(reqs, f, "archive-push"):
        _mail(r["body"].encode())
    for r in of_family(reqs, f, "reply-draft"):
        d = json_body(r)
        quoted = [x for x in d["text"].split("\n") if x.startswith(">")]
        assert quoted and d["subject"].startswith("回复：") and "\n-- \n" in d["text"]
    for r in of_family(reqs, f, "signature-save"):
        assert form_fields(r)["text"].startswith("-- \n")
    for r in of_family(reqs, f, "mail-rule"):
        d = json_body(r)
        assert d["match"] in ("all", "any") and d["actions"][0]["type"] == "move"
    for r in of_family(reqs, f, "auto-reply"):
        d = form_fields(r)
        assert _day(d["start"]) < _day(d["end"])
    for r in of_family(reqs, f, "mail-search"):
        assert re.search(r"\b(from|to|subject|has|after):", query1(r)["q"])


def test_staff_approval_flows(reqs: list[dict]) -> None:
    """请假 days the working days of the range; approvals after submission and in order; 出差 days and budgets that
    add up; 用车 ending after it starts; 用印 files whose SHA-256 is the form's; reimbursements that add up."""
    f = "staff-approval-flows"
    for r in of_family(reqs, f, "leave-apply"):
        d = json_body(r)
        a, b = _day(d["start"]), _day(d["end"])
        assert a.weekday() < 5 and a <= b and d["type"] in gen_ae.LEAVE_TYPES
        assert d["days"] == sum((a + timedelta(days=i)).weekday() < 5 for i in range((b - a).days + 1))
        times = [_second(d["submittedAt"])] + [_second(x["at"]) for x in d["chain"]]
        assert all(x < y for x, y in pairwise(times))
    for r in of_family(reqs, f, "trip-apply"):
        d = json_body(r)
        assert (_day(d["end"]) - _day(d["start"])).days + 1 == d["days"] and d["total"] == sum(d["budget"].values())
    for r in of_family(reqs, f, "car-use-apply"):
        d = form_fields(r)
        assert _second(d["start"]) < _second(d["end"])
    for r in of_family(reqs, f, "seal-apply-upload"):
        (p,) = upload_files(r)
        assert hashlib.sha256(p["data"]).hexdigest() == upload_fields(r)["sha256"]
        assert upload_fields(r)["seal"] in gen_ae.SEALS
    for r in of_family(reqs, f, "trip-reimburse"):
        d = json_body(r)
        assert Decimal(d["total"]) == sum(Decimal(x["amount"]) for x in d["rows"])
    for r in of_family(reqs, f, "eseal-callback"):
        d = json_body(r)
        assert re.fullmatch(r"[0-9a-f]{64}", d["fileSha256"]) and d["alg"] == "SM2-SM3"


def test_mobile_attendance_punch(reqs: list[dict]) -> None:
    """Punches near their office inside 浙江 with MAC-shaped BSSIDs; 外勤 photos inside 浙江; schedules of seven days
    from a Monday; overtime hours that match the times."""
    f = "mobile-attendance-punch"
    bssid = re.compile(r"([0-9a-f]{2}:){5}[0-9a-f]{2}")
    for r in of_family(reqs, f, "punch"):
        d = json_body(r)
        lng, lat = gen_ae.SITES[d["site"]]
        assert abs(d["lng"] - lng) <= 0.001 and abs(d["lat"] - lat) <= 0.001 and _in_zj(d["lng"], d["lat"])
        assert bssid.fullmatch(d["bssid"]) and "TaurusApp/" in header(r, "User-Agent")
    for r in of_family(reqs, f, "field-punch"):
        d = upload_fields(r)
        assert _in_zj(d["lng"], d["lat"]) and upload_types(r) == ["image/jpeg"]
    for r in of_family(reqs, f, "punch-correction"):
        assert re.fullmatch(r"\d\d:\d\d", form_fields(r)["time"])
    for r in of_family(reqs, f, "shift-schedule"):
        d = json_body(r)
        days = [_day(x["date"]) for x in d["rows"]]
        assert days[0] == _day(d["week"]) and days[0].weekday() == 0 and len(days) == 7
        assert all((b - a).days == 1 for a, b in pairwise(days))
    for r in of_family(reqs, f, "geofence-config"):
        d = json_body(r)
        assert (d["lng"], d["lat"]) == gen_ae.SITES[d["site"]] and 0 < d["radius"] <= 500
    for r in of_family(reqs, f, "wifi-bind"):
        assert all(bssid.fullmatch(x["bssid"]) for x in json_body(r)["wifi"])
    for r in of_family(reqs, f, "overtime-apply"):
        d = json_body(r)
        assert _second(d["end"]) - _second(d["start"]) == timedelta(hours=d["hours"])


def test_survey_vote_builder(reqs: list[dict]) -> None:
    """Skip logic that parses and reads only real questions; answers that follow it; votes within their limits;
    question imports that read back."""
    f = "survey-vote-builder"
    ids = {q[0] for q in gen_ae.QUESTIONS}
    for r in of_family(reqs, f, "survey-create"):
        d = json_body(r)
        assert {q["id"] for q in d["questions"]} == ids
        assert all(_logic_names(x["when"]) <= ids and x["show"] in ids for x in d["logic"])
    for r in of_family(reqs, f, "logic-validate"):
        d = json_body(r)
        assert _logic_names(d["expression"]) <= set(d["questions"])
    for r in of_family(reqs, f, "answer-submit"):
        a = json_body(r)["answers"]
        assert ("Q4" in a) == (a["Q3"] == "是" and a["Q5"] > 2) and 1 <= a["Q5"] <= 5
    for r in of_family(reqs, f, "vote-create"):
        d = json_body(r)
        assert 1 <= d["maxChoices"] < len(d["options"]) == len(set(d["options"]))
    for r in of_family(reqs, f, "vote-cast"):
        ch = json_body(r)["choices"]
        assert ch == sorted(set(ch))
    for r in of_family(reqs, f, "result-export"):
        q = query1(r)
        assert q["format"] in ("xlsx", "csv") and (not q["filter"] or _logic_names(q["filter"]) <= ids)
    for r in of_family(reqs, f, "question-import"):
        (p,) = upload_files(r)
        name, rows = _xlsx_rows(p["data"])
        assert name == "题目" and [x[0] for x in rows[1:]] == [q[0] for q in gen_ae.QUESTIONS]


def test_edi_data_exchange(reqs: list[dict]) -> None:
    """EDIFACT whose UNT and UNZ count what they close, ? releases honoured; X12 with a 106-character ISA, SE
    counts and TDS the sum of the IT1 lines; 997s acknowledging; fixed-width lines of the layout's widths."""
    f = "edi-data-exchange"
    for r in of_family(reqs, f, "edifact-post"):
        segs = _edifact(r["body"])
        assert segs[-1][2] == header(r, "X-Interchange-Ref")
    for r in of_family(reqs, f, "edifact-upload"):
        (p,) = upload_files(r)
        _edifact(p["data"].decode("latin-1"))
    for r in of_family(reqs, f, "x12-810-post"):
        segs = _x12(r["body"])
        lines = [s for s in segs if s[0] == "IT1"]
        total = sum(int(s[2]) * Decimal(s[4]) for s in lines)
        assert lines and int(next(s for s in segs if s[0] == "TDS")[1]) == int(total * 100)
    for r in of_family(reqs, f, "x12-997-ack"):
        segs = _x12(r["body"])
        assert segs[2][:2] == ["ST", "997"] and any(s[0] == "AK9" and s[1] == "A" for s in segs)
    widths = [w for _name, w in gen_ae.FIXED]
    for r in of_family(reqs, f, "fixed-width-upload"):
        for line in r["body"].split("\r\n")[:-1]:
            assert len(line) == sum(widths) and line.isascii()
            region, unit, item, value, period = (line[sum(widths[:i]) : sum(widths[: i + 1])] for i in range(5))
            assert region.startswith("33") and unit.startswith("91330") and re.fullmatch(r" *\d+\.\d\d", value)
            assert re.fullmatch(r"20\d\d(0[1-9]|1[0-2])", period) and re.fullmatch(r"A\d{7}", item)
    for r in of_family(reqs, f, "edi-validate"):
        d = json_body(r)
        assert d["segments"] == len(_edifact(d["content"])) and d["messages"] == 1
    for r in of_family(reqs, f, "exchange-log"):
        q = query1(r)
        assert q["from"] < q["to"]


def test_platform_admin_console(reqs: list[dict]) -> None:
    """HTTPS redirect URIs; Quartz cron of six fields with ? in one day field; OIDC authorize with S256 challenges
    of 43 characters as page loads; token requests whose verifiers are RFC 7636's; allow-lists of valid CIDRs."""
    f = "platform-admin-console"
    for r in of_family(reqs, f, "app-register"):
        d = json_body(r)
        assert all(u.startswith("https://") for u in d["redirectUris"]) and d["pkce"] is True
    for r in of_family(reqs, f, "cron-job-save"):
        fields = json_body(r)["cron"].split()
        assert len(fields) == 6 and (fields[3] == "?") != (fields[5] == "?")
    for r in of_family(reqs, f, "webhook-test"):
        assert json_body(r)["url"].startswith("https://")
    for r in of_family(reqs, f, "audit-log-search"):
        q = query1(r)["q"]
        assert q.count('"') % 2 == 0 and q.count("[") == q.count("]")
    for r in of_family(reqs, f, "oidc-authorize"):
        q = query1(r)
        assert q["response_type"] == "code" and "openid" in q["scope"].split() and q["code_challenge_method"] == "S256"
        assert re.fullmatch(r"[A-Za-z0-9_-]{43}", q["code_challenge"]) and header(r, "Accept").startswith("text/html")
    for r in of_family(reqs, f, "oidc-callback"):
        assert set(query1(r)) == {"code", "state"}
    for r in of_family(reqs, f, "token-exchange"):
        d = form_fields(r)
        assert d["grant_type"] == "authorization_code" and re.fullmatch(r"[A-Za-z0-9._~-]{43,128}", d["code_verifier"])
    for r in of_family(reqs, f, "ip-allowlist"):
        assert all(ipaddress.ip_network(x).is_private for x in json_body(r)["cidrs"])


def test_the_sizes_are_even(reqs: list[dict]) -> None:
    """Every (family, shape) group has N requests: the group rule weighs groups alike."""
    assert set(Counter((r["family"], r["shape"]) for r in reqs).values()) == {gen_ae.N}


def test_bodies_are_json_where_they_say_so(reqs: list[dict]) -> None:
    """Every JSON body parses (the record check does it too; here the App's bodies as well)."""
    assert all(json.loads(r["body"]) is not None for r in reqs if "json" in content_type(r))
