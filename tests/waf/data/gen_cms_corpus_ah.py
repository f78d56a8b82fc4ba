"""Generate corpus AH: a THIRTY-FOURTH set of ordinary requests to Chinese government sites, independent of A-Z and AA-AG.

    python tests/waf/data/gen_cms_corpus_ah.py   # writes cms_ah_tuning.jsonl and cms_ah_heldout.jsonl next to it

Why another corpus: each fresh corpus so far has found kinds of ordinary traffic the earlier ones lacked, and AH
measures the WAF's false positives on traffic no tuning round has seen. Corpus AH is a month of the MODERN WEB
APPLICATION STACKS AND LOW-CODE PLATFORMS the province's newer systems (浙江省 as the model, built 2019-2027) run on, as
citizens, enterprises and civil servants use them: framework traffic, written as the real frameworks and their client
libraries send it. RuoYi-Vue back offices (/prod-api with tansParams' params[beginTime], pageNum/pageSize,
orderByColumn/isAsc, captchaImage with isToken: false, getInfo/getRouters, Admin-Token JWTs, common/upload); JeecgBoot
3 (X-Access-Token, superQueryParams as the double-encoded JSON the Vue 3 list pages send, column/order, dict items
with X-Sign and X-TIMESTAMP as signMd5Utils computes them, Online 表单 getData, importExcel uploads); Next.js App
Router (RSC navigations and prefetches with _rsc, RSC: 1 and the URL-encoded Next-Router-State-Tree, server actions
with Next-Action and encodeReply bodies, progressive $ACTION_ID_ forms, /_next/image, /_next/data, chunks); Nuxt 3
(_payload.json, __nuxt_island, Nuxt Content query _params, ofetch, Nuxt Icon, IPX images, builds/meta); tRPC on the
T3 stack (batched GETs whose input is keyed by batch index, superjson json/meta, POST mutations, jsonl stream batches,
NextAuth session, csrf and credentials callback); htmx and Hotwire Turbo (HX-* headers, hx-vals and hx-headers,
boosted links, polling, Turbo Frames, Turbo Stream forms with authenticity_token and _method, prefetch); Laravel
Livewire 3 (/livewire/update with snapshots whose checksums are HMACs as Livewire computes them, signed upload-file
URLs) and Inertia.js (X-Inertia, version, partial reloads, XSRF-TOKEN cookies with their Encrypter MACs and
X-XSRF-TOKEN); Blazor Server circuits over SignalR long polling and SSE (JSON hub protocol messages ended by U+001E:
StartCircuit, OnRenderCompleted, DispatchBrowserEvent, BeginInvokeDotNetFromJS, EndInvokeJSFromDotNet,
OnLocationChanged, the disconnect beacon); gRPC-Web text (base64 of length-prefixed protobuf frames that decode) and
the Connect protocol (unary JSON, GET with message=, base64 proto); SvelteKit form actions and __data.json, Remix
_data loaders and _action posts, Phoenix LiveView long polling (ndjson batches of [join_ref, ref, topic, event,
payload]); PostgREST/Supabase (the documented filter, select, order and logic-tree grammar, Prefer, Range, RPC,
GoTrue and Storage) and Hasura (GraphQL with x-hasura-role, RESTified endpoints); Baidu amis CRUD pages and the low-code
form platforms in the style of 宜搭 and 简道云 (widget ids, formDataJson, filter conditions). Current desktop browsers,
phones and 浙里办-style in-app browsers send them. Names, ids, keys and tokens are this generator's, not published
ones. ``SOURCES`` names the public material each family's URLs, parameters, headers and bodies follow; values are
generated deterministically (``SEED``); HOST is a placeholder the evaluation replaces.

Overlap with earlier corpora, checked against their SOURCES: C's spa-content-api has Vue/React + axios REST calls
and plain GraphQL, D's realtime-ws has a generic ASP.NET Core SignalR chat hub over long polling, F's graphql-cms has
Apollo GraphQL and Next.js preview mode, G's headless-cms-rest has Strapi/Directus/Payload query strings and Next.js
draft mode; AH has none of their shapes (its SignalR messages are Blazor's circuit protocol, its GraphQL is Hasura's
with role headers, its Next.js traffic is App Router RSC and server actions), and no earlier corpus has RuoYi,
JeecgBoot, Nuxt, tRPC, htmx, Turbo, Livewire, Inertia, gRPC-Web, Connect, SvelteKit, Remix, LiveView, PostgREST,
Supabase, amis or 宜搭/简道云 traffic. Where the receiving frameworks check something (Livewire checksums, signed
upload URLs, Laravel Encrypter MACs, JWT signatures, Jeecg X-Sign, tRPC batch indices, protobuf frames, SignalR
record separators, PostgREST's grammar, Next.js router trees) the generator does it for real, so the fast tests can
check the requests the way the receiving servers would. Nothing here is an attack: every value is what the real
service receives. Limits of the record format (corpus_kit.check_record): a POST needs a body, so SignalR's empty
negotiate POST is not recorded; a body that is not multipart must be UTF-8 text, so Blazor's default MessagePack
(blazorpack) protocol and gRPC-Web's binary application/grpc-web+proto cannot be stored, and AH's clients use the
JSON hub protocol and grpc-web-text; RuoYi's download() posts tansParams' output with a trailing "&", which strict
form parsing refuses, so AH's export bodies end without it.

Each request is one JSONL record as in corpora A-Z and AA-AG (method, path, headers, body or body_b64) tagged with
its ``family``, ``shape``, ``source`` and ``label`` = family/shape, and passes corpus_kit.check_record.

THE SPLIT is corpus_kit.HashSplit's rule with the salt "corpus-ah/", decided and written down here before the corpus
was generated and before anything was evaluated (no WAF result on AH was seen by its author; docs/waf.md, held-out
discipline): the three families whose sha256("corpus-ah/<family>") hex digests sort first are held out whole, and no
tuning may see them; in every other family a (family, shape) group is held out when
sha256("corpus-ah/<family>/<shape>") has a first byte divisible by 4; everything else is the tuning part. Made once;
never re-split, edited or regenerated to pass.
"""  # noqa: E501 - the series' first line (independent of A-Z and AA-AG) is one line

from __future__ import annotations

import base64
import hashlib
import hmac
import io
import json
import struct
import sys
import urllib.parse
import zipfile
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # run as a script from anywhere

from tests.waf.data import gen_cms_corpus_ag as corpus_ag
from tests.waf.data.corpus_kit import (
    SITE,
    HashSplit,
    check_record,
    family_registry,
    generate,
    part_files,
    write_corpus,
)
from tests.waf.data.gen_cms_corpus_e import AXIOS_ACCEPT, form, jpeg, js_json, qs, uri  # E's
from tests.waf.data.gen_cms_corpus_f import pdf_head, png  # F's
from tests.waf.data.gen_cms_corpus_m import DOCX_CT, docx  # M's
from tests.waf.data.gen_cms_corpus_w import js_doc  # W's
from tests.waf.data.gen_cms_corpus_z import navigations  # Z's

TUNING_FILE, HELD_OUT_FILE = part_files("ah")
SEED = 20310418
SALT = "corpus-ah/"

SOURCES = {
    "ruoyi-vue-admin": "RuoYi-Vue 3.8 (gitee.com/y_project/RuoYi-Vue and doc.ruoyi.vip: src/utils/request.js axios "
    "instance with VUE_APP_BASE_API /prod-api, Authorization Bearer from the Admin-Token cookie, isToken/repeatSubmit "
    "headers, tansParams GET query strings with params[beginTime]/params[endTime], download() form posts; "
    "captchaImage, login {username, password, code, uuid}, getInfo, getRouters, system/user/list pageNum/pageSize, "
    "monitor/operlog/list orderByColumn/isAsc, system/dict/data/type/{dictType}, common/upload) as 浙江 政务 back "
    "offices use it",
    "jeecg-boot-admin": "JeecgBoot 3.x with jeecgboot-vue3 (help.jeecg.com: /jeecg-boot context path, X-Access-Token, "
    "X-Tenant-Id and X-Version headers, _t timestamps, sys/randomImage/{key}, sys/login with captcha and checkKey, "
    "sys/permission/getUserPermissionByToken, list pages with column/order/pageNo/pageSize and superQueryParams/"
    "superQueryMatchType, signMd5Utils X-Sign/X-TIMESTAMP for sys/dict/getDictItems, online/cgform/api/getData, "
    "sys/common/upload with biz, exportXls and importExcel) as 浙江 业务 systems use it",
    "nextjs-app-router": "Next.js 14-15 App Router (nextjs.org docs and packages/next/src/client/components/"
    "app-router-headers.ts: RSC, Next-Router-State-Tree, Next-Router-Prefetch, Next-Url, Next-Action headers, the _rsc "
    "cache-busting query, text/x-component; server actions through React's encodeReply as text/plain JSON or FormData "
    "with $K references, progressive-enhancement forms with $ACTION_ID_; next/image /_next/image?url&w&q, "
    "/_next/data/<buildId>/… with x-nextjs-data, /_next/static chunks, route handlers) as 政务 门户 front ends use it",
    "nuxt3-vue-ssr": "Nuxt 3 (nuxt.com docs: payload extraction /_payload.json?<buildId>, server components "
    "/__nuxt_island/<Name>_<hash>.json with props, app manifest /_nuxt/builds/meta/<buildId>.json, $fetch/ofetch "
    "JSON requests and useFetch query encoding via ufo), Nuxt Content v2 /api/_content/query/<hash>.<ts>.json?_params, "
    "Nuxt Icon /api/_nuxt_icon/<collection>.json?icons, Nuxt Image IPX /_ipx/<modifiers>/<path> as 政务 网站 use them",
    "trpc-t3-stack": "tRPC v10/v11 (trpc.io docs: httpBatchLink GET /api/trpc/<a.b>,<c.d>?batch=1&input= with inputs "
    "keyed by batch index, POST batches for mutations, httpBatchStreamLink trpc-accept: application/jsonl, superjson "
    "transformer {json, meta: {values}}), create-t3-app (x-trpc-source: nextjs-react) and NextAuth.js v4 "
    "(/api/auth/session, /api/auth/csrf, /api/auth/callback/credentials with csrfToken and json=true) as 办事 apps use "
    "them",
    "htmx-hotwire-turbo": "htmx 1.9/2.0 (htmx.org reference: HX-Request, HX-Trigger, HX-Trigger-Name, HX-Target, "
    "HX-Current-URL, HX-Boosted headers, hx-vals merged parameters, hx-headers with Django's X-CSRFToken, "
    "hx-encoding multipart uploads, polling triggers) and Hotwire Turbo 7/8 (turbo.hotwired.dev: Turbo-Frame header, "
    "Accept text/vnd.turbo-stream.html for form submissions, X-CSRF-Token, X-Sec-Purpose: prefetch) with Rails form "
    "fields authenticity_token, _method and model[attr] as 浙江 便民 services use them",
    "laravel-livewire-inertia": "Laravel Livewire 3 (livewire.laravel.com docs and livewire/livewire source: POST "
    "/livewire/update {_token, components: [{snapshot, updates, calls}]} with the X-Livewire header, snapshots "
    "{data, memo, checksum} whose checksum is hash_hmac sha256 of json_encode(snapshot) with the app key, "
    "/livewire/upload-file temporary signed URLs, files[] uploads) and Inertia.js 1.x (inertiajs.com protocol: "
    "X-Inertia, X-Inertia-Version, X-Inertia-Partial-Component/-Data, axios X-XSRF-TOKEN from the XSRF-TOKEN cookie "
    "encrypted by Illuminate Encrypter with its MAC, Sanctum csrf-cookie) as 浙江 政务 办事 apps use them",
    "blazor-server-circuit": "ASP.NET Core 8 Blazor Server / Blazor Web App interactive server rendering "
    "(learn.microsoft.com Blazor SignalR guidance and dotnet/aspnetcore ComponentHub: /_blazor with ?id= connection "
    "token, long polling and server-sent events transports, the SignalR JSON hub protocol with messages ended by "
    "U+001E, handshake {protocol: json, version: 1}, StartCircuit, OnRenderCompleted, DispatchBrowserEvent, "
    "BeginInvokeDotNetFromJS, EndInvokeJSFromDotNet, OnLocationChanged, ping; X-SignalR-User-Agent; "
    "/_blazor/disconnect beacons with circuitId; blazor.web.js) as 浙江 内部 管理 systems use them",
    "grpc-web-connect": "gRPC-Web (github.com/grpc/grpc/blob/master/doc/PROTOCOL-WEB.md and grpc-web's "
    "GrpcWebClientBase: application/grpc-web-text bodies as base64 of 5-byte-prefixed protobuf frames, X-Grpc-Web: 1, "
    "X-User-Agent: grpc-web-javascript/0.1, grpc-timeout; protobuf wire format from protobuf.dev encoding) and the "
    "Connect protocol (connectrpc.com/docs/protocol: unary POST application/json with Connect-Protocol-Version: 1 and "
    "Connect-Timeout-Ms, GET ?connect=v1&encoding=json|proto&base64=1&message=) as 浙江 政务 中台 front ends use them",
    "sveltekit-remix-liveview": "SvelteKit 2 (kit.svelte.dev: form actions ?/name posted by use:enhance with "
    "x-sveltekit-action: true and Accept application/json, __data.json?x-sveltekit-invalidated=), Remix 2 (remix.run: "
    "?_data=routes/… loader fetches, ?index, intent fields in action posts) and Phoenix LiveView 0.20 / phoenix.js "
    "LongPoll (hexdocs.pm: /live/longpoll with _csrf_token, _track_static, _mounts, vsn=2.0.0 and token; V2 "
    "serializer arrays [join_ref, ref, topic, event, payload] batched as application/x-ndjson; phx_join, heartbeat, "
    "event click/form with URL-encoded form values) as 浙江 办事 apps use them",
    "postgrest-supabase-hasura": "PostgREST 12 (postgrest.org API docs: horizontal filtering with eq/neq/gt/gte/lt/"
    "lte/like/ilike/in/is/fts operators, not., or=(…) and and=(…) logic trees, select with renames, casts and "
    "embedded resources, order with .asc/.desc/.nullsfirst/.nullslast, limit/offset, Prefer return/count/resolution, "
    "Accept-Profile/Content-Profile, /rpc/ functions), supabase-js 2 (apikey, X-Client-Info, GoTrue /auth/v1/token "
    "grant_type=password, Storage /storage/v1/object uploads with cacheControl and x-upsert) and Hasura GraphQL "
    "Engine 2 (hasura.io docs: /v1/graphql with x-hasura-role, where/_and/_ilike boolean expressions, RESTified "
    "/api/rest endpoints) as 浙江 数据 开放 services use them",
    "amis-lowcode-forms": "Baidu amis 3/6 (baidu.gitee.io/amis docs: page schemaApi, CRUD api with page, perPage, "
    "orderBy, orderDir and filter fields, quickSaveApi {rows, rowsDiff, indexes, rowsOrigin, unModifiedItems}, "
    "quickSaveItemApi, form api, source/autoComplete term, InputFile receiver), Alibaba 宜搭 form runtime "
    "(formUuid, appType, formDataJson with textField_/selectField_/dateField_/numberField_ widget ids, "
    "searchFieldJson, _csrf_token) and 简道云 open API v5 (hc.jiandaoyun.com: app_id, entry_id, _widget_ field ids, "
    "filter {rel, cond: [{field, type, method, value}]}) as 浙江 基层 治理 low-code apps use them",
}

