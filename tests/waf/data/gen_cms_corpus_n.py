"""Generate corpus N: a FOURTEENTH set of ordinary requests to Chinese government sites, independent of A-M.

    python tests/waf/data/gen_cms_corpus_n.py   # writes cms_n_tuning.jsonl and cms_n_heldout.jsonl next to it

Why another corpus: each fresh corpus so far has found kinds of ordinary traffic the earlier ones lacked, and
N measures the WAF's false positives on traffic no tuning round has seen. A-M cover a site's own pages, CMS
products, widgets, browser reports, citizen services, business back ends, machine-to-machine pushes, 国密
forms, gateways, registries, devices, signalling, OCR, 12315, the 部门 business systems of L and the public
services of M. Corpus N covers further services none of them has: 药品 追溯 (NMPA 药品追溯码 20 digits, 批准文号
search, 医疗器械 UDI in GS1 brackets (01)(17)(10)(21) with GTIN check digits, 化妆品 备案, 不良反应 报告, 药店 扫码
上传); 无偿献血 (献血点, 预约 with the GB 18467 intervals, 健康 征询, 献血证, 用血 报销 by the 条例's rule,
奉献奖); 慈善 (慈善中国 组织 and 募捐 备案, 捐赠, 票据, 公益 捐赠 扣除 30%/12%, 物资 捐赠); 志愿服务 (注册, 项目,
GPS 签到/签退 with 时长, 星级 证明); 水电燃气 缴费 (户号, 账单, 阶梯 电价/水价/气价 试算); 充电设施 互联互通 (T/CEC
102.4 pushes: AES-128-CBC Data and HMAC-MD5 Sig); 智慧停车 (GA 36 plates incl. 新能源 贵AD12345, 计费, 道闸 pushes
with md5 signs); 林业 (林木 采伐 许可, 古树名木, 松材线虫 疫情, 野外 用火); 地名 (国家地名信息库 search, 区划
codes, 汉语拼音 with tone marks); 根治欠薪 (线索, 证据, 仲裁 请求 with 经济补偿 N and 二倍 工资); 烟草专卖 零售
许可 (申办, 间距, 延续, 歇业, 电子烟); and 无线电 (业余 操作 能力 验证, 呼号, 设台 with power limits, CMIIT ID,
干扰 投诉, 频率 许可). ``SOURCES`` names the public material each family's URLs, parameters, headers and bodies
follow; values are generated deterministically (``SEED``); HOST is a placeholder the evaluation replaces. Where
the services check something (公民身份号码 and 统一社会信用代码 check characters, GTIN check digits, intervals,
ladders, fees, sums, caps, signatures, encrypted payloads that decrypt) the generator does it for real, so the
fast tests can check the requests the way the receiving servers would.

Each request is one JSONL record as in corpora A-M (method, path, headers, body or body_b64) tagged with its
``family``, ``shape``, ``source`` and ``label`` = family/shape, and passes corpus_kit.check_record.

THE SPLIT is corpus_kit.HashSplit's rule with the salt "corpus-n/", decided and written down here before the
corpus was generated and before anything was evaluated (no WAF result on N was seen by its author; docs/waf.md,
held-out discipline): the three families whose sha256("corpus-n/<family>") hex digests sort first are held out
whole, and no tuning may see them; in every other family a (family, shape) group is held out when
sha256("corpus-n/<family>/<shape>") has a first byte divisible by 4; everything else is the tuning part. Made
once; never re-split, edited or regenerated to pass.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import math
import sys
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # run as a script from anywhere

from tests.waf.data import gen_cms_corpus_m as corpus_m
from tests.waf.data.corpus_kit import (
    SITE,
    HashSplit,
    check_record,
    family_registry,
    generate,
    part_files,
    write_corpus,
)
from tests.waf.data.gen_cms_corpus_e import (  # E's encoders and client constants
    JQ_ACCEPT,
    JQ_FORM,
    JSON_CT,
    axios,
    jpeg,
    jq,
    js_json,
    qs,
)
from tests.waf.data.gen_cms_corpus_f import (  # F's value pools and helpers
    DISTRICT_NAMES,
    DISTRICTS,
    ESTATES,
    ROADS,
    USCC_CHARS,
    USCC_WEIGHTS,
    company,
    pdf_head,
    png,
    uscc,
)
from tests.waf.data.gen_cms_corpus_l import (  # L's clients and pools
    SLOTS,
    app_headers,
    bank_card,
    masked_id,
    miniprogram,
)
from tests.waf.data.gen_cms_corpus_m import attachment, upload, web, ymd  # M's browser helpers

TUNING_FILE, HELD_OUT_FILE = part_files("n")
SEED = 20280705
SALT = "corpus-n/"

SOURCES = {
    "drug-traceability": "国家药品监督管理局 药品追溯 协同服务 平台 and 《药品追溯码编码要求》 NMPAB/T 1002-2019 "
    "(20 位 药品追溯码: 前 7 位 药品标识码, 单品 序列号, 校验位; 码上放心 扫码 查询), NMPA 数据查询 (国产药品 by "
    "批准文号 国药准字H/Z/S + 8 digits, itemId/searchValue/pageNum), 《医疗器械唯一标识系统规则》 UDI (GS1 AI (01) "
    "GTIN-14 with its check digit, (17) 失效日期 YYMMDD, (10) 批号, (21) 序列号, human-readable brackets), 化妆品 "
    "备案 查询 (国妆特字G, 黔G妆网备字), 药品不良反应 个例 报告 (《药品不良反应报告和监测管理办法》), 国家医保局 "
    "定点药店 药品追溯码 采集 上传 (销售 明细 with 追溯码 lists), 假劣药 举报 with photos, 药品 召回 公告",
    "blood-donation": "《中华人民共和国献血法》 and GB 18467-2011 《献血者健康检查要求》 (年龄 18-60 周岁, 体重 男 "
    "≥ 50 kg 女 ≥ 45 kg, 全血 间隔 ≥ 6 个月, 单采 血小板 间隔 ≥ 2 周), 省/市 血液中心 献血 预约 小程序 (献血点 and "
    "献血屋 by 位置, 时段 库存, 预约 with 上次 献血 日期, 健康 征询 问卷), 电子 献血证 查询, 省 献血条例 用血 费用 "
    "报销 (本人 累计 800 ml 以上 全额, 不足 按 献血量 5 倍; 配偶 and 直系亲属 等量; 发票 PDF and 关系 证明 "
    "uploads), 《全国无偿献血表彰奖励办法》 奉献奖 (铜 20 次, 银 30 次, 金 40 次), 团体 献血 报名",
    "charity-donation": "民政部 慈善中国 (慈善组织 查询 by 名称/统一社会信用代码 51/52/53 前缀, 公开募捐 资格, 募捐 "
    "方案 备案 编号, 慈善 信托 备案, 项目 收支 公示) and 互联网公开募捐信息平台 捐赠 (金额, 匿名, 留言, 需 票据), "
    "公益事业 捐赠 票据 申请 (《公益事业捐赠票据使用管理暂行办法》), 《个人所得税法》 第六条 (公益 捐赠 扣除 不超过 "
    "应纳税所得额 30%) and 《企业所得税法》 第九条 (年度利润总额 12%, 超过 部分 结转 三年), 物资 捐赠 登记 (数量 × "
    "单价, 合计), 捐赠人 咨询 and 留言",
    "volunteer-service": "民政部 全国志愿服务信息系统 (chinavolunteer.mca.gov.cn) and 《志愿服务条例》 "
    "(国务院令第685号): 志愿者 注册 (服务 类别, 技能), 项目 发布/检索/报名 (招募 人数, 时段, 地点 经纬度), 小程序 "
    "GPS 签到/签退 (距 项目 地点 米数; 时长 按 0.5 小时 记), 时长 查询, 《志愿服务记录与证明出具办法（试行）》 证明 "
    "申请 with 星级 (一星 100, 二星 300, 三星 600, 四星 1000, 五星 1500 小时), 加入 志愿 队伍",
    "utility-billing": "国家发展改革委 《关于居民生活用电试行阶梯电价的指导意见》 (发改价格〔2011〕2617号: 年 阶梯 "
    "2160/4200 kWh, 0.4556/0.5056/0.7556 元) and 网上国网/生活缴费 H5 and 小程序 (户号 绑定, 月 账单 查询, 电费 "
    "试算, 缴费 订单, 停电 公告, 报修 with photos), 《城镇供水价格管理办法》 阶梯 水价 (年 180/260 m³; 自报 读数: "
    "用量 = 本期 − 上期), 居民 阶梯 气价 (发改价格〔2014〕467号; 燃气 IC 卡 充值 by m³), 电子 发票 申请",
    "ev-charging": "T/CEC 102.4-2016 电动汽车充换电服务信息交换 第4部分 数据传输及安全 (互联互通 /evcs/v20160701/: "
    "query_token, query_stations_info, notification_stationStatus, query_equip_auth, query_start_charge, "
    "notification_equip_charge_status, notification_charge_order_info, query_station_stats; body {OperatorID, Data, "
    "TimeStamp, Seq, Sig}: Data = Base64(AES-128-CBC, PKCS7), Sig = HMAC-MD5(OperatorID + Data + TimeStamp + Seq) "
    "upper hex, Bearer token; the standard's own field names TotalSeviceMoney/SevicePrice) as 省/市 充电设施 监管 "
    "平台 receive them, and 充电站 查询 H5 (位置, 快充/慢充)",
    "smart-parking": "城市 智慧停车 平台 (路内 泊位 and 停车场: 余位 by 位置, 按 车牌 查询 费用 and 欠费, 小程序 "
    "缴费, 月卡 申请 with 行驶证 photo, 电子 发票, 申诉 with photos) and 道闸/地磁 设备 入场/出场 pushes (parkCode, "
    "plateNo, plateColor, inTime/outTime, sign = upper md5 of the sorted parameters and key); plates per GA 36-2018 "
    "(贵A12345, 小型 新能源 贵AD12345/贵AF12345, 大型 新能源 贵A12345D); 计费: 15 分钟 免费, 首小时, 每 30 分钟, "
    "封顶, 新能源 减半",
    "forestry-service": "《中华人民共和国森林法》 第五十六条 and 国家林业和草原局 全国林木采伐管理系统 (林木 采伐 "
    "许可 申请: 林权 证号, 小班, 树种, 采伐 类型/方式, 面积 hm², 株数, 蓄积 and 出材量 m³, 更新 面积; 采伐 公示; "
    "许可证 核验), LY/T 2737/2738-2016 古树名木 (编号 = 县级 区划 + 5 位, 等级 一级 ≥ 500 年, 二级 300-499, 三级 "
    "100-299; 查询 and 新 发现 上报 with photos), 《松材线虫病防治技术方案》 疫情 (疑似 枯死 松树) 上报 with GPS, "
    "野外 用火 审批, 森林 火险 等级 查询, 林长制 巡林 上报",
    "place-names": "民政部 中国·国家地名信息库 (dmfw.mca.gov.cn "
    "/9095/stname/listPub?stName=&searchType=&code=&page=&size=, /9095/stname/detail?id=, "
    "/9095/xzqh/getList?code=&maxLevel=) and 《地名管理条例》 (2022): 标准 地名 检索, 12 位 统计用区划代码, "
    "汉语拼音 (GB/T 16159-2012 正词法, with tone marks: Guānshānhú Qū), 地名 命名/更名 方案 意见 征集, 标准 地址 "
    "(门楼牌) 查询, 地名 文化 遗产, 逆 地理 编码, 地名 标志 纠错 with photos",
    "wage-arrears": "人力资源社会保障部 全国根治欠薪线索反映平台 (国务院客户端 小程序: 线索 反映 with 用人单位, "
    "统一社会信用代码, 工程 项目, 欠薪 人数/金额/月份, 问题 描述; 证据 工资条/考勤/欠条 uploads; 办理 进度; "
    "满意度), 《保障农民工工资支付条例》 (国务院令第724号), 12333 劳动保障 监察 投诉, 劳动人事争议 仲裁 网上 申请 "
    "(请求 事项 with amounts and 合计; 《劳动合同法》 第四十七条 经济补偿 N = 年限 × 月工资, 六个月 以上 按 一年, "
    "不满 六个月 半个月, 三倍 社平 封顶 十二年; 第八十二条 二倍 工资 at most 11 个月), 经济补偿 计算器, 在建 项目 "
    "工资 专户 查询, 政策 问答",
    "tobacco-license": "《中华人民共和国烟草专卖法》 and 《烟草专卖许可证管理办法》 (工业和信息化部令第37号): "
    "烟草专卖 零售 许可证 网上 申办 (经营者, 身份证, 营业执照 统一社会信用代码, 经营 场所 地址 and 经纬度, 照片 "
    "uploads), 合理 布局 间距 查询, 延续 (有效期 届满 30 日前), 变更, 歇业/停业, 进度, 许可证 核验 (12 位: 县级 "
    "区划 + 序号), 新办 公示; 《未成年人保护法》 第五十九条 学校 周边; 《电子烟管理办法》 (2022) 电子烟 零售 许可",
    "radio-license": "工业和信息化部 《业余无线电台管理办法》 (工信部令第46号): 业余无线电台 操作技术能力 验证 "
    "A/B/C 类 报名 and 成绩, 设台 申请 (呼号 B + 字母 + 区号 8 + 后缀; 设备 型号 and CMIIT ID; 发射 功率 A 类 ≤ 25 "
    "W, B 类 30 MHz 以下 ≤ 100 W, C 类 30 MHz 以下 ≤ 1000 W, 30 MHz 以上 ≤ 25 W), 呼号/执照 查询, 无线电 发射设备 "
    "型号核准 查询 (CMIIT ID 2027AP1234), 无线电 干扰 投诉 with 频谱 截图, 企业 对讲 频率 使用 许可 (12.5 kHz "
    "信道), 执照 延续",
}

SPLIT = HashSplit(SALT, SOURCES)  # the rule in the docstring (tests/waf/data/corpus_kit.py)
split, HELD_OUT_FAMILIES = SPLIT.split, SPLIT.held_out_families  # split(reqs): (tuning part, held-out part)


# --- the corpus: M's (and so L's, J's, I's, H's, G's and F's), recording N's sources ----------------------


class Corpus(corpus_m.Corpus):
    """M's corpus (values, browsers, header order, day(); SourceTagged): requests are tagged with N's sources."""

    sources = SOURCES


FAMILIES: dict[str, Callable[[Corpus], None]] = {}
family = family_registry(FAMILIES)


def service(c: Corpus, ua: str, extra: dict[str, str] | None = None, ctype: str | None = JSON_CT) -> dict[str, str]:
    """A back-end client (a device, a pharmacy system, an operator's platform)."""
    h = {"User-Agent": ua, "Accept": "application/json"}
    if ctype:
        h["Content-Type"] = ctype
    h.update(extra or {})
    return h


JAVA_UAS = ["Apache-HttpClient/4.5.13 (Java/1.8.0_392)", "okhttp/4.12.0", "Java/17.0.9", "Go-http-client/1.1"]


def uscc_with(c: Corpus, prefix: str) -> str:
    """A 统一社会信用代码 of a given 登记管理部门 + 机构类别 prefix (51 社会团体, 52 民办非企业, 53 基金会)."""
    body = prefix + c.pick(list(DISTRICTS)) + "".join(c.pick(USCC_CHARS[:10] + "MA") for _ in range(9))
    check = (31 - sum(USCC_CHARS.index(ch) * w for ch, w in zip(body, USCC_WEIGHTS, strict=True)) % 31) % 31
    return body + USCC_CHARS[check]


def distance_m(lng1: float, lat1: float, lng2: float, lat2: float) -> int:
    """Great-circle distance in metres (haversine, mean Earth radius 6371 km), as the map SDKs compute it."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lng2 - lng1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return round(2 * 6371000 * math.asin(math.sqrt(a)))


def near(c: Corpus, lng: float, lat: float, spread: int = 300) -> tuple[float, float]:
    return round(lng + c.num(-spread, spread) / 100000, 6), round(lat + c.num(-spread, spread) / 100000, 6)


def lnglat(c: Corpus) -> tuple[float, float]:
    """A point around 贵阳."""
    return round(106.6 + c.num(0, 20000) / 100000, 6), round(26.5 + c.num(0, 15000) / 100000, 6)


def ladder(before: float, used: float, tiers: list[tuple[float, float]]) -> float:
    """An annual ladder price: the part of (before, before + used] in each tier at its price. ``tiers``: (upper
    bound, price), the last bound math.inf."""
    total, low = 0.0, 0.0
    for high, price in tiers:
        part = max(0.0, min(before + used, high) - max(before, low))
        total += part * price
        low = high
    return round(total, 2)


# --- drug-traceability ------------------------------------------------------------------------------

DRUGS = [  # (药品标识码, 通用名, 规格, 批准文号, 生产企业)
    ("8101126", "阿莫西林胶囊", "0.25g×24粒/盒", "国药准字H52020418", "贵州 某 制药 有限公司"),
    ("8103547", "布洛芬缓释胶囊", "0.3g×20粒/盒", "国药准字H10900089", "中美 某 制药 有限公司"),
    ("8110285", "苗岭 复方 感冒 灵 颗粒（无糖型）", "5g×9袋/盒", "国药准字Z52020133", "贵州 某 苗药 有限公司"),
    ("8162019", "盐酸 二甲双胍 片", "0.5g×60片/瓶", "国药准字H20023370", "某 施贵宝 制药 有限公司"),
    ("8130476", "头孢克洛 干混悬剂", "0.125g×6袋/盒", "国药准字H20059432", "某 医药 股份 有限公司"),
    ("8147702", "乙型肝炎 疫苗（重组 酵母）", "10μg/0.5ml", "国药准字S20020012", "某 生物 制品 有限公司"),
    ("8125539", "氯雷他定 片", "10mg×6片/盒", "国药准字H19990273", "某 药业 有限公司"),
    ("8119963", "银杏叶 片", "19.2mg:4.8mg×24片", "国药准字Z20027949", "贵州 某 药业 股份 有限公司"),
]
DEVICES = [  # (品名, 注册证号)
    ("一次性 使用 无菌 注射器 带针 5ml", "黔械注准20272140012"),
    ("医用 外科 口罩", "黔械注准20262140057"),
    ("电子 血压计（上臂式）", "国械注准20263070123"),
    ("血糖 试纸（葡萄糖 氧化酶 法）", "国械注准20252400311"),
]
ADR_TEXTS = [
    "服药 后 约 2 小时 出现 全身 皮肤 瘙痒、红色 丘疹（躯干 为主），无 呼吸 困难；停药 并 口服 氯雷他定 后 48h 好转。",
    "用药 第 3 天 出现 恶心、呕吐（3 次/日）、上腹部 不适，饮食 减少；减量 后 症状 缓解。",
    "注射 部位 红肿 约 3cm×4cm，伴 低热 37.8℃，次日 自行 消退。",
    "患者 自述 头晕、乏力，测 血糖 3.6 mmol/L（< 3.9），考虑 与 “二甲双胍 + 格列美脲” 联用 有关。",
]
GTIN_PREFIXES = ["0690", "0692", "0693", "0694", "0695"]


def gs1_check(body: str) -> str:
    """The GS1 check digit (mod 10, weights 3 and 1 from the right)."""
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return str((10 - total % 10) % 10)


def gtin14(c: Corpus) -> str:
    body = c.pick(GTIN_PREFIXES) + c.digits(9)
    return body + gs1_check(body)


def trace_code(c: Corpus, ident: str) -> str:
    return ident + c.digits(9) + c.digits(4)


@family("drug-traceability")
def drug_traceability(c: Corpus) -> None:
    f = "drug-traceability"
    for _ in range(16):
        lng, lat = lnglat(c)
        q = [
            ("code", trace_code(c, c.pick(DRUGS)[0])),
            ("scene", c.pick(["scan", "input"])),
            ("lng", lng),
            ("lat", lat),
        ]
        c.add(f, "trace-scan", "GET", "/yjzs/api/trace/query?" + qs(q, axios), miniprogram(c))
    for _ in range(16):
        q = [
            ("itemId", c.pick(["ff80808183cad75001840881f848179f", "ff80808183cad7500184088665711800"])),
            ("isSenior", "N"),
            ("searchValue", c.pick(["阿莫西林", "布洛芬", "二甲双胍", "感冒灵", "H52020418", "疫苗", "银杏叶 片"])),
            ("pageNum", c.num(1, 4)),
            ("pageSize", 20),
            ("timestamp", c.ms()),
        ]
        c.add(f, "drug-search", "GET", "/datasearch/data/nmpadata/search?" + qs(q, axios), web(c, mobile=0.3))
    for _ in range(14):
        d = c.pick(DRUGS)
        q = [("pzwh", d[3]), ("tym", d[1])]
        c.add(f, "approval-detail", "GET", "/datasearch/api/yp/detail?" + qs(q, axios), web(c, mobile=0.3))
    for _ in range(16):
        gtin = gtin14(c)
        exp = c.day(200, 900)
        lot = c.pick(["L", "B", "2027"]) + c.digits(5)
        udi = f"(01){gtin}(17){exp:%y%m%d}(10){lot}" + (f"(21)SN{c.digits(6)}" if c.chance(0.5) else "")
        q = [("udi", udi), ("source", c.pick(["scan", "manual"]))]
        c.add(f, "udi-query", "GET", "/udi/api/di/parse?" + qs(q, axios), web(c, mobile=0.6))
    for _ in range(14):
        q = [
            (
                "bah",
                c.pick(
                    [f"黔G妆网备字{c.num(2024, 2027)}{c.digits(6)}", f"国妆特字G{c.num(2024, 2027)}{c.digits(4)}", ""]
                ),
            ),
            ("cpmc", c.pick(["", "玫瑰 保湿 面霜", "刺梨 精华 液", "防晒 乳 SPF50+ PA++++"])),
            ("page", 1),
        ]
        c.add(f, "cosmetic-query", "GET", "/hzp/api/ba/search?" + qs(q, axios), web(c, mobile=0.5))
    for _ in range(14):
        d = c.pick(DRUGS)
        start = c.day(-40, -5)
        doc = {
            "bglx": c.pick(["新的", "一般", "严重"]),
            "hzxm": c.person()[0] + "*",
            "xb": c.pick(["男", "女"]),
            "nl": c.num(3, 88),
            "tz": c.num(15, 95),
            "yp": [
                {
                    "pzwh": d[3],
                    "tym": d[1],
                    "gg": d[2],
                    "zsm": trace_code(c, d[0]),
                    "yfyl": c.pick(["0.5g 口服 tid", "1 片 qd", "1 袋 bid 冲服", "0.5ml 肌注"]),
                    "kssj": f"{start:%Y-%m-%d}",
                    "yy": c.pick(["上呼吸道 感染", "2 型 糖尿病", "过敏性 鼻炎", "预防 接种"]),
                }
            ],
            "blfymc": c.pick(["皮疹", "恶心 呕吐", "注射 部位 红肿", "低血糖"]),
            "fssj": f"{start + timedelta(days=c.num(0, 3)):%Y-%m-%d %H:%M}",
            "blfyms": c.pick(ADR_TEXTS),
            "zg": c.pick(["痊愈", "好转", "未好转"]),
            "bgr": c.person(),
            "bgrzy": c.pick(["医生", "药师", "患者 本人"]),
            "lxdh": c.mobile(),
        }
        c.add(f, "adr-report", "POST", "/adr/api/report/submit", web(c, JSON_CT, 0.2), js_json(doc))
    for _ in range(16):
        items = []
        for d in c.sample(DRUGS, c.num(1, 3)):
            n = c.num(1, 3)
            price = c.num(800, 9800) / 100
            items.append(
                {
                    "ypbsm": d[0],
                    "tym": d[1],
                    "pzwh": d[3],
                    "sl": n,
                    "dj": price,
                    "je": round(n * price, 2),
                    "zsmList": [trace_code(c, d[0]) for _ in range(n)],
                }
            )
        doc = {
            "ddbh": f"YD52{c.digits(6)}{c.when():%Y%m%d%H%M%S}",
            "ydbm": f"P52{c.digits(10)}",
            "xssj": f"{c.when():%Y-%m-%d %H:%M:%S}",
            "jsfs": c.pick(["医保 统筹", "个人 账户", "现金", "微信"]),
            "mx": items,
            "zje": round(sum(i["je"] for i in items), 2),
        }
        h = service(c, c.pick(JAVA_UAS), {"X-Pharmacy-Code": doc["ydbm"], "X-Request-Id": c.uid()})
        c.add(f, "sale-upload", "POST", "/yjzs/api/sale/upload", h, js_json(doc))
    for _ in range(14):
        d = c.pick(DRUGS)
        parts = [
            ("ypmc", d[1]),
            ("zsm", trace_code(c, d[0])),
            ("gmdd", f"{c.pick(DISTRICT_NAMES)}{c.pick(ROADS)} {c.pick(['某 大药房', '某 诊所', '网店（拼多多）'])}"),
            (
                "wtms",
                c.pick(
                    [
                        "扫码 显示 “该 追溯码 已 被 查询 12 次”，怀疑 是 回收 药。",
                        "包装 印刷 模糊，批号 与 说明书 不一致。",
                    ]
                ),
            ),
            ("lxdh", c.mobile()),
            ("photo", (f"IMG_{c.digits(8)}.jpg", "image/jpeg", jpeg(c, c.num(500, 900)))),
        ]
        h, body = upload(c, parts, f"{SITE}/yjzs/jb.html", 0.7)
        c.add(f, "suspect-report", "POST", "/yjzs/api/report/suspect", h, body)
    for _ in range(12):
        q = [("lb", c.pick(["药品", "医疗器械", "化妆品"])), ("nd", c.pick(["2027", "2026"])), ("pageNo", c.num(1, 5))]
        c.add(f, "recall-list", "GET", "/yjzs/zh/list.do?" + qs(q), web(c, None, 0.3, "", JQ_ACCEPT, True))


# --- blood-donation -----------------------------------------------------------------------------------

BLOOD_SITES = {  # id: (名称, lng, lat)
    "XXW001": ("贵州省 血液中心 献血 屋（喷水池）", 106.7118, 26.5797),
    "XXW004": ("观山湖 献血 屋（世纪城）", 106.6404, 26.6202),
    "XXW007": ("花溪 献血 屋（大学城）", 106.6669, 26.3888),
    "XXC012": ("流动 献血车（小河 万科）", 106.7003, 26.5290),
}
DONATION_KINDS = {"全血": 180, "机采血小板": 14}  # days since the last donation of that kind (GB 18467-2011)
MIN_WEIGHT = {"男": 50, "女": 45}
QUESTIONS = [
    "近 一周 是否 有 感冒、发热、腹泻？",
    "近 6 个月 是否 做过 手术、输血？",
    "近 1 年 是否 有 纹身、穿耳洞？",
    "是否 正在 服用 阿司匹林 等 药物？",
    "近 4 周 是否 接种 过 疫苗（含 新冠）？",
]
FREE_ALL_ML = 800  # 本人 累计 献血 800 ml 以上: 全额
SELF_TIMES = 5  # 不足: 献血量 的 5 倍
AWARDS = [(40, "金奖"), (30, "银奖"), (20, "铜奖")]


def reimbursable(relation: str, donated: int, used: int, cost: float) -> float:
    """用血 费用 报销 as the 条例 rules: the free volume, then the cost share of the used volume it covers."""
    if relation == "本人":
        free = math.inf if donated >= FREE_ALL_ML else donated * SELF_TIMES
    else:
        free = donated
    return round(cost * min(1.0, free / used), 2)


def award(times: int) -> str:
    return next((name for n, name in AWARDS if times >= n), "")


@family("blood-donation")
def blood_donation(c: Corpus) -> None:
    f = "blood-donation"
    ref = f"{SITE}/xxfw/yy.html"
    for _ in range(16):
        lng, lat = lnglat(c)
        q = [("lng", lng), ("lat", lat), ("radius", c.pick([3000, 5000, 10000])), ("rq", ymd(c, 0, 14))]
        c.add(f, "site-list", "GET", "/xxfw/api/site/nearby?" + qs(q, axios), miniprogram(c))
    for _ in range(14):
        q = [("siteId", c.pick(list(BLOOD_SITES))), ("rq", ymd(c, 0, 14)), ("xxlx", c.pick(list(DONATION_KINDS)))]
        c.add(f, "slot-query", "GET", "/xxfw/api/site/slots?" + qs(q, axios), miniprogram(c))
    for _ in range(18):
        kind = c.pick(list(DONATION_KINDS))
        day = c.day(1, 14)
        first = c.chance(0.3)
        last = day - timedelta(days=c.num(DONATION_KINDS[kind], DONATION_KINDS[kind] + 400))
        doc = {
            "siteId": c.pick(list(BLOOD_SITES)),
            "rq": f"{day:%Y-%m-%d}",
            "sd": c.pick(SLOTS),
            "xxlx": kind,
            "xxl": c.pick([200, 300, 400]) if kind == "全血" else c.pick([1, 2]),
            "xm": c.person(),
            "sfzh": c.idcard(),
            "sjh": c.mobile(),
            "scxx": first,
            "scxxrq": "" if first else f"{last:%Y-%m-%d}",
            "jgts": None if first else (day - last).days,
        }
        c.add(f, "book", "POST", "/xxfw/api/yy/submit", miniprogram(c, "application/json"), js_json(doc))
    for _ in range(16):
        sex = c.pick(["男", "女"])
        age, weight = c.num(17, 62), c.num(42, 90)
        answers = [{"q": q, "a": "是" if c.chance(0.08) else "否"} for q in QUESTIONS]
        doc = {
            "sfzh": c.idcard(),
            "xb": sex,
            "nl": age,
            "tz": weight,
            "wj": answers,
            "hg": 18 <= age <= 60 and weight >= MIN_WEIGHT[sex] and all(a["a"] == "否" for a in answers),
        }
        c.add(f, "questionnaire", "POST", "/xxfw/api/zx/submit", miniprogram(c, "application/json"), js_json(doc))
    for _ in range(14):
        q = [("xm", c.person()), ("zjhm", c.idcard()), ("xzh", f"5201{c.num(2019, 2027)}{c.digits(7)}")]
        c.add(f, "cert-query", "GET", "/xxfw/api/xxz/query?" + qs(q, axios), web(c, mobile=0.7, referer=ref))
    for _ in range(14):
        relation = c.pick(["本人", "本人", "配偶", "父母", "子女"])
        donated, used = c.pick([200, 400, 600, 800, 1200, 2000]), c.pick([400, 800, 1200, 2000, 3200])
        cost = round(used / 200 * c.pick([220.0, 245.0, 260.5]), 2)
        parts: list = [
            ("xxzxm", c.person()),
            ("xxzsfzh", c.idcard()),
            ("yxrgx", relation),
            ("ljxxl", str(donated)),
            ("yxl", str(used)),
            ("yxfy", f"{cost:.2f}"),
            ("bxje", f"{reimbursable(relation, donated, used, cost):.2f}"),
            ("yhkh", bank_card(c)),
            ("files", (f"用血 发票-{c.digits(4)}.pdf", "application/pdf", pdf_head(c, c.num(500, 900)))),
        ]
        if relation != "本人":
            parts.append(("files", attachment(c, "亲属 关系 证明")))
        h, body = upload(c, parts, f"{SITE}/xxfw/bx.html", 0.5)
        c.add(f, "reimburse-apply", "POST", "/xxfw/api/bx/apply", h, body)
    for _ in range(14):
        q = [("sfzh", c.idcard()), ("page", 1), ("size", 10)]
        c.add(f, "record-query", "GET", "/xxfw/api/xxjl/list?" + qs(q, axios), miniprogram(c))
    for _ in range(12):
        whole, apheresis = c.num(5, 40), c.num(0, 20)
        doc = {
            "sfzh": c.idcard(),
            "xm": c.person(),
            "qxcs": whole,
            "jccs": apheresis,
            "zcs": whole + apheresis,
            "sbjx": award(whole + apheresis),
            "gzdw": company(c),
        }
        c.add(f, "honor-apply", "POST", "/xxfw/api/jl/apply", web(c, JSON_CT, 0.3), js_json(doc))
    for _ in range(14):
        people = [
            {"xm": c.person(), "sfzh": c.idcard(), "xx": c.pick(["A", "B", "O", "AB", "不详"])}
            for _ in range(c.num(2, 6))
        ]
        doc = {
            "dwmc": company(c),
            "tyxydm": uscc(c),
            "lxr": c.person(),
            "lxdh": c.mobile(),
            "yyrq": ymd(c, 7, 40),
            "rs": len(people),
            "md": people,
            "bz": c.pick(["", "希望 献血车 上午 9:00 到 单位 门口（停车 位 已 预留）", "“世界 献血者 日” 主题 活动"]),
        }
        c.add(f, "group-signup", "POST", "/xxfw/api/tt/signup", web(c, JSON_CT, 0.1), js_json(doc))


# --- charity-donation ---------------------------------------------------------------------------------

CHARITIES = [
    "贵州省 慈善 总会",
    "贵州省 青少年 发展 基金会",
    "贵阳市 慈善 会",
    "贵州 乡村 振兴 公益 基金会",
    "贵州省 红十字 基金会",
]
PROJECTS = [
    "“春蕾 计划” 助学 项目（2027）",
    "乡村 儿童 营养 午餐",
    "7·26 暴雨 洪涝 灾害 救助",
    "困境 老人 “温暖 过冬” 行动",
    "先心病 患儿 救助 [第 3 期]",
]
DONOR_WORDS = [
    "加油！",
    "一点 心意，愿 孩子们 吃饱 饭。",
    "",
    "祝 早日 康复 🙏",
    "月捐 第 12 个 月 😊",
    "——一名 退休 教师",
]
GOODS = [("N95 口罩", "盒", 45.0), ("棉被（1.5m×2m）", "床", 120.0), ("大米 10kg", "袋", 52.0), ("书包", "个", 68.0)]
PERSON_RATE, ENTERPRISE_RATE = 0.30, 0.12


@family("charity-donation")
def charity_donation(c: Corpus) -> None:
    f = "charity-donation"
    for _ in range(18):
        q = [
            ("keyword", c.pick([*CHARITIES, "基金会", "慈善", ""])),
            ("xzqh", c.pick(list(DISTRICTS))),
            ("gkmjzg", c.pick(["", "1", "0"])),
            ("pageNo", c.num(1, 3)),
            ("pageSize", 10),
        ]
        c.add(f, "org-search", "GET", "/cszg/api/org/search?" + qs(q, axios), web(c, mobile=0.3))
    for _ in range(14):
        code = uscc_with(c, c.pick(["53", "51", "52"]))
        q = [("bah", f"{code}{c.num(25, 27)}{c.num(1, 40):03d}"), ("tyxydm", code)]
        c.add(f, "plan-query", "GET", "/cszg/api/mjfa/detail?" + qs(q, axios), web(c, mobile=0.3))
    for _ in range(20):
        doc = {
            "xmid": f"MJ{c.digits(10)}",
            "xmmc": c.pick(PROJECTS),
            "je": c.pick(["1.00", "10.00", "20.00", "50.00", "100.00", "500.00", "66.66"]),
            "nm": c.chance(0.4),
            "ly": c.pick(DONOR_WORDS),
            "xypj": c.chance(0.3),
            "openid": "o" + c.alnum(27, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
        }
        c.add(f, "donate", "POST", "/cszg/api/jz/order", miniprogram(c, "application/json"), js_json(doc))
    for _ in range(14):
        person = c.chance(0.6)
        fields = [
            ("jzrlx", "个人" if person else "单位"),
            ("jzrmc", c.person() if person else company(c)),
            ("zjhm", c.idcard() if person else uscc(c)),
            ("jzje", f"{c.num(1, 500) * 10}.00"),
            ("jzrq", ymd(c, -60, -1)),
            (
                "yx",
                c.alnum(8, "abcdefghijklmnopqrstuvwxyz0123456789")
                + "@"
                + c.pick(["qq.com", "163.com", "example.gov.cn"]),
            ),
            ("lsh", f"JZ{c.when():%Y%m%d}{c.digits(8)}"),
        ]
        h = web(c, JQ_FORM, 0.4, f"{SITE}/cszg/pj/sq.html", JQ_ACCEPT, xrw=True)
        c.add(f, "receipt-apply", "POST", "/cszg/pj/apply.do", h, qs(fields, jq))
    for _ in range(14):
        if c.chance(0.5):
            base = float(c.num(20, 400) * 1000)
            gift = float(c.num(1, 200) * 500)
            cap = round(base * PERSON_RATE, 2)
            doc: dict = {"lx": "个人", "ynssde": base, "jzje": gift, "kcbl": PERSON_RATE, "kcxe": cap}
            doc["kcje"] = min(gift, cap)
        else:
            base = float(c.num(10, 5000) * 10000)
            gift = float(c.num(1, 800) * 10000)
            cap = round(base * ENTERPRISE_RATE, 2)
            doc = {"lx": "企业", "lrze": base, "jzje": gift, "kcbl": ENTERPRISE_RATE, "kcxe": cap}
            doc["kcje"] = min(gift, cap)
            doc["jzkc"] = round(gift - doc["kcje"], 2)
        c.add(f, "deduction-calc", "POST", "/cszg/api/tool/kc", web(c, JSON_CT, 0.4), js_json(doc))
    for _ in range(14):
        items = []
        for name, unit, price in c.sample(GOODS, c.num(1, 3)):
            n = c.num(10, 500)
            items.append({"mc": name, "dw": unit, "sl": n, "dj": price, "je": round(n * price, 2)})
        doc = {
            "jzr": company(c),
            "tyxydm": uscc(c),
            "sjjg": c.pick(CHARITIES),
            "wz": items,
            "hj": round(sum(i["je"] for i in items), 2),
            "yt": c.pick(["定向 捐赠 给 “7·26” 受灾 群众", "不 定向"]),
        }
        c.add(f, "goods-donate", "POST", "/cszg/api/wz/register", web(c, JSON_CT, 0.1), js_json(doc))
    for _ in range(14):
        q = [("xmid", f"MJ{c.digits(10)}"), ("nd", c.pick([2026, 2027])), ("lx", c.pick(["sr", "zc"]))]
        c.add(f, "disclosure-query", "GET", "/cszg/api/gs/list?" + qs(q, axios), web(c, mobile=0.5))
    for _ in range(12):
        q = [("stmc", c.pick(["", "某 信托 有限 责任 公司", *CHARITIES[:2]])), ("nd", 2027), ("page", 1)]
        c.add(f, "trust-query", "GET", "/cszg/xt/list.do?" + qs(q), web(c, None, 0.2, "", JQ_ACCEPT, True))
    for _ in range(14):
        doc = {
            "xm": c.person(),
            "lxdh": c.mobile(),
            "lx": c.pick(["票据", "项目 进展", "退款"]),
            "nr": c.pick(
                [
                    "3 月 12 日 通过 小程序 捐了 100 元（订单号 JZ2027…），怎么 开 电子 票据？抬头 写 单位 可以 吗？",
                    "想 了解 “乡村 儿童 营养 午餐” 项目 的 执行 情况，有没有 季度 报告？",
                    "误操作 捐 了 两次（各 50 元），能否 退回 一笔？",
                ]
            ),
        }
        c.add(f, "consult", "POST", "/cszg/api/zx/submit", web(c, JSON_CT, 0.6), js_json(doc))


# --- volunteer-service --------------------------------------------------------------------------------

VOL_PROJECTS = {  # id: (名称, 类别, lng, lat)
    "ZY2027001": ("南明河 “护河 行动” 清漂", "生态 环保", 106.7126, 26.5736),
    "ZY2027014": ("社区 “一老一小” 课后 托管", "关爱 少年儿童", 106.6391, 26.6173),
    "ZY2027022": ("贵阳 马拉松 赛道 补给站 服务", "大型 赛会", 106.6298, 26.6467),
    "ZY2027035": ("政务 服务 大厅 “帮 您 办” 引导", "文明 实践", 106.6325, 26.6509),
    "ZY2027041": ("无偿 献血 宣传", "卫生 健康", 106.7118, 26.5797),
}
STARS = [(1500, 5), (1000, 4), (600, 3), (300, 2), (100, 1)]


def star(hours: float) -> int:
    return next((s for h, s in STARS if hours >= h), 0)


def service_hours(minutes: int) -> float:
    """签到 to 签退, counted in whole half hours."""
    return (minutes // 30) / 2


@family("volunteer-service")
def volunteer_service(c: Corpus) -> None:
    f = "volunteer-service"
    for _ in range(16):
        doc = {
            "xm": c.person(),
            "zjlx": "居民身份证",
            "zjhm": c.idcard(),
            "sjh": c.mobile(),
            "zzmm": c.pick(["群众", "共青团员", "中共党员"]),
            "xl": c.pick(["高中", "大专", "本科", "硕士"]),
            "fwlb": c.sample(["生态 环保", "关爱 少年儿童", "大型 赛会", "文明 实践", "卫生 健康", "应急 救援"], 2),
            "jn": c.pick(["急救（红十字 救护员 证）", "手语", "英语 口语", "摄影", "心理 疏导"]),
            "fwqy": c.pick(list(DISTRICTS)),
            "ty": True,
        }
        c.add(f, "register", "POST", "/zyfw/api/zyz/register", miniprogram(c, "application/json"), js_json(doc))
    for _ in range(18):
        lng, lat = lnglat(c)
        q = [
            ("keyword", c.pick(["", "护河", "托管", "马拉松", "献血"])),
            ("fwlb", c.pick(["", "生态 环保", "关爱 少年儿童"])),
            ("zt", c.pick(["zmz", "jxz"])),
            ("lng", lng),
            ("lat", lat),
            ("page", c.num(1, 3)),
        ]
        c.add(f, "project-list", "GET", "/zyfw/api/xm/list?" + qs(q, axios), miniprogram(c))
    for _ in range(12):
        pid = c.pick(list(VOL_PROJECTS))
        name, kind, lng, lat = VOL_PROJECTS[pid]
        start = c.day(3, 30)
        doc = {
            "tdmc": c.pick(["观山湖区 志愿者 联合会", "贵州大学 青年 志愿者 协会", "某 社区 新时代 文明 实践 站"]),
            "xmmc": name,
            "fwlb": kind,
            "zmrs": c.num(5, 60),
            "kssj": f"{start:%Y-%m-%d} 09:00",
            "jssj": f"{start:%Y-%m-%d} {c.pick(['12:00', '17:30'])}",
            "dz": f"{c.pick(DISTRICT_NAMES)}{c.pick(ROADS)}{c.num(1, 300)}号",
            "lng": lng,
            "lat": lat,
            "ms": "1. 请 穿 志愿者 马甲、自带 水杯；\n2. 提前 15 分钟 签到；\n"
            "3. 注意 防晒（“高温 橙色 预警” 时 活动 顺延）。",
        }
        c.add(f, "project-publish", "POST", "/zyfw/api/xm/publish", web(c, JSON_CT, 0.1), js_json(doc))
    for _ in range(16):
        doc = {"xmid": c.pick(list(VOL_PROJECTS)), "zyzid": f"V52{c.digits(9)}", "bc": c.pick(["上午", "下午", "全天"])}
        c.add(f, "project-signup", "POST", "/zyfw/api/xm/signup", miniprogram(c, "application/json"), js_json(doc))
    for _ in range(16):
        pid = c.pick(list(VOL_PROJECTS))
        _, _, plng, plat = VOL_PROJECTS[pid]
        lng, lat = near(c, plng, plat)
        doc = {
            "xmid": pid,
            "zyzid": f"V52{c.digits(9)}",
            "qdsj": f"{c.when():%Y-%m-%d %H:%M:%S}",
            "lng": lng,
            "lat": lat,
            "jl": distance_m(plng, plat, lng, lat),
        }
        c.add(f, "sign-in", "POST", "/zyfw/api/kq/qd", miniprogram(c, "application/json"), js_json(doc))
    for _ in range(16):
        start = c.when()
        minutes = c.num(40, 540)
        doc = {
            "xmid": c.pick(list(VOL_PROJECTS)),
            "zyzid": f"V52{c.digits(9)}",
            "qdsj": f"{start:%Y-%m-%d %H:%M:%S}",
            "qtsj": f"{start + timedelta(minutes=minutes):%Y-%m-%d %H:%M:%S}",
            "fwsc": service_hours(minutes),
        }
        c.add(f, "sign-out", "POST", "/zyfw/api/kq/qt", miniprogram(c, "application/json"), js_json(doc))
    for _ in range(14):
        q = [("zyzid", f"V52{c.digits(9)}"), ("nd", c.pick(["", "2027"]))]
        c.add(f, "hours-query", "GET", "/zyfw/api/sc/query?" + qs(q, axios), miniprogram(c))
    for _ in range(14):
        hours = c.num(20, 2000) / 2
        doc = {
            "zyzid": f"V52{c.digits(9)}",
            "xm": c.person(),
            "zjhm": c.idcard(),
            "ljsc": hours,
            "xj": star(hours),
            "yt": c.pick(["升学", "求职", "评优 评先", "出国（留学）"]),
            "kjdw": c.pick(["观山湖区 志愿者 联合会", "贵阳市 志愿服务 联合会"]),
        }
        c.add(f, "certificate-apply", "POST", "/zyfw/api/zm/apply", web(c, JSON_CT, 0.5), js_json(doc))
    for _ in range(12):
        fields = [
            ("tdid", f"TD52{c.digits(6)}"),
            ("zyzid", f"V52{c.digits(9)}"),
            ("sqly", c.pick(["", "住 附近，周末 有空。"])),
        ]
        h = web(c, JQ_FORM, 0.4, f"{SITE}/zyfw/td/detail.html", JQ_ACCEPT, xrw=True)
        c.add(f, "team-join", "POST", "/zyfw/td/join.do", h, qs(fields, jq))


# --- utility-billing ----------------------------------------------------------------------------------

ELEC_TIERS = [(2160.0, 0.4556), (4200.0, 0.5056), (math.inf, 0.7556)]  # 年 kWh, 元/kWh
WATER_TIERS = [(180.0, 3.1), (260.0, 4.65), (math.inf, 9.3)]  # 年 m³, 元/m³
GAS_TIERS = [(350.0, 2.65), (500.0, 3.18), (math.inf, 3.98)]  # 年 m³, 元/m³
UTILITIES = {"dian": "电费", "shui": "水费", "qi": "燃气费"}
OUTAGE_REASONS = [
    "计划 检修：10kV 金阳 Ⅱ 回 线路 迁改",
    "临时 停电：变压器 故障 抢修",
    "配合 市政 道路 施工（林城西路）",
]


def account_no(c: Corpus, kind: str) -> str:
    return {"dian": "05" + c.digits(8), "shui": "S" + c.digits(8), "qi": "Q52" + c.digits(7)}[kind]


@family("utility-billing")
def utility_billing(c: Corpus) -> None:
    f = "utility-billing"
    for _ in range(16):
        kind = c.pick(list(UTILITIES))
        doc = {
            "lx": kind,
            "hh": account_no(c, kind),
            "hm": c.person()[0] + "**",
            "bz": c.pick(["家", "父母 家", "出租 房"]),
        }
        c.add(f, "account-bind", "POST", "/shjf/api/hh/bind", miniprogram(c, "application/json"), js_json(doc))
    for _ in range(18):
        kind = c.pick(list(UTILITIES))
        q = [("lx", kind), ("hh", account_no(c, kind)), ("ny", f"2027{c.num(1, 12):02d}")]
        c.add(f, "bill-query", "GET", "/shjf/api/zd/query?" + qs(q, axios), miniprogram(c))
    for _ in range(14):
        before, used = float(c.num(0, 4800)), float(c.num(40, 900))
        doc = {
            "hh": account_no(c, "dian"),
            "ndljdl": before,
            "bydl": used,
            "jt": [{"sx": h if h != math.inf else None, "dj": p} for h, p in ELEC_TIERS],
            "dfje": ladder(before, used, ELEC_TIERS),
        }
        c.add(f, "elec-calc", "POST", "/shjf/api/df/calc", web(c, JSON_CT, 0.6), js_json(doc))
    for _ in range(18):
        kind = c.pick(list(UTILITIES))
        owed = c.num(0, 40000) / 100
        doc = {
            "lx": kind,
            "hh": account_no(c, kind),
            "qfje": owed,
            "jfje": round(owed + c.pick([0, 0, 50, 100, 200]), 2),
            "zffs": c.pick(["wxpay", "unionpay", "alipay"]),
            "ddh": f"JF{c.when():%Y%m%d%H%M%S}{c.digits(6)}",
        }
        c.add(f, "pay-order", "POST", "/shjf/api/jf/order", miniprogram(c, "application/json"), js_json(doc))
    for _ in range(14):
        before, volume = float(c.num(0, 600)), float(c.pick([20, 50, 100, 150, 200]))
        doc = {
            "kh": f"IC{c.digits(10)}",
            "hh": account_no(c, "qi"),
            "ndljql": before,
            "gql": volume,
            "je": ladder(before, volume, GAS_TIERS),
            "xkbz": "1",
        }
        c.add(
            f, "gas-recharge", "POST", "/shjf/api/rq/recharge", app_headers(c, "gyrq", "3.2.1", JSON_CT), js_json(doc)
        )
    for _ in range(14):
        prev = c.num(100, 3000)
        now = prev + c.num(3, 45)
        before = float(c.num(0, 300))
        fields = [
            ("hh", account_no(c, "shui")),
            ("sqds", prev),
            ("bqds", now),
            ("ysl", now - prev),
            ("ndljsl", before),
            ("sf", ladder(before, float(now - prev), WATER_TIERS)),
            ("cbrq", ymd(c, -3, 0)),
        ]
        h = web(c, JQ_FORM, 0.7, f"{SITE}/shjf/sb.html", JQ_ACCEPT, xrw=True)
        c.add(f, "water-reading", "POST", "/shjf/zb/save.do", h, qs(fields, jq))
    for _ in range(12):
        kind = c.pick(list(UTILITIES))
        doc = {
            "lx": kind,
            "hh": account_no(c, kind),
            "ny": f"2027{c.num(1, 12):02d}",
            "ttlx": (ttlx := c.pick(["个人", "单位"])),
            "tt": c.person() if ttlx == "个人" else company(c),
            "sh": "" if ttlx == "个人" else uscc(c),
            "yx": f"{c.alnum(7, 'abcdefghijklmnopqrstuvwxyz')}@163.com",
        }
        c.add(f, "invoice-apply", "POST", "/shjf/api/fp/apply", web(c, JSON_CT, 0.5), js_json(doc))
    for _ in range(14):
        q = [
            ("xzqh", c.pick(list(DISTRICTS))),
            ("ksrq", ymd(c, 0, 3)),
            ("jsrq", ymd(c, 4, 10)),
            ("yy", c.pick(["", "计划"])),
        ]
        c.add(f, "outage-notice", "GET", "/shjf/api/tdgg/list?" + qs(q, axios), web(c, mobile=0.6))
    for _ in range(12):
        kind = c.pick(list(UTILITIES))
        parts = [
            ("lx", kind),
            ("hh", account_no(c, kind)),
            (
                "gzms",
                c.pick(
                    [
                        "水表 井 盖 破损，表 玻璃 起雾 看不清 读数。",
                        "燃气 表 显示 “E-03”，无法 用 气。",
                        "楼道 电表箱 有 焦糊味！",
                    ]
                ),
            ),
            ("dz", f"{c.pick(ESTATES)}{c.num(1, 20)}栋{c.num(1, 3)}单元"),
            ("photo", (f"IMG_{c.digits(8)}.jpg", "image/jpeg", jpeg(c, c.num(500, 900)))),
        ]
        h, body = upload(c, parts, f"{SITE}/shjf/bx.html", 0.8)
        c.add(f, "repair-report", "POST", "/shjf/api/bx/submit", h, body)


# --- ev-charging (T/CEC 102.4 互联互通) -----------------------------------------------------------------

OPERATORS = {  # OperatorID: (OperatorSecret, DataSecret, DataSecretIV, SigSecret)
    "MA6DN2X7P": ("Kq7Lm2Xv9Pz4Rt8W", "a3F9c2E17b5D4068", "b2C4e6F8a0D1c3E5", "Sig7Hq2Lm9Pz4Rt8"),
    "MA6HT8K2Q": ("Nb5Fj0Hs7Ak2Lq9Z", "7e9A1b3D2f40686A", "8c0E2b4D6f8A1c3E", "Sg4Vb8Nc1Xz6Kp4L"),
}
EV_STATIONS = {  # StationID: (名称, lng, lat)
    "GY0001": ("观山湖区 市民 中心 地下 充电站", 106.6325, 26.6509),
    "GY0007": ("贵阳北站 P3 停车场 充电站", 106.6807, 26.6185),
    "GY0012": ("花溪 大学城 公交 枢纽 充电站", 106.6702, 26.3901),
    "GY0020": ("龙洞堡 机场 P2 充电站", 106.8004, 26.5446),
}
ELEC_PRICES = [0.3501, 0.6202, 0.8803]  # 谷/平/峰 元/kWh
SERVICE_PRICES = [0.4, 0.6, 0.8]


def aes_encrypt(data: str, key: str, iv: str) -> str:
    padder = padding.PKCS7(128).padder()
    raw = padder.update(data.encode()) + padder.finalize()
    enc = Cipher(algorithms.AES(key.encode()), modes.CBC(iv.encode())).encryptor()
    return base64.b64encode(enc.update(raw) + enc.finalize()).decode()


def aes_decrypt(text: str, key: str, iv: str) -> str:
    dec = Cipher(algorithms.AES(key.encode()), modes.CBC(iv.encode())).decryptor()
    raw = dec.update(base64.b64decode(text)) + dec.finalize()
    unpadder = padding.PKCS7(128).unpadder()
    return (unpadder.update(raw) + unpadder.finalize()).decode()


def cec_sig(secret: str, operator: str, data: str, ts: str, seq: str) -> str:
    return hmac.new(secret.encode(), (operator + data + ts + seq).encode(), "md5").hexdigest().upper()


def cec_body(c: Corpus, operator: str, payload: dict) -> str:
    """The T/CEC 102.4 request envelope: Data encrypted with the operator's DataSecret, signed with its SigSecret."""
    _, key, iv, sig_secret = OPERATORS[operator]
    data = aes_encrypt(json.dumps(payload, ensure_ascii=False, separators=(",", ":")), key, iv)
    ts = f"{c.when():%Y%m%d%H%M%S}"
    seq = f"{c.num(1, 9999):04d}"
    return js_json(
        {
            "OperatorID": operator,
            "Data": data,
            "TimeStamp": ts,
            "Seq": seq,
            "Sig": cec_sig(sig_secret, operator, data, ts, seq),
        }
    )


def connector(c: Corpus) -> str:
    return f"{c.pick(list(EV_STATIONS))}{c.num(1, 20):03d}{c.num(1, 2):02d}"


@family("ev-charging")
def ev_charging(c: Corpus) -> None:
    f = "ev-charging"

    def push(shape: str, name: str, payload: dict, token: bool = True, operator: str = "") -> None:
        operator = operator or c.pick(list(OPERATORS))
        extra = {"Authorization": "Bearer " + c.b64(24, urlsafe=True)} if token else {}
        h = service(c, c.pick(JAVA_UAS), extra, "application/json;charset=utf-8")
        c.add(f, shape, "POST", f"/evcs/v20160701/{name}", h, cec_body(c, operator, payload))

    for _ in range(10):
        op = c.pick(list(OPERATORS))
        push("query-token", "query_token", {"OperatorID": op, "OperatorSecret": OPERATORS[op][0]}, False, op)
    for _ in range(14):
        push(
            "query-stations-info",
            "query_stations_info",
            {"LastQueryTime": f"{c.day(-30, -1):%Y-%m-%d %H:%M:%S}", "PageNo": c.num(1, 5), "PageSize": 50},
        )
    for _ in range(18):
        payload = {"ConnectorStatusInfo": {"ConnectorID": connector(c), "Status": c.pick([0, 1, 2, 3, 4, 255])}}
        push("notification-station-status", "notification_stationStatus", payload)
    for _ in range(14):
        push(
            "query-equip-auth",
            "query_equip_auth",
            {"EquipAuthSeq": c.pick(list(OPERATORS)) + c.digits(18), "ConnectorID": connector(c)},
        )
    for _ in range(14):
        payload = {
            "StartChargeSeq": c.pick(list(OPERATORS)) + c.digits(18),
            "ConnectorID": connector(c),
            "QRCode": f"hlht://{connector(c)}.{c.pick(list(OPERATORS))}/",
            "PhoneNum": c.mobile(),
            "PlateNum": plate(c),
        }
        push("query-start-charge", "query_start_charge", payload)
    for _ in range(16):
        start = c.when()
        details, t = [], start
        for i in range(c.num(1, 3)):
            minutes = c.num(10, 90)
            power = round(c.num(200, 6000) / 100, 2)
            e, s = ELEC_PRICES[i % 3], SERVICE_PRICES[i % 3]
            details.append(
                {
                    "DetailStartTime": f"{t:%Y-%m-%d %H:%M:%S}",
                    "DetailEndTime": f"{t + timedelta(minutes=minutes):%Y-%m-%d %H:%M:%S}",
                    "ElecPrice": e,
                    "SevicePrice": s,
                    "DetailPower": power,
                    "DetailElecMoney": round(power * e, 2),
                    "DetailSeviceMoney": round(power * s, 2),
                }
            )
            t += timedelta(minutes=minutes)
        elec = round(sum(d["DetailElecMoney"] for d in details), 2)
        serv = round(sum(d["DetailSeviceMoney"] for d in details), 2)
        payload = {
            "StartChargeSeq": c.pick(list(OPERATORS)) + c.digits(18),
            "ConnectorID": connector(c),
            "StartTime": f"{start:%Y-%m-%d %H:%M:%S}",
            "EndTime": f"{t:%Y-%m-%d %H:%M:%S}",
            "TotalPower": round(sum(d["DetailPower"] for d in details), 2),
            "TotalElecMoney": elec,
            "TotalSeviceMoney": serv,
            "TotalMoney": round(elec + serv, 2),
            "StopReason": c.pick([0, 1, 2, 3]),
            "SumPeriod": len(details),
            "ChargeDetails": details,
        }
        push("notification-charge-order-info", "notification_charge_order_info", payload)
    for _ in range(16):
        start = c.when()
        power = round(c.num(100, 5000) / 100, 2)
        elec, serv = round(power * ELEC_PRICES[1], 2), round(power * SERVICE_PRICES[1], 2)
        payload = {
            "StartChargeSeq": c.pick(list(OPERATORS)) + c.digits(18),
            "StartChargeSeqStat": 2,
            "ConnectorID": connector(c),
            "ConnectorStatus": 3,
            "CurrentA": round(c.num(100, 2500) / 10, 1),
            "VoltageA": round(c.num(3500, 7500) / 10, 1),
            "Soc": round(c.num(50, 990) / 10, 1),
            "StartTime": f"{start:%Y-%m-%d %H:%M:%S}",
            "EndTime": f"{start + timedelta(minutes=c.num(5, 90)):%Y-%m-%d %H:%M:%S}",
            "TotalPower": power,
            "ElecMoney": elec,
            "SeviceMoney": serv,
            "TotalMoney": round(elec + serv, 2),
        }
        push("notification-equip-charge-status", "notification_equip_charge_status", payload)
    for _ in range(16):
        lng, lat = lnglat(c)
        q = [
            ("lng", lng),
            ("lat", lat),
            ("radius", c.pick([2000, 5000])),
            ("cdlx", c.pick(["", "kc", "mc"])),
            ("kx", c.pick(["", "1"])),
            ("page", 1),
        ]
        c.add(f, "station-search", "GET", "/cdss/api/station/nearby?" + qs(q, axios), web(c, mobile=0.8))
    for _ in range(12):
        day = c.day(-30, -1)
        push(
            "query-station-stats",
            "query_station_stats",
            {
                "StationID": c.pick(list(EV_STATIONS)),
                "StartTime": f"{day:%Y-%m-%d} 00:00:00",
                "EndTime": f"{day:%Y-%m-%d} 23:59:59",
            },
        )


# --- smart-parking ------------------------------------------------------------------------------------

PLATE_LETTERS = "ABCDEFGHJ"  # 贵A 贵阳 … 贵J 毕节
PLATE_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
PARK_KEY = "tc-gy-2027-key"
PARKS = {
    "P520115001": ("林城西路 路内 泊位（一类）", 4, 2, 40),
    "P520102017": ("喷水池 地下 停车场", 5, 2, 60),
    "P520111006": ("花溪 公园 停车场", 3, 1, 20),
}  # 首小时, 每 30 分钟, 日 封顶


def plate(c: Corpus) -> str:
    """A GA 36-2018 plate: blue 5-character serials, 小型 新能源 D/F + 5, 大型 新能源 5 digits + D/F."""
    head = "贵" + c.pick(PLATE_LETTERS)
    kind = c.pick(["blue", "blue", "blue", "ne-small", "ne-small", "ne-large"])
    if kind == "ne-small":
        return head + c.pick("DF") + c.pick([c.pick(PLATE_CHARS), c.digits(1)]) + c.digits(4)
    if kind == "ne-large":
        return head + c.digits(5) + c.pick("DF")
    return head + c.pick(
        [c.digits(5), c.pick(PLATE_CHARS) + c.digits(4), c.digits(3) + c.pick(PLATE_CHARS) + c.digits(1)]
    )


def new_energy(p: str) -> bool:
    return len(p) == 8


def park_fee(park: str, minutes: int, plate_no: str) -> float:
    """15 分钟 免费; 首小时 then each started half hour; the day's cap; 新能源 half."""
    _, first, half, cap = PARKS[park]
    if minutes <= 15:
        return 0.0
    fee = min(cap, first + max(0, math.ceil((minutes - 60) / 30)) * half)
    return fee / 2 if new_energy(plate_no) else float(fee)


def park_sign(params: dict) -> str:
    text = "&".join(f"{k}={params[k]}" for k in sorted(params) if params[k] != "") + "&key=" + PARK_KEY
    return hashlib.md5(text.encode(), usedforsecurity=False).hexdigest().upper()


@family("smart-parking")
def smart_parking(c: Corpus) -> None:
    f = "smart-parking"
    for _ in range(16):
        lng, lat = lnglat(c)
        q = [("lng", lng), ("lat", lat), ("radius", c.pick([500, 1000, 2000])), ("type", c.pick(["", "ln", "tcc"]))]
        c.add(f, "berth-nearby", "GET", "/zhtc/api/bw/nearby?" + qs(q, axios), miniprogram(c))
    for _ in range(18):
        p = plate(c)
        q = [("plateNo", p), ("plateColor", "green" if new_energy(p) else c.pick(["blue", "blue", "yellow"]))]
        c.add(f, "fee-query", "GET", "/zhtc/api/order/current?" + qs(q, axios), miniprogram(c))
    for _ in range(18):
        park = c.pick(list(PARKS))
        p = plate(c)
        start = c.when()
        minutes = c.num(5, 900)
        doc = {
            "orderNo": f"TC{start:%Y%m%d%H%M%S}{c.digits(4)}",
            "parkCode": park,
            "plateNo": p,
            "inTime": f"{start:%Y-%m-%d %H:%M:%S}",
            "outTime": f"{start + timedelta(minutes=minutes):%Y-%m-%d %H:%M:%S}",
            "parkMinutes": minutes,
            "newEnergy": new_energy(p),
            "payAmount": park_fee(park, minutes, p),
            "payType": c.pick(["wxpay", "unionpay"]),
        }
        c.add(f, "pay", "POST", "/zhtc/api/order/pay", miniprogram(c, "application/json"), js_json(doc))
    for _ in range(14):
        q = [("plateNo", plate(c)), ("status", "unpaid"), ("page", 1)]
        c.add(f, "arrears-query", "GET", "/zhtc/api/arrears/list?" + qs(q, axios), miniprogram(c))
    for _ in range(12):
        parts = [
            ("plateNo", plate(c)),
            ("parkCode", c.pick(list(PARKS))),
            ("months", c.pick(["1", "3", "6", "12"])),
            ("xm", c.person()),
            ("sjh", c.mobile()),
            ("xsz", (f"行驶证-{c.digits(4)}.jpg", "image/jpeg", jpeg(c, c.num(500, 900)))),
        ]
        h, body = upload(c, parts, f"{SITE}/zhtc/yk.html", 0.6)
        c.add(f, "monthly-card", "POST", "/zhtc/api/yk/apply", h, body)
    for shape, n in (("gate-in", 16), ("gate-out", 16)):
        for _ in range(n):
            park = c.pick(list(PARKS))
            p = plate(c)
            start = c.when()
            params: dict = {
                "parkCode": park,
                "channel": c.pick(["IN01", "IN02"] if shape == "gate-in" else ["OUT01", "OUT02"]),
                "plateNo": p,
                "plateColor": "green" if new_energy(p) else c.pick(["blue", "blue", "yellow"]),
                "inTime": f"{start:%Y-%m-%d %H:%M:%S}",
                "timestamp": str(int(start.timestamp()) + c.num(0, 5)),
            }
            if shape == "gate-out":
                minutes = c.num(5, 900)
                params["outTime"] = f"{start + timedelta(minutes=minutes):%Y-%m-%d %H:%M:%S}"
                params["parkMinutes"] = minutes
                params["fee"] = park_fee(park, minutes, p)
            params["sign"] = park_sign(params)
            h = service(
                c, c.pick(["okhttp/3.14.9", "Apache-HttpClient/4.5.13 (Java/1.8.0_392)"]), {"X-Device-Id": c.hexs(6)}
            )
            c.add(f, shape, "POST", f"/zhtc/api/device/{shape.replace('gate-', '')}", h, js_json(params))
    for _ in range(12):
        doc = {
            "orderNos": [f"TC{c.when():%Y%m%d%H%M%S}{c.digits(4)}" for _ in range(c.num(1, 4))],
            "ttlx": (ttlx := c.pick(["个人", "单位"])),
            "tt": c.person() if ttlx == "个人" else company(c),
            "sh": "" if ttlx == "个人" else uscc(c),
            "yx": f"{c.alnum(7, 'abcdefghijklmnopqrstuvwxyz')}@qq.com",
        }
        c.add(f, "invoice-apply", "POST", "/zhtc/api/fp/apply", miniprogram(c, "application/json"), js_json(doc))
    for _ in range(12):
        parts = [
            ("orderNo", f"TC{c.when():%Y%m%d%H%M%S}{c.digits(4)}"),
            ("plateNo", plate(c)),
            ("sslx", c.pick(["重复 计费", "车牌 识别 错误", "已 离场 仍 计费"])),
            (
                "ssnr",
                c.pick(
                    [
                        "我 的 车 14:05 就 离场 了（有 行车 记录仪 视频），系统 显示 出场 时间 18:40。",
                        "识别 成 “贵A8O123”，实际 是 贵A80123。",
                    ]
                ),
            ),
            ("photo", (f"IMG_{c.digits(8)}.jpg", "image/jpeg", jpeg(c, c.num(500, 900)))),
        ]
        h, body = upload(c, parts, f"{SITE}/zhtc/ss.html", 0.8)
        c.add(f, "appeal", "POST", "/zhtc/api/ss/submit", h, body)


# --- forestry-service ---------------------------------------------------------------------------------

TREE_SPECIES = {"杉木": 0.70, "马尾松": 0.65, "柏木": 0.60, "桉树": 0.72, "光皮桦": 0.62}  # 出材率
HARVEST_TYPES = ["主伐", "抚育 采伐", "更新 采伐", "低产（效）林 改造"]
HARVEST_WAYS = ["皆伐", "择伐", "渐伐"]
OLD_TREES = ["银杏", "香樟", "桂花", "马尾松", "柏木", "榕树", "枫香"]
TREE_GRADES = [(500, "一级"), (300, "二级"), (100, "三级")]


def tree_grade(age: int) -> str:
    return next((g for a, g in TREE_GRADES if age >= a), "")


@family("forestry-service")
def forestry_service(c: Corpus) -> None:
    f = "forestry-service"
    for _ in range(16):
        species = c.pick(list(TREE_SPECIES))
        way = c.pick(HARVEST_WAYS)
        area = round(c.num(5, 500) / 100, 2)
        volume = round(area * c.num(40, 180), 2)
        doc = {
            "sqr": c.pick([c.person(), company(c)]),
            "sfzh": c.idcard(),
            "lqzh": f"黔（{c.num(2018, 2026)}）{c.pick(DISTRICT_NAMES)}不动产权第{c.digits(7)}号",
            "xzqh": c.pick(list(DISTRICTS)),
            "lb": f"{c.num(1, 40):04d}",
            "xb": f"{c.num(1, 90):03d}",
            "sz": species,
            "cflx": c.pick(HARVEST_TYPES),
            "cffs": way,
            "mj": area,
            "zs": c.num(50, 4000),
            "xj": volume,
            "ccl": round(volume * TREE_SPECIES[species], 2),
            "gxmj": area if way == "皆伐" else 0,
            "gxsz": species if way == "皆伐" else "",
            "gxqx": f"{c.num(2027, 2028)}年{c.num(1, 12)}月",
        }
        c.add(f, "harvest-apply", "POST", "/lycf/api/cfsq/submit", web(c, JSON_CT, 0.2), js_json(doc))
    for _ in range(14):
        q = [
            ("xzqh", c.pick(list(DISTRICTS))),
            ("nd", 2027),
            ("sz", c.pick(["", *TREE_SPECIES])),
            ("page", c.num(1, 4)),
        ]
        c.add(f, "harvest-publicity", "GET", "/lycf/gs/list.do?" + qs(q), web(c, None, 0.4, "", JQ_ACCEPT, True))
    for _ in range(14):
        q = [
            ("xkzh", f"{c.pick(list(DISTRICTS))}{c.num(2026, 2027)}{c.digits(5)}"),
            ("yzm", c.alnum(4, "abcdefghjkmnpqrstuvwxy3456789")),
        ]
        c.add(f, "permit-verify", "GET", "/lycf/api/xkz/verify?" + qs(q, axios), web(c, mobile=0.5))
    for _ in range(14):
        q = [("gsbh", f"{c.pick(list(DISTRICTS))}{c.digits(5)}"), ("sz", c.pick(["", *OLD_TREES]))]
        c.add(f, "tree-query", "GET", "/gsmm/api/tree/detail?" + qs(q, axios), web(c, mobile=0.6))
    for _ in range(14):
        age = c.num(80, 1200)
        lng, lat = lnglat(c)
        parts = [
            ("sz", c.pick(OLD_TREES)),
            ("xw", str(c.num(120, 900))),
            ("sg", str(c.num(8, 35))),
            ("gf", f"{c.num(6, 30)}×{c.num(6, 30)}"),
            ("gcsl", str(age)),
            ("dj", tree_grade(age)),
            ("lng", str(lng)),
            ("lat", str(lat)),
            (
                "szdd",
                f"{c.pick(DISTRICT_NAMES)}{c.pick(['青岩镇', '久安乡', '百花湖镇'])} 某 村 组 寨 门口（“风水树”）",
            ),
            ("photo", (f"IMG_{c.digits(8)}.jpg", "image/jpeg", jpeg(c, c.num(500, 900)))),
        ]
        h, body = upload(c, parts, f"{SITE}/gsmm/sb.html", 0.7)
        c.add(f, "tree-report", "POST", "/gsmm/api/tree/report", h, body)
    for _ in range(14):
        lng, lat = lnglat(c)
        parts = [
            ("bglx", "松材线虫病 疑似"),
            ("ks", str(c.num(1, 60))),
            (
                "ms",
                c.pick(
                    [
                        "马尾松 针叶 整株 变 红褐色，下垂 不落，树干 有 天牛 羽化孔。",
                        "山坡 上 3-5 株 松树 枯死，周边 有 砍伐 后 的 松木 堆放。",
                    ]
                ),
            ),
            ("lng", str(lng)),
            ("lat", str(lat)),
            ("photo", (f"IMG_{c.digits(8)}.jpg", "image/jpeg", jpeg(c, c.num(500, 900)))),
        ]
        h, body = upload(c, parts, f"{SITE}/lyfz/yq.html", 0.9)
        c.add(f, "pest-report", "POST", "/lyfz/api/yq/report", h, body)
    for _ in range(14):
        day = c.day(2, 20)
        fields = [
            ("sqr", c.person()),
            ("sfzh", c.idcard()),
            ("lxdh", c.mobile()),
            ("yhsy", c.pick(["计划 烧除（林下 可燃物）", "烧 田埂 杂草", "清明 祭祀 用火（烧纸）"])),
            ("yhdd", f"{c.pick(DISTRICT_NAMES)} 某 村 后山"),
            ("kssj", f"{day:%Y-%m-%d} 07:00"),
            ("jssj", f"{day:%Y-%m-%d} 10:00"),
            ("mj", str(c.num(1, 30))),
            ("fhcs", "开设 隔离带 ≥ 3m；安排 扑火 人员 5 名、风力 灭火机 2 台；三级 风 以上 停止 用火。"),
        ]
        h = web(c, JQ_FORM, 0.5, f"{SITE}/slfh/yh.html", JQ_ACCEPT, xrw=True)
        c.add(f, "fire-permit", "POST", "/slfh/yh/apply.do", h, qs(fields, jq))
    for _ in range(12):
        q = [("xzqh", c.pick(list(DISTRICTS))), ("rq", ymd(c, 0, 2))]
        c.add(f, "fire-risk", "GET", "/slfh/api/hxdj?" + qs(q, axios), web(c, mobile=0.5))
    for _ in range(14):
        start = c.when()
        track = [list(near(c, 106.7, 26.55, 2000)) for _ in range(c.num(3, 8))]
        doc = {
            "lzid": f"LZ52{c.digits(6)}",
            "xlkssj": f"{start:%Y-%m-%d %H:%M:%S}",
            "xljssj": f"{start + timedelta(minutes=c.num(30, 240)):%Y-%m-%d %H:%M:%S}",
            "gj": track,
            "wt": c.pick(["", "发现 1 处 非法 占用 林地 建 养殖 棚（约 200㎡）", "林区 道路 旁 有 游客 野炊 痕迹"]),
        }
        h = app_headers(c, "lzzhi", "2.4.0", JSON_CT)
        c.add(f, "patrol-report", "POST", "/lzz/api/xl/report", h, js_json(doc))


# --- place-names --------------------------------------------------------------------------------------

PLACES = [  # (标准名称, 汉语拼音, 类别, 12 位 区划代码 of the containing 区划)
    ("观山湖区", "Guānshānhú Qū", "县级 行政区", "520115000000"),
    ("花溪区", "Huāxī Qū", "县级 行政区", "520111000000"),
    ("南明区", "Nánmíng Qū", "县级 行政区", "520102000000"),
    ("云岩区", "Yúnyán Qū", "县级 行政区", "520103000000"),
    ("青岩镇", "Qīngyán Zhèn", "乡级 行政区", "520111103000"),
    ("百花湖镇", "Bǎihuāhú Zhèn", "乡级 行政区", "520115101000"),
    ("甲秀楼", "Jiǎxiù Lóu", "纪念地 旅游 胜地", "520102000000"),
    ("黔灵山", "Qiánlíng Shān", "山", "520103000000"),
    ("南明河", "Nánmíng Hé", "河流", "520102000000"),
    ("红枫湖", "Hóngfēng Hú", "湖泊", "520181000000"),
    ("林城西路", "Línchéng Xīlù", "道路", "520115000000"),
    ("西江千户苗寨", "Xījiāng Qiānhù Miáozhài", "居民点", "522601000000"),
]
HERITAGE = ["千年 古县", "千年 古镇", "古 驿道", "红色 地名（遵义 会议 会址）", "少数民族 语 地名（苗语、布依语）"]


def place_id(c: Corpus) -> str:
    return c.hexs(16)


@family("place-names")
def place_names(c: Corpus) -> None:
    f = "place-names"
    ref = f"{SITE}/dmfw/search.html"
    for _ in range(20):
        p = c.pick(PLACES)
        q = [
            ("stName", c.pick([p[0], p[0][:2], p[0][:-1]])),
            ("searchType", c.pick(["模糊", "精确"])),
            ("code", c.pick([p[3], p[3][:6] + "000000", "520000000000"])),
            ("page", c.num(1, 3)),
            ("size", 10),
        ]
        c.add(f, "name-search", "GET", "/9095/stname/listPub?" + qs(q, axios), web(c, mobile=0.3, referer=ref))
    for _ in range(14):
        c.add(
            f,
            "name-detail",
            "GET",
            "/9095/stname/detail?" + qs([("id", place_id(c))], axios),
            web(c, mobile=0.3, referer=ref),
        )
    for _ in range(14):
        code = c.pick(list(DISTRICTS))
        q = [("code", c.pick(["52", "5201", code, code + "000"])), ("maxLevel", c.pick([1, 2]))]
        c.add(f, "division-tree", "GET", "/9095/xzqh/getList?" + qs(q, axios), web(c, mobile=0.2, referer=ref))
    for _ in range(12):
        p = c.pick(PLACES)
        q = [("pinyin", c.pick([p[1], p[1].split(" ")[0]])), ("lb", p[2])]
        c.add(f, "pinyin-query", "GET", "/9095/stname/pinyin?" + qs(q, axios), web(c, mobile=0.2, referer=ref))
    for _ in range(14):
        p = c.pick(PLACES)
        doc = {
            "famc": f"{c.pick(DISTRICT_NAMES)} {c.pick(['新建 道路', '新建 桥梁', '安置 小区'])} "
            "命名 方案（征求意见稿）",
            "dm": p[0],
            "yj": c.pick(
                [
                    "建议 保留 老 地名 “三桥”，《地名管理条例》第十条 讲 "
                    "“不 轻易 更改 具有 重要 历史 文化 价值 的 地名”。",
                    "拼音 应 连写 为 “Xīlù”，按 GB/T 16159—2012 专名 与 通名 分写。",
                    "同意。另：“未来方舟 路” 与 已有 “未来方舟 大道” 重名（同音），易 混淆。",
                ]
            ),
            "xm": c.pick(["", c.person()]),
            "lxfs": c.pick(["", c.mobile()]),
        }
        c.add(f, "naming-comment", "POST", "/dmfw/api/zqyj/submit", web(c, JSON_CT, 0.4), js_json(doc))
    for _ in range(16):
        addr = f"{c.pick(DISTRICT_NAMES)}{c.pick(ROADS)}{c.num(1, 300)}号"
        if c.chance(0.5):
            addr += f"{c.pick(ESTATES)}{c.num(1, 30)}栋{c.num(1, 4)}单元{c.num(1, 33)}{c.num(1, 8):02d}"
        q = [("dz", addr), ("xzqh", c.pick(list(DISTRICTS))), ("limit", 10)]
        c.add(f, "address-search", "GET", "/dmfw/api/bzdz/search?" + qs(q, axios), web(c, mobile=0.5))
    for _ in range(12):
        q = [("lb", c.pick(HERITAGE)), ("keyword", c.pick(["", "青岩", "驿", "屯堡"])), ("page", 1)]
        c.add(f, "heritage-search", "GET", "/dmfw/api/dmwh/list?" + qs(q, axios), web(c, mobile=0.3))
    for _ in range(12):
        lng, lat = lnglat(c)
        q = [("location", f"{lng},{lat}"), ("coordtype", c.pick(["wgs84", "gcj02"]))]
        c.add(f, "reverse-geocode", "GET", "/dmfw/api/geocode/reverse?" + qs(q, axios), web(c, mobile=0.8))
    for _ in range(12):
        p = c.pick(PLACES)
        parts = [
            ("dm", p[0]),
            ("wtlx", c.pick(["拼写 错误", "标志 缺失", "指向 错误"])),
            (
                "ms",
                c.pick(
                    [
                        f"路牌 拼音 写 成 “{p[1].upper()}”（全大写 无 声调 可以，但 少 了 空格）。",
                        "路口 指示牌 方向 反了。",
                    ]
                ),
            ),
            ("photo", (f"IMG_{c.digits(8)}.jpg", "image/jpeg", jpeg(c, c.num(500, 900)))),
        ]
        h, body = upload(c, parts, f"{SITE}/dmfw/jc.html", 0.8)
        c.add(f, "sign-correction", "POST", "/dmfw/api/jc/submit", h, body)


# --- wage-arrears -------------------------------------------------------------------------------------

WAGE_TEXTS = [
    "我 在 {p} 做 钢筋 工，2026 年 9 月 到 2027 年 1 月 的 工资 没 发，班组长 说 “总包 没 拨款”，共 {n} 人。",
    "{p} 项目 劳务 分包 欠 我们 {n} 个 人 工资，包工头 电话 打不通（已 拉黑），工地 已 停工。",
    "{p} 的 劳务 公司 以 “效益 不好” 为由 拖欠 我们 {n} 人 3 个 月 工资，承诺 月底 发 又 没 发；"
    "有 工资条 和 微信 聊天 记录。",
]
PROJECT_NAMES = [
    "观山湖区 某 安置房 二期 工程",
    "花溪 大学城 某 学院 图书馆 项目",
    "贵阳 轨道交通 3 号线 某 标段",
    "某 商业 综合体 装修 工程",
]
AVG_WAGE = 8127  # 上年度 职工 月 平均 工资 (元), 三倍 封顶
UNSIGNED_CAP = 11


def severance_years(months: int) -> float:
    """第四十七条: whole years, six months or more as a year, less than six as half a year."""
    years, rest = divmod(months, 12)
    return years + (1.0 if rest >= 6 else 0.5 if rest else 0.0)


def severance(months: int, wage: float) -> float:
    n = severance_years(months)
    if wage > 3 * AVG_WAGE:
        wage, n = 3 * AVG_WAGE, min(n, 12)
    return round(n * wage, 2)


@family("wage-arrears")
def wage_arrears(c: Corpus) -> None:
    f = "wage-arrears"
    for _ in range(18):
        project = c.pick(PROJECT_NAMES)
        n = c.num(1, 40)
        doc = {
            "fyrxm": c.person(),
            "fyrsfzh": c.idcard(),
            "fyrsjh": c.mobile(),
            "dwmc": company(c),
            "tyxydm": uscc(c),
            "xmmc": project,
            "qxrs": n,
            "qxje": c.num(3, 400) * 1000,
            "qxksyf": "2026-09",
            "qxjsyf": f"2027-0{c.num(1, 6)}",
            "szd": f"贵州省贵阳市{c.pick(DISTRICT_NAMES)}",
            "wtms": c.pick(WAGE_TEXTS).format(p=project, n=n),
        }
        c.add(f, "clue-submit", "POST", "/gzqx/api/xs/submit", miniprogram(c, "application/json"), js_json(doc))
    for _ in range(16):
        kind = c.pick(["jpg", "png", "pdf"])
        file = {
            "jpg": (f"工资条_{c.digits(4)}.jpg", "image/jpeg", jpeg(c, c.num(500, 900))),
            "png": (f"Screenshot_2027{c.digits(10)}.png", "image/png", png(c, c.num(500, 900))),
            "pdf": ("欠条.pdf", "application/pdf", pdf_head(c, c.num(500, 900))),
        }[kind]
        parts = [
            ("xsbh", f"QX{c.when():%Y%m%d}{c.digits(6)}"),
            ("zjlx", c.pick(["工资条", "考勤 记录", "欠条", "聊天 记录"])),
            ("file", file),
        ]
        h, body = upload(c, parts, f"{SITE}/gzqx/zj.html", 0.8)
        c.add(f, "evidence-upload", "POST", "/gzqx/api/xs/evidence", h, body)
    for _ in range(14):
        q = [("xsbh", f"QX{c.when():%Y%m%d}{c.digits(6)}"), ("sjh", c.mobile())]
        c.add(f, "progress-query", "GET", "/gzqx/api/xs/progress?" + qs(q, axios), miniprogram(c))
    for _ in range(12):
        doc = {
            "xsbh": f"QX{c.when():%Y%m%d}{c.digits(6)}",
            "myd": c.num(1, 5),
            "pj": c.pick(["", "3 天 就 拿到 钱 了，感谢 劳动 监察 大队！", "只 发了 一半，剩下 的 说 “等 结算”。"]),
        }
        c.add(f, "satisfaction", "POST", "/gzqx/api/xs/evaluate", miniprogram(c, "application/json"), js_json(doc))
    for _ in range(14):
        fields = [
            ("tsrxm", c.person()),
            ("sfzh", c.idcard()),
            ("lxdh", c.mobile()),
            ("btsdw", company(c)),
            ("tyxydm", uscc(c)),
            (
                "tsnr",
                c.pick(
                    [
                        "未 签订 书面 劳动 合同；每月 工作 26 天，每天 11 小时，无 加班费。",
                        "单位 未 依法 缴纳 社会保险（2025.03 起）。",
                    ]
                ),
            ),
            ("tsqq", "责令 支付 拖欠 工资 并 补缴 社保"),
        ]
        h = web(c, JQ_FORM, 0.5, f"{SITE}/ldjc/ts.html", JQ_ACCEPT, xrw=True)
        c.add(f, "inspection-complaint", "POST", "/ldjc/ts/save.do", h, qs(fields, jq))
    for _ in range(16):
        wage = float(c.num(30, 300) * 100)
        months = c.num(3, 180)
        unsigned = c.num(0, 14)
        claims = [{"xh": 1, "sx": "支付 拖欠 工资", "je": wage * c.num(1, 4)}]
        claims.append(
            {
                "xh": 2,
                "sx": "支付 解除 劳动 合同 经济 补偿金（《劳动合同法》第四十六条、第四十七条）",
                "je": severance(months, wage),
            }
        )
        if unsigned > 1:
            claims.append(
                {
                    "xh": 3,
                    "sx": "支付 未 签 书面 劳动 合同 二倍 工资 差额（第八十二条）",
                    "je": wage * min(unsigned - 1, UNSIGNED_CAP),
                }
            )
        doc = {
            "sqr": {"xm": c.person(), "sfzh": c.idcard(), "sjh": c.mobile()},
            "bsqr": {"mc": company(c), "tyxydm": uscc(c), "fddbr": c.person()},
            "rzsj": f"{(c.when() - timedelta(days=months * 30)):%Y-%m-%d}",
            "gzys": months,
            "ygz": wage,
            "wqhtys": unsigned,
            "qqsx": claims,
            "hj": round(sum(x["je"] for x in claims), 2),
            "ssly": "申请人 于 上述 时间 入职，月 工资 以 银行 流水 为准；"
            "被申请人 以 “经营 困难” 口头 辞退，未 书面 通知。",
        }
        c.add(f, "arbitration-apply", "POST", "/ldzc/api/zc/apply", web(c, JSON_CT, 0.4), js_json(doc))
    for _ in range(12):
        wage = float(c.num(30, 400) * 100)
        months = c.num(1, 240)
        doc = {
            "gzys": months,
            "ygz": wage,
            "sbpj": AVG_WAGE,
            "n": severance_years(months),
            "bcj": severance(months, wage),
        }
        c.add(f, "severance-calc", "POST", "/ldzc/api/tool/jjbc", web(c, JSON_CT, 0.6), js_json(doc))
    for _ in range(12):
        q = [("xmmc", c.pick(PROJECT_NAMES)), ("tyxydm", c.pick(["", uscc(c)])), ("page", 1)]
        c.add(f, "project-query", "GET", "/gzqx/api/xm/zh?" + qs(q, axios), web(c, mobile=0.5))
    for _ in range(12):
        q = [
            (
                "q",
                c.pick(
                    [
                        "“恶意 欠薪” 怎么 认定",
                        "《保障农民工工资支付条例》第三十条",
                        "包工头 跑路 总包 要 负责 吗？",
                        "工资 保证金",
                    ]
                ),
            ),
            ("page", 1),
        ]
        c.add(f, "policy-qa", "GET", "/gzqx/api/zc/search?" + qs(q, axios), miniprogram(c))


# --- tobacco-license ----------------------------------------------------------------------------------

SHOP_KINDS = ["便利店", "超市", "食杂店", "烟酒 商行", "宾馆 商务 中心"]


def license_no(c: Corpus, district: str) -> str:
    return district + c.digits(6)


@family("tobacco-license")
def tobacco_license(c: Corpus) -> None:
    f = "tobacco-license"
    ref = f"{SITE}/yczm/bl.html"
    for _ in range(18):
        lng, lat = lnglat(c)
        parts = [
            ("jyzxm", c.person()),
            ("sfzh", c.idcard()),
            ("lxdh", c.mobile()),
            ("zh", f"{c.pick(DISTRICT_NAMES)}{c.person()}{c.pick(SHOP_KINDS)}"),
            ("tyxydm", uscc(c)),
            (
                "jycs",
                f"{c.pick(DISTRICT_NAMES)}{c.pick(ROADS)}{c.num(1, 300)}号 {c.pick(ESTATES)} 底商 {c.num(1, 30)}号",
            ),
            ("lng", str(lng)),
            ("lat", str(lat)),
            ("yyzz", (f"营业执照-{c.digits(4)}.jpg", "image/jpeg", jpeg(c, c.num(500, 900)))),
            ("cszp", (f"门头-{c.digits(4)}.jpg", "image/jpeg", jpeg(c, c.num(500, 900)))),
        ]
        h, body = upload(c, parts, ref, 0.3)
        c.add(f, "retail-apply", "POST", "/yczm/api/ls/apply", h, body)
    for _ in range(18):
        lng, lat = lnglat(c)
        q = [("lng", lng), ("lat", lat), ("xzqh", c.pick(list(DISTRICTS))), ("radius", 100)]
        c.add(f, "distance-check", "GET", "/yczm/api/bj/check?" + qs(q, axios), web(c, mobile=0.5, referer=ref))
    for _ in range(14):
        d = c.pick(list(DISTRICTS))
        expiry = c.day(31, 90)
        doc = {
            "xkzh": license_no(c, d),
            "yxqz": f"{expiry:%Y-%m-%d}",
            "sqrq": f"{expiry - timedelta(days=c.num(30, 80)):%Y-%m-%d}",
            "jyzxm": c.person(),
            "sfzh": c.idcard(),
            "cnsx": "本人 承诺 经营 场所 及 经营者 信息 未 发生 变化。",
        }
        c.add(f, "renew", "POST", "/yczm/api/ls/renew", web(c, JSON_CT, 0.4, ref), js_json(doc))
    for _ in range(14):
        doc = {
            "xkzh": license_no(c, c.pick(list(DISTRICTS))),
            "bgsx": c.pick(["字号 名称", "经营者（继承）", "联系 电话"]),
            "bgq": c.pick(["某某 便利店", c.person()]),
            "bgh": c.pick([f"{c.person()}{c.pick(SHOP_KINDS)}", c.person()]),
            "bgyy": c.pick(["个体 工商户 名称 变更", "原 经营者 去世，子女 继续 经营"]),
        }
        c.add(f, "change", "POST", "/yczm/api/ls/change", web(c, JSON_CT, 0.4, ref), js_json(doc))
    for _ in range(12):
        start = c.day(1, 20)
        fields = [
            ("xkzh", license_no(c, c.pick(list(DISTRICTS)))),
            ("lx", c.pick(["停业", "歇业"])),
            ("ksrq", f"{start:%Y-%m-%d}"),
            ("jsrq", f"{start + timedelta(days=c.num(30, 360)):%Y-%m-%d}"),
            ("yy", c.pick(["店面 装修", "身体 原因", "拆迁"])),
        ]
        h = web(c, JQ_FORM, 0.4, ref, JQ_ACCEPT, xrw=True)
        c.add(f, "suspend", "POST", "/yczm/ls/ty.do", h, qs(fields, jq))
    for _ in range(14):
        q = [("sqbh", f"YC{c.when():%Y%m%d}{c.digits(5)}"), ("sfzh", c.idcard())]
        c.add(f, "progress", "GET", "/yczm/api/ls/progress?" + qs(q, axios), miniprogram(c))
    for _ in range(14):
        q = [("xkzh", license_no(c, c.pick(list(DISTRICTS))))]
        c.add(f, "license-verify", "GET", "/yczm/api/ls/verify?" + qs(q, axios), web(c, mobile=0.5))
    for _ in range(14):
        q = [("xzqh", c.pick(list(DISTRICTS))), ("gslx", c.pick(["新办", "延续", "注销"])), ("page", c.num(1, 3))]
        c.add(f, "publicity-list", "GET", "/yczm/gs/list.do?" + qs(q), web(c, None, 0.3, "", JQ_ACCEPT, True))
    for _ in range(12):
        doc = {
            "jyzxm": c.person(),
            "sfzh": c.idcard(),
            "xkzh": license_no(c, c.pick(list(DISTRICTS))),
            "zjylx": c.pick(["电子烟 与 卷烟 兼营", "电子烟 专营"]),
            "jycs": f"{c.pick(DISTRICT_NAMES)}{c.pick(ROADS)}{c.num(1, 300)}号",
            "xxjl": c.num(200, 2000),
            "cn": "不 向 未成年人 销售 电子烟；店 内 不 陈列 调味（非 烟草 口味）产品。",
        }
        c.add(f, "ecig-apply", "POST", "/yczm/api/dzy/apply", web(c, JSON_CT, 0.3, ref), js_json(doc))


# --- radio-license ------------------------------------------------------------------------------------

RIGS = [  # (型号, CMIIT ID, 频段, 最大 功率 W)
    ("FT-65R", "2018FP2104", "144-146MHz/430-440MHz", 5),
    ("IC-705", "2020AP7612", "1.8-50MHz/144MHz/430MHz", 10),
    ("FT-991A", "2015FP3380", "1.8-430MHz", 100),
    ("TS-590SG", "2014FP5006", "1.8-50MHz", 100),
    ("IC-7300", "2016AP2147", "1.8-50MHz", 100),
    ("UV-5R", "2012FP1001", "144-146MHz/430-440MHz", 5),
]
POWER_LIMITS = {"A": (None, 25), "B": (100, 25), "C": (1000, 25)}  # (30 MHz 以下, 以上); A 类 no HF
CALL_PREFIXES = ["BA", "BD", "BG", "BH", "BI"]
CALL_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def callsign(c: Corpus) -> str:
    return c.pick(CALL_PREFIXES) + "8" + "".join(c.pick(CALL_CHARS) for _ in range(c.pick([2, 3])))


@family("radio-license")
def radio_license(c: Corpus) -> None:
    f = "radio-license"
    ref = f"{SITE}/wxdgl/yy.html"
    for _ in range(16):
        doc = {
            "xm": c.person(),
            "sfzh": c.idcard(),
            "sjh": c.mobile(),
            "kslb": c.pick(["A", "A", "B", "C"]),
            "ksdd": c.pick(["贵阳 考点（省 无线电 监测站）", "遵义 考点"]),
            "kssj": f"{c.day(20, 60):%Y-%m-%d} 09:30",
            "yx": f"{c.alnum(6, 'abcdefghijklmnopqrstuvwxyz')}@qq.com",
        }
        c.add(f, "exam-signup", "POST", "/wxdgl/api/ks/signup", web(c, JSON_CT, 0.3, ref), js_json(doc))
    for _ in range(14):
        q = [("zkzh", f"{c.num(2026, 2027)}52{c.digits(6)}"), ("sfzh", c.idcard())]
        c.add(f, "exam-score", "GET", "/wxdgl/api/ks/score?" + qs(q, axios), web(c, mobile=0.5))
    for _ in range(16):
        cls = c.pick(["A", "B", "C"])
        rigs = []
        for model, cmiit, band, top in c.sample(RIGS, c.num(1, 2)):
            hf = "1.8" in band
            limit_hf, limit_vhf = POWER_LIMITS[cls]
            cap = min(top, limit_hf) if hf and limit_hf else min(top, limit_vhf)
            rigs.append(
                {
                    "xh": model,
                    "cmiit": cmiit,
                    "pd": band if hf and limit_hf else "144-146MHz/430-440MHz",
                    "hf": bool(hf and limit_hf),
                    "gl": cap,
                }
            )
        doc = {
            "hh": callsign(c),
            "lb": cls,
            "czlx": c.pick(["固定", "移动", "固定 + 移动"]),
            "szd": f"{c.pick(DISTRICT_NAMES)}{c.pick(ESTATES)}",
            "tx": c.pick(["GP 垂直 天线（楼顶）", "八木 天线 3 单元", "车载 鞭状 天线"]),
            "sb": rigs,
            "zzh": f"{c.num(2024, 2027)}-{cls}-{c.digits(5)}",
        }
        c.add(f, "station-apply", "POST", "/wxdgl/api/yyt/apply", web(c, JSON_CT, 0.2, ref), js_json(doc))
    for _ in range(14):
        q = [("hh", c.pick([callsign(c), callsign(c)[:4]]))]
        c.add(f, "callsign-query", "GET", "/wxdgl/api/hh/query?" + qs(q, axios), web(c, mobile=0.3))
    for _ in range(12):
        mhz = c.pick([f"{c.num(144000, 145990) / 1000:.3f}", f"{c.num(430000, 439990) / 1000:.3f}", "1575.42", "88.7"])
        parts = [
            ("gzpl", mhz),
            ("gzsj", f"{c.when():%Y-%m-%d %H:%M}"),
            ("gzdd", f"{c.pick(DISTRICT_NAMES)}{c.pick(ROADS)}"),
            (
                "gzms",
                c.pick(
                    [
                        "每天 晚上 20:00-23:00 持续 载波，疑似 非法 电台；信号 强度 S9+20dB。",
                        "GPS 授时 失锁，疑似 附近 有 “干扰器”（-95 dBm）。",
                    ]
                ),
            ),
            ("pptu", (f"频谱-{c.digits(4)}.png", "image/png", png(c, c.num(500, 900)))),
        ]
        h, body = upload(c, parts, f"{SITE}/wxdgl/gr.html", 0.3)
        c.add(f, "interference-report", "POST", "/wxdgl/api/gr/report", h, body)
    for _ in range(14):
        q = [
            (
                "cmiit",
                c.pick([r[1] for r in RIGS] + [f"{c.num(2015, 2027)}{c.pick(['AP', 'FP', 'DP', 'CP'])}{c.digits(4)}"]),
            ),
            ("xh", c.pick(["", "UV-5R", "IC-705"])),
        ]
        c.add(f, "cmiit-query", "GET", "/wxdgl/api/xhhz/query?" + qs(q, axios), web(c, mobile=0.2))
    for _ in range(12):
        channels = [round(150.0 + c.num(0, 400) * 0.0125, 4) for _ in range(c.num(1, 3))]
        doc = {
            "dwmc": company(c),
            "tyxydm": uscc(c),
            "yt": c.pick(["物业 安保 对讲", "工地 塔吊 指挥", "景区 调度"]),
            "pd": [f"{ch:.4f}" for ch in channels],
            "xdjg": "12.5kHz",
            "gl": c.pick([5, 10, 25]),
            "txgd": c.num(10, 80),
            "syqy": f"{c.pick(DISTRICT_NAMES)} 半径 {c.num(1, 5)}km",
        }
        c.add(f, "frequency-apply", "POST", "/wxdgl/api/pl/apply", web(c, JSON_CT, 0.1, ref), js_json(doc))
    for _ in range(12):
        fields = [
            ("zzh", f"{c.num(2022, 2025)}-{c.pick('ABC')}-{c.digits(5)}"),
            ("hh", callsign(c)),
            ("sfzh", c.idcard()),
            ("yxqz", ymd(c, 20, 60)),
        ]
        h = web(c, JQ_FORM, 0.3, ref, JQ_ACCEPT, xrw=True)
        c.add(f, "license-renew", "POST", "/wxdgl/yyt/yx.do", h, qs(fields, jq))
    for _ in range(14):
        q = [("zzh", f"{c.num(2022, 2027)}-{c.pick('ABC')}-{c.digits(5)}"), ("sfzh", masked_id(c.idcard()))]
        c.add(f, "station-query", "GET", "/wxdgl/api/zz/query?" + qs(q, axios), web(c, mobile=0.3))


# --- generation, check and files -------------------------------------------------------------------


def gen() -> list[dict]:
    return generate(Corpus(SEED), FAMILIES)


def check(rec: dict) -> list[str]:
    """What is wrong with one record as an HTTP request (empty: nothing): tests/waf/data/corpus_kit.py."""
    return check_record(rec, SOURCES)


if __name__ == "__main__":
    write_corpus(gen(), check, split, TUNING_FILE, HELD_OUT_FILE, len(FAMILIES))
