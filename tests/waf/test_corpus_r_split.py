"""Corpus R (tests/waf/data/gen_cms_corpus_r.py): its split and its requests, without a WAF.

Fast tests, in their own module like test_corpus_q_split.py. Nothing here sends R through the WAF: R's
false-positive count is the lead's, after a tuning round on R's tuning part (docs/waf.md, held-out
discipline). The per-family checks look only at the requests themselves, the way the receiving servers
would: 统一社会信用代码 and 公民身份号码 check characters, 年度 报告 and 年度 报表 totals, the 35 周岁 and 入学
age lines read from the birth date, 专业 代码, 学历 and 学位, shares adding up to 100%, 号源 on working days,
不动产 单元号 and 证书号 formats, 公示 截止期, search filters that parse, HMAC signatures recomputed with the
App's secret, HTTP dates whose weekday is right, uploads that are what they say and MD5s that match. Never a
WAF verdict.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import hmac
import io
import json
import re
import urllib.parse
from datetime import date
from email.utils import format_datetime, parsedate_to_datetime

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
from tests.waf.data import gen_cms_corpus_r as gen_r

PINNED_HELD_OUT = (
    "compulsory-enrollment",
    "policy-explainer",
    "online-interview",
)  # written once from the docstring's rule: a change of family names would re-split

corpus, reqs = corpus_fixtures(gen_r)

MOBILE = re.compile(r"1[3-9]\d{9}")


def _md5(data: bytes) -> str:
    return hashlib.md5(data, usedforsecurity=False).hexdigest()


def _csv(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))


def _born(n: str) -> date:
    """The birth date a 公民身份号码 carries."""
    return date(int(n[6:10]), int(n[10:12]), int(n[12:14]))


def _male(n: str) -> bool:
    return int(n[16]) % 2 == 1


def _file_ok(p: dict) -> bool:
    common = common_file_ok(p["data"], p["type"])
    if common is not None:
        return common
    if p["type"] == "text/csv":
        return bool(_csv(p["data"]))
    return False


def _sums(cols: dict, total: str) -> bool:
    return cols[total] == sum(v for k, v in cols.items() if k != total)


# --- the split, the size and the record contract ----------------------------------------------------


def test_regenerating_gives_the_committed_files(corpus: tuple[list[dict], list[dict]]) -> None:
    assert_regenerates(*corpus, gen_r.TUNING_FILE, gen_r.HELD_OUT_FILE)


def test_large_enough_and_tagged(reqs: list[dict]) -> None:
    assert_sized(reqs, gen_r, (104, 104), min_requests=1500, min_families=15, min_shapes=8)


def test_the_split_is_the_rule_written_down(corpus: tuple[list[dict], list[dict]]) -> None:
    """Whole families and (family, shape) groups are on one side only; the held-out families are the
    ones the docstring's rule picks (pinned: a change of family names would re-split)."""
    earlier = (gen_c, gen_d, gen_e, gen_f, gen_g, gen_h, gen_i, gen_j, gen_k, gen_l, gen_m, gen_n, gen_o, gen_p, gen_q)
    assert_split_as_written(corpus, gen_r, "corpus-r/", PINNED_HELD_OUT, earlier, parts=(923, 637))


def test_r_shares_no_family_with_a_to_q(reqs: list[dict]) -> None:
    assert_new_families(
        reqs,
        *(
            gen_b,
            gen_c,
            gen_d,
            gen_e,
            gen_f,
            gen_g,
            gen_h,
            gen_i,
            gen_j,
            gen_k,
            gen_l,
            gen_m,
            gen_n,
            gen_o,
            gen_p,
            gen_q,
        ),
    )


def test_every_record_is_a_request_its_server_reads_back(reqs: list[dict]) -> None:
    """Well formed, held to R's own sources and methods, and read back exactly by a plain http.server."""
    assert_sound_requests(reqs, gen_r.check, gen_q.SOURCES["online-petition"])


def test_the_request_kinds_it_was_made_for(reqs: list[dict]) -> None:
    """Page navigations and XHR, JSON and jQuery forms, uploads, beacons, 小程序 and App calls, crawlers."""
    assert {r["method"] for r in reqs} == {"GET", "HEAD", "POST"}
    ctypes = media_types(reqs)
    assert ctypes[""] >= 700 and ctypes["application/json"] >= 350 and ctypes["multipart/form-data"] >= 120
    assert ctypes["application/x-www-form-urlencoded"] >= 150 and ctypes["text/plain"] >= 20
    assert_headers_sent(reqs, ("X-Requested-With", "Authorization", "X-Sign", "If-Modified-Since", "If-None-Match"))
    assert sum("MiniProgramEnv" in header(r, "User-Agent") for r in reqs) >= 100
    assert sum(header(r, "Sec-Fetch-Mode") == "navigate" for r in reqs) >= 200


