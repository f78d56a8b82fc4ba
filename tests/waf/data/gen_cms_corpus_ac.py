"""Generate corpus AC: a TWENTY-NINTH set of ordinary requests to Chinese government sites, independent of A-Z, AA and AB.

    python tests/waf/data/gen_cms_corpus_ac.py   # writes cms_ac_tuning.jsonl and cms_ac_heldout.jsonl next to it

Why another corpus: each fresh corpus so far has found kinds of ordinary traffic the earlier ones lacked, and AC
measures the WAF's false positives on traffic no tuning round has seen. Corpus AC is a month of ordinary traffic to
one province's AGRICULTURE, VETERINARY, FISHERIES and FORESTRY PRODUCTION services on the provincial cloud (四川省 as
the model: 农业 农村厅 and its 植保 站, 土肥 站, 种子 站, 农技 推广 总站 and 农产品 质量 安全 中心, 畜牧 兽医, 渔业
渔政, 林业 和 草原局 森林 防火 and 野生 动物 保护), as farmers, co-operatives, vets, drug and seed dealers,
fishing-boat owners, rangers, inspectors and insurers use them, and none of A-Z, AA or AB has these kinds (L's
agri-rural is 惠农 补贴 and 农机 购置 补贴, N's forestry-service is 林木 采伐, 古树 名木, 松材线虫 and 野外 用火 审批,
N's drug-traceability is human 药品 追溯, S's farmland-subsidy-roster is 补贴 清册, Z's grain-purchase-reserve is 收购
and 储备; AC has none of their shapes): 兽药 二维码 追溯 (24-digit 追溯码: 申请 日期, 企业 标识, 随机 位; 批准 文号
"兽药字(2023)230123456"; dealers' 出入库 scans whose counts add up, 包装 关联, 月度 库存 that balance); 执业 兽医 处方
and 动物 诊疗 (doses in mg/kg times body weight, 休药期 end dates after the course, 执业 兽医 资格 考试 报名 and
成绩); 植物 检疫 (调运 检疫 申请 with 检疫 对象 by their Latin names, 证书 查验, 产地 检疫, 复检 after issue, the 县
站's XML pushes); 测土 配方 施肥 (pH, 有机质 g/kg, 碱解氮/有效磷/速效钾 mg/kg within their methods' ranges, XLSX 化验
batches, "3414" 田间 试验 with its 14 treatments, 配方 肥 "N-P2O5-K2O 15-15-15" orders whose 总 养分 is the sum);
病虫害 测报 (测报灯 and 孢子 捕捉仪 uploads with counts per species by Latin name that add up, JPEG snapshots, 条锈病
and 草地贪夜蛾 田间 调查 rates); 湖库 捕捞 (内陆 渔业 捕捞 许可, 电子 渔捞 日志 outside the 禁渔期 with catches in kg
that sum, 北斗 positions inside the reservoir, 垂钓 登记, 禁捕 举报); 品种 登记 and 种畜禽 (GPD 登记 编号, 增产 % from
yields, DUS 性状 tables as XLSX, 种子 标签 二维码 追溯 网址 opened by 微信 扫一扫); 农业 保险 (耳标 of 畜种 + 区县 +
序号, 保费 shares that add up in 分, parcels as GeoJSON whose 亩 are their polygons' areas, 查勘 photos with EXIF-like
JSON after the 报案, 理算 that follows its formula); 森林 防火 (护林员 终端 tracks whose distances are their points',
瞭望 塔 烟火 alarms whose fire point lies at the reported bearing and range, 卫星 热点 核查, 入山 登记); 湿地 and 野生
动物 (红外 相机 photos with Latin names, AI top-3 in order, 致害 补偿 = 面积 × 亩产 × 单价 × 损失率); 农产品 快检 (酶
抑制率 = (ΔA0 − ΔA1)/ΔA0 with the 50% rule, 胶体金 T/C, 承诺 达标 合格证 from a 小程序); and 农技 推广 问答 and 高素质
农民 培训 (farmers' 四川话 questions with photos, sign-ins near the venue, video progress). Reservoir boxes,
certificate, permit, 处方 and 合格证 number patterns, device firmware names, premiums' rates, shares and prices are
this generator's tables, not published ones. Desktop browsers, 微信 内置 浏览器, mobile Safari, 小程序, native Apps,
field devices (测报灯, 北斗 terminals, 快检 仪, dealers' scanners) and back-end platforms send them. ``SOURCES`` names
the public material each family's URLs, parameters, headers and bodies follow; values are generated deterministically
(``SEED``); HOST is a placeholder the evaluation replaces. Where the receiving services check something (身份 证号 and
统一 社会 信用 代码 check characters, GB/T 2260 codes, 追溯码 dates and 耳标 layouts, points inside 四川 and the
reservoirs, sums, rates and formulas, dates and times in order, XLSX and upload magic bytes) the generator does it for
real, so the fast tests can check the requests the way the receiving servers would. Nothing here is an attack: every
value is what the real service really receives.

Each request is one JSONL record as in corpora A-Z, AA and AB (method, path, headers, body or body_b64) tagged with
its ``family``, ``shape``, ``source`` and ``label`` = family/shape, and passes corpus_kit.check_record.

THE SPLIT is corpus_kit.HashSplit's rule with the salt "corpus-ac/", decided and written down here before the corpus
was generated and before anything was evaluated (no WAF result on AC was seen by its author; docs/waf.md, held-out
discipline): the three families whose sha256("corpus-ac/<family>") hex digests sort first are held out whole, and no
tuning may see them; in every other family a (family, shape) group is held out when
sha256("corpus-ac/<family>/<shape>") has a first byte divisible by 4; everything else is the tuning part. Made once;
never re-split, edited or regenerated to pass.
"""  # noqa: E501 - the series' first line (independent of A-Z, AA and AB) is one line

from __future__ import annotations

import base64
import math
import sys
from collections.abc import Callable
from datetime import date, datetime, timedelta
from itertools import pairwise
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # run as a script from anywhere

from tests.waf.data import gen_cms_corpus_ab as corpus_ab
from tests.waf.data.corpus_kit import (
    SITE,
    HashSplit,
    check_record,
    family_registry,
    generate,
    part_files,
    write_corpus,
)
from tests.waf.data.gen_cms_corpus_aa import cn_no, moment  # AA's
from tests.waf.data.gen_cms_corpus_e import JSON_CT, axios, form, jpeg, jq, qs  # E's
from tests.waf.data.gen_cms_corpus_f import pdf_head, png  # F's
from tests.waf.data.gen_cms_corpus_l import app_headers, miniprogram  # L's
from tests.waf.data.gen_cms_corpus_m import upload, web  # M's browser helpers
from tests.waf.data.gen_cms_corpus_n import distance_m, near, service  # N's
from tests.waf.data.gen_cms_corpus_o import zip_bytes  # O's deterministic zip
from tests.waf.data.gen_cms_corpus_q import jq_form  # Q's
from tests.waf.data.gen_cms_corpus_r import page  # R's
from tests.waf.data.gen_cms_corpus_s import wx_h5  # S's
from tests.waf.data.gen_cms_corpus_t import exif_jpeg  # T's camera JPEG
from tests.waf.data.gen_cms_corpus_v import client, id_check, mod31  # V's
from tests.waf.data.gen_cms_corpus_w import ORG_CHARS, authed, js_doc, org_check, ymd_of  # W's
from tests.waf.data.gen_cms_corpus_x import born_at, hms  # X's
from tests.waf.data.gen_cms_corpus_y import prose, today  # Y's
from tests.waf.data.gen_cms_corpus_z import article, beacons, navigations  # Z's

TUNING_FILE, HELD_OUT_FILE = part_files("ac")
SEED = 20301118
SALT = "corpus-ac/"

SOURCES = {
    "vet-drug-traceability": "农业农村部 公告 第2210号 (兽药 产品 追溯: 兽药 二维码 of 24 digits, 第1-8位 追溯码 申请 "
    "日期, 第9-13位 企业 标识, 第14-24位 随机 位; 入库 and 出库 信息 上传; 包装 级别 关联), "
    "《兽药产品批准文号管理办法》 (农业部令 2015年第4号: 兽药字 + 年号 + 省份 序号, 企业 序号, 品种 编号), "
    "《兽药经营质量管理规范》 and 国家 兽药 综合 查询 App / 四川 兽药 追溯 as dealers and farmers use them: 扫码 "
    "查询, 出入库 scans, 包装 关联, 批准 文号 and 经营 许可 查询, 产品 目录 pages, 库存 月报, 退货 召回 登记, beacons",
    "vet-prescription-clinic": "《执业兽医和乡村兽医管理办法》 (农业农村部令 2022年第6号), "
    "《兽用处方药和非处方药管理办法》 and 《兽用处方药品种目录》, 兽药 标签 休药期 (e.g. 恩诺沙星 注射液 猪 10 日), "
    "《动物诊疗机构管理办法》 (动物 诊疗 许可证), 全国 执业 兽医 资格 考试 (兽医 全科类 and 水生 动物类; 报名, 成绩) "
    "and 《兽用抗菌药使用减量化行动方案》 as 四川 畜牧 兽医 platforms run them: 电子 处方 开具 and 核验, 诊疗 病历 "
    "uploads, 许可 查询, 执业 备案, 考试 报名, 成绩 查询, 考试 通知 pages, 抗菌药 使用 月报, beacons",
    "plant-quarantine-cert": "《植物检疫条例》 (国务院 1983, 2017 修订) and 《植物检疫条例实施细则（农业部分）》 "
    "(调运 检疫, 产地 检疫, 植物 检疫 证书, 复检), 《全国农业植物检疫性有害生物名单》 (农业农村部 公告 2020年 "
    "第351号: 柑橘 黄龙病 Candidatus Liberibacter asiaticus, 柑橘 溃疡病 Xanthomonas citri subsp. citri, 稻水象甲 "
    "Lissorhoptrus oryzophilus, …) and 全国 植物 检疫 信息化 管理 系统 as 四川 植保 站 runs it: 调运 申请, 证书 查询 "
    "and 扫码 查验, 产地 检疫 申请, 名单 pages, 复检 报告, 县 站 XML pushes, 种子 基地 备案, 指南 pages, beacons",
    "soil-test-fertilizer": '农业部 《测土配方施肥技术规范》 (NY/T 2911-2016: 采样 0-20 cm, "3414" 田间 试验 方案), '
    "NY/T 1121 土壤 检测 (pH NY/T 1121.2, 有机质 NY/T 1121.6, 有效磷 NY/T 1121.7, 速效钾 NY/T 889, 碱解氮 LY/T 1228), "
    "GB/T 15063-2020 《复合肥料》 (总 养分 N+P2O5+K2O: 高 浓度 ≥ 40.0%, 中 ≥ 30.0%, 低 ≥ 25.0%) and 四川 测土 配方 "
    "施肥 专家 系统 as farmers, labs and 土肥 站 use it: 采样 上传, LIMS 结果 pushes, XLSX 化验 批次, 配方 卡 查询 "
    "and 打印, 推荐 施肥, 配方 肥 订购, 肥效 试验 结果, 触摸屏 查询 机 pages, beacons",
    "pest-forecast-station": "GB/T 24689.1-2009 《植物保护机械 虫情测报灯》, 《农作物病虫害监测与预报管理办法》 "
    "(农业农村部 2021), NY/T 1443.1 (小麦 条锈病 Puccinia striiformis f. sp. tritici 测报 调查), "
    "《草地贪夜蛾测报调查技术规范》 (Spodoptera frugiperda: 被害 株率, 虫口 密度), 性诱 测报 and 四川 智能 测报 "
    "物联网 as devices and 测报 员 use it: 测报灯 uploads with species counts and snapshots, heartbeats, 孢子 捕捉仪, "
    "田间 调查, 发生 报告 with photos, 病虫 情报 pages, 县 站 周报, 性诱 数据, 预警 订阅, beacons",
    "reservoir-fishing-log": "《中华人民共和国渔业法》, 《渔业捕捞许可管理规定》 (农业农村部令 2018年第1号, 2022 "
    "修订: 内陆 渔业 捕捞 许可证, 网具 and 网目, 渔捞 日志), 《四川省〈中华人民共和国渔业法〉实施办法》 and 四川 天然 "
    "水域 禁渔期 (3月1日 0时 至 6月30日 24时), 长江 流域 重点 水域 禁捕 and 退捕 渔民 安置 保障, 垂钓 管理 (一人 一杆 "
    "一线 一钩) as 四川 渔政 runs them for reservoirs: 许可 申请 and 查询, 电子 渔捞 日志, 北斗 终端 positions, 上岸 "
    "登记, 禁渔 通告 pages, 垂钓 登记, 非法 捕捞 举报, 退捕 保障 查询, beacons",
    "variety-breed-registration": "《中华人民共和国种子法》 and 《非主要农作物品种登记办法》 (农业部令 2017年第1号: "
    "29 种 作物, 登记 编号 GPD + 作物 + (年号) + 省 代码 and 序号), GB/T 19557 (DUS 测试 指南: 性状 表达 状态 代码), "
    "《农作物种子标签二维码编码规则》 (品种 名称, 生产 经营者 名称, 单元 识别 代码, 追溯 网址: four lines), "
    "《种畜禽生产经营许可管理办法》 and 四川 地方 猪种 (内江猪, 成华猪, 雅南猪) as 四川 种子 and 畜牧 站 run them: "
    "登记 申请, DUS XLSX uploads, 登记 公告 pages, 品种 查询, 种畜禽 许可 申请 and 查询, 标签 扫码, 经营 备案, beacons",
    "agri-insurance-claim": "《农业保险条例》 (国务院令 第629号, 2016 修订), 财政部 "
    "《中央财政农业保险保费补贴管理办法》 (财金〔2021〕130号: 中央, 省, 市县 补贴 and 农户 自缴 shares), "
    "《畜禽标识和养殖档案管理办法》 (耳标 编码 15 位: 畜禽 种类 代码, 县级 行政 区划 代码, 标识 顺序号), 农业 保险 "
    '"三到户 五公开" and 四川 政策性 农业 保险 as insurers and farmers use it: 养殖 险 承保 清单, 种植 险 地块 '
    "GeoJSON, 报案, 查勘 photo uploads, 无害化 处理 联动, 理算, 理赔 公示 pages, 保单 查询, 指南 pages, beacons",
    "forest-fire-patrol": "《森林防火条例》 (国务院令 第541号), 《四川省森林防火条例》 (森林 防火期 1月1日 至 "
    "5月31日, 入山 登记, 火种 管理), 国家 林草局 卫星 林火 监测 热点 核查 反馈 (FY-3D, NOAA-20, Himawari-9), 护林员 "
    "巡护 北斗 终端 and 瞭望 塔 烟火 识别 as 四川 林草局 runs them: 巡护 轨迹 batches, SOS, 烟火 告警 pushes, 热点 "
    "核查 反馈 with photos, 入山 登记 小程序, 火情 报告, 防火期 通告 pages, 扑火 物资 台账, 排班 查询, beacons",
    "wetland-wildlife-monitor": "《中华人民共和国野生动物保护法》 (2022 修订) and 《国家重点保护野生动物名录》 (2021: "
    "Ailuropoda melanoleuca, Rhinopithecus roxellana, Budorcas taxicolor, Grus nigricollis …), 《湿地保护法》, "
    "《四川省野生动物造成人身伤害和财产损失补偿办法》, 陆生 野生 动物 疫源 疫病 监测 and 四川 林草 红外 相机 监测 "
    "平台 as rangers, devices and villagers use them: 红外 相机 uploads, AI 识别 回调, 鸟类 同步 调查, 湿地 监测 站 "
    "pushes, 致害 补偿 申请 and 查询, 疫源 疫病 报告, 保护区 pages, 救护 上报, beacons",
    "agri-product-rapid-test": "GB/T 5009.199-2003 (蔬菜 中 有机磷 和 氨基 甲酸酯 类 农药 残留量 的 快速 检测: 酶 "
    "抑制率 = (ΔA0 − ΔA1)/ΔA0 × 100%, ≥ 50% 阳性), 胶体金 免疫 层析 (克伦特罗, 莱克多巴胺, 沙丁胺醇), "
    "《农产品质量安全法》 (2022) and 《食用农产品承诺达标合格证》 (承诺 依据: 自我 承诺, 委托 检测, 自行 检测, 内部 "
    "质量 控制) as 四川 农产品 质量 安全 平台 and its 快检 室 use it: 快检 仪 pushes, 胶体金 读数, 抽样 登记, 日报, "
    "合格证 打印 and 扫码, 抽检 任务, 阳性 处置 uploads, 结果 公示 pages, beacons",
    "agri-extension-qa": "《中华人民共和国农业技术推广法》, 中国 农技 推广 App (农技 问答, 专家 回答, 农技 人员 日志) "
    "and 农业农村部 高素质 农民 培育 计划 (培训 报名, 签到, 在线 课程 学时) as 四川 农技 推广 总站 runs them: 提问 "
    "with photos, 专家 回答, 问题 列表 and 详情 pages, 农技员 日志, 培训 签到 near the venue, 培训 报名, 课程 进度, "
    "农事 指导 pages, beacons",
}

