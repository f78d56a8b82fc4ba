"""Corpus AD (tests/waf/data/gen_cms_corpus_ad.py): its split and its requests, without a WAF.

Fast tests, in their own module like test_corpus_ac_split.py. Nothing here sends AD through the WAF: AD's
false-positive count is the lead's, after a tuning round on AD's tuning part (docs/waf.md, held-out
discipline). The per-family checks look only at the requests themselves, the way the receiving services
would: passport MRZ lines (ICAO 9303 check digits, transliterated names, dates and numbers that match the form);
身份 证号, 港澳台 居住证 and 统一 社会 信用 代码 check characters; 香港 身份證 and ORCID check characters; IBAN mod
97 and BIC layouts; SWIFT MT700 text in the X character set, its line widths, dates in order and 32B the sum of its
:45A: goods; 出访 days within the 1/2/3-country limits; APEC pre-clearance only for full members; apostille for
Convention parties and 领事 认证 otherwise; 华侨 两年 居留 and 18 个月; shares, budgets, subsidies, scores and
prices that add up; HSK totals and their pass lines; 住宿 登记 within 24 hours; texts in the scripts of their
languages; CSV and DOCX uploads read back; uploads that are what their type says. Never a WAF verdict.
"""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
import xml.etree.ElementTree as ET
import zipfile
from collections import Counter
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
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
    id_number_ok,
    json_body,
    media_types,
    of_family,
    orcid_ok,
    query1,
    slot_within,
    upload_fields,
    upload_files,
    upload_types,
    uscc_ok,
    written_text,
    zip_names,
)
from tests.waf.data import gen_cms_corpus_ac as gen_ac
from tests.waf.data import gen_cms_corpus_ad as gen_ad

PINNED_HELD_OUT = (
    "consular-legalisation",
    "foreigner-work-permit",
    "foreigner-lodging-declaration",
)  # written once from the docstring's rule: a change of family names would re-split
PINNED_HELD_GROUPS = {  # the (family, shape) groups of the other families the rule holds out (first byte % 4 == 0)
    ("foreign-expert-program", "r-visa-confirmation"),
    ("hk-macao-resident-service", "hant-page"),
    ("hk-macao-resident-service", "social-insurance-enrol"),
    ("international-student", "notice-page"),
    ("official-trip-apec-card", "invitation-check"),
    ("overseas-chinese-status", "rights-consult"),
    ("root-seeking-qiaopi", "genealogy-upload"),
    ("root-seeking-qiaopi", "qiaopi-item-page"),
    ("root-seeking-qiaopi", "qiaopi-search"),
    ("root-seeking-qiaopi", "root-seeking-request"),
    ("root-seeking-qiaopi", "summer-camp-signup"),
    ("trade-finance-lc-desk", "discrepancy-consult"),
    ("translation-service-order", "page-beacon"),
    ("translation-service-order", "service-page"),
}

EARLIER = earlier_generators("ac")

corpus, reqs = corpus_fixtures(gen_ad)

CSV_TYPE = "text/csv"
W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MRZ_VALUES = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
MRZ_LATIN = {"Ä": "AE", "Ö": "OE", "Ü": "UE", "Å": "AA", "Æ": "AE", "Ø": "OE", "Ł": "L", "Đ": "D"}
HAGUE_PARTIES = {"USA", "GBR", "FRA", "DEU", "JPN", "KOR", "RUS", "ESP", "ITA", "MEX", "BRA", "IDN", "PHL", "AUS"}
ABTC_PRECLEARING = {  # APEC full members that pre-clear ABTC holders (China issues the card; CAN, USA transitional)
    "AUS",
    "BRN",
    "CHL",
    "HKG",
    "IDN",
    "JPN",
    "KOR",
    "MYS",
    "MEX",
    "NZL",
    "PNG",
    "PER",
    "PHL",
    "RUS",
    "SGP",
    "TWN",
    "THA",
    "VNM",
}
DAY_LIMITS = {1: 5, 2: 8, 3: 10}  # 出访 国家 数: 在外 天数 上限
SCRIPTS = {  # language: a character class its texts are written in
    "ja": r"[\u3040-\u30ff\u4e00-\u9fff]",
    "ko": r"[\uac00-\ud7a3]",
    "ru": r"[\u0400-\u04ff]",
    "ar": r"[\u0600-\u06ff]",
    "th": r"[\u0e00-\u0e7f]",
    "vi": r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]",
    "en": r"^[A-Za-z0-9 ().,'&-]+$",
    "fr": r"[A-Za-zéèêàçôû]",
    "es": r"[A-Za-zñáéíóú]",
}
SWIFT_X = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/-?:().,'+ ")
BIC = re.compile(r"[A-Z]{4}(CN|DE|FR|GB|NL|US|MY|SG|HK)[A-Z0-9]{2}([A-Z0-9]{3})?")
IBAN_LENGTHS = {"DE": 22, "FR": 27, "GB": 22, "NL": 18}
RIB_LETTERS = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "12345678912345678923456789")  # letters in a clé RIB sum
INCOTERMS_2020 = {"EXW", "FCA", "CPT", "CIP", "DAP", "DPU", "DDP", "FAS", "FOB", "CFR", "CIF"}