SPLIT = HashSplit(SALT, SOURCES)  # the rule in the docstring (tests/waf/data/corpus_kit.py)
split, HELD_OUT_FAMILIES = SPLIT.split, SPLIT.held_out_families  # split(reqs): (tuning part, held-out part)


# --- the corpus: AG's (and so AF's, … F's), recording AH's sources -----------------------------------------


class Corpus(corpus_ag.Corpus):
    """AG's corpus (values, browsers, header order, day(); SourceTagged): requests are tagged with AH's sources."""

    sources = SOURCES


FAMILIES: dict[str, Callable[[Corpus], None]] = {}
family = family_registry(FAMILIES)

N = 13  # requests per (family, shape): Z's navigations() makes as many

# --- values of the 浙江 systems -----------------------------------------------------------------------------

CITIES = {
    "330100": "杭州市",
    "330200": "宁波市",
    "330300": "温州市",
    "330400": "嘉兴市",
    "330500": "湖州市",
    "330600": "绍兴市",
    "330700": "金华市",
    "330800": "衢州市",
    "330900": "舟山市",
    "331000": "台州市",
    "331100": "丽水市",
}
DISTRICTS = [
    "西湖区",
    "拱墅区",
    "鄞州区",
    "鹿城区",
    "南湖区",
    "吴兴区",
    "越城区",
    "婺城区",
    "柯城区",
    "定海区",
    "椒江区",
]
ROADS = ["文三路", "解放东路", "中山东路", "学院路", "人民大道", "环城北路", "江南大道", "府前路"]
DEPTS = [
    "省大数据发展管理局",
    "杭州市市场监督管理局",
    "宁波市人力社保局",
    "温州市行政服务中心",
    "省自然资源厅",
    "绍兴市卫健委",
]
MATTERS = [
    "企业设立登记",
    "个体工商户注册",
    "公积金提取",
    "不动产登记",
    "社保卡申领",
    "居住证办理",
    "出生医学证明",
    "食品经营许可",
    "建设工程规划许可",
    "灵活就业登记",
]
SEARCHES = ["公积金提取", "社保 转移", "居住证", "新生儿 落户", "不动产 查询", "营业执照 变更", "医保 报销", "垃圾分类"]
REMARKS = [
    "材料已经按要求补齐，麻烦尽快审核，谢谢！",
    "小区门口的路灯坏了一个多星期，晚上很不安全，请尽快维修。",
    "预约时间想改到下周三上午，可以吗？",
    "申请人在外地出差，由家属代为办理，授权委托书已上传。",
    "营业执照地址变更后，税务信息是否需要同步变更？",
    "建议在办事大厅增加自助打印机。",
    "已现场核查，情况属实，同意办理。",
    "请补充近三个月的社保缴纳证明。",
]
TITLES = ["关于小区停车难的建议", "咨询灵活就业社保缴费", "投诉噪音扰民", "新生儿医保办理咨询", "路面积水问题反映"]
SURNAME_POOL = ["张", "王", "李", "陈", "刘", "杨", "黄", "吴", "周", "徐"]


def company(c: Corpus) -> str:
    return (
        f"{c.pick(['浙江', '杭州', '宁波', '温州', '绍兴'])}{c.pick(['数智', '之江', '钱塘', '甬城', '东海'])}"
        + c.pick(["科技有限公司", "建设有限公司", "商贸有限公司", "餐饮管理有限公司"])
    )


def address(c: Corpus) -> str:
    return f"浙江省{c.pick(list(CITIES.values()))}{c.pick(DISTRICTS)}{c.pick(ROADS)}{c.num(1, 999)}号"


def ymd(c: Corpus, lo: int = -60, hi: int = 30) -> str:
    return f"{c.day(lo, hi):%Y-%m-%d}"


def b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def jwt(claims: dict, key: bytes, alg: str = "HS256") -> str:
    """A JWT (RFC 7519) signed with HMAC (HS256 or HS512) under ``key``: what the back end issued."""
    digest = {"HS256": hashlib.sha256, "HS512": hashlib.sha512}[alg]
    head = b64url(js_json({"alg": alg, "typ": "JWT"} if alg == "HS256" else {"alg": alg}).encode())
    body = b64url(js_json(claims).encode())
    sig = hmac.new(key, f"{head}.{body}".encode(), digest).digest()
    return f"{head}.{body}.{b64url(sig)}"


def php_json(doc: object) -> str:
    """PHP's json_encode with its default flags: compact, non-ASCII as \\uXXXX and "/" as "\\/"."""
    return json.dumps(doc, separators=(",", ":"), ensure_ascii=True).replace("/", "\\/")


def xlsx(rows: list[list[str]]) -> bytes:
    """A minimal Excel workbook (OOXML, inline strings), fixed timestamps so the bytes are deterministic."""
    cells = "".join(
        "<row>" + "".join(f'<c t="inlineStr"><is><t>{v}</t></is></c>' for v in row) + "</row>" for row in rows
    )
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
        'package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override '
        'PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.'
        'main+xml"/></Types>',
        "xl/workbook.xml": f'<?xml version="1.0" encoding="UTF-8"?><workbook {ns} xmlns:r="{rel}"><sheets><sheet '
        'name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/worksheets/sheet1.xml": f'<?xml version="1.0" encoding="UTF-8"?><worksheet {ns}><sheetData>{cells}'
        "</sheetData></worksheet>",
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            z.writestr(zipfile.ZipInfo(name, (2027, 1, 1, 0, 0, 0)), text)
    return out.getvalue()


XLSX_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def an_upload(c: Corpus) -> tuple[str, str, bytes]:
    """(file name, type, bytes) of an attachment: a scan, a photo, a screenshot or a Word file."""
    kind = c.pick(["pdf", "jpg", "png", "docx"])
    base = c.pick(["营业执照", "身份证正面", "申请表", "现场照片", "授权委托书", "IMG_2027" + c.digits(4), "scan"])
    if kind == "pdf":
        return f"{base}.pdf", "application/pdf", pdf_head(c, c.num(600, 2400))
    if kind == "jpg":
        return f"{base}.jpg", "image/jpeg", jpeg(c, c.num(600, 2400))
    if kind == "png":
        return f"{base}.png", "image/png", png(c, c.num(400, 1600))
    return f"{base}.docx", DOCX_CT, docx([base, f"申请人：{c.person()}", c.pick(REMARKS)])


def xhr(
    c: Corpus,
    ref: str,
    accept: str = "*/*",
    ctype: str | None = None,
    cookie: str | bool = False,
    extra: dict[str, str] | None = None,
    mobile: float = 0.25,
) -> dict[str, str]:
    """A fetch/XMLHttpRequest from a page of the site."""
    return c.headers(c.browser(mobile), "xhr", accept, ctype, ref, cookie=cookie, extra=extra)


def nav(c: Corpus, ref: str | None, cookie: str | bool = False, ctype: str | None = None, mobile: float = 0.3) -> dict:
    return c.headers(c.browser(mobile), "nav", ctype=ctype, referer=ref, cookie=cookie)


def upload_xhr(
    c: Corpus, ref: str, parts: list, accept: str = AXIOS_ACCEPT, cookie: str | bool = False, extra: dict | None = None
) -> tuple[dict[str, str], bytes]:
    """A FormData upload from a page: (headers, body)."""
    b = c.browser(0.2)
    ctype, body = c.multipart(b, parts)
    return c.headers(b, "xhr", accept, ctype, ref, cookie=cookie, extra=extra), body


def script(c: Corpus, ref: str) -> dict[str, str]:
    h = xhr(c, ref)
    if "Sec-Fetch-Mode" in h:
        h["Sec-Fetch-Mode"], h["Sec-Fetch-Dest"] = "no-cors", "script"
    return h


IMG_ACCEPT = "image/avif,image/webp,image/apng,image/svg+xml,image/*,*/*;q=0.8"


def image(c: Corpus, ref: str) -> dict[str, str]:
    return c.headers(c.browser(0.4), "img", IMG_ACCEPT, referer=ref, cookie=False)


# --- ruoyi-vue-admin ---------------------------------------------------------------------------------------

RUOYI_SECRET = b"zjzwRuoYiTokenSecret2027abcdefghijklmnopqrstuvwxyz"  # this generator's token.secret
RUOYI = "/prod-api"
RUOYI_JSON = "application/json;charset=utf-8"


def tans_params(params: list[tuple[str, object]]) -> str:
    """RuoYi's tansParams: encodeURIComponent names and values, objects as name[key], empty values left out."""
    out = []
    for name, value in params:
        if isinstance(value, dict):
            out += [f"{uri(f'{name}[{k}]')}={uri(v)}" for k, v in value.items() if v not in (None, "")]
        elif value not in (None, ""):
            out.append(f"{uri(name)}={uri(value)}")
    return "&".join(out)


def ruoyi_token(c: Corpus) -> str:
    return jwt({"login_user_key": c.uid()}, RUOYI_SECRET, "HS512")


def ruoyi_h(c: Corpus, page: str, ctype: str | None = None, extra: dict | None = None) -> dict[str, str]:
    token = ruoyi_token(c)
    cookie = f"sidebarStatus={c.pick(['0', '1'])}; Admin-Token={token}"
    return xhr(c, SITE + page, AXIOS_ACCEPT, ctype, cookie, {"Authorization": f"Bearer {token}", **(extra or {})})


def date_range(c: Corpus) -> dict[str, str]:
    start = c.day(-120, -10)
    return {"beginTime": f"{start:%Y-%m-%d}", "endTime": f"{start + timedelta(days=c.num(1, 90)):%Y-%m-%d}"}


