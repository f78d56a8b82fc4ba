"""Corpus AH (tests/waf/data/gen_cms_corpus_ah.py): its split and its requests, without a WAF.

Fast tests, in their own module like test_corpus_ag_split.py. Nothing here sends AH through the WAF: AH's
false-positive count is the lead's, after a tuning round on AH's tuning part (docs/waf.md, held-out
discipline). The per-family checks look only at the requests themselves, the way the receiving frameworks would:
RuoYi's tansParams and JWTs; Jeecg's X-Sign and double-encoded superQueryParams; Next.js router state trees and
action ids; Nuxt island props and Content _params; tRPC inputs keyed by batch index; htmx and Turbo headers and
Rails fields; Livewire checksums, signed upload URLs and Laravel Encrypter MACs; SignalR messages split on U+001E;
gRPC-Web frames and protobuf that decode; PostgREST filters parsed by its grammar; LiveView V2 arrays; amis and
low-code payloads. Never a WAF verdict.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
import struct
import urllib.parse
from collections import Counter

from tests.waf.corpus_checks import (
    DOCX_TYPE,
    assert_headers_sent,
    assert_new_families,
    assert_regenerates,
    assert_sized,
    assert_sound_requests,
    assert_split_as_written,
    assert_uploads_decode,
    common_file_ok,
    content_type,
    corpus_fixtures,
    earlier_generators,
    form_fields,
    header,
    id_number_ok,
    json_body,
    media_types,
    multipart_parts,
    of_family,
    query1,
    upload_fields,
    upload_files,
    written_text,
    zip_names,
)
from tests.waf.data import gen_cms_corpus_ag as gen_ag
from tests.waf.data import gen_cms_corpus_ah as gen_ah

PINNED_HELD_OUT = (
    "sveltekit-remix-liveview",
    "amis-lowcode-forms",
    "jeecg-boot-admin",
)  # written once from the docstring's rule: a change of family names would re-split
PINNED_HELD_GROUPS = {  # the (family, shape) groups of the other families the rule holds out (first byte % 4 == 0)
    ("blazor-server-circuit", "blazor-script"),
    ("blazor-server-circuit", "dispatch-browser-event"),
    ("grpc-web-connect", "connect-get-json"),
    ("grpc-web-connect", "grpcweb-get-matter"),
    ("grpc-web-connect", "grpcweb-list-matters"),
    ("grpc-web-connect", "spa-page"),
    ("htmx-hotwire-turbo", "hx-get-search"),
    ("htmx-hotwire-turbo", "hx-vals-headers"),
    ("laravel-livewire-inertia", "inertia-post"),
    ("laravel-livewire-inertia", "livewire-bundled"),
    ("laravel-livewire-inertia", "livewire-call"),
    ("laravel-livewire-inertia", "sanctum-csrf-cookie"),
    ("nextjs-app-router", "next-data"),
    ("nextjs-app-router", "rsc-navigation"),
    ("nuxt3-vue-ssr", "nuxt-island"),
    ("postgrest-supabase-hasura", "postgrest-count-head"),
    ("postgrest-supabase-hasura", "postgrest-upsert"),
    ("postgrest-supabase-hasura", "storage-upload"),
    ("ruoyi-vue-admin", "common-upload"),
    ("trpc-t3-stack", "app-page"),
    ("trpc-t3-stack", "batch-query"),
    ("trpc-t3-stack", "infinite-query"),
}

EARLIER = earlier_generators("ag")

corpus, reqs = corpus_fixtures(gen_ah)

COMMON = {"application/pdf": ".pdf", "image/jpeg": ".jpg", "image/png": ".png", DOCX_TYPE: ".docx"}
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CITIES = {f"33{i:02d}00" for i in range(1, 12)}
CITY_NAMES = {
    "杭州市",
    "宁波市",
    "温州市",
    "嘉兴市",
    "湖州市",
    "绍兴市",
    "金华市",
    "衢州市",
    "舟山市",
    "台州市",
    "丽水市",
}
# the servers' own secrets (each service's configuration), which the generator used to sign and hash
RUOYI_SECRET = b"zjzwRuoYiTokenSecret2027abcdefghijklmnopqrstuvwxyz"
JEECG_SECRET = "zj2027a9c4e1b7d3f5068sign"
JEECG_KEY = b"jeecg-user-password-hash-2027"
LARAVEL_KEY = base64.b64decode("q8VdN0Zz3kL2mXe7Qp9sYt4Rw1Ub6Hc5Jf8Ga0Ii2Ko=")
SUPABASE_SECRET = b"zjzw-supabase-jwt-secret-2027-000000000"
RS = "\x1e"
SITE = "https://www.example.gov.cn"


def _is_page(rec: dict) -> bool:
    return rec["method"] == "GET" and header(rec, "Sec-Fetch-Mode") == "navigate"


def _b64url(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _jwt(token: str, key: bytes) -> dict:
    """A JWT whose HMAC signature verifies under ``key``: its claims."""
    head, body, sig = token.split(".")
    alg = json.loads(_b64url(head))["alg"]
    digest = {"HS256": hashlib.sha256, "HS512": hashlib.sha512}[alg]
    assert hmac.compare_digest(_b64url(sig), hmac.new(key, f"{head}.{body}".encode(), digest).digest())
    return json.loads(_b64url(body))


def _php_json(doc: object) -> str:
    """PHP json_encode with default flags (what Livewire and Laravel hash)."""
    return json.dumps(doc, separators=(",", ":"), ensure_ascii=True).replace("/", "\\/")


def _cookies(rec: dict) -> dict[str, str]:
    return dict(p.split("=", 1) for p in header(rec, "Cookie").split("; ") if p)


# --- protobuf, as a gRPC server's generated code reads it ----------------------------------------------------


def _varint(data: bytes, i: int) -> tuple[int, int]:
    n = shift = 0
    while True:
        b = data[i]
        i += 1
        n |= (b & 0x7F) << shift
        shift += 7
        if not b & 0x80:
            return n, i


def _pb(data: bytes, schema: dict[int, tuple[str, str]]) -> dict[str, object]:
    """A message by its schema: every field known, of its wire type, strings UTF-8, nested messages decoded."""
    out: dict[str, object] = {}
    i = 0
    while i < len(data):
        key, i = _varint(data, i)
        num, wire = key >> 3, key & 7
        name, kind = schema[num]
        if kind in ("int", "bool"):
            assert wire == 0
            v, i = _varint(data, i)
            assert kind == "int" or v in (0, 1)
            out[name] = v
            continue
        assert wire == 2
        n, i = _varint(data, i)
        raw = data[i : i + n]
        assert len(raw) == n
        i += n
        value = _pb(raw, gen_ah.MESSAGES[kind[4:]]) if kind.startswith("msg:") else raw.decode()
        if kind.startswith("rep:"):
            out.setdefault(name, []).append(value)
        else:
            out[name] = value
    assert i == len(data)
    return out


def _grpc_web_text(body: str) -> bytes:
    """grpc-web-text: base64 of frames; one data frame (flag 0), its 4-byte length the rest of the bytes."""
    raw = base64.b64decode(body, validate=True)
    assert raw[0] == 0
    (n,) = struct.unpack(">I", raw[1:5])
    assert len(raw) == 5 + n
    return raw[5:]


# --- PostgREST's query grammar (postgrest.org API docs) ------------------------------------------------------

PG_OPS = {"eq", "neq", "gt", "gte", "lt", "lte", "like", "ilike", "in", "is", "fts", "plfts", "phfts", "cs", "cd"}
PG_FIELD = r"[a-z_][a-z0-9_]*"


def _pg_filter(value: str) -> None:
    """A horizontal filter value: [not.]operator.operand, the operand of that operator's form."""
    if value.startswith("not."):
        value = value[4:]
    op, _, operand = value.partition(".")
    assert op in PG_OPS and operand, value
    if op == "in":
        assert re.fullmatch(r"\([^()]*\)", operand), value
    if op == "is":
        assert operand in ("null", "true", "false", "unknown")
    if op in ("like", "ilike"):
        assert "*" in operand


