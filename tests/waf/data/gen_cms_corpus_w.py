"""Generate corpus W: a TWENTY-THIRD set of ordinary requests to Chinese government sites, independent of A-V.

    python tests/waf/data/gen_cms_corpus_w.py   # writes cms_w_tuning.jsonl and cms_w_heldout.jsonl next to it

Why another corpus: each fresh corpus so far has found kinds of ordinary traffic the earlier ones lacked, and
W measures the WAF's false positives on traffic no tuning round has seen. Corpus W is a month of ordinary traffic
to the public-facing services of one province's REGULATORY and INFRASTRUCTURE departments (山东省 as the model:
应急 管理厅, 住房 城乡 建设厅, 交通 运输厅, 市场 监管局 and 自然 资源厅 sites on the provincial cloud), as the
regulated public, enterprises and professionals use them, and none of A-V has these kinds: 生产 安全 事故 应急
预案 备案 (DOCX 预案 and PDF 评审 意见 uploads, filing within 20 个 工作日 of 公布, LS 风险 矩阵 R = L × S and its
level, 演练 记录 with photos, 修订 备案 by the 第三十六条 reasons, 危化品 经营 许可证 lookups); 特种 作业 操作证
(查询 by 身份 证号, QR 核验 from 微信, 复审 within 60 days before the 3-year date with at least 8 学时, 考试 预约 in
opening hours, 证件 照 from a 小程序, 补证); 灾情 信息员 报送 (初报, 续报 and 核报 from an App: 受灾 人口, 紧急 转移,
农作物 受灾 ≥ 成灾 ≥ 绝收 公顷, 倒损 房屋 户/间, 直接 经济 损失 = the sum of its sectors; scene photos); 商品房
预售 and 一房一价 queries (预售 许可证 号, 楼栋 and 房号, 建筑 面积 = 套内 + 分摊, 总价 = 单价 × 面积, 契税 by the
2024 area and 套数 rule, 网签 合同 核验); 物业 服务 and 住宅 专项 维修 资金 (long complaints with photos, 维修 资金
余额, 业主 表决 by 《民法典》 第二百七十八条's two-thirds participation and majority or three-quarters consent,
分摊 by 专有 面积); 大件 超限 运输 许可 (axle loads that add up to the 车货 总质量, 外廓 尺寸, the 超限 items the
第三条 limits give, route segments, escort plans, App tracks); ETC 通行费 电子 发票 (20-digit ETC 卡号, 行程 with
their fees, 开票 totals, 单位 抬头 with 统一 社会 信用 代码, 发票 代码 of 票种 12); 机动车 驾驶员 培训 (计时 终端
学时 pushes, 大纲 C1 学时, 先学后付 and 退费 sums, 评价); 药品/医疗器械/保健食品/特医 广告 审查 (广告 批准 文号
with its 有效期 date, product 批准 文号 formats, the 忠告 语 each category must carry, 样件 uploads, 违法 广告
线索); 国土 空间 规划 批前 公示 (公示 lists and pages, opinions within the 公示 period, 听证 申请, 用地 分类 codes,
drawings, beacons); 测绘 地理 信息 (资质 证书 查询, 地图 审核 申请 and 审图号, 基础 测绘 成果 申请 with GB/T 13989
图幅 编号 computed from the point, 永久性 测量 标志 损毁 报告 from a 小程序, 问题 地图 线索); and 地质 灾害 群测群防
(巡查 裂缝 readings and their change, photos, 险情 报告, 预警 回执, device pushes, 明白卡 pages). Desktop
browsers, 微信 内置 浏览器, mobile Safari, 小程序, native Apps and back-end platforms send them. ``SOURCES`` names
the public material each family's URLs, parameters, headers and bodies follow; values are generated
deterministically (``SEED``); HOST is a placeholder the evaluation replaces. Where the receiving services check
something (身份 证号, 统一 社会 信用 代码 and 组织 机构 代码 check characters, GB/T 2260 codes, dates in order and
working-day limits, time slots within opening hours, sums, products, rates, thresholds, 图幅 编号, code formats,
upload magic bytes) the generator does it for real, so the fast tests can check the requests the way the
receiving servers would. Nothing here is an attack: every value is what the real service really receives.

Each request is one JSONL record as in corpora A-V (method, path, headers, body or body_b64) tagged with its
``family``, ``shape``, ``source`` and ``label`` = family/shape, and passes corpus_kit.check_record.

THE SPLIT is corpus_kit.HashSplit's rule with the salt "corpus-w/", decided and written down here before the
corpus was generated and before anything was evaluated (no WAF result on W was seen by its author; docs/waf.md,
held-out discipline): the three families whose sha256("corpus-w/<family>") hex digests sort first are held out
whole, and no tuning may see them; in every other family a (family, shape) group is held out when
sha256("corpus-w/<family>/<shape>") has a first byte divisible by 4; everything else is the tuning part. Made
once; never re-split, edited or regenerated to pass.
"""

from __future__ import annotations

import sys
import urllib.parse
from collections.abc import Callable
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # run as a script from anywhere

from tests.waf.data import gen_cms_corpus_v as corpus_v
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
from tests.waf.data.gen_cms_corpus_f import pdf_head, png  # F's
from tests.waf.data.gen_cms_corpus_l import app_headers, bearer, miniprogram  # L's
from tests.waf.data.gen_cms_corpus_m import DOCX_CT, docx, upload, web  # M's browser helpers
from tests.waf.data.gen_cms_corpus_n import service  # N's back-end client
from tests.waf.data.gen_cms_corpus_q import jq_form, workday_after  # Q's
from tests.waf.data.gen_cms_corpus_r import beacon, img_get, jq_get, page  # R's
from tests.waf.data.gen_cms_corpus_s import okhttp_multipart, wx_h5, wx_nav, wx_upload  # S's
from tests.waf.data.gen_cms_corpus_v import client, id_check, mod31, open_day  # V's

TUNING_FILE, HELD_OUT_FILE = part_files("w")
SEED = 20300512
SALT = "corpus-w/"

SOURCES = {
    "emergency-plan-filing": "《生产安全事故应急预案管理办法》(应急管理部令 第2号, 2019 修正: 第二十一条 评审, "
    "第二十六条 公布 之日 起 20 个 工作日 内 备案, 第二十七条 备案 材料, 第三十三条 演练, 第三十六条 修订 情形) and "
    "GB/T 29639-2020 《生产经营单位生产安全事故应急预案编制导则》 as 省 应急 管理厅 “应急 预案 备案” 网上 办理 "
    "runs it: 备案 申请 with 预案 DOCX, 评审 意见 PDF and 风险 评估 DOCX uploads, 风险 辨识 (LS 矩阵: R = L × S, "
    "重大/较大/一般/低 and 红橙黄蓝), 备案 进度 and 告知书 PDF, 备案 公示 search, 演练 记录 with photos, 修订 备案, "
    "危险 化学品 经营 许可证 查询 (《危险化学品经营许可证管理办法》)",
    "special-operation-cert": "《特种作业人员安全技术培训考核管理规定》(原 国家 安全 监管 总局令 第30号, 2015 修正: "
    "特种 作业 目录 类别 and 操作 项目, 第十九条 有效期 6 年 每 3 年 复审, 第二十一条 期满 前 60 日 内 复审 申请, "
    "第二十二条 复审 培训 不少于 8 个 学时) and 应急 管理部 “特种 作业 操作证 及 安全 生产 知识 和 管理 能力 考核 "
    "合格 信息 查询” (证号 = T + 公民 身份 号码): 查询, 扫码 核验, 复审 申请, 考试 预约 (考点 开放 时段), 成绩 查询, "
    "培训 机构 列表, 证件 照 上传 (小程序), 补证/换证",
    "disaster-info-report": "应急 管理部 国家 统计局 《自然灾害情况统计调查制度》 (初报, 续报, 核报; 受灾 人口, "
    "因灾 死亡/失踪, 紧急 转移 安置, 需 紧急 生活 救助, 农作物 受灾/成灾/绝收 面积 公顷, 倒塌/严重 损坏/一般 损坏 "
    "房屋 户 and 间, 直接 经济 损失 万元 by 行业) and 国家 “灾害 信息员” 报灾 App/小程序 as 省 应急 管理厅 runs them: "
    "App reports with bearer tokens, scene photos with GPS, 报灾 历史, 灾害 事件 and 区划 trees, 填报 说明",
    "presale-housing-query": "《城市商品房预售管理办法》(建设部令 第131号), 《商品房销售明码标价规定》(发改价检"
    "〔2011〕548号: 一房一价) and 住房 城乡 建设部 网签 备案 as the 省/市 房地产 市场 信息 平台 publish them: 项目 "
    "search pages, 预售 许可证 号, 楼盘 表 (楼栋/单元/房号), 房屋 建筑 面积 = 套内 + 分摊, 备案 单价 and 总价, 网签 "
    "合同 核验, 开发 企业 信用 (统一 社会 信用 代码), 户型 图, and the 契税 试算 of 财政部 税务总局 住房城乡建设部 "
    "公告 2024年 第16号 (140 ㎡ line; 1%, 1.5%, 2%)",
    "property-service": "《物业管理条例》, 《中华人民共和国民法典》 第二百七十八条 (三分之二 参与, 过半数 or 四分之三 "
    "同意; 以上 包括 本数, 第一千二百五十九条), 《住宅专项维修资金管理办法》(建设部 财政部令 第165号: 分摊 by 专有 "
    "面积) and 《山东省物业管理条例》 as 省 住建厅 物业 服务 监管 平台 runs them: 投诉 with long text and photos, 维修 "
    "资金 余额 查询, 业主 表决 结果 报送, 使用 申请 with 分摊 清单, 物业 企业 信用, 收费 标准, 业委会 选举 公告, 报修 "
    "(小程序), 满意度 评价",
    "oversize-transport-permit": "《超限运输车辆行驶公路管理规定》(交通运输部令 2016年 第62号: 第三条 车货 总高 4 m, "
    "总宽 2.55 m, 总长 18.1 m and 总质量 by 轴数, 六轴 及 以上 49000 kg) and GB 1589-2016, 交通 运输部 “全国 "
    "跨省 大件 运输 并联 许可 系统” and the 省 路政 许可 as they take them: 许可 申请 with 轴荷 and 外廓, 通行 路线 "
    "and 桥梁, 护送 方案 segments, 车辆 证件 uploads, 进度, 许可证 扫码 核验, 在途 轨迹 (App), 轴型 字典",
    "etc-toll-invoice": "交通运输部 财政部 国家税务总局 国务院办公厅 公告 2017年 第66号 (收费 公路 通行费 增值税 "
    "电子 普通 发票, 票种 代码 12) and the 全国 收费 公路 通行费 电子 票据 服务 平台 (票根): ETC 卡 绑定 (20 位 "
    "卡号, 车牌 and 车牌 颜色), 行程 查询 by month, 开票 (行程 金额 之和, 单位 抬头 with 纳税人 识别号), 抬头 管理, "
    "发票 列表 and PDF 下载, 邮箱 推送, 小程序, page beacons; ETC 通行费 九五折 on the 省 收费 标准",
    "driver-training": "《机动车驾驶员培训管理规定》(交通运输部令 2022年 第32号), 《机动车驾驶培训教学与考试大纲》 "
    "(C1: 第一 部分 12, 第二 部分 16, 第三 部分 24, 第四 部分 10 学时; 理论 45 分钟 and 实操 60 分钟 a 学时) and the "
    "全国/省 驾培 监管 服务 平台 (计时 培训, 先学后付): 驾校 search pages and lists, 计时 终端 学时 pushes, 阶段 "
    "合格 报送, 学员 评价 (驾校 and 教练员), 投诉 with photos, 按 学时 支付, 退费 申请, 教练员 查询, 收费 公示 page",
    "ad-review": "《药品、医疗器械、保健食品、特殊医学用途配方食品广告审查管理暂行办法》(市场监管总局令 第21号: "
    "第十一/十二条 广告 批准 文号 X药广审（视/声/文）第000000-00000号 with its 有效期 截止 date; 第七至 十条 忠告 语) "
    "and 药品 (国药准字), 医疗器械 注册证 (鲁械注准), 保健食品 (国食健注/食健备) and 特医 (国食注字TY) 文号 as 省 "
    "市场 监管局 广告 审查 系统 runs it: 申请 with 样件 uploads, 文号 查询, 已 批准 列表, 受理 进度, 注销/撤销 公告, "
    "违法 广告 线索, 用语 自查",
    "planning-pre-approval-notice": "《中华人民共和国城乡规划法》 第二十六条 (公告 不少于 三十日) and 第四十八条, "
    "《山东省城乡规划条例》, 自然资源部 《国土空间调查、规划、用途管制用地用海分类指南》(自然资办发〔2023〕234号: "
    "用地 codes 0701, 0804, 0901 …) as 省/市 自然 资源 “规划 批前 公示” 栏目 run them: 公示 列表 and 详情 pages, "
    "意见 提交 within the 公示 period, 利害 关系人 听证 申请 with 证明 uploads, 总平面 图 PDF and 效果 图, 用地 "
    "性质 filter, 意见 答复 查询, 订阅, 阅读 beacons",
    "surveying-mapping": "《中华人民共和国测绘法》, 《测绘资质管理办法》 and 《测绘资质分类分级标准》 (2021: 甲/乙 级 "
    "测资字 证书), 《地图管理条例》 and 《地图审核管理规定》 (审图号 GS(yyyy)nnnn号, 鲁SG(yyyy)nnn号), GB/T "
    "13989-2012 《国家基本比例尺地形图分幅和编号》 and 《测量标志保护条例》 as 省 自然 资源厅 测绘 地理 信息 服务 "
    "run them: 资质 查询, 地图 审核 申请 with 样图, 审图号 查询, 标准 地图 page and downloads, 基础 测绘 成果 提供 "
    "申请 by 图幅, 永久性 测量 标志 损毁 报告 (小程序 photos), 标志 查询, 问题 地图 线索, 协议 范本",
    "geohazard-monitoring": "《地质灾害防治条例》(国务院令 第394号) and 自然资源部 地质 灾害 群测群防 and “隐患 点 + "
    "风险 区” 双控 as 省 地质 灾害 防治 信息 平台 runs them: 监测员 App 巡查 (裂缝 读数 本次/上次/变化, 24 h 雨量, "
    "宏观 变形 迹象), 巡查 photos, 险情 报告 from a 小程序, 隐患 点 查询 and 地图 page, 地质 灾害 气象 风险 预警 "
    "(一级 红 … 四级 蓝) 回执, 避险 演练 记录, 明白卡 pages opened from a QR code, 监测 设备 (裂缝计, 雨量计, GNSS) "
    "pushes, 科普 pages",
}

