"""Corpus T (tests/waf/data/gen_cms_corpus_t.py): its split and its requests, without a WAF.

Fast tests, in their own module like test_corpus_r_split.py. Nothing here sends T through the WAF: T's
false-positive count is the lead's, after a tuning round on T's tuning part (docs/waf.md, held-out
discipline). The per-family checks look only at the requests themselves, the way the receiving services
would: content and upload digests (MD5, SHA-256), 阿里云 RPC signatures and the 审校 service's, the alert
hook's and the render callback's HMACs recomputed with their secrets, revision patches that rebuild the new
version, 校对 marks that point at their text, SimHash fingerprints recomputed, grid spans adding up to 24,
simple-uploader chunk sizes and identifiers, MP4 and EXIF magic bytes, SSML that parses, subtitle times that
advance, balanced template tags and markdown tables whose rows all have the header's columns. Never a WAF
verdict.
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
import xml.etree.ElementTree as ET
from datetime import datetime

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
    json_body,
    media_types,
    multipart_parts,
    of_family,
    query1,
    upload_fields,
    upload_files,
    zip_names,
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
from tests.waf.data import gen_cms_corpus_t as gen_t

PINNED_HELD_OUT = (
    "kb-qa-editing",
    "cms-template-admin",
    "opinion-monitor",
)  # written once from the docstring's rule: a change of family names would re-split

EARLIER = (
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
    gen_r,
)

corpus, reqs = corpus_fixtures(gen_t)

HEX_COLOR = re.compile(r"#[0-9a-fA-F]{6}")
MP4_FTYP = b"\x00\x00\x00\x20ftyp"


def _md5(data: bytes) -> str:
    return hashlib.md5(data, usedforsecurity=False).hexdigest()


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def _hmac(secret: str, text: str) -> str:
    return hmac.new(secret.encode(), text.encode(), hashlib.sha256).hexdigest()


def _file_ok(p: dict) -> bool:
    common = common_file_ok(p["data"], p["type"])
    if common is not None:
        return common
    if p["type"] == "text/csv":
        return bool(list(csv.reader(io.StringIO(p["data"].decode("utf-8-sig")))))
    if p["type"] == "text/plain":
        return bool(p["data"].decode())
    if p["type"] == "application/octet-stream":  # an upload chunk: any bytes
        return bool(p["data"])
    return False


def _balanced(source: str, pairs: list[tuple[str, str]]) -> bool:
    """Every opening pattern has its closing one, in nesting order."""
    stack: list[str] = []
    alternatives = "|".join(f"(?P<o{i}>{o})|(?P<c{i}>{cl})" for i, (o, cl) in enumerate(pairs))
    for m in re.finditer(alternatives, source):
        kind = m.lastgroup
        if kind.startswith("o"):
            stack.append(kind[1:])
        elif not stack or stack.pop() != kind[1:]:
            return False
    return not stack


# --- the split, the size and the record contract ----------------------------------------------------


def test_regenerating_gives_the_committed_files(corpus: tuple[list[dict], list[dict]]) -> None:
    assert_regenerates(*corpus, gen_t.TUNING_FILE, gen_t.HELD_OUT_FILE)


def test_large_enough_and_tagged(reqs: list[dict]) -> None:
    assert_sized(reqs, gen_t, (126, 126), min_requests=1500, min_families=12, min_shapes=9)


def test_the_split_is_the_rule_written_down(corpus: tuple[list[dict], list[dict]]) -> None:
    """Whole families and (family, shape) groups are on one side only; the held-out families are the
    ones the docstring's rule picks (pinned: a change of family names would re-split)."""
    earlier = EARLIER[1:]  # C-R: B has no SEED of its own to compare
    assert_split_as_written(corpus, gen_t, "corpus-t/", PINNED_HELD_OUT, earlier, parts=(742, 770))


def test_t_shares_no_family_with_a_to_r(reqs: list[dict]) -> None:
    assert_new_families(reqs, *EARLIER)


def test_every_record_is_a_request_its_server_reads_back(reqs: list[dict]) -> None:
    """Well formed, held to T's own sources and methods, and read back exactly by a plain http.server."""
    assert_sound_requests(reqs, gen_t.check, gen_r.SOURCES["online-interview"])


