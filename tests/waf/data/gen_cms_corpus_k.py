"""Generate corpus K: an ELEVENTH set of ordinary requests to Chinese government sites, independent of A-J.

    python tests/waf/data/gen_cms_corpus_k.py   # writes cms_k_tuning.jsonl and cms_k_heldout.jsonl next to it

Why an eleventh corpus: each fresh corpus so far has found kinds of ordinary traffic the earlier ones lacked,
and K measures the WAF's false positives on traffic no tuning round has seen. A-J cover a site's own pages,
CMS products, widgets, browser reports, citizen services, business back ends, machine-to-machine pushes, 国密
forms, gateways, registries, workflow, devices, signalling, signatures, buses and clouds. Corpus K covers
what the 政务 sites of a province also serve and none of them has: the 少数民族语言 editions of government
portals (藏文, 维吾尔文, 传统蒙古文, 彝文 and 朝鲜文 search, pages, comments and letters, UTF-8
percent-encoded); 专利 and 商标 search of 国家知识产权局 and local 知识产权公共服务平台 (expert-search
expressions with field codes, AND/OR/NOT, brackets, wildcards and date ranges; 申请号 check digits; 类似群);
电子税务局 and 全国增值税发票查验平台 (JSONP 查验 with 发票代码/号码/日期/金额/校验码, 数电票, 开票, 申报,
个税); 医保 services (医保电子凭证, 异地就医备案, 定点医药机构 and 药品比价); 国际贸易单一窗口 报关单 (HS codes,
申报要素 joined by |, amounts and units, 原产地证); 科技项目申报 systems (申报书 with LaTeX and MathML
formulas, GB/T 7714 references, budget tables); 企业年报 填报 of 国家企业信用信息公示系统; 民政 services
(婚姻登记 预约, 养老机构, 社会组织 年检, 殡葬); 安全生产 隐患 举报 and 应急管理 报送 (photos, GPS, prose);
施工图 审查 and BIM (DWG, IFC STEP text, PDF, chunked uploads, 审查意见 replies); 教育 题库/作业/学籍 (math,
chemistry equations, English passages); and 排污许可 (许可证 申请, 自行监测 数据, 执行报告). ``SOURCES`` names
the public material each family's URLs, parameters, headers and bodies follow; values are generated
deterministically (``SEED``); HOST is a placeholder the evaluation replaces. Where a service checks a value
(专利申请号 and 公民身份号码 check digits, 统一社会信用代码 check characters, 报关单号 structure, 发票 keys,
sums of budgets, tax and balance sheets, chunk MD5s) the generator computes it for real, so the fast tests
can check the requests the way the receiving servers would.

Each request is one JSONL record as in corpora A-J (method, path, headers, body or body_b64) tagged with its
``family``, ``shape``, ``source`` and ``label`` = family/shape, and passes corpus_kit.check_record.

THE SPLIT is corpus_kit.HashSplit's rule with the salt "corpus-k/", decided and written down here before the
corpus was generated and before anything was evaluated (no WAF result on K was seen by its author; docs/waf.md,
held-out discipline): the three families whose sha256("corpus-k/<family>") hex digests sort first are held out
whole, and no tuning may see them; in every other family a (family, shape) group is held out when
sha256("corpus-k/<family>/<shape>") has a first byte divisible by 4; everything else is the tuning part. Made
once; never re-split, edited or regenerated to pass.
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # run as a script from anywhere

from tests.waf.data import gen_cms_corpus_j as corpus_j
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
    FORM,
    JQ_ACCEPT,
    JQ_FORM,
    JSON_CT,
    axios,
    form,
    jpeg,
    jq,
    js_json,
    qs,
    uri,
)
from tests.waf.data.gen_cms_corpus_f import (  # F's value pools and helpers
    DISTRICT_NAMES,
    DISTRICTS,
    ROADS,
    company,
    pdf_head,
    tool_headers,
    uscc,
)

TUNING_FILE, HELD_OUT_FILE = part_files("k")
SEED = 20280509
SALT = "corpus-k/"

SOURCES = {
    "minority-script-portal": "少数民族文字版 政府门户 (西藏 藏文版, 新疆 维吾尔文版, 内蒙古 蒙古文版, 凉山州 "
    "彝文版, 延边州 朝鲜文版): 站内检索 (searchWord/q with UTF-8 percent-encoded 藏文 U+0F00-0FFF, 维吾尔文 Arabic "
    "script, 传统蒙古文 U+1800-18AF with NNBSP and MVS, 彝文 U+A000-A48F, 한글), 检索联想, 新闻 pages and 政策 "
    "文件库, 留言 评论, 领导信箱/写信 forms in those scripts, 信件 查询, and the web fonts these editions load "
    "(Himalaya/Qomolangma, UKIJ, Menksoft, Nuosu SIL, Noto Sans KR); Unicode 15 blocks and GB/T 22238/26235/25914 "
    "script standards",
    "ip-patent-search": "国家知识产权局 专利检索及分析系统 and 地方 知识产权公共服务平台 (expert-search 检索式 with "
    "field codes TI= AB= CLM= PA= IN= IPC= CPC= AD= PD= AN= PN=, AND/OR/NOT, nested brackets, ? and * wildcards, "
    "date ranges [20200101 TO 20231231]), IPC 分类号 (H01M10/0525), 专利 详情 and 法律状态 by 申请号 (12 digits + "
    "check digit, mod 11, 《专利申请号标准》ZC 0006-2003), 商标网上查询 (国际分类 1-45, 类似群 codes such as 0901 "
    "3501 4220 per 《类似商品和服务区分表》, 近似查询/相同查询, 注册号 详情), saved 检索式",
    "tax-invoice": "全国增值税发票查验平台 (inv-veri.chinatax.gov.cn: JSONP /NWebQuery/yzmQuery and "
    "/NWebQuery/vatQuery with callback, key1 发票代码, key2 发票号码, key3 开票日期, key4 金额 or 校验码后6位, fplx, "
    "yzm, yzmSj, index, publickey), 数电票 (全面数字化的电子发票 20-digit 号码: 年度 + 省代码 + 渠道 + 序号), "
    "电子税务局 (开票 lines with *分类简称*名称, 税率, 税额; 增值税申报 销项/进项/应纳税额; 发票 勾选 确认), "
    "个人所得税 APP/Web 收入纳税明细 查询 and 专项附加扣除 填报",
    "medical-insurance-service": "国家医保服务平台 (fuwu.nhsa.gov.cn /ebus/fuwu/api/nthl/api/...: "
    "定点医疗机构/定点零售药店 查询, 异地就医备案 申请 (备案类型 异地长期居住/常驻异地工作/异地转诊/临时外出就医, "
    "参保地/就医地 行政区划, 开始/结束日期) and 备案 查询/撤销; X-Tif-Paasid/Signature/Timestamp/Nonce headers), "
    "医保电子凭证 (ecQrCode 扫码 by 定点机构 HIS, ecToken), 医保药品比价 (药品名称 with 规格 0.25g×24片, 注射液 "
    "2ml:0.1g, 包装), 报销 记录, 家庭共济 绑定",
    "single-window-customs": "中国国际贸易单一窗口 货物申报 (报关单 decHead/decLists JSON: 统一编号, 报关单号 = 关区 "
    "+ 年份 + 进出口标志 + 序号, 申报地海关, 监管方式 0110/1210/9610, 成交方式, 运费/保费, 毛重/净重, 件数, "
    "包装种类; 商品 codeTs 10-digit HS, gName, gModel 申报要素 values joined by | per "
    "《中华人民共和国海关进出口商品规范申报目录》, gQty, gUnit, declPrice, declTotal, tradeCurr), 商品编码 查询, "
    "随附单证 uploads, 原产地证书 申请 (RCEP, FTA), 税费 估算 and 报关单 查询",
    "sci-project-apply": "国家科技管理信息系统 and 省 科技计划项目 申报系统 (申报书 sections "
    "立项依据/研究内容/技术路线 as rich HTML with LaTeX $...$ and \\(...\\) formulas, MathML <math> from the formula "
    "editor, 参考文献 in GB/T 7714-2015 style with [J] [M] [C] [D] [P] [S] markers and DOI, 经费预算 表 (设备费, "
    "业务费, 劳务费, 间接费用 sums, 万元), 项目组成员 with 身份证, 申报指南 search, 附件 uploads PDF/DOCX, 查重 "
    "requests)",
    "enterprise-annual-report": "国家企业信用信息公示系统 企业年度报告 填报 (《企业信息公示暂行条例》: 企业基本信息, "
    "网站或网店信息 (类型, 名称, 网址), 股东及出资信息 (认缴/实缴 出资额, 出资时间, 出资方式), 资产状况信息 "
    "(资产总额, 所有者权益合计, 负债总额, 营业总收入, 利润总额, 净利润, 纳税总额, 公示/不公示), "
    "对外提供保证担保信息, 股权变更信息, 社保信息 (参保人数, 缴费基数), 个体工商户 年报, 年报 提交)",
    "civil-affairs-service": "全国婚姻登记 网上预约 (登记机关, 预约日期 and 时段, 男方/女方 身份证件, 登记类型 "
    "结婚/离婚/补领), 全国养老服务信息系统 养老机构 查询 (床位, 收费, 护理等级) and 高龄津贴 申请, "
    "全国社会组织信用信息公示平台 and 社会组织 年检 (年度工作报告, 业务活动, 财务数据), 殡葬 服务 (惠民殡葬 补贴, "
    "殡仪 预约, 公墓 查询), 民政 一网通办 事项",
    "work-safety-report": "应急管理部 12350 安全生产举报 and 省 应急管理 平台: 隐患 举报 with multipart JPEG photos, "
    "GPS 坐标 (WGS84/GCJ-02 lng/lat from the browser or 微信 JS-SDK), 行业领域, 举报内容 prose; 举报 进度 查询; 企业 "
    "隐患 自查 上报 (隐患等级, 整改措施, 整改期限), 自然灾害 灾情 报送 (《自然灾害情况统计调查制度》 受灾人口, "
    "倒损房屋, 直接经济损失), 应急预案 备案 uploads, 举报 奖励 申领, 附近 避难场所 查询",
    "drawing-review": "施工图 联合审查 / 数字化审图 系统 and BIM 审查 平台: uploads of DWG (AutoCAD AC1027/AC1032 "
    "headers), IFC (ISO 10303-21 STEP text: HEADER, FILE_SCHEMA(('IFC2X3'|'IFC4')), DATA with \\X2\\ encoded names), "
    "PDF 图纸; chunked uploads (chunkNumber, totalChunks, identifier, chunk MD5), 审查意见 回复 (条文 such as GB "
    "50016-2014（2018年版）第 5.5.17 条, 强条, 修改说明), 项目 登记, 图纸 目录 and 审查 进度 查询",
    "edu-homework": "省 智慧教育平台 / 在线作业 and 题库 systems and 全国中小学生学籍信息管理系统: 题目 search with "
    "math (≤ ≥ ≠ √ x^2 π ∠ △, fractions), 作答 submits with LaTeX, 化学方程式 (2H₂ + O₂ =点燃= 2H₂O, ↑ ↓), English "
    "reading passages and essays with quotes and apostrophes, 作业 photo uploads (JPEG), 错题本, 学籍 转学 申请 "
    "(学籍号 G + 身份证号), 成绩 查询",
    "pollution-permit": "全国排污许可证管理信息平台 (permit.mee.gov.cn): 排污许可证 申请 (许可证编号 = "
    "统一社会信用代码 + 3-digit 序号 + P/X, 行业类别, 排放口 编号 DA001/DW001 with 经纬度, 污染物 种类, 许可排放浓度 "
    "mg/m³ and 执行标准 GB 16297-1996, GB 13223-2011), 排污登记, 自行监测 数据 上报 (HJ 819-2017), 执行报告 "
    "(年报/季报), 信息公开 查询, 附件 uploads",
}

SPLIT = HashSplit(SALT, SOURCES)  # the rule in the docstring (tests/waf/data/corpus_kit.py)
split, HELD_OUT_FAMILIES = SPLIT.split, SPLIT.held_out_families  # split(reqs): (tuning part, held-out part)


# --- the corpus: J's (and so I's, H's, G's and F's), recording K's sources ----------------------------


class Corpus(corpus_j.Corpus):
    """J's corpus (values, browsers, header order; SourceTagged already): requests are tagged with K's sources."""

    sources = SOURCES


FAMILIES: dict[str, Callable[[Corpus], None]] = {}
family = family_registry(FAMILIES)

ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def idcard_sex(c: Corpus, male: bool, born_from: int = 1960, span_days: int = 15000) -> str:
    """A 公民身份号码 whose 17th digit says the holder's sex (odd: male), with its GB 11643 check digit."""
    born = datetime(born_from, 1, 1) + timedelta(days=c.num(0, span_days))
    seq = c.num(10, 99) * 10 + c.pick([1, 3, 5, 7, 9] if male else [0, 2, 4, 6, 8])
    body = f"{c.pick(list(DISTRICTS))}{born:%Y%m%d}{seq:03d}"
    return body + "10X98765432"[sum(int(d) * w for d, w in zip(body, ID_WEIGHTS, strict=True)) % 11]


def money(c: Corpus, lo: int, hi: int) -> float:
    """An amount in 元 (or 万元) with cents."""
    return round(c.num(lo * 100, hi * 100) / 100, 2)


def lnglat(c: Corpus) -> tuple[float, float]:
    """A point in 贵州 (lng 103.6-109.5, lat 24.6-29.2), six decimals as the browsers report them."""
    return round(c.num(1036000, 1095000) / 10000 + c.num(0, 99) / 10**6, 6), round(
        c.num(246000, 292000) / 10000 + c.num(0, 99) / 10**6, 6
    )


# --- minority-script-portal -----------------------------------------------------------------------------

