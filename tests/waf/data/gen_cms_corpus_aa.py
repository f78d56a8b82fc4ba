"""Generate corpus AA: a TWENTY-SEVENTH set of ordinary requests to Chinese government sites, independent of A-Z.

    python tests/waf/data/gen_cms_corpus_aa.py   # writes cms_aa_tuning.jsonl and cms_aa_heldout.jsonl next to it

Why another corpus: each fresh corpus so far has found kinds of ordinary traffic the earlier ones lacked, and
AA measures the WAF's false positives on traffic no tuning round has seen. Corpus AA is a month of ordinary traffic
to one province's PORTS, WATERWAYS and PUBLIC-SECURITY TRADES services on the provincial cloud (广西 壮族 自治区 as
the model: 交通 运输厅 港航 and 地方 海事, 公安厅 治安 行业 管理, 高级 人民 法院 执行 and 司法 拍卖, 监狱 管理局),
as ship agents, ship operators, seafarers, terminal operators, hotels, couriers, 网吧 operators, bidders, security
firms, shops and families use them, and none of A-Z has these kinds (P's hazmat-waybill is 道路 运输 电子 运单 and
its hazchem-registration 危险 化学品 登记; M's postal-complaint is 邮政 申诉; S's flood-duty-report has 防汛 水位; W's
烟花爆竹 are 应急 预案 and 特种 作业 industries; V's student-aid has 学生 资助, so it is not here): 船舶 进出港 报告
(IMO numbers with their check digit, 9-digit MMSI of a flag's MID, ETA before ETD, 载货 吨 within 载重 吨, drafts
within the ship's, AIS tracks in 北部湾, 引航 申请, 内河 船舶 by 船舶 识别号 with 最低 配员); 西江 航道 (航行 通告,
水位 pushes hourly with 警戒 水位, 维护 时段 with reduced 通航 尺度, 船闸 过闸 预约 within 闸室 尺度, 航标 失常
报告); 船员 适任 证书 (查验 by 公民 身份 号码, 考试 报名, 海上 服务 资历 that do not overlap and sum, 体检 valid two
years, 换证 within six months of expiry); 港口 危险 货物 作业 申报 (UN 编号 with its 类别 and 包装 类, ISO 6346 箱号
with its check digit, 净重 under 毛重, 堆场 箱位); 旅馆 业 治安 管理 (PMS 住宿 登记 上报 as JSON and SOAP, 入住 before
退房, 境外 人员 住宿 登记 within 24 小时, 人证 核验, 访客 and 换房); 寄递 实名 收寄 (运单 号 patterns by 企业, 物品
free text, 重量 kg, 过机 records, 实名 率); 互联网 上网 服务 营业 场所 (年检, 终端 数 within the 许可 and 2 ㎡ each,
实名 上网 records of adults between 08:00 and 24:00); 司法 拍卖 (起拍 价 ≥ 70% 评估 价, 二拍 降价 ≤ 20%, 保证金
5-20%, 公告 期, 出价 in 加价 幅度 multiples, 悬赏 执行 线索 with 案号); 监狱 远程 视频 会见 (亲属 关系, 时段 within
opening hours on working days, 开放日, 亲情 汇款 under the monthly cap); 保安 员 证 and 保安 服务 (考试 报名, 成绩,
派驻 名单); 烟花 爆竹 零售 许可 (C and D 级 only, 面积 ≥ 10 ㎡, 流向 and 库存 that balance); and 剧毒 化学品 购买
许可 and 易制爆 备案 (CAS numbers with their check digit, 台账 that balance, 双人 双锁 检查). The ports' berths, the
stations' 警戒 水位, lock chambers, 最低 配员 bands, 许可证 and 证书 number patterns, caps and fees are this
generator's tables, not published ones. Desktop browsers, 微信 内置 浏览器, mobile Safari, 小程序, native Apps,
hotel PMS (SOAP too) and back-end platforms send them. ``SOURCES`` names the public material each family's URLs,
parameters, headers and bodies follow; values are generated deterministically (``SEED``); HOST is a placeholder the
evaluation replaces. Where the receiving services check something (身份 证号 and 统一 社会 信用 代码 check
characters, IMO, ISO 6346 and CAS check digits, MMSI MIDs, Luhn bank cards, GB/T 2260 codes, dates and times in
order, time slots within opening hours, sums and balances, amounts that are multiples of the increment, tiered and
capped amounts, number formats, upload magic bytes) the generator does it for real, so the fast tests can check the
requests the way the receiving servers would. Nothing here is an attack: every value is what the real service
really receives.

Each request is one JSONL record as in corpora A-Z (method, path, headers, body or body_b64) tagged with its
``family``, ``shape``, ``source`` and ``label`` = family/shape, and passes corpus_kit.check_record.

THE SPLIT is corpus_kit.HashSplit's rule with the salt "corpus-aa/", decided and written down here before the
corpus was generated and before anything was evaluated (no WAF result on AA was seen by its author; docs/waf.md,
held-out discipline): the three families whose sha256("corpus-aa/<family>") hex digests sort first are held out
whole, and no tuning may see them; in every other family a (family, shape) group is held out when
sha256("corpus-aa/<family>/<shape>") has a first byte divisible by 4; everything else is the tuning part. Made
once; never re-split, edited or regenerated to pass.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date, datetime, timedelta
from decimal import ROUND_CEILING, Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # run as a script from anywhere

from tests.waf.data import gen_cms_corpus_z as corpus_z
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
from tests.waf.data.gen_cms_corpus_l import app_headers, miniprogram  # L's
from tests.waf.data.gen_cms_corpus_m import upload, web  # M's browser helpers
from tests.waf.data.gen_cms_corpus_n import service  # N's back-end client
from tests.waf.data.gen_cms_corpus_q import jq_form  # Q's
from tests.waf.data.gen_cms_corpus_s import okhttp_multipart, wx_h5, wx_upload  # S's
from tests.waf.data.gen_cms_corpus_v import client, id_check, mod31, open_day  # V's
from tests.waf.data.gen_cms_corpus_w import ORG_CHARS, authed, js_doc, money, org_check, ymd_of  # W's
from tests.waf.data.gen_cms_corpus_x import born_at, hm, hms  # X's
from tests.waf.data.gen_cms_corpus_y import prose, slot, today  # Y's
from tests.waf.data.gen_cms_corpus_z import article, beacons, navigations, q2  # Z's

TUNING_FILE, HELD_OUT_FILE = part_files("aa")
SEED = 20300915
SALT = "corpus-aa/"

SOURCES = {
    "vessel-port-clearance": "《中华人民共和国海上交通安全法》(2021) 第四十八条 船舶 进出港 报告, 交通运输部 "
    "《船舶进出港报告管理办法》 and 《内河交通安全管理条例》, IMO Resolution A.1117(30) (IMO 船舶 识别 号 with its "
    "check digit), ITU-R M.585 (MMSI, MID), ITU-R M.1371 (AIS 位置 报告: SOG, COG), UN/LOCODE, 《船舶引航管理规定》 "
    "and 广西 港航 and 地方 海事 as they run them: 船代 进港 and 出港 报告, 内河 船舶 进出港 报告 from a 小程序, 证书 "
    "uploads, 查询, 船舶 资料, AIS pushes, 引航 申请, 泊位 计划 pages, beacons",
    "waterway-navigation": "《中华人民共和国航道法》, 《内河通航标准》 GB 50139-2014 (航道 等级, 尺度), 《航道通告"
    "管理规定》, 西江 航运 干线 and its 船闸 (长洲, 桂平, 贵港, 西津) 过闸 调度 规则, 水文 站 水位 (警戒 水位) and "
    "广西 航道 事务 中心 as it runs them: 航行 通告 pages and lists, 水位 查询 and pushes, 通航 尺度 查询, 维护 时段 "
    "pushes, 过闸 预约 and 排队 from a 小程序, 航标 失常 报告, beacons",
    "seafarer-certificate": "《中华人民共和国船员条例》, 《中华人民共和国海船船员适任考试和发证规则》 (海事局令 2020 "
    "年 第11号: 适任 证书 有效期 5 年, 到期 前 6 个月 内 换证, 12 个月 海上 服务 资历), 《船员健康检查要求》 (体检 "
    "证明 有效期 2 年), STCW 公约 and 海事 局 船员 服务 as it runs them: 证书 查验, 考试 报名, 资历 记录 from the 船员 "
    "App, 服务 簿 and 体检 uploads, 换证, 培训 and 成绩 查询, 指南 pages, beacons",
    "port-dangerous-goods": "《港口危险货物安全管理规定》(交通运输部令 2017年第27号: 作业 申报), 《国际海运危险货物"
    "规则》 (IMDG Code: UN 编号, 类别, 包装 类, 隔离), ISO 6346 (集装箱 箱号 owner code, category, serial, check "
    "digit; size-type codes), 《危险货物品名表》 GB 12268 and 广西 港航 as it runs them: 作业 申报 pushes, 箱号 查询, "
    "适运 声明 and 装箱 证明 uploads, 审批 查询, UN 编号 检索, 堆场 箱位 and 作业 完成 pushes, 现场 检查 App, "
    "通知 pages, beacons",
    "hotel-guest-registration": "《旅馆业治安管理办法》 (第六条: 住宿 登记, 查验 身份 证件), 《中华人民共和国出境"
    "入境管理法》 第三十九条 (境外 人员 住宿 登记 24 小时 内 报送), 公安部 旅馆业 治安 管理 信息 系统 接口 (PMS 上传 "
    "JSON and SOAP), 特种 行业 许可证 and 广西 公安厅 治安 总队 as it runs them: 入住 and 退房 上报, 境外 旅客 登记, "
    "人证 核验 终端, 许可 申请, 旅馆 名录 and 法规 pages, 访客 登记, 换房, beacons",
    "courier-real-name": "《快递暂行条例》 (第二十二条 收寄 验视, 实名 收寄), "
    "《邮件快件实名收寄管理办法》(交通运输部令 2018年第3号), 《禁止寄递物品管理规定》 (国邮发〔2016〕107号), "
    "《快递业务经营许可管理办法》 and 广西 邮政 管理局 寄递 安全 监管 平台 as it runs them: 收寄 信息 from the 巴枪 "
    "App, 运单 查询, 企业 and 末端 网点 备案, 过机 记录 and 日报 pushes, 禁寄 目录 pages, 可疑 快件 报告, "
    "快递员 登记, beacons",
    "internet-cafe-regulation": "《互联网上网服务营业场所管理条例》 (第二十一条 不得 接纳 未成年人, 第二十二条 每日 "
    "0 时 至 8 时 不得 营业, 第二十三条 核对 登记 身份 证件), 《网络文化经营许可证》 and 文化和旅游厅 上网 服务 "
    "场所 年检 (每台 计算机 面积 不低于 2 ㎡), 公安 实名 上网 系统 as they run them: 年检 申报, 终端 数 报告, 上机 "
    "记录 and 心跳 pushes, 许可 查询, 举报, 变更, 场所 名录 and 法规 pages, beacons",
    "judicial-auction": "《最高人民法院关于人民法院网络司法拍卖若干问题的规定》(法释〔2016〕18号: 起拍价 不得 低于 "
    "评估价 70%, 再次 拍卖 降价 不超过 前次 起拍价 20%, 保证金 起拍价 5%-20%, 公告 期 不动产 30/15 日 and 动产 15/7 "
    "日, 24 小时 竞价), 《关于民事执行中财产调查若干问题的规定》 (悬赏 公告) and 人民法院 诉讼 资产 网 as the 高院 "
    "runs it: 标的 pages and lists, 公告, 标的 发布 pushes, 报名 and 出价, 保证金 到账 回调, 看样 预约, 悬赏 线索, "
    "beacons",
    "prison-family-visit": "《中华人民共和国监狱法》 第四十八条 (会见 亲属), 司法部 《罪犯会见通信规定》 and 远程 视频 "
    "会见 (近亲属 预约, 工作日 会见 时段), 监狱 开放日 and 罪犯 生活 费 亲情 汇款 and 广西 监狱 管理局 as it runs "
    "them: 视频 会见 预约, 亲属 关系 证明 uploads, 预约 查询 and 取消, 开放日 报名, 指南 and 通知 pages, 监狱 名录, "
    "亲情 汇款, beacons",
    "security-guard-service": "《保安服务管理条例》 (国务院令 第564号: 保安员 年满 18 周岁, 考试, 保安员证; 跨 区域 "
    "保安 服务 备案), 《公安机关实施保安服务管理条例办法》 (公安部令 第112号) and 广西 公安厅 保安 服务 监管 平台 as "
    "it runs them: 保安员证 查询 and 申领, 考试 报名 and 成绩, 保安 公司 许可 查询, 跨区域 备案, 派驻 名单 pushes, "
    "培训 学校 and 公司 名录 pages, beacons",
    "fireworks-retail-permit": "《烟花爆竹安全管理条例》 (国务院令 第455号), 《烟花爆竹经营许可实施办法》(安监总局令 "
    "第65号: 零售 经营 场所 面积 不小于 10 ㎡, 只 销售 C 级 and D 级 产品, 流向 登记), GB 10631-2013 《烟花爆竹 安全与"
    "质量》 (类别 and 级别) and 广西 应急 管理厅 as it runs them: 零售 许可 申请, 许可 公示 and 法规 pages, 许可 查询, "
    "流向 and 库存 pushes, 禁放 区域 查询, 违规 举报, 培训 报名, beacons",
    "toxic-chemical-purchase": "《危险化学品安全管理条例》 (第三十八条-第四十一条: 剧毒 化学品 购买 许可证, 流向 登记, "
    "双人 收发 双人 保管), 《剧毒化学品购买和公路运输许可证件管理办法》 (公安部令 第77号), 《易制爆危险化学品治安"
    "管理办法》 (公安部令 第154号: 购买 备案, 台账), 《危险化学品目录》 and CAS Registry Numbers (check digit) and "
    "广西 公安厅 as it runs them: 购买 许可 申请 and 查询, 易制爆 备案 and 台账 pushes, 目录 pages and 检索, 运输 "
    "通行证 申请, 储存 检查 from the 民警 App, 指南 pages, beacons",
}

SPLIT = HashSplit(SALT, SOURCES)  # the rule in the docstring (tests/waf/data/corpus_kit.py)
split, HELD_OUT_FAMILIES = SPLIT.split, SPLIT.held_out_families  # split(reqs): (tuning part, held-out part)


# --- the corpus: Z's (and so Y's, X's, … F's), recording AA's sources --------------------------------------


class Corpus(corpus_z.Corpus):
    """Z's corpus (values, browsers, header order, day(); SourceTagged): requests are tagged with AA's sources."""

    sources = SOURCES


FAMILIES: dict[str, Callable[[Corpus], None]] = {}
family = family_registry(FAMILIES)

N = 13  # requests per (family, shape): Z's navigations() and beacons() make as many
D = Decimal

GX = {  # 广西 壮族 自治区 and its 市, some 区县: GB/T 2260 行政区划 代码
    "450000": "广西壮族自治区",
    "450100": "南宁市",
    "450102": "兴宁区",
    "450103": "青秀区",
    "450105": "江南区",
    "450107": "西乡塘区",
    "450108": "良庆区",
    "450200": "柳州市",
    "450202": "城中区",
    "450204": "柳南区",
    "450300": "桂林市",
    "450302": "秀峰区",
    "450305": "七星区",
    "450400": "梧州市",
    "450403": "万秀区",
    "450405": "长洲区",
    "450481": "岑溪市",
    "450500": "北海市",
    "450502": "海城区",
    "450512": "铁山港区",
    "450521": "合浦县",
    "450600": "防城港市",
    "450602": "港口区",
    "450603": "防城区",
    "450681": "东兴市",
    "450700": "钦州市",
    "450702": "钦南区",
    "450703": "钦北区",
    "450800": "贵港市",
    "450802": "港北区",
    "450803": "港南区",
    "450881": "桂平市",
    "450900": "玉林市",
    "450902": "玉州区",
}
CITIES = [k for k in GX if k.endswith("00") and k != "450000"]
COUNTIES = [k for k in GX if not k.endswith("00")]
CENTRES = {  # 市 code: (longitude, latitude)
    "450100": (108.3665, 22.8170),
    "450200": (109.4155, 24.3255),
    "450300": (110.2900, 25.2740),
    "450400": (111.2790, 23.4770),
    "450500": (109.1200, 21.4810),
    "450600": (108.3540, 21.6870),
    "450700": (108.6540, 21.9800),
    "450800": (109.5990, 23.1110),
    "450900": (110.1810, 22.6540),
}
PLATES = {
    "450100": "桂A",
    "450200": "桂B",
    "450300": "桂C",
    "450400": "桂D",
    "450500": "桂E",
    "450600": "桂P",
    "450700": "桂N",
    "450800": "桂R",
    "450900": "桂K",
}
STREETS = ["民族大道", "东葛路", "友爱南路", "竹溪大道", "中山路", "解放路", "滨江路", "新民路", "北部湾大道", "金湖路"]
PLATE_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"


def gx_id(c: Corpus, on: date | None = None, lo: int = 18, hi: int = 70, male: bool | None = None) -> str:
    """A 公民身份号码 of a 广西 区县, ``lo``-``hi`` full years old on ``on``; 17th digit odd for a man."""
    born = born_at(c, on or today(c), lo, hi)
    odd = c.chance(0.5) if male is None else male
    body = f"{c.pick(COUNTIES)}{born:%Y%m%d}{c.digits(2)}{c.num(0, 4) * 2 + odd}"
    return body + id_check(body)


def gx_uscc(c: Corpus, kind: str = "91") -> str:
    """A 统一社会信用代码 registered in 广西 (91 企业, 92 个体, 12 事业 单位), GB 11714 part checked too."""
    org = "MA" + c.alnum(6, ORG_CHARS) if kind.startswith("9") else c.digits(8)
    body = f"{kind}{c.pick(COUNTIES)}{org}{org_check(org)}"
    return body + mod31(body)


def gx_address(c: Corpus) -> str:
    county = c.pick(COUNTIES)
    return f"广西壮族自治区{GX[county[:4] + '00']}{GX[county]}{c.pick(STREETS)}{c.num(1, 588)}号"


def gx_point(c: Corpus, city: str | None = None, spread: int = 250) -> tuple[float, float]:
    """A phone's location near a 市 centre (six decimals)."""
    lng, lat = CENTRES[city or c.pick(list(CENTRES))]
    return round(lng + c.num(-spread, spread) / 10000, 6), round(lat + c.num(-spread, spread) / 10000, 6)


