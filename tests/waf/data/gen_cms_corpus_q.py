"""Generate corpus Q: a SEVENTEENTH set of ordinary requests to Chinese government sites, independent of A-P.

    python tests/waf/data/gen_cms_corpus_q.py   # writes cms_q_tuning.jsonl and cms_q_heldout.jsonl next to it

Why another corpus: each fresh corpus so far has found kinds of ordinary traffic the earlier ones lacked, and
Q measures the WAF's false positives on traffic no tuning round has seen. A-P cover a site's own pages, CMS
products, widgets, browser reports, citizen services, business back ends, machine-to-machine pushes, gateways,
registries, devices, 部门 business systems, public services, services whose users paste logs and code (O) and
services whose traffic carries structured technical documents (P). Corpus Q goes to 省/市 government services
where citizens, enterprises or staff type or paste free text that is partly technical, mixed with the ordinary
service forms around it: the 12345 热线 承办 单位 side (办理 回复 quoting the caller and a chat transcript,
订单号 and 快递 单号, 退单 and 延期); 政府采购 质疑 and 投诉 (技术 参数 偏离 表 with ≥, ±, %, and models such as
Intel Xeon Gold 6330 2.0GHz); 电子 招投标 澄清 答疑 (clause numbers, quoted 招标 文件 text, 澄清 文件 uploads);
网络安全 等级保护 备案 (定级, 资产 with ports and versions, 测评 问题 with CVE numbers, 整改 with the commands
that were run); 医药 集中 采购 挂网 (规格 0.5g×24粒/盒, 国药准字H…, 医保 药品 代码, 订单); 特种设备 检验 (MPa,
℃, m/s, 使用 登记证 编号); 企业 标准 自我 声明 and 国家标准 征求 意见 (Q/… standard numbers, GB/T 2260-2007,
指标 tables with ≤ ≥, clause text); 中小学 教师 资格 认定 (ordinary forms); 公共数据 开放 平台 (API 申请 with
field lists and sample requests, signed API calls, 沙箱 SQL); 网上 信访 (long letters with quotes and brackets);
药品 不良反应 监测 (用法 用量 0.5 g po tid, vital signs, E2B(R3) XML from 持有人 systems); and 核技术 利用
辐射 安全 申报 (放射源 编码, 活度 3.7E+12 Bq and its decay, 射线 装置 kV/mA, dose records in mSv).
``SOURCES`` names the public material each family's URLs, parameters, headers and bodies follow; values are
generated deterministically (``SEED``); HOST is a placeholder the evaluation replaces. Where the services check
something (统一社会信用代码 and 公民身份号码 check characters, MD5 digests of uploads, 延期 deadlines, 定级 = the
higher of the two 等级, 测评 结论 from the score, 合计 = Σ 数量 × 单价, 最小 单位 价格 = 价格 / 转换比, 放射源
类别 from A/D and decayed 活度, API signatures, indicator comparisons 严于/等同) the generator does it for real,
so the fast tests can check the requests the way the receiving servers would. Nothing here is an attack: every
value is what the real service really receives.

Each request is one JSONL record as in corpora A-P (method, path, headers, body or body_b64) tagged with its
``family``, ``shape``, ``source`` and ``label`` = family/shape, and passes corpus_kit.check_record.

THE SPLIT is corpus_kit.HashSplit's rule with the salt "corpus-q/", decided and written down here before the
corpus was generated and before anything was evaluated (no WAF result on Q was seen by its author; docs/waf.md,
held-out discipline): the three families whose sha256("corpus-q/<family>") hex digests sort first are held out
whole, and no tuning may see them; in every other family a (family, shape) group is held out when
sha256("corpus-q/<family>/<shape>") has a first byte divisible by 4; everything else is the tuning part. Made
once; never re-split, edited or regenerated to pass.
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # run as a script from anywhere

from tests.waf.data import gen_cms_corpus_p as corpus_p
from tests.waf.data.corpus_kit import (
    SITE,
    HashSplit,
    check_record,
    family_registry,
    generate,
    part_files,
    write_corpus,
)
from tests.waf.data.gen_cms_corpus_e import JQ_ACCEPT, JQ_FORM, JSON_CT, axios, jpeg, jq, js_json, qs  # E's
from tests.waf.data.gen_cms_corpus_f import (  # F's values
    DISTRICT_NAMES,
    DISTRICTS,
    ROADS,
    ZIHAO,
    company,
    pdf_head,
    png,
    uscc,
)
from tests.waf.data.gen_cms_corpus_k import lnglat, money  # K's values
from tests.waf.data.gen_cms_corpus_l import bearer, miniprogram  # L's clients
from tests.waf.data.gen_cms_corpus_m import DOCX_CT, docx, upload, web, ymd  # M's browser helpers
from tests.waf.data.gen_cms_corpus_n import JAVA_UAS, service  # N's back-end clients
from tests.waf.data.gen_cms_corpus_o import PY_UAS, XML_CT, client, md5_hex  # O's
from tests.waf.data.gen_cms_corpus_p import CSV_CT, csv_text  # P's

TUNING_FILE, HELD_OUT_FILE = part_files("q")
SEED = 20281207
SALT = "corpus-q/"

SOURCES = {
    "hotline-case-handling": "12345 政务服务便民热线 工单 系统 承办 单位 端 as 国办发〔2020〕53号 "
    "《关于进一步优化地方政务服务便民热线的指导意见》 and 省 12345 热线 工单 办理 规范 describe it: 工单 签收, 办理 "
    "回复 (办理 过程, 结果, 联系 来电人 情况, quoted 来电人 原话, 订单号 and 快递 单号), 退单 申请 with 职责 依据, "
    "延期 申请 (工作日), 网络 渠道 (微信/网站/App) 会话 记录 转 工单, 工单 列表 查询, 知识库 检索, 回访 结果",
    "procurement-challenge": "《中华人民共和国政府采购法》 第五十二条~第五十八条 and "
    "《政府采购质疑和投诉办法》（财政部令第94号） (质疑函 范本: 项目 编号, 包号, 质疑 事项, 事实 依据, 法律 依据, "
    "质疑 请求; 7 个 工作日 时限), 中国政府采购网 and 省 政府采购 云 平台 质疑 投诉 模块 (技术 参数 偏离 表 rows "
    "such as CPU ≥ 2 颗 Intel Xeon Gold 6330 2.0GHz, ±0.5%, 证明 材料 PDF uploads with MD5, 投诉书 to 财政 部门, "
    "答复 查询, 撤回)",
    "bid-clarification-qa": "《中华人民共和国招标投标法实施条例》 第二十一条 (澄清 或者 修改 影响 投标 文件 编制 的, "
    "在 投标 截止 时间 至少 15 日 前), 《电子招标投标办法》 and 省 公共资源 交易 电子 服务 系统 招标 文件 答疑 模块: "
    "投标人 匿名 提问 (章节 条款 号, quoted 招标 文件 原文), 招标人 答复, 澄清 文件 docx 发布 with new 截止 时间, "
    "修改 对照 (原 条款/修改 后), 下载 确认, 问题 截图 uploads, 答疑 列表",
    "mlps-filing": "GB/T 22240-2020 网络安全 等级保护 定级 指南 (业务 信息 安全 等级 and 系统 服务 安全 等级, 定级 = "
    "the higher), GB/T 22239-2019 基本 要求 and GB/T 28448-2019 测评 要求, 公安部 网络安全 等级保护 备案 表 (表一 "
    "单位 信息, 表二 定级 对象, 表三 定级 信息), 测评 报告 问题 清单 (风险 等级, 端口, 组件 版本, CVE 编号), 测评 "
    "结论 优/良/中/差 by 综合 得分, 整改 报告 with the commands run, 备案 证明 查询",
    "drug-procurement-listing": "国家医保局 医药 价格 和 招采 信用 评价 and 省 医药 集中 采购 平台 (药品 挂网 申报: "
    "通用名, 剂型, 规格 0.5g×24粒/盒, 包装 转换比, 批准文号 国药准字H/Z/S/J + 8 digits, 国家 医保 药品 代码 XA01…, "
    "挂网 价格, 最小 包装 单位 价格; 全国 省级 最低 价 联动; 资质 PDF uploads; 医疗 机构 采购 订单 lines 数量 × "
    "单价; 配送 发货; 撤网 申请; 目录 and 价格 查询)",
    "special-equipment-inspection": "《中华人民共和国特种设备安全法》, TSG 08-2017 特种设备使用管理规则 (使用 登记证 "
    "编号 梯11贵A00123(27), 设备 代码), TSG T7001-2023 电梯 检验 (额定 载重量 kg, 额定 速度 m/s), TSG 11-2020 锅炉 "
    "(额定 蒸发量 t/h, 额定 工作 压力 MPa, 出口 温度 ℃), TSG 21-2016 固定式 压力容器 (设计 压力/最高 允许 工作 压力 "
    "MPa, 设计 温度 ℃, 介质, 容积 m³) and 省 特种设备 检验 检测 院 报检 and 96333 电梯 维保 系统: 报检, 参数, 报告 "
    "真伪 查询, 整改 反馈 photos, 维保 记录, 使用 登记 材料, 设备 查询",
    "enterprise-std-declare": "企业标准信息公共服务平台 (qyxxbz) 企业 标准 自我 声明 公开 (标准 编号 Q/… -2027, 执行 "
    "的 国家/行业 标准 GB 2760-2024, GB/T 2260-2007, 技术 指标 表 with ≤ ≥ and 严于/等同 国家 标准, 标准 文本 PDF), "
    "企业 标准 领跑者, 废止 声明, 编号 查重, and 国家标准 全文 公开 系统 / 征求 意见 (条款 号 5.2.3, 原文, 修改 "
    "建议, 理由)",
    "teacher-qualification": "中国教师资格网 (jszg.edu.cn) 中小学 教师 资格 认定 网报 as 《教师资格条例》 and 省 "
    "教育厅 认定 公告 describe it: 注册 (身份证, 手机, 学历), 认定 申请 (资格 种类, 任教 学科, 中小学教师资格考试 "
    "合格证明 编号, 普通话 水平 测试 等级 证书 编号 and the 二级乙等/二级甲等 rule for 语文), 证件 照 JPEG, 普通话 "
    "等级 and 考试 成绩 核验, 现场 确认 预约, 进度 查询, 电子 证书 下载",
    "public-data-authorization": "省 公共数据 开放 平台 and 《公共数据开放管理办法》 (有条件 开放 申请: 数据 目录, "
    "字段 清单 tyxydm/qymc/fddbr/clrq, 应用 场景, 样例 请求 curl; appKey/timestamp/nonce/sign API calls as the SDKs "
    "sign them, POST 条件 查询, 场景 说明 docx, 数据 需求, 目录 检索, 数据 纠错, 授权 运营 数据 沙箱 SQL 任务)",
    "online-petition": "《信访工作条例》 (2022) and 国家 信访 信息 系统 / 省 网上 信访 平台 (信访 事项 提交: 信访人 "
    "身份证 and 手机, 问题 属地, 内容 分类, long 信访 letters with quotes 「」 and “”, brackets 【】（）, 《》 "
    "citations and amounts; 附件 photos and PDFs; 办理 进度 查询 by 信访 件 编号 and 查询码; 满意度 评价; 补充 材料; "
    "复查 申请; 短信 验证码)",
    "adr-monitoring": "国家药品不良反应监测系统 and 药品上市许可持有人 药物警戒 直接 报告 "
    "(《药品不良反应报告和监测管理办法》 卫生部令第81号 报告表: 患者 信息, 怀疑/并用 药品 with 批准文号, 生产 批号, "
    "用法 用量 0.5 g po tid, 用药 起止, 不良反应 名称 (MedDRA PT), 过程 描述 with T/BP/HR, 转归; ICH E2B(R3) ICSR "
    "XML uploads; 药品 and 术语 检索, 随访, 病历 PDF, 报告 列表)",
    "radiation-safety-license": "全国 核技术 利用 辐射 安全 申报 系统 and 《放射性同位素与射线装置安全和防护条例》, "
    "《放射源编码规则》 (12 位 编码: 生产 单位 代码, 出厂 年份, 核素 代码, 序号, 类别), 《放射源分类办法》 (A/D 值 → "
    "Ⅰ~Ⅴ类), 放射源 台账 (核素 Ir-192/Cs-137/Co-60, 出厂 活度 3.7E+12 Bq, 半衰期 decay), 射线 装置 (Ⅲ类 医用 X 射线, "
    "kV/mA), 许可证 申请, 转让 审批, 辐射 环境 监测 CSV (μSv/h), 个人 剂量 (mSv), 许可证 查询",
}

SPLIT = HashSplit(SALT, SOURCES)  # the rule in the docstring (tests/waf/data/corpus_kit.py)
split, HELD_OUT_FAMILIES = SPLIT.split, SPLIT.held_out_families  # split(reqs): (tuning part, held-out part)


# --- the corpus: P's (and so O's, N's, … F's), recording Q's sources --------------------------------------


class Corpus(corpus_p.Corpus):
    """P's corpus (values, browsers, header order, day(); SourceTagged): requests are tagged with Q's sources."""

    sources = SOURCES


FAMILIES: dict[str, Callable[[Corpus], None]] = {}
family = family_registry(FAMILIES)

N = 16  # requests per (family, shape)


def address(c: Corpus) -> str:
    return (
        f"贵阳市{c.pick(DISTRICT_NAMES)}{c.pick(ROADS)}{c.num(1, 388)}号"
        f"{c.pick(['', '', f'{c.num(1, 12)}栋{c.num(1, 3)}单元{c.num(1, 32)}{c.num(1, 8):02d}室', '（小区 北门）'])}"
    )


def jq_form(c: Corpus, referer: str, mobile: float = 0.2) -> dict[str, str]:
    """A jQuery $.ajax form POST from a page of the site."""
    return web(c, JQ_FORM, mobile, referer, JQ_ACCEPT, True)


def span(c: Corpus, days: int) -> list[tuple[str, str]]:
    """A search form's (kssj, jssj): the last ``days`` days up to today."""
    today = c.day(0, 0)
    return [("kssj", f"{today - timedelta(days=days):%Y-%m-%d}"), ("jssj", f"{today:%Y-%m-%d}")]


