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
import hashlib
import io
import json
import random
import re
import sys
import urllib.parse
import uuid
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # run as a script from anywhere

from tests.waf.data.corpus_kit import HashSplit, record

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
    "parser syntax (AND/OR/NOT, field:value, \"phrases\", wildcards *, ranges [a TO b]) and TRS-style "
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
GIVEN = ["文博", "思远", "雨桐", "子涵", "建国", "秀英", "志强", "晓燕", "浩然", "欣怡", "海涛", "丽娟",
         "明", "静", "磊", "芳", "军", "婷", "勇", "敏", "一鸣", "梓萱", "国庆", "春梅"]
CITIES = ["合肥", "芜湖", "蚌埠", "淮南", "马鞍山", "安庆", "黄山", "滁州", "阜阳", "宿州", "六安", "宣城", "池州",
          "亳州", "铜陵", "淮北"]
REGIONS = ["340000", "340100", "340200", "340300", "340400", "340500", "340800", "341000", "341100", "341200",
           "341300", "341500", "341800", "110000", "310000", "320000", "330000", "440000"]
DEPTS = ["发展和改革委员会", "教育厅", "公安厅", "民政厅", "人力资源和社会保障厅", "自然资源厅", "生态环境厅",
         "住房和城乡建设厅", "交通运输厅", "水利厅", "农业农村厅", "商务厅", "卫生健康委员会", "市场监督管理局",
         "医疗保障局", "数据资源管理局", "税务局", "统计局"]
SCHOOLS = ["安徽大学", "中国科学技术大学", "合肥工业大学", "安徽师范大学", "安徽农业大学", "安徽医科大学",
           "安徽财经大学", "南京大学", "武汉大学", "华东师范大学", "安徽建筑大学", "淮北师范大学"]
MAJORS = ["汉语言文学", "法学", "会计学", "计算机科学与技术", "临床医学", "土木工程", "公共事业管理",
          "统计学", "环境工程", "农学", "英语", "财务管理", "软件工程", "档案学", "护理学"]
EDU = [("本科", "学士"), ("硕士研究生", "硕士"), ("博士研究生", "博士"), ("大专", "无")]
ANDROID_MODELS = ["V2309A", "PJZ110", "23127PN0CC", "ALN-AL80", "NOH-AN00", "PHB110", "2211133C"]
EMOJI = ["👍", "👏", "❤️", "🌹", "💪", "🙏", "😊", "🇨🇳"]


# --- browsers ---------------------------------------------------------------------------------------


class Browser:
    """One client; the engine decides header names, order and defaults."""

    def __init__(self, engine: str, ua: str, major: int = 0, brand: str | None = None, platform: str = "Windows",
                 mobile: bool = False, lang: str = "zh-CN,zh;q=0.9", wechat: bool = False) -> None:
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
    return Browser("chromium", f"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   f"Chrome/{v}.0.0.0 Safari/537.36", v, "Google Chrome",
                   lang=r.choice(["zh-CN,zh;q=0.9", "zh-CN,zh;q=0.9,en;q=0.8"]))


def _edge(r: random.Random) -> Browser:
    v = r.randint(136, 146)
    return Browser("chromium", f"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   f"Chrome/{v}.0.0.0 Safari/537.36 Edg/{v}.0.0.0", v, "Microsoft Edge",
                   lang="zh-CN,zh;q=0.9,en;q=0.8,en-GB;q=0.7,en-US;q=0.6")