def gx_plate(c: Corpus) -> str:
    return c.pick(list(PLATES.values())) + c.pick(PLATE_CHARS[:24]) + c.alnum(4, PLATE_CHARS)


def moment(c: Corpus, lo: int, hi: int, start: int = 0, end: int = 24) -> datetime:
    """A minute between ``start`` and ``end`` o'clock, ``lo``-``hi`` days from a 2027 day."""
    d = c.day(lo, hi)
    return datetime(d.year, d.month, d.day, start) + timedelta(minutes=c.num(0, (end - start) * 60 - 1))


def cn_no(c: Corpus, prefix: str, d: date | datetime, n: int = 4) -> str:
    """An 申请/申报 number: prefix, the date and a serial."""
    return f"{prefix}{d:%Y%m%d}{c.digits(n)}"


# --- vessel-port-clearance ---------------------------------------------------------------------------------

FLAGS = {  # 船旗: (MMSI MID, 呼号 prefix)
    "中国": ("413", "B"),
    "中国香港": ("477", "VR"),
    "巴拿马": ("351", "3E"),
    "利比里亚": ("636", "A8"),
    "新加坡": ("563", "9V"),
    "马绍尔群岛": ("538", "V7"),
}
SHIP_KINDS = {  # 船型: (总吨, 载重吨, 总长 m, 满载 吃水 m, 最少 船员): this generator's typical ships
    "集装箱船": (27800, 33600, 212, D("11.5"), 19),
    "散货船": (43900, 81500, 229, D("14.5"), 21),
    "油化船": (8600, 12900, 128, D("8.4"), 17),
    "杂货船": (5300, 7600, 118, D("6.9"), 14),
    "液化气船": (3600, 4300, 99, D("6.1"), 15),
}
SHIP_NAMES = [
    ("新钦州", "XIN QIN ZHOU"),
    ("北部湾之星", "BEIBU GULF STAR"),
    ("桂海 18", "GUI HAI 18"),
    ("防城开拓", "FANGCHENG PIONEER"),
    ("泛亚 丰泽", "PAN ASIA FENGZE"),
    ("海丰 南宁", "SITC NANNING"),
    ("中谷 广西", "ZHONGGU GUANGXI"),
    ("安盛 8", "AN SHENG 8"),
]
PORTS = {  # UN/LOCODE: (港口, 泊位)
    "CNQZH": ("钦州港", ["大榄坪 7 号泊位", "大榄坪南作业区 9 号泊位", "金谷港区 3 号泊位", "三墩作业区 1 号泊位"]),
    "CNFAN": ("防城港", ["渔澪港区 402 泊位", "渔澪港区 20 号泊位", "企沙港区 1 号泊位"]),
    "CNBHY": ("北海港", ["铁山港西港区 3 号泊位", "石步岭港区 5 号泊位"]),
}
ANCHORAGES = {"CNQZH": "钦州港 1 号锚地", "CNFAN": "防城港 3 号锚地", "CNBHY": "铁山港 2 号锚地"}
FOREIGN_PORTS = {
    "SGSIN": "新加坡",
    "VNHPH": "海防",
    "THLCH": "林查班",
    "MYPKG": "巴生",
    "IDJKT": "雅加达",
    "HKHKG": "香港",
    "CNSHK": "蛇口",
    "KRPUS": "釜山",
}
SEA_CARGO = {
    "集装箱船": ["集装箱"],
    "散货船": ["铁矿石", "煤炭", "大豆", "氧化铝"],
    "油化船": ["燃料油", "甲醇", "液碱（32%）"],
    "杂货船": ["钢材", "纸浆", "木薯干"],
    "液化气船": ["液化石油气"],
}
AGENTS = ["中国广西外轮代理有限公司钦州分公司", "防城港中远海运船务代理有限公司", "北海联合船务代理有限公司"]
INLAND_ROUTE = ["南宁港", "贵港港", "桂平港", "梧州港", "来宾港"]
INLAND_CREW = [(600, 3), (2000, 4), (99999, 5)]  # 参考 载货量 吨 band: 最低 配员 (this generator's table)
AIS_BOX = ((107.9, 109.8), (20.9, 21.9))  # 北部湾 off 钦州, 防城港 and 北海


def imo_no(c: Corpus) -> str:
    """An IMO 船舶 识别 号: six digits and the check digit Σ dᵢ × (7 … 2) mod 10."""
    body = c.pick("89") + c.digits(5)
    return body + str(sum(int(d) * w for d, w in zip(body, range(7, 1, -1), strict=True)) % 10)


def ship(c: Corpus) -> dict:
    name_cn, name_en = c.pick(SHIP_NAMES)
    kind = c.pick(list(SHIP_KINDS))
    gt, dwt, loa, draft, crew = SHIP_KINDS[kind]
    flag = c.pick(list(FLAGS))
    mid, prefix = FLAGS[flag]
    return {
        "nameCn": name_cn,
        "nameEn": name_en,
        "imo": imo_no(c),
        "mmsi": mid + c.digits(6),
        "callSign": prefix + c.alnum(5 - len(prefix), "ABCDEFGHJKLMNPQRSTUVWXYZ"),
        "flag": flag,
        "type": kind,
        "grossTonnage": gt + c.num(-800, 800),
        "deadweight": dwt + c.num(-900, 900) // 10 * 10,
        "loa": float(loa + D(c.num(-30, 30)) / 10),
        "maxDraft": float(draft),
        "minCrew": crew,
    }


def inland_ship_id(c: Corpus) -> str:
    """内河 船舶 识别号: CN, the build year and seven digits."""
    return f"CN{c.num(2008, 2025)}{c.digits(7)}"


def inland_crew(capacity: int) -> int:
    return next(n for top, n in INLAND_CREW if capacity <= top)