def _pg_logic(tree: str) -> int:
    """A logic tree (…) of field.op.value conditions and nested and(…)/or(…): the number of conditions."""
    assert tree[0] == "(" and tree[-1] == ")", tree
    items, depth, cur = [], 0, ""
    for ch in tree[1:-1]:
        depth += (ch == "(") - (ch == ")")
        assert depth >= 0
        if ch == "," and depth == 0:
            items.append(cur)
            cur = ""
        else:
            cur += ch
    items.append(cur)
    count = 0
    for item in items:
        m = re.fullmatch(r"(not\.)?(and|or)(\(.*\))", item)
        if m:
            count += _pg_logic(m.group(3))
        else:
            field, _, rest = item.partition(".")
            assert re.fullmatch(PG_FIELD, field), item
            _pg_filter(rest)
            count += 1
    return count


def _pg_select(select: str) -> None:
    """select=: columns, alias:column, embedded resource(…) with optional alias and !inner, or *."""
    depth, cur, items = 0, "", []
    for ch in select + ",":
        depth += (ch == "(") - (ch == ")")
        if ch == "," and depth == 0:
            items.append(cur)
            cur = ""
        else:
            cur += ch
    assert depth == 0
    for item in items:
        m = re.fullmatch(rf"(?:({PG_FIELD}):)?({PG_FIELD}|\*)(?:(!inner)?\((.*)\))?", item)
        assert m, item
        if m.group(4) is not None:
            _pg_select(m.group(4))


def _pg_order(order: str) -> None:
    for term in order.split(","):
        assert re.fullmatch(rf"{PG_FIELD}(\.(asc|desc))?(\.(nullsfirst|nullslast))?", term), term


# --- the split, the size and the record contract ----------------------------------------------------


def test_regenerating_gives_the_committed_files(corpus: tuple[list[dict], list[dict]]) -> None:
    assert_regenerates(*corpus, gen_ah.TUNING_FILE, gen_ah.HELD_OUT_FILE)


def test_large_enough_and_tagged(reqs: list[dict]) -> None:
    assert_sized(reqs, gen_ah, (130, 130), min_requests=1500, min_families=12, min_shapes=10)


def test_the_split_is_the_rule_written_down(corpus: tuple[list[dict], list[dict]]) -> None:
    """Whole families and (family, shape) groups are on one side only; the held-out families are the
    ones the docstring's rule picks (pinned: a change of family names would re-split)."""
    earlier = EARLIER[1:]  # C-AG: B has no SEED of its own to compare
    assert_split_as_written(corpus, gen_ah, "corpus-ah/", PINNED_HELD_OUT, earlier, parts=(884, 676))
    groups = {(r["family"], r["shape"]) for r in corpus[1] if r["family"] not in PINNED_HELD_OUT}
    assert groups == PINNED_HELD_GROUPS


def test_ah_shares_no_family_with_a_to_ag(reqs: list[dict]) -> None:
    assert EARLIER[-1] is gen_ag
    assert_new_families(reqs, *EARLIER)


def test_every_record_is_a_request_its_server_reads_back(reqs: list[dict]) -> None:
    """Well formed, held to AH's own sources and methods, and read back exactly by a plain http.server."""
    assert_sound_requests(reqs, gen_ah.check, gen_ag.SOURCES["gwt-rpc"])