SPLIT = HashSplit(SALT, SOURCES)  # the rule in the docstring (tests/waf/data/corpus_kit.py)
split, HELD_OUT_FAMILIES = SPLIT.split, SPLIT.held_out_families  # split(reqs): (tuning part, held-out part)


# --- the corpus: V's (and so U's, T's, … F's), recording W's sources ---------------------------------------


class Corpus(corpus_v.Corpus):
    """V's corpus (values, browsers, header order, day(); SourceTagged): requests are tagged with W's sources."""

    sources = SOURCES


FAMILIES: dict[str, Callable[[Corpus], None]] = {}
family = family_registry(FAMILIES)

N = 14  # requests per (family, shape)

SD = {  # 山东省 and its 市, some 区县: GB/T 2260 行政区划 代码
    "370000": "山东省",
    "370100": "济南市",
    "370102": "历下区",
    "370103": "市中区",
    "370104": "槐荫区",
    "370105": "天桥区",
    "370112": "历城区",
    "370113": "长清区",
    "370116": "莱芜区",
    "370200": "青岛市",
    "370202": "市南区",
    "370203": "市北区",
    "370211": "黄岛区",
    "370212": "崂山区",
    "370214": "城阳区",
    "370300": "淄博市",
    "370303": "张店区",
    "370304": "博山区",
    "370305": "临淄区",
    "370323": "沂源县",
    "370400": "枣庄市",
    "370500": "东营市",
    "370502": "东营区",
    "370600": "烟台市",
    "370602": "芝罘区",
    "370613": "莱山区",
    "370700": "潍坊市",
    "370702": "潍城区",
    "370705": "奎文区",
    "370800": "济宁市",
    "370811": "任城区",
    "370881": "曲阜市",
    "370900": "泰安市",
    "370902": "泰山区",
    "370911": "岱岳区",
    "371000": "威海市",
    "371002": "环翠区",
    "371100": "日照市",
    "371102": "东港区",
    "371300": "临沂市",
    "371302": "兰山区",
    "371326": "平邑县",
    "371328": "蒙阴县",
    "371400": "德州市",
    "371402": "德城区",
    "371500": "聊城市",
    "371502": "东昌府区",
    "371600": "滨州市",
    "371602": "滨城区",
    "371700": "菏泽市",
    "371702": "牡丹区",
}
CITIES = [k for k in SD if k.endswith("00") and k != "370000"]
COUNTIES = [k for k in SD if not k.endswith("00")]
HILL_COUNTIES = ["370112", "370304", "370323", "370902", "370911", "371326", "371328", "370212"]
PLATE_PREFIX = {  # 号牌 发牌 机关 代号 of the 市
    "370100": "鲁A",
    "370200": "鲁B",
    "370300": "鲁C",
    "370400": "鲁D",
    "370500": "鲁E",
    "370600": "鲁F",
    "370700": "鲁G",
    "370800": "鲁H",
    "370900": "鲁J",
    "371000": "鲁K",
    "371100": "鲁L",
    "371300": "鲁Q",
    "371400": "鲁N",
    "371500": "鲁P",
    "371600": "鲁M",
    "371700": "鲁R",
}
PLATE_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"  # no I or O
ZIHAO = ["鲁丰", "齐鲁", "泰和", "海晨", "金岭", "华鲁", "岱宗", "蓝海", "恒信", "瑞康", "沂蒙", "黄河", "鸢都", "琅琊"]
STREETS = ["经十路", "泉城路", "历山路", "解放路", "香港中路", "东海西路", "人民路", "新华路", "泰山大街", "金一路"]
ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]  # GB 11714 组织 机构 代码
ORG_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def org_check(body8: str) -> str:
    """GB 11714 check character of an 8-character 组织 机构 代码 body (letters count 10-35)."""
    total = sum((int(ch) if ch.isdigit() else ord(ch) - 55) * w for ch, w in zip(body8, ORG_WEIGHTS, strict=True))
    c9 = 11 - total % 11
    return "X" if c9 == 10 else ("0" if c9 == 11 else str(c9))


def sd_uscc(c: Corpus, kind: str = "91") -> str:
    """A 统一社会信用代码 registered in 山东: its 组织 机构 代码 part (MA… or digits) has its own GB 11714 check."""
    body8 = "MA" + c.alnum(6, ORG_CHARS) if c.chance(0.6) else c.digits(8)
    body = kind + c.pick(COUNTIES) + body8 + org_check(body8)
    return body + mod31(body)


def sd_born_id(c: Corpus, born: date) -> str:
    body = f"{c.pick(COUNTIES)}{born:%Y%m%d}{c.num(10, 99)}{c.num(0, 9)}"
    return body + id_check(body)


def sd_id(c: Corpus, lo: int = -22000, hi: int = -7000) -> str:
    """A 公民身份号码 of a 山东 区县 with its GB 11643 check character."""
    return sd_born_id(c, c.day(lo, hi).date())


def firm(c: Corpus, trade: str) -> str:
    place = c.pick(["山东", "济南", "青岛", "淄博", "烟台", "潍坊", "临沂"])
    return f"{place}{c.pick(ZIHAO)}{trade}{c.pick(['有限公司', '股份有限公司', '有限责任公司'])}"


def address(c: Corpus) -> str:
    city = c.pick(CITIES)
    county = c.pick([k for k in COUNTIES if k[:4] == city[:4]] or [city])
    name = SD[city] + (SD[county] if county != city else "")
    return f"山东省{name}{c.pick(STREETS)}{c.num(1, 999)}号"


def ymd_of(d: date | datetime) -> str:
    return f"{d:%Y-%m-%d}"


def plate(c: Corpus, city: str | None = None, trailer: bool = False, green: bool = False) -> str:
    """A 号牌: five characters with at most two letters; a 挂车 号牌 four digits and 挂; a 新能源 小型 号牌 D or F
    and five characters."""
    prefix = PLATE_PREFIX[city or c.pick(list(PLATE_PREFIX))]
    if trailer:
        return prefix + c.digits(4) + "挂"
    if green:
        return prefix + c.pick("DF") + c.pick([c.digits(5), c.alnum(1, PLATE_CHARS[:24]) + c.digits(4)])
    body = list(c.digits(5))
    if c.chance(0.7):
        body[0] = c.pick(PLATE_CHARS[:24])
    if c.chance(0.2):
        body[c.num(1, 4)] = c.pick(PLATE_CHARS[:24])
    return prefix + "".join(body)


def jsn(value: float) -> int | float:
    """A number as JavaScript writes it: 4.0 is 4."""
    return int(value) if value == int(value) else value


def js_doc(doc: object) -> str:
    """JSON.stringify of a front end's object: integral numbers carry no ".0"."""

    def walk(x: object) -> object:
        if isinstance(x, float):
            return jsn(x)
        if isinstance(x, dict):
            return {k: walk(v) for k, v in x.items()}
        if isinstance(x, list):
            return [walk(v) for v in x]
        return x

    return js_json(walk(doc))


def money(value: Decimal) -> float:
    """A Decimal amount as the JSON number a front end sends (two decimals)."""
    return float(value.quantize(Decimal("0.01"), ROUND_HALF_UP))


def authed(h: dict[str, str], c: Corpus) -> dict[str, str]:
    h["Authorization"] = bearer(c)
    return h


# --- emergency-plan-filing ---------------------------------------------------------------------------------

INDUSTRIES = ["危险化学品", "非煤矿山", "金属冶炼", "烟花爆竹", "工贸（机械）", "工贸（轻工）", "交通运输", "建筑施工"]
TRADE_OF = {
    "危险化学品": "化工",
    "非煤矿山": "矿业",
    "金属冶炼": "特钢",
    "烟花爆竹": "烟花",
    "工贸（机械）": "机械制造",
    "工贸（轻工）": "食品",
    "交通运输": "物流",
    "建筑施工": "建设工程",
}
PLAN_KINDS = ["综合应急预案", "专项应急预案", "现场处置方案"]
REVISE_REASONS = {  # 第三十六条 (一)-(六)
    1: "依据的法律、法规、规章、标准及上位预案中的有关规定发生重大变化的",
    2: "应急指挥机构及其职责发生调整的",
    3: "安全生产面临的风险发生重大变化的",
    4: "重要应急资源发生重大变化的",
    5: "在应急演练和事故应急救援中发现需要修订预案的重大问题的",
    6: "编制单位认为应当修订的其他情况",
}
HAZARDS = [  # (评估 单元, 危险 因素, 事故 类型)
    ("液氯储罐区", "储罐及管线法兰泄漏", "中毒和窒息"),
    ("硝化反应釜", "冷却水中断导致超温超压", "火灾、爆炸"),
    ("污水池", "有限空间作业未检测", "中毒和窒息"),
    ("铝镁抛光车间", "粉尘积聚遇点火源", "粉尘爆炸"),
    ("10kV 配电室", "带电作业、绝缘失效", "触电"),
    ("成品库", "叉车倒车视线盲区", "车辆伤害"),
    ("炼钢车间", "熔融金属吊运钢丝绳断裂", "灼烫"),
    ("尾矿库", "汛期坝体渗流、浸润线抬升", "溃坝"),
    ("脚手架", "连墙件缺失、临边无防护", "高处坠落"),
]
DRILL_SCENARIOS = [
    "模拟 2# 液氯储罐出料阀法兰泄漏（泄漏量约 5 kg），现场人员佩戴正压式空气呼吸器关阀堵漏，启动碱液喷淋吸收，"
    "周边 300 米警戒疏散，17 分钟处置完毕。",
    "模拟硝化釜冷却水泵跳停、釜温升至 85℃，DCS 报警后操作工紧急切断进料、开启事故冷却水，"
    "班长启动现场处置方案并向调度报告；演练用时 12 分钟。",
    "模拟铝镁抛光车间除尘器火情：停机断电、使用 D 类灭火剂（干砂）覆盖，禁止用水；"
    "参演人员 26 人，消防站 1 车 5 人增援。",
    "桌面推演：汛期尾矿库浸润线超预警值，按照《尾矿库防汛专项应急预案》逐级响应（Ⅳ级→Ⅲ级），"
    "推演下游 2 个村 318 人转移路线。",
]
DRILL_REVIEWS = [
    "评估结论：预案基本可行。问题：1. 呼吸器气瓶压力点检记录缺失；2. 广播疏散指令不清晰。整改期限 15 日。",
    "评估结论：响应及时，分工明确；建议补充夜间演练，并将应急物资清单（含规格、数量、存放位置）张贴上墙。",
    "评估结论：部分人员不熟悉集合点位置（东门停车场），需在“三级安全教育”中补充；通信联络表需更新 3 人手机号。",
]
PLAN_PARAS = [
    "1 总则  1.1 编制目的：为规范本单位生产安全事故应急管理工作，迅速有效处置各类事故，保障人员生命和财产安全。",
    "1.2 编制依据：《中华人民共和国安全生产法》《生产安全事故应急条例》（国务院令第708号）"
    "《生产安全事故应急预案管理办法》及 GB/T 29639-2020。",
    "2 应急组织机构及职责：成立应急救援指挥部，总指挥由总经理担任，副总指挥由分管安全副总担任。",
    "3 应急响应：按事故危害程度、影响范围分为一级（公司级）、二级（车间级）、三级（班组级）响应。",
    "4 信息报告：事故发生后，现场人员立即报告值班调度（电话 0533-8xxxxxx），调度 1 小时内报告属地应急管理部门。",
    "附件：应急物资装备清单；有关应急部门、机构或人员联系方式；风险评估报告；应急资源调查报告。",
]
HAZCHEM_CITIES = ["济南", "青岛", "淄博", "东营", "烟台", "潍坊", "济宁", "临沂", "滨州"]


def risk_level(r: int) -> tuple[str, str]:
    """The LS 风险 矩阵's level and colour of R = L × S (1-25)."""
    if r >= 20:
        return "重大风险", "红"
    if r >= 15:
        return "较大风险", "橙"
    if r >= 9:
        return "一般风险", "黄"
    return "低风险", "蓝"


def filing_no(c: Corpus, year: int | None = None) -> str:
    """备案 编号: 区县 代码, year, 4-digit 流水."""
    return f"{c.pick(COUNTIES)}{year or c.num(2024, 2027)}{c.num(1, 2999):04d}"


