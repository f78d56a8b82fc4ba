"""Generate corpus C: a THIRD set of ordinary requests to Chinese government sites, independent of A and B.

    python tests/waf/data/gen_cms_corpus_c.py   # writes cms_c_tuning.jsonl and cms_c_heldout.jsonl next to it

Why a third corpus: after tuning on A and B the strict profile (paranoia 2) still refuses ordinary
requests of shapes neither tuning part has an example of (docs/waf.md, "Corpus B"). Corpus C covers
kinds of traffic government sites receive that neither A nor B has: 智能问答 chat widgets (JSON, SSE),
政务服务"好差评" evaluations, 网上预约 booking, 无障碍/适老化 toolbars, 天地图 tiles and OGC map
services, 政府采购/公共资源交易 search, 信用中国 and 双公示 queries, 国家法律法规数据库 search, 意见征集
comments on draft regulations, slider/click CAPTCHAs, single-page front ends of 站群 content APIs
(REST with JSON:API-style parameters, GraphQL, CORS preflights), 新闻发布会 video (HLS, Range), PDF/OFD
preview viewers, WeChat share hops and JS-SDK signing, and search-engine crawlers. ``SOURCES`` names the
public material each family's URL patterns, parameters, cookies and bodies come from; values are
generated deterministically (``SEED``); HOST is a placeholder the evaluation replaces.

Every request carries ``family``, ``shape``, ``source`` and ``label`` = family/shape, and has the JSONL
shape of corpora A and B (method, path, headers, body or body_b64).

THE SPLIT, decided and written down here before the corpus was generated and before anything was
evaluated (no WAF result on C was seen by its author; docs/waf.md, held-out discipline):
  1. Whole families held out: the three families whose sha256("corpus-c/<family>") hex digests sort
     first. No tuning may see them.
  2. In every other family, a (family, shape) group is held out when sha256("corpus-c/<family>/<shape>")
     has a first byte divisible by 4.
  3. Everything else is the tuning part. Made once; never re-split, edited or regenerated to pass.
"""

from __future__ import annotations

import base64
import json
import random
import sys
import urllib.parse
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # run as a script from anywhere

from tests.waf.data.corpus_kit import HashSplit, check_record, record

T = TypeVar("T")
Params = dict[str, object] | list[tuple[str, object]]

HERE = Path(__file__).parent
TUNING_FILE = HERE / "cms_c_tuning.jsonl"
HELD_OUT_FILE = HERE / "cms_c_heldout.jsonl"
SEED = 20261205
HOST = "www.example.gov.cn"
SALT = "corpus-c/"
Q = urllib.parse.quote

SOURCES = {
    "zhwd-chat": "政府网站智能问答/智能客服 widgets (《政府网站发展指引》 国办发〔2017〕47号 asks portals for "
    "智能问答): ask/suggest/hot-question/feedback calls and streamed answers as text/event-stream (WHATWG HTML "
    "server-sent events; the chat-completion JSON of public LLM API docs that newer widgets wrap)",
    "hcp-evaluation": "政务服务“好差评” (国办发〔2019〕51号: 非常满意…非常不满意, 评价渠道, "
    "差评整改) and the 国家政务服务平台 好差评 data items (projectNo 办件编号, taskCode 事项编码, "
    "satisfaction 1-5, evalDetail codes, writingContent) as provincial evaluation pages post them",
    "appointment": "网上预约/预约取号 of 政务服务大厅 and 预约挂号 of public hospitals on government portals: "
    "hall/item/date/time-slot queries, bookings with masked ID numbers and phone, cancellations",
    "wza-assist": "网站无障碍/适老化 assist toolbars (GB/T 37668-2019; 工信部 互联网应用适老化及无障碍改造专项行动): "
    "toolbar config and script loads, 语音朗读 text-to-speech calls, usage logs, and the toolbar's "
    "state cookies (ariaStatus, ariaoldFixedStatus, ariauseGraces, ariaReadtype) seen on gov.cn pages",
    "tianditu-map": "国家地理信息公共服务平台 天地图 API docs (lbs.tianditu.gov.cn): DataServer?T=vec_w&x=&y=&l=&tk=, "
    "WMTS KVP GetTile (OGC 07-057r7), geocoder?ds={…}, v2/search?postStr={…}&type=query, reverse "
    "geocode postStr={'lon':…,'lat':…,'ver':1}; WMS 1.1.1/1.3.0 GetMap/GetFeatureInfo with BBOX (OGC 06-042) "
    "as GeoServer layers of 政务地图 pages serve them",
    "ccgp-ggzy": "中国政府采购网 search search.ccgp.gov.cn/bxsearch (searchtype, page_index, bidSort, buyerName, "
    "projectId, pinMu, bidType, dbselect=bidx, kw, start_time=YYYY:MM:DD, timeType, displayZone, "
    "pppStatus, agentName: public crawlers of ccgp on GitHub), /cggg/ notice pages; 全国公共资源交易平台 "
    "ggzy.gov.cn getTradList form (TIMEBEGIN_SHOW, DEAL_TIME, DEAL_CLASSIFY, DEAL_STAGE, FINDTXT); 新点 "
    "Epoint full-text search JSON (inteligentsearch/rest/esinteligentsearch/getFullTextDataNew)",
    "credit-china": "信用中国 public.creditchina.gov.cn/private-api/catalogSearch and catalogSearchHome "
    "(tableName, searchState, scenes=defaultscenario, entityType=1,2,4,…, keyword; public crawler configs "
    "e.g. github.com/chige007/Crawier), 统一社会信用代码 (GB 32100-2015), 行政许可/行政处罚 双公示 queries",
    "flk-law": "国家法律法规数据库 flk.npc.gov.cn /api/?type=flfg&searchType=title;vague&sortTr=f_bbrq_s;desc&…, "
    "/api/detail (the public Zotero translator flk.npc.gov.cn.js and crawlers), 规章库 JSON search "
    "(searchType, searchContent, pageNum) and WORD/PDF downloads",
    "yjzj-comment": "意见征集 on draft regulations and 规范性文件 (《规章制定程序条例》第十六条, 公开征求意见): "
    "comment lists, comments quoting articles (第三条第（二）项, 《》, quotes, numbered lists, pasted URLs), "
    "per-article comments, attachments",
    "captcha": "slider/click CAPTCHAs on login and form pages: AJ-Captcha (anji-plus/captcha README: "
    "/captcha/get, /captcha/check with captchaType blockPuzzle|clickWord, AES pointJson, token, clientUid, "
    "ts), Geetest v3 server SDK (register?t=, geetest_challenge/validate/seccode), image kaptcha",
    "spa-content-api": "single-page front ends of 站群 content platforms (Vue/React + axios): REST list calls "
    "with JSON:API-style sort=-pubDate,title, filter[status]=1, fields=id,title, page[size] "
    "(jsonapi.org 1.1), Authorization: Bearer JWT (RFC 7519), _t cache busters, GraphQL POST "
    "(graphql.org spec: query/variables/operationName), CORS preflights (Fetch standard)",
    "hls-video": "新闻发布会 live and on-demand video: HLS playlists and segments (RFC 8216) with auth_key URL "
    "signing as CDN docs describe, MP4 Range requests (RFC 9110 §14), ?start= seeks, WebVTT subtitles, "
    "player heartbeat beacons",
    "doc-preview": "PDF/OFD online preview: pdf.js viewer.html?file=<URL-encoded URL> (mozilla/pdf.js) with "
    "its Range fetches, OFD viewers (GB/T 33190-2016 files), kkFileView onlinePreview?url=<base64> "
    "(kekingcn/kkFileView docs)",
    "wx-share": "微信 JS-SDK (developers.weixin.qq.com 网页开发 JS-SDK: signature over noncestr, jsapi_ticket, "
    "timestamp, url) and shared-page hops (?from=singlemessage|groupmessage|timeline&isappinstalled=0), "
    "网页授权 callbacks (code, state), 公众号 menu links",
    "crawler-fetch": "search-engine crawlers on government sites: Baiduspider, Baiduspider-render, 360Spider, "
    "Sogou web spider, Bytespider, bingbot user agents (their public help pages) fetching robots.txt, "
    "sitemap.xml (sitemaps.org), RSS feeds with conditional requests (RFC 9110 If-Modified-Since/"
    "If-None-Match) and pages",
}


