"""Generate corpus D: a FOURTH set of ordinary requests to Chinese government sites, independent of A, B and C.

    python tests/waf/data/gen_cms_corpus_d.py   # writes cms_d_tuning.jsonl and cms_d_heldout.jsonl next to it

Why a fourth corpus: A, B and C are mostly what a site's own pages and forms send. Corpus D covers what
current browsers and clients send on their own or through small scripts, which none of them has: text
beacons (navigator.sendBeacon and keepalive fetch with string bodies, web-vitals metrics), fetch() and
XMLHttpRequest posting JSON text without a Content-Type (text/plain;charset=UTF-8), front-end error
monitors (Sentry envelopes, image beacons, stack traces), CSP and Reporting API reports, page and
subresource loads with client hints, fetch metadata, Priority, speculation-rules prefetch and
revalidations, WeChat/Alipay mini-program and 政务 app webview requests, unified sign-on hops (OAuth 2.0 /
OIDC with PKCE, CAS, SAML), link checkers and uptime monitors, feed readers and WebSub, PWA manifests,
service workers and Web Push, browser tracing/RUM exporters (OTLP, Zipkin, SkyWalking) and real-time
transports (WebSocket handshakes, Socket.IO, SockJS/STOMP, SignalR). ``SOURCES`` names the public
material each family's URLs, parameters, headers and bodies come from; values are generated
deterministically (``SEED``); HOST is a placeholder the evaluation replaces.

Every request carries ``family``, ``shape``, ``source`` and ``label`` = family/shape, and has the JSONL
shape of corpora A, B and C (method, path, headers, body or body_b64).

THE SPLIT, decided and written down here before the corpus was generated and before anything was
evaluated (no WAF result on D was seen by its author; docs/waf.md, held-out discipline):
  1. Whole families held out: the three families whose sha256("corpus-d/<family>") hex digests sort
     first. No tuning may see them.
  2. In every other family, a (family, shape) group is held out when sha256("corpus-d/<family>/<shape>")
     has a first byte divisible by 4.
  3. Everything else is the tuning part. Made once; never re-split, edited or regenerated to pass.
"""

from __future__ import annotations

import base64
import hashlib
import json
import random
import sys
import urllib.parse
import uuid
import zlib
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from email.utils import formatdate
from pathlib import Path
from typing import TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # run as a script from anywhere

from tests.waf.data.corpus_kit import HashSplit, check_record, record

T = TypeVar("T")

HERE = Path(__file__).parent
TUNING_FILE = HERE / "cms_d_tuning.jsonl"
HELD_OUT_FILE = HERE / "cms_d_heldout.jsonl"
SEED = 20261219
HOST = "www.example.gov.cn"
SITE = f"https://{HOST}"
SALT = "corpus-d/"

SOURCES = {
    "beacon-text": "W3C Beacon (navigator.sendBeacon: a string body is sent as text/plain;charset=UTF-8, "
    "URLSearchParams as application/x-www-form-urlencoded;charset=UTF-8) and WHATWG Fetch (extract a body, "
    "keepalive); MDN Navigator.sendBeacon; GoogleChrome/web-vitals README and types (name, value, rating, delta, "
    "id, navigationType; attribution build: LCP/INP/CLS/FCP/TTFB subparts and CSS-selector targets); Plausible "
    "Analytics tracker (POST /api/event with a text/plain JSON body)",
    "fetch-string": "WHATWG Fetch 'extract a body' and XMLHttpRequest send(): a string body without a page-set "
    "Content-Type goes out as text/plain;charset=UTF-8; MDN Using the Fetch API; axios docs (objects sent as "
    "application/json); simple front ends of 站内搜索, 留言评论, 点赞, 浏览计数 and 问卷 APIs that post "
    "JSON.stringify() output either way",
    "error-monitor": "Sentry developer docs (Envelopes: POST /api/<project>/envelope/ with newline-separated "
    "JSON; legacy /store/; sentry_key/sentry_version=7 query auth; tunnel option; event, session and "
    "transaction payloads) and @sentry/browser's fetch transport; 阿里云 ARMS 前端监控 SDK 参考 (image beacons, "
    "t=error/api/perf parameters); self-hosted open-source front-end monitors' js/resource/promise/vue error "
    "payloads; V8, SpiderMonkey and JavaScriptCore error messages and stack formats",
    "csp-report": "W3C Content Security Policy Level 3 (report-uri: application/csp-report with document-uri, "
    "violated-directive, effective-directive, original-policy, blocked-uri, script-sample, disposition, "
    "status-code); W3C Reporting API (application/reports+json: age, type, url, user_agent, body) and MDN "
    "CSPViolationReportBody, DeprecationReportBody, InterventionReportBody and Permissions-Policy violation "
    "reports; W3C Network Error Logging (network-error: phase, type, elapsed_time, sampling_fraction)",
    "client-hints": "WICG User-Agent Client Hints and RFC 8942 (Sec-CH-UA, -Mobile, -Platform; high-entropy "
    "hints after Accept-CH) with Chromium's GREASE brand algorithm; W3C Fetch Metadata (Sec-Fetch-Site/Mode/"
    "Dest/User); RFC 9218 Priority; HTML Standard speculative loading and MDN Sec-Purpose (prefetch, "
    "prefetch;prerender); RFC 9110 conditional requests; MDN default Accept values; the UA strings of Chrome, "
    "Edge, 360安全浏览器, QQ浏览器, Firefox and Safari",
    "miniprogram": "微信开放文档 小程序 网络 (wx.request: Referer fixed as https://servicewechat.com/{appid}/"
    "{version}/page-frame.html, headers as the page gives them, default content-type application/json; "
    "wx.login code; wx.requestSubscribeMessage results; the web-view component and miniProgram in the UA); "
    "支付宝小程序 my.request (Referer https://{appid}.hybrid.alipay-eco.com/...); Android WebView "
    "X-Requested-With in 政务 app webviews",
    "sso-oidc": "RFC 6749 OAuth 2.0, RFC 7636 PKCE, OpenID Connect Core 1.0 and RP-Initiated Logout 1.0 "
    "(authorize query, token form posts, refresh, userinfo, id_token_hint); Keycloak docs (session_state and "
    "iss on the callback); Apereo CAS Protocol 3.0 (/login?service=, /serviceValidate, /p3/serviceValidate "
    "with ticket=ST-… and format=JSON) and 华为云 OneAccess CAS API docs; OASIS SAML 2.0 Bindings (HTTP-POST "
    "SAMLResponse base64, HTTP-Redirect SAMLRequest DEFLATE+base64 with SigAlg/Signature, RelayState)",
    "link-checker": "RFC 9110 (HEAD, Range, If-Modified-Since), RFC 9309 robots.txt, sitemaps.org, RFC 9116 "
    "security.txt; 《政府网站发展指引》 and the 政府网站普查/抽查 indicators (首页不可用, 链接不可用, 错别字); "
    "public link checkers and monitors and their documented User-Agents (W3C Link Checker, LinkChecker, "
    "Prometheus blackbox_exporter, Uptime Kuma, UptimeRobot, Zabbix, monitoring-plugins check_http, 监控宝)",
    "feed-reader": "RSS 2.0, RFC 4287 Atom, JSON Feed 1.1, OPML 2.0; W3C WebSub (hub.mode=subscribe/"
    "unsubscribe/publish, hub.topic, hub.callback, hub.lease_seconds, hub.secret form posts); feed readers' "
    "documented fetchers and conditional GETs (Feedly, Inoreader, FreshRSS, Miniflux, Tiny Tiny RSS, "
    "NetNewsWire); 政府网站 政策订阅/信息订阅 (RSS and e-mail subscriptions)",
    "pwa-push": "W3C Web App Manifest; W3C Service Workers (Service-Worker: script on script fetches, update "
    "checks, Service-Worker-Navigation-Preload); W3C Push API (PushSubscription.toJSON: endpoint, "
    "expirationTime, keys p256dh/auth in base64url) and RFC 8292 VAPID; Notifications API notificationclick "
    "and clients.openWindow; Workbox docs (precache __WB_REVISION__, workbox-sw)",
    "apm-trace": "OpenTelemetry Protocol OTLP/HTTP JSON (resourceSpans/scopeSpans/spans, resourceLogs, "
    "resourceMetrics) and opentelemetry-js web instrumentations (document-load, fetch, xml-http-request, "
    "user-interaction); W3C Trace Context (traceparent, tracestate); OpenZipkin API v2 (POST /api/v2/spans) "
    "and B3 propagation; Apache SkyWalking client-js (/browser/perfData, /browser/errorLogs, /v3/segments, "
    "sw8 header)",
    "realtime-ws": "RFC 6455 WebSocket opening handshake (Upgrade, Sec-WebSocket-Key/Version/Protocol) and "
    "RFC 7692 permessage-deflate; Engine.IO v4 / Socket.IO protocol (polling GET/POST text/plain packets, "
    "record separator 0x1e, transport=websocket upgrade); SockJS protocol (/info, xhr_send JSON arrays) "
    "carrying STOMP 1.2 frames; ASP.NET Core SignalR transports and hub protocol (long polling, JSON "
    "handshake ending in 0x1e, X-SignalR-User-Agent); MQTT over WebSocket (Sec-WebSocket-Protocol: mqtt)",
}

SPLIT = HashSplit(SALT, SOURCES)  # the rule in the docstring (tests/waf/data/corpus_kit.py)
HELD_OUT_FAMILIES = SPLIT.held_out_families


def split(reqs: list[dict]) -> tuple[list[dict], list[dict]]:
    """(tuning part, held-out part) by the docstring's rule."""
    return SPLIT.split(reqs)


# --- value pools -----------------------------------------------------------------------------------

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐"
GIVEN = [
    "伟",
    "芳",
    "娜",
    "秀英",
    "敏",
    "静",
    "丽",
    "强",
    "磊",
    "军",
    "洋",
    "勇",
    "艳",
    "杰",
    "娟",
    "涛",
    "明",
    "超",
    "秀兰",
    "霞",
    "浩然",
    "梓涵",
    "一诺",
    "子轩",
]
DEPTS = [
    "发展和改革委员会",
    "教育局",
    "公安局",
    "民政局",
    "人力资源和社会保障局",
    "自然资源和规划局",
    "生态环境局",
    "住房和城乡建设局",
    "交通运输局",
    "卫生健康委员会",
    "市场监督管理局",
    "医疗保障局",
    "行政审批服务局",
    "退役军人事务局",
    "农业农村局",
    "文化广电旅游局",
]
KEYWORDS = [
    "公积金提取",
    "社保卡 补办",
    "居住证办理",
    "人才引进 补贴",
    "老旧小区改造",
    "义务教育 招生 划片",
    "新生儿 医保 参保",
    "不动产登记",
    "营业执照 变更",
    "个体工商户 注销",
    "养老保险 转移",
    "失业金 申领",
    "电动自行车 登记",
    "二手房 交易 税费",
    "政府信息公开 申请",
    "2026年 政府工作报告",
    "惠企政策 兑现",
    "高校毕业生 就业补贴",
    "残疾人 两项补贴",
    "城乡居民 医保 缴费标准",
    "燃气 报装",
    "十五五 规划",
    "事业单位 招聘 2026",
    "法律援助 申请条件",
    "独生子女 奖励扶助",
    "“高效办成一件事”",
    "低空经济",
]
SUBJECTS = [
    "进一步优化营商环境",
    "推进城市更新行动",
    "促进民营经济发展壮大",
    "加快发展新质生产力",
    "养老服务体系建设",
    "城乡居民基本医疗保险",
    "农村人居环境整治提升",
    "公共数据授权运营管理",
    "政务服务“高效办成一件事”",
    "低空经济高质量发展",
    "既有住宅加装电梯",
    "义务教育阶段学校招生入学",
]
TITLES = [
    "关于印发《{s}实施方案》的通知",
    "关于公开征求《{s}若干措施（征求意见稿）》意见的公告",
    "《{s}》政策解读",
    "市人民政府办公室关于{s}的实施意见",
    "{d}2026年度部门预算公开",
    "{d}关于2026年第三批拟认定名单的公示",
]
COMMENTS = [
    "请问老旧小区加装电梯的补贴标准是多少？我们小区已经有三分之二以上业主同意了。",
    "建议在政务服务中心增加周末延时服务窗口，上班族平时请假不方便。",
    "文件里说的“符合条件的高校毕业生”具体指哪些？毕业两年内的是否包括在内？",
    "点赞！网上办理很方便，十分钟就办完了。",
    "附件下载不了，提示404，麻烦看一下。",
    "第三条第（二）款中“原则上”是什么意思，有没有例外情况？",
    "希望公交线路能延伸到新区，目前出行很不方便。",
    "我是外地户籍，在本市缴纳社保满一年，可以申请公租房吗？",
    "政策很好，但是申报系统总是卡在上传材料那一步，换了浏览器也不行。",
    "建议把办事指南里的材料清单做成可以勾选的表格 & 附上样表。",
]
SELECTORS = [
    "div#main>ul.list>li:nth-child(3)>a",
    "#banner>div.swiper-wrapper>div.swiper-slide.swiper-slide-active>img",
    "html>body>div.header>div.nav>ul>li:nth-child(5)>a",
    "div.search-box>input#keyword",
    "button.btn-search",
    "div.article-content>p:nth-child(2)>img",
    "#app>div.home>section.news>div.tab>span.active",
    "div.footer>div.links>select",
    "html>body>div.container>div.zwgk-left>ul>li.on>a",
    "img.logo",
    "div#zoom>p>span",
    "div.pagination>a.next",
    "#xxgk-table>tbody>tr:nth-child(7)>td.title>a",
    "div.el-dialog__wrapper>div.el-dialog>div.el-dialog__footer>span>button.el-button--primary",
]
COLUMNS = ["zwgk/zcwj", "zwgk/tzgg", "xwzx/zwyw", "xwzx/bmdt", "zfxxgk/fdzdgknr", "hdjl/zjdc", "bsfw/bszn", "zcjd"]
JS_BUNDLES = [
    "static/js/app.{h}.js",
    "static/js/chunk-vendors.{h}.js",
    "assets/index-{h}.js",
    "js/main.{h}.min.js",
    "static/js/pages-news-detail.{h}.js",
    "dist/portal.{h}.bundle.js",
]
JS_ERRORS = [
    ("TypeError", "Cannot read properties of undefined (reading 'length')"),
    ("TypeError", "Cannot read properties of null (reading 'addEventListener')"),
    ("TypeError", "Cannot set properties of null (setting 'innerHTML')"),
    ("ReferenceError", "$ is not defined"),
    ("ReferenceError", "WeixinJSBridge is not defined"),
    ("TypeError", "e.slice is not a function"),
    ("SyntaxError", "Unexpected token '<', \"<!DOCTYPE \"... is not valid JSON"),
    ("ChunkLoadError", "Loading chunk 382 failed."),
    ("TypeError", "Failed to fetch"),
    ("TypeError", "undefined is not an object (evaluating 'window.WeixinJSBridge.invoke')"),
    ("SecurityError", "Failed to read the 'localStorage' property from 'Window': Access is denied for this document."),
    ("AxiosError", "timeout of 10000ms exceeded"),
    ("Error", "ResizeObserver loop completed with undelivered notifications."),
    ("TypeError", "NetworkError when attempting to fetch resource."),
]

T1 = 1795000000000  # Date.now() range: late November 2026
T2 = 1796300000000


# --- browsers ------------------------------------------------------------------------------------

GREASE_CHARS = [" ", "(", ":", "-", ".", "/", ")", ";", "=", "?", "_"]
GREASE_VERSIONS = ["8", "99", "24"]
ORDERS = [(0, 1, 2), (0, 2, 1), (1, 0, 2), (1, 2, 0), (2, 0, 1), (2, 1, 0)]


def sec_ch_ua(major: int, brand: str | None, full: str | None = None) -> str:
    """Sec-CH-UA as Chromium writes it: a GREASE brand, Chromium and the product brand, permuted by the major
    version (components/embedder_support/user_agent_utils.cc)."""
    grease = f"Not{GREASE_CHARS[major % 11]}A{GREASE_CHARS[(major + 1) % 11]}Brand"
    ver = full or str(major)
    entries: list[str | None] = [None, None, None]
    order = ORDERS[major % 6]
    entries[order[0]] = f'"{grease}";v="{GREASE_VERSIONS[major % 3] + (".0.0.0" if full else "")}"'
    entries[order[1]] = f'"Chromium";v="{ver}"'
    entries[order[2]] = f'"{brand}";v="{ver}"' if brand else None
    return ", ".join(e for e in entries if e)


class Browser:
    """One client: its engine decides header names, order and defaults."""

    def __init__(
        self,
        engine: str,
        ua: str,
        major: int = 0,
        brand: str | None = None,
        platform: str = "Windows",
        mobile: bool = False,
        lang: str = "zh-CN,zh;q=0.9",
        xrw: str | None = None,
        hints: bool = True,
    ) -> None:
        self.engine, self.ua, self.major, self.brand = engine, ua, major, brand
        self.platform, self.mobile, self.lang, self.xrw = platform, mobile, lang, xrw
        self.hints = hints and engine == "chromium"

    @property
    def enc(self) -> str:
        if self.engine == "safari" or (self.engine == "chromium" and self.major < 123):
            return "gzip, deflate, br"
        return "gzip, deflate, br, zstd"


def _win_chrome(r: random.Random) -> Browser:
    v = r.randint(138, 150)
    ua = (
        f"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
        f"Chrome/{v}.0.0.0 Safari/537.36"
    )
    return Browser("chromium", ua, v, "Google Chrome", lang=r.choice(["zh-CN,zh;q=0.9", "zh-CN,zh;q=0.9,en;q=0.8"]))


def _edge(r: random.Random) -> Browser:
    v = r.randint(138, 150)
    ua = (
        f"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 "
        f"Safari/537.36 Edg/{v}.0.0.0"
    )
    return Browser("chromium", ua, v, "Microsoft Edge", lang="zh-CN,zh;q=0.9,en;q=0.8,en-GB;q=0.7,en-US;q=0.6")


def _360(r: random.Random) -> Browser:
    v = r.choice([108, 122, 132])
    ua = f"Mozilla/5.0 (Windows NT 10.0; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36"
    if r.random() < 0.5:
        ua += r.choice([" QIHU 360SE", " QIHU 360EE"])
    return Browser("chromium", ua, v, None)


