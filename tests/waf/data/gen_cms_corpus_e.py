"""Generate corpus E: a FIFTH set of ordinary requests to Chinese government sites, independent of A-D.

    python tests/waf/data/gen_cms_corpus_e.py   # writes cms_e_tuning.jsonl and cms_e_heldout.jsonl next to it

Why a fifth corpus: A-D cover a site's own pages and forms, its CMS products, its widgets and what
browsers send on their own. Corpus E covers traffic none of them has, from services a provincial
platform hosts or is called back by: English (外文版) portals, whose ordinary English names and
sentences contain SQL and script words; 国家统计局-style statistics queries (easyquery) and data-dashboard
filter APIs; 非税/统一公共支付 cashiers and the payment providers' asynchronous notifications (WeChat Pay
XML and APIv3 JSON, Alipay and UnionPay forms); 电子证照 扫码亮证 verification; OFD/PDF 电子签章
verification uploads; 事业单位招聘/考试报名 registration; 短信验证码 and the SMS vendors' delivery
reports; 实名认证/人脸核身 vendor returns; rich-text editors on 投稿/征文 forms posting sanitized HTML;
民主评议 and 网上投票; 政务直播/在线访谈 rooms; 档案/方志 search with Boolean syntax and field
qualifiers; and 地方标准 search by standard number. ``SOURCES`` names the public material each family's
URLs, parameters, headers and bodies follow; values are generated deterministically (``SEED``); HOST is a
placeholder the evaluation replaces.

Every request carries ``family``, ``shape``, ``source`` and ``label`` = family/shape, and has the JSONL
shape of corpora A-D (method, path, headers, body or body_b64).

THE SPLIT, decided and written down here before the corpus was generated and before anything was
evaluated (no WAF result on E was seen by its author; docs/waf.md, held-out discipline):
  1. Whole families held out: the three families whose sha256("corpus-e/<family>") hex digests sort
     first. No tuning may see them.
  2. In every other family, a (family, shape) group is held out when sha256("corpus-e/<family>/<shape>")
     has a first byte divisible by 4.
  3. Everything else is the tuning part. Made once; never re-split, edited or regenerated to pass.
"""

from __future__ import annotations

import base64
import io
import json
import random
import sys
import urllib.parse
import uuid
import zipfile
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # run as a script from anywhere

from tests.waf.data.corpus_kit import HashSplit, check_record, record

T = TypeVar("T")

HERE = Path(__file__).parent
TUNING_FILE = HERE / "cms_e_tuning.jsonl"
HELD_OUT_FILE = HERE / "cms_e_heldout.jsonl"
SEED = 20270116
HOST = "www.example.gov.cn"
SITE = f"https://{HOST}"
SALT = "corpus-e/"
CST = timezone(timedelta(hours=8))

SOURCES = {
    "english-portal": "English (外文版) editions of provincial and municipal portals (www.ah.gov.cn/en, "
    "english.shanghai.gov.cn, www.gd.gov.cn/gdywdt/gdyw style columns: News, Policies, Invest, Travel, Contact "
    "Us); their site search (q/keyword, page, sort, column) and contact/feedback forms; 《政府网站发展指引》 "
    "(国办发〔2017〕47号) on foreign-language editions; ordinary English of government notices and "
    "foreigners' questions (Select Committee, trade union, drop-off point, State Council order, rainstorm alert)",
    "stats-easyquery": "国家统计局 国家数据 data.stats.gov.cn easyquery.htm (m=QueryData/getTree/getOtherWds, "
    "dbcode hgnd/hgyd/hgjd/fsnd/fsyd/csnd, rowcode/colcode zb/sj/reg, wds and dfwds JSON arrays of "
    "{wdcode, valuecode}, k1 timestamp) and search.htm, as public crawlers on GitHub (akshare macro_china_nbs, "
    "cnstats) call them; 统计局 dashboards' ECharts option/dataset and data transform filter conditions "
    "(Apache ECharts handbook: dataset, transform type filter with dimension and >=, <, =, reg, and/or)",
    "fee-payment": "财政部 非税收入收缴电子化 / 统一公共支付平台 (缴款码 jkm, 缴款书 query, 电子票据 "
    "查验 with 票据代码/号码/校验码 per 财政电子票据 数据规范); 支付宝开放平台 alipay.trade.page.pay / wap.pay "
    "synchronous return_url parameters (method=alipay.trade.page.pay.return, out_trade_no, trade_no, "
    "total_amount, sign, sign_type=RSA2, timestamp); 微信支付 H5 redirect_url and JSAPI WeixinJSBridge flow; "
    "cashiers' order-status polling",
    "pay-notify": "微信支付 APIv2 支付结果通知 and 退款结果通知 (text/xml <xml> with CDATA: return_code, appid, "
    "mch_id, nonce_str, sign, result_code, openid, trade_type, bank_type, total_fee, transaction_id, "
    "out_trade_no, time_end; req_info for refunds); 微信支付 APIv3 notifications (Wechatpay-Nonce/Serial/"
    "Signature/Signature-Type/Timestamp headers, event_type TRANSACTION.SUCCESS / REFUND.SUCCESS, "
    "AEAD_AES_256_GCM resource; TheNorthMemory/wechatpay.js.org webhook docs); 支付宝 异步通知 "
    "(notify_time, notify_type=trade_status_sync, notify_id, app_id, charset, version, sign_type, sign, "
    "trade_status, gmt_payment, fund_bill_list; smartwalle/alipay TradeNotification); 中国银联 全渠道 "
    "backUrl notifications (version 5.1.0, encoding, signMethod, txnType, respCode, queryId, signature, "
    "signPubKeyCert)",
    "license-qr": "GB/T 36901-2018 电子证照 总体技术架构, GB/T 36902-2018 电子证照 目录信息规范 and GB/T "
    "36903/36904/36905-2018 (证照标识, 元数据, 文件技术要求); 全国一体化政务服务平台 电子证照 共享服务 and "
    "各地 扫码亮证/亮证核验 pages (a QR code that opens a verify URL with a short-lived code; holder "
    "authorisation 授权用证; 证照目录 by 证照类型代码)",
    "ofd-verify": "GB/T 33190-2016 电子文件存储与交换格式 版式文档 (OFD: a ZIP package with OFD.xml, "
    "Document.xml, Signs/Signatures.xml); GB/T 38540-2020 安全电子签章密码技术规范 and GM/T 0031 电子签章 "
    "(SES_Signature, 印章编码); 电子签章/电子印章 验证 pages of 政务服务网 and 电子营业执照 that upload an "
    "OFD or signed PDF (PDF /ByteRange and /Contents, ISO 32000) and poll a verification result; SM3 digests",
    "exam-signup": "事业单位公开招聘 网上报名 systems (人社厅 人事考试网: 注册, 岗位查询, 报名表 with 学历/学位/"
    "工作经历, 照片上传 as JPEG within size limits, 准考证打印, 成绩查询) and the 中国人事考试网 registration "
    "flow; GB 11643 公民身份号码 (check digit), GB/T 4658 学历代码; jQuery.ajax and axios request formats; "
    "HTML forms with multipart/form-data (RFC 7578)",
    "sms-otp": "短信验证码 flows of 政务服务 logins and forms (send with a captcha ticket, countdown, verify, "
    "voice code); 阿里云 短信服务 状态报告 HTTP 批量推送 (JSON array: phone_number, send_time, report_time, "
    "success, err_code DELIVERED, err_msg, sms_size, biz_id, out_id) and 上行短信; 腾讯云 短信 回执 "
    "callbacks (user_receive_time, nationcode, mobile, report_status, errmsg DELIVRD, description, sid)",
    "face-verify": "腾讯云 人脸核身 docs (DetectAuth RedirectUrl + BizToken; PC/H5 人脸核身结果跳转 GET "
    "?code=&orderNo=&h5faceId=&newSign=); 阿里云 金融级实人认证 (getMetaInfo JSON string, CertifyId, "
    "回调 callbackToken/certifyId/passed/subcode); 支付宝 身份验证 (datadigital.fincloud.generalsaas "
    "certify return); 实名认证 forms posting 姓名 and 公民身份号码, liveness frames as base64 JPEG",
    "rich-editor": "Rich-text editors on public 投稿/征文/网上征集 forms: wangEditor v5 (editor.getHtml(), "
    "MENU_CONF.uploadImage server/fieldName 'wangeditor-uploaded-image', response errno/data.url), "
    "TinyMCE 6 (textarea form post, images_upload_url), Quill (Delta ops JSON, root.innerHTML), CKEditor 5 "
    "SimpleUploadAdapter (upload field 'upload'); sanitized HTML (p, strong, em, a href, img src /upload/..., "
    "table, ol/li, span style) and Word paste with 仿宋_GB2312 公文 fonts",
    "online-vote": "民主评议/政风行风评议 and 网上投票 (十佳/最美 评选) systems: candidate list, vote submit as "
    "jQuery.param arrays (ids[]=) or traditional repeated keys and JSON, per-item 评议 grades with 意见建议 text, "
    "results polling; WeChat 网页授权 openid binding (mp.weixin.qq.com OAuth2 state/code)",
    "live-room": "政务直播 and 在线访谈 rooms (人民网/新华网-style 访谈 pages of 政府网站: 嘉宾, 网友提问 "
    "submitted for moderation, 文字实录); live comment (弹幕) polling with lastId/since, likes batched by count, "
    "online-count heartbeats, replay lists; Aliyun/Tencent live player (VOD/LIVE domain, txSecret/txTime "
    "auth query in the URL patterns of their docs)",
    "archive-search": "档案馆/方志馆 online search (开放档案 目录检索 and 地方志 全文检索): DA/T 18-1999 档案著录规则 "
    "and DA/T 13 档号编制规则 fields (题名, 责任者, 档号, 全宗号, 年度, 保管期限), Apache Lucene/Solr query "
    'parser syntax (AND/OR/NOT, field:value, "phrases", wildcards *, ranges [a TO b]) and TRS-style '
    "field=value expressions; 年鉴/志书 page views",
    "local-standard": "地方标准信息服务平台 (dbba.sacinfo.org.cn) and 全国标准信息公共服务平台 (std.samr.gov.cn) "
    "search: 标准号 (DB34/T 3823—2021, GB/T 7714-2015, DB11/T 1322.5-2022), 标准名称, ICS and CCS 分类, "
    "status (现行/即将实施/废止), 归口/起草单位; 标准征求意见 feedback forms; GB/T 1.1-2020 standard "
    "numbering",
}

SPLIT = HashSplit(SALT, SOURCES)  # the rule in the docstring (tests/waf/data/corpus_kit.py)
HELD_OUT_FAMILIES = SPLIT.held_out_families


def split(reqs: list[dict]) -> tuple[list[dict], list[dict]]:
    """(tuning part, held-out part) by the docstring's rule."""
    return SPLIT.split(reqs)


# --- value pools -----------------------------------------------------------------------------------

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁"
GIVEN = [
    "文博",
    "思远",
    "雨桐",
    "子涵",
    "建国",
    "秀英",
    "志强",
    "晓燕",
    "浩然",
    "欣怡",
    "海涛",
    "丽娟",
    "明",
    "静",
    "磊",
    "芳",
    "军",
    "婷",
    "勇",
    "敏",
    "一鸣",
    "梓萱",
    "国庆",
    "春梅",
]
CITIES = [
    "合肥",
    "芜湖",
    "蚌埠",
    "淮南",
    "马鞍山",
    "安庆",
    "黄山",
    "滁州",
    "阜阳",
    "宿州",
    "六安",
    "宣城",
    "池州",
    "亳州",
    "铜陵",
    "淮北",
]
REGIONS = [
    "340000",
    "340100",
    "340200",
    "340300",
    "340400",
    "340500",
    "340800",
    "341000",
    "341100",
    "341200",
    "341300",
    "341500",
    "341800",
    "110000",
    "310000",
    "320000",
    "330000",
    "440000",
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
    "数据资源管理局",
    "税务局",
    "统计局",
]
SCHOOLS = [
    "安徽大学",
    "中国科学技术大学",
    "合肥工业大学",
    "安徽师范大学",
    "安徽农业大学",
    "安徽医科大学",
    "安徽财经大学",
    "南京大学",
    "武汉大学",
    "华东师范大学",
    "安徽建筑大学",
    "淮北师范大学",
]
MAJORS = [
    "汉语言文学",
    "法学",
    "会计学",
    "计算机科学与技术",
    "临床医学",
    "土木工程",
    "公共事业管理",
    "统计学",
    "环境工程",
    "农学",
    "英语",
    "财务管理",
    "软件工程",
    "档案学",
    "护理学",
]
EDU = [("本科", "学士"), ("硕士研究生", "硕士"), ("博士研究生", "博士"), ("大专", "无")]
ANDROID_MODELS = ["V2309A", "PJZ110", "23127PN0CC", "ALN-AL80", "NOH-AN00", "PHB110", "2211133C"]
EMOJI = ["👍", "👏", "❤️", "🌹", "💪", "🙏", "😊", "🇨🇳"]


# --- browsers ---------------------------------------------------------------------------------------


class Browser:
    """One client; the engine decides header names, order and defaults."""

    def __init__(
        self,
        engine: str,
        ua: str,
        major: int = 0,
        brand: str | None = None,
        platform: str = "Windows",
        mobile: bool = False,
        lang: str = "zh-CN,zh;q=0.9",
        wechat: bool = False,
    ) -> None:
        self.engine, self.ua, self.major, self.brand = engine, ua, major, brand
        self.platform, self.mobile, self.lang, self.wechat = platform, mobile, lang, wechat

    @property
    def enc(self) -> str:
        if self.engine == "safari" or (self.engine == "chromium" and self.major < 123):
            return "gzip, deflate, br"
        return "gzip, deflate, br, zstd"

    def sec_ch_ua(self) -> str:
        """Chromium's brand list: a GREASE brand, Chromium and the product, permuted by the major version."""
        chars = [" ", "(", ":", "-", ".", "/", ")", ";", "=", "?", "_"]
        orders = [(0, 1, 2), (0, 2, 1), (1, 0, 2), (1, 2, 0), (2, 0, 1), (2, 1, 0)]
        m = self.major
        entries: list[str | None] = [None, None, None]
        o = orders[m % 6]
        entries[o[0]] = f'"Not{chars[m % 11]}A{chars[(m + 1) % 11]}Brand";v="{["8", "99", "24"][m % 3]}"'
        entries[o[1]] = f'"Chromium";v="{m}"'
        entries[o[2]] = f'"{self.brand}";v="{m}"' if self.brand else None
        return ", ".join(e for e in entries if e)


