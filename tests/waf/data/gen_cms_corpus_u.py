"""Generate corpus U: a TWENTY-FIRST set of ordinary requests to Chinese government sites, independent of A-T.

    python tests/waf/data/gen_cms_corpus_u.py   # writes cms_u_tuning.jsonl and cms_u_heldout.jsonl next to it

Why another corpus: each fresh corpus so far has found kinds of ordinary traffic the earlier ones lacked, and
U measures the WAF's false positives on traffic no tuning round has seen. Corpus U is a month of ordinary traffic
to one PROVINCIAL government portal (湖北省人民政府 门户 as the model) and the 省 厅局 sites hosted beside it, a
broad mix of what the public and businesses do there: 省 政府 常务 会议 and 新闻 发布会 pages (视频 回放 byte
ranges, 图文 直播 polling, 网友 提问); the 政策 文件 库's faceted search (TRS 智能 检索 filter[...] facets, 大汉
jsearch 分类 检索, 文号 lookups, 时效 filters); the 惠企 政策 计算器 (a business's questionnaire with GB/T 4754 行业
代码, 规模 by 国统字〔2017〕213号, GB/T 2260 注册地; matching, subsidy formulas); 重大 项目 公示 and 征地 公告
lookups (投资 项目 统一 代码, 听证 申请 with parcels); the 12345 营商 环境 专线 (long complaint text, evidence,
拖欠 账款 tables); 行政 复议 在线 申请 (applicant, 被申请人, 复议 请求 and 事实 理由 prose, evidence uploads); the
统计 数据 发布 库 (指标 codes, 时间 区间, 地区 codes, CSV/XLSX export); 人事 任免 and 公务员 招录 (职位 表 XLSX, 报名
序号 and 成绩 queries); 领导 活动 报道 pages (大汉 jpage dataproxy lists, hit counters); the 省长 信箱's replies
search; 外资/港澳台 企业 服务 in English and 繁體; 气象 灾害 预警 订阅 (region codes, 预警 signal colours, SMS and
e-mail); and the 无障碍/长者 版 switches of these pages. Desktop browsers, 微信 内置 浏览器, mobile Safari and 小程序
send them. ``SOURCES`` names the public material each family's URLs, parameters, headers and bodies follow; values
are generated deterministically (``SEED``); HOST is a placeholder the evaluation replaces. Where the receiving
services check something (统一 社会 信用 代码 and 身份 证号 check characters, GB/T 2260 and GB/T 4754 codes, the
size class the 划分 办法 gives, 投资 项目 代码 structure, sums of parcels and arrears, the 60-day 复议 limit, byte
ranges, paging windows, signal colours each 预警 type has, upload magic bytes) the generator does it for real, so
the fast tests can check the requests the way the receiving servers would. Nothing here is an attack: every value
is what the real service really receives.

Each request is one JSONL record as in corpora A-T (method, path, headers, body or body_b64) tagged with its
``family``, ``shape``, ``source`` and ``label`` = family/shape, and passes corpus_kit.check_record.

THE SPLIT is corpus_kit.HashSplit's rule with the salt "corpus-u/", decided and written down here before the
corpus was generated and before anything was evaluated (no WAF result on U was seen by its author; docs/waf.md,
held-out discipline): the three families whose sha256("corpus-u/<family>") hex digests sort first are held out
whole, and no tuning may see them; in every other family a (family, shape) group is held out when
sha256("corpus-u/<family>/<shape>") has a first byte divisible by 4; everything else is the tuning part. Made
once; never re-split, edited or regenerated to pass.
"""

from __future__ import annotations

import sys
import urllib.parse
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # run as a script from anywhere

from tests.waf.data import gen_cms_corpus_t as corpus_t
from tests.waf.data.corpus_kit import (
    SITE,
    HashSplit,
    check_record,
    family_registry,
    generate,
    part_files,
    write_corpus,
)
from tests.waf.data.gen_cms_corpus_e import JSON_CT, axios, form, jpeg, jq, js_json, qs  # E's
from tests.waf.data.gen_cms_corpus_f import USCC_CHARS, USCC_WEIGHTS, pdf_head, png  # F's
from tests.waf.data.gen_cms_corpus_k import ID_WEIGHTS  # K's
from tests.waf.data.gen_cms_corpus_l import bearer, miniprogram  # L's clients
from tests.waf.data.gen_cms_corpus_m import DOCX_CT, docx, upload, web  # M's browser helpers
from tests.waf.data.gen_cms_corpus_q import jq_form  # Q's
from tests.waf.data.gen_cms_corpus_r import img_get, jq_get, page  # R's

TUNING_FILE, HELD_OUT_FILE = part_files("u")
SEED = 20300321
SALT = "corpus-u/"

SOURCES = {
    "press-briefing": "省 政府 门户 网站 “新闻 发布会”/“省 政府 常务 会议” 栏目 as TRS WCM 海云 sites publish them "
    "(t<yyyymmdd>_<docid>.shtml pages, P0<yyyymmdd><n> 附件 names), HTML5 <video> playback of the MP4 回放 with "
    "HTTP Range requests (RFC 9110 §14), 图文 直播 (访谈 直播 系统: liveId, lastId polling, 网友 提问), WebVTT "
    "字幕 tracks, player heartbeats and the 微信 JS-SDK config call (url of the page)",
    "policy-library-search": "政策 文件 库 (国务院 政策 文件 库 and 省级 “政策 文件 库” built on 拓尔思 TRS 智能 "
    "检索 IGS: /igs/front/search/list.html, index, type, filter[AVAILABLE], filter[FWJG] 发文 机关, filter[WZ] "
    "文种, filter[ZTFL] 主题 分类, filter[FWNF] 年份, filter[fileNum-like], filter[Effectivestate], orderProperty, "
    "orderDirection, pageNumber, pageSize) and 大汉 Hanweb jsearchfront (cateSearch.do: websiteid, q, p, pg, "
    "cateid, pos, pq, oq, eq, begin, end, sortFields; autoComplete.do), 文件 详情 pages and PDF/OFD 附件",
    "enterprise-policy-match": "惠企 政策 “免申即享/政策 计算器” services (国办发〔2023〕 优化 营商 环境 惠企 政策 "
    "直达): an enterprise questionnaire (统一 社会 信用 代码 GB 32100-2015, GB/T 4754-2017 国民 经济 行业 分类 "
    "codes, 企业 规模 by 国家 统计局 《统计上大中小微型企业划分办法（2017）》, GB/T 2260 注册地, 资质 tags), match "
    "results, dictionaries, 政策 详情, 申报 意向, subsidy formulas (研发 费用 增量 × 比例, 上限)",
    "project-land-notice": "重大 建设 项目 公示 (省 发展 改革委 年度 省级 重点 项目 清单, 投资 项目 在线 审批 监管 "
    "平台 项目 代码 yyyy-区划-行业-类型-流水) and 《土地管理法》(2019) 第四十七条 / 《土地管理法实施条例》 征收 "
    "土地 预公告, 征地 补偿 安置 方案 公告, 听证 申请 (地块 编号, 面积 亩), 批复 文号 lookups, GeoJSON 红线 范围",
    "business-env-complaint": "12345 政务 服务 便民 热线 营商 环境 专线 / “营商 环境 投诉 举报” 平台 "
    "(国办发〔2020〕53号 热线 归并; 《优化营商环境条例》 第六十二条): 企业 投诉 forms with long 诉求 text, 统一 "
    "社会 信用 代码, 附件 evidence uploads, 短信 验证码, 查询码 progress queries, 满意度 评价, 拖欠 企业 账款 "
    "details, 典型 案例 lists, 小程序 submissions",
    "admin-reconsideration": "《中华人民共和国行政复议法》(2023 修订; 第二十条 六十日 申请 期限, 第二十二条 申请 "
    "方式) and 司法部 “行政 复议 网上 申请” 平台 as 省 司法厅 runs it: 申请人 (身份 证件), 被申请人, 行政 行为 "
    "名称 and 文号, 复议 请求, 事实 和 理由, 证据 uploads, 授权 委托书, 案件 查询, 申请书 范本 downloads, 撤回, "
    "期限 计算",
    "provincial-stats-release": "省 统计局 “统计 数据 发布 库” (国家 统计局 数据 发布 库 conventions: 指标 codes "
    "A0xxxx, 时间 sj as yyyy, yyyy-yyyy, yyyyMM-yyyyMM, 地区 reg as GB/T 2260 codes, freq), 指标 and 地区 trees, "
    "CSV and XLSX export, 自定义 查询 JSON, 发布 日历, 统计 公报 pages",
    "civil-service-recruit": "省 委 组织部 干部 任前 公示 and 省 政府 人事 任免 pages, 公务员 考试 录用 公告 "
    "(《公务员录用规定》) as 省 人事 考试 院 publishes them: 职位 表 XLSX downloads, 职位 检索 (职位 代码, 学历, "
    "专业, 地区), 报名 序号 and 审核 结果 queries, 报名 人数 统计, 准考证 打印 PDF, 笔试 成绩 查询",
    "leader-activity-pages": "省 政府 门户 “领导 活动”/省长 副省长 栏目 pages as 大汉 Hanweb JCMS serves them "
    "(/module/web/jpage/dataproxy.jsp with startrecord, endrecord, perpage and the form col, appid, webid, path, "
    "columnid, sourceContentType, unitid, webname, permissiontype; /module/visitcount/articlehits.jsp), 图片 报道, "
    "视频 clips, 相关 报道, 二维码 分享",
    "governor-letter-search": "省长 信箱 / 省 政府 “我 为 政府 网站 找 错”-style 互动 交流 回复 公开: replies "
    "search (关键词, 类型 咨询/投诉/建议, 承办 单位, 日期 区间), 信件 详情, 信件 编号 + 查询码 lookups, 热点 话题, "
    "办理 统计, 满意度 评价, 写信 前 相似 信件 推荐 (long text)",
    "foreign-investor-service": "《外商投资法》 and 商务部 外商 投资 企业 投诉 工作 办法 as 省 商务厅 外资 服务 "
    "and the portal's English edition and 繁體 pages run them: English inquiries, 繁體 中文 咨询 (港澳台 企业), "
    "外商 投资 投诉 with evidence, enterprise lookups, ISO 3166 country codes, 港澳 居民 来往 内地 通行证 and 台湾 "
    "居民 来往 大陆 通行证 numbers, 招商 项目 对接",
    "weather-warning-subscribe": "中国 气象局 《气象灾害预警信号发布与传播办法》(令 第16号: 14 类 signals and "
    "their colours) as 省 气象局 预警 订阅 services run them: SMS/e-mail subscriptions by GB/T 2260 区县 code, "
    "验证码, current warnings, 预警 详情, 退订, 小程序 订阅 消息 (wx.requestSubscribeMessage template ids), 我的 "
    "订阅",
    "care-mode-toggle": "工业 和 信息化部 《互联网应用适老化及无障碍改造专项行动方案》 and GB/T 37668-2019 as 政府 "
    "网站 无障碍 工具条 and 长者/关怀 版 implement them on the portal's pages: 长者 版 switch (mode=elder, "
    "cookie), assist.js and its config, 指读 TTS calls with page text, 偏好 保存 (字号, 行距, 对比度, 光标), "
    "cursor images, 长者 版 list APIs, usage beacons, switch back",
}

