"""Generate corpus AL: a THIRTY-EIGHTH set of ordinary requests to Chinese government sites, independent of A-Z and AA-AK.

    python tests/waf/data/gen_cms_corpus_al.py   # writes cms_al_tuning.jsonl and cms_al_heldout.jsonl next to it

Why another corpus: each fresh corpus so far has found kinds of ordinary traffic the earlier ones lacked, and AL
measures the WAF's false positives on traffic no tuning round has seen. Corpus AL is a province's LOCAL FINANCE,
STATE-ASSET and PROPERTY-RIGHTS MARKET services (山东省 as the model) on its 政务云 in 2026-2027, as enterprises, banks,
local financial firms, investors, citizens and staff use them, written as the real web pages, H5 and mini-program
front ends, report clients and bank systems send them: 地方 金融 组织 非现场 监管 报送 (小额 贷款, 融资 担保, 典当, 融资
租赁 monthly statements as JSON, a jQuery form and an XBRL-style instance, 贷款 明细 CSV in GB18030 and XLSX uploads,
the public 名单) with the 报送 审核 console; a 信易贷 / 融资 信用 服务 平台 (融资 需求 posts with long business
descriptions, 金融 产品 search, 授权 查询 consent, signed 银行 受理 反馈 callbacks, 财务 报表 uploads) with the portal's
content management; a 产权 交易 中心 (国有 产权 转让 / 增资 扩股 / 资产 转让 挂牌 lists, 意向 受让方 登记, 保证金, 网络
竞价 bids by the 加价 幅度 with 限时 报价 extensions, 成交 公告) with the 挂牌 审核 console; 农村 产权 交易 (土地 经营权
流转, 林权 and 水面 挂牌 with scans, 村 集体 经济 组织 赋码 filings, a legacy GB18030 三资 出租 form) with the 乡镇
服务站 console; 排污权 / 碳 排放权 / 用能权 交易 (开户 uploads, 挂牌 and 协议 转让 orders, 行情, 清缴 履约) with the 核定
console; 政府 引导 基金 (BP uploads as PDF and PPTX, 管理人 入库, 投后 季报, 天使 风险 补偿) with the 基金 back office; the
上市 后备 资源 库 and 区域性 股权 市场 (企业 填报, 挂牌 展示, 路演 报名 and 路演 video) with the 后备 库 审核 console;
防范 非法 集资 举报 and 金融 消费 投诉 (citizens' long narratives quoting the schemes' promises, returns in %, APP
names, links and accounts as received; screenshots and screen recordings) with the 处非 线索 console; 惠民保 and 政策性
农业 保险 (投保, 支付 订单, 理赔 材料, 保单 查询); 政府 采购 合同 融资 and 应收 账款 融资 (合同 融资 申请, 应收 账款 登记,
signed 银行 报价, 采购人 确权); 国资 在线 监管 (三重一大 决策 报送, 产权 登记, 投资 项目 备案, 财务 快报) with the 国资委's
review console; and the 地方 金融 监管 局's 非现场 分析 workbench (风险 预警 大屏, 指标 下钻, 现场 检查 任务 and 记录,
预警 下发) with the firms' 整改 报告 and 约谈 回执. Names, 身份证 numbers (GB 11643 check digits), 统一 社会 信用 代码
(GB 32100 check characters over a GB 11714 组织 机构 代码 with its own check), 挂牌 项目 编号, card numbers (Luhn),
phones, ids, keys and tokens are this generator's, not published ones. ``SOURCES`` names the public material each
family's URLs, parameters, headers and bodies follow; values are generated deterministically (``SEED``); HOST is a
placeholder the evaluation replaces. Nothing here is an attack: every value is what the real service receives.

Overlap with earlier corpora, checked against their SOURCES: C's credit-china (信用 中国 catalog search) and
ccgp-ggzy, R's trade-notice-search (公共 资源 交易 公告), K's pollution-permit (排污 许可, not 排污权 trading) and
enterprise-annual-report, AC's agri-insurance-claim (四川 养殖 / 种植 险 理赔), J's consumer-complaint (12315), Y's
credit-repair, Z's prepaid-card-supervision, AA's judicial-auction (法院 拍卖 bids), AB's treasury-payment-voucher and
M's budget-disclosure touch neighbouring services. AL shares none of those family names and none of their shapes: its
bids are 产权 交易 所 网络 竞价 with 限时 报价 periods, not 司法 拍卖; its insurance traffic is 惠民保 enrolment and 政策性
种植 险 投保, not 养殖 险 理赔 查勘; its complaints are 非法 集资 and 金融 消费 reports, not 12315 商品 complaints. No
earlier corpus has 地方 金融 组织 报送, 信易贷, 产权 / 农村 产权 / 排污权 / 碳 交易, 引导 基金, 上市 后备 库, 惠民保,
合同 / 应收 账款 融资 or 国资 在线 监管 traffic. Limits of the record format (corpus_kit.check_record): methods are GET,
HEAD, OPTIONS and POST, so the services' PUT and DELETE calls (withdrawing a 挂牌, deleting a draft 季报) are not
recorded; the WebSocket push of the 竞价 hall is recorded as the polling fallback the page also uses.

CLIENT (ADR 0040, decided before any count): a record carries "client": "office" exactly when its family's console
rule (``CONSOLE``: a path pattern per family, matched at the start of the path) says the request goes to a staff
console on the government network, which 《互联网政务应用安全管理规定》第十九条 confines to the government's own
address ranges: the 地方 金融 监管 局's 报送 审核 console (/dfjr-admin/) and 非现场 分析 workbench (/jrjg-fxc/), the
信易贷 portal's content management (/xyd-cms/), the 产权 交易 中心's 挂牌 审核 console (/cqjy-audit/), the 农村 产权
乡镇 服务站 console (/nccq-admin/), the 排污权 核定 console (/pwq-admin/), the 引导 基金 back office (/yjjj-admin/), the
上市 后备 库 审核 console (/sshb-admin/), the 处非 线索 console (/cfjb-admin/) and the 国资委's 在线 监管 review
console (/gzw-jg/). 惠民保 / 农业 保险 and 合同 / 应收 账款 融资 have no government console here. Enterprises', banks',
investors', firms' and citizens' requests, public APIs and portal pages carry no client key (a user on the internet).

Each request is one JSONL record as in corpora A-Z and AA-AK (method, path, headers, body or body_b64) tagged with
its ``family``, ``shape``, ``source`` and ``label`` = family/shape, and passes corpus_kit.check_record.

THE SPLIT is corpus_kit.HashSplit's rule with the salt "corpus-al/", decided and written down here before the corpus
was generated and before anything was evaluated (no WAF result on AL was seen by its author; docs/waf.md, held-out
discipline): the three families whose sha256("corpus-al/<family>") hex digests sort first are held out whole, and no
tuning may see them; in every other family a (family, shape) group is held out when
sha256("corpus-al/<family>/<shape>") has a first byte divisible by 4; everything else is the tuning part. Made once;
never re-split, edited or regenerated to pass.
"""  # noqa: E501 - the series' first line (independent of A-Z and AA-AK) is one line

from __future__ import annotations

import hashlib
import hmac
import io
import sys
import zipfile
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # run as a script from anywhere

from tests.waf.data import gen_cms_corpus_ai as corpus_ai
from tests.waf.data.corpus_kit import (
    SITE,
    ConsoleMarked,
    HashSplit,
    check_record,
    family_registry,
    generate,
    part_files,
    write_corpus,
)
from tests.waf.data.gen_cms_corpus_ah import XLSX_CT, jwt, nav, upload_xhr, xhr, xlsx  # AH's
from tests.waf.data.gen_cms_corpus_ak import form_of, gb_form, luhn_card, mp4, mp_h, qs  # AK's
from tests.waf.data.gen_cms_corpus_e import AXIOS_ACCEPT, jpeg, js_json  # E's
from tests.waf.data.gen_cms_corpus_f import pdf_head, png  # F's
from tests.waf.data.gen_cms_corpus_m import DOCX_CT, docx  # M's

TUNING_FILE, HELD_OUT_FILE = part_files("al")
SEED = 20310814
SALT = "corpus-al/"

SOURCES = {
    "microfinance-offsite-filing": "山东省 地方 金融 监管 信息 平台 as 地方 金融 组织 use it under "
    "《山东省地方金融条例》"
    " and 《小额贷款公司监督管理暂行办法》 (2025): 小额 贷款 公司 月报 (贷款 余额, 五级 分类, 不良 率, 融资"
    " 余额 and 杠杆), 融资 担保 月报 (在保 余额, 放大 倍数 per 《融资担保公司监督管理条例》), 典当 行 月报"
    " (房地产 / 动产 / 财产 权利 典当 余额), 融资 租赁 XBRL-style 报表 instance, 贷款 明细 CSV / XLSX upload,"
    " and the public 地方 金融 组织 名单 with the 报送 审核 console",
    "credit-easy-loan-platform": "全国 中小企业 融资 综合 信用 服务 平台 (信易贷) and 山东 省级 节点 as"
    " enterprises and banks use it: 融资 需求 发布 (融资 金额, 期限, 用途, 担保 方式, 企业 经营 情况), 金融"
    " 产品 超市 search (机构, 担保 方式, 利率 区间, 期限), 信用 信息 授权 查询 书 consent, 银行 受理 / 授信"
    " 反馈 callbacks signed with the bank's key, 财务 报表 uploads, 需求 进度 in the mini-program, and the"
    " portal's content management",
    "property-rights-exchange": "山东 产权 交易 中心 style 产权 交易 所 per 《企业国有资产交易监督管理办法》"
    " (国资委 财政部令 第32号): 国有 产权 转让 / 增资 扩股 / 资产 转让 挂牌 项目 lists and pages, 意向 受让方"
    " 登记 with 受让 条件 承诺, 交易 保证金 缴纳, 网络 竞价 (自由 报价 期 then 限时 报价 期, 加价 幅度, a"
    " bid in the last period restarting it), 竞价 状态 polling, 成交 公告, and the 挂牌 审核 console",
    "rural-property-exchange": "山东 农村 产权 交易 平台 and 县 乡 农村 产权 交易 服务站 per "
    "《农村土地经营权流转管理办法》:"
    " 土地 经营权 流转 挂牌 (地块 编码, 亩, 年 租金), 林权 and 水面 挂牌 with 权证 scans, 村 集体 经济 组织"
    " 登记 赋码 (N2 codes), 集体 资产 出租 登记 on a legacy GB18030 三资 管理 page, 项目 search, 竞租 报名,"
    " and the 乡镇 服务站 审核 console",
    "emission-rights-trading": "山东 排污权 交易 (省 生态 环境 厅 and 产权 交易 中心: 化学 需氧量, 氨氮,"
    " 二氧化硫, 氮氧化物 指标), 全国 碳 排放权 注册 登记 and 交易 (配额 清缴 履约, CCER 抵销 up to 5 %) and"
    " 用能权 试点 as enterprises use them: 交易 账户 开户 with 营业 执照 uploads, 挂牌 and 协议 转让 orders,"
    " 日 行情 JSON, 清缴, 用能权 账户 余额, and the 指标 核定 console",
    "guidance-fund-service": "山东 新旧 动能 转换 基金 and 省 政府 引导 基金 / 天使 投资 风险 补偿 services"
    " (项目 申报 with BP uploads as PDF and PPTX, 基金 管理人 入库 with 中基协 登记 编号 P10xxxxx, 投后 季报"
    " of holdings, 基金 list, 天使 投资 风险 补偿 申请, 投资人 约谈 意向) with the 引导 基金 back office",
    "listing-reserve-equity-market": "山东 企业 上市 后备 资源 库 and 齐鲁 股权 交易 中心 style 区域性 股权"
    " 市场 (后备 企业 填报 with three years' 营业 收入 and 净 利润, 挂牌 企业 展示 list and pages, 路演 报名,"
    " 财务 数据 XLSX and 路演 video uploads) with the 后备 库 审核 console",
    "illegal-fundraising-report": "防范 和 处置 非法 集资 举报 per 《防范和处置非法集资条例》 (国务院令"
    " 第737号) and 山东 金融 消费 投诉 H5: 线索 举报 with the scheme's promises, 收益 率, APP, 链接, 收款"
    " 账户 and 电话 as received, 金融 消费 投诉 against 地方 金融 组织, 截图 and 录屏 uploads, 进度 查询,"
    " 短信 验证, 风险 提示 pages, and the 处非 线索 console",
    "inclusive-insurance-enrol": "山东 城市 定制型 商业 医疗 保险 (惠民保: 齐鲁 / 泉城 style 投保 H5 with"
    " 医保 参保 身份, 家庭 单 premiums, 特药 清单 search, 理赔 材料 upload, 保单 查询) and 政策性 农业 保险"
    " per 《农业保险条例》 (种植 险 投保 单 with 亩数, 保额, 费率 and 财政 补贴 shares; 报案) as citizens"
    " and 农户 use them",
    "receivables-supply-chain-finance": "政府 采购 合同 融资 per 财政部 《关于促进政府采购公平竞争优化营商环境的通知》"
    " and 山东 政府 采购 合同 融资 平台, and 中征 应收 账款 融资 服务 平台 style 应收 账款 登记 and 确权 as"
    " suppliers, 采购人 and banks use them: 合同 融资 申请, 应收 账款 登记, signed 银行 报价 and list, 合同"
    " 扫描 件 upload, 采购人 确认, 融资 进度",
    "soe-online-supervision": "国资委 国资 国企 在线 监管 系统 and 山东 省属 企业 报送 per "
    "《关于进一步推进国有企业贯彻落实“三重一大”"
    "决策制度的意见》"
    " and 《国家出资企业产权登记管理暂行办法》: 三重一大 决策 事项 报送 with 表决, 产权 登记 with 出资 shares,"
    " 投资 项目 备案 with 可研 uploads, 月度 财务 快报, 待办, and the 国资委's review console",
    "finance-supervision-workbench": "山东省 地方 金融 管理 局 非现场 监管 分析 workbench as 监管 staff"
    " use it (风险 预警 dashboard queries, 指标 下钻, 现场 检查 任务 and 检查 记录 with photos, 预警 提示"
    " 函 下发) and the firms' side of it (整改 报告 upload, 约谈 回执, public 风险 提示 pages)",
}