@family("ruoyi-vue-admin")
def ruoyi_vue_admin(c: Corpus) -> None:
    f = "ruoyi-vue-admin"
    login_ref = f"{SITE}/login?redirect=%2Findex"
    for _ in range(N):
        c.add(
            f,
            "captcha-image",
            "GET",
            f"{RUOYI}/captchaImage",
            xhr(c, login_ref, AXIOS_ACCEPT, extra={"isToken": "false"}),
        )
    for _ in range(N):
        doc = {
            "username": c.pick(["admin", "zwfw", "sjj"]) + c.digits(c.pick([0, 3])),
            "password": c.alnum(12),
            "code": str(c.num(0, 99)),
            "uuid": c.hexs(16),
        }
        h = xhr(
            c, login_ref, AXIOS_ACCEPT, RUOYI_JSON, "sidebarStatus=0", {"isToken": "false", "repeatSubmit": "false"}
        )
        c.add(f, "login", "POST", f"{RUOYI}/login", h, js_doc(doc))
    for _ in range(N):
        c.add(f, "get-info", "GET", f"{RUOYI}/getInfo", ruoyi_h(c, "/index"))
    for _ in range(N):
        c.add(f, "get-routers", "GET", f"{RUOYI}/getRouters", ruoyi_h(c, "/index"))
    for _ in range(N):
        params = [
            ("pageNum", c.num(1, 12)),
            ("pageSize", c.pick([10, 20, 50])),
            ("userName", c.pick(["", "", "zhangwei", "admin"])),
            ("phonenumber", c.pick(["", c.mobile()[:7]])),
            ("status", c.pick(["", "0", "1"])),
            ("deptId", c.pick(["", str(c.num(100, 120))])),
            ("params", date_range(c) if c.chance(0.7) else {}),
        ]
        c.add(f, "user-list", "GET", f"{RUOYI}/system/user/list?{tans_params(params)}", ruoyi_h(c, "/system/user"))
    for _ in range(N):
        params = [
            ("pageNum", c.num(1, 30)),
            ("pageSize", 10),
            ("title", c.pick(["", "用户管理", "通知公告", "信访登记"])),
            ("operName", c.pick(["", "admin"])),
            ("businessType", c.pick(["", "1", "2", "3"])),
            ("params", date_range(c)),
            ("orderByColumn", c.pick(["operTime", "costTime"])),
            ("isAsc", c.pick(["descending", "ascending"])),
        ]
        path = f"{RUOYI}/monitor/operlog/list?{tans_params(params)}"
        c.add(f, "operlog-list", "GET", path, ruoyi_h(c, "/monitor/operlog"))
    for _ in range(N):
        dict_type = c.pick(["sys_normal_disable", "sys_user_sex", "xf_source", "xf_status", "sys_notice_type"])
        c.add(f, "dict-data", "GET", f"{RUOYI}/system/dict/data/type/{dict_type}", ruoyi_h(c, "/xfgl/djb"))
    for _ in range(N):
        doc = {
            "xfId": None,
            "xfrName": c.person(),
            "xfrPhone": c.mobile(),
            "xfSource": c.pick(["1", "2", "3"]),
            "xfTitle": c.pick(TITLES),
            "xfContent": c.pick(REMARKS),
            "xfAddress": address(c),
            "areaCode": c.pick(list(CITIES)),
            "occurDate": ymd(c),
            "remark": c.pick(["", "来电登记"]),
        }
        c.add(f, "business-add", "POST", f"{RUOYI}/xfgl/djb", ruoyi_h(c, "/xfgl/djb", RUOYI_JSON), js_doc(doc))
    for _ in range(N):
        params = [
            ("pageNum", 1),
            ("pageSize", 10),
            ("userName", c.pick(["", "zhang"])),
            ("status", c.pick(["", "0"])),
            ("params", date_range(c) if c.chance(0.5) else {}),
        ]
        h = ruoyi_h(c, "/system/user", "application/x-www-form-urlencoded")
        c.add(f, "export-form", "POST", f"{RUOYI}/system/user/export", h, tans_params(params))
    for _ in range(N):
        h, body = upload_xhr(c, f"{SITE}/xfgl/djb", [("file", an_upload(c))])
        token = ruoyi_token(c)
        h["Authorization"], h["Cookie"] = f"Bearer {token}", f"sidebarStatus=0; Admin-Token={token}"
        c.add(f, "common-upload", "POST", f"{RUOYI}/common/upload", h, body)


# --- jeecg-boot-admin ---------------------------------------------------------------------------------------

JEECG = "/jeecg-boot"
JEECG_SECRET = "zj2027a9c4e1b7d3f5068sign"  # this generator's jeecg.signatureSecret
JEECG_KEY = b"jeecg-user-password-hash-2027"  # signs the X-Access-Token JWT (JeecgBoot uses the user's secret)
JEECG_JSON = "application/json;charset=UTF-8"
JEECG_FIELDS = [("xfrName", "string"), ("xfTitle", "string"), ("occurDate", "date"), ("xfStatus", "string")]
JEECG_DICTS = ["xf_status", "sex", "sys_depart,depart_name,id", "sys_user,realname,username", "zj_area,name,code"]


def jeecg_token(c: Corpus) -> str:
    exp = c.ms() // 1000 + 1800
    return jwt({"exp": exp, "username": c.pick(["admin", "xfb_wang", "jd_chen", "sjzx01"])}, JEECG_KEY)


def jeecg_h(c: Corpus, page: str, ctype: str | None = None, extra: dict | None = None) -> dict[str, str]:
    head = {"X-Access-Token": jeecg_token(c), "X-Tenant-Id": str(c.pick([0, 1000, 1002])), "X-Version": "v3"}
    return xhr(c, SITE + page, AXIOS_ACCEPT, ctype, False, {**head, **(extra or {})})


def jeecg_sign(path: str, params: dict[str, object]) -> str:
    """signMd5Utils.getSign: the last path segment (when it lists a table dict) and the params without _t, keys
    sorted, JSON.stringify, the secret appended, MD5, upper case."""
    obj: dict[str, object] = {}
    last = path.rsplit("/", 1)[1]
    if "," in last:
        obj["x-path-variable"] = last
    obj.update({k: v for k, v in params.items() if k != "_t"})
    return hashlib.md5((js_json(dict(sorted(obj.items()))) + JEECG_SECRET).encode()).hexdigest().upper()  # noqa: S324


def super_query(c: Corpus) -> list[dict]:
    out = []
    for field, kind in c.sample(JEECG_FIELDS, c.num(1, 3)):
        val = {
            "xfrName": c.pick(SURNAME_POOL),
            "xfTitle": c.pick(["停车", "噪音", "社保", "路灯"]),
            "occurDate": ymd(c),
            "xfStatus": c.pick(["1", "2", "3"]),
        }[field]
        rule = {"string": c.pick(["like", "eq"]), "date": c.pick(["ge", "le"])}[kind]
        out.append({"field": field, "rule": rule, "val": val, "type": kind, "dbType": kind})
    return out


@family("jeecg-boot-admin")
def jeecg_boot_admin(c: Corpus) -> None:
    f = "jeecg-boot-admin"
    login = f"{SITE}/login?redirect=/dashboard/analysis"
    for _ in range(N):
        key = c.ms()
        c.add(
            f,
            "random-image",
            "GET",
            f"{JEECG}/sys/randomImage/{key}?_t={key + c.num(1, 40)}",
            xhr(c, login, AXIOS_ACCEPT),
        )
    for _ in range(N):
        doc = {
            "username": c.pick(["admin", "xfb_wang", "jd_chen"]),
            "password": c.alnum(10),
            "captcha": c.alnum(4, "abcdefghjkmnpqrstuvwxyz23456789"),
            "checkKey": c.ms(),
        }
        h = xhr(c, login, AXIOS_ACCEPT, JEECG_JSON, False, {"X-Tenant-Id": "0", "X-Version": "v3"})
        c.add(f, "login", "POST", f"{JEECG}/sys/login", h, js_doc(doc))
    for _ in range(N):
        path = f"{JEECG}/sys/permission/getUserPermissionByToken?_t={c.ms()}"
        c.add(f, "user-permission", "GET", path, jeecg_h(c, "/dashboard/analysis"))
    for _ in range(N):
        sq = super_query(c)
        params = [
            ("_t", c.ms()),
            ("column", c.pick(["createTime", "occurDate"])),
            ("order", c.pick(["desc", "asc"])),
            ("pageNo", c.num(1, 9)),
            ("pageSize", c.pick([10, 20, 30])),
            ("superQueryMatchType", c.pick(["and", "or"])),
            ("superQueryParams", urllib.parse.quote(js_json(sq), safe="-_.!~*'();/?:@&=+$,#")),  # encodeURI
        ]
        c.add(f, "list-superquery", "GET", f"{JEECG}/xfgl/xfDj/list?{qs(params, uri)}", jeecg_h(c, "/xfgl/xfDjList"))
    for _ in range(N):
        dict_code = c.pick(JEECG_DICTS)
        t = c.ms()
        params: dict[str, object] = {"_t": t}
        path = f"{JEECG}/sys/dict/getDictItems/{dict_code}"
        extra = {"X-Sign": jeecg_sign(path, params), "X-TIMESTAMP": str(t + c.num(0, 3))}
        c.add(f, "dict-items", "GET", f"{path}?{qs(params, uri)}", jeecg_h(c, "/xfgl/xfDjList", extra=extra))
    for _ in range(N):
        params = [
            ("_t", c.ms()),
            ("column", "id"),
            ("order", "desc"),
            ("pageNo", c.num(1, 5)),
            ("pageSize", 10),
            ("superQueryMatchType", "and"),
        ]
        if c.chance(0.6):
            params.append(("sqr_name", f"*{c.pick(SURNAME_POOL)}*"))
        head = c.hexs(16)
        path = f"{JEECG}/online/cgform/api/getData/{head}?{qs(params, uri)}"
        c.add(f, "online-form-data", "GET", path, jeecg_h(c, f"/online/cgformList/{head}"))
    for _ in range(N):
        doc = {
            "xfrName": c.person(),
            "xfrPhone": c.mobile(),
            "xfrIdcard": c.idcard(),
            "xfTitle": c.pick(TITLES),
            "xfContent": c.pick(REMARKS),
            "occurDate": ymd(c),
            "areaCode": c.pick(list(CITIES)),
            "xfStatus": "1",
        }
        c.add(f, "add-json", "POST", f"{JEECG}/xfgl/xfDj/add", jeecg_h(c, "/xfgl/xfDjList", JEECG_JSON), js_doc(doc))
    for _ in range(N):
        h, body = upload_xhr(
            c, f"{SITE}/xfgl/xfDjList", [("biz", c.pick(["temp", "xfgl", "jeditor"])), ("file", an_upload(c))]
        )
        h.update({"X-Access-Token": jeecg_token(c), "X-Tenant-Id": "1000", "X-Version": "v3"})
        c.add(f, "common-upload", "POST", f"{JEECG}/sys/common/upload", h, body)
    for _ in range(N):
        params = [
            ("_t", c.ms()),
            ("column", "createTime"),
            ("order", "desc"),
            ("field", "id,,xfrName,xfTitle,occurDate,xfStatus_dictText"),
            ("selections", ",".join(str(c.num(10**17, 10**18)) for _ in range(c.num(0, 3)))),
        ]
        path = f"{JEECG}/xfgl/xfDj/exportXls?{qs(params, uri)}"
        c.add(f, "export-xls", "GET", path, jeecg_h(c, "/xfgl/xfDjList"))
    for _ in range(N):
        rows = [["信访人", "标题", "日期"]] + [[c.person(), c.pick(TITLES), ymd(c)] for _ in range(c.num(1, 5))]
        h, body = upload_xhr(
            c, f"{SITE}/xfgl/xfDjList", [("file", (f"信访登记_{c.digits(4)}.xlsx", XLSX_CT, xlsx(rows)))]
        )
        h.update({"X-Access-Token": jeecg_token(c), "X-Tenant-Id": "1000", "X-Version": "v3"})
        c.add(f, "import-excel", "POST", f"{JEECG}/xfgl/xfDj/importExcel", h, body)


# --- nextjs-app-router ---------------------------------------------------------------------------------------

NEXT_BUILD = "Zj2027gov_bsfw9Kq"
NEXT_SECTIONS = {"zwgk": ["tzgg", "zcwj", "rsxx"], "bsfw": ["grbs", "frbs", "zxyy"], "hdjl": ["zxts", "myzj"]}
ACTION_IDS = [hashlib.sha1(f"zjzw-action-{i}".encode()).hexdigest() for i in range(6)]  # noqa: S324 - action ids


def router_tree(segments: list[str]) -> list:
    """The FlightRouterState the client holds: ["", {children: [segment, {children: …}]}, url, refresh, isRoot]."""
    node: list = ["__PAGE__", {}]
    for seg in reversed(segments):
        node = [seg if not seg.isdigit() else ["id", seg, "d"], {"children": node}]
    return ["", {"children": node}, None, None, True]


def next_segments(c: Corpus) -> list[str]:
    sec = c.pick(list(NEXT_SECTIONS))
    segs = [sec, c.pick(NEXT_SECTIONS[sec])]
    return segs + ([str(c.num(1000, 99999))] if c.chance(0.4) else [])


def rsc_hash(c: Corpus) -> str:
    return c.alnum(5, "abcdefghijklmnopqrstuvwxyz0123456789")


def next_flight(
    c: Corpus, cur: list[str], accept: str, extra: dict[str, str], ctype: str | None = None
) -> dict[str, str]:
    """A fetch of the App Router: the router state tree it holds, URL-encoded, and the flight headers."""
    head = {"Next-Router-State-Tree": uri(js_json(router_tree(cur))), **extra}
    return xhr(c, SITE + "/" + "/".join(cur), accept, ctype, extra=head, mobile=0.4)