def test_the_request_kinds_it_was_made_for(reqs: list[dict]) -> None:
    """Staff XHR and jQuery forms, page navigations, uploads, platform APIs, service pushes and SSML."""
    assert {r["method"] for r in reqs} == {"GET", "POST"}
    ctypes = media_types(reqs)
    assert ctypes[""] >= 300 and ctypes["application/json"] >= 600 and ctypes["multipart/form-data"] >= 150
    assert ctypes["application/x-www-form-urlencoded"] >= 150 and ctypes["application/ssml+xml"] >= 10
    assert_headers_sent(reqs, ("X-CSRF-Token", "X-Requested-With", "X-Yq-Signature", "X-Dh-Sign", "x-acs-action"))
    assert sum(header(r, "Sec-Fetch-Mode") == "navigate" for r in reqs) >= 80


def test_multipart_uploads_decode(reqs: list[dict]) -> None:
    """Every uploaded file is what its part's Content-Type says; declared MD5s and SHA-256s match."""
    uploads = [r for r in reqs if content_type(r).startswith("multipart/form-data")]
    assert len(uploads) >= 150
    for r in uploads:
        for p in multipart_parts(r):
            assert p["filename"] is None or _file_ok(p), (r["label"], p["name"], p["type"])
        fields = upload_fields(r)
        data = upload_files(r)[0]["data"]
        if "md5" in fields:
            assert fields["md5"] == _md5(data), r["label"]
        if "sha256" in fields:
            assert fields["sha256"] == hashlib.sha256(data).hexdigest(), r["label"]


# --- the families, checked the way their receiving servers would ------------------------------------


def test_manuscripts(reqs: list[dict]) -> None:
    """contentMd5 is the HTML's; 审签 digests recompute; patches rebuild the version; marks quote their text."""
    f = "manuscript-workflow"
    for r in of_family(reqs, f, "draft-save"):
        doc = json_body(r)
        assert doc["contentMd5"] == _md5(doc["docHtmlCon"].encode()) and doc["docHtmlCon"].startswith("<p")
    for r in of_family(reqs, f, "submit-review"):
        fields = form_fields(r)
        nodes = gen_t.FLOW_NODES
        assert nodes.index(fields["nextNode"]) == nodes.index(fields["currNode"]) + 1
    for r in of_family(reqs, f, "sign-off"):
        d = json_body(r)
        assert d["signHash"] == _sha256(f"{d['docId']}|{d['node']}|{d['opinion']}|{d['signTime']}")
        assert d["result"] == ("退回" if d["opinion"].startswith("退回") else "同意")
    for r in of_family(reqs, f, "revision-diff"):
        q = query1(r)
        assert int(q["fromVersion"]) < int(q["toVersion"])
    for r in of_family(reqs, f, "revision-patch"):
        doc = json_body(r)
        text = doc["before"]
        for _, i1, i2, new in reversed(doc["ops"]):
            text = text[:i1] + new + text[i2:]
        assert _md5(text.encode()) == doc["afterMd5"] and doc["version"] == doc["baseVersion"] + 1
    for r in of_family(reqs, f, "proof-marks"):
        doc = json_body(r)
        assert all(doc["text"][m["offset"] : m["offset"] + m["length"]] == m["original"] for m in doc["marks"])
        assert doc["round"] in {"一校", "二校", "三校"}
    for r in of_family(reqs, f, "word-import"):
        (p,) = upload_files(r)
        assert p["filename"].endswith(".docx") and "word/document.xml" in zip_names(p["data"])


def test_proofread_calls(reqs: list[dict]) -> None:
    """阿里云 signatures and the 审校 service's HMACs recompute with their secrets; batch ids are unique."""
    f = "proofread-api"
    for r in of_family(reqs, f, "aliyun-moderation"):
        params = form_fields(r)
        sig = params.pop("Signature")
        assert sig == gen_t.aliyun_signature(params, gen_t.ALIYUN_KEYS[params["AccessKeyId"]])
        canon = "&".join(f"{gen_t.pe(k)}={gen_t.pe(v)}" for k, v in sorted(params.items()))
        to_sign = "POST&%2F&" + urllib.parse.quote(canon, safe="-_.~")
        secret = gen_t.ALIYUN_KEYS[params["AccessKeyId"]] + "&"
        assert sig == base64.b64encode(hmac.new(secret.encode(), to_sign.encode(), hashlib.sha1).digest()).decode()
        datetime.strptime(params["Timestamp"], "%Y-%m-%dT%H:%M:%SZ")
        assert json.loads(params["ServiceParameters"])["content"]
    for r in of_family(reqs, f, "baidu-censor"):
        assert len(form_fields(r)["text"].encode()) <= 20000
    for r in of_family(reqs, f, "platform-check"):
        d = json_body(r)
        text = f"{d['appKey']}{d['timestamp']}{d['nonce']}{_sha256(d['content'])}"
        assert d["sign"] == _hmac(gen_t.PROOF_APPS[d["appKey"]], text)
        assert set(d["checkTypes"]) <= set(gen_t.CHECK_TYPES)
    for r in of_family(reqs, f, "batch-check"):
        ids = [i["id"] for i in json_body(r)["items"]]
        assert len(ids) == len(set(ids))
    for r in of_family(reqs, f, "rule-update"):
        names = json_body(r)["names"]
        assert len(names) == len(set(names))