def ms_text(c: Corpus) -> str:
    """A time in office hours, as staff and maintenance workers record them."""
    return f"{c.day(-3, 0):%Y-%m-%d} {c.num(8, 17):02d}:{c.num(0, 59):02d}:{c.num(0, 59):02d}"


def firm(c: Corpus, trades: list[str]) -> str:
    """A company name of one of ``trades`` (信息技术, 物业服务 …), as the 营业执照 gives it."""
    place = c.pick(["贵州", "贵阳", "遵义", "安顺", "贵州省"])
    return c.pick(
        [f"{place}{c.pick(ZIHAO)}{c.pick(trades)}有限公司", f"{c.pick(ZIHAO)}（{place}）{c.pick(trades)}有限公司"]
    )


# --- hotline-case-handling --------------------------------------------------------------------------------

HOTLINE_TOPICS = [  # (诉求 类别, 诉求 template, 承办 回复)
    (
        "消费 维权",
        "来电人 反映：{date} 在 美团 平台 下单（订单号 {order}）购买 的 外卖 “酸汤鱼（中份）” 内 有 异物，商家 "
        "拒绝 退款，称“已 出餐 不退”。诉求：要求 退款 ¥{amt} 并 查处。",
        "经 核实，{unit} 执法 人员 于 {date2} 到 该 店 检查，后厨 “三防” 设施 不全，已 责令 整改；经 调解，商家 "
        "同意 全额 退款 ¥{amt}（已 原路 退回）。已 电话 联系 来电人，对方 表示 认可。",
    ),
    (
        "物业 管理",
        "来电人 称：{addr} 电梯 近 一 周 故障 3 次，物业 说“等 配件”。老人 上下楼 困难。诉求：尽快 修复 并 说明 "
        "维保 情况。",
        "{unit} 联合 街道 于 {date2} 约谈 物业 公司，电梯 曳引机 编码器 已 更换，{date2} 18:30 恢复 运行；维保 "
        "单位 出具 检查 记录（含 制动器 间隙 0.2~0.3 mm 调整）。来电人 表示 “基本 满意”。",
    ),
    (
        "快递 物流",
        "来电人 反映：快递 单号 SF{sf} 显示 “已 签收”，但 本人 未 收到，快递员 电话 不接。诉求：查明 去向 并 赔偿 "
        "（物品 价值 约 {amt} 元）。",
        "经 {unit} 协调，快递 公司 核查 监控：包裹 被 误投 至 {addr} 丰巢 柜，{date2} 已 重新 派送 签收；对 快递员 "
        "“虚假 签收” 行为 按 《快递 服务》 标准 予以 处理。",
    ),
    (
        "噪音 扰民",
        "来电人 反映：{addr} 附近 工地 夜间 22:00 后 仍 施工（打桩），“吵 得 小孩 睡不着”。诉求：依法 查处，"
        "夜间 禁止 施工。",
        "{unit} 执法 队员 {date2} 22:40 现场 检查，工地 未 办理 夜间 施工 许可，已 下达 《责令 改正 通知书》；"
        "噪声 监测 值 68 dB(A)（夜间 限值 55 dB(A)）。",
    ),
    (
        "燃气 供应",
        "来电人 称 燃气 缴费 后 表 内 未 到账，App 显示 “充值 成功（流水号 {order}）”，IC 卡 表 读卡 失败（E-03）。",
        "经 {unit} 核实，系 卡 表 写卡 失败，已 为 来电人 补写 气量 {amt} m³，并 更换 表 内 电池（3.6V 锂电池）。",
    ),
]
HOTLINE_UNITS = ["区 市场监管局", "区 住建局", "区 邮政管理 办", "区 综合 行政 执法局", "燃气 公司 客服 中心"]
RETURN_REASONS = [
    "该 诉求 不 属于 本 单位 职责：根据 《贵州省 物业 管理 条例》 有关 规定，物业 服务 合同 纠纷 应 由 属地 街道 "
    "办事处 "
    "协调；建议 改派 至 “{dist}人民政府”。",
    "诉求 地址 “{addr}” 不在 本 辖区（属 {dist}），请 中心 改派。",
    "来电人 诉求 为 民事 纠纷（二手车 交易 款 ¥{amt} 未 付清），依 《民法典》 第五百七十七条 应 通过 诉讼 解决，"
    "已 告知 来电人 可 向 法院 起诉 或 申请 人民 调解。",
]
KB_TERMS = ["医保 异地 备案", "公积金 提取 租房", "居住证 办理 材料", "新生儿 落户", "电动车 上牌", "燃气 IC卡 E-03"]


def case_no(c: Corpus) -> str:
    return f"{c.when():%Y%m%d}{c.digits(6)}"


def workday_after(start: datetime, days: int) -> datetime:
    """The day ``days`` working days after ``start`` (Saturday and Sunday skipped; the check does the same)."""
    d = start
    while days:
        d += timedelta(days=1)
        if d.weekday() < 5:
            days -= 1
    return d


@family("hotline-case-handling")
def hotline_case_handling(c: Corpus) -> None:
    f = "hotline-case-handling"
    ref = f"{SITE}/rx12345/cbdw/gd/list"

    def fill(text: str, dist: str = "") -> str:
        today = c.day(0, 0)
        return text.format(
            date=f"{today - timedelta(days=c.num(3, 20)):%Y-%m-%d}",
            date2=f"{today - timedelta(days=c.num(0, 2)):%Y-%m-%d}",
            order=c.digits(19),
            sf=c.digits(13),
            amt=money(c, 20, 3000),
            addr=address(c),
            unit=c.pick(HOTLINE_UNITS),
            dist=dist or c.pick(DISTRICT_NAMES),
        )

    for _ in range(N):
        fields = [("gdbh", case_no(c)), ("qsr", c.person()), ("qsyj", c.pick(["已 签收", "签收，转 执法 中队 办理"]))]
        c.add(f, "case-sign", "POST", "/rx12345/cbdw/gd/sign.do", jq_form(c, ref), qs(fields, jq))
    for _ in range(N):
        _, ask, reply = c.pick(HOTLINE_TOPICS)
        doc = {
            "gdbh": case_no(c),
            "sqnr": fill(ask),
            "blgc": fill(reply),
            "bljg": c.pick(["已 解决", "已 解决", "部分 解决", "已 解释 说明"]),
            "lxqk": c.pick(["已 联系", "已 联系（两次 未 接通，短信 告知）"]),
            "cbr": c.person(),
            "lxdh": c.mobile(),
        }
        c.add(f, "case-reply", "POST", "/rx12345/api/gd/reply", web(c, JSON_CT, 0.1, ref), js_json(doc))
    for _ in range(N):
        dist = c.pick(DISTRICT_NAMES)
        doc = {"gdbh": case_no(c), "thyy": fill(c.pick(RETURN_REASONS), dist), "jyzpdw": f"{dist}人民政府"}
        c.add(f, "case-return", "POST", "/rx12345/api/gd/return", web(c, JSON_CT, 0.1, ref), js_json(doc))
    for _ in range(N):
        start = c.day(-10, -1).replace(hour=0, minute=0, second=0, microsecond=0)
        days = c.pick([3, 5, 10, 15])
        doc = {
            "gdbh": case_no(c),
            "yblsx": f"{start:%Y-%m-%d}",
            "yqts": days,
            "yqhsx": f"{workday_after(start, days):%Y-%m-%d}",
            "yqly": c.pick(
                [
                    "需 委托 第三方 检测（噪声 监测 报告 预计 5 个 工作日 出具）。",
                    "涉及 多 部门（住建、消防、街道），需 召开 协调会。",
                    "当事 商家 “闭店 装修” 联系 不上，需 进一步 核查 营业 执照 登记 地址。",
                ]
            ),
        }
        c.add(f, "case-extend", "POST", "/rx12345/api/gd/extend", web(c, JSON_CT, 0.1, ref), js_json(doc))
    for _ in range(N):
        t = c.when()
        msgs = []
        for line in c.sample(
            [
                ("user", "你好，我 想 投诉 一下 小区 门口 的 烧烤 摊，每天 晚上 搞到 凌晨 2 点！！"),
                ("agent", "您好，请 提供 具体 地址（××路××号），以及 大概 时间段。"),
                ("user", f"{address(c)}，晚上 10 点 到 2 点，油烟 直接 往 楼上 飘 :("),
                ("agent", "好的，已 为 您 记录，工单 将 转 属地 综合 执法 部门 办理，请 保持 电话 畅通。"),
                ("user", "之前 打 过 12345 了（工单号 好像 是 2027…），说 “已 处理”，结果 第二 天 又 来 了"),
                ("user", "[图片]"),
                ("agent", "收到，我们 会 在 工单 中 注明 “重复 诉求”。"),
            ],
            c.num(3, 6),
        ):
            t += timedelta(seconds=c.num(8, 240))
            msgs.append({"role": line[0], "time": f"{t:%Y-%m-%d %H:%M:%S}", "content": line[1]})
        doc = {"channel": c.pick(["wechat", "web", "app"]), "sessionId": c.uid(), "messages": msgs}
        h = service(c, c.pick(JAVA_UAS), {"Authorization": bearer(c)})
        c.add(f, "chat-transcript", "POST", "/rx12345/openapi/session/toWorkOrder", h, js_json(doc))
    for _ in range(N):
        q = [
            ("pageNum", c.num(1, 6)),
            ("pageSize", 20),
            ("gdzt", c.pick(["dqs", "blz", "yhf", "ybj"])),
            *span(c, 60),
            ("keyword", c.pick(["", "电梯", "噪音", "SF", "退款", "“重复 诉求”"])),
        ]
        c.add(f, "case-search", "GET", "/rx12345/api/gd/list?" + qs(q, axios), web(c, None, 0.1, ref))
    for _ in range(N):
        q = [("q", c.pick(KB_TERMS)), ("type", c.pick(["zc", "wd", "all"])), ("page", "1")]
        c.add(f, "kb-search", "GET", "/rx12345/kb/search?" + qs(q, axios), web(c, None, 0.1, ref))
    for _ in range(N):
        fields = [
            ("gdbh", case_no(c)),
            ("hfjg", c.pick(["满意", "基本满意", "不满意"])),
            ("sfjj", c.pick(["是", "否"])),
            ("hfsm", c.pick(["", "来电人 称 “问题 解决 了，谢谢”", "来电人 表示 商家 仍 未 退款（¥ 部分）"])),
        ]
        c.add(f, "visit-callback", "POST", "/rx12345/hf/save.do", jq_form(c, ref), qs(fields, jq))


# --- procurement-challenge --------------------------------------------------------------------------------

IT_TRADES = ["信息技术", "科技", "电子科技", "智能科技", "数据服务", "计算机系统"]
PARAMS = [  # (参数 项, 招标 要求, 投标 响应 (正 偏离, 无 偏离, 负 偏离))
    (
        "处理器",
        "≥2颗 Intel Xeon Gold 6330 2.0GHz（28核）或 同等 性能 国产 处理器",
        [
            "2颗 Intel Xeon Gold 6348 2.6GHz（28核）",
            "2颗 Intel Xeon Gold 6330 2.0GHz（28核）",
            "2颗 Intel Xeon Silver 4314 2.4GHz（16核）",
        ],
    ),
    (
        "内存",
        "≥512GB DDR4 3200MHz，≥32个 内存 插槽",
        ["1TB DDR4 3200MHz，32 插槽", "512GB DDR4 3200MHz，32 插槽", "256GB DDR4 2933MHz，16 插槽"],
    ),
    (
        "硬盘",
        "≥2块 960GB SATA SSD + 4块 4TB 7.2K SAS HDD",
        ["2块 1.92TB SSD + 6块 4TB SAS", "2块 960GB SSD + 4块 4TB SAS", "2块 480GB SSD + 4块 4TB SAS"],
    ),
    (
        "网络",
        "≥4个 GE 电口 + 2个 25GE 光口（含 多模 模块）",
        ["4GE + 4×25GE（含 模块）", "4GE + 2×25GE（含 模块）", "4GE + 2×10GE"],
    ),
    ("测量 精度", "温度 测量 误差 ≤ ±0.5 ℃（-20~50 ℃）", ["±0.2 ℃", "±0.5 ℃", "±1.0 ℃"]),
    (
        "续航",
        "满电 状态 连续 工作 ≥ 8 h，电池 容量 ≥ 5000 mAh",
        ["12 h / 6000 mAh", "8 h / 5000 mAh", "6 h / 4000 mAh"],
    ),
    (
        "亮度",
        "显示 亮度 ≥ 500 cd/m²，对比度 ≥ 3000:1，色域 ≥ 90% NTSC",
        ["600 cd/m²，4000:1，95% NTSC", "500 cd/m²，3000:1，90% NTSC", "450 cd/m²，3000:1，72% NTSC"],
    ),
]
DEVIATIONS = ["正偏离", "无偏离", "负偏离"]
PROJECTS = [
    "政务 云 平台 扩容 服务器 采购 项目",
    "全市 中小学 智慧 黑板 采购 项目",
    "冷链 温度 监测 终端 采购 项目",
    "执法 记录仪 及 管理 平台 采购 项目",
]
LAW_BASIS = [
    "《政府采购法实施条例》 第二十条 第（二）项：设定 的 资格、技术、商务 条件 与 采购 项目 的 具体 特点 和 实际 "
    "需要 不 "
    "相适应 或者 与 合同 履行 无关",
    "《政府采购货物和服务招标投标管理办法》（财政部令第87号） 第二十条",
    "《政府采购质疑和投诉办法》（财政部令第94号） 第十条、第十二条",
]


def zfcg_no(c: Corpus) -> str:
    return f"GZZC-{c.num(2026, 2027)}-{c.digits(5)}"


def param_rows(c: Corpus) -> list[dict]:
    rows = []
    for i, (item, req, resp) in enumerate(c.sample(PARAMS, c.num(3, 5)), 1):
        k = c.pick([0, 1, 1, 2])
        rows.append({"xh": i, "csx": item, "zbyq": req, "tbxy": resp[k], "pl": DEVIATIONS[k], "sm": ""})
    return rows