@family("nextjs-app-router")
def nextjs_app_router(c: Corpus) -> None:
    f = "nextjs-app-router"
    for _ in range(N):
        cur, to = next_segments(c), next_segments(c)
        extra = {"RSC": "1"} | ({"Next-Url": "/" + "/".join(cur)} if c.chance(0.3) else {})
        c.add(
            f, "rsc-navigation", "GET", "/" + "/".join(to) + f"?_rsc={rsc_hash(c)}", next_flight(c, cur, "*/*", extra)
        )
    for _ in range(N):
        cur, to = next_segments(c), next_segments(c)
        extra = {"RSC": "1", "Next-Router-Prefetch": "1"}
        c.add(f, "rsc-prefetch", "GET", "/" + "/".join(to) + f"?_rsc={rsc_hash(c)}", next_flight(c, cur, "*/*", extra))
    for _ in range(N):
        cur = ["bsfw", "zxyy"]
        args = [{"matter": c.pick(MATTERS), "date": ymd(c, 1, 20), "slot": c.pick(["09:00-10:00", "14:00-15:00"])}]
        h = next_flight(c, cur, "text/x-component", {"Next-Action": c.pick(ACTION_IDS)}, "text/plain;charset=UTF-8")
        c.add(f, "server-action-json", "POST", "/bsfw/zxyy", h, js_json(args))
    for _ in range(N):
        cur = ["hdjl", "zxts"]
        b = c.browser(0.3)
        ctype, body = c.multipart(
            b,
            [
                ("1_title", c.pick(TITLES)),
                ("1_content", c.pick(REMARKS)),
                ("1_phone", c.mobile()),
                ("1_area", c.pick(list(CITIES))),
                ("0", '["$K1"]'),
            ],
        )
        head = {"Next-Router-State-Tree": uri(js_json(router_tree(cur))), "Next-Action": c.pick(ACTION_IDS)}
        h = c.headers(b, "xhr", "text/x-component", ctype, SITE + "/hdjl/zxts", cookie=False, extra=head)
        c.add(f, "server-action-formdata", "POST", "/hdjl/zxts", h, body)
    for _ in range(N):
        aid = c.pick(ACTION_IDS)
        fields = [(f"$ACTION_ID_{aid}", ""), ("keyword", c.pick(SEARCHES)), ("area", c.pick(list(CITIES)))]
        b = c.browser(0.4)
        ctype, body = c.multipart(b, fields)
        c.add(
            f,
            "progressive-form",
            "POST",
            "/bsfw/grbs",
            c.headers(b, "nav", ctype=ctype, referer=f"{SITE}/bsfw/grbs", cookie=False),
            body,
        )
    for _ in range(N):
        src = f"/uploads/{c.num(2025, 2027)}/{c.num(1, 12):02d}/{c.hexs(8)}.{c.pick(['jpg', 'png', 'webp'])}"
        q = f"url={uri(src)}&w={c.pick([256, 384, 640, 750, 828, 1080, 1200, 1920])}&q={c.pick([75, 75, 80, 90])}"
        c.add(f, "next-image", "GET", f"/_next/image?{q}", image(c, f"{SITE}/zwgk/tzgg"))
    for _ in range(N):
        nid = c.num(10000, 99999)
        path = f"/_next/data/{NEXT_BUILD}/zh-CN/news/{nid}.json?id={nid}"
        c.add(f, "next-data", "GET", path, xhr(c, f"{SITE}/zh-CN/news", "*/*", extra={"x-nextjs-data": "1"}))
    for _ in range(N):
        sec = c.pick(list(NEXT_SECTIONS))
        name = c.pick([f"app/{sec}/page", f"app/{sec}/layout", "main-app", "webpack", f"{c.num(100, 999)}"])
        c.add(f, "static-chunk", "GET", f"/_next/static/chunks/{name}-{c.hexs(8)}.js", script(c, f"{SITE}/{sec}"))
    for _ in range(N):
        q = [("q", c.pick(SEARCHES)), ("page", c.num(1, 5)), ("type", c.pick(["all", "matter", "policy"]))]
        c.add(f, "route-handler", "GET", f"/api/search?{qs(q, form)}", xhr(c, f"{SITE}/search", "*/*", mobile=0.5))
    navigations(c, f, "app-page", lambda: "/" + "/".join(next_segments(c)), f"{SITE}/", 0.3)


# --- nuxt3-vue-ssr ------------------------------------------------------------------------------------------

NUXT_BUILD = "7c1e52a9-4b3d-4f0e-9a61-2d8e0c7f5b14"
ISLANDS = ["WeatherCard", "NoticeTicker", "MatterGuide", "PolicyDigest"]


def ufo(value: object) -> str:
    """ufo's encodeQueryValue as $fetch writes a query: encodeURI-like, space as +, & # + = escaped."""
    text = urllib.parse.quote(str(value), safe="-_.!~*'();/?:@$,[]|^`{}")
    return text.replace("%20", "+")


@family("nuxt3-vue-ssr")
def nuxt3_vue_ssr(c: Corpus) -> None:
    f = "nuxt3-vue-ssr"
    for _ in range(N):
        page = c.pick([f"/news/{c.num(1000, 9999)}", "/zwgk/tzgg", f"/bsfw/matter/{c.num(100, 999)}"])
        c.add(f, "payload-json", "GET", f"{page}/_payload.json?{NUXT_BUILD}", xhr(c, f"{SITE}/", "*/*", mobile=0.4))
    for _ in range(N):
        name = c.pick(ISLANDS)
        props = {"area": c.pick(list(CITIES)), "limit": c.pick([3, 5, 8])}
        if name == "MatterGuide":
            props["matter"] = c.pick(MATTERS)
        key = f"{name}_{c.alnum(10)}"
        q = f"props={ufo(js_json(props))}"
        c.add(f, "nuxt-island", "GET", f"/__nuxt_island/{key}.json?{q}", xhr(c, f"{SITE}/", "*/*"))
    for _ in range(N):
        params = {
            "first": c.pick([False, True]),
            "where": [{"_path": f"/zcjd/{c.num(2025, 2027)}", "_partial": False}],
            "sort": [{"date": -1}],
            "only": ["title", "date", "_path", "summary"],
            "limit": c.pick([10, 20]),
            "skip": c.pick([0, 10, 20]),
        }
        h = hashlib.md5(js_json(params).encode()).hexdigest()[:10]  # noqa: S324 - ohash in outline
        path = f"/api/_content/query/{h}.{c.ms()}.json?_params={uri(js_json(params))}"
        c.add(f, "content-query", "GET", path, xhr(c, f"{SITE}/zcjd", "*/*"))
    for _ in range(N):
        q = [("keyword", c.pick(SEARCHES)), ("area", c.pick(list(CITIES))), ("page", c.num(1, 6)), ("size", 10)]
        c.add(
            f,
            "ofetch-get",
            "GET",
            "/api/matters?" + "&".join(f"{k}={ufo(v)}" for k, v in q),
            xhr(c, f"{SITE}/bsfw", "application/json"),
        )
    for _ in range(N):
        doc = {
            "title": c.pick(TITLES),
            "content": c.pick(REMARKS),
            "name": c.person(),
            "phone": c.mobile(),
            "public": c.pick([True, False]),
            "area": c.pick(list(CITIES)),
        }
        h = xhr(c, f"{SITE}/hdjl/letter", "application/json", "application/json", mobile=0.5)
        c.add(f, "ofetch-post-json", "POST", "/api/letters", h, js_doc(doc))
    for _ in range(N):
        icons = ",".join(
            c.sample(["home", "account", "file-document", "magnify", "phone", "map-marker", "calendar"], 3)
        )
        coll = c.pick(["mdi", "ep", "ri"])
        c.add(f, "nuxt-icon", "GET", f"/api/_nuxt_icon/{coll}.json?icons={uri(icons)}", xhr(c, f"{SITE}/", "*/*"))
    for _ in range(N):
        mods = c.pick(["f_webp&s_640x360", "w_750", "f_webp&q_80&s_320x200", "w_1200&f_avif"])
        c.add(f, "ipx-image", "GET", f"/_ipx/{mods}/images/news/{c.hexs(6)}.jpg", image(c, f"{SITE}/news"))
    for _ in range(N):
        c.add(
            f,
            "build-asset",
            "GET",
            f"/_nuxt/{c.pick(['entry', 'index', 'default', 'news'])}.{c.b64(6, True)}.js",
            script(c, f"{SITE}/"),
        )
    for _ in range(N):
        path = c.pick([f"/_nuxt/builds/meta/{NUXT_BUILD}.json", "/_nuxt/builds/latest.json"])
        c.add(f, "builds-meta", "GET", f"{path}?{c.ms()}" if "latest" in path else path, xhr(c, f"{SITE}/", "*/*"))
    navigations(
        c, f, "ssr-page", lambda: c.pick(["/", "/zwgk/tzgg", f"/news/{c.num(1000, 9999)}", "/bsfw"]), f"{SITE}/", 0.4
    )


# --- trpc-t3-stack -------------------------------------------------------------------------------------------

TRPC_QUERIES = {  # procedure: input maker
    "matter.list": lambda c: {"area": c.pick(list(CITIES)), "keyword": c.pick(SEARCHES), "limit": 20},
    "matter.byId": lambda c: {"id": c.uid()},
    "notice.latest": lambda c: {"limit": c.pick([5, 10])},
    "user.me": lambda c: None,
    "appointment.slots": lambda c: {"hallId": c.num(1, 40), "date": ymd(c, 1, 14)},
    "dict.areas": lambda c: {"parent": "330000"},
}


def trpc_input(c: Corpus, proc: str, superjson: bool) -> dict:
    value = TRPC_QUERIES[proc](c)
    if not superjson:
        return value
    if value is None:
        return {"json": None, "meta": {"values": ["undefined"]}}
    return {"json": value}


def trpc_h(c: Corpus, ref: str, ctype: str | None = None, extra: dict | None = None) -> dict[str, str]:
    cookie = f"next-auth.session-token={c.uid()}" if c.chance(0.7) else False
    return xhr(c, SITE + ref, "*/*", ctype, cookie, {"x-trpc-source": "nextjs-react", **(extra or {})}, 0.4)


@family("trpc-t3-stack")
def trpc_t3_stack(c: Corpus) -> None:
    f = "trpc-t3-stack"
    for _ in range(N):
        procs = c.sample(list(TRPC_QUERIES), c.num(2, 4))
        inputs = {str(i): trpc_input(c, p, True) for i, p in enumerate(procs)}
        path = f"/api/trpc/{','.join(procs)}?batch=1&input={uri(js_json(inputs))}"
        c.add(f, "batch-query", "GET", path, trpc_h(c, "/bsfw"))
    for _ in range(N):
        procs = c.sample(list(TRPC_QUERIES), c.num(1, 3))
        inputs = {str(i): trpc_input(c, p, False) for i, p in enumerate(procs)}
        path = f"/api/trpc/{','.join(procs)}?batch=1&input={uri(js_json(inputs))}"
        c.add(f, "batch-query-plain", "GET", path, trpc_h(c, "/"))
    for _ in range(N):
        start = c.day(-60, -1)
        doc = {
            "json": {
                "from": f"{start:%Y-%m-%d}T16:00:00.000Z",
                "to": f"{start + timedelta(days=c.num(1, 30)):%Y-%m-%d}T16:00:00.000Z",
                "status": c.pick(["pending", "done"]),
            }
        }
        doc["meta"] = {"values": {"from": ["Date"], "to": ["Date"]}}
        path = f"/api/trpc/appointment.mine?batch=1&input={uri(js_json({'0': doc}))}"
        c.add(f, "superjson-dates", "GET", path, trpc_h(c, "/user/appointments"))
    for _ in range(N):
        cursor = c.pick([None, c.uid()])
        inp = {"json": {"limit": 20, "cursor": cursor, "direction": "forward", "column": c.pick(["tzgg", "zcjd"])}}
        path = f"/api/trpc/notice.infinite?batch=1&input={uri(js_json({'0': inp}))}"
        c.add(f, "infinite-query", "GET", path, trpc_h(c, "/zwgk"))
    for _ in range(N):
        procs = c.sample(list(TRPC_QUERIES), 2)
        inputs = {str(i): trpc_input(c, p, True) for i, p in enumerate(procs)}
        path = f"/api/trpc/{','.join(procs)}?batch=1&input={uri(js_json(inputs))}"
        c.add(f, "stream-batch", "GET", path, trpc_h(c, "/", extra={"trpc-accept": "application/jsonl"}))
    for _ in range(N):
        doc = {
            "0": {
                "json": {
                    "hallId": c.num(1, 40),
                    "matter": c.pick(MATTERS),
                    "date": ymd(c, 1, 14),
                    "slot": c.pick(["09:00-09:30", "10:30-11:00", "14:00-14:30"]),
                    "name": c.person(),
                    "phone": c.mobile(),
                }
            }
        }
        path = "/api/trpc/appointment.create?batch=1"
        c.add(f, "mutation-batch", "POST", path, trpc_h(c, "/bsfw/yuyue", "application/json"), js_doc(doc))
    for _ in range(N):
        doc = {
            "json": {"score": c.num(1, 5), "comment": c.pick(REMARKS), "matterId": c.uid(), "anonymous": c.chance(0.3)}
        }
        c.add(
            f,
            "mutation-single",
            "POST",
            "/api/trpc/feedback.submit",
            trpc_h(c, "/bsfw/pj", "application/json"),
            js_doc(doc),
        )
    for _ in range(N):
        c.add(f, "auth-session", "GET", "/api/auth/session", trpc_h(c, "/"))
    for _ in range(N):
        body = [
            ("username", c.pick(["zj", "hz", "nb"]) + c.digits(6)),
            ("password", c.alnum(10)),
            ("redirect", "false"),
            ("csrfToken", c.hexs(32)),
            ("callbackUrl", f"{SITE}/user"),
            ("json", "true"),
        ]
        h = xhr(
            c,
            f"{SITE}/login",
            "*/*",
            "application/x-www-form-urlencoded",
            f"next-auth.csrf-token={c.hexs(32)}%7C{c.hexs(32)}",
        )
        c.add(f, "auth-credentials", "POST", "/api/auth/callback/credentials", h, qs(body, form))
    navigations(c, f, "app-page", lambda: c.pick(["/", "/bsfw", "/bsfw/yuyue", "/user/appointments"]), f"{SITE}/", 0.4)