NNBSP, MVS = "\u202f", "\u180e"  # 蒙古文: the narrow no-break space before case suffixes, the vowel separator
SCRIPTS = {  # edition: (path, Accept-Language, search terms, letter titles, letter texts, comments, font)
    "bo": (
        "/zangwen",
        "bo-CN,bo;q=0.9,zh-CN;q=0.8,zh;q=0.7",
        [
            "སྲིད་ཇུས་འགྲེལ་བཤད།",
            "སློབ་གསོ།",
            "འཕྲོད་བསྟེན།",
            "ཞིང་འབྲོག་པ།",
            "ལས་ཞུགས།",
            "སྤྱི་ཚོགས་འགན་ལེན།",
            "བོད་ལྗོངས་རང་སྐྱོང་ལྗོངས་མི་དམངས་སྲིད་གཞུང་།",
            "གསར་འགྱུར།",
        ],
        ["ལམ་བཟོ་བའི་གནད་དོན།", "སློབ་གྲྭའི་སྐོར།", "འཚོ་རྟེན་ཕྱུགས་ཟས་ཀྱི་སྐོར།"],
        [
            "གུས་པར་འོས་པའི་ཁྲིད་འཛིན་ལགས། ངེད་ཚོའི་གྲོང་གསེབ་ཏུ་ལམ་བཟོ་བའི་གནད་དོན་ཞིག་ཞུ་རྒྱུ་ཡོད། ཐུགས་རྗེ་ཆེ།",
            "ངའི་བུ་ཆུང་སློབ་གྲྭར་འཛུལ་རྒྱུའི་ཐོ་འགོད་ཀྱི་ལག་ལེན་ཇི་ལྟར་བྱེད་དགོས་སམ། ཐུགས་རྗེ་ཆེ།",
            "ཞིང་འབྲོག་པའི་འཕྲོད་བསྟེན་ཉེན་འགོག་གི་སྐོར་ལ་དྲི་བ་ཞིག་ཡོད། (ཁྱིམ་ཚང་ ༣ / ༢༠༢༧)",
        ],
        ["ཡག་པོ་འདུག ཐུགས་རྗེ་ཆེ།", "བཀྲ་ཤིས་བདེ་ལེགས།", "སྲིད་ཇུས་འདི་ཧ་ཅང་ཕན་ཐོགས་ཆེ།"],
        "Qomolangma-UchenSarchung.woff2",
    ),
    "ug": (
        "/wyw",
        "ug-CN,ug;q=0.9,zh-CN;q=0.8,zh;q=0.7",
        [
            "سىياسەت ئىزاھاتى",
            "مائارىپ",
            "ساغلاملىق",
            "ئىشقا ئورۇنلىشىش",
            "ئىجتىمائىي كاپالەت",
            "دېھقانچىلىق",
            "تۇرالغۇ",
            "شىنجاڭ ئۇيغۇر ئاپتونوم رايونلۇق خەلق ھۆكۈمىتى",
        ],
        ["ئىچىملىك سۇ مەسىلىسى", "مەكتەپكە كىرىش ھەققىدە", "داۋالىنىش سۇغۇرتىسى توغرىسىدا"],
        [
            "ھۆرمەتلىك رەھبەر، مەن كەنتىمىزدىكى ئىچىملىك سۇ مەسىلىسىنى ئىنكاس قىلماقچىمەن. رەھمەت!",
            "بالامنى مەكتەپكە تىزىملىتىش ئۈچۈن قانداق ماتېرىياللار كېرەك؟ (2027-يىلى)",
            "داۋالىنىش سۇغۇرتىسى پۇلىنى تاپشۇرۇش ۋاقتى قاچان ئاخىرلىشىدۇ؟ «يېزا-كەنت» ئاھالىلىرى ئۈچۈن.",
        ],
        ["ناھايىتى ياخشى، رەھمەت!", "بۇ سىياسەت بىزگە پايدىلىق.", "قوللايمەن 👍"],
        "UKIJTuzTom.woff2",
    ),
    "mn": (
        "/mgw",
        "zh-CN,zh;q=0.9,mn;q=0.8",
        [
            "ᠮᠡᠳᠡᠭᠡ",
            f"ᠪᠣᠳᠣᠯᠭ{MVS}ᠠ",
            "ᠰᠤᠷᠭᠠᠨ ᠬᠦᠮᠦᠵᠢᠯ",
            "ᠡᠷᠡᠭᠦᠯ ᠮᠡᠨᠳᠦ",
            "ᠮᠠᠯᠴᠢᠨ",
            f"ᠨᠡᠶᠢᠭᠡᠮ{NNBSP}ᠦᠨ ᠳᠠᠭᠠᠳᠬᠠᠯ",
            f"ᠥᠪᠥᠷ ᠮᠣᠩᠭᠣᠯ{NNBSP}ᠤᠨ ᠥᠪᠡᠷᠲᠡᠭᠡᠨ ᠵᠠᠰᠠᠬᠤ ᠣᠷᠤᠨ",
        ],
        ["ᠮᠠᠯᠴᠢᠨ ᠤ ᠠᠰᠠᠭᠤᠳᠠᠯ", f"ᠰᠤᠷᠭᠠᠭᠤᠯᠢ{NNBSP}ᠶᠢᠨ ᠲᠤᠬᠠᠢ"],
        [
            f"ᠬᠦᠨᠳᠦᠲᠦ ᠤᠳᠤᠷᠢᠳᠤᠯ ᠠ᠂ ᠮᠠᠨ{NNBSP}ᠤ ᠭᠠᠴᠠᠭ{MVS}ᠠ{NNBSP}ᠶᠢᠨ ᠵᠠᠮ ᠮᠠᠭᠤᠳᠠᠭᠰᠠᠨ ᠪᠠᠢᠨ᠎ᠠ᠃",
            f"ᠮᠠᠯᠴᠢᠨ ᠤ ᠳᠠᠭᠠᠳᠬᠠᠯ{NNBSP}ᠤᠨ ᠲᠤᠬᠠᠢ ᠠᠰᠠᠭᠤᠯᠲᠠ ᠪᠠᠢᠨ᠎ᠠ᠃ ᠪᠠᠶᠠᠷᠯᠠᠯ᠎ᠠ᠃",
        ],
        ["ᠰᠠᠢᠨ ᠪᠠᠢᠨ᠎ᠠ᠃", "ᠪᠠᠶᠠᠷᠯᠠᠯ᠎ᠠ᠃"],
        "MenksoftQagan.woff2",
    ),
    "ii": (
        "/yiwen",
        "zh-CN,zh;q=0.9",
        ["ꆈꌠꁱꂷ", "ꆈꌠ ꉙꌠ", "ꌧꃅ ꁨꆹ", "ꆈꌠꉙ 政策", "ꇁꎭ", "ꊿꂷ ꑋꆹ"],
        ["ꆈꌠꁱꂷ ꅇꂘ", "ꇁꎭ ꊿꂷ"],
        [
            "ꆈꌠꁱꂷ ꌧꃅ ꁨꆹ ꉙꌠ ꇁꎭ ꊿꂷ。我们村的路需要修一下。",
            "ꆈꌠ ꉙꌠ ꊿꂷ ꑋꆹ（彝汉双语）咨询 低保 办理。",
        ],
        ["ꆈꌠꁱꂷ ꁨꆹ", "ꉙꌠ 👍"],
        "NuosuSIL-Regular.woff2",
    ),
    "ko": (
        "/chaowen",
        "ko-KR,ko;q=0.9,zh-CN;q=0.8,zh;q=0.7",
        [
            "정책해석",
            "교육",
            "의료보험",
            "취업",
            "사회보장",
            "연변조선족자치주인민정부",
            "주장에게 보내는 편지",
            "조선어",
        ],
        ["마을 도로 보수 문제", "자녀 입학 문의", "의료보험 납부 기간"],
        [
            "존경하는 주장님, 저희 마을(연길시 ○○진) 도로 보수 문제에 대해 말씀드리고자 합니다. "
            "비가 오면 통행이 어렵습니다.",
            "한국에서 귀국한 후 의료보험을 어떻게 다시 가입하나요? 필요한 서류를 알려주세요.",
            '조선어 학교 입학 신청은 언제부터 가능한가요? "2027년 가을학기" 기준입니다.',
        ],
        ["좋은 정책입니다! 감사합니다.", "응원합니다 👍", "자세한 안내 부탁드립니다."],
        "NotoSansKR-Regular.woff2",
    ),
}


