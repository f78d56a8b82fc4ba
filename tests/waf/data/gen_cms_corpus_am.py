"""Generate corpus AM: a THIRTY-NINTH set of ordinary requests to Chinese government sites, independent of A-Z and AA-AL.

    python tests/waf/data/gen_cms_corpus_am.py   # writes cms_am_tuning.jsonl and cms_am_heldout.jsonl next to it

Why another corpus: each fresh corpus so far has found kinds of ordinary traffic the earlier ones lacked, and AM
measures the WAF's false positives on traffic no tuning round has seen. Corpus AM is a province's TAXATION, FEES and
PUBLIC FINANCE services (河南省 as the model) on its 政务云 in 2026-2027, as taxpayers, enterprises' accountants, tax
agents, citizens, payers of fees, banks and staff use them, written as the real web pages, H5 and mini-program front
ends, client tools and server APIs send them: the 新 电子 税务局 (身份 切换, 增值税 一般 纳税人 申报 with its 栏次,
附加 税费 with the 六税两费 减征, 财务 报表 XLSX, 申报 更正 with the accountant's reasons, 三方 协议, 缴款, 文书
查询); 全面 数字化 电子 发票 (蓝字 开具 with 项目 lines whose 金额 × 税率 = 税额, 红字 确认单, 授信 额度, 税收
分类 编码 search, OFD / PDF / XML 下载, 扫码 开票 抬头, and 乐企 直连 calls with SM4-encrypted bodies); 个人 所得税
综合 所得 年度 汇算 (收入 and the published brackets, 子女 教育 / 住房 贷款 利息 / 赡养 老人 with the family's
details, 退税 to a bank card, the 扣缴 客户端's XLSX import); 社保费 and 城乡 居民 医保 缴费 (灵活 就业 基数 申报,
代缴 for family members in the mini-program, 档次, bank callbacks); 非税 收入 统一 缴款 (罚没 款 with 加处 罚款, 考试
报名费, 不动产 登记费, 退付 with screenshots) with the 执收 单位 console; 财政 电子 票据 (持有人 查询, 票据 代码 / 号码 /
校验码, 报销 入账 and 入账 状态 回写) with the 财政 局's 票据 管理 console; 出口 退税 and 跨境 服务 (申报 data package,
单证 备案, 收汇, a legacy GB18030 代理 出口 证明 form); 税收 优惠 (研发 辅助账, 高新 认定 ratios, 小微 企业 calculator,
long 政策 问答 searches); 纳税 信用 复评 and 涉税 专业 服务 机构 with the 复评 复核 console; 12366 (long questions
quoting 公告 and 条款, 预约 办税, 进度, 评价) with its knowledge-base content management; the 预算 管理 一体化 system
(staff) and the 政府 采购 电子 卖场; and the 税务 局's 风险 应对 workbench and 申报 审核 console, with the taxpayers'
自查 报告 and replies. Names, 身份证 numbers (GB 11643 check digits), 统一 社会 信用 代码 (GB 32100 check characters
over a GB 11714 组织 机构 代码), 发票 号码, 票据 代码, 报关单 号, card numbers (Luhn), phones, ids, keys and tokens are
this generator's, not published ones. ``SOURCES`` names the public material each family's URLs, parameters, headers
and bodies follow; values are generated deterministically (``SEED``); HOST is a placeholder the evaluation replaces.
Nothing here is an attack: every value is what the real service receives.

Overlap with earlier corpora, checked against their SOURCES: K's tax-invoice (全国 增值税 发票 查验 平台 JSONP
queries) and medical-insurance-service (国家 医保 服务 平台 异地 备案), H's e-bill-verify (财政 电子 票据 查验), E's
fee-payment (非税 缴款码 and 支付宝 return), AB's unified-payment-bank (代收 bank 前置) and treasury-payment-voucher
(国库 支付 凭证), G's social-insurance (人社 权益 记录), M's budget-disclosure (预决算 公开), W's etc-toll-invoice, U's
enterprise-policy-match and Y's credit-repair touch neighbouring services. AM shares none of those family names and
none of their shapes: its 发票 traffic is 开具, 红冲 and 乐企 直连 on the 数电 平台, not the 查验 platform's JSONP; its
票据 traffic is the holder's 查询, the 入账 回写 and the 票据 管理 console (one 查验 shape, by 代码 / 号码 / 校验码, as the
票据 is printed); its 非税 traffic is 罚没 / 报名费 / 登记费 payment with their computations and the 执收 单位 console,
not the bank 前置; its 社保 traffic is the 税务 征收 side (基数 申报, 代缴), not 人社 records; its budget traffic is the
一体化 system's 指标 and 用款, not 国库 凭证 or 公开. No earlier corpus has 电子 税务局 申报, 个税 汇算, 出口 退税, 研发
加计 扣除, 纳税 信用 复评, 涉税 专业 服务, 12366 or 风险 应对 traffic. Limits of the record format
(corpus_kit.check_record): methods are GET, HEAD, OPTIONS and POST, so the services' PUT and DELETE calls (deleting a
draft 申报, withdrawing a 红字 确认单) are not recorded.

CLIENT (ADR 0040, decided before any count): a record carries "client": "office" exactly when its family's console
rule (``CONSOLE``: a path pattern per family, matched at the start of the path) says the request goes to a staff
console on the government network, which 《互联网政务应用安全管理规定》第十九条 confines to the government's own
address ranges: the 执收 单位 开票 console of 非税 收入 (/fsjk-zsdw/), the 财政 局's 票据 管理 console (/pjgl-admin/),
the 纳税 信用 复评 复核 console (/nsxy-fh/), the 12366 knowledge base's content management (/zsk-cms/), the 预算 管理
一体化 system of the 预算 单位 (/ysyth/), and the 税务 局's 风险 应对 workbench (/fxyd-gzt/) and 申报 审核 console
(/sbsh-kzt/). The 电子 税务局, 数电票, 个税, 社保费, 出口 退税 and 税收 优惠 families have no console here: taxpayers',
accountants', agents', citizens', banks' and suppliers' requests, public APIs and portal pages carry no client key (a
user on the internet).

Each request is one JSONL record as in corpora A-Z and AA-AL (method, path, headers, body or body_b64) tagged with
its ``family``, ``shape``, ``source`` and ``label`` = family/shape, and passes corpus_kit.check_record.

THE SPLIT is corpus_kit.HashSplit's rule with the salt "corpus-am/", decided and written down here before the corpus
was generated and before anything was evaluated (no WAF result on AM was seen by its author; docs/waf.md, held-out
discipline): the three families whose sha256("corpus-am/<family>") hex digests sort first are held out whole, and no
tuning may see them; in every other family a (family, shape) group is held out when
sha256("corpus-am/<family>/<shape>") has a first byte divisible by 4; everything else is the tuning part. Made once;
never re-split, edited or regenerated to pass.
"""  # noqa: E501 - the series' first line (independent of A-Z and AA-AL) is one line

from __future__ import annotations

import base64
import hashlib
import io
import sys
import zipfile
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # run as a script from anywhere

from tests.waf.data import gen_cms_corpus_ai as corpus_ai
from tests.waf.data.corpus_kit import (
    SITE,
    ConsoleMarked,
    HashSplit,
    check_record,
    family_registry,
    generate,
    part_files,
    write_corpus,
)
from tests.waf.data.gen_cms_corpus_ah import XLSX_CT, nav, upload_xhr, xlsx  # AH's
from tests.waf.data.gen_cms_corpus_ak import form_of, gb_form, luhn_card, mp4, mp_h, qs  # AK's
from tests.waf.data.gen_cms_corpus_al import bearer, hmac_hex, jq, server_h, session, staff, staff_upload, web  # AL's
from tests.waf.data.gen_cms_corpus_e import jpeg, js_json  # E's
from tests.waf.data.gen_cms_corpus_f import pdf_head, png  # F's
from tests.waf.data.gen_cms_corpus_m import DOCX_CT, docx  # M's

TUNING_FILE, HELD_OUT_FILE = part_files("am")
SEED = 20310911
SALT = "corpus-am/"

SOURCES = {
    "etax-declaration-hall": "国家税务总局 河南省 电子 税务局 (新 电子 税务局, 全国 统一 规范) as taxpayers and"
    " accountants use it: 登录 and 身份 切换 (办税员 / 财务 负责人 / 法定 代表人), 《增值税及附加税费申报表（一般纳税人"
    "适用）》 主表 栏次 1, 11-20, 24 and 附列 资料 (一) by 税率, 附加 税费 (城市 维护 建设 税 7 / 5 / 1 %, 教育 费 附加"
    " 3 %, 地方 教育 附加 2 %, 财政部 税务总局 公告 2023年 第12号 六税两费 减半), 财务 报表 报送 (XLSX), 申报 更正,"
    " 三方 协议 签订, 税款 缴纳 and 文书 查询",
    "digital-einvoice-issue": "全面 数字化 的 电子 发票 (国家税务总局 公告 2024年 第11号) on the 电子 发票 服务 平台"
    " and 乐企 能力 开放 平台 (lqpt: /access/v2/invoke/{能力 编码}/{服务 编码} with fwbm, nlbm, jrdwptbh, sydwptbh,"
    " ylbm, access_signature, sxcsbz headers and SM4-ECB base64 bodies; QDFPSC and CXSXED services): 蓝字"
    " 开具 with fpmxList (xmmc, spfwjc, sphfwssflhbbm 19-digit 税收 分类 编码, je, slv, se), 红字 确认单 申请 (冲红"
    " 原因), 授信 额度, 税收 分类 编码 search, 发票 下载 as OFD / PDF / XML, and 扫码 开票 抬头 H5",
    "iit-annual-reconcile": "个人所得税 APP / web (国家税务总局 自然人 电子 税务局) 综合 所得 年度 汇算 per"
    " 《中华人民共和国个人所得税法》 第六条 and the 综合 所得 年度 税率表, 《个人所得税专项附加扣除暂行办法》"
    " and 国发〔2023〕13号 standards (子女 教育 2000 元 / 月, 住房 贷款 利息 1000, 赡养 老人 3000 with"
    " 分摊), 退税 申请 to a 银行 卡,"
    " 退税 进度, and the 自然人 电子 税务局 扣缴 客户端's 工资 薪金 XLSX import",
    "social-fee-resident-pay": "河南 税务 社保费 缴费 (电子 税务局 and the 河南 税务 mini-program) per 社会保险费"
    " 征收 划转: 灵活 就业 人员 缴费 基数 申报 (60-300 % of the 全省 平均 工资, 养老 20 %), 城乡 居民 医保 家庭 代缴"
    " (2027 年度 个人 缴费 标准 400 元), 城乡 居民 养老 缴费 档次, 缴费 记录 查询, 缴费 证明, 缴费 订单 and the 代收"
    " bank's signed 缴费 结果 callback",
    "nontax-unified-collection": "河南省 非税 收入 统一 收缴 平台 per 《政府非税收入管理办法》 and"
    " 《中华人民共和国行政处罚法》 第七十二条 (每日 按 罚款 数额 3 % 加处 罚款, not above the 罚款):"
    " 缴款码 (20 位) 查询, 罚没 款 缴纳 by 决定书"
    " 文号, 考试 报名费 orders, 不动产 登记费 (住宅 80 元 / 件, 非住宅 550 元, 证书 工本费 10 元), signed 代收 bank"
    " notifications, 缴款书 PDF, 退付 申请 with screenshots, and the 执收 单位 开票 console",
    "fiscal-ebill-ledger": "财政部 《财政电子票据管理办法》 and 财政 电子 票据 数据 规范 on 河南省 财政 电子 票据 公共"
    " 服务 平台: 医疗 收费 票据 持有人 查询 (证件 号码, 姓名, 就诊 日期), 票据 代码 (8 位) / 号码 (10 位) / 校验码"
    " (6 位) 查验, 报销 入账 版式 file download, 会计 核算 系统 入账 状态 回写 (电子 凭证 会计 数据 标准), 票夹 归集,"
    " 学费 票据 查询, and the 财政 局's 票据 管理 console (申领 审核, 库存)",
    "export-rebate-service": "国家税务总局 出口 退 (免) 税 申报 (离线 申报 数据 包 and 在线 申报: 报关单 号 18 位,"
    " HS 商品 代码, 计税 金额 × 退税率 = 退税额), 单证 备案, 收汇 信息 查询, 退税 进度, 跨境 应税 行为 免税 备案"
    " (财税〔2016〕36号 附件4), 代理 出口 货物 证明 on a legacy GB18030 page, and the 出口 退税 政策 pages",
    "tax-preference-filing": "研发 费用 加计 扣除 (财政部 税务总局 公告 2023年 第7号, 100 %; 国家税务总局 公告 2015年"
    " 第97号 辅助账 and 其他 相关 费用 限额 = 前五项 × 10 % / (1 - 10 %)), 高新 技术 企业 认定 (国科发火〔2016〕32号:"
    " 研发 占比 5 / 4 / 3 %, 高新 收入 60 %, 科技 人员 10 %), 小型 微利 企业 (公告 2023年 第12号: 300 万, 300 人,"
    " 5000 万, 实际 税负 5 %) calculator, 残疾人 工资 加计 扣除, 政策 问答 search and 优惠 事项 list",
    "tax-credit-agency": "《纳税信用管理办法》 (国家税务总局令 第58号, 2025) 纳税 信用 评价 结果 查询, 复评 申请 with"
    " the taxpayer's reasons per 扣分 指标, 证据 uploads, and 《涉税专业服务管理办法（试行）》 (公告 2023年 第2号)"
    " 涉税 专业 服务 机构 实名 信息 采集, 专项 业务 报告 报送, 委托 协议 upload, 机构 名录, with the 复评 复核 console",
    "tax-12366-desk": "12366 纳税 缴费 服务 平台 (河南): 在线 咨询 with long questions quoting 公告 and 条款, 热点"
    " 问题 search, 预约 办税 (办税 服务厅, 时段), 办税 进度 查询, 满意度 评价, 政策 pages, and the 12366 知识库 content"
    " management",
    "fiscal-budget-integration": "财政部 《预算管理一体化规范》 and 河南省 预算 管理 一体化 系统 as 预算 单位 staff use"
    " it (指标 查询 by 功能 / 经济 分类, 用款 申请 within the 指标 余额, 月度 用款 计划, 调剂 申请 attachments),"
    " and the 河南省 政府 采购 电子 卖场 (品目 search, 采购人 直购 订单, 供应商 竞价 报价, 合同 upload)",
    "tax-risk-workbench": "金税 四期 风险 应对 as 税务 staff use it (风险 任务 list, 应对 结论 with 补税 items, 实地"
    " 核查 photos and video, 风险 指标 趋势) and the 申报 审核 console (审核 list, 批量 审核), with the taxpayers' side"
    " on the 电子 税务局 (风险 提示 反馈, 自查 报告 DOCX upload)",
}