SPLIT = HashSplit(SALT, SOURCES)  # the rule in the docstring (tests/waf/data/corpus_kit.py)
HELD_OUT_FAMILIES = SPLIT.held_out_families
held_out = SPLIT.held_out
split = SPLIT.split


# --- text pools (new for corpus C) ---------------------------------------------------------------

QUESTIONS = [
    "灵活就业人员怎么交社保？",
    "退休人员异地就医备案在哪里办",
    "公积金贷款额度怎么算",
    "新生儿落户需要什么材料?",
    "个体户营业执照注销流程",
    "身份证丢了可以在网上补办吗",
    "居住证到期了怎么续签？需要本人去吗",
    "孩子上小学要准备哪些证明材料",
    "失业金领取条件是什么，能领几个月？",
    "电动车上牌在哪个地方办理",
    "高龄津贴 80岁以上 每月多少钱",
    "医保断缴3个月有影响吗??",
    "提取公积金付房租，一年能提几次",
    "网上办理结婚登记预约",
    "我想咨询一下残疾证办理流程，谢谢",
    "人才公寓申请条件（本科）",
    "个税专项附加扣除 赡养老人 怎么填",
    "不动产权证书遗失补办要多久",
    "企业开办“一件事”包括哪些事项",
    "社保卡密码忘记了 -- 怎么重置",
    "外地车牌早高峰能进城吗",
    "退役军人优待证怎么申请",
]
ANSWER_REASONS = ["答非所问", "答案过时", "没有解决我的问题", "回答很详细，谢谢", "链接打不开", ""]
HALLS = [
    "市民中心",
    "高新区政务服务中心",
    "经开区便民服务中心",
    "东城街道便民服务站",
    "不动产登记中心",
    "公积金管理中心",
]
ITEMS = [
    ("居民身份证换领", "11330100002489561X3000117002000"),
    ("不动产转移登记", "11330100MB1743916J4000117009000"),
    ("公积金提取", "12330100470113327J3000117011000"),
    ("社保卡补换", "11330100002490151Y3000117005000"),
    ("出入境证件办理", "11330100002489561X3000217001000"),
    ("营业执照设立登记", "11330100002482615X4000117012000"),
]
DEPTS = ["市医疗保障局", "市人力资源和社会保障局", "市公安局", "市市场监督管理局", "市住房公积金管理中心", "区民政局"]
EVAL_TEXT = [
    "窗口工作人员态度很好，一次就办好了！",
    "等了40分钟才叫号，希望增加窗口。",
    "网上提交后3个工作日就审批了，点赞",
    "材料要求和指南上写的不一样，跑了两趟",
    "系统老是提示“网络异常”，手机上提交不了",
    "",
    "很满意",
    "自助机打印的回执看不清楚; 建议更换打印机",
]
COMPANIES = [
    "杭州某某网络科技有限公司",
    "宁波市鄞州区某某建材商行（个体工商户）",
    "温州某某鞋业有限公司(温州分公司)",
    "某某（浙江）环境工程有限公司",
    "绍兴市柯桥区某某纺织品有限公司",
    "某某市政工程建设集团有限公司",
    "嘉兴某某物流股份有限公司",
    "台州市某某医疗器械有限公司",
    "金华市婺城区某某餐饮店",
    "某某信息技术(杭州)有限公司",
]
LAW_TITLES = [
    "中华人民共和国行政许可法",
    "中华人民共和国政府信息公开条例",
    "优化营商环境条例",
    "中华人民共和国个人信息保护法",
    "中华人民共和国数据安全法",
    "规章制定程序条例",
    "中华人民共和国招标投标法实施条例",
    "中华人民共和国道路交通安全法",
    "住房公积金管理条例",
    "无障碍环境建设法",
    "社会保险法",
    "行政处罚法",
]
DRAFTS = [
    "《某某市电动自行车管理条例（草案征求意见稿）》",
    "《某某市物业管理条例（修订草案）》",
    "《关于进一步优化营商环境的若干措施（征求意见稿）》",
    "《某某市养犬管理规定（草案）》",
    "《某某市城市市容和环境卫生管理办法（修订征求意见稿）》",
]
COMMENT_SENTENCES = [
    "建议将第三条第（二）项中的“适当”改为具体标准，否则执行中容易产生分歧。",
    "第十二条规定的罚款幅度（200元以上1000元以下）偏高，建议区分首次违法和多次违法。",
    '关于"停放区域"的定义，建议参考《道路交通安全法》第五十九条的表述。',
    "第二十一条与上位法不一致; 上位法并未设定该项许可。",
    "建议增加一条：对老年人、残疾人等群体提供线下办理渠道。",
    "征求意见稿第五章 -- 法律责任 -- 中没有对管理部门不作为的追责条款。",
    "参考链接：https://www.gov.cn/zhengce/content/2019-10/23/content_5443963.htm",
    "另可参考 http://www.npc.gov.cn/npc/c2/c30834/202106/t20210610_311888.html 中的相关规定。",
    "1. 明确物业服务费调整程序；2. 业主大会表决比例按“双过半”执行；3. 公共收益每季度公示。",
    "（一）充电设施建设主体不明确；（二）消防验收标准缺失；（三）既有小区改造资金来源未规定。",
    "第八条“可以”一词建议改为“应当”，体现政府责任。",
    "我是一名社区工作者，日常工作中发现飞线充电问题很突出，支持出台本条例。",
    "文中“非机动车”和“电动自行车”混用，建议统一用语。",
    "附件2的表格里，单位一栏写的是“万元”，但数据明显是“元”，请核对。",
    "建议对第4、5、6条进行合并; 内容重复。",
    "小区地下车库能不能充电，应由业主大会决定，而不是物业公司说了算!",
    "以上意见仅供参考。",
]
PLACES = ["西湖区", "滨江区", "萧山区", "余杭区", "临平区", "钱塘区", "富阳区", "桐庐县", "淳安县", "建德市"]
KEYWORDS_C = [
    "采购意向",
    "公开招标公告",
    "中标结果公告",
    "政务云服务",
    "办公设备",
    "物业管理服务",
    "道路养护工程",
    "信息化建设项目",
    "食堂食材配送",
    "医疗设备采购",
    "监理服务",
    "网络安全等级保护测评",
]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林"
UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 "
    "Edg/130.0.0.0",
    "Mozilla/5.0 (Windows NT 10.0; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/108.0.5359.95 Safari/537.36 "
    "QIHU 360SE",
    "Mozilla/5.0 (X11; Linux aarch64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/114.0.0.0 Safari/537.36 UOS",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 "
    "Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 "
    "MicroMessenger/8.0.54(0x1800363a) NetType/WIFI Language/zh_CN",
    "Mozilla/5.0 (Linux; Android 14; 23127PN0CC Build/UKQ1.230804.001; wv) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Version/4.0 Chrome/122.0.6261.120 Mobile Safari/537.36 XWEB/1220133 MMWEBSDK/20240802 MicroMessenger/8.0.51",
    "Mozilla/5.0 (Linux; Android 12; HarmonyOS; NOH-AN00; HMSCore 6.14.0.302) AppleWebKit/537.36 (KHTML, like "
    "Gecko) Chrome/114.0.5735.196 HuaweiBrowser/15.0.4.312 Mobile Safari/537.36",
]
SPIDERS = [
    "Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)",
    "Mozilla/5.0 (Linux;u;Android 4.2.2;zh-cn;) AppleWebKit/534.46 (KHTML,like Gecko) Version/5.1 Mobile "
    "Safari/10600.6.3 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)",
    "Mozilla/5.0 (compatible; Baiduspider-render/2.0; +http://www.baidu.com/search/spider.html)",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/50.0.2661.102 "
    "Safari/537.36; 360Spider",
    "Sogou web spider/4.0(+http://www.sogou.com/docs/help/webmasters.htm#07)",
    "Mozilla/5.0 (Linux; Android 5.0) AppleWebKit/537.36 (KHTML, like Gecko) Mobile Safari/537.36 (compatible; "
    "Bytespider; spider-feedback@bytedance.com)",
    "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm) "
    "Chrome/116.0.1938.76 Safari/537.36",
    "YisouSpider",
]

