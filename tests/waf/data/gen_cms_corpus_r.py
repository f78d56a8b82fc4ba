"""Generate corpus R: an EIGHTEENTH set of ordinary requests to Chinese government sites, independent of A-Q.

    python tests/waf/data/gen_cms_corpus_r.py   # writes cms_r_tuning.jsonl and cms_r_heldout.jsonl next to it

Why another corpus: each fresh corpus so far has found kinds of ordinary traffic the earlier ones lacked, and
R measures the WAF's false positives on traffic no tuning round has seen. A-Q cover a site's own pages, CMS
products, widgets, browser reports, citizen services, business back ends, machine-to-machine pushes, gateways,
registries, devices, 部门 business systems, public services and services whose users paste technical text.
Corpus R is a month of everyday traffic to one prefecture-level city's government portal cluster (站群) and the
services linked from it, as a broad mix: 政府信息公开 工作 年度 报告 and 统计 公报 pages with their query
strings and the 年度 报告 tables staff enter (总计 = the sum of its columns); 政策 解读 and 图解 pages (文号
遵府发〔2027〕3号, image zoom, PDF, helpful votes); 领导 信箱 and 市长 热线 letters (long prose with quotes,
brackets, URLs, amounts, addresses, dates; attachments); 人大 代表 建议 and 政协 提案 办理 (submission, 答复 函
uploads with A/B/C 类, 面商 records, 满意度 测评); 行政 许可 and 行政 处罚 双公示 (searches, 部门 data pushes with
统一社会信用代码, CSV batches); 事业单位 公开 招聘 报名 (学历, 专业 代码 of the 本科 专业 目录, the 35 周岁 age
line, photo uploads as files and as base64 data URLs, 学历 PDFs); 义务 教育 入学 报名 (child's 公民身份号码
whose birth date meets the 入学 age line, 户籍, 房产 with shares adding up to 100%, 随迁 子女, 小程序 uploads);
不动产 登记 预约 (号源 on working days, 不动产 单元号, 取号); 公共 资源 交易 公告 search (deal.ggzy.gov.cn's own
form fields, JSON filters in a parameter); 政府 网站 工作 年度 报表 (网站 标识码, ICP and 公安 备案 号, counts
that add up); 适老化/无障碍 reading mode (长辈 版 pages, batched 语音 朗读 text, 拼音 标注, settings); site
search with advanced syntax (phrases, OR, -, title:, filetype:, 文号); the portal's App and 小程序 APIs (signed
calls); RSS/sitemap fetches by crawlers and feed readers (conditional GET with real HTTP dates, HEAD); and 在线
访谈 (long questions, 嘉宾 answers, photo live uploads). ``SOURCES`` names the public material each family's URLs,
parameters, headers and bodies follow; values are generated deterministically (``SEED``); HOST is a placeholder
the evaluation replaces. Where the services check something (统一社会信用代码 and 公民身份号码 check characters,
ages from the birth date, 专业 代码, table totals, shares summing to 100%, working-day 号源, HMAC signatures,
HTTP-date weekdays, MD5 digests of uploads) the generator does it for real, so the fast tests can check the
requests the way the receiving servers would. Nothing here is an attack: every value is what the real service
really receives.

Each request is one JSONL record as in corpora A-Q (method, path, headers, body or body_b64) tagged with its
``family``, ``shape``, ``source`` and ``label`` = family/shape, and passes corpus_kit.check_record.

THE SPLIT is corpus_kit.HashSplit's rule with the salt "corpus-r/", decided and written down here before the
corpus was generated and before anything was evaluated (no WAF result on R was seen by its author; docs/waf.md,
held-out discipline): the three families whose sha256("corpus-r/<family>") hex digests sort first are held out
whole, and no tuning may see them; in every other family a (family, shape) group is held out when
sha256("corpus-r/<family>/<shape>") has a first byte divisible by 4; everything else is the tuning part. Made
once; never re-split, edited or regenerated to pass.
"""

from __future__ import annotations

import base64
import sys
from collections.abc import Callable
from datetime import UTC, date, timedelta
from email.utils import format_datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # run as a script from anywhere

from tests.waf.data import gen_cms_corpus_q as corpus_q
from tests.waf.data.corpus_kit import (
    SITE,
    HashSplit,
    check_record,
    family_registry,
    generate,
    part_files,
    write_corpus,
)
from tests.waf.data.gen_cms_corpus_c import SPIDERS  # C's crawler user agents
from tests.waf.data.gen_cms_corpus_e import JQ_ACCEPT, JQ_FORM, JSON_CT, axios, form, jpeg, jq, js_json, qs  # E's
from tests.waf.data.gen_cms_corpus_f import company, pdf_head, uscc  # F's values
from tests.waf.data.gen_cms_corpus_j import hmac_hex, sha256_text  # J's
from tests.waf.data.gen_cms_corpus_k import ID_WEIGHTS, money  # K's values
from tests.waf.data.gen_cms_corpus_l import app_headers, bearer, miniprogram  # L's clients
from tests.waf.data.gen_cms_corpus_m import DOCX_CT, docx, upload, web, ymd  # M's browser helpers
from tests.waf.data.gen_cms_corpus_n import JAVA_UAS, service, uscc_with  # N's back-end clients and codes
from tests.waf.data.gen_cms_corpus_o import md5_hex  # O's
from tests.waf.data.gen_cms_corpus_p import CSV_CT, csv_text  # P's
from tests.waf.data.gen_cms_corpus_q import jq_form, span, workday_after  # Q's

TUNING_FILE, HELD_OUT_FILE = part_files("r")
SEED = 20290116
SALT = "corpus-r/"

SOURCES = {
    "disclosure-annual-report": "《中华人民共和国政府信息公开条例》 第五十条 (年度 报告 每年 1 月 31 日 前 公布) "
    "and 国办公开办函〔2021〕30号 《中华人民共和国政府信息公开工作年度报告格式》 (表二 主动 公开, 表三 收到 和 处理 "
    "申请 情况 by 自然人/法人 或 其他 组织 columns and 总计, 表四 行政 复议 和 诉讼), 市 政府 网站 年度 报告 专栏 "
    "list/detail pages with dept/year/page query strings, and 市 统计局 《国民经济和社会发展统计公报》 pages, 指标 "
    "数据 API and PDF downloads",
    "policy-explainer": "国办 《关于全面推进政务公开工作的意见》 实施 细则 and 《政府网站发展指引》 "
    "(国办发〔2017〕47号): 政策 解读 与 文件 同步 发布、相互 关联 (文字 解读, 图解, 问答), 政策 文件 文号 "
    "遵府发〔2027〕N号, 图解 images, PDF 原文, 关联 阅读 API, 政策 问答 检索, 有用/无用 评价, 微信 分享 links "
    "(from=timeline&isappinstalled=0)",
    "mayor-mailbox": "市 人民 政府 门户 网站 政民 互动 市长 信箱/领导 信箱 and 市长 热线 H5 as "
    "《政府网站与政务新媒体检查指标》 (留言 办理, 公开 答复) describe them: 写信 forms (xm, sjhm, zjhm, bt, nr, "
    "sfgk, yzm), the 站群 SPA's JSON submission, 附件 (JPEG, PDF, DOCX), 信件 列表 and 详情, 查询码 查询, 满意度 "
    "评价, 市长 热线 微信 H5 with location",
    "deputy-proposal-handling": "《中华人民共和国全国人民代表大会和地方各级人民代表大会代表法》 第十八条 (代表 "
    "建议、批评 和 意见), 全国人大常委会办公厅 《关于进一步加强代表建议办理工作的意见》 and 政协 提案 工作 条例 as "
    "市 人大 代表 建议 and 政协 提案 网络 平台 implement them: 建议/提案 提交 (领衔, 附议/联名), 办理 进度 查询 by "
    "届次 and 号, 承办 单位 答复 函 PDF uploads with 答复 类别 A/B/C, 面商 沟通 记录, 满意度 测评, 交办 调整 申请, "
    "公开 检索",
    "double-publicity": "国家发展改革委 《关于进一步规范行政许可和行政处罚等信用信息公示工作的通知》 and "
    "《行政许可和行政处罚等信用信息公示数据标准》 fields (行政 相对人 名称, 统一社会信用代码, 行政 许可 决定 文书 "
    "号, 许可 类别, 有效期 自/至, 处罚 决定 书 文号, 违法 行为 类型, 处罚 依据, 罚款 金额 万元, 处罚 决定 日期, "
    "公示 截止期), 信用 门户 双公示 search and detail pages, 部门 接口 推送 and CSV batch imports, 信用 修复 申请",
    "institution-recruitment": "《事业单位公开招聘人员暂行规定》 (人事部令第6号) and 省 人社厅 事业单位 公开 招聘 "
    "网上 报名 系统 as its 公告 describe it: 注册, 报名 表 (岗位 代码, 学历/学位, 毕业 院校, 专业 and 专业 代码 of "
    "the 《普通高等学校本科专业目录》, 35 周岁 以下 (以 报名 截止 日 计), 工作 经历), 证件 照 JPEG ≤ 100 KB uploads "
    "and the cropper's base64 data URLs, 学历 证书 PDFs, 岗位 查询, 审核 状态, 准考证 下载",
    "compulsory-enrollment": "教育部 《关于做好普通中小学招生入学工作的通知》 (适龄 儿童 年满 6 周岁, 以 8 月 31 日 "
    "计) and 市 教育局 义务 教育 入学 报名 小程序/H5 (学生 信息 with 公民身份号码 and 全国 学籍 号 G+身份证号, 户籍 "
    "(户号, 与 户主 关系, 迁入 日期), 房产 (不动产权证号, 坐落, 产权 人 and 份额), 随迁 子女 (居住证, 社保 月数, "
    "务工 单位), wx.uploadFile 材料, 学区 查询, 录取 结果, 短信 验证)",
    "property-booking": '《不动产登记暂行条例》 and 自然资源部 不动产 登记 "互联网+" 便民 服务 as 市 不动产 登记 '
    "中心 网上 预约 implements it: 网点 号源 查询 (工作日 时段), 预约 提交 (事项, 申请人, GB/T 37346 不动产 单元号, "
    "不动产权证号), 取消, 我的 预约, 办事 指南, 材料 预审 PDF uploads, 小程序 取号 排队 进度, 委托 代理 信息",
    "trade-notice-search": "《公共资源交易平台管理暂行办法》 and the 全国 公共资源 交易 平台 (deal.ggzy.gov.cn) "
    "公告 检索 form (TIMEBEGIN_SHOW, TIMEEND_SHOW, DEAL_CLASSIFY, DEAL_STAGE, DEAL_PROVINCE, DEAL_CITY, FINDTXT, "
    "PAGENUMBER), 市 公共 资源 交易 中心 网站 栏目 list/detail pages, 全文 检索, the SPA's JSON filter parameter, "
    "订阅, 附件 下载, 中标 结果",
    "site-annual-form": "国办 政府网站 与 政务 新媒体 工作 年度 报表 格式 (网站 名称, 首页 网址, 主办 单位, 政府 "
    "网站 标识码, ICP 备案 号, 公安 机关 备案 号, 独立 用户 访问 总量, 网站 总 访问量, 信息 发布 总数 by 栏目, 解读 "
    "回应, 互动 交流 留言 收到/办结, 安全 防护 检测/发现/整改, 政务 新媒体 账号) as the 全国 政府 网站 信息 报送 "
    "and 市 站群 后台 take it: 保存, 校验, PDF 公开, 往年 查看",
    "elder-friendly-mode": "工信部 《互联网网站适老化通用设计规范》 and GB/T 37668-2019 as 站群 适老化/无障碍 服务 "
    "implement them: 长辈 版 pages (mode=elder cookie and query), 阅读 模式 正文 API, 批量 语音 朗读 (text "
    "segments, voice, speed), 生僻字 拼音 标注, 屏幕 阅读 usage beacons, 配色/字号/光标/行距 设置, 语音 导航 "
    "commands",
    "advanced-site-search": "国办 政府网站 集约化 统一 搜索 (站群 全站 检索) and its 高级 检索 form "
    '(全部/完整/任意/不包含 关键词, 标题/全文, 时间 范围, 站点 范围, 文号) and query syntax ("短语", OR, -, '
    "title:, filetype:, site:), 联想 词, JSON filter parameter, 热词, 点击 日志 beacons",
    "portal-miniapp-api": "微信 小程序 wx.request/wx.login documentation and the city's 政务 App (okhttp) API as "
    "its open docs describe it: 首页 信息 流, 文章 详情, code2Session 登录 (code, encryptedData, iv), HMAC-SHA256 "
    "signed calls (X-Timestamp, X-Nonce, X-Sign over method, path, timestamp, nonce and the body's SHA-256), 推送 "
    "注册, 收藏, 版本 检查",
    "feed-sitemap-crawl": "sitemaps.org protocol (sitemap index and parts), RSS 2.0 and Atom feeds of 政府 网站 "
    "栏目, 百度 搜索 资源 平台 sitemap help, RFC 9110 conditional requests (If-Modified-Since HTTP-date, "
    "If-None-Match, HEAD) and the public user agents of Baiduspider, 360Spider, Sogou, Bytespider, bingbot, Feedly, "
    "Inoreader and RSSHub",
    "online-interview": "政府 网站 在线 访谈 栏目 as 《政府网站与政务新媒体检查指标》 (在线 访谈) and 市 政府 网站 "
    "访谈 系统 describe it: 访谈 预告 page, 网民 提问 征集 (long questions, JSON and form), 文字 实录 polling "
    "(lastId), 后台 嘉宾 答复 录入, 图片 直播 JPEG uploads, 往期 访谈 列表, 点赞",
}

