"""Generate corpus Y: a TWENTY-FIFTH set of ordinary requests to Chinese government sites, independent of A-X.

    python tests/waf/data/gen_cms_corpus_y.py   # writes cms_y_tuning.jsonl and cms_y_heldout.jsonl next to it

Why another corpus: each fresh corpus so far has found kinds of ordinary traffic the earlier ones lacked, and
Y measures the WAF's false positives on traffic no tuning round has seen. Corpus Y is a month of ordinary traffic
to one province's SOCIAL-AFFAIRS services and MASS ORGANISATIONS on the provincial cloud (河南省 as the model: the
民政 sub-services earlier corpora did not have, 卫健 托育 and 计划 生育 扶助, 妇联, 共青团, 福彩 and 体彩, 民族
宗教, 人防 and 信用), as families, women, young people, workers, clergy, firms and staff use them, and none of
A-X has these kinds (K's civil-affairs-service has 婚姻, 养老, 社会组织 年检 and 殡葬; M's 工会 and N's 慈善 are
not here either): 托育 (机构 备案 查询 and 备案 with 班 sizes by 《托育机构设置标准》, 托位 预约 with the 月龄 each
班 takes and 时段 within opening hours, 育儿 补贴 申领 per child: 3600 元 a year, 300 元 for each month under 3 in
the claim year, 孩次 and 出生 医学 证明 numbers, amounts that sum); 收养 and 儿童 福利 (收养 登记 预约 by 《民法典》
第一千零九十八条 and 第一千一百零二条, 材料 清单, 评估, 孤儿 基本 生活 费 标准 查询, 事实 无人 抚养 儿童 认定, 儿童
主任 走访, 家庭 寄养 by 民政部令 第54号); 妇联 (12338 维权 留言 in long prose, 家庭 教育 课程 报名, 巾帼 创业
担保 贷款 贴息 with LPR and basis points, ≤ 20 万 and ≤ 36 个月, 两癌 救助, 最美 家庭 投票); 福彩 (双色球 开奖
with 期号 2027128, 红球 01-33 sorted unique and 蓝球 01-16 on 二、四、日, 复式 注数 = C(红, 6) × 蓝, 福彩3D, 快乐8
20 of 80, 兑奖 within 60 days with the 20% 偶然 所得 tax above 10,000 元, 网点); 体彩 (大乐透 前区 5 of 01-35 and
后区 2 of 01-12 on 一、三、六 with 期号 27045, 追加 投注, 排列3/5, 七星彩 6 + 1, 竞彩 2串1 奖金 = 2 × Π odds ×
倍数, 兑奖); 民族 宗教 (宗教 活动 场所 查询 with 统一 社会 信用 代码 71…, 教职 人员 备案 查询, 场所 年度 财务 报告
with 期末 = 期初 + 收入 − 支出, 大型 宗教 活动 申请 30 days ahead, 民族 团结 进步 创建 申报, 互联网 宗教 信息
服务 许可 查询); 人防 (防空 警报 试鸣 with the 预先/空袭/解除 signal patterns, 易地 建设 费 = 应建 面积 × 标准 with
大写 金额, 平时 使用 证, 竣工 验收 备案 by 防护 单元, 疏散 地图, 知识 答题); 信用 (信用 中国（河南） 查询 by 统一
社会 信用 代码, 专项 信用 报告, 信用 修复 申请 with 行政 处罚 决定书 文号 like 豫市监罚〔2025〕118号 after the
3-month or 1-year 最短 公示 期, 信用 承诺 书, 异议); 救助 管理 (寻亲 公告, 线索, 街面 巡查, 站内 救助 ≤ 10 天,
返乡 车票); 社会 工作者 (职业 水平 考试 报名 by 级别 and 科目, 成绩, 登记, 社工 站 服务 记录, PHQ-9 评估 and its
bands, 购买 服务 预算 with 大写); 计划 生育 家庭 奖励 扶助 (≥ 60 岁) and 特别 扶助 (女方 ≥ 49 岁: 年度 确认,
代发 名册 with Luhn bank cards, 光荣证 补办); and 共青团 (入团 申请 at 14-28 岁, 组织 关系 转接, 团费, 青年 大学习,
12355 留言, 超龄 离团, 青年 交友). The 托育 and 教职 人员 证 numbers, the 平时 使用 证 and 互联网 宗教 许可 numbers,
the 孤儿 and 扶助 monthly 标准, the 团费 standards, the 易地 建设 费 标准 and 应建 ratios are this generator's tables,
not published ones. Desktop browsers, 微信 内置 浏览器, mobile Safari, 小程序, native Apps and back-end platforms send
them. ``SOURCES`` names the public material each family's URLs, parameters, headers and bodies follow; values are
generated deterministically (``SEED``); HOST is a placeholder the evaluation replaces. Where the receiving services
check something (身份 证号 and 统一 社会 信用 代码 check characters, sex and age from the 身份 证号, GB/T 2260 codes,
lottery number rules and draw days, 注数 and amounts, taxes, dates in order and their limits, time slots within
opening hours, 月龄 and age lines, sums, 大写 金额 equal to the digits, 文号 formats, Luhn digits, upload magic
bytes) the generator does it for real, so the fast tests can check the requests the way the receiving servers
would. Nothing here is an attack: every value is what the real service really receives.

Each request is one JSONL record as in corpora A-X (method, path, headers, body or body_b64) tagged with its
``family``, ``shape``, ``source`` and ``label`` = family/shape, and passes corpus_kit.check_record.

THE SPLIT is corpus_kit.HashSplit's rule with the salt "corpus-y/", decided and written down here before the
corpus was generated and before anything was evaluated (no WAF result on Y was seen by its author; docs/waf.md,
held-out discipline): the three families whose sha256("corpus-y/<family>") hex digests sort first are held out
whole, and no tuning may see them; in every other family a (family, shape) group is held out when
sha256("corpus-y/<family>/<shape>") has a first byte divisible by 4; everything else is the tuning part. Made
once; never re-split, edited or regenerated to pass.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Callable
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # run as a script from anywhere

from tests.waf.data import gen_cms_corpus_x as corpus_x
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
from tests.waf.data.gen_cms_corpus_m import upload, web  # M's browser helpers
from tests.waf.data.gen_cms_corpus_n import service  # N's back-end client
from tests.waf.data.gen_cms_corpus_q import jq_form  # Q's
from tests.waf.data.gen_cms_corpus_r import beacon, jq_get, page  # R's
from tests.waf.data.gen_cms_corpus_s import okhttp_multipart, wx_h5, wx_nav, wx_upload  # S's
from tests.waf.data.gen_cms_corpus_v import client, open_day  # V's
from tests.waf.data.gen_cms_corpus_w import authed, js_doc, money, years_later, ymd_of  # W's
from tests.waf.data.gen_cms_corpus_x import (  # X's 河南 tables and values
    COUNTIES,
    HN,
    add_months,
    address,
    adult_id,
    age_on,
    born_at,
    hm,
    hms,
    hn_id,
    hn_uscc,
    sex_of,
)

TUNING_FILE, HELD_OUT_FILE = part_files("y")
SEED = 20300707
SALT = "corpus-y/"

SOURCES = {
    "childcare-service": "《托育机构设置标准（试行）》 and 《托育机构管理规范（试行）》(国卫人口发〔2019〕58号: "
    "乳儿班 6-12 月龄 ≤10 人, 托小班 12-24 月龄 ≤15 人, 托大班 24-36 月龄 ≤20 人; 全日托, 半日托, 计时托, 临时托), "
    "《托育机构登记和备案办法（试行）》, 《育儿补贴制度实施方案》(2025: 3 周岁 以下 婴幼儿 每孩 每年 3600 元, 按 月 "
    "折算) and the 省 托育 服务 平台 as 卫健委 runs it: 机构 查询 and 详情, 托位 预约, 参观 预约, 育儿 补贴 申领 and "
    "进度, 机构 备案 with 营业 执照 and 消防 uploads, 收费 公示 pages, 家长 评价, beacons",
    "adoption-child-welfare": "《中华人民共和国民法典》 第五编 第五章 收养 (第一千零九十八条 收养人 年满 三十 周岁, "
    "第一千一百零二条 无 配偶 者 收养 异性 子女 相差 四十 周岁 以上), 《中国公民收养子女登记办法》, "
    "《收养评估办法（试行）》, 《家庭寄养管理办法》(民政部令 第54号: 寄养 父母 30-65 周岁, 寄养 儿童 不 超过 2 名), "
    "《关于进一步加强事实无人抚养儿童保障工作的意见》(民发〔2019〕62号) and 儿童 督导员/儿童 主任 制度 as 省 民政厅 "
    "runs them: 指南, 材料 清单, 登记 预约 and 查询, 评估 申请 uploads, 孤儿 基本 生活 费 标准 查询, 认定 申请 and "
    "走访 from the App, 发放 名册, 寄养 申请",
    "womens-federation": "《中华人民共和国妇女权益保障法》(2022 修订), 全国 妇联 12338 妇女 维权 公益 服务 热线, "
    "《中华人民共和国家庭教育促进法》, 财政部 人社部 人民银行 "
    "《关于进一步加大创业担保贷款贴息力度全力支持重点群体创业就业的通知》(财金〔2020〕21号: 个人 最高 20 万元, 期限 "
    "最长 3 年, LPR-150BP 以下 部分 借款人 承担, 中西部 利率 上限 LPR+150BP) as 巾帼 创业 贷款, 全国 妇女 发展 基金会 "
    "农村 低收入 妇女 两癌 救助 (每人 1 万元) and 最美 家庭 评选: 维权 留言 and 进度, 家庭 教育 课程 and 报名, 贷款 "
    "申请 and 材料, 救助 申请, 妇女 之家 pages, 投票, beacons",
    "welfare-lottery": "《彩票管理条例》(国务院令 第554号: 第二十五条 开奖 之日 起 60 个 自然日 内 兑奖) and "
    "《彩票管理条例实施细则》, 中国 福利 彩票 双色球 游戏 规则 (红球 01-33 选 6, 蓝球 01-16 选 1, 每注 2 元, 每周 "
    "二、四、日 开奖, 期号 年份 + 3 位), 福彩3D and 快乐8 (80 选 20) 规则, 财税〔1998〕12号 (单注 奖金 超过 1 万元 "
    "全额 按 偶然 所得 20% 征税) and cwl.gov.cn's 开奖 公告 search (findDrawNotice?name=ssq&issueCount=…) as the 省 "
    "福彩 中心 site runs them: 公告 pages, 历史 查询, 开奖 数据 pushes, 复式 注数 and 中奖 查询, 兑奖 须知 and 大奖 "
    "预约, 网点 查询 and 代销 申请",
    "sports-lottery": "《彩票管理条例》 and 中国 体育 彩票 游戏 规则: 超级大乐透 (前区 01-35 选 5, 后区 01-12 选 2, "
    "每注 2 元, 追加 1 元, 每周 一、三、六 开奖, 期号 年份 后 两位 + 3 位), 排列3/排列5 (每日), 七星彩 (前区 6 位 "
    "0-9, 后区 0-14, 每周 二、五、日), 竞彩 足球 (周三001 赛事 编号, 过关 奖金 = 2 元 × 赔率 积 × 倍数) and "
    "sporttery.cn's getHistoryPageListV1 (gameNo=85/35/350133/04) as the 省 体彩 中心 runs them: 开奖 pages, 历史, "
    "数据 pushes, 投注 计算, 兑奖 须知 and 兑奖 登记 with 财税〔1998〕12号 tax, 网点 地图 from a 小程序",
    "ethnic-religious-affairs": "《宗教事务条例》(国务院令 第686号: 第四十三条 大型 宗教 活动 拟 举行 日 30 日 前 "
    "申请), 《宗教教职人员管理办法》, 《宗教活动场所财务管理办法》, 《互联网宗教信息服务管理办法》(2022), GB "
    "32100-2015 登记 管理 部门 码 7 (宗教 活动 场所 71…), 国家 宗教 事务局 宗教 活动 场所 and 教职 人员 基本 信息 "
    "查询 and 《全国民族团结进步示范区示范单位创建》 申报 as 省 民族 宗教 事务 委员会 runs them: 场所 查询 and 详情, "
    "教职 人员 查询, 年度 财务 报告, 大型 活动 申请, 创建 申报, 许可 查询, 政策 and 节日 pages, 咨询 留言",
    "civil-air-defense": "《中华人民共和国人民防空法》, 《人民防空工程平时开发利用管理办法》, 防空 警报 信号 (预先 "
    "警报 鸣 36 秒 停 24 秒 反复 3 遍, 空袭 警报 鸣 6 秒 停 6 秒 反复 15 遍, 解除 警报 连续 鸣 3 分钟), "
    "《河南省实施〈中华人民共和国人民防空法〉办法》 and 防空 地下室 易地 建设 费 收费 标准, 人防 工程 竣工 验收 备案 "
    "(防护 单元, 抗力 等级 核5/核6/核6B/常5/常6) as 省 人防 办 runs them: 试鸣 公告 pages, 警报 计划 pushes, 市民 "
    "反馈, 费用 测算 and 申请, 平时 使用 证 查询, 备案, 疏散 地图, 知识 答题",
    "credit-repair": "《失信行为纠正后的信用信息修复管理办法（试行）》(国家发展改革委令 第58号: 一般 失信 行政 处罚 "
    "信息 最短 公示 3 个月, 严重 1 年), 《市场监督管理信用修复管理办法》, "
    "《关于以专项信用报告替代有无违法违规记录证明的实施方案》, 信用 承诺 制 and 信用 中国（河南） as 省 发展 改革委 "
    "信用 中心 runs it: 主体 查询 and 详情, 专项 信用 报告 申请, PDF and 验真, 修复 申请 with 行政 处罚 决定书 (文号 "
    "豫市监罚〔2025〕118号), 缴款 凭证 and 承诺 书, 进度, 承诺 书 签署, 异议, 红黑 名单 查询",
    "vagrant-rescue": "《城市生活无着的流浪乞讨人员救助管理办法》(国务院令 第381号) and 《实施细则》(救助 期限 一般 "
    "不 超过 10 天), 《生活无着的流浪乞讨人员救助管理机构工作规程》, 全国 救助 寻亲网 寻亲 公告 and 民政部 “寒冬 "
    "送温暖” 专项 救助 行动 as 市 救助 管理站 runs them: 公告 pages and lists, 家属 线索 with photos, 求助 from a "
    "小程序, 街面 巡查 App pushes, 在站 记录, 返乡 车票, 团聚 记录, beacons",
    "social-worker": "《社会工作者职业资格评价暂行规定》 and 人社部 社会 工作者 职业 资格 考试 (助理 社会 工作师: "
    "综合 能力 and 实务; 社会 工作师: 加 法规 与 政策; 每 科 满分 100, 60 分 合格), 《社会工作者登记管理办法》, "
    "乡镇（街道） 社会 工作 服务站, PHQ-9 患者 健康 问卷 (0-27, 0-4/5-9/10-14/15-19/20-27) and "
    "《政府购买服务管理办法》(财政部令 第102号) as 省 民政厅 社工 平台 runs them: 考试 指南 pages, 报名 with photos, "
    "成绩 查询, 证书 验证, 登记, 服务 记录 and 评估 from the App, 项目 预算, 岗位 pages, 培训 报名",
    "family-planning-support": "《全国农村部分计划生育家庭奖励扶助制度管理规范》 (夫妻 年满 60 周岁), "
    "《全国独生子女伤残死亡家庭扶助制度试点方案》 and 计划 生育 特别 扶助 (女方 年满 49 周岁, 独生 子女 伤残 三级 "
    "以上 or 死亡), 《河南省人口与计划生育条例》 and 卫健委 扶助 资金 代发 as 省 人口 家庭 服务 平台 runs them: 政策 "
    "pages, 资格 测算, 奖扶 and 特扶 申请 with 户口簿 and 证明 uploads, 村 专干 年度 确认, 发放 查询 and 名册, 光荣证 "
    "补办, 就医 绿色 通道 预约, 咨询",
    "youth-league": "《中国共产主义青年团章程》 (年龄 在 十四 周岁 以上、二十八 周岁 以下; 超龄 离团), 智慧 团建 系统 "
    "(入团 申请, 组织 关系 转接, 团费 交纳), 青年 大学习 网上 主题 团课 (2027年第12期), 12355 青少年 服务台 and "
    "共青团 青年 交友 联谊 as 省 团委 runs them: 入团 申请 书, 转接, 团费, 学习 打卡, 12355 留言, 超龄 离团 名单, "
    "交友 报名, 新闻 pages, 优秀 团员 投票, 团 组织 查询",
}

SPLIT = HashSplit(SALT, SOURCES)  # the rule in the docstring (tests/waf/data/corpus_kit.py)
split, HELD_OUT_FAMILIES = SPLIT.split, SPLIT.held_out_families  # split(reqs): (tuning part, held-out part)


# --- the corpus: X's (and so W's, V's, … F's), recording Y's sources ---------------------------------------


class Corpus(corpus_x.Corpus):
    """X's corpus (values, browsers, header order, day(); SourceTagged): requests are tagged with Y's sources."""

    sources = SOURCES


FAMILIES: dict[str, Callable[[Corpus], None]] = {}
family = family_registry(FAMILIES)

N = 13  # requests per (family, shape)

HN_BOX = ((112.4, 114.6), (33.0, 35.3))  # the 市 of these services: longitude, latitude
CITY_CENTRES = {  # 市 code: (longitude, latitude)
    "410100": (113.6254, 34.7466),
    "410200": (114.3073, 34.7973),
    "410300": (112.4540, 34.6197),
    "410400": (113.1926, 33.7662),
    "410700": (113.9268, 35.3030),
    "411000": (113.8523, 34.0357),
    "411300": (112.5285, 32.9907),
}


def today(c: Corpus) -> date:
    return c.day(0, 0).date()


def county_name(county: str) -> str:
    """市 and 区县 names of a GB/T 2260 code: 洛阳市涧西区 (a 县级 市 alone: 巩义市)."""
    return HN[county] if HN[county].endswith("市") else HN[county[:4] + "00"] + HN[county]


def office_time(c: Corpus, lo: int = -30, hi: int = 0) -> datetime:
    """A moment in office hours (08:30-17:00) on a working day, ``lo``-``hi`` days from a 2027 day."""
    d = open_day(c.day(lo, hi).date())
    return datetime(d.year, d.month, d.day, 8, 30) + timedelta(minutes=c.num(0, 450))


def cn_date(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def month_age(born: date, on: date) -> int:
    """Completed months of age on ``on`` (月龄)."""
    return (on.year - born.year) * 12 + on.month - born.month - (on.day < born.day)


def near(c: Corpus, city: str | None = None, spread: int = 300) -> tuple[float, float]:
    """A point near a 市 centre, six decimals, as a phone's location API gives it."""
    lng, lat = CITY_CENTRES[city or c.pick(list(CITY_CENTRES))]
    dx, dy = c.num(-spread * 100, spread * 100), c.num(-spread * 100, spread * 100)
    return round(lng + dx / 1_000_000, 6), round(lat + dy / 1_000_000, 6)