ACCEPT = {
    "html": "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8",
    "json": "application/json, text/plain, */*",
    "any": "*/*",
    "image": "image/avif,image/webp,image/apng,image/svg+xml,image/*,*/*;q=0.8",
    "sse": "text/event-stream",
}


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

    def hexs(self, nbytes: int) -> str:
        return self.rnd.randbytes(nbytes).hex()

    def uid(self) -> str:
        return str(uuid.UUID(int=self.rnd.getrandbits(128), version=4))

    def b64(self, nbytes: int, urlsafe: bool = False) -> str:
        raw = self.rnd.randbytes(nbytes)
        return (base64.urlsafe_b64encode(raw).decode().rstrip("=")) if urlsafe else base64.b64encode(raw).decode()

    def ms(self) -> int:  # a JavaScript Date.now() in late 2026
        return self.num(1795000000000, 1796300000000)

    def person(self) -> str:
        return self.pick(SURNAMES) + self.pick(["先生", "女士", "伟", "芳", "娜", "敏", "静", "磊", "洋", "艳"])

    def mobile(self) -> str:
        return f"1{self.pick('3456789')}{self.num(0, 9)}{self.num(10000000, 99999999)}"

    def masked_id(self) -> str:  # how front ends echo an ID number back: first 6 and last 4 kept
        return f"{self.num(110000, 659000)}********{self.num(100, 999)}{self.pick('0123456789X')}"

    def credit_code(self) -> str:  # 统一社会信用代码 shape (GB 32100-2015), not a valid check digit
        alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
        return "91" + str(self.num(110000, 659000)) + "".join(self.pick(alphabet) for _ in range(10))

    def jwt(self, claims: dict) -> str:
        parts = [js_json({"alg": "HS512", "typ": "JWT"}), js_json(claims)]
        enc = [base64.urlsafe_b64encode(p.encode()).decode().rstrip("=") for p in parts]
        return ".".join([*enc, self.b64(64, urlsafe=True)])

    def article(self, host: str = HOST) -> str:
        col = self.pick(["art", "zwgk/xxgkml", "xwzx/zwdt", "zfxxgk/fdzdgknr", "hdjl/yjzj"])
        y, m = self.num(2022, 2026), self.num(1, 12)
        return (
            f"https://{host}/{col}/{y}/{m}/{self.num(1, 28)}/art_{self.num(1200, 1800)}_{self.num(10**6, 10**7)}.html"
        )

    # headers --------------------------------------------------------------------------------------
    def headers(
        self,
        accept: str = "html",
        referer: str | None = "",
        ua: str | None = None,
        cookies: list[str] | None = None,
        extra: dict[str, str] | None = None,
    ) -> dict[str, str]:
        """A browser's headers. referer "" = a page of the site, None = no Referer."""
        h = {"User-Agent": ua or self.pick(UAS), "Accept": ACCEPT.get(accept, accept)}
        h["Accept-Language"] = self.pick(
            ["zh-CN,zh;q=0.9", "zh-CN,zh;q=0.9,en;q=0.8,en-GB;q=0.7", "zh-CN,zh-Hans;q=0.9"]
        )
        h["Accept-Encoding"] = self.pick(["gzip, deflate, br", "gzip, deflate, br, zstd", "gzip, deflate"])
        if referer is not None:
            h["Referer"] = referer or self.article()
        jar = list(cookies or [])
        if self.rnd.random() < 0.5:
            jar.append(f"Hm_lvt_{self.hexs(16)}={self.num(1790000000, 1796300000)}")
        if self.rnd.random() < 0.3:
            jar.append(f"HWWAFSESID={self.hexs(10)}; HWWAFSESTIME={self.ms()}")  # 华为云 WAF affinity cookies
        if jar:
            h["Cookie"] = "; ".join(jar)
        return {**h, **(extra or {})}

    # requests -------------------------------------------------------------------------------------
    def add(
        self, family: str, shape: str, method: str, path: str, h: dict[str, str], body: str | bytes | None = None
    ) -> None:
        self.reqs.append(record(SOURCES[family], family, shape, method, path, h, body))

    def get(
        self, family: str, shape: str, path: str, params: Params | None = None, style: str = "", **hkw: Any
    ) -> None:
        """style: how the client writes the query (``ENCODERS``); by default a page's form for HTML, the
        XHR library (axios or jQuery, drawn) for everything else."""
        if not style:
            style = "form" if hkw.get("accept", "html") == "html" else self.pick(["axios", "jquery"])
        query = encode_query(params, style) if params else ""
        self.add(family, shape, "GET", path + ("?" + query if query else ""), self.headers(**hkw))

    def post(self, family: str, shape: str, path: str, body: str | bytes, ctype: str, **hkw: Any) -> None:
        extra = {"Content-Type": ctype, "Origin": f"https://{HOST}", **hkw.pop("extra", {})}
        self.add(family, shape, "POST", path, self.headers(extra=extra, **hkw), body)

    def post_json(self, family: str, shape: str, path: str, doc: object, **hkw: Any) -> None:
        hkw.setdefault("accept", "json")
        body = js_json(doc)
        self.post(family, shape, path, body, "application/json;charset=UTF-8", **hkw)

    def post_form(self, family: str, shape: str, path: str, fields: list[tuple[str, object]], **hkw: Any) -> None:
        body = urllib.parse.urlencode([(k, str(v)) for k, v in fields])
        self.post(family, shape, path, body, "application/x-www-form-urlencoded; charset=UTF-8", **hkw)

    def post_multipart(
        self,
        family: str,
        shape: str,
        path: str,
        fields: list[tuple[str, str]],
        file: tuple[str, str, bytes],
        **hkw: Any,
    ) -> None:
        # the boundary Chrome writes: 16 characters of [A-Za-z0-9]
        alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
        boundary = "----WebKitFormBoundary" + "".join(self.pick(alnum) for _ in range(16))
        out = b""
        for k, v in fields:
            out += f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'.encode()
        fname, ctype, content = file
        out += (
            (
                f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{fname}"\r\n'
                f"Content-Type: {ctype}\r\n\r\n"
            ).encode()
            + content
            + b"\r\n"
        )
        out += f"--{boundary}--\r\n".encode()
        self.post(family, shape, path, out, f"multipart/form-data; boundary={boundary}", **hkw)


def js_json(doc: object) -> str:
    """JSON as a browser's JSON.stringify writes it: compact, UTF-8 text."""
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":"))


def _uri_component(value: str) -> str:
    return Q(value, safe="-_.!~*'()")  # JavaScript's encodeURIComponent


def _axios(value: str) -> str:
    # axios' buildURL: encodeURIComponent, then puts back : $ , [ ] and writes a space as +
    out = _uri_component(value)
    for a, b in (("%3A", ":"), ("%24", "$"), ("%2C", ","), ("%20", "+"), ("%5B", "["), ("%5D", "]")):
        out = out.replace(a, b)
    return out


ENCODERS: dict[str, Callable[[str], str]] = {
    "form": lambda v: urllib.parse.quote_plus(v, safe="*"),  # an HTML form's GET (application/x-www-form-urlencoded)
    "axios": _axios,
    "jquery": lambda v: _uri_component(v).replace("%20", "+"),  # jQuery.param
    # a URL string built by concatenation ("…?ds=" + JSON.stringify(o)) and fetched: the WHATWG URL parser
    # encodes only the query percent-encode set of special schemes (space " # < > ') and non-ASCII
    "whatwg": lambda v: Q(v, safe="!$()*+,-./:;=?@[\\]^_`{|}~"),
}


def encode_query(params: Params, style: str) -> str:
    items = params.items() if isinstance(params, dict) else params
    enc = ENCODERS[style]
    return "&".join(f"{enc(str(k))}={enc(str(v))}" for k, v in items)


# --- families ------------------------------------------------------------------------------------