SPLIT = HashSplit(SALT, SOURCES)  # the rule in the docstring (tests/waf/data/corpus_kit.py)
split, HELD_OUT_FAMILIES = SPLIT.split, SPLIT.held_out_families  # split(reqs): (tuning part, held-out part)


# --- the corpus: T's (and so R's, Q's, … F's), recording U's sources --------------------------------------


class Corpus(corpus_t.Corpus):
    """T's corpus (values, browsers, header order, day(); SourceTagged): requests are tagged with U's sources."""

    sources = SOURCES


FAMILIES: dict[str, Callable[[Corpus], None]] = {}
family = family_registry(FAMILIES)

N = 14  # requests per (family, shape)

HB = {  # 湖北省 and its 市州, some 区县: GB/T 2260 行政区划 代码
    "420000": "湖北省",
    "420100": "武汉市",
    "420102": "江岸区",
    "420103": "江汉区",
    "420104": "硚口区",
    "420106": "武昌区",
    "420111": "洪山区",
    "420115": "江夏区",
    "420200": "黄石市",
    "420300": "十堰市",
    "420500": "宜昌市",
    "420502": "西陵区",
    "420600": "襄阳市",
    "420602": "襄城区",
    "420700": "鄂州市",
    "420800": "荆门市",
    "420900": "孝感市",
    "420902": "孝南区",
    "421000": "荆州市",
    "421002": "沙市区",
    "421100": "黄冈市",
    "421102": "黄州区",
    "421200": "咸宁市",
    "421300": "随州市",
    "422800": "恩施土家族苗族自治州",
    "422801": "恩施市",
    "429004": "仙桃市",
    "429005": "潜江市",
    "429006": "天门市",
    "429021": "神农架林区",
}
HB_CODES = list(HB)
CITY_CODES = [k for k in HB if k.endswith("00") and k != "420000"]
COUNTY_CODES = [k for k in HB if not k.endswith("00") or k.startswith("429")]
DEPTS = [
    "省发展改革委",
    "省经信厅",
    "省教育厅",
    "省科技厅",
    "省公安厅",
    "省司法厅",
    "省财政厅",
    "省人社厅",
    "省自然资源厅",
    "省生态环境厅",
    "省住建厅",
    "省交通运输厅",
    "省商务厅",
    "省市场监管局",
    "省统计局",
    "省气象局",
    "省政务办",
]
ZIHAO = ["楚天", "江汉", "荆楚", "光谷", "东湖", "长江", "汉江", "三峡", "九州通", "鄂钢", "神龙", "卓尔", "金凤凰"]
ROADS = ["中北路", "解放大道", "武珞路", "珞喻路", "光谷大道", "建设大道", "沿江大道", "发展大道", "友谊大道"]


def hb_uscc(c: Corpus, prefix: str = "91") -> str:
    """A 统一社会信用代码 (GB 32100-2015) registered in 湖北, with its check character."""
    body = prefix + c.pick(HB_CODES[1:]) + "".join(c.pick(USCC_CHARS[:10] + "MA") for _ in range(9))
    check = (31 - sum(USCC_CHARS.index(ch) * w for ch, w in zip(body, USCC_WEIGHTS, strict=True)) % 31) % 31
    return body + USCC_CHARS[check]


def hb_idcard(c: Corpus) -> str:
    """A 公民身份号码 with a 湖北 区县 code and its GB 11643 check character."""
    born = c.day(-20000, -6600)
    body = f"{c.pick(COUNTY_CODES)}{born:%Y%m%d}{c.num(10, 99)}{c.num(0, 9)}"
    return body + "10X98765432"[sum(int(d) * w for d, w in zip(body, ID_WEIGHTS, strict=True)) % 11]


def hb_firm(c: Corpus) -> str:
    trade = c.pick(["信息技术", "生物医药", "新能源汽车零部件", "光电子", "物流", "农业科技", "建筑工程", "餐饮管理"])
    return c.pick([f"湖北{c.pick(ZIHAO)}{trade}有限公司", f"武汉{c.pick(ZIHAO)}{trade}股份有限公司"])


def address(c: Corpus) -> str:
    return f"湖北省武汉市{c.pick(['武昌区', '洪山区', '江汉区', '东湖新技术开发区'])}{c.pick(ROADS)}{c.num(1, 999)}号"


def shtml(c: Corpus, col: str, lo: int = -60, hi: int = 0) -> str:
    """A TRS WCM published page: /col/yyyymm/tyyyymmdd_docid.shtml."""
    d = c.day(lo, hi)
    return f"/{col}/{d:%Y%m}/t{d:%Y%m%d}_{c.num(4800000, 5299999)}.shtml"


def ymd(c: Corpus, lo: int, hi: int) -> str:
    return f"{c.day(lo, hi):%Y-%m-%d}"


def media_get(c: Corpus, referer: str, rng: str, mobile: float = 0.4) -> dict[str, str]:
    """A <video>'s media request: no-cors, Dest video, identity encoding and a Range header."""
    h = img_get(c, referer, mobile)
    h["Accept"] = "*/*"
    if "Sec-Fetch-Dest" in h:
        h["Sec-Fetch-Dest"] = "video"
    h["Accept-Encoding"] = "identity;q=1, *;q=0"
    h["Range"] = rng
    return h


def byte_range(c: Corpus, total: int) -> str:
    start = c.pick([0, c.num(1, total - 2_000_000)])
    return c.pick([f"bytes={start}-", f"bytes={start}-{start + c.num(65536, 1_048_575)}"])


# --- press-briefing ---------------------------------------------------------------------------------------

BRIEFINGS = [
    "湖北省“高效办成一件事”改革新闻发布会",
    "2027年一季度全省经济运行情况新闻发布会",
    "《湖北省优化营商环境条例》（修订）新闻发布会",
    "省政府常务会议：研究部署防汛抗旱和安全生产工作",
    "“荆楚人才计划”实施情况新闻发布会",
    "长江大保护十大标志性战役进展情况发布会",
]
QUESTIONS = [
    "请问“高效办成一件事”里的“企业开办”现在需要跑几次？外地股东能不能全程网办？",
    "发布会提到“新增 13 个重点事项”，清单在哪里能看到？有没有 PDF 下载（附件 1）？",
    "我们是黄冈的小微企业，研发费用加计扣除比例 100% 是今年开始的吗？和省里的补贴能叠加吗？",
    "关于“长江十年禁渔”，休闲垂钓在武汉哪些水域可以？“一人一竿一线一钩”的规定还有效吗？",
    "想问一下：灵活就业人员参加职工医保，缴费基数是按 60%—300% 自己选吗？",
    "请问回放视频什么时候上传？手机上（微信里）点开一直转圈。",
]


@family("press-briefing")
def press_briefing(c: Corpus) -> None:
    f = "press-briefing"
    for _ in range(N):
        c.add(f, "meeting-page", "GET", shtml(c, c.pick(["zwgk/hbyw/cwhy", "hbfb/xwfbh"])), page(c, f"{SITE}/hbfb/"))
    for _ in range(N):
        n = c.num(0, 12)
        path = "/hbfb/xwfbh/index.shtml" if n == 0 else f"/hbfb/xwfbh/index_{n}.shtml"
        c.add(f, "briefing-index", "GET", path, page(c, SITE + "/"))
    for _ in range(N):
        total = c.num(80_000_000, 900_000_000)
        d = c.day(-60, 0)
        path = f"/hbfb/xwfbh/{d:%Y%m}/W0{d:%Y%m%d}{c.digits(12)}.mp4"
        c.add(f, "replay-range", "GET", path, media_get(c, SITE + shtml(c, "hbfb/xwfbh"), byte_range(c, total)))
    for _ in range(N):
        live = c.num(3000, 3999)
        q = [("liveId", live), ("lastId", c.num(0, 400)), ("direction", "after"), ("size", 20), ("_", c.ms())]
        c.add(f, "live-poll", "GET", "/interview/api/live/text?" + qs(q, axios), web(c, None, 0.6))
    for _ in range(N):
        fields = [
            ("liveId", str(c.num(3000, 3999))),
            ("nickname", c.pick(["网友", "荆楚网友", "热心市民", c.person()])),
            ("content", c.pick(QUESTIONS)),
            ("mobile", c.mobile() if c.chance(0.5) else ""),
        ]
        c.add(
            f, "qa-submit", "POST", "/interview/api/question/add", jq_form(c, SITE + "/interview/", 0.6), qs(fields, jq)
        )
    for _ in range(N):
        d = c.day(-60, 0)
        ext = c.pick(["docx", "pdf", "pdf"])
        path = f"/hbfb/xwfbh/{d:%Y%m}/P0{d:%Y%m%d}{c.digits(12)}.{ext}"
        c.add(f, "transcript-download", "GET", path, page(c, SITE + shtml(c, "hbfb/xwfbh")))
    for _ in range(N):
        d = c.day(-60, 0)
        h = web(c, None, 0.4, SITE + shtml(c, "hbfb/xwfbh"), "*/*")
        c.add(f, "caption-track", "GET", f"/hbfb/xwfbh/{d:%Y%m}/W0{d:%Y%m%d}{c.digits(12)}.zh-CN.vtt", h)
    for _ in range(N):
        duration = c.num(1800, 7200)
        doc = {
            "liveId": c.num(3000, 3999),
            "event": c.pick(["play", "timeupdate", "pause", "ended", "seeking"]),
            "position": round(c.num(0, duration * 10) / 10, 1),
            "duration": duration,
            "rate": c.pick([1, 1, 1.25, 1.5, 2]),
            "quality": c.pick(["720p", "1080p", "480p"]),
            "sid": c.hexs(8),
        }
        c.add(f, "player-heartbeat", "POST", "/interview/api/stat/play", web(c, JSON_CT, 0.5), js_json(doc))
    for _ in range(N):
        url = SITE + shtml(c, c.pick(["hbfb/xwfbh", "zwgk/hbyw/cwhy"]))
        if c.chance(0.4):
            url += "?from=timeline&isappinstalled=0"
        q = [("url", url), ("appid", "wx6b5c1f2e8d9a0c3b")]
        c.add(f, "share-config", "GET", "/wx/jssdk/config?" + qs(q, form), jq_get(c, url, 1.0))


# --- policy-library-search ----------------------------------------------------------------------------------