def test_new_media_publishing(reqs: list[dict]) -> None:
    """公众号 articles fit the API's limits; 微博 statuses carry a link and a topic; schedules run forward."""
    f = "new-media-publish"
    articles = [a for r in of_family(reqs, f, "wx-draft-add") for a in json_body(r)["articles"]]
    articles += [json_body(r)["articles"] for r in of_family(reqs, f, "wx-draft-update")]
    for a in articles:
        assert len(a["title"]) <= 32 and len(a["digest"]) <= 54 and a["content"].startswith("<p")
        assert a["need_open_comment"] in (0, 1) and a["only_fans_can_comment"] in (0, 1)
        assert a["content_source_url"].startswith(gen_t.SITE + "/")
    for r in of_family(reqs, f, "wx-image-upload"):
        (p,) = upload_files(r)
        assert p["name"] == "media" and len(p["data"]) < 1024 * 1024
    for r in of_family(reqs, f, "weibo-share"):
        status = upload_fields(r)["status"]
        assert len(status) <= 2000 and gen_t.SITE + "/" in status and re.search(r"#[^#]+#", status)
    for r in of_family(reqs, f, "matrix-task"):
        d = json_body(r)
        assert d["createdAt"] < d["publishAt"] and len({c["platform"] for c in d["channels"]}) == len(d["channels"])
    for r in of_family(reqs, f, "stats-pull"):
        q = query1(r)
        assert q["begin_date"] <= q["end_date"]


def test_opinion_monitoring(reqs: list[dict]) -> None:
    """Post ids are their URLs' MD5s; keyword rules balance; SimHashes recompute; alert hooks are signed."""
    f = "opinion-monitor"
    for r in of_family(reqs, f, "post-push"):
        for item in json_body(r)["items"]:
            assert item["id"] == _md5(item["url"].encode()) and item["url"].startswith("https://")
    for r in of_family(reqs, f, "comment-push"):
        d = json_body(r)
        assert d["postId"] == _md5(d["postUrl"].encode())
    for r in of_family(reqs, f, "keyword-rule"):
        assert _balanced(json_body(r)["expr"], [(r"\(", r"\)")])
    for r in of_family(reqs, f, "dedupe-check"):
        for item in json_body(r)["items"]:
            assert item["simhash"] == gen_t.simhash(item["text"]) and len(item["simhash"]) == 16
    for r in of_family(reqs, f, "alert-webhook"):
        text = f"{header(r, 'X-Yq-Timestamp')}\n{r['body']}"
        assert header(r, "X-Yq-Signature") == _hmac(gen_t.YQ_SECRET, text)
    for r in of_family(reqs, f, "search"):
        q = query1(r)
        assert q["startTime"] < q["endTime"]


def test_knowledge_base(reqs: list[dict]) -> None:
    """Markdown tables have the header's columns in every row; conditions name only defined ids; CSVs parse."""
    f = "kb-qa-editing"
    for r in of_family(reqs, f, "entry-save"):
        rows = [line for line in json_body(r)["content"].splitlines() if line.startswith("|")]
        assert rows and all(row.count("|") == rows[0].count("|") for row in rows)
    for r in of_family(reqs, f, "scene-conditions"):
        d = json_body(r)
        ids = {cond["id"] for cond in d["conditions"]}
        assert set(re.findall(r"[A-Z]", d["expr"])) <= ids and _balanced(d["expr"], [(r"\(", r"\)")])
    for r in of_family(reqs, f, "csv-import"):
        rows = list(csv.reader(io.StringIO(upload_files(r)[0]["data"].decode("utf-8-sig"))))
        assert rows[0] == ["问题", "答案", "分类"] and all(len(row) == 3 for row in rows)
    for r in of_family(reqs, f, "similar-questions"):
        qs_ = json_body(r)["questions"]
        assert len(qs_) == len(set(qs_))
    for r in of_family(reqs, f, "publish"):
        ids = json_body(r)["ids"]
        assert ids == sorted(set(ids))