def cents(x: Decimal) -> int:
    return int((x * 100).quantize(Decimal(1), ROUND_HALF_UP))


def prose(c: Corpus, parts: list[str], n: tuple[int, int] = (2, 4)) -> str:
    """Free text as people write it: a few of ``parts`` in their order."""
    chosen = sorted(c.sample(range(len(parts)), c.num(*n)))
    return "".join(parts[i] for i in chosen)


def weekday_back(d: date, weekdays: tuple[int, ...]) -> date:
    """The latest day on or before ``d`` whose weekday is in ``weekdays`` (0 = Monday)."""
    while d.weekday() not in weekdays:
        d -= timedelta(days=1)
    return d


def slot(c: Corpus, opens: str, closes: str, minutes: int) -> str:
    """A ``minutes``-long slot on the half hour within opening hours: 09:30-11:30."""
    o = datetime.strptime(opens, "%H:%M")
    steps = (datetime.strptime(closes, "%H:%M") - o).seconds // 1800 - minutes // 30
    start = o + timedelta(minutes=30 * c.num(0, steps))
    return f"{start:%H:%M}-{start + timedelta(minutes=minutes):%H:%M}"


# --- childcare-service -------------------------------------------------------------------------------------

CLASSES = {"乳儿班": (6, 12, 10), "托小班": (12, 24, 15), "托大班": (24, 36, 20)}  # 月龄 [from, to), ≤ children
CARE_TYPES = {  # 托育 类型: (opens, closes, slot minutes)
    "全日托": ("07:30", "18:00", 600),
    "半日托": ("07:30", "18:00", 240),
    "计时托": ("08:00", "18:00", 120),
    "临时托": ("08:00", "17:30", 180),
}
NURSERIES = [
    "金水区宝贝时光托育中心",
    "郑州市妇幼保健院附属托育园",
    "二七区小橡树婴幼儿照护中心",
    "洛阳市洛龙区童馨托育园",
    "郑东新区智慧树 Baby Care 托育中心",
    "新乡市红旗区机关幼儿园（托班）",
    "开封市龙亭区社区嵌入式托育点",
]
SUBSIDY_YEAR = Decimal(3600)  # 育儿 补贴 per child and year, under 3
REVIEWS_CARE = [
    "老师很有耐心，孩子刚入托哭了两天，第三天就能自己吃饭了。每天的照片和“一日生活记录”都很及时。",
    "环境干净，有独立的睡眠室和盥洗室；就是午餐偏清淡，希望能多一点花样。",
    "计时托很方便，临时加班也能送过来，2 小时 60 元，价格公道。",
    "保育员换得比较频繁，一学期换了 3 个，希望机构能稳定一下师资。",
]


def care_class(months: int) -> str | None:
    return next((k for k, (lo, hi, _n) in CLASSES.items() if lo <= months < hi), None)


def filing_no(c: Corpus, county: str, d: date) -> str:
    """托育 机构 备案 回执 编号 (this generator's pattern): TY + 区县 code + year + 4 digits."""
    return f"TY{county}{d:%Y}{c.digits(4)}"


def subsidy_months(born: date, year: int) -> int:
    """Months of ``year`` from the birth month up to (not including) the month of the third birthday."""
    first = max(date(year, 1, 1), date(born.year, born.month, 1))
    stop = min(date(year + 1, 1, 1), date(born.year + 3, born.month, 1))
    return max(0, (stop.year - first.year) * 12 + stop.month - first.month)


def birth_cert_no(c: Corpus, born: date) -> str:
    """出生 医学 证明 编号: a letter for the print batch and 9 digits."""
    return c.pick("NOPQR") + f"{born:%y}" + c.digits(7)


@family("childcare-service")
def childcare_service(c: Corpus) -> None:
    f = "childcare-service"
    ref = f"{SITE}/tuoyu/index.html"
    for _ in range(N):
        q = [("region", c.pick(COUNTIES)), ("type", c.pick(list(CARE_TYPES))), ("puhui", c.pick(["", "1"]))]
        q += [("keyword", c.pick(["", "托育", "社区", "妇幼"])), ("page", c.num(1, 4))]
        c.add(f, "org-list-page", "GET", "/tuoyu/jg/list.html?" + qs(q, form), page(c, c.pick([ref, None]), 0.6))
    for _ in range(N):
        q = [("filingNo", filing_no(c, c.pick(COUNTIES), c.day(-900, -30).date())), ("_", c.ms())]
        c.add(f, "org-detail", "GET", "/tuoyu/api/jg/detail?" + qs(q, axios), client(c, ref, None, 0.5))
    for _ in range(N):
        on = open_day(c.day(2, 20).date())
        while True:
            born = on - timedelta(days=c.num(185, 1090))
            months = month_age(born, on)
            if care_class(months):
                break
        kind = c.pick(list(CARE_TYPES))
        opens, closes, minutes = CARE_TYPES[kind]
        doc = {
            "orgName": c.pick(NURSERIES),
            "careType": kind,
            "openHours": f"{opens}-{closes}",
            "date": ymd_of(on),
            "slot": slot(c, opens, closes, minutes),
            "child": {"name": c.person(), "idNo": hn_id(c, born), "birthDate": ymd_of(born), "monthAge": months},
            "className": care_class(months),
            "guardian": {"name": c.person(), "mobile": c.mobile(), "relation": c.pick(["母亲", "父亲", "祖母"])},
            "allergy": c.pick(["无", "鸡蛋过敏", "牛奶蛋白过敏（已转水解奶粉）", "无，乳糖不耐受"]),
        }
        c.add(f, "slot-booking", "POST", "/tuoyu/api/booking/submit", client(c, ref, mp=0.6), js_doc(doc))
    for _ in range(N):
        on = open_day(c.day(1, 14).date())
        doc = {
            "orgName": c.pick(NURSERIES),
            "visitDate": ymd_of(on),
            "slot": slot(c, "09:00", "16:30", 60),
            "visitors": c.num(1, 3),
            "mobile": c.mobile(),
            "remark": c.pick(
                ["", "想看一下午睡室和户外场地", "孩子 14 个月，想了解托小班", "请问可以带孩子一起来吗？"]
            ),
        }
        c.add(f, "visit-booking", "POST", "/tuoyu/mp/api/visit", miniprogram(c, JSON_CT), js_doc(doc))
    for _ in range(N):
        applied = c.day(-200, 0).date()
        year = applied.year
        kids = []
        older = c.num(0, 2)
        born = applied - timedelta(days=c.num(5, 1090))
        for i in range(c.num(1, 2)):
            if i:
                born = born + timedelta(days=c.num(400, 900))
                if born > applied:
                    break
            months = subsidy_months(born, year)
            kids.append(
                {
                    "name": c.person(),
                    "idNo": hn_id(c, born),
                    "birthDate": ymd_of(born),
                    "birthOrder": older + i + 1,
                    "birthCertNo": birth_cert_no(c, born),
                    "months": months,
                    "amount": money(SUBSIDY_YEAR / 12 * months),
                }
            )
        doc = {
            "applicant": {"name": c.person(), "idNo": adult_id(c, applied, 22, 45), "mobile": c.mobile()},
            "region": c.pick(COUNTIES),
            "year": year,
            "applyDate": ymd_of(applied),
            "children": kids,
            "total": money(sum((SUBSIDY_YEAR / 12 * k["months"] for k in kids), Decimal(0))),
            "bankCard": bank_card(c),
        }
        c.add(f, "subsidy-apply", "POST", "/tuoyu/api/yebt/apply", wx_h5(c, JSON_CT, ref), js_doc(doc))
    for _ in range(N):
        q = [("applyNo", f"YEBT{c.day(-60, 0):%Y%m%d}{c.digits(6)}"), ("idNoLast6", c.digits(5) + c.pick("0123X"))]
        c.add(f, "subsidy-progress", "GET", "/tuoyu/api/yebt/progress?" + qs(q, axios), client(c, ref, None, 0.6))
    for _ in range(N):
        county = c.pick(COUNTIES)
        classes = [(k, c.num(1, 3), c.num(max(3, n - 6), n)) for k, (_lo, _hi, n) in c.sample(list(CLASSES.items()), 2)]
        parts = [
            ("orgName", c.pick(NURSERIES)),
            ("uscc", hn_uscc(c, c.pick(["52", "91", "12"]))),
            ("region", county),
            ("address", address(c)),
            ("careTypes", ",".join(c.sample(list(CARE_TYPES), c.num(1, 3)))),
            ("classes", js_doc([{"name": k, "count": m, "perClass": p} for k, m, p in classes])),
            ("places", str(sum(m * p for _k, m, p in classes))),
            ("legalPerson", c.person()),
            ("license", ("营业执照.jpg", "image/jpeg", jpeg(c, c.num(900, 2000)))),
            ("fire", ("消防安全检查合格证明.pdf", "application/pdf", pdf_head(c, c.num(500, 1200)))),
            ("site", (f"IMG_{c.num(1000, 9999)}.jpg", "image/jpeg", jpeg(c, c.num(1200, 2600)))),
        ]
        h, body = upload(c, parts, f"{SITE}/tuoyu/jg/beian.html", 0.2)
        c.add(f, "org-filing", "POST", "/tuoyu/api/jg/filing", h, body)
    for _ in range(N):
        d = c.day(-200, 0)
        path = f"/tuoyu/sfgs/{d:%Y%m}/t{d:%Y%m%d}_{c.num(300000, 399999)}.html"
        c.add(f, "fee-publicity", "GET", path, page(c, c.pick([ref, None]), 0.5))
    for _ in range(N):
        stars = c.num(2, 5)
        doc = {
            "orgId": c.num(10000, 19999),
            "stars": stars,
            "content": c.pick(REVIEWS_CARE),
            "childMonthAge": c.num(6, 35),
            "anonymous": c.chance(0.4),
        }
        c.add(f, "parent-review", "POST", "/tuoyu/mp/api/review", miniprogram(c, JSON_CT), js_doc(doc))
    for _ in range(N):
        doc = {"page": c.pick(["/tuoyu/index.html", "/tuoyu/jg/list.html"]), "stay": c.num(2000, 300000), "ts": c.ms()}
        c.add(f, "guide-beacon", "POST", "/tuoyu/api/stat/beacon", beacon(c, ref, 0.7), js_doc(doc))


# --- adoption-child-welfare --------------------------------------------------------------------------------

ADOPTION_KINDS = {  # 收养 类型: the 材料 the 登记 机关 lists for it
    "社会福利机构抚养的孤儿": ["收养申请书", "居民户口簿和居民身份证", "婚姻状况证明", "体检证明", "收养评估报告"],
    "继子女": ["收养申请书", "居民户口簿和居民身份证", "结婚证", "生父母同意送养的书面意见"],
    "三代以内旁系同辈血亲的子女": ["收养申请书", "居民户口簿和居民身份证", "婚姻状况证明", "亲属关系证明"],
    "查找不到生父母的未成年人": [
        "收养申请书",
        "居民户口簿和居民身份证",
        "婚姻状况证明",
        "体检证明",
        "公安机关捡拾报案证明",
    ],
}
ORPHAN_STANDARD = {"集中养育": Decimal(2000), "社会散居": Decimal(1450), "事实无人抚养": Decimal(1450)}  # 元/月
UNATTENDED_REASONS = [
    "父母双方重残（一级、二级）",
    "父亲死亡、母亲失联满 6 个月",
    "父亲服刑在押、母亲重病",
    "父母双方强制隔离戒毒",
]
MZ_APP = ("cn.gov.hnmz.etzj", "1.6.3")  # the 儿童 主任 App of 民政
VISIT_NOTES = [
    "孩子随祖母生活，祖母 72 岁，患高血压，家中有低保。孩子在镇中心小学读三年级，成绩中等，情绪稳定。",
    "入户时孩子在家写作业，冬衣已发放（羽绒服 1 件、棉鞋 1 双），提醒监护人按时领取基本生活费。",
    "孩子近期与同学发生矛盾，已联系班主任和乡镇社工站，约定下周三再次走访。",
    "监护人反映孩子视力下降，已协助预约县妇幼保健院眼科检查（3 月 18 日上午）。",
]