@family("emergency-plan-filing")
def emergency_plan_filing(c: Corpus) -> None:
    f = "emergency-plan-filing"
    ref = f"{SITE}/yjt/yjya/index.html"
    for _ in range(N):
        path = c.pick(["/yjt/yjya/bszn.html", "/yjt/yjya/index.html", "/yjt/zwfw/yjyaba/lcsm.html"])
        c.add(f, "guide-page", "GET", path, page(c, c.pick([f"{SITE}/yjt/", f"{SITE}/yjt/zwfw/"]), 0.3))
    for _ in range(N):
        industry = c.pick(INDUSTRIES)
        name = firm(c, TRADE_OF[industry])
        reviewed = c.day(-90, -10).date()
        published = open_day(reviewed + timedelta(days=c.num(3, 25)))
        applied = workday_after(published, c.num(1, 20))
        kinds = PLAN_KINDS[: c.num(1, 3)]
        hazards = c.sample(HAZARDS, 3)
        parts = [
            ("entName", name),
            ("uscc", sd_uscc(c)),
            ("industry", industry),
            ("region", c.pick(COUNTIES)),
            ("planKinds", ",".join(kinds)),
            ("reviewDate", ymd_of(reviewed)),
            ("publishDate", ymd_of(published)),
            ("applyDate", ymd_of(applied)),
            ("contact", c.person()),
            ("mobile", c.mobile()),
            ("plan", (f"{name}生产安全事故应急预案（2027版）.docx", DOCX_CT, docx(c.sample(PLAN_PARAS, 4)))),
            ("review", ("应急预案评审意见.pdf", "application/pdf", pdf_head(c, c.num(500, 1500)))),
            ("risk", ("风险评估报告.docx", DOCX_CT, docx([f"评估单元：{x[0]}；危险因素：{x[1]}" for x in hazards]))),
        ]
        h, body = upload(c, parts, f"{SITE}/yjt/yjya/apply.html", 0.1)
        c.add(f, "filing-apply", "POST", "/yjt/yjya/api/filing/apply", authed(h, c), body)
    for _ in range(N):
        items = []
        for unit, hazard, accident in c.sample(HAZARDS, c.num(2, 5)):
            likelihood, severity = c.num(1, 5), c.num(1, 5)
            level, colour = risk_level(likelihood * severity)
            items.append(
                {
                    "unit": unit,
                    "hazard": hazard,
                    "accident": accident,
                    "L": likelihood,
                    "S": severity,
                    "R": likelihood * severity,
                    "level": level,
                    "color": colour,
                }
            )
        doc = {"uscc": sd_uscc(c), "method": "LS", "items": items, "assessor": c.person()}
        h = authed(web(c, JSON_CT, 0.1, f"{SITE}/yjt/yjya/apply.html"), c)
        c.add(f, "risk-assessment", "POST", "/yjt/yjya/api/filing/risk", h, js_doc(doc))
    for _ in range(N):
        q = [("filingNo", filing_no(c)), ("uscc", sd_uscc(c)), ("_", c.ms())]
        c.add(f, "filing-progress", "GET", "/yjt/yjya/api/filing/progress?" + qs(q, axios), web(c, None, 0.3, ref))
    for _ in range(N):
        start = c.day(-365, -30).date()
        fields = [
            ("entName", c.pick(["化工", "矿业", "", "物流", "华鲁", "特钢"])),
            ("industry", c.pick(["", *INDUSTRIES])),
            ("region", c.pick(["", *CITIES])),
            ("startDate", ymd_of(start)),
            ("endDate", ymd_of(start + timedelta(days=c.num(30, 330)))),
            ("page", str(c.num(1, 8))),
            ("rows", "15"),
        ]
        c.add(f, "filing-search", "POST", "/yjt/yjya/list.do", jq_form(c, ref, 0.2), qs(fields, jq))
    for _ in range(N):
        c.add(f, "notice-download", "GET", f"/yjt/yjya/gzs/{filing_no(c)}.pdf", page(c, ref, 0.2))
    for _ in range(N):
        parts = [
            ("filingNo", filing_no(c)),
            ("drillType", c.pick(["综合应急预案演练", "专项应急预案演练", "现场处置方案演练"])),
            ("drillForm", c.pick(["实战演练", "桌面推演"])),
            ("drillDate", ymd_of(c.day(-60, -1))),
            ("participants", str(c.num(8, 120))),
            ("scenario", c.pick(DRILL_SCENARIOS)),
            ("evaluation", c.pick(DRILL_REVIEWS)),
        ]
        for i in range(c.num(1, 3)):
            photo = (f"IMG_2027{c.digits(4)}_{c.digits(6)}.jpg", "image/jpeg", jpeg(c, c.num(600, 1800)))
            parts.append((f"photos[{i}]", photo))
        parts.append(("report", ("演练评估报告.pdf", "application/pdf", pdf_head(c, c.num(400, 1200)))))
        h, body = upload(c, parts, f"{SITE}/yjt/yjya/drill.html", 0.3)
        c.add(f, "drill-record", "POST", "/yjt/yjya/api/drill/save", authed(h, c), body)
    for _ in range(N):
        code = c.num(1, 6)
        doc = {
            "originalNo": filing_no(c, c.num(2023, 2025)),
            "uscc": sd_uscc(c),
            "reasonCode": code,
            "reason": REVISE_REASONS[code],
            "changes": c.pick(
                [
                    "根据 2021 年修订的《安全生产法》第八十一条，补充“全员参与”及与属地政府预案衔接的内容。",
                    "新增 2 台 100m³ 甲醇储罐，重新辨识重大危险源（三级），补充《储罐区火灾专项应急预案》。",
                    "应急指挥部总指挥由张某某调整为李某某，更新通讯录（附件 2）及 24 小时值班电话。",
                    "2027 年 4 月演练中发现消防水池补水能力不足，修订现场处置方案第 3.2 条，增加移动泵 1 台。",
                ]
            ),
            "publishDate": ymd_of(c.day(-20, 0)),
        }
        h = authed(web(c, JSON_CT, 0.1, f"{SITE}/yjt/yjya/revise.html"), c)
        c.add(f, "revision-filing", "POST", "/yjt/yjya/api/filing/revise", h, js_doc(doc))
    for _ in range(N):
        year = c.num(2023, 2027)
        lic = f"鲁{c.pick(HAZCHEM_CITIES)}危化经字〔{year}〕{c.num(1, 9999):06d}"
        q = [("licenseNo", lic)] if c.chance(0.6) else [("entName", firm(c, "化工"))]
        h = web(c, None, 0.4, f"{SITE}/yjt/whpjyxk/cx.html")
        c.add(f, "hazchem-license", "GET", "/yjt/whpjyxk/api/query?" + qs(q, axios), h)
    for _ in range(N):
        q = [("type", c.pick(["industry", "region", "planKind", "drillType"])), ("v", c.pick(["20270301", "20270415"]))]
        c.add(f, "dict", "GET", "/yjt/yjya/api/dict?" + qs(q, axios), web(c, None, 0.2, ref))


# --- special-operation-cert --------------------------------------------------------------------------------

OPERATIONS = {  # 特种 作业 目录: 类别 and its 操作 项目
    "电工作业": ["低压电工作业", "高压电工作业", "电力电缆作业", "继电保护作业", "电气试验作业", "防爆电气作业"],
    "焊接与热切割作业": ["熔化焊接与热切割作业", "压力焊作业", "钎焊作业"],
    "高处作业": ["登高架设作业", "高处安装、维护、拆除作业"],
    "制冷与空调作业": ["制冷与空调设备运行操作作业", "制冷与空调设备安装修理作业"],
    "危险化学品安全作业": [
        "氯碱电解工艺作业",
        "氯化工艺作业",
        "硝化工艺作业",
        "合成氨工艺作业",
        "加氢工艺作业",
        "化工自动化控制仪表作业",
    ],
    "金属非金属矿山安全作业": [
        "金属非金属矿井通风作业",
        "尾矿作业",
        "金属非金属矿山提升机操作作业",
        "金属非金属矿山排水作业",
        "金属非金属矿山爆破作业",
    ],
    "烟花爆竹安全作业": ["烟火药制造作业", "黑火药制造作业", "引火线制造作业", "烟花爆竹储存作业"],
}
EXAM_SITES = [
    "济南市安全生产考试中心（历城）",
    "青岛市特种作业考试点（城阳）",
    "淄博市安全技能实训考试中心",
    "潍坊市应急管理考试中心",
    "临沂市安全生产培训考核中心",
]
EXAM_SLOTS = ["08:30-10:00", "10:30-12:00", "14:00-15:30", "15:50-17:20"]
EXAM_HOURS = ("08:30", "17:30")


def op_pair(c: Corpus) -> tuple[str, str]:
    category = c.pick(list(OPERATIONS))
    return category, c.pick(OPERATIONS[category])


def years_later(d: date, years: int) -> date:
    """The same day ``years`` later (negative: earlier; 29 February becomes 28 February)."""
    return d.replace(year=d.year + years, day=min(d.day, 28) if d.month == 2 else d.day)


@family("special-operation-cert")
def special_operation_cert(c: Corpus) -> None:
    f = "special-operation-cert"
    ref = f"{SITE}/yjt/tzzy/cx.html"
    for _ in range(N):
        path = c.pick(["/yjt/tzzy/cx.html", "/yjt/tzzy/index.html", "/yjt/tzzy/cx.html?from=singlemessage"])
        c.add(f, "query-page", "GET", path, page(c, c.pick([f"{SITE}/yjt/", None]), 0.6))
    for _ in range(N):
        category, _item = op_pair(c)
        fields = [("zjlx", "身份证"), ("zjhm", sd_id(c)), ("xm", c.person()), ("zylb", category)]
        fields.append(("yzm", c.alnum(4, "abcdefhkmnprstuvwxy2345678")))
        c.add(f, "cert-query", "POST", "/yjt/tzzy/api/query", jq_form(c, ref, 0.6), qs(fields, jq))
    for _ in range(N):
        q = [("certNo", "T" + sd_id(c)), ("t", c.ms()), ("sign", c.hexs(16))]
        c.add(f, "qr-verify", "GET", "/yjt/tzzy/verify?" + qs(q, form), wx_nav(c))
    for _ in range(N):
        due = c.day(3, 60).date()  # the 复审 (3 years) or 换证 复审 (6 years) date that is coming up
        first = years_later(due, -c.pick([3, 6]))
        born = first - timedelta(days=c.num(18 * 366, 50 * 365))
        idno = sd_born_id(c, born)
        category, item = op_pair(c)
        doc = {
            "certNo": "T" + idno,
            "name": c.person(),
            "category": category,
            "item": item,
            "firstIssueDate": ymd_of(first),
            "reviewDueDate": ymd_of(due),
            "validUntil": ymd_of(years_later(first, 6)),
            "applyDate": ymd_of(due - timedelta(days=c.num(1, 60))),
            "trainingHours": c.pick([8, 8, 12, 16]),
            "violations": c.pick(["无", "无", "无"]),
            "medical": c.pick(["合格", "合格，血压偏高建议复查"]),
        }
        c.add(f, "review-apply", "POST", "/yjt/tzzy/api/review/apply", client(c, ref), js_doc(doc))
    for _ in range(N):
        category, item = op_pair(c)
        day = open_day(c.day(3, 40).date())
        doc = {
            "idNo": sd_id(c),
            "name": c.person(),
            "category": category,
            "item": item,
            "examType": c.pick(["初训", "复审", "补考"]),
            "site": c.pick(EXAM_SITES),
            "date": ymd_of(day),
            "slot": c.pick(EXAM_SLOTS),
            "mobile": c.mobile(),
        }
        c.add(f, "exam-booking", "POST", "/yjt/tzzy/api/exam/book", client(c, ref, mp=0.5), js_doc(doc))
    for _ in range(N):
        q = [("zkzh", f"{c.num(2026, 2027)}{c.pick(CITIES)[:4]}{c.num(1, 99999):05d}"), ("zjhm", sd_id(c))]
        c.add(f, "score-query", "GET", "/yjt/tzzy/api/score?" + qs(q, axios), web(c, None, 0.6, ref))
    for _ in range(N):
        q = [("region", c.pick(CITIES)), ("category", c.pick(["", *OPERATIONS])), ("page", c.num(1, 4)), ("size", 10)]
        c.add(f, "training-org", "GET", "/yjt/tzzy/api/org/list?" + qs(q, axios), web(c, None, 0.5, ref))
    for _ in range(N):
        parts = [
            ("idNo", sd_id(c)),
            ("width", "358"),
            ("height", "441"),
            ("file", (f"tmp_{c.hexs(16)}.jpg", "image/jpeg", jpeg(c, c.num(900, 2000)))),
        ]
        h, body = wx_upload(c, parts)
        c.add(f, "photo-upload", "POST", "/yjt/tzzy/api/photo/upload", h, body)
    for _ in range(N):
        q = [("level", c.pick(["category", "item"])), ("_", c.ms())]
        c.add(f, "category-dict", "GET", "/yjt/tzzy/api/dict/operation?" + qs(q, axios), web(c, None, 0.5, ref))
    for _ in range(N):
        reason = c.pick(["遗失", "损毁", "信息变更"])
        parts = [("certNo", "T" + sd_id(c)), ("reason", reason), ("mobile", c.mobile())]
        if reason == "遗失":
            parts.append(("statement", ("遗失声明.pdf", "application/pdf", pdf_head(c, c.num(300, 800)))))
        parts.append(("photo", ("一寸照片.jpg", "image/jpeg", jpeg(c, c.num(700, 1500)))))
        h, body = upload(c, parts, f"{SITE}/yjt/tzzy/bz.html", 0.4)
        c.add(f, "replace-apply", "POST", "/yjt/tzzy/api/replace", h, body)


# --- disaster-info-report ----------------------------------------------------------------------------------

DISASTERS = ["暴雨洪涝", "风雹", "干旱", "台风", "低温冷冻", "雪灾", "地质灾害", "森林火灾"]
SECTORS = ["农业", "工业", "服务业", "基础设施", "公共服务", "居民住房", "家庭财产"]
DISASTER_NOTES = [
    "7月12日16时至13日08时，全镇平均降雨量 186.4 毫米，最大 247.0 毫米（王庄村），河道水位超警戒 0.6 米，"
    "3 个村低洼地块积水，已组织转移群众。",
    "6月3日15时40分前后出现冰雹、大风天气，冰雹最大直径约 2 厘米，持续约 15 分钟，正值小麦收获期，"
    "大棚（冬暖式）薄膜损坏较多。",
    "受台风“梅花”外围影响，沿海出现 9～10 级阵风，部分渔船回港避风，养殖网箱受损，暂无人员伤亡。",
    "入春以来降水偏少 6 成，部分丘陵地区小麦返青受旱，人饮困难 320 人，已启用应急送水车 2 辆。",
]
SEASONAL = {  # the 灾种 a month brings in 山东
    **dict.fromkeys((6, 7, 8, 9), ("暴雨洪涝", "暴雨洪涝", "风雹", "台风", "地质灾害")),
    **dict.fromkeys((11, 12, 1, 2, 3), ("低温冷冻", "雪灾", "干旱", "森林火灾")),
    **dict.fromkeys((4, 5, 10), ("干旱", "风雹", "森林火灾", "低温冷冻")),
}
APP = ("cn.gov.mem.zqbs", "3.6.2")


