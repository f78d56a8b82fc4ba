"""Generate corpus G: a SEVENTH set of ordinary requests to Chinese government sites, independent of A-F.

    python tests/waf/data/gen_cms_corpus_g.py   # writes cms_g_tuning.jsonl and cms_g_heldout.jsonl next to it

Why a seventh corpus: every fresh corpus so far has found whole kinds of ordinary traffic the earlier ones
lacked, and G measures the WAF's false positives on traffic no tuning round has seen. A-F cover a site's own
pages, CMS products, widgets, browser reports, the services of E and the business back ends of F. Corpus G
covers the machine-to-machine and tool traffic a provincial cloud's sites also receive, and the clients of
systems hosted next to them: 微信公众号 server pushes (URL verification, plain and safe-mode XML, citizens'
free text, menu/location/template events); 企业微信/钉钉 app callbacks (encrypted XML/JSON, 审批 events) and
值班/监控 robot webhooks with markdown; 政务数据共享交换 SOAP 1.1/1.2 web services with WS-Security; GeoServer
WMS/WFS/WMTS with CQL and Filter Encoding; OData v4 and SharePoint REST queries and $batch bodies; Strapi,
Directus and Payload headless-CMS REST queries; the Coremail XT 政务邮箱 web client; Swagger UI/Knife4j/
springdoc try-it-out requests; library OPAC, SRU/CQL and 馆际互借 requests; 社保/医保 个人权益 queries,
待遇资格认证, 电子社保卡 hops and 养老金测算; 实时公交/地铁 line, arrival and 换乘 requests; machine-translation
widgets posting page text and HTML fragments; Matomo tracking (page views, events, site search, content
impressions, bulk, heartbeat, media); and OnlyOffice/WPS document-server callbacks, config and conversion
requests. ``SOURCES`` names the public material each family's URLs, parameters, headers and bodies follow;
values are generated deterministically (``SEED``); HOST is a placeholder the evaluation replaces. Where a
protocol signs or encrypts (WeChat/WeCom/DingTalk message crypto, DingTalk robot ``sign``, WS-Security
PasswordDigest, OnlyOffice JWT) the generator does it for real with the fixed test keys below, so the fast
tests can check the requests the way the receiving servers would.

Every request carries ``family``, ``shape``, ``source`` and ``label`` = family/shape, and has the JSONL
shape of corpora A-F (method, path, headers, body or body_b64); each is held to corpus_kit.check_record.

THE SPLIT, decided and written down here before the corpus was generated and before anything was
evaluated (no WAF result on G was seen by its author; docs/waf.md, held-out discipline):
  1. Whole families held out: the three families whose sha256("corpus-g/<family>") hex digests sort
     first. No tuning may see them.
  2. In every other family, a (family, shape) group is held out when sha256("corpus-g/<family>/<shape>")
     has a first byte divisible by 4.
  3. Everything else is the tuning part. Made once; never re-split, edited or regenerated to pass.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import struct
import sys
import urllib.parse
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # run as a script from anywhere

from tests.waf.data import gen_cms_corpus_f as corpus_f
from tests.waf.data.corpus_kit import HashSplit, check_record, record
from tests.waf.data.gen_cms_corpus_e import (  # E's clients and encoders, shared (G's regeneration test pins G)
    AXIOS_ACCEPT,
    AXIOS_JSON,
    FORM,
    JQ_ACCEPT,
    JQ_FORM,
    JSON_CT,
    axios,
    form,
    jq,
    js_json,
    qs,
    uri,
)
from tests.waf.data.gen_cms_corpus_f import (  # F's value pools and non-browser client headers
    CITIES,
    DEPTS,
    DISTRICT_NAMES,
    DISTRICTS,
    ROADS,
    tool_headers,
)

HERE = Path(__file__).parent
TUNING_FILE = HERE / "cms_g_tuning.jsonl"
HELD_OUT_FILE = HERE / "cms_g_heldout.jsonl"
SEED = 20270917
HOST = "www.example.gov.cn"
SITE = f"https://{HOST}"
SALT = "corpus-g/"

SOURCES = {
    "wechat-mp-callback": "微信公众平台 开发文档: 接入概述 (服务器配置 URL 验证: signature = sha1 of the sorted token, "
    "timestamp, nonce; echostr), 接收普通消息 (text/image/voice/location/link XML with ToUserName, FromUserName, "
    "CreateTime, MsgType, Content, MsgId), 接收事件推送 (subscribe/unsubscribe/SCAN with EventKey qrscene_ and "
    "Ticket, LOCATION Latitude/Longitude/Precision, CLICK/VIEW with EventKey and MenuId), 模板消息 "
    "TEMPLATESENDJOBFINISH Status; 消息加解密接入指引 (safe mode: encrypt_type=aes, msg_signature, "
    "<Encrypt> of AES-256-CBC over random(16)+len+msg+appid, PKCS#7 to 32); the pushing server's headers "
    "(User-Agent Mozilla/4.0, Pragma no-cache, Content-Type text/xml) as WxJava/Senparc/EasyWeChat logs show",
    "wecom-dingtalk-callback": "企业微信 开发者中心: 回调配置 (GET msg_signature/timestamp/nonce/echostr, POST XML "
    "ToUserName/Encrypt/AgentID), 加解密方案 (same AES scheme, receiveid = corpid), 审批状态通知 "
    "sys_approval_change/ApprovalInfo, 群机器人配置说明 (webhook/send?key=, msgtype markdown with "
    '<font color="info|comment|warning">, text with mentioned_list); 钉钉开放平台: HTTP 事件订阅 (POST '
    '{"encrypt"} with signature/msg_signature, timestamp, nonce; check_url, bpms_instance_change, '
    "bpms_task_change), 自定义机器人 (robot/send?access_token= with timestamp and "
    "sign = base64 HmacSHA256 of timestamp+\\n+secret; markdown title/text, at.atMobiles); 政务微信/专有钉钉 "
    "private deployments; Alertmanager/Zabbix/Prometheus webhook relays as 值班/监控 systems send them",
    "soap-exchange": "W3C SOAP 1.1 (text/xml + SOAPAction) and SOAP 1.2 (application/soap+xml; action=), WSDL 1.1 "
    "(?wsdl, ?xsd= and ?wsdl=x.wsdl as Apache CXF and JAX-WS publish them, ASMX ?WSDL/?disco and HTTP POST "
    "test forms), OASIS WS-Security 1.1 UsernameToken Profile (PasswordDigest = base64 SHA-1 of nonce + created "
    "+ password, Nonce EncodingType Base64Binary, wsu:Created); clients SoapUI (Apache-HttpClient), Apache "
    "CXF, .NET MS Web Services Client Protocol, zeep; 政务信息资源共享交换 (GB/T 38664, 国家数据共享交换平台) "
    "query/response payloads: 证照/人口/法人 核验, 数据上报 with 回执, CDATA-wrapped XML strings",
    "geoserver-ogc": "GeoServer user manual: WMS reference (GetMap, GetFeatureInfo with QUERY_LAYERS/INFO_FORMAT/"
    "I,J, GetLegendGraphic, vendor parameters CQL_FILTER, SLD_BODY, FORMAT_OPTIONS, TILED), WFS reference "
    "(2.0.0 GetFeature typeNames/count/startIndex/outputFormat=application/json/srsName, CQL_FILTER), ECQL "
    "reference (LIKE/ILIKE '%..%', IN (...), BETWEEN, BBOX, INTERSECTS(geom, POLYGON((...))), DWITHIN(..., "
    "meters), AFTER/DURING dates), OGC Filter Encoding 2.0 XML POST bodies (fes:PropertyIsLike wildCard, "
    "fes:BBOX with gml:Envelope, fes:And), GeoWebCache WMTS 1.0.0 KVP GetTile; OpenLayers and Leaflet WMS "
    "parameter encodings; 天地图/自然资源 一张图 layers in CGCS2000 (EPSG:4490/4326/3857)",
    "odata-api": "OData Version 4.01 Part 2 URL Conventions ($filter eq/ne/gt/ge/lt/le/and/or/not, contains, "
    "startswith, year, $select, $expand with nested ;-separated options, $orderby desc, $top/$skip/$count, "
    "$search), Part 1 Protocol ($batch multipart/mixed with application/http parts, JSON batch, @odata.type "
    "in bodies, $metadata); SharePoint REST API (_api/web/lists/getbytitle('...')/items, Accept "
    "application/json;odata=nometadata/verbose, X-RequestDigest, POST with X-HTTP-Method MERGE and IF-MATCH); "
    "SAPUI5 ODataModel and ASP.NET Core OData clients of 办事指南/数据开放 systems",
    "headless-cms-rest": "Strapi v4/v5 REST API parameters (filters with $eq/$containsi/$in/$between/$null, "
    "$or/$and arrays, populate=* and populate[x][fields][0], sort[0]=field:desc, pagination[page]/[pageSize], "
    "fields[0], locale, status/publicationState) as qs.stringify writes them (encodeValuesOnly or not); "
    "Directus global query parameters (fields=*.*, filter JSON with _eq/_in/_contains/_between/_and, deep, "
    "search, sort=-field, meta=filter_count, aggregate[count]=*, groupBy[]) as the Directus SDK writes them; "
    "Payload CMS REST (where[field][like|equals|in|greater_than], where[or][0], depth, limit, page, sort, "
    "locale, draft) via qs-esm; Next.js draft/preview mode entry URLs with secret and slug",
    "coremail-webmail": "Coremail XT 5/XT 6 web client (论客 政务邮箱): /coremail/s/json?sid=&func= API with "
    "Content-Type text/x-json (mbox:listMessages with fid/start/limit/order/desc/returnTotal/summaryWindowSize, "
    "mbox:readMessage, mbox:searchMessages with conditions field/operator/operand, mbox:compose with attrs "
    "account/to/cc/subject/content/isHtml/priority/saveSentCopy and action deliver/save, mbox:getAllFolders, "
    "mbox:updateMessageInfos, user:getSignatures, oab:listEx 通讯录), XT/jsp/readMessage.jsp form, "
    "mbox:getMessageData attachment downloads, as public Coremail scripts and 163-style webmail clients send "
    "them; 党政机关公文格式 (GB/T 9704-2012) wording in plain-text mail",
    "swagger-tryit": "Swagger UI 3/5 (index.html, swagger-initializer, oauth2-redirect.html, try-it-out fetches "
    "with accept and the request body the schema's example/enum/format gives), springdoc-openapi "
    "(/v3/api-docs, /v3/api-docs/swagger-config, /v3/api-docs/{group}, .yaml), springfox (/v2/api-docs?group=, "
    "/swagger-resources, /swagger-resources/configuration/ui), Knife4j (doc.html, Request-Origion: Knife4j "
    "debug header, knife4j-gateway-code), OpenAPI 3.0/3.1 examples (date-time, enum, pattern) on 政务 开放平台 "
    "接口文档 pages",
    "library-opac": "汇文 Libsys OPAC (openlink.php strSearchType/match_flag/strText/doctype/displaypg/showmode/"
    "sort/orderby, item.php?marc_no=, showmarc), 广州图创 Interlib (opac/search q/searchWay/sortWay/rows/page, "
    "book/{bookrecno}), SirsiDynix Enterprise (client/zh_CN/default/search/results?qu=&qf=), SRU 1.2/2.0 "
    'searchRetrieve with CQL (dc.title="中国" and dc.date>2000, sortKeys, recordSchema marcxml/dc) as CALIS and '
    "国家图书馆 expose it, ISO 2108 ISBN-10/13 check digits, 中国图书馆分类法 (中图分类号 D630.1, TP311.13), "
    "CNMARC field views and 馆际互借/文献传递 request forms of 省图书馆/地方志馆",
    "social-insurance": "国家社会保险公共服务平台 and 省人社 网上经办 (个人权益记录/参保缴费查询 by 月份 range "
    "202401-202412, 险种 codes of 金保工程 (aae140 110/120/170/210/310/390/410/510), aac002/aac003/aae041/"
    "aae042 field names), 社会保险待遇资格认证 (认证状态, 人脸认证 发起), 电子社会保障卡 third-party channel "
    "hops (channelNo, signNo 签发号, aab301 发卡地, base64 JSON payloads), 养老金测算器 inputs (缴费年限, 平均缴费"
    "指数, 个人账户储存额, 计发月数 139/170/195), 参保证明 打印; GB 11643-1999 公民身份号码 check digit",
    "bus-realtime": "城市实时公交 and 地铁 APIs as 交通运输 portals and 车来了/掌上公交-style H5 pages call them (line "
    "and station keyword search, lineId/direction/stationId/order, arrival polling with distance and "
    "travelTime, nearby stations by lng/lat in WGS84 or GCJ-02 (coordType), 换乘 planning with 起终点 names and "
    "coordinates, first/last bus and 12-hour timetables as JSON); 高德/百度 Web 服务 transit parameters "
    "(origin, destination, city, strategy) and 贵阳地铁 line names",
    "translate-widget": "政府网站 多语种 machine-translation widgets (政府网站 国际版/外文版 工作要求; 睿驰/云翻译 "
    "plug-ins, Google Website Translator googtrans cookie, 百度/有道/腾讯 翻译 API parameter shapes q/from/to/"
    "source/target/format=html): page text segments POSTed as JSON arrays, short HTML fragments sent as they "
    "are on the page (<a href>, <span class>, <em>, &nbsp;), language-switch links and cookies, language "
    "detection and list requests",
    "matomo-analytics": "Matomo Tracking HTTP API reference (idsite, rec, action_name, url, urlref, _id, _idn, "
    "_refts, res, h/m/s, cookie, pv_id, cvar JSON, dimensionN, e_c/e_a/e_n/e_v events, search/search_cat/"
    "search_count, content impressions c_n/c_p/c_t/c_i, ping=1 heartbeat, pf_* performance, uadata client "
    'hints, send_image=0) and the piwik.js/matomo.js tracker (bulk POST {"requests":["?..."],'
    '"send_image":0} with configRequestContentType application/x-www-form-urlencoded, sendBeacon), '
    "MediaAnalytics plugin parameters (ma_id, ma_ti, ma_re, ma_mt, ma_pn, ma_st, ma_le, ma_ps, ma_ttp, ma_w, "
    "ma_h, ma_fs, ma_se) on 政府网站 self-hosted analytics",
    "onlyoffice-docs": "ONLYOFFICE Docs API: callback handler (status 1/2/4/6, key, url, changesurl, filetype, "
    "history.serverVersion/changes, users, actions type/userid, lastsave, notmodified, forcesavetype, token), "
    "signature (JWT HS256 in the body token field and Authorization: Bearer {payload}), Conversion API "
    "(ConvertService.ashx async/filetype/outputtype/key/title/url, thumbnail), Command service (forcesave, "
    "info, drop); the Document Server's request defaults (User-Agent Node.js/6.13); WPS WebOffice 开放平台 "
    "回调 (/v1/3rd/file/info, x-weboffice-file-id, x-wps-weboffice-token); 公文 file names (GB/T 9704)",
}

SPLIT = HashSplit(SALT, SOURCES)  # the rule in the docstring (tests/waf/data/corpus_kit.py)
HELD_OUT_FAMILIES = SPLIT.held_out_families


def split(reqs: list[dict]) -> tuple[list[dict], list[dict]]:
    """(tuning part, held-out part) by the docstring's rule."""
    return SPLIT.split(reqs)


# --- the corpus: F's, recording G's sources -----------------------------------------------------------


class Corpus(corpus_f.Corpus):
    """F's corpus (values, browsers, header order); requests are tagged with G's sources."""

    def add(
        self, family: str, shape: str, method: str, path: str, h: dict[str, str], body: str | bytes | None = None
    ) -> None:
        self.reqs.append(record(SOURCES[family], family, shape, method, path, h, body))

    def ts(self) -> int:  # a Unix timestamp in seconds (2027)
        return self.ms() // 1000


FAMILIES: dict[str, Callable[[Corpus], None]] = {}


def family(name: str) -> Callable[[Callable[[Corpus], None]], Callable[[Corpus], None]]:
    def register(fn: Callable[[Corpus], None]) -> Callable[[Corpus], None]:
        FAMILIES[name] = fn
        return fn

    return register


def rfc3986(value: object) -> str:
    """qs/qs-esm's default encoder (RFC 3986: only unreserved characters stay)."""
    return urllib.parse.quote(str(value), safe="-._~")


def jwt_hs256(payload: dict, secret: str) -> str:
    def part(raw: bytes) -> str:
        return base64.urlsafe_b64encode(raw).decode().rstrip("=")

    head = part(js_json({"alg": "HS256", "typ": "JWT"}).encode()) + "." + part(js_json(payload).encode())
    return head + "." + part(hmac.new(secret.encode(), head.encode(), hashlib.sha256).digest())


# --- message crypto of WeChat, WeCom and DingTalk (their published scheme, fixed test keys) ----------

WX_TOKEN = "zwgzh2027token"
WX_AES_KEY = "kQ3mZ8vN2pR7sT1uW4xY6zA9bC0dE5fG2hJ4kL7mN8p"  # EncodingAESKey: 43 characters
WX_APPID = "wx5c3e9a17d2b04f68"
WX_GH = "gh_3a7f21c9e0b4"
WECOM_TOKEN = "zwwxcb2027"
WECOM_AES_KEY = "Hq7Vb2Nc9Xm4Kz1Lp6Rt3Ws8Yd0Fg5Jh2Qa7Ue4Io9T"
WECOM_CORPID = "ww8d1f4c2a7b3e905c"
DING_TOKEN = "dtcb2027token"
DING_AES_KEY = "Zx4Cv7Bn1Mq8Wp3Er6Ty9Ui2Op5As0Df4Gh7Jk1Lz3Q"
DING_APPKEY = "dingq7w1e4r8t2y5u9i3"
DING_ROBOT_SECRET = "SEC3f8a1c5e9b2d7f4a6c0e8b1d3f5a7c9e2b4d6f8a0c1e3b5d7f9a2c4e6b8d0f1a"
WSSE_PASSWORD = "Gx#2027exchange"
OO_SECRET = "oo-jwt-secret-2027"