# --- htmx-hotwire-turbo ---------------------------------------------------------------------------------------


def hx(c: Corpus, cur: str, trigger: str, target: str, name: str | None = None, **kw: str) -> dict[str, str]:
    extra = {"HX-Request": "true", "HX-Trigger": trigger, "HX-Target": target, "HX-Current-URL": SITE + cur}
    if name:
        extra["HX-Trigger-Name"] = name
    extra.update(kw)
    return extra


def csrf(c: Corpus) -> str:
    return c.alnum(64)


@family("htmx-hotwire-turbo")
def htmx_hotwire_turbo(c: Corpus) -> None:
    f = "htmx-hotwire-turbo"
    for _ in range(N):
        q = [("q", c.pick(SEARCHES)), ("area", c.pick(list(CITIES)))]
        h = xhr(c, f"{SITE}/bsfw/", "*/*", extra=hx(c, "/bsfw/", "search-input", "search-results", "q"))
        c.add(f, "hx-get-search", "GET", f"/bsfw/search?{qs(q, form)}", h)
    for _ in range(N):
        token = csrf(c)
        body = [
            ("csrfmiddlewaretoken", token),
            ("title", c.pick(TITLES)),
            ("content", c.pick(REMARKS)),
            ("phone", c.mobile()),
        ]
        h = xhr(
            c,
            f"{SITE}/hdjl/ly/",
            "*/*",
            "application/x-www-form-urlencoded",
            f"csrftoken={c.alnum(32)}",
            hx(c, "/hdjl/ly/", "ly-form", "ly-form"),
        )
        c.add(f, "hx-post-form", "POST", "/hdjl/ly/", h, qs(body, form))
    for _ in range(N):
        sid = c.num(100, 9999)
        body = [("sxId", sid), ("action", c.pick(["fav", "unfav"]))]
        extra = hx(c, f"/bsfw/sx/{sid}/", f"fav-{sid}", f"fav-{sid}", **{"X-CSRFToken": c.alnum(64)})
        h = xhr(
            c, f"{SITE}/bsfw/sx/{sid}/", "*/*", "application/x-www-form-urlencoded", f"csrftoken={c.alnum(32)}", extra
        )
        c.add(f, "hx-vals-headers", "POST", f"/bsfw/sx/{sid}/favorite/", h, qs(body, form))
    for _ in range(N):
        cur = c.pick(["/zwgk/", "/bsfw/", "/hdjl/"])
        to = f"/zwgk/tzgg/{c.num(1000, 9999)}/"
        extra = {"HX-Request": "true", "HX-Boosted": "true", "HX-Current-URL": SITE + cur}
        c.add(f, "hx-boosted-link", "GET", to, xhr(c, SITE + cur, "*/*", extra=extra))
    for _ in range(N):
        h = xhr(
            c,
            f"{SITE}/user/",
            "*/*",
            cookie=f"sessionid={c.alnum(32, 'abcdefghijklmnopqrstuvwxyz0123456789')}",
            extra=hx(c, "/user/", "notice-badge", "notice-badge"),
        )
        c.add(f, "hx-poll", "GET", "/user/notices/count/", h)
    for _ in range(N):
        b = c.browser(0.3)
        ctype, body = c.multipart(
            b,
            [
                ("csrfmiddlewaretoken", csrf(c)),
                ("kind", c.pick(["idcard", "license", "photo"])),
                ("file", an_upload(c)),
            ],
        )
        extra = hx(c, "/bsfw/sq/upload/", "upload-form", "upload-list")
        h = c.headers(b, "xhr", "*/*", ctype, f"{SITE}/bsfw/sq/upload/", cookie=f"csrftoken={c.alnum(32)}", extra=extra)
        c.add(f, "hx-upload", "POST", "/bsfw/sq/upload/", h, body)
    for _ in range(N):
        q = [("page", c.num(2, 30)), ("column", c.pick(["tzgg", "zcjd", "rsxx"]))]
        h = xhr(c, f"{SITE}/zwgk", "text/html, application/xhtml+xml", extra={"Turbo-Frame": "article_list"})
        c.add(f, "turbo-frame", "GET", f"/zwgk/articles?{qs(q, form)}", h)
    for _ in range(N):
        token = c.b64(64)
        body = [
            ("authenticity_token", token),
            ("appointment[hall_id]", c.num(1, 30)),
            ("appointment[matter]", c.pick(MATTERS)),
            ("appointment[date]", ymd(c, 1, 14)),
            ("appointment[name]", c.person()),
            ("appointment[phone]", c.mobile()),
            ("commit", "提交预约"),
        ]
        accept = "text/vnd.turbo-stream.html, text/html, application/xhtml+xml"
        cookie = f"_zwfw_session={c.b64(96)}"
        h = xhr(
            c,
            f"{SITE}/appointments/new",
            accept,
            "application/x-www-form-urlencoded;charset=UTF-8",
            cookie,
            {"X-CSRF-Token": token},
        )
        c.add(f, "turbo-stream-form", "POST", "/appointments", h, qs(body, form))
    for _ in range(N):
        token, aid = c.b64(64), c.num(1000, 99999)
        body = [
            ("_method", c.pick(["patch", "delete"])),
            ("authenticity_token", token),
            ("appointment[remark]", c.pick(REMARKS)),
        ]
        accept = "text/vnd.turbo-stream.html, text/html, application/xhtml+xml"
        h = xhr(
            c,
            f"{SITE}/appointments/{aid}",
            accept,
            "application/x-www-form-urlencoded;charset=UTF-8",
            f"_zwfw_session={c.b64(96)}",
            {"X-CSRF-Token": token},
        )
        c.add(f, "rails-method-override", "POST", f"/appointments/{aid}", h, qs(body, form))
    for _ in range(N):
        h = xhr(c, f"{SITE}/zwgk", "text/html, application/xhtml+xml", extra={"X-Sec-Purpose": "prefetch"})
        c.add(f, "turbo-prefetch", "GET", f"/zwgk/articles/{c.num(1000, 99999)}", h)


# --- laravel-livewire-inertia ------------------------------------------------------------------------------------

LARAVEL_KEY = base64.b64decode("q8VdN0Zz3kL2mXe7Qp9sYt4Rw1Ub6Hc5Jf8Ga0Ii2Ko=")  # this generator's APP_KEY bytes
APP_KEY = "base64:" + base64.b64encode(LARAVEL_KEY).decode()  # config('app.key'): the URL signer's key
INERTIA_VERSION = "a3c9e1f07b2d4e6f8a0b1c2d3e4f5a6b"
LW_COMPONENTS = {  # name: (path, data maker)
    "bsfw.appointment-form": (
        "bsfw/yuyue",
        lambda c: {"form": [{"name": "", "phone": "", "matter": "", "date": ""}, {"s": "arr"}], "step": 1},
    ),
    "hdjl.letter-form": (
        "hdjl/xie",
        lambda c: {"title": "", "content": "", "isPublic": True, "attachments": [[], {"s": "arr"}]},
    ),
    "zwgk.notice-table": (
        "zwgk/tzgg",
        lambda c: {"search": "", "area": "", "perPage": 10, "paginators": [{"page": c.num(1, 9)}, {"s": "arr"}]},
    ),
}


def livewire_snapshot(c: Corpus, name: str) -> str:
    """What the page rendered in wire:snapshot: {data, memo, checksum}, checksum = HMAC-SHA256 over json_encode of
    {data, memo} with the encrypter's key (Livewire\\Mechanisms\\HandleComponents\\Checksum)."""
    path, data = LW_COMPONENTS[name]
    memo = {
        "id": c.alnum(20),
        "name": name,
        "path": path,
        "method": "GET",
        "children": [],
        "scripts": [],
        "assets": [],
        "errors": [],
        "locale": "zh_CN",
    }
    snap = {"data": data(c), "memo": memo}
    checksum = hmac.new(LARAVEL_KEY, php_json(snap).encode(), hashlib.sha256).hexdigest()
    return php_json({**snap, "checksum": checksum})


def xsrf_cookie(c: Corpus) -> tuple[str, str]:
    """Laravel's XSRF-TOKEN cookie (Encrypter payload, URL-encoded by setcookie) and the X-XSRF-TOKEN axios sends."""
    iv, value = base64.b64encode(c.rnd.randbytes(16)).decode(), base64.b64encode(c.rnd.randbytes(64)).decode()
    mac = hmac.new(LARAVEL_KEY, (iv + value).encode(), hashlib.sha256).hexdigest()
    token = base64.b64encode(php_json({"iv": iv, "value": value, "mac": mac, "tag": ""}).encode()).decode()
    return urllib.parse.quote(token, safe=""), token


def laravel_cookie(c: Corpus) -> tuple[str, str]:
    cookie, token = xsrf_cookie(c)
    session, _ = xsrf_cookie(c)
    return f"XSRF-TOKEN={cookie}; zjzw_session={session}", token


def livewire_post(c: Corpus, components: list[dict]) -> tuple[dict[str, str], str]:
    cookie, _ = laravel_cookie(c)
    h = xhr(
        c,
        f"{SITE}/{LW_COMPONENTS[c.pick(list(LW_COMPONENTS))][0]}",
        "*/*",
        "application/json",
        cookie,
        {"X-Livewire": ""},
        0.4,
    )
    return h, js_json({"_token": c.alnum(40), "components": components})


def livewire_upload_url(c: Corpus) -> str:
    """URL::temporarySignedRoute('livewire.upload-file'): signature = HMAC-SHA256 of the absolute URL."""
    unsigned = f"/livewire/upload-file?expires={c.ms() // 1000 + 300}"
    return f"{unsigned}&signature={hmac.new(APP_KEY.encode(), (SITE + unsigned).encode(), hashlib.sha256).hexdigest()}"


def inertia(c: Corpus, ref: str, ctype: str | None = None, extra: dict | None = None) -> dict[str, str]:
    cookie, token = laravel_cookie(c)
    head = {"X-Inertia": "true", "X-Inertia-Version": INERTIA_VERSION, "X-XSRF-TOKEN": token, **(extra or {})}
    return xhr(
        c,
        SITE + ref,
        "text/html, application/xhtml+xml",
        ctype,
        cookie,
        head | {"X-Requested-With": "XMLHttpRequest"},
        0.3,
    )


@family("laravel-livewire-inertia")
def laravel_livewire_inertia(c: Corpus) -> None:
    f = "laravel-livewire-inertia"
    for _ in range(N):
        comp = {
            "snapshot": livewire_snapshot(c, "bsfw.appointment-form"),
            "updates": {
                "form.name": c.person(),
                "form.phone": c.mobile(),
                "form.matter": c.pick(MATTERS),
                "form.date": ymd(c, 1, 14),
            },
            "calls": [{"path": "", "method": "save", "params": []}],
        }
        h, body = livewire_post(c, [comp])
        c.add(f, "livewire-call", "POST", "/livewire/update", h, body)
    for _ in range(N):
        comp = {
            "snapshot": livewire_snapshot(c, "zwgk.notice-table"),
            "updates": {"search": c.pick(SEARCHES)},
            "calls": [],
        }
        h, body = livewire_post(c, [comp])
        c.add(f, "livewire-model-live", "POST", "/livewire/update", h, body)
    for _ in range(N):
        comps = [
            {
                "snapshot": livewire_snapshot(c, "zwgk.notice-table"),
                "updates": {"area": c.pick(list(CITIES))},
                "calls": [{"path": "", "method": "gotoPage", "params": [c.num(2, 9), "page"]}],
            },
            {"snapshot": livewire_snapshot(c, "hdjl.letter-form"), "updates": {"title": c.pick(TITLES)}, "calls": []},
        ]
        h, body = livewire_post(c, comps)
        c.add(f, "livewire-bundled", "POST", "/livewire/update", h, body)
    for _ in range(N):
        comp = {
            "snapshot": livewire_snapshot(c, "hdjl.letter-form"),
            "updates": {"title": c.pick(TITLES), "content": c.pick(REMARKS)},
            "calls": [{"path": "", "method": "submit", "params": []}, {"path": "", "method": "$refresh", "params": []}],
        }
        h, body = livewire_post(c, [comp])
        c.add(f, "livewire-multi-call", "POST", "/livewire/update", h, body)
    for _ in range(N):
        cookie, _ = laravel_cookie(c)
        h, body = upload_xhr(c, f"{SITE}/hdjl/xie", [("files[]", an_upload(c))], "*/*", cookie)
        c.add(f, "livewire-upload", "POST", livewire_upload_url(c), h, body)
    for _ in range(N):
        q = [("page", c.num(2, 20)), ("keyword", c.pick(SEARCHES))]
        c.add(f, "inertia-visit", "GET", f"/bsfw/matters?{qs(q, form)}", inertia(c, "/bsfw/matters"))
    for _ in range(N):
        extra = {
            "X-Inertia-Partial-Component": c.pick(["Matters/Index", "Notices/Index"]),
            "X-Inertia-Partial-Data": c.pick(["matters", "matters,filters", "notices,stats"]),
        }
        c.add(
            f,
            "inertia-partial",
            "GET",
            f"/bsfw/matters?area={c.pick(list(CITIES))}",
            inertia(c, "/bsfw/matters", extra=extra),
        )
    for _ in range(N):
        doc = {
            "title": c.pick(TITLES),
            "content": c.pick(REMARKS),
            "name": c.person(),
            "phone": c.mobile(),
            "address": address(c),
            "is_public": c.chance(0.5),
        }
        h = inertia(c, "/hdjl/letters/create", "application/json")
        h["Accept"] = "text/html, application/xhtml+xml"
        c.add(f, "inertia-post", "POST", "/hdjl/letters", h, js_doc(doc))
    for _ in range(N):
        cookie, token = laravel_cookie(c)
        head = {
            "X-Inertia": "true",
            "X-Inertia-Version": INERTIA_VERSION,
            "X-XSRF-TOKEN": token,
            "X-Requested-With": "XMLHttpRequest",
        }
        h, body = upload_xhr(
            c,
            f"{SITE}/bsfw/apply/{c.num(10, 99)}",
            [("matter_id", str(c.num(100, 999))), ("remark", c.pick(REMARKS)), ("attachments[0]", an_upload(c))],
            "text/html, application/xhtml+xml",
            cookie,
            head,
        )
        c.add(f, "inertia-upload", "POST", "/bsfw/apply", h, body)
    for _ in range(N):
        c.add(
            f,
            "sanctum-csrf-cookie",
            "GET",
            "/sanctum/csrf-cookie",
            xhr(c, f"{SITE}/login", AXIOS_ACCEPT, extra={"X-Requested-With": "XMLHttpRequest"}),
        )


