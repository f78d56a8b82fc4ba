"""Generate corpus AK: a THIRTY-SEVENTH set of ordinary requests to Chinese government sites, independent of A-Z and AA-AJ.

    python tests/waf/data/gen_cms_corpus_ak.py   # writes cms_ak_tuning.jsonl and cms_ak_heldout.jsonl next to it

Why another corpus: each fresh corpus so far has found kinds of ordinary traffic the earlier ones lacked, and AK
measures the WAF's false positives on traffic no tuning round has seen. Corpus AK is a province's 政法 ONLINE SERVICES
(PUBLIC SECURITY, COURTS, PROCURATORATES and JUSTICE ADMINISTRATION; 江西省 as the model) on its 政务云 in 2026-2027,
as citizens, lawyers, enterprises and staff use them, written as the real web pages, H5 and mini-program front ends
and APIs send them: 公安 户政 (户口 迁移 预约, 身份证 补领, 居住证 签注, 无犯罪 记录 证明) with the 派出所 受理 workbench;
出入境 (护照 and 港澳 通行证 签注 预约, 照片 回执 upload, 进度 查询) with the 窗口 queue console; a 12123-style 交通 管理
web (违法 查询 and 处理, 电子 监控 记录, 期满 换证 and 年检 预约, 事故 快处 photo upload) with the 车管所 审核 console;
the 诉讼 服务 网 (网上 立案 with 起诉状 text, 证据 uploads, 诉讼费 by 《诉讼费用交纳办法》, 电子 送达 签收, 案件 查询,
庭审 直播) with the 立案 审查 workbench; 裁判 文书 and 法律 法规 database search (boolean full-text expressions, 案由 /
法院 / 年份 filters, 条文 quoted in full, 失信 被执行人 and 开庭 公告 search); 检察 12309 (控告 申诉, 律师 阅卷 预约,
程序性 信息 查询, 公益 诉讼 线索 with photos and location) with the 案件 受理 console; the 12348 法网 (法律 咨询 留言,
律师 / 公证 / 鉴定 机构 查询, 法律 援助 申请 with uploads, 人民 调解 申请) with the 援助 审查 console; 在线 公证 and 仲裁
(委托书 text, 仲裁 申请书, 证据 uploads, 视频 公证 scheduling) with the 公证处 受理 console; 监狱 and 戒毒所 远程 视频
会见 and 亲情 帮扶 (a legacy GB18030 汇款 form) with the 会见 安排 console; 普法 (答题 JSON, video progress beacons,
以案 释法 comments) with the site's content management; 律师 执业 服务 (执业证 QR 查验, 年度 考核 备案, 律所 年检 uploads,
在线 阅卷 downloads) with the 律师 协会 back office; and 公安 网上 举报 (110 网上 报警, 电信 诈骗 举报 quoting the
fraudsters' messages, numbers and links as the citizen received them, 随手拍 with photos, video and GPS). Citizens
write long ordinary narratives with amounts, dates, account numbers, URLs and chat quotes; lawyers quote statutes
and judgments at length. Names, 身份证 numbers (GB 11643 check digits), case numbers, plates (GA 36), phones, card
numbers (Luhn), ids and tokens are this generator's, not published ones. ``SOURCES`` names the public material each
family's URLs, parameters, headers and bodies follow; values are generated deterministically (``SEED``); HOST is a
placeholder the evaluation replaces. Nothing here is an attack: every value is what the real service receives.

Overlap with earlier corpora, checked against their SOURCES: L's public-legal-service (a 12348 portal's consult and
lawyer lookup) and exit-entry-hukou (出入境 and 户政 guides and bookings), I's litigation-service (a 诉讼 服务 网's
filing and case lookup), O's judgment-docs (文书 lists and pages), C's flk-law (法律 法规 库 lookups), F's
traffic-violation (违法 查询), AA's judicial-auction and prison-family-visit (拍卖 browsing and 会见 booking), L's
cyber-report, S's dispute-mediation-intake and community-correction touch the same services. AK shares none of those
family names and repeats their shapes as little as the theme allows: its 户政 traffic is 迁移 / 补领 / 签注 / 无犯罪
证明 applications with the 派出所 workbench; its 出入境 traffic is 签注 slot booking and 照片 回执 uploads; its court
traffic is 起诉状 filing with 诉讼费 computed by the statute's brackets, 证据 uploads, 送达 签收 and the 立案 审查
workbench; its search traffic is boolean full-text expressions and 失信 / 开庭 公告 queries; its 12123 traffic is 电子
监控, 换证 and 年检 booking and 事故 快处; its 会见 traffic is remote video visits, 戒毒所 visits and the legacy 汇款
form. No earlier corpus has 12309 检察, 在线 公证 / 仲裁, 普法 答题, 律师 执业 / 年检 / 阅卷 or 电信 诈骗 举报 traffic.
Limits of the record format (corpus_kit.check_record): methods are GET, HEAD, OPTIONS and POST, so the services'
PUT and DELETE calls (withdrawing a booking, deleting an uploaded 证据) are not recorded.

CLIENT (ADR 0040, decided before any count): a record carries "client": "office" exactly when its family's console
rule (``CONSOLE``: a path pattern per family, matched at the start of the path) says the request goes to a staff
console on the government network, which 《互联网政务应用安全管理规定》第十九条 confines to the government's own
address ranges: the 派出所 户政 受理 workbench (/hzadmin/), the 出入境 窗口 queue (/crjadmin/), the 车管所 审核 console
(/clsadmin/), the court's 立案 审查 workbench (/court-admin/), the 检察院 案件 受理 console (/jcyadmin/), the 法律 援助
审查 console (/sfxz-admin/), the 公证处 受理 console (/gzc-admin/), the 监狱 会见 安排 console (/jyadmin/), the 普法
site's content management (/cms-admin/) and the 律师 协会 考核 back office (/lxadmin/). The search databases and the
网上 举报 service have no console here. Citizens', lawyers' and enterprises' requests, public APIs and portal pages
carry no client key (a user on the internet).

Each request is one JSONL record as in corpora A-Z and AA-AJ (method, path, headers, body or body_b64) tagged with
its ``family``, ``shape``, ``source`` and ``label`` = family/shape, and passes corpus_kit.check_record.

THE SPLIT is corpus_kit.HashSplit's rule with the salt "corpus-ak/", decided and written down here before the corpus
was generated and before anything was evaluated (no WAF result on AK was seen by its author; docs/waf.md, held-out
discipline): the three families whose sha256("corpus-ak/<family>") hex digests sort first are held out whole, and no
tuning may see them; in every other family a (family, shape) group is held out when
sha256("corpus-ak/<family>/<shape>") has a first byte divisible by 4; everything else is the tuning part. Made once;
never re-split, edited or regenerated to pass.
"""  # noqa: E501 - the series' first line (independent of A-Z and AA-AJ) is one line

from __future__ import annotations

import re
import struct
import sys
import urllib.parse
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
from tests.waf.data.gen_cms_corpus_ah import jwt, nav, upload_xhr, xhr  # AH's
from tests.waf.data.gen_cms_corpus_e import AXIOS_ACCEPT, jpeg, js_json, uri  # E's
from tests.waf.data.gen_cms_corpus_f import pdf_head, png  # F's
from tests.waf.data.gen_cms_corpus_m import DOCX_CT, docx  # M's

TUNING_FILE, HELD_OUT_FILE = part_files("ak")
SEED = 20310717
SALT = "corpus-ak/"

SOURCES = {
    "police-household-permit": "江西公安 网上 办事 大厅 and 赣服通 公安 专区 户"
    "政 services (户口 迁移 预约, 居民 身份证 "
    "补领 with 邮寄 delivery, 居住证 签注, 无犯罪 记录 证"
    "明 申请 per 公安部 《关于规范公安机关出具无犯罪记录证明的意见》, "
    "办件 进度 查询) and the 派出所 户政 受理 workbench as 江西 citizens and 民警 use them",
    "crossborder-permit-booking": "国家移民管理局 政务 服务 平台 and 江西 出入境"
    " 预约 H5 (普通 护照 / 往来 港澳 通行证 / "
    "往来 台湾 通行证 签注 预约 with 受理 点 and time slots, 数"
    "字 照片 回执 编号 and photo upload, 办理 进度 查询 by 受理 "
    "编号) and the 窗口 叫号 console as 江西 applicants and staff use them",
    "traffic-12123-web": "交管 12123 web (gab.122.gov.cn style: /m/publicquery/vio with hpzl, hphm, captcha; 电子 监控 "
    "记录 查询; 违法 处理 确认; 驾驶证 期满 换证 and 机动车 检验 预约; 事故 快处 photo upload with GPS per GA 40 "
    "and GA 36 号牌) and the 车管所 审核 console as 江西 drivers and 车管 staff use them",
    "court-litigation-portal": "人民法院 在线 服务 / 江西 法院 诉讼 服务 网 (网上 立案 with 起诉状 per 民事诉讼法 "
    "第一百二十四条, 证据 清单 and uploads, 诉讼费 per 《诉讼"
    "费用交纳办法》第十三条, 电子 送达 签收, 案件 查询 by 案号 per "
    "《关于人民法院案件案号的若干规定》, 庭审 公开 直播 lists) and the 立案 审查 workbench as litigants, lawyers and "
    "立案 庭 staff use them",
    "judgment-statute-search": "中国 裁判 文书 网 (website/parse/rest.q4w form posts with queryCondition, sortFields, "
    "pageNum; docId pages), 国家 法律 法规 数据库 (flk.npc.gov.cn "
    "/api/ with type, searchType, sortTr, page, size), 中国 "
    "执行 信息 公开 网 失信 被执行人 search (pName, pCardNum, pProvince, captchaId, pCode) and 开庭 公告, and a legal "
    "database's boolean full-text search as 江西 lawyers and citizens use them",
    "procuratorate-12309": "12309 中国 检察 网 and 江西 检察 12309 H5 (控告 申诉 with 事实 与 理由, 律师 阅卷 预约 "
    "with 委托书, 案件 程序性 信息 查询 by 部门 受案号, 公益 诉讼 线索 "
    "举报 with photos and location, 短信 验证) and the "
    "案件 受理 console as citizens, lawyers and 检察 staff use them",
    "legal-aid-12348": "12348 中国 法网 and 江西 法网 (法律 咨询 留言, "
    "律师 / 律所 / 公证 机构 / 司法 鉴定 机构 查询, 法律 "
    "援助 申请 per 《中华人民共和国法律援助法》 with 经济 困难 材料 "
    "uploads, 人民 调解 在线 申请) and the 法律 援助 中心 "
    "审查 console as 江西 citizens and 司法 行政 staff use them",
    "notary-arbitration-online": "在线 公证 (江西 公证 服务 平台: 委托 公证 申请 with 委托书 text, 材料 upload, 视频 "
    "公证 scheduling, 公证 费 per 江西 收费 标准) and 南昌 仲裁 委员会 网上 仲裁 (仲裁 申请书, 证据 uploads) with the "
    "公证处 受理 console as 江西 citizens, enterprises and 公证员 use them",
    "prison-remote-visit": "江西省 监狱 管理局 and 戒毒 管理局 远程 视频 会见 预约 (会见 时段, 亲属 关系 证明 upload), "
    "亲情 帮扶 留言 and the legacy 狱内 账户 汇款 form (a GBK/GB18030 JSP page), with the 监狱 会见 安排 console as "
    "families and 监狱 staff use them",
    "law-education-quiz": "江西 普法 网 and 宪法 学习 答题 活动 (题目 fetch, "
    "答案 JSON submit, 排行榜, 普法 视频 progress "
    "via navigator.sendBeacon, 以案 释法 comments, 宪法 宣誓 打卡) with the site's content management as citizens, "
    "students and 普法 editors use them",
    "lawyer-practice-service": "江西省 律师 协会 and 司法厅 律师 执业 服务 ("
    "执业证 二维码 查验, 律师 年度 考核 备案 per "
    "《律师执业年度考核规则》, 律师 事务所 年度 检查 材料 upload, 继"
    "续 教育 学时, 在线 阅卷 卷宗 downloads) and the 律师 "
    "协会 考核 back office as lawyers, 律所 and 律协 staff use them",
    "police-online-report": "公安 网上 报警 and 江西 公安 举报 H5 (110 网上 报警, 电信 网络 诈骗 举报 per 国家 反诈 "
    "中心 fields: 诈骗 电话, 收款 账户, 网址, 聊天 记录; 截图 upload"
    "; 交通 违法 随手拍 with photos, MP4 and GPS; 举报 进度; "
    "风险 号码 / 网址 查询; 警情 通报 pages) as 江西 citizens use them",
}

SPLIT = HashSplit(SALT, SOURCES)  # the rule in the docstring (tests/waf/data/corpus_kit.py)
split, HELD_OUT_FAMILIES = SPLIT.split, SPLIT.held_out_families  # split(reqs): (tuning part, held-out part)

# The console rule of each family (ADR 0040), decided before any count: the path of an office request starts with one
# of these (re.match); None: the family has no console.
CONSOLE: dict[str, str | None] = {
    "police-household-permit": r"/hzadmin/",
    "crossborder-permit-booking": r"/crjadmin/",
    "traffic-12123-web": r"/clsadmin/",
    "court-litigation-portal": r"/court-admin/",
    "judgment-statute-search": None,
    "procuratorate-12309": r"/jcyadmin/",
    "legal-aid-12348": r"/sfxz-admin/",
    "notary-arbitration-online": r"/gzc-admin/",
    "prison-remote-visit": r"/jyadmin/",
    "law-education-quiz": r"/cms-admin/",
    "lawyer-practice-service": r"/lxadmin/",
    "police-online-report": None,
}


class Corpus(ConsoleMarked, corpus_ai.Corpus):
    """AI's corpus (values, browsers, header order; SourceTagged): requests are tagged with AK's sources, and a
    request to a family's console carries "client": "office" (CONSOLE)."""

    sources = SOURCES
    console = CONSOLE


FAMILIES: dict[str, Callable[[Corpus], None]] = {}
family = family_registry(FAMILIES)

N = 16  # requests per (family, shape)

# --- values of the 江西 政法 services -------------------------------------------------------------------------