def zhwd_chat(c: Corpus) -> None:
    f = "zhwd-chat"
    site = "3301000001"
    jar = [f"znwd_uid={c.uid()}", f"JSESSIONID={c.hexs(16).upper()}"]
    for _ in range(35):
        doc = {
            "question": c.pick(QUESTIONS),
            "sessionId": c.uid(),
            "siteCode": site,
            "channel": c.pick(["pc", "h5", "wechat"]),
            "userId": c.pick(["", f"u{c.num(10**6, 10**7)}"]),
            "history": [{"role": "user", "content": c.pick(QUESTIONS)}] if c.rnd.random() < 0.3 else [],
        }
        c.post_json(f, "ask-json", "/znwd/api/chat/ask", doc, cookies=jar[:1])
    for _ in range(20):
        c.post_form(
            f,
            "ask-form",
            "/znwd/robot/ask.do",
            [("question", c.pick(QUESTIONS)), ("siteCode", site), ("sourceType", "1"), ("t", c.ms())],
            extra={"X-Requested-With": "XMLHttpRequest"},
            accept="json",
        )
    for _ in range(25):
        q = c.pick(QUESTIONS)[: c.num(1, 6)]
        c.get(f, "suggest", "/znwd/api/suggest", {"q": q, "siteCode": site, "_": c.ms()}, accept="json")
    for _ in range(20):
        params = {"question": c.pick(QUESTIONS), "conversationId": c.uid(), "stream": "true"}
        c.get(f, "sse-stream", "/znwd/api/chat/stream", params, accept="sse", extra={"Cache-Control": "no-cache"})
    for _ in range(15):
        doc = {"answerId": c.hexs(12), "useful": c.rnd.random() < 0.6, "reason": c.pick(ANSWER_REASONS)}
        c.post_json(f, "feedback", "/znwd/api/chat/feedback", doc, cookies=jar)
    for _ in range(10):
        c.get(f, "hot-questions", "/znwd/api/hot", {"siteCode": site, "size": 10, "t": c.ms()}, accept="json")


def hcp_evaluation(c: Corpus) -> None:
    f = "hcp-evaluation"
    for _ in range(30):
        item, code = c.pick(ITEMS)
        params = {
            "projectNo": f"{code[:18]}{c.num(10**9, 10**10)}",
            "taskCode": code,
            "taskName": item,
            "channel": c.pick(["pc", "app", "wechat", "zzj"]),
            "userType": c.pick(["1", "2"]),
        }
        c.get(f, "eval-page", "/hcp/evaluate.html", params, referer=f"https://{HOST}/bsfw/")
    for _ in range(35):
        item, code = c.pick(ITEMS)
        sat = c.num(1, 5)
        doc = {
            "projectNo": f"{code[:18]}{c.num(10**9, 10**10)}",
            "taskCode": code,
            "taskName": item,
            "deptName": c.pick(DEPTS),
            "satisfaction": sat,
            "evalDetail": ",".join(sorted(c.rnd.sample(["501", "502", "503", "504", "505", "506"], c.num(1, 3))))
            if sat >= 3
            else ",".join(sorted(c.rnd.sample(["511", "512", "513", "514", "515"], c.num(1, 3)))),
            "writingContent": c.pick(EVAL_TEXT),
            "evalChannel": c.pick(["pc", "app"]),
            "isAnonymous": c.pick([0, 1]),
            "mobile": c.mobile()[:3] + "****" + c.mobile()[-4:],
        }
        tok = c.jwt({"sub": f"{c.num(10**9, 10**10)}", "iss": "tyrz", "exp": c.num(1796000000, 1797000000)})
        c.post_json(f, "eval-json", "/hcp/api/evaluation/save", doc, extra={"Authorization": f"Bearer {tok}"})
    for _ in range(25):
        item, code = c.pick(ITEMS)
        fields = [
            ("projectNo", f"{code[:18]}{c.num(10**9, 10**10)}"),
            ("satisfaction", c.num(1, 5)),
            ("evalDetail", "501"),
            ("evalDetail", c.pick(["503", "505"])),
            ("writingContent", c.pick(EVAL_TEXT)),
            ("windowNo", f"{c.num(1, 60)}号窗口"),
        ]
        c.post_form(f, "eval-form", "/hcp/evaluation/submit.do", fields, cookies=[f"SESSION={c.b64(27)}"])
    for _ in range(20):
        params = {"projectNo": f"{c.num(10**17, 10**18)}{c.num(10**9, 10**10)}", "mobile": c.mobile()[-4:]}
        c.get(f, "eval-query", "/hcp/api/evaluation/detail", params, accept="json")
    for _ in range(15):
        doc = {"evaluateId": c.hexs(16), "rectifyConfirm": c.pick(["1", "2"]), "remark": c.pick(EVAL_TEXT)}
        c.post_json(f, "rectify-confirm", "/hcp/api/evaluation/rectify/confirm", doc)


def appointment(c: Corpus) -> None:
    f = "appointment"
    for _ in range(30):
        item, code = c.pick(ITEMS)
        params = {"hallId": c.num(1, 40), "itemCode": code, "date": f"2026-12-{c.num(4, 31):02d}"}
        c.get(f, "slots", "/yyqh/api/slots", params, accept="json", referer=f"https://{HOST}/yyqh/")
    for _ in range(35):
        item, code = c.pick(ITEMS)
        h0 = c.num(8, 16)
        doc = {
            "hallName": c.pick(HALLS),
            "itemCode": code,
            "itemName": item,
            "date": f"2026-12-{c.num(4, 31):02d}",
            "timeSlot": f"{h0:02d}:{c.pick(['00', '30'])}-{h0 + 1:02d}:00",
            "name": c.person(),
            "idType": "01",
            "idNo": c.masked_id(),
            "phone": c.mobile(),
            "smsCode": f"{c.num(0, 999999):06d}",
        }
        tok = c.jwt({"uid": c.num(10**6, 10**7), "name": doc["name"], "exp": c.num(1796000000, 1797000000)})
        c.post_json(f, "book-json", "/yyqh/api/appointment", doc, cookies=[f"yy_token={tok}"])
    for _ in range(25):
        fields = [
            ("ksdm", c.pick(["0101", "0203", "0305", "1201"])),
            ("ysdm", c.num(1000, 9999)),
            ("jzrq", f"2026-12-{c.num(4, 31):02d}"),
            ("sjd", c.pick(["上午", "下午"])),
            ("hyxh", c.num(1, 40)),
            ("brxm", c.person()),
            ("sfzh", c.masked_id()),
            ("sjhm", c.mobile()),
        ]
        c.post_form(f, "book-form", "/yygh/reserve.do", fields, referer=f"https://{HOST}/yygh/doctor.html")
    for _ in range(20):
        fields = [
            ("yyh", f"YY{c.num(2026120000000, 2026129999999)}"),
            ("reason", c.pick(["行程有变", "已在线上办理", ""])),
        ]
        c.post_form(f, "cancel", "/yyqh/api/appointment/cancel", fields, accept="json")
    for _ in range(20):
        params = {"pageNum": c.num(1, 3), "pageSize": 10, "status": c.pick(["", "0", "1", "2"]), "_t": c.ms()}
        c.get(
            f, "my-list", "/yyqh/api/appointment/mine", params, accept="json", cookies=[f"yy_token={c.b64(96, True)}"]
        )