@family("vessel-port-clearance")
def vessel_port_clearance(c: Corpus) -> None:
    f = "vessel-port-clearance"
    ref = f"{SITE}/jtyst/gh/index.html"
    for _ in range(N):
        s = ship(c)
        port = c.pick(list(PORTS))
        eta = moment(c, 1, 12)
        cargo = c.pick(SEA_CARGO[s["type"]])
        tons = c.num(s["deadweight"] // 3, s["deadweight"] * 95 // 100)
        draft = D(s["maxDraft"]) * D(c.num(60, 98)) / 100
        doc = {
            "reportNo": cn_no(c, "JG", eta),
            "portCode": port,
            "portName": PORTS[port][0],
            "vessel": {k: v for k, v in s.items() if k not in ("maxDraft", "minCrew")},
            "voyage": f"{c.num(1, 99):03d}{c.pick('NSEW')}",
            "lastPort": (lp := c.pick(list(FOREIGN_PORTS))),
            "lastPortName": FOREIGN_PORTS[lp],
            "eta": hm(eta),
            "etd": hm(eta + timedelta(hours=c.num(16, 96))),
            "draftFore": float(q2(draft - D("0.3"))),
            "draftAft": float(q2(draft)),
            "cargo": [{"name": cargo, "tons": tons, "dangerous": cargo in ("甲醇", "液化石油气", "燃料油")}],
            "cargoTons": tons,
            "crew": s["minCrew"] + c.num(0, 6),
            "agent": c.pick(AGENTS),
        }
        h = service(c, "Apache-HttpClient/4.5.14 (Java/1.8.0_412)", {"X-Agent-Code": "CBDL" + c.digits(6)})
        c.add(f, "arrival-report", "POST", "/jtyst/gh/api/jcgbg/arrival", h, js_doc(doc))
    for _ in range(N):
        s = ship(c)
        berthed = moment(c, -6, 0)
        doc = {
            "imo": s["imo"],
            "mmsi": s["mmsi"],
            "nameEn": s["nameEn"],
            "port": (port := c.pick(list(PORTS))),
            "berth": c.pick(PORTS[port][1]),
            "atb": hm(berthed),
            "etd": hm(berthed + timedelta(hours=c.num(10, 72))),
            "nextPort": c.pick(list(FOREIGN_PORTS)),
            "loadedTons": c.num(0, s["deadweight"] // 2),
            "crew": s["minCrew"] + c.num(0, 5),
            "stowaway": "无",
        }
        h = authed(web(c, JSON_CT, 0.0, f"{SITE}/jtyst/gh/cbdl/report.html"), c)
        c.add(f, "departure-report", "POST", "/jtyst/gh/api/jcgbg/departure", h, js_doc(doc))
    for _ in range(N):
        capacity = c.pick([380, 560, 980, 1500, 2600, 3500])
        frm, to = c.sample(INLAND_ROUTE, 2)
        leave = moment(c, 0, 5)
        doc = {
            "shipId": inland_ship_id(c),
            "shipName": f"桂{c.pick(['贵港', '桂平', '平南', '藤县'])}货{c.num(1000, 9999)}",
            "capacityTons": capacity,
            "cargo": c.pick(["河砂", "水泥", "集装箱", "煤炭", "空载"]),
            "cargoTons": 0,
            "crew": inland_crew(capacity) + c.num(0, 2),
            "from": frm,
            "to": to,
            "departure": hm(leave),
            "master": c.person(),
            "mobile": c.mobile(),
        }
        if doc["cargo"] != "空载":
            doc["cargoTons"] = c.num(capacity // 4, capacity)
        c.add(f, "inland-report", "POST", "/jtyst/gh/mp/api/nhbg", miniprogram(c, JSON_CT), js_doc(doc))
    for _ in range(N):
        s = ship(c)
        issued = c.day(-1500, -30).date()
        parts = [
            ("imo", s["imo"]),
            ("nameEn", s["nameEn"]),
            ("certType", c.pick(["船舶国籍证书", "国际吨位证书", "最低安全配员证书", "货船构造安全证书"])),
            ("issued", ymd_of(issued)),
            ("expires", ymd_of(issued + timedelta(days=c.num(1800, 1826)))),
            ("cert", (f"{s['imo']}_cert.pdf", "application/pdf", pdf_head(c, c.num(600, 1400)))),
            ("photo", (f"IMG_{c.num(1000, 9999)}.jpg", "image/jpeg", jpeg(c, c.num(900, 2200)))),
        ]
        h, body = upload(c, parts, f"{SITE}/jtyst/gh/cbdl/cert.html", 0.1)
        c.add(f, "certificate-upload", "POST", "/jtyst/gh/api/cert/upload", h, body)
    for _ in range(N):
        q = [("shipId", inland_ship_id(c)), ("date", ymd_of(c.day(-10, 0)))]
        c.add(f, "clearance-query", "GET", "/jtyst/gh/mp/api/nhbg/list?" + qs(q, axios), miniprogram(c))
    for _ in range(N):
        s = ship(c)
        q = [("imo", s["imo"])] if c.chance(0.6) else [("mmsi", s["mmsi"])]
        c.add(f, "particulars-query", "GET", "/jtyst/gh/api/ship/info?" + qs(q, axios), client(c, ref, None, 0.2))
    for _ in range(N):
        t0 = moment(c, -5, 0)
        (x0, _x1), (y0, _y1) = AIS_BOX
        lng, lat = x0 + c.num(20, 170) / 100, y0 + c.num(10, 80) / 100
        cog, sog = c.num(0, 3599) / 10, c.num(30, 140)
        points = []
        for i in range(c.num(4, 9)):
            points.append(
                {
                    "t": hms(t0 + timedelta(seconds=30 * i)),
                    "lng": round(lng + i * 0.0012, 6),
                    "lat": round(lat + i * 0.0004, 6),
                    "sog": (sog + c.num(-3, 3)) / 10,
                    "cog": cog,
                }
            )
        doc = {"mmsi": ship(c)["mmsi"], "source": "岸基AIS基站", "points": points}
        c.add(f, "ais-push", "POST", "/jtyst/gh/api/ais/push", service(c, "Go-http-client/1.1"), js_doc(doc))
    for _ in range(N):
        s = ship(c)
        applied = moment(c, -2, 0, 8, 18)
        port = c.pick(list(PORTS))
        kind = c.pick(["进港", "出港", "移泊"])
        berth, other = c.sample(PORTS[port][1], 2)
        frm, to = {"进港": (ANCHORAGES[port], berth), "出港": (berth, ANCHORAGES[port]), "移泊": (berth, other)}[kind]
        fields = [
            ("imo", s["imo"]),
            ("shipName", s["nameEn"]),
            ("loa", str(s["loa"])),
            ("draft", str(q2(D(s["maxDraft"]) * D(c.num(60, 98)) / 100))),
            ("maxDraft", str(s["maxDraft"])),
            ("kind", kind),
            ("from", frm),
            ("to", to),
            ("applyTime", hm(applied)),
            ("pilotTime", hm(applied + timedelta(hours=c.num(4, 30)))),
            ("agent", c.pick(AGENTS)),
        ]
        c.add(f, "pilotage-booking", "POST", "/jtyst/gh/yh/apply.do", jq_form(c, ref, 0.1), qs(fields, jq))
    navigations(
        c,
        f,
        "berth-plan-page",
        lambda: "/jtyst/gh/bwjh/index.html?" + qs([("port", c.pick(list(PORTS))), ("date", ymd_of(c.day(0, 3)))], form),
        ref,
        0.2,
    )
    beacons(c, f, "/jtyst/gh/api/stat", ["/jtyst/gh/index.html", "/jtyst/gh/bwjh/index.html"], ref)


# --- waterway-navigation -----------------------------------------------------------------------------------

STATIONS = {  # 水文 站: (code, usual low, usual high, 警戒 水位 m): this generator's table
    "梧州": ("80801500", D("3.20"), D("12.80"), D("18.50")),
    "贵港": ("80805200", D("33.50"), D("40.50"), D("42.50")),
    "桂平": ("80804100", D("22.80"), D("30.20"), D("32.00")),
    "南宁": ("80703300", D("62.10"), D("70.30"), D("72.00")),
}
LOCKS = {  # 船闸: (闸室 长 m, 宽 m, 门槛 水深 m)
    "长洲枢纽三线船闸": (340, 34, D("5.8")),
    "长洲枢纽四线船闸": (340, 34, D("5.8")),
    "桂平二线船闸": (280, 34, D("5.6")),
    "贵港二线船闸": (280, 34, D("5.6")),
    "西津二线船闸": (280, 34, D("5.8")),
}
SECTIONS = {  # 航段: (代码, 航道 等级, 水深 m, 宽度 m, 弯曲 半径 m)
    "西江 梧州—界首": ("XJ01", "I级", D("4.1"), 90, 670),
    "西江 桂平—梧州": ("XJ02", "I级", D("4.1"), 80, 670),
    "郁江 贵港—桂平": ("XJ03", "II级", D("3.5"), 75, 550),
    "郁江 南宁—贵港": ("XJ04", "II级", D("3.5"), 60, 550),
    "柳黔江 来宾—石龙": ("LQ01", "III级", D("2.6"), 50, 480),
}
AID_FAULTS = ["灯光熄灭", "灯质异常（闪光周期不对）", "浮标移位约 30 米", "标体倾斜", "岸标被树木遮挡"]


@family("waterway-navigation")
def waterway_navigation(c: Corpus) -> None:
    f = "waterway-navigation"
    ref = f"{SITE}/jtyst/hd/index.html"
    navigations(c, f, "notice-page", lambda: article(c, "/jtyst/hd/hxtg", -120), ref, 0.4)
    for _ in range(N):
        q = [("type", c.pick(["hxtg", "hdwh", "sw"])), ("section", c.pick(list(SECTIONS))), ("page", c.num(1, 4))]
        c.add(f, "notice-list", "GET", "/jtyst/hd/hxtg/list?" + qs(q, jq), web(c, None, 0.5, ref, xrw=True))
    for _ in range(N):
        q = [("station", c.pick(list(STATIONS))), ("date", ymd_of(c.day(-15, 0))), ("_", c.ms())]
        c.add(f, "water-level-query", "GET", "/jtyst/hd/api/sw/query?" + qs(q, axios), client(c, ref, None, 0.5))
    for _ in range(N):
        name = c.pick(list(STATIONS))
        code, low, high, warn = STATIONS[name]
        t0 = moment(c, -10, 0).replace(minute=0)
        level = low + (high - low) * D(c.num(0, 100)) / 100
        readings = []
        for i in range(c.num(6, 12)):
            level = q2(level + D(c.num(-15, 25)) / 100)
            readings.append({"t": hm(t0 + timedelta(hours=i)), "level": float(level)})
        top = max(D(str(r["level"])) for r in readings)
        doc = {
            "stationCode": code,
            "station": f"{name}水文站",
            "datum": "珠江基面",
            "readings": readings,
            "max": float(top),
            "warning": float(warn),
            "overWarning": top > warn,
        }
        c.add(f, "water-level-push", "POST", "/jtyst/hd/api/sw/push", service(c, "Java/17.0.10"), js_doc(doc))
    for _ in range(N):
        name = c.pick(list(SECTIONS))
        q = [("section", SECTIONS[name][0]), ("date", ymd_of(c.day(-3, 7)))]
        c.add(f, "dimension-query", "GET", "/jtyst/hd/mp/api/chidu?" + qs(q, axios), miniprogram(c))
    for _ in range(N):
        name = c.pick(list(SECTIONS))
        code, grade, depth, width, radius = SECTIONS[name]
        start = moment(c, 2, 20, 7, 9).replace(minute=0, second=0)
        doc = {
            "noticeNo": f"桂航通〔2027〕{c.num(1, 160)}号",
            "section": name,
            "sectionCode": code,
            "grade": grade,
            "work": c.pick(["疏浚维护", "航标调整", "礁石清除", "测量扫床"]),
            "start": hm(start),
            "end": hm(start + timedelta(days=c.num(1, 30), hours=c.num(0, 9))),
            "dailyWindow": "08:00-18:00",
            "normal": {"depthM": float(depth), "widthM": width, "radiusM": radius},
            "reduced": {
                "depthM": float(depth - D(c.num(0, 8)) / 10),
                "widthM": width - c.num(0, 30),
                "radiusM": radius,
            },
        }
        c.add(f, "maintenance-push", "POST", "/jtyst/hd/api/wh/push", service(c, "Go-http-client/1.1"), js_doc(doc))
    for _ in range(N):
        lock = c.pick(list(LOCKS))
        length, width, sill = LOCKS[lock]
        capacity = c.pick([980, 1500, 2600, 3500])
        doc = {
            "lock": lock,
            "direction": c.pick(["上行", "下行"]),
            "shipId": inland_ship_id(c),
            "shipName": f"桂{c.pick(['贵港', '桂平', '平南', '藤县'])}货{c.num(1000, 9999)}",
            "loaM": c.num(450, min(length * 10, 1100)) / 10,
            "beamM": c.num(108, min(width * 10, 220)) / 10,
            "draftM": float(sill - D(c.num(5, 25)) / 10),
            "capacityTons": capacity,
            "cargoTons": c.num(0, capacity),
            "dangerous": c.chance(0.1),
            "date": ymd_of(c.day(0, 3)),
        }
        c.add(f, "lock-booking", "POST", "/jtyst/hd/mp/api/gz/book", miniprogram(c, JSON_CT), js_doc(doc))
    for _ in range(N):
        q = [("lock", c.pick(list(LOCKS))), ("shipId", inland_ship_id(c))]
        c.add(f, "lock-queue", "GET", "/jtyst/hd/mp/api/gz/queue?" + qs(q, axios), miniprogram(c))
    for _ in range(N):
        lng, lat = gx_point(c, c.pick(["450400", "450800", "450100"]))
        doc = {
            "markNo": f"{c.pick(['XJ', 'YJ'])}{c.num(1, 480):03d}{c.pick(['左', '右'])}",
            "fault": c.pick(AID_FAULTS),
            "lng": lng,
            "lat": lat,
            "desc": prose(
                c,
                [
                    "今晚 20:30 左右经过，",
                    "上行过桂平大桥下游约 2 公里，",
                    "该标没有灯光，",
                    "船上雷达看得到但目视看不到，",
                    "请尽快修复。",
                ],
                (2, 4),
            ),
            "mobile": c.mobile(),
        }
        c.add(f, "aid-fault-report", "POST", "/jtyst/hd/api/hb/report", wx_h5(c, JSON_CT, ref), js_doc(doc))
    beacons(c, f, "/jtyst/hd/api/stat", ["/jtyst/hd/index.html", "/jtyst/hd/hxtg/"], ref)


# --- seafarer-certificate ----------------------------------------------------------------------------------

RANKS = ["船长", "大副", "二副", "三副", "轮机长", "大管轮", "二管轮", "三管轮", "值班水手", "值班机工"]
AREAS = ["无限航区", "沿海航区"]
SUBJECTS = {
    "三副": ["航海学", "船舶操纵与避碰", "船舶结构与货运", "航海英语"],
    "三管轮": ["主推进动力装置", "船舶辅机", "船舶电气", "轮机英语"],
    "值班水手": ["水手业务", "水手英语"],
    "值班机工": ["机工业务", "机工英语"],
}
EXAM_CENTRES = ["广西海事局船员考试中心（南宁）", "北海船员考试点", "钦州船员考试点"]
HOSPITALS = ["广西壮族自治区人民医院", "北海市人民医院", "钦州市第一人民医院", "防城港市第一人民医院"]
SEA_APP = ("cn.gov.msa.gx.crew", "3.2.0")  # the 船员 App


@family("seafarer-certificate")
def seafarer_certificate(c: Corpus) -> None:
    f = "seafarer-certificate"
    ref = f"{SITE}/jtyst/cy/index.html"
    for _ in range(N):
        q = [("certNo", gx_id(c, None, 20, 60)), ("name", c.person())]
        c.add(f, "cert-verify", "GET", "/jtyst/cy/mp/api/zs/verify?" + qs(q, axios), miniprogram(c))
    for _ in range(N):
        rank = c.pick(list(SUBJECTS))
        fields = [
            ("idNo", gx_id(c, None, 18, 45)),
            ("name", c.person()),
            ("area", c.pick(AREAS)),
            ("rank", rank),
            ("subjects", ",".join(c.sample(SUBJECTS[rank], c.num(1, len(SUBJECTS[rank]))))),
            ("centre", c.pick(EXAM_CENTRES)),
            ("session", f"2027年第{c.num(1, 6)}期"),
            ("mobile", c.mobile()),
        ]
        c.add(
            f, "exam-signup", "POST", "/jtyst/cy/ks/bm.do", jq_form(c, f"{SITE}/jtyst/cy/ks.html", 0.5), qs(fields, jq)
        )
    for _ in range(N):
        on = c.day(-2000, -900).date()
        records = []
        for _k in range(c.num(1, 4)):
            off = on + timedelta(days=c.num(90, 300))
            records.append(
                {
                    "ship": ship(c)["nameEn"],
                    "imo": imo_no(c),
                    "rank": c.pick(RANKS[2:4] + RANKS[6:8]),
                    "signOn": ymd_of(on),
                    "signOff": ymd_of(off),
                }
            )
            on = off + timedelta(days=c.num(20, 120))
        total = sum((date.fromisoformat(r["signOff"]) - date.fromisoformat(r["signOn"])).days + 1 for r in records)
        doc = {"idNo": gx_id(c, None, 22, 55), "records": records, "totalDays": total}
        c.add(f, "sea-service-record", "POST", "/jtyst/cy/app/api/zl", app_headers(c, *SEA_APP, JSON_CT), js_doc(doc))
    for _ in range(N):
        parts = [
            ("idNo", gx_id(c, None, 20, 58)),
            ("page", f"第{c.num(2, 24)}页"),
            ("file", ("tmp_" + c.alnum(20) + ".jpg", "image/jpeg", jpeg(c, c.num(900, 2200)))),
        ]
        h, body = wx_upload(c, parts)
        c.add(f, "service-book-upload", "POST", "/jtyst/cy/mp/api/fwb/upload", h, body)
    for _ in range(N):
        checked = c.day(-300, 0).date()
        parts = [
            ("idNo", gx_id(c, None, 20, 58)),
            ("hospital", c.pick(HOSPITALS)),
            ("checkDate", ymd_of(checked)),
            ("validUntil", ymd_of(checked.replace(year=checked.year + 2) - timedelta(days=1))),
            ("conclusion", c.pick(["合格", "合格（需戴矫正眼镜）"])),
            ("report", ("船员健康证明.pdf", "application/pdf", pdf_head(c, c.num(500, 1200)))),
        ]
        h, body = upload(c, parts, f"{SITE}/jtyst/cy/tj.html", 0.3)
        c.add(f, "health-cert-upload", "POST", "/jtyst/cy/api/tj/upload", h, body)
    for _ in range(N):
        applied = c.day(-20, 0).date()
        expiry = applied + timedelta(days=c.num(1, 180))
        idno = gx_id(c, applied, 25, 58)
        doc = {
            "certNo": idno,
            "idNo": idno,
            "rank": c.pick(RANKS[:8]),
            "area": c.pick(AREAS),
            "expiry": ymd_of(expiry),
            "applyDate": ymd_of(applied),
            "seaServiceMonths": c.num(12, 48),
            "trainingCerts": c.sample(["基本安全", "精通救生艇筏和救助艇", "高级消防", "精通急救"], c.num(2, 4)),
        }
        h = authed(web(c, JSON_CT, 0.3, f"{SITE}/jtyst/cy/hz.html"), c)
        c.add(f, "cert-renew-apply", "POST", "/jtyst/cy/api/hz/apply", h, js_doc(doc))
    for _ in range(N):
        q = [("idNo", gx_id(c, None, 20, 58)), ("type", c.pick(["基本安全", "高级消防", "全部"]))]
        c.add(f, "training-query", "GET", "/jtyst/cy/api/px/list?" + qs(q, axios), client(c, ref, None, 0.4))
    for _ in range(N):
        q = [("zkzh", f"GX{c.num(2026, 2027)}{c.digits(8)}"), ("idNo", gx_id(c, None, 18, 45))]
        c.add(f, "exam-score-query", "GET", "/jtyst/cy/ks/cj.do?" + qs(q, jq), web(c, None, 0.5, ref, xrw=True))
    navigations(c, f, "guide-page", lambda: article(c, "/jtyst/cy/bszn", -500), ref, 0.4)
    beacons(c, f, "/jtyst/cy/api/stat", ["/jtyst/cy/index.html", "/jtyst/cy/ks.html"], ref)


# --- port-dangerous-goods ----------------------------------------------------------------------------------

DG = {  # UN 编号: (正式 运输 名称, 类别, 包装 类 ("" none)) as IMDG and GB 12268 list them
    "1203": ("车用汽油或汽油", "3", "II"),
    "1170": ("乙醇或乙醇溶液", "3", "II"),
    "1090": ("丙酮", "3", "II"),
    "1230": ("甲醇", "3", "II"),
    "1263": ("涂料（包括油漆、真漆、瓷漆）", "3", "III"),
    "1993": ("易燃液体，未另作规定的（二甲苯、乙酸乙酯）", "3", "III"),
    "1830": ("硫酸，含酸高于51%", "8", "II"),
    "1789": ("氢氯酸", "8", "II"),
    "1824": ("氢氧化钠溶液", "8", "II"),
    "2067": ("硝酸铵基化肥", "5.1", "III"),
    "3480": ("锂离子电池组", "9", ""),
    "3082": ("对环境有害的液态物质，未另作规定的", "9", "III"),
    "2794": ("蓄电池，湿的，装有酸液", "8", ""),
}
OWNERS = ["COSU", "CSNU", "OOLU", "SITU", "TGHU", "TCNU", "MSCU", "CMAU", "EGHU", "BMOU"]
SIZE_TYPES = ["22G1", "42G1", "45G1", "22T6"]
TERMINALS = ["钦州港大榄坪集装箱码头", "北部湾港钦州码头有限公司", "防城港渔澪港区危险品专用泊位", "北海铁山港西港区"]
ISO6346_VALUES = {
    ch: v for ch, v in zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", [v for v in range(10, 39) if v % 11], strict=True)
}


def container_check(code10: str) -> str:
    """ISO 6346 check digit of owner code, category and serial: Σ value × 2ⁱ mod 11 (10 → 0)."""
    total = sum((ISO6346_VALUES[ch] if ch.isalpha() else int(ch)) * 2**i for i, ch in enumerate(code10))
    return str(total % 11 % 10)


def container_no(c: Corpus) -> str:
    body = c.pick(OWNERS) + c.digits(6)
    return body + container_check(body)


def dg_box(c: Corpus) -> dict:
    un = c.pick(list(DG))
    name, klass, pg = DG[un]
    net = c.num(8000, 21000)
    return {
        "containerNo": container_no(c),
        "sizeType": "22T6" if un in ("1203", "1230", "1170") else c.pick(SIZE_TYPES[:3]),
        "un": un,
        "name": name,
        "class": klass,
        "pg": pg,
        "pieces": 1 if un in ("1203", "1230", "1170") else c.num(20, 800),
        "netKg": net,
        "grossKg": net + c.num(900, 4200),
    }


@family("port-dangerous-goods")
def port_dangerous_goods(c: Corpus) -> None:
    f = "port-dangerous-goods"
    ref = f"{SITE}/jtyst/gh/wxhw/index.html"
    for _ in range(N):
        boxes = [dg_box(c) for _ in range(c.num(1, 6))]
        start = moment(c, 1, 6)
        s = ship(c)
        doc = {
            "declareNo": cn_no(c, "WXZY", start),
            "terminal": c.pick(TERMINALS),
            "operation": c.pick(["装船", "卸船", "过境"]),
            "vessel": {"nameEn": s["nameEn"], "imo": s["imo"], "voyage": f"{c.num(1, 99):03d}{c.pick('NSEW')}"},
            "containers": boxes,
            "totalContainers": len(boxes),
            "totalNetKg": sum(b["netKg"] for b in boxes),
            "planStart": hm(start),
            "planEnd": hm(start + timedelta(hours=c.num(2, 20))),
            "declarant": c.person(),
        }
        h = authed(service(c, "Apache-HttpClient/4.5.13 (Java/1.8.0_392)", {"X-Terminal-Id": "GXT" + c.digits(4)}), c)
        c.add(f, "operation-declare", "POST", "/jtyst/gh/wxhw/api/declare", h, js_doc(doc))
    for _ in range(N):
        q = [("containerNo", container_no(c)), ("_", c.ms())]
        c.add(f, "container-query", "GET", "/jtyst/gh/wxhw/api/box?" + qs(q, axios), client(c, ref, None, 0.2))
    for _ in range(N):
        parts = [
            ("declareNo", cn_no(c, "WXZY", c.day(-3, 3))),
            ("containerNo", container_no(c)),
            ("declaration", ("危险货物安全适运声明书.pdf", "application/pdf", pdf_head(c, c.num(500, 1300)))),
            ("packing", ("集装箱装箱证明书.jpg", "image/jpeg", jpeg(c, c.num(900, 2200)))),
        ]
        h, body = upload(c, parts, f"{SITE}/jtyst/gh/wxhw/declare.html", 0.1)
        c.add(f, "attachment-upload", "POST", "/jtyst/gh/wxhw/api/attach", h, body)
    for _ in range(N):
        q = [("declareNo", cn_no(c, "WXZY", c.day(-10, 0)))]
        c.add(f, "approval-query", "GET", "/jtyst/gh/wxhw/mp/api/result?" + qs(q, axios), miniprogram(c))
    for _ in range(N):
        un = c.pick(list(DG))
        q = [("un", un)] if c.chance(0.5) else [("keyword", DG[un][0].split("，")[0][:4])]
        c.add(f, "un-search", "GET", "/jtyst/gh/wxhw/pmb/search?" + qs(q, jq), web(c, None, 0.3, ref, xrw=True))
    for _ in range(N):
        t0 = moment(c, -5, 0)
        slots = set()
        moves = []
        for i in range(c.num(2, 8)):
            pos = (c.pick(["W1", "W2", "W3"]), c.num(1, 40) * 2 - 1, c.num(1, 8), c.num(1, 4))
            if pos in slots:
                continue
            slots.add(pos)
            moves.append(
                {
                    "containerNo": container_no(c),
                    "un": (un := c.pick(list(DG))),
                    "class": DG[un][1],
                    "block": pos[0],
                    "bay": f"{pos[1]:02d}",
                    "row": f"{pos[2]:02d}",
                    "tier": f"{pos[3]:02d}",
                    "time": hms(t0 + timedelta(minutes=7 * i)),
                }
            )
        doc = {"terminal": c.pick(TERMINALS), "yard": "危险品专用堆场", "moves": moves}
        c.add(f, "yard-push", "POST", "/jtyst/gh/wxhw/api/yard/push", service(c, "Go-http-client/1.1"), js_doc(doc))
    for _ in range(N):
        start = moment(c, -6, 0)
        n = c.num(1, 40)
        doc = {
            "declareNo": cn_no(c, "WXZY", start),
            "actualStart": hm(start),
            "actualEnd": hm(start + timedelta(minutes=c.num(40, 900))),
            "containers": n,
            "abnormal": 0,
            "supervisor": c.person(),
        }
        c.add(f, "operation-complete", "POST", "/jtyst/gh/wxhw/api/done", service(c, "Java/11.0.22"), js_doc(doc))
    for _ in range(N):
        doc = {
            "inspector": c.person(),
            "containerNo": container_no(c),
            "items": {
                "标志标签": "合格",
                "箱体": c.pick(["合格", "合格", "轻微锈蚀"]),
                "铅封": "完好",
                "隔离": "符合《国际海运危险货物规则》7.2 章",
            },
            "result": "同意作业",
            "photos": c.num(1, 6),
            "time": hms(moment(c, -3, 0, 8, 20)),
        }
        h = app_headers(c, "cn.gov.gxjt.wxhw", "2.6.1", JSON_CT)
        c.add(f, "site-inspection", "POST", "/jtyst/gh/wxhw/app/api/check", h, js_doc(doc))
    navigations(c, f, "notice-page", lambda: article(c, "/jtyst/gh/wxhw/tzgg", -300), ref, 0.2)
    beacons(c, f, "/jtyst/gh/wxhw/api/stat", ["/jtyst/gh/wxhw/index.html", "/jtyst/gh/wxhw/declare.html"], ref)


# --- hotel-guest-registration ------------------------------------------------------------------------------

HOTELS = [
    "南宁青秀万达锦华酒店",
    "桂林象山区漓江饭店",
    "北海银滩海景公寓酒店",
    "东兴口岸商务宾馆",
    "柳州城中区如家快捷酒店",
]
PMS_UAS = ["Apache-HttpClient/4.5.6 (Java/1.8.0_202)", "okhttp/3.12.1", "Go-http-client/1.1"]
SOAP_UA = "Mozilla/4.0 (compatible; MSIE 6.0; MS Web Services Client Protocol 4.0.30319.42000)"
NATIONS = ["汉", "壮", "瑶", "苗", "侗", "京"]
FOREIGN = {  # 国籍 (ISO 3166-1 alpha-3): (passport pattern prefix letters, digits, surnames, given names)
    "VNM": ("C", 7, ["NGUYEN", "TRAN", "LE", "PHAM"], ["VAN HUNG", "THI LAN", "MINH TUAN"]),
    "THA": ("AA", 7, ["SUKSAWAT", "WONGSA", "CHAIYAPORN"], ["SOMCHAI", "KANYA", "NIRAN"]),
    "MYS": ("A", 8, ["TAN", "LIM", "ABDULLAH"], ["WEI MING", "SITI AMINAH", "AHMAD"]),
    "GBR": ("", 9, ["SMITH", "JONES", "TAYLOR"], ["JAMES", "EMMA", "OLIVER"]),
}
ENTRY_PORTS = ["东兴口岸", "友谊关口岸", "南宁吴圩国际机场", "桂林两江国际机场", "凭祥铁路口岸"]


def room_no(c: Corpus) -> str:
    return f"{c.num(2, 22)}{c.num(1, 40):02d}"


def hotel_code(c: Corpus) -> str:
    """旅馆 编码: the 区县 code and a six-digit serial."""
    return c.pick(COUNTIES) + c.digits(6)


def guest(c: Corpus, on: date) -> dict:
    idno = gx_id(c, on, 18, 75)
    return {
        "name": c.person(),
        "idType": "11",
        "idNo": idno,
        "sex": "男" if int(idno[16]) % 2 else "女",
        "birth": idno[6:14],
        "nation": c.pick(NATIONS),
        "address": gx_address(c),
    }


@family("hotel-guest-registration")
def hotel_guest_registration(c: Corpus) -> None:
    f = "hotel-guest-registration"
    ref = f"{SITE}/gat/lgy/index.html"
    for _ in range(N):
        t = moment(c, -20, 0)
        code = hotel_code(c)
        nights = c.num(1, 5)
        doc = {
            "hotelCode": code,
            "room": room_no(c),
            "guests": [guest(c, t.date()) for _ in range(c.num(1, 2))],
            "checkinTime": hms(t),
            "expectedCheckout": ymd_of(t + timedelta(days=nights)) + " 12:00:00",
            "operator": c.person(),
        }
        h = service(c, c.pick(PMS_UAS), {"X-Hotel-Code": code})
        c.add(f, "checkin-upload", "POST", "/gat/lgy/api/v2/checkin", h, js_doc(doc))
    for _ in range(N):
        t = moment(c, -20, -1)
        out = t + timedelta(hours=c.num(10, 110))
        body = (
            '<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/'
            'envelope/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/'
            'XMLSchema"><soap:Body><UploadCheckout xmlns="http://lgy.gat.gxzf.gov.cn/">'
            f"<hotelCode>{hotel_code(c)}</hotelCode><room>{room_no(c)}</room><idNo>{gx_id(c, t.date())}</idNo>"
            f"<checkinTime>{hms(t)}</checkinTime><checkoutTime>{hms(out)}</checkoutTime>"
            "</UploadCheckout></soap:Body></soap:Envelope>"
        )
        h = {
            "User-Agent": SOAP_UA,
            "Content-Type": "text/xml; charset=utf-8",
            "SOAPAction": '"http://lgy.gat.gxzf.gov.cn/UploadCheckout"',
            "Expect": "100-continue",
        }
        c.add(f, "checkout-upload", "POST", "/gat/lgy/ws/LgyService.asmx", h, body)
    for _ in range(N):
        nat = c.pick(list(FOREIGN))
        letters, n, surnames, given = FOREIGN[nat]
        t = moment(c, -15, 0)
        entry = t.date() - timedelta(days=c.num(0, 20))
        doc = {
            "hotelCode": hotel_code(c),
            "surname": c.pick(surnames),
            "givenName": c.pick(given),
            "nationality": nat,
            "passportNo": letters + c.digits(n),
            "visaType": c.pick(["L", "M", "免签", "口岸签证"]),
            "entryDate": ymd_of(entry),
            "entryPort": c.pick(ENTRY_PORTS),
            "room": room_no(c),
            "checkinTime": hms(t),
            "reportTime": hms(t + timedelta(minutes=c.num(3, 600))),
        }
        h = service(c, c.pick(PMS_UAS), {"X-Hotel-Code": doc["hotelCode"]})
        c.add(f, "foreign-guest-report", "POST", "/gat/lgy/api/v2/jwry", h, js_doc(doc))
    for _ in range(N):
        score = c.num(80, 99)
        ctype, body = okhttp_multipart(
            c,
            [
                ("deviceNo", "RZ" + c.digits(10)),
                ("idNo", gx_id(c)),
                ("similarity", f"0.{score}"),
                ("threshold", "0.80"),
                ("result", "通过"),
                ("photo", (f"face_{c.ms()}.jpg", "image/jpeg", jpeg(c, c.num(1200, 2600)))),
            ],
        )
        h = {"User-Agent": "okhttp/4.9.0", "Accept-Encoding": "gzip", "Content-Type": ctype}
        c.add(f, "face-verify-upload", "POST", "/gat/lgy/api/rzhy/upload", h, body)
    for _ in range(N):
        rooms = c.num(12, 180)
        parts = [
            ("uscc", gx_uscc(c, c.pick(["91", "92"]))),
            ("name", c.pick(HOTELS)),
            ("address", gx_address(c)),
            ("rooms", str(rooms)),
            ("beds", str(rooms + c.num(0, rooms))),
            ("areaM2", str(rooms * c.num(25, 45))),
            ("legal", c.person()),
            ("fire", ("消防安全检查合格证.pdf", "application/pdf", pdf_head(c, c.num(400, 1100)))),
            ("front", ("前台照片.jpg", "image/jpeg", jpeg(c, c.num(900, 2200)))),
        ]
        h, body = upload(c, parts, f"{SITE}/gat/lgy/tzhy/apply.html", 0.2)
        c.add(f, "license-apply", "POST", "/gat/lgy/api/tzhy/apply", h, body)
    navigations(
        c,
        f,
        "hotel-list-page",
        lambda: "/gat/lgy/mlcx.html?" + qs([("area", c.pick(COUNTIES)), ("name", c.pick(["", "酒店", "宾馆"]))], form),
        ref,
        0.3,
    )
    for _ in range(N):
        t = moment(c, -10, 0, 8, 22)
        doc = {
            "hotelCode": hotel_code(c),
            "visitorIdNo": gx_id(c, t.date()),
            "visitorName": c.person(),
            "room": room_no(c),
            "inTime": hms(t),
            "outTime": hms(t + timedelta(minutes=c.num(10, 120))),
            "reason": c.pick(["探望朋友", "送文件", "商务洽谈"]),
        }
        c.add(f, "visitor-register", "POST", "/gat/lgy/api/v2/visitor", service(c, c.pick(PMS_UAS)), js_doc(doc))
    for _ in range(N):
        t = moment(c, -10, 0)
        a, b = room_no(c), room_no(c)
        while b == a:
            b = room_no(c)
        doc = {
            "hotelCode": hotel_code(c),
            "idNo": gx_id(c, t.date()),
            "fromRoom": a,
            "toRoom": b,
            "checkinTime": hms(t),
            "changeTime": hms(t + timedelta(hours=c.num(1, 40))),
        }
        c.add(f, "room-change", "POST", "/gat/lgy/api/v2/huanfang", service(c, c.pick(PMS_UAS)), js_doc(doc))
    navigations(c, f, "policy-page", lambda: article(c, "/gat/lgy/zcfg", -600), ref, 0.3)
    beacons(c, f, "/gat/lgy/api/stat", ["/gat/lgy/index.html", "/gat/lgy/mlcx.html"], ref)


# --- courier-real-name -------------------------------------------------------------------------------------

CARRIERS = {  # 企业: (运单 号 prefix, digits after it)
    "顺丰速运": ("SF", 13),
    "中通快递": ("7", 14),
    "圆通速递": ("YT", 13),
    "韵达快递": ("43", 13),
    "申通快递": ("77", 13),
    "京东物流": ("JD", 13),
    "中国邮政 EMS": ("1", 12),
}
ITEMS = [  # (物品 名称 as the sender says it, kg low, kg high)
    ("衣服 2 件（羽绒服、毛衣）", 1, 3),
    ("六堡茶 500g×2 饼", 1, 2),
    ("书籍：《平凡的世界》《活着》各 1 本", 1, 2),
    ("沙糖桔一箱（约 5 斤）", 3, 4),
    ("柳州螺蛳粉 10 袋", 3, 4),
    ("合同文件 2 份", 1, 1),
    ("儿童积木玩具", 1, 3),
    ("罗汉果 20 个（礼盒装）", 1, 2),
    ("电脑配件：内存条 16GB×2、SSD 1TB", 1, 1),
    ("芒果（百色，约 10 斤）", 5, 6),
]
OUTLETS = [
    "青秀区凤岭北营业部",
    "西乡塘区大学路驿站",
    "海城区银海大道网点",
    "钦南区子材大街服务点",
    "万秀区新兴二路网点",
]
COURIER_APP = ("com.gxyz.smjd", "5.4.2")  # the 实名 收寄 巴枪 App


def waybill(c: Corpus, carrier: str) -> str:
    prefix, n = CARRIERS[carrier]
    return prefix + c.digits(n)


@family("courier-real-name")
def courier_real_name(c: Corpus) -> None:
    f = "courier-real-name"
    ref = f"{SITE}/gxyz/jdaq/index.html"
    for _ in range(N):
        carrier = c.pick(list(CARRIERS))
        item, lo, hi = c.pick(ITEMS)
        t = moment(c, -10, 0, 8, 21)
        doc = {
            "waybillNo": waybill(c, carrier),
            "carrier": carrier,
            "outlet": c.pick(OUTLETS),
            "courierNo": c.digits(8),
            "sender": {"name": c.person(), "idType": "居民身份证", "idNo": gx_id(c, t.date()), "mobile": c.mobile()},
            "receiver": {
                "name": c.person(),
                "mobile": c.mobile(),
                "city": c.pick(["广州市", "深圳市", "杭州市", "成都市"]),
            },
            "items": item,
            "weightKg": c.num(lo * 10, hi * 10) / 10,
            "pieces": 1,
            "inspection": "已验视",
            "collectTime": hms(t),
        }
        c.add(f, "collect-upload", "POST", "/gxyz/jdaq/app/api/sj", app_headers(c, *COURIER_APP, JSON_CT), js_doc(doc))
    for _ in range(N):
        carrier = c.pick(list(CARRIERS))
        q = [("waybillNo", waybill(c, carrier)), ("carrier", carrier)]
        c.add(f, "waybill-query", "GET", "/gxyz/jdaq/mp/api/yd?" + qs(q, axios), miniprogram(c))
    for _ in range(N):
        parts = [
            ("uscc", gx_uscc(c)),
            ("name", f"广西{c.pick(['速达', '顺通', '桂邮'])}快递有限公司"),
            ("brand", c.pick(list(CARRIERS))),
            ("licenseNo", f"桂{c.num(2018, 2026)}{c.digits(4)}"),
            ("scope", c.pick(["省内异地", "国内异地", "国内异地、国际"])),
            ("license", ("快递业务经营许可证.pdf", "application/pdf", pdf_head(c, c.num(500, 1200)))),
            ("charter", ("营业执照.jpg", "image/jpeg", jpeg(c, c.num(900, 2000)))),
        ]
        h, body = upload(c, parts, f"{SITE}/gxyz/jdaq/qybb.html", 0.1)
        c.add(f, "firm-filing", "POST", "/gxyz/jdaq/api/qy/beian", h, body)
    for _ in range(N):
        fields = [
            ("name", c.pick(OUTLETS)),
            ("brand", c.pick(list(CARRIERS))),
            ("address", gx_address(c)),
            ("areaM2", str(c.num(20, 300))),
            ("staff", str(c.num(2, 30))),
            ("cameras", str(c.num(2, 16))),
            ("contact", c.person()),
            ("mobile", c.mobile()),
        ]
        c.add(f, "outlet-filing", "POST", "/gxyz/jdaq/wd/beian.do", jq_form(c, ref, 0.4), qs(fields, jq))
    for _ in range(N):
        t0 = moment(c, -5, 0, 8, 20)
        records = []
        for i in range(c.num(3, 10)):
            records.append(
                {
                    "waybillNo": waybill(c, c.pick(list(CARRIERS))),
                    "time": hms(t0 + timedelta(seconds=9 * i)),
                    "result": "疑似" if c.chance(0.08) else "正常",
                }
            )
        doc = {
            "machineNo": "XG" + c.digits(6),
            "site": c.pick(OUTLETS),
            "records": records,
            "suspicious": sum(r["result"] == "疑似" for r in records),
        }
        c.add(f, "xray-push", "POST", "/gxyz/jdaq/api/gj/push", service(c, "Go-http-client/1.1"), js_doc(doc))
    for _ in range(N):
        collected = c.num(200, 9000)
        real = collected - c.num(0, collected // 200)
        doc = {
            "date": ymd_of(c.day(-20, -1)),
            "brand": c.pick(list(CARRIERS)),
            "region": c.pick(COUNTIES),
            "collected": collected,
            "realName": real,
            "realNameRate": float(q2(D(real) * 100 / collected)),
        }
        c.add(f, "daily-stats", "POST", "/gxyz/jdaq/api/rb/push", service(c, "Java/17.0.10"), js_doc(doc))
    navigations(c, f, "prohibited-page", lambda: c.pick(["/gxyz/jdaq/jjwp/index.html", "/gxyz/jdaq/jjwp/ml.html"]), ref)
    for _ in range(N):
        carrier = c.pick(list(CARRIERS))
        doc = {
            "waybillNo": waybill(c, carrier),
            "carrier": carrier,
            "kind": c.pick(["疑似违禁品", "寄件人拒绝验视", "包装渗漏"]),
            "desc": c.pick(
                [
                    "包裹摇晃有液体声，寄件人说是“酱油”，拒绝开箱。",
                    "过机图像显示疑似管制刀具（约 30 cm）。",
                    "外包装有刺激性气味，已隔离。",
                ]
            ),
            "mobile": c.mobile(),
        }
        c.add(f, "suspicious-report", "POST", "/gxyz/jdaq/api/ky/report", wx_h5(c, JSON_CT, ref), js_doc(doc))
    for _ in range(N):
        on = c.day(-60, 0).date()
        doc = {
            "idNo": gx_id(c, on, 18, 55),
            "name": c.person(),
            "mobile": c.mobile(),
            "carrier": c.pick(list(CARRIERS)),
            "outlet": c.pick(OUTLETS),
            "entryDate": ymd_of(on),
            "trained": True,
        }
        h = app_headers(c, *COURIER_APP, JSON_CT)
        c.add(f, "courier-register", "POST", "/gxyz/jdaq/app/api/kdy", h, js_doc(doc))
    beacons(c, f, "/gxyz/jdaq/api/stat", ["/gxyz/jdaq/index.html", "/gxyz/jdaq/jjwp/index.html"], ref)


# --- internet-cafe-regulation ------------------------------------------------------------------------------

CAFES = ["网鱼网咖（青秀万象城店）", "极光电竞馆", "星际网络会所", "网客联盟（万秀店）", "英雄电竞酒店网吧区"]
CAFE_AREA_PER_PC = 2  # ㎡ a computer, at least


def cafe_license(c: Corpus) -> str:
    """《网络文化经营许可证》 编号: 桂网文〔year〕serial-serial号."""
    return f"桂网文〔{c.num(2016, 2026)}〕{c.num(1000, 9999)}-{c.num(1, 999):03d}号"


@family("internet-cafe-regulation")
def internet_cafe_regulation(c: Corpus) -> None:
    f = "internet-cafe-regulation"
    ref = f"{SITE}/wlt/wb/index.html"
    for _ in range(N):
        pcs = c.num(40, 300)
        parts = [
            ("licenseNo", cafe_license(c)),
            ("uscc", gx_uscc(c, c.pick(["91", "92"]))),
            ("name", c.pick(CAFES)),
            ("year", "2026"),
            ("terminals", str(pcs)),
            ("areaM2", str(pcs * CAFE_AREA_PER_PC + c.num(20, 400))),
            ("fire", ("消防安全检查意见书.pdf", "application/pdf", pdf_head(c, c.num(500, 1100)))),
            ("hall", ("营业场所照片.jpg", "image/jpeg", jpeg(c, c.num(1000, 2400)))),
        ]
        h, body = upload(c, parts, f"{SITE}/wlt/wb/nj.html", 0.2)
        c.add(f, "annual-review", "POST", "/wlt/wb/api/nj/submit", h, body)
    for _ in range(N):
        licensed = c.num(60, 300)
        actual = c.num(licensed * 2 // 3, licensed)
        area = D(actual * CAFE_AREA_PER_PC + c.num(10, 300))
        doc = {
            "licenseNo": cafe_license(c),
            "licensedTerminals": licensed,
            "actualTerminals": actual,
            "areaM2": float(area),
            "perTerminalM2": float(q2(area / actual)),
        }
        h = authed(web(c, JSON_CT, 0.2, f"{SITE}/wlt/wb/zd.html"), c)
        c.add(f, "terminal-report", "POST", "/wlt/wb/api/zd/report", h, js_doc(doc))
    for _ in range(N):
        day = c.day(-7, 0).date()
        sessions = []
        for _k in range(c.num(2, 8)):
            start = datetime(day.year, day.month, day.day, 8) + timedelta(minutes=c.num(0, 900))
            end = min(start + timedelta(minutes=c.num(30, 360)), datetime(day.year, day.month, day.day, 23, 59))
            sessions.append(
                {"idNo": gx_id(c, day, 18, 50), "terminal": f"A{c.num(1, 120):03d}", "start": hm(start), "end": hm(end)}
            )
        doc = {"cafeCode": c.pick(COUNTIES) + c.digits(4), "date": ymd_of(day), "sessions": sessions}
        c.add(f, "session-upload", "POST", "/gat/wb/smsw/api/upload", service(c, "Java/1.8.0_372"), js_doc(doc))
    for _ in range(N):
        q = [("licenseNo", cafe_license(c))] if c.chance(0.5) else [("name", c.pick(CAFES)), ("area", c.pick(COUNTIES))]
        c.add(f, "license-query", "GET", "/wlt/wb/api/xk/query?" + qs(q, axios), client(c, ref, None, 0.3))
    for _ in range(N):
        t = moment(c, -15, 0, 15, 23)
        doc = {
            "cafe": c.pick(CAFES),
            "time": hm(t),
            "kind": c.pick(["接纳未成年人", "未核验身份证上网", "超时营业"]),
            "desc": prose(
                c,
                [
                    "晚上看到好几个穿校服的学生在里面打游戏，",
                    "前台没有让刷身份证，",
                    "用的是别人的卡，",
                    "希望查一下。",
                ],
                (2, 4),
            ),
            "mobile": c.mobile(),
        }
        c.add(f, "minor-report", "POST", "/wlt/wb/api/jb/submit", wx_h5(c, JSON_CT, ref), js_doc(doc))
    for _ in range(N):
        item = c.pick(["名称", "法定代表人", "终端数"])
        old, new = {
            "名称": (c.pick(CAFES), c.pick(CAFES) + "（新店名）"),
            "法定代表人": (c.person(), c.person() + "（新）"),
            "终端数": (str(c.num(60, 150)), str(c.num(151, 300))),
        }[item]
        fields = [
            ("licenseNo", cafe_license(c)),
            ("item", item),
            ("oldValue", old),
            ("newValue", new),
            ("contact", c.mobile()),
        ]
        c.add(f, "change-apply", "POST", "/wlt/wb/bg/apply.do", jq_form(c, ref, 0.2), qs(fields, jq))
    navigations(
        c,
        f,
        "cafe-list-page",
        lambda: "/wlt/wb/cs/list.html?" + qs([("area", c.pick(COUNTIES)), ("page", c.num(1, 6))], form),
        ref,
        0.3,
    )
    for _ in range(N):
        total = c.num(60, 300)
        doc = {
            "cafeCode": c.pick(COUNTIES) + c.digits(4),
            "time": hms(moment(c, -2, 0, 8, 24)),
            "total": total,
            "online": c.num(0, total),
            "client": "实名上网管理系统 V6.3",
        }
        c.add(f, "heartbeat", "POST", "/gat/wb/smsw/api/heartbeat", service(c, "Java/1.8.0_372"), js_doc(doc))
    navigations(c, f, "policy-page", lambda: article(c, "/wlt/wb/zcfg", -700), ref, 0.2)
    beacons(c, f, "/wlt/wb/api/stat", ["/wlt/wb/index.html", "/wlt/wb/cs/list.html"], ref)


# --- judicial-auction --------------------------------------------------------------------------------------

COURTS = {  # 法院: 案号 代字
    "南宁市青秀区人民法院": "桂0103",
    "南宁市西乡塘区人民法院": "桂0107",
    "南宁市中级人民法院": "桂01",
    "柳州市柳南区人民法院": "桂0204",
    "桂林市七星区人民法院": "桂0305",
    "钦州市钦南区人民法院": "桂0702",
    "北海市海城区人民法院": "桂0502",
}
LOT_KINDS = {  # 标的 类型: (不动产?, 标的 名称 as the 公告 gives them)
    "住宅": (True, ["南宁市青秀区凤岭北路 6 号 3 栋 1502 号房产", "桂林市七星区漓江路 18 号 2 单元 601 室"]),
    "商铺": (True, ["柳州市城中区文惠路 9 号商铺（建筑面积 86.4 ㎡）", "北海市海城区四川路 33 号一层商铺"]),
    "土地使用权": (True, ["钦州市钦南区工业园 26 亩 工业用地使用权"]),
    "机动车": (False, ["桂A·3K8Q6 小型普通客车（丰田 凯美瑞 2019 款）", "桂B·F7731 重型半挂牵引车"]),
    "机器设备": (False, ["数控加工中心（型号 VMC850）2 台", "制砖机生产线一套（含码坯机）"]),
}


def case_no(c: Corpus, court: str) -> str:
    return f"（{c.num(2023, 2026)}）{COURTS[court]}执{c.pick(['', '恢'])}{c.num(1, 9999)}号"


def increment_for(start: Decimal) -> Decimal:
    """加价 幅度 by 起拍 价 (this generator's table)."""
    return D(100) if start < 10000 else D(1000) if start < 500000 else D(5000)


@family("judicial-auction")
def judicial_auction(c: Corpus) -> None:
    f = "judicial-auction"
    ref = f"{SITE}/gxfy/sfpm/index.html"
    navigations(c, f, "lot-page", lambda: f"/gxfy/sfpm/item/{c.num(100000, 999999)}.html", ref, 0.4)
    for _ in range(N):
        lo = c.num(1, 50) * 10000
        q = [
            ("court", c.pick(list(COURTS))),
            ("kind", c.pick(list(LOT_KINDS))),
            ("status", c.pick(["即将开始", "正在进行"])),
            ("priceMin", lo),
            ("priceMax", lo + c.num(1, 300) * 10000),
            ("page", c.num(1, 5)),
        ]
        c.add(f, "lot-list", "GET", "/gxfy/sfpm/api/items?" + qs(q, axios), client(c, ref, None, 0.3))
    navigations(c, f, "announcement-page", lambda: article(c, "/gxfy/sfpm/gg", -60), ref, 0.4)
    for _ in range(N):
        court = c.pick(list(COURTS))
        kind = c.pick(list(LOT_KINDS))
        appraisal = D(c.num(30, 9000)) * 1000
        rnd = c.pick([1, 2])
        first = (appraisal * D(c.num(70, 100)) / 100).quantize(D(1), ROUND_CEILING)
        start = first if rnd == 1 else (first * D(c.num(80, 99)) / 100).quantize(D(1), ROUND_CEILING)
        notice = c.day(-40, -1).date()
        days = (30 if rnd == 1 else 15) if LOT_KINDS[kind][0] else (15 if rnd == 1 else 7)
        begins = datetime(notice.year, notice.month, notice.day, 10) + timedelta(days=days + c.num(0, 5))
        doc = {
            "caseNo": case_no(c, court),
            "court": court,
            "title": c.pick(LOT_KINDS[kind][1]),
            "kind": kind,
            "round": rnd,
            "appraisal": money(appraisal),
            "firstStartPrice": money(first),
            "startPrice": money(start),
            "deposit": money((start * D(c.num(5, 19)) / 100).quantize(D(1), ROUND_CEILING)),
            "increment": money(increment_for(start)),
            "noticeDate": ymd_of(notice),
            "auctionStart": hms(begins),
            "auctionEnd": hms(begins + timedelta(hours=24)),
        }
        h = service(c, "Apache-HttpClient/4.5.13 (Java/1.8.0_392)", {"X-Court-Code": "GXFY" + COURTS[court][1:]})
        c.add(f, "lot-publish", "POST", "/gxfy/sfpm/api/item/publish", h, js_doc(doc))
    for _ in range(N):
        start = D(c.num(20, 5000)) * 1000
        doc = {
            "itemId": c.num(100000, 999999),
            "bidderType": (kind := c.pick(["个人", "企业"])),
            "idNo" if kind == "个人" else "uscc": gx_id(c) if kind == "个人" else gx_uscc(c),
            "name": c.person() if kind == "个人" else "广西" + c.pick(["鼎盛", "桂通", "北港"]) + "投资有限公司",
            "deposit": money(q2(start / 10)),
            "priority": c.chance(0.05),
            "agree": True,
        }
        h = authed(web(c, JSON_CT, 0.4, f"{SITE}/gxfy/sfpm/item/{doc['itemId']}.html"), c)
        c.add(f, "bid-signup", "POST", "/gxfy/sfpm/api/bid/signup", h, js_doc(doc))
    for _ in range(N):
        start = D(c.num(20, 5000)) * 1000
        inc = increment_for(start)
        current = start + inc * c.num(0, 40)
        k = c.num(1, 5)
        doc = {
            "itemId": c.num(100000, 999999),
            "currentPrice": money(current),
            "increment": money(inc),
            "times": k,
            "bidPrice": money(current + inc * k),
            "bidNo": c.alnum(4, "ABCDEFGHJKLMNPQRSTUVWXYZ"),
        }
        h = authed(web(c, JSON_CT, 0.5, f"{SITE}/gxfy/sfpm/item/{doc['itemId']}.html"), c)
        c.add(f, "bid-place", "POST", "/gxfy/sfpm/api/bid/offer", h, js_doc(doc))
    for _ in range(N):
        paid = moment(c, -10, 0)
        fields = [
            ("orderNo", cn_no(c, "BZJ", paid, 8)),
            ("itemId", str(c.num(100000, 999999))),
            ("amount", str(D(c.num(1, 900)) * 1000)),
            ("payTime", paid.strftime("%Y%m%d%H%M%S")),
            ("bankSerial", c.digits(20)),
            ("status", "SUCCESS"),
            ("signType", "RSA2"),
            ("sign", c.b64(128)),
        ]
        h = service(c, "Java/1.8.0_362", ctype="application/x-www-form-urlencoded; charset=UTF-8")
        c.add(f, "deposit-notify", "POST", "/gxfy/sfpm/api/pay/notify", h, qs(fields, form))
    for _ in range(N):
        on = open_day(c.day(1, 14).date())
        doc = {
            "itemId": c.num(100000, 999999),
            "date": ymd_of(on),
            "slot": slot(c, "09:00", "17:00", 60),
            "name": c.person(),
            "mobile": c.mobile(),
            "people": c.num(1, 3),
        }
        c.add(f, "viewing-booking", "POST", "/gxfy/sfpm/mp/api/kanyang", miniprogram(c, JSON_CT), js_doc(doc))
    for _ in range(N):
        court = c.pick(list(COURTS))
        parts = [
            ("caseNo", case_no(c, court)),
            ("court", court),
            ("clueType", c.pick(["车辆下落", "银行存款", "房产", "到期债权"])),
            (
                "content",
                c.pick(
                    [
                        "被执行人的车（桂A·7M2X5）最近每天晚上停在江南区星光大道某小区地下车库 B2 层。",
                        "被执行人在东兴开了一家红木家具店，店名是“某某红木”，营业执照挂在别人名下。",
                        "被执行人有一笔 38 万元的工程款（南宁某建设公司）下个月到期。",
                    ]
                ),
            ),
            ("mobile", c.mobile()),
            ("photo", (f"IMG_{c.num(1000, 9999)}.jpg", "image/jpeg", jpeg(c, c.num(900, 2400)))),
        ]
        h, body = upload(c, parts, f"{SITE}/gxfy/xs/index.html", 0.6)
        c.add(f, "reward-clue", "POST", "/gxfy/xs/api/clue", h, body)
    beacons(c, f, "/gxfy/sfpm/api/stat", ["/gxfy/sfpm/index.html", "/gxfy/sfpm/gg/"], ref)


# --- prison-family-visit -----------------------------------------------------------------------------------

PRISONS = ["南宁监狱", "柳州监狱", "桂林监狱", "广西壮族自治区女子监狱", "西江监狱", "黎塘监狱", "中渡监狱", "北海监狱"]
RELATIONS = ["配偶", "父亲", "母亲", "子女", "兄弟姐妹", "祖父母", "外祖父母"]
VISIT_WINDOWS = [("09:00", "11:30"), ("14:30", "16:30")]  # 工作日 会见 时段
REMIT_CAP = D(800)  # 亲情 汇款 a month (this generator's)


def inmate_no(c: Corpus) -> str:
    return "45" + c.digits(8)


@family("prison-family-visit")
def prison_family_visit(c: Corpus) -> None:
    f = "prison-family-visit"
    ref = f"{SITE}/jyglj/index.html"
    for _ in range(N):
        on = open_day(c.day(2, 20).date())
        opens, closes = c.pick(VISIT_WINDOWS)
        doc = {
            "prison": c.pick(PRISONS),
            "inmateNo": inmate_no(c),
            "inmateName": c.person(),
            "relation": c.pick(RELATIONS),
            "visitorIdNo": gx_id(c, on, 18, 80),
            "visitorName": c.person(),
            "date": ymd_of(on),
            "slot": slot(c, opens, closes, 30),
            "visitors": c.num(1, 3),
            "mode": "远程视频会见",
        }
        c.add(f, "video-visit-booking", "POST", "/jyglj/mp/api/hj/book", miniprogram(c, JSON_CT), js_doc(doc))
    for _ in range(N):
        parts = [
            ("relation", c.pick(RELATIONS)),
            ("idNo", gx_id(c)),
            ("proofType", c.pick(["户口簿", "结婚证", "出生医学证明", "村（居）委会证明"])),
            ("file", ("tmp_" + c.alnum(20) + ".jpg", "image/jpeg", jpeg(c, c.num(1000, 2400)))),
        ]
        h, body = wx_upload(c, parts)
        c.add(f, "relation-upload", "POST", "/jyglj/mp/api/qs/upload", h, body)
    for _ in range(N):
        q = [("bookingNo", cn_no(c, "HJ", c.day(-5, 5))), ("idNo", gx_id(c))]
        c.add(f, "booking-query", "GET", "/jyglj/mp/api/hj/query?" + qs(q, axios), miniprogram(c))
    for _ in range(N):
        fields = [
            ("bookingNo", cn_no(c, "HJ", c.day(0, 10))),
            ("reason", c.pick(["临时有事，改约下周", "家里老人住院，无法按时参加", "网络不好，换个时间"])),
        ]
        c.add(
            f, "booking-cancel", "POST", "/jyglj/hj/cancel.do", jq_form(c, f"{SITE}/jyglj/hj.html", 0.8), qs(fields, jq)
        )
    for _ in range(N):
        on = c.day(5, 40).date()
        people = [
            {"name": c.person(), "idNo": gx_id(c, on, 18, 75), "relation": c.pick(RELATIONS)}
            for _k in range(c.num(1, 5))
        ]
        doc = {
            "prison": c.pick(PRISONS),
            "date": ymd_of(on),
            "inmateNo": inmate_no(c),
            "people": people,
            "count": len(people),
            "mobile": c.mobile(),
        }
        c.add(f, "open-day-signup", "POST", "/jyglj/api/kfr/signup", wx_h5(c, JSON_CT, ref), js_doc(doc))
    navigations(c, f, "visit-guide-page", lambda: c.pick(["/jyglj/hjzn/index.html", "/jyglj/hjzn/spjh.html"]), ref)
    for _ in range(N):
        q = [("city", c.pick(CITIES)), ("type", c.pick(["", "女子监狱", "未成年犯管教所"]))]
        c.add(f, "prison-list", "GET", "/jyglj/api/jy/list?" + qs(q, axios), client(c, ref, None, 0.4))
    for _ in range(N):
        before = D(c.num(0, 6)) * 100
        amount = D(c.num(1, int(REMIT_CAP - before) // 50)) * 50
        doc = {
            "prison": c.pick(PRISONS),
            "inmateNo": inmate_no(c),
            "relation": c.pick(RELATIONS),
            "remitterIdNo": gx_id(c),
            "amount": money(amount),
            "monthTotalBefore": money(before),
            "monthCap": money(REMIT_CAP),
            "payChannel": "微信支付",
        }
        c.add(f, "family-remit", "POST", "/jyglj/mp/api/hk/pay", miniprogram(c, JSON_CT), js_doc(doc))
    navigations(c, f, "notice-page", lambda: article(c, "/jyglj/tzgg", -200), ref, 0.3)
    beacons(c, f, "/jyglj/api/stat", ["/jyglj/index.html", "/jyglj/hjzn/index.html"], ref)


# --- security-guard-service --------------------------------------------------------------------------------

GUARD_FIRMS = [
    "广西保安服务集团有限公司",
    "南宁市保安服务有限公司",
    "柳州市安邦保安服务有限公司",
    "北海市平安保安服务有限公司",
]
POSTS = ["门卫", "巡逻", "守护", "随身护卫", "安全检查", "安全技术防范"]
PASS_MARK = 60


def guard_cert(c: Corpus) -> str:
    """保安员证 编号: 桂, the 市 code and eight digits (this generator's pattern)."""
    return f"桂{c.pick(CITIES)[:4]}{c.digits(8)}"


@family("security-guard-service")
def security_guard_service(c: Corpus) -> None:
    f = "security-guard-service"
    ref = f"{SITE}/gat/ba/index.html"
    for _ in range(N):
        q = [("certNo", guard_cert(c)), ("name", c.person())]
        c.add(f, "cert-query", "GET", "/gat/ba/api/bayz/query?" + qs(q, axios), client(c, ref, None, 0.5))
    for _ in range(N):
        fields = [
            ("idNo", gx_id(c, None, 18, 55)),
            ("name", c.person()),
            ("education", c.pick(["初中", "高中", "中专", "大专"])),
            ("city", c.pick(CITIES)),
            ("session", f"2027年第{c.num(1, 12)}期保安员考试"),
            ("company", c.pick(GUARD_FIRMS)),
            ("mobile", c.mobile()),
        ]
        c.add(f, "exam-signup", "POST", "/gat/ba/ks/bm.do", jq_form(c, f"{SITE}/gat/ba/ks.html", 0.5), qs(fields, jq))
    for _ in range(N):
        q = [("zkzh", f"BA{c.num(2026, 2027)}{c.digits(8)}"), ("idNo", gx_id(c, None, 18, 55))]
        c.add(f, "exam-score-query", "GET", "/gat/ba/ks/cj.do?" + qs(q, jq), web(c, None, 0.6, ref, xrw=True))
    for _ in range(N):
        parts = [
            ("idNo", gx_id(c, None, 18, 55)),
            ("name", c.person()),
            ("score", str(c.num(PASS_MARK, 98))),
            ("company", c.pick(GUARD_FIRMS)),
            ("photo", ("证件照.jpg", "image/jpeg", jpeg(c, c.num(600, 1400)))),
        ]
        h, body = upload(c, parts, f"{SITE}/gat/ba/zsbl.html", 0.4)
        c.add(f, "cert-apply", "POST", "/gat/ba/api/bayz/apply", h, body)
    for _ in range(N):
        q = [("keyword", c.pick(["保安", "安保", "押运", ""])), ("city", c.pick(CITIES)), ("page", c.num(1, 4))]
        c.add(f, "company-license-query", "GET", "/gat/ba/api/gs/list?" + qs(q, axios), client(c, ref, None, 0.2))
    for _ in range(N):
        home, there = c.sample(CITIES, 2)
        parts = [
            ("uscc", gx_uscc(c)),
            ("company", c.pick(GUARD_FIRMS)),
            ("homeCity", home),
            ("serviceCity", there),
            ("client", c.pick(["中国—东盟博览会（南宁国际会展中心）", "钦州港某石化项目", "桂林某 5A 景区"])),
            ("guards", str(c.num(5, 120))),
            ("contract", ("保安服务合同.pdf", "application/pdf", pdf_head(c, c.num(600, 1500)))),
        ]
        h, body = upload(c, parts, f"{SITE}/gat/ba/kqyba.html", 0.1)
        c.add(f, "cross-region-filing", "POST", "/gat/ba/api/kqy/beian", h, body)
    for _ in range(N):
        on = c.day(-30, 0).date()
        guards = [
            {"idNo": gx_id(c, on, 18, 60), "certNo": guard_cert(c), "post": c.pick(POSTS)} for _k in range(c.num(2, 9))
        ]
        doc = {
            "uscc": gx_uscc(c),
            "client": c.pick(["南宁市第三中学", "万象城购物中心", "广西某银行营业部"]),
            "from": ymd_of(on),
            "guards": guards,
            "count": len(guards),
        }
        c.add(f, "dispatch-roster", "POST", "/gat/ba/api/pz/push", service(c, "Go-http-client/1.1"), js_doc(doc))
    navigations(c, f, "training-school-page", lambda: article(c, "/gat/ba/pxxx", -300), ref, 0.3)
    navigations(
        c,
        f,
        "company-list-page",
        lambda: "/gat/ba/gsml.html?" + qs([("city", c.pick(CITIES)), ("type", c.pick(["", "武装守护押运"]))], form),
        ref,
        0.2,
    )
    beacons(c, f, "/gat/ba/api/stat", ["/gat/ba/index.html", "/gat/ba/gsml.html"], ref)


# --- fireworks-retail-permit -------------------------------------------------------------------------------

FIREWORKS = {  # 产品: (类别, 级别, 元 a 箱)
    "小型组合烟花（36 发）": ("组合烟花类", "C", D(180)),
    "电光花": ("喷花类", "D", D(30)),
    "地面旋转（陀螺）": ("旋转类", "D", D(45)),
    "小礼花（单发）": ("升空类", "C", D(120)),
    "小鞭炮（200 响）": ("爆竹类", "C", D(60)),
    "摔炮": ("玩具类", "D", D(25)),
}
MIN_SHOP_M2 = 10
SHOPS = ["青秀区某某烟花爆竹零售点", "港北区金港烟花店", "桂平市城南烟花爆竹专卖", "合浦县廉州镇烟花零售点"]


def fireworks_permit(c: Corpus) -> str:
    """烟花爆竹 经营（零售）许可证 编号: （桂）YH零许证字〔year〕serial号 (this generator's pattern)."""
    return f"（桂）YH零许证字〔{c.num(2025, 2027)}〕{c.digits(5)}号"


@family("fireworks-retail-permit")
def fireworks_retail_permit(c: Corpus) -> None:
    f = "fireworks-retail-permit"
    ref = f"{SITE}/yjt/yhbz/index.html"
    for _ in range(N):
        area = c.num(MIN_SHOP_M2, 60)
        start = c.day(5, 30).date()
        parts = [
            ("uscc", gx_uscc(c, "92")),
            ("shop", c.pick(SHOPS)),
            ("address", gx_address(c)),
            ("areaM2", str(area)),
            ("storageBoxes", str(c.num(5, area))),
            ("validFrom", ymd_of(start)),
            ("validTo", ymd_of(start + timedelta(days=c.num(60, 730)))),
            ("photo", ("零售场所照片.jpg", "image/jpeg", jpeg(c, c.num(1000, 2400)))),
            ("training", ("安全培训合格证明.pdf", "application/pdf", pdf_head(c, c.num(400, 900)))),
        ]
        h, body = upload(c, parts, f"{SITE}/yjt/yhbz/sq.html", 0.5)
        c.add(f, "retail-apply", "POST", "/yjt/yhbz/api/xk/apply", h, body)
    navigations(c, f, "publicity-page", lambda: article(c, "/yjt/yhbz/gs", -90), ref, 0.4)
    for _ in range(N):
        q = [("permitNo", fireworks_permit(c))] if c.chance(0.5) else [("shop", c.pick(SHOPS))]
        c.add(f, "permit-query", "GET", "/yjt/yhbz/api/xk/query?" + qs(q, axios), client(c, ref, None, 0.4))
    for _ in range(N):
        items = []
        for name in c.sample(list(FIREWORKS), c.num(1, 4)):
            kind, level, price = FIREWORKS[name]
            boxes = c.num(1, 30)
            items.append(
                {
                    "product": name,
                    "category": kind,
                    "level": level,
                    "boxes": boxes,
                    "unitPrice": money(price),
                    "amount": money(price * boxes),
                }
            )
        doc = {
            "permitNo": fireworks_permit(c),
            "date": ymd_of(c.day(-20, 0)),
            "supplier": "浏阳市某烟花批发有限公司",
            "items": items,
            "totalBoxes": sum(i["boxes"] for i in items),
            "totalAmount": money(sum(FIREWORKS[i["product"]][2] * i["boxes"] for i in items)),
        }
        c.add(f, "flow-push", "POST", "/yjt/yhbz/api/lx/push", service(c, "Java/17.0.10"), js_doc(doc))
    for _ in range(N):
        lng, lat = gx_point(c, c.pick(CITIES))
        q = [("lng", lng), ("lat", lat)]
        c.add(f, "no-burn-zone", "GET", "/gat/jfq/mp/api/check?" + qs(q, axios), miniprogram(c))
    for _ in range(N):
        lng, lat = gx_point(c)
        doc = {
            "kind": c.pick(["无证销售", "居民楼下私设仓库", "禁放区域燃放", "向未成年人销售"]),
            "place": gx_address(c),
            "lng": lng,
            "lat": lat,
            "desc": c.pick(
                [
                    "小区一楼车库里堆了几十箱烟花，旁边就是电动车充电桩，很危险！",
                    "路边摊在卖“窜天猴”，没看到许可证。",
                    "凌晨 1 点还有人在小区里放大礼花。",
                ]
            ),
            "mobile": c.mobile(),
        }
        c.add(f, "violation-report", "POST", "/yjt/yhbz/api/jb", wx_h5(c, JSON_CT, ref), js_doc(doc))
    for _ in range(N):
        fields = [
            ("name", c.person()),
            ("idNo", gx_id(c, None, 18, 65)),
            ("shop", c.pick(SHOPS)),
            ("session", f"2027年第{c.num(1, 4)}期零售人员安全培训"),
            ("mobile", c.mobile()),
        ]
        c.add(f, "training-signup", "POST", "/yjt/yhbz/px/bm.do", jq_form(c, ref, 0.6), qs(fields, jq))
    navigations(c, f, "policy-page", lambda: article(c, "/yjt/yhbz/zcfg", -500), ref, 0.3)
    for _ in range(N):
        area = c.num(MIN_SHOP_M2, 60)
        opening = c.num(0, area // 2)
        bought = c.num(0, area - opening)
        sold = c.num(0, opening + bought)
        doc = {
            "permitNo": fireworks_permit(c),
            "month": f"{c.day(-60, 0):%Y-%m}",
            "areaM2": area,
            "storageCap": area,
            "opening": opening,
            "purchased": bought,
            "sold": sold,
            "closing": opening + bought - sold,
        }
        h = authed(web(c, JSON_CT, 0.6, f"{SITE}/yjt/yhbz/kc.html"), c)
        c.add(f, "stock-report", "POST", "/yjt/yhbz/api/kc/report", h, js_doc(doc))
    beacons(c, f, "/yjt/yhbz/api/stat", ["/yjt/yhbz/index.html", "/yjt/yhbz/gs/"], ref)


# --- toxic-chemical-purchase -------------------------------------------------------------------------------

TOXIC = {
    "氰化钠": "143-33-9",
    "氰化钾": "151-50-8",
    "三氧化二砷": "1327-53-3",
    "氯化汞": "7487-94-7",
    "磷化铝": "20859-73-8",
    "叠氮化钠": "26628-22-8",
}
PRECURSORS = {
    "硝酸铵": "6484-52-2",
    "高锰酸钾": "7722-64-7",
    "硝酸钾": "7757-79-1",
    "过氧化氢溶液（含量>8%）": "7722-84-1",
    "硝酸": "7697-37-2",
    "硫磺": "7704-34-9",
    "铝粉": "7429-90-5",
    "氯酸钾": "3811-04-9",
}
TOXIC_USES = {
    "氰化钠": "黄金冶炼（氰化浸出）",
    "氰化钾": "电镀",
    "三氧化二砷": "玻璃澄清剂",
    "氯化汞": "科研实验",
    "磷化铝": "粮库熏蒸杀虫",
    "叠氮化钠": "科研实验（防腐剂）",
}
POLICE_APP = ("cn.gov.gxgat.whp", "1.8.5")  # the 民警 检查 App


def toxic_permit(c: Corpus) -> str:
    return f"桂公剧购字〔2027〕{c.digits(5)}号"


@family("toxic-chemical-purchase")
def toxic_chemical_purchase(c: Corpus) -> None:
    f = "toxic-chemical-purchase"
    ref = f"{SITE}/gat/whp/index.html"
    for _ in range(N):
        name = c.pick(list(TOXIC))
        parts = [
            ("uscc", gx_uscc(c, c.pick(["91", "12"]))),
            ("chemical", name),
            ("cas", TOXIC[name]),
            ("qtyKg", str(c.num(1, 200) * (5 if name != "氰化钠" else 50))),
            ("use", TOXIC_USES[name]),
            ("seller", c.pick(["广西某化工试剂有限公司", "柳州某化学品经营有限公司"])),
            ("handler", gx_id(c, None, 22, 58)),
            ("license", ("危险化学品使用许可证.pdf", "application/pdf", pdf_head(c, c.num(500, 1300)))),
            ("storage", ("专用仓库照片.jpg", "image/jpeg", jpeg(c, c.num(1000, 2200)))),
        ]
        h, body = upload(c, parts, f"{SITE}/gat/whp/jdgm.html", 0.1)
        c.add(f, "permit-apply", "POST", "/gat/whp/api/jd/apply", h, body)
    for _ in range(N):
        q = [("permitNo", toxic_permit(c)), ("uscc", gx_uscc(c))]
        c.add(f, "permit-query", "GET", "/gat/whp/api/jd/query?" + qs(q, axios), client(c, ref, None, 0.1))
    for _ in range(N):
        items = [
            {"name": n, "cas": PRECURSORS[n], "qtyKg": c.num(5, 5000)} for n in c.sample(list(PRECURSORS), c.num(1, 3))
        ]
        doc = {
            "sellerUscc": gx_uscc(c),
            "buyerUscc": gx_uscc(c),
            "date": ymd_of(c.day(-15, 0)),
            "items": items,
            "totalKg": sum(i["qtyKg"] for i in items),
            "buyerIdNo": gx_id(c, None, 22, 60),
        }
        h = service(c, "Apache-HttpClient/4.5.14 (Java/11.0.21)", {"X-Ent-Code": "YZB" + c.digits(8)})
        c.add(f, "precursor-filing", "POST", "/gat/whp/api/yzb/beian", h, js_doc(doc))
    for _ in range(N):
        name = c.pick(list(PRECURSORS))
        opening = c.num(0, 3000)
        inward = c.num(0, 2000)
        out = c.num(0, opening + inward)
        doc = {
            "uscc": gx_uscc(c),
            "chemical": name,
            "cas": PRECURSORS[name],
            "month": f"{c.day(-60, -1):%Y-%m}",
            "openingKg": opening,
            "inKg": inward,
            "outKg": out,
            "closingKg": opening + inward - out,
        }
        h = authed(web(c, JSON_CT, 0.0, f"{SITE}/gat/whp/tz.html"), c)
        c.add(f, "ledger-report", "POST", "/gat/whp/api/yzb/tz", h, js_doc(doc))
    navigations(c, f, "catalog-page", lambda: c.pick(["/gat/whp/ml/jdml.html", "/gat/whp/ml/yzbml.html"]), ref, 0.1)
    for _ in range(N):
        name = c.pick(list(TOXIC) + list(PRECURSORS))
        q = [("cas", {**TOXIC, **PRECURSORS}[name])] if c.chance(0.5) else [("name", name)]
        c.add(f, "catalog-search", "GET", "/gat/whp/ml/search?" + qs(q, jq), web(c, None, 0.2, ref, xrw=True))
    for _ in range(N):
        start = c.day(3, 20).date()
        permitted = c.num(2, 40) * 50
        doc = {
            "permitNo": toxic_permit(c),
            "chemical": (name := c.pick(list(TOXIC))),
            "cas": TOXIC[name],
            "plate": gx_plate(c),
            "route": c.pick(["南宁—百色（G75、G80）", "柳州—河池（G78）", "钦州—南宁（G75）"]),
            "start": ymd_of(start),
            "end": ymd_of(start + timedelta(days=c.num(0, 6))),
            "permittedKg": permitted,
            "qtyKg": c.num(1, permitted),
            "escort": c.person(),
        }
        h = authed(web(c, JSON_CT, 0.0, f"{SITE}/gat/whp/ysz.html"), c)
        c.add(f, "transport-pass-apply", "POST", "/gat/whp/api/ysz/apply", h, js_doc(doc))
    for _ in range(N):
        items = []
        for name in c.sample(list(TOXIC), c.num(1, 3)):
            ledger = c.num(5, 800)
            items.append({"name": name, "cas": TOXIC[name], "ledgerKg": ledger, "actualKg": ledger})
        keepers = c.sample(["黄志强", "韦丽", "蒙海", "覃春燕", "陆建华"], 2)
        doc = {
            "uscc": gx_uscc(c),
            "time": hms(moment(c, -10, 0, 9, 17)),
            "items": items,
            "keepers": keepers,
            "doubleLock": True,
            "result": "账物相符",
        }
        c.add(f, "storage-check", "POST", "/gat/whp/app/api/jc", app_headers(c, *POLICE_APP, JSON_CT), js_doc(doc))
    navigations(c, f, "guide-page", lambda: article(c, "/gat/whp/bszn", -400), ref, 0.2)
    beacons(c, f, "/gat/whp/api/stat", ["/gat/whp/index.html", "/gat/whp/ml/jdml.html"], ref)


# --- generation, check and files -------------------------------------------------------------------


def gen() -> list[dict]:
    return generate(Corpus(SEED), FAMILIES)


def check(rec: dict) -> list[str]:
    """What is wrong with one record as an HTTP request (empty: nothing): tests/waf/data/corpus_kit.py."""
    return check_record(rec, SOURCES)


if __name__ == "__main__":
    write_corpus(gen(), check, split, TUNING_FILE, HELD_OUT_FILE, len(FAMILIES))