SPLIT = HashSplit(SALT, SOURCES)  # the rule in the docstring (tests/waf/data/corpus_kit.py)
split, HELD_OUT_FAMILIES = SPLIT.split, SPLIT.held_out_families  # split(reqs): (tuning part, held-out part)

# The console rule of each family (ADR 0040), decided before any count: the path of an office request starts with one
# of these (re.match); None: the family has no console.
CONSOLE: dict[str, str | None] = {
    "microfinance-offsite-filing": r"/dfjr-admin/",
    "credit-easy-loan-platform": r"/xyd-cms/",
    "property-rights-exchange": r"/cqjy-audit/",
    "rural-property-exchange": r"/nccq-admin/",
    "emission-rights-trading": r"/pwq-admin/",
    "guidance-fund-service": r"/yjjj-admin/",
    "listing-reserve-equity-market": r"/sshb-admin/",
    "illegal-fundraising-report": r"/cfjb-admin/",
    "inclusive-insurance-enrol": None,
    "receivables-supply-chain-finance": None,
    "soe-online-supervision": r"/gzw-jg/",
    "finance-supervision-workbench": r"/jrjg-fxc/",
}


class Corpus(ConsoleMarked, corpus_ai.Corpus):
    """AI's corpus (values, browsers, header order; SourceTagged): requests are tagged with AL's sources, and a
    request to a family's console carries "client": "office" (CONSOLE)."""

    sources = SOURCES
    console = CONSOLE


FAMILIES: dict[str, Callable[[Corpus], None]] = {}
family = family_registry(FAMILIES)

N = 16  # requests per (family, shape)

# --- values of the 山东 finance services ---------------------------------------------------------------------

CITIES = {
    "370100": "济南市",
    "370200": "青岛市",
    "370300": "淄博市",
    "370400": "枣庄市",
    "370500": "东营市",
    "370600": "烟台市",
    "370700": "潍坊市",
    "370800": "济宁市",
    "370900": "泰安市",
    "371000": "威海市",
    "371100": "日照市",
    "371300": "临沂市",
    "371400": "德州市",
    "371500": "聊城市",
    "371600": "滨州市",
    "371700": "菏泽市",
}
COUNTIES = [
    "370102",
    "370103",
    "370104",
    "370105",
    "370112",
    "370202",
    "370203",
    "370211",
    "370212",
    "370302",
    "370402",
    "370502",
    "370602",
    "370702",
    "370811",
    "370902",
    "371002",
    "371102",
    "371302",
    "371402",
    "371502",
    "371602",
    "371702",
]
SHANDONG = ((114.8, 122.7), (34.4, 38.4))  # (west, east), (south, north)
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]  # GB 11714 组织 机构 代码
ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CITY_WORDS = ["济南", "青岛", "淄博", "烟台", "潍坊", "济宁", "临沂", "威海", "日照", "德州", "泰安", "东营"]
BRAND_WORDS = ["泉晟", "齐鲁", "海岱", "鲁信", "汇泰", "沂蒙", "黄河", "胶东", "岱岳", "蓝海", "鲁源", "华岳"]
INDUSTRY_SUFFIX = [
    "机械制造有限公司",
    "食品有限公司",
    "新材料科技有限公司",
    "化工有限公司",
    "纺织有限公司",
    "智能装备股份有限公司",
    "农业发展有限公司",
    "物流有限公司",
    "生物医药有限公司",
    "电子科技有限公司",
]
BANKS = {
    "ICBC": "中国工商银行山东省分行",
    "CCB": "中国建设银行山东省分行",
    "ABC": "中国农业银行山东省分行",
    "BOC": "中国银行山东省分行",
    "QLBANK": "齐鲁银行",
    "QDBANK": "青岛银行",
    "SDRCU": "山东省农村商业银行",
    "HFBANK": "恒丰银行",
}
BANK_KEYS = {code: hashlib.sha256(f"al-bank-key/{code}".encode()).hexdigest().encode() for code in BANKS}


def day(c: Corpus, lo: int = 0, hi: int = 300) -> date:
    return date(2026, 9, 1) + timedelta(days=c.num(lo, hi))


def ymd(c: Corpus, lo: int = 0, hi: int = 300) -> str:
    return day(c, lo, hi).isoformat()