SPLIT = HashSplit(SALT, SOURCES)  # the rule in the docstring (tests/waf/data/corpus_kit.py)
split, HELD_OUT_FAMILIES = SPLIT.split, SPLIT.held_out_families  # split(reqs): (tuning part, held-out part)


# --- the corpus: Q's (and so P's, O's, … F's), recording R's sources --------------------------------------


class Corpus(corpus_q.Corpus):
    """Q's corpus (values, browsers, header order, day(); SourceTagged): requests are tagged with R's sources."""

    sources = SOURCES


FAMILIES: dict[str, Callable[[Corpus], None]] = {}
family = family_registry(FAMILIES)

N = 13  # requests per (family, shape)

ZY = {  # 遵义市 and its 区县: 行政区划 代码
    "520302": "红花岗区",
    "520303": "汇川区",
    "520304": "播州区",
    "520322": "桐梓县",
    "520323": "绥阳县",
    "520324": "正安县",
    "520327": "凤冈县",
    "520328": "湄潭县",
    "520329": "余庆县",
    "520330": "习水县",
    "520381": "赤水市",
    "520382": "仁怀市",
}
ZY_NAMES = list(ZY.values())
ZY_ROADS = [
    "中华南路",
    "凤凰北路",
    "延安路",
    "海尔大道",
    "汇川大道",
    "北京路",
    "上海路",
    "大连路",
    "珠海路",
    "苏州路",
    "南京路",
    "香港路",
    "昆明路",
    "深圳大道",
    "人民路",
    "外环路",
    "万里路",
    "澳门路",
    "厦门路",
    "宁波路",
]
ZY_ESTATES = [
    "奥林匹克花园",
    "中建幸福城",
    "恒大帝景",
    "碧桂园城市花园",
    "万达华府",
    "天安凤凰城",
    "新蒲明珠",
    "凤凰山1号",
    "保利未来城市",
    "星力城",
]
DEPTS = [
    "市发展和改革委员会",
    "市教育局",
    "市公安局",
    "市民政局",
    "市财政局",
    "市人力资源和社会保障局",
    "市自然资源局",
    "市生态环境局",
    "市住房和城乡建设局",
    "市交通运输局",
    "市卫生健康委员会",
    "市市场监督管理局",
    "市医疗保障局",
    "市统计局",
    "市政务服务管理局",
    "红花岗区人民政府",
    "汇川区人民政府",
    "播州区人民政府",
]


def zy_address(c: Corpus) -> str:
    return f"遵义市{c.pick(ZY_NAMES)}{c.pick(ZY_ROADS)}{c.num(1, 300)}号" + c.pick(
        [
            "",
            f"{c.pick(ZY_ESTATES)}{c.num(1, 30)}栋{c.num(1, 4)}单元{c.num(1, 33)}{c.num(1, 6):02d}号",
            f"（{c.pick(ZY_ESTATES)}小区北门）",
        ]
    )


def id_born(c: Corpus, born: date, male: bool | None = None) -> str:
    """A 公民身份号码 of a 遵义 register with a given birth date (and sex: odd 17th digit male), GB 11643 check."""
    if male is None:
        male = c.chance(0.5)
    seq = c.num(10, 99) * 10 + c.pick([1, 3, 5, 7, 9] if male else [0, 2, 4, 6, 8])
    body = f"{c.pick(list(ZY))}{born:%Y%m%d}{seq:03d}"
    return body + "10X98765432"[sum(int(d) * w for d, w in zip(body, ID_WEIGHTS, strict=True)) % 11]


def zy_cert(c: Corpus) -> str:
    """不动产权证书号 as 遵义 prints it: 黔(年份)遵义市不动产权第七位号."""
    return (
        f"黔({c.num(2016, 2027)}){c.pick(['遵义市', '遵义市', '仁怀市', '湄潭县'])}不动产权第{c.num(1, 999999):07d}号"
    )


def zy_unit(c: Corpus) -> str:
    """GB/T 37346 不动产单元号 (28 characters): 行政区划, 地籍区/子区, 宗地 特征码 and 号, F, 定着物 号."""
    return (
        f"{c.pick(list(ZY))}{c.num(1, 20):03d}{c.num(1, 20):03d}{c.pick(['GB', 'JB'])}"
        f"{c.num(1, 99999):05d}F{c.num(1, 9999):04d}{c.num(1, 9999):04d}"
    )


def days(c: Corpus, first: tuple[int, int], second: tuple[int, int]) -> tuple[str, str]:
    """Two days (from, to) counted from the same moment, so the first is never after the second."""
    now = c.day(0, 0)
    a, b = (now + timedelta(days=c.num(lo, hi)) for lo, hi in (first, second))
    return f"{a:%Y-%m-%d}", f"{b:%Y-%m-%d}"


def born_between(c: Corpus, first: date, last: date) -> date:
    return first + timedelta(days=c.num(0, (last - first).days))


def page(c: Corpus, referer: str | None = "", mobile: float = 0.4, site: str = "same-origin") -> dict[str, str]:
    """A browser navigation (a page, a PDF, a list with its query string)."""
    return c.headers(c.browser(mobile), kind="nav", referer=referer, site=site)


def jq_get(c: Corpus, referer: str, mobile: float = 0.3) -> dict[str, str]:
    """A jQuery $.ajax GET (dataType json) from a page of the site."""
    return web(c, None, mobile, referer, JQ_ACCEPT, True)


def img_get(c: Corpus, referer: str, mobile: float = 0.4) -> dict[str, str]:
    b = c.browser(mobile)
    accept = "image/avif,image/webp,image/apng,image/svg+xml,image/*,*/*;q=0.8"
    return c.headers(b, kind="img", accept=accept, referer=referer)


def no_cors(h: dict[str, str], dest: str) -> dict[str, str]:
    """A request the page makes without CORS (a beacon, a stylesheet): its fetch metadata says so."""
    if "Sec-Fetch-Mode" in h:
        h["Sec-Fetch-Mode"], h["Sec-Fetch-Dest"] = "no-cors", dest
    return h


def beacon(c: Corpus, referer: str, mobile: float = 0.4) -> dict[str, str]:
    """navigator.sendBeacon(url, string): text/plain, no-cors."""
    b = c.browser(mobile)
    return no_cors(c.headers(b, accept="*/*", ctype="text/plain;charset=UTF-8", referer=referer), "empty")


def art_path(c: Corpus, col: str, prefix: str = "t") -> str:
    d = c.day(-120, 0)
    return f"/{col}/{d:%Y%m}/{prefix}{d:%Y%m%d}_{c.num(7000000, 7999999)}.html"


def doc_no(c: Corpus) -> str:
    return (
        f"{c.pick(['遵府发', '遵府办发', '遵府办函', '遵市监发', '遵人社通'])}〔{c.num(2025, 2027)}〕{c.num(1, 120)}号"
    )


# --- disclosure-annual-report ----------------------------------------------------------------------------

APPLICANT_COLS = ["zrr", "syqy", "kyjg", "shgyzz", "flfwjg", "qt"]  # 自然人, 商业企业, 科研机构, 公益, 法律服务, 其他
BULLETIN_INDICATORS = [  # (指标 代码, 名称, 单位)
    ("A0201", "地区生产总值", "亿元"),
    ("A0301", "一般公共预算收入", "亿元"),
    ("A0502", "社会消费品零售总额", "亿元"),
    ("A0801", "城镇常住居民人均可支配收入", "元"),
    ("A0802", "农村常住居民人均可支配收入", "元"),
    ("A1103", "白酒产量（折65度）", "万千升"),
    ("A1301", "年末常住人口", "万人"),
]


@family("disclosure-annual-report")
def disclosure_annual_report(c: Corpus) -> None:
    f = "disclosure-annual-report"
    ref = f"{SITE}/zfxxgk/gknb/index.html"
    for _ in range(N):
        year = c.num(2019, 2026)
        path = f"/zfxxgk/gknb/{year + 1}01/t{year + 1}01{c.num(10, 31)}_{c.num(7000000, 7999999)}.html"
        c.add(f, "report-page", "GET", path, page(c, ref))
    for _ in range(N):
        q = [("dept", c.pick(DEPTS)), ("year", c.num(2019, 2026)), ("page", c.num(1, 6))]
        if c.chance(0.3):
            q.append(("sort", "pubdate"))
        c.add(f, "report-list", "GET", "/zfxxgk/gknb/index.html?" + qs(q, form), page(c, ref, 0.2))
    for _ in range(N):
        q = [
            ("year", c.num(2021, 2026)),
            ("deptCode", uscc_with(c, "11")),
            ("table", c.pick(["2", "3", "4"])),
            ("_", c.ms()),
        ]
        c.add(f, "table-api", "GET", "/zfxxgk/gknb/api/table?" + qs(q, axios), web(c, None, 0.2, ref))
    for _ in range(N):
        year = c.num(2020, 2026)
        path = f"/zwgk/tjxx/tjgb/{year + 1}04/t{year + 1}04{c.num(10, 28)}_{c.num(7000000, 7999999)}.html"
        if c.chance(0.5):
            path += "?" + c.pick(
                ["from=timeline&isappinstalled=0", "from=singlemessage", "from=groupmessage&isappinstalled=0"]
            )
        c.add(f, "bulletin-page", "GET", path, page(c, "https://www.baidu.com/", 0.6, "cross-site"))
    for _ in range(N):
        code, _, _ = c.pick(BULLETIN_INDICATORS)
        end = c.num(2024, 2026)
        q = [("zbdm", code), ("sj", f"{end - c.num(4, 9)}-{end}"), ("dq", c.pick(["520300", *ZY])), ("lang", "zh")]
        h = web(c, None, 0.3, f"{SITE}/zwgk/tjxx/tjsj/index.html")
        c.add(f, "indicator-api", "GET", "/tjj/api/gb/indicator?" + qs(q, axios), h)
    for _ in range(N):
        rows = {}
        for row in ("bnxs", "snjz", "jzxnd"):  # 本年 新收, 上年 结转, 结转 下年度
            cols = {k: c.num(0, 60) if k == "zrr" else c.num(0, 8) for k in APPLICANT_COLS}
            cols["zj"] = sum(cols.values())
            rows[row] = cols
        review = {k: c.num(0, 6) for k in ("wc", "jz", "qtjg", "wsj")}  # 维持, 纠正, 其他 结果, 尚未 审结
        review["zj"] = sum(review.values())
        doc = {
            "nd": c.num(2025, 2026),
            "dwmc": c.pick(DEPTS),
            "bs": rows,
            "fy": review,
            "zdgk": {"gfxwj_zd": c.num(0, 12), "gfxwj_fz": c.num(0, 5), "xzxk_cl": c.num(20, 9000)},
            "cz": "本年度依申请公开办理中“信息不存在”答复占比较高，下一步将加强政府信息管理（“三审三校”）。",
        }
        h = web(c, JSON_CT, 0.0, f"{SITE}/zwgkadmin/gknb/edit")
        c.add(f, "table-save", "POST", "/zwgkadmin/api/gknb/save", h, js_json(doc))
    for _ in range(N):
        doc = {
            "url": f"{SITE}/zfxxgk/gknb/202701/t202701{c.num(10, 31)}_{c.num(7000000, 7999999)}.html",
            "wtlx": c.pick(["数据错误", "链接失效", "附件无法下载"]),
            "wtms": c.pick(
                [
                    "表三“一、本年新收政府信息公开申请数量”一行自然人填 23，但总计写的是 32，"
                    "与各列之和（23+4+0+0+1+0=28）不符。",
                    "第五部分“存在的主要问题及改进情况”写的是“2025年度”，标题却是2026年度报告，应是复制了去年的内容。",
                    "页面下方附件《2026年政府信息公开工作年度报告.pdf》点击后显示 404"
                    "（https://www.zunyi.gov.cn/… 链接少了一级目录）。",
                ]
            ),
            "lxr": c.person(),
            "lxfs": c.mobile(),
        }
        c.add(f, "correction-feedback", "POST", "/zfxxgk/api/jc/submit", web(c, JSON_CT, 0.4, ref), js_json(doc))
    for _ in range(N):
        year = c.num(2020, 2026)
        q = [("fileId", c.hexs(16)), ("fileName", f"{c.pick(DEPTS)}{year}年政府信息公开工作年度报告.pdf")]
        c.add(f, "report-download", "GET", "/zfxxgk/file/download?" + qs(q, form), page(c, ref, 0.3))