def wza_assist(c: Corpus) -> None:
    f = "wza-assist"

    def aria() -> list[str]:
        return [
            f"ariaappid={c.hexs(16)}",
            f"ariaStatus={c.pick(['true', 'false'])}",
            "ariaoldFixedStatus=false",
            f"ariauseGraces={c.pick(['true', 'false'])}",
            f"ariaReadtype={c.pick(['1', '2'])}",
            f"ariaSpeed={c.pick(['low', 'middle', 'high'])}",
            f"ariaZoom={c.pick(['1', '1.2', '1.5', '2'])}",
        ][: c.num(2, 7)]

    for _ in range(25):
        c.get(
            f,
            "script",
            "/wza/aria.js",
            {"appid": c.hexs(16), "v": c.pick(["3.1.2", "3.2.0"])},
            accept="any",
            cookies=aria(),
        )
    for _ in range(25):
        text = c.pick(QUESTIONS + COMMENT_SENTENCES)[: c.num(8, 60)]
        params = {"text": text, "spd": c.num(3, 7), "per": c.pick([0, 1, 4]), "vol": 9, "lan": "zh", "ctp": 1}
        c.get(
            f,
            "tts",
            "/wza/tts/speech",
            params,
            accept="audio/webm,audio/ogg,audio/wav,audio/*;q=0.9,*/*;q=0.5",
            cookies=aria(),
        )
    for _ in range(20):
        doc = {
            "appid": c.hexs(16),
            "action": c.pick(["zoom", "bigmouse", "guides", "read", "highcontrast", "textmode"]),
            "value": c.pick(["1.5", "on", "off", "auto"]),
            "url": c.article(),
            "ts": c.ms(),
        }
        c.post(f, "usage-log", "/wza/log", js_json(doc), "text/plain;charset=UTF-8", cookies=aria())
    for _ in range(25):
        # pages read in 适老化 "plain text" mode: the toolbar keeps its state in a cookie the page sends back
        state = js_json({"zoom": c.pick([1.2, 1.5]), "guides": True, "read": c.pick(["point", "continuous"])})
        path = c.article().split(HOST, 1)[1]
        cookies = [*aria(), f"wza_state={Q(state, safe='')}"]
        c.add(f, "page-with-state", "GET", path, c.headers(cookies=cookies))
    for _ in range(15):
        c.get(
            f,
            "config",
            "/wza/api/config",
            {"siteId": c.num(1, 200), "callback": f"ariaCfg{c.num(1, 99)}"},
            accept="any",
        )


def tianditu_map(c: Corpus) -> None:
    f = "tianditu-map"
    tk = c.hexs(16)
    for _ in range(35):
        z = c.num(5, 18)
        layer = c.pick(["vec_w", "cva_w", "img_w", "cia_w", "ter_w"])
        params = {"T": layer, "x": c.num(0, 2**z - 1), "y": c.num(0, 2**z - 1), "l": z, "tk": tk}
        c.get(f, "dataserver-tile", "/DataServer", params, accept="image", referer=f"https://{HOST}/map/")
    for _ in range(30):
        z = c.num(5, 18)
        layer = c.pick(["vec", "cva", "img", "cia"])
        params = [
            ("SERVICE", "WMTS"),
            ("REQUEST", "GetTile"),
            ("VERSION", "1.0.0"),
            ("LAYER", layer),
            ("STYLE", "default"),
            ("TILEMATRIXSET", c.pick(["w", "c"])),
            ("FORMAT", "tiles"),
            ("TILEMATRIX", z),
            ("TILEROW", c.num(0, 2**z - 1)),
            ("TILECOL", c.num(0, 2**z - 1)),
            ("tk", tk),
        ]
        c.get(f, "wmts-gettile", f"/{layer}_w/wmts", params, accept="image")
    for _ in range(25):
        if c.rnd.random() < 0.3:  # the overview map asks for the whole world
            bbox = "-20037508.342789244,-20037508.342789244,20037508.342789244,20037508.342789244"
        else:
            x0, y0 = c.rnd.uniform(13300000, 13500000), c.rnd.uniform(3450000, 3600000)
            bbox = f"{x0:.6f},{y0:.6f},{x0 + 4891.97:.6f},{y0 + 4891.97:.6f}"
        params = [
            ("SERVICE", "WMS"),
            ("VERSION", "1.1.1"),
            ("REQUEST", "GetMap"),
            ("FORMAT", "image/png"),
            ("TRANSPARENT", "true"),
            ("LAYERS", c.pick(["zwdt:bmfwd", "zwdt:xzqh", "zwdt:yjbns"])),
            ("SRS", "EPSG:3857"),
            ("STYLES", ""),
            ("WIDTH", 256),
            ("HEIGHT", 256),
            ("BBOX", bbox),
        ]
        c.get(f, "wms-getmap", "/geoserver/zwdt/wms", params, accept="image")
    for _ in range(20):
        ds = js_json({"keyWord": f"{c.pick(PLACES)}{c.pick(HALLS)}"})
        c.get(f, "geocoder", "/geocoder", {"ds": ds, "tk": tk}, c.pick(["whatwg", "jquery"]), accept="any")
    for _ in range(20):
        lon, lat = c.rnd.uniform(118, 122), c.rnd.uniform(27, 31)
        post = f"{{'lon':{lon:.5f},'lat':{lat:.5f},'ver':1}}"  # single quotes, as the API documentation writes it
        params = {"postStr": post, "type": "geocode", "tk": tk}
        c.get(f, "reverse-geocode", "/geocoder", params, c.pick(["whatwg", "jquery"]), accept="any")
    for _ in range(20):
        lon, lat = c.rnd.uniform(118, 122), c.rnd.uniform(27, 31)
        post = js_json(
            {
                "keyWord": c.pick(["医院", "派出所", "政务服务中心", "避难场所", "公厕", "充电站"]),
                "level": c.num(10, 16),
                "mapBound": f"{lon:.5f},{lat:.5f},{lon + 0.3:.5f},{lat + 0.2:.5f}",
                "queryType": 1,
                "start": 0,
                "count": 10,
            },
        )
        params = {"postStr": post, "type": "query", "tk": tk}
        c.get(f, "poi-search", "/v2/search", params, c.pick(["whatwg", "jquery"]), accept="any")
    for _ in range(15):
        x0, y0 = c.rnd.uniform(119.9, 120.4), c.rnd.uniform(30.1, 30.4)
        params = [
            ("SERVICE", "WMS"),
            ("VERSION", "1.3.0"),
            ("REQUEST", "GetFeatureInfo"),
            ("LAYERS", "zwdt:bmfwd"),
            ("QUERY_LAYERS", "zwdt:bmfwd"),
            ("INFO_FORMAT", "application/json"),
            ("CRS", "EPSG:4490"),
            ("BBOX", f"{y0:.6f},{x0:.6f},{y0 + 0.01:.6f},{x0 + 0.01:.6f}"),
            ("WIDTH", 101),
            ("HEIGHT", 101),
            ("I", 50),
            ("J", 50),
            ("FEATURE_COUNT", 5),
        ]
        c.get(f, "wms-featureinfo", "/geoserver/zwdt/wms", params, accept="json")