def test_the_request_kinds_it_was_made_for(reqs: list[dict]) -> None:
    """Framework fetches of every kind, uploads, page navigations and the frameworks' own media types."""
    assert {r["method"] for r in reqs} == {"GET", "HEAD", "POST"}
    ctypes = media_types(reqs)
    assert ctypes[""] >= 600 and ctypes["application/json"] >= 250 and ctypes["multipart/form-data"] >= 130
    assert ctypes["application/x-www-form-urlencoded"] >= 100 and ctypes["text/plain"] >= 78
    assert ctypes["application/grpc-web-text"] == 5 * gen_ah.N and ctypes["application/x-ndjson"] == 4 * gen_ah.N
    assert sum(_is_page(r) for r in reqs) >= 3 * gen_ah.N
    assert_headers_sent(
        reqs,
        (
            "Authorization",
            "isToken",
            "repeatSubmit",
            "X-Access-Token",
            "X-Sign",
            "X-TIMESTAMP",
            "RSC",
            "Next-Router-State-Tree",
            "Next-Router-Prefetch",
            "Next-Action",
            "Next-Url",
            "x-nextjs-data",
            "x-trpc-source",
            "trpc-accept",
            "HX-Request",
            "HX-Boosted",
            "Turbo-Frame",
            "X-CSRF-Token",
            "X-Sec-Purpose",
            "X-Livewire",
            "X-Inertia",
            "X-Inertia-Partial-Data",
            "X-XSRF-TOKEN",
            "X-SignalR-User-Agent",
            "X-Grpc-Web",
            "Connect-Protocol-Version",
            "x-sveltekit-action",
            "apikey",
            "Prefer",
            "x-hasura-role",
            "Cookie",
            "Origin",
            "Referer",
        ),
    )


def test_multipart_uploads_decode(reqs: list[dict]) -> None:
    """Every uploaded file is what its type says; Jeecg's Excel imports are workbooks; Blazor's disconnect
    beacon is a FormData with one field and no file."""
    multi = [r for r in reqs if content_type(r).startswith("multipart/form-data")]
    files = [r for r in multi if any(p["filename"] is not None for p in multipart_parts(r))]
    plain = [r for r in files if all(p["type"] in COMMON for p in upload_files(r)) and "storage" not in r["label"]]
    assert_uploads_decode(plain, 7 * gen_ah.N, COMMON)
    for r in of_family(reqs, "postgrest-supabase-hasura", "storage-upload"):  # storage-js appends the file as ""
        (p,) = upload_files(r)
        assert p["name"] == "" and common_file_ok(p["data"], p["type"])
    for r in files:
        for p in upload_files(r):
            if p["type"] == XLSX_TYPE:
                assert p["filename"].endswith(".xlsx") and "xl/workbook.xml" in zip_names(p["data"])
    rest = {r["label"] for r in multi if r not in files}
    assert rest == {
        "nextjs-app-router/server-action-formdata",
        "nextjs-app-router/progressive-form",
        "blazor-server-circuit/disconnect-beacon",
    }


def test_text_is_real_text(reqs: list[dict]) -> None:
    """Chinese free text where people type it, and the frameworks' markers where their requests carry them."""

    def typed(rs: list[dict]) -> str:  # bodies, form and upload fields, and paths as the servers decode them
        return written_text(rs) + "".join(urllib.parse.unquote(urllib.parse.unquote(r["path"])) for r in rs)

    def han(t: str) -> int:
        return sum("\u4e00" <= ch <= "\u9fff" for ch in t)

    assert han(typed(reqs)) >= 8000
    per_family = Counter(r["family"] for r in reqs if han(typed([r])))
    assert set(per_family) == set(gen_ah.SOURCES) and min(per_family.values()) >= 10, per_family
    text = "".join(r.get("body", "") for r in reqs) + "".join(urllib.parse.unquote(r["path"]) for r in reqs)
    for mark in (
        "params[beginTime]",
        "superQueryParams",
        "_rsc=",
        "__nuxt_island",
        "_payload.json",
        "batch=1",
        "authenticity_token",
        "_method",
        "checksum",
        "StartCircuit",
        "connect=v1",
        "x-sveltekit-invalidated",
        "_data=routes/",
        "phx_join",
        "rpc/",
        "formDataJson",
        "_widget_",
    ):
        assert mark in text, mark


# --- the families, checked the way their receiving frameworks would -----------------------------------------


def test_ruoyi_vue_admin(reqs: list[dict]) -> None:
    """RuoYi: /prod-api paths; the token a HS512 JWT with login_user_key that verifies and equals the Admin-Token
    cookie; login with isToken false and a 32-hex uuid; tansParams queries (no empty values, params[…] dates in
    order); isAsc as el-table says it."""
    f = "ruoyi-vue-admin"
    for r in of_family(reqs, f):
        assert r["path"].startswith("/prod-api/")
        auth = header(r, "Authorization")
        if r["shape"] in ("captcha-image", "login"):
            assert not auth and header(r, "isToken") == "false"
            continue
        token = auth.removeprefix("Bearer ")
        assert re.fullmatch(r"[0-9a-f-]{36}", _jwt(token, RUOYI_SECRET)["login_user_key"])
        assert _cookies(r)["Admin-Token"] == token
    for r in of_family(reqs, f, "login"):
        d = json_body(r)
        assert set(d) == {"username", "password", "code", "uuid"} and re.fullmatch(r"[0-9a-f]{32}", d["uuid"])
        assert header(r, "repeatSubmit") == "false" and content_type(r) == "application/json;charset=utf-8"
    for shape in ("user-list", "operlog-list", "export-form"):
        for r in of_family(reqs, f, shape):
            raw = r["body"] if r["method"] == "POST" else urllib.parse.urlsplit(r["path"]).query
            pairs = urllib.parse.parse_qsl(raw, keep_blank_values=True, strict_parsing=True)
            assert all(v for _, v in pairs) and ("params" not in raw or "params%5BbeginTime%5D=" in raw)
            q = dict(pairs)
            assert int(q["pageNum"]) >= 1 and int(q["pageSize"]) in (10, 20, 50)
            if "params[beginTime]" in q:
                assert q["params[beginTime]"] <= q["params[endTime]"]
            if shape == "operlog-list":
                assert q["orderByColumn"] in ("operTime", "costTime") and q["isAsc"] in ("ascending", "descending")
    for r in of_family(reqs, f, "dict-data"):
        assert re.fullmatch(r"/prod-api/system/dict/data/type/[a-z_]+", r["path"])
    for r in of_family(reqs, f, "business-add"):
        d = json_body(r)
        assert d["areaCode"] in CITIES and d["xfContent"] and d["xfAddress"].startswith("浙江省")
    for r in of_family(reqs, f, "common-upload"):
        assert [p["name"] for p in multipart_parts(r)] == ["file"]


