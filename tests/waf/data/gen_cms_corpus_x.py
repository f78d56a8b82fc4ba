"""Generate corpus X: a TWENTY-FOURTH set of ordinary requests to Chinese government sites, independent of A-W.

    python tests/waf/data/gen_cms_corpus_x.py   # writes cms_x_tuning.jsonl and cms_x_heldout.jsonl next to it

Why another corpus: each fresh corpus so far has found kinds of ordinary traffic the earlier ones lacked, and
X measures the WAF's false positives on traffic no tuning round has seen. Corpus X is a month of ordinary traffic
to the public-facing services of one province's HEALTH system (河南省 as the model: 卫生 健康 委员会, 疾病 预防
控制 中心, 卫生 健康 监督所 and the 互联网 医院, 全民 健康 信息 平台 and 医院 services on the provincial cloud), as
patients, families, doctors, nurses, pharmacists and clinics use them, and none of A-W has these kinds (L's
health-commission has 执业 查询, 出生 医学 证明, 接种 记录 and 挂号; O's health-info-exchange has HL7 V3/CDA
between systems; X has none of those shapes): 互联网 医院 复诊 and 处方 流转 (复诊 questionnaires with ICD-10
诊断, drug lines as doctors write them: 阿莫西林胶囊 0.25g×24粒, Sig 0.5g tid po, 1# qd po, prn, 盒 数 from
dose × 频次 × 天数, 7-day and 长期 处方 12-week limits, 药师 审核, HIS 前置 审核 of iv.gtt groups with 皮试,
药店 调配 and 核对 by two pharmacists, 配送); 检查 检验 报告 查询 and 互认 (LIS pushes with units, reference
ranges and ↑/↓ flags, <0.5, >1000, 阴性(-), 1:100; FHIR R4 Observation bundles with UCUM units and H/L/N
interpretation; CT 平扫 报告 prose; 报告 PDF, share and 验真 links); 家庭 医生 签约 and 慢病 随访 (服务 包 by
age, 血压 138/86 mmHg, 空腹 血糖, BMI = kg / m², 控制 满意 and the next 随访 date, 血压计 pushes, 用药 依从性);
预防 接种 (接种 门诊 号源, 儿童 预约 by the 2021 免疫 程序 月龄, 接种 证 号, 9价 HPV 登记 for women of 9-45,
疫苗 批号 by maker, 入托 入学 查验 补种 lists, 异常 反应 reports); 传染病 报告 卡 (ICD-10 codes like A09.901,
发病 ≤ 诊断 ≤ 报告 with the 2- and 24-hour limits, 订正, 查重, 审核, 流调, 学校 晨午检 counts); 疾控 公众 服务
(职业 健康 检查 预约 by 危害 因素, 病媒 密度 and 布雷图 指数, 鼠 密度, 健康 素养 问卷 and its 80% line, 狂犬病
暴露 处置 程序 dates); 卫生 监督 (公共 场所 卫生 许可, GB 5749-2022 饮用水 results judged by their limits, 医疗
美容 complaints in long prose with photos, 执法 公示 search, 线索 举报); 医师/护士 电子 注册 and 继续 医学 教育
(15-digit 医师 执业 证书 编码, 执业 范围 by 类别, 多 机构 备案, 护士 延续 注册 30 days before expiry, 医疗 机构
校验 期 by beds, CME 项目 编号 and the 25-学分 rule); 母子 健康 手册 (LMP, 预产期 = LMP + 280 days, 孕周 38+2,
G2P1, 五色 妊娠 风险, 儿童 体检 月龄, 胎动 × 4); 120 急救 and 胸痛 中心 (调度, GPS, 院前 心电图 within 10
minutes of 首次 医疗 接触, 发病 → 呼救 → FMC → 入门 → 导丝 通过 in order with D2B = 导丝 − 入门, 费用 sums,
月度 质控 medians); 满意度 调查 and 投诉 (Likert answers and their 百分制 score, 1-5 stars, long complaints);
and 病案 复印 (本人 and 代理人 申请 with ID photos and 委托书, 入院 ≤ 出院, fees = pages × 单价 + 邮费, 领取
预约). The 疫苗 批号 patterns are this generator's pick for each maker (``MAKERS``: 北京生物 yyyymm + 3 digits,
成都生物 yyyymmdd-n, 华兰 yyyymmnn + letter, 默沙东 a letter + 6 digits, GSK A + 4 letters + 3 digits + 2
letters), not a published format. Desktop browsers, 微信 内置 浏览器, mobile Safari, 小程序, native Apps, devices
and hospital back ends send them. ``SOURCES`` names the public material each family's URLs, parameters, headers
and bodies follow; values are generated deterministically (``SEED``); HOST is a placeholder the evaluation
replaces. Where the receiving services check something (身份 证号 and 统一 社会 信用 代码 check characters, sex
and age from the 身份 证号, GB/T 2260 codes, ICD-10 code shape, dates and times in order and their limits, time
slots within opening hours, sums, BMI, quantities, flags against reference ranges, densities and indices, code
formats, upload magic bytes) the generator does it for real, so the fast tests can check the requests the way the
receiving servers would. Nothing here is an attack: every value is what the real service really receives.

Each request is one JSONL record as in corpora A-W (method, path, headers, body or body_b64) tagged with its
``family``, ``shape``, ``source`` and ``label`` = family/shape, and passes corpus_kit.check_record.

THE SPLIT is corpus_kit.HashSplit's rule with the salt "corpus-x/", decided and written down here before the
corpus was generated and before anything was evaluated (no WAF result on X was seen by its author; docs/waf.md,
held-out discipline): the three families whose sha256("corpus-x/<family>") hex digests sort first are held out
whole, and no tuning may see them; in every other family a (family, shape) group is held out when
sha256("corpus-x/<family>/<shape>") has a first byte divisible by 4; everything else is the tuning part. Made
once; never re-split, edited or regenerated to pass.
"""

from __future__ import annotations

import math
import statistics
import sys
from collections.abc import Callable
from datetime import date, datetime, timedelta
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # run as a script from anywhere

from tests.waf.data import gen_cms_corpus_w as corpus_w
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
from tests.waf.data.gen_cms_corpus_r import beacon, jq_get, page  # R's
from tests.waf.data.gen_cms_corpus_s import okhttp_multipart, wx_h5, wx_nav, wx_upload  # S's
from tests.waf.data.gen_cms_corpus_v import client, id_check, mod31, open_day  # V's
from tests.waf.data.gen_cms_corpus_w import ORG_CHARS, authed, js_doc, money, org_check, years_later, ymd_of  # W's

TUNING_FILE, HELD_OUT_FILE = part_files("x")
SEED = 20300609
SALT = "corpus-x/"

SOURCES = {
    "internet-hospital-rx": "《互联网诊疗管理办法（试行）》(国卫医发〔2018〕25号: 第十六条 复诊, 不得 首诊), "
    "《互联网诊疗监管细则（试行）》(国卫办医发〔2022〕2号), 《处方管理办法》(卫生部令 第53号: 第十八条 7 日 用量, "
    "第三十七条 四查十对), 《长期处方管理规范（试行）》(国卫办医发〔2021〕17号: 最长 12 周) and 《医疗机构处方审核"
    "规范》(国卫办医发〔2018〕14号) as 省 互联网 医院 and 处方 流转 平台 run them: 复诊 问卷 with ICD-10 诊断, 病历 "
    "photo uploads, 问诊 messages, 医生 开方 (药品 规格, Sig with Latin abbreviations qd bid tid q8h qn prn po, 天数 "
    "and 盒 数), 审核 status polls and 药师 审核 results, HIS 前置 审核 of 门诊 输液 groups, 药店 调配/核对/发药, 配送",
    "lab-imaging-report": "《医疗机构检查检验结果互认管理办法》(国卫医发〔2022〕6号), WS/T 404 《临床常用生化检验项目"
    "参考区间》, WS/T 405 血细胞 分析 参考 区间, HL7 FHIR R4 Observation/DiagnosticReport (LOINC codes, UCUM units, "
    "v3 ObservationInterpretation H/L/N) and the 省 全民 健康 信息 平台 检查 检验 结果 互认 共享: 报告 lists and "
    "details, LIS pushes (结果, 单位, 参考 范围, ↑/↓, <0.5, >1000, 阴性(-), 1:100), FHIR bundles, PACS CT 平扫 "
    "报告 prose, 互认 queries from 医生 工作站, PDF, 分享 and 验真 links, 报告 解读 questions",
    "family-doctor-followup": "《关于规范家庭医生签约服务管理的指导意见》(国卫基层发〔2018〕35号), 《国家基本公共卫生"
    "服务规范（第三版）》 (高血压 and 2型 糖尿病 患者 健康 管理: 每年 4 次 面对面 随访, 控制 满意 <140/90 mmHg and "
    "空腹 血糖 <7.0 mmol/L, 满意 3 个月 and 不满意 2 周 内 复查; 65 岁 以上 老年人 健康 管理 体检) and 省 家庭 医生 "
    "签约 服务 平台: 团队 lists, 签约 申请 by 服务 包, 协议 page, 随访 records from the 医生 App (BMI = kg / m²), "
    "智能 血压计 pushes, 用药 打卡, 体检 预约, 留言, 续约",
    "vaccination-appointment": "《中华人民共和国疫苗管理法》, 《预防接种工作规范（2023年版）》, 《国家免疫规划疫苗"
    "儿童免疫程序及说明（2021年版）》 (乙肝 0-1-6 月龄, 卡介苗, IPV 2、3 月龄, bOPV 4 月龄 and 4 岁, 百白破 3、4、5、"
    "18 月龄, 白破 6 岁, 麻腮风 8、18 月龄, 乙脑 减毒 8 月龄 and 2 岁, A群 流脑 6、9 月龄, A群C群 3、6 岁, 甲肝 "
    "减毒 18 月龄), 《儿童入托、入学预防接种证查验办法》 and NMPA's 9价 HPV 疫苗 适用 年龄 9-45 岁 as 省 预防 "
    "接种 服务 平台 runs them: 门诊 and 号源 lists, 儿童 预约 with 接种 证 号, HPV 登记 and 摇号 结果, 批号 查询, "
    "查验 证明, 异常 反应 报告, 签到 QR, 科普 pages",
    "infectious-disease-report": "《中华人民共和国传染病防治法》, 《传染病信息报告管理规范（2015年版）》 (甲类 2 小时, "
    "乙类 and 丙类 24 小时 网络 直报; 病例 分类 疑似/临床 诊断/确诊/病原 携带者; 订正, 查重), ICD-10 (GB/T 14396 and "
    "国家 临床 版 codes such as A09.901), 《学校和托幼机构传染病疫情报告工作规范》 (晨午检, 因病 缺勤) and the 中国 "
    "疾病 预防 控制 信息 系统 as 医院 防保科 and 县 疾控 use it: 报告 卡, 订正, 查重, 查询, 审核, 流调 表, 实验室 "
    "结果 uploads, HIS 前置机 pushes, 填报 说明 pages, 学校 症状 监测",
    "cdc-public-service": "《职业健康检查管理办法》(国家卫生健康委令 第2号, 2019 修正), GBZ 188-2014 《职业健康监护"
    "技术规范》 (上岗前/在岗期间/离岗时, 危害 因素), 中国 疾控 中心 《全国病媒生物监测方案》 (诱蚊灯 法 密度 = 只 / "
    "灯·夜, 布雷图 指数 = 阳性 容器 / 户 × 100, 粘鼠板 法 鼠 密度 %), 《全国居民健康素养监测调查问卷》 (得分 ≥ 总分 "
    "80% 具备), 《狂犬病暴露预防处置工作规范（2023年版）》 (Ⅰ/Ⅱ/Ⅲ 级, 5 针 0-3-7-14-28 and 2-1-1 程序) as 省 疾控 "
    "公众 服务 run them: 职业 健康 检查 机构 and 报告 查询, 预约, 病媒 上报, 素养 问卷, 犬伤 门诊, 科普 and beacons",
    "health-supervision": "《公共场所卫生管理条例》 and 《公共场所卫生管理条例实施细则》 (卫生 许可 告知 承诺), "
    "GB 5749-2022 《生活饮用水卫生标准》 (菌落 总数 ≤100 CFU/mL, 浑浊度 ≤1 NTU, pH 6.5-8.5, 末梢 游离 氯 ≥0.05 "
    "mg/L, 总 大肠 菌群 不应 检出 …), 《医疗美容服务管理办法》, 《卫生行政处罚程序》 and 行政 执法 公示 as 省 卫生 "
    "健康 监督所 sites run them: 许可 查询 and 申请 with uploads, 饮用水 监测 results and pushes, 医疗 美容 投诉 "
    "with photos, 进度, 执法 公示 search and pages, 违法 线索 举报 (小程序), 办事 指南",
    "practitioner-registration": "《医师执业注册管理办法》(国家卫生计生委令 第13号: 执业 类别 and 范围, 多 机构 备案), "
    "《护士执业注册管理办法》 (有效期 5 年, 届满 前 30 日 延续), 《医疗机构管理条例实施细则》 (校验 期: 床位 ≥100 张 3 "
    "年, 其他 1 年; 期满 前 3 个月 申请), 《继续医学教育学分授予与管理办法》 (每年 ≥25 学分, Ⅰ类 ≥5; 国家级 项目 编号 "
    "2027-01-01-001 (国)) and the 国家 医疗 机构、医师、护士 电子化 注册 系统 as 省 卫健委 runs it: 变更, 备案, 延续, "
    "校验, 学分 查询 and 登记, 证件 uploads, 范围 字典, 许可 查询, 指南 pages",
    "maternal-child-handbook": "《母子健康手册》 (国家卫生健康委 电子 版), 《孕产期保健工作规范》 (孕 13 周 前 建册, "
    "产检 ≥5 次), 《孕产妇妊娠风险评估与管理工作规范》(国卫办妇幼发〔2017〕35号: 绿 黄 橙 红 紫 五色), 《国家基本"
    "公共卫生服务规范（第三版）》 0-6 岁 儿童 健康 管理 (1, 3, 6, 8, 12, 18, 24, 30, 36 月龄 体检) and 增补 叶酸 "
    "项目 as 省 妇幼 健康 小程序 runs them: 建册 (LMP, 预产期, 孕周, G/P), 产检 records, 风险 评估, 儿童 体检, 生长 "
    "曲线, 叶酸 领取, 胎动 记录, 孕妇 学校, B 超 photos",
    "emergency-chest-pain": "《院前医疗急救管理办法》(国家卫生计生委令 第3号), 《中国胸痛中心认证标准》 and 胸痛 中心 "
    "数据 填报 平台 (时间 节点: 发病, 呼救, 首次 医疗 接触, 首份 心电图 ≤10 min, 到达 大门, 启动 导管室, 导丝 通过; "
    "D2B ≤90 min) and the 省 120 急救 指挥 调度 系统: 受理 pushes, 车载 GPS, 院前 心电图 uploads, 病例 and 节点 "
    "上报, 床位 状态, 出车 记录 and 费用 (起步 价, 里程, 项目), 月度 质控, 急救 科普 pages",
    "patient-satisfaction-survey": "国家卫生健康委 全国 医院 满意度 调查 平台 (门诊 and 住院 患者, 医务 人员 问卷, "
    "Likert 1-5) and 《医疗机构投诉管理办法》(国家卫生健康委令 第3号) as 省 医疗 服务 评价 平台 runs them: 扫码 "
    "entry, 问卷 (百分制 得分 = Σ / 5n × 100), 医生 评价 (1-5 星, 标签, text), 投诉 with attachments, 进度, 表扬 "
    "信, 结果 公示 pages, dwell beacons",
    "medical-record-copy": "《医疗机构病历管理规定（2013年版）》 (第十七条 受理 复制: 患者 本人 or 委托 代理人 with "
    "身份 证明 and 授权 委托书; 住院 病历 客观 部分) and 省 医院 病案 复印 预约 邮寄 services: 申请 (ID photos, "
    "委托书 PDF), 住院 记录 lookup, 费用 (页数 × 单价 + 邮费), 进度, 快递 单号, 电子 病历 PDF, 现场 领取 预约, "
    "收件 地址, 指南 pages",
}

SPLIT = HashSplit(SALT, SOURCES)  # the rule in the docstring (tests/waf/data/corpus_kit.py)
split, HELD_OUT_FAMILIES = SPLIT.split, SPLIT.held_out_families  # split(reqs): (tuning part, held-out part)


# --- the corpus: W's (and so V's, U's, … F's), recording X's sources ---------------------------------------


class Corpus(corpus_w.Corpus):
    """W's corpus (values, browsers, header order, day(); SourceTagged): requests are tagged with X's sources."""

    sources = SOURCES


FAMILIES: dict[str, Callable[[Corpus], None]] = {}
family = family_registry(FAMILIES)

N = 13  # requests per (family, shape)