SPLIT = HashSplit(SALT, SOURCES)  # the rule in the docstring (tests/waf/data/corpus_kit.py)
split, HELD_OUT_FAMILIES = SPLIT.split, SPLIT.held_out_families  # split(reqs): (tuning part, held-out part)


# --- the corpus: AB's (and so AA's, Z's, … F's), recording AC's sources ------------------------------------


class Corpus(corpus_ab.Corpus):
    """AB's corpus (values, browsers, header order, day(); SourceTagged): requests are tagged with AC's sources."""

    sources = SOURCES


FAMILIES: dict[str, Callable[[Corpus], None]] = {}
family = family_registry(FAMILIES)

N = 13  # requests per (family, shape): Z's navigations() and beacons() make as many

SC = {  # 四川省 and its 市/州, some 区县: GB/T 2260 行政区划 代码
    "510000": "四川省",
    "510100": "成都市",
    "510104": "锦江区",
    "510112": "龙泉驿区",
    "510116": "双流区",
    "510121": "金堂县",
    "510181": "都江堰市",
    "510183": "邛崃市",
    "510300": "自贡市",
    "510321": "荣县",
    "510500": "泸州市",
    "510521": "泸县",
    "510600": "德阳市",
    "510681": "广汉市",
    "510700": "绵阳市",
    "510722": "三台县",
    "511000": "内江市",
    "511025": "资中县",
    "511100": "乐山市",
    "511123": "犍为县",
    "511300": "南充市",
    "511321": "南部县",
    "511400": "眉山市",
    "511421": "仁寿县",
    "511500": "宜宾市",
    "511524": "长宁县",
    "511600": "广安市",
    "511621": "岳池县",
    "511700": "达州市",
    "511722": "宣汉县",
    "511800": "雅安市",
    "511803": "名山区",
    "513200": "阿坝藏族羌族自治州",
    "513221": "汶川县",
    "513300": "甘孜藏族自治州",
    "513322": "泸定县",
    "513400": "凉山彝族自治州",
    "513401": "西昌市",
}
COUNTIES = [k for k in SC if not k.endswith("00")]
CITIES = [k for k in SC if k.endswith("00") and k != "510000"]
CENTRES = {  # 市/州 code: (longitude, latitude) of its seat
    "510100": (104.0657, 30.6595),
    "510300": (104.7784, 29.3392),
    "510500": (105.4433, 28.8891),
    "510600": (104.3986, 31.1270),
    "510700": (104.6794, 31.4675),
    "511000": (105.0661, 29.5871),
    "511100": (103.7613, 29.5821),
    "511300": (106.0829, 30.7953),
    "511400": (103.8318, 30.0483),
    "511500": (104.6308, 28.7602),
    "511600": (106.6333, 30.4564),
    "511700": (107.5023, 31.2095),
    "511800": (103.0010, 29.9877),
    "513200": (102.2211, 31.8998),
    "513300": (101.9638, 30.0507),
    "513400": (102.2587, 27.8868),
}
OTHER_PROVINCES = {"500000": "重庆市", "530000": "云南省", "520000": "贵州省", "610000": "陕西省", "420000": "湖北省"}
TOWNS = ["清泉镇", "永兴镇", "龙潭乡", "石板滩镇", "白鹤镇", "新店子镇", "桂花镇", "三星镇", "观音场镇", "马鞍镇"]
VILLAGES = ["红光村", "团结村", "石桥村", "柏树村", "新华村", "青杠村", "大湾村", "龙井村", "黄桷村", "凉水井村"]
CO_OPS = ["种植专业合作社", "生猪养殖专业合作社", "家庭农场", "农业开发有限公司", "水产养殖专业合作社"]
SC_BOX = ((97.35, 108.55), (26.05, 34.32))  # 四川's extent: (west, east), (south, north)


def sc_id(c: Corpus, lo: int = 20, hi: int = 70) -> str:
    """A 公民身份号码 of a 四川 区县 (the 17th digit odd for men)."""
    body = f"{c.pick(COUNTIES)}{born_at(c, today(c), lo, hi):%Y%m%d}{c.digits(3)}"
    return body + id_check(body)


def sc_uscc(c: Corpus, kind: str = "93") -> str:
    """A 统一社会信用代码 of 四川 (93 农民 专业 合作社, 91 企业, 92 个体, 12 事业 单位); GB 11714 part checked too."""
    org = "MA" + c.alnum(6, ORG_CHARS) if kind.startswith("9") else c.digits(8)
    body = f"{kind}{c.pick(COUNTIES)}{org}{org_check(org)}"
    return body + mod31(body)


def county_of(code: str) -> str:
    return SC[code[:4] + "00"] + SC[code]


def sc_point(c: Corpus, county: str | None = None, spread: int = 20000) -> tuple[float, float]:
    """A point near the seat of a 区县's 市/州 (``spread`` in 1e-5 degrees), six decimals."""
    lng, lat = CENTRES[(county or c.pick(COUNTIES))[:4] + "00"]
    return near(c, lng, lat, spread)


def grower(c: Corpus) -> tuple[str, str, str]:
    """(name, 统一社会信用代码 or 身份 证号, 区县) of a farm: a co-operative or a household."""
    county = c.pick(COUNTIES)
    if c.chance(0.5):
        name = f"{SC[county].rstrip('区县市')}{c.pick(['丰收', '绿源', '金穗', '川红', '沃土'])}{c.pick(CO_OPS)}"
        return name, sc_uscc(c), county
    return c.person(), sc_id(c, 25, 68), county


def address(c: Corpus, county: str) -> str:
    return f"{county_of(county)}{c.pick(TOWNS)}{c.pick(VILLAGES)}{c.num(1, 12)}组"


def device_headers(c: Corpus, ua: str, sn: str, ctype: str | None = JSON_CT) -> dict[str, str]:
    """A field device's HTTP client (4G DTU firmware): few headers, its serial number."""
    return service(c, ua, {"X-Device-Sn": sn}, ctype)


def b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode()


SHEET_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
DOC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
XLSX_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'


def col_name(i: int) -> str:
    return chr(ord("A") + i)


def xlsx(rows: list[list[object]], sheet: str = "Sheet1") -> bytes:
    """An OOXML workbook of one sheet (inline strings, numbers as numbers), as WPS and Excel save a small table."""
    cells = []
    for r, row in enumerate(rows, 1):
        out = []
        for i, v in enumerate(row):
            ref = f"{col_name(i)}{r}"
            if isinstance(v, int | float):
                out.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                out.append(f'<c r="{ref}" t="inlineStr"><is><t>{escape(str(v))}</t></is></c>')
        cells.append(f'<row r="{r}">{"".join(out)}</row>')
    types = (
        f'{XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        f'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'
    )
    rels = (
        f'{XML_HEAD}<Relationships xmlns="{REL_NS}"><Relationship Id="rId1" Type="{DOC_REL}/officeDocument" '
        'Target="xl/workbook.xml"/></Relationships>'
    )
    book = (
        f'{XML_HEAD}<workbook xmlns="{SHEET_NS}" xmlns:r="{DOC_REL}"><sheets>'
        f'<sheet name="{escape(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>'
    )
    book_rels = (
        f'{XML_HEAD}<Relationships xmlns="{REL_NS}"><Relationship Id="rId1" Type="{DOC_REL}/worksheet" '
        'Target="worksheets/sheet1.xml"/></Relationships>'
    )
    sheet_xml = f'{XML_HEAD}<worksheet xmlns="{SHEET_NS}"><sheetData>{"".join(cells)}</sheetData></worksheet>'
    return zip_bytes(
        [
            ("[Content_Types].xml", types),
            ("_rels/.rels", rels),
            ("xl/workbook.xml", book),
            ("xl/_rels/workbook.xml.rels", book_rels),
            ("xl/worksheets/sheet1.xml", sheet_xml),
        ]
    )


# --- vet-drug-traceability ---------------------------------------------------------------------------------

VET_FIRMS = {  # 企业 标识 (追溯码 第9-13位): (name, 省份 序号 of 批准 文号, 企业 序号)
    "10235": ("四川恒通动物制药有限公司", 23, "012"),
    "10871": ("成都乾坤动物药业股份有限公司", 23, "005"),
    "11402": ("四川喜亚动物药业有限公司", 23, "031"),
    "20516": ("重庆方通动物药业有限公司", 22, "014"),
    "30977": ("河南牧翔动物药业有限公司", 16, "027"),
}
VET_DRUGS = {  # 通用名: (规格, 包装)
    "盐酸多西环素可溶性粉": ("10%", "100g/袋"),
    "恩诺沙星注射液": ("10ml:0.5g", "100ml/瓶"),
    "阿莫西林可溶性粉": ("10%", "500g/袋"),
    "氟苯尼考粉": ("10%", "1000g/袋"),
    "伊维菌素注射液": ("1%", "50ml/瓶"),
    "替米考星预混剂": ("20%", "1000g/袋"),
    "黄芪多糖注射液": ("10ml:1g", "100ml/瓶"),
    "头孢噻呋钠注射用": ("1.0g", "10瓶/盒"),
}
DEALERS = {  # 经营 许可证 number (this generator's pattern): 兽药 经营 店 name
    "(2025)兽药经营证字510104012号": "成都锦江康牧兽药店",
    "(2024)兽药经营证字511321007号": "南部县丰牧兽药经营部",
    "(2026)兽药经营证字511421031号": "仁寿县惠农兽药门市",
    "(2025)兽药经营证字513401005号": "西昌市牧康兽药店",
}


def trace_code(c: Corpus, firm: str | None = None, upto: date | None = None) -> str:
    """A 兽药 追溯码: the 申请 date, the firm's 企业 标识 and 11 random digits."""
    applied = (upto or today(c)) - timedelta(days=c.num(20, 400))
    return f"{applied:%Y%m%d}{firm or c.pick(list(VET_FIRMS))}{c.digits(11)}"


def approval_no(c: Corpus, firm: str) -> str:
    _name, prov, serial = VET_FIRMS[firm]
    return f"兽药字({c.num(2019, 2026)}){prov:02d}{serial}{c.digits(4)}"


def scanner(c: Corpus, ctype: str | None = JSON_CT) -> dict[str, str]:
    """A dealer's 扫码 枪 app (Android PDA)."""
    h = app_headers(c, "syzs-pda", c.pick(["2.3.1", "2.4.0"]), ctype)
    h["X-Device-Sn"] = "PDA" + c.alnum(10, "0123456789ABCDEF")
    return h


@family("vet-drug-traceability")
def vet_drug_traceability(c: Corpus) -> None:
    f = "vet-drug-traceability"
    ref = f"{SITE}/nync/syzs/index.html"
    navigations(c, f, "scan-query", lambda: "/nync/syzs/h5/q?" + qs([("code", trace_code(c))], form), None, 0.8)
    for shape, kind in (("inbound-scan", "IN"), ("outbound-scan", "OUT")):
        for _ in range(N):
            firm = c.pick(list(VET_FIRMS))
            at = moment(c, -20, 0, 8, 19)
            codes = [trace_code(c, firm, at.date()) for _ in range(c.num(1, 12))]
            doc = {
                "dealerLicense": c.pick(list(DEALERS)),
                "type": kind,
                "drugName": c.pick(list(VET_DRUGS)),
                "approvalNo": approval_no(c, firm),
                "batchNo": f"{at:%y%m}{c.digits(2)}",
                "codes": codes,
                "count": len(codes),
                "scanTime": hms(at),
            }
            if kind == "OUT":
                name, code, _county = grower(c)
                doc |= {"buyerName": name, "buyerCode": code, "buyerType": c.pick(["养殖场", "养殖户", "兽药店"])}
            c.add(f, shape, "POST", f"/nync/syzs/api/v2/scan/{kind.lower()}", scanner(c), js_doc(doc))
    for _ in range(N):
        firm = c.pick(list(VET_FIRMS))
        q = [("pzwh", approval_no(c, firm)), ("_t", c.ms())]
        c.add(f, "approval-query", "GET", "/nync/syzs/api/pzwh?" + qs(q, axios), client(c, ref, None, 0.3))
    navigations(
        c,
        f,
        "catalog-page",
        lambda: "/nync/syzs/cp/list.html?" + qs([("tym", c.pick(list(VET_DRUGS))), ("page", c.num(1, 6))], form),
        ref,
        0.2,
    )
    for _ in range(N):
        firm = c.pick(list(VET_FIRMS))
        at = moment(c, -30, 0, 8, 22)
        boxes = []
        for _b in range(c.num(1, 3)):
            children = [trace_code(c, firm, at.date()) for _ in range(c.pick([10, 20, 24, 40]))]
            boxes.append({"parent": trace_code(c, firm, at.date()), "level": 2, "children": children})
        doc = {"entFlag": firm, "entName": VET_FIRMS[firm][0], "relateTime": hms(at), "boxes": boxes}
        h = service(c, "Apache-HttpClient/4.5.13 (Java/1.8.0_392)", {"X-Ent-Flag": firm})
        c.add(f, "package-relation", "POST", "/nync/syzs/api/v2/relation", h, js_doc(doc))
    for _ in range(N):
        rows = []
        for drug in c.sample(list(VET_DRUGS), c.num(2, 5)):
            opening, inbound = c.num(0, 80), c.num(0, 120)
            outbound = c.num(0, opening + inbound)
            rows.append(
                {
                    "drug": drug,
                    "opening": opening,
                    "in": inbound,
                    "out": outbound,
                    "closing": opening + inbound - outbound,
                }
            )
        doc = {"dealerLicense": c.pick(list(DEALERS)), "month": f"{c.day(-40, -10):%Y-%m}", "rows": rows}
        h = authed(web(c, JSON_CT, 0.1, f"{SITE}/nync/syzs/dealer/stock.html"), c)
        c.add(f, "stock-report", "POST", "/nync/syzs/api/dealer/stock", h, js_doc(doc))
    for _ in range(N):
        firm = c.pick(list(VET_FIRMS))
        fields = [
            ("dealerLicense", c.pick(list(DEALERS))),
            ("code", trace_code(c, firm)),
            ("kind", c.pick(["退货", "召回"])),
            ("reason", c.pick(["包装破损，瓶身渗漏", "临近有效期（余3个月）", "企业召回通知（批号不合格）"])),
            ("qty", c.num(1, 30)),
        ]
        c.add(f, "return-recall", "POST", "/nync/syzs/dealer/return.do", jq_form(c, ref, 0.2), qs(fields, jq))
    for _ in range(N):
        q = [("xkzh", c.pick(list(DEALERS)))]
        c.add(f, "license-query", "GET", "/nync/syzs/api/jyxk?" + qs(q, axios), web(c, None, 0.5, ref))
    beacons(c, f, "/nync/syzs/api/stat", ["/nync/syzs/index.html", "/nync/syzs/cp/list.html"], ref)


