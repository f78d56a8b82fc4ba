"""Generate corpus F: a SIXTH set of ordinary requests to Chinese government sites, independent of A-E.

    python tests/waf/data/gen_cms_corpus_f.py   # writes cms_f_tuning.jsonl and cms_f_heldout.jsonl next to it

Why a sixth corpus: each fresh corpus has found whole kinds of ordinary traffic the earlier ones lacked,
and F is the fresh measurement for this stop's tuning. A-E cover a site's own pages, CMS products,
widgets, browser-sent reports and the services of E (payments, licences, exams, English editions...).
Corpus F covers what sits behind the business systems a provincial cloud hosts and what their clients
send: ArcGIS Server REST (query/identify/export with SQL-like ``where`` clauses and geometry JSON) on
自然资源/规划 GIS portals; GraphQL from headless-CMS front ends; S3/MinIO object storage (presigned URLs,
POST policy uploads, multipart XML); IIIF image and presentation requests of 档案/方志 digital
collections; 医保 药品/耗材/诊疗项目 catalogue search; 企业名称自主申报 and 企业信用信息公示 name checks;
住房公积金 account, loan and calculator requests; 交通安全综合服务 plate and violation queries; 不动产登记
查询; 人大代表建议/政协提案 办理结果 search; Elasticsearch/OpenSearch query DSL and Lucene query strings
forwarded by site-search proxies; online form builders (Form.io-style schemas with validation regexes and
conditional logic, JSONLogic rules, 金数据-style bracketed fields); PDF.js viewer URLs and range requests;
and 气象/空气质量 (weather, warnings, AQI) APIs. ``SOURCES`` names the public material each family's URLs,
parameters, headers and bodies follow; values are generated deterministically (``SEED``); HOST is a
placeholder the evaluation replaces.

Every request carries ``family``, ``shape``, ``source`` and ``label`` = family/shape, and has the JSONL
shape of corpora A-E (method, path, headers, body or body_b64); each is held to corpus_kit.check_record.

THE SPLIT, decided and written down here before the corpus was generated and before anything was
evaluated (no WAF result on F was seen by its author; docs/waf.md, held-out discipline):
  1. Whole families held out: the three families whose sha256("corpus-f/<family>") hex digests sort
     first. No tuning may see them.
  2. In every other family, a (family, shape) group is held out when sha256("corpus-f/<family>/<shape>")
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
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # run as a script from anywhere

from tests.waf.data.corpus_kit import HashSplit, check_record, record
from tests.waf.data.gen_cms_corpus_e import (  # E's clients and encoders, shared (F's regeneration test pins F)
    ACCEPT_DOC,
    AXIOS_ACCEPT,
    AXIOS_JSON,
    DESKTOP,
    FORM,
    JQ_ACCEPT,
    JQ_FORM,
    JSON_CT,
    ORDER,
    Browser,
    _iphone,
    _wechat_ios,
    axios,
    form,
    jq,
    js_json,
    qs,
    uri,
)

T = TypeVar("T")

HERE = Path(__file__).parent
TUNING_FILE = HERE / "cms_f_tuning.jsonl"
HELD_OUT_FILE = HERE / "cms_f_heldout.jsonl"
SEED = 20270523
HOST = "www.example.gov.cn"
SITE = f"https://{HOST}"
SALT = "corpus-f/"
CST = timezone(timedelta(hours=8))

SOURCES = {
    "arcgis-rest": "ArcGIS REST API (Esri developers: Query (Map Service/Layer, Feature Service/Layer), Identify, "
    "Export Map, Find, Map Tile, Generate Token; parameters where, outFields, returnGeometry, geometry, "
    "geometryType, inSR/outSR, spatialRel, orderByFields, outStatistics, groupByFieldsForStatistics, "
    "resultOffset/resultRecordCount, layerDefs, f=json/pjson/image), ArcGIS Maps SDK for JavaScript "
    "esri/request (GET, switching to a form POST for long URLs), arcpullr/esri-leaflet clients; 自然资源 "
    "国土空间规划 一张图 and 规划公示 portals (三调 地类图斑 DLTB fields DLBM/DLMC/TBMJ/QSDWMC, 控规 YDXZ, "
    "CGCS2000 wkid 4490/4547)",
    "graphql-cms": "GraphQL over HTTP (graphql/graphql-over-http spec: POST application/json with query, "
    "variables, operationName, extensions; GET with JSON-encoded query parameters), Apollo Client "
    "(printed documents, __typename, BatchHttpLink arrays, automatic persisted queries persistedQuery "
    "version 1 sha256Hash), urql preferGetMethod, WPGraphQL (posts/pages/menuItems, where args, "
    "createComment) and Strapi v4 GraphQL (filters containsi/eq/in, pagination, sort, publicationState) "
    "behind SPA 门户 front ends and Next.js preview mode",
    "s3-presigned": "Amazon S3 API reference as implemented by MinIO and 政务云 object storage: SigV4 query "
    "auth (X-Amz-Algorithm, X-Amz-Credential, X-Amz-Date, X-Amz-Expires, X-Amz-SignedHeaders, "
    "X-Amz-Signature), response-content-disposition with RFC 6266/5987 filename*, browser-based POST "
    "uploads with a base64 policy (sigv4-post-example), CompleteMultipartUpload and DeleteObjects XML, "
    "ListObjectsV2 and ListParts, CORS preflights (MinIO docs, minio-js presignedGetObject/"
    "presignedPostPolicy, aws-sdk-js v3 headers x-amz-content-sha256/x-amz-user-agent, Uppy AwsS3 plugin)",
    "iiif-image": "IIIF Image API 2.1 and 3.0 ({identifier}/{region}/{size}/{rotation}/{quality}.{format}, "
    "info.json; region full/square/x,y,w,h/pct:; size max/w,/,h/!w,h/pct:n/^; rotation with ! mirroring), "
    "IIIF Presentation API 2.1/3.0 manifests, collections and annotation lists, IIIF Content Search "
    "API 1.0 (q, motivation, autocomplete); Cantaloupe/IIPImage identifiers with encoded slashes; Mirador "
    "and Universal Viewer as used by 档案馆/方志馆/图书馆 古籍 digital collections",
    "drug-catalog": "国家医疗保障局 医保信息业务编码标准 (医保药品分类与代码, 医保医用耗材分类与代码 C-codes, "
    "医疗服务项目分类与代码) and 国家医保服务平台 (fuwu.nhsa.gov.cn) 目录查询 (西药中成药, 中药饮片, 医用耗材, "
    "医疗服务项目; POST JSON wrapped in data with X-Tif-Paasid/X-Tif-Signature/X-Tif-Timestamp/X-Tif-Nonce "
    "headers as public crawlers on GitHub send them); 省级 药品和医用耗材招采 catalogue search; 国家医保药品目录 "
    "generic names, dosage forms and 规格 as printed (0.9%氯化钠注射液, 10mg*100片, α-干扰素)",
    "company-name": "企业名称登记管理规定 (国务院令第734号) and 企业名称登记管理规定实施办法 (市场监管总局令第82号): "
    "行政区划+字号+行业+组织形式, (北京)/（有限合伙）/分公司 forms; 企业名称自主申报系统 查重/比对 and 申报 "
    "steps; 国家企业信用信息公示系统 query and 年报 pages; GB 32100-2015 统一社会信用代码 (check character); "
    "English names of foreign-invested enterprises (Co., Ltd., Int'l, &, (Guizhou))",
    "housing-fund": "住房公积金 网上业务大厅 and 全国住房公积金小程序 (住房和城乡建设部): 个人账户/缴存明细 查询, "
    "贷款试算 (等额本息/等额本金, 首套 2.85%/二套 3.325% 5年以上 rates of 2025), 提取申请 (租房, 购房, "
    "离职), 异地转移接续, 单位汇缴; GB/T 51255 住房公积金 信息系统 data fields; jQuery/axios request "
    "formats and JWT Authorization headers",
    "traffic-violation": "公安部 交通安全综合服务管理平台 (12123 web gab.122.gov.cn style: 机动车违法查询 with "
    "号牌种类 hpzl, 号牌号码 hphm, 发动机号后六位 fdjh, 验证码; 驾驶证 记分查询 with 档案编号; 快处快赔; "
    "互联网选号); GA 24.7 号牌种类代码 (01 大型汽车, 02 小型汽车, 51/52 新能源), GA 36-2018 号牌 "
    "(贵A·12345, 新能源 贵AD12345, 学/挂 plates); GA 408 违法行为代码",
    "realestate-registry": "不动产登记暂行条例 and 实施细则; 不动产登记 网上查询/一窗受理 systems: 不动产权证书号 "
    "(黔(2024)贵阳市不动产权第0012345号), 不动产登记证明号, GB/T 37346-2019 不动产单元设定与代码编制规则 "
    "(28-character 不动产单元号), 受理编号 办件进度, 查封/抵押 状态, 房屋 坐落 as written "
    "(3栋2单元1502#, -1层), 存量房 网签备案 and 税费 试算",
    "proposal-search": "人大代表建议 and 政协提案 办理结果公开 (国办 要求 and 各省 人大/政协 网站: 届次 十四届, "
    "会次, 建议/提案号 第0123号, 类别 经济/法制/教科文卫, 主办/协办单位, 办理状态, 答复函 PDF), 建议提案 "
    "全文检索, 代表/委员 名录, 线索征集 forms",
    "es-query": "Elasticsearch/OpenSearch REST: _search request body (query bool must/should/filter, "
    "multi_match with boosts, match_phrase, term/terms, range with date math now-1y/d, query_string and "
    "simple_query_string, highlight pre_tags/post_tags, aggregations terms/date_histogram, sort, from/size, "
    "search_after), URI search q= with Lucene syntax, _msearch NDJSON, _count, scroll, completion suggesters; "
    "searchkit/ReactiveSearch-style front ends and 站内搜索 proxies forwarding them",
    "form-builder": "Online form builders on 征集/报名/调查 pages: Form.io (form JSON: components with key, "
    "type, validate.required/pattern/minLength, conditional show/when/eq, customConditional; submissions "
    "with data, metadata and state; /form/<id>/submission; query filters data.x__regex), JSONLogic rules "
    "(jsonlogic.com operators ==, >=, and, in, var), 金数据/表单大师-style urlencoded entry[field_n] "
    "bracket fields, async uniqueness checks; common Chinese validation regexes (mobile ^1[3-9]\\d{9}$, "
    "GB 11643 ID card, 邮政编码)",
    "pdfjs-viewer": "Mozilla PDF.js (web/viewer.html?file= with an encoded URL, locale; the worker, cmaps "
    "UniGB-UCS2-H.bcmap, standard_fonts, locale .ftl files; range requests with Range: bytes= per RFC 9110 "
    "once the server answers Accept-Ranges) as 政府网站 embed it for 公告附件, and the same-origin PDF "
    "proxies sites add for files on other hosts",
    "weather-aqi": "中国气象局/省气象台 public data pages and 和风天气 QWeather API v7 shapes (weather/now, "
    "weather/7d, location lookup by id or lon,lat, warning/now), 国家 城市空气质量实时发布平台 and 生态环境厅 "
    "AQI pages (HJ 633-2012 AQI, pollutants PM2.5/PM10/O3_8h/SO2/NO2/CO, 168 城市 排名, station hourly "
    "data, CSV export), 气象预警 信号 (暴雨/高温/大风, 蓝黄橙红), radar and satellite image tiles",
}

SPLIT = HashSplit(SALT, SOURCES)  # the rule in the docstring (tests/waf/data/corpus_kit.py)
HELD_OUT_FAMILIES = SPLIT.held_out_families


def split(reqs: list[dict]) -> tuple[list[dict], list[dict]]:
    """(tuning part, held-out part) by the docstring's rule."""
    return SPLIT.split(reqs)


# --- value pools -----------------------------------------------------------------------------------

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕龙石"
GIVEN = [
    "文博",
    "思远",
    "雨桐",
    "子涵",
    "建华",
    "秀兰",
    "志刚",
    "晓红",
    "浩宇",
    "欣悦",
    "海燕",
    "丽萍",
    "明",
    "静",
    "磊",
    "芳",
    "军",
    "婷",
    "勇",
    "敏",
    "俊杰",
    "梓涵",
    "国强",
    "春燕",
    "家豪",
    "金凤",
]
CITIES = ["贵阳", "遵义", "六盘水", "安顺", "毕节", "铜仁"]
PREFECTURES = ["黔东南苗族侗族自治州", "黔南布依族苗族自治州", "黔西南布依族苗族自治州"]
DISTRICTS = {
    "520102": "南明区",
    "520103": "云岩区",
    "520111": "花溪区",
    "520112": "乌当区",
    "520113": "白云区",
    "520115": "观山湖区",
    "520121": "开阳县",
    "520181": "清镇市",
    "520302": "红花岗区",
    "520303": "汇川区",
    "520402": "西秀区",
    "520502": "七星关区",
    "520602": "碧江区",
    "522601": "凯里市",
    "522701": "都匀市",
}
DISTRICT_NAMES = list(DISTRICTS.values())
ROADS = [
    "林城西路",
    "长岭北路",
    "中华北路",
    "宝山南路",
    "金阳南路",
    "花溪大道",
    "北京路",
    "遵义路",
    "瑞金南路",
    "黔灵西路",
    "甲秀南路",
    "万东路",
    "黔中大道",
    "中山西路",
    "延安东路",
]
ESTATES = [
    "未来方舟",
    "中天会展城",
    "世纪城",
    "花果园",
    "保利公园2010",
    "碧桂园·贵阳1号",
    "万科翡翠滨江",
    "融创九府",
    "龙湾国际",
    "富力中心",
    "首钢贵州之光",
    "中铁逸都国际",
]
DEPTS = [
    "发展和改革委员会",
    "教育厅",
    "公安厅",
    "民政厅",
    "人力资源和社会保障厅",
    "自然资源厅",
    "生态环境厅",
    "住房和城乡建设厅",
    "交通运输厅",
    "水利厅",
    "农业农村厅",
    "商务厅",
    "卫生健康委员会",
    "市场监督管理局",
    "医疗保障局",
    "大数据发展管理局",
    "林业局",
    "文化和旅游厅",
]
ANDROID_MODELS = ["V2309A", "PJZ110", "23127PN0CC", "ALN-AL80", "NOH-AN00", "PHB110", "2211133C", "PKG110"]


# --- browsers ---------------------------------------------------------------------------------------


def _android(r: random.Random) -> Browser:
    v = r.randint(136, 146)
    return Browser(
        "chromium",
        f"Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) "
        f"Chrome/{v}.0.0.0 Mobile Safari/537.36",
        v,
        "Google Chrome",
        "Android",
        True,
        "zh-CN,zh;q=0.9,en-US;q=0.8,en;q=0.7",
    )


def _wechat_android(r: random.Random) -> Browser:
    v = r.choice([130, 134, 138])
    ua = (
        f"Mozilla/5.0 (Linux; Android {r.choice([13, 14, 15])}; {r.choice(ANDROID_MODELS)} Build/UP1A.231005.007; "
        f"wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/{v}.0.6723.103 Mobile Safari/537.36 "
        f"XWEB/{r.randint(1300000, 1380000)} MMWEBSDK/20250904 MMWEBID/{r.randint(1000, 9999)} "
        f"MicroMessenger/8.0.{r.randint(56, 62)}.2900(0x28003D37) WeChat/arm64 Weixin NetType/"
        f"{r.choice(['WIFI', '5G', '4G'])} Language/zh_CN ABI/arm64"
    )
    return Browser(
        "chromium", ua, v, "Android WebView", "Android", True, "zh-CN,zh;q=0.9,en-US;q=0.8,en;q=0.7", wechat=True
    )


MOBILE = [_android, _wechat_android, _wechat_android, _iphone, _wechat_ios]


# --- the corpus ------------------------------------------------------------------------------------