def test_jeecg_boot_admin(reqs: list[dict]) -> None:
    """Jeecg: X-Access-Token JWTs that verify; _t timestamps; superQueryParams that decode twice to rules; X-Sign
    recomputed by signMd5Utils' rule; biz on uploads; Excel imports."""
    f = "jeecg-boot-admin"
    for r in of_family(reqs, f):
        assert r["path"].startswith("/jeecg-boot/")
        if r["shape"] not in ("random-image", "login"):
            claims = _jwt(header(r, "X-Access-Token"), JEECG_KEY)
            assert claims["username"] and claims["exp"] > 1798761600
            assert header(r, "X-Version") == "v3" and header(r, "X-Tenant-Id").isdigit()
        if r["method"] == "GET":
            assert re.fullmatch(r"\d{13}", query1(r)["_t"])
    for r in of_family(reqs, f, "random-image"):
        key = r["path"].split("?")[0].rsplit("/", 1)[1]
        assert re.fullmatch(r"\d{13}", key) and 0 < int(query1(r)["_t"]) - int(key) <= 40
    for r in of_family(reqs, f, "login"):
        d = json_body(r)
        assert set(d) == {"username", "password", "captcha", "checkKey"} and len(d["captcha"]) == 4
    for r in of_family(reqs, f, "list-superquery"):
        q = query1(r)
        rules = json.loads(urllib.parse.unquote(q["superQueryParams"]))  # the server's URLDecoder, once more
        assert q["superQueryMatchType"] in ("and", "or") and q["order"] in ("asc", "desc")
        for rule in rules:
            assert rule["field"] in dict(gen_ah.JEECG_FIELDS) and rule["rule"] in ("like", "eq", "ge", "le")
            assert rule["type"] == rule["dbType"]
    for r in of_family(reqs, f, "dict-items"):
        path, _, query = r["path"].partition("?")
        params = dict(urllib.parse.parse_qsl(query))
        obj: dict[str, object] = {}
        last = path.rsplit("/", 1)[1]
        if "," in last:
            obj["x-path-variable"] = last
        obj.update({k: v for k, v in params.items() if k != "_t"})
        signed = json.dumps(dict(sorted(obj.items())), ensure_ascii=False, separators=(",", ":")) + JEECG_SECRET
        assert header(r, "X-Sign") == hashlib.md5(signed.encode()).hexdigest().upper()  # noqa: S324
        assert abs(int(header(r, "X-TIMESTAMP")) - int(params["_t"])) <= 3
    for r in of_family(reqs, f, "online-form-data"):
        assert re.fullmatch(r"/jeecg-boot/online/cgform/api/getData/[0-9a-f]{32}", r["path"].split("?")[0])
    for r in of_family(reqs, f, "add-json"):
        d = json_body(r)
        assert id_number_ok(d["xfrIdcard"]) and d["areaCode"] in CITIES
    for r in of_family(reqs, f, "common-upload"):
        assert upload_fields(r)["biz"] in ("temp", "xfgl", "jeditor")
    for r in of_family(reqs, f, "import-excel"):
        (p,) = upload_files(r)
        assert p["type"] == XLSX_TYPE and "xl/worksheets/sheet1.xml" in zip_names(p["data"])
    for r in of_family(reqs, f, "export-xls"):
        q = query1(r)
        assert all(re.fullmatch(r"\d{18}", s) for s in q["selections"].split(",") if s)


def _tree_path(tree: list) -> list[str]:
    """The segments a FlightRouterState's children chain names, down to __PAGE__."""
    assert tree[0] == "" and tree[2:] == [None, None, True]
    out, node = [], tree[1]["children"]
    while True:
        seg, children = node[0], node[1]
        if seg == "__PAGE__":
            assert children == {}
            return out
        out.append(seg[1] if isinstance(seg, list) else seg)
        if isinstance(seg, list):
            assert seg[0] == "id" and seg[2] == "d"
        node = children["children"]