@family("procurement-challenge")
def procurement_challenge(c: Corpus) -> None:
    f = "procurement-challenge"
    ref = f"{SITE}/zfcg/zytz/zy/create"
    for _ in range(N):
        known = c.day(-12, -8).replace(hour=9, minute=0, second=0, microsecond=0)
        doc = {
            "xmbh": zfcg_no(c),
            "xmmc": c.pick(PROJECTS),
            "bh": str(c.num(1, 3)),
            "zyr": firm(c, IT_TRADES),
            "tyxydm": uscc(c),
            "zlhtrq": f"{known:%Y-%m-%d}",
            "tjrq": f"{workday_after(known, c.num(1, 7)):%Y-%m-%d}",
            "zysx": [
                {
                    "sx": f"质疑 事项 {i}",
                    "ssyj": c.pick(
                        [
                            "招标 文件 第三章 “技术 参数” 第 2.1 条 要求 “≥2颗 Intel Xeon Gold 6330 2.0GHz”，指定 了 "
                            "特定 品牌 型号，排斥 潜在 供应商（国产 海光 7380 32核 2.2GHz 性能 相当）。",
                            "评分 标准 “★ 具有 ISO 27001 认证 得 5 分” 与 项目 履约 无关；且 “近 3 年 同类 业绩 ≥ 5 个”"
                            " 以 业绩 数量 作为 评审 因素。",
                            "中标 供应商 投标 响应 “温度 测量 误差 ±0.5 ℃”，但 其 产品 彩页（型号 TH-20B）标称 “±1.0 ℃"
                            "”，存在 虚假 响应。",
                        ]
                    ),
                    "flyj": c.pick(LAW_BASIS),
                }
                for i in range(1, c.num(1, 3) + 1)
            ],
            "zyqq": c.pick(["修改 招标 文件 后 重新 招标", "重新 评审", "认定 中标 结果 无效，依法 另行 确定 中标 人"]),
        }
        c.add(f, "challenge-submit", "POST", "/zfcg/api/zy/submit", web(c, JSON_CT, 0.0, ref), js_json(doc))
    for _ in range(N):
        doc = {"xmbh": zfcg_no(c), "bh": str(c.num(1, 3)), "rows": param_rows(c)}
        c.add(f, "deviation-table", "POST", "/zfcg/api/zy/plb/save", web(c, JSON_CT, 0.0, ref), js_json(doc))
    for _ in range(N):
        data = pdf_head(c, c.num(500, 1200))
        parts = [
            ("xmbh", zfcg_no(c)),
            ("cllx", c.pick(["产品 彩页", "检测 报告", "质疑函（盖章）", "授权 委托书"])),
            ("md5", md5_hex(data)),
            ("file", (f"证明材料_{c.digits(4)}.pdf", "application/pdf", data)),
        ]
        h, body = upload(c, parts, ref, 0.0)
        c.add(f, "evidence-upload", "POST", "/zfcg/api/file/upload", h, body)
    for _ in range(N):
        fields = [
            ("xmbh", zfcg_no(c)),
            ("tsr", firm(c, IT_TRADES)),
            ("tyxydm", uscc(c)),
            ("btsr", c.pick(["贵州省 政府采购 中心", "某 代理 机构 有限公司", "贵阳市 公共资源 交易 中心"])),
            (
                "tssx",
                "对 质疑 答复 不满意：采购人 答复 称 “Xeon Gold 6330 为 参考 型号”，但 招标 文件 未 注明 “或 同等"
                " 性能”，且 未 说明 性能 基准（SPECrate 2017_int_base ≥ 220）。",
            ),
            ("tsqq", "责令 采购人 修改 采购 文件 并 重新 开展 采购 活动"),
            ("lxr", c.person()),
            ("lxdh", c.mobile()),
        ]
        c.add(f, "complaint-submit", "POST", "/zfcg/ts/submit.do", jq_form(c, ref, 0.0), qs(fields, jq))
    for _ in range(N):
        q = [("xmbh", zfcg_no(c)), ("tyxydm", uscc(c)), ("_", str(c.ms()))]
        c.add(f, "reply-query", "GET", "/zfcg/api/zy/reply?" + qs(q, axios), web(c, None, 0.0, ref))
    for _ in range(N):
        q = [("keyword", c.pick(PROJECTS)), ("cglx", c.pick(["货物", "服务", "工程"])), ("pageNo", c.num(1, 4))]
        c.add(f, "project-lookup", "GET", "/zfcg/api/project/search?" + qs(q, axios), web(c, None, 0.0, ref))
    for _ in range(N):
        fields = [
            ("zybh", f"ZY{c.digits(10)}"),
            ("chly", c.pick(["采购人 已 修改 招标 文件（补遗 1）", "经 沟通，误解 评分 标准，撤回 质疑。"])),
        ]
        c.add(f, "withdraw", "POST", "/zfcg/zy/withdraw.do", jq_form(c, ref, 0.0), qs(fields, jq))
    for _ in range(N):
        doc = {
            "xmbh": zfcg_no(c),
            "bjnr": c.pick(
                [
                    "请 说明 “≥ 90% NTSC” 按 CIE 1931 还是 CIE 1976 计算？",
                    "“±0.5 ℃” 是否 为 全 量程 误差？第三方 检测 报告 是否 需 CMA 标识？",
                    "服务器 是否 接受 “Intel Xeon Gold 6338N 2.2GHz” 等 同档 型号？",
                ]
            ),
            "lxr": c.person(),
        }
        c.add(f, "inquiry", "POST", "/zfcg/api/xw/submit", web(c, JSON_CT, 0.0, ref), js_json(doc))


# --- bid-clarification-qa ---------------------------------------------------------------------------------

CLAUSES = [  # (章节 条款, quoted 招标 文件 原文, 提问)
    (
        "第二章 投标人须知前附表 3.5.1",
        "“近 3 年（2024年1月1日 至 投标 截止 日）完成 过 单项 合同 金额 ≥ 500 万元 的 类似 项目”",
        "“类似 项目” 是否 包含 EPC 总承包 中 的 设计 部分？合同 金额 以 含税 还是 不含税 计？",
    ),
    (
        "第五章 技术 标准 和 要求 4.2",
        "“C30 混凝土 抗渗 等级 P8，坍落度 180±20 mm”",
        "图纸 结构 说明 为 P6，与 技术 要求 P8 不 一致，以 哪个 为准？",
    ),
    (
        "第三章 评标 办法 2.2.4(3)",
        "“项目 经理 具有 一级 建造师（市政 公用 工程）注册 证书 且 无 在建 项目”",
        "“无 在建 项目” 以 全国 建筑 市场 监管 平台（jzsc.mohurd.gov.cn）查询 结果 为准 吗？",
    ),
    (
        "第七章 工程量 清单 010515001",
        "“现浇 构件 钢筋 HRB400E Φ12 工程量 36.482 t”",
        "清单 工程量 36.482 t 与 图纸 计算 38.1 t 相差 约 4.4%，请 复核。",
    ),
    (
        "第六章 图纸 S-03",
        "“基础 持力层 为 中风化 灰岩，fak ≥ 2000 kPa”",
        "地勘 报告 钻孔 ZK7 揭露 溶洞（高 1.8 m），是否 另行 计量 溶洞 处理 费用？",
    ),
]


def tender_no(c: Corpus) -> str:
    return f"E5201{c.digits(12)}001"


@family("bid-clarification-qa")
def bid_clarification_qa(c: Corpus) -> None:
    f = "bid-clarification-qa"
    ref = f"{SITE}/ggzy/tbr/dy/question"
    for _ in range(N):
        clause, quote, ask = c.pick(CLAUSES)
        doc = {"bdbh": tender_no(c), "zjtk": clause, "yw": quote, "wt": ask, "nm": True}
        c.add(f, "question-submit", "POST", "/ggzy/api/dy/question", web(c, JSON_CT, 0.0, ref), js_json(doc))
    for _ in range(N):
        published = c.day(-5, 0).replace(hour=c.num(9, 17), minute=0, second=0, microsecond=0)
        deadline = published + timedelta(days=c.num(15, 25))
        data = docx(
            [
                f"澄清（修改）文件（第 {c.num(1, 3)} 次）",
                "一、原 招标 文件 第五章 4.2 条 “抗渗 等级 P8” 修改 为 “抗渗 等级 P6（以 结构 施工图 为准）”。",
                "二、清单 010515001 工程量 由 36.482 t 调整 为 38.106 t，招标 控制价 相应 调整。",
                f"三、投标 截止 时间 顺延 至 {deadline:%Y年%m月%d日 %H:%M}。",
            ]
        )
        parts = [
            ("bdbh", tender_no(c)),
            ("fbsj", f"{published:%Y-%m-%d %H:%M:%S}"),
            ("tbjzsj", f"{deadline:%Y-%m-%d %H:%M:%S}"),
            ("file", ("澄清文件.docx", DOCX_CT, data)),
        ]
        h, body = upload(c, parts, f"{SITE}/ggzy/zbr/cq/publish", 0.0)
        c.add(f, "clarification-publish", "POST", "/ggzy/api/cq/publish", h, body)
    for _ in range(N):
        q = [("bdbh", tender_no(c)), ("page", c.num(1, 3)), ("rows", 15), ("zt", c.pick(["all", "yhf", "whf"]))]
        c.add(f, "question-list", "GET", "/ggzy/api/dy/list?" + qs(q, axios), web(c, None, 0.0, ref))
    for _ in range(N):
        _, _, ask = c.pick(CLAUSES)
        doc = {
            "wtid": c.num(10000, 99999),
            "wt": ask,
            "df": c.pick(
                [
                    "以 结构 施工图 为准，详见 澄清 文件 第 1 条。",
                    "合同 金额 以 含税 金额 计；EPC 项目 以 施工 部分 合同 金额 认定。",
                    "以 全国 建筑 市场 监管 公共 服务 平台 查询 结果 为准（截图 加盖 公章）。",
                    "溶洞 处理 按 实际 发生 计量，单价 执行 清单 “040901” 相应 子目。",
                ]
            ),
        }
        h = web(c, JSON_CT, 0.0, f"{SITE}/ggzy/zbr/dy/reply")
        c.add(f, "answer-reply", "POST", "/ggzy/api/dy/reply", h, js_json(doc))
    for _ in range(N):
        fields = [("bdbh", tender_no(c)), ("cqwjid", str(c.num(1000, 9999))), ("qrsj", ms_text(c))]
        c.add(f, "download-confirm", "POST", "/ggzy/tbr/cq/confirm.do", jq_form(c, ref, 0.0), qs(fields, jq))
    for _ in range(N):
        doc = {
            "bdbh": tender_no(c),
            "xgdz": [
                {"tk": "第五章 4.2", "yt": "抗渗 等级 P8", "xgh": "抗渗 等级 P6（以 结构 施工图 为准）"},
                {"tk": "第二章 3.5.1", "yt": "合同 金额 ≥ 500 万元", "xgh": "合同 金额 ≥ 300 万元（含税）"},
                {"tk": "投标 截止 时间", "yt": ymd(c, 5, 10) + " 09:30", "xgh": ymd(c, 20, 25) + " 09:30"},
            ][: c.num(1, 3)],
        }
        h = web(c, JSON_CT, 0.0, f"{SITE}/ggzy/zbr/cq/publish")
        c.add(f, "change-compare", "POST", "/ggzy/api/cq/compare", h, js_json(doc))
    for _ in range(N):
        parts = [("bdbh", tender_no(c)), ("file", (f"截图{c.num(1, 9)}.png", "image/png", png(c, c.num(400, 900))))]
        h, body = upload(c, parts, ref, 0.0)
        c.add(f, "question-attachment", "POST", "/ggzy/api/dy/attach", h, body)
    for _ in range(N):
        q = [("bdbh", tender_no(c)), ("type", c.pick(["zbwj", "cqwj", "tz"]))]
        c.add(f, "doc-list", "GET", "/ggzy/api/bd/docs?" + qs(q, axios), web(c, None, 0.0, ref))


# --- mlps-filing ------------------------------------------------------------------------------------------

MLPS_SYSTEMS = [
    "贵州省 政务 服务 网",
    "市 12345 热线 工单 系统",
    "不动产 登记 信息 管理 平台",
    "医保 信息 平台（省级）",
    "智慧 交通 信号 控制 系统",
    "市 公共 资源 交易 平台",
]
ASSETS = [  # (资产, 版本, 端口)
    ("nginx", "1.20.1", "443/tcp"),
    ("Apache Tomcat", "9.0.43", "8080/tcp"),
    ("OpenSSH", "8.0p1", "22/tcp"),
    ("Oracle Database", "19c (19.3.0.0.0)", "1521/tcp"),
    ("Redis", "6.2.6", "6379/tcp"),
    ("MySQL", "5.7.36", "3306/tcp"),
    ("达梦 DM8", "V8.1.2.128", "5236/tcp"),
    ("WebLogic Server", "12.2.1.4", "7001/tcp"),
]
FINDINGS = [  # (风险, 问题 描述, CVE or "", 整改 措施)
    (
        "高",
        "应用 服务器 Apache Tomcat 9.0.43 存在 已知 漏洞（CVE-2021-25329、CVE-2021-41079），8080/tcp 对 互联网 开放。",
        "CVE-2021-25329",
        "升级 至 Apache Tomcat 9.0.85；8080 端口 仅 对 负载 均衡 地址 10.10.2.0/24 开放（iptables -A INPUT -p tcp "
        "--dport 8080 -s 10.10.2.0/24 -j ACCEPT）。",
    ),
    (
        "中",
        "OpenSSH 8.0p1 版本 过低（CVE-2023-38408），且 允许 root 远程 登录（PermitRootLogin yes）。",
        "CVE-2023-38408",
        "升级 OpenSSH 至 9.6p1；sshd_config 设置 PermitRootLogin no、MaxAuthTries 5，systemctl restart sshd。",
    ),
    (
        "中",
        "数据库 口令 策略 未 启用 复杂度 校验，PASSWORD_LIFE_TIME 为 UNLIMITED。",
        "",
        "ALTER PROFILE DEFAULT LIMIT PASSWORD_LIFE_TIME 90 PASSWORD_VERIFY_FUNCTION ora12c_verify_function;",
    ),
    (
        "高",
        "Redis 6.2.6 未 设置 访问 口令 且 绑定 0.0.0.0（6379/tcp），可 被 内网 任意 主机 访问。",
        "",
        'redis.conf 设置 bind 10.10.3.21、requirepass（≥ 16 位）、rename-command CONFIG ""；重启 服务。',
    ),
    (
        "低",
        "nginx 1.20.1 响应 头 泄露 版本 号（Server: nginx/1.20.1），TLS 仍 支持 TLSv1.0/1.1。",
        "CVE-2021-23017",
        "server_tokens off; ssl_protocols TLSv1.2 TLSv1.3; 升级 nginx 至 1.24.0。",
    ),
    (
        "中",
        "安全 审计 日志 保存 不足 6 个 月（rsyslog 仅 保留 30 天），不 满足 《网络安全法》 第二十一条 要求。",
        "",
        "部署 日志 审计 系统，/etc/logrotate.d/rsyslog 设置 rotate 26、weekly；日志 外发 至 10.10.9.5:514。",
    ),
]
GRADES = {1: "第一级", 2: "第二级", 3: "第三级", 4: "第四级"}