ISSUERS = ["省人民政府", "省人民政府办公厅", *DEPTS[:8]]
DOC_KINDS = ["通知", "意见", "办法", "规定", "决定", "方案", "批复", "通告"]
TOPICS = [
    "综合政务",
    "国民经济管理",
    "财政、金融、审计",
    "工业、交通",
    "商贸、海关、旅游",
    "城乡建设、环境保护",
    "科技、教育",
    "劳动、人事、监察",
    "卫生、体育",
    "农业、林业、水利",
]
DOC_PREFIX = {
    "省人民政府": "鄂政发",
    "省人民政府办公厅": "鄂政办发",
    "省发展改革委": "鄂发改规",
    "省经信厅": "鄂经信规",
}
POLICY_WORDS = [
    "营商环境",
    "专精特新",
    "稳就业",
    "首套住房",
    "研发费用",
    "消费券",
    "以旧换新",
    "高效办成一件事",
    "乡村振兴",
    "人才 公寓",
    "跨境电商",
    "数据要素",
    "低空经济",
    "“两新”政策",
]
IGS = "/igs/front/search/list.html"


def doc_no(c: Corpus, issuer: str, year: int) -> str:
    return f"{DOC_PREFIX.get(issuer, '鄂政办函')}〔{year}〕{c.num(1, 60)}号"


def igs_base(c: Corpus) -> list[tuple[str, object]]:
    return [
        ("index", "hb-zcwjk"),
        ("type", "zcwj"),
        ("pageNumber", c.num(1, 8)),
        ("pageSize", c.pick([10, 15, 20, 50])),
        ("filter[AVAILABLE]", "true"),
    ]


@family("policy-library-search")
def policy_library_search(c: Corpus) -> None:
    f = "policy-library-search"
    lib = f"{SITE}/zfwj/zcwjk/"
    for _ in range(N):
        q = igs_base(c)
        for key, pool in (("FWJG", ISSUERS), ("WZ", DOC_KINDS), ("ZTFL", TOPICS)):
            if c.chance(0.6):
                q.append((f"filter[{key}]", c.pick(pool)))
        q += [
            ("filter[FWNF]", c.num(2019, 2027)),
            ("orderProperty", c.pick(["PUBDATE", "CWRQ", "_score"])),
            ("orderDirection", "desc"),
        ]
        c.add(f, "igs-facets", "GET", IGS + "?" + qs(q, axios), web(c, None, 0.3, lib))
    for _ in range(N):
        q = c.pick(POLICY_WORDS)
        fields = [
            ("websiteid", "420000000000000"),
            ("tpl", "1533"),
            ("Municipal_webid", ""),
            ("Municipal_name", ""),
            ("isContains", "0"),
            ("q", q),
            ("p", c.num(1, 5)),
            ("pg", 10),
            ("cateid", c.pick([370, 371, 372])),
            ("pos", c.pick(["title,content,_default_search", "title"])),
            ("pq", ""),
            ("oq", ""),
            ("eq", c.pick(["", "征求意见"])),
            ("begin", ""),
            ("end", ""),
            ("sortFields", c.pick(["", '[{"name":"deploytime","clause":1}]'])),
        ]
        h = jq_form(c, f"{SITE}/jsearchfront/search.do?websiteid=420000000000000&searchid=1&pg=&p=1&tpl=1533&q={jq(q)}")
        c.add(f, "jsearch-cate", "POST", "/jsearchfront/interfaces/cateSearch.do", h, qs(fields, jq))
    for _ in range(N):
        q = [("index", "hb-zcwjk"), ("type", "zcwj"), ("field", "FWJG,WZ,ZTFL,FWNF"), ("filter[AVAILABLE]", "true")]
        if c.chance(0.5):
            q.append(("filter[FileName,DOCCONTENT,fileNum-or]", c.pick(POLICY_WORDS)))
        c.add(f, "facet-counts", "GET", "/igs/front/search/aggregation.html?" + qs(q, axios), web(c, None, 0.3, lib))
    for _ in range(N):
        issuer = c.pick(list(DOC_PREFIX))
        year = c.num(2019, 2027)
        q = [
            *igs_base(c),
            ("filter[FWJG]", issuer),
            ("filter[FWNF]", year),
            ("filter[fileNum-like]", doc_no(c, issuer, year)),
        ]
        c.add(f, "file-number-lookup", "GET", IGS + "?" + qs(q, axios), web(c, None, 0.3, lib))
    for _ in range(N):
        c.add(
            f, "detail-page", "GET", shtml(c, c.pick(["zfwj/ezf", "zfwj/ezbf", "zfwj/gfxwj"]), -2000, 0), page(c, lib)
        )
    for _ in range(N):
        lte = c.num(2019, 2027)
        q = [
            *igs_base(c),
            ("filter[Effectivestate]", c.pick(["有效", "失效", "废止", "已修改"])),
            ("filter[fileYear-lte]", lte),
            ("filter[fileYear]", c.num(2010, lte)),
        ]
        c.add(f, "validity-filter", "GET", IGS + "?" + qs(q, axios), web(c, None, 0.3, lib))
    for _ in range(N):
        start = c.day(-1500, -200)
        doc = {
            "keywords": c.sample(POLICY_WORDS, c.num(1, 2)),
            "exclude": c.pick([[], ["征求意见稿"], ["废止"]]),
            "match": c.pick(["all", "any", "phrase"]),
            "fields": c.pick([["title"], ["title", "content"], ["title", "fileNum"]]),
            "issuer": c.sample(ISSUERS, c.num(0, 2)),
            "dateRange": {"start": f"{start:%Y-%m-%d}", "end": f"{start + timedelta(days=c.num(30, 190)):%Y-%m-%d}"},
            "page": {"no": 1, "size": 20},
        }
        c.add(f, "advanced-json", "POST", "/zcwjk/api/search/advanced", web(c, JSON_CT, 0.2, lib), js_json(doc))
    for _ in range(N):
        word = c.pick(POLICY_WORDS)
        q = [("q", word[: c.num(1, len(word))]), ("websiteid", "420000000000000"), ("_", c.ms())]
        c.add(f, "suggest", "GET", "/jsearchfront/interfaces/autoComplete.do?" + qs(q, jq), jq_get(c, lib))
    for _ in range(N):
        d = c.day(-2000, 0)
        ext = c.pick(["pdf", "pdf", "ofd", "docx"])
        path = f"/zfwj/{c.pick(['ezf', 'ezbf', 'gfxwj'])}/{d:%Y%m}/P0{d:%Y%m%d}{c.digits(12)}.{ext}"
        c.add(f, "attachment-download", "GET", path, page(c, SITE + shtml(c, "zfwj/ezf", -2000, 0)))


# --- enterprise-policy-match -------------------------------------------------------------------------------

INDUSTRIES = [  # GB/T 4754-2017 小类: (代码, 名称)
    ("C3911", "计算机整机制造"),
    ("C3982", "电子电路制造"),
    ("C3841", "锂离子电池制造"),
    ("C3670", "汽车零部件及配件制造"),
    ("C2710", "化学药品原料药制造"),
    ("C1331", "食用植物油加工"),
    ("I6513", "应用软件开发"),
    ("I6450", "互联网数据服务"),
    ("I6531", "信息技术咨询服务"),
    ("M7320", "工程和技术研究和试验发展"),
    ("A0141", "蔬菜种植"),
    ("F5191", "互联网批发"),
    ("H6110", "旅游饭店"),
    ("G5411", "公共电汽车客运"),
    ("N7820", "环境卫生管理"),
]
# 《统计上大中小微型企业划分办法（2017）》: 行业 (by 大类 range) -> [(规模, 从业人员 下限, 营业收入 下限 万元), ...];
# a business meeting none of a row's two lower bounds is 微型
SIZE_RULES = [
    (range(1, 6), [("大型", 0, 20000), ("中型", 0, 500), ("小型", 0, 50)]),  # 农、林、牧、渔业
    (range(6, 47), [("大型", 1000, 40000), ("中型", 300, 2000), ("小型", 20, 300)]),  # 工业
    (range(51, 52), [("大型", 200, 40000), ("中型", 20, 5000), ("小型", 5, 1000)]),  # 批发业
    (range(53, 59), [("大型", 1000, 30000), ("中型", 300, 3000), ("小型", 20, 200)]),  # 交通运输业
    (range(61, 62), [("大型", 300, 10000), ("中型", 100, 2000), ("小型", 10, 100)]),  # 住宿业
    (range(63, 65), [("大型", 2000, 100000), ("中型", 100, 1000), ("小型", 10, 100)]),  # 信息传输业
    (range(65, 66), [("大型", 300, 10000), ("中型", 100, 1000), ("小型", 10, 50)]),  # 软件和信息技术服务业
]
OTHER_RULE = [("大型", 300, 0), ("中型", 100, 0), ("小型", 10, 0)]  # 其他未列明行业
QUALIFICATIONS = [
    "高新技术企业",
    "科技型中小企业",
    "专精特新“小巨人”",
    "省级专精特新",
    "瞪羚企业",
    "规上企业",
    "外贸企业",
    "首次“小升规”",
]


def size_class(code: str, staff: int, revenue: int) -> str:
    division = int(code[1:3])
    rule = next((r for divisions, r in SIZE_RULES if division in divisions), OTHER_RULE)
    for name, min_staff, min_revenue in rule:
        if staff >= min_staff and revenue >= min_revenue:
            return name
    return "微型"