def test_nextjs_app_router(reqs: list[dict]) -> None:
    """Flight requests carry RSC: 1 and a router state tree that decodes to the page they come from; _rsc is the
    5-character cache key; actions name a 40-hex action id and send encodeReply bodies; images are sized as
    next/image's deviceSizes."""
    f = "nextjs-app-router"
    for r in of_family(reqs, f):
        tree = header(r, "Next-Router-State-Tree")
        if tree:
            assert tree == urllib.parse.quote(urllib.parse.unquote(tree), safe="-_.!~*'()")
            segs = _tree_path(json.loads(urllib.parse.unquote(tree)))
            assert header(r, "Referer") == SITE + "/" + "/".join(segs)
    for shape in ("rsc-navigation", "rsc-prefetch"):
        for r in of_family(reqs, f, shape):
            assert header(r, "RSC") == "1" and re.fullmatch(r"[0-9a-z]{5}", query1(r)["_rsc"])
            assert (header(r, "Next-Router-Prefetch") == "1") == (shape == "rsc-prefetch")
    for shape in ("server-action-json", "server-action-formdata"):
        for r in of_family(reqs, f, shape):
            assert header(r, "Next-Action") in gen_ah.ACTION_IDS and header(r, "Accept") == "text/x-component"
            if shape == "server-action-json":
                (arg,) = json_body(r)
                assert content_type(r) == "text/plain;charset=UTF-8" and set(arg) == {"matter", "date", "slot"}
            else:
                fields = upload_fields(r)
                assert json.loads(fields["0"]) == ["$K1"] and all(k.startswith("1_") for k in fields if k != "0")
    for r in of_family(reqs, f, "progressive-form"):
        ids = [k for k in upload_fields(r) if k.startswith("$ACTION_ID_")]
        assert len(ids) == 1 and ids[0][11:] in gen_ah.ACTION_IDS and header(r, "Accept").startswith("text/html")
        assert header(r, "Sec-Fetch-Mode") in ("navigate", "")  # a document POST (WeChat's WKWebView sends none)
    for r in of_family(reqs, f, "next-image"):
        q = query1(r)
        assert q["url"].startswith("/uploads/") and int(q["w"]) in (256, 384, 640, 750, 828, 1080, 1200, 1920)
    for r in of_family(reqs, f, "next-data"):
        m = re.fullmatch(rf"/_next/data/{gen_ah.NEXT_BUILD}/zh-CN/news/(\d+)\.json\?id=(\d+)", r["path"])
        assert m and m.group(1) == m.group(2) and header(r, "x-nextjs-data") == "1"


def test_nuxt3_vue_ssr(reqs: list[dict]) -> None:
    """Payloads keyed by the build id; island props and Content _params that parse as JSON; IPX modifiers."""
    f = "nuxt3-vue-ssr"
    for r in of_family(reqs, f, "payload-json"):
        assert r["path"].endswith(f"/_payload.json?{gen_ah.NUXT_BUILD}")
    for r in of_family(reqs, f, "nuxt-island"):
        m = re.fullmatch(r"/__nuxt_island/([A-Za-z]+)_[A-Za-z0-9]{10}\.json", r["path"].split("?")[0])
        props = json.loads(query1(r)["props"])
        assert m.group(1) in gen_ah.ISLANDS and props["area"] in CITIES
    for r in of_family(reqs, f, "content-query"):
        params = json.loads(query1(r)["_params"])
        assert params["where"][0]["_path"].startswith("/zcjd/") and params["sort"] == [{"date": -1}]
    for r in of_family(reqs, f, "ofetch-post-json"):
        assert set(json_body(r)) >= {"title", "content", "phone"}
    for r in of_family(reqs, f, "ipx-image"):
        mods = r["path"].split("/")[2]
        assert all(re.fullmatch(r"(f_(webp|avif)|q_\d+|w_\d+|s_\d+x\d+)", m) for m in mods.split("&"))


def test_trpc_t3_stack(reqs: list[dict]) -> None:
    """Batched GETs: input keys are the batch indices 0…n-1 of the comma-separated procedures, each {json[, meta]};
    superjson Dates are ISO strings its meta names; mutations POST the same shape; credentials carry the csrf."""
    f = "trpc-t3-stack"
    for r in of_family(reqs, f):
        if r["shape"] in ("app-page", "auth-credentials", "auth-session"):
            continue
        path = r["path"].split("?")[0]
        procs = path.removeprefix("/api/trpc/").split(",")
        assert all(re.fullmatch(r"[a-z]+\.[a-zA-Z]+", p) for p in procs) and header(r, "x-trpc-source")
        if r["method"] == "GET":
            q = query1(r)
            inputs = json.loads(q["input"])
            assert q["batch"] == "1" and list(inputs) == [str(i) for i in range(len(procs))]
        else:
            inputs = json_body(r)
            if "batch" not in r["path"]:
                inputs = {"0": inputs}
        for i, item in inputs.items():
            proc = procs[int(i)]
            if r["shape"] == "batch-query-plain":
                assert item is None or isinstance(item, dict)
                continue
            assert set(item) <= {"json", "meta"}
            values = item.get("meta", {}).get("values")
            for key, kinds in values.items() if isinstance(values, dict) else ():
                assert kinds == ["Date"] and re.fullmatch(r"202[67]-\d\d-\d\dT16:00:00\.000Z", item["json"][key])
            if proc == "user.me":
                assert item == {"json": None, "meta": {"values": ["undefined"]}}
    for r in of_family(reqs, f, "stream-batch"):
        assert header(r, "trpc-accept") == "application/jsonl"
    for r in of_family(reqs, f, "auth-credentials"):
        d = form_fields(r)
        assert d["json"] == "true" and d["redirect"] == "false" and re.fullmatch(r"[0-9a-f]{64}", d["csrfToken"])