def conclusion(score: float, high: int) -> str:
    """GB/T 28448-2019 测评 结论 as the 测评 报告 模版 gives it: 高 风险 remaining means 差."""
    if high or score < 70:
        return "差"
    return "优" if score >= 90 else "良" if score >= 80 else "中"


def filing_no(c: Corpus) -> str:
    return f"{c.pick(list(DISTRICTS))}99{c.digits(3)}-{c.num(26, 27)}{c.digits(3)}"


@family("mlps-filing")
def mlps_filing(c: Corpus) -> None:
    f = "mlps-filing"
    ref = f"{SITE}/djbh/ba/apply"
    for _ in range(N):
        yw, fw = c.num(2, 4), c.num(2, 4)
        doc = {
            "dxmc": c.pick(MLPS_SYSTEMS),
            "ywxxaqdj": GRADES[yw],
            "xtfwaqdj": GRADES[fw],
            "djjb": GRADES[max(yw, fw)],
            "ywqk": "承载 事项 申报、受理、审批 全 流程；日均 访问 约 "
            f"{c.num(2, 90)} 万 次，存储 个人 信息 约 {c.num(10, 900)} 万 条（姓名、身份证号、手机号）。",
            "psyj": c.pick(["已 组织 专家 评审（5 人），同意 定级。", "主管 部门 已 审核（附 审核 意见 扫描件）。"]),
        }
        c.add(f, "system-grading", "POST", "/djbh/api/dx/grade", web(c, JSON_CT, 0.0, ref), js_json(doc))
    for _ in range(N):
        fields = [
            ("dwmc", c.pick(["贵州省 大数据 发展 管理局", "贵阳市 人民 政府 政务 服务 中心", "某区 卫生 健康 局"])),
            ("tyxydm", uscc(c)),
            ("dwdz", address(c)),
            ("fzr", c.person()),
            ("fzrdh", c.mobile()),
            ("lsgx", c.pick(["省（自治区、直辖市）", "地（区、市、州、盟）", "县（区、市、旗）"])),
            ("dwlx", c.pick(["党委机关", "政府机关", "事业单位"])),
            ("hylb", c.pick(["11 政府机关", "33 卫生", "23 电子政务"])),
        ]
        c.add(f, "filing-form", "POST", "/djbh/ba/unit/save.do", jq_form(c, ref, 0.0), qs(fields, jq))
    for _ in range(N):
        items = []
        for name, ver, port in c.sample(ASSETS, c.num(3, 6)):
            items.append(
                {
                    "zcmc": name,
                    "bb": ver,
                    "dk": port,
                    "ip": f"10.10.{c.num(1, 9)}.{c.num(2, 250)}",
                    "cs": c.pick(["银河麒麟 V10 SP3", "CentOS Linux 7.9.2009", "openEuler 22.03 LTS SP3"]),
                }
            )
        doc = {"bano": filing_no(c), "zclb": items}
        c.add(f, "asset-list", "POST", "/djbh/api/asset/save", web(c, JSON_CT, 0.0, ref), js_json(doc))
    for _ in range(N):
        findings = c.sample(FINDINGS, c.num(2, 5))
        rows = [["序号", "风险等级", "问题描述", "CVE", "测评对象"]]
        rows += [[str(i), x[0], x[1], x[2], f"10.10.{c.num(1, 9)}.{c.num(2, 250)}"] for i, x in enumerate(findings, 1)]
        data = csv_text(rows, bom=True)
        score = round(c.num(6000, 9600) / 100, 2)
        high = sum(x[0] == "高" for x in findings)
        parts = [
            ("bano", filing_no(c)),
            ("zhdf", f"{score:.2f}"),
            ("gfxs", str(high)),
            ("cpjl", conclusion(score, high)),
            ("md5", md5_hex(data)),
            ("file", ("问题清单.csv", CSV_CT, data)),
        ]
        h, body = upload(c, parts, f"{SITE}/djbh/cp/report", 0.0)
        c.add(f, "findings-upload", "POST", "/djbh/api/cp/findings", h, body)
    for _ in range(N):
        x = c.pick(FINDINGS)
        doc = {
            "bano": filing_no(c),
            "wtms": x[1],
            "cve": x[2],
            "zgcs": x[3],
            "fcjg": c.pick(["已 整改，复测 通过", "部分 整改（需 采购 日志 审计 设备，预计 下 季度 完成）"]),
            "zgwcrq": ymd(c, -20, 0),
        }
        c.add(f, "rectification", "POST", "/djbh/api/zg/save", web(c, JSON_CT, 0.0, ref), js_json(doc))
    for _ in range(N):
        data = docx(
            [
                f"{c.pick(MLPS_SYSTEMS)} 定级 报告",
                "一、定级 对象 描述：系统 采用 B/S 架构，部署 于 政务 云（华为 云 Stack 8.3），前端 nginx 反向 代理，"
                "应用 层 Spring Boot 2.7.18，数据库 达梦 DM8。",
                "二、业务 信息 受到 破坏 时 所 侵害 的 客体：公民、法人 和 其他 组织 的 合法 权益（严重 损害）。",
                "三、定级 结果：第三级（S3A3）。",
            ]
        )
        parts = [("bano", filing_no(c)), ("wjlx", "定级报告"), ("file", ("定级报告.docx", DOCX_CT, data))]
        h, body = upload(c, parts, ref, 0.0)
        c.add(f, "report-upload", "POST", "/djbh/api/file/upload", h, body)
    for _ in range(N):
        q = [("bano", filing_no(c)), ("dwmc", c.pick(["", "大数据 发展 管理局", "卫生 健康 局"]))]
        c.add(f, "filing-status", "GET", "/djbh/api/ba/status?" + qs(q, axios), web(c, None, 0.0, ref))
    for _ in range(N):
        q = [
            ("keyword", c.pick(["CVE-2021-25329", "Tomcat 9.0", "OpenSSH 8.0p1", "弱口令", "日志 6 个月"])),
            ("page", "1"),
        ]
        c.add(f, "kb-search", "GET", "/djbh/api/kb/search?" + qs(q, axios), web(c, None, 0.0, ref))


# --- drug-procurement-listing -----------------------------------------------------------------------------

DRUGS = [  # (通用名, 剂型, 规格, 包装 转换比, 单位, 批准文号, 医保 代码, 价格 lo, hi)
    ("阿莫西林胶囊", "胶囊剂", "0.25g×24粒/盒", 24, "粒", "国药准字H44021351", "XJ01CAA040E001010100483", 5, 18),
    ("头孢克肟分散片", "片剂", "0.1g×6片/盒", 6, "片", "国药准字H20030530", "XJ01DDT037A007010100428", 9, 36),
    ("盐酸二甲双胍缓释片", "片剂", "0.5g×30片/盒", 30, "片", "国药准字H20023370", "XA10BAE035A010010100456", 8, 40),
    ("注射用头孢曲松钠", "注射剂", "1.0g/支", 1, "支", "国药准字H20065678", "XJ01DDT044B001010200390", 2, 25),
    ("氯化钠注射液", "注射剂", "0.9% 250ml:2.25g/袋", 1, "袋", "国药准字H52020567", "XB05XAL048B002020100577", 2, 6),
    ("复方丹参滴丸", "丸剂", "27mg×180丸/瓶", 180, "丸", "国药准字Z10950111", "ZA12FAF0064010103003", 20, 45),
    ("重组人胰岛素注射液", "注射剂", "3ml:300IU/支", 1, "支", "国药准字S20040053", "XA10ABR056B002010100198", 30, 70),
    ("阿托伐他汀钙片", "片剂", "20mg×7片/盒", 7, "片", "国药准字J20120021", "XC10AAA050A001010100331", 3, 42),
]
MAKERS = [
    "华北制药股份有限公司",
    "石药集团欧意药业有限公司",
    "贵州百灵企业集团制药股份有限公司",
    "天士力医药集团股份有限公司",
]
DISTRIBUTORS = ["国药控股贵州有限公司", "华润贵州医药有限公司", "九州通医药集团贵州有限公司", "贵州科开医药有限公司"]
PROVINCES = [
    "北京",
    "河北",
    "山西",
    "江苏",
    "浙江",
    "安徽",
    "福建",
    "江西",
    "河南",
    "湖南",
    "广东",
    "广西",
    "四川",
    "云南",
    "重庆",
    "陕西",
]


@family("drug-procurement-listing")
def drug_procurement_listing(c: Corpus) -> None:
    f = "drug-procurement-listing"
    ref = f"{SITE}/yxcg/qy/gw/apply"
    for _ in range(N):
        name, form_, spec, ratio, unit, pzwh, ybdm, lo, hi = c.pick(DRUGS)
        price = money(c, lo, hi)
        doc = {
            "tym": name,
            "jx": form_,
            "gg": spec,
            "bzzhb": ratio,
            "zxdw": unit,
            "pzwh": pzwh,
            "ybdm": ybdm,
            "scqy": c.pick(MAKERS),
            "tyxydm": uscc(c),
            "gwjg": price,
            "zxdwjg": round(price / ratio, 4),
            "sbly": c.pick(["新 上市 药品 挂网", "通过 一致性 评价（补充 申请 批件 2027B01234）", "价格 联动 调整"]),
        }
        c.add(f, "listing-apply", "POST", "/yxcg/api/gw/apply", web(c, JSON_CT, 0.0, ref), js_json(doc))
    for _ in range(N):
        name, _, spec, *rest = c.pick(DRUGS)
        lo, hi = rest[-2:]
        prices = [{"sf": p, "jg": money(c, lo, hi), "zxsj": ymd(c, -400, -10)} for p in c.sample(PROVINCES, 6)]
        doc = {"tym": name, "gg": spec, "sbjg": min(x["jg"] for x in prices), "qgzdj": prices}
        c.add(f, "price-linkage", "POST", "/yxcg/api/gw/linkage", web(c, JSON_CT, 0.0, ref), js_json(doc))
    for _ in range(N):
        data = pdf_head(c, c.num(500, 1200))
        name = c.pick(DRUGS)[0]
        parts = [
            ("zzlx", c.pick(["药品 注册 证书", "GMP 符合性 检查 告知书", "质量 标准（YBH12342027）", "说明书"])),
            ("tym", name),
            ("md5", md5_hex(data)),
            ("file", (f"{name}_资质.pdf", "application/pdf", data)),
        ]
        h, body = upload(c, parts, ref, 0.0)
        c.add(f, "qualification-upload", "POST", "/yxcg/api/file/upload", h, body)
    for _ in range(N):
        lines = []
        for d in c.sample(DRUGS, c.num(2, 5)):
            qty, price = c.num(10, 600), money(c, d[7], d[8])
            lines.append({"tym": d[0], "gg": d[2], "ybdm": d[6], "sl": qty, "dj": price, "je": round(qty * price, 2)})
        doc = {
            "ddbh": f"DD{c.when():%Y%m%d}{c.digits(6)}",
            "yljg": c.pick(["贵州省人民医院", "某区 人民 医院", "某镇 卫生院"]),
            "psqy": c.pick(DISTRIBUTORS),
            "mx": lines,
            "hj": round(sum(x["je"] for x in lines), 2),
        }
        h = service(c, c.pick(JAVA_UAS), {"Authorization": bearer(c)})
        c.add(f, "hospital-order", "POST", "/yxcg/openapi/order/submit", h, js_json(doc))
    for _ in range(N):
        fields = [
            ("ddbh", f"DD{c.when():%Y%m%d}{c.digits(6)}"),
            ("fph", c.digits(20)),
            ("ph", f"{c.num(2026, 2027)}{c.digits(4)}"),
            ("yxq", ymd(c, 365, 900)),
            ("fhsl", str(c.num(10, 600))),
            ("bz", c.pick(["", "冷链 运输（2~8 ℃），温度 记录 仪 编号 TL-0032", "分 两 批 配送"])),
        ]
        c.add(f, "delivery-ship", "POST", "/yxcg/ps/ship.do", jq_form(c, ref, 0.0), qs(fields, jq))
    for _ in range(N):
        q = [("tym", c.pick(DRUGS)[0]), ("jx", c.pick(["", "片剂", "注射剂"])), ("page", c.num(1, 3))]
        c.add(f, "catalog-search", "GET", "/yxcg/api/catalog/search?" + qs(q, axios), web(c, None, 0.0, ref))
    for _ in range(N):
        d = c.pick(DRUGS)
        q = [("ybdm", d[6]), ("pzwh", d[5])]
        c.add(f, "price-query", "GET", "/yxcg/api/price/query?" + qs(q, axios), web(c, None, 0.0, ref))
    for _ in range(N):
        d = c.pick(DRUGS)
        doc = {
            "ybdm": d[6],
            "pzwh": d[5],
            "cwyy": c.pick(
                [
                    "原料药（API）供应 中断，预计 6 个 月 内 无法 恢复 生产。",
                    "规格 “0.25g×24粒/盒” 停产，改 为 “0.5g×24粒/盒”（已 另行 申报）。",
                    "企业 自主 撤网：价格 倒挂（成本 ＞ 挂网 价）。",
                ]
            ),
        }
        c.add(f, "delist-apply", "POST", "/yxcg/api/gw/delist", web(c, JSON_CT, 0.0, ref), js_json(doc))


