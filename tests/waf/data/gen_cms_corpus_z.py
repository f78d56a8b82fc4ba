"""Generate corpus Z: a TWENTY-SIXTH set of ordinary requests to Chinese government sites, independent of A-Y.

    python tests/waf/data/gen_cms_corpus_z.py   # writes cms_z_tuning.jsonl and cms_z_heldout.jsonl next to it

Why another corpus: each fresh corpus so far has found kinds of ordinary traffic the earlier ones lacked, and
Z measures the WAF's false positives on traffic no tuning round has seen. Corpus Z is a month of ordinary traffic
to one province's DEVELOPMENT, ENERGY and COMMERCE services on the provincial cloud (河南省 as the model: 发改委
价格 监测, 能源局, 商务厅, 粮食 和 储备局 and the 供热, 供水 and 供电 utilities' public pages), as firms, installers,
households, collectors and market operators use them, and none of A-Y has these kinds (N's utility-billing has
水电燃气 缴费 and 阶梯 试算, M's trade-in-subsidy 以旧换新 and 报废 更新, K's single-window-customs 原产地 证书
申请, L's agri-rural 农产品 价格 行情, J's project-approval 投资 项目; none of those shapes is here): 价格 监测
(采价员 上报 from an App with 环比 % that recompute, 超市 价格 直报 with EAN-13 条码 and 会员价, 成本 调查 户,
明码 标价 投诉, CPI 发布 pages); 分布式 光伏 备案 (户用 and 工商业: 组件 数 × 单块 功率 = 装机 容量 kW, 容配比,
并网 电压 by capacity: ≤ 8 kW 220 V, ≤ 400 kW 380 V, else 10 kV; 上网 电量 × 燃煤 基准 价 0.3779 元/kWh 结算,
逆变器 pushes); 单用途 商业 预付卡 (发卡 企业 备案 with 存管 比例 40%/30%/20% by 集团/品牌/规模, 记名 ≤ 5000 元
and 不记名 ≤ 1000 元, 投诉 with 剩余 次数 and 合同 条款 quoted, 退卡 试算, 季度 报告 that balance); 成品油 (零售
经营 许可 查询 and 申请 with the GB 50156 加油站 等级 from 罐容, 发改 调价 窗口 and 92#/95#/0# 最高 零售 价 in
元/吨 and 元/升, 加油站 油价 直报 under the ceiling); 二手车 and 报废 机动车 (交易 登记 with VIN check digits, 初次
登记 before 交易, 统一 发票 and 大写 金额, 回收 价 = 整备 质量 × 废钢 价, 过户 预约, 估价 by 车龄 月数); 供热 (缴费
= 面积 × 单价, 报停 30% 基本 热费 before the season, 室温 不达标 投诉 with ℃ readings under 18 ℃, 热计量 表 pushes);
供水 (GB 5749-2022 水质 公示 pushes within limits, 停水 订阅, 报装, 自报 读数, 漏水 报修); 外贸 (广交会 报名 with
届次 and 9 ㎡ 展位, 贸易 摩擦 预警 订阅 by 10-digit HS codes, RCEP 原产地 证书 查验, 展会 补贴 with caps, 月度 直报
that sums); 电力 (用电 报装 with voltage by capacity, 分时 电价 试算 峰/平/谷, 有序 用电 方案 pushes, 电费 专票
13%, 需量 申报 ≥ 40% 容量); 粮食 (最低 收购 价 预案, 售粮 预约 with 等级 by 容重 per GB 1351, 水分 扣量 and 结算,
储备 轮换 竞价 报名 with 保证金); 家政 服务 信用 (家政员 档案 with 体检 before 上岗, 合同 months × 工资, 评价); and
油气 管道 保护 (《石油天然气管道保护法》 第三十五条 施工 申请 by distance band, 巡线 tracks, 标志桩, 隐患 报告). The
价格 bases, 调价 窗口 and ceilings, 升/吨 coefficients, 热价, 分时 prices, 保证金 and 补贴 rates, certificate and
permit number patterns are this generator's tables, not published ones. Desktop browsers, 微信 内置 浏览器, mobile
Safari, 小程序, native Apps and back-end platforms send them. ``SOURCES`` names the public material each family's
URLs, parameters, headers and bodies follow; values are generated deterministically (``SEED``); HOST is a
placeholder the evaluation replaces. Where the receiving services check something (身份 证号 and 统一 社会 信用
代码 check characters, VIN and EAN-13 check digits, Luhn bank cards, GB/T 2260 codes, dates in order, time slots
within opening hours, products and sums, tiered and capped amounts, grades from their thresholds, 大写 金额 equal
to the digits, number formats, upload magic bytes) the generator does it for real, so the fast tests can check
the requests the way the receiving servers would. Nothing here is an attack: every value is what the real
service really receives.

Each request is one JSONL record as in corpora A-Y (method, path, headers, body or body_b64) tagged with its
``family``, ``shape``, ``source`` and ``label`` = family/shape, and passes corpus_kit.check_record.

THE SPLIT is corpus_kit.HashSplit's rule with the salt "corpus-z/", decided and written down here before the
corpus was generated and before anything was evaluated (no WAF result on Z was seen by its author; docs/waf.md,
held-out discipline): the three families whose sha256("corpus-z/<family>") hex digests sort first are held out
whole, and no tuning may see them; in every other family a (family, shape) group is held out when
sha256("corpus-z/<family>/<shape>") has a first byte divisible by 4; everything else is the tuning part. Made
once; never re-split, edited or regenerated to pass.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date, datetime, timedelta
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # run as a script from anywhere

from tests.waf.data import gen_cms_corpus_y as corpus_y
from tests.waf.data.corpus_kit import (
    SITE,
    HashSplit,
    check_record,
    family_registry,
    generate,
    part_files,
    write_corpus,
)
from tests.waf.data.gen_cms_corpus_e import JSON_CT, axios, form, jpeg, jq, qs  # E's
from tests.waf.data.gen_cms_corpus_f import pdf_head  # F's
from tests.waf.data.gen_cms_corpus_h import rmb_upper  # H's 大写 金额
from tests.waf.data.gen_cms_corpus_l import app_headers, bank_card, miniprogram  # L's
from tests.waf.data.gen_cms_corpus_m import ean13, upload, vin, web  # M's browser helpers, EAN-13 and VIN
from tests.waf.data.gen_cms_corpus_n import service  # N's back-end client
from tests.waf.data.gen_cms_corpus_q import jq_form  # Q's
from tests.waf.data.gen_cms_corpus_r import beacon, jq_get, page  # R's
from tests.waf.data.gen_cms_corpus_s import okhttp_multipart, wx_h5, wx_nav, wx_upload  # S's
from tests.waf.data.gen_cms_corpus_v import client, open_day  # V's
from tests.waf.data.gen_cms_corpus_w import authed, js_doc, money, ymd_of  # W's
from tests.waf.data.gen_cms_corpus_x import COUNTIES, HN, add_months, address, adult_id, hm, hn_uscc  # X's 河南
from tests.waf.data.gen_cms_corpus_y import cents, near, office_time, prose, slot  # Y's

TUNING_FILE, HELD_OUT_FILE = part_files("z")
SEED = 20300811
SALT = "corpus-z/"

SOURCES = {
    "price-monitoring": "《价格法》, 《价格监测规定》(国家发展改革委令 第1号), 国家 发展 改革委 价格 监测 中心 "
    "农副产品 and 重要 商品 价格 监测 报表 制度 (采价 点, 品种, 规格, 计价 单位, 本期 价格, 环比 %), "
    "《明码标价和禁止价格欺诈规定》(市场监管总局令 第56号), 农产品 成本 调查 (每亩 产量, 产值, 成本) and 省 统计局 CPI "
    "发布 as 省 发展 改革委 价格 监测 平台 runs them: 采价 App 上报, 超市 直报, 日报 and CPI pages, 走势 查询, "
    "监测 点 列表, 成本 调查 户 填报, 价格 投诉, 预警 订阅, beacons",
    "distributed-pv-filing": "《分布式光伏发电开发建设管理办法》(国家能源局 国能发新能规〔2025〕7号: 自然人 户用, "
    "非自然人 户用, 一般 工商业, 大型 工商业), 国家电网 《分布式电源接入电网技术规定》 (8 kW 及 以下 220 V, "
    "8-400 kW 380 V, 400 kW-6 MW 10 kV), 河南 燃煤 发电 基准 价 0.3779 元/kWh and the 省 能源局 分布式 光伏 备案 "
    "and 电网 新能源 云 as they run them: 备案 申请 with 屋顶 照片 and 产权 证明, 备案 查询, 并网 申请, 上网 电费 "
    "结算 单 and 查询, 逆变器 云 数据 pushes, 容量 测算, 安装 商 名录, 政策 pages, beacons",
    "prepaid-card-supervision": "《单用途商业预付卡管理办法（试行）》(商务部令 2012年第9号: 集团 发卡 企业 存管 "
    "资金 不低于 40%, 品牌 30%, 规模 20%; 记名 卡 单 张 限额 5000 元, 不记名 卡 1000 元; 备案, 季度 业务 报告), "
    "《消费者权益保护法》 and 省 商务厅 预付卡 监管 服务 平台 as it runs them: 发卡 企业 备案 with 营业 执照 and "
    "存管 协议, 企业 名录 pages, 投诉 with 合同 条款, 余额 查询, 季度 报告 pushes, 退卡 试算, 风险 提示 and 示范 "
    "合同 PDF, 投诉 进度, 门店 地图",
    "refined-oil-retail": "《成品油市场管理办法》 and 省 商务厅 成品油 零售 经营 批准 (许可 查询, 申请 with 安全 "
    "评价), GB 50156-2021 《汽车加油加气加氢站技术标准》 (加油站 等级 by 罐容: 柴油 罐容 折半 计入, 一级 150-210 m³, "
    "二级 90-150 m³, 三级 ≤ 90 m³), 《石油价格管理办法》 (发改价格规〔2016〕64号: 10 个 工作日 调价 周期, 最高 零售 "
    "价, 汽油 92#/95# and 柴油 0#, 元/吨 and 元/升) as 省 发展 改革委 and 商务厅 run them: 调价 通知 pages, 加油站 "
    "油价 直报, 油价 查询, 调价 日历, 经营 年报, 价格 投诉, 加油站 地图, beacons",
    "used-car-trade": "《二手车流通管理办法》 and 商务部 二手车 交易 登记 (交易 市场 系统 上报, 二手车 销售 统一 "
    "发票 查验), GB 16735 车辆 识别 代号 (VIN check digit), 《报废机动车回收管理办法》(国务院令 第715号) and "
    "《报废机动车回收管理办法实施细则》(商务部令 2020年第2号: 回收 证明, 回收 企业 资质) as 省 商务厅 二手车 and "
    "报废 车 平台 run them: 交易 登记 pushes, 车况 查询, 发票 验真, 报废 申请 from the 回收 App, 回收 证明 查询, "
    "回收 企业 名录, 过户 预约, 估价, 经销 企业 备案, 指南 pages",
    "district-heating": "《城市供热价格管理暂行办法》(发改价格〔2007〕1195号), 居民 室温 不 低于 18 ℃ "
    "(城镇 供热 服务 标准), 报停 收取 基本 热费, CJ/T 188 户用 热量表 数据 (累计 热量 GJ, 流量 m³, 供/回水 温度) as "
    "市 供热 公司 and 住建 部门 public pages run them: 采暖 费 缴纳 from 微信, 报停 申请, 室温 投诉, 热量表 数据 "
    "pushes, 户号 查询, 发票, 供热 通知 pages, 报修 with photos, 热价 查询, beacons",
    "water-supply-service": "GB 5749-2022 《生活饮用水卫生标准》 (浑浊度 ≤ 1 NTU, pH 6.5-8.5, 出厂 游离氯 "
    "0.3-2 mg/L, 菌落 总数 ≤ 100 CFU/mL, 总 大肠 菌群 不得 检出, 耗氧量 ≤ 3 mg/L), 《城市供水条例》 and "
    "《二次供水设施卫生规范》 as 市 供水 公司 runs them: 水质 公示 pages and 检测 数据 pushes, 停水 通知 and 订阅, "
    "用水 报装 with 图纸, 自报 读数, 漏水 报修, 过户, 进度 查询, 二次 供水 清洗 公示",
    "foreign-trade-service": "中国 进出口 商品 交易会 (广交会: 春 秋 两届, 三 期, 标准 展位 9 ㎡) 参展 报名, 商务部 "
    "贸易 救济 调查局 and 中国 贸易 救济 信息网 预警, RCEP 原产地 证书 查验 (海关 and 贸促会 签证), "
    "《外经贸发展专项资金管理办法》 展会 补贴 and 外贸 企业 月度 直报 as 省 商务厅 外贸 平台 runs them: 报名, "
    "订阅, 证书 查验, 预警 and 展会 pages, 补贴 申报 with 发票, 月报 pushes, 企业 名录, 咨询",
    "power-supply-service": "《供电营业规则》(国家发展改革委令 第14号, 2024: 用电 容量 and 供电 电压, 最大 需量 "
    "不 低于 40% 容量), 《关于进一步完善分时电价机制的通知》(发改价格〔2021〕1093号: 峰/平/谷), 《有序用电管理办法》 "
    "and 网上 国网 as the 省 电力 公司 runs it: 用电 报装 and 进度, 分时 电价 试算, 有序 用电 公告 and 方案 "
    "pushes, 增值税 专票 13%, 计划 停电 查询, 需量 申报, 电价 表 pages, beacons",
    "grain-purchase-reserve": "国家 发展 改革委 等 《小麦最低收购价执行预案》 (河南 6 月 1 日 至 9 月 30 日, 三等 "
    "为 基准, 相邻 等级 差价 每 市斤 0.02 元), GB 1351-2008 《小麦》 (容重 g/L: 一等 ≥ 790 … 五等 ≥ 710, 水分 "
    "12.5%), 《中央储备粮管理条例》 and 国家 粮食 交易 中心 轮换 竞价 as 省 粮食 和 物资 储备局 runs them: 预案 "
    "pages, 售粮 预约 from a 小程序, 质检 结果 and 结算 pushes, 竞价 公告 and 报名, 库点 仓容, 价格 查询, 排队,"
    " beacons",
    "housekeeping-credit": "商务部 《家政服务提质扩容“领跑者”行动》 and 家政 服务 信用 信息 平台 (“家政信用查”: "
    "家政员 信用 档案, 上门 服务 证), 《家政服务合同》 示范 文本 and 省 商务厅 as it runs them: "
    "档案 from the 企业 App, 信用 查询, 合同 签订, 培训 报名, 企业 名录 pages, 评价, 体检 证明 uploads, 投诉, "
    "政策 pages, beacons",
    "pipeline-protection": "《中华人民共和国石油天然气管道保护法》 (第三十五条: 穿跨越 管道, 管道 中心线 两侧 各 "
    "5-50 米 内 新建 or 埋设, 两侧 各 200 米 内 爆破 or 钻探 须 申请), 《油气输送管道完整性管理规范》 and 省 能源局 "
    "管道 保护 平台 as it runs them: 施工 申请 with 方案 and 现场 照片, 巡线 App tracks, 标志桩 查询, 隐患 报告, "
    "法规 pages, 管线 地图, 开挖 告知, 应急 演练 pushes, beacons",
}

SPLIT = HashSplit(SALT, SOURCES)  # the rule in the docstring (tests/waf/data/corpus_kit.py)
split, HELD_OUT_FAMILIES = SPLIT.split, SPLIT.held_out_families  # split(reqs): (tuning part, held-out part)


# --- the corpus: Y's (and so X's, W's, … F's), recording Z's sources ---------------------------------------


class Corpus(corpus_y.Corpus):
    """Y's corpus (values, browsers, header order, day(); SourceTagged): requests are tagged with Z's sources."""

    sources = SOURCES


FAMILIES: dict[str, Callable[[Corpus], None]] = {}
family = family_registry(FAMILIES)

N = 13  # requests per (family, shape)
D = Decimal
CENT = Decimal("0.01")


def q2(x: Decimal) -> Decimal:
    return x.quantize(CENT, ROUND_HALF_UP)


def article(c: Corpus, prefix: str, lo: int = -200) -> str:
    """A CMS article path: /prefix/202701/t20270112_123456.html."""
    d = c.day(lo, 0)
    return f"{prefix}/{d:%Y%m}/t{d:%Y%m%d}_{c.num(100000, 999999)}.html"


def navigations(c: Corpus, f: str, shape: str, path: Callable[[], str], ref: str, wx: float = 0.3) -> None:
    """N page loads: a browser (desktop or phone) or 微信's built-in browser from a shared link."""
    for _ in range(N):
        h = wx_nav(c, c.pick([ref, None])) if c.chance(wx) else page(c, c.pick([ref, None]), 0.5)
        c.add(f, shape, "GET", path(), h)