# --- blazor-server-circuit -------------------------------------------------------------------------------------

RS = "\x1e"
SIGNALR_UA = "Microsoft SignalR/8.0 (8.0.7; Unknown OS; Browser; Unknown Runtime Version)"
BLAZOR_PAGES = ["/", "/tasks", "/approvals", "/reports/monthly", "/contracts"]


def blazor_token(c: Corpus) -> str:
    return c.b64(16, True)


def signalr_h(c: Corpus, page: str, ctype: str | None = None, accept: str = "*/*") -> dict[str, str]:
    cookie = f".AspNetCore.Cookies={c.b64(120, True)}; .AspNetCore.Antiforgery.{c.alnum(11)}={c.b64(60, True)}"
    extra = {"X-Requested-With": "XMLHttpRequest", "X-SignalR-User-Agent": SIGNALR_UA}
    return xhr(c, SITE + page, accept, ctype, cookie, extra, 0.0)


def hub(*messages: dict) -> str:
    return "".join(js_json(m) + RS for m in messages)


def descriptor(c: Corpus) -> str:
    return js_json(
        [
            {
                "type": "server",
                "sequence": 0,
                "descriptor": js_json(
                    {
                        "sequence": 0,
                        "assemblyName": "Zjzw.Oa",
                        "typeName": "Zjzw.Oa.Components.App",
                        "parameterDefinitions": "W10=",
                        "parameterValues": "W10=",
                        "invocationId": c.uid(),
                    }
                ),
            }
        ]
    )


def blazor_post(c: Corpus, f: str, shape: str, body: str) -> None:
    page = c.pick(BLAZOR_PAGES)
    c.add(f, shape, "POST", f"/_blazor?id={blazor_token(c)}", signalr_h(c, page, "text/plain;charset=UTF-8"), body)


@family("blazor-server-circuit")
def blazor_server_circuit(c: Corpus) -> None:
    f = "blazor-server-circuit"
    for _ in range(N):
        c.add(
            f,
            "blazor-script",
            "GET",
            c.pick(["/_framework/blazor.web.js", "/_framework/blazor.server.js"]),
            script(c, f"{SITE}/"),
        )
    for _ in range(N):
        c.add(
            f, "longpoll-poll", "GET", f"/_blazor?id={blazor_token(c)}&_={c.ms()}", signalr_h(c, c.pick(BLAZOR_PAGES))
        )
    for _ in range(N):
        c.add(
            f,
            "sse-stream",
            "GET",
            f"/_blazor?id={blazor_token(c)}",
            signalr_h(c, c.pick(BLAZOR_PAGES), accept="text/event-stream"),
        )
    for _ in range(N):
        blazor_post(c, f, "handshake", hub({"protocol": "json", "version": 1}))
    for _ in range(N):
        page = c.pick(BLAZOR_PAGES)
        msg = {
            "type": 1,
            "invocationId": "0",
            "target": "StartCircuit",
            "arguments": [f"{SITE}/", SITE + page, descriptor(c), ""],
        }
        blazor_post(c, f, "start-circuit", hub(msg))
    for _ in range(N):
        batch = c.num(2, 60)
        msgs = [{"type": 1, "target": "OnRenderCompleted", "arguments": [batch, None]}]
        if c.chance(0.5):
            msgs.append({"type": 6})
        blazor_post(c, f, "render-completed", hub(*msgs))
    for _ in range(N):
        hid = c.num(1, 80)
        if c.chance(0.5):
            desc = {"eventHandlerId": hid, "eventName": "click", "eventFieldInfo": None}
            args = {
                "detail": 1,
                "screenX": c.num(0, 1900),
                "screenY": c.num(0, 1000),
                "clientX": c.num(0, 1900),
                "clientY": c.num(0, 900),
                "offsetX": c.num(0, 300),
                "offsetY": c.num(0, 40),
                "pageX": c.num(0, 1900),
                "pageY": c.num(0, 3000),
                "movementX": 0,
                "movementY": 0,
                "button": 0,
                "buttons": 0,
                "ctrlKey": False,
                "shiftKey": False,
                "altKey": False,
                "metaKey": False,
                "type": "click",
            }
        else:
            text = c.pick(REMARKS + SEARCHES)
            desc = {
                "eventHandlerId": hid,
                "eventName": "change",
                "eventFieldInfo": {"componentId": c.num(3, 40), "fieldValue": text},
            }
            args = {"value": text}
        blazor_post(
            c,
            f,
            "dispatch-browser-event",
            hub({"type": 1, "target": "DispatchBrowserEvent", "arguments": [js_json(desc), js_json(args)]}),
        )
    for _ in range(N):
        call = str(c.num(1, 40))
        args = js_json(
            [{"north": 30.3 + c.num(0, 99) / 1000, "south": 30.2, "east": 120.2, "west": 120.1, "zoom": c.num(10, 16)}]
        )
        msg = {
            "type": 1,
            "target": "BeginInvokeDotNetFromJS",
            "arguments": [call, None, "OnMapBoundsChanged", c.num(1, 9), args],
        }
        blazor_post(c, f, "invoke-dotnet", hub(msg))
    for _ in range(N):
        handle = c.num(1, 90)
        result = c.pick([None, True, {"width": c.num(320, 1920), "height": c.num(480, 1080)}, c.pick(SEARCHES)])
        msg = {
            "type": 1,
            "target": "EndInvokeJSFromDotNet",
            "arguments": [handle, True, js_json([handle, True, result])],
        }
        blazor_post(c, f, "end-invoke-js", hub(msg))
    for _ in range(N):
        b = c.browser(0.0)
        ctype, body = c.multipart(b, [("circuitId", f"CfDJ8{c.b64(120, True)}")])
        h = c.headers(b, "xhr", "*/*", ctype, SITE + c.pick(BLAZOR_PAGES), cookie=False)
        if "Sec-Fetch-Mode" in h:
            h["Sec-Fetch-Mode"] = "no-cors"
        c.add(f, "disconnect-beacon", "POST", "/_blazor/disconnect", h, body)


# --- grpc-web-connect -----------------------------------------------------------------------------------------

PROTO = {  # method path: {field number: (name, kind)}; kind "msg:<Type>" nests, "rep:" repeats
    "/zjzw.matter.v1.MatterService/GetMatter": {1: ("matter_id", "string"), 2: ("lang", "string")},
    "/zjzw.matter.v1.MatterService/ListMatters": {
        1: ("area_code", "string"),
        2: ("keyword", "string"),
        3: ("page_size", "int"),
        4: ("page_token", "string"),
    },
    "/zjzw.progress.v1.ProgressService/WatchProgress": {1: ("case_no", "string"), 2: ("since_ms", "int")},
    "/zjzw.appt.v1.AppointmentService/CreateAppointment": {
        1: ("hall_id", "int"),
        2: ("applicant", "msg:Applicant"),
        3: ("date", "string"),
        4: ("slot", "string"),
        5: ("matter_codes", "rep:string"),
    },
}
MESSAGES = {
    "Applicant": {1: ("name", "string"), 2: ("phone", "string"), 3: ("id_card", "string"), 4: ("verified", "bool")}
}
CONNECT = {
    "/zjzw.appt.v1.AppointmentService/ListSlots": ["hallId", "date"],
    "/zjzw.matter.v1.MatterService/GetMatter": ["matterId", "lang"],
    "/zjzw.notice.v1.NoticeService/ListNotices": ["column", "pageSize", "pageToken"],
    "/zjzw.feedback.v1.FeedbackService/Submit": ["matterId", "score", "comment", "contact"],
}


def varint(n: int) -> bytes:
    out = b""
    while n >= 0x80:
        out += bytes([(n & 0x7F) | 0x80])
        n >>= 7
    return out + bytes([n])


def pb(schema: dict[int, tuple[str, str]], values: dict[str, object]) -> bytes:
    """Protobuf wire format (proto3): varints for ints and bools, length-delimited strings and messages."""
    out = b""
    for num, (name, kind) in sorted(schema.items()):
        if name not in values:
            continue
        v = values[name]
        items = v if kind.startswith("rep:") else [v]
        for item in items:
            if kind in ("int", "bool"):
                out += varint(num << 3) + varint(int(item))
            else:
                raw = pb(MESSAGES[kind[4:]], item) if kind.startswith("msg:") else str(item).encode()
                out += varint(num << 3 | 2) + varint(len(raw)) + raw
    return out


def grpc_frame(msg: bytes) -> bytes:
    return b"\x00" + struct.pack(">I", len(msg)) + msg


def grpc_values(c: Corpus, method: str) -> dict[str, object]:
    name = method.rsplit("/", 1)[1]
    if name == "GetMatter":
        return {"matter_id": f"ZJ{c.digits(10)}", "lang": "zh-CN"}
    if name == "ListMatters":
        v: dict[str, object] = {"area_code": c.pick(list(CITIES)), "keyword": c.pick(SEARCHES), "page_size": 20}
        return v | ({"page_token": c.b64(12, True)} if c.chance(0.5) else {})
    if name == "WatchProgress":
        return {"case_no": f"{c.pick(list(CITIES))}{c.day(-30, 0):%Y%m%d}{c.digits(6)}", "since_ms": c.ms()}
    return {
        "hall_id": c.num(1, 40),
        "applicant": {"name": c.person(), "phone": c.mobile(), "id_card": c.idcard(), "verified": c.chance(0.7)},
        "date": ymd(c, 1, 14),
        "slot": c.pick(["09:00-09:30", "14:00-14:30"]),
        "matter_codes": [f"ZJ{c.digits(10)}" for _ in range(c.num(1, 3))],
    }


def grpc_h(c: Corpus, timeout: bool = False) -> dict[str, str]:
    extra = {"X-Grpc-Web": "1", "X-User-Agent": "grpc-web-javascript/0.1"} | (
        {"grpc-timeout": f"{c.pick([5000, 10000, 30000])}m"} if timeout else {}
    )
    return xhr(
        c,
        f"{SITE}/{c.pick(['bsfw', 'zwgk', 'user'])}",
        "application/grpc-web-text",
        "application/grpc-web-text",
        False,
        extra,
    )


def grpc_post(c: Corpus, f: str, shape: str, method: str, timeout: bool = False) -> None:
    body = base64.b64encode(grpc_frame(pb(PROTO[method], grpc_values(c, method)))).decode()
    c.add(f, shape, "POST", method, grpc_h(c, timeout), body)


def connect_values(c: Corpus, method: str) -> dict[str, object]:
    name = method.rsplit("/", 1)[1]
    if name == "ListSlots":
        return {"hallId": c.num(1, 40), "date": ymd(c, 1, 14)}
    if name == "GetMatter":
        return {"matterId": f"ZJ{c.digits(10)}", "lang": "zh-CN"}
    if name == "ListNotices":
        return {"column": c.pick(["tzgg", "zcjd"]), "pageSize": 10} | (
            {"pageToken": c.b64(9, True)} if c.chance(0.5) else {}
        )
    return {
        "matterId": f"ZJ{c.digits(10)}",
        "score": c.num(1, 5),
        "comment": c.pick(REMARKS),
        "contact": {"name": c.person(), "phone": c.mobile()},
    }