# --- special-equipment-inspection -------------------------------------------------------------------------

ELEVATORS = [  # (品种 代码, 品种, 额定 载重量 kg, 额定 速度 m/s)
    ("3110", "曳引驱动乘客电梯", [800, 1000, 1050, 1350, 1600], [1.0, 1.5, 1.75, 2.0, 2.5]),
    ("3120", "曳引驱动载货电梯", [2000, 3000, 5000], [0.5, 1.0]),
    ("3310", "自动扶梯", [0], [0.5]),
]
BOILERS = [  # (型号, 额定 蒸发量 t/h, 额定 工作 压力 MPa, 额定 出口 温度 ℃)
    ("WNS4-1.25-Y(Q)", 4, 1.25, 194),
    ("WNS6-1.6-Y(Q)", 6, 1.6, 204),
    ("SZL10-1.25-AII", 10, 1.25, 194),
    ("DZL2-1.0-AII", 2, 1.0, 184),
]
VESSELS = [  # (名称, 介质, 设计 压力 MPa, 设计 温度 ℃, 容积 m³)
    ("液化石油气 储罐", "液化石油气", 1.77, 50, 50.0),
    ("储气罐", "压缩 空气", 0.88, 150, 2.0),
    ("分汽缸", "饱和 蒸汽", 1.6, 204, 0.8),
    ("液氧 储罐（真空 绝热）", "液氧", 0.8, -196, 20.0),
]
DEFECTS = [
    "曳引轮 绳槽 磨损 不均，槽 深 差 ≥ 1.5 mm（TSG T7001-2023 附件 A 2.7）",
    "轿厢 意外 移动 保护 装置（UCMP）自检 记录 缺失",
    "安全阀 校验 有效期 已 过（上次 校验 2025-11-03）",
    "压力表 量程 0~1.6 MPa，不 满足 工作 压力 1.5~3 倍 要求（工作 压力 1.25 MPa）",
    "水位 表 玻璃 管 结垢，高低 水位 报警 未 联锁 停炉",
]


def reg_cert(c: Corpus, kind: str) -> str:
    return f"{kind}11贵A{c.digits(5)}({c.num(20, 27)})"


def equip_code(c: Corpus, variety: str) -> str:
    return f"{variety}52{c.pick(['01', '03', '04'])}{c.digits(3)}{c.num(2010, 2027)}{c.digits(5)}"


@family("special-equipment-inspection")
def special_equipment_inspection(c: Corpus) -> None:
    f = "special-equipment-inspection"
    ref = f"{SITE}/tzsb/bj/apply"
    for _ in range(N):
        code, name, loads, speeds = c.pick(ELEVATORS)
        doc = {
            "sbpz": code,
            "sbpzmc": name,
            "sbdm": equip_code(c, code),
            "sydjzbh": reg_cert(c, "梯"),
            "edzzl": c.pick(loads),
            "edsd": c.pick(speeds),
            "cs": c.num(2, 33),
            "jylb": c.pick(["定期 检验", "监督 检验（安装）", "改造 监督 检验"]),
            "sydw": firm(c, ["物业服务", "物业管理", "商业管理", "酒店管理"]),
            "tyxydm": uscc(c),
            "sbdd": address(c),
            "qwjyrq": ymd(c, 5, 30),
        }
        c.add(f, "elevator-apply", "POST", "/tzsb/api/bj/elevator", web(c, JSON_CT, 0.0, ref), js_json(doc))
    for _ in range(N):
        model, evap, pressure, temp = c.pick(BOILERS)
        doc = {
            "xh": model,
            "edzfl": evap,
            "edgzyl": pressure,
            "edcksd": temp,
            "rl": c.pick(["天然气", "烟煤", "生物质 成型 燃料"]),
            "sydjzbh": reg_cert(c, "锅"),
            "sjyl": round(pressure * c.pick([1.0, 1.04, 1.1]), 2),
            "bz": c.pick(
                [
                    "",
                    "燃烧器 型号 Riello RS 310/M，低氮 改造 后 NOx ≤ 30 mg/m³",
                    "水处理：全自动 软水器 出水 硬度 ≤ 0.03 mmol/L",
                ]
            ),
        }
        c.add(f, "boiler-params", "POST", "/tzsb/api/bj/boiler", web(c, JSON_CT, 0.0, ref), js_json(doc))
    for _ in range(N):
        name, medium, dp, dt, vol = c.pick(VESSELS)
        doc = {
            "rqmc": name,
            "jz": medium,
            "sjyl": dp,
            "zgyxgzyl": round(dp * c.pick([0.9, 0.95, 1.0]), 3),
            "sjwd": dt,
            "rj": vol,
            "rqlb": c.pick(["Ⅰ", "Ⅱ", "Ⅲ"]),
            "sydjzbh": reg_cert(c, "容"),
        }
        c.add(f, "vessel-params", "POST", "/tzsb/api/bj/vessel", web(c, JSON_CT, 0.0, ref), js_json(doc))
    for _ in range(N):
        q = [("bgbh", f"TS{c.num(2025, 2027)}-{c.pick(['DT', 'GL', 'RQ'])}-{c.digits(6)}"), ("yzm", c.alnum(4))]
        c.add(f, "report-verify", "GET", "/tzsb/api/report/verify?" + qs(q, axios), web(c, None, 0.6, ref))
    for _ in range(N):
        parts = [
            ("sbdm", equip_code(c, c.pick(ELEVATORS)[0])),
            ("qxms", c.pick(DEFECTS)),
            (
                "zgqk",
                c.pick(
                    [
                        "已 更换 曳引轮（新 绳槽 深 无 差异），附 照片",
                        f"已 重新 校验，校验 报告 编号 AF{c.digits(8)}",
                        "已 更换 0~2.5 MPa 压力表",
                    ]
                ),
            ),
            ("file", (f"IMG_{c.digits(4)}.jpg", "image/jpeg", jpeg(c, c.num(500, 1200)))),
        ]
        h, body = upload(c, parts, f"{SITE}/tzsb/zg/feedback", 0.5)
        c.add(f, "defect-feedback", "POST", "/tzsb/api/zg/feedback", h, body)
    for _ in range(N):
        items = [
            {"xm": x, "jg": c.pick(["正常", "正常", "已 调整"])}
            for x in c.sample(
                [
                    "机房 环境",
                    "制动器 间隙（0.2~0.3 mm）",
                    "编码器 清洁",
                    "层门 门锁 啮合 ≥ 7 mm",
                    "轿厢 照明",
                    "应急 照明",
                ],
                4,
            )
        ]
        doc = {
            "sbdm": equip_code(c, "3110"),
            "wblx": "半月 保养",
            "wbry": c.person(),
            "xm": items,
            "qdsj": ms_text(c),
            "lnglat": list(lnglat(c)),
        }
        c.add(f, "maintenance-record", "POST", "/tzsb/96333/wb/record", miniprogram(c, JSON_CT), js_json(doc))
    for _ in range(N):
        parts = [
            ("sbzl", c.pick(["电梯", "锅炉", "压力容器", "叉车（场内 专用 机动 车辆）"])),
            ("sydw", firm(c, ["物业服务", "食品", "化工", "酒店管理"])),
            ("file", ("使用登记表.pdf", "application/pdf", pdf_head(c, c.num(500, 1200)))),
        ]
        h, body = upload(c, parts, f"{SITE}/tzsb/dj/apply", 0.0)
        c.add(f, "registration-upload", "POST", "/tzsb/api/dj/upload", h, body)
    for _ in range(N):
        q = [
            ("sydw", c.pick(["", "物业", "医院"])),
            ("sbzl", c.pick(["3000", "1000", "2000"])),
            ("xcjyrq_end", ymd(c, 0, 60)),
            ("page", c.num(1, 5)),
        ]
        c.add(f, "equipment-search", "GET", "/tzsb/api/sb/list?" + qs(q, axios), web(c, None, 0.0, ref))


# --- enterprise-std-declare -------------------------------------------------------------------------------

STD_PRODUCTS = [  # (产品, 企业 代号, 执行 国家 标准, [(指标, 单位, 方向, 国标 值)])
    (
        "酱香型 白酒",
        "GZMT",
        "GB/T 26760-2011",
        [("酒精度", "%vol", "=", 53.0), ("总酸（以乙酸计）", "g/L", "≥", 1.40), ("固形物", "g/L", "≤", 0.70)],
    ),
    (
        "刺梨 原汁",
        "GZHS",
        "GB/T 31121-2014",
        [
            ("可溶性固形物（20 ℃ 折光计法）", "%", "≥", 8.0),
            ("维生素 C", "mg/100g", "≥", 1000.0),
            ("菌落总数", "CFU/mL", "≤", 100.0),
        ],
    ),
    (
        "辣椒 调味油",
        "GZLG",
        "GB 2716-2018",
        [
            ("酸价（以脂肪计）(KOH)", "mg/g", "≤", 3.0),
            ("过氧化值", "g/100g", "≤", 0.25),
            ("苯并(a)芘", "μg/kg", "≤", 10.0),
        ],
    ),
    (
        "铝合金 建筑 型材",
        "GZAL",
        "GB/T 5237.1-2017",
        [("抗拉 强度 Rm", "MPa", "≥", 160.0), ("断后 伸长率 A50mm", "%", "≥", 8.0), ("壁厚 偏差", "mm", "≤", 0.15)],
    ),
]
STD_TRADES = {
    "GZMT": ["酒业", "酿酒"],
    "GZHS": ["食品", "刺梨产业"],
    "GZLG": ["食品", "调味品"],
    "GZAL": ["铝业", "新材料"],
}
STD_REFS = ["GB/T 2260-2007", "GB/T 1.1-2020", "GB 7718-2011", "GB 2760-2024", "GB 28050-2011", "JJF 1070-2023"]
COMMENT_CLAUSES = [
    (
        "5.2.3",
        "行政区划 代码 采用 6 位 数字 表示，第一、二位 表示 省级 行政区。",
        "建议 补充 “撤销 代码 不再 复用” 的 规定，并 在 附录 A 给出 变更 对照 表。",
    ),
    (
        "4.1",
        "样品 应 在 (23±2) ℃、相对 湿度 (50±10)% 条件 下 调节 ≥ 24 h。",
        "建议 改为 “≥ 16 h”，与 GB/T 2918-2018 一致；24 h 对 薄膜 类 样品 无 必要。",
    ),
    ("表 2", "铅（以 Pb 计）≤ 0.2 mg/kg", "建议 区分 “鲜 果” 与 “果 干”，果干 限量 折算 时 应 考虑 脱水 比。"),
    (
        "附录 B.3",
        "计算 公式：X = (V1 − V0) × c × 0.0365 / m × 100",
        "式 中 “0.0365” 未 说明 来源，建议 注明 “与 1.00 mL 盐酸 标准 滴定 溶液 相当 的 质量（g）”。",
    ),
]


def std_no(c: Corpus, code: str) -> str:
    return f"Q/{code} {c.num(1, 30):04d}S-{c.num(2026, 2027)}"


def compare(direction: str, ent: float, nat: float) -> str:
    """严于 / 等同 国家 标准 as the platform derives it from the two values."""
    if direction == "=":
        return "等同"
    stricter = ent > nat if direction == "≥" else ent < nat
    return "严于" if stricter else "等同"