class Corpus:
    """Collects the requests; owns the one random generator so that gen() is deterministic."""

    def __init__(self, seed: int) -> None:
        self.rnd = random.Random(seed)
        self.reqs: list[dict] = []

    # values ---------------------------------------------------------------------------------------
    def pick(self, seq: Sequence[T]) -> T:
        return self.rnd.choice(seq)

    def sample(self, seq: Sequence[T], k: int) -> list[T]:
        return self.rnd.sample(list(seq), k)

    def num(self, lo: int, hi: int) -> int:
        return self.rnd.randint(lo, hi)

    def chance(self, p: float) -> bool:
        return self.rnd.random() < p

    def hexs(self, nbytes: int) -> str:
        return self.rnd.randbytes(nbytes).hex()

    def digits(self, n: int) -> str:
        return "".join(self.pick("0123456789") for _ in range(n))

    def alnum(self, n: int, alphabet: str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") -> str:
        return "".join(self.pick(alphabet) for _ in range(n))

    def uid(self) -> str:
        return str(uuid.UUID(int=self.rnd.getrandbits(128), version=4))

    def b64(self, nbytes: int, urlsafe: bool = False) -> str:
        raw = self.rnd.randbytes(nbytes)
        return base64.urlsafe_b64encode(raw).decode().rstrip("=") if urlsafe else base64.b64encode(raw).decode()

    def ms(self) -> int:  # Date.now() in 2027
        return self.num(1798761600000, 1806000000000)

    def when(self, ms: int | None = None) -> datetime:
        return datetime.fromtimestamp((ms or self.ms()) / 1000, CST)

    def person(self) -> str:
        return self.pick(SURNAMES) + self.pick(GIVEN)

    def mobile(self) -> str:
        return f"1{self.pick('3578')}{self.num(0, 9)}{self.num(10000000, 99999999)}"

    def masked_mobile(self) -> str:
        m = self.mobile()
        return m[:3] + "****" + m[7:]

    def idcard(self) -> str:
        """A 公民身份号码 shape with a valid GB 11643 check digit."""
        born = datetime(1975, 1, 1) + timedelta(days=self.num(0, 9500))
        body = f"{self.pick(list(DISTRICTS))}{born:%Y%m%d}{self.num(10, 99)}{self.num(0, 9)}"
        weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        return body + "10X98765432"[sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 11]

    def article(self) -> str:
        y, m = self.num(2025, 2027), self.num(1, 12)
        col = self.pick(["xwzx/zwyw", "zwgk/tzgg", "hdjl/zxft", "ztzl", "zwgk/zcjd", "bsfw/ggfw"])
        return self.pick(
            [
                f"{SITE}/{col}/{y}{m:02d}/t{y}{m:02d}{self.num(1, 28):02d}_{self.num(10**6, 10**7)}.html",
                f"{SITE}/{col}/content/post_{self.num(10**6, 10**7)}.html",
                f"{SITE}/{col}/index.html",
            ]
        )

    def cookies(self, extra: Sequence[str] = ()) -> str | None:
        jar = list(extra)
        if self.chance(0.45):
            site = self.hexs(16)
            t = self.ms() // 1000
            jar += [f"Hm_lvt_{site}={t - self.num(10000, 900000)},{t}", f"Hm_lpvt_{site}={t}"]
        if self.chance(0.35):
            jar.append(f"JSESSIONID={self.hexs(16).upper()}")
        if self.chance(0.15):
            jar.append(f"HWWAFSESID={self.hexs(10)}; HWWAFSESTIME={self.ms()}")
        return "; ".join(jar) or None

    # clients --------------------------------------------------------------------------------------
    def browser(self, mobile: float = 0.35) -> Browser:
        return self.pick(MOBILE if self.chance(mobile) else DESKTOP)(self.rnd)

    def headers(
        self,
        b: Browser,
        kind: str = "xhr",
        accept: str = "*/*",
        ctype: str | None = None,
        referer: str | None = "",
        site: str = "same-origin",
        cookie: bool | str | None = True,
        extra: dict[str, str] | None = None,
        xrw: bool = False,
    ) -> dict[str, str]:
        """A browser's request headers in its engine's order. kind: nav (a document, GET or a form POST),
        xhr (fetch/XMLHttpRequest), img. referer "" = a page of the site, None = none."""
        h: dict[str, str] = {}
        nav = kind == "nav"
        if b.engine == "chromium":
            h["sec-ch-ua"] = b.sec_ch_ua()
            h["sec-ch-ua-mobile"] = "?1" if b.mobile else "?0"
            h["sec-ch-ua-platform"] = f'"{b.platform}"'
        if nav:
            h["Upgrade-Insecure-Requests"] = "1"
            accept = ACCEPT_DOC[b.engine]
            if ctype and b.engine == "chromium":
                h["Cache-Control"] = "max-age=0"
        h["User-Agent"] = b.ua
        h["Accept"] = accept
        if xrw:
            h["X-Requested-With"] = "XMLHttpRequest"
        elif nav and b.wechat and b.engine == "chromium":
            h["X-Requested-With"] = "com.tencent.mm"
        if ctype:
            h["Content-Type"] = ctype
            h["Origin"] = SITE
        if not (b.wechat and b.engine == "safari"):  # WKWebView in WeChat sends no fetch metadata
            h["Sec-Fetch-Site"] = site
            h["Sec-Fetch-Mode"] = "navigate" if nav else ("no-cors" if kind == "img" else "cors")
            if nav and b.engine != "safari":
                h["Sec-Fetch-User"] = "?1"
            h["Sec-Fetch-Dest"] = "document" if nav else ("image" if kind == "img" else "empty")
        if referer is not None:
            h["Referer"] = referer or self.article()
        h["Accept-Encoding"] = b.enc
        h["Accept-Language"] = b.lang
        jar = cookie if isinstance(cookie, str) else (self.cookies() if cookie else None)
        if jar:
            h["Cookie"] = jar
        if b.engine == "firefox":
            h["Priority"] = "u=0, i" if nav else "u=0"
        elif b.engine == "safari" and nav:
            h["Priority"] = "u=0, i"
        h.update(extra or {})
        order = ORDER["chromium-nav" if nav and b.engine == "chromium" else b.engine]
        return {k: h[k] for k in sorted(h, key=lambda k: order.index(k) if k in order else len(order))}

    # requests -------------------------------------------------------------------------------------
    def add(
        self, family: str, shape: str, method: str, path: str, h: dict[str, str], body: str | bytes | None = None
    ) -> None:
        self.reqs.append(record(SOURCES[family], family, shape, method, path, h, body))

    def multipart(self, b: Browser, parts: list[tuple[str, str | tuple[str, str, bytes]]]) -> tuple[str, bytes]:
        """(Content-Type, body) as the browser writes a FormData: a string field or (filename, type, bytes)."""
        if b.engine == "firefox":
            boundary = "----geckoformboundary" + self.hexs(16)
        else:
            boundary = "----WebKitFormBoundary" + self.alnum(16)
        out = b""
        for name, value in parts:
            if isinstance(value, str):
                out += f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
            else:
                fname, ctype, content = value
                out += (
                    (
                        f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{fname}"\r\n'
                        f"Content-Type: {ctype}\r\n\r\n"
                    ).encode()
                    + content
                    + b"\r\n"
                )
        out += f"--{boundary}--\r\n".encode()
        return f"multipart/form-data; boundary={boundary}", out


def pdf_head(c: Corpus, size: int) -> bytes:
    """The start of a PDF file (header, binary marker comment, a first object) and random stream bytes."""
    head = b"%PDF-1.7\r\n%\xe2\xe3\xcf\xd3\r\n1 0 obj\r\n<</Type/Catalog/Pages 2 0 R>>\r\nendobj\r\n"
    return head + c.rnd.randbytes(size) + b"\r\n%%EOF\r\n"


def png(c: Corpus, size: int) -> bytes:
    """A PNG's signature and IHDR chunk around random IDAT bytes (a scanned attachment or a photo)."""
    return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x04\x00\x00\x00\x03\x00\x08\x02\x00\x00\x00" + (
        c.rnd.randbytes(size) + b"\x00\x00\x00\x00IEND\xaeB`\x82"
    )


FAMILIES: dict[str, Callable[[Corpus], None]] = {}


def family(name: str) -> Callable[[Callable[[Corpus], None]], Callable[[Corpus], None]]:
    def register(fn: Callable[[Corpus], None]) -> Callable[[Corpus], None]:
        FAMILIES[name] = fn
        return fn

    return register


def tool_headers(
    ua: str, accept: str = "*/*", extra: dict[str, str] | None = None, enc: str = "gzip, deflate"
) -> dict[str, str]:
    """A non-browser client (a GIS desktop, an SDK, a script): few headers, in its library's order."""
    return {"User-Agent": ua, "Accept-Encoding": enc, "Accept": accept, **(extra or {})}