def aes_key(encoding_aes_key: str) -> bytes:
    return base64.b64decode(encoding_aes_key + "=")


def msg_encrypt(c: Corpus, encoding_aes_key: str, msg: str, receiver: str) -> str:
    """The 消息加解密 scheme: AES-256-CBC (iv = key[:16]) over random(16) + len(msg) + msg + receiver id,
    PKCS#7-padded to 32 bytes, base64."""
    key = aes_key(encoding_aes_key)
    raw = c.alnum(16).encode() + struct.pack(">I", len(msg.encode())) + msg.encode() + receiver.encode()
    pad = 32 - len(raw) % 32
    raw += bytes([pad]) * pad
    enc = Cipher(algorithms.AES(key), modes.CBC(key[:16])).encryptor()
    return base64.b64encode(enc.update(raw) + enc.finalize()).decode()


def msg_decrypt(encoding_aes_key: str, text: str) -> tuple[str, str]:
    """(message, receiver id): what the receiving server recovers (the fast tests use it)."""
    key = aes_key(encoding_aes_key)
    dec = Cipher(algorithms.AES(key), modes.CBC(key[:16])).decryptor()
    raw = dec.update(base64.b64decode(text)) + dec.finalize()
    raw = raw[: -raw[-1]]
    n = struct.unpack(">I", raw[16:20])[0]
    return raw[20 : 20 + n].decode(), raw[20 + n :].decode()


def sha1_sorted(*parts: str) -> str:
    """signature / msg_signature: SHA-1 of the dictionary-sorted strings joined."""
    return hashlib.sha1("".join(sorted(parts)).encode(), usedforsecurity=False).hexdigest()


def ding_sign(timestamp: int, secret: str) -> str:
    """The custom robot's sign: base64 HmacSHA256(secret, timestamp + "\\n" + secret), URL-encoded."""
    mac = hmac.new(secret.encode(), f"{timestamp}\n{secret}".encode(), hashlib.sha256).digest()
    return urllib.parse.quote_plus(base64.b64encode(mac).decode())


# --- wechat-mp-callback ------------------------------------------------------------------------------

WX_HEADERS = {"User-Agent": "Mozilla/4.0", "Accept": "*/*", "Pragma": "no-cache"}
WX_ENDPOINTS = ["/wx/portal/" + WX_APPID, "/wechat/callback", "/api/wx/mp/notify", "/weixin/server.do"]
CITIZEN_TEXTS = [
    "你好",
    "人工客服",
    "社保卡丢了怎么补办？",
    "请问居住证办理需要哪些材料",
    "公积金提取🙏",
    "1",
    "3",
    "办事指南",
    "我想咨询一下新生儿落户的流程，需要父母双方都到场吗？",
    "投诉：小区晚上施工噪音太大，已经连续一周了！！！怎么处理",
    "营业执照年报在哪里填",
    "医保异地备案怎么办理/::)",
    "[捂脸]预约的号过期了还能改吗",
    "身份证到期换证，可以在贵阳办吗？户口在遵义",
    "月收入<3000元可以申请低保吗",
    "父母&子女 同住的可以一起申请公租房吗?",
    "请问政务服务中心周六上班吗 几点到几点",
    "不动产证 查询",
    "谢谢👍👍",
    "好的，收到",
    "12345热线打不通怎么办……",
    "《贵州省居住证实施办法》第十条说的“连续居住”怎么算？",
    "老人高龄补贴 80岁以上 每月多少钱",
    "Hello, how can a foreigner apply for a work permit?",
    "驾驶证 C1 换证 体检 在哪",
    "我的网上申请一直显示“待受理”，已经3天了",
    "退休金认证",
    "孩子上学 入学登记 2027年 什么时候开始？？",
]
WX_MENU_KEYS = ["V1001_BSZN", "V1002_ZCJD", "V1003_HDJL", "MENU_YYBL", "MENU_JDCX", "KEY_RXZX", "KEY_LXWM"]
WX_VIEW_PATHS = ["/bsfw/index.html", "/zwgk/zcwj/", "/hdjl/wsdc/", "/ztzl/yshj/", "/m/bjcx.html?from=menu"]