def cn_date(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def stamp(c: Corpus, lo: int = 0, hi: int = 300) -> str:
    return f"{ymd(c, lo, hi)} {c.num(8, 21):02d}:{c.num(0, 59):02d}:{c.num(0, 59):02d}"


def period(c: Corpus) -> str:
    """A monthly 报送 period, "2026-09" to "2027-06"."""
    d = day(c, 0, 300)
    return f"{d.year}-{d.month:02d}"


def sd_id(c: Corpus, lo: int = 1955, hi: int = 2004) -> str:
    """A 山东 公民身份号码 with its GB 11643 check digit."""
    born = date(lo, 1, 1) + timedelta(days=c.num(0, (hi - lo) * 365))
    body = f"{c.pick(COUNTIES)}{born:%Y%m%d}{c.num(10, 99)}{c.num(0, 9)}"
    return body + "10X98765432"[sum(int(d) * w for d, w in zip(body, ID_WEIGHTS, strict=True)) % 11]


def org_code(c: Corpus) -> str:
    """A GB 11714 组织 机构 代码: 8 digits and its mod-11 check character."""
    body = c.digits(8)
    r = 11 - sum(int(d) * w for d, w in zip(body, ORG_WEIGHTS, strict=True)) % 11
    return body + {10: "X", 11: "0"}.get(r, str(r))


def uscc(c: Corpus, prefix: str = "91", area: str | None = None) -> str:
    """A GB 32100 统一 社会 信用 代码: 登记 管理 部门 and 机构 类别 (91 企业, 93 合作社, N2 村级 集体 经济 组织), 行政
    区划, 组织 机构 代码, mod-31 check character."""
    body = prefix + (area or c.pick(COUNTIES)) + org_code(c)
    check = (31 - sum(USCC_CHARS.index(ch) * w for ch, w in zip(body, USCC_WEIGHTS, strict=True)) % 31) % 31
    return body + USCC_CHARS[check]


def company(c: Corpus, suffix: str | None = None) -> str:
    return f"{c.pick(CITY_WORDS)}{c.pick(BRAND_WORDS)}{suffix or c.pick(INDUSTRY_SUFFIX)}"


def corp_account(c: Corpus) -> str:
    """A 对公 结算 账户 number as banks print it (no check digit)."""
    return c.pick(["1602", "3780", "8601", "2140"]) + c.digits(c.pick([15, 16, 18]))


def yuan(cents: int) -> float:
    return cents / 100


def pct(part: float, whole: float) -> float:
    return round(part / whole * 100, 2)


def sd_gps(c: Corpus) -> tuple[str, str]:
    return f"{c.num(1155000, 1222000) / 10000:.6f}", f"{c.num(349000, 379000) / 10000:.6f}"


def hmac_hex(key: bytes, text: str) -> str:
    return hmac.new(key, text.encode(), hashlib.sha256).hexdigest()


def pptx(titles: list[str]) -> bytes:
    """A minimal PowerPoint deck (OOXML): a zip with fixed timestamps, so the bytes are deterministic."""
    pns = "http://schemas.openxmlformats.org/presentationml/2006/main"
    ans = "http://schemas.openxmlformats.org/drawingml/2006/main"
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.'
        'openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/ppt/presentation.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        'presentationml.presentation.main+xml"/></Types>',
        "ppt/presentation.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<p:presentation xmlns:p="{pns}">'
        '<p:sldSz cx="12192000" cy="6858000"/></p:presentation>',
    }
    for i, title in enumerate(titles, 1):
        parts[f"ppt/slides/slide{i}.xml"] = (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p:sld xmlns:p="{pns}" xmlns:a="{ans}"><p:cSld>'
            f"<p:spTree><p:sp><p:txBody><a:p><a:r><a:t>{escape(title)}</a:t></a:r></a:p></p:txBody></p:sp></p:spTree>"
            "</p:cSld></p:sld>"
        )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, text in parts.items():
            info = zipfile.ZipInfo(name, date_time=(2027, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode())
    return out.getvalue()


PPTX_CT = "application/vnd.openxmlformats-officedocument.presentationml.presentation"

# --- clients ---------------------------------------------------------------------------------------------


def web(c: Corpus, ref: str, ctype: str | None = None, cookie: str | bool = False, extra: dict | None = None) -> dict:
    """An axios/fetch call from a public page: desktops and phones."""
    return xhr(c, ref, AXIOS_ACCEPT, ctype, cookie, extra, mobile=0.35)


def jq(c: Corpus, ref: str, cookie: str | bool = False, extra: dict | None = None) -> dict:
    """A jQuery $.ajax form post from a public page."""
    h = xhr(
        c,
        ref,
        "application/json, text/javascript, */*; q=0.01",
        "application/x-www-form-urlencoded; charset=UTF-8",
        cookie,
        extra,
        mobile=0.3,
    )
    return {**h, "X-Requested-With": "XMLHttpRequest"}


def staff(c: Corpus, ref: str, ctype: str | None = None, cookie: str | bool = False, extra: dict | None = None) -> dict:
    """A call from a staff console: desktops only."""
    return xhr(c, ref, AXIOS_ACCEPT, ctype, cookie, extra, mobile=0.0)


def staff_upload(c: Corpus, ref: str, parts: list, extra: dict | None = None) -> tuple[dict[str, str], bytes]:
    b = c.browser(0.0)
    ctype, body = c.multipart(b, parts)
    return c.headers(b, "xhr", AXIOS_ACCEPT, ctype, ref, cookie=False, extra=extra), body


def pages(c: Corpus, f: str, shape: str, path: Callable[[], str], ref: str | None) -> None:
    """N page loads by browsers, with or without a Referer."""
    for _ in range(N):
        c.add(f, shape, "GET", path(), nav(c, c.pick([ref, None]), mobile=0.4))


def bearer(c: Corpus, sub: str, key: bytes, role: str = "user") -> str:
    iat = c.ms() // 1000
    return "Bearer " + jwt({"sub": sub, "role": role, "iat": iat, "exp": iat + 7200}, key)


def session(c: Corpus, name: str = "SESSION") -> str:
    return f"{name}={c.b64(24, urlsafe=True)}"


def server_h(c: Corpus, ua: str, ctype: str, extra: dict[str, str]) -> dict[str, str]:
    """A bank's or a report client's server-side HTTP client: few headers, in its library's order."""
    return {"Content-Type": ctype, **extra, "User-Agent": ua, "Accept-Encoding": "gzip", "Connection": "Keep-Alive"}


JAVA_UA = ["okhttp/4.12.0", "Apache-HttpClient/4.5.14 (Java/1.8.0_402)", "Java/17.0.10", "ReactorNetty/1.1.17"]


def signed_post(c: Corpus, key: bytes, app: str, body: str) -> dict[str, str]:
    """A signed server-to-server POST: X-Signature = HMAC-SHA256(key, timestamp + "\\n" + nonce + "\\n" + body)."""
    ts, nonce = str(c.ms()), c.hexs(8)
    sig = hmac_hex(key, f"{ts}\n{nonce}\n{body}")
    return server_h(
        c,
        c.pick(JAVA_UA),
        "application/json;charset=UTF-8",
        {"X-App-Id": app, "X-Timestamp": ts, "X-Nonce": nonce, "X-Signature": sig},
    )


# --- microfinance-offsite-filing ------------------------------------------------------------------------------

DFJR_KEY = b"sd-dfjr-report-2026"
ORG_KINDS = {"xd": "小额贷款公司", "db": "融资担保公司", "dd": "典当行", "zl": "融资租赁公司", "bl": "商业保理公司"}


def loan_firm(c: Corpus) -> str:
    return company(c, c.pick(["小额贷款有限公司", "小额贷款股份有限公司", "科技小额贷款有限公司"]))


@family("microfinance-offsite-filing")
def microfinance_offsite_filing(c: Corpus) -> None:
    f = "microfinance-offsite-filing"
    ref = f"{SITE}/dfjr/bs/index.html"
    pages(
        c,
        f,
        "portal-page",
        lambda: c.pick(
            [
                "/dfjr/index.html",
                f"/dfjr/gsml/{c.pick(list(ORG_KINDS))}.html",
                f"/dfjr/tzgg/{c.num(2026, 2027)}{c.num(1, 12):02d}/t{c.digits(8)}_{c.num(100000, 999999)}.html",
            ]
        ),
        "http://jrj.shandong.gov.cn/",
    )
    for _ in range(N):
        classes = [c.num(10**8, 9 * 10**8), c.num(10**6, 6 * 10**7), *(c.num(0, 2 * 10**7) for _ in range(3))]
        total = sum(classes)
        equity = c.num(2 * 10**8, 6 * 10**8) * 100
        funding = c.num(0, equity // 100) * 100
        doc = {
            "tyshxydm": uscc(c),
            "jgmc": loan_firm(c),
            "bsqj": period(c),
            "dkye": yuan(total * 100),
            "dkfl": {k: yuan(v * 100) for k, v in zip(["zc", "gz", "cj", "ky", "ss"], classes, strict=True)},
            "bldkl": pct(sum(classes[2:]), total),
            "dkbs": c.num(120, 4200),
            "jzc": yuan(equity),
            "rzye": yuan(funding),
            "rzbl": round(funding / equity, 2),
            "dhdkzb": pct(c.num(0, total // 2), total),
            "bnljfk": yuan(c.num(total, total * 3) * 100),
            "pjll": round(c.num(600, 2400) / 100, 2),
            "tbr": c.person(),
            "lxdh": c.mobile(),
        }
        h = web(c, ref, "application/json;charset=UTF-8", extra={"Authorization": bearer(c, doc["tyshxydm"], DFJR_KEY)})
        c.add(f, "microloan-monthly-report", "POST", "/dfjr/api/report/xd/monthly/submit", h, js_json(doc))
    for _ in range(N):
        kinds = {"dkdb": c.num(10**7, 3 * 10**8), "fzdb": c.num(0, 10**8), "fxsdb": c.num(0, 5 * 10**7)}
        outstanding = sum(kinds.values())
        equity = c.num(outstanding // 10 + 1, outstanding // 10 + 8 * 10**7)  # 放大 倍数 at most 10 (条例)
        doc = {
            "tyshxydm": uscc(c),
            "jgmc": company(c, "融资担保有限公司"),
            "bsqj": period(c),
            "zbye": outstanding,
            "zbmx": kinds,
            "jzc": equity,
            "fdbs": round(outstanding / equity, 2),
            "dcl": pct(c.num(0, outstanding // 40), outstanding),
            "xzdbhs": c.num(3, 180),
            "dw": "元",
        }
        h = web(c, ref, "application/json;charset=UTF-8", extra={"Authorization": bearer(c, doc["tyshxydm"], DFJR_KEY)})
        c.add(f, "guarantee-monthly-report", "POST", "/dfjr/api/report/db/monthly/submit", h, js_json(doc))
    for _ in range(N):
        fdc, dc, cq = c.num(0, 3 * 10**7), c.num(10**5, 2 * 10**7), c.num(0, 10**7)
        fields = [
            ("tyshxydm", uscc(c)),
            ("jgmc", company(c, c.pick(["典当有限公司", "典当行有限责任公司"]))),
            ("bsqj", period(c)),
            ("fdcdd", str(fdc)),
            ("dcdd", str(dc)),
            ("cqdd", str(cq)),
            ("ddye", str(fdc + dc + cq)),
            ("jdbs", str(c.num(0, 12))),
            ("bz", c.pick(["", "本月新增黄金饰品典当较多。", "房产典当两笔已续当。", "无"])),
        ]
        h = jq(c, f"{SITE}/dfjr/bs/dd/monthly.html", session(c, "JSESSIONID"))
        c.add(f, "pawn-monthly-form", "POST", "/dfjr/bs/dd/monthly/save.do", h, form_of(fields))
    for _ in range(N):
        liab, equity = c.num(5 * 10**6, 9 * 10**8) * 100, c.num(2 * 10**6, 3 * 10**8) * 100
        receivable = c.num(liab // 2, liab + equity)
        code, end = uscc(c), day(c, 0, 300)
        facts = {
            "AssetsTotal": liab + equity,
            "LiabilitiesTotal": liab,
            "EquityTotal": equity,
            "FinanceLeaseReceivables": receivable,
            "RiskAssets": receivable,
        }
        body = (
            '<?xml version="1.0" encoding="UTF-8"?>\n<xbrli:xbrl xmlns:xbrli="http://www.xbrl.org/2003/instance" '
            'xmlns:iso4217="http://www.xbrl.org/2003/iso4217" '
            'xmlns:sdzl="http://xbrl.example.gov.cn/taxonomy/sd/rzzl/2026-01-01">\n'
            f'<xbrli:context id="I{end:%Y%m}"><xbrli:entity><xbrli:identifier scheme="urn:cn:uscc">{code}'
            f"</xbrli:identifier></xbrli:entity><xbrli:period><xbrli:instant>{end.isoformat()}</xbrli:instant>"
            "</xbrli:period></xbrli:context>\n"
            '<xbrli:unit id="CNY"><xbrli:measure>iso4217:CNY</xbrli:measure></xbrli:unit>\n'
            '<xbrli:unit id="pure"><xbrli:measure>xbrli:pure</xbrli:measure></xbrli:unit>\n'
            + "".join(
                f'<sdzl:{k} contextRef="I{end:%Y%m}" unitRef="CNY" decimals="2">{v / 100:.2f}</sdzl:{k}>\n'
                for k, v in facts.items()
            )
            + f'<sdzl:RiskAssetsToNetAssets contextRef="I{end:%Y%m}" unitRef="pure" decimals="2">'
            f"{receivable / equity:.2f}</sdzl:RiskAssetsToNetAssets>\n"
            f'<sdzl:EntityName contextRef="I{end:%Y%m}">{company(c, "融资租赁有限公司")}</sdzl:EntityName>\n'
            "</xbrli:xbrl>\n"
        )
        h = server_h(
            c,
            "SDJR-Report-Client/3.2.1 (Windows 10; x64)",
            "application/xml; charset=UTF-8",
            {"Authorization": bearer(c, code, DFJR_KEY), "Accept": "application/xml"},
        )
        c.add(f, "leasing-xbrl-instance", "POST", "/dfjr/api/report/zl/xbrl", h, body)
    for _ in range(N):
        rows = [(sd_id(c), c.person(), c.num(5, 300) * 1000, c.num(3, 36), c.pick(["信用", "保证", "抵押", "质押"]))]
        rows += [(uscc(c), company(c), c.num(10, 500) * 10000, c.num(6, 24), "保证") for _ in range(c.num(1, 4))]
        rows += [(sd_id(c), c.person(), c.num(5, 300) * 1000, c.num(3, 36), "信用") for _ in range(c.num(1, 6))]
        total = sum(r[2] for r in rows)
        code = uscc(c)
        if c.chance(0.6):
            csv = "借款人证件号码,借款人名称,贷款金额(元),期限(月),担保方式\r\n" + "".join(
                f"{a},{b},{m},{t},{g}\r\n" for a, b, m, t, g in rows
            )
            upload = (f"贷款明细_{period(c)}.csv", "text/csv", csv.encode("gb18030"))
        else:
            table = [["借款人证件号码", "借款人名称", "贷款金额(元)", "期限(月)", "担保方式"]]
            table += [[a, b, str(m), str(t), g] for a, b, m, t, g in rows]
            upload = (f"贷款明细_{period(c)}.xlsx", XLSX_CT, xlsx(table))
        parts = [("tyshxydm", code), ("bsqj", period(c)), ("bs", str(len(rows))), ("hjje", str(total))]
        parts.append(("file", upload))
        h, body = upload_xhr(c, f"{SITE}/dfjr/bs/xd/mx.html", parts, extra={"Authorization": bearer(c, code, DFJR_KEY)})
        c.add(f, "loan-detail-upload", "POST", "/dfjr/api/report/xd/detail/import", h, body)
    for _ in range(N):
        q = [
            ("jglx", c.pick(list(ORG_KINDS))),
            ("city", c.pick(["", *CITIES])),
            ("keyword", c.pick(["", "小额贷款", "担保", "典当", "泉", "齐鲁"])),
            ("zt", c.pick(["zc", "zc", "tc"])),
            ("pageNum", c.num(1, 9)),
            ("pageSize", 15),
        ]
        c.add(f, "org-roster-query", "GET", "/dfjr/api/gs/jgml?" + qs(q), web(c, f"{SITE}/dfjr/gsml/xd.html"))
    for _ in range(N):
        ok = c.chance(0.75)
        doc = {
            "bsid": c.uid(),
            "jglx": c.pick(list(ORG_KINDS)),
            "bsqj": period(c),
            "shjg": "TG" if ok else "TH",
            "shyj": "数据逻辑校验通过，审核通过。"
            if ok
            else c.pick(
                [
                    "五级分类合计与贷款余额不一致，请核对后重新报送。",
                    "融资余额超过净资产的1倍，请说明原因并上传融资合同。",
                    "在保余额放大倍数超过10倍，请补充说明。",
                    "贷款明细笔数与月报笔数不符，请退回修改。",
                ]
            ),
            "shr": c.person(),
        }
        h = staff(c, f"{SITE}/dfjr-admin/index.html", "application/json;charset=UTF-8", session(c))
        c.add(f, "report-review-console", "POST", "/dfjr-admin/api/report/review", h, js_json(doc))


# --- credit-easy-loan-platform -------------------------------------------------------------------------------

XYD_KEY = b"sd-xyd-portal-2026"
BUSINESS = [
    "公司成立于{y}年，位于{city}，主要从事{prod}的研发、生产和销售，现有员工{n}人，其中技术人员{t}人，拥有发明专利{p}项。"
    "{ly}年实现营业收入{rev}万元，净利润{np}万元，主要客户包括省内外多家大型制造企业，订单稳定。目前因新接订单较多，"
    "原材料采购和备货资金压力较大，计划申请流动资金贷款用于采购钢材、电机等原材料，预计可带动新增产值约{add}万元。",
    "我们是一家{city}的{prod}企业，{y}年成立，属于国家级专精特新“小巨人”企业。近两年产品出口东南亚和中东，{ly}年营业"
    "收入{rev}万元，净利润{np}万元，纳税信用等级A级。公司厂房为自有，已办理不动产权证，可以提供抵押；也希望了解有没有"
    "纯信用、随借随还的产品。资金主要用于新生产线设备购置和技术改造，年化利率希望控制在4%以内。",
    "本社是{city}的农民专业合作社，{y}年注册，带动周边{n}户农户种植{prod}，{ly}年销售收入{rev}万元。现在正是收购季，"
    "需要资金收购社员的农产品并支付冷库租金，希望申请期限一年左右的贷款，可以用合作社的农机具和应收货款作担保，"
    "也可以由理事长个人提供连带责任保证。",
    "公司主要做{prod}，{y}年成立，现有员工{n}人，{ly}年营业收入{rev}万元，净利润{np}万元。我们中标了市政府采购项目，"
    "合同已经签订，需要垫付前期采购和人工费用，想申请政府采购合同融资（政采贷），回款账户可以指定为贷款银行账户。",
]
PRODUCTS = [
    "液压元件",
    "冷链食品",
    "锂电池隔膜",
    "精细化工中间体",
    "家纺面料",
    "工业机器人减速器",
    "大蒜和生姜",
    "医用敷料",
]
PURPOSES = ["采购原材料", "支付货款", "设备购置", "技术改造", "支付工资", "归还到期贷款（续贷）", "季节性收购"]
GUARANTEES = {"01": "信用", "02": "保证", "03": "抵押", "04": "质押", "05": "担保公司担保"}
XYD_CATEGORIES = ["zcfg", "rzal", "cpjs", "tzgg"]


def business_text(c: Corpus) -> tuple[str, int, int]:
    rev = c.num(300, 90000)
    np = c.num(rev // 50, rev // 8)
    fill = {
        "y": c.num(2003, 2022),
        "city": c.pick(list(CITIES.values())),
        "prod": c.pick(PRODUCTS),
        "n": c.num(12, 800),
        "t": c.num(3, 60),
        "p": c.num(0, 30),
        "ly": 2025,
        "rev": rev,
        "np": np,
        "add": c.num(200, 20000),
    }
    return c.pick(BUSINESS).format(**fill), rev, np


@family("credit-easy-loan-platform")
def credit_easy_loan_platform(c: Corpus) -> None:
    f = "credit-easy-loan-platform"
    pages(
        c,
        f,
        "portal-page",
        lambda: c.pick(
            [
                "/xyd/index.html",
                f"/xyd/product/detail.html?id={c.hexs(8)}",
                f"/xyd/news/{c.pick(XYD_CATEGORIES)}/{c.num(100000, 999999)}.html",
                "/xyd/demand/publish.html",
            ]
        ),
        "https://xyd.creditchina.gov.cn/",
    )
    for _ in range(N):
        text, rev, np = business_text(c)
        code = uscc(c, c.pick(["91", "91", "93"]))
        doc = {
            "qymc": company(c),
            "tyshxydm": code,
            "rzje": c.num(10, 3000) * 10,
            "rzqx": c.pick([6, 12, 12, 24, 36]),
            "rzyt": c.pick(PURPOSES),
            "dbfs": c.sample(list(GUARANTEES), c.num(1, 2)),
            "qyjj": text,
            "yysr": rev,
            "jlr": np,
            "ygrs": c.num(5, 800),
            "lxr": c.person(),
            "lxdh": c.mobile(),
            "szqh": c.pick(COUNTIES),
            "sqxx": True,
        }
        h = web(c, f"{SITE}/xyd/demand/publish.html", "application/json;charset=UTF-8")
        h["Authorization"] = bearer(c, code, XYD_KEY)
        c.add(f, "financing-demand-post", "POST", "/xyd/api/demand/publish", h, js_json(doc))
    for _ in range(N):
        lo = c.num(25, 45) / 10
        q = [
            ("jgdm", c.pick(["", *BANKS])),
            ("dbfs", c.pick(["", *GUARANTEES])),
            ("qxMin", c.pick([0, 3, 6])),
            ("qxMax", c.pick([12, 24, 36, 60])),
            ("llMin", f"{lo:.2f}"),
            ("llMax", f"{lo + c.num(5, 30) / 10:.2f}"),
            ("cplx", c.pick(["", "xyd", "zcd", "nyd", "kjd"])),
            ("sort", c.pick(["rate_asc", "hot", "new"])),
            ("pageNo", c.num(1, 6)),
            ("pageSize", 12),
        ]
        c.add(f, "product-search", "GET", "/xyd/api/product/list?" + qs(q), web(c, f"{SITE}/xyd/product/list.html"))
    for _ in range(N):
        code = uscc(c)
        fields = [
            ("qymc", company(c)),
            ("tyshxydm", code),
            ("fddbr", c.person()),
            ("fddbrsfz", sd_id(c, 1960, 1998)),
            ("sqjg", c.pick(list(BANKS))),
            ("sqnr", "工商登记,纳税信息,社保缴纳,公积金缴存,水电气缴费,司法判决"),
            ("sqqx", c.pick(["3", "6", "12"])),
            ("sqrq", ymd(c)),
            ("agree", "1"),
            ("smsCode", c.digits(6)),
        ]
        h = jq(c, f"{SITE}/xyd/auth/consent.html", session(c, "JSESSIONID"))
        c.add(f, "credit-auth-consent", "POST", "/xyd/auth/consent/submit.do", h, form_of(fields))
    for _ in range(N):
        bank = c.pick(list(BANKS))
        approved = c.chance(0.7)
        doc = {
            "demandId": f"XQ{day(c):%Y%m%d}{c.digits(6)}",
            "bankCode": bank,
            "status": c.pick(["SX", "FK"]) if approved else "JJ",
            "sxje": c.num(10, 1000) * 10000 if approved else 0,
            "nhll": round(c.num(280, 450) / 100, 2) if approved else None,
            "jkqx": c.pick([6, 12, 24]) if approved else None,
            "fkyy": "" if approved else c.pick(["企业征信存在逾期记录", "经营年限不足两年", "抵押物评估价值不足"]),
            "khjl": c.person(),
            "clsj": stamp(c),
        }
        body = js_json(doc)
        c.add(
            f,
            "bank-accept-callback",
            "POST",
            "/xyd/openapi/v1/demand/feedback",
            signed_post(c, BANK_KEYS[bank], bank, body),
            body,
        )
    for _ in range(N):
        code = uscc(c)
        rev = c.num(500, 50000) * 10000
        cost = c.num(rev // 2, rev - rev // 20)
        table = [
            ["项目", "本年累计(元)"],
            ["营业收入", str(rev)],
            ["营业成本", str(cost)],
            ["营业利润", str(rev - cost)],
        ]
        parts = [
            ("tyshxydm", code),
            ("bbnd", c.pick(["2025", "2026"])),
            ("bblx", c.pick(["lrb", "zcfzb", "xjllb"])),
            ("file", (f"{company(c)}2025年度财务报表.xlsx", XLSX_CT, xlsx(table))),
        ]
        if c.chance(0.5):
            parts.append(("sjbg", ("审计报告.pdf", "application/pdf", pdf_head(c, c.num(3000, 9000)))))
        h, body = upload_xhr(
            c, f"{SITE}/xyd/ent/finance.html", parts, extra={"Authorization": bearer(c, code, XYD_KEY)}
        )
        c.add(f, "finance-statement-upload", "POST", "/xyd/api/ent/finance/upload", h, body)
    for _ in range(N):
        q = [("demandId", f"XQ{day(c):%Y%m%d}{c.digits(6)}"), ("_t", c.ms())]
        c.add(f, "demand-progress", "GET", "/xyd/api/demand/progress?" + qs(q), mp_h(c, "wx8c1d3f5a7b9e2046", None))
    for _ in range(N):
        title = c.pick(
            [
                "关于开展2027年“信易贷”银企对接活动的通知",
                "齐鲁银行“科创积分贷”产品上线",
                "某食品企业通过平台获得纯信用贷款300万元",
                "山东省融资担保降费奖补政策解读",
            ]
        )
        doc = {
            "lmid": c.pick(XYD_CATEGORIES),
            "title": title,
            "content": f"<p>{title}。</p><p>近日，{c.pick(list(BANKS.values()))}与{company(c)}"
            f"通过平台完成线上对接，授信金额{c.num(100, 3000)}万元，年化利率{c.num(300, 420) / 100:.2f}%。</p>"
            '<p><img src="/xyd/upload/2027/' + c.hexs(8) + '.jpg" alt="签约现场"></p>',
            "fbrq": ymd(c),
            "zt": c.pick(["draft", "publish"]),
            "zz": c.person(),
        }
        h = staff(c, f"{SITE}/xyd-cms/article/edit.html", "application/json;charset=UTF-8", session(c))
        c.add(f, "cms-article-save", "POST", "/xyd-cms/api/article/save", h, js_json(doc))


# --- property-rights-exchange --------------------------------------------------------------------------------

CQ_KEY = b"sd-cqjy-member-2026"
XM_TYPES = {"GR": "国有产权转让", "ZZ": "增资扩股", "ZC": "资产转让"}
ASSETS = [
    "济南某国有投资公司持有的某物流有限公司35%股权",
    "某市国资公司所属商业用房（建筑面积1268.4平方米）",
    "某省属企业二手车辆一批（共14台）",
    "某建设集团有限公司增资扩股（拟募集资金不低于2亿元）",
    "某热电公司闲置锅炉及辅机设备",
    "某港口集团所属仓储用地使用权及地上建筑物",
]


def xmbh(c: Corpus) -> str:
    """A 挂牌 项目 编号: 类型 (GR / ZZ / ZC) + 年份 + SD + 5-digit 序号."""
    return f"{c.pick(list(XM_TYPES))}{c.pick([2026, 2027])}SD{c.num(1, 99999):05d}"


@family("property-rights-exchange")
def property_rights_exchange(c: Corpus) -> None:
    f = "property-rights-exchange"
    ref = f"{SITE}/cqjy/xmgp/list.html"
    pages(
        c,
        f,
        "project-pages",
        lambda: c.pick(
            [
                f"/cqjy/xmgp/list.html?xmlx={c.pick(list(XM_TYPES))}",
                f"/cqjy/xmgp/detail.html?xmbh={xmbh(c)}",
                f"/cqjy/cjgg/detail.html?xmbh={xmbh(c)}",
                "/cqjy/jjdt/index.html",
            ]
        ),
        "http://gzw.shandong.gov.cn/",
    )
    for _ in range(N):
        lo = c.num(1, 500) * 10000
        q = [
            ("xmlx", c.pick(list(XM_TYPES))),
            ("hy", c.pick(["", "C", "F", "G", "K", "L"])),
            ("szd", c.pick(["", *CITIES])),
            ("gpjgMin", lo),
            ("gpjgMax", lo * c.pick([2, 5, 10])),
            ("zt", c.pick(["gpz", "jjz", "ycj"])),
            ("page", c.num(1, 10)),
            ("rows", 20),
        ]
        c.add(f, "project-list-api", "GET", "/cqjy/api/project/list?" + qs(q), web(c, ref))
    for _ in range(N):
        code = uscc(c)
        doc = {
            "xmbh": xmbh(c),
            "yxsrfmc": company(c),
            "tyshxydm": code,
            "fddbr": c.person(),
            "zczb": c.num(100, 50000) * 10000,
            "lxr": c.person(),
            "lxdh": c.mobile(),
            "srtj": "本单位承诺：符合转让公告中载明的受让方资格条件；具有良好的财务状况和支付能力；具有良好的商业信用；"
            "受让资金来源合法；同意按照转让方要求缴纳交易保证金，如违反承诺，保证金不予退还。",
            "lhst": c.chance(0.15),
            "sfcn": True,
        }
        h = web(c, f"{SITE}/cqjy/xmgp/detail.html?xmbh={doc['xmbh']}", "application/json;charset=UTF-8")
        h["Authorization"] = bearer(c, code, CQ_KEY)
        c.add(f, "intent-buyer-register", "POST", "/cqjy/api/srf/register", h, js_json(doc))
    for _ in range(N):
        price = c.num(50, 20000) * 10000
        fields = [
            ("xmbh", xmbh(c)),
            ("gpjg", str(price)),
            ("bzjje", str(price * c.pick([10, 20, 30]) // 100)),
            ("jkrmc", company(c)),
            ("jkzh", corp_account(c)),
            ("jkyh", c.pick(list(BANKS.values()))),
            ("jkfs", c.pick(["wyzf", "yhzz"])),
        ]
        h = jq(c, f"{SITE}/cqjy/bzj/pay.html", session(c, "JSESSIONID"))
        c.add(f, "deposit-payment", "POST", "/cqjy/bzj/create.do", h, form_of(fields))
    for _ in range(N):
        start = c.num(50, 20000) * 10000
        step = c.pick([1000, 5000, 10000, 50000, 100000])
        current = start + step * c.num(0, 40)
        bid = current + step * c.num(1, 3)
        limited = c.chance(0.6)
        t = c.ms()
        doc = {
            "xmbh": xmbh(c),
            "jjh": f"JJ{c.digits(3)}",
            "qpj": start,
            "jjfd": step,
            "dqzgj": current,
            "bjje": bid,
            "bjjd": "xsbj" if limited else "zybj",
            "bjsj": t,
            "xsbjjs": t + 300000 if limited else None,
        }
        h = web(c, f"{SITE}/cqjy/jjdt/room.html?xmbh={doc['xmbh']}", "application/json;charset=UTF-8")
        h["Authorization"] = bearer(c, uscc(c), CQ_KEY)
        c.add(f, "bid-submit", "POST", "/cqjy/api/jj/bid", h, js_json(doc))
    for _ in range(N):
        q = [("xmbh", xmbh(c)), ("lastSeq", c.num(0, 120)), ("_", c.ms())]
        c.add(f, "bid-status-poll", "GET", "/cqjy/api/jj/status?" + qs(q), web(c, f"{SITE}/cqjy/jjdt/room.html"))
    for _ in range(N):
        q = [
            ("xmlx", c.pick(list(XM_TYPES))),
            ("cjrqStart", ymd(c, 0, 100)),
            ("cjrqEnd", ymd(c, 101, 300)),
            ("keyword", c.pick(["", "股权", "房产", "车辆", "设备"])),
            ("page", c.num(1, 5)),
        ]
        c.add(f, "deal-announcement-api", "GET", "/cqjy/api/cjgg/list?" + qs(q), web(c, f"{SITE}/cqjy/cjgg/list.html"))
    for _ in range(N):
        ok = c.chance(0.7)
        doc = {
            "xmbh": xmbh(c),
            "bdmc": c.pick(ASSETS),
            "shjg": "TG" if ok else "BH",
            "shyj": "披露信息完整，评估报告已备案，同意挂牌。"
            if ok
            else c.pick(
                [
                    "请补充上传经济行为决策文件及国资监管机构批准文件。",
                    "资产评估备案表有效期已过，请重新备案后提交。",
                    "受让方资格条件存在指向性，请修改。",
                ]
            ),
            "gpqsr": ymd(c),
            "gpts": c.pick([20, 20, 10]),
            "shr": c.person(),
        }
        h = staff(c, f"{SITE}/cqjy-audit/xm/audit.html", "application/json;charset=UTF-8", session(c))
        c.add(f, "listing-audit-console", "POST", "/cqjy-audit/api/xm/audit", h, js_json(doc))


# --- rural-property-exchange ----------------------------------------------------------------------------------

TOWNS = ["章丘区绣惠街道", "莱西市院上镇", "寿光市稻田镇", "金乡县鸡黍镇", "沂南县铜井镇", "曹县庄寨镇", "平度市南村镇"]
CROPS = ["小麦玉米轮作", "大蒜", "蔬菜大棚", "苹果", "花生", "中药材"]


@family("rural-property-exchange")
def rural_property_exchange(c: Corpus) -> None:
    f = "rural-property-exchange"
    ref = f"{SITE}/nccq/index.html"
    pages(
        c,
        f,
        "portal-page",
        lambda: c.pick(
            [
                "/nccq/index.html",
                f"/nccq/xm/detail.html?id={c.num(10000, 99999)}",
                f"/nccq/xm/list.html?lx={c.pick(['tdjyq', 'lq', 'sm', 'jtzc'])}",
            ]
        ),
        None,
    )
    for _ in range(N):
        area = c.num(50, 3000) / 10
        price = c.num(60, 150) * 10
        years = c.num(3, 15)
        doc = {
            "cbfmc": c.pick(TOWNS) + c.pick(["东", "西", "南", "北", "前", "后"]) + "村股份经济合作社",
            "dkbm": c.pick(COUNTIES) + c.digits(13),
            "mj": area,
            "lzfs": c.pick(["出租", "入股", "其他"]),
            "lzqx": years,
            "gpjg": price,
            "jgdw": "元/亩/年",
            "zje": round(area * price * years, 2),
            "ytxz": c.pick(CROPS),
            "fkfs": c.pick(["一年一付", "三年一付"]),
            "lxr": c.person(),
            "lxdh": c.mobile(),
        }
        h = web(c, ref, "application/json;charset=UTF-8", extra={"token": c.hexs(16)})
        c.add(f, "land-transfer-listing", "POST", "/nccq/api/xm/tdjyq/save", h, js_json(doc))
    for _ in range(N):
        rent = c.num(2, 300) * 1000
        fields = [
            ("cun", c.pick(TOWNS) + c.pick(["张家", "李家", "王庄", "刘集", "高庄"]) + "村"),
            ("zcmc", c.pick(["村办公楼一楼沿街房", "原小学校舍", "集体鱼塘", "村北闲置仓库", "机井及配套设施"])),
            ("mj", str(c.num(50, 5000))),
            ("zj", str(rent)),
            ("qx", str(c.num(1, 10))),
            ("czfs", c.pick(["公开竞价", "协议出租"])),
            ("jbr", c.person()),
            ("bz", c.pick(["经村民代表会议表决通过", "已在村务公开栏公示7天", "承租方需自行办理相关手续"])),
        ]
        h = nav(c, f"{SITE}/nccq/szgl/zccz.jsp", session(c, "JSESSIONID"), "application/x-www-form-urlencoded", 0.0)
        c.add(f, "collective-lease-gbk-form", "POST", "/nccq/szgl/zccz.do?method=save", h, gb_form(fields))
    for _ in range(N):
        kind = c.pick(["lq", "sm"])
        parts = [
            ("lx", kind),
            ("zh", f"鲁({c.pick([2025, 2026])}){c.pick(['沂南', '平度', '寿光', '章丘'])}县不动产权第{c.digits(7)}号"),
            ("mj", str(c.num(10, 2000))),
            ("qx", str(c.num(5, 30))),
            ("ms", c.pick(["以杨树、刺槐为主，林龄约8年", "水库水面，适宜养殖鲢鳙鱼", "经济林，种植板栗、核桃"])),
            ("qzsm", (f"权证_{c.digits(6)}.jpg", "image/jpeg", jpeg(c, c.num(4000, 12000)))),
            ("wzt", (f"位置图_{c.digits(4)}.png", "image/png", png(c, c.num(3000, 8000)))),
        ]
        h, body = upload_xhr(c, f"{SITE}/nccq/xm/lq.html", parts, extra={"token": c.hexs(16)})
        c.add(f, "forest-water-listing", "POST", "/nccq/api/xm/lqsm/save", h, body)
    for _ in range(N):
        area = c.pick(COUNTIES)
        doc = {
            "zzmc": c.pick(TOWNS) + c.pick(["东", "西", "南", "北"]) + "村股份经济合作社",
            "tyshxydm": uscc(c, "N2", area),
            "qhdm": area + c.digits(6),
            "fzr": c.person(),
            "fzrsfz": sd_id(c, 1958, 1990),
            "cyrs": c.num(200, 3000),
            "jtzcze": c.num(10, 5000) * 10000,
            "zcsj": ymd(c, -300, 0),
        }
        h = web(c, f"{SITE}/nccq/jtzz/fm.html", "application/json;charset=UTF-8", extra={"token": c.hexs(16)})
        c.add(f, "village-org-filing", "POST", "/nccq/api/jtzz/register", h, js_json(doc))
    for _ in range(N):
        q = [
            ("lx", c.pick(["tdjyq", "lq", "sm", "jtzc"])),
            ("qhdm", c.pick(COUNTIES)),
            ("mjMin", c.num(0, 50)),
            ("zt", c.pick(["gp", "cj"])),
            ("pageNum", c.num(1, 5)),
            ("pageSize", 10),
        ]
        c.add(f, "listing-search", "GET", "/nccq/api/xm/list?" + qs(q), mp_h(c, "wx2e4a6c8b0d1f3579", None))
    for _ in range(N):
        fields = [
            ("xmid", str(c.num(10000, 99999))),
            ("jzrlx", c.pick(["zrr", "frzz"])),
            ("xm", c.person()),
            ("sfzh", sd_id(c, 1960, 2000)),
            ("lxdh", c.mobile()),
            ("jyyx", c.pick(["种植大蒜和玉米", "建设蔬菜大棚", "发展林下养鸡", "水面养鱼"])),
        ]
        h = jq(c, f"{SITE}/nccq/xm/detail.html", session(c, "JSESSIONID"))
        c.add(f, "bid-register", "POST", "/nccq/jz/bm.do", h, form_of(fields))
    for _ in range(N):
        ok = c.chance(0.75)
        doc = {
            "xmid": c.num(10000, 99999),
            "shjg": "1" if ok else "0",
            "shyj": "村民代表会议决议及公示材料齐全，同意挂牌。"
            if ok
            else c.pick(["缺少村民代表会议决议，请补充。", "地块四至与确权数据不符，请核实。"]),
            "zz": c.pick(TOWNS),
        }
        h = staff(c, f"{SITE}/nccq-admin/xm/audit.html", "application/json;charset=UTF-8", session(c))
        c.add(f, "station-audit-console", "POST", "/nccq-admin/api/xm/audit", h, js_json(doc))


# --- emission-rights-trading ----------------------------------------------------------------------------------

PWQ_KEY = b"sd-pwq-trade-2026"
POLLUTANTS = {"COD": "化学需氧量", "NH3N": "氨氮", "SO2": "二氧化硫", "NOX": "氮氧化物"}


@family("emission-rights-trading")
def emission_rights_trading(c: Corpus) -> None:
    f = "emission-rights-trading"
    pages(
        c,
        f,
        "portal-page",
        lambda: c.pick(["/pwqjy/index.html", "/pwqjy/hq/index.html", f"/pwqjy/gg/{c.num(1000, 9999)}.html"]),
        "http://sthj.shandong.gov.cn/",
    )
    for _ in range(N):
        code = uscc(c)
        parts = [
            ("qymc", company(c, c.pick(["热电有限公司", "化工有限公司", "造纸有限公司", "钢铁有限公司"]))),
            ("tyshxydm", code),
            ("pwxkzh", f"{code}001{c.pick('PVU')}"),
            ("khlx", c.pick(["pwq", "tpf", "ynq"])),
            ("jbr", c.person()),
            ("jbrsfz", sd_id(c, 1965, 2000)),
            ("yyzz", ("营业执照副本.pdf", "application/pdf", pdf_head(c, c.num(2000, 6000)))),
            ("sqs", (f"授权委托书_{c.digits(4)}.jpg", "image/jpeg", jpeg(c, c.num(3000, 9000)))),
        ]
        h, body = upload_xhr(c, f"{SITE}/pwqjy/kh/apply.html", parts)
        c.add(f, "account-open", "POST", "/pwqjy/api/account/open", h, body)
    for _ in range(N):
        qty = c.num(1, 500) * 100  # 千克
        price = c.num(2000, 12000)  # 元/吨
        code = uscc(c)
        doc = {
            "wrw": c.pick(list(POLLUTANTS)),
            "sl": qty / 1000,
            "dw": "吨",
            "dj": price,
            "zj": round(qty / 1000 * price, 2),
            "gpfs": c.pick(["gkgp", "dxgp"]),
            "yxq": ymd(c, 10, 60),
            "cmf": code,
        }
        h = web(c, f"{SITE}/pwqjy/jy/gp.html", "application/json;charset=UTF-8")
        h["Authorization"] = bearer(c, code, PWQ_KEY)
        c.add(f, "listing-order", "POST", "/pwqjy/api/order/listing", h, js_json(doc))
    for _ in range(N):
        qty = c.num(1000, 200000)
        price = c.num(6000, 11000) / 100  # 元/吨 CO2
        seller, buyer = uscc(c), uscc(c)
        doc = {
            "cplx": c.pick(["CEA", "CEA", "CCER"]),
            "mf": seller,
            "mrf": buyer,
            "sl": qty,
            "dj": price,
            "cjje": round(qty * price, 2),
            "jylx": "xyzr",
            "xysj": stamp(c),
        }
        h = web(c, f"{SITE}/pwqjy/tpf/xy.html", "application/json;charset=UTF-8")
        h["Authorization"] = bearer(c, seller, PWQ_KEY)
        c.add(f, "agreement-transfer", "POST", "/pwqjy/api/tpf/agreement", h, js_json(doc))
    for _ in range(N):
        q = [("pz", c.pick(["CEA", "CCER", *POLLUTANTS])), ("rq", ymd(c)), ("zq", c.pick(["d", "w", "m"]))]
        c.add(f, "market-quotes", "GET", "/pwqjy/api/hq/daily?" + qs(q), web(c, f"{SITE}/pwqjy/hq/index.html"))
    for _ in range(N):
        emissions = c.num(50000, 3000000)
        ccer = c.num(0, emissions * 5 // 100)
        code = uscc(c)
        doc = {
            "tyshxydm": code,
            "lynd": c.pick([2025, 2026]),
            "hcpfl": emissions,
            "pe": emissions - ccer,
            "ccer": ccer,
            "qjzl": emissions,
            "lxr": c.person(),
        }
        h = web(c, f"{SITE}/pwqjy/tpf/qj.html", "application/json;charset=UTF-8")
        h["Authorization"] = bearer(c, code, PWQ_KEY)
        c.add(f, "compliance-surrender", "POST", "/pwqjy/api/tpf/surrender", h, js_json(doc))
    for _ in range(N):
        q = [("tyshxydm", uscc(c)), ("nd", c.pick([2026, 2027])), ("dw", "tce")]
        c.add(f, "energy-quota-balance", "GET", "/pwqjy/api/ynq/balance?" + qs(q), mp_h(c, "wx6b8d0f2a4c6e8135", None))
    for _ in range(N):
        doc = {
            "tyshxydm": uscc(c),
            "wrw": c.pick(list(POLLUTANTS)),
            "hdl": c.num(10, 5000) / 10,
            "yj": c.pick(["依据排污许可证许可排放量核定", "依据2025年度执行报告核定", "依据减排工程验收意见核定"]),
            "hdr": c.person(),
        }
        h = staff(c, f"{SITE}/pwq-admin/hd/index.html", "application/json;charset=UTF-8", session(c))
        c.add(f, "quota-verify-console", "POST", "/pwq-admin/api/hd/save", h, js_json(doc))


# --- guidance-fund-service -----------------------------------------------------------------------------------

FUND_KEY = b"sd-yjjj-2026"
TRACKS = ["高端装备", "新一代信息技术", "生物医药", "新能源新材料", "现代海洋", "绿色低碳", "现代高效农业"]
FUNDS = ["山东省新旧动能转换某产业基金", "某市天使投资引导基金", "某科创投资合伙企业（有限合伙）", "某海洋产业基金"]


@family("guidance-fund-service")
def guidance_fund_service(c: Corpus) -> None:
    f = "guidance-fund-service"
    ref = f"{SITE}/yjjj/index.html"
    pages(
        c,
        f,
        "portal-page",
        lambda: c.pick(["/yjjj/index.html", f"/yjjj/jj/detail.html?id={c.num(100, 999)}", "/yjjj/xmsb/guide.html"]),
        None,
    )
    for _ in range(N):
        name = company(c)
        track = c.pick(TRACKS)
        if c.chance(0.5):
            bp = (f"{name}商业计划书.pdf", "application/pdf", pdf_head(c, c.num(6000, 15000)))
        else:
            slides = [f"{name} 商业计划书", f"赛道：{track}", "核心团队与技术", "财务预测与融资计划"]
            bp = (f"{name}BP.pptx", PPTX_CT, pptx(slides))
        parts = [
            ("qymc", name),
            ("tyshxydm", uscc(c)),
            ("hy", track),
            ("rzje", str(c.num(500, 20000))),
            ("gz", str(c.num(5000, 200000))),
            ("rzlc", c.pick(["天使轮", "Pre-A", "A轮", "B轮"])),
            ("bp", bp),
        ]
        h, body = upload_xhr(c, f"{SITE}/yjjj/xmsb/apply.html", parts)
        c.add(f, "project-bp-apply", "POST", "/yjjj/api/xm/apply", h, body)
    for _ in range(N):
        doc = {
            "glrmc": company(c, c.pick(["私募基金管理有限公司", "创业投资管理有限公司"])),
            "tyshxydm": uscc(c),
            "djbh": f"P10{c.num(10000, 99999)}",
            "glgm": c.num(1, 300) * 10000,
            "tdrs": c.num(5, 60),
            "dbxm": [{"xmmc": company(c), "tzje": c.num(500, 10000), "tzsj": ymd(c, -300, 0)} for _ in range(2)],
            "lxr": c.person(),
            "lxdh": c.mobile(),
        }
        h = web(c, f"{SITE}/yjjj/glr/rk.html", "application/json;charset=UTF-8")
        h["Authorization"] = bearer(c, doc["djbh"], FUND_KEY)
        c.add(f, "manager-intake", "POST", "/yjjj/api/glr/register", h, js_json(doc))
    for _ in range(N):
        holdings = [
            {"qymc": company(c), "tyshxydm": uscc(c), "tzje": c.num(100, 8000), "cgbl": c.num(100, 2000) / 100}
            for _ in range(c.num(2, 6))
        ]
        doc = {
            "jjmc": c.pick(FUNDS),
            "bgqj": f"{c.pick([2026, 2027])}Q{c.num(1, 4)}",
            "ljtz": sum(h["tzje"] for h in holdings),
            "dw": "万元",
            "tzmx": holdings,
            "fxts": c.pick(["", "某被投企业因下游需求下滑，营收同比下降，已约谈管理层。"]),
        }
        h = web(c, f"{SITE}/yjjj/thgl/jb.html", "application/json;charset=UTF-8")
        h["Authorization"] = bearer(c, f"P10{c.num(10000, 99999)}", FUND_KEY)
        c.add(f, "quarterly-post-investment", "POST", "/yjjj/api/th/quarterly", h, js_json(doc))
    for _ in range(N):
        q = [("lx", c.pick(["yd", "ts", "cy"])), ("ly", c.pick(["", *TRACKS])), ("page", c.num(1, 4)), ("size", 10)]
        c.add(f, "fund-list-query", "GET", "/yjjj/api/jj/list?" + qs(q), web(c, ref))
    for _ in range(N):
        invest = c.num(100, 2000) * 10000
        loss = c.num(invest // 10, invest)
        fields = [
            ("tzjg", company(c, "创业投资有限公司")),
            ("btqy", company(c)),
            ("tzje", str(invest)),
            ("ssje", str(loss)),
            ("bcbl", "50"),
            ("sqbcje", str(loss // 2)),
            ("tzrq", ymd(c, -300, -30)),
        ]
        h = jq(c, f"{SITE}/yjjj/fxbc/apply.html", session(c, "JSESSIONID"))
        c.add(f, "angel-compensation-apply", "POST", "/yjjj/fxbc/apply.do", h, form_of(fields))
    for _ in range(N):
        doc = {
            "xmid": c.num(1000, 9999),
            "tzr": company(c, "投资管理有限公司"),
            "lxr": c.person(),
            "lxdh": c.mobile(),
            "ly": c.pick(
                [
                    "我们关注该项目的技术路线，希望下周安排线上交流，了解订单和产能规划。",
                    "请提供最近一年的财务报表和股权结构，我方拟参与本轮领投。",
                ]
            ),
        }
        c.add(f, "investor-intent", "POST", "/yjjj/api/xm/intent", mp_h(c, "wx4f6a8c0e2b4d6917"), js_json(doc))
    for _ in range(N):
        ok = c.chance(0.7)
        doc = {
            "djbh": f"P10{c.num(10000, 99999)}",
            "shjg": "RK" if ok else "BH",
            "shyj": "符合管理人入库条件，同意入库。" if ok else "近三年管理规模未达要求，暂不入库。",
            "shr": c.person(),
        }
        h = staff(c, f"{SITE}/yjjj-admin/glr/review.html", "application/json;charset=UTF-8", session(c))
        c.add(f, "manager-review-console", "POST", "/yjjj-admin/api/glr/review", h, js_json(doc))


# --- listing-reserve-equity-market ---------------------------------------------------------------------------

SSHB_KEY = b"sd-sshb-2026"
BOARDS = ["上交所主板", "科创板", "深交所主板", "创业板", "北交所", "区域性股权市场"]


@family("listing-reserve-equity-market")
def listing_reserve_equity_market(c: Corpus) -> None:
    f = "listing-reserve-equity-market"
    pages(
        c,
        f,
        "portal-page",
        lambda: c.pick(["/sshb/index.html", f"/qlgq/gp/{c.num(100000, 999999)}.html", "/qlgq/ly/index.html"]),
        None,
    )
    for _ in range(N):
        code = uscc(c)
        revs = [c.num(5000, 200000) for _ in range(3)]
        doc = {
            "qymc": company(c),
            "tyshxydm": code,
            "nsbk": c.pick(BOARDS),
            "sxjd": c.pick(["培育", "辅导备案", "申报", "在审"]),
            "cwsj": [
                {"nd": 2023 + i, "yysr": r, "jlr": c.num(-r // 20, r // 5), "yfbl": c.num(100, 1500) / 100}
                for i, r in enumerate(revs)
            ],
            "zjjg": {
                "qs": c.pick(["某证券股份有限公司", "某证券有限责任公司"]),
                "kj": "某会计师事务所（特殊普通合伙）",
            },
            "lxr": c.person(),
            "lxdh": c.mobile(),
        }
        h = web(c, f"{SITE}/sshb/tb.html", "application/json;charset=UTF-8")
        h["Authorization"] = bearer(c, code, SSHB_KEY)
        c.add(f, "reserve-enterprise-fill", "POST", "/sshb/api/qy/save", h, js_json(doc))
    for _ in range(N):
        q = [
            ("bk", c.pick(["cxb", "zsb", "kcb"])),
            ("hy", c.pick(["", *TRACKS])),
            ("city", c.pick(["", *CITIES])),
            ("page", c.num(1, 8)),
        ]
        c.add(f, "board-display-list", "GET", "/qlgq/api/gp/list?" + qs(q), web(c, f"{SITE}/qlgq/gp/index.html"))
    for _ in range(N):
        fields = [
            ("lyid", str(c.num(100, 999))),
            ("qymc", company(c)),
            ("lxr", c.person()),
            ("zw", c.pick(["董事长", "总经理", "董事会秘书", "财务总监"])),
            ("lxdh", c.mobile()),
            ("rzxq", str(c.num(1000, 30000))),
        ]
        h = jq(c, f"{SITE}/qlgq/ly/signup.html")
        c.add(f, "roadshow-signup", "POST", "/qlgq/ly/signup.do", h, form_of(fields))
    for _ in range(N):
        code = uscc(c)
        table = [["年度", "营业收入(万元)", "净利润(万元)"]]
        table += [[str(y), str(c.num(5000, 90000)), str(c.num(100, 9000))] for y in (2023, 2024, 2025)]
        parts = [("tyshxydm", code), ("file", (f"财务数据_{code}.xlsx", XLSX_CT, xlsx(table)))]
        h, body = upload_xhr(c, f"{SITE}/sshb/tb.html", parts, extra={"Authorization": bearer(c, code, SSHB_KEY)})
        c.add(f, "finance-data-upload", "POST", "/sshb/api/qy/cw/import", h, body)
    for _ in range(N):
        q = [("qydm", c.num(100000, 999999)), ("_t", c.ms())]
        c.add(f, "enterprise-detail", "GET", "/qlgq/api/gp/detail?" + qs(q), mp_h(c, "wx0a2c4e6b8d1f3570", None))
    for _ in range(N):
        parts = [
            ("lyid", str(c.num(100, 999))),
            ("qymc", company(c)),
            ("video", (f"路演视频_{c.digits(6)}.mp4", "video/mp4", mp4(c, c.num(8000, 20000)))),
        ]
        h, body = upload_xhr(c, f"{SITE}/qlgq/ly/upload.html", parts)
        c.add(f, "roadshow-video-upload", "POST", "/qlgq/api/ly/video", h, body)
    for _ in range(N):
        ok = c.chance(0.7)
        doc = {
            "tyshxydm": uscc(c),
            "shjg": "RK" if ok else "TH",
            "shyj": "符合后备资源库入库标准，同意入库。" if ok else "近三年财务数据未经审计，请补充审计报告。",
            "fj": c.pick(["A", "B", "C"]),
        }
        h = staff(c, f"{SITE}/sshb-admin/qy/audit.html", "application/json;charset=UTF-8", session(c))
        c.add(f, "reserve-audit-console", "POST", "/sshb-admin/api/qy/audit", h, js_json(doc))


# --- illegal-fundraising-report ------------------------------------------------------------------------------

SCHEME_APPS = ["鑫盛财富", "金牛优选", "养老宝", "齐鲁易购商城", "共享农场", "数字藏品星球"]
SCHEME_URLS = [
    "http://h5.xsf-wealth.example.com/invite?code=8K2M",
    "https://app.jnyx-vip.example.net/download.html",
    "http://yanglao-bao.example.cn/#/register",
    "https://www.gongxiangnc.example.top/index.php?m=reg&pid=1093",
]
STORIES = [
    "我母亲今年68岁，{d1}在小区门口被人拉去听“健康养老讲座”，对方说投资“{app}”养老项目，每月返利{r}%，一年保本"
    "还送养老公寓入住资格。母亲先后通过手机银行向对方账户{acct}（户名{n}，开户行{bank}）转账共计{a}元。前三个月"
    "确实每月返了钱，后来APP打不开了，业务员电话{p}也关机了。对方给的下载链接是{url}，现在也访问不了。我们全家都"
    "很着急，这是老人一辈子的积蓄，请政府尽快查处，帮我们追回损失！",
    "{d1}我在抖音上刷到一个“{app}”的广告，说投资认购原始股，年化收益{r}%，还说马上要在香港上市，错过就没机会了。"
    "我加了对方微信，对方发来链接{url}让我注册，我先后转了{a}元到{acct}。后来对方又说要交“上市解冻费”才能提现，"
    "我才意识到可能被骗了。聊天记录里对方原话是“稳赚不赔，公司有国资背景，合同都盖了章”。对方电话{p}。",
    "我们村里有好几十户都参与了“{app}”，说是认养果树，每棵树交{a}元，每年分红{r}%，到期还本。组织的人叫{n}，"
    "说是省里的重点项目，还拿了和领导的合影给大家看。{d1}以后分红就停了，办公室也搬走了。收款账户是{acct}，"
    "宣传册上写着网址{url}。希望有关部门调查一下这个项目是不是合法的。",
    "本人在{d1}被朋友拉进一个微信群，群主每天发“{app}”的收益截图，宣称“日息{r}%，本金随时可取”。我先投了{a}元，"
    "转到对方提供的个人卡{acct}（{bank}）。现在群被解散了，客服电话{p}也打不通，注册网址{url}显示无法访问。",
]
CHATS = [
    "对方：姐，这个项目是有政府背书的，你放心，我自己家里都投了二十万。\n我：那合同呢？\n对方：合同在公司保管，"
    "到期一起给你。",
    "客服：您好，您的账户需要缴纳10%的保证金才能解冻提现。\n我：之前没说过要交钱啊。\n客服：这是平台规定，"
    "不交的话本金也没法退。",
    "业务员：阿姨，名额有限，今天交钱还送一桶油和十斤鸡蛋。\n我母亲：我回去跟儿子商量一下。\n业务员：不用商量，"
    "过了今天就涨价了。",
]
COMPLAINTS = [
    "{d1}我在{firm}借款{a}元，合同约定年利率14.8%，但实际还要每月交“服务费”和“会员费”，折算下来年化超过36%。"
    "我提前还款时对方还要收取剩余本金5%的违约金。请求监管部门核查其收费是否合规。",
    "我在{firm}办理了典当，当物是一辆轿车，当金{a}元。续当时对方说综合费率上调了，和当初说的不一样，"
    "而且当票上的日期被改过。我要求退还多收的费用。",
    "{firm}的催收人员多次给我的亲戚朋友和单位同事打电话，说我欠钱不还，还发短信威胁要上门。我的借款{a}元"
    "只逾期了5天，这种催收方式严重影响了我的生活和工作。",
]


def fill_story(c: Corpus) -> dict:
    return {
        "d1": cn_date(day(c, -300, -20)),
        "app": c.pick(SCHEME_APPS),
        "r": c.pick(["1.5", "2", "3", "5", "0.8", "12", "18", "36"]),
        "acct": luhn_card(c),
        "n": c.person(),
        "bank": c.pick(["农业银行", "工商银行", "邮储银行", "某农商银行"]),
        "a": c.num(3, 500) * 1000,
        "p": c.mobile(),
        "url": c.pick(SCHEME_URLS),
    }


@family("illegal-fundraising-report")
def illegal_fundraising_report(c: Corpus) -> None:
    f = "illegal-fundraising-report"
    ref = f"{SITE}/cfjb/h5/index.html"
    pages(
        c,
        f,
        "risk-notice-page",
        lambda: c.pick(
            [
                "/cfjb/fxts/index.html",
                f"/cfjb/fxts/{c.num(2026, 2027)}{c.num(1, 12):02d}/t{c.digits(8)}_{c.num(100000, 999999)}.html",
                "/cfjb/h5/index.html",
            ]
        ),
        None,
    )
    for _ in range(N):
        fill = fill_story(c)
        doc = {
            "jbrxm": c.person(),
            "jbrsfz": sd_id(c),
            "lxdh": c.mobile(),
            "nm": c.chance(0.3),
            "bjbdx": fill["app"],
            "szd": c.pick(list(CITIES)),
            "sjje": fill["a"],
            "cnsy": f"{fill['r']}%",
            "skzh": [{"zh": fill["acct"], "hm": fill["n"], "khh": fill["bank"]}],
            "wz": [fill["url"]],
            "dh": [fill["p"]],
            "jbnr": c.pick(STORIES).format(**fill),
            "ltjl": c.pick(CHATS),
        }
        h = web(c, ref, "application/json;charset=UTF-8", extra={"X-Token": c.hexs(16)})
        c.add(f, "fundraising-tip-report", "POST", "/cfjb/api/jb/submit", h, js_json(doc))
    for _ in range(N):
        firm = c.pick([loan_firm(c), company(c, "典当有限公司")])
        fields = [
            ("tsr", c.person()),
            ("sfzh", sd_id(c)),
            ("lxdh", c.mobile()),
            ("btsjg", firm),
            ("tslx", c.pick(["收费", "催收", "合同", "信息泄露"])),
            ("tsnr", c.pick(COMPLAINTS).format(d1=cn_date(day(c, -200, -10)), firm=firm, a=c.num(5, 200) * 1000)),
            ("sq", c.pick(["退还多收费用", "停止违规催收", "解除合同", "书面道歉"])),
        ]
        h = jq(c, f"{SITE}/cfjb/ts/index.html")
        c.add(f, "consumer-complaint", "POST", "/cfjb/ts/submit.do", h, form_of(fields))
    for _ in range(N):
        parts = [
            ("jbbh", f"CF{day(c):%Y%m%d}{c.digits(6)}"),
            ("sm", c.pick(["转账记录", "聊天截图", "宣传单", "APP界面"])),
        ]
        for i in range(c.num(1, 3)):
            if c.chance(0.6):
                parts.append(
                    (
                        "files",
                        (f"Screenshot_{day(c):%Y%m%d}_{c.digits(6)}_{i}.png", "image/png", png(c, c.num(4000, 12000))),
                    )
                )
            else:
                parts.append(("files", (f"IMG_{c.digits(8)}.jpg", "image/jpeg", jpeg(c, c.num(4000, 12000)))))
        h, body = upload_xhr(c, ref, parts)
        c.add(f, "evidence-image-upload", "POST", "/cfjb/api/jb/upload", h, body)
    for _ in range(N):
        parts = [
            ("jbbh", f"CF{day(c):%Y%m%d}{c.digits(6)}"),
            ("sm", c.pick(["推介会现场录像", "APP操作录屏", "业务员宣传视频"])),
            ("file", (f"VID_{day(c):%Y%m%d}_{c.digits(6)}.mp4", "video/mp4", mp4(c, c.num(10000, 24000)))),
        ]
        h, body = upload_xhr(c, ref, parts)
        c.add(f, "video-evidence-upload", "POST", "/cfjb/api/jb/upload", h, body)
    for _ in range(N):
        q = [("jbbh", f"CF{day(c):%Y%m%d}{c.digits(6)}"), ("lxdh", c.mobile())]
        c.add(f, "report-progress", "GET", "/cfjb/api/jb/progress?" + qs(q), mp_h(c, "wx7d9f1b3c5e7a0246", None))
    for _ in range(N):
        fields = [
            ("mobile", c.mobile()),
            ("scene", c.pick(["jb", "ts"])),
            ("captcha", c.alnum(4, "2345678abcdefhkmnpr")),
        ]
        c.add(
            f,
            "sms-code",
            "POST",
            "/cfjb/api/sms/send",
            web(c, ref, "application/x-www-form-urlencoded"),
            form_of(fields),
        )
    for _ in range(N):
        doc = {
            "jbbh": f"CF{day(c):%Y%m%d}{c.digits(6)}",
            "czfs": c.pick(["zb", "hc", "yj"]),
            "jsdw": f"{c.pick(list(CITIES.values()))}防范和处置非法集资工作领导小组办公室",
            "blsx": c.pick([7, 15, 30]),
            "yj": c.pick(
                [
                    "线索涉及养老领域非法集资，请属地核查并于15日内反馈。",
                    "与此前线索为同一主体，合并处置。",
                    "涉嫌刑事犯罪，移送公安机关。",
                ]
            ),
        }
        h = staff(c, f"{SITE}/cfjb-admin/xs/index.html", "application/json;charset=UTF-8", session(c))
        c.add(f, "clue-dispatch-console", "POST", "/cfjb-admin/api/xs/dispatch", h, js_json(doc))


# --- inclusive-insurance-enrol --------------------------------------------------------------------------------

HMB_APPID = "wx3a5c7e9b1d2f4680"
HMB_PREMIUM = {"基础版": 59, "升级版": 129}
CROPS_INSURED = {"小麦": (900, 0.05), "玉米": (800, 0.06), "花生": (600, 0.06), "大蒜": (1500, 0.08)}
SUBSIDY = {"zy": 45, "sj": 25, "sxj": 10, "nh": 20}  # 保费 shares, % (中央, 省级, 市县, 农户)
SPECIAL_DRUGS = ["奥希替尼", "帕博利珠单抗", "曲妥珠单抗", "阿来替尼", "信迪利单抗"]


@family("inclusive-insurance-enrol")
def inclusive_insurance_enrol(c: Corpus) -> None:
    f = "inclusive-insurance-enrol"
    ref = f"{SITE}/hmb/h5/index.html"
    pages(
        c,
        f,
        "product-page",
        lambda: c.pick(
            ["/hmb/h5/index.html", "/hmb/h5/tk.html", f"/hmb/h5/index.html?channel={c.pick(['jkyh', 'wx', 'ybj'])}"]
        ),
        None,
    )
    for _ in range(N):
        plan = c.pick(list(HMB_PREMIUM))
        insured = [
            {"xm": c.person(), "sfzh": sd_id(c, 1940, 2024), "gx": r, "ylbx": c.pick(["zgyb", "jmyb"])}
            for r in ["本人", *c.sample(["配偶", "子女", "父母"], c.num(0, 3))]
        ]
        doc = {
            "cpdm": "SDHMB2027",
            "fa": plan,
            "tbr": insured[0]["xm"],
            "tbrsj": c.mobile(),
            "bbxr": insured,
            "dj": HMB_PREMIUM[plan],
            "zbf": HMB_PREMIUM[plan] * len(insured),
            "ybgzzf": c.chance(0.4),
        }
        c.add(
            f,
            "huiminbao-insure",
            "POST",
            "/hmb/api/order/create",
            mp_h(c, HMB_APPID, extra={"X-Token": c.hexs(16)}),
            js_json(doc),
        )
    for _ in range(N):
        fields = [
            ("orderNo", f"HMB{day(c):%Y%m%d}{c.digits(8)}"),
            ("payType", c.pick(["WXPAY", "ALIPAY", "YBGZ"])),
            ("amount", str(c.pick([59, 118, 129, 177, 258]))),
            ("openid", "o" + c.alnum(27)),
        ]
        c.add(
            f,
            "premium-pay-order",
            "POST",
            "/hmb/api/pay/prepay",
            web(c, ref, "application/x-www-form-urlencoded"),
            form_of(fields),
        )
    for _ in range(N):
        parts = [
            ("bdh", f"SD{c.pick([2026, 2027])}{c.digits(12)}"),
            ("cxr", c.person()),
            ("lplx", c.pick(["zyfy", "tyzl", "mzzb"])),
            ("fp", (f"住院发票_{c.digits(4)}.jpg", "image/jpeg", jpeg(c, c.num(4000, 12000)))),
            ("bl", ("出院小结.pdf", "application/pdf", pdf_head(c, c.num(3000, 8000)))),
        ]
        h, body = upload_xhr(c, f"{SITE}/hmb/h5/lp.html", parts, extra={"X-Token": c.hexs(16)})
        c.add(f, "claim-material-upload", "POST", "/hmb/api/claim/upload", h, body)
    for _ in range(N):
        q = [("sfzh", sd_id(c, 1940, 2024)), ("nd", c.pick([2026, 2027]))]
        c.add(
            f,
            "policy-query",
            "GET",
            "/hmb/api/policy/query?" + qs(q),
            mp_h(c, HMB_APPID, None, {"X-Token": c.hexs(16)}),
        )
    for _ in range(N):
        q = [("keyword", c.pick(SPECIAL_DRUGS)), ("nd", 2027)]
        c.add(f, "special-drug-search", "GET", "/hmb/api/drug/search?" + qs(q), web(c, f"{SITE}/hmb/h5/yp.html"))
    for _ in range(N):
        crop = c.pick(list(CROPS_INSURED))
        cover, rate = CROPS_INSURED[crop]
        mu = c.num(2, 600)
        premium_cents = round(mu * cover * rate * 100)
        shares = {k: premium_cents * v // 100 for k, v in SUBSIDY.items() if k != "nh"}
        shares["nh"] = premium_cents - sum(shares.values())  # 农户 自缴: the rest
        doc = {
            "nhxm": c.person(),
            "sfzh": sd_id(c, 1950, 1995),
            "cun": c.pick(TOWNS) + c.pick(["东", "西", "南", "北"]) + "村",
            "zw": crop,
            "mj": mu,
            "dwbe": cover,
            "fl": rate,
            "bf": yuan(premium_cents),
            "bfft": {k: yuan(v) for k, v in shares.items()},
            "yhk": luhn_card(c),
        }
        h = web(c, f"{SITE}/nybx/tb.html", "application/json;charset=UTF-8")
        c.add(f, "agri-crop-enrol", "POST", "/nybx/api/tb/submit", h, js_json(doc))
    for _ in range(N):
        lng, lat = sd_gps(c)
        doc = {
            "bdh": f"NY{c.pick([2026, 2027])}{c.digits(12)}",
            "bazxm": c.person(),
            "lxdh": c.mobile(),
            "cxsj": stamp(c),
            "cxyy": c.pick(["暴雨", "大风倒伏", "冰雹", "干旱", "病虫害"]),
            "ssmj": c.num(1, 300),
            "lng": lng,
            "lat": lat,
            "ms": c.pick(
                ["前天夜里一场大风，地里的玉米倒了一大片，估计有三十多亩。", "冰雹把大棚膜打破了，里面的菜全冻了。"]
            ),
        }
        c.add(f, "agri-claim-report", "POST", "/nybx/api/ba/submit", mp_h(c, "wx9c1e3a5b7d9f2468"), js_json(doc))


# --- receivables-supply-chain-finance ----------------------------------------------------------------------

SCF_APP = "SDZCRZ"
PURCHASERS = ["某市教育局", "某区卫生健康局", "某县人民医院", "某市城市管理局", "某大学", "某区政务服务管理局"]


def contract_no(c: Corpus) -> str:
    """A 政府 采购 合同 编号 as the 山东 采购 平台 numbers it: SDGP + 区划 + 年 + 序号."""
    return f"SDGP{c.pick(COUNTIES)}{c.pick([2026, 2027])}{c.digits(6)}"


@family("receivables-supply-chain-finance")
def receivables_supply_chain_finance(c: Corpus) -> None:
    f = "receivables-supply-chain-finance"
    pages(
        c,
        f,
        "portal-page",
        lambda: c.pick(["/zcrz/index.html", "/zcrz/cp/list.html", f"/zcrz/zn/{c.num(10, 99)}.html"]),
        "http://czt.shandong.gov.cn/",
    )
    for _ in range(N):
        amount = c.num(10, 5000) * 10000
        code = uscc(c)
        doc = {
            "htbh": contract_no(c),
            "cgr": c.pick(PURCHASERS),
            "gys": company(c),
            "gystyshxydm": code,
            "htje": amount,
            "sqje": amount * c.num(30, 90) // 100,
            "sqqx": c.pick([3, 6, 12]),
            "yxyh": c.pick(list(BANKS)),
            "hkzh": corp_account(c),
        }
        h = web(
            c,
            f"{SITE}/zcrz/sq.html",
            "application/json;charset=UTF-8",
            extra={"Authorization": bearer(c, code, b"sd-zcrz")},
        )
        c.add(f, "contract-finance-apply", "POST", "/zcrz/api/rz/apply", h, js_json(doc))
    for _ in range(N):
        items = [
            {"pjh": f"INV{c.digits(10)}", "je": c.num(1, 500) * 1000, "dqr": ymd(c, 30, 300)}
            for _ in range(c.num(1, 5))
        ]
        doc = {
            "djlx": "yszk",
            "czr": company(c),
            "czrdm": uscc(c),
            "zqr": company(c),
            "zqrdm": uscc(c),
            "djqx": c.pick([6, 12, 24]),
            "yszkmx": items,
            "zje": sum(i["je"] for i in items),
            "ms": "应收账款转让（保理）登记",
        }
        h = web(c, f"{SITE}/yszk/dj.html", "application/json;charset=UTF-8", cookie=session(c))
        c.add(f, "receivable-registration", "POST", "/yszk/api/dj/submit", h, js_json(doc))
    for _ in range(N):
        q = [("htbh", contract_no(c)), ("sort", c.pick(["rate", "amount"])), ("_t", c.ms())]
        c.add(f, "bank-quote-list", "GET", "/zcrz/api/bj/list?" + qs(q), web(c, f"{SITE}/zcrz/bj.html"))
    for _ in range(N):
        bank = c.pick(list(BANKS))
        amount = c.num(10, 3000) * 10000
        doc = {
            "sqbh": f"ZR{day(c):%Y%m%d}{c.digits(6)}",
            "yhdm": bank,
            "edje": amount,
            "nhll": round(c.num(300, 420) / 100, 2),
            "qx": c.pick([3, 6, 12]),
            "dbfs": "01",
            "yxq": ymd(c, 10, 40),
        }
        body = js_json(doc)
        c.add(f, "bank-quote-push", "POST", "/zcrz/openapi/quote", signed_post(c, BANK_KEYS[bank], bank, body), body)
    for _ in range(N):
        code = uscc(c)
        parts = [
            ("htbh", contract_no(c)),
            ("gystyshxydm", code),
            ("ht", (f"政府采购合同_{c.digits(6)}.pdf", "application/pdf", pdf_head(c, c.num(5000, 12000)))),
        ]
        if c.chance(0.4):
            parts.append(("zbtzs", ("中标通知书.jpg", "image/jpeg", jpeg(c, c.num(3000, 8000)))))
        h, body = upload_xhr(c, f"{SITE}/zcrz/sq.html", parts, extra={"Authorization": bearer(c, code, b"sd-zcrz")})
        c.add(f, "contract-scan-upload", "POST", "/zcrz/api/rz/attach", h, body)
    for _ in range(N):
        fields = [
            ("htbh", contract_no(c)),
            ("cgr", c.pick(PURCHASERS)),
            ("qrjg", c.pick(["1", "1", "0"])),
            ("hkzh", corp_account(c)),
            ("jbr", c.person()),
        ]
        c.add(
            f,
            "purchaser-confirm",
            "POST",
            "/zcrz/cgr/confirm.do",
            jq(c, f"{SITE}/zcrz/cgr/qr.html", session(c, "JSESSIONID")),
            form_of(fields),
        )
    for _ in range(N):
        q = [("sqbh", f"ZR{day(c):%Y%m%d}{c.digits(6)}")]
        c.add(f, "finance-progress", "GET", "/zcrz/api/rz/progress?" + qs(q), mp_h(c, "wx5b7d9f1a3c5e7024", None))


# --- soe-online-supervision ------------------------------------------------------------------------------------

GZ_KEY = b"sd-gzjg-2026"
DECISION_KINDS = {"zdjc": "重大决策", "zyrs": "重要人事任免", "zdxm": "重大项目安排", "dezj": "大额度资金运作"}
TOPICS = {
    "zdjc": ["关于修订公司章程的议案", "关于2027年度全面预算的议案", "关于所属子公司混合所有制改革方案的议案"],
    "zyrs": ["关于聘任公司副总经理的议案", "关于推荐所属企业董事人选的议案"],
    "zdxm": ["关于投资建设某智能制造产业园项目的议案", "关于收购某新材料公司51%股权的议案"],
    "dezj": ["关于为所属子公司提供3亿元担保的议案", "关于发行5亿元中期票据的议案"],
}


@family("soe-online-supervision")
def soe_online_supervision(c: Corpus) -> None:
    f = "soe-online-supervision"
    ref = f"{SITE}/gzjg/index.html"
    pages(
        c,
        f,
        "enterprise-portal-page",
        lambda: c.pick(["/gzjg/index.html", "/gzjg/login.html", "/gzjg/sz/list.html"]),
        None,
    )
    for _ in range(N):
        kind = c.pick(list(DECISION_KINDS))
        present = c.num(7, 11)
        against = c.num(0, 2)
        abstain = c.num(0, 1)
        doc = {
            "qydm": uscc(c),
            "hylx": c.pick(["dwh", "dsh", "zjlbgh"]),
            "hyrq": ymd(c),
            "sxlb": kind,
            "yt": c.pick(TOPICS[kind]),
            "chrs": present,
            "ty": present - against - abstain,
            "fd": against,
            "qq": abstain,
            "jyjg": "通过" if against * 2 < present else "未通过",
            "jlfj": f"{c.hexs(16)}.pdf",
        }
        h = web(c, ref, "application/json;charset=UTF-8", extra={"Authorization": bearer(c, doc["qydm"], GZ_KEY)})
        c.add(f, "sanzhong-yida-report", "POST", "/gzjg/api/szyd/report", h, js_json(doc))
    for _ in range(N):
        cuts = sorted(c.sample(range(1, 100), c.num(0, 3)))
        shares = [b - a for a, b in zip([0, *cuts], [*cuts, 100], strict=True)]
        doc = {
            "qymc": company(c),
            "tyshxydm": uscc(c),
            "djlx": c.pick(["zy", "bd", "zx"]),
            "zczb": c.num(100, 100000) * 10000,
            "czr": [{"mc": company(c, "投资集团有限公司"), "bl": s} for s in shares],
        }
        h = web(c, ref, "application/json;charset=UTF-8", extra={"Authorization": bearer(c, doc["tyshxydm"], GZ_KEY)})
        c.add(f, "property-registration", "POST", "/gzjg/api/cqdj/submit", h, js_json(doc))
    for _ in range(N):
        code = uscc(c)
        if c.chance(0.5):
            report = ("可行性研究报告.pdf", "application/pdf", pdf_head(c, c.num(6000, 14000)))
        else:
            report = (
                "可行性研究报告.docx",
                DOCX_CT,
                docx(["可行性研究报告", f"项目名称：{c.pick(TOPICS['zdxm'])}", "一、项目概况"]),
            )
        parts = [
            ("qydm", code),
            ("xmmc", c.pick(["某智能制造产业园项目", "某港口码头改扩建工程", "某光伏电站项目"])),
            ("ztz", str(c.num(5000, 500000))),
            ("zyzj", str(c.num(1000, 5000))),
            ("kybg", report),
        ]
        h, body = upload_xhr(c, f"{SITE}/gzjg/tzba.html", parts, extra={"Authorization": bearer(c, code, GZ_KEY)})
        c.add(f, "investment-filing", "POST", "/gzjg/api/tzba/submit", h, body)
    for _ in range(N):
        assets = c.num(10**5, 10**7)
        debt = c.num(assets // 4, assets * 4 // 5)
        doc = {
            "qydm": uscc(c),
            "yf": period(c),
            "zcze": assets,
            "fzze": debt,
            "zcfzl": pct(debt, assets),
            "yysr": c.num(10**4, 10**6),
            "lrze": c.num(-(10**4), 10**5),
            "dw": "万元",
        }
        h = web(c, ref, "application/json;charset=UTF-8", extra={"Authorization": bearer(c, doc["qydm"], GZ_KEY)})
        c.add(f, "monthly-finance-kpi", "POST", "/gzjg/api/cwkb/submit", h, js_json(doc))
    for _ in range(N):
        q = [("zt", c.pick(["db", "yb"])), ("page", c.num(1, 5)), ("size", 10)]
        h = web(c, ref, extra={"Authorization": bearer(c, uscc(c), GZ_KEY)})
        c.add(f, "enterprise-todo-list", "GET", "/gzjg/api/todo/list?" + qs(q), h)
    for _ in range(N):
        q = [
            ("sxlb", c.pick(list(DECISION_KINDS))),
            ("qymc", c.pick(["", "投资集团", "港口", "能源"])),
            ("ksrq", ymd(c, 0, 100)),
            ("jsrq", ymd(c, 101, 300)),
            ("page", c.num(1, 10)),
        ]
        c.add(
            f,
            "review-console-list",
            "GET",
            "/gzw-jg/api/szyd/list?" + qs(q),
            staff(c, f"{SITE}/gzw-jg/index.html", cookie=session(c)),
        )
    for _ in range(N):
        ok = c.chance(0.8)
        doc = {
            "bsid": c.uid(),
            "shjg": "YS" if ok else "TH",
            "yj": "程序合规，材料齐全，已阅。" if ok else "未附会议纪要，请补充上传后重新报送。",
            "shr": c.person(),
        }
        h = staff(c, f"{SITE}/gzw-jg/index.html", "application/json;charset=UTF-8", session(c))
        c.add(f, "review-console-decide", "POST", "/gzw-jg/api/szyd/review", h, js_json(doc))


# --- finance-supervision-workbench -----------------------------------------------------------------------------

INDICATORS = {"bldkl": "不良贷款率", "rzbl": "融资杠杆", "fdbs": "担保放大倍数", "jzl": "集中度", "yqdk": "逾期贷款"}


@family("finance-supervision-workbench")
def finance_supervision_workbench(c: Corpus) -> None:
    f = "finance-supervision-workbench"
    ref = f"{SITE}/jrjg-fxc/index.html"
    for _ in range(N):
        q = [
            ("jglx", c.pick(list(ORG_KINDS))),
            ("city", c.pick(["", *CITIES])),
            ("yjjb", c.pick(["", "red", "orange", "yellow"])),
            ("qj", period(c)),
        ]
        c.add(
            f, "risk-dashboard-query", "GET", "/jrjg-fxc/api/dashboard/warn?" + qs(q), staff(c, ref, cookie=session(c))
        )
    for _ in range(N):
        doc = {
            "zb": c.pick(list(INDICATORS)),
            "wd": c.pick(["city", "org", "month"]),
            "qjStart": "2026-09",
            "qjEnd": period(c),
            "filters": {"jglx": c.pick(list(ORG_KINDS)), "city": c.sample(list(CITIES), c.num(1, 3))},
        }
        c.add(
            f,
            "indicator-drilldown",
            "POST",
            "/jrjg-fxc/api/analysis/drill",
            staff(c, ref, "application/json;charset=UTF-8", session(c)),
            js_json(doc),
        )
    for _ in range(N):
        start = day(c, 0, 250)
        doc = {
            "rwmc": f"{start.year}年度{c.pick(['小额贷款公司', '融资担保公司', '典当行'])}现场检查",
            "jcdx": [uscc(c) for _ in range(c.num(1, 4))],
            "jclx": c.pick(["cg", "zx", "ls"]),
            "kssj": start.isoformat(),
            "jssj": (start + timedelta(days=c.num(3, 20))).isoformat(),
            "jczcy": [c.person() for _ in range(c.num(2, 4))],
            "jcnr": "贷款五级分类真实性、利率及综合融资成本、催收行为合规性",
        }
        c.add(
            f,
            "inspection-task-create",
            "POST",
            "/jrjg-fxc/api/jc/task/create",
            staff(c, ref, "application/json;charset=UTF-8", session(c)),
            js_json(doc),
        )
    for _ in range(N):
        parts = [
            ("rwid", str(c.num(1000, 9999))),
            ("jcdx", uscc(c)),
            ("wt", c.pick(["部分贷款未按规定进行五级分类", "存在向借款人收取咨询费的情形", "档案资料不完整"])),
            ("photo", (f"现场_{c.digits(6)}.jpg", "image/jpeg", jpeg(c, c.num(3000, 9000)))),
        ]
        h, body = staff_upload(c, ref, parts)
        c.add(f, "inspection-record-save", "POST", "/jrjg-fxc/api/jc/record/save", h, body)
    for _ in range(N):
        doc = {
            "jgdm": uscc(c),
            "yjzb": c.pick(list(INDICATORS)),
            "yjjb": c.pick(["red", "orange", "yellow"]),
            "tsh": f"鲁金管风提〔{c.pick([2026, 2027])}〕{c.num(1, 300)}号",
            "yq": "请于收到本提示函之日起10个工作日内报送整改报告。",
        }
        c.add(
            f,
            "warning-dispatch",
            "POST",
            "/jrjg-fxc/api/warn/dispatch",
            staff(c, ref, "application/json;charset=UTF-8", session(c)),
            js_json(doc),
        )
    for _ in range(N):
        code = uscc(c)
        report = docx(
            ["整改报告", f"提示函：鲁金管风提〔2027〕{c.num(1, 300)}号", "一、问题原因分析", "二、整改措施及完成情况"]
        )
        parts = [
            ("jgdm", code),
            ("tsh", f"鲁金管风提〔2027〕{c.num(1, 300)}号"),
            ("file", ("整改报告.docx", DOCX_CT, report)),
        ]
        h, body = upload_xhr(c, f"{SITE}/jrzz/zg.html", parts, extra={"Authorization": bearer(c, code, DFJR_KEY)})
        c.add(f, "rectify-report-upload", "POST", "/jrzz/api/zg/upload", h, body)
    for _ in range(N):
        doc = {
            "ytbh": f"YT{day(c):%Y%m%d}{c.digits(4)}",
            "jgdm": uscc(c),
            "qsr": c.person(),
            "qssj": stamp(c),
            "cjry": [c.person() for _ in range(c.num(1, 3))],
        }
        c.add(f, "interview-receipt-sign", "POST", "/jrzz/api/yt/sign", mp_h(c, "wx1f3b5d7a9c0e2468"), js_json(doc))
    pages(
        c,
        f,
        "risk-alert-page",
        lambda: f"/jrzz/fxts/{c.num(2026, 2027)}{c.num(1, 12):02d}/t{c.digits(8)}_{c.num(100000, 999999)}.html",
        "http://jrj.shandong.gov.cn/",
    )


# --- generation, check and files -----------------------------------------------------------------------------


def gen() -> list[dict]:
    return generate(Corpus(SEED), FAMILIES)


def check(rec: dict) -> list[str]:
    """What is wrong with one record as an HTTP request (empty: nothing): tests/waf/data/corpus_kit.py."""
    return check_record(rec, SOURCES)


if __name__ == "__main__":
    write_corpus(gen(), check, split, TUNING_FILE, HELD_OUT_FILE, len(FAMILIES))