HN = {  # 河南省 and its 市, some 区县: GB/T 2260 行政区划 代码
    "410000": "河南省",
    "410100": "郑州市",
    "410102": "中原区",
    "410103": "二七区",
    "410104": "管城回族区",
    "410105": "金水区",
    "410108": "惠济区",
    "410122": "中牟县",
    "410181": "巩义市",
    "410200": "开封市",
    "410202": "龙亭区",
    "410300": "洛阳市",
    "410302": "老城区",
    "410305": "涧西区",
    "410311": "洛龙区",
    "410400": "平顶山市",
    "410402": "新华区",
    "410500": "安阳市",
    "410502": "文峰区",
    "410700": "新乡市",
    "410702": "红旗区",
    "410800": "焦作市",
    "410802": "解放区",
    "411000": "许昌市",
    "411002": "魏都区",
    "411300": "南阳市",
    "411302": "宛城区",
    "411303": "卧龙区",
    "411500": "信阳市",
    "411502": "浉河区",
    "411600": "周口市",
    "411602": "川汇区",
    "411700": "驻马店市",
    "411702": "驿城区",
}
CITIES = [k for k in HN if k.endswith("00") and k != "410000"]
COUNTIES = [k for k in HN if not k.endswith("00")]
STREETS = ["金水路", "花园路", "中原路", "建设路", "人民路", "文化路", "农业路", "经三路", "嵩山路", "开元大道"]
HOSPITALS = {  # name: 编制 床位 (beds)
    "河南省人民医院": 7800,
    "郑州大学第一附属医院": 10000,
    "河南省肿瘤医院": 3200,
    "河南省儿童医院": 2000,
    "河南中医药大学第一附属医院": 3000,
    "洛阳市中心医院": 2600,
    "南阳市中心医院": 3000,
    "新乡医学院第一附属医院": 2500,
    "金水区总医院": 600,
    "中牟县人民医院": 900,
}
COMMUNITY = [
    "金水区丰产路街道社区卫生服务中心",
    "二七区建中街社区卫生服务中心",
    "惠济区刘寨街道社区卫生服务中心",
    "涧西区重庆路街道社区卫生服务中心",
    "中牟县城关镇卫生院",
    "巩义市孝义街道社区卫生服务中心",
]
DEPTS = ["心血管内科", "内分泌科", "呼吸与危重症医学科", "消化内科", "神经内科", "全科医学科", "老年医学科", "儿科"]
APP = ("cn.gov.hnwjw.jkhn", "4.2.1")  # the 健康 河南 App


def hn_id(c: Corpus, born: date, male: bool | None = None) -> str:
    """A 公民身份号码 of a 河南 区县, born on ``born``; the 17th digit odd for a man, even for a woman."""
    sex = c.num(0, 4) * 2 + (1 if (c.chance(0.5) if male is None else male) else 0)
    body = f"{c.pick(COUNTIES)}{born:%Y%m%d}{c.num(10, 99)}{sex}"
    return body + id_check(body)


def born_at(c: Corpus, on: date, lo: int, hi: int) -> date:
    """A birth date that makes someone ``lo``-``hi`` full years old on ``on``."""
    years = c.num(lo, hi)
    return date(on.year - years, on.month, min(on.day, 28)) - timedelta(days=c.num(1, 300))


def adult_id(c: Corpus, on: date | None = None, lo: int = 18, hi: int = 80, male: bool | None = None) -> str:
    return hn_id(c, born_at(c, on or c.day(0, 0).date(), lo, hi), male)


def age_on(idno: str, on: date) -> int:
    born = date(int(idno[6:10]), int(idno[10:12]), int(idno[12:14]))
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def sex_of(idno: str) -> str:
    return "男" if int(idno[16]) % 2 else "女"


def hn_uscc(c: Corpus, kind: str = "12") -> str:
    """A 统一社会信用代码 registered in 河南 (12 事业 单位, 52 民办 非 企业, 91 企业, 92 个体): its 组织 机构
    代码 part has its own GB 11714 check."""
    body8 = ("MA" + c.alnum(6, ORG_CHARS)) if kind in ("91", "92") else c.digits(8)
    body = kind + c.pick(COUNTIES) + body8 + org_check(body8)
    return body + mod31(body)


def address(c: Corpus) -> str:
    county = c.pick(COUNTIES)
    city = HN[county[:4] + "00"]
    return f"河南省{city}{HN[county]}{c.pick(STREETS)}{c.num(1, 399)}号{c.pick(['', '', f'{c.num(1, 30)}号楼'])}"


def hm(d: datetime) -> str:
    return f"{d:%Y-%m-%d %H:%M}"


def hms(d: datetime) -> str:
    return f"{d:%Y-%m-%d %H:%M:%S}"