@family("minority-script-portal")
def minority_script_portal(c: Corpus) -> None:
    f = "minority-script-portal"

    def edition() -> tuple[str, tuple]:
        lang = c.pick(list(SCRIPTS))
        return lang, SCRIPTS[lang]

    def page(b, lang: str, base: str, kind: str = "xhr", **kw) -> dict[str, str]:
        h = c.headers(b, kind=kind, referer=f"{SITE}{base}/index.html", **kw)
        if lang in {"bo", "ug", "ko"} and c.chance(0.5):
            h["Accept-Language"] = SCRIPTS[lang][1]
        return h

    for _ in range(22):  # TRS-style site search inside the edition
        lang, (base, _, terms, *_rest) = edition()
        b = c.browser(0.5)
        q = [("searchWord", c.pick(terms)), ("siteCode", f"{lang.upper()}0001"), ("column", c.pick(["全部", "all"]))]
        q += [("pageSize", 10), ("pageNum", c.num(1, 3)), ("orderBy", c.pick(["relevance", "time"]))]
        c.add(f, "site-search", "GET", f"{base}/search/s?" + qs(q, uri), page(b, lang, base, kind="nav"))
    for _ in range(18):  # the search box's suggestions while the user types
        lang, (base, _, terms, *_rest) = edition()
        term = c.pick(terms)
        q = [("kw", term[: max(1, len(term) // 2)]), ("siteCode", f"{lang.upper()}0001"), ("_", c.ms())]
        c.add(f, "search-suggest", "GET", f"{base}/search/suggest?" + qs(q, jq), page(c.browser(0.5), lang, base))
    for _ in range(20):  # news and 政策 pages of the edition
        lang, (base, *_rest) = edition()
        y, m = c.num(2026, 2027), c.num(1, 12)
        col = c.pick(["xw", "zc", "zwgk", "bsfw", "tpxw"])
        path = f"{base}/{col}/{y}{m:02d}/t{y}{m:02d}{c.num(1, 28):02d}_{c.num(10**6, 10**7)}.html"
        c.add(f, "article-view", "GET", path, page(c.browser(0.6), lang, base, kind="nav"))
    for _ in range(22):  # 领导信箱 in the edition's script
        lang, (base, _, _, titles, texts, *_rest) = edition()
        b = c.browser(0.6)
        fields = [
            ("mailType", c.pick(["zixun", "jianyi", "tousu"])),
            ("title", c.pick(titles)),
            ("content", c.pick(texts)),
            ("name", c.person()),
            ("phone", c.mobile()),
            ("address", c.pick(["", f"{c.pick(DISTRICT_NAMES)}{c.pick(ROADS)}{c.num(1, 200)}号"])),
            ("isPublic", c.pick(["0", "1"])),
            ("lang", lang),
            ("verifyCode", c.alnum(4, "abcdefghjkmnpqrstuvwxyz23456789")),
        ]
        h = page(b, lang, base, ctype=JQ_FORM, accept=JQ_ACCEPT, xrw=True)
        c.add(f, "letter-submit", "POST", f"{base}/ldxx/api/letter/save", h, qs(fields, jq))
    for _ in range(14):  # 信件 查询 by its number and 查询码
        lang, (base, *_rest) = edition()
        q = [("letterNo", f"{lang.upper()}{c.when():%Y%m%d}{c.digits(4)}"), ("queryCode", c.alnum(6)), ("lang", lang)]
        c.add(f, "letter-query", "GET", f"{base}/ldxx/api/letter/query?" + qs(q), page(c.browser(0.5), lang, base))
    for _ in range(18):  # 留言 under a news page
        lang, (base, _, _, _, _, comments, _) = edition()
        doc = {"articleId": c.num(10**6, 10**7), "content": c.pick(comments), "nickName": c.person(), "lang": lang}
        h = page(c.browser(0.7), lang, base, ctype=JSON_CT, accept=AXIOS_ACCEPT)
        c.add(f, "comment-post", "POST", f"{base}/api/comment/add", h, js_json(doc))
    for _ in range(16):  # 政策 文件库 with filters
        lang, (base, _, terms, *_rest) = edition()
        doc = {
            "keyword": c.pick(terms),
            "docType": c.pick(["", "规章", "规范性文件", "政策解读"]),
            "year": c.pick(["", "2026", "2027"]),
            "lang": lang,
            "page": {"current": c.num(1, 4), "size": 15},
        }
        h = page(c.browser(0.3), lang, base, ctype=JSON_CT, accept=AXIOS_ACCEPT)
        c.add(f, "policy-search", "POST", f"{base}/api/policy/search", h, js_json(doc))
    for _ in range(14):  # the web font each edition's CSS loads
        lang, (base, *_rest, font) = edition()
        b = c.browser(0.5)
        h = c.headers(b, accept="*/*", referer=f"{SITE}{base}/css/style.css", cookie=False)
        if "Sec-Fetch-Dest" in h:
            h["Sec-Fetch-Dest"] = "font"
        c.add(f, "webfont", "GET", f"{base}/fonts/{font}", h)


# --- ip-patent-search -----------------------------------------------------------------------------------

PATENT_TOPICS = [
    ("锂电池", "正极材料", "宁德时代新能源科技股份有限公司", "H01M10/0525", "H01M4/525"),
    ("大数据", "数据中心 冷却", "贵州电网有限责任公司", "G06F16/2458", "H05K7/20"),
    ("茶叶", "杀青 工艺", "贵州湄潭兰馨茶业有限公司", "A23F3/06", "A23F3/12"),
    ("白酒", "窖泥 微生物", "中国贵州茅台酒厂(集团)有限责任公司", "C12G3/02", "C12H6/02"),
    ("桥梁", "斜拉索 检测", "贵州桥梁建设集团有限责任公司", "E01D19/16", "G01N29/04"),
    ("无人机", "巡检 图像识别", "贵州大学", "G06V20/17", "B64U101/30"),
    ("磷石膏", "综合利用", "贵州磷化(集团)有限责任公司", "C04B11/26", "C01F11/46"),
]
IPC_CODES = ["H01M10/0525", "G06F16/2458", "A23F3/06", "C12G3/02", "E01D19/16", "G06V20/17", "C04B11/26", "G06N3/08"]
TM_GROUPS = {  # 国际分类 class: 类似群 codes of the 区分表
    "09": ["0901", "0907", "0910", "0913"],
    "30": ["3002", "3006", "3007", "3010"],
    "33": ["3301"],
    "35": ["3501", "3502", "3503", "3506"],
    "41": ["4101", "4102", "4105"],
    "42": ["4209", "4216", "4220"],
}
TM_NAMES = ["黔小茶", "山地云", "苗绣坊", "多彩贵州", "JIANG'S", "酱香1935", "云上贵州", "爽爽贵阳", "GZ-Cloud", "黔牛"]
APP_WEIGHTS = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]


def patent_app_no(c: Corpus) -> str:
    """A 专利申请号: year, type (1 发明, 2 实用新型, 3 外观设计, 8/9 PCT), 7-digit serial, '.', mod-11 check digit."""
    body = f"{c.num(2016, 2027)}{c.pick('12389')}{c.num(0, 9999999):07d}"
    check = sum(int(d) * w for d, w in zip(body, APP_WEIGHTS, strict=True)) % 11
    return f"{body}.{'X' if check == 10 else check}"


def expert_exp(c: Corpus) -> str:
    """A 检索式 as users write them: field codes, boolean operators, brackets, wildcards, ranges."""
    word, tech, applicant, ipc, ipc2 = c.pick(PATENT_TOPICS)
    y0 = c.num(2015, 2022)
    return c.pick(
        [
            f"TI=({word} AND {tech.split()[0]}) AND PA=({applicant})",
            f"(TI=({word}) OR AB=({word} AND {tech})) AND IPC=({ipc[:4]}*) AND AD=[{y0}0101 TO {y0 + 3}1231]",
            f"TIAB=({word}? OR {word}*) NOT PA=({applicant}) AND PD>={y0}-01-01",
            f'CLM=("{tech}") AND (IPC=({ipc}) OR IPC=({ipc2})) AND AN=(CN*)',
            f"((TI=({word}) AND IN=({c.person()})) OR PA=(贵州*)) AND LS=(有效)",
            f"IPC=({ipc2.split('/')[0]}/*) AND TI=({word}) AND PD=[{y0}-01-01 TO {y0 + 5}-12-31]",
        ]
    )


@family("ip-patent-search")
def ip_patent_search(c: Corpus) -> None:
    f = "ip-patent-search"
    ref = f"{SITE}/zscq/search/index.html"

    def hdr(ctype: str | None = None, accept: str = AXIOS_ACCEPT) -> dict[str, str]:
        h = c.headers(c.browser(0.1), accept=accept, ctype=ctype, referer=ref)
        h["Authorization"] = "Bearer " + c.b64(30, urlsafe=True)
        return h

    for _ in range(26):
        doc = {
            "searchExp": expert_exp(c),
            "dbs": c.sample(["CN-FM", "CN-SY", "CN-WG", "CN-SQ", "WO", "US", "EP", "JP"], c.num(1, 4)),
            "sortField": c.pick(["-AD", "-PD", "+AD", "relevance"]),
            "merge": c.pick(["family", "none"]),
            "pageNum": c.num(1, 5),
            "pageSize": c.pick([20, 50]),
        }
        c.add(f, "expert-search", "POST", "/zscq/api/patent/search/expert", hdr(JSON_CT), js_json(doc))
    for _ in range(18):
        word, tech, *_rest = c.pick(PATENT_TOPICS)
        q = [("keyword", c.pick([word, f"{word} {tech}", f"{word}+{tech}"])), ("type", c.pick(["all", "FM", "SY"]))]
        q += [("page", c.num(1, 3)), ("_t", c.ms())]
        c.add(f, "simple-search", "GET", "/zscq/api/patent/search/simple?" + qs(q, axios), hdr())
    for _ in range(16):
        q = [("code", c.pick([*IPC_CODES, "H01M", "G06F", "A23F3/00", "C12G"])), ("lang", c.pick(["zh", "en"]))]
        q.append(("level", c.pick(["section", "class", "subclass", "group"])))
        c.add(f, "ipc-lookup", "GET", "/zscq/api/ipc/query?" + qs(q, axios), hdr())
    for _ in range(16):
        an = patent_app_no(c)
        kind = "A" if an[4] in "18" else ("U" if an[4] in "29" else "S")
        pn = f"CN{c.num(100000000, 118999999)}{kind}"
        q = [("an", f"CN{an}"), ("pn", pn), ("tab", c.pick(["biblio", "claims", "desc", "drawings", "legal"]))]
        c.add(f, "patent-detail", "GET", "/zscq/api/patent/detail?" + qs(q, axios), hdr())
    for _ in range(18):
        fields = [("shenqingh", patent_app_no(c)), ("zhuanlilx", c.pick(["1", "2", "3"])), ("yzm", c.alnum(4))]
        h = c.headers(c.browser(0.3), accept=JQ_ACCEPT, ctype=JQ_FORM, referer=f"{SITE}/zscq/flzt/", xrw=True)
        c.add(f, "legal-status", "POST", "/zscq/api/flzt/query", h, qs(fields, jq))
    for _ in range(22):  # 商标近似查询
        cls = c.pick(list(TM_GROUPS))
        groups = c.sample(TM_GROUPS[cls], c.num(1, len(TM_GROUPS[cls])))
        fields = [
            ("intCls", cls),
            ("similarCode", ",".join(groups)),
            ("tmName", c.pick(TM_NAMES)),
            ("searchType", c.pick(["1", "2"])),  # 1 近似 2 相同
            ("tmType", c.pick(["文字", "图形", "文字+图形"])),
            ("pageNo", c.num(1, 4)),
        ]
        h = c.headers(c.browser(0.2), accept=JQ_ACCEPT, ctype=JQ_FORM, referer=f"{SITE}/zscq/sbcx/", xrw=True)
        c.add(f, "trademark-search", "POST", "/zscq/api/tm/search", h, qs(fields, jq))
    for _ in range(14):
        q = [("regNo", c.num(10000000, 79999999)), ("intCls", c.pick(list(TM_GROUPS))), ("_", c.ms())]
        h = c.headers(c.browser(0.2), accept=JQ_ACCEPT, referer=f"{SITE}/zscq/sbcx/", xrw=True)
        c.add(f, "trademark-detail", "GET", "/zscq/api/tm/detail?" + qs(q), h)
    for _ in range(14):
        doc = {
            "name": f"{c.pick(PATENT_TOPICS)[0]} 监控 {c.when():%Y%m}",
            "exp": expert_exp(c),
            "notify": c.chance(0.5),
        }
        c.add(f, "save-expression", "POST", "/zscq/api/patent/search/history/save", hdr(JSON_CT), js_json(doc))


# --- tax-invoice ----------------------------------------------------------------------------------------

INVOICE_ITEMS = [  # (*分类简称*名称, 规格型号, 单位, 单价 range, 税率)
    ("*信息技术服务*软件开发服务", "", "项", (20000, 300000), 0.06),
    ("*信息技术服务*信息系统运维服务", "2027年度", "年", (30000, 200000), 0.06),
    ("*计算机配套产品*激光打印机", "M7206/A4 黑白", "台", (1200, 3000), 0.13),
    ("*酒*白酒", "53%vol 500ml×6瓶", "箱", (1500, 9000), 0.13),
    ("*茶及饮料*绿茶", "特级 250g/罐", "罐", (80, 600), 0.13),
    ("*现代服务*会议服务", "", "次", (3000, 50000), 0.06),
    ("*餐饮服务*餐费", "", "次", (50, 2000), 0.01),
    ("*建筑服务*工程服务", "观山湖区 XX 项目 第3期", "项", (100000, 900000), 0.09),
]
JQ_CALLBACK = "jQuery11020"


def jsonp_callback(c: Corpus) -> str:
    return f"{JQ_CALLBACK}{c.digits(16)}_{c.ms()}"


def invoice(c: Corpus) -> dict[str, str]:
    """One invoice as the 查验 page takes it: fplx, key1 代码, key2 号码, key3 日期, key4 金额 or 校验码 (last 6)."""
    day = c.when() - timedelta(days=c.num(1, 360))
    yy = f"{day:%y}"
    kind = c.pick(["01", "10", "10", "32", "31"])
    amount = f"{money(c, 20, 90000):.2f}"
    if kind == "01":  # 增值税专用发票: 10-digit code, 8-digit number, 不含税金额
        return {
            "fplx": kind,
            "key1": f"5200{yy}{c.digits(4)}",
            "key2": c.digits(8),
            "key3": f"{day:%Y%m%d}",
            "key4": amount,
        }
    if kind == "10":  # 增值税电子普通发票: 12-digit code, 校验码's last six
        jym = c.digits(20)
        return {
            "fplx": kind,
            "key1": f"05200{yy}{c.digits(3)}11",
            "key2": c.digits(8),
            "key3": f"{day:%Y%m%d}",
            "key4": jym[-6:],
            "jym": jym,
        }
    # 数电票: no 代码; 20-digit number = 年度 + 省 (52) + 渠道 + 序号; 价税合计
    return {
        "fplx": kind,
        "key1": "",
        "key2": f"{yy}52{c.pick('12')}{c.digits(15)}",
        "key3": f"{day:%Y%m%d}",
        "key4": amount,
    }


@family("tax-invoice")
def tax_invoice(c: Corpus) -> None:
    f = "tax-invoice"
    cy = f"{SITE}/fpcy/index.html"
    version = "V2.0.07_032"

    def cy_headers() -> dict[str, str]:  # jQuery's JSONP: a <script> element, so no-cors and dest script
        h = c.headers(c.browser(0.25), accept="*/*", referer=cy)
        if "Sec-Fetch-Mode" in h:
            h["Sec-Fetch-Mode"], h["Sec-Fetch-Dest"] = "no-cors", "script"
        return h

    for _ in range(22):  # the 验证码 request after the number fields are filled
        inv = invoice(c)
        q = [
            ("callback", jsonp_callback(c)),
            ("fpdm", inv["key1"]),
            ("fphm", inv["key2"]),
            ("r", f"0.{c.digits(16)}"),
            ("v", version),
            ("nowtime", c.ms()),
            ("area", "5200"),
            ("publickey", c.hexs(16).upper()),
            ("key9", c.hexs(16)),
            ("_", c.ms()),
        ]
        c.add(f, "yzm-query", "GET", "/NWebQuery/yzmQuery?" + qs(q, uri), cy_headers())
    for _ in range(26):
        inv = invoice(c)
        q = [
            ("callback", jsonp_callback(c)),
            ("key1", inv["key1"]),
            ("key2", inv["key2"]),
            ("key3", inv["key3"]),
            ("key4", inv["key4"]),
            ("fplx", inv["fplx"]),
            ("yzm", c.alnum(4, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")),
            ("yzmSj", f"{c.when():%Y-%m-%d %H:%M:%S}"),
            ("index", c.hexs(16)),
            ("area", "5200"),
            ("publickey", c.hexs(16).upper()),
            ("key9", c.hexs(16)),
            ("_", c.ms()),
        ]
        shape = "digital-invoice-check" if inv["fplx"] in {"31", "32"} else "invoice-check"
        c.add(f, shape, "GET", "/NWebQuery/vatQuery?" + qs(q, uri), cy_headers())
    for _ in range(12):  # 数电票 are also checked from the 电子税务局's own page
        inv = invoice(c)
        while inv["fplx"] not in {"31", "32"}:
            inv = invoice(c)
        doc = {"fphm": inv["key2"], "kprq": inv["key3"], "jshj": inv["key4"], "fplx": inv["fplx"]}
        h = c.headers(c.browser(0.0), accept=AXIOS_ACCEPT, ctype=JSON_CT, referer=f"{SITE}/szzhzz/fpcy")
        c.add(f, "digital-invoice-check", "POST", "/szzhzz/api/fpcy/query", h, js_json(doc))

    def etax(ctype: str | None = JSON_CT) -> dict[str, str]:
        h = c.headers(c.browser(0.0), accept=AXIOS_ACCEPT, ctype=ctype, referer=f"{SITE}/szzhzz/spHandler")
        h["X-Lzk-Token"] = c.b64(24, urlsafe=True)
        h["nsrsbh"] = uscc(c)
        return h

    for _ in range(22):  # 数电票 开具
        lines = []
        for n in range(1, c.num(1, 4) + 1):
            name, spec, unit, (lo, hi), rate = c.pick(INVOICE_ITEMS)
            qty = c.num(1, 20) if unit not in {"项", "年"} else 1
            price = money(c, lo // max(qty, 1), hi // max(qty, 1))
            je = round(price * qty, 2)
            lines.append(
                {
                    "xh": n,
                    "xmmc": name,
                    "ggxh": spec,
                    "dw": unit,
                    "sl": qty,
                    "dj": price,
                    "je": je,
                    "slv": rate,
                    "se": round(je * rate, 2),
                }
            )
        doc = {
            "fppz": c.pick(["01", "02"]),  # 01 专票 02 普票
            "gmfmc": company(c),
            "gmfnsrsbh": uscc(c),
            "gmfdzdh": f"贵阳市{c.pick(DISTRICT_NAMES)}{c.pick(ROADS)}{c.num(1, 300)}号 0851-{c.digits(8)}",
            "gmfyhzh": f"中国建设银行贵阳{c.pick(DISTRICT_NAMES)}支行 5205{c.digits(16)}",
            "mxxx": lines,
            "hjje": round(sum(x["je"] for x in lines), 2),
            "hjse": round(sum(x["se"] for x in lines), 2),
            "bz": c.pick(["", "项目名称：XX 政务云 运维（合同号 HT-2027-015）", "含运费；“货到付款”"]),
        }
        doc["jshj"] = round(doc["hjje"] + doc["hjse"], 2)
        c.add(f, "invoice-issue", "POST", "/szzhzz/api/lqpt/fpkj/save", etax(), js_json(doc))
    for _ in range(16):  # 增值税及附加税费申报 (一般纳税人), the main figures
        xxse, jxse, ld = money(c, 1000, 900000), money(c, 500, 700000), money(c, 0, 50000) * c.pick([0, 1])
        due = round(xxse - jxse - ld, 2)
        doc = {
            "sssq": f"{c.when():%Y-%m}",
            "xse": round(xxse / 0.13, 2),
            "xxse": xxse,
            "jxse": jxse,
            "sqldse": ld,
            "ynse": max(due, 0.0),
            "qmldse": max(-due, 0.0),
            "fjsf": {
                "cjs": round(max(due, 0) * 0.07, 2),
                "jyfj": round(max(due, 0) * 0.03, 2),
                "dfjyfj": round(max(due, 0) * 0.02, 2),
            },
        }
        c.add(f, "vat-declare", "POST", "/szzhzz/api/sbzs/zzs/ybnsr/save", etax(), js_json(doc))
    for _ in range(14):  # 发票 勾选 确认: the selected invoices as a JSON string in a form field
        picked = [invoice(c) for _ in range(c.num(1, 4))]
        items = [{"fpdm": i["key1"], "fphm": i["key2"], "kprq": i["key3"], "yxse": money(c, 10, 9000)} for i in picked]
        fields = [
            ("skssq", f"{c.when():%Y%m}"),
            ("gxzt", "1"),
            ("fpxx", js_json(items)),
            ("gxlx", c.pick(["dk", "bdk"])),
        ]
        c.add(f, "deduction-select", "POST", "/szzhzz/api/dkgx/gxqr", etax(FORM), qs(fields, form))

    def iit(ctype: str | None = None) -> dict[str, str]:
        h = tool_headers(
            f"okhttp/4.9.{c.num(0, 3)}",
            accept="application/json",
            extra={"User-Agent-Info": f"IIT/{c.pick(['2.1.8', '2.2.0'])} Android"},
        )
        h["Authorization"] = "Bearer " + c.b64(32, urlsafe=True)
        if ctype:
            h["Content-Type"] = ctype
        return h

    for _ in range(16):  # 个税 收入纳税明细
        q = [
            ("nd", c.pick([2025, 2026, 2027])),
            ("sdxm", c.pick(["0101", "0400", "0500", ""])),
            ("skssqq", "2027-01"),
            ("skssqz", f"2027-{c.num(1, 12):02d}"),
            ("pageNo", 1),
            ("pageSize", 20),
        ]
        c.add(f, "iit-income-query", "GET", "/iit/api/sr/nsmx/query?" + qs(q, form), iit())
    for _ in range(16):  # 专项附加扣除: 赡养老人 (独生 3000, 非独生 分摊 ≤ 1500) and 子女教育
        only = c.chance(0.5)
        share = 3000 if only else c.pick([1000, 1500, 1500])
        doc = {
            "nd": 2027,
            "xm": "sylr",
            "sfdszn": "1" if only else "0",
            "ftfs": "" if only else c.pick(["平均分摊", "约定分摊", "被赡养人指定分摊"]),
            "ykcje": share,
            "bsylr": [
                {
                    "xm": c.person(),
                    "zjlx": "居民身份证",
                    "zjhm": idcard_sex(c, c.chance(0.5), 1940, 7000),
                    "gx": c.pick(["父亲", "母亲"]),
                }
            ],
            "znjy": [
                {
                    "xm": c.person(),
                    "zjhm": idcard_sex(c, c.chance(0.5), 2010, 5000),
                    "jyjd": "义务教育",
                    "ftbl": c.pick([50, 100]),
                    "ykcje": c.pick([1000, 2000]),
                }
            ]
            if c.chance(0.6)
            else [],
        }
        c.add(f, "iit-deduction", "POST", "/iit/api/zxfjkc/save", iit(JSON_CT), js_json(doc))


# --- medical-insurance-service -------------------------------------------------------------------------

PHARMACY_DRUGS = [
    ("阿莫西林胶囊", "0.25g×24粒"),
    ("头孢克肟分散片", "0.1g×6片"),
    ("二甲双胍缓释片", "0.5g×30片"),
    ("苯磺酸氨氯地平片", "5mg×28片"),
    ("阿托伐他汀钙片", "20mg×7片"),
    ("胰岛素注射液", "3ml:300单位"),
    ("布洛芬混悬液", "100ml:2g"),
    ("复方丹参滴丸", "27mg×180丸"),
    ("注射用头孢曲松钠", "1.0g/瓶"),
    ("甲钴胺片", "0.5mg×20片"),
    ("氯化钠注射液", "0.9% 250ml:2.25g"),
    ("维生素C注射液", "2ml:0.1g"),
]
FILING_TYPES = ["异地长期居住人员", "常驻异地工作人员", "异地转诊人员", "临时外出就医人员", "异地安置退休人员"]
REMOTE_PLACES = {
    "110105": "北京市朝阳区",
    "310115": "上海市浦东新区",
    "440305": "广州市南山区",
    "510107": "成都市武侯区",
    "500112": "重庆市渝北区",
    "330106": "杭州市西湖区",
    "530102": "昆明市五华区",
}
NHSA_APP = "T98HPCGN5ZVVQBS8LZQNOAEXVI9GYHKQ"


@family("medical-insurance-service")
def medical_insurance_service(c: Corpus) -> None:
    f = "medical-insurance-service"

    def nhsa(ref: str, b_mobile: float = 0.5) -> dict[str, str]:
        h = c.headers(c.browser(b_mobile), accept=AXIOS_ACCEPT, ctype=JSON_CT, referer=f"{SITE}/ybfw/{ref}")
        h["X-Tif-Paasid"] = "undefined"
        h["X-Tif-Timestamp"] = str(c.ts())
        h["X-Tif-Nonce"] = c.alnum(8)
        h["X-Tif-Signature"] = c.hexs(32)
        h["channel"] = c.pick(["web", "app"])
        return h

    def wrap(data: dict) -> str:
        return js_json(
            {
                "data": {
                    "data": data,
                    "appCode": NHSA_APP,
                    "version": "1.0.0",
                    "encType": "plain",
                    "signType": "SM2",
                    "timestamp": c.ts(),
                    "signData": c.b64(64),
                }
            }
        )

    for _ in range(20):  # 定点医疗机构 / 定点零售药店 查询
        data = {
            "medinsName": c.pick(["", "人民医院", "中医", "第一附属", "大药房", "一树药业（连锁）"]),
            "medinsType": c.pick(["1", "2"]),
            "admdvs": c.pick(list(DISTRICTS)),
            "medinsLv": c.pick(["", "01", "02", "03"]),
            "openElec": c.pick(["", "1"]),
            "pageNum": c.num(1, 5),
            "pageSize": 10,
        }
        c.add(
            f,
            "fixed-org-search",
            "POST",
            "/ebus/fuwu/api/nthl/api/CommQuery/queryFixedHospital",
            nhsa("ddjg"),
            wrap(data),
        )
    for _ in range(22):  # 异地就医备案 申请
        male = c.chance(0.5)
        place = c.pick(list(REMOTE_PLACES))
        begin = c.when()
        data = {
            "psnName": c.person(),
            "certno": idcard_sex(c, male),
            "psnCertType": "01",
            "insuAdmdvs": c.pick(list(DISTRICTS)),
            "mdtrtareaAdmdvs": place,
            "mdtrtareaName": REMOTE_PLACES[place],
            "dclaSouc": c.pick(["国家医保服务平台APP", "网厅"]),
            "fileType": c.pick(FILING_TYPES),
            "begndate": f"{begin:%Y-%m-%d}",
            "enddate": f"{begin + timedelta(days=c.pick([180, 365, 730])):%Y-%m-%d}" if c.chance(0.5) else "",
            "resAddr": f"{REMOTE_PLACES[place]}{c.pick(['幸福路', '科技园南路', '天府大道'])}{c.num(1, 999)}号",
            "tel": c.mobile(),
            "agntName": "",
            "memo": c.pick(
                [
                    "",
                    "随子女居住（孙子 上学）",
                    "单位 派驻 外地 项目部 >= 6个月",
                    "转诊：贵州医科大学附属医院 → 华西医院",
                ]
            ),
        }
        c.add(f, "remote-filing", "POST", "/ebus/fuwu/api/nthl/api/ydjy/saveFiling", nhsa("ydjy", 0.8), wrap(data))
    for _ in range(16):
        data = {"certno": idcard_sex(c, c.chance(0.5)), "psnName": c.person(), "fileStas": c.pick(["", "1", "2"])}
        c.add(f, "filing-query", "POST", "/ebus/fuwu/api/nthl/api/ydjy/queryFiling", nhsa("ydjy", 0.8), wrap(data))
    for _ in range(12):
        data = {
            "trtDclaDetlSn": f"H{c.pick(list(DISTRICTS))}{c.when():%Y%m%d}{c.digits(8)}",
            "cancReason": c.pick(["已返回参保地", "备案信息有误，重新申请", "工作调动"]),
        }
        c.add(f, "filing-cancel", "POST", "/ebus/fuwu/api/nthl/api/ydjy/cancelFiling", nhsa("ydjy", 0.8), wrap(data))
    for _ in range(20):  # 医保电子凭证: the 定点机构's HIS posts the scanned QR code to the 医保 gateway
        org = f"H{c.pick(list(DISTRICTS))}{c.digits(5)}"
        doc = {
            "orgId": org,
            "transType": "ec.query",
            "data": {
                "orgId": org,
                "businessType": c.pick(["01101", "01301", "02121"]),  # 挂号, 门诊结算, 药店购药
                "operatorId": c.digits(6),
                "operatorName": c.person(),
                "officeId": c.digits(4),
                "officeName": c.pick(["内科门诊", "儿科", "收费窗口1", "药房"]),
                "ecQrCode": c.hexs(24).upper(),
                "deviceType": c.pick(["SCANNER", "POS"]),
            },
            "orgSign": c.b64(48),
            "timestamp": str(c.ms()),
        }
        h = tool_headers(
            "Apache-HttpClient/4.5.13 (Java/1.8.0_202)", extra={"Content-Type": "application/json;charset=UTF-8"}
        )
        c.add(f, "ec-voucher", "POST", "/ybpt/ec/api/getEcToken", h, js_json(doc))
    for _ in range(20):  # 药品比价
        name, spec = c.pick(PHARMACY_DRUGS)
        lng, lat = lnglat(c)
        q = [
            ("drugName", c.pick([name, name[:3]])),
            ("spec", c.pick(["", spec])),
            ("admdvs", c.pick(list(DISTRICTS))),
            ("sort", c.pick(["price", "distance"])),
            ("lng", lng),
            ("lat", lat),
        ]
        h = c.headers(c.browser(0.85), accept=AXIOS_ACCEPT, referer=f"{SITE}/ybfw/ypbj/")
        c.add(f, "drug-price", "GET", "/ybfw/api/ypbj/list?" + qs(q, axios), h)
    for _ in range(14):  # 报销 记录
        q = [
            ("psnNo", c.digits(20)),
            ("begin", "2027-01-01"),
            ("end", f"2027-{c.num(2, 12):02d}-28"),
            ("medType", c.pick(["", "11", "14", "21"])),
            ("pageNum", 1),
        ]
        h = c.headers(c.browser(0.9), accept=AXIOS_ACCEPT, referer=f"{SITE}/ybfw/bxjl/")
        h["accessToken"] = c.hexs(20)
        c.add(f, "reimburse-record", "GET", "/ybfw/api/setl/list?" + qs(q, axios), h)
    for _ in range(12):  # 家庭共济 绑定
        data = {
            "certno": idcard_sex(c, True),
            "famMemCertno": idcard_sex(c, False, 1950, 20000),
            "famMemName": c.person(),
            "relation": c.pick(["配偶", "父母", "子女"]),
            "smsCode": c.digits(6),
        }
        c.add(f, "family-account", "POST", "/ebus/fuwu/api/nthl/api/gjzh/bind", nhsa("gjzh", 0.9), wrap(data))


# --- single-window-customs ------------------------------------------------------------------------------

HS = {  # codeTs: (商品名称, 申报要素 names, a list of value tuples without the first two, 法定单位, 成交单位, ie flag)
    "8471300000": (
        "笔记本电脑",
        ["品牌类型", "出口享惠情况", "用途", "重量", "是否有CPU", "品牌", "型号"],
        [
            ("便携式数据处理", "1.3kg", "有CPU", "联想", "ThinkPad X1 Carbon Gen 12"),
            ("办公用", "1.6kg", "有CPU", "华为", "MateBook 14 2027"),
        ],
        "001",
        "001",
        "0",
    ),
    "6109100010": (
        "棉制针织T恤衫",
        ["品牌类型", "出口享惠情况", "品名", "织造方法", "种类", "类别", "成分含量", "品牌", "货号"],
        [
            ("T恤衫", "针织", "男式", "普通", "100%棉", "无品牌", "TS-2027-01"),
            ("T恤衫", "针织", "女式", "普通", "95%棉5%氨纶", "苗绣坊", "MX-088"),
        ],
        "011",
        "011",
        "0",
    ),
    "8541430000": (
        "光伏组件",
        ["品牌类型", "出口享惠情况", "品名", "功率", "品牌", "型号"],
        [("太阳能电池组件", "550W", "无品牌", "TSM-550DE19"), ("光伏组件", "440W", "黔能", "QN-440M")],
        "007",
        "007",
        "0",
    ),
    "0902109000": (
        "绿茶",
        ["品牌类型", "出口享惠情况", "品名", "种类", "发酵程度", "包装规格", "品牌"],
        [
            ("绿茶", "都匀毛尖", "未发酵", "每包净重≤3kg（250g/罐）", "黔小茶"),
            ("绿茶", "湄潭翠芽", "未发酵", "每包净重>3kg（25kg/箱）", "无品牌"),
        ],
        "035",
        "035",
        "0",
    ),
    "2208902000": (
        "白酒",
        ["品牌类型", "出口享惠情况", "品名", "容器容量", "酒精度", "品牌"],
        [("白酒", "500ml/瓶", "53%vol", "贵州茅台"), ("白酒", "375ml/瓶", "52%vol", "习酒")],
        "095",
        "142",
        "0",
    ),
    "2204210000": (
        "葡萄酒",
        ["品牌类型", "出口享惠情况", "品名", "容器容量", "酒精度", "品牌", "年份", "产区", "葡萄品种"],
        [("干红葡萄酒", "750ml", "13.5%vol", "Château Lafleur", "2019", "法国波尔多", "梅洛70% 品丽珠30%")],
        "095",
        "142",
        "1",
    ),
    "0901210000": (
        "已焙炒咖啡",
        ["品牌类型", "出口享惠情况", "品名", "加工方法", "是否去咖啡因", "品牌"],
        [("咖啡豆", "已焙炒", "未浸除咖啡碱", "Lavazza")],
        "035",
        "035",
        "1",
    ),
}
CUSTOMS = ["8300", "8301", "2233", "5316"]
TRADE_MODES = {"0110": "一般贸易", "1210": "保税电商", "9610": "电子商务"}
COUNTRIES = ["USA", "DEU", "FRA", "JPN", "KOR", "SGP", "MYS", "THA", "AUS", "RUS"]


def entry_id(c: Corpus, customs: str, ie: str, year: int) -> str:
    """报关单号: 4-digit 关区, year, 进出口标志 (1 进口, 0 出口), 9-digit serial."""
    return f"{customs}{year}{ie}{c.digits(9)}"


def dec_list(c: Corpus, ie: str) -> list[dict]:
    lists = []
    codes = [k for k, v in HS.items() if v[5] == ie]
    for n in range(1, c.num(1, 3) + 1):
        code = c.pick(codes)
        name, _, values, unit, deal_unit, _ = HS[code]
        qty = c.num(1, 2000)
        price = money(c, 2, 900)
        lists.append(
            {
                "gNo": n,
                "codeTs": code,
                "gName": name,
                "gModel": "|".join([c.pick(["0", "1", "3", "4"]), c.pick(["0", "3"]), *c.pick(values)]),
                "gQty": qty,
                "gUnit": deal_unit,
                "firstQty": qty,
                "firstUnit": unit,
                "declPrice": price,
                "declTotal": round(price * qty, 2),
                "tradeCurr": c.pick(["USD", "EUR", "CNY"]),
                "originCountry": "CHN" if ie == "0" else c.pick(COUNTRIES),
                "destinationCountry": c.pick(COUNTRIES) if ie == "0" else "CHN",
                "dutyMode": c.pick(["1", "3"]),
            }
        )
    return lists


@family("single-window-customs")
def single_window_customs(c: Corpus) -> None:
    f = "single-window-customs"
    ref = f"{SITE}/swapp/dec/index.html"

    def sw(ctype: str | None = JSON_CT) -> dict[str, str]:
        h = c.headers(c.browser(0.0), accept=AXIOS_ACCEPT, ctype=ctype, referer=ref)
        h["X-Auth-Token"] = c.uid()
        h["rdtime"] = str(c.ms())
        return h

    for _ in range(26):  # 报关单 暂存
        ie = c.pick(["0", "0", "1"])
        lists = dec_list(c, ie)
        gross = money(c, 50, 30000)
        head = {
            "cusCiqNo": f"I{c.digits(17)}",
            "ieFlag": "I" if ie == "1" else "E",
            "customMaster": c.pick(CUSTOMS),
            "iEPort": c.pick(CUSTOMS),
            "iEDate": f"{c.when():%Y%m%d}",
            "tradeCoScc": uscc(c),
            "tradeName": company(c),
            "supvModeCdde": c.pick(list(TRADE_MODES)),
            "transMode": c.pick(["1", "2", "3"]),
            "feeMark": c.pick(["", "3"]),
            "feeRate": c.pick(["", "500"]),
            "feeCurr": "USD",
            "contrNo": f"GZ{c.when():%Y}{c.alnum(4, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}{c.digits(3)}",
            "packNo": c.num(1, 500),
            "wrapType": c.pick(["22", "23", "2", "92"]),
            "grossWt": gross,
            "netWt": round(gross * c.num(80, 98) / 100, 2),
            "tradeCountry": c.pick(COUNTRIES),
            "noteS": c.pick(["", "随附：发票、箱单；合同号见“备注”", "RCEP 原产地证书 编号 见随附单证"]),
        }
        c.add(f, "dec-save", "POST", "/swapp/dec/api/decHead/save", sw(), js_json({"decHead": head, "decLists": lists}))
    for _ in range(18):  # 报关单 申报 (统一编号 from the 暂存)
        ie = c.pick(["0", "1"])
        eid = entry_id(c, c.pick(CUSTOMS), ie, 2027)
        doc = {
            "cusCiqNo": f"I{c.digits(17)}",
            "entryId": eid,
            "ieFlag": "I" if ie == "1" else "E",
            "declTrnRel": "0",
            "ediRemark": c.pick(["", "10", "1"]),
            "signTime": f"{c.when():%Y%m%d%H%M%S}",
            "certSign": c.b64(72),
        }
        c.add(f, "dec-submit", "POST", "/swapp/dec/api/decHead/declare", sw(), js_json(doc))
    for _ in range(18):  # 商品编码 查询 with its 申报要素
        code = c.pick(list(HS))
        q = [
            ("codeTs", c.pick([code, code[:4], code[:6], HS[code][0]])),
            ("ieFlag", c.pick(["I", "E"])),
            ("pageNum", 1),
            ("pageSize", 20),
        ]
        c.add(f, "hs-lookup", "GET", "/swapp/para/api/complex/query?" + qs(q, axios), sw(None))
    for _ in range(16):
        q = [
            ("entryId", c.pick(["", entry_id(c, c.pick(CUSTOMS), c.pick("01"), 2027)])),
            ("startDate", "2027-01-01"),
            ("endDate", f"2027-{c.num(2, 12):02d}-{c.num(1, 28):02d}"),
            ("tradeName", c.pick(["", company(c)])),
            ("cusDecStatus", c.pick(["", "1", "7", "P"])),
            ("pageNum", 1),
        ]
        c.add(f, "dec-query", "GET", "/swapp/dec/api/decHead/list?" + qs(q, axios), sw(None))
    for _ in range(16):  # 随附单证
        b = c.browser(0.0)
        kind = c.pick([("00000001", "发票"), ("00000002", "装箱单"), ("00000004", "合同"), ("10000001", "原产地证书")])
        parts = [
            ("attTypeCode", kind[0]),
            ("cusCiqNo", f"I{c.digits(17)}"),
            ("file", (f"{kind[1]}-{c.digits(6)}.pdf", "application/pdf", pdf_head(c, c.num(600, 1400)))),
        ]
        ctype, body = c.multipart(b, parts)
        h = c.headers(b, accept=AXIOS_ACCEPT, ctype=ctype, referer=ref)
        h["X-Auth-Token"] = c.uid()
        c.add(f, "attach-upload", "POST", "/swapp/dec/api/attach/upload", h, body)
    for _ in range(18):  # 原产地证书 申请 (export)
        lists = dec_list(c, "0")
        doc = {
            "certType": c.pick(["RCEP", "FORM E", "C/O", "FORM A"]),
            "exporter": {"name": company(c), "scc": uscc(c), "addrEn": "No. 88 Linchengxi Rd, Guanshanhu, Guiyang"},
            "consignee": c.pick(
                [
                    "ABC TRADING PTE. LTD., SINGAPORE",
                    "Müller & Söhne GmbH, Hamburg",
                    "株式会社 山田商事 (Tokyo)",
                    "O'Brien Imports Pty Ltd, Sydney",
                ]
            ),
            "transport": c.pick(["BY SEA FROM SHENZHEN TO SINGAPORE", "BY AIR FROM GUIYANG TO FRANKFURT"]),
            "goods": [
                {
                    "hs": x["codeTs"][:6],
                    "desc": x["gName"],
                    "qty": x["gQty"],
                    "originCriterion": c.pick(["WO", "PE", "CTH", "RVC 40%"]),
                    "fob": x["declTotal"],
                }
                for x in lists
            ],
            "invoiceNo": f"INV-{c.when():%Y%m%d}-{c.digits(3)}",
        }
        c.add(f, "origin-cert", "POST", "/swapp/ori/api/cert/apply", sw(), js_json(doc))
    for _ in range(14):  # 税费 估算 (import)
        lists = dec_list(c, "1")
        doc = {
            "items": [
                {"codeTs": x["codeTs"], "cif": x["declTotal"], "curr": x["tradeCurr"], "origin": x["originCountry"]}
                for x in lists
            ],
            "exchangeRate": 7.1 + c.num(0, 40) / 100,
        }
        c.add(f, "tax-estimate", "POST", "/swapp/dec/api/tax/estimate", sw(), js_json(doc))


# --- sci-project-apply ----------------------------------------------------------------------------------

LATEX = [
    r"损失函数定义为 $L(\theta)=-\frac{1}{N}\sum_{i=1}^{N}\left[y_i\log\hat{y}_i+(1-y_i)\log(1-\hat{y}_i)\right]$，"
    r"其中 $\hat{y}_i=\sigma(w^{\top}x_i+b)$。",
    r"边坡稳定系数 \(F_s=\dfrac{\sum (c'l+(W\cos\alpha-ul)\tan\varphi')}{\sum W\sin\alpha}\) 取 1.25 ≤ F_s ≤ 1.35。",
    r"采用 Arrhenius 方程 $k=A\exp\left(-\frac{E_a}{RT}\right)$ 拟合发酵速率，$E_a$ 单位 kJ·mol^{-1}。",
    r"$$\mathbf{x}_{k+1}=\mathbf{A}\mathbf{x}_k+\mathbf{B}\mathbf{u}_k+\mathbf{w}_k,\quad "
    r"\mathbf{w}_k\sim\mathcal{N}(0,\mathbf{Q})$$",
    r"注意力权重 $\alpha_{ij}=\mathrm{softmax}\left(\frac{QK^{T}}{\sqrt{d_k}}\right)_{ij}$，$d_k=64$。",
]
MATHML = [  # (the LaTeX the formula editor keeps, the MathML it renders)
    (
        "E=mc^2",
        '<math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><mi>E</mi><mo>=</mo><mi>m</mi>'
        "<msup><mi>c</mi><mn>2</mn></msup></math>",
    ),
    (
        r"\eta=\frac{P_{\text{out}}}{P_{\text{in}}}\times 100\%",
        '<math xmlns="http://www.w3.org/1998/Math/MathML"><mi>η</mi><mo>=</mo><mfrac><msub><mi>P</mi><mtext>out'
        "</mtext></msub><msub><mi>P</mi><mtext>in</mtext></msub></mfrac><mo>×</mo><mn>100</mn><mo>%</mo></math>",
    ),
    (
        r"\sqrt{x^2+y^2}<r",
        '<math xmlns="http://www.w3.org/1998/Math/MathML"><msqrt><msup><mi>x</mi><mn>2</mn></msup><mo>+</mo>'
        "<msup><mi>y</mi><mn>2</mn></msup></msqrt><mo>&lt;</mo><mi>r</mi></math>",
    ),
]
REFERENCES = [
    "[1] 王建华, 李思远. 喀斯特山区高速公路边坡稳定性分析[J]. 岩土力学, 2023, 44(5): 1321-1330. "
    "DOI:10.16285/j.rsm.2022.0815.",
    "[2] GOODFELLOW I, BENGIO Y, COURVILLE A. Deep learning[M]. Cambridge, MA: MIT Press, 2016: 164-223.",
    "[3] VASWANI A, SHAZEER N, PARMAR N, et al. Attention is all you need[C]//Advances in Neural Information "
    "Processing Systems 30. Long Beach: Curran Associates, 2017: 5998-6008.",
    "[4] 张浩宇. 酱香型白酒窖泥微生物群落演替研究[D]. 贵阳: 贵州大学, 2022.",
    "[5] 贵州磷化(集团)有限责任公司. 一种磷石膏制备建筑石膏粉的方法: CN115000123A[P]. 2022-09-02.",
    "[6] 国家市场监督管理总局, 国家标准化管理委员会. 信息与文献 参考文献著录规则: GB/T 7714—2015[S]. "
    "北京: 中国标准出版社, 2015.",
    "[7] LI X, ZHANG Y. A review of tea processing: from withering to drying[J/OL]. Food Chemistry, 2024, 430: "
    "137019[2027-03-01]. https://doi.org/10.1016/j.foodchem.2023.137019.",
]
LEADS = ["本项目", "拟", "针对贵州 喀斯特 地貌，", "以 2027 年 实测 数据 为基础，"]
SECTIONS = [("lxyj", "立项依据"), ("yjnr", "研究内容"), ("jslx", "技术路线"), ("cxd", "创新点"), ("yqcg", "预期成果")]
BUDGET_ITEMS = ["sbf", "clf", "cshyf", "rlzhf", "zlf", "hyf", "lwf", "zjzxf", "qtf"]


@family("sci-project-apply")
def sci_project_apply(c: Corpus) -> None:
    f = "sci-project-apply"
    ref = f"{SITE}/kjxm/apply/edit.html"

    def hdr(ctype: str | None = JSON_CT) -> dict[str, str]:
        h = c.headers(c.browser(0.0), accept=AXIOS_ACCEPT, ctype=ctype, referer=ref)
        h["Authorization"] = "Bearer " + c.b64(36, urlsafe=True)
        return h

    def project_no() -> str:
        kind, level = c.pick(["基础", "支撑", "成果", "平台人才"]), c.pick(["一般", "重点"])
        return f"黔科合{kind}-ZK[2027]{level}{c.num(1, 999):03d}"

    for _ in range(26):  # 申报书 正文: the rich editor's HTML with LaTeX
        code, title = c.pick(SECTIONS)
        html = "".join(f"<p>{c.pick(LEADS)}{c.pick(LATEX)}</p>" for _ in range(c.num(1, 3)))
        doc = {
            "projectId": c.uid(),
            "sectionCode": code,
            "sectionName": title,
            "content": html,
            "wordCount": len(html),
            "autoSave": c.chance(0.6),
        }
        c.add(f, "section-save", "POST", "/kjxm/api/sbs/section/save", hdr(), js_json(doc))
    for _ in range(14):  # the formula editor's MathML, as a form field
        tex, mathml = c.pick(MATHML)
        fields = [("projectId", c.uid()), ("formulaId", c.num(1, 40)), ("mathml", mathml), ("latex", tex)]
        c.add(f, "formula-save", "POST", "/kjxm/api/sbs/formula/save", hdr(FORM), qs(fields, form))
    for _ in range(18):  # 参考文献 pasted as a block
        refs = c.sample(REFERENCES, c.num(2, 5))
        doc = {"projectId": c.uid(), "style": "GB/T 7714-2015", "text": "\n".join(refs), "count": len(refs)}
        c.add(f, "reference-save", "POST", "/kjxm/api/sbs/reference/save", hdr(), js_json(doc))
    for _ in range(20):  # 经费预算 (万元): items, 直接费用, 间接费用 and the total
        items = {k: round(c.num(0, 4000) / 100, 2) for k in BUDGET_ITEMS}
        direct = round(sum(items.values()), 2)
        indirect = round(direct * c.pick([0.1, 0.15, 0.2]), 2)
        doc = {
            "projectId": c.uid(),
            "unit": "万元",
            "direct": items,
            "directTotal": direct,
            "indirect": indirect,
            "total": round(direct + indirect, 2),
            "selfFunds": round(c.num(0, 3000) / 100, 2),
            "note": c.pick(
                ["", "设备费 含 GPU 服务器 1 台（≥ 8 卡）", "劳务费 按 《贵州省科技计划项目资金管理办法》 执行"]
            ),
        }
        c.add(f, "budget-save", "POST", "/kjxm/api/sbs/budget/save", hdr(), js_json(doc))
    for _ in range(18):
        male = c.chance(0.5)
        doc = {
            "projectId": c.uid(),
            "name": c.person(),
            "idType": "身份证",
            "idNo": idcard_sex(c, male, 1965, 12000),
            "sex": "男" if male else "女",
            "title": c.pick(["教授", "副教授", "高级工程师", "讲师", "博士研究生"]),
            "org": c.pick(["贵州大学", "贵州师范大学", "贵州省农业科学院", company(c)]),
            "role": c.pick(["负责人", "骨干", "参与"]),
            "workMonths": c.num(2, 12),
        }
        c.add(f, "member-add", "POST", "/kjxm/api/sbs/member/save", hdr(), js_json(doc))
    for _ in range(16):
        b = c.browser(0.0)
        is_pdf = c.chance(0.6)
        name = c.pick(["单位承诺书", "合作协议", "查新报告", "伦理审查意见", "前期成果 证明"])
        fname, ftype = (
            (f"{name}.pdf", "application/pdf")
            if is_pdf
            else (f"{name}.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
        )
        content = (
            pdf_head(c, c.num(600, 1400))
            if is_pdf
            else b"PK\x03\x04\x14\x00\x06\x00" + c.rnd.randbytes(c.num(600, 1200))
        )
        ctype, body = c.multipart(
            b, [("projectId", c.uid()), ("attType", c.pick(["01", "02", "05"])), ("file", (fname, ftype, content))]
        )
        h = c.headers(b, accept=AXIOS_ACCEPT, ctype=ctype, referer=ref)
        c.add(f, "attachment-upload", "POST", "/kjxm/api/attach/upload", h, body)
    for _ in range(16):
        q = [
            ("keyword", c.pick(["人工智能", "大数据 + 农业", "喀斯特", "白酒 微生物", '"揭榜挂帅"', "磷化工"])),
            ("year", 2027),
            ("category", c.pick(["", "基础研究", "科技支撑", "成果转化"])),
            ("page", 1),
        ]
        h = c.headers(c.browser(0.2), accept=AXIOS_ACCEPT, referer=f"{SITE}/kjxm/guide/")
        c.add(f, "guide-search", "GET", "/kjxm/api/guide/list?" + qs(q, axios), h)
    for _ in range(14):  # 查重 before submission
        doc = {
            "projectId": c.uid(),
            "projectNo": project_no(),
            "title": c.pick(
                [
                    "基于深度学习的喀斯特山区边坡失稳预警关键技术研究",
                    "酱香型白酒窖泥功能微生物解析与应用",
                    "磷石膏“以渣定产”综合利用技术集成与示范",
                    "面向政务大模型的检索增强生成（RAG）方法研究",
                ]
            ),
            "abstract": c.pick(LATEX),
        }
        c.add(f, "duplicate-check", "POST", "/kjxm/api/sbs/check/duplicate", hdr(), js_json(doc))


# --- enterprise-annual-report ---------------------------------------------------------------------------

SHOPS = [
    ("网站", "https://www.{d}.com.cn/"),
    ("网店", "https://shop{n}.taobao.com/?spm=a1z10.1-c.0.0.{h}"),
    ("网店", "https://mall.jd.com/index-{n}.html"),
    ("网店", "https://{d}.tmall.com/shop/view_shop.htm?user_number_id={n}"),
    ("网店", "https://mobile.yangkeduo.com/mall_page.html?mall_id={n}"),
    ("网站", "http://{d}.cn"),
    ("小程序", "#小程序://{name}/{h}"),
]


@family("enterprise-annual-report")
def enterprise_annual_report(c: Corpus) -> None:
    f = "enterprise-annual-report"
    ref = f"{SITE}/gsxt/nbtb/index.html"
    year = 2026

    def hdr(ctype: str | None = JQ_FORM) -> dict[str, str]:
        h = c.headers(c.browser(0.05), accept=JQ_ACCEPT, ctype=ctype, referer=ref, xrw=True)
        return h

    def base(code: str) -> list[tuple[str, object]]:
        return [("ancheYear", year), ("uniscid", code), ("pripid", c.hexs(16)), ("nbToken", c.hexs(16))]

    for _ in range(18):  # 企业基本信息
        code = uscc(c)
        fields = [
            *base(code),
            ("entName", company(c)),
            ("tel", c.pick([f"0851-{c.digits(8)}", c.mobile()])),
            ("postalCode", f"55{c.digits(4)}"),
            (
                "addr",
                f"贵州省贵阳市{c.pick(DISTRICT_NAMES)}{c.pick(ROADS)}{c.num(1, 300)}号{c.num(1, 30)}层{c.num(1, 20)}号",
            ),
            ("email", f"{c.alnum(6, 'abcdefghijklmnopqrstuvwxyz')}@{c.pick(['163.com', 'qq.com', 'gzdata.com.cn'])}"),
            ("busSt", c.pick(["开业", "歇业", "清算"])),
            ("empNum", c.num(1, 800)),
            ("empNumDis", c.pick(["1", "2"])),
            ("womEmpNum", c.num(0, 200)),
            ("holdingSmsg", c.pick(["1", "2", "3"])),
            (
                "mainBusiAct",
                c.pick(
                    [
                        "软件开发；信息技术咨询服务（依法须经批准的项目，经相关部门批准后方可开展经营活动）",
                        "茶叶种植、加工、销售；预包装食品销售",
                        "白酒生产（凭许可证经营）",
                    ]
                ),
            ),
        ]
        c.add(f, "base-info", "POST", "/gsxt/nb/api/baseinfo/save", hdr(), qs(fields, jq))
    for _ in range(18):  # 网站或网店
        kind, tpl = c.pick(SHOPS)
        url = tpl.format(
            d=c.pick(["gzhuaxin", "qianxiaocha", "mxf-gz", "yunshang-tech"]),
            n=c.num(10**6, 10**9),
            h=c.hexs(4),
            name=c.pick(["黔小茶官方商城", "苗绣坊"]),
        )
        fields = [
            *base(uscc(c)),
            ("webType", kind),
            ("webSitName", c.pick(["官网", "XX 旗舰店", "黔小茶官方商城"])),
            ("domain", url),
        ]
        c.add(f, "website-shop", "POST", "/gsxt/nb/api/website/save", hdr(), qs(fields, jq))
    for _ in range(22):  # 股东及出资: 认缴 and 实缴 (万元), 实缴 never more than 认缴
        subscribed = money(c, 1, 5000)
        paid = round(subscribed * c.pick([0, 0.2, 0.5, 1]), 2)
        doc = {
            "ancheYear": year,
            "uniscid": uscc(c),
            "invList": [
                {
                    "inv": c.pick([c.person(), company(c)]),
                    "subConAm": subscribed,
                    "conDate": f"{c.when() + timedelta(days=c.num(100, 3000)):%Y-%m-%d}",
                    "conForm": c.pick(["货币", "实物", "知识产权", "货币、知识产权"]),
                    "acConAm": paid,
                    "acConDate": f"{c.when() - timedelta(days=c.num(30, 900)):%Y-%m-%d}" if paid else "",
                    "acConForm": "货币" if paid else "",
                }
            ],
        }
        c.add(f, "shareholder", "POST", "/gsxt/nb/api/investor/save", hdr(JSON_CT), js_json(doc))
    for _ in range(22):  # 资产状况 (万元): 资产 = 负债 + 所有者权益
        debt, equity = money(c, 0, 90000), money(c, -500, 50000)
        revenue = money(c, 0, 120000)
        profit = round(revenue * c.num(-20, 25) / 100, 2)
        fields = [
            *base(uscc(c)),
            ("assGro", round(debt + equity, 2)),
            ("assGroDis", c.pick(["1", "2"])),
            ("liaGro", debt),
            ("totEqu", equity),
            ("vendInc", revenue),
            ("mainBusiInc", round(revenue * 0.9, 2)),
            ("proGro", profit),
            ("netInc", round(profit * 0.75, 2) if profit > 0 else profit),
            ("ratGro", round(max(revenue, 0) * 0.03, 2)),
        ]
        c.add(f, "asset-status", "POST", "/gsxt/nb/api/asset/save", hdr(), qs(fields, jq))
    for _ in range(16):  # 对外提供保证担保
        start = c.when() - timedelta(days=c.num(30, 700))
        doc = {
            "ancheYear": year,
            "uniscid": uscc(c),
            "forGuaranteeList": [
                {
                    "more": company(c),
                    "mortgagor": company(c),
                    "priClaSecKind": c.pick(["合同", "其他"]),
                    "priClaSecAm": money(c, 10, 5000),
                    "pefPerForm": f"{start:%Y-%m-%d}",
                    "pefPerTo": f"{start + timedelta(days=c.pick([365, 730, 1095])):%Y-%m-%d}",
                    "guaPeriod": c.pick(["1", "2"]),
                    "gaType": c.pick(["1", "2"]),
                    "rage": c.pick(["主债权", "利息", "违约金"]),
                    "isPublic": c.pick(["1", "2"]),
                }
            ],
        }
        c.add(f, "guarantee", "POST", "/gsxt/nb/api/guarantee/save", hdr(JSON_CT), js_json(doc))
    for _ in range(14):  # 股权变更
        before = c.num(1, 60)
        fields = [
            *base(uscc(c)),
            ("inv", c.person()),
            ("transAmPr", f"{before}%"),
            ("transAmAft", f"{c.num(0, before)}%"),
            ("altDate", f"{c.when():%Y-%m-%d}"),
        ]
        c.add(f, "equity-change", "POST", "/gsxt/nb/api/stockchange/save", hdr(), qs(fields, jq))
    for _ in range(16):  # 社保信息 (人数 and 缴费基数 in 万元)
        n = c.num(1, 300)
        fields = [*base(uscc(c)), *((k, c.num(0, n)) for k in ("so110", "so210", "so310", "so410", "so510"))]
        fields += [
            ("totalWages_so110", money(c, 1, 2000)),
            ("unpaidSocialIns_so110", c.pick([0, 0, money(c, 0, 30)])),
            ("totalWagesDis", "2"),
        ]
        c.add(f, "social-security", "POST", "/gsxt/nb/api/socsecinfo/save", hdr(), qs(fields, jq))
    for _ in range(12):  # 个体工商户 年报 (mobile)
        b = c.browser(0.9)
        fields = [
            ("ancheYear", year),
            ("regNo", f"52{c.digits(13)}"),
            ("traName", company(c)),
            ("operName", c.person()),
            ("tel", c.mobile()),
            ("empNum", c.num(1, 8)),
            ("vendInc", money(c, 1, 200)),
            ("ratGro", money(c, 0, 5)),
            ("webType", c.pick(["", "网店"])),
            ("domain", c.pick(["", "https://weidian.com/?userid=" + c.digits(9)])),
        ]
        h = c.headers(b, accept=JQ_ACCEPT, ctype=JQ_FORM, referer=f"{SITE}/gsxt/nbtb/gt.html", xrw=True)
        c.add(f, "individual-report", "POST", "/gsxt/nb/api/gtnb/submit", h, qs(fields, jq))
    for _ in range(14):  # 年报 提交 (with 联络员 验证码)
        fields = [
            *base(uscc(c)),
            ("liaName", c.person()),
            ("liaTel", c.mobile()),
            ("smsCode", c.digits(6)),
            ("promise", "1"),
        ]
        c.add(f, "report-submit", "POST", "/gsxt/nb/api/submit", hdr(), qs(fields, jq))


# --- civil-affairs-service ------------------------------------------------------------------------------

MARRIAGE_OFFICES = [f"{name}民政局婚姻登记处" for name in DISTRICT_NAMES[:10]]
ELDERLY_HOMES = ["社会福利院", "颐养中心", "康养中心（医养结合）", "老年公寓", "敬老院", "日间照料中心"]


@family("civil-affairs-service")
def civil_affairs_service(c: Corpus) -> None:
    f = "civil-affairs-service"

    def hdr(ref: str, ctype: str | None = JSON_CT, b_mobile: float = 0.7) -> dict[str, str]:
        h = c.headers(c.browser(b_mobile), accept=AXIOS_ACCEPT, ctype=ctype, referer=f"{SITE}/mzfw/{ref}")
        h["X-Access-Token"] = c.b64(24, urlsafe=True)
        return h

    for _ in range(22):  # 婚姻登记 预约: 男方 and 女方 (the 17th digit says the sex)
        kind = c.pick(["结婚登记", "结婚登记", "离婚登记", "补领结婚证"])
        day = c.when() + timedelta(days=c.num(1, 30))
        doc = {
            "djlx": kind,
            "djjg": c.pick(MARRIAGE_OFFICES),
            "yyrq": f"{day:%Y-%m-%d}",
            "yysd": c.pick(["09:00-10:00", "10:00-11:00", "14:00-15:00", "15:00-16:30"]),
            "nf": {
                "xm": c.person(),
                "zjlx": "居民身份证",
                "zjhm": idcard_sex(c, True, 1970, 11000),
                "sjhm": c.mobile(),
            },
            "nvf": {
                "xm": c.person(),
                "zjlx": "居民身份证",
                "zjhm": idcard_sex(c, False, 1972, 11000),
                "sjhm": c.mobile(),
            },
            "bz": c.pick(["", "5月20日 预约", "一方 户籍 在外省（跨省通办）", "需要 颁证 仪式"]),
        }
        c.add(f, "marriage-booking", "POST", "/mzfw/api/hydj/yy/save", hdr("hydj/"), js_json(doc))
    for _ in range(16):
        q = [("djjg", c.pick(MARRIAGE_OFFICES)), ("month", f"2027-{c.num(1, 12):02d}"), ("djlx", "结婚登记")]
        c.add(f, "marriage-slots", "GET", "/mzfw/api/hydj/yy/slots?" + qs(q, axios), hdr("hydj/", None))
    for _ in range(18):  # 养老机构 查询
        q = [
            ("name", c.pick(["", *ELDERLY_HOMES])),
            ("area", c.pick(list(DISTRICTS))),
            ("nature", c.pick(["", "公办", "民办", "公建民营"])),
            ("bedMin", c.pick(["", 50, 100])),
            ("priceMax", c.pick(["", 3000, 5000])),
            ("careLevel", c.pick(["", "自理", "半失能", "失能"])),
            ("page", c.num(1, 3)),
        ]
        c.add(f, "elderly-search", "GET", "/mzfw/api/yljg/list?" + qs(q, axios), hdr("yljg/", None, 0.5))
    for _ in range(16):  # 高龄津贴 申请 (80 岁 and above)
        doc = {
            "sqr": c.person(),
            "sfzh": idcard_sex(c, c.chance(0.5), 1930, 5000),
            "hjdz": c.pick(DISTRICT_NAMES),
            "dlr": c.person(),
            "dlrdh": c.mobile(),
            "gx": c.pick(["子女", "孙子女", "本人"]),
            "yhk": f"6217{c.digits(15)}",
            "khh": "贵州农信（" + c.pick(DISTRICT_NAMES) + "联社）",
        }
        c.add(f, "allowance-apply", "POST", "/mzfw/api/gljt/apply", hdr("gljt/"), js_json(doc))
    for _ in range(18):  # 社会组织 年检: 年度工作报告 figures and prose
        income = money(c, 1, 800)
        spend = money(c, 1, 800)
        fields = [
            ("tyshxydm", uscc(c)),
            (
                "shzzmc",
                c.pick(
                    [
                        "贵阳市软件行业协会",
                        "观山湖区 志愿者 联合会",
                        "贵州省茶文化研究会",
                        "XX 社区 养老服务中心（民办非企业单位）",
                    ]
                ),
            ),
            ("nd", 2026),
            (
                "ywhd",
                c.pick(
                    [
                        "举办“数博会”分论坛 2 场；开展 会员 培训 6 期（累计 > 600 人次）。",
                        "组织 志愿服务 120 次，服务时长 3,560 小时。",
                        "承接 政府购买服务 项目 3 个，合同金额 合计 45.6 万元。",
                    ]
                ),
            ),
            ("zsr", income),
            ("zzc", spend),
            ("jzc", round(income - spend, 2)),
            ("dzzqk", c.pick(["已建立", "未建立"])),
        ]
        c.add(f, "org-annual-check", "POST", "/mzfw/api/shzz/nj/save", hdr("shzz/", JQ_FORM, 0.0), qs(fields, jq))
    for _ in range(16):  # 殡仪 服务 预约
        doc = {
            "szxm": c.person(),
            "szsfzh": idcard_sex(c, c.chance(0.5), 1930, 20000),
            "swrq": f"{c.when():%Y-%m-%d}",
            "fwxm": c.sample(["遗体接运", "遗体火化", "告别厅", "骨灰寄存"], 2),
            "jbr": c.person(),
            "jbrdh": c.mobile(),
            "ybr": c.pick(["", "子女", "配偶"]),
            "bz": c.pick(["", "申请 惠民殡葬 基本服务费 减免", "告别仪式 时间 尽量安排在 上午"]),
        }
        c.add(f, "funeral-booking", "POST", "/mzfw/api/bzfw/yy/save", hdr("bzfw/"), js_json(doc))
    for _ in range(14):
        q = [
            ("keyword", c.pick(["", "公墓", "生态 安葬", "树葬 / 花坛葬"])),
            ("area", c.pick(list(DISTRICTS))),
            ("type", c.pick(["", "公益性", "经营性"])),
        ]
        c.add(f, "cemetery-search", "GET", "/mzfw/api/bzfw/gm/list?" + qs(q, axios), hdr("bzfw/", None, 0.5))
    for _ in range(12):  # 惠民殡葬 补贴
        doc = {
            "szxm": c.person(),
            "szsfzh": idcard_sex(c, c.chance(0.5), 1930, 20000),
            "btlx": c.pick(["基本殡葬服务费减免", "生态安葬奖补"]),
            "sqje": c.pick([800, 1000, 1500]),
            "yhk": f"6217{c.digits(15)}",
        }
        c.add(f, "burial-subsidy", "POST", "/mzfw/api/bzfw/bt/apply", hdr("bzfw/"), js_json(doc))


# --- work-safety-report ---------------------------------------------------------------------------------

HAZARDS = [
    ("危险化学品", "加油站 卸油区 静电接地 夹 损坏，油罐车 卸油 时 无人 监护；现场 有人 吸烟。"),
    (
        "建筑施工",
        "工地 塔吊（编号 QTZ80-03）作业 时 无 信号工 指挥，脚手架 缺少 剪刀撑，工人 未系 安全带（高度 > 2m）。",
    ),
    ("非煤矿山", "采石场 夜间 违规 爆破（约 22:30），边坡 高度 约 40m 未 分台阶 开采。"),
    ("消防", "商场 负一楼 安全出口 被 货物 堵塞，疏散指示 标志 不亮；“消防通道 禁止 占用” 牌 被 遮挡。"),
    ("工贸", "粉尘 车间（铝粉 抛光）除尘 设施 停用，地面 积尘 厚度 约 1cm，存在 爆炸 风险。"),
    ("燃气", "餐馆 使用 液化石油气 钢瓶 放在 厨房 地下室，软管 老化 开裂；无 燃气 泄漏 报警器。"),
    ("道路运输", "“黔A·XXXXX” 危化品 运输车 超载 并 在 G75 兰海高速 服务区 违规 停放 > 2 小时。"),
]
DISASTERS = [  # (灾害 类型, 灾情 描述)
    ("暴雨洪涝", "6月12日 02时 起 突降 暴雨（最大 小时 雨量 78.6mm），X 镇 3 个 村 进水；已 转移 群众。"),
    ("地质灾害（滑坡）", "滑坡 体 约 1.2 万 m³，冲毁 乡道 150m，无 人员 伤亡；已 设置 警戒线（“禁止 通行”）。"),
    ("风雹", "冰雹 直径 约 2cm，持续 15 分钟；烤烟、玉米 受灾，部分 农房 屋顶 彩钢瓦 被 掀翻。"),
    ("低温冷冻和雪灾", "持续 凝冻 5 天（最低 气温 -4.5℃），输电线路 覆冰 厚度 > 10mm，2 个 乡镇 停电。"),
    ("森林火灾", "3月8日 14:20 发现 山火，过火 面积 约 3.6 公顷，15:50 明火 扑灭，无 人员 伤亡。"),
]


@family("work-safety-report")
def work_safety_report(c: Corpus) -> None:
    f = "work-safety-report"
    ref = f"{SITE}/yjgl/12350/jb.html"

    for _ in range(24):  # 隐患 举报: photos and the browser's (or 微信 JS-SDK's) position
        b = c.browser(0.85)
        industry, text = c.pick(HAZARDS)
        lng, lat = lnglat(c)
        parts: list = [
            ("hylb", industry),
            ("jbnr", text),
            ("fsdz", f"{c.pick(DISTRICT_NAMES)}{c.pick(ROADS)}{c.num(1, 400)}号附近"),
            ("lng", f"{lng}"),
            ("lat", f"{lat}"),
            ("coordType", c.pick(["wgs84", "gcj02"])),
            ("sfnm", c.pick(["1", "0"])),
            ("lxdh", c.pick(["", c.mobile()])),
        ]
        for n in range(c.num(1, 3)):
            name = c.pick([f"IMG_2027{c.digits(4)}_{c.digits(6)}.jpg", f"mmexport{c.ms()}.jpg", f"现场照片{n + 1}.jpg"])
            parts.append(("files", (name, "image/jpeg", jpeg(c, c.num(600, 1500)))))
        ctype, body = c.multipart(b, parts)
        h = c.headers(b, accept=AXIOS_ACCEPT, ctype=ctype, referer=ref)
        c.add(f, "hazard-report", "POST", "/yjgl/api/jb/submit", h, body)
    for _ in range(16):
        q = [("jbbh", f"JB{c.when():%Y%m%d}{c.digits(5)}"), ("cxm", c.alnum(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"))]
        h = c.headers(c.browser(0.8), accept=AXIOS_ACCEPT, referer=f"{SITE}/yjgl/12350/cx.html")
        c.add(f, "report-query", "GET", "/yjgl/api/jb/progress?" + qs(q, axios), h)
    for _ in range(20):  # 企业 隐患 自查 上报
        level = c.pick(["一般隐患", "一般隐患", "重大隐患"])
        industry, text = c.pick(HAZARDS)
        found = c.when()
        doc = {
            "qymc": company(c),
            "tyshxydm": uscc(c),
            "hylb": industry,
            "yhms": text,
            "yhdj": level,
            "zgcs": c.pick(
                [
                    "立即 停产 整改；更换 静电接地 装置 并 检测 合格（≤ 10Ω）。",
                    "增设 防护 栏杆（高度 ≥ 1.2m）及 警示 标志；组织 全员 培训 2 学时。",
                    "清理 积尘；除尘器 检修 后 联动 试运行 72h。",
                ]
            ),
            "zgqx": f"{found + timedelta(days=30 if level == '重大隐患' else 7):%Y-%m-%d}",
            "fxsj": f"{found:%Y-%m-%d}",
            "zgzrr": c.person(),
            "zgzj": money(c, 0, 200000),
        }
        h = c.headers(c.browser(0.1), accept=AXIOS_ACCEPT, ctype=JSON_CT, referer=f"{SITE}/yjgl/qy/yhpc.html")
        h["Authorization"] = "Bearer " + c.b64(30, urlsafe=True)
        c.add(f, "selfcheck-report", "POST", "/yjgl/api/qy/yhpc/save", h, js_json(doc))
    for _ in range(18):  # 灾情 报送 (初报/续报): 受灾人口 ≥ 紧急转移 etc.
        affected = c.num(10, 20000)
        kind, story = c.pick(DISASTERS)
        doc = {
            "zhlx": kind,
            "bslx": c.pick(["初报", "续报", "核报"]),
            "xzqh": c.pick(list(DISTRICTS)),
            "fssj": f"{c.when():%Y-%m-%d %H:%M}",
            "szrk": affected,
            "jjzyrk": c.num(0, affected // 4),
            "swrk": c.pick([0, 0, 0, 1]),
            "szrk_sz": 0,
            "dtfw": c.num(0, 50),
            "ysfw": c.num(0, 200),
            "nzwszmj": round(c.num(0, 50000) / 10, 1),
            "zjjjss": money(c, 0, 9000),
            "zqms": story,
        }
        h = c.headers(c.browser(0.3), accept=AXIOS_ACCEPT, ctype=JSON_CT, referer=f"{SITE}/yjgl/zqbs/")
        c.add(f, "disaster-report", "POST", "/yjgl/api/zqbs/save", h, js_json(doc))
    for _ in range(14):  # 应急预案 备案
        b = c.browser(0.0)
        parts = [
            ("qymc", company(c)),
            ("yamc", c.pick(["生产安全事故 综合 应急预案（2027 版）", "危险化学品 泄漏 专项 预案"])),
            ("bbh", f"V{c.num(1, 3)}.{c.num(0, 9)}"),
            ("file", (f"应急预案-{c.digits(4)}.pdf", "application/pdf", pdf_head(c, c.num(800, 1500)))),
        ]
        ctype, body = c.multipart(b, parts)
        h = c.headers(b, accept=AXIOS_ACCEPT, ctype=ctype, referer=f"{SITE}/yjgl/qy/yaba.html")
        c.add(f, "plan-filing", "POST", "/yjgl/api/qy/yaba/upload", h, body)
    for _ in range(12):  # 举报 奖励 申领
        fields = [
            ("jbbh", f"JB{c.when():%Y%m%d}{c.digits(5)}"),
            ("xm", c.person()),
            ("sfzh", idcard_sex(c, c.chance(0.5))),
            ("yhkh", f"6228{c.digits(15)}"),
            ("khh", "中国农业银行 贵阳 分行"),
            ("lxdh", c.mobile()),
        ]
        h = c.headers(c.browser(0.8), accept=JQ_ACCEPT, ctype=JQ_FORM, referer=f"{SITE}/yjgl/12350/jl.html", xrw=True)
        c.add(f, "reward-apply", "POST", "/yjgl/api/jb/reward", h, qs(fields, jq))
    for _ in range(16):  # 附近 应急避难场所
        lng, lat = lnglat(c)
        q = [("lng", lng), ("lat", lat), ("radius", c.pick([1000, 3000, 5000])), ("type", c.pick(["", "I类", "II类"]))]
        h = c.headers(c.browser(0.9), accept=AXIOS_ACCEPT, referer=f"{SITE}/yjgl/bncs/")
        c.add(f, "shelter-nearby", "GET", "/yjgl/api/bncs/nearby?" + qs(q, axios), h)


# --- drawing-review -------------------------------------------------------------------------------------

DESIGN_INSTITUTES = ["贵州省建筑设计研究院有限责任公司", "中国建筑西南设计研究院有限公司", "贵阳市建筑设计院有限公司"]
IFC_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_$"
OPINIONS = [
    (
        "GB 50016-2014（2018年版）",
        "5.5.17",
        True,
        "疏散距离 超过 规范 限值（40m）",
        "已 增设 1 部 疏散楼梯，见 建施-05。",
    ),
    ("GB 50352-2019", "6.7.3", False, "栏杆 高度 不足（临空 高度 < 24m 时 ≥ 1.05m）", "栏杆 高度 调整 为 1.10m。"),
    ("GB 50010-2010（2015年版）", "8.2.1", True, "梁 纵筋 保护层 厚度 未 注明", "结施-03 补充 注明 c = 25mm。"),
    (
        "GB 55015-2021",
        "3.1.8",
        True,
        "外墙 传热系数 K 值 不满足（K ≤ 1.0 W/(m²·K)）",
        "保温层 加厚 至 70mm，K = 0.86。",
    ),
    ("GB 50763-2012", "3.1.1", False, "无障碍 坡道 坡度 1:10 不满足 要求", "坡道 改为 1:12，长度 9.0m。"),
]


def step_text(s: str) -> str:
    """A STEP string as IFC exporters write it: non-ASCII runs as \\X2\\<UTF-16 hex>\\X0\\, quotes doubled."""
    out, run = "", ""
    for ch in s + "\0":
        if ch != "\0" and ord(ch) > 126:
            run += ch
            continue
        if run:
            out += "\\X2\\" + run.encode("utf-16-be").hex().upper() + "\\X0\\"
            run = ""
        if ch != "\0":
            out += "''" if ch == "'" else ch
    return out


def ifc_model(c: Corpus, project: str, schema: str) -> bytes:
    def gid() -> str:
        return c.alnum(22, IFC_CHARS)

    stamp = f"{c.when():%Y-%m-%dT%H:%M:%S}"
    lines = [
        "ISO-10303-21;",
        "HEADER;",
        "FILE_DESCRIPTION(('ViewDefinition [CoordinationView_V2.0]'),'2;1');",
        f"FILE_NAME('{step_text(project)}.ifc','{stamp}',('{step_text(c.person())}'),"
        f"('{step_text('贵州省建筑设计研究院')}'),'The EXPRESS Data Manager Version 5.02.0100.07 : 28 Aug 2013',"
        "'21.1.0.0 - Exporter 21.1.0.0 - Alternate UI 21.1.0.0','');",
        f"FILE_SCHEMA(('{schema}'));",
        "ENDSEC;",
        "DATA;",
        "#1=IFCPERSON($,$,'',$,$,$,$,$);",
        f"#2=IFCORGANIZATION($,'{step_text('设计院')}',$,$,$);",
        "#5=IFCAPPLICATION(#2,'2024','Autodesk Revit 2024 (CHS)','Revit');",
        f"#41=IFCPROJECT('{gid()}',#42,'{step_text(project)}',$,$,'{step_text(project)}','{step_text('施工图')}',(#60),#50);",
        f"#100=IFCSITE('{gid()}',#42,'Default',$,$,#101,$,$,.ELEMENT.,(26,34,12,0),(106,42,36,0),1075.5,$,$);",
        f"#120=IFCBUILDING('{gid()}',#42,'{step_text('1#楼')}',$,$,#121,$,$,.ELEMENT.,$,$,$);",
    ]
    for n in range(c.num(2, 6)):
        lines.append(
            f"#{200 + n}=IFCBUILDINGSTOREY('{gid()}',#42,'{step_text(f'{n + 1}F')}',$,$,#{300 + n},$,"
            f"'{n + 1}F',.ELEMENT.,{n * 3600.0});"
        )
        lines.append(
            f"#{400 + n}=IFCWALLSTANDARDCASE('{gid()}',#42,'{step_text('基本墙:常规 - 200mm')}:{c.num(100000, 999999)}'"
            f",$,'{step_text('基本墙:常规 - 200mm')}',#{500 + n},#{600 + n},'{c.num(100000, 999999)}');"
        )
    lines += ["ENDSEC;", "END-ISO-10303-21;"]
    return ("\r\n".join(lines) + "\r\n").encode("ascii")


@family("drawing-review")
def drawing_review(c: Corpus) -> None:
    f = "drawing-review"
    ref = f"{SITE}/sgtsc/project/detail.html"
    projects = [
        "观山湖区 XX 安置房 项目 1#-6# 楼",
        "贵阳 数博大道 综合管廊 二期",
        "遵义 XX 中学 教学楼（改扩建）",
        "花溪区 人民医院 门诊 综合楼",
        "贵安新区 数据中心 B 栋",
    ]

    def upload(shape: str, fname: str, ftype: str, content: bytes, extra: list[tuple[str, str]]) -> None:
        b = c.browser(0.0)
        ctype, body = c.multipart(b, [("projectId", c.uid()), *extra, ("file", (fname, ftype, content))])
        h = c.headers(b, accept=AXIOS_ACCEPT, ctype=ctype, referer=ref)
        h["Authorization"] = "Bearer " + c.b64(30, urlsafe=True)
        c.add(f, shape, "POST", "/sgtsc/api/drawing/upload", h, body)

    for _ in range(18):
        version = c.pick(["AC1027", "AC1032", "AC1024"])
        content = version.encode() + b"\x00\x00\x00\x00\x00" + c.rnd.randbytes(c.num(800, 1600))
        sheet = c.pick(["建施", "结施", "水施", "电施", "暖施"])
        name = f"{sheet}-{c.num(1, 30):02d} {c.pick(['平面图', '立面图', '大样图'])}.dwg"
        upload(
            "dwg-upload",
            name,
            c.pick(["application/octet-stream", "image/vnd.dwg", "application/acad"]),
            content,
            [
                ("major", c.pick(["建筑", "结构", "给排水", "电气", "暖通"])),
                ("version", c.pick(["送审", "修改1", "修改2"])),
            ],
        )
    for _ in range(18):
        project = c.pick(projects)
        schema = c.pick(["IFC2X3", "IFC4"])
        upload(
            "ifc-upload",
            f"{project.split()[0]}-{c.pick(['建筑', '结构', 'MEP'])}.ifc",
            "application/octet-stream",
            ifc_model(c, project, schema),
            [("major", "BIM"), ("schema", schema)],
        )
    for _ in range(16):
        upload(
            "pdf-upload",
            f"{c.pick(['图纸目录', '设计说明', '计算书', '节能计算书'])}.pdf",
            "application/pdf",
            pdf_head(c, c.num(800, 1600)),
            [("major", c.pick(["建筑", "结构", "节能"])), ("version", "送审")],
        )
    for _ in range(20):  # vue-simple-uploader chunks of a large model, each with its MD5
        b = c.browser(0.0)
        chunk = c.rnd.randbytes(c.num(1024, 2048))
        total = c.num(3, 40)
        number = c.num(1, total)
        size = 5 * 1024 * 1024
        fields = [
            ("chunkNumber", str(number)),
            ("chunkSize", str(size)),
            ("currentChunkSize", str(len(chunk))),
            ("totalSize", str(size * (total - 1) + len(chunk))),
            ("identifier", c.hexs(16)),
            ("filename", f"{c.pick(projects).split()[0]}-{c.pick(['整合', '建筑'])}.rvt"),
            ("relativePath", "model.rvt"),
            ("totalChunks", str(total)),
            ("chunkMd5", md5_hex_bytes(chunk)),
        ]
        ctype, body = c.multipart(b, [*fields, ("file", ("blob", "application/octet-stream", chunk))])
        h = c.headers(b, accept=AXIOS_ACCEPT, ctype=ctype, referer=ref)
        c.add(f, "chunk-upload", "POST", "/sgtsc/api/bim/chunk", h, body)
    for _ in range(22):  # 审查意见 回复
        std, clause, strong, problem, answer = c.pick(OPINIONS)
        doc = {
            "opinionId": c.num(10**5, 10**6),
            "projectId": c.uid(),
            "standard": std,
            "clause": clause,
            "mandatory": strong,
            "problem": problem,
            "reply": answer,
            "drawingNo": f"建施-{c.num(1, 30):02d}",
            "replyBy": c.person(),
            "replyTime": f"{c.when():%Y-%m-%d %H:%M:%S}",
        }
        h = c.headers(c.browser(0.0), accept=AXIOS_ACCEPT, ctype=JSON_CT, referer=ref)
        c.add(f, "opinion-reply", "POST", "/sgtsc/api/opinion/reply", h, js_json(doc))
    for _ in range(14):
        area = round(c.num(5000, 200000) / 10, 1)
        doc = {
            "xmmc": c.pick(projects),
            "xmdm": f"2027-{c.pick(list(DISTRICTS))}-47-01-{c.digits(6)}",
            "jsdw": company(c),
            "jsdwdm": uscc(c),
            "sjdw": c.pick(DESIGN_INSTITUTES),
            "jzmj": area,
            "dsmj": round(area * 0.8, 1),
            "dxmj": round(area * 0.2, 1),
            "jzgd": round(c.num(100, 1000) / 10, 1),
            "jglx": c.pick(["框架", "框架-剪力墙", "剪力墙", "钢结构"]),
            "kzld": c.pick(["6度", "7度"]),
        }
        h = c.headers(c.browser(0.0), accept=AXIOS_ACCEPT, ctype=JSON_CT, referer=f"{SITE}/sgtsc/project/new.html")
        c.add(f, "project-register", "POST", "/sgtsc/api/project/save", h, js_json(doc))
    for _ in range(16):
        q = [
            ("projectId", c.uid()),
            ("major", c.pick(["", "建筑", "结构"])),
            ("status", c.pick(["", "待审", "退回"])),
            ("keyword", c.pick(["", "平面图", "-0", "大样"])),
        ]
        h = c.headers(c.browser(0.0), accept=AXIOS_ACCEPT, referer=ref)
        c.add(f, "drawing-list", "GET", "/sgtsc/api/drawing/list?" + qs(q, axios), h)
    for _ in range(12):
        q = [("xmdm", f"2027-{c.pick(list(DISTRICTS))}-47-01-{c.digits(6)}"), ("_t", c.ms())]
        h = c.headers(c.browser(0.5), accept=AXIOS_ACCEPT, referer=f"{SITE}/sgtsc/query.html")
        c.add(f, "review-progress", "GET", "/sgtsc/api/review/progress?" + qs(q, axios), h)


def md5_hex_bytes(raw: bytes) -> str:
    return hashlib.md5(raw, usedforsecurity=False).hexdigest()


# --- edu-homework ---------------------------------------------------------------------------------------

MATH_QUERIES = [
    "已知 x^2 - 5x + 6 ≤ 0，求 x 的取值范围",
    "√2 × √8 = ?",
    "若 a ≥ b > 0，比较 a/b 与 (a+1)/(b+1) 的大小",
    "△ABC 中 ∠A = 60°，AB = 2，AC = 3，求 BC",
    "函数 f(x) = |x - 1| + |x + 2| 的最小值",
    "圆的面积 S = πr²，r = 3cm",
    "1/2 + 1/3 + 1/6 = ?",
    "x ≠ 0 时 (x + 1/x)^2 ≥ 4 怎么证",
]
MATH_ANSWERS = [
    (r"2 \le x \le 3", "2 ≤ x ≤ 3"),
    (r"\sqrt{2}\times\sqrt{8}=\sqrt{16}=4", "4"),
    (r"\frac{a}{b}\ge\frac{a+1}{b+1}", "a/b ≥ (a+1)/(b+1)"),
    (r"BC=\sqrt{4+9-2\times2\times3\times\cos 60^{\circ}}=\sqrt{7}", "√7"),
    (r"f_{\min}=3", "3"),
    (r"S=\pi r^{2}=9\pi\ \mathrm{cm}^{2}", "9π cm²"),
]
CHEM = [
    "2H₂ + O₂ =点燃= 2H₂O",
    "CaCO₃ + 2HCl = CaCl₂ + H₂O + CO₂↑",
    "Fe + CuSO₄ = FeSO₄ + Cu",
    "2KMnO₄ =△= K₂MnO₄ + MnO₂ + O₂↑",
    "Na2CO3 + Ca(OH)2 = CaCO3↓ + 2NaOH",
    "N2 + 3H2 ⇌ 2NH3 (高温高压、催化剂)",
    "CH4 + 2O2 --点燃--> CO2 + 2H2O",
]
ESSAYS = [
    "Dear Tom,\nI'm glad to hear that you'll visit Guiyang this summer. It's called \"the city of summer resorts\" "
    "because it's cool & green. Don't forget to try 'suan tang yu' (sour fish soup)!\nYours,\nLi Hua",
    "My favourite festival is the Spring Festival. On New Year's Eve, my family gets together, makes dumplings and "
    "watches the Gala. It's not only a holiday; it's a time for love -- and red envelopes, of course!",
    "In my opinion, students should do some chores at home. First, it helps us become independent. Second, our "
    "parents work hard (8-10 hours a day), so we'd better share the housework. What's more, it's fun!",
]
READING = [
    "Passage A: \"Where there's a will, there's a way.\" Lucy's story shows this. Q: What does the word 'will' mean?",
    "Read the notice: Library hours: Mon.-Fri. 8:00 a.m.-9:00 p.m.; Sat. 9:00-17:00; closed on Sundays.",
]


def xjh(c: Corpus) -> str:
    """全国学籍号: G and the student's 公民身份号码."""
    return "G" + idcard_sex(c, c.chance(0.5), 2009, 4500)


@family("edu-homework")
def edu_homework(c: Corpus) -> None:
    f = "edu-homework"

    def app(ctype: str | None = None, ref: str = "zy/") -> dict[str, str]:
        h = c.headers(c.browser(0.7), accept=AXIOS_ACCEPT, ctype=ctype, referer=f"{SITE}/jyy/{ref}")
        h["X-Token"] = c.b64(24, urlsafe=True)
        return h

    for _ in range(24):  # 题库 search: what students and teachers type
        q = [
            ("q", c.pick(MATH_QUERIES + CHEM + ["Where there's a will, there's a way", "现在完成时 have/has done"])),
            ("subject", c.pick(["math", "chemistry", "english", ""])),
            ("grade", c.pick(["7", "8", "9", "10", ""])),
            ("page", c.num(1, 3)),
        ]
        c.add(f, "question-search", "GET", "/jyy/api/tiku/search?" + qs(q, axios), app(ref="tiku/"))
    for _ in range(22):  # 作答 with the math keyboard's LaTeX
        answers = [
            {"qid": c.num(10**6, 10**7), "latex": tex, "text": text}
            for tex, text in c.sample(MATH_ANSWERS, c.num(1, 3))
        ]
        doc = {
            "homeworkId": c.num(10**5, 10**6),
            "studentNo": xjh(c),
            "answers": answers,
            "costSeconds": c.num(60, 3600),
            "submitType": c.pick(["manual", "timeout"]),
        }
        c.add(f, "answer-submit", "POST", "/jyy/api/zy/answer/submit", app(JSON_CT), js_json(doc))
    for _ in range(18):  # 化学方程式 填空, as the form posts them
        fields = [
            ("homeworkId", c.num(10**5, 10**6)),
            ("qid", c.num(10**6, 10**7)),
            ("answer", c.pick(CHEM)),
            ("remark", c.pick(["", "↑ 和 ↓ 不会打，用 ^ 代替", "条件 写在 等号 上方"])),
        ]
        c.add(f, "chem-answer", "POST", "/jyy/api/zy/answer/blank", app(JQ_FORM), qs(fields, jq))
    for _ in range(18):  # English 作文 and 阅读 notes
        doc = {
            "homeworkId": c.num(10**5, 10**6),
            "type": c.pick(["essay", "reading"]),
            "content": c.pick(ESSAYS) if c.chance(0.7) else c.pick(READING),
            "wordLimit": c.pick([80, 100, 120]),
        }
        c.add(f, "english-essay", "POST", "/jyy/api/zy/essay/submit", app(JSON_CT), js_json(doc))
    for _ in range(18):  # 拍照 上传 作业
        b = c.browser(0.95)
        parts: list = [("homeworkId", str(c.num(10**5, 10**6))), ("page", str(c.num(1, 4)))]
        parts.append(("file", (f"IMG_{c.when():%Y%m%d_%H%M%S}.jpg", "image/jpeg", jpeg(c, c.num(700, 1500)))))
        ctype, body = c.multipart(b, parts)
        h = c.headers(b, accept=AXIOS_ACCEPT, ctype=ctype, referer=f"{SITE}/jyy/zy/")
        h["X-Token"] = c.b64(24, urlsafe=True)
        c.add(f, "photo-upload", "POST", "/jyy/api/zy/photo/upload", h, body)
    for _ in range(14):  # 学籍 转学 申请
        doc = {
            "xjh": xjh(c),
            "xm": c.person(),
            "zcxx": c.pick(["贵阳市第一中学", "观山湖区 第二 小学", "遵义 XX 中学"]),
            "zrxx": c.pick(["贵阳市第六中学", "花溪区 实验 小学", "凯里 一中"]),
            "nj": c.pick(["七年级", "八年级", "三年级"]),
            "zxyy": c.pick(["随迁（父母 工作 调动）", "户籍 迁移", "购房 入学（学区）"]),
            "jhr": c.person(),
            "jhrdh": c.mobile(),
        }
        h = c.headers(c.browser(0.1), accept=AXIOS_ACCEPT, ctype=JSON_CT, referer=f"{SITE}/jyy/xj/zx.html")
        c.add(f, "xueji-transfer", "POST", "/jyy/api/xj/transfer/apply", h, js_json(doc))
    for _ in range(14):
        q = [("xjh", xjh(c)), ("xq", c.pick(["2026-2027-1", "2026-2027-2"])), ("ks", c.pick(["期中", "期末", "月考"]))]
        c.add(f, "score-query", "GET", "/jyy/api/cj/query?" + qs(q, axios), app(ref="cj/"))
    for _ in range(14):  # 错题本
        doc = {
            "qid": c.num(10**6, 10**7),
            "note": c.pick(["符号 看错：≥ 写成 >", "忘记 检验 x ≠ 0", "↑ 漏写"]),
            "tags": c.sample(["粗心", "概念不清", "计算错误", "审题"], 2),
        }
        c.add(f, "wrongbook", "POST", "/jyy/api/ctb/add", app(JSON_CT), js_json(doc))


# --- pollution-permit -----------------------------------------------------------------------------------

POLLUTANTS = [  # (污染物, 许可排放浓度 mg/m³ or mg/L, 执行标准, 排放口 type)
    ("颗粒物", 20, "GB 13223-2011", "DA"),
    ("二氧化硫", 50, "GB 13223-2011", "DA"),
    ("氮氧化物", 100, "GB 13223-2011", "DA"),
    ("非甲烷总烃", 120, "GB 16297-1996", "DA"),
    ("化学需氧量", 100, "GB 8978-1996", "DW"),
    ("氨氮（NH3-N）", 15, "GB 8978-1996", "DW"),
    ("总磷（以P计）", 0.5, "GB 8978-1996", "DW"),
    ("pH值", 9, "GB 8978-1996", "DW"),
]
PP_INDUSTRIES = ["白酒制造 C1512", "火力发电 D4411", "磷肥制造 C2622", "水泥制造 C3011", "污水处理及其再生利用 D4620"]


def permit_no(c: Corpus, code: str, kind: str = "P") -> str:
    """排污许可证编号: the 统一社会信用代码, a 3-digit serial, P (许可) or X (登记)."""
    return f"{code}{c.num(1, 3):03d}{kind}"


@family("pollution-permit")
def pollution_permit(c: Corpus) -> None:
    f = "pollution-permit"
    ref = f"{SITE}/permitExt/syssb/xkgg/index.html"

    def hdr(ctype: str | None = JSON_CT) -> dict[str, str]:
        h = c.headers(c.browser(0.0), accept=AXIOS_ACCEPT, ctype=ctype, referer=ref)
        return h

    def outlets(kind: str) -> list[dict]:
        out = []
        for n in range(1, c.num(1, 3) + 1):
            lng, lat = lnglat(c)
            pol = [p for p in POLLUTANTS if p[3] == kind]
            out.append(
                {
                    "pkbh": f"{kind}{n:03d}",
                    "pkmc": f"{c.pick(['锅炉', '酿造', '污水处理站'])}排放口{n}",
                    "jd": lng,
                    "wd": lat,
                    "pfgd": c.num(15, 80) if kind == "DA" else None,
                    "wrw": [{"mc": p[0], "xkpfnd": p[1], "bz": p[2]} for p in c.sample(pol, c.num(1, 3))],
                }
            )
        return out

    for _ in range(20):  # 许可证 申请
        code = uscc(c)
        doc = {
            "tyshxydm": code,
            "dwmc": company(c),
            "hylb": c.pick(PP_INDUSTRIES),
            "sqlx": c.pick(["首次申请", "延续", "变更"]),
            "glfl": c.pick(["重点管理", "简化管理"]),
            "fqpk": outlets("DA"),
            "fspk": outlets("DW"),
            "xkzbh": permit_no(c, code),
        }
        c.add(f, "permit-apply", "POST", "/permitExt/api/xksq/save", hdr(), js_json(doc))
    for _ in range(22):  # 自行监测 数据: a value for each hour, and whether it exceeds the limit
        pol, limit, std, kind = c.pick(POLLUTANTS)
        values = [round(limit * c.num(10, 115) / 100, 2) for _ in range(c.num(3, 8))]
        doc = {
            "xkzbh": permit_no(c, uscc(c)),
            "pkbh": f"{kind}00{c.num(1, 3)}",
            "wrw": pol,
            "bz": std,
            "xz": limit,
            "jcsj": f"{c.when():%Y-%m-%d}",
            "jcz": values,
            "cb": any(v > limit for v in values),
            "jcfs": c.pick(["自动监测", "手工监测"]),
            "dw": "mg/L" if kind == "DW" else "mg/m³",
        }
        c.add(f, "monitor-data", "POST", "/permitExt/api/zxjc/save", hdr(), js_json(doc))
    for _ in range(16):  # 执行报告 (年报/季报), prose and figures
        fields = [
            ("xkzbh", permit_no(c, uscc(c))),
            ("bglx", c.pick(["年报", "季报", "月报"])),
            ("bgqj", c.pick(["2026", "2027-Q1", "2027-Q2"])),
            (
                "yxqk",
                c.pick(
                    [
                        "报告期内 1# 锅炉 停运 检修 15 天（3月1日—3月15日）；其余 设施 正常 运行。",
                        "脱硝 设施 SCR 催化剂 更换 1 层；NOx 小时 浓度 均值 62.3 mg/m³（< 100）。",
                    ]
                ),
            ),
            ("sjpfl_so2", money(c, 0, 300)),
            ("sjpfl_nox", money(c, 0, 500)),
            ("xkpfl", money(c, 300, 900)),
        ]
        c.add(f, "exec-report", "POST", "/permitExt/api/zxbg/save", hdr(FORM), qs(fields, form))
    for _ in range(16):  # 信息公开 查询
        q = [
            ("xkzbh", c.pick(["", permit_no(c, uscc(c))])),
            ("dwmc", c.pick(["", "酒业", "电厂", company(c)])),
            ("province", "520000"),
            ("city", c.pick(["520100", "520300", ""])),
            ("hylb", c.pick(["", "C1512", "D4411"])),
            ("page", c.num(1, 5)),
        ]
        h = c.headers(c.browser(0.3), accept=JQ_ACCEPT, referer=ref, xrw=True)
        c.add(f, "permit-search", "GET", "/permitExt/api/xkgg/list?" + qs(q), h)
    for _ in range(14):  # 排污登记 (登记管理)
        code = uscc(c)
        fields = [
            ("tyshxydm", code),
            ("dwmc", company(c)),
            ("djbh", permit_no(c, code, "X")),
            ("hylb", c.pick(["餐饮 H6210", "汽车修理 O8111", "印刷 C2319"])),
            ("wrwzl", c.pick(["油烟", "VOCs", "废水（化学需氧量、氨氮）"])),
            ("zlss", c.pick(["油烟净化器", "活性炭吸附", "隔油池"])),
        ]
        c.add(f, "registration", "POST", "/permitExt/api/pwdj/save", hdr(JQ_FORM), qs(fields, jq))
    for _ in range(14):
        b = c.browser(0.0)
        parts = [
            ("xkzbh", permit_no(c, uscc(c))),
            ("fjlx", c.pick(["环评批复", "监测报告", "平面布置图"])),
            (
                "file",
                (
                    f"{c.pick(['环评批复', '监测报告-2027Q1', '厂区平面布置图'])}.pdf",
                    "application/pdf",
                    pdf_head(c, c.num(700, 1400)),
                ),
            ),
        ]
        ctype, body = c.multipart(b, parts)
        h = c.headers(b, accept=AXIOS_ACCEPT, ctype=ctype, referer=ref)
        c.add(f, "attachment-upload", "POST", "/permitExt/api/fj/upload", h, body)
    for _ in range(14):  # 排放口 地图 (bbox)
        lng, lat = lnglat(c)
        q = [
            ("bbox", f"{lng - 0.05:.6f},{lat - 0.05:.6f},{lng + 0.05:.6f},{lat + 0.05:.6f}"),
            ("type", c.pick(["DA", "DW", "DA,DW"])),
            ("zoom", c.num(10, 16)),
        ]
        c.add(f, "outlet-map", "GET", "/permitExt/api/pk/map?" + qs(q, axios), hdr(None))


# --- generation, check and files -------------------------------------------------------------------


def gen() -> list[dict]:
    return generate(Corpus(SEED), FAMILIES)


def check(rec: dict) -> list[str]:
    """What is wrong with one record as an HTTP request (empty: nothing): tests/waf/data/corpus_kit.py."""
    return check_record(rec, SOURCES)


if __name__ == "__main__":
    write_corpus(gen(), check, split, TUNING_FILE, HELD_OUT_FILE, len(FAMILIES))