def ccgp_ggzy(c: Corpus) -> None:
    f = "ccgp-ggzy"
    for _ in range(35):
        m = c.num(1, 11)
        params = [
            ("searchtype", c.pick([1, 2])),
            ("page_index", c.num(1, 20)),
            ("bidSort", 0),
            ("buyerName", c.pick(["", c.pick(DEPTS)])),
            ("projectId", ""),
            ("pinMu", c.pick([0, 1, 2, 3])),
            ("bidType", c.pick(["", 0, 1, 7, 11])),
            ("dbselect", "bidx"),
            ("kw", c.pick(KEYWORDS_C)),
            ("start_time", f"2026:{m:02d}:01"),
            ("end_time", f"2026:{m + 1:02d}:{c.num(1, 28):02d}"),
            ("timeType", c.pick([2, 3, 6])),
            ("displayZone", c.pick(["", "浙江", "杭州市"])),
            ("zoneId", c.pick(["", "33", "3301"])),
            ("pppStatus", 0),
            ("agentName", ""),
        ]
        # the search form writes its own query string: ':' and Chinese as the browser leaves/encodes them
        query = "&".join(f"{k}={Q(str(v), safe=':')}" for k, v in params)
        c.add(f, "bxsearch", "GET", f"/bxsearch?{query}", c.headers(referer=f"https://{HOST}/"))
    for _ in range(20):
        ym = f"2026{c.num(1, 12):02d}"
        kind = c.pick(["gkzb", "zbgg", "cjgg", "gzgg"])
        path = f"/cggg/dfgg/{kind}/{ym}/t{ym}{c.num(1, 28):02d}_{c.num(10**7, 10**8)}.htm"
        c.add(f, "notice-page", "GET", path, c.headers(referer=f"https://{HOST}/bxsearch?searchtype=1"))
    for _ in range(30):
        fields = [
            ("TIMEBEGIN_SHOW", "2026-11-24"),
            ("TIMEEND_SHOW", "2026-12-03"),
            ("TIMEBEGIN", "2026-11-24"),
            ("TIMEEND", "2026-12-03"),
            ("SOURCE_TYPE", "1"),
            ("DEAL_TIME", c.pick(["01", "02", "03", "04"])),
            ("DEAL_CLASSIFY", c.pick(["00", "01", "02", "03"])),
            ("DEAL_STAGE", c.pick(["0000", "0101", "0102", "0201"])),
            ("DEAL_PROVINCE", c.pick(["0", "330000"])),
            ("DEAL_CITY", "0"),
            ("DEAL_PLATFORM", "0"),
            ("BID_PLATFORM", "0"),
            ("DEAL_TRADE", "0"),
            ("isShowAll", "1"),
            ("PAGENUMBER", c.num(1, 30)),
            ("FINDTXT", c.pick(["", c.pick(KEYWORDS_C)])),
        ]
        c.post_form(f, "ggzy-tradelist", "/information/pubTradingInfo/getTradList", fields, accept="json")
    for _ in range(30):
        doc = {
            "token": "",
            "pn": c.pick([0, 10, 20]),
            "rn": 10,
            "sdt": "",
            "edt": "",
            "wd": c.pick(KEYWORDS_C),
            "inc_wd": "",
            "exc_wd": "",
            "fields": "title",
            "cnum": "001",
            "sort": '{"webdate":"0"}',
            "ssort": "title",
            "cl": 200,
            "terminal": "",
            "condition": [
                {
                    "fieldName": "categorynum",
                    "equal": c.pick(["002001001", "002002001", "002001004"]),
                    "notEqual": None,
                    "equalList": None,
                    "notEqualList": None,
                    "isLike": True,
                    "likeType": 2,
                }
            ],
            "time": [{"fieldName": "webdate", "startTime": "2026-11-01 00:00:00", "endTime": "2026-12-03 23:59:59"}],
            "highlights": "title",
            "statistics": None,
            "unionCondition": None,
            "accuracy": "",
            "noParticiple": "1",
            "searchRange": None,
            "isBusiness": "1",
        }
        c.post_json(f, "epoint-fulltext", "/inteligentsearch/rest/esinteligentsearch/getFullTextDataNew", doc)
    for _ in range(15):
        params = {
            "categoryNum": c.pick(["002001001", "002002001"]),
            "pageIndex": c.num(1, 10),
            "pageSize": 15,
            "_": c.ms(),
        }
        c.get(f, "epoint-list", "/EpointWebBuilder/rest/frontAppNotNeedLoginAction/getListInfo", params, accept="json")


def credit_china(c: Corpus) -> None:
    f = "credit-china"
    for _ in range(35):
        params = [
            ("keyword", c.pick([*COMPANIES, c.credit_code()])),
            ("scenes", "defaultScenario"),
            ("tableName", "credit_xyzx_tyshxydm"),
            ("searchState", c.pick([1, 2])),
            ("entityType", c.pick(["1,2,4,5,6,7,8", "1", "2,4"])),
            ("templateId", ""),
            ("page", c.num(1, 5)),
            ("pageSize", 10),
        ]
        c.get(f, "catalog-search-home", "/private-api/catalogSearchHome", params, accept="json")
    for _ in range(25):
        params = [
            ("tableName", c.pick(["credit_swzj_fr_zdsswfajdsr", "credit_xzxk_fr", "credit_xzcf_fr"])),
            ("searchState", 1),
            ("scenes", "defaultscenario"),
            ("page", c.num(1, 5)),
            ("pageSize", 10),
            ("keyword", c.pick(COMPANIES)),
        ]
        c.get(f, "catalog-search", "/private-api/catalogSearch", params, accept="json")
    for _ in range(25):
        params = {
            "keyword": c.pick(COMPANIES),
            "scenes": "defaultscenario",
            "entityType": 1,
            "searchState": 1,
            "uuid": "",
            "tyshxydm": c.credit_code(),
        }
        c.get(f, "credit-detail", "/private-api/getTyshxydmDetailsContent", params, accept="json")
    for _ in range(25):
        kind = c.pick(["xzxk", "xzcf"])
        fields = [
            ("type", kind),
            ("xdrmc", c.pick(COMPANIES)),
            ("tyshxydm", c.pick(["", c.credit_code()])),
            (
                "xkjdswh" if kind == "xzxk" else "cfjdswh",
                c.pick(["", f"浙{c.pick(['市监', '环'])}罚〔2026〕{c.num(1, 300)}号"]),
            ),
            ("jdrq_start", "2026-01-01"),
            ("jdrq_end", "2026-12-03"),
            ("pageNo", c.num(1, 5)),
        ]
        c.post_form(f, "sgs-query", "/xyxx/sgs/list.do", fields, referer=f"https://{HOST}/xyxx/sgs/")
    for _ in range(15):
        doc = {"entName": c.pick(COMPANIES), "uniscid": c.credit_code(), "reportType": c.pick(["jcb", "xyxf"])}
        c.post_json(f, "credit-report", "/xyxx/api/report/apply", doc)


def flk_law(c: Corpus) -> None:
    f = "flk-law"
    for _ in range(35):
        title = c.pick(LAW_TITLES)
        params = [
            ("type", c.pick(["flfg", "xzfg", "dfxfg", "sfjs"])),
            ("searchType", c.pick(["title;vague", "title;accurate", "body;vague"])),
            ("sortTr", c.pick(["f_bbrq_s;desc", "f_sxrq_s;desc"])),
            ("gbrqStart", ""),
            ("gbrqEnd", ""),
            ("sxrqStart", ""),
            ("sxrqEnd", ""),
            ("sort", "true"),
            ("page", c.num(1, 5)),
            ("size", 10),
            ("fgbt", title[c.num(0, 6) :]),
            ("_", c.ms()),
        ]
        c.get(f, "api-search", "/api/", params, accept="json", referer="https://flk.npc.gov.cn/fl.html")
    for _ in range(25):
        law_id = base64.b64encode(c.hexs(16).encode()).decode()
        c.post_form(
            f,
            "api-detail",
            "/api/detail",
            [("id", law_id)],
            accept="json",
            extra={"X-Requested-With": "XMLHttpRequest"},
        )
    for _ in range(25):
        doc = {
            "searchRange": c.pick([1, 2]),
            "sxrq": [],
            "gbrq": ["2020-01-01", "2026-12-03"] if c.rnd.random() < 0.3 else [],
            "searchType": c.pick([1, 2]),
            "sxx": [c.pick([1, 3])],
            "gbrqYear": [],
            "flfgCodeId": [c.pick([100, 110, 120, 230])],
            "zdjgCodeId": [],
            "searchContent": c.pick(LAW_TITLES + QUESTIONS)[: c.num(2, 12)],
            "pageNum": c.num(1, 5),
            "pageSize": 20,
        }
        c.post_json(f, "json-search", "/law-search/search/list", doc)
    for _ in range(20):
        ext = c.pick(["docx", "pdf"])
        params = {"path": f"/{ext.upper()}/{c.hexs(16)}.{ext}", "title": c.pick(LAW_TITLES)}
        c.get(f, "download", "/api/download", params, accept="any")
    for _ in range(15):
        law_id = Q(base64.b64encode(c.hexs(16).encode()).decode(), safe="")
        c.add(f, "detail-page", "GET", f"/detail2.html?{law_id}", c.headers())


def comment_text(c: Corpus, sentences: int) -> str:
    return "".join(c.pick(COMMENT_SENTENCES) for _ in range(sentences))