def _chrome(r: random.Random) -> Browser:
    v = r.randint(136, 146)
    return Browser(
        "chromium",
        f"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
        f"Chrome/{v}.0.0.0 Safari/537.36",
        v,
        "Google Chrome",
        lang=r.choice(["zh-CN,zh;q=0.9", "zh-CN,zh;q=0.9,en;q=0.8"]),
    )


def _edge(r: random.Random) -> Browser:
    v = r.randint(136, 146)
    return Browser(
        "chromium",
        f"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
        f"Chrome/{v}.0.0.0 Safari/537.36 Edg/{v}.0.0.0",
        v,
        "Microsoft Edge",
        lang="zh-CN,zh;q=0.9,en;q=0.8,en-GB;q=0.7,en-US;q=0.6",
    )


def _360(r: random.Random) -> Browser:
    v = r.choice([108, 122, 132])
    return Browser(
        "chromium",
        f"Mozilla/5.0 (Windows NT 10.0; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36",
        v,
        None,
    )


def _firefox(r: random.Random) -> Browser:
    v = r.choice([138, 140, 143, 145])
    plat = r.choice(["Windows NT 10.0; Win64; x64", "X11; Linux x86_64", "Macintosh; Intel Mac OS X 10.15"])
    return Browser(
        "firefox",
        f"Mozilla/5.0 ({plat}; rv:{v}.0) Gecko/20100101 Firefox/{v}.0",
        v,
        lang="zh-CN,zh;q=0.8,zh-TW;q=0.7,zh-HK;q=0.5,en-US;q=0.3,en;q=0.2",
    )


def _safari(r: random.Random) -> Browser:
    ver = r.choice(["18.5", "18.6", "26.0"])
    return Browser(
        "safari",
        f"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like "
        f"Gecko) Version/{ver} Safari/605.1.15",
        platform="macOS",
        lang="zh-CN,zh-Hans;q=0.9",
    )


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


def _iphone(r: random.Random) -> Browser:
    ver = r.choice(["18.5", "18.6", "26.0"])
    return Browser(
        "safari",
        f"Mozilla/5.0 (iPhone; CPU iPhone OS {ver.replace('.', '_')} like Mac OS X) "
        f"AppleWebKit/605.1.15 (KHTML, like Gecko) Version/{ver} Mobile/15E148 Safari/604.1",
        platform="iOS",
        mobile=True,
        lang="zh-CN,zh-Hans;q=0.9",
    )


def _wechat_ios(r: random.Random) -> Browser:
    ua = (
        f"Mozilla/5.0 (iPhone; CPU iPhone OS {r.choice(['17_6_1', '18_5', '18_6'])} like Mac OS X) "
        f"AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.{r.randint(56, 62)}"
        f"(0x1800{r.randint(3000, 3999)}) NetType/{r.choice(['WIFI', '4G'])} Language/zh_CN"
    )
    return Browser("safari", ua, platform="iOS", mobile=True, lang="zh-CN,zh-Hans;q=0.9", wechat=True)


def _en_chrome(r: random.Random) -> Browser:  # a visitor abroad, for the English edition
    b = r.choice([_chrome, _edge, _firefox, _safari, _android, _iphone])(r)
    b.lang = r.choice(
        [
            "en-US,en;q=0.9",
            "en-GB,en;q=0.9",
            "en-US,en;q=0.9,zh-CN;q=0.8,zh;q=0.7",
            "de-DE,de;q=0.9,en-US;q=0.8,en;q=0.7",
            "fr-FR,fr;q=0.9,en-US;q=0.8,en;q=0.7",
            "ja,en-US;q=0.9,en;q=0.8",
            "ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7",
            "ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7",
        ]
    )
    if b.engine == "firefox":
        b.lang = "en-US,en;q=0.5"
    return b


DESKTOP = [_chrome, _chrome, _chrome, _edge, _edge, _360, _firefox, _safari]
MOBILE = [_android, _wechat_android, _wechat_android, _iphone, _wechat_ios]

ORDER = {
    "chromium-nav": [
        "Cache-Control",
        "sec-ch-ua",
        "sec-ch-ua-mobile",
        "sec-ch-ua-platform",
        "Origin",
        "Content-Type",
        "Upgrade-Insecure-Requests",
        "User-Agent",
        "Accept",
        "X-Requested-With",
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
        "Authorization",
        "X-Requested-With",
        "User-Agent",
        "Accept",
        "sec-ch-ua",
        "Content-Type",
        "sec-ch-ua-mobile",
        "Origin",
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
        "Authorization",
        "X-Requested-With",
        "Origin",
        "Connection",
        "Referer",
        "Cookie",
        "Upgrade-Insecure-Requests",
        "Sec-Fetch-Dest",
        "Sec-Fetch-Mode",
        "Sec-Fetch-Site",
        "Sec-Fetch-User",
        "Priority",
    ],
    "safari": [
        "Accept",
        "Content-Type",
        "Origin",
        "Authorization",
        "Sec-Fetch-Site",
        "Sec-Fetch-Dest",
        "Accept-Language",
        "Sec-Fetch-Mode",
        "Upgrade-Insecure-Requests",
        "User-Agent",
        "Referer",
        "X-Requested-With",
        "Accept-Encoding",
        "Cookie",
        "Priority",
    ],
}
ACCEPT_DOC = {
    "chromium": "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,"
    "application/signed-exchange;v=b3;q=0.7",
    "firefox": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
    "safari": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
}
JQ_ACCEPT = "application/json, text/javascript, */*; q=0.01"
AXIOS_ACCEPT = "application/json, text/plain, */*"
JQ_FORM = "application/x-www-form-urlencoded; charset=UTF-8"
FORM = "application/x-www-form-urlencoded"
JSON_CT = "application/json;charset=UTF-8"
AXIOS_JSON = "application/json"


# --- the corpus ------------------------------------------------------------------------------------


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
        body = f"{self.pick(REGIONS)[:4]}{self.num(1, 28):02d}{born:%Y%m%d}{self.num(10, 99)}{self.num(0, 9)}"
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


def js_json(doc: object) -> str:
    """JSON as JSON.stringify writes it: compact, UTF-8 text."""
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":"))


def uri(value: object) -> str:
    return urllib.parse.quote(str(value), safe="-_.!~*'()")  # encodeURIComponent


def jq(value: object) -> str:
    return uri(value).replace("%20", "+")  # jQuery.param


def form(value: object) -> str:
    return urllib.parse.quote_plus(str(value), safe="*")  # an HTML form / URLSearchParams


def axios(value: object) -> str:  # axios buildURL: encodeURIComponent, then : $ , [ ] put back, space as +
    out = uri(value)
    for a, b in (("%3A", ":"), ("%24", "$"), ("%2C", ","), ("%20", "+"), ("%5B", "["), ("%5D", "]")):
        out = out.replace(a, b)
    return out


def qs(params: Sequence[tuple[str, object]] | dict[str, object], enc: Callable[[object], str] = jq) -> str:
    items = params.items() if isinstance(params, dict) else params
    return "&".join(f"{enc(k)}={enc(v)}" for k, v in items)


def jpeg(c: Corpus, size: int) -> bytes:
    """A JPEG's framing (SOI, JFIF APP0, quantisation table marker, EOI) around random scan bytes."""
    head = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x48\x00\x48\x00\x00\xff\xdb\x00\x43\x00"
    return head + c.rnd.randbytes(size) + b"\xff\xd9"


FAMILIES: dict[str, Callable[[Corpus], None]] = {}


def family(name: str) -> Callable[[Callable[[Corpus], None]], Callable[[Corpus], None]]:
    def register(fn: Callable[[Corpus], None]) -> Callable[[Corpus], None]:
        FAMILIES[name] = fn
        return fn

    return register


# --- english-portal -------------------------------------------------------------------------------

EN_QUERIES = [
    "Select Committee",
    "union of trade unions",
    "drop-off point for visa documents",
    "order from the State Council",
    "where to apply for a work permit",
    "update on visa-free transit 240 hours",
    "exec summary government work report",
    "like-for-like retail sales",
    "script of the press conference",
    "rainstorm red alert",
    "from Hefei to Huangshan",
    "how to delete my account",
    "sleep economy",
    "select committee on foreign investment",
    "Anhui's top industries",
    "union pay card accepted?",
    "DROP-OFF & PICK-UP times",
    "benchmark land price",
    "charter flights Hefei",
    "group tour 144-hour visa-free",
    "Chairman's Order No. 12",
    '"Invest in Anhui" brochure',
    "order of events",
    "where is the Foreign Affairs Office",
    "update my residence permit address",
    "alert system for typhoons",
    "trade union law",
    "from 1 January 2027",
    "EV battery makers",
    "select a hospital with English service",
    "union membership fees",
    "drop-in centre for expats",
    "order No. 5 of the Provincial Government",
    "script writing competition",
    "SIM card for foreigners",
    "delete cookies",
    "insert a new page",
    "cast of the opera",
    "join us",
    "table tennis tournament",
    "Yangtze River Delta integration",
    "Hui-style architecture",
    "O'Neill visit Hefei",
    "news & events",
    "2026-2027 school year",
    "where, when and how to pay tax",
]
EN_COLUMNS = ["news", "policies", "invest", "travel", "living", "government", "media", "cities"]
EN_SUBJECTS = [
    "Question about work permit",
    "Visa extension",
    "Invitation letter",
    "Trade union contact",
    "Drop-off point for documents",
    "Order from the State Council",
    "Report an error on the English site",
    "Media request",
    "Investment enquiry",
    "Feedback on the English website",
    "Select Committee visit",
]
EN_SENTENCES = [
    "I would like to know where I can drop off the documents for my residence permit.",
    "Our union of trade unions would like to arrange a visit; please let me know whom to contact.",
    "Could you send me the script (or transcript) of yesterday's press conference?",
    "The order from the State Council mentioned on your page: does it apply to foreign-invested enterprises?",
    "Please update the English page; the phone number listed there no longer works.",
    "I did not receive the SMS alert for the rainstorm warning, although I registered my number.",
    "Where can I find the list of hospitals with English-speaking doctors? Select ones in Hefei, if possible.",
    "We are a delegation from the Select Committee on Trade and would like to meet the Commerce Department.",
    "Our exec. director will be in Wuhu from 3 to 5 March; is a meeting possible?",
    'Your site says "please enable JavaScript" on my phone, although it is enabled.',
    "Is there a like-for-like comparison of the 2025 and 2026 figures?",
    "How do I delete my account on the service portal and drop my old phone number?",
    "Where is the drop-off point for the airport shuttle, and what time does it leave from the city centre?",
    "Can I pay the fee (RMB 400 & USD 60) by card, or only by WeChat Pay/Alipay?",
    "The union representative told us to order the forms from your office; is that still correct?",
    "Thanks for the quick reply -- it helped a lot!",
    "Hi, I'm O'Connor from Dublin; I teach English at a school in Bengbu.",
    "1) passport copy; 2) contract; 3) health check -- is anything else required?",
]
EN_COUNTRIES = [
    "United States",
    "United Kingdom",
    "Germany",
    "France",
    "Japan",
    "Republic of Korea",
    "Russia",
    "Australia",
    "Canada",
    "Italy",
    "Singapore",
    "Pakistan",
    "Brazil",
    "Ireland",
    "Netherlands",
]
EN_NAMES = [
    "John Smith",
    "Anna Müller",
    "Pierre Dubois",
    "Kenji Sato",
    "Kim Min-jun",
    "Olga Ivanova",
    "Liam O'Connor",
    "Maria Rossi",
    "David Tan",
    "Sarah O'Neill",
    "Ahmed Khan",
    "Lucas Silva",
    "Emma de Vries",
]
EN_CITIES = ["Hefei", "Wuhu", "Bengbu", "Ma'anshan", "Anqing", "Huangshan", "Chuzhou", "Fuyang", "Lu'an", "Xuancheng"]


def mailbox(name: str, part: int = 0) -> str:
    return name.split()[part].lower().replace("'", "").replace("ü", "ue")