def test_multipart_uploads_decode(reqs: list[dict]) -> None:
    """Every uploaded file is what its part's Content-Type says (PDF, JPEG, DOCX, CSV); MD5s match."""
    uploads = [r for r in reqs if content_type(r).startswith("multipart/form-data")]
    assert len(uploads) >= 120
    for r in uploads:
        for p in multipart_parts(r):
            assert p["filename"] is None or _file_ok(p), (r["label"], p["name"], p["type"])
        fields = upload_fields(r)
        if "md5" in fields:
            assert fields["md5"] == _md5(upload_files(r)[0]["data"]), r["label"]


# --- the families, checked the way their receiving servers would ------------------------------------


def test_disclosure_reports(reqs: list[dict]) -> None:
    """年度 报告 表三 and 表四 totals are the sums of their columns; years and spans are sensible."""
    f = "disclosure-annual-report"
    for r in of_family(reqs, f, "table-save"):
        doc = json_body(r)
        assert all(_sums(row, "zj") for row in doc["bs"].values()) and _sums(doc["fy"], "zj")
        assert set(doc["bs"]["bnxs"]) == {*gen_r.APPLICANT_COLS, "zj"}
    for r in of_family(reqs, f, "report-list"):
        assert 2019 <= int(query1(r)["year"]) <= 2026
    for r in of_family(reqs, f, "indicator-api"):
        first, last = map(int, query1(r)["sj"].split("-"))
        assert first < last and query1(r)["dq"] in {"520300", *gen_r.ZY}
    for r in of_family(reqs, f, "table-api"):
        assert uscc_ok(query1(r)["deptCode"])
    for r in of_family(reqs, f, "report-download"):
        assert query1(r)["fileName"].endswith("政府信息公开工作年度报告.pdf")


def test_policy_explainers(reqs: list[dict]) -> None:
    """文号 are well formed; votes are 0 or 1; image and PDF links are what their names say."""
    f = "policy-explainer"
    for r in of_family(reqs, f, "related-api"):
        assert re.fullmatch(r"遵[\u4e00-\u9fff]+〔20\d\d〕\d{1,3}号", query1(r)["wh"])
    for r in of_family(reqs, f, "helpful-vote"):
        assert form_fields(r)["vote"] in {"0", "1"}
    for r in of_family(reqs, f, "image-zoom"):
        assert r["path"].endswith((".png", ".jpg")) and header(r, "Accept").startswith("image/")
    for r in of_family(reqs, f, "pdf-open"):
        assert r["path"].endswith(".pdf")


def test_mayor_letters(reqs: list[dict]) -> None:
    """Writers carry valid 公民身份号码 and mobile numbers; letters are long; H5 locations lie in 遵义."""
    f = "mayor-mailbox"
    for r in of_family(reqs, f, "letter-form"):
        fields = form_fields(r)
        assert id_number_ok(fields["zjhm"]) and MOBILE.fullmatch(fields["sjhm"]) and len(fields["nr"]) > 100
        assert fields["sfgk"] in {"0", "1"} and fields["xjlx"] in {"zx", "ts", "jy", "qz"}
    for r in of_family(reqs, f, "letter-json"):
        doc = json_body(r)
        assert id_number_ok(doc["writer"]["idCard"]) and len(doc["content"]) > 100
    for r in of_family(reqs, f, "hotline-h5"):
        where = json_body(r)["wz"]
        assert 106.9 <= where["lng"] <= 107.1 and 27.68 <= where["lat"] <= 27.83
    for r in of_family(reqs, f, "satisfaction"):
        assert form_fields(r)["myd"] in {"1", "2", "3", "4", "5"}


def test_deputy_suggestions(reqs: list[dict]) -> None:
    """建议/提案 号 are well formed; the lead signer is never among the co-signers; 答复 类别 is A, B or C."""
    f = "deputy-proposal-handling"
    for r in of_family(reqs, f, "suggestion-submit"):
        doc = json_body(r)
        assert doc["ldr"] not in doc["fyr"] and doc["lb"] in gen_r.SUG_TYPES
    for r in of_family(reqs, f, "proposal-submit"):
        doc = json_body(r)
        assert doc["lmwy"] and doc["ldwy"] not in doc["lmwy"]
    for r in of_family(reqs, f, "reply-upload"):
        fields = upload_fields(r)
        assert fields["dflb"] in {"A", "B", "C"} and re.fullmatch(r"第\d{4}号", fields["bh"])
        assert fields["bh"] in upload_files(r)[0]["filename"]
    for r in of_family(reqs, f, "progress-query"):
        assert re.fullmatch(r"第\d{4}号", query1(r)["bh"])