def yjzj_comment(c: Corpus) -> None:
    f = "yjzj-comment"
    for _ in range(25):
        params = {"status": c.pick(["1", "2", ""]), "keyword": c.pick(["", "条例", "征求意见稿"]), "page": c.num(1, 8)}
        c.get(f, "list", "/hdjl/yjzj/list", params)
    for _ in range(40):
        fields = [
            ("collectId", c.num(100, 999)),
            ("title", f"对{c.pick(DRAFTS)}的意见"),
            ("content", comment_text(c, c.num(1, 30))),
            ("name", c.person()),
            ("phone", c.mobile()),
            ("email", f"{c.pick(['zhang', 'li', 'wyz'])}{c.num(1, 999)}@{c.pick(['163.com', 'qq.com'])}"),
            ("isPublic", c.pick([0, 1])),
            ("verifyCode", c.hexs(2)),
        ]
        c.post_form(f, "comment-form", "/hdjl/yjzj/submit.do", fields, cookies=[f"JSESSIONID={c.hexs(16).upper()}"])
    for _ in range(25):
        doc = {
            "collectId": c.num(100, 999),
            "items": [
                {"article": f"第{c.pick('一二三四五六七八九十')}条", "opinion": comment_text(c, c.num(1, 4))}
                for _ in range(c.num(1, 5))
            ],
            "overall": comment_text(c, c.num(0, 3)),
            "contact": {
                "name": c.person(),
                "phone": c.mobile(),
                "org": c.pick(["", "某某律师事务所", "某某社区居委会"]),
            },
        }
        c.post_json(f, "article-json", "/hdjl/yjzj/api/opinion", doc)
    for _ in range(15):
        docx = b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00[Content_Types].xml" + c.rnd.randbytes(c.num(300, 900))
        c.post_multipart(
            f,
            "attachment",
            "/hdjl/yjzj/upload.do",
            [("collectId", str(c.num(100, 999)))],
            (
                "修改意见（对照表）.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                docx,
            ),
        )
    for _ in range(15):
        c.get(
            f, "detail", "/hdjl/yjzj/detail", {"id": c.num(100, 999), "tab": c.pick(["draft", "explain", "feedback"])}
        )


def captcha(c: Corpus) -> None:
    f = "captcha"
    for _ in range(25):
        doc = {"captchaType": c.pick(["blockPuzzle", "clickWord"]), "clientUid": f"slider-{c.uid()}", "ts": c.ms()}
        c.post_json(f, "aj-get", "/captcha/get", doc)
    for _ in range(30):
        kind = c.pick(["blockPuzzle", "clickWord"])
        doc = {
            "captchaType": kind,
            "pointJson": c.b64(32 if kind == "blockPuzzle" else c.pick([64, 96])),  # AES/ECB of the points
            "token": c.hexs(16),
            "clientUid": f"{'slider' if kind == 'blockPuzzle' else 'point'}-{c.uid()}",
            "ts": c.ms(),
        }
        c.post_json(f, "aj-check", "/captcha/check", doc)
    for _ in range(20):
        c.get(f, "geetest-register", "/gt/register", {"t": c.ms()}, accept="json")
    for _ in range(25):
        challenge = c.hexs(16) + c.pick(["", "a3"])
        validate = c.hexs(16)
        fields = [
            ("username", f"{c.pick(['zw', 'user', 'qy'])}{c.num(1000, 99999)}"),
            ("geetest_challenge", challenge),
            ("geetest_validate", validate),
            ("geetest_seccode", f"{validate}|jordan"),
        ]
        c.post_form(f, "geetest-validate", "/gt/validate", fields, accept="json")
    for _ in range(20):
        c.get(f, "image-kaptcha", "/kaptcha.jpg", {"r": f"{c.rnd.random():.16f}"}, accept="image")
    for _ in range(15):
        fields = [("captchaVerification", c.b64(c.pick([48, 64]))), ("phone", c.mobile()), ("scene", "login")]
        c.post_form(f, "sms-send", "/api/sms/send", fields, accept="json")


def spa_content_api(c: Corpus) -> None:
    f = "spa-content-api"

    def bearer() -> dict[str, str]:
        claims = {"sub": c.uid(), "site": c.num(1, 500), "roles": ["visitor"], "exp": c.num(1796000000, 1797000000)}
        return {"Authorization": f"Bearer {c.jwt(claims)}", "X-Requested-With": "XMLHttpRequest"}

    for _ in range(35):
        params = [
            ("channelId", c.num(1, 900)),
            ("sort", c.pick(["-pubDate", "-pubDate,title", "sortNo,-pubDate", "-hits"])),
            ("filter[status]", 1),
            ("filter[siteId]", c.num(1, 500)),
            ("fields", c.pick(["id,title,pubDate", "id,title,pubDate,source,summary", "id,title,thumb"])),
            ("page[size]", c.pick([10, 15, 20])),
            ("page[number]", c.num(1, 30)),
            ("_t", c.ms()),
        ]
        c.get(
            f, "rest-list", "/cms/api/v1/articles", params, "axios", accept="application/vnd.api+json", extra=bearer()
        )
    for _ in range(20):
        params = {"include": c.pick(["attachments", "attachments,channel", "channel"]), "_t": c.ms()}
        c.get(f, "rest-detail", f"/cms/api/v1/articles/{c.num(10**5, 10**7)}", params, accept="json", extra=bearer())
    for _ in range(30):
        query = (
            "query ArticleList($cid: ID!, $first: Int, $after: String) {\n"
            "  channel(id: $cid) {\n    name\n    articles(first: $first, after: $after, orderBy: {field: PUB_DATE, "
            "direction: DESC}) {\n      edges { node { id title pubDate source { name } } }\n"
            "      pageInfo { hasNextPage endCursor }\n    }\n  }\n}"
        )
        doc = {
            "operationName": "ArticleList",
            "variables": {"cid": str(c.num(1, 900)), "first": 20, "after": c.pick([None, c.b64(9)])},
            "query": query,
        }
        c.post_json(f, "graphql", "/graphql", doc, extra=bearer())
    for _ in range(25):
        doc = {
            "siteId": c.num(1, 500),
            "filters": {
                "and": [
                    {"field": "pubDate", "op": "gte", "value": f"2026-{c.num(1, 11):02d}-01"},
                    {
                        "field": "docType",
                        "op": "in",
                        "value": c.rnd.sample(["通知", "公告", "政策解读", "规范性文件"], 2),
                    },
                    {
                        "or": [
                            {"field": "title", "op": "contains", "value": c.pick(QUESTIONS)[:4]},
                            {"field": "tags", "op": "contains", "value": "民生"},
                        ]
                    },
                ]
            },
            "sort": [{"field": "pubDate", "order": "desc"}],
            "page": {"size": 20, "number": c.num(1, 10)},
        }
        c.post_json(f, "nested-search", "/cms/api/v1/search", doc, extra=bearer())
    for _ in range(15):
        h = {
            "User-Agent": c.pick(UAS),
            "Accept": "*/*",
            "Access-Control-Request-Method": c.pick(["GET", "POST"]),
            "Access-Control-Request-Headers": c.pick(["authorization,content-type", "authorization,x-requested-with"]),
            "Origin": f"https://{c.pick(['m', 'app', 'h5'])}.example.gov.cn",
            "Referer": f"https://h5.example.gov.cn/#/news/{c.num(1, 900)}",
        }
        c.add(f, "cors-preflight", "OPTIONS", c.pick(["/cms/api/v1/articles", "/graphql", "/cms/api/v1/search"]), h)
    for _ in range(15):
        cols = ",".join(c.rnd.sample(["title", "pubDate", "docNo", "orgName", "indexNo", "url"], c.num(2, 5)))
        params = {
            "format": c.pick(["xlsx", "csv"]),
            "columns": cols,
            "channelId": c.num(1, 900),
            "startDate": "2026-01-01",
        }
        c.get(f, "export", "/cms/api/v1/articles/export", params, "axios", accept="any", extra=bearer())