def beacons(c: Corpus, f: str, url: str, pages: list[str], ref: str) -> None:
    for _ in range(N):
        doc = {"page": c.pick(pages), "stay": c.num(1500, 240000), "scroll": c.num(0, 100), "ts": c.ms()}
        c.add(f, "page-beacon", "POST", url, beacon(c, ref, 0.6), js_doc(doc))


# --- price-monitoring --------------------------------------------------------------------------------------

VARIETIES = {  # 品种: (规格, 计价 单位, this generator's base price)
    "大白菜": ("普通", "元/斤", "1.20"),
    "西红柿": ("普通", "元/斤", "3.60"),
    "黄瓜": ("普通", "元/斤", "3.20"),
    "土豆": ("黄心", "元/斤", "1.80"),
    "猪肉": ("精瘦肉", "元/斤", "14.50"),
    "牛肉": ("鲜牛腿肉", "元/斤", "38.00"),
    "鸡蛋": ("散装鲜鸡蛋", "元/斤", "4.60"),
    "大米": ("粳米（一级）", "元/斤", "3.10"),
    "面粉": ("富强粉", "元/斤", "2.60"),
    "花生油": ("压榨一级 5L", "元/桶", "98.00"),
    "白条鸡": ("开膛", "元/斤", "11.50"),
    "草鱼": ("活鱼 1-2 斤/条", "元/斤", "8.50"),
}
MARKETS = [
    "郑州市金水区丰庆路农贸市场",
    "洛阳市涧西区南昌路农贸市场",
    "开封市龙亭区北门农贸市场",
    "新乡市红旗区平原菜市场",
]
STORES = ["丹尼斯（花园路店）", "胖东来（许昌时代广场店）", "大张（洛阳西工店）", "世纪联华（郑东新区店）"]
JGJC_APP = ("cn.gov.hnfgw.jgjc", "3.1.4")  # the 采价 App of 价格 监测 中心
COMPLAINTS_PRICE = [
    "货架上{v}标价 {m} 元/斤，结账时按 {p} 元/斤 收的，小票上写的也是 {p}。问了收银员说“系统还没改过来”。",
    "菜市场{v}摊位的价签写 {m} 元/斤，称完按 {p} 元/斤 算，摊主说价签是昨天的。请核实是否存在价格欺诈。",
    "超市促销牌写“{v} 特价 {m} 元/斤”，实际扫码 {p} 元/斤，差价不大但一天卖那么多，希望处理。",
]
COST_ITEMS = ["种子费", "化肥费", "农药费", "机械作业费", "排灌费", "人工成本", "土地成本"]


def vary(c: Corpus, base: str, spread: int = 150) -> Decimal:
    """A price within ±``spread``‰ of ``base``."""
    return q2(D(base) * (1 + D(c.num(-spread, spread)) / 1000))


def mom_pct(now: Decimal, last: Decimal) -> Decimal:
    """环比 % = (本期 − 上期) / 上期 × 100, two decimals."""
    return q2((now - last) / last * 100)