def test_double_publicity(reqs: list[dict]) -> None:
    """相对人 and 机关 codes are valid; 有效期 runs five years; 公示 截止期 is three years on; 罚款 matches."""
    f = "double-publicity"
    for r in of_family(reqs, f, "permit-push"):
        for row in json_body(r)["data"]:
            assert uscc_ok(row["tyshxydm"]) and uscc_ok(row["xkjgdm"])
            start, end = date.fromisoformat(row["yxqz"]), date.fromisoformat(row["yxqzhi"])
            assert start.replace(year=start.year + 5) == date.fromordinal(end.toordinal() + 1)
    for r in of_family(reqs, f, "penalty-push"):
        doc = json_body(r)
        decided, until = date.fromisoformat(doc["cfjdrq"]), date.fromisoformat(doc["gsjzq"])
        assert uscc_ok(doc["tyshxydm"]) and until == decided.replace(year=decided.year + 3)
        assert doc["cfnr"] == f"罚款人民币 {doc['fkje'] * 10000:,.2f} 元"
        assert re.fullmatch(r"遵[\u4e00-\u9fff]+罚〔20\d\d〕\d+号", doc["cfjdswh"])
    for r in of_family(reqs, f, "csv-import"):
        rows = _csv(upload_files(r)[0]["data"])
        assert rows[0][1] == "统一社会信用代码" and all(uscc_ok(x[1]) and x[5] < x[6] for x in rows[1:])
    for r in of_family(reqs, f, "code-lookup"):
        assert uscc_ok(query1(r)["tyshxydm"])


def test_recruitment(reqs: list[dict]) -> None:
    """Applicants are under 35 on the closing day; 专业 代码 name their 专业; 学位 goes with 学历; photos fit."""
    f = "institution-recruitment"
    ids = [form_fields(r)["zjhm"] for r in of_family(reqs, f, "register")]
    ids += [query1(r)["zjhm"] for r in of_family(reqs, f, "admit-card")]
    for r in of_family(reqs, f, "apply-form"):
        doc = json_body(r)
        ids.append(doc["zjhm"])
        assert gen_r.MAJORS[doc["zydm"]] == doc["zy"] and (doc["xl"], doc["xw"]) in gen_r.DEGREES
        assert doc["xb"] == ("男" if _male(doc["zjhm"]) else "女")
        assert doc["zwdm"].endswith(tuple(p[0] for p in gen_r.POSTS)) and len(doc["zwdm"]) == 11
        assert not doc["zwdm"].endswith("06") or doc["xl"] == "硕士研究生"
    assert all(id_number_ok(n) and _born(n) >= gen_r.AGE_LINE for n in ids)
    for r in of_family(reqs, f, "photo-upload"):
        (p,) = upload_files(r)
        assert p["type"] == "image/jpeg" and len(p["data"]) <= 100 * 1024
    for r in of_family(reqs, f, "photo-base64"):
        head, _, data = json_body(r)["image"].partition(",")
        raw = base64.b64decode(data, validate=True)
        assert head == "data:image/jpeg;base64" and common_file_ok(raw, "image/jpeg") and len(raw) <= 100 * 1024


def test_enrollment(reqs: list[dict]) -> None:
    """一年级 children turn 6 by 31 August; sex, birth date and 学籍 号 follow the 身份证号; shares sum to 100."""
    f = "compulsory-enrollment"
    for r in of_family(reqs, f, "child-info"):
        doc = json_body(r)
        sid = doc["sfzh"]
        assert id_number_ok(sid) and doc["csrq"] == f"{_born(sid):%Y-%m-%d}"
        assert doc["xb"] == ("男" if _male(sid) else "女")
        if doc["njlx"] == "一年级":
            assert gen_r.GRADE1_FIRST <= _born(sid) <= gen_r.GRADE1_LAST and doc["xjh"] == ""
        else:
            assert doc["xjh"] == "G" + sid
        assert all(id_number_ok(g["sfzh"]) and _male(g["sfzh"]) == (g["gx"] == "父亲") for g in doc["jhr"])
    for r in of_family(reqs, f, "property"):
        doc = json_body(r)
        assert sum(x["fe"] for x in doc["cqr"]) == 100 and all(id_number_ok(x["sfzh"]) for x in doc["cqr"])
        assert re.fullmatch(r"黔\(20\d\d\)[\u4e00-\u9fff]+不动产权第\d{7}号", doc["bdcqzh"])
    for r in of_family(reqs, f, "migrant"):
        doc = json_body(r)
        assert uscc_ok(doc["wgdwdm"]) and id_number_ok(doc["jzzh"])
    for r in of_family(reqs, f, "result-query"):
        assert id_number_ok(query1(r)["sfzh"])