def _qq(r: random.Random) -> Browser:
    v = r.choice([112, 123, 130])
    ua = (
        f"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 "
        f"Safari/537.36 Core/1.{v}.{r.randint(400, 900)}.400 QQBrowser/{r.choice(['13.5', '19.1', '19.4'])}."
        f"{r.randint(5000, 7000)}.400"
    )
    return Browser("chromium", ua, v, None)


def _xinchuang(r: random.Random) -> Browser:  # 统信UOS / 麒麟 desktops on ARM, a Chromium of their own
    v = r.choice([108, 114, 120])
    ua = f"Mozilla/5.0 (X11; Linux aarch64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36"
    return Browser("chromium", ua, v, None, platform="Linux")


def _mac_chrome(r: random.Random) -> Browser:
    v = r.randint(140, 150)
    ua = (
        f"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
        f"Chrome/{v}.0.0.0 Safari/537.36"
    )
    return Browser("chromium", ua, v, "Google Chrome", platform="macOS")


def _android_chrome(r: random.Random) -> Browser:
    v = r.randint(138, 150)
    ua = (
        f"Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) "
        f"Chrome/{v}.0.0.0 Mobile Safari/537.36"
    )
    return Browser(
        "chromium", ua, v, "Google Chrome", platform="Android", mobile=True, lang="zh-CN,zh;q=0.9,en-US;q=0.8,en;q=0.7"
    )


def _huawei(r: random.Random) -> Browser:
    v = r.choice([114, 121])
    ua = (
        f"Mozilla/5.0 (Linux; Android 12; HarmonyOS; {r.choice(['NOH-AN00', 'ALN-AL10', 'CET-AL00'])}; "
        f"HMSCore 6.15.0.302) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.5735.196 "
        f"HuaweiBrowser/15.0.{r.randint(2, 9)}.312 Mobile Safari/537.36"
    )
    return Browser("chromium", ua, v, None, platform="Android", mobile=True)


def _wechat_android(r: random.Random) -> Browser:
    v = r.choice([130, 134, 138])
    ua = (
        f"Mozilla/5.0 (Linux; Android {r.choice([13, 14, 15])}; "
        f"{r.choice(['V2309A', 'PJZ110', '23127PN0CC', 'ALN-AL80'])} "
        f"Build/UP1A.231005.007; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/{v}.0.6723.103 Mobile "
        f"Safari/537.36 XWEB/{r.randint(1300000, 1380000)} MMWEBSDK/20251006 MMWEBID/{r.randint(1000, 9999)} "
        f"MicroMessenger/8.0.{r.randint(58, 64)}.2900(0x28003D37) WeChat/arm64 Weixin NetType/"
        f"{r.choice(['WIFI', '5G', '4G'])} Language/zh_CN ABI/arm64"
    )
    return Browser(
        "chromium",
        ua,
        v,
        "Android WebView",
        platform="Android",
        mobile=True,
        lang="zh-CN,zh;q=0.9,en-US;q=0.8,en;q=0.7",
        xrw="com.tencent.mm",
    )


def _firefox(r: random.Random) -> Browser:
    v = r.choice([140, 145, 147, 149])
    plat = r.choice(["Windows NT 10.0; Win64; x64", "X11; Linux x86_64", "Macintosh; Intel Mac OS X 10.15"])
    return Browser(
        "firefox",
        f"Mozilla/5.0 ({plat}; rv:{v}.0) Gecko/20100101 Firefox/{v}.0",
        v,
        lang="zh-CN,zh;q=0.8,zh-TW;q=0.7,zh-HK;q=0.5,en-US;q=0.3,en;q=0.2",
    )


def _safari_mac(r: random.Random) -> Browser:
    ver = r.choice(["18.6", "26.0", "26.1"])
    ua = (
        f"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
        f"Version/{ver} Safari/605.1.15"
    )
    return Browser("safari", ua, platform="macOS", lang="zh-CN,zh-Hans;q=0.9")


def _iphone(r: random.Random) -> Browser:
    ver = r.choice(["18.6", "26.0", "26.1"])
    ua = (
        f"Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
        f"Version/{ver} Mobile/15E148 Safari/604.1"
    )
    return Browser("safari", ua, platform="iOS", mobile=True, lang="zh-CN,zh-Hans;q=0.9")


def _wechat_ios(r: random.Random) -> Browser:
    ua = (
        f"Mozilla/5.0 (iPhone; CPU iPhone OS {r.choice(['17_6_1', '18_6', '18_6_2'])} like Mac OS X) "
        f"AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.{r.randint(58, 64)}"
        f"(0x1800{r.randint(3000, 3999)}) NetType/{r.choice(['WIFI', '4G'])} Language/zh_CN"
    )
    return Browser("safari", ua, platform="iOS", mobile=True, lang="zh-CN,zh-Hans;q=0.9")


DESKTOP = [
    _win_chrome,
    _win_chrome,
    _win_chrome,
    _edge,
    _edge,
    _360,
    _qq,
    _xinchuang,
    _mac_chrome,
    _firefox,
    _safari_mac,
]
MOBILE = [_android_chrome, _android_chrome, _huawei, _wechat_android, _wechat_android, _iphone, _iphone, _wechat_ios]
FIREFOX_PRIORITY = {
    "document": "u=0, i",
    "script": "u=2",
    "style": "u=2",
    "image": "u=5, i",
    "font": "u=3",
    "empty": "u=4",
    "manifest": "u=4",
    "serviceworker": "u=4",
}
CHROME_PRIORITY = {
    "document": "u=0, i",
    "script": "u=1",
    "style": "u=0",
    "image": "u=1, i",
    "font": "u=0",
    "empty": "u=1, i",
}
ACCEPT_DOC = {
    "chromium": "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,"
    "application/signed-exchange;v=b3;q=0.7",
    "firefox": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
    "safari": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
}
ACCEPT_IMG = {
    "chromium": "image/avif,image/webp,image/apng,image/svg+xml,image/*,*/*;q=0.8",
    "firefox": "image/avif,image/webp,image/png,image/svg+xml,image/*;q=0.8,*/*;q=0.5",
    "safari": "image/webp,image/avif,image/jxl,image/heic,image/heic-sequence,video/*;q=0.8,image/png,"
    "image/svg+xml,image/*;q=0.8,*/*;q=0.5",
}
ACCEPT_CSS = {"chromium": "text/css,*/*;q=0.1", "firefox": "text/css,*/*;q=0.1", "safari": "text/css,*/*;q=0.1"}

# header order per engine (names as the browser writes them on the wire)
ORDER = {
    "chromium-document": [
        "Cache-Control",
        "sec-ch-ua",
        "sec-ch-ua-mobile",
        "sec-ch-ua-platform",
        "Upgrade-Insecure-Requests",
        "User-Agent",
        "Accept",
        "X-Requested-With",
        "Sec-Purpose",
        "Purpose",
        "Sec-Fetch-Site",
        "Sec-Fetch-Mode",
        "Sec-Fetch-User",
        "Sec-Fetch-Dest",
        "Referer",
        "Accept-Encoding",
        "Accept-Language",
        "Cookie",
    ],
    "chromium": [
        "Cache-Control",
        "sec-ch-ua-platform",
        "User-Agent",
        "sec-ch-ua",
        "Content-Type",
        "sec-ch-ua-mobile",
        "Accept",
        "Origin",
        "X-Requested-With",
        "Sec-Fetch-Site",
        "Sec-Fetch-Mode",
        "Sec-Fetch-Dest",
        "Referer",
        "Accept-Encoding",
        "Accept-Language",
        "Cookie",
    ],
    "firefox": [
        "User-Agent",
        "Accept",
        "Accept-Language",
        "Accept-Encoding",
        "Content-Type",
        "Origin",
        "Referer",
        "Cookie",
        "Upgrade-Insecure-Requests",
        "Sec-Fetch-Dest",
        "Sec-Fetch-Mode",
        "Sec-Fetch-Site",
        "Sec-Fetch-User",
        "Sec-Purpose",
        "Priority",
        "Pragma",
        "Cache-Control",
    ],
    "safari": [
        "Accept",
        "Content-Type",
        "Origin",
        "Sec-Fetch-Site",
        "Sec-Fetch-Dest",
        "Accept-Language",
        "Sec-Fetch-Mode",
        "Cache-Control",
        "User-Agent",
        "Referer",
        "Accept-Encoding",
        "Cookie",
        "Priority",
    ],
}


# --- the corpus ----------------------------------------------------------------------------------


class Corpus:
    """Collects the requests; owns the one random generator so that gen() is deterministic."""

    def __init__(self, seed: int) -> None:
        self.rnd = random.Random(seed)
        self.reqs: list[dict] = []

    # values ---------------------------------------------------------------------------------------
    def pick(self, seq: Sequence[T]) -> T:
        return self.rnd.choice(seq)

    def num(self, lo: int, hi: int) -> int:
        return self.rnd.randint(lo, hi)

    def chance(self, p: float) -> bool:
        return self.rnd.random() < p

    def hexs(self, nbytes: int) -> str:
        return self.rnd.randbytes(nbytes).hex()

    def uid(self) -> str:
        return str(uuid.UUID(int=self.rnd.getrandbits(128), version=4))

    def b64(self, nbytes: int, urlsafe: bool = False) -> str:
        raw = self.rnd.randbytes(nbytes)
        return base64.urlsafe_b64encode(raw).decode().rstrip("=") if urlsafe else base64.b64encode(raw).decode()

    def alnum(self, n: int, alphabet: str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") -> str:
        return "".join(self.pick(alphabet) for _ in range(n))

    def ms(self) -> int:
        return self.num(T1, T2)

    def iso(self, ms: int | None = None) -> str:
        t = datetime.fromtimestamp((ms or self.ms()) / 1000, UTC)
        return t.isoformat(timespec="milliseconds").replace("+00:00", "Z")

    def http_date(self, days_back: int = 60) -> str:
        return formatdate(self.ms() / 1000 - self.num(0, days_back * 86400), usegmt=True)

    def etag(self) -> str:
        tag = f'"{self.hexs(4)}-{self.hexs(2).lstrip("0") or "1"}"'  # nginx: mtime-length
        return self.pick([tag, "W/" + tag, f'"{self.hexs(16)}"'])

    def perf(self, lo: float, hi: float) -> float:
        """A DOMHighResTimeStamp as JSON.stringify writes it (float noise included)."""
        frac = self.pick(
            [
                0,
                0.10000000149011612,
                0.19999998807907104,
                0.30000001192092896,
                0.3999999761581421,
                0.5,
                0.6000000238418579,
                0.699999988079071,
                0.800000011920929,
                0.8999999761581421,
            ]
        )
        return self.num(int(lo), int(hi)) + frac

    def person(self) -> str:
        return self.pick(SURNAMES) + self.pick(GIVEN)

    def mobile(self) -> str:
        return f"1{self.pick('3456789')}{self.num(0, 9)}{self.num(10000000, 99999999)}"

    def title(self) -> str:
        return self.pick(TITLES).format(s=self.pick(SUBJECTS), d=self.pick(DEPTS).join(["市", ""]))

    def article(self, host: str = HOST) -> str:
        col = self.pick(COLUMNS)
        y, m = self.num(2024, 2026), self.num(1, 12)
        return self.pick(
            [
                f"https://{host}/{col}/{y}{m:02d}/t{y}{m:02d}{self.num(1, 28):02d}_{self.num(100000, 999999)}.html",
                f"https://{host}/art/{y}/{m}/{self.num(1, 28)}/art_{self.num(1200, 1800)}_"
                f"{self.num(10**6, 10**7)}.html",
                f"https://{host}/{col}/content/post_{self.num(10**6, 10**7)}.html",
                f"https://{host}/{col}/index.html",
                f"https://{host}/",
            ]
        )

    def bundle(self) -> str:
        return f"{SITE}/" + self.pick(JS_BUNDLES).format(h=self.hexs(4))

    def cookies(self, extra: Sequence[str] = ()) -> str | None:
        jar = list(extra)
        if self.chance(0.5):
            site = self.hexs(16)
            t = self.num(1794000000, 1796300000)
            jar.append(f"Hm_lvt_{site}={t - self.num(10000, 900000)},{t}")
            jar.append(f"Hm_lpvt_{site}={t}")
        if self.chance(0.35):
            jar.append(f"JSESSIONID={self.hexs(16).upper()}")
        if self.chance(0.2):
            jar.append(f"acw_tc={self.hexs(20)}")
        if self.chance(0.15):
            jar.append(
                f"SERVERID={self.hexs(16)}|{self.num(1795000000, 1796300000)}|{self.num(1795000000, 1796300000)}"
            )
        return "; ".join(jar) or None

    # clients --------------------------------------------------------------------------------------
    def browser(self, mobile: float = 0.35, engine: str | None = None) -> Browser:
        for _ in range(50):
            b = self.pick(MOBILE if self.chance(mobile) else DESKTOP)(self.rnd)
            if engine is None or b.engine == engine:
                return b
        return _win_chrome(self.rnd)

    def headers(
        self,
        b: Browser,
        dest: str = "empty",
        mode: str = "cors",
        site: str = "same-origin",
        accept: str = "*/*",
        referer: str | None = "",
        ctype: str | None = None,
        origin: bool = False,
        cookie: bool | str = True,
        user: bool = False,
        extra: dict[str, str] | None = None,
        priority: bool = True,
    ) -> dict[str, str]:
        """A browser's request headers, in its engine's order. referer "" = an article of the site, None = none."""
        h: dict[str, str] = {}
        if b.hints:
            h["sec-ch-ua"] = sec_ch_ua(b.major, b.brand)
            h["sec-ch-ua-mobile"] = "?1" if b.mobile else "?0"
            h["sec-ch-ua-platform"] = f'"{b.platform}"'
        if dest == "document":
            h["Upgrade-Insecure-Requests"] = "1"
            if b.xrw:
                h["X-Requested-With"] = b.xrw
        h["User-Agent"] = b.ua
        h["Accept"] = accept
        if ctype:
            h["Content-Type"] = ctype
        if origin:
            h["Origin"] = SITE
        if not (b.engine == "safari" and "Mozilla/5.0 (iPhone" in b.ua and "MicroMessenger" in b.ua):
            h["Sec-Fetch-Site"] = site
            h["Sec-Fetch-Mode"] = mode
            if user and b.engine != "safari":
                h["Sec-Fetch-User"] = "?1"
            h["Sec-Fetch-Dest"] = dest
        if referer is not None:
            h["Referer"] = referer or self.article()
        h["Accept-Encoding"] = b.enc
        h["Accept-Language"] = b.lang
        jar = cookie if isinstance(cookie, str) else (self.cookies() if cookie else None)
        if jar:
            h["Cookie"] = jar
        if priority and (b.engine == "firefox" or (b.engine == "safari" and dest == "document")):
            h["Priority"] = FIREFOX_PRIORITY.get(dest, "u=4") if b.engine == "firefox" else "u=0, i"
        h.update(extra or {})
        key = "chromium-document" if (b.engine == "chromium" and dest == "document") else b.engine
        order = ORDER[key]
        ranked = sorted(h, key=lambda k: order.index(k) if k in order else len(order))
        out = {k: h[k] for k in ranked}
        if priority and b.engine == "chromium" and dest in CHROME_PRIORITY and self.chance(0.4):
            out["priority"] = CHROME_PRIORITY[dest]  # what an HTTP/2 hop passes on, lower-case
        return out

    def nav(
        self,
        b: Browser,
        site: str = "same-origin",
        referer: str | None = "",
        user: bool = True,
        extra: dict[str, str] | None = None,
        cookie: bool | str = True,
    ) -> dict[str, str]:
        return self.headers(
            b, "document", "navigate", site, ACCEPT_DOC[b.engine], referer, user=user, extra=extra, cookie=cookie
        )

    # requests -------------------------------------------------------------------------------------
    def add(
        self, family: str, shape: str, method: str, path: str, h: dict[str, str], body: str | bytes | None = None
    ) -> None:
        self.reqs.append(record(SOURCES[family], family, shape, method, path, h, body))


def js_json(doc: object) -> str:
    """JSON as JSON.stringify writes it: compact, UTF-8 text."""
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":"))


def uri(value: object) -> str:
    return urllib.parse.quote(str(value), safe="-_.!~*'()")  # encodeURIComponent


def usp(value: object) -> str:
    return urllib.parse.quote_plus(str(value), safe="*")  # URLSearchParams / an HTML form


def qs(params: Sequence[tuple[str, object]] | dict[str, object], enc: Callable[[object], str] = uri) -> str:
    items = params.items() if isinstance(params, dict) else params
    return "&".join(f"{enc(k)}={enc(v)}" for k, v in items)


def whatwg(url: str) -> str:
    """A URL as the WHATWG parser sends it: non-ASCII and spaces percent-encoded, the rest as written."""
    return urllib.parse.quote(url, safe="!#$%&'()*+,-./:;=?@[\\]^_`{|}~")