@family("enterprise-policy-match")
def enterprise_policy_match(c: Corpus) -> None:
    f = "enterprise-policy-match"
    ref = f"{SITE}/hqzc/calc/index.html"

    def client(ctype: str | None = JSON_CT) -> dict[str, str]:
        return miniprogram(c, ctype) if c.chance(0.35) else web(c, ctype, 0.3, ref)

    for _ in range(N):
        code, name = c.pick(INDUSTRIES)
        staff, revenue = c.pick([c.num(3, 19), c.num(20, 299), c.num(300, 1500)]), c.num(30, 60000)
        doc = {
            "uscc": hb_uscc(c),
            "entName": hb_firm(c),
            "industryCode": code,
            "industryName": name,
            "employees": staff,
            "revenue": revenue,
            "scale": size_class(code, staff, revenue),
            "regionCode": c.pick(COUNTY_CODES),
            "regDate": ymd(c, -5000, -60),
            "tags": c.sample(QUALIFICATIONS, c.num(0, 3)),
            "answers": [
                {"qid": "Q01", "value": c.pick(["是", "否"])},
                {"qid": "Q02", "value": str(c.num(0, 3000))},
                {"qid": "Q07", "value": c.pick(["A", "B", "C"])},
            ],
        }
        c.add(f, "questionnaire-submit", "POST", "/hqzc/api/match/submit", client(), js_json(doc))
    for _ in range(N):
        q = [("taskId", c.uid()), ("page", c.num(1, 4)), ("size", 10), ("sort", c.pick(["amount", "deadline"]))]
        c.add(f, "match-result", "GET", "/hqzc/api/match/result?" + qs(q, axios), client(None))
    for _ in range(N):
        code = c.pick(INDUSTRIES)[0]
        q = [("parent", c.pick([code[0], code[:3], code[:4]])), ("std", "GB/T 4754-2017")]
        c.add(f, "industry-tree", "GET", "/hqzc/api/dict/industry?" + qs(q, axios), client(None))
    for _ in range(N):
        q = [("parent", c.pick([*CITY_CODES, "420000"])), ("level", c.pick([2, 3]))]
        c.add(f, "region-tree", "GET", "/hqzc/api/dict/region?" + qs(q, axios), client(None))
    for _ in range(N):
        q = [("id", f"ZC{c.num(2025, 2027)}{c.num(1, 9999):05d}"), ("from", c.pick(["match", "list", "share"]))]
        c.add(f, "policy-detail", "GET", "/hqzc/api/policy/detail?" + qs(q, axios), client(None))
    for _ in range(N):
        fields = [
            ("policyId", f"ZC{c.num(2025, 2027)}{c.num(1, 9999):05d}"),
            ("uscc", hb_uscc(c)),
            ("contact", c.person()),
            ("mobile", c.mobile()),
            ("remark", c.pick(["", "想了解申报材料是否需要审计报告（2026 年度）？", "已在“鄂企通”登记，请联系。"])),
        ]
        c.add(f, "apply-intent", "POST", "/hqzc/api/apply/intent", jq_form(c, ref, 0.4), qs(fields, jq))
    for _ in range(N):
        h = client(None)
        h["Authorization"] = bearer(c)
        c.add(f, "enterprise-profile", "GET", "/hqzc/api/ent/profile?" + qs([("uscc", hb_uscc(c))], axios), h)
    for _ in range(N):
        doc = {"policyId": f"ZC{c.num(2025, 2027)}{c.num(1, 9999):05d}", "action": c.pick(["add", "remove"])}
        c.add(f, "favorite", "POST", "/hqzc/api/policy/favorite", client(), js_json(doc))
    for _ in range(N):
        last, now = c.num(100, 5000), c.num(100, 8000)
        rate, cap = c.pick([0.1, 0.15, 0.2]), c.pick([100, 200, 500])
        increase = max(now - last, 0)
        doc = {
            "policyId": f"ZC{c.num(2025, 2027)}{c.num(1, 9999):05d}",
            "formula": f"min(max(研发费用本年 - 研发费用上年, 0) * {rate}, {cap})",
            "params": {"研发费用本年": now, "研发费用上年": last},
            "unit": "万元",
            "result": round(min(increase * rate, cap), 2),
        }
        c.add(f, "subsidy-calc", "POST", "/hqzc/api/calc/evaluate", client(), js_json(doc))


# --- project-land-notice -----------------------------------------------------------------------------------

PROJECTS = [
    "武汉至宜昌高速铁路（湖北段）",
    "光谷科创大走廊基础设施",
    "鄂州花湖国际机场配套物流园",
    "襄阳东津新区综合管廊",
    "宜昌三峡枢纽港区码头改造",
    "荆州长江大桥连接线",
    "十堰汽车零部件产业园（二期）",
    "恩施州农村供水保障工程",
]
VILLAGES = ["张家湾村", "李家咀村", "新港村", "红旗村", "金桥村", "联合村", "长岭村"]
NOTICE_TYPES = ["征收土地预公告", "征地补偿安置方案公告", "征收土地公告", "房屋征收决定公告"]


def project_code(c: Corpus) -> str:
    """An 投资 项目 统一 代码: 年份-区划-行业-类型(01 审批, 02 核准, 03 备案)-流水."""
    return f"{c.num(2019, 2027)}-{c.pick(COUNTY_CODES)}-{c.num(1, 97):02d}-{c.pick(['01', '02', '03'])}-{c.digits(6)}"


@family("project-land-notice")
def project_land_notice(c: Corpus) -> None:
    f = "project-land-notice"
    ref = f"{SITE}/fgw/zdxm/"
    for _ in range(N):
        q = [
            ("year", c.num(2025, 2027)),
            ("region", c.pick(CITY_CODES)),
            ("stage", c.pick(["新开工", "续建", "竣工"])),
            ("industry", c.pick(["", "交通", "水利", "产业", "社会民生"])),
            ("page", c.num(1, 20)),
            ("size", 15),
        ]
        c.add(f, "project-list", "GET", "/fgw/api/zdxm/list?" + qs(q, axios), web(c, None, 0.3, ref))
    for _ in range(N):
        c.add(f, "project-detail", "GET", shtml(c, "fgw/zdxm/xmgs", -300, 0), page(c, ref))
    for _ in range(N):
        q = [("projectCode", project_code(c)), ("_", c.ms())]
        c.add(f, "project-code-lookup", "GET", "/tzxm/api/project/query?" + qs(q, axios), web(c, None, 0.3, ref))
    for _ in range(N):
        q = [
            ("noticeType", c.pick(NOTICE_TYPES)),
            ("region", c.pick(COUNTY_CODES)),
            ("keyword", c.pick(["", *VILLAGES, *PROJECTS[:3]])),
            ("pageNo", c.num(1, 6)),
            ("pageSize", 10),
        ]
        c.add(f, "land-notice-list", "GET", "/zrzyt/api/zdgg/list?" + qs(q, axios), web(c, None, 0.4))
    for _ in range(N):
        c.add(f, "land-notice-detail", "GET", shtml(c, "zrzyt/zdgg", -200, 0), page(c, f"{SITE}/zrzyt/zdgg/", 0.5))
    for _ in range(N):
        q = [("approvalNo", f"鄂政土批〔{c.num(2024, 2027)}〕{c.num(1, 400)}号"), ("village", c.pick(VILLAGES))]
        c.add(f, "parcel-query", "GET", "/zrzyt/api/zdgg/parcel?" + qs(q, axios), web(c, None, 0.5))
    for _ in range(N):
        parcels = [
            {
                "parcelNo": f"{c.pick(COUNTY_CODES)}-{c.num(1, 40):03d}-{c.num(1, 99):02d}",
                "areaMu": round(c.num(10, 3000) / 100, 2),
                "landType": c.pick(["耕地", "园地", "宅基地", "林地"]),
            }
            for _ in range(c.num(1, 4))
        ]
        doc = {
            "noticeNo": f"{c.pick(['武', '宜', '襄', '荆'])}征预告〔{c.num(2026, 2027)}〕{c.num(1, 90)}号",
            "applicant": c.person(),
            "idNo": hb_idcard(c),
            "mobile": c.mobile(),
            "village": c.pick(VILLAGES),
            "parcels": parcels,
            "totalMu": round(sum(p["areaMu"] for p in parcels), 2),
            "reason": c.pick(
                ["对补偿标准有异议，要求组织听证。", "地上附着物（果树 120 株）未列入清单，申请听证核实。"]
            ),
        }
        c.add(f, "hearing-apply", "POST", "/zrzyt/api/zdgg/hearing", web(c, JSON_CT, 0.5), js_json(doc))
    for _ in range(N):
        q = [("id", c.num(10000, 99999)), ("crs", c.pick(["EPSG:4490", "EPSG:4326"]))]
        c.add(f, "boundary-geojson", "GET", "/zrzyt/api/zdgg/geojson?" + qs(q, axios), web(c, None, 0.3))
    for _ in range(N):
        fields = [
            ("noticeId", str(c.num(10000, 99999))),
            ("name", c.person()),
            ("mobile", c.mobile()),
            (
                "opinion",
                c.pick(
                    [
                        "我家房屋（砖混，2 层，约 186㎡）在红线内，公告里的“安置房源”具体在哪个小区？过渡费怎么算？",
                        "建议把社保补贴的办理流程写清楚：“先保后征”，缴费年限能否一次性补足 15 年？",
                        "公告第三条写的“青苗补偿按 1,800 元/亩”，比邻村低，希望说明依据。",
                    ]
                ),
            ),
        ]
        c.add(
            f,
            "opinion-feedback",
            "POST",
            "/zrzyt/api/zdgg/opinion",
            jq_form(c, SITE + "/zrzyt/zdgg/", 0.6),
            qs(fields, jq),
        )


# --- business-env-complaint --------------------------------------------------------------------------------

COMPLAINT_TYPES = ["涉企收费", "政务服务", "政策兑现", "拖欠账款", "执法检查", "招标投标", "市场准入"]
COMPLAINTS = [
    "我公司于 {d} 在“湖北政务服务网”申请《建筑工程施工许可证》，系统显示“已受理”，但超过承诺时限（7 个工作日）仍未"
    "办结，窗口工作人员称“等领导签字”，多次电话（027-8xxxxxxx）无人回复。请求督促依法办理，并说明延期原因。",
    "根据《湖北省支持中小企业发展若干措施》第（三）条，我公司 2026 年度“专精特新”奖补资金 30 万元应于 3 月底前拨付，"
    "至今未到账；区经信局答复“财政资金紧张，等通知”。附：认定文件、申报回执（PDF）。",
    "某街道办以“环保检查”名义要求我店（餐饮，个体）购买指定品牌油烟净化器，价格 8,600 元，比市场价高近一倍，"
    "不买就“停业整改”。请问这合规吗？希望核实处理。",
    "项目竣工已 14 个月，{dept}下属单位仍以“审计未完成”为由拖欠工程款 286.5 万元（合同编号 HT-2025-0317），"
    "按《保障中小企业款项支付条例》应在 60 日内支付。",
]