def add_months(d: date, months: int) -> date:
    """The same day ``months`` later (the last day of a shorter month)."""
    y, m = divmod(d.month - 1 + months, 12)
    y, m = d.year + y, m + 1
    last = (date(y + m // 12, m % 12 + 1, 1) - timedelta(days=1)).day
    return date(y, m, min(d.day, last))


def dec(x: Fraction | Decimal | float) -> str:
    """A quantity as a doctor writes it: 0.5, 2.5, 10 (no trailing zeros)."""
    d = Decimal(x.numerator) / Decimal(x.denominator) if isinstance(x, Fraction) else Decimal(str(x))
    return format(d.normalize(), "f")


def physician_code(c: Corpus, category: int | None = None) -> str:
    """医师 执业 证书 编码 (15 digits) as the 电子化 注册 系统 prints it: 级别 (1 医师, 2 助理), 类别 (1 临床,
    2 中医, 3 口腔, 4 公共 卫生), the 6-digit 执业 地 区划 code and a 7-digit 序号."""
    return f"{c.pick('12')}{category or c.num(1, 4)}{c.pick(COUNTIES)}{c.digits(7)}"


# --- internet-hospital-rx ----------------------------------------------------------------------------------

DRUGS = {  # name: (strength, unit, per pack, pack word, dose multiples of the strength, frequencies, route)
    "阿莫西林胶囊": ("0.25", "g", 24, "粒", (2,), ("tid", "q8h"), "po"),
    "苯磺酸氨氯地平片": ("5", "mg", 7, "片", (1, Fraction(1, 2)), ("qd",), "po"),
    "盐酸二甲双胍缓释片": ("0.5", "g", 30, "片", (1, 2), ("qd", "bid"), "po"),
    "阿托伐他汀钙片": ("20", "mg", 7, "片", (1,), ("qn",), "po"),
    "缬沙坦胶囊": ("80", "mg", 7, "粒", (1, 2), ("qd",), "po"),
    "孟鲁司特钠片": ("10", "mg", 5, "片", (1,), ("qn",), "po"),
    "雷贝拉唑钠肠溶片": ("10", "mg", 7, "片", (1, 2), ("qd",), "po"),
    "布洛芬缓释胶囊": ("0.3", "g", 20, "粒", (1,), ("bid",), "po"),
    "左甲状腺素钠片": ("50", "μg", 100, "片", (1, Fraction(1, 2), Fraction(3, 2)), ("qd",), "po"),
    "硫酸氢氯吡格雷片": ("75", "mg", 7, "片", (1,), ("qd",), "po"),
    "沙美特罗替卡松粉吸入剂": ("50μg/250μg", "吸", 60, "吸", (1,), ("bid",), "吸入"),
}
TIMES_A_DAY = {"qd": 1, "qn": 1, "bid": 2, "q12h": 2, "tid": 3, "q8h": 3, "qid": 4, "q6h": 4}
CHRONIC = {  # 长期 处方 diagnoses (ICD-10 国家 临床 版) and the drugs they take
    ("I10.x00", "原发性高血压"): ["苯磺酸氨氯地平片", "缬沙坦胶囊"],
    ("E11.900", "2型糖尿病"): ["盐酸二甲双胍缓释片"],
    ("E78.500", "高脂血症"): ["阿托伐他汀钙片"],
    ("E03.900", "甲状腺功能减退症"): ["左甲状腺素钠片"],
    ("I25.103", "冠状动脉粥样硬化性心脏病"): ["硫酸氢氯吡格雷片", "阿托伐他汀钙片"],
    ("J45.900", "支气管哮喘"): ["孟鲁司特钠片", "沙美特罗替卡松粉吸入剂"],
}
ACUTE = {
    ("J02.900", "急性咽炎"): ["阿莫西林胶囊", "布洛芬缓释胶囊"],
    ("K21.000", "胃食管反流病伴有食管炎"): ["雷贝拉唑钠肠溶片"],
    ("M54.500", "腰痛"): ["布洛芬缓释胶囊"],
}
SYMPTOMS = [
    "血压控制尚可，家里自测 130-145/80-92 mmHg，偶有头晕，无胸闷胸痛。",
    "近 1 个月空腹血糖 6.8-7.9 mmol/L，餐后 2 小时 9-11 mmol/L，体重较前下降 1.5 kg。",
    "咽痛 3 天，体温最高 38.3℃，无咳嗽咳痰，已在门诊查血常规 WBC 11.2×10^9/L。",
    "反酸、烧心较前好转，夜间平卧后偶有发作，想继续开雷贝拉唑。",
    "甲功复查：TSH 5.8 mIU/L（↑），FT4 正常；目前优甲乐 50μg qd，医生说可能要加量。",
    "PCI 术后 10 个月，规律服用氯吡格雷+阿托伐他汀，无黑便，无牙龈出血。",
]
MESSAGES = [
    "医生您好，我上次开的药快吃完了，血压早上 142/88，晚上 128/80，需要调整剂量吗？",
    "孩子昨晚 38.5℃，吃了布洛芬混悬液 5ml 后退到 37.2℃，今天还要继续吃吗？",
    "报告已上传（第 2 张是 3 月 15 日的 HbA1c 7.6%），麻烦帮我看一下。",
    "请问阿托伐他汀是晚上吃还是早上吃？我之前一直早饭后吃的。",
    "药师说“左甲状腺素钠片”要空腹服用，和早饭隔多久合适？30 分钟够吗？",
    "好的，谢谢医生！药寄到哪里？我现在在郑州东区上班。",
]
AUDIT_PROBLEMS = [
    ("用法、用量不适宜", "阿莫西林胶囊 0.5g q8h po 与医嘱频次“tid”描述不一致，请核对"),
    ("适应症不适宜", "诊断“急性咽炎”无细菌感染依据（WBC、CRP 未见升高），使用阿莫西林请补充诊断"),
    ("遴选的药品不适宜", "患者年龄 ≥75 岁，布洛芬缓释胶囊长期使用需评估消化道出血风险"),
    ("重复给药", "缬沙坦胶囊与处方外自备的“厄贝沙坦”同为 ARB 类"),
]
INFUSIONS = [  # (solvent, drug, strength per 支, dose, frequency): a 门诊 输液 group
    ("0.9%氯化钠注射液", "注射用头孢曲松钠", "1.0g", "2.0g", "qd"),
    ("0.9%氯化钠注射液", "注射用头孢呋辛钠", "0.75g", "1.5g", "q12h"),
    ("5%葡萄糖注射液", "注射用阿奇霉素", "0.25g", "0.5g", "qd"),
    ("0.9%氯化钠注射液", "注射用泮托拉唑钠", "40mg", "40mg", "qd"),
]
PHARMACIES = ["大参林（金水路店）", "张仲景大药房（经三路店）", "老百姓大药房（紫荆山店）", "海王星辰（农业路店）"]


def rx_line(c: Corpus, name: str, days: int) -> dict:
    """One prescription line as the doctor's station posts it: dose, Sig and the packs the days need."""
    strength, unit, per_pack, word, multiples, freqs, route = DRUGS[name]
    units = Fraction(c.pick(multiples))
    freq = c.pick(freqs)
    if unit == "吸":
        dose = f"{units}吸"
    else:
        dose = f"{dec(units * Fraction(strength))}{unit}"
    prn = name == "布洛芬缓释胶囊" and c.chance(0.5)
    sig_dose = "1#" if units == 1 and word in "片粒" and c.chance(0.3) else dose
    sig = f"{sig_dose} {freq} {route}" + (" prn" if prn else "") + (" ac" if name.startswith("雷贝拉唑") else "")
    packs = math.ceil(units * TIMES_A_DAY[freq] * days / per_pack)
    spec = f"{strength}×{per_pack}{word}" if unit == "吸" else f"{strength}{unit}×{per_pack}{word}"
    return {
        "drugName": name,
        "spec": spec,
        "dose": dose,
        "unitsPerDose": float(units) if units.denominator > 1 else int(units),
        "freq": freq,
        "route": route,
        "prn": prn,
        "days": days,
        "qty": packs,
        "packUnit": "盒" if unit != "吸" else "支",
        "sig": sig,
    }


def rx_no(c: Corpus, d: datetime) -> str:
    return f"RX{d:%Y%m%d}{c.digits(6)}"


@family("internet-hospital-rx")
def internet_hospital_rx(c: Corpus) -> None:
    f = "internet-hospital-rx"
    ref = f"{SITE}/hlwyy/index.html"
    for _ in range(N):
        q = [("deptCode", c.pick(DEPTS)), ("source", c.pick(["wx", "app", "h5"])), ("hosId", c.num(1001, 1010))]
        c.add(f, "consult-page", "GET", "/hlwyy/fz/index.html?" + qs(q, form), page(c, c.pick([ref, None]), 0.8))
    for _ in range(N):
        q = [("dept", c.pick(DEPTS)), ("online", 1), ("title", c.pick(["", "主任医师", "副主任医师"]))]
        q += [("pageNo", c.num(1, 3)), ("pageSize", 10)]
        c.add(f, "doctor-list", "GET", "/hlwyy/api/doctor/list?" + qs(q, axios), client(c, ref, None, 0.5))
    for _ in range(N):
        today = c.day(0, 0)
        (code, name), _drugs = c.pick(list(CHRONIC.items()) + list(ACUTE.items()))
        first = today - timedelta(days=c.num(20, 700))
        doc = {
            "patientIdNo": adult_id(c, today.date(), 18, 85),
            "isRevisit": True,
            "firstVisitHospital": c.pick(list(HOSPITALS)),
            "firstVisitDate": ymd_of(first),
            "diagnosisCode": code,
            "diagnosisName": name,
            "symptoms": c.pick(SYMPTOMS),
            "allergy": c.pick(["无", "青霉素过敏", "磺胺类过敏", "无，海鲜过敏"]),
            "currentMeds": c.pick(["苯磺酸氨氯地平片 5mg qd", "二甲双胍 0.5g bid", "无", "优甲乐 50μg qd"]),
            "submitTime": hms(today),
        }
        c.add(f, "revisit-questionnaire", "POST", "/hlwyy/api/revisit/form", client(c, ref, mp=0.6), js_doc(doc))
    for _ in range(N):
        t = c.day(-30, 0)
        parts = [
            ("consultId", f"FZ{t:%Y%m%d}{c.digits(6)}"),
            ("type", c.pick(["门诊病历", "出院小结", "检查报告"])),
            ("file", (f"tmp_{c.hexs(16)}.jpg", "image/jpeg", jpeg(c, c.num(1200, 3000)))),
        ]
        h, body = wx_upload(c, parts)
        c.add(f, "record-upload", "POST", "/hlwyy/api/file/upload", h, body)
    for _ in range(N):
        doc = {
            "sessionId": f"FZ{c.day(-5, 0):%Y%m%d}{c.digits(6)}",
            "from": "patient",
            "msgType": "text",
            "content": c.pick(MESSAGES),
            "clientMsgId": c.uid(),
            "ts": c.ms(),
        }
        h = miniprogram(c, JSON_CT) if c.chance(0.6) else app_headers(c, *APP, JSON_CT)
        c.add(f, "consult-message", "POST", "/hlwyy/im/api/send", h, js_doc(doc))
    for _ in range(N):
        t = c.when()
        chronic = c.chance(0.6)
        (code, name), drugs = c.pick(list((CHRONIC if chronic else ACUTE).items()))
        days = c.pick([14, 28, 28, 56, 84]) if chronic else c.pick([3, 5, 7])
        idno = adult_id(c, t.date(), 20, 85)
        doc = {
            "rxNo": rx_no(c, t),
            "consultId": f"FZ{t:%Y%m%d}{c.digits(6)}",
            "rxType": "长期处方" if chronic else "普通处方",
            "patient": {"name": c.person(), "idNo": idno, "sex": sex_of(idno), "age": age_on(idno, t.date())},
            "diagnosis": [{"code": code, "name": name}],
            "items": [rx_line(c, d, days) for d in drugs[: c.num(1, len(drugs))]],
            "doctor": c.person(),
            "doctorCode": physician_code(c, 1),
            "signTime": hms(t),
        }
        h = authed(web(c, JSON_CT, 0.0, f"{SITE}/hlwyy/doctor/workbench.html"), c)
        c.add(f, "rx-submit", "POST", "/hlwyy/doctor/api/rx/submit", h, js_doc(doc))
    for _ in range(N):
        q = [("rxNo", rx_no(c, c.day(-3, 0))), ("_", c.ms())]
        c.add(f, "rx-status-poll", "GET", "/hlwyy/api/rx/status?" + qs(q, axios), client(c, ref, None, 0.6))
    for _ in range(N):
        submitted = c.when()
        passed = c.chance(0.6)
        problems = [] if passed else [{"type": t, "detail": d} for t, d in c.sample(AUDIT_PROBLEMS, c.num(1, 2))]
        doc = {
            "rxNo": rx_no(c, submitted),
            "submitTime": hms(submitted),
            "auditTime": hms(submitted + timedelta(minutes=c.num(1, 40), seconds=c.num(0, 59))),
            "result": "通过" if passed else "不通过",
            "problems": problems,
            "pharmacist": c.person(),
        }
        h = authed(web(c, JSON_CT, 0.0, f"{SITE}/hlwyy/pharmacist/audit.html"), c)
        c.add(f, "rx-audit-result", "POST", "/hlwyy/pharmacist/api/audit", h, js_doc(doc))
    for _ in range(N):
        t = c.when()
        solvent, drug, strength, dose, freq = c.pick(INFUSIONS)
        days = c.num(1, 3)
        per_day = TIMES_A_DAY[freq]
        vials = math.ceil(Decimal(dose.rstrip("mg")) / Decimal(strength.rstrip("mg")))
        items = [
            {"drug": solvent, "spec": "100ml", "dose": "100ml", "qty": per_day * days, "unit": "袋"},
            {"drug": drug, "spec": f"{strength}/支", "dose": dose, "qty": vials * per_day * days, "unit": "支"},
        ]
        doc = {
            "hisRxNo": f"MZ{t:%Y%m%d}{c.digits(7)}",
            "dept": c.pick(["急诊内科", "呼吸与危重症医学科", "儿科", "消化内科"]),
            "patientAge": c.num(18, 80),
            "group": {"groupNo": 1, "freq": freq, "route": "iv.gtt", "days": days, "dropRate": "40-60滴/分"},
            "items": items,
            "skinTest": "皮试(-)" if "头孢" in drug else "",
            "time": hms(t),
        }
        h = service(
            c, c.pick(["Apache-HttpClient/4.5.13 (Java/1.8.0_392)", "Java/17.0.9"]), {"X-Hos-Code": c.digits(9)}
        )
        c.add(f, "his-rx-precheck", "POST", "/hlwyy/hlyy/api/precheck", h, js_doc(doc))
    for _ in range(N):
        t = c.when()
        name = c.pick([d for ds in CHRONIC.values() for d in ds])
        line = rx_line(c, name, c.pick([14, 28]))
        dispenser, checker = c.sample(["王静", "李娜", "张伟", "刘洋", "陈晨", "赵敏"], 2)
        doc = {
            "rxNo": rx_no(c, t - timedelta(hours=c.num(1, 30))),
            "pickupCode": c.digits(6),
            "store": c.pick(PHARMACIES),
            "items": [
                {"drugName": line["drugName"], "spec": line["spec"], "qty": line["qty"], "dispensed": line["qty"]}
            ],
            "dispenser": dispenser,
            "checker": checker,
            "dispenseTime": hms(t),
        }
        h = service(c, "okhttp/4.12.0", {"X-Store-Id": f"YD{c.digits(8)}", "X-Sign": c.hexs(16)})
        c.add(f, "pharmacy-dispense", "POST", "/hlwyy/cflz/api/dispense", h, js_doc(doc))
    for _ in range(N):
        drug_fee = Decimal(c.num(1500, 48000)) / 100
        ship = Decimal(0) if drug_fee >= 99 else Decimal(c.pick([8, 10, 12]))
        doc = {
            "rxNo": rx_no(c, c.day(-2, 0)),
            "receiver": c.person(),
            "mobile": c.mobile(),
            "address": address(c),
            "drugFee": money(drug_fee),
            "shipFee": money(ship),
            "total": money(drug_fee + ship),
        }
        c.add(f, "delivery-order", "POST", "/hlwyy/api/delivery/create", client(c, ref, mp=0.7), js_doc(doc))


# --- lab-imaging-report ------------------------------------------------------------------------------------

LAB = {  # code: (name, unit, low, high, decimals, LOINC, UCUM unit): WS/T 404, WS/T 405 adult ranges
    "K": ("钾", "mmol/L", "3.5", "5.3", 2, "2823-3", "mmol/L"),
    "GLU": ("葡萄糖", "mmol/L", "3.9", "6.1", 2, "2345-7", "mmol/L"),
    "ALT": ("丙氨酸氨基转移酶", "U/L", "9", "50", 0, "1742-6", "U/L"),
    "AST": ("天门冬氨酸氨基转移酶", "U/L", "15", "40", 0, "1920-8", "U/L"),
    "CREA": ("肌酐", "μmol/L", "57", "111", 0, "2160-0", "umol/L"),
    "UA": ("尿酸", "μmol/L", "208", "428", 0, "3084-1", "umol/L"),
    "TG": ("甘油三酯", "mmol/L", "0", "1.7", 2, "2571-8", "mmol/L"),
    "LDL-C": ("低密度脂蛋白胆固醇", "mmol/L", "0", "3.4", 2, "13457-7", "mmol/L"),
    "WBC": ("白细胞计数", "×10^9/L", "3.5", "9.5", 2, "6690-2", "10*9/L"),
    "HGB": ("血红蛋白", "g/L", "130", "175", 0, "718-7", "g/L"),
    "PLT": ("血小板计数", "×10^9/L", "125", "350", 0, "777-3", "10*9/L"),
    "HbA1c": ("糖化血红蛋白", "%", "4.0", "6.0", 1, "4548-4", "%"),
    "TSH": ("促甲状腺激素", "mIU/L", "0.27", "4.2", 3, "3016-3", "m[IU]/L"),
}
WHOLE_BLOOD = ("WBC", "HGB", "PLT", "HbA1c")  # the rest are 血清 items
QUALITATIVE = [  # (code, name, results, reference)
    ("HBsAg", "乙型肝炎病毒表面抗原", ["阴性(-)", "阴性(-)", "阳性(+)"], "阴性(-)"),
    ("Anti-HCV", "丙型肝炎病毒抗体", ["阴性(-)"], "阴性(-)"),
    ("TP-Ab", "梅毒螺旋体抗体", ["阴性(-)", "阴性(-)", "阳性(+)"], "阴性(-)"),
    ("ANA", "抗核抗体", ["<1:100", "1:100", "1:320"], "<1:100"),
]
LIMITED = [  # (code, name, result, unit, reference, flag): results beyond the assay's range
    ("CRP", "C反应蛋白", "<0.5", "mg/L", "0-10", ""),
    ("CA19-9", "糖类抗原19-9", ">1000", "U/mL", "0-37", "↑"),
    ("FER", "铁蛋白", ">1500", "ng/mL", "30-400", "↑"),
]
CT_FINDINGS = [
    (
        "胸部",
        "双肺纹理清晰，右肺上叶尖段见一磨玻璃结节，大小约 6 mm×5 mm，边界清；纵隔内未见肿大淋巴结。",
        "右肺上叶磨玻璃结节（Lung-RADS 2 类），建议 12 个月后复查 CT。",
    ),
    (
        "头颅",
        "脑实质内未见异常密度影，脑室系统未见扩大，中线结构居中；双侧上颌窦黏膜稍增厚。",
        "1. 颅脑 CT 平扫未见明显异常；2. 双侧上颌窦炎。",
    ),
    (
        "腹部",
        "肝脏形态大小正常，肝内见数个类圆形低密度影，最大约 12 mm，CT 值约 8 HU；胆囊不大，壁不厚。",
        "肝多发囊肿。",
    ),
    (
        "腰椎",
        "L4/5 椎间盘向后突出约 4 mm，硬膜囊受压；L5/S1 椎间盘膨出；诸椎体缘骨质增生。",
        "L4/5 椎间盘突出（中央型）；L5/S1 椎间盘膨出；腰椎退行性变。",
    ),
]
QUESTIONS = [
    "ALT 68 U/L ↑、AST 45 U/L ↑，最近喝酒比较多，需要吃保肝药吗？多久复查？",
    "报告上写“右肺上叶磨玻璃结节 6 mm×5 mm”，是不是肺癌？需要手术吗？",
    "HBsAg 阴性(-)，但是抗-HBs 也是阴性，要不要再打一次乙肝疫苗？",
    "尿酸 486 μmol/L ↑，脚不疼，需要吃非布司他吗？",
]


def lab_value(c: Corpus, code: str) -> tuple[str, str]:
    """(result text, flag) of one quantitative item: ↑ above the range, ↓ below, "" inside."""
    _name, _unit, low, high, places, _loinc, _ucum = LAB[code]
    lo, hi = Decimal(low), Decimal(high)
    span = (hi - lo) or hi
    value = lo - span * Decimal(c.num(0, 25)) / 100 + span * Decimal(c.num(0, 150)) / 100
    value = max(value, Decimal(0)).quantize(Decimal(1).scaleb(-places))
    return str(value), "↑" if value > hi else ("↓" if value < lo else "")


def report_no(c: Corpus, kind: str, d: datetime) -> str:
    return f"{kind}{d:%Y%m%d}{c.digits(7)}"


@family("lab-imaging-report")
def lab_imaging_report(c: Corpus) -> None:
    f = "lab-imaging-report"
    ref = f"{SITE}/jcjy/index.html"
    for _ in range(N):
        end = c.day(-3, 0)
        q = [("cardNo", c.pick([adult_id(c), f"JZK{c.digits(10)}"])), ("type", c.pick(["LIS", "PACS", "ALL"]))]
        q += [("start", ymd_of(end - timedelta(days=c.pick([30, 90, 180])))), ("end", ymd_of(end))]
        c.add(f, "report-list", "GET", "/jcjy/api/report/list?" + qs(q, axios), client(c, ref, None, 0.6))
    for _ in range(N):
        q = [("reportNo", report_no(c, "LIS", c.day(-20, 0))), ("hosId", c.num(1001, 1010))]
        c.add(f, "lab-detail", "GET", "/jcjy/api/report/lis/detail?" + qs(q, axios), client(c, ref, None, 0.6))
    for _ in range(N):
        collected = c.when()
        received = collected + timedelta(minutes=c.num(10, 90))
        reported = received + timedelta(minutes=c.num(30, 300))
        items = []
        specimen = c.pick(["血清", "血清", "全血（EDTA-K2 抗凝）"])
        panel = [k for k in LAB if (k in WHOLE_BLOOD) == specimen.startswith("全血")]
        for code in c.sample(panel, c.num(3, min(7, len(panel)))):
            result, flag = lab_value(c, code)
            name, unit, low, high, *_ = LAB[code]
            items.append(
                {"code": code, "name": name, "result": result, "unit": unit, "ref": f"{low}-{high}", "flag": flag}
            )
        if c.chance(0.5) and specimen == "血清":
            code, name, results, reference = c.pick(QUALITATIVE)
            result = c.pick(results)
            items.append(
                {
                    "code": code,
                    "name": name,
                    "result": result,
                    "unit": "",
                    "ref": reference,
                    "flag": "" if result == reference else "H",
                }
            )
        if c.chance(0.4) and specimen == "血清":
            code, name, result, unit, reference, flag = c.pick(LIMITED)
            items.append({"code": code, "name": name, "result": result, "unit": unit, "ref": reference, "flag": flag})
        idno = adult_id(c, collected.date())
        doc = {
            "reportNo": report_no(c, "LIS", reported),
            "orgCode": hn_uscc(c),
            "patient": {"name": c.person(), "idNo": idno, "sex": sex_of(idno), "age": age_on(idno, collected.date())},
            "specimen": specimen,
            "collectTime": hms(collected),
            "receiveTime": hms(received),
            "reportTime": hms(reported),
            "items": items,
        }
        h = service(
            c, c.pick(["Apache-HttpClient/4.5.13 (Java/1.8.0_392)", "Java/17.0.9"]), {"X-Org-Code": c.digits(9)}
        )
        c.add(f, "lis-push", "POST", "/jcjy/hr/api/lis/upload", h, js_doc(doc))
    for _ in range(N):
        issued = c.when()
        patient = f"Patient/{c.digits(10)}"
        entries = []
        for code in c.sample(list(LAB), c.num(2, 5)):
            result, flag = lab_value(c, code)
            name, _unit, low, high, _p, loinc, ucum = LAB[code]
            interp = {"↑": "H", "↓": "L", "": "N"}[flag]
            obs = {
                "resourceType": "Observation",
                "id": c.uid(),
                "status": "final",
                "code": {"coding": [{"system": "http://loinc.org", "code": loinc, "display": name}], "text": name},
                "subject": {"reference": patient},
                "effectiveDateTime": f"{issued - timedelta(hours=c.num(2, 8)):%Y-%m-%dT%H:%M:%S+08:00}",
                "valueQuantity": {
                    "value": float(result),
                    "unit": ucum,
                    "system": "http://unitsofmeasure.org",
                    "code": ucum,
                },
                "interpretation": [
                    {
                        "coding": [
                            {
                                "system": "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation",
                                "code": interp,
                            }
                        ]
                    }
                ],
                "referenceRange": [
                    {"low": {"value": float(low), "unit": ucum}, "high": {"value": float(high), "unit": ucum}}
                ],
            }
            entries.append({"fullUrl": f"urn:uuid:{obs['id']}", "resource": obs})
        doc = {
            "resourceType": "Bundle",
            "type": "collection",
            "timestamp": f"{issued:%Y-%m-%dT%H:%M:%S+08:00}",
            "entry": entries,
        }
        h = service(c, "HAPI-FHIR/6.10.0 (FHIR Client; FHIR 4.0.1/R4; apache)", None, "application/fhir+json")
        c.add(f, "fhir-observation", "POST", "/jcjy/fhir/Bundle", h, js_doc(doc))
    for _ in range(N):
        studied = c.when()
        reported = studied + timedelta(minutes=c.num(20, 240))
        part, findings, impression = c.pick(CT_FINDINGS)
        doc = {
            "studyNo": f"CT{studied:%Y%m%d}{c.digits(5)}",
            "accessionNo": c.digits(12),
            "modality": "CT",
            "examName": f"{part} CT 平扫",
            "studyTime": hms(studied),
            "reportTime": hms(reported),
            "auditTime": hms(reported + timedelta(minutes=c.num(5, 120))),
            "findings": findings,
            "impression": impression,
            "reporter": c.person(),
            "auditor": c.person(),
        }
        h = service(c, "Apache-HttpClient/4.5.13 (Java/1.8.0_392)", {"X-Org-Code": c.digits(9)})
        c.add(f, "imaging-report", "POST", "/jcjy/hr/api/pacs/upload", h, js_doc(doc))
    for _ in range(N):
        doc = {
            "idNo": adult_id(c),
            "items": c.sample(["K", "GLU", "ALT", "CREA", "WBC", "HGB", "HbA1c", "CT-胸部", "DR-胸部", "MR-腰椎"], 3),
            "withinDays": c.pick([7, 14, 30, 90]),
            "requestOrg": c.pick(list(HOSPITALS)),
            "doctorCode": physician_code(c, 1),
        }
        h = service(c, "Apache-HttpClient/4.5.13 (Java/1.8.0_392)", {"Authorization": f"Bearer {c.b64(24, True)}"})
        c.add(f, "mutual-recognition-query", "POST", "/jcjy/hr/api/query", h, js_doc(doc))
    for _ in range(N):
        kind = c.pick(["LIS", "PACS"])
        c.add(f, "report-pdf", "GET", f"/jcjy/report/pdf/{report_no(c, kind, c.day(-20, 0))}.pdf", page(c, ref, 0.6))
    for _ in range(N):
        q = [("code", c.alnum(12)), ("exp", c.ms() // 1000), ("from", c.pick(["singlemessage", "groupmessage"]))]
        c.add(f, "report-share", "GET", "/jcjy/share.html?" + qs(q, form), wx_nav(c))
    for _ in range(N):
        q = [("no", report_no(c, c.pick(["LIS", "PACS"]), c.day(-60, 0))), ("sign", c.hexs(16))]
        c.add(f, "qr-verify", "GET", "/jcjy/verify?" + qs(q, form), wx_nav(c))
    for _ in range(N):
        doc = {"reportNo": report_no(c, "LIS", c.day(-10, 0)), "question": c.pick(QUESTIONS), "mobile": c.mobile()}
        c.add(f, "interpret-question", "POST", "/jcjy/api/consult/ask", client(c, ref, mp=0.5), js_doc(doc))


# --- family-doctor-followup --------------------------------------------------------------------------------

PACKAGES = {  # 服务 包: who may sign it (age range, sex, condition)
    "基础包": (0, 120, None),
    "老年人健康管理包": (65, 120, None),
    "高血压管理包": (18, 120, "高血压"),
    "糖尿病管理包": (18, 120, "糖尿病"),
    "孕产妇健康管理包": (18, 49, "女"),
    "0-6岁儿童健康管理包": (0, 6, None),
}
FD_APP = ("cn.gov.hnwjw.jtys", "2.8.0")  # the 家庭 医生 App of the 签约 医生
FD_MESSAGES = [
    "王医生，我妈最近早上血压 150/95 左右，氨氯地平一直在吃，要不要加药？",
    "体检报告出来了，空腹血糖 6.9，医生说是“糖尿病前期”，平时饮食要注意什么？",
    "下周三我要去儿子那里住一个月（郑州→上海），药能一次多开点吗？",
    "请问社区什么时候能打带状疱疹疫苗？我 68 岁了，有高血压。",
]


def bmi(weight_kg: Decimal, height_cm: int) -> Decimal:
    """BMI = kg / m², one decimal as the 随访 表 records it."""
    m = Decimal(height_cm) / 100
    return (weight_kg / (m * m)).quantize(Decimal("0.1"))


def followup_class(controlled: bool) -> tuple[str, int]:
    """(随访 分类, days to the next 随访): 控制 满意 in 3 months, 不满意 within 2 weeks."""
    return ("控制满意", 90) if controlled else ("控制不满意", 14)


@family("family-doctor-followup")
def family_doctor_followup(c: Corpus) -> None:
    f = "family-doctor-followup"
    ref = f"{SITE}/jtys/index.html"
    for _ in range(N):
        q = [("orgName", c.pick(COMMUNITY)), ("region", c.pick(COUNTIES)), ("page", c.num(1, 3))]
        c.add(f, "team-list", "GET", "/jtys/api/team/list?" + qs(q, axios), client(c, ref, None, 0.6))
    for _ in range(N):
        start = c.day(0, 10).date()
        package = c.pick(list(PACKAGES))
        lo, hi, cond = PACKAGES[package]
        idno = hn_id(c, born_at(c, start, max(lo, 0), min(hi, 90)), False if cond == "女" else None)
        doc = {
            "idNo": idno,
            "name": c.person(),
            "mobile": c.mobile(),
            "packages": [package] if package == "基础包" else ["基础包", package],
            "conditions": [cond] if cond in ("高血压", "糖尿病") else [],
            "team": c.pick(COMMUNITY) + f"{c.num(1, 9)}号团队",
            "startDate": ymd_of(start),
            "endDate": ymd_of(years_later(start, 1) - timedelta(days=1)),
            "agreeProtocol": True,
        }
        c.add(f, "sign-apply", "POST", "/jtys/api/sign/apply", client(c, ref, mp=0.6), js_doc(doc))
    for _ in range(N):
        q = [("signId", f"QY{c.day(-300, 0):%Y%m%d}{c.digits(6)}"), ("from", c.pick(["sms", "wx"]))]
        c.add(f, "agreement-page", "GET", "/jtys/xy.html?" + qs(q, form), page(c, None, 0.8, "none"))
    for _ in range(N):
        visit = c.day(-30, 0)
        sbp, dbp = c.num(112, 168), c.num(68, 102)
        height = c.num(150, 182)
        weight = Decimal(c.num(450, 950)) / 10
        category, days = followup_class(sbp < 140 and dbp < 90)
        doc = {
            "idNo": adult_id(c, visit.date(), 35, 88),
            "visitDate": ymd_of(visit),
            "visitWay": c.pick(["门诊", "家庭", "电话"]),
            "symptoms": c.sample(["无症状", "头痛头晕", "恶心呕吐", "眼花耳鸣", "心悸胸闷"], c.num(1, 2)),
            "sbp": sbp,
            "dbp": dbp,
            "heartRate": c.num(58, 96),
            "height": height,
            "weight": float(weight),
            "bmi": float(bmi(weight, height)),
            "saltIntake": c.pick(["轻", "中", "重"]),
            "adherence": c.pick(["规律", "间断", "不服药"]),
            "category": category,
            "nextVisit": ymd_of(visit + timedelta(days=days)),
            "meds": [{"name": "苯磺酸氨氯地平片", "usage": "5mg qd po"}],
        }
        c.add(f, "hypertension-followup", "POST", "/jtys/app/api/sf/gxy", app_headers(c, *FD_APP, JSON_CT), js_doc(doc))
    for _ in range(N):
        visit = c.day(-30, 0)
        fbg = Decimal(c.num(48, 115)) / 10
        height = c.num(150, 182)
        weight = Decimal(c.num(480, 980)) / 10
        category, days = followup_class(fbg < 7)
        doc = {
            "idNo": adult_id(c, visit.date(), 35, 88),
            "visitDate": ymd_of(visit),
            "fbg": float(fbg),
            "hba1c": c.pick([None, c.num(55, 98) / 10]),
            "sbp": c.num(112, 160),
            "dbp": c.num(68, 98),
            "height": height,
            "weight": float(weight),
            "bmi": float(bmi(weight, height)),
            "hypoglycemia": c.pick(["无", "偶尔"]),
            "category": category,
            "nextVisit": ymd_of(visit + timedelta(days=days)),
            "meds": [{"name": "盐酸二甲双胍缓释片", "usage": "0.5g bid po"}],
        }
        c.add(f, "diabetes-followup", "POST", "/jtys/app/api/sf/tnb", app_headers(c, *FD_APP, JSON_CT), js_doc(doc))
    for _ in range(N):
        t = c.when()
        readings = []
        for _r in range(c.num(1, 4)):
            t += timedelta(minutes=c.num(2, 600))
            sbp = c.num(105, 170)
            readings.append({"t": hms(t), "sbp": sbp, "dbp": c.num(60, min(105, sbp - 25)), "pulse": c.num(55, 100)})
        doc = {
            "deviceSn": f"BP{c.alnum(10, '0123456789ABCDEF')}",
            "idNo": adult_id(c, None, 40, 85),
            "readings": readings,
        }
        h = service(c, "Go-http-client/1.1", {"X-Device-Token": c.hexs(16)})
        c.add(f, "bp-device-push", "POST", "/jtys/iot/api/bp", h, js_doc(doc))
    for _ in range(N):
        taken = [
            {"drug": d, "time": c.pick(["07:30", "08:00", "20:00", "21:30"]), "done": c.chance(0.8)}
            for d in c.sample(
                ["苯磺酸氨氯地平片", "盐酸二甲双胍缓释片", "阿托伐他汀钙片", "阿司匹林肠溶片"], c.num(1, 3)
            )
        ]
        done = sum(x["done"] for x in taken)
        doc = {
            "date": ymd_of(c.day(-7, 0)),
            "taken": taken,
            "adherence": "规律" if done == len(taken) else ("不服药" if done == 0 else "间断"),
        }
        c.add(f, "medication-checkin", "POST", "/jtys/mp/api/med/checkin", miniprogram(c, JSON_CT), js_doc(doc))
    for _ in range(N):
        day = open_day(c.day(2, 20).date())
        doc = {
            "idNo": adult_id(c, day, 65, 90),
            "org": c.pick(COMMUNITY),
            "date": ymd_of(day),
            "slot": c.pick(["07:30-08:30", "08:30-09:30", "09:30-10:30"]),
            "items": ["一般体格检查", "血常规", "尿常规", "肝功能", "肾功能", "血脂", "空腹血糖", "心电图", "腹部B超"],
            "fasting": True,
        }
        c.add(f, "checkup-booking", "POST", "/jtys/api/tj/book", client(c, ref, mp=0.5), js_doc(doc))
    for _ in range(N):
        doc = {
            "signId": f"QY{c.day(-300, 0):%Y%m%d}{c.digits(6)}",
            "content": c.pick(FD_MESSAGES),
            "images": [],
            "ts": c.ms(),
        }
        c.add(f, "doctor-message", "POST", "/jtys/api/msg/send", wx_h5(c, JSON_CT, ref), js_doc(doc))
    for _ in range(N):
        fields = [
            ("signId", f"QY{c.day(-360, -300):%Y%m%d}{c.digits(6)}"),
            ("renew", "1"),
            ("changeTeam", c.pick(["0", "0", "1"])),
            ("reason", c.pick(["", "搬家到惠济区", "希望换女医生"])),
            ("mobile", c.mobile()),
        ]
        c.add(f, "contract-renew", "POST", "/jtys/sign/renew.do", jq_form(c, ref, 0.5), qs(fields, jq))


# --- vaccination-appointment -------------------------------------------------------------------------------

SCHEDULE = {  # 国家 免疫 规划 疫苗 儿童 免疫 程序 (2021 年版): the 月龄 of each 剂次
    "乙肝疫苗": (0, 1, 6),
    "卡介苗": (0,),
    "脊灰灭活疫苗": (2, 3),
    "脊灰减毒活疫苗": (4, 48),
    "百白破疫苗": (3, 4, 5, 18),
    "白破疫苗": (72,),
    "麻腮风疫苗": (8, 18),
    "乙脑减毒活疫苗": (8, 24),
    "A群流脑多糖疫苗": (6, 9),
    "A群C群流脑多糖疫苗": (36, 72),
    "甲肝减毒活疫苗": (18,),
}
MAKERS = {  # 生产 企业: (its vaccines here, the 批号 pattern this generator picks for it)
    "北京生物制品研究所有限责任公司": (("百白破疫苗", "白破疫苗", "麻腮风疫苗"), "yyyymmnnn"),
    "成都生物制品研究所有限责任公司": (("乙脑减毒活疫苗", "A群流脑多糖疫苗", "A群C群流脑多糖疫苗"), "yyyymmdd-n"),
    "华兰生物疫苗股份有限公司": (("流感病毒裂解疫苗", "乙肝疫苗"), "yyyymmnnL"),
    "Merck Sharp & Dohme LLC": (("9价人乳头瘤病毒疫苗",), "Lnnnnnn"),
    "GlaxoSmithKline Biologicals SA": (("重组带状疱疹疫苗（CHO细胞）",), "ALLLLnnnLL"),
}
CLINICS = [
    "金水区丰产路街道社区卫生服务中心预防接种门诊",
    "二七区妇幼保健院预防接种门诊",
    "管城回族区疾控中心成人接种门诊",
    "洛龙区开元路社区卫生服务中心接种门诊",
    "中牟县城关镇卫生院预防接种门诊",
]
CLINIC_SLOTS = ["08:00-09:00", "09:00-10:00", "10:00-11:00", "14:30-15:30", "15:30-16:30"]
SCHOOLS = ["郑州市金水区文化路第一小学", "郑州市第二幼儿园", "洛阳市涧西区东方红小学", "中牟县第一实验幼儿园"]
REACTIONS = [
    "接种后 6 小时出现发热，最高 38.2℃，接种部位红肿约 2 cm×2 cm，精神好，吃奶正常。",
    "第二天大腿注射处有硬结（约 1 厘米），不红不热，需要热敷吗？",
    "接种麻腮风后第 7 天出现低热 37.6℃，身上有少量红色皮疹，无咳嗽。",
    "打完 HPV 疫苗手臂酸痛 2 天，今天好多了，记录一下。",
]


def batch_no(c: Corpus, maker: str, made: date) -> str:
    """A 批号 in the pattern ``MAKERS`` picks for the maker (see the docstring)."""
    pattern = MAKERS[maker][1]
    if pattern == "yyyymmnnn":
        return f"{made:%Y%m}{c.num(1, 120):03d}"
    if pattern == "yyyymmdd-n":
        return f"{made:%Y%m%d}-{c.num(1, 9)}"
    if pattern == "yyyymmnnL":
        return f"{made:%Y%m}{c.num(1, 60):02d}{c.pick('ABC')}"
    if pattern == "Lnnnnnn":
        return f"{c.pick('RSTUVWXY')}{c.digits(6)}"
    return f"A{c.alnum(4, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{c.digits(3)}{c.alnum(2, 'ABCDEFGH')}"


def cert_no(c: Corpus, born: date) -> str:
    """儿童 预防 接种 证 编号 as the 省 平台 issues it: 接种 单位 区县 code, birth year, 6-digit 流水."""
    return f"{c.pick(COUNTIES)}{born:%Y}{c.digits(6)}"


def due_doses(born: date, on: date) -> set[tuple[str, int]]:
    """The (疫苗, 剂次) a child born on ``born`` is due by ``on``."""
    return {(v, i + 1) for v, months in SCHEDULE.items() for i, m in enumerate(months) if add_months(born, m) <= on}


@family("vaccination-appointment")
def vaccination_appointment(c: Corpus) -> None:
    f = "vaccination-appointment"
    ref = f"{SITE}/ymjz/index.html"
    for _ in range(N):
        q = [("region", c.pick(COUNTIES)), ("type", c.pick(["child", "adult", "hpv", "rabies"]))]
        q += [("lng", f"{c.num(113500, 113800) / 1000:.6f}"), ("lat", f"{c.num(34700, 34850) / 1000:.6f}")]
        c.add(f, "clinic-list", "GET", "/ymjz/api/clinic/list?" + qs(q, axios), client(c, ref, None, 0.7))
    for _ in range(N):
        q = [
            ("clinicId", c.num(41010001, 41070099)),
            ("date", ymd_of(c.day(1, 14))),
            ("vaccine", c.pick(list(SCHEDULE))),
        ]
        c.add(f, "slot-query", "GET", "/ymjz/api/slot/list?" + qs(q, axios), client(c, ref, None, 0.7))
    for _ in range(N):
        vaccine = c.pick(list(SCHEDULE))
        months = SCHEDULE[vaccine]
        dose = c.num(1, len(months))
        day = open_day(c.day(2, 14).date(), (0,))  # the 门诊 closes on Mondays
        born = add_months(day, -months[dose - 1]) - timedelta(days=c.num(0, 45))
        doc = {
            "childName": c.person(),
            "birthDate": ymd_of(born),
            "sex": c.pick(["男", "女"]),
            "certNo": cert_no(c, born),
            "vaccine": vaccine,
            "doseNo": dose,
            "clinic": c.pick(CLINICS),
            "date": ymd_of(day),
            "slot": c.pick(CLINIC_SLOTS),
            "guardian": c.person(),
            "guardianMobile": c.mobile(),
        }
        c.add(f, "child-booking", "POST", "/ymjz/mp/api/child/book", miniprogram(c, JSON_CT), js_doc(doc))
    for _ in range(N):
        registered = c.day(-20, 0).date()
        idno = hn_id(c, born_at(c, registered, 9, 45), male=False)
        doc = {
            "vaccine": "9价人乳头瘤病毒疫苗",
            "idNo": idno,
            "name": c.person(),
            "age": age_on(idno, registered),
            "mobile": c.mobile(),
            "clinic": c.pick(CLINICS),
            "registerDate": ymd_of(registered),
            "round": f"{registered:%Y%m}期",
            "healthDeclare": {"pregnant": False, "allergy": False, "fever": False},
        }
        c.add(f, "hpv-register", "POST", "/ymjz/api/hpv/register", client(c, ref, mp=0.7), js_doc(doc))
    for _ in range(N):
        q = [("regNo", f"HPV9{c.day(-40, 0):%Y%m}{c.digits(6)}"), ("idLast4", c.digits(3) + c.pick("0123456789X"))]
        c.add(f, "lottery-result", "GET", "/ymjz/api/hpv/lottery?" + qs(q, axios), client(c, ref, None, 0.7))
    for _ in range(N):
        maker = c.pick(list(MAKERS))
        made = c.day(-500, -60).date()
        q = [("qymc", maker), ("ph", batch_no(c, maker, made)), ("ym", c.pick(MAKERS[maker][0]))]
        c.add(f, "batch-lookup", "GET", "/ymjz/api/batch/query?" + qs(q, axios), client(c, ref, None, 0.5))
    for _ in range(N):
        check = c.day(-30, 0).date()
        born = born_at(c, check, 3, 6)
        due = sorted(due_doses(born, check))
        done = [d for d in due if c.chance(0.9)]
        doc = {
            "childName": c.person(),
            "birthDate": ymd_of(born),
            "certNo": cert_no(c, born),
            "school": c.pick(SCHOOLS),
            "checkDate": ymd_of(check),
            "done": [{"vaccine": v, "doseNo": n} for v, n in done],
            "missing": [{"vaccine": v, "doseNo": n} for v, n in due if (v, n) not in done],
        }
        c.add(f, "school-check-cert", "POST", "/ymjz/api/cyjz/cert", client(c, ref, mp=0.4), js_doc(doc))
    for _ in range(N):
        maker = c.pick(list(MAKERS))
        vaccinated = c.when() - timedelta(days=c.num(1, 10))
        doc = {
            "vaccine": c.pick(MAKERS[maker][0]),
            "maker": maker,
            "batchNo": batch_no(c, maker, c.day(-400, -60).date()),
            "vaccinatedAt": hm(vaccinated),
            "onsetAt": hm(vaccinated + timedelta(minutes=c.num(20, 60 * 72))),
            "maxTemp": c.num(370, 393) / 10,
            "description": c.pick(REACTIONS),
            "reporterMobile": c.mobile(),
        }
        c.add(f, "reaction-report", "POST", "/ymjz/mp/api/aefi/report", miniprogram(c, JSON_CT), js_doc(doc))
    for _ in range(N):
        d = c.day(-300, 0)
        c.add(
            f,
            "knowledge-page",
            "GET",
            f"/ymjz/kp/{d:%Y%m}/t{d:%Y%m%d}_{c.num(200000, 299999)}.html",
            page(c, c.pick([ref, None]), 0.6),
        )
    for _ in range(N):
        q = [("clinicId", c.num(41010001, 41070099)), ("t", c.ms() // 1000), ("sign", c.hexs(8))]
        c.add(f, "checkin-qr", "GET", "/ymjz/checkin?" + qs(q, form), wx_nav(c))


# --- infectious-disease-report -----------------------------------------------------------------------------

DISEASES = {  # name: (甲/乙/丙 类, ICD-10 国家 临床 版 code, children mostly)
    "霍乱": ("甲类", "A00.901", False),
    "细菌性痢疾": ("乙类", "A03.901", True),
    "肺结核": ("乙类", "A15.001", False),
    "布鲁氏菌病": ("乙类", "A23.901", False),
    "猩红热": ("乙类", "A38.x01", True),
    "梅毒": ("乙类", "A53.901", False),
    "乙型病毒性肝炎": ("乙类", "B18.101", False),
    "艾滋病": ("乙类", "B24.x01", False),
    "其他感染性腹泻病": ("丙类", "A09.901", True),
    "手足口病": ("丙类", "B08.401", True),
    "流行性腮腺炎": ("丙类", "B26.901", True),
    "流行性感冒": ("丙类", "J11.101", True),
}
REPORT_HOURS = {"甲类": 2, "乙类": 24, "丙类": 24}  # 网络 直报 limits from 诊断
CASE_KINDS = ["疑似病例", "临床诊断病例", "确诊病例", "病原携带者"]
OCCUPATIONS = ["幼托儿童", "散居儿童", "学生", "农民", "工人", "离退人员", "家务及待业", "商业服务", "医务人员"]
EPI_TEXT = [
    "患儿 3 天前出现发热（38.5℃），手、足、臀部见散在疱疹，口腔疱疹 2 处；所在幼儿园同班近 1 周另有 2 例类似病例。",
    "患者自述发病前 1 周曾在家中饲养羊只（接羔），未采取防护；发热、乏力、多汗，夜间明显，关节酸痛。",
    "腹泻 6 次/日，水样便，无脓血，同餐者（3 人）中 1 人有类似症状，共同食用凉拌菜（自制）。",
    "咳嗽、咳痰 3 周，午后低热，盗汗；胸部 CT 示右上肺斑片影伴空洞，痰涂片抗酸杆菌（+）。",
]
REVISE_REASONS = ["实验室检测确诊", "诊断变更", "排除病例", "报告信息录入错误（现住址）"]


def card_no(c: Corpus, county: str, d: datetime) -> str:
    """报告 卡 编号 as the 直报 系统 shows it: 报告 单位 区县 code, 报告 date, 5-digit 流水."""
    return f"{county}{d:%Y%m%d}{c.num(1, 99999):05d}"


@family("infectious-disease-report")
def infectious_disease_report(c: Corpus) -> None:
    f = "infectious-disease-report"
    ref = f"{SITE}/crb/index.html"
    for _ in range(N):
        path = c.pick(["/crb/tbsm.html", "/crb/flml.html", "/crb/index.html", "/crb/ding-zheng.html"])
        c.add(f, "guide-page", "GET", path, page(c, f"{SITE}/jkzx/", 0.1))
    for _ in range(N):
        name = c.pick(list(DISEASES))
        cls, icd, child = DISEASES[name]
        diagnosed = c.when()
        onset = diagnosed.date() - timedelta(days=c.num(0, 20))
        reported = diagnosed + timedelta(minutes=c.num(5, 60 * REPORT_HOURS[cls] - 5))
        idno = hn_id(c, born_at(c, onset, 1, 6) if child and c.chance(0.8) else born_at(c, onset, 18, 80))
        age = age_on(idno, onset)
        doc = {
            "cardNo": card_no(c, idno[:6], reported),
            "name": c.person(),
            "parentName": c.person() if age < 14 else "",
            "idNo": idno,
            "sex": sex_of(idno),
            "age": age,
            "occupation": ("幼托儿童" if age < 7 else "学生") if age < 14 else c.pick(OCCUPATIONS[3:]),
            "address": address(c),
            "caseKind": c.pick(CASE_KINDS[:3]),
            "disease": name,
            "diseaseClass": cls,
            "icd10": icd,
            "onsetDate": ymd_of(onset),
            "diagnosisTime": hm(diagnosed),
            "reportTime": hm(reported),
            "reportOrg": c.pick(list(HOSPITALS)),
            "doctor": c.person(),
        }
        h = authed(web(c, JSON_CT, 0.0, f"{SITE}/crb/card/add.html"), c)
        c.add(f, "card-submit", "POST", "/crb/api/card/save", h, js_doc(doc))
    for _ in range(N):
        name = c.pick(list(DISEASES))
        t = c.when()
        doc = {
            "cardNo": card_no(c, c.pick(COUNTIES), t - timedelta(days=c.num(1, 20))),
            "reason": c.pick(REVISE_REASONS),
            "caseKind": "确诊病例",
            "disease": name,
            "icd10": DISEASES[name][1],
            "reviseTime": hm(t),
            "remark": c.pick(
                ["", "痰培养结核分枝杆菌阳性（3 月 12 日）", "血清 SAT 1:200（++）", "咽拭子 EV71 核酸阳性"]
            ),
        }
        h = authed(web(c, JSON_CT, 0.0, f"{SITE}/crb/card/revise.html"), c)
        c.add(f, "card-revise", "POST", "/crb/api/card/revise", h, js_doc(doc))
    for _ in range(N):
        name = c.pick(list(DISEASES))
        q = [("idNo", adult_id(c, None, 1, 80)), ("icd10", DISEASES[name][1]), ("days", c.pick([30, 90, 365]))]
        c.add(f, "duplicate-check", "GET", "/crb/api/card/dup?" + qs(q, axios), authed(web(c, None, 0.0, ref), c))
    for _ in range(N):
        end = c.day(-2, 0).date()
        fields = [
            ("startDate", ymd_of(end - timedelta(days=c.pick([7, 30, 90])))),
            ("endDate", ymd_of(end)),
            ("disease", c.pick(["", *DISEASES])),
            ("status", c.pick(["", "待审核", "已审核", "已订正", "已删除"])),
            ("region", c.pick(COUNTIES)),
            ("page", str(c.num(1, 6))),
            ("rows", "20"),
        ]
        c.add(f, "card-list", "POST", "/crb/card/list.do", jq_form(c, ref, 0.0), qs(fields, jq))
    for _ in range(N):
        reported = c.when()
        doc = {
            "cardNo": card_no(c, c.pick(COUNTIES), reported),
            "reportTime": hm(reported),
            "auditTime": hm(reported + timedelta(minutes=c.num(10, 60 * 23))),
            "result": c.pick(["审核通过", "审核通过", "退回订正"]),
            "opinion": c.pick(["", "现住址请填写到门牌号", "职业与年龄不符，请核实", "信息完整"]),
            "auditor": c.person(),
        }
        h = authed(web(c, JSON_CT, 0.0, f"{SITE}/crb/card/audit.html"), c)
        c.add(f, "card-audit", "POST", "/crb/api/card/audit", h, js_doc(doc))
    for _ in range(N):
        t = c.when()
        doc = {
            "cardNo": card_no(c, c.pick(COUNTIES), t - timedelta(days=c.num(0, 3))),
            "investigator": c.person(),
            "surveyTime": hm(t),
            "exposure": c.pick(EPI_TEXT),
            "contacts": [
                {
                    "name": c.person(),
                    "relation": c.pick(["父亲", "母亲", "同学", "同事"]),
                    "symptom": c.pick(["无", "发热"]),
                }
                for _ in range(c.num(1, 4))
            ],
            "travel": c.pick(["无外出", "发病前 14 天内去过郑州市金水区", "3 月 2 日—3 月 9 日在新疆伊犁（牧区）"]),
        }
        c.add(f, "epi-survey", "POST", "/crb/api/survey/save", authed(web(c, JSON_CT, 0.2, ref), c), js_doc(doc))
    for _ in range(N):
        t = c.when()
        parts = [
            ("cardNo", card_no(c, c.pick(COUNTIES), t)),
            ("testName", c.pick(["痰涂片抗酸染色", "虎红平板凝集试验", "TPPA", "肠道病毒通用型核酸"])),
            ("result", c.pick(["阳性", "阴性", "1:160（+）"])),
            ("file", ("检验报告.pdf", "application/pdf", pdf_head(c, c.num(400, 1100)))),
        ]
        h, body = upload(c, parts, f"{SITE}/crb/card/lab.html", 0.0)
        c.add(f, "lab-attach", "POST", "/crb/api/card/lab", authed(h, c), body)
    for _ in range(N):
        name = c.pick(list(DISEASES))
        t = c.when()
        doc = {
            "msgId": c.uid(),
            "orgCode": hn_uscc(c),
            "visitNo": f"MZ{t:%Y%m%d}{c.digits(7)}",
            "icd10": DISEASES[name][1],
            "diagnosisName": name,
            "diagnosisTime": hms(t),
            "deptName": c.pick(["儿科", "感染科", "呼吸与危重症医学科", "皮肤性病科", "消化内科"]),
            "doctorCode": physician_code(c, 1),
        }
        h = service(c, "Apache-HttpClient/4.5.13 (Java/1.8.0_392)", {"X-Org-Code": c.digits(9)})
        c.add(f, "his-push", "POST", "/crb/qzj/api/diagnosis", h, js_doc(doc))
    for _ in range(N):
        due = c.num(180, 1600)
        absent = c.num(0, 30)
        ill = c.num(0, absent)
        fever = c.num(0, ill)
        doc = {
            "schoolCode": f"41{c.digits(8)}",
            "date": ymd_of(open_day(c.day(-10, 0).date())),
            "session": c.pick(["晨检", "午检"]),
            "due": due,
            "present": due - absent,
            "absent": absent,
            "absentIll": ill,
            "symptoms": {"fever": fever, "cough": c.num(0, ill - fever), "diarrhea": 0, "rash": c.num(0, min(2, ill))},
            "reporter": c.person(),
        }
        c.add(f, "school-symptom-report", "POST", "/crb/xx/api/daily", client(c, ref, mp=0.6), js_doc(doc))


# --- cdc-public-service ------------------------------------------------------------------------------------

HAZARD_FACTORS = {  # GBZ 188-2014 职业 病 危害 因素 类别 and some of its factors
    "粉尘": ["矽尘（游离SiO2含量≥10%）", "煤尘", "电焊烟尘", "石棉粉尘"],
    "化学因素": ["苯", "甲苯", "正己烷", "铅及其无机化合物", "氨", "一氧化碳"],
    "物理因素": ["噪声", "高温", "手传振动", "紫外辐射"],
    "放射因素": ["电离辐射（X射线）"],
}
CHECK_KINDS = ["上岗前", "在岗期间", "离岗时"]
POSTS = ["打磨工", "电焊工", "喷漆工", "冲压工", "化验员", "锅炉工", "铸造工", "装卸工"]
MOSQUITOES = ["淡色库蚊", "致倦库蚊", "三带喙库蚊", "白纹伊蚊", "中华按蚊"]
LITERACY = [  # (题号, 类型, 分值, 正确 答案)
    ("1", "判断", 1, "对"),
    ("2", "判断", 1, "错"),
    ("3", "判断", 1, "对"),
    ("4", "单选", 1, "B"),
    ("5", "单选", 1, "C"),
    ("6", "单选", 1, "A"),
    ("7", "单选", 1, "D"),
    ("8", "多选", 2, "ABD"),
    ("9", "多选", 2, "BC"),
    ("10", "多选", 2, "ACD"),
]
RABIES_SCHEDULES = {"5针法": (0, 3, 7, 14, 28), "2-1-1": (0, 0, 7, 21)}
RABIES_SITES = ["左手食指", "右小腿", "左前臂", "右手背", "面部（左颊）"]


def literacy_score(answers: dict[str, str]) -> int:
    return sum(points for no, _kind, points, right in LITERACY if answers.get(no) == right)


@family("cdc-public-service")
def cdc_public_service(c: Corpus) -> None:
    f = "cdc-public-service"
    ref = f"{SITE}/jkzx/index.html"
    for _ in range(N):
        q = [("city", c.pick(CITIES)), ("category", c.pick(["", *HAZARD_FACTORS])), ("page", c.num(1, 3))]
        c.add(f, "occ-org-search", "GET", "/jkzx/zyjk/jglist.html?" + qs(q, form), page(c, ref, 0.3))
    for _ in range(N):
        kind = c.pick(CHECK_KINDS)
        day = open_day(c.day(3, 30).date())
        workers = []
        for _w in range(c.num(2, 6)):
            category = c.pick(list(HAZARD_FACTORS))
            factors = c.sample(HAZARD_FACTORS[category], c.num(1, min(2, len(HAZARD_FACTORS[category]))))
            workers.append(
                {"name": c.person(), "idNo": adult_id(c, day, 18, 59), "post": c.pick(POSTS), "factors": factors}
            )
        doc = {
            "entName": f"河南{c.pick(['中原', '豫鑫', '华信', '嵩岳'])}{c.pick(['机械', '化工', '铸造'])}有限公司",
            "uscc": hn_uscc(c, "91"),
            "checkKind": kind,
            "org": c.pick(["河南省职业病防治研究院", "郑州市第六人民医院（职业病科）", "洛阳市职业病防治所"]),
            "date": ymd_of(day),
            "workers": workers,
            "total": len(workers),
        }
        c.add(f, "occ-exam-booking", "POST", "/jkzx/zyjk/api/book", web(c, JSON_CT, 0.1, ref), js_doc(doc))
    for _ in range(N):
        q = [("idNo", adult_id(c, None, 18, 60)), ("reportNo", f"ZJ{c.day(-200, 0):%Y%m%d}{c.digits(5)}")]
        c.add(f, "occ-result-query", "GET", "/jkzx/zyjk/api/report?" + qs(q, axios), client(c, ref, None, 0.4))
    for _ in range(N):
        lamps, nights = c.num(4, 10), c.pick([1, 1, 2])
        counts = {m: c.num(0, 40) for m in c.sample(MOSQUITOES, c.num(2, 4))}
        total = sum(counts.values())
        doc = {
            "site": c.pick(["居民区", "公园", "医院", "农户", "牲畜棚"]),
            "region": c.pick(COUNTIES),
            "date": ymd_of(c.day(-15, 0)),
            "lamps": lamps,
            "nights": nights,
            "species": counts,
            "total": total,
            "density": float((Decimal(total) / (lamps * nights)).quantize(Decimal("0.01"))),
        }
        h = app_headers(c, "cn.gov.hncdc.bmjc", "1.6.0", JSON_CT)
        c.add(f, "mosquito-lamp", "POST", "/jkzx/bmjc/app/api/mosquito", h, js_doc(doc))
    for _ in range(N):
        households = c.num(50, 120)
        containers = c.num(30, 260)
        positive = c.num(0, min(containers, 25))
        doc = {
            "region": c.pick(COUNTIES),
            "date": ymd_of(c.day(-15, 0)),
            "households": households,
            "containers": containers,
            "positive": positive,
            "bi": float((Decimal(positive) * 100 / households).quantize(Decimal("0.1"))),
            "ci": float((Decimal(positive) * 100 / containers).quantize(Decimal("0.1"))),
        }
        h = app_headers(c, "cn.gov.hncdc.bmjc", "1.6.0", JSON_CT)
        c.add(f, "breteau-index", "POST", "/jkzx/bmjc/app/api/bi", h, js_doc(doc))
    for _ in range(N):
        boards = c.num(100, 300)
        valid = boards - c.num(0, 15)
        caught = c.num(0, 12)
        fields = [
            ("region", c.pick(COUNTIES)),
            ("habitat", c.pick(["城镇居民区", "特殊行业", "农村自然村"])),
            ("boards", str(boards)),
            ("validBoards", str(valid)),
            ("caught", str(caught)),
            ("density", f"{Decimal(caught) * 100 / valid:.2f}"),
        ]
        c.add(f, "rodent-board", "POST", "/jkzx/bmjc/shu/save.do", jq_form(c, ref, 0.1), qs(fields, jq))
    for _ in range(N):
        answers = {}
        for no, kind, _points, right in LITERACY:
            if c.chance(0.8):
                answers[no] = right
            else:
                answers[no] = {"判断": "对错", "单选": "ABCD", "多选": ["AB", "ABC", "BD", "CD"]}[kind][c.num(0, 1)]
        score = literacy_score(answers)
        total = sum(p for _n, _k, p, _r in LITERACY)
        doc = {
            "surveyId": f"SY{c.day(-30, 0):%Y}{c.num(1, 99):02d}",
            "age": c.num(15, 69),
            "answers": answers,
            "score": score,
            "total": total,
            "literate": 5 * score >= 4 * total,
        }
        c.add(f, "literacy-survey", "POST", "/jkzx/jksy/api/submit", client(c, ref, mp=0.5), js_doc(doc))
    for _ in range(N):
        q = [("region", c.pick(COUNTIES)), ("open24h", c.pick(["", "1"]))]
        c.add(f, "rabies-clinic", "GET", "/jkzx/kqb/clinic.html?" + qs(q, form), page(c, c.pick([ref, None]), 0.7))
    for _ in range(N):
        exposed = c.day(-3, 0)
        grade = c.pick(["Ⅱ级", "Ⅲ级", "Ⅲ级"])
        program = c.pick(list(RABIES_SCHEDULES))
        first = exposed.date() + timedelta(days=c.num(0, 1))
        doc = {
            "idNo": adult_id(c, first, 6, 75),
            "exposedAt": hm(exposed),
            "animal": c.pick(["犬（家养，已免疫）", "犬（流浪）", "猫（家养）"]),
            "site": c.pick(RABIES_SITES),
            "grade": grade,
            "program": program,
            "doses": [ymd_of(first + timedelta(days=d)) for d in RABIES_SCHEDULES[program]],
            "passiveImmunization": "狂犬病人免疫球蛋白 20 IU/kg" if grade == "Ⅲ级" else "",
        }
        c.add(f, "rabies-exposure", "POST", "/jkzx/kqb/api/register", web(c, JSON_CT, 0.2, ref), js_doc(doc))
    for _ in range(N):
        d = c.day(-300, 0)
        c.add(
            f,
            "science-page",
            "GET",
            f"/jkzx/kpzs/{d:%Y%m}/t{d:%Y%m%d}_{c.num(100000, 199999)}.html",
            page(c, c.pick([ref, None]), 0.6),
        )
    for _ in range(N):
        d = c.day(-300, 0)
        doc = {
            "page": f"/jkzx/kpzs/{d:%Y%m}/t{d:%Y%m%d}_{c.num(100000, 199999)}.html",
            "stay": c.num(2000, 300000),
            "scroll": c.num(5, 100),
            "ts": c.ms(),
        }
        c.add(f, "read-beacon", "POST", "/jkzx/api/stat/read", beacon(c, ref, 0.6), js_doc(doc))


# --- health-supervision ------------------------------------------------------------------------------------

WATER = {  # GB 5749-2022 指标: (unit, kind, limit); kind "max", "min", "range" or "none" (不应 检出)
    "总大肠菌群": ("MPN/100mL", "none", None),
    "大肠埃希氏菌": ("MPN/100mL", "none", None),
    "菌落总数": ("CFU/mL", "max", "100"),
    "砷": ("mg/L", "max", "0.01"),
    "铅": ("mg/L", "max", "0.01"),
    "氟化物": ("mg/L", "max", "1.0"),
    "硝酸盐（以N计）": ("mg/L", "max", "10"),
    "三氯甲烷": ("mg/L", "max", "0.06"),
    "浑浊度": ("NTU", "max", "1"),
    "pH": ("", "range", "6.5-8.5"),
    "总硬度（以CaCO3计）": ("mg/L", "max", "450"),
    "高锰酸盐指数（以O2计）": ("mg/L", "max", "3"),
    "游离氯（末梢水）": ("mg/L", "min", "0.05"),
}
VENUES = ["宾馆", "沐浴场所", "游泳场所", "美容美发场所", "候车室", "商场"]
COSMETIC_COMPLAINTS = [
    "本人于 2027 年 3 月 12 日在郑州市金水区某医疗美容诊所（店名见附件照片）做“玻尿酸填充鼻基底”，术前该诊所称"
    "使用的是“韩国进口正品”，术后第 3 天出现局部发红、硬结，联系诊所后对方只给了一支“消炎药膏”。我后来查询得知"
    "该诊所的《医疗机构执业许可证》诊疗科目中没有“美容外科”，操作人员也不是执业医师。请求卫生监督部门依法查处，"
    "并责令其退还费用 6800 元。",
    "在某生活美容店（非医疗机构）被推销“水光针”，工作人员自称“护士”，注射后面部出现多个红疹、瘙痒，已在省人民医院"
    "皮肤科就诊（病历附后）。店内无任何医疗资质公示，收费 3980 元未开发票。",
    "“光子嫩肤”术后左脸颊出现约 1.5 cm×1 cm 的色素沉着，已过 4 个月仍未消退。机构承诺“无效退款”，现在推脱说是"
    "个人体质问题。请核查该机构使用的设备是否取得医疗器械注册证，操作者是否具备资质。",
]
TIP_OFF = [
    "小区门口有人挂“祖传秘方治疗颈腰椎”的牌子，给人扎针、放血，没有任何资质。",
    "某足浴店后屋在做“输液调理”，晚上经常有人去，地址在二七区某路某号。",
    "游泳馆池水浑浊、有很重的氯味，孩子游完眼睛红，工作人员说水质每天都测，但没有公示。",
]


def water_ok(name: str, value: str) -> bool:
    _unit, kind, limit = WATER[name]
    if kind == "none":
        return value == "未检出"
    v = Decimal(value.lstrip("<"))
    if kind == "max":
        return v <= Decimal(limit)
    if kind == "min":
        return v >= Decimal(limit)
    lo, hi = (Decimal(x) for x in limit.split("-"))
    return lo <= v <= hi


def water_value(c: Corpus, name: str) -> str:
    _unit, kind, limit = WATER[name]
    if kind == "none":
        return "未检出" if c.chance(0.92) else str(c.num(1, 3))
    if kind == "range":
        return f"{c.num(62, 88) / 10:.1f}"
    lim = Decimal(limit)
    if kind == "min":
        return f"{lim * Decimal(c.num(60, 1200)) / 100:.2f}"
    value = lim * Decimal(c.num(5, 115)) / 100
    return f"<{limit}" if c.chance(0.15) else format(value.quantize(Decimal("0.001")).normalize(), "f")


def permit_no(c: Corpus) -> str:
    """公共 场所 卫生 许可证 号 as the 省 系统 prints it: 豫卫公证字（year）第 + 区县 code + 6 digits + 号."""
    return f"豫卫公证字（{c.num(2023, 2027)}）第{c.pick(COUNTIES)}{c.digits(6)}号"


@family("health-supervision")
def health_supervision(c: Corpus) -> None:
    f = "health-supervision"
    ref = f"{SITE}/wsjd/index.html"
    for _ in range(N):
        path = c.pick(["/wsjd/bszn/ggcs.html", "/wsjd/bszn/yyws.html", "/wsjd/index.html", "/wsjd/zfgs/index.html"])
        c.add(f, "guide-page", "GET", path, page(c, c.pick([f"{SITE}/", None]), 0.4))
    for _ in range(N):
        q = (
            [("xkzh", permit_no(c))]
            if c.chance(0.5)
            else [("dwmc", c.pick(["如家", "汉庭", "浴场", "游泳馆", "美发"]))]
        )
        q.append(("lx", c.pick(VENUES)))
        c.add(f, "permit-query", "GET", "/wsjd/api/xk/query?" + qs(q, axios), web(c, None, 0.5, ref))
    for _ in range(N):
        parts = [
            ("venueType", c.pick(VENUES)),
            (
                "unitName",
                f"郑州{c.pick(['悦客', '嵩岳', '中原', '金鼎'])}{c.pick(['酒店管理', '洗浴服务', '美发'])}有限公司",
            ),
            ("uscc", hn_uscc(c, "91")),
            ("address", address(c)),
            ("area", str(c.num(80, 3000))),
            ("promise", "1"),
            ("license", ("营业执照.jpg", "image/jpeg", jpeg(c, c.num(900, 2000)))),
            ("commitment", ("告知承诺书.pdf", "application/pdf", pdf_head(c, c.num(400, 1000)))),
        ]
        h, body = upload(c, parts, f"{SITE}/wsjd/xk/apply.html", 0.2)
        c.add(f, "permit-apply", "POST", "/wsjd/api/xk/apply", authed(h, c), body)
    for _ in range(N):
        q = [("region", c.pick(CITIES)), ("month", f"{c.day(-200, 0):%Y-%m}"), ("type", c.pick(["出厂水", "末梢水"]))]
        c.add(f, "water-results", "GET", "/wsjd/water/list.html?" + qs(q, form), page(c, ref, 0.4))
    for _ in range(N):
        results = []
        for name in c.sample(list(WATER), c.num(5, 10)):
            value = water_value(c, name)
            unit, _kind, limit = WATER[name]
            results.append(
                {"item": name, "value": value, "unit": unit, "limit": limit or "不应检出", "ok": water_ok(name, value)}
            )
        doc = {
            "pointCode": f"{c.pick(COUNTIES)}{c.pick(['CC', 'MS'])}{c.num(1, 99):02d}",
            "sampledAt": hm(c.when()),
            "results": results,
            "verdict": "合格" if all(r["ok"] for r in results) else "不合格",
        }
        h = service(c, "Apache-HttpClient/4.5.13 (Java/1.8.0_392)", {"X-Lab-Code": c.digits(6)})
        c.add(f, "water-push", "POST", "/wsjd/api/water/upload", h, js_doc(doc))
    for _ in range(N):
        parts = [
            ("name", c.person()),
            ("mobile", c.mobile()),
            ("idNo", adult_id(c, None, 18, 60)),
            ("orgName", c.pick(["某医疗美容诊所", "某生活美容店", "某医疗美容门诊部"])),
            ("orgAddress", address(c)),
            ("content", c.pick(COSMETIC_COMPLAINTS)),
        ]
        for i in range(c.num(1, 3)):
            parts.append((f"files[{i}]", (f"IMG_{c.digits(8)}.jpg", "image/jpeg", jpeg(c, c.num(900, 2500)))))
        if c.chance(0.4):
            parts.append(("receipt", ("收费凭证.pdf", "application/pdf", pdf_head(c, c.num(300, 700)))))
        h, body = upload(c, parts, f"{SITE}/wsjd/ts/yymr.html", 0.6)
        c.add(f, "cosmetic-complaint", "POST", "/wsjd/api/complaint/submit", h, body)
    for _ in range(N):
        q = [("tsbh", f"TS{c.day(-60, 0):%Y%m%d}{c.digits(4)}"), ("mobile", c.mobile())]
        c.add(f, "complaint-progress", "GET", "/wsjd/api/complaint/progress?" + qs(q, axios), web(c, None, 0.6, ref))
    for _ in range(N):
        start = c.day(-365, -30).date()
        fields = [
            ("keyword", c.pick(["", "医疗美容", "非法行医", "饮用水", "游泳", "未取得"])),
            ("wh", c.pick(["", f"郑卫{c.pick(['医', '公', '水'])}罚〔{c.num(2025, 2027)}〕{c.num(1, 300)}号"])),
            ("startDate", ymd_of(start)),
            ("endDate", ymd_of(start + timedelta(days=c.num(10, 300)))),
            ("page", str(c.num(1, 5))),
        ]
        c.add(f, "enforcement-search", "POST", "/wsjd/zfgs/search.do", jq_form(c, ref, 0.3), qs(fields, jq))
    for _ in range(N):
        d = c.day(-200, 0)
        c.add(
            f,
            "penalty-page",
            "GET",
            f"/wsjd/zfgs/{d:%Y%m}/t{d:%Y%m%d}_{c.num(600000, 699999)}.html",
            page(c, f"{SITE}/wsjd/zfgs/index.html", 0.4),
        )
    for _ in range(N):
        doc = {
            "category": c.pick(["非法行医", "公共场所卫生", "生活饮用水", "医疗美容"]),
            "content": c.pick(TIP_OFF),
            "address": address(c),
            "lng": c.num(113500000, 113800000) / 1e6,
            "lat": c.num(34650000, 34850000) / 1e6,
            "anonymous": c.chance(0.5),
        }
        c.add(f, "tip-off", "POST", "/wsjd/mp/api/clue", miniprogram(c, JSON_CT), js_doc(doc))


# --- practitioner-registration -----------------------------------------------------------------------------

SCOPES = {  # 执业 类别 (编码 的 第 2 位) and its 执业 范围
    1: (
        "临床",
        [
            "内科专业",
            "外科专业",
            "妇产科专业",
            "儿科专业",
            "眼耳鼻咽喉科专业",
            "精神卫生专业",
            "医学影像和放射治疗专业",
            "全科医学专业",
            "急救医学专业",
        ],
    ),
    2: ("中医", ["中医专业", "中西医结合专业", "全科医学专业"]),
    3: ("口腔", ["口腔专业", "全科医学专业"]),
    4: ("公共卫生", ["公共卫生类别专业"]),
}
CME_SUBJECTS = ["01-01", "02-03", "04-07", "05-02", "06-01", "11-02"]  # 学科 and 二级 学科 codes


def cme_project(c: Corpus, year: int) -> str:
    """继续 医学 教育 项目 编号: year-学科-二级-序号 and (国) for 国家级 or (豫) for 省级."""
    return f"{year}-{c.pick(CME_SUBJECTS)}-{c.num(1, 400):03d} ({c.pick(['国', '豫'])})"


@family("practitioner-registration")
def practitioner_registration(c: Corpus) -> None:
    f = "practitioner-registration"
    ref = f"{SITE}/zczx/index.html"
    for _ in range(N):
        path = c.pick(["/zczx/bszn/yszc.html", "/zczx/bszn/hszc.html", "/zczx/bszn/jgxy.html", "/zczx/index.html"])
        c.add(f, "registration-guide", "GET", path, page(c, c.pick([f"{SITE}/", None]), 0.3))
    for _ in range(N):
        category = c.num(1, 4)
        name, scopes = SCOPES[category]
        doc = {
            "certCode": physician_code(c, category),
            "name": c.person(),
            "idNo": adult_id(c, None, 26, 60),
            "changeType": c.pick(["执业地点", "执业范围", "执业地点及范围"]),
            "category": name,
            "scopes": c.sample(scopes, min(len(scopes), c.num(1, 2))),
            "newOrg": c.pick(list(HOSPITALS)),
            "newOrgUscc": hn_uscc(c),
            "reason": c.pick(["工作调动", "医联体下沉", "取得全科医生转岗培训合格证书，加注全科医学专业"]),
        }
        c.add(f, "physician-change", "POST", "/zczx/api/ys/change", authed(web(c, JSON_CT, 0.1, ref), c), js_doc(doc))
    for _ in range(N):
        category = c.num(1, 3)
        orgs = c.sample(list(HOSPITALS) + COMMUNITY, c.num(2, 4))
        doc = {
            "certCode": physician_code(c, category),
            "mainOrg": orgs[0],
            "otherOrgs": [{"name": o, "startDate": ymd_of(c.day(1, 30))} for o in orgs[1:]],
            "scope": c.pick(SCOPES[category][1]),
            "agreementSigned": True,
        }
        c.add(
            f, "multi-site-filing", "POST", "/zczx/api/ys/multisite", authed(web(c, JSON_CT, 0.2, ref), c), js_doc(doc)
        )
    for _ in range(N):
        valid_until = c.day(40, 110).date()
        first = years_later(valid_until, -5)
        parts = [
            ("certNo", f"{first:%Y}41{c.digits(6)}"),
            ("name", c.person()),
            ("idNo", adult_id(c, first, 20, 50, male=c.chance(0.1))),
            ("org", c.pick(list(HOSPITALS))),
            ("validFrom", ymd_of(first)),
            ("validUntil", ymd_of(valid_until)),
            ("applyDate", ymd_of(valid_until - timedelta(days=c.num(30, 40 + 30)))),
            ("healthCert", ("健康体检证明.pdf", "application/pdf", pdf_head(c, c.num(400, 900)))),
            ("photo", ("一寸照片.jpg", "image/jpeg", jpeg(c, c.num(600, 1200)))),
        ]
        h, body = upload(c, parts, f"{SITE}/zczx/hs/yx.html", 0.3)
        c.add(f, "nurse-renew", "POST", "/zczx/api/hs/renew", authed(h, c), body)
    for _ in range(N):
        name = c.pick(list(HOSPITALS))
        beds = HOSPITALS[name] if c.chance(0.5) else c.num(0, 99)
        period = 3 if beds >= 100 else 1
        applied = c.day(0, 0).date()
        due = applied + timedelta(days=c.num(10, 85))
        doc = {
            "orgName": name
            if beds >= 100
            else c.pick(["金水区丰产路口腔门诊部", "二七区康宁中医诊所", "惠济区仁和诊所"]),
            "uscc": hn_uscc(c, "12" if beds >= 100 else c.pick(["52", "92"])),
            "beds": beds,
            "lastValidated": ymd_of(years_later(due, -period)),
            "periodYears": period,
            "dueDate": ymd_of(due),
            "applyDate": ymd_of(applied),
            "selfCheck": "诊疗科目、床位、人员配备与登记一致；“三合理”规范执行情况良好。",
        }
        c.add(
            f,
            "institution-validate",
            "POST",
            "/zczx/api/jg/validate",
            authed(web(c, JSON_CT, 0.1, ref), c),
            js_doc(doc),
        )
    for _ in range(N):
        q = [("idNo", adult_id(c, None, 24, 60)), ("year", c.num(2025, 2027))]
        c.add(f, "cme-credits", "GET", "/zczx/api/cme/credits?" + qs(q, axios), client(c, ref, None, 0.5))
    for _ in range(N):
        year = c.num(2026, 2027)
        items = []
        for _i in range(c.num(2, 6)):
            if c.chance(0.5):  # Ⅰ类: a 国家级 or 省级 项目 with its 编号
                items.append({"class": "Ⅰ类", "project": cme_project(c, year), "credits": c.pick([2, 3, 4, 5, 6])})
            else:  # Ⅱ类: 自学, 院内 讲座, 发表 论文 …
                activity = c.pick(["院内学术讲座", "科室业务学习", "发表论文（《中华内科杂志》）", "自学（指定读物）"])
                items.append({"class": "Ⅱ类", "project": "", "activity": activity, "credits": c.pick([2, 4, 5, 8, 10])})
        first_class = sum(i["credits"] for i in items if i["class"] == "Ⅰ类")
        total = sum(i["credits"] for i in items)
        doc = {
            "idNo": adult_id(c, None, 24, 60),
            "year": year,
            "items": items,
            "classI": first_class,
            "total": total,
            "qualified": total >= 25 and first_class >= 5,
        }
        c.add(f, "cme-register", "POST", "/zczx/api/cme/register", client(c, ref, mp=0.3), js_doc(doc))
    for _ in range(N):
        parts = [
            ("kind", c.pick(["学历证书", "资格证书", "身份证人像面", "身份证国徽面"])),
            ("file", (f"tmp_{c.hexs(16)}.jpg", "image/jpeg", jpeg(c, c.num(900, 2200)))),
        ]
        h, body = wx_upload(c, parts)
        c.add(f, "cert-upload", "POST", "/zczx/mp/api/file/upload", h, body)
    for _ in range(N):
        q = [("category", c.num(1, 4)), ("v", c.pick(["20270101", "20270315"]))]
        c.add(f, "scope-dict", "GET", "/zczx/api/dict/scope?" + qs(q, axios), web(c, None, 0.3, ref))
    for _ in range(N):
        q = [("jgmc", c.pick([*HOSPITALS, *COMMUNITY]))] if c.chance(0.6) else [("tyxydm", hn_uscc(c))]
        c.add(f, "license-verify", "GET", "/zczx/api/jg/query?" + qs(q, axios), jq_get(c, ref, 0.4))


# --- maternal-child-handbook -------------------------------------------------------------------------------

RISK_COLOURS = ["绿", "黄", "橙", "红", "紫"]  # 五色: 低 → 高; 紫 = 传染 性 疾病
RISK_FACTORS = {  # 筛查 factor: its colour in the 评估 表
    "年龄≥35岁": "黄",
    "BMI>28": "黄",
    "瘢痕子宫": "黄",
    "妊娠期高血压": "黄",
    "妊娠期糖尿病（A1级）": "黄",
    "前置胎盘（孕28周后）": "橙",
    "双胎妊娠": "橙",
    "重度子痫前期": "红",
    "心脏病（心功能Ⅲ级）": "红",
    "乙肝病毒携带": "紫",
    "梅毒感染": "紫",
}
CHECKUP_MONTHS = (1, 3, 6, 8, 12, 18, 24, 30, 36)  # 0-6 岁 儿童 健康 管理 体检 月龄 (3 岁 内)
MCH_MP = "/fuyou/mp/api"


def gest_age(lmp: date, on: date) -> str:
    """孕周 as written in the 手册: completed weeks + days since the LMP (38+2)."""
    days = (on - lmp).days
    return f"{days // 7}+{days % 7}"


@family("maternal-child-handbook")
def maternal_child_handbook(c: Corpus) -> None:
    f = "maternal-child-handbook"
    ref = f"{SITE}/fuyou/index.html"
    for _ in range(N):
        created = c.day(-10, 0).date()
        lmp = created - timedelta(days=c.num(42, 90))
        gravida = c.num(1, 4)
        idno = hn_id(c, born_at(c, created, 20, 42), male=False)
        doc = {
            "idNo": idno,
            "name": c.person(),
            "age": age_on(idno, created),
            "lmp": ymd_of(lmp),
            "edc": ymd_of(lmp + timedelta(days=280)),
            "createDate": ymd_of(created),
            "gestAge": gest_age(lmp, created),
            "gravida": gravida,
            "para": c.num(0, gravida - 1),
            "org": c.pick(COMMUNITY),
            "husband": {"name": c.person(), "idNo": adult_id(c, created, 22, 45, male=True)},
        }
        c.add(f, "booklet-create", "POST", f"{MCH_MP}/booklet/create", miniprogram(c, JSON_CT), js_doc(doc))
    for _ in range(N):
        visit = c.day(-20, 0).date()
        lmp = visit - timedelta(days=c.num(12 * 7, 40 * 7 + 3))
        weeks = (visit - lmp).days // 7
        doc = {
            "bookletNo": f"MZ{c.pick(COUNTIES)}{c.digits(8)}",
            "visitDate": ymd_of(visit),
            "lmp": ymd_of(lmp),
            "gestAge": gest_age(lmp, visit),
            "weight": c.num(520, 900) / 10,
            "sbp": c.num(100, 138),
            "dbp": c.num(60, 88),
            "fundalHeight": max(weeks - c.num(2, 5), 10) if weeks >= 20 else None,
            "abdomen": c.num(80, 110) if weeks >= 20 else None,
            "fetalHeart": c.num(120, 160) if weeks >= 12 else None,
            "urineProtein": c.pick(["阴性(-)", "阴性(-)", "弱阳性(±)"]),
            "advice": c.pick(["下次产检 2 周后", "OGTT 24-28 周完成", "注意胎动，每日早中晚各数 1 小时", "NST 正常"]),
        }
        h = service(c, "Apache-HttpClient/4.5.13 (Java/1.8.0_392)", {"X-Org-Code": c.digits(9)})
        c.add(f, "prenatal-visit", "POST", "/fuyou/api/chanjian/upload", h, js_doc(doc))
    for _ in range(N):
        factors = c.sample(list(RISK_FACTORS), c.num(0, 3))
        colour = max((RISK_FACTORS[x] for x in factors), key=RISK_COLOURS.index, default="绿")
        doc = {
            "bookletNo": f"MZ{c.pick(COUNTIES)}{c.digits(8)}",
            "assessDate": ymd_of(c.day(-20, 0)),
            "factors": factors,
            "colour": colour,
            "managedBy": "县级以上危重孕产妇救治中心" if colour in ("橙", "红") else c.pick(COMMUNITY),
            "doctor": c.person(),
        }
        c.add(f, "risk-assessment", "POST", "/fuyou/api/risk/save", authed(web(c, JSON_CT, 0.1, ref), c), js_doc(doc))
    for _ in range(N):
        node = c.pick(CHECKUP_MONTHS)
        checked = c.day(-20, 0).date()
        born = add_months(checked, -node) - timedelta(days=c.num(-10, 10))
        doc = {
            "childName": c.person(),
            "birthDate": ymd_of(born),
            "checkDate": ymd_of(checked),
            "monthAge": node,
            "height": round(50 + node * 1.35 + c.num(-20, 20) / 10, 1),
            "weight": round(3.3 + node * 0.32 + c.num(-5, 5) / 10, 1),
            "headCirc": round(34 + min(node, 24) * 0.5 + c.num(-10, 10) / 10, 1),
            "development": c.pick(["通过", "通过", "未通过（建议复查）"]),
            "vitaminD": "400 IU qd",
        }
        c.add(f, "child-checkup", "POST", f"{MCH_MP}/child/checkup", miniprogram(c, JSON_CT), js_doc(doc))
    for _ in range(N):
        q = [("childId", c.digits(12)), ("index", c.pick(["weight", "height", "bmi", "headCirc"]))]
        q.append(("std", c.pick(["WHO2006", "CN2009"])))
        c.add(f, "growth-chart", "GET", f"{MCH_MP}/child/growth?" + qs(q, axios), miniprogram(c))
    for _ in range(N):
        months = c.num(1, 3)
        doc = {
            "idNo": hn_id(c, born_at(c, c.day(0, 0).date(), 20, 40), male=False),
            "stage": c.pick(["孕前", "孕早期"]),
            "drug": "叶酸片 0.4mg×31片",
            "bottles": months,
            "months": months,
            "org": c.pick(COMMUNITY),
        }
        c.add(f, "folic-acid", "POST", f"{MCH_MP}/folic/apply", miniprogram(c, JSON_CT), js_doc(doc))
    for _ in range(N):
        path = c.pick(["/fuyou/scsc/index.html", "/fuyou/scsc/yqbj.html", "/fuyou/scsc/etbj.html"])
        c.add(f, "handbook-page", "GET", path + "?" + qs([("from", c.pick(["qr", "menu"]))], form), wx_nav(c))
    for _ in range(N):
        counts = [c.num(2, 9) for _ in range(3)]
        doc = {
            "date": ymd_of(c.day(-7, 0)),
            "gestAge": f"{c.num(28, 40)}+{c.num(0, 6)}",
            "morning": counts[0],
            "noon": counts[1],
            "evening": counts[2],
            "estimate12h": sum(counts) * 4,
            "normal": sum(counts) * 4 >= 30,
        }
        c.add(f, "fetal-movement", "POST", f"{MCH_MP}/fetal/record", miniprogram(c, JSON_CT), js_doc(doc))
    for _ in range(N):
        fields = [
            ("course", c.pick(["孕期营养与体重管理", "分娩镇痛（无痛分娩）答疑", "新生儿护理与母乳喂养", "产后康复"])),
            ("session", f"{open_day(c.day(3, 30).date()):%Y-%m-%d} 14:30"),
            ("name", c.person()),
            ("mobile", c.mobile()),
            ("gestWeeks", str(c.num(12, 38))),
            ("companion", c.pick(["0", "1"])),
        ]
        c.add(f, "class-signup", "POST", "/fuyou/yfxx/signup.do", jq_form(c, ref, 0.7), qs(fields, jq))
    for _ in range(N):
        parts = [
            ("bookletNo", f"MZ{c.pick(COUNTIES)}{c.digits(8)}"),
            ("kind", c.pick(["NT 超声", "系统超声（大排畸）", "生长超声"])),
            ("file", (f"tmp_{c.hexs(16)}.jpg", "image/jpeg", jpeg(c, c.num(1500, 3000)))),
        ]
        h, body = wx_upload(c, parts)
        c.add(f, "ultrasound-upload", "POST", f"{MCH_MP}/file/upload", h, body)


# --- emergency-chest-pain ----------------------------------------------------------------------------------

COMPLAINTS_120 = [
    "患者男，62 岁，突发胸骨后压榨样疼痛 40 分钟，伴大汗，含服硝酸甘油不缓解。",
    "家属诉老人在家中晕倒，呼之不应，有高血压病史，约 10 分钟前发现。",
    "车祸，电动车与小轿车相撞，伤者 1 人，左小腿出血，意识清楚。",
    "孕 39 周，规律宫缩 2 小时，破水。",
]
AMB_FEES = {"起步费": Decimal("50"), "里程费（每公里，超过 3 公里）": Decimal("5")}
AMB_ITEMS = {"心电监护": Decimal("40"), "吸氧": Decimal("20"), "心电图": Decimal("30"), "静脉输液": Decimal("25")}


def minutes(a: datetime, b: datetime) -> int:
    return int((b - a).total_seconds() // 60)


@family("emergency-chest-pain")
def emergency_chest_pain(c: Corpus) -> None:
    f = "emergency-chest-pain"
    ref = f"{SITE}/jijiu/index.html"
    for _ in range(N):
        call = c.when()
        doc = {
            "callId": f"120{call:%Y%m%d%H%M%S}{c.digits(3)}",
            "callTime": hms(call),
            "acceptTime": hms(call + timedelta(seconds=c.num(5, 40))),
            "dispatchTime": hms(call + timedelta(seconds=c.num(60, 180))),
            "address": address(c),
            "complaint": c.pick(COMPLAINTS_120),
            "station": c.pick(["郑州市 120 急救中心金水分站", "省人民医院急救站", "中牟县急救站"]),
            "vehicle": f"豫A{c.digits(4)}{c.pick('0123456789')}",
        }
        h = service(c, "Apache-HttpClient/4.5.13 (Java/1.8.0_392)", {"X-Center": "410100"})
        c.add(f, "dispatch-call", "POST", "/jijiu/api/dispatch/sync", h, js_doc(doc))
    for _ in range(N):
        t = c.when()
        lng, lat = c.num(113550000, 113780000) / 1e6, c.num(34680000, 34840000) / 1e6
        points = []
        for _p in range(c.num(3, 8)):
            t += timedelta(seconds=c.pick([10, 15, 30]))
            lng, lat = round(lng + c.num(-300, 300) / 1e6, 6), round(lat + c.num(-300, 300) / 1e6, 6)
            points.append({"t": hms(t), "lng": lng, "lat": lat, "speed": c.num(0, 80)})
        doc = {"vehicle": f"豫A{c.digits(5)}", "callId": f"120{t:%Y%m%d}{c.digits(9)}", "points": points}
        h = service(c, "okhttp/4.12.0", {"X-Terminal-Id": c.digits(12)})
        c.add(f, "ambulance-gps", "POST", "/jijiu/api/gps/batch", h, js_doc(doc))
    for _ in range(N):
        fmc = c.when()
        ecg = fmc + timedelta(minutes=c.num(2, 10))
        parts = [
            ("callId", f"120{fmc:%Y%m%d}{c.digits(9)}"),
            ("fmcTime", hms(fmc)),
            ("ecgTime", hms(ecg)),
            ("leads", c.pick(["12", "18"])),
            (
                "note",
                c.pick(
                    ["V1-V4 导联 ST 段抬高 0.3-0.5 mV", "Ⅱ、Ⅲ、aVF ST 段抬高，请远程会诊", "窦性心律，未见 ST 改变"]
                ),
            ),
            ("file", (f"ECG_{ecg:%Y%m%d%H%M%S}.jpg", "image/jpeg", jpeg(c, c.num(2000, 3500)))),
        ]
        ctype, body = okhttp_multipart(c, parts)
        c.add(
            f,
            "prehospital-ecg",
            "POST",
            "/jijiu/api/ecg/upload",
            app_headers(c, "cn.gov.hn120.car", "3.0.2", ctype),
            body,
        )
    for _ in range(N):
        onset = c.when()
        call = onset + timedelta(minutes=c.num(5, 240))
        fmc = call + timedelta(minutes=c.num(8, 25))
        ecg = fmc + timedelta(minutes=c.num(2, 10))
        door = fmc + timedelta(minutes=c.num(15, 50))
        activate = door + timedelta(minutes=c.num(5, 30))
        wire = activate + timedelta(minutes=c.num(20, 70))
        times = {
            "onset": onset,
            "call120": call,
            "fmc": fmc,
            "firstEcg": ecg,
            "door": door,
            "cathLabActivated": activate,
            "wirePassed": wire,
        }
        idno = adult_id(c, onset.date(), 35, 85)
        doc = {
            "caseNo": f"XTZX{onset:%Y%m%d}{c.digits(4)}",
            "hospital": c.pick(list(HOSPITALS)[:8]),
            "patient": {"idNo": idno, "sex": sex_of(idno), "age": age_on(idno, onset.date())},
            "diagnosis": c.pick([("I21.000", "急性前壁心肌梗死"), ("I21.100", "急性下壁心肌梗死")]),
            "times": {k: hm(v) for k, v in times.items()},
            "d2b": minutes(door, wire),
            "fmc2b": minutes(fmc, wire),
            "d2bMet": minutes(door, wire) <= 90,
            "culprit": c.pick(["LAD 近段", "RCA 中段", "LCX 远段"]),
        }
        h = authed(web(c, JSON_CT, 0.0, f"{SITE}/jijiu/xtzx/case.html"), c)
        c.add(f, "cpc-case", "POST", "/jijiu/xtzx/api/case/save", h, js_doc(doc))
    for _ in range(N):
        before = c.when()
        node, prev = c.pick(
            [("firstEcg", "fmc"), ("door", "fmc"), ("cathLabActivated", "door"), ("wirePassed", "door")]
        )
        doc = {
            "caseNo": f"XTZX{before:%Y%m%d}{c.digits(4)}",
            "node": node,
            "previousNode": prev,
            "previousTime": hm(before),
            "time": hm(before + timedelta(minutes=c.num(2, 80))),
            "operator": c.person(),
        }
        h = app_headers(c, "cn.gov.hnxtzx.app", "2.4.0", JSON_CT)
        c.add(f, "node-update", "POST", "/jijiu/xtzx/app/api/node", h, js_doc(doc))
    for _ in range(N):
        q = [("hospital", c.pick(list(HOSPITALS))), ("kind", c.pick(["ed", "icu", "cathlab"])), ("_", c.ms())]
        c.add(
            f, "bed-status", "GET", "/jijiu/api/bed/status?" + qs(q, axios), app_headers(c, "cn.gov.hn120.car", "3.0.2")
        )
    for _ in range(N):
        d = c.day(-300, 0)
        c.add(
            f,
            "first-aid-page",
            "GET",
            f"/jijiu/kp/{d:%Y%m}/t{d:%Y%m%d}_{c.num(800000, 899999)}.html",
            page(c, c.pick([ref, None]), 0.6),
        )
    for _ in range(N):
        q = [("callId", f"120{c.day(-60, 0):%Y%m%d}{c.digits(9)}"), ("mobile", c.mobile())]
        c.add(f, "call-record-query", "GET", "/jijiu/api/record/query?" + qs(q, axios), wx_h5(c, None, ref))
    for _ in range(N):
        km = Decimal(c.num(10, 350)) / 10
        extra = max(km - 3, Decimal(0))
        lines = [{"item": "起步费", "amount": money(AMB_FEES["起步费"])}]
        lines.append({"item": "里程费", "km": float(km), "amount": money(extra * 5)})
        for item in c.sample(list(AMB_ITEMS), c.num(0, 3)):
            lines.append({"item": item, "amount": money(AMB_ITEMS[item])})
        total = AMB_FEES["起步费"] + extra * 5 + sum((AMB_ITEMS[x["item"]] for x in lines[2:]), Decimal(0))
        doc = {"callId": f"120{c.day(-30, 0):%Y%m%d}{c.digits(9)}", "lines": lines, "total": money(total)}
        c.add(f, "fee-invoice", "POST", "/jijiu/api/fee/detail", wx_h5(c, JSON_CT, ref), js_doc(doc))
    for _ in range(N):
        d2b = sorted(c.num(35, 140) for _ in range(c.num(5, 25)))
        stemi = len(d2b) + c.num(0, 10)
        met = sum(x <= 90 for x in d2b)
        doc = {
            "hospital": c.pick(list(HOSPITALS)[:8]),
            "month": f"{c.day(-60, -30):%Y-%m}",
            "stemiCases": stemi,
            "ppciCases": len(d2b),
            "d2bList": d2b,
            "d2bMedian": statistics.median(d2b),
            "d2bMet": met,
            "d2bRate": round(met * 100 / len(d2b), 1),
        }
        h = authed(web(c, JSON_CT, 0.0, f"{SITE}/jijiu/xtzx/qc.html"), c)
        c.add(f, "quality-monthly", "POST", "/jijiu/xtzx/api/qc/month", h, js_doc(doc))


# --- patient-satisfaction-survey ---------------------------------------------------------------------------

OUTPATIENT_Q = ["挂号方便程度", "候诊时间", "医生沟通", "检查等候", "缴费取药", "环境与标识", "隐私保护", "总体评价"]
INPATIENT_Q = ["入院手续", "病房环境", "护士响应", "医生查房与解释", "用药说明", "饮食", "出院指导", "总体评价"]
STAFF_Q = ["薪酬待遇", "工作负荷", "职业发展", "科室管理", "医患关系", "总体满意度"]
TAGS = ["态度好", "讲解清楚", "耐心", "技术好", "回复及时", "等待时间长", "沟通简单"]
REVIEWS = [
    "张主任看得很仔细，把 CT 片子一张张给我们讲，心里踏实多了。",
    "挂的 9:30 号，11 点才看上，医生很忙，问了两句就开了检查单……",
    "护士扎针一次就成功，孩子没怎么哭，点赞👍",
    "线上复诊很方便，药第二天就送到了，比跑医院强多了。",
]
PATIENT_COMPLAINTS = [
    "3 月 8 日我父亲（82 岁）在贵院急诊留观，夜间输液结束后呼叫器按了 20 多分钟无人应答，回血到输液管里，"
    "家属只能去护士站找人。值班护士态度生硬，说“就两个人，忙不过来”。请医院核查当晚排班并给出答复。",
    "在门诊缴费时被多收了“材料费”128 元（发票见附件），询问收费窗口说是系统自动生成，要我自己去找科室，"
    "来回跑了三趟也没解决。希望医院规范收费并退还费用。",
    "孩子肺炎住院 7 天，出院小结上的诊断和病历里写的不一致（一个写“支气管肺炎”，一个写“大叶性肺炎”），"
    "影响商业保险报销。请病案室和主管医生核实更正。",
]


def survey_score(answers: dict[str, int]) -> float:
    """百分制 得分: the answers' sum over 5 per question, × 100, one decimal."""
    return float((Decimal(sum(answers.values())) * 100 / (5 * len(answers))).quantize(Decimal("0.1")))


@family("patient-satisfaction-survey")
def patient_satisfaction_survey(c: Corpus) -> None:
    f = "patient-satisfaction-survey"
    ref = f"{SITE}/myd/index.html"
    for _ in range(N):
        q = [("hos", c.digits(9)), ("type", c.pick(["mz", "zy"])), ("src", "qrcode")]
        c.add(f, "survey-entry", "GET", "/myd/survey.html?" + qs(q, form), wx_nav(c))
    for _ in range(N):
        answers = {q: c.pick([3, 4, 4, 5, 5, 5, 2]) for q in OUTPATIENT_Q}
        doc = {
            "hospital": c.pick(list(HOSPITALS)),
            "dept": c.pick(DEPTS),
            "visitDate": ymd_of(c.day(-7, 0)),
            "answers": answers,
            "score": survey_score(answers),
            "suggestion": c.pick(["", *REVIEWS]),
        }
        c.add(f, "outpatient-survey", "POST", "/myd/api/mz/submit", wx_h5(c, JSON_CT, ref), js_doc(doc))
    for _ in range(N):
        admitted = c.day(-40, -3).date()
        discharged = admitted + timedelta(days=c.num(2, 20))
        answers = {q: c.pick([3, 4, 4, 5, 5, 5, 2]) for q in INPATIENT_Q}
        doc = {
            "hospital": c.pick(list(HOSPITALS)),
            "inpatientNo": c.digits(8),
            "admitDate": ymd_of(admitted),
            "dischargeDate": ymd_of(discharged),
            "surveyDate": ymd_of(discharged + timedelta(days=c.num(1, 25))),
            "answers": answers,
            "score": survey_score(answers),
        }
        c.add(f, "inpatient-survey", "POST", "/myd/api/zy/submit", client(c, ref, mp=0.4), js_doc(doc))
    for _ in range(N):
        answers = {q: c.pick([2, 3, 3, 4, 4, 5]) for q in STAFF_Q}
        doc = {
            "hospital": c.pick(list(HOSPITALS)),
            "role": c.pick(["医生", "护士", "医技", "管理"]),
            "years": c.pick(["<5年", "5-10年", "10-20年", ">20年"]),
            "answers": answers,
            "score": survey_score(answers),
            "comment": c.pick(["", "夜班太多，希望增加人手。", "绩效分配透明一些。"]),
        }
        c.add(f, "staff-survey", "POST", "/myd/api/yw/submit", web(c, JSON_CT, 0.5, ref), js_doc(doc))
    for _ in range(N):
        stars = c.num(1, 5)
        doc = {
            "doctorId": c.digits(8),
            "stars": stars,
            "tags": c.sample(TAGS[:5] if stars >= 4 else TAGS, 2),
            "content": c.pick(REVIEWS),
            "anonymous": c.chance(0.5),
        }
        c.add(f, "star-review", "POST", "/myd/mp/api/review", miniprogram(c, JSON_CT), js_doc(doc))
    for _ in range(N):
        parts = [
            ("hospital", c.pick(list(HOSPITALS))),
            ("dept", c.pick(DEPTS)),
            ("eventDate", ymd_of(c.day(-30, -1))),
            ("name", c.person()),
            ("mobile", c.mobile()),
            ("content", c.pick(PATIENT_COMPLAINTS)),
            (
                "file",
                c.pick(
                    [
                        ("发票.jpg", "image/jpeg", jpeg(c, c.num(800, 2000))),
                        ("出院小结.pdf", "application/pdf", pdf_head(c, c.num(400, 900))),
                    ]
                ),
            ),
        ]
        h, body = upload(c, parts, f"{SITE}/myd/ts.html", 0.6)
        c.add(f, "complaint", "POST", "/myd/api/complaint", h, body)
    for _ in range(N):
        q = [("no", f"TS{c.day(-30, 0):%Y%m%d}{c.digits(4)}"), ("mobile", c.mobile())]
        c.add(f, "complaint-progress", "GET", "/myd/api/complaint/progress?" + qs(q, axios), client(c, ref, None, 0.5))
    for _ in range(N):
        doc = {
            "hospital": c.pick(list(HOSPITALS)),
            "dept": c.pick(DEPTS),
            "staff": [c.person(), c.person()],
            "title": c.pick(["感谢信", "表扬信"]),
            "content": "感谢" + c.pick(DEPTS) + "全体医护人员！" + c.pick(REVIEWS),
        }
        c.add(f, "praise-letter", "POST", "/myd/api/praise", client(c, ref, mp=0.3), js_doc(doc))
    for _ in range(N):
        q = [("year", c.num(2025, 2027)), ("quarter", c.num(1, 4)), ("level", c.pick(["三级", "二级"]))]
        c.add(f, "result-page", "GET", "/myd/gs/index.html?" + qs(q, form), page(c, c.pick([ref, None]), 0.4))
    for _ in range(N):
        doc = {"page": "/myd/survey.html", "step": c.num(1, 8), "stay": c.num(3000, 400000), "ts": c.ms()}
        c.add(f, "survey-beacon", "POST", "/myd/api/stat/beacon", beacon(c, ref, 0.8), js_doc(doc))


# --- medical-record-copy -----------------------------------------------------------------------------------

COPY_PARTS = [
    "入院记录",
    "出院记录",
    "手术记录",
    "病理报告",
    "检验报告",
    "医学影像检查资料",
    "护理记录",
    "医嘱单",
    "体温单",
]
PRICE_PER_PAGE = Decimal("0.5")  # the 省 物价 收费 for a 复印 page
POSTAGE = Decimal("15")  # 顺丰 到付 is not offered; 省内 邮费
PICKUP_SLOTS = ["08:30-09:30", "09:30-10:30", "10:30-11:30", "14:30-15:30", "15:30-16:30"]


def copy_fee(pages: int, mail: bool) -> Decimal:
    return PRICE_PER_PAGE * pages + (POSTAGE if mail else Decimal(0))


@family("medical-record-copy")
def medical_record_copy(c: Corpus) -> None:
    f = "medical-record-copy"
    ref = f"{SITE}/bafy/index.html"
    for _ in range(N):
        path = c.pick(["/bafy/xz.html", "/bafy/lc.html", "/bafy/index.html"])
        c.add(f, "guide-page", "GET", path, page(c, c.pick([f"{SITE}/", None]), 0.6))
    for _ in range(N):
        admitted = c.day(-400, -10).date()
        parts = [
            ("applicantType", "本人"),
            ("hospital", c.pick(list(HOSPITALS))),
            ("inpatientNo", c.digits(8)),
            ("admitDate", ymd_of(admitted)),
            ("dischargeDate", ymd_of(admitted + timedelta(days=c.num(1, 30)))),
            ("idNo", adult_id(c)),
            ("parts", ",".join(c.sample(COPY_PARTS, c.num(2, 6)))),
            ("purpose", c.pick(["商业保险理赔", "医保报销", "转院就诊", "个人保存"])),
            ("idFront", ("身份证人像面.jpg", "image/jpeg", jpeg(c, c.num(700, 1500)))),
            ("idBack", ("身份证国徽面.jpg", "image/jpeg", jpeg(c, c.num(700, 1500)))),
        ]
        h, body = wx_upload(c, parts)
        c.add(f, "self-apply", "POST", "/bafy/mp/api/apply", h, body)
    for _ in range(N):
        admitted = c.day(-400, -10).date()
        parts = [
            ("applicantType", "代理人"),
            ("hospital", c.pick(list(HOSPITALS))),
            ("inpatientNo", c.digits(8)),
            ("admitDate", ymd_of(admitted)),
            ("dischargeDate", ymd_of(admitted + timedelta(days=c.num(1, 30)))),
            ("patientIdNo", adult_id(c)),
            ("agentIdNo", adult_id(c)),
            ("relation", c.pick(["配偶", "子女", "父母", "其他（受托人）"])),
            ("parts", ",".join(c.sample(COPY_PARTS, c.num(2, 6)))),
            ("agentId", ("代理人身份证.jpg", "image/jpeg", jpeg(c, c.num(700, 1500)))),
            ("patientId", ("患者身份证.jpg", "image/jpeg", jpeg(c, c.num(700, 1500)))),
            ("proxy", ("授权委托书.pdf", "application/pdf", pdf_head(c, c.num(400, 900)))),
        ]
        h, body = upload(c, parts, f"{SITE}/bafy/apply.html", 0.5)
        c.add(f, "agent-apply", "POST", "/bafy/api/apply", h, body)
    for _ in range(N):
        pages, mail = c.num(8, 260), c.chance(0.7)
        doc = {
            "applyNo": f"BA{c.day(-10, 0):%Y%m%d}{c.digits(5)}",
            "pages": pages,
            "pricePerPage": money(PRICE_PER_PAGE),
            "delivery": "邮寄" if mail else "自取",
            "postage": money(POSTAGE if mail else Decimal(0)),
            "total": money(copy_fee(pages, mail)),
        }
        c.add(f, "fee-calc", "POST", "/bafy/api/fee", client(c, ref, mp=0.6), js_doc(doc))
    for _ in range(N):
        q = [("applyNo", f"BA{c.day(-20, 0):%Y%m%d}{c.digits(5)}"), ("_", c.ms())]
        c.add(f, "progress", "GET", "/bafy/api/progress?" + qs(q, axios), client(c, ref, None, 0.6))
    for _ in range(N):
        q = [("com", "shunfeng"), ("num", f"SF{c.digits(13)}"), ("phoneLast4", c.digits(4))]
        c.add(f, "express-track", "GET", "/bafy/api/express?" + qs(q, axios), client(c, ref, None, 0.7))
    for _ in range(N):
        q = [("idNo", adult_id(c)), ("name", c.person()), ("hospital", c.pick(list(HOSPITALS)))]
        c.add(f, "inpatient-lookup", "GET", "/bafy/api/inpatient/list?" + qs(q, axios), client(c, ref, None, 0.6))
    for _ in range(N):
        c.add(f, "pdf-download", "GET", f"/bafy/file/{c.day(-20, 0):%Y%m%d}/{c.hexs(16)}.pdf", page(c, ref, 0.6))
    for _ in range(N):
        day = open_day(c.day(2, 15).date())
        doc = {
            "applyNo": f"BA{c.day(-10, 0):%Y%m%d}{c.digits(5)}",
            "date": ymd_of(day),
            "slot": c.pick(PICKUP_SLOTS),
            "window": "门诊楼 1 楼 病案复印窗口（3 号）",
            "mobile": c.mobile(),
        }
        c.add(f, "pickup-booking", "POST", "/bafy/api/pickup/book", client(c, ref, mp=0.5), js_doc(doc))
    for _ in range(N):
        doc = {
            "receiver": c.person(),
            "mobile": c.mobile(),
            "region": c.pick(COUNTIES),
            "address": address(c),
            "isDefault": c.chance(0.5),
        }
        c.add(f, "address-save", "POST", "/bafy/mp/api/address", miniprogram(c, JSON_CT), js_doc(doc))


# --- generation, check and files -------------------------------------------------------------------


def gen() -> list[dict]:
    return generate(Corpus(SEED), FAMILIES)


def check(rec: dict) -> list[str]:
    """What is wrong with one record as an HTTP request (empty: nothing): tests/waf/data/corpus_kit.py."""
    return check_record(rec, SOURCES)


if __name__ == "__main__":
    write_corpus(gen(), check, split, TUNING_FILE, HELD_OUT_FILE, len(FAMILIES))