# --- policy-explainer ------------------------------------------------------------------------------------

POLICY_QA = [
    "“个人养老金”每年缴纳上限12000元是按自然年还是按缴费年度？",
    "3岁以下婴幼儿照护专项附加扣除标准是每个子女每月2000元吗",
    "新能源汽车置换补贴（最高1.5万元）需要旧车在本人名下满1年吗？",
    "稳岗返还 中小微企业 返还比例 60%还是90%",
    "住房公积金“商转公”贷款额度怎么算",
    "高校毕业生就业见习补贴标准（遵义）",
]


@family("policy-explainer")
def policy_explainer(c: Corpus) -> None:
    f = "policy-explainer"
    for _ in range(N):
        ref = f"{SITE}{art_path(c, 'zwgk/zcwj/szfwj')}"
        c.add(f, "jd-page", "GET", art_path(c, "zwgk/zcjd/wzjd"), page(c, ref))
    for _ in range(N):
        c.add(f, "tujie-page", "GET", art_path(c, "zwgk/zcjd/tjzc"), page(c, f"{SITE}/zwgk/zcjd/tjzc/index.html", 0.5))
    for _ in range(N):
        q = [("wjid", c.num(7000000, 7999999)), ("wh", doc_no(c)), ("types", "wzjd,tj,sp,wd")]
        c.add(
            f,
            "related-api",
            "GET",
            "/api/zcjd/related?" + qs(q, axios),
            web(c, None, 0.4, f"{SITE}{art_path(c, 'zwgk/zcwj/szfwj')}"),
        )
    for _ in range(N):
        q = [("q", c.pick(POLICY_QA)), ("type", "qa"), ("page", c.num(1, 3))]
        c.add(f, "qa-search", "GET", "/zcjd/wd/search?" + qs(q, form), page(c, f"{SITE}/zcjd/wd/index.html", 0.5))
    for _ in range(N):
        path = (
            art_path(c, "zwgk/zcjd/tjzc")
            + "?"
            + c.pick(
                [
                    "from=timeline&isappinstalled=0",
                    "from=singlemessage",
                    "from=groupmessage",
                    "scene=1&clicktime=" + str(c.ms() // 1000),
                ]
            )
        )
        c.add(f, "wx-share-open", "GET", path, page(c, None, 1.0, "none"))
    for _ in range(N):
        d = c.day(-120, 0)
        path = f"/zwgk/zcjd/tjzc/{d:%Y%m}/W0{d:%Y%m%d}{c.digits(15)}.{c.pick(['png', 'jpg'])}"
        c.add(f, "image-zoom", "GET", path, img_get(c, f"{SITE}{art_path(c, 'zwgk/zcjd/tjzc')}"))
    for _ in range(N):
        fields = [
            ("articleId", str(c.num(7000000, 7999999))),
            ("vote", c.pick(["1", "1", "0"])),
            (
                "comment",
                c.pick(
                    [
                        "",
                        "图解第3张“补贴标准”里的1,200元/人是一次性还是按年发放？",
                        "希望增加“申请流程”的图示（线上：“遵义政务”App → 办事 → 搜索“补贴”）。",
                        "解读清楚，点赞！",
                    ]
                ),
            ),
        ]
        c.add(
            f,
            "helpful-vote",
            "POST",
            "/api/zcjd/vote",
            jq_form(c, f"{SITE}{art_path(c, 'zwgk/zcjd/wzjd')}", 0.4),
            qs(fields, jq),
        )
    for _ in range(N):
        d = c.day(-200, 0)
        path = f"/zwgk/zcwj/szfwj/{d:%Y%m}/P0{d:%Y%m%d}{c.digits(15)}.pdf"
        c.add(f, "pdf-open", "GET", path, page(c, f"{SITE}{art_path(c, 'zwgk/zcwj/szfwj')}", 0.3))


# --- mayor-mailbox ---------------------------------------------------------------------------------------

LETTERS = [  # (标题, 内容 template)
    (
        "关于{estate}小区停车位只售不租的问题",
        "尊敬的市长：您好！我是{addr}的业主。小区地下车位 {n} 个，开发商（{firm}）只卖不租，每个报价 ¥{amt}，"
        "“不买就不让进”。根据《民法典》第二百七十六条，车位应当“首先满足业主的需要”，但现在大量车位空置，业主只能停在"
        "路边，晚上经常被贴条（罚款 200 元/次）。我们 {m} 户业主联名反映过（12345 工单号 {order}），"
        "答复说“属于市场行为”。"
        "请求：1. 督促开发商按《贵州省物业管理条例》出租空置车位；2. 公开车位产权登记情况。谢谢！",
    ),
    (
        "反映{road}路段学校门口交通拥堵",
        "市长好，{road}{n}号附近小学每天早上 7:30—8:10 接送时段严重拥堵，家长车辆双排停放，公交 {bus} 路经常堵在路口"
        "十几分钟。{date} 早上还发生了一起剐蹭（电动车与轿车）。建议：（1）设置临时“即停即走”车位；（2）高峰时段安排"
        "交警/志愿者疏导；（3）开放学校旁空地作为临时停车场。附照片 2 张，视频链接：https://v.douyin.com/{code}/",
    ),
    (
        "关于医保异地就医备案后报销比例的咨询",
        "领导好！我母亲（{age} 岁）长期居住在{city}，已于 {date} 在“国家医保服务平台”App 办理异地长期居住备案，"
        "备案号 {order}。最近住院花费 {amt} 元，结算时报销比例只有约 {pct}%，医院说“按参保地政策”。想请问："
        "① 异地长期居住人员住院起付线、报销比例是多少？② 门诊慢特病（高血压、2 型糖尿病）能否在{city}直接结算？"
        "麻烦给予答复，谢谢！",
    ),
    (
        "物业费上涨不合理",
        "我是{addr}业主。物业公司 {date} 贴出通知，物业费从 1.6 元/㎡·月 涨到 2.3 元/㎡·月（涨幅 43.75%），"
        "说是“经业委会同意”，但我们根本没有召开业主大会，也没有书面表决（《物业管理条例》第十二条）。"
        "另外，电梯 3 号梯 {mon} 月份停运 {m} 天、绿化带“只收钱不维护”。请相关部门核实涨价程序是否合法，"
        "并公开近 2 年公共收益（广告位、快递柜场地费）账目。",
    ),
    (
        "建议在新蒲新区增设公交线路",
        "尊敬的领导：新蒲新区{estate}目前入住约 {n} 户，最近的公交站在 1.2 公里外，早晚高峰打车难（网约车等待 "
        "20 分钟以上）。建议开通一条从{estate}至“遵义东站”的社区公交（可参照 {bus} 路的模式），或调整 {bus} 路走向"
        "途经{road}。很多老人去医院（遵医附院新蒲院区）也很不方便。盼复！",
    ),
]


def letter_text(c: Corpus) -> tuple[str, str]:
    title, text = c.pick(LETTERS)
    vals = {
        "estate": c.pick(ZY_ESTATES),
        "addr": zy_address(c),
        "n": c.num(3, 900),
        "m": c.num(2, 60),
        "firm": company(c),
        "amt": f"{money(c, 800, 160000):,.2f}",
        "order": c.digits(14),
        "road": c.pick(ZY_ROADS),
        "bus": c.pick(["3", "11", "22", "36", "48", "K1", "B2"]),
        "date": ymd(c, -40, -1),
        "mon": c.num(1, 12),
        "code": c.alnum(7),
        "age": c.num(60, 88),
        "city": c.pick(["海南省三亚市", "云南省昆明市", "广东省深圳市", "重庆市渝北区"]),
        "pct": c.num(40, 60),
    }
    return title.format(**vals), text.format(**vals)


def letter_no(c: Corpus) -> str:
    return f"SZXX{c.num(2026, 2027)}{c.digits(6)}"


@family("mayor-mailbox")
def mayor_mailbox(c: Corpus) -> None:
    f = "mayor-mailbox"
    ref = f"{SITE}/hdjl/szxx/xx.html"
    for _ in range(N):
        title, text = letter_text(c)
        fields = [
            ("xjlx", c.pick(["zx", "ts", "jy", "qz"])),
            ("bt", title),
            ("nr", text),
            ("xm", c.person()),
            ("sjhm", c.mobile()),
            ("zjhm", c.idcard()),
            ("dz", zy_address(c)),
            ("sfgk", c.pick(["1", "0"])),
            ("yzm", c.alnum(4, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")),
        ]
        c.add(f, "letter-form", "POST", "/hdjl/szxx/submit.do", jq_form(c, ref, 0.3), qs(fields, jq))
    for _ in range(N):
        title, text = letter_text(c)
        doc = {
            "boxId": c.pick(["szxx", "swsjxx", "cwfszxx"]),
            "title": title,
            "content": text,
            "writer": {"name": c.person(), "mobile": c.mobile(), "idCard": c.idcard(), "email": ""},
            "isPublic": c.chance(0.6),
            "attachIds": [c.uid() for _ in range(c.num(0, 2))],
            "captcha": {"key": c.uid(), "code": c.digits(4)},
        }
        c.add(f, "letter-json", "POST", "/hdjl/api/letter/submit", web(c, JSON_CT, 0.5, ref), js_json(doc))
    for _ in range(N):
        kind = c.pick(["jpg", "jpg", "pdf", "docx"])
        if kind == "jpg":
            file = (f"mmexport{c.ms()}.jpg", "image/jpeg", jpeg(c, c.num(600, 1400)))
        elif kind == "pdf":
            file = ("业主联名信.pdf", "application/pdf", pdf_head(c, c.num(600, 1400)))
        else:
            file = (
                "情况说明.docx",
                DOCX_CT,
                docx(["情况说明", "一、基本情况：" + letter_text(c)[1], "联系人：" + c.person()]),
            )
        h, body = upload(c, [("boxId", "szxx"), ("file", file)], ref, 0.5)
        c.add(f, "attachment", "POST", "/hdjl/api/file/upload", h, body)
    for _ in range(N):
        q = [
            ("boxId", "szxx"),
            ("xjlx", c.pick(["", "zx", "ts", "jy"])),
            ("keyword", c.pick(["", "停车", "公交", "物业费", "医保 异地"])),
            ("page", c.num(1, 20)),
            ("size", 15),
        ]
        c.add(f, "reply-list", "GET", "/hdjl/api/letter/list?" + qs(q, axios), web(c, None, 0.5, ref))
    for _ in range(N):
        q = [("id", letter_no(c))]
        c.add(
            f,
            "letter-detail",
            "GET",
            "/hdjl/szxx/detail.html?" + qs(q, form),
            page(c, f"{SITE}/hdjl/szxx/list.html", 0.5),
        )
    for _ in range(N):
        fields = [
            ("xjbh", letter_no(c)),
            ("cxm", c.alnum(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")),
            ("sjhwsw", c.digits(4)),
        ]
        c.add(f, "query-by-code", "POST", "/hdjl/szxx/query.do", jq_form(c, ref, 0.5), qs(fields, jq))
    for _ in range(N):
        fields = [
            ("xjbh", letter_no(c)),
            ("myd", c.pick(["5", "4", "3", "1"])),
            (
                "pjnr",
                c.pick(
                    [
                        "",
                        "答复很及时，问题已解决，谢谢！",
                        "答复只说“已转交属地”，没有具体措施。",
                        "回复内容与我反映的不是一回事（我问的是 2026 年，回复的是 2024 年政策）。",
                    ]
                ),
            ),
        ]
        c.add(f, "satisfaction", "POST", "/hdjl/szxx/evaluate.do", jq_form(c, ref, 0.5), qs(fields, jq))
    for _ in range(N):
        _, text = letter_text(c)
        lng, lat = round(106.9 + c.num(0, 2000) / 10000, 6), round(27.68 + c.num(0, 1500) / 10000, 6)
        doc = {
            "sqnr": text,
            "sqlx": c.pick(["投诉", "建议", "咨询", "求助"]),
            "lxr": c.person(),
            "lxdh": c.mobile(),
            "wz": {"lng": lng, "lat": lat, "dz": zy_address(c)},
            "ly": "wx-h5",
            "openid": "o" + c.alnum(27),
        }
        h = c.headers(
            c.browser(1.0),
            accept="application/json, text/plain, */*",
            ctype=JSON_CT,
            referer=f"{SITE}/rx12345/h5/index.html",
        )
        c.add(f, "hotline-h5", "POST", "/rx12345/h5/api/appeal", h, js_json(doc))


# --- deputy-proposal-handling ----------------------------------------------------------------------------

SUGGESTIONS = [
    (
        "关于加快推进老旧小区加装电梯的建议",
        "我市 2000 年以前建成的老旧小区约 {n} 个，多层住宅无电梯，老年人“上下楼难”问题突出。建议：一是简化审批，"
        "将加装电梯纳入“一件事”办理；二是提高财政补贴标准（目前每台 {amt} 万元）；三是允许使用住房公积金支付加装费用。",
    ),
    (
        "关于规范校外培训机构预收费监管的建议",
        "部分校外培训机构“卷款跑路”，家长损失大（如 {year} 年某机构涉及学员 {n} 人、金额约 {amt} 万元）。建议全面推行"
        "预收费资金监管（单笔不超过 3 个月或 60 课时），并在“遵义教育”平台公开监管账户信息。",
    ),
    (
        "关于支持赤水河流域生态补偿的建议",
        "赤水河是长江上游重要支流，建议按《贵州省赤水河流域保护条例》完善上下游横向生态补偿机制，补偿资金与跨界断面"
        "水质（Ⅱ类及以上达标率）挂钩，并对沿河 {n} 个村的护河员给予每月不低于 {amt} 元补助。",
    ),
]
SUG_TYPES = ["经济建设", "城乡建设", "教科文卫", "农业农村", "社会保障", "生态环境", "政治法律"]


def sug_no(c: Corpus) -> str:
    return f"第{c.num(1, 420):04d}号"


@family("deputy-proposal-handling")
def deputy_proposal_handling(c: Corpus) -> None:
    f = "deputy-proposal-handling"
    ref = f"{SITE}/rdjy/dbd/edit"

    def fill(text: str) -> str:
        return text.format(n=c.num(20, 900), amt=c.num(5, 30), year=c.num(2024, 2026))

    for _ in range(N):
        title, text = c.pick(SUGGESTIONS)
        lead = c.person()
        doc = {
            "jc": "十五届",
            "hc": c.pick(["三次会议", "闭会期间"]),
            "bt": title,
            "nr": fill(text),
            "lb": c.pick(SUG_TYPES),
            "ldr": lead,
            "fyr": [p for p in dict.fromkeys(c.person() for _ in range(c.num(0, 4))) if p != lead],
            "dbt": c.pick(ZY_NAMES) + "代表团",
            "sfgk": True,
        }
        c.add(f, "suggestion-submit", "POST", "/rdjy/api/jy/submit", web(c, JSON_CT, 0.2, ref), js_json(doc))
    for _ in range(N):
        title, text = c.pick(SUGGESTIONS)
        lead = c.person()
        doc = {
            "jc": "第十五届",
            "cs": "四次会议",
            "tablx": c.pick(["委员提案", "党派团体提案"]),
            "ta": title.replace("建议", "提案"),
            "qkfx": fill(text),
            "jy": "建议由市住房城乡建设局牵头，市财政局、市自然资源局配合。",
            "ldwy": lead,
            "lmwy": sorted({c.person() for _ in range(c.num(1, 5))} - {lead}),
            "jb": c.pick(["中国民主同盟", "九三学社", "无党派人士", "经济界"]),
        }
        c.add(
            f,
            "proposal-submit",
            "POST",
            "/zxta/api/ta/submit",
            web(c, JSON_CT, 0.2, f"{SITE}/zxta/wy/edit"),
            js_json(doc),
        )
    for _ in range(N):
        q = [
            ("jc", "十五届"),
            ("hc", c.pick(["三次会议", "二次会议"])),
            ("bh", sug_no(c)),
            ("lx", c.pick(["jy", "ta"])),
        ]
        c.add(f, "progress-query", "GET", "/rdjy/api/jy/progress?" + qs(q, axios), web(c, None, 0.3, f"{SITE}/rdjy/cx"))
    for _ in range(N):
        data = pdf_head(c, c.num(700, 1500))
        no = sug_no(c)
        parts = [
            ("bh", no),
            ("dflb", c.pick(["A", "B", "C"])),
            ("qfld", c.person()),
            ("lxr", c.person()),
            ("lxdh", c.mobile()),
            ("md5", md5_hex(data)),
            ("file", (f"对市十五届人大三次会议{no}建议的答复.pdf", "application/pdf", data)),
        ]
        h, body = upload(c, parts, f"{SITE}/rdjy/cbdw/df", 0.0)
        c.add(f, "reply-upload", "POST", "/rdjy/api/cbdw/reply", h, body)
    for _ in range(N):
        t = c.day(-60, -1)
        doc = {
            "bh": sug_no(c),
            "msfs": c.pick(["当面", "电话", "视频", "座谈会"]),
            "mssj": f"{t:%Y-%m-%d} {c.num(9, 17):02d}:00",
            "msdd": c.pick(["市住建局 3 楼会议室", "红花岗区老城街道办事处", "电话 0851-2882xxxx 转 8"]),
            "cjry": [c.person() for _ in range(c.num(2, 5))],
            "msnr": "就“加装电梯补贴标准”与代表面商：代表提出“补贴按楼层分档（4 层 8 万、5 层 10 万、6 层 12 万）”，"
            "承办单位表示将在 2027 年实施方案中研究吸纳。",
        }
        c.add(
            f,
            "consultation-record",
            "POST",
            "/rdjy/api/cbdw/ms",
            web(c, JSON_CT, 0.0, f"{SITE}/rdjy/cbdw/ms"),
            js_json(doc),
        )
    for _ in range(N):
        fields = [
            ("bh", sug_no(c)),
            ("bljg", c.pick(["满意", "基本满意", "不满意"])),
            ("lsqk", c.pick(["满意", "基本满意"])),
            ("yj", c.pick(["", "答复中“列入计划”没有具体时间表。", "承办单位主动联系，面商 2 次，落实到位。"])),
        ]
        c.add(f, "satisfaction-eval", "POST", "/rdjy/db/pj.do", jq_form(c, f"{SITE}/rdjy/db/pj", 0.3), qs(fields, jq))
    for _ in range(N):
        q = [
            ("keyword", c.pick(["加装电梯", "校外培训", "赤水河", "生态补偿", ""])),
            ("lb", c.pick(["", *SUG_TYPES])),
            ("blzt", c.pick(["", "ybj", "blz"])),
            ("page", c.num(1, 5)),
        ]
        c.add(f, "public-search", "GET", "/rdjy/gk/search?" + qs(q, form), page(c, f"{SITE}/rdjy/gk/index.html", 0.3))
    for _ in range(N):
        doc = {
            "bh": sug_no(c),
            "sqlx": c.pick(["退回", "调整主办", "增加协办"]),
            "ly": c.pick(
                [
                    "建议内容涉及“校外培训预收费监管”，主要职责在市教育局、市市场监管局，本单位仅配合。",
                    "根据《遵义市人民政府职能配置》，该事项由自然资源部门负责，请调整为主办单位。",
                ]
            ),
            "jyzbdw": c.pick(DEPTS),
        }
        c.add(
            f,
            "transfer-apply",
            "POST",
            "/rdjy/api/cbdw/adjust",
            web(c, JSON_CT, 0.0, f"{SITE}/rdjy/cbdw/list"),
            js_json(doc),
        )


# --- double-publicity -------------------------------------------------------------------------------------

PERMITS = [  # (许可 类别, 许可 内容, 机关)
    ("普通", "食品经营许可（预包装食品销售，含冷藏冷冻食品；热食类食品制售）", "遵义市市场监督管理局"),
    ("普通", "建筑工程施工许可", "遵义市住房和城乡建设局"),
    ("登记", "药品零售企业许可（处方药、甲类非处方药、乙类非处方药）", "遵义市市场监督管理局"),
    ("认可", "道路运输经营许可（道路普通货物运输）", "遵义市交通运输局"),
    ("普通", "取水许可", "遵义市水务局"),
]
PENALTIES = [  # (违法 行为, 依据, 类别)
    ("销售超过保质期的食品", "《中华人民共和国食品安全法》第一百二十四条第一款第（五）项", "罚款;没收违法所得"),
    ("未按规定公示营业执照", "《无证无照经营查处办法》第十四条", "警告"),
    ("未取得排污许可证排放污染物", "《排污许可管理条例》第三十三条第（一）项", "罚款;责令停产整治"),
    ("超限运输（车货总重 62.3 吨，超限 26.3%）", "《公路安全保护条例》第六十四条", "罚款"),
]
DP_TRADES = ["餐饮管理", "商贸", "大药房", "建筑工程", "物流", "酒业"]


def firm_zy(c: Corpus) -> str:
    zihao = c.pick(["鑫隆", "黔北", "汇川", "播州", "红城", "长征", "湘江", "凤凰"])
    return f"遵义{c.pick(['市', ''])}{zihao}{c.pick(DP_TRADES)}有限公司"


def penalty_no(c: Corpus, year: int) -> str:
    return f"遵{c.pick(['市监', '环', '交'])}罚〔{year}〕{c.num(1, 900)}号"


@family("double-publicity")
def double_publicity(c: Corpus) -> None:
    f = "double-publicity"
    ref = f"{SITE}/xyzy/sgs/index.html"
    for _ in range(N):
        q = [
            ("xdrmc", c.pick(["", "遵义", "酒业", "大药房"])),
            ("tyshxydm", c.pick(["", uscc(c)])),
            ("xkjg", c.pick(["", *(p[2] for p in PERMITS)])),
            *span(c, c.pick([30, 90, 365])),
            ("pageNo", c.num(1, 20)),
            ("pageSize", 10),
        ]
        c.add(f, "permit-search", "GET", "/xyzy/api/sgs/xk/list?" + qs(q, jq), jq_get(c, ref))
    for _ in range(N):
        q = [
            ("xdrmc", c.pick(["", "物流", "餐饮", "遵义市"])),
            ("cfjg", c.pick(["", "遵义市市场监督管理局", "遵义市生态环境局"])),
            ("wfxw", c.pick(["", "保质期", "超限"])),
            *span(c, 365),
            ("pageNo", c.num(1, 10)),
            ("pageSize", 10),
        ]
        c.add(f, "penalty-search", "GET", "/xyzy/api/sgs/cf/list?" + qs(q, jq), jq_get(c, ref))
    for _ in range(N):
        q = [("id", c.hexs(16)), ("type", c.pick(["xk", "cf"]))]
        c.add(f, "detail-page", "GET", "/xyzy/sgs/detail.html?" + qs(q, form), page(c, ref, 0.3))
    for _ in range(N):
        rows = []
        for _ in range(c.num(1, 4)):
            kind, content, organ = c.pick(PERMITS)
            start = c.day(-60, -1)
            rows.append(
                {
                    "xdrmc": firm_zy(c),
                    "xdrlb": "法人及非法人组织",
                    "tyshxydm": uscc(c),
                    "fddbr": c.person(),
                    "xkwsh": f"JY{c.digits(14)}",
                    "xklb": kind,
                    "xknr": content,
                    "xkjdrq": f"{start:%Y-%m-%d}",
                    "yxqz": f"{start:%Y-%m-%d}",
                    "yxqzhi": f"{start.replace(year=start.year + 5) - timedelta(days=1):%Y-%m-%d}",
                    "xkjg": organ,
                    "xkjgdm": uscc(c),
                    "sjly": organ,
                }
            )
        h = service(c, c.pick(JAVA_UAS), {"Authorization": bearer(c)})
        c.add(f, "permit-push", "POST", "/xyzy/openapi/sgs/xk/push", h, js_json({"data": rows}))
    for _ in range(N):
        act, basis, kind = c.pick(PENALTIES)
        d = c.day(-90, -1)
        fine = round(c.num(5, 3000) / 100, 4)  # 万元
        doc = {
            "xdrmc": firm_zy(c),
            "tyshxydm": uscc(c),
            "cfjdswh": penalty_no(c, d.year),
            "wfxwlx": act,
            "wfss": f"经查，当事人于 {d - timedelta(days=c.num(20, 60)):%Y年%m月%d日} {act}，"
            f"货值金额 {money(c, 100, 9000):,.2f} 元。",
            "cfyj": basis,
            "cflb": kind,
            "cfnr": f"罚款人民币 {fine * 10000:,.2f} 元",
            "fkje": fine,
            "mswfsdje": round(c.num(0, 50) / 100, 4),
            "cfjdrq": f"{d:%Y-%m-%d}",
            "gsjzq": f"{d.replace(year=d.year + 3):%Y-%m-%d}",
            "cfjg": "遵义市市场监督管理局",
            "cfjgdm": uscc(c),
        }
        h = service(c, c.pick(JAVA_UAS), {"Authorization": bearer(c)})
        c.add(f, "penalty-push", "POST", "/xyzy/openapi/sgs/cf/push", h, js_json(doc))
    for _ in range(N):
        rows = [
            [
                "行政相对人名称",
                "统一社会信用代码",
                "行政许可决定文书号",
                "许可类别",
                "许可决定日期",
                "有效期自",
                "有效期至",
                "许可机关",
            ]
        ]
        for _ in range(c.num(3, 8)):
            kind, _, organ = c.pick(PERMITS)
            start = c.day(-60, -1)
            rows.append(
                [
                    firm_zy(c),
                    uscc(c),
                    f"JY{c.digits(14)}",
                    kind,
                    f"{start:%Y-%m-%d}",
                    f"{start:%Y-%m-%d}",
                    f"{start.replace(year=start.year + 5) - timedelta(days=1):%Y-%m-%d}",
                    organ,
                ]
            )
        data = csv_text(rows, bom=True)
        parts = [("sjlx", "xk"), ("md5", md5_hex(data)), ("file", (f"双公示_许可_{c.digits(8)}.csv", CSV_CT, data))]
        h, body = upload(c, parts, f"{SITE}/xyzy/admin/import", 0.0)
        c.add(f, "csv-import", "POST", "/xyzy/admin/api/import", h, body)
    for _ in range(N):
        d = c.day(-400, -100)
        parts = [
            ("cfjdswh", penalty_no(c, d.year)),
            ("tyshxydm", uscc(c)),
            (
                "xfly",
                c.pick(
                    [
                        "已于 {d} 缴清罚款（缴款书号 {n}），并完成整改，申请提前停止公示。",
                        "当事人已履行行政处罚决定，参加信用修复培训（证书编号 XYPX{n}）。",
                    ]
                ).format(d=ymd(c, -90, -10), n=c.digits(10)),
            ),
            ("file", ("信用修复承诺书.pdf", "application/pdf", pdf_head(c, c.num(500, 1200)))),
        ]
        h, body = upload(c, parts, f"{SITE}/xyzy/xf/apply", 0.2)
        c.add(f, "repair-apply", "POST", "/xyzy/api/xf/apply", h, body)
    for _ in range(N):
        q = [("tyshxydm", uscc(c)), ("lx", "all")]
        c.add(f, "code-lookup", "GET", "/xyzy/api/sgs/byCode?" + qs(q, jq), jq_get(c, ref, 0.5))


# --- institution-recruitment ------------------------------------------------------------------------------

MAJORS = {  # 《普通高等学校本科专业目录》 代码: 名称
    "080901": "计算机科学与技术",
    "080902": "软件工程",
    "020101": "经济学",
    "030101K": "法学",
    "050101": "汉语言文学",
    "120203K": "会计学",
    "100201K": "临床医学",
    "081001": "土木工程",
    "071201": "统计学",
    "120402": "行政管理",
    "040107": "小学教育",
    "082502": "环境工程",
}
POSTS = [
    ("01", "综合管理", "本科及以上"),
    ("02", "信息技术", "本科及以上"),
    ("03", "财务会计", "本科及以上"),
    ("04", "临床医生", "本科及以上"),
    ("05", "工程技术", "大专及以上"),
    ("06", "文字综合", "硕士研究生及以上"),
]
UNIVERSITIES = ["贵州大学", "遵义医科大学", "遵义师范学院", "贵州师范大学", "贵州财经大学", "西南大学", "四川大学"]
DEGREES = [("本科", "学士"), ("本科", "学士"), ("硕士研究生", "硕士")]  # 学历 and the 学位 it goes with
SIGNUP_END = date(2027, 5, 14)  # 报名 截止 日 of the 公告
AGE_LINE = date(1991, 5, 14)  # 35 周岁 以下: born on or after this day


def exam_no(c: Corpus) -> str:
    return f"2027{c.num(1, 12):02d}{c.digits(6)}"


@family("institution-recruitment")
def institution_recruitment(c: Corpus) -> None:
    f = "institution-recruitment"
    ref = f"{SITE}/sydwzp/bm/index.html"

    def applicant() -> str:
        return id_born(c, born_between(c, AGE_LINE, date(2004, 12, 31)))

    for _ in range(N):
        fields = [
            ("xm", c.person()),
            ("zjlx", "身份证"),
            ("zjhm", applicant()),
            ("sjhm", c.mobile()),
            ("mm", md5_hex(c.alnum(10).encode())),
            ("yzm", c.digits(6)),
        ]
        c.add(f, "register", "POST", "/sydwzp/user/register.do", jq_form(c, ref, 0.4), qs(fields, jq))
    for _ in range(N):
        code = c.pick(list(MAJORS))
        post, postname, _ = c.pick(POSTS)
        graduated = c.day(-2000, -30)
        doc = {
            "zwdm": f"2027{c.pick(['01', '02', '03'])}{c.num(1, 60):03d}{post}",
            "zwmc": postname,
            "zjhm": applicant(),
            "xm": c.person(),
            "xb": "",
            "mz": c.pick(["汉族", "仡佬族", "苗族", "土家族"]),
            "zzmm": c.pick(["中共党员", "共青团员", "群众"]),
            "xl": "",
            "xw": "",
            "byyx": c.pick(UNIVERSITIES),
            "zy": MAJORS[code],
            "zydm": code,
            "bysj": f"{graduated:%Y-%m}",
            "sfjcxm": c.pick(["否", "否", "是（特岗教师，2022.09-2025.08）"]),
            "gzjl": c.pick(
                [
                    "",
                    f"{graduated:%Y.%m}—至今  {company(c)}  技术员（负责 ERP 系统运维、数据报表）",
                    "2023.07—2025.06  大学生志愿服务西部计划（湄潭县某镇 党政办）",
                ]
            ),
            "jtcy": [
                {"gx": "父亲", "xm": c.person(), "gzdw": "务农"},
                {"gx": "母亲", "xm": c.person(), "gzdw": "个体"},
            ],
        }
        doc["xb"] = "男" if int(doc["zjhm"][16]) % 2 else "女"
        doc["xl"], doc["xw"] = DEGREES[2] if post == "06" else c.pick(DEGREES)
        c.add(f, "apply-form", "POST", "/sydwzp/api/bm/save", web(c, JSON_CT, 0.4, ref), js_json(doc))
    for _ in range(N):
        parts = [("lx", "zjz"), ("file", (f"{c.person()}.jpg", "image/jpeg", jpeg(c, c.num(1500, 6000))))]
        h, body = upload(c, parts, ref, 0.4)
        c.add(f, "photo-upload", "POST", "/sydwzp/api/file/photo", h, body)
    for _ in range(N):
        raw = jpeg(c, c.num(1500, 5000))
        doc = {
            "bmxh": exam_no(c),
            "image": "data:image/jpeg;base64," + base64.b64encode(raw).decode(),
            "width": 295,
            "height": 413,
        }
        c.add(f, "photo-base64", "POST", "/sydwzp/api/photo/crop", web(c, JSON_CT, 0.4, ref), js_json(doc))
    for _ in range(N):
        data = pdf_head(c, c.num(800, 1800))
        parts = [
            ("bmxh", exam_no(c)),
            ("cllx", c.pick(["毕业证书", "学位证书", "教育部学历证书电子注册备案表", "报名承诺书"])),
            ("md5", md5_hex(data)),
            ("file", ("学历证明.pdf", "application/pdf", data)),
        ]
        h, body = upload(c, parts, ref, 0.3)
        c.add(f, "certificate-upload", "POST", "/sydwzp/api/file/material", h, body)
    for _ in range(N):
        q = [
            ("xl", c.pick(["", "本科", "硕士研究生"])),
            ("zy", c.pick(["", "计算机", "会计", "临床", "汉语言"])),
            ("dw", c.pick(["", "市人民医院", "市大数据中心", "汇川区"])),
            ("page", c.num(1, 8)),
        ]
        c.add(f, "position-search", "GET", "/sydwzp/api/zw/list?" + qs(q, axios), web(c, None, 0.4, ref))
    for _ in range(N):
        c.add(
            f,
            "audit-status",
            "GET",
            "/sydwzp/api/bm/status?" + qs([("bmxh", exam_no(c)), ("_", c.ms())], axios),
            web(c, None, 0.5, ref),
        )
    for _ in range(N):
        q = [("bmxh", exam_no(c)), ("zjhm", applicant())]
        c.add(f, "admit-card", "GET", "/sydwzp/zkz/print.html?" + qs(q, form), page(c, ref, 0.3))


# --- compulsory-enrollment --------------------------------------------------------------------------------

GRADE1_FIRST, GRADE1_LAST = date(2020, 9, 1), date(2021, 8, 31)  # 2027 一年级: 年满 6 周岁 by 8 月 31 日
G7_FIRST, G7_LAST = date(2014, 9, 1), date(2016, 8, 31)
SCHOOLS = [
    "遵义市第一小学",
    "遵义市第五小学",
    "汇川区第一小学",
    "遵义市新蒲新区第一小学",
    "遵义市第十一中学",
    "遵义市第二十一中学",
]


@family("compulsory-enrollment")
def compulsory_enrollment(c: Corpus) -> None:
    f = "compulsory-enrollment"
    ref = f"{SITE}/ywjyrx/h5/bm"

    def mp(ctype: str | None = JSON_CT) -> dict[str, str]:
        h = miniprogram(c, ctype)
        h["Authorization"] = bearer(c)
        return h

    def guardian(father: bool) -> dict[str, str]:
        sid = id_born(c, born_between(c, date(1978, 1, 1), date(1998, 12, 31)), father)
        return {"gx": "父亲" if father else "母亲", "xm": c.person(), "sfzh": sid, "sjh": c.mobile()}

    for _ in range(N):
        grade = c.pick(["一年级", "一年级", "七年级"])
        born = born_between(c, GRADE1_FIRST, GRADE1_LAST) if grade == "一年级" else born_between(c, G7_FIRST, G7_LAST)
        male = c.chance(0.5)
        sid = id_born(c, born, male)
        doc = {
            "njlx": grade,
            "xsxm": c.person(),
            "sfzh": sid,
            "xb": "男" if male else "女",
            "csrq": f"{born:%Y-%m-%d}",
            "mz": c.pick(["汉族", "仡佬族", "苗族"]),
            "xjh": "G" + sid if grade == "七年级" else "",
            "jhr": [guardian(father) for father in c.sample([True, False], c.num(1, 2))],
        }
        c.add(f, "child-info", "POST", "/ywjyrx/api/bm/student", mp(), js_json(doc))
    for _ in range(N):
        doc = {
            "hh": c.digits(9),
            "hjdz": zy_address(c),
            "yhzgx": c.pick(["子", "女", "孙子", "孙女"]),
            "qrrq": ymd(c, -3000, -400),
            "hzxm": c.person(),
            "hzsfzh": c.idcard(),
            "bz": c.pick(
                ["", "户口于 2025 年随父亲从桐梓县迁入（户口簿 “迁入日期” 栏）", "集体户（单位：遵义市某局）"]
            ),
        }
        c.add(f, "household", "POST", "/ywjyrx/api/bm/hj", mp(), js_json(doc))
    for _ in range(N):
        owners = c.num(1, 2)
        shares = [100] if owners == 1 else [50, 50] if c.chance(0.7) else [60, 40]
        doc = {
            "fclx": c.pick(["不动产权证", "商品房买卖合同（网签备案）"]),
            "bdcqzh": zy_cert(c),
            "wqbah": f"ZY{c.num(2019, 2026)}{c.digits(7)}",
            "fwzl": zy_address(c),
            "jzmj": round(c.num(4500, 16000) / 100, 2),
            "cqr": [{**guardian(i == 0), "fe": share} for i, share in enumerate(shares)],
        }
        c.add(f, "property", "POST", "/ywjyrx/api/bm/fc", mp(), js_json(doc))
    for _ in range(N):
        doc = {
            "jzzh": c.idcard(),
            "jzzqfrq": ymd(c, -900, -200),
            "sbjnys": c.num(6, 60),
            "wgdw": firm_zy(c),
            "wgdwdm": uscc(c),
            "zfzl": c.pick(["租赁（已备案）", "单位宿舍", "自购"]),
        }
        c.add(f, "migrant", "POST", "/ywjyrx/api/bm/sqzn", mp(), js_json(doc))
    for _ in range(N):
        b = c.browser(1.0)
        ctype, body = c.multipart(
            b,
            [
                ("cllx", c.pick(["hkb", "bdcqz", "csyxzm", "jzz"])),
                ("file", (f"tmp_{c.hexs(16)}.jpg", "image/jpeg", jpeg(c, c.num(800, 2000)))),
            ],
        )
        c.add(f, "material-upload", "POST", "/ywjyrx/api/file/upload", mp(ctype), body)
    for _ in range(N):
        q = [("xqmc", c.pick(ZY_ESTATES)), ("ld", f"{c.num(1, 30)}栋"), ("njlx", c.pick(["1", "7"]))]
        c.add(f, "zone-lookup", "GET", "/ywjyrx/api/xq/query?" + qs(q, axios), mp(None))
    for _ in range(N):
        q = [("sfzh", id_born(c, born_between(c, GRADE1_FIRST, GRADE1_LAST))), ("xxmc", c.pick(SCHOOLS))]
        c.add(f, "result-query", "GET", "/ywjyrx/api/lq/result?" + qs(q, axios), web(c, None, 0.8, ref))
    for _ in range(N):
        fields = [("sjh", c.mobile()), ("scene", "bm"), ("ticket", c.alnum(32)), ("randstr", "@" + c.alnum(3))]
        c.add(f, "sms-verify", "POST", "/ywjyrx/sms/send", jq_form(c, ref, 0.8), qs(fields, jq))


# --- property-booking -------------------------------------------------------------------------------------

BDC_ITEMS = [
    ("ZY0101", "二手房转移登记"),
    ("ZY0102", "抵押权首次登记"),
    ("ZY0103", "抵押权注销登记"),
    ("ZY0104", "继承转移登记"),
    ("ZY0105", "更正登记"),
    ("ZY0106", "不动产登记资料查询"),
]
HALLS = [
    ("0301", "市不动产登记中心（市政务服务中心 2 楼）"),
    ("0302", "红花岗区分中心"),
    ("0303", "汇川区分中心"),
    ("0304", "新蒲新区分中心"),
]
BOOK_SLOTS = ["09:00-10:00", "10:00-11:00", "11:00-12:00", "14:00-15:00", "15:00-16:00", "16:00-17:00"]


@family("property-booking")
def property_booking(c: Corpus) -> None:
    f = "property-booking"
    ref = f"{SITE}/bdc/yy/index.html"
    for _ in range(N):
        q = [
            ("wdbh", c.pick(HALLS)[0]),
            ("sxbm", c.pick(BDC_ITEMS)[0]),
            ("rq", f"{workday_after(c.day(-5, 0), c.num(1, 5)):%Y-%m-%d}"),
        ]
        c.add(f, "slots-query", "GET", "/bdc/api/yy/hy?" + qs(q, axios), web(c, None, 0.6, ref))
    for _ in range(N):
        now = c.day(-5, 0).replace(second=0, microsecond=0)
        item, name = c.pick(BDC_ITEMS)
        doc = {
            "sxbm": item,
            "sxmc": name,
            "wdbh": c.pick(HALLS)[0],
            "yyrq": f"{workday_after(now, c.num(1, 5)):%Y-%m-%d}",
            "yysd": c.pick(BOOK_SLOTS),
            "tjsj": f"{now:%Y-%m-%d %H:%M:%S}",
            "sqr": [
                {"xm": c.person(), "zjlx": "身份证", "zjhm": c.idcard(), "sjh": c.mobile(), "lx": lx}
                for lx in (["权利人", "义务人"] if name == "二手房转移登记" else ["权利人"])
            ],
            "bdcdyh": zy_unit(c),
            "bdcqzh": zy_cert(c),
            "zl": zy_address(c),
        }
        c.add(f, "booking-submit", "POST", "/bdc/api/yy/submit", web(c, JSON_CT, 0.6, ref), js_json(doc))
    for _ in range(N):
        fields = [
            ("yybh", f"YY{c.digits(14)}"),
            ("qxyy", c.pick(["时间冲突", "材料未备齐（缺婚姻关系证明）", "改约其他网点"])),
        ]
        c.add(f, "booking-cancel", "POST", "/bdc/yy/cancel.do", jq_form(c, ref, 0.6), qs(fields, jq))
    for _ in range(N):
        c.add(
            f,
            "my-bookings",
            "GET",
            "/bdc/api/yy/mine?" + qs([("zt", c.pick(["0", "1", "2", ""])), ("page", 1)], axios),
            web(c, None, 0.7, ref),
        )
    for _ in range(N):
        item, name = c.pick(BDC_ITEMS)
        c.add(
            f,
            "item-guide",
            "GET",
            "/bdc/bszn/detail.html?" + qs([("sxbm", item), ("sxmc", name)], form),
            page(c, ref, 0.5),
        )
    for _ in range(N):
        data = pdf_head(c, c.num(700, 1600))
        parts = [
            ("yybh", f"YY{c.digits(14)}"),
            ("cllx", c.pick(["存量房买卖合同", "完税凭证", "婚姻关系证明", "继承公证书"])),
            ("md5", md5_hex(data)),
            ("file", ("材料.pdf", "application/pdf", data)),
        ]
        h, body = upload(c, parts, ref, 0.4)
        c.add(f, "material-precheck", "POST", "/bdc/api/ys/upload", h, body)
    for _ in range(N):
        q = [("wdbh", c.pick(HALLS)[0]), ("ph", f"{c.pick('ABCD')}{c.num(1, 300):03d}")]
        c.add(f, "queue-status", "GET", "/bdc/mp/api/queue?" + qs(q, axios), miniprogram(c))
    for _ in range(N):
        doc = {
            "yybh": f"YY{c.digits(14)}",
            "wtr": {"xm": c.person(), "zjhm": c.idcard()},
            "dlr": {"xm": c.person(), "zjhm": c.idcard(), "sjh": c.mobile()},
            "wtsx": "代为办理不动产转移登记、领取不动产权证书",
            "wtqx": "{} 至 {}".format(*days(c, (-5, 0), (60, 180))),
            "gzsh": f"（{c.num(2026, 2027)}）黔遵{c.pick(['红', '汇', '遵'])}证字第{c.num(100, 9999)}号",
        }
        c.add(f, "agent-authorize", "POST", "/bdc/api/yy/agent", web(c, JSON_CT, 0.5, ref), js_json(doc))


# --- trade-notice-search ----------------------------------------------------------------------------------

DEAL_CLASSIFY = ["01", "02", "03", "04"]  # 工程 建设, 政府 采购, 土地 矿业, 国有 产权
DEAL_STAGE = ["0100", "0101", "0102", "0104", "0201", "0202", "0204"]
TRADE_TERMS = [
    "遵义市红花岗区 道路 改造",
    "湄潭县 高标准农田",
    "“学校 食堂” 食材 配送",
    "监理",
    "EPC 总承包",
    "国有建设用地使用权 挂牌",
    "污水处理厂（二期）",
    "采购 意向 公开",
]


@family("trade-notice-search")
def trade_notice_search(c: Corpus) -> None:
    f = "trade-notice-search"
    ref = f"{SITE}/ggzy/jyxx/index.html"
    for _ in range(N):
        end = c.day(-3, 0)
        fields = [
            ("TIMEBEGIN_SHOW", f"{end - timedelta(days=c.pick([3, 10, 30, 90])):%Y-%m-%d}"),
            ("TIMEEND_SHOW", f"{end:%Y-%m-%d}"),
            ("TIMEBEGIN", ""),
            ("TIMEEND", ""),
            ("SOURCE_TYPE", "1"),
            ("DEAL_TIME", c.pick(["02", "03", "04", "06"])),
            ("DEAL_CLASSIFY", c.pick(DEAL_CLASSIFY)),
            ("DEAL_STAGE", c.pick(DEAL_STAGE)),
            ("DEAL_PROVINCE", "520000"),
            ("DEAL_CITY", "520300"),
            ("DEAL_PLATFORM", "0"),
            ("BID_PLATFORM", "0"),
            ("DEAL_TRADE", "0"),
            ("isShowAll", "1"),
            ("PAGENUMBER", str(c.num(1, 10))),
            ("FINDTXT", c.pick(["", *TRADE_TERMS])),
        ]
        h = web(c, JQ_FORM, 0.0, f"{SITE}/ds/deal/dealList.jsp", JQ_ACCEPT, True)
        c.add(f, "national-search", "POST", "/ds/deal/dealList_find.jsp", h, qs(fields, jq))
    for _ in range(N):
        col = c.pick(["jsgc/zbgg", "jsgc/zbhxrgs", "zfcg/cggg", "zfcg/zbgg", "tdkc/crgg"])
        path = f"/ggzy/jyxx/{col}/index{c.pick(['', f'_{c.num(1, 40)}'])}.html"
        c.add(f, "column-list", "GET", path, page(c, ref, 0.3))
    for _ in range(N):
        q = [
            ("keyword", c.pick(TRADE_TERMS)),
            ("category", c.pick(["", "jsgc", "zfcg", "tdkc"])),
            ("region", c.pick(["", *ZY])),
            ("sort", c.pick(["time", "score"])),
            ("page", c.num(1, 5)),
        ]
        c.add(f, "keyword-search", "GET", "/ggzy/search?" + qs(q, form), page(c, ref, 0.3))
    for _ in range(N):
        c.add(
            f,
            "notice-detail",
            "GET",
            art_path(c, c.pick(["ggzy/jyxx/jsgc/zbgg", "ggzy/jyxx/zfcg/cggg"])),
            page(c, ref, 0.3),
        )
    for _ in range(N):
        lo = c.pick([0, 50, 100, 400])
        flt = {
            "projectType": c.pick(["房建市政", "交通", "水利", "政府采购"]),
            "region": c.sample(list(ZY), c.num(1, 3)),
            "amountRange": [lo, lo + c.pick([100, 500, 1000])],
            "stage": c.pick(["招标公告", "中标候选人公示", "中标结果"]),
            "publishTime": list(days(c, (-60, -30), (-29, 0))),
        }
        q = [("filter", js_json(flt)), ("pageNum", c.num(1, 6)), ("pageSize", 20)]
        c.add(f, "json-filter", "GET", "/ggzy/api/notice/list?" + qs(q, axios), web(c, None, 0.2, ref))
    for _ in range(N):
        doc = {
            "keywords": c.sample(["监理", "道路", "食材", "EPC", "设计", "造价咨询", "物业"], c.num(1, 3)),
            "region": c.sample(list(ZY), 2),
            "email": f"{c.alnum(8, 'abcdefghijklmnopqrstuvwxyz')}@{c.pick(['163.com', 'qq.com'])}",
            "wxPush": c.chance(0.5),
        }
        c.add(f, "subscribe", "POST", "/ggzy/api/subscribe", web(c, JSON_CT, 0.2, ref), js_json(doc))
    for _ in range(N):
        q = [
            ("fileId", c.hexs(16)),
            ("fileName", c.pick(["招标文件.zip", "工程量清单.xlsx", "图纸（施工图）.rar", "采购需求.pdf"])),
        ]
        c.add(f, "attachment-download", "GET", "/ggzy/file/download?" + qs(q, form), page(c, ref, 0.1))
    for _ in range(N):
        q = [("xmbh", f"E5203{c.digits(12)}001"), ("type", "zbjg")]
        c.add(f, "result-list", "GET", "/ggzy/api/result/list?" + qs(q, axios), web(c, None, 0.2, ref))


# --- site-annual-form -------------------------------------------------------------------------------------

SITES = [
    ("5203000001", "遵义市人民政府", "www.zunyi.gov.cn", "政府门户网站"),
    ("5203000012", "遵义市教育局", "jyj.zunyi.gov.cn", "部门网站"),
    ("5203000025", "遵义市卫生健康局", "wjw.zunyi.gov.cn", "部门网站"),
    ("5203020001", "红花岗区人民政府", "www.zyhhg.gov.cn", "政府门户网站"),
    ("5203030001", "汇川区人民政府", "www.zyhc.gov.cn", "政府门户网站"),
]
COLUMNS = ["gkxx", "zwdt", "xxgkml"]  # 概况 信息, 政务 动态, 信息 公开 目录


@family("site-annual-form")
def site_annual_form(c: Corpus) -> None:
    f = "site-annual-form"
    ref = f"{SITE}/zwgkadmin/ndbb/edit"

    def site() -> tuple[str, str, str, str]:
        return c.pick(SITES)

    for _ in range(N):
        code, org, host, kind = site()
        fields = [
            ("bsm", code),
            ("wzmc", f"{org}{'门户网站' if kind == '政府门户网站' else '网站'}"),
            ("sywz", f"https://{host}"),
            ("zbdw", org),
            ("wzlx", kind),
            ("icp", f"黔ICP备{c.digits(8)}号{c.pick(['', '-1', '-2'])}"),
            ("gaba", f"黔公网安备 {code[:6]}02{c.digits(6)}号"),
            ("nd", str(c.num(2025, 2026))),
        ]
        c.add(f, "site-basic", "POST", "/zwgkadmin/ndbb/basic/save.do", jq_form(c, ref, 0.0), qs(fields, jq))
    for _ in range(N):
        cols = {k: c.num(10, 3000) for k in COLUMNS}
        doc = {
            "bsm": site()[0],
            "dlyhfwzl": c.num(10000, 2000000),
            "wzzfwl": c.num(100000, 30000000),
            "xxfb": {**cols, "zs": sum(cols.values())},
            "zlzt": {"ndxkzs": c.num(0, 8), "zwzs": c.num(2, 40)},
        }
        c.add(f, "content-stats", "POST", "/zwgkadmin/api/ndbb/content", web(c, JSON_CT, 0.0, ref), js_json(doc))
    for _ in range(N):
        received = c.num(30, 3000)
        done = received - c.num(0, min(received, 30))
        doc = {
            "bsm": site()[0],
            "lybl": {"sdly": received, "bjly": done, "pjblsj": round(c.num(10, 90) / 10, 1), "gkdfs": c.num(0, done)},
            "zjdc": {"qs": c.num(0, 30), "cyrc": c.num(0, 9000)},
            "zxft": {"qs": c.num(0, 24), "wyts": c.num(0, 900)},
        }
        c.add(f, "interaction", "POST", "/zwgkadmin/api/ndbb/hdjl", web(c, JSON_CT, 0.0, ref), js_json(doc))
    for _ in range(N):
        found = c.num(0, 60)
        doc = {
            "bsm": site()[0],
            "aqjcpgcs": c.num(1, 12),
            "fxwtsl": found,
            "wtzgsl": found - c.num(0, min(found, 3)),
            "sfjlaqjcyj": "是",
            "sfkzaqpg": "是",
            "sfjlyjcz": "是",
            "sm": "全年开展安全检测评估，发现的“弱口令”“SSL 证书即将过期”等问题已整改；"
            "未整改项为第三方组件升级，已列入计划。",
        }
        c.add(f, "security", "POST", "/zwgkadmin/api/ndbb/aqfh", web(c, JSON_CT, 0.0, ref), js_json(doc))
    for _ in range(N):
        accounts = [
            {
                "mc": f"{c.pick(['遵义发布', '遵义教育', '红花岗发布', '汇川发布'])}",
                "pt": pt,
                "zh": c.pick(["gh_" + c.hexs(6), "zunyi" + c.digits(4)]),
                "fbs": c.num(100, 5000),
            }
            for pt in c.sample(["微信", "微博", "抖音", "今日头条", "移动客户端"], c.num(1, 4))
        ]
        doc = {"bsm": site()[0], "zwxmt": accounts, "zs": sum(a["fbs"] for a in accounts)}
        c.add(f, "new-media", "POST", "/zwgkadmin/api/ndbb/xmt", web(c, JSON_CT, 0.0, ref), js_json(doc))
    for _ in range(N):
        code, org, *_ = site()
        year = c.num(2025, 2026)
        if c.chance(0.5):
            data, name, ctype = (
                pdf_head(c, c.num(900, 2000)),
                f"{org}{year}年度政府网站工作年度报表.pdf",
                "application/pdf",
            )
        else:
            data = docx(
                [
                    f"{org}政府网站与政务新媒体工作年度报表（{year}年度）",
                    f"政府网站标识码：{code}",
                    "一、网站基本信息……",
                ]
            )
            name, ctype = f"{org}{year}年度报表.docx", DOCX_CT
        parts = [("bsm", code), ("nd", str(year)), ("md5", md5_hex(data)), ("file", (name, ctype, data))]
        h, body = upload(c, parts, ref, 0.0)
        c.add(f, "report-publish", "POST", "/zwgkadmin/api/ndbb/publish", h, body)
    for _ in range(N):
        q = [("bsm", site()[0]), ("nd", c.num(2019, 2026))]
        c.add(
            f,
            "history-view",
            "GET",
            "/zwgk/ndbb/view.html?" + qs(q, form),
            page(c, f"{SITE}/zwgk/ndbb/index.html", 0.3),
        )
    for _ in range(N):
        c.add(
            f,
            "code-check",
            "GET",
            "/zwgkadmin/api/ndbb/checkBsm?" + qs([("bsm", site()[0]), ("_", c.ms())], axios),
            web(c, None, 0.0, ref),
        )


# --- elder-friendly-mode ----------------------------------------------------------------------------------

READ_TEXTS = [
    "各位市民：2027年城乡居民基本医疗保险集中缴费期为2026年9月1日至12月31日，个人缴费标准为每人每年400元。",
    "办理方式：一是通过“贵州医保”微信小程序、“遵义政务”App缴费；二是到村（社区）便民服务点现场缴纳。",
    "温馨提示：缴费后可在“国家医保服务平台”App查询参保状态（“我的”→“参保信息”）。",
    "（一）年满60周岁的本市户籍老年人，凭身份证可免费乘坐市内公交（含BRT）；（二）70周岁以上另享高龄补贴。",
    "咨询电话：0851-12345（工作日 9:00—17:00）。",
]
RARE_CHARS = ["仡佬族", "务川", "湄潭", "鳛水", "娄山关", "夜郎", "桫椤", "牂牁江"]


@family("elder-friendly-mode")
def elder_friendly_mode(c: Corpus) -> None:
    f = "elder-friendly-mode"
    for _ in range(N):
        b = c.browser(0.6)
        jar = f"wza_mode=elder; wza_fontSize={c.pick(['1.2', '1.5', '2'])}; wza_cursor={c.pick(['big', 'default'])}"
        h = c.headers(b, kind="nav", referer="", cookie=jar)
        c.add(f, "elder-page", "GET", art_path(c, c.pick(["xwzx/zwyw", "zwgk/tzgg", "bsfw/ggfw"])) + "?mode=elder", h)
    for _ in range(N):
        q = [("id", c.num(7000000, 7999999)), ("format", c.pick(["plain", "html"])), ("mode", "reader")]
        c.add(f, "reader-api", "GET", "/wza/api/article/reader?" + qs(q, axios), web(c, None, 0.6, ""))
    for _ in range(N):
        doc = {
            "texts": c.sample(READ_TEXTS, c.num(1, 3)),
            "voice": c.pick(["xiaoyan", "xiaofeng", "female"]),
            "speed": c.pick([0.8, 1.0, 1.2]),
            "volume": c.num(50, 100),
            "format": "mp3",
        }
        c.add(f, "tts-batch", "POST", "/wza/api/tts/batch", web(c, JSON_CT, 0.6, ""), js_json(doc))
    for _ in range(N):
        q = [("text", c.pick(RARE_CHARS)), ("tone", "1")]
        c.add(f, "pinyin", "GET", "/wza/api/pinyin?" + qs(q, axios), web(c, None, 0.6, ""))
    for _ in range(N):
        doc = {
            "sid": c.uid(),
            "events": [
                {
                    "t": c.ms(),
                    "type": c.pick(["focus", "read", "zoom", "contrast"]),
                    "role": c.pick(["link", "button", "heading", "navigation", "main"]),
                    "label": c.pick(["首页", "政务公开", "办事服务", "互动交流", "跳转到主要内容"]),
                }
                for _ in range(c.num(1, 5))
            ],
            "ua_mode": c.pick(["elder", "wza"]),
        }
        c.add(f, "usage-beacon", "POST", "/wza/api/log", beacon(c, "", 0.5), js_json(doc))
    for _ in range(N):
        b = c.browser(0.3)
        h = no_cors(c.headers(b, accept="text/css,*/*;q=0.1", referer=""), "style")
        c.add(f, "elder-css", "GET", f"/wza/css/elder.css?v={c.num(2026, 2027)}{c.num(1, 12):02d}{c.num(1, 28):02d}", h)
    for _ in range(N):
        fields = [
            ("bg", c.pick(["#000000", "#FFFFFF", "#FFF8DC", "#1E90FF"])),
            ("fg", c.pick(["#FFFF00", "#000000", "#FFFFFF"])),
            ("fontSize", c.pick(["1.2", "1.5", "2"])),
            ("lineHeight", c.pick(["1.5", "2"])),
            ("cursor", c.pick(["big", "default"])),
            ("guide", c.pick(["1", "0"])),
            ("readMode", c.pick(["point", "continuous"])),
        ]
        c.add(f, "settings-save", "POST", "/wza/api/settings", jq_form(c, "", 0.5), qs(fields, jq))
    for _ in range(N):
        doc = {
            "asr": c.pick(
                [
                    "打开社保查询",
                    "我要查一下医保缴费",
                    "字体放大一点",
                    "返回首页",
                    "读一下这篇文章",
                    "怎么办理老年人乘车卡？",
                ]
            ),
            "confidence": round(c.num(70, 99) / 100, 2),
            "page": c.article(),
        }
        c.add(f, "voice-command", "POST", "/wza/api/voice/intent", web(c, JSON_CT, 0.8, ""), js_json(doc))


# --- advanced-site-search ---------------------------------------------------------------------------------

SEARCH_SYNTAX = [
    '"城乡居民医保" 缴费 2027',
    "公积金 OR 住房公积金 提取",
    "title:(遵义 营商环境) -招聘",
    "filetype:pdf 政府信息公开工作年度报告",
    "site:zyhhg.gov.cn 老旧小区改造",
    "遵府办发〔2027〕12号",
    "“以旧换新” 补贴 (汽车 OR 家电)",
    "intitle:公示 事业单位 拟聘用",
]
SEARCH_PLAIN = ["医保缴费", "公积金", "入学报名", "不动产预约", "招聘公告", "市长信箱", "统计公报 2026"]


@family("advanced-site-search")
def advanced_site_search(c: Corpus) -> None:
    f = "advanced-site-search"
    ref = f"{SITE}/search/index.html"
    for _ in range(N):
        q = [("q", c.pick(SEARCH_PLAIN)), ("siteCode", c.pick(SITES)[0]), ("tab", c.pick(["all", "zcwj", "bsfw"]))]
        c.add(f, "basic", "GET", "/search/index.html?" + qs(q, form), page(c, "", 0.5))
    for _ in range(N):
        q = [
            ("allWords", c.pick(["医保 缴费", "营商 环境"])),
            ("exactPhrase", c.pick(["", "城乡居民", "政府信息公开"])),
            ("anyWords", c.pick(["", "遵义 汇川", "补贴 奖励"])),
            ("noneWords", c.pick(["", "招聘", "征求意见"])),
            ("position", c.pick(["title", "content"])),
            ("timeRange", c.pick(["week", "month", "year", "custom"])),
            *zip(("startTime", "endTime"), days(c, (-365, -100), (-99, 0)), strict=True),
            ("searchScope", c.pick(["all", "5203000001"])),
            ("sort", c.pick(["relevance", "time"])),
        ]
        c.add(f, "advanced-form", "GET", "/search/advanced.html?" + qs(q, form), page(c, ref, 0.2))
    for _ in range(N):
        q = [("q", c.pick(SEARCH_SYNTAX)), ("page", c.num(1, 3))]
        c.add(f, "syntax-query", "GET", "/search/index.html?" + qs(q, form), page(c, ref, 0.2))
    for _ in range(N):
        term = c.pick(SEARCH_PLAIN)
        q = [("q", term[: c.num(1, len(term))]), ("limit", 10)]
        c.add(f, "suggest", "GET", "/search/api/suggest?" + qs(q, axios), web(c, None, 0.5, ref))
    for _ in range(N):
        flt = {
            "docType": c.sample(["zcwj", "zcjd", "tzgg", "bszn"], 2),
            "pubOrg": c.pick(DEPTS),
            "date": dict(zip(("gte", "lte"), days(c, (-365, -30), (-29, 0)), strict=True)),
            "sites": c.sample([s[0] for s in SITES], 2),
        }
        q = [("q", c.pick(SEARCH_PLAIN)), ("filters", js_json(flt)), ("page", 1), ("size", 20)]
        c.add(f, "filter-json", "GET", "/search/api/query?" + qs(q, axios), web(c, None, 0.3, ref))
    for _ in range(N):
        q = [("wh", doc_no(c)), ("fwjg", c.pick(["", "遵义市人民政府", "遵义市人民政府办公室"]))]
        c.add(f, "doc-number", "GET", "/search/api/wh?" + qs(q, axios), web(c, None, 0.3, ref))
    for _ in range(N):
        c.add(
            f,
            "hotwords",
            "GET",
            "/search/api/hot?" + qs([("siteCode", c.pick(SITES)[0]), ("n", 10)], axios),
            web(c, None, 0.5, ref),
        )
    for _ in range(N):
        doc = {
            "q": c.pick(SEARCH_PLAIN + SEARCH_SYNTAX),
            "pos": c.num(1, 20),
            "page": c.num(1, 3),
            "url": c.article(),
            "sid": c.uid(),
            "ts": c.ms(),
        }
        c.add(f, "click-log", "POST", "/search/api/click", beacon(c, ref, 0.4), js_json(doc))


# --- portal-miniapp-api -----------------------------------------------------------------------------------

APP_SECRETS = {"zyzw-android": "b7e3c1a9f04d2e6b8c5a7f1d3e9b0c24", "zyzw-ios": "4c8e2a6f0b3d7e1a9c5f2b8d6e0a4c17"}
CHANNELS = ["tt", "zwyw", "tzgg", "zcjd", "bmfw", "rdhy"]


def app_sign(secret: str, method: str, path: str, ts: str, nonce: str, body: str) -> str:
    """The 政务 App gateway's signature: HMAC-SHA256 over method, path (with query), timestamp, nonce, SHA-256(body)."""
    return hmac_hex(secret, "\n".join([method, path, ts, nonce, sha256_text(body)]))


@family("portal-miniapp-api")
def portal_miniapp_api(c: Corpus) -> None:
    f = "portal-miniapp-api"

    def signed(method: str, path: str, body: str, ctype: str | None = None) -> dict[str, str]:
        app = c.pick(list(APP_SECRETS))
        version = c.pick(["3.2.1", "3.3.0", "3.4.2"])
        h = app_headers(c, app, version, ctype)
        h["X-Platform"] = app.rsplit("-", 1)[1]
        if app.endswith("ios"):  # the iOS build's URLSession client, not okhttp
            h["User-Agent"] = f"ZunyiZhengwu/{version} (iPhone; iOS 18.{c.num(0, 6)}; Scale/3.00)"
        ts, nonce = str(c.ms()), c.hexs(8)
        h.update(
            {"X-Timestamp": ts, "X-Nonce": nonce, "X-Sign": app_sign(APP_SECRETS[app], method, path, ts, nonce, body)}
        )
        return h

    for _ in range(N):
        q = [("channel", c.pick(CHANNELS)), ("page", c.num(1, 10)), ("size", 20)]
        c.add(f, "home-feed", "GET", "/mp/api/cms/feed?" + qs(q, axios), miniprogram(c))
    for _ in range(N):
        c.add(
            f,
            "article-detail",
            "GET",
            f"/mp/api/cms/article/{c.num(7000000, 7999999)}?from=" + c.pick(["feed", "search", "share"]),
            miniprogram(c),
        )
    for _ in range(N):
        doc = {
            "code": c.alnum(32),
            "encryptedData": c.b64(c.num(180, 360)),
            "iv": c.b64(16),
            "rawData": js_json({"nickName": "微信用户", "gender": 0, "language": "zh_CN", "avatarUrl": ""}),
        }
        c.add(f, "wx-login", "POST", "/mp/api/auth/login", miniprogram(c, "application/json"), js_json(doc))
    for _ in range(N):
        path = "/app/api/v3/service/list?" + qs(
            [("cate", c.pick(["sb", "yb", "gjj", "jy", "hj"])), ("city", "520300")], axios
        )
        c.add(f, "signed-get", "GET", path, signed("GET", path, ""))
    for _ in range(N):
        doc = {
            "keyword": c.pick(SEARCH_PLAIN),
            "lng": round(106.9 + c.num(0, 2000) / 10000, 6),
            "lat": round(27.68 + c.num(0, 1500) / 10000, 6),
            "radius": c.pick([1000, 3000, 5000]),
        }
        body = js_json(doc)
        path = "/app/api/v3/hall/nearby"
        c.add(f, "signed-post", "POST", path, signed("POST", path, body, "application/json; charset=utf-8"), body)
    for _ in range(N):
        doc = {
            "platform": c.pick(["huawei", "xiaomi", "oppo", "vivo", "apns"]),
            "token": c.hexs(32),
            "userId": c.num(100000, 999999),
            "tags": c.sample(CHANNELS, 2),
        }
        body = js_json(doc)
        path = "/app/api/v3/push/register"
        c.add(f, "push-register", "POST", path, signed("POST", path, body, "application/json; charset=utf-8"), body)
    for _ in range(N):
        doc = {
            "items": [f"11520300{c.digits(8)}{c.pick('ABCDE')}{c.digits(4)}" for _ in range(c.num(1, 4))],
            "op": c.pick(["add", "remove"]),
        }
        h = miniprogram(c, "application/json")
        h["Authorization"] = bearer(c)
        c.add(f, "favorites", "POST", "/mp/api/user/favorites", h, js_json(doc))
    for _ in range(N):
        path = "/app/api/v3/version/check?" + qs(
            [
                ("platform", c.pick(["android", "ios"])),
                ("version", c.pick(["3.2.1", "3.3.0"])),
                ("channel", c.pick(["huawei", "xiaomi", "appstore"])),
            ],
            axios,
        )
        c.add(f, "version-check", "GET", path, signed("GET", path, ""))


# --- feed-sitemap-crawl -----------------------------------------------------------------------------------

FEED_UAS = [
    "Feedly/1.0 (+https://feedly.com/poller.html; 12 subscribers; )",
    "Mozilla/5.0 (compatible; Inoreader/1.0; +https://www.inoreader.com; 3 subscribers)",
    "RSSHub/1.0 (+http://github.com/DIYgod/RSSHub; like FeedFetcher-Google)",
    "Tiny Tiny RSS/23.10 (Unsupported) (https://tt-rss.org/)",
    "NetNewsWire (RSS Reader; https://netnewswire.com/)",
]
FEEDS = ["/rss/zwyw.xml", "/rss/tzgg.xml", "/rss/zcjd.xml", "/rss/xxgk.xml", "/feed/atom.xml?column=tzgg", "/feed.json"]


def http_date(c: Corpus) -> str:
    return format_datetime(c.day(-10, 0).astimezone(UTC).replace(microsecond=0), usegmt=True)


@family("feed-sitemap-crawl")
def feed_sitemap_crawl(c: Corpus) -> None:
    f = "feed-sitemap-crawl"

    def spider(extra: dict[str, str] | None = None, ua: str | None = None) -> dict[str, str]:
        h = {
            "User-Agent": ua or c.pick(SPIDERS),
            "Accept": c.pick(["*/*", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"]),
            "Accept-Encoding": "gzip, deflate",
        }
        return {**h, **(extra or {})}

    for _ in range(N):
        c.add(f, "robots", "GET", "/robots.txt", spider())
    for _ in range(N):
        c.add(f, "sitemap-index", "GET", c.pick(["/sitemap_index.xml", "/sitemap.xml", "/sitemap/index.xml"]), spider())
    for _ in range(N):
        d = c.day(-300, 0)
        path = f"/sitemap/{c.pick(['zwgk', 'xwzx', 'bsfw', 'hdjl'])}-{d:%Y-%m}.xml{c.pick(['', '.gz'])}"
        c.add(f, "sitemap-part", "GET", path, spider())
    for _ in range(N):
        extra = {"If-Modified-Since": http_date(c)}
        if c.chance(0.6):
            extra["If-None-Match"] = f'W/"{c.hexs(4)}-{c.hexs(6)}"'
        extra["Accept"] = "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.8"
        c.add(f, "rss-conditional", "GET", c.pick(FEEDS), spider(extra, c.pick(FEED_UAS)))
    for _ in range(N):
        h = {
            "User-Agent": c.pick(FEED_UAS),
            "Accept": "application/rss+xml, application/xml;q=0.9, */*;q=0.8",
            "Accept-Encoding": "gzip, deflate, br",
        }
        c.add(f, "feed-reader", "GET", c.pick(FEEDS), h)
    for _ in range(N):
        c.add(
            f,
            "head-check",
            "HEAD",
            c.pick([*FEEDS, "/sitemap.xml"]),
            spider({"If-Modified-Since": http_date(c)}, c.pick(FEED_UAS + SPIDERS)),
        )
    for _ in range(N):
        col = c.pick(["zwyw", "tzgg", "zcjd"])
        q = [("column", col), ("limit", c.pick([20, 50])), ("format", c.pick(["rss", "atom", "json"]))]
        c.add(f, "feed-query", "GET", "/feed/?" + qs(q, form), spider(None, c.pick(FEED_UAS)))
    for _ in range(N):
        c.add(
            f,
            "page-crawl",
            "GET",
            art_path(c, c.pick(["xwzx/zwyw", "zwgk/tzgg", "zwgk/zcjd/wzjd", "zfxxgk/gknb"])),
            spider({"Referer": f"{SITE}/sitemap.xml"} if c.chance(0.2) else None),
        )


# --- online-interview -------------------------------------------------------------------------------------

INTERVIEWS = [
    ("2027-ft-03", "市医保局局长谈“2027年城乡居民医保缴费及待遇调整”"),
    ("2027-ft-05", "市教育局解读“2027年义务教育招生入学政策”"),
    ("2027-ft-07", "市住建局谈“老旧小区改造与加装电梯”"),
    ("2027-ft-09", "市人社局谈“稳就业 促创业”"),
]
QUESTIONS = [
    "您好！我家孩子 2021 年 8 月 25 日出生，户籍在红花岗区，但房子（{estate}）在汇川区，产权证上是我和孩子奶奶"
    "各 50%。请问：1）今年能报一年级吗？2）按户籍还是按房产划片？3）“房户一致”具体指什么？谢谢！",
    "我是灵活就业人员，2026 年医保断缴了 4 个月（9—12 月），现在补缴的话，是从缴费次月开始享受待遇，还是有"
    "“等待期”？另外，“贵州医保”小程序上显示“缴费基数 ¥4,368.00”，这个怎么算的？",
    "加装电梯“一楼业主不同意”怎么办？我们单元 6 户，5 户同意（占 83.3%），一楼说“影响采光、要补偿 5 万元”。"
    "《民法典》第二百七十八条规定的“双三分之二”是否已满足？政府补贴（每台 {amt} 万元）什么时候拨付？",
    "请问高校毕业生到中小微企业就业，“一次性吸纳就业补贴”每人 1,500 元是企业申请还是个人申请？"
    "网址 https://www.zunyi.gov.cn/… 上的申请表（附件 2）打不开。",
]


@family("online-interview")
def online_interview(c: Corpus) -> None:
    f = "online-interview"

    def iv() -> tuple[str, str]:
        return c.pick(INTERVIEWS)

    def question() -> str:
        return c.pick(QUESTIONS).format(estate=c.pick(ZY_ESTATES), amt=c.num(8, 15))

    for _ in range(N):
        ftid, _ = iv()
        doc = {
            "ftid": ftid,
            "nc": c.pick(["热心市民", "一位家长", "老王", c.person()[0] + "女士"]),
            "wt": question(),
            "lxdh": c.mobile(),
            "sfgk": True,
        }
        c.add(
            f,
            "question-json",
            "POST",
            "/zxft/api/question/submit",
            web(c, JSON_CT, 0.6, f"{SITE}/zxft/{ftid}/index.html"),
            js_json(doc),
        )
    for _ in range(N):
        ftid, _ = iv()
        fields = [
            ("ftid", ftid),
            ("title", "网友提问"),
            ("content", question()),
            ("name", c.person()),
            ("tel", c.mobile()),
            ("yzm", c.alnum(4, "abcdefghjkmnpqrstuvwxyz23456789")),
        ]
        c.add(
            f,
            "question-form",
            "POST",
            "/zxft/question.do",
            jq_form(c, f"{SITE}/zxft/{ftid}/index.html", 0.4),
            qs(fields, jq),
        )
    for _ in range(N):
        ftid, _ = iv()
        c.add(f, "preview-page", "GET", f"/zxft/{ftid}/index.html", page(c, f"{SITE}/zxft/index.html", 0.5))
    for _ in range(N):
        ftid, _ = iv()
        q = [("ftid", ftid), ("lastId", c.num(0, 300)), ("_", c.ms())]
        c.add(
            f,
            "transcript-poll",
            "GET",
            "/zxft/api/record/list?" + qs(q, jq),
            jq_get(c, f"{SITE}/zxft/{ftid}/index.html", 0.5),
        )
    for _ in range(N):
        ftid, title = iv()
        doc = {
            "ftid": ftid,
            "wtid": c.num(1, 300),
            "jb": c.pick(["局长", "副局长", "处长"]) + " " + c.person(),
            "hd": c.pick(
                [
                    "感谢这位网友的提问。根据《遵义市2027年义务教育招生入学工作方案》，"
                    "一年级招生对象为 2021 年 8 月 31 日"
                    "（含）以前出生的适龄儿童；划片以“房户一致”优先，即房产证（不动产权证）所有人为儿童父母（或本人），"
                    "且户籍在该房产地址。",
                    "断缴后补缴的，自缴费之日起设 3 个月待遇等待期"
                    "（连续参保 4 年以上的，每多 1 年减少 1 个月，最多减少至 0）。"
                    "具体可拨打 12393 医保服务热线咨询。",
                    "根据《民法典》第二百七十八条，加装电梯应当经参与表决专有部分面积四分之三以上的业主且参与表决人数"
                    "四分之三以上的业主同意。补贴资金在竣工验收合格后 30 个工作日内拨付。",
                ]
            ),
            "fbsj": ms_now(c),
        }
        c.add(
            f,
            "answer-entry",
            "POST",
            "/zxftadmin/api/answer/save",
            web(c, JSON_CT, 0.0, f"{SITE}/zxftadmin/live?title={jq(title)}"),
            js_json(doc),
        )
    for _ in range(N):
        ftid, _ = iv()
        parts = [
            ("ftid", ftid),
            ("sm", c.pick(["访谈现场", "嘉宾回答网友提问", "主持人开场"])),
            ("file", (f"IMG_{c.num(1000, 9999)}.JPG", "image/jpeg", jpeg(c, c.num(1200, 3000)))),
        ]
        h, body = upload(c, parts, f"{SITE}/zxftadmin/live", 0.0)
        c.add(f, "photo-live", "POST", "/zxftadmin/api/photo/upload", h, body)
    for _ in range(N):
        q = [("year", c.pick(["", "2027", "2026"])), ("dept", c.pick(["", *DEPTS[:8]])), ("page", c.num(1, 5))]
        c.add(f, "interview-list", "GET", "/zxft/list.html?" + qs(q, form), page(c, f"{SITE}/zxft/index.html", 0.4))
    for _ in range(N):
        ftid, _ = iv()
        fields = [("ftid", ftid), ("type", c.pick(["like", "flower"])), ("count", str(c.num(1, 9)))]
        c.add(f, "like", "POST", "/zxft/api/like", jq_form(c, f"{SITE}/zxft/{ftid}/index.html", 0.7), qs(fields, jq))


def ms_now(c: Corpus) -> str:
    return f"{c.when():%Y-%m-%d %H:%M:%S}"


# --- generation, check and files -------------------------------------------------------------------


def gen() -> list[dict]:
    return generate(Corpus(SEED), FAMILIES)


def check(rec: dict) -> list[str]:
    """What is wrong with one record as an HTTP request (empty: nothing): tests/waf/data/corpus_kit.py."""
    return check_record(rec, SOURCES)


if __name__ == "__main__":
    write_corpus(gen(), check, split, TUNING_FILE, HELD_OUT_FILE, len(FAMILIES))