def disaster_counts(c: Corpus) -> dict:
    """One report's figures, consistent as the 统计 制度 requires (绝收 ≤ 成灾 ≤ 受灾; 户 ≤ 间)."""
    pop = c.num(200, 60000)
    crop = c.num(0, 900000)  # 公顷 × 100
    ruined = c.num(0, crop)
    lost = c.num(0, ruined)
    counts = {
        "affectedPop": pop,
        "dead": c.pick([0, 0, 0, 0, 1]),
        "missing": c.pick([0, 0, 0, 0, 0, 1]),
        "relocated": c.num(0, pop // 3),
        "needRelief": c.num(0, pop // 4),
        "cropAffectedHa": crop / 100,
        "cropDisasterHa": ruined / 100,
        "cropLostHa": lost / 100,
    }
    for kind in ("collapsed", "severe", "general"):
        hu = c.num(0, 40)
        counts[f"{kind}Hu"], counts[f"{kind}Jian"] = hu, hu * c.num(1, 4)
    return counts


def event_no(c: Corpus) -> str:
    return f"ZH{c.pick(COUNTIES)}{c.day(-40, 0):%Y%m%d}{c.num(1, 9):02d}"


@family("disaster-info-report")
def disaster_info_report(c: Corpus) -> None:
    f = "disaster-info-report"
    ref = f"{SITE}/yjt/zqbs/index.html"
    for _ in range(N):
        path = c.pick(["/yjt/zqbs/tbsm.html", "/yjt/zqbs/zbsm/zhsj.html", "/yjt/zqbs/index.html"])
        c.add(f, "guide-page", "GET", path, page(c, f"{SITE}/yjt/", 0.2))
    for _ in range(N):
        occurred = c.when()
        region = c.pick(COUNTIES)
        doc = {
            "reportType": "初报",
            "eventNo": f"ZH{region}{occurred:%Y%m%d}{c.num(1, 9):02d}",
            "disaster": c.pick(SEASONAL[occurred.month]),
            "region": region,
            "occurTime": f"{occurred:%Y-%m-%d %H:%M}",
            "reportTime": f"{occurred + timedelta(minutes=c.num(20, 180)):%Y-%m-%d %H:%M}",
            **disaster_counts(c),
            "directLoss": c.num(0, 500000) / 100,
            "description": c.pick(DISASTER_NOTES),
            "reporter": c.person(),
        }
        h = app_headers(c, *APP, JSON_CT)
        c.add(f, "initial-report", "POST", "/yjt/zqbs/app/api/report/initial", h, js_doc(doc))
    for _ in range(N):
        before = disaster_counts(c)
        after = dict(before)
        for key, most in (("affectedPop", 3000), ("collapsedHu", 3), ("severeHu", 6)):
            after[key] += c.num(0, most)
        for key in ("relocated", "needRelief"):  # never more than the 受灾 人口
            after[key] += c.num(0, (after["affectedPop"] - after[key]) // 4)
        after["dead"] += c.pick([0, 0, 0, 1])
        crops = ("cropAffectedHa", "cropDisasterHa", "cropLostHa")
        hundredths = {k: round(before[k] * 100) + c.num(0, 50000) for k in crops}
        hundredths["cropDisasterHa"] = max(hundredths["cropDisasterHa"], hundredths["cropLostHa"])
        hundredths["cropAffectedHa"] = max(hundredths["cropAffectedHa"], hundredths["cropDisasterHa"])
        after.update({k: v / 100 for k, v in hundredths.items()})
        for kind in ("collapsed", "severe", "general"):
            after[f"{kind}Jian"] = max(after[f"{kind}Jian"] + c.num(0, 8), after[f"{kind}Hu"])
        doc = {
            "reportType": "续报",
            "eventNo": event_no(c),
            "seq": c.num(2, 6),
            "previous": before,
            "current": after,
            "delta": {k: round(after[k] - before[k], 2) for k in before},
        }
        h = app_headers(c, *APP, JSON_CT)
        c.add(f, "continue-report", "POST", "/yjt/zqbs/app/api/report/continue", h, js_doc(doc))
    for _ in range(N):
        cents = {s: c.num(0, 30_000_000) for s in c.sample(SECTORS, c.num(3, 7))}
        doc = {
            "reportType": "核报",
            "eventNo": event_no(c),
            **disaster_counts(c),
            "losses": {s: v / 100 for s, v in cents.items()},
            "directLoss": sum(cents.values()) / 100,
            "unit": "万元",
            "verifier": c.person(),
        }
        h = authed(web(c, JSON_CT, 0.1, f"{SITE}/yjt/zqbs/hb.html"), c)
        c.add(f, "verify-report", "POST", "/yjt/zqbs/api/report/verify", h, js_doc(doc))
    for _ in range(N):
        parts = [
            ("eventNo", event_no(c)),
            ("lng", f"{c.num(116000000, 121500000) / 1e6:.6f}"),
            ("lat", f"{c.num(34600000, 37900000) / 1e6:.6f}"),
            ("shotAt", f"{c.when():%Y-%m-%d %H:%M:%S}"),
            ("file", (f"IMG_{c.day(-20, 0):%Y%m%d}_{c.digits(6)}.jpg", "image/jpeg", jpeg(c, c.num(1200, 3000)))),
        ]
        ctype, body = okhttp_multipart(c, parts)
        c.add(f, "scene-photo", "POST", "/yjt/zqbs/app/api/photo", app_headers(c, *APP, ctype), body)
    for _ in range(N):
        pop = c.num(20, 3000)
        doc = {
            "region": c.pick(COUNTIES),
            "village": c.pick(["王庄村", "李家峪村", "东河社区", "北岭村", "前店子村"]),
            "disaster": c.pick(DISASTERS),
            "affectedPop": pop,
            "relocated": c.num(0, pop // 2),
            "text": c.pick(DISASTER_NOTES)[: c.num(30, 80)],
        }
        c.add(f, "miniapp-quick", "POST", "/yjt/zqbs/mp/api/quick", miniprogram(c, JSON_CT), js_doc(doc))
    for _ in range(N):
        start = c.day(-60, -5).date()
        q = [("region", c.pick(CITIES)), ("start", ymd_of(start)), ("end", ymd_of(start + timedelta(c.num(1, 30))))]
        q.append(("disaster", c.pick(["", *DISASTERS])))
        c.add(f, "event-list", "GET", "/yjt/zqbs/api/event/list?" + qs(q, axios), web(c, None, 0.2, ref))
    for _ in range(N):
        q = [("parent", c.pick(["370000", *CITIES])), ("level", c.pick(["county", "town"]))]
        c.add(f, "region-tree", "GET", "/yjt/zqbs/api/region/tree?" + qs(q, axios), web(c, None, 0.3, ref))
    for _ in range(N):
        q = [("page", c.num(1, 5)), ("size", 20), ("type", c.pick(["", "初报", "续报", "核报"]))]
        c.add(f, "report-history", "GET", "/yjt/zqbs/app/api/report/mine?" + qs(q, axios), app_headers(c, *APP))


# --- presale-housing-query ---------------------------------------------------------------------------------

PROJECTS = [  # (项目 名称, 区县)
    ("绿地·泉景嘉园", "370112"),
    ("中建·锦绣城", "370104"),
    ("鲁商·蘭園", "370102"),
    ("海信·君汇", "370212"),
    ("万科·翡翠东方", "370211"),
    ("保利·和光屿湖", "370214"),
    ("龙湖·春江天玺", "370105"),
    ("金茂·智慧科学城", "370113"),
    ("华润·昆仑御", "370202"),
]
LAYOUTS = ["两室两厅一卫", "三室两厅一卫", "三室两厅两卫", "四室两厅两卫"]
DEED_RULE = ((1, 1, "0.01"), (1, 0, "0.015"), (2, 1, "0.01"), (2, 0, "0.02"))  # (套, ≤140㎡?, 税率)


def deed_rate(order: int, area: Decimal) -> Decimal:
    small = 1 if area <= 140 else 0
    return next(Decimal(r) for o, s, r in DEED_RULE if o == order and s == small)


def presale_permit(c: Corpus, county: str) -> str:
    year = c.num(2025, 2027)
    if county.startswith("3702"):
        return f"青房注字（{year}）第{c.num(1, 260)}号"
    return f"济建预许{year}第{c.num(1, 260):03d}号"


def room_code(c: Corpus) -> str:
    """楼栋-单元-楼层房号 (2-1-1502)."""
    return f"{c.num(1, 18)}-{c.num(1, 3)}-{c.num(2, 33)}{c.num(1, 4):02d}"


@family("presale-housing-query")
def presale_housing_query(c: Corpus) -> None:
    f = "presale-housing-query"
    ref = f"{SITE}/zjt/spf/xmcx.html"
    for _ in range(N):
        name, county = c.pick(PROJECTS)
        q = [("xmmc", c.pick([name.split("·")[1], name, ""])), ("qx", county), ("page", c.num(1, 3))]
        c.add(f, "search-page", "GET", "/zjt/spf/xmcx.html?" + qs(q, form), page(c, ref, 0.5))
    for _ in range(N):
        name, county = c.pick(PROJECTS)
        q = [("keyword", name), ("region", county), ("page", 1), ("rows", 10), ("_", c.ms())]
        c.add(f, "project-list", "GET", "/zjt/spf/api/project/list?" + qs(q, jq), jq_get(c, ref, 0.5))
    for _ in range(N):
        county = c.pick(PROJECTS)[1]
        q = [("permitNo", presale_permit(c, county)), ("region", county)]
        c.add(f, "permit-detail", "GET", "/zjt/spf/api/permit?" + qs(q, axios), web(c, None, 0.5, ref))
    for _ in range(N):
        q = [("projectId", c.num(30000, 39999)), ("buildingNo", f"{c.num(1, 18)}号楼"), ("_", c.ms())]
        c.add(f, "building-table", "GET", "/zjt/spf/api/building/rooms?" + qs(q, axios), web(c, None, 0.5, ref))
    for _ in range(N):
        q = [("projectId", c.num(30000, 39999)), ("roomCode", room_code(c))]
        c.add(f, "room-detail", "GET", "/zjt/spf/api/room?" + qs(q, axios), web(c, None, 0.6, ref))
    for _ in range(N):
        low = c.num(8, 25) * 1000
        small = c.num(60, 120)
        doc = {
            "region": c.pick([p[1] for p in PROJECTS]),
            "priceMin": low,
            "priceMax": low + c.num(2, 20) * 1000,
            "areaMin": small,
            "areaMax": small + c.num(20, 100),
            "layout": c.pick(["", *LAYOUTS]),
            "status": c.pick(["可售", "全部"]),
            "page": c.num(1, 3),
        }
        c.add(f, "price-filter", "POST", "/zjt/spf/api/room/search", web(c, JSON_CT, 0.6, ref), js_doc(doc))
    for _ in range(N):
        county = c.pick(PROJECTS)[1]
        idno = sd_id(c)
        fields = [
            ("htbh", f"YS{c.num(2025, 2027)}{county}{c.num(1, 99999):05d}"),
            ("zjhm6", idno[-6:]),
            ("yzm", c.alnum(4, "ABCDEFGHJKMNPQRSTUVWXY23456789")),
        ]
        c.add(f, "contract-verify", "POST", "/zjt/spf/api/contract/verify", jq_form(c, ref, 0.5), qs(fields, jq))
    for _ in range(N):
        inner = Decimal(c.num(5500, 14500)) / 100
        shared = Decimal(c.num(800, 3200)) / 100
        area = inner + shared
        unit_price = c.num(90, 420) * 100
        total = unit_price * area
        order = c.pick([1, 1, 2])
        rate = deed_rate(order, area)
        doc = {
            "roomCode": room_code(c),
            "innerArea": float(inner),
            "sharedArea": float(shared),
            "buildArea": float(area),
            "unitPrice": unit_price,
            "totalPrice": money(total),
            "homeOrder": order,
            "deedTaxRate": float(rate),
            "deedTax": money(total * rate),
        }
        h = web(c, JSON_CT, 0.6, f"{SITE}/zjt/spf/qs.html")
        c.add(f, "deed-tax-calc", "POST", "/zjt/spf/api/tools/deedtax", h, js_doc(doc))
    for _ in range(N):
        q = [("uscc", sd_uscc(c)), ("type", c.pick(["credit", "qualification", "penalty"]))]
        c.add(f, "developer-credit", "GET", "/zjt/spf/api/developer?" + qs(q, axios), web(c, None, 0.4, ref))
    for _ in range(N):
        path = f"/zjt/spf/img/hx/{c.num(30000, 39999)}/{c.pick(['A', 'B', 'C', 'D'])}{c.num(1, 4)}.jpg"
        c.add(f, "floorplan-image", "GET", path, img_get(c, ref, 0.6))


# --- property-service --------------------------------------------------------------------------------------

COMMUNITIES = ["阳光100国际新城", "鲁能领秀城", "万达广场公寓", "舜奥华府", "海尔世纪公馆", "恒大名都", "泉城花园"]
COMPLAINTS = [
    "我们小区（{c}）地下车库 B2 层自 3 月起多处漏水，物业一直说“已报修”，但两个多月没人处理；墙面霉变，"
    "车辆被滴水腐蚀。物业费每月 2.35 元/㎡照收，服务却一直不到位，请主管部门督促整改。",
    "{c} 7 号楼电梯一周内故障 3 次（5月6日、8日、11日），其中一次困人 40 分钟；物业称“维保单位负责”，"
    "维保单位又说要用维修资金换主板。到底谁负责？请给个明确答复。",
    "物业公司在小区公共区域（南门绿地）设置广告位和快递柜，收益去向从未公示。根据《民法典》第二百八十二条，"
    "共有部分收益扣除合理成本后属于业主共有，请求责令公开 2025—2026 年公共收益收支。",
    "前期物业合同 2026 年 12 月到期，业委会筹备组已成立，但物业拒绝提供业主名册和专有面积清单，"
    "导致无法召开首次业主大会。请街道和住建部门协调。",
    "夜间 22:00 以后小区门口垃圾清运车作业噪音很大，多次反映无果；另外消防通道长期被车辆占用（见照片）。",
]
MATTERS = {  # 第二百七十八条 事项: the consent rule it needs ("half": 过半数, "three_quarters": 四分之三 以上)
    "使用建筑物及其附属设施的维修资金": "half",
    "筹集建筑物及其附属设施的维修资金": "three_quarters",
    "改建、重建建筑物及其附属设施": "three_quarters",
    "改变共有部分的用途或者利用共有部分从事经营活动": "three_quarters",
    "选聘和解聘物业服务企业": "half",
}
REPAIR_ITEMS = [
    ("电梯主板更换", 38000, 68000),
    ("屋面防水翻新", 60000, 260000),
    ("外墙渗水维修", 20000, 90000),
    ("消防水泵更换", 15000, 45000),
    ("单元门禁系统更换", 8000, 30000),
    ("地下车库排水泵", 6000, 20000),
]


def vote_passes(
    matter: str, total_area: int, total_n: int, part_area: int, part_n: int, agree_area: int, agree_n: int
) -> bool:
    """第二百七十八条, in hundredths of ㎡: two-thirds (以上) of area and people take part; consent of more than
    half, or three-quarters (以上), of the participating area and people."""
    if 3 * part_area < 2 * total_area or 3 * part_n < 2 * total_n:
        return False
    if MATTERS[matter] == "half":
        return 2 * agree_area > part_area and 2 * agree_n > part_n
    return 4 * agree_area >= 3 * part_area and 4 * agree_n >= 3 * part_n


@family("property-service")
def property_service(c: Corpus) -> None:
    f = "property-service"
    ref = f"{SITE}/zjt/wygl/index.html"
    for _ in range(N):
        community = c.pick(COMMUNITIES)
        parts = [
            ("community", community),
            ("address", address(c)),
            ("company", firm(c, "物业服务")),
            ("type", c.pick(["服务质量", "收费问题", "公共收益", "维修资金", "业委会", "其他"])),
            ("content", c.pick(COMPLAINTS).format(c=community)),
            ("name", c.person()),
            ("mobile", c.mobile()),
        ]
        parts += [
            (f"file{i}", (f"mmexport{c.ms()}.jpg", "image/jpeg", jpeg(c, c.num(800, 2400)))) for i in range(c.num(1, 3))
        ]
        h, body = upload(c, parts, f"{SITE}/zjt/wygl/ts.html", 0.7)
        c.add(f, "complaint-form", "POST", "/zjt/wygl/api/complaint", h, body)
    for _ in range(N):
        q = [("houseCode", f"{c.pick(COUNTIES)}-{c.num(1000, 9999)}-{room_code(c)}"), ("idLast6", sd_id(c)[-6:])]
        c.add(f, "fund-balance", "GET", "/zjt/wygl/api/fund/balance?" + qs(q, axios), web(c, None, 0.6, ref))
    for _ in range(N):
        matter = c.pick(list(MATTERS))
        total_area, total_n = c.num(2_000_000, 9_000_000), c.num(180, 900)
        part_area = c.num(total_area * 62 // 100, total_area)
        part_n = c.num(total_n * 62 // 100, total_n)
        agree_area = c.num(part_area // 2, part_area)
        agree_n = c.num(part_n // 2, part_n)
        doc = {
            "community": c.pick(COMMUNITIES),
            "matter": matter,
            "totalArea": total_area / 100,
            "totalOwners": total_n,
            "votedArea": part_area / 100,
            "votedOwners": part_n,
            "agreeArea": agree_area / 100,
            "agreeOwners": agree_n,
            "passed": vote_passes(matter, total_area, total_n, part_area, part_n, agree_area, agree_n),
            "voteEnd": ymd_of(c.day(-30, 0)),
        }
        h = authed(web(c, JSON_CT, 0.2, f"{SITE}/zjt/wygl/bj.html"), c)
        c.add(f, "fund-vote", "POST", "/zjt/wygl/api/fund/vote/result", h, js_doc(doc))
    for _ in range(N):
        items = [{"item": name, "amount": c.num(lo, hi)} for name, lo, hi in c.sample(REPAIR_ITEMS, c.num(1, 3))]
        budget = sum(x["amount"] for x in items)
        total_area = c.num(600_000, 2_000_000)  # 楼栋 专有 面积, hundredths of ㎡
        houses = []
        for _h in range(c.num(2, 5)):
            own = c.num(6000, 16000)
            houses.append({"room": room_code(c), "area": own / 100, "share": money(Decimal(budget * own) / total_area)})
        doc = {
            "community": c.pick(COMMUNITIES),
            "building": f"{c.num(1, 18)}号楼",
            "items": items,
            "budget": budget,
            "buildingArea": total_area / 100,
            "shares": houses,
        }
        h = authed(web(c, JSON_CT, 0.2, f"{SITE}/zjt/wygl/sy.html"), c)
        c.add(f, "fund-use-apply", "POST", "/zjt/wygl/api/fund/use/apply", h, js_doc(doc))
    for _ in range(N):
        q = [("name", c.pick(["物业", "物业服务", c.pick(ZIHAO)])), ("city", c.pick(CITIES)), ("page", c.num(1, 6))]
        c.add(f, "company-credit", "GET", "/zjt/wygl/api/company/credit?" + qs(q, axios), web(c, None, 0.4, ref))
    for _ in range(N):
        q = [("city", c.pick(CITIES)), ("level", c.pick(["一级", "二级", "三级", "四级", "五级"]))]
        q.append(("type", c.pick(["多层住宅", "高层住宅", "别墅"])))
        c.add(f, "fee-standard", "GET", "/zjt/wygl/api/fee/standard?" + qs(q, axios), web(c, None, 0.5, ref))
    for _ in range(N):
        d = c.day(-60, 0)
        c.add(
            f,
            "committee-notice",
            "GET",
            f"/zjt/wygl/yzwyh/{d:%Y%m}/t{d:%Y%m%d}_{c.num(400000, 499999)}.html",
            page(c, ref, 0.6),
        )
    for _ in range(N):
        doc = {
            "community": c.pick(COMMUNITIES),
            "room": room_code(c),
            "category": c.pick(["公共照明", "电梯", "门禁", "给排水", "绿化", "消防设施"]),
            "desc": c.pick(["3 单元一楼大厅灯不亮", "地库入口道闸抬杆慢", "5 号楼楼道窗户玻璃破了", "楼顶水箱溢水"]),
            "images": [f"https://{c.pick(['tmp', 'wxfile'])}/{c.hexs(16)}.jpg" for _ in range(c.num(0, 2))],
            "contact": c.mobile(),
        }
        c.add(f, "repair-request", "POST", "/zjt/wygl/mp/api/repair", miniprogram(c, JSON_CT), js_doc(doc))
    for _ in range(N):
        fields = [
            ("community", c.pick(COMMUNITIES)),
            ("score", str(c.num(1, 5))),
            ("items", ",".join(c.sample(["保洁", "保安", "绿化", "维修", "客服"], c.num(1, 3)))),
            ("comment", c.pick(["", "保洁阿姨很负责", "门岗夜间经常没人", "维修响应快，点赞！"])),
        ]
        c.add(f, "satisfaction", "POST", "/zjt/wygl/api/evaluate", jq_form(c, ref, 0.7), qs(fields, jq))
    for _ in range(N):
        d = c.day(-365, 0)
        c.add(
            f,
            "policy-page",
            "GET",
            f"/zjt/wygl/zcfg/{d:%Y%m}/t{d:%Y%m%d}_{c.num(400000, 499999)}.html",
            page(c, c.pick([ref, None]), 0.5),
        )


# --- oversize-transport-permit -----------------------------------------------------------------------------

LIMITS = {"height": 4.0, "width": 2.55, "length": 18.1, "gross": 49000}  # 第三条, 六轴 及 以上 汽车 列车
CARGOES = ["220kV 变压器", "风电叶片（84 米）", "盾构机主驱动", "桥式起重机主梁", "化工反应塔（φ4.2m）", "预制箱梁"]
ROADS = [
    "G2 京沪高速",
    "G3 京台高速",
    "G20 青银高速",
    "G15 沈海高速",
    "G25 长深高速",
    "G35 济广高速",
    "G18 荣乌高速",
    "G22 青兰高速",
    "G104",
    "G205",
    "G308",
    "S29 滨莱高速",
]
TRACK_APP = ("cn.gov.jtt.djys", "2.4.0")


def over_items(height: float, width: float, length: float, gross: int) -> list[str]:
    items = []
    for key, name, value in (("height", "总高度", height), ("width", "总宽度", width), ("length", "总长度", length)):
        if value > LIMITS[key]:
            items.append(name)
    if gross > LIMITS["gross"]:
        items.append("总质量")
    return items


def apply_no(c: Corpus) -> str:
    return f"DJ{c.day(-30, 0):%Y%m%d}{c.num(1, 99999):05d}"


@family("oversize-transport-permit")
def oversize_transport_permit(c: Corpus) -> None:
    f = "oversize-transport-permit"
    ref = f"{SITE}/jtt/djys/index.html"
    for _ in range(N):
        path = c.pick(["/jtt/djys/index.html", "/jtt/djys/bszn.html", "/jtt/djys/zcfg.html"])
        c.add(f, "guide-page", "GET", path, page(c, f"{SITE}/jtt/", 0.2))
    for _ in range(N):
        trailer_axles = c.num(3, 10)
        axles = [c.num(6500, 7500)] + [c.num(10000, 11500) for _ in range(2)]
        axles += [c.num(9000, 14000) for _ in range(trailer_axles)]
        height, width = c.num(380, 520) / 100, c.num(255, 500) / 100
        length = c.num(180, 450) / 10
        gross = sum(axles)
        origin, destination = c.sample(CITIES, 2)
        start = c.day(3, 20).date()
        doc = {
            "applicant": firm(c, "大件运输"),
            "uscc": sd_uscc(c),
            "tractor": plate(c),
            "trailer": plate(c, trailer=True),
            "axleCount": len(axles),
            "axleLoads": axles,
            "grossWeight": gross,
            "cargo": c.pick(CARGOES),
            "cargoWeight": gross - c.num(24000, 30000),
            "height": height,
            "width": width,
            "length": length,
            "overItems": over_items(height, width, length, gross),
            "from": origin,
            "to": destination,
            "startDate": ymd_of(start),
            "endDate": ymd_of(start + timedelta(days=c.num(2, 30))),
            "trips": c.num(1, 5),
        }
        h = authed(web(c, JSON_CT, 0.1, f"{SITE}/jtt/djys/apply.html"), c)
        c.add(f, "permit-apply", "POST", "/jtt/djys/api/apply", h, js_doc(doc))
    for _ in range(N):
        q = [("from", c.pick(CITIES)), ("to", c.pick(CITIES)), ("height", jsn(c.num(380, 520) / 100))]
        q += [("width", jsn(c.num(255, 500) / 100)), ("gross", c.num(50000, 150000))]
        c.add(f, "route-query", "GET", "/jtt/djys/api/route?" + qs(q, axios), web(c, None, 0.1, ref))
    for _ in range(N):
        q = [("applyNo", apply_no(c)), ("_", c.ms())]
        c.add(f, "progress-query", "GET", "/jtt/djys/api/progress?" + qs(q, axios), web(c, None, 0.3, ref))
    for _ in range(N):
        q = [("permitNo", f"37{c.day(-30, 0):%Y%m%d}{c.num(1, 9999):04d}"), ("plate", plate(c))]
        c.add(f, "permit-verify", "GET", "/jtt/djys/verify?" + qs(q, form), wx_nav(c))
    for _ in range(N):
        parts = [
            ("applyNo", apply_no(c)),
            ("tractorLicense", ("牵引车行驶证.jpg", "image/jpeg", jpeg(c, c.num(900, 2000)))),
            ("trailerLicense", ("挂车行驶证.jpg", "image/jpeg", jpeg(c, c.num(900, 2000)))),
            ("outline", ("车货外廓尺寸图.pdf", "application/pdf", pdf_head(c, c.num(600, 1600)))),
        ]
        h, body = upload(c, parts, f"{SITE}/jtt/djys/apply.html", 0.1)
        c.add(f, "docs-upload", "POST", "/jtt/djys/api/attachment", authed(h, c), body)
    for _ in range(N):
        segments = []
        for road in c.sample(ROADS, c.num(2, 5)):
            segments.append({"road": road, "from": c.pick(CITIES), "to": c.pick(CITIES), "km": c.num(80, 1800) / 10})
        doc = {
            "applyNo": apply_no(c),
            "segments": segments,
            "totalKm": round(sum(s["km"] for s in segments), 1),
            "escortVehicles": c.num(1, 3),
            "speedLimit": c.pick([40, 50, 60]),
            "bridges": [
                f"{c.pick(ROADS).split()[0]} K{c.num(10, 600)}+{c.num(0, 999):03d}" for _b in range(c.num(0, 3))
            ],
        }
        h = authed(web(c, JSON_CT, 0.1, f"{SITE}/jtt/djys/hs.html"), c)
        c.add(f, "escort-plan", "POST", "/jtt/djys/api/escort", h, js_doc(doc))
    for _ in range(N):
        t = c.when()
        lng, lat = c.num(116500000, 120500000) / 1e6, c.num(35000000, 37500000) / 1e6
        points = []
        for _p in range(c.num(3, 8)):
            t += timedelta(seconds=c.num(30, 300))
            lng, lat = round(lng + c.num(-900, 900) / 1e6, 6), round(lat + c.num(-900, 900) / 1e6, 6)
            points.append({"t": f"{t:%Y-%m-%d %H:%M:%S}", "lng": lng, "lat": lat, "speed": c.num(0, 60)})
        doc = {"permitNo": f"37{c.day(-30, 0):%Y%m%d}{c.num(1, 9999):04d}", "plate": plate(c), "points": points}
        h = app_headers(c, *TRACK_APP, JSON_CT)
        c.add(f, "track-report", "POST", "/jtt/djys/app/api/track", h, js_doc(doc))
    for _ in range(N):
        q = [("type", c.pick(["axle", "vehicle", "cargo"])), ("_", c.ms())]
        c.add(f, "axle-dict", "GET", "/jtt/djys/api/dict?" + qs(q, axios), web(c, None, 0.1, ref))


# --- etc-toll-invoice --------------------------------------------------------------------------------------

STATIONS = [
    ("济南东", 0),
    ("章丘", 31),
    ("淄博", 96),
    ("青州", 139),
    ("潍坊", 184),
    ("昌邑", 226),
    ("高密", 254),
    ("胶州", 299),
    ("青岛", 334),
]  # G20 青银高速 stations and their kilometre posts
RATES = {"一型客车": Decimal("0.45"), "二型客车": Decimal("0.70")}  # 元/车公里
ETC_DISCOUNT = Decimal("0.95")
PLATE_COLOURS = {"0": "蓝色", "1": "黄色", "4": "渐变绿色"}  # 车牌 颜色 codes of the 收费 系统
VEHICLE_COLOURS = {"一型客车": ["0", "0", "4"], "二型客车": ["0", "1"]}  # 7 座 以下 cars; 8-19 座


def toll_fee(km: int, vehicle: str) -> Decimal:
    return (km * RATES[vehicle] * ETC_DISCOUNT).quantize(Decimal("0.01"), ROUND_HALF_UP)


def etc_card(c: Corpus) -> str:
    """20-digit ETC 卡号: 网络 编号 3701, 卡 类型 22 (储值) or 23 (记账), 14 digits."""
    return f"3701{c.pick(['22', '23'])}{c.digits(14)}"


def trips(c: Corpus, vehicle: str) -> list[dict]:
    out = []
    for _ in range(c.num(1, 5)):
        (a, ka), (b, kb) = c.sample(STATIONS, 2)
        entered = c.when()
        km = abs(ka - kb)
        out.append(
            {
                "tradeId": f"{c.pick(['3701', '3702'])}{entered:%Y%m%d%H%M%S}{c.digits(6)}",
                "enStation": f"{a}站",
                "exStation": f"{b}站",
                "enTime": f"{entered:%Y-%m-%d %H:%M:%S}",
                "exTime": f"{entered + timedelta(minutes=km * 60 // 100 + c.num(5, 30)):%Y-%m-%d %H:%M:%S}",
                "km": km,
                "fee": money(toll_fee(km, vehicle)),
            }
        )
    return out


def invoice_code(c: Corpus) -> str:
    """12-digit 通行费 电子 普通 发票 代码: 0, 地区 3700, year, 批次, 01, 票种 12."""
    return f"03700{c.pick(['26', '27'])}{c.num(0, 1)}0112"


@family("etc-toll-invoice")
def etc_toll_invoice(c: Corpus) -> None:
    f = "etc-toll-invoice"
    ref = f"{SITE}/jtt/etc/fp/index.html"
    for _ in range(N):
        path = c.pick(["/jtt/etc/fp/login.html", "/jtt/etc/fp/index.html", "/jtt/etc/fp/help.html"])
        c.add(f, "login-page", "GET", path, page(c, c.pick([f"{SITE}/jtt/", None]), 0.4))
    for _ in range(N):
        vehicle = c.pick(list(RATES))
        colour = c.pick(VEHICLE_COLOURS[vehicle])
        doc = {
            "cardNo": etc_card(c),
            "plate": plate(c, green=colour == "4"),
            "plateColor": colour,
            "vehicleClass": vehicle,
            "mobile": c.mobile(),
            "smsCode": c.digits(6),
        }
        c.add(f, "card-bind", "POST", "/jtt/etc/fp/api/card/bind", authed(web(c, JSON_CT, 0.5, ref), c), js_doc(doc))
    for _ in range(N):
        q = [("cardNo", etc_card(c)), ("month", f"{c.day(-180, 0):%Y-%m}"), ("type", "ETC"), ("page", c.num(1, 3))]
        c.add(f, "trip-list", "GET", "/jtt/etc/fp/api/trips?" + qs(q, axios), authed(web(c, None, 0.5, ref), c))
    for _ in range(N):
        vehicle = c.pick(list(RATES))
        rows = trips(c, vehicle)
        company = c.chance(0.6)
        doc = {
            "cardNo": etc_card(c),
            "vehicleClass": vehicle,
            "titleType": "单位" if company else "个人",
            "title": firm(c, c.pick(["物流", "建设工程", "食品"])) if company else c.person(),
            "taxNo": sd_uscc(c) if company else "",
            "trips": rows,
            "total": money(sum((Decimal(str(r["fee"])) for r in rows), Decimal(0))),
            "email": f"{c.alnum(8).lower()}@{c.pick(['qq.com', '163.com', '126.com'])}",
        }
        h = authed(web(c, JSON_CT, 0.5, ref), c)
        c.add(f, "invoice-apply", "POST", "/jtt/etc/fp/api/invoice/apply", h, js_doc(doc))
    for _ in range(N):
        doc = {
            "type": "单位",
            "name": firm(c, c.pick(["物流", "建设工程", "食品", "信息技术"])),
            "taxNo": sd_uscc(c),
            "address": address(c),
            "phone": f"0531-{c.num(80000000, 89999999)}",
            "bank": c.pick(["中国工商银行济南分行营业部", "齐鲁银行青岛分行", "中国建设银行淄博张店支行"]),
            "account": c.digits(19),
            "default": c.chance(0.5),
        }
        h = authed(web(c, JSON_CT, 0.3, ref), c)
        c.add(f, "title-save", "POST", "/jtt/etc/fp/api/title/save", h, js_doc(doc))
    for _ in range(N):
        q = [("cardNo", etc_card(c)), ("status", c.pick(["已开票", "全部"])), ("page", c.num(1, 4)), ("size", 10)]
        c.add(f, "invoice-list", "GET", "/jtt/etc/fp/api/invoices?" + qs(q, axios), authed(web(c, None, 0.5, ref), c))
    for _ in range(N):
        q = [("fpdm", invoice_code(c)), ("fphm", c.digits(8)), ("format", "pdf")]
        c.add(f, "invoice-download", "GET", "/jtt/etc/fp/download?" + qs(q, form), page(c, ref, 0.4))
    for _ in range(N):
        q = [("cardNo", etc_card(c)), ("month", f"{c.day(-180, 0):%Y-%m}")]
        c.add(f, "miniapp-trips", "GET", "/jtt/etc/mp/api/trips?" + qs(q, axios), miniprogram(c))
    for _ in range(N):
        fields = [("email", f"{c.alnum(8).lower()}@{c.pick(['qq.com', '163.com', 'sina.com'])}")]
        fields += [("fpdm", invoice_code(c)), ("fphm", c.digits(8))]
        c.add(f, "email-push", "POST", "/jtt/etc/fp/api/invoice/email", jq_form(c, ref, 0.4), qs(fields, jq))
    for _ in range(N):
        doc = {
            "ev": c.pick(["pv", "click_apply", "click_download", "stay"]),
            "page": c.pick(["/jtt/etc/fp/index.html", "/jtt/etc/fp/trips.html"]),
            "dur": c.num(1000, 90000),
            "ts": c.ms(),
        }
        c.add(f, "page-beacon", "POST", "/jtt/etc/fp/api/stat", beacon(c, ref, 0.5), js_doc(doc))


# --- driver-training ---------------------------------------------------------------------------------------

C1_HOURS = {1: 12, 2: 16, 3: 24, 4: 10}  # 大纲 C1: 学时 per 部分
THEORY = {1, 4}  # 理论 parts: 45 minutes a 学时; 实操 parts 60
SCHOOL_NAMES = ["济南交运驾校", "青岛金胶州驾校", "淄博交运驾校", "潍坊顺安驾校", "临沂鲁运驾校", "泰安泰山驾校"]
EVAL_TEXT = [
    "教练很有耐心，科目二倒车入库讲得很细，一次过！就是练车排队时间有点长。",
    "报名时说“包接送”，结果只接了两次；计时终端经常签不上，学时少算了 2 个。",
    "整体满意。建议增加夜间模拟灯光的练习时间，科三考前只练了一次。",
    "先学后付挺好，按学时扣费很透明，App 上能看到每次训练的轨迹和照片。",
]


TRAINING_COMPLAINTS = [
    EVAL_TEXT[1],
    "报名费 4980 元，合同写明“一费制”，科二补考时又收了 600 元“加时费”，要求退还。",
    "教练要求每人每次练车带两包烟，不带就不给上车练，微信聊天记录截图附后。",
]


def school_code(c: Corpus) -> str:
    return f"{c.pick(COUNTIES)}{c.num(1, 300):04d}"


def unit_hours(part: int, minutes: int) -> int:
    return minutes // (45 if part in THEORY else 60)


@family("driver-training")
def driver_training(c: Corpus) -> None:
    f = "driver-training"
    ref = f"{SITE}/jtt/jp/jx/list.html"
    for _ in range(N):
        q = [("qx", c.pick(COUNTIES)), ("cx", c.pick(["C1", "C2", ""])), ("px", c.pick(["distance", "score"]))]
        c.add(f, "school-page", "GET", "/jtt/jp/jx/list.html?" + qs(q, form), page(c, f"{SITE}/jtt/jp/", 0.7))
    for _ in range(N):
        q = [("lng", jsn(c.num(116800000, 117300000) / 1e6)), ("lat", jsn(c.num(36500000, 36800000) / 1e6))]
        q += [("radius", c.pick([3000, 5000, 10000])), ("licenseType", c.pick(["C1", "C2"]))]
        c.add(f, "school-list", "GET", "/jtt/jp/api/school/nearby?" + qs(q, axios), web(c, None, 0.8, ref))
    for _ in range(N):
        part = c.num(1, 4)
        start = c.when()
        minutes = c.num(40, 240)
        doc = {
            "schoolCode": school_code(c),
            "terminalId": f"T{c.digits(12)}",
            "studentIdNo": sd_id(c, -15000, -7000),
            "coachNo": f"3701{c.digits(8)}",
            "part": part,
            "startTime": f"{start:%Y-%m-%d %H:%M:%S}",
            "endTime": f"{start + timedelta(minutes=minutes):%Y-%m-%d %H:%M:%S}",
            "minutes": minutes,
            "validHours": unit_hours(part, minutes),
        }
        h = service(c, "Apache-HttpClient/4.5.13 (Java/1.8.0_392)", {"X-Platform-Code": "JP3701"})
        c.add(f, "hours-sync", "POST", "/jtt/jp/api/ext/hours/push", h, js_doc(doc))
    for _ in range(N):
        hours = {str(p): need + c.pick([0, 0, 0, 1, 2, 4]) for p, need in C1_HOURS.items()}
        if c.chance(0.25):  # a report the platform will refuse: one part short of the 大纲
            short = c.pick(list(hours))
            hours[short] = C1_HOURS[int(short)] - c.num(1, 4)
        doc = {
            "schoolCode": school_code(c),
            "studentIdNo": sd_id(c, -15000, -7000),
            "licenseType": "C1",
            "hours": hours,
            "qualified": all(hours[str(p)] >= need for p, need in C1_HOURS.items()),
            "reportTime": f"{c.when():%Y-%m-%d %H:%M:%S}",
        }
        h = service(c, "Apache-HttpClient/4.5.13 (Java/1.8.0_392)", {"X-Platform-Code": "JP3701"})
        c.add(f, "stage-report", "POST", "/jtt/jp/api/ext/stage/report", h, js_doc(doc))
    for _ in range(N):
        doc = {
            "schoolCode": school_code(c),
            "coachNo": f"3701{c.digits(8)}",
            "schoolStars": c.num(1, 5),
            "coachStars": c.num(1, 5),
            "tags": c.sample(["耐心", "准时", "收费透明", "车况好", "态度差", "吃拿卡要"], c.num(0, 3)),
            "comment": c.pick(EVAL_TEXT),
            "anonymous": c.chance(0.5),
        }
        c.add(f, "evaluation", "POST", "/jtt/jp/api/evaluate", client(c, ref, mp=0.5), js_doc(doc))
    for _ in range(N):
        parts = [
            ("school", c.pick(SCHOOL_NAMES)),
            ("type", c.pick(["乱收费", "学时造假", "教练索要财物", "合同纠纷"])),
            ("content", c.pick(TRAINING_COMPLAINTS)),
            ("mobile", c.mobile()),
            ("evidence", (f"Screenshot_2027{c.digits(4)}-{c.digits(6)}.png", "image/png", png(c, c.num(700, 1800)))),
        ]
        h, body = upload(c, parts, f"{SITE}/jtt/jp/ts.html", 0.7)
        c.add(f, "complaint", "POST", "/jtt/jp/api/complaint", h, body)
    for _ in range(N):
        hours, price = c.num(1, 4), c.pick([120, 135, 150, 168])
        doc = {
            "orderNo": f"JP{c.ms()}",
            "part": c.pick([2, 3]),
            "hours": hours,
            "unitPrice": price,
            "amount": hours * price,
            "payChannel": c.pick(["wxpay", "alipay", "unionpay"]),
        }
        c.add(f, "pay-per-hour", "POST", "/jtt/jp/api/pay/create", client(c, ref, mp=0.6), js_doc(doc))
    for _ in range(N):
        price = c.pick([120, 135, 150, 168])
        paid_hours = c.num(20, 40)
        used = c.num(0, paid_hours)
        doc = {
            "studentIdNo": sd_id(c, -15000, -7000),
            "paid": paid_hours * price,
            "usedHours": used,
            "unitPrice": price,
            "refund": (paid_hours - used) * price,
            "reason": c.pick(["工作调动到外地", "身体原因", "驾校停业"]),
        }
        c.add(f, "refund-apply", "POST", "/jtt/jp/api/refund", client(c, ref, mp=0.4), js_doc(doc))
    for _ in range(N):
        q = [("coachNo", f"3701{c.digits(8)}"), ("name", c.person())]
        c.add(f, "coach-query", "GET", "/jtt/jp/api/coach?" + qs(q, axios), web(c, None, 0.7, ref))
    for _ in range(N):
        c.add(f, "price-page", "GET", f"/jtt/jp/jx/{school_code(c)}/sfgs.html", page(c, ref, 0.7))


# --- ad-review ---------------------------------------------------------------------------------------------

AD_CATEGORIES = {  # 类别: (文号 字, 忠告 语)
    "药品": ("药广审", "请按药品说明书或者在药师指导下购买和使用"),
    "医疗器械": ("械广审", "请仔细阅读产品说明书或者在医务人员的指导下购买和使用"),
    "保健食品": ("食健广审", "保健食品不是药物，不能代替药物治疗疾病"),
    "特殊医学用途配方食品": ("特医广审", "请在医生或者临床营养师指导下使用"),
}
AD_PRODUCTS = {
    "药品": ["维生素C咀嚼片", "复方板蓝根颗粒", "布洛芬缓释胶囊", "阿胶补血口服液"],
    "医疗器械": ["电子血压计（上臂式）", "医用外科口罩", "家用制氧机", "红外耳温计"],
    "保健食品": ["钙维生素D软胶囊", "辅酶Q10胶囊", "大豆磷脂软胶囊"],
    "特殊医学用途配方食品": ["全营养配方食品（1-10岁）", "乳蛋白部分水解配方"],
}
AD_BODIES = [
    "{p}，{brand}出品。秋冬换季，关爱家人健康。{extra}",
    "{brand}{p}——国家批准文号：{no}。{extra}",
    "选择{brand}{p}，品质源自齐鲁。详情请咨询门店。{extra}",
]


def product_approval(c: Corpus, category: str) -> str:
    year = c.num(2018, 2027)
    if category == "药品":
        return f"国药准字{c.pick('HZ')}3702{c.num(0, 9999):04d}"
    if category == "医疗器械":
        return f"鲁械注准{year}2{c.pick(['07', '08', '14', '22'])}{c.num(1, 9999):04d}"
    if category == "保健食品":
        return c.pick([f"国食健注G{year}{c.num(1, 999):04d}", f"食健备G{year}37{c.num(1, 9999):06d}"])
    return f"国食注字TY{year}{c.num(1, 99):04d}"


def ad_approval_no(c: Corpus, category: str, medium: str, valid: date) -> str:
    return f"鲁{AD_CATEGORIES[category][0]}（{medium}）第{valid:%y%m%d}-{c.num(1, 2999):05d}号"


@family("ad-review")
def ad_review(c: Corpus) -> None:
    f = "ad-review"
    ref = f"{SITE}/amr/ggsc/index.html"
    for _ in range(N):
        path = c.pick(["/amr/ggsc/bszn.html", "/amr/ggsc/index.html", "/amr/ggsc/flfg.html"])
        c.add(f, "guide-page", "GET", path, page(c, f"{SITE}/amr/", 0.2))
    for _ in range(N):
        category = c.pick(list(AD_CATEGORIES))
        medium = c.pick(["视", "声", "文"])
        product = c.pick(AD_PRODUCTS[category])
        no = product_approval(c, category)
        text = c.pick(AD_BODIES).format(p=product, brand=c.pick(ZIHAO), no=no, extra=AD_CATEGORIES[category][1])
        if medium == "视":
            sample = ("分镜头脚本.pdf", "application/pdf", pdf_head(c, c.num(600, 1500)))
        elif medium == "声":
            sample = ("广告文字稿.docx", DOCX_CT, docx([text, f"时长：{c.pick([15, 30])} 秒"]))
        else:
            sample = ("广告样稿.jpg", "image/jpeg", jpeg(c, c.num(900, 2500)))
        parts = [
            ("category", category),
            ("productName", product),
            ("productApproval", no),
            ("otc", "1" if category == "药品" else ""),
            ("medium", medium),
            ("duration", str(c.pick([15, 30])) if medium != "文" else ""),
            ("adText", text),
            ("applicant", firm(c, c.pick(["医药", "生物科技", "医疗器械"]))),
            ("uscc", sd_uscc(c)),
            ("sample", sample),
            ("license", ("营业执照.pdf", "application/pdf", pdf_head(c, c.num(300, 900)))),
        ]
        h, body = upload(c, parts, f"{SITE}/amr/ggsc/apply.html", 0.1)
        c.add(f, "apply-submit", "POST", "/amr/ggsc/api/apply", authed(h, c), body)
    for _ in range(N):
        category = c.pick(list(AD_CATEGORIES))
        valid = c.day(30, 720).date()
        q = [("wh", ad_approval_no(c, category, c.pick(["视", "声", "文"]), valid))]
        c.add(f, "approval-query", "GET", "/amr/ggsc/api/query?" + qs(q, axios), web(c, None, 0.5, ref))
    for _ in range(N):
        q = [("category", c.pick(list(AD_CATEGORIES))), ("page", c.num(1, 10)), ("rows", 20), ("_", c.ms())]
        c.add(f, "approved-list", "GET", "/amr/ggsc/api/list?" + qs(q, jq), jq_get(c, ref, 0.3))
    for _ in range(N):
        fields = [("slh", f"GGSC{c.day(-40, 0):%Y%m%d}{c.num(1, 999):03d}"), ("qymc", firm(c, "医药"))]
        c.add(f, "progress-query", "POST", "/amr/ggsc/api/progress", jq_form(c, ref, 0.2), qs(fields, jq))
    for _ in range(N):
        d = c.day(-120, 0)
        c.add(
            f,
            "revoke-notice",
            "GET",
            f"/amr/ggsc/gg/{d:%Y%m}/t{d:%Y%m%d}_{c.num(600000, 699999)}.html",
            page(c, ref, 0.3),
        )
    for _ in range(N):
        doc = {
            "platform": c.pick(["微信视频号", "抖音", "小红书", "电梯框架广告", "社区宣传栏"]),
            "url": c.pick([f"https://v.douyin.com/{c.alnum(8)}/", f"https://mp.weixin.qq.com/s/{c.alnum(22)}", ""]),
            "content": c.pick(
                [
                    "某直播间宣称“XX 牌钙片三天长高 2 厘米，治疗骨质疏松”，保健食品宣传治疗功能，且未标注忠告语。",
                    "小区电梯广告中药品广告未显示广告批准文号，画面中出现穿白大褂的“专家”推荐。",
                    "朋友圈广告“家用制氧机，治愈慢阻肺”，医疗器械广告含有保证治愈的表述。",
                ]
            ),
            "location": address(c),
            "mobile": c.mobile(),
        }
        c.add(f, "clue-report", "POST", "/amr/ggsc/api/clue", client(c, ref, mp=0.3), js_doc(doc))
    for _ in range(N):
        category = c.pick(list(AD_CATEGORIES))
        text = c.pick(AD_BODIES).format(
            p=c.pick(AD_PRODUCTS[category]),
            brand=c.pick(ZIHAO),
            no=product_approval(c, category),
            extra=AD_CATEGORIES[category][1],
        )
        doc = {"category": category, "text": text, "checkItems": ["绝对化用语", "忠告语", "功效承诺"]}
        c.add(f, "text-precheck", "POST", "/amr/ggsc/api/precheck", web(c, JSON_CT, 0.1, ref), js_doc(doc))
    for _ in range(N):
        path = f"/amr/ggsc/sample/{c.day(-200, 0):%Y%m}/{c.hexs(12)}.jpg"
        c.add(f, "sample-image", "GET", path, img_get(c, ref, 0.3))
    for _ in range(N):
        q = [("type", c.pick(["category", "medium", "status"])), ("_", c.ms())]
        c.add(f, "media-dict", "GET", "/amr/ggsc/api/dict?" + qs(q, axios), web(c, None, 0.1, ref))


# --- planning-pre-approval-notice ------------------------------------------------------------------------------

LAND_USES = {  # 用地 用海 分类 指南 (2023) 二级 类
    "0701": "城镇住宅用地",
    "0801": "机关团体用地",
    "0803": "文化用地",
    "0804": "教育用地",
    "0806": "医疗卫生用地",
    "0901": "商业用地",
    "0902": "商务金融用地",
    "1001": "工业用地",
    "1101": "物流仓储用地",
    "1401": "公园绿地",
}
NOTICE_KINDS = {"控制性详细规划修改": 30, "建设工程规划许可": 7, "修建性详细规划": 10}  # minimum 公示 days
OPINIONS = [
    "我是{x}小区 3 号楼业主。公示的总平面图显示新建 18 层住宅楼与我楼间距约 32 米，请核实是否满足《山东省城市"
    "规划管理技术规定》的日照要求（大寒日 2 小时）。建议调整为 11 层或向南平移。",
    "该地块原控规为“0804 教育用地”（规划小学），现调整为“0701 城镇住宅用地”，片区内学位已经紧张，"
    "请说明配套小学另行选址的位置及建设时序。",
    "支持项目建设。建议：1. 地块北侧规划支路尽快打通；2. 地下车库出入口不要正对幼儿园；3. 增设公共充电桩。",
    "公示图纸中容积率 2.8、建筑密度 25%、绿地率 35%，但效果图中的绿地明显偏少，是否把屋顶绿化也算进去了？",
]


def notice_period(c: Corpus, kind: str) -> tuple[date, date]:
    start = c.day(-40, 0).date()
    return start, start + timedelta(days=NOTICE_KINDS[kind] + c.num(0, 5))


@family("planning-pre-approval-notice")
def planning_pre_approval_notice(c: Corpus) -> None:
    f = "planning-pre-approval-notice"
    ref = f"{SITE}/dnr/ghgs/pqgs/index.html"
    for _ in range(N):
        n = c.num(0, 15)
        path = "/dnr/ghgs/pqgs/index.html" if n == 0 else f"/dnr/ghgs/pqgs/index_{n}.html"
        c.add(f, "notice-list-page", "GET", path, page(c, c.pick([f"{SITE}/dnr/", ref]), 0.5))
    for _ in range(N):
        d = c.day(-40, 0)
        path = f"/dnr/ghgs/pqgs/{d:%Y%m}/t{d:%Y%m%d}_{c.num(4500000, 4599999)}.html"
        c.add(f, "notice-page", "GET", path, page(c, ref, 0.5) if c.chance(0.6) else wx_nav(c))
    for _ in range(N):
        kind = c.pick(list(NOTICE_KINDS))
        start, end = notice_period(c, kind)
        doc = {
            "noticeId": f"PQGS{start:%Y%m%d}{c.num(1, 99):02d}",
            "noticeKind": kind,
            "periodStart": ymd_of(start),
            "periodEnd": ymd_of(end),
            "submitDate": ymd_of(start + timedelta(days=c.num(0, (end - start).days))),
            "identity": c.pick(["利害关系人", "社会公众"]),
            "name": c.person(),
            "mobile": c.mobile(),
            "address": address(c),
            "opinion": c.pick(OPINIONS).format(x=c.pick(COMMUNITIES)),
        }
        c.add(f, "opinion-submit", "POST", "/dnr/ghgs/api/opinion", client(c, ref, mp=0.3), js_doc(doc))
    for _ in range(N):
        kind = c.pick(list(NOTICE_KINDS))
        start, end = notice_period(c, kind)
        parts = [
            ("noticeId", f"PQGS{start:%Y%m%d}{c.num(1, 99):02d}"),
            ("periodEnd", ymd_of(end)),
            ("applyDate", ymd_of(start + timedelta(days=c.num(0, (end - start).days)))),
            ("name", c.person()),
            ("idNo", sd_id(c)),
            ("reason", c.pick(["新建建筑影响本户日照和采光", "规划道路拓宽占用我村宅基地", "变电站选址距住宅过近"])),
            ("idCard", ("身份证.jpg", "image/jpeg", jpeg(c, c.num(700, 1500)))),
            ("proof", ("不动产权证书.pdf", "application/pdf", pdf_head(c, c.num(400, 1200)))),
        ]
        h, body = upload(c, parts, f"{SITE}/dnr/ghgs/tz.html", 0.4)
        c.add(f, "hearing-request", "POST", "/dnr/ghgs/api/hearing", h, body)
    for _ in range(N):
        d = c.day(-40, 0)
        name = c.pick(["总平面图", "规划设计条件", "日照分析报告", "控规调整方案"])
        path = (
            f"/dnr/ghgs/pqgs/{d:%Y%m}/P0{d:%Y%m%d}{c.digits(6)}.pdf"
            if c.chance(0.5)
            else (f"/dnr/ghgs/files/{urllib.parse.quote(name)}_{c.num(100, 999)}.pdf")
        )
        c.add(f, "drawing-download", "GET", path, page(c, ref, 0.4))
    for _ in range(N):
        d = c.day(-40, 0)
        c.add(f, "drawing-image", "GET", f"/dnr/ghgs/pqgs/{d:%Y%m}/W0{d:%Y%m%d}{c.digits(6)}.jpg", img_get(c, ref, 0.5))
    for _ in range(N):
        code = c.pick(list(LAND_USES))
        q = [("ydxz", code), ("ydxzmc", LAND_USES[code]), ("region", c.pick(CITIES)), ("page", c.num(1, 4))]
        c.add(f, "landuse-filter", "GET", "/dnr/ghgs/api/notice/list?" + qs(q, axios), web(c, None, 0.3, ref))
    for _ in range(N):
        q = [("yjbh", f"YJ{c.day(-60, 0):%Y%m%d}{c.num(1, 9999):04d}"), ("mobile", c.mobile())]
        c.add(f, "reply-query", "GET", "/dnr/ghgs/api/opinion/reply?" + qs(q, axios), web(c, None, 0.6, ref))
    for _ in range(N):
        channel = c.pick(["email", "sms"])
        fields = [
            ("channel", channel),
            ("target", c.mobile() if channel == "sms" else f"{c.alnum(7).lower()}@163.com"),
            ("regions", ",".join(c.sample(CITIES, c.num(1, 3)))),
            ("kinds", ",".join(c.sample(list(NOTICE_KINDS), c.num(1, 3)))),
        ]
        c.add(f, "subscribe", "POST", "/dnr/ghgs/api/subscribe", jq_form(c, ref, 0.4), qs(fields, jq))
    for _ in range(N):
        d = c.day(-40, 0)
        doc = {
            "page": f"/dnr/ghgs/pqgs/{d:%Y%m}/t{d:%Y%m%d}_{c.num(4500000, 4599999)}.html",
            "readMs": c.num(3000, 240000),
            "scroll": c.num(5, 100),
            "ts": c.ms(),
        }
        c.add(f, "view-beacon", "POST", "/dnr/ghgs/api/stat/read", beacon(c, ref, 0.5), js_doc(doc))


# --- surveying-mapping -------------------------------------------------------------------------------------

SCALES = {"1:10000": ("G", Fraction(5, 2), Fraction(15, 4)), "1:50000": ("E", Fraction(10), Fraction(15))}  # ' of arc
MAP_NAMES = [
    "《济南市旅游交通图》",
    "《青岛市城区图（2027版）》",
    "《山东省地图（政区版）》",
    "《泰山景区导览图》",
    "《临沂市物流园区分布图》",
    "《潍坊市教育资源分布图》",
]
MARK_KINDS = ["三等三角点", "四等三角点", "二等水准点", "三等水准点", "C级GNSS点", "B级GNSS点"]
PROBLEM_MAPS = [
    "某电商平台销售的世界地图挂图（商品页链接附后）未标注南海诸岛及九段线，属于漏绘我国重要岛屿。",
    "某公众号文章配图中的中国地图缺少台湾岛、钓鱼岛及赤尾屿，图片上无审图号。",
    "小区宣传栏张贴的“城市发展规划图”将藏南地区国界线画错，且未注明审图号和编制单位。",
]


def sheet_no(lng: str, lat: str, scale: str) -> str:
    """GB/T 13989-2012 图幅 编号 of the sheet holding a point: 1:100 万 row letter and column, the scale's code,
    then 3-digit row (from the north) and column within the 1:100 万 sheet."""
    code, dlat, dlng = SCALES[scale]
    x, y = Fraction(lng), Fraction(lat)
    row_m, col_m = int(y // 4), int(x // 6) + 31
    minutes_lat, minutes_lng = (y - 4 * row_m) * 60, (x - 6 * (col_m - 31)) * 60
    rows = int(240 / dlat)
    return f"{chr(65 + row_m)}{col_m}{code}{rows - int(minutes_lat // dlat):03d}{int(minutes_lng // dlng) + 1:03d}"


def map_review_no(c: Corpus) -> str:
    year = c.num(2023, 2027)
    return c.pick([f"鲁SG({year}){c.num(1, 180):03d}号", f"GS({year}){c.num(1, 6999)}号"])


@family("surveying-mapping")
def surveying_mapping(c: Corpus) -> None:
    f = "surveying-mapping"
    ref = f"{SITE}/dnr/chdl/index.html"
    for _ in range(N):
        q = (
            [("zsbh", f"{c.pick('甲乙')}测资字37{c.num(1, 999999):06d}")]
            if c.chance(0.6)
            else [("dwmc", firm(c, c.pick(["测绘", "地理信息", "勘测规划"])))]
        )
        c.add(f, "qualification-query", "GET", "/dnr/chdl/api/zz/query?" + qs(q, axios), web(c, None, 0.3, ref))
    for _ in range(N):
        name = c.pick(MAP_NAMES)
        parts = [
            ("mapName", name),
            ("scale", c.pick(["1:10000", "1:50000", "1:250000", "1:1000000", "示意"])),
            ("purpose", c.pick(["公开出版", "展示", "互联网登载", "广告"])),
            ("sheets", str(c.num(1, 12))),
            ("applicant", firm(c, c.pick(["测绘", "文化传媒", "地理信息"]))),
            ("uscc", sd_uscc(c)),
            ("contact", c.person()),
            ("mobile", c.mobile()),
            ("sample", (f"{name.strip('《》')}样图.jpg", "image/jpeg", jpeg(c, c.num(1500, 3000)))),
            ("form", ("地图审核申请表.pdf", "application/pdf", pdf_head(c, c.num(400, 900)))),
        ]
        h, body = upload(c, parts, f"{SITE}/dnr/chdl/dtsh/apply.html", 0.1)
        c.add(f, "map-review-apply", "POST", "/dnr/chdl/api/dtsh/apply", authed(h, c), body)
    for _ in range(N):
        q = [("shh", map_review_no(c))]
        c.add(f, "review-no-query", "GET", "/dnr/chdl/api/dtsh/query?" + qs(q, axios), web(c, None, 0.4, ref))
    for _ in range(N):
        path = c.pick(["/dnr/chdl/bzdt/index.html", "/dnr/chdl/bzdt/sd.html", "/dnr/chdl/bzdt/city.html"])
        c.add(f, "standard-map-page", "GET", path, page(c, ref, 0.4))
    for _ in range(N):
        no = f"鲁SG({c.num(2024, 2027)}){c.num(1, 180):03d}号"
        name = c.pick(["山东省地图（16开）", "山东省地形图（4开）", "济南市地图", "青岛市地图"])
        path = "/dnr/chdl/bzdt/files/" + urllib.parse.quote(f"{name}_{no}") + c.pick([".jpg", ".pdf"])
        c.add(f, "standard-map-download", "GET", path, page(c, f"{SITE}/dnr/chdl/bzdt/sd.html", 0.3))
    for _ in range(N):
        sheets = []
        scale = c.pick(list(SCALES))
        for _s in range(c.num(1, 6)):
            lng, lat = f"{c.num(115000000, 122500000) / 1e6:.6f}", f"{c.num(34500000, 38200000) / 1e6:.6f}"
            sheets.append({"sheetNo": sheet_no(lng, lat, scale), "scale": scale, "clickLng": lng, "clickLat": lat})
        doc = {
            "applicant": firm(c, c.pick(["勘测规划", "市政设计研究院", "水利勘察"])),
            "uscc": sd_uscc(c),
            "purpose": c.pick(["国土空间规划编制", "水利工程可行性研究", "市政道路设计", "生态修复项目"]),
            "products": c.sample(["DLG", "DOM", "DEM", "DRG"], c.num(1, 3)),
            "sheets": sheets,
            "secrecyOfficer": c.person(),
        }
        h = authed(web(c, JSON_CT, 0.1, f"{SITE}/dnr/chdl/cgtg/apply.html"), c)
        c.add(f, "results-request", "POST", "/dnr/chdl/api/cgtg/apply", h, js_doc(doc))
    for _ in range(N):
        parts = [
            ("kind", c.pick(MARK_KINDS)),
            ("pointName", c.pick(["马鞍山", "龙洞", "北大营", "后孙庄", "青龙山", "大店"])),
            ("lng", f"{c.num(115000000, 122500000) / 1e6:.6f}"),
            ("lat", f"{c.num(34500000, 38200000) / 1e6:.6f}"),
            ("damage", c.pick(["标石被挖出", "观测墩倾斜", "标志盘丢失", "被道路施工掩埋"])),
            ("file", (f"tmp_{c.hexs(16)}.jpg", "image/jpeg", jpeg(c, c.num(900, 2200)))),
        ]
        h, body = wx_upload(c, parts)
        c.add(f, "mark-damage", "POST", "/dnr/chdl/mp/api/mark/report", h, body)
    for _ in range(N):
        q = [("lng", jsn(c.num(115000000, 122500000) / 1e6)), ("lat", jsn(c.num(34500000, 38200000) / 1e6))]
        q += [("radius", c.pick([1000, 3000, 5000])), ("kind", c.pick(["", *MARK_KINDS]))]
        c.add(f, "mark-query", "GET", "/dnr/chdl/api/mark/nearby?" + qs(q, axios), web(c, None, 0.5, ref))
    for _ in range(N):
        doc = {
            "source": c.pick(["网站", "电商平台", "出版物", "户外广告"]),
            "link": c.pick([f"https://item.jd.com/{c.digits(12)}.html", f"https://mp.weixin.qq.com/s/{c.alnum(22)}"]),
            "description": c.pick(PROBLEM_MAPS),
            "reporter": c.person(),
            "mobile": c.mobile(),
        }
        c.add(f, "problem-map", "POST", "/dnr/chdl/api/wtdt/report", client(c, ref, mp=0.3), js_doc(doc))
    for _ in range(N):
        name = c.pick(["基础测绘成果使用保密协议", "测绘成果提供使用申请表", "地图审核申请书"])
        path = "/dnr/chdl/files/" + urllib.parse.quote(name) + c.pick([".docx", ".pdf"])
        c.add(f, "template-download", "GET", path, page(c, ref, 0.2))


# --- geohazard-monitoring ----------------------------------------------------------------------------------

HAZARD_KINDS = {"01": "滑坡", "02": "崩塌", "03": "泥石流", "04": "地面塌陷", "05": "地裂缝"}  # the 平台's 灾种 codes
WARN_LEVELS = {1: "红色", 2: "橙色", 3: "黄色", 4: "蓝色"}  # 地质 灾害 气象 风险 预警: 一级 highest
SIGNS = ["坡脚出现新裂缝", "房屋墙体开裂", "井水突然浑浊", "坡面局部掉块", "树木歪斜", "地面鼓包", "无异常"]
DANGER_TEXT = [
    "村后山坡（王家沟东侧）昨夜大雨后有碎石滚落，坡脚小路上有直径 30 厘米左右的石块，上方可见新裂缝约 5 米长。",
    "我家院墙从前天开始出现斜向裂缝，今早量了一下宽约 1 厘米，屋后的土坡有渗水，担心滑坡。",
    "矿区塌陷坑边缘又向外扩了大约 2 米，周边有 3 户人家，请尽快派人来看看。",
]
GEO_APP = ("cn.gov.dnr.qcqf", "5.1.3")
DRILL_SUMMARIES = [
    "按预定路线撤离至村委会广场，用时 18 分钟。",
    "夜间演练，手摇报警器+铜锣，2 户老人需协助转移。",
    "雨中实战演练：监测员发现裂缝加宽 → 电话报告镇政府 → 鸣锣示警 → 撤至安置点（小学），清点人数无遗漏。",
]


def point_no(c: Corpus) -> str:
    """隐患 点 统一 编号 as the 平台 issues it: 区县 代码, 灾种 代码, 4-digit 流水."""
    return f"{c.pick(HILL_COUNTIES)}{c.pick(list(HAZARD_KINDS))}{c.num(1, 300):04d}"


@family("geohazard-monitoring")
def geohazard_monitoring(c: Corpus) -> None:
    f = "geohazard-monitoring"
    ref = f"{SITE}/dnr/dzzh/index.html"
    for _ in range(N):
        t = c.when()
        cracks = []
        for i in range(c.num(1, 3)):
            last = c.num(20, 800) / 10
            now = round(last + c.num(0, 25) / 10, 1)
            cracks.append({"id": f"L{i + 1}", "last": last, "now": now, "change": round(now - last, 1)})
        doc = {
            "pointNo": point_no(c),
            "patrolTime": f"{t:%Y-%m-%d %H:%M}",
            "rain24h": c.num(0, 2500) / 10,
            "cracks": cracks,
            "signs": c.sample(SIGNS, c.num(1, 2)),
            "lng": c.num(117000000, 118500000) / 1e6,
            "lat": c.num(35200000, 36700000) / 1e6,
            "monitor": c.person(),
        }
        c.add(f, "patrol-report", "POST", "/dnr/dzzh/app/api/patrol", app_headers(c, *GEO_APP, JSON_CT), js_doc(doc))
    for _ in range(N):
        parts = [
            ("pointNo", point_no(c)),
            ("shotAt", f"{c.when():%Y-%m-%d %H:%M:%S}"),
            ("file", (f"IMG_{c.day(-20, 0):%Y%m%d}_{c.digits(6)}.jpg", "image/jpeg", jpeg(c, c.num(1500, 3500)))),
        ]
        ctype, body = okhttp_multipart(c, parts)
        c.add(f, "patrol-photo", "POST", "/dnr/dzzh/app/api/photo", app_headers(c, *GEO_APP, ctype), body)
    for _ in range(N):
        threat = c.num(0, 60)
        doc = {
            "region": c.pick(HILL_COUNTIES),
            "village": c.pick(["王家沟村", "石门坊村", "黑峪村", "上庄村", "南麻村"]),
            "kind": c.pick(list(HAZARD_KINDS.values())),
            "threatPeople": threat,
            "threatHouseholds": c.num(0, min(15, threat)),
            "text": c.pick(DANGER_TEXT),
            "lng": c.num(117000000, 118500000) / 1e6,
            "lat": c.num(35200000, 36700000) / 1e6,
            "mobile": c.mobile(),
        }
        c.add(f, "danger-report", "POST", "/dnr/dzzh/mp/api/danger", miniprogram(c, JSON_CT), js_doc(doc))
    for _ in range(N):
        q = [("region", c.pick(HILL_COUNTIES)), ("kind", c.pick(["", *HAZARD_KINDS])), ("page", c.num(1, 5))]
        c.add(f, "point-query", "GET", "/dnr/dzzh/api/point/list?" + qs(q, axios), web(c, None, 0.3, ref))
    for _ in range(N):
        q = [("region", c.pick(HILL_COUNTIES)), ("layer", c.pick(["yhd", "fxq", "all"]))]
        c.add(f, "map-page", "GET", "/dnr/dzzh/map.html?" + qs(q, form), page(c, ref, 0.3))
    for _ in range(N):
        level = c.num(1, 4)
        issued = c.when()
        doc = {
            "warnId": f"DZYJ{issued:%Y%m%d%H}{c.num(1, 99):02d}",
            "level": level,
            "color": WARN_LEVELS[level],
            "issuedAt": f"{issued:%Y-%m-%d %H:%M}",
            "receivedAt": f"{issued + timedelta(minutes=c.num(1, 90)):%Y-%m-%d %H:%M}",
            "pointNo": point_no(c),
            "action": c.pick(["已通知受威胁群众", "已组织撤离", "加密巡查", "已收到"]),
        }
        h = app_headers(c, *GEO_APP, JSON_CT) if c.chance(0.5) else wx_h5(c, JSON_CT, f"{SITE}/dnr/dzzh/yj.html")
        c.add(f, "warning-receipt", "POST", "/dnr/dzzh/api/warning/receipt", h, js_doc(doc))
    for _ in range(N):
        threat = c.num(10, 200)
        fields = [
            ("pointNo", point_no(c)),
            ("drillDate", ymd_of(c.day(-90, 0))),
            ("threatPeople", str(threat)),
            ("participants", str(c.num(threat // 2, threat))),
            ("minutes", str(c.num(8, 40))),
            ("summary", c.pick(DRILL_SUMMARIES)),
        ]
        c.add(f, "drill-record", "POST", "/dnr/dzzh/api/drill", jq_form(c, ref, 0.2), qs(fields, jq))
    for _ in range(N):
        c.add(f, "card-page", "GET", f"/dnr/dzzh/mbk/{point_no(c)}.html?" + qs([("from", "qrcode")], form), wx_nav(c))
    for _ in range(N):
        t = c.when()
        readings = []
        value = c.num(0, 5000) / 100
        for _r in range(c.num(2, 6)):
            t += timedelta(minutes=10)
            value = round(value + c.num(0, 30) / 100, 2)
            readings.append({"t": f"{t:%Y-%m-%dT%H:%M:%S+08:00}", "v": value})
        doc = {
            "deviceId": f"{c.pick(['LF', 'YL', 'GNSS'])}{c.digits(10)}",
            "pointNo": point_no(c),
            "sensor": c.pick(["crack_mm", "rain_mm", "disp_mm"]),
            "readings": readings,
            "battery": c.num(20, 100),
        }
        h = service(c, c.pick(["Go-http-client/1.1", "okhttp/4.12.0"]), {"X-Device-Key": c.hexs(16)})
        c.add(f, "device-push", "POST", "/dnr/dzzh/iot/api/data", h, js_doc(doc))
    for _ in range(N):
        d = c.day(-300, 0)
        c.add(
            f,
            "knowledge-page",
            "GET",
            f"/dnr/dzzh/kp/{d:%Y%m}/t{d:%Y%m%d}_{c.num(300000, 399999)}.html",
            page(c, c.pick([ref, None]), 0.6),
        )


# --- generation, check and files -------------------------------------------------------------------


def gen() -> list[dict]:
    return generate(Corpus(SEED), FAMILIES)


def check(rec: dict) -> list[str]:
    """What is wrong with one record as an HTTP request (empty: nothing): tests/waf/data/corpus_kit.py."""
    return check_record(rec, SOURCES)


if __name__ == "__main__":
    write_corpus(gen(), check, split, TUNING_FILE, HELD_OUT_FILE, len(FAMILIES))