def test_htmx_hotwire_turbo(reqs: list[dict]) -> None:
    """htmx requests carry HX-Request and an absolute HX-Current-URL of this site; Turbo frames, stream forms with
    authenticity_token equal to X-CSRF-Token, and _method overrides a Rails app accepts."""
    f = "htmx-hotwire-turbo"
    for r in of_family(reqs, f):
        if r["shape"].startswith("hx-"):
            assert header(r, "HX-Request") == "true" and header(r, "HX-Current-URL").startswith(SITE + "/")
            assert (header(r, "HX-Boosted") == "true") == (r["shape"] == "hx-boosted-link")
    for r in of_family(reqs, f, "hx-get-search"):
        assert header(r, "HX-Trigger-Name") in query1(r) and header(r, "HX-Target") == "search-results"
    for r in of_family(reqs, f, "hx-vals-headers"):
        d = form_fields(r)
        assert r["path"] == f"/bsfw/sx/{d['sxId']}/favorite/" and len(header(r, "X-CSRFToken")) == 64
    for r in of_family(reqs, f, "hx-post-form"):
        assert len(form_fields(r)["csrfmiddlewaretoken"]) == 64
    for r in of_family(reqs, f, "turbo-frame"):
        assert header(r, "Turbo-Frame") == "article_list" and header(r, "Accept").startswith("text/html")
    for shape in ("turbo-stream-form", "rails-method-override"):
        for r in of_family(reqs, f, shape):
            d = form_fields(r)
            assert header(r, "Accept").startswith("text/vnd.turbo-stream.html")
            assert d["authenticity_token"] == header(r, "X-CSRF-Token")
            assert len(base64.b64decode(d["authenticity_token"])) == 64
            assert shape == "turbo-stream-form" or d["_method"] in ("patch", "delete")
            assert all(k in ("authenticity_token", "_method", "commit") or k.startswith("appointment[") for k in d)
    for r in of_family(reqs, f, "turbo-prefetch"):
        assert header(r, "X-Sec-Purpose") == "prefetch"


def test_laravel_livewire_inertia(reqs: list[dict]) -> None:
    """Livewire: each snapshot's checksum is the HMAC Livewire recomputes, updates name data properties, calls name
    methods; upload URLs carry a valid signature; Inertia: version, partial headers, and an XSRF cookie whose
    Encrypter MAC verifies and whose value axios echoes in X-XSRF-TOKEN."""
    f = "laravel-livewire-inertia"
    for r in of_family(reqs, f):
        cookie = _cookies(r).get("XSRF-TOKEN")
        if cookie:
            payload = json.loads(base64.b64decode(urllib.parse.unquote(cookie)))
            mac = hmac.new(LARAVEL_KEY, (payload["iv"] + payload["value"]).encode(), hashlib.sha256).hexdigest()
            assert hmac.compare_digest(payload["mac"], mac) and len(base64.b64decode(payload["iv"])) == 16
            assert not header(r, "X-XSRF-TOKEN") or header(r, "X-XSRF-TOKEN") == urllib.parse.unquote(cookie)
        if r["path"] == "/livewire/update":
            assert header(r, "X-Livewire") == "" and "X-Livewire" in r["headers"]
            doc = json_body(r)
            assert len(doc["_token"]) == 40
            for comp in doc["components"]:
                snap = json.loads(comp["snapshot"])
                checksum = snap.pop("checksum")
                assert _php_json(snap) == comp["snapshot"].replace(f',"checksum":"{checksum}"', "")
                expected = hmac.new(LARAVEL_KEY, _php_json(snap).encode(), hashlib.sha256).hexdigest()
                assert hmac.compare_digest(checksum, expected)
                assert snap["memo"]["name"] in gen_ah.LW_COMPONENTS
                for key in comp["updates"]:
                    assert key.split(".")[0] in snap["data"]
                assert all(set(call) == {"path", "method", "params"} for call in comp["calls"])
    for r in of_family(reqs, f, "livewire-upload"):
        unsigned, _, sig = r["path"].rpartition("&signature=")
        key = ("base64:" + base64.b64encode(LARAVEL_KEY).decode()).encode()
        assert hmac.compare_digest(sig, hmac.new(key, (SITE + unsigned).encode(), hashlib.sha256).hexdigest())
        assert [p["name"] for p in upload_files(r)] == ["files[]"]
    for r in of_family(reqs, f):
        if r["shape"].startswith("inertia-"):
            assert header(r, "X-Inertia") == "true" and header(r, "X-Inertia-Version") == gen_ah.INERTIA_VERSION
            assert header(r, "X-Requested-With") == "XMLHttpRequest"
    for r in of_family(reqs, f, "inertia-partial"):
        assert header(r, "X-Inertia-Partial-Component") in ("Matters/Index", "Notices/Index")
        assert all(re.fullmatch(r"[a-z]+", k) for k in header(r, "X-Inertia-Partial-Data").split(","))


def test_blazor_server_circuit(reqs: list[dict]) -> None:
    """SignalR over long polling: bodies are JSON messages each ended by U+001E (the handshake, then invocations of
    the circuit hub's methods with their argument counts and JSON-string arguments that parse); ids are connection
    tokens; the disconnect beacon posts a circuitId."""
    f = "blazor-server-circuit"
    arity = {
        "StartCircuit": 4,
        "OnRenderCompleted": 2,
        "DispatchBrowserEvent": 2,
        "BeginInvokeDotNetFromJS": 5,
        "EndInvokeJSFromDotNet": 3,
    }
    targets = Counter()
    for r in of_family(reqs, f):
        if r["path"].startswith("/_blazor?"):
            assert re.fullmatch(r"[A-Za-z0-9_-]{22}", query1(r)["id"])
            assert header(r, "X-SignalR-User-Agent").startswith("Microsoft SignalR/8.0")
        if r["method"] != "POST" or r["shape"] == "disconnect-beacon":
            continue
        assert content_type(r) == "text/plain;charset=UTF-8"
        *msgs, tail = r["body"].split(RS)
        assert tail == "" and msgs
        for m in map(json.loads, msgs):
            if r["shape"] == "handshake":
                assert m == {"protocol": "json", "version": 1}
                continue
            if m["type"] == 6:
                continue
            assert m["type"] == 1 and len(m["arguments"]) == arity[m["target"]]
            targets[m["target"]] += 1
            args = m["arguments"]
            if m["target"] == "StartCircuit":
                assert args[1].startswith(args[0]) and json.loads(args[2])[0]["type"] == "server"
                assert m["invocationId"] == "0"
            elif m["target"] == "DispatchBrowserEvent":
                desc, ev = json.loads(args[0]), json.loads(args[1])
                assert desc["eventName"] in ("click", "change") and ev.get("type", "change") == desc["eventName"]
            elif m["target"] == "BeginInvokeDotNetFromJS":
                assert args[0].isdigit() and isinstance(json.loads(args[4]), list)
            elif m["target"] == "EndInvokeJSFromDotNet":
                assert json.loads(args[2])[:2] == [args[0], True]
    assert set(targets) == set(arity)
    for r in of_family(reqs, f, "sse-stream"):
        assert header(r, "Accept") == "text/event-stream"
    for r in of_family(reqs, f, "disconnect-beacon"):
        assert list(upload_fields(r)) == ["circuitId"] and upload_fields(r)["circuitId"].startswith("CfDJ8")