@family("enterprise-std-declare")
def enterprise_std_declare(c: Corpus) -> None:
    f = "enterprise-std-declare"
    ref = f"{SITE}/qybz/zwsm/edit"

    def indicators(rows: list) -> list[dict]:
        out = []
        for name, unit, direction, nat in rows:
            ent = nat if direction == "=" or c.chance(0.4) else round(nat * c.pick([0.5, 0.8, 1.2, 1.5]), 2)
            if direction == "≤":
                ent = min(ent, nat)
            elif direction == "≥":
                ent = max(ent, nat)
            out.append(
                {"zb": name, "dw": unit, "fx": direction, "qybz": ent, "gjbz": nat, "bj": compare(direction, ent, nat)}
            )
        return out

    for _ in range(N):
        prod, code, nat_std, rows = c.pick(STD_PRODUCTS)
        doc = {
            "bzbh": std_no(c, code),
            "bzmc": f"{prod}（企业 标准）",
            "cpmc": prod,
            "zxbz": [nat_std, *c.sample(STD_REFS, 2)],
            "qymc": firm(c, STD_TRADES[code]),
            "tyxydm": uscc(c),
            "zbs": indicators(rows),
            "smnr": "本 企业 承诺 所 公开 的 标准 内容 真实、有效，产品 符合 所 公开 标准 的 技术 要求。",
        }
        c.add(f, "std-declare", "POST", "/qybz/api/zwsm/save", web(c, JSON_CT, 0.0, ref), js_json(doc))
    for _ in range(N):
        prod, code, nat_std, rows = c.pick(STD_PRODUCTS)
        doc = {"bzbh": std_no(c, code), "dbbz": nat_std, "zbs": indicators(rows)}
        c.add(f, "indicator-table", "POST", "/qybz/api/zwsm/zb", web(c, JSON_CT, 0.0, ref), js_json(doc))
    for _ in range(N):
        _, code, *_ = c.pick(STD_PRODUCTS)
        data = pdf_head(c, c.num(600, 1500))
        no = std_no(c, code)
        parts = [
            ("bzbh", no),
            ("md5", md5_hex(data)),
            ("file", (f"{no.replace('/', '_')}.pdf", "application/pdf", data)),
        ]
        h, body = upload(c, parts, ref, 0.0)
        c.add(f, "std-text-upload", "POST", "/qybz/api/file/upload", h, body)
    for _ in range(N):
        q = [
            ("q", c.pick([*STD_REFS, "刺梨", "Q/GZMT", "酱香型 白酒 GB/T 26760"])),
            ("type", c.pick(["gb", "qb"])),
            ("page", c.num(1, 3)),
        ]
        c.add(f, "std-search", "GET", "/qybz/api/search?" + qs(q, axios), web(c, None, 0.3, ref))
    for _ in range(N):
        clause, text, advice = c.pick(COMMENT_CLAUSES)
        doc = {
            "jhh": f"{c.num(2025, 2027)}{c.digits(4)}-T-{c.pick(['469', '607', '339'])}",
            "tkh": clause,
            "yw": text,
            "xgjy": advice,
            "ly": c.pick(["与 现行 标准 协调", "检测 实践 中 难以 执行", "表述 不 明确，易 产生 歧义"]),
            "tjr": c.person(),
            "dw": company(c),
        }
        h = web(c, JSON_CT, 0.0, f"{SITE}/gbzqyj/comment")
        c.add(f, "draft-comment", "POST", "/gbzqyj/api/comment", h, js_json(doc))
    for _ in range(N):
        prod, code, _, rows = c.pick(STD_PRODUCTS)
        doc = {
            "bzbh": std_no(c, code),
            "cpmc": prod,
            "lpzb": [{"zb": r[0], "z": r[3], "dw": r[1]} for r in rows[:2]],
            "sm": "核心 指标 优于 团体 标准 T/GZSX 003-2026 ≥ 10%。",
        }
        h = web(c, JSON_CT, 0.0, f"{SITE}/qybz/lps/apply")
        c.add(f, "leader-apply", "POST", "/qybz/api/lps/apply", h, js_json(doc))
    for _ in range(N):
        _, code, *_ = c.pick(STD_PRODUCTS)
        fields = [("bzbh", std_no(c, code)), ("fzyy", c.pick(["产品 停产", "已 被 Q/" + code + " 0002S-2027 代替"]))]
        c.add(f, "std-abolish", "POST", "/qybz/zwsm/abolish.do", jq_form(c, ref, 0.0), qs(fields, jq))
    for _ in range(N):
        _, code, *_ = c.pick(STD_PRODUCTS)
        q = [("bzbh", std_no(c, code)), ("tyxydm", uscc(c))]
        c.add(f, "number-check", "GET", "/qybz/api/zwsm/checkNo?" + qs(q, axios), web(c, None, 0.0, ref))


# --- teacher-qualification --------------------------------------------------------------------------------

QUAL_KINDS = ["幼儿园", "小学", "初级中学", "高级中学", "中等职业学校"]
SUBJECTS = ["语文", "数学", "英语", "物理", "化学", "生物", "历史", "地理", "音乐", "体育与健康", "信息技术"]
MANDARIN = ["一级甲等", "一级乙等", "二级甲等", "二级乙等"]


def mandarin_ok(subject: str, level: str) -> bool:
    """《〈教师资格条例〉实施办法》: 二级乙等 or better; 语文 teachers 二级甲等 or better."""
    return MANDARIN.index(level) <= (2 if subject == "语文" else 3)


@family("teacher-qualification")
def teacher_qualification(c: Corpus) -> None:
    f = "teacher-qualification"
    ref = f"{SITE}/jszg/rd/apply"
    for _ in range(N):
        fields = [
            ("xm", c.person()),
            ("zjhm", c.idcard()),
            ("sjh", c.mobile()),
            ("xl", c.pick(["本科", "硕士研究生", "专科"])),
            ("byxx", c.pick(["贵州师范大学", "贵州大学", "遵义师范学院", "黔南民族师范学院"])),
            ("yx", f"{c.alnum(8, 'abcdefghijklmnopqrstuvwxyz')}@{c.pick(['qq.com', '163.com'])}"),
        ]
        c.add(f, "register", "POST", "/jszg/user/register.do", jq_form(c, ref, 0.5), qs(fields, jq))
    for _ in range(N):
        subject = c.pick(SUBJECTS)
        level = c.pick(MANDARIN[:3] if subject == "语文" else MANDARIN)
        doc = {
            "zjhm": c.idcard(),
            "zgzl": c.pick(QUAL_KINDS),
            "rjxk": subject,
            "kshgzm": f"{c.num(2024, 2027)}{c.num(1, 2)}52{c.digits(10)}",
            "pthdj": level,
            "pthzsbh": f"52{c.digits(13)}",
            "rdjg": f"贵阳市{c.pick(DISTRICT_NAMES)} 教育局",
            "tjyy": c.pick(["贵阳市 第一 人民 医院", "某区 妇幼 保健院"]),
        }
        c.add(f, "cert-apply", "POST", "/jszg/api/rd/apply", web(c, JSON_CT, 0.5, ref), js_json(doc))
    for _ in range(N):
        parts = [("lx", "zjz"), ("file", ("证件照.jpg", "image/jpeg", jpeg(c, c.num(400, 900))))]
        h, body = upload(c, parts, ref, 0.5)
        c.add(f, "photo-upload", "POST", "/jszg/api/file/photo", h, body)
    for _ in range(N):
        q = [("zsbh", f"52{c.digits(13)}"), ("xm", c.person())]
        c.add(f, "mandarin-verify", "GET", "/jszg/api/pth/verify?" + qs(q, axios), web(c, None, 0.5, ref))
    for _ in range(N):
        q = [("zjhm", c.idcard()), ("kshgzm", f"{c.num(2024, 2027)}{c.num(1, 2)}52{c.digits(10)}")]
        c.add(f, "exam-verify", "GET", "/jszg/api/ntce/verify?" + qs(q, axios), web(c, None, 0.5, ref))
    for _ in range(N):
        fields = [
            ("sqbh", f"RD{c.digits(12)}"),
            ("qrdd", c.pick(DISTRICT_NAMES) + " 政务 服务 中心 3 楼"),
            ("qrrq", ymd(c, 3, 20)),
            ("sd", c.pick(["09:00-10:30", "14:00-15:30"])),
        ]
        c.add(f, "confirm-booking", "POST", "/jszg/rd/booking.do", jq_form(c, ref, 0.5), qs(fields, jq))
    for _ in range(N):
        q = [("sqbh", f"RD{c.digits(12)}")]
        c.add(f, "progress", "GET", "/jszg/api/rd/progress?" + qs(q, axios), web(c, None, 0.5, ref))
    for _ in range(N):
        q = [("zsbh", f"{c.num(2025, 2027)}52{c.digits(11)}"), ("type", "ofd")]
        c.add(f, "cert-download", "GET", "/jszg/api/zs/download?" + qs(q, axios), web(c, None, 0.5, ref))


# --- public-data-authorization ----------------------------------------------------------------------------

DATA_APIS = [  # (目录 名称, 接口 路径, 字段)
    ("企业 登记 基本 信息", "/gateway/api/scjg/qyjbxx", ["tyxydm", "qymc", "fddbr", "clrq", "djzt", "zs"]),
    ("公交 实时 到站", "/gateway/api/jt/bus/arrival", ["xlbh", "zdbh", "zdmc", "ddsj", "cp", "jl_m"]),
    ("空气 质量 小时 数据", "/gateway/api/hb/aqi/hour", ["zdmc", "sj", "aqi", "pm25", "pm10", "o3", "sywrw"]),
    ("不动产 登记 机构 办理 进度", "/gateway/api/zrzy/bdc/progress", ["slbh", "ywlx", "jd", "blsj"]),
    ("医疗 机构 执业 信息", "/gateway/api/wjw/yljg", ["jgmc", "jgdm", "jgdj", "dz", "zlkm"]),
]
APPS = {  # appKey: appSecret, as the 开放 平台 issues them to a registered application
    "gzkf8a31c0d2": "3f9c2b7e41d04a6f8e15b0c7d2a9e6f1",
    "gzkf5e77b019": "a0b1c2d3e4f5061728394a5b6c7d8e9f",
    "gzkf0c4d92aa": "9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b",
}
SANDBOX_SQL = [
    "SELECT djzt, COUNT(*) AS n FROM ods_scjg_qyjbxx WHERE clrq >= '2026-01-01' GROUP BY djzt ORDER BY n DESC",
    "SELECT substr(zs, 1, 6) AS qx, AVG(zczb) AS pjzb FROM ods_scjg_qyjbxx WHERE hydm LIKE 'I65%' GROUP BY 1",
    "SELECT zdmc, date_trunc('day', sj) AS d, MAX(aqi) FROM dwd_hb_aqi_hour WHERE sj BETWEEN '2027-01-01' AND "
    "'2027-03-31' GROUP BY zdmc, d",
    "SELECT a.jgmc, b.mzrc FROM dim_wjw_yljg a JOIN dws_wjw_mz_month b ON a.jgdm = b.jgdm WHERE b.ny = '202702'",
]


def api_sign(params: list[tuple[str, str]], secret: str) -> str:
    """The 开放 平台 SDK signature: MD5 (upper case) of the sorted k=v pairs joined by & and &appSecret=…"""
    text = "&".join(f"{k}={v}" for k, v in sorted(params)) + f"&appSecret={secret}"
    return hashlib.md5(text.encode(), usedforsecurity=False).hexdigest().upper()


@family("public-data-authorization")
def public_data_authorization(c: Corpus) -> None:
    f = "public-data-authorization"
    ref = f"{SITE}/opendata/apply"
    for _ in range(N):
        name, path, fields = c.pick(DATA_APIS)
        doc = {
            "mlmc": name,
            "jklj": path,
            "sqzd": c.sample(fields, c.num(2, len(fields))),
            "yycj": c.pick(
                [
                    "用于 “企业 开办 一件事” 小程序 自动 回填 企业 名称 与 法定 代表人，日 调用 ≤ 5,000 次。",
                    "高校 科研（城市 交通 可达性 研究），数据 仅 用于 统计 分析，不 对外 提供 原始 记录。",
                    "为 社区 老人 提供 “公交 到站 语音 提醒”，QPS ≤ 10。",
                ]
            ),
            "ylqq": f"curl -X GET '{SITE}{path}?appKey=YOUR_KEY&timestamp=1700000000000&sign=XXXX&page=1&size=20'",
            "sqdw": company(c),
            "tyxydm": uscc(c),
            "aqcn": True,
        }
        c.add(f, "api-apply", "POST", "/opendata/api/apply", web(c, JSON_CT, 0.0, ref), js_json(doc))
    for _ in range(N):
        key = c.pick(list(APPS))
        _, path, fields = c.pick(DATA_APIS)
        params = [
            ("appKey", key),
            ("timestamp", str(c.ms())),
            ("nonce", c.hexs(8)),
            ("page", str(c.num(1, 20))),
            ("size", c.pick(["20", "50", "100"])),
        ]
        params.append(("sign", api_sign(params, APPS[key])))
        ua = c.pick([*PY_UAS, "okhttp/4.12.0"])
        c.add(f, "signed-call", "GET", path + "?" + qs(params, axios), client(c, ua))
    for _ in range(N):
        key = c.pick(list(APPS))
        _, path, fields = c.pick(DATA_APIS)
        ts, nonce = str(c.ms()), c.hexs(8)
        op, value = c.pick([("eq", "520102"), ("like", "贵阳%"), ("in", ["1", "2"]), ("gte", ymd(c, -90, -1))])
        doc = {
            "conditions": [{"field": fields[0], "op": op, "value": value}],
            "fields": fields[:3],
            "page": 1,
            "size": 50,
        }
        sign = api_sign([("appKey", key), ("timestamp", ts), ("nonce", nonce), ("body", js_json(doc))], APPS[key])
        h = client(c, c.pick(PY_UAS), JSON_CT)
        h.update({"X-App-Key": key, "X-Timestamp": ts, "X-Nonce": nonce, "X-Sign": sign})
        c.add(f, "condition-query", "POST", path + "/query", h, js_json(doc))
    for _ in range(N):
        data = docx(
            [
                "应用 场景 说明",
                "1. 数据 使用 方式：通过 开放 平台 API（HTTPS）按需 调用，不 落地 存储 个人 信息 字段。",
                "2. 安全 措施：服务器 部署 于 等保 三级 机房；访问 日志 保留 ≥ 180 天；appSecret 存于 KMS。",
                "3. 预期 效益：企业 开办 表单 自动 回填 率 ≥ 80%，平均 填报 时间 由 25 min 降 至 8 min。",
            ]
        )
        parts = [("sqbh", f"KF{c.digits(10)}"), ("file", ("应用场景说明.docx", DOCX_CT, data))]
        h, body = upload(c, parts, ref, 0.0)
        c.add(f, "scenario-upload", "POST", "/opendata/api/file/upload", h, body)
    for _ in range(N):
        fields = [
            (
                "xqmc",
                c.pick(["全市 充电桩 实时 状态", "学校 学区 划分（含 门牌 范围）", "药店 医保 定点 及 营业 时间"]),
            ),
            (
                "xqms",
                c.pick(
                    [
                        "希望 提供 JSON 格式，字段 含 经纬度（GCJ-02）、空闲 枪 数；更新 频率 ≤ 5 min。",
                        "目前 仅 有 PDF 公告，希望 以 CSV/XLSX 开放（门牌 号 如 “1-99 号（单号）”）。",
                    ]
                ),
            ),
            ("lxr", c.person()),
            ("lxfs", c.mobile()),
        ]
        c.add(f, "data-demand", "POST", "/opendata/demand/save.do", jq_form(c, ref, 0.3), qs(fields, jq))
    for _ in range(N):
        q = [
            ("keyword", c.pick([d[0] for d in DATA_APIS] + ["AQI", "公交"])),
            ("kflx", c.pick(["wtj", "ytj", ""])),
            ("format", c.pick(["api", "csv", ""])),
            ("page", c.num(1, 4)),
        ]
        c.add(f, "catalog-search", "GET", "/opendata/api/catalog?" + qs(q, axios), web(c, None, 0.3, ref))
    for _ in range(N):
        doc = {
            "sjjid": c.num(1000, 9999),
            "zd": c.pick(["clrq", "aqi", "ddsj", "zs"]),
            "cwms": c.pick(
                [
                    "第 1,203 行 clrq 值 为 '2027-13-01'，非法 日期。",
                    "aqi = -1（应为 缺测 标记，建议 置 空 或 用 null）。",
                    "ddsj 为 “1970-01-01 08:00:00”，疑似 时间戳 为 0。",
                ]
            ),
        }
        c.add(f, "error-report", "POST", "/opendata/api/feedback", web(c, JSON_CT, 0.3, ref), js_json(doc))
    for _ in range(N):
        doc = {
            "projectId": f"SB{c.digits(6)}",
            "engine": c.pick(["spark-sql", "hive"]),
            "sql": c.pick(SANDBOX_SQL),
            "outputName": f"result_{c.digits(4)}",
            "limit": 1000,
        }
        h = web(c, JSON_CT, 0.0, f"{SITE}/opendata/sandbox/ide")
        c.add(f, "sandbox-task", "POST", "/opendata/sandbox/api/task/submit", h, js_json(doc))