def _second(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%d %H:%M:%S")


def _day(text: str) -> date:
    return datetime.strptime(text, "%Y-%m-%d").date()


def _fj_id(idno: str) -> bool:
    return id_number_ok(idno) and idno[:6] in gen_ad.FJ


def _fj_uscc(code: str) -> bool:
    return uscc_ok(code) and code[2:8] in gen_ad.FJ


def _resident(idno: str, regions: tuple[str, ...]) -> bool:
    """A 港澳台 居民 居住证 number: its region's 地址码 and the GB 11643 check character."""
    return id_number_ok(idno) and idno[:6] in regions


def _age(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _jpeg(raw: bytes) -> bool:
    return raw[:3] == b"\xff\xd8\xff" and raw[-2:] == b"\xff\xd9"


def _exif(raw: bytes) -> bool:
    return _jpeg(raw) and raw[3:4] == b"\xe1" and raw[6:12] == b"Exif\x00\x00"


def _docx_text(raw: bytes) -> str:
    """A DOCX's paragraphs, read the way a server's converter reads word/document.xml."""
    assert "word/document.xml" in zip_names(raw)
    with zipfile.ZipFile(io.BytesIO(raw)) as z:
        root = ET.fromstring(z.read("word/document.xml"))  # noqa: S314 - the generator's own records
    return "\n".join("".join(t.text or "" for t in p.iter(f"{W_NS}t")) for p in root.iter(f"{W_NS}p"))


def _docx_uploads(rec: dict) -> bool:
    return content_type(rec).startswith("multipart/form-data") and DOCX_TYPE in upload_types(rec)


def _csv_uploads(rec: dict) -> bool:
    return content_type(rec).startswith("multipart/form-data") and CSV_TYPE in upload_types(rec)


def _mrz_name(name: str) -> str:
    """A printed name as the MRZ carries it (Doc 9303 Part 3): national characters transliterated, accents
    dropped, spaces and hyphens as fillers, apostrophes left out."""
    upper = "".join(MRZ_LATIN.get(ch, ch) for ch in name.upper())
    ascii_only = unicodedata.normalize("NFKD", upper).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Z<]", "", re.sub(r"[ -]", "<", ascii_only))


def _cd(field: str) -> str:
    weights = (7, 3, 1)
    return str(sum((0 if ch == "<" else MRZ_VALUES.index(ch)) * weights[i % 3] for i, ch in enumerate(field)) % 10)


def _mrz_ok(lines: list[str], p: dict | None = None) -> bool:
    """A TD3 MRZ: two 44-character lines, every check digit right; with ``p`` (the form's fields), the same names,
    nationality, number, sex and dates."""
    one, two = lines
    if not (len(one) == len(two) == 44 and re.fullmatch(r"[A-Z0-9<]{88}", one + two) and one[:2] == "P<"):
        return False
    digits_ok = (
        _cd(two[0:9]) == two[9]
        and _cd(two[13:19]) == two[19]
        and _cd(two[21:27]) == two[27]
        and _cd(two[28:42]) == two[42]
        and _cd(two[0:10] + two[13:20] + two[21:43]) == two[43]
        and two[20] in "MF<"
        and one[2:5] == two[10:13]
    )
    if p is None or not digits_ok:
        return digits_ok
    names = f"{_mrz_name(p['surname'])}<<{_mrz_name(p['givenNames'])}".ljust(39, "<")[:39]
    born = _day(p["birthDate"])
    expiry = _day(p["expiryDate"]) if "expiryDate" in p else None
    return (
        one[5:] == names
        and one[2:5] == p["nationality"]
        and two[0:9].rstrip("<") == p["passportNo"]
        and two[13:19] == f"{born:%y%m%d}"
        and two[20] == p["sex"]
        and (expiry is None or two[21:27] == f"{expiry:%y%m%d}")
    )


def _hkid_ok(value: str) -> bool:
    """香港 身份證: one or two letters, six digits and the check character in brackets (mod 11, weights 9-2)."""
    m = re.fullmatch(r"([A-Z]{1,2})(\d{6})\(([0-9A])\)", value)
    if not m:
        return False
    letters = m.group(1).rjust(2, " ")
    total = sum((36 if ch == " " else ord(ch) - 55) * w for ch, w in zip(letters, (9, 8), strict=True))
    total += sum(int(d) * (7 - i) for i, d in enumerate(m.group(2)))
    return (total + (10 if m.group(3) == "A" else int(m.group(3)))) % 11 == 0


def _iban_ok(value: str) -> bool:
    """ISO 13616: the country's length, and the rearranged number mod 97 is 1."""
    if len(value) != IBAN_LENGTHS.get(value[:2], -1) or not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", value):
        return False
    if int("".join(str(int(ch, 36)) for ch in value[4:] + value[:4])) % 97 != 1:
        return False
    if value[:2] == "FR":  # the clé RIB: 97 - (89 × bank + 15 × branch + 3 × account) mod 97
        rib = value[4:].translate(RIB_LETTERS)
        bank, branch, account, key = int(rib[:5]), int(rib[5:10]), int(rib[10:21]), int(rib[21:])
        return key == 97 - (89 * bank + 15 * branch + 3 * account) % 97
    if value[:2] == "NL":  # the 11-test of a 10-digit account
        return sum(int(d) * (10 - i) for i, d in enumerate(value[8:])) % 11 == 0
    return True


def _lang_of(rec: dict) -> str:
    """The portal language a visitor's browser asks for: its first Accept-Language tag (zh-TW and zh-HK kept)."""
    tag = header(rec, "Accept-Language").split(",")[0]
    return tag if tag.startswith("zh") else tag.split("-")[0]


def _in_script(text: str, lang: str) -> bool:
    """Whether a text is written in its language's script (Latin languages: its letters, accents included)."""
    return bool(re.search(SCRIPTS[lang], text))


def _mt700(text: str) -> dict[str, list[str]]:
    """An MT700 text block's fields (tag: its lines), after checking the X character set and the line widths."""
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    fields: dict[str, list[str]] = {}
    tag = ""
    for line in text.split("\r\n")[:-1]:
        assert set(line) <= SWIFT_X, line
        m = re.match(r":(\d{2}[A-Z]?):(.*)", line)
        if m:
            tag, line = m.groups()
            fields[tag] = []
        fields[tag].append(line)
    for tag, lines in fields.items():
        width = 35 if tag in ("50", "59", "71D") else 65
        assert all(len(x) <= width for x in lines), (tag, lines)
    return fields


def _lc_ok(text: str) -> tuple[bool, dict[str, list[str]]]:
    """An MT700 as the bank's and the desk's parsers read it: dates in order, 32B the sum of :45A:'s goods."""
    f = _mt700(text)
    issued, ship_by = (datetime.strptime(f[t][0], "%y%m%d").date() for t in ("31C", "44C"))
    expiry = datetime.strptime(f["31D"][0][:6], "%y%m%d").date()
    goods = " ".join(f["45A"])
    total = sum(
        (Decimal(q) * Decimal(p) for q, p in re.findall(r"\+(\d+) \w+ .*? AT USD (\d+\.\d{2})/", goods)),
        Decimal(0),
    )
    amount = re.fullmatch(r"USD(\d+),(\d{2})", f["32B"][0])
    ok = (
        issued < ship_by < expiry
        and amount is not None
        and Decimal(f"{amount.group(1)}.{amount.group(2)}") == total > 0
        and f["40A"] == ["IRREVOCABLE"]
        and bool(BIC.fullmatch(f["42A"][0]))
        and bool(BIC.fullmatch(f["41A"][0]))
        and f["45A"][-1].split()[0] in INCOTERMS_2020
    )
    return ok, f


# --- the split, the size and the record contract ----------------------------------------------------


def test_regenerating_gives_the_committed_files(corpus: tuple[list[dict], list[dict]]) -> None:
    assert_regenerates(*corpus, gen_ad.TUNING_FILE, gen_ad.HELD_OUT_FILE)


def test_large_enough_and_tagged(reqs: list[dict]) -> None:
    assert_sized(reqs, gen_ad, (130, 130), min_requests=1500, min_families=11, min_shapes=10)


def test_the_split_is_the_rule_written_down(corpus: tuple[list[dict], list[dict]]) -> None:
    """Whole families and (family, shape) groups are on one side only; the held-out families are the
    ones the docstring's rule picks (pinned: a change of family names would re-split)."""
    earlier = EARLIER[1:]  # C-AC: B has no SEED of its own to compare
    assert_split_as_written(corpus, gen_ad, "corpus-ad/", PINNED_HELD_OUT, earlier, parts=(988, 572))
    groups = {(r["family"], r["shape"]) for r in corpus[1] if r["family"] not in PINNED_HELD_OUT}
    assert groups == PINNED_HELD_GROUPS


def test_ad_shares_no_family_with_a_to_ac(reqs: list[dict]) -> None:
    assert EARLIER[-1] is gen_ac
    assert_new_families(reqs, *EARLIER)


def test_every_record_is_a_request_its_server_reads_back(reqs: list[dict]) -> None:
    """Well formed, held to AD's own sources and methods, and read back exactly by a plain http.server."""
    assert_sound_requests(reqs, gen_ad.check, gen_ac.SOURCES["agri-extension-qa"])


def test_the_request_kinds_it_was_made_for(reqs: list[dict]) -> None:
    """Page navigations (at least 200), foreign browsers and locales, axios and jQuery calls, 微信 and 小程序
    requests, Apps, back ends (an MT700 text push too), uploads and beacons."""
    assert {r["method"] for r in reqs} == {"GET", "POST"}
    ctypes = media_types(reqs)
    assert ctypes[""] >= 500 and ctypes["application/json"] >= 450 and ctypes["multipart/form-data"] >= 200
    assert ctypes["application/x-www-form-urlencoded"] >= 150 and ctypes["text/plain"] >= 160
    assert_headers_sent(
        reqs,
        (
            "X-Requested-With",
            "Authorization",
            "charset",
            "Cookie",
            "Origin",
            "X-App-Id",
            "X-Msg-Type",
            "X-Sender-Bic",
            "X-Agency-Code",
            "X-Unit-Code",
        ),
    )
    assert sum(header(r, "Sec-Fetch-Mode") == "navigate" for r in reqs) >= 200
    assert sum("MicroMessenger" in header(r, "User-Agent") for r in reqs) >= 400
    assert sum("MiniProgramEnv" in header(r, "User-Agent") for r in reqs) >= 110
    assert sum("Firefox/" in header(r, "User-Agent") for r in reqs) >= 100
    assert sum(header(r, "User-Agent").startswith("okhttp/") for r in reqs) >= 20
    locales = Counter(_lang_of(r) for r in reqs if header(r, "Accept-Language"))
    assert {k: locales[k] >= 8 for k in ("en", "ja", "ko", "ru", "zh-TW", "zh-HK", "fr", "es", "vi")} == dict.fromkeys(
        ("en", "ja", "ko", "ru", "zh-TW", "zh-HK", "fr", "es", "vi"), True
    ), locales
    assert locales["ar"] and locales["th"]
    cookies = [header(r, "Cookie") for r in reqs]
    assert sum(bool(re.search(r"\b(lang|language|i18n_lang)=(en|ja|ko|ru|zh-TW|zh-HK)\b", x)) for x in cookies) >= 100
    backends = ("Apache-HttpClient/", "Go-http-client/", "Java/", "python-requests/")
    assert sum(header(r, "User-Agent").startswith(backends) for r in reqs) >= 60


def test_multipart_uploads_decode(reqs: list[dict]) -> None:
    """Photos, scans, PDFs and DOCX files are what their type says; glossary CSVs read back as their rows."""
    assert_uploads_decode(
        [r for r in reqs if not _csv_uploads(r)],
        190,
        {"application/pdf": ".pdf", "image/jpeg": ".jpg", DOCX_TYPE: ".docx"},
    )
    assert sum(_docx_uploads(r) for r in reqs) == 52
    for r in reqs:
        if _docx_uploads(r):
            assert all(_docx_text(p["data"]) for p in upload_files(r) if p["type"] == DOCX_TYPE)
    sheets = [r for r in reqs if _csv_uploads(r)]
    assert len(sheets) == 13
    for r in sheets:
        (p,) = upload_files(r)
        assert p["filename"].endswith(".csv") and p["data"].startswith("\ufeff".encode())
        head, *rows = list(csv.reader(io.StringIO(p["data"].decode("utf-8-sig"))))
        assert head == ["source", "target", "note"] and len(rows) == int(upload_fields(r)["rows"])


def test_text_is_real_text(reqs: list[dict]) -> None:
    """The corpus carries what these services really carry: Latin names with apostrophes and diacritics, MRZ
    lines, SWIFT tags, inch marks, LaTeX and chemical equations, 繁體, 注音, 台羅, 粵語, Japanese, Korean, Russian,
    Arabic, Thai and Vietnamese among the Chinese."""
    bodies = written_text(reqs)
    marks = (
        "O'Brien",
        "Müller",
        "Nguyễn",
        "Łukasz",
        "P<",
        ":45A:",
        ":32B:USD",
        '12"',
        '3/4"',
        "eta_{10} = 278",
        "dec$^{-1}$",
        "→",
        "請問",
        "ㄑㄧㄥˇ",
        "Tsuân-tsiu",
        "喺",
        "本契約",
        "니다.",
        "Свидетельство",
        "شهادة",
        "สัญญา",
        "Giấy khai sinh",
        "「",
        "（",
        "，",
    )
    assert all(mark in bodies for mark in marks), [m for m in marks if m not in bodies]


# --- the families, checked the way their receiving servers would ------------------------------------


def test_foreigner_work_permit(reqs: list[dict]) -> None:
    """Passports whose MRZ is their data page's; 积分 that add up to the total and the class 85/60 give; age
    points from the birth date; 福建 employers' codes; CVs that open; extensions within the contract."""
    f = "foreigner-work-permit"
    for r in of_family(reqs, f, "employer-register"):
        d = json_body(r)
        assert _fj_uscc(d["uscc"]) and d["orgType"] == {"91": "企业", "12": "事业单位"}[d["uscc"][:2]]
    for r in of_family(reqs, f, "permit-apply"):
        d = json_body(r)
        p, on = d["applicant"], _day(d["applyDate"])
        assert _mrz_ok(p["mrz"], p) and _day(p["expiryDate"]) > on and _fj_uscc(d["employerUscc"])
        total = sum(d["points"].values())
        assert d["totalPoints"] == total and d["category"] == ("A" if total >= 85 else "B" if total >= 60 else "C")
        assert d["points"]["age"] == gen_ad.age_points(_age(_day(p["birthDate"]), on))
        assert d["points"]["salary"] == gen_ad.salary_points(d["annualSalaryWan"])
        assert (
            d["points"]["degree"] == gen_ad.DEGREES[d["degree"]][0]
            and d["degreeTitle"] in gen_ad.DEGREES[d["degree"]][1]
        )
    for r in of_family(reqs, f, "passport-ocr-upload"):
        d = upload_fields(r)
        assert _mrz_ok([d["mrzLine1"], d["mrzLine2"]])
        assert d["mrzLine1"][5:].startswith(f"{_mrz_name(d['surname'])}<<{_mrz_name(d['givenNames'])}")
        assert _exif(upload_files(r)[0]["data"])
    for r in of_family(reqs, f, "cv-degree-upload"):
        d = upload_fields(r)
        cv, diploma = upload_files(r)
        assert (
            cv["type"] == DOCX_TYPE and d["degreeTitle"] in _docx_text(cv["data"]) and diploma["type"].endswith("pdf")
        )
    for r in of_family(reqs, f, "points-calc"):
        d = json_body(r)
        assert d["total"] == sum(d["items"].values()) and d["category"] == gen_ad.permit_class(d["total"])
        assert d["items"]["age"] == (15 if 26 <= d["age"] <= 45 else 10 if d["age"] <= 55 else 5)
    for r in of_family(reqs, f, "permit-query"):
        assert re.fullmatch(r"35(2025|2026|2027)\d{9}", query1(r)["permitNo"])
    for r in of_family(reqs, f, "extension-apply"):
        d = form_fields(r)
        assert _day(d["currentExpiry"]) < _day(d["requestedExpiry"]) <= _day(d["contractEnd"])
    for r in of_family(reqs, f, "guide-page-foreign"):
        assert f"/{_lang_of(r)}/" in r["path"] and header(r, "Sec-Fetch-Mode") == "navigate"


def test_official_trip_apec_card(reqs: list[dict]) -> None:
    """团组: at most 3 countries and the days their number allows, members counted, 福建 身份 证号; letters that
    name the dates; ABTC pre-clearance only by full members; 因公 护照 taken before and returned within 7 days."""
    f = "official-trip-apec-card"
    for r in of_family(reqs, f, "group-apply"):
        d = json_body(r)
        days = (_day(d["returnDate"]) - _day(d["departDate"])).days + 1
        assert 1 <= len(d["countries"]) <= 3 and d["daysAbroad"] == days <= DAY_LIMITS[len(d["countries"])]
        assert d["memberCount"] == len(d["members"]) and d["leader"] == d["members"][0]["name"]
        assert all(_fj_id(m["idNo"]) for m in d["members"])
    for r in of_family(reqs, f, "itinerary-upload"):
        d = upload_fields(r)
        days = (_day(d["returnDate"]) - _day(d["departDate"])).days + 1
        assert 0 < days <= DAY_LIMITS[len(d["countries"].split(","))]
        assert upload_types(r) == [DOCX_TYPE, "application/pdf"] and "Day 1" in _docx_text(upload_files(r)[0]["data"])
    for r in of_family(reqs, f, "invitation-check"):
        d = json_body(r)
        start, end = _day(d["from"]), _day(d["to"])
        assert start <= end and f"{start:%d %B %Y}" in d["letterText"] and f"{end:%d %B %Y}" in d["letterText"]
    for r in of_family(reqs, f, "apec-card-apply"):
        d = json_body(r)
        assert set(d["preClearance"]) <= ABTC_PRECLEARING and not {"USA", "CAN", "CHN"} & set(d["preClearance"])
        assert re.fullmatch(r"E\d{8}", d["passportNo"]) and _fj_id(d["idNo"]) and _fj_uscc(d["uscc"])
    for r in of_family(reqs, f, "apec-card-status"):
        assert re.fullmatch(r"E\d{8}", query1(r)["passportNo"]) and query1(r)["applyNo"].startswith("ABTC")
    for r in of_family(reqs, f, "passport-custody"):
        d = form_fields(r)
        when, start, back = _day(d["actionDate"]), _day(d["departDate"]), _day(d["returnDate"])
        assert re.fullmatch(r"[SP]E\d{7}", d["passportNo"])
        assert when < start if d["action"] == "领用" else back < when <= back + timedelta(days=7)
    for r in of_family(reqs, f, "trip-report"):
        d = json_body(r)
        assert d["actualDays"] == (_day(d["actualReturn"]) - _day(d["actualDepart"])).days + 1 <= d["approvedDays"]
    for r in of_family(reqs, f, "visa-notice-page"):
        assert r["path"].split("/")[-1].removesuffix(".html").upper() in gen_ad.COUNTRIES_ZH


def test_consular_legalisation(reqs: list[dict]) -> None:
    """Apostille for documents going to Convention parties, 领事 认证 otherwise; document titles in their languages'
    scripts; fees = count × the speed's fee; apostille numbers of their year; 代办 batches counted."""
    f = "consular-legalisation"

    def entry_ok(x: dict, country: str) -> bool:
        route = "apostille" if country in HAGUE_PARTIES else "legalisation"
        return x.get("route", route) == route and _in_script(x["title"], x["language"])

    for r in of_family(reqs, f, "apply"):
        d = json_body(r)
        assert d["route"] == ("apostille" if d["country"] in HAGUE_PARTIES else "legalisation")
        assert all(entry_ok(x, d["country"]) for x in d["documents"]) and d["count"] == len(d["documents"])
        assert _fj_id(d["idNo"]) and all(x["notaryNo"].startswith("（20") for x in d["documents"])
    for r in of_family(reqs, f, "document-upload"):
        assert upload_types(r) == ["application/pdf", "application/pdf"]
    for r in of_family(reqs, f, "apostille-verify"):
        q = query1(r)
        assert re.fullmatch(r"FJ\d{11}", q["no"]) and q["no"][2:6] == q["date"][:4] and q["lang"] == _lang_of(r)
    for r in of_family(reqs, f, "fee-calc"):
        d = json_body(r)
        assert d["unitFee"] == {"普通": 50, "加急": 100}[d["speed"]] and d["total"] == d["count"] * d["unitFee"]
    for r in of_family(reqs, f, "courier-return"):
        assert re.fullmatch(r"3[56]\d{4}", form_fields(r)["postcode"])
    for r in of_family(reqs, f, "agency-batch-push"):
        d = json_body(r)
        assert d["total"] == len(d["entries"]) and all(entry_ok(x, x["country"]) for x in d["entries"])
        assert header(r, "X-Agency-Code").startswith("FJDB")
    for r in of_family(reqs, f, "guide-page-foreign"):
        assert f"/{_lang_of(r)}/" in r["path"]


def test_overseas_chinese_status(reqs: list[dict]) -> None:
    """华侨: a residence permit held over the two years, visits home inside them and not overlapping, 730 days less
    the visits abroad and at least 548 (18 months); 归侨 themselves; 侨资 shares summing to 100 and the 25% line."""
    f = "overseas-chinese-status"
    for r in of_family(reqs, f, "huaqiao-identity-apply"):
        d = json.loads(upload_fields(r)["data"])
        start, end, on = _day(d["windowFrom"]), _day(d["windowTo"]), _day(d["applyDate"])
        assert start == on - timedelta(days=730) and end == on - timedelta(days=1)
        assert _day(d["permitGranted"]) < start and _fj_id(d["idNo"]) and _jpeg(upload_files(r)[0]["data"])
        visits = [(_day(v["from"]), _day(v["to"])) for v in d["visitsToChina"]]
        assert all(start <= a <= b <= end for a, b in visits) and all(b1 < a2 for (_, b1), (a2, _) in pairwise(visits))
        assert d["daysAbroad"] == 730 - sum((b - a).days + 1 for a, b in visits) >= 548
    for r in of_family(reqs, f, "returned-relative-cert"):
        d = form_fields(r)
        assert _fj_id(d["idNo"]) and (d["relation"] == "本人") == (d["kind"] == "归侨")
    for r in of_family(reqs, f, "qiaozi-enterprise-register"):
        d = json_body(r)
        overseas = sum(x["sharePct"] for x in d["investors"] if x["type"] != "境内")
        assert sum(x["sharePct"] for x in d["investors"]) == 100 and all(x["sharePct"] > 0 for x in d["investors"])
        assert d["overseasPct"] == overseas and d["qualifies"] == (overseas >= 25) and _fj_uscc(d["uscc"])
    for r in of_family(reqs, f, "donation-project-filing"):
        d = upload_fields(r)
        assert d["currency"] in {"USD", "SGD", "MYR", "HKD"} and int(d["amount"]) > 0
        assert upload_types(r) == ["application/pdf"]
    for r in of_family(reqs, f, "relative-info-update"):
        assert _fj_id(json_body(r)["idNo"])


def test_root_seeking_qiaopi(reqs: list[dict]) -> None:
    """Romanised surnames and the 汉字 and dialect they stand for; old 县 names and today's 区县 codes; 族谱
    transcripts of that surname; year ranges in order; campers' ages from their birth dates."""
    f = "root-seeking-qiaopi"
    for r in of_family(reqs, f, "root-seeking-request"):
        d = json_body(r)
        han, dialect = gen_ad.SURNAMES_ROMAN[d["nameRoman"].split()[0]]
        assert (d["surnameHan"], d["dialect"]) == (han, dialect) and d["ancestor"].startswith(han)
        assert d["currentCode"] == gen_ad.OLD_PLACES[d["oldPlace"]] and d["currentCode"] in gen_ad.FJ
    for r in of_family(reqs, f, "genealogy-upload"):
        d = upload_fields(r)
        assert d["transcript"].startswith(f"{d['surnameHan']}氏族譜") and d["oldPlace"][:-1] in d["transcript"]
        assert d["oldPlace"] in gen_ad.OLD_PLACES and _exif(upload_files(r)[0]["data"])
    for r in of_family(reqs, f, "qiaopi-search"):
        q = query1(r)
        assert 1880 <= int(q["yearFrom"]) <= int(q["yearTo"])
    for r in of_family(reqs, f, "qiaopi-item-page"):
        assert re.fullmatch(r"/da/qp/item/QP(18[89]\d|19[0-4]\d)\d{5}\.html", r["path"])
    for r in of_family(reqs, f, "surname-romanisation-lookup"):
        q = query1(r)
        assert gen_ad.SURNAMES_ROMAN[q["roman"]][1] == q["dialect"]
    for r in of_family(reqs, f, "summer-camp-signup"):
        d = json_body(r)
        age = _age(_day(d["birthDate"]), _day(d["signupDate"]))
        assert d["age"] == age and 10 <= age <= 17 and d["ancestral"] in gen_ad.OLD_PLACES
    for r in of_family(reqs, f, "archive-copy-request"):
        d = json_body(r)
        assert _fj_id(d["idNo"]) and all(re.fullmatch(r"QP\d{9}", x) for x in d["items"])
    for r in of_family(reqs, f, "family-letter-story"):
        assert upload_types(r) == ["image/jpeg"]


def test_taiwan_compatriot_service(reqs: list[dict]) -> None:
    """台湾 居民 居住证 numbers of 830000 with their check character, half a year's residence before applying; 台胞证
    of 8 digits; 惠台 amounts = base × rate that add up; youth subsidies for 18-45 with a year's contract; 繁體."""
    f = "taiwan-compatriot-service"
    tw = ("830000",)
    for r in of_family(reqs, f, "residence-permit-apply"):
        d = json_body(r)
        assert _day(d["residenceSince"]) <= _day(d["applyDate"]) - timedelta(days=183)
        assert re.fullmatch(r"\d{8}", d["mtpNo"])
    for r in of_family(reqs, f, "residence-permit-verify"):
        assert _resident(query1(r)["zjhm"], tw)
    for r in of_family(reqs, f, "mtp-card-query"):
        assert re.fullmatch(r"\d{8}", query1(r)["mtp"])
    for r in of_family(reqs, f, "taiwan-firm-subsidy"):
        d = json_body(r)
        assert all(x["amount"] == round(x["base"] * x["rate"]) for x in d["items"]) and _fj_uscc(d["uscc"])
        assert d["total"] == sum(x["amount"] for x in d["items"])
    for r in of_family(reqs, f, "youth-employment-subsidy"):
        d = form_fields(r)
        born = datetime.strptime(d["jzzNo"][6:14], "%Y%m%d").date()
        assert _resident(d["jzzNo"], tw) and 18 <= _age(born, _day(d["applyDate"])) <= 45
        assert _day(d["contractEnd"]) - _day(d["contractStart"]) >= timedelta(days=365)
    for r in of_family(reqs, f, "professional-title-recognition"):
        assert _resident(upload_fields(r)["jzzNo"], tw) and upload_types(r) == ["application/pdf"]
    for r in of_family(reqs, f, "consult-hant"):
        d = json_body(r)
        assert d["lang"] == "zh-Hant" and _lang_of(r) == "zh-TW" and re.search("[請問臺灣補貼證們]", d["question"])
    for r in of_family(reqs, f, "hant-page"):
        assert r["path"].startswith("/tb/zh-TW/") and _lang_of(r) == "zh-TW"


def test_hk_macao_resident_service(reqs: list[dict]) -> None:
    """居住证 of 810000/820000 with their check characters; 回乡证 H for 香港 and M for 澳门; 香港 身份證 check
    characters; half a year's residence; 社保 with three or more 险种 and a 福建 employer."""
    f = "hk-macao-resident-service"
    hm = ("810000", "820000")
    for r in of_family(reqs, f, "residence-permit-apply"):
        d = json_body(r)
        hk = d["region"] == "香港"
        assert re.fullmatch(r"[HM]\d{8}", d["hrpNo"]) and d["hrpNo"][0] == ("H" if hk else "M")
        assert _hkid_ok(d["hkid"]) if hk else d["hkid"] == ""
        assert _day(d["residenceSince"]) <= _day(d["applyDate"]) - timedelta(days=183)
    for r in of_family(reqs, f, "residence-permit-verify"):
        assert _resident(query1(r)["zjhm"], hm)
    for r in of_family(reqs, f, "home-return-permit-query"):
        assert re.fullmatch(r"[HM]\d{8}", query1(r)["hxz"])
    for r in of_family(reqs, f, "hkid-bind"):
        d = form_fields(r)
        assert _hkid_ok(d["hkid"]) and re.fullmatch(r"H\d{8}", d["hxz"])
    for r in of_family(reqs, f, "professional-filing"):
        assert _hkid_ok(upload_fields(r)["hkid"]) and upload_types(r) == ["application/pdf"]
    for r in of_family(reqs, f, "social-insurance-enrol"):
        d = json_body(r)
        assert _resident(d["jzzNo"], hm) and d["hrpNo"][0] == {"810000": "H", "820000": "M"}[d["jzzNo"][:6]]
        assert _fj_uscc(d["employerUscc"]) and len(set(d["types"])) == len(d["types"]) >= 3
    for r in of_family(reqs, f, "consult-cantonese"):
        assert _lang_of(r) == "zh-HK" and re.search("[喺咗嘅唔啲]", json_body(r)["question"])


def test_foreign_expert_program(reqs: list[dict]) -> None:
    """ORCID iDs with their check characters; budgets whose lines add up and whose 生活 补贴 is months × rate;
    review averages of the scores; R 字 确认函 for passports whose MRZ is right and entries after applying."""
    f = "foreign-expert-program"
    for r in of_family(reqs, f, "project-apply"):
        d = json_body(r)
        assert orcid_ok(d["orcid"]) and d["budgetTotal"] == sum(d["budget"].values())
        assert d["budget"]["living"] == d["monthsInChina"] * 20000 and d["abstract"] in gen_ad.ABSTRACTS
    for r in of_family(reqs, f, "abstract-autosave"):
        d = json_body(r)
        assert d["value"] in gen_ad.ABSTRACTS and header(r, "Authorization").startswith("Bearer ")
    for r in of_family(reqs, f, "cv-publication-upload"):
        assert upload_types(r) == ["application/pdf", DOCX_TYPE]
        assert "doi:10." in _docx_text(upload_files(r)[1]["data"])
    for r in of_family(reqs, f, "orcid-lookup"):
        assert orcid_ok(query1(r)["orcid"])
    for r in of_family(reqs, f, "budget-sheet"):
        d = json_body(r)
        assert d["lines"]["living"] == d["months"] * d["livingPerMonth"] and d["total"] == sum(d["lines"].values())
    for r in of_family(reqs, f, "expert-database-register"):
        d = form_fields(r)
        assert orcid_ok(d["orcid"]) and re.fullmatch(r"[a-z]+@[a-z.-]+", d["email"])
    for r in of_family(reqs, f, "r-visa-confirmation"):
        d = json_body(r)
        assert _mrz_ok(d["expert"]["mrz"], d["expert"]) and _day(d["plannedEntry"]) > _day(d["applyDate"])
        assert uscc_ok(d["host"]) and d["host"].startswith("12")
    for r in of_family(reqs, f, "review-score-push"):
        d = json_body(r)
        mean = sum(d["scores"]) / len(d["scores"])
        assert d["average"] == round(mean, 2) and d["recommend"] == (mean >= 80) and d["reviewers"] == len(d["scores"])


def test_international_student(reqs: list[dict]) -> None:
    """Applicants' MRZ; HSK sections of their level, totals and the 120/180 pass lines; 居留 许可 booked within 30
    days of entry in opening hours; rooms after arrival; premiums × years."""
    f = "international-student"
    for r in of_family(reqs, f, "admission-apply"):
        d = json_body(r)
        assert _mrz_ok(d["passport"]["mrz"], d["passport"]) and gen_ad.UNIS[d["university"]] == d["uniCode"]
        hsk = d["hsk"]
        names = ("listening", "reading") if hsk["level"] <= 2 else ("listening", "reading", "writing")
        assert tuple(hsk["sections"]) == names and hsk["total"] == sum(hsk["sections"].values())
        assert hsk["passed"] == (hsk["total"] >= (120 if hsk["level"] <= 2 else 180))
    for r in of_family(reqs, f, "hsk-verify"):
        assert re.fullmatch(r"H[1-6]\d{13}", query1(r)["certNo"])
    for r in of_family(reqs, f, "scholarship-apply"):
        assert upload_types(r) == ["application/pdf", "application/pdf", "image/jpeg"]
    for r in of_family(reqs, f, "residence-permit-booking"):
        d = json_body(r)
        entry, book = _day(d["entryDate"]), _day(d["bookDate"])
        assert entry < book <= entry + timedelta(days=30) and d["visa"] in {"X1", "X2"}
        assert slot_within(d["slot"], "09:00", "12:00") or slot_within(d["slot"], "14:30", "17:00")
    for r in of_family(reqs, f, "dorm-application"):
        d = json_body(r)
        assert _day(d["arrival"]) <= _day(d["checkIn"])
    for r in of_family(reqs, f, "insurance-enrol"):
        d = form_fields(r)
        assert int(d["amount"]) == int(d["premiumPerYear"]) * int(d["years"])
    for r in of_family(reqs, f, "program-page-foreign"):
        assert f"/{_lang_of(r)}/" in r["path"]


def test_translation_service_order(reqs: list[dict]) -> None:
    """Source texts in their languages' scripts; 字数 without spaces and prices from them (1,000 at least, × the
    urgency); interpreting hours and amounts; 证件 翻译 fees; DOCX sources that open."""
    f = "translation-service-order"
    for r in of_family(reqs, f, "order-create"):
        d = json_body(r)
        chars = len(re.sub(r"\s", "", d["text"]))
        factor = {"普通": Decimal("1"), "加急": Decimal("1.5"), "特急": Decimal("2")}[d["speed"]]
        amount = (Decimal(max(chars, 1000)) * d["unitPrice"] * factor / 1000).quantize(Decimal("0.01"), ROUND_HALF_UP)
        assert _in_script(d["text"], d["sourceLang"]) and d["chars"] == chars and Decimal(d["amount"]) == amount
    for r in of_family(reqs, f, "source-file-upload"):
        d = upload_fields(r)
        (p,) = upload_files(r)
        assert p["type"] == DOCX_TYPE and _in_script(_docx_text(p["data"]), d["sourceLang"])
    for r in of_family(reqs, f, "interpreter-booking"):
        d = json_body(r)
        hours = int(d["end"][:2]) - int(d["start"][:2])
        assert d["hours"] == hours > 0 and d["amount"] == hours * d["rate"]
    for r in of_family(reqs, f, "certified-translation"):
        d = form_fields(r)
        assert int(d["amount"]) == int(d["unitFee"]) * int(d["copies"])
    for r in of_family(reqs, f, "translator-register"):
        assert upload_types(r) == ["image/jpeg", "application/pdf"]
        assert re.fullmatch(r"20\d{2}[123]\d{9}", upload_fields(r)["cattiNo"])


def test_foreigner_lodging_declaration(reqs: list[dict]) -> None:
    """Guests' MRZ; declared within 24 hours of arrival (旅馆 以外 住宿); leaving after arriving; hosts' 身份 证号;
    query ranges in order; units' batches counted."""
    f = "foreigner-lodging-declaration"

    def in_time(arrival: str, declared: str) -> bool:
        return timedelta(0) <= _second(declared) - _second(arrival) < timedelta(hours=24)

    for r in of_family(reqs, f, "host-declare"):
        d = json_body(r)
        assert _mrz_ok(d["guest"]["mrz"], d["guest"]) and _fj_id(d["host"]["idNo"])
        assert in_time(d["arrival"], d["declaredAt"]) and _day(d["plannedLeave"]) > _second(d["arrival"]).date()
    for r in of_family(reqs, f, "homestay-register"):
        d = form_fields(r)
        assert in_time(d["arrival"], d["declaredAt"]) and _second(d["departure"]) > _second(d["arrival"])
        assert d["licence"][3:9] in gen_ad.FJ
    for r in of_family(reqs, f, "mrz-scan"):
        d = upload_fields(r)
        assert _mrz_ok([d["line1"], d["line2"]]) and "MiniProgramEnv" in header(r, "User-Agent")
    for r in of_family(reqs, f, "departure-report"):
        d = json_body(r)
        assert _second(d["leftAt"]) > _second(d["arrival"])
    for r in of_family(reqs, f, "record-query"):
        q = query1(r)
        assert _fj_id(q["hostIdNo"]) and q["from"] <= q["to"]
    for r in of_family(reqs, f, "unit-batch-report"):
        d = json_body(r)
        assert d["count"] == len(d["rows"]) and uscc_ok(d["unitUscc"]) and header(r, "X-Unit-Code") == d["unitUscc"][:8]
        assert all(_mrz_ok(x["mrz"], x) and in_time(x["arrival"], x["declaredAt"]) for x in d["rows"])
    for r in of_family(reqs, f, "guide-page-foreign"):
        assert f"/{_lang_of(r)}/" in r["path"]


def test_trade_finance_lc_desk(reqs: list[dict]) -> None:
    """MT700s in SWIFT's X characters and line widths, dates in order, 32B the sum of their goods, BICs as ISO 9362
    lays them out; invoices whose lines and total add up within the credit; IBANs mod 97; HS codes of 6 digits."""
    f = "trade-finance-lc-desk"
    for r in of_family(reqs, f, "mt700-push"):
        ok, fields = _lc_ok(r["body"])
        assert ok and fields["42A"][0] == header(r, "X-Sender-Bic") and fields["20"][0] == header(r, "X-Ref")
    for r in of_family(reqs, f, "lc-review-request"):
        d = json_body(r)
        assert _lc_ok(d["lcText"])[0] and _fj_uscc(d["exporterUscc"])
    for r in of_family(reqs, f, "invoice-check"):
        d = json_body(r)
        assert all(Decimal(x["amount"]) == x["qty"] * Decimal(x["unitPrice"]) for x in d["rows"])
        total = sum(Decimal(x["amount"]) for x in d["rows"])
        assert Decimal(d["total"]) == total <= Decimal(d["lcAmount"]) * (1 + Decimal(d["tolerancePct"]) / 100)
        assert d["incoterm"] in INCOTERMS_2020 and all(re.fullmatch(r"\d{4}\.\d{2}", x["hs"]) for x in d["rows"])
    for r in of_family(reqs, f, "bic-lookup"):
        assert BIC.fullmatch(query1(r)["bic"])
    for r in of_family(reqs, f, "iban-validate"):
        assert _iban_ok(query1(r)["iban"])
    for r in of_family(reqs, f, "hs-lookup"):
        code = query1(r)["hs"].replace(".", "")
        assert re.fullmatch(r"\d{6}", code) and code in {hs.replace(".", "") for _d, hs, _u, _p in gen_ad.GOODS}
    for r in of_family(reqs, f, "incoterms-page"):
        assert r["path"].split("/")[-1].removesuffix(".html").upper() in INCOTERMS_2020
    for r in of_family(reqs, f, "credit-insurance-apply"):
        d = upload_fields(r)
        assert _iban_ok(d["buyerIban"]) and d["buyerIban"][:2] == d["buyerCountry"] and _fj_uscc(d["exporterUscc"])
        assert upload_types(r) == ["application/pdf"]


def test_the_sizes_are_even(reqs: list[dict]) -> None:
    """Every (family, shape) group has N requests: the group rule weighs groups alike."""
    assert set(Counter((r["family"], r["shape"]) for r in reqs).values()) == {gen_ad.N}