@family("price-monitoring")
def price_monitoring(c: Corpus) -> None:
    f = "price-monitoring"
    ref = f"{SITE}/fgw/jgjc/index.html"
    for _ in range(N):
        on = open_day(c.day(-30, 0).date())
        county = c.pick(COUNTIES)
        rows = []
        for v in c.sample(list(VARIETIES), c.num(4, 9)):
            spec, unit, base = VARIETIES[v]
            last = vary(c, base)
            now = vary(c, str(last), 60)
            rows.append(
                {
                    "variety": v,
                    "spec": spec,
                    "unit": unit,
                    "price": money(now),
                    "lastPrice": money(last),
                    "momPct": money(mom_pct(now, last)),
                }
            )
        doc = {
            "pointCode": f"{county}{c.digits(3)}",
            "pointName": c.pick(MARKETS),
            "reportDate": ymd_of(on),
            "collector": c.person(),
            "rows": rows,
            "count": len(rows),
            "remark": c.pick(["", "雨天，到货量少"]),
        }
        c.add(
            f, "collector-report", "POST", "/fgw/jgjc/app/api/report", app_headers(c, *JGJC_APP, JSON_CT), js_doc(doc)
        )
    navigations(c, f, "daily-bulletin-page", lambda: article(c, "/fgw/jgjc/rb", -60), ref)
    for _ in range(N):
        end = c.day(-3, 0).date()
        start = end - timedelta(days=c.pick([30, 90, 180, 365]))
        q = [
            ("variety", c.pick(list(VARIETIES))),
            ("city", c.pick(list(corpus_y.CITY_CENTRES))),
            ("cycle", c.pick(["day", "week", "month"])),
            ("startDate", ymd_of(start)),
            ("endDate", ymd_of(end)),
        ]
        c.add(f, "trend-query", "GET", "/fgw/jgjc/api/trend?" + qs(q, axios), client(c, ref, None, 0.3))
    for _ in range(N):
        items = []
        for v in c.sample(list(VARIETIES), c.num(3, 7)):
            spec, unit, base = VARIETIES[v]
            price = vary(c, base)
            items.append(
                {
                    "barcode": ean13("69" + c.digits(10)),
                    "name": f"{v} {spec}",
                    "unit": unit,
                    "price": money(price),
                    "memberPrice": money(price - D(c.num(0, 30)) / 100),
                }
            )
        doc = {
            "storeCode": "HN" + c.digits(6),
            "storeName": c.pick(STORES),
            "date": ymd_of(c.day(-20, 0)),
            "items": items,
        }
        h = service(c, "Apache-HttpClient/4.5.14 (Java/17.0.9)", {"X-Store-Code": doc["storeCode"]})
        c.add(f, "supermarket-push", "POST", "/fgw/jgjc/api/store/push", h, js_doc(doc))
    for _ in range(N):
        v = c.pick([k for k, (_s, unit, _b) in VARIETIES.items() if unit == "元/斤"])
        marked = vary(c, VARIETIES[v][2])
        paid = marked + D(c.num(10, 150)) / 100
        fields = [
            ("type", c.pick(["明码标价", "价格欺诈"])),
            ("merchant", c.pick(STORES + MARKETS)),
            ("marked", str(marked)),
            ("paid", str(paid)),
            ("diff", str(paid - marked)),
            ("content", c.pick(COMPLAINTS_PRICE).format(v=v, m=marked, p=paid)),
            ("mobile", c.mobile()),
        ]
        c.add(
            f,
            "price-complaint",
            "POST",
            "/fgw/jgjc/ts/save.do",
            jq_form(c, f"{SITE}/fgw/jgjc/ts.html", 0.6),
            qs(fields, jq),
        )
    for _ in range(N):
        crop = c.pick(["小麦", "玉米", "花生"])
        yield_kg = c.num(380, 620) if crop != "花生" else c.num(280, 400)
        price_jin = q2(D(c.num(105, 135)) / 100 * (3 if crop == "花生" else 1))
        costs = {k: c.num(20, 180) if k != "土地成本" else c.num(300, 600) for k in COST_ITEMS}
        output = q2(yield_kg * 2 * price_jin)
        doc = {
            "householdNo": f"{c.pick(COUNTIES)}{c.digits(4)}",
            "crop": crop,
            "year": 2026,
            "areaMu": c.num(3, 40),
            "yieldKgPerMu": yield_kg,
            "pricePerJin": money(price_jin),
            "outputPerMu": money(output),
            "costs": costs,
            "totalCost": sum(costs.values()),
            "netPerMu": money(output - sum(costs.values())),
        }
        c.add(
            f,
            "cost-survey",
            "POST",
            "/fgw/jgjc/cbdc/api/save",
            wx_h5(c, JSON_CT, f"{SITE}/fgw/jgjc/cbdc/"),
            js_doc(doc),
        )
    for _ in range(N):
        q = [("region", c.pick(COUNTIES)), ("type", c.pick(["农贸市场", "超市", "批发市场"])), ("page", c.num(1, 3))]
        c.add(f, "monitor-point-list", "GET", "/fgw/jgjc/jcd/list?" + qs(q, jq), jq_get(c, ref, 0.4))
    navigations(c, f, "cpi-release-page", lambda: article(c, "/fgw/jgjc/cpi", -300), ref, 0.5)
    for _ in range(N):
        doc = {
            "varieties": c.sample(list(VARIETIES), c.num(1, 4)),
            "thresholdPct": c.pick([3, 5, 10]),
            "city": c.pick(list(corpus_y.CITY_CENTRES)),
            "notify": "订阅消息",
        }
        c.add(f, "alert-subscribe", "POST", "/fgw/jgjc/mp/api/alert", miniprogram(c, JSON_CT), js_doc(doc))
    beacons(c, f, "/fgw/jgjc/api/stat", ["/fgw/jgjc/index.html", "/fgw/jgjc/rb/"], ref)


# --- distributed-pv-filing ---------------------------------------------------------------------------------

MODULE_WATTS = [440, 550, 580, 610, 640]  # 单块 组件 功率 W
MODULE_AREA = D("2.58")  # ㎡ of one 2278 × 1134 mm module
COAL_BENCHMARK = D("0.3779")  # 河南 燃煤 发电 基准 价, 元/kWh
PV_KINDS = {"自然人户用": (6, 40), "非自然人户用": (20, 120), "一般工商业": (100, 5000)}  # kW ranges here
INSTALLERS = ["河南天辰新能源科技有限公司", "郑州正泰安能电力有限公司", "洛阳晶科光伏电力工程有限公司"]


def grid_voltage(kw: Decimal) -> str:
    """接入 电压 by 装机 容量: 8 kW and less 220 V, to 400 kW 380 V, above 10 kV."""
    return "220V" if kw <= 8 else "380V" if kw <= 400 else "10kV"