# --- online-petition --------------------------------------------------------------------------------------

LETTERS = [  # (标题, 内容)
    "期房 逾期 交付 问题",
    "尊敬 的 领导：我 是 {addr} 业主 {name}。{y} 年 购买 “{estate}” 期房，合同 约定 {y2} 年 6 月 30 日 前 交房，"
    "至今 逾期 {m} 个 月。开发商 多次 承诺 “年底 一定 交”，但 工地 已 停工（塔吊 拆除）。我们 {n} 户 业主 每月 还 房贷"
    "（本人 月供 ¥{amt}）。请求：一、督促 复工 并 公布 时间表；二、监管 账户 资金 使用 情况 公开（《商品房 预售 资金 "
    "监管"
    " 办法》）；三、按 合同 第十二条 支付 违约金（日 万分之三）。",
    "征地 补偿 未 兑现",
    "反映 人：{name}，{addr}。【问题】{y} 年 征地 时 承诺 的 安置 补偿（青苗 费 {amt} 元/亩）至今 未 全部 兑现，村委 称"
    "“上面 钱 没 下来”。【诉求】公开 补偿 标准 和 发放 明细（含 “三榜 公示” 材料）。附：《征地 补偿 安置 协议》 复印件"
    " 2 页、银行 流水 截图。",
    "农民工 工资 拖欠",
    "我 在 {estate} 项目 工地 做 钢筋 工，从 {y} 年 3 月 到 11 月，包工头 {name2} 拖欠 工资 ¥{amt}（有 考勤 表 和 "
    "微信 聊天 记录 “年底 一起 结”）。已 向 劳动 监察 投诉（编号 LD{no}），答复 “已 转 总包”，但 没有 结果。请求 "
    "依据 《保障 农民工 工资 支付 条例》 第三十条 由 总包 单位 先行 清偿。",
    "搅拌站 噪音 粉尘 扰民",
    "关于 {addr} 小区 旁 “{estate}” 混凝土 搅拌站 噪音 粉尘 问题：该 站 夜间（23:00~05:00）运输 车 频繁，PM10 明显"
    " 偏高（自测 仪 读数 ≥ 300 μg/m³）。2026 年 已 通过 12345 反映 {n} 次，均 答复 “已 责令 整改”。请求 核查 其 "
    "环评 批复 与 排污 许可 情况。",
]
ESTATES = ["某某 国际 城 二期", "观山湖 ×× 府", "花溪 ×× 花园（B 区）", "城南 安置 小区 三 组团"]


def petition_no(c: Corpus) -> str:
    return f"52{c.num(2026, 2027)}{c.digits(10)}"