SPLIT = HashSplit(SALT, SOURCES)  # the rule in the docstring (tests/waf/data/corpus_kit.py)
split, HELD_OUT_FAMILIES = SPLIT.split, SPLIT.held_out_families  # split(reqs): (tuning part, held-out part)

# The console rule of each family (ADR 0040), decided before any count: the path of an office request starts with one
# of these (re.match); None: the family has no console.
CONSOLE: dict[str, str | None] = {
    "etax-declaration-hall": None,
    "digital-einvoice-issue": None,
    "iit-annual-reconcile": None,
    "social-fee-resident-pay": None,
    "nontax-unified-collection": r"/fsjk-zsdw/",
    "fiscal-ebill-ledger": r"/pjgl-admin/",
    "export-rebate-service": None,
    "tax-preference-filing": None,
    "tax-credit-agency": r"/nsxy-fh/",
    "tax-12366-desk": r"/zsk-cms/",
    "fiscal-budget-integration": r"/ysyth/",
    "tax-risk-workbench": r"/(fxyd-gzt|sbsh-kzt)/",
}


class Corpus(ConsoleMarked, corpus_ai.Corpus):
    """AI's corpus (values, browsers, header order; SourceTagged): requests are tagged with AM's sources, and a
    request to a family's console carries "client": "office" (CONSOLE)."""

    sources = SOURCES
    console = CONSOLE


FAMILIES: dict[str, Callable[[Corpus], None]] = {}
family = family_registry(FAMILIES)

N = 16  # requests per (family, shape)

# --- values of the 河南 tax and finance services ---------------------------------------------------------------

CITIES = {
    "410100": "郑州市",
    "410200": "开封市",
    "410300": "洛阳市",
    "410400": "平顶山市",
    "410500": "安阳市",
    "410600": "鹤壁市",
    "410700": "新乡市",
    "410800": "焦作市",
    "410900": "濮阳市",
    "411000": "许昌市",
    "411100": "漯河市",
    "411200": "三门峡市",
    "411300": "南阳市",
    "411400": "商丘市",
    "411500": "信阳市",
    "411600": "周口市",
    "411700": "驻马店市",
}
COUNTIES = [
    "410102",
    "410103",
    "410104",
    "410105",
    "410122",
    "410181",
    "410202",
    "410302",
    "410305",
    "410402",
    "410502",
    "410602",
    "410702",
    "410802",
    "410902",
    "411002",
    "411102",
    "411202",
    "411302",
    "411402",
    "411502",
    "411602",
    "411702",
]
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]  # GB 11714 组织 机构 代码
ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CITY_WORDS = ["郑州", "洛阳", "开封", "新乡", "许昌", "南阳", "焦作", "安阳", "商丘", "信阳", "周口", "漯河"]
BRAND_WORDS = ["中原", "豫信", "嵩岳", "黄河", "伏牛", "宛城", "汴梁", "牧野", "洛神", "商都", "天中", "豫龙"]
INDUSTRY_SUFFIX = [
    "机械制造有限公司",
    "食品有限公司",
    "新材料科技有限公司",
    "建筑工程有限公司",
    "商贸有限公司",
    "智能装备股份有限公司",
    "农业发展有限公司",
    "物流有限公司",
    "软件科技有限公司",
    "电子科技有限公司",
]
BANKS = {
    "ICBC": "中国工商银行河南省分行",
    "CCB": "中国建设银行河南省分行",
    "ABC": "中国农业银行河南省分行",
    "BOC": "中国银行河南省分行",
    "ZZBANK": "郑州银行",
    "ZYBANK": "中原银行",
    "HNNX": "河南省农村信用社联合社",
}
BANK_KEYS = {code: hashlib.sha256(f"am-bank-key/{code}".encode()).hexdigest().encode() for code in BANKS}
TAX_OFFICES = {c: f"国家税务总局{CITIES[c[:4] + '00']}税务局" for c in COUNTIES}


def day(c: Corpus, lo: int = 0, hi: int = 300) -> date:
    return date(2026, 9, 1) + timedelta(days=c.num(lo, hi))


def ymd(c: Corpus, lo: int = 0, hi: int = 300) -> str:
    return day(c, lo, hi).isoformat()


def stamp(c: Corpus, lo: int = 0, hi: int = 300) -> str:
    return f"{ymd(c, lo, hi)} {c.num(8, 21):02d}:{c.num(0, 59):02d}:{c.num(0, 59):02d}"


def period(c: Corpus) -> str:
    """A monthly 所属 期, "2026-08" to "2027-06"."""
    d = day(c, -31, 290)
    return f"{d.year}-{d.month:02d}"