@family("business-env-complaint")
def business_env_complaint(c: Corpus) -> None:
    f = "business-env-complaint"
    ref = f"{SITE}/yshj/ts/index.html"
    for _ in range(N):
        fields = [
            ("entName", hb_firm(c)),
            ("uscc", hb_uscc(c)),
            ("contact", c.person()),
            ("mobile", c.mobile()),
            ("type", c.pick(COMPLAINT_TYPES)),
            ("region", c.pick(COUNTY_CODES)),
            ("title", c.pick(["施工许可超期未办结", "奖补资金未拨付", "强制指定购买", "拖欠工程款"])),
            ("content", c.pick(COMPLAINTS).format(d=ymd(c, -60, -10), dept=c.pick(DEPTS))),
            ("isOpen", c.pick(["0", "1"])),
            ("smsCode", c.digits(6)),
        ]
        c.add(f, "complaint-form", "POST", "/yshj/api/complaint/submit", jq_form(c, ref, 0.4), qs(fields, jq))
    for _ in range(N):
        kind = c.pick(["pdf", "jpg", "png"])
        data = {"pdf": pdf_head, "jpg": jpeg, "png": png}[kind](c, c.num(500, 1600))
        ctype = {"pdf": "application/pdf", "jpg": "image/jpeg", "png": "image/png"}[kind]
        name = c.pick(["申报回执", "合同首页", "催款函", "现场照片", "认定文件"])
        h, body = upload(c, [("bizType", "complaint"), ("file", (f"{name}.{kind}", ctype, data))], ref, 0.4)
        c.add(f, "evidence-upload", "POST", "/yshj/api/file/upload", h, body)
    for _ in range(N):
        q = [("queryCode", c.alnum(8, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")), ("mobile", c.mobile())]
        c.add(f, "progress-query", "GET", "/yshj/api/complaint/query?" + qs(q, axios), web(c, None, 0.5, ref))
    for _ in range(N):
        fields = [
            ("mobile", c.mobile()),
            ("captcha", c.alnum(4, "abcdefghjkmnpqrstuvwxyz23456789")),
            ("scene", "yshj_complaint"),
        ]
        c.add(f, "sms-code", "POST", "/yshj/api/sms/send", jq_form(c, ref, 0.5), qs(fields, jq))
    for _ in range(N):
        doc = {
            "caseNo": f"YS{c.day(-60, 0):%Y%m%d}{c.num(1, 9999):04d}",
            "score": c.num(1, 5),
            "tags": c.sample(["响应及时", "解决问题", "态度好", "未解决", "推诿"], c.num(0, 2)),
            "comment": c.pick(["", "款项已到账，感谢！", "只回了电话，问题没解决，不满意。"]),
        }
        c.add(f, "satisfaction", "POST", "/yshj/api/complaint/evaluate", web(c, JSON_CT, 0.6, ref), js_json(doc))
    for _ in range(N):
        q = [("category", c.pick(COMPLAINT_TYPES)), ("year", c.num(2025, 2027)), ("page", c.num(1, 5))]
        c.add(f, "public-cases", "GET", "/yshj/api/cases/list?" + qs(q, axios), web(c, None, 0.4))
    for _ in range(N):
        doc = {
            "caseNo": f"YS{c.day(-60, 0):%Y%m%d}{c.num(1, 9999):04d}",
            "content": c.pick(
                [
                    "补充：对方已口头承诺 5 月 20 日前支付 50%（见通话记录截图），但未书面确认。",
                    "更正：合同编号应为“HT-2025-0317-补1”，金额以补充协议为准。",
                ]
            ),
        }
        c.add(f, "supplement", "POST", "/yshj/api/complaint/supplement", web(c, JSON_CT, 0.5, ref), js_json(doc))
    for _ in range(N):
        contracts = []
        for _ in range(c.num(1, 3)):
            amount = c.num(500, 50_000) * 100
            paid = round(amount * c.num(0, 80) / 100, 2)
            contracts.append(
                {
                    "contractNo": f"HT-{c.num(2023, 2026)}-{c.digits(4)}",
                    "amount": amount,
                    "paid": paid,
                    "owed": round(amount - paid, 2),
                    "dueDate": ymd(c, -500, -61),
                }
            )
        doc = {
            "debtor": c.pick(list(HB.values())[1:8]) + c.pick(["城市建设投资有限公司", "住房和城乡建设局", "人民医院"]),
            "creditorUscc": hb_uscc(c),
            "contracts": contracts,
            "totalOwed": round(sum(x["owed"] for x in contracts), 2),
        }
        c.add(f, "arrears-detail", "POST", "/yshj/api/complaint/arrears", web(c, JSON_CT, 0.3, ref), js_json(doc))
    for _ in range(N):
        doc = {
            "type": c.pick(COMPLAINT_TYPES),
            "entName": hb_firm(c),
            "uscc": hb_uscc(c),
            "mobile": c.mobile(),
            "content": c.pick(COMPLAINTS).format(d=ymd(c, -60, -10), dept=c.pick(DEPTS)),
            "location": {"lng": round(114 + c.num(0, 9999) / 10000, 6), "lat": round(30.4 + c.num(0, 4999) / 10000, 6)},
        }
        c.add(f, "miniapp-submit", "POST", "/yshj/api/mp/complaint", miniprogram(c, JSON_CT), js_json(doc))


# --- admin-reconsideration ---------------------------------------------------------------------------------

RESPONDENTS = [
    "武汉市江汉区人民政府",
    "武汉市市场监督管理局",
    "宜昌市自然资源和规划局",
    "襄阳市人力资源和社会保障局",
    "荆州市公安局沙市区分局",
    "孝感市生态环境局",
    "黄冈市住房和城乡建设局",
]
ACTS = [
    ("行政处罚决定书", "罚字"),
    ("不予受理决定书", "不受字"),
    ("工伤认定决定书", "工认字"),
    ("政府信息公开答复书", "依申公开"),
]
REQUESTS = [
    "请求撤销被申请人作出的《{act}》（{no}）。",
    "请求确认被申请人未依法履行法定职责的行为违法，并责令其在法定期限内作出答复。",
    "请求变更罚款数额为 2,000 元，并退还已缴纳的滞纳金。",
]
FACTS = [
    "申请人于 {known} 收到被申请人作出的《{act}》（{no}），该决定认定申请人“未按规定公示经营信息”，处罚款 10,000 元。"
    "申请人认为：一、被申请人未告知陈述、申辩权利，违反《行政处罚法》第四十四条；二、涉案店铺已于检查前完成公示"
    "（见证据 2：公示截图及时间戳）；三、处罚明显不当。综上，特申请行政复议，请依法支持申请人的复议请求。",
    "{known}，申请人向被申请人申请公开“某地块征收补偿费用的发放明细”，被申请人逾期未答复。根据《政府信息公开条例》"
    "第三十三条，行政机关收到申请之日起 20 个工作日内应予答复，其行为已构成不作为。",
    "申请人系某公司职工，2026 年 11 月在上班途中发生交通事故（非本人主要责任，见《道路交通事故认定书》），"
    "被申请人以“无法确认上下班合理路线”为由不予认定工伤，{known} 送达。该认定事实不清、证据不足，"
    "适用《工伤保险条例》第十四条第（六）项错误。",
]


@family("admin-reconsideration")
def admin_reconsideration(c: Corpus) -> None:
    f = "admin-reconsideration"
    ref = f"{SITE}/sft/xzfy/wssq/apply.html"
    for _ in range(N):
        act, word = c.pick(ACTS)
        no = f"{c.pick(['武', '宜', '襄', '荆'])}{word}〔{c.num(2026, 2027)}〕{c.num(1, 999)}号"
        known = c.day(-100, -1)
        applied = known + timedelta(days=c.num(1, 58))
        doc = {
            "applicant": {
                "type": "自然人",
                "name": c.person(),
                "idType": "居民身份证",
                "idNo": hb_idcard(c),
                "mobile": c.mobile(),
                "address": address(c),
            },
            "respondent": c.pick(RESPONDENTS),
            "actName": act,
            "actNo": no,
            "knownDate": f"{known:%Y-%m-%d}",
            "applyDate": f"{applied:%Y-%m-%d}",
            "requests": c.pick(REQUESTS).format(act=act, no=no),
            "factsReasons": c.pick(FACTS).format(act=act, no=no, known=f"{known:%Y年%m月%d日}"),
            "agent": None,
            "evidenceIds": [c.uid() for _ in range(c.num(0, 3))],
        }
        c.add(f, "apply-form", "POST", "/xzfy/api/apply/submit", web(c, JSON_CT, 0.3, ref), js_json(doc))
    for _ in range(N):
        kind = c.pick(["pdf", "jpg", "docx"])
        name = c.pick(["行政处罚决定书", "送达回证", "公示截图", "交通事故认定书", "行政复议申请书"])
        if kind == "pdf":
            data = pdf_head(c, c.num(600, 1600))
        elif kind == "jpg":
            data = jpeg(c, c.num(600, 1600))
        else:
            data = docx([name, "申请人：", "被申请人：", "复议请求：", "事实和理由："])
        ctype = {"pdf": "application/pdf", "jpg": "image/jpeg", "docx": DOCX_CT}[kind]
        parts = [
            ("category", c.pick(["证据", "身份证明", "申请书"])),
            ("seq", str(c.num(1, 9))),
            ("file", (f"{name}.{kind}", ctype, data)),
        ]
        h, body = upload(c, parts, ref, 0.3)
        c.add(f, "evidence-upload", "POST", "/xzfy/api/file/upload", h, body)
    for _ in range(N):
        q = [("caseNo", f"鄂府复〔{c.num(2026, 2027)}〕{c.num(1, 2000)}号"), ("idNo", hb_idcard(c))]
        c.add(f, "case-query", "GET", "/xzfy/api/case/query?" + qs(q, axios), web(c, None, 0.4))
    for _ in range(N):
        q = [
            ("keyword", c.pick(["市场监督", "公安", "人力资源", "自然资源", "人民政府"])),
            ("region", c.pick(CITY_CODES)),
        ]
        c.add(f, "respondent-search", "GET", "/xzfy/api/org/search?" + qs(q, axios), web(c, None, 0.3, ref))
    for _ in range(N):
        name = c.pick(["行政复议申请书（范本）.docx", "授权委托书（范本）.docx", "行政复议申请须知.pdf"])
        c.add(f, "template-download", "GET", "/sft/xzfy/download/" + urllib.parse.quote(name), page(c, ref, 0.3))
    for _ in range(N):
        parts = [
            ("agentName", c.person()),
            ("agentIdNo", hb_idcard(c)),
            ("agentType", c.pick(["律师", "近亲属"])),
            ("lawFirm", c.pick(["湖北某某律师事务所", ""])),
            ("file", ("授权委托书.pdf", "application/pdf", pdf_head(c, c.num(500, 1200)))),
        ]
        h, body = upload(c, parts, ref, 0.2)
        c.add(f, "agent-authorize", "POST", "/xzfy/api/apply/agent", h, body)
    for _ in range(N):
        doc = {
            "caseNo": f"鄂府复〔{c.num(2026, 2027)}〕{c.num(1, 2000)}号",
            "reason": c.pick(
                ["被申请人已撤销原处罚决定，申请人自愿撤回行政复议申请。", "双方已达成和解（见和解协议）。"]
            ),
        }
        c.add(f, "withdraw", "POST", "/xzfy/api/apply/withdraw", web(c, JSON_CT, 0.4), js_json(doc))
    for _ in range(N):
        q = [("knownDate", ymd(c, -90, 0)), ("actType", c.pick(["处罚", "不作为", "确认"]))]
        c.add(f, "deadline-check", "GET", "/xzfy/api/deadline?" + qs(q, axios), web(c, None, 0.4, ref))
    for _ in range(N):
        doc = {
            "draftId": c.uid(),
            "smsCode": c.digits(6),
            "promise": "本人承诺所提交的材料真实、合法、有效，如有虚假，愿承担相应法律责任。",
            "agree": True,
        }
        c.add(f, "sign-confirm", "POST", "/xzfy/api/apply/confirm", web(c, JSON_CT, 0.4, ref), js_json(doc))


# --- provincial-stats-release ------------------------------------------------------------------------------

INDICATORS = {  # 指标 code: 名称
    "A020101": "地区生产总值",
    "A020102": "第一产业增加值",
    "A020103": "第二产业增加值",
    "A020104": "第三产业增加值",
    "A030101": "年末常住人口",
    "A040201": "城镇居民人均可支配收入",
    "A050101": "规模以上工业增加值增速",
    "A060301": "社会消费品零售总额",
    "A070101": "居民消费价格指数（上年=100）",
}


@family("provincial-stats-release")
def provincial_stats_release(c: Corpus) -> None:
    f = "provincial-stats-release"
    ref = f"{SITE}/tjj/sjfbk/index.html"

    def annual() -> list[tuple[str, object]]:
        start = c.num(2010, 2025)
        return [
            ("zb", ",".join(c.sample(list(INDICATORS), c.num(1, 4)))),
            ("reg", ",".join(c.sample(["420000", *CITY_CODES], c.num(1, 5)))),
            ("sj", f"{start}-{c.num(start, 2026)}" if c.chance(0.7) else str(start)),
            ("freq", "year"),
        ]

    for _ in range(N):
        c.add(
            f,
            "indicator-query",
            "GET",
            "/tjj/sjfbk/api/query?" + qs([*annual(), ("_", c.ms())], axios),
            web(c, None, 0.2, ref),
        )
    for _ in range(N):
        y = c.num(2022, 2026)
        m = c.num(1, 12)
        q = [
            ("zb", c.pick(["A050101", "A060301", "A070101"])),
            ("reg", "420000"),
            ("sj", f"{y}{m:02d}-{y + 1}{c.num(1, 12):02d}"),
            ("freq", "month"),
        ]
        c.add(f, "monthly-query", "GET", "/tjj/sjfbk/api/query?" + qs(q, axios), web(c, None, 0.2, ref))
    for _ in range(N):
        q = [("id", c.pick(["zb", "A02", "A03", "A04", "A05", "A06", "A0201"])), ("dbcode", c.pick(["sndsj", "sydsj"]))]
        c.add(f, "indicator-tree", "GET", "/tjj/sjfbk/api/tree?" + qs(q, axios), web(c, None, 0.2, ref))
    for _ in range(N):
        q = [("parent", c.pick(["420000", *CITY_CODES])), ("dbcode", "sndsj")]
        c.add(f, "region-tree", "GET", "/tjj/sjfbk/api/region?" + qs(q, axios), web(c, None, 0.2, ref))
    for _ in range(N):
        c.add(
            f,
            "csv-export",
            "GET",
            "/tjj/sjfbk/api/export?" + qs([*annual(), ("format", "csv")], axios),
            page(c, ref, 0.1),
        )
    for _ in range(N):
        c.add(
            f,
            "xlsx-export",
            "GET",
            "/tjj/sjfbk/api/export?" + qs([*annual(), ("format", "xlsx")], axios),
            page(c, ref, 0.1),
        )
    for _ in range(N):
        start = c.num(2012, 2024)
        doc = {
            "indicators": c.sample(list(INDICATORS), c.num(2, 5)),
            "regions": c.sample(CITY_CODES, c.num(2, 8)),
            "time": {"start": str(start), "end": str(c.num(start, 2026))},
            "freq": "year",
            "layout": {"row": "region", "col": "time", "sheet": "indicator"},
            "chart": c.pick(["line", "bar", None]),
        }
        c.add(f, "custom-query", "POST", "/tjj/sjfbk/api/custom", web(c, JSON_CT, 0.1, ref), js_json(doc))
    for _ in range(N):
        q = [("year", c.num(2026, 2027)), ("month", c.num(1, 12))]
        c.add(f, "release-calendar", "GET", "/tjj/api/fbrl?" + qs(q, axios), web(c, None, 0.3))
    for _ in range(N):
        c.add(f, "bulletin-page", "GET", shtml(c, "tjj/tjsj/tjgb", -400, 0), page(c, f"{SITE}/tjj/tjsj/"))


# --- civil-service-recruit ---------------------------------------------------------------------------------


def position_code(c: Corpus) -> str:
    """A 职位 代码: 招录 机关 代码 (9 digits, 区划 first) and a 3-digit 职位 序号."""
    return f"{c.pick(HB_CODES)}{c.digits(3)}{c.num(1, 12):03d}"


@family("civil-service-recruit")
def civil_service_recruit(c: Corpus) -> None:
    f = "civil-service-recruit"
    exam = f"{SITE}/rsks/gwy/"
    for _ in range(N):
        c.add(f, "appointment-notice", "GET", shtml(c, "zwgk/rsxx/rsrm", -200, 0), page(c, f"{SITE}/zwgk/rsxx/"))
    for _ in range(N):
        n = c.num(0, 6)
        path = "/zwgk/rsxx/rqgs/index.shtml" if n == 0 else f"/zwgk/rsxx/rqgs/index_{n}.shtml"
        c.add(f, "pre-appointment-list", "GET", path, page(c, f"{SITE}/zwgk/rsxx/"))
    for _ in range(N):
        q = [("category", c.pick(["gwy", "xds", "sydw", "zxs"])), ("year", c.num(2025, 2027)), ("page", c.num(1, 4))]
        c.add(f, "exam-notice-list", "GET", "/rsks/api/notice/list?" + qs(q, axios), web(c, None, 0.5, exam))
    for _ in range(N):
        y = c.num(2026, 2028)
        name = c.pick(
            [
                f"湖北省{y}年度考试录用公务员职位表.xlsx",
                f"湖北省{y}年度选调生职位表.xlsx",
                f"湖北省{y}年度考试录用公务员职位表（更正）.xlsx",
            ]
        )
        c.add(f, "position-table", "GET", f"/rsks/gwy/{y}/" + urllib.parse.quote(name), page(c, exam, 0.3))
    for _ in range(N):
        q = [
            ("zwdm", c.pick(["", position_code(c)])),
            ("xl", c.pick(["", "本科及以上", "研究生"])),
            ("zy", c.pick(["", "计算机科学与技术", "法学", "会计学", "汉语言文学"])),
            ("region", c.pick(CITY_CODES)),
            ("page", c.num(1, 10)),
        ]
        c.add(f, "position-search", "GET", "/rsks/api/position/search?" + qs(q, axios), web(c, None, 0.5, exam))
    for _ in range(N):
        y = c.num(2026, 2027)
        fields = [
            ("bmxh", f"{y}{c.num(1, 999999):06d}"),
            ("sfzh", hb_idcard(c)),
            ("yzm", c.alnum(4, "abcdefghjkmnpqrstuvwxyz23456789")),
        ]
        c.add(f, "signup-query", "POST", "/rsks/api/signup/query", jq_form(c, exam, 0.5), qs(fields, jq))
    for _ in range(N):
        q = [("bmxh", f"{c.num(2026, 2027)}{c.num(1, 999999):06d}"), ("sfzh", hb_idcard(c))]
        c.add(f, "admission-ticket", "GET", "/rsks/api/ticket/print?" + qs(q, form), page(c, exam, 0.3))
    for _ in range(N):
        y = c.num(2026, 2027)
        fields = [
            ("zkzh", f"{y % 100:02d}{c.pick(CITY_CODES)[2:4]}{c.num(1, 999):03d}{c.num(1, 30):02d}{c.num(1, 30):02d}"),
            ("sfzh", hb_idcard(c)),
            ("yzm", c.alnum(4, "abcdefghjkmnpqrstuvwxyz23456789")),
        ]
        c.add(f, "score-query", "POST", "/rsks/api/score/query", jq_form(c, exam, 0.6), qs(fields, jq))
    for _ in range(N):
        q = [("zwdm", ",".join(position_code(c) for _ in range(c.num(1, 5)))), ("_", c.ms())]
        c.add(f, "signup-count", "GET", "/rsks/api/signup/count?" + qs(q, axios), jq_get(c, exam, 0.5))


# --- leader-activity-pages ---------------------------------------------------------------------------------

LEADER_COLS = {"sz": "省长", "cwfsz": "常务副省长", "fsz1": "副省长", "fsz2": "副省长", "msz": "秘书长"}


@family("leader-activity-pages")
def leader_activity_pages(c: Corpus) -> None:
    f = "leader-activity-pages"
    for _ in range(N):
        c.add(f, "leader-index", "GET", f"/zwgk/szfld/{c.pick(list(LEADER_COLS))}/", page(c, f"{SITE}/zwgk/szfld/"))
    for _ in range(N):
        col = c.pick(list(LEADER_COLS))
        c.add(
            f,
            "activity-article",
            "GET",
            shtml(c, f"zwgk/szfld/{col}/hd", -365, 0),
            page(c, f"{SITE}/zwgk/szfld/{col}/"),
        )
    for _ in range(N):
        per = c.pick([15, 20])
        start = per * 3 * c.num(0, 6) + 1
        q = [("startrecord", start), ("endrecord", start + per * 3 - 1), ("perpage", per)]
        fields = [
            ("col", "1"),
            ("appid", "1"),
            ("webid", "1"),
            ("path", "/"),
            ("columnid", c.num(12000, 12999)),
            ("sourceContentType", "1"),
            ("unitid", c.num(60000, 69999)),
            ("webname", "湖北省人民政府"),
            ("permissiontype", "0"),
        ]
        c.add(
            f,
            "jpage-dataproxy",
            "POST",
            "/module/web/jpage/dataproxy.jsp?" + qs(q, form),
            jq_form(c, f"{SITE}/zwgk/szfld/", 0.3),
            qs(fields, jq),
        )
    for _ in range(N):
        d = c.day(-365, 0)
        c.add(
            f,
            "photo",
            "GET",
            f"/zwgk/szfld/sz/hd/{d:%Y%m}/W0{d:%Y%m%d}{c.digits(12)}.jpg",
            img_get(c, SITE + shtml(c, "zwgk/szfld/sz/hd")),
        )
    for _ in range(N):
        d = c.day(-365, 0)
        path = f"/zwgk/szfld/sz/hd/{d:%Y%m}/W0{d:%Y%m%d}{c.digits(12)}.mp4"
        c.add(
            f,
            "video-clip",
            "GET",
            path,
            media_get(c, SITE + shtml(c, "zwgk/szfld/sz/hd"), byte_range(c, c.num(20_000_000, 200_000_000))),
        )
    for _ in range(N):
        q = [("docid", c.num(4800000, 5299999)), ("size", c.pick([5, 6, 8]))]
        c.add(f, "related-news", "GET", "/api/article/related?" + qs(q, axios), jq_get(c, SITE + shtml(c, "zwgk")))
    for _ in range(N):
        q = [("colid", c.num(12000, 12999)), ("artid", c.num(4800000, 5299999))]
        h = web(c, None, 0.4, SITE + shtml(c, "zwgk/szfld/sz/hd"), "*/*")
        c.add(f, "article-hits", "GET", "/module/visitcount/articlehits.jsp?" + qs(q, form), h)
    for _ in range(N):
        q = [("url", SITE + shtml(c, "zwgk/szfld/sz/hd")), ("size", c.pick([120, 200]))]
        c.add(f, "share-qrcode", "GET", "/qrcode/api/create?" + qs(q, form), img_get(c, SITE + "/zwgk/szfld/"))
    for _ in range(N):
        q = [
            ("index", "hb-ldhd"),
            ("type", "ldhd"),
            ("pageNumber", c.num(1, 5)),
            ("pageSize", c.pick([10, 20])),
            ("filter[AVAILABLE]", "true"),
            ("filter[SITENAME]", c.pick(list(LEADER_COLS.values()))),
            ("filter[DOCTITLE-like]", c.pick(["调研", "会见", "座谈", "防汛", "招商"])),
        ]
        c.add(f, "search-by-leader", "GET", IGS + "?" + qs(q, axios), web(c, None, 0.3, f"{SITE}/zwgk/szfld/"))


# --- governor-letter-search ----------------------------------------------------------------------------------

LETTER_TYPES = ["咨询", "投诉", "建议", "求助"]
LETTER_DRAFTS = [
    "尊敬的省长：我是一名在汉务工的外地户籍人员，孩子今年 6 岁，想在武汉读小学，但“积分入学”要求连续缴纳社保满 3 年，"
    "我中间换工作断缴了 2 个月（2026 年 7—8 月），请问能否补缴后视为连续？谢谢！",
    "建议在“鄂汇办”APP 增加“不动产登记 + 水电气过户”联办入口，现在要分别跑 3 个窗口，很不方便。",
    "襄阳市某小区（东津新区）2024 年交房，至今未办理不动产权证，开发商称“土地出让金未缴清”，业主该怎么办？",
    "反映：G50 沪渝高速宜昌段夜间施工噪声很大（23:00 后仍在打桩），附近居民无法休息，希望协调调整施工时间。",
]


@family("governor-letter-search")
def governor_letter_search(c: Corpus) -> None:
    f = "governor-letter-search"
    ref = f"{SITE}/hdjl/szxx/index.html"
    for _ in range(N):
        end = c.day(-10, 0)
        q = [
            ("keyword", c.pick(["", "入学", "不动产", "社保", "噪声", "公积金"])),
            ("type", c.pick(["", *LETTER_TYPES])),
            ("dept", c.pick(["", *DEPTS])),
            ("startDate", f"{end - timedelta(days=c.num(7, 365)):%Y-%m-%d}"),
            ("endDate", f"{end:%Y-%m-%d}"),
            ("page", c.num(1, 10)),
            ("size", 15),
        ]
        c.add(f, "reply-search", "GET", "/hdjl/szxx/api/list?" + qs(q, axios), web(c, None, 0.4, ref))
    for _ in range(N):
        c.add(f, "reply-detail", "GET", "/hdjl/szxx/api/detail?" + qs([("id", c.uid())], axios), web(c, None, 0.5, ref))
    for _ in range(N):
        fields = [
            ("letterNo", f"SZXX{c.day(-120, 0):%Y%m%d}{c.num(1, 9999):04d}"),
            ("queryCode", c.alnum(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")),
            ("captcha", c.alnum(4, "abcdefghjkmnpqrstuvwxyz23456789")),
        ]
        c.add(f, "query-by-code", "POST", "/hdjl/szxx/api/query", jq_form(c, ref, 0.5), qs(fields, jq))
    for _ in range(N):
        q = [("days", c.pick([7, 30, 90])), ("top", 10)]
        c.add(f, "hot-topics", "GET", "/hdjl/szxx/api/hot?" + qs(q, axios), web(c, None, 0.5, ref))
    for _ in range(N):
        y = c.num(2026, 2027)
        q = [("year", y), ("month", c.num(1, 12)), ("groupBy", c.pick(["dept", "type", "region"]))]
        c.add(f, "dept-stats", "GET", "/hdjl/szxx/api/stats?" + qs(q, axios), web(c, None, 0.2, ref))
    for _ in range(N):
        doc = {
            "letterNo": f"SZXX{c.day(-120, 0):%Y%m%d}{c.num(1, 9999):04d}",
            "queryCode": c.alnum(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"),
            "satisfied": c.pick(["满意", "基本满意", "不满意"]),
            "comment": c.pick(["", "答复很详细，已按流程补缴。", "答复没有回答我的问题（断缴能否视为连续）。"]),
        }
        c.add(f, "satisfaction", "POST", "/hdjl/szxx/api/evaluate", web(c, JSON_CT, 0.6, ref), js_json(doc))
    for _ in range(N):
        c.add(f, "letter-page", "GET", f"/hdjl/szxx/detail.html?id={c.uid()}", page(c, ref, 0.5))
    for _ in range(N):
        text = c.pick(LETTER_DRAFTS)
        doc = {"title": text[: c.num(10, 24)], "content": text, "top": 5}
        c.add(f, "similar-letters", "POST", "/hdjl/szxx/api/similar", web(c, JSON_CT, 0.5, ref), js_json(doc))
    for _ in range(N):
        q = [("dept", c.pick(DEPTS)), ("status", c.pick(["已办结", "办理中"])), ("page", c.num(1, 5))]
        c.add(f, "dept-reply-list", "GET", "/hdjl/szxx/api/dept?" + qs(q, axios), web(c, None, 0.3, ref))


# --- foreign-investor-service ------------------------------------------------------------------------------

COUNTRIES = ["HK", "MO", "TW", "SG", "DE", "FR", "JP", "KR", "US", "GB", "NL", "IT"]
EN_INQUIRIES = [
    "Dear Sir/Madam, we are a German auto-parts supplier (Tier 1) considering a plant in Xiangyang. Could you "
    'advise on land prices in the Dongjin New Area, the 15% preferential CIT rate for "encouraged" industries, '
    "and whether our R&D centre would qualify? Best regards.",
    "Hello, our Singapore company set up a WFOE in Wuhan (East Lake High-tech Zone) in 2025. How do we apply for the "
    '"Talent Card" for our expat engineers, and what documents are needed (passport, degree, work permit)?',
    'Is there an English version of the "Hubei Provincial Regulations on Optimizing the Business Environment"? '
    "Section 3, Article 21 mentions a complaint channel for foreign-invested enterprises - what is the URL?",
]
HANT_INQUIRIES = [
    "您好，本公司為香港投資企業（外商獨資），擬在武漢設立研發中心，請問可否享受「高新技術企業」稅收優惠？需要提供哪些文件？",
    "臺灣同胞在湖北創業，申請「臺資企業」認定與補助的流程為何？是否可以線上辦理？謝謝！",
    "澳門居民在宜昌購買商品房，辦理不動產登記時需要提供哪些證件（港澳居民來往內地通行證、居住證）？",
]


def hk_mo_permit(c: Corpus) -> str:
    return c.pick("HM") + c.digits(8)


def tw_permit(c: Corpus) -> str:
    return c.digits(8)


@family("foreign-investor-service")
def foreign_investor_service(c: Corpus) -> None:
    f = "foreign-investor-service"
    en = f"{SITE}/english/"
    for _ in range(N):
        path = c.pick(["/english/invest/", "/english/news/", "/english/policies/", "/english/services/faq/"])
        c.add(
            f,
            "en-page",
            "GET",
            path + ("" if c.chance(0.5) else shtml(c, "english/news").split("/")[-1]),
            page(c, en, 0.3),
        )
    for _ in range(N):
        h = page(c, f"{SITE}/swt/wzfw/", 0.4)
        h["Cookie"] = f"lang=zh-TW; {h['Cookie']}" if "Cookie" in h else "lang=zh-TW"
        c.add(f, "hant-toggle", "GET", f"/swt/wzfw/index.shtml?lang=zh-TW&v={c.ms()}", h)
    for _ in range(N):
        doc = {
            "lang": "en",
            "name": c.pick(["Anna Schmidt", "Tan Wei Ming", "Yuki Sato", "James O'Brien"]),
            "company": c.pick(["Schaeffler (Xiangyang) Co., Ltd.", "Lion Tech Pte. Ltd.", "Kansai Paint Wuhan"]),
            "country": c.pick(COUNTRIES[3:]),
            "email": f"{c.alnum(6).lower()}@example.com",
            "subject": c.pick(["Land & CIT incentives", "Talent Card", "Complaint channel"]),
            "message": c.pick(EN_INQUIRIES),
        }
        c.add(f, "consult-en", "POST", "/swt/api/wz/consult", web(c, JSON_CT, 0.2, en), js_json(doc))
    for _ in range(N):
        country = c.pick(["HK", "MO", "TW"])
        doc = {
            "lang": "zh-Hant",
            "name": c.person(),
            "country": country,
            "permitNo": tw_permit(c) if country == "TW" else hk_mo_permit(c),
            "mobile": c.mobile(),
            "message": c.pick(HANT_INQUIRIES),
        }
        c.add(f, "consult-hant", "POST", "/swt/api/wz/consult", web(c, JSON_CT, 0.5, f"{SITE}/swt/wzfw/"), js_json(doc))
    for _ in range(N):
        parts = [
            ("entName", hb_firm(c)),
            ("uscc", hb_uscc(c)),
            ("investorCountry", c.pick(COUNTRIES)),
            ("respondent", c.pick(RESPONDENTS)),
            (
                "content",
                c.pick(
                    [
                        "地方政府承诺的“三免三减半”场地租金未兑现（见投资协议第 5.2 条）。",
                        "The local bureau requested documents not listed in the official checklist.",
                    ]
                ),
            ),
            ("file", ("投资协议.pdf", "application/pdf", pdf_head(c, c.num(600, 1500)))),
        ]
        h, body = upload(c, parts, f"{SITE}/swt/wzfw/ts.html", 0.2)
        c.add(f, "fie-complaint", "POST", "/swt/api/wz/complaint", h, body)
    for _ in range(N):
        q = [("uscc", hb_uscc(c)), ("lang", c.pick(["zh", "en"]))]
        c.add(f, "fie-lookup", "GET", "/swt/api/wz/enterprise?" + qs(q, axios), web(c, None, 0.2, en))
    for _ in range(N):
        q = [("lang", "en"), ("category", c.pick(["tax", "land", "talent", "finance"])), ("page", c.num(1, 5))]
        c.add(f, "policy-list-en", "GET", "/swt/api/policy/list?" + qs(q, axios), web(c, None, 0.3, en))
    for _ in range(N):
        doc = {
            "projectId": f"ZS{c.num(2026, 2027)}{c.num(1, 999):03d}",
            "investorCountry": c.pick(COUNTRIES),
            "amountUsd": c.num(1, 500) * 100_000,
            "contact": c.pick(["Anna Schmidt", c.person()]),
            "email": f"{c.alnum(6).lower()}@example.com",
            "note": c.pick(["", "Prefer a call in English."]),
        }
        c.add(f, "project-matchmaking", "POST", "/swt/api/zs/match", web(c, JSON_CT, 0.2, en), js_json(doc))
    for _ in range(N):
        country = c.pick(["HK", "MO", "TW"])
        fields = [
            ("country", country),
            ("permitNo", tw_permit(c) if country == "TW" else hk_mo_permit(c)),
            ("name", c.person()),
            ("birth", ymd(c, -20000, -7000)),
        ]
        c.add(f, "hmt-register", "POST", "/swt/api/hmt/register", jq_form(c, f"{SITE}/swt/wzfw/", 0.5), qs(fields, jq))


# --- weather-warning-subscribe -------------------------------------------------------------------------------

SIGNALS = {  # 令 第16号: 预警 signal type and the colours it has
    "台风": ["蓝色", "黄色", "橙色", "红色"],
    "暴雨": ["蓝色", "黄色", "橙色", "红色"],
    "暴雪": ["蓝色", "黄色", "橙色", "红色"],
    "寒潮": ["蓝色", "黄色", "橙色", "红色"],
    "大风": ["蓝色", "黄色", "橙色", "红色"],
    "沙尘暴": ["黄色", "橙色", "红色"],
    "高温": ["黄色", "橙色", "红色"],
    "干旱": ["橙色", "红色"],
    "雷电": ["黄色", "橙色", "红色"],
    "冰雹": ["橙色", "红色"],
    "霜冻": ["蓝色", "黄色", "橙色"],
    "大雾": ["黄色", "橙色", "红色"],
    "霾": ["黄色", "橙色"],
    "道路结冰": ["黄色", "橙色", "红色"],
}
TEMPLATE_IDS = ["kQ7p2vX9rTm4LcN8bZs1yUe3WdFh6Ga0JoPiRlKqMnB", "Yt5r3E1wQ9oP7iU2yT4rE6wQ8uI0oPaSdFgHjKlZxCv"]


def signal_prefs(c: Corpus) -> list[dict]:
    out = []
    for kind in c.sample(list(SIGNALS), c.num(1, 4)):
        colours = SIGNALS[kind]
        out.append({"type": kind, "levels": colours[c.num(0, len(colours) - 1) :]})
    return out


@family("weather-warning-subscribe")
def weather_warning_subscribe(c: Corpus) -> None:
    f = "weather-warning-subscribe"
    ref = f"{SITE}/qxj/yjdy/index.html"
    for _ in range(N):
        doc = {
            "mobile": c.mobile(),
            "regions": c.sample(COUNTY_CODES, c.num(1, 3)),
            "signals": signal_prefs(c),
            "channel": "sms",
            "quietHours": c.pick([None, {"start": "23:00", "end": "07:00"}]),
            "smsCode": c.digits(6),
        }
        c.add(f, "subscribe-sms", "POST", "/qxj/api/yjdy/subscribe", web(c, JSON_CT, 0.6, ref), js_json(doc))
    for _ in range(N):
        fields = [
            ("email", f"{c.alnum(8).lower()}@{c.pick(['qq.com', '163.com', 'example.com'])}"),
            ("regions", ",".join(c.sample(COUNTY_CODES, c.num(1, 3)))),
            ("types", ",".join(c.sample(list(SIGNALS), c.num(1, 5)))),
            ("minLevel", c.pick(["蓝色", "黄色", "橙色"])),
        ]
        c.add(f, "subscribe-email", "POST", "/qxj/api/yjdy/email", jq_form(c, ref, 0.2), qs(fields, jq))
    for _ in range(N):
        fields = [("mobile", c.mobile()), ("code", c.digits(6)), ("scene", "subscribe")]
        c.add(f, "sms-verify", "POST", "/qxj/api/sms/verify", jq_form(c, ref, 0.7), qs(fields, jq))
    for _ in range(N):
        q = [("region", c.pick(HB_CODES)), ("status", "active"), ("_", c.ms())]
        c.add(f, "warning-list", "GET", "/qxj/api/yj/list?" + qs(q, axios), web(c, None, 0.6))
    for _ in range(N):
        kind = c.pick(list(SIGNALS))
        d = c.day(-30, 0)
        q = [
            ("id", f"{c.pick(COUNTY_CODES)}{d:%Y%m%d%H%M}{c.num(0, 99):02d}"),
            ("type", kind),
            ("level", c.pick(SIGNALS[kind])),
        ]
        c.add(f, "warning-detail", "GET", "/qxj/api/yj/detail?" + qs(q, axios), web(c, None, 0.6))
    for _ in range(N):
        doc = {
            "mobile": c.mobile(),
            "smsCode": c.digits(6),
            "all": c.chance(0.5),
            "reason": c.pick(["", "短信太多", "已搬离该地区"]),
        }
        c.add(f, "unsubscribe", "POST", "/qxj/api/yjdy/unsubscribe", web(c, JSON_CT, 0.7, ref), js_json(doc))
    for _ in range(N):
        accepted = c.sample(TEMPLATE_IDS, c.num(1, 2))
        doc = {
            "openid": "o" + c.alnum(27, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
            "templateIds": accepted,
            "result": {t: "accept" for t in accepted},
            "regions": c.sample(COUNTY_CODES, 1),
            "signals": signal_prefs(c),
        }
        c.add(f, "miniapp-subscribe", "POST", "/qxj/api/mp/subscribe", miniprogram(c, JSON_CT), js_json(doc))
    for _ in range(N):
        q = [("parent", c.pick(["420000", *CITY_CODES])), ("withCounty", "true")]
        c.add(f, "region-dict", "GET", "/qxj/api/dict/region?" + qs(q, axios), web(c, None, 0.6, ref))
    for _ in range(N):
        h = miniprogram(c) if c.chance(0.5) else web(c, None, 0.7, ref)
        h["Authorization"] = bearer(c)
        c.add(f, "my-subscriptions", "GET", "/qxj/api/yjdy/mine?" + qs([("_", c.ms())], axios), h)


# --- care-mode-toggle ----------------------------------------------------------------------------------------

READ_TEXTS = [
    "湖北省人民政府关于印发《湖北省优化营商环境三年行动方案（2027—2029年）》的通知",
    "发布时间：2027-03-15 来源：省政府办公厅 【字体：大 中 小】 打印本页",
    "预警信号：武汉市气象台 2027 年 6 月 18 日 14 时 20 分发布暴雨橙色预警信号，请注意防范。",
    "省长信箱 > 信件详情 > 答复单位：省人社厅 答复时间：2027-04-02",
]


@family("care-mode-toggle")
def care_mode_toggle(c: Corpus) -> None:
    f = "care-mode-toggle"
    for _ in range(N):
        h = page(c, SITE + "/", 0.5)
        h["Cookie"] = "care_mode=elder" + (f"; {h['Cookie']}" if "Cookie" in h else "")
        c.add(f, "elder-switch", "GET", c.pick(["/", "/hbfb/", "/zfwj/zcwjk/", "/hdjl/szxx/"]) + "?mode=elder", h)
    for _ in range(N):
        h = web(c, None, 0.5, SITE + "/", "*/*")
        if "Sec-Fetch-Dest" in h:
            h["Sec-Fetch-Mode"], h["Sec-Fetch-Dest"] = "no-cors", "script"
        c.add(f, "assist-script", "GET", f"/wza/assist.js?v={c.pick(['3.2.1', '3.2.4', '3.3.0'])}&siteId=hubei", h)
    for _ in range(N):
        q = [("siteId", "hubei"), ("page", c.pick(["/", "/hbfb/", "/zfwj/zcwjk/"])), ("_", c.ms())]
        c.add(f, "assist-config", "GET", "/wza/api/config?" + qs(q, axios), web(c, None, 0.5, SITE + "/"))
    for _ in range(N):
        fields = [
            ("text", c.pick(READ_TEXTS)),
            ("spd", c.pick(["4", "5", "6"])),
            ("per", c.pick(["0", "1", "4"])),
            ("vol", "8"),
            ("aue", "3"),
        ]
        c.add(f, "speak-text", "POST", "/wza/api/tts", jq_form(c, SITE + "/", 0.4), qs(fields, jq))
    for _ in range(N):
        doc = {
            "fontScale": c.pick([1.2, 1.5, 2.0]),
            "lineHeight": c.pick([1.5, 2.0]),
            "contrast": c.pick(["normal", "high", "yellow-black", "black-white"]),
            "cursor": c.pick(["default", "large-black", "large-white"]),
            "readMode": c.pick(["off", "point", "continuous"]),
            "guideLine": c.chance(0.5),
        }
        c.add(f, "pref-save", "POST", "/wza/api/pref", web(c, JSON_CT, 0.4, SITE + "/"), js_json(doc))
    for _ in range(N):
        c.add(
            f,
            "cursor-asset",
            "GET",
            f"/wza/images/cursor/{c.pick(['big_black', 'big_white', 'hand_black'])}.png",
            img_get(c, SITE + "/", 0.2),
        )
    for _ in range(N):
        q = [("channel", c.pick(["tzgg", "zcjd", "bmfw", "yjxx"])), ("elder", "1"), ("size", 8), ("page", c.num(1, 3))]
        c.add(f, "elder-list", "GET", "/api/elder/list?" + qs(q, axios), web(c, None, 0.8, SITE + "/?mode=elder"))
    for _ in range(N):
        doc = {
            "event": c.pick(["open", "fontScale", "read", "contrast", "close"]),
            "siteId": "hubei",
            "page": SITE + shtml(c, "zwgk/hbyw"),
            "ts": c.ms(),
        }
        h = web(c, "text/plain;charset=UTF-8", 0.5, SITE + "/")
        c.add(f, "usage-beacon", "POST", "/wza/api/beacon", h, js_json(doc))
    for _ in range(N):
        h = page(c, SITE + "/?mode=elder", 0.5)
        h["Cookie"] = "care_mode=standard" + (f"; {h['Cookie']}" if "Cookie" in h else "")
        c.add(f, "standard-switch", "GET", "/?mode=standard", h)


# --- generation, check and files -------------------------------------------------------------------


def gen() -> list[dict]:
    return generate(Corpus(SEED), FAMILIES)


def check(rec: dict) -> list[str]:
    """What is wrong with one record as an HTTP request (empty: nothing): tests/waf/data/corpus_kit.py."""
    return check_record(rec, SOURCES)


if __name__ == "__main__":
    write_corpus(gen(), check, split, TUNING_FILE, HELD_OUT_FILE, len(FAMILIES))