def connect_h(c: Corpus, ctype: str | None) -> dict[str, str]:
    extra = {"Connect-Protocol-Version": "1"} if ctype else {}
    if ctype and c.chance(0.5):
        extra["Connect-Timeout-Ms"] = str(c.pick([10000, 15000, 30000]))
    return xhr(
        c, f"{SITE}/{c.pick(['bsfw', 'zwgk'])}", "*/*" if ctype is None else "application/json", ctype, False, extra
    )


@family("grpc-web-connect")
def grpc_web_connect(c: Corpus) -> None:
    f = "grpc-web-connect"
    m = list(PROTO)
    for _ in range(N):
        grpc_post(c, f, "grpcweb-get-matter", m[0])
    for _ in range(N):
        grpc_post(c, f, "grpcweb-list-matters", m[1])
    for _ in range(N):
        grpc_post(c, f, "grpcweb-server-stream", m[2], timeout=c.chance(0.5))
    for _ in range(N):
        grpc_post(c, f, "grpcweb-create", m[3])
    for _ in range(N):
        grpc_post(c, f, "grpcweb-deadline", c.pick(m[:2]), timeout=True)
    for _ in range(N):
        method = c.pick(list(CONNECT)[:3])
        c.add(
            f, "connect-unary-json", "POST", method, connect_h(c, "application/json"), js_doc(connect_values(c, method))
        )
    for _ in range(N):
        method = list(CONNECT)[3]
        c.add(
            f,
            "connect-submit-json",
            "POST",
            method,
            connect_h(c, "application/json"),
            js_doc(connect_values(c, method)),
        )
    for _ in range(N):
        method = c.pick(list(CONNECT)[:3])
        q = f"connect=v1&encoding=json&message={uri(js_json(connect_values(c, method)))}"
        c.add(f, "connect-get-json", "GET", f"{method}?{q}", connect_h(c, None))
    for _ in range(N):
        method = m[0]
        msg = b64url(pb(PROTO[method], grpc_values(c, method)))
        c.add(
            f,
            "connect-get-proto",
            "GET",
            f"{method}?connect=v1&encoding=proto&base64=1&message={msg}",
            connect_h(c, None),
        )
    navigations(c, f, "spa-page", lambda: c.pick(["/", "/bsfw", "/zwgk", "/user/progress"]), f"{SITE}/", 0.5)


# --- sveltekit-remix-liveview -----------------------------------------------------------------------------------

REMIX_ROUTES = {
    "/news/{id}": "routes/news.$id",
    "/bsfw": "routes/bsfw._index",
    "/bsfw/{id}": "routes/bsfw.$id",
    "/": "routes/_index",
}
LV_TOPICS = ["lv:phx-F8Yk2sBn1Qx0", "lv:phx-F8Yk2tZc7Lw4", "lv:phx-F8Yk2uAa3Mn9"]


def lv_query(c: Corpus, token: str | None) -> str:
    q = [("_csrf_token", c.b64(42, True)), ("vsn", "2.0.0")]
    if token:
        q.append(("token", token))
    else:
        q = [
            q[0],
            ("_track_static[0]", f"{SITE}/assets/app-{c.hexs(16)}.css"),
            ("_track_static[1]", f"{SITE}/assets/app-{c.hexs(16)}.js"),
            ("_mounts", "0"),
            ("_mount_attempts", "0"),
            ("_live_referer", "undefined"),
            ("vsn", "2.0.0"),
        ]
    return qs(q, uri)


def phx_token(c: Corpus) -> str:
    return f"SFMyNTY.{c.b64(60, True)}.{c.b64(32, True)}"


def lv_post(c: Corpus, f: str, shape: str, msgs: list[list]) -> None:
    h = xhr(
        c,
        f"{SITE}/{c.pick(['yuyue', 'jindu', 'pingjia'])}",
        "*/*",
        "application/x-ndjson",
        f"_zjzw_key={c.b64(90, True)}",
    )
    c.add(f, shape, "POST", f"/live/longpoll?{lv_query(c, phx_token(c))}", h, "\n".join(js_json(m) for m in msgs))


@family("sveltekit-remix-liveview")
def sveltekit_remix_liveview(c: Corpus) -> None:
    f = "sveltekit-remix-liveview"
    for _ in range(N):
        body = [
            ("matter", c.pick(MATTERS)),
            ("date", ymd(c, 1, 14)),
            ("name", c.person()),
            ("phone", c.mobile()),
            ("remark", c.pick(REMARKS)),
        ]
        extra = {"x-sveltekit-action": "true"}
        h = xhr(
            c, f"{SITE}/yuyue", "application/json", "application/x-www-form-urlencoded;charset=UTF-8", False, extra, 0.5
        )
        c.add(f, "sveltekit-form-action", "POST", "/yuyue?/create", h, qs(body, form))
    for _ in range(N):
        b = c.browser(0.4)
        ctype, body = c.multipart(b, [("kind", c.pick(["idcard", "license"])), ("file", an_upload(c))])
        h = c.headers(
            b, "xhr", "application/json", ctype, f"{SITE}/cailiao", cookie=False, extra={"x-sveltekit-action": "true"}
        )
        c.add(f, "sveltekit-upload-action", "POST", "/cailiao?/upload", h, body)
    for _ in range(N):
        page = c.pick(["/zwgk/tzgg", f"/news/{c.num(1000, 9999)}", "/bsfw", ""])
        inv = "".join(c.pick("01") for _ in range(c.num(1, 3))) + "1"
        c.add(
            f,
            "sveltekit-data-json",
            "GET",
            f"{page}/__data.json?x-sveltekit-invalidated={inv}",
            xhr(c, f"{SITE}/", "*/*", mobile=0.5),
        )
    for _ in range(N):
        pattern = c.pick(list(REMIX_ROUTES))
        path = pattern.replace("{id}", str(c.num(100, 9999)))
        sep = "?index&" if pattern.endswith("bsfw") or pattern == "/" else "?"
        c.add(
            f,
            "remix-loader-data",
            "GET",
            f"{path}{sep}_data={uri(REMIX_ROUTES[pattern])}",
            xhr(c, f"{SITE}/", "*/*", mobile=0.5),
        )
    for _ in range(N):
        intent = c.pick(["create", "cancel"])
        body = [("_action", intent), ("matter", c.pick(MATTERS)), ("date", ymd(c, 1, 14)), ("note", c.pick(REMARKS))]
        h = xhr(c, f"{SITE}/bsfw", "*/*", "application/x-www-form-urlencoded;charset=UTF-8")
        c.add(f, "remix-action", "POST", f"/bsfw?index&_data={uri('routes/bsfw._index')}", h, qs(body, form))
    for _ in range(N):
        h = xhr(c, f"{SITE}/{c.pick(['yuyue', 'jindu'])}", "*/*", cookie=f"_zjzw_key={c.b64(90, True)}")
        c.add(f, "liveview-longpoll-open", "GET", f"/live/longpoll?{lv_query(c, None)}", h)
    for _ in range(N):
        topic = c.pick(LV_TOPICS)
        payload = {
            "url": f"{SITE}/{c.pick(['yuyue', 'jindu'])}",
            "params": {"_csrf_token": c.b64(42, True), "_track_static": [], "_mounts": 0, "_mount_attempts": 0},
            "session": phx_token(c),
            "static": phx_token(c),
        }
        lv_post(c, f, "liveview-join", [["4", "4", topic, "phx_join", payload]])
    for _ in range(N):
        topic, ref = c.pick(LV_TOPICS), c.num(5, 80)
        ev = {
            "type": "click",
            "event": c.pick(["select_slot", "next_page", "toggle_detail"]),
            "value": {"id": str(c.num(1, 999)), "date": ymd(c, 1, 14)},
        }
        lv_post(c, f, "liveview-click", [["4", str(ref), topic, "event", ev]])
    for _ in range(N):
        topic, ref = c.pick(LV_TOPICS), c.num(5, 80)
        fields = [
            ("appointment[name]", c.person()),
            ("appointment[phone]", c.mobile()),
            ("appointment[remark]", c.pick(REMARKS)),
            ("_target", "appointment[remark]"),
        ]
        ev = {"type": "form", "event": c.pick(["validate", "save"]), "value": qs(fields, form), "uploads": {}}
        msgs = [["4", str(ref), topic, "event", ev]]
        if c.chance(0.4):
            msgs.append([None, str(ref + 1), "phoenix", "heartbeat", {}])
        lv_post(c, f, "liveview-form", msgs)
    for _ in range(N):
        lv_post(c, f, "liveview-heartbeat", [[None, str(c.num(5, 300)), "phoenix", "heartbeat", {}]])


# --- postgrest-supabase-hasura ----------------------------------------------------------------------------------

SUPABASE_ANON_KEY = b"zjzw-supabase-jwt-secret-2027-000000000"  # this generator's JWT secret
X_CLIENT = "supabase-js-web/2.45.4"
HASURA_CLAIMS = "https://hasura.io/jwt/claims"
TABLES = ["matters", "notices", "halls", "open_datasets"]


def supa_key(role: str = "anon") -> str:
    return jwt(
        {"iss": "supabase", "ref": "zjzwdata", "role": role, "iat": 1798761600, "exp": 2114380800}, SUPABASE_ANON_KEY
    )