@family("online-petition")
def online_petition(c: Corpus) -> None:
    f = "online-petition"
    ref = f"{SITE}/wsxf/xfdj"
    for _ in range(N):
        y, name, home = c.num(2019, 2024), c.person(), address(c)
        i = c.num(0, len(LETTERS) // 2 - 1)
        title = LETTERS[2 * i]
        text = LETTERS[2 * i + 1].format(
            addr=home,
            name=name,
            name2=c.person(),
            y=y,
            y2=y + 2,
            m=c.num(3, 30),
            n=c.num(20, 600),
            amt=money(c, 1000, 90000),
            estate=c.pick(ESTATES),
            no=c.digits(8),
        )
        doc = {
            "xfr": {"xm": name, "zjhm": c.idcard(), "sjh": c.mobile(), "zz": home},
            "wtsd": c.pick(list(DISTRICTS)),
            "nrfl": c.pick(["城乡建设", "农村农业", "劳动社保", "生态环境", "自然资源"]),
            "bt": title,
            "nr": text,
            "sfgk": False,
            "yzm": c.digits(6),
        }
        c.add(f, "letter-submit", "POST", "/wsxf/api/xf/submit", web(c, JSON_CT, 0.5, ref), js_json(doc))
    for _ in range(N):
        kind = c.pick(["jpg", "pdf"])
        if kind == "jpg":
            file = (f"微信图片_{c.when():%Y%m%d%H%M%S}.jpg", "image/jpeg", jpeg(c, c.num(500, 1200)))
        else:
            file = ("征地补偿安置协议.pdf", "application/pdf", pdf_head(c, c.num(500, 1200)))
        parts = [("xfjbh", petition_no(c)), ("file", file)]
        h, body = upload(c, parts, ref, 0.6)
        c.add(f, "attachment-upload", "POST", "/wsxf/api/file/upload", h, body)
    for _ in range(N):
        q = [("xfjbh", petition_no(c)), ("cxm", c.alnum(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"))]
        c.add(f, "progress-query", "GET", "/wsxf/api/xf/progress?" + qs(q, axios), web(c, None, 0.6, ref))
    for _ in range(N):
        fields = [
            ("xfjbh", petition_no(c)),
            ("myd", c.pick(["1", "2", "3"])),
            ("pjnr", c.pick(["", "办理 及时，问题 已 解决。", "答复 只 说 “正在 协调”，没有 具体 时间，不满意！"])),
        ]
        c.add(f, "satisfaction", "POST", "/wsxf/xf/evaluate.do", jq_form(c, ref, 0.6), qs(fields, jq))
    for _ in range(N):
        doc = {
            "xfjbh": petition_no(c),
            "bcnr": c.pick(
                [
                    "补充：{d} 村委 公示 的 名单 中 没有 我家（户主 {n}），但 测量 时 有 签字 确认（面积 1.37 亩）。",
                    "补充 材料：考勤 表（3~11 月，共 214 天）及 包工头 手写 欠条 “今欠 {n} 工资 ¥38,600 元 整”。",
                    "最新 情况：{d} 工地 挂出 横幅 “复工 在即”，但 实际 无人 施工。",
                ]
            ).format(d=ymd(c, -30, -1), n=c.person()),
        }
        c.add(f, "supplement", "POST", "/wsxf/api/xf/supplement", web(c, JSON_CT, 0.5, ref), js_json(doc))
    for _ in range(N):
        doc = {
            "ysxfjbh": petition_no(c),
            "fcly": c.pick(
                [
                    "对 《信访 事项 处理 意见书》（{u}〔2027〕{k}号） 不服：意见书 认定 “补偿 已 足额 发放”，与 银行 "
                    "流水 不符。",
                    "处理 意见 未 回应 第 2 项 诉求（监管 账户 公开），依 《信访工作条例》 第三十五条 申请 复查。",
                ]
            ).format(u=c.pick(["观信", "南信", "花信"]), k=c.num(1, 300)),
            "sqr": c.person(),
            "zjhm": c.idcard(),
        }
        c.add(f, "review-apply", "POST", "/wsxf/api/xf/review", web(c, JSON_CT, 0.5, ref), js_json(doc))
    for _ in range(N):
        fields = [("sjh", c.mobile()), ("lx", c.pick(["submit", "query"])), ("tpyzm", c.alnum(4))]
        c.add(f, "sms-code", "POST", "/wsxf/sms/send.do", jq_form(c, ref, 0.6), qs(fields, jq))
    for _ in range(N):
        q = [("page", c.num(1, 3)), ("size", 10), ("zjhm", c.idcard())]
        c.add(f, "my-letters", "GET", "/wsxf/api/xf/mine?" + qs(q, axios), web(c, None, 0.6, ref))


# --- adr-monitoring ---------------------------------------------------------------------------------------

ADR_DRUGS = [  # (通用名, 批准文号, 用法 用量)
    ("注射用头孢曲松钠", "国药准字H20065678", "2.0 g ivgtt qd（溶于 0.9% NS 100 ml）"),
    ("阿莫西林胶囊", "国药准字H44021351", "0.5 g po tid"),
    ("盐酸左氧氟沙星注射液", "国药准字H20000655", "0.5 g ivgtt qd"),
    ("双氯芬酸钠缓释片", "国药准字H19990289", "75 mg po qd"),
    ("盐酸二甲双胍缓释片", "国药准字H20023370", "0.5 g po bid（餐 中）"),
    ("复方丹参滴丸", "国药准字Z10950111", "270 mg po tid"),
]
REACTIONS = {  # MedDRA PT 代码: (中文 PT, 过程 描述)
    "10037844": ("皮疹", "用药 约 {h} h 后 躯干、四肢 出现 散在 红色 斑丘疹，伴 瘙痒；T 36.8 ℃，BP 118/76 mmHg。"),
    "10002218": (
        "过敏性休克",
        "静滴 约 {m} min 患者 诉 胸闷、气促，面色 苍白，BP 78/40 mmHg，HR 128 次/分，SpO2 88%；"
        "立即 停药，予 肾上腺素 0.5 mg im，地塞米松 10 mg iv，吸氧 5 L/min。",
    ),
    "10028813": ("恶心", "服药 后 {h} h 出现 恶心、上腹 不适，未 呕吐；未 停药，症状 2 d 后 缓解。"),
    "10024690": ("肝功能异常", "用药 第 {d} 天 复查 ALT 186 U/L（参考 0~40），AST 122 U/L，TBIL 28.4 μmol/L。"),
    "10012735": ("腹泻", "用药 第 {d} 天 出现 水样 便 4~6 次/日，大便 常规：WBC 0~2/HP，未 见 红细胞。"),
    "10021005": ("低血糖", "患者 {h} h 后 出现 心慌、出汗，指尖 血糖 3.1 mmol/L，予 50% GS 20 ml iv 后 好转。"),
}
OUTCOMES = ["痊愈", "好转", "未好转", "有后遗症", "不详"]


def adr_dates(c: Corpus) -> tuple[str, str, str]:
    """(用药 开始, 用药 结束, 不良反应 发生) days: the reaction follows the first dose."""
    start = c.day(-60, -10)
    onset = start + timedelta(days=c.num(0, 5))
    end = onset + timedelta(days=c.num(0, 3))
    return f"{start:%Y-%m-%d}", f"{end:%Y-%m-%d}", f"{onset:%Y-%m-%d}"


def icsr_xml(c: Corpus, drug: tuple, pt: str, dates: tuple[str, str, str]) -> str:
    start, end, onset = (d.replace("-", "") for d in dates)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<MCCI_IN200100UV01 xmlns="urn:hl7-org:v3" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ITSVersion="XML_1.0">'
        f'<id root="2.16.840.1.113883.3.989.2.1.3.22" extension="CN-{c.alnum(6, "ABCDEFGHJKLMNPQRSTUVWXYZ")}-'
        f'{c.digits(8)}"/><creationTime value="{c.when():%Y%m%d%H%M%S}"/>'
        '<PORR_IN049016UV><controlActProcess classCode="CACT" moodCode="EVN"><subject typeCode="SUBJ">'
        '<investigationEvent classCode="INVSTG" moodCode="EVN">'
        f'<id root="2.16.840.1.113883.3.989.2.1.3.1" extension="CN-MAH-{c.digits(10)}"/>'
        f"<text>{escape(REACTIONS[pt][1].format(h=2, m=10, d=3))}</text>"
        '<component typeCode="COMP"><adverseEventAssessment classCode="INVSTG" moodCode="EVN"><subject1 '
        'typeCode="SBJ"><primaryRole classCode="INVSBJ"><player1 classCode="PSN" determinerCode="INSTANCE">'
        f'<name>{c.pick("ZWLCH")}.{c.pick("HMJQY")}.</name><administrativeGenderCode code="{c.num(1, 2)}" '
        'codeSystem="1.0.5218"/></player1><subjectOf2 typeCode="SBJ"><observation classCode="OBS" moodCode="EVN">'
        '<code code="E2B_R3_REACTION" codeSystem="2.16.840.1.113883.3.989.2.1.1.19"/>'
        f'<effectiveTime xsi:type="IVL_TS"><low value="{onset}"/></effectiveTime>'
        f'<value xsi:type="CE" code="{pt}" codeSystem="2.16.840.1.113883.6.163" codeSystemVersion="27.0">'
        f"<originalText>{REACTIONS[pt][0]}</originalText></value></observation></subjectOf2>"
        '<subjectOf2 typeCode="SBJ"><organizer classCode="CATEGORY" moodCode="EVN"><component typeCode="COMP">'
        '<substanceAdministration classCode="SBADM" moodCode="EVN">'
        f'<effectiveTime xsi:type="IVL_TS"><low value="{start}"/><high value="{end}"/></effectiveTime>'
        '<consumable typeCode="CSM"><instanceOfKind classCode="INST"><kindOfProduct classCode="MMAT" '
        f'determinerCode="KIND"><name>{escape(drug[0])}</name><code code="{drug[1]}" codeSystem="CN-NMPA"/>'
        f"</kindOfProduct></instanceOfKind></consumable><text>{escape(drug[2])}</text>"
        "</substanceAdministration></component></organizer></subjectOf2></primaryRole></subject1>"
        "</adverseEventAssessment></component></investigationEvent></subject></controlActProcess>"
        "</PORR_IN049016UV></MCCI_IN200100UV01>"
    )


@family("adr-monitoring")
def adr_monitoring(c: Corpus) -> None:
    f = "adr-monitoring"
    ref = f"{SITE}/adr/report/edit"
    for _ in range(N):
        drug = c.pick(ADR_DRUGS)
        pt = c.pick(list(REACTIONS))
        start, end, onset = adr_dates(c)
        doc = {
            "bglx": c.pick(["一般", "严重", "新的"]),
            "hz": {
                "xm": c.person()[0] + "**",
                "xb": c.pick(["男", "女"]),
                "nl": c.num(2, 88),
                "tz": c.num(12, 95),
                "jws": c.pick(["无", "青霉素 过敏 史（+）", "2 型 糖尿病 5 年"]),
            },
            "hyyp": [
                {
                    "tym": drug[0],
                    "pzwh": drug[1],
                    "ph": f"{c.num(2025, 2027)}{c.digits(4)}",
                    "yfyl": drug[2],
                    "kssj": start,
                    "jssj": end,
                    "yyyy": c.pick(["社区获得性肺炎", "急性 支气管炎", "2 型 糖尿病", "骨关节炎"]),
                }
            ],
            "blfy": {
                "mc": REACTIONS[pt][0],
                "meddra": pt,
                "fssj": onset,
                "gcms": REACTIONS[pt][1].format(h=c.num(1, 12), m=c.num(3, 30), d=c.num(2, 7)),
            },
            "zg": c.pick(OUTCOMES),
            "bgr": {
                "xm": c.person(),
                "zy": c.pick(["医生", "药师", "护士"]),
                "dw": c.pick(["某区 人民 医院", "社区 卫生 服务 中心"]),
            },
        }
        c.add(f, "adr-report", "POST", "/adr/api/report/save", web(c, JSON_CT, 0.0, ref), js_json(doc))
    for _ in range(N):
        drug, pt = c.pick(ADR_DRUGS), c.pick(list(REACTIONS))
        body = icsr_xml(c, drug, pt, adr_dates(c))
        h = client(c, c.pick(JAVA_UAS), XML_CT)
        h["Authorization"] = bearer(c)
        c.add(f, "e2b-xml", "POST", "/adr/mah/api/icsr/e2b-r3", h, body)
    for _ in range(N):
        q = [("keyword", c.pick([d[0][:4] for d in ADR_DRUGS] + ["国药准字H2006"])), ("limit", 10)]
        c.add(f, "drug-search", "GET", "/adr/api/dict/drug?" + qs(q, axios), web(c, None, 0.0, ref))
    for _ in range(N):
        q = [("keyword", c.pick([v[0] for v in REACTIONS.values()] + ["rash", "ALT 升高"])), ("level", "PT")]
        c.add(f, "meddra-search", "GET", "/adr/api/dict/meddra?" + qs(q, axios), web(c, None, 0.0, ref))
    for _ in range(N):
        fields = [
            ("bgbh", f"{c.pick(list(DISTRICTS))}{c.num(2026, 2027)}{c.digits(6)}"),
            ("sfjl", c.pick(["是", "否"])),
            ("zg", c.pick(OUTCOMES)),
            (
                "sfxm",
                c.pick(
                    [
                        "停药 后 3 d 皮疹 消退。",
                        "复查 ALT 52 U/L（较前 下降），继续 保肝 治疗。",
                        "再次 用药 后 未 再 出现 类似 反应（去激发/再激发：阴性）",
                    ]
                ),
            ),
        ]
        c.add(f, "follow-up", "POST", "/adr/report/followup.do", jq_form(c, ref, 0.0), qs(fields, jq))
    for _ in range(N):
        parts = [
            ("bgbh", f"{c.pick(list(DISTRICTS))}{c.num(2026, 2027)}{c.digits(6)}"),
            ("file", ("病历摘要.pdf", "application/pdf", pdf_head(c, c.num(500, 1200)))),
        ]
        h, body = upload(c, parts, ref, 0.0)
        c.add(f, "record-upload", "POST", "/adr/api/file/upload", h, body)
    for _ in range(N):
        q = [
            *span(c, 90),
            ("zt", c.pick(["cg", "ytj", "th"])),
            ("page", c.num(1, 4)),
            ("rows", 20),
        ]
        c.add(f, "report-list", "GET", "/adr/api/report/list?" + qs(q, axios), web(c, None, 0.0, ref))
    for _ in range(N):
        doc = {
            "bgbh": f"{c.pick(list(DISTRICTS))}{c.num(2026, 2027)}{c.digits(6)}",
            "pjjg": c.pick(["肯定", "很可能", "可能", "可能无关"]),
            "pjyj": c.pick(
                [
                    "用药 与 不良反应 出现 有 合理 的 时间 关系；停药 后 缓解；说明书 已 载明（【不良反应】 "
                    "“皮疹、瘙痒”）。",
                    "合并 用药 较多（≥ 3 种），无法 排除 其他 药品 所致。",
                ]
            ),
        }
        h = web(c, JSON_CT, 0.0, f"{SITE}/adr/review")
        c.add(f, "causality-review", "POST", "/adr/api/report/review", h, js_json(doc))


# --- radiation-safety-license -----------------------------------------------------------------------------

NUCLIDES = {  # 核素: (核素 代码, 半衰期 d, D 值 Bq, 出厂 活度 Bq choices, 用途)
    "Ir-192": ("IR", 73.83, 8e10, [1.85e12, 3.7e12], "γ 射线 工业 探伤"),
    "Se-75": ("SE", 119.8, 2e11, [2.96e12], "γ 射线 工业 探伤"),
    "Cs-137": ("C7", 11019.0, 1e11, [1.85e10, 3.7e9, 1.11e12], "料位计 / 密度计"),
    "Co-60": ("C6", 1925.3, 3e10, [2.22e14, 1.11e10], "放射 治疗 / 料位计"),
    "Am-241": ("AM", 157860.0, 6e10, [1.11e10, 3.7e9], "测厚仪 / 感烟 探测器"),
}


RAY_DEVICES = [  # (类别, 名称, 型号, 主要 参数, 场所)
    ("Ⅲ类", "医用 诊断 X 射线 装置（DR）", "uDR 770i", {"zdgdy_kV": 150, "zdgdl_mA": 630}, "放射科 2 号 机房"),
    ("Ⅲ类", "口腔 CBCT", "Smart3D-X", {"zdgdy_kV": 90, "zdgdl_mA": 10}, "口腔科 CBCT 室（铅 当量 2 mmPb）"),
    ("Ⅱ类", "工业 X 射线 探伤机", "XXG-2505", {"zdgdy_kV": 250, "zdgdl_mA": 5}, "探伤 室（铅 当量 ≥ 4 mmPb）"),
    ("Ⅱ类", "医用 电子 直线 加速器", "VitalBeam", {"xxnl_MV": 6, "dznl_MeV": "6/9/12"}, "加速器 机房（迷路 结构）"),
]


RAD_TRADES = ["无损检测", "检测技术", "工程检测", "水泥", "钢铁"]


def source_class(activity: float, d_value: float) -> int:
    """《放射源分类办法》: Ⅰ类 A/D ≥ 1000, Ⅱ类 ≥ 10, Ⅲ类 ≥ 1, Ⅳ类 ≥ 0.01, else Ⅴ类."""
    ratio = activity / d_value
    return 1 if ratio >= 1000 else 2 if ratio >= 10 else 3 if ratio >= 1 else 4 if ratio >= 0.01 else 5


def decayed(a0: float, days: int, half_life: float) -> float:
    return a0 * 2 ** (-days / half_life)


@family("radiation-safety-license")
def radiation_safety_license(c: Corpus) -> None:
    f = "radiation-safety-license"
    ref = f"{SITE}/hjsly/fsy/tz"
    for _ in range(N):
        nuclide = c.pick(list(NUCLIDES))
        code, half, d_value, activities, use = NUCLIDES[nuclide]
        a0 = c.pick(activities)
        made = c.day(-900, -30)
        days = (c.day(-5, 0).date() - made.date()).days
        cls = source_class(a0, d_value)
        doc = {
            "hs": nuclide,
            "fsybm": f"{c.pick(['0C', '1B', 'DE', 'US'])}{made:%y}{code}{c.digits(5)}{cls}",
            "ccrq": f"{made:%Y-%m-%d}",
            "cchd": f"{a0:.2E}",
            "jsrq": f"{made + timedelta(days=days):%Y-%m-%d}",
            "dqhd": f"{decayed(a0, days, half):.3E}",
            "lb": cls,
            "yt": use,
            "scdw": c.pick(["中国同辐股份有限公司", "Eckert & Ziegler", "QSA Global Inc."]),
        }
        c.add(f, "source-register", "POST", "/hjsly/api/fsy/save", web(c, JSON_CT, 0.0, ref), js_json(doc))
    for _ in range(N):
        lb, name, model, params, room = c.pick(RAY_DEVICES)
        doc = {"lb": lb, "mc": name, "xh": model, **params, "sl": c.num(1, 4), "cs": room}
        c.add(f, "ray-device", "POST", "/hjsly/api/sxzz/save", web(c, JSON_CT, 0.0, ref), js_json(doc))
    for _ in range(N):
        fields = [
            ("dwmc", c.pick(["贵州某 检测 技术 有限公司", "某市 第一 人民 医院", "某 水泥 有限公司"])),
            ("tyxydm", uscc(c)),
            ("fddbr", c.person()),
            ("sqlx", c.pick(["新申请", "延续", "重新申请", "变更"])),
            ("zzfw", c.pick(["使用 Ⅱ类 放射源；使用 Ⅱ类 射线 装置", "使用 Ⅲ类 射线 装置", "使用 Ⅳ类、Ⅴ类 放射源"])),
            (
                "fhfz",
                c.pick(["辐射 安全 管理 领导 小组 组长：" + c.person(), "专职 辐射 安全 管理员 2 名（考核 合格）"]),
            ),
        ]
        c.add(f, "license-apply", "POST", "/hjsly/xkz/apply.do", jq_form(c, ref, 0.0), qs(fields, jq))
    for _ in range(N):
        nuclide = c.pick(list(NUCLIDES))
        doc = {
            "zcdw": firm(c, RAD_TRADES),
            "zcdwdm": uscc(c),
            "zrdw": firm(c, RAD_TRADES),
            "zrdwdm": uscc(c),
            "hs": nuclide,
            "hd": f"{c.pick(NUCLIDES[nuclide][3]):.2E}",
            "sl": c.num(1, 3),
            "zrly": c.pick(
                [
                    "退役 源 返回 生产 厂家",
                    "项目 转场，转入 单位 已 取得 相应 许可证（黔环辐证〔" + c.digits(5) + "〕）",
                ]
            ),
        }
        c.add(f, "transfer-approval", "POST", "/hjsly/api/zr/apply", web(c, JSON_CT, 0.0, ref), js_json(doc))
    for _ in range(N):
        rows = [["点位", "位置描述", "剂量率(μSv/h)", "本底(μSv/h)"]]
        for i in range(1, c.num(5, 10)):
            bg = c.num(80, 160) / 1000
            rows.append(
                [
                    f"P{i}",
                    c.pick(["控制区 边界 东侧 1 m", "防护 门 外 30 cm（门缝）", "操作 位", "楼上 病房"]),
                    f"{bg + c.num(0, 900) / 1000:.3f}",
                    f"{bg:.3f}",
                ]
            )
        data = csv_text(rows, bom=True)
        parts = [
            ("jcrq", ymd(c, -30, 0)),
            ("yq", c.pick(["FH40G（校准 至 2027-09）", "AT1121 / 451P"])),
            ("md5", md5_hex(data)),
            ("file", ("监测数据.csv", CSV_CT, data)),
        ]
        h, body = upload(c, parts, f"{SITE}/hjsly/jc/upload", 0.0)
        c.add(f, "monitoring-upload", "POST", "/hjsly/api/jc/upload", h, body)
    for _ in range(N):
        quarters = [round(c.num(2, 900) / 1000, 3) for _ in range(4)]
        doc = {
            "xm": c.person(),
            "zjhm": c.idcard(),
            "zylb": c.pick(["2A 工业 探伤", "1A 诊断 放射学", "1C 放射 治疗"]),
            "nd": c.num(2025, 2026),
            "jd": quarters,
            "nlj": round(sum(quarters), 3),
        }
        h = service(c, c.pick(JAVA_UAS), {"Authorization": bearer(c)})
        c.add(f, "personal-dose", "POST", "/hjsly/openapi/grjl/upload", h, js_json(doc))
    for _ in range(N):
        q = [("xkzh", f"黔环辐证〔{c.digits(5)}〕"), ("dwmc", c.pick(["", "医院", "检测"]))]
        c.add(f, "license-search", "GET", "/hjsly/api/xkz/query?" + qs(q, axios), web(c, None, 0.3, ref))
    for _ in range(N):
        doc = {
            "sjlx": c.pick(["放射源 丢失", "探伤 机 卡源", "人员 误 照射"]),
            "ms": c.pick(
                [
                    "{d} 14:20 探伤 作业 中 Ir-192 源（编码 见 台账）回 收 不到位，监测 仪 读数 持续 > 100 μSv/h；"
                    "立即 划定 警戒 区（半径 40 m），启动 应急 预案。",
                    "{d} 盘点 发现 Cs-137 料位计（Ⅳ类）源 容器 铅封 破损，表面 剂量率 2.1 μSv/h（正常 ≤ 0.5）。",
                ]
            ).format(d=ymd(c, -5, 0)),
            "bgr": c.person(),
            "lxdh": c.mobile(),
        }
        h = web(c, JSON_CT, 0.0, f"{SITE}/hjsly/sg/report")
        c.add(f, "incident-report", "POST", "/hjsly/api/sg/report", h, js_json(doc))


# --- generation, check and files -------------------------------------------------------------------


def gen() -> list[dict]:
    return generate(Corpus(SEED), FAMILIES)


def check(rec: dict) -> list[str]:
    """What is wrong with one record as an HTTP request (empty: nothing): tests/waf/data/corpus_kit.py."""
    return check_record(rec, SOURCES)


if __name__ == "__main__":
    write_corpus(gen(), check, split, TUNING_FILE, HELD_OUT_FILE, len(FAMILIES))
