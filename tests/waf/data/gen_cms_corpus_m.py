"""Generate corpus M: a THIRTEENTH set of ordinary requests to Chinese government sites, independent of A-L.

    python tests/waf/data/gen_cms_corpus_m.py   # writes cms_m_tuning.jsonl and cms_m_heldout.jsonl next to it

Why another corpus: each fresh corpus so far has found kinds of ordinary traffic the earlier ones lacked, and
M measures the WAF's false positives on traffic no tuning round has seen. A-L cover a site's own pages, CMS
products, widgets, browser reports, citizen services, business back ends, machine-to-machine pushes, 国密
forms, gateways, registries, devices, signalling, OCR, 12315 and the 部门 business systems of L. Corpus M
covers further services none of them has: 公共就业服务 (岗位 search with 薪资 ranges such as 8k-12k, 简历 JSON
and DOCX/PDF uploads, 失业登记, 招聘会); 住房保障 公租房 (资格 测算, 申请 with 家庭成员 JSON and 材料, 摇号
and 轮候, 房源, 租金 账单, 报修, 年审); 残联 服务 (第二代 残疾人证 numbers, 两项补贴, 辅具, 按比例 就业 年审
with the 残保金 formula, 康复 救助); 预决算 公开 (政府收支分类科目 codes, 万元 tables and 占比 %, 三公经费 sums,
filters as JSON in query parameters, 审计 整改); 教育考试院 (高考 成绩 and 录取 查询, 志愿 填报, 招生计划, 自学
考试 报考 with 课程代码); 全国征兵网 (兵役登记, 应征 报名 with BMI, 体检 预约, 学费 补偿); 消费品 以旧换新 (资格
领取, EAN-13 条码 and 能效 核验, 核销 with 15%/20% and caps, 汽车 报废 更新 with VIN check digits); 全民健身
(场馆 预约 and fees, 马拉松 报名, 体质 测试 上报); 工会 (入会, 困难职工 帮扶, 维权, 普惠, 经费 拨缴 2%/40%,
会员卡); 邮政业 用户申诉 (运单号 incl. UPU S10 EMS numbers with their check digit); 建筑市场 监管 (企业 资质,
注册人员, 实名制 考勤 pushes with HMAC signatures, 农民工 工资 代发 rosters, 扬尘 监测); and 人才 认定 (论文 lists
with DOIs, ISSN check digits, 作者 lists, 安居 补贴, 人才 服务卡). ``SOURCES`` names the public material each
family's URLs, parameters, headers and bodies follow; values are generated deterministically (``SEED``); HOST is
a placeholder the evaluation replaces. Where the services check something (公民身份号码 and 统一社会信用代码
check characters, bank-card Luhn digits, EAN-13, VIN, ISSN and S10 check digits, sums, rates, caps, BMI, HMAC
signatures, DOCX files that unzip) the generator does it for real, so the fast tests can check the requests the
way the receiving servers would.

Each request is one JSONL record as in corpora A-L (method, path, headers, body or body_b64) tagged with its
``family``, ``shape``, ``source`` and ``label`` = family/shape, and passes corpus_kit.check_record.

THE SPLIT is corpus_kit.HashSplit's rule with the salt "corpus-m/", decided and written down here before the
corpus was generated and before anything was evaluated (no WAF result on M was seen by its author; docs/waf.md,
held-out discipline): the three families whose sha256("corpus-m/<family>") hex digests sort first are held out
whole, and no tuning may see them; in every other family a (family, shape) group is held out when
sha256("corpus-m/<family>/<shape>") has a first byte divisible by 4; everything else is the tuning part. Made
once; never re-split, edited or regenerated to pass.
"""

from __future__ import annotations

import hashlib
import hmac
import io
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # run as a script from anywhere

from tests.waf.data import gen_cms_corpus_l as corpus_l
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
    AXIOS_ACCEPT,
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
    company,
    pdf_head,
    png,
    uscc,
)
from tests.waf.data.gen_cms_corpus_l import (  # L's clients and Luhn digits
    app_headers,
    bank_card,
    luhn_digit,
    masked_id,
    miniprogram,
)

TUNING_FILE, HELD_OUT_FILE = part_files("m")
SEED = 20280602
SALT = "corpus-m/"

SOURCES = {
    "public-employment": "人力资源社会保障部 中国公共招聘网 and 省 公共就业服务 平台 / 就业在线 (岗位 搜索 by 关键词, "
    "工作地点 区划, 薪资 范围 8k-12k, 学历, 经验; 岗位 详情; 个人 简历 (求职意向, 期望 薪资, 工作经历 and 技能 prose "
    "with C/C++, Python, CAD, 《…》 titles); 简历 附件 upload as DOCX (OOXML zip: [Content_Types].xml, "
    "word/document.xml) or PDF; 投递; 单位 发布 岗位 with 岗位职责 1. 2. 3. and 任职要求, 五险一金; 失业登记 "
    "(《就业服务与就业管理规定》); 招聘会 展位 报名; 职业培训补贴 查询)",
    "public-rental-housing": "住房和城乡建设部 《公共租赁住房管理办法》 and 市 住房保障 信息 平台 (公租房 申请: 家庭 "
    "人均 年收入 and 人均 住房建筑面积 准入 测算, 申请人 and 家庭成员 JSON, 收入 证明 PDF and 户口簿 JPEG; 审核 进度; "
    "摇号 配租 结果 and 轮候 序号; 房源 查询 (户型 一室一厅, 面积 ㎡, 租金 元/㎡·月); 租金 账单 = 面积 × 单价 × 月数; "
    "报修 with photos; 年度 复核 申报; 选房 确认)",
    "disabled-persons": "中国残疾人联合会 全国残疾人 服务 平台 and 省 残联 网上 办事 (第二代 中华人民共和国残疾人证 "
    "申领: 证号 = 公民身份号码 + 残疾类别 1-7 + 残疾等级 1-4 per 《残疾人残疾分类和分级》 GB/T 26341-2010; 证件 查验; "
    "困难残疾人 生活补贴 and 重度残疾人 护理补贴 (两项补贴) 申请 and 发放 查询; 辅助器具 适配 申请 with photos; "
    "用人单位 安排 残疾人 就业 按比例 年审 and 残疾人就业保障金 (财税〔2015〕72号: (在职职工人数 × 1.5% − "
    "实际安排人数) × 年平均工资; 30 人以下 免征); 0-6 岁 残疾儿童 康复 救助; 无障碍 设施 反馈; 手语 翻译 预约)",
    "budget-disclosure": "财政部 《地方预决算公开操作规程》 and 省 预决算 公开 统一 平台 (部门 单位 树, 公开 文件 "
    "检索, 收支总表/一般公共预算支出表/三公经费表 查询 with 年度, 单位编码 and filters as JSON query parameters, "
    "2027年政府收支分类科目 功能分类 2010101 行政运行 etc.; 单位 端 填报: 表格 rows in 万元 with 占比 %, 合计 = sum, "
    "三公经费 = 因公出国（境）+ 公务接待 + 公务用车购置及运行; 公开 PDF/XLSX uploads; 审计 查出问题 整改 情况 报送; "
    "公众 意见)",
    "gaokao-admission": "省 教育考试院 普通高校招生 信息 平台 (高考 成绩 查询 by 考生号 14 digits and 身份证 后六位 "
    "and 验证码, 总分 = 语文 + 数学 + 外语 + 首选/再选 科目 (3+1+2); 志愿 填报 院校专业组 (院校代码, 专业组代码, "
    "专业代码 list, 服从调剂); 招生计划 查询; 录取 结果; 历年 投档线; 成绩 复核 申请; 报名 照片 JPEG), "
    "高等教育自学考试 网上 报考 (准考证号 12 digits, 课程代码 00015 英语（二）, 03708 中国近现代史纲要, 报考费 = 门数 "
    "× 单价) and 毕业证书 验证",
    "conscription": "国防部征兵办公室 全国征兵网 (兵役登记: 男性 公民 年满十八周岁 《中华人民共和国兵役法》 "
    "第二十二条; 应征 报名: 学历, 在校/毕业, 身高 cm, 体重 kg, 视力, BMI per 《应征公民体格检查标准》; 照片 upload; "
    "初审/体检/政考 进度; 体检站 预约; 大学生 入伍 学费补偿 国家助学贷款代偿 申请 (财教〔2023〕 标准 本专科 每年 "
    "不超过 20000 元); 征兵 政策 问答 and 咨询; 县级 兵役机关 查询)",
    "trade-in-subsidy": "商务部 等 《关于进一步做好汽车以旧换新有关工作的通知》 and 2025 消费品 以旧换新 家电 补贴 "
    "(2级 能效 15%, 1级 20%, 每件 上限 2000 元; 手机/平板/智能手表 售价 ≤ 6000 元, 15%, 上限 500 元): 资格 领取 in "
    "云闪付/微信 小程序, 商品 核验 by GS1 EAN-13 条码 (69x 前缀, check digit) and 能效 标识, 商户 核销 (售价, 补贴 "
    "比例, 补贴额, 实付), 发票 PDF and 旧机 回收 照片 uploads, 汽车以旧换新 信息平台 报废 更新 申请 (VIN per GB 16735 "
    "with its check digit, 报废机动车回收证明 编号, 补贴 2万/1.5万), 进度 and 商户 查询, 投诉",
    "sports-venue": "国家体育总局 全民健身 信息 服务 平台 and 市 体育 场馆 预约 系统 (场馆/场地 时段 库存, 预约 with "
    "费用 = 时长 × 单价, 体育 场馆 评价), 中国田径协会 马拉松 赛事 报名 (最好成绩 3:25:30, 血型, 紧急联系人, 衣服 "
    "尺码, 体检 证明 PDF), 国民体质监测 (《国家国民体质测定标准》: 测试 预约 and 测试 站 上报 "
    "身高/体重/BMI/肺活量/握力/坐位体前屈), 社会体育指导员 注册",
    "trade-union": "中华全国总工会 职工之家 APP and 省 总工会 网上 工会 (《中国工会章程》 入会 申请, 困难职工 帮扶 "
    "申请 with 材料, 职工 维权 投诉 prose, 普惠 服务 领取 in 小程序, 工会 经费 拨缴 (《工会法》 第四十三条: 全部 职工 "
    "工资 总额 的 百分之二, 上解 比例 40%), 职工 技能 竞赛 报名, 劳模 查询, 工会 会员 服务卡 (Luhn) 绑定, 职工 疗休养 "
    "预约)",
    "postal-complaint": "国家邮政局 邮政业用户申诉 平台 sswz.spb.gov.cn (申诉 登记: 快递 企业, 运单号 (SF + 12 digits, "
    "YT + 13, 中通 7x 14 digits, 韵达 15 digits, JD, EMS/中国邮政 UPU S10 two letters + 8 digits + check digit + CN), "
    "寄件/收件 地址, 申诉 事由 延误/丢失短少/损毁/投递服务/收费, 诉求, 赔偿 金额 per 《快递暂行条例》; 证据 uploads; "
    "申诉 查询 by 申诉号; 满意度 评价), 快递业务经营许可 企业 查询, 末端 网点 备案 查询, 邮政编码 查询, 行业 统计 数据",
    "construction-market": "住房和城乡建设部 全国建筑市场监管公共服务平台 (jzsc.mohurd.gov.cn 四库一平台: 企业 资质 "
    "查询 (资质证书号 D252…, 资质 名称 建筑工程施工总承包贰级), 注册人员 (注册建造师 注册编号 黔152…), 工程项目, 诚信 "
    "记录; as public jzsc crawlers on GitHub call them) and 省 建筑工人 实名制 管理 平台 (闸机 考勤 pushes with appid, "
    "timestamp, nonce and HMAC-SHA256 sign; 农民工 工资 专用账户 代发 名册 with sums; 劳动合同 PDF), 施工 扬尘 "
    "在线监测 (PM2.5/PM10 μg/m³, 噪声 dB(A))",
    "talent-recognition": "省/市 人才 服务 平台 高层次人才 分类 认定 (A-E 类 认定 标准, 代表性 论文 list: 题名, 作者 "
    "list as published, 通讯作者, 期刊 名称 with brackets, ISSN (ISO 3297 check digit), DOI (10.xxxx/…), 卷(期):页码, "
    "他引 次数; 证明 材料 PDF), DOI 核验, 人才 安居 购房 补贴 by 类别, 人才 服务卡 (绿卡) 申领, 认定 进度, 政策 检索, "
    "博士后 科研 工作站 设站 申报, 专家库 检索",
}