def supa_h(c: Corpus, ctype: str | None = None, extra: dict | None = None, accept: str = "*/*") -> dict[str, str]:
    user = c.chance(0.4)
    auth = (
        jwt({"sub": c.uid(), "role": "authenticated", "exp": c.ms() // 1000 + 3600}, SUPABASE_ANON_KEY)
        if user
        else supa_key()
    )
    head = {"apikey": supa_key(), "Authorization": f"Bearer {auth}", "X-Client-Info": X_CLIENT, **(extra or {})}
    return xhr(c, f"{SITE}/{c.pick(['data', 'bsfw', 'zwgk'])}", accept, ctype, False, head, 0.3)


def pg_filters(c: Corpus) -> list[tuple[str, str]]:
    out = [("status", c.pick(["eq.active", "neq.archived", "in.(active,pending)"]))]
    if c.chance(0.6):
        out.append(("area_code", f"eq.{c.pick(list(CITIES))}"))
    if c.chance(0.5):
        out.append(("name", f"ilike.*{c.pick(SEARCHES).split()[0]}*"))
    if c.chance(0.4):
        out.append(("updated_at", f"gte.{ymd(c)}"))
    if c.chance(0.3):
        out.append(("deleted_at", "is.null"))
    return out


def pg_query(pairs: list[tuple[str, str]]) -> str:
    """supabase-js's URLSearchParams: names and values form-encoded (PostgREST reads them back decoded)."""
    return qs(pairs, form)


@family("postgrest-supabase-hasura")
def postgrest_supabase_hasura(c: Corpus) -> None:
    f = "postgrest-supabase-hasura"
    for _ in range(N):
        table = c.pick(TABLES)
        select = c.pick(
            [
                "id,name,dept(name)",
                "*",
                "id,title:name,created_at,dept:departments(id,name)",
                "id,name,area_code,halls!inner(name)",
            ]
        )
        q = [
            ("select", select),
            *pg_filters(c),
            ("order", c.pick(["created_at.desc.nullslast", "name.asc", "updated_at.desc,id.asc"])),
            ("limit", str(c.pick([10, 20, 50]))),
        ]
        c.add(
            f,
            "postgrest-select",
            "GET",
            f"/rest/v1/{table}?{pg_query(q)}",
            supa_h(c, extra={"Accept-Profile": "public"}),
        )
    for _ in range(N):
        q = [
            ("select", "id,name,age,area_code"),
            (
                "or",
                c.pick(
                    [
                        "(age.lt.18,age.gt.60)",
                        "(status.eq.pending,and(status.eq.active,priority.gte.3))",
                        f"(name.ilike.*{c.pick(SURNAME_POOL)}*,id_card.like.3301*)",
                    ]
                ),
            ),
            ("offset", str(c.pick([0, 20, 40]))),
            ("limit", "20"),
        ]
        c.add(f, "postgrest-logic-tree", "GET", f"/rest/v1/residents?{pg_query(q)}", supa_h(c))
    for _ in range(N):
        q = [("select", "*"), *pg_filters(c)]
        c.add(
            f,
            "postgrest-count-head",
            "HEAD",
            f"/rest/v1/{c.pick(TABLES)}?{pg_query(q)}",
            supa_h(c, extra={"Prefer": "count=exact"}),
        )
    for _ in range(N):
        doc = {
            "matter_id": c.uid(),
            "title": c.pick(TITLES),
            "content": c.pick(REMARKS),
            "contact": c.mobile(),
            "area_code": c.pick(list(CITIES)),
        }
        extra = {"Prefer": "return=representation", "Content-Profile": "public"}
        c.add(
            f,
            "postgrest-insert",
            "POST",
            "/rest/v1/feedback?columns=%22matter_id%22%2C%22title%22%2C%22content%22%2C%22contact%22%2C%22area_code%22&select=*",
            supa_h(c, "application/json", extra),
            js_doc(doc),
        )
    for _ in range(N):
        rows = [
            {
                "id": c.uid(),
                "dataset_id": f"zj-{c.digits(6)}",
                "downloads": c.num(0, 5000),
                "updated_at": f"{ymd(c)}T08:00:00+08:00",
            }
            for _ in range(c.num(1, 3))
        ]
        extra = {"Prefer": "resolution=merge-duplicates,return=minimal", "Content-Profile": "public"}
        c.add(
            f,
            "postgrest-upsert",
            "POST",
            "/rest/v1/dataset_stats?on_conflict=dataset_id",
            supa_h(c, "application/json", extra),
            js_doc(rows),
        )
    for _ in range(N):
        fn = c.pick(["search_matters", "nearby_halls", "matter_stats"])
        args = {
            "search_matters": {"keyword": c.pick(SEARCHES), "area": c.pick(list(CITIES)), "lim": 20},
            "nearby_halls": {
                "lng": 120.1 + c.num(0, 99) / 100,
                "lat": 30.2 + c.num(0, 50) / 100,
                "radius_m": c.pick([1000, 3000, 5000]),
            },
            "matter_stats": {"from_date": ymd(c, -90, -30), "to_date": ymd(c, -29, 0)},
        }[fn]
        c.add(
            f,
            "postgrest-rpc",
            "POST",
            f"/rest/v1/rpc/{fn}",
            supa_h(c, "application/json", {"Content-Profile": "public"}),
            js_doc(args),
        )
    for _ in range(N):
        doc = {
            "email": f"{c.alnum(8, 'abcdefghijklmnopqrstuvwxyz')}@{c.pick(['163.com', 'qq.com', 'zj.gov.cn'])}",
            "password": c.alnum(12),
            "gotrue_meta_security": {},
        }
        extra = {
            "apikey": supa_key(),
            "Authorization": f"Bearer {supa_key()}",
            "X-Client-Info": X_CLIENT,
            "X-Supabase-Api-Version": "2024-01-01",
        }
        h = xhr(c, f"{SITE}/login", "*/*", "application/json;charset=UTF-8", False, extra)
        c.add(f, "gotrue-password-token", "POST", "/auth/v1/token?grant_type=password", h, js_doc(doc))
    for _ in range(N):
        name, ctype, data = an_upload(c)
        b = c.browser(0.3)
        mp, body = c.multipart(b, [("cacheControl", "3600"), ("", (name, ctype, data))])
        owner = c.uid()
        head = {
            "apikey": supa_key(),
            "Authorization": f"Bearer {jwt({'sub': owner, 'role': 'authenticated'}, SUPABASE_ANON_KEY)}",
            "X-Client-Info": X_CLIENT,
            "x-upsert": c.pick(["false", "true"]),
        }
        h = c.headers(b, "xhr", "*/*", mp, f"{SITE}/user/files", cookie=False, extra=head)
        c.add(
            f,
            "storage-upload",
            "POST",
            f"/storage/v1/object/attachments/{owner}/{c.hexs(8)}.{name.rsplit('.', 1)[1]}",
            h,
            body,
        )
    for _ in range(N):
        role = c.pick(["citizen", "staff", "auditor"])
        query = (
            "query MatterList($where: matters_bool_exp!, $limit: Int!, $offset: Int!) { matters(where: $where, "
            "limit: $limit, offset: $offset, order_by: {updated_at: desc}) { id name area_code dept { name } } "
            "matters_aggregate(where: $where) { aggregate { count } } }"
        )
        where = {
            "_and": [
                {"area_code": {"_eq": c.pick(list(CITIES))}},
                {"name": {"_ilike": f"%{c.pick(SEARCHES).split()[0]}%"}},
            ]
        }
        doc = {
            "operationName": "MatterList",
            "query": query,
            "variables": {"where": where, "limit": 20, "offset": c.pick([0, 20, 40])},
        }
        claims = {"x-hasura-allowed-roles": ["citizen", "staff", "auditor"], "x-hasura-default-role": "citizen"}
        token = jwt({"sub": c.uid(), HASURA_CLAIMS: claims}, SUPABASE_ANON_KEY)
        extra = {"x-hasura-role": role, "Authorization": f"Bearer {token}"}
        c.add(
            f,
            "hasura-graphql",
            "POST",
            "/v1/graphql",
            xhr(c, f"{SITE}/data", "application/json", "application/json", False, extra),
            js_doc(doc),
        )
    for _ in range(N):
        q = [("area", c.pick(list(CITIES))), ("limit", str(c.pick([10, 20]))), ("offset", str(c.pick([0, 10, 20])))]
        extra = {"x-hasura-role": "citizen"}
        c.add(
            f,
            "hasura-rest",
            "GET",
            f"/api/rest/notices?{qs(q, form)}",
            xhr(c, f"{SITE}/zwgk", "application/json", extra=extra),
        )


# --- amis-lowcode-forms ---------------------------------------------------------------------------------------

YIDA_APP = "APP_ZJ7K2QWERTY8GOV"
YIDA_FORMS = ["FORM-ZJ0A1B2C3D4E5F6G7H8I9J0K1L2M3N4", "FORM-ZJ9Z8Y7X6W5V4U3T2S1R0Q9P8O7N6"]
YIDA_WIDGETS = {
    "textField_lq2x8k1a": "text",
    "textField_lq2x8k1b": "phone",
    "selectField_lq2x8k1c": "area",
    "dateField_lq2x8k1d": "date",
    "numberField_lq2x8k1e": "number",
    "textareaField_lq2x8k1f": "remark",
}
JDY_WIDGETS = ["_widget_1798761600001", "_widget_1798761600002", "_widget_1798761600003", "_widget_1798761600004"]


def amis_h(c: Corpus, ref: str, ctype: str | None = None) -> dict[str, str]:
    return xhr(
        c, SITE + ref, AXIOS_ACCEPT, ctype, f"zjzw_token={c.hexs(16)}", {"X-Requested-With": "XMLHttpRequest"}, 0.2
    )


def yida_value(c: Corpus, kind: str) -> object:
    return {
        "text": c.person(),
        "phone": c.mobile(),
        "area": c.pick(list(CITIES.values())),
        "date": c.ms(),
        "number": c.num(1, 200),
        "remark": c.pick(REMARKS),
    }[kind]


@family("amis-lowcode-forms")
def amis_lowcode_forms(c: Corpus) -> None:
    f = "amis-lowcode-forms"
    for _ in range(N):
        page = c.pick(["xfdj", "wgdj", "sqfw", "yqfk"])
        c.add(f, "amis-schema-page", "GET", f"/api/amis/pages/{page}.json", amis_h(c, f"/admin/{page}"))
    for _ in range(N):
        q = [
            ("page", c.num(1, 20)),
            ("perPage", c.pick([10, 20, 50])),
            ("orderBy", c.pick(["createdAt", "id", "status"])),
            ("orderDir", c.pick(["asc", "desc"])),
            ("keywords", c.pick(SEARCHES)),
            ("status", c.pick(["", "1", "2"])),
        ]
        c.add(f, "amis-crud-list", "GET", f"/api/amis/crud?{qs(q, uri)}", amis_h(c, "/admin/"))
    for _ in range(N):
        n = c.num(2, 4)
        origin = [{"id": c.num(1, 9999), "status": "1", "handler": c.person(), "remark": ""} for _ in range(n)]
        diff = [{"id": o["id"], "status": c.pick(["2", "3"]), "remark": c.pick(REMARKS)} for o in origin]
        rows = [{**o, **d} for o, d in zip(origin, diff, strict=True)]
        doc = {
            "ids": ",".join(str(o["id"]) for o in origin),
            "rows": rows,
            "rowsDiff": diff,
            "indexes": [str(i) for i in range(n)],
            "rowsOrigin": origin,
            "unModifiedItems": [],
        }
        c.add(
            f,
            "amis-quick-save-bulk",
            "POST",
            "/api/amis/crud/quickSave",
            amis_h(c, "/admin/", "application/json"),
            js_doc(doc),
        )
    for _ in range(N):
        iid = c.num(1, 9999)
        doc = {"id": iid, "status": c.pick(["1", "2", "3"]), "handler": c.person(), "remark": c.pick(REMARKS)}
        c.add(
            f,
            "amis-quick-save-item",
            "POST",
            f"/api/amis/crud/{iid}",
            amis_h(c, "/admin/", "application/json"),
            js_doc(doc),
        )
    for _ in range(N):
        doc = {
            "name": c.person(),
            "phone": c.mobile(),
            "idCard": c.idcard(),
            "area": c.pick(list(CITIES)),
            "address": address(c),
            "eventType": c.pick(["矛盾纠纷", "安全隐患", "环境卫生", "民生诉求"]),
            "description": c.pick(REMARKS),
            "occurTime": f"{ymd(c)} {c.num(8, 20):02d}:{c.num(0, 59):02d}:00",
        }
        c.add(
            f, "amis-form-submit", "POST", "/api/amis/form/wgdj", amis_h(c, "/admin/", "application/json"), js_doc(doc)
        )
    for _ in range(N):
        city = c.pick(list(CITIES))
        q = [("city", city), ("term", c.pick(["", c.pick(DISTRICTS)[:1]]))]
        c.add(f, "amis-options-source", "GET", f"/api/amis/options/county?{qs(q, uri)}", amis_h(c, "/admin/"))
    for _ in range(N):
        b = c.browser(0.1)
        ctype, body = c.multipart(b, [("file", an_upload(c))])
        h = c.headers(
            b,
            "xhr",
            AXIOS_ACCEPT,
            ctype,
            f"{SITE}/admin/",
            cookie=f"zjzw_token={c.hexs(16)}",
            extra={"X-Requested-With": "XMLHttpRequest"},
        )
        c.add(f, "amis-upload", "POST", "/api/amis/upload", h, body)
    for _ in range(N):
        data = {w: yida_value(c, k) for w, k in YIDA_WIDGETS.items() if c.chance(0.85) or k == "text"}
        body = [
            ("_csrf_token", c.uid()),
            ("_locale_time_zone_offset", "28800000"),
            ("formUuid", c.pick(YIDA_FORMS)),
            ("appType", YIDA_APP),
            ("formDataJson", js_json(data)),
        ]
        h = xhr(
            c,
            f"{SITE}/{YIDA_APP}/submission/{c.pick(YIDA_FORMS)}",
            "application/json, text/json",
            "application/x-www-form-urlencoded; charset=UTF-8",
            f"tianshu_csrf_token={c.uid()}",
            {"X-Requested-With": "XMLHttpRequest"},
        )
        c.add(f, "yida-form-submit", "POST", f"/dingtalk/web/{YIDA_APP}/v1/form/saveFormData.json", h, qs(body, form))
    for _ in range(N):
        search = {"selectField_lq2x8k1c": c.pick(list(CITIES.values()))} | (
            {"textField_lq2x8k1a": c.pick(SURNAME_POOL)} if c.chance(0.5) else {}
        )
        body = [
            ("_csrf_token", c.uid()),
            ("formUuid", c.pick(YIDA_FORMS)),
            ("appType", YIDA_APP),
            ("searchFieldJson", js_json(search)),
            ("currentPage", c.num(1, 10)),
            ("pageSize", c.pick([10, 20])),
            ("dynamicOrder", js_json({"dateField_lq2x8k1d": c.pick(["+", "-"])})),
        ]
        h = xhr(
            c,
            f"{SITE}/{YIDA_APP}/admin",
            "application/json, text/json",
            "application/x-www-form-urlencoded; charset=UTF-8",
            f"tianshu_csrf_token={c.uid()}",
            {"X-Requested-With": "XMLHttpRequest"},
        )
        c.add(f, "yida-search", "POST", f"/dingtalk/web/{YIDA_APP}/v1/form/searchFormDatas.json", h, qs(body, form))
    for _ in range(N):
        cond = [{"field": JDY_WIDGETS[0], "type": "text", "method": "eq", "value": [c.pick(list(CITIES.values()))]}]
        if c.chance(0.6):
            cond.append(
                {
                    "field": JDY_WIDGETS[2],
                    "type": "datetime",
                    "method": "range",
                    "value": [f"{ymd(c, -60, -30)}T00:00:00.000Z", f"{ymd(c, -29, 0)}T00:00:00.000Z"],
                }
            )
        doc = {
            "app_id": "6630a1b2c3d4e5f6a7b8c9d0",
            "entry_id": "6630a1b2c3d4e5f6a7b8c9e1",
            "limit": c.pick([50, 100]),
            "fields": JDY_WIDGETS,
            "filter": {"rel": c.pick(["and", "or"]), "cond": cond},
        }
        if c.chance(0.5):
            doc["data_id"] = c.hexs(12)
        h = {
            "Authorization": f"Bearer {c.alnum(32)}",
            "Content-Type": "application/json",
            "User-Agent": "Apache-HttpClient/4.5.14 (Java/17.0.11)",
            "Accept-Encoding": "gzip,deflate",
        }
        c.add(f, "jdy-data-list", "POST", "/api/v5/app/entry/data/list", h, js_doc(doc))


# --- generation, check and files -------------------------------------------------------------------


def gen() -> list[dict]:
    return generate(Corpus(SEED), FAMILIES)


def check(rec: dict) -> list[str]:
    """What is wrong with one record as an HTTP request (empty: nothing): tests/waf/data/corpus_kit.py."""
    return check_record(rec, SOURCES)


if __name__ == "__main__":
    write_corpus(gen(), check, split, TUNING_FILE, HELD_OUT_FILE, len(FAMILIES))