CITIES = {
    "360100": "南昌市",
    "360200": "景德镇市",
    "360300": "萍乡市",
    "360400": "九江市",
    "360500": "新余市",
    "360600": "鹰潭市",
    "360700": "赣州市",
    "360800": "吉安市",
    "360900": "宜春市",
    "361000": "抚州市",
    "361100": "上饶市",
}
DISTRICTS = [
    "360102",
    "360103",
    "360104",
    "360111",
    "360112",
    "360113",
    "360121",
    "360202",
    "360302",
    "360402",
    "360403",
    "360502",
    "360602",
    "360702",
    "360703",
    "360802",
    "360902",
    "361002",
    "361102",
    "362201",
    "362426",
]
PLATE_OFFICES = "ABCDEFGHJKLM"  # 赣A 南昌 … 赣M 南昌 (GA 36 发牌 机关 代号)
PLATE_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"  # no I, no O
COURTS = {
    "赣01": "江西省南昌市中级人民法院",
    "赣0102": "南昌市东湖区人民法院",
    "赣0103": "南昌市西湖区人民法院",
    "赣0111": "南昌市青山湖区人民法院",
    "赣0113": "南昌市红谷滩区人民法院",
    "赣04": "江西省九江市中级人民法院",
    "赣0402": "九江市濂溪区人民法院",
    "赣07": "江西省赣州市中级人民法院",
    "赣0702": "赣州市章贡区人民法院",
    "赣0902": "宜春市袁州区人民法院",
    "赣1102": "上饶市信州区人民法院",
}
CASE_KINDS = ["民初", "民终", "刑初", "刑终", "行初", "执", "执保", "执异", "民特"]
CAUSES = [
    "民间借贷纠纷",
    "买卖合同纠纷",
    "劳动争议",
    "机动车交通事故责任纠纷",
    "房屋租赁合同纠纷",
    "离婚纠纷",
    "物业服务合同纠纷",
    "建设工程施工合同纠纷",
    "信用卡纠纷",
    "追索劳动报酬纠纷",
]
PCS = [
    "东湖分局八一桥派出所",
    "西湖分局朝阳洲派出所",
    "青山湖分局湖坊派出所",
    "红谷滩分局沙井派出所",
    "章贡分局解放派出所",
    "濂溪分局十里派出所",
    "袁州分局秀江派出所",
    "信州分局西市派出所",
]
STATUTES = [
    "《中华人民共和国民法典》第六百七十六条 借款人未按照约定的"
    "期限返还借款的，应当按照约定或者国家有关规定支付逾期利息。",
    "《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》第"
    "二十五条第一款 出借人请求借款人按照合同约定利率支付利息的，"
    "人民法院应予支持，但是双方约定的利率超过合同成立时一年期贷款市场报价利率四倍的除外。",
    "《中华人民共和国劳动合同法》第八十二条第一款 用人单位自用工之日起超过一个月不满一年未与劳动者订立书面劳动合同的，"
    "应当向劳动者每月支付二倍的工资。",
    "《中华人民共和国民事诉讼法》第一百二十二条 起诉必须符合下"
    "列条件：（一）原告是与本案有直接利害关系的公民、法人和其他"
    "组织；（二）有明确的被告；（三）有具体的诉讼请求和事实、理由；（四）属于人民法院受理民事诉讼的范围和受诉人民法院管辖。",
    "《中华人民共和国道路交通安全法》第七十六条第一款第（二）项"
    " 机动车与非机动车驾驶人、行人之间发生交通事故，非机动车驾驶"
    "人、行人没有过错的，由机动车一方承担赔偿责任；有证据证明非机动车驾驶人、行人有过错的，根据过错程度适当减轻机动车一方"
    "的赔偿责任；机动车一方没有过错的，承担不超过百分之十的赔偿责任。",
    "《诉讼费用交纳办法》第十三条第一款第（一）项 财产案件根据诉讼"
    "请求的金额或者价额，按照下列比例分段累计交纳：1.不超过1万元"
    "的，每件交纳50元；2.超过1万元至10万元的部分，按照2.5%交纳；3.超过10万元至20万元的部分，按照2%交纳；4.超过20万元至50万元"
    "的部分，按照1.5%交纳；5.超过50万元至100万元的部分，按照1%交纳。",
    "《中华人民共和国民法典》第一千零七十九条第二款 人民法院审"
    "理离婚案件，应当进行调解；如果感情确已破裂，调解无效的，应当"
    "准予离婚。",
    "《中华人民共和国法律援助法》第三十一条 下列事项的当事人，"
    "因经济困难没有委托代理人的，可以向法律援助机构申请法律援助："
    "（一）依法请求国家赔偿；（二）请求给予社会保险待遇或者社会救助；（三）请求发给抚恤金；（四）请求给付赡养费、抚养费、"
    "扶养费；（五）请求确认劳动关系或者支付劳动报酬；……",
    "《中华人民共和国刑法》第二百六十六条 诈骗公私财物，数额较"
    "大的，处三年以下有期徒刑、拘役或者管制，并处或者单处罚金；"
    "数额巨大或者有其他严重情节的，处三年以上十年以下有期徒刑，并处罚金；……",
]
KEYWORDS = [
    "民间借贷",
    "利息",
    "逾期",
    "格式条款",
    "工伤认定",
    "二倍工资",
    "交通事故",
    "精神损害抚慰金",
    "夫妻共同债务",
    "表见代理",
    "违约金",
    "驳回",
    "撤诉",
    "调解",
]


def person(c: Corpus) -> str:
    return c.person()


def jx_id(c: Corpus, lo: int = 1950, hi: int = 2005) -> str:
    """A 江西 公民身份号码 with its GB 11643 check digit."""
    born = date(lo, 1, 1) + timedelta(days=c.num(0, (hi - lo) * 365))
    body = f"{c.pick(DISTRICTS)}{born:%Y%m%d}{c.num(10, 99)}{c.num(0, 9)}"
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body + "10X98765432"[sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 11]


def luhn_card(c: Corpus) -> str:
    """A 19-digit 银联 debit card number with its Luhn check digit."""
    body = c.pick(["621700", "622848", "621226", "623052", "622908"]) + c.digits(12)
    total = 0
    for i, d in enumerate(reversed(body)):
        v = int(d) * (1 if i % 2 else 2)
        total += v - 9 if v > 9 else v
    return body + str((10 - total % 10) % 10)


def plate(c: Corpus) -> str:
    """A GA 36 号牌: 赣 + 发牌 机关 代号 + 5 characters (small car) or D/F + 5 (new energy)."""
    office = c.pick(PLATE_OFFICES)
    if c.chance(0.3):
        return f"赣{office}{c.pick('DF')}{c.pick(PLATE_CHARS)}{c.digits(4)}"
    return f"赣{office}{''.join(c.pick(PLATE_CHARS) for _ in range(5))}"


def case_no(c: Corpus, kinds: list[str] = CASE_KINDS, full: bool = False) -> str:
    """A 案号 of 《关于人民法院案件案号的若干规定》: (年份)法院代字+类型代字+序号号."""
    court = c.pick(list(COURTS))
    left, right = ("（", "）") if full else ("(", ")")
    return f"{left}{c.pick([2025, 2026, 2027])}{right}{court}{c.pick(kinds)}{c.num(1, 12000)}号"


def day(c: Corpus, lo: int = 0, hi: int = 300) -> date:
    return date(2026, 9, 1) + timedelta(days=c.num(lo, hi))


def ymd(c: Corpus, lo: int = 0, hi: int = 300) -> str:
    return day(c, lo, hi).isoformat()