def month_span(p: str) -> tuple[str, str]:
    """The first and last day of a "YYYY-MM" period."""
    y, m = int(p[:4]), int(p[5:])
    first = date(y, m, 1)
    last = (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    return first.isoformat(), last.isoformat()


def born_id(c: Corpus, born: date) -> str:
    body = f"{c.pick(COUNTIES)}{born:%Y%m%d}{c.num(10, 99)}{c.num(0, 9)}"
    return body + "10X98765432"[sum(int(d) * w for d, w in zip(body, ID_WEIGHTS, strict=True)) % 11]


def ha_id(c: Corpus, lo: int = 1960, hi: int = 2004) -> str:
    """A 河南 公民身份号码 with its GB 11643 check digit, born between ``lo`` and ``hi``."""
    return born_id(c, date(lo, 1, 1) + timedelta(days=c.num(0, (hi - lo) * 365)))


def org_code(c: Corpus) -> str:
    """A GB 11714 组织 机构 代码: 8 digits and its mod-11 check character."""
    body = c.digits(8)
    r = 11 - sum(int(d) * w for d, w in zip(body, ORG_WEIGHTS, strict=True)) % 11
    return body + {10: "X", 11: "0"}.get(r, str(r))


def uscc(c: Corpus, prefix: str = "91") -> str:
    """A GB 32100 统一 社会 信用 代码 (also the 纳税人 识别号): 登记 管理 部门 and 类别, 河南 区划, 组织 机构 代码,
    mod-31 check character."""
    body = prefix + c.pick(COUNTIES) + org_code(c)
    check = (31 - sum(USCC_CHARS.index(ch) * w for ch, w in zip(body, USCC_WEIGHTS, strict=True)) % 31) % 31
    return body + USCC_CHARS[check]


def company(c: Corpus, suffix: str | None = None) -> str:
    return f"{c.pick(CITY_WORDS)}{c.pick(BRAND_WORDS)}{suffix or c.pick(INDUSTRY_SUFFIX)}"


def corp_account(c: Corpus) -> str:
    """A 对公 结算 账户 number as banks print it (no check digit)."""
    return c.pick(["1702", "4105", "2510", "9003"]) + c.digits(c.pick([15, 16, 18]))


def yuan(cents: int) -> float:
    return cents / 100


def pct_of(cents: int, rate_pct: float) -> int:
    """``cents`` × ``rate_pct`` %, rounded half up to the cent (the 申报 表's rounding)."""
    return int((cents * round(rate_pct * 100) + 5000) // 10000)


def tax_office(code: str) -> str:
    """The 主管 税务 机关 代码 of a county: 1 + 区划 + 0000."""
    return f"1{code[2:8]}0000" if len(code) == 18 else f"1{code[:6]}0000"


def einvoice_no(c: Corpus, d: date) -> str:
    """A 数电票 号码: 年度 (2) + 省 代码 (41) + 渠道 (1) + 序号 (15)."""
    return f"{d:%y}41{c.pick('12')}{c.digits(15)}"


def zip_of(files: dict[str, bytes]) -> bytes:
    """A ZIP package with fixed timestamps, so the bytes are deterministic."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data in files.items():
            info = zipfile.ZipInfo(name, date_time=(2027, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    return out.getvalue()


# --- clients ---------------------------------------------------------------------------------------------


def pages(c: Corpus, f: str, shape: str, path: Callable[[], str], ref: str | None) -> None:
    """N page loads by browsers, with or without a Referer."""
    for _ in range(N):
        c.add(f, shape, "GET", path(), nav(c, c.pick([ref, None]), mobile=0.4))


def article(c: Corpus, col: str) -> str:
    return f"/{col}/{c.num(2026, 2027)}{c.num(1, 12):02d}/t{c.digits(8)}_{c.num(100000, 999999)}.html"


JAVA_UA = ["okhttp/4.12.0", "Apache-HttpClient/4.5.14 (Java/1.8.0_402)", "Java/17.0.10", "ReactorNetty/1.1.17"]


def signed_post(c: Corpus, key: bytes, app: str, body: str) -> dict[str, str]:
    """A signed server-to-server POST: X-Signature = HMAC-SHA256(key, timestamp + "\\n" + nonce + "\\n" + body)."""
    ts, nonce = str(c.ms()), c.hexs(8)
    sig = hmac_hex(key, f"{ts}\n{nonce}\n{body}")
    return server_h(
        c,
        c.pick(JAVA_UA),
        "application/json;charset=UTF-8",
        {"X-App-Id": app, "X-Timestamp": ts, "X-Nonce": nonce, "X-Signature": sig},
    )


def client_multipart(c: Corpus, parts: list) -> tuple[str, bytes]:
    """(Content-Type, body) as a desktop client's HTTP library (Qt / .NET style boundary) writes a form."""
    boundary = "----------------------------" + c.digits(24)
    out = b""
    for name, value in parts:
        if isinstance(value, str):
            out += f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
        else:
            fname, ctype, content = value
            head = f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{fname}"\r\n'
            out += (head + f"Content-Type: {ctype}\r\n\r\n").encode() + content + b"\r\n"
    out += f"--{boundary}--\r\n".encode()
    return f"multipart/form-data; boundary={boundary}", out


ETAX_KEY = b"ha-etax-2026"
ETAX_REF = f"{SITE}/szzhzz/"


def etax_h(c: Corpus, ref: str, ctype: str | None = "application/json;charset=UTF-8", who: str = "") -> dict:
    """An axios call of the 新 电子 税务局 page: its session cookie and the X-Token header it sets."""
    extra = {"X-Token": bearer(c, who or uscc(c), ETAX_KEY)[7:], "X-Request-Id": c.uid()}
    return web(c, ref, ctype, cookie=f"SSO_SESSION={c.b64(24, urlsafe=True)}; tpass_lang=zh_CN", extra=extra)


# --- etax-declaration-hall ------------------------------------------------------------------------------------

VAT_RATES = [13, 9, 6]
SURTAX = {"10109": ("城市维护建设税", None), "30203": ("教育费附加", 3), "30216": ("地方教育附加", 2)}
CJS_RATES = {"1": 7, "2": 5, "3": 1}  # 城建税: 市区, 县城 / 镇, 其他
CORRECTIONS = [
    "{p}所属期增值税申报时，财务人员把一张税率为{r}%的销售发票（发票号码{fp}）金额{je}元误填到了{wr}%税率栏次，导致附列"
    "资料（一）第{lc}栏销项税额少计，现发现后申请更正申报。根据《国家税务总局关于增值税 消费税与附加税费申报表整合"
    "有关事项的公告》（国家税务总局公告2021年第20号）的规定，附加税费随增值税一并更正，差额部分我们会在更正后立即缴纳并承担滞纳金。",
    "我公司{p}期的进项税额多抵扣了{je}元：一张已勾选认证的专用发票（{fp}）对应的货物后来用于职工福利，按《中华人民共和国"
    "增值税暂行条例》第十条规定不得抵扣，应做进项税额转出（主表第14栏），当时漏填，现申请更正申报并补缴税款。",
    "{p}期申报时“本期应补（退）税额”算错：Excel公式写成了=D11-D12（销项减进项），没有考虑上期留抵税额，导致多缴了税款"
    "{je}元。更正后第13栏填上期留抵，第18栏实际抵扣税额按第17栏与第11栏孰小填列，请审核更正，多缴部分申请退抵。",
]
DOC_TYPES = {"SWSXTZS": "税务事项通知书", "SBSLDJ": "受理通知书", "ZZSFP": "发票领用通知", "BZSMXX": "补正通知"}


@family("etax-declaration-hall")
def etax_declaration_hall(c: Corpus) -> None:
    f = "etax-declaration-hall"
    pages(
        c,
        f,
        "portal-page",
        lambda: c.pick(
            [
                "/loginb/",
                "/szzhzz/mhyy/index.html",
                f"/szzhzz/sbzx/view/zzsybnsrsb/?sbny={period(c).replace('-', '')}",
                f"/szzhzz/mhyy/index.html?menuId={c.pick(['wybs', 'wycx', 'gzzx', 'hdzx'])}",
            ]
        ),
        "https://henan.chinatax.gov.cn/",
    )
    for _ in range(N):
        code = uscc(c)
        doc = {
            "nsrsbh": code,
            "yhsf": c.pick(["BSY", "CWFZR", "FDDBR", "GPY"]),
            "sflx": c.pick(["QY", "QY", "GTGSH"]),
            "zrrsfzjhm": ha_id(c),
            "yhm": c.person(),
            "djxh": "1" + c.digits(19),
            "swjgDm": tax_office(code),
        }
        c.add(f, "identity-switch", "POST", "/szzhzz/api/yhgl/sfqh", etax_h(c, ETAX_REF, who=code), js_json(doc))
    for _ in range(N):
        code, p = uscc(c), period(c)
        lines = []
        for rate in c.sample(VAT_RATES, c.num(1, 3)):
            sales = c.num(10**6, 3 * 10**9)
            lines.append({"slv": rate, "xse": yuan(sales), "xxse": yuan(pct_of(sales, rate))})
        out_tax = sum(round(x["xxse"] * 100) for x in lines)
        in_tax, carried, transfer = c.num(0, out_tax + 10**7), c.num(0, 10**7), 0
        if c.chance(0.3):
            transfer = c.num(0, in_tax // 5)
        deductible = in_tax + carried - transfer
        actual = min(deductible, out_tax)
        start, end = month_span(p)
        zb = {
            "1": yuan(sum(round(x["xse"] * 100) for x in lines)),
            "11": yuan(out_tax),
            "12": yuan(in_tax),
            "13": yuan(carried),
            "14": yuan(transfer),
            "17": yuan(deductible),
            "18": yuan(actual),
            "19": yuan(out_tax - actual),
            "20": yuan(deductible - actual),
            "24": yuan(out_tax - actual),
        }
        doc = {"nsrsbh": code, "skssqq": start, "skssqz": end, "sbrq": ymd(c), "zb": zb, "fb1": lines}
        ref = f"{SITE}/szzhzz/sbzx/view/zzsybnsrsb/"
        c.add(
            f,
            "vat-general-return",
            "POST",
            "/szzhzz/sbzx/api/zzsybnsr/sbb/save",
            etax_h(c, ref, who=code),
            js_json(doc),
        )
    for _ in range(N):
        code, base = uscc(c), c.num(10**4, 5 * 10**8)
        area = c.pick(list(CJS_RATES))
        relief = c.chance(0.5)
        items = []
        for zsxm, (name, rate) in SURTAX.items():
            rate = rate or CJS_RATES[area]
            due = pct_of(base, rate)
            cut = pct_of(due, 50) if relief else 0
            items.append(
                {
                    "zsxmDm": zsxm,
                    "zsxmmc": name,
                    "jsyj": yuan(base),
                    "sl": rate / 100,
                    "bqynsfe": yuan(due),
                    "jmxzDm": "0061042802" if relief else "",
                    "bqjmsfe": yuan(cut),
                    "bqybtsfe": yuan(due - cut),
                }
            )
        doc = {"nsrsbh": code, "skssq": period(c), "nsrszd": area, "lsglbz": "Y" if relief else "N", "fjsfxx": items}
        c.add(
            f,
            "surtax-return",
            "POST",
            "/szzhzz/sbzx/api/fjsf/sbb/save",
            etax_h(c, f"{SITE}/szzhzz/sbzx/view/fjsf/", who=code),
            js_json(doc),
        )
    for _ in range(N):
        code = uscc(c)
        cur, fixed = c.num(10**5, 10**9), c.num(10**5, 10**9)
        liab = c.num(0, cur + fixed)
        rows = [
            ["项目", "行次", "期末余额"],
            ["流动资产合计", "15", str(cur)],
            ["非流动资产合计", "29", str(fixed)],
            ["资产总计", "30", str(cur + fixed)],
            ["负债合计", "47", str(liab)],
            ["所有者权益（或股东权益）合计", "52", str(cur + fixed - liab)],
            ["负债和所有者权益（或股东权益）总计", "53", str(cur + fixed)],
        ]
        parts = [
            ("nsrsbh", code),
            ("bbzl", c.pick(["CAS_YBQY", "XQYKJZZ"])),
            ("ssq", period(c)),
            ("file", (f"资产负债表_{code}.xlsx", XLSX_CT, xlsx(rows))),
        ]
        ref = f"{SITE}/szzhzz/sbzx/view/cwbbbs/"
        h, body = upload_xhr(c, ref, parts, extra={"X-Token": bearer(c, code, ETAX_KEY)[7:]})
        c.add(f, "statement-upload", "POST", "/szzhzz/sbzx/api/cwbb/import", h, body)
    for _ in range(N):
        code, p = uscc(c), period(c)
        rate = c.pick(VAT_RATES)
        text = c.pick(CORRECTIONS).format(
            p=p,
            r=rate,
            wr=c.pick([x for x in VAT_RATES if x != rate]),
            fp=einvoice_no(c, day(c, -60, 200)),
            je=f"{c.num(1000, 900000)}.{c.num(0, 99):02d}",
            lc=c.pick(["1", "3", "5"]),
        )
        doc = {
            "nsrsbh": code,
            "yzpzxh": "1" + c.digits(19),
            "skssq": p,
            "gzlx": "GZ",
            "gzyy": text,
            "lxr": c.person(),
            "lxdh": c.mobile(),
        }
        c.add(
            f,
            "return-correction",
            "POST",
            "/szzhzz/sbzx/api/sbgz/sq",
            etax_h(c, f"{SITE}/szzhzz/sbzx/view/sbgz/", who=code),
            js_json(doc),
        )
    for _ in range(N):
        code, bank = uscc(c), c.pick(list(BANKS))
        fields = [
            ("nsrsbh", code),
            ("nsrmc", company(c)),
            ("yhhbDm", bank),
            ("khyhmc", BANKS[bank]),
            ("jkzh", corp_account(c)),
            ("jkzhmc", company(c)),
            ("swjgDm", tax_office(code)),
            ("xylx", "1"),
            ("sjhm", c.mobile()),
        ]
        h = jq(c, f"{SITE}/szzhzz/view/sfxy/qy.html", session(c, "SSO_SESSION"))
        c.add(f, "tripartite-agreement", "POST", "/szzhzz/sfxy/api/qy", h, form_of(fields))
    for _ in range(N):
        code = uscc(c)
        due = [
            {
                "yzpzxh": "1" + c.digits(19),
                "zsxmDm": c.pick(["10101", "10109", "30203", "30216", "10104"]),
                "se": yuan(c.num(100, 5 * 10**7)),
            }
            for _ in range(c.num(1, 4))
        ]
        doc = {
            "nsrsbh": code,
            "jkfs": c.pick(["SFXY", "YHDK", "SMZF"]),
            "jkmx": due,
            "hj": yuan(sum(round(x["se"] * 100) for x in due)),
        }
        c.add(
            f,
            "tax-payment-deduct",
            "POST",
            "/szzhzz/jkzx/api/sfxykk",
            etax_h(c, f"{SITE}/szzhzz/jkzx/view/", who=code),
            js_json(doc),
        )
    for _ in range(N):
        start = day(c, -60, 200)
        q = [
            ("nsrsbh", uscc(c)),
            ("wslx", c.pick(list(DOC_TYPES))),
            ("cjrqq", start.isoformat()),
            ("cjrqz", (start + timedelta(days=c.num(1, 180))).isoformat()),
            ("pageNo", c.num(1, 4)),
            ("pageSize", 10),
        ]
        c.add(
            f,
            "document-query",
            "GET",
            "/szzhzz/wscx/api/wsxx/list?" + qs(q),
            etax_h(c, f"{SITE}/szzhzz/wscx/view/", None),
        )


# --- digital-einvoice-issue ------------------------------------------------------------------------------------

TAX_CODES = {  # 税收 分类 编码: (商品 服务 简称, 项目 名称, 税率 %, 单位)
    "1090511030000000000": ("通用设备", "数控机床配件", 13, "件"),
    "1070101010100000000": ("农副食品", "速冻水饺", 13, "箱"),
    "1100101020000000000": ("电力", "光伏发电上网电量", 13, "千瓦时"),
    "3040201010000000000": ("信息技术服务", "软件开发服务", 6, "项"),
    "3040802010000000000": ("咨询服务", "税务咨询服务", 6, "次"),
    "3050100000000000000": ("建筑服务", "工程施工", 9, "项"),
    "3010101020000000000": ("运输服务", "公路货物运输", 9, "车次"),
    "1010112010000000000": ("谷物", "小麦", 9, "吨"),
}
RED_REASONS = {"01": "开票有误", "02": "销货退回", "03": "服务中止", "04": "销售折让"}
LEQI_ABILITY = "L1001"
LEQI_KEY = bytes.fromhex("6c6571692d68613230323673656372")  # this generator's SM4 key label (not a real key)


def invoice_lines(c: Corpus) -> list[dict]:
    lines = []
    for i, tcode in enumerate(c.sample(list(TAX_CODES), c.num(1, 4)), 1):
        short, name, rate, unit = TAX_CODES[tcode]
        qty, price = c.num(1, 500), c.num(100, 2 * 10**6)
        je = qty * price
        se = pct_of(je, rate)
        lines.append(
            {
                "mxxh": i,
                "xmmc": name,
                "hwhyslwfwmc": f"*{short}*{name}",
                "spfwjc": short,
                "sphfwssflhbbm": tcode,
                "dw": unit,
                "sl": qty,
                "dj": yuan(price),
                "je": yuan(je),
                "slv": rate / 100,
                "se": yuan(se),
                "hsje": yuan(je + se),
                "fphxz": "00",
            }
        )
    return lines


def totals(lines: list[dict]) -> dict:
    je, se = sum(round(x["je"] * 100) for x in lines), sum(round(x["se"] * 100) for x in lines)
    return {"hjje": yuan(je), "hjse": yuan(se), "jshj": yuan(je + se)}


def sm4_b64(c: Corpus, plain: str) -> str:
    """SM4-ECB ciphertext of ``plain`` (PKCS#7 padded to 16 bytes), base64: the 乐企 body as the SDK sends it."""
    n = (len(plain.encode()) // 16 + 1) * 16
    return base64.b64encode(c.rnd.randbytes(n)).decode()


@family("digital-einvoice-issue")
def digital_einvoice_issue(c: Corpus) -> None:
    f = "digital-einvoice-issue"
    ref = f"{SITE}/szzhzz/fpkj/view/lzfpkj/"
    for _ in range(N):
        seller, buyer = uscc(c), uscc(c)
        lines = invoice_lines(c)
        doc = {
            "fppz": c.pick(["01", "02"]),
            "xsfnsrsbh": seller,
            "xsfmc": company(c),
            "gmfnsrsbh": buyer,
            "gmfmc": company(c),
            "gmfzrrbz": "N",
            "kprq": stamp(c),
            "kpr": c.person(),
            "fpmxList": lines,
            **totals(lines),
            "bz": c.pick(["", "合同编号：HT" + c.digits(10), "项目地点：郑州市金水区"]),
        }
        c.add(f, "blue-invoice-issue", "POST", "/kpfw/fpjc/v1/lzfpkj", etax_h(c, ref, who=seller), js_json(doc))
    for _ in range(N):
        q = [("nsrsbh", uscc(c)), ("sxedsq", period(c)), ("_t", c.ms())]
        c.add(f, "credit-limit-query", "GET", "/kpfw/sxed/v1/cxsxed?" + qs(q), etax_h(c, ref, None))
    for _ in range(N):
        seller = uscc(c)
        lines = invoice_lines(c)
        reason = c.pick(list(RED_REASONS))
        red = [
            {**x, "sl": -x["sl"], "je": -x["je"], "se": -x["se"], "hsje": -x["hsje"], "dylzfpmxxh": x["mxxh"]}
            for x in lines
        ]
        doc = {
            "lrfsf": c.pick(["0", "1"]),
            "xsfnsrsbh": seller,
            "gmfnsrsbh": uscc(c),
            "lzfphm": einvoice_no(c, day(c, -120, 200)),
            "lzkprq": ymd(c, -120, 200),
            "chyyDm": reason,
            "chyy": RED_REASONS[reason],
            "hzqrxxmxList": red,
            **totals(red),
        }
        c.add(
            f,
            "red-confirm-apply",
            "POST",
            "/kpfw/hzqrd/v1/sq",
            etax_h(c, f"{SITE}/szzhzz/fpkj/view/hzqrd/", who=seller),
            js_json(doc),
        )
    for shape, fwbm in (("leqi-invoice-upload", "QDFPSC"), ("leqi-limit-query", "CXSXED")):
        for _ in range(N):
            code = uscc(c)
            plain = js_json(
                [{"xsfnsrsbh": code, "fpmxList": invoice_lines(c)}] if fwbm == "QDFPSC" else {"nsrsbh": code}
            )
            body = sm4_b64(c, plain)
            h = {
                "Content-Type": "text/plain;charset=UTF-8",
                "fwbm": fwbm,
                "jrdwptbh": "LQ" + c.digits(10),
                "sydwptbh": "LQ" + c.digits(10),
                "nlbm": LEQI_ABILITY,
                "ylbm": "",
                "access_signature": c.hexs(32),
                "sxcsbz": "0",
                "User-Agent": c.pick(["GuzzleHttp/7", *JAVA_UA]),
                "Accept-Encoding": "gzip",
            }
            c.add(f, shape, "POST", f"/access/v2/invoke/{LEQI_ABILITY}/{fwbm}", h, body)
    for _ in range(N):
        d = day(c, -90, 250)
        q = [
            ("fphm", einvoice_no(c, d)),
            ("kprq", d.isoformat()),
            ("wjgs", c.pick(["OFD", "PDF", "XML"])),
            ("czsj", c.ms()),
        ]
        c.add(f, "invoice-download", "GET", "/kpfw/fpxz/v1/xz?" + qs(q), etax_h(c, f"{SITE}/szzhzz/fpcx/view/", None))
    for _ in range(N):
        word = c.pick([v[1] for v in TAX_CODES.values()] + ["技术服务费", "会议费", "餐饮服务", "办公用品", "钢材"])
        q = [("keyword", word), ("sfmh", "Y"), ("pageNo", 1), ("pageSize", 20)]
        c.add(f, "tax-code-search", "GET", "/kpfw/ssflbm/v1/search?" + qs(q), etax_h(c, ref, None))
    for _ in range(N):
        d = day(c)
        doc = {
            "ddh": f"POS{d:%Y%m%d}{c.digits(8)}",
            "gmfmc": company(c),
            "gmfnsrsbh": uscc(c),
            "gmfyx": f"{c.alnum(8).lower()}@{c.pick(['163.com', 'qq.com', 'foxmail.com'])}",
            "gmfsj": c.mobile(),
            "ttlx": "QY",
            "kpje": yuan(c.num(100, 900000)),
        }
        h = web(c, f"{SITE}/smkp/h5/index.html?ddh={doc['ddh']}", "application/json;charset=UTF-8")
        c.add(f, "qr-title-submit", "POST", "/smkp/api/tt/submit", h, js_json(doc))


# --- iit-annual-reconcile ---------------------------------------------------------------------------------------

IIT_BRACKETS = [  # 综合 所得 年度 税率表: (upper bound, rate %, 速算 扣除数)
    (36000, 3, 0),
    (144000, 10, 2520),
    (300000, 20, 16920),
    (420000, 25, 31920),
    (660000, 30, 52920),
    (960000, 35, 85920),
    (None, 45, 181920),
]
IIT_KEY = b"ha-iit-web-2026"


def bracket(taxable: int) -> tuple[int, int]:
    return next((r, k) for top, r, k in IIT_BRACKETS if top is None or taxable <= top)


def stage_of(born: date) -> str:
    age = 2026 - born.year
    if age < 6:
        return "学前教育阶段"
    if age < 15:
        return "义务教育"
    return "高中阶段教育" if age < 18 else "高等教育"


def iit_h(c: Corpus, ref: str, ctype: str | None = "application/json;charset=UTF-8") -> dict:
    return web(c, ref, ctype, cookie=f"ITS_SESSION={c.b64(24, urlsafe=True)}", extra={"X-Its-Token": c.hexs(20)})


@family("iit-annual-reconcile")
def iit_annual_reconcile(c: Corpus) -> None:
    f = "iit-annual-reconcile"
    ref = f"{SITE}/grsds/web/ndhs/index.html"
    pages(
        c,
        f,
        "portal-page",
        lambda: c.pick(["/grsds/web/index.html", "/grsds/web/ndhs/index.html", f"/grsds/web/zcfg/{c.num(1, 40)}.html"]),
        "https://etax.chinatax.gov.cn/",
    )
    for _ in range(N):
        wage = c.num(30, 600) * 1000
        labour, royalty, licence = (c.pick([0, 0, c.num(1, 300) * 100]) for _ in range(3))
        income_cents = wage * 100 + labour * 80 + royalty * 56 + licence * 80
        special = c.num(0, wage // 5)
        extra_ded = c.pick([0, 12000, 24000, 36000, 48000, 60000])
        other = c.pick([0, 0, 2400, 12000])
        taxable_cents = max(0, income_cents - (60000 + special + extra_ded + other) * 100)
        rate, quick = bracket(taxable_cents // 100)
        due = max(0, taxable_cents * rate // 100 - quick * 100)
        paid = max(0, due + c.num(-300000, 300000))
        doc = {
            "sfzjhm": ha_id(c),
            "nd": 2026,
            "gzxj": wage,
            "lwbc": labour,
            "gc": royalty,
            "txqsy": licence,
            "srehj": yuan(income_cents),
            "jcfy": 60000,
            "zxkc": special,
            "zxfjkc": extra_ded,
            "qtkc": other,
            "ynssde": yuan(taxable_cents),
            "sl": rate,
            "sskcs": quick,
            "ynse": yuan(due),
            "yjse": yuan(paid),
            "ybtse": yuan(due - paid),
        }
        c.add(f, "annual-income-fill", "POST", "/grsds/api/ndhs/sb/save", iit_h(c, ref), js_json(doc))
    for _ in range(N):
        born = date(2008, 1, 1) + timedelta(days=c.num(0, 14 * 365))
        share = c.pick([100, 50])
        doc = {
            "kcnd": 2027,
            "znxm": c.person(),
            "znsfzjhm": born_id(c, born),
            "csrq": born.isoformat(),
            "jyjd": stage_of(born),
            "jyjdqsrq": f"{max(born.year + 3, 2026)}-09-01",
            "fpbl": share,
            "ykcje": 2000 * share // 100,
            "nkcje": 24000 * share // 100,
            "pohm": ha_id(c, 1975, 2000),
            "poxm": c.person(),
            "sbfs": c.pick(["1", "2"]),
        }
        c.add(f, "child-education-deduction", "POST", "/grsds/api/zxfjkc/znjy/save", iit_h(c, ref), js_json(doc))
    for _ in range(N):
        share = c.pick([100, 50])
        doc = {
            "kcnd": 2027,
            "fwzjlx": "BDCQZ",
            "fwzjhm": f"豫（{c.num(2015, 2025)}）{c.pick(list(CITIES.values()))}不动产权第{c.digits(7)}号",
            "dklx": c.pick(["SYDK", "GJJDK", "ZHDK"]),
            "dkyh": c.pick(list(BANKS.values())),
            "dkhtbh": "HT" + c.digits(14),
            "scdkrq": ymd(c, -3650, -400),
            "dkqx": c.pick([120, 180, 240, 300, 360]),
            "sfwsctf": "Y",
            "fpbl": share,
            "ykcje": 1000 * share // 100,
        }
        c.add(f, "housing-loan-deduction", "POST", "/grsds/api/zxfjkc/zfdklx/save", iit_h(c, ref), js_json(doc))
    for _ in range(N):
        only = c.chance(0.4)
        parents = [
            {"xm": c.person(), "sfzjhm": ha_id(c, 1936, 1966), "gx": c.pick(["父亲", "母亲"])}
            for _ in range(c.num(1, 2))
        ]
        doc = {
            "kcnd": 2027,
            "sfdszn": "Y" if only else "N",
            "bsyrxx": parents,
            "ftfs": "" if only else c.pick(["PJFT", "YDFT", "ZDFT"]),
            "ykcje": 3000 if only else c.pick([500, 750, 1000, 1500]),
            "gtsyr": [] if only else [{"xm": c.person(), "sfzjhm": ha_id(c, 1965, 1995)}],
        }
        c.add(f, "elderly-support-deduction", "POST", "/grsds/api/zxfjkc/sylr/save", iit_h(c, ref), js_json(doc))
    for _ in range(N):
        refund = c.num(100, 2 * 10**6)
        doc = {
            "nd": 2026,
            "sbxh": "1" + c.digits(19),
            "tsje": yuan(refund),
            "yhkh": luhn_card(c),
            "khyh": c.pick(list(BANKS.values())),
            "khsf": "河南省",
            "sfzjhm": ha_id(c),
            "tsyy": "汇算清缴多预缴税款",
        }
        c.add(f, "refund-apply", "POST", "/grsds/api/ndhs/ts/sq", iit_h(c, ref), js_json(doc))
    for _ in range(N):
        q = [("nd", c.pick([2025, 2026])), ("sbzt", c.pick(["", "YSB", "TSZ", "YTS"])), ("_", c.ms())]
        c.add(f, "refund-progress-query", "GET", "/grsds/api/ndhs/jdcx?" + qs(q), iit_h(c, ref, None))
    for _ in range(N):
        code = uscc(c)
        rows = [
            [
                "工号",
                "姓名",
                "证件类型",
                "证件号码",
                "本期收入",
                "基本养老保险费",
                "基本医疗保险费",
                "失业保险费",
                "住房公积金",
            ]
        ]
        for i in range(c.num(2, 9)):
            wage = c.num(2500, 40000)
            rows.append(
                [
                    f"{i + 1:04d}",
                    c.person(),
                    "居民身份证",
                    ha_id(c),
                    str(wage),
                    f"{wage * 8 / 100:.2f}",
                    f"{wage * 2 / 100:.2f}",
                    f"{wage * 0.3 / 100:.2f}",
                    f"{wage * c.pick([5, 8, 12]) / 100:.2f}",
                ]
            )
        ctype, body = client_multipart(
            c,
            [
                ("nsrsbh", code),
                ("skssq", period(c)),
                ("sdxm", "0101"),
                ("rs", str(len(rows) - 1)),
                ("file", (f"正常工资薪金所得_{period(c)}.xlsx", XLSX_CT, xlsx(rows))),
            ],
        )
        h = {
            "Content-Type": ctype,
            "Accept": "application/json",
            "X-Client-Version": "3.1.214",
            "X-Nsrsbh": code,
            "User-Agent": "ITS-KJKHD/3.1.214 (Windows NT 10.0; Win64; x64)",
            "Accept-Encoding": "gzip, deflate",
            "Connection": "Keep-Alive",
        }
        c.add(f, "withholding-client-upload", "POST", "/grsds/kjkhd/api/sbsj/import", h, body)


# --- social-fee-resident-pay --------------------------------------------------------------------------------

AVG_WAGE = 6486  # 2026 年度 全省 全口径 城镇 单位 就业 人员 月 平均 工资 assumed here (元)
BASE_LO, BASE_HI = AVG_WAGE * 60 // 100, AVG_WAGE * 3
RESIDENT_PREMIUM = 400  # 2027 年度 城乡 居民 医保 个人 缴费 标准 (元)
PENSION_GRADES = [200, 300, 400, 500, 600, 700, 800, 900, 1000, 1500, 2000, 3000, 4000, 5000]
SBF_APPID = "wx6b4c2e8a0d1f3579"
RELATIONS = ["配偶", "子女", "父母", "祖父母", "孙子女"]


@family("social-fee-resident-pay")
def social_fee_resident_pay(c: Corpus) -> None:
    f = "social-fee-resident-pay"
    ref = f"{SITE}/sbf/grjf/index.html"
    for _ in range(N):
        base = c.num(BASE_LO, BASE_HI)
        months = c.num(1, 12)
        monthly = pct_of(base * 100, 20)
        doc = {
            "sfzjhm": ha_id(c),
            "xm": c.person(),
            "xzDm": "10110",
            "jfjs": base,
            "jfbl": 0.2,
            "yjfe": yuan(monthly),
            "jfys": months,
            "skssqq": "2027-01",
            "skssqz": f"2027-{months:02d}",
            "hj": yuan(monthly * months),
        }
        c.add(
            f,
            "flexible-base-declare",
            "POST",
            "/sbf/api/lhjy/jsbsb",
            web(c, ref, "application/json;charset=UTF-8"),
            js_json(doc),
        )
    for _ in range(N):
        members = [
            {"xm": c.person(), "sfzjhm": ha_id(c, 1940, 2025), "gx": c.pick(RELATIONS)} for _ in range(c.num(1, 5))
        ]
        doc = {
            "jfnd": 2027,
            "dbr": ha_id(c, 1965, 2000),
            "cbry": members,
            "dj": RESIDENT_PREMIUM,
            "zje": RESIDENT_PREMIUM * len(members),
            "openid": "o" + c.alnum(27),
        }
        c.add(
            f,
            "resident-medical-family-pay",
            "POST",
            "/sbf/mp/api/jmyb/dj",
            mp_h(c, SBF_APPID, extra={"token": c.hexs(16)}),
            js_json(doc),
        )
    for _ in range(N):
        y = c.pick([2024, 2025, 2026])
        q = [
            ("sfzjhm", ha_id(c)),
            ("xzDm", c.pick(["10110", "31020", "10210"])),
            ("ssqq", f"{y}01"),
            ("ssqz", f"{y + 1}12"),
            ("pageNum", 1),
        ]
        c.add(f, "payment-record-query", "GET", "/sbf/api/jfjl/list?" + qs(q), web(c, ref))
    for _ in range(N):
        fields = [
            ("sfzjhm", ha_id(c)),
            ("xzDm", c.pick(["10210", "31020"])),
            ("jfnd", "2027"),
            ("je", str(c.pick([RESIDENT_PREMIUM, *PENSION_GRADES]))),
            ("zffs", c.pick(["WX", "YL", "YHK"])),
        ]
        c.add(f, "payment-order-create", "POST", "/sbf/api/jfdd/create", jq(c, ref), form_of(fields))
    for _ in range(N):
        bank = c.pick(list(BANKS))
        doc = {
            "bankCode": bank,
            "jfddh": f"SBF{ymd(c).replace('-', '')}{c.digits(10)}",
            "je": c.pick(PENSION_GRADES),
            "zfzt": c.pick(["SUCCESS", "SUCCESS", "FAIL"]),
            "zfsj": stamp(c),
            "yhlsh": c.digits(20),
        }
        body = js_json(doc)
        c.add(
            f, "bank-pay-callback", "POST", "/sbf/notify/bank/jfjg", signed_post(c, BANK_KEYS[bank], bank, body), body
        )
    for _ in range(N):
        doc = {
            "bdr": ha_id(c, 1965, 2000),
            "xm": c.person(),
            "sfzjhm": ha_id(c, 1940, 2025),
            "gx": c.pick(RELATIONS),
            "sjhm": c.mobile(),
        }
        c.add(
            f,
            "family-member-bind",
            "POST",
            "/sbf/mp/api/jtcy/bd",
            mp_h(c, SBF_APPID, extra={"token": c.hexs(16)}),
            js_json(doc),
        )
    for _ in range(N):
        doc = {"sfzjhm": ha_id(c, 1962, 2008), "xzDm": "10210", "jfnd": 2027, "jfdc": c.pick(PENSION_GRADES)}
        c.add(
            f,
            "rural-pension-grade",
            "POST",
            "/sbf/mp/api/cxjm/dcxz",
            mp_h(c, SBF_APPID, extra={"token": c.hexs(16)}),
            js_json(doc),
        )
    for _ in range(N):
        q = [("sfzjhm", ha_id(c)), ("kjnd", c.pick([2025, 2026])), ("lx", c.pick(["PDF", "OFD"]))]
        c.add(f, "payment-certificate-download", "GET", "/sbf/api/jfzm/download?" + qs(q), web(c, ref))


# --- nontax-unified-collection -------------------------------------------------------------------------------

FSJK_REF = f"{SITE}/fsjk/index.html"
PENALTY_ORGS = ["郑公（交）决字", "洛市监处罚", "新环罚", "许城管罚决字", "宛应急罚"]
EXAMS = {
    "GWY": ("河南省公务员考试", 100),
    "SYDW": ("事业单位公开招聘考试", 50),
    "JSZG": ("中小学教师资格考试", 70),
    "KJ": ("初级会计专业技术资格考试", 56),
}
REFUND_STORIES = [
    "我在{d}通过微信缴纳{xm}，手机显示扣款{je}元后页面卡住，我以为没缴成功又用缴款码{jkm}缴了一次，结果银行卡被扣了两次。"
    "打执收单位电话说要在平台申请退付，附上两次扣款的截图，请尽快把重复缴纳的{je}元退回原账户，谢谢。",
    "{d}办理{xm}时窗口让缴费{je}元，后来业务没有办成（材料不全被退回），按规定未提供服务的费用应当退还。我已经把受理单和"
    "缴费凭证拍照上传，缴款码是{jkm}，麻烦核实后退款，来回跑了三趟真的很辛苦。",
]


def jkm(c: Corpus, d: date) -> str:
    """A 缴款码: 区划 (6) + 年 (2) + 序号 (11) + 校验 (1, mod 10 of the digit sum here)."""
    body = f"{c.pick(COUNTIES)}{d:%y}{c.digits(11)}"
    return body + str(sum(int(x) for x in body) % 10)


@family("nontax-unified-collection")
def nontax_unified_collection(c: Corpus) -> None:
    f = "nontax-unified-collection"
    for _ in range(N):
        q = [("jkm", jkm(c, day(c))), ("jkrxm", c.person()), ("t", c.ms())]
        c.add(f, "payment-code-query", "GET", "/fsjk/api/jks/query?" + qs(q), web(c, FSJK_REF))
    for _ in range(N):
        fine = c.num(2, 500) * 10000
        decided = day(c, -100, 200)
        paid = decided + timedelta(days=c.num(1, 80))
        late_days = max(0, (paid - decided).days - 15)
        surcharge = min(fine, fine * 3 * late_days // 100)
        doc = {
            "jdswh": f"{c.pick(PENALTY_ORGS)}〔{decided.year}〕第{c.num(1, 99999)}号",
            "jdrq": decided.isoformat(),
            "jkrq": paid.isoformat(),
            "fkje": yuan(fine),
            "yqts": late_days,
            "jcfk": yuan(surcharge),
            "hjje": yuan(fine + surcharge),
            "jkr": c.person(),
            "zjhm": ha_id(c),
        }
        c.add(
            f,
            "penalty-payment",
            "POST",
            "/fsjk/api/fmk/jk",
            web(c, FSJK_REF, "application/json;charset=UTF-8"),
            js_json(doc),
        )
    for _ in range(N):
        exam = c.pick(list(EXAMS))
        subjects = c.num(1, 4)
        doc = {
            "ksdm": exam,
            "ksmc": EXAMS[exam][0],
            "bmxh": f"{c.num(2026, 2027)}{c.digits(10)}",
            "zjhm": ha_id(c, 1985, 2005),
            "kms": subjects,
            "dj": EXAMS[exam][1],
            "zje": EXAMS[exam][1] * subjects,
            "openid": "o" + c.alnum(27),
        }
        c.add(f, "exam-fee-order", "POST", "/fsjk/mp/api/ksbmf/order", mp_h(c, "wx1e3c5a7b9d2f4068"), js_json(doc))
    for _ in range(N):
        home = c.chance(0.7)
        certs = c.num(1, 3)
        base = 80 if home else 550
        doc = {
            "ywh": f"{c.pick(COUNTIES)}{ymd(c).replace('-', '')}{c.digits(5)}",
            "djlx": c.pick(["ZYDJ", "SCDJ", "DYDJ"]),
            "fwxz": "ZZ" if home else "FZZ",
            "djf": base,
            "zss": certs,
            "gbf": 10 * (certs - 1),
            "hj": base + 10 * (certs - 1),
            "qlr": c.person(),
            "zjhm": ha_id(c),
        }
        c.add(
            f,
            "realestate-fee-pay",
            "POST",
            "/fsjk/api/bdcdjf/jk",
            web(c, f"{SITE}/fsjk/bdc/pay.html", "application/json;charset=UTF-8"),
            js_json(doc),
        )
    for _ in range(N):
        bank = c.pick(list(BANKS))
        d = day(c)
        doc = {
            "bankCode": bank,
            "jkm": jkm(c, d),
            "je": yuan(c.num(1000, 5 * 10**6)),
            "jkrq": d.isoformat(),
            "yhlsh": c.digits(22),
            "zt": "01",
        }
        body = js_json(doc)
        c.add(f, "bank-notify-callback", "POST", "/fsjk/notify/bank", signed_post(c, BANK_KEYS[bank], bank, body), body)
    for _ in range(N):
        q = [("jkm", jkm(c, day(c))), ("lx", "pdf")]
        c.add(f, "payment-voucher-pdf", "GET", "/fsjk/api/jks/print?" + qs(q), web(c, FSJK_REF))
    for _ in range(N):
        d = day(c)
        code = jkm(c, d)
        amount = c.num(1000, 9 * 10**5)
        text = c.pick(REFUND_STORIES).format(
            d=f"{d.month}月{d.day}日",
            xm=c.pick(["不动产登记费", "考试报名费", "交通违法罚款"]),
            je=f"{amount / 100:.2f}",
            jkm=code,
        )
        parts = [
            ("jkm", code),
            ("tfje", f"{amount / 100:.2f}"),
            ("tfyy", text),
            ("skzh", luhn_card(c)),
            ("files", ("扣款截图.png", "image/png", png(c, c.num(2000, 6000)))),
            ("files", ("缴费凭证.jpg", "image/jpeg", jpeg(c, c.num(3000, 8000)))),
        ]
        h, body = upload_xhr(c, f"{SITE}/fsjk/tf/apply.html", parts)
        c.add(f, "refund-apply", "POST", "/fsjk/api/tf/sq", h, body)
    for _ in range(N):
        items = [
            {
                "xmbm": f"10{c.digits(5)}",
                "xmmc": c.pick(["不动产登记费", "考试考务费", "污水处理费", "罚没收入"]),
                "sl": (n := c.num(1, 5)),
                "bz": (p := c.num(10, 600)),
                "je": n * p,
            }
            for _ in range(c.num(1, 3))
        ]
        doc = {
            "zsdwbm": "4101" + c.digits(8),
            "jkr": c.person(),
            "jkrzjhm": ha_id(c),
            "xmmx": items,
            "hjje": sum(x["je"] for x in items),
            "kpr": c.person(),
        }
        h = staff(c, f"{SITE}/fsjk-zsdw/index.html", "application/json;charset=UTF-8", session(c))
        c.add(f, "collector-issue-console", "POST", "/fsjk-zsdw/api/jktzs/kj", h, js_json(doc))


# --- fiscal-ebill-ledger ------------------------------------------------------------------------------------

EBILL_KINDS = {
    "01": "医疗门诊收费票据（电子）",
    "02": "医疗住院收费票据（电子）",
    "05": "非税收入一般缴款书（电子）",
    "06": "行政事业单位往来结算票据（电子）",
}
HOSPITALS = ["郑州大学第一附属医院", "河南省人民医院", "洛阳市中心医院", "南阳市第一人民医院", "新乡医学院第一附属医院"]
EBILL_KEY = b"ha-ebill-acct-2026"


def bill_code(c: Corpus) -> str:
    """A 票据 代码: 区划 (2, 41) + 票据 种类 (2) + 年度 (2) + 顺序 (2)."""
    return f"41{c.pick(list(EBILL_KINDS))}{c.pick(['26', '27'])}{c.num(1, 99):02d}"


def check_code(c: Corpus) -> str:
    return c.alnum(6, "0123456789abcdef")


@family("fiscal-ebill-ledger")
def fiscal_ebill_ledger(c: Corpus) -> None:
    f = "fiscal-ebill-ledger"
    ref = f"{SITE}/pjfw/index.html"
    for _ in range(N):
        start = day(c, -90, 250)
        doc = {
            "zjlx": "01",
            "zjhm": ha_id(c),
            "xm": c.person(),
            "jzrqq": start.isoformat(),
            "jzrqz": (start + timedelta(days=c.num(0, 90))).isoformat(),
            "yzm": c.digits(4),
        }
        c.add(
            f,
            "medical-bill-holder-query",
            "POST",
            "/pjfw/api/yl/cx",
            web(c, ref, "application/json;charset=UTF-8"),
            js_json(doc),
        )
    for _ in range(N):
        q = [
            ("pjdm", bill_code(c)),
            ("pjhm", c.digits(10)),
            ("jym", check_code(c)),
            ("kprq", ymd(c)),
            ("je", f"{c.num(100, 2 * 10**6) / 100:.2f}"),
        ]
        c.add(f, "bill-check-by-code", "GET", "/pjfw/api/cy?" + qs(q), web(c, ref))
    for _ in range(N):
        q = [
            ("pjdm", bill_code(c)),
            ("pjhm", c.digits(10)),
            ("jym", check_code(c)),
            ("wjlx", c.pick(["ofd", "xml", "pdf"])),
        ]
        c.add(f, "reimburse-entry-download", "GET", "/pjfw/api/rz/xz?" + qs(q), web(c, f"{SITE}/pjfw/rz.html"))
    for _ in range(N):
        doc = {
            "dwdm": uscc(c, "12"),
            "pjdm": bill_code(c),
            "pjhm": c.digits(10),
            "rzzt": c.pick(["1", "2"]),
            "rzrq": ymd(c),
            "pzh": f"记-{c.num(1, 999)}",
            "kjkm": c.pick(["5001", "6601", "1221"]),
            "rzje": yuan(c.num(100, 10**7)),
        }
        body = js_json(doc)
        c.add(
            f,
            "entry-status-writeback",
            "POST",
            "/pjfw/openapi/rzzt/hx",
            signed_post(c, EBILL_KEY, "KJRJ" + c.digits(4), body),
            body,
        )
    for _ in range(N):
        doc = {
            "pjdm": bill_code(c),
            "pjhm": c.digits(10),
            "jym": check_code(c),
            "kpdw": c.pick(HOSPITALS),
            "je": yuan(c.num(100, 5 * 10**6)),
            "openid": "o" + c.alnum(27),
        }
        c.add(f, "bill-wallet-collect", "POST", "/pjfw/mp/api/pjj/gj", mp_h(c, "wx9f2d4b6a8c0e1357"), js_json(doc))
    for _ in range(N):
        q = [
            ("xh", f"{c.num(2023, 2026)}{c.digits(8)}"),
            ("xm", c.person()),
            ("xn", c.pick(["2026-2027", "2025-2026"])),
        ]
        c.add(f, "school-fee-bill-query", "GET", "/pjfw/api/xf/cx?" + qs(q), web(c, f"{SITE}/pjfw/xf.html"))
    for _ in range(N):
        ok = c.chance(0.8)
        doc = {
            "sqdh": f"PJSL{ymd(c).replace('-', '')}{c.digits(4)}",
            "dwmc": c.pick(HOSPITALS),
            "pjzl": c.pick(list(EBILL_KINDS)),
            "sqsl": c.num(1, 50) * 1000,
            "shjg": "TG" if ok else "BH",
            "shyj": "同意申领，按月核销。" if ok else "上期票据尚未核销完毕，请先办理核销后再申领。",
        }
        h = staff(c, f"{SITE}/pjgl-admin/index.html", "application/json;charset=UTF-8", session(c))
        c.add(f, "bill-issue-review-console", "POST", "/pjgl-admin/api/sl/sh", h, js_json(doc))
    for _ in range(N):
        q = [("dwdm", "4101" + c.digits(8)), ("pjzl", c.pick(list(EBILL_KINDS))), ("nd", c.pick([2026, 2027]))]
        c.add(
            f,
            "bill-stock-console",
            "GET",
            "/pjgl-admin/api/kc/list?" + qs(q),
            staff(c, f"{SITE}/pjgl-admin/index.html", cookie=session(c)),
        )


# --- export-rebate-service -------------------------------------------------------------------------------------

HS = {
    "8471300000": ("便携式自动数据处理设备", 13),
    "6204430000": ("合成纤维制女式连衣裙", 13),
    "0703201000": ("鲜或冷藏的蒜头", 9),
    "8708299000": ("车身未列名零件", 13),
    "7306300000": ("其他焊缝圆形截面钢管", 13),
    "2008199990": ("其他坚果及籽", 9),
}


def customs_no(c: Corpus, d: date) -> str:
    """A 报关单 号: 海关 关区 (4) + 年 (4) + 进出口 标志 (1, 0 出口) + 序号 (9)."""
    return f"{c.pick(['4601', '4602', '4612'])}{d.year}0{c.digits(9)}"


def rebate_lines(c: Corpus) -> list[dict]:
    lines = []
    for hs in c.sample(list(HS), c.num(1, 3)):
        name, rate = HS[hs]
        base = c.num(10**5, 5 * 10**8)
        lines.append(
            {
                "bgdh": customs_no(c, day(c, -120, 200)),
                "spdm": hs,
                "spmc": name,
                "jsje": yuan(base),
                "tsl": rate,
                "tse": yuan(pct_of(base, rate)),
            }
        )
    return lines


@family("export-rebate-service")
def export_rebate_service(c: Corpus) -> None:
    f = "export-rebate-service"
    ref = f"{SITE}/szzhzz/ckts/view/"
    pages(c, f, "policy-page", lambda: article(c, "ckts/zcfg"), "https://henan.chinatax.gov.cn/")
    for _ in range(N):
        code, lines = uscc(c), rebate_lines(c)
        xml = (
            '<?xml version="1.0" encoding="UTF-8"?>\n<SBSJ><NSRSBH>'
            + code
            + "</NSRSBH><SBNY>"
            + period(c).replace("-", "")
            + "</SBNY>"
            + "".join(
                f"<MX><BGDH>{x['bgdh']}</BGDH><SPDM>{x['spdm']}</SPDM><JSJE>{x['jsje']:.2f}</JSJE>"
                f"<TSL>{x['tsl']}</TSL><TSE>{x['tse']:.2f}</TSE></MX>"
                for x in lines
            )
            + f"<HJTSE>{sum(round(x['tse'] * 100) for x in lines) / 100:.2f}</HJTSE></SBSJ>\n"
        )
        package = zip_of({"SBSJ.xml": xml.encode(), "README.txt": "出口退税申报数据 生成工具 V2.3".encode("gb18030")})
        parts = [
            ("nsrsbh", code),
            ("sblx", "CKHWMSSB"),
            ("file", (f"{code}_{period(c)}.zip", "application/zip", package)),
        ]
        h, body = upload_xhr(c, ref, parts, extra={"X-Token": bearer(c, code, ETAX_KEY)[7:]})
        c.add(f, "declare-package-upload", "POST", "/szzhzz/ckts/api/sbsj/import", h, body)
    for _ in range(N):
        code, lines = uscc(c), rebate_lines(c)
        doc = {"nsrsbh": code, "sbny": period(c), "mx": lines, "hjtse": yuan(sum(round(x["tse"] * 100) for x in lines))}
        c.add(f, "online-declare", "POST", "/szzhzz/ckts/api/zxsb/save", etax_h(c, ref, who=code), js_json(doc))
    for _ in range(N):
        code = uscc(c)
        parts = [
            ("nsrsbh", code),
            ("bgdh", customs_no(c, day(c))),
            ("dzlx", c.pick(["GXHT", "YSDJ", "WMDL"])),
            ("file", (f"单证备案_{c.digits(6)}.pdf", "application/pdf", pdf_head(c, c.num(4000, 12000)))),
        ]
        h, body = upload_xhr(c, ref, parts)
        c.add(f, "doc-filing-upload", "POST", "/szzhzz/ckts/api/dzba/upload", h, body)
    for _ in range(N):
        q = [
            ("nsrsbh", uscc(c)),
            ("bgdh", customs_no(c, day(c))),
            ("shrqq", ymd(c, -60, 100)),
            ("shrqz", ymd(c, 101, 300)),
        ]
        c.add(f, "forex-receipt-query", "GET", "/szzhzz/ckts/api/shxx?" + qs(q), etax_h(c, ref, None))
    for _ in range(N):
        q = [("nsrsbh", uscc(c)), ("sbny", period(c).replace("-", "")), ("_", c.ms())]
        c.add(f, "rebate-progress", "GET", "/szzhzz/ckts/api/jd?" + qs(q), etax_h(c, ref, None))
    for _ in range(N):
        usd = c.num(10**5, 5 * 10**8)
        rate = c.num(70000, 73500) / 10000
        doc = {
            "nsrsbh": uscc(c),
            "htbh": f"SC-{c.num(2026, 2027)}-{c.digits(4)}",
            "jwdwmc": c.pick(
                ["Almaty Trade LLP", "Nile Build Co., Ltd.", "Tashkent Logistics LLC", "Gulf Software FZE"]
            ),
            "fwlx": c.pick(["JSZR", "RJFW", "JZFW"]),
            "htje": yuan(usd),
            "bz": "USD",
            "hl": rate,
            "rmbje": round(usd * rate / 100, 2),
            "msyj": "财税〔2016〕36号附件4第一条",
        }
        c.add(f, "crossborder-exempt-filing", "POST", "/szzhzz/ckts/api/kjys/ba", etax_h(c, ref), js_json(doc))
    for _ in range(N):
        fields = [
            ("wtf", company(c)),
            ("wtfsbh", uscc(c)),
            ("dlf", company(c, "进出口有限公司")),
            ("bgdh", customs_no(c, day(c))),
            ("hwmc", c.pick([v[0] for v in HS.values()])),
            ("je", str(c.num(1000, 900000))),
            ("bz", "代理出口货物证明申请"),
        ]
        h = nav(c, f"{SITE}/ckts/dlzm/sq.jsp", session(c, "JSESSIONID"), "application/x-www-form-urlencoded", 0.0)
        c.add(f, "agent-certificate-gbk-form", "POST", "/ckts/dlzm/sq.jsp?method=save", h, gb_form(fields))


# --- tax-preference-filing ----------------------------------------------------------------------------------

RND_COLS = ["人员人工费用", "直接投入费用", "折旧费用", "无形资产摊销", "新产品设计费等"]
QUESTIONS = [
    "我们是郑州一家软件企业，{y}年研发费用{je}万元，其中委托外部机构研发{wt}万元，请问按财政部 税务总局公告2023年第7号"
    "享受100%加计扣除时，委托研发是按实际发生额的80%计入吗？如果受托方是关联企业，还需要提供什么资料？",
    "小型微利企业年应纳税所得额不超过300万元，减按25%计入应纳税所得额，按20%的税率缴纳，这个政策到2027年12月31日还执行"
    "吗？我们公司从业人数{n}人，资产总额{zc}万元，预缴时是否可以直接享受？",
    "高新技术企业认定时“近一年高新技术产品（服务）收入占企业同期总收入的比例不低于60%”，这里的总收入是收入总额还是营业"
    "收入？我们{y}年营业收入{je}万元，其中技术服务收入{wt}万元，能不能算进高新收入？",
]


@family("tax-preference-filing")
def tax_preference_filing(c: Corpus) -> None:
    f = "tax-preference-filing"
    ref = f"{SITE}/szzhzz/yhba/view/"
    pages(c, f, "policy-page", lambda: article(c, "sszc/yhzc"), "https://henan.chinatax.gov.cn/")
    for _ in range(N):
        code = uscc(c)
        five = [c.num(0, 5 * 10**6) for _ in RND_COLS]
        other = c.num(0, sum(five) // 5)
        cap = sum(five) * 10 // 90
        allowed = min(other, cap)
        rows = [
            ["项目", "金额（元）"],
            *([k, str(v)] for k, v in zip(RND_COLS, five, strict=True)),
            ["其他相关费用", str(other)],
            ["其他相关费用限额", str(cap)],
            ["允许加计扣除的研发费用", str(sum(five) + allowed)],
            ["加计扣除金额（100%）", str(sum(five) + allowed)],
        ]
        parts = [
            ("nsrsbh", code),
            ("nd", "2026"),
            ("xmbh", f"RD{c.num(2026, 2027)}{c.digits(3)}"),
            ("file", (f"研发支出辅助账汇总表_{code}.xlsx", XLSX_CT, xlsx(rows))),
        ]
        h, body = upload_xhr(c, ref, parts)
        c.add(f, "rnd-ledger-upload", "POST", "/szzhzz/yhba/api/yffz/import", h, body)
    for _ in range(N):
        code = uscc(c)
        kind = c.pick(["pdf", "docx"])
        if kind == "pdf":
            up = ("研发项目立项决议.pdf", "application/pdf", pdf_head(c, c.num(4000, 12000)))
        else:
            up = (
                "研发项目计划书.docx",
                DOCX_CT,
                docx([f"{company(c)}研发项目计划书", "一、项目目标", "二、研发人员及分工", "三、经费预算"]),
            )
        h, body = upload_xhr(c, ref, [("nsrsbh", code), ("zllx", "BCZL"), ("file", up)])
        c.add(f, "retained-docs-upload", "POST", "/szzhzz/yhba/api/bczl/upload", h, body)
    for _ in range(N):
        revenue = c.num(1000, 50000) * 10000
        tier = 5 if revenue < 5 * 10**7 else (4 if revenue <= 2 * 10**8 else 3)
        rnd = revenue * c.num(20, 90) // 1000
        staff_n = c.num(20, 600)
        tech = staff_n * c.num(5, 40) // 100
        ht_income = revenue * c.num(40, 95) // 100
        doc = {
            "nsrsbh": uscc(c),
            "jynxssr": revenue,
            "yffyze": rnd,
            "yfzb": round(rnd * 100 / revenue, 2),
            "yfzbyq": tier,
            "gxsr": ht_income,
            "gxsrzb": round(ht_income * 100 / revenue, 2),
            "zgzs": staff_n,
            "kjrys": tech,
            "kjryzb": round(tech * 100 / staff_n, 2),
            "fhtj": rnd * 100 >= revenue * tier and ht_income * 10 >= revenue * 6 and tech * 10 >= staff_n,
        }
        c.add(
            f,
            "high-tech-apply",
            "POST",
            "/gxrd/api/sq/save",
            web(c, f"{SITE}/gxrd/sq.html", "application/json;charset=UTF-8"),
            js_json(doc),
        )
    for _ in range(N):
        taxable = c.num(1, 4000) * 1000
        people, assets = c.num(1, 400), c.num(10, 8000)
        ok = taxable <= 3 * 10**6 and people <= 300 and assets <= 5000
        doc = {
            "ynssde": taxable,
            "cyrs": people,
            "zcze": assets,
            "sfxwqy": ok,
            "ynse": taxable * 5 // 100 if ok else taxable * 25 // 100,
            "jmse": taxable * 20 // 100 if ok else 0,
        }
        c.add(
            f,
            "small-micro-calculator",
            "POST",
            "/sszc/api/xwjs",
            web(c, f"{SITE}/sszc/xwjsq.html", "application/json;charset=UTF-8"),
            js_json(doc),
        )
    for _ in range(N):
        text = c.pick(QUESTIONS).format(
            y=2026, je=c.num(100, 9000), wt=c.num(10, 90), n=c.num(5, 300), zc=c.num(100, 5000)
        )
        q = [("keyword", text[: c.num(12, len(text))]), ("lx", "zcwd"), ("pageNo", 1)]
        c.add(f, "policy-qa-search", "GET", "/sszc/api/wd/search?" + qs(q), web(c, f"{SITE}/sszc/wd.html"))
    for _ in range(N):
        q = [("nsrsbh", uscc(c)), ("yhlx", c.pick(["JMS", "JJKC", "JSSDE"])), ("nd", c.pick([2026, 2027]))]
        c.add(f, "preference-list", "GET", "/szzhzz/yhba/api/sx/list?" + qs(q), etax_h(c, ref, None))
    for _ in range(N):
        people = []
        for _ in range(c.num(1, 4)):
            idno = ha_id(c, 1966, 2004)
            people.append(
                {
                    "xm": c.person(),
                    "sfzjhm": idno,
                    "cjrzh": idno + c.pick(["11", "21", "42"]),
                    "ngz": c.num(30, 90) * 1000,
                }
            )
        doc = {
            "nsrsbh": uscc(c),
            "nd": 2026,
            "cjry": people,
            "gzhj": sum(p["ngz"] for p in people),
            "jjkce": sum(p["ngz"] for p in people),
        }
        c.add(f, "disabled-wage-deduction", "POST", "/szzhzz/yhba/api/cjrgz/save", etax_h(c, ref), js_json(doc))


# --- tax-credit-agency -----------------------------------------------------------------------------------------

CREDIT_LEVELS = ["A", "B", "M", "C", "D"]
DEDUCTIONS = {
    "010101": ("未按规定期限纳税申报", 5),
    "040103": ("未按规定期限缴纳已申报税款", 5),
    "010302": ("未按规定期限填报财务报表", 3),
    "060101": ("发票未按规定开具", 3),
}
REEVAL_TEXTS = [
    "我单位{y}年度纳税信用评价被扣{score}分，扣分指标为“{zb}”（指标代码{dm}）。经核对，{d}的申报实际已在征期内通过电子税务局"
    "提交，因当天系统提示“网络异常”未成功回执，我们在次日上午重新提交，系统记录的申报日期晚了一天。附件是当天的操作截图和"
    "12366工单号{gd}。根据《纳税信用管理办法》第二十九条的规定，申请复评，恳请撤销该项扣分。",
    "本公司对{y}年度评价结果有异议：扣分指标“{zb}”（{dm}）所涉及的税款{je}元，已于{d}通过三方协议扣款成功，银行回单号"
    "{gd}，不存在逾期缴纳的情况。可能是银行扣款回执延迟导致系统误判，请求复评并更正评价结果为A级。",
]
AGENCY_KINDS = {
    "SWSSWS": "税务师事务所",
    "KJSSWS": "会计师事务所",
    "LSSWS": "律师事务所",
    "DLJZ": "代理记账机构",
    "QT": "其他涉税专业服务机构",
}


@family("tax-credit-agency")
def tax_credit_agency(c: Corpus) -> None:
    f = "tax-credit-agency"
    ref = f"{SITE}/szzhzz/nsxy/view/"
    for _ in range(N):
        q = [("nsrsbh", uscc(c)), ("pjnd", c.pick([2025, 2026]))]
        c.add(f, "credit-rating-query", "GET", "/szzhzz/nsxy/api/pjjg?" + qs(q), etax_h(c, ref, None))
    for _ in range(N):
        dm = c.pick(list(DEDUCTIONS))
        zb, score = DEDUCTIONS[dm]
        d = day(c, -300, -30)
        text = c.pick(REEVAL_TEXTS).format(
            y=2026,
            score=score,
            zb=zb,
            dm=dm,
            d=f"{d.year}年{d.month}月{d.day}日",
            gd=c.digits(12),
            je=f"{c.num(100, 90000)}.{c.num(0, 99):02d}",
        )
        doc = {
            "nsrsbh": uscc(c),
            "pjnd": 2026,
            "kfzb": [{"zbdm": dm, "zbmc": zb, "kf": score}],
            "fpyy": text,
            "lxr": c.person(),
            "lxdh": c.mobile(),
        }
        c.add(f, "reevaluation-apply", "POST", "/szzhzz/nsxy/api/fp/sq", etax_h(c, ref), js_json(doc))
    for _ in range(N):
        code = uscc(c)
        files = [(f"申报操作截图{i}.png", "image/png", png(c, c.num(2000, 6000))) for i in range(1, c.num(2, 3))]
        files.append(("银行回单.pdf", "application/pdf", pdf_head(c, c.num(3000, 8000))))
        h, body = upload_xhr(c, ref, [("nsrsbh", code), ("fpsqh", "FP" + c.digits(14)), *(("files", x) for x in files)])
        c.add(f, "evidence-upload", "POST", "/szzhzz/nsxy/api/fp/zj", h, body)
    for _ in range(N):
        kind = c.pick(list(AGENCY_KINDS))
        staff_list = [
            {
                "xm": c.person(),
                "sfzjhm": ha_id(c, 1965, 2000),
                "zyzg": c.pick(["税务师", "注册会计师", "律师", "无"]),
                "sjhm": c.mobile(),
            }
            for _ in range(c.num(1, 4))
        ]
        doc = {
            "jgtyshxydm": uscc(c),
            "jgmc": company(c, AGENCY_KINDS[kind].replace("机构", "有限公司")),
            "jglx": kind,
            "fddbr": c.person(),
            "cyry": staff_list,
        }
        c.add(
            f,
            "agency-realname",
            "POST",
            "/sszyfw/api/smxx/cj",
            web(c, f"{SITE}/sszyfw/index.html", "application/json;charset=UTF-8"),
            js_json(doc),
        )
    for _ in range(N):
        items = [
            {
                "wtfdm": uscc(c),
                "wtfmc": company(c),
                "ywlx": c.pick(["NSSB", "SSJZ", "ZXYW", "SWCH"]),
                "sfje": c.num(500, 80000),
            }
            for _ in range(c.num(1, 5))
        ]
        doc = {"jgtyshxydm": uscc(c), "bsqj": period(c), "ywmx": items, "sfhj": sum(x["sfje"] for x in items)}
        c.add(
            f,
            "agency-business-report",
            "POST",
            "/sszyfw/api/ywxx/bs",
            web(c, f"{SITE}/sszyfw/ywbs.html", "application/json;charset=UTF-8"),
            js_json(doc),
        )
    for _ in range(N):
        parts = [
            ("jgtyshxydm", uscc(c)),
            ("wtfdm", uscc(c)),
            ("xyqx", f"{ymd(c)}至{ymd(c, 301, 600)}"),
            ("file", ("涉税专业服务协议.pdf", "application/pdf", pdf_head(c, c.num(4000, 10000)))),
        ]
        h, body = upload_xhr(c, f"{SITE}/sszyfw/xy.html", parts)
        c.add(f, "agency-agreement-upload", "POST", "/sszyfw/api/xy/upload", h, body)
    for _ in range(N):
        q = [
            ("jglx", c.pick(list(AGENCY_KINDS))),
            ("ssqx", c.pick(COUNTIES)),
            ("keyword", c.pick(["", "税务师", "财务", "中原", "代理记账"])),
            ("pageNo", c.num(1, 6)),
        ]
        c.add(f, "agency-public-list", "GET", "/sszyfw/api/ml?" + qs(q), web(c, f"{SITE}/sszyfw/ml.html"))
    for _ in range(N):
        ok = c.chance(0.5)
        doc = {
            "fpsqh": "FP" + c.digits(14),
            "nsrsbh": uscc(c),
            "fhjg": "CX" if ok else "WC",
            "fhyj": "经核实申报回执延迟属实，同意撤销该项扣分。" if ok else "经核实确属逾期申报，维持原评价结果。",
            "fhr": c.person(),
        }
        h = staff(c, f"{SITE}/nsxy-fh/index.html", "application/json;charset=UTF-8", session(c))
        c.add(f, "reevaluation-review-console", "POST", "/nsxy-fh/api/fp/fh", h, js_json(doc))


# --- tax-12366-desk ---------------------------------------------------------------------------------------------

CONSULTS = [
    "您好，我是个体工商户，{y}年经营所得{je}万元。看到《财政部 税务总局关于进一步支持小微企业和个体工商户发展有关"
    "税费政策的公告》（2023年第12号）第三条说，对个体工商户年应纳税所得额不超过200万元的部分，减半征收个人所得税。请问我在经营所得"
    "年度汇算时是自动减半，还是要单独填《个人所得税减免税事项报告表》？另外我还有一份工资，专项附加扣除应该在哪边扣？",
    "请问我们公司{y}年{m}月取得一张数电专票，金额{je}元，税额已经在{m2}月勾选抵扣了，现在对方因为开票有误要红冲，"
    "按国家税务总局公告2024年第11号，是不是要我们购买方在电子发票服务平台确认红字确认单？确认后进项税额转出填哪一栏？",
    "我父亲今年{age}岁，我和哥哥两个人赡养。按《个人所得税专项附加扣除暂行办法》第二十三条，我们约定分摊，每人每月1500元，"
    "需要签书面分摊协议吗？我哥在外省工作，他那边已经填了，我在个税APP上填的时候提示“被赡养人已被他人填报”，怎么处理？",
    "单位给我缴纳的城乡居民医保和我自己以灵活就业身份缴纳的职工医保重复了，{y}年多缴了{je}元，请问在哪里申请退费？需要"
    "提供哪些材料？是找税务局还是医保局？",
]
HALLS = [
    "郑州市金水区税务局第一税务分局办税服务厅",
    "洛阳市涧西区税务局办税服务厅",
    "南阳市卧龙区税务局办税服务厅",
    "新乡市红旗区政务服务中心税务窗口",
    "许昌市魏都区税务局办税服务厅",
]
SLOTS = ["09:00-10:00", "10:00-11:00", "11:00-12:00", "13:30-14:30", "14:30-15:30", "15:30-16:30"]
KB_BASIS = ["国家税务总局公告2024年第11号", "财政部 税务总局公告2023年第12号", "《纳税信用管理办法》"]
KB_TAGS = ["增值税", "个人所得税", "社保费", "发票", "出口退税", "纳税信用", "非税收入"]


@family("tax-12366-desk")
def tax_12366_desk(c: Corpus) -> None:
    f = "tax-12366-desk"
    ref = f"{SITE}/12366/index.html"
    pages(
        c,
        f,
        "portal-page",
        lambda: c.pick(["/12366/index.html", "/12366/zxzx.html", article(c, "12366/rdwt")]),
        "https://henan.chinatax.gov.cn/",
    )
    for _ in range(N):
        text = c.pick(CONSULTS).format(y=2026, je=c.num(5, 180), m=c.num(1, 12), m2=c.num(1, 12), age=c.num(60, 92))
        doc = {
            "zxlx": c.pick(KB_TAGS),
            "wtms": text,
            "lxdh": c.mobile(),
            "sfgk": c.pick([True, False]),
            "nsrsbh": c.pick(["", uscc(c)]),
        }
        c.add(
            f, "online-consult", "POST", "/12366/api/zx/tw", web(c, ref, "application/json;charset=UTF-8"), js_json(doc)
        )
    for _ in range(N):
        doc = {
            "bsfwt": c.pick(HALLS),
            "yyrq": ymd(c, 1, 300),
            "yysd": c.pick(SLOTS),
            "yysx": c.pick(["发票领用", "税务注销", "社保费缴纳", "车辆购置税申报", "房产交易纳税"]),
            "xm": c.person(),
            "sfzjhm": ha_id(c),
            "sjhm": c.mobile(),
        }
        c.add(
            f,
            "appointment-book",
            "POST",
            "/12366/api/yy/save",
            web(c, f"{SITE}/12366/yybs.html", "application/json;charset=UTF-8"),
            js_json(doc),
        )
    for _ in range(N):
        q = [("slh", f"SL{ymd(c).replace('-', '')}{c.digits(6)}"), ("sjhm", c.mobile())]
        c.add(f, "progress-query", "GET", "/12366/api/bsjd?" + qs(q), web(c, f"{SITE}/12366/bsjd.html"))
    for _ in range(N):
        score = c.num(1, 5)
        fields = [
            ("gdh", f"ZX{ymd(c).replace('-', '')}{c.digits(6)}"),
            ("pj", str(score)),
            (
                "pjnr",
                c.pick(
                    [
                        "回复很及时，解决了问题",
                        "坐席讲得很清楚",
                        "等了两天才回复，希望快一点",
                        "答复只是复制了政策原文，没有回答我的具体问题",
                        "",
                    ]
                ),
            ),
        ]
        c.add(f, "satisfaction-rate", "POST", "/12366/api/pj", jq(c, f"{SITE}/12366/zxzx.html"), form_of(fields))
    for _ in range(N):
        q = [
            (
                "keyword",
                c.pick(
                    [
                        "个税汇算退税",
                        "数电票红冲",
                        "灵活就业社保",
                        "小规模纳税人减免",
                        "研发费用加计扣除",
                        "六税两费",
                        "跨区域涉税事项报告",
                    ]
                ),
            ),
            ("pageNo", c.num(1, 3)),
        ]
        c.add(f, "hot-question-search", "GET", "/12366/api/rdwt/search?" + qs(q), web(c, ref))
    for _ in range(N):
        tag = c.pick(KB_TAGS)
        basis = c.pick(KB_BASIS)
        html = (
            f"<p>问：{tag}相关问题如何办理？</p><p>答：根据{basis}"
            f"第{c.num(1, 30)}条规定，纳税人可通过电子税务局办理。</p><p>更新时间：{ymd(c)}</p>"
        )
        doc = {
            "zsid": c.uid(),
            "bt": f"{tag}常见问题{c.num(1, 300)}",
            "fl": tag,
            "content": html,
            "zt": c.pick(["CG", "FB"]),
        }
        h = staff(c, f"{SITE}/zsk-cms/index.html", "application/json;charset=UTF-8", session(c))
        c.add(f, "kb-article-save", "POST", "/zsk-cms/api/zs/save", h, js_json(doc))
    for _ in range(N):
        q = [("fl", c.pick(KB_TAGS)), ("zt", c.pick(["CG", "FB", "XX"])), ("pageNo", c.num(1, 9)), ("pageSize", 20)]
        c.add(
            f,
            "kb-article-list",
            "GET",
            "/zsk-cms/api/zs/list?" + qs(q),
            staff(c, f"{SITE}/zsk-cms/index.html", cookie=session(c)),
        )


# --- fiscal-budget-integration -----------------------------------------------------------------------------------

FUNC_CODES = {
    "2010301": "政府办公厅（室）及相关机构事务-行政运行",
    "2050202": "小学教育",
    "2080505": "机关事业单位基本养老保险缴费支出",
    "2120501": "城乡社区环境卫生",
    "2130101": "农业农村-行政运行",
}
ECON_CODES = {"30201": "办公费", "30211": "差旅费", "30213": "维修（护）费", "30226": "劳务费", "31002": "办公设备购置"}
MALL_ITEMS = {
    "A02010104": ("台式计算机", 4000, 6500),
    "A02010108": ("便携式计算机", 5000, 9000),
    "A02021001": ("A4黑白打印机", 800, 3000),
    "A05010201": ("办公椅", 300, 1200),
    "A09010101": ("复印纸", 20, 35),
}
YSYTH = f"{SITE}/ysyth/index.html"


def unit_code(c: Corpus) -> str:
    return f"{c.pick(['101', '102', '201', '305'])}{c.digits(3)}"


@family("fiscal-budget-integration")
def fiscal_budget_integration(c: Corpus) -> None:
    f = "fiscal-budget-integration"
    for _ in range(N):
        q = [
            ("nd", 2027),
            ("dwdm", unit_code(c)),
            ("gnfl", c.pick(list(FUNC_CODES))),
            ("jjfl", c.pick(list(ECON_CODES))),
            ("zblx", c.pick(["NCYS", "ZJZB", "TZZB"])),
        ]
        c.add(f, "quota-query", "GET", "/ysyth/api/zb/list?" + qs(q), staff(c, YSYTH, cookie=session(c)))
    for _ in range(N):
        balance = c.num(10**6, 10**9)
        amount = c.num(10**4, balance)
        doc = {
            "dwdm": unit_code(c),
            "zbid": c.uid(),
            "gnfl": c.pick(list(FUNC_CODES)),
            "jjfl": c.pick(list(ECON_CODES)),
            "zbye": yuan(balance),
            "sqje": yuan(amount),
            "skr": company(c),
            "skzh": corp_account(c),
            "yt": c.pick(["支付办公用品采购款", "支付单位物业维修费", "支付劳务派遣人员劳务费", "差旅费报销"]),
        }
        c.add(
            f,
            "payment-apply",
            "POST",
            "/ysyth/api/zfsq/save",
            staff(c, YSYTH, "application/json;charset=UTF-8", session(c)),
            js_json(doc),
        )
    for _ in range(N):
        months = {f"{m:02d}": c.num(0, 5 * 10**6) for m in range(1, 13)}
        doc = {
            "dwdm": unit_code(c),
            "nd": 2027,
            "gnfl": c.pick(list(FUNC_CODES)),
            "yjh": months,
            "hj": sum(months.values()),
        }
        c.add(
            f,
            "monthly-plan-submit",
            "POST",
            "/ysyth/api/yjh/save",
            staff(c, YSYTH, "application/json;charset=UTF-8", session(c)),
            js_json(doc),
        )
    for _ in range(N):
        parts = [
            ("dwdm", unit_code(c)),
            ("tjje", str(c.num(10**4, 10**7))),
            ("tjyy", c.pick(["年中预算调剂：防汛应急物资采购", "项目实施进度调整", "人员增加导致基本支出不足"])),
            ("file", ("预算调剂申请.docx", DOCX_CT, docx(["预算调剂申请", "一、调剂原因", "二、调剂金额及科目"]))),
        ]
        h, body = staff_upload(c, YSYTH, parts)
        c.add(f, "budget-adjust-attach", "POST", "/ysyth/api/tj/fj", h, body)
    for _ in range(N):
        code = c.pick(list(MALL_ITEMS))
        q = [
            ("pmdm", code),
            ("keyword", MALL_ITEMS[code][0]),
            ("jgq", MALL_ITEMS[code][1]),
            ("jgz", MALL_ITEMS[code][2]),
            ("px", c.pick(["jg", "xl"])),
            ("pageNo", c.num(1, 5)),
        ]
        c.add(f, "mall-goods-search", "GET", "/zcdzmc/api/sp/search?" + qs(q), web(c, f"{SITE}/zcdzmc/index.html"))
    for _ in range(N):
        lines = []
        for code in c.sample(list(MALL_ITEMS), c.num(1, 3)):
            name, lo, hi = MALL_ITEMS[code]
            qty, price = c.num(1, 30), c.num(lo, hi)
            lines.append({"pmdm": code, "spmc": name, "sl": qty, "dj": price, "je": qty * price})
        doc = {
            "cgrmc": c.pick(["河南省某厅", "郑州市某区教育局", "洛阳市某医院", "新乡市某街道办事处"]),
            "ddmx": lines,
            "zje": sum(x["je"] for x in lines),
            "shdz": f"{c.pick(list(CITIES.values()))}某路{c.num(1, 300)}号",
        }
        c.add(
            f,
            "mall-order-submit",
            "POST",
            "/zcdzmc/api/dd/submit",
            web(c, f"{SITE}/zcdzmc/cart.html", "application/json;charset=UTF-8", session(c)),
            js_json(doc),
        )
    for _ in range(N):
        code = c.pick(list(MALL_ITEMS))
        budget = MALL_ITEMS[code][2] * c.num(5, 50)
        doc = {
            "jjxmbh": f"JJ{c.num(2026, 2027)}{c.digits(6)}",
            "gysdm": uscc(c),
            "pmdm": code,
            "ysje": budget,
            "bj": budget * c.num(80, 99) // 100,
            "jfq": c.num(3, 30),
        }
        c.add(
            f,
            "supplier-quote",
            "POST",
            "/zcdzmc/api/jj/bj",
            web(c, f"{SITE}/zcdzmc/gys/jj.html", "application/json;charset=UTF-8", session(c)),
            js_json(doc),
        )
    for _ in range(N):
        parts = [
            ("ddh", f"DD{ymd(c).replace('-', '')}{c.digits(6)}"),
            ("gysdm", uscc(c)),
            ("file", ("采购合同.pdf", "application/pdf", pdf_head(c, c.num(4000, 10000)))),
        ]
        h, body = upload_xhr(c, f"{SITE}/zcdzmc/gys/ht.html", parts)
        c.add(f, "supplier-contract-upload", "POST", "/zcdzmc/api/ht/upload", h, body)


# --- tax-risk-workbench -------------------------------------------------------------------------------------------

RISK_ITEMS = {
    "JXFP": "取得异常凭证进项税额",
    "SRBP": "收入与开票不匹配",
    "CBYC": "成本费用率异常",
    "GZSB": "工资薪金申报不一致",
}
REPLIES = [
    "收到贵局风险提示后，我公司对{p}所属期的进项发票逐张核对：其中{n}张由{gys}开具的发票，因对方被认定为走逃（失联）企业，"
    "已被列为异常凭证，涉及税额{je}元。我们已全额作进项税额转出，并于{d}补缴税款及滞纳金，相关记账凭证和缴款凭证附后。",
    "关于“收入与开票不匹配”的提示：{p}我公司有一笔预收款{je}元（合同约定分期交付），按《中华人民共和国增值税暂行条例实施细则》"
    "第三十八条，纳税义务发生时间为货物发出当天，预收时尚未发货，因此未开具发票也未确认收入，不属于少计收入。",
]
WB = f"{SITE}/fxyd-gzt/index.html"
SBSH = f"{SITE}/sbsh-kzt/index.html"


@family("tax-risk-workbench")
def tax_risk_workbench(c: Corpus) -> None:
    f = "tax-risk-workbench"
    for _ in range(N):
        q = [
            ("rwzt", c.pick(["DCL", "CLZ", "YWC"])),
            ("fxdj", c.pick(["G", "Z", "D"])),
            ("zgswjg", tax_office(c.pick(COUNTIES))),
            ("xfrqq", ymd(c, -60, 100)),
            ("pageNo", c.num(1, 8)),
        ]
        c.add(f, "risk-task-list", "GET", "/fxyd-gzt/api/rw/list?" + qs(q), staff(c, WB, cookie=session(c)))
    for _ in range(N):
        items = [
            {"fxdm": k, "fxmc": RISK_ITEMS[k], "bsje": c.num(0, 5 * 10**6)}
            for k in c.sample(list(RISK_ITEMS), c.num(1, 3))
        ]
        total = sum(x["bsje"] for x in items)
        doc = {
            "rwbh": f"FX{c.num(2026, 2027)}{c.digits(8)}",
            "nsrsbh": uscc(c),
            "ydfs": c.pick(["ADTX", "SDHS", "NPJC"]),
            "fxmx": items,
            "bsze": total,
            "ydjl": "风险已排除" if total == 0 else f"纳税人已补缴税款{total}元，风险已消除",
            "ydr": c.person(),
        }
        c.add(
            f,
            "risk-task-handle",
            "POST",
            "/fxyd-gzt/api/rw/yd",
            staff(c, WB, "application/json;charset=UTF-8", session(c)),
            js_json(doc),
        )
    for _ in range(N):
        rwbh = f"FX{c.num(2026, 2027)}{c.digits(8)}"
        if c.chance(0.7):
            files = [(f"IMG_{c.digits(8)}.jpg", "image/jpeg", jpeg(c, c.num(4000, 9000))) for _ in range(c.num(1, 3))]
        else:
            files = [(f"VID_{c.digits(8)}.mp4", "video/mp4", mp4(c, c.num(6000, 12000)))]
        h, body = staff_upload(
            c,
            WB,
            [("rwbh", rwbh), ("hcdd", f"{c.pick(list(CITIES.values()))}某产业园"), *(("files", x) for x in files)],
        )
        c.add(f, "site-evidence-upload", "POST", "/fxyd-gzt/api/hc/upload", h, body)
    for _ in range(N):
        q = [
            ("zbdm", c.pick(list(RISK_ITEMS))),
            ("qjq", period(c)),
            ("qjz", period(c)),
            ("hy", c.pick(["C", "E", "F", "I"])),
        ]
        c.add(f, "risk-indicator-trend", "GET", "/fxyd-gzt/api/zb/qs?" + qs(q), staff(c, WB, cookie=session(c)))
    for _ in range(N):
        q = [
            ("sbzl", c.pick(["ZZSYBNSR", "QYSDS", "FJSF"])),
            ("shzt", c.pick(["DSH", "YSH"])),
            ("ssq", period(c)),
            ("pageNo", c.num(1, 5)),
        ]
        c.add(f, "declaration-audit-list", "GET", "/sbsh-kzt/api/sh/list?" + qs(q), staff(c, SBSH, cookie=session(c)))
    for _ in range(N):
        ids = ["1" + c.digits(19) for _ in range(c.num(1, 6))]
        ok = c.chance(0.8)
        doc = {
            "yzpzxhList": ids,
            "shjg": "TG" if ok else "BTG",
            "shyj": "比对通过" if ok else "附表与主表逻辑不符，退回",
            "shr": c.person(),
            "sl": len(ids),
        }
        c.add(
            f,
            "audit-batch-approve",
            "POST",
            "/sbsh-kzt/api/sh/pl",
            staff(c, SBSH, "application/json;charset=UTF-8", session(c)),
            js_json(doc),
        )
    for _ in range(N):
        code = uscc(c)
        text = c.pick(REPLIES).format(
            p=period(c),
            n=c.num(1, 6),
            gys=company(c, "商贸有限公司"),
            je=f"{c.num(1000, 900000)}.{c.num(0, 99):02d}",
            d=ymd(c),
        )
        doc = {
            "rwbh": f"FX{c.num(2026, 2027)}{c.digits(8)}",
            "nsrsbh": code,
            "fkyj": text,
            "lxr": c.person(),
            "lxdh": c.mobile(),
        }
        c.add(
            f,
            "taxpayer-notice-reply",
            "POST",
            "/szzhzz/fxyd/api/fk",
            etax_h(c, f"{SITE}/szzhzz/fxyd/view/", who=code),
            js_json(doc),
        )
    for _ in range(N):
        code = uscc(c)
        report = docx(
            [
                f"{company(c)}关于{period(c)}税务风险的自查报告",
                "一、基本情况",
                "二、自查发现的问题",
                f"三、补缴税款{c.num(0, 500000)}元及滞纳金情况",
                "四、整改措施",
            ]
        )
        parts = [
            ("rwbh", f"FX{c.num(2026, 2027)}{c.digits(8)}"),
            ("nsrsbh", code),
            ("file", ("自查报告.docx", DOCX_CT, report)),
        ]
        h, body = upload_xhr(c, f"{SITE}/szzhzz/fxyd/view/", parts)
        c.add(f, "self-check-report-upload", "POST", "/szzhzz/fxyd/api/zcbg", h, body)


# --- generation, check and files -----------------------------------------------------------------------------


def gen() -> list[dict]:
    return generate(Corpus(SEED), FAMILIES)


def check(rec: dict) -> list[str]:
    """What is wrong with one record as an HTTP request (empty: nothing): tests/waf/data/corpus_kit.py."""
    return check_record(rec, SOURCES)


if __name__ == "__main__":
    write_corpus(gen(), check, split, TUNING_FILE, HELD_OUT_FILE, len(FAMILIES))