def test_grpc_web_connect(reqs: list[dict]) -> None:
    """gRPC-Web text bodies are one length-prefixed frame whose protobuf decodes by the method's schema; Connect
    unary JSON and GET messages (JSON or base64url proto) decode for their methods."""
    f = "grpc-web-connect"
    for r in of_family(reqs, f):
        if content_type(r) == "application/grpc-web-text":
            msg = _pb(_grpc_web_text(r["body"]), gen_ah.PROTO[r["path"]])
            assert header(r, "X-Grpc-Web") == "1" and header(r, "X-User-Agent") == "grpc-web-javascript/0.1"
            if "applicant" in msg:
                assert id_number_ok(msg["applicant"]["id_card"]) and msg["matter_codes"]
            if "area_code" in msg:
                assert msg["area_code"] in CITIES and msg["page_size"] == 20
            if r["shape"] == "grpcweb-deadline":
                assert re.fullmatch(r"\d+m", header(r, "grpc-timeout"))
    for shape in ("connect-unary-json", "connect-submit-json"):
        for r in of_family(reqs, f, shape):
            assert header(r, "Connect-Protocol-Version") == "1"
            assert set(json_body(r)) >= set(gen_ah.CONNECT[r["path"]][:2])
    for r in of_family(reqs, f, "connect-get-json"):
        q = query1(r)
        assert q["connect"] == "v1" and q["encoding"] == "json"
        assert set(json.loads(q["message"])) <= set(gen_ah.CONNECT[r["path"].split("?")[0]])
    for r in of_family(reqs, f, "connect-get-proto"):
        q = query1(r)
        assert q["encoding"] == "proto" and q["base64"] == "1"
        assert _pb(_b64url(q["message"]), gen_ah.PROTO[r["path"].split("?")[0]])["matter_id"].startswith("ZJ")


def test_sveltekit_remix_liveview(reqs: list[dict]) -> None:
    """SvelteKit actions name ?/action with x-sveltekit-action; invalidation flags are 0/1 strings; Remix _data
    names the route module; LiveView longpoll batches are ndjson V2 arrays with string refs, known events and
    URL-encoded form values."""
    f = "sveltekit-remix-liveview"
    for shape in ("sveltekit-form-action", "sveltekit-upload-action"):
        for r in of_family(reqs, f, shape):
            assert re.fullmatch(r"/[a-z]+\?/[a-z]+", r["path"]) and header(r, "x-sveltekit-action") == "true"
            assert header(r, "Accept") == "application/json"
    for r in of_family(reqs, f, "sveltekit-data-json"):
        assert "/__data.json?" in r["path"] and re.fullmatch(r"[01]*1", query1(r)["x-sveltekit-invalidated"])
    for shape in ("remix-loader-data", "remix-action"):
        for r in of_family(reqs, f, shape):
            route = query1(r)["_data"]
            assert route in gen_ah.REMIX_ROUTES.values()
            assert ("index" in query1(r)) == route.endswith("_index")
    for r in of_family(reqs, f, "remix-action"):
        assert form_fields(r)["_action"] in ("create", "cancel")
    for r in of_family(reqs, f, "liveview-longpoll-open"):
        q = query1(r)
        assert q["vsn"] == "2.0.0" and q["_mounts"] == "0" and "token" not in q
    for r in of_family(reqs, f):
        if not r["shape"].startswith("liveview-") or r["method"] != "POST":
            continue
        q = query1(r)
        assert q["vsn"] == "2.0.0" and re.fullmatch(r"SFMyNTY\.[\w-]+\.[\w-]+", q["token"])
        for line in r["body"].split("\n"):
            join_ref, ref, topic, event, payload = json.loads(line)
            assert ref.isdigit() and (join_ref is None or join_ref.isdigit()) and isinstance(payload, dict)
            if event == "heartbeat":
                assert topic == "phoenix" and join_ref is None and payload == {}
            elif event == "phx_join":
                assert topic in gen_ah.LV_TOPICS and payload["params"]["_mounts"] == 0
            else:
                assert event == "event" and payload["type"] in ("click", "form")
                if payload["type"] == "form":
                    fields = dict(urllib.parse.parse_qsl(payload["value"], strict_parsing=True))
                    assert fields["_target"] in fields