def cn_date(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def money(c: Corpus, lo: int, hi: int) -> int:
    return c.num(lo, hi) * 100


def court_fee(amount: float) -> float:
    """案件 受理费 of a 财产 案件 (《诉讼费用交纳办法》第十三条第一款第（一）项), brackets up to 200 万元."""
    brackets = [(10000, 0.0), (100000, 0.025), (200000, 0.02), (500000, 0.015), (1000000, 0.01), (2000000, 0.009)]
    fee, low = 50.0, 10000
    for high, rate in brackets[1:]:
        if amount > low:
            fee += (min(amount, high) - low) * rate
        low = high
    return round(fee, 2)


def mp4(c: Corpus, size: int) -> bytes:
    """An MP4 (ISO BMFF): ftyp box, then an mdat box of ``size`` bytes."""
    ftyp = b"\x00\x00\x00\x1cftypisom\x00\x00\x02\x00isomiso2mp41"
    return ftyp + struct.pack(">I", 8 + size) + b"mdat" + c.rnd.randbytes(size)


def photo(c: Corpus) -> bytes:
    return jpeg(c, c.num(3000, 9000))


def gps(c: Corpus) -> tuple[str, str]:
    """A point in 江西 (113.5-118.5 E, 24.5-30.0 N) as a phone's geolocation gives it."""
    return f"{c.num(1135000, 1185000) / 10000:.6f}", f"{c.num(245000, 300000) / 10000:.6f}"


def gb_form(fields: list[tuple[str, str]]) -> str:
    """A GBK page's form post: each value's GB18030 bytes, percent-encoded, space as +."""
    return "&".join(f"{k}={urllib.parse.quote_plus(v, encoding='gb18030')}" for k, v in fields)


def form_of(fields: list[tuple[str, str]]) -> str:
    """A UTF-8 page's form post (jQuery / URLSearchParams)."""
    return "&".join(f"{k}={urllib.parse.quote_plus(str(v), safe='*')}" for k, v in fields)


def qs(fields: list[tuple[str, object]]) -> str:
    return "&".join(f"{k}={uri(v)}" for k, v in fields)


# --- clients ---------------------------------------------------------------------------------------------

MP_UA = [
    "Mozilla/5.0 (Linux; Android 14; V2309A Build/UP1A.231005.007; wv) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Version/4.0 Chrome/130.0.6723.103 Mobile Safari/537.36 XWEB/1300289 MMWEBSDK/20241103 MMWEBID/6533 "
    "MicroMessenger/8.0.54.2760(0x28003650) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64 "
    "MiniProgramEnv/android",
    "Mozilla/5.0 (Linux; Android 13; PJZ110 Build/TP1A.220905.001; wv) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Version/4.0 Chrome/126.0.6478.188 Mobile Safari/537.36 XWEB/1260117 MMWEBSDK/20240801 MMWEBID/1187 "
    "MicroMessenger/8.0.51.2720(0x28003339) WeChat/arm64 Weixin NetType/5G Language/zh_CN ABI/arm64 "
    "MiniProgramEnv/android",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 "
    "MicroMessenger/8.0.54(0x18003637) NetType/WIFI Language/zh_CN",
]


def mp_h(c: Corpus, appid: str, ctype: str | None = "application/json", extra: dict | None = None) -> dict[str, str]:
    """A 微信 mini-program's wx.request: its UA, the page-frame Referer, its own header order."""
    h = {"Connection": "keep-alive"}
    if ctype:
        h["content-type"] = ctype
    h.update(extra or {})
    h["User-Agent"] = c.pick(MP_UA)
    h["Referer"] = f"https://servicewechat.com/{appid}/{c.num(12, 160)}/page-frame.html"
    h["Accept-Encoding"] = "gzip,compress,br,deflate"
    return h


def web(c: Corpus, ref: str, ctype: str | None = None, cookie: str | bool = False, extra: dict | None = None) -> dict:
    """An axios/fetch call from a public page: desktops and phones."""
    return xhr(c, ref, AXIOS_ACCEPT, ctype, cookie, extra, mobile=0.4)


def staff(c: Corpus, ref: str, ctype: str | None = None, cookie: str | bool = False, extra: dict | None = None) -> dict:
    """A call from a staff console: desktops only."""
    return xhr(c, ref, AXIOS_ACCEPT, ctype, cookie, extra, mobile=0.0)


def staff_upload(c: Corpus, ref: str, parts: list, extra: dict | None = None) -> tuple[dict[str, str], bytes]:
    b = c.browser(0.0)
    ctype, body = c.multipart(b, parts)
    return c.headers(b, "xhr", AXIOS_ACCEPT, ctype, ref, cookie=False, extra=extra), body


def pages(c: Corpus, f: str, shape: str, path: Callable[[], str], ref: str | None) -> None:
    """N page loads by browsers, with or without a Referer."""
    for _ in range(N):
        c.add(f, shape, "GET", path(), nav(c, c.pick([ref, None]), mobile=0.45))


def bearer(c: Corpus, sub: str, key: bytes, role: str = "user") -> str:
    iat = c.ms() // 1000
    return "Bearer " + jwt({"sub": sub, "role": role, "iat": iat, "exp": iat + 7200}, key)


def session(c: Corpus, name: str = "SESSION") -> str:
    return f"{name}={c.b64(24, urlsafe=True)}"


def sign(c: Corpus) -> str:
    return c.hexs(16)


# --- police-household-permit ---------------------------------------------------------------------------------

HZ_KEY = b"jxga-hz-token-2026"
MOVE_REASONS = ["投靠配偶", "投靠子女", "购房落户", "人才引进", "大中专院校毕业生落户", "务工落户"]
NO_CRIME_USES = [
    "入职审查（教育培训机构）",
    "出国留学签证",
    "驾校教练员资格",
    "网约车驾驶员从业资格",
    "保安员证申领",
    "入伍政审材料",
]
ADDRS = [
    "南昌市红谷滩区丰和中大道",
    "南昌市青山湖区北京东路",
    "赣州市章贡区红旗大道",
    "九江市濂溪区十里大道",
    "上饶市信州区五三大道",
    "宜春市袁州区宜阳大道",
    "吉安市吉州区井冈山大道",
    "抚州市临川区赣东大道",
]


def addr(c: Corpus) -> str:
    street = f"{c.pick(ADDRS)}{c.num(1, 1999)}号{c.pick(['', '某小区'])}"
    return f"{street}{c.num(1, 30)}栋{c.num(1, 3)}单元{c.num(101, 3302)}室"


@family("police-household-permit")
def police_household_permit(c: Corpus) -> None:
    f = "police-household-permit"
    ref = f"{SITE}/jxga/wsbs/hz/index.html"
    pages(
        c,
        f,
        "service-guide-page",
        lambda: c.pick(
            [
                "/jxga/wsbs/hz/index.html",
                f"/jxga/wsbs/hz/guide.html?sxbm={c.pick(['HZ0101', 'HZ0203', 'JZZ0102', 'WFZ0001'])}",
                f"/jxga/wsbs/jzz/qz.html?from={c.pick(['gft', 'wx', 'pc'])}",
            ]
        ),
        "https://www.jiangxi.gov.cn/",
    )
    for _ in range(N):
        code = c.pick(list(CITIES))
        doc = {
            "yyrxm": person(c),
            "sfzhm": jx_id(c),
            "lxdh": c.mobile(),
            "qylb": c.pick(MOVE_REASONS),
            "qcdssxq": c.pick(DISTRICTS),
            "qrdssxq": code[:4] + c.pick(["02", "03", "11", "13"]),
            "qrdz": addr(c),
            "pcsmc": c.pick(PCS),
            "yyrq": ymd(c, 5, 60),
            "yysd": c.pick(["09:00-10:00", "10:00-11:00", "14:30-15:30", "15:30-16:30"]),
            "sqrs": c.num(1, 4),
        }
        h = web(c, ref, "application/json;charset=UTF-8", extra={"Authorization": bearer(c, doc["sfzhm"], HZ_KEY)})
        c.add(f, "hukou-move-booking", "POST", "/jxga/api/hz/qyyy/submit", h, js_json(doc))
    for _ in range(N):
        doc = {
            "xm": person(c),
            "gmsfhm": jx_id(c),
            "blyy": c.pick(["丢失", "被盗", "损坏"]),
            "lqfs": c.pick(["邮寄", "窗口领取"]),
            "sjrxm": person(c),
            "sjrdh": c.mobile(),
            "yjdz": addr(c),
            "zpbh": f"{c.num(10, 99)}{c.digits(16)}",
            "sfdkz": c.chance(0.3),
            "bz": c.pick(["", "在外地上学，请尽量邮寄到学校。", "急用办理银行业务，麻烦尽快。"]),
        }
        h = mp_h(c, "wx5e9c2a7d31b4f6a8", extra={"X-Token": c.hexs(16)})
        c.add(f, "idcard-reissue", "POST", "/jxga/api/hz/sfzbl/apply", h, js_json(doc))
    for _ in range(N):
        fields = [
            ("jzzbh", f"{c.pick(list(CITIES))}{c.digits(10)}"),
            ("xm", person(c)),
            ("sfzhm", jx_id(c)),
            ("jzdz", addr(c)),
            ("jzsy", c.pick(["就业", "就学", "经商", "投靠亲属"])),
            ("gzdw", c.pick(["南昌某科技有限公司", "江西某建设集团有限公司", "个体经营", "赣州某商贸有限公司"])),
            ("lxdh", c.mobile()),
            ("qzlx", "1"),
            ("yqz", str(c.num(0, 4))),
        ]
        h = xhr(
            c,
            f"{SITE}/jxga/wsbs/jzz/qz.html",
            "application/json, text/javascript, */*; q=0.01",
            "application/x-www-form-urlencoded; charset=UTF-8",
            session(c, "JSESSIONID"),
            mobile=0.5,
        )
        h = {**h, "X-Requested-With": "XMLHttpRequest"}
        c.add(f, "residence-permit-endorse", "POST", "/jxga/api/jzz/qz/save.do", h, form_of(fields))
    for _ in range(N):
        name, idno = person(c), jx_id(c)
        parts = [
            ("xm", name),
            ("sfzhm", idno),
            ("yt", c.pick(NO_CRIME_USES)),
            ("hjd", c.pick(list(CITIES.values()))),
            ("sqly", f"本人{name}因{c.pick(NO_CRIME_USES)}需要，申请开具无犯罪记录证明，承诺所填信息真实有效。"),
            ("file", (f"IMG_{c.digits(8)}_{c.digits(6)}.jpg", "image/jpeg", photo(c))),
        ]
        if c.chance(0.4):
            parts.append(("wts", ("单位查询函.pdf", "application/pdf", pdf_head(c, c.num(2000, 5000)))))
        h, body = upload_xhr(
            c, f"{SITE}/jxga/wsbs/wfz/apply.html", parts, extra={"Authorization": bearer(c, idno, HZ_KEY)}
        )
        c.add(f, "no-crime-cert-apply", "POST", "/jxga/api/wfzjl/apply", h, body)
    for _ in range(N):
        q = [("slbh", f"JXGA{day(c):%Y%m%d}{c.digits(6)}"), ("sfzhm", jx_id(c)), ("_t", c.ms())]
        c.add(f, "progress-query", "GET", "/jxga/api/hz/bjcx?" + qs(q), web(c, f"{SITE}/jxga/wsbs/bjcx.html"))
    for _ in range(N):
        q = [
            ("cityCode", c.pick(list(CITIES))),
            ("keyword", c.pick(["", "八一", "红谷滩", "章贡"])),
            ("pageNum", 1),
            ("pageSize", 20),
        ]
        c.add(f, "station-list", "GET", "/jxga/api/common/pcs/list?" + qs(q), mp_h(c, "wx5e9c2a7d31b4f6a8", None))
    for _ in range(N):
        q = [
            ("pageNum", c.num(1, 6)),
            ("pageSize", 20),
            ("ywlx", c.pick(["QYYY", "SFZBL", "JZZQZ", "WFZJL"])),
            ("zt", c.pick(["DSL", "YSL", "BH"])),
            ("beginTime", ymd(c, 0, 30)),
            ("endTime", ymd(c, 31, 60)),
        ]
        h = staff(
            c, f"{SITE}/hzadmin/index.html", extra={"Authorization": bearer(c, "pcs" + c.digits(4), HZ_KEY, "police")}
        )
        c.add(f, "workbench-list", "GET", "/hzadmin/api/sl/list?" + qs(q), h)
    for _ in range(N):
        ok = c.chance(0.8)
        doc = {
            "slbh": f"JXGA{day(c):%Y%m%d}{c.digits(6)}",
            "shjg": "TG" if ok else "BH",
            "shyj": "材料齐全，符合迁入条件，同意受理。"
            if ok
            else c.pick(
                [
                    "请补充上传房屋不动产权证书首页及附记页。",
                    "结婚证照片不清晰，请重新上传。",
                    "迁入地址与不动产登记地址不一致，请核实后重新申请。",
                ]
            ),
            "jbr": person(c),
            "jbmj": f"0{c.digits(5)}",
        }
        h = staff(
            c,
            f"{SITE}/hzadmin/index.html",
            "application/json;charset=UTF-8",
            extra={"Authorization": bearer(c, "pcs" + c.digits(4), HZ_KEY, "police")},
        )
        c.add(f, "workbench-audit", "POST", "/hzadmin/api/sl/audit", h, js_json(doc))


# --- crossborder-permit-booking ---------------------------------------------------------------------------

CRJ_KEY = b"jx-crj-h5-2026"
CRJ_POINTS = {
    "360100A1": "南昌市公安局出入境接待大厅",
    "360100B2": "红谷滩区政务服务中心出入境窗口",
    "360700A1": "赣州市公安局出入境管理支队",
    "360400A1": "九江市公安局出入境接待大厅",
    "361100A1": "上饶市公安局出入境管理支队",
    "360900A1": "宜春市公安局出入境接待大厅",
}
ZJLX = {"11": "普通护照", "21": "往来港澳通行证", "25": "往来台湾通行证"}
QZZL = {"1B": "个人旅游（一次）", "2B": "个人旅游（二次）", "L": "团队旅游", "Q": "探亲", "S": "商务", "X": "学习"}
SLOTS = ["08:30-09:30", "09:30-10:30", "10:30-11:30", "14:00-15:00", "15:00-16:00", "16:00-17:00"]


@family("crossborder-permit-booking")
def crossborder_permit_booking(c: Corpus) -> None:
    f = "crossborder-permit-booking"
    ref = f"{SITE}/crj/h5/index.html"
    pages(
        c,
        f,
        "guide-page",
        lambda: c.pick(
            [
                "/crj/h5/index.html",
                f"/crj/guide/{c.pick(['hz', 'gatxz', 'twtxz'])}.html",
                f"/crj/h5/yy.html?zjlx={c.pick(list(ZJLX))}&wdbh={c.pick(list(CRJ_POINTS))}",
            ]
        ),
        "https://www.nia.gov.cn/",
    )
    for _ in range(N):
        q = [("wdbh", c.pick(list(CRJ_POINTS))), ("yyrq", ymd(c, 3, 40)), ("ywlx", c.pick(list(ZJLX)))]
        c.add(f, "slot-query", "GET", "/crj/api/yy/sd?" + qs(q), mp_h(c, "wx9a1c44e0b2f7d3c6", None))
    for _ in range(N):
        idno = jx_id(c, 1955, 2012)
        doc = {
            "zjlx": "11",
            "sqlb": c.pick(["首次申请", "换发", "补发"]),
            "xm": person(c),
            "sfzh": idno,
            "xmpy": c.pick(["ZHANG/WEI", "LIU/FANG", "HU/JUN", "XIONG/LI", "WAN/YING"]),
            "sjhm": c.mobile(),
            "wdbh": c.pick(list(CRJ_POINTS)),
            "yyrq": ymd(c, 3, 40),
            "yysd": c.pick(SLOTS),
            "cjsy": c.pick(["旅游", "探亲访友", "商务", "留学", "定居"]),
            "zphzbh": f"{c.num(36, 36)}{c.digits(18)}",
        }
        h = mp_h(c, "wx9a1c44e0b2f7d3c6", extra={"Authorization": bearer(c, idno, CRJ_KEY)})
        c.add(f, "passport-booking", "POST", "/crj/api/yy/hz/submit", h, js_json(doc))
    for _ in range(N):
        idno = jx_id(c, 1955, 2012)
        doc = {
            "zjlx": c.pick(["21", "25"]),
            "zjhm": c.pick("CT") + c.digits(8),
            "xm": person(c),
            "sfzh": idno,
            "qzxx": [{"qwd": c.pick(["HK", "MO", "TW"]), "qzzl": c.pick(list(QZZL)), "yxq": c.pick(["3个月", "1年"])}],
            "wdbh": c.pick(list(CRJ_POINTS)),
            "yyrq": ymd(c, 2, 30),
            "yysd": c.pick(SLOTS),
            "sjhm": c.mobile(),
            "zzqz": c.chance(0.6),
        }
        h = web(c, ref, "application/json;charset=UTF-8", extra={"Authorization": bearer(c, idno, CRJ_KEY)})
        c.add(f, "permit-endorse-booking", "POST", "/crj/api/yy/qz/submit", h, js_json(doc))
    for _ in range(N):
        idno = jx_id(c, 1955, 2012)
        parts = [
            ("hzbh", f"36{c.digits(18)}"),
            ("sfzh", idno),
            ("zplx", c.pick(["hz", "gatxz"])),
            ("file", (f"{idno}.jpg", "image/jpeg", jpeg(c, c.num(12000, 30000)))),
        ]
        h, body = upload_xhr(c, f"{SITE}/crj/h5/zp.html", parts, extra={"Authorization": bearer(c, idno, CRJ_KEY)})
        c.add(f, "photo-receipt-upload", "POST", "/crj/api/zp/upload", h, body)
    for _ in range(N):
        q = [("slbh", f"{c.pick(list(CITIES))}{day(c):%Y%m%d}{c.digits(6)}"), ("xm", person(c))]
        c.add(f, "progress-query", "GET", "/crj/api/bz/jd?" + qs(q), web(c, f"{SITE}/crj/h5/jdcx.html"))
    for _ in range(N):
        q = [("cityCode", c.pick(list(CITIES))), ("lng", gps(c)[0]), ("lat", gps(c)[1]), ("type", "zzsb")]
        c.add(f, "kiosk-nearby", "GET", "/crj/api/wd/nearby?" + qs(q), mp_h(c, "wx9a1c44e0b2f7d3c6", None))
    for _ in range(N):
        q = [
            ("wdbh", c.pick(list(CRJ_POINTS))),
            ("rq", ymd(c, 0, 60)),
            ("zt", c.pick(["DJH", "YJH", "GH"])),
            ("page", c.num(1, 5)),
            ("limit", 30),
        ]
        h = staff(c, f"{SITE}/crjadmin/queue.html", cookie=session(c))
        c.add(f, "window-queue-console", "GET", "/crjadmin/api/queue/list?" + qs(q), h)


# --- traffic-12123-web ------------------------------------------------------------------------------------------

HPZL = {"01": "大型汽车", "02": "小型汽车", "51": "大型新能源汽车", "52": "小型新能源汽车"}
VIO_PLACES = [
    "南昌市红谷滩区赣江中大道与会展路交叉口",
    "南昌市青山湖区昌东大道K12+300",
    "赣州市章贡区红旗大道与长征大道路口",
    "G70福银高速K588+500",
    "九江市濂溪区十里大道",
    "上饶市信州区五三大道与凤凰大道交叉口",
]
VIO_ACTS = {
    "1625": ("机动车违反禁令标志指示的", 200, 3),
    "1208": ("不按规定车道行驶的", 100, 1),
    "1039": ("机动车违反规定停放、临时停车，驾驶人不在现场，妨碍其他车辆、行人通行的", 150, 0),
    "1302": ("驾驶中型以上载客载货汽车、危险物品运输车辆以外的其他机动车行驶超过规定时速20%以上未达到50%的", 200, 6),
    "1344": ("机动车通过有灯控路口时，不按所需行进方向驶入导向车道的", 100, 2),
}
CLS_KEY = b"jx-12123-web"


@family("traffic-12123-web")
def traffic_12123_web(c: Corpus) -> None:
    f = "traffic-12123-web"
    pages(
        c,
        f,
        "portal-page",
        lambda: c.pick(["/m/index", "/m/publicquery/index", "/m/jszyy/index", f"/m/bszn/detail?id={c.num(100, 999)}"]),
        None,
    )
    for _ in range(N):
        p = plate(c)
        fields = [
            ("hpzl", c.pick(list(HPZL))),
            ("hphm", p[1:]),
            ("fzjg", p[:2]),
            ("fdjh", c.digits(6)),
            ("captcha", c.alnum(4, "abcdefghkmnpqrstuvwxyz23456789")),
        ]
        h = xhr(
            c,
            f"{SITE}/m/publicquery/index",
            "application/json, text/javascript, */*; q=0.01",
            "application/x-www-form-urlencoded; charset=UTF-8",
            session(c, "JSESSIONID"),
            mobile=0.3,
        )
        c.add(
            f,
            "vio-public-query",
            "POST",
            "/m/publicquery/vio",
            {**h, "X-Requested-With": "XMLHttpRequest"},
            form_of(fields),
        )
    for _ in range(N):
        q = [
            ("hpzl", c.pick(list(HPZL))),
            ("hphm", plate(c)),
            ("startDate", ymd(c, 0, 100)),
            ("endDate", ymd(c, 101, 200)),
            ("page", c.num(1, 3)),
            ("size", 10),
        ]
        c.add(
            f,
            "surveil-records",
            "GET",
            "/user/m/uservio/suriquery?" + qs(q),
            web(c, f"{SITE}/user/m/uservio/index", cookie=session(c, "JSESSIONID")),
        )
    for _ in range(N):
        code = c.pick(list(VIO_ACTS))
        act, fine, points = VIO_ACTS[code]
        doc = {
            "xh": f"36{c.digits(13)}",
            "hpzl": c.pick(list(HPZL)),
            "hphm": plate(c),
            "wfxw": code,
            "wfnr": act,
            "wfdz": c.pick(VIO_PLACES),
            "wfsj": f"{ymd(c, 0, 200)} {c.num(6, 22):02d}:{c.num(0, 59):02d}:00",
            "fkje": fine,
            "wfjfs": points,
            "jszh": jx_id(c, 1960, 2005),
            "qrfs": "网上确认",
            "jkfs": "网上缴款",
        }
        c.add(
            f,
            "vio-handle-confirm",
            "POST",
            "/user/m/uservio/handle",
            web(c, f"{SITE}/user/m/uservio/index", "application/json", session(c, "JSESSIONID")),
            js_json(doc),
        )
    for _ in range(N):
        doc = {
            "jszh": jx_id(c, 1960, 2000),
            "dabh": f"36{c.digits(10)}",
            "zjcx": c.pick(["C1", "C2", "B2", "A2"]),
            "yxqz": ymd(c, 10, 90),
            "ywlx": "期满换证",
            "tjjg": c.pick(["南昌市第一人民医院体检中心", "赣州市人民医院体检科", "九江市中医院体检中心"]),
            "yydd": c.pick(["南昌市车管所", "赣州市车管所", "九江市车管所"]),
            "yyrq": ymd(c, 5, 30),
            "yysd": c.pick(SLOTS),
            "yjdz": addr(c),
            "lxdh": c.mobile(),
        }
        c.add(
            f,
            "license-renew-booking",
            "POST",
            "/user/m/jszyy/submit",
            mp_h(c, "wx3f7b2c1de09a8b56", extra={"token": c.hexs(16)}),
            js_json(doc),
        )
    for _ in range(N):
        doc = {
            "hpzl": c.pick(["02", "52"]),
            "hphm": plate(c),
            "clsbdh": c.alnum(6, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789") + c.digits(11),
            "jyjg": c.pick(["南昌市某机动车检测有限公司", "赣州某机动车安全检测站"]),
            "yyrq": ymd(c, 3, 40),
            "yysd": c.pick(SLOTS),
            "mjy": c.chance(0.5),
            "lxdh": c.mobile(),
        }
        c.add(
            f,
            "inspection-booking",
            "POST",
            "/user/m/jdcjy/yy/submit",
            web(c, f"{SITE}/user/m/jdcjy/index", "application/json", session(c, "JSESSIONID")),
            js_json(doc),
        )
    for _ in range(N):
        lng, lat = gps(c)
        parts = [
            ("sgdd", c.pick(VIO_PLACES)),
            ("sgsj", f"{ymd(c, 0, 200)} {c.num(6, 22):02d}:{c.num(0, 59):02d}"),
            ("lng", lng),
            ("lat", lat),
            ("dsrs", "2"),
            ("hphm1", plate(c)),
            ("hphm2", plate(c)),
            ("sgqx", c.pick(["追尾", "变更车道时剐蹭", "倒车时碰撞", "路口转弯剐蹭"])),
        ]
        for i, view in enumerate(["qian", "hou", "peng", "quan"][: c.num(2, 4)]):
            parts.append((f"photo{i + 1}", (f"{view}_{c.digits(13)}.jpg", "image/jpeg", photo(c))))
        h, body = upload_xhr(c, f"{SITE}/m/sgkc/index", parts, extra={"Authorization": bearer(c, jx_id(c), CLS_KEY)})
        c.add(f, "accident-quick-upload", "POST", "/m/sgkc/upload", h, body)
    for _ in range(N):
        doc = {
            "lsh": f"36{day(c):%y%m%d}{c.digits(8)}",
            "ywlx": c.pick(["期满换证", "机动车检验预约", "事故快处"]),
            "shjg": c.pick(["1", "1", "1", "2"]),
            "shyj": c.pick(["审核通过", "体检信息未上传，请补充", "照片不清晰，请重新拍摄车辆碰撞部位"]),
            "shr": f"jg{c.digits(5)}",
        }
        h = staff(
            c,
            f"{SITE}/clsadmin/audit.html",
            "application/json;charset=UTF-8",
            extra={"Authorization": bearer(c, "cls" + c.digits(4), CLS_KEY, "staff")},
        )
        c.add(f, "cls-audit-console", "POST", "/clsadmin/api/audit/submit", h, js_json(doc))


# --- court-litigation-portal ----------------------------------------------------------------------------------

COURT_KEY = b"jxfy-ssfw-2026"
FACTS = [
    "{b}于{d1}向原告借款人民币{a}元，约定月利率1%，借款期限一年，并出具借条一张。借款到期后，原告多次通过电话、微信催"
    "讨，被告均以生意周转困难为由拖延。{d2}被告在微信中回复“再宽限两个月，年底一定还”，但至今分文未还。",
    "原告自{d1}起在被告处从事仓库管理工作，月工资{w}元，被告未与原告签订书面劳动合同，也未缴纳社会保险。{d2}被告以"
    "经营调整为由口头通知原告不用再来上班，拖欠原告最后三个月工资共计{a}元。原告申请劳动仲裁，仲裁委作出不予受理通知书。",
    "{d1}，被告驾驶{p}号小型轿车沿红谷中大道由南往北行驶至会展路路口时，与原告驾驶的电动自行车相撞，致原告受伤、车辆"
    "受损。交警部门认定被告负事故全部责任。原告住院治疗21天，花费医疗费{a}元，经鉴定构成十级伤残。",
    "原告与被告于{d1}签订《房屋租赁合同》，约定被告承租原告位于{addr}的房屋，月租金{w}元，押二付一。自{d2}起被告未再"
    "支付租金，经原告书面催告仍不支付，截至起诉之日共拖欠租金{a}元。",
]
CLAIMS = [
    "一、判令被告偿还原告借款本金{a}元及利息（以{a}元为基数，自{d2}起按一年期贷款市场报价利率四倍计算至实际清偿之日止）；"
    "二、本案诉讼费用由被告承担。",
    "一、判令被告支付原告拖欠工资{a}元；二、判令被告支付未签订书面劳动合同的二倍工资差额；三、诉讼费由被告负担。",
    "一、判令被告赔偿原告医疗费、误工费、护理费、残疾赔偿金等各项损失共计{a}元；二、本案诉讼费由被告承担。",
    "一、判令解除原、被告之间的房屋租赁合同；二、判令被告支付拖欠租金{a}元；三、诉讼费用由被告承担。",
]
EVIDENCE = [
    ("借条", "证明双方借贷关系成立"),
    ("微信聊天记录截图", "证明原告多次催讨及被告承认欠款"),
    ("银行转账凭证", "证明原告已实际交付借款"),
    ("劳动仲裁不予受理通知书", "证明已经过仲裁前置程序"),
    ("道路交通事故认定书", "证明被告负事故全部责任"),
    ("医疗费票据", "证明原告的医疗费损失"),
    ("房屋租赁合同", "证明双方租赁关系及租金标准"),
    ("催告函及EMS回执", "证明原告已履行催告义务"),
]


def complaint(c: Corpus) -> tuple[str, int, str]:
    """(起诉状 text, 标的 amount, 案由)."""
    i = c.num(0, 3)
    amount = money(c, 50, 6000)
    fill = {
        "b": "被告",
        "d1": cn_date(day(c, -700, -300)),
        "d2": cn_date(day(c, -200, -30)),
        "a": f"{amount}",
        "w": f"{c.num(35, 90) * 100}",
        "p": plate(c),
        "addr": addr(c),
    }
    cause = ["民间借贷纠纷", "追索劳动报酬纠纷", "机动车交通事故责任纠纷", "房屋租赁合同纠纷"][i]
    text = (
        f"民事起诉状\n原告：{person(c)}，男，汉族，住{addr(c)}，联系电话{c.mobile()}。\n被告：{person(c)}，住{addr(c)}。"
        f"\n诉讼请求：\n{CLAIMS[i].format(**fill)}\n事实与理由：\n{FACTS[i].format(**fill)}\n"
        f"根据{c.pick(STATUTES)}原告为维护自身合法权益，特诉至贵院，望判如所请。\n此致\n{c.pick(list(COURTS.values()))}"
        f"\n具状人：{person(c)}\n{ymd(c)}"
    )
    return text, amount, cause


@family("court-litigation-portal")
def court_litigation_portal(c: Corpus) -> None:
    f = "court-litigation-portal"
    ref = f"{SITE}/ssfw/wsla/index.html"
    for _ in range(N):
        text, amount, cause = complaint(c)
        doc = {
            "fydm": c.pick(list(COURTS)),
            "ajlx": "民事一审",
            "ay": cause,
            "bdje": amount,
            "qsz": text,
            "dsr": [
                {"ssdw": "原告", "lx": "自然人", "xm": person(c), "zjhm": jx_id(c), "sjhm": c.mobile()},
                {"ssdw": "被告", "lx": c.pick(["自然人", "法人"]), "xm": person(c), "zjhm": jx_id(c)},
            ],
            "dlr": {
                "xm": person(c),
                "zyzh": f"136{c.pick(['01', '07', '04'])}20{c.num(10, 26)}1{c.digits(6)}",
                "lsswsmc": c.pick(["江西某律师事务所", "江西赣江律师事务所（虚构）", "南昌某某律师事务所"]),
            },
            "sfsqbq": c.chance(0.2),
            "sfyysc": c.chance(0.5),
        }
        h = web(
            c, ref, "application/json;charset=UTF-8", extra={"Authorization": bearer(c, doc["dlr"]["zyzh"], COURT_KEY)}
        )
        c.add(f, "online-filing-submit", "POST", "/ssfw/api/wsla/submit", h, js_json(doc))
    for _ in range(N):
        name, purpose = c.pick(EVIDENCE)
        kind = c.pick(["pdf", "docx", "jpg"])
        content = {
            "pdf": ("application/pdf", pdf_head(c, c.num(3000, 9000))),
            "docx": (DOCX_CT, docx(["证据清单", f"证据一：{name}，{purpose}。", c.pick(STATUTES)])),
            "jpg": ("image/jpeg", photo(c)),
        }[kind]
        parts = [
            ("laid", c.hexs(16)),
            ("zjmc", name),
            ("zmnr", purpose),
            ("ys", str(c.num(1, 12))),
            ("file", (f"{name}.{kind}", content[0], content[1])),
        ]
        h, body = upload_xhr(c, ref, parts, extra={"Authorization": bearer(c, jx_id(c), COURT_KEY)})
        c.add(f, "evidence-upload", "POST", "/ssfw/api/wsla/zj/upload", h, body)
    for _ in range(N):
        amount = money(c, 30, 15000)
        fields = [
            ("ah", case_no(c, ["民初"])),
            ("jfr", person(c)),
            ("bdje", str(amount)),
            ("slf", f"{court_fee(amount):.2f}"),
            ("jflx", "案件受理费"),
            ("zffs", c.pick(["wxpay", "alipay", "unionpay"])),
            ("tzsbh", f"JX{c.digits(16)}"),
        ]
        h = xhr(
            c,
            f"{SITE}/ssfw/jf/index.html",
            "application/json, text/plain, */*",
            "application/x-www-form-urlencoded",
            mobile=0.5,
        )
        c.add(f, "fee-payment", "POST", "/ssfw/api/jf/create", h, form_of(fields))
    for _ in range(N):
        doc = {
            "sdid": c.uid(),
            "ah": case_no(c),
            "wsmc": c.pick(["传票", "应诉通知书", "举证通知书", "民事判决书", "民事裁定书", "开庭通知书"]),
            "qsr": person(c),
            "qsfs": "电子签收",
            "qssj": f"{ymd(c)} {c.num(8, 21):02d}:{c.num(0, 59):02d}:{c.num(0, 59):02d}",
            "yzm": c.digits(6),
        }
        c.add(
            f,
            "e-service-sign",
            "POST",
            "/ssfw/api/sd/sign",
            mp_h(c, "wx1c8d7e2a4b9f0356", extra={"X-Auth-Token": c.hexs(20)}),
            js_json(doc),
        )
    for _ in range(N):
        q = [("ah", case_no(c)), ("cxm", c.alnum(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"))]
        c.add(f, "case-query", "GET", "/ssfw/api/ajcx/query?" + qs(q), web(c, f"{SITE}/ssfw/ajcx/index.html"))
    for _ in range(N):
        q = [
            ("fydm", c.pick(list(COURTS))),
            ("ay", c.pick(["", *CAUSES])),
            ("ktrq", ymd(c, 0, 120)),
            ("zt", c.pick(["zb", "yg", "hf"])),
            ("pageNo", c.num(1, 8)),
            ("pageSize", 12),
        ]
        c.add(f, "trial-live-list", "GET", "/tsgk/api/live/list?" + qs(q), web(c, f"{SITE}/tsgk/index.html"))
    for _ in range(N):
        q = [
            ("laztStatus", c.pick(["DSC", "BCCL", "YLA", "BYLA"])),
            ("fydm", c.pick(list(COURTS))),
            ("sqsjStart", ymd(c, 0, 30)),
            ("sqsjEnd", ymd(c, 31, 60)),
            ("current", c.num(1, 6)),
            ("size", 20),
        ]
        h = staff(
            c,
            f"{SITE}/court-admin/lasc/index.html",
            extra={"Authorization": bearer(c, "fg" + c.digits(5), COURT_KEY, "judge")},
        )
        c.add(f, "filing-review-list", "GET", "/court-admin/api/lasc/list?" + qs(q), h)
    for _ in range(N):
        ok = c.chance(0.7)
        doc = {
            "laid": c.hexs(16),
            "scjg": "YLA" if ok else c.pick(["BCCL", "BYLA"]),
            "ah": case_no(c, ["民初"]) if ok else "",
            "scyj": "符合《中华人民共和国民事诉讼法》第一百二十二条规定的起诉条件，予以登记立案。"
            if ok
            else c.pick(
                [
                    "请补充被告身份信息（身份证复印件或户籍证明）。",
                    "起诉状未载明具体的诉讼请求金额，请补正。",
                    "本案不属于本院管辖，建议向被告住所地人民法院起诉。",
                ]
            ),
            "cbr": person(c),
        }
        h = staff(
            c,
            f"{SITE}/court-admin/lasc/index.html",
            "application/json;charset=UTF-8",
            extra={"Authorization": bearer(c, "fg" + c.digits(5), COURT_KEY, "judge")},
        )
        c.add(f, "filing-review-decide", "POST", "/court-admin/api/lasc/review", h, js_json(doc))


# --- judgment-statute-search ------------------------------------------------------------------------------------


def bool_expr(c: Corpus) -> str:
    """A legal database's boolean full-text expression (AND / OR / NOT, parentheses, quoted phrases)."""
    a, b, d = c.sample(KEYWORDS, 3)
    return c.pick(
        [
            f"({a} AND {b}) NOT {d}",
            f'"{a}" OR "{b}"',
            f"{a} AND ({b} OR {d})",
            f"{a} AND {b}",
            f'("{a}" OR "{b}") AND {d}',
            f"{a} NOT ({b} OR {d})",
        ]
    )


@family("judgment-statute-search")
def judgment_statute_search(c: Corpus) -> None:
    f = "judgment-statute-search"
    ws_ref = f"{SITE}/website/wenshu/181217BMTKHNT2W0/index.html"
    for _ in range(N):
        cond = [
            {"key": "s8", "value": c.pick(["02", "03", "01"])},
            {"key": "s11", "value": c.pick(CAUSES)},
            {"key": "s33", "value": "江西省"},
            {"key": "cprq", "value": f"{c.pick([2025, 2026])}-01-01 TO {c.pick([2026, 2027])}-12-31"},
        ]
        fields = [
            ("pageId", c.hexs(16)),
            ("s8", cond[0]["value"]),
            ("sortFields", "s50:desc"),
            ("ciphertext", " ".join(format(x, "08b") for x in c.rnd.randbytes(24))),
            ("pageNum", str(c.num(1, 10))),
            ("pageSize", "5"),
            ("queryCondition", js_json(cond)),
            ("cfg", "com.lawyee.judge.dc.parse.dto.SearchDataDsoDTO@queryDoc"),
            ("__RequestVerificationToken", c.alnum(24)),
        ]
        h = xhr(
            c,
            ws_ref,
            "application/json, text/javascript, */*; q=0.01",
            "application/x-www-form-urlencoded; charset=UTF-8",
            session(c, "SESSION"),
            mobile=0.1,
        )
        c.add(
            f,
            "wenshu-list-search",
            "POST",
            "/website/parse/rest.q4w",
            {**h, "X-Requested-With": "XMLHttpRequest"},
            form_of(fields),
        )
    pages(c, f, "wenshu-doc-page", lambda: f"/website/wenshu/181107ANFZ0BXSK4/index.html?docId={c.alnum(32)}", ws_ref)
    for _ in range(N):
        q = [
            ("type", c.pick(["flfg", "xzfg", "dfxfg", "sfjs"])),
            ("searchType", c.pick(["title;vague", "title;accurate", "content;vague"])),
            ("sortTr", "f_bbrq_s;desc"),
            ("gbrqStart", ""),
            ("gbrqEnd", ""),
            ("sxrqStart", ""),
            ("sxrqEnd", ""),
            ("sort", "true"),
            ("page", c.num(1, 5)),
            ("size", 10),
            (
                "fgbt",
                c.pick(
                    ["民法典", "江西省", "法律援助", "道路交通安全", "诉讼费用", "未成年人保护", "反电信网络诈骗法"]
                ),
            ),
            ("_", c.ms()),
        ]
        c.add(f, "statute-title-search", "GET", "/api/?" + qs(q), web(c, f"{SITE}/fl.html"))
    for _ in range(N):
        fields = [("id", c.hexs(16)), ("type", c.pick(["flfg", "dfxfg"]))]
        h = xhr(
            c,
            f"{SITE}/detail2.html?{c.hexs(16)}",
            "application/json, text/javascript, */*; q=0.01",
            "application/x-www-form-urlencoded; charset=UTF-8",
            mobile=0.3,
        )
        c.add(f, "statute-detail", "POST", "/api/detail", h, form_of(fields))
    for _ in range(N):
        doc = {
            "q": bool_expr(c),
            "filters": {
                "ay": c.sample(CAUSES, c.num(1, 2)),
                "fy": c.pick(list(COURTS.values())),
                "nf": c.sample(["2024", "2025", "2026", "2027"], c.num(1, 3)),
                "wslx": c.pick(["判决书", "裁定书"]),
            },
            "highlight": True,
            "page": c.num(1, 6),
            "size": 20,
            "sort": c.pick(["relevance", "cprq_desc"]),
        }
        c.add(
            f,
            "fulltext-boolean",
            "POST",
            "/lawdb/api/search/case",
            web(c, f"{SITE}/lawdb/search", "application/json", session(c, "LAWDB_SID")),
            js_json(doc),
        )
    for _ in range(N):
        arts = c.sample(STATUTES, 2)
        doc = {
            "mode": "compare",
            "items": [
                {
                    "title": re.match(r"《[^》]+》", a).group(0),
                    "tiao": re.search(r"》(第[^ ]+)", a).group(1),
                    "text": a.split(" ", 1)[1],
                }
                for a in arts
            ],
            "note": c.pick(["对比两条的适用条件", "用于代理词引用", ""]),
        }
        c.add(
            f,
            "article-compare",
            "POST",
            "/lawdb/api/article/compare",
            web(c, f"{SITE}/lawdb/law", "application/json", session(c, "LAWDB_SID")),
            js_json(doc),
        )
    for _ in range(N):
        fields = [
            ("pName", person(c) if c.chance(0.6) else c.pick(["南昌某商贸有限公司", "江西某置业有限公司"])),
            ("pCardNum", c.pick(["", jx_id(c)[:10] + "****" + jx_id(c)[14:]])),
            ("selectCourtId", "0"),
            ("pProvince", c.pick(["0", "36"])),
            ("pCode", c.alnum(4, "abcdefghjkmnpqrstuvwxy3456789")),
            ("captchaId", c.hexs(16)),
            ("searchCourtName", "全国法院（包含地方各级法院）"),
            ("selectCourtArrange", "1"),
            ("currentPage", str(c.num(1, 3))),
        ]
        h = xhr(
            c,
            f"{SITE}/zhzxgk/",
            "application/json, text/javascript, */*; q=0.01",
            "application/x-www-form-urlencoded; charset=UTF-8",
            session(c, "JSESSIONID"),
            mobile=0.2,
        )
        c.add(
            f,
            "dishonest-debtor-search",
            "POST",
            "/shixin/searchSX.do",
            {**h, "X-Requested-With": "XMLHttpRequest"},
            form_of(fields),
        )
    for _ in range(N):
        q = [
            ("fydm", c.pick(list(COURTS))),
            ("dsr", c.pick(["", person(c)])),
            ("ah", c.pick(["", case_no(c)])),
            ("ktrqks", ymd(c, 0, 30)),
            ("ktrqjs", ymd(c, 31, 60)),
            ("pageNum", c.num(1, 4)),
        ]
        c.add(f, "hearing-notice-search", "GET", "/fygg/api/ktgg/list?" + qs(q), web(c, f"{SITE}/fygg/ktgg.html"))


# --- procuratorate-12309 --------------------------------------------------------------------------------------

JCY_KEY = b"jx-12309-2026"
JCY_UNITS = [
    "江西省人民检察院",
    "南昌市人民检察院",
    "南昌市东湖区人民检察院",
    "赣州市章贡区人民检察院",
    "九江市人民检察院",
    "上饶市信州区人民检察院",
]
GRIEVANCES = [
    "我叫{n}，{d1}我在{addr}被人骗走{a}元，当天就到派出所报了案，派出所给了受案回执，但是到现在快半年了，一直说在侦查，"
    "我打电话问办案民警，每次都说还在查、让我等通知。我想问检察院能不能监督一下公安机关为什么一直不立案，我家里老人生病"
    "急需用钱，这笔钱是我两年打工攒下来的。",
    "本人{n}，对{court}作出的{case}民事判决不服，二审维持原判。我认为原审认定借款已经归还的事实错误，对方提交的转账记录"
    "是另一笔货款，不是还的借款，我有当时的送货单和微信聊天记录可以证明。现依法向检察院申请监督，请求提出抗诉。",
    "我父亲{n}在{d1}被{court}判决后一直在监狱服刑，今年符合减刑条件，但监狱说考核分不够。我们家属认为考核有问题，"
    "想向驻监检察室反映情况，请问需要准备什么材料？",
]
CLUES = [
    "{addr}附近的小河最近一个多月每天晚上都有黑色的污水排进来，味道很刺鼻，河里的鱼死了不少。附近有一家电镀厂，怀疑是"
    "他们偷排。照片是{d1}晚上九点多拍的，位置在定位那里。",
    "我们小区旁边的{addr}人行道上盲道被共享单车和商铺堆的货物占满了，盲道还有好几段断掉，视障人士根本没法走，向有关部门"
    "反映过没人管。",
    "{addr}有一家小超市一直在卖过期的儿童零食和散装辣条，包装上没有生产日期，放学时间很多小学生去买，希望检察机关关注。",
]


@family("procuratorate-12309")
def procuratorate_12309(c: Corpus) -> None:
    f = "procuratorate-12309"
    ref = f"{SITE}/12309/h5/index.html"
    pages(
        c,
        f,
        "portal-page",
        lambda: c.pick(
            [
                "/12309/index.html",
                "/12309/h5/index.html",
                "/12309/xxgk/index.html",
                f"/12309/xxgk/ajxx/{c.num(2026, 2027)}/{c.hexs(8)}.html",
            ]
        ),
        "https://www.12309.gov.cn/",
    )
    for _ in range(N):
        fill = {
            "n": person(c),
            "d1": cn_date(day(c, -400, -100)),
            "addr": addr(c),
            "a": money(c, 30, 2000),
            "court": c.pick(list(COURTS.values())),
            "case": case_no(c, ["民初", "民终"], full=True),
        }
        doc = {
            "xflx": c.pick(["控告", "申诉", "举报"]),
            "sqr": {"xm": fill["n"], "sfzh": jx_id(c), "sjhm": c.mobile(), "dz": addr(c)},
            "bsqr": c.pick(["", person(c), "某派出所"]),
            "jsdw": c.pick(JCY_UNITS),
            "sqsx": c.pick(GRIEVANCES).format(**fill),
            "sqqq": c.pick(["请求监督公安机关立案。", "请求对生效判决依法提出抗诉。", "请求依法调查处理。"]),
            "fjids": [c.uid() for _ in range(c.num(0, 3))],
        }
        c.add(
            f,
            "complaint-appeal",
            "POST",
            "/12309/api/xf/submit",
            web(
                c,
                ref,
                "application/json;charset=UTF-8",
                extra={"Authorization": bearer(c, doc["sqr"]["sfzh"], JCY_KEY)},
            ),
            js_json(doc),
        )
    for _ in range(N):
        doc = {
            "lsxm": person(c),
            "zyzh": f"136{c.pick(['01', '07'])}20{c.num(10, 26)}1{c.digits(6)}",
            "lssws": c.pick(["江西某律师事务所", "南昌某某律师事务所"]),
            "wtr": person(c),
            "xyr": person(c),
            "bmsah": f"{c.pick(['赣昌检', '赣洪检', '赣章检'])}刑诉受〔{c.pick([2026, 2027])}〕{c.num(1, 999)}号",
            "yyrq": ymd(c, 2, 20),
            "yysd": c.pick(["上午", "下午"]),
            "yjfs": c.pick(["现场阅卷", "电子卷宗刻录"]),
            "lxdh": c.mobile(),
        }
        c.add(
            f,
            "lawyer-review-booking",
            "POST",
            "/12309/api/lsyy/yj/submit",
            web(c, f"{SITE}/12309/lsfw/yj.html", "application/json;charset=UTF-8", session(c)),
            js_json(doc),
        )
    for _ in range(N):
        q = [
            ("bmsah", f"{c.pick(['赣昌检', '赣章检', '赣浔检'])}刑诉受〔{c.pick([2026, 2027])}〕{c.num(1, 999)}号"),
            ("sfzh", jx_id(c)),
            ("yzm", c.digits(6)),
        ]
        c.add(f, "case-procedure-query", "GET", "/12309/api/ajcx/cxxx?" + qs(q), mp_h(c, "wx6b0f3e9d2c1a7548", None))
    for _ in range(N):
        lng, lat = gps(c)
        fill = {"addr": addr(c), "d1": cn_date(day(c, -30, 0))}
        parts = [
            ("xslx", c.pick(["生态环境和资源保护", "食品药品安全", "无障碍环境建设", "国有财产保护"])),
            ("xsms", c.pick(CLUES).format(**fill)),
            ("lng", lng),
            ("lat", lat),
            ("dz", fill["addr"]),
            ("lxdh", c.mobile()),
            ("nm", c.pick(["0", "1"])),
        ]
        for i in range(c.num(1, 3)):
            parts.append(("files", (f"wx_camera_{c.ms() + i}.jpg", "image/jpeg", photo(c))))
        h, body = upload_xhr(c, f"{SITE}/12309/h5/gyss.html", parts)
        c.add(f, "public-interest-clue", "POST", "/12309/api/gyss/xs/submit", h, body)
    for _ in range(N):
        fields = [("mobile", c.mobile()), ("type", c.pick(["login", "ajcx", "xf"])), ("ticket", c.alnum(32))]
        c.add(
            f,
            "sms-code",
            "POST",
            "/12309/api/sms/send",
            web(c, ref, "application/x-www-form-urlencoded"),
            form_of(fields),
        )
    for _ in range(N):
        q = [
            ("jsdw", c.pick(JCY_UNITS)),
            ("xflx", c.pick(["控告", "申诉", "举报"])),
            ("blzt", c.pick(["DSL", "BLZ"])),
            ("page", c.num(1, 5)),
            ("rows", 20),
        ]
        c.add(
            f,
            "intake-console-list",
            "GET",
            "/jcyadmin/api/xf/list?" + qs(q),
            staff(c, f"{SITE}/jcyadmin/index.html", cookie=session(c, "JCY_SID")),
        )
    for _ in range(N):
        doc = {
            "xfid": c.uid(),
            "clyj": c.pick(
                [
                    "移送本院刑事执行检察部门办理",
                    "移送公安机关，并跟踪监督",
                    "不属于检察机关管辖，已告知向有关部门反映",
                    "受理审查",
                ]
            ),
            "dfnr": f"您好，您于{cn_date(day(c, -20, 0))}反映的"
            f"问题已收悉，我院已依法受理，将在三个月内告知办理结果。如有疑问请拨打12309。",
            "cbr": person(c),
        }
        c.add(
            f,
            "intake-console-reply",
            "POST",
            "/jcyadmin/api/xf/reply",
            staff(c, f"{SITE}/jcyadmin/index.html", "application/json;charset=UTF-8", session(c, "JCY_SID")),
            js_json(doc),
        )


# --- legal-aid-12348 ------------------------------------------------------------------------------------------

CONSULTS = [
    "我在{addr}的一家装修公司干了一年多，老板一直没给签劳动合同，上个月说公司没活了让我走人，最后两个月工资{a}元也没结。"
    "我手上只有微信转账记录和几张工地照片，请问这种情况能申请劳动仲裁吗？要去哪里申请？需要交钱吗？",
    "我和老公{d1}结婚，现在他长期在外面赌博，欠了别人二十多万，还经常打我。我想离婚，孩子五岁想归我，他欠的赌债我需要"
    "一起还吗？我们婚后买的房子首付是我爸妈出的，离婚能分吗？",
    "我父亲{d1}在村里帮邻居建房时从脚手架上摔下来，腰椎骨折，花了医药费{a}元，邻居只给了五千块钱就不管了，说是我爸自己不"
    "小心。请问这种情况邻居要承担多少责任？我们家条件很困难，能申请法律援助吗？",
    "朋友找我借了{a}元，写了借条，约定{d1}还，到期后一直拖着，现在电话也不接，微信把我拉黑了。借条上写了身份证号码，"
    "我该怎么起诉？诉讼费大概要多少？",
]


@family("legal-aid-12348")
def legal_aid_12348(c: Corpus) -> None:
    f = "legal-aid-12348"
    pages(
        c,
        f,
        "portal-page",
        lambda: c.pick(
            [
                "/jx12348/index.html",
                "/jx12348/flzx/list.html",
                f"/jx12348/flzx/detail.html?id={c.num(100000, 999999)}",
                "/jx12348/flyz/index.html",
            ]
        ),
        None,
    )
    for _ in range(N):
        fill = {"addr": addr(c), "a": money(c, 30, 900), "d1": cn_date(day(c, -3000, -200))}
        fields = [
            ("zxlb", c.pick(["劳动争议", "婚姻家庭", "人身损害", "借贷纠纷"])),
            ("bt", c.pick(["工资拖欠怎么办", "离婚财产怎么分", "受伤了对方不赔", "借钱不还怎么起诉"])),
            ("nr", c.pick(CONSULTS).format(**fill)),
            ("szd", c.pick(list(CITIES))),
            ("gk", c.pick(["0", "1"])),
            ("lxdh", c.mobile()),
        ]
        h = xhr(
            c,
            f"{SITE}/jx12348/flzx/add.html",
            "application/json, text/javascript, */*; q=0.01",
            "application/x-www-form-urlencoded; charset=UTF-8",
            session(c, "JSESSIONID"),
            mobile=0.5,
        )
        c.add(
            f,
            "consult-message",
            "POST",
            "/jx12348/api/flzx/save",
            {**h, "X-Requested-With": "XMLHttpRequest"},
            form_of(fields),
        )
    for _ in range(N):
        q = [
            ("xm", c.pick(["", person(c)])),
            ("zyzh", ""),
            ("swsmc", c.pick(["", "江西", "南昌"])),
            ("ywzc", c.pick(["", "婚姻家事", "劳动争议", "刑事辩护", "合同纠纷"])),
            ("qhdm", c.pick(list(CITIES))),
            ("pageNo", c.num(1, 10)),
            ("pageSize", 10),
        ]
        c.add(f, "lawyer-search", "GET", "/jx12348/api/jg/ls/list?" + qs(q), web(c, f"{SITE}/jx12348/jgcx/ls.html"))
    for _ in range(N):
        q = [
            ("jglx", c.pick(["gzjg", "sfjd", "rmtj", "flyz"])),
            ("qhdm", c.pick(list(CITIES))),
            ("mc", c.pick(["", "公证处", "司法鉴定所", "调解委员会"])),
            ("ywfw", c.pick(["", "法医临床鉴定", "文书鉴定", "继承公证", "委托公证"])),
            ("pageNo", c.num(1, 5)),
        ]
        c.add(f, "institution-search", "GET", "/jx12348/api/jg/list?" + qs(q), mp_h(c, "wx2d4f6a8c0e1b3579", None))
    for _ in range(N):
        fill = {"addr": addr(c), "a": money(c, 30, 900), "d1": cn_date(day(c, -3000, -200))}
        parts = [
            ("sqrxm", person(c)),
            ("sfzh", jx_id(c)),
            ("lxdh", c.mobile()),
            ("ajlb", c.pick(["追索劳动报酬", "给付赡养费", "人身损害赔偿", "工伤赔偿"])),
            (
                "jjzk",
                c.pick(["城乡最低生活保障对象", "特困供养人员", "农民工请求支付劳动报酬", "经济困难证明事项告知承诺"]),
            ),
            ("aqjs", c.pick(CONSULTS).format(**fill)),
        ]
        parts.append(("sfzzm", ("身份证正面.jpg", "image/jpeg", photo(c))))
        parts.append(
            ("jjcl", (c.pick(["低保证.pdf", "经济困难承诺书.pdf"]), "application/pdf", pdf_head(c, c.num(2000, 6000))))
        )
        h, body = upload_xhr(c, f"{SITE}/jx12348/flyz/apply.html", parts, cookie=session(c, "JSESSIONID"))
        c.add(f, "legal-aid-apply", "POST", "/jx12348/api/flyz/apply", h, body)
    for _ in range(N):
        doc = {
            "sqr": person(c),
            "sqrdh": c.mobile(),
            "bsqr": person(c),
            "bsqrdh": c.pick(["", c.mobile()]),
            "jflx": c.pick(["邻里纠纷", "婚姻家庭纠纷", "物业纠纷", "消费纠纷", "劳务纠纷"]),
            "jfms": c.pick(
                [
                    "楼上住户卫生间漏水导致我家天花板发霉，协商多次对方不愿维修。",
                    "前夫不按离婚协议每月支付孩子抚养费1500元，已经拖欠8个月。",
                    "物业公司停车费从每月150元涨到260元，没有召开业主大会，业主不认可。",
                ]
            ),
            "tjwyh": f"{c.pick(list(CITIES.values()))}{c.pick(['某街道', '某镇'])}人民调解委员会",
            "qhdm": c.pick(DISTRICTS),
        }
        c.add(
            f,
            "mediation-apply",
            "POST",
            "/jx12348/api/rmtj/apply",
            mp_h(c, "wx2d4f6a8c0e1b3579", extra={"token": c.hexs(16)}),
            js_json(doc),
        )
    for _ in range(N):
        q = [
            ("jdlb", c.pick(["法医类", "物证类", "声像资料类", "环境损害"])),
            ("qhdm", c.pick(list(CITIES))),
            ("keyword", c.pick(["", "伤残", "笔迹", "亲子"])),
            ("pageNo", 1),
            ("pageSize", 10),
        ]
        c.add(f, "appraisal-search", "GET", "/jx12348/api/sfjd/list?" + qs(q), web(c, f"{SITE}/jx12348/sfjd.html"))
    for _ in range(N):
        doc = {
            "sqbh": f"FY{day(c):%Y%m%d}{c.digits(5)}",
            "scjg": (grant := c.pick(["ZYYZ", "ZYYZ", "BYYZ"])),
            "scyj": "符合《中华人民共和国法律援助法》第三十一条第（五）项规定，决定给予法律援助。"
            if grant == "ZYYZ"
            else "申请人提交的经济困难证明不完整，请补充后重新申请。",
            "zprs": person(c),
            "scr": person(c),
        }
        c.add(
            f,
            "aid-review-console",
            "POST",
            "/sfxz-admin/api/flyz/review",
            staff(
                c,
                f"{SITE}/sfxz-admin/flyz.html",
                "application/json;charset=UTF-8",
                extra={"Authorization": bearer(c, "sfj" + c.digits(4), b"jx-sfxz", "staff")},
            ),
            js_json(doc),
        )


# --- notary-arbitration-online ----------------------------------------------------------------------------------

GZ_KEY = b"jx-gz-online-2026"
GZC = ["江西省南昌市赣江公证处", "江西省南昌市洪城公证处", "江西省赣州市章贡公证处", "江西省九江市浔阳公证处"]


def proxy_letter(c: Corpus) -> str:
    return (
        f"委托书\n委托人：{person(c)}，公民身份号码{jx_id(c)}。\n受托人：{person(c)}，公民身份号码{jx_id(c)}。\n"
        f"委托人因在国外工作无法亲自回国，现委托受托人代为办理位于{addr(c)}房屋的出售事宜，包括签订《存量房买卖合同》、"
        f"办理不动产转移登记、收取售房款（价款不低于人民币{money(c, 3000, 20000)}元）及办理水、电、燃气过户手续。"
        f"受托人有转委托权：无。\n委托期限：自本委托书签署之日起至上述事项办理完毕之日止。\n委托人：（签名）\n"
        f"{cn_date(day(c))}"
    )


def arbitration_claim(c: Corpus) -> str:
    amount = money(c, 500, 30000)
    return (
        f"仲裁申请书\n申请人：江西某建材有限公司，统一社会信用代码见附件，住所地{addr(c)}。\n被申请人：{person(c)}。\n"
        f"仲裁请求：1.裁决被申请人支付货款{amount}元；2.裁决被申请人按日万分之五支付逾期付款违约金；3.仲裁费由被申请人"
        f"承担。\n事实和理由：双方于{cn_date(day(c, -600, -300))}签订《建材购销合同》，约定争议提交南昌仲裁委员会仲裁。"
        f"申请人依约供货，被申请人仅支付部分货款，尚欠{amount}元。依据{STATUTES[0]}申请人特提出仲裁申请。"
    )


@family("notary-arbitration-online")
def notary_arbitration_online(c: Corpus) -> None:
    f = "notary-arbitration-online"
    ref = f"{SITE}/gzfw/h5/index.html"
    for _ in range(N):
        idno = jx_id(c)
        doc = {
            "gzsx": c.pick(["委托", "声明", "继承", "学历", "无犯罪记录"]),
            "gzc": c.pick(GZC),
            "sqr": person(c),
            "sfzh": idno,
            "sjhm": c.mobile(),
            "syd": c.pick(["中国大陆", "美国", "加拿大", "澳大利亚", "日本"]),
            "yw": c.pick(["中文", "英文", "日文"]),
            "fs": c.num(1, 3),
            "wtsnr": proxy_letter(c),
            "cljs": c.chance(0.5),
        }
        c.add(
            f,
            "notary-apply",
            "POST",
            "/gzfw/api/sq/submit",
            mp_h(c, "wx7c3e5a1f9b2d4068", extra={"Authorization": bearer(c, idno, GZ_KEY)}),
            js_json(doc),
        )
    for _ in range(N):
        kind = c.pick(["jpg", "pdf", "png"])
        data = {
            "jpg": ("image/jpeg", photo(c)),
            "pdf": ("application/pdf", pdf_head(c, c.num(2000, 7000))),
            "png": ("image/png", png(c, c.num(2000, 7000))),
        }[kind]
        name = c.pick(["不动产权证书", "户口簿", "结婚证", "护照首页", "毕业证书"])
        parts = [("sqbh", f"GZ{day(c):%Y%m%d}{c.digits(5)}"), ("cllx", name), ("file", (f"{name}.{kind}", *data))]
        h, body = upload_xhr(c, ref, parts, extra={"Authorization": bearer(c, jx_id(c), GZ_KEY)})
        c.add(f, "material-upload", "POST", "/gzfw/api/cl/upload", h, body)
    for _ in range(N):
        doc = {
            "sqbh": f"GZ{day(c):%Y%m%d}{c.digits(5)}",
            "rq": ymd(c, 2, 20),
            "sd": c.pick(["09:00-09:30", "10:00-10:30", "15:00-15:30", "20:00-20:30"]),
            "sqrsq": c.pick(["UTC+8", "UTC-5", "UTC+10", "UTC+9"]),
            "sb": c.pick(["手机", "电脑"]),
            "bz": c.pick(["", "美国时间早上，请提前电话确认。"]),
        }
        c.add(
            f,
            "video-notary-schedule",
            "POST",
            "/gzfw/api/sp/yy",
            web(c, ref, "application/json", extra={"Authorization": bearer(c, jx_id(c), GZ_KEY)}),
            js_json(doc),
        )
    for _ in range(N):
        q = [
            ("gzsx", c.pick(["委托", "继承", "声明", "学历"])),
            ("bdje", c.pick(["", str(money(c, 1000, 50000))])),
            ("fs", c.num(1, 3)),
            ("yw", c.pick(["0", "1"])),
        ]
        c.add(f, "fee-quote", "GET", "/gzfw/api/fy/calc?" + qs(q), mp_h(c, "wx7c3e5a1f9b2d4068", None))
    for _ in range(N):
        doc = {
            "zcjg": "南昌仲裁委员会",
            "sqr": {"mc": "江西某建材有限公司", "fddbr": person(c), "lxdh": c.mobile()},
            "bsqr": [{"xm": person(c), "sfzh": jx_id(c), "dz": addr(c)}],
            "zcxy": "《建材购销合同》第十二条",
            "sqs": arbitration_claim(c),
            "dlr": person(c),
            "xcfs": c.pick(["线上开庭", "线下开庭"]),
        }
        c.add(
            f,
            "arbitration-apply",
            "POST",
            "/zcw/api/wszc/sq",
            web(c, f"{SITE}/zcw/wszc.html", "application/json;charset=UTF-8", session(c, "ZCW_SID")),
            js_json(doc),
        )
    for _ in range(N):
        kind = c.pick(["pdf", "docx"])
        content = (
            ("application/pdf", pdf_head(c, c.num(3000, 8000)))
            if kind == "pdf"
            else (
                DOCX_CT,
                docx(
                    [
                        "证据目录",
                        "证据1：《建材购销合同》，证明双方买卖合同关系及仲裁条款。",
                        "证据2：送货单12份，证明申请人已依约供货。",
                    ]
                ),
            )
        )
        parts = [
            ("ajid", c.hexs(12)),
            ("zjmc", c.pick(["证据目录", "购销合同", "送货单", "对账单"])),
            ("file", (f"证据材料{c.num(1, 9)}.{kind}", *content)),
        ]
        h, body = upload_xhr(c, f"{SITE}/zcw/wszc.html", parts, cookie=session(c, "ZCW_SID"))
        c.add(f, "arbitration-evidence-upload", "POST", "/zcw/api/wszc/zj/upload", h, body)
    for _ in range(N):
        q = [
            ("gzc", c.pick(GZC)),
            ("zt", c.pick(["DSL", "DSH", "DZZ"])),
            ("sqrq", ymd(c, 0, 60)),
            ("page", c.num(1, 5)),
        ]
        c.add(
            f,
            "accept-console-list",
            "GET",
            "/gzc-admin/api/sl/list?" + qs(q),
            staff(
                c,
                f"{SITE}/gzc-admin/index.html",
                extra={"Authorization": bearer(c, "gzy" + c.digits(3), GZ_KEY, "notary")},
            ),
        )
    for _ in range(N):
        doc = {
            "sqbh": f"GZ{day(c):%Y%m%d}{c.digits(5)}",
            "slzt": c.pick(["SL", "SL", "BZ"]),
            "gzy": person(c),
            "yj": c.pick(
                ["材料齐全，予以受理，请按预约时间参加视频公证。", "请补充受托人身份证反面照片及房产证附记页。"]
            ),
            "sf": f"{c.num(2, 8) * 100}.00",
        }
        c.add(
            f,
            "accept-console-decide",
            "POST",
            "/gzc-admin/api/sl/accept",
            staff(
                c,
                f"{SITE}/gzc-admin/index.html",
                "application/json;charset=UTF-8",
                extra={"Authorization": bearer(c, "gzy" + c.digits(3), GZ_KEY, "notary")},
            ),
            js_json(doc),
        )


# --- prison-remote-visit ------------------------------------------------------------------------------------------

PRISONS = {
    "JY01": "江西省洪都监狱",
    "JY02": "江西省赣州监狱",
    "JY03": "江西省豫章监狱",
    "JY04": "江西省女子监狱",
    "JD01": "江西省南昌强制隔离戒毒所",
    "JD02": "江西省赣州强制隔离戒毒所",
}
RELATIONS = ["父子", "母子", "夫妻", "兄弟", "父女", "母女", "祖孙"]
FAMILY_NOTES = [
    "儿子，家里一切都好，你妈妈的腿做完手术恢复得不错，你别担心。好好改造，争取减刑，我们等你回家过年。",
    "老公，孩子这学期考了班上第五名，老师说进步很大。家里的债我在慢慢还，你在里面好好表现，照顾好自己身体。",
    "弟弟，上次会见你说冬天冷，我给你账户里汇了钱，记得买厚衣服。爸说等你出来一起把老房子修一修。",
]


@family("prison-remote-visit")
def prison_remote_visit(c: Corpus) -> None:
    f = "prison-remote-visit"
    ref = f"{SITE}/jygl/hj/index.html"
    pages(
        c,
        f,
        "visit-guide-page",
        lambda: c.pick(["/jygl/hj/index.html", "/jygl/hj/xz.html", f"/jygl/jy/{c.pick(list(PRISONS))}.html"]),
        "https://sfj.jiangxi.gov.cn/",
    )
    for _ in range(N):
        q = [
            ("jybh", c.pick([k for k in PRISONS if k.startswith("JY")])),
            ("rq", ymd(c, 1, 21)),
            ("hjfs", c.pick(["yc", "xc"])),
        ]
        c.add(f, "slot-query", "GET", "/jygl/api/hj/sd?" + qs(q), mp_h(c, "wx8e2b4d6f0a1c3597", None))
    for _ in range(N):
        doc = {
            "jybh": c.pick([k for k in PRISONS if k.startswith("JY")]),
            "zfxm": person(c),
            "zfbh": f"36{c.digits(8)}",
            "hjr": [
                {"xm": person(c), "sfzh": jx_id(c), "gx": c.pick(RELATIONS), "sjhm": c.mobile()}
                for _ in range(c.num(1, 3))
            ],
            "hjrq": ymd(c, 1, 21),
            "hjsd": c.pick(["09:00-09:30", "10:00-10:30", "14:30-15:00", "15:30-16:00"]),
            "hjfs": "远程视频会见",
        }
        c.add(
            f,
            "video-visit-booking",
            "POST",
            "/jygl/api/hj/yy/submit",
            mp_h(c, "wx8e2b4d6f0a1c3597", extra={"X-Token": c.hexs(16)}),
            js_json(doc),
        )
    for _ in range(N):
        parts = [
            ("yybh", f"HJ{day(c):%Y%m%d}{c.digits(5)}"),
            ("gx", c.pick(RELATIONS)),
            ("file", (c.pick(["户口本.jpg", "结婚证.jpg", "亲属关系证明.jpg"]), "image/jpeg", photo(c))),
        ]
        h, body = upload_xhr(c, ref, parts)
        c.add(f, "relation-proof-upload", "POST", "/jygl/api/hj/gxzm/upload", h, body)
    for _ in range(N):
        fields = [
            ("jybh", c.pick(list(PRISONS))),
            ("zfxm", person(c)),
            ("zfbh", f"36{c.digits(8)}"),
            ("hkr", person(c)),
            ("hkrsfz", jx_id(c)),
            ("gx", c.pick(RELATIONS)),
            ("je", str(c.pick([200, 300, 500, 800]))),
            ("fy", c.pick(["生活费", "购买生活用品", "过冬衣物"])),
            ("ly", c.pick(["天冷了，买件棉衣。", "好好改造，家里都好。", ""])),
        ]
        h = nav(c, f"{SITE}/jygl/hk/hkxx.jsp", ctype="application/x-www-form-urlencoded", mobile=0.3)
        c.add(f, "remittance-legacy-form", "POST", "/jygl/hk/hkxx.jsp?method=save", h, gb_form(fields))
    for _ in range(N):
        doc = {
            "jsbh": c.pick([k for k in PRISONS if k.startswith("JD")]),
            "xyxm": person(c),
            "hjrxm": person(c),
            "hjrsfz": jx_id(c),
            "gx": c.pick(RELATIONS),
            "hjrq": ymd(c, 1, 14),
            "hjfs": c.pick(["远程视频", "现场"]),
        }
        c.add(
            f,
            "rehab-visit-booking",
            "POST",
            "/jdgl/api/hj/yy",
            web(c, f"{SITE}/jdgl/hj.html", "application/json;charset=UTF-8"),
            js_json(doc),
        )
    for _ in range(N):
        doc = {
            "jybh": c.pick(list(PRISONS)),
            "zfbh": f"36{c.digits(8)}",
            "lyr": person(c),
            "gx": c.pick(RELATIONS),
            "nr": c.pick(FAMILY_NOTES),
            "sfsh": True,
        }
        c.add(
            f,
            "family-help-message",
            "POST",
            "/jygl/api/qqbf/ly",
            mp_h(c, "wx8e2b4d6f0a1c3597", extra={"X-Token": c.hexs(16)}),
            js_json(doc),
        )
    for _ in range(N):
        q = [
            ("jybh", c.pick(list(PRISONS))),
            ("hjrq", ymd(c, 0, 21)),
            ("zt", c.pick(["DAP", "YAP", "YWC"])),
            ("jq", f"{c.num(1, 12)}监区"),
            ("page", c.num(1, 4)),
        ]
        c.add(
            f,
            "visit-arrange-list",
            "GET",
            "/jyadmin/api/hj/list?" + qs(q),
            staff(c, f"{SITE}/jyadmin/hj.html", cookie=session(c, "JY_SID")),
        )
    for _ in range(N):
        doc = {
            "yybh": f"HJ{day(c):%Y%m%d}{c.digits(5)}",
            "hjs": f"远程会见室{c.num(1, 6)}",
            "jcmj": person(c),
            "kssj": f"{ymd(c, 0, 21)} {c.pick(['09:00', '10:00', '14:30', '15:30'])}",
            "sc": 20,
            "zt": "YAP",
        }
        c.add(
            f,
            "visit-arrange-save",
            "POST",
            "/jyadmin/api/hj/ap",
            staff(c, f"{SITE}/jyadmin/hj.html", "application/json;charset=UTF-8", session(c, "JY_SID")),
            js_json(doc),
        )


# --- law-education-quiz ----------------------------------------------------------------------------------------

QUESTIONS = {  # 题号: (题干, 选项, 答案)
    "XF001": ("我国的根本制度是什么？", ["A.社会主义制度", "B.人民代表大会制度", "C.民族区域自治制度"], ["A"]),
    "XF002": ("每年的哪一天是国家宪法日？", ["A.12月4日", "B.3月15日", "C.10月1日"], ["A"]),
    "MF003": ("民法典规定，完全民事行为能力人的年龄是多少周岁？", ["A.16", "B.18", "C.20"], ["B"]),
    "FZ004": (
        "下列属于电信网络诈骗常见手法的有哪些？",
        ["A.冒充公检法", "B.刷单返利", "C.虚假投资理财"],
        ["A", "B", "C"],
    ),
    "FY005": ("法律援助机构对申请人经济困难状况可以采取个人诚信承诺制。", ["A.正确", "B.错误"], ["A"]),
}
COMMENTS = [
    "看了这个案例才知道借钱一定要打借条，还要写清楚利息和还款日期。",
    "刷单返利都是骗局，身边就有同事被骗了三万多，大家千万别信！",
    "法官讲得很清楚，高空抛物真的害人害己。",
    "建议多发一些农村土地承包纠纷的案例，我们村里这种事很多。",
]


@family("law-education-quiz")
def law_education_quiz(c: Corpus) -> None:
    f = "law-education-quiz"
    ref = f"{SITE}/pfw/xfdt/index.html"
    pages(
        c,
        f,
        "article-page",
        lambda: c.pick(
            [
                f"/pfw/yasf/{c.num(2026, 2027)}{c.num(1, 12):02d}/t{c.digits(8)}_{c.num(100000, 999999)}.html",
                "/pfw/index.html",
                "/pfw/xfdt/index.html",
            ]
        ),
        "https://www.jiangxi.gov.cn/",
    )
    for _ in range(N):
        q = [("activityId", f"XFXX{c.pick([2026, 2027])}"), ("round", c.num(1, 5)), ("openid", "o" + c.alnum(27))]
        c.add(f, "quiz-fetch", "GET", "/pfw/api/dt/questions?" + qs(q), mp_h(c, "wx4a6c8e0b2d1f3579", None))
    for _ in range(N):
        ids = c.sample(list(QUESTIONS), 4)
        doc = {
            "activityId": f"XFXX{c.pick([2026, 2027])}",
            "openid": "o" + c.alnum(27),
            "nickname": person(c),
            "org": c.pick(["南昌大学", "江西师范大学附属中学", "红谷滩区沙井街道", "赣州市章贡区司法局"]),
            "answers": [{"qid": q, "choice": QUESTIONS[q][2] if c.chance(0.85) else ["B"]} for q in ids],
            "costMs": c.num(20000, 300000),
        }
        c.add(f, "quiz-submit", "POST", "/pfw/api/dt/submit", mp_h(c, "wx4a6c8e0b2d1f3579"), js_json(doc))
    for _ in range(N):
        dur = c.num(180, 1800)
        doc = {
            "vid": f"pf{c.digits(6)}",
            "uid": c.uid(),
            "pos": c.num(0, dur),
            "dur": dur,
            "ev": c.pick(["play", "heartbeat", "pause", "ended"]),
            "ts": c.ms(),
        }
        h = xhr(c, f"{SITE}/pfw/sp/{c.digits(6)}.html", "*/*", "text/plain;charset=UTF-8", mobile=0.5)
        c.add(f, "video-progress-beacon", "POST", "/pfw/api/sp/progress", h, js_json(doc))
    for _ in range(N):
        fields = [
            ("articleId", str(c.num(100000, 999999))),
            ("content", c.pick(COMMENTS)),
            ("nickname", person(c)),
            ("captcha", c.alnum(4, "0123456789")),
        ]
        h = xhr(
            c,
            f"{SITE}/pfw/yasf/index.html",
            "application/json, text/javascript, */*; q=0.01",
            "application/x-www-form-urlencoded; charset=UTF-8",
            session(c, "JSESSIONID"),
            mobile=0.5,
        )
        c.add(
            f,
            "case-comment",
            "POST",
            "/pfw/api/comment/add",
            {**h, "X-Requested-With": "XMLHttpRequest"},
            form_of(fields),
        )
    for _ in range(N):
        q = [
            ("activityId", f"XFXX{c.pick([2026, 2027])}"),
            ("type", c.pick(["person", "org", "city"])),
            ("cityCode", c.pick(["", *CITIES])),
            ("top", 50),
        ]
        c.add(f, "leaderboard", "GET", "/pfw/api/dt/rank?" + qs(q), web(c, ref))
    for _ in range(N):
        doc = {
            "openid": "o" + c.alnum(27),
            "name": person(c),
            "unit": c.pick(["南昌市第二中学", "江西某某集团", "青山湖区司法所"]),
            "oath": "我宣誓：忠于中华人民共和国宪法，维护宪法权威，履行法定职责……",
            "date": ymd(c, 90, 100),
            "city": c.pick(list(CITIES.values())),
        }
        c.add(f, "constitution-pledge", "POST", "/pfw/api/xfxs/sign", mp_h(c, "wx4a6c8e0b2d1f3579"), js_json(doc))
    for _ in range(N):
        title = c.pick(
            [
                "以案释法：微信转账借款没有借条还能要回吗",
                "以案释法：高空抛物致人损害谁担责",
                "宪法宣传周：走进江西省法治宣传教育基地",
                "以案释法：刷单返利诈骗的套路",
            ]
        )
        doc = {
            "channelId": c.pick([101, 102, 205]),
            "title": title,
            "author": person(c),
            "source": "江西普法",
            "content": f"<p>{title}。</p><p>【基本案情】{c.pick(COMMENTS)}</p><p>【法官说法】{c.pick(STATUTES)}</p>",
            "status": c.pick([0, 1]),
            "publishTime": f"{ymd(c)} 09:00:00",
        }
        c.add(
            f,
            "cms-article-save",
            "POST",
            "/cms-admin/api/article/save",
            staff(
                c,
                f"{SITE}/cms-admin/article/edit",
                "application/json;charset=UTF-8",
                extra={"Authorization": bearer(c, "pfbj" + c.digits(2), b"jx-pf-cms", "editor")},
            ),
            js_json(doc),
        )


# --- lawyer-practice-service ---------------------------------------------------------------------------------------

LX_KEY = b"jx-lawyer-2026"


def license_no(c: Corpus) -> str:
    """A 律师 执业证号: 1 + 省 (36) + 市 (2) + 年 (4) + 类别 (1) + 序号 (6)."""
    return f"136{c.pick(['01', '04', '07', '09', '11'])}{c.num(2005, 2026)}{c.pick('1234')}{c.digits(6)}"


@family("lawyer-practice-service")
def lawyer_practice_service(c: Corpus) -> None:
    f = "lawyer-practice-service"
    ref = f"{SITE}/lsfw/index.html"
    for _ in range(N):
        q = [("zyzh", license_no(c)), ("sign", c.hexs(16)), ("t", c.ms() // 1000)]
        c.add(f, "license-qr-verify", "GET", "/lsfw/ewm/cy?" + qs(q), nav(c, None, mobile=0.9))
    for _ in range(N):
        doc = {
            "zyzh": license_no(c),
            "xm": person(c),
            "nd": c.pick([2026, 2027]),
            "ywqk": {
                "ms": c.num(5, 60),
                "xs": c.num(0, 20),
                "xz": c.num(0, 10),
                "flgw": c.num(0, 15),
                "flyz": c.num(1, 10),
            },
            "gyfw": c.pick(["参与村（居）法律顾问服务12次，值班12348热线4次。", "办理法律援助案件3件。"]),
            "jxjyxs": c.num(24, 60),
            "zwpj": c.pick(["称职", "基本称职"]),
            "zs": f"本年度本人严格遵守《律师法》和《律师执业管理办法》，共办理案件{c.num(10, 60)}件，无违法违规行为。",
        }
        c.add(
            f,
            "annual-assessment-filing",
            "POST",
            "/lsfw/api/khba/submit",
            web(c, ref, "application/json;charset=UTF-8", extra={"Authorization": bearer(c, doc["zyzh"], LX_KEY)}),
            js_json(doc),
        )
    for _ in range(N):
        kind = c.pick(["pdf", "docx", "png"])
        content = {
            "pdf": ("application/pdf", pdf_head(c, c.num(4000, 9000))),
            "docx": (
                DOCX_CT,
                docx(
                    [
                        "律师事务所年度执业情况报告",
                        f"本所共有执业律师{c.num(5, 80)}名。",
                        "本年度无受到行政处罚和行业处分的情况。",
                    ]
                ),
            ),
            "png": ("image/png", png(c, c.num(3000, 8000))),
        }[kind]
        parts = [
            ("swsid", c.hexs(10)),
            ("nd", str(c.pick([2026, 2027]))),
            ("cllx", c.pick(["年度执业情况报告", "财务报表", "律师执业证复印件", "办公场所证明"])),
            ("file", (f"年检材料_{c.digits(4)}.{kind}", *content)),
        ]
        h, body = upload_xhr(
            c, f"{SITE}/lsfw/nj.html", parts, extra={"Authorization": bearer(c, license_no(c), LX_KEY)}
        )
        c.add(f, "firm-inspection-upload", "POST", "/lsfw/api/nj/upload", h, body)
    for _ in range(N):
        q = [
            ("jzid", c.hexs(16)),
            ("ah", case_no(c, ["刑初", "民初", "民终"])),
            ("wjm", f"卷宗第{c.num(1, 8)}卷.pdf"),
            ("token", c.alnum(32)),
        ]
        h = c.headers(c.browser(0.0), "nav", referer=f"{SITE}/lsfw/yj/list.html", cookie=session(c, "LSFW_SID"))
        c.add(f, "e-file-download", "GET", "/lsfw/api/yj/download?" + qs(q), h)
    for _ in range(N):
        q = [("zyzh", license_no(c)), ("nd", c.pick([2026, 2027])), ("page", 1)]
        c.add(f, "cpd-hours", "GET", "/lsfw/api/jxjy/xs?" + qs(q), mp_h(c, "wx0b2d4f6a8c1e3579", None))
    for _ in range(N):
        fields = [
            ("username", license_no(c)),
            ("password", c.b64(24)),
            ("captcha", c.alnum(4, "0123456789")),
            ("loginType", "zyzh"),
        ]
        h = nav(c, f"{SITE}/lsfw/login.html", ctype="application/x-www-form-urlencoded", mobile=0.1)
        c.add(f, "lawyer-login", "POST", "/lsfw/login", h, form_of(fields))
    for _ in range(N):
        q = [
            ("nd", c.pick([2026, 2027])),
            ("khzt", c.pick(["DSH", "YTG", "TH"])),
            ("qhdm", c.pick(list(CITIES))),
            ("xm", c.pick(["", person(c)])),
            ("pageNum", c.num(1, 10)),
            ("pageSize", 20),
        ]
        c.add(
            f,
            "assessment-backoffice-list",
            "GET",
            "/lxadmin/api/kh/list?" + qs(q),
            staff(
                c, f"{SITE}/lxadmin/kh.html", extra={"Authorization": bearer(c, "lx" + c.digits(4), LX_KEY, "admin")}
            ),
        )
    for _ in range(N):
        doc = {
            "khid": c.hexs(10),
            "zyzh": license_no(c),
            "khjg": c.pick(["称职", "称职", "基本称职", "不称职"]),
            "yj": c.pick(["材料齐全，同意评定为称职。", "继续教育学时不足24学时，评定为基本称职。"]),
            "shr": person(c),
        }
        c.add(
            f,
            "assessment-backoffice-review",
            "POST",
            "/lxadmin/api/kh/review",
            staff(
                c,
                f"{SITE}/lxadmin/kh.html",
                "application/json;charset=UTF-8",
                extra={"Authorization": bearer(c, "lx" + c.digits(4), LX_KEY, "admin")},
            ),
            js_json(doc),
        )


# --- police-online-report -------------------------------------------------------------------------------------------

FRAUD_STORIES = [
    "{d1}下午我接到一个{p}打来的电话，对方说自己是“京东金融客服”，说我之前开通了学生贷款账户，现在不注销会影响征信。"
    "他让我下载一个叫“{app}”的会议软件共享屏幕，然后说要把网贷额度“清零”，让我先把钱转到“安全账户”验证。我分三次"
    "往{bank}卡号{card}转了{a}元，对方还说“转完之后系统会自动退回，请不要挂断电话”。后来再打过去就是空号了。",
    "我在一个兼职群里看到“刷单返利，日结200-500”，加了对方QQ，对方发来一个链接 {url} 让我注册，前两单返了本金和佣金"
    "共计37.5元，后面说要做“联单任务”，必须连做三单才能提现，我一共充值了{a}元，现在平台显示“账户异常，需缴纳解冻金"
    "20%”。对方最后一条消息是：“亲，系统检测到您操作超时，缴纳解冻金后本金佣金一起返还哦”。收款卡号{card}，户名{n}。",
    "我妈妈今天收到短信：“【ETC服务】您的ETC已失效，请及时登录 {url} 认证，逾期将停止使用”。她点进去填了银行卡号、"
    "身份证号和验证码，随后卡里被刷走{a}元。短信号码是{p}，请警察同志帮忙查一下。",
    "在闲鱼上卖二手相机，买家说付了款但“闲鱼冻结了资金”，让我扫码联系“官方客服”，客服让我用另一张卡{card}转{a}元"
    "“激活保证金”，说完成后会一起退还。客服微信号 xy_kefu{k}，电话{p}。",
]
FRAUD_URLS = [
    "http://etc-jx.xyz/renzheng",
    "https://m.jd-jrkf.top/app/index.html",
    "http://www.shuadan-rw.cc/reg?code=8812",
    "https://etc.chinaetc-gov.com.cn.vip/login",
    "http://tg.fanli-888.net/#/register?inviteCode=AB12CD",
]
ALARMS = [
    "我的电动车停在小区楼下被偷了，车是今天早上七点发现不见的，雅迪牌白色，买了不到一年。",
    "楼上邻居家一直在吵架，能听到摔东西和女的哭喊声，已经持续半个多小时了，担心出事。",
    "在公交车上手机被偷，应该是在八一广场站附近，手机是华为Mate60黑色。",
    "小区门口有一辆车停了三天了，车窗开着，里面好像有个包，不知道是不是被遗弃的。",
]


@family("police-online-report")
def police_online_report(c: Corpus) -> None:
    f = "police-online-report"
    ref = f"{SITE}/jxga/jb/index.html"
    pages(
        c,
        f,
        "alert-notice-page",
        lambda: c.pick(
            [
                "/jxga/jqtb/index.html",
                f"/jxga/jqtb/{c.num(2026, 2027)}{c.num(1, 12):02d}/t{c.digits(8)}_{c.num(100000, 999999)}.html",
                "/jxga/fzxc/index.html",
            ]
        ),
        None,
    )
    for _ in range(N):
        lng, lat = gps(c)
        doc = {
            "bjrxm": person(c),
            "bjrsfz": jx_id(c),
            "lxdh": c.mobile(),
            "ajlb": c.pick(["盗窃", "纠纷", "求助", "可疑情况"]),
            "fasj": f"{ymd(c)} {c.num(0, 23):02d}:{c.num(0, 59):02d}",
            "fadd": addr(c),
            "lng": lng,
            "lat": lat,
            "jyaq": c.pick(ALARMS),
        }
        c.add(
            f,
            "online-alarm-110",
            "POST",
            "/jxga/api/wsbj/submit",
            mp_h(c, "wx5e9c2a7d31b4f6a8", extra={"X-Token": c.hexs(16)}),
            js_json(doc),
        )
    for _ in range(N):
        card, p, url = (
            luhn_card(c),
            c.pick([c.mobile(), f"+00{c.digits(10)}", f"0{c.num(10, 99)}{c.digits(8)}"]),
            c.pick(FRAUD_URLS),
        )
        fill = {
            "d1": cn_date(day(c, -10, 0)),
            "p": p,
            "app": c.pick(["ZOOM", "瞩目", "云会议Pro"]),
            "bank": c.pick(["中国银行", "建设银行", "农业银行"]),
            "card": card,
            "a": money(c, 20, 3000),
            "url": url,
            "n": person(c),
            "k": c.digits(4),
        }
        doc = {
            "jbrxm": person(c),
            "jbrsfz": jx_id(c),
            "lxdh": c.mobile(),
            "zplx": c.pick(["冒充客服", "刷单返利", "虚假网址", "网络购物"]),
            "ssje": fill["a"],
            "zpdh": [p],
            "skzh": [{"kh": card, "yh": fill["bank"], "hm": fill["n"]}],
            "zpwz": [url],
            "jyaq": c.pick(FRAUD_STORIES).format(**fill),
            "ltjl": c.pick(
                [
                    "对方：您好，这里是京东金融客服中心，工号9527。\n我：我没开通过啊。\n对方：系统显示您大学"
                    "期间开通了，现在需要注销，否则会影响个人征信。",
                    "对方：亲，任务已完成，请联系接待员提现。\n我：为什么提不了？"
                    "\n对方：您的操作违规，需要缴纳20%解冻金。",
                ]
            ),
        }
        c.add(
            f,
            "telecom-fraud-report",
            "POST",
            "/jxga/api/fz/jb/submit",
            web(c, f"{SITE}/jxga/fz/jb.html", "application/json;charset=UTF-8"),
            js_json(doc),
        )
    for _ in range(N):
        parts = [
            ("jbbh", f"FZ{day(c):%Y%m%d}{c.digits(6)}"),
            ("sm", c.pick(["转账记录截图", "聊天记录截图", "短信截图", "诈骗APP界面"])),
        ]
        for i in range(c.num(1, 3)):
            parts.append(
                (
                    "files",
                    (f"Screenshot_{day(c):%Y%m%d}_{c.digits(6)}_{i}.png", "image/png", png(c, c.num(4000, 12000))),
                )
            )
        h, body = upload_xhr(c, f"{SITE}/jxga/fz/jb.html", parts)
        c.add(f, "fraud-screenshot-upload", "POST", "/jxga/api/fz/jb/upload", h, body)
    for _ in range(N):
        lng, lat = gps(c)
        parts = [
            ("hphm", plate(c)),
            ("wflx", c.pick(["违法停车", "不礼让行人", "开车打电话", "占用应急车道", "闯红灯"])),
            ("wfdd", c.pick(VIO_PLACES)),
            ("wfsj", f"{ymd(c)} {c.num(6, 22):02d}:{c.num(0, 59):02d}"),
            ("lng", lng),
            ("lat", lat),
            ("jbrdh", c.mobile()),
        ]
        parts.append(("img1", (f"IMG_{c.digits(8)}.jpg", "image/jpeg", photo(c))))
        if c.chance(0.5):
            parts.append(("video", (f"VID_{c.digits(8)}.mp4", "video/mp4", mp4(c, c.num(8000, 20000)))))
        else:
            parts.append(("img2", (f"IMG_{c.digits(8)}.jpg", "image/jpeg", photo(c))))
        h, body = upload_xhr(c, f"{SITE}/jxga/ssp/index.html", parts)
        c.add(f, "traffic-snapshot-upload", "POST", "/jxga/api/ssp/submit", h, body)
    for _ in range(N):
        q = [("jbbh", f"{c.pick(['FZ', 'BJ', 'SSP'])}{day(c):%Y%m%d}{c.digits(6)}"), ("lxdh", c.mobile())]
        c.add(f, "report-progress", "GET", "/jxga/api/jb/jd?" + qs(q), web(c, ref))
    for _ in range(N):
        kind = c.pick(["phone", "url", "card"])
        value = {"phone": c.mobile, "url": lambda: c.pick(FRAUD_URLS), "card": lambda: luhn_card(c)}[kind]()
        q = [("type", kind), ("value", value)]
        c.add(f, "risk-check", "GET", "/jxga/api/fz/fxcx?" + qs(q), mp_h(c, "wx5e9c2a7d31b4f6a8", None))
    for _ in range(N):
        fields = [
            ("mobile", c.mobile()),
            ("scene", c.pick(["wsbj", "fzjb", "ssp"])),
            ("captchaVerification", c.b64(48)),
        ]
        c.add(
            f,
            "sms-code",
            "POST",
            "/jxga/api/sms/code",
            web(c, ref, "application/x-www-form-urlencoded"),
            form_of(fields),
        )


# --- generation, check and files -----------------------------------------------------------------------------


def gen() -> list[dict]:
    return generate(Corpus(SEED), FAMILIES)


def check(rec: dict) -> list[str]:
    """What is wrong with one record as an HTTP request (empty: nothing): tests/waf/data/corpus_kit.py."""
    return check_record(rec, SOURCES)


if __name__ == "__main__":
    write_corpus(gen(), check, split, TUNING_FILE, HELD_OUT_FILE, len(FAMILIES))