SPLIT = HashSplit(SALT, SOURCES)  # the rule in the docstring (tests/waf/data/corpus_kit.py)
split, HELD_OUT_FAMILIES = SPLIT.split, SPLIT.held_out_families  # split(reqs): (tuning part, held-out part)


# --- the corpus: L's (and so J's, I's, H's, G's and F's), recording M's sources ---------------------------


class Corpus(corpus_l.Corpus):
    """L's corpus (values, browsers, header order, day(); SourceTagged): requests are tagged with M's sources."""

    sources = SOURCES


FAMILIES: dict[str, Callable[[Corpus], None]] = {}
family = family_registry(FAMILIES)


def web(
    c: Corpus,
    ctype: str | None = None,
    mobile: float = 0.4,
    referer: str = "",
    accept: str = AXIOS_ACCEPT,
    xrw: bool = False,
) -> dict[str, str]:
    """A browser page's fetch/XHR (axios unless ``accept`` says jQuery)."""
    return c.headers(c.browser(mobile), accept=accept, ctype=ctype, referer=referer, xrw=xrw)


def upload(c: Corpus, parts: list, referer: str, mobile: float = 0.3) -> tuple[dict[str, str], bytes]:
    """A FormData upload from a browser page: (headers, body)."""
    b = c.browser(mobile)
    ctype, body = c.multipart(b, parts)
    return c.headers(b, accept=AXIOS_ACCEPT, ctype=ctype, referer=referer), body


def ymd(c: Corpus, lo: int, hi: int) -> str:
    return f"{c.day(lo, hi):%Y-%m-%d}"


def attachment(c: Corpus, name: str) -> tuple[str, str, bytes]:
    """A scanned material: PDF, JPEG or PNG."""
    kind = c.pick(["pdf", "jpg", "jpg", "png"])
    if kind == "pdf":
        return f"{name}.pdf", "application/pdf", pdf_head(c, c.num(400, 900))
    if kind == "png":
        return f"{name}.png", "image/png", png(c, c.num(400, 900))
    return f"{name}.jpg", "image/jpeg", jpeg(c, c.num(400, 900))