def test_property_bookings(reqs: list[dict]) -> None:
    """Bookings fall on a working day after they are made, in a real 时段; unit numbers are 28 characters."""
    f = "property-booking"
    for r in of_family(reqs, f, "booking-submit"):
        doc = json_body(r)
        day = date.fromisoformat(doc["yyrq"])
        assert day.weekday() < 5 and day > date.fromisoformat(doc["tjsj"][:10]) and doc["yysd"] in gen_r.BOOK_SLOTS
        assert len(doc["bdcdyh"]) == 28 and doc["bdcdyh"][:6] in gen_r.ZY and doc["bdcdyh"][19] == "F"
        roles = {x["lx"] for x in doc["sqr"]}
        assert roles == ({"权利人", "义务人"} if doc["sxmc"] == "二手房转移登记" else {"权利人"})
        assert all(id_number_ok(x["zjhm"]) for x in doc["sqr"])
    for r in of_family(reqs, f, "slots-query"):
        assert date.fromisoformat(query1(r)["rq"]).weekday() < 5
    for r in of_family(reqs, f, "agent-authorize"):
        doc = json_body(r)
        assert id_number_ok(doc["wtr"]["zjhm"]) and id_number_ok(doc["dlr"]["zjhm"])


def test_trade_notice_searches(reqs: list[dict]) -> None:
    """deal.ggzy.gov.cn forms span forward in time; the JSON filter parameter parses and is ordered."""
    f = "trade-notice-search"
    for r in of_family(reqs, f, "national-search"):
        fields = form_fields(r)
        assert fields["TIMEBEGIN_SHOW"] < fields["TIMEEND_SHOW"] and fields["DEAL_CITY"] == "520300"
    for r in of_family(reqs, f, "json-filter"):
        flt = json.loads(query1(r)["filter"])
        lo, hi = flt["amountRange"]
        assert lo < hi and set(flt["region"]) <= set(gen_r.ZY) and flt["publishTime"] == sorted(flt["publishTime"])
    for r in of_family(reqs, f, "result-list"):
        assert re.fullmatch(r"E5203\d{12}001", query1(r)["xmbh"])


def test_site_annual_forms(reqs: list[dict]) -> None:
    """标识码 and 备案 号 are well formed; totals are sums; 办结 ≤ 收到 and 整改 ≤ 发现."""
    f = "site-annual-form"
    codes = {s[0] for s in gen_r.SITES}
    for r in of_family(reqs, f, "site-basic"):
        fields = form_fields(r)
        assert fields["bsm"] in codes and re.fullmatch(r"黔ICP备\d{8}号(-\d)?", fields["icp"])
        assert re.fullmatch(rf"黔公网安备 {fields['bsm'][:6]}02\d{{6}}号", fields["gaba"])
    for r in of_family(reqs, f, "content-stats"):
        doc = json_body(r)
        assert _sums(doc["xxfb"], "zs") and doc["dlyhfwzl"] <= doc["wzzfwl"]
    for r in of_family(reqs, f, "interaction"):
        ly = json_body(r)["lybl"]
        assert ly["gkdfs"] <= ly["bjly"] <= ly["sdly"]
    for r in of_family(reqs, f, "security"):
        doc = json_body(r)
        assert doc["wtzgsl"] <= doc["fxwtsl"]
    for r in of_family(reqs, f, "new-media"):
        doc = json_body(r)
        assert doc["zs"] == sum(a["fbs"] for a in doc["zwxmt"])


def test_elder_friendly_mode(reqs: list[dict]) -> None:
    """长辈 版 pages carry the mode; 朗读 batches are text; settings are colours and sizes the toolbar knows."""
    f = "elder-friendly-mode"
    for r in of_family(reqs, f, "elder-page"):
        assert r["path"].endswith("?mode=elder") and "wza_mode=elder" in header(r, "Cookie")
    for r in of_family(reqs, f, "tts-batch"):
        doc = json_body(r)
        assert doc["texts"] and 0.5 <= doc["speed"] <= 2 and 0 < doc["volume"] <= 100
    for r in of_family(reqs, f, "settings-save"):
        fields = form_fields(r)
        assert re.fullmatch(r"#[0-9A-F]{6}", fields["bg"]) and re.fullmatch(r"#[0-9A-F]{6}", fields["fg"])
    for r in of_family(reqs, f, "elder-css"):
        assert header(r, "Sec-Fetch-Dest") in ("style", "") and header(r, "Accept").startswith("text/css")
    for r in of_family(reqs, f, "usage-beacon"):
        assert json.loads(r["body"])["events"]