@family("english-portal")
def english_portal(c: Corpus) -> None:
    f = "english-portal"
    en_site = SITE + "/en"

    def en_page() -> str:
        return f"{en_site}/{c.pick(EN_COLUMNS)}/{c.num(2025, 2027)}{c.num(1, 12):02d}/t{c.num(10**6, 10**7)}.html"

    for _ in range(26):  # the search box of every page: a form GET
        b = _en_chrome(c.rnd)
        q = c.pick(EN_QUERIES)
        c.add(
            f,
            "site-search",
            "GET",
            "/en/search?" + qs([("q", q)], form),
            c.headers(b, "nav", referer=en_page(), cookie=c.chance(0.3)),
        )
    for _ in range(14):  # the result page's pager and sort links
        b = _en_chrome(c.rnd)
        params = [
            ("q", c.pick(EN_QUERIES)),
            ("page", c.num(2, 9)),
            ("sort", c.pick(["relevance", "date"])),
            ("column", c.pick(["all", *EN_COLUMNS])),
        ]
        c.add(
            f,
            "search-paged",
            "GET",
            "/en/search?" + qs(params, form),
            c.headers(b, "nav", referer=f"{en_site}/search?q={form(c.pick(EN_QUERIES))}", cookie=c.chance(0.3)),
        )
    for _ in range(14):  # the result list fetched by the search page's script
        b = _en_chrome(c.rnd)
        params = [
            ("keyword", c.pick(EN_QUERIES)),
            ("siteId", "en"),
            ("pageNo", c.num(1, 5)),
            ("pageSize", 10),
            ("orderBy", c.pick(["score", "publishTime desc"])),
            ("_", c.ms()),
        ]
        c.add(
            f,
            "search-api",
            "GET",
            "/en/api/search?" + qs(params, jq),
            c.headers(b, accept=JQ_ACCEPT, referer=f"{en_site}/search.html", xrw=True),
        )
    for _ in range(16):  # Contact Us: a plain HTML form POST
        b = _en_chrome(c.rnd)
        name = c.pick(EN_NAMES)
        fields = [
            ("name", name),
            ("email", f"{mailbox(name)}{c.num(1, 99)}@example.com"),
            ("country", c.pick(EN_COUNTRIES)),
            ("subject", c.pick(EN_SUBJECTS)),
            ("message", " ".join(c.rnd.sample(EN_SENTENCES, c.num(1, 3)))),
        ]
        c.add(
            f,
            "contact-form",
            "POST",
            "/en/contact/submit",
            c.headers(b, "nav", ctype=FORM, referer=f"{en_site}/contact.html"),
            qs(fields, form),
        )
    for _ in range(12):  # the same message from a Vue front end as JSON
        b = _en_chrome(c.rnd)
        name = c.pick(EN_NAMES)
        doc = {
            "name": name,
            "email": f"{mailbox(name, -1)}@example.org",
            "phone": f"+{c.pick(['1', '44', '49', '33', '81'])} {c.digits(3)} {c.digits(4)}",
            "title": c.pick(EN_SUBJECTS),
            "content": "\n".join(c.rnd.sample(EN_SENTENCES, c.num(1, 4))),
            "lang": "en",
        }
        c.add(
            f,
            "feedback-json",
            "POST",
            "/en/api/message/save",
            c.headers(b, accept=AXIOS_ACCEPT, ctype=AXIOS_JSON, referer=f"{en_site}/contact/"),
            js_json(doc),
        )
    for _ in range(12):  # news list filters
        b = _en_chrome(c.rnd)
        params = [
            ("category", c.pick(["Latest News", "Press Releases", "Policies & Regulations", "Events"])),
            ("year", c.num(2023, 2027)),
            ("month", c.pick(["", str(c.num(1, 12))])),
            ("page", c.num(1, 6)),
        ]
        c.add(
            f,
            "news-filter",
            "GET",
            f"/en/{c.pick(EN_COLUMNS)}/list?" + qs(params, form),
            c.headers(b, "nav", referer=en_page(), cookie=c.chance(0.3)),
        )
    for _ in range(10):  # newsletter subscription (fetch with URLSearchParams)
        b = _en_chrome(c.rnd)
        name = c.pick(EN_NAMES)
        fields = [
            ("email", f"{mailbox(name)}.{c.num(1, 999)}@example.net"),
            ("topics", ",".join(c.rnd.sample(["invest", "policies", "events", "travel"], c.num(1, 3)))),
            ("consent", "true"),
        ]
        c.add(
            f,
            "newsletter",
            "POST",
            "/en/api/subscribe",
            c.headers(b, ctype="application/x-www-form-urlencoded;charset=UTF-8", referer=en_page()),
            qs(fields, form),
        )
    for _ in range(10):  # Invest section: project library filters
        b = _en_chrome(c.rnd)
        params = [
            (
                "industry",
                c.pick(
                    ["New Energy Vehicles", "Integrated Circuits", "Biomedicine", "AI & Robotics", "Trade & Logistics"]
                ),
            ),
            ("city", c.pick(EN_CITIES)),
            ("minInvestment", c.pick(["10", "50", "100"])),
            ("currency", c.pick(["USD", "RMB"])),
            ("order", c.pick(["newest", "amount"])),
        ]
        c.add(
            f,
            "invest-projects",
            "GET",
            "/en/invest/projects?" + qs(params, axios),
            c.headers(b, accept=AXIOS_ACCEPT, referer=f"{en_site}/invest/"),
        )


# --- stats-easyquery ------------------------------------------------------------------------------

ZB = [
    "A0101",
    "A0201",
    "A0301",
    "A0302",
    "A0501",
    "A0601",
    "A0801",
    "A0901",
    "A0A01",
    "A0B01",
    "A0C01",
    "A0D01",
    "A020101",
    "A030101",
    "A090201",
    "A01010G01",
    "A0E0101",
    "A0G0101",
    "A0M01",
    "A0O01",
]
DBCODES = {"hgnd": "C01", "hgyd": "A01", "hgjd": "B01", "fsnd": "E0103", "fsyd": "E0101", "csnd": "E0105"}
SJ = ["LAST5", "LAST10", "LAST13", "LAST20", "LAST6", "LAST18", "2026", "2020-2026", "202601-202612", "2026A,2026B"]
INDICATORS = [
    "地区生产总值",
    "居民消费价格指数",
    "规模以上工业增加值",
    "社会消费品零售总额",
    "城镇居民人均可支配收入",
    "常住人口",
    "粮食产量",
    "固定资产投资(不含农户)",
    "进出口总额",
    "一般公共预算收入",
    "GDP",
    "CPI",
    "PMI",
]


@family("stats-easyquery")
def stats_easyquery(c: Corpus) -> None:
    f = "stats-easyquery"

    def page(db: str) -> str:
        return f"{SITE}/easyquery.htm?cn={DBCODES[db]}"

    for _ in range(30):  # the data table's query: jQuery GET with JSON arrays in the query
        b = c.browser(0.2)
        db = c.pick(["hgnd", "hgyd", "hgjd"])
        params = [
            ("m", "QueryData"),
            ("dbcode", db),
            ("rowcode", "zb"),
            ("colcode", "sj"),
            ("wds", "[]"),
            ("dfwds", js_json([{"wdcode": "zb", "valuecode": c.pick(ZB)}])),
            ("k1", c.ms()),
        ]
        if c.chance(0.4):
            params.append(("h", 1))
        c.add(
            f,
            "query-data",
            "GET",
            "/easyquery.htm?" + qs(params),
            c.headers(b, accept=JQ_ACCEPT, referer=page(db), xrw=True, cookie=f"JSESSIONID={c.hexs(16).upper()}; u=6"),
        )
    for _ in range(16):  # the time picker: dfwds on sj after the first query
        b = c.browser(0.2)
        db = c.pick(["hgnd", "hgyd", "hgjd"])
        params = [
            ("m", "QueryData"),
            ("dbcode", db),
            ("rowcode", "zb"),
            ("colcode", "sj"),
            ("wds", "[]"),
            ("dfwds", js_json([{"wdcode": "sj", "valuecode": c.pick(SJ)}])),
            ("k1", c.ms()),
        ]
        c.add(
            f,
            "query-period",
            "GET",
            "/easyquery.htm?" + qs(params),
            c.headers(b, accept=JQ_ACCEPT, referer=page(db), xrw=True, cookie=f"JSESSIONID={c.hexs(16).upper()}; u=6"),
        )
    for _ in range(16):  # 分省/城市 data: regions as rows, the indicator fixed in wds
        b = c.browser(0.2)
        db = c.pick(["fsnd", "fsyd", "csnd"])
        wds = [{"wdcode": "zb", "valuecode": c.pick(ZB)}]
        dfwds = [{"wdcode": "reg", "valuecode": c.pick(REGIONS)}] if c.chance(0.5) else []
        params = [
            ("m", "QueryData"),
            ("dbcode", db),
            ("rowcode", "reg"),
            ("colcode", "sj"),
            ("wds", js_json(wds)),
            ("dfwds", js_json(dfwds)),
            ("k1", c.ms()),
            ("h", 1),
        ]
        c.add(
            f,
            "query-region",
            "GET",
            "/easyquery.htm?" + qs(params),
            c.headers(b, accept=JQ_ACCEPT, referer=page(db), xrw=True, cookie=f"JSESSIONID={c.hexs(16).upper()}; u=6"),
        )
    for _ in range(16):  # the indicator tree: a jQuery form POST
        b = c.browser(0.15)
        db = c.pick(list(DBCODES))
        node = c.pick(["zb", *[z[:3] for z in ZB], *[z[:5] for z in ZB]])
        body = qs([("id", node), ("dbcode", db), ("wdcode", "zb"), ("m", "getTree")])
        c.add(
            f,
            "get-tree",
            "POST",
            "/easyquery.htm",
            c.headers(b, accept=JQ_ACCEPT, ctype=JQ_FORM, referer=page(db), xrw=True),
            body,
        )
    for _ in range(10):  # the dimension pickers
        b = c.browser(0.15)
        db = c.pick(list(DBCODES))
        params = [
            ("m", "getOtherWds"),
            ("dbcode", db),
            ("rowcode", c.pick(["zb", "reg"])),
            ("colcode", "sj"),
            ("wds", js_json([{"wdcode": "reg", "valuecode": c.pick(REGIONS)}] if db.startswith("fs") else [])),
            ("k1", c.ms()),
        ]
        c.add(
            f,
            "other-wds",
            "GET",
            "/easyquery.htm?" + qs(params),
            c.headers(b, accept=JQ_ACCEPT, referer=page(db), xrw=True),
        )
    for _ in range(12):  # the data search box
        b = c.browser(0.25)
        params = [
            ("s", c.pick(INDICATORS) + c.pick(["", " " + c.pick(CITIES), " 2026", " 同比"])),
            ("m", "searchdata"),
            ("db", c.pick(["", "hgnd", "fsnd"])),
            ("p", c.num(0, 4)),
        ]
        c.add(f, "search", "GET", "/search.htm?" + qs(params, form), c.headers(b, "nav", referer=f"{SITE}/index.htm"))
    for _ in range(14):  # a 数据大屏 chart asking for its series with an ECharts-transform-style filter
        b = c.browser(0.1)
        year = c.num(2015, 2022)
        cond = c.pick(
            [
                {"dimension": "year", ">=": year},
                {"and": [{"dimension": "year", ">=": year}, {"dimension": "region", "=": c.pick(REGIONS)}]},
                {
                    "or": [
                        {"dimension": "city", "=": c.pick(CITIES) + "市"},
                        {"dimension": "city", "=": c.pick(CITIES) + "市"},
                    ]
                },
                {"and": [{"dimension": "value", ">": 0}, {"dimension": "indicator", "reg": "^" + c.pick(ZB)[:5]}]},
            ]
        )
        doc = {
            "chartId": f"chart_{c.num(1, 40)}",
            "indicator": c.pick(ZB),
            "transform": {"type": "filter", "config": cond},
            "groupBy": c.pick(["year", "region", "quarter"]),
            "orderBy": [{"field": c.pick(["year", "value"]), "order": c.pick(["asc", "desc"])}],
            "limit": c.pick([10, 20, 50]),
        }
        c.add(
            f,
            "chart-filter",
            "POST",
            "/dashboard/api/chart/data",
            c.headers(
                b,
                accept=AXIOS_ACCEPT,
                ctype=AXIOS_JSON,
                referer=f"{SITE}/dashboard/screen.html?id={c.num(1, 9)}",
                extra={"Authorization": f"Bearer {c.b64(24, urlsafe=True)}"} if c.chance(0.3) else None,
            ),
            js_json(doc),
        )
    for _ in range(8):  # 下载: the table export, a form POST to a new window
        b = c.browser(0.0)
        db = c.pick(["hgnd", "hgyd", "fsnd"])
        fields = [
            ("m", "ExportData"),
            ("dbcode", db),
            ("rowcode", "zb"),
            ("colcode", "sj"),
            ("wds", js_json([{"wdcode": "reg", "valuecode": c.pick(REGIONS)}] if db == "fsnd" else [])),
            ("dfwds", js_json([{"wdcode": "sj", "valuecode": c.pick(SJ)}])),
            ("type", c.pick(["xls", "csv"])),
        ]
        c.add(
            f, "export", "POST", "/easyquery.htm", c.headers(b, "nav", ctype=FORM, referer=page(db)), qs(fields, form)
        )


# --- fee-payment ----------------------------------------------------------------------------------

FEES = [
    "机动车驾驶人考试费",
    "不动产登记费",
    "普通护照收费",
    "往来港澳通行证",
    "行政事业性收费-考试报名费",
    "教育收费-学费",
    "罚没收入-交通违法罚款",
    "水土保持补偿费",
    "城镇垃圾处理费",
    "国有资源有偿使用收入",
    "事业单位公开招聘考试费",
    "医疗保险个人缴费",
    "城乡居民养老保险",
]
AGENCIES = [
    "公安厅交通管理局",
    "自然资源厅不动产登记中心",
    "公安厅出入境管理局",
    "人事考试院",
    "教育考试院",
    "住房和城乡建设局",
    "水利厅",
    "医疗保障局",
]


def _order_no(c: Corpus) -> str:
    return f"{c.when():%Y%m%d%H%M%S}{c.digits(6)}"


def _jkm(c: Corpus) -> str:  # 20-digit 缴款码
    return f"{c.pick(REGIONS)}{c.num(2025, 2027)}{c.digits(10)}"