def test_topic_pages(reqs: list[dict]) -> None:
    """Each row's spans fill the 24-column grid; component ids are unique; colours are hex colours."""
    f = "topic-page-builder"
    for r in of_family(reqs, f, "layout-save"):
        rows = json_body(r)["rows"]
        assert all(sum(col["span"] for col in row["cols"]) == 24 for row in rows)
        ids = [cmp["id"] for row in rows for col in row["cols"] for cmp in col["components"]]
        assert len(ids) == len(set(ids))
        assert all(
            HEX_COLOR.fullmatch(cmp["style"]["background"])
            for row in rows
            for col in row["cols"]
            for cmp in col["components"]
        )
    for r in of_family(reqs, f, "style-save"):
        d = json_body(r)
        assert HEX_COLOR.fullmatch(d["primaryColor"]) and d["css"].count("{") == d["css"].count("}")
    for r in of_family(reqs, f, "component-config"):
        assert json_body(r)["component"]["type"] in gen_t.COMPONENTS


def test_media_assets(reqs: list[dict]) -> None:
    """Camera JPEGs carry an Exif APP1; chunks are the sizes simple-uploader cuts; the first is an MP4."""
    f = "media-asset-library"
    for r in of_family(reqs, f, "image-upload"):
        data = upload_files(r)[0]["data"]
        length = int.from_bytes(data[4:6], "big")
        assert (
            data[2:4] == b"\xff\xe1" and data[6:12] == b"Exif\x00\x00" and data[4 + length : 6 + length] == b"\xff\xdb"
        )
    for r in of_family(reqs, f, "video-chunk"):
        fields = upload_fields(r)
        data = upload_files(r)[0]["data"]
        size, chunk, total = int(fields["currentChunkSize"]), int(fields["chunkSize"]), int(fields["totalSize"])
        chunks, no = int(fields["totalChunks"]), int(fields["chunkNumber"])
        assert chunks == max(total // chunk, 1) and 1 <= no <= chunks and len(data) == size
        assert size == (chunk if no < chunks else total - chunk * (chunks - 1))
        assert fields["chunkMd5"] == _md5(data) and (no != 1 or data.startswith(MP4_FTYP))
        assert fields["identifier"] == f"{total}-" + re.sub(r"[^0-9a-zA-Z_-]", "", fields["filename"])
    for r in of_family(reqs, f, "merge"):
        d = json_body(r)
        assert d["identifier"] == f"{d['totalSize']}-" + re.sub(r"[^0-9a-zA-Z_-]", "", d["filename"])
    for r in of_family(reqs, f, "metadata-save"):
        exif = json_body(r)["exif"]
        datetime.strptime(exif["DateTimeOriginal"], "%Y:%m:%d %H:%M:%S")
        assert 28 < exif["GPSLatitude"] < 29.5 and 115 < exif["GPSLongitude"] < 117


def test_digital_human_scripts(reqs: list[dict]) -> None:
    """SSML parses with a speak root; TTS parameters are in range; callbacks are signed; subtitles advance."""
    f = "digital-human-script"
    ns = "{http://www.w3.org/2001/10/synthesis}"
    texts = [json_body(r)["ssml"] for r in of_family(reqs, f, "script-save")]
    texts += [json_body(r)["text"] for r in of_family(reqs, f, "tts-aliyun")]
    texts += [r["body"] for r in of_family(reqs, f, "tts-ssml")]
    for text in texts:
        root = ET.fromstring(text)  # noqa: S314 - the generator's own records
        assert root.tag == ns + "speak" and any(True for _ in root.iter(ns + "phoneme"))
    for r in of_family(reqs, f, "tts-aliyun"):
        d = json_body(r)
        assert 0 <= d["volume"] <= 100 and -500 <= d["speech_rate"] <= 500 and -500 <= d["pitch_rate"] <= 500
    for r in of_family(reqs, f, "render-callback"):
        assert header(r, "X-Dh-Sign") == _hmac(gen_t.DH_SECRET, header(r, "X-Dh-Timestamp") + r["body"])
    for r in of_family(reqs, f, "subtitle-upload"):
        text = upload_files(r)[0]["data"].decode()
        times = re.findall(r"(\d\d:\d\d:\d\d,\d{3}) --> (\d\d:\d\d:\d\d,\d{3})", text)
        flat = [t for pair in times for t in pair]
        assert times and flat == sorted(flat) and all(a < b for a, b in times)
    for r in of_family(reqs, f, "pinyin-dict"):
        d = json_body(r)
        assert len(d["pinyin"].split()) == len(d["word"]) and all(
            re.fullmatch(r"[a-z]+[1-5]", s) for s in d["pinyin"].split()
        )


def test_site_inspections(reqs: list[dict]) -> None:
    """整改 follows discovery; screenshots are PNGs; scanner pushes count their results."""
    f = "site-inspection-rectify"
    for r in of_family(reqs, f, "rectify-submit"):
        d = json_body(r)
        assert d["foundTime"] < d["rectifyTime"] and d["problemType"] in gen_t.ISSUE_TYPES
        for shot in d["screenshots"]:
            head, _, data = shot.partition(",")
            assert head == "data:image/png;base64" and common_file_ok(
                base64.b64decode(data, validate=True), "image/png"
            )
    for r in of_family(reqs, f, "scanner-push"):
        d = json_body(r)
        assert d["total"] == len(d["results"]) and all(x["url"].startswith(gen_t.SITE) for x in d["results"])
    for r in of_family(reqs, f, "recheck"):
        ids = form_fields(r)["issueIds"].split(",")
        assert ids == sorted(set(ids), key=int)
    for r in of_family(reqs, f, "typo-confirm"):
        d = json_body(r)
        assert d["original"] in d["context"] and d["original"] != d["corrected"]


def test_alt_texts(reqs: list[dict]) -> None:
    """Decorative images and only they have an empty alt; selectors and patterns are what the rule engine reads."""
    f = "alt-text-management"
    for r in of_family(reqs, f, "alt-save"):
        d = json_body(r)
        assert d["decorative"] == (d["alt"] == "") and len(d["alt"]) <= 60
    for r in of_family(reqs, f, "rule-config"):
        re.compile(json_body(r)["filenameAltPattern"])
    for r in of_family(reqs, f, "aria-label-save"):
        d = json_body(r)
        assert (d["selector"], d["ariaLabel"]) in gen_t.ICONS
    for r in of_family(reqs, f, "longdesc-save"):
        nums = [float(x) for x in re.findall(r"(\d+\.\d)%", json_body(r)["longDesc"])]
        assert nums[0] < nums[1]


def test_templates(reqs: list[dict]) -> None:
    """FreeMarker directives, TRS 置标 and Vue mustaches are balanced, as the template engines parse them."""
    f = "cms-template-admin"
    for r in of_family(reqs, f, "freemarker-save"):
        src = form_fields(r)["source"]
        assert _balanced(
            src,
            [
                (r"\[#list\b", r"\[/#list\]"),
                (r"\[#if\b", r"\[/#if\]"),
                (r"\[@cms_content_list\b", r"\[/@cms_content_list\]"),
            ],
        )
        assert "${" in src and src.count("${") == len(re.findall(r"\$\{[^{}]+\}", src))
    for r in of_family(reqs, f, "trs-template-save"):
        src = json_body(r)["TempHtml"]
        tags = ["TRS_DOCUMENTS", "TRS_DOCUMENT", "TRS_CHANNEL", "TRS_PAGEBAR"]
        assert _balanced(src, [(f"<{t}\\b", f"</{t}>") for t in tags])
    for r in of_family(reqs, f, "vue-widget-save"):
        src = json_body(r)["template"]
        assert src.count("{{") == src.count("}}") > 0 and _balanced(src, [("<template>", "</template>")])
    for r in of_family(reqs, f, "channel-create"):
        fields = form_fields(r)
        assert fields["tplChannel"] == f"/WEB-INF/t/cms/www/default/channel/{fields['path']}.html"


def test_comment_moderation(reqs: list[dict]) -> None:
    """Reasons match their codes; id lists are sorted and unique; readers' comments are real text."""
    f = "comment-moderation"
    for r in of_family(reqs, f, "reject"):
        d = json_body(r)
        assert gen_t.REJECT_REASONS[d["reasonCode"]] == d["reason"] and d["ids"] == sorted(set(d["ids"]))
    for r in of_family(reqs, f, "approve"):
        ids = form_fields(r)["ids"].split(",")
        assert ids == sorted(set(ids), key=int)
    for r in of_family(reqs, f, "comment-post"):
        fields = form_fields(r)
        assert len(fields["content"]) >= 15 and fields["pageUrl"] == header(r, "Referer")
    for r in of_family(reqs, f, "audit-log"):
        q = query1(r)
        assert q["start"] < q["end"]