def test_site_searches(reqs: list[dict]) -> None:
    """Filters parse and their dates are ordered; clicks point into the site."""
    f = "advanced-site-search"
    for r in of_family(reqs, f, "filter-json"):
        flt = json.loads(query1(r)["filters"])
        assert flt["date"]["gte"] <= flt["date"]["lte"]
    for r in of_family(reqs, f, "advanced-form"):
        q = query1(r)
        assert q["startTime"] <= q["endTime"] and q["position"] in {"title", "content"}
    for r in of_family(reqs, f, "click-log"):
        assert json.loads(r["body"])["url"].startswith(gen_r.SITE + "/")


def test_app_signatures(reqs: list[dict]) -> None:
    """App calls carry the HMAC the gateway recomputes with the App's secret; the platform is the App's."""
    f = "portal-miniapp-api"
    for shape in ("signed-get", "signed-post", "push-register", "version-check"):
        for r in of_family(reqs, f, shape):
            app = header(r, "X-App-Id")
            body = r.get("body", "")
            text = "\n".join(
                [
                    r["method"],
                    r["path"],
                    header(r, "X-Timestamp"),
                    header(r, "X-Nonce"),
                    hashlib.sha256(body.encode()).hexdigest(),
                ]
            )
            expect = hmac.new(gen_r.APP_SECRETS[app].encode(), text.encode(), hashlib.sha256).hexdigest()
            assert header(r, "X-Sign") == expect and header(r, "X-Platform") == app.rsplit("-", 1)[1]
    for r in of_family(reqs, f, "wx-login"):
        doc = json_body(r)
        assert len(base64.b64decode(doc["iv"], validate=True)) == 16 and json.loads(doc["rawData"])


def test_feed_crawls(reqs: list[dict]) -> None:
    """Conditional requests carry real HTTP dates (the weekday is the date's); HEAD sends no body."""
    f = "feed-sitemap-crawl"
    for shape in ("rss-conditional", "head-check"):
        for r in of_family(reqs, f, shape):
            stamp = header(r, "If-Modified-Since")
            assert format_datetime(parsedate_to_datetime(stamp), usegmt=True) == stamp
    for r in of_family(reqs, f, "head-check"):
        assert r["method"] == "HEAD" and "body" not in r and "body_b64" not in r
    for r in of_family(reqs, f, "sitemap-part"):
        assert re.fullmatch(r"/sitemap/[a-z]+-20\d\d-\d\d\.xml(\.gz)?", r["path"])


def test_online_interviews(reqs: list[dict]) -> None:
    """Questions go to a known 访谈 and are real questions; answers name the question they answer."""
    f = "online-interview"
    known = {i[0] for i in gen_r.INTERVIEWS}
    for r in of_family(reqs, f, "question-json"):
        doc = json_body(r)
        assert doc["ftid"] in known and len(doc["wt"]) > 50 and MOBILE.fullmatch(doc["lxdh"])
    for r in of_family(reqs, f, "question-form"):
        fields = form_fields(r)
        assert fields["ftid"] in known and len(fields["content"]) > 50
    for r in of_family(reqs, f, "answer-entry"):
        doc = json_body(r)
        assert doc["ftid"] in known and doc["wtid"] >= 1 and doc["hd"]


def test_identifiers_carry_their_check_digits(reqs: list[dict]) -> None:
    """统一社会信用代码 and 公民身份号码 wherever the families send them in clear, in paths, forms, JSON and uploads."""
    text = " ".join(
        urllib.parse.unquote(r["path"]) + " " + urllib.parse.unquote_plus(record_body(r).decode("utf-8", "replace"))
        for r in reqs
    )
    codes = set(re.findall(r"(?<![0-9A-Z])(?:91|92|93|11|12|52)52\d{4}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Z])", text))
    assert len(codes) >= 100 and all(uscc_ok(code) for code in codes)
    ids = set(re.findall(r"(?<!\d)52\d{4}(?:19|20)\d{9}[\dX](?![\dX])", text))
    assert len(ids) >= 100 and all(id_number_ok(n) for n in ids)