def _360(r: random.Random) -> Browser:
    v = r.choice([108, 122, 132])
    return Browser("chromium", f"Mozilla/5.0 (Windows NT 10.0; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   f"Chrome/{v}.0.0.0 Safari/537.36", v, None)


def _firefox(r: random.Random) -> Browser:
    v = r.choice([138, 140, 143, 145])
    plat = r.choice(["Windows NT 10.0; Win64; x64", "X11; Linux x86_64", "Macintosh; Intel Mac OS X 10.15"])
    return Browser("firefox", f"Mozilla/5.0 ({plat}; rv:{v}.0) Gecko/20100101 Firefox/{v}.0", v,
                   lang="zh-CN,zh;q=0.8,zh-TW;q=0.7,zh-HK;q=0.5,en-US;q=0.3,en;q=0.2")


def _safari(r: random.Random) -> Browser:
    ver = r.choice(["18.5", "18.6", "26.0"])
    return Browser("safari", f"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like "
                   f"Gecko) Version/{ver} Safari/605.1.15", platform="macOS", lang="zh-CN,zh-Hans;q=0.9")


def _android(r: random.Random) -> Browser:
    v = r.randint(136, 146)
    return Browser("chromium", f"Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) "
                   f"Chrome/{v}.0.0.0 Mobile Safari/537.36", v, "Google Chrome", "Android", True,
                   "zh-CN,zh;q=0.9,en-US;q=0.8,en;q=0.7")


def _wechat_android(r: random.Random) -> Browser:
    v = r.choice([130, 134, 138])
    ua = (f"Mozilla/5.0 (Linux; Android {r.choice([13, 14, 15])}; {r.choice(ANDROID_MODELS)} Build/UP1A.231005.007; "
          f"wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/{v}.0.6723.103 Mobile Safari/537.36 "
          f"XWEB/{r.randint(1300000, 1380000)} MMWEBSDK/20250904 MMWEBID/{r.randint(1000, 9999)} "
          f"MicroMessenger/8.0.{r.randint(56, 62)}.2900(0x28003D37) WeChat/arm64 Weixin NetType/"
          f"{r.choice(['WIFI', '5G', '4G'])} Language/zh_CN ABI/arm64")
    return Browser("chromium", ua, v, "Android WebView", "Android", True, "zh-CN,zh;q=0.9,en-US;q=0.8,en;q=0.7",
                   wechat=True)


def _iphone(r: random.Random) -> Browser:
    ver = r.choice(["18.5", "18.6", "26.0"])
    return Browser("safari", f"Mozilla/5.0 (iPhone; CPU iPhone OS {ver.replace('.', '_')} like Mac OS X) "
                   f"AppleWebKit/605.1.15 (KHTML, like Gecko) Version/{ver} Mobile/15E148 Safari/604.1",
                   platform="iOS", mobile=True, lang="zh-CN,zh-Hans;q=0.9")


def _wechat_ios(r: random.Random) -> Browser:
    ua = (f"Mozilla/5.0 (iPhone; CPU iPhone OS {r.choice(['17_6_1', '18_5', '18_6'])} like Mac OS X) "
          f"AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.{r.randint(56, 62)}"
          f"(0x1800{r.randint(3000, 3999)}) NetType/{r.choice(['WIFI', '4G'])} Language/zh_CN")
    return Browser("safari", ua, platform="iOS", mobile=True, lang="zh-CN,zh-Hans;q=0.9", wechat=True)


def _en_chrome(r: random.Random) -> Browser:  # a visitor abroad, for the English edition
    b = r.choice([_chrome, _edge, _firefox, _safari, _android, _iphone])(r)
    b.lang = r.choice(["en-US,en;q=0.9", "en-GB,en;q=0.9", "en-US,en;q=0.9,zh-CN;q=0.8,zh;q=0.7", "de-DE,de;q=0.9,"
                       "en-US;q=0.8,en;q=0.7", "fr-FR,fr;q=0.9,en-US;q=0.8,en;q=0.7", "ja,en-US;q=0.9,en;q=0.8",
                       "ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7", "ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7"])
    if b.engine == "firefox":
        b.lang = "en-US,en;q=0.5"
    return b


DESKTOP = [_chrome, _chrome, _chrome, _edge, _edge, _360, _firefox, _safari]
MOBILE = [_android, _wechat_android, _wechat_android, _iphone, _wechat_ios]

ORDER = {
    "chromium-nav": ["Cache-Control", "sec-ch-ua", "sec-ch-ua-mobile", "sec-ch-ua-platform", "Origin", "Content-Type",
                     "Upgrade-Insecure-Requests", "User-Agent", "Accept", "X-Requested-With", "Sec-Fetch-Site",
                     "Sec-Fetch-Mode", "Sec-Fetch-User", "Sec-Fetch-Dest", "Referer", "Accept-Encoding",
                     "Accept-Language", "Cookie"],
    "chromium": ["Cache-Control", "sec-ch-ua-platform", "Authorization", "X-Requested-With", "User-Agent", "Accept",
                 "sec-ch-ua", "Content-Type", "sec-ch-ua-mobile", "Origin", "Sec-Fetch-Site", "Sec-Fetch-Mode",
                 "Sec-Fetch-Dest", "Referer", "Accept-Encoding", "Accept-Language", "Cookie"],
    "firefox": ["User-Agent", "Accept", "Accept-Language", "Accept-Encoding", "Content-Type", "Authorization",
                "X-Requested-With", "Origin", "Connection", "Referer", "Cookie", "Upgrade-Insecure-Requests",
                "Sec-Fetch-Dest", "Sec-Fetch-Mode", "Sec-Fetch-Site", "Sec-Fetch-User", "Priority"],
    "safari": ["Accept", "Content-Type", "Origin", "Authorization", "Sec-Fetch-Site", "Sec-Fetch-Dest",
               "Accept-Language", "Sec-Fetch-Mode", "User-Agent", "Referer", "X-Requested-With", "Accept-Encoding",
               "Cookie", "Priority"],
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
        return self.pick([f"{SITE}/{col}/{y}{m:02d}/t{y}{m:02d}{self.num(1, 28):02d}_{self.num(10**6, 10**7)}.html",
                          f"{SITE}/{col}/content/post_{self.num(10**6, 10**7)}.html", f"{SITE}/{col}/index.html"])

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

    def headers(self, b: Browser, kind: str = "xhr", accept: str = "*/*", ctype: str | None = None,
                referer: str | None = "", site: str = "same-origin", cookie: bool | str | None = True,
                extra: dict[str, str] | None = None, xrw: bool = False) -> dict[str, str]:
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
    def add(self, family: str, shape: str, method: str, path: str, h: dict[str, str],
            body: str | bytes | None = None) -> None:
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
                out += (f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{fname}"\r\n'
                        f"Content-Type: {ctype}\r\n\r\n").encode() + content + b"\r\n"
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