# --- vet-prescription-clinic -------------------------------------------------------------------------------

RX_DRUGS = {  # 处方药: (mg/kg, 次/日, 给药 途径, {species: 休药期 days})
    "恩诺沙星注射液": (2.5, 1, "肌内注射", {"猪": 10, "牛": 14, "羊": 14}),
    "盐酸多西环素可溶性粉": (20.0, 1, "混饮", {"猪": 7, "鸡": 28}),
    "氟苯尼考注射液": (20.0, 1, "肌内注射", {"猪": 14, "牛": 28}),
    "阿莫西林可溶性粉": (10.0, 2, "混饮", {"鸡": 7, "猪": 14}),
    "硫酸头孢喹肟注射液": (2.0, 1, "肌内注射", {"猪": 3, "牛": 5}),
    "替米考星预混剂": (10.0, 1, "混饲", {"猪": 14}),
}
SPECIES_WEIGHT = {"猪": (20, 110), "牛": (180, 550), "羊": (20, 60), "鸡": (1, 3)}
DIAGNOSES = {
    "猪": ["猪传染性胸膜肺炎", "副猪嗜血杆菌病", "猪气喘病（支原体肺炎）", "仔猪腹泻"],
    "牛": ["犊牛肺炎", "乳房炎", "牛呼吸道综合征"],
    "羊": ["羊传染性胸膜肺炎", "羊腐蹄病"],
    "鸡": ["大肠杆菌病", "慢性呼吸道病"],
}


def vet_cert(c: Corpus) -> str:
    """执业 兽医 资格 证书 编号 (this generator's pattern: year, 省 code, serial)."""
    return f"{c.num(2012, 2025)}51{c.digits(6)}"


def rx_no(c: Corpus, d: date | datetime) -> str:
    return f"CFSY{d:%Y%m%d}{c.digits(6)}"


@family("vet-prescription-clinic")
def vet_prescription_clinic(c: Corpus) -> None:
    f = "vet-prescription-clinic"
    ref = f"{SITE}/nync/xmsy/index.html"
    for _ in range(N):
        species = c.pick(["猪", "猪", "牛", "羊", "鸡"])
        lo, hi = SPECIES_WEIGHT[species]
        weight, heads = c.num(lo, hi), c.num(1, 200) if species != "鸡" else c.num(500, 8000)
        start = c.day(-10, 0).date()
        lines = []
        for drug in c.sample([d for d, v in RX_DRUGS.items() if species in v[3]], 1):
            dose, times, route, withdrawal = RX_DRUGS[drug]
            days = c.num(3, 5)
            lines.append(
                {
                    "drug": drug,
                    "dose": f"{dose:g} mg/kg",
                    "timesPerDay": times,
                    "route": route,
                    "days": days,
                    "dailyMg": round(dose * weight * heads * times, 1),
                    "withdrawalDays": withdrawal[species],
                    "withdrawalEnd": ymd_of(start + timedelta(days=days - 1 + withdrawal[species])),
                }
            )
        name, code, county = grower(c)
        doc = {
            "rxNo": rx_no(c, start),
            "vetName": c.person(),
            "vetCert": vet_cert(c),
            "farm": name,
            "farmCode": code,
            "county": county,
            "species": species,
            "heads": heads,
            "avgWeightKg": weight,
            "diagnosis": c.pick(DIAGNOSES[species]),
            "startDate": ymd_of(start),
            "lines": lines,
        }
        h = app_headers(c, "zysy", c.pick(["3.1.0", "3.2.2"]), JSON_CT)
        c.add(f, "prescription-submit", "POST", "/nync/xmsy/api/rx/submit", h, js_doc(doc))
    for _ in range(N):
        q = [("rxNo", rx_no(c, c.day(-10, 0))), ("dealer", c.pick(list(DEALERS)))]
        c.add(f, "prescription-verify", "GET", "/nync/xmsy/api/rx/verify?" + qs(q, axios), scanner(c, None))
    for _ in range(N):
        pet = c.pick(["犬", "猫"])
        temp = round(c.num(375, 405) / 10, 1)
        parts = [
            ("clinicLicense", f"川动诊证字第{c.pick(COUNTIES)}{c.digits(4)}号"),
            ("species", pet),
            (
                "breed",
                c.pick(["中华田园犬", "柯基", "金毛寻回犬"] if pet == "犬" else ["英国短毛猫", "中华田园猫", "布偶猫"]),
            ),
            ("weightKg", f"{c.num(20, 350) / 10:.1f}"),
            ("temperature", f"{temp:.1f}"),
            ("complaint", c.pick(["呕吐 2 天，精神差", "食欲减退，尿频", "右后肢跛行", "皮肤瘙痒、脱毛"])),
            ("diagnosis", c.pick(["急性胃肠炎", "膀胱炎", "髌骨脱位（Ⅱ级）", "真菌性皮炎"])),
            ("photo", (f"IMG_{c.digits(8)}.jpg", "image/jpeg", jpeg(c, c.num(600, 1500)))),
            ("lab", ("血常规报告.pdf", "application/pdf", pdf_head(c, c.num(500, 1200)))),
        ]
        h, body = upload(c, parts, f"{SITE}/nync/xmsy/clinic/case.html", 0.0)
        c.add(f, "clinic-case-record", "POST", "/nync/xmsy/api/clinic/case", h, body)
    for _ in range(N):
        q = [("xkzh", f"川动诊证字第{c.pick(COUNTIES)}{c.digits(4)}号"), ("mc", c.pick(["", "宠物医院", "动物诊所"]))]
        c.add(f, "clinic-license-query", "GET", "/nync/xmsy/api/clinic/license?" + qs(q, axios), web(c, None, 0.5, ref))
    for _ in range(N):
        fields = [
            ("name", c.person()),
            ("idNo", sc_id(c, 23, 60)),
            ("certNo", vet_cert(c)),
            ("kind", c.pick(["执业兽医师", "执业助理兽医师"])),
            ("employer", c.pick(["成都锦江宠物医院", "南部县畜牧兽医站", "仁寿县正大养殖有限公司"])),
            ("filingType", c.pick(["首次备案", "变更备案"])),
        ]
        c.add(
            f,
            "vet-filing",
            "POST",
            "/nync/xmsy/vet/filing.do",
            jq_form(c, f"{SITE}/nync/xmsy/vet/filing.html"),
            qs(fields, jq),
        )
    for _ in range(N):
        parts = [
            ("name", c.person()),
            ("idNo", sc_id(c, 21, 45)),
            ("education", c.pick(["本科", "专科", "硕士研究生"])),
            ("major", c.pick(["动物医学", "动物科学", "水产养殖学", "动植物检疫"])),
            ("category", c.pick(["兽医全科类", "水生动物类"])),
            ("examArea", c.pick(["成都", "绵阳", "南充"])),
            ("photo", (f"{c.digits(18)}.jpg", "image/jpeg", jpeg(c, c.num(800, 1600)))),
        ]
        h, body = upload(c, parts, f"{SITE}/nync/xmsy/exam/signup.html", 0.3)
        c.add(f, "exam-signup", "POST", "/nync/xmsy/api/exam/signup", h, body)
    for _ in range(N):
        q = [("zkzh", f"2027{c.digits(4)}{c.digits(5)}"), ("idNo", sc_id(c, 21, 45))]
        c.add(f, "exam-score-query", "GET", "/nync/xmsy/api/exam/score?" + qs(q, axios), client(c, ref, None, 0.2))
    navigations(c, f, "exam-notice-page", lambda: article(c, "/nync/xmsy/kstz", -120), ref, 0.4)
    for _ in range(N):
        rows = [{"drug": d, "activeG": round(c.num(50, 8000) / 10, 1)} for d in c.sample(list(RX_DRUGS), c.num(2, 4))]
        out_heads = c.num(200, 3000)
        total = round(sum(x["activeG"] for x in rows), 1)
        doc = {
            "farm": grower(c)[0],
            "month": f"{c.day(-40, -10):%Y-%m}",
            "rows": rows,
            "totalActiveG": total,
            "slaughtered": out_heads,
            "gPerHead": round(total / out_heads, 3),
        }
        h = authed(web(c, JSON_CT, 0.1, f"{SITE}/nync/xmsy/kjy/report.html"), c)
        c.add(f, "antimicrobial-report", "POST", "/nync/xmsy/api/kjy/report", h, js_doc(doc))
    beacons(c, f, "/nync/xmsy/api/stat", ["/nync/xmsy/index.html", "/nync/xmsy/exam/signup.html"], ref)


# --- plant-quarantine-cert ---------------------------------------------------------------------------------

QUARANTINE_PESTS = {  # 全国 农业 植物 检疫性 有害 生物 (中文名: 学名)
    "柑橘黄龙病菌": "Candidatus Liberibacter asiaticus",
    "柑橘溃疡病菌": "Xanthomonas citri subsp. citri",
    "稻水象甲": "Lissorhoptrus oryzophilus",
    "马铃薯甲虫": "Leptinotarsa decemlineata",
    "苹果蠹蛾": "Cydia pomonella",
    "扶桑绵粉蚧": "Phenacoccus solenopsis",
    "黄瓜绿斑驳花叶病毒": "Cucumber green mottle mosaic virus",
    "水稻细菌性条斑病菌": "Xanthomonas oryzae pv. oryzicola",
    "梨火疫病菌": "Erwinia amylovora",
    "柑橘大实蝇": "Bactrocera minax",
}
CONSIGNMENTS = {  # 品名: (单位, 数量 range, 检疫 对象)
    "柑橘苗木（春见）": ("株", (2000, 60000), ["柑橘黄龙病菌", "柑橘溃疡病菌", "柑橘大实蝇"]),
    "柑橘苗木（不知火）": ("株", (2000, 50000), ["柑橘黄龙病菌", "柑橘溃疡病菌"]),
    "水稻种子（川优6203）": ("kg", (500, 20000), ["稻水象甲", "水稻细菌性条斑病菌"]),
    "马铃薯种薯（川芋117）": ("kg", (5000, 80000), ["马铃薯甲虫"]),
    "猕猴桃苗木（红阳）": ("株", (1000, 30000), ["梨火疫病菌"]),
    "黄瓜种子": ("kg", (50, 2000), ["黄瓜绿斑驳花叶病毒"]),
}
PLATE_PREFIX = ["川A", "川B", "川F", "川R", "川L", "川Q"]


def quarantine_cert_no(c: Corpus, county: str, d: date | datetime) -> str:
    """调运 检疫 证书 编号 (this generator's pattern): 区县, year, serial."""
    return f"{county}{d:%Y}{c.digits(6)}"