def adoption_ok_pair(adopter_ids: list[str], child_id: str, on: date) -> bool:
    """《民法典》: each 收养人 at least 30; a single 收养人 of a child of the other sex at least 40 years older."""
    if any(age_on(i, on) < 30 for i in adopter_ids):
        return False
    if len(adopter_ids) == 1 and sex_of(adopter_ids[0]) != sex_of(child_id):
        return age_on(adopter_ids[0], on) - age_on(child_id, on) >= 40
    return True


@family("adoption-child-welfare")
def adoption_child_welfare(c: Corpus) -> None:
    f = "adoption-child-welfare"
    ref = f"{SITE}/mzt/etfl/index.html"
    for _ in range(N):
        path = c.pick(["/mzt/etfl/sydj/zn.html", "/mzt/etfl/sydj/lc.html", "/mzt/etfl/jtjy/index.html"])
        c.add(f, "guide-page", "GET", path, page(c, c.pick([ref, None]), 0.5))
    for _ in range(N):
        q = [("kind", c.pick(list(ADOPTION_KINDS))), ("adopterType", c.pick(["夫妻共同收养", "单身收养"]))]
        c.add(f, "materials-list", "GET", "/mzt/etfl/api/sydj/materials?" + qs(q, axios), client(c, ref, None, 0.5))
    for _ in range(N):
        on = open_day(c.day(3, 25).date())
        while True:
            kind = c.pick(list(ADOPTION_KINDS))
            couple = kind == "继子女" or c.chance(0.7)
            adopters = [adult_id(c, on, 30, 58, True)] + ([adult_id(c, on, 30, 58, False)] if couple else [])
            if not couple and c.chance(0.5):
                adopters = [adult_id(c, on, 30, 62, False)]
            child = hn_id(c, born_at(c, on, 0, 13))
            if adoption_ok_pair(adopters, child, on):
                break
        doc = {
            "kind": kind,
            "adopters": [{"name": c.person(), "idNo": i, "age": age_on(i, on)} for i in adopters],
            "child": {"idNo": child, "sex": sex_of(child), "age": age_on(child, on)},
            "registryOffice": county_name(c.pick(COUNTIES)) + "民政局婚姻（收养）登记处",
            "date": ymd_of(on),
            "slot": c.pick(["09:00-10:00", "10:00-11:00", "14:30-15:30", "15:30-16:30"]),
            "materials": ADOPTION_KINDS[kind],
            "mobile": c.mobile(),
        }
        c.add(f, "registration-booking", "POST", "/mzt/etfl/api/sydj/book", client(c, ref, mp=0.4), js_doc(doc))
    for _ in range(N):
        q = [("bookNo", f"SY{c.day(-20, 0):%Y%m%d}{c.digits(5)}"), ("mobile", c.mobile())]
        c.add(f, "booking-query", "GET", "/mzt/etfl/api/sydj/query?" + qs(q, jq), jq_get(c, ref, 0.5))
    for _ in range(N):
        parts = [
            ("applicant", c.person()),
            ("idNo", adult_id(c, None, 30, 55)),
            ("spouseIdNo", adult_id(c, None, 30, 55)),
            ("annualIncome", str(c.num(6, 40) * 10000)),
            ("housing", c.pick(["自有住房 98㎡", "自有住房 126.5㎡", "单位公房 76㎡"])),
            (
                "reason",
                c.pick(
                    ["婚后多年未育，经医院确诊不孕（诊断证明附后）", "独生子女因病去世，夫妻二人希望再组建完整家庭"]
                ),
            ),
            ("health", ("体检报告.pdf", "application/pdf", pdf_head(c, c.num(600, 1400)))),
            ("income", ("收入证明.pdf", "application/pdf", pdf_head(c, c.num(300, 700)))),
        ]
        h, body = upload(c, parts, f"{SITE}/mzt/etfl/sypg/apply.html", 0.2)
        c.add(f, "assessment-apply", "POST", "/mzt/etfl/api/sypg/apply", h, body)
    for _ in range(N):
        q = [("region", c.pick(COUNTIES)), ("year", c.num(2025, 2027)), ("category", c.pick(list(ORPHAN_STANDARD)))]
        c.add(f, "orphan-standard", "GET", "/mzt/etfl/api/bz/query?" + qs(q, axios), client(c, ref, None, 0.4))
    for _ in range(N):
        on = c.day(-30, 0).date()
        child = hn_id(c, born_at(c, on, 1, 17))
        parts = [
            ("childIdNo", child),
            ("childName", c.person()),
            ("reason", c.pick(UNATTENDED_REASONS)),
            ("guardian", c.person()),
            ("guardianRelation", c.pick(["祖父", "祖母", "外祖母", "叔叔"])),
            ("village", HN[c.pick(COUNTIES)] + c.pick(["城关镇", "马寨镇", "孝义街道"]) + f"{c.pick('东西南北')}村"),
            ("proof", ("残疾证.jpg", "image/jpeg", jpeg(c, c.num(700, 1600)))),
        ]
        ctype, body = okhttp_multipart(c, parts)
        c.add(f, "unattended-apply", "POST", "/mzt/etfl/app/api/wrfy/apply", app_headers(c, *MZ_APP, ctype), body)
    for _ in range(N):
        start = office_time(c)
        lng, lat = near(c)
        doc = {
            "childIdNo": hn_id(c, born_at(c, start.date(), 1, 17)),
            "visitor": c.person(),
            "role": c.pick(["儿童主任", "儿童督导员"]),
            "start": hm(start),
            "end": hm(start + timedelta(minutes=c.num(15, 90))),
            "lng": lng,
            "lat": lat,
            "notes": c.pick(VISIT_NOTES),
            "needs": c.sample(["助学", "医疗", "心理疏导", "衣物", "监护指导"], c.num(0, 2)),
        }
        c.add(f, "director-visit", "POST", "/mzt/etfl/app/api/visit", app_headers(c, *MZ_APP, JSON_CT), js_doc(doc))
    for _ in range(N):
        month = add_months(c.day(-60, 0).date().replace(day=1), 0)
        category = c.pick(list(ORPHAN_STANDARD))
        rows = [
            {"idNo": hn_id(c, born_at(c, month, 0, 17)), "months": c.pick([1, 1, 1, 2, 3])} for _ in range(c.num(3, 9))
        ]
        for r in rows:
            r["amount"] = money(ORPHAN_STANDARD[category] * r["months"])
        doc = {
            "county": c.pick(COUNTIES),
            "month": f"{month:%Y-%m}",
            "category": category,
            "standard": money(ORPHAN_STANDARD[category]),
            "rows": rows,
            "total": money(sum((ORPHAN_STANDARD[category] * r["months"] for r in rows), Decimal(0))),
        }
        h = service(c, "Apache-HttpClient/4.5.13 (Java/1.8.0_392)", {"X-Org-Code": c.digits(9)})
        c.add(f, "allowance-roster", "POST", "/mzt/etfl/api/ff/roster", h, js_doc(doc))
    for _ in range(N):
        on = c.day(-10, 0).date()
        fields = [
            ("name", c.person()),
            ("idNo", adult_id(c, on, 30, 65, True)),
            ("spouseIdNo", adult_id(c, on, 30, 65, False)),
            ("children", c.num(0, 2)),
            ("fosterCount", c.num(1, 2)),
            ("area", f"{c.num(70, 160)}.{c.num(0, 9)}"),
            ("experience", c.pick(["曾照料过侄子两年", "退休幼儿教师", "无"])),
            ("mobile", c.mobile()),
            ("applyDate", ymd_of(on)),
        ]
        c.add(f, "foster-apply", "POST", "/mzt/etfl/jyjt/apply.do", jq_form(c, ref, 0.3), qs(fields, jq))


# --- womens-federation -------------------------------------------------------------------------------------

RIGHTS_MESSAGES = [  # (类型, 标题, the sentences a message takes some of)
    (
        "家庭暴力",
        "咨询人身安全保护令",
        [
            "我和丈夫结婚 9 年，有一个 7 岁的女儿。",
            "近两年他喝酒后经常动手，去年 11 月把我推倒在地，左手腕骨折（有县医院的诊断证明和照片）。",
            "我报过一次警，派出所出具了《家庭暴力告诫书》，但他之后又威胁说“离婚就别想要孩子”。",
            "想咨询：一、能不能向法院申请人身安全保护令，需要准备什么材料？",
            "二、离婚时孩子抚养权会不会因为我目前没有固定工作而判给他？",
            "我现在暂住在娘家（金水区），白天方便接电话，谢谢！",
        ],
    ),
    (
        "劳动权益",
        "怀孕后被调岗降薪",
        [
            "本人在郑州某电商公司做客服，2026 年 8 月入职，签了劳动合同。",
            "今年 3 月告知主管怀孕后，公司以“岗位调整”为由把我调到仓库做分拣，每天站 8 小时，工资从 5200 降到 3800。",
            "我不同意，人事说不同意就“视为自动离职”。",
            "请问单位这样做是否违反《妇女权益保障法》和《女职工劳动保护特别规定》？我可以怎么维权？",
            "聊天记录和工资条都有截图。",
        ],
    ),
    (
        "土地权益",
        "外嫁女征地补偿款",
        [
            "我是外嫁女，户口一直在娘家村（中牟县某村），村里这次征地补偿款按人头分，每人 8.6 万元。",
            "村委会说出嫁的女儿不能分，只给了我父母两人的份额。",
            "我没有在婆家那边分到承包地，也没领过任何补偿。",
            "村民代表大会的决议能不能剥夺我的权益？应该向乡镇政府还是法院反映？",
        ],
    ),
]
COURSES = {  # 家庭 教育 课程: (对象 年龄 from, to)
    "0-3 岁亲子阅读启蒙": (0, 3),
    "幼小衔接：习惯比知识更重要": (5, 7),
    "青春期沟通：和孩子好好说话": (11, 15),
    "如何应对孩子沉迷手机游戏": (8, 16),
    "隔代教养中的分工与配合": (0, 12),
}
LPRS = [Decimal("3.00"), Decimal("2.90"), Decimal("2.80")]  # 1 年期 LPR, %
BUSINESSES = [
    "社区生鲜便利店",
    "手工面食作坊",
    "电商直播（农产品）",
    "家政服务工作室",
    "美甲美睫店",
    "民宿（3 间客房）",
]


def loan_subsidy(principal: Decimal, rate: Decimal, lpr: Decimal, months: int) -> tuple[Decimal, Decimal]:
    """(贴息 rate %, 贴息 amount): the part of the rate above LPR - 150BP, on the principal for the term."""
    subsidy_rate = rate - (lpr - Decimal("1.50"))
    return subsidy_rate, (principal * subsidy_rate / 100 * months / 12).quantize(Decimal("0.01"), ROUND_HALF_UP)