def test_postgrest_supabase_hasura(reqs: list[dict]) -> None:
    """PostgREST queries parse by its grammar (select, filters, logic trees, order); keys are JWTs that verify with
    the project's secret; Prefer values PostgREST knows; Hasura GraphQL variables fit its boolean expression."""
    f = "postgrest-supabase-hasura"
    for r in of_family(reqs, f):
        if r["path"].startswith(("/rest/v1/", "/auth/v1/", "/storage/v1/")):
            assert _jwt(header(r, "apikey"), SUPABASE_SECRET)["role"] == "anon"
            assert _jwt(header(r, "Authorization").removeprefix("Bearer "), SUPABASE_SECRET)["role"]
            assert header(r, "X-Client-Info").startswith("supabase-js-web/")
        if not r["path"].startswith("/rest/v1/") or "/rpc/" in r["path"]:
            continue
        for k, v in urllib.parse.parse_qsl(urllib.parse.urlsplit(r["path"]).query, strict_parsing=True):
            if k == "select":
                _pg_select(v)
            elif k in ("or", "and"):
                assert _pg_logic(v) >= 2
            elif k == "order":
                _pg_order(v)
            elif k in ("limit", "offset"):
                assert v.isdigit()
            elif k == "columns":
                assert all(re.fullmatch(rf'"{PG_FIELD}"', x) for x in v.split(","))
            elif k == "on_conflict":
                assert re.fullmatch(PG_FIELD, v)
            else:
                assert re.fullmatch(PG_FIELD, k)
                _pg_filter(v)
    prefer = {"return=representation", "return=minimal", "count=exact", "resolution=merge-duplicates"}
    for r in of_family(reqs, f):
        assert all(p in prefer for p in header(r, "Prefer").split(",") if p)
    for r in of_family(reqs, f, "postgrest-rpc"):
        assert isinstance(json_body(r), dict) and header(r, "Content-Profile") == "public"
    for r in of_family(reqs, f, "gotrue-password-token"):
        assert query1(r)["grant_type"] == "password" and "@" in json_body(r)["email"]
    for r in of_family(reqs, f, "storage-upload"):
        parts = multipart_parts(r)
        assert [p["name"] for p in parts] == ["cacheControl", ""] and parts[0]["data"] == b"3600"
        assert r["path"].rsplit(".", 1)[1] == parts[1]["filename"].rsplit(".", 1)[1]
    for r in of_family(reqs, f, "hasura-graphql"):
        d = json_body(r)
        assert d["operationName"] in d["query"] and header(r, "x-hasura-role") in ("citizen", "staff", "auditor")
        token = header(r, "Authorization").removeprefix("Bearer ")
        claims = _jwt(token, SUPABASE_SECRET)["https://hasura.io/jwt/claims"]
        assert header(r, "x-hasura-role") in claims["x-hasura-allowed-roles"]
        (area, name) = d["variables"]["where"]["_and"]
        assert area["area_code"]["_eq"] in CITIES and re.fullmatch(r"%\S+%", name["name"]["_ilike"])
    for r in of_family(reqs, f, "hasura-rest"):
        assert header(r, "x-hasura-role") == "citizen" and query1(r)["area"] in CITIES


def test_amis_lowcode_forms(reqs: list[dict]) -> None:
    """amis CRUD paging and ordering; quickSave payloads whose rows are rowsOrigin with rowsDiff applied at the
    listed indexes; 宜搭 formDataJson and searchFieldJson keyed by known widget ids; 简道云 filters of the v5 form."""
    f = "amis-lowcode-forms"
    for r in of_family(reqs, f, "amis-crud-list"):
        q = query1(r)
        assert int(q["page"]) >= 1 and q["orderDir"] in ("asc", "desc") and int(q["perPage"]) in (10, 20, 50)
    for r in of_family(reqs, f, "amis-quick-save-bulk"):
        d = json_body(r)
        assert [int(i) for i in d["indexes"]] == list(range(len(d["rows"])))
        for row, diff, origin in zip(d["rows"], d["rowsDiff"], d["rowsOrigin"], strict=True):
            assert row == {**origin, **diff} and diff["id"] == origin["id"]
        assert d["ids"] == ",".join(str(o["id"]) for o in d["rowsOrigin"])
    for r in of_family(reqs, f, "amis-quick-save-item"):
        assert r["path"] == f"/api/amis/crud/{json_body(r)['id']}"
    for r in of_family(reqs, f, "amis-form-submit"):
        assert id_number_ok(json_body(r)["idCard"])
    for r in of_family(reqs, f, "amis-options-source"):
        assert query1(r)["city"] in CITIES
    for shape in ("yida-form-submit", "yida-search"):
        for r in of_family(reqs, f, shape):
            d = form_fields(r)
            assert d["appType"] == gen_ah.YIDA_APP and d["formUuid"] in gen_ah.YIDA_FORMS
            data = json.loads(d["formDataJson"] if shape == "yida-form-submit" else d["searchFieldJson"])
            assert data and set(data) <= set(gen_ah.YIDA_WIDGETS)
            if "selectField_lq2x8k1c" in data:
                assert data["selectField_lq2x8k1c"] in CITY_NAMES
            if "dateField_lq2x8k1d" in data:
                assert 1798761600000 <= data["dateField_lq2x8k1d"] <= 1806000000000
    for r in of_family(reqs, f, "jdy-data-list"):
        d = json_body(r)
        assert d["fields"] == gen_ah.JDY_WIDGETS and d["filter"]["rel"] in ("and", "or")
        for cond in d["filter"]["cond"]:
            assert cond["field"] in gen_ah.JDY_WIDGETS and cond["method"] in ("eq", "range")
            assert isinstance(cond["value"], list) and len(cond["value"]) == (2 if cond["method"] == "range" else 1)


def test_the_sizes_are_even(reqs: list[dict]) -> None:
    """Every (family, shape) group has N requests: the group rule weighs groups alike."""
    assert set(Counter((r["family"], r["shape"]) for r in reqs).values()) == {gen_ah.N}