def hls_video(c: Corpus) -> None:
    f = "hls-video"

    def auth_key() -> str:
        return f"{c.num(1796000000, 1796400000)}-{c.hexs(8)}-0-{c.hexs(16)}"

    for _ in range(20):
        path = f"/live/xwfbh/{c.pick(['index', 'hd', 'sd'])}.m3u8"
        c.get(f, "playlist", path, {"auth_key": auth_key()}, accept="any")
    for _ in range(35):
        day = f"2026{c.num(1, 12):02d}{c.num(1, 28):02d}"
        path = f"/vod/xwfbh/{day}/{c.hexs(8)}/{c.pick(['1080p', '720p'])}/segment_{c.num(0, 900):05d}.ts"
        extra = {"Range": "bytes=0-"} if c.rnd.random() < 0.3 else {}
        c.add(f, "segment", "GET", path, c.headers(accept="any", extra={"Origin": f"https://{HOST}", **extra}))
    for _ in range(25):
        start = c.num(0, 50) * 1048576
        path = f"/video/{c.num(2024, 2026)}/{c.hexs(10)}.mp4"
        if c.rnd.random() < 0.4:
            path += f"?start={c.num(0, 3600)}"
        h = c.headers(accept="any", extra={"Range": f"bytes={start}-", "Accept-Encoding": "identity;q=1, *;q=0"})
        c.add(f, "mp4-range", "GET", path, h)
    for _ in range(15):
        c.get(f, "subtitles", f"/vod/xwfbh/{c.hexs(8)}/zh-CN.vtt", None, accept="any")
    for _ in range(20):
        params = {
            "vid": c.hexs(8),
            "event": c.pick(["play", "pause", "heartbeat", "seek", "ended"]),
            "pos": f"{c.rnd.uniform(0, 5400):.3f}",
            "bitrate": c.pick([1200, 2500, 4000]),
            "ua": "hls.js@1.5.17",
            "_": c.ms(),
        }
        c.get(f, "player-beacon", "/player/stat.gif", params, accept="image")


def doc_preview(c: Corpus) -> None:
    f = "doc-preview"

    def upload_path(ext: str) -> str:
        return f"/upload/{c.num(2022, 2026)}/{c.num(1, 12):02d}/{c.hexs(12)}.{ext}"

    for _ in range(30):
        c.get(f, "pdfjs-relative", "/pdfjs/web/viewer.html", {"file": upload_path("pdf")})
    for _ in range(25):
        target = f"https://{c.pick([HOST, 'file.example.gov.cn', 'www.zj.gov.cn'])}{upload_path('pdf')}"
        if c.rnd.random() < 0.4:
            target += "?fileName=" + Q(c.pick(LAW_TITLES) + ".pdf")
        c.get(f, "pdfjs-absolute", "/pdfjs/web/viewer.html", {"file": target})
    for _ in range(25):
        lo = c.num(0, 40) * 65536
        h = c.headers(
            accept="any", referer=f"https://{HOST}/pdfjs/web/viewer.html", extra={"Range": f"bytes={lo}-{lo + 65535}"}
        )
        if c.rnd.random() < 0.5:
            h["If-Range"] = f'"{c.hexs(4)}-{c.hexs(6)}"'
        c.add(f, "pdf-range", "GET", upload_path("pdf"), h)
    for _ in range(25):
        params = {"file": upload_path("ofd"), "title": c.pick(LAW_TITLES + DRAFTS)}
        c.get(f, "ofd-viewer", "/ofdview/web/viewer.html", params)
    for _ in range(25):
        src = f"https://{HOST}{upload_path(c.pick(['docx', 'xlsx', 'pdf', 'ofd']))}"
        if c.rnd.random() < 0.4:
            src += "?fullfilename=" + c.pick(["附件1.docx", "统计表.xlsx", "批复.pdf"])
        params = {"url": base64.b64encode(src.encode()).decode()}
        if c.rnd.random() < 0.5:
            params["officePreviewType"] = c.pick(["pdf", "image"])
        c.get(f, "kkfileview", "/onlinePreview", params)


def wx_share(c: Corpus) -> None:
    f = "wx-share"
    wx_ua = [u for u in UAS if "MicroMessenger" in u]
    for _ in range(35):
        page = c.article().split(HOST, 1)[1]
        hop = c.pick(["singlemessage", "groupmessage", "timeline"])
        query = f"from={hop}&isappinstalled=0" if c.rnd.random() < 0.7 else f"from={hop}"
        if c.rnd.random() < 0.3:
            query = (
                f"scene=1&clicktime={c.num(1795000000, 1796300000)}&enterid={c.num(1795000000, 1796300000)}&" + query
            )
        c.add(f, "shared-page", "GET", f"{page}?{query}", c.headers(referer=None, ua=c.pick(wx_ua)))
    for _ in range(30):
        page = c.article() + c.pick(["", "?from=singlemessage&isappinstalled=0", "?from=timeline"])
        c.get(f, "jssdk-config", "/wx/jssdk/config", {"url": page}, accept="json", ua=c.pick(wx_ua))
    for _ in range(25):
        params = {"code": c.b64(24, urlsafe=True)[:32], "state": c.pick(["STATE", "bsfw", c.hexs(4)])}
        c.get(f, "oauth-callback", "/wx/oauth/callback", params, referer=None, ua=c.pick(wx_ua))
    for _ in range(20):
        params = {"menuId": c.num(1, 30), "openid": "o" + c.b64(21, urlsafe=True)[:27], "appid": f"wx{c.hexs(8)}"}
        c.get(f, "menu-hop", "/wx/menu/redirect", params, referer=None, ua=c.pick(wx_ua))
    for _ in range(15):
        doc = {
            "url": c.article(),
            "channel": c.pick(["friend", "timeline"]),
            "openid": "o" + c.b64(21, urlsafe=True)[:27],
        }
        c.post_json(f, "share-log", "/wx/api/share/log", doc, ua=c.pick(wx_ua))


def crawler_fetch(c: Corpus) -> None:
    f = "crawler-fetch"

    def spider(extra: dict[str, str] | None = None) -> dict[str, str]:
        h = {
            "User-Agent": c.pick(SPIDERS),
            "Accept": c.pick(["*/*", ACCEPT["html"]]),
            "Accept-Encoding": "gzip, deflate",
        }
        if c.rnd.random() < 0.3:
            h["Connection"] = "close"
        return {**h, **(extra or {})}

    for _ in range(20):
        c.add(f, "robots", "GET", "/robots.txt", spider())
    for _ in range(25):
        path = c.pick(
            ["/sitemap.xml", "/sitemap_index.xml", f"/sitemap/{c.pick(['zwgk', 'xwzx', 'bsfw'])}_{c.num(1, 20)}.xml"]
        )
        c.add(f, "sitemap", "GET", path, spider())
    for _ in range(25):
        day = c.num(1, 3)  # 1-3 December 2026 are a Tuesday, a Wednesday and a Thursday
        stamp = f"{['Tue', 'Wed', 'Thu'][day - 1]}, {day:02d} Dec 2026 {c.num(0, 23):02d}:{c.num(0, 59):02d}:00 GMT"
        extra = {"If-Modified-Since": stamp}
        if c.rnd.random() < 0.5:
            extra["If-None-Match"] = f'W/"{c.hexs(6)}"'
        path = c.pick(["/rss/xwzx.xml", "/rss/zwgk.xml", "/feed", f"/col/col1229{c.num(100, 999)}/rss.xml"])
        c.add(f, "rss-conditional", "GET", path, spider(extra))
    for _ in range(40):
        page = c.article().split(HOST, 1)[1]
        c.add(f, "page", "GET", page, spider())
    for _ in range(15):
        # list pages crawled deep, with the CMS's own paging parameters
        params = f"uid={c.num(1000000, 9999999)}&pageNum={c.num(2, 300)}"
        c.add(f, "list-paging", "GET", f"/col/col{c.num(1200000, 1300000)}/index.html?{params}", spider())


FAMILIES: dict[str, Callable[[Corpus], None]] = {
    "zhwd-chat": zhwd_chat,
    "hcp-evaluation": hcp_evaluation,
    "appointment": appointment,
    "wza-assist": wza_assist,
    "tianditu-map": tianditu_map,
    "ccgp-ggzy": ccgp_ggzy,
    "credit-china": credit_china,
    "flk-law": flk_law,
    "yjzj-comment": yjzj_comment,
    "captcha": captcha,
    "spa-content-api": spa_content_api,
    "hls-video": hls_video,
    "doc-preview": doc_preview,
    "wx-share": wx_share,
    "crawler-fetch": crawler_fetch,
}
assert set(FAMILIES) == set(SOURCES)


def gen() -> list[dict]:
    c = Corpus(SEED)
    for family in sorted(FAMILIES):
        FAMILIES[family](c)
    return c.reqs




def check(rec: dict) -> list[str]:
    """What is wrong with one record as an HTTP request (empty: nothing): corpus_kit.check_record, which
    D, E and F are held to too."""
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