DOCX_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Types xmlns="http://schemas.openxmlformats.org/'
    'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/'
    'document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    "</Types>"
)
DOCX_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats'
    '.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument'
    '/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def xml_text(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def docx(paragraphs: list[str]) -> bytes:
    """A minimal Word document (OOXML): a zip with fixed timestamps, so the bytes are deterministic."""
    body = "".join(f'<w:p><w:r><w:t xml:space="preserve">{xml_text(p)}</w:t></w:r></w:p>' for p in paragraphs)
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:document xmlns:w="{W_NS}"><w:body>{body}'
        '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>'
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, text in (
            ("[Content_Types].xml", DOCX_TYPES),
            ("_rels/.rels", DOCX_RELS),
            ("word/document.xml", document),
        ):
            info = zipfile.ZipInfo(name, date_time=(2027, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode())
    return out.getvalue()


DOCX_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


# --- public-employment ------------------------------------------------------------------------------

JOBS = [  # (岗位, 行业, 薪资 下限 k, 上限 k, 学历, 职责)
    (
        "Java 开发工程师",
        "信息技术",
        8,
        12,
        "本科",
        "1. 负责 政务 大数据 平台 后端 开发（Spring Boot / MyBatis）；\n"
        "2. 参与 接口 设计 与 数据库 建模（MySQL 8.0、达梦 DM8）；\n3. 编写 单元 测试，保证 代码 质量。",
    ),
    (
        "嵌入式 软件 工程师",
        "电子制造",
        10,
        15,
        "本科",
        "1. 基于 STM32/ESP32 的 固件 开发（C/C++）；\n2. 熟悉 "
        "UART、SPI、I²C、CAN 总线；\n3. 能 阅读 原理图，使用 示波器、逻辑分析仪 调试。",
    ),
    (
        "会计",
        "商务服务",
        5,
        7,
        "大专",
        "1. 负责 日常 账务 处理、纳税 申报（增值税、企业所得税）；\n2. 熟练 使用 "
        "金蝶/用友；\n3. 持 初级 会计 职称 优先。",
    ),
    (
        "电工（持证）",
        "物业管理",
        5,
        6,
        "高中",
        "1. 负责 小区 高低压 配电 设备 巡检、维修；\n2. 持《特种作业操作"
        "证》（低压电工作业）；\n3. 能 适应 轮班（做一休一）。",
    ),
    (
        "茶叶 电商 运营",
        "农副产品",
        6,
        9,
        "大专",
        "1. 负责 都匀毛尖、湄潭翠芽 天猫/抖音 店铺 运营；\n2. 策划 "
        "“双11”“618” 活动，ROI ≥ 1:3；\n3. 有 直播 带货 经验 者 优先。",
    ),
    (
        "CAD 绘图员",
        "建筑设计",
        6,
        8,
        "大专",
        "1. 使用 AutoCAD、天正 绘制 施工图；\n2. 熟悉 GB/T 50001-2017 "
        "《房屋建筑制图统一标准》；\n3. 会 Revit 者 优先。",
    ),
    (
        "护理员（养老）",
        "居民服务",
        4,
        5,
        "初中",
        "1. 负责 失能 老人 生活 照料（助餐、助浴、翻身）；\n2. 持 养老护理员 职业技能 等级 证书 优先；\n3. 包 食宿。",
    ),
    (
        "数据 分析师",
        "信息技术",
        12,
        18,
        "硕士",
        "1. 使用 Python（pandas、scikit-learn）、SQL 进行 数据 清洗 与 "
        "建模；\n2. 熟悉 Hive/Spark；\n3. 能 撰写 分析 报告，有 统计学 背景 优先。",
    ),
    (
        "货车 司机（A2）",
        "交通运输",
        8,
        11,
        "不限",
        "1. 负责 贵阳—重庆 干线 运输；\n2. 持 A2 驾照 和 道路运输 从业资格证；\n3. 3 年 以上 驾龄，无 重大 事故。",
    ),
    (
        "中学 数学 教师",
        "教育",
        7,
        10,
        "本科",
        "1. 承担 初中 数学 教学（人教版），每周 14 课时；\n2. 持 初级中学 教师资格证；\n3. 普通话 二级甲等 及以上。",
    ),
]
SKILLS = [
    "熟悉 C/C++、Python；掌握 Linux（CentOS 7 / openEuler 22.03）常用 命令",
    "熟练 使用 Office（Excel 函数 VLOOKUP、SUMIFS，数据透视表）",
    "持 C1 驾照；英语 CET-6（532 分）",
    "熟悉 AutoCAD 2024、SketchUp；会 PS",
    "有 PMP® 证书；熟悉 敏捷 开发（Scrum）",
    "掌握 Vue 3 + TypeScript，了解 React 18",
]
SCHOOLS = ["贵州大学", "贵州师范大学", "贵州财经大学", "贵州民族大学", "遵义医科大学", "贵州轻工职业技术学院"]


def salary_range(lo: int, hi: int) -> str:
    return f"{lo}k-{hi}k"


@family("public-employment")
def public_employment(c: Corpus) -> None:
    f = "public-employment"
    ref = f"{SITE}/jyfw/qz/index.html"
    for _ in range(22):
        lo = c.pick([0, 3, 5, 8, 10, 15])
        q = [
            ("keyword", c.pick(["", "Java", "会计", "电工", "C++", "司机 A2", "教师", "数据分析", "运营"])),
            ("xzqh", c.pick(list(DISTRICTS))),
            ("salary", "" if lo == 0 else salary_range(lo, lo + c.pick([2, 3, 4, 5]))),
            ("edu", c.pick(["", "大专", "本科", "硕士"])),
            ("exp", c.pick(["", "1-3年", "3-5年", "应届"])),
            ("pageNum", c.num(1, 6)),
            ("pageSize", 20),
        ]
        c.add(f, "job-search", "GET", "/jyfw/api/job/search?" + qs(q, axios), web(c, referer=ref))
    for _ in range(14):
        q = [("jobId", f"GW{c.when():%Y%m%d}{c.digits(6)}"), ("_t", c.ms())]
        c.add(f, "job-detail", "GET", "/jyfw/api/job/detail?" + qs(q, axios), web(c, referer=ref))
    for _ in range(18):
        job = c.pick(JOBS)
        start = c.num(2015, 2024)
        doc = {
            "xm": c.person(),
            "sfzh": c.idcard(),
            "sjh": c.mobile(),
            "qzyx": {"gw": job[0], "hy": job[1], "gzdd": c.pick(DISTRICT_NAMES), "qwxz": salary_range(job[2], job[3])},
            "jyjl": [
                {
                    "xx": c.pick(SCHOOLS),
                    "zy": c.pick(["计算机科学与技术", "会计学", "电气工程及其自动化", "汉语言文学", "土木工程"]),
                    "xl": job[4],
                    "qzsj": f"{start - 4}.09-{start}.06",
                }
            ],
            "gzjl": [
                {
                    "dw": company(c),
                    "zw": job[0],
                    "qzsj": f"{start}.07-{start + c.num(1, 3)}.12",
                    "ms": job[5].split("\n")[0],
                }
            ],
            "jn": c.sample(SKILLS, 2),
            "zwpj": c.pick(
                [
                    "性格 开朗，抗压 能力 强；“能吃苦”。",
                    "5 年 一线 经验，熟悉 ISO 9001 质量 体系。",
                    "喜欢 钻研 技术，GitHub 有 个人 项目（★ 120+）。",
                ]
            ),
        }
        c.add(
            f,
            "resume-save",
            "POST",
            "/jyfw/api/resume/save",
            web(c, JSON_CT, referer=f"{SITE}/jyfw/jl/edit"),
            js_json(doc),
        )
    for _ in range(18):
        name, job = c.person(), c.pick(JOBS)
        if c.chance(0.6):
            data = docx(
                [
                    f"个人简历 — {name}",
                    f"求职意向：{job[0]}（期望 {salary_range(job[2], job[3])}）",
                    f"联系电话：{c.mobile()}",
                    "技能：" + "；".join(c.sample(SKILLS, 2)),
                    job[5],
                ]
            )
            file = (f"{name}-简历.docx", DOCX_CT, data)
        else:
            file = (f"{name}_简历.pdf", "application/pdf", pdf_head(c, c.num(600, 1200)))
        h, body = upload(c, [("type", "resume"), ("file", file)], f"{SITE}/jyfw/jl/attach")
        c.add(f, "resume-upload", "POST", "/jyfw/api/resume/attach", h, body)
    for _ in range(14):
        doc = {
            "jobId": f"GW{c.when():%Y%m%d}{c.digits(6)}",
            "resumeId": c.uid(),
            "qzxx": c.pick(["", "您好，我 有 3 年 相关 经验，可 随时 到岗。", "应届生，可 接受 加班（大小周）。"]),
        }
        c.add(f, "job-apply", "POST", "/jyfw/api/delivery/apply", web(c, JSON_CT, 0.6), js_json(doc))
    for _ in range(16):
        job = c.pick(JOBS)
        doc = {
            "dwmc": company(c),
            "tyxydm": uscc(c),
            "gwmc": job[0],
            "zprs": c.num(1, 10),
            "xzxx": job[2] * 1000,
            "xzsx": job[3] * 1000,
            "xzfw": salary_range(job[2], job[3]),
            "xlyq": job[4],
            "gwzz": job[5],
            "rzyq": "1. " + c.pick(SKILLS) + "；\n2. 责任心 强，能 服从 安排。",
            "fl": c.sample(["五险一金", "双休", "年终奖", "餐补", "住宿", "带薪年假"], 3),
            "gzdd": f"贵阳市{c.pick(DISTRICT_NAMES)}{c.pick(ROADS)}{c.num(1, 300)}号",
        }
        c.add(f, "job-post", "POST", "/jyfw/api/dw/job/publish", web(c, JSON_CT, 0.1), js_json(doc))
    for _ in range(14):
        fields = [
            ("xm", c.person()),
            ("sfzh", c.idcard()),
            ("lxdh", c.mobile()),
            ("sylx", c.pick(["劳动合同期满终止", "用人单位解除", "个人辞职", "毕业未就业"])),
            ("zhjydw", company(c)),
            ("zhjydwdm", uscc(c)),
            ("syrq", ymd(c, -120, -5)),
            ("jyyy", c.pick(["是", "否"])),
        ]
        h = web(c, JQ_FORM, 0.3, f"{SITE}/jyfw/sydj/index.html", JQ_ACCEPT, xrw=True)
        c.add(f, "unemployment-register", "POST", "/jyfw/sydj/save.do", h, qs(fields, jq))
    for _ in range(12):
        doc = {
            "zphid": f"ZPH{c.num(2027001, 2027080)}",
            "dwmc": company(c),
            "tyxydm": uscc(c),
            "zws": c.num(1, 2),
            "lxr": c.person(),
            "lxdh": c.mobile(),
            "gw": [{"mc": j[0], "rs": c.num(1, 5), "xz": salary_range(j[2], j[3])} for j in c.sample(JOBS, 2)],
        }
        c.add(f, "fair-signup", "POST", "/jyfw/api/zph/signup", web(c, JSON_CT, 0.1), js_json(doc))
    for _ in range(12):
        q = [("sfzh", c.idcard()), ("pxxm", c.pick(["电工", "育婴员", "中式烹调师", "SYB 创业培训"])), ("nd", 2027)]
        c.add(f, "training-subsidy", "GET", "/jyfw/api/pxbt/query?" + qs(q, axios), web(c, mobile=0.6))


# --- public-rental-housing ---------------------------------------------------------------------------

HOUSING_PROJECTS = {  # 项目 编号: (名称, 区, 单价 元/㎡·月)
    "GZF001": ("贵阳市 保障性 住房 ·  金阳 公租房 一期", "观山湖区", 9.5),
    "GZF007": ("花溪 大学城 人才 公寓（公租房）", "花溪区", 11.0),
    "GZF012": ("小河 片区 公租房 · 兴隆 佳苑", "经开区", 8.8),
    "GZF019": ("乌当 新天 公租房 二期", "乌当区", 8.0),
}
LAYOUTS = [("一室一厅", 38.5), ("一室一厅", 42.6), ("两室一厅", 55.2), ("两室一厅", 59.8), ("单间", 25.4)]
INCOME_LIMIT = 36000  # 家庭 人均 年收入 准入 线 (元)
AREA_LIMIT = 15  # 人均 住房 建筑面积 (㎡)


@family("public-rental-housing")
def public_rental_housing(c: Corpus) -> None:
    f = "public-rental-housing"
    ref = f"{SITE}/zfbz/gzf/sq.html"
    for _ in range(16):
        n = c.num(1, 5)
        income = c.num(2, 60) * 3000
        area = round(c.num(0, 100) * 1.0, 1)
        doc = {"jtrs": n, "jtnsr": income, "rjnsr": round(income / n, 2), "zfmj": area, "rjzfmj": round(area / n, 2)}
        doc["sfhg"] = doc["rjnsr"] <= INCOME_LIMIT and doc["rjzfmj"] < AREA_LIMIT
        c.add(f, "eligibility-calc", "POST", "/zfbz/api/gzf/zgcs", web(c, JSON_CT, 0.6, ref), js_json(doc))
    for _ in range(18):
        members = [
            {"xm": c.person(), "gx": c.pick(["配偶", "子女", "父母"]), "sfzh": c.idcard(), "nsr": c.num(0, 40) * 1000}
            for _ in range(c.num(0, 3))
        ]
        parts: list = [
            ("sqrxm", c.person()),
            ("sqrsfzh", c.idcard()),
            ("lxdh", c.mobile()),
            ("sqlx", c.pick(["城镇 中等偏下 收入 住房困难 家庭", "新就业 无房 职工", "外来 务工 人员"])),
            ("gzdw", company(c)),
            ("jtcy", js_json(members)),
            ("xzdz", f"{c.pick(DISTRICT_NAMES)}{c.pick(ROADS)}{c.num(1, 200)}号{c.pick(ESTATES)}"),
            ("files", attachment(c, "收入证明")),
            ("files", (f"户口簿-{c.num(1, 4)}.jpg", "image/jpeg", jpeg(c, c.num(500, 900)))),
        ]
        h, body = upload(c, parts, ref, 0.4)
        c.add(f, "rental-apply", "POST", "/zfbz/api/gzf/apply", h, body)
    for _ in range(14):
        q = [("sqbh", f"GZF{c.when():%Y%m%d}{c.digits(4)}"), ("sfzh", c.idcard())]
        c.add(f, "progress-query", "GET", "/zfbz/api/gzf/progress?" + qs(q, axios), miniprogram(c))
    for _ in range(14):
        q = [("pch", f"2027-{c.num(1, 4):02d}"), ("xm", c.person()), ("sfzh", masked_id(c.idcard())), ("page", 1)]
        c.add(f, "lottery-result", "GET", "/zfbz/yhjg/list.do?" + qs(q), web(c, None, 0.5, "", JQ_ACCEPT, True))
    for _ in range(16):
        q = [
            ("xmbh", c.pick([*HOUSING_PROJECTS, ""])),
            ("hx", c.pick(["", "一室一厅", "两室一厅"])),
            ("mjMin", c.pick(["", "30"])),
            ("mjMax", c.pick(["", "60"])),
            ("zt", "可配租"),
        ]
        c.add(f, "housing-list", "GET", "/zfbz/api/fy/list?" + qs(q, axios), web(c, mobile=0.5))
    for _ in range(16):
        code = c.pick(list(HOUSING_PROJECTS))
        layout, area = c.pick(LAYOUTS)
        months = c.pick([1, 3, 6, 12])
        price = HOUSING_PROJECTS[code][2]
        doc = {
            "xmbh": code,
            "fh": f"{c.num(1, 12)}-{c.num(1, 3)}-{c.num(2, 30)}{c.num(1, 8):02d}",
            "hx": layout,
            "mj": area,
            "dj": price,
            "ys": months,
            "je": round(area * price * months, 2),
            "zffs": c.pick(["微信", "银联", "建行 龙支付"]),
        }
        c.add(f, "rent-pay", "POST", "/zfbz/api/zj/pay", miniprogram(c, "application/json"), js_json(doc))
    for _ in range(14):
        parts = [
            ("fh", f"{c.num(1, 12)}栋{c.num(1, 3)}单元{c.num(2, 30)}{c.num(1, 8):02d}"),
            ("bxlx", c.pick(["水电", "门窗", "墙面 渗水", "燃气"])),
            (
                "ms",
                c.pick(
                    [
                        "卫生间 地漏 返水，楼下 天花板 有 水渍（约 30cm×50cm）。",
                        "入户门 锁芯 坏了，钥匙 插不进去。",
                        "厨房 插座 跳闸，空开 推不上去。",
                    ]
                ),
            ),
            ("photo", (f"IMG_{c.digits(8)}.jpg", "image/jpeg", jpeg(c, c.num(500, 900)))),
        ]
        h, body = upload(c, parts, f"{SITE}/zfbz/bx/index.html", 0.8)
        c.add(f, "repair-report", "POST", "/zfbz/api/bx/submit", h, body)
    for _ in range(14):
        doc = {
            "htbh": f"GZFHT{c.num(2023, 2026)}{c.digits(5)}",
            "sfzh": c.idcard(),
            "jtrs": c.num(1, 5),
            "jtnsr": c.num(10, 50) * 3000,
            "sfyzf": False,
            "bgsm": c.pick(["", "家庭 新增 1 人（子女 出生）", "工作 单位 变更"]),
        }
        c.add(f, "annual-review", "POST", "/zfbz/api/ns/submit", web(c, JSON_CT, 0.5), js_json(doc))
    for _ in range(12):
        code = c.pick(list(HOUSING_PROJECTS))
        doc = {
            "xmbh": code,
            "xmmc": HOUSING_PROJECTS[code][0],
            "lhxh": c.num(1, 900),
            "fyid": f"{code}-{c.num(1, 12)}-{c.num(101, 2808)}",
            "qr": True,
        }
        c.add(f, "room-choose", "POST", "/zfbz/api/xf/confirm", web(c, JSON_CT, 0.6), js_json(doc))


# --- disabled-persons --------------------------------------------------------------------------------

DISABILITY_KINDS = {
    "1": "视力残疾",
    "2": "听力残疾",
    "3": "言语残疾",
    "4": "肢体残疾",
    "5": "智力残疾",
    "6": "精神残疾",
    "7": "多重残疾",
}
DISABILITY_GRADES = {"1": "一级", "2": "二级", "3": "三级", "4": "四级"}
AID_DEVICES = [
    "手动 轮椅（折叠 · 实心胎）",
    "助听器（耳背式，双耳）",
    "盲杖（折叠 铝合金）",
    "坐便椅",
    "防褥疮 床垫",
    "电子 助视器（4.3 寸）",
    "假肢（小腿，硅胶 套）",
]
EMPLOYMENT_RATIO = 0.015


def disability_card(idno: str, kind: str, grade: str) -> str:
    """第二代 残疾人证号: 公民身份号码 + 残疾类别 + 残疾等级."""
    return idno + kind + grade


def levy(staff: int, placed: int, salary: float) -> float:
    """残疾人就业保障金 (财税〔2015〕72号), nothing for 30 staff or fewer."""
    if staff <= 30:
        return 0.0
    return round(max(0.0, staff * EMPLOYMENT_RATIO - placed) * salary, 2)


@family("disabled-persons")
def disabled_persons(c: Corpus) -> None:
    f = "disabled-persons"
    for _ in range(16):
        kind, grade = c.pick(list(DISABILITY_KINDS)), c.pick(list(DISABILITY_GRADES))
        idno = c.idcard()
        doc = {
            "xm": c.person(),
            "sfzh": idno,
            "cjlb": kind,
            "cjlbmc": DISABILITY_KINDS[kind],
            "cjdj": grade,
            "cjdjmc": DISABILITY_GRADES[grade],
            "cjzh": disability_card(idno, kind, grade),
            "jhr": c.pick(["", c.person()]),
            "hjdz": f"贵阳市{c.pick(DISTRICT_NAMES)}",
            "pdjg": c.pick(["贵州医科大学附属医院", "贵阳市第一人民医院", "贵州省人民医院"]),
            "sqlx": "新办",
        }
        c.add(f, "card-apply", "POST", "/cl/api/cjrz/apply", web(c, JSON_CT, 0.5), js_json(doc))
    for _ in range(14):
        q = [("cjzh", disability_card(c.idcard(), c.pick(list(DISABILITY_KINDS)), c.pick("1234"))), ("xm", c.person())]
        c.add(f, "card-verify", "GET", "/cl/api/cjrz/verify?" + qs(q, axios), web(c, mobile=0.5))
    for _ in range(14):
        fields = [
            ("sfzh", c.idcard()),
            ("xm", c.person()),
            ("btlx", c.pick(["困难残疾人生活补贴", "重度残疾人护理补贴"])),
            ("dbzh", c.pick(["", f"黔低保字{c.digits(8)}"])),
            ("yhkh", bank_card(c)),
            ("lxdh", c.mobile()),
        ]
        h = web(c, JQ_FORM, 0.3, f"{SITE}/cl/lxbt/sq.html", JQ_ACCEPT, True)
        c.add(f, "subsidy-apply", "POST", "/cl/lxbt/save.do", h, qs(fields, jq))
    for _ in range(12):
        q = [("sfzh", c.idcard()), ("ksny", "202701"), ("jsny", f"2027{c.num(2, 12):02d}")]
        c.add(f, "subsidy-query", "GET", "/cl/api/lxbt/ffjl?" + qs(q, axios), miniprogram(c))
    for _ in range(14):
        parts = [
            ("sfzh", c.idcard()),
            ("fjmc", c.pick(AID_DEVICES)),
            (
                "sqly",
                c.pick(
                    [
                        "原 轮椅 使用 5 年，刹车 失灵。",
                        "新 评定 听力 二级，双耳 平均 听力 损失 75dB HL。",
                        "术后 行走 不便。",
                    ]
                ),
            ),
            ("photo", (f"{c.digits(6)}.jpg", "image/jpeg", jpeg(c, c.num(500, 900)))),
        ]
        h, body = upload(c, parts, f"{SITE}/cl/fj/sq.html", 0.5)
        c.add(f, "aid-device-apply", "POST", "/cl/api/fj/apply", h, body)
    for _ in range(16):
        staff = c.num(10, 800)
        placed = c.num(0, max(0, staff // 50))
        salary = float(c.num(50000, 120000))
        doc = {
            "dwmc": company(c),
            "tyxydm": uscc(c),
            "nd": 2026,
            "zzzgrs": staff,
            "apcjrs": placed,
            "zgnpjgz": salary,
            "blbz": EMPLOYMENT_RATIO,
            "yjbzj": levy(staff, placed, salary),
            "cjr": [
                {"xm": c.person(), "cjzh": disability_card(c.idcard(), c.pick("1247"), c.pick("34"))}
                for _ in range(min(placed, 3))
            ],
        }
        c.add(f, "employment-ratio", "POST", "/cl/api/abljy/declare", web(c, JSON_CT, 0.05), js_json(doc))
    for _ in range(14):
        doc = {
            "etxm": c.person(),
            "etsfzh": c.idcard(),
            "kflb": c.pick(["孤独症", "听力（人工耳蜗）", "脑瘫", "智力"]),
            "kfjg": c.pick(["贵阳市 残疾人 康复 中心", "贵州省 儿童 康复 中心"]),
            "jhr": c.person(),
            "lxdh": c.mobile(),
            "sm": c.pick(["2 岁 半，确诊 ASD（ADOS-2 评分 18）。", "双耳 重度 聋，已 配 助听器 1 年。"]),
        }
        c.add(f, "rehab-child-apply", "POST", "/cl/api/kf/apply", web(c, JSON_CT, 0.6), js_json(doc))
    for _ in range(12):
        parts = [
            ("dd", f"{c.pick(DISTRICT_NAMES)}{c.pick(ROADS)}{c.num(1, 300)}号"),
            (
                "wt",
                c.pick(
                    [
                        "盲道 被 共享单车 占用（约 20 米）",
                        "坡道 坡度 太陡，约 1:6，轮椅 上不去",
                        "无障碍 卫生间 门 锁 坏了",
                    ]
                ),
            ),
            ("pic", (f"wx_{c.digits(10)}.jpg", "image/jpeg", jpeg(c, c.num(400, 800)))),
        ]
        h, body = upload(c, parts, f"{SITE}/cl/wza/fk.html", 0.9)
        c.add(f, "accessibility-feedback", "POST", "/cl/api/wza/feedback", h, body)
    for _ in range(12):
        doc = {
            "yyrq": ymd(c, 2, 20),
            "sd": c.pick(["09:00-11:00", "14:00-16:00"]),
            "cj": c.pick(["医院 就诊", "法院 庭审", "银行 开户", "婚姻 登记"]),
            "dd": c.pick(DISTRICT_NAMES),
            "lxr": c.person(),
            "lxdh": c.mobile(),
        }
        c.add(f, "sign-language-book", "POST", "/cl/api/sy/book", miniprogram(c, "application/json"), js_json(doc))


# --- budget-disclosure -------------------------------------------------------------------------------

SUBJECTS = {  # 2027年政府收支分类科目 功能分类 (类 款 项)
    "2010101": "行政运行",
    "2010102": "一般行政管理事务",
    "2010350": "事业运行",
    "2050203": "初中教育",
    "2080501": "行政单位离退休",
    "2080505": "机关事业单位基本养老保险缴费支出",
    "2101101": "行政单位医疗",
    "2120501": "城乡社区环境卫生",
    "2210201": "住房公积金",
    "2130126": "农村综合改革示范试点补助",
}
BUDGET_UNITS = {
    "101001": "贵州省人民政府办公厅",
    "112001": "贵州省财政厅",
    "140001": "贵州省教育厅",
    "162001": "贵州省审计厅",
    "201003": "贵阳市南明区财政局",
    "301011": "贵阳市第一中学",
}
TABLES = [
    "收支总表",
    "收入总表",
    "支出总表",
    "财政拨款收支总表",
    "一般公共预算支出表",
    "一般公共预算基本支出表",
    "政府性基金预算支出表",
    "三公经费支出表",
]


@family("budget-disclosure")
def budget_disclosure(c: Corpus) -> None:
    f = "budget-disclosure"
    ref = f"{SITE}/yjsgk/index.html"
    for _ in range(14):
        q = [("nd", c.pick([2025, 2026, 2027])), ("lx", c.pick(["ys", "js"])), ("pid", c.pick(["0", "101", "201"]))]
        c.add(f, "unit-tree", "GET", "/yjsgk/api/unit/tree?" + qs(q, axios), web(c, mobile=0.1, referer=ref))
    for _ in range(16):
        q = [
            (
                "keyword",
                c.pick(
                    [
                        "三公经费",
                        "部门预算",
                        "2026年度 部门决算",
                        "政府采购 预算",
                        "绩效 目标",
                        "机关运行经费",
                        "“三公”经费 增减 原因",
                    ]
                ),
            ),
            ("nd", c.pick(["", "2026", "2027"])),
            ("wjlx", c.pick(["", "pdf", "xlsx"])),
            ("page", c.num(1, 4)),
        ]
        c.add(f, "file-search", "GET", "/yjsgk/api/search?" + qs(q, axios), web(c, mobile=0.2, referer=ref))
    for _ in range(18):
        unit = c.pick(list(BUDGET_UNITS))
        filters = [{"field": "kmdm", "op": "like", "value": c.pick(["201%", "205%", "208%", "2101%"])}]
        if c.chance(0.5):
            filters.append({"field": "je", "op": ">=", "value": c.pick([10, 50, 100])})
        q = [
            ("nd", c.pick([2026, 2027])),
            ("dwdm", unit),
            ("bb", c.pick(TABLES)),
            ("filters", js_json(filters)),
            ("dw", "万元"),
        ]
        c.add(f, "table-query", "GET", "/yjsgk/api/report/query?" + qs(q, axios), web(c, mobile=0.1, referer=ref))
    for _ in range(14):
        code = c.pick(list(SUBJECTS))
        q = [("kmdm", code), ("kmmc", SUBJECTS[code]), ("nd", 2027), ("lev", 3)]
        c.add(f, "subject-query", "GET", "/yjsgk/kmcx.do?" + qs(q), web(c, None, 0.1, ref, JQ_ACCEPT, True))
    for _ in range(14):
        parts = [
            round(c.num(0, 3000) / 100, 2),
            round(c.num(100, 5000) / 100, 2),
            round(c.num(0, 800) / 100, 2),
            round(c.num(500, 9000) / 100, 2),
        ]
        doc = {
            "dwdm": c.pick(list(BUDGET_UNITS)),
            "nd": 2027,
            "yglx": "预算",
            "ygcgj": parts[0],
            "gwjdf": parts[1],
            "gwycgzf": parts[2],
            "gwycyxf": parts[3],
            "hj": round(sum(parts), 2),
            "bnzj": c.pick(["持平", "下降"]),
            "sm": c.pick(
                [
                    "严格 落实 过“紧日子”要求，公务接待 费 较上年 下降 12.5%。",
                    "公务用车 购置 费 为 0（无 购置 计划）；运行 维护 费 减少 主要 是 车辆 减少 2 辆。",
                ]
            ),
        }
        c.add(
            f,
            "three-public",
            "POST",
            "/yjsgk/api/sgjf/save",
            web(c, JSON_CT, 0.0, f"{SITE}/yjsgk/tb/sgjf"),
            js_json(doc),
        )
    for _ in range(16):
        codes = c.sample(list(SUBJECTS), c.num(3, 6))
        amounts = [round(c.num(100, 900000) / 100, 2) for _ in codes]
        total = round(sum(amounts), 2)
        rows = [
            {"kmdm": k, "kmmc": SUBJECTS[k], "je": a, "zb": round(a / total * 100, 2)}
            for k, a in zip(codes, amounts, strict=True)
        ]
        doc = {
            "dwdm": c.pick(list(BUDGET_UNITS)),
            "nd": 2027,
            "bb": "一般公共预算支出表",
            "dw": "万元",
            "rows": rows,
            "hj": total,
        }
        c.add(
            f,
            "table-submit",
            "POST",
            "/yjsgk/api/report/submit",
            web(c, JSON_CT, 0.0, f"{SITE}/yjsgk/tb/"),
            js_json(doc),
        )
    for _ in range(14):
        unit = c.pick(list(BUDGET_UNITS))
        parts: list = [("dwdm", unit), ("nd", "2027"), ("lx", c.pick(["部门预算", "部门决算"]))]
        parts.append(
            ("file", (f"{BUDGET_UNITS[unit]}2027年部门预算公开.pdf", "application/pdf", pdf_head(c, c.num(800, 1500))))
        )
        h, body = upload(c, parts, f"{SITE}/yjsgk/tb/upload", 0.0)
        c.add(f, "report-upload", "POST", "/yjsgk/api/file/upload", h, body)
    for _ in range(14):
        doc = {
            "sjxm": f"{c.pick(['2026年度', '2025年度'])} 预算 执行 审计",
            "wtlx": c.pick(
                ["预算 编制 不细化", "结转 结余 资金 未 及时 清理", "政府采购 程序 不规范", "项目 资金 闲置"]
            ),
            "wtje": round(c.num(10, 50000) / 10, 1),
            "zgcs": c.pick(
                [
                    f"已 将 结余 资金 128.6 万元 上缴 国库（缴款书 号 52{c.digits(8)}）。",
                    "修订 《内部 控制 手册》 第 3.2 节，建立 “事前 论证—事中 监控—事后 评价” 机制。",
                    "已 追回 多 支付 的 工程 款 36.4 万元。",
                ]
            ),
            "zgzt": c.pick(["已整改", "整改中"]),
            "dwdm": c.pick(list(BUDGET_UNITS)),
        }
        c.add(f, "audit-rectify", "POST", "/yjsgk/api/sjzg/report", web(c, JSON_CT, 0.0), js_json(doc))
    for _ in range(12):
        fields = [
            ("dwdm", c.pick(list(BUDGET_UNITS))),
            (
                "nr",
                c.pick(
                    [
                        "建议 公开 项目 支出 明细 到 “项” 级，便于 对比。",
                        "三公经费 表 的 “公务用车 运行 费” 与 说明 不一致？",
                        "Excel 版 下载 打不开（提示 格式 错误）。",
                    ]
                ),
            ),
            ("lxfs", c.pick(["", c.mobile()])),
        ]
        h = web(c, JQ_FORM, 0.3, ref, JQ_ACCEPT, True)
        c.add(f, "public-comment", "POST", "/yjsgk/yjfk/save.do", h, qs(fields, jq))


# --- gaokao-admission --------------------------------------------------------------------------------

COLLEGES = {  # 院校代码: 名称
    "10001": "北京大学",
    "10003": "清华大学",
    "10284": "南京大学",
    "10610": "四川大学",
    "10611": "重庆大学",
    "10657": "贵州大学",
    "10663": "贵州师范大学",
    "10671": "贵州财经大学",
}
MAJORS = [
    "080901 计算机科学与技术",
    "080902 软件工程",
    "120203K 会计学",
    "100201K 临床医学",
    "030101K 法学",
    "050101 汉语言文学",
    "081001 土木工程",
    "071201 统计学",
    "080601 电气工程及其自动化",
]
ZIKAO_COURSES = {
    "00015": "英语（二）",
    "03708": "中国近现代史纲要",
    "03709": "马克思主义基本原理概论",
    "00020": "高等数学（一）",
    "02331": "数据结构",
    "00054": "管理学原理",
    "13683": "管理学原理（中级）",
}
ZIKAO_FEE = 30  # 元/门
SUBJECT_SCORES = [("yw", 150), ("sx", 150), ("wy", 150), ("sx1", 100), ("zx1", 100), ("zx2", 100)]


def exam_no(c: Corpus) -> str:
    """考生号: 年份(2) + 省(2) + 区县(4) + 类别(2) + 序号(4)."""
    return "27" + c.pick(list(DISTRICTS))[:6] + c.pick(["11", "12", "21"]) + c.digits(4)


@family("gaokao-admission")
def gaokao_admission(c: Corpus) -> None:
    f = "gaokao-admission"
    ref = f"{SITE}/zsks/gkcj/index.html"
    for _ in range(16):
        fields = [
            ("ksh", exam_no(c)),
            ("sfzh6", c.idcard()[-6:]),
            ("yzm", c.alnum(4, "23456789abcdefghjkmnpqrstuvwxy")),
            ("_csrf", c.b64(24, urlsafe=True)),
        ]
        h = web(c, JQ_FORM, 0.7, ref, JQ_ACCEPT, True)
        c.add(f, "score-query", "POST", "/zsks/gkcj/query.do", h, qs(fields, jq))
    for _ in range(16):
        scores = {k: c.num(int(top * 0.3), top) for k, top in SUBJECT_SCORES}
        doc = {
            "ksh": exam_no(c),
            "xm": c.person(),
            "kl": c.pick(["物理类", "历史类"]),
            **scores,
            "zf": sum(scores.values()),
            "wc": c.num(100, 200000),
        }
        c.add(f, "score-detail", "POST", "/zsks/api/gkcj/detail", miniprogram(c, "application/json"), js_json(doc))
    for _ in range(18):
        picks = []
        for i, code in enumerate(c.sample(list(COLLEGES), c.num(2, 5))):
            picks.append(
                {
                    "xh": i + 1,
                    "yxdm": code,
                    "yxmc": COLLEGES[code],
                    "zyzdm": f"{c.num(1, 12):03d}",
                    "zy": [m.split(" ")[0] for m in c.sample(MAJORS, c.num(1, 6))],
                    "fctj": c.chance(0.8),
                }
            )
        doc = {"ksh": exam_no(c), "pc": c.pick(["本科批", "专科批", "提前批"]), "zyb": picks, "sj": c.ms()}
        c.add(
            f, "volunteer-save", "POST", "/zsks/api/zytb/save", web(c, JSON_CT, 0.3, f"{SITE}/zsks/zytb/"), js_json(doc)
        )
    for _ in range(16):
        code = c.pick(list(COLLEGES))
        q = [
            ("nf", 2027),
            ("yxdm", code),
            ("yxmc", COLLEGES[code]),
            ("kl", c.pick(["物理类", "历史类"])),
            ("zymc", c.pick(["", "计算机", "临床医学", "法学（中外合作办学）"])),
            ("pc", c.pick(["本科批", "专科批"])),
        ]
        c.add(f, "plan-search", "GET", "/zsks/api/zsjh/list?" + qs(q, axios), web(c, mobile=0.5))
    for _ in range(14):
        q = [("ksh", exam_no(c)), ("sfzh", c.idcard()), ("_", c.ms())]
        c.add(f, "admission-query", "GET", "/zsks/lqcx/query.do?" + qs(q), web(c, None, 0.7, "", JQ_ACCEPT, True))
    for _ in range(14):
        code = c.pick(list(COLLEGES))
        q = [
            ("yxdm", code),
            ("ksnf", c.pick(["2024", "2025", "2026"])),
            ("kl", c.pick(["物理类", "历史类"])),
            ("order", "tdx desc"),
        ]
        c.add(f, "cutoff-lines", "GET", "/zsks/api/tdx/list?" + qs(q, axios), web(c, mobile=0.6))
    for _ in range(16):
        courses = c.sample(list(ZIKAO_COURSES), c.num(1, 4))
        fields = [
            ("zkzh", f"{c.num(10, 99)}{c.digits(10)}"),
            ("kc", ",".join(courses)),
            ("kcmc", ",".join(ZIKAO_COURSES[k] for k in courses)),
            ("kcs", len(courses)),
            ("fy", len(courses) * ZIKAO_FEE),
            ("kq", c.pick(["贵阳市 南明区 考区", "遵义市 红花岗区 考区"])),
        ]
        h = web(c, JQ_FORM, 0.3, f"{SITE}/zsks/zk/bk.html", JQ_ACCEPT, True)
        c.add(f, "zikao-signup", "POST", "/zsks/zk/bk/save.do", h, qs(fields, jq))
    for _ in range(12):
        parts = [("ksh", exam_no(c)), ("photo", (f"{c.digits(14)}.jpg", "image/jpeg", jpeg(c, c.num(600, 1000))))]
        h, body = upload(c, parts, f"{SITE}/zsks/bm/photo.html", 0.2)
        c.add(f, "photo-upload", "POST", "/zsks/api/bm/photo", h, body)
    for _ in range(12):
        doc = {
            "ksh": exam_no(c),
            "km": c.pick(["数学", "语文", "物理", "化学"]),
            "ly": c.pick(
                [
                    "估分 128，查询 成绩 只有 96，相差 较大，申请 复核（是否 漏评、合分 错误）。",
                    "选择题 答题卡 填涂 用的 2B 铅笔，担心 识别 不清。",
                ]
            ),
            "sjh": c.mobile(),
        }
        c.add(f, "score-review", "POST", "/zsks/api/cjfh/apply", web(c, JSON_CT, 0.6), js_json(doc))


# --- conscription ------------------------------------------------------------------------------------

TUITION_CAP = 20000  # 本专科 学费补偿 每年 上限 (元)


def bmi(kg: float, cm: int) -> float:
    return round(kg / (cm / 100) ** 2, 1)


@family("conscription")
def conscription(c: Corpus) -> None:
    f = "conscription"
    ref = f"{SITE}/zbw/bydj/index.html"
    for _ in range(16):
        doc = {
            "xm": c.person(),
            "sfzh": c.idcard(),
            "xl": c.pick(["高中", "大专在读", "本科在读", "本科毕业"]),
            "byxx": c.pick(SCHOOLS),
            "hjdz": f"贵州省贵阳市{c.pick(DISTRICT_NAMES)}",
            "sjh": c.mobile(),
            "djlx": c.pick(["初次兵役登记", "信息 变更"]),
        }
        c.add(f, "registration", "POST", "/zbw/api/bydj/save", web(c, JSON_CT, 0.7, ref), js_json(doc))
    for _ in range(16):
        cm, kg = c.num(160, 190), round(c.num(500, 950) / 10, 1)
        doc = {
            "sfzh": c.idcard(),
            "sg": cm,
            "tz": kg,
            "bmi": bmi(kg, cm),
            "sl": {"zy": c.pick(["4.8", "5.0", "4.6"]), "yy": c.pick(["4.9", "5.0", "4.7"])},
            "yxbd": c.pick(["陆军", "海军", "空军", "火箭军", "武警", "服从分配"]),
            "zy": c.pick(["计算机类", "机械类", "无", "医学类"]),
            "sfbys": c.chance(0.5),
        }
        c.add(f, "enlist-apply", "POST", "/zbw/api/yzbm/submit", web(c, JSON_CT, 0.7), js_json(doc))
    for _ in range(12):
        parts = [("sfzh", c.idcard()), ("file", (f"{c.digits(6)}.jpg", "image/jpeg", jpeg(c, c.num(600, 900))))]
        h, body = upload(c, parts, f"{SITE}/zbw/yzbm/photo", 0.6)
        c.add(f, "photo-upload", "POST", "/zbw/api/yzbm/photo", h, body)
    for _ in range(14):
        q = [("sfzh", c.idcard()), ("bmbh", f"ZB2027{c.digits(8)}")]
        c.add(f, "progress", "GET", "/zbw/api/yzbm/jd?" + qs(q, axios), miniprogram(c))
    for _ in range(14):
        doc = {
            "sfzh": c.idcard(),
            "tjz": c.pick(["贵阳市 征兵 体检站（市 第二人民医院）", "观山湖区 征兵 体检站"]),
            "rq": ymd(c, 3, 30),
            "sd": c.pick(["07:30-09:00", "09:00-10:30"]),
            "kf": True,
        }
        c.add(f, "exam-book", "POST", "/zbw/api/tj/book", web(c, JSON_CT, 0.8), js_json(doc))
    for _ in range(14):
        years = c.num(1, 4)
        fee = c.num(40, 120) * 100
        doc = {
            "xm": c.person(),
            "sfzh": c.idcard(),
            "yx": c.pick(SCHOOLS),
            "xl": c.pick(["本科", "专科"]),
            "xznx": years,
            "njxf": fee,
            "bcje": years * min(fee, TUITION_CAP),
            "dklx": c.pick(["无", "生源地 信用 助学贷款"]),
            "yhkh": bank_card(c),
        }
        c.add(f, "tuition-compensation", "POST", "/zbw/api/xfbc/apply", web(c, JSON_CT, 0.4), js_json(doc))
    for _ in range(14):
        q = [
            (
                "keyword",
                c.pick(
                    ["大学生 入伍 优待", "学费 补偿", "复学", "保留 学籍", "体检 标准 视力", "纹身 能 当兵 吗", "BMI"]
                ),
            ),
            ("page", c.num(1, 3)),
        ]
        c.add(f, "policy-search", "GET", "/zbw/api/zc/search?" + qs(q, axios), web(c, mobile=0.7))
    for _ in range(14):
        doc = {
            "bt": c.pick(["近视 手术 后 多久 可以 报名？", "在校 大学生 服役 后 可以 转 专业 吗？"]),
            "nr": c.pick(
                [
                    "我 2026 年 12 月 做了 全飞秒（SMILE），术后 视力 5.0，想 报名 2027 年 下半年 征兵，符合 "
                    "《应征公民体格检查标准》 吗？",
                    "大二 在读，入伍 两年 后 退役 复学，能否 免试 转入 其他 专业（本校 内）？",
                ]
            ),
            "sjh": c.mobile(),
        }
        c.add(f, "consult", "POST", "/zbw/api/zx/submit", web(c, JSON_CT, 0.7), js_json(doc))
    for _ in range(12):
        q = [("xzqh", c.pick(list(DISTRICTS))), ("lx", "兵役机关")]
        c.add(f, "office-list", "GET", "/zbw/api/byjg/list?" + qs(q, axios), web(c, mobile=0.5))


# --- trade-in-subsidy --------------------------------------------------------------------------------

APPLIANCES = [  # (品类, 品牌 型号, 价格 元)
    ("空调", "格力 KFR-35GW/NhGm1BAj 1.5匹 一级能效", 3299),
    ("冰箱", "海尔 BCD-510WGHTD14S8U1 510L", 4199),
    ("洗衣机", "小天鹅 TG100V88WMUIADY5 10kg", 2599),
    ("电视", "TCL 75T7K 75英寸", 5999),
    ("热水器", "美的 F6033-JA3(HE) 60L", 1599),
    ("电脑", "联想 小新 Pro14 i5-13500H/16G/1T", 5499),
    ("油烟机", "方太 EMC2T+TH28B", 6999),
    ("净水器", "安吉尔 J3411-ROB60 600G", 2899),
]
PHONES = [
    ("手机", "华为 Mate 70 12GB+512GB", 5999),
    ("手机", "小米 15 16GB+512GB", 4999),
    ("平板", "华为 MatePad 11.5 S", 2399),
    ("智能手表", "华为 WATCH GT 5", 1488),
]


def ean13(body12: str) -> str:
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body12))
    return body12 + str((10 - total % 10) % 10)


VIN_VALUES = {
    **{str(d): d for d in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CHARS = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"


def vin(c: Corpus) -> str:
    """A 17-character VIN (GB 16735 / ISO 3779) whose ninth character is its check digit."""
    chars = list(
        c.pick(["LFV", "LSV", "LGB", "LVS", "LBV", "LGX"])
        + c.alnum(5, VIN_CHARS)
        + "0"
        + c.pick("HJKLMNPR")
        + c.alnum(1, VIN_CHARS)
        + c.digits(6)
    )
    r = sum(VIN_VALUES[ch] * w for ch, w in zip(chars, VIN_WEIGHTS, strict=True)) % 11
    chars[8] = "X" if r == 10 else str(r)
    return "".join(chars)


def appliance_subsidy(price: float, grade: int) -> float:
    return min(round(price * (0.20 if grade == 1 else 0.15), 2), 2000)


def digital_subsidy(price: float) -> float:
    return min(round(price * 0.15, 2), 500) if price <= 6000 else 0


@family("trade-in-subsidy")
def trade_in_subsidy(c: Corpus) -> None:
    f = "trade-in-subsidy"
    for _ in range(16):
        doc = {
            "hdid": c.pick(["GZ2027JD01", "GZ2027SM02"]),
            "pl": c.pick(["家电", "手机数码", "家装厨卫"]),
            "sfzh": c.idcard(),
            "sjh": c.mobile(),
            "dw": {"lng": 106.6 + c.num(0, 2000) / 10000, "lat": 26.5 + c.num(0, 2000) / 10000},
        }
        c.add(f, "qualification-claim", "POST", "/yjhx/api/zg/lq", miniprogram(c, "application/json"), js_json(doc))
    for _ in range(16):
        cat, name, _ = c.pick(APPLIANCES)
        code = ean13("69" + c.digits(10))
        q = [("tm", code), ("pl", cat), ("nxdj", c.pick(["1", "2"])), ("sn", c.alnum(16, "0123456789ABCDEF"))]
        c.add(f, "product-verify", "GET", "/yjhx/api/sp/hy?" + qs(q, axios), miniprogram(c))
    for _ in range(20):
        if c.chance(0.7):
            cat, name, price = c.pick(APPLIANCES)
            grade = c.pick([1, 2])
            subsidy = appliance_subsidy(price, grade)
        else:
            cat, name, price = c.pick(PHONES)
            grade = 0
            subsidy = digital_subsidy(price)
        doc = {
            "shbh": f"SH52{c.digits(8)}",
            "zgm": c.alnum(12, "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"),
            "sp": {"pl": cat, "mc": name, "tm": ean13("69" + c.digits(10)), "nxdj": grade, "sj": price},
            "btje": subsidy,
            "sfje": round(price - subsidy, 2),
            "hxsj": f"{c.when():%Y-%m-%d %H:%M:%S}",
        }
        c.add(
            f, "merchant-redeem", "POST", "/yjhx/api/sh/hx", app_headers(c, "yjhx-pos", "2.3.1", JSON_CT), js_json(doc)
        )
    for _ in range(14):
        parts = [
            ("ddh", f"YJ{c.when():%Y%m%d}{c.digits(8)}"),
            ("fp", (f"dzfp_{c.digits(20)}.pdf", "application/pdf", pdf_head(c, c.num(600, 1000)))),
            ("jjzp", (f"IMG_{c.digits(8)}.jpg", "image/jpeg", jpeg(c, c.num(500, 900)))),
        ]
        h, body = upload(c, parts, f"{SITE}/yjhx/sh/upload", 0.2)
        c.add(f, "invoice-upload", "POST", "/yjhx/api/sh/pz", h, body)
    for _ in range(16):
        doc = {
            "sqr": c.person(),
            "sfzh": c.idcard(),
            "jcl": {"vin": vin(c), "hpzl": "02", "djrq": ymd(c, -4000, -800)},
            "bfzm": f"{c.digits(2)}{c.digits(14)}",
            "xcl": {"vin": vin(c), "lx": c.pick(["新能源 乘用车", "燃油 乘用车（2.0L 及以下）"])},
            "btje": 0,
            "yhkh": bank_card(c),
        }
        doc["btje"] = 20000 if doc["xcl"]["lx"].startswith("新能源") else 15000
        c.add(f, "car-scrap-apply", "POST", "/yjhx/api/qc/bfgx", web(c, JSON_CT, 0.5), js_json(doc))
    for _ in range(14):
        q = [("sqbh", f"BT{c.when():%Y%m%d}{c.digits(6)}"), ("sjh", c.mobile())]
        c.add(f, "subsidy-progress", "GET", "/yjhx/api/bt/jd?" + qs(q, axios), miniprogram(c))
    for _ in range(14):
        q = [
            ("xzqh", c.pick(list(DISTRICTS))),
            ("pl", c.pick(["家电", "手机数码", "汽车"])),
            ("keyword", c.pick(["", "苏宁", "国美", "京东 之家", "华为 授权 体验店"])),
            ("page", c.num(1, 4)),
        ]
        c.add(f, "merchant-list", "GET", "/yjhx/api/sh/list?" + qs(q, axios), web(c, mobile=0.8))
    for _ in range(14):
        q = [
            ("bah", f"{c.num(2022, 2027)}{c.digits(2)}-{c.digits(9)}"),
            ("pl", c.pick(["房间空气调节器", "家用电冰箱", "电动洗衣机", "储水式电热水器"])),
            ("xh", c.pick(APPLIANCES)[1].split(" ")[1]),
            ("nxdj", c.pick(["1", "2"])),
        ]
        c.add(f, "energy-label", "GET", "/yjhx/api/nxbs/query?" + qs(q, axios), miniprogram(c))
    for _ in range(14):
        doc = {
            "lx": c.pick(["先涨价 后补贴", "拒绝 使用 补贴", "资格 被 占用"]),
            "shmc": company(c),
            "nr": c.pick(
                [
                    "门店 把 原价 3,299 的 空调 标成 3,899，再 “补贴 20%”，实际 到手 价 比 活动 前 还 贵。",
                    "领取 资格 后 到店，店员 说 “补贴 名额 已满，要 现金 加 200”。",
                ]
            ),
            "sjh": c.mobile(),
        }
        c.add(f, "complaint", "POST", "/yjhx/api/ts/submit", miniprogram(c, "application/json"), js_json(doc))


# --- sports-venue ------------------------------------------------------------------------------------

VENUES = {  # 场馆 编号: (名称, 项目, 单价 元/小时)
    "TY001": ("贵阳 奥林匹克 体育 中心 · 全民健身馆", "羽毛球", 40),
    "TY002": ("观山湖 体育馆", "篮球（半场）", 120),
    "TY003": ("省 游泳 馆", "游泳（成人 单次）", 35),
    "TY004": ("花溪 网球 中心", "网球", 80),
    "TY005": ("南明 全民 健身 中心", "乒乓球", 25),
}
HOURS = [f"{h:02d}:00" for h in range(8, 22)]


@family("sports-venue")
def sports_venue(c: Corpus) -> None:
    f = "sports-venue"
    for _ in range(16):
        q = [("cgbh", c.pick(list(VENUES))), ("rq", ymd(c, 0, 7)), ("_t", c.ms())]
        c.add(f, "venue-slots", "GET", "/qmjs/api/cg/slots?" + qs(q, axios), miniprogram(c))
    for _ in range(18):
        code = c.pick(list(VENUES))
        start = c.num(0, len(HOURS) - 3)
        hours = c.num(1, 2)
        doc = {
            "cgbh": code,
            "cgmc": VENUES[code][0],
            "xm": VENUES[code][1],
            "cd": f"{c.num(1, 12)}号场",
            "rq": ymd(c, 1, 7),
            "kssj": HOURS[start],
            "jssj": HOURS[start + hours],
            "sc": hours,
            "dj": VENUES[code][2],
            "je": hours * VENUES[code][2],
            "yyr": c.person(),
            "sjh": c.mobile(),
        }
        c.add(f, "venue-book", "POST", "/qmjs/api/cg/book", miniprogram(c, "application/json"), js_json(doc))
    for _ in range(16):
        h, m, s = c.num(2, 5), c.num(0, 59), c.num(0, 59)
        doc = {
            "ssid": "GYMALS2027",
            "xm": c.pick(["全程 马拉松", "半程 马拉松", "欢乐跑 5km"]),
            "xm_name": c.person(),
            "zjlx": "身份证",
            "zjhm": c.idcard(),
            "xx": c.pick(["A", "B", "O", "AB", "不详"]),
            "yfcm": c.pick(["S", "M", "L", "XL", "XXL"]),
            "zhcj": f"{h}:{m:02d}:{s:02d}",
            "zhcjss": c.pick(["2026 贵阳 马拉松", "2026 遵义 马拉松（汇川）", "2025 重庆 马拉松"]),
            "jjlxr": {"xm": c.person(), "gx": c.pick(["配偶", "父亲", "朋友"]), "dh": c.mobile()},
        }
        c.add(f, "marathon-signup", "POST", "/qmjs/api/ss/signup", web(c, JSON_CT, 0.7), js_json(doc))
    for _ in range(12):
        parts = [
            ("ssid", "GYMALS2027"),
            ("lx", c.pick(["成绩证书", "体检证明"])),
            ("file", attachment(c, c.pick(["完赛证书", "体检报告"]))),
        ]
        h, body = upload(c, parts, f"{SITE}/qmjs/ss/cert", 0.6)
        c.add(f, "race-cert-upload", "POST", "/qmjs/api/ss/cert", h, body)
    for _ in range(14):
        doc = {
            "zd": c.pick(["省 国民体质 监测 中心", "云岩区 体质 测试 站"]),
            "rq": ymd(c, 1, 14),
            "sd": c.pick(["09:00-10:00", "15:00-16:00"]),
            "nlz": c.pick(["20-39岁", "40-59岁", "60-79岁"]),
            "sfzh": c.idcard(),
        }
        c.add(f, "fitness-test-book", "POST", "/qmjs/api/tz/book", web(c, JSON_CT, 0.7), js_json(doc))
    for _ in range(16):
        cm, kg = c.num(150, 185), round(c.num(450, 900) / 10, 1)
        doc = {
            "zdbm": f"TZ52{c.digits(4)}",
            "csrq": f"{c.when():%Y-%m-%d %H:%M}",
            "sfzh": c.idcard(),
            "sg": cm,
            "tz": kg,
            "bmi": bmi(kg, cm),
            "fhl": c.num(1800, 5200),
            "wl": round(c.num(180, 550) / 10, 1),
            "zwtqq": round(c.num(-50, 250) / 10, 1),
            "bsfy": round(c.num(50, 500) / 10, 1),
        }
        c.add(
            f, "fitness-report", "POST", "/qmjs/api/tz/upload", app_headers(c, "tzjc", "1.8.0", JSON_CT), js_json(doc)
        )
    for _ in range(12):
        fields = [
            ("xm", c.person()),
            ("sfzh", c.idcard()),
            ("xm_js", c.pick(["广场舞", "太极拳", "健身 气功 八段锦", "篮球", "游泳"])),
            ("dj", c.pick(["三级", "二级"])),
            ("fwdd", c.pick(ESTATES)),
        ]
        h = web(c, JQ_FORM, 0.5, f"{SITE}/qmjs/zdy/zc.html", JQ_ACCEPT, True)
        c.add(f, "instructor-register", "POST", "/qmjs/zdy/save.do", h, qs(fields, jq))
    for _ in range(14):
        q = [
            ("keyword", c.pick(["羽毛球", "游泳", "篮球", "免费 开放", "室外 健身 路径"])),
            ("lng", round(106.6 + c.num(0, 2000) / 10000, 6)),
            ("lat", round(26.5 + c.num(0, 2000) / 10000, 6)),
            ("jl", c.pick([1000, 3000, 5000])),
        ]
        c.add(f, "venue-search", "GET", "/qmjs/api/cg/search?" + qs(q, axios), miniprogram(c))
    for _ in range(12):
        doc = {
            "cgbh": c.pick(list(VENUES)),
            "pf": c.num(3, 5),
            "nr": c.pick(
                ["场地 干净 👍，灯光 有点 暗。", "周末 一 “场” 难求 😂 建议 延长 开放 时间 到 22:00", "教练 很 专业 ✔"]
            ),
        }
        c.add(f, "review", "POST", "/qmjs/api/cg/review", miniprogram(c, "application/json"), js_json(doc))


# --- trade-union -------------------------------------------------------------------------------------

UNION_FEE_RATE, UNION_UPLOAD_RATE = 0.02, 0.40


@family("trade-union")
def trade_union(c: Corpus) -> None:
    f = "trade-union"
    for _ in range(16):
        doc = {
            "xm": c.person(),
            "sfzh": c.idcard(),
            "sjh": c.mobile(),
            "gzdw": company(c),
            "jylx": c.pick(["企业 职工", "快递员", "网约车 司机", "外卖 送餐员", "货车 司机"]),
            "rhfs": c.pick(["单位 工会", "行业 工会", "新就业形态 劳动者 “会站家” 入会"]),
            "cn": "本人 自愿 加入 中国工会，承认 《中国工会章程》，履行 会员 义务。",
        }
        c.add(f, "join-apply", "POST", "/ghfw/api/rh/apply", app_headers(c, "zgzj", "5.2.0", JSON_CT), js_json(doc))
    for _ in range(14):
        parts: list = [
            ("sfzh", c.idcard()),
            ("knlx", c.pick(["因病 致困", "因 子女 上学 致困", "因 灾 致困"])),
            ("jtysr", str(c.num(500, 3000))),
            (
                "sm",
                c.pick(
                    [
                        "爱人 2026 年 确诊 肝癌，自付 医疗费 8.6 万（含 靶向药 仑伐替尼）。",
                        "两个 孩子 在 读 大学，年 学费 + 生活费 约 4 万。",
                    ]
                ),
            ),
        ]
        parts.append(("files", attachment(c, "证明材料")))
        h, body = upload(c, parts, f"{SITE}/ghfw/bf/sq.html", 0.5)
        c.add(f, "hardship-apply", "POST", "/ghfw/api/bf/apply", h, body)
    for _ in range(14):
        doc = {
            "tslx": c.pick(["拖欠 工资", "未 缴 社保", "加班 不给 加班费", "违法 解除"]),
            "dwmc": company(c),
            "nr": c.pick(
                [
                    "单位 要求 每周 工作 6 天、每天 10 小时（8:30—20:30，午休 1.5h），从未 支付 加班费；"
                    "《劳动法》第四十四条 规定 “支付 不低于 工资 的 百分之一百五十 的 工资报酬”。",
                    "公司 以 “业绩 不达标” 为由 降薪 30%，未 与 我 协商。",
                ]
            ),
            "sjh": c.mobile(),
        }
        c.add(f, "rights-complaint", "POST", "/ghfw/api/wq/submit", web(c, JSON_CT, 0.6), js_json(doc))
    for _ in range(16):
        doc = {
            "hdid": f"PH2027{c.digits(4)}",
            "lx": c.pick(["观影 券", "职工 体检", "夏送清凉", "金秋 助学"]),
            "hykh": "",
            "sjh": c.mobile(),
        }
        body12 = "623668" + c.digits(12)
        doc["hykh"] = body12 + luhn_digit(body12)
        c.add(f, "benefit-claim", "POST", "/ghfw/api/ph/lq", miniprogram(c, "application/json"), js_json(doc))
    for _ in range(14):
        total = round(c.num(200000, 90000000) / 100, 2)
        fee = round(total * UNION_FEE_RATE, 2)
        doc = {
            "dwmc": company(c),
            "tyxydm": uscc(c),
            "ssq": f"2027-{c.num(1, 12):02d}",
            "gzze": total,
            "bl": UNION_FEE_RATE,
            "bjje": fee,
            "sjbl": UNION_UPLOAD_RATE,
            "sjje": round(fee * UNION_UPLOAD_RATE, 2),
            "zgrs": c.num(5, 900),
        }
        c.add(f, "fee-remit", "POST", "/ghfw/api/jf/bj", web(c, JSON_CT, 0.0), js_json(doc))
    for _ in range(14):
        doc = {
            "ssmc": "2027 年 全省 职工 职业技能 大赛",
            "gz": c.pick(["电工", "焊工", "茶艺师", "网络 安全 管理员", "数控 车工"]),
            "xm": c.person(),
            "sfzh": c.idcard(),
            "dw": company(c),
            "zs": c.pick(["", "高级工", "技师"]),
        }
        c.add(f, "contest-signup", "POST", "/ghfw/api/js/signup", web(c, JSON_CT, 0.4), js_json(doc))
    for _ in range(14):
        q = [
            ("xm", c.pick(["", c.person()])),
            ("ch", c.pick(["全国 劳动模范", "省 劳动模范", "五一劳动奖章"])),
            ("nd", c.pick(["", "2025", "2020"])),
            ("page", c.num(1, 3)),
        ]
        c.add(f, "model-worker-search", "GET", "/ghfw/lmcx/list.do?" + qs(q), web(c, None, 0.3, "", JQ_ACCEPT, True))
    for _ in range(14):
        fields = [("sfzh", c.idcard()), ("hykh", bank_card(c)), ("sjh", c.mobile()), ("yzm", c.digits(6))]
        h = web(c, JQ_FORM, 0.8, f"{SITE}/ghfw/hyk/bd.html", JQ_ACCEPT, True)
        c.add(f, "member-card-bind", "POST", "/ghfw/hyk/bind.do", h, qs(fields, jq))
    for _ in range(12):
        doc = {
            "lxd": c.pick(["荔波 职工 疗休养 基地", "赤水 疗休养 基地", "百里杜鹃"]),
            "pc": f"2027-{c.num(3, 11):02d}",
            "rs": c.num(1, 2),
            "xm": c.person(),
            "sfzh": c.idcard(),
        }
        c.add(
            f, "sanatorium-book", "POST", "/ghfw/api/lxy/book", app_headers(c, "zgzj", "5.2.0", JSON_CT), js_json(doc)
        )


# --- postal-complaint --------------------------------------------------------------------------------

EXPRESS = ["顺丰速运", "中国邮政/EMS", "中通快递", "圆通速递", "韵达速递", "京东物流", "申通快递", "极兔速递"]
S10_WEIGHTS = [8, 6, 4, 2, 3, 5, 9, 7]


def s10(c: Corpus) -> str:
    """A UPU S10 item number: two letters, 8 digits, the check digit and the country code."""
    serial = c.digits(8)
    r = 11 - sum(int(d) * w for d, w in zip(serial, S10_WEIGHTS, strict=True)) % 11
    check = {10: 0, 11: 5}.get(r, r)
    return c.pick(["EA", "EB", "EE", "KA", "CP", "RR"]) + serial + str(check) + "CN"


def waybill(c: Corpus, corp: str) -> str:
    return {
        "顺丰速运": lambda: "SF" + c.digits(12),
        "中国邮政/EMS": lambda: s10(c),
        "中通快递": lambda: "7" + c.pick("358") + c.digits(12),
        "圆通速递": lambda: "YT" + c.digits(13),
        "韵达速递": lambda: c.pick(["43", "46", "31"]) + c.digits(13),
        "京东物流": lambda: "JDVA" + c.digits(11),
        "申通快递": lambda: "77" + c.digits(13),
        "极兔速递": lambda: "JT" + c.digits(13),
    }[corp]()


COMPLAINT_TEXT = [
    ("延误", "{} 寄出 的 快件（{}），显示 “已到达 【贵阳 转运 中心】” 后 5 天 没有 更新，客服 一直 说 “在 催”。"),
    ("丢失短少", "快件 {}（{}）签收 后 发现 外包装 有 二次 封胶 痕迹，少了 一盒 茶叶（都匀毛尖 250g，保价 600 元）。"),
    ("损毁", "{} 运单 {} 里 是 一台 显示器（27 英寸），收到 时 屏幕 碎裂，箱子 有 明显 压痕。"),
    (
        "投递服务",
        "{} 的 快递员 没有 打电话 就 把 {} 放到 驿站，也 没有 经过 我 同意（《快递市场管理办法》第三十七条）。",
    ),
    ("收费", "{} 寄件 时 网点 按 “首重 15 元 + 续重 5 元/kg” 收费，{} 实际 1.2kg，却 收了 30 元。"),
]


@family("postal-complaint")
def postal_complaint(c: Corpus) -> None:
    f = "postal-complaint"
    ref = f"{SITE}/sswz/ss/index.html"
    for _ in range(18):
        corp = c.pick(EXPRESS)
        no = waybill(c, corp)
        reason, tmpl = c.pick(COMPLAINT_TEXT)
        doc = {
            "qymc": corp,
            "ydh": no,
            "ssyy": reason,
            "ssnr": tmpl.format(corp, no),
            "jjr": {"xm": c.person(), "dh": c.mobile(), "dz": f"贵州省贵阳市{c.pick(DISTRICT_NAMES)}{c.pick(ROADS)}"},
            "sjr": {
                "xm": c.person(),
                "dh": c.mobile(),
                "dz": c.pick(["北京市朝阳区", "广东省深圳市南山区", "上海市浦东新区"]),
            },
            "sq": c.pick(["赔偿", "道歉", "尽快 投递"]),
            "pcje": c.pick([0, 200, 600, 1299.0]),
            "ssr": c.person(),
            "sjh": c.mobile(),
        }
        c.add(f, "complaint-submit", "POST", "/sswz/api/ss/submit", web(c, JSON_CT, 0.5, ref), js_json(doc))
    for _ in range(14):
        corp = c.pick(EXPRESS)
        no = waybill(c, corp)
        reason, tmpl = c.pick(COMPLAINT_TEXT)
        fields = [
            ("qymc", corp),
            ("ydh", no),
            ("ssyy", reason),
            ("ssnr", tmpl.format(corp, no)),
            ("lxdh", c.mobile()),
            ("yzm", c.alnum(4, "0123456789")),
        ]
        h = web(c, JQ_FORM, 0.4, ref, JQ_ACCEPT, True)
        c.add(f, "complaint-form", "POST", "/sswz/ss/save.do", h, qs(fields, jq))
    for _ in range(14):
        parts = [
            ("ssbh", f"SS{c.when():%Y%m%d}{c.digits(6)}"),
            ("file", (f"Screenshot_{c.when():%Y%m%d_%H%M%S}.png", "image/png", png(c, c.num(500, 900)))),
            ("file", (f"IMG_{c.digits(8)}.jpg", "image/jpeg", jpeg(c, c.num(500, 900)))),
        ]
        h, body = upload(c, parts, ref, 0.6)
        c.add(f, "evidence-upload", "POST", "/sswz/api/ss/evidence", h, body)
    for _ in range(14):
        q = [("ssbh", f"SS{c.when():%Y%m%d}{c.digits(6)}"), ("cxm", c.alnum(6, "0123456789ABCDEF"))]
        c.add(f, "complaint-query", "GET", "/sswz/api/ss/query?" + qs(q, axios), web(c, mobile=0.6))
    for _ in range(12):
        fields = [
            ("ssbh", f"SS{c.when():%Y%m%d}{c.digits(6)}"),
            ("myd", c.pick(["满意", "基本满意", "不满意"])),
            ("yj", c.pick(["", "处理 及时，已 赔付 600 元。", "企业 只 赔 运费 的 3 倍，不 认可。"])),
        ]
        h = web(c, JQ_FORM, 0.6, ref, JQ_ACCEPT, True)
        c.add(f, "satisfaction", "POST", "/sswz/ss/pj.do", h, qs(fields, jq))
    for _ in range(14):
        q = [
            ("qymc", c.pick(["", "顺丰", "中通", "（贵州）", "速递 有限公司"])),
            ("xkzh", c.pick(["", f"黔邮{c.digits(6)}"])),
            ("page", c.num(1, 4)),
        ]
        c.add(f, "company-query", "GET", "/sswz/api/qy/list?" + qs(q, axios), web(c, mobile=0.3))
    for _ in range(14):
        q = [
            ("xzqh", c.pick(list(DISTRICTS))),
            ("qymc", c.pick(EXPRESS)),
            ("wdlx", c.pick(["末端 网点", "驿站", "智能 快件箱"])),
        ]
        c.add(f, "outlet-search", "GET", "/sswz/api/wd/search?" + qs(q, axios), web(c, mobile=0.5))
    for _ in range(12):
        q = [("dz", f"贵阳市{c.pick(DISTRICT_NAMES)}{c.pick(ROADS)}"), ("lx", "yb")]
        c.add(f, "postcode-query", "GET", "/sswz/yzbm/query.do?" + qs(q), web(c, None, 0.5, "", JQ_ACCEPT, True))
    for _ in range(12):
        q = [
            ("zb", c.pick(["快递业务量", "快递业务收入", "邮政业务总量"])),
            ("sj", f"2027{c.num(1, 12):02d}"),
            ("dq", c.pick(["全省", "贵阳市", "遵义市"])),
            ("dw", c.pick(["万件", "万元"])),
        ]
        c.add(f, "industry-stats", "GET", "/sswz/api/tj/query?" + qs(q, axios), web(c, mobile=0.1))


# --- construction-market -----------------------------------------------------------------------------

QUALIFICATIONS = [
    "建筑工程施工总承包贰级",
    "市政公用工程施工总承包叁级",
    "建筑装修装饰工程专业承包贰级",
    "地基基础工程专业承包壹级",
    "建筑机电安装工程专业承包贰级",
    "工程监理综合资质",
    "工程设计建筑行业甲级",
]
REALNAME_APPID = "gz-smz-2027-0451"
REALNAME_SECRET = "c3f1b0e2a9d84e7f"  # the test device's secret the platform issued (a placeholder, not a real one)


def realname_sign(appid: str, ts: str, nonce: str, body: str) -> str:
    """实名制 平台 signature: HMAC-SHA256(secret, appid + timestamp + nonce + body), hex."""
    return hmac.new(REALNAME_SECRET.encode(), (appid + ts + nonce + body).encode(), hashlib.sha256).hexdigest()


@family("construction-market")
def construction_market(c: Corpus) -> None:
    f = "construction-market"
    ref = f"{SITE}/jzsc/data/comp"
    for _ in range(16):
        q = [
            ("qy_name", c.pick(["", "建工", "（贵州）", "中铁", "路桥"])),
            ("qy_region", c.pick(["520000", "520100"])),
            ("apt_type", c.pick(["", "D"])),
            ("apt_name", c.pick(["", *QUALIFICATIONS])),
            ("pg", c.num(0, 5)),
            ("pgsz", 15),
        ]
        c.add(
            f,
            "company-search",
            "GET",
            "/jzsc/api/webApi/dataservice/query/comp/list?" + qs(q, axios),
            web(c, mobile=0.05, referer=ref),
        )
    for _ in range(12):
        q = [("compId", c.hexs(16)), ("qualCode", f"D252{c.digits(6)}")]
        c.add(
            f,
            "qualification-detail",
            "GET",
            "/jzsc/api/webApi/dataservice/query/comp/caDetailList?" + qs(q, axios),
            web(c, mobile=0.05, referer=ref),
        )
    for _ in range(16):
        q = [
            ("name", c.pick(["", c.person()])),
            ("regNo", c.pick(["", f"黔152{c.digits(9)}"])),
            ("regType", c.pick(["一级注册建造师", "二级注册建造师", "注册监理工程师"])),
            ("pg", c.num(0, 4)),
        ]
        c.add(
            f,
            "registered-person",
            "GET",
            "/jzsc/api/webApi/dataservice/query/staff/list?" + qs(q, axios),
            web(c, mobile=0.05, referer=f"{SITE}/jzsc/data/person"),
        )
    for _ in range(14):
        q = [
            ("prjName", c.pick(["", "安置房", "道路 改造", "学校 建设", "（EPC）"])),
            ("prjNum", c.pick(["", f"{c.pick(list(DISTRICTS))}{c.num(2024, 2027)}{c.digits(4)}01"])),
            ("pg", c.num(0, 4)),
        ]
        c.add(
            f,
            "project-search",
            "GET",
            "/jzsc/api/webApi/dataservice/query/project/list?" + qs(q, axios),
            web(c, mobile=0.05, referer=f"{SITE}/jzsc/data/project"),
        )
    for _ in range(12):
        q = [("compName", company(c)), ("creditType", c.pick(["良好行为", "不良行为", "黑名单"]))]
        c.add(
            f,
            "credit-records",
            "GET",
            "/jzsc/api/webApi/dataservice/query/credit/list?" + qs(q, axios),
            web(c, mobile=0.05),
        )
    for _ in range(16):
        workers = [
            {
                "xm": c.person(),
                "sfzh": c.idcard(),
                "gz": c.pick(["木工", "钢筋工", "混凝土工", "架子工", "电焊工"]),
                "fx": c.pick(["in", "out"]),
                "sj": f"{c.when():%Y-%m-%d %H:%M:%S}",
                "zpid": c.uid(),
            }
            for _ in range(c.num(1, 4))
        ]
        body = js_json({"xmbh": f"XM52{c.digits(10)}", "sbxh": f"ZJ-{c.digits(6)}", "records": workers})
        ts, nonce = str(c.ms()), c.hexs(8)
        h = {
            "User-Agent": "Apache-HttpClient/4.5.14 (Java/1.8.0_402)",
            "Content-Type": JSON_CT,
            "Accept": "application/json",
            "appid": REALNAME_APPID,
            "timestamp": ts,
            "nonce": nonce,
            "sign": realname_sign(REALNAME_APPID, ts, nonce, body),
        }
        c.add(f, "attendance-push", "POST", "/smz/openapi/v1/attendance", h, body)
    for _ in range(16):
        rows = [
            {
                "xm": c.person(),
                "sfzh": c.idcard(),
                "yhkh": bank_card(c),
                "cqts": c.num(18, 31),
                "yfgz": round(c.num(3000, 12000) + c.num(0, 99) / 100, 2),
            }
            for _ in range(c.num(2, 6))
        ]
        for r in rows:
            r["sfgz"] = r["yfgz"]
        doc = {
            "xmbh": f"XM52{c.digits(10)}",
            "zfzh": bank_card(c),
            "gzyf": f"2027-{c.num(1, 12):02d}",
            "rs": len(rows),
            "zje": round(sum(r["sfgz"] for r in rows), 2),
            "mc": rows,
        }
        c.add(f, "wage-roster", "POST", "/smz/api/gzdf/submit", web(c, JSON_CT, 0.0), js_json(doc))
    for _ in range(14):
        doc = {
            "sbbh": f"YC{c.digits(8)}",
            "sj": f"{c.when():%Y-%m-%d %H:%M:%S}",
            "pm25": c.num(8, 120),
            "pm10": c.num(20, 200),
            "zs": round(c.num(450, 850) / 10, 1),
            "wd": round(c.num(-20, 350) / 10, 1),
            "sd": c.num(30, 99),
            "fs": round(c.num(0, 80) / 10, 1),
            "fx": c.pick(["N", "NE", "E", "SE", "S", "SW"]),
        }
        doc["pm10"] = max(doc["pm10"], doc["pm25"])
        h = {
            "User-Agent": "okhttp/3.14.9",
            "Content-Type": "application/json; charset=utf-8",
            "X-Device-Id": doc["sbbh"],
        }
        c.add(f, "dust-monitor", "POST", "/smz/api/yc/data", h, js_json(doc))
    for _ in range(12):
        parts = [
            ("sfzh", c.idcard()),
            ("xmbh", f"XM52{c.digits(10)}"),
            ("file", (f"劳动合同_{c.person()}.pdf", "application/pdf", pdf_head(c, c.num(600, 1100)))),
        ]
        h, body = upload(c, parts, f"{SITE}/smz/ht/upload", 0.1)
        c.add(f, "contract-upload", "POST", "/smz/api/ht/upload", h, body)


# --- talent-recognition ------------------------------------------------------------------------------

JOURNALS = [  # (名称, ISSN 7 digits, DOI 前缀)
    ("Journal of Hydrology", "0022169", "10.1016/j.jhydrol"),
    ("IEEE Transactions on Power Systems", "0885895", "10.1109/TPWRS"),
    ("Nature Communications", "2041172", "10.1038/s41467"),
    ("中国科学：信息科学", "1674726", "10.1360/SSI"),
    ("岩石力学与工程学报", "1000691", "10.13722/j.cnki.jrme"),
    ("Chinese Journal of Chemical Engineering", "1004954", "10.1016/j.cjche"),
    ("Acta Pharmaceutica Sinica B", "2211383", "10.1016/j.apsb"),
]
TALENT_CLASSES = {"A": 1000000, "B": 600000, "C": 300000, "D": 150000, "E": 80000}  # 安居 补贴 (元)
PAPER_TITLES = [
    "Multi-scale karst groundwater modelling in the Guizhou Plateau: a coupled MODFLOW–CFP approach",
    "基于 Transformer 的 短期 电力 负荷 预测 方法",
    "Single-atom Fe–N–C catalysts for oxygen reduction (ORR) in alkaline media",
    "“山地 城市” 隧道 围岩 稳定性 的 数值 分析",
    "Deep learning for tea-leaf disease detection (YOLOv8-s) under field conditions",
]


def issn(body7: str) -> str:
    r = (11 - sum(int(d) * w for d, w in zip(body7, range(8, 1, -1), strict=True)) % 11) % 11
    return f"{body7[:4]}-{body7[4:]}{'X' if r == 10 else r}"


def paper(c: Corpus) -> dict:
    name, body7, prefix = c.pick(JOURNALS)
    year = c.num(2019, 2027)
    authors = [
        c.pick(["Zhang S.", "Li W.", "Wang Y.", "Liu J.", "Chen X.", "Yang H.", "Zhao L.", "Wu Q."])
        for _ in range(c.num(2, 7))
    ]
    return {
        "tm": c.pick(PAPER_TITLES),
        "zz": ", ".join(authors),
        "brpm": c.num(1, len(authors)),
        "txzz": c.chance(0.5),
        "qk": name,
        "issn": issn(body7),
        "doi": f"{prefix}.{year}.{c.num(100000, 999999)}",
        "jqy": f"{c.num(10, 60)}({c.num(1, 12)}):{c.num(1, 900)}-{c.num(901, 999)}",
        "nf": year,
        "tycs": c.num(0, 300),
        "sl": c.pick(["SCI 一区", "SCI 二区", "EI", "CSCD 核心"]),
    }


@family("talent-recognition")
def talent_recognition(c: Corpus) -> None:
    f = "talent-recognition"
    ref = f"{SITE}/rcfw/rd/sb.html"
    for _ in range(18):
        doc = {
            "xm": c.person(),
            "sfzh": c.idcard(),
            "sblb": c.pick(list(TALENT_CLASSES)),
            "dw": company(c),
            "xl": c.pick(["博士研究生", "硕士研究生"]),
            "zc": c.pick(["教授", "研究员", "高级工程师", "副教授"]),
            "lw": [paper(c) for _ in range(c.num(1, 4))],
            "xm_list": [
                {
                    "mc": c.pick(["国家自然科学基金 面上 项目（52179xxx）", "省 科技 支撑 计划 〔2026〕一般 127"]),
                    "js": c.pick(["主持", "参与（排名 3/9）"]),
                }
            ],
        }
        c.add(f, "classify-apply", "POST", "/rcfw/api/rd/apply", web(c, JSON_CT, 0.1, ref), js_json(doc))
    for _ in range(14):
        p = paper(c)
        q = [("doi", p["doi"]), ("issn", p["issn"]), ("tm", p["tm"])]
        c.add(f, "doi-verify", "GET", "/rcfw/api/lw/verify?" + qs(q, axios), web(c, mobile=0.1, referer=ref))
    for _ in range(14):
        parts = [
            ("sbbh", f"RC{c.when():%Y%m%d}{c.digits(5)}"),
            ("cllx", c.pick(["学位证书", "论文 检索 证明", "获奖 证书", "劳动合同"])),
            (
                "file",
                (f"{c.pick(['检索证明', '学位证', '获奖证书'])}.pdf", "application/pdf", pdf_head(c, c.num(700, 1300))),
            ),
        ]
        h, body = upload(c, parts, ref, 0.1)
        c.add(f, "material-upload", "POST", "/rcfw/api/rd/file", h, body)
    for _ in range(14):
        cls = c.pick(list(TALENT_CLASSES))
        doc = {
            "rczh": f"GZRC{cls}{c.digits(6)}",
            "lb": cls,
            "btje": TALENT_CLASSES[cls],
            "sfzh": c.idcard(),
            "gfht": f"GY{c.num(2026, 2027)}{c.digits(7)}",
            "fwzl": f"{c.pick(ESTATES)}{c.num(1, 20)}栋{c.num(101, 3202)}",
            "yhkh": bank_card(c),
        }
        c.add(f, "housing-subsidy", "POST", "/rcfw/api/aj/apply", web(c, JSON_CT, 0.3), js_json(doc))
    for _ in range(14):
        doc = {
            "rczh": f"GZRC{c.pick(list(TALENT_CLASSES))}{c.digits(6)}",
            "xm": c.person(),
            "sfzh": c.idcard(),
            "fwxq": c.sample(["子女 入学", "配偶 就业", "医疗 绿色 通道", "人才 公寓"], 2),
            "yjdz": c.pick(ESTATES),
        }
        c.add(f, "talent-card", "POST", "/rcfw/api/rck/apply", miniprogram(c, "application/json"), js_json(doc))
    for _ in range(14):
        q = [("sbbh", f"RC{c.when():%Y%m%d}{c.digits(5)}"), ("sfzh", c.idcard())]
        c.add(f, "progress", "GET", "/rcfw/api/rd/jd?" + qs(q, axios), web(c, mobile=0.5))
    for _ in range(14):
        q = [
            (
                "keyword",
                c.pick(["A 类 人才 认定 标准", "安家 补贴", "“黔灵 英才”", "博士后 生活 补助", "人才 公寓 租金"]),
            ),
            ("wh", c.pick(["", "黔人才办发〔2026〕3号"])),
            ("page", c.num(1, 3)),
        ]
        c.add(f, "policy-search", "GET", "/rcfw/api/zc/search?" + qs(q, axios), web(c, mobile=0.4))
    for _ in range(12):
        doc = {
            "dwmc": company(c),
            "tyxydm": uscc(c),
            "szlx": c.pick(["博士后 科研 工作站", "博士后 创新 实践 基地"]),
            "yjfx": c.pick(["喀斯特 地区 水资源", "大数据 安全", "中药 民族药 研发"]),
            "dsrs": c.num(2, 8),
            "yfjf": round(c.num(50, 2000) * 1.0, 1),
        }
        c.add(f, "postdoc-station", "POST", "/rcfw/api/bsh/apply", web(c, JSON_CT, 0.0), js_json(doc))
    for _ in range(12):
        q = [
            ("ly", c.pick(["电子信息", "生物医药", "新材料", "现代农业"])),
            ("zc", c.pick(["", "正高级"])),
            ("xm", c.pick(["", c.person()])),
            ("page", 1),
        ]
        c.add(f, "expert-search", "GET", "/rcfw/zjk/list.do?" + qs(q), web(c, None, 0.1, "", JQ_ACCEPT, True))


# --- generation, check and files -------------------------------------------------------------------


def gen() -> list[dict]:
    return generate(Corpus(SEED), FAMILIES)


def check(rec: dict) -> list[str]:
    """What is wrong with one record as an HTTP request (empty: nothing): tests/waf/data/corpus_kit.py."""
    return check_record(rec, SOURCES)


if __name__ == "__main__":
    write_corpus(gen(), check, split, TUNING_FILE, HELD_OUT_FILE, len(FAMILIES))