@family("plant-quarantine-cert")
def plant_quarantine_cert(c: Corpus) -> None:
    f = "plant-quarantine-cert"
    ref = f"{SITE}/nync/zbz/jy/index.html"
    for _ in range(N):
        item = c.pick(list(CONSIGNMENTS))
        unit, (lo, hi), pests = CONSIGNMENTS[item]
        name, code, county = grower(c)
        dest = c.pick(list(OTHER_PROVINCES))
        applied = c.day(-15, 0).date()
        doc = {
            "applicant": name,
            "applicantCode": code,
            "product": item,
            "quantity": c.num(lo, hi),
            "unit": unit,
            "originCode": county,
            "origin": address(c, county),
            "destCode": dest,
            "dest": OTHER_PROVINCES[dest] + c.pick(["某 苗木 基地", "农资 市场", "种子 公司 仓库"]),
            "applyDate": ymd_of(applied),
            "shipDate": ymd_of(applied + timedelta(days=c.num(1, 10))),
            "vehicle": c.pick(PLATE_PREFIX) + c.alnum(5, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"),
            "pests": [{"name": p, "latin": QUARANTINE_PESTS[p]} for p in pests],
        }
        h = authed(web(c, JSON_CT, 0.2, f"{SITE}/nync/zbz/jy/apply.html"), c)
        c.add(f, "transit-apply", "POST", "/nync/zbz/jy/api/apply", h, js_doc(doc))
    for _ in range(N):
        county = c.pick(COUNTIES)
        q = [("zsbh", quarantine_cert_no(c, county, c.day(-60, 0))), ("cym", c.digits(6))]
        c.add(f, "cert-query", "GET", "/nync/zbz/jy/api/cert?" + qs(q, axios), web(c, None, 0.4, ref))
    navigations(
        c,
        f,
        "cert-scan-verify",
        lambda: (
            "/nync/zbz/jy/h5/verify?"
            + qs([("zsbh", quarantine_cert_no(c, c.pick(COUNTIES), c.day(-30, 0))), ("sign", c.hexs(8))], form)
        ),
        None,
        0.9,
    )
    for _ in range(N):
        name, code, county = grower(c)
        lng, lat = sc_point(c, county)
        item = c.pick(list(CONSIGNMENTS))
        parts = [
            ("applicant", name),
            ("applicantCode", code),
            ("baseName", f"{SC[county]}{c.pick(VILLAGES)}{item.split('（')[0]}繁育基地"),
            ("areaMu", f"{c.num(5, 600) / 2:g}"),
            ("product", item),
            ("lng", f"{lng:.6f}"),
            ("lat", f"{lat:.6f}"),
            ("photo", (f"IMG_{c.digits(8)}.jpg", "image/jpeg", exif_jpeg(c, c.num(700, 1500)))),
        ]
        h, body = upload(c, parts, f"{SITE}/nync/zbz/jy/cdjy.html", 0.5)
        c.add(f, "origin-inspection-apply", "POST", "/nync/zbz/jy/api/cdjy/apply", h, body)
    navigations(c, f, "pest-list-page", lambda: article(c, "/nync/zbz/jy/mingdan", -900), ref, 0.2)
    for _ in range(N):
        county = c.pick(COUNTIES)
        issued = c.day(-30, -3).date()
        doc = {
            "certNo": quarantine_cert_no(c, county, issued),
            "issueDate": ymd_of(issued),
            "arriveDate": ymd_of(issued + timedelta(days=c.num(1, 6))),
            "recheckOrg": c.pick(["重庆市种子站", "云南省植保植检站", "贵州省植保植检站"]),
            "sampled": c.num(50, 400),
            "result": c.pick(["未发现检疫性有害生物", "未发现检疫性有害生物", "发现疑似症状，已送检"]),
        }
        h = service(c, "Java/17.0.10", {"X-Org-Code": c.pick(list(OTHER_PROVINCES))})
        c.add(f, "recheck-report", "POST", "/nync/zbz/jy/api/recheck", h, js_doc(doc))
    for _ in range(N):
        county = c.pick(COUNTIES)
        certs = []
        for _k in range(c.num(1, 4)):
            issued = c.day(-2, 0)
            item = c.pick(list(CONSIGNMENTS))
            certs.append(
                f"<Cert><No>{quarantine_cert_no(c, county, issued)}</No><Date>{issued:%Y-%m-%d}</Date>"
                f"<Product>{escape(item)}</Product><Qty>{c.num(*CONSIGNMENTS[item][1])}</Qty>"
                f"<Unit>{CONSIGNMENTS[item][0]}</Unit></Cert>"
            )
        body = (
            f'<?xml version="1.0" encoding="UTF-8"?><CertBatch><Station>{county}</Station>'
            f"<StationName>{county_of(county)}植保植检站</StationName><Count>{len(certs)}</Count>"
            f"<Certs>{''.join(certs)}</Certs></CertBatch>"
        )
        h = service(c, "Apache-HttpClient/4.5.13 (Java/1.8.0_392)", {"X-Station": county}, "text/xml; charset=UTF-8")
        c.add(f, "station-cert-push", "POST", "/nync/zbz/jy/api/station/push", h, body)
    for _ in range(N):
        name, code, county = grower(c)
        fields = [
            ("enterprise", name),
            ("code", code),
            ("crop", c.pick(["水稻", "玉米", "油菜", "马铃薯"])),
            ("county", county),
            ("areaMu", str(c.num(50, 3000))),
            ("season", c.pick(["2027年春季", "2027年秋季"])),
        ]
        c.add(f, "seed-base-filing", "POST", "/nync/zbz/jy/base/filing.do", jq_form(c, ref, 0.1), qs(fields, jq))
    navigations(c, f, "guide-page", lambda: article(c, "/nync/zbz/jy/bszn", -400), ref, 0.3)
    beacons(c, f, "/nync/zbz/api/stat", ["/nync/zbz/jy/index.html", "/nync/zbz/jy/apply.html"], ref)


# --- soil-test-fertilizer ----------------------------------------------------------------------------------

SOIL_RANGES = {  # 指标: (unit, low, high, decimals) within their methods' ranges for 四川 farmland
    "pH": ("", 4.5, 8.5, 1),
    "organicMatter": ("g/kg", 8.0, 45.0, 1),
    "totalN": ("g/kg", 0.5, 2.8, 2),
    "alkaliN": ("mg/kg", 40.0, 220.0, 0),
    "availableP": ("mg/kg", 3.0, 60.0, 1),
    "availableK": ("mg/kg", 40.0, 260.0, 0),
}
SOIL_METHODS = {
    "pH": "NY/T 1121.2-2006",
    "organicMatter": "NY/T 1121.6-2006",
    "totalN": "NY/T 1121.24-2012",
    "alkaliN": "LY/T 1228-2015",
    "availableP": "NY/T 1121.7-2014",
    "availableK": "NY/T 889-2004",
}
SOIL_CROPS = ["水稻", "玉米", "小麦", "油菜", "马铃薯", "柑橘", "茶叶"]
FORMULAS = ["15-15-15", "18-8-14", "20-10-10", "12-18-15", "26-10-12", "15-10-20", "13-5-7"]
TRIALS_3414 = [  # the 14 treatments of NY/T 2911's "3414" design: (N, P, K) levels
    (0, 0, 0), (0, 2, 2), (1, 2, 2), (2, 0, 2), (2, 1, 2), (2, 2, 2), (2, 3, 2),
    (2, 2, 0), (2, 2, 1), (2, 2, 3), (3, 2, 2), (1, 1, 2), (1, 2, 1), (2, 1, 1),
]  # fmt: skip


def soil_values(c: Corpus) -> dict[str, float]:
    out = {}
    for k, (_u, lo, hi, dec) in SOIL_RANGES.items():
        v = round(lo + (hi - lo) * c.num(0, 1000) / 1000, dec)
        out[k] = int(v) if dec == 0 else v
    return out


def sample_no(c: Corpus, county: str, d: date | datetime) -> str:
    """土样 编号: 区县, date and a serial (this generator's pattern)."""
    return f"{county}{d:%Y%m%d}{c.digits(4)}"


def card_no(c: Corpus) -> str:
    return f"PFK{c.pick(COUNTIES)}{c.digits(8)}"


def nutrients(formula: str) -> int:
    return sum(int(x) for x in formula.split("-"))


@family("soil-test-fertilizer")
def soil_test_fertilizer(c: Corpus) -> None:
    f = "soil-test-fertilizer"
    ref = f"{SITE}/nync/tfz/ctpf/index.html"
    for _ in range(N):
        county = c.pick(COUNTIES)
        at = moment(c, -30, 0, 8, 18)
        lng, lat = sc_point(c, county)
        doc = {
            "sampleNo": sample_no(c, county, at),
            "county": county,
            "village": f"{c.pick(TOWNS)}{c.pick(VILLAGES)}",
            "farmer": c.person(),
            "lng": lng,
            "lat": lat,
            "depth": "0-20cm",
            "crop": c.pick(SOIL_CROPS),
            "lastYield": c.num(250, 700),
            "sampledAt": hms(at),
            "points": c.pick([5, 10, 15]),
        }
        h = app_headers(c, "ctpf-cy", c.pick(["1.8.2", "1.9.0"]), JSON_CT)
        c.add(f, "sample-upload", "POST", "/nync/tfz/ctpf/api/sample", h, js_doc(doc))
    for _ in range(N):
        county = c.pick(COUNTIES)
        at = moment(c, -20, 0, 9, 18)
        doc = {
            "sampleNo": sample_no(c, county, at - timedelta(days=c.num(5, 30))),
            "lab": c.pick(["四川省耕地质量与肥料工作总站化验室", f"{county_of(county)}土肥站化验室"]),
            "values": soil_values(c),
            "methods": SOIL_METHODS,
            "reportTime": hms(at),
        }
        h = service(c, "Java/1.8.0_412", {"X-Lab-Id": "LIMS" + c.digits(4)})
        c.add(f, "lab-result-push", "POST", "/nync/tfz/ctpf/api/lims/result", h, js_doc(doc))
    for _ in range(N):
        county = c.pick(COUNTIES)
        d = c.day(-20, 0)
        header = ["样品编号", "pH", "有机质(g/kg)", "全氮(g/kg)", "碱解氮(mg/kg)", "有效磷(mg/kg)", "速效钾(mg/kg)"]
        rows: list[list[object]] = [header]
        for _r in range(c.num(3, 12)):
            v = soil_values(c)
            rows.append([sample_no(c, county, d), *v.values()])
        parts = [
            ("county", county),
            ("rows", str(len(rows) - 1)),
            ("file", (f"化验结果_{county}_{d:%Y%m%d}.xlsx", XLSX_CT, xlsx(rows, "化验结果"))),
        ]
        h, body = upload(c, parts, f"{SITE}/nync/tfz/ctpf/lab/import.html", 0.0)
        c.add(f, "lab-batch-xlsx", "POST", "/nync/tfz/ctpf/api/lab/import", h, body)
    for _ in range(N):
        q = [("idNo", sc_id(c, 25, 70)), ("crop", c.pick(SOIL_CROPS))]
        c.add(f, "formula-card-query", "GET", "/nync/tfz/ctpf/mp/card?" + qs(q, axios), miniprogram(c))
    for _ in range(N):
        doc = {
            "county": c.pick(COUNTIES),
            "crop": c.pick(SOIL_CROPS[:5]),
            "targetYield": c.num(300, 750),
            "soil": soil_values(c),
            "organicFertilizer": c.pick(["无", "农家肥 1000kg/亩", "商品有机肥 200kg/亩"]),
        }
        c.add(f, "recommend", "POST", "/nync/tfz/ctpf/api/recommend", web(c, JSON_CT, 0.5, ref), js_doc(doc))
    navigations(
        c, f, "card-print-page", lambda: "/nync/tfz/ctpf/card/print.html?" + qs([("no", card_no(c))], form), ref, 0.1
    )
    for _ in range(N):
        formula = c.pick(FORMULAS)
        bags = c.num(2, 60)
        price = c.pick([150, 160, 175, 185, 198])  # 元 a 40 kg bag
        doc = {
            "cardNo": card_no(c),
            "formula": f"N-P2O5-K2O {formula}",
            "totalNutrient": f"{nutrients(formula)}%",
            "bagKg": 40,
            "bags": bags,
            "weightKg": bags * 40,
            "unitPrice": price,
            "amount": bags * price,
            "pickup": f"{c.pick(TOWNS)}农资服务站",
        }
        c.add(f, "fertilizer-order", "POST", "/nync/tfz/ctpf/mp/order", miniprogram(c, JSON_CT), js_doc(doc))
    for _ in range(N):
        county = c.pick(COUNTIES)
        rates = {"N": c.pick([10, 12, 14]), "P2O5": c.pick([5, 6, 8]), "K2O": c.pick([6, 8, 10])}  # 2 水平 kg/亩
        base = c.num(250, 400)
        plots = []
        for i, levels in enumerate(TRIALS_3414, 1):
            amounts = {k: round(rates[k] * lv / 2, 1) for k, lv in zip(rates, levels, strict=True)}
            gain = sum(lv for lv in levels) * c.num(12, 25)
            plots.append({"no": i, "code": "N{}P{}K{}".format(*levels), **amounts, "yield": base + gain})
        doc = {
            "trialNo": f"3414-{county}-{c.digits(3)}",
            "county": county,
            "crop": c.pick(["水稻", "玉米", "油菜"]),
            "level2": rates,
            "plots": plots,
        }
        h = authed(web(c, JSON_CT, 0.0, f"{SITE}/nync/tfz/ctpf/trial.html"), c)
        c.add(f, "field-trial-report", "POST", "/nync/tfz/ctpf/api/trial", h, js_doc(doc))
    navigations(
        c,
        f,
        "kiosk-page",
        lambda: "/nync/tfz/ctpf/kiosk/query.html?" + qs([("town", c.pick(TOWNS)), ("crop", c.pick(SOIL_CROPS))], form),
        f"{SITE}/nync/tfz/ctpf/kiosk/index.html",
        0.0,
    )
    beacons(c, f, "/nync/tfz/api/stat", ["/nync/tfz/ctpf/index.html", "/nync/tfz/ctpf/kiosk/index.html"], ref)


# --- pest-forecast-station ---------------------------------------------------------------------------------

LAMP_INSECTS = {  # 灯下 虫 (中文名: 学名)
    "小地老虎": "Agrotis ipsilon",
    "黏虫": "Mythimna separata",
    "草地贪夜蛾": "Spodoptera frugiperda",
    "二化螟": "Chilo suppressalis",
    "棉铃虫": "Helicoverpa armigera",
    "斜纹夜蛾": "Spodoptera litura",
}
STRIPE_RUST = "Puccinia striiformis f. sp. tritici"
LAMP_FW = ["TQ-CBD/3.2.7", "TQ-CBD/3.3.0"]  # 测报灯 firmware (this generator's)
SPORE_FW = "TQ-BZ/2.1.4"


def lamp_sn(c: Corpus, county: str) -> str:
    return f"CBD{county}{c.digits(3)}"


@family("pest-forecast-station")
def pest_forecast_station(c: Corpus) -> None:
    f = "pest-forecast-station"
    ref = f"{SITE}/nync/zbz/cb/index.html"
    for _ in range(N):
        county = c.pick(COUNTIES)
        at = moment(c, -20, 0, 5, 7)
        counts = [{"name": n, "latin": LAMP_INSECTS[n], "count": c.num(0, 60)} for n in c.sample(list(LAMP_INSECTS), 3)]
        lng, lat = sc_point(c, county)
        doc = {
            "sn": lamp_sn(c, county),
            "collectTime": hms(at),
            "lng": lng,
            "lat": lat,
            "insects": counts,
            "total": sum(x["count"] for x in counts),
            "image": b64(jpeg(c, c.num(900, 2200))),
        }
        c.add(
            f,
            "lamp-upload",
            "POST",
            "/nync/zbz/cb/iot/lamp/upload",
            device_headers(c, c.pick(LAMP_FW), doc["sn"]),
            js_doc(doc),
        )
    for _ in range(N):
        county = c.pick(COUNTIES)
        sn = lamp_sn(c, county)
        q = [
            ("sn", sn),
            ("v", f"{c.num(118, 136) / 10:.1f}"),  # 蓄电池 V
            ("t", f"{c.num(-30, 220) / 10:.1f}"),
            ("lamp", c.pick(["on", "off"])),
            ("rain", c.pick([0, 0, 1])),
            ("csq", c.num(10, 31)),
        ]
        c.add(
            f,
            "device-heartbeat",
            "GET",
            "/nync/zbz/cb/iot/hb?" + qs(q, form),
            device_headers(c, c.pick(LAMP_FW), sn, None),
        )
    for _ in range(N):
        county = c.pick(COUNTIES)
        at = moment(c, -20, 0, 8, 9)
        fields = c.num(5, 40)
        doc = {
            "sn": f"BZ{county}{c.digits(3)}",
            "slideTime": hms(at),
            "pathogen": STRIPE_RUST,
            "fieldsViewed": fields,
            "spores": [c.num(0, 30) for _ in range(fields)],
            "image": b64(jpeg(c, c.num(900, 2000))),
        }
        doc["total"] = sum(doc["spores"])
        c.add(
            f,
            "spore-trap-upload",
            "POST",
            "/nync/zbz/cb/iot/spore",
            device_headers(c, SPORE_FW, doc["sn"]),
            js_doc(doc),
        )
    for _ in range(N):
        county = c.pick(COUNTIES)
        if c.chance(0.5):
            leaves = c.num(100, 500)
            sick = c.num(0, leaves // 4)
            doc = {
                "target": "小麦条锈病",
                "latin": STRIPE_RUST,
                "surveyed": leaves,
                "affected": sick,
                "rate": round(sick / leaves * 100, 2),
                "unit": "病叶率%",
            }
        else:
            plants = c.num(100, 200)
            hit = c.num(0, plants // 3)
            doc = {
                "target": "草地贪夜蛾",
                "latin": LAMP_INSECTS["草地贪夜蛾"],
                "surveyed": plants,
                "affected": hit,
                "rate": round(hit / plants * 100, 2),
                "unit": "被害株率%",
                "larvaePer100": c.num(0, 80),
            }
        doc |= {
            "county": county,
            "field": f"{c.pick(TOWNS)}{c.pick(VILLAGES)}",
            "surveyDate": ymd_of(c.day(-10, 0)),
            "surveyor": c.person(),
        }
        h = app_headers(c, "zhcb", "4.0.3", JSON_CT)
        c.add(f, "field-survey", "POST", "/nync/zbz/cb/api/survey", h, js_doc(doc))
    for _ in range(N):
        county = c.pick(["513401", "513322", "511524", "510521"])
        occur = c.num(20, 3000)
        lng, lat = sc_point(c, county)
        parts = [
            ("county", county),
            ("crop", c.pick(["玉米", "冬玉米", "甘蔗"])),
            ("instar", c.pick(["1-2龄", "3-4龄", "5-6龄"])),
            ("occurMu", str(occur)),
            ("controlMu", str(c.num(0, occur))),
            ("lng", f"{lng:.6f}"),
            ("lat", f"{lat:.6f}"),
            ("photo", (f"IMG_{c.digits(8)}.jpg", "image/jpeg", exif_jpeg(c, c.num(700, 1600)))),
        ]
        h, body = upload(c, parts, f"{SITE}/nync/zbz/cb/faw/report.html", 0.8)
        c.add(f, "faw-report", "POST", "/nync/zbz/cb/api/faw/report", h, body)
    navigations(c, f, "bulletin-page", lambda: article(c, "/nync/zbz/cb/bcqb", -90), ref, 0.5)
    for _ in range(N):
        occur = c.num(100, 80000)
        fields = [
            ("county", c.pick(COUNTIES)),
            ("week", f"2027-W{c.num(1, 12):02d}"),
            ("target", c.pick(["小麦条锈病", "油菜菌核病", "草地贪夜蛾", "蚜虫"])),
            ("occurMu", str(occur)),
            ("controlMu", str(c.num(0, occur))),
            ("trend", c.pick(["偏轻发生", "中等发生", "偏重发生"])),
            ("remark", c.pick(["", "病田率较上周上升，已发出防治预警。", "春季气温回升快，注意监测。"])),
        ]
        c.add(f, "county-weekly-report", "POST", "/nync/zbz/cb/week/save.do", jq_form(c, ref, 0.0), qs(fields, jq))
    for _ in range(N):
        target = c.pick(["二化螟", "草地贪夜蛾", "小地老虎"])
        traps = [{"trapNo": i, "count": c.num(0, 45)} for i in range(1, 4)]
        doc = {
            "target": target,
            "latin": LAMP_INSECTS[target],
            "county": c.pick(COUNTIES),
            "date": ymd_of(c.day(-7, 0)),
            "lure": c.pick(["宁波纽康", "北京中捷四方"]) + " 诱芯",
            "traps": traps,
            "total": sum(t["count"] for t in traps),
        }
        h = app_headers(c, "zhcb", "4.0.3", JSON_CT)
        c.add(f, "pheromone-trap", "POST", "/nync/zbz/cb/api/xy", h, js_doc(doc))
    for _ in range(N):
        doc = {
            "county": c.pick(COUNTIES),
            "crops": c.sample(["小麦", "油菜", "玉米", "水稻", "柑橘"], 2),
            "channel": "wechat",
            "openid": "o" + c.alnum(27),
        }
        c.add(f, "warning-subscribe", "POST", "/nync/zbz/cb/api/subscribe", wx_h5(c, JSON_CT, ref), js_doc(doc))
    beacons(c, f, "/nync/zbz/api/stat", ["/nync/zbz/cb/index.html", "/nync/zbz/cb/bcqb/"], ref)


# --- reservoir-fishing-log ---------------------------------------------------------------------------------

RESERVOIRS = {  # name: (区县, ((west, east), (south, north))) — this generator's boxes around the water
    "升钟水库": ("511321", ((105.95, 106.15), (31.35, 31.60))),
    "黑龙滩水库": ("511421", ((104.05, 104.15), (29.90, 30.00))),
    "紫坪铺水库": ("510181", ((103.50, 103.65), (31.00, 31.12))),
    "鲁班水库": ("510722", ((105.05, 105.15), (31.00, 31.12))),
}
FISH = {
    "鲢": "Hypophthalmichthys molitrix",
    "鳙": "Hypophthalmichthys nobilis",
    "鲤": "Cyprinus carpio",
    "草鱼": "Ctenopharyngodon idella",
    "鲫": "Carassius auratus",
    "翘嘴鲌": "Culter alburnus",
}
GEARS = {"刺网": 60, "拖网（大水面 捕捞）": 80, "抬网": 40}  # 网具: 最小 网目 mm (this generator's table)


def open_day(c: Corpus) -> date:
    """A fishing day outside 四川's 禁渔期 (3月1日 - 6月30日)."""
    d = c.day(-200, -1).date()
    while 3 <= d.month <= 6:
        d = c.day(-200, -1).date()
    return d


def point_in(c: Corpus, box: tuple[tuple[float, float], tuple[float, float]]) -> tuple[float, float]:
    (x0, x1), (y0, y1) = box
    return round(x0 + (x1 - x0) * c.num(50, 950) / 1000, 6), round(y0 + (y1 - y0) * c.num(50, 950) / 1000, 6)


def boat_no(c: Corpus, county: str) -> str:
    """渔船 编号 (this generator's pattern): 川, the 区县's name, 渔 and a serial."""
    return f"川{SC[county][:2]}渔{c.digits(5)}"


def fishing_permit(c: Corpus, county: str) -> str:
    return f"(川){county}船捕(2027)-{c.digits(4)}"


@family("reservoir-fishing-log")
def reservoir_fishing_log(c: Corpus) -> None:
    f = "reservoir-fishing-log"
    ref = f"{SITE}/nync/yz/index.html"
    for _ in range(N):
        water = c.pick(list(RESERVOIRS))
        county = RESERVOIRS[water][0]
        gear = c.pick(list(GEARS))
        doc = {
            "owner": c.person(),
            "idNo": sc_id(c, 30, 65),
            "boatNo": boat_no(c, county),
            "powerKw": c.pick([8.8, 11, 14.7, 22]),
            "waters": water,
            "county": county,
            "gear": gear,
            "meshMm": GEARS[gear] + c.pick([0, 0, 10, 20]),
            "validFrom": "2027-07-01",
            "validTo": "2028-02-28",
        }
        h = authed(web(c, JSON_CT, 0.6, f"{SITE}/nync/yz/xk/apply.html"), c)
        c.add(f, "permit-apply", "POST", "/nync/yz/api/xk/apply", h, js_doc(doc))
    for _ in range(N):
        water = c.pick(list(RESERVOIRS))
        county, box = RESERVOIRS[water]
        day = open_day(c)
        start = datetime(day.year, day.month, day.day, c.num(4, 7), c.num(0, 59))
        end = start + timedelta(minutes=c.num(120, 480))
        catches = [{"fish": n, "latin": FISH[n], "kg": round(c.num(20, 3000) / 10, 1)} for n in c.sample(list(FISH), 3)]
        gear = c.pick(list(GEARS))
        doc = {
            "permitNo": fishing_permit(c, county),
            "boatNo": boat_no(c, county),
            "waters": water,
            "gear": gear,
            "meshMm": GEARS[gear] + c.pick([0, 10]),
            "departTime": hms(start),
            "returnTime": hms(end),
            "positions": [list(point_in(c, box)) for _ in range(c.num(2, 5))],
            "catches": catches,
            "totalKg": round(sum(x["kg"] for x in catches), 1),
        }
        h = app_headers(c, "yly-rz", "1.6.2", JSON_CT)
        c.add(f, "logbook-submit", "POST", "/nync/yz/api/rz/submit", h, js_doc(doc))
    for _ in range(N):
        water = c.pick(list(RESERVOIRS))
        county, box = RESERVOIRS[water]
        lng, lat = point_in(c, box)
        day = open_day(c)
        doc = {
            "terminalId": "BD" + c.digits(9),
            "boatNo": boat_no(c, county),
            "lng": lng,
            "lat": lat,
            "speedKn": round(c.num(0, 60) / 10, 1),
            "course": c.num(0, 359),
            "gpsTime": f"{day:%Y-%m-%d} {c.num(5, 18):02d}:{c.num(0, 59):02d}:{c.num(0, 59):02d}",
            "water": water,
        }
        h = service(c, "BD-Term/2.0", {"X-Terminal-Id": doc["terminalId"]})
        c.add(f, "beidou-position", "POST", "/nync/yz/iot/bd/position", h, js_doc(doc))
    for _ in range(N):
        water = c.pick(list(RESERVOIRS))
        fish = c.sample(list(FISH), 2)
        kg = [round(c.num(50, 2500) / 10, 1) for _ in fish]
        fields = [
            ("boatNo", boat_no(c, RESERVOIRS[water][0])),
            ("waters", water),
            ("landingDate", ymd_of(open_day(c))),
            *((f"fish{i}", n) for i, n in enumerate(fish, 1)),
            *((f"kg{i}", f"{w:.1f}") for i, w in enumerate(kg, 1)),
            ("totalKg", f"{sum(kg):.1f}"),
            ("buyer", c.pick(["升钟湖鲜鱼收购点", "黑龙滩水产码头", "鲁班水库渔业合作社"])),
        ]
        c.add(f, "landing-record", "POST", "/nync/yz/landing/save.do", jq_form(c, ref, 0.3), qs(fields, jq))
    navigations(c, f, "closed-season-page", lambda: article(c, "/nync/yz/tzgg", -400), ref, 0.5)
    for _ in range(N):
        water = c.pick(list(RESERVOIRS))
        lng, lat = point_in(c, RESERVOIRS[water][1])
        doc = {
            "name": c.person(),
            "mobile": c.mobile(),
            "waters": water,
            "date": ymd_of(c.day(0, 7)),
            "rods": 1,
            "lines": 1,
            "hooks": 1,
            "lng": lng,
            "lat": lat,
            "promise": "一人一杆一线一钩，不使用探鱼器、锚鱼等禁用钓具",
        }
        c.add(f, "angling-register", "POST", "/nync/yz/mp/angling", miniprogram(c, JSON_CT), js_doc(doc))
    for _ in range(N):
        water = c.pick(list(RESERVOIRS))
        lng, lat = point_in(c, RESERVOIRS[water][1])
        parts = [
            ("waters", water),
            ("kind", c.pick(["电鱼", "地笼（迷魂阵）", "禁渔期 撒网", "夜间 偷捕"])),
            (
                "desc",
                c.pick(["凌晨 4 点左右 有 船 在 湾里 电鱼，声音 很大。", "回水湾 放了 十几 个 地笼，没有 标识。"]),
            ),
            ("lng", f"{lng:.6f}"),
            ("lat", f"{lat:.6f}"),
            ("anonymous", c.pick(["1", "0"])),
            ("photo", (f"wx_camera_{c.ms()}.jpg", "image/jpeg", jpeg(c, c.num(700, 1600)))),
        ]
        h, body = upload(c, parts, f"{SITE}/nync/yz/jb.html", 0.9)
        c.add(f, "poaching-report", "POST", "/nync/yz/api/jb", h, body)
    for _ in range(N):
        q = [("idNo", sc_id(c, 40, 75)), ("type", c.pick(["养老保险", "转产就业", "过渡期补助"]))]
        c.add(f, "retired-fisher-query", "GET", "/nync/yz/api/tb/query?" + qs(q, axios), client(c, ref, None, 0.4))
    for _ in range(N):
        q = [("xkzh", fishing_permit(c, RESERVOIRS[c.pick(list(RESERVOIRS))][0]))]
        c.add(f, "permit-query", "GET", "/nync/yz/api/xk/query?" + qs(q, axios), web(c, None, 0.5, ref))
    beacons(c, f, "/nync/yz/api/stat", ["/nync/yz/index.html", "/nync/yz/jb.html"], ref)


# --- variety-breed-registration ----------------------------------------------------------------------------

REG_CROPS = {  # 作物: (对照 品种, 品质 指标)
    "油菜": ("川油36", {"oilPct": (40.0, 48.0), "erucicPct": (0.0, 1.0), "glucosinolateUmolG": (15.0, 28.0)}),
    "马铃薯": ("川芋117", {"starchPct": (13.0, 19.0), "drymatterPct": (18.0, 25.0)}),
    "甘薯": ("南薯88", {"starchPct": (18.0, 26.0)}),
    "花生": ("天府18", {"oilPct": (47.0, 55.0), "proteinPct": (23.0, 29.0)}),
    "茶树": ("福鼎大白茶", {"teaPolyphenolPct": (14.0, 22.0), "aminoAcidPct": (3.0, 6.0)}),
}
DUS_TRAITS = {  # 油菜 DUS 性状 (GB/T 19557.12-style): 表达 状态 代码 range
    "子叶: 宽度": (3, 7),
    "叶片: 颜色": (1, 4),
    "叶片: 裂片数量": (1, 9),
    "植株: 高度": (3, 7),
    "花瓣: 颜色": (1, 5),
    "角果: 长度": (3, 7),
    "种子: 颜色": (1, 4),
    "种子: 千粒重": (3, 7),
}
PIG_BREEDS = ["内江猪", "成华猪", "雅南猪", "湖川山地猪", "川藏黑猪（配套系）"]


def gpd_no(c: Corpus, crop: str, year: int) -> str:
    """非主要 农作物 品种 登记 编号: GPD, the crop, (year) and 51 with a serial."""
    return f"GPD{crop}({year})51{c.digits(4)}"


@family("variety-breed-registration")
def variety_breed_registration(c: Corpus) -> None:
    f = "variety-breed-registration"
    ref = f"{SITE}/nync/zzz/index.html"
    for _ in range(N):
        crop = c.pick(list(REG_CROPS))
        check_variety, quality = REG_CROPS[crop]
        ck = c.num(150, 400) if crop != "马铃薯" else c.num(1500, 2600)
        y = round(ck * (1 + c.num(-30, 180) / 1000))
        doc = {
            "crop": crop,
            "variety": f"{c.pick(['川', '绵', '蜀', '天府'])}{crop[:1]}{c.num(10, 99)}",
            "applicant": c.pick(["四川省农业科学院作物研究所", "绵阳市农业科学研究院", "四川天府种业有限公司"]),
            "breeder": c.person(),
            "pedigree": f"{c.pick(['H', 'ZY', 'MY'])}{c.num(100, 999)} × "
            + c.pick(["中双11号", "华油杂62", check_variety]),
            "check": check_variety,
            "yieldKgMu": y,
            "checkYieldKgMu": ck,
            "increasePct": round((y - ck) / ck * 100, 1),
            "quality": {k: round(lo + (hi - lo) * c.num(0, 100) / 100, 2) for k, (lo, hi) in quality.items()},
            "resistance": c.pick(["中抗菌核病", "抗晚疫病", "中抗根腐病", "高抗茶饼病"]),
            "regions": c.sample(["四川平坝", "四川丘陵", "重庆", "贵州"], 2),
        }
        h = authed(web(c, JSON_CT, 0.0, f"{SITE}/nync/zzz/djsq.html"), c)
        c.add(f, "register-apply", "POST", "/nync/zzz/api/dj/apply", h, js_doc(doc))
    for _ in range(N):
        sample = f"DUS2027{c.digits(4)}"
        rows: list[list[object]] = [["性状编号", "性状", "表达状态代码", "观测方法"]]
        for i, (trait, (lo, hi)) in enumerate(DUS_TRAITS.items(), 1):
            rows.append([i, trait, c.num(lo, hi), c.pick(["VG", "MS", "VS"])])
        parts = [
            ("sampleNo", sample),
            ("crop", "油菜"),
            ("station", c.pick(["农业农村部植物新品种测试（成都）分中心", "四川省DUS测试站"])),
            ("file", (f"{sample}_性状数据.xlsx", XLSX_CT, xlsx(rows, "DUS"))),
        ]
        h, body = upload(c, parts, f"{SITE}/nync/zzz/dus/upload.html", 0.0)
        c.add(f, "dus-data-upload", "POST", "/nync/zzz/api/dus/upload", h, body)
    navigations(c, f, "announcement-page", lambda: article(c, "/nync/zzz/djgg", -300), ref, 0.3)
    for _ in range(N):
        crop = c.pick(list(REG_CROPS))
        q = [("djbh", gpd_no(c, crop, c.num(2018, 2026))), ("zw", crop)]
        c.add(f, "variety-query", "GET", "/nync/zzz/api/dj/query?" + qs(q, axios), web(c, None, 0.4, ref))
    for _ in range(N):
        name, code, county = grower(c)
        sows = c.num(100, 1500)
        parts = [
            ("farm", name),
            ("code", code),
            ("county", county),
            ("breed", c.pick(PIG_BREEDS)),
            ("scope", c.pick(["种猪", "种猪、精液"])),
            ("basicSows", str(sows)),
            ("coreSows", str(c.num(sows // 10, sows // 3))),
            ("boars", str(c.num(10, 60))),
            ("plan", ("选育方案.pdf", "application/pdf", pdf_head(c, c.num(600, 1500)))),
            ("site", (f"IMG_{c.digits(8)}.jpg", "image/jpeg", jpeg(c, c.num(600, 1300)))),
        ]
        h, body = upload(c, parts, f"{SITE}/nync/xmz/zcq/apply.html", 0.0)
        c.add(f, "breeding-license-apply", "POST", "/nync/xmz/api/zcq/apply", h, body)
    for _ in range(N):
        q = [("xkzh", f"(2027)川种畜禽证字第{c.pick(COUNTIES)}{c.digits(3)}号")]
        c.add(f, "breeding-license-query", "GET", "/nync/xmz/api/zcq/query?" + qs(q, axios), web(c, None, 0.3, ref))
    for _ in range(N):
        crop = c.pick(["水稻", "玉米", "油菜"])
        unit = c.digits(8) + c.digits(10)
        q = [
            (
                "pz",
                f"{c.pick(['川优', '宜香优', '德优'])}{c.num(1000, 9999)}"
                if crop == "水稻"
                else f"{crop}{c.num(1, 99)}号",
            ),
            ("qy", c.pick(["四川川种种业有限责任公司", "四川国豪种业股份有限公司", "四川众智种业科技有限公司"])),
            ("dm", unit),
        ]
        c.add(f, "seed-label-scan", "GET", "/nync/zzz/h5/zs?" + qs(q, form), page(c, None, 1.0, "none"))
    for _ in range(N):
        fields = [
            ("dealer", c.pick(["南部县丰收种子门市", "仁寿县惠农农资店", "三台县绿野种业经营部"])),
            ("uscc", sc_uscc(c, "92")),
            ("kind", c.pick(["不再分装", "委托代销"])),
            ("variety", f"{c.pick(['川优', '宜香优'])}{c.num(1000, 9999)}"),
            ("qtyKg", str(c.num(100, 20000))),
            ("supplier", c.pick(["四川川种种业有限责任公司", "四川国豪种业股份有限公司"])),
        ]
        c.add(f, "seed-dealer-filing", "POST", "/nync/zzz/jyba/save.do", jq_form(c, ref, 0.2), qs(fields, jq))
    beacons(c, f, "/nync/zzz/api/stat", ["/nync/zzz/index.html", "/nync/zzz/djgg/"], ref)
    navigations(
        c, f, "breed-list-page", lambda: "/nync/xmz/zcq/list.html?" + qs([("pz", c.pick(PIG_BREEDS))], form), ref, 0.2
    )


# --- agri-insurance-claim ----------------------------------------------------------------------------------

EAR_SPECIES = {"1": "猪", "2": "牛", "3": "羊"}  # 畜禽 种类 代码
LIVESTOCK_COVER = {
    "能繁母猪": ("1", 1500, 60),
    "育肥猪": ("1", 800, 50),
    "奶牛": ("2", 10000, 50),
    "肉羊": ("3", 800, 60),
}
SHARES = {"central": 45, "province": 25, "county": 10, "farmer": 20}  # % of the premium (this generator's table)
CROP_COVER = {"水稻": 1000, "小麦": 600, "油菜": 700, "玉米": 800, "马铃薯": 900}  # 元/亩 保额 (this generator's)
CROP_RATE = 6  # % 费率
INSURERS = ["中国人保财险四川省分公司", "中华联合财险四川分公司", "太平洋财险四川分公司", "国寿财险四川省分公司"]
LOSSES = {  # 出险 原因: what farmers write
    "病死": ["母猪 夜间 死亡 1 头", "育肥猪 2 头 腹泻 后 死亡"],
    "冻害": ["油菜 花期 冻害 约 5 亩", "小麦 叶片 冻伤 发白"],
    "冰雹": ["冰雹 打 伤 小麦 叶片", "油菜 茎秆 被 冰雹 打断 一片"],
    "暴雨": ["田 里 积水 两天 排 不 出去，马铃薯 烂 种"],
}
MU_M2 = 2000 / 3  # 1 亩 = 666.67 ㎡


def ear_tag(c: Corpus, species: str, county: str) -> str:
    """畜禽 标识 编码: 种类 代码, 县级 区划 代码, 8-digit 顺序号."""
    return f"{species}{county}{c.digits(8)}"


def policy_no(c: Corpus, d: date | datetime) -> str:
    return f"P{c.pick(['ZAAH', 'ZAAP', 'YNZH'])}{d:%Y}51{c.digits(10)}"


def split_fen(premium_fen: int) -> dict[str, int]:
    """Premium shares in 分, the remainder to the 农户."""
    out = {k: premium_fen * v // 100 for k, v in SHARES.items() if k != "farmer"}
    out["farmer"] = premium_fen - sum(out.values())
    return out


def parcel(c: Corpus, county: str) -> list[list[float]]:
    """A field's ring (GeoJSON [lng, lat], closed): a convex polygon some tens of metres across."""
    lng0, lat0 = sc_point(c, county)
    n = c.num(4, 7)
    angles = sorted(c.num(0, 3599) / 1800 * math.pi for _ in range(n))
    ring = []
    for a in angles:
        r = c.num(25, 120)  # m
        dx, dy = r * math.cos(a), r * math.sin(a)
        ring.append([round(lng0 + dx / (111320 * math.cos(math.radians(lat0))), 7), round(lat0 + dy / 110540, 7)])
    return [*ring, ring[0]]


def ring_mu(ring: list[list[float]]) -> float:
    """A small ring's area in 亩 (local equirectangular projection about its first point), two decimals."""
    lat0 = math.radians(ring[0][1])
    pts = [(x * 111320 * math.cos(lat0), y * 110540) for x, y in ring[:-1]]
    s = sum(pts[i][0] * pts[(i + 1) % len(pts)][1] - pts[(i + 1) % len(pts)][0] * pts[i][1] for i in range(len(pts)))
    return round(abs(s) / 2 / MU_M2, 2)


@family("agri-insurance-claim")
def agri_insurance_claim(c: Corpus) -> None:
    f = "agri-insurance-claim"
    ref = f"{SITE}/nync/nybx/index.html"
    for _ in range(N):
        kind = c.pick(list(LIVESTOCK_COVER))
        species, cover, rate10 = LIVESTOCK_COVER[kind]
        name, code, county = grower(c)
        tags = [ear_tag(c, species, county) for _ in range(c.num(3, 30))]
        premium_fen = len(tags) * cover * rate10 // 10  # 保额 元 × 费率 (rate10/10 %) in 分
        start = c.day(-20, 0).date()
        doc = {
            "insurer": c.pick(INSURERS),
            "policyNo": policy_no(c, start),
            "insured": name,
            "insuredCode": code,
            "county": county,
            "kind": kind,
            "earTags": tags,
            "heads": len(tags),
            "sumInsured": cover * len(tags),
            "ratePct": rate10 / 10,
            "premiumFen": premium_fen,
            "sharesFen": split_fen(premium_fen),
            "start": ymd_of(start),
            "end": ymd_of(start + timedelta(days=364)),
        }
        h = service(c, "Apache-HttpClient/4.5.14 (Java/11.0.21)", {"X-Insurer": c.pick(["PICC", "CIC", "CPIC"])})
        c.add(f, "livestock-underwrite", "POST", "/nync/nybx/api/cb/livestock", h, js_doc(doc))
    for _ in range(N):
        crop = c.pick(list(CROP_COVER))
        county = c.pick(COUNTIES)
        features = []
        for _p in range(c.num(1, 4)):
            ring = parcel(c, county)
            features.append(
                {
                    "type": "Feature",
                    "properties": {"dkbm": f"{county}{c.digits(13)}", "mu": ring_mu(ring)},
                    "geometry": {"type": "Polygon", "coordinates": [ring]},
                }
            )
        area = round(sum(x["properties"]["mu"] for x in features), 2)
        premium_fen = round(area * CROP_COVER[crop] * CROP_RATE)
        doc = {
            "policyNo": policy_no(c, c.day(-30, 0)),
            "farmer": c.person(),
            "idNo": sc_id(c, 30, 70),
            "crop": crop,
            "county": county,
            "areaMu": area,
            "coverPerMu": CROP_COVER[crop],
            "premiumFen": premium_fen,
            "sharesFen": split_fen(premium_fen),
            "parcels": {"type": "FeatureCollection", "features": features},
        }
        h = app_headers(c, "nybx-cb", "5.2.0", JSON_CT)
        c.add(f, "crop-underwrite-parcel", "POST", "/nync/nybx/api/cb/crop", h, js_doc(doc))
    for _ in range(N):
        occurred = moment(c, -10, 0)
        cause = c.pick(list(LOSSES))
        doc = {
            "policyNo": policy_no(c, c.day(-200, -20)),
            "cause": cause,
            "occurTime": hms(occurred),
            "reportTime": hms(occurred + timedelta(minutes=c.num(20, 2000))),
            "lossDesc": c.pick(LOSSES[cause]),
            "mobile": c.mobile(),
        }
        c.add(f, "loss-report", "POST", "/nync/nybx/mp/report", miniprogram(c, JSON_CT), js_doc(doc))
    for _ in range(N):
        county = c.pick(COUNTIES)
        reported = moment(c, -10, -1)
        shot = reported + timedelta(minutes=c.num(30, 1500))
        lng, lat = sc_point(c, county)
        meta = {
            "DateTimeOriginal": f"{shot:%Y:%m:%d %H:%M:%S}",
            "GPSLongitude": lng,
            "GPSLatitude": lat,
            "Make": c.pick(["HUAWEI", "Xiaomi", "OPPO"]),
            "Model": c.pick(["ALN-AL80", "23127PN0CC", "PJZ110"]),
        }
        parts = [
            ("caseNo", f"R{reported:%Y%m%d}{c.digits(8)}"),
            ("reportTime", hms(reported)),
            ("earTag", ear_tag(c, "1", county)),
            ("exif", js_doc(meta)),
            ("photo", (f"IMG_{shot:%Y%m%d_%H%M%S}.jpg", "image/jpeg", exif_jpeg(c, c.num(900, 2200)))),
        ]
        h, body = upload(c, parts, f"{SITE}/nync/nybx/ck/upload.html", 0.95)
        c.add(f, "survey-photo-upload", "POST", "/nync/nybx/api/ck/photo", h, body)
    for _ in range(N):
        county = c.pick(COUNTIES)
        at = moment(c, -10, 0, 7, 19)
        animals = [{"earTag": ear_tag(c, "1", county), "kg": c.num(8, 220)} for _ in range(c.num(1, 8))]
        doc = {
            "vehicle": "川" + c.pick("ABFRLQ") + c.alnum(5, "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"),
            "collectPoint": f"{SC[county]}病死畜禽收集点{c.num(1, 9)}号",
            "plant": c.pick(["四川省南部县无害化处理中心", "仁寿县病死畜禽无害化处理厂", "邛崃市无害化处理中心"]),
            "collectTime": hms(at),
            "animals": animals,
            "totalKg": sum(x["kg"] for x in animals),
        }
        h = app_headers(c, "whhcl", "2.0.7", JSON_CT)
        c.add(f, "harmless-disposal", "POST", "/nync/nybx/api/whh/collect", h, js_doc(doc))
    for _ in range(N):
        crop = c.pick(list(CROP_COVER))
        insured = round(c.num(50, 3000) / 10, 1)
        damaged = round(insured * c.num(10, 100) / 100, 1)
        loss = c.pick([20, 30, 40, 50, 60, 80, 100])
        deductible = c.pick([0, 10])  # 绝对 免赔率 %
        payout = round(CROP_COVER[crop] * damaged * loss / 100 * (100 - deductible) / 100, 2)
        doc = {
            "caseNo": f"R{c.day(-20, -1):%Y%m%d}{c.digits(8)}",
            "crop": crop,
            "insuredMu": insured,
            "damagedMu": damaged,
            "coverPerMu": CROP_COVER[crop],
            "lossRatePct": loss,
            "deductiblePct": deductible,
            "payout": payout,
        }
        h = service(c, "Java/17.0.10", {"X-Insurer": c.pick(["PICC", "CIC", "CPIC"])})
        c.add(f, "claim-calc", "POST", "/nync/nybx/api/lp/calc", h, js_doc(doc))
    navigations(
        c,
        f,
        "claim-public-page",
        lambda: "/nync/nybx/gs/list.html?" + qs([("cun", c.pick(VILLAGES)), ("xq", c.pick(COUNTIES))], form),
        ref,
        0.6,
    )
    for _ in range(N):
        q = [("idNo", sc_id(c, 25, 70)), ("year", 2027)]
        c.add(f, "policy-query", "GET", "/nync/nybx/mp/policy?" + qs(q, axios), miniprogram(c))
    navigations(c, f, "guide-page", lambda: article(c, "/nync/nybx/zcjd", -300), ref, 0.4)
    beacons(c, f, "/nync/nybx/api/stat", ["/nync/nybx/index.html", "/nync/nybx/gs/list.html"], ref)


# --- forest-fire-patrol ------------------------------------------------------------------------------------

TOWERS = {  # 瞭望 塔: (区县, lng, lat) — this generator's
    "LWT-513401-03": ("513401", 102.2100, 27.8200),
    "LWT-513322-01": ("513322", 102.2350, 29.9100),
    "LWT-511803-02": ("511803", 103.1200, 30.0700),
    "LWT-510181-05": ("510181", 103.5800, 31.0200),
}
SATELLITES = ["FY-3D", "NOAA-20", "Himawari-9", "FY-4B", "Suomi NPP"]
RANGER_FW = "BD-HH/1.4.2"  # 护林员 北斗 手持 终端 firmware (this generator's)


def offset_point(lng: float, lat: float, bearing: float, metres: float) -> tuple[float, float]:
    """The point ``metres`` from (lng, lat) on a bearing (degrees from north), spherical Earth 6371 km."""
    r, b = metres / 6371000, math.radians(bearing)
    p1, l1 = math.radians(lat), math.radians(lng)
    p2 = math.asin(math.sin(p1) * math.cos(r) + math.cos(p1) * math.sin(r) * math.cos(b))
    l2 = l1 + math.atan2(math.sin(b) * math.sin(r) * math.cos(p1), math.cos(r) - math.sin(p1) * math.sin(p2))
    return round(math.degrees(l2), 6), round(math.degrees(p2), 6)


@family("forest-fire-patrol")
def forest_fire_patrol(c: Corpus) -> None:
    f = "forest-fire-patrol"
    ref = f"{SITE}/lcj/slfh/index.html"
    for _ in range(N):
        county = c.pick(COUNTIES)
        lng, lat = sc_point(c, county)
        t = moment(c, -10, 0, 8, 14)
        points = []
        for _p in range(c.num(5, 20)):
            lng, lat = near(c, lng, lat, 150)
            t += timedelta(seconds=c.pick([30, 60, 60, 120]))
            points.append({"t": hms(t), "lng": lng, "lat": lat, "alt": c.num(600, 2800)})
        dist = sum(distance_m(a["lng"], a["lat"], b["lng"], b["lat"]) for a, b in pairwise(points))
        sn = f"HLY{county}{c.digits(4)}"
        doc = {"sn": sn, "rangerId": f"{county}{c.digits(4)}", "points": points, "distanceM": dist}
        c.add(f, "ranger-track-batch", "POST", "/lcj/slfh/iot/track", device_headers(c, RANGER_FW, sn), js_doc(doc))
    for _ in range(N):
        county = c.pick(COUNTIES)
        lng, lat = sc_point(c, county)
        sn = f"HLY{county}{c.digits(4)}"
        doc = {
            "sn": sn,
            "type": "SOS",
            "lng": lng,
            "lat": lat,
            "time": hms(moment(c, -10, 0)),
            "battery": c.num(5, 100),
        }
        c.add(f, "ranger-sos", "POST", "/lcj/slfh/iot/alarm", device_headers(c, RANGER_FW, sn), js_doc(doc))
    for _ in range(N):
        tower = c.pick(list(TOWERS))
        county, tlng, tlat = TOWERS[tower]
        bearing, dist = round(c.num(0, 3599) / 10, 1), c.num(800, 12000)
        flng, flat = offset_point(tlng, tlat, bearing, dist)
        doc = {
            "tower": tower,
            "county": county,
            "towerLng": tlng,
            "towerLat": tlat,
            "azimuth": bearing,
            "pitch": round(c.num(-80, 20) / 10, 1),
            "distanceM": dist,
            "fireLng": flng,
            "fireLat": flat,
            "type": c.pick(["smoke", "smoke", "fire"]),
            "confidence": round(c.num(55, 99) / 100, 2),
            "alarmTime": hms(moment(c, -10, 0, 9, 18)),
            "snapshot": b64(jpeg(c, c.num(1000, 2400))),
        }
        h = service(c, "Go-http-client/1.1", {"X-Tower-Id": tower})
        c.add(f, "smoke-alarm-push", "POST", "/lcj/slfh/api/yh/alarm", h, js_doc(doc))
    for _ in range(N):
        county = c.pick(COUNTIES)
        found = moment(c, -10, 0, 10, 16)
        lng, lat = sc_point(c, county)
        parts = [
            ("hotspotNo", f"{found:%Y%m%d}-{c.num(1, 30):02d}"),
            ("satellite", c.pick(SATELLITES)),
            ("foundTime", hms(found)),
            ("feedbackTime", hms(found + timedelta(minutes=c.num(15, 110)))),
            ("county", county),
            ("lng", f"{lng:.6f}"),
            ("lat", f"{lat:.6f}"),
            ("result", c.pick(["农事用火（烧秸秆）", "林火（已扑灭）", "工业热源", "其他 热源（砖厂）"])),
            ("photo", (f"IMG_{found:%Y%m%d}_{c.digits(6)}.jpg", "image/jpeg", exif_jpeg(c, c.num(800, 1800)))),
        ]
        h, body = upload(c, parts, f"{SITE}/lcj/slfh/rd/feedback.html", 0.7)
        c.add(f, "hotspot-feedback", "POST", "/lcj/slfh/api/rd/feedback", h, body)
    for _ in range(N):
        enter = moment(c, 0, 5, 6, 14)
        doc = {
            "name": c.person(),
            "idNo": sc_id(c, 18, 75),
            "mobile": c.mobile(),
            "entrance": c.pick(["龙泉山 桃花故里 卡口", "螺髻山 入山 检查站", "青城后山 泰安 卡口", "二郎山 卡口"]),
            "enterTime": hms(enter),
            "planLeave": hms(enter + timedelta(hours=c.num(2, 9))),
            "companions": c.num(0, 5),
            "noFire": True,
            "purpose": c.pick(["登山", "采药", "放牧", "上坟（已 承诺 不 烧纸）"]),
        }
        c.add(f, "mountain-entry-register", "POST", "/lcj/slfh/mp/rsdj", miniprogram(c, JSON_CT), js_doc(doc))
    for _ in range(N):
        county = c.pick(COUNTIES)
        lng, lat = sc_point(c, county)
        fields = [
            ("county", county),
            ("place", f"{c.pick(TOWNS)}{c.pick(VILLAGES)} 后山"),
            (
                "desc",
                c.pick(["山 背后 冒 浓烟，好像 是 有人 在 烧 坡", "看到 明火 了，风 有点 大", "半山腰 有 烟子 冒起来"]),
            ),
            ("lng", f"{lng:.6f}"),
            ("lat", f"{lat:.6f}"),
            ("mobile", c.mobile()),
        ]
        h = web(c, "application/x-www-form-urlencoded", 0.95, f"{SITE}/lcj/slfh/h5/hqbg.html")
        c.add(f, "fire-report", "POST", "/lcj/slfh/h5/hqbg", h, qs(fields, form))
    navigations(c, f, "fire-season-page", lambda: article(c, "/lcj/slfh/tzgg", -90), ref, 0.5)
    for _ in range(N):
        items = [
            {"item": k, "qty": c.num(1, 80)}
            for k in c.sample(["风力灭火机", "二号工具", "灭火水枪", "油锯", "对讲机", "帐篷", "防火服"], 4)
        ]
        doc = {
            "team": f"{county_of(c.pick(COUNTIES))}森林消防专业扑火队",
            "members": c.num(15, 60),
            "items": items,
            "itemTotal": sum(x["qty"] for x in items),
            "date": ymd_of(c.day(-5, 0)),
        }
        h = authed(web(c, JSON_CT, 0.1, f"{SITE}/lcj/slfh/wz.html"), c)
        c.add(f, "crew-resource-report", "POST", "/lcj/slfh/api/wz", h, js_doc(doc))
    for _ in range(N):
        start = c.day(-30, -1)
        q = [
            ("county", c.pick(COUNTIES)),
            ("from", ymd_of(start)),
            ("to", ymd_of(start + timedelta(days=c.num(0, 14)))),
            ("page", c.num(1, 4)),
        ]
        c.add(f, "roster-query", "GET", "/lcj/slfh/api/pb?" + qs(q, axios), authed(web(c, None, 0.1, ref), c))
    beacons(c, f, "/lcj/slfh/api/stat", ["/lcj/slfh/index.html", "/lcj/slfh/tzgg/"], ref)


# --- wetland-wildlife-monitor ------------------------------------------------------------------------------

RESERVES = {  # 保护区: its box ((west, east), (south, north)) — this generator's
    "卧龙国家级自然保护区": ((102.90, 103.40), (30.80, 31.30)),
    "若尔盖湿地国家级自然保护区": ((102.40, 103.30), (33.40, 34.10)),
    "唐家河国家级自然保护区": ((104.70, 104.95), (32.50, 32.70)),
    "贡嘎山国家级自然保护区": ((101.70, 102.10), (29.40, 29.90)),
}
WILDLIFE = {
    "大熊猫": "Ailuropoda melanoleuca",
    "川金丝猴": "Rhinopithecus roxellana",
    "羚牛": "Budorcas taxicolor",
    "黑颈鹤": "Grus nigricollis",
    "毛冠鹿": "Elaphodus cephalophus",
    "红腹角雉": "Tragopan temminckii",
    "小熊猫": "Ailurus fulgens",
}
BIRDS = {
    "黑颈鹤": "Grus nigricollis",
    "赤麻鸭": "Tadorna ferruginea",
    "斑头雁": "Anser indicus",
    "灰鹤": "Grus grus",
    "普通鸬鹚": "Phalacrocorax carbo",
}
PESTS_WILD = {"野猪": "Sus scrofa", "黑熊": "Ursus thibetanus", "猕猴": "Macaca mulatta"}
CROP_PRICE = {"玉米": 2.4, "马铃薯": 1.6, "小麦": 2.6, "油菜": 5.6, "水稻": 2.8}  # 元/kg (this generator's)


@family("wetland-wildlife-monitor")
def wetland_wildlife_monitor(c: Corpus) -> None:
    f = "wetland-wildlife-monitor"
    ref = f"{SITE}/lcj/yszb/index.html"
    for _ in range(N):
        reserve = c.pick(list(RESERVES))
        lng, lat = point_in(c, RESERVES[reserve])
        species = c.pick(list(WILDLIFE))
        shot = moment(c, -60, -1)
        parts = [
            ("reserve", reserve),
            ("cameraId", f"HW{c.digits(5)}"),
            ("triggerTime", hms(shot)),
            ("species", species),
            ("latin", WILDLIFE[species]),
            ("count", str(c.num(1, 4))),
            ("lng", f"{lng:.6f}"),
            ("lat", f"{lat:.6f}"),
            ("altitude", str(c.num(1800, 3900))),
            ("photo", (f"IMAG{c.digits(4)}.jpg", "image/jpeg", exif_jpeg(c, c.num(900, 2400)))),
        ]
        h, body = upload(c, parts, f"{SITE}/lcj/yszb/hwxj/upload.html", 0.0)
        c.add(f, "camera-trap-upload", "POST", "/lcj/yszb/api/hwxj/upload", h, body)
    for _ in range(N):
        probs = sorted((c.num(1, 1000) for _ in range(3)), reverse=True)
        total = sum(probs) + c.num(0, 300)
        top = [
            {"species": s, "latin": WILDLIFE[s], "prob": round(p / total, 4)}
            for s, p in zip(c.sample(list(WILDLIFE), 3), probs, strict=True)
        ]
        doc = {"imageId": c.uid(), "model": "wildlife-cls-v3", "top3": top, "costMs": c.num(80, 900)}
        h = service(c, "python-requests/2.31.0", {"X-Callback-Token": c.hexs(16)})
        c.add(f, "identify-callback", "POST", "/lcj/yszb/api/ai/callback", h, js_doc(doc))
    for _ in range(N):
        birds = [{"species": b, "latin": BIRDS[b], "count": c.num(0, 400)} for b in c.sample(list(BIRDS), 3)]
        doc = {
            "site": c.pick(["若尔盖 花湖", "若尔盖 哈丘湖", "邛海 湿地", "大邑 雾中山"]),
            "date": ymd_of(c.day(-20, 0)),
            "observers": [c.person() for _ in range(c.num(1, 3))],
            "birds": birds,
            "total": sum(x["count"] for x in birds),
            "weather": c.pick(["晴", "多云", "小雪"]),
        }
        h = app_headers(c, "ndjc", "1.3.5", JSON_CT)
        c.add(f, "bird-census", "POST", "/lcj/yszb/api/nl/census", h, js_doc(doc))
    for _ in range(N):
        sn = f"SDZ{c.digits(4)}"
        doc = {
            "sn": sn,
            "time": hms(moment(c, -5, 0)),
            "waterDepthM": round(c.num(30, 250) / 100, 2),
            "waterTempC": round(c.num(0, 120) / 10, 1),
            "pH": round(c.num(68, 86) / 10, 1),
            "doMgL": round(c.num(60, 110) / 10, 1),
            "turbidityNTU": round(c.num(5, 300) / 10, 1),
        }
        c.add(f, "wetland-station-push", "POST", "/lcj/yszb/iot/sd", device_headers(c, "SD-RTU/2.2", sn), js_doc(doc))
    for _ in range(N):
        animal = c.pick(list(PESTS_WILD))
        crop = c.pick(list(CROP_PRICE))
        area = round(c.num(2, 80) / 10, 1)
        yield_kg = c.num(150, 500) if crop != "马铃薯" else c.num(1200, 2200)
        rate = c.pick([30, 50, 70, 100])
        loss = round(area * yield_kg * CROP_PRICE[crop] * rate / 100, 2)
        county = c.pick(COUNTIES)
        parts = [
            ("applicant", c.person()),
            ("idNo", sc_id(c, 30, 75)),
            ("address", address(c, county)),
            ("animal", animal),
            ("latin", PESTS_WILD[animal]),
            ("crop", crop),
            ("areaMu", f"{area:.1f}"),
            ("yieldKgMu", str(yield_kg)),
            ("priceYuanKg", f"{CROP_PRICE[crop]:.2f}"),
            ("lossRatePct", str(rate)),
            ("lossYuan", f"{loss:.2f}"),
            ("photo1", (f"IMG_{c.digits(8)}.jpg", "image/jpeg", exif_jpeg(c, c.num(700, 1600)))),
            ("photo2", (f"IMG_{c.digits(8)}.jpg", "image/jpeg", exif_jpeg(c, c.num(700, 1600)))),
        ]
        h, body = upload(c, parts, f"{SITE}/lcj/yszb/zhbc/apply.html", 0.9)
        c.add(f, "damage-claim", "POST", "/lcj/yszb/api/zhbc/apply", h, body)
    for _ in range(N):
        q = [("sqbh", cn_no(c, "ZHBC", c.day(-60, 0), 5)), ("idNo", sc_id(c, 30, 75))]
        c.add(f, "claim-progress", "GET", "/lcj/yszb/api/zhbc/progress?" + qs(q, axios), client(c, ref, None, 0.5))
    for _ in range(N):
        county = c.pick(COUNTIES)
        lng, lat = sc_point(c, county)
        bird = c.pick(list(BIRDS))
        fields = [
            ("station", f"{SC[county]}陆生野生动物疫源疫病监测站"),
            ("species", bird),
            ("latin", BIRDS[bird]),
            ("dead", str(c.num(1, 12))),
            ("lng", f"{lng:.6f}"),
            ("lat", f"{lat:.6f}"),
            ("found", hms(moment(c, -5, 0, 7, 18))),
            ("sampled", c.pick(["是", "否"])),
        ]
        c.add(f, "epidemic-report", "POST", "/lcj/yszb/yyjc/report.do", jq_form(c, ref, 0.2), qs(fields, jq))
    navigations(c, f, "reserve-page", lambda: article(c, "/lcj/yszb/bhq", -500), ref, 0.4)
    for _ in range(N):
        animal = c.pick(["红腹锦鸡", "小熊猫", "赤腹松鼠", "领角鸮", "苍鹰"])
        lng, lat = sc_point(c)
        doc = {
            "animal": animal,
            "condition": c.pick(["翅膀 受伤 飞 不 起来", "困 在 院坝 里 不 走", "被 狗 咬伤"]),
            "lng": lng,
            "lat": lat,
            "reporter": c.person(),
            "mobile": c.mobile(),
        }
        c.add(f, "rescue-report", "POST", "/lcj/yszb/api/jh", wx_h5(c, JSON_CT, ref), js_doc(doc))
    beacons(c, f, "/lcj/yszb/api/stat", ["/lcj/yszb/index.html", "/lcj/yszb/bhq/"], ref)


# --- agri-product-rapid-test -------------------------------------------------------------------------------

VEGETABLES = ["小白菜", "菠菜", "芹菜", "韭菜", "莴笋", "豇豆", "青菜头", "蒜苗", "黄瓜", "番茄"]
BETA_AGONISTS = {"克伦特罗": 0.8, "莱克多巴胺": 0.8, "沙丁胺醇": 0.8}  # T/C below = 阳性 (this generator's cut-off)
MARKETS = ["成都市锦江区东光农贸市场", "南充市顺庆区模范街菜市场", "眉山市东坡区苏祠农贸市场", "西昌市马道农贸市场"]
PROMISES = ["不使用禁用农药兽药、停用兽药和非法添加物", "常规农药兽药残留不超标", "对承诺的真实性负责"]
BASES = ["自我承诺", "委托检测", "自行检测", "内部质量控制"]


def rapid_sample(c: Corpus, d: date | datetime) -> str:
    return f"KJ{d:%Y%m%d}{c.digits(5)}"


@family("agri-product-rapid-test")
def agri_product_rapid_test(c: Corpus) -> None:
    f = "agri-product-rapid-test"
    ref = f"{SITE}/nync/zlaq/index.html"
    for _ in range(N):
        at = moment(c, -10, 0, 6, 12)
        a0 = round(c.num(280, 450) / 1000, 3)
        a1 = round(a0 * c.num(20, 100) / 100, 3)
        rate = round((a0 - a1) / a0 * 100, 1)
        sn = f"NC{c.digits(6)}"
        doc = {
            "sn": sn,
            "sampleNo": rapid_sample(c, at),
            "sample": c.pick(VEGETABLES),
            "market": c.pick(MARKETS),
            "dA0": a0,
            "dA1": a1,
            "inhibitionPct": rate,
            "result": "阳性" if rate >= 50 else "阴性",
            "method": "GB/T 5009.199-2003",
            "testTime": hms(at),
        }
        c.add(f, "enzyme-test-push", "POST", "/nync/zlaq/iot/kj", device_headers(c, "NC-Reader/5.1", sn), js_doc(doc))
    for _ in range(N):
        at = moment(c, -10, 0, 6, 12)
        drug = c.pick(list(BETA_AGONISTS))
        tc = round(c.num(40, 160) / 100, 2)
        sn = f"JTJ{c.digits(6)}"
        doc = {
            "sn": sn,
            "sampleNo": rapid_sample(c, at),
            "sample": c.pick(["猪尿", "猪肉", "牛肉", "羊肉"]),
            "item": drug,
            "tc": tc,
            "cutoff": BETA_AGONISTS[drug],
            "result": "阳性" if tc < BETA_AGONISTS[drug] else "阴性",
            "testTime": hms(at),
        }
        c.add(
            f,
            "colloidal-gold-result",
            "POST",
            "/nync/zlaq/iot/jtj",
            device_headers(c, "GoldReader/3.0", sn),
            js_doc(doc),
        )
    for _ in range(N):
        at = moment(c, -10, 0, 6, 12)
        fields = [
            ("sampleNo", rapid_sample(c, at)),
            ("place", c.pick(MARKETS)),
            ("stall", f"{c.num(1, 120)}号摊位"),
            ("sample", c.pick(VEGETABLES)),
            ("qtyKg", f"{c.num(5, 20) / 10:.1f}"),
            ("samplers", "、".join(c.sample([c.person() for _ in range(4)], 2))),
            ("time", hms(at)),
        ]
        c.add(f, "sample-register", "POST", "/nync/zlaq/cy/save.do", jq_form(c, ref, 0.4), qs(fields, jq))
    for _ in range(N):
        pos = c.num(0, 3)
        neg = c.num(20, 160)
        doc = {
            "lab": f"{county_of(c.pick(COUNTIES))}农产品快检室",
            "date": ymd_of(c.day(-5, 0)),
            "tested": pos + neg,
            "positive": pos,
            "negative": neg,
            "passRatePct": round(neg / (pos + neg) * 100, 2),
        }
        h = authed(web(c, JSON_CT, 0.1, f"{SITE}/nync/zlaq/rb.html"), c)
        c.add(f, "daily-report", "POST", "/nync/zlaq/api/rb", h, js_doc(doc))
    for _ in range(N):
        name, code, county = grower(c)
        issued = c.day(-3, 0)
        product = c.pick(["脐橙", "爱媛38号", "猕猴桃", "青花椒", "鸡蛋", "生猪", "大米"])
        doc = {
            "certNo": f"HGZ{county}{issued:%Y%m%d}{c.digits(4)}",
            "product": product,
            "qty": c.num(10, 5000),
            "unit": "头" if product == "生猪" else c.pick(["kg", "箱"]),
            "producer": name,
            "producerCode": code,
            "mobile": c.mobile(),
            "origin": address(c, county),
            "issueDate": ymd_of(issued),
            "promises": PROMISES,
            "bases": c.sample(BASES, c.num(1, 2)),
            "printer": c.pick(["汉印 HM-A300", "佳博 GP-M322", "精臣 B21"]),
        }
        c.add(f, "certificate-print", "POST", "/nync/zlaq/mp/hgz/print", miniprogram(c, JSON_CT), js_doc(doc))
    navigations(
        c,
        f,
        "certificate-scan",
        lambda: "/nync/zlaq/h5/hgz?" + qs([("no", f"HGZ{c.pick(COUNTIES)}{c.day(-3, 0):%Y%m%d}{c.digits(4)}")], form),
        None,
        0.9,
    )
    for _ in range(N):
        q = [
            ("status", c.pick(["待接收", "进行中", "已完成"])),
            ("year", 2027),
            ("batch", c.num(1, 4)),
            ("page", c.num(1, 3)),
        ]
        c.add(f, "task-list", "GET", "/nync/zlaq/api/cj/task?" + qs(q, axios), authed(web(c, None, 0.1, ref), c))
    for _ in range(N):
        at = moment(c, -10, 0)
        parts = [
            ("sampleNo", rapid_sample(c, at)),
            ("action", c.pick(["监督 销毁", "送 定量 检测（LC-MS/MS）", "追溯 到 基地"])),
            ("destroyedKg", f"{c.num(5, 400) / 10:.1f}"),
            ("report", ("定量检测报告.pdf", "application/pdf", pdf_head(c, c.num(600, 1500)))),
            ("photo", (f"IMG_{c.digits(8)}.jpg", "image/jpeg", jpeg(c, c.num(600, 1300)))),
        ]
        h, body = upload(c, parts, f"{SITE}/nync/zlaq/yx/dispose.html", 0.2)
        c.add(f, "positive-followup", "POST", "/nync/zlaq/api/yx/dispose", h, body)
    navigations(c, f, "result-publicity-page", lambda: article(c, "/nync/zlaq/kjgs", -60), ref, 0.5)
    beacons(c, f, "/nync/zlaq/api/stat", ["/nync/zlaq/index.html", "/nync/zlaq/kjgs/"], ref)


# --- agri-extension-qa -------------------------------------------------------------------------------------

QUESTION_PARTS = [
    "老师你好，",
    "我屋头的",
    "秧苗叶子发黄，",
    "叶子尖尖上有黄斑斑，",
    "这两天落雨多，",
    "是不是得了啥子病哦？",
    "该打啥子药嘛？",
    "打了一遍多菌灵不见效，",
    "图片发上来了，麻烦帮我看一哈。",
]
CROPS_QA = ["水稻", "小麦", "油菜", "柑橘", "猕猴桃", "花椒", "茶叶", "玉米"]
ANSWER_PARTS = [
    "从图片看，疑似",
    "油菜菌核病（Sclerotinia sclerotiorum）初期症状。",
    "建议在初花期用 40% 菌核净 可湿性粉剂 100 g/亩 兑水 30 kg 喷雾，",
    "间隔 7-10 天 再 喷 1 次；",
    "注意 清沟 排湿，",
    "如 症状 继续 扩展，请 联系 当地 农技 站 现场 查看。",
]


def venue(c: Corpus) -> tuple[str, float, float]:
    county = c.pick(COUNTIES)
    lng, lat = sc_point(c, county, 3000)
    return f"{county_of(county)}农业广播电视学校", lng, lat


@family("agri-extension-qa")
def agri_extension_qa(c: Corpus) -> None:
    f = "agri-extension-qa"
    ref = f"{SITE}/nync/njtg/index.html"
    for _ in range(N):
        parts = [
            ("crop", c.pick(CROPS_QA)),
            ("content", prose(c, QUESTION_PARTS, (3, 6))),
            ("county", c.pick(COUNTIES)),
            (
                "photo",
                (f"Screenshot_{c.ms()}.png", "image/png", png(c, c.num(900, 2000)))
                if c.chance(0.3)
                else (f"mmexport{c.ms()}.jpg", "image/jpeg", jpeg(c, c.num(900, 2000))),
            ),
        ]
        h, body = upload(c, parts, f"{SITE}/nync/njtg/wd/ask.html", 1.0)
        c.add(f, "question-ask", "POST", "/nync/njtg/api/wd/ask", h, body)
    for _ in range(N):
        doc = {
            "questionId": c.num(1_200_000, 1_600_000),
            "expert": c.person(),
            "title": c.pick(["农技推广研究员", "高级农艺师", "农艺师"]),
            "content": "".join(ANSWER_PARTS[:2]) + prose(c, ANSWER_PARTS[2:], (2, 4)),
            "attachments": [],
        }
        h = authed(web(c, JSON_CT, 0.3, f"{SITE}/nync/njtg/zj/answer.html"), c)
        c.add(f, "expert-answer", "POST", "/nync/njtg/api/wd/answer", h, js_doc(doc))
    for _ in range(N):
        q = [
            ("crop", c.pick(["", *CROPS_QA])),
            ("status", c.pick(["", "已解答", "待解答"])),
            ("pageNo", c.num(1, 9)),
            ("pageSize", 10),
        ]
        c.add(f, "question-list", "GET", "/nync/njtg/api/wd/list?" + qs(q, axios), client(c, ref, None, 0.4))
    navigations(c, f, "question-page", lambda: f"/nync/njtg/wd/{c.num(1_200_000, 1_600_000)}.html", ref, 0.6)
    for _ in range(N):
        county = c.pick(COUNTIES)
        lng, lat = sc_point(c, county)
        served = c.num(1, 30)
        doc = {
            "technician": c.person(),
            "county": county,
            "date": ymd_of(c.day(-5, 0)),
            "servedFarmers": served,
            "content": c.pick(
                [
                    "到 村 指导 油菜 清沟 排湿 和 菌核病 防治",
                    "柑橘 冬季 清园，讲解 石硫合剂 使用",
                    "小麦 条锈病 田间 普查，发现 发病 中心 2 处",
                ]
            ),
            "lng": lng,
            "lat": lat,
            "photos": [b64(jpeg(c, c.num(400, 900)))],
        }
        h = app_headers(c, "zgnjtg", "3.8.1", JSON_CT)
        c.add(f, "technician-log", "POST", "/nync/njtg/api/rz", h, js_doc(doc))
    for _ in range(N):
        name, vlng, vlat = venue(c)
        lng, lat = near(c, vlng, vlat, 150)
        doc = {
            "classId": f"GSZ2027{c.digits(4)}",
            "venue": name,
            "venueLng": vlng,
            "venueLat": vlat,
            "lng": lng,
            "lat": lat,
            "distanceM": distance_m(vlng, vlat, lng, lat),
            "idNo": sc_id(c, 20, 55),
            "signTime": hms(moment(c, -5, 0, 8, 10)),
            "face": b64(jpeg(c, c.num(500, 1000))),
        }
        c.add(f, "training-signin", "POST", "/nync/njtg/mp/px/sign", miniprogram(c, JSON_CT), js_doc(doc))
    for _ in range(N):
        fields = [
            ("name", c.person()),
            ("idNo", sc_id(c, 20, 55)),
            ("mobile", c.mobile()),
            ("industry", c.pick(["粮油", "柑橘", "生猪", "茶叶", "蔬菜", "电商"])),
            ("role", c.pick(["家庭农场主", "合作社带头人", "返乡创业青年", "村干部"])),
            ("classId", f"GSZ2027{c.digits(4)}"),
        ]
        c.add(f, "training-enroll", "POST", "/nync/njtg/px/enroll.do", jq_form(c, ref, 0.7), qs(fields, jq))
    for _ in range(N):
        duration = c.num(600, 3600)
        doc = {
            "courseId": c.num(3000, 3999),
            "lessonId": c.num(1, 24),
            "durationS": duration,
            "watchedS": c.num(30, duration),
            "idNo": sc_id(c, 20, 55),
            "ts": c.ms(),
        }
        c.add(f, "course-progress", "POST", "/nync/njtg/api/kc/progress", wx_h5(c, JSON_CT, ref), js_doc(doc))
    navigations(c, f, "farming-guide-page", lambda: article(c, "/nync/njtg/nszd", -60), ref, 0.5)
    beacons(c, f, "/nync/njtg/api/stat", ["/nync/njtg/index.html", "/nync/njtg/wd/ask.html"], ref)


# --- generation, check and files -------------------------------------------------------------------


def gen() -> list[dict]:
    return generate(Corpus(SEED), FAMILIES)


def check(rec: dict) -> list[str]:
    """What is wrong with one record as an HTTP request (empty: nothing): tests/waf/data/corpus_kit.py."""
    return check_record(rec, SOURCES)


if __name__ == "__main__":
    write_corpus(gen(), check, split, TUNING_FILE, HELD_OUT_FILE, len(FAMILIES))