@family("womens-federation")
def womens_federation(c: Corpus) -> None:
    f = "womens-federation"
    ref = f"{SITE}/fl/index.html"
    for _ in range(N):
        kind, title, sentences = c.pick(RIGHTS_MESSAGES)
        fields = [
            ("type", kind),
            ("title", title),
            ("content", prose(c, sentences, (3, 4))),
            ("name", c.pick(["", c.person()])),
            ("mobile", c.mobile()),
            ("region", c.pick(COUNTIES)),
            ("public", c.pick(["0", "0", "1"])),
        ]
        c.add(
            f,
            "rights-message",
            "POST",
            "/fl/12338/ly/save.do",
            jq_form(c, f"{SITE}/fl/12338/ly.html", 0.6),
            qs(fields, jq),
        )
    for _ in range(N):
        q = [("no", f"FL{c.day(-30, 0):%Y%m%d}{c.digits(4)}"), ("code", c.alnum(4, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"))]
        c.add(f, "rights-progress", "GET", "/fl/12338/ly/query.do?" + qs(q, jq), jq_get(c, ref, 0.6))
    for _ in range(N):
        q = [("category", c.pick(["jtjy", "jjcz", "flzs"])), ("page", c.num(1, 5))]
        c.add(f, "course-page", "GET", "/fl/jtjy/list.html?" + qs(q, form), page(c, c.pick([ref, None]), 0.6))
    for _ in range(N):
        course = c.pick(list(COURSES))
        lo, hi = COURSES[course]
        session = open_day(c.day(3, 30).date(), (0, 1, 2, 3, 4)) if c.chance(0.5) else open_day(c.day(3, 30).date())
        child = hn_id(c, born_at(c, session, lo, hi))
        doc = {
            "course": course,
            "sessionDate": ymd_of(session),
            "sessionTime": c.pick(["09:30-11:00", "15:00-16:30", "19:30-21:00"]),
            "mode": c.pick(["线下（妇女儿童活动中心 3 楼）", "线上（腾讯会议）"]),
            "parent": {"name": c.person(), "mobile": c.mobile()},
            "childAge": age_on(child, session),
            "childBirth": f"{child[6:10]}-{child[10:12]}-{child[12:14]}",
            "question": c.pick(["", "孩子写作业拖拉，一催就发脾气，怎么办？", "二胎出生后老大总说“你们不爱我了”"]),
        }
        c.add(f, "course-signup", "POST", "/fl/jtjy/api/signup", client(c, ref, mp=0.6), js_doc(doc))
    for _ in range(N):
        applied = c.day(-30, 0).date()
        principal = Decimal(c.num(3, 20) * 10000)
        months = c.pick([12, 24, 36])
        lpr = c.pick(LPRS)
        rate = lpr + Decimal(c.pick([0, 50, 100, 150])) / 100
        subsidy_rate, subsidy = loan_subsidy(principal, rate, lpr, months)
        doc = {
            "applicant": {"name": c.person(), "idNo": adult_id(c, applied, 22, 55, False), "mobile": c.mobile()},
            "business": c.pick(BUSINESSES),
            "businessUscc": hn_uscc(c, "92"),
            "amount": money(principal),
            "amountUpper": rmb_upper(cents(principal)),
            "months": months,
            "lpr": float(lpr),
            "rate": float(rate),
            "borrowerRate": float(lpr - Decimal("1.50")),
            "subsidyRate": float(subsidy_rate),
            "subsidy": money(subsidy),
            "bank": c.pick(["中国邮政储蓄银行", "河南农信（农商银行）", "中原银行", "中国农业银行"]),
            "applyDate": ymd_of(applied),
        }
        c.add(f, "loan-apply", "POST", "/fl/jgcy/api/loan/apply", wx_h5(c, JSON_CT, ref), js_doc(doc))
    for _ in range(N):
        parts = [
            ("loanNo", f"JG{c.day(-20, 0):%Y%m%d}{c.digits(5)}"),
            ("kind", c.pick(["营业执照", "经营场所租赁合同", "银行流水"])),
            ("license", (f"{c.hexs(8)}.jpg", "image/jpeg", jpeg(c, c.num(900, 2200)))),
            ("contract", ("租赁合同.pdf", "application/pdf", pdf_head(c, c.num(500, 1300)))),
        ]
        h, body = upload(c, parts, f"{SITE}/fl/jgcy/apply.html", 0.5)
        c.add(f, "loan-materials", "POST", "/fl/jgcy/api/loan/upload", h, body)
    for _ in range(N):
        on = c.day(-30, 0).date()
        parts = [
            ("name", c.person()),
            ("idNo", adult_id(c, on, 35, 64, False)),
            ("diagnosis", c.pick(["乳腺癌", "宫颈癌"])),
            ("hospital", c.pick(["河南省肿瘤医院", "郑州大学第一附属医院", "南阳市中心医院"])),
            ("diagnosisDate", ymd_of(on - timedelta(days=c.num(10, 300)))),
            ("lowIncome", c.pick(["低保", "特困", "防止返贫监测对象"])),
            ("amount", "10000"),
            ("pathology", ("病理报告.jpg", "image/jpeg", jpeg(c, c.num(900, 2000)))),
        ]
        h, body = wx_upload(c, parts)
        c.add(f, "cancer-aid-apply", "POST", "/fl/mp/api/lajz/apply", h, body)
    for _ in range(N):
        d = c.day(-200, 0)
        path = c.pick([f"/fl/fnzj/{d:%Y%m}/t{d:%Y%m%d}_{c.num(500000, 599999)}.html", "/fl/fnzj/index.html"])
        c.add(f, "women-home-page", "GET", path, page(c, c.pick([ref, None]), 0.5))
    for _ in range(N):
        doc = {"activityId": 2027, "candidateId": c.num(1, 120), "voter": c.alnum(28), "ts": c.ms()}
        c.add(f, "family-vote", "POST", "/fl/mp/api/zmjt/vote", miniprogram(c, JSON_CT), js_doc(doc))
    for _ in range(N):
        doc = {"page": "/fl/12338/ly.html", "stay": c.num(2000, 600000), "filled": c.num(0, 7), "ts": c.ms()}
        c.add(f, "hotline-beacon", "POST", "/fl/api/stat/beacon", beacon(c, ref, 0.7), js_doc(doc))


# --- welfare-lottery ---------------------------------------------------------------------------------------

SSQ_DAYS = (1, 3, 6)  # 双色球: 二、四、日
TAX_LINE = Decimal(10000)  # 单注 奖金 above this: 20% on the whole prize
SSQ_PRIZES = {"一等奖": None, "二等奖": None, "三等奖": Decimal(3000), "四等奖": Decimal(200), "五等奖": Decimal(10)}
LOTTERY_OUTLET_TYPES = ["福彩专营店", "便利店兼营", "超市兼营", "社区服务中心"]


def two(numbers: list[int]) -> list[str]:
    return [f"{n:02d}" for n in numbers]


def draw(c: Corpus, hi: int, k: int, lo: int = 1) -> list[int]:
    """``k`` distinct numbers of ``lo``-``hi``, ascending as 开奖 公告 list them."""
    return sorted(c.sample(range(lo, hi + 1), k))


def issue_of(c: Corpus, d: date, digits4: bool = True, per_week: int = 3) -> str:
    """期号: the draw year (four digits for 福彩, two for 体彩) and a 3-digit 序号 that grows through the year
    (``per_week`` draws a week, a few fewer around 春节)."""
    seq = max(1, min(999, d.timetuple().tm_yday * per_week // 7 - c.num(0, 2)))
    return (f"{d:%Y}" if digits4 else f"{d:%y}") + f"{seq:03d}"


def prize_tax(per_bet: Decimal, bets: int) -> tuple[Decimal, Decimal]:
    """(tax, net) of a win: 20% of the whole prize when a single bet's prize exceeds 10,000 元."""
    gross = per_bet * bets
    tax = (gross * Decimal("0.2")).quantize(Decimal("0.01")) if per_bet > TAX_LINE else Decimal(0)
    return tax, gross - tax


def winners_text(c: Corpus, first: int) -> str:
    """The 一等奖 中奖 地区 line of a 公告: provinces and counts that add up to the total."""
    if not first:
        return ""
    provinces = c.sample(["河南", "广东", "北京", "山东", "江苏", "浙江", "四川"], min(first, c.num(1, 3)))
    counts = [1] * len(provinces)
    for _ in range(first - len(provinces)):
        counts[c.num(0, len(counts) - 1)] += 1
    return ",".join(f"{p}{n}注" for p, n in zip(provinces, counts, strict=True)) + f",共{first}注。"


@family("welfare-lottery")
def welfare_lottery(c: Corpus) -> None:
    f = "welfare-lottery"
    ref = f"{SITE}/fc/index.html"
    for _ in range(N):
        d = weekday_back(c.day(-120, 0).date(), SSQ_DAYS)
        c.add(f, "ssq-notice-page", "GET", f"/fc/kjgg/ssq/{issue_of(c, d)}.html", page(c, c.pick([ref, None]), 0.6))
    for _ in range(N):
        q = [("name", "ssq"), ("issueCount", c.pick(["", "30", "50", "100"])), ("issueStart", ""), ("issueEnd", "")]
        q += [("dayStart", ""), ("dayEnd", ""), ("pageNo", c.num(1, 3)), ("pageSize", 30), ("week", "")]
        q += [("systemType", c.pick(["PC", "H5"]))]
        if c.chance(0.4):
            end = weekday_back(c.day(-30, 0).date(), SSQ_DAYS)
            q[1:3] = [("issueCount", ""), ("issueStart", issue_of(c, end - timedelta(days=28)))]
            q[3] = ("issueEnd", issue_of(c, end))
        path = "/cwl_admin/front/cwlkj/search/kjxx/findDrawNotice?" + qs(q, axios)
        c.add(f, "ssq-history", "GET", path, client(c, ref, None, 0.3))
    for _ in range(N):
        d = weekday_back(c.day(-60, 0).date(), SSQ_DAYS)
        sales = c.num(330_000_000, 420_000_000)
        first = c.num(0, 12)
        doc = {
            "name": "双色球",
            "code": issue_of(c, d),
            "date": f"{ymd_of(d)}({'一二三四五六日'[d.weekday()]})",
            "red": ",".join(two(draw(c, 33, 6))),
            "blue": f"{c.num(1, 16):02d}",
            "sales": str(sales),
            "poolmoney": str(c.num(1_500_000_000, 2_800_000_000)),
            "prizegrades": [
                {"type": 1, "typenum": str(first), "typemoney": str(c.num(5_000_000, 10_000_000)) if first else "0"},
                {"type": 2, "typenum": str(c.num(60, 260)), "typemoney": str(c.num(90_000, 400_000))},
                {"type": 3, "typenum": str(c.num(1500, 4000)), "typemoney": "3000"},
            ],
            "content": winners_text(c, first),
        }
        h = service(c, "Java/17.0.9", {"X-Center": "410000", "X-Sign": c.hexs(16)})
        c.add(f, "ssq-draw-push", "POST", "/fc/api/kj/ssq/push", h, js_doc(doc))
    for _ in range(N):
        reds, blues = c.pick([6, 6, 7, 8, 9, 10, 12]), c.pick([1, 1, 2, 3, 16])
        multiple = c.pick([1, 1, 2, 5, 10])
        bets = math.comb(reds, 6) * blues
        d = weekday_back(c.day(-20, 0).date(), SSQ_DAYS)
        doc = {
            "issue": issue_of(c, d),
            "red": two(draw(c, 33, reds)),
            "blue": two(draw(c, 16, blues)),
            "multiple": multiple,
            "bets": bets,
            "amount": bets * 2 * multiple,
        }
        c.add(f, "ssq-bet-check", "POST", "/fc/api/zj/check", client(c, ref, mp=0.5), js_doc(doc))
    for _ in range(N):
        d = c.day(-60, 0).date()
        start, end = issue_of(c, d - timedelta(days=29), per_week=7), issue_of(c, d, per_week=7)
        q = [("name", "3d"), ("issueStart", start), ("issueEnd", end)]
        q += [("pageNo", 1), ("pageSize", 30), ("systemType", "PC")]
        path = "/cwl_admin/front/cwlkj/search/kjxx/findDrawNotice?" + qs(q, axios)
        c.add(f, "3d-query", "GET", path, client(c, ref, None, 0.3))
    for _ in range(N):
        d = c.day(-30, 0).date()
        doc = {
            "name": "快乐8",
            "code": issue_of(c, d, per_week=7),
            "date": ymd_of(d),
            "red": ",".join(two(draw(c, 80, 20))),
            "sales": str(c.num(60_000_000, 110_000_000)),
        }
        h = service(c, "Java/17.0.9", {"X-Center": "410000", "X-Sign": c.hexs(16)})
        c.add(f, "kl8-draw-push", "POST", "/fc/api/kj/kl8/push", h, js_doc(doc))
    for _ in range(N):
        path = c.pick(["/fc/djxz/index.html", "/fc/djxz/djlc.html", "/fc/djxz/zjxz.html"])
        c.add(f, "claim-guide-page", "GET", path, page(c, c.pick([ref, None]), 0.5))
    for _ in range(N):
        d = weekday_back(c.day(-40, -1).date(), SSQ_DAYS)
        claim = open_day(d + timedelta(days=c.num(1, 50)))
        grade = c.pick(["一等奖", "二等奖", "三等奖"])
        per_bet = SSQ_PRIZES[grade] or Decimal(c.num(90_000, 9_000_000))
        bets = c.pick([1, 1, 1, 2])
        tax, net = prize_tax(per_bet, bets)
        doc = {
            "game": "双色球",
            "issue": issue_of(c, d),
            "drawDate": ymd_of(d),
            "claimDate": ymd_of(claim),
            "grade": grade,
            "prizePerBet": money(per_bet),
            "bets": bets,
            "gross": money(per_bet * bets),
            "tax": money(tax),
            "net": money(net),
            "winner": {"idNo": adult_id(c, claim, 18, 75), "mobile": c.mobile()},
            "ticketSerial": f"{c.digits(5)}-{c.digits(5)}-{c.digits(5)}",
        }
        c.add(f, "claim-booking", "POST", "/fc/api/dj/book", wx_h5(c, JSON_CT, ref), js_doc(doc))
    for _ in range(N):
        city = c.pick(list(CITY_CENTRES))
        lng, lat = near(c, city)
        q = [("lng", lng), ("lat", lat), ("radius", c.pick([1000, 3000, 5000])), ("city", city)]
        q += [("type", c.pick(["", *LOTTERY_OUTLET_TYPES]))]
        c.add(f, "outlet-search", "GET", "/fc/api/wd/near?" + qs(q, axios), client(c, ref, None, 0.6))
    for _ in range(N):
        parts = [
            ("name", c.person()),
            ("idNo", adult_id(c, None, 18, 60)),
            ("address", address(c)),
            ("area", f"{c.num(15, 60)}"),
            ("outletType", c.pick(LOTTERY_OUTLET_TYPES)),
            ("idFront", ("身份证人像面.jpg", "image/jpeg", jpeg(c, c.num(700, 1500)))),
            ("shop", ("门头照片.jpg", "image/jpeg", jpeg(c, c.num(1200, 2600)))),
            ("lease", ("房屋租赁合同.pdf", "application/pdf", pdf_head(c, c.num(500, 1200)))),
        ]
        h, body = upload(c, parts, f"{SITE}/fc/wd/apply.html", 0.3)
        c.add(f, "outlet-apply", "POST", "/fc/api/wd/apply", h, body)


# --- sports-lottery ----------------------------------------------------------------------------------------

DLT_DAYS = (0, 2, 5)  # 大乐透: 一、三、六
QXC_DAYS = (1, 4, 6)  # 七星彩: 二、五、日
GAME_NOS = {"85": "超级大乐透", "35": "排列3", "350133": "排列5", "04": "七星彩"}
WEEK_CN = "一二三四五六日"
TEAMS = [
    ("河南队", "上海申花"),
    ("山东泰山", "北京国安"),
    ("成都蓉城", "上海海港"),
    ("Arsenal", "Chelsea"),
    ("Real Madrid", "Barcelona"),
    ("Bayern München", "Borussia Dortmund"),
    ("Inter", "AC Milan"),
    ("横滨水手", "川崎前锋"),
]
DLT_PRIZES = {"一等奖": None, "二等奖": None, "三等奖": Decimal(10000), "四等奖": Decimal(3000)}


def jc_bonus(odds: list[Decimal], multiple: int) -> Decimal:
    """竞彩 过关 奖金: 2 元 × the product of the odds × 倍数, to the fen."""
    return (2 * math.prod(odds) * multiple).quantize(Decimal("0.01"), ROUND_HALF_UP)


@family("sports-lottery")
def sports_lottery(c: Corpus) -> None:
    f = "sports-lottery"
    ref = f"{SITE}/tc/index.html"
    for _ in range(N):
        d = weekday_back(c.day(-120, 0).date(), DLT_DAYS)
        c.add(f, "dlt-page", "GET", f"/tc/kj/dlt/{issue_of(c, d, False)}.html", page(c, c.pick([ref, None]), 0.6))
    for _ in range(N):
        game = c.pick(list(GAME_NOS))
        q = [("gameNo", game), ("provinceId", 0), ("pageSize", c.pick([30, 30, 50])), ("isVerify", 1)]
        q += [("pageNo", c.num(1, 5))]
        if c.chance(0.3):
            d = c.day(-60, 0).date()
            per_week = 7 if game in ("35", "350133") else 3
            q += [("termLimits", 0), ("startTerm", issue_of(c, d - timedelta(days=30), False, per_week))]
            q += [("endTerm", issue_of(c, d, False, per_week))]
        path = "/gateway/lottery/getHistoryPageListV1.qry?" + qs(q, axios)
        c.add(f, "draw-history", "GET", path, client(c, ref, None, 0.3))
    for _ in range(N):
        d = weekday_back(c.day(-60, 0).date(), DLT_DAYS)
        doc = {
            "lotteryGameName": "超级大乐透",
            "lotteryDrawNum": issue_of(c, d, False),
            "lotteryDrawTime": ymd_of(d),
            "lotteryDrawResult": " ".join(two(draw(c, 35, 5)) + two(draw(c, 12, 2))),
            "totalSaleAmount": f"{c.num(280_000_000, 360_000_000):,}",
            "poolBalanceAfterdraw": f"{c.num(600_000_000, 1_200_000_000):,}",
            "drawFlowFund": "",
        }
        h = service(c, "Java/17.0.9", {"X-Center": "410000", "X-Sign": c.hexs(16)})
        c.add(f, "dlt-draw-push", "POST", "/tc/api/kj/dlt/push", h, js_doc(doc))
    for _ in range(N):
        front, back = c.pick([5, 5, 6, 7, 8, 10]), c.pick([2, 2, 3, 4, 12])
        extra, multiple = c.chance(0.4), c.pick([1, 1, 2, 3, 5])
        bets = math.comb(front, 5) * math.comb(back, 2)
        d = weekday_back(c.day(-20, 0).date(), DLT_DAYS)
        doc = {
            "term": issue_of(c, d, False),
            "front": two(draw(c, 35, front)),
            "back": two(draw(c, 12, back)),
            "additional": extra,
            "multiple": multiple,
            "bets": bets,
            "amount": bets * (3 if extra else 2) * multiple,
        }
        c.add(f, "dlt-bet-check", "POST", "/tc/api/tz/calc", client(c, ref, mp=0.5), js_doc(doc))
    for _ in range(N):
        d = c.day(-30, 0).date()
        game = c.pick(["排列3", "排列5"])
        doc = {
            "game": game,
            "term": issue_of(c, d, False, 7),
            "drawDate": ymd_of(d),
            "result": " ".join(str(c.num(0, 9)) for _ in range(3 if game == "排列3" else 5)),
        }
        h = service(c, "Java/17.0.9", {"X-Center": "410000", "X-Sign": c.hexs(16)})
        c.add(f, "pls-push", "POST", "/tc/api/kj/pls/push", h, js_doc(doc))
    for _ in range(N):
        d = weekday_back(c.day(-40, 0).date(), QXC_DAYS)
        q = [("gameNo", "04"), ("term", issue_of(c, d, False)), ("drawDate", ymd_of(d))]
        q += [("result", " ".join([str(c.num(0, 9)) for _ in range(6)] + [str(c.num(0, 14))]))]
        c.add(f, "qxc-verify", "GET", "/tc/api/kj/qxc/verify?" + qs(q, axios), client(c, ref, None, 0.5))
    for _ in range(N):
        day = c.day(-5, 2).date()
        legs = []
        for (home, away), no in zip(c.sample(TEAMS, 2), sorted(c.sample(range(1, 13), 2)), strict=True):
            pick = c.pick(["胜", "平", "负"])
            legs.append(
                {
                    "matchNum": f"周{WEEK_CN[day.weekday()]}{no:03d}",
                    "matchDate": ymd_of(day),
                    "home": home,
                    "away": away,
                    "play": "胜平负",
                    "pick": pick,
                    "odds": f"{Decimal(c.num(115, 520)) / 100:.2f}",
                }
            )
        multiple = c.pick([1, 2, 5, 10, 20])
        doc = {
            "pass": "2串1",
            "legs": legs,
            "multiple": multiple,
            "stake": 2 * multiple,
            "bonus": str(jc_bonus([Decimal(x["odds"]) for x in legs], multiple)),
        }
        c.add(f, "jc-bonus-calc", "POST", "/tc/api/jc/calc", client(c, ref, mp=0.4), js_doc(doc))
    for _ in range(N):
        path = c.pick(["/tc/djxz/index.html", "/tc/djxz/dlt.html", "/tc/ztzl/lxgc/index.html"])
        c.add(f, "claim-notice-page", "GET", path, page(c, c.pick([ref, None]), 0.5))
    for _ in range(N):
        lng, lat = near(c)
        q = [("lng", lng), ("lat", lat), ("distance", c.pick([2, 5, 10])), ("sell", c.pick(["", "jc", "dlt"]))]
        c.add(f, "outlet-map", "GET", "/tc/mp/api/wd/list?" + qs(q, axios), miniprogram(c))
    for _ in range(N):
        d = weekday_back(c.day(-40, -1).date(), DLT_DAYS)
        claim = open_day(d + timedelta(days=c.num(1, 55)))
        grade = c.pick(list(DLT_PRIZES))
        per_bet = DLT_PRIZES[grade] or Decimal(c.num(80_000, 8_000_000))
        bets = c.pick([1, 1, 2])
        tax, net = prize_tax(per_bet, bets)
        doc = {
            "game": "超级大乐透",
            "term": issue_of(c, d, False),
            "drawDate": ymd_of(d),
            "claimDate": ymd_of(claim),
            "grade": grade,
            "prizePerBet": money(per_bet),
            "bets": bets,
            "tax": money(tax),
            "net": money(net),
            "idNo": adult_id(c, claim, 18, 75),
            "bankCard": bank_card(c),
        }
        c.add(f, "prize-claim", "POST", "/tc/api/dj/register", client(c, ref, mp=0.3), js_doc(doc))


# --- ethnic-religious-affairs ------------------------------------------------------------------------------

RELIGIONS = {"佛教": "FJ", "道教": "DJ", "伊斯兰教": "YS", "天主教": "TZ", "基督教": "JD"}  # 教职 证 prefix (ours)
VENUES = {
    "佛教": ["巩义市慈云寺", "中牟县观音寺", "洛龙区香山寺"],
    "道教": ["开封市延庆观", "中原区城隍庙", "涧西区上清宫"],
    "伊斯兰教": ["管城回族区北大清真寺", "开封市东大寺", "洛阳市老城区清真寺"],
    "天主教": ["二七区天主教堂", "开封市天主教堂", "南阳市靳岗天主教堂"],
    "基督教": ["金水区基督教会堂", "新乡市红旗区基督教堂", "许昌市魏都区福音堂"],
}
VENUE_INCOME = ["信众捐赠", "宗教活动服务收入", "宗教用品流通收入", "政府补助", "利息收入"]
VENUE_EXPENSE = ["教职人员生活补助", "水电燃气", "房屋修缮维护", "公益慈善支出", "宗教活动支出", "办公及其他"]
UNITY_KINDS = ["机关", "企业", "社区", "乡镇（街道）", "学校", "宗教活动场所", "部队"]
RELIGION_QUESTIONS = [
    "请问宗教活动场所办理登记证变更（负责人变更）需要提交哪些材料？多少个工作日办结？",
    "我们村的寺庙年久失修，村民自发筹款 12 万元想翻修大殿，是否需要报批？向哪个部门申请？",
    "《互联网宗教信息服务许可证》到期前多久申请延续？原证编号是 豫（2024）0000031。",
    "清真寺举办开斋节活动预计 800 人参加，是否属于大型宗教活动？需要提前多少天申请？",
]


def venue_uscc(c: Corpus) -> str:
    """A 宗教 活动 场所's 统一 社会 信用 代码: 登记 管理 部门 码 7, 类别 1."""
    return hn_uscc(c, "71")


def clergy_cert(c: Corpus, religion: str, county: str, d: date) -> str:
    """教职 人员 证书 编号 (this generator's pattern): 宗教 code, the 备案 市's code, year, 5 digits."""
    return f"{RELIGIONS[religion]}{county[:4]}{d:%y}{c.digits(5)}"


@family("ethnic-religious-affairs")
def ethnic_religious_affairs(c: Corpus) -> None:
    f = "ethnic-religious-affairs"
    ref = f"{SITE}/mzw/index.html"
    for _ in range(N):
        religion = c.pick(list(RELIGIONS))
        q = [("zj", religion), ("region", c.pick(COUNTIES)), ("mc", c.pick(["", c.pick(VENUES[religion])]))]
        q += [("page", c.num(1, 3))]
        c.add(f, "venue-search-page", "GET", "/mzw/cscx/list.html?" + qs(q, form), page(c, c.pick([ref, None]), 0.4))
    for _ in range(N):
        q = [("uscc", venue_uscc(c)), ("_", c.ms())]
        c.add(f, "venue-detail", "GET", "/mzw/api/cs/detail?" + qs(q, axios), client(c, ref, None, 0.3))
    for _ in range(N):
        religion = c.pick(list(RELIGIONS))
        fields = [("zj", religion), ("xm", c.person())]
        fields += [("zsbh", clergy_cert(c, religion, c.pick(COUNTIES), c.day(-3000, -30).date()))]
        fields += [("yzm", c.alnum(4, "abcdefghjkmnpqrstuvwxyz23456789"))]
        c.add(
            f, "clergy-query", "POST", "/mzw/jzry/query.do", jq_form(c, f"{SITE}/mzw/jzry/cx.html", 0.4), qs(fields, jq)
        )
    for _ in range(N):
        year = c.num(2025, 2026)
        income = {k: Decimal(c.num(0, 600000)) / 100 for k in c.sample(VENUE_INCOME, c.num(2, 5))}
        expense = {k: Decimal(c.num(0, 500000)) / 100 for k in c.sample(VENUE_EXPENSE, c.num(3, 6))}
        total_in, total_out = sum(income.values(), Decimal(0)), sum(expense.values(), Decimal(0))
        opening = total_out + Decimal(c.num(0, 3_000_000)) / 100
        doc = {
            "uscc": venue_uscc(c),
            "year": year,
            "income": {k: money(v) for k, v in income.items()},
            "incomeTotal": money(total_in),
            "expense": {k: money(v) for k, v in expense.items()},
            "expenseTotal": money(total_out),
            "openingBalance": money(opening),
            "closingBalance": money(opening + total_in - total_out),
            "accountant": c.person(),
            "remark": c.pick(["", "大殿屋面防水维修 1 项，已报县民宗局备案。", "冬季取暖费较上年增加。"]),
        }
        h = authed(web(c, JSON_CT, 0.0, f"{SITE}/mzw/cs/ndbg.html"), c)
        c.add(f, "venue-annual-report", "POST", "/mzw/cs/api/ndbg/save", h, js_doc(doc))
    for _ in range(N):
        applied = c.day(-20, 0).date()
        held = applied + timedelta(days=c.num(30, 75))
        religion = c.pick(list(RELIGIONS))
        parts = [
            ("venue", c.pick(VENUES[religion])),
            ("uscc", venue_uscc(c)),
            ("religion", religion),
            ("activity", c.pick(["传统节日庆典", "开光（落成）典礼", "祈福法会", "圣诞节礼仪活动"])),
            ("applyDate", ymd_of(applied)),
            ("date", ymd_of(held)),
            ("time", c.pick(["08:00-11:30", "09:00-12:00", "19:00-21:30"])),
            ("expected", str(c.num(10, 60) * 100)),
            ("contact", c.person()),
            ("mobile", c.mobile()),
            ("plan", ("安全工作方案.pdf", "application/pdf", pdf_head(c, c.num(600, 1400)))),
            ("map", ("场地平面图.jpg", "image/jpeg", jpeg(c, c.num(900, 2000)))),
        ]
        h, body = upload(c, parts, f"{SITE}/mzw/dxhd/apply.html", 0.1)
        c.add(f, "large-event-apply", "POST", "/mzw/api/dxhd/apply", h, body)
    for _ in range(N):
        kind = c.pick(UNITY_KINDS)
        parts = [
            ("unitName", county_name(c.pick(COUNTIES)) + c.pick(["实验小学", "民族团结社区", "人民医院", "回族乡"])),
            ("uscc", hn_uscc(c, c.pick(["12", "11", "91"]))),
            ("kind", kind),
            (
                "summary",
                "坚持以铸牢中华民族共同体意识为主线，开展“石榴籽”家园、民族团结进步月等活动 "
                f"{c.num(6, 30)} 场次，覆盖群众 {c.num(800, 9000)} 人次。",
            ),
            ("report", ("创建工作报告.pdf", "application/pdf", pdf_head(c, c.num(800, 1600)))),
            ("photo", ("活动照片.jpg", "image/jpeg", jpeg(c, c.num(1200, 2600)))),
        ]
        h, body = upload(c, parts, f"{SITE}/mzw/mztj/sb.html", 0.1)
        c.add(f, "unity-declare", "POST", "/mzw/api/mztj/declare", h, body)
    for _ in range(N):
        q = [
            ("xkzh", f"豫（{c.num(2023, 2027)}）{c.digits(7)}"),
            ("dw", c.pick(["", "河南省佛教协会", "某伊斯兰教协会"])),
        ]
        c.add(f, "net-permit-query", "GET", "/mzw/api/hlwzj/xk?" + qs(q, axios), client(c, ref, None, 0.3))
    for _ in range(N):
        d = c.day(-300, 0)
        path = f"/mzw/zcfg/{d:%Y%m}/t{d:%Y%m%d}_{c.num(100000, 199999)}.html"
        c.add(f, "policy-page", "GET", path, page(c, c.pick([ref, None]), 0.4))
    for _ in range(N):
        d = c.day(-300, 0)
        path = f"/mzw/mzjr/{d:%Y%m}/t{d:%Y%m%d}_{c.num(200000, 299999)}.html"
        c.add(f, "festival-page", "GET", path, page(c, c.pick([ref, None]), 0.5))
    for _ in range(N):
        doc = {
            "title": "咨询",
            "content": c.pick(RELIGION_QUESTIONS),
            "name": c.person(),
            "mobile": c.mobile(),
            "public": c.chance(0.3),
        }
        c.add(f, "consult-message", "POST", "/mzw/api/hdjl/ly", client(c, ref, mp=0.2), js_doc(doc))


# --- civil-air-defense -------------------------------------------------------------------------------------

ALARMS = {"预先警报": (36, 24, 3), "空袭警报": (6, 6, 15), "解除警报": (180, 0, 1)}  # 鸣 s, 停 s, 遍
RELOCATION_FEE = {  # 易地 建设 费 (元/㎡ of the 应建 面积) and the 应建 ratio of the 地面 面积 (ours)
    "410100": (Decimal(2000), Decimal("0.07")),
    "410200": (Decimal(1500), Decimal("0.05")),
    "410300": (Decimal(1600), Decimal("0.05")),
    "410700": (Decimal(1500), Decimal("0.05")),
    "411000": (Decimal(1400), Decimal("0.04")),
    "411300": (Decimal(1400), Decimal("0.04")),
}
PROTECTION_LEVELS = ["核5级", "核6级", "核6B级", "常5级", "常6级"]
SHELTER_USES = ["人员掩蔽", "物资库", "配套工程（车库）", "专业队队员掩蔽"]
QUIZ = {"q1": "B", "q2": "A", "q3": "C", "q4": "D", "q5": "B", "q6": "A", "q7": "C", "q8": "B", "q9": "D", "q10": "A"}
ALARM_FEEDBACK = [
    "小区在警报器覆盖范围边缘，只能隐约听到空袭警报，预先警报完全没听见。",
    "声音很清楚，孩子学校组织了疏散演练，大概 4 分钟全部到达操场。",
    "警报响的时候在地铁 1 号线里，车厢内没有听到，也没有广播提示。",
    "建议试鸣前一天通过短信提醒老人，我母亲 80 多岁，以为发生了什么事很紧张。",
]


def permit_no(c: Corpus, city: str, d: date) -> str:
    """建设 工程 规划 许可证 号: 建字第 + 区划 code + year + 5 digits + 号."""
    return f"建字第{city}{d:%Y}{c.digits(5)}号"


@family("civil-air-defense")
def civil_air_defense(c: Corpus) -> None:
    f = "civil-air-defense"
    ref = f"{SITE}/rfb/index.html"
    for _ in range(N):
        d = c.day(-200, 0)
        path = f"/rfb/tzgg/{d:%Y%m}/t{d:%Y%m%d}_{c.num(600000, 699999)}.html"
        c.add(f, "alarm-notice-page", "GET", path, page(c, c.pick([ref, None]), 0.6))
    for _ in range(N):
        day = c.day(0, 40).date()
        t = datetime(day.year, day.month, day.day, c.pick([10, 11, 12]), 0)
        signals = []
        for name, (on, off, times) in ALARMS.items():
            signals.append({"signal": name, "start": hms(t), "on": on, "off": off, "repeat": times})
            t += timedelta(seconds=(on + off) * times + 60 * c.num(2, 5))
        doc = {
            "city": c.pick(list(RELOCATION_FEE)),
            "date": ymd_of(day),
            "signals": signals,
            "stations": c.num(80, 460),
            "mode": c.pick(["多媒体警报器同步", "电声警报器 + 电动警报器"]),
        }
        h = service(c, "Go-http-client/1.1", {"X-Device-Token": c.hexs(16)})
        c.add(f, "alarm-plan-push", "POST", "/rfb/jbkz/api/plan", h, js_doc(doc))
    for _ in range(N):
        city = c.pick(list(CITY_CENTRES))
        lng, lat = near(c, city)
        doc = {
            "city": city,
            "heard": c.pick(["清晰", "较弱", "未听到"]),
            "lng": lng,
            "lat": lat,
            "address": address(c),
            "content": c.pick(ALARM_FEEDBACK),
            "ts": c.ms(),
        }
        c.add(f, "alarm-feedback", "POST", "/rfb/mp/api/jb/feedback", miniprogram(c, JSON_CT), js_doc(doc))
    for _ in range(N):
        city = c.pick(list(RELOCATION_FEE))
        rate, ratio = RELOCATION_FEE[city]
        ground = Decimal(c.num(800_000, 15_000_000)) / 100
        required = (ground * ratio).quantize(Decimal("0.01"), ROUND_HALF_UP)
        fee = required * rate
        doc = {
            "city": city,
            "project": c.pick(["某某花园二期", "滨河商业综合体", "产业园 3# 厂房", "中学教学楼扩建"]),
            "groundArea": money(ground),
            "ratio": float(ratio),
            "requiredArea": money(required),
            "standard": money(rate),
            "fee": money(fee),
            "feeUpper": rmb_upper(cents(fee)),
        }
        c.add(f, "fee-calc", "POST", "/rfb/api/ydjs/calc", client(c, ref, mp=0.1), js_doc(doc))
    for _ in range(N):
        city = c.pick(list(RELOCATION_FEE))
        rate, ratio = RELOCATION_FEE[city]
        required = (Decimal(c.num(800_000, 15_000_000)) / 100 * ratio).quantize(Decimal("0.01"), ROUND_HALF_UP)
        fee = required * rate
        parts = [
            ("uscc", hn_uscc(c, "91")),
            ("permitNo", permit_no(c, city, c.day(-120, -5).date())),
            ("requiredArea", str(required)),
            ("standard", str(rate)),
            ("fee", f"{fee:.2f}"),
            ("feeUpper", rmb_upper(cents(fee))),
            (
                "reason",
                c.pick(
                    ["地质条件不适宜修建（流沙层）", "建设用地不足 2000 ㎡，无法单独修建", "周边现有人防工程可满足需要"]
                ),
            ),
            ("permit", ("建设工程规划许可证.pdf", "application/pdf", pdf_head(c, c.num(500, 1200)))),
            ("drawing", ("总平面图.pdf", "application/pdf", pdf_head(c, c.num(800, 2000)))),
        ]
        h, body = upload(c, parts, f"{SITE}/rfb/ydjs/apply.html", 0.1)
        c.add(f, "fee-apply", "POST", "/rfb/api/ydjs/apply", h, body)
    for _ in range(N):
        q = [
            ("zh", f"豫人防平字〔{c.num(2024, 2027)}〕第{c.num(1, 999):04d}号"),
            ("dw", c.pick(["", "某物业服务有限公司"])),
        ]
        c.add(f, "usage-cert-query", "GET", "/rfb/api/psyz/query?" + qs(q, axios), client(c, ref, None, 0.4))
    for _ in range(N):
        units = [
            {"no": i + 1, "area": money(Decimal(c.num(60_000, 200_000)) / 100), "use": c.pick(SHELTER_USES)}
            for i in range(c.num(1, 6))
        ]
        done = c.day(-60, -5).date()
        doc = {
            "project": c.pick(["某某花园二期", "滨河商业综合体", "人民医院新院区", "地铁 3 号线某站"]),
            "uscc": hn_uscc(c, "91"),
            "level": c.pick(PROTECTION_LEVELS),
            "units": units,
            "totalArea": money(sum((Decimal(str(u["area"])) for u in units), Decimal(0))),
            "completed": ymd_of(done),
            "filed": ymd_of(done + timedelta(days=c.num(3, 15))),
        }
        h = authed(web(c, JSON_CT, 0.0, f"{SITE}/rfb/jgys/beian.html"), c)
        c.add(f, "completion-filing", "POST", "/rfb/api/jgys/filing", h, js_doc(doc))
    for _ in range(N):
        lng, lat = near(c, spread=200)
        q = [("bbox", f"{lng - 0.02:.4f},{lat - 0.015:.4f},{lng + 0.02:.4f},{lat + 0.015:.4f}")]
        q += [("type", c.pick(["rfgc", "bncs", "ssjd"])), ("zoom", c.num(13, 17))]
        c.add(f, "shelter-map", "GET", "/rfb/api/map/points?" + qs(q, axios), client(c, ref, None, 0.6))
    for _ in range(N):
        answers = {k: (v if c.chance(0.75) else c.pick("ABCD")) for k, v in QUIZ.items()}
        doc = {"quizId": 2027, "answers": answers, "score": 10 * sum(answers[k] == v for k, v in QUIZ.items())}
        c.add(f, "quiz-submit", "POST", "/rfb/mp/api/quiz/submit", miniprogram(c, JSON_CT), js_doc(doc))
    for _ in range(N):
        path = c.pick(["/rfb/rfzs/index.html", "/rfb/rfzs/jbxh.html", "/rfb/rfzs/sszs.html"])
        c.add(f, "knowledge-page", "GET", path, page(c, c.pick([ref, None]), 0.6))


# --- credit-repair -----------------------------------------------------------------------------------------

PENALTY_ORGANS = {  # 文号 代字: 作出 决定 的 机关
    "豫市监罚": "河南省市场监督管理局",
    "郑市监罚": "郑州市市场监督管理局",
    "洛市监罚": "洛阳市市场监督管理局",
    "郑环罚": "郑州市生态环境局",
    "豫交执罚": "河南省交通运输厅",
    "郑应急罚": "郑州市应急管理局",
}
MIN_PUBLICITY_MONTHS = {"一般失信": 3, "严重失信": 12}  # 令 第58号: 最短 公示 期
VIOLATIONS = [
    "未按规定公示年度报告",
    "销售不符合食品安全标准的食品（标签标识不全）",
    "超过大气污染物排放标准排放（颗粒物超标 0.3 倍）",
    "未按规定进行特种设备定期检验",
    "道路运输车辆未按规定进行年度审验",
]
OBJECTIONS = [
    "贵平台公示的我公司行政处罚信息（文号 {wh}）中“违法事实”与决定书原文不一致：决定书写的是“未按规定公示"
    "2025 年度报告”，平台显示为“提供虚假年报信息”。该差异已影响我公司参加政府采购投标，请核实更正。",
    "针对行政处罚决定（{wh}），我公司已于 {d} 全额缴纳罚款并完成整改，且已超过最短公示期，"
    "但“信用中国（河南）”仍显示该条记录，信用修复申请（编号 XF{n}）提交后 15 个工作日未见回复，特此提出异议。",
]
COMMITMENTS = [
    "一、所提供的全部材料真实、合法、有效；",
    "二、严格遵守《中华人民共和国行政许可法》《优化营商环境条例》等法律法规；",
    "三、自愿接受行政机关、行业组织及社会公众的监督；",
    "四、若违背承诺，自愿承担相应法律责任，并同意将违约失信行为记入信用记录，依法依规予以公开。",
]
CREDIT_REPORT_FIELDS = ["市场监管", "人力资源社会保障", "税务", "生态环境", "应急管理", "住房城乡建设", "自然资源"]


def penalty_no(c: Corpus, d: date) -> str:
    return f"{c.pick(list(PENALTY_ORGANS))}〔{d:%Y}〕{c.num(1, 480)}号"


@family("credit-repair")
def credit_repair(c: Corpus) -> None:
    f = "credit-repair"
    ref = f"{SITE}/xyhn/index.html"
    for _ in range(N):
        q = [
            ("keyword", c.pick([hn_uscc(c, "91"), "郑州", "建设工程有限公司", "餐饮管理"])),
            ("type", c.pick(["1", "2"])),
        ]
        c.add(f, "search-page", "GET", "/xyhn/search.html?" + qs(q, form), page(c, c.pick([ref, None]), 0.3))
    for _ in range(N):
        q = [("uscc", hn_uscc(c, c.pick(["91", "92", "52"]))), ("tab", c.pick(["jbxx", "xzxk", "xzcf", "hmd"]))]
        c.add(f, "subject-detail", "GET", "/xyhn/api/subject/detail?" + qs(q, axios), client(c, ref, None, 0.3))
    for _ in range(N):
        applied = c.day(-20, 0).date()
        doc = {
            "uscc": hn_uscc(c, "91"),
            "companyName": c.pick(
                ["河南中原建工集团有限公司", "郑州市鑫源餐饮管理有限公司", "洛阳瑞丰机械制造有限公司"]
            ),
            "fields": c.sample(CREDIT_REPORT_FIELDS, c.num(2, 7)),
            "startDate": ymd_of(years_later(applied, -3)),
            "endDate": ymd_of(applied),
            "purpose": c.pick(["上市融资", "招投标", "申报项目", "评优评先"]),
            "applicant": c.person(),
            "mobile": c.mobile(),
        }
        c.add(f, "special-report-apply", "POST", "/xyhn/api/zxbg/apply", client(c, ref, mp=0.1), js_doc(doc))
    for _ in range(N):
        path = f"/xyhn/zxbg/download/{c.day(-20, 0):%Y%m%d}/{c.hexs(16)}.pdf"
        c.add(f, "report-pdf", "GET", path, page(c, ref, 0.2))
    for _ in range(N):
        q = [("no", f"XYBG{c.day(-60, 0):%Y%m%d}{c.digits(6)}"), ("sign", c.hexs(16))]
        c.add(f, "report-verify", "GET", "/xyhn/verify?" + qs(q, form), wx_nav(c))
    for _ in range(N):
        severity = c.pick(["一般失信", "一般失信", "严重失信"])
        decided = c.day(-800, -100).date()
        paid = decided + timedelta(days=c.num(3, 30))
        applied = max(add_months(decided, MIN_PUBLICITY_MONTHS[severity]), paid) + timedelta(days=c.num(1, 200))
        fine = Decimal(c.num(2, 200) * 500)
        parts = [
            ("uscc", hn_uscc(c, "91")),
            ("penaltyNo", penalty_no(c, decided)),
            ("decisionDate", ymd_of(decided)),
            ("severity", severity),
            ("violation", c.pick(VIOLATIONS)),
            ("fine", f"{fine:.2f}"),
            ("fineUpper", rmb_upper(cents(fine))),
            ("paidDate", ymd_of(paid)),
            ("applyDate", ymd_of(applied)),
            ("rectify", "已按决定书要求完成整改，并参加信用修复专题培训（证书编号 XYPX" + c.digits(8) + "）。"),
            ("decision", ("行政处罚决定书.pdf", "application/pdf", pdf_head(c, c.num(600, 1400)))),
            ("receipt", ("罚没款缴款凭证.jpg", "image/jpeg", jpeg(c, c.num(800, 1800)))),
            ("promise", ("信用修复承诺书.pdf", "application/pdf", pdf_head(c, c.num(300, 700)))),
        ]
        h, body = upload(c, parts, f"{SITE}/xyhn/xyxf/apply.html", 0.1)
        c.add(f, "repair-apply", "POST", "/xyhn/api/xyxf/apply", h, body)
    for _ in range(N):
        q = [("applyNo", f"XF{c.day(-30, 0):%Y%m%d}{c.digits(6)}"), ("uscc", hn_uscc(c, "91"))]
        c.add(f, "repair-progress", "GET", "/xyhn/api/xyxf/progress?" + qs(q, axios), client(c, ref, None, 0.3))
    for _ in range(N):
        signed = c.day(-10, 0)
        doc = {
            "uscc": hn_uscc(c, c.pick(["91", "92"])),
            "matter": c.pick(["食品经营许可（告知承诺）", "建筑业企业资质（告知承诺）", "申请财政资金补助"]),
            "title": "信用承诺书",
            "items": COMMITMENTS,
            "legalPerson": c.person(),
            "signTime": hms(signed),
            "signType": c.pick(["电子签名", "CA 数字证书"]),
        }
        c.add(f, "commitment-sign", "POST", "/xyhn/api/xycn/sign", client(c, ref, mp=0.2), js_doc(doc))
    for _ in range(N):
        decided = c.day(-500, -100).date()
        text = c.pick(OBJECTIONS).format(
            wh=penalty_no(c, decided), d=cn_date(decided + timedelta(days=20)), n=c.digits(10)
        )
        fields = [("uscc", hn_uscc(c, "91")), ("type", "行政处罚"), ("content", text), ("lxr", c.person())]
        fields += [("lxdh", c.mobile())]
        c.add(f, "objection", "POST", "/xyhn/yysq/save.do", jq_form(c, f"{SITE}/xyhn/yysq.html", 0.2), qs(fields, jq))
    for _ in range(N):
        q = [("listType", c.pick(["red", "black", "focus"])), ("keyword", c.pick(["", "建设", "餐饮", "运输"]))]
        q += [("page", c.num(1, 8)), ("size", 10)]
        c.add(f, "list-query", "GET", "/xyhn/api/hhmd/list?" + qs(q, jq), jq_get(c, ref, 0.3))


# --- vagrant-rescue ----------------------------------------------------------------------------------------

RESCUE_LIMIT_DAYS = 10  # 实施细则: 救助 期限 一般 不 超过 10 天
FEATURES = [
    "男，约 60 岁，身高约 165 cm，偏瘦，左眉有一道约 2 cm 疤痕，说话带豫东口音，自称“老李”，记不清家庭住址。",
    "女，约 35 岁，身高约 158 cm，长发，精神状况不佳，能说出“周口”“项城”等地名，随身无任何证件。",
    "男，约 16 岁，身高约 170 cm，穿蓝色校服外套，聋哑，会写简单汉字，写过“王庄”“二中”。",
    "男，约 75 岁，身高约 160 cm，患有阿尔茨海默病，右手缺食指，口音疑似山东菏泽一带。",
]
CLUES = [
    "公告里的老人很像我舅舅，2019 年冬天从商丘虞城走失，左眉也有疤，右耳后有一颗黑痣，请帮忙比对。",
    "照片里的女子像我们村的 ×××，2024 年 5 月离家，家里人一直在找。我可以提供她的身份证复印件。",
    "我是学校老师，公告里的孩子可能是我们特教学校以前的学生，他写的“二中”应该是镇二中。",
]
JZZ_APP = ("cn.gov.hnmz.jzgl", "2.1.0")  # the 救助 管理 巡查 App
LEAVE_WAYS = ["亲属接回", "护送返乡", "自行离站（购票返乡）", "转介至福利机构", "送医治疗"]


@family("vagrant-rescue")
def vagrant_rescue(c: Corpus) -> None:
    f = "vagrant-rescue"
    ref = f"{SITE}/jzz/index.html"
    for _ in range(N):
        d = c.day(-300, 0)
        path = f"/jzz/xqgg/{d:%Y%m}/t{d:%Y%m%d}_{c.num(700000, 799999)}.html"
        c.add(f, "notice-page", "GET", path, page(c, c.pick([ref, None]), 0.7))
    for _ in range(N):
        end = c.day(-10, 0).date()
        age_from, age_to = c.pick([(0, 17), (18, 40), (40, 60), (60, 99), (0, 99)])
        q = [("sex", c.pick(["", "男", "女"])), ("ageFrom", age_from), ("ageTo", age_to)]
        q += [("inStart", ymd_of(end - timedelta(days=c.pick([30, 90, 365])))), ("inEnd", ymd_of(end))]
        q += [("station", c.pick(list(CITY_CENTRES))), ("pageNo", c.num(1, 6))]
        c.add(f, "notice-list", "GET", "/jzz/api/xqgg/list?" + qs(q, axios), client(c, ref, None, 0.6))
    for _ in range(N):
        parts = [
            ("noticeNo", f"XQ{c.day(-90, 0):%Y%m%d}{c.digits(4)}"),
            ("relation", c.pick(["外甥", "女儿", "同村村民", "老师"])),
            ("name", c.person()),
            ("mobile", c.mobile()),
            ("clue", c.pick(CLUES)),
            ("photo", (f"tmp_{c.hexs(16)}.jpg", "image/jpeg", jpeg(c, c.num(1000, 2600)))),
        ]
        h, body = wx_upload(c, parts)
        c.add(f, "clue-submit", "POST", "/jzz/mp/api/clue", h, body)
    for _ in range(N):
        lng, lat = near(c, spread=150)
        doc = {
            "reporter": c.pick(["路人", "环卫工人", "网格员", "本人求助"]),
            "mobile": c.mobile(),
            "lng": lng,
            "lat": lat,
            "address": address(c),
            "desc": c.pick(FEATURES),
            "urgent": c.pick(["", "老人衣着单薄，气温已低于 0℃", "腿部有伤口，行动不便"]),
            "ts": c.ms(),
        }
        c.add(f, "help-request", "POST", "/jzz/mp/api/help", miniprogram(c, JSON_CT), js_doc(doc))
    for _ in range(N):
        start = c.when()
        city = c.pick(list(CITY_CENTRES))
        points, t = [], start
        for _ in range(c.num(4, 10)):
            lng, lat = near(c, city, 120)
            points.append({"t": hms(t), "lng": lng, "lat": lat})
            t += timedelta(minutes=c.num(3, 25))
        found = c.num(0, 9)
        persuaded = c.num(0, found)
        sent = c.num(0, found - persuaded)
        doc = {
            "team": f"{HN[city]}救助管理站街面巡查{c.num(1, 4)}组",
            "start": hms(start),
            "end": hms(t),
            "track": points,
            "found": found,
            "persuaded": persuaded,
            "sentToStation": sent,
            "refused": found - persuaded - sent,
            "supplies": {"棉被": c.num(0, 6), "食品（份）": c.num(0, 12), "矿泉水": c.num(0, 20)},
        }
        c.add(f, "patrol-push", "POST", "/jzz/app/api/patrol", app_headers(c, *JZZ_APP, JSON_CT), js_doc(doc))
    for _ in range(N):
        entered = c.when()
        stayed = c.num(1, RESCUE_LIMIT_DAYS)
        doc = {
            "recordNo": f"JZ{entered:%Y%m%d}{c.digits(4)}",
            "station": HN[c.pick(list(CITY_CENTRES))] + "救助管理站",
            "sex": c.pick(["男", "女"]),
            "estimatedAge": c.num(15, 85),
            "identified": c.chance(0.6),
            "inTime": hm(entered),
            "outTime": hm(entered + timedelta(days=stayed - 1, hours=c.num(1, 23))),
            "days": stayed,
            "leaveWay": c.pick(LEAVE_WAYS),
            "services": c.sample(["饮食", "住宿", "医疗", "心理疏导", "寻亲", "联系亲属", "返乡交通"], c.num(2, 5)),
        }
        h = service(c, "Apache-HttpClient/4.5.13 (Java/1.8.0_392)", {"X-Station": c.digits(9)})
        c.add(f, "stay-record", "POST", "/jzz/api/jzgl/record", h, js_doc(doc))
    for _ in range(N):
        out = c.day(-20, 0).date()
        ticket = Decimal(c.num(1800, 42000)) / 100
        meal = Decimal(c.pick([0, 20, 30, 50]))
        doc = {
            "recordNo": f"JZ{out - timedelta(days=c.num(1, 9)):%Y%m%d}{c.digits(4)}",
            "outDate": ymd_of(out),
            "from": c.pick(["郑州东", "郑州", "洛阳龙门", "南阳"]),
            "to": c.pick(["商丘", "周口", "阜阳", "菏泽", "信阳", "驻马店西"]),
            "trainDate": ymd_of(out + timedelta(days=c.num(0, 1))),
            "ticket": money(ticket),
            "meal": money(meal),
            "total": money(ticket + meal),
            "escort": c.chance(0.3),
        }
        h = authed(web(c, JSON_CT, 0.0, f"{SITE}/jzz/yw/fx.html"), c)
        c.add(f, "return-ticket", "POST", "/jzz/api/fx/ticket", h, js_doc(doc))
    for _ in range(N):
        path = c.pick(["/jzz/zxhd/hdswn/index.html", "/jzz/zxhd/xqtj/index.html", "/jzz/jzzn.html"])
        c.add(f, "campaign-page", "GET", path, page(c, c.pick([ref, None]), 0.6))
    for _ in range(N):
        found_at = c.day(-60, -1).date()
        doc = {
            "noticeNo": f"XQ{found_at:%Y%m%d}{c.digits(4)}",
            "method": c.pick(["人像比对", "DNA 比对", "家属线索", "方言识别", "短视频平台寻亲"]),
            "lostSince": str(c.num(1998, 2026)),
            "reunited": ymd_of(found_at + timedelta(days=c.num(1, 50))),
            "hometown": county_name(c.pick(COUNTIES)),
            "story": "经多方比对确认身份，家属连夜赶到救助站，" + c.pick(["母子相拥而泣。", "老人一眼认出了儿子。"]),
        }
        h = authed(web(c, JSON_CT, 0.0, f"{SITE}/jzz/yw/tj.html"), c)
        c.add(f, "reunion-record", "POST", "/jzz/api/xq/reunion", h, js_doc(doc))
    for _ in range(N):
        doc = {"page": "/jzz/xqgg/", "stay": c.num(2000, 400000), "shared": c.chance(0.2), "ts": c.ms()}
        c.add(f, "notice-beacon", "POST", "/jzz/api/stat/beacon", beacon(c, ref, 0.8), js_doc(doc))


# --- social-worker -----------------------------------------------------------------------------------------

SW_LEVELS = {
    "助理社会工作师": ["社会工作综合能力（初级）", "社会工作实务（初级）"],
    "社会工作师": ["社会工作综合能力（中级）", "社会工作实务（中级）", "社会工作法规与政策（中级）"],
}
SW_APP = ("cn.gov.hnmz.sgz", "1.3.5")  # the 社工 站 App
SW_EDUCATION = ["高中或中专", "大专", "本科", "硕士研究生"]
PHQ9_BANDS = [(4, "无抑郁"), (9, "轻度"), (14, "中度"), (19, "中重度"), (27, "重度")]
SW_SERVICES = ["困境儿童", "留守老人", "特困人员", "低保家庭", "残疾人", "社区矫正对象"]
SW_NOTES = [
    "案主王奶奶，79 岁，独居，子女在外地务工。本次上门协助整理药盒，讲解降压药（氨氯地平 5mg qd）按时服用，"
    "并链接社区志愿者每周二、五送餐。",
    "小组活动“快乐成长营”第 3 次，参加儿童 12 人，主题为情绪识别，使用“情绪脸谱”卡片，活动后评估表回收 11 份。",
    "与案主母亲电话沟通孩子厌学问题，约定周六上午在社工站进行家庭会谈，邀请班主任参加。",
    "协助特困人员李某办理医疗救助“一站式”结算，对接县医保局窗口，当日办结。",
]
SW_BUDGET_ITEMS = ["人员经费", "活动经费", "督导及培训费", "宣传及印刷费", "交通及通讯费", "管理费"]


def phq9_band(total: int) -> str:
    return next(name for top, name in PHQ9_BANDS if total <= top)


def sw_cert_no(c: Corpus, level: str, year: int) -> str:
    """社会 工作者 职业 资格 证书 管理号 (this generator's pattern): year, 41, level code S1/S2, 6 digits."""
    return f"{year}41{'S1' if level == '助理社会工作师' else 'S2'}{c.digits(6)}"


@family("social-worker")
def social_worker(c: Corpus) -> None:
    f = "social-worker"
    ref = f"{SITE}/sgw/index.html"
    for _ in range(N):
        path = c.pick(["/sgw/ks/bkzn.html", "/sgw/ks/tzgg/index.html", "/sgw/ks/ksdg.html"])
        c.add(f, "exam-guide-page", "GET", path, page(c, c.pick([ref, None]), 0.5))
    for _ in range(N):
        level = c.pick(list(SW_LEVELS))
        subjects = c.sample(SW_LEVELS[level], c.num(1, len(SW_LEVELS[level])))
        parts = [
            ("level", level),
            ("subjects", ",".join(s for s in SW_LEVELS[level] if s in subjects)),
            ("name", c.person()),
            ("idNo", adult_id(c, None, 19, 55)),
            ("education", c.pick(SW_EDUCATION)),
            ("major", c.pick(["社会工作", "心理学", "汉语言文学", "护理学", "行政管理"])),
            ("city", c.pick(list(CITY_CENTRES))),
            ("mobile", c.mobile()),
            ("photo", ("证件照.jpg", "image/jpeg", jpeg(c, c.num(600, 1200)))),
        ]
        h, body = upload(c, parts, f"{SITE}/sgw/ks/bm.html", 0.3)
        c.add(f, "exam-register", "POST", "/sgw/api/ks/register", h, body)
    for _ in range(N):
        q = [("year", c.num(2025, 2027)), ("idNo", adult_id(c)), ("name", c.person())]
        q += [("yzm", c.alnum(4, "abcdefghjkmnpqrstuvwxyz23456789"))]
        c.add(f, "score-query", "GET", "/sgw/api/ks/score?" + qs(q, jq), jq_get(c, ref, 0.5))
    for _ in range(N):
        level = c.pick(list(SW_LEVELS))
        q = [("certNo", sw_cert_no(c, level, c.num(2019, 2026))), ("name", c.person())]
        c.add(f, "cert-verify", "GET", "/sgw/api/zs/verify?" + qs(q, axios), client(c, ref, None, 0.4))
    for _ in range(N):
        level = c.pick(list(SW_LEVELS))
        courses = c.sample(
            ["社会工作伦理", "个案管理实务", "儿童保护", "老年社会工作", "危机干预", "社区营造"], c.num(2, 6)
        )
        items = [{"course": x, "hours": c.pick([6, 8, 12, 16, 24])} for x in courses]
        doc = {
            "certNo": sw_cert_no(c, level, c.num(2019, 2026)),
            "level": level,
            "orgUscc": hn_uscc(c, "52"),
            "orgName": county_name(c.pick(COUNTIES)) + c.pick(["阳光社会工作服务中心", "社工站", "益心社会工作事务所"]),
            "trainings": items,
            "totalHours": sum(i["hours"] for i in items),
            "idNo": adult_id(c, None, 22, 55),
        }
        c.add(f, "registration-apply", "POST", "/sgw/api/dj/apply", client(c, ref, mp=0.3), js_doc(doc))
    for _ in range(N):
        start = office_time(c)
        doc = {
            "station": county_name(c.pick(COUNTIES)) + c.pick(["城关镇", "孝义街道", "马寨镇"]) + "社会工作服务站",
            "worker": c.person(),
            "target": c.pick(SW_SERVICES),
            "mode": c.pick(["个案", "小组", "社区活动", "电话回访"]),
            "start": hm(start),
            "end": hm(start + timedelta(minutes=c.num(20, 180))),
            "notes": c.pick(SW_NOTES),
        }
        c.add(f, "station-log", "POST", "/sgw/app/api/fwjl", app_headers(c, *SW_APP, JSON_CT), js_doc(doc))
    for _ in range(N):
        items = [c.pick([0, 0, 1, 1, 2, 3]) for _ in range(9)]
        doc = {
            "caseNo": f"GA{c.day(-30, 0):%Y%m%d}{c.digits(4)}",
            "scale": "PHQ-9",
            "items": items,
            "total": sum(items),
            "band": phq9_band(sum(items)),
            "item9Alert": items[8] > 0,
            "assessor": c.person(),
        }
        c.add(f, "phq9-assessment", "POST", "/sgw/app/api/pg", app_headers(c, *SW_APP, JSON_CT), js_doc(doc))
    for _ in range(N):
        budget = {k: Decimal(c.num(5, 400) * 100) for k in c.sample(SW_BUDGET_ITEMS, c.num(3, 6))}
        total = sum(budget.values(), Decimal(0))
        doc = {
            "project": c.pick(["困境儿童关爱服务项目", "“五社联动”社区治理项目", "特困人员照料服务项目"]),
            "buyer": county_name(c.pick(COUNTIES)) + "民政局",
            "items": {k: money(v) for k, v in budget.items()},
            "total": money(total),
            "totalUpper": rmb_upper(cents(total)),
            "months": c.pick([6, 12]),
        }
        h = authed(web(c, JSON_CT, 0.0, f"{SITE}/sgw/xm/ys.html"), c)
        c.add(f, "project-budget", "POST", "/sgw/api/xm/budget", h, js_doc(doc))
    for _ in range(N):
        q = [("city", c.pick(list(CITY_CENTRES))), ("type", c.pick(["全职", "兼职", "实习"])), ("page", c.num(1, 4))]
        c.add(f, "job-list-page", "GET", "/sgw/gw/list.html?" + qs(q, form), page(c, c.pick([ref, None]), 0.5))
    for _ in range(N):
        fields = [("course", c.pick(["2027 年度社会工作者继续教育（线上）", "儿童社会工作专题培训班"]))]
        fields += [("name", c.person()), ("certNo", sw_cert_no(c, c.pick(list(SW_LEVELS)), c.num(2019, 2026)))]
        fields += [("org", c.pick(["阳光社会工作服务中心", "城关镇社会工作服务站"])), ("mobile", c.mobile())]
        c.add(f, "training-signup", "POST", "/sgw/px/signup.do", jq_form(c, ref, 0.4), qs(fields, jq))


# --- family-planning-support -------------------------------------------------------------------------------

FP_MONTHLY = {
    "奖励扶助": Decimal(80),
    "特别扶助（伤残）": Decimal(590),
    "特别扶助（死亡）": Decimal(720),
}  # 元/人/月 (ours)
FP_APP = ("cn.gov.hnwjw.jsfz", "3.0.4")  # the 村 计生 专干 App
FP_QUESTIONS = [
    "我和老伴都是农村户口，只有一个女儿，已出嫁，我今年 60 岁了，老伴 58 岁，我能先申请奖励扶助吗？",
    "独生子 2024 年因车祸去世，我 51 岁，丈夫 55 岁，特别扶助金从什么时候开始发？需要去哪里申请？",
    "特扶对象就医“绿色通道”在市三院能用吗？挂号时要出示什么证件？",
    "光荣证丢了，当年是在老家乡镇办的（1996 年），现在户口迁到郑州了，补办要回老家吗？",
]


@family("family-planning-support")
def family_planning_support(c: Corpus) -> None:
    f = "family-planning-support"
    ref = f"{SITE}/wjw/jsfz/index.html"
    for _ in range(N):
        path = c.pick(["/wjw/jsfz/zcjd.html", "/wjw/jsfz/jlfz.html", "/wjw/jsfz/tbfz.html", "/wjw/jsfz/index.html"])
        c.add(f, "policy-page", "GET", path, page(c, c.pick([ref, None]), 0.6))
    for _ in range(N):
        on = today(c)
        kind = c.pick(["奖励扶助", "特别扶助"])
        doc = {
            "kind": kind,
            "husbandIdNo": adult_id(c, on, 45, 80, True),
            "wifeIdNo": adult_id(c, on, 45, 78, False),
            "hukou": c.pick(["农业", "非农业（原农业）", "居民"]),
            "children": c.pick(["一个子女", "两个女孩"]) if kind == "奖励扶助" else "一个子女",
            "childStatus": "" if kind == "奖励扶助" else c.pick(["死亡", "伤残（三级以上）"]),
            "date": ymd_of(on),
        }
        c.add(f, "eligibility-check", "POST", "/wjw/jsfz/api/check", client(c, ref, mp=0.5), js_doc(doc))
    for _ in range(N):
        on = c.day(-40, 0).date()
        husband, wife = adult_id(c, on, 60, 78, True), adult_id(c, on, 56, 76, False)
        persons = [i for i in (husband, wife) if age_on(i, on) >= 60]
        parts = [
            ("husbandIdNo", husband),
            ("wifeIdNo", wife),
            ("eligibleIdNos", ",".join(persons)),
            ("children", c.pick(["一个子女", "两个女孩"])),
            ("annualAmount", str(FP_MONTHLY["奖励扶助"] * 12 * len(persons))),
            ("applyDate", ymd_of(on)),
            ("hukou", ("户口簿.jpg", "image/jpeg", jpeg(c, c.num(900, 2000)))),
            ("marriage", ("结婚证.jpg", "image/jpeg", jpeg(c, c.num(700, 1600)))),
        ]
        h, body = wx_upload(c, parts)
        c.add(f, "reward-apply", "POST", "/wjw/jsfz/mp/api/jlfz/apply", h, body)
    for _ in range(N):
        on = c.day(-40, 0).date()
        status = c.pick(["死亡", "伤残"])
        kind = f"特别扶助（{status}）"
        wife = adult_id(c, on, 49, 72, False)
        parts = [
            ("wifeIdNo", wife),
            ("husbandIdNo", adult_id(c, on, 49, 76, True)),
            ("childStatus", status),
            ("disabilityLevel", c.pick(["一级", "二级", "三级"]) if status == "伤残" else ""),
            ("monthly", str(FP_MONTHLY[kind])),
            ("annualAmount", str(FP_MONTHLY[kind] * 12 * 2)),
            ("applyDate", ymd_of(on)),
            (
                "proof",
                ("死亡医学证明.pdf", "application/pdf", pdf_head(c, c.num(500, 1200)))
                if status == "死亡"
                else ("残疾人证.jpg", "image/jpeg", jpeg(c, c.num(800, 1600))),
            ),
        ]
        h, body = upload(c, parts, f"{SITE}/wjw/jsfz/tbfz/apply.html", 0.5)
        c.add(f, "special-apply", "POST", "/wjw/jsfz/api/tbfz/apply", h, body)
    for _ in range(N):
        year = c.num(2026, 2027)
        rows = []
        for _ in range(c.num(3, 10)):
            kind = c.pick(list(FP_MONTHLY))
            persons = c.num(1, 2)
            rows.append(
                {
                    "householder": c.person(),
                    "kind": kind,
                    "persons": persons,
                    "amount": money(FP_MONTHLY[kind] * 12 * persons),
                    "confirmed": c.chance(0.9),
                }
            )
        doc = {
            "village": county_name(c.pick(COUNTIES)) + c.pick(["城关镇", "马寨镇"]) + f"{c.pick('东西南北')}村",
            "year": year,
            "rows": rows,
            "households": len(rows),
            "persons": sum(r["persons"] for r in rows),
            "total": money(sum((Decimal(str(r["amount"])) for r in rows), Decimal(0))),
        }
        c.add(f, "annual-confirm", "POST", "/wjw/jsfz/app/api/ndqr", app_headers(c, *FP_APP, JSON_CT), js_doc(doc))
    for _ in range(N):
        q = [("idNo", adult_id(c, None, 49, 85)), ("year", c.num(2025, 2027))]
        c.add(f, "payment-query", "GET", "/wjw/jsfz/api/ff/query?" + qs(q, axios), client(c, ref, None, 0.6))
    for _ in range(N):
        month = c.day(-60, 0).date()
        rows = []
        for _ in range(c.num(3, 8)):
            kind = c.pick(list(FP_MONTHLY))
            months = c.pick([1, 3, 12])
            idno = adult_id(c, month, 60 if kind == "奖励扶助" else 49, 85)
            rows.append(
                {
                    "idNo": idno,
                    "card": bank_card(c),
                    "kind": kind,
                    "months": months,
                    "monthly": money(FP_MONTHLY[kind]),
                    "amount": money(FP_MONTHLY[kind] * months),
                }
            )
        doc = {
            "batchNo": f"JSFZ{month:%Y%m}{c.digits(4)}",
            "county": c.pick(COUNTIES),
            "rows": rows,
            "count": len(rows),
            "total": money(sum((Decimal(str(r["amount"])) for r in rows), Decimal(0))),
        }
        h = service(c, "Apache-HttpClient/4.5.13 (Java/1.8.0_392)", {"X-Org-Code": c.digits(9)})
        c.add(f, "payment-roster", "POST", "/wjw/jsfz/api/ff/roster", h, js_doc(doc))
    for _ in range(N):
        fields = [("name", c.person()), ("idNo", adult_id(c, None, 45, 80)), ("spouse", c.person())]
        fields += [("issueYear", c.num(1982, 2015)), ("issuer", county_name(c.pick(COUNTIES)) + "计划生育委员会")]
        fields += [("reason", c.pick(["遗失", "破损", "信息有误"])), ("mobile", c.mobile())]
        c.add(f, "honor-cert-reissue", "POST", "/wjw/jsfz/gyz/bb.do", jq_form(c, ref, 0.5), qs(fields, jq))
    for _ in range(N):
        on = open_day(c.day(1, 14).date())
        doc = {
            "hospital": c.pick(["河南省人民医院", "郑州市第三人民医院", "洛阳市中心医院", "南阳市中心医院"]),
            "dept": c.pick(["心血管内科", "内分泌科", "骨科", "眼科"]),
            "date": ymd_of(on),
            "slot": slot(c, "08:00", "12:00", 30),
            "idNo": adult_id(c, on, 49, 85),
            "certType": c.pick(["特别扶助证", "光荣证"]),
        }
        c.add(f, "green-channel-booking", "POST", "/wjw/jsfz/mp/api/lstd/book", miniprogram(c, JSON_CT), js_doc(doc))
    for _ in range(N):
        doc = {"title": "政策咨询", "content": c.pick(FP_QUESTIONS), "mobile": c.mobile(), "region": c.pick(COUNTIES)}
        c.add(f, "consult-message", "POST", "/wjw/jsfz/api/zx", client(c, ref, mp=0.5), js_doc(doc))


# --- youth-league ------------------------------------------------------------------------------------------

LEAGUE_AGE = (14, 28)  # 团章: 十四 周岁 以上、二十八 周岁 以下
DUES = {
    "学生团员": Decimal("0.2"),
    "农村团员": Decimal("0.2"),
    "无固定收入团员": Decimal("0.2"),
    "在职团员": Decimal(2),
}
APPLY_LETTERS = [
    "敬爱的团组织：我志愿加入中国共产主义青年团，坚决拥护中国共产党的领导，遵守团的章程，执行团的决议，"
    "履行团员义务，严守团的纪律，勤奋学习，积极工作，吃苦在前，享受在后，为共产主义事业而奋斗。",
    "通过学习《中国共产主义青年团章程》，我认识到共青团是中国共产党领导的先进青年的群团组织。"
    "在校期间我担任班级学习委员，参加了“学雷锋”志愿服务 40 余小时。",
    "我会在团组织的教育和帮助下，不断提高思想觉悟，认真学习科学文化知识，请团组织考验我！此致 敬礼！",
]
HOTLINE_12355 = [
    "我今年高二，最近一个月晚上总是睡不着，一想到月考成绩就心慌，不敢跟爸妈说，怕他们失望。这种情况需要看医生吗？",
    "我在班里被几个同学孤立，他们在群里发我的照片开玩笑（P 过的），我截图了。要不要告诉老师？会不会更严重？",
    "刚毕业在郑州找工作，面试的公司要先交 2,980 元“培训费”才能入职，这是不是骗局？",
    "我弟弟 15 岁，沉迷短视频和游戏，每天玩到凌晨两三点，爸妈管不了，有没有青少年心理辅导的地方？",
]
YOUTH_STUDY = ["习近平新时代中国特色社会主义思想", "青春心向党 建功新时代", "铸牢中华民族共同体意识", "强国有我"]


SCHOOL_BRANCHES = ["第一高级中学高二（3）班团支部", "第二高级中学高三（7）班团支部", "职业技术学校团委"]
WORK_BRANCHES = ["人民医院团支部", "城关镇团委", "某科技有限公司团支部", "供电公司团委", "公安局团支部"]


def league_branch(c: Corpus, school: bool | None = None) -> str:
    if school is None:
        school = c.chance(0.5)
    return county_name(c.pick(COUNTIES)) + c.pick(SCHOOL_BRANCHES if school else WORK_BRANCHES)


@family("youth-league")
def youth_league(c: Corpus) -> None:
    f = "youth-league"
    ref = f"{SITE}/tw/index.html"
    for _ in range(N):
        on = c.day(-30, 0).date()
        idno = hn_id(c, born_at(c, on, LEAGUE_AGE[0], LEAGUE_AGE[1] - 1))
        doc = {
            "name": c.person(),
            "idNo": idno,
            "age": age_on(idno, on),
            "branch": league_branch(c, age_on(idno, on) < 19),
            "applyDate": ymd_of(on),
            "letter": prose(c, APPLY_LETTERS, (2, 3)),
            "introducers": [c.person(), c.person()],
        }
        c.add(f, "join-apply", "POST", "/tw/zhtj/api/rt/apply", wx_h5(c, JSON_CT, ref), js_doc(doc))
    for _ in range(N):
        reason = c.pick(["升学", "就业", "参军", "工作调动"])
        university = c.pick(["河南大学", "郑州大学", "河南理工大学"]) + "2027级新生团支部"
        army = "中国人民解放军某部团支部"
        doc = {
            "idNo": hn_id(c, born_at(c, today(c), 17, 27)),
            "from": league_branch(c, reason in ("升学", "参军")),
            "to": {"升学": university, "参军": army}.get(reason) or league_branch(c, False),
            "reason": reason,
            "remark": c.pick(["", {"升学": "已收到录取通知书", "就业": "已毕业，去郑州某公司入职"}.get(reason, "")]),
        }
        c.add(f, "transfer-apply", "POST", "/tw/zhtj/api/zz/transfer", wx_h5(c, JSON_CT, ref), js_doc(doc))
    for _ in range(N):
        kind = c.pick(list(DUES))
        first = add_months(c.day(-200, 0).date().replace(day=1), 0)
        months = [f"{add_months(first, i):%Y-%m}" for i in range(c.pick([1, 3, 6, 12]))]
        doc = {
            "kind": kind,
            "months": months,
            "monthly": float(DUES[kind]),
            "amount": money(DUES[kind] * len(months)),
            "payChannel": "微信支付",
            "branchId": c.digits(10),
        }
        c.add(f, "dues-pay", "POST", "/tw/zhtj/mp/api/tf/pay", miniprogram(c, JSON_CT), js_doc(doc))
    for _ in range(N):
        d = c.day(-60, 0).date()
        doc = {
            "issue": f"{d.year}年第{max(1, d.isocalendar()[1] - 4)}期",
            "theme": c.pick(YOUTH_STUDY),
            "orgId": c.digits(10),
            "name": c.person(),
            "finished": True,
            "duration": c.num(300, 900),
            "ts": c.ms(),
        }
        c.add(f, "study-checkin", "POST", "/tw/qndxx/api/checkin", wx_h5(c, JSON_CT, f"{SITE}/tw/qndxx/"), js_doc(doc))
    for _ in range(N):
        fields = [
            ("type", c.pick(["心理咨询", "法律咨询", "就业创业", "权益维护"])),
            ("content", c.pick(HOTLINE_12355)),
        ]
        fields += [("age", c.num(13, 30)), ("contact", c.pick(["", c.mobile()])), ("anonymous", c.pick(["1", "0"]))]
        c.add(
            f, "hotline-message", "POST", "/tw/12355/ly/save.do", jq_form(c, f"{SITE}/tw/12355/", 0.7), qs(fields, jq)
        )
    for _ in range(N):
        on = c.day(-30, 0).date()
        members = []
        for _ in range(c.num(2, 8)):
            idno = hn_id(c, born_at(c, on, 28, 31))
            members.append({"name": c.person(), "idNo": idno, "age": age_on(idno, on)})
        doc = {"branch": league_branch(c, False), "date": ymd_of(on), "members": members, "count": len(members)}
        h = authed(web(c, JSON_CT, 0.0, f"{SITE}/tw/zhtj/admin/lt.html"), c)
        c.add(f, "overage-leave", "POST", "/tw/zhtj/api/lt/batch", h, js_doc(doc))
    for _ in range(N):
        on = c.day(-20, 0).date()
        idno = adult_id(c, on, 22, 40)
        doc = {
            "activity": c.pick(["“青春有约”单身青年联谊会（郑东新区）", "“邂逅洛邑”青年交友活动"]),
            "idNo": idno,
            "sex": sex_of(idno),
            "age": age_on(idno, on),
            "height": c.num(150, 190),
            "education": c.pick(["大专", "本科", "硕士研究生", "博士研究生"]),
            "occupation": c.pick(["教师", "医生", "程序员", "公务员", "会计", "工程师"]),
            "marital": "未婚",
            "intro": c.pick(["喜欢徒步和摄影，周末常去嵩山。", "性格开朗，爱做饭，会一点吉他。", ""]),
        }
        c.add(f, "mixer-signup", "POST", "/tw/mp/api/jy/signup", miniprogram(c, JSON_CT), js_doc(doc))
    for _ in range(N):
        d = c.day(-200, 0)
        path = f"/tw/tqyw/{d:%Y%m}/t{d:%Y%m%d}_{c.num(800000, 899999)}.html"
        c.add(f, "news-page", "GET", path, page(c, c.pick([ref, None]), 0.6))
    for _ in range(N):
        doc = {"activityId": 54, "candidateIds": c.sample(range(1, 81), c.num(1, 5)), "voter": c.alnum(28)}
        c.add(f, "excellent-vote", "POST", "/tw/mp/api/vote", miniprogram(c, JSON_CT), js_doc(doc))
    for _ in range(N):
        q = [
            ("region", c.pick(COUNTIES)),
            ("orgType", c.pick(["团委", "团工委", "团支部"])),
            ("keyword", c.pick(["", "中学"])),
        ]
        c.add(f, "org-search", "GET", "/tw/zhtj/api/org/search?" + qs(q, axios), client(c, ref, None, 0.5))


# --- generation, check and files -------------------------------------------------------------------


def gen() -> list[dict]:
    return generate(Corpus(SEED), FAMILIES)


def check(rec: dict) -> list[str]:
    """What is wrong with one record as an HTTP request (empty: nothing): tests/waf/data/corpus_kit.py."""
    return check_record(rec, SOURCES)


if __name__ == "__main__":
    write_corpus(gen(), check, split, TUNING_FILE, HELD_OUT_FILE, len(FAMILIES))