def sha256_hex(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


# --- arcgis-rest -----------------------------------------------------------------------------------

GIS_SERVICES = [  # (folder, service, [(layer id, fields)])
    ("ZRZY", "DLTB_2023", [(0, "OBJECTID,BSM,DLBM,DLMC,QSXZ,QSDWDM,QSDWMC,ZLDWMC,TBMJ,KCXS")]),
    ("GHZY", "KZXXXGH", [(0, "OBJECTID,DKBH,YDXZ,YDXZMC,RJL,JZMD,LDL,JZXG"), (1, "OBJECTID,GHMC,PFWH,PFRQ")]),
    ("GHZY", "SQSX", [(0, "OBJECTID,XZQDM,XZQMC,KZLX,MJ"), (1, "OBJECTID,HXMC,HXLX,MJ"), (2, "OBJECTID,NAME")]),
    ("BDC", "ZD_GY", [(0, "OBJECTID,ZDDM,BDCDYH,QLR,ZL,ZDMJ,YT,QLXZ")]),
    ("GGFW", "POI_GGFW", [(0, "OBJECTID,NAME,ADDRESS,TYPE,TEL"), (1, "OBJECTID,NAME,ADDRESS,LEVEL")]),
    ("STHX", "STBHHX", [(0, "OBJECTID,HXBH,HXMC,XZQMC,MJ,GKJB")]),
    ("JCSJ", "XZQH", [(0, "OBJECTID,XZQDM,XZQMC"), (1, "OBJECTID,XZQDM,XZQMC,SJXZQDM"), (2, "OBJECTID,XZQMC")]),
]
DLMC = ["水田", "旱地", "果园", "茶园", "乔木林地", "灌木林地", "城镇住宅用地", "农村宅基地", "公路用地", "河流水面"]
YDXZ = ["R2", "B1", "A33", "G1", "S1", "M1", "R22", "B29", "U12"]
WHERES = [
    "1=1",
    "1=1",
    "XZQDM='{xzq}'",
    "XZQDM LIKE '{xzq4}%'",
    "DLMC='{dlmc}'",
    "DLMC LIKE '%{dlmc}%'",
    "DLBM IN ('0101','0102','0103')",
    "TBMJ >= {area} AND QSXZ = '20'",
    "YDXZ IN ('{ydxz}','{ydxz2}')",
    "OBJECTID > {oid}",
    "OBJECTID IN ({oid},{oid2},{oid3})",
    "PFRQ >= DATE '2024-01-01'",
    "PFRQ BETWEEN timestamp '2023-01-01 00:00:00' AND timestamp '2025-12-31 23:59:59'",
    "ZLDWMC LIKE '%{town}%' AND DLBM <> '1001'",
    "UPPER(NAME) LIKE '%{poi}%'",
    "NAME LIKE '%{poi}%' OR ADDRESS LIKE '%{road}%'",
    "HXLX = '生态保护红线' AND MJ > 0",
]
TOWNS = ["金华镇", "百花湖镇", "久安乡", "麦架镇", "朱昌镇", "石板镇", "青岩镇", "新堡布依族乡"]
POIS = ["政务服务中心", "社区卫生服务中心", "派出所", "图书馆", "公交站", "停车场", "小学", "体育馆"]


def _gis_vals(c: Corpus) -> dict[str, object]:
    xzq = c.pick(list(DISTRICTS))
    y1, y2 = c.sample(YDXZ, 2)
    return {
        "xzq": xzq,
        "xzq4": xzq[:4],
        "dlmc": c.pick(DLMC),
        "area": c.pick([500, 1000, 3333.33, 6666.67]),
        "ydxz": y1,
        "ydxz2": y2,
        "oid": c.num(1, 90000),
        "oid2": c.num(1, 90000),
        "oid3": c.num(1, 90000),
        "town": c.pick(TOWNS),
        "poi": c.pick(POIS),
        "road": c.pick(ROADS),
    }


def _lonlat(c: Corpus) -> tuple[float, float]:
    return round(106.55 + c.rnd.random() * 0.25, 6), round(26.50 + c.rnd.random() * 0.20, 6)


def _ring(c: Corpus, n: int) -> list[list[float]]:
    x0, y0 = _lonlat(c)
    pts = [[round(x0 + 0.01 * c.rnd.random(), 7), round(y0 + 0.01 * c.rnd.random(), 7)] for _ in range(n)]
    return [*pts, pts[0]]


def arcgis_ua(c: Corpus) -> dict[str, str] | None:
    """A desktop GIS or a script instead of the portal's browser, about one time in four."""
    return c.pick(
        [
            None,
            None,
            None,
            tool_headers(f"QGIS/{c.pick(['33415', '34007', '34203'])}/Windows 11 Version 2009"),
            tool_headers("ArcGIS Pro 3.3.1 (00000000000) - ArcGISPro"),
            tool_headers(f"python-requests/2.{c.num(28, 32)}.{c.num(0, 3)}", extra={"Connection": "keep-alive"}),
        ]
    )


@family("arcgis-rest")
def arcgis_rest(c: Corpus) -> None:
    f = "arcgis-rest"
    portal = f"{SITE}/yzt/index.html"

    def hdr(kind: str = "xhr", ctype: str | None = None) -> dict[str, str]:
        return arcgis_ua(c) or c.headers(c.browser(0.1), kind, referer=portal, ctype=ctype)

    def layer_url() -> tuple[str, str]:
        folder, svc, layers = c.pick(GIS_SERVICES)
        lid, fields = c.pick(layers)
        return f"/arcgis/rest/services/{folder}/{svc}/MapServer/{lid}", fields

    for _ in range(20):  # attribute query, as esri/request encodes it
        url, fields = layer_url()
        params = [
            ("where", c.pick(WHERES).format(**_gis_vals(c))),
            ("outFields", c.pick(["*", fields, fields.split(",", 3)[-1] if "," in fields else "*"])),
            ("returnGeometry", c.pick(["true", "false"])),
            ("outSR", c.pick(["4490", "4326", "4547", '{"wkid":4490}'])),
            ("resultOffset", c.pick([0, 0, 1000, 2000])),
            ("resultRecordCount", c.pick([10, 100, 1000])),
        ]
        if c.chance(0.4):
            params.append(("orderByFields", c.pick(["OBJECTID ASC", "TBMJ DESC", "PFRQ DESC,OBJECTID"])))
        params.append(("f", c.pick(["json", "json", "pjson", "geojson"])))
        c.add(f, "query-where", "GET", f"{url}/query?" + qs(params, uri), hdr())
    for _ in range(10):  # the same typed into the address bar or a script: raw =, *, spaces as %20
        url, _fields = layer_url()
        where = c.pick(["1=1", "1=1", "OBJECTID>0", f"XZQDM='{c.pick(list(DISTRICTS))}'"])
        path = (
            f"{url}/query?where={where.replace(' ', '%20').replace(chr(39), '%27')}&outFields=*"
            f"&returnGeometry={c.pick(['true', 'false'])}&f={c.pick(['pjson', 'json', 'html'])}"
        )
        h = arcgis_ua(c) or c.headers(c.browser(0.0), "nav", referer=None, site="none")
        c.add(f, "query-manual", "GET", path, h)
    for _ in range(16):  # spatial query: a clicked point or the visible extent
        url, fields = layer_url()
        x, y = _lonlat(c)
        if c.chance(0.5):
            geom, gtype = {"x": x, "y": y, "spatialReference": {"wkid": 4490}}, "esriGeometryPoint"
        else:
            geom = {
                "xmin": x,
                "ymin": y,
                "xmax": round(x + 0.02, 6),
                "ymax": round(y + 0.015, 6),
                "spatialReference": {"wkid": 4490},
            }
            gtype = "esriGeometryEnvelope"
        params = [
            ("f", "json"),
            ("geometry", js_json(geom)),
            ("geometryType", gtype),
            ("inSR", "4490"),
            (
                "spatialRel",
                c.pick(
                    [
                        "esriSpatialRelIntersects",
                        "esriSpatialRelWithin",
                        "esriSpatialRelContains",
                        "esriSpatialRelEnvelopeIntersects",
                    ]
                ),
            ),
            ("outFields", fields),
            ("returnGeometry", "true"),
            ("outSR", "4490"),
            ("where", "1=1"),
        ]
        if c.chance(0.3):
            params += [("distance", c.pick([50, 100, 500])), ("units", "esriSRUnit_Meter")]
        c.add(f, "query-geometry", "GET", f"{url}/query?" + qs(params, uri), hdr())
    for _ in range(10):  # a drawn polygon: the URL grows past 2,000 characters, so the SDK POSTs a form
        url, fields = layer_url()
        ring = _ring(c, c.num(40, 90))
        params = [
            ("f", "json"),
            ("where", "1=1"),
            ("returnGeometry", "false"),
            ("spatialRel", "esriSpatialRelIntersects"),
            ("geometry", js_json({"rings": [ring], "spatialReference": {"wkid": 4490}})),
            ("geometryType", "esriGeometryPolygon"),
            ("inSR", "4490"),
            ("outFields", fields),
            ("returnCountOnly", c.pick(["false", "true"])),
        ]
        h = c.headers(c.browser(0.0), ctype=FORM, referer=portal)
        c.add(f, "query-post", "POST", f"{url}/query", h, qs(params, uri))
    for _ in range(12):  # identify on the map service
        folder, svc, layers = c.pick(GIS_SERVICES)
        x, y = _lonlat(c)
        params = [
            ("f", "json"),
            ("tolerance", c.pick([3, 5, 10])),
            ("returnGeometry", "true"),
            ("returnFieldName", "false"),
            ("returnUnformattedValues", "false"),
            ("imageDisplay", c.pick(["1920,937,96", "1366,657,96", "2560,1271,144"])),
            ("geometry", js_json({"x": x, "y": y})),
            ("geometryType", "esriGeometryPoint"),
            ("sr", "4490"),
            ("mapExtent", f"{x - 0.05:.6f},{y - 0.03:.6f},{x + 0.05:.6f},{y + 0.03:.6f}"),
            ("layers", c.pick(["all", "visible", "top"]) + ":" + ",".join(str(lid) for lid, _ in layers)),
        ]
        c.add(
            f, "identify", "GET", f"/arcgis/rest/services/{folder}/{svc}/MapServer/identify?" + qs(params, uri), hdr()
        )
    for _ in range(14):  # export a dynamic map image with layer definitions
        folder, svc, layers = c.pick(GIS_SERVICES)
        x, y = _lonlat(c)
        lid = layers[0][0]
        defs = c.pick(
            [
                None,
                {str(lid): f"XZQDM LIKE '{c.pick(list(DISTRICTS))[:4]}%'"},
                {str(lid): f"DLMC IN ('{c.pick(DLMC)}','{c.pick(DLMC)}')"},
                {str(lid): "1=1"},
            ]
        )
        params = [
            ("bbox", f"{x:.6f},{y:.6f},{x + 0.04:.6f},{y + 0.03:.6f}"),
            ("bboxSR", "4490"),
            ("imageSR", "4490"),
            ("size", c.pick(["1024,768", "1920,937", "512,512"])),
            ("dpi", "96"),
            ("format", c.pick(["png32", "png", "jpg"])),
            ("transparent", "true"),
            ("layers", "show:" + ",".join(str(lid) for lid, _ in layers)),
        ]
        if defs:
            params.append(("layerDefs", js_json(defs)))
        params.append(("f", "image"))
        h = c.headers(
            c.browser(0.1),
            "img",
            accept="image/avif,image/webp,image/apng,image/svg+xml,image/*,*/*;q=0.8",
            referer=portal,
            cookie=False,
        )
        c.add(f, "export", "GET", f"/arcgis/rest/services/{folder}/{svc}/MapServer/export?" + qs(params, uri), h)
    for _ in range(12):  # cached tiles
        folder, svc, _layers = c.pick(GIS_SERVICES)
        z = c.num(8, 18)
        h = c.headers(
            c.browser(0.2),
            "img",
            accept="image/avif,image/webp,image/apng,image/svg+xml,image/*,*/*;q=0.8",
            referer=portal,
            cookie=False,
        )
        c.add(
            f,
            "tile",
            "GET",
            f"/arcgis/rest/services/{folder}/{svc}/MapServer/tile/{z}/"
            f"{c.num(0, 2 ** (z - 1))}/{c.num(0, 2**z)}" + c.pick(["", "?blankTile=false"]),
            h,
        )
    for _ in range(10):  # find by text
        folder, svc, layers = c.pick(GIS_SERVICES)
        params = [
            ("searchText", c.pick([*POIS, *TOWNS, c.pick(ESTATES), "观山湖", "贵阳北站"])),
            ("contains", "true"),
            ("searchFields", c.pick(["NAME,ADDRESS", "XZQMC", "ZL,QLR", "HXMC"])),
            ("sr", "4490"),
            ("layers", ",".join(str(lid) for lid, _ in layers)),
            ("returnGeometry", "true"),
            ("f", "json"),
        ]
        c.add(f, "find", "GET", f"/arcgis/rest/services/{folder}/{svc}/MapServer/find?" + qs(params, uri), hdr())
    for _ in range(8):  # statistics for the 一张图 dashboard
        url, _fields = layer_url()
        stats = [
            {"statisticType": "sum", "onStatisticField": "TBMJ", "outStatisticFieldName": "MJ_SUM"},
            {"statisticType": "count", "onStatisticField": "OBJECTID", "outStatisticFieldName": "TBS"},
        ]
        params = [
            ("f", "json"),
            ("where", c.pick(WHERES).format(**_gis_vals(c))),
            ("outStatistics", js_json(stats)),
            ("groupByFieldsForStatistics", c.pick(["DLMC", "DLBM,DLMC", "ZLDWMC"])),
            ("orderByFields", "MJ_SUM DESC"),
            ("returnGeometry", "false"),
        ]
        c.add(f, "statistics", "GET", f"{url}/query?" + qs(params, uri), hdr())
    for _ in range(10):  # service and layer metadata the SDK reads first
        folder, svc, layers = c.pick(GIS_SERVICES)
        tail = c.pick(
            [
                "MapServer?f=json",
                "MapServer?f=json&dpi=96",
                "MapServer/layers?f=json",
                "MapServer/legend?f=json",
                f"MapServer/{layers[0][0]}?f=json",
                "MapServer?f=pjson",
                "?f=json",
            ]
        )
        c.add(
            f,
            "service-info",
            "GET",
            f"/arcgis/rest/services/{folder}/{svc}/{tail}"
            if tail[0] != "?"
            else f"/arcgis/rest/services/{folder}{tail}",
            hdr(),
        )
    for _ in range(6):  # a token for the secured layers
        fields = [
            ("username", c.pick(["ghj_gsh", "zrzy_view", "bdc_cx01"])),
            ("password", c.alnum(12) + "@" + str(c.num(10, 99))),
            ("client", "referer"),
            ("referer", SITE),
            ("expiration", "60"),
            ("f", "json"),
        ]
        c.add(
            f,
            "token",
            "POST",
            "/arcgis/tokens/generateToken",
            c.headers(c.browser(0.0), ctype=FORM, referer=portal),
            qs(fields, uri),
        )


# --- graphql-cms -----------------------------------------------------------------------------------

GQL_POSTS = """query NewsList($first: Int, $after: String, $cat: String) {
  posts(first: $first, after: $after, where: {categoryName: $cat, orderby: {field: DATE, order: DESC}}) {
    pageInfo {
      hasNextPage
      endCursor
      __typename
    }
    nodes {
      id
      databaseId
      title
      date
      excerpt
      uri
      featuredImage {
        node {
          sourceUrl(size: MEDIUM)
          altText
          __typename
        }
        __typename
      }
      __typename
    }
    __typename
  }
}"""
GQL_SEARCH = (
    "query SiteSearch($search: String!, $first: Int = 10) { posts(first: $first, where: {search: $search, "
    "dateQuery: {after: {year: 2023}}}) { nodes { id title uri date excerpt } } }"
)
GQL_PAGE = """query PageByUri($uri: ID!) {
  page(id: $uri, idType: URI) {
    id
    title
    content
    modified
    seo { title metaDesc canonical }
    ancestors { nodes { ... on Page { title uri } } }
  }
}"""
GQL_MENU = (
    "query Menu($location: MenuLocationEnum) { menuItems(where: {location: $location}, first: 100) "
    "{ nodes { id label url parentId cssClasses target } } }"
)
GQL_STRAPI = """query Articles(
  $filters: ArticleFiltersInput
  $pagination: PaginationArg
  $sort: [String]
  $locale: I18NLocaleCode
) {
  articles(filters: $filters, pagination: $pagination, sort: $sort, locale: $locale, publicationState: LIVE) {
    data {
      id
      attributes {
        title
        slug
        summary
        publishedAt
        source
        cover { data { attributes { url formats } } }
        category { data { attributes { name slug } } }
      }
    }
    meta { pagination { page pageSize total pageCount } }
  }
}"""
GQL_FRAGMENT = """fragment PolicyFields on Policy {
  id
  title
  docNo
  issuer
  publishDate
  validity
}

query PolicyDetail($id: ID!) {
  policy(id: $id) {
    ...PolicyFields
    interpretations { ...PolicyFields }
    attachments { name url size }
  }
}"""
GQL_COMMENT = (
    "mutation CreateComment($input: CreateCommentInput!) { createComment(input: $input) "
    "{ success comment { id content date status } } }"
)
GQL_FEEDBACK = """mutation SubmitFeedback($data: FeedbackInput!) {
  createFeedback(data: $data) {
    data { id attributes { createdAt } }
  }
}"""
GQL_CATS = ["zwyw", "tzgg", "zcjd", "rsxx", "xwfbh", "bmdt", "szdt", "ztzl"]
GQL_TERMS = [
    "营商环境",
    "乡村振兴",
    "数字经济",
    "稳岗补贴",
    "一件事一次办",
    "大数据",
    "高考",
    "医保",
    "以旧换新",
    "生态环境 保护",
    "公积金 提取",
    "“放管服”改革",
    "东数西算",
]
GQL_SLUGS = [
    "2027-zhengfu-gongzuo-baogao",
    "youhua-yingshang-huanjing-tiaoli",
    "jiuye-chuangye-butie-zhinan",
    "guanyu-kaizhan-2027-nian-xiangcun-zhenxing",
    "shuzi-zhengfu-jianshe-fangan",
]
COMMENTS = [
    "请问文件中“符合条件的小微企业”具体指哪些？是否包含个体工商户？",
    "支持！希望尽快出台实施细则。",
    "第三条中提到的补贴标准（每人每月500元）是否按季度发放？",
    "政策很好，但申请流程能否再简化一些，比如不再要求提供纸质材料。",
    "建议增加英文版解读，方便外资企业了解。",
    "附件2的表格下载不了，麻烦看一下，谢谢。",
]


def _apq(query: str) -> dict:
    return {"persistedQuery": {"version": 1, "sha256Hash": sha256_hex(query)}}


@family("graphql-cms")
def graphql_cms(c: Corpus) -> None:
    f = "graphql-cms"
    path = "/graphql"
    for _ in range(22):  # Apollo Client's list query, printed with newlines and __typename
        b = c.browser(0.4)
        variables = {"first": c.pick([10, 12, 20]), "after": c.pick([None, c.b64(24)]), "cat": c.pick(GQL_CATS)}
        doc = {"operationName": "NewsList", "variables": variables, "query": GQL_POSTS}
        c.add(
            f,
            "post-query",
            "POST",
            path,
            c.headers(b, accept=AXIOS_ACCEPT, ctype=AXIOS_JSON, referer=f"{SITE}/"),
            js_json(doc),
        )
    for _ in range(16):  # Strapi v4 filters from the portal's list pages
        b = c.browser(0.4)
        filters: dict = {"category": {"slug": {"eq": c.pick(GQL_CATS)}}}
        if c.chance(0.6):
            filters["title"] = {"containsi": c.pick(GQL_TERMS)}
        if c.chance(0.3):
            filters["publishedAt"] = {"gte": f"{c.num(2024, 2026)}-01-01T00:00:00.000Z"}
        if c.chance(0.2):
            filters = {
                "or": [{"title": {"containsi": c.pick(GQL_TERMS)}}, {"summary": {"containsi": c.pick(GQL_TERMS)}}],
                "source": {"in": ["省政府办公厅", "新华社", "贵州日报"]},
            }
        variables = {
            "filters": filters,
            "pagination": {"page": c.num(1, 8), "pageSize": c.pick([10, 15, 20])},
            "sort": [c.pick(["publishedAt:desc", "top:desc", "id:desc"])],
            "locale": "zh-CN",
        }
        doc = {"query": GQL_STRAPI, "variables": variables}
        c.add(
            f,
            "strapi-filters",
            "POST",
            "/cms/graphql",
            c.headers(
                b,
                accept="application/graphql-response+json, application/json",
                ctype=AXIOS_JSON,
                referer=f"{SITE}/news/{c.pick(GQL_CATS)}",
            ),
            js_json(doc),
        )
    for _ in range(18):  # automatic persisted queries over GET (CDN-cacheable)
        b = c.browser(0.4)
        op, query, variables = c.pick(
            [
                ("Menu", GQL_MENU, {"location": c.pick(["PRIMARY", "FOOTER", "SIDEBAR"])}),
                ("PageByUri", GQL_PAGE, {"uri": f"/{c.pick(['zwgk', 'bsfw', 'hdjl', 'zjgz'])}/{c.pick(GQL_SLUGS)}/"}),
                ("NewsList", GQL_POSTS, {"first": 10, "after": None, "cat": c.pick(GQL_CATS)}),
                ("PolicyDetail", GQL_FRAGMENT, {"id": c.b64(12)}),
            ]
        )
        params = [("operationName", op), ("variables", js_json(variables)), ("extensions", js_json(_apq(query)))]
        c.add(
            f,
            "get-apq",
            "GET",
            f"{path}?" + qs(params, uri),
            c.headers(b, accept="application/graphql-response+json,application/json;q=0.9", referer=f"{SITE}/"),
        )
    for _ in range(12):  # urql with preferGetMethod: the whole document in the query string
        b = c.browser(0.4)
        term = c.pick(GQL_TERMS)
        params = [
            ("query", GQL_SEARCH),
            ("operationName", "SiteSearch"),
            ("variables", js_json({"search": term, "first": 10})),
        ]
        c.add(
            f,
            "get-query",
            "GET",
            f"{path}?" + qs(params, uri),
            c.headers(
                b,
                accept="application/graphql-response+json, application/graphql+json, application/json, "
                "text/event-stream, multipart/mixed",
                referer=f"{SITE}/search?q={uri(term)}",
            ),
        )
    for _ in range(12):  # fragments: a policy page and its interpretations
        b = c.browser(0.4)
        doc = {
            "operationName": "PolicyDetail",
            "variables": {"id": f"cG9saWN5OjE{c.num(10000, 99999)}"},
            "query": GQL_FRAGMENT,
        }
        if c.chance(0.5):
            doc["extensions"] = _apq(GQL_FRAGMENT)
        c.add(
            f,
            "fragment",
            "POST",
            path,
            c.headers(b, accept=AXIOS_ACCEPT, ctype=AXIOS_JSON, referer=f"{SITE}/zcwj/{c.pick(GQL_SLUGS)}"),
            js_json(doc),
        )
    for _ in range(10):  # BatchHttpLink: several operations in one JSON array
        b = c.browser(0.3)
        ops = [
            {"operationName": "Menu", "variables": {"location": "PRIMARY"}, "query": GQL_MENU},
            {
                "operationName": "NewsList",
                "variables": {"first": 5, "after": None, "cat": c.pick(GQL_CATS)},
                "query": GQL_POSTS,
            },
        ]
        if c.chance(0.5):
            ops.append({"operationName": "PageByUri", "variables": {"uri": "/"}, "query": GQL_PAGE})
        c.add(
            f,
            "batch",
            "POST",
            path,
            c.headers(b, accept=AXIOS_ACCEPT, ctype=AXIOS_JSON, referer=f"{SITE}/"),
            js_json(ops),
        )
    for _ in range(10):  # comments on a policy interpretation (WPGraphQL createComment)
        b = c.browser(0.5)
        inp = {
            "commentOn": c.num(1000, 30000),
            "content": c.pick(COMMENTS),
            "author": c.person(),
            "authorEmail": f"{c.alnum(8, 'abcdefghijklmnopqrstuvwxyz0123456789')}@{c.pick(['qq.com', '163.com'])}",
            "clientMutationId": c.uid(),
        }
        c.add(
            f,
            "mutation",
            "POST",
            path,
            c.headers(b, accept=AXIOS_ACCEPT, ctype=AXIOS_JSON, referer=f"{SITE}/zcjd/{c.pick(GQL_SLUGS)}/"),
            js_json({"query": GQL_COMMENT, "variables": {"input": inp}, "operationName": "CreateComment"}),
        )
    for _ in range(8):  # Strapi feedback form
        b = c.browser(0.5)
        data = {
            "name": c.person(),
            "phone": c.mobile(),
            "type": c.pick(["咨询", "建议", "投诉"]),
            "content": c.pick(COMMENTS),
            "page": c.article(),
        }
        c.add(
            f,
            "feedback",
            "POST",
            "/cms/graphql",
            c.headers(b, accept=AXIOS_ACCEPT, ctype=AXIOS_JSON, referer=f"{SITE}/feedback"),
            js_json({"query": GQL_FEEDBACK, "variables": {"data": data}}),
        )
    for _ in range(8):  # editors' preview (Next.js draft mode) with a JWT
        b = c.browser(0.0)
        jwt = ".".join([c.b64(20, True), c.b64(120, True), c.b64(32, True)])
        h = c.headers(
            b,
            accept=AXIOS_ACCEPT,
            ctype=AXIOS_JSON,
            referer=f"{SITE}/api/preview?slug={c.pick(GQL_SLUGS)}",
            extra={"Authorization": f"Bearer {jwt}"},
        )
        doc = {
            "query": GQL_PAGE.replace("idType: URI)", "idType: DATABASE_ID, asPreview: true)"),
            "variables": {"uri": str(c.num(100, 9000))},
        }
        c.add(f, "preview", "POST", path, h, js_json(doc))


# --- s3-presigned ----------------------------------------------------------------------------------

BUCKETS = ["gov-attachments", "zwgk-files", "bsfw-materials", "media-video", "cms-images", "ysqgk-reply"]
FILE_NAMES = [
    ("关于印发《贵州省优化营商环境条例实施细则》的通知.pdf", "application/pdf"),
    ("附件1：2027年度项目申报指南.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    ("附件2 申报汇总表(样表).xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    ("政府信息公开申请答复书[2027]第15号.pdf", "application/pdf"),
    ("新闻发布会实录 2027-03-15.mp4", "video/mp4"),
    ("营业执照副本 (扫描件).png", "image/png"),
    ("身份证正反面.jpg", "image/jpeg"),
    ("规划总平面图_A1#地块.pdf", "application/pdf"),
    ("2026年部门决算公开表 & 说明.zip", "application/zip"),
]
REGION_S3 = ["cn-north-1", "us-east-1", "cn-gy-1", "cn-southwest-2"]


def _amz_date(c: Corpus) -> datetime:
    return c.when().astimezone(UTC)


def _object_key(c: Corpus, name: str) -> str:
    d = c.when()
    return c.pick(
        [f"{d:%Y/%m/%d}/{c.uid()}/{name}", f"{d:%Y%m}/{c.hexs(16)}{Path(name).suffix}", f"upload/{d:%Y-%m-%d}/{name}"]
    )


def _key_path(key: str) -> str:
    return "/".join(urllib.parse.quote(p, safe="-_.!~*'()") for p in key.split("/"))


def _presign(c: Corpus, extra: Sequence[tuple[str, str]] = ()) -> str:
    """SigV4 query authentication, sorted by name as the canonical request wants."""
    t = _amz_date(c)
    ak = c.pick(["minioadmin-ro", "AKID" + c.alnum(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), "LTAI" + c.alnum(20)])
    params = [
        ("X-Amz-Algorithm", "AWS4-HMAC-SHA256"),
        ("X-Amz-Credential", f"{ak}/{t:%Y%m%d}/{c.pick(REGION_S3)}/s3/aws4_request"),
        ("X-Amz-Date", f"{t:%Y%m%dT%H%M%SZ}"),
        ("X-Amz-Expires", str(c.pick([300, 600, 3600, 604800]))),
        ("X-Amz-SignedHeaders", "host"),
        *extra,
    ]
    params.sort()
    params.append(("X-Amz-Signature", c.hexs(32)))
    return "&".join(f"{urllib.parse.quote(k, safe='-_.~')}={urllib.parse.quote(v, safe='-_.~')}" for k, v in params)


def _disposition(name: str, inline: bool) -> str:
    ascii_name = name.encode("ascii", "replace").decode().replace("?", "_")
    kind = "inline" if inline else "attachment"
    return f"{kind}; filename=\"{ascii_name}\"; filename*=UTF-8''{urllib.parse.quote(name, safe='')}"


@family("s3-presigned")
def s3_presigned(c: Corpus) -> None:
    f = "s3-presigned"
    for _ in range(22):  # the download link a page hands out: presigned GET, often naming the file
        b = c.browser(0.35)
        name, ctype = c.pick(FILE_NAMES)
        key = _object_key(c, name)
        extra = []
        if c.chance(0.6):
            extra.append(("response-content-disposition", _disposition(name, c.chance(0.3))))
        if c.chance(0.2):
            extra.append(("response-content-type", ctype))
        path = f"/{c.pick(BUCKETS)}/{_key_path(key)}?" + _presign(c, extra)
        kind = c.pick(["nav", "xhr"])
        h = c.headers(b, kind, accept="*/*", referer="", site="same-origin")
        c.add(f, "presigned-get", "GET", path, h)
    for _ in range(10):  # download managers probe first
        name, _ctype = c.pick(FILE_NAMES)
        path = f"/{c.pick(BUCKETS)}/{_key_path(_object_key(c, name))}?" + _presign(c)
        ua = c.pick(
            [
                "Wget/1.21.4",
                "curl/8.5.0",
                "aria2/1.37.0",
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                "Chrome/138.0.0.0 Safari/537.36 Thunder/12.1.5",
            ]
        )
        c.add(f, "presigned-head", "HEAD", path, tool_headers(ua, extra={"Connection": "Keep-Alive"}))
    for _ in range(14):  # resumed and segmented downloads of videos and archives
        b = c.browser(0.2)
        name = c.pick(["新闻发布会实录 2027-03-15.mp4", "2026年部门决算公开表 & 说明.zip", "政策解读动画.mp4"])
        start = c.num(0, 40) * 1048576
        rng = c.pick([f"bytes={start}-", f"bytes={start}-{start + 1048575}", "bytes=0-"])
        path = f"/media-video/{_key_path(_object_key(c, name))}?" + _presign(c)
        h = c.headers(b, accept="*/*", referer="", cookie=False, extra={"Range": rng})
        if c.chance(0.3):
            h["If-Range"] = f'"{c.hexs(16)}"'
        c.add(f, "range-get", "GET", path, h)
    for _ in range(16):  # browser-based upload with a POST policy (minio-js presignedPostPolicy, Uppy)
        b = c.browser(0.3)
        name, ctype = c.pick(FILE_NAMES[:4] + FILE_NAMES[5:7])
        bucket = c.pick(["bsfw-materials", "ysqgk-reply", "cms-images"])
        t = _amz_date(c)
        key = f"{t:%Y/%m/%d}/{c.uid()}/{name}"
        cred = f"minio-upload/{t:%Y%m%d}/us-east-1/s3/aws4_request"
        policy = {
            "expiration": (t + timedelta(minutes=10)).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
            "conditions": [
                ["eq", "$bucket", bucket],
                ["eq", "$key", key],
                ["content-length-range", 1, 52428800],
                ["eq", "$Content-Type", ctype],
                ["eq", "$x-amz-date", f"{t:%Y%m%dT%H%M%SZ}"],
                ["eq", "$x-amz-algorithm", "AWS4-HMAC-SHA256"],
                ["eq", "$x-amz-credential", cred],
            ],
        }
        content = pdf_head(c, c.num(300, 1500)) if ctype == "application/pdf" else png(c, c.num(300, 1500))
        if ctype not in ("application/pdf", "image/png"):
            content = c.rnd.randbytes(c.num(300, 1200))
        parts = [
            ("bucket", bucket),
            ("key", key),
            ("Content-Type", ctype),
            ("x-amz-date", f"{t:%Y%m%dT%H%M%SZ}"),
            ("x-amz-algorithm", "AWS4-HMAC-SHA256"),
            ("x-amz-credential", cred),
            ("policy", base64.b64encode(js_json(policy).encode()).decode()),
            ("x-amz-signature", c.hexs(32)),
        ]
        if c.chance(0.5):
            parts.insert(3, ("success_action_status", "201"))
        ct, body = c.multipart(b, [*parts, ("file", (name, ctype, content))])
        c.add(f, "post-policy", "POST", f"/{bucket}", c.headers(b, accept="*/*", ctype=ct, referer=""), body)
    for _ in range(12):  # CORS preflights before a presigned PUT of a part or an object
        b = c.browser(0.2)
        name, _ctype = c.pick(FILE_NAMES)
        q = _presign(c, [("partNumber", str(c.num(1, 40))), ("uploadId", c.uid())] if c.chance(0.5) else [])
        h = {
            "Accept": "*/*",
            "Access-Control-Request-Method": "PUT",
            "Access-Control-Request-Headers": c.pick(
                ["content-type", "content-type,x-amz-meta-uploader", "content-md5,content-type"]
            ),
            "Origin": SITE,
            "User-Agent": b.ua,
            "Sec-Fetch-Mode": "cors",
            "Sec-Fetch-Site": "same-origin",
            "Sec-Fetch-Dest": "empty",
            "Referer": f"{SITE}/bsfw/upload",
            "Accept-Encoding": b.enc,
            "Accept-Language": b.lang,
        }
        c.add(f, "cors-preflight", "OPTIONS", f"/{c.pick(BUCKETS)}/{_key_path(_object_key(c, name))}?{q}", h)
    for _ in range(12):  # CompleteMultipartUpload after the parts (Uppy AwsS3 multipart)
        b = c.browser(0.1)
        name, _ctype = c.pick(FILE_NAMES[4:5] + FILE_NAMES[8:9])
        parts = "".join(
            f'<Part><PartNumber>{i}</PartNumber><ETag>"{c.hexs(16)}"</ETag></Part>' for i in range(1, c.num(2, 12))
        )
        body = (
            '<?xml version="1.0" encoding="UTF-8"?>\n<CompleteMultipartUpload '
            f'xmlns="http://s3.amazonaws.com/doc/2006-03-01/">{parts}</CompleteMultipartUpload>'
        )
        path = f"/media-video/{_key_path(_object_key(c, name))}?" + _presign(c, [("uploadId", c.uid())])
        c.add(
            f,
            "complete-multipart",
            "POST",
            path,
            c.headers(b, accept="*/*", ctype="application/xml", referer=f"{SITE}/admin/media/upload"),
            body,
        )
    for _ in range(8):  # ListParts to resume an interrupted upload
        b = c.browser(0.1)
        name, _ctype = c.pick(FILE_NAMES[4:5] + FILE_NAMES[8:9])
        path = f"/media-video/{_key_path(_object_key(c, name))}?" + _presign(
            c, [("uploadId", c.uid()), ("max-parts", "1000"), ("part-number-marker", "0")]
        )
        c.add(f, "list-parts", "GET", path, c.headers(b, accept="*/*", referer=f"{SITE}/admin/media/upload"))
    for _ in range(10):  # the console lists a folder (aws-sdk-js v3 in the browser: header auth)
        b = c.browser(0.0)
        t = _amz_date(c)
        prefix = c.pick([f"{t:%Y/%m}/", f"upload/{t:%Y-%m-%d}/", "", "2026年决算/", "附件/"])
        params = [("list-type", "2"), ("delimiter", "/"), ("max-keys", str(c.pick([100, 1000]))), ("prefix", prefix)]
        if c.chance(0.3):
            params.append(("continuation-token", c.b64(48)))
        h = c.headers(
            b,
            accept="*/*",
            referer=f"{SITE}/oss-console/browser/{c.pick(BUCKETS)}",
            extra={
                "Authorization": f"AWS4-HMAC-SHA256 Credential=console/{t:%Y%m%d}/us-east-1/s3/aws4_request, "
                f"SignedHeaders=host;x-amz-content-sha256;x-amz-date;x-amz-user-agent, Signature={c.hexs(32)}",
                "x-amz-content-sha256": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                "x-amz-date": f"{t:%Y%m%dT%H%M%SZ}",
                "x-amz-user-agent": "aws-sdk-js/3.787.0",
            },
        )
        c.add(
            f,
            "list-objects",
            "GET",
            f"/{c.pick(BUCKETS)}?" + "&".join(f"{k}={urllib.parse.quote(v, safe='-_.~')}" for k, v in params),
            h,
        )
    for _ in range(6):  # DeleteObjects from the console
        b = c.browser(0.0)
        t = _amz_date(c)
        objs = "".join(
            f"<Object><Key>{_object_key(c, c.pick(FILE_NAMES)[0]).replace('&', '&amp;')}</Key></Object>"
            for _ in range(c.num(1, 4))
        )
        body = (
            f'<?xml version="1.0" encoding="UTF-8"?><Delete xmlns="http://s3.amazonaws.com/doc/2006-03-01/">'
            f"{objs}<Quiet>true</Quiet></Delete>"
        )
        md5 = base64.b64encode(hashlib.md5(body.encode(), usedforsecurity=False).digest()).decode()
        h = c.headers(
            b,
            accept="*/*",
            ctype="application/xml",
            referer=f"{SITE}/oss-console/browser/cms-images",
            extra={
                "Authorization": f"AWS4-HMAC-SHA256 Credential=console/{t:%Y%m%d}/us-east-1/s3/"
                f"aws4_request, SignedHeaders=content-md5;content-type;host;x-amz-content-sha256;"
                f"x-amz-date, Signature={c.hexs(32)}",
                "Content-MD5": md5,
                "x-amz-content-sha256": hashlib.sha256(body.encode()).hexdigest(),
                "x-amz-date": f"{t:%Y%m%dT%H%M%SZ}",
            },
        )
        c.add(f, "delete-objects", "POST", "/cms-images?delete=", h, body)


# --- iiif-image ------------------------------------------------------------------------------------

IIIF_COLLECTIONS = ["fz", "da", "gj", "bz", "zp"]  # 方志, 档案, 古籍, 报纸, 照片
IIIF_WORKS = [
    "guiyangfuzhi-daoguang",
    "guizhoutongzhi-minguo",
    "zunyi-fuzhi-1841",
    "anshun-xianzhi-1931",
    "qiannan-zhi-1987",
    "xingyi-fuzhi",
    "puan-tingzhi",
    "1935-01-zunyi-huiyi-dangan",
]
IIIF_TERMS = ["书院", "水利", "赋役", "学宫", "驿站", "苗疆", "盐法", "科举 名录", "城池", "物产 茶", "风俗"]


def _iiif_id(c: Corpus, encoded: bool = True) -> str:
    parts = [
        c.pick(IIIF_COLLECTIONS),
        c.pick(IIIF_WORKS),
        f"{c.pick(['juan', 'ce'])}{c.num(1, 24):02d}",
        f"p{c.num(1, 480):04d}.{c.pick(['jp2', 'tif', 'jpg'])}",
    ]
    return ("%2F" if encoded else "_").join(parts)


def _iiif_headers(c: Corpus, img: bool = True) -> dict[str, str]:
    viewer = c.pick([f"{SITE}/szfz/mirador/index.html", f"{SITE}/szfz/uv/uv.html", f"{SITE}/dag/reader.html"])
    accept = (
        "image/avif,image/webp,image/apng,image/svg+xml,image/*,*/*;q=0.8"
        if img
        else c.pick(
            [
                'application/ld+json;profile="http://iiif.io/api/presentation/3/context.json"',
                "application/json",
                AXIOS_ACCEPT,
            ]
        )
    )
    return c.headers(
        c.browser(0.25),
        "img" if img else "xhr",
        accept=accept,
        referer=viewer,
        site="same-origin",
        cookie=c.chance(0.3),
    )


@family("iiif-image")
def iiif_image(c: Corpus) -> None:
    f = "iiif-image"
    for _ in range(16):  # thumbnails and page images (IIIF 2.1)
        size = c.pick(["!400,400", "!200,200", "150,", ",300", "full", "pct:25", "1024,", "!1600,1600"])
        c.add(f, "page-image", "GET", f"/iiif/2/{_iiif_id(c)}/full/{size}/0/default.jpg", _iiif_headers(c))
    for _ in range(16):  # deep-zoom tiles: x,y,w,h regions
        w = c.pick([256, 512, 1024])
        x, y = c.num(0, 12) * w, c.num(0, 16) * w
        scale = c.pick([1, 2, 4, 8])
        size = c.pick([f"{w // scale},", f"{w // scale},{w // scale}", f"!{w // scale},{w // scale}"])
        c.add(
            f,
            "tile",
            "GET",
            f"/iiif/2/{_iiif_id(c)}/{x},{y},{w * scale},{w * scale}/{size}/0/default.jpg",
            _iiif_headers(c),
        )
    for _ in range(10):  # a detail by percentages, gray or bitonal for reading faded ink
        r = [round(c.rnd.random() * 60, 2) for _ in range(2)] + [round(10 + c.rnd.random() * 30, 2) for _ in range(2)]
        region = "pct:" + ",".join(f"{v:g}" for v in r)
        c.add(
            f,
            "pct-region",
            "GET",
            f"/iiif/2/{_iiif_id(c)}/{region}/{c.pick(['full', 'pct:50', '!800,800'])}/0/"
            f"{c.pick(['gray', 'bitonal', 'default', 'color'])}.{c.pick(['png', 'jpg'])}",
            _iiif_headers(c),
        )
    for _ in range(10):  # rotation and mirroring (a page scanned the wrong way)
        rot = c.pick(["90", "180", "270", "!0", "!90", "22.5"])
        c.add(f, "rotate", "GET", f"/iiif/2/{_iiif_id(c)}/full/!1000,1000/{rot}/default.jpg", _iiif_headers(c))
    for _ in range(14):  # IIIF 3.0 on the newer server: max, ^ upscaling, square
        region = c.pick(["full", "square", f"{c.num(0, 2000)},{c.num(0, 3000)},{c.num(200, 900)},{c.num(200, 900)}"])
        size = c.pick(["max", "^max", "^!2000,2000", "!512,512", "^1200,", "pct:12.5", "300,"])
        c.add(
            f,
            "v3-image",
            "GET",
            f"/iiif/3/{_iiif_id(c)}/{region}/{size}/0/default.{c.pick(['jpg', 'webp'])}",
            _iiif_headers(c),
        )
    for _ in range(14):  # image information
        v = c.pick(["2", "3"])
        c.add(f, "info-json", "GET", f"/iiif/{v}/{_iiif_id(c)}/info.json", _iiif_headers(c, img=False))
    for _ in range(12):  # manifests and collections (Presentation API)
        work = c.pick(IIIF_WORKS)
        path = c.pick(
            [
                f"/iiif/presentation/{work}/manifest",
                f"/iiif/presentation/{work}/manifest.json",
                f"/iiif/presentation/collection/{c.pick(IIIF_COLLECTIONS)}",
                f"/iiif/presentation/{work}/range/juan{c.num(1, 24):02d}",
                f"/iiif/manifest?id={uri(work)}&v=3",
            ]
        )
        c.add(f, "manifest", "GET", path, _iiif_headers(c, img=False))
    for _ in range(10):  # Content Search API within a volume (full-text of OCR)
        work = c.pick(IIIF_WORKS)
        params = [("q", c.pick(IIIF_TERMS)), ("motivation", c.pick(["painting", "supplementing", "commenting"]))]
        if c.chance(0.3):
            params.append(("page", c.num(1, 5)))
        c.add(f, "content-search", "GET", f"/iiif/search/{work}?" + qs(params, uri), _iiif_headers(c, img=False))
    for _ in range(6):  # autocomplete service
        term = c.pick(IIIF_TERMS)[: c.num(1, 2)]
        c.add(
            f,
            "autocomplete",
            "GET",
            f"/iiif/autocomplete/{c.pick(IIIF_WORKS)}?q={uri(term)}&min=1",
            _iiif_headers(c, img=False),
        )
    for _ in range(8):  # annotation lists (transcriptions) per canvas
        c.add(
            f,
            "annotations",
            "GET",
            f"/iiif/presentation/{c.pick(IIIF_WORKS)}/list/p{c.num(1, 480):04d}.json",
            _iiif_headers(c, img=False),
        )


# --- drug-catalog ----------------------------------------------------------------------------------

DRUGS = [  # (通用名, 剂型, 规格)
    ("0.9%氯化钠注射液", "注射剂", "100ml:0.9g"),
    ("5%葡萄糖注射液", "注射剂", "250ml:12.5g"),
    ("葡萄糖氯化钠注射液", "注射剂", "500ml(葡萄糖25g,氯化钠4.5g)"),
    ("维生素B12注射液", "注射剂", "1ml:0.5mg"),
    ("重组人干扰素α-2b注射液", "注射剂", "1ml:300万IU"),
    ("α-硫辛酸注射液", "注射剂", "12ml:0.3g"),
    ("阿莫西林胶囊", "胶囊剂", "0.25g*24粒"),
    ("盐酸二甲双胍缓释片", "缓释片", "0.5g*30片"),
    ("阿托伐他汀钙片", "片剂", "20mg*7片"),
    ("苯磺酸氨氯地平片", "片剂", "5mg*28片"),
    ("布洛芬混悬液", "口服混悬剂", "100ml:2g"),
    ("门冬胰岛素30注射液", "注射剂", "3ml:300单位(笔芯)"),
    ("人血白蛋白", "注射剂", "10g(20%,50ml)"),
    ("复方α-酮酸片", "片剂", "0.63g*100片"),
    ("注射用头孢曲松钠", "注射剂", "1.0g"),
    ("甲钴胺片", "片剂", "0.5mg*20片"),
    ("蒙脱石散", "散剂", "3g*10袋"),
    ("左甲状腺素钠片", "片剂", "50μg*100片"),
    ("连花清瘟胶囊", "胶囊剂", "0.35g*24粒"),
    ("复方丹参滴丸", "滴丸剂", "27mg*180丸"),
    ("β-七叶皂苷钠", "注射剂", "5mg"),
    ("L-谷氨酰胺呱仑酸钠颗粒", "颗粒剂", "0.67g*15袋"),
]
HERBS = [
    "黄芪",
    "当归(酒炙)",
    "党参",
    "白术(麸炒)",
    "茯苓",
    "甘草(蜜炙)",
    "川芎",
    "熟地黄",
    "天麻",
    "杜仲(盐炙)",
    "半夏(法半夏)",
    "三七粉",
    "陈皮",
    "金银花",
    "灵芝(破壁孢子粉)",
]
CONSUMABLES = [
    "一次性使用无菌注射器 带针 5ml",
    "医用外科口罩",
    "冠状动脉药物洗脱支架",
    "人工髋关节假体",
    "一次性使用输液器 带针",
    "医用敷料(水胶体)",
    "胰岛素笔用针头 0.25mm×5mm",
    "人工晶状体(非球面)",
    "可吸收缝合线 3-0",
    "留置针 24G",
]
SERVICES = [
    "CT平扫(≥64排)",
    "磁共振平扫(1.5T)",
    "血常规(五分类)",
    "新型冠状病毒核酸检测",
    "彩色多普勒超声(常规)",
    "针刺(普通针刺)",
    "推拿治疗(≥20分钟)",
    "住院诊查费",
    "一般专项护理",
    "心电图检查(十二导联)",
    "经皮冠状动脉支架置入术",
    "血液透析(HD)",
]
NHSA_TYPES = ["甲类", "乙类", "丙类", ""]


def _ybcode(c: Corpus) -> str:
    """A 国家医保药品代码 shape: X/Z, ATC-like letters, digits."""
    return (
        c.pick("XZ")
        + c.pick(["A01", "A10", "B05", "C08", "J01", "L03", "N02", "R05"])
        + c.alnum(3, "ABCDEFGH")
        + f"{c.num(1, 999):03d}"
        + c.pick(["A", "B", "E"])
        + f"{c.num(1, 20):03d}"
        + f"{c.num(1, 99999):05d}"
    )


def _nhsa_headers(c: Corpus, b: Browser, referer: str) -> dict[str, str]:
    ts = str(c.ms())
    return c.headers(
        b,
        accept=AXIOS_ACCEPT,
        ctype=JSON_CT,
        referer=referer,
        extra={
            "X-Tif-Paasid": "undefined",
            "X-Tif-Timestamp": ts[:10],
            "X-Tif-Nonce": c.alnum(8),
            "X-Tif-Signature": c.hexs(32),
            "channel": "web",
            "contentType": "application/x-www-form-urlencoded",
        },
    )


@family("drug-catalog")
def drug_catalog(c: Corpus) -> None:
    f = "drug-catalog"
    base = f"{SITE}/ybfw/ml"
    for _ in range(18):  # 西药中成药 目录 search, JSON wrapped in data
        b = c.browser(0.4)
        name, form_, spec = c.pick(DRUGS)
        q = c.pick([name, name[: c.num(2, 5)], f"{name} {spec}", name.replace("注射液", "")])
        data = {
            "regnName": "",
            "drugGenname": q,
            "dosform": c.pick(["", form_]),
            "prodentpName": "",
            "hilistName": "",
            "medListCodg": "",
            "listType": c.pick(NHSA_TYPES),
            "pageNum": c.num(1, 6),
            "pageSize": 10,
        }
        c.add(
            f,
            "wm-search",
            "POST",
            "/ybfw/ebus/api/nthl/CommQuery/queryWmTcmpData",
            _nhsa_headers(c, b, f"{base}/xyzcy.html"),
            js_json({"data": data}),
        )
    for _ in range(14):  # the same through the old list page (GET, as the form submits it)
        b = c.browser(0.3)
        name, _form, spec = c.pick(DRUGS)
        params = [
            ("keyword", c.pick([name, f"{name}({spec})", spec])),
            ("type", c.pick(["xy", "zcy"])),
            ("jx", ""),
            ("page", c.num(1, 9)),
        ]
        c.add(f, "list-get", "GET", "/ybfw/ml/search.html?" + qs(params, form), c.headers(b, "nav", referer=base))
    for _ in range(12):  # 中药饮片
        b = c.browser(0.4)
        data = {
            "tcmherbName": c.pick(HERBS),
            "medListCodg": "",
            "pageNum": 1,
            "pageSize": 10,
            "payStd": c.pick(["", "单味使用不予支付", "单复方均不支付"]),
        }
        c.add(
            f,
            "herb-search",
            "POST",
            "/ybfw/ebus/api/nthl/CommQuery/queryTcmpData",
            _nhsa_headers(c, b, f"{base}/zyyp.html"),
            js_json({"data": data}),
        )
    for _ in range(14):  # 医用耗材 by name or C-code
        b = c.browser(0.2)
        code = (
            f"C{c.num(1, 14):02d}{c.num(1, 20):02d}{c.num(1, 20):02d}{c.num(1, 999):03d}"
            f"{c.num(1, 9999):04d}{c.num(1, 99999):05d}{c.num(1, 99999):05d}"
        )
        params = [
            ("mcsName", c.pick([c.pick(CONSUMABLES), ""])),
            ("mcsCode", c.pick(["", code, code[:8]])),
            ("spec", c.pick(["", "5ml", "0.25mm×5mm", "3-0", "24G"])),
            ("pageNum", c.num(1, 5)),
            ("pageSize", 20),
        ]
        c.add(
            f,
            "consumable",
            "GET",
            "/ybfw/hc/api/mcs/list?" + qs(params, axios),
            c.headers(b, accept=AXIOS_ACCEPT, referer=f"{base}/yyhc.html"),
        )
    for _ in range(12):  # 医疗服务项目 with prices
        b = c.browser(0.4)
        doc = {
            "itemName": c.pick(SERVICES),
            "itemCode": c.pick(["", f"{c.num(11, 33)}{c.digits(7)}"]),
            "admdvs": c.pick(list(DISTRICTS))[:4] + "00",
            "hospLv": c.pick(["三级", "二级", "一级", ""]),
            "current": 1,
            "size": 10,
        }
        c.add(
            f,
            "service-item",
            "POST",
            "/ybfw/api/medservice/price/page",
            c.headers(b, accept=AXIOS_ACCEPT, ctype=JSON_CT, referer=f"{base}/ylfwxm.html"),
            js_json(doc),
        )
    for _ in range(12):  # detail by 医保编码
        b = c.browser(0.4)
        c.add(
            f,
            "detail",
            "GET",
            f"/ybfw/ml/detail.html?code={_ybcode(c)}&from={c.pick(['xy', 'zcy', 'search'])}",
            c.headers(b, "nav", referer=f"{base}/search.html"),
        )
    for _ in range(12):  # name suggestions while typing
        b = c.browser(0.5)
        name = c.pick(DRUGS)[0]
        c.add(
            f,
            "suggest",
            "GET",
            f"/ybfw/hc/api/drug/suggest?kw={axios(name[: c.num(1, 4)])}&limit=10&_={c.ms()}",
            c.headers(b, accept=JQ_ACCEPT, referer=f"{base}/xyzcy.html", xrw=True),
        )
    for _ in range(8):  # export the result list (a form POST that answers with an xlsx)
        b = c.browser(0.0)
        name, form_, _spec = c.pick(DRUGS)
        fields = [
            ("drugGenname", name),
            ("dosform", form_),
            ("listType", c.pick(NHSA_TYPES)),
            ("negoDrugFlag", c.pick(["", "1"])),
            ("exportType", "xlsx"),
        ]
        c.add(
            f,
            "export",
            "POST",
            "/ybfw/ml/export",
            c.headers(b, "nav", ctype=FORM, referer=f"{base}/xyzcy.html"),
            qs(fields, form),
        )
    for _ in range(8):  # 谈判药品 定点药店 by drug and area
        b = c.browser(0.6)
        name = c.pick(DRUGS)[0]
        lon, lat = _lonlat(c)
        params = [
            ("drugName", name),
            ("lng", lon),
            ("lat", lat),
            ("distance", c.pick([3000, 5000, 10000])),
            ("admdvs", "520100"),
        ]
        c.add(
            f,
            "pharmacy",
            "GET",
            "/ybfw/api/dtp/pharmacy?" + qs(params, axios),
            c.headers(b, accept=AXIOS_ACCEPT, referer=f"{base}/tpyp.html"),
        )


# --- company-name ----------------------------------------------------------------------------------

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ZIHAO = [
    "黔灵",
    "筑城",
    "云上",
    "甲秀",
    "花溪",
    "夜郎",
    "乌江",
    "红枫",
    "山海",
    "星辰",
    "黔之源",
    "数智",
    "青岩",
    "苗岭",
    "多彩",
    "绿源",
    "恒信",
    "博雅",
    "天行健",
    "万象",
]
INDUSTRY = [
    "科技",
    "信息技术",
    "大数据科技",
    "农业开发",
    "餐饮管理",
    "文化传媒",
    "建筑工程",
    "商贸",
    "物流",
    "生物医药",
    "旅游开发",
    "茶业",
    "酒业",
    "新能源科技",
    "人力资源服务",
    "教育咨询",
]
ORG_FORMS = [
    "有限公司",
    "有限责任公司",
    "股份有限公司",
    "（有限合伙）",
    "合伙企业（有限合伙）",
    "个人独资企业",
    "有限公司分公司",
    "农民专业合作社",
    "工作室",
]
EN_WORDS = [
    "Qianling",
    "Guizhou Cloud",
    "Mountain & Sea",
    "Zhucheng",
    "Big Data",
    "Green Tea",
    "Golden Bridge",
    "Sunrise",
    "Blue Sky",
    "Harmony",
    "Xi'an Silk Road",
    "O'Brien Partners",
]
EN_TAILS = [
    "Technology Co., Ltd.",
    "Trading Co., Ltd.",
    "Int'l Logistics Co., Ltd.",
    "(Guizhou) Co., Ltd.",
    "Consulting Co., Ltd.",
    "Tea & Food Co., Ltd.",
    "Investment Partnership (L.P.)",
    "Hotel Management Co., Ltd.",
]


def uscc(c: Corpus) -> str:
    """A 统一社会信用代码 (GB 32100-2015) with its check character."""
    body = (
        c.pick(["91", "92", "93", "12", "52"])
        + c.pick(list(DISTRICTS))
        + "".join(c.pick(USCC_CHARS[:10] + "MA") if i < 2 else c.pick(USCC_CHARS) for i in range(9))
    )
    check = (31 - sum(USCC_CHARS.index(ch) * w for ch, w in zip(body, USCC_WEIGHTS, strict=True)) % 31) % 31
    return body + USCC_CHARS[check]


def company(c: Corpus) -> str:
    place = c.pick(["贵州", "贵阳", "遵义", "贵州省", *CITIES, "观山湖区"])
    zh, ind, org = c.pick(ZIHAO), c.pick(INDUSTRY), c.pick(ORG_FORMS)
    return c.pick(
        [
            f"{place}{zh}{ind}{org}",
            f"{zh}（{place}）{ind}{org}",
            f"{zh}({place}){ind}{org}",
            f"{place}{zh}{ind}{org}{c.pick(CITIES)}分公司" if org == "有限公司" else f"{place}{zh}{ind}有限公司",
            f"{place}{zh}{c.pick(['一号', '二期', '壹号'])}{ind}合伙企业（有限合伙）",
            f"{zh}{ind}（{place}）有限公司",
            f"{place}市{c.pick(DISTRICT_NAMES)}{c.person()}{c.pick(['小吃店', '便利店', '理发店', '农家乐'])}",
        ]
    )


def en_company(c: Corpus) -> str:
    return f"{c.pick(EN_WORDS)} {c.pick(EN_TAILS)}"


@family("company-name")
def company_name(c: Corpus) -> None:
    f = "company-name"
    base = f"{SITE}/qymc"
    for _ in range(18):  # 自主申报: the name check, field by field (jQuery form post)
        b = c.browser(0.2)
        zh = c.pick(ZIHAO) + c.pick(["", "", "云", "智", "汇"])
        fields = [
            ("distCode", c.pick(list(DISTRICTS))),
            ("distName", c.pick(["贵州", "贵阳", "观山湖区", ""])),
            ("zihao", zh),
            ("industryPhrase", c.pick(INDUSTRY)),
            ("orgForm", c.pick(ORG_FORMS)),
            ("nameFormat", c.pick(["1", "2", "3"])),
            ("entType", c.pick(["1100", "1130", "4530", "9100"])),
            ("fullName", company(c)),
        ]
        c.add(
            f,
            "name-check",
            "POST",
            "/qymc/namecheck/check.do",
            c.headers(b, accept=JQ_ACCEPT, ctype=JQ_FORM, referer=f"{base}/sb/step2.html", xrw=True),
            qs(fields),
        )
    for _ in range(14):  # the newer front end posts JSON and asks for similar names
        b = c.browser(0.2)
        doc = {
            "entName": company(c),
            "regOrg": c.pick(list(DISTRICTS)),
            "industryCode": c.pick(["I6510", "F5191", "A0111", "H6210", "L7212", "C1521"]),
            "checkType": c.pick(["exact", "similar"]),
            "pageSize": 20,
        }
        c.add(
            f,
            "similar-json",
            "POST",
            "/qymc/api/name/similar",
            c.headers(b, accept=AXIOS_ACCEPT, ctype=JSON_CT, referer=f"{base}/sb/step2.html"),
            js_json(doc),
        )
    for _ in range(16):  # 公示系统 keyword search
        b = c.browser(0.3)
        q = c.pick([company(c), c.pick(ZIHAO) + c.pick(INDUSTRY), uscc(c), c.person(), en_company(c)])
        c.add(
            f,
            "gs-search",
            "GET",
            "/gsxt/corp-query-search.html?"
            + qs([("searchword", q), ("tab", "ent_tab"), ("token", c.num(10**8, 10**9)), ("page", c.num(1, 5))], form),
            c.headers(b, "nav", referer=f"{SITE}/gsxt/index.html"),
        )
    for _ in range(12):  # foreign-invested enterprises: the English name as registered
        b = c.browser(0.1)
        fields = [
            ("nameCn", company(c)),
            ("nameEn", en_company(c)),
            ("investorCountry", c.pick(["中国香港", "新加坡", "美国", "德国", "日本", "韩国"])),
            ("lang", "en"),
        ]
        c.add(
            f,
            "english-name",
            "POST",
            "/qymc/namecheck/checkEn.do",
            c.headers(b, accept=JQ_ACCEPT, ctype=JQ_FORM, referer=f"{base}/sb/wz.html", xrw=True),
            qs(fields),
        )
    for _ in range(12):  # by 统一社会信用代码
        b = c.browser(0.3)
        c.add(
            f,
            "by-uscc",
            "GET",
            f"/gsxt/api/ent/basic?uniscid={uscc(c)}&_t={c.ms()}",
            c.headers(b, accept=AXIOS_ACCEPT, referer=f"{SITE}/gsxt/corp-query-search.html"),
        )
    for _ in range(10):  # 年报 and 经营异常 pages of one company
        b = c.browser(0.3)
        tab = c.pick(["annual-report", "abnormal", "change", "shareholder", "branch"])
        year = c.num(2021, 2026)
        c.add(
            f,
            "ent-tabs",
            "GET",
            f"/gsxt/{tab}.html?pripid={c.hexs(16)}&entType={c.pick(['1', '2', '16'])}"
            + (f"&year={year}" if tab == "annual-report" else ""),
            c.headers(b, "nav", referer=f"{SITE}/gsxt/"),
        )
    for _ in range(10):  # 申报 submit: investors and 住所
        b = c.browser(0.1)
        doc = {
            "entName": company(c),
            "entNameEn": c.pick(["", en_company(c)]),
            "dom": f"贵州省贵阳市{c.pick(DISTRICT_NAMES)}{c.pick(ROADS)}{c.num(1, 300)}号"
            f"{c.pick(ESTATES)}{c.num(1, 30)}栋{c.num(1, 32)}层{c.num(1, 20)}号",
            "regCap": c.pick([10, 50, 100, 500, 1000]),
            "regCapCur": "156",
            "investors": [
                {"name": c.person(), "certType": "10", "certNo": c.idcard(), "subConAm": c.pick([10, 30, 51, 100])}
                for _ in range(c.num(1, 3))
            ],
            "agent": {"name": c.person(), "mobile": c.mobile()},
        }
        c.add(
            f,
            "declare",
            "POST",
            "/qymc/api/declare/submit",
            c.headers(
                b,
                accept=AXIOS_ACCEPT,
                ctype=JSON_CT,
                referer=f"{base}/sb/step4.html",
                extra={"Authorization": f"Bearer {c.b64(24, True)}.{c.b64(90, True)}.{c.b64(32, True)}"},
            ),
            js_json(doc),
        )
    for _ in range(8):  # 行业表述 lookup while typing
        b = c.browser(0.2)
        c.add(
            f,
            "industry-phrase",
            "GET",
            "/qymc/api/industry/phrase?" + qs([("kw", c.pick(INDUSTRY)[: c.num(1, 3)]), ("size", 15)], axios),
            c.headers(b, accept=AXIOS_ACCEPT, referer=f"{base}/sb/step2.html"),
        )


# --- housing-fund ----------------------------------------------------------------------------------

BANKS = ["中国工商银行", "中国建设银行", "中国农业银行", "中国银行", "贵阳银行", "贵州银行", "交通银行", "邮储银行"]


def _bank_card(c: Corpus) -> str:
    return c.pick(["6222", "6217", "6228", "6212", "6253"]) + c.digits(15)


def _gjj_token(c: Corpus) -> str:
    return ".".join([c.b64(26, True), c.b64(110, True), c.b64(32, True)])


@family("housing-fund")
def housing_fund(c: Corpus) -> None:
    f = "housing-fund"
    base = f"{SITE}/gjj/wt"
    for _ in range(12):  # login: 证件号码 and an RSA-encrypted password, with a captcha answer
        b = c.browser(0.4)
        fields = [
            ("username", c.idcard()),
            ("password", c.b64(128)),
            ("captcha", c.alnum(4, "abcdefghjkmnpqrstuvwxyz23456789")),
            ("logintype", c.pick(["1", "2"])),
            ("uuid", c.uid()),
        ]
        c.add(
            f,
            "login",
            "POST",
            "/gjj/wt/api/login",
            c.headers(b, accept=JQ_ACCEPT, ctype=JQ_FORM, referer=f"{base}/login.html", xrw=True),
            qs(fields),
        )
    for _ in range(14):  # account overview and 缴存明细 by date range
        b = c.browser(0.5)
        start = c.when()
        params = [
            ("grzh", c.digits(12)),
            ("startDate", f"{start.year - c.num(1, 5)}-01-01"),
            ("endDate", f"{start:%Y-%m-%d}"),
            ("pageNum", c.num(1, 5)),
            ("pageSize", 20),
        ]
        c.add(
            f,
            "detail",
            "GET",
            "/gjj/wt/api/personal/deposit/detail?" + qs(params, axios),
            c.headers(
                b, accept=AXIOS_ACCEPT, referer=f"{base}/index.html", extra={"Authorization": f"Bearer {_gjj_token(c)}"}
            ),
        )
    for _ in range(16):  # the loan calculator page (GET form)
        b = c.browser(0.5)
        amount = c.pick([300000, 450000, 600000, 700000, 800000, 650000.5])
        params = [
            ("dkje", amount),
            ("dknx", c.pick([10, 15, 20, 25, 30])),
            ("dkll", c.pick(["2.85", "3.325", "2.35"])),
            ("hkfs", c.pick(["等额本息", "等额本金"])),
            ("fwlx", c.pick(["首套", "二套"])),
            ("sfbl", c.pick(["20%", "30%", "0.2"])),
        ]
        c.add(f, "calc-get", "GET", "/gjj/wt/jsq/dk.html?" + qs(params, form), c.headers(b, "nav", referer=""))
    for _ in range(12):  # 可贷额度 计算 (JSON)
        b = c.browser(0.5)
        doc = {
            "grjcjs": round(c.num(3000, 25000) * 1.0 + c.num(0, 99) / 100, 2),
            "jcbl": c.pick([0.05, 0.08, 0.12]),
            "zhye": round(c.num(5000, 300000) + c.num(0, 99) / 100, 2),
            "age": c.num(22, 58),
            "fwzj": c.pick([800000, 1200000, 960000]),
            "poJcjs": c.pick([0, 6500.0, 9800.5]),
            "dkqx": c.pick([20, 25, 30]),
            "jtcy": c.pick(["单身", "已婚"]),
        }
        c.add(
            f,
            "calc-quota",
            "POST",
            "/gjj/wt/api/calc/loanQuota",
            c.headers(b, accept=AXIOS_ACCEPT, ctype=JSON_CT, referer=f"{base}/jsq/ed.html"),
            js_json(doc),
        )
    for _ in range(12):  # 提取申请
        b = c.browser(0.6)
        kind = c.pick(["租房提取", "购买自住住房提取", "偿还购房贷款本息提取", "离职提取", "退休提取"])
        doc = {
            "tqyy": kind,
            "tqje": round(c.num(1000, 60000) + c.num(0, 99) / 100, 2),
            "skyh": c.pick(BANKS),
            "skzh": _bank_card(c),
            "skrxm": c.person(),
            "sjhm": c.mobile(),
            "fwzl": f"{c.pick(DISTRICT_NAMES)}{c.pick(ROADS)}{c.num(1, 300)}号{c.pick(ESTATES)}"
            f"{c.num(1, 30)}栋{c.num(1, 6)}单元{c.num(1, 33)}{c.num(1, 8):02d}",
            "htbh": c.pick(["", f"GY{c.num(2020, 2027)}-{c.digits(6)}"]),
            "yzm": c.digits(6),
        }
        c.add(
            f,
            "withdraw",
            "POST",
            "/gjj/wt/api/withdraw/apply",
            c.headers(
                b,
                accept=AXIOS_ACCEPT,
                ctype=JSON_CT,
                referer=f"{base}/tq/apply.html",
                extra={"Authorization": f"Bearer {_gjj_token(c)}"},
            ),
            js_json(doc),
        )
    for _ in range(10):  # 还款计划 of a loan
        b = c.browser(0.5)
        c.add(
            f,
            "repay-plan",
            "GET",
            f"/gjj/wt/api/loan/plan?jkhtbh={c.digits(16)}&year={c.num(2024, 2027)}&month={c.num(1, 12)}",
            c.headers(
                b,
                accept=AXIOS_ACCEPT,
                referer=f"{base}/dk/index.html",
                extra={"Authorization": f"Bearer {_gjj_token(c)}"},
            ),
        )
    for _ in range(10):  # 异地转移接续 (the national mini program's H5 page)
        b = c.browser(0.9)
        doc = {
            "zrcsdm": c.pick(["520100", "520300", "110000", "440300", "310000"]),
            "zcgjjzx": c.pick(["北京住房公积金管理中心", "深圳市住房公积金管理中心", "贵阳市住房公积金管理中心"]),
            "zcgrzh": c.digits(c.pick([12, 15])),
            "xm": c.person(),
            "zjhm": c.idcard(),
            "sjh": c.mobile(),
        }
        c.add(
            f,
            "transfer",
            "POST",
            "/gjj/wt/api/transfer/apply",
            c.headers(b, accept=AXIOS_ACCEPT, ctype=JSON_CT, referer=f"{base}/zyjx.html"),
            js_json(doc),
        )
    for _ in range(10):  # 单位网厅: 汇缴 list as a form (the old JSP system)
        b = c.browser(0.0)
        fields = [
            ("dwzh", c.digits(10)),
            ("hjny", f"{c.num(2025, 2027)}{c.num(1, 12):02d}"),
            ("jcrs", c.num(3, 400)),
            ("dwjcbl", "0.12"),
            ("grjcbl", "0.12"),
            ("hjje", f"{c.num(2000, 900000)}.{c.num(0, 99):02d}"),
            ("jbrxm", c.person()),
            ("jbrsj", c.mobile()),
            ("action", "save"),
        ]
        c.add(
            f,
            "unit-remit",
            "POST",
            "/gjj/dwwt/hj/hjqr.do",
            c.headers(
                b,
                "nav",
                ctype=FORM,
                referer=f"{SITE}/gjj/dwwt/hj/hjqr.do?method=init",
                cookie=f"JSESSIONID={c.hexs(16).upper()}; dwwt_route={c.hexs(8)}",
            ),
            qs(fields, form),
        )
    for _ in range(8):  # 贷款 进度 by 受理号 (no login)
        b = c.browser(0.6)
        c.add(
            f,
            "loan-progress",
            "GET",
            "/gjj/wt/dk/jdcx.html?" + qs([("slh", f"DK{c.num(2025, 2027)}{c.digits(8)}"), ("xm", c.person())], form),
            c.headers(b, "nav", referer=f"{base}/dk/index.html"),
        )


# --- traffic-violation -----------------------------------------------------------------------------

HPZL = {
    "01": "大型汽车",
    "02": "小型汽车",
    "51": "大型新能源汽车",
    "52": "小型新能源汽车",
    "07": "普通摩托车",
    "15": "挂车",
    "16": "教练汽车",
}
PLATE_LETTERS = "ABCDEFGHJK"
PLATE_CHARS = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"
VIO_CODES = ["1039", "1345", "1625", "1208", "1352", "6046", "13441", "10390", "16250", "1240"]
VIO_PLACES = [
    "贵阳市观山湖区林城西路与长岭北路交叉口",
    "G75兰海高速K1623+500",
    "花溪大道北段(甲秀南路口)",
    "遵义市红花岗区中华南路",
    "贵黄公路清镇段K23+100",
    "宝山北路(大十字-喷水池)",
]


def plate(c: Corpus, hpzl: str) -> str:
    city = "贵" + c.pick(PLATE_LETTERS)
    if hpzl == "52":  # 小型新能源: D (纯电) or F (非纯电) and five more
        return city + c.pick("DF") + c.alnum(1, PLATE_CHARS[:20]) + c.digits(4)
    if hpzl == "51":
        return city + c.digits(5) + c.pick("DF")
    if hpzl == "16":
        return city + c.alnum(4, PLATE_CHARS[:10]) + "学"
    if hpzl == "15":
        return city + c.alnum(4, PLATE_CHARS[:10]) + "挂"
    return city + c.alnum(5, PLATE_CHARS)


@family("traffic-violation")
def traffic_violation(c: Corpus) -> None:
    f = "traffic-violation"
    base = f"{SITE}/jgfw"
    for _ in range(18):  # 机动车违法查询: 号牌, 发动机号后六位, 验证码 (jQuery form post)
        b = c.browser(0.5)
        hpzl = c.pick(list(HPZL))
        p = plate(c, hpzl)
        hphm = c.pick([p, p[1:], p[:2] + "·" + p[2:]])
        fields = [
            ("hpzl", hpzl),
            ("hphm", hphm),
            ("fdjh", c.alnum(6, PLATE_CHARS)),
            ("captcha", c.alnum(4)),
            ("qm", "wf"),
            ("page", "1"),
        ]
        c.add(
            f,
            "vio-query",
            "POST",
            "/jgfw/m/publicquery/vio",
            c.headers(b, accept=JQ_ACCEPT, ctype=JQ_FORM, referer=f"{base}/views/vioquery.html", xrw=True),
            qs(fields),
        )
    for _ in range(14):  # logged-in list (axios, JSON)
        b = c.browser(0.6)
        doc = {
            "hpzl": c.pick(list(HPZL)),
            "hphm": plate(c, "02")[1:],
            "clbj": c.pick(["0", "1", ""]),
            "startDate": f"{c.num(2024, 2026)}-01-01",
            "endDate": f"{c.when():%Y-%m-%d}",
            "page": 1,
            "size": 10,
        }
        c.add(
            f,
            "vio-list",
            "POST",
            "/jgfw/user/m/uservio/suriquery",
            c.headers(
                b,
                accept=AXIOS_ACCEPT,
                ctype=JSON_CT,
                referer=f"{base}/views/memfyy/vio.html",
                extra={"Authorization": f"Bearer {c.hexs(20)}"},
            ),
            js_json(doc),
        )
    for _ in range(12):  # one record: 违法代码, 地点, 时间
        b = c.browser(0.5)
        params = [
            ("xh", f"52{c.digits(14)}"),
            ("wfxw", c.pick(VIO_CODES)),
            ("wfdz", c.pick(VIO_PLACES)),
            ("wfsj", f"{c.when():%Y-%m-%d %H:%M:%S}"),
        ]
        c.add(
            f,
            "vio-detail",
            "GET",
            "/jgfw/m/vio/detail?" + qs(params, jq),
            c.headers(b, accept=JQ_ACCEPT, referer=f"{base}/views/vioquery.html", xrw=True),
        )
    for _ in range(12):  # 驾驶证 记分 by 档案编号
        b = c.browser(0.5)
        fields = [("sfzmhm", c.idcard()), ("dabh", c.digits(12)), ("xm", c.person()), ("captcha", c.alnum(4))]
        c.add(
            f,
            "license-points",
            "POST",
            "/jgfw/m/publicquery/scores",
            c.headers(b, accept=JQ_ACCEPT, ctype=JQ_FORM, referer=f"{base}/views/scorequery.html", xrw=True),
            qs(fields),
        )
    for _ in range(12):  # vehicle status and 检验有效期
        b = c.browser(0.5)
        hpzl = c.pick(list(HPZL))
        c.add(
            f,
            "vehicle-status",
            "GET",
            "/jgfw/m/publicquery/veh?"
            + qs([("hpzl", hpzl), ("hphm", plate(c, hpzl)), ("clsbdh", c.alnum(4, PLATE_CHARS))], axios),
            c.headers(b, accept=AXIOS_ACCEPT, referer=f"{base}/views/vehquery.html"),
        )
    for _ in range(10):  # 快处快赔: two parties, a location and photos already uploaded
        b = c.browser(0.95)
        lon, lat = _lonlat(c)
        doc = {
            "sgdd": c.pick(VIO_PLACES),
            "lng": lon,
            "lat": lat,
            "sgsj": f"{c.when():%Y-%m-%d %H:%M}",
            "parties": [
                {
                    "hpzl": "02",
                    "hphm": plate(c, "02"),
                    "jszh": c.idcard(),
                    "sjhm": c.mobile(),
                    "bxgs": c.pick(["中国人保", "平安产险", "太平洋产险", "国寿财险"]),
                }
                for _ in range(2)
            ],
            "zrlx": c.pick(["全责", "同责", "主责", "次责", "无责"]),
            "photos": [f"/upload/kckp/{c.when():%Y%m%d}/{c.hexs(16)}.jpg" for _ in range(c.num(3, 6))],
        }
        c.add(
            f,
            "quick-claim",
            "POST",
            "/jgfw/api/kckp/submit",
            c.headers(b, accept=AXIOS_ACCEPT, ctype=JSON_CT, referer=f"{base}/h5/kckp/index.html"),
            js_json(doc),
        )
    for _ in range(10):  # 互联网选号: the five characters a driver wants
        b = c.browser(0.5)
        fields = [
            ("glbm", "520100000400"),
            ("hpzl", c.pick(["02", "52"])),
            ("xhfs", c.pick(["zbxh", "50xuan1"])),
            ("hmqz", "贵" + c.pick(PLATE_LETTERS)),
            ("zdyhm", c.alnum(5, PLATE_CHARS)),
        ]
        c.add(
            f,
            "plate-select",
            "POST",
            "/jgfw/user/m/xh/check",
            c.headers(b, accept=JQ_ACCEPT, ctype=JQ_FORM, referer=f"{base}/views/xh.html", xrw=True),
            qs(fields),
        )
    for _ in range(8):  # the public 违法 处理 points map
        b = c.browser(0.7)
        lon, lat = _lonlat(c)
        c.add(
            f,
            "service-points",
            "GET",
            f"/jgfw/api/wdcx/list?lng={lon}&lat={lat}&type={c.pick(['clwf', 'jsz', 'all'])}&city=5201",
            c.headers(b, accept=AXIOS_ACCEPT, referer=f"{base}/views/wdcx.html"),
        )


# --- realestate-registry ---------------------------------------------------------------------------

BDC_PURPOSES = ["办理贷款", "子女入学", "诉讼", "落户", "交易核验", "继承公证", "个人查询"]


def cert_no(c: Corpus) -> str:
    """不动产权证书号 as printed: 黔(年份)市县不动产权第七位号."""
    kind = c.pick(["不动产权", "不动产权", "不动产证明"])
    place = c.pick(["贵阳市", "观山湖区", "清镇市", "遵义市", "花溪区"])
    return f"黔({c.num(2016, 2027)}){place}{kind}第{c.num(1, 999999):07d}号"


def unit_no(c: Corpus) -> str:
    """GB/T 37346 不动产单元号: 6 行政区划 + 6 地籍区/子区 + 2 宗地特征码 + 5 宗地号 + F + 8 定着物."""
    return (
        f"{c.pick(list(DISTRICTS))}{c.num(1, 20):03d}{c.num(1, 20):03d}{c.pick(['GB', 'JB', 'GC'])}"
        f"{c.num(1, 99999):05d}F{c.num(1, 9999):04d}{c.num(1, 9999):04d}"
    )


def house_addr(c: Corpus) -> str:
    road = c.pick(ROADS)
    return c.pick(
        [
            f"{c.pick(DISTRICT_NAMES)}{road}{c.num(1, 388)}号{c.pick(ESTATES)}{c.num(1, 30)}栋{c.num(1, 6)}单元"
            f"{c.num(1, 33)}{c.num(1, 8):02d}#",
            f"{c.pick(ESTATES)}{c.pick(['A', 'B', 'C', 'D'])}{c.num(1, 12)}-{c.num(1, 3)}-"
            f"{c.num(1, 33)}{c.num(1, 6):02d}",
            f"{road}{c.num(1, 388)}号{c.pick(ESTATES)}第{c.num(1, 20)}幢(-1){c.num(1, 3)}层{c.num(1, 200)}号车位",
            f"{c.pick(DISTRICT_NAMES)}{c.pick(ESTATES)}{c.num(1, 20)}号楼1-{c.num(1, 30)}-{c.num(1, 4)}号",
            f"{road}{c.num(1, 388)}号附{c.num(1, 9)}号{c.num(1, 3)}层商铺",
        ]
    )


@family("realestate-registry")
def realestate_registry(c: Corpus) -> None:
    f = "realestate-registry"
    base = f"{SITE}/bdc/wsbs"
    for _ in range(14):  # 权属 查询 by certificate number (the public 查验 page)
        b = c.browser(0.5)
        fields = [("bdcqzh", cert_no(c)), ("qlrmc", c.person()), ("yzm", c.alnum(4))]
        c.add(
            f,
            "cert-verify",
            "POST",
            "/bdc/wsbs/api/zscy",
            c.headers(b, accept=JQ_ACCEPT, ctype=JQ_FORM, referer=f"{base}/zscy.html", xrw=True),
            qs(fields),
        )
    for _ in range(14):  # by address as the owner types it
        b = c.browser(0.5)
        params = [("zl", house_addr(c)), ("qlrzjh", c.idcard()), ("cxlx", c.pick(["fw", "td", "cw"]))]
        c.add(
            f,
            "by-address",
            "GET",
            "/bdc/wsbs/api/fwcx?" + qs(params, axios),
            c.headers(
                b,
                accept=AXIOS_ACCEPT,
                referer=f"{base}/fwcx.html",
                extra={"Authorization": f"Bearer {c.b64(24, True)}.{c.b64(96, True)}.{c.b64(32, True)}"},
            ),
        )
    for _ in range(12):  # 不动产单元号 lookup
        b = c.browser(0.2)
        c.add(
            f,
            "unit-no",
            "GET",
            f"/bdc/wsbs/dyxx.html?bdcdyh={unit_no(c)}&from=zscx",
            c.headers(b, "nav", referer=f"{base}/zscx.html"),
        )
    for _ in range(14):  # 办件进度 by 受理编号
        b = c.browser(0.6)
        slbh = c.pick(
            [
                f"{c.num(2025, 2027)}-{c.num(1, 999999):07d}",
                f"{c.num(2025, 2027)}{c.digits(10)}",
                f"GY-{c.num(2025, 2027)}-ZY-{c.digits(5)}",
            ]
        )
        c.add(
            f,
            "progress",
            "GET",
            "/bdc/wsbs/bjjd.html?" + qs([("slbh", slbh), ("sqrxm", c.person())], form),
            c.headers(b, "nav", referer=f"{base}/index.html"),
        )
    for _ in range(12):  # 查封/抵押 状态 (JSON, 权利人 and 证件号)
        b = c.browser(0.3)
        doc = {
            "qlr": c.person(),
            "zjzl": c.pick(["1", "身份证"]),
            "zjh": c.idcard(),
            "cxfw": c.pick(["dy", "cf", "yy", "all"]),
            "bdcqzh": cert_no(c),
            "purpose": c.pick(BDC_PURPOSES),
        }
        c.add(
            f,
            "encumbrance",
            "POST",
            "/bdc/wsbs/api/qlzt/query",
            c.headers(b, accept=AXIOS_ACCEPT, ctype=JSON_CT, referer=f"{base}/qlzt.html"),
            js_json(doc),
        )
    for _ in range(12):  # 存量房 网签 合同 备案 check
        b = c.browser(0.4)
        fields = [
            ("htbh", c.pick([f"WQ{c.num(2025, 2027)}-{c.digits(6)}", f"GYCL{c.digits(10)}"])),
            ("mfxm", c.person()),
            ("cmfxm", c.person()),
            ("fwzl", house_addr(c)),
        ]
        c.add(
            f,
            "contract-check",
            "POST",
            "/bdc/jy/htba/check.do",
            c.headers(b, "nav", ctype=FORM, referer=f"{SITE}/bdc/jy/htba/index.do"),
            qs(fields, form),
        )
    for _ in range(12):  # 税费 试算
        b = c.browser(0.5)
        doc = {
            "fwmj": round(60 + c.rnd.random() * 140, 2),
            "jyjg": c.pick([580000, 1200000, 965000, 2300000]),
            "sfwy": c.pick([True, False]),
            "sfjtwyzf": c.pick([True, False]),
            "gmnx": c.pick(["不满2年", "满2年", "满5年"]),
            "fwlx": c.pick(["普通住房", "非普通住房", "商铺", "车位"]),
            "sfsc": c.pick(["首套", "二套"]),
        }
        c.add(
            f,
            "tax-calc",
            "POST",
            "/bdc/jy/api/sfjs",
            c.headers(b, accept=AXIOS_ACCEPT, ctype=JSON_CT, referer=f"{SITE}/bdc/jy/sfjs.html"),
            js_json(doc),
        )
    for _ in range(10):  # 查档 申请 with 查询目的 text
        b = c.browser(0.3)
        fields = [
            ("sqrxm", c.person()),
            ("sqrzjh", c.idcard()),
            ("lxdh", c.mobile()),
            ("cxmd", c.pick(BDC_PURPOSES)),
            ("cxnr", c.pick(["登记结果", "登记原始资料", "权属证明(有房/无房)"])),
            ("zl", house_addr(c)),
            (
                "bz",
                c.pick(
                    [
                        "",
                        "需加盖查询专用章，一式两份。",
                        "用于XX小学2027年秋季学期入学审核（学区房）。",
                        "委托人：" + c.person() + "（授权委托书见附件）",
                    ]
                ),
            ),
        ]
        c.add(
            f,
            "archive-apply",
            "POST",
            "/bdc/wsbs/api/cd/apply",
            c.headers(b, accept=JQ_ACCEPT, ctype=JQ_FORM, referer=f"{base}/cd.html", xrw=True),
            qs(fields),
        )


# --- proposal-search -------------------------------------------------------------------------------

PROPOSAL_TITLES = [
    "关于加快推进“15分钟便民生活圈”建设的建议",
    "关于进一步优化营商环境、降低企业制度性交易成本的提案",
    "关于加强农村饮用水安全保障的建议",
    "关于支持贵州茶产业高质量发展的提案",
    "关于将“一老一小”服务纳入民生实事的建议",
    "关于推动“东数西算”工程与本地产业深度融合的提案",
    "关于规范校外培训机构收费（预付费）管理的建议",
    "关于完善新就业形态劳动者权益保障的建议",
    "关于提高城乡居民基础养老金标准的提案",
    "关于加快G75兰海高速贵阳至遵义段扩容的建议",
    "关于加强少数民族非物质文化遗产（苗绣、蜡染）保护传承的提案",
    "关于解决老旧小区加装电梯“最后一公里”问题的建议",
]
PROPOSAL_TYPES = [
    "经济建设",
    "财政金融",
    "农业农村",
    "城乡建设",
    "教育科技",
    "文化旅游",
    "医疗卫生",
    "社会保障",
    "法制建设",
    "生态环境",
    "交通运输",
]
ORGANIZERS = [
    "省发展改革委",
    "省教育厅",
    "省财政厅",
    "省住房城乡建设厅",
    "省交通运输厅",
    "省农业农村厅",
    "省卫生健康委",
    "省人力资源社会保障厅",
    "省生态环境厅",
    "省文化和旅游厅",
    "省大数据局",
]


@family("proposal-search")
def proposal_search(c: Corpus) -> None:
    f = "proposal-search"
    rd, zx = f"{SITE}/rddb/jyba", f"{SITE}/zxta"
    for _ in range(16):  # the list page with filters (a GET form)
        b = c.browser(0.3)
        params = [
            ("jc", c.pick(["十四届", "十三届"])),
            ("cc", c.pick(["一次会议", "二次会议", "三次会议", "闭会期间", ""])),
            ("lb", c.pick([*PROPOSAL_TYPES, ""])),
            ("zbdw", c.pick([*ORGANIZERS, ""])),
            ("blzt", c.pick(["", "已办结", "办理中"])),
            ("page", c.num(1, 20)),
        ]
        c.add(
            f,
            "list",
            "GET",
            "/rddb/jyba/list.html?" + qs(params, form),
            c.headers(b, "nav", referer=f"{rd}/index.html"),
        )
    for _ in range(16):  # full-text search over titles and 答复 text
        b = c.browser(0.3)
        title = c.pick(PROPOSAL_TITLES)
        q = c.pick(
            [
                title,
                title[2:12],
                c.pick(
                    ["加装电梯", "养老金", "茶产业", "营商环境", "校外培训 收费", "“一老一小”", "东数西算", "苗绣 蜡染"]
                ),
                f"第{c.num(1, 999):04d}号",
            ]
        )
        fields = [
            ("keyword", q),
            ("field", c.pick(["title", "all", "dfnr"])),
            ("type", c.pick(["jy", "ta"])),
            ("pageNo", c.num(1, 4)),
            ("pageSize", 15),
        ]
        c.add(
            f,
            "fulltext",
            "POST",
            "/jyta/api/search",
            c.headers(b, accept=JQ_ACCEPT, ctype=JQ_FORM, referer=f"{SITE}/jyta/search.html", xrw=True),
            qs(fields),
        )
    for _ in range(14):  # one 建议 or 提案 and its 答复函
        b = c.browser(0.3)
        no = f"{c.num(1, 999):04d}"
        path = c.pick(
            [
                f"/rddb/jyba/{c.num(2023, 2027)}/{no}.html",
                f"/zxta/detail.html?tah={c.num(2023, 2027)}{no}",
                f"/rddb/jyba/detail?jyh=%E7%AC%AC{no}%E5%8F%B7&jc=14",
            ]
        )
        c.add(f, "detail", "GET", path, c.headers(b, "nav", referer=c.pick([f"{rd}/list.html", f"{zx}/list.html"])))
    for _ in range(12):  # 答复函 PDF (often an 扫描件)
        b = c.browser(0.3)
        org = c.pick(ORGANIZERS)
        meeting = c.pick(["十四届人大三次会议第", "政协十三届三次会议第"])
        name = f"{org}对省{meeting}{c.num(1, 999)}号{c.pick(['建议', '提案'])}的答复.pdf"
        c.add(
            f,
            "reply-pdf",
            "GET",
            f"/jyta/files/{c.num(2023, 2027)}/{uri(name)}",
            c.headers(b, "nav", referer=f"{zx}/detail.html?tah={c.num(2023, 2027)}{c.num(1, 999):04d}"),
        )
    for _ in range(12):  # 代表/委员 名录 by name or 界别
        b = c.browser(0.3)
        params = [
            ("xm", c.pick([c.person(), c.pick(SURNAMES), ""])),
            ("jb", c.pick(["", "中国共产党", "民革", "无党派人士", "经济界", "农业界", "科学技术界", "少数民族界"])),
            ("dbt", c.pick(["", "贵阳代表团", "遵义代表团", "黔东南代表团"])),
            ("page", c.num(1, 5)),
        ]
        c.add(
            f,
            "members",
            "GET",
            "/jyta/api/member/list?" + qs(params, axios),
            c.headers(b, accept=AXIOS_ACCEPT, referer=f"{SITE}/jyta/members.html"),
        )
    for _ in range(10):  # charts: by 承办单位 and 类别
        b = c.browser(0.1)
        doc = {
            "jc": "十四届",
            "cc": c.pick(["三次会议", "二次会议"]),
            "groupBy": c.pick(["zbdw", "lb", "blzt", "mydpj"]),
            "top": c.pick([10, 20]),
        }
        c.add(
            f,
            "stats",
            "POST",
            "/jyta/api/stats",
            c.headers(b, accept=AXIOS_ACCEPT, ctype=JSON_CT, referer=f"{SITE}/jyta/tj.html"),
            js_json(doc),
        )
    for _ in range(12):  # 提案线索 征集: the public proposes a topic
        b = c.browser(0.5)
        topic = c.pick(PROPOSAL_TITLES).replace("关于", "").replace("的建议", "").replace("的提案", "")
        text = c.pick(
            [
                f"{topic}。目前存在的问题：1.资金投入不足；2.部门职责交叉；3.群众知晓率低（不到30%）。建议：……",
                f"我是{c.pick(CITIES)}市的一名{c.pick(['教师', '社区工作者', '个体户', '退休职工'])}，希望{topic}，"
                "具体建议见附件。",
                f"关于“{topic}”，建议参考浙江、广东的做法，出台配套细则并明确牵头单位。",
            ]
        )
        fields = [
            ("title", topic),
            ("content", text),
            ("lb", c.pick(PROPOSAL_TYPES)),
            ("xm", c.person()),
            ("lxdh", c.mobile()),
            ("gk", c.pick(["1", "0"])),
        ]
        c.add(
            f,
            "clue-submit",
            "POST",
            "/zxta/api/xszj/submit",
            c.headers(b, accept=JQ_ACCEPT, ctype=JQ_FORM, referer=f"{zx}/xszj.html", xrw=True),
            qs(fields),
        )
    for _ in range(8):  # 满意度 not given here: only the 办理 status polling of a logged-in 代表
        b = c.browser(0.1)
        c.add(
            f,
            "status-poll",
            "GET",
            f"/jyta/api/my/status?jyh={c.num(1, 999)}&jc=14&_={c.ms()}",
            c.headers(
                b, accept=AXIOS_ACCEPT, referer=f"{SITE}/jyta/my.html", extra={"Authorization": f"Bearer {c.hexs(24)}"}
            ),
        )


# --- es-query --------------------------------------------------------------------------------------

ES_TERMS = [
    "减税降费",
    "营商环境",
    "乡村振兴",
    "稳就业",
    "公积金",
    "医保报销",
    "学位 申请",
    "人才引进",
    "大数据",
    "以旧换新 补贴",
    "高温 预警",
    "社保卡",
    "个体工商户",
    "营业执照 注销",
]
ES_INDEXES = ["gov_news", "gov_policy", "gov_service", "gov_*", "zwgk-2027.*"]
LUCENE = [
    'title:({a} AND {b}) OR content:"{a}"',
    'title:"{a}" AND siteId:520000',
    "{a} AND NOT {b}",
    'content:"{a}"~3',
    "title:{a}* AND pubDate:[2025-01-01 TO *]",
    "(title:{a} OR title:{b}) AND docType:(policy OR interpretation)",
    "title:{a}^2 content:{b}",
    "+{a} -{b}",
    "pubDate:[now-30d/d TO now] AND channel:tzgg",
]


def _es_body(c: Corpus) -> dict:
    a = c.pick(ES_TERMS)
    must: list = [
        c.pick(
            [
                {
                    "multi_match": {
                        "query": a,
                        "fields": ["title^3", "summary^2", "content"],
                        "type": "best_fields",
                        "operator": c.pick(["and", "or"]),
                    }
                },
                {"match_phrase": {"title": {"query": a, "slop": 2}}},
                {
                    "query_string": {
                        "query": c.pick(LUCENE).format(a=a.split()[0], b=c.pick(ES_TERMS).split()[0]),
                        "default_field": "content",
                        "default_operator": "AND",
                    }
                },
                {
                    "simple_query_string": {
                        "query": f'"{a}" +{c.pick(ES_TERMS).split()[0]}',
                        "fields": ["title", "content"],
                    }
                },
            ]
        )
    ]
    flt: list = [{"term": {"siteId": c.pick(["520000", "520100", "520300"])}}]
    if c.chance(0.6):
        flt.append(
            {
                "range": {
                    "pubDate": {
                        "gte": c.pick(["now-1y/d", "now-30d/d", "2025-01-01"]),
                        "lte": "now/d",
                        "format": "yyyy-MM-dd||epoch_millis",
                    }
                }
            }
        )
    if c.chance(0.4):
        flt.append({"terms": {"channel": c.sample(["tzgg", "zcwj", "zcjd", "xwfb", "bmdt"], 2)}})
    body: dict = {"query": {"bool": {"must": must, "filter": flt}}, "from": c.pick([0, 10, 20, 40]), "size": 10}
    if c.chance(0.4):
        body["query"]["bool"]["should"] = [{"term": {"isTop": {"value": True, "boost": 5}}}]
        body["query"]["bool"]["minimum_should_match"] = 0
    body["sort"] = c.pick([["_score", {"pubDate": "desc"}], [{"pubDate": {"order": "desc"}}], ["_score"]])
    body["highlight"] = {
        "pre_tags": [c.pick(["<em>", '<em class="hl">', '<span class="highlight">', "<font color='red'>"])],
        "post_tags": [c.pick(["</em>", "</span>", "</font>"])],
        "fields": {"title": {"number_of_fragments": 0}, "content": {"fragment_size": 150, "number_of_fragments": 2}},
    }
    body["_source"] = ["title", "url", "pubDate", "summary", "channel"]
    if c.chance(0.2):
        body["search_after"] = [round(c.rnd.random() * 20, 6), c.ms()]
        body["from"] = 0
    return body


@family("es-query")
def es_query(c: Corpus) -> None:
    f = "es-query"
    search = f"{SITE}/search/index.html"
    for _ in range(22):  # the search page posts a query DSL body to the proxy
        b = c.browser(0.35)
        c.add(
            f,
            "dsl-search",
            "POST",
            f"/es/{c.pick(ES_INDEXES)}/_search",
            c.headers(b, accept=AXIOS_ACCEPT, ctype=AXIOS_JSON, referer=search),
            js_json(_es_body(c)),
        )
    for _ in range(14):  # facets: terms and date_histogram aggregations
        b = c.browser(0.2)
        a = c.pick(ES_TERMS)
        body = {
            "size": 0,
            "query": {"match": {"content": {"query": a, "operator": "and"}}},
            "aggs": {
                "by_channel": {"terms": {"field": "channel", "size": 20}},
                "by_dept": {"terms": {"field": "dept.keyword", "size": 30, "order": {"_count": "desc"}}},
                "by_month": {
                    "date_histogram": {
                        "field": "pubDate",
                        "calendar_interval": "month",
                        "format": "yyyy-MM",
                        "min_doc_count": 0,
                    }
                },
            },
        }
        if c.chance(0.4):
            body["aggs"]["by_type"] = {
                "filters": {
                    "filters": {
                        "政策文件": {"term": {"docType": "policy"}},
                        "解读": {"term": {"docType": "interpretation"}},
                    }
                }
            }
        c.add(
            f,
            "aggs",
            "POST",
            "/es/gov_news/_search",
            c.headers(b, accept=AXIOS_ACCEPT, ctype=AXIOS_JSON, referer=search),
            js_json(body),
        )
    for _ in range(18):  # URI search: the Lucene query string in q=
        b = c.browser(0.35)
        a, bb = c.pick(ES_TERMS).split()[0], c.pick(ES_TERMS).split()[0]
        params = [
            ("q", c.pick(LUCENE).format(a=a, b=bb)),
            ("from", c.pick([0, 10, 20])),
            ("size", 10),
            ("sort", c.pick(["pubDate:desc", "_score:desc"])),
        ]
        if c.chance(0.5):
            params.append(("df", "content"))
        if c.chance(0.3):
            params.append(("default_operator", "AND"))
        c.add(
            f,
            "lucene-q",
            "GET",
            f"/es/{c.pick(ES_INDEXES)}/_search?" + qs(params, c.pick([uri, form, axios])),
            c.headers(b, accept=AXIOS_ACCEPT, referer=search),
        )
    for _ in range(12):  # _msearch: one NDJSON body for the result list and the tab counts
        b = c.browser(0.2)
        lines = []
        for idx in c.sample(["gov_news", "gov_policy", "gov_service", "gov_faq"], c.num(2, 4)):
            lines += [js_json({"index": idx}), js_json(_es_body(c))]
        c.add(
            f,
            "msearch",
            "POST",
            "/es/_msearch",
            c.headers(b, accept=AXIOS_ACCEPT, ctype="application/x-ndjson", referer=search),
            "\n".join(lines) + "\n",
        )
    for _ in range(12):  # completion suggester while typing
        b = c.browser(0.5)
        prefix = c.pick(ES_TERMS)[: c.num(1, 3)]
        body = {
            "suggest": {
                "title-suggest": {
                    "prefix": prefix,
                    "completion": {
                        "field": "suggest",
                        "size": 8,
                        "skip_duplicates": True,
                        "fuzzy": {"fuzziness": c.pick(["AUTO", 1])},
                    },
                }
            },
            "_source": False,
        }
        c.add(
            f,
            "suggest",
            "POST",
            "/es/gov_news/_search",
            c.headers(b, accept=AXIOS_ACCEPT, ctype=AXIOS_JSON, referer=search),
            js_json(body),
        )
    for _ in range(10):  # counts for the tabs (GET _count with q)
        b = c.browser(0.35)
        a = c.pick(ES_TERMS).split()[0]
        c.add(
            f,
            "count",
            "GET",
            f"/es/{c.pick(ES_INDEXES)}/_count?q={uri('title:' + a + ' OR content:' + a)}",
            c.headers(b, accept=AXIOS_ACCEPT, referer=search),
        )
    for _ in range(8):  # export pages with scroll
        b = c.browser(0.0)
        body = c.pick(
            [
                {"scroll": "1m", "scroll_id": "FGluY2x1ZGVfY29udGV4dF91dWlkDXF1ZXJ5QW5kRmV0Y2gBFk" + c.b64(40)},
                {"scroll": "2m", "scroll_id": "DXF1ZXJ5QW5kRmV0Y2gBAAAAAAAA" + c.b64(30)},
            ]
        )
        c.add(
            f,
            "scroll",
            "POST",
            "/es/_search/scroll",
            c.headers(b, accept=AXIOS_ACCEPT, ctype=AXIOS_JSON, referer=f"{SITE}/search/export.html"),
            js_json(body),
        )
    for _ in range(8):  # a page-size JSON sent as text/plain by the old search page (no preflight)
        b = c.browser(0.3)
        c.add(
            f,
            "dsl-text",
            "POST",
            "/es/gov_policy/_search",
            c.headers(b, accept="*/*", ctype="text/plain;charset=UTF-8", referer=search),
            js_json(_es_body(c)),
        )


# --- form-builder ----------------------------------------------------------------------------------

RX_MOBILE = r"^1[3-9]\d{9}$"
RX_IDCARD = r"^[1-9]\d{5}(18|19|20)\d{2}((0[1-9])|(1[0-2]))(([0-2][1-9])|10|20|30|31)\d{3}[0-9Xx]$"
RX_EMAIL = r"^[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\.[a-zA-Z]{2,}$"
RX_POST = r"^[1-9]\d{5}$"
RX_USCC = r"^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$"
RX_PLATE = (
    r"^[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z][A-HJ-NP-Z0-9]{4,5}"
    r"[A-HJ-NP-Z0-9挂学警港澳]$"
)
FORM_TITLES = [
    "2027年“多彩贵州”文化志愿者报名表",
    "优化营商环境问卷（企业版）",
    "政府开放日活动预约登记",
    "老旧小区改造意见征求表",
    "第三届数字政府创新大赛报名",
    "《条例（草案）》逐条意见反馈表",
]


def _component(c: Corpus, key: str) -> dict:
    kinds = {
        "name": {"type": "textfield", "label": "姓名", "validate": {"required": True, "maxLength": 20}},
        "mobile": {
            "type": "phoneNumber",
            "label": "手机号码",
            "inputMask": "",
            "validate": {"required": True, "pattern": RX_MOBILE, "customMessage": "请输入正确的手机号码"},
        },
        "idcard": {"type": "textfield", "label": "身份证号", "validate": {"pattern": RX_IDCARD}},
        "email": {"type": "email", "label": "电子邮箱", "validate": {"pattern": RX_EMAIL}},
        "postcode": {"type": "textfield", "label": "邮政编码", "validate": {"pattern": RX_POST}},
        "uscc": {
            "type": "textfield",
            "label": "统一社会信用代码",
            "validate": {"pattern": RX_USCC, "minLength": 18, "maxLength": 18},
        },
        "plate": {"type": "textfield", "label": "车牌号", "validate": {"pattern": RX_PLATE}},
        "type": {
            "type": "radio",
            "label": "身份",
            "values": [{"label": "个人", "value": "person"}, {"label": "企业", "value": "company"}],
        },
        "company": {
            "type": "textfield",
            "label": "单位名称",
            "conditional": {"show": True, "when": "type", "eq": "company"},
        },
        "age": {"type": "number", "label": "年龄", "validate": {"min": 18, "max": 70}},
        "remark": {"type": "textarea", "label": "意见建议", "validate": {"maxLength": 500}},
        "agree": {"type": "checkbox", "label": "我已阅读并同意《个人信息保护说明》", "validate": {"required": True}},
    }
    comp = {"key": key, "input": True, "tableView": True, **kinds[key]}
    if key == "company" and c.chance(0.3):
        comp["customConditional"] = "show = data.type === 'company';"
    if key == "age" and c.chance(0.3):
        comp["validate"]["custom"] = "valid = (input >= 18 && input <= 70) ? true : '年龄须在18至70周岁之间';"
    return comp


def _answers(c: Corpus, keys: Sequence[str]) -> dict:
    vals = {
        "name": c.person(),
        "mobile": c.mobile(),
        "idcard": c.idcard(),
        "email": f"{c.alnum(7, 'abcdefghijklmnopqrstuvwxyz')}{c.num(1, 99)}@{c.pick(['qq.com', '163.com', '126.com'])}",
        "postcode": f"5{c.num(50000, 59999)}",
        "uscc": uscc(c),
        "plate": plate_simple(c),
        "type": c.pick(["person", "company"]),
        "company": company(c),
        "age": c.num(18, 70),
        "remark": c.pick(FORM_REMARKS),
        "agree": True,
    }
    return {k: vals[k] for k in keys}


FORM_REMARKS = [
    "无",
    "希望周末也能开放预约。",
    "建议第5条中“原则上”改为“应当”，表述更明确。",
    "停车位不足（早高峰8:00-9:00尤其紧张），建议错峰。",
    "能否提供线上直播？谢谢！",
    "已提交纸质版，此处补充电子版：详见附件1、附件2。",
]


def plate_simple(c: Corpus) -> str:
    return "贵" + c.pick("ABCDEFGHJ") + c.alnum(5, "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ")


@family("form-builder")
def form_builder(c: Corpus) -> None:
    f = "form-builder"
    admin = f"{SITE}/form/admin/builder"
    keysets = [
        ["name", "mobile", "idcard", "agree"],
        ["type", "company", "uscc", "name", "mobile", "email"],
        ["name", "age", "mobile", "postcode", "remark", "agree"],
        ["name", "plate", "mobile", "remark"],
    ]
    for _ in range(14):  # the builder saves a form definition (Form.io JSON)
        b = c.browser(0.0)
        keys = c.pick(keysets)
        doc = {
            "title": c.pick(FORM_TITLES),
            "name": f"form{c.hexs(4)}",
            "path": f"bm{c.num(100, 999)}",
            "type": "form",
            "display": c.pick(["form", "wizard"]),
            "tags": ["公开征集"],
            "components": [
                *[_component(c, k) for k in keys],
                {"type": "button", "action": "submit", "label": "提交", "key": "submit"},
            ],
            "settings": {"recaptcha": {"isEnabled": False}, "confirm": "提交成功，感谢您的参与！"},
        }
        c.add(
            f,
            "schema-save",
            "POST",
            "/form/api/form",
            c.headers(
                b,
                accept=AXIOS_ACCEPT,
                ctype=AXIOS_JSON,
                referer=admin,
                extra={"x-jwt-token": ".".join([c.b64(26, True), c.b64(140, True), c.b64(32, True)])},
            ),
            js_json(doc),
        )
    for _ in range(20):  # the public fills it in (submission with Form.io metadata)
        b = c.browser(0.55)
        keys = c.pick(keysets)
        form_id = c.hexs(12)
        doc = {
            "data": {**_answers(c, keys), "submit": True},
            "metadata": {
                "timezone": "Asia/Shanghai",
                "offset": 480,
                "origin": SITE,
                "referrer": c.pick(["", c.article()]),
                "browserName": "Netscape",
                "userAgent": b.ua,
                "pathName": f"/form/{form_id}",
                "onLine": True,
            },
            "state": c.pick(["submitted", "submitted", "draft"]),
        }
        c.add(
            f,
            "submission",
            "POST",
            f"/form/api/form/{form_id}/submission",
            c.headers(b, accept=AXIOS_ACCEPT, ctype=AXIOS_JSON, referer=f"{SITE}/form/{form_id}"),
            js_json(doc),
        )
    for _ in range(14):  # loading a form to render it
        b = c.browser(0.55)
        c.add(
            f,
            "form-load",
            "GET",
            c.pick(
                [
                    f"/form/api/form/{c.hexs(12)}",
                    f"/form/api/bm{c.num(100, 999)}?live=1",
                    f"/form/api/form/{c.hexs(12)}?full=true",
                ]
            ),
            c.headers(b, accept=AXIOS_ACCEPT, referer=f"{SITE}/form/{c.hexs(12)}"),
        )
    for _ in range(12):  # async uniqueness/validity checks on blur
        b = c.browser(0.55)
        field, value = c.pick(
            [
                ("mobile", c.mobile()),
                ("idcard", c.idcard()),
                ("uscc", uscc(c)),
                ("email", f"{c.alnum(6, 'abcdefghijklmnopqrstuvwxyz')}@163.com"),
            ]
        )
        c.add(
            f,
            "validate-field",
            "POST",
            f"/form/api/form/{c.hexs(12)}/validate",
            c.headers(b, accept=AXIOS_ACCEPT, ctype=AXIOS_JSON, referer=f"{SITE}/form/{c.hexs(12)}"),
            js_json({"field": field, "value": value, "unique": True}),
        )
    for _ in range(12):  # logic rules saved as JSONLogic
        b = c.browser(0.0)
        rule = c.pick(
            [
                {"if": [{"and": [{"==": [{"var": "q3"}, "是"]}, {">=": [{"var": "age"}, 18]}]}, "show", "hide"]},
                {"in": [{"var": "district"}, list(DISTRICTS.values())[:5]]},
                {"or": [{"==": [{"var": "type"}, "company"]}, {"!!": [{"var": "uscc"}]}]},
                {"<=": [0, {"var": "score"}, 100]},
                {"if": [{">": [{"var": "people"}, 3]}, "需填写随行人员名单", ""]},
            ]
        )
        doc = {
            "formId": c.hexs(12),
            "target": c.pick(["q4", "company", "companions", "remark"]),
            "rule": rule,
            "action": c.pick(["show", "require", "setValue"]),
        }
        c.add(
            f,
            "logic-rules",
            "POST",
            "/form/api/logic",
            c.headers(b, accept=AXIOS_ACCEPT, ctype=AXIOS_JSON, referer=admin),
            js_json(doc),
        )
    for _ in range(14):  # 金数据/表单大师-style forms: bracketed urlencoded fields
        b = c.browser(0.6)
        fields = [
            ("utf8", "✓"),
            ("authenticity_token", c.b64(64)),
            ("entry[field_1]", c.person()),
            ("entry[field_2]", c.mobile()),
            ("entry[field_3][]", c.pick(["上午场", "下午场"])),
            ("entry[field_3][]", c.pick(["需要停车位", "携带儿童"])),
            ("entry[field_4]", c.pick(FORM_REMARKS)),
            ("entry[field_5][province]", "贵州省"),
            ("entry[field_5][city]", c.pick(CITIES) + "市"),
            ("entry[field_5][district]", c.pick(DISTRICT_NAMES)),
            ("entry[field_5][street]", f"{c.pick(ROADS)}{c.num(1, 300)}号"),
        ]
        c.add(
            f,
            "bracket-form",
            "POST",
            f"/f/{c.alnum(6)}",
            c.headers(b, "nav", ctype=FORM, referer=f"{SITE}/f/{c.alnum(6)}"),
            qs(fields, form),
        )
    for _ in range(10):  # the admin filters submissions (Form.io query syntax)
        b = c.browser(0.0)
        params = c.pick(
            [
                [("data.name__regex", f"/^{c.pick(SURNAMES)}/i"), ("limit", 25), ("skip", 0), ("sort", "-created")],
                [("created__gte", f"{c.when():%Y-%m-%d}T00:00:00+08:00"), ("state", "submitted"), ("limit", 100)],
                [("data.type", "company"), ("select", "data.company,data.uscc,created"), ("limit", 50)],
                [("data.age__gte", 18), ("data.age__lte", 35), ("sort", "data.age")],
            ]
        )
        c.add(
            f,
            "submission-query",
            "GET",
            f"/form/api/form/{c.hexs(12)}/submission?" + qs(params, uri),
            c.headers(
                b,
                accept=AXIOS_ACCEPT,
                referer=f"{SITE}/form/admin/data",
                extra={"x-jwt-token": ".".join([c.b64(26, True), c.b64(140, True), c.b64(32, True)])},
            ),
        )
    for _ in range(8):  # a file field: uploaded before the submission
        b = c.browser(0.4)
        name = c.pick(["身份证复印件.pdf", "营业执照.png", "作品说明（第1稿）.pdf", "授权委托书.png"])
        ctype = "application/pdf" if name.endswith(".pdf") else "image/png"
        content = pdf_head(c, c.num(300, 1200)) if ctype == "application/pdf" else png(c, c.num(300, 1200))
        ct, body = c.multipart(b, [("name", name), ("dir", f"form/{c.hexs(6)}/"), ("file", (name, ctype, content))])
        c.add(
            f,
            "file-field",
            "POST",
            "/form/api/storage/upload",
            c.headers(b, accept=AXIOS_ACCEPT, ctype=ct, referer=f"{SITE}/form/{c.hexs(12)}"),
            body,
        )


# --- pdfjs-viewer ----------------------------------------------------------------------------------

PDF_NAMES = [
    "2027年省级部门预算公开说明.pdf",
    "关于公布第一批省级非物质文化遗产代表性项目名录的通知.pdf",
    "附件：申报材料清单（2027版）.pdf",
    "贵州省国土空间总体规划（2021—2035年）.pdf",
    "政府工作报告 全文.pdf",
    "招聘岗位表#1.pdf",
    "a.pdf",
    "zcjd_2027_015.pdf",
]
PDFJS_ASSETS = [
    "build/pdf.mjs",
    "build/pdf.worker.mjs",
    "build/pdf.sandbox.mjs",
    "web/viewer.mjs",
    "web/viewer.css",
    "web/cmaps/UniGB-UCS2-H.bcmap",
    "web/cmaps/Adobe-GB1-UCS2.bcmap",
    "web/cmaps/GBK-EUC-H.bcmap",
    "web/standard_fonts/FoxitSerif.pfb",
    "web/standard_fonts/FoxitSans.pfb",
    "web/locale/zh-CN/viewer.ftl",
    "web/locale/locale.json",
    "web/images/loading-icon.gif",
    "web/wasm/openjpeg.wasm",
]


def _pdf_path(c: Corpus) -> str:
    d = c.when()
    return c.pick(
        [
            f"/upload/{d:%Y}/{d:%m}/{c.hexs(8)}.pdf",
            f"/attach/{d:%Y%m}/{uri(c.pick(PDF_NAMES))}",
            f"/zwgk/attachment/{d:%Y%m%d}/{c.num(10000, 99999)}.pdf",
            f"/u/cms/www/{d:%Y%m}/{d:%d%H%M%S}{c.digits(4)}.pdf",
        ]
    )


def _viewer_base(c: Corpus) -> str:
    return c.pick(
        [
            "/static/pdfjs/web/viewer.html",
            "/pdfjs/web/viewer.html",
            "/plugins/pdfjs-4.10/web/viewer.html",
            "/js/pdf/web/viewer.html",
        ]
    )


@family("pdfjs-viewer")
def pdfjs_viewer(c: Corpus) -> None:
    f = "pdfjs-viewer"
    for _ in range(20):  # the viewer page with file= an encoded site path (the #page= part stays in the browser)
        b = c.browser(0.35)
        extra = c.pick(["", "", "&locale=zh-CN", f"&_t={c.ms()}"])
        c.add(
            f,
            "viewer",
            "GET",
            f"{_viewer_base(c)}?file={uri(_pdf_path(c))}{extra}",
            c.headers(b, "nav", referer=c.article()),
        )
    for _ in range(12):  # file= an absolute URL (the CMS writes the full address)
        b = c.browser(0.35)
        c.add(
            f,
            "viewer-absolute",
            "GET",
            f"{_viewer_base(c)}?file={uri(SITE + _pdf_path(c))}",
            c.headers(b, "nav", referer=c.article()),
        )
    for _ in range(14):  # file= a download API with its own query (double encoding)
        b = c.browser(0.35)
        inner = c.pick(
            [
                f"/api/file/preview?fileId={c.hexs(12)}&token={c.hexs(16)}",
                f"/attachment/download?id={c.num(1000, 99999)}&name={uri(c.pick(PDF_NAMES))}",
                f"/common/download.do?path={uri(_pdf_path(c))}&inline=true",
            ]
        )
        c.add(
            f,
            "viewer-api-file",
            "GET",
            f"{_viewer_base(c)}?file={uri(inner)}",
            c.headers(b, "nav", referer=c.article()),
        )
    for _ in range(12):  # the document's first fetch (no range yet)
        b = c.browser(0.35)
        c.add(
            f,
            "pdf-first",
            "GET",
            _pdf_path(c),
            c.headers(b, accept="*/*", referer=SITE + _viewer_base(c) + "?file=x", cookie=c.chance(0.4)),
        )
    for _ in range(22):  # range requests once the server said Accept-Ranges (64 KiB chunks by default)
        b = c.browser(0.35)
        start = c.num(0, 300) * 65536
        h = c.headers(
            b,
            accept="*/*",
            referer=f"{SITE}{_viewer_base(c)}?file=%2Fupload%2Fa.pdf",
            cookie=False,
            extra={"Range": f"bytes={start}-{start + c.pick([65535, 131071, 524287])}"},
        )
        if c.chance(0.3):
            h["If-Range"] = c.pick([f'"{c.hexs(4)}-{c.hexs(6)}"', "Tue, 09 Mar 2027 02:11:45 GMT"])
        c.add(f, "range", "GET", _pdf_path(c), h)
    for _ in range(14):  # the viewer's own files: worker, cmaps for Chinese fonts, locale
        b = c.browser(0.35)
        asset = c.pick(PDFJS_ASSETS)
        base = _viewer_base(c).rsplit("/web/", 1)[0]
        kind_accept = "*/*"
        c.add(
            f,
            "assets",
            "GET",
            f"{base}/{asset}" + c.pick(["", "", "?v=4.10.38"]),
            c.headers(b, accept=kind_accept, referer=f"{SITE}{_viewer_base(c)}?file={uri(_pdf_path(c))}"),
        )
    for _ in range(10):  # a same-origin proxy for PDFs on other government hosts
        b = c.browser(0.35)
        other = c.pick(
            [
                "https://www.gov.cn/zhengce/pdfFile/2027_PDF.pdf",
                "https://www.guizhou.gov.cn/zwgk/zcfg/szfwj/202703/P020270315123456789012.pdf",
                "http://rst.guizhou.gov.cn/u/cms/2027/03/a.pdf",
                "https://www.ndrc.gov.cn/xxgk/zcfb/tz/202703/P020270301.pdf",
            ]
        )
        c.add(
            f,
            "proxy",
            "GET",
            f"/pdfproxy?url={uri(other)}",
            c.headers(b, accept="*/*", referer=f"{SITE}{_viewer_base(c)}"),
        )


# --- weather-aqi -----------------------------------------------------------------------------------

WX_LOCATIONS = {
    "101260101": "贵阳",
    "101260201": "遵义",
    "101260301": "安顺",
    "101260501": "凯里",
    "101260401": "都匀",
    "101260601": "铜仁",
    "101260701": "毕节",
    "101260801": "六盘水",
}
AQI_CITIES = {
    "520100": "贵阳市",
    "520300": "遵义市",
    "520200": "六盘水市",
    "520400": "安顺市",
    "520500": "毕节市",
    "520600": "铜仁市",
    "522600": "黔东南州",
    "522700": "黔南州",
    "522300": "黔西南州",
}
STATIONS = ["市监测站", "鉴湖路", "新华路", "太慈桥", "马鞍山", "红边门", "桐木岭", "燕子冲", "中院村", "碧云窝"]
WARNINGS = ["暴雨", "雷电", "大风", "冰雹", "高温", "道路结冰", "大雾", "寒潮", "干旱", "凝冻"]
LEVELS = ["蓝色", "黄色", "橙色", "红色"]


@family("weather-aqi")
def weather_aqi(c: Corpus) -> None:
    f = "weather-aqi"
    page = f"{SITE}/bmfw/tqyb/index.html"
    for _ in range(14):  # current weather for the portal's header widget
        b = c.browser(0.45)
        params = [
            ("location", c.pick([c.pick(list(WX_LOCATIONS)), f"{_lonlat(c)[0]:.2f},{_lonlat(c)[1]:.2f}"])),
            ("lang", "zh"),
            ("unit", "m"),
        ]
        c.add(
            f,
            "now",
            "GET",
            "/weather/v7/weather/now?" + qs(params, uri),
            c.headers(b, accept=AXIOS_ACCEPT, referer=f"{SITE}/"),
        )
    for _ in range(12):  # 7/15-day forecast
        b = c.browser(0.45)
        c.add(
            f,
            "forecast",
            "GET",
            f"/weather/v7/weather/{c.pick(['3d', '7d', '15d', '24h'])}?location={c.pick(list(WX_LOCATIONS))}"
            f"&lang=zh&gzip=n",
            c.headers(b, accept=AXIOS_ACCEPT, referer=page),
        )
    for _ in range(12):  # city lookup by name (the search box)
        b = c.browser(0.45)
        name = c.pick([*WX_LOCATIONS.values(), "花溪", "清镇", "西江千户苗寨", "荔波", "梵净山", "Guiyang"])
        c.add(
            f,
            "geo-lookup",
            "GET",
            "/weather/geo/v2/city/lookup?"
            + qs([("location", name), ("adm", "贵州"), ("range", "cn"), ("number", 10)], uri),
            c.headers(b, accept=AXIOS_ACCEPT, referer=page),
        )
    for _ in range(12):  # 预警 list and one warning's text
        b = c.browser(0.45)
        if c.chance(0.5):
            path = f"/weather/v7/warning/now?location={c.pick(list(WX_LOCATIONS))}&lang=zh"
        else:
            w, lv = c.pick(WARNINGS), c.pick(LEVELS)
            path = "/qxt/yjxh/detail.html?" + qs(
                [
                    ("title", f"{c.pick(CITIES)}市气象台发布{w}{lv}预警信号"),
                    ("id", f"{c.pick(list(AQI_CITIES))}041600{c.when():%Y%m%d%H%M%S}"),
                    ("type", f"{w}{lv}"),
                ],
                form,
            )
        c.add(f, "warning", "GET", path, c.headers(b, accept=AXIOS_ACCEPT, referer=page))
    for _ in range(14):  # AQI: a city's hourly values (time with a space and colons)
        b = c.browser(0.3)
        t = c.when()
        params = [
            ("cityCode", c.pick(list(AQI_CITIES))),
            ("time", f"{t:%Y-%m-%d %H}:00:00"),
            ("pollutants", c.pick(["AQI,PM2.5,PM10,O3_8h,SO2,NO2,CO", "PM2.5", "AQI"])),
        ]
        c.add(
            f,
            "aqi-hourly",
            "GET",
            "/sthjt/aqi/api/city/hourly?" + qs(params, c.pick([jq, axios])),
            c.headers(b, accept=JQ_ACCEPT, referer=f"{SITE}/sthjt/aqi/index.html", xrw=True),
        )
    for _ in range(12):  # station data (form POST from the old ASP.NET page)
        b = c.browser(0.1)
        t = c.when()
        fields = [
            ("__VIEWSTATE", c.b64(c.num(60, 200))),
            ("__EVENTVALIDATION", c.b64(40)),
            ("ddlCity", c.pick(list(AQI_CITIES.values()))),
            ("ddlStation", c.pick(STATIONS)),
            ("txtStart", f"{t:%Y-%m-%d}"),
            ("txtEnd", f"{t:%Y-%m-%d}"),
            ("btnQuery", "查 询"),
        ]
        c.add(
            f,
            "station-form",
            "POST",
            "/sthjt/aqi/StationData.aspx",
            c.headers(b, "nav", ctype=FORM, referer=f"{SITE}/sthjt/aqi/StationData.aspx"),
            qs(fields, form),
        )
    for _ in range(10):  # 168 城市 / 省内 排名 (JSON)
        b = c.browser(0.3)
        doc = {
            "type": c.pick(["day", "month", "year", "realtime"]),
            "date": f"{c.when():%Y-%m-%d}",
            "scope": c.pick(["province", "168"]),
            "orderBy": c.pick(["AQI", "综合指数", "PM2.5"]),
            "order": c.pick(["asc", "desc"]),
        }
        c.add(
            f,
            "ranking",
            "POST",
            "/sthjt/aqi/api/rank",
            c.headers(b, accept=AXIOS_ACCEPT, ctype=JSON_CT, referer=f"{SITE}/sthjt/aqi/rank.html"),
            js_json(doc),
        )
    for _ in range(8):  # history export (CSV)
        b = c.browser(0.0)
        y = c.num(2024, 2026)
        params = [
            ("cityCode", c.pick(list(AQI_CITIES))),
            ("start", f"{y}-01-01"),
            ("end", f"{y}-12-31"),
            ("fields", "date,aqi,level,pm25,pm10,o3_8h,so2,no2,co"),
            ("format", "csv"),
        ]
        c.add(
            f,
            "export-csv",
            "GET",
            "/sthjt/aqi/api/history/export?" + qs(params, uri),
            c.headers(b, "nav", referer=f"{SITE}/sthjt/aqi/history.html"),
        )
    for _ in range(10):  # radar and satellite images (timestamped file names)
        b = c.browser(0.45)
        t = c.when().astimezone(UTC)
        name = c.pick(
            [
                f"Z_RADR_I_Z9851_{t:%Y%m%d%H%M}00_P_DOR_SA_R_10_230_15.851.png",
                f"SEVP_NSMC_WXBL_FY4B_ETCC_ACHN_LNO_PY_{t:%Y%m%d%H%M}00000.JPG",
                f"radar/{t:%Y%m%d}/{t:%H%M}.png",
            ]
        )
        c.add(
            f,
            "radar-image",
            "GET",
            f"/qxt/product/{name}",
            c.headers(
                b,
                "img",
                accept="image/avif,image/webp,image/apng,image/svg+xml,image/*,*/*;q=0.8",
                referer=f"{SITE}/qxt/ldt.html",
                cookie=False,
            ),
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