def _openid(c: Corpus) -> str:
    return "o" + c.alnum(27, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")


def _wx_xml(fields: Sequence[tuple[str, str | int]]) -> str:
    """The pushed XML as WeChat writes it: strings in CDATA, numbers bare, one element a line."""
    body = "\n".join(f"<{k}>{v}</{k}>" if isinstance(v, int) else f"<{k}><![CDATA[{v}]]></{k}>" for k, v in fields)
    return f"<xml>{body}\n</xml>"


def _wx_push(c: Corpus, fields: Sequence[tuple[str, str | int]], safe: bool) -> tuple[str, str]:
    """(path, body) of one push, in plain or safe (aes) mode."""
    ts, nonce = c.ts(), str(c.num(100000000, 1999999999))
    openid = next(v for k, v in fields if k == "FromUserName")
    query = [
        ("signature", sha1_sorted(WX_TOKEN, str(ts), nonce)),
        ("timestamp", ts),
        ("nonce", nonce),
        ("openid", openid),
    ]
    xml = _wx_xml(fields)
    if safe:
        enc = msg_encrypt(c, WX_AES_KEY, xml, WX_APPID)
        query += [("encrypt_type", "aes"), ("msg_signature", sha1_sorted(WX_TOKEN, str(ts), nonce, enc))]
        xml = (
            f"<xml>\n    <ToUserName><![CDATA[{WX_GH}]]></ToUserName>\n    <Encrypt><![CDATA[{enc}]]></Encrypt>\n</xml>"
        )
    return c.pick(WX_ENDPOINTS) + "?" + qs(query, uri), xml


@family("wechat-mp-callback")
def wechat_mp_callback(c: Corpus) -> None:
    f = "wechat-mp-callback"
    post = {**WX_HEADERS, "Content-Type": "text/xml"}

    def base(kind: str) -> list[tuple[str, str | int]]:
        return [("ToUserName", WX_GH), ("FromUserName", _openid(c)), ("CreateTime", c.ts()), ("MsgType", kind)]

    for _ in range(10):  # 服务器配置: URL verification
        ts, nonce = c.ts(), str(c.num(100000000, 1999999999))
        q = [
            ("signature", sha1_sorted(WX_TOKEN, str(ts), nonce)),
            ("echostr", str(c.num(10**17, 10**19))),
            ("timestamp", ts),
            ("nonce", nonce),
        ]
        c.add(f, "url-verify", "GET", c.pick(WX_ENDPOINTS) + "?" + qs(q, uri), dict(WX_HEADERS))
    said = c.sample(CITIZEN_TEXTS, len(CITIZEN_TEXTS))  # every text once, then again in this order
    for safe, shape, n in ((False, "text-plain", 24), (True, "text-safe", 16)):
        for i in range(n):  # what citizens type to the 公众号
            text = said[(i + (24 if safe else 0)) % len(said)]
            fields = [*base("text"), ("Content", text), ("MsgId", c.num(10**16, 10**17))]
            path, body = _wx_push(c, fields, safe)
            c.add(f, shape, "POST", path, dict(post), body)
    for _ in range(10):  # 关注/取消关注/扫码
        kind = c.pick(["subscribe", "subscribe", "unsubscribe", "SCAN"])
        fields = [*base("event"), ("Event", kind)]
        if kind != "unsubscribe" and c.chance(0.6):
            scene = c.num(1, 300)
            fields += [
                ("EventKey", f"qrscene_{scene}" if kind == "subscribe" else str(scene)),
                ("Ticket", "gQ" + c.alnum(60, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")),
            ]
        else:
            fields.append(("EventKey", ""))
        path, body = _wx_push(c, fields, c.chance(0.4))
        c.add(f, "event-subscribe", "POST", path, dict(post), body)
    for _ in range(14):  # 自定义菜单: CLICK and VIEW
        if c.chance(0.5):
            fields = [*base("event"), ("Event", "CLICK"), ("EventKey", c.pick(WX_MENU_KEYS))]
        else:
            fields = [
                *base("event"),
                ("Event", "VIEW"),
                ("EventKey", SITE + c.pick(WX_VIEW_PATHS)),
                ("MenuId", c.num(400000000, 499999999)),
            ]
        path, body = _wx_push(c, fields, c.chance(0.4))
        c.add(f, "event-menu", "POST", path, dict(post), body)
    for _ in range(8):  # 上报地理位置
        lon, lat = corpus_f._lonlat(c)
        fields = [
            *base("event"),
            ("Event", "LOCATION"),
            ("Latitude", f"{lat:.6f}"),
            ("Longitude", f"{lon:.6f}"),
            ("Precision", f"{c.num(10, 200)}.000000"),
        ]
        path, body = _wx_push(c, fields, c.chance(0.4))
        c.add(f, "event-location", "POST", path, dict(post), body)
    for _ in range(8):  # 模板消息 送达结果
        fields = [
            *base("event"),
            ("Event", "TEMPLATESENDJOBFINISH"),
            ("MsgID", c.num(10**9, 4 * 10**9)),
            ("Status", c.pick(["success", "success", "success", "failed:user block", "failed: system failed"])),
        ]
        path, body = _wx_push(c, fields, c.chance(0.4))
        c.add(f, "event-template", "POST", path, dict(post), body)
    for _ in range(10):  # pictures, voice with recognition, a location, a shared link
        kind = c.pick(["image", "voice", "location", "link"])
        fields = base(kind)
        mid = c.alnum(64, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
        if kind == "image":
            fields += [("PicUrl", f"http://mmbiz.qpic.cn/mmbiz_jpg/{c.alnum(40)}/0"), ("MediaId", mid)]
        elif kind == "voice":
            fields += [
                ("MediaId", mid),
                ("Format", "amr"),
                ("Recognition", c.pick(["我想问一下社保怎么交", "公积金怎么提取", "办居住证"])),
            ]
        elif kind == "location":
            lon, lat = corpus_f._lonlat(c)
            fields += [
                ("Location_X", f"{lat:.6f}"),
                ("Location_Y", f"{lon:.6f}"),
                ("Scale", c.num(12, 18)),
                ("Label", f"贵州省贵阳市{c.pick(DISTRICT_NAMES)}{c.pick(ROADS)}{c.num(1, 300)}号"),
            ]
        else:
            fields += [
                ("Title", "关于开展2027年度城乡居民医保集中参保缴费工作的通告"),
                ("Description", "各位参保人：2027年度城乡居民基本医疗保险集中缴费期为……"),
                ("Url", f"https://mp.weixin.qq.com/s/{c.alnum(22)}"),
            ]
        fields.append(("MsgId", c.num(10**16, 10**17)))
        path, body = _wx_push(c, fields, c.chance(0.4))
        c.add(f, "media-msg", "POST", path, dict(post), body)


# --- wecom-dingtalk-callback ---------------------------------------------------------------------------

APPROVAL_NAMES = ["公文审批", "请假", "用车申请", "用印申请", "信息公开审核", "出差审批", "会议室预约", "采购申请"]
ALERTS = [
    ("网站可用性", "省政府门户网站 首页 HTTP 状态码 502", "P1"),
    ("证书到期", "*.example.gov.cn 证书将在 15 天后到期", "P3"),
    ("磁盘使用率", "cms-db-01 /data 使用率 91%", "P2"),
    ("WAF 拦截突增", "近 5 分钟拦截 1,204 次 (阈值 500)", "P2"),
    ("内容安全", "栏目“政务要闻”发现疑似错别字 3 处", "P3"),
    ("外链失效", "死链巡检发现 17 个失效链接", "P4"),
    ("备份任务", "站群数据库 每日全量备份 失败", "P1"),
    ("页面篡改", "/zwgk/tzgg/index.html 指纹变化，待人工确认", "P1"),
]
ALERT_UAS = [
    "Alertmanager/0.28.1",
    "Go-http-client/1.1",
    "python-requests/2.32.3",
    "Zabbix 7.0",
    "Apache-HttpClient/4.5.14 (Java/17.0.12)",
    "okhttp/4.12.0",
]


def _alert_markdown(c: Corpus, ding: bool) -> tuple[str, str]:
    name, detail, level = c.pick(ALERTS)
    t = c.when()
    status = c.pick(["告警", "告警", "恢复"])
    color = "warning" if status == "告警" else "info"
    lines = [f"### 【{status}】{name}" if ding else f"## 【{status}】{name}"]
    lines.append(f"> 级别：**{level}**  " if ding else f'> 级别：<font color="{color}">{level}</font>')
    lines += [f"> 详情：{detail}", f"> 时间：{t:%Y-%m-%d %H:%M:%S}", ""]
    if c.chance(0.6):
        lines += [
            "**处置建议**",
            "- 值班人员 10 分钟内确认",
            "- 必要时切换至备用节点",
            "1. 查看监控大盘",
            "2. 通知业务处室",
        ]
    lines.append(
        f"[查看详情](https://{c.pick(['monitor', 'grafana', 'zabbix'])}.example.gov.cn/d/{c.alnum(9)}?orgId=1"
        f"&from=now-1h&to=now)"
    )
    if not ding and c.chance(0.4):
        lines.append(f"<@{c.pick(['zhangwei', 'lina', 'wangqiang', 'zbz'])}>")
    return f"{status}:{name}", "\n".join(lines)


@family("wecom-dingtalk-callback")
def wecom_dingtalk_callback(c: Corpus) -> None:
    f = "wecom-dingtalk-callback"
    wecom_h = {"Accept": "*/*", "User-Agent": "Mozilla/4.0", "Pragma": "no-cache"}
    ding_h = {
        "Content-Type": "application/json; charset=utf-8",
        "Accept-Encoding": "gzip",
        "User-Agent": "Apache-HttpClient/4.5.13 (Java/1.8.0_372)",
    }

    def wecom_query(enc: str, echostr: bool = False) -> str:
        ts, nonce = c.ts(), c.alnum(16, "abcdefghijklmnopqrstuvwxyz0123456789")
        q = [("msg_signature", sha1_sorted(WECOM_TOKEN, str(ts), nonce, enc)), ("timestamp", ts), ("nonce", nonce)]
        if echostr:
            q.append(("echostr", enc))
        return qs(q, uri)

    for _ in range(10):  # 企业微信 回调 URL verification: echostr encrypted and URL-encoded
        enc = msg_encrypt(c, WECOM_AES_KEY, str(c.num(10**17, 10**19)), WECOM_CORPID)
        c.add(f, "wecom-verify", "GET", "/wecom/callback?" + wecom_query(enc, True), dict(wecom_h))
    for _ in range(18):  # 企业微信 events: 审批状态通知, text, enter_agent
        agent = c.pick([1000002, 1000005, 1000011])
        kind = c.pick(["approval", "approval", "text", "enter_agent"])
        head = [
            ("ToUserName", WECOM_CORPID),
            ("FromUserName", c.pick(["sys", "ZhangWei", "LiNa", "wangqiang01"])),
            ("CreateTime", c.ts()),
        ]
        if kind == "approval":
            sp = f"{c.when():%Y%m%d}{c.digits(8)}"
            inner = _wx_xml([*head, ("MsgType", "event"), ("Event", "sys_approval_change"), ("AgentID", agent)])
            inner = inner.replace(
                "\n</xml>",
                f"\n<ApprovalInfo><SpNo>{sp}</SpNo><SpName><![CDATA[{c.pick(APPROVAL_NAMES)}]]></SpName>"
                f"<SpStatus>{c.pick([1, 2, 3, 4])}</SpStatus><TemplateId><![CDATA[3Tka{c.alnum(28)}]]></TemplateId>"
                f"<ApplyTime>{c.ts()}</ApplyTime><Applyer><UserId><![CDATA[{c.pick(['ZhangWei', 'LiNa'])}]]></UserId>"
                f"<Party><![CDATA[{c.num(2, 40)}]]></Party></Applyer><StatuChangeEvent>{c.pick([1, 2, 3, 10])}"
                "</StatuChangeEvent></ApprovalInfo>\n</xml>",
            )
        elif kind == "text":
            inner = _wx_xml(
                [
                    *head,
                    ("MsgType", "text"),
                    ("Content", c.pick(["收到", "请查收附件", "明天上午九点开会，请准时参加"])),
                    ("MsgId", c.num(10**18, 9 * 10**18)),
                    ("AgentID", agent),
                ]
            )
        else:
            inner = _wx_xml(
                [*head, ("MsgType", "event"), ("Event", "enter_agent"), ("EventKey", ""), ("AgentID", agent)]
            )
        enc = msg_encrypt(c, WECOM_AES_KEY, inner, WECOM_CORPID)
        body = (
            f"<xml><ToUserName><![CDATA[{WECOM_CORPID}]]></ToUserName><Encrypt><![CDATA[{enc}]]></Encrypt>"
            f"<AgentID><![CDATA[{agent}]]></AgentID></xml>"
        )
        c.add(
            f,
            "wecom-event",
            "POST",
            "/wecom/callback?" + wecom_query(enc),
            {**wecom_h, "Content-Type": "text/xml"},
            body,
        )

    def ding_post(shape: str, event: dict, new_style: bool) -> None:
        enc = msg_encrypt(c, DING_AES_KEY, js_json(event), DING_APPKEY)
        ts, nonce = c.ms(), c.alnum(8, "abcdefghijklmnopqrstuvwxyz0123456789")
        sig = sha1_sorted(DING_TOKEN, str(ts), nonce, enc)
        q = [("signature" if new_style else "msg_signature", sig), ("timestamp", ts), ("nonce", nonce)]
        c.add(f, shape, "POST", "/dingtalk/callback?" + qs(q, uri), dict(ding_h), js_json({"encrypt": enc}))

    for _ in range(6):  # 钉钉 事件订阅: check_url when the URL is saved
        ding_post("ding-check-url", {"EventType": "check_url"}, c.chance(0.5))
    for _ in range(18):  # 审批实例/任务 变更
        pid = c.uid()
        ev = {
            "EventType": c.pick(["bpms_instance_change", "bpms_task_change"]),
            "processInstanceId": pid,
            "corpId": "ding" + c.hexs(16),
            "createTime": c.ms(),
            "title": f"{c.person()}提交的{c.pick(APPROVAL_NAMES)}",
            "type": c.pick(["start", "finish", "terminate"]),
            "staffId": c.digits(16),
            "url": f"https://aflow.dingtalk.com/dingtalk/mobile/homepage.htm?corpid=ding{c.hexs(8)}"
            f"&dd_share=false&showmenu=true&dd_progress=false&back=native&procInstId={pid}&taskId=&swfrom=isv"
            "&dinghash=approval#approval",
            "processCode": "PROC-" + c.alnum(8, "ABCDEF0123456789") + "-" + c.alnum(4, "ABCDEF0123456789"),
        }
        if ev["type"] == "finish":
            ev["result"] = c.pick(["agree", "refuse"])
            if c.chance(0.5):
                ev["remark"] = c.pick(["同意", "请按程序办理。", "材料不全，请补充《用印申请表》后重新提交"])
        ding_post("ding-approval", ev, c.chance(0.6))
    for _ in range(18):  # 政务微信 群机器人 markdown from 值班/监控 systems
        _title, md = _alert_markdown(c, False)
        h = tool_headers(c.pick(ALERT_UAS), extra={"Content-Type": "application/json"})
        c.add(
            f,
            "wecom-robot-md",
            "POST",
            f"/cgi-bin/webhook/send?key={c.uid()}",
            h,
            js_json({"msgtype": "markdown", "markdown": {"content": md}}),
        )
    for _ in range(12):  # 群机器人 plain text with @ mentions
        name, detail, _level = c.pick(ALERTS)
        doc = {
            "msgtype": "text",
            "text": {
                "content": f"【值班提醒】{name}：{detail}，请及时处理。",
                "mentioned_list": c.pick([["@all"], ["zhangwei", "lina"], []]),
                "mentioned_mobile_list": [c.mobile()],
            },
        }
        h = tool_headers(c.pick(ALERT_UAS), extra={"Content-Type": "application/json"})
        c.add(f, "wecom-robot-text", "POST", f"/cgi-bin/webhook/send?key={c.uid()}", h, js_json(doc))
    for _ in range(18):  # 专有钉钉 自定义机器人 with 加签
        title, md = _alert_markdown(c, True)
        ts = c.ms()
        doc = {
            "msgtype": "markdown",
            "markdown": {"title": title, "text": md},
            "at": {"atMobiles": [c.mobile()] if c.chance(0.5) else [], "isAtAll": c.chance(0.15)},
        }
        path = f"/robot/send?access_token={c.hexs(32)}&timestamp={ts}&sign={ding_sign(ts, DING_ROBOT_SECRET)}"
        h = tool_headers(c.pick(ALERT_UAS), extra={"Content-Type": "application/json;charset=utf-8"})
        c.add(f, "ding-robot-md", "POST", path, h, js_json(doc))


# --- soap-exchange ------------------------------------------------------------------------------------

SOAP_SERVICES = [  # (path, namespace, operation, [(field, kind)])
    (
        "/services/LicenseVerifyService",
        "http://exchange.gov.cn/license",
        "verifyLicense",
        [("zzbh", "licence"), ("zzlx", "type"), ("czrxm", "name")],
    ),
    (
        "/services/PopulationQueryService",
        "http://data.gz.gov.cn/rk",
        "queryPersonInfo",
        [("sfzhm", "idcard"), ("xm", "name"), ("cxyy", "reason")],
    ),
    (
        "/services/LegalPersonService",
        "http://data.gz.gov.cn/fr",
        "queryEntByCode",
        [("tyshxydm", "uscc"), ("qymc", "company")],
    ),
    ("/ws/DataExchange.asmx", "http://tempuri.org/", "UploadData", [("sjlx", "type"), ("sjnr", "cdata")]),
    (
        "/cxf/ReportService",
        "http://report.ws.zwfw.gov.cn/",
        "submitReport",
        [("tbdw", "dept"), ("bgq", "period"), ("bgnr", "cdata")],
    ),
    (
        "/services/ItemStatusService",
        "http://zwfw.gov.cn/bjzt",
        "pushStatus",
        [("sblsh", "serial"), ("blzt", "state"), ("blyj", "opinion")],
    ),
]
SOAP_UAS = [
    "Apache-HttpClient/4.5.5 (Java/16.0.1)",
    "Apache CXF 3.5.9",
    "Mozilla/4.0 (compatible; MSIE 6.0; MS Web Services Client Protocol 4.0.30319.42000)",
    "Zeep/4.3.1 (www.python-zeep.org)",
    "Axis2",
    "Java/1.8.0_402",
]
LICENCE_TYPES = [
    "营业执照",
    "食品经营许可证",
    "居民身份证",
    "不动产权证书",
    "结婚证",
    "社会保障卡",
    "道路运输经营许可证",
]
OPINIONS = [
    "材料齐全，符合法定形式，予以受理。",
    "经审查，符合《行政许可法》第三十八条规定，准予许可。",
    "申请材料不齐全，请补正：1.法定代表人身份证明；2.场所使用证明。",
    "已办结，证照已寄出（EMS）。",
]


def _soap_value(c: Corpus, kind: str) -> str:
    if kind == "idcard":
        return c.idcard()
    if kind == "name":
        return c.person()
    if kind == "licence":
        return f"{c.pick(['GZ', 'QZ', 'SP', 'JY'])}{c.pick(list(DISTRICTS))}{c.num(2020, 2027)}{c.digits(7)}"
    if kind == "type":
        return c.pick(LICENCE_TYPES)
    if kind == "uscc":
        return corpus_f.uscc(c)
    if kind == "company":
        return corpus_f.company(c)
    if kind == "reason":
        return c.pick(["行政审批核验", "社会救助核查", "户籍业务办理", "公积金提取核验"])
    if kind == "dept":
        return f"贵州省{c.pick(DEPTS)}"
    if kind == "period":
        return f"{c.num(2025, 2027)}Q{c.num(1, 4)}"
    if kind == "serial":
        return f"11520000MB{c.digits(7)}{c.when():%Y%m%d}{c.digits(5)}"
    if kind == "state":
        return c.pick(["受理", "承办", "审批", "办结", "补齐补正"])
    if kind == "opinion":
        return c.pick(OPINIONS)
    rows = "".join(
        f"<row><xm>{c.person()}</xm><sfzh>{c.idcard()}</sfzh><je>{c.num(100, 99999)}.{c.num(0, 99):02d}</je>"
        f"<bz>{c.pick(['', '补发', '退回重报', 'A&amp;B类'])}</bz></row>"
        for _ in range(c.num(1, 4))
    )
    return (
        f'<![CDATA[<?xml version="1.0" encoding="UTF-8"?><data><head><sjly>{c.pick(DEPTS)}</sjly></head>'
        f"<rows>{rows}</rows></data>]]>"
    )


def _wsse(c: Corpus, user: str) -> str:
    """A WS-Security UsernameToken with a PasswordDigest (Base64(SHA-1(nonce + created + password)))."""
    nonce = c.rnd.randbytes(16)
    created = f"{c.when().astimezone(UTC):%Y-%m-%dT%H:%M:%S}.{c.num(0, 999):03d}Z"
    digest = base64.b64encode(
        hashlib.sha1(nonce + created.encode() + WSSE_PASSWORD.encode(), usedforsecurity=False).digest()
    ).decode()
    wsse = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd"
    wsu = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd"
    prof = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0"
    return (
        f'<wsse:Security xmlns:wsse="{wsse}" xmlns:wsu="{wsu}">'
        f'<wsse:UsernameToken wsu:Id="UsernameToken-{c.hexs(16).upper()}">'
        f"<wsse:Username>{user}</wsse:Username>"
        f'<wsse:Password Type="{prof}#PasswordDigest">{digest}</wsse:Password>'
        f'<wsse:Nonce EncodingType="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-soap-message-security-1.0#Base64Binary">'
        f"{base64.b64encode(nonce).decode()}</wsse:Nonce><wsu:Created>{created}</wsu:Created>"
        "</wsse:UsernameToken></wsse:Security>"
    )


def _envelope(c: Corpus, version: str, ns: str, op: str, fields: Sequence[tuple[str, str]], security: bool) -> str:
    env = "http://schemas.xmlsoap.org/soap/envelope/" if version == "1.1" else "http://www.w3.org/2003/05/soap-envelope"
    prefix = c.pick(["soapenv", "soap"]) if version == "1.1" else "soap12"
    header = _wsse(c, c.pick(["gzdsj_jh", "sjgx_rs", "zwfw_app01"])) if security else ""
    args = "".join(f"<{k}>{v}</{k}>" for k, v in fields)
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><{prefix}:Envelope xmlns:{prefix}="{env}" xmlns:ns="{ns}">'
        f"<{prefix}:Header>{header}</{prefix}:Header><{prefix}:Body><ns:{op}>{args}</ns:{op}></{prefix}:Body>"
        f"</{prefix}:Envelope>"
    )


@family("soap-exchange")
def soap_exchange(c: Corpus) -> None:
    f = "soap-exchange"

    def soap_h(extra: dict[str, str]) -> dict[str, str]:
        return {"Accept-Encoding": "gzip,deflate", **extra, "User-Agent": c.pick(SOAP_UAS), "Connection": "Keep-Alive"}

    for _ in range(16):  # WSDL and schema downloads (SoapUI, wsimport, svcutil, zeep)
        path, _ns, _op, _ = c.pick(SOAP_SERVICES)
        if path.endswith(".asmx"):
            suffix = c.pick(["?WSDL", "?wsdl", "?disco", "?op=UploadData"])
        else:
            suffix = c.pick(
                [
                    "?wsdl",
                    "?wsdl",
                    "?xsd=1",
                    "?xsd=2",
                    f"?wsdl={path.rsplit('/', 1)[1]}.wsdl",
                    "?xsd=" + urllib.parse.quote("../schemas/common.xsd", safe=""),
                ]
            )
        c.add(f, "wsdl", "GET", path + suffix, tool_headers(c.pick(SOAP_UAS), "text/xml, */*"))
    for version, shape, n in (("1.1", "soap11-query", 24), ("1.2", "soap12-query", 20)):
        for _ in range(n):
            path, ns, op, spec = c.pick([s for s in SOAP_SERVICES if "cdata" not in {k for _f, k in s[3]}])
            fields = [(k, _soap_value(c, kind)) for k, kind in spec]
            if c.chance(0.5):
                fields += [("requestId", c.uid()), ("requestTime", f"{c.when():%Y-%m-%d %H:%M:%S}")]
            body = _envelope(c, version, ns, op, fields, c.chance(0.7))
            if version == "1.1":
                h = soap_h({"Content-Type": "text/xml;charset=UTF-8", "SOAPAction": f'"{ns.rstrip("/")}/{op}"'})
            else:
                h = soap_h({"Content-Type": f'application/soap+xml;charset=UTF-8;action="urn:{op}"'})
            c.add(f, shape, "POST", path, h, body)
    for _ in range(16):  # data exchange: the payload an XML string in CDATA
        path, ns, op, spec = c.pick([s for s in SOAP_SERVICES if "cdata" in {k for _f, k in s[3]}])
        fields = [(k, _soap_value(c, kind)) for k, kind in spec]
        version = c.pick(["1.1", "1.1", "1.2"])
        body = _envelope(c, version, ns, op, fields, c.chance(0.6))
        if version == "1.1":
            h = soap_h({"Content-Type": "text/xml; charset=utf-8", "SOAPAction": f'"{ns}{op}"'})
        else:
            h = soap_h({"Content-Type": f'application/soap+xml; charset=utf-8; action="{ns}{op}"'})
        c.add(f, "soap-cdata", "POST", path, h, body)
    for _ in range(14):  # 办件状态 push with 回执 fields (SOAP 1.1, document/literal)
        ns = "http://zwfw.gov.cn/bjzt"
        fields = [
            ("sblsh", _soap_value(c, "serial")),
            ("blzt", _soap_value(c, "state")),
            ("blyj", _soap_value(c, "opinion")),
            ("blry", c.person()),
            ("blsj", f"{c.when():%Y-%m-%dT%H:%M:%S+08:00}"),
            ("bljg", f"{c.pick(CITIES)}市{c.pick(DEPTS)}"),
            ("fjsl", str(c.num(0, 5))),
        ]
        body = _envelope(c, "1.1", ns, "pushStatus", fields, True)
        h = soap_h({"Content-Type": "text/xml;charset=UTF-8", "SOAPAction": '""'})
        c.add(f, "status-push", "POST", "/services/ItemStatusService", h, body)
    for _ in range(10):  # the ASMX HTTP POST test form and HTTP GET binding
        if c.chance(0.5):
            body = qs([("certNo", _soap_value(c, "licence")), ("certType", c.pick(LICENCE_TYPES))], form)
            h = {"User-Agent": c.pick(SOAP_UAS), "Content-Type": FORM, "Accept": "text/xml"}
            c.add(f, "asmx-http", "POST", "/ws/LicenseService.asmx/GetLicenseInfo", h, body)
        else:
            path = "/ws/LicenseService.asmx/GetLicenseInfo?" + qs(
                [("certNo", _soap_value(c, "licence")), ("certType", c.pick(LICENCE_TYPES))], form
            )
            c.add(f, "asmx-http", "GET", path, tool_headers(c.pick(SOAP_UAS), "text/xml"))


# --- geoserver-ogc ------------------------------------------------------------------------------------

GS_LAYERS = [
    "gz:xzqh_xj",
    "gz:poi_ggfw",
    "gz:dltb_2023",
    "gz:kzxxxgh",
    "gz:stbhhx",
    "gz:road_l",
    "gz:water_a",
    "zrzy:yjjbnt",
    "zrzy:czkfbj",
    "tdt:img_c",
]
GS_FIELDS = ["name", "xzqdm", "dlmc", "ydxz", "type", "status", "pfrq", "area"]
POI_TYPES = ["学校", "医院", "政务服务中心", "派出所", "图书馆", "养老机构", "避难场所", "充电站"]
CQL = [
    "name LIKE '%{poi}%'",
    "name ILIKE '%{poi}%' AND xzqdm = '{xzq}'",
    "type IN ('{t1}','{t2}')",
    "xzqdm LIKE '{xzq4}%'",
    "BBOX(geom,{x0},{y0},{x1},{y1})",
    "BBOX(the_geom,{x0},{y0},{x1},{y1},'EPSG:4326') AND status <> 0",
    "INTERSECTS(geom, POLYGON(({ring})))",
    "DWITHIN(geom, POINT({x0} {y0}), {dist}, meters)",
    "pfrq AFTER 2024-01-01T00:00:00Z",
    "pfrq DURING 2025-01-01T00:00:00Z/2025-12-31T23:59:59Z",
    "area BETWEEN {a0} AND {a1}",
    "dlmc = '{dlmc}' OR dlmc = '水田'",
    "NOT (status = 9)",
    "strToLowerCase(code) = 'r2'",
    "\"name\" IS NOT NULL AND xzqdm IN ('520102','520103','520111')",
]


def _bbox(c: Corpus) -> tuple[float, float, float, float]:
    x, y = corpus_f._lonlat(c)
    d = c.pick([0.01, 0.02, 0.05, 0.1])
    return round(x, 6), round(y, 6), round(x + d, 6), round(y + d, 6)


def _cql(c: Corpus) -> str:
    x0, y0, x1, y1 = _bbox(c)
    t1, t2 = c.sample(POI_TYPES, 2)
    xzq = c.pick(list(DISTRICTS))
    ring = ", ".join(f"{x} {y}" for x, y in corpus_f._ring(c, c.num(4, 7)))
    return c.pick(CQL).format(
        poi=c.pick(POI_TYPES),
        xzq=xzq,
        xzq4=xzq[:4],
        t1=t1,
        t2=t2,
        x0=x0,
        y0=y0,
        x1=x1,
        y1=y1,
        ring=ring,
        dist=c.pick([500, 1000, 3000]),
        a0=c.num(1, 500),
        a1=c.num(1000, 9000),
        dlmc=c.pick(corpus_f.DLMC),
    )


def _ol(params: Sequence[tuple[str, object]]) -> str:  # OpenLayers: encodeURIComponent on keys and values
    return qs(params, uri)


@family("geoserver-ogc")
def geoserver_ogc(c: Corpus) -> None:
    f = "geoserver-ogc"
    portal = f"{SITE}/yzt/map.html"

    def img_h() -> dict[str, str]:
        return c.headers(
            c.browser(0.1),
            "img",
            accept="image/avif,image/webp,image/apng,image/svg+xml,image/*,*/*;q=0.8",
            referer=portal,
            cookie=False,
        )

    def xhr_h(ctype: str | None = None) -> dict[str, str]:
        return c.headers(c.browser(0.1), accept=AXIOS_ACCEPT if not ctype else "*/*", ctype=ctype, referer=portal)

    for _ in range(18):  # WMS GetMap (OpenLayers uppercase, Leaflet lowercase)
        x0, y0, x1, y1 = _bbox(c)
        layers = ",".join(c.sample(GS_LAYERS[:9], c.num(1, 2)))
        if c.chance(0.5):
            p = [
                ("SERVICE", "WMS"),
                ("VERSION", "1.3.0"),
                ("REQUEST", "GetMap"),
                ("FORMAT", "image/png"),
                ("TRANSPARENT", "true"),
                ("LAYERS", layers),
                ("TILED", "true"),
                ("CRS", "EPSG:4326"),
                ("STYLES", ""),
                ("WIDTH", 256),
                ("HEIGHT", 256),
                ("BBOX", f"{y0},{x0},{y1},{x1}"),
            ]
            if c.chance(0.4):
                p.insert(6, ("CQL_FILTER", _cql(c)))
            path = "/geoserver/gz/wms?" + _ol(p)
        else:
            p = [
                ("service", "WMS"),
                ("request", "GetMap"),
                ("layers", layers),
                ("styles", ""),
                ("format", "image/png"),
                ("transparent", "true"),
                ("version", "1.1.1"),
                ("width", 256),
                ("height", 256),
                ("srs", "EPSG:3857"),
                (
                    "bbox",
                    f"{c.num(11860000, 11900000)}.{c.digits(3)},{c.num(3050000, 3080000)}.{c.digits(3)},"
                    f"{c.num(11900001, 11940000)}.{c.digits(3)},{c.num(3080001, 3110000)}.{c.digits(3)}",
                ),
            ]
            path = "/geoserver/wms?" + "&".join(f"{k}={uri(v)}" for k, v in p)
        c.add(f, "wms-getmap", "GET", path, img_h())
    for _ in range(12):  # GetFeatureInfo on a click
        x0, y0, x1, y1 = _bbox(c)
        layer = c.pick(GS_LAYERS[:9])
        p = [
            ("SERVICE", "WMS"),
            ("VERSION", "1.3.0"),
            ("REQUEST", "GetFeatureInfo"),
            ("FORMAT", "image/png"),
            ("TRANSPARENT", "true"),
            ("QUERY_LAYERS", layer),
            ("LAYERS", layer),
            ("exceptions", "application/vnd.ogc.se_inimage"),
            ("INFO_FORMAT", c.pick(["application/json", "text/html", "application/vnd.ogc.gml"])),
            ("FEATURE_COUNT", c.pick([1, 10, 50])),
            ("I", c.num(0, 255)),
            ("J", c.num(0, 255)),
            ("WIDTH", 256),
            ("HEIGHT", 256),
            ("CRS", "EPSG:4326"),
            ("STYLES", ""),
            ("BBOX", f"{y0},{x0},{y1},{x1}"),
        ]
        c.add(f, "wms-featureinfo", "GET", "/geoserver/gz/wms?" + _ol(p), xhr_h())
    for _ in range(10):  # legends
        p = [
            ("REQUEST", "GetLegendGraphic"),
            ("VERSION", "1.0.0"),
            ("FORMAT", "image/png"),
            ("WIDTH", 20),
            ("HEIGHT", 20),
            ("LAYER", c.pick(GS_LAYERS)),
            (
                "LEGEND_OPTIONS",
                c.pick(
                    ["fontName:微软雅黑;fontAntiAliasing:true;fontSize:12;dpi:96", "forceLabels:on;fontColor:0x333333"]
                ),
            ),
        ]
        c.add(f, "legend", "GET", "/geoserver/wms?" + _ol(p), img_h())
    for _ in range(24):  # WFS 2.0 GetFeature with CQL_FILTER
        p = [
            ("service", "WFS"),
            ("version", "2.0.0"),
            ("request", "GetFeature"),
            ("typeNames", c.pick(GS_LAYERS[:9])),
            ("outputFormat", c.pick(["application/json", "application/json", "json", "SHAPE-ZIP", "csv"])),
            ("count", c.pick([10, 50, 200, 1000])),
            ("srsName", c.pick(["EPSG:4326", "EPSG:4490"])),
            ("CQL_FILTER", _cql(c)),
        ]
        if c.chance(0.4):
            p.insert(5, ("propertyName", ",".join(c.sample(GS_FIELDS, 3))))
        if c.chance(0.3):
            p.append(("startIndex", c.pick([0, 50, 200])))
        if c.chance(0.3):
            p.append(("sortBy", c.pick(["name A", "pfrq D", "area D"])))
        c.add(f, "wfs-cql", "GET", "/geoserver/ows?" + _ol(p), xhr_h())
    for _ in range(14):  # WFS GetFeature with an OGC Filter Encoding body
        x0, y0, x1, y1 = _bbox(c)
        conds = [
            f'<fes:PropertyIsLike wildCard="*" singleChar="." escapeChar="!" matchCase="false">'
            f"<fes:ValueReference>name</fes:ValueReference><fes:Literal>*{c.pick(POI_TYPES)}*</fes:Literal></fes:PropertyIsLike>",
            f"<fes:PropertyIsEqualTo><fes:ValueReference>xzqdm</fes:ValueReference><fes:Literal>{c.pick(list(DISTRICTS))}"
            "</fes:Literal></fes:PropertyIsEqualTo>",
            f'<fes:BBOX><fes:ValueReference>geom</fes:ValueReference><gml:Envelope srsName="EPSG:4326">'
            f"<gml:lowerCorner>{y0} {x0}</gml:lowerCorner><gml:upperCorner>{y1} {x1}</gml:upperCorner>"
            "</gml:Envelope></fes:BBOX>",
            f"<fes:PropertyIsGreaterThanOrEqualTo><fes:ValueReference>pfrq</fes:ValueReference><fes:Literal>"
            f"{c.num(2020, 2026)}-01-01</fes:Literal></fes:PropertyIsGreaterThanOrEqualTo>",
        ]
        chosen = c.sample(conds, c.num(1, 3))
        filt = chosen[0] if len(chosen) == 1 else "<fes:And>" + "".join(chosen) + "</fes:And>"
        body = (
            '<?xml version="1.0" encoding="UTF-8"?><wfs:GetFeature service="WFS" version="2.0.0" '
            'outputFormat="application/json" count="100" xmlns:wfs="http://www.opengis.net/wfs/2.0" '
            'xmlns:fes="http://www.opengis.net/fes/2.0" xmlns:gml="http://www.opengis.net/gml/3.2" '
            f'xmlns:gz="http://gz.example.gov.cn"><wfs:Query typeNames="{c.pick(GS_LAYERS[:9])}" srsName="EPSG:4326">'
            f"<fes:Filter>{filt}</fes:Filter></wfs:Query></wfs:GetFeature>"
        )
        c.add(
            f,
            "wfs-filter-xml",
            "POST",
            "/geoserver/wfs",
            xhr_h(c.pick(["text/xml", "application/xml", "text/xml; charset=UTF-8"])),
            body,
        )
    for _ in range(14):  # WMTS GetTile (KVP and REST)
        z = c.num(8, 18)
        col, row = c.num(0, 2**z), c.num(0, 2 ** (z - 1))
        layer = c.pick(GS_LAYERS)
        if c.chance(0.6):
            p = [
                ("layer", layer),
                ("style", ""),
                ("tilematrixset", c.pick(["EPSG:4326", "EPSG:900913"])),
                ("Service", "WMTS"),
                ("Request", "GetTile"),
                ("Version", "1.0.0"),
                ("Format", c.pick(["image/png", "image/jpeg"])),
                ("TileMatrix", f"EPSG:4326:{z}"),
                ("TileCol", col),
                ("TileRow", row),
            ]
            path = "/geoserver/gwc/service/wmts?" + _ol(p)
        else:
            path = (
                f"/geoserver/gwc/service/wmts/rest/{layer}/default/EPSG:4326/EPSG:4326:{z}/{row}/{col}?format=image/png"
            )
        c.add(f, "wmts-tile", "GET", path, img_h())
    for _ in range(8):  # GetMap with an inline SLD_BODY
        color = c.pick(["#FF0000", "#3388ff", "#00A86B", "#F5A623"])
        sld = (
            '<?xml version="1.0" encoding="UTF-8"?><StyledLayerDescriptor version="1.0.0" '
            'xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc"><NamedLayer>'
            f"<Name>{c.pick(GS_LAYERS[:9])}</Name><UserStyle><FeatureTypeStyle><Rule><ogc:Filter><ogc:PropertyIsEqualTo>"
            f"<ogc:PropertyName>xzqdm</ogc:PropertyName><ogc:Literal>{c.pick(list(DISTRICTS))}</ogc:Literal>"
            f'</ogc:PropertyIsEqualTo></ogc:Filter><PolygonSymbolizer><Fill><CssParameter name="fill">{color}'
            '</CssParameter><CssParameter name="fill-opacity">0.4</CssParameter></Fill></PolygonSymbolizer></Rule>'
            "</FeatureTypeStyle></UserStyle></NamedLayer></StyledLayerDescriptor>"
        )
        x0, y0, x1, y1 = _bbox(c)
        p = [
            ("SERVICE", "WMS"),
            ("VERSION", "1.1.1"),
            ("REQUEST", "GetMap"),
            ("FORMAT", "image/png"),
            ("TRANSPARENT", "true"),
            ("SLD_BODY", sld),
            ("SRS", "EPSG:4326"),
            ("WIDTH", 512),
            ("HEIGHT", 512),
            ("BBOX", f"{x0},{y0},{x1},{y1}"),
        ]
        c.add(f, "sld-body", "GET", "/geoserver/wms?" + _ol(p), img_h())


# --- odata-api ---------------------------------------------------------------------------------------

OD_SETS = {
    "ServiceItems": [
        "Id",
        "Name",
        "Code",
        "DeptName",
        "ItemType",
        "Status",
        "PromiseDays",
        "OnlineLevel",
        "UpdateTime",
    ],
    "Datasets": ["Id", "Title", "Publisher", "Theme", "Format", "OpenType", "Downloads", "Modified", "Region"],
    "Notices": ["Id", "Title", "Category", "PublishDate", "Source", "ViewCount", "IsTop"],
    "Applications": ["Id", "ApplyNo", "ItemName", "Status", "SubmitTime", "ApplicantType"],
}
OD_WORDS = ["不动产", "社保", "营业执照", "公积金", "医保", "户籍", "教育", "交通", "气象", "财政预算"]
OD_FILTERS = [
    "Status eq 'Published'",
    "Status ne 'Draft' and DeptName eq '{dept}'",
    "contains(Name,'{w}')",
    "startswith(Code,'11520000')",
    "PromiseDays le {n} and OnlineLevel ge 3",
    "year(UpdateTime) eq {y}",
    "Modified gt {y}-01-01T00:00:00Z and Modified lt {y}-12-31T23:59:59+08:00",
    "contains(Title,'{w}') or contains(Theme,'{w}')",
    "not(Status eq 'Revoked')",
    "Theme in ('{w}','{w2}')",
    "OpenType eq 'Conditional' and Downloads gt {n}",
    "IsTop eq true and Category eq '通知公告'",
    "PublishDate ge {y}-01-01 and (Category eq '政策解读' or Category eq '新闻发布会')",
    "ApplicantType eq Sg.Zwfw.ApplicantType'LegalPerson' and Status eq 'Accepted'",
]


def _od_filter(c: Corpus, template: str | None = None) -> str:
    w, w2 = c.sample(OD_WORDS, 2)
    return (template or c.pick(OD_FILTERS)).format(
        dept=c.pick(DEPTS), w=w, w2=w2, n=c.pick([5, 10, 20, 100]), y=c.num(2023, 2027)
    )


def _od_encode(c: Corpus, params: Sequence[tuple[str, str]]) -> str:
    """Three clients: encodeURIComponent on values (SAPUI5/fetch), %20 only (.NET/SharePoint samples), and
    URLSearchParams (space as +)."""
    style = c.pick(["uri", "space", "form"])
    if style == "uri":
        return "&".join(f"{k}={uri(v)}" for k, v in params)
    if style == "space":
        return "&".join(f"{k}={urllib.parse.quote(v, safe=chr(39) + '$(),:;=/@!*-._~')}" for k, v in params)
    return "&".join(f"{k}={form(v)}" for k, v in params)


@family("odata-api")
def odata_api(c: Corpus) -> None:
    f = "odata-api"
    page = f"{SITE}/sjkf/index.html"
    od_accept = c.pick(["application/json;odata.metadata=minimal", "application/json"])

    def hdr(accept: str = od_accept, ctype: str | None = None, extra: dict[str, str] | None = None) -> dict[str, str]:
        # SharePoint's REST API is OData v3 (odata=verbose/nometadata): its clients send no OData-Version 4.0
        v4 = "odata=" not in accept
        ex = {**({"OData-Version": "4.0", "OData-MaxVersion": "4.0"} if v4 else {}), **(extra or {})}
        return c.headers(c.browser(0.15), accept=accept, ctype=ctype, referer=page, extra=ex)

    for i in range(28):  # $filter/$select/$orderby/$top/$skip/$count: each filter form twice
        es = c.pick(list(OD_SETS))
        params = [
            ("$filter", _od_filter(c, OD_FILTERS[i % len(OD_FILTERS)])),
            ("$select", ",".join(c.sample(OD_SETS[es], c.num(3, 5)))),
        ]
        if c.chance(0.7):
            params.append(("$orderby", c.pick([f"{OD_SETS[es][-1]} desc", "Name asc,Id", f"{OD_SETS[es][1]} desc"])))
        params += [("$top", str(c.pick([10, 20, 50]))), ("$skip", str(c.pick([0, 0, 20, 40])))]
        if c.chance(0.5):
            params.append(("$count", "true"))
        c.add(f, "query-filter", "GET", f"/odata/v4/{es}?" + _od_encode(c, params), hdr())
    for _ in range(14):  # $expand with nested options
        expand = c.pick(
            [
                "Materials($select=Name,Required,Copies;$filter=Required eq true;$orderby=Sort)",
                "Department($select=Name,Phone),Windows($top=3)",
                "Materials($expand=Templates($select=FileName,Url)),Fees",
                "Resources($select=Format,Url,Size;$filter=Format eq 'CSV' or Format eq 'XLSX')",
                "Attachments($count=true;$top=5)",
            ]
        )
        params = [("$expand", expand), ("$select", "Id,Name,Code")]
        key = c.pick([str(c.num(1000, 99999)), f"'{c.uid()}'"])
        c.add(
            f,
            "expand",
            "GET",
            f"/odata/v4/{c.pick(['ServiceItems', 'Datasets'])}({key})?" + _od_encode(c, params),
            hdr(),
        )
    for _ in range(16):  # SharePoint REST list queries (Accept nometadata/verbose)
        lst = c.pick(["通知公告", "政策文件", "Announcements", "办事指南", "领导信箱"])
        params = [
            (
                "$select",
                c.pick(
                    ["Title,Created,FileRef,Modified", "Id,Title,Author/Title,Category", "Title,PublishDate,Department"]
                ),
            ),
            (
                "$filter",
                c.pick(
                    [
                        f"Category eq '{c.pick(['通知', '公示', '公告'])}'",
                        f"Created ge datetime'{c.num(2024, 2027)}-01-01T00:00:00Z'",
                        f"substringof('{c.pick(OD_WORDS)}',Title)",
                        "Status eq 1",
                    ]
                ),
            ),
            ("$orderby", "Created desc"),
            ("$top", str(c.pick([5, 10, 30]))),
        ]
        if "Author/" in params[0][1]:
            params.append(("$expand", "Author"))
        path = f"/sites/zwgk/_api/web/lists/getbytitle('{uri(lst)}')/items?" + _od_encode(c, params)
        c.add(
            f,
            "sharepoint-items",
            "GET",
            path,
            hdr(c.pick(["application/json;odata=nometadata", "application/json;odata=verbose"])),
        )
    for _ in range(10):  # $search
        q = c.pick(
            [
                f'"{c.pick(OD_WORDS)} 登记"',
                f"{c.pick(OD_WORDS)} AND {c.pick(OD_WORDS)}",
                f"{c.pick(OD_WORDS)} OR 补贴",
                f"NOT 废止 AND {c.pick(OD_WORDS)}",
                c.pick(OD_WORDS),
            ]
        )
        params = [("$search", q), ("$top", "20"), ("$count", "true")]
        c.add(f, "search", "GET", f"/odata/v4/{c.pick(list(OD_SETS))}?" + _od_encode(c, params), hdr())
    for _ in range(12):  # $batch multipart/mixed
        boundary = f"batch_{c.uid()}"
        parts = []
        for _ in range(c.num(2, 4)):
            es = c.pick(list(OD_SETS))
            q = "&".join(f"{k}={uri(v)}" for k, v in [("$filter", _od_filter(c)), ("$top", "10")])
            parts.append(
                f"--{boundary}\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n"
                f"GET {es}?{q} HTTP/1.1\r\nAccept: application/json\r\n\r\n\r\n"
            )
        body = "".join(parts) + f"--{boundary}--\r\n"
        c.add(
            f,
            "batch",
            "POST",
            "/odata/v4/$batch",
            hdr("multipart/mixed", f"multipart/mixed; boundary={boundary}"),
            body,
        )
    for _ in range(14):  # writes: POST with @odata.type; SharePoint MERGE via X-HTTP-Method
        if c.chance(0.5):
            doc = {
                "@odata.type": "#Sg.Zwfw.Feedback",
                "Title": c.pick(["网站建议", "办事咨询", "纠错"]),
                "Content": c.pick(
                    [
                        "“办事指南”栏目的材料清单与窗口要求不一致，请核实。",
                        "建议增加英文版的外国人工作许可指南。",
                        "页面 /zwgk/zcwj/ 下载链接失效（404）",
                    ]
                ),
                "ContactPhone": c.masked_mobile(),
                "Rating": c.num(1, 5),
                "SubmitTime": f"{c.when():%Y-%m-%dT%H:%M:%S+08:00}",
                "Tags@odata.type": "#Collection(String)",
                "Tags": c.sample(OD_WORDS, 2),
            }
            c.add(
                f,
                "write-json",
                "POST",
                "/odata/v4/Feedbacks",
                hdr(ctype="application/json;odata.metadata=minimal"),
                js_json(doc),
            )
        else:
            item = c.num(1, 3000)
            doc = {
                "__metadata": {"type": "SP.Data.ListItem"},
                "Title": "关于调整政务服务中心工作时间的通知",
                "Status": c.pick(["已发布", "待审核"]),
            }
            extra = {
                "X-HTTP-Method": "MERGE",
                "IF-MATCH": "*",
                "X-RequestDigest": f"0x{c.hexs(64).upper()},{c.when():%d %b %Y %H:%M:%S} -0000",
            }
            c.add(
                f,
                "write-json",
                "POST",
                f"/sites/zwgk/_api/web/lists/getbytitle('{uri('通知公告')}')/items({item})",
                hdr("application/json;odata=verbose", "application/json;odata=verbose", extra),
                js_json(doc),
            )
    for _ in range(6):  # service document and $metadata
        path = c.pick(
            ["/odata/v4/", "/odata/v4/$metadata", "/sites/zwgk/_api/$metadata", "/odata/v4/$metadata#Datasets"]
        )
        path = path.split("#")[0]
        c.add(f, "metadata", "GET", path, hdr(c.pick(["application/xml", "application/json"])))


# --- headless-cms-rest --------------------------------------------------------------------------------

CMS_WORDS = ["乡村振兴", "营商环境", "优化", "政策解读", "数字政府", "一网通办", "稳就业", "生态"]
CMS_COLLECTIONS = ["articles", "policies", "notices", "leaders", "topics"]


def _qs_brackets(obj: object, prefix: str = "") -> list[tuple[str, str]]:
    """qs.stringify's flattening: nested keys in brackets, arrays indexed."""
    if isinstance(obj, dict):
        out = []
        for k, v in obj.items():
            out += _qs_brackets(v, f"{prefix}[{k}]" if prefix else str(k))
        return out
    if isinstance(obj, list):
        out = []
        for i, v in enumerate(obj):
            out += _qs_brackets(v, f"{prefix}[{i}]")
        return out
    return [(prefix, "true" if obj is True else "false" if obj is False else str(obj))]


def qs_stringify(obj: dict, values_only: bool) -> str:
    pairs = _qs_brackets(obj)
    if values_only:  # qs.stringify(query, {encodeValuesOnly: true}): the Strapi docs' form
        return "&".join(f"{k}={rfc3986(v)}" for k, v in pairs)
    return "&".join(f"{rfc3986(k)}={rfc3986(v)}" for k, v in pairs)


@family("headless-cms-rest")
def headless_cms_rest(c: Corpus) -> None:
    f = "headless-cms-rest"

    def hdr(token: bool = False) -> dict[str, str]:
        extra = {"Authorization": f"Bearer {c.hexs(64)}"} if token and c.chance(0.5) else None
        return c.headers(c.browser(0.4), accept=AXIOS_ACCEPT, referer=f"{SITE}/", extra=extra)

    for _ in range(20):  # Strapi: filters, populate, sort, pagination
        q: dict = {
            "filters": {c.pick(["title", "summary"]): {c.pick(["$containsi", "$contains", "$eq"]): c.pick(CMS_WORDS)}},
            "populate": "*",
            "sort": [c.pick(["publishedAt:desc", "publishDate:desc", "sort:asc"])],
            "pagination": {"page": c.num(1, 8), "pageSize": c.pick([10, 12, 20])},
        }
        if c.chance(0.4):
            q["locale"] = c.pick(["zh-Hans", "zh-CN", "en"])
        c.add(
            f, "strapi-filters", "GET", f"/api/{c.pick(CMS_COLLECTIONS)}?" + qs_stringify(q, c.chance(0.7)), hdr(True)
        )
    for _ in range(14):  # Strapi $or/$and/$in/$between/$null
        q = {
            "filters": c.pick(
                [
                    {
                        "$or": [
                            {"title": {"$containsi": c.pick(CMS_WORDS)}},
                            {"content": {"$containsi": c.pick(CMS_WORDS)}},
                        ]
                    },
                    {
                        "$and": [
                            {"category": {"slug": {"$eq": c.pick(["tzgg", "zcjd", "xwfb"])}}},
                            {"publishDate": {"$between": [f"{c.num(2024, 2026)}-01-01", f"{c.num(2026, 2027)}-12-31"]}},
                        ]
                    },
                    {"department": {"name": {"$in": c.sample(DEPTS, 2)}}},
                    {"cover": {"$null": True}, "isTop": {"$eq": False}},
                    {"tags": {"name": {"$notNull": True}}, "views": {"$gte": c.num(10, 1000)}},
                ]
            ),
            "fields": ["title", "summary", "publishDate"],
            "status": c.pick(["published", "draft"]),
        }
        c.add(f, "strapi-logic", "GET", f"/api/{c.pick(CMS_COLLECTIONS)}?" + qs_stringify(q, c.chance(0.7)), hdr(True))
    for _ in range(12):  # Strapi deep populate
        q = {
            "populate": c.pick(
                [
                    {
                        "cover": {"fields": ["url", "alternativeText", "formats"]},
                        "category": {"fields": ["name", "slug"]},
                    },
                    {
                        "blocks": {
                            "on": {
                                "shared.rich-text": {"populate": "*"},
                                "shared.media": {"populate": {"file": {"fields": ["url"]}}},
                            }
                        }
                    },
                    {"seo": {"populate": ["metaImage"]}, "attachments": True},
                    {"category": {"populate": ["parent"]}},
                ]
            ),
            "filters": {"slug": {"$eq": f"{c.pick(['2027', '2026'])}-{c.num(100, 999)}"}},
        }
        c.add(
            f, "strapi-populate", "GET", f"/api/{c.pick(CMS_COLLECTIONS)}?" + qs_stringify(q, c.chance(0.7)), hdr(True)
        )

    def directus(params: Sequence[tuple[str, object]]) -> str:
        """The Directus SDK: objects as JSON, set on a URL's searchParams (URLSearchParams encoding)."""
        return "&".join(f"{k}={form(v if isinstance(v, str) else js_json(v))}" for k, v in params)

    for _ in range(18):  # Directus items
        params: list[tuple[str, object]] = [
            ("fields", c.pick(["*.*", "*,cover.*,category.name", "id,title,summary,date_published,translations.*"])),
            (
                "filter",
                c.pick(
                    [
                        {"status": {"_eq": "published"}},
                        {"_and": [{"status": {"_eq": "published"}}, {"category": {"slug": {"_in": ["tzgg", "zcjd"]}}}]},
                        {"title": {"_contains": c.pick(CMS_WORDS)}},
                        {"date_published": {"_between": [f"{c.num(2024, 2026)}-01-01", "$NOW"]}},
                        {"_or": [{"region": {"_eq": c.pick(DISTRICT_NAMES)}}, {"region": {"_null": True}}]},
                    ]
                ),
            ),
            ("sort", c.pick(["-date_published", "sort,-date_created"])),
            ("limit", c.pick([10, 20, 25])),
        ]
        if c.chance(0.4):
            params.append(("search", c.pick(CMS_WORDS)))
        if c.chance(0.4):
            params.append(
                ("deep", {"translations": {"_filter": {"languages_code": {"_eq": c.pick(["zh-CN", "en-US"])}}}})
            )
        if c.chance(0.4):
            params += [("meta", "filter_count"), ("page", c.num(1, 5))]
        c.add(f, "directus-items", "GET", f"/items/{c.pick(CMS_COLLECTIONS)}?" + directus(params), hdr(True))
    for _ in range(8):  # Directus aggregates
        params = [
            ("aggregate[count]", "*"),
            ("groupBy[]", c.pick(["category", "region", "year(date_published)"])),
            ("filter", {"status": {"_eq": "published"}}),
        ]
        c.add(f, "directus-aggregate", "GET", f"/items/{c.pick(CMS_COLLECTIONS)}?" + directus(params), hdr(True))
    for _ in range(14):  # Payload where queries (qs-esm stringify, keys encoded)
        where = c.pick(
            [
                {"title": {"like": c.pick(CMS_WORDS)}},
                {"or": [{"category": {"equals": c.pick(["tzgg", "zcjd"])}}, {"tags": {"in": c.sample(CMS_WORDS, 2)}}]},
                {
                    "and": [
                        {"publishedAt": {"greater_than": f"{c.num(2024, 2026)}-01-01T00:00:00.000Z"}},
                        {"_status": {"equals": "published"}},
                    ]
                },
                {"slug": {"equals": f"post-{c.num(100, 999)}"}},
                {"department.name": {"contains": c.pick(DEPTS)}},
            ]
        )
        q = {
            "where": where,
            "depth": c.pick([0, 1, 2]),
            "limit": c.pick([10, 12]),
            "page": c.num(1, 4),
            "sort": c.pick(["-publishedAt", "title"]),
        }
        if c.chance(0.3):
            q["locale"] = c.pick(["zh", "en"])
        c.add(
            f, "payload-where", "GET", f"/api/{c.pick(['posts', 'pages', 'notices'])}?" + qs_stringify(q, False), hdr()
        )
    for _ in range(14):  # preview / draft mode entry points
        slug = c.pick([f"/xwzx/zwyw/{c.num(2025, 2027)}/{c.num(100, 999)}", f"/zwgk/zcjd/{c.uid()[:8]}", "/"])
        path = c.pick(
            [
                "/api/preview?" + qs([("secret", c.hexs(16)), ("slug", slug), ("collection", "posts")], uri),
                "/api/draft?" + qs([("secret", c.hexs(16)), ("slug", slug)], uri),
                f"/api/articles/{c.alnum(24, 'abcdefghijklmnopqrstuvwxyz0123456789')}?status=draft&populate=*",
                f"/api/posts/{c.num(1, 900)}?draft=true&depth=1&locale=zh",
            ]
        )
        c.add(f, "preview", "GET", path, c.headers(c.browser(0.1), "nav", referer=f"{SITE}/admin/"))


# --- coremail-webmail ---------------------------------------------------------------------------------

MAIL_SUBJECTS = [
    "关于报送{y}年第一季度政务公开工作情况的通知",
    "关于召开全省政府网站集约化工作推进会的通知",
    "转发《国务院办公厅关于进一步优化政务服务提升行政效能的意见》的函",
    "【请审阅】{dept}{y}年度部门预算公开材料（第二稿）",
    "回复：关于征求《贵州省政府网站管理办法（征求意见稿）》意见的函",
    "会议纪要（第{n}期）",
    "请于{m}月{d}日前反馈网站内容保障情况",
    "Fw: 关于做好{y}年“五一”期间值班工作的通知",
]
MAIL_BODIES = [
    "各市（州）政府办公室，省政府各部门、各直属机构：\n\n    根据《政府信息公开条例》和《{y}年政务公开工作要点》要求，"
    "现将有关事项通知如下：\n\n    一、报送内容。包括政务公开工作总结、主动公开信息统计表（附件1）。\n\n"
    "    二、报送时间。请于{m}月{d}日前将材料报送至本邮箱，纸质件加盖公章后寄送。\n\n"
    "    联系人：{p}，电话：0851-8{tel}。\n\n    附件：1.主动公开信息统计表.xlsx\n\n"
    "{dept}\n{y}年{m}月{d}日",
    "{p}同志：\n\n    您好！来函收悉。经研究，我单位对《征求意见稿》无修改意见。\n\n"
    "    特此函复。\n\n{dept}办公室\n{y}年{m}月{d}日",
    "各位同事：\n    明天上午9:30在3楼第二会议室召开网站改版评审会，请准时参加。"
    "议程：1) 首页方案；2) 无障碍改造（GB/T 37668-2019）；"
    "3) 其他。\n    收到请回复。谢谢！\n\n{p}\n电话：0851-8{tel}",
    "{p}：\n    附件为{y}年度部门预算公开材料第二稿，请审阅。主要修改：表3“一般公共预算支出表”金额单位由元改为万元；"
    "“三公”经费说明补充了同比增减原因（-12.5%）。\n    如有意见请于本周五前反馈。",
]
FOLDERS = {1: "收件箱", 2: "草稿箱", 3: "已发送", 4: "已删除", 5: "垃圾邮件", 101: "公文流转", 102: "值班通知"}
MAIL_DOMAINS = ["gzgov.example.gov.cn", "example.gov.cn", "gz.example.gov.cn"]


def _mail_id(c: Corpus) -> str:
    return (
        "1tbi"
        + c.alnum(26, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
        + c.pick(["sh", "sn", "s-"])
    )


def _addr(c: Corpus) -> str:
    user = c.pick(["zhangwei", "lina", "wangqiang", "bgs", "zwgk", "xxzx", "liuyang", "zbs"])
    return f"{user}{c.num(1, 99)}@{c.pick(MAIL_DOMAINS)}"


def _fill(c: Corpus, text: str) -> str:
    return text.format(
        y=c.num(2026, 2027),
        dept=f"贵州省{c.pick(DEPTS)}",
        n=c.num(1, 40),
        m=c.num(1, 12),
        d=c.num(1, 28),
        p=c.person(),
        tel=c.digits(6),
    )


@family("coremail-webmail")
def coremail_webmail(c: Corpus) -> None:
    f = "coremail-webmail"
    index = f"{SITE}/coremail/XT/index.jsp"

    def api(shape: str, func: str, doc: dict, n_sid: str | None = None) -> None:
        sid = n_sid or c.alnum(32, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
        b = c.browser(0.0)
        ctype = c.pick(['text/x-json; tz="Asia/Shanghai"', "text/x-json", "application/json"])
        cookie = f"Coremail={c.hexs(16)}%{c.hexs(16)}; Coremail.sid={sid}; uid={uri(_addr(c))}"
        h = c.headers(b, accept="text/x-json", ctype=ctype, referer=f"{index}?sid={sid}", cookie=cookie, xrw=True)
        c.add(f, shape, "POST", f"/coremail/s/json?sid={sid}&func={func}", h, js_json(doc))

    for _ in range(18):  # folder listings
        limit = c.pick([20, 25, 50])
        doc = {
            "start": c.pick([0, 0, limit, 2 * limit]),
            "limit": limit,
            "mode": "count",
            "order": c.pick(["date", "receivedDate", "size", "from"]),
            "desc": c.chance(0.85),
            "returnTotal": True,
            "returnTag": c.chance(0.5),
            "summaryWindowSize": limit,
            "fid": c.pick(list(FOLDERS)),
            "mboxa": "",
            "topFirst": True,
        }
        if c.chance(0.3):
            doc["filter"] = c.pick([{"flags": {"read": False}}, {"flags": {"attached": True}}, {"label": ["0"]}])
        api("list", "mbox:listMessages", doc)
    for _ in range(14):  # open one message
        doc = {
            "id": _mail_id(c),
            "mode": c.pick(["text", "both"]),
            "filterStylesheets": True,
            "filterImages": False,
            "returnImageInfo": True,
            "markRead": True,
            "header": c.chance(0.3),
            "returnAntispamInfo": True,
            "returnHeaders": {"Resent-From": "A", "Sender": "A"},
        }
        api("read", "mbox:readMessage", doc)
    for _ in range(14):  # search by sender and subject
        conds = []
        if c.chance(0.7):
            conds.append({"field": "from", "operator": "contains", "operand": c.pick([_addr(c), c.person(), "办公厅"])})
        if c.chance(0.7) or not conds:
            conds.append(
                {
                    "field": "subject",
                    "operator": "contains",
                    "operand": c.pick(["政务公开", "预算", "值班", "会议纪要", "征求意见", "关于"]),
                }
            )
        if c.chance(0.3):
            conds.append({"field": "sentDate", "operator": "GE", "operand": f"{c.num(2026, 2027)}-01-01"})
        doc = {
            "conditions": conds,
            "groupings": {"fid": "", "sentDate": ""},
            "fid": c.pick([1, 3, 101]),
            "start": 0,
            "limit": 20,
            "order": "date",
            "desc": True,
            "returnTotal": True,
            "isSearch": True,
        }
        if c.chance(0.3):
            doc["pattern"] = c.pick(["附件", "通知"])
        api("search", "mbox:searchMessages", doc)
    for _ in range(16):  # write and send a plain-text 公文-style mail
        acct = _addr(c)
        doc = {
            "id": "c:" + c.digits(13) + ":" + c.hexs(4),
            "showOneRcpt": False,
            "attrs": {
                "account": f'"{c.person()}" <{acct}>',
                "to": [f'"{c.person()}" <{_addr(c)}>' for _ in range(c.num(1, 3))],
                "cc": [_addr(c)] if c.chance(0.4) else [],
                "bcc": [],
                "subject": _fill(c, c.pick(MAIL_SUBJECTS)),
                "isHtml": False,
                "content": _fill(c, c.pick(MAIL_BODIES)),
                "priority": c.pick([3, 3, 1]),
                "requestReadReceipt": c.chance(0.3),
                "saveSentCopy": True,
                "inlineResources": True,
                "charset": "utf-8",
            },
            "action": c.pick(["deliver", "deliver", "save"]),
            "returnInfo": False,
        }
        api("compose", "mbox:compose", doc)
    for _ in range(12):  # attachment downloads
        sid = c.alnum(32, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
        name = c.pick(
            [
                "主动公开信息统计表.xlsx",
                "附件1：会议议程.docx",
                "（定稿）部门预算公开.pdf",
                "2027年值班表.xls",
                "材料清单 (1).zip",
            ]
        )
        if c.chance(0.5):
            path = "/coremail/s?" + qs(
                [
                    ("func", "mbox:getMessageData"),
                    ("mid", _mail_id(c)),
                    ("part", c.num(2, 5)),
                    ("mode", "download"),
                    ("sid", sid),
                ],
                uri,
            )
        else:
            path = (
                "/coremail/mbox-data/"
                + uri(name)
                + "?"
                + qs(
                    [
                        ("mid", _mail_id(c)),
                        ("part", str(c.num(2, 5))),
                        ("mode", "download"),
                        ("filename", name),
                        ("sid", sid),
                    ],
                    uri,
                )
            )
        c.add(
            f,
            "attachment",
            "GET",
            path,
            c.headers(c.browser(0.0), "nav", referer=f"{index}?sid={sid}", cookie=f"Coremail.sid={sid}"),
        )
    for _ in range(12):  # folders and the address book
        if c.chance(0.5):
            api("folders-contacts", "mbox:getAllFolders", {"stats": True, "threads": c.chance(0.3)})
        else:
            doc = {
                "dn": c.pick(["a", f"a/{c.num(1, 40)}"]),
                "returnAttrs": ["true_name", "email", "mobile_number", "duty", "org_unit_name"],
                "start": 0,
                "limit": c.pick([50, 100]),
                "defaultReturnMeetingRoom": False,
            }
            if c.chance(0.5):
                doc["filter"] = {"true_name": c.pick(["王", "李", "张"]) + "*"}
            api("folders-contacts", "oab:listEx", doc)
    for _ in range(8):  # the older readMessage.jsp form
        sid = c.alnum(32, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
        body = qs([("mid", _mail_id(c)), ("mboxa", ""), ("part", ""), ("mailCipherPassword", "")], uri)
        h = c.headers(
            c.browser(0.0),
            accept="text/x-json",
            ctype=JQ_FORM,
            referer=f"{index}?sid={sid}",
            cookie=f"Coremail.sid={sid}",
            xrw=True,
        )
        c.add(f, "read-jsp", "POST", f"/coremail/XT/jsp/readMessage.jsp?sid={sid}", h, body)
    for _ in range(10):  # mark read / move; signatures
        if c.chance(0.6):
            doc = {
                "ids": [_mail_id(c) for _ in range(c.num(1, 4))],
                "attrs": c.pick(
                    [{"flags": {"read": True}}, {"fid": c.pick([4, 101, 102])}, {"flags": {"flagged": True}}]
                ),
            }
            api("update", "mbox:updateMessageInfos", doc)
        else:
            api("update", "user:getSignatures", {})


# --- swagger-tryit ------------------------------------------------------------------------------------

API_GROUPS = ["default", "zwfw-api", "open-data", "hdjl", "公共服务"]
KNIFE_UA_REFERER = f"{SITE}/doc.html"


@family("swagger-tryit")
def swagger_tryit(c: Corpus) -> None:
    f = "swagger-tryit"

    def doc_h(
        kind: str = "xhr",
        referer: str | None = None,
        accept: str = "application/json,*/*",
        extra: dict[str, str] | None = None,
        ctype: str | None = None,
    ) -> dict[str, str]:
        return c.headers(
            c.browser(0.0),
            kind,
            accept=accept,
            ctype=ctype,
            referer=referer or f"{SITE}/swagger-ui/index.html",
            extra=extra,
        )

    for i in range(20):  # the documentation pages and specs, each at least once
        group = c.pick(API_GROUPS)
        path, kind = (
            [
                ("/doc.html", "nav"),
                ("/swagger-ui/index.html", "nav"),
                ("/swagger-ui.html", "nav"),
                ("/v3/api-docs", "xhr"),
                ("/v3/api-docs/swagger-config", "xhr"),
                (f"/v3/api-docs/{uri(group)}", "xhr"),
                (f"/v2/api-docs?group={uri(group)}", "xhr"),
                ("/swagger-resources", "xhr"),
                ("/swagger-resources/configuration/ui", "xhr"),
                ("/v3/api-docs.yaml", "nav"),
                ("/openapi.json", "xhr"),
                ("/swagger-ui/swagger-initializer.js", "xhr"),
                ("/webjars/js/app.4f3a2b1c.js", "xhr"),
            ]
        )[i % 13]
        c.add(f, "docs", "GET", path, doc_h(kind, referer=None if kind == "xhr" else f"{SITE}/kfpt/index.html"))
    for _ in range(24):  # try-it-out GETs with example values
        path = c.pick(
            [
                "/api/v1/items?" + qs([("keyword", "string"), ("pageNum", 1), ("pageSize", 10)], uri),
                "/api/v1/items?"
                + qs(
                    [
                        ("keyword", c.pick(["营业执照", "社保", "公积金"])),
                        ("deptCode", "11520000MB1234567X"),
                        ("itemType", c.pick(["XK", "QR", "GG", "CF"])),
                    ],
                    uri,
                ),
                f"/api/v1/items/{c.uid()}",
                "/api/v1/notices?"
                + qs(
                    [
                        ("startDate", f"{c.num(2025, 2027)}-01-01"),
                        ("endDate", f"{c.num(2027, 2028)}-12-31"),
                        ("status", c.pick(["PUBLISHED", "DRAFT", "ARCHIVED"])),
                    ],
                    uri,
                ),
                "/api/v1/appointments?"
                + qs([("date", f"{c.when():%Y-%m-%dT%H:%M:%S.000Z}"), ("hallId", c.num(1, 30))], uri),
                "/api/v1/users/check?"
                + qs([("mobile", c.pick(["13800000000", c.mobile()])), ("code", "^[0-9]{6}$")], uri),
                "/api/v1/dict/" + c.pick(["gender", "nation", "region", "cert_type"]),
                "/open/api/weather?" + qs([("cityCode", c.pick(["520100", "string"])), ("lang", "zh_CN")], uri),
            ]
        )
        extra = (
            {"Authorization": f"Bearer eyJhbGciOiJIUzI1NiJ9.{c.b64(60, True)}.{c.b64(32, True)}"}
            if c.chance(0.4)
            else None
        )
        c.add(f, "tryit-get", "GET", path, doc_h(accept=c.pick(["*/*", "application/json"]), extra=extra))
    for _ in range(24):  # try-it-out POSTs: the body the schema's examples give
        path, doc = c.pick(
            [
                ("/api/v1/items/search", {"keyword": "string", "pageNum": 0, "pageSize": 0, "orderBy": "string"}),
                (
                    "/api/v1/feedback",
                    {
                        "title": "string",
                        "content": "string",
                        "contactPhone": "13800000000",
                        "email": "user@example.com",
                        "type": c.pick(["CONSULT", "COMPLAINT", "SUGGEST"]),
                        "createTime": f"{c.when():%Y-%m-%dT%H:%M:%S.%f}"[:-3] + "Z",
                    },
                ),
                (
                    "/api/v1/appointments",
                    {
                        "hallId": 1,
                        "itemCode": "11520000MB1234567X4000117009000",
                        "date": f"{c.when():%Y-%m-%d}",
                        "period": c.pick(["AM", "PM"]),
                        "idCard": c.idcard(),
                        "name": c.person(),
                        "mobile": c.mobile(),
                    },
                ),
                (
                    "/api/v1/users/validate",
                    {
                        "mobile": "string",
                        "pattern": "^1[3-9]\\d{9}$",
                        "idCardRegex": corpus_f.RX_IDCARD,
                    },
                ),
                ("/api/v1/notices/batch", [{"id": 0, "status": "PUBLISHED"}, {"id": 0, "status": "ARCHIVED"}]),
                (
                    "/api/v1/query",
                    {
                        "filters": [
                            {"field": "deptName", "op": "like", "value": "%人社%"},
                            {"field": "status", "op": "in", "value": ["1", "2"]},
                        ],
                        "sort": [{"field": "updateTime", "direction": "DESC"}],
                        "page": {"current": 1, "size": 10},
                    },
                ),
                (
                    "/api/v1/messages/send",
                    {
                        "templateCode": "SMS_2027001",
                        "params": {"name": "张三", "code": "123456"},
                        "mobiles": ["13800000000"],
                    },
                ),
            ]
        )
        knife = c.chance(0.5)
        extra = {"Request-Origion": "Knife4j", "knife4j-gateway-code": "ROOT"} if knife else None
        ref = KNIFE_UA_REFERER if knife else f"{SITE}/swagger-ui/index.html"
        c.add(
            f,
            "tryit-post",
            "POST",
            path,
            doc_h(accept="*/*", referer=ref, extra=extra, ctype="application/json"),
            json.dumps(doc, ensure_ascii=False, indent=2) if c.chance(0.5) else js_json(doc),
        )
    for _ in range(12):  # form and file parameters
        if c.chance(0.5):
            body = qs(
                [("username", "string"), ("password", "string"), ("grant_type", "password"), ("scope", "read write")],
                uri,
            )
            c.add(f, "tryit-form", "POST", "/oauth/token", doc_h(accept="application/json", ctype=FORM), body)
        else:
            b = c.browser(0.0)
            ctype, body = c.multipart(
                b,
                [
                    ("file", ("sample.pdf", "application/pdf", corpus_f.pdf_head(c, c.num(300, 900)))),
                    ("bizType", c.pick(["ATTACHMENT", "AVATAR"])),
                    ("remark", "string"),
                ],
            )
            c.add(f, "tryit-form", "POST", "/api/v1/files/upload", doc_h(accept="*/*", ctype=ctype), body)
    for _ in range(10):  # OAuth2 redirect back into Swagger UI, and bearer-authorized calls
        if c.chance(0.5):
            path = "/swagger-ui/oauth2-redirect.html?" + qs([("code", c.alnum(30)), ("state", c.b64(24))], uri)
            c.add(
                f, "oauth2", "GET", path, doc_h("nav", referer=f"{SITE}/auth/realms/zwfw/protocol/openid-connect/auth")
            )
        else:
            extra = {"Authorization": f"Bearer {c.b64(90, True)}"}
            c.add(f, "oauth2", "GET", "/api/v1/users/me", doc_h(accept="application/json", extra=extra))
    for _ in range(10):  # Knife4j debugging: its global parameters and headers
        path = c.pick(
            [
                "/api/v1/items?" + qs([("keyword", c.pick(["不动产", "户籍"])), ("pageNum", 1), ("pageSize", 20)], uri),
                "/api/v1/dict/region?parentCode=520000",
                "/v2/api-docs?group=" + uri(c.pick(API_GROUPS)),
            ]
        )
        extra = {"Request-Origion": "Knife4j", "knife4j-gateway-code": "ROOT", "X-Tenant-Id": str(c.num(1, 20))}
        if c.chance(0.5):
            extra["Authorization"] = "Bearer " + c.hexs(20)
        c.add(f, "knife4j-debug", "GET", path, doc_h(accept="*/*", referer=KNIFE_UA_REFERER, extra=extra))


# --- library-opac -------------------------------------------------------------------------------------

BOOK_TITLES = [
    "中国",
    "贵州通志",
    "乡土中国",
    "黔南丛书",
    "贵州古代史",
    "红楼梦",
    "人工智能",
    "数字政府建设",
    "苗族古歌",
    "中华人民共和国民法典 释义",
    "王阳明全集",
    "大数据时代",
    "长征",
    "贵州省志·地理志",
]
AUTHORS = ["费孝通", "王阳明", "鲁迅", "郑珍", "莫友芝", "舍恩伯格", "贵州省地方志编纂委员会", "钱穆"]
CLC = ["D630.1", "K297.3", "I247.5", "TP311.13", "F127.73", "K820.9", "D923.04", "G258.6", "I222.2", "TP18"]
PUBLISHER_CODES = ["01", "02", "100", "101", "108", "5097", "221", "5412", "80", "111"]


def isbn13(c: Corpus) -> str:
    pub = c.pick(PUBLISHER_CODES)
    body = "9787" + pub + c.digits(8 - len(pub))
    s = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(body))
    return body + str((10 - s % 10) % 10)


def isbn10(c: Corpus) -> str:
    pub = c.pick(PUBLISHER_CODES)
    body = "7" + pub + c.digits(8 - len(pub))
    s = sum((10 - i) * int(d) for i, d in enumerate(body))
    check = (11 - s % 11) % 11
    return body + ("X" if check == 10 else str(check))


def hyphenate(isbn: str) -> str:
    if len(isbn) == 13:
        return f"{isbn[:3]}-{isbn[3]}-{isbn[4:7]}-{isbn[7:12]}-{isbn[12]}"
    return f"{isbn[0]}-{isbn[1:4]}-{isbn[4:9]}-{isbn[9]}"


def _cql_query(c: Corpus) -> str:
    return c.pick(
        [
            f'dc.title="{c.pick(BOOK_TITLES)}" and dc.date>{c.num(1990, 2015)}',
            f'dc.title="{c.pick(BOOK_TITLES)}"',
            f'dc.creator="{c.pick(AUTHORS)}" and dc.title any "{c.pick(["全集", "史", "志"])}"',
            f"bath.isbn={isbn13(c)}",
            f'cql.anywhere all "{c.pick(["苗族", "水利", "茶叶"])} {c.pick(["贵州", "黔东南"])}"',
            f'dc.subject="{c.pick(["地方志", "民族", "方言"])}" or dc.subject="贵州"',
            f'dc.date within "{c.num(1950, 1990)} {c.num(1991, 2026)}" and dc.language=chi',
            f'rec.id="{c.digits(9)}"',
        ]
    )


@family("library-opac")
def library_opac(c: Corpus) -> None:
    f = "library-opac"

    def hdr(kind: str = "nav", referer: str | None = "", xrw: bool = False) -> dict[str, str]:
        return c.headers(
            c.browser(0.3),
            kind,
            accept=JQ_ACCEPT if xrw else "*/*",
            referer=referer if referer != "" else f"{SITE}/opac/search.php",
            xrw=xrw,
        )

    for _ in range(16):  # 汇文 OPAC simple search
        stype = c.pick(["title", "author", "keyword", "isbn", "callno", "publisher"])
        text = {
            "author": c.pick(AUTHORS),
            "isbn": isbn13(c),
            "callno": c.pick(CLC),
            "publisher": c.pick(["贵州人民出版社", "中华书局", "商务印书馆"]),
        }.get(stype, c.pick(BOOK_TITLES))
        params = [
            ("strSearchType", stype),
            ("match_flag", c.pick(["forward", "full", "any"])),
            ("historyCount", 1),
            ("strText", text),
            ("doctype", c.pick(["ALL", "01", "02"])),
            ("with_ebook", "on"),
            ("displaypg", c.pick([20, 50])),
            ("showmode", c.pick(["list", "table"])),
            ("sort", c.pick(["CATA_DATE", "M_TITLE", "M_PUB_YEAR"])),
            ("orderby", c.pick(["desc", "asc"])),
            ("location", "ALL"),
        ]
        c.add(f, "huiwen-search", "GET", "/opac/openlink.php?" + qs(params, form), hdr())
    for _ in range(10):  # 汇文 item and MARC views, ISBN lookups
        marc = c.digits(10)
        path = c.pick(
            [
                f"/opac/item.php?marc_no={marc}",
                f"/opac/showmarc_table.php?marc_no={marc}",
                f"/opac/ajax_isbn_marc_no.php?marc_no={marc}&isbn={hyphenate(isbn13(c))}",
                f"/opac/ajax_item.php?marc_no={marc}",
            ]
        )
        c.add(f, "huiwen-item", "GET", path, hdr("xhr" if "ajax" in path else "nav", xrw="ajax" in path))
    for _ in range(14):  # Interlib search and record
        if c.chance(0.7):
            way = c.pick(["title", "author", "keyword", "isbn", "class"])
            q = {"author": c.pick(AUTHORS), "isbn": isbn13(c), "class": c.pick(CLC)}.get(way, c.pick(BOOK_TITLES))
            params = [
                ("q", q),
                ("searchType", "standard"),
                ("isFacet", "true"),
                ("view", "standard"),
                ("searchWay", way),
                ("rows", 10),
                ("sortWay", c.pick(["score", "pubdate_sort"])),
                ("sortOrder", "desc"),
                ("hasholding", 1),
                ("searchWay0", "marc"),
                ("logical0", "AND"),
                ("page", c.num(1, 5)),
            ]
            path = "/opac/search?" + qs(params, form)
        else:
            path = f"/opac/book/{c.num(100000, 2999999)}?view=simple"
        c.add(f, "interlib", "GET", path, hdr(referer=f"{SITE}/opac/index"))
    for _ in range(10):  # SirsiDynix Enterprise
        params = [
            ("qu", c.pick(BOOK_TITLES)),
            ("qf", f"PUBDATE\t出版日期\t{c.num(1980, 2010)}-{c.num(2011, 2027)}"),
            ("te", ""),
            ("lm", c.pick(["ALL", "GZLIB"])),
        ]
        if c.chance(0.5):
            params.insert(1, ("qu", f"AUTHOR={c.pick(AUTHORS)}"))
        c.add(f, "sirsi", "GET", "/client/zh_CN/default/search/results?" + qs(params, uri), hdr())
    for _ in range(16):  # SRU searchRetrieve with CQL
        params = [
            ("version", c.pick(["1.2", "2.0"])),
            ("operation", "searchRetrieve"),
            ("query", _cql_query(c)),
            ("maximumRecords", c.pick([10, 20, 50])),
            ("startRecord", c.pick([1, 11, 21])),
            ("recordSchema", c.pick(["marcxml", "dc", "cnmarc"])),
        ]
        if c.chance(0.5):
            params.append(("sortKeys", c.pick(["dc.date,,0", "dc.title,,1", "date,,0 title,,1"])))
        agent = c.pick([None, tool_headers("MarcEdit 7.6 (Windows)"), tool_headers("Koha/24.05 (SRU client)")])
        c.add(f, "sru-cql", "GET", "/sru?" + qs(params, uri), agent or hdr("xhr", referer=None))
    for _ in range(12):  # ISBN-10/13 searches (hyphenated or not)
        isbn = c.pick([isbn13(c), isbn10(c)])
        shown = hyphenate(isbn) if c.chance(0.4) else isbn
        path = c.pick(
            [
                "/opac/openlink.php?strSearchType=isbn&strText=" + shown,
                "/opac/search?searchWay=isbn&q=" + shown,
                "/api/opac/isbn/" + isbn,
            ]
        )
        c.add(f, "isbn", "GET", path, hdr("xhr", xrw=True) if path.startswith("/api") else hdr())
    for _ in range(10):  # 中图分类号 browsing
        clc = c.pick(CLC)
        path = c.pick(
            [
                f"/opac/browseClc?clc={clc}&page=1",
                "/opac/openlink.php?strSearchType=callno&strText=" + uri(f"{clc}/{c.num(1, 300)}"),
                f"/opac/classbrowse.php?cls={clc[0]}&clsname=" + uri("政治、法律"),
            ]
        )
        c.add(f, "clc", "GET", path, hdr())
    for _ in range(6):  # MARC record views
        c.add(
            f,
            "marc",
            "GET",
            f"/opac/showmarc.php?marc_no={c.digits(10)}&format=" + c.pick(["iso2709", "marc", "cnmarc"]),
            hdr(),
        )
    for _ in range(10):  # 馆际互借 / 文献传递 requests
        b = c.browser(0.2)
        fields = [
            ("reader_no", c.digits(12)),
            ("name", c.person()),
            ("mobile", c.mobile()),
            ("email", f"{c.alnum(8, 'abcdefghijklmnopqrstuvwxyz')}@{c.pick(['163.com', 'qq.com', 'example.gov.cn'])}"),
            ("title", c.pick(BOOK_TITLES)),
            ("author", c.pick(AUTHORS)),
            ("isbn", hyphenate(isbn13(c))),
            ("publisher", c.pick(["贵州人民出版社", "中华书局", "商务印书馆", "社会科学文献出版社"])),
            ("pub_year", c.num(1950, 2026)),
            ("pages", c.pick(["全书", "P.12-45", "第3章"])),
            ("delivery", c.pick(["email", "mail", "pickup"])),
            ("remark", c.pick(["", "急用，谢谢！", "需要清晰扫描件（300dpi）"])),
        ]
        c.add(
            f,
            "ill-request",
            "POST",
            "/opac/ill/apply.php",
            c.headers(b, "nav", ctype=FORM, referer=f"{SITE}/opac/ill/"),
            qs(fields, form),
        )


# --- social-insurance ---------------------------------------------------------------------------------

XZ = {
    "110": "企业职工基本养老保险",
    "120": "机关事业单位养老保险",
    "170": "城乡居民基本养老保险",
    "210": "失业保险",
    "310": "职工基本医疗保险",
    "390": "城乡居民基本医疗保险",
    "410": "工伤保险",
    "510": "生育保险",
}
CHANNELS = ["gzrs_app", "wechat", "alipay", "ylb_app", "gzzwfw", "icbc", "ccb"]


def _months(c: Corpus) -> tuple[str, str]:
    y = c.num(2015, 2027)
    if c.chance(0.5):
        return f"{y}01", f"{y}12"
    a = c.num(1, 12)
    return f"{y}{a:02d}", f"{y}{c.num(a, 12):02d}"


@family("social-insurance")
def social_insurance(c: Corpus) -> None:
    f = "social-insurance"
    hall = f"{SITE}/rsfw/grqy/index.html"

    def hdr(ctype: str | None = None, referer: str = hall) -> dict[str, str]:
        extra = {"Authorization": f"Bearer {c.b64(48, True)}"} if c.chance(0.4) else None
        return c.headers(c.browser(0.55), accept=AXIOS_ACCEPT, ctype=ctype, referer=referer, extra=extra)

    for _ in range(20):  # 参保缴费记录 by month range and 险种
        a, b = _months(c)
        doc = {
            "aac002": c.idcard(),
            "aac003": c.person(),
            "aae140": c.pick(list(XZ)),
            "aae041": a,
            "aae042": b,
            "pageNum": 1,
            "pageSize": c.pick([12, 20, 50]),
        }
        c.add(f, "payment-records", "POST", "/rsfw/api/grqy/jfxx", hdr(JSON_CT), js_json(doc))
    for _ in range(12):  # the same list as a GET (older pages)
        a, b = _months(c)
        params = [
            ("aac002", c.idcard()),
            ("aae140", c.pick(list(XZ))),
            ("startMonth", a),
            ("endMonth", b),
            ("xzmc", XZ[c.pick(list(XZ))]),
            ("_", c.ms()),
        ]
        c.add(f, "payment-get", "GET", "/rsfw/grqy/cbjf/list.do?" + qs(params, jq), hdr())
    for _ in range(12):  # 待遇资格认证 status
        params = [
            ("idCard", c.idcard()),
            ("name", c.person()),
            ("rzlx", c.pick(["01", "02", "03"])),
            ("year", c.num(2026, 2027)),
        ]
        c.add(f, "cert-status", "GET", "/rzfw/api/qualification/status?" + qs(params, axios), hdr())
    for _ in range(10):  # start a 人脸认证
        doc = {
            "aac002": c.idcard(),
            "aac003": c.person(),
            "rzfs": c.pick(["01", "02"]),
            "channel": c.pick(CHANNELS),
            "callbackUrl": f"{SITE}/rzfw/h5/result.html?from={c.pick(CHANNELS)}",
            "aab301": c.pick(list(DISTRICTS)),
        }
        c.add(
            f, "cert-face", "POST", "/rzfw/api/face/start", hdr(AXIOS_JSON, f"{SITE}/rzfw/h5/index.html"), js_json(doc)
        )
    for _ in range(16):  # 电子社保卡 sign-on hops from a channel
        info = {
            "signNo": c.alnum(32, "0123456789abcdef").upper(),
            "aac002": c.idcard(),
            "aac003": c.person(),
            "aab301": c.pick(list(DISTRICTS)),
            "signLevel": c.pick(["1", "2", "3"]),
            "validDate": f"{c.num(2027, 2037)}{c.num(1, 12):02d}{c.num(1, 28):02d}",
        }
        if c.chance(0.5):
            params = [
                ("channelNo", c.pick(["1000000005", "2000000102", "5200000011"])),
                ("signNo", info["signNo"]),
                ("busiSeq", c.digits(20)),
                ("aab301", info["aab301"]),
                ("callbackUrl", f"{SITE}/rsfw/essc/callback"),
            ]
        else:
            params = [
                ("channelNo", c.pick(["1000000005", "5200000011"])),
                ("data", base64.b64encode(js_json(info).encode()).decode()),
                ("sign", c.hexs(32).upper()),
            ]
        b = c.browser(0.9)
        c.add(
            f,
            "essc-hop",
            "GET",
            "/rsfw/essc/entry?" + qs(params, uri),
            c.headers(b, "nav", referer=c.pick([None, "https://open.weixin.qq.com/", f"{SITE}/"]), site="cross-site"),
        )
    for _ in range(14):  # 养老金测算
        b = c.browser(0.5)
        born = datetime(1965, 1, 1) + timedelta(days=c.num(0, 7000))
        fields = [
            ("csny", f"{born:%Y-%m}"),
            ("xb", c.pick(["1", "2"])),
            ("cjgzsj", f"{born.year + c.num(18, 24)}-{c.num(1, 12):02d}"),
            ("txnl", c.pick(["60", "55", "50", "63"])),
            ("jfnx", c.num(15, 40)),
            ("pjjfzs", f"{c.num(60, 300) / 100:.2f}"),
            ("grzhye", f"{c.num(20000, 400000)}.{c.num(0, 99):02d}"),
            ("jfms", c.pick(["139", "170", "195"])),
            ("snzgpjgz", c.pick(["8532", "9067", "9488"])),
            ("sfsjgl", c.pick(["0", "1"])),
        ]
        c.add(
            f,
            "pension-calc",
            "POST",
            "/rsfw/ylcs/calc.do",
            c.headers(b, accept=JQ_ACCEPT, ctype=JQ_FORM, referer=f"{SITE}/rsfw/ylcs/", xrw=True),
            qs(fields, jq),
        )
    for _ in range(8):  # 参保证明 打印
        a, b_ = _months(c)
        params = [
            ("ywlx", c.pick(["cbzm", "jfmx", "tyzm"])),
            ("aac002", c.idcard()),
            ("aae041", a),
            ("aae042", b_),
            ("yzm", c.alnum(4, "ABCDEFGHJKMNPQRSTUVWXYZ23456789")),
        ]
        c.add(
            f,
            "proof-print",
            "GET",
            "/rsfw/cbzm/print.pdf?" + qs(params, uri),
            c.headers(c.browser(0.2), "nav", referer=hall),
        )
    for _ in range(8):  # 医保 个人账户 消费明细
        a, b_ = _months(c)
        doc = {
            "data": {
                "psnNo": "52" + c.digits(18),
                "begntime": f"{a[:4]}-{a[4:]}-01",
                "endtime": f"{b_[:4]}-{b_[4:]}-28",
                "insutype": c.pick(["310", "390"]),
                "pageNum": 1,
                "pageSize": 10,
            }
        }
        c.add(
            f,
            "medical-account",
            "POST",
            "/ybfw/api/psn/acctDetail",
            hdr(JSON_CT, f"{SITE}/ybfw/index.html"),
            js_json(doc),
        )


# --- bus-realtime -------------------------------------------------------------------------------------

BUS_LINES = [
    "1路",
    "2路",
    "25路",
    "48路",
    "69路",
    "202路",
    "B231",
    "夜班2路",
    "快巴1路",
    "机场大巴1号线",
    "旅游专线3",
    "地铁1号线",
    "地铁2号线",
    "地铁3号线",
    "S1线",
]
STOPS = [
    "喷水池",
    "大西门",
    "河滨公园",
    "贵阳北站",
    "龙洞堡机场",
    "花果园",
    "观山湖公园",
    "省政府",
    "市政府",
    "金阳客车站",
    "中华北路口",
    "小十字",
    "贵医",
    "花溪公园",
    "甲秀楼",
    "新添寨",
    "南明区政府",
    "会展城",
    "林城东路口",
    "三桥",
]


def _gcj(c: Corpus) -> tuple[float, float]:
    lon, lat = corpus_f._lonlat(c)
    return round(lon + 0.0046, 6), round(lat - 0.0025, 6)


@family("bus-realtime")
def bus_realtime(c: Corpus) -> None:
    f = "bus-realtime"
    h5 = f"{SITE}/jtfw/bus/index.html"

    def hdr(ctype: str | None = None) -> dict[str, str]:
        return c.headers(c.browser(0.8), accept=AXIOS_ACCEPT, ctype=ctype, referer=h5, cookie=c.chance(0.3))

    for _ in range(14):  # line search as one types
        kw = c.pick(BUS_LINES)
        kw = kw[: c.num(1, len(kw))]
        c.add(
            f,
            "line-search",
            "GET",
            "/bus/api/line/search?" + qs([("keyword", kw), ("cityCode", "520100"), ("t", c.ms())], axios),
            hdr(),
        )
    for _ in range(12):  # station search
        kw = c.pick(STOPS)
        c.add(
            f,
            "station-search",
            "GET",
            "/bus/api/station/search?" + qs([("name", kw), ("cityId", "0851"), ("pageSize", 20)], axios),
            hdr(),
        )
    for _ in range(12):  # a line's stops in one direction
        params = [
            ("lineId", f"0851-{c.num(1, 320)}-{c.pick([0, 1])}"),
            ("direction", c.pick([0, 1])),
            ("lineName", c.pick(BUS_LINES)),
        ]
        c.add(f, "line-detail", "GET", "/bus/api/line/detail?" + qs(params, axios), hdr())
    for _ in range(20):  # arrival polling every 10-15 s
        params = [
            ("lineId", f"0851-{c.num(1, 320)}-{c.pick([0, 1])}"),
            ("stationId", f"0851-{c.num(1000, 9999)}"),
            ("order", c.num(1, 40)),
            ("direction", c.pick([0, 1])),
            ("_", c.ms()),
        ]
        if c.chance(0.5):
            lon, lat = _gcj(c)
            params += [("lng", lon), ("lat", lat), ("coordType", "gcj02")]
        c.add(f, "arrival-poll", "GET", "/bus/api/realtime/arrival?" + qs(params, c.pick([axios, jq])), hdr())
    for _ in range(14):  # stations near me (WGS84 from the browser, GCJ-02 from the WeChat JSSDK)
        if c.chance(0.5):
            lon, lat = corpus_f._lonlat(c)
            ct = "wgs84"
        else:
            lon, lat = _gcj(c)
            ct = "gcj02"
        params = [
            ("lng", f"{lon:.6f}"),
            ("lat", f"{lat:.6f}"),
            ("coordType", ct),
            ("radius", c.pick([300, 500, 1000])),
            ("type", c.pick(["bus", "metro", "all"])),
        ]
        c.add(f, "nearby", "GET", "/bus/api/station/nearby?" + qs(params, axios), hdr())
    for _ in range(16):  # 换乘 planning from names and points
        o, d = c.sample(STOPS, 2)
        (ox, oy), (dx, dy) = _gcj(c), _gcj(c)
        if c.chance(0.5):
            params = [
                ("origin", f"{ox},{oy}"),
                ("destination", f"{dx},{dy}"),
                ("originName", o),
                ("destinationName", d),
                ("city", "贵阳"),
                ("strategy", c.pick([0, 1, 2, 3, 5])),
                ("nightflag", c.pick([0, 1])),
                ("date", f"{c.when():%Y-%m-%d}"),
                ("time", f"{c.when():%H:%M}"),
            ]
            c.add(f, "transfer", "GET", "/bus/api/transfer/plan?" + qs(params, axios), hdr())
        else:
            doc = {
                "from": {"name": o, "lng": ox, "lat": oy},
                "to": {"name": d + c.pick(["", "(公交站)", "地铁站"]), "lng": dx, "lat": dy},
                "preference": c.pick(["LEAST_TIME", "LEAST_TRANSFER", "LEAST_WALK", "NO_SUBWAY"]),
                "departAt": f"{c.when():%Y-%m-%dT%H:%M:00+08:00}",
            }
            c.add(f, "transfer", "POST", "/bus/api/transfer/plan", hdr(AXIOS_JSON), js_json(doc))
    for _ in range(12):  # timetables: first/last bus and a 12-hour schedule
        if c.chance(0.5):
            params = [
                ("lineId", f"0851-{c.num(1, 320)}-0"),
                ("date", f"{c.when():%Y%m%d}"),
                ("hours", 12),
                ("from", f"{c.num(5, 10):02d}:00"),
            ]
            c.add(f, "timetable", "GET", "/bus/api/timetable?" + qs(params, axios), hdr())
        else:
            line = c.pick(["1号线", "2号线", "3号线", "S1线"])
            c.add(
                f,
                "timetable",
                "GET",
                "/metro/api/firstlast?" + qs([("line", line), ("station", c.pick(STOPS))], axios),
                hdr(),
            )


# --- translate-widget ---------------------------------------------------------------------------------

PAGE_SEGMENTS = [
    "首页",
    "信息公开",
    "政务服务",
    "互动交流",
    "走进贵州",
    "政策文件",
    "新闻发布会",
    "领导信箱",
    "网站地图",
    "无障碍",
    "长者模式",
    "当前位置：首页 > 政务公开 > 通知公告",
    "发布时间：2025-01-02",
    "来源：省人民政府办公厅",
    "【字体：大 中 小】",
    "打印本页",
    "关闭窗口",
    "贵州省人民政府办公厅主办",
    "黔ICP备05001234号-1",
    "贵公网安备 52010202000123号",
    "政府网站标识码：5200000001",
    "关于印发《贵州省优化营商环境条例》实施细则的通知",
    "扫一扫在手机打开当前页",
    "分享到：",
]
HTML_FRAGMENTS = [
    '<a href="/xxgk/">信息公开</a>',
    '<span class="date">2025-01-02</span>',
    '<a href="/zwgk/zcwj/szfwj/202501/t20250102_86012345.html" target="_blank" '
    'title="关于做好2025年春节期间安全工作的通知">关于做好2025年春节期间安全工作的通知</a>',
    "<em>贵州</em>省人民政府",
    '<p style="text-indent:2em;">各市、自治州人民政府，各县（市、区、特区）人民政府，省政府各部门、各直属机构：</p>',
    '<li><a href="/bsfw/">政务服务</a></li>',
    "<strong>联系电话：</strong>0851-86891234&nbsp;&nbsp;<strong>传真：</strong>0851-86891235",
    '<div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a></div>',
    '<img src="/images/2025/01/qrcode.png" alt="微信公众号二维码">',
    '<td class="tit">发文机关</td><td>贵州省人民政府办公厅</td>',
    '<button type="button" class="btn-search">搜索</button>',
    '<option value="zh">简体中文</option><option value="en">English</option>',
]
TARGETS = ["en", "ja", "ko", "ru", "fr", "de", "es", "th", "vi", "zh-TW"]


@family("translate-widget")
def translate_widget(c: Corpus) -> None:
    f = "translate-widget"

    def hdr(ctype: str | None = None, accept: str = AXIOS_ACCEPT, lang: str | None = None) -> dict[str, str]:
        jar = [f"lang={lang}"] if lang else []
        if lang and c.chance(0.5):
            jar.append(f"googtrans=/zh-CN/{lang}")
        return c.headers(
            c.browser(0.2), accept=accept, ctype=ctype, referer=c.article(), cookie=c.cookies(jar) or False
        )

    for _ in range(28):  # page text segments, batched as the widget walks the DOM
        to = c.pick(TARGETS)
        texts = c.sample(PAGE_SEGMENTS, c.num(3, 12))
        doc = c.pick(
            [
                {"from": "zh", "to": to, "texts": texts},
                {"source": "zh-CN", "target": to, "q": texts, "format": "text"},
                {
                    "sl": "zh",
                    "tl": to,
                    "segments": [{"id": i, "text": t} for i, t in enumerate(texts)],
                    "url": c.article(),
                },
            ]
        )
        c.add(
            f,
            "segments",
            "POST",
            c.pick(["/translate/api/v1/translate", "/trans/api/batch"]),
            hdr(JSON_CT, lang=to),
            js_json(doc),
        )
    for _ in range(20):  # HTML fragments as they are on the page
        to = c.pick(TARGETS)
        frags = c.sample(HTML_FRAGMENTS, c.num(1, 5))
        doc = c.pick(
            [
                {"q": frags, "source": "zh-CN", "target": to, "format": "html"},
                {"from": "zh", "to": to, "html": "".join(frags), "pageUrl": c.article()},
            ]
        )
        c.add(f, "html-fragments", "POST", "/translate/api/v1/translate", hdr(JSON_CT, lang=to), js_json(doc))
    for _ in range(14):  # form-encoded single strings (百度/有道-style proxies)
        to = c.pick(TARGETS)
        q = c.pick(PAGE_SEGMENTS + HTML_FRAGMENTS[:4])
        salt = c.num(10**9, 2 * 10**9)
        fields = [
            ("q", q),
            ("from", "zh"),
            ("to", to),
            ("salt", salt),
            ("sign", hashlib.md5(f"2027{q}{salt}key".encode(), usedforsecurity=False).hexdigest()),
        ]
        c.add(f, "form", "POST", "/trans/api/translate", hdr(JQ_FORM, JQ_ACCEPT, lang=to), qs(fields, jq))
    for _ in range(14):  # the language switch: a link with ?lang= and the cookie it sets
        to = c.pick(TARGETS)
        b = c.browser(0.3)
        path = c.pick(
            [
                f"/?lang={to}",
                f"/index.html?lang={to}&from=zh",
                f"/{to}/index.html",
                urllib.parse.urlsplit(c.article()).path + f"?lang={to}",
            ]
        )
        jar = c.cookies([f"lang={to}", f"googtrans=/zh-CN/{to}"] if c.chance(0.6) else [f"lang={to}"])
        c.add(f, "lang-switch", "GET", path, c.headers(b, "nav", referer=c.article(), cookie=jar))
    for _ in range(8):  # languages and detection
        if c.chance(0.5):
            c.add(f, "detect", "GET", "/translate/api/v1/languages?display=zh", hdr())
        else:
            c.add(f, "detect", "GET", "/translate/api/v1/detect?" + qs([("q", c.pick(PAGE_SEGMENTS))], uri), hdr())
    for _ in range(10):  # whole-page translation entry
        to = c.pick(TARGETS)
        c.add(
            f,
            "page",
            "GET",
            "/translate/page?" + qs([("url", c.article()), ("to", to), ("from", "zh-CN")], uri),
            c.headers(c.browser(0.2), "nav", referer=c.article(), cookie=f"lang={to}"),
        )
    for _ in range(6):  # cached translations by content hash
        text = c.pick(PAGE_SEGMENTS)
        digest = hashlib.md5(text.encode(), usedforsecurity=False).hexdigest()
        c.add(f, "cache", "GET", f"/translate/api/v1/cache/{digest}?to={c.pick(TARGETS)}", hdr())


# --- matomo-analytics ---------------------------------------------------------------------------------

PAGE_TITLES = [
    "贵州省人民政府",
    "通知公告 - 贵州省人民政府",
    "政务服务 / 办事指南",
    "关于印发《贵州省“十五五”数字政府建设规划》的通知",
    "领导信箱 | 互动交流",
    "搜索结果",
    "404 - 页面不存在",
    "English - Guizhou Province",
]
SEARCH_WORDS = [
    "社保卡",
    "公积金提取",
    "居住证",
    "营业执照 年报",
    "“十五五”规划",
    "低保 申请条件",
    "drivers license",
    "新生儿落户",
]


def _visitor(c: Corpus) -> dict[str, str]:
    return {
        "_id": c.hexs(8),
        "_idn": c.pick(["0", "0", "1"]),
        "_refts": c.pick(["0", str(c.ts())]),
        "res": c.pick(["1920x1080", "2560x1440", "1366x768", "390x844", "414x896", "1536x864"]),
        "cookie": "1",
    }


def _track(
    c: Corpus, site: int, extra: Sequence[tuple[str, object]], url: str | None = None
) -> list[tuple[str, object]]:
    t = c.when()
    v = _visitor(c)
    params: list[tuple[str, object]] = [
        ("idsite", site),
        ("rec", 1),
        ("r", c.digits(6)),
        ("h", t.hour),
        ("m", t.minute),
        ("s", t.second),
        ("url", url or c.article()),
    ]
    if c.chance(0.6):
        params.append(
            ("urlref", c.pick([f"{SITE}/", "https://www.baidu.com/link?url=" + c.alnum(40), "https://cn.bing.com/"]))
        )
    params += [(k, v[k]) for k in ("_id", "_idn", "_refts")]
    params += [("send_image", 0), ("cookie", 1), ("res", v["res"]), *extra, ("pv_id", c.alnum(6))]
    return params


def _matomo_h(c: Corpus, ctype: str | None = None) -> dict[str, str]:
    """The tracker runs on the page: first-party _pk_id/_pk_ses cookies ride along."""
    domain_hash = c.hexs(2)
    jar = [f"_pk_id.1.{domain_hash}={c.hexs(8)}.{c.ts()}.", f"_pk_ses.1.{domain_hash}=1"] if c.chance(0.7) else []
    return c.headers(c.browser(0.35), accept="*/*", ctype=ctype, referer=c.article(), cookie=c.cookies(jar) or False)


@family("matomo-analytics")
def matomo_analytics(c: Corpus) -> None:
    f = "matomo-analytics"
    ep = c.pick(["/matomo.php", "/analytics/matomo.php"])

    def get(shape: str, params: Sequence[tuple[str, object]]) -> None:
        c.add(f, shape, "GET", c.pick([ep, "/piwik.php", ep]) + "?" + qs(params, uri), _matomo_h(c))

    for _ in range(22):  # page views with performance timings and client hints
        extra: list[tuple[str, object]] = [("action_name", c.pick(PAGE_TITLES))]
        if c.chance(0.6):
            extra += [
                ("pf_net", c.num(0, 80)),
                ("pf_srv", c.num(20, 900)),
                ("pf_tfr", c.num(1, 200)),
                ("pf_dm1", c.num(100, 2500)),
                ("pf_dm2", c.num(0, 900)),
                ("pf_onl", c.num(0, 30)),
            ]
        if c.chance(0.5):
            extra.append(
                (
                    "uadata",
                    js_json(
                        {
                            "fullVersionList": [
                                {"brand": "Chromium", "version": f"{c.num(136, 146)}.0.7103.114"},
                                {"brand": "Google Chrome", "version": f"{c.num(136, 146)}.0.7103.114"},
                            ],
                            "mobile": False,
                            "model": "",
                            "platform": "Windows",
                            "platformVersion": "19.0.0",
                        }
                    ),
                )
            )
        if c.chance(0.4):
            extra.append(
                (
                    "cvar",
                    js_json({"1": ["栏目", c.pick(["政务公开", "政务服务", "互动交流"])], "2": ["站点", "省政府门户"]}),
                )
            )
        if c.chance(0.4):
            extra += [("dimension1", c.pick(DEPTS)), ("dimension2", c.pick(["PC", "移动端", "长者模式"]))]
        get("pageview", _track(c, c.num(1, 60), extra))
    for _ in range(14):  # events (downloads, video, service buttons)
        extra = [
            ("e_c", c.pick(["附件下载", "办事服务", "视频", "无障碍", "外链"])),
            ("e_a", c.pick(["click", "下载", "在线办理", "播放", "开启长者模式"])),
            (
                "e_n",
                c.pick(
                    [
                        "主动公开信息统计表.xlsx",
                        "不动产登记预约",
                        "新闻发布会（第12场）",
                        "https://zwfw.guizhou.gov.cn/",
                    ]
                ),
            ),
        ]
        if c.chance(0.5):
            extra.append(("e_v", c.num(1, 100)))
        get("event", _track(c, c.num(1, 60), extra))
    for _ in range(12):  # site search
        extra = [
            ("search", c.pick(SEARCH_WORDS)),
            ("search_cat", c.pick(["全站", "政策文件", "办事服务", ""])),
            ("search_count", c.num(0, 500)),
        ]
        get("site-search", _track(c, c.num(1, 60), extra, url=f"{SITE}/search.html?q=" + uri(c.pick(SEARCH_WORDS))))
    for _ in range(10):  # content impressions and interactions
        extra = [
            ("c_n", c.pick(["首页轮播", "专题图片", "政策解读卡片"])),
            (
                "c_p",
                c.pick(
                    [f"{SITE}/images/banner/2027{c.num(1, 12):02d}.jpg", "关于印发《…》的通知", "图解：政府工作报告"]
                ),
            ),
            ("c_t", c.article()),
        ]
        if c.chance(0.4):
            extra.append(("c_i", "click"))
        get("content", _track(c, c.num(1, 60), extra))
    for _ in range(12):  # bulk: the JS tracker's queue as one POST
        reqs = []
        for _ in range(c.num(2, 5)):
            p = _track(
                c,
                1,
                [("action_name", c.pick(PAGE_TITLES))]
                if c.chance(0.5)
                else [("e_c", "附件下载"), ("e_a", "click"), ("e_n", "统计表.xlsx")],
            )
            reqs.append(qs(p, uri))
        body = '{"requests":["?' + '","?'.join(reqs) + '"]' + (',"send_image":0}' if c.chance(0.6) else "}")
        c.add(f, "bulk", "POST", ep, _matomo_h(c, "application/x-www-form-urlencoded; charset=UTF-8"), body)
    for _ in range(10):  # heartbeat pings
        get("heartbeat", _track(c, c.num(1, 60), [("ping", 1)]))
    for _ in range(10):  # MediaAnalytics progress
        length = c.num(60, 5400)
        st = c.num(0, length)
        extra = [
            ("ma_id", c.alnum(6)),
            ("ma_ti", c.pick(["省政府新闻发布会", "政策解读：个人养老金", "贵州宣传片"])),
            ("ma_re", f"{SITE}/video/2027/{c.hexs(8)}.mp4"),
            ("ma_mt", "video"),
            ("ma_pn", c.pick(["html5", "video.js", "ckplayer"])),
            ("ma_st", st),
            ("ma_le", length),
            ("ma_ps", st),
            ("ma_ttp", c.num(1, 30)),
            ("ma_w", 1280),
            ("ma_h", 720),
            ("ma_fs", c.pick([0, 1])),
            ("ma_se", ",".join(str(x) for x in range(0, min(st, 300), 30))),
        ]
        get("media", _track(c, c.num(1, 60), extra))
    for _ in range(10):  # sendBeacon: the query string as the body
        body = qs(_track(c, c.num(1, 60), [("action_name", c.pick(PAGE_TITLES))]), uri)
        c.add(f, "beacon", "POST", ep, _matomo_h(c, "application/x-www-form-urlencoded; charset=UTF-8"), body)


# --- onlyoffice-docs ---------------------------------------------------------------------------------

DOC_NAMES = [
    "关于印发《2027年政务公开工作要点》的通知.docx",
    "贵州省人民政府办公厅文件（黔府办发〔2027〕12号）.docx",
    "会议纪要（第8期）.docx",
    "部门预算公开表.xlsx",
    "政府工作报告（征求意见稿）.docx",
    "值班表 2027年5月.xlsx",
    "政务服务事项清单.xlsx",
    "网站改版方案v3.pptx",
    "请示（关于申请专项经费的请示）.doc",
]
OO_UA = {"User-Agent": "Node.js/6.13", "Connection": "Keep-Alive", "Accept": "application/json"}


def _doc_key(c: Corpus) -> str:
    return c.alnum(20, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")


def _ds_url(c: Corpus, key: str, name: str) -> str:
    return (
        f"https://office.example.gov.cn/cache/files/data/{key}_{c.num(1000, 9999)}/{name}/{name}"
        f"?md5={c.b64(16, True)}&expires={c.ts()}&filename={uri(name)}"
    )


@family("onlyoffice-docs")
def onlyoffice_docs(c: Corpus) -> None:
    f = "onlyoffice-docs"

    def callback(shape: str, doc: dict) -> None:
        token = jwt_hs256(doc, OO_SECRET)
        body = {**doc, "token": token}
        h = {
            **OO_UA,
            "Content-Type": "application/json",
            "Authorization": "Bearer " + jwt_hs256({"payload": doc}, OO_SECRET),
        }
        path = (
            c.pick(["/office/callback", "/api/onlyoffice/track", "/oa/doc/callback.do"])
            + "?"
            + qs([("fileId", c.num(10000, 99999)), ("userId", c.pick(["zhangwei", "lina", "admin"]))], uri)
        )
        c.add(f, shape, "POST", path, h, js_json(body))

    def users() -> list[str]:
        return [c.pick(["uid-1", "uid-2", "zhangwei", "lina", "wq_bgs"]) for _ in range(c.num(1, 3))]

    for _ in range(16):  # status 1: someone connected or disconnected
        u = users()
        callback(
            "callback-editing",
            {"key": _doc_key(c), "status": 1, "users": u, "actions": [{"type": c.pick([0, 1]), "userid": u[0]}]},
        )
    for _ in range(18):  # status 2: ready for saving
        key, name = _doc_key(c), c.pick(["output.docx", "output.xlsx"])
        u = users()
        created = f"{c.when().astimezone(UTC):%Y-%m-%d %H:%M:%S}"
        doc = {
            "key": key,
            "status": 2,
            "url": _ds_url(c, key, name),
            "changesurl": _ds_url(c, key, "changes.zip"),
            "history": {
                "serverVersion": c.pick(["8.2.2", "8.3.0", "9.0.0"]),
                "changes": [{"created": created, "user": {"id": u[0], "name": c.person()}}],
            },
            "users": u,
            "actions": [{"type": 0, "userid": u[0]}],
            "lastsave": f"{c.when().astimezone(UTC):%Y-%m-%dT%H:%M:%S}.000Z",
            "notmodified": False,
            "filetype": name.rsplit(".", 1)[1],
        }
        callback("callback-save", doc)
    for _ in range(10):  # status 6: force save
        key = _doc_key(c)
        u = users()
        doc = {
            "key": key,
            "status": 6,
            "url": _ds_url(c, key, "output.docx"),
            "changesurl": _ds_url(c, key, "changes.zip"),
            "users": u,
            "actions": [{"type": 2, "userid": u[0]}],
            "forcesavetype": c.pick([0, 1, 2]),
            "lastsave": f"{c.when().astimezone(UTC):%Y-%m-%dT%H:%M:%S}.000Z",
            "filetype": "docx",
            "userdata": c.pick(["sample userdata", js_json({"docId": c.num(1, 9999)})]),
        }
        callback("callback-forcesave", doc)
    for _ in range(8):  # status 4: closed without changes
        callback(
            "callback-closed",
            {"key": _doc_key(c), "status": 4, "users": users()[:1], "actions": [{"type": 0, "userid": "uid-1"}]},
        )
    for _ in range(12):  # the editor page fetches its config
        b = c.browser(0.0)
        path = c.pick(
            [
                f"/office/api/config?fileId={c.num(10000, 99999)}&mode={c.pick(['edit', 'view'])}&type=desktop",
                f"/api/documents/{c.uid()}/editor-config?lang=zh-CN",
                "/oa/doc/editor.do?" + qs([("name", c.pick(DOC_NAMES)), ("action", "edit")], uri),
            ]
        )
        c.add(f, "config", "GET", path, c.headers(b, accept=AXIOS_ACCEPT, referer=f"{SITE}/oa/doc/index.html"))
    for _ in range(14):  # Conversion API (to PDF/OFD previews, thumbnails)
        name = c.pick(DOC_NAMES)
        ext = name.rsplit(".", 1)[1]
        doc: dict = {
            "async": c.chance(0.3),
            "filetype": ext,
            "key": _doc_key(c),
            "outputtype": c.pick(["pdf", "pdf", "png", "docx" if ext == "doc" else "pdf"]),
            "title": name,
            "url": f"{SITE}/oa/doc/download?fileId={c.num(10000, 99999)}",
        }
        if doc["outputtype"] == "png":
            doc["thumbnail"] = {"aspect": 1, "first": True, "height": 300, "width": 212}
        doc["token"] = jwt_hs256({k: v for k, v in doc.items()}, OO_SECRET)
        h = {
            "User-Agent": c.pick(["Apache-HttpClient/4.5.14 (Java/17.0.12)", "python-requests/2.32.3", "axios/1.7.9"]),
            "Accept": "application/json",
            "Content-Type": "application/json",
        }
        c.add(f, "convert", "POST", "/ConvertService.ashx", h, js_json(doc))
    for _ in range(8):  # Command service
        doc = {"c": c.pick(["forcesave", "info", "drop", "version"]), "key": _doc_key(c)}
        if doc["c"] in ("info", "forcesave"):
            doc["userdata"] = c.pick(["sample userdata", f"oa-{c.num(1, 9999)}"])
        if doc["c"] == "drop":
            doc["users"] = ["uid-2"]
        h = {
            "User-Agent": "Apache-HttpClient/4.5.14 (Java/17.0.12)",
            "Accept": "application/json",
            "Content-Type": "application/json",
            "Authorization": "Bearer " + jwt_hs256({"payload": doc}, OO_SECRET),
        }
        c.add(
            f,
            "command",
            "POST",
            "/coauthoring/CommandService.ashx",
            h,
            js_json({**doc, "token": jwt_hs256(doc, OO_SECRET)}),
        )
    for _ in range(14):  # WPS WebOffice callbacks to the storage side
        fid = str(c.num(10000, 99999))
        h = {
            "User-Agent": "WPS-WebOffice/1.0",
            "Accept": "application/json",
            "x-weboffice-file-id": fid,
            "x-wps-weboffice-token": c.hexs(16),
            "x-user-query": "_w_tokentype=1",
        }
        if c.chance(0.6):
            c.add(
                f,
                "wps-callback",
                "GET",
                c.pick(["/v1/3rd/file/info", "/v1/3rd/user/info", f"/v1/3rd/file/version/{c.num(1, 9)}"])
                + f"?_w_appid={c.hexs(8)}&_w_fileid={fid}",
                h,
            )
        else:
            doc = {
                "name": c.pick(DOC_NAMES),
                "file_id": fid,
                "user_id": c.pick(["zhangwei", "lina"]),
                "version": c.num(2, 20),
            }
            c.add(
                f,
                "wps-callback",
                "POST",
                "/v1/3rd/file/online",
                {**h, "Content-Type": "application/json"},
                js_json(doc),
            )


# --- generation, check and files -------------------------------------------------------------------


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


if __name__ == "__main__":
    main()