@family("fee-payment")
def fee_payment(c: Corpus) -> None:
    f = "fee-payment"
    cashier = f"{SITE}/fs/pay/index.html"
    for _ in range(18):  # 缴款码 lookup
        b = c.browser(0.6)
        params = [("jkm", _jkm(c)), ("payerName", c.person()), ("_", c.ms())]
        c.add(
            f,
            "jkm-query",
            "GET",
            "/fs/api/pay/bill?" + qs(params),
            c.headers(b, accept=JQ_ACCEPT, referer=cashier, xrw=True),
        )
    for _ in range(16):  # order creation from the cashier (axios JSON)
        b = c.browser(0.6)
        amount = c.pick(["10.00", "50.00", "80.00", "100.00", "120.00", "160.00", "200.00", "550.00", "1280.50"])
        doc = {
            "jkm": _jkm(c),
            "payerName": c.person(),
            "payerMobile": c.mobile(),
            "itemName": c.pick(FEES),
            "agency": c.pick(AGENCIES),
            "amount": amount,
            "payChannel": c.pick(["WXPAY", "ALIPAY", "UNIONPAY"]),
            "tradeType": c.pick(["JSAPI", "MWEB", "NATIVE", "PAGE"]),
            "clientIp": f"{c.num(36, 223)}.{c.num(0, 255)}.{c.num(0, 255)}.{c.num(1, 254)}",
            "remark": c.pick(["", "本人缴费", "代缴：" + c.person()]),
        }
        c.add(
            f,
            "order-create",
            "POST",
            "/fs/api/pay/order/create",
            c.headers(
                b,
                accept=AXIOS_ACCEPT,
                ctype=AXIOS_JSON,
                referer=cashier,
                extra={"Authorization": f"Bearer {c.b64(32, urlsafe=True)}"},
            ),
            js_json(doc),
        )
    for _ in range(14):  # the browser back from Alipay: the synchronous return_url
        b = c.browser(0.5)
        t = c.when()
        params = [
            ("charset", "utf-8"),
            ("out_trade_no", _order_no(c)),
            ("method", "alipay.trade.page.pay.return"),
            ("total_amount", c.pick(["10.00", "50.00", "200.00", "80.00"])),
            ("sign", c.b64(256)),
            ("trade_no", f"{t:%Y%m%d}22001{c.digits(17)}"),
            ("auth_app_id", f"2021{c.digits(12)}"),
            ("version", "1.0"),
            ("app_id", f"2021{c.digits(12)}"),
            ("sign_type", "RSA2"),
            ("seller_id", f"2088{c.digits(12)}"),
            ("timestamp", f"{t:%Y-%m-%d %H:%M:%S}"),
        ]
        c.add(
            f,
            "alipay-return",
            "GET",
            "/fs/pay/return/alipay?" + qs(params, form),
            c.headers(b, "nav", referer="https://excashier.alipay.com/", site="cross-site"),
        )
    for _ in range(12):  # back from the WeChat H5 cashier to redirect_url
        b = c.browser(0.9)
        params = [("orderNo", _order_no(c)), ("channel", "WXPAY"), ("from", c.pick(["mweb", "jsapi"]))]
        c.add(
            f,
            "wx-redirect",
            "GET",
            "/fs/pay/result.html?" + qs(params, form),
            c.headers(b, "nav", referer="https://wx.tenpay.com/", site="cross-site"),
        )
    for _ in range(18):  # the result page polls until the notification has been booked
        b = c.browser(0.6)
        params = [("orderNo", _order_no(c)), ("t", c.ms())]
        c.add(
            f,
            "status-poll",
            "GET",
            "/fs/api/pay/order/status?" + qs(params, axios),
            c.headers(b, accept=AXIOS_ACCEPT, referer=f"{SITE}/fs/pay/result.html"),
        )
    for _ in range(12):  # 财政电子票据 查验
        b = c.browser(0.4)
        fields = [
            ("billCode", f"{c.num(34, 34)}{c.digits(6)}"),
            ("billNo", c.digits(10)),
            ("checkCode", c.alnum(6, "0123456789abcdef")),
            ("billDate", f"{c.when():%Y-%m-%d}"),
            ("amount", c.pick(["80.00", "10.00", "200.00"])),
            ("captcha", c.alnum(4, "2345678abcdefhkmnprstwxy")),
        ]
        c.add(
            f,
            "ebill-check",
            "POST",
            "/fs/einvoice/check",
            c.headers(b, accept=JQ_ACCEPT, ctype=JQ_FORM, referer=f"{SITE}/fs/einvoice/index.html", xrw=True),
            qs(fields),
        )
    for _ in range(8):  # the bill's PDF
        b = c.browser(0.4)
        params = [("billNo", c.digits(10)), ("checkCode", c.alnum(6, "0123456789abcdef")), ("format", "pdf")]
        c.add(
            f,
            "ebill-download",
            "GET",
            "/fs/einvoice/download?" + qs(params, form),
            c.headers(b, "nav", referer=f"{SITE}/fs/einvoice/index.html"),
        )


# --- pay-notify -----------------------------------------------------------------------------------


def _cdata_xml(fields: list[tuple[str, str]]) -> str:
    """WeChat Pay v2's <xml>: strings in CDATA, numbers bare."""
    inner = "".join(f"<{k}>{v}</{k}>" if v.isdigit() else f"<{k}><![CDATA[{v}]]></{k}>" for k, v in fields)
    return f"<xml>{inner}</xml>"


NOTIFY_UA = "Mozilla/4.0"


@family("pay-notify")
def pay_notify(c: Corpus) -> None:
    f = "pay-notify"
    for _ in range(20):  # APIv2 支付结果通知
        t = c.when()
        fields = [
            ("appid", "wx" + c.hexs(8)),
            ("attach", c.pick(["", "fs", c.pick(FEES)])),
            ("bank_type", c.pick(["OTHERS", "CMB_CREDIT", "ICBC_DEBIT", "CCB_DEBIT", "ABC_DEBIT"])),
            ("cash_fee", str(c.pick([1000, 5000, 8000, 20000]))),
            ("fee_type", "CNY"),
            ("is_subscribe", c.pick(["Y", "N"])),
            ("mch_id", "16" + c.digits(8)),
            ("nonce_str", c.alnum(32)),
            ("openid", "o" + c.b64(21, urlsafe=True)[:27]),
            ("out_trade_no", _order_no(c)),
            ("result_code", "SUCCESS"),
            ("return_code", "SUCCESS"),
            ("sign", c.hexs(16).upper()),
            ("time_end", f"{t:%Y%m%d%H%M%S}"),
            ("total_fee", str(c.pick([1000, 5000, 8000, 20000]))),
            ("trade_type", c.pick(["JSAPI", "MWEB", "NATIVE"])),
            ("transaction_id", f"42000{c.digits(23)}"),
        ]
        fields = [(k, v) for k, v in fields if v]
        c.add(
            f,
            "wxpay-v2",
            "POST",
            "/fs/pay/notify/wxpay",
            {"Accept": "*/*", "Content-Type": "text/xml", "Pragma": "no-cache", "User-Agent": NOTIFY_UA},
            _cdata_xml(fields),
        )
    for _ in range(10):  # APIv2 退款结果通知: the details are AES-encrypted in req_info
        fields = [
            ("return_code", "SUCCESS"),
            ("appid", "wx" + c.hexs(8)),
            ("mch_id", "16" + c.digits(8)),
            ("nonce_str", c.alnum(32)),
            ("req_info", c.b64(c.pick([384, 432, 480]))),
        ]
        c.add(
            f,
            "wxpay-v2-refund",
            "POST",
            "/fs/pay/notify/wxpay/refund",
            {"Accept": "*/*", "Content-Type": "text/xml", "Pragma": "no-cache", "User-Agent": NOTIFY_UA},
            _cdata_xml(fields),
        )
    for _ in range(18):  # APIv3 notifications
        t = c.when()
        event, summary, rtype = c.pick(
            [("TRANSACTION.SUCCESS", "支付成功", "transaction"), ("REFUND.SUCCESS", "退款成功", "refund")]
        )
        doc = {
            "id": c.uid(),
            "create_time": t.isoformat(timespec="seconds"),
            "resource_type": "encrypt-resource",
            "event_type": event,
            "summary": summary,
            "resource": {
                "original_type": rtype,
                "algorithm": "AEAD_AES_256_GCM",
                "ciphertext": c.b64(c.pick([540, 612, 690])),
                "associated_data": rtype,
                "nonce": c.alnum(12),
            },
        }
        h = {
            "Accept": "*/*",
            "Content-Type": "application/json",
            "Pragma": "no-cache",
            "User-Agent": NOTIFY_UA,
            "Wechatpay-Nonce": c.alnum(32),
            "Wechatpay-Serial": c.hexs(20).upper(),
            "Wechatpay-Signature": c.b64(256),
            "Wechatpay-Signature-Type": "WECHATPAY2-SHA256-RSA2048",
            "Wechatpay-Timestamp": str(int(t.timestamp())),
            "Request-ID": f"08{c.hexs(20).upper()}-0",
        }
        c.add(f, "wxpay-v3", "POST", "/fs/pay/notify/wxpay/v3", h, js_json(doc))
    for _ in range(20):  # 支付宝 异步通知
        t = c.when()
        amount = c.pick(["10.00", "50.00", "80.00", "200.00", "1280.50"])
        fields = [
            ("gmt_create", f"{t:%Y-%m-%d %H:%M:%S}"),
            ("charset", "utf-8"),
            ("seller_email", "fsjk@example.gov.cn"),
            ("subject", c.pick(FEES)),
            ("sign", c.b64(256)),
            ("buyer_id", f"2088{c.digits(12)}"),
            ("invoice_amount", amount),
            ("notify_id", f"2027{c.hexs(15)}"),
            (
                "fund_bill_list",
                js_json([{"amount": amount, "fundChannel": c.pick(["ALIPAYACCOUNT", "PCREDIT", "BANKCARD"])}]),
            ),
            ("notify_type", "trade_status_sync"),
            ("trade_status", c.pick(["TRADE_SUCCESS", "TRADE_SUCCESS", "TRADE_CLOSED"])),
            ("receipt_amount", amount),
            ("buyer_pay_amount", amount),
            ("app_id", f"2021{c.digits(12)}"),
            ("sign_type", "RSA2"),
            ("seller_id", f"2088{c.digits(12)}"),
            ("gmt_payment", f"{t + timedelta(seconds=c.num(3, 60)):%Y-%m-%d %H:%M:%S}"),
            ("notify_time", f"{t + timedelta(seconds=c.num(61, 300)):%Y-%m-%d %H:%M:%S}"),
            ("version", "1.0"),
            ("out_trade_no", _order_no(c)),
            ("total_amount", amount),
            ("trade_no", f"{t:%Y%m%d}22001{c.digits(17)}"),
            ("auth_app_id", f"2021{c.digits(12)}"),
            ("buyer_logon_id", f"{c.mobile()[:3]}***{c.digits(2)}"),
            ("point_amount", "0.00"),
        ]
        c.add(
            f,
            "alipay",
            "POST",
            "/fs/pay/notify/alipay",
            {
                "Content-Type": "application/x-www-form-urlencoded; text/html; charset=utf-8",
                "Cache-Control": "no-cache",
                "Pragma": "no-cache",
                "User-Agent": NOTIFY_UA,
                "Accept": "text/xml,text/javascript,text/html",
            },
            urllib.parse.urlencode(fields),
        )
    for _ in range(14):  # 银联 全渠道 backUrl
        t = c.when()
        cert = (
            "-----BEGIN CERTIFICATE-----\r\n"
            + "\r\n".join(c.b64(48) for _ in range(c.num(18, 22)))
            + "\r\n-----END CERTIFICATE-----"
        )
        fields = [
            ("accessType", "0"),
            ("bizType", "000201"),
            ("currencyCode", "156"),
            ("encoding", "UTF-8"),
            ("merId", f"8023{c.digits(11)}"),
            ("orderId", _order_no(c)),
            ("queryId", c.digits(21)),
            ("respCode", "00"),
            ("respMsg", "成功[0000000]"),
            ("settleAmt", str(c.pick([1000, 8000, 20000]))),
            ("settleCurrencyCode", "156"),
            ("settleDate", f"{t:%m%d}"),
            ("signMethod", "01"),
            ("signPubKeyCert", cert),
            ("traceNo", c.digits(6)),
            ("traceTime", f"{t:%m%d%H%M%S}"),
            ("txnAmt", str(c.pick([1000, 8000, 20000]))),
            ("txnSubType", "01"),
            ("txnTime", f"{t:%Y%m%d%H%M%S}"),
            ("txnType", "01"),
            ("version", "5.1.0"),
            ("signature", c.b64(256)),
        ]
        c.add(
            f,
            "unionpay",
            "POST",
            "/fs/pay/notify/unionpay",
            {
                "Content-Type": "application/x-www-form-urlencoded;charset=UTF-8",
                "User-Agent": "Java/1.8.0_392",
                "Accept": "text/html, image/gif, image/jpeg, *; q=.2, */*; q=.2",
            },
            urllib.parse.urlencode(fields),
        )
    for _ in range(12):  # the provincial 非税 platform calls the department system back (JSON, signed)
        t = c.when()
        doc = {
            "jkm": _jkm(c),
            "orderNo": _order_no(c),
            "payStatus": c.pick(["1", "1", "2"]),
            "payTime": f"{t:%Y-%m-%d %H:%M:%S}",
            "payChannel": c.pick(["WXPAY", "ALIPAY", "UNIONPAY", "CCB"]),
            "amount": c.pick(["80.00", "10.00", "200.00"]),
            "billNo": c.digits(10),
            "billUrl": f"https://pjcy.example.gov.cn/einvoice/view?code={c.hexs(8)}",
            "nonce": c.alnum(16),
            "timestamp": str(int(t.timestamp() * 1000)),
            "sign": c.hexs(32).upper(),
            "signType": "SM3",
        }
        c.add(
            f,
            "fs-callback",
            "POST",
            "/api/fs/callback",
            {
                "Content-Type": "application/json;charset=UTF-8",
                "User-Agent": "Apache-HttpClient/4.5.14 (Java/1.8.0_392)",
                "Accept-Encoding": "gzip,deflate",
            },
            js_json(doc),
        )


# --- license-qr -----------------------------------------------------------------------------------

LICENSES = [
    ("11100000000013127D001", "营业执照"),
    ("11100000000013338W002", "居民身份证"),
    ("11100000MB0143028F003", "机动车驾驶证"),
    ("11100000000019713D022", "不动产权证书"),
    ("11100000000018505X013", "结婚证"),
    ("11100000717802166E044", "出生医学证明"),
    ("11100000000013127D044", "食品经营许可证"),
    ("11100000MB1748016L012", "社会保障卡"),
    ("11100000000014471H031", "残疾人证"),
    ("11100000000019660E001", "建筑施工企业安全生产许可证"),
]


def _license_id(c: Corpus) -> str:  # 证照标识: OID root, 证照类型代码, 发证机构代码, 流水号, 版本, 校验位
    kind = c.pick(LICENSES)[0]
    return f"1.2.156.3005.2.{kind}.{c.pick(REGIONS)}{c.digits(12)}.{c.digits(6)}.001.{c.pick('0123456789X')}"