def pv_plant(c: Corpus, kind: str) -> dict:
    lo, hi = PV_KINDS[kind]
    watt = c.pick(MODULE_WATTS)
    modules = max(1, c.num(lo * 1000, hi * 1000) // watt)
    kw = D(modules * watt) / 1000
    inverter = q2(kw / (1 + D(c.num(0, 30)) / 100)).quantize(D("0.1"), ROUND_FLOOR)
    return {
        "modules": modules,
        "moduleWatt": watt,
        "capacityKw": float(kw),
        "inverterKw": float(inverter),
        "dcAcRatio": money(kw / inverter),
        "gridVoltage": grid_voltage(kw),
    }


@family("distributed-pv-filing")
def distributed_pv_filing(c: Corpus) -> None:
    f = "distributed-pv-filing"
    ref = f"{SITE}/nyj/gf/index.html"
    for _ in range(N):
        kind = c.pick(list(PV_KINDS))
        plant = pv_plant(c, kind)
        who = ("idNo", adult_id(c, None, 25, 70)) if kind == "自然人户用" else ("uscc", hn_uscc(c, "91"))
        parts = [
            ("kind", kind),
            who,
            (
                "projectName",
                f"{c.person()}家{plant['capacityKw']}kW户用光伏"
                if kind == "自然人户用"
                else f"{c.pick(STORES)}屋顶分布式光伏项目",
            ),
            ("county", c.pick(COUNTIES)),
            ("address", address(c)),
        ]
        parts += [(k, str(v)) for k, v in plant.items()]
        parts += [
            ("installer", c.pick(INSTALLERS)),
            ("roof", (f"IMG_{c.num(1000, 9999)}.jpg", "image/jpeg", jpeg(c, c.num(1200, 2600)))),
            ("property", ("房屋产权证明.pdf", "application/pdf", pdf_head(c, c.num(400, 1100)))),
        ]
        h, body = upload(c, parts, f"{SITE}/nyj/gf/beian.html", 0.3)
        c.add(f, "filing-apply", "POST", "/nyj/gf/api/beian/submit", h, body)
    for _ in range(N):
        q = [("filingNo", f"PV{c.pick(COUNTIES)}{c.day(-300, 0):%Y%m}{c.digits(4)}"), ("_", c.ms())]
        c.add(f, "filing-query", "GET", "/nyj/gf/api/beian/query?" + qs(q, axios), client(c, ref, None, 0.5))
    for _ in range(N):
        plant = pv_plant(c, c.pick(list(PV_KINDS)))
        doc = {
            "accountNo": "41" + c.digits(8),
            "mode": c.pick(["全额上网", "自发自用、余电上网"]),
            **plant,
            "contact": c.person(),
            "mobile": c.mobile(),
        }
        c.add(f, "grid-apply", "POST", "/nyj/gf/api/bw/apply", wx_h5(c, JSON_CT, f"{SITE}/nyj/gf/bw.html"), js_doc(doc))
    for _ in range(N):
        first = add_months(c.day(-300, -60).date().replace(day=1), 0)
        rows = []
        for i in range(c.num(1, 6)):
            kwh = c.num(300, 4800)
            rows.append(
                {
                    "month": f"{add_months(first, i):%Y-%m}",
                    "gridKwh": kwh,
                    "price": float(COAL_BENCHMARK),
                    "amount": money(q2(kwh * COAL_BENCHMARK)),
                }
            )
        doc = {
            "accountNo": "41" + c.digits(8),
            "rows": rows,
            "totalKwh": sum(r["gridKwh"] for r in rows),
            "totalAmount": money(sum(q2(r["gridKwh"] * COAL_BENCHMARK) for r in rows)),
        }
        h = service(c, "Apache-HttpClient/4.5.13 (Java/1.8.0_402)", {"X-Sys-Code": "SGCC-YX"})
        c.add(f, "settlement-statement", "POST", "/nyj/gf/api/js/push", h, js_doc(doc))
    for _ in range(N):
        q = [("accountNo", "41" + c.digits(8)), ("month", f"{c.day(-200, -30):%Y-%m}")]
        c.add(f, "settlement-query", "GET", "/nyj/gf/mp/api/js?" + qs(q, axios), miniprogram(c))
    for _ in range(N):
        day = c.day(-60, 0).date()
        peak = c.num(30, 900) / 10
        points = []
        for hour in range(6, 19):
            kw = round(peak * max(0.0, 1 - abs(hour - 12.5) / 7) * c.num(70, 100) / 100, 2)
            points.append({"t": f"{hour:02d}:00", "kw": kw})
        doc = {
            "sn": "SN" + c.alnum(14, "0123456789ABCDEF"),
            "date": ymd_of(day),
            "inverterKw": peak * 1.1 // 1,
            "points": points,
            "dayKwh": float(sum(D(str(p["kw"])) for p in points)),
        }
        c.add(f, "generation-push", "POST", "/nyj/gf/api/iot/push", service(c, "Go-http-client/1.1"), js_doc(doc))
    navigations(c, f, "policy-page", lambda: article(c, "/nyj/gf/zcwj", -400), ref)
    for _ in range(N):
        q = [("region", c.pick(COUNTIES)), ("keyword", c.pick(["", "光伏", "新能源"])), ("pageNo", c.num(1, 3))]
        c.add(f, "installer-list", "GET", "/nyj/gf/azs/list?" + qs(q, jq), jq_get(c, ref, 0.4))
    for _ in range(N):
        roof = D(c.num(400, 60000)) / 10
        watt = c.pick(MODULE_WATTS)
        modules = int((roof * D("0.7") / MODULE_AREA).to_integral_value(ROUND_FLOOR))
        doc = {
            "roofArea": float(roof),
            "usableRatio": 0.7,
            "moduleArea": float(MODULE_AREA),
            "moduleWatt": watt,
            "modules": modules,
            "capacityKw": float(D(modules * watt) / 1000),
            "roofType": c.pick(["彩钢瓦", "混凝土平顶"]),
        }
        c.add(f, "capacity-calc", "POST", "/nyj/gf/api/calc", client(c, ref, JSON_CT, 0.4), js_doc(doc))
    beacons(c, f, "/nyj/gf/api/stat", ["/nyj/gf/index.html", "/nyj/gf/beian.html"], ref)


# --- prepaid-card-supervision ------------------------------------------------------------------------------

DEPOSIT_RATIO = {"集团发卡企业": D("0.40"), "品牌发卡企业": D("0.30"), "规模发卡企业": D("0.20")}
CARD_LIMIT = {"记名卡": 5000, "不记名卡": 1000}  # 元 a card
CARD_SHOPS = [
    "金水区某健身工作室",
    "二七区“悦享”美容美发店",
    "中原区小天鹅游泳馆",
    "洛龙区童趣英语（培训）",
    "管城区洗衣连锁店",
]
CLAUSES = [
    "《会员服务协议》第七条：“会员卡一经售出，概不退换”",
    "《预付消费合同》第五条：“如因商家原因停业，剩余次数按原价折算退还”",
    "《储值卡章程》第三条：“赠送金额不予退还，充值本金按实际消费扣减后退还”",
]
YFK_APP_REF = f"{SITE}/swt/yfk/index.html"


@family("prepaid-card-supervision")
def prepaid_card_supervision(c: Corpus) -> None:
    f = "prepaid-card-supervision"
    ref = YFK_APP_REF
    for _ in range(N):
        kind = c.pick(list(DEPOSIT_RATIO))
        balance = D(c.num(50, 8000)) * 1000
        parts = [
            ("issuerType", kind),
            ("uscc", hn_uscc(c, "91")),
            ("name", c.pick(CARD_SHOPS) + "有限公司"),
            ("industry", c.pick(["零售业", "住宿和餐饮业", "居民服务业"])),
            ("prevQuarterBalance", str(balance)),
            ("depositRatio", str(DEPOSIT_RATIO[kind])),
            ("depositAmount", str(q2(balance * DEPOSIT_RATIO[kind]))),
            ("bank", c.pick(["中国银行河南省分行", "郑州银行金水支行", "中原银行营业部"])),
            ("license", ("营业执照.jpg", "image/jpeg", jpeg(c, c.num(900, 2000)))),
            ("agreement", ("资金存管协议.pdf", "application/pdf", pdf_head(c, c.num(500, 1200)))),
        ]
        h, body = upload(c, parts, f"{SITE}/swt/yfk/beian.html", 0.1)
        c.add(f, "issuer-filing", "POST", "/swt/yfk/api/beian", h, body)
    for _ in range(N):
        q = [
            ("keyword", c.pick(["", "健身", "美容", "教育", "洗衣"])),
            ("region", c.pick(COUNTIES)),
            ("page", c.num(1, 5)),
        ]
        c.add(f, "issuer-search-page", "GET", "/swt/yfk/fkqy/list.html?" + qs(q, form), page(c, ref, 0.5))
    for _ in range(N):
        card = c.pick(list(CARD_LIMIT))
        total = c.pick([10, 20, 30, 50])
        unit = D(c.pick([30, 45, 60, 88, 98]))
        recharge = min(total * unit, D(CARD_LIMIT[card]))
        total = int(recharge // unit)
        used = c.num(0, total - 1)
        doc = {
            "merchant": c.pick(CARD_SHOPS),
            "cardType": card,
            "recharge": money(recharge),
            "unitPrice": money(unit),
            "totalTimes": total,
            "usedTimes": used,
            "remainingTimes": total - used,
            "remainingValue": money(unit * (total - used)),
            "clause": c.pick(CLAUSES),
            "content": prose(
                c,
                [
                    "商家突然关门，微信群也解散了。",
                    "门口贴了“装修暂停营业”，已经一个多月了。",
                    "打电话给店长一直不接，",
                    "要求退还剩余次数对应的费用。",
                ],
                (2, 4),
            ),
            "mobile": c.mobile(),
        }
        c.add(f, "card-complaint", "POST", "/swt/yfk/api/ts/submit", wx_h5(c, JSON_CT, ref), js_doc(doc))
    for _ in range(N):
        q = [("cardNo", c.digits(16)), ("merchantId", c.num(10000, 99999))]
        c.add(f, "balance-query", "GET", "/swt/yfk/mp/api/card?" + qs(q, axios), miniprogram(c))
    for _ in range(N):
        opening = D(c.num(50, 5000)) * 100
        issued, redeemed = D(c.num(10, 3000)) * 100, D(c.num(10, 3000)) * 100
        redeemed = min(redeemed, opening + issued)
        doc = {
            "uscc": hn_uscc(c, "91"),
            "quarter": f"2026Q{c.num(3, 4)}",
            "opening": money(opening),
            "issued": money(issued),
            "redeemed": money(redeemed),
            "closing": money(opening + issued - redeemed),
            "cards": c.num(20, 3000),
        }
        c.add(
            f,
            "quarterly-report",
            "POST",
            "/swt/yfk/api/report/quarter",
            service(c, "Go-http-client/1.1", {"X-App-Id": "yfk-" + c.digits(6)}),
            js_doc(doc),
        )
    for _ in range(N):
        recharge = D(c.pick([1000, 2000, 3000, 5000]))
        consumed = D(c.num(0, int(recharge) // 10)) * 10
        doc = {
            "recharge": money(recharge),
            "bonus": money(recharge * D("0.2")),
            "consumed": money(consumed),
            "refund": money(recharge - consumed),
            "clause": CLAUSES[2],
        }
        c.add(f, "refund-calc", "POST", "/swt/yfk/api/tk/calc", client(c, ref, JSON_CT, 0.5), js_doc(doc))
    navigations(c, f, "risk-notice-page", lambda: article(c, "/swt/yfk/fxts"), ref)
    navigations(
        c,
        f,
        "model-contract",
        lambda: f"/swt/yfk/files/yfk_hetong_{c.pick(['jianshen', 'meirong', 'jiaoyu'])}_{c.num(2024, 2026)}.pdf",
        ref,
        0.2,
    )
    for _ in range(N):
        q = [("complaintNo", f"YFK{c.day(-40, 0):%Y%m%d}{c.digits(5)}"), ("mobile", c.mobile())]
        c.add(f, "complaint-progress", "GET", "/swt/yfk/ts/progress?" + qs(q, jq), jq_get(c, ref, 0.5))
    for _ in range(N):
        lng, lat = near(c)
        q = [("lng", lng), ("lat", lat), ("radius", c.pick([1000, 3000])), ("industry", c.pick(["", "居民服务业"]))]
        c.add(f, "store-map", "GET", "/swt/yfk/mp/api/stores?" + qs(q, axios), miniprogram(c))


# --- refined-oil-retail ------------------------------------------------------------------------------------

LITRES_PER_TON = {"92#": D(1376), "95#": D(1350), "0#": D(1183)}  # this generator's 升/吨 coefficients
OIL_WINDOWS = [  # 调价 日 (takes effect 24:00): 最高 零售 价 元/吨 for 92#, 95#, 0#
    (date(2026, 11, 4), (9345, 9935, 8355)),
    (date(2026, 11, 18), (9265, 9850, 8280)),
    (date(2026, 12, 2), (9120, 9695, 8140)),
    (date(2026, 12, 16), (9120, 9695, 8140)),
    (date(2026, 12, 30), (9305, 9890, 8320)),
    (date(2027, 1, 14), (9450, 10045, 8455)),
    (date(2027, 1, 28), (9390, 9980, 8400)),
    (date(2027, 2, 11), (9510, 10110, 8515)),
]
OILS = ("92#", "95#", "0#")
STATIONS = [
    "中国石化河南郑州第 62 加油站",
    "中国石油洛阳牡丹加油站",
    "延长壳牌（新乡平原路）加油站",
    "开封市民营宏达加油站",
]


def ceilings(window: date) -> dict[str, dict[str, float]]:
    """The window's 最高 零售 价: {oil: {"perTon": 元/吨, "perLitre": 元/升}}."""
    tons = dict(zip(OILS, dict(OIL_WINDOWS)[window], strict=True))
    return {o: {"perTon": t, "perLitre": money(q2(D(t) / LITRES_PER_TON[o]))} for o, t in tons.items()}


def window_of(d: date) -> date:
    """The 调价 日 whose prices hold on ``d`` (effective the day after)."""
    return max(w for w, _ in OIL_WINDOWS if w < d)


def station_grade(gasoline: int, diesel: int) -> str:
    """GB 50156 加油站 等级: 柴油 罐容 counts half."""
    v = D(gasoline) + D(diesel) / 2
    return "一级" if v > 150 else "二级" if v > 90 else "三级"


@family("refined-oil-retail")
def refined_oil_retail(c: Corpus) -> None:
    f = "refined-oil-retail"
    ref = f"{SITE}/fgw/jgc/cpy/index.html"
    navigations(c, f, "price-notice-page", lambda: article(c, "/fgw/jgc/cpy", -110), ref, 0.4)
    for _ in range(N):
        on = c.day(-100, 0).date()
        window = window_of(on)
        top = ceilings(window)
        prices = {o: money(D(str(top[o]["perLitre"])) - D(c.num(0, 45)) / 100) for o in OILS}
        doc = {
            "stationCode": f"{c.pick(COUNTIES)}{c.digits(4)}",
            "station": c.pick(STATIONS),
            "date": ymd_of(on),
            "window": ymd_of(window),
            "ceiling": top,
            "prices": prices,
            "98#": money(D(c.num(790, 860)) / 100),
        }
        h = service(c, c.pick(["Apache-HttpClient/4.5.14 (Java/11.0.21)", "Go-http-client/1.1"]))
        c.add(f, "station-price-report", "POST", "/swt/cpy/api/price/push", h, js_doc(doc))
    for _ in range(N):
        q = [("region", c.pick(COUNTIES)), ("oil", c.pick(OILS)), ("sort", c.pick(["price", "distance"]))]
        c.add(f, "station-price-list", "GET", "/swt/cpy/api/price/list?" + qs(q, axios), client(c, ref, None, 0.6))
    for _ in range(N):
        q = [("year", c.pick([2026, 2027])), ("_", c.ms())]
        c.add(f, "window-calendar", "GET", "/fgw/jgc/cpy/calendar?" + qs(q, jq), jq_get(c, ref, 0.3))
    for _ in range(N):
        q = [("licenseNo", f"油零售证书第{c.pick(COUNTIES)[:4]}{c.digits(4)}号"), ("name", c.pick(["", "加油站"]))]
        c.add(f, "license-query", "GET", "/swt/cpy/api/xk/query?" + qs(q, axios), client(c, ref, None, 0.3))
    for _ in range(N):
        tanks = [("92#", c.pick([20, 30])), ("95#", c.pick([20, 30])), ("0#", c.pick([30, 40, 50]))]
        tanks += c.sample([("92#", 30), ("0#", 50), ("95#", 20)], c.num(0, 2))
        gasoline = sum(v for o, v in tanks if o != "0#")
        diesel = sum(v for o, v in tanks if o == "0#")
        parts = [
            ("uscc", hn_uscc(c, "91")),
            ("station", c.pick(STATIONS)),
            ("address", address(c)),
            ("tanks", js_doc([{"oil": o, "m3": v} for o, v in tanks])),
            ("gasolineM3", str(gasoline)),
            ("dieselM3", str(diesel)),
            ("grade", station_grade(gasoline, diesel)),
            ("dispensers", str(c.num(2, 8))),
            ("safety", ("安全评价报告.pdf", "application/pdf", pdf_head(c, c.num(800, 1600)))),
            ("site", (f"IMG_{c.num(1000, 9999)}.jpg", "image/jpeg", jpeg(c, c.num(1000, 2400)))),
        ]
        h, body = upload(c, parts, f"{SITE}/swt/cpy/xk/apply.html", 0.1)
        c.add(f, "license-apply", "POST", "/swt/cpy/api/xk/apply", h, body)
    for _ in range(N):
        months = {f"2026-{m:02d}": {o: c.num(40, 400) for o in OILS} for m in range(1, 13)}
        totals = {o: sum(v[o] for v in months.values()) for o in OILS}
        doc = {
            "uscc": hn_uscc(c, "91"),
            "year": 2026,
            "unit": "吨",
            "months": months,
            "totals": totals,
            "total": sum(totals.values()),
        }
        h = authed(web(c, JSON_CT, 0.0, f"{SITE}/swt/cpy/nb/edit.html"), c)
        c.add(f, "annual-report", "POST", "/swt/cpy/api/nb/save", h, js_doc(doc))
    for _ in range(N):
        on = c.day(-60, 0).date()
        oil = c.pick(OILS)
        top = D(str(ceilings(window_of(on))[oil]["perLitre"]))
        paid = top + D(c.num(5, 40)) / 100
        litres = D(c.num(200, 600)) / 10
        fields = [
            ("station", c.pick(STATIONS)),
            ("oil", oil),
            ("date", ymd_of(on)),
            ("paid", str(paid)),
            ("litres", str(litres)),
            ("ceiling", str(top)),
            (
                "content",
                f"{on.month}月{on.day}日在该站加{oil}（{oil}汽油）{litres} 升，单价 {paid} 元/升，"
                f"高于发改委公布的最高零售价 {top} 元/升。小票已拍照保存。",
            ),
            ("mobile", c.mobile()),
        ]
        c.add(f, "overprice-complaint", "POST", "/fgw/jgc/cpy/ts.do", jq_form(c, ref, 0.6), qs(fields, jq))
    for _ in range(N):
        lng, lat = near(c)
        q = [("lng", lng), ("lat", lat), ("oil", c.pick(OILS)), ("brand", c.pick(["", "中国石化", "中国石油"]))]
        c.add(f, "station-map", "GET", "/swt/cpy/mp/api/map?" + qs(q, axios), miniprogram(c))
    beacons(c, f, "/swt/cpy/api/stat", ["/fgw/jgc/cpy/index.html", "/swt/cpy/price.html"], ref)


# --- used-car-trade ----------------------------------------------------------------------------------------

CAR_MODELS = [
    "大众 朗逸 2019款 1.5L 自动舒适版",
    "丰田 卡罗拉 2018款 1.2T CVT 先锋版",
    "比亚迪 秦PLUS DM-i 2021款",
    "本田 雅阁 2017款 260TURBO",
    "五菱 宏光MINIEV 2022款",
    "哈弗 H6 2020款 1.5T 自动",
]
PLATE_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
SCRAP_APP = ("cn.gov.hnswt.bfc", "2.3.0")  # the 报废 车 回收 App of 回收 企业


def plate(c: Corpus) -> str:
    return "豫" + c.pick("ABCDEGHM") + c.alnum(5, PLATE_CHARS)


@family("used-car-trade")
def used_car_trade(c: Corpus) -> None:
    f = "used-car-trade"
    ref = f"{SITE}/swt/escjy/index.html"
    for _ in range(N):
        traded = c.day(-40, 0).date()
        first = traded - timedelta(days=c.num(200, 4000))
        price = D(c.num(150, 2500)) * 100
        on = traded
        doc = {
            "vin": vin(c),
            "plate": plate(c),
            "model": c.pick(CAR_MODELS),
            "firstRegDate": ymd_of(first),
            "tradeDate": ymd_of(traded),
            "mileageKm": c.num(5, 30) * (traded - first).days // 10,
            "price": money(price),
            "priceUpper": rmb_upper(cents(price)),
            "invoiceCode": "141" + c.digits(9),
            "invoiceNo": c.digits(8),
            "seller": adult_id(c, on, 20, 70),
            "buyer": adult_id(c, on, 18, 65),
            "market": c.pick(["郑州市二手车交易市场", "洛阳市瀍河二手车交易中心"]),
        }
        h = service(c, "Apache-HttpClient/4.5.13 (Java/1.8.0_392)", {"X-Market-Code": c.digits(8)})
        c.add(f, "trade-register", "POST", "/swt/escjy/api/trade/push", h, js_doc(doc))
    for _ in range(N):
        q = [("vin", vin(c)), ("_", c.ms())]
        c.add(f, "vehicle-query", "GET", "/swt/escjy/api/vehicle?" + qs(q, axios), client(c, ref, None, 0.5))
    for _ in range(N):
        q = [
            ("fpdm", "141" + c.digits(9)),
            ("fphm", c.digits(8)),
            ("kprq", ymd_of(c.day(-90, 0))),
            ("cjhj", str(D(c.num(150, 2500)) * 100)),
        ]
        c.add(f, "invoice-verify", "GET", "/swt/escjy/fp/verify?" + qs(q, jq), jq_get(c, ref, 0.3))
    for _ in range(N):
        weight = c.num(950, 2100)
        steel = D(c.num(1900, 2600))
        parts = [
            ("vin", vin(c)),
            ("plate", plate(c)),
            ("regDate", ymd_of(c.day(-6000, -3000))),
            ("curbWeightKg", str(weight)),
            ("steelPrice", str(steel)),
            ("recyclePrice", str(q2(D(weight) / 1000 * steel))),
            ("owner", adult_id(c, None, 30, 80)),
            ("front", ("front.jpg", "image/jpeg", jpeg(c, c.num(1500, 3000)))),
            ("back", ("back.jpg", "image/jpeg", jpeg(c, c.num(1500, 3000)))),
            ("xsz", ("xingshizheng.jpg", "image/jpeg", jpeg(c, c.num(800, 1600)))),
        ]
        ctype, body = okhttp_multipart(c, parts)
        c.add(f, "scrap-apply", "POST", "/swt/bfc/app/api/apply", app_headers(c, *SCRAP_APP, ctype), body)
    for _ in range(N):
        q = [("certNo", f"BF{c.pick(COUNTIES)}{c.day(-300, 0):%Y}{c.digits(6)}"), ("vin", vin(c))]
        c.add(f, "scrap-cert-query", "GET", "/swt/bfc/api/cert?" + qs(q, axios), client(c, ref, None, 0.4))
    navigations(
        c,
        f,
        "recycler-list-page",
        lambda: "/swt/bfc/qy/list.html?" + qs([("region", c.pick(COUNTIES)), ("page", c.num(1, 3))], form),
        ref,
    )
    for _ in range(N):
        on = open_day(c.day(1, 14).date())
        doc = {
            "vin": vin(c),
            "plate": plate(c),
            "date": ymd_of(on),
            "slot": slot(c, "09:00", "17:00", 30),
            "hall": c.pick(["郑州市车管所二手车交易服务站", "洛阳市二手车交易市场服务大厅"]),
            "mobile": c.mobile(),
        }
        c.add(f, "transfer-booking", "POST", "/swt/escjy/api/gh/book", wx_h5(c, JSON_CT, ref), js_doc(doc))
    for _ in range(N):
        today = c.day(0, 0).date()
        first = today - timedelta(days=c.num(200, 4000))
        months = (today.year - first.year) * 12 + today.month - first.month - (today.day < first.day)
        doc = {
            "model": c.pick(CAR_MODELS),
            "firstRegDate": ymd_of(first),
            "today": ymd_of(today),
            "ageMonths": months,
            "mileageKm": c.num(1000, 180000),
            "city": c.pick(list(corpus_y.CITY_CENTRES)),
        }
        c.add(f, "price-estimate", "POST", "/swt/escjy/mp/api/estimate", miniprogram(c, JSON_CT), js_doc(doc))
    for _ in range(N):
        parts = [
            ("uscc", hn_uscc(c, "91")),
            ("name", c.pick(["郑州", "洛阳", "新乡"]) + "鑫诚二手车经销有限公司"),
            ("siteAreaM2", str(c.num(500, 8000))),
            ("parking", str(c.num(20, 300))),
            ("lease", ("场地租赁合同.pdf", "application/pdf", pdf_head(c, c.num(600, 1300)))),
        ]
        h, body = upload(c, parts, f"{SITE}/swt/escjy/ba.html", 0.1)
        c.add(f, "dealer-filing", "POST", "/swt/escjy/api/ba/submit", h, body)
    navigations(
        c,
        f,
        "guide-page",
        lambda: c.pick(["/swt/escjy/zn/jy.html", "/swt/bfc/zn/index.html", "/swt/escjy/zn/fp.html"]),
        ref,
        0.5,
    )


# --- district-heating --------------------------------------------------------------------------------------

HEAT_PRICE = {"410100": D("21.60"), "410200": D("20.40"), "410300": D("22.80"), "410700": D("21.00")}  # 元/㎡·季
SEASON = (date(2026, 11, 15), date(2027, 3, 15))
SUSPEND_SHARE = D("0.30")  # 报停 基本 热费
ROOMS = ["客厅", "主卧", "次卧", "书房"]


def heat_account(c: Corpus) -> str:
    return "RL" + c.digits(10)


@family("district-heating")
def district_heating(c: Corpus) -> None:
    f = "district-heating"
    ref = f"{SITE}/gr/index.html"
    for _ in range(N):
        city = c.pick(list(HEAT_PRICE))
        area = D(c.num(4500, 16000)) / 100
        doc = {
            "accountNo": heat_account(c),
            "city": city,
            "season": "2026-2027",
            "areaM2": float(area),
            "unitPrice": float(HEAT_PRICE[city]),
            "amount": money(q2(area * HEAT_PRICE[city])),
            "payChannel": "微信支付",
        }
        c.add(f, "fee-pay", "POST", "/gr/api/fee/pay", wx_h5(c, JSON_CT, ref), js_doc(doc))
    for _ in range(N):
        city = c.pick(list(HEAT_PRICE))
        area = D(c.num(4500, 16000)) / 100
        applied = date(2026, 9, 1) + timedelta(days=c.num(0, 60))
        fields = [
            ("accountNo", heat_account(c)),
            ("city", city),
            ("areaM2", str(area)),
            ("applyDate", ymd_of(applied)),
            ("baseFee", str(q2(area * HEAT_PRICE[city] * SUSPEND_SHARE))),
            ("reason", c.pick(["房屋空置，全家在外地工作", "老人冬季去海南居住", "房屋装修中"])),
            ("mobile", c.mobile()),
        ]
        c.add(f, "suspend-apply", "POST", "/gr/bt/apply.do", jq_form(c, f"{SITE}/gr/bt.html", 0.5), qs(fields, jq))
    for _ in range(N):
        on = date(2026, 11, 20) + timedelta(days=c.num(0, 100))
        start = datetime(on.year, on.month, on.day, c.num(7, 20), c.num(0, 59))
        readings = [
            {"room": r, "temp": c.num(125, 178) / 10, "time": hm(start + timedelta(minutes=5 * i))}
            for i, r in enumerate(c.sample(ROOMS, c.num(2, 4)))
        ]
        doc = {
            "accountNo": heat_account(c),
            "address": address(c),
            "standard": 18,
            "readings": readings,
            "average": float(
                (sum(D(str(r["temp"])) for r in readings) / len(readings)).quantize(D("0.1"), ROUND_HALF_UP)
            ),
            "content": prose(
                c,
                [
                    "家里暖气片摸着只有一点温。",
                    "温度计放在离地 1.5 米处，",
                    "晚上只有 15℃ 左右，",
                    "老人和孩子都冻感冒了，请尽快派人上门检测。",
                ],
                (2, 4),
            ),
            "mobile": c.mobile(),
        }
        c.add(f, "temperature-complaint", "POST", "/gr/api/ts/wd", wx_h5(c, JSON_CT, ref), js_doc(doc))
    for _ in range(N):
        t = datetime(2027, 1, 1, 0, 0) + timedelta(hours=c.num(0, 1200))
        heat, flow = D(c.num(10000, 90000)) / 100, D(c.num(100000, 900000)) / 100
        points = []
        for i in range(c.num(3, 8)):
            supply = c.num(450, 600) / 10
            heat += D(c.num(5, 40)) / 100
            flow += D(c.num(20, 90)) / 100
            points.append(
                {
                    "t": hm(t + timedelta(hours=i)),
                    "heatGJ": float(heat),
                    "flowM3": float(flow),
                    "supplyC": supply,
                    "returnC": round(supply - c.num(50, 150) / 10, 1),
                }
            )
        doc = {
            "meterNo": "HM" + c.digits(12),
            "points": points,
            "deltaGJ": float(D(str(points[-1]["heatGJ"])) - D(str(points[0]["heatGJ"]))),
        }
        c.add(
            f,
            "meter-push",
            "POST",
            "/gr/api/rlb/push",
            service(c, "Go-http-client/1.1", {"X-Gateway": c.digits(6)}),
            js_doc(doc),
        )
    for _ in range(N):
        q = [("accountNo", heat_account(c)), ("season", "2026-2027")]
        c.add(f, "account-query", "GET", "/gr/mp/api/account?" + qs(q, axios), miniprogram(c))
    for _ in range(N):
        q = [("accountNo", heat_account(c)), ("season", c.pick(["2025-2026", "2026-2027"])), ("type", "电子发票")]
        c.add(f, "invoice-list", "GET", "/gr/api/invoice/list?" + qs(q, axios), client(c, ref, None, 0.5))
    navigations(c, f, "notice-page", lambda: article(c, "/gr/tzgg", -150), ref, 0.5)
    for _ in range(N):
        parts = [
            ("accountNo", heat_account(c)),
            ("problem", c.pick(["暖气片漏水", "阀门拧不动", "管道有异响", "暖气不热"])),
            ("address", address(c)),
            ("photo", ("tmp_" + c.alnum(16) + ".jpg", "image/jpeg", jpeg(c, c.num(900, 2000)))),
        ]
        h, body = wx_upload(c, parts)
        c.add(f, "repair-request", "POST", "/gr/mp/api/bx/upload", h, body)
    for _ in range(N):
        q = [("city", c.pick(list(HEAT_PRICE))), ("kind", c.pick(["居民", "非居民"]))]
        c.add(f, "price-standard-query", "GET", "/gr/api/price?" + qs(q, axios), client(c, ref, None, 0.3))
    beacons(c, f, "/gr/api/stat", ["/gr/index.html", "/gr/bt.html"], ref)


# --- water-supply-service ----------------------------------------------------------------------------------

WATER_PLANTS = ["郑州市柿园水厂", "郑州市白庙水厂", "洛阳市王城水厂", "新乡市孟营水厂"]
STREETS_OUT = ["文化路街道", "花园路街道", "丰产路街道", "南阳路街道", "涧西区重庆路街道"]


@family("water-supply-service")
def water_supply_service(c: Corpus) -> None:
    f = "water-supply-service"
    ref = f"{SITE}/gs/index.html"
    navigations(c, f, "quality-page", lambda: article(c, "/gs/szgg", -120), ref)
    for _ in range(N):
        doc = {
            "plant": c.pick(WATER_PLANTS),
            "date": ymd_of(c.day(-30, 0)),
            "point": c.pick(["出厂水", "管网末梢水"]),
            "turbidityNTU": c.num(5, 60) / 100,
            "pH": c.num(68, 82) / 10,
            "colorDegree": c.pick(["<5", "5"]),
            "colonyCFUmL": c.num(0, 30),
            "coliform": "未检出",
            "codMnMgL": c.num(5, 25) / 10,
        }
        doc["chlorineMgL"] = c.num(30, 90) / 100 if doc["point"] == "出厂水" else c.num(5, 60) / 100
        doc["qualified"] = True
        c.add(f, "quality-push", "POST", "/gs/api/sz/push", service(c, "Java/17.0.9"), js_doc(doc))
    for _ in range(N):
        doc = {"areas": c.sample(STREETS_OUT, c.num(1, 3)), "mobile": c.mobile(), "channels": ["订阅消息", "短信"]}
        c.add(f, "outage-subscribe", "POST", "/gs/mp/api/tsdy", miniprogram(c, JSON_CT), js_doc(doc))
    navigations(c, f, "outage-notice-page", lambda: article(c, "/gs/tstz", -40), ref, 0.6)
    for _ in range(N):
        dn = c.pick([15, 20, 25, 50, 100])
        parts = [
            ("applicantType", "单位" if dn >= 50 else "个人"),
            ("usage", c.pick(["居民生活", "非居民", "特种用水"])),
            ("dn", str(dn)),
            ("address", address(c)),
            ("contact", c.person()),
            ("mobile", c.mobile()),
            ("drawing", ("给水平面图.pdf", "application/pdf", pdf_head(c, c.num(600, 1500)))),
            ("site", (f"IMG_{c.num(1000, 9999)}.jpg", "image/jpeg", jpeg(c, c.num(900, 2000)))),
        ]
        h, body = upload(c, parts, f"{SITE}/gs/bz/apply.html", 0.3)
        c.add(f, "connection-apply", "POST", "/gs/api/bz/apply", h, body)
    for _ in range(N):
        last = c.num(100, 3000)
        reading = last + c.num(0, 40)
        doc = {
            "accountNo": "SW" + c.digits(9),
            "lastReading": last,
            "reading": reading,
            "usageM3": reading - last,
            "readDate": ymd_of(c.day(-5, 0)),
        }
        c.add(f, "self-read", "POST", "/gs/mp/api/zb", miniprogram(c, JSON_CT), js_doc(doc))
    for _ in range(N):
        lng, lat = near(c)
        doc = {
            "lng": lng,
            "lat": lat,
            "kind": c.pick(["路面冒水", "井盖漏水", "水表井漏水"]),
            "desc": c.pick(["小区门口路面一直往外冒水，已经流到马路上了。", "水表井里全是水，水表都看不见了。"]),
            "mobile": c.mobile(),
        }
        c.add(f, "leak-report", "POST", "/gs/api/bx/leak", wx_h5(c, JSON_CT, ref), js_doc(doc))
    for _ in range(N):
        fields = [
            ("accountNo", "SW" + c.digits(9)),
            ("newOwner", c.person()),
            ("idNo", adult_id(c, None, 20, 70)),
            ("mobile", c.mobile()),
            ("reason", c.pick(["房屋买卖", "继承", "赠与"])),
        ]
        c.add(f, "name-transfer", "POST", "/gs/gh/apply.do", jq_form(c, f"{SITE}/gs/gh.html", 0.4), qs(fields, jq))
    for _ in range(N):
        q = [("applyNo", f"BZ{c.day(-30, 0):%Y%m%d}{c.digits(4)}"), ("mobile", c.mobile())]
        c.add(f, "progress-query", "GET", "/gs/bz/progress?" + qs(q, jq), jq_get(c, ref, 0.5))
    navigations(
        c,
        f,
        "cleaning-publicity-page",
        lambda: "/gs/ecgs/list.html?" + qs([("district", c.pick(COUNTIES)), ("year", c.pick([2026, 2027]))], form),
        ref,
    )


# --- foreign-trade-service ---------------------------------------------------------------------------------

COUNTRIES = ["US", "DE", "JP", "KR", "VN", "TH", "MY", "ID", "AU", "NZ", "BR", "MX", "IN", "TR", "RU", "GB"]
HS_CODES = [
    "8501310000",
    "8541430000",
    "8703800090",
    "6110200090",
    "9403200000",
    "7318159001",
    "8414591000",
    "0703201000",
    "2008119000",
    "8428909090",
]
PHASES = {1: "电子及家电、照明、新能源", 2: "日用消费品、礼品、家居装饰", 3: "纺织服装、食品、医药保健"}
BOOTH_M2 = 9
FAIR_SUBSIDY = (D("0.5"), D(20000))  # share of the 展位 费 and cap per 展位 (this generator's)


def fair_session(year: int, autumn: bool) -> int:
    """广交会 届次: the 137th was spring 2025, two a year."""
    return 137 + 2 * (year - 2025) + autumn


@family("foreign-trade-service")
def foreign_trade_service(c: Corpus) -> None:
    f = "foreign-trade-service"
    ref = f"{SITE}/swt/wm/index.html"
    for _ in range(N):
        year, autumn = 2027, c.chance(0.5)
        phase = c.num(1, 3)
        booths = c.num(1, 6)
        doc = {
            "session": fair_session(year, autumn),
            "year": year,
            "season": "秋季" if autumn else "春季",
            "phase": phase,
            "category": PHASES[phase],
            "uscc": hn_uscc(c, "91"),
            "booths": booths,
            "boothType": "标准展位",
            "areaM2": booths * BOOTH_M2,
            "exportLastYearUsd": c.num(50, 5000) * 10000,
            "brand": c.chance(0.3),
        }
        h = authed(web(c, JSON_CT, 0.0, f"{SITE}/swt/wm/gjh/apply.html"), c)
        c.add(f, "canton-fair-signup", "POST", "/swt/wm/api/gjh/apply", h, js_doc(doc))
    for _ in range(N):
        doc = {
            "uscc": hn_uscc(c, "91"),
            "hsCodes": c.sample(HS_CODES, c.num(1, 4)),
            "countries": c.sample(COUNTRIES, c.num(1, 5)),
            "email": f"trade{c.digits(4)}@{c.pick(['163.com', 'qq.com'])}",
            "types": c.sample(["反倾销", "反补贴", "保障措施", "337调查"], c.num(1, 3)),
        }
        c.add(f, "remedy-subscribe", "POST", "/swt/wm/api/yj/subscribe", wx_h5(c, JSON_CT, ref), js_doc(doc))
    for _ in range(N):
        issued = c.day(-200, 0).date()
        q = [
            ("certNo", f"R{issued:%y}41{c.digits(9)}"),
            ("issueDate", ymd_of(issued)),
            ("importCountry", c.pick(["JP", "KR", "VN", "TH", "MY", "AU", "NZ", "ID"])),
        ]
        c.add(f, "rcep-co-verify", "GET", "/swt/wm/api/ycd/verify?" + qs(q, axios), client(c, ref, None, 0.2))
    navigations(c, f, "warning-page", lambda: article(c, "/swt/wm/mcyj", -200), ref, 0.2)
    for _ in range(N):
        booths = c.num(1, 4)
        fee = D(c.pick([28000, 32000, 45000])) * booths
        share, cap = FAIR_SUBSIDY
        parts = [
            ("uscc", hn_uscc(c, "91")),
            ("fair", c.pick(["第140届广交会", "2026 德国科隆五金展", "东盟博览会"])),
            ("booths", str(booths)),
            ("boothFee", str(fee)),
            ("subsidy", str(min(fee * share, cap * booths))),
            ("invoice", ("展位费发票.pdf", "application/pdf", pdf_head(c, c.num(300, 800)))),
            ("photo", ("展位照片.jpg", "image/jpeg", jpeg(c, c.num(1200, 2600)))),
        ]
        h, body = upload(c, parts, f"{SITE}/swt/wm/bt/apply.html", 0.1)
        c.add(f, "fair-subsidy-apply", "POST", "/swt/wm/api/bt/apply", h, body)
    for _ in range(N):
        markets = [{"country": k, "usd": c.num(1, 900) * 1000} for k in c.sample(COUNTRIES, c.num(2, 6))]
        doc = {
            "uscc": hn_uscc(c, "91"),
            "month": f"{c.day(-60, -20):%Y-%m}",
            "markets": markets,
            "totalUsd": sum(m["usd"] for m in markets),
        }
        c.add(
            f,
            "monthly-report",
            "POST",
            "/swt/wm/api/yb/push",
            service(c, "Apache-HttpClient/4.5.14 (Java/17.0.9)", {"X-App-Id": "wmzb"}),
            js_doc(doc),
        )
    for _ in range(N):
        q = [("keyword", c.pick(["", "机械", "纺织", "发制品"])), ("hs", c.pick(HS_CODES)), ("page", c.num(1, 4))]
        c.add(f, "exporter-directory", "GET", "/swt/wm/api/ml?" + qs(q, axios), client(c, ref, None, 0.2))
    navigations(
        c,
        f,
        "fair-list-page",
        lambda: "/swt/wm/zh/list.html?" + qs([("year", 2027), ("page", c.num(1, 3))], form),
        ref,
        0.2,
    )
    for _ in range(N):
        fields = [
            ("type", c.pick(["RCEP 关税减让", "出口信保", "展会补贴"])),
            ("company", c.pick(STORES) + "进出口公司"),
            (
                "content",
                c.pick(
                    [
                        "请问 RCEP 项下出口日本的 HS 8501310000 电机，第几年关税降到 0？",
                        "我们首次参加广交会（第141届），标准展位 9 ㎡ 能否申请补贴？需要哪些材料？",
                    ]
                ),
            ),
            ("mobile", c.mobile()),
        ]
        c.add(f, "consult-message", "POST", "/swt/wm/zx/save.do", jq_form(c, ref, 0.3), qs(fields, jq))
    beacons(c, f, "/swt/wm/api/stat", ["/swt/wm/index.html", "/swt/wm/gjh/apply.html"], ref)


# --- power-supply-service ----------------------------------------------------------------------------------

TOU_PRICES = {"peak": D("0.8945"), "flat": D("0.5963"), "valley": D("0.2981")}  # 元/kWh, this generator's
VAT = D("0.13")


def supply_voltage(kind: str, kw: int) -> str:
    """供电 电压: 居民 10 kW and less 220 V; otherwise under 160 kW 380 V, else 10 kV."""
    return "220V" if kind == "居民" and kw <= 10 else "380V" if kw < 160 else "10kV"


@family("power-supply-service")
def power_supply_service(c: Corpus) -> None:
    f = "power-supply-service"
    ref = f"{SITE}/dl/index.html"
    for _ in range(N):
        kind = c.pick(["居民", "非居民"])
        kw = c.num(4, 12) if kind == "居民" else c.pick([50, 100, 160, 250, 400, 630])
        doc = {
            "kind": kind,
            "capacityKw": kw,
            "voltage": supply_voltage(kind, kw),
            "address": address(c),
            "idNo" if kind == "居民" else "uscc": adult_id(c) if kind == "居民" else hn_uscc(c, "91"),
            "mobile": c.mobile(),
        }
        c.add(f, "connection-apply", "POST", "/dl/api/bz/apply", wx_h5(c, JSON_CT, ref), js_doc(doc))
    for _ in range(N):
        q = [("applyNo", f"BZ41{c.day(-30, 0):%Y%m%d}{c.digits(5)}")]
        c.add(f, "connection-progress", "GET", "/dl/mp/api/bz/progress?" + qs(q, axios), miniprogram(c))
    for _ in range(N):
        kwh = {k: c.num(50, 3000) for k in TOU_PRICES}
        amounts = {k: money(q2(kwh[k] * TOU_PRICES[k])) for k in TOU_PRICES}
        doc = {
            "kwh": kwh,
            "prices": {k: float(v) for k, v in TOU_PRICES.items()},
            "amounts": amounts,
            "totalKwh": sum(kwh.values()),
            "total": money(sum(q2(kwh[k] * TOU_PRICES[k]) for k in TOU_PRICES)),
        }
        c.add(f, "tou-calc", "POST", "/dl/api/fs/calc", client(c, ref, JSON_CT, 0.4), js_doc(doc))
    navigations(c, f, "orderly-notice-page", lambda: article(c, "/dl/yxyd", -200), ref)
    for _ in range(N):
        on = c.day(-30, 0).date()
        start = c.num(8, 16)
        slots = [f"{h:02d}:00-{h + 1:02d}:00" for h in range(start, start + c.num(1, 4))]
        firms = [{"uscc": hn_uscc(c, "91"), "cutKw": c.num(50, 3000)} for _ in range(c.num(2, 6))]
        doc = {
            "date": ymd_of(on),
            "level": c.pick(["蓝色", "黄色", "橙色"]),
            "slots": slots,
            "firms": firms,
            "totalCutKw": sum(x["cutKw"] for x in firms),
        }
        c.add(f, "orderly-plan-push", "POST", "/dl/api/yxyd/push", service(c, "Go-http-client/1.1"), js_doc(doc))
    for _ in range(N):
        net = D(c.num(100000, 9000000)) / 100
        tax = q2(net * VAT)
        fields = [
            ("accountNo", "41" + c.digits(8)),
            ("uscc", hn_uscc(c, "91")),
            ("month", f"{c.day(-90, -20):%Y-%m}"),
            ("net", str(net)),
            ("tax", str(tax)),
            ("total", str(net + tax)),
            ("type", "增值税专用发票"),
        ]
        c.add(f, "invoice-apply", "POST", "/dl/fp/apply.do", jq_form(c, f"{SITE}/dl/fp.html", 0.1), qs(fields, jq))
    for _ in range(N):
        d0 = c.day(0, 10).date()
        q = [("region", c.pick(COUNTIES)), ("start", ymd_of(d0)), ("end", ymd_of(d0 + timedelta(days=c.num(1, 7))))]
        c.add(f, "outage-query", "GET", "/dl/api/tdxx?" + qs(q, axios), client(c, ref, None, 0.5))
    for _ in range(N):
        cap = c.pick([315, 400, 630, 800, 1250, 2000])
        doc = {
            "accountNo": "41" + c.digits(8),
            "capacityKva": cap,
            "month": f"{c.day(5, 40):%Y-%m}",
            "declaredKw": c.num(cap * 2 // 5 + 1, cap),
            "uscc": hn_uscc(c, "91"),
        }
        c.add(f, "demand-declare", "POST", "/dl/api/xl/declare", authed(web(c, JSON_CT, 0.0, ref), c), js_doc(doc))
    navigations(c, f, "rate-table-page", lambda: c.pick(["/dl/djb/index.html", "/dl/djb/fsdj.html"]), ref, 0.4)
    beacons(c, f, "/dl/api/stat", ["/dl/index.html", "/dl/fs/calc.html"], ref)


# --- grain-purchase-reserve --------------------------------------------------------------------------------

WHEAT_PRICE = {"一等": D(123), "二等": D(121), "三等": D(119), "四等": D(117), "五等": D(115)}  # 元/50 公斤
TEST_WEIGHT = [("一等", 790), ("二等", 770), ("三等", 750), ("四等", 730), ("五等", 710)]  # GB 1351 容重 g/L
MOISTURE = D("12.5")
WHEAT_SEASON = (date(2026, 6, 1), date(2026, 9, 30))
DEPOTS = ["中储粮郑州直属库", "中储粮周口直属库（西华库区）", "河南省粮食储备库驻马店分库", "中储粮商丘直属库"]
DEPOSIT_PER_TON = D(100)  # 竞价 保证金 元/吨 (this generator's)


def wheat_grade(test_weight: int) -> str | None:
    return next((g for g, lo in TEST_WEIGHT if test_weight >= lo), None)


def deduct_pct(moisture: Decimal) -> Decimal:
    """水分 above 12.5%: 扣量 1.5% for each percentage point (0.75% each 0.5)."""
    return q2(max(D(0), moisture - MOISTURE) * D("1.5"))


@family("grain-purchase-reserve")
def grain_purchase_reserve(c: Corpus) -> None:
    f = "grain-purchase-reserve"
    ref = f"{SITE}/lsj/index.html"
    navigations(c, f, "min-price-plan-page", lambda: article(c, "/lsj/zcfb", -300), ref)
    for _ in range(N):
        on = open_day(WHEAT_SEASON[0] + timedelta(days=c.num(0, 110)), ())
        grade = c.pick(list(WHEAT_PRICE)[:4])
        doc = {
            "variety": "小麦",
            "depot": c.pick(DEPOTS),
            "date": ymd_of(on),
            "slot": slot(c, "08:00", "18:00", 60),
            "tons": c.num(5, 600) / 10,
            "moisturePct": c.num(110, 135) / 10,
            "grade": grade,
            "pricePer50kg": float(WHEAT_PRICE[grade]),
            "idNo": adult_id(c, on, 25, 70),
            "plate": plate(c),
        }
        c.add(f, "sale-booking", "POST", "/lsj/mp/api/yy", miniprogram(c, JSON_CT), js_doc(doc))
    for _ in range(N):
        tw = c.num(715, 812)
        doc = {
            "sampleNo": f"ZJ{c.digits(10)}",
            "depot": c.pick(DEPOTS),
            "testWeightGL": tw,
            "grade": wheat_grade(tw),
            "moisturePct": c.num(110, 135) / 10,
            "impurityPct": c.num(3, 10) / 10,
            "imperfectPct": c.num(10, 80) / 10,
        }
        c.add(f, "quality-result-push", "POST", "/lsj/api/zj/push", service(c, "Java/1.8.0_392"), js_doc(doc))
    for _ in range(N):
        gross, tare = c.num(15000, 48000), c.num(8000, 14000)
        net = gross - tare
        moisture = D(c.num(110, 140)) / 10
        grade = c.pick(list(WHEAT_PRICE))
        settle = int((D(net) * (1 - deduct_pct(moisture) / 100)).to_integral_value(ROUND_HALF_UP))
        doc = {
            "ticketNo": c.digits(12),
            "grossKg": gross,
            "tareKg": tare,
            "netKg": net,
            "moisturePct": float(moisture),
            "deductPct": float(deduct_pct(moisture)),
            "settleKg": settle,
            "grade": grade,
            "pricePer50kg": float(WHEAT_PRICE[grade]),
            "amount": money(q2(D(settle) / 50 * WHEAT_PRICE[grade])),
            "bankCard": bank_card(c),
        }
        c.add(f, "settlement-push", "POST", "/lsj/api/js/push", service(c, "Go-http-client/1.1"), js_doc(doc))
    navigations(c, f, "auction-notice-page", lambda: article(c, "/lsj/jjgg", -90), ref, 0.2)
    for _ in range(N):
        lots = [(f"HN{c.digits(8)}", c.num(500, 5000)) for _ in range(c.num(1, 4))]
        tons = sum(t for _n, t in lots)
        parts = [
            ("uscc", hn_uscc(c, "91")),
            ("lots", ",".join(n for n, _t in lots)),
            ("lotTons", ",".join(str(t) for _n, t in lots)),
            ("tons", str(tons)),
            ("deposit", str(DEPOSIT_PER_TON * tons)),
            ("license", ("营业执照.jpg", "image/jpeg", jpeg(c, c.num(900, 2000)))),
            ("letter", ("竞买承诺书.pdf", "application/pdf", pdf_head(c, c.num(300, 700)))),
        ]
        h, body = upload(c, parts, f"{SITE}/lsj/jj/apply.html", 0.1)
        c.add(f, "auction-signup", "POST", "/lsj/api/jj/apply", h, body)
    for _ in range(N):
        q = [("region", c.pick(COUNTIES)), ("variety", c.pick(["小麦", "玉米", "稻谷"]))]
        c.add(f, "depot-capacity", "GET", "/lsj/api/kd/cap?" + qs(q, axios), client(c, ref, None, 0.5))
    for _ in range(N):
        q = [("variety", c.pick(["小麦", "中晚籼稻"])), ("year", c.pick([2025, 2026, 2027]))]
        c.add(f, "price-query", "GET", "/lsj/zdsgj/query?" + qs(q, jq), jq_get(c, ref, 0.4))
    for _ in range(N):
        q = [("depotId", c.num(100, 199)), ("bookNo", f"YY{c.digits(10)}")]
        c.add(f, "queue-status", "GET", "/lsj/mp/api/queue?" + qs(q, axios), miniprogram(c))
    beacons(c, f, "/lsj/api/stat", ["/lsj/index.html", "/lsj/jjgg/"], ref)


# --- housekeeping-credit -----------------------------------------------------------------------------------

JZ_APP = ("cn.gov.hnswt.jzxy", "1.9.2")  # the 家政 企业 App
JZ_SERVICES = {"育婴员": 6500, "养老护理员": 5200, "保洁员": 4200, "母婴护理员（月嫂）": 12800}  # 元/月 typical
JZ_COMPLAINTS = [
    "阿姨上户第三天就说家里有事要走，中介费 1500 元不给退，合同上写的是“试工期内可免费更换”。",
    "月嫂证书写的是“高级母婴护理员”，但实际连新生儿脐带护理都不会，要求更换并退还差价。",
    "家政公司收了一年服务费，三个月后换人换了四次，现在直接联系不上。",
]


@family("housekeeping-credit")
def housekeeping_credit(c: Corpus) -> None:
    f = "housekeeping-credit"
    ref = f"{SITE}/swt/jz/index.html"
    for _ in range(N):
        on = c.day(-60, 0).date()
        checked = on - timedelta(days=c.num(1, 300))
        doc = {
            "idNo": adult_id(c, on, 20, 60),
            "name": c.person(),
            "kind": c.pick(list(JZ_SERVICES)),
            "healthCheckDate": ymd_of(checked),
            "onboardDate": ymd_of(on),
            "company": hn_uscc(c, "91"),
            "skills": c.sample(["辅食制作", "婴儿抚触", "老人助浴", "收纳整理", "中式面点"], c.num(1, 3)),
        }
        c.add(f, "worker-record", "POST", "/swt/jz/app/api/worker", app_headers(c, *JZ_APP, JSON_CT), js_doc(doc))
    for _ in range(N):
        q = [("workerNo", f"JZ41{c.digits(12)}")]
        c.add(f, "credit-query", "GET", "/swt/jz/mp/api/credit?" + qs(q, axios), miniprogram(c))
    for _ in range(N):
        kind = c.pick(list(JZ_SERVICES))
        wage = D(JZ_SERVICES[kind] + c.num(-10, 20) * 100)
        months = c.pick([1, 3, 6, 12])
        start = c.day(1, 20).date()
        doc = {
            "kind": kind,
            "monthlyWage": money(wage),
            "months": months,
            "total": money(wage * months),
            "start": ymd_of(start),
            "end": ymd_of(add_months(start, months) - timedelta(days=1)),
            "employer": c.person(),
            "workerNo": f"JZ41{c.digits(12)}",
            "template": "《家政服务合同》（示范文本）",
        }
        c.add(f, "contract-sign", "POST", "/swt/jz/api/ht/sign", wx_h5(c, JSON_CT, ref), js_doc(doc))
    for _ in range(N):
        fields = [
            ("name", c.person()),
            ("idNo", adult_id(c, None, 20, 55)),
            ("course", c.pick(list(JZ_SERVICES))),
            ("mobile", c.mobile()),
            ("session", f"2027年第{c.num(1, 6)}期"),
        ]
        c.add(
            f, "training-signup", "POST", "/swt/jz/px/bm.do", jq_form(c, f"{SITE}/swt/jz/px.html", 0.6), qs(fields, jq)
        )
    navigations(
        c,
        f,
        "company-list-page",
        lambda: "/swt/jz/qy/list.html?" + qs([("region", c.pick(COUNTIES)), ("star", c.pick(["", "5", "4"]))], form),
        ref,
        0.5,
    )
    for _ in range(N):
        doc = {
            "workerNo": f"JZ41{c.digits(12)}",
            "stars": c.num(2, 5),
            "tags": c.sample(["守时", "干净", "有耐心"], 2),
            "content": c.pick(["阿姨做饭很好吃，孩子很喜欢她！", "总体还行，就是有时候玩手机。", ""]),
        }
        c.add(f, "review", "POST", "/swt/jz/mp/api/review", miniprogram(c, JSON_CT), js_doc(doc))
    for _ in range(N):
        parts = [
            ("workerNo", f"JZ41{c.digits(12)}"),
            ("checkDate", ymd_of(c.day(-30, 0))),
            ("file", ("tmp_" + c.alnum(16) + ".jpg", "image/jpeg", jpeg(c, c.num(900, 2000)))),
        ]
        h, body = wx_upload(c, parts)
        c.add(f, "health-cert-upload", "POST", "/swt/jz/mp/api/tj/upload", h, body)
    for _ in range(N):
        doc = {
            "company": c.pick(["郑州好阿姨家政服务有限公司", "洛阳巾帼家政服务中心"]),
            "content": c.pick(JZ_COMPLAINTS),
            "amount": c.num(5, 150) * 100,
            "mobile": c.mobile(),
        }
        c.add(f, "complaint", "POST", "/swt/jz/api/ts", wx_h5(c, JSON_CT, ref), js_doc(doc))
    navigations(c, f, "policy-page", lambda: article(c, "/swt/jz/zc", -400), ref)
    beacons(c, f, "/swt/jz/api/stat", ["/swt/jz/index.html", "/swt/jz/qy/list.html"], ref)


# --- pipeline-protection -----------------------------------------------------------------------------------

WORKS = {  # 第三十五条 施工 类型: distance band from the 管道 中心线 (m)
    "穿跨越管道施工": (0, 0),
    "新建改建扩建道路、河渠或埋设电缆光缆": (5, 50),
    "爆破、钻探、工程挖掘": (0, 200),
}
PIPELINES = ["西气东输一线（豫段）", "榆济天然气管道", "兰郑长成品油管道", "洛阳—郑州—驻马店成品油管道"]
XX_APP = ("cn.gov.hnnyj.gdxx", "1.4.0")  # the 巡线 App


def stake(c: Corpus) -> str:
    """桩号: K123+450."""
    return f"K{c.num(1, 480)}+{c.num(0, 999):03d}"


@family("pipeline-protection")
def pipeline_protection(c: Corpus) -> None:
    f = "pipeline-protection"
    ref = f"{SITE}/nyj/gdbh/index.html"
    for _ in range(N):
        work = c.pick(list(WORKS))
        lo, hi = WORKS[work]
        start = c.day(10, 40).date()
        parts = [
            ("uscc", hn_uscc(c, "91")),
            ("work", work),
            ("pipeline", c.pick(PIPELINES)),
            ("stake", stake(c)),
            ("distanceM", str(c.num(lo, hi))),
            ("start", ymd_of(start)),
            ("end", ymd_of(start + timedelta(days=c.num(5, 90)))),
            ("contact", c.person()),
            ("mobile", c.mobile()),
            ("plan", ("施工安全防护方案.pdf", "application/pdf", pdf_head(c, c.num(800, 1600)))),
            ("site", (f"IMG_{c.num(1000, 9999)}.jpg", "image/jpeg", jpeg(c, c.num(1000, 2400)))),
        ]
        h, body = upload(c, parts, f"{SITE}/nyj/gdbh/sg/apply.html", 0.1)
        c.add(f, "construction-apply", "POST", "/nyj/gdbh/api/sg/apply", h, body)
    for _ in range(N):
        t = office_time(c, -10, 0)
        lng, lat = near(c, None, 200)
        track = []
        for i in range(c.num(4, 10)):
            track.append(
                {
                    "t": hm(t + timedelta(minutes=10 * i)),
                    "lng": round(lng + i * 0.0011, 6),
                    "lat": round(lat + i * 0.0004, 6),
                }
            )
        doc = {
            "patroller": c.person(),
            "pipeline": c.pick(PIPELINES),
            "from": stake(c),
            "track": track,
            "findings": c.pick(["正常", "标志桩倾斜 1 处，已扶正", "管道上方有堆土，已告知村委会"]),
        }
        c.add(f, "patrol-push", "POST", "/nyj/gdbh/app/api/xx", app_headers(c, *XX_APP, JSON_CT), js_doc(doc))
    for _ in range(N):
        q = [("pipeline", c.pick(PIPELINES)), ("stake", stake(c))]
        c.add(f, "marker-query", "GET", "/nyj/gdbh/api/zz?" + qs(q, axios), client(c, ref, None, 0.4))
    for _ in range(N):
        lng, lat = near(c)
        doc = {
            "lng": lng,
            "lat": lat,
            "kind": c.pick(["违章占压", "第三方施工", "管道露管", "标志桩损坏"]),
            "desc": c.pick(["村东头有人在管道标志桩旁挖鱼塘，挖掘机离桩不到 10 米。", "河道冲刷后管道露出约 3 米。"]),
            "mobile": c.mobile(),
        }
        c.add(f, "hazard-report", "POST", "/nyj/gdbh/api/yh", wx_h5(c, JSON_CT, ref), js_doc(doc))
    navigations(c, f, "law-page", lambda: c.pick(["/nyj/gdbh/fg/gdbhf.html", "/nyj/gdbh/fg/index.html"]), ref)
    for _ in range(N):
        lng, lat = near(c)
        bbox = f"{lng - 0.05:.6f},{lat - 0.03:.6f},{lng + 0.05:.6f},{lat + 0.03:.6f}"
        c.add(f, "pipeline-map", "GET", "/nyj/gdbh/mp/api/map?" + qs([("bbox", bbox)], axios), miniprogram(c))
    for _ in range(N):
        on = c.day(3, 20).date()
        fields = [
            ("company", c.pick(STORES) + "施工队"),
            ("place", HN[c.pick(COUNTIES)] + c.pick(["城关镇", "孝义街道"])),
            ("date", ymd_of(on)),
            ("depthM", str(c.num(10, 40) / 10)),
            ("mobile", c.mobile()),
        ]
        c.add(f, "excavation-notify", "POST", "/nyj/gdbh/wj/notify.do", jq_form(c, ref, 0.3), qs(fields, jq))
    navigations(c, f, "news-page", lambda: article(c, "/nyj/gdbh/gzdt", -200), ref, 0.2)
    for _ in range(N):
        t = office_time(c, -20, 0)
        doc = {
            "pipeline": c.pick(PIPELINES),
            "scenario": c.pick(["第三方挖断", "阀室泄漏", "汛期露管"]),
            "start": hm(t),
            "end": hm(t + timedelta(minutes=c.num(60, 180))),
            "people": c.num(12, 80),
        }
        c.add(f, "drill-push", "POST", "/nyj/gdbh/api/yl/push", service(c, "Java/17.0.9"), js_doc(doc))
    beacons(c, f, "/nyj/gdbh/api/stat", ["/nyj/gdbh/index.html", "/nyj/gdbh/fg/index.html"], ref)


# --- generation, check and files -------------------------------------------------------------------


def gen() -> list[dict]:
    return generate(Corpus(SEED), FAMILIES)


def check(rec: dict) -> list[str]:
    """What is wrong with one record as an HTTP request (empty: nothing): tests/waf/data/corpus_kit.py."""
    return check_record(rec, SOURCES)


if __name__ == "__main__":
    write_corpus(gen(), check, split, TUNING_FILE, HELD_OUT_FILE, len(FAMILIES))