def path_of(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    return parts.path + ("?" + parts.query if parts.query else "")


TEXT = "text/plain;charset=UTF-8"
FORM = "application/x-www-form-urlencoded;charset=UTF-8"
JSON_CT = "application/json;charset=UTF-8"

FAMILIES: dict[str, Callable[[Corpus], None]] = {}


def family(name: str) -> Callable[[Callable[[Corpus], None]], Callable[[Corpus], None]]:
    def register(fn: Callable[[Corpus], None]) -> Callable[[Corpus], None]:
        FAMILIES[name] = fn
        return fn

    return register


# --- beacon-text ----------------------------------------------------------------------------------

VITALS = {  # name: (low, high, good, needs-improvement), milliseconds except CLS
    "LCP": (700, 6500, 2500, 4000),
    "INP": (16, 900, 200, 500),
    "CLS": (0, 0, 0.1, 0.25),
    "FCP": (300, 4200, 1800, 3000),
    "TTFB": (40, 2600, 800, 1800),
}


def _vital(c: Corpus, name: str, attribution: bool) -> dict:
    lo, hi, good, ni = VITALS[name]
    value: float = round(c.rnd.random() * 0.45, 6) if name == "CLS" else c.perf(lo, hi)
    if name == "INP":  # INP is a whole number of milliseconds, in steps of 8 (event timing granularity)
        value = c.pick([8, 16, 24, 32, 40, 48, 56, 64, 72, 96, 104, 136, 168, 200, 232, 296, 352, 488, 560, 712])
    rating = "good" if value <= good else "needs-improvement" if value <= ni else "poor"
    v = c.pick(["v4", "v5", "v5"])
    m: dict = {
        "name": name,
        "value": value,
        "rating": rating,
        "delta": value,
        "id": f"{v}-{c.ms()}-{c.num(10**12, 9 * 10**12)}",
        "navigationType": c.pick(
            ["navigate", "navigate", "navigate", "reload", "back-forward", "back-forward-cache", "prerender", "restore"]
        ),
    }
    if c.chance(0.3):
        m["entries"] = []
    if not attribution:
        return m
    if name == "LCP":
        ttfb = c.perf(40, 900)
        m["attribution"] = {
            ("target" if v == "v5" else "element"): c.pick(SELECTORS),
            "url": f"{SITE}/uploadfiles/2026/11/{c.hexs(8)}.jpg" if c.chance(0.6) else None,
            "timeToFirstByte": ttfb,
            "resourceLoadDelay": c.perf(0, 400),
            "resourceLoadDuration": c.perf(10, 1800),
            "elementRenderDelay": c.perf(0, 600),
        }
    elif name == "INP":
        m["attribution"] = {
            "interactionTarget": c.pick(SELECTORS),
            "interactionType": c.pick(["pointer", "keyboard"]),
            "interactionTime": c.perf(900, 60000),
            "nextPaintTime": c.perf(900, 60000),
            "inputDelay": c.perf(0, 80),
            "processingDuration": c.perf(2, 400),
            "presentationDelay": c.perf(5, 120),
            "loadState": c.pick(["complete", "dom-content-loaded", "dom-interactive", "loading"]),
        }
        if c.chance(0.4):
            m["attribution"]["longestScript"] = {
                "subpart": "processing-duration",
                "intersectingDuration": c.num(10, 300),
            }
    elif name == "CLS":
        m["attribution"] = {
            "largestShiftTarget": c.pick(SELECTORS),
            "largestShiftTime": c.perf(200, 8000),
            "largestShiftValue": round(c.rnd.random() * 0.3, 6),
            "loadState": c.pick(["complete", "dom-content-loaded"]),
        }
    elif name == "FCP":
        m["attribution"] = {
            "timeToFirstByte": c.perf(40, 900),
            "firstByteToFCP": c.perf(100, 2500),
            "loadState": c.pick(["dom-interactive", "dom-content-loaded", "loading"]),
        }
    else:
        m["attribution"] = {
            "waitingDuration": c.perf(0, 30),
            "cacheDuration": c.perf(0, 5),
            "dnsDuration": c.perf(0, 80),
            "connectionDuration": c.perf(0, 200),
            "requestDuration": c.perf(30, 1500),
        }
    return m


def _beacon(
    c: Corpus, shape: str, path: str, body: str, ctype: str = TEXT, mode: str = "no-cors", b: Browser | None = None
) -> None:
    b = b or c.browser()
    referer = c.article()
    c.add(
        "beacon-text",
        shape,
        "POST",
        path,
        c.headers(b, "empty", mode, ctype=ctype, origin=True, referer=referer, priority=False),
        body,
    )


@family("beacon-text")
def beacon_text(c: Corpus) -> None:
    endpoints = ["/analytics/vitals", "/api/rum/vitals", "/stat/webvitals", "/collect/perf", "/api/v1/monitor/vitals"]
    for _ in range(18):
        _beacon(c, "vitals-json", c.pick(endpoints), js_json(_vital(c, c.pick(list(VITALS)), False)))
    for _ in range(18):
        _beacon(c, "vitals-attribution", c.pick(endpoints), js_json(_vital(c, c.pick(list(VITALS)), True)))
    for _ in range(12):
        page = c.article()
        batch = [_vital(c, n, c.chance(0.5)) for n in c.rnd.sample(list(VITALS), c.num(2, 5))]
        _beacon(c, "vitals-batch", c.pick(endpoints), js_json({"page": page, "ts": c.ms(), "metrics": batch}))
    for _ in range(14):  # URLSearchParams(...).toString() passed as a string: still text/plain
        fields = [
            ("sid", c.hexs(8)),
            ("pv", c.num(1, 9)),
            ("url", c.article()),
            ("ref", c.pick(["", "https://www.baidu.com/", c.article()])),
            ("title", c.title()),
            ("sw", c.pick([1920, 1536, 1440, 390, 414])),
            ("sh", c.pick([1080, 864, 900, 844, 896])),
            ("lang", "zh-CN"),
            ("dur", c.num(800, 600000)),
            ("scroll", round(c.rnd.random(), 2)),
        ]
        _beacon(c, "kv-string", c.pick(["/stat/beacon", "/tj/b.gif", "/api/stat/pv"]), qs(fields, usp))
    for _ in range(12):  # the same fields as a URLSearchParams object: form-encoded
        fields = [
            ("event", c.pick(["page_leave", "visibility_hidden", "pagehide"])),
            ("articleId", c.num(10**5, 10**6)),
            ("stay", c.num(1, 1800)),
            ("depth", f"{c.num(5, 100)}%"),
            ("col", c.pick(COLUMNS)),
            ("kw", c.pick(KEYWORDS)),
        ]
        _beacon(c, "urlsearchparams", c.pick(["/api/stat/leave", "/stat/beacon"]), qs(fields, usp), FORM)
    for _ in range(14):
        doc = {
            "event": "page_leave",
            "url": c.article(),
            "title": c.title(),
            "stayTime": c.num(1000, 900000),
            "maxScroll": round(c.rnd.random(), 3),
            "visibility": "hidden",
            "ts": c.ms(),
            "uid": c.uid() if c.chance(0.5) else None,
        }
        _beacon(
            c, "page-leave", c.pick(["/api/stat/leave", "/analytics/collect", "/api/behavior/report"]), js_json(doc)
        )
    for _ in range(14):
        sel = c.pick(SELECTORS)
        doc = {
            "type": "click",
            "selector": sel,
            "xpath": '//*[@id="main"]/ul/li[' + str(c.num(1, 10)) + "]/a",
            "text": c.pick([c.title(), "下载附件", "在线办理", "查看更多>>", "上一页", "返回顶部", "【打印本页】"]),
            "href": c.article(),
            "x": c.num(0, 1900),
            "y": c.num(0, 6000),
            "page": c.article(),
            "t": c.ms(),
        }
        _beacon(c, "click-track", c.pick(["/api/track/click", "/analytics/event", "/heatmap/collect"]), js_json(doc))
    for _ in range(12):  # fetch(url, {method: 'POST', body: JSON.stringify(x), keepalive: true})
        doc = {
            "e": c.pick(["download", "share", "print", "font_size", "read_end"]),
            "aid": c.num(10**5, 10**6),
            "file": c.pick(["附件1：申报表.docx", "2026年预算公开.pdf", "政策解读.ofd", None]),
            "ts": c.ms(),
        }
        _beacon(c, "keepalive-fetch", c.pick(["/api/stat/event", "/api/log/event"]), js_json(doc), mode="cors")
    for _ in range(12):  # Plausible's tracker: fetch with Content-Type text/plain, a short JSON body
        page = c.article()
        doc = {
            "n": c.pick(["pageview", "pageview", "Outbound Link: Click", "File Download"]),
            "u": page,
            "d": HOST,
            "r": c.pick([None, "https://www.baidu.com/", "https://cn.bing.com/"]),
        }
        if doc["n"] != "pageview":
            doc["p"] = {"url": c.pick([c.article("www.gov.cn"), f"{SITE}/uploadfiles/2026/11/{c.hexs(6)}.pdf"])}
        _beacon(c, "plausible-event", "/api/event", js_json(doc), "text/plain", mode="cors")


# --- fetch-string ---------------------------------------------------------------------------------


def _api(
    c: Corpus,
    shape: str,
    path: str,
    body: str,
    ctype: str,
    b: Browser | None = None,
    extra: dict[str, str] | None = None,
) -> None:
    b = b or c.browser()
    c.add(
        "fetch-string",
        shape,
        "POST",
        path,
        c.headers(
            b,
            "empty",
            "cors",
            accept=c.pick(["*/*", "application/json, text/plain, */*"]),
            ctype=ctype,
            origin=True,
            extra=extra,
        ),
        body,
    )


@family("fetch-string")
def fetch_string(c: Corpus) -> None:
    def search_doc() -> dict:
        return {
            "keyword": c.pick(KEYWORDS),
            "page": c.num(1, 5),
            "size": c.pick([10, 15, 20]),
            "siteId": c.num(1, 60),
            "sort": c.pick(["relevance", "time", "-publishTime"]),
            "timeRange": c.pick(["", "1w", "1m", "1y"]),
            "scope": c.pick(["all", "title", "content"]),
            "columnIds": c.rnd.sample(range(100, 200), c.num(0, 3)),
        }

    for _ in range(16):
        _api(
            c,
            "search-textplain",
            c.pick(["/api/search", "/search/api/query", "/jsearch/api/list"]),
            js_json(search_doc()),
            TEXT,
        )
    for _ in range(14):
        _api(
            c,
            "search-json",
            c.pick(["/api/search", "/search/api/query"]),
            js_json(search_doc()),
            c.pick([JSON_CT, "application/json"]),
        )
    for _ in range(14):
        doc = {
            "articleId": c.num(10**5, 10**6),
            "content": c.pick(COMMENTS),
            "nickname": c.pick(["", "市民", c.person()]),
            "contact": c.pick(["", c.mobile()]),
            "anonymous": c.chance(0.5),
            "captcha": c.alnum(4),
        }
        _api(c, "comment-textplain", c.pick(["/api/comment/add", "/interact/comment/save"]), js_json(doc), TEXT)
    for _ in range(10):
        doc = {
            "articleId": c.num(10**5, 10**6),
            "content": c.pick(COMMENTS),
            "parentId": c.pick([0, c.num(1000, 9999)]),
        }
        _api(c, "comment-json", "/api/comment/add", js_json(doc), JSON_CT)
    for _ in range(12):
        doc = {
            "id": c.num(10**5, 10**6),
            "type": c.pick(["article", "video", "policy"]),
            "action": c.pick(["like", "unlike", "collect"]),
            "fp": c.hexs(16),
        }
        _api(c, "like-textplain", c.pick(["/api/article/like", "/api/interact/like"]), js_json(doc), TEXT)
    for _ in range(14):  # raw XMLHttpRequest: xhr.send(JSON.stringify(...)) without setRequestHeader
        doc = {
            "id": c.num(10**5, 10**6),
            "channel": c.pick(COLUMNS),
            "url": c.article(),
            "ref": c.pick(["", "https://www.baidu.com/"]),
        }
        _api(c, "counter-xhr", c.pick(["/api/counter/hit", "/api/visit/count", "/cms/count.do"]), js_json(doc), TEXT)
    for _ in range(10):
        doc = {"ids": [c.num(10**5, 10**6) for _ in range(c.num(1, 12))]}
        _api(c, "counter-json", "/api/counter/batch", js_json(doc), JSON_CT)
    for _ in range(12):
        answers = [{"q": i, "a": [c.pick("ABCD")]} for i in range(1, c.num(3, 8))]
        answers.append({"q": len(answers) + 1, "text": c.pick(COMMENTS)})
        doc = {
            "surveyId": c.num(100, 999),
            "answers": answers,
            "duration": c.num(30, 900),
            "source": c.pick(["pc", "h5"]),
        }
        _api(c, "survey-textplain", c.pick(["/api/survey/submit", "/wjdc/api/answer"]), js_json(doc), TEXT)
    for _ in range(12):  # fetch(url, {method:'POST', body: 'name=' + name + ...}): a form-like string, text/plain
        enc = c.pick([uri, str])
        body = "&".join(
            f"{k}={enc(v)}"
            for k, v in [
                ("name", c.person()),
                ("phone", c.mobile()),
                ("content", c.pick(COMMENTS)),
                ("type", c.num(1, 5)),
            ]
        )
        _api(c, "form-string", c.pick(["/api/message/save", "/hdjl/api/submit"]), body, TEXT)


# --- error-monitor --------------------------------------------------------------------------------


def _stack(c: Corpus, kind: str, message: str, engine: str) -> tuple[str, list[dict]]:
    frames = []
    for _ in range(c.num(2, 6)):
        frames.append(
            {
                "filename": c.bundle(),
                "function": c.pick(
                    [
                        "renderList",
                        "n.getList",
                        "Object.success",
                        "HTMLDocument.<anonymous>",
                        "Array.forEach",
                        "e.<computed>",
                        "loadMore",
                        "initSwiper",
                        "v.callback",
                    ]
                ),
                "lineno": c.num(1, 3),
                "colno": c.num(100, 90000),
                "in_app": True,
            }
        )
    if engine == "firefox":
        lines = [
            f"{f['function'].split('.')[-1].replace('<anonymous>', '')}@{f['filename']}:{f['lineno']}:{f['colno']}"
            for f in frames
        ]
        text = "\n".join(lines)
    elif engine == "safari":
        lines = [f"{f['function'].split('.')[-1]}@{f['filename']}:{f['lineno']}:{f['colno']}" for f in frames]
        text = "\n".join(lines)
    else:
        lines = [f"    at {f['function']} ({f['filename']}:{f['lineno']}:{f['colno']})" for f in frames]
        text = f"{kind}: {message}\n" + "\n".join(lines)
    return text, list(reversed(frames))


def _envelope(c: Corpus, items: list[tuple[dict, dict]], dsn: str | None = None) -> str:
    head: dict = {
        "sent_at": c.iso(),
        "sdk": {"name": "sentry.javascript.browser", "version": c.pick(["8.55.0", "9.46.0", "10.22.0"])},
    }
    if items and items[0][0].get("type") in ("event", "transaction"):
        head = {"event_id": items[0][1].get("event_id", c.hexs(16)), **head}
    if dsn:
        head["dsn"] = dsn
    if c.chance(0.5):
        head["trace"] = {
            "environment": "production",
            "public_key": c.hexs(16),
            "trace_id": c.hexs(16),
            "sample_rate": "0.1",
            "sampled": "false",
        }
    lines = [js_json(head)]
    for item_head, payload in items:
        lines += [js_json(item_head), js_json(payload)]
    return "\n".join(lines)


def _sentry_event(c: Corpus, b: Browser) -> dict:
    kind, msg = c.pick(JS_ERRORS)
    _, frames = _stack(c, kind, msg, b.engine)
    page = c.article()
    crumbs = [
        {
            "timestamp": c.ms() / 1000,
            "category": "navigation",
            "data": {"from": path_of(c.article()), "to": path_of(page)},
        },
        {
            "timestamp": c.ms() / 1000,
            "category": "fetch",
            "data": {
                "method": "GET",
                "url": f"/api/news/list?columnId={c.num(100, 200)}&page=2",
                "status_code": c.pick([200, 502, 504]),
            },
            "type": "http",
        },
        {"timestamp": c.ms() / 1000, "category": "ui.click", "message": c.pick(SELECTORS)},
    ]
    return {
        "exception": {
            "values": [
                {
                    "type": kind,
                    "value": msg,
                    "stacktrace": {"frames": frames},
                    "mechanism": {"type": c.pick(["onerror", "onunhandledrejection", "instrument"]), "handled": False},
                }
            ]
        },
        "level": "error",
        "event_id": c.hexs(16),
        "platform": "javascript",
        "request": {"url": page, "headers": {"Referer": c.article(), "User-Agent": b.ua}},
        "timestamp": c.ms() / 1000,
        "environment": "production",
        "release": f"gov-portal@{c.num(1, 3)}.{c.num(0, 20)}.{c.num(0, 9)}",
        "breadcrumbs": crumbs[: c.num(1, 3)],
        "sdk": {"name": "sentry.javascript.browser"},
        "contexts": {"trace": {"trace_id": c.hexs(16), "span_id": c.hexs(8)}},
    }


def _sentry_qs(c: Corpus) -> str:
    return qs(
        [
            ("sentry_version", "7"),
            ("sentry_key", c.hexs(16)),
            ("sentry_client", f"sentry.javascript.browser/{c.pick(['8.55.0', '9.46.0'])}"),
        ],
        usp,
    )


def _monitor_post(c: Corpus, shape: str, path: str, body: str, ctype: str, b: Browser | None = None) -> None:
    b = b or c.browser()
    c.add(
        "error-monitor",
        shape,
        "POST",
        path,
        c.headers(b, "empty", "cors", ctype=ctype, origin=True, cookie=False),
        body,
    )


def _monitor_get(c: Corpus, shape: str, path: str, b: Browser | None = None) -> None:
    b = b or c.browser()
    c.add("error-monitor", shape, "GET", path, c.headers(b, "image", "no-cors", accept=ACCEPT_IMG[b.engine]))


@family("error-monitor")
def error_monitor(c: Corpus) -> None:
    for _ in range(16):
        b = c.browser()
        ev = _sentry_event(c, b)
        body = _envelope(c, [({"type": "event"}, ev)])
        _monitor_post(c, "sentry-envelope", f"/api/{c.num(2, 40)}/envelope/?{_sentry_qs(c)}", body, TEXT, b)
    for _ in range(12):  # tunnel: the envelope goes to the site itself, the DSN rides in the header
        b = c.browser()
        ev = _sentry_event(c, b)
        dsn = f"https://{c.hexs(16)}@sentry.example.gov.cn/{c.num(2, 40)}"
        _monitor_post(
            c,
            "sentry-tunnel",
            c.pick(["/monitoring", "/sentry-tunnel", "/api/fe/tunnel"]),
            _envelope(c, [({"type": "event"}, ev)], dsn),
            TEXT,
            b,
        )
    for _ in range(12):
        b = c.browser()
        started = c.iso()
        sess = {
            "sid": c.hexs(16),
            "init": c.chance(0.6),
            "started": started,
            "timestamp": c.iso(),
            "status": c.pick(["ok", "exited", "crashed"]),
            "errors": c.num(0, 3),
            "attrs": {"release": f"gov-portal@2.{c.num(0, 20)}.0", "environment": "production", "user_agent": b.ua},
        }
        _monitor_post(
            c,
            "sentry-session",
            f"/api/{c.num(2, 40)}/envelope/?{_sentry_qs(c)}",
            _envelope(c, [({"type": "session"}, sess)]),
            TEXT,
            b,
        )
    for _ in range(10):
        b = c.browser()
        t0 = c.ms() / 1000
        spans = [
            {
                "span_id": c.hexs(8),
                "op": c.pick(["http.client", "resource.script", "resource.img", "browser"]),
                "description": c.pick(
                    [
                        f"GET {SITE}/api/news/list?page={c.num(1, 9)}&size=10",
                        c.bundle(),
                        "domContentLoadedEvent",
                        f"POST {SITE}/api/search",
                    ]
                ),
                "start_timestamp": t0,
                "timestamp": t0 + c.rnd.random(),
                "trace_id": c.hexs(16),
            }
            for _ in range(c.num(2, 5))
        ]
        tx = {
            "type": "transaction",
            "transaction": path_of(c.article()),
            "event_id": c.hexs(16),
            "platform": "javascript",
            "start_timestamp": t0,
            "timestamp": t0 + 2.5,
            "spans": spans,
            "measurements": {
                "lcp": {"value": c.perf(800, 5000), "unit": "millisecond"},
                "cls": {"value": 0.02, "unit": ""},
            },
            "contexts": {"trace": {"op": "pageload", "trace_id": c.hexs(16), "span_id": c.hexs(8)}},
        }
        _monitor_post(
            c,
            "sentry-transaction",
            f"/api/{c.num(2, 40)}/envelope/?{_sentry_qs(c)}",
            _envelope(c, [({"type": "transaction"}, tx)]),
            TEXT,
            b,
        )
    for _ in range(10):  # legacy store endpoint of older SDKs (raven-js / @sentry/browser 5)
        b = c.browser()
        _monitor_post(
            c,
            "sentry-store",
            f"/api/{c.num(2, 40)}/store/?{_sentry_qs(c)}",
            js_json(_sentry_event(c, b)),
            c.pick([TEXT, "application/json"]),
            b,
        )
    for _ in range(14):  # ARMS-style image beacons (GET, parameters in the query)
        b = c.browser()
        kind, msg = c.pick(JS_ERRORS)
        stack, _ = _stack(c, kind, msg, b.engine)
        t = c.pick(["error", "api", "perf"])
        base = [
            ("t", t),
            ("times", 1),
            ("page", urllib.parse.urlsplit(c.article()).path),
            ("pid", f"{c.alnum(10, 'abcdefghijklmnopqrstuvwxyz0123456789')}@{c.hexs(8)}"),
            ("uid", c.alnum(20)),
            ("tag", ""),
            ("release", "1.0.0"),
            ("environment", "prod"),
            ("sample", 1),
        ]
        if t == "error":
            extra: list = [
                ("msg", f"{kind}: {msg}"),
                ("file", c.bundle()),
                ("line", c.num(1, 3)),
                ("col", c.num(100, 90000)),
                ("stack", stack),
            ]
        elif t == "api":
            extra = [
                ("api", f"/api/news/list?page={c.num(1, 9)}"),
                ("success", c.num(0, 1)),
                ("time", c.num(30, 9000)),
                ("code", c.pick([200, 500, 502, 504, "timeout"])),
                ("msg", c.pick(["", "Network Error", "服务器繁忙，请稍后重试"])),
            ]
        else:
            extra = [
                ("dns", c.num(0, 60)),
                ("tcp", c.num(0, 90)),
                ("ssl", c.num(0, 80)),
                ("ttfb", c.num(30, 900)),
                ("trans", c.num(1, 200)),
                ("dom", c.num(50, 1500)),
                ("res", c.num(50, 3000)),
                ("firstbyte", c.num(30, 900)),
                ("fpt", c.num(100, 2000)),
                ("tti", c.num(200, 4000)),
                ("ready", c.num(300, 4000)),
                ("load", c.num(400, 7000)),
            ]
        tail = [
            ("sr", c.pick(["1920x1080", "1536x864", "390x844"])),
            ("vp", c.pick(["1903x937", "1519x750", "390x664"])),
            ("ct", c.pick(["4g", "wifi", "5g"])),
            ("ul", "zh-CN"),
            ("_v", "1.8.35"),
            ("sid", c.alnum(20)),
            ("z", c.alnum(8)),
        ]
        _monitor_get(
            c, "arms-gif", c.pick(["/r.png", "/monitor/r.png", "/fe-monitor/r.png"]) + "?" + qs(base + extra + tail), b
        )
    for _ in range(12):  # new Image().src = url + '?data=' + encodeURIComponent(JSON.stringify(report))
        b = c.browser()
        kind, msg = c.pick(JS_ERRORS)
        stack, _ = _stack(c, kind, msg, b.engine)
        rep = {
            "type": "error",
            "subType": "js",
            "msg": f"{kind}: {msg}",
            "url": c.bundle(),
            "line": c.num(1, 3),
            "col": c.num(100, 90000),
            "stack": stack[:600],
            "page": c.article(),
            "time": c.ms(),
        }
        _monitor_get(
            c,
            "report-gif-json",
            c.pick(["/monitor/report.gif", "/log/err.gif", "/fe/e.gif"]) + "?data=" + uri(js_json(rep)),
            b,
        )
    for _ in range(14):
        b = c.browser()
        kind, msg = c.pick(JS_ERRORS)
        stack, _ = _stack(c, kind, msg, b.engine)
        sub = c.pick(["js", "js", "promise", "vue"])
        rep = {
            "type": "error",
            "subType": sub,
            "message": msg if sub != "promise" else f"Uncaught (in promise) {kind}: {msg}",
            "stack": stack,
            "filename": c.bundle(),
            "lineno": c.num(1, 3),
            "colno": c.num(100, 90000),
            "pageUrl": c.article(),
            "userAgent": b.ua,
            "time": c.ms(),
            "appId": c.pick(["gov-portal", "zwfw-h5", "xxgk-web"]),
            "uuid": c.uid(),
        }
        if sub == "vue":
            rep["componentName"] = c.pick(["NewsList", "PolicyDetail", "SearchResult", "ElTable"])
            rep["info"] = c.pick(["render function", "mounted hook", "v-on handler (Promise/async)"])
        _monitor_post(
            c,
            "selfhost-error",
            c.pick(["/fe-monitor/api/report", "/api/monitor/error", "/log/report"]),
            js_json(rep),
            c.pick([JSON_CT, TEXT]),
            b,
        )
    for _ in range(12):  # a failed <img>/<script>/<link> load, reported with its outerHTML
        b = c.browser()
        tag = c.pick(["IMG", "SCRIPT", "LINK"])
        src = {
            "IMG": f"{SITE}/uploadfiles/2026/11/{c.hexs(8)}.jpg",
            "SCRIPT": c.bundle(),
            "LINK": f"{SITE}/static/css/index.{c.hexs(4)}.css",
        }[tag]
        outer = {
            "IMG": f'<img src="{src}" alt="{c.title()[:12]}" class="lazy">',
            "SCRIPT": f'<script src="{src}" defer=""></script>',
            "LINK": f'<link rel="stylesheet" href="{src}">',
        }[tag]
        rep = {
            "type": "error",
            "subType": "resource",
            "tagName": tag,
            "src": src,
            "outerHTML": outer,
            "selector": c.pick(SELECTORS),
            "pageUrl": c.article(),
            "time": c.ms(),
        }
        _monitor_post(
            c, "resource-error", c.pick(["/fe-monitor/api/report", "/api/monitor/error"]), js_json(rep), JSON_CT, b
        )
    for _ in range(10):
        b = c.browser()
        url = f"/api/{c.pick(['news/list', 'search', 'zwgk/catalog', 'hdjl/letter/list'])}?page={c.num(1, 9)}"
        rep = {
            "type": "unhandledrejection",
            "reason": c.pick(
                [
                    f"AxiosError: Request failed with status code {c.pick([500, 502, 504])}",
                    "AxiosError: Network Error",
                    "TypeError: Failed to fetch",
                    "AbortError: The user aborted a request.",
                ]
            ),
            "config": {"url": url, "method": "get", "timeout": 10000, "baseURL": "/"},
            "pageUrl": c.article(),
            "time": c.ms(),
        }
        _monitor_post(c, "promise-rejection", c.pick(["/api/monitor/error", "/log/report"]), js_json(rep), TEXT, b)


# --- csp-report -----------------------------------------------------------------------------------


def _policy(c: Corpus) -> str:
    nonce = c.b64(16)
    parts = [
        "default-src 'self'",
        f"script-src 'self' 'nonce-{nonce}' https://hm.baidu.com https://res.wx.qq.com",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: https://hm.baidu.com https://*.gov.cn",
        "font-src 'self' data:",
        "connect-src 'self' https://hm.baidu.com",
        "frame-src 'self' https://map.tianditu.gov.cn",
        "object-src 'none'",
        "base-uri 'self'",
        "frame-ancestors 'self'",
    ]
    parts = parts[: c.num(5, len(parts))]
    parts.append(
        c.pick(["report-uri /csp-report", "report-uri /csp-report; report-to csp-endpoint", "report-to default"])
    )
    return "; ".join(parts)


def _csp_legacy(c: Corpus, b: Browser, blocked: str, directive: str, sample: str = "") -> dict:
    doc = c.article()
    rep = {
        "document-uri": doc,
        "referrer": c.pick(["", "https://www.baidu.com/", c.article()]),
        "violated-directive": directive,
        "effective-directive": directive,
        "original-policy": _policy(c),
        "disposition": c.pick(["enforce", "report"]),
        "blocked-uri": blocked,
        "status-code": 200,
        "script-sample": sample,
    }
    if c.chance(0.7):
        rep.update(
            {"line-number": c.num(1, 900), "column-number": c.num(1, 300), "source-file": c.pick([doc, c.bundle()])}
        )
    return {"csp-report": rep}


def _report(c: Corpus, b: Browser, rtype: str, body: dict) -> dict:
    return {"age": c.num(0, 60000), "body": body, "type": rtype, "url": c.article(), "user_agent": b.ua}


def _csp_post(c: Corpus, shape: str, path: str, doc: object, ctype: str, b: Browser) -> None:
    if ctype == "application/csp-report":
        h = c.headers(
            b,
            "report",
            "no-cors",
            ctype=ctype,
            origin=c.chance(0.5),
            referer=None,
            cookie=c.chance(0.5),
            priority=False,
        )
    else:  # Reporting API uploads: no cookies, no referrer
        h = {"Content-Type": ctype, "Origin": SITE, "User-Agent": b.ua, "Accept-Encoding": b.enc}
        if c.chance(0.5):
            h["Accept-Language"] = b.lang
    c.add("csp-report", shape, "POST", path, h, js_json(doc))


@family("csp-report")
def csp_report(c: Corpus) -> None:
    paths = ["/csp-report", "/csp-report/", "/api/security/csp-report", "/report/csp", "/_csp"]
    for _ in range(16):
        b = c.browser()
        blocked = c.pick(
            [
                "https://hm.baidu.com/hm.js?" + c.hexs(16),
                "https://s4.cnzz.com/z_stat.php?id=1281" + str(c.num(100000, 999999)),
                "https://cdn.jsdelivr.net/npm/jquery@3.7.1/dist/jquery.min.js",
                "https://s.url.cn/qqun/qun/qqweb/m/qun/confession/js/vconsole.min.js",
                "https://at.alicdn.com/t/c/font_" + str(c.num(10**6, 5 * 10**6)) + "_" + c.alnum(12).lower() + ".woff2",
                "https://api.map.baidu.com/getscript?v=3.0&ak=" + c.alnum(24),
            ]
        )
        d = c.pick(["script-src-elem", "script-src", "font-src", "connect-src", "img-src"])
        _csp_post(c, "legacy-blocked", c.pick(paths), _csp_legacy(c, b, blocked, d), "application/csp-report", b)
    for _ in range(14):
        b = c.browser()
        which = c.pick(["inline", "eval", "inline-style"])
        if which == "inline":
            sample = c.pick(
                [
                    "var _hmt = _hmt || [];(function() {  var",
                    "window.onload=function(){document.getEl",
                    "$(function(){ $('.nav li').hover(functi",
                    "document.write(unescape(\"%3Cspan id='",
                ]
            )
            doc = _csp_legacy(c, b, "inline", "script-src-elem", sample)
        elif which == "eval":
            doc = _csp_legacy(c, b, "eval", "script-src", c.pick(["", "return this", "(function(){return typeof"]))
        else:
            doc = _csp_legacy(
                c, b, "inline", "style-src-attr", c.pick(["display:none", "width: 100%; height: 40px;", ""])
            )
        _csp_post(c, "legacy-inline", c.pick(paths), doc, "application/csp-report", b)
    for _ in range(12):  # extensions and injected scripts: the usual noise of a report-uri endpoint
        b = c.browser()
        blocked = c.pick(
            [
                "chrome-extension",
                "moz-extension",
                "data",
                "blob",
                "https://lf3-cdn-tos.bytegoofy.com/obj/goofy/ttzz/push.js",
                "wss://127.0.0.1:19888/",
                "https://sp0.baidu.com/9_Q4simg2RQJ8t7jm9iCKT-xh_/s.gif",
            ]
        )
        doc = _csp_legacy(c, b, blocked, c.pick(["script-src-elem", "connect-src", "img-src", "default-src"]))
        if blocked in ("chrome-extension", "moz-extension"):
            doc["csp-report"]["source-file"] = f"{blocked}://{c.alnum(32, 'abcdefghijklmnop')}"
        _csp_post(c, "legacy-extension", c.pick(paths), doc, "application/csp-report", b)
    rpaths = ["/reports", "/api/reporting", "/report-to/default", "/csp-report"]
    for _ in range(14):
        b = c.browser(engine="chromium")
        body = {
            "blockedURL": c.pick(
                ["inline", "eval", "https://hm.baidu.com/hm.js?" + c.hexs(16), "wasm-eval", "trusted-types-sink"]
            ),
            "columnNumber": c.num(1, 300),
            "disposition": c.pick(["enforce", "report"]),
            "documentURL": c.article(),
            "effectiveDirective": c.pick(
                ["script-src-elem", "script-src-attr", "style-src-elem", "require-trusted-types-for"]
            ),
            "lineNumber": c.num(1, 900),
            "originalPolicy": _policy(c),
            "referrer": c.pick(["", "https://www.baidu.com/"]),
            "sample": c.pick(["", "Element innerHTML|<p>", "var _hmt = _hmt || [];"]),
            "sourceFile": c.bundle(),
            "statusCode": 200,
        }
        reports = [_report(c, b, "csp-violation", body) for _ in range(c.num(1, 2))]
        _csp_post(c, "reports-csp", c.pick(rpaths), reports, "application/reports+json", b)
    deprecations = [
        ("UnloadHandler", "Unload event listeners are deprecated and will be removed."),
        ("NavigatorVibrate", "Blocked call to navigator.vibrate because user hasn't tapped on the frame yet."),
        ("RangeExpand", "Range.expand() is deprecated. Please use Selection.modify() instead."),
        (
            "DocumentDomainSettingWithoutOriginAgentClusterHeader",
            "Relaxing the same-origin policy by setting document.domain is deprecated.",
        ),
        (
            "PrefixedStorageInfo",
            "'window.webkitStorageInfo' is deprecated. Please use 'navigator.webkitTemporaryStorage' instead.",
        ),
    ]
    for _ in range(12):
        b = c.browser(engine="chromium")
        did, msg = c.pick(deprecations)
        body = {
            "anticipatedRemoval": c.pick([None, "2026-12-01T00:00:00.000Z"]),
            "columnNumber": c.num(1, 9000),
            "id": did,
            "lineNumber": c.num(1, 3),
            "message": msg,
            "sourceFile": c.bundle(),
        }
        _csp_post(
            c,
            "reports-deprecation",
            c.pick(rpaths),
            [_report(c, b, "deprecation", body)],
            "application/reports+json",
            b,
        )
    interventions = [
        ("HeavyAdIntervention", "Ad was removed because its network usage exceeded the limit."),
        (
            "TouchEventPassive",
            "Ignored attempt to cancel a touchmove event with cancelable=false, for example because "
            "scrolling is in progress and cannot be interrupted.",
        ),
        (
            "DocumentWriteIntervention",
            "A parser-blocking, cross site (i.e. different eTLD+1) script, "
            "https://s4.cnzz.com/z_stat.php, is invoked via document.write.",
        ),
    ]
    for _ in range(10):
        b = c.browser(engine="chromium")
        iid, msg = c.pick(interventions)
        body = {
            "columnNumber": c.num(1, 9000),
            "id": iid,
            "lineNumber": c.num(1, 3),
            "message": msg,
            "sourceFile": c.bundle(),
        }
        _csp_post(
            c,
            "reports-intervention",
            c.pick(rpaths),
            [_report(c, b, "intervention", body)],
            "application/reports+json",
            b,
        )
    for _ in range(12):
        b = c.browser(engine="chromium")
        ok = c.chance(0.3)
        body = {
            "elapsed_time": c.num(10, 30000),
            "method": c.pick(["GET", "POST"]),
            "phase": "application" if ok else c.pick(["dns", "connection"]),
            "protocol": c.pick(["http/1.1", "h2", "h3"]),
            "referrer": c.article(),
            "sampling_fraction": c.pick([1.0, 0.1, 0.01]),
            "server_ip": "" if not ok else f"203.0.113.{c.num(1, 254)}",
            "status_code": c.pick([404, 500, 503]) if ok else 0,
            "type": c.pick(["http.error", "http.response.invalid"])
            if ok
            else c.pick(["dns.name_not_resolved", "tcp.timed_out", "tcp.reset", "tls.cert.date_invalid"]),
        }
        _csp_post(
            c,
            "reports-nel",
            c.pick(["/nel", "/reports", "/api/reporting"]),
            [_report(c, b, "network-error", body)],
            "application/reports+json",
            b,
        )
    for _ in range(10):
        b = c.browser(engine="chromium")
        body = {
            "columnNumber": c.num(1, 9000),
            "disposition": "enforce",
            "featureId": c.pick(["geolocation", "camera", "unload", "clipboard-write", "fullscreen"]),
            "lineNumber": c.num(1, 3),
            "message": "Permissions policy violation: geolocation is not allowed in this document.",
            "sourceFile": c.bundle(),
        }
        _csp_post(
            c,
            "reports-permissions",
            c.pick(rpaths),
            [_report(c, b, "permissions-policy-violation", body)],
            "application/reports+json",
            b,
        )
    for _ in range(10):  # a report endpoint on another origin of the site group: the CORS preflight first
        b = c.browser(engine="chromium")
        h = {
            "Accept": "*/*",
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type",
            "Origin": f"https://{c.pick(['zwfw', 'xxgk', 'hdjl', 'data'])}.example.gov.cn",
            "User-Agent": b.ua,
            "Sec-Fetch-Mode": "cors",
            "Sec-Fetch-Site": "same-site",
            "Sec-Fetch-Dest": "empty",
            "Accept-Encoding": b.enc,
            "Accept-Language": b.lang,
        }
        c.add("csp-report", "reports-preflight", "OPTIONS", c.pick(rpaths), h)


# --- client-hints ---------------------------------------------------------------------------------


def _page_path(c: Corpus) -> str:
    return path_of(c.article())


@family("client-hints")
def client_hints(c: Corpus) -> None:
    search_refs = [
        "https://www.baidu.com/",
        "https://cn.bing.com/",
        "https://www.so.com/",
        "https://www.sogou.com/",
        "https://www.google.com/",
        "https://m.baidu.com/",
    ]
    for _ in range(16):
        b = c.browser(engine="chromium")
        site = c.pick(["same-origin", "same-origin", "none", "cross-site", "same-site"])
        ref = {"none": None, "cross-site": c.pick(search_refs), "same-site": c.article("zwfw.example.gov.cn")}.get(
            site, ""
        )
        c.add(
            "client-hints",
            "navigate-chromium",
            "GET",
            _page_path(c),
            c.nav(b, site, ref, user=site != "none" or c.chance(0.5)),
        )
    for _ in range(12):
        b = c.browser(engine="firefox")
        site = c.pick(["same-origin", "none", "cross-site"])
        ref = {"none": None, "cross-site": c.pick(search_refs)}.get(site, "")
        c.add("client-hints", "navigate-firefox", "GET", _page_path(c), c.nav(b, site, ref))
    for _ in range(12):
        b = c.browser(engine="safari")
        site = c.pick(["same-origin", "none", "cross-site"])
        ref = {"none": None, "cross-site": c.pick(search_refs)}.get(site, "")
        c.add("client-hints", "navigate-safari", "GET", _page_path(c), c.nav(b, site, ref))
    for _ in range(12):  # form GET of the site search, Chinese keywords as a form encodes them
        b = c.browser()
        q = [
            ("q", c.pick(KEYWORDS)),
            ("siteCode", f"{c.num(11, 65)}0000{c.num(10, 99)}"),
            ("tab", c.pick(["all", "zcwj", "bsfw"])),
        ]
        if c.chance(0.5):
            q.append(("page", c.num(2, 6)))
        c.add(
            "client-hints",
            "navigate-search",
            "GET",
            c.pick(["/search", "/s", "/jsearch/search.do"]) + "?" + qs(q, usp),
            c.nav(b, referer=c.article()),
        )
    for _ in range(14):  # reload and revalidation of a cached page or asset
        b = c.browser()
        cond = {"If-None-Match": c.etag(), "If-Modified-Since": c.http_date()}
        if c.chance(0.3):
            cond.pop(c.pick(list(cond)))
        if c.chance(0.5):
            h = c.nav(b, referer=c.pick(["", None]), user=False, extra={"Cache-Control": "max-age=0", **cond})
            path = _page_path(c)
        else:
            dest = c.pick(["script", "style", "image"])
            acc = {"script": "*/*", "style": ACCEPT_CSS[b.engine], "image": ACCEPT_IMG[b.engine]}[dest]
            h = c.headers(b, dest, "no-cors", accept=acc, extra=cond)
            path = {
                "script": path_of(c.bundle()),
                "style": f"/static/css/index.{c.hexs(4)}.css",
                "image": f"/uploadfiles/2026/{c.num(1, 11):02d}/{c.hexs(8)}.png",
            }[dest]
        c.add("client-hints", "revalidate", "GET", path, h)
    for _ in range(10):  # hard reload
        b = c.browser()
        c.add(
            "client-hints",
            "hard-reload",
            "GET",
            _page_path(c),
            c.nav(b, referer=c.pick(["", None]), user=False, extra={"Pragma": "no-cache", "Cache-Control": "no-cache"}),
        )
    for _ in range(18):
        b = c.browser()
        dest = c.pick(["script", "style", "image", "font", "image"])
        page = c.article()
        if dest == "script":
            path, acc, mode = path_of(c.bundle()) + c.pick(["", f"?v={c.num(20250101, 20261130)}"]), "*/*", "no-cors"
        elif dest == "style":
            path, acc, mode = (
                f"/static/css/{c.pick(['index', 'common', 'article', 'zwgk'])}.{c.hexs(4)}.css",
                ACCEPT_CSS[b.engine],
                "no-cors",
            )
        elif dest == "font":
            path, acc, mode = (
                f"/static/fonts/{c.pick(['SourceHanSansCN-Regular', 'iconfont', 'FZXiaoBiaoSong'])}.woff2",
                "*/*",
                "cors",
            )
        else:
            path, acc, mode = (
                c.pick(
                    [
                        f"/uploadfiles/2026/{c.num(1, 11):02d}/{c.hexs(8)}.jpg",
                        f"/images/{c.pick(['logo', 'banner1', 'ghs'])}.png",
                        f"/u/cms/www/2026{c.num(1, 11):02d}/{c.num(10**7, 10**8)}.webp?x-oss-process=image/resize,w_"
                        f"400",
                    ]
                ),
                ACCEPT_IMG[b.engine],
                "no-cors",
            )
        c.add(
            "client-hints",
            "subresource",
            "GET",
            path,
            c.headers(b, dest, mode, accept=acc, referer=page, origin=dest == "font"),
        )
    for _ in range(12):  # speculation rules: prefetch / prerender of likely next pages
        b = c.browser(engine="chromium")
        purpose = c.pick(["prefetch", "prefetch;prerender"])
        extra = {"Sec-Purpose": purpose}
        if c.chance(0.4):
            extra["Sec-Speculation-Tags"] = c.pick(["null", '"news-list"'])
        h = c.nav(b, referer="", user=False, extra=extra)
        c.add("client-hints", "speculation", "GET", _page_path(c), h)
    for _ in range(10):  # <link rel=prefetch>: Chromium's legacy Purpose header, Firefox's Sec-Purpose
        b = c.browser(engine=c.pick(["chromium", "firefox"]))
        extra = {"Purpose": "prefetch"} if b.engine == "chromium" else {"Sec-Purpose": "prefetch"}
        h = c.headers(
            b, "empty", "no-cors", accept=ACCEPT_DOC[b.engine] if b.engine == "firefox" else "*/*", extra=extra
        )
        c.add("client-hints", "link-prefetch", "GET", c.pick([_page_path(c), path_of(c.bundle())]), h)
    for _ in range(12):  # after Accept-CH: the high-entropy hints
        b = c.browser(engine="chromium")
        full = f"{b.major}.0.{c.num(7000, 7800)}.{c.num(40, 200)}"
        extra = {
            "sec-ch-ua-arch": '"arm"' if b.platform == "Linux" else '"x86"',
            "sec-ch-ua-bitness": '"64"',
            "sec-ch-ua-full-version-list": sec_ch_ua(b.major, b.brand, full),
            "sec-ch-ua-model": '""',
            "sec-ch-ua-platform-version": c.pick(['"10.0.0"', '"15.0.0"', '"19.0.0"'])
            if b.platform == "Windows"
            else '"6.1.0"',
            "sec-ch-ua-wow64": "?0",
            "sec-ch-ua-form-factors": '"Desktop"' if not b.mobile else '"Mobile"',
            "sec-ch-prefers-color-scheme": c.pick(["light", "dark"]),
            "device-memory": c.pick(["4", "8"]),
            "downlink": c.pick(["10", "1.55", "3.2"]),
            "ect": "4g",
            "rtt": c.pick(["50", "100", "150"]),
            "sec-ch-viewport-width": str(c.pick([1536, 1920, 1440, 412])),
            "sec-ch-dpr": c.pick(["1", "1.25", "1.5", "2.625"]),
        }
        keys = list(extra)
        for k in c.rnd.sample(keys, c.num(0, 6)):
            extra.pop(k)
        c.add("client-hints", "high-entropy", "GET", _page_path(c), c.nav(b, extra=extra))
    for _ in range(12):  # mobile browsers and in-app webviews
        b = c.browser(mobile=1.0)
        site = c.pick(["same-origin", "cross-site", "none"])
        ref = {
            "none": None,
            "cross-site": c.pick(["https://m.baidu.com/", "https://m.sm.cn/", "https://so.toutiao.com/"]),
        }.get(site, "")
        path = _page_path(c)
        if "MicroMessenger" in b.ua and c.chance(0.6):
            path += ("&" if "?" in path else "?") + qs(
                [("from", c.pick(["singlemessage", "timeline", "groupmessage"])), ("isappinstalled", 0)]
            )
        c.add("client-hints", "navigate-mobile", "GET", path, c.nav(b, site, ref))


# --- miniprogram ----------------------------------------------------------------------------------


def _wx_ua(c: Corpus) -> str:
    return c.pick(
        [
            f"Mozilla/5.0 (Linux; Android {c.pick([12, 13, 14, 15])}; "
            f"{c.pick(['V2309A', 'PJZ110', '23127PN0CC', 'ALN-AL80'])} "
            f"Build/UKQ1.230804.001; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 "
            f"Chrome/{c.pick([130, 134])}.0.6723.103 "
            f"Mobile Safari/537.36 XWEB/{c.num(1300000, 1380000)} MMWEBSDK/20251006 MMWEBID/{c.num(1000, 9999)} "
            f"MicroMessenger/8.0.{c.num(58, 64)}.2900(0x28003D37) WeChat/arm64 Weixin NetType/WIFI "
            f"Language/zh_CN ABI/arm64 "
            f"MiniProgramEnv/android",
            f"Mozilla/5.0 (iPhone; CPU iPhone OS {c.pick(['17_6_1', '18_6'])} like Mac OS X) "
            f"AppleWebKit/605.1.15 (KHTML, like Gecko) "
            f"Mobile/15E148 MicroMessenger/8.0.{c.num(58, 64)}(0x1800{c.num(3000, 3999)}) "
            f"NetType/{c.pick(['WIFI', '4G', '5G'])} "
            f"Language/zh_CN",
            f"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
            f"Chrome/132.0.0.0 Safari/537.36 "
            f"NetType/WIFI MicroMessenger/7.0.20.1781(0x6700143B) "
            f"WindowsWechat(0x63090c{c.num(10, 40)}) XWEB/{c.num(13000, 14000)} "
            f"Flue MiniProgramEnv/Windows WindowsWechat/WMPF",
        ]
    )


def _wx_headers(c: Corpus, appid: str, ctype: str | None = "application/json", token: bool = True) -> dict[str, str]:
    ua = _wx_ua(c)
    h: dict[str, str] = {"charset": "utf-8"}
    if "iPhone" in ua:
        h["Accept"] = "*/*"
        h["Accept-Language"] = "zh-CN,zh-Hans;q=0.9"
    h["User-Agent"] = ua
    if ctype:
        h["content-type"] = ctype
    if token:
        h[c.pick(["token", "x-token", "Authorization", "authorization", "X-Access-Token"])] = c.pick(
            [c.hexs(16), "Bearer " + c.b64(24, urlsafe=True), c.uid().replace("-", "")]
        )
    h["Accept-Encoding"] = "gzip,compress,br,deflate"
    h["Referer"] = (
        f"https://servicewechat.com/{appid}/{c.pick([0, c.num(1, 260), c.num(1, 260), 'devtools'])}/page-frame.html"
    )
    return h


@family("miniprogram")
def miniprogram(c: Corpus) -> None:
    apps = [f"wx{c.hexs(8)}" for _ in range(6)]
    for _ in range(16):  # wx.request GET: the data object becomes the query
        params = [("channelId", c.num(10, 99)), ("pageNum", c.num(1, 8)), ("pageSize", 10)]
        if c.chance(0.5):
            params.append(("keyword", c.pick(KEYWORDS)))
        path = c.pick(["/api/mp/news/list", "/mp/api/article/page", "/wxapp/zwgk/list", "/api/mp/guide/search"])
        c.add(
            "miniprogram",
            "wx-get",
            "GET",
            path + "?" + qs(params),
            _wx_headers(c, c.pick(apps), ctype=c.pick(["application/json", None])),
        )
    for _ in range(16):
        doc = {
            "serviceId": c.num(1000, 9999),
            "date": f"2026-12-{c.num(1, 28):02d}",
            "period": c.pick(["上午", "下午", "09:00-10:00"]),
            "hallId": c.num(1, 30),
            "name": c.person(),
            "mobile": c.mobile(),
            "idCard": f"{c.num(110000, 659000)}********{c.num(1000, 9999)}",
            "remark": c.pick(["", "需要带哪些材料？", "代办，本人在外地"]),
        }
        c.add(
            "miniprogram",
            "wx-post-json",
            "POST",
            c.pick(["/api/mp/appointment/submit", "/wxapp/booking/save"]),
            _wx_headers(c, c.pick(apps)),
            js_json(doc),
        )
    for _ in range(14):  # wx.login code exchange and phone-number code
        doc: dict = {"code": c.alnum(32)}
        if c.chance(0.4):
            doc.update({"encryptedData": c.b64(c.num(150, 300)), "iv": c.b64(16)})
        if c.chance(0.3):
            doc["phoneCode"] = c.hexs(32)
        c.add(
            "miniprogram",
            "wx-login",
            "POST",
            c.pick(["/api/mp/auth/login", "/wxapp/user/code2session", "/api/wx/login"]),
            _wx_headers(c, c.pick(apps), token=False),
            js_json(doc),
        )
    for _ in range(12):  # header content-type set to form: wx.request encodes the data object as a form body
        fields = [
            ("openid", "o" + c.alnum(27)),
            ("title", c.pick(KEYWORDS)),
            ("content", c.pick(COMMENTS)),
            ("type", c.num(1, 6)),
        ]
        c.add(
            "miniprogram",
            "wx-form",
            "POST",
            c.pick(["/wxapp/letter/submit", "/api/mp/feedback"]),
            _wx_headers(c, c.pick(apps), "application/x-www-form-urlencoded"),
            qs(fields, uri),
        )
    for _ in range(12):  # wx.requestSubscribeMessage results sent to the backend
        tmpl = [
            c.alnum(43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") for _ in range(c.num(1, 3))
        ]
        doc = {
            "templateIds": tmpl,
            "result": {t: c.pick(["accept", "reject", "ban"]) for t in tmpl},
            "errMsg": "requestSubscribeMessage:ok",
            "bizId": c.num(10**6, 10**7),
        }
        c.add(
            "miniprogram",
            "wx-subscribe",
            "POST",
            "/api/mp/subscribe/record",
            _wx_headers(c, c.pick(apps)),
            js_json(doc),
        )
    for _ in range(14):  # a page opened in <web-view>: an XWEB navigation with miniProgram in the UA
        b = _wechat_android(c.rnd)
        b.ua += " miniProgram/" + c.pick(apps)
        path = _page_path(c)
        if c.chance(0.5):
            path = f"/h5/{c.pick(['guide', 'policy', 'news'])}/detail?" + qs(
                [("id", c.num(1000, 99999)), ("openid", "o" + c.alnum(27))]
            )
        c.add(
            "miniprogram", "webview-nav", "GET", path, c.nav(b, "cross-site", "https://servicewechat.com/", user=False)
        )
    for _ in range(12):
        appid = f"20210{c.num(10**10, 10**11 - 1)}"
        ap = f"10.7.{c.num(0, 30)}.8000"
        ua = (
            f"Mozilla/5.0 (Linux; U; Android 14; zh-CN; {c.pick(['V2309A', 'PJZ110'])} "
            f"Build/UP1A.231005.007) AppleWebKit/537.36 "
            f"(KHTML, like Gecko) Version/4.0 Chrome/118.0.5993.80 Mobile Safari/537.36 UWS/3.22.2.9999 "
            f"UCBS/3.22.2.9999_220000000000 "
            f"Mobile Safari/537.36 NebulaSDK/1.8.100112 Nebula AlipayDefined(nt:WIFI,ws:393|764|2.75) "
            f"AliApp(AP/{ap}) "
            f"AlipayClient/{ap} Language/zh-Hans Region/CN MiniProgram APXWebView"
        )
        h = {
            "content-type": "application/json",
            "User-Agent": ua,
            "Referer": f"https://{appid}.hybrid.alipay-eco.com/{appid}/0.2."
            f"{c.num(2410000000, 2412319999)}.{c.num(10, 60)}/index.html",
            "Accept-Encoding": "gzip",
        }
        if c.chance(0.5):
            doc = {"authCode": c.hexs(16), "scopes": "auth_user"}
            c.add("miniprogram", "alipay-request", "POST", "/api/alipay/auth/login", h, js_json(doc))
        else:
            c.add(
                "miniprogram",
                "alipay-request",
                "GET",
                "/api/alipay/guide/list?" + qs([("areaCode", f"{c.num(11, 65)}0100"), ("keyword", c.pick(KEYWORDS))]),
                h,
            )
    for _ in range(12):  # 政务 app webviews: Android WebView with the app's package in X-Requested-With
        v = c.pick([118, 126, 134])
        pkg = c.pick(["com.hanweb.android.zhejiang.activity", "cn.gov.zwfw.app", "com.example.gov.ywtb"])
        b = Browser(
            "chromium",
            f"Mozilla/5.0 (Linux; Android {c.pick([12, 13, 14])}; {c.pick(['V2309A', 'NOH-AN00', 'M2102K1C'])} "
            f"Build/SKQ1.220303.001; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/{v}.0.0.0 Mobile "
            f"Safari/537.36 {c.pick(['zwfwApp/5.2.1', 'ywtb/3.8.0', 'gov-app/2.6.4'])}",
            v,
            "Android WebView",
            platform="Android",
            mobile=True,
            lang="zh-CN,zh;q=0.9,en-US;q=0.8,en;q=0.7",
            xrw=pkg,
        )
        if c.chance(0.5):
            c.add("miniprogram", "govapp-webview", "GET", _page_path(c), c.nav(b, "none", None, user=False))
        else:
            h = c.headers(
                b,
                "empty",
                "cors",
                accept="application/json, text/plain, */*",
                ctype=JSON_CT,
                origin=True,
                extra={"X-Requested-With": pkg},
            )
            doc = {
                "matterCode": f"{c.num(11, 65)}{c.num(10**10, 10**11 - 1)}",
                "areaCode": f"{c.num(11, 65)}0000",
                "userType": c.num(1, 2),
            }
            c.add("miniprogram", "govapp-webview", "POST", "/api/h5/matter/detail", h, js_json(doc))


# --- sso-oidc -------------------------------------------------------------------------------------


def _jwt(c: Corpus, claims: dict) -> str:
    head = {"alg": "RS256", "typ": "JWT", "kid": c.b64(30, urlsafe=True)}
    enc = [base64.urlsafe_b64encode(js_json(p).encode()).decode().rstrip("=") for p in (head, claims)]
    return ".".join([*enc, c.b64(256, urlsafe=True)])


def _claims(c: Corpus, typ: str = "ID") -> dict:
    iat = c.ms() // 1000
    return {
        "exp": iat + 300,
        "iat": iat,
        "auth_time": iat - c.num(0, 600),
        "jti": c.uid(),
        "iss": "https://sso.example.gov.cn/realms/gov",
        "aud": c.pick(["gov-portal", "zwfw-web"]),
        "sub": c.uid(),
        "typ": typ,
        "azp": "gov-portal",
        "nonce": c.b64(16, urlsafe=True),
        "sid": c.uid(),
        "name": c.person(),
        "preferred_username": c.alnum(8, "abcdefghijklmnopqrstuvwxyz0123456789"),
    }


AUTHZ = [
    "/realms/gov/protocol/openid-connect/auth",
    "/oauth2/authorize",
    "/idp/oauth2/authorize",
    "/sso/oauth2/authorize",
]
TOKEN_PATHS = [
    "/realms/gov/protocol/openid-connect/token",
    "/oauth2/token",
    "/idp/oauth2/getToken",
    "/sso/oauth2/token",
]
CALLBACKS = [
    "https://www.example.gov.cn/sso/callback",
    "https://zwfw.example.gov.cn/login/oauth2/code/gov",
    "https://hdjl.example.gov.cn/auth/callback",
    "https://www.example.gov.cn/",
]


def _saml_response(c: Corpus) -> str:
    now = c.iso()
    rid, aid, req = "_" + c.hexs(20), "_" + c.hexs(20), "_" + c.hexs(16)
    acs = f"{SITE}/saml/acs"
    sig = (
        f'<ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:SignedInfo><ds:CanonicalizationMethod '
        f'Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/><ds:SignatureMethod '
        f'Algorithm="http://www.w3.org/2001/04/'
        f'xmldsig-more#rsa-sha256"/><ds:Reference URI="#{aid}"><ds:Transforms><ds:Transform '
        f'Algorithm="http://www.w3.org/'
        f'2000/09/xmldsig#enveloped-signature"/><ds:Transform Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>'
        f"</ds:Transforms><ds:DigestMethod "
        f'Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/><ds:DigestValue>{c.b64(32)}'
        f"</ds:DigestValue></ds:Reference></ds:SignedInfo><ds:SignatureValue>{c.b64(256)}</ds:Signat"
        f"ureValue><ds:KeyInfo>"
        f"<ds:X509Data><ds:X509Certificate>{c.b64(c.num(700, 900))}</ds:X509Certificate></ds:X509Dat"
        f"a></ds:KeyInfo></ds:Signature>"
    )
    attrs = "".join(
        f'<saml:Attribute Name="{k}" '
        f'NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:basic"><saml:AttributeValue>'
        f"{v}</saml:AttributeValue></saml:Attribute>"
        for k, v in [
            ("displayName", c.person()),
            ("department", c.pick(DEPTS)),
            ("mobile", c.mobile()),
            ("uid", c.alnum(8).lower()),
        ]
    )
    xml = (
        f'<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" '
        f'xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" '
        f'ID="{rid}" Version="2.0" IssueInstant="{now}" Destination="{acs}" InResponseTo="{req}"><saml:Issuer>'
        f"https://idp.example.gov.cn/idp/shibboleth</saml:Issuer><samlp:Status><samlp:StatusCode "
        f'Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status><saml:Assertion ID="{aid}" Version="2.0" '
        f'IssueInstant="{now}"><saml:Issuer>https://idp.example.gov.cn/idp/shibboleth</saml:Issuer>{sig}<saml:Subject>'
        f'<saml:NameID Format="urn:oasis:names:tc:SAML:2.0:nameid-format:transient">_{c.hexs(16)}</saml:NameID>'
        f'<saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer"><saml:SubjectConfirmationData '
        f'NotOnOrAfter="{c.iso()}" Recipient="{acs}" InResponseTo="{req}"/></saml:SubjectConfirmation></saml:Subject>'
        f'<saml:Conditions NotBefore="{now}" NotOnOrAfter="{c.iso()}"><saml:AudienceRestriction><saml:Audience>'
        f"{SITE}/saml/metadata</saml:Audience></saml:AudienceRestriction></saml:Conditions><saml:AuthnStatement "
        f'AuthnInstant="{now}" SessionIndex="_{c.hexs(16)}"><saml:AuthnContext><saml:AuthnContextClassRef>'
        f"urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml:AuthnContextClassR"
        f"ef></saml:AuthnContext>"
        f"</saml:AuthnStatement><saml:AttributeStatement>{attrs}</saml:AttributeStatement></saml:Ass"
        f"ertion></samlp:Response>"
    )
    return base64.b64encode(xml.encode()).decode()


@family("sso-oidc")
def sso_oidc(c: Corpus) -> None:
    for _ in range(16):
        b = c.browser()
        verifier = c.b64(48, urlsafe=True)
        challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).decode().rstrip("=")
        params = [
            ("response_type", "code"),
            ("client_id", c.pick(["gov-portal", "zwfw-web", c.uid()])),
            ("redirect_uri", c.pick(CALLBACKS)),
            (
                "scope",
                c.pick(["openid", "openid profile", "openid profile phone", "openid profile email offline_access"]),
            ),
            ("state", c.b64(16, urlsafe=True)),
            ("nonce", c.b64(16, urlsafe=True)),
            ("code_challenge", challenge),
            ("code_challenge_method", "S256"),
        ]
        if c.chance(0.3):
            params.append(("response_mode", c.pick(["query", "fragment"])))
        if c.chance(0.2):
            params.append(("ui_locales", "zh-CN"))
        c.add(
            "sso-oidc",
            "oidc-authorize",
            "GET",
            c.pick(AUTHZ) + "?" + qs(params),
            c.nav(b, c.pick(["same-site", "cross-site"]), ""),
        )
    for _ in range(14):
        b = c.browser()
        params = [
            ("state", c.b64(16, urlsafe=True)),
            ("session_state", c.uid()),
            ("iss", "https://sso.example.gov.cn/realms/gov"),
            ("code", f"{c.uid()}.{c.uid()}.{c.uid()}"),
        ]
        if c.chance(0.5):
            params = [("code", c.alnum(6)), ("state", c.b64(16, urlsafe=True))]
        c.add(
            "sso-oidc",
            "oidc-callback",
            "GET",
            urllib.parse.urlsplit(c.pick(CALLBACKS)).path + "?" + qs(params),
            c.nav(b, "same-site", "https://sso.example.gov.cn/", user=False),
        )
    for _ in range(14):  # a public client (SPA) redeeming the code with PKCE: URLSearchParams body
        b = c.browser()
        fields = [
            ("grant_type", "authorization_code"),
            ("code", f"{c.uid()}.{c.uid()}.{c.uid()}"),
            ("redirect_uri", c.pick(CALLBACKS)),
            ("client_id", c.pick(["gov-portal", "zwfw-web"])),
            ("code_verifier", c.b64(48, urlsafe=True)),
        ]
        h = c.headers(b, "empty", "cors", accept="application/json", ctype=FORM, origin=True, cookie=False)
        c.add("sso-oidc", "token-code", "POST", c.pick(TOKEN_PATHS), h, qs(fields, usp))
    for _ in range(12):  # a confidential client (the site's backend) refreshing: Basic auth, no browser headers
        fields = [
            ("grant_type", "refresh_token"),
            ("refresh_token", _jwt(c, _claims(c, "Refresh"))),
            ("scope", "openid profile"),
        ]
        ua = c.pick(
            [
                "Apache-HttpClient/4.5.14 (Java/17.0.12)",
                "Java/1.8.0_392",
                "okhttp/4.12.0",
                "ReactorNetty/1.1.22",
                "Go-http-client/1.1",
            ]
        )
        cred = base64.b64encode(f"{c.pick(['gov-portal', 'zwfw-backend'])}:{c.hexs(16)}".encode()).decode()
        h = {
            "Accept": "application/json",
            "Content-Type": "application/x-www-form-urlencoded",
            "Authorization": f"Basic {cred}",
            "User-Agent": ua,
        }
        c.add("sso-oidc", "token-refresh", "POST", c.pick(TOKEN_PATHS), h, qs(fields, usp))
    for _ in range(10):
        ua = c.pick(["Apache-HttpClient/4.5.14 (Java/17.0.12)", "okhttp/4.12.0", "axios/1.7.9"])
        h = {"Authorization": "Bearer " + _jwt(c, _claims(c, "Bearer")), "Accept": "application/json", "User-Agent": ua}
        c.add(
            "sso-oidc",
            "userinfo",
            "GET",
            c.pick(
                [
                    "/realms/gov/protocol/openid-connect/userinfo",
                    "/oauth2/userinfo",
                    "/idp/oauth2/getUserInfo?" + qs([("access_token", c.uid()), ("client_id", "gov-portal")]),
                ]
            ),
            h,
        )
    for _ in range(10):
        b = c.browser()
        params = [
            ("id_token_hint", _jwt(c, _claims(c))),
            ("post_logout_redirect_uri", SITE + "/"),
            ("state", c.b64(12, urlsafe=True)),
        ]
        if c.chance(0.4):
            params.append(("client_id", "gov-portal"))
        c.add(
            "sso-oidc",
            "oidc-logout",
            "GET",
            c.pick(["/realms/gov/protocol/openid-connect/logout", "/oauth2/logout", "/connect/endsession"])
            + "?"
            + qs(params),
            c.nav(b),
        )
    for _ in range(12):
        b = c.browser()
        svc = c.pick(
            [
                f"{SITE}/hdjl/xjxx/",
                f"https://zwfw.example.gov.cn/login?redirect={uri('/user/center')}",
                f"{SITE}/member/index.do",
                c.article(),
            ]
        )
        params = [("service", svc)]
        if c.chance(0.3):
            params.append(("renew", "true"))
        c.add(
            "sso-oidc",
            "cas-login",
            "GET",
            "/cas/login?" + qs(params),
            c.nav(b, c.pick(["same-site", "same-origin"]), ""),
        )
    for _ in range(14):  # the application validating the ticket, server to server (Java CAS clients)
        svc = c.pick([f"{SITE}/hdjl/xjxx/", f"{SITE}/member/index.do", "https://zwfw.example.gov.cn/login/cas"])
        ticket = f"ST-{c.num(1, 9999999)}-{c.alnum(c.pick([20, 34]))}-{c.pick(['cas01', 'sso-node2', 'DESKTOP-CAS'])}"
        params = [("ticket", ticket), ("service", svc)]
        if c.chance(0.4):
            params.append(("format", "JSON"))
        if c.chance(0.2):
            params.append(("pgtUrl", "https://zwfw.example.gov.cn/cas/proxyCallback"))
        ua = c.pick(
            ["Java/1.8.0_392", "Java/17.0.12", "Apache-HttpClient/4.5.14 (Java/17.0.12)", "python-requests/2.32.3"]
        )
        h = (
            {"User-Agent": ua, "Accept": "text/html, image/gif, image/jpeg, *; q=.2, */*; q=.2"}
            if ua.startswith("Java/")
            else {"User-Agent": ua, "Accept": "*/*"}
        )
        c.add(
            "sso-oidc",
            "cas-validate",
            "GET",
            c.pick(["/cas/serviceValidate", "/cas/p3/serviceValidate", "/cas/proxyValidate"]) + "?" + qs(params, usp),
            h,
        )
    for _ in range(10):  # the browser arriving back at the service with its ticket
        b = c.browser()
        ticket = f"ST-{c.num(1, 9999999)}-{c.alnum(20)}-cas01"
        c.add(
            "sso-oidc",
            "cas-ticket-return",
            "GET",
            c.pick(["/hdjl/xjxx/", "/member/index.do", "/"]) + "?ticket=" + ticket,
            c.nav(b, "same-site", "https://sso.example.gov.cn/", user=False),
        )
    for _ in range(12):  # SAML HTTP-POST binding: the IdP page auto-submits a form to the SP's ACS
        b = c.browser()
        fields = [
            ("SAMLResponse", _saml_response(c)),
            ("RelayState", c.pick([c.article(), "ss:mem:" + c.hexs(32), c.b64(24, urlsafe=True)])),
        ]
        h = c.headers(
            b,
            "document",
            "navigate",
            "same-site",
            ACCEPT_DOC[b.engine],
            "https://idp.example.gov.cn/",
            ctype="application/x-www-form-urlencoded",
            extra={"Origin": "https://idp.example.gov.cn", "Cache-Control": "max-age=0"},
        )
        c.add(
            "sso-oidc",
            "saml-post",
            "POST",
            c.pick(["/saml/acs", "/Shibboleth.sso/SAML2/POST", "/saml2/sso/gov"]),
            h,
            qs(fields, usp),
        )
    for _ in range(10):  # SAML HTTP-Redirect binding: a deflated, signed AuthnRequest
        b = c.browser()
        req = (
            f'<samlp:AuthnRequest xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_{c.hexs(16)}" Version="2.0" '
            f'IssueInstant="{c.iso()}" Destination="https://idp.example.gov.cn/idp/profile/SAML2/Redirect/SSO" '
            f'AssertionConsumerServiceURL="{SITE}/saml/acs" '
            f'ProtocolBinding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST">'
            f'<saml:Issuer xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion">{SITE}/saml/metadata</saml:Issuer>'
            f'<samlp:NameIDPolicy Format="urn:oasis:names:tc:SAML:2.0:nameid-format:transient" '
            f'AllowCreate="true"/></samlp:AuthnRequest>'
        )
        comp = zlib.compressobj(9, zlib.DEFLATED, -15)
        raw = comp.compress(req.encode()) + comp.flush()
        params = [
            ("SAMLRequest", base64.b64encode(raw).decode()),
            ("RelayState", c.article()),
            ("SigAlg", "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"),
            ("Signature", c.b64(256)),
        ]
        c.add(
            "sso-oidc",
            "saml-redirect",
            "GET",
            "/idp/profile/SAML2/Redirect/SSO?" + qs(params, usp),
            c.nav(b, "same-site", ""),
        )


# --- link-checker ---------------------------------------------------------------------------------

CHECKER_UAS = [
    "W3C-checklink/5.0.0 libwww-perl/6.77",
    "LinkChecker/10.5.0 (+https://linkchecker.github.io/linkchecker/)",
    "Mozilla/5.0+(compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)",
    "Uptime-Kuma/1.23.16",
    "Blackbox Exporter/0.25.0",
    "Zabbix",
    "check_http/v2.4.9 (monitoring-plugins 2.4.9)",
    "JianKongBao Monitor 1.1",
    "Go-http-client/1.1",
    "python-requests/2.32.3",
    "curl/8.5.0",
    "Wget/1.21.4",
    "Xenu Link Sleuth/1.3.8",
    "Screaming Frog SEO Spider/21.4",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "HeadlessChrome/142.0.0.0 Safari/537.36",
    "Apache-HttpClient/5.3.1 (Java/17.0.12)",
    "Mozilla/5.0 (compatible; SiteCheck/1.0)",
]


def _checker_headers(c: Corpus, accept: str = "*/*", extra: dict[str, str] | None = None) -> dict[str, str]:
    ua = c.pick(CHECKER_UAS)
    if ua.startswith("curl"):
        h = {"User-Agent": ua, "Accept": "*/*"}
    elif ua.startswith("python-requests"):
        h = {"User-Agent": ua, "Accept-Encoding": "gzip, deflate", "Accept": "*/*", "Connection": "keep-alive"}
    elif ua.startswith("Wget"):
        h = {"User-Agent": ua, "Accept": "*/*", "Accept-Encoding": "identity"}
    elif "HeadlessChrome" in ua:
        h = {
            "Upgrade-Insecure-Requests": "1",
            "User-Agent": ua,
            "Accept": ACCEPT_DOC["chromium"],
            "Sec-Fetch-Site": "none",
            "Sec-Fetch-Mode": "navigate",
            "Sec-Fetch-User": "?1",
            "Sec-Fetch-Dest": "document",
            "Accept-Encoding": "gzip, deflate, br, zstd",
            "Accept-Language": "en-US",
        }
    else:
        h = {"User-Agent": ua, "Accept": accept}
        if c.chance(0.5):
            h["Accept-Encoding"] = "gzip"
    h.update(extra or {})
    return h


def _attachment(c: Corpus) -> str:
    name = c.pick(
        [
            "附件1：申报表.docx",
            "附件2 承诺书.pdf",
            "2026年部门预算公开表.xlsx",
            f"{c.title()[:16]}.pdf",
            "政策解读（图解）.jpg",
            f"{c.num(2026110100, 2026113099)}{c.num(100, 999)}.pdf",
            "报名表.wps",
            "公示名单.ofd",
        ]
    )
    return whatwg(
        f"/{c.pick(['uploadfiles', 'attach', 'u/cms/www', 'module/download/files'])}/2026/"
        f"{c.num(1, 11):02d}{c.num(1, 28):02d}/{name}"
    )


@family("link-checker")
def link_checker(c: Corpus) -> None:
    for _ in range(16):
        c.add("link-checker", "head-check", "HEAD", c.pick([_page_path(c), _attachment(c), "/"]), _checker_headers(c))
    for _ in range(14):  # is the attachment there? one byte of it
        h = _checker_headers(c, extra={"Range": c.pick(["bytes=0-0", "bytes=0-1023", "bytes=0-"])})
        c.add("link-checker", "range-probe", "GET", _attachment(c), h)
    for _ in range(14):  # change and tamper monitors: conditional GETs of the home and column pages
        extra = {"If-Modified-Since": c.http_date(10)}
        if c.chance(0.5):
            extra["If-None-Match"] = c.etag()
        c.add(
            "link-checker",
            "conditional-check",
            "GET",
            c.pick(["/", "/index.html", _page_path(c), f"/{c.pick(COLUMNS)}/"]),
            _checker_headers(c, "text/html,*/*", extra),
        )
    for _ in range(12):
        c.add("link-checker", "robots", "GET", "/robots.txt", _checker_headers(c, c.pick(["*/*", "text/plain"])))
    for _ in range(12):
        path = c.pick(
            [
                "/sitemap.xml",
                "/sitemap_index.xml",
                "/sitemap/news.xml",
                "/sitemap.txt",
                f"/sitemap/{c.pick(COLUMNS).split('/')[0]}.xml",
                "/sitemap.xml.gz",
            ]
        )
        c.add("link-checker", "sitemap", "GET", path, _checker_headers(c, "application/xml,text/xml;q=0.9,*/*;q=0.8"))
    for _ in range(16):  # 错别字 / 敏感词 / 普查 crawlers: full pages, paginated column lists, cache-busted
        path = c.pick(
            [
                _page_path(c),
                f"/{c.pick(COLUMNS)}/index_{c.num(1, 40)}.html",
                f"/{c.pick(COLUMNS)}/list.shtml?page={c.num(2, 50)}",
            ]
        )
        if c.chance(0.3):
            path += ("&" if "?" in path else "?") + f"_t={c.ms()}"
        c.add(
            "link-checker",
            "content-crawl",
            "GET",
            path,
            _checker_headers(c, "text/html,application/xhtml+xml,*/*;q=0.8"),
        )
    for _ in range(14):
        path = c.pick(
            ["/", "/index.html", "/index.shtml", "/api/health", "/favicon.ico", "/?monitor=1", f"/?_={c.ms()}"]
        )
        c.add("link-checker", "uptime", c.pick(["GET", "GET", "HEAD"]), path, _checker_headers(c))
    for _ in range(10):
        c.add(
            "link-checker",
            "well-known",
            "GET",
            c.pick(
                ["/.well-known/security.txt", "/security.txt", "/favicon.ico", "/apple-touch-icon.png", "/humans.txt"]
            ),
            _checker_headers(c),
        )
    for _ in range(10):  # the checker follows outbound links it found: query strings of other government sites' pages
        params = [("id", c.num(1000, 99999)), ("columnId", c.num(100, 999)), ("title", c.title()[:20])]
        c.add(
            "link-checker",
            "followed-link",
            c.pick(["GET", "HEAD"]),
            c.pick(["/detail.jsp", "/col/col1234/index.html", "/info.do"]) + "?" + qs(params, c.pick([usp, uri])),
            _checker_headers(c),
        )


# --- feed-reader ----------------------------------------------------------------------------------

FEED_UAS = [
    "Feedly/1.0 (+http://www.feedly.com/fetcher.html; {n} subscribers; like FeedFetcher-Google)",
    "Mozilla/5.0 (compatible; inoreader.com; {n} subscribers)",
    "FreshRSS/1.26.1 (Linux; https://freshrss.org)",
    "Mozilla/5.0 (compatible; Miniflux/2.2.6; +https://miniflux.app)",
    "Tiny Tiny RSS/24.11 (https://tt-rss.org/)",
    "NetNewsWire (RSS Reader; https://netnewswire.com/)",
    "Reeder/5050.00.0 CFNetwork/1568.200.51 Darwin/24.1.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/146.0.0.0 Safari/537.36 Folo/0.5.0",
    "Thunderbird/140.5.0",
    "Feedbin feed-id:{n} - {n} subscribers",
]
FEED_ACCEPT = [
    "application/rss+xml, application/rdf+xml;q=0.8, application/atom+xml;q=0.6, application/xml;q=0.4, text/xml;q=0.4",
    "application/atom+xml,application/rss+xml,application/xml;q=0.9,text/xml;q=0.8,*/*;q=0.7",
    "application/feed+json,application/json;q=0.9,application/rss+xml;q=0.8,*/*;q=0.5",
    "*/*",
]


def _feed_headers(c: Corpus, accept: str | None = None, extra: dict[str, str] | None = None) -> dict[str, str]:
    h = {"User-Agent": c.pick(FEED_UAS).format(n=c.num(1, 400)), "Accept": accept or c.pick(FEED_ACCEPT)}
    if c.chance(0.7):
        h["Accept-Encoding"] = c.pick(["gzip", "gzip, deflate", "gzip, deflate, br"])
    h.update(extra or {})
    return h


@family("feed-reader")
def feed_reader(c: Corpus) -> None:
    for _ in range(16):
        c.add(
            "feed-reader",
            "rss-get",
            "GET",
            c.pick(
                [
                    "/rss.xml",
                    "/rss/zcwj.xml",
                    "/rss/tzgg.xml",
                    "/feed",
                    "/feed/",
                    "/index.xml",
                    f"/{c.pick(COLUMNS)}/rss.xml",
                ]
            ),
            _feed_headers(c),
        )
    for _ in range(12):
        c.add(
            "feed-reader",
            "atom-get",
            "GET",
            c.pick(["/atom.xml", "/feeds/atom", f"/feeds/atom?column={c.pick(COLUMNS).split('/')[-1]}"]),
            _feed_headers(c, FEED_ACCEPT[1]),
        )
    for _ in range(10):
        c.add(
            "feed-reader",
            "json-feed",
            "GET",
            c.pick(["/feed.json", "/feeds/zcwj.json", "/api/feed?format=json"]),
            _feed_headers(c, c.pick(["application/feed+json, application/json", FEED_ACCEPT[2]])),
        )
    for _ in range(16):
        extra = {"If-Modified-Since": c.http_date(7), "If-None-Match": c.etag()}
        if c.chance(0.3):
            extra.pop(c.pick(list(extra)))
        if c.chance(0.15):
            extra["A-IM"] = "feed"  # RFC 3229 delta feeds, rarely
        c.add(
            "feed-reader",
            "conditional",
            "GET",
            c.pick(["/rss.xml", "/rss/zcwj.xml", "/atom.xml", "/feed"]),
            _feed_headers(c, extra=extra),
        )
    for _ in range(12):  # a reader probing the usual feed locations after a user pasted the site's address
        c.add(
            "feed-reader",
            "discovery-probe",
            c.pick(["GET", "HEAD"]),
            c.pick(
                [
                    "/feed",
                    "/rss",
                    "/atom.xml",
                    "/index.xml",
                    "/feed.xml",
                    "/rss.php",
                    "/?feed=rss2",
                    "/.well-known/feed",
                ]
            ),
            _feed_headers(c, c.pick([FEED_ACCEPT[0], ACCEPT_DOC["chromium"]])),
        )
    for _ in range(10):
        c.add(
            "feed-reader",
            "opml",
            "GET",
            c.pick(["/rss/opml.xml", "/feeds.opml", "/rss/index.opml", "/api/feed/opml?columns=zcwj,tzgg,zcjd"]),
            _feed_headers(c, "text/x-opml, application/xml;q=0.9, */*;q=0.5"),
        )
    for _ in range(12):  # 按栏目/关键词订阅: the feed URL carries the filter
        params = [
            ("column", c.pick(["政策文件", "通知公告", "政策解读", "人事信息"])),
            ("keyword", c.pick(KEYWORDS)),
            ("size", c.pick([20, 50])),
        ]
        c.add(
            "feed-reader",
            "feed-query",
            "GET",
            c.pick(["/rss", "/api/rss/subscribe", "/feed/custom"])
            + "?"
            + qs(params[: c.num(1, 3)], c.pick([usp, uri])),
            _feed_headers(c),
        )
    for _ in range(12):
        mode = c.pick(["subscribe", "subscribe", "unsubscribe"])
        topic = c.pick([f"{SITE}/rss/zcwj.xml", f"{SITE}/atom.xml", f"{SITE}/feed"])
        fields = [
            ("hub.mode", mode),
            ("hub.topic", topic),
            (
                "hub.callback",
                c.pick(
                    [
                        f"https://reader.example.com/websub/callback/{c.num(1000, 99999)}",
                        f"https://rss.example.org/api/websub/{c.hexs(12)}?feed={uri(topic)}",
                    ]
                ),
            ),
        ]
        if mode == "subscribe":
            fields += [("hub.lease_seconds", c.pick([86400, 432000, 864000])), ("hub.secret", c.b64(24, urlsafe=True))]
        h = {
            "User-Agent": c.pick(FEED_UAS[2:6]).format(n=1),
            "Content-Type": "application/x-www-form-urlencoded",
            "Accept": "*/*",
        }
        c.add(
            "feed-reader",
            "websub-subscribe",
            "POST",
            c.pick(["/websub/hub", "/hub", "/api/websub"]),
            h,
            qs(fields, usp),
        )
    for _ in range(12):  # 政策订阅 by e-mail from the site's own page
        b = c.browser()
        cols = c.rnd.sample(["zcwj", "tzgg", "zcjd", "rsxx", "ghjh", "czzj"], c.num(1, 4))
        email = c.alnum(c.num(5, 10), "abcdefghijklmnopqrstuvwxyz0123456789") + c.pick(
            ["@163.com", "@qq.com", "@126.com", "@example.gov.cn"]
        )
        if c.chance(0.5):
            body, ct = (
                qs(
                    [
                        ("email", email),
                        ("columns", ",".join(cols)),
                        ("freq", c.pick(["daily", "weekly"])),
                        ("captcha", c.alnum(4)),
                    ],
                    usp,
                ),
                FORM,
            )
        else:
            body, ct = (
                js_json(
                    {"email": email, "columns": cols, "keywords": c.rnd.sample(KEYWORDS, c.num(0, 2)), "freq": "weekly"}
                ),
                JSON_CT,
            )
        c.add(
            "feed-reader",
            "email-subscribe",
            "POST",
            c.pick(["/api/subscribe", "/dyzx/subscribe.do"]),
            c.headers(
                b, "empty", "cors", accept="application/json, text/javascript, */*; q=0.01", ctype=ct, origin=True
            ),
            body,
        )


# --- pwa-push -------------------------------------------------------------------------------------


def _push_endpoint(c: Corpus) -> str:
    return c.pick(
        [
            f"https://fcm.googleapis.com/fcm/send/{c.b64(8, urlsafe=True)}:APA91b{c.b64(105, urlsafe=True)}",
            f"https://updates.push.services.mozilla.com/wpush/v2/gAAAAA{c.b64(180, urlsafe=True)}",
            f"https://web.push.apple.com/Q{c.b64(100, urlsafe=True)}",
            f"https://wns2-sg2p.notify.windows.com/w/?token=BQYAAAD{uri(c.b64(200))}",
        ]
    )


def _subscription(c: Corpus) -> dict:
    p256 = base64.urlsafe_b64encode(b"\x04" + c.rnd.randbytes(64)).decode().rstrip("=")
    return {
        "endpoint": _push_endpoint(c),
        "expirationTime": None,
        "keys": {"p256dh": p256, "auth": c.b64(16, urlsafe=True)},
    }


@family("pwa-push")
def pwa_push(c: Corpus) -> None:
    for _ in range(12):
        b = c.browser()
        c.add(
            "pwa-push",
            "manifest",
            "GET",
            c.pick(["/manifest.webmanifest", "/manifest.json", "/site.webmanifest", "/static/manifest.json?v=3"]),
            c.headers(b, "manifest", "cors", referer=f"{SITE}/", cookie=False, priority=False),
        )
    for _ in range(14):  # registration and update checks of the worker script
        b = c.browser(engine=c.pick(["chromium", "chromium", "firefox"]))
        extra = {"Service-Worker": "script"}
        if c.chance(0.5):
            extra["Cache-Control"] = "max-age=0"
        c.add(
            "pwa-push",
            "sw-script",
            "GET",
            c.pick(["/sw.js", "/service-worker.js", "/sw.js?v=20261120", "/pwa/sw.js", f"/sw.js?build={c.hexs(4)}"]),
            c.headers(b, "serviceworker", "same-origin", referer=f"{SITE}/", extra=extra, priority=False),
        )
    for _ in range(10):
        b = c.browser(engine="chromium")
        c.add(
            "pwa-push",
            "sw-import",
            "GET",
            c.pick(
                [
                    "/workbox-v7.3.0/workbox-sw.js",
                    "/workbox-v7.3.0/workbox-precaching.prod.js",
                    f"/workbox-{c.hexs(4)}.js",
                    "/static/js/sw-push-handler.js",
                ]
            ),
            c.headers(b, "script", "same-origin", referer=f"{SITE}/sw.js", cookie=False, priority=False),
        )
    for _ in range(14):  # install: workbox precaches with a revision query
        b = c.browser(engine="chromium")
        asset = c.pick(
            [
                "/offline.html",
                "/index.html",
                f"/static/css/app.{c.hexs(4)}.css",
                f"/static/js/app.{c.hexs(4)}.js",
                "/icons/icon-192x192.png",
                "/static/fonts/iconfont.woff2",
            ]
        )
        c.add(
            "pwa-push",
            "precache",
            "GET",
            asset + f"?__WB_REVISION__={c.hexs(10)}",
            c.headers(b, "empty", "cors", referer=f"{SITE}/sw.js", priority=False),
        )
    for _ in range(12):  # navigation preload: the page request carries the preload header
        b = c.browser(engine="chromium")
        c.add(
            "pwa-push",
            "nav-preload",
            "GET",
            _page_path(c),
            c.nav(b, extra={"Service-Worker-Navigation-Preload": c.pick(["true", "v2"])}),
        )
    for _ in range(8):
        b = c.browser()
        c.add(
            "pwa-push",
            "vapid-key",
            "GET",
            c.pick(["/api/push/vapidPublicKey", "/api/webpush/key", "/push/public-key"]),
            c.headers(b, "empty", "cors", accept="application/json, text/plain, */*"),
        )
    for _ in range(14):
        b = c.browser()
        sub = _subscription(c)
        doc: dict = (
            {
                "subscription": sub,
                "topics": c.rnd.sample(["zcwj", "tzgg", "tfsj", "tqyj", "ztbgg"], c.num(1, 3)),
                "region": f"{c.num(11, 65)}0100",
                "ua": b.ua,
            }
            if c.chance(0.6)
            else sub
        )
        c.add(
            "pwa-push",
            "push-subscribe",
            "POST",
            c.pick(["/api/push/subscribe", "/api/webpush/subscriptions", "/push/register"]),
            c.headers(
                b, "empty", "cors", accept="application/json", ctype=c.pick(["application/json", JSON_CT]), origin=True
            ),
            js_json(doc),
        )
    for _ in range(10):
        b = c.browser()
        c.add(
            "pwa-push",
            "push-unsubscribe",
            "POST",
            c.pick(["/api/push/unsubscribe", "/api/webpush/subscriptions/delete"]),
            c.headers(b, "empty", "cors", accept="application/json", ctype="application/json", origin=True),
            js_json({"endpoint": _push_endpoint(c)}),
        )
    for _ in range(14):  # notificationclick -> clients.openWindow(url) with tracking parameters
        b = c.browser()
        page = _page_path(c)
        url = (
            page
            + ("&" if "?" in page else "?")
            + qs(
                [
                    ("utm_source", "webpush"),
                    ("utm_medium", "notification"),
                    ("utm_campaign", c.pick(["tfsj-yj", "zcwj-new", "tqyj-2026"])),
                    ("nid", c.hexs(8)),
                ]
            )
        )
        c.add("pwa-push", "notification-open", "GET", url, c.nav(b, "none", None, user=False))
    for _ in range(10):  # the worker reports display and clicks itself
        b = c.browser(engine="chromium")
        doc = {
            "nid": c.hexs(8),
            "action": c.pick(["show", "click", "close", "action:detail"]),
            "ts": c.ms(),
            "tag": c.pick(["tfsj", "zcwj"]),
        }
        c.add(
            "pwa-push",
            "push-ack",
            "POST",
            c.pick(["/api/push/ack", "/api/push/click"]),
            c.headers(
                b, "empty", "cors", ctype=c.pick(["application/json", TEXT]), origin=True, referer=f"{SITE}/sw.js"
            ),
            js_json(doc),
        )


# --- apm-trace ------------------------------------------------------------------------------------


def _attr(k: str, v: object) -> dict:
    if isinstance(v, bool):
        return {"key": k, "value": {"boolValue": v}}
    if isinstance(v, int):
        return {"key": k, "value": {"intValue": v}}
    if isinstance(v, float):
        return {"key": k, "value": {"doubleValue": v}}
    return {"key": k, "value": {"stringValue": str(v)}}


def _resource(c: Corpus, b: Browser) -> dict:
    return {
        "attributes": [
            _attr("service.name", c.pick(["gov-portal-web", "zwfw-h5", "xxgk-spa"])),
            _attr("deployment.environment", "production"),
            _attr("telemetry.sdk.language", "webjs"),
            _attr("telemetry.sdk.name", "opentelemetry"),
            _attr("telemetry.sdk.version", c.pick(["1.30.1", "2.0.1", "2.2.0"])),
            _attr("user_agent.original", b.ua),
        ],
        "droppedAttributesCount": 0,
    }


def _nanos(c: Corpus) -> tuple[str, str]:
    start = c.ms() * 1000000 + c.num(0, 999999)
    return str(start), str(start + c.num(1, 4000) * 1000000)


def _otlp_post(c: Corpus, shape: str, path: str, doc: object, b: Browser) -> None:
    c.add(
        "apm-trace",
        shape,
        "POST",
        path,
        c.headers(b, "empty", "cors", ctype="application/json", origin=True, cookie=False),
        js_json(doc),
    )


@family("apm-trace")
def apm_trace(c: Corpus) -> None:
    traces = ["/v1/traces", "/otel/v1/traces", "/api/otlp/v1/traces"]
    for _ in range(14):
        b = c.browser()
        spans = []
        for _ in range(c.num(1, 4)):
            s, e = _nanos(c)
            api = f"{SITE}/api/{c.pick(['news/list', 'search', 'guide/detail'])}?" + qs(
                [("page", c.num(1, 9)), ("keyword", c.pick(KEYWORDS))]
            )
            spans.append(
                {
                    "traceId": c.hexs(16),
                    "spanId": c.hexs(8),
                    "name": c.pick(["HTTP GET", "HTTP POST"]),
                    "kind": 3,
                    "startTimeUnixNano": s,
                    "endTimeUnixNano": e,
                    "attributes": [
                        _attr("component", c.pick(["fetch", "xml-http-request"])),
                        _attr("http.method", "GET"),
                        _attr("http.url", api),
                        _attr("http.status_code", c.pick([200, 200, 304, 502])),
                        _attr("http.host", HOST),
                        _attr("http.scheme", "https"),
                        _attr("http.user_agent", b.ua),
                        _attr("http.response_content_length", c.num(200, 90000)),
                    ],
                    "droppedAttributesCount": 0,
                    "events": [
                        {"timeUnixNano": s, "name": n, "attributes": [], "droppedAttributesCount": 0}
                        for n in ("fetchStart", "requestStart", "responseEnd")
                    ],
                    "droppedEventsCount": 0,
                    "status": {"code": 0},
                    "links": [],
                    "droppedLinksCount": 0,
                }
            )
        doc = {
            "resourceSpans": [
                {
                    "resource": _resource(c, b),
                    "scopeSpans": [
                        {"scope": {"name": "@opentelemetry/instrumentation-fetch", "version": "0.57.2"}, "spans": spans}
                    ],
                }
            ]
        }
        _otlp_post(c, "otlp-fetch-spans", c.pick(traces), doc, b)
    for _ in range(12):
        b = c.browser()
        tid = c.hexs(16)
        spans = []
        for name in ("documentLoad", "documentFetch", "resourceFetch"):
            s, e = _nanos(c)
            url = c.article() if name != "resourceFetch" else c.bundle()
            spans.append(
                {
                    "traceId": tid,
                    "spanId": c.hexs(8),
                    "name": name,
                    "kind": 1,
                    "startTimeUnixNano": s,
                    "endTimeUnixNano": e,
                    "attributes": [_attr("http.url", url), _attr("http.user_agent", b.ua)]
                    if name != "documentFetch"
                    else [_attr("http.url", url), _attr("http.response_content_length", c.num(5000, 90000))],
                    "events": [
                        {"timeUnixNano": s, "name": n}
                        for n in (
                            "fetchStart",
                            "domainLookupStart",
                            "connectStart",
                            "responseEnd",
                            "domInteractive",
                            "loadEventEnd",
                        )
                    ],
                    "status": {"code": 0},
                }
            )
        doc = {
            "resourceSpans": [
                {
                    "resource": _resource(c, b),
                    "scopeSpans": [
                        {
                            "scope": {"name": "@opentelemetry/instrumentation-document-load", "version": "0.44.1"},
                            "spans": spans,
                        }
                    ],
                }
            ]
        }
        _otlp_post(c, "otlp-document-load", c.pick(traces), doc, b)
    for _ in range(10):
        b = c.browser()
        s, e = _nanos(c)
        xpath = c.pick(
            [
                '//*[@id="app"]/div[2]/form/button',
                "//html/body/div[3]/div[1]/ul/li[4]/a",
                '//*[@id="search-btn"]',
                '//*[@id="main"]/div[2]/div/table/tbody/tr[3]/td[2]/a',
            ]
        )
        span = {
            "traceId": c.hexs(16),
            "spanId": c.hexs(8),
            "name": "click",
            "kind": 1,
            "startTimeUnixNano": s,
            "endTimeUnixNano": e,
            "attributes": [
                _attr("event_type", "click"),
                _attr("target_element", c.pick(["BUTTON", "A", "SPAN", "INPUT"])),
                _attr("target_xpath", xpath),
                _attr("http.url", c.article()),
            ],
            "status": {"code": 0},
        }
        doc = {
            "resourceSpans": [
                {
                    "resource": _resource(c, b),
                    "scopeSpans": [
                        {
                            "scope": {"name": "@opentelemetry/instrumentation-user-interaction", "version": "0.44.0"},
                            "spans": [span],
                        }
                    ],
                }
            ]
        }
        _otlp_post(c, "otlp-user-interaction", c.pick(traces), doc, b)
    for _ in range(10):
        b = c.browser()
        kind, msg = c.pick(JS_ERRORS)
        stack, _ = _stack(c, kind, msg, b.engine)
        s, _e = _nanos(c)
        rec = {
            "timeUnixNano": s,
            "observedTimeUnixNano": s,
            "severityNumber": c.pick([13, 17]),
            "severityText": c.pick(["WARN", "ERROR"]),
            "body": {"stringValue": f"{kind}: {msg}"},
            "attributes": [
                _attr("exception.type", kind),
                _attr("exception.message", msg),
                _attr("exception.stacktrace", stack),
                _attr("url.full", c.article()),
            ],
            "traceId": c.hexs(16),
            "spanId": c.hexs(8),
        }
        doc = {
            "resourceLogs": [
                {"resource": _resource(c, b), "scopeLogs": [{"scope": {"name": "gov-portal-web"}, "logRecords": [rec]}]}
            ]
        }
        _otlp_post(c, "otlp-logs", c.pick(["/v1/logs", "/otel/v1/logs"]), doc, b)
    for _ in range(14):  # ordinary API calls that carry the trace context
        b = c.browser()
        extra = {"traceparent": f"00-{c.hexs(16)}-{c.hexs(8)}-{c.pick(['01', '00'])}"}
        if c.chance(0.3):
            extra["tracestate"] = c.pick(
                ["rojo=00f067aa0ba902b7,congo=t61rcWkgMzE", f"dd=s:1;t.dm:-1,gov={c.hexs(4)}", "ot=p:8;r:62"]
            )
        if c.chance(0.3):
            extra.update({"X-B3-TraceId": c.hexs(16), "X-B3-SpanId": c.hexs(8), "X-B3-Sampled": "1"})
        path = f"/api/{c.pick(['news/list', 'guide/search', 'zwgk/catalog/tree', 'hdjl/letter/page'])}?" + qs(
            [("page", c.num(1, 9)), ("size", 10)]
        )
        c.add(
            "apm-trace",
            "traceparent-api",
            "GET",
            path,
            c.headers(b, "empty", "cors", accept="application/json, text/plain, */*", extra=extra),
        )
    for _ in range(10):
        b = c.browser()
        spans = [
            {
                "traceId": c.hexs(8 if c.chance(0.3) else 16),
                "id": c.hexs(8),
                "parentId": c.hexs(8),
                "name": c.pick(["get", "post"]),
                "timestamp": c.ms() * 1000,
                "duration": c.num(2000, 900000),
                "kind": "CLIENT",
                "localEndpoint": {"serviceName": "gov-portal-web"},
                "remoteEndpoint": {"serviceName": "cms-api"},
                "tags": {
                    "http.path": f"/api/{c.pick(['news/list', 'search'])}",
                    "http.method": "GET",
                    "http.url": f"{SITE}/api/news/list?page={c.num(1, 9)}",
                    "http.status_code": "200",
                },
            }
            for _ in range(c.num(1, 3))
        ]
        _otlp_post(c, "zipkin-spans", c.pick(["/api/v2/spans", "/zipkin/api/v2/spans"]), spans, b)
    sw_service = ["gov-portal-web", "zwfw-h5"]
    for _ in range(12):  # SkyWalking client-js
        b = c.browser()
        perf = {
            "service": c.pick(sw_service),
            "serviceVersion": f"v{c.num(1, 3)}.{c.num(0, 9)}.0",
            "pagePath": urllib.parse.urlsplit(c.article()).path,
            "redirectTime": 0,
            "dnsTime": c.num(0, 50),
            "ttfbTime": c.num(30, 900),
            "tcpTime": c.num(0, 80),
            "transTime": c.num(1, 100),
            "domAnalysisTime": c.num(50, 900),
            "fptTime": c.num(100, 2000),
            "domReadyTime": c.num(200, 3000),
            "loadPageTime": c.num(300, 6000),
            "resTime": c.num(50, 3000),
            "sslTime": c.num(0, 60),
            "ttlTime": c.num(300, 4000),
            "firstPackTime": c.num(10, 300),
            "fmpTime": c.num(200, 3000),
        }
        _otlp_post(c, "skywalking-perf", c.pick(["/browser/perfData", "/skywalking/browser/perfData"]), perf, b)
    for _ in range(12):
        b = c.browser()
        kind, msg = c.pick(JS_ERRORS)
        stack, _ = _stack(c, kind, msg, b.engine)
        cat = c.pick(["js", "ajax", "resource", "promise", "vue"])
        logs = [
            {
                "uniqueId": c.uid(),
                "service": c.pick(sw_service),
                "serviceVersion": "v2.1.0",
                "pagePath": urllib.parse.urlsplit(c.article()).path,
                "category": cat,
                "grade": c.pick(["Error", "Warning"]),
                "message": f"{kind}: {msg}" if cat != "ajax" else f"GET {SITE}/api/news/list?page={c.num(1, 9)} 502",
                "line": c.num(1, 3),
                "col": c.num(100, 90000),
                "stack": stack,
                "errorUrl": c.bundle(),
                "firstReportedError": c.chance(0.5),
            }
        ]
        _otlp_post(
            c,
            "skywalking-errorlogs",
            c.pick(["/browser/errorLogs", "/browser/errorLog"]),
            logs if c.chance(0.6) else logs[0],
            b,
        )
    for _ in range(10):
        b = c.browser()
        segs = [
            {
                "traceId": c.uid(),
                "service": c.pick(sw_service),
                "serviceInstance": "v2.1.0",
                "traceSegmentId": c.uid(),
                "spans": [
                    {
                        "operationName": urllib.parse.urlsplit(c.article()).path,
                        "startTime": c.ms(),
                        "endTime": c.ms(),
                        "spanId": 0,
                        "spanLayer": "Http",
                        "spanType": "Exit",
                        "isError": c.chance(0.1),
                        "parentSpanId": -1,
                        "componentId": 10001,
                        "peer": HOST,
                        "tags": [
                            {"key": "http.method", "value": "GET"},
                            {
                                "key": "url",
                                "value": f"{SITE}/api/news/list?page={c.num(1, 9)}&keyword={uri(c.pick(KEYWORDS))}",
                            },
                        ],
                    }
                ],
            }
        ]
        _otlp_post(c, "skywalking-segments", "/v3/segments", segs, b)
    for _ in range(10):  # sw8: the propagation header of SkyWalking on XHRs
        b = c.browser()
        e = [
            base64.b64encode(x.encode()).decode()
            for x in (c.uid(), c.uid(), c.pick(sw_service), "v2.1.0", urllib.parse.urlsplit(c.article()).path, HOST)
        ]
        sw8 = f"1-{e[0]}-{e[1]}-0-{e[2]}-{e[3]}-{e[4]}-{e[5]}"
        path = f"/api/{c.pick(['news/list', 'guide/search'])}?" + qs([("page", c.num(1, 9))])
        c.add(
            "apm-trace",
            "sw8-api",
            "GET",
            path,
            c.headers(b, "empty", "cors", accept="application/json, text/plain, */*", extra={"sw8": sw8}),
        )


# --- realtime-ws ----------------------------------------------------------------------------------


def _ws_headers(c: Corpus, b: Browser, protocol: str | None = None) -> dict[str, str]:
    if b.engine == "firefox":
        h = {
            "User-Agent": b.ua,
            "Accept": "*/*",
            "Accept-Language": b.lang,
            "Accept-Encoding": b.enc,
            "Sec-WebSocket-Version": "13",
            "Origin": SITE,
            "Sec-WebSocket-Extensions": "permessage-deflate",
            "Sec-WebSocket-Key": c.b64(16),
        }
        if protocol:
            h["Sec-WebSocket-Protocol"] = protocol
        h.update(
            {
                "Sec-Fetch-Dest": "empty",
                "Sec-Fetch-Mode": "websocket",
                "Sec-Fetch-Site": "same-origin",
                "Pragma": "no-cache",
                "Cache-Control": "no-cache",
                "Upgrade": "websocket",
                "Connection": "keep-alive, Upgrade",
            }
        )
        jar = c.cookies()
        if jar:
            h["Cookie"] = jar
        return h
    h = {
        "Pragma": "no-cache",
        "Cache-Control": "no-cache",
        "User-Agent": b.ua,
        "Upgrade": "websocket",
        "Origin": SITE,
        "Sec-WebSocket-Version": "13",
        "Accept-Encoding": b.enc,
        "Accept-Language": b.lang,
        "Connection": "Upgrade",
    }
    jar = c.cookies()
    if jar:
        h["Cookie"] = jar
    h["Sec-WebSocket-Key"] = c.b64(16)
    h["Sec-WebSocket-Extensions"] = "permessage-deflate; client_max_window_bits"
    if protocol:
        h["Sec-WebSocket-Protocol"] = protocol
    return h


def _eio_t(c: Corpus) -> str:  # engine.io's yeast() timestamp: base64-ish of Date.now()
    alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_"
    n, out = c.ms(), ""
    while n:
        out = alphabet[n % 64] + out
        n //= 64
    return out


@family("realtime-ws")
def realtime_ws(c: Corpus) -> None:
    for _ in range(16):
        b = c.browser(engine="chromium")
        path = c.pick(
            [
                "/ws/notice",
                "/websocket/message",
                "/ws/live/" + str(c.num(100, 999)),
                "/im/ws",
                f"/ws/chat?token={c.hexs(16)}",
                f"/websocket/{c.uid()}",
            ]
        )
        c.add("realtime-ws", "ws-handshake", "GET", path, _ws_headers(c, b))
    for _ in range(10):
        b = c.browser(engine="firefox")
        c.add(
            "realtime-ws",
            "ws-firefox",
            "GET",
            c.pick(["/ws/notice", "/websocket/message", "/im/ws"]),
            _ws_headers(c, b),
        )
    for _ in range(10):  # SockJS: /info first
        b = c.browser()
        c.add(
            "realtime-ws",
            "sockjs-info",
            "GET",
            c.pick(["/ws", "/stomp", "/endpoint-ws"]) + f"/info?t={c.ms()}",
            c.headers(b, "empty", "cors", accept="*/*"),
        )
    for _ in range(14):  # SockJS xhr_send carrying STOMP frames (JSON array of strings; NUL escaped as \u0000)
        b = c.browser()
        frame = c.pick(
            [
                "CONNECT\naccept-version:1.1,1.0\nheart-beat:10000,10000\n\n\x00",
                f"SUBSCRIBE\nid:sub-{c.num(0, 9)}\ndestination:/topic/notice\n\n\x00",
                f"SUBSCRIBE\nid:sub-{c.num(0, 9)}\ndestination:/user/queue/msg\n\n\x00",
                f"SEND\ndestination:/app/chat\ncontent-length:{c.num(20, 90)}\n\n"
                + js_json({"room": c.num(1, 9), "text": c.pick(COMMENTS)})
                + "\x00",
                "\n",
            ]
        )
        server, session = c.num(100, 999), c.alnum(8).lower()
        h = c.headers(b, "empty", "cors", ctype=TEXT, origin=True)
        c.add(
            "realtime-ws",
            "sockjs-send",
            "POST",
            f"{c.pick(['/ws', '/stomp'])}/{server}/{session}/xhr_send?t={c.ms()}",
            h,
            json.dumps([frame], ensure_ascii=False),
        )
    for _ in range(12):
        b = c.browser()
        params = [("EIO", c.pick([4, 4, 3])), ("transport", "polling"), ("t", _eio_t(c))]
        if c.chance(0.6):
            params.append(("sid", c.b64(15, urlsafe=True)))
        c.add(
            "realtime-ws",
            "socketio-poll-get",
            "GET",
            "/socket.io/?" + qs(params),
            c.headers(b, "empty", "cors", accept="*/*"),
        )
    for _ in range(14):
        b = c.browser()
        packets = c.pick(
            [
                ["40"],
                ["40" + js_json({"token": c.hexs(16)})],
                ["3"],
                ["42" + js_json(["join", {"room": f"live_2026_{c.num(1, 99)}"}])],
                [
                    "42"
                    + js_json(
                        [
                            "danmu",
                            {"text": c.pick(["支持！", "讲得好", "请问政策什么时候落地？", "666"]), "color": "#ffffff"},
                        ]
                    )
                ],
                ["42" + js_json(["ping"]), "42" + js_json(["join", {"room": "notice"}])],
            ]
        )
        params = [("EIO", 4), ("transport", "polling"), ("t", _eio_t(c)), ("sid", c.b64(15, urlsafe=True))]
        c.add(
            "realtime-ws",
            "socketio-poll-post",
            "POST",
            "/socket.io/?" + qs(params),
            c.headers(b, "empty", "cors", ctype=TEXT, origin=True),
            "\x1e".join(packets),
        )
    for _ in range(10):
        b = c.browser(engine="chromium")
        c.add(
            "realtime-ws",
            "socketio-upgrade",
            "GET",
            "/socket.io/?" + qs([("EIO", 4), ("transport", "websocket"), ("sid", c.b64(15, urlsafe=True))]),
            _ws_headers(c, b),
        )
    for _ in range(10):  # MQTT.js over WebSocket (live 直播 comments, notices)
        b = c.browser()
        c.add("realtime-ws", "mqtt-ws", "GET", c.pick(["/mqtt", "/ws/mqtt"]), _ws_headers(c, b, "mqtt"))
    for _ in range(12):  # SignalR long polling: the JSON handshake and hub invocations, each ending in 0x1e
        b = c.browser()
        msgs = c.pick(
            [
                ['{"protocol":"json","version":1}'],
                [
                    js_json(
                        {
                            "type": 1,
                            "target": "JoinGroup",
                            "arguments": [f"dept-{c.num(1, 40)}"],
                            "invocationId": str(c.num(0, 9)),
                        }
                    )
                ],
                [js_json({"type": 6})],
            ]
        )
        token = c.b64(16, urlsafe=True)
        h = c.headers(
            b,
            "empty",
            "cors",
            ctype=TEXT,
            origin=True,
            extra={
                "X-Requested-With": "XMLHttpRequest",
                "X-SignalR-User-Agent": "Microsoft SignalR/8.0 (8.0.7; Unknown OS; Browser; Unknown Runtime Version)",
            },
        )
        c.add(
            "realtime-ws",
            "signalr-longpoll",
            "POST",
            c.pick(["/hubs/notify", "/hubs/message", "/signalr/chat"]) + "?id=" + token,
            h,
            "".join(m + "\x1e" for m in msgs),
        )


# --- generation, checks, files --------------------------------------------------------------------


def gen() -> list[dict]:
    c = Corpus(SEED)
    for name in sorted(FAMILIES):
        FAMILIES[name](c)
    return c.reqs


def check(rec: dict) -> list[str]:
    """What is wrong with one record as an HTTP request (empty: nothing): tests/waf/data/corpus_kit.py."""
    return check_record(rec, SOURCES)


def main() -> None:
    reqs = gen()
    problems = [(r["label"], p) for r in reqs for p in check(r)]
    if problems:
        raise SystemExit(f"{len(problems)} malformed requests, first: {problems[:3]}")
    tuning, heldout = split(reqs)
    for path, part in ((TUNING_FILE, tuning), (HELD_OUT_FILE, heldout)):
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in part), encoding="utf-8")
    print(f"{len(reqs)} requests, {len(FAMILIES)} families: tuning {len(tuning)}, held-out {len(heldout)}")
    print("held-out families:", ", ".join(HELD_OUT_FAMILIES))


if __name__ == "__main__":
    main()