@family("license-qr")
def license_qr(c: Corpus) -> None:
    f = "license-qr"
    for _ in range(24):  # a phone's camera opens the QR code's URL
        b = c.browser(0.95)
        params = [("code", c.b64(24, urlsafe=True)), ("t", c.ms() // 1000)]
        if c.chance(0.4):
            params.append(("from", c.pick(["timeline", "singlemessage", "scan"])))
        c.add(
            f,
            "qr-landing",
            "GET",
            "/dzzz/v?" + qs(params, form),
            c.headers(b, "nav", referer=None, site="none", cookie=c.chance(0.2)),
        )
    for _ in range(18):  # the page asks the platform to verify the code
        b = c.browser(0.95)
        doc = {
            "qrCode": c.b64(24, urlsafe=True),
            "timestamp": c.ms(),
            "scene": c.pick(["亮证核验", "扫码核验"]),
            "verifierOrg": c.pick(["", c.pick(CITIES) + "市" + c.pick(DEPTS)]),
        }
        c.add(
            f,
            "verify",
            "POST",
            "/dzzz/api/verify/qrcode",
            c.headers(
                b, accept=AXIOS_ACCEPT, ctype=AXIOS_JSON, referer=f"{SITE}/dzzz/v?code={c.b64(24, urlsafe=True)}"
            ),
            js_json(doc),
        )
    for _ in range(14):  # the holder's 证照夹 in the 政务 app
        b = c.browser(1.0)
        params = [
            ("holderType", c.pick(["1", "2"])),
            ("typeCode", c.pick(LICENSES)[0]),
            ("pageNo", 1),
            ("pageSize", 20),
        ]
        c.add(
            f,
            "my-licenses",
            "GET",
            "/dzzz/api/holder/licenses?" + qs(params, axios),
            c.headers(
                b,
                accept=AXIOS_ACCEPT,
                referer=f"{SITE}/dzzz/mine.html",
                extra={"Authorization": f"Bearer {c.b64(40, urlsafe=True)}"},
            ),
        )
    for _ in range(14):  # 亮证: a short-lived QR code for one licence
        b = c.browser(1.0)
        fields = [
            ("licenseId", _license_id(c)),
            ("purpose", c.pick(["酒店入住", "银行开户", "窗口办事", "租房登记", "交通执法检查"])),
            ("expireSeconds", c.pick(["60", "180", "300"])),
            ("watermark", c.pick(["仅供核验使用", "仅限本次办事"])),
        ]
        c.add(
            f,
            "show-code",
            "POST",
            "/dzzz/api/show/qrcode",
            c.headers(b, accept=JQ_ACCEPT, ctype=JQ_FORM, referer=f"{SITE}/dzzz/mine.html", xrw=True),
            qs(fields),
        )
    for _ in range(12):  # 授权用证: the holder authorises a department to use the licence
        b = c.browser(0.9)
        doc = {
            "licenseIds": [_license_id(c) for _ in range(c.num(1, 3))],
            "authOrg": c.pick(DEPTS),
            "matter": c.pick(["企业开办", "不动产转移登记", "新生儿出生一件事", "退休一件事"]),
            "validDays": c.pick([1, 7, 30]),
            "smsCode": c.digits(6),
        }
        c.add(
            f,
            "authorize",
            "POST",
            "/dzzz/api/auth/grant",
            c.headers(b, accept=AXIOS_ACCEPT, ctype=JSON_CT, referer=f"{SITE}/dzzz/auth.html"),
            js_json(doc),
        )
    for _ in range(10):  # the licence's 版式文件 (OFD) for download
        b = c.browser(0.5)
        params = [("licenseId", _license_id(c)), ("fileType", c.pick(["ofd", "pdf"])), ("sign", c.hexs(16))]
        c.add(
            f,
            "download",
            "GET",
            "/dzzz/file/download?" + qs(params, form),
            c.headers(b, "nav", referer=f"{SITE}/dzzz/mine.html"),
        )
    for _ in range(8):  # the catalogue of licence types
        b = c.browser(0.3)
        params = [("keyword", c.pick(LICENSES)[1]), ("deptCode", c.pick(REGIONS)), ("page", c.num(1, 3))]
        c.add(
            f,
            "catalog",
            "GET",
            "/dzzz/api/catalog?" + qs(params),
            c.headers(b, accept=JQ_ACCEPT, referer=f"{SITE}/dzzz/catalog.html", xrw=True),
        )


# --- ofd-verify -----------------------------------------------------------------------------------

OFD_NS = "http://www.ofdspec.org/2016"
FIXED = (2027, 3, 1, 9, 30, 0)


def _ofd(c: Corpus, title: str) -> bytes:
    """A small OFD package: OFD.xml, Document.xml, one page and a Signatures.xml, zipped (GB/T 33190)."""
    doc_id = c.hexs(16)
    files = {
        "OFD.xml": f'<?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="{OFD_NS}" Version="1.0" DocType="OFD">'
        f"<ofd:DocBody><ofd:DocInfo><ofd:DocID>{doc_id}</ofd:DocID><ofd:Title>{title}</ofd:Title>"
        f"<ofd:CreationDate>2027-03-01</ofd:CreationDate><ofd:Creator>数科OFD</ofd:Creator></ofd:DocInfo>"
        "<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot><ofd:Signatures>Doc_0/Signs/Signatures.xml</ofd:Signatures>"
        "</ofd:DocBody></ofd:OFD>",
        "Doc_0/Document.xml": f'<?xml version="1.0" encoding="UTF-8"?><ofd:Document xmlns:ofd="{OFD_NS}">'
        "<ofd:CommonData><ofd:MaxUnitID>12</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox>"
        '</ofd:PageArea></ofd:CommonData><ofd:Pages><ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages>'
        "</ofd:Document>",
        "Doc_0/Pages/Page_0/Content.xml": f'<?xml version="1.0" encoding="UTF-8"?><ofd:Page xmlns:ofd="{OFD_NS}">'
        f'<ofd:Content><ofd:Layer ID="2"><ofd:TextObject ID="3" Boundary="25 30 160 10" Font="4" Size="5.6">'
        f'<ofd:TextCode X="0" Y="5">{title}</ofd:TextCode></ofd:TextObject></ofd:Layer></ofd:Content></ofd:Page>',
        "Doc_0/Signs/Signatures.xml": f'<?xml version="1.0" encoding="UTF-8"?><ofd:Signatures xmlns:ofd="{OFD_NS}">'
        '<ofd:Signature ID="1" Type="Seal" BaseLoc="/Doc_0/Signs/Sign_0/Signature.xml"/></ofd:Signatures>',
        "Doc_0/Signs/Sign_0/SignedValue.dat": c.rnd.randbytes(c.num(600, 1200)),
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, content in files.items():
            info = zipfile.ZipInfo(name, FIXED)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, content)
    return buf.getvalue()


def _signed_pdf(c: Corpus) -> bytes:
    sig = c.hexs(c.num(600, 900))
    return (
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R /AcroForm 5 0 R >>\nendobj\n"
        + c.rnd.randbytes(c.num(400, 900))
        + f"\n6 0 obj\n<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached /ByteRange [0 "
        f"{c.num(1000, 5000)} {c.num(6000, 9000)} {c.num(500, 900)}] /Contents <{sig}> /M (D:20270301093000+08'00') "
        f">>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n".encode()
    )


DOC_TITLES = [
    "关于印发《{d}政务服务事项清单》的通知",
    "营业执照（电子）",
    "不动产登记证明",
    "行政处罚决定书",
    "建设工程规划许可证",
    "{d}关于{c}市2026年度绩效考核结果的通报",
    "出生医学证明",
    "税务事项通知书",
]


def _title(c: Corpus) -> str:
    return c.pick(DOC_TITLES).format(d=c.pick(DEPTS), c=c.pick(CITIES))


@family("ofd-verify")
def ofd_verify(c: Corpus) -> None:
    f = "ofd-verify"
    page = f"{SITE}/qzyz/verify.html"
    for _ in range(16):  # upload an OFD for 签章验证
        b = c.browser(0.1)
        title = _title(c)
        ctype, body = c.multipart(
            b,
            [
                ("file", (f"{title}.ofd", "application/octet-stream", _ofd(c, title))),
                ("verifyType", c.pick(["seal", "all"])),
            ],
        )
        c.add(
            f,
            "upload-ofd",
            "POST",
            "/qzyz/api/verify/upload",
            c.headers(b, accept=AXIOS_ACCEPT, ctype=ctype, referer=page),
            body,
        )
    for _ in range(12):  # a signed PDF
        b = c.browser(0.1)
        ctype, body = c.multipart(b, [("file", (f"{_title(c)}.pdf", "application/pdf", _signed_pdf(c)))])
        c.add(
            f,
            "upload-pdf",
            "POST",
            "/qzyz/api/verify/upload",
            c.headers(b, accept=AXIOS_ACCEPT, ctype=ctype, referer=page),
            body,
        )
    for _ in range(18):  # the page polls the verification task
        b = c.browser(0.1)
        c.add(
            f,
            "result-poll",
            "GET",
            f"/qzyz/api/verify/result/{c.uid().replace('-', '')}?_t={c.ms()}",
            c.headers(b, accept=AXIOS_ACCEPT, referer=page),
        )
    for _ in range(14):  # 印章 lookup by 印章编码 (GM/T 0031: 14 digits + 2 check)
        b = c.browser(0.3)
        params = [
            ("sealCode", f"{c.pick(REGIONS)}{c.digits(10)}"),
            ("sealName", c.pick(CITIES) + "市" + c.pick(DEPTS) + c.pick(["", "（行政审批专用章）"])),
        ]
        c.add(
            f,
            "seal-query",
            "GET",
            "/qzyz/api/seal/info?" + qs(params),
            c.headers(b, accept=JQ_ACCEPT, referer=page, xrw=True),
        )
    for _ in range(12):  # verify by digest: the file stays on the client, only its SM3 and the signature go up
        b = c.browser(0.1)
        doc = {
            "fileName": f"{_title(c)}.ofd",
            "digestAlg": "SM3",
            "digest": c.hexs(32),
            "signedValue": c.b64(c.num(700, 1100)),
            "signDate": f"{c.when():%Y-%m-%d %H:%M:%S}",
            "certSn": c.hexs(16).upper(),
        }
        c.add(
            f,
            "verify-digest",
            "POST",
            "/qzyz/api/verify/digest",
            c.headers(b, accept=AXIOS_ACCEPT, ctype=JSON_CT, referer=page),
            js_json(doc),
        )
    for _ in range(10):  # the online viewer opens the uploaded file
        b = c.browser(0.1)
        params = [
            ("file", f"/qzyz/tmp/{c.when():%Y%m%d}/{c.hexs(16)}.ofd"),
            ("watermark", c.pick(["0", "1"])),
            ("page", c.num(1, 3)),
        ]
        c.add(f, "viewer", "GET", "/qzyz/viewer/index.html?" + qs(params, form), c.headers(b, "nav", referer=page))
    for _ in range(8):  # the verification report, as PDF
        b = c.browser(0.1)
        c.add(
            f,
            "report",
            "GET",
            f"/qzyz/api/verify/report/{c.hexs(16)}.pdf?download=1",
            c.headers(b, "nav", referer=page),
        )


# --- exam-signup ----------------------------------------------------------------------------------

POSTS = [
    "综合管理",
    "财务会计",
    "文字综合",
    "信息技术",
    "临床医生",
    "护理",
    "中小学语文教师",
    "中小学数学教师",
    "专业技术岗（水利工程）",
    "管理岗位九级",
    "档案管理",
    "法律事务",
    "统计分析",
    "乡镇农技推广",
]
WORK = [
    "在{c}市某公司从事财务工作，负责账务处理、纳税申报等；",
    "2019.07-2023.06 {c}市第一中学 教师（合同制）",
    "于{c}市{d}窗口从事政务服务（劳务派遣），期间获评“优秀服务标兵”。",
    "应届毕业生，无工作经历",
    "2021年9月至今：{c}市某社区 网格员；主要负责：1. 人口信息采集；2. 矛盾纠纷排查；3. 疫情防控值守。",
]


def _exam_id(c: Corpus) -> str:
    return f"{c.num(2026, 2027)}{c.digits(4)}"


@family("exam-signup")
def exam_signup(c: Corpus) -> None:
    f = "exam-signup"
    base = f"{SITE}/rsks"
    for _ in range(16):  # account registration (jQuery form)
        b = c.browser(0.4)
        pw = c.alnum(c.num(8, 12)) + c.pick(["@", "#", "!", ".", "_"]) + c.digits(2)
        fields = [
            ("realName", c.person()),
            ("idType", "1"),
            ("idCard", c.idcard()),
            ("mobile", c.mobile()),
            ("smsCode", c.digits(6)),
            ("password", pw),
            ("confirmPassword", pw),
            ("agree", "on"),
        ]
        c.add(
            f,
            "register",
            "POST",
            "/rsks/user/register",
            c.headers(b, accept=JQ_ACCEPT, ctype=JQ_FORM, referer=f"{base}/register.html", xrw=True),
            qs(fields),
        )
    for _ in range(16):  # 岗位查询
        b = c.browser(0.4)
        params = [
            ("examId", _exam_id(c)),
            ("unitName", c.pick(["", c.pick(CITIES) + "市" + c.pick(DEPTS)])),
            ("postName", c.pick(["", c.pick(POSTS)])),
            ("education", c.pick(["", "本科及以上", "研究生"])),
            ("major", c.pick(["", c.pick(MAJORS)])),
            ("pageNum", c.num(1, 12)),
            ("pageSize", 15),
        ]
        c.add(
            f,
            "post-search",
            "GET",
            "/rsks/api/post/list?" + qs(params, axios),
            c.headers(b, accept=AXIOS_ACCEPT, referer=f"{base}/post.html"),
        )
    for _ in range(20):  # 报名表: the whole form as JSON, education and work history as arrays
        b = c.browser(0.3)
        ed, degree = c.pick(EDU)
        doc = {
            "examId": _exam_id(c),
            "postCode": f"{c.num(1, 60):03d}{c.digits(3)}",
            "name": c.person(),
            "sex": c.pick(["男", "女"]),
            "idCard": c.idcard(),
            "nation": c.pick(["汉族", "回族", "满族", "壮族"]),
            "politics": c.pick(["中共党员", "共青团员", "群众", "中共预备党员"]),
            "mobile": c.mobile(),
            "email": f"{c.alnum(8, 'abcdefghijklmnopqrstuvwxyz')}@{c.pick(['qq.com', '163.com', '126.com'])}",
            "address": f"安徽省{c.pick(CITIES)}市{c.pick(['蜀山区', '包河区', '经开区', '高新区'])}"
            f"{c.pick(['长江西路', '黄山路', '望江路'])}{c.num(1, 999)}号{c.num(1, 30)}栋{c.num(101, 2404)}室",
            "education": [
                {
                    "start": f"{c.num(2008, 2018)}-09",
                    "end": f"{c.num(2012, 2024)}-06",
                    "school": c.pick(SCHOOLS),
                    "major": c.pick(MAJORS),
                    "level": ed,
                    "degree": degree,
                    "fullTime": c.pick([True, True, False]),
                }
                for _ in range(c.num(1, 3))
            ],
            "work": c.pick(WORK).format(c=c.pick(CITIES), d=c.pick(DEPTS)),
            "rewards": c.pick(
                ["无", "2022年获校级“三好学生”；2023年获国家励志奖学金", "获“优秀共产党员”称号（2024年）"]
            ),
            "promise": True,
        }
        c.add(
            f,
            "apply-form",
            "POST",
            "/rsks/api/apply/save",
            c.headers(
                b,
                accept=AXIOS_ACCEPT,
                ctype=AXIOS_JSON,
                referer=f"{base}/apply.html",
                extra={"Authorization": f"Bearer {c.b64(36, urlsafe=True)}"},
            ),
            js_json(doc),
        )
    for _ in range(14):  # 证件照 upload (JPEG, a few KB, multipart)
        b = c.browser(0.3)
        name = c.pick(
            [
                "证件照.jpg",
                "IMG_2027031" + c.digits(4) + ".jpg",
                "mmexport" + str(c.ms()) + ".jpg",
                "photo.jpeg",
                c.idcard() + ".jpg",
            ]
        )
        ctype, body = c.multipart(
            b, [("file", (name, "image/jpeg", jpeg(c, c.num(1500, 4000)))), ("type", "photo"), ("examId", _exam_id(c))]
        )
        c.add(
            f,
            "photo-upload",
            "POST",
            "/rsks/api/file/upload",
            c.headers(b, accept=AXIOS_ACCEPT, ctype=ctype, referer=f"{base}/apply.html"),
            body,
        )
    for _ in range(14):  # 准考证打印
        b = c.browser(0.3)
        params = [("examId", _exam_id(c)), ("idCard", c.idcard()), ("name", c.person())]
        c.add(
            f,
            "admit-card",
            "GET",
            "/rsks/zkz/print?" + qs(params, form),
            c.headers(b, "nav", referer=f"{base}/zkz.html"),
        )
    for _ in range(12):  # 成绩查询
        b = c.browser(0.5)
        fields = [
            ("examId", _exam_id(c)),
            ("zkzh", c.digits(10)),
            ("idCard", c.idcard()),
            ("captcha", c.alnum(4, "2345678abcdefhkmnprstwxy")),
        ]
        c.add(
            f,
            "score-query",
            "POST",
            "/rsks/score/query",
            c.headers(b, "nav", ctype=FORM, referer=f"{base}/score.html"),
            qs(fields, form),
        )
    for _ in range(8):  # 资格审查 status and the reviewer's note
        b = c.browser(0.5)
        c.add(
            f,
            "review-status",
            "GET",
            f"/rsks/api/apply/status?examId={_exam_id(c)}&t={c.ms()}",
            c.headers(
                b, accept=AXIOS_ACCEPT, referer=f"{base}/my.html", extra={"Authorization": f"Bearer {c.b64(36, True)}"}
            ),
        )


# --- sms-otp --------------------------------------------------------------------------------------

SCENES = ["login", "register", "resetPwd", "bindMobile", "apply", "letter"]


@family("sms-otp")
def sms_otp(c: Corpus) -> None:
    f = "sms-otp"
    for _ in range(20):  # send, after the slider/click captcha has passed
        b = c.browser(0.5)
        doc = {
            "mobile": c.mobile(),
            "scene": c.pick(SCENES),
            "captchaVerification": c.b64(c.num(60, 90)),
            "uuid": c.uid(),
        }
        c.add(
            f,
            "send-json",
            "POST",
            "/uc/api/sms/send",
            c.headers(b, accept=AXIOS_ACCEPT, ctype=AXIOS_JSON, referer=f"{SITE}/uc/login.html"),
            js_json(doc),
        )
    for _ in range(14):  # older pages: jQuery form with an image captcha
        b = c.browser(0.5)
        fields = [
            ("phone", c.mobile()),
            ("type", c.pick(["1", "2", "3"])),
            ("imgCode", c.alnum(4, "2345678abcdefhkm")),
            ("_", str(c.ms())),
        ]
        c.add(
            f,
            "send-form",
            "POST",
            "/sms/sendCode.do",
            c.headers(b, accept=JQ_ACCEPT, ctype=JQ_FORM, referer=c.article(), xrw=True),
            qs(fields),
        )
    for _ in range(18):  # verify
        b = c.browser(0.5)
        doc = {"mobile": c.mobile(), "code": c.digits(6), "scene": c.pick(SCENES)}
        c.add(
            f,
            "verify",
            "POST",
            "/uc/api/sms/verify",
            c.headers(b, accept=AXIOS_ACCEPT, ctype=AXIOS_JSON, referer=f"{SITE}/uc/login.html"),
            js_json(doc),
        )
    for _ in range(8):  # 语音验证码 when the SMS does not arrive
        b = c.browser(0.8)
        fields = [("mobile", c.mobile()), ("scene", c.pick(SCENES)), ("channel", "voice")]
        c.add(
            f,
            "voice-code",
            "POST",
            "/uc/api/sms/voice",
            c.headers(
                b, accept=AXIOS_ACCEPT, ctype="application/x-www-form-urlencoded", referer=f"{SITE}/uc/login.html"
            ),
            qs(fields, form),
        )
    for _ in range(8):  # the countdown asks how long until a resend is allowed
        b = c.browser(0.5)
        c.add(
            f,
            "countdown",
            "GET",
            f"/uc/api/sms/ttl?mobile={uri(c.masked_mobile())}&_={c.ms()}",
            c.headers(b, accept=AXIOS_ACCEPT, referer=f"{SITE}/uc/login.html"),
        )
    for _ in range(14):  # 阿里云 短信 状态报告 push
        t = c.when()
        items = []
        for _ in range(c.num(1, 4)):
            ok = c.chance(0.85)
            items.append(
                {
                    "phone_number": c.mobile(),
                    "send_time": f"{t:%Y-%m-%d %H:%M:%S}",
                    "report_time": f"{t + timedelta(seconds=c.num(2, 40)):%Y-%m-%d %H:%M:%S}",
                    "success": ok,
                    "err_code": "DELIVERED" if ok else c.pick(["MK:0000", "IC:0001", "MN:0017"]),
                    "err_msg": "用户接收成功" if ok else c.pick(["失败", "空号", "停机"]),
                    "sms_size": c.pick(["1", "2"]),
                    "biz_id": f"{c.digits(6)}^{c.digits(10)}",
                    "out_id": c.pick(["", _order_no(c)]),
                }
            )
        c.add(
            f,
            "aliyun-report",
            "POST",
            "/uc/callback/sms/aliyun",
            {
                "Content-Type": "application/json",
                "User-Agent": "Apache-HttpClient/4.5.13 (Java/1.8.0_372)",
                "Accept-Encoding": "gzip,deflate",
            },
            js_json(items),
        )
    for _ in range(12):  # 腾讯云 短信 回执
        t = c.when()
        items = [
            {
                "user_receive_time": f"{t + timedelta(seconds=c.num(2, 30)):%Y-%m-%d %H:%M:%S}",
                "nationcode": "86",
                "mobile": c.mobile(),
                "report_status": "SUCCESS",
                "errmsg": "DELIVRD",
                "description": "用户短信送达成功",
                "sid": f"{c.digits(4)}:{c.hexs(16)}{c.digits(8)}",
            }
            for _ in range(c.num(1, 3))
        ]
        c.add(
            f,
            "tencent-report",
            "POST",
            "/uc/callback/sms/tencent",
            {"Content-Type": "application/json", "User-Agent": "Go-http-client/1.1", "Accept-Encoding": "gzip"},
            js_json(items),
        )


# --- face-verify ----------------------------------------------------------------------------------


@family("face-verify")
def face_verify(c: Corpus) -> None:
    f = "face-verify"
    for _ in range(18):  # 实名认证 form before the face check
        b = c.browser(0.8)
        doc = {
            "name": c.person(),
            "idCard": c.idcard(),
            "mobile": c.mobile(),
            "certType": "IDCARD",
            "bizType": c.pick(["LOGIN_UPGRADE", "APPLY", "SIGN"]),
        }
        c.add(
            f,
            "realname",
            "POST",
            "/uc/api/realname/init",
            c.headers(b, accept=AXIOS_ACCEPT, ctype=AXIOS_JSON, referer=f"{SITE}/uc/realname.html"),
            js_json(doc),
        )
    for _ in range(14):  # 阿里云 实人认证: the page sends getMetaInfo()'s JSON string
        b = c.browser(1.0)
        meta = js_json(
            {
                "apdidToken": "",
                "appName": f"{SITE}",
                "appVersion": "1.0.0",
                "bioMetaInfo": f"4.1.0:{c.num(1000000, 9999999)},0",
                "deviceType": "h5",
                "ua": b.ua,
            }
        )
        fields = [("metaInfo", meta), ("sceneId", c.digits(10)), ("outerOrderNo", _order_no(c))]
        c.add(
            f,
            "aliyun-init",
            "POST",
            "/uc/api/face/aliyun/init",
            c.headers(b, accept=JQ_ACCEPT, ctype=JQ_FORM, referer=f"{SITE}/uc/face.html", xrw=True),
            qs(fields),
        )
    for _ in range(16):  # back from 腾讯云 H5 人脸核身
        b = c.browser(1.0)
        params = [
            ("code", c.pick(["0", "0", "0", "66660004", "66660016"])),
            ("orderNo", _order_no(c)),
            ("h5faceId", c.hexs(16)),
            ("newSign", c.hexs(20).upper()),
        ]
        c.add(
            f,
            "tencent-return",
            "GET",
            "/uc/face/return?" + qs(params, form),
            c.headers(b, "nav", referer="https://kyc1.qcloud.com/", site="cross-site", cookie=c.chance(0.6)),
        )
    for _ in range(12):  # 慧眼 DetectAuth: back with the BizToken
        b = c.browser(1.0)
        params = [("token", c.uid().upper()), ("state", c.alnum(10))]
        c.add(
            f,
            "detectauth-return",
            "GET",
            "/uc/face/detect/callback?" + qs(params, form),
            c.headers(b, "nav", referer="https://faceid.qq.com/", site="cross-site"),
        )
    for _ in range(10):  # 阿里云 callback to the server
        params = [
            ("callbackToken", c.hexs(16)),
            ("certifyId", c.hexs(16)),
            ("passed", c.pick(["T", "T", "F"])),
            ("subcode", c.pick(["200", "200", "205", "206"])),
        ]
        c.add(
            f,
            "aliyun-callback",
            "GET",
            "/uc/callback/face/aliyun?" + qs(params, form),
            {"User-Agent": "Apache-HttpClient/4.5.13 (Java/1.8.0_372)", "Accept-Encoding": "gzip,deflate"},
        )
    for _ in range(12):  # 支付宝 身份验证 return
        b = c.browser(1.0)
        params = [("certify_id", c.hexs(16)), ("biz_no", _order_no(c)), ("passed", c.pick(["true", "true", "false"]))]
        c.add(
            f,
            "alipay-certify-return",
            "GET",
            "/uc/face/alipay/return?" + qs(params, form),
            c.headers(b, "nav", referer=None, site="cross-site"),
        )
    for _ in range(10):  # a liveness frame posted for 比对 (JSON with base64 JPEG)
        b = c.browser(1.0)
        img = base64.b64encode(jpeg(c, c.num(2500, 5000))).decode()
        doc = {
            "orderNo": _order_no(c),
            "imageBase64": f"data:image/jpeg;base64,{img}",
            "action": c.pick(["BLINK", "MOUTH", "NOD", "SHAKE"]),
            "ts": c.ms(),
        }
        c.add(
            f,
            "liveness-frame",
            "POST",
            "/uc/api/face/compare",
            c.headers(b, accept=AXIOS_ACCEPT, ctype=AXIOS_JSON, referer=f"{SITE}/uc/face.html"),
            js_json(doc),
        )
    for _ in range(8):  # the result
        b = c.browser(0.8)
        c.add(
            f,
            "result",
            "GET",
            f"/uc/api/face/result?orderNo={_order_no(c)}&_t={c.ms()}",
            c.headers(b, accept=AXIOS_ACCEPT, referer=f"{SITE}/uc/face/return"),
        )


# --- rich-editor ----------------------------------------------------------------------------------

ESSAY = [
    "我心中的{c}，是一座正在奔跑的城市。",
    "从“最多跑一次”到“一次不用跑”，{d}的窗口变了样。",
    "清晨六点，巢湖边的步道上已经有了晨练的人。",
    "奶奶说，过去办个证要跑好几趟；如今在手机上点一点就好了。",
    "村里的路修好了，农产品也搭上了电商的快车（详见附件）。",
    "我们的建议有三条：一是……；二是……；三是……。",
    "作为一名基层网格员，我深知“小事不出村、大事不出镇”的分量。",
]


def _inline(c: Corpus) -> str:
    s = c.pick(ESSAY).format(c=c.pick(CITIES), d=c.pick(DEPTS))
    return c.pick(
        [
            s,
            f"<strong>{s}</strong>",
            f"{s[:6]}<em>{s[6:]}</em>",
            f'<span style="font-family: 仿宋_GB2312; font-size: 16pt;">{s}</span>',
            f'{s}<a href="https://www.gov.cn/zhengce/content/{c.num(2025, 2027)}{c.num(1, 12):02d}/'
            f'content_{c.num(6900000, 7100000)}.htm" target="_blank">链接</a>',
        ]
    )


def _html(c: Corpus, style: str) -> str:
    parts = []
    for _ in range(c.num(2, 6)):
        kind = c.pick(["p", "p", "p", "img", "ol", "table", "h"])
        if kind == "p":
            attr = ' style="text-indent: 2em;"' if style == "wang" and c.chance(0.5) else ""
            parts.append(f"<p{attr}>{_inline(c)}</p>")
        elif kind == "img":
            src = f"/upload/editor/{c.when():%Y/%m}/{c.hexs(16)}.{c.pick(['png', 'jpg', 'jpeg'])}"
            img = f'<img src="{src}" alt="{c.pick(["", "图片", "现场照片"])}"'
            img += ' data-href="" style="width: 50%;"/>' if style == "wang" else f' width="{c.num(300, 800)}" />'
            parts.append(f"<p>{img}</p>")
        elif kind == "ol":
            parts.append("<ol>" + "".join(f"<li>{_inline(c)}</li>" for _ in range(c.num(2, 4))) + "</ol>")
        elif kind == "table":
            rows = "".join(f"<tr><td>{c.pick(CITIES)}</td><td>{c.num(10, 999)}</td></tr>" for _ in range(c.num(2, 4)))
            parts.append(
                f'<table style="border-collapse: collapse; width: 100%;" border="1"><tbody><tr><th>地区</th>'
                f"<th>数量（个）</th></tr>{rows}</tbody></table>"
            )
        else:
            n = c.num(2, 3)
            parts.append(f"<h{n}>{c.pick(['一、基本情况', '二、存在的问题', '三、意见建议', '附：相关说明'])}</h{n}>")
    return "".join(parts) if style == "wang" else "\n".join(parts)


def _word_paste(c: Corpus) -> str:
    """What survives a paste from Word after the editor's filter: MsoNormal paragraphs and 公文 fonts."""
    out = []
    for _ in range(c.num(2, 5)):
        s = c.pick(ESSAY).format(c=c.pick(CITIES), d=c.pick(DEPTS))
        out.append(
            f'<p class="MsoNormal" style="text-indent: 32.0pt; line-height: 28.0pt;"><span style="font-size: '
            f'16.0pt; font-family: 仿宋_GB2312;">{s}</span><span lang="EN-US" style="font-size: 16.0pt;">'
            f'{c.num(2025, 2027)}</span><span style="font-family: 仿宋_GB2312;">年</span></p>'
        )
    return "\n".join(out)


@family("rich-editor")
def rich_editor(c: Corpus) -> None:
    f = "rich-editor"
    page = f"{SITE}/hdjl/tg/index.html"
    for _ in range(18):  # wangEditor v5: getHtml() in a JSON body
        b = c.browser(0.2)
        lead = c.pick(ESSAY).format(c=c.pick(CITIES), d=c.pick(DEPTS))[:14]
        doc = {
            "title": f"{c.pick(['征文', '投稿', '建言'])}：{lead}",
            "author": c.person(),
            "phone": c.mobile(),
            "columnId": c.num(100, 180),
            "content": _html(c, "wang"),
            "isPublic": c.pick([0, 1]),
        }
        c.add(
            f,
            "wang-html",
            "POST",
            "/hdjl/api/article/submit",
            c.headers(b, accept=AXIOS_ACCEPT, ctype=AXIOS_JSON, referer=page),
            js_json(doc),
        )
    for _ in range(14):  # TinyMCE in a plain form: the textarea posts with the form
        b = c.browser(0.1)
        fields = [
            ("title", c.pick(ESSAY).format(c=c.pick(CITIES), d=c.pick(DEPTS))[:16]),
            ("name", c.person()),
            ("tel", c.mobile()),
            ("content", _html(c, "tiny")),
            ("code", c.alnum(4, "2345678abcdefhkm")),
        ]
        c.add(
            f,
            "tinymce-form",
            "POST",
            "/hdjl/tg/submit.do",
            c.headers(b, "nav", ctype=FORM, referer=page),
            qs(fields, form),
        )
    for _ in range(12):  # Quill: the Delta and the rendered HTML
        b = c.browser(0.2)
        ops: list[dict] = []
        for _ in range(c.num(2, 5)):
            s = c.pick(ESSAY).format(c=c.pick(CITIES), d=c.pick(DEPTS))
            ops.append({"insert": s, **({"attributes": {"bold": True}} if c.chance(0.3) else {})})
            ops.append({"insert": "\n", **({"attributes": {"list": "ordered"}} if c.chance(0.3) else {})})
        if c.chance(0.4):
            ops.insert(1, {"insert": {"image": f"/upload/editor/{c.hexs(16)}.png"}})
        html = "".join(f"<p>{op['insert']}</p>" for op in ops if isinstance(op["insert"], str) and op["insert"] != "\n")
        doc = {
            "subject": c.pick(["对《条例（征求意见稿）》的补充意见", "我的家乡变化", "关于社区养老的建议"]),
            "delta": {"ops": ops},
            "html": html,
            "contact": c.mobile(),
        }
        c.add(
            f,
            "quill-delta",
            "POST",
            "/zjhd/api/contribution",
            c.headers(b, accept=AXIOS_ACCEPT, ctype=JSON_CT, referer=f"{SITE}/zjhd/index.html"),
            js_json(doc),
        )
    for _ in range(12):  # pasted from Word, then submitted (jQuery)
        b = c.browser(0.0)
        fields = [
            ("title", c.pick(["调研报告", "工作建议", "征文：我与改革开放"])),
            ("author", c.person()),
            ("unit", c.pick(CITIES) + "市" + c.pick(DEPTS)),
            ("content", _word_paste(c)),
        ]
        c.add(
            f,
            "word-paste",
            "POST",
            "/hdjl/api/article/save",
            c.headers(b, accept=JQ_ACCEPT, ctype=JQ_FORM, referer=page, xrw=True),
            qs(fields),
        )
    for _ in range(14):  # wangEditor's image upload
        b = c.browser(0.2)
        fname = c.pick(["image.png", f"微信图片_2027031{c.digits(6)}.jpg", "截图.png", f"IMG_{c.digits(4)}.jpg"])
        if fname.endswith(".png"):
            part = (fname, "image/png", b"\x89PNG\r\n\x1a\n" + c.rnd.randbytes(c.num(1500, 3500)))
        else:
            part = (fname, "image/jpeg", jpeg(c, c.num(1500, 3500)))
        ctype, body = c.multipart(b, [("wangeditor-uploaded-image", part)])
        c.add(
            f,
            "wang-upload",
            "POST",
            "/hdjl/api/upload/image",
            c.headers(b, accept="*/*", ctype=ctype, referer=page),
            body,
        )
    for _ in range(10):  # CKEditor 5 SimpleUploadAdapter
        b = c.browser(0.0)
        ctype, body = c.multipart(
            b,
            [("upload", (f"{c.hexs(4)}.png", "image/png", b"\x89PNG\r\n\x1a\n" + c.rnd.randbytes(c.num(1200, 3000))))],
        )
        c.add(
            f,
            "ck-upload",
            "POST",
            "/hdjl/ckeditor/upload",
            c.headers(b, accept="*/*", ctype=ctype, referer=page, xrw=True),
            body,
        )
    for _ in range(10):  # a draft auto-saved every minute (fetch, keepalive)
        b = c.browser(0.2)
        doc = {"draftId": c.uid(), "content": _html(c, "wang"), "savedAt": c.ms()}
        c.add(
            f,
            "autosave",
            "POST",
            "/hdjl/api/draft",
            c.headers(b, accept="*/*", ctype="application/json", referer=page),
            js_json(doc),
        )


# --- online-vote ----------------------------------------------------------------------------------

GRADES = ["满意", "基本满意", "不满意", "不了解"]
VOTE_TITLES = [
    "{y}年度“最美{c}人”网络投票",
    "{y}年度民主评议政风行风",
    "“十佳为民办实事项目”评选",
    "{c}市优秀政务新媒体评选",
    "“我最喜爱的政务服务窗口”推选",
]


@family("online-vote")
def online_vote(c: Corpus) -> None:
    f = "online-vote"

    def page() -> str:
        return f"{SITE}/vote/{c.num(10, 60)}.html"

    for _ in range(14):  # the candidate list
        b = c.browser(0.7)
        params = [
            ("voteId", c.num(10, 60)),
            ("keyword", c.pick(["", c.person(), c.pick(CITIES)])),
            ("groupId", c.pick(["", "1", "2"])),
            ("page", c.num(1, 5)),
            ("size", 20),
        ]
        c.add(
            f,
            "candidates",
            "GET",
            "/vote/api/candidates?" + qs(params, axios),
            c.headers(b, accept=AXIOS_ACCEPT, referer=page()),
        )
    for _ in range(18):  # vote with jQuery.param arrays
        b = c.browser(0.7)
        ids = sorted(c.rnd.sample(range(1, 40), c.num(1, 10)))
        body = qs([("voteId", c.num(10, 60)), *[("ids[]", i) for i in ids], ("token", c.hexs(16))])
        c.add(
            f,
            "vote-array",
            "POST",
            "/vote/submit",
            c.headers(b, accept=JQ_ACCEPT, ctype=JQ_FORM, referer=page(), xrw=True),
            body,
        )
    for _ in range(12):  # the same with a plain form: repeated keys
        b = c.browser(0.3)
        ids = sorted(c.rnd.sample(range(1, 40), c.num(1, 10)))
        body = qs(
            [("voteId", c.num(10, 60)), *[("optionId", i) for i in ids], ("captcha", c.alnum(4, "2345678abcdefhkm"))],
            form,
        )
        c.add(f, "vote-form", "POST", "/vote/submit.do", c.headers(b, "nav", ctype=FORM, referer=page()), body)
    for _ in range(16):  # 民主评议: a grade per department and a note
        b = c.browser(0.5)
        items = [
            {
                "deptId": c.num(1, 60),
                "deptName": c.pick(DEPTS),
                "grade": c.pick(GRADES),
                "advice": c.pick(
                    [
                        "",
                        "",
                        "窗口服务态度好，办事效率高。",
                        "希望周末也能开放办理；电话（0551-6xxxxxxx）经常占线。",
                        "“一网通办”还有部分事项需要线下提交纸质材料，建议进一步优化。",
                    ]
                ),
            }
            for _ in range(c.num(3, 8))
        ]
        doc = {
            "evalId": c.num(1, 9),
            "identity": c.pick(["群众", "企业", "人大代表", "政协委员", "服务对象"]),
            "items": items,
            "openid": "o" + c.b64(21, urlsafe=True)[:27],
        }
        c.add(
            f,
            "evaluation",
            "POST",
            "/mzpy/api/submit",
            c.headers(b, accept=AXIOS_ACCEPT, ctype=AXIOS_JSON, referer=f"{SITE}/mzpy/index.html"),
            js_json(doc),
        )
    for _ in range(14):  # the ranking, polled
        b = c.browser(0.7)
        c.add(
            f,
            "ranking",
            "GET",
            f"/vote/api/rank?voteId={c.num(10, 60)}&top={c.pick([10, 20, 50])}&_={c.ms()}",
            c.headers(b, accept=JQ_ACCEPT, referer=page(), xrw=True),
        )
    for _ in range(12):  # WeChat 网页授权 back to the vote page
        b = c.browser(1.0)
        b = b if b.wechat else _wechat_android(c.rnd)
        params = [("code", c.alnum(32)), ("state", f"vote_{c.num(10, 60)}")]
        c.add(
            f,
            "wx-oauth-return",
            "GET",
            "/vote/wx/callback?" + qs(params, form),
            c.headers(b, "nav", referer=None, site="cross-site", cookie=False),
        )
    for _ in range(8):  # share page of one candidate
        b = c.browser(0.9)
        title = c.pick(VOTE_TITLES).format(y=c.num(2026, 2027), c=c.pick(CITIES))
        params = [
            ("voteId", c.num(10, 60)),
            ("cid", c.num(1, 40)),
            ("title", title),
            ("from", c.pick(["singlemessage", "groupmessage", "timeline"])),
            ("isappinstalled", "0"),
        ]
        c.add(
            f,
            "share-page",
            "GET",
            "/vote/detail.html?" + qs(params, form),
            c.headers(b, "nav", referer=None, site="none"),
        )


# --- live-room ------------------------------------------------------------------------------------

LIVE_COMMENTS = [
    "主持人好！",
    "请问{d}负责同志：老旧小区加装电梯的补贴什么时候到位？",
    "支持！为家乡点赞",
    "画面有点卡，能否提供文字实录？",
    "请问“一件事一次办”在{c}能办哪些事项？",
    "讲得很清楚，谢谢嘉宾",
    "农村养老金能不能再提高一点？",
    "咨询一下：异地就医备案（跨省）怎么线上办理？",
    "打卡签到 ✅",
    "希望多举办这样的访谈活动",
    "第3个问题的回答能再说一遍吗？",
    "请问2027年的招生政策有变化吗?",
]


@family("live-room")
def live_room(c: Corpus) -> None:
    f = "live-room"

    def room() -> int:
        return c.num(300, 420)

    def page() -> str:
        return f"{SITE}/zxft/live/{room()}.html"

    for _ in range(12):  # room info
        b = c.browser(0.6)
        c.add(
            f,
            "room-info",
            "GET",
            f"/zxft/api/room/{room()}?_={c.ms()}",
            c.headers(b, accept=JQ_ACCEPT, referer=page(), xrw=True),
        )
    for _ in range(22):  # the comment wall polls for new messages
        b = c.browser(0.6)
        params = [("roomId", room()), ("lastId", c.num(1000, 90000)), ("size", 50), ("_", c.ms())]
        c.add(
            f,
            "comment-poll",
            "GET",
            "/zxft/api/comment/list?" + qs(params),
            c.headers(b, accept=JQ_ACCEPT, referer=page(), xrw=True),
        )
    for _ in range(18):  # a viewer's comment, emoji included
        b = c.browser(0.75)
        text = c.pick(LIVE_COMMENTS).format(d=c.pick(DEPTS), c=c.pick(CITIES))
        if c.chance(0.4):
            text += c.pick(EMOJI) * c.num(1, 3)
        fields = [
            ("roomId", room()),
            ("content", text),
            ("nickname", c.pick(["网友", "游客"]) + c.digits(4)),
            ("replyTo", c.pick(["", str(c.num(1000, 90000))])),
        ]
        c.add(
            f,
            "comment-post",
            "POST",
            "/zxft/api/comment/add",
            c.headers(b, accept=JQ_ACCEPT, ctype=JQ_FORM, referer=page(), xrw=True),
            qs(fields),
        )
    for _ in range(14):  # 网友提问 for the guests, before or during the 访谈
        b = c.browser(0.5)
        doc = {
            "interviewId": room(),
            "name": c.person(),
            "phone": c.mobile(),
            "question": c.pick(LIVE_COMMENTS).format(d=c.pick(DEPTS), c=c.pick(CITIES))
            + c.pick(["", "我家住在" + c.pick(CITIES) + "市，情况是这样的：……", "（此问题不公开）"]),
            "isPublic": c.pick([True, False]),
        }
        c.add(
            f,
            "question",
            "POST",
            "/zxft/api/question/submit",
            c.headers(b, accept=AXIOS_ACCEPT, ctype=AXIOS_JSON, referer=page()),
            js_json(doc),
        )
    for _ in range(14):  # likes, batched by the page
        b = c.browser(0.8)
        body = js_json({"roomId": room(), "count": c.num(1, 30), "ts": c.ms()})
        c.add(
            f,
            "like",
            "POST",
            "/zxft/api/like",
            c.headers(b, accept="*/*", ctype="application/json", referer=page()),
            body,
        )
    for _ in range(12):  # online-count heartbeat
        b = c.browser(0.6)
        params = [("roomId", room()), ("uid", c.uid().replace("-", "")), ("t", c.ms() // 1000)]
        c.add(
            f,
            "heartbeat",
            "GET",
            "/zxft/api/online/heartbeat?" + qs(params, axios),
            c.headers(b, accept=AXIOS_ACCEPT, referer=page()),
        )
    for _ in range(8):  # the player's stream URL with the CDN's auth query (txSecret/txTime)
        b = c.browser(0.6)
        tx_time = format(c.ms() // 1000 + 3600, "X")
        c.add(
            f,
            "stream-auth",
            "GET",
            f"/live/zxft_{room()}.flv?txSecret={c.hexs(16)}&txTime={tx_time}",
            c.headers(b, accept="*/*", referer=page()),
        )
    for _ in range(8):  # replays and 文字实录
        b = c.browser(0.3)
        params = [("year", c.num(2024, 2027)), ("dept", c.pick(["", c.pick(DEPTS)])), ("page", c.num(1, 6))]
        c.add(f, "replays", "GET", "/zxft/list?" + qs(params, form), c.headers(b, "nav", referer=f"{SITE}/zxft/"))


# --- archive-search -------------------------------------------------------------------------------

TOPICS = [
    "土地改革",
    "合作社",
    "水利",
    "淮河治理",
    "农业合作化",
    "治淮",
    "大包干",
    "小岗村",
    "徽州文书",
    "知青",
    "人民公社",
    "扫盲",
    "血吸虫病防治",
    "三线建设",
    "黄梅戏",
    "新安江",
]
FONDS = ["J001", "J003", "J012", "J025", "J104", "Z001", "L006"]
CREATORS = ["省人民政府", "省委办公厅", "省水利厅", "省农业厅", "省教育厅", "省统计局", "专员公署"]


def _archive_q(c: Corpus) -> str:
    t1, t2 = c.rnd.sample(TOPICS, 2)
    y = c.num(1949, 1990)
    return c.pick(
        [
            f"{t1} AND {t2}",
            f"{t1} OR {t2}",
            f"{t1} NOT 通知",
            f'"{t1}"',
            f"{t1[:2]}*",
            f"题名:({t1} AND {t2})",
            f"责任者:{c.pick(CREATORS)} AND 年度:[{y} TO {y + c.num(1, 10)}]",
            f'全文:"{t1}" OR 题名:{t2}',
            f"档号:{c.pick(FONDS)}-{c.num(1, 9)}-*",
            f"({t1} OR {t2}) AND NOT 草稿",
            f"题名={t1} and 年度>={y}",
            f"全宗号={c.pick(FONDS)} and 保管期限=永久",
            f"{t1} {t2}",
            f"{t1}~2",
            f"+{t1} -{t2}",
        ]
    )


@family("archive-search")
def archive_search(c: Corpus) -> None:
    f = "archive-search"
    base = f"{SITE}/dag"
    for _ in range(20):  # the simple box: whatever the reader types, Boolean operators included
        b = c.browser(0.2)
        c.add(
            f,
            "simple",
            "GET",
            "/dag/search?" + qs([("q", _archive_q(c)), ("type", c.pick(["all", "wj", "aj"]))], form),
            c.headers(b, "nav", referer=f"{base}/index.html"),
        )
    for _ in range(16):  # advanced search: field, operator, value rows as a form
        b = c.browser(0.1)
        rows = []
        for i in range(c.num(1, 3)):
            rows += [
                (f"field{i}", c.pick(["tm", "zrz", "dh", "qzh", "nd", "qw"])),
                (f"op{i}", c.pick(["contains", "equals", "startsWith"])),
                (f"value{i}", c.pick(TOPICS + CREATORS + FONDS)),
                (f"logic{i}", c.pick(["AND", "OR", "NOT"])),
            ]
        rows += [
            ("ndStart", str(c.num(1949, 1970))),
            ("ndEnd", str(c.num(1971, 1995))),
            ("bgqx", c.pick(["", "永久", "长期", "30年"])),
        ]
        c.add(
            f,
            "advanced",
            "POST",
            "/dag/search/advanced",
            c.headers(b, "nav", ctype=FORM, referer=f"{base}/advanced.html"),
            qs(rows, form),
        )
    for _ in range(16):  # a Solr-backed API behind the Vue front end
        b = c.browser(0.2)
        params = [
            ("q", _archive_q(c)),
            ("fq", c.pick([f"qzh:{c.pick(FONDS)}", f"nd:[{c.num(1949, 1970)} TO {c.num(1971, 1995)}]", "kfzt:开放"])),
            ("sort", c.pick(["nd asc", "score desc", "dh asc"])),
            ("start", c.num(0, 5) * 20),
            ("rows", 20),
            ("hl", "true"),
        ]
        c.add(
            f,
            "solr-api",
            "GET",
            "/dag/api/search?" + qs(params, axios),
            c.headers(b, accept=AXIOS_ACCEPT, referer=f"{base}/search"),
        )
    for _ in range(14):  # 地方志 full text: phrases and wildcards
        b = c.browser(0.2)
        params = [
            (
                "keyword",
                c.pick(
                    [
                        f'"{c.pick(TOPICS)}"',
                        f"{c.pick(TOPICS)}*",
                        f"{c.pick(CITIES)} {c.pick(TOPICS)}",
                        f"{c.pick(TOPICS)} -{c.pick(TOPICS)}",
                    ]
                ),
            ),
            ("book", c.pick(["", f"{c.pick(CITIES)}市志（1986-2005）", "安徽省志·水利志", f"{c.pick(CITIES)}年鉴"])),
            ("match", c.pick(["exact", "fuzzy"])),
            ("page", c.num(1, 5)),
        ]
        c.add(
            f,
            "fangzhi-fulltext",
            "GET",
            "/szb/fulltext?" + qs(params, form),
            c.headers(b, "nav", referer=f"{SITE}/szb/index.html"),
        )
    for _ in range(12):  # open a record by 档号
        b = c.browser(0.2)
        dh = f"{c.pick(FONDS)}-{c.num(1, 9)}-{c.num(1, 800):04d}-{c.num(1, 60):03d}"
        c.add(
            f, "record", "GET", f"/dag/record?dh={form(dh)}&from=search", c.headers(b, "nav", referer=f"{base}/search")
        )
    for _ in range(10):  # 年鉴 page image viewer
        b = c.browser(0.2)
        params = [("bookId", c.num(100, 900)), ("page", c.num(1, 640)), ("zoom", c.pick(["1", "1.5", "2"]))]
        c.add(
            f,
            "page-image",
            "GET",
            "/szb/api/page?" + qs(params, axios),
            c.headers(
                b,
                accept="image/avif,image/webp,image/apng,image/svg+xml,image/*,*/*;q=0.8",
                kind="img",
                referer=f"{SITE}/szb/reader.html",
            ),
        )
    for _ in range(10):  # 查档预约 (利用申请) with the purpose in free text
        b = c.browser(0.3)
        doc = {
            "name": c.person(),
            "idCard": c.idcard(),
            "phone": c.mobile(),
            "query": _archive_q(c),
            "purpose": c.pick(["工龄认定", "学历证明", "婚姻登记查询", "土地确权", "编史修志", "学术研究（论文）"]),
            "date": f"{c.when():%Y-%m-%d}",
            "remark": c.pick(["", "需要复印件加盖公章；共约3份。"]),
        }
        c.add(
            f,
            "use-apply",
            "POST",
            "/dag/api/apply",
            c.headers(b, accept=AXIOS_ACCEPT, ctype=AXIOS_JSON, referer=f"{base}/apply.html"),
            js_json(doc),
        )


# --- local-standard -------------------------------------------------------------------------------

STD_NAMES = [
    "政务服务中心运行规范",
    "公共数据资源目录编制指南",
    "农村生活污水处理设施水污染物排放标准",
    "高标准农田建设规范",
    "智慧社区建设指南",
    "养老机构等级划分与评定",
    "电子证照应用规范",
    "政务服务“好差评”工作规范",
    "城镇燃气管道运行维护规程",
    "茶叶加工技术规程 黄山毛峰",
    "河湖长制工作规范",
]
ICS = ["03.080", "13.060", "35.240", "65.020", "91.140", "01.140.20", "03.160", "13.020"]
CCS = ["A12", "A16", "Z05", "B11", "P40", "L70", "C59", "X55"]


def _std_no(c: Corpus) -> str:
    y = c.num(2015, 2027)
    return c.pick(
        [
            f"DB34/T {c.num(1000, 4999)}—{y}",
            f"DB34/T {c.num(1000, 4999)}-{y}",
            f"GB/T {c.num(1000, 45000)}-{y}",
            f"DB11/T {c.num(100, 2200)}.{c.num(1, 9)}-{y}",
            f"DB34 {c.num(100, 4999)}-{y}",
            f"GB {c.num(1000, 40000)}—{y}",
            f"DB3401/T {c.num(100, 400)}-{y}",
            f"T/AHFIA {c.num(1, 200):03d}-{y}",
        ]
    )


@family("local-standard")
def local_standard(c: Corpus) -> None:
    f = "local-standard"
    base = f"{SITE}/dbba"
    for _ in range(20):  # search by 标准号 as printed
        b = c.browser(0.2)
        c.add(
            f,
            "by-number",
            "GET",
            "/dbba/search?" + qs([("key", _std_no(c))], form),
            c.headers(b, "nav", referer=f"{base}/index.html"),
        )
    for _ in range(16):  # the list API with filters
        b = c.browser(0.1)
        doc = {
            "current": c.num(1, 20),
            "size": c.pick([10, 20]),
            "key": c.pick(["", c.pick(STD_NAMES)]),
            "status": c.pick(["", "现行", "即将实施", "废止"]),
            "ics": c.pick(["", c.pick(ICS)]),
            "ccs": c.pick(["", c.pick(CCS)]),
            "region": c.pick(REGIONS),
            "issueDateStart": f"{c.num(2015, 2024)}-01-01",
            "issueDateEnd": "",
            "sortField": c.pick(["issueDate", "stdNo"]),
            "sortOrder": c.pick(["desc", "asc"]),
        }
        c.add(
            f,
            "list-api",
            "POST",
            "/dbba/api/standard/list",
            c.headers(b, accept=AXIOS_ACCEPT, ctype=JSON_CT, referer=f"{base}/search"),
            js_json(doc),
        )
    for _ in range(14):  # by name, with quotes and a dot as printed
        b = c.browser(0.2)
        name = c.pick(STD_NAMES)
        q = c.pick([name, f"“{name}”", f"{name} 第{c.num(1, 5)}部分", f"{name}（征求意见稿）", name.split(" ")[0]])
        c.add(
            f,
            "by-name",
            "GET",
            "/dbba/search?" + qs([("key", q), ("type", "name"), ("page", c.num(1, 4))], form),
            c.headers(b, "nav", referer=f"{base}/index.html"),
        )
    for _ in range(12):  # the detail page, keyed by the number itself
        b = c.browser(0.2)
        c.add(
            f,
            "detail",
            "GET",
            f"/dbba/std/detail?stdNo={uri(_std_no(c))}&id={c.hexs(16)}",
            c.headers(b, "nav", referer=f"{base}/search"),
        )
    for _ in range(10):  # the online reader (PDF)
        b = c.browser(0.1)
        c.add(
            f,
            "pdf-view",
            "GET",
            f"/dbba/std/pdf/{c.hexs(16)}.pdf",
            c.headers(b, accept="*/*", referer=f"{base}/std/viewer.html"),
        )
    for _ in range(12):  # 征求意见: comments on a clause
        b = c.browser(0.1)
        fields = [
            ("stdId", c.hexs(16)),
            ("clause", c.pick(["4.2.1", "5.3", "表2", "附录A", "6.1 b)"])),
            (
                "opinion",
                c.pick(
                    [
                        "建议将“应”改为“宜”，理由：部分县区暂不具备条件。",
                        "第5.3条中“≥30 d”与GB/T 1.1-2020的表述不一致，建议修改。",
                        "表2中COD限值（50 mg/L）偏严，建议分级执行；详见附件。",
                        "引用标准GB 18918-2002已有修订，请更新为最新版本。",
                    ]
                ),
            ),
            ("name", c.person()),
            ("unit", c.pick(CITIES) + "市" + c.pick(DEPTS)),
            ("phone", c.mobile()),
        ]
        c.add(
            f,
            "comment",
            "POST",
            "/dbba/api/opinion",
            c.headers(b, accept=JQ_ACCEPT, ctype=JQ_FORM, referer=f"{base}/zqyj.html", xrw=True),
            qs(fields),
        )
    for _ in range(10):  # 标准号 autocomplete
        b = c.browser(0.2)
        prefix = _std_no(c)[: c.num(4, 9)]
        c.add(
            f,
            "suggest",
            "GET",
            f"/dbba/api/suggest?prefix={axios(prefix)}&limit=10",
            c.headers(b, accept=AXIOS_ACCEPT, referer=f"{base}/index.html"),
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
