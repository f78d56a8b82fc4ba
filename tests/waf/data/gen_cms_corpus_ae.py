"""Generate corpus AE: a THIRTY-FIRST set of ordinary requests to Chinese government sites, independent of A-Z and AA-AD.

    python tests/waf/data/gen_cms_corpus_ae.py   # writes cms_ae_tuning.jsonl and cms_ae_heldout.jsonl next to it

Why another corpus: each fresh corpus so far has found kinds of ordinary traffic the earlier ones lacked, and AE
measures the WAF's false positives on traffic no tuning round has seen. Corpus AE is a month of the GOVERNMENT'S OWN
COLLABORATIVE OFFICE PLATFORM on the provincial cloud (浙江省 as the model: an 浙政钉-like 移动 协同 办公 platform, its
web console and the services hosted beside the portals), as civil servants, 督查 staff, secretaries, IT admins and
the province's back-end systems use it every day: staff traffic, written as the real services receive it. None of
A-Z or AA-AD has these kinds (G's coremail-webmail is Coremail's JSON API, its wecom-dingtalk-callback the robots'
markdown alerts and its onlyoffice-docs the Document Server's callbacks; T's kb-qa-editing is 知识 条目 in markdown;
E, I, O and others carry 公文 and OA workflow; AE has none of their shapes): 会议 日程 in iCalendar (RFC 5545: VEVENT,
RRULE with BYDAY and a UTC UNTIL, VTIMEZONE Asia/Shanghai, ATTENDEE;CN=, escaped commas and semicolons, lines folded
at 75 octets) through the web console, CalDAV clients (Thunderbird, iOS dataaccessd, DAVx5), RFC 6638 free-busy
POSTs and the mail gateway's iMIP pushes, and 会议 签到; 通讯录 as vCard 3.0 and 4.0 (RFC 6350 escaping) and LDIF
(RFC 2849, base64 values for Chinese names and DNs) from the province's directory; 督查 督办 件 (批示, deadlines,
progress that only grows, 红黄牌 by days overdue, escalation chains); 在线 表格 (formulas that parse: SUM, IF,
VLOOKUP over '汇总表'!, COUNTIFS, TEXT, array formulas; TSV pasted from Excel; number formats with [红色]; XLSX
imports); 在线 文档 (Markdown pages with tables, task lists, footnotes and fenced config, Quill deltas and ShareDB ops
whose retains fit the document); 政务 即时 消息 (@mentions, quotes, read receipts, recalls within 24 hours, 互动 卡片
pushes); 政务 邮箱 MIME (.eml uploads and archive pushes that Python's email package parses: =?UTF-8?B?...?= subjects,
quoted-printable bodies, base64 attachments; reply drafts quoting with `>`); 请假/出差/用车/用印 审批 chains; 考勤 打卡
from the app (GPS inside 浙江, Wi-Fi BSSIDs, device ids); 问卷 and 投票 builders with skip logic like `Q3 == "是" &&
Q5 > 2`; EDI desks (UN/EDIFACT with `?` escapes and UNT/UNZ counts, ANSI X12 with a 106-character ISA and SE
counts, fixed-width files); and the platform's admin console (app registrations, Quartz cron, webhook tests, audit
log query syntax, OIDC with PKCE). The platform's mobile App (a 钉钉-like UA), 微信's browser, desktop browsers,
WebDAV clients, back-end systems and the mail gateway send them. Document, task and app numbers are this generator's
patterns, not published ones. ``SOURCES`` names the public material each family's URLs, parameters, headers and
bodies follow; values are generated deterministically (``SEED``); HOST is a placeholder the evaluation replaces.
Where the receiving services check something (iCalendar folding, escaping and dates, vCard escaping, LDIF base64
and DNs, EDIFACT and X12 counts and widths, formulas that parse, MIME that parses, dates in order, sums, upload
magic bytes, XLSX and DOCX that read back) the generator does it for real, so the fast tests can check the requests
the way the receiving servers would. Nothing here is an attack: every value is what the real service receives.

Each request is one JSONL record as in corpora A-Z and AA-AD (method, path, headers, body or body_b64) tagged with
its ``family``, ``shape``, ``source`` and ``label`` = family/shape, and passes corpus_kit.check_record.

THE SPLIT is corpus_kit.HashSplit's rule with the salt "corpus-ae/", decided and written down here before the corpus
was generated and before anything was evaluated (no WAF result on AE was seen by its author; docs/waf.md, held-out
discipline): the three families whose sha256("corpus-ae/<family>") hex digests sort first are held out whole, and no
tuning may see them; in every other family a (family, shape) group is held out when
sha256("corpus-ae/<family>/<shape>") has a first byte divisible by 4; everything else is the tuning part. Made once;
never re-split, edited or regenerated to pass.
"""  # noqa: E501 - the series' first line (independent of A-Z and AA-AD) is one line

from __future__ import annotations

import base64
import hashlib
import sys
from collections.abc import Callable
from datetime import date, datetime, timedelta
from decimal import Decimal
from email.charset import QP, Charset
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # run as a script from anywhere

from tests.waf.data import gen_cms_corpus_ad as corpus_ad
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
from tests.waf.data.gen_cms_corpus_ac import XLSX_CT, xlsx  # AC's workbook
from tests.waf.data.gen_cms_corpus_e import JSON_CT, axios, jpeg, jq, qs  # E's
from tests.waf.data.gen_cms_corpus_f import pdf_head  # F's
from tests.waf.data.gen_cms_corpus_m import DOCX_CT, docx, upload, web  # M's
from tests.waf.data.gen_cms_corpus_n import service  # N's
from tests.waf.data.gen_cms_corpus_q import jq_form  # Q's
from tests.waf.data.gen_cms_corpus_s import wx_h5  # S's
from tests.waf.data.gen_cms_corpus_w import authed, js_doc, ymd_of  # W's
from tests.waf.data.gen_cms_corpus_x import hms  # X's
from tests.waf.data.gen_cms_corpus_y import prose, today  # Y's
from tests.waf.data.gen_cms_corpus_z import beacons, navigations  # Z's

TUNING_FILE, HELD_OUT_FILE = part_files("ae")
SEED = 20310124
SALT = "corpus-ae/"

SOURCES = {
    "meeting-calendar-caldav": "RFC 5545 iCalendar (VCALENDAR, VEVENT, VTIMEZONE, RRULE FREQ/BYDAY/UNTIL in UTC, "
    "ATTENDEE;CN=;ROLE=;PARTSTAT=;RSVP=, TEXT escaping of , ; \\ and newlines, content lines folded at 75 octets), "
    "RFC 4791 CalDAV (calendar object resources .ics), RFC 6638 CalDAV Scheduling (POST VFREEBUSY to the "
    "schedule-outbox with Originator and Recipient), RFC 6047 iMIP and 专有钉钉/浙政钉 日程 and 会议 签到 as "
    "Thunderbird, iOS dataaccessd, DAVx5, Outlook subscriptions, the mail gateway and the web console send them: "
    "日程 创建, .ics 导入, 空闲 查询, 日程 读取, iMIP 推送, 重复 规则 预览, 会议 签到, 订阅, pages, beacons",
    "org-directory-vcard-ldif": "RFC 2426 vCard 3.0 and RFC 6350 vCard 4.0 (N, FN, ORG, TITLE, TEL;TYPE=, EMAIL, "
    "ADR, NOTE; escaping of , ; and \\), RFC 6352 CardDAV, RFC 2849 LDIF (version: 1, dn:: and attr:: base64 for "
    "non-ASCII values, changetype: add/modify, lines folded with a leading space), RFC 4519 inetOrgPerson and "
    "浙江省 政务 通讯录 (组织 架构 树) as the web console, DAVx5 and the province's directory sync send them: "
    "vCard 导入, .vcf 上传, CardDAV 读取, LDIF 导入 and 同步, 组织 树, 通讯录 搜索, 名片 扫码, pages, beacons",
    "supervision-dubian-tasks": "《国务院办公厅关于进一步加强督查工作的意见》, 《浙江省人民政府督查工作规定》 "
    "and 省政府 督查室 督办 系统 (督办件 编号 浙政办督〔年〕号, 领导 批示, 承办 单位, 办理 时限, 进展 报告, 红黄牌 "
    "预警 by days overdue, 逐级 提醒, 办结 销号) as 督查 staff, 承办 单位 and the platform's reminder service use "
    "them: 立项, 批示, 进展, 红黄牌 推送, 升级 提醒, 佐证 上传, 台账 查询, 办结 申请, pages, beacons",
    "online-sheet-formula": "ECMA-376 / Excel formula grammar (SUM, IF, VLOOKUP, COUNTIFS, SUMIFS, TEXT, ROUND, "
    "IFERROR, array formulas, A1 and $A$1 references, 'sheet name'! quoting, string literals in double quotes), "
    "Excel number format codes (0.00%;[红色]-0.00%, yyyy-mm-dd, #,##0.00), the text/plain TSV the clipboard carries "
    "and 钉钉/金山 在线 表格 operation APIs as the web console sends them: 单元格 公式, TSV 粘贴, 数字 格式, XLSX "
    "导入, 批量 操作, 数组 公式, CSV 导出, 批注, pages, beacons",
    "collab-doc-markdown": "CommonMark and GitHub Flavored Markdown (ATX headings, pipe tables with |---|, task lists "
    "- [x], fenced code blocks, footnotes [^1]), Quill Delta (ops retain/insert/delete with attributes), ShareDB "
    "op messages (a, c, d, v, op) and 在线 文档/知识库 as staff edit them: 页面 保存, delta 提交, ShareDB op, "
    ".md 上传, 划词 评论, 历史 对比, DOCX 导入, 模板 套用, pages, beacons",
    "gov-im-messaging": "专有钉钉/浙政钉 开放 平台 (消息 发送 with @ 提及 atUserIds, 引用 回复, 已读 回执, 撤回 within "
    "24 hours, 群 公告, 互动 卡片 pushes from business systems, 表情 回应) and Unicode emoji as staff and back-end "
    "systems send them: 文本 消息, 引用 回复, 已读, 撤回, 群 公告, 互动 卡片, 图片 消息, 表情 回应, pages, beacons",
    "mime-mail-archive": "RFC 5322 Internet Message Format, RFC 2045-2047 MIME (MIME-Version, multipart/mixed "
    "boundaries, quoted-printable and base64 transfer encodings, =?UTF-8?B?...?= encoded words, RFC 2231 file "
    "names), RFC 3676 quoting with >, DA/T 32 《公务电子邮件归档与管理规则》 and the platform's 政务 邮箱 as staff "
    "and the mail archive gateway use it: .eml 上传, 归档 推送, 回复 草稿, 签名, 收信 规则, 邮件 转 文档, 自动 回复, "
    "邮件 检索, pages, beacons",
    "staff-approval-flows": "《党政机关厉行节约反对浪费条例》, 《中央和国家机关差旅费管理办法》 (财行〔2013〕531号) "
    "and 浙江省 标准, 《党政机关公务用车管理办法》, GB/T 38540-2020 《信息安全技术 安全电子签章密码技术规范》 and "
    "the platform's 审批 (请假, 出差, 用车, 用印 with 电子 印章) as staff, approvers and the 签章 service use them: "
    "请假, 出差, 用车, 用印 上传, 审批 操作, 差旅 报销, 待办 列表, 签章 回调, pages, beacons",
    "mobile-attendance-punch": "专有钉钉 考勤 打卡 (GPS in GCJ-02, Wi-Fi SSID and BSSID, device id, 外勤 打卡 with "
    "photo, 补卡 申请, 月度 汇总), 《浙江省机关工作人员考勤管理办法》-style 排班 and the App's location APIs as the "
    "App and the console send them: 打卡, 外勤 打卡, 补卡, 月报, 排班, 考勤 范围, Wi-Fi 绑定, 加班 申请, pages, "
    "beacons",
    "survey-vote-builder": "问卷星/腾讯 问卷-style builders (题型 single/multi/text/rating/matrix, 跳题 逻辑 "
    'expressions Q3 == "是" && Q5 > 2, 必答, 选项 上限), 《党政机关内部 民主 测评》 投票 rules and XLSX 题目 导入 as '
    "organisers and staff use them: 问卷 创建, 逻辑 校验, 答卷 提交, 投票 创建 and 投票, 结果 导出, 题目 导入, "
    "预览 and 分享 pages, beacons",
    "edi-data-exchange": "ISO 9735 UN/EDIFACT syntax 3 (UNA service string advice, UNB interchange header with "
    "UNOC:3, UNH/UNT with the segment count, UNZ with the message count, ? release character), UN/EDIFACT D.96A "
    "INVRPT, ANSI ASC X12 004010 (ISA of 106 characters with its fixed widths, GS/GE, ST/SE with the segment "
    "count, 810 invoices, 997 acknowledgements), RFC 1767 application/EDIFACT and application/EDI-X12 and 浙江 "
    "统计/商务 数据 交换 desks that still take them: EDIFACT posts and uploads, X12 810 and 997, fixed-width files, "
    "校验, 伙伴 配置, 交换 日志, pages, beacons",
    "platform-admin-console": "OpenID Connect Core 1.0 and RFC 6749/7636 (authorize with response_type=code, "
    "redirect_uri, scope openid, state, nonce, code_challenge S256; token with code_verifier), RFC 8252 redirect "
    "URIs, Quartz CronExpression (seconds minutes hours day-of-month month day-of-week, ? and MON-FRI), Lucene-style "
    "audit-log query syntax and 专有钉钉 开放 平台 应用 管理 as IT admins and systems use them: 应用 注册, 定时 任务, "
    "webhook 测试, 审计 检索, OIDC 授权 and 回调, token 交换, IP 白名单, pages, beacons",
}

SPLIT = HashSplit(SALT, SOURCES)  # the rule in the docstring (tests/waf/data/corpus_kit.py)
split, HELD_OUT_FAMILIES = SPLIT.split, SPLIT.held_out_families  # split(reqs): (tuning part, held-out part)


# --- the corpus: AD's (and so AC's, … F's), recording AE's sources -----------------------------------------


class Corpus(corpus_ad.Corpus):
    """AD's corpus (values, browsers, header order, day(); SourceTagged): requests are tagged with AE's sources."""

    sources = SOURCES


FAMILIES: dict[str, Callable[[Corpus], None]] = {}
family = family_registry(FAMILIES)

N = 13  # requests per (family, shape): Z's navigations() and beacons() make as many

ZJ_BOX = ((118.0, 123.0), (27.0, 31.2))  # 浙江's extent (lng, lat)
UNITS = [  # 省 单位 and their 处室
    ("省政府办公厅", ["秘书一处", "秘书二处", "督查室", "综合处", "值班室"]),
    ("省发展改革委", ["办公室", "规划处", "投资处"]),
    ("省大数据发展管理局", ["数据资源处", "应用推进处", "安全处"]),
    ("省财政厅", ["预算处", "国库处"]),
    ("省商务厅", ["外贸处", "电子商务处"]),
    ("省统计局", ["综合处", "数据管理中心"]),
]
PINYIN = ["zhangwei", "wangfang", "lina", "liuyang", "chenjie", "yangmin", "zhaolei", "huangli", "zhouhao", "wuting"]
ZZD_APP = "zzd"


def staff(c: Corpus) -> dict[str, str]:
    """A staff member: name, unit, 处室, account and mail."""
    unit, depts = c.pick(UNITS)
    acct = f"{c.pick(PINYIN)}{c.digits(2)}"
    return {"name": c.person(), "unit": unit, "dept": c.pick(depts), "account": acct, "mail": f"{acct}@zj.gov.cn"}


def zzd(c: Corpus, ctype: str | None = None, referer: str = "") -> dict[str, str]:
    """The platform's App (a 专有钉钉 build): its WebView's UA with AliApp(DingTalk/…) and TaurusApp."""
    if c.chance(0.6):
        ua = (
            "Mozilla/5.0 (Linux; Android 14; "
            + c.pick(["V2309A", "PJZ110", "ALN-AL80", "23127PN0CC"])
            + " Build/UP1A.231005.007; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/118.0.0.0 "
            "Mobile Safari/537.36 AliApp(DingTalk/7.6.38) com.alibaba.taurus.zhejiang/38411890 Channel/1575 "
            "language/zh-CN abi/64 TaurusApp/2.9.5 Taurus/2.9.5"
        )
    else:
        ua = (
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
            "Mobile/15E148 AliApp(DingTalk/7.6.38) com.alibaba.taurus.zhejiang/38411890 Channel/201200 "
            "language/zh-Hans-CN WK TaurusApp/2.9.5 Taurus/2.9.5"
        )
    h = {"User-Agent": ua, "Accept": "application/json, text/plain, */*"}
    if ctype:
        h["Content-Type"] = ctype
        h["Origin"] = SITE
    h["Referer"] = referer or f"{SITE}/zzd/h5/index.html"
    h["Accept-Language"] = "zh-CN,zh;q=0.9"
    h["X-Requested-With"] = "com.alibaba.taurus.zhejiang"
    h["X-App-Id"] = ZZD_APP
    h["X-Device-Id"] = c.hexs(8)
    h["Authorization"] = f"Bearer {c.b64(24, True)}"
    return h


def console(c: Corpus, ctype: str | None, ref: str, mobile: float = 0.05) -> dict[str, str]:
    """The web console's axios call with the session token."""
    return authed(web(c, ctype, mobile, ref), c)


# --- iCalendar (RFC 5545) ------------------------------------------------------------------------------------

ROOMS = ["省府大楼1号楼3楼第5会议室", "省府大楼2号楼东会议室", "省大数据局12楼视频会议室", "之江饭店2号楼多功能厅"]
TOPICS = [
    "2027年防汛防台工作专题会议",
    "数字政府建设推进例会",
    "营商环境优化提升专班周例会",
    "省政府常务会议议题协调会",
    "一网通办 办件 质量 分析会",
    "政务 数据 共享 协调会",
]
NOTES = [
    "请各单位分管领导参会, 带好材料; 14:20前签到",
    "议程：1. 通报进展; 2. 研究问题; 3. 部署下阶段工作",
    "会议材料见附件, 请提前阅读\n联系人：秘书一处",
    "视频会议号：8823 4410, 分会场请提前调试设备",
]
VTIMEZONE = [
    "BEGIN:VTIMEZONE",
    "TZID:Asia/Shanghai",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0800",
    "TZOFFSETTO:+0800",
    "TZNAME:CST",
    "DTSTART:19700101T000000",
    "END:STANDARD",
    "END:VTIMEZONE",
]
DAYS = ["MO", "TU", "WE", "TH", "FR"]


def ical_text(s: str) -> str:
    """RFC 5545 3.3.11 TEXT: backslash, semicolon and comma escaped, newlines as \\n."""
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str, limit: int = 75) -> str:
    """RFC 5545 3.1: a content line folded so that no physical line is over 75 octets, never inside a character."""
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode()) > limit:
            out.append(cur)
            cur = " "
        cur += ch
    return "\r\n".join([*out, cur])


def ics(lines: list[str]) -> str:
    return "".join(fold(x) + "\r\n" for x in lines)


def meeting(c: Corpus, recurring: bool | None = None) -> dict:
    """A meeting: who, when (half-hour starts, 30-180 minutes), where, and perhaps a weekly rule."""
    start = moment(c, 1, 30, 8, 17).replace(second=0)
    start = start.replace(minute=start.minute // 30 * 30)
    end = start + timedelta(minutes=30 * c.num(1, 6))
    people = [staff(c) for _ in range(c.num(2, 6))]
    m = {
        "uid": f"{c.uid()}@zzd.zj.gov.cn",
        "title": c.pick(TOPICS) + c.pick(["", "（第3次）", ", 请准时参会", "; 视频 连线"]),
        "location": c.pick(ROOMS) + c.pick(["", ", 杭州市省府路8号"]),
        "note": c.pick(NOTES),
        "start": start,
        "end": end,
        "organizer": people[0],
        "attendees": people[1:],
        "rrule": None,
    }
    if recurring if recurring is not None else c.chance(0.4):
        days = sorted(c.sample(range(5), c.num(1, 2)))
        until = start + timedelta(weeks=c.num(4, 16))
        utc = (until.replace(hour=23, minute=59, second=59) - timedelta(hours=8)).strftime("%Y%m%dT%H%M%SZ")
        m["rrule"] = f"FREQ=WEEKLY;BYDAY={','.join(DAYS[d] for d in days)};UNTIL={utc}"
    return m


def vevent(c: Corpus, m: dict, stamp: datetime) -> list[str]:
    org = m["organizer"]
    lines = [
        "BEGIN:VEVENT",
        f"UID:{m['uid']}",
        f"DTSTAMP:{(stamp - timedelta(hours=8)):%Y%m%dT%H%M%SZ}",
        f"DTSTART;TZID=Asia/Shanghai:{m['start']:%Y%m%dT%H%M%S}",
        f"DTEND;TZID=Asia/Shanghai:{m['end']:%Y%m%dT%H%M%S}",
    ]
    if m["rrule"]:
        lines.append(f"RRULE:{m['rrule']}")
    lines += [
        f"SUMMARY:{ical_text(m['title'])}",
        f"LOCATION:{ical_text(m['location'])}",
        f"DESCRIPTION:{ical_text(m['note'])}",
        f'ORGANIZER;CN="{org["name"]}（{org["dept"]}）":mailto:{org["mail"]}',
    ]
    for p in m["attendees"]:
        lines.append(
            f'ATTENDEE;CN="{p["name"]}";ROLE={c.pick(["REQ-PARTICIPANT", "OPT-PARTICIPANT"])};PARTSTAT=NEEDS-ACTION;'
            f"RSVP=TRUE:mailto:{p['mail']}"
        )
    lines += [
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        f"TRIGGER:-PT{c.pick([10, 15, 30])}M",
        "DESCRIPTION:会议提醒",
        "END:VALARM",
        "END:VEVENT",
    ]
    return lines


def calendar(c: Corpus, ms: list[dict], method: str | None = None) -> str:
    stamp = datetime.combine(today(c), datetime.min.time()) + timedelta(minutes=c.num(480, 1080))
    head = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//ZJ Zhengding//Calendar 3.2//CN", "CALSCALE:GREGORIAN"]
    if method:
        head.append(f"METHOD:{method}")
    body = [x for m in ms for x in vevent(c, m, stamp)]
    return ics([*head, *VTIMEZONE, *body, "END:VCALENDAR"])


DAV_UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.2",
    "iOS/17.5.1 (21F90) dataaccessd/1.0",
    "macOS/14.5 (23F79) CalendarAgent/988.5.1",
    "DAVx5/4.4.3.2-ose (2024/10/31; dav4jvm; okhttp/4.12.0) Android/14",
]


def dav(c: Corpus, ctype: str | None, user: str, extra: dict[str, str] | None = None) -> dict[str, str]:
    """A CalDAV/CardDAV client: its UA, Basic auth with an app password, Depth-less GET/POST."""
    h = {"User-Agent": c.pick(DAV_UAS), "Accept": "*/*", "Accept-Language": "zh-CN,zh-Hans;q=0.9"}
    if ctype:
        h["Content-Type"] = ctype
    token = base64.b64encode(f"{user}:{c.alnum(16, 'abcdefghijkmnpqrstuvwxyz23456789')}".encode()).decode()
    h["Authorization"] = f"Basic {token}"
    h.update(extra or {})
    return h


@family("meeting-calendar-caldav")
def meeting_calendar_caldav(c: Corpus) -> None:
    f = "meeting-calendar-caldav"
    ref = f"{SITE}/zzd/calendar/index.html"
    for _ in range(N):
        m = meeting(c)
        doc = {
            "title": m["title"],
            "start": hms(m["start"]),
            "end": hms(m["end"]),
            "location": m["location"],
            "rrule": m["rrule"],
            "attendees": [p["account"] for p in m["attendees"]],
            "ics": calendar(c, [m], "REQUEST"),
        }
        c.add(f, "invite-create", "POST", "/zzd/calendar/api/events", console(c, JSON_CT, ref), js_doc(doc))
    for _ in range(N):
        ms = [meeting(c) for _ in range(c.num(1, 4))]
        parts = [
            ("calendarId", c.digits(6)),
            ("file", (f"会议安排_{c.digits(4)}.ics", "text/calendar", calendar(c, ms).encode())),
        ]
        h, body = upload(c, parts, ref, 0.0)
        c.add(f, "ics-import-upload", "POST", "/zzd/calendar/api/import", authed(h, c), body)
    for _ in range(N):
        me, who = staff(c), [staff(c) for _ in range(c.num(1, 4))]
        start = datetime.combine(today(c) + timedelta(days=c.num(1, 10)), datetime.min.time())
        lines = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN",
            "METHOD:REQUEST",
            "BEGIN:VFREEBUSY",
            f"DTSTAMP:{start - timedelta(days=1, hours=7):%Y%m%dT%H%M%SZ}",
            f"ORGANIZER:mailto:{me['mail']}",
            f"DTSTART:{start - timedelta(hours=8):%Y%m%dT%H%M%SZ}",
            f"DTEND:{start + timedelta(days=c.num(1, 7)) - timedelta(hours=8):%Y%m%dT%H%M%SZ}",
            f"UID:{c.uid()}",
            *[f"ATTENDEE:mailto:{p['mail']}" for p in who],
            "END:VFREEBUSY",
            "END:VCALENDAR",
        ]
        extra = {"Originator": f"mailto:{me['mail']}", "Recipient": ", ".join(f"mailto:{p['mail']}" for p in who)}
        h = dav(c, "text/calendar; charset=utf-8", me["account"], extra)
        c.add(f, "caldav-freebusy", "POST", f"/caldav/{me['account']}/outbox/", h, ics(lines))
    for _ in range(N):
        me = staff(c)
        path = f"/caldav/{me['account']}/calendar/{c.uid()}.ics"
        c.add(f, "caldav-object-get", "GET", path, dav(c, None, me["account"], {"If-None-Match": f'"{c.hexs(8)}"'}))
    for _ in range(N):
        m = meeting(c)
        h = service(
            c,
            "Go-http-client/1.1",
            {"X-Mail-From": m["organizer"]["mail"], "X-Message-Id": f"<{c.hexs(10)}@mail.zj.gov.cn>"},
            "text/calendar; charset=utf-8; method=REQUEST",
        )
        c.add(f, "imip-bridge-push", "POST", "/zzd/calendar/imip/receive", h, calendar(c, [m], "REQUEST"))
    for _ in range(N):
        m = meeting(c, True)
        q = [("dtstart", f"{m['start']:%Y%m%dT%H%M%S}"), ("tzid", "Asia/Shanghai"), ("rrule", m["rrule"]), ("max", 50)]
        c.add(f, "rrule-preview", "GET", "/zzd/calendar/api/rrule/expand?" + qs(q, axios), console(c, None, ref))
    for _ in range(N):
        m = meeting(c, False)
        at = m["start"] - timedelta(minutes=c.num(0, 20))
        doc = {
            "meetingUid": m["uid"],
            "account": c.pick(m["attendees"])["account"],
            "checkinAt": hms(at),
            "start": hms(m["start"]),
            "end": hms(m["end"]),
            "way": c.pick(["qrcode", "nfc", "location"]),
            "lng": round(120.15 + c.num(0, 300) / 10000, 6),
            "lat": round(30.27 + c.num(0, 300) / 10000, 6),
        }
        c.add(f, "meeting-checkin", "POST", "/zzd/meeting/api/checkin", zzd(c, JSON_CT), js_doc(doc))
    for _ in range(N):
        ua = c.pick(
            [
                "Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17928; Pro)",
                "iOS/17.5.1 (21F90) dataaccessd/1.0",
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.2",
                "Google-Calendar-Importer",
            ]
        )
        h = {"User-Agent": ua, "Accept": "text/calendar, */*", "If-Modified-Since": "Mon, 01 Mar 2027 02:00:00 GMT"}
        c.add(f, "feed-subscribe", "GET", f"/zzd/calendar/feed/{c.hexs(16)}.ics", h)
    navigations(c, f, "calendar-page", lambda: f"/zzd/calendar/week/{ymd_of(today(c))}.html", ref, 0.1)
    beacons(c, f, "/zzd/calendar/api/stat", ["/zzd/calendar/index.html", "/zzd/meeting/list.html"], ref)


# --- vCard (RFC 2426, RFC 6350) and LDIF (RFC 2849) ------------------------------------------------------------


def vc_text(s: str) -> str:
    """vCard TEXT: backslash, comma and semicolon escaped, newlines as \\n."""
    return ical_text(s)


def office_tel(c: Corpus) -> str:
    return f"0571-8705{c.digits(4)}"


def vcard(c: Corpus, p: dict[str, str], version: str = "3.0") -> str:
    """A vCard of a staff member: N split as 姓;名, FN, ORG with its 处室, escaped text, lines folded."""
    family_name, given = p["name"][0], p["name"][1:]
    mobile = c.mobile()
    if version == "3.0":
        tels = [f"TEL;TYPE=WORK,VOICE:{office_tel(c)}", f"TEL;TYPE=CELL:{mobile}"]
    else:
        tels = [
            f'TEL;VALUE=uri;TYPE="work,voice":tel:+86-571-8705{c.digits(4)}',
            f"TEL;VALUE=uri;TYPE=cell:tel:+86-{mobile}",
        ]
    lines = [
        "BEGIN:VCARD",
        f"VERSION:{version}",
        f"N:{vc_text(family_name)};{vc_text(given)};;;",
        f"FN:{vc_text(p['name'])}",
        f"ORG:{vc_text(p['unit'])};{vc_text(p['dept'])}",
        f"TITLE:{vc_text(c.pick(['处长', '副处长', '一级主任科员', '四级调研员', '科员']))}",
        *tels,
        f"EMAIL;TYPE=INTERNET:{p['mail']}" if version == "3.0" else f"EMAIL;TYPE=work:{p['mail']}",
        f"ADR;TYPE=WORK:;;{vc_text('省府路8号, 1号楼')};杭州市;浙江省;310025;中国",
        f"NOTE:{vc_text(c.pick(['分管: 综合, 文电; 值班 电话见内网', '借调 至 专班, 2027年6月底 回原 处室', '']))}",
        f"UID:urn:uuid:{c.uid()}",
        f"REV:{today(c):%Y%m%d}T{c.num(0, 23):02d}0000Z",
        "END:VCARD",
    ]
    return ics(lines)


DC = "dc=zj,dc=gov,dc=cn"


def ldif_value(attr: str, value: str) -> str:
    """attr: value, or attr:: base64 when the value is not safe ASCII (RFC 2849), folded at 76 columns."""
    safe = value.isascii() and not value.startswith((" ", ":", "<")) and not value.endswith(" ")
    line = f"{attr}: {value}" if safe else f"{attr}:: {base64.b64encode(value.encode()).decode()}"
    parts = [line[:76]] + [" " + line[i : i + 75] for i in range(76, len(line), 75)]
    return "\n".join(parts)


def ldif_entry(c: Corpus, p: dict[str, str], change: str | None = None) -> str:
    dn = f"cn={p['name']},ou={p['dept']},ou={p['unit']},ou=省直单位,{DC}"
    lines = [ldif_value("dn", dn)]
    if change == "modify":
        lines += [
            "changetype: modify",
            "replace: telephoneNumber",
            f"telephoneNumber: +86 571 8705 {c.digits(4)}",
            "-",
            "replace: title",
            ldif_value("title", c.pick(["处长", "副处长", "一级主任科员"])),
            "-",
        ]
    else:
        if change:
            lines.append(f"changetype: {change}")
        lines += [
            "objectClass: top",
            "objectClass: person",
            "objectClass: organizationalPerson",
            "objectClass: inetOrgPerson",
            ldif_value("cn", p["name"]),
            ldif_value("sn", p["name"][0]),
            ldif_value("givenName", p["name"][1:]),
            ldif_value("displayName", f"{p['name']}（{p['dept']}）"),
            ldif_value("ou", p["dept"]),
            f"uid: {p['account']}",
            f"mail: {p['mail']}",
            f"telephoneNumber: +86 571 8705 {c.digits(4)}",
            f"mobile: +86 {c.mobile()}",
        ]
    return "\n".join(lines) + "\n"


def ldif(c: Corpus, people: list[dict[str, str]], change: str | None = None) -> str:
    return "version: 1\n\n" + "\n".join(ldif_entry(c, p, change) for p in people)


@family("org-directory-vcard-ldif")
def org_directory_vcard_ldif(c: Corpus) -> None:
    f = "org-directory-vcard-ldif"
    ref = f"{SITE}/zzd/contact/index.html"
    for _ in range(N):
        h = console(c, "text/vcard; charset=utf-8", ref)
        c.add(f, "vcard-import", "POST", "/zzd/contact/api/vcard/import", h, vcard(c, staff(c), c.pick(["3.0", "4.0"])))
    for _ in range(N):
        cards = "".join(vcard(c, staff(c), "3.0") for _ in range(c.num(2, 6)))
        h, body = upload(c, [("groupId", c.digits(5)), ("file", ("通讯录导出.vcf", "text/vcard", cards.encode()))], ref)
        c.add(f, "vcf-upload", "POST", "/zzd/contact/api/vcf/upload", authed(h, c), body)
    for _ in range(N):
        me = staff(c)
        h = dav(c, None, me["account"])
        h["User-Agent"] = c.pick(DAV_UAS[1:])
        c.add(f, "carddav-vcard-get", "GET", f"/carddav/{me['account']}/contacts/{c.uid()}.vcf", h)
    for _ in range(N):
        people = [staff(c) for _ in range(c.num(2, 5))]
        parts = [
            ("mode", c.pick(["merge", "replace"])),
            ("file", (f"dir_{c.digits(6)}.ldif", "text/x-ldif", ldif(c, people).encode())),
        ]
        h, body = upload(c, parts, ref, 0.0)
        c.add(f, "ldif-import-upload", "POST", "/zzd/contact/api/ldif/import", authed(h, c), body)
    for _ in range(N):
        people = [staff(c) for _ in range(c.num(1, 4))]
        change = c.pick(["add", "modify"])
        h = service(
            c,
            "Java/17.0.10",
            {"X-Sync-Source": "zj-gov-directory", "X-Batch-Id": c.uid()},
            "text/x-ldif; charset=utf-8",
        )
        c.add(f, "ldif-sync-push", "POST", "/zzd/contact/sync/ldif", h, ldif(c, people, change))
    for _ in range(N):
        unit, depts = c.pick(UNITS)
        kids = [{"id": c.digits(6), "name": d, "members": c.num(4, 30)} for d in depts]
        doc = {"id": c.digits(5), "name": unit, "children": kids, "members": sum(k["members"] for k in kids)}
        c.add(f, "org-tree-save", "POST", "/zzd/contact/api/org/save", console(c, JSON_CT, ref), js_doc(doc))
    for _ in range(N):
        q = [("keyword", c.pick([c.person(), c.pick(PINYIN), c.pick(UNITS)[0], "督查室"])), ("page", 1), ("size", 20)]
        c.add(f, "contact-search", "GET", "/zzd/contact/api/search?" + qs(q, axios), zzd(c))
    for _ in range(N):
        p = staff(c)
        doc = {"raw": vcard(c, p, "3.0"), "scene": "qrcode", "name": p["name"]}
        c.add(f, "card-qr-scan", "POST", "/zzd/contact/api/card/parse", zzd(c, JSON_CT), js_doc(doc))
    navigations(c, f, "contact-page", lambda: f"/zzd/contact/org/{c.digits(5)}.html", ref, 0.1)
    beacons(c, f, "/zzd/contact/api/stat", ["/zzd/contact/index.html"], ref)


# --- supervision-dubian-tasks --------------------------------------------------------------------------------

INSTRUCTIONS = [
    "请省发展改革委牵头，会同有关部门抓紧研究，提出具体意见，于月底前报省政府。",
    "此事群众反映强烈，请督查室跟踪督办，每周报送进展。",
    "同意。请按程序办理，注意做好风险评估。",
    "请各地对照检查，举一反三，确保不再发生类似问题。",
]
CARD_RULE = ((0, "绿牌"), (1, "黄牌"), (6, "红牌"))  # days overdue from which each card applies


def card_for(overdue: int) -> str:
    """红黄牌: on time 绿牌, 1-5 days overdue 黄牌, 6 days and more 红牌 (this generator's reading of the rules)."""
    return [name for floor, name in CARD_RULE if overdue >= floor][-1]


def dubian_no(c: Corpus, d: date) -> str:
    return f"浙政办督〔{d.year}〕{c.num(1, 260)}号"


@family("supervision-dubian-tasks")
def supervision_dubian_tasks(c: Corpus) -> None:
    f = "supervision-dubian-tasks"
    ref = f"{SITE}/zzd/duban/index.html"
    for _ in range(N):
        created = today(c) - timedelta(days=c.num(0, 20))
        limit = c.pick([7, 15, 30, 60])
        lead, *assist = (u for u, _d in c.sample(UNITS, 3))
        doc = {
            "no": dubian_no(c, created),
            "title": c.pick(["关于加快推进", "关于落实", "关于督促"])
            + c.pick(["老旧小区改造", "助企纾困政策", "防汛隐患整改"]),
            "source": c.pick(["领导批示", "省政府常务会议", "12345 热线", "人大建议"]),
            "lead": lead,
            "assist": assist,
            "created": ymd_of(created),
            "limitDays": limit,
            "deadline": ymd_of(created + timedelta(days=limit)),
        }
        c.add(f, "task-create", "POST", "/zzd/duban/api/task", console(c, JSON_CT, ref), js_doc(doc))
    for _ in range(N):
        fields = [
            ("taskNo", dubian_no(c, today(c))),
            ("instruction", c.pick(INSTRUCTIONS)),
            ("leader", c.person()),
            ("signedAt", hms(moment(c, -10, 0, 8, 22))),
        ]
        c.add(f, "leader-instruction", "POST", "/zzd/duban/instruction/save.do", jq_form(c, ref, 0.0), qs(fields, jq))
    for _ in range(N):
        d0 = today(c) - timedelta(days=c.num(20, 40))
        steps = sorted(c.sample(range(5, 101, 5), c.num(2, 5)))
        reports = [
            {
                "date": ymd_of(d0 + timedelta(days=7 * i)),
                "percent": p,
                "text": c.pick(["已完成摸排", "方案已报批", "进场施工", "已整改到位"]),
            }
            for i, p in enumerate(steps)
        ]
        doc = {"taskNo": dubian_no(c, d0), "reports": reports, "latest": steps[-1]}
        c.add(f, "progress-report", "POST", "/zzd/duban/api/progress", zzd(c, JSON_CT), js_doc(doc))
    for _ in range(N):
        on = today(c)
        deadline = on - timedelta(days=c.num(-3, 12))
        overdue = max(0, (on - deadline).days)
        doc = {
            "taskNo": dubian_no(c, deadline),
            "deadline": ymd_of(deadline),
            "checkedOn": ymd_of(on),
            "overdueDays": overdue,
            "card": card_for(overdue),
            "unit": c.pick(UNITS)[0],
        }
        h = service(c, "Apache-HttpClient/4.5.14 (Java/17.0.10)", {"X-Job": "duban-card-daily"})
        c.add(f, "warning-card-push", "POST", "/zzd/duban/api/card/notify", h, js_doc(doc))
    for _ in range(N):
        t0 = moment(c, -10, 0, 9, 17)
        levels = ["承办人", "处室负责人", "单位分管领导", "单位主要领导"][: c.num(2, 4)]
        chain = [
            {"level": lv, "notifiedAt": hms(t0 + timedelta(hours=24 * i)), "channel": c.pick(["ding", "sms", "call"])}
            for i, lv in enumerate(levels)
        ]
        doc = {"taskNo": dubian_no(c, t0.date()), "chain": chain}
        c.add(f, "escalation-notify", "POST", "/zzd/duban/api/escalate", service(c, "Go-http-client/1.1"), js_doc(doc))
    for _ in range(N):
        parts = [
            ("taskNo", dubian_no(c, today(c))),
            ("desc", c.pick(["整改前后对比照片", "会议纪要", "验收报告"])),
            ("file", ("整改报告.pdf", "application/pdf", pdf_head(c, c.num(600, 1500)))),
            ("photo", (f"IMG_{c.digits(4)}.jpg", "image/jpeg", jpeg(c, c.num(900, 2200)))),
        ]
        h, body = upload(c, parts, ref, 0.3)
        c.add(f, "evidence-upload", "POST", "/zzd/duban/api/evidence", authed(h, c), body)
    for _ in range(N):
        end = today(c) + timedelta(days=c.num(0, 30))
        q = [
            ("status", c.pick(["doing", "overdue", "done"])),
            ("deadlineFrom", ymd_of(end - timedelta(days=c.num(30, 90)))),
            ("deadlineTo", ymd_of(end)),
            ("page", c.num(1, 5)),
        ]
        c.add(f, "ledger-query", "GET", "/zzd/duban/api/tasks?" + qs(q, axios), console(c, None, ref))
    for _ in range(N):
        deadline = today(c) - timedelta(days=c.num(-10, 10))
        done = deadline - timedelta(days=c.num(-5, 8))
        fields = [
            ("deadline", ymd_of(deadline)),
            ("doneDate", ymd_of(done)),
            ("late", "1" if done > deadline else "0"),
            ("lateReason", "汛期 施工 受阻, 已 报 分管 领导 同意 延期" if done > deadline else ""),
            ("summary", c.pick(INSTRUCTIONS[:2])),
        ]
        c.add(f, "closure-apply", "POST", "/zzd/duban/close/apply.do", jq_form(c, ref, 0.0), qs(fields, jq))
    navigations(c, f, "task-page", lambda: f"/zzd/duban/task/{c.digits(8)}.html", ref, 0.0)
    beacons(c, f, "/zzd/duban/api/stat", ["/zzd/duban/index.html", "/zzd/duban/board.html"], ref)


# --- online-sheet-formula ---------------------------------------------------------------------------------

FORMULAS = [
    "=SUM(B2:B31)",
    '=IF(C2>=0.95,"达标","未达标")',
    "=VLOOKUP($A2,'汇总表'!$A:$F,3,FALSE)",
    '=COUNTIFS(D:D,"已办结",E:E,">="&DATE(2027,3,1))',
    '=TEXT(D2,"yyyy-mm-dd")',
    "=ROUND(E2/F2*100,2)",
    "=IFERROR(VLOOKUP(A2,'1月'!A:B,2,0),\"\")",
    '=SUMIFS(F:F,B:B,"杭州市",C:C,"<>")',
    '=B2&"（"&C2&"）"',
    "=AVERAGE($C$2:$C$12)",
]
ARRAY_FORMULAS = [
    "=SUM(IF(C2:C20>=0.95,1,0))",
    '=MAX(IF(B2:B40="督查室",D2:D40))',
    '=SUMPRODUCT((B2:B31="是")*(C2:C31))',
]
NUMBER_FORMATS = ["0.00%;[红色]-0.00%", "yyyy-mm-dd", "#,##0.00", '0.0"天"', '[$-zh-CN]yyyy"年"m"月"d"日"', "@"]
CITIES = ["杭州市", "宁波市", "温州市", "嘉兴市", "湖州市", "绍兴市", "金华市", "衢州市", "舟山市", "台州市", "丽水市"]


def cell(c: Corpus) -> str:
    return f"{c.pick('BCDEFG')}{c.num(2, 40)}"


@family("online-sheet-formula")
def online_sheet_formula(c: Corpus) -> None:
    f = "online-sheet-formula"
    ref = f"{SITE}/zzd/sheet/index.html"
    for _ in range(N):
        doc = {"sheetId": c.hexs(6), "cell": cell(c), "formula": c.pick(FORMULAS), "rev": c.num(10, 900)}
        c.add(f, "cell-formula-edit", "POST", "/zzd/sheet/api/cell", console(c, JSON_CT, ref), js_doc(doc))
    for _ in range(N):
        rows = [["地区", "应办件", "按时办结", "按时率"]]
        for city in c.sample(CITIES, c.num(3, 8)):
            total = c.num(100, 900)
            ok = total - c.num(0, 40)
            rows.append([city, str(total), str(ok), f"{ok / total:.2%}"])
        tsv = "\r\n".join("\t".join(r) for r in rows) + "\r\n"
        doc = {"sheetId": c.hexs(6), "anchor": "A1", "tsv": tsv, "rows": len(rows), "cols": 4}
        c.add(f, "tsv-paste", "POST", "/zzd/sheet/api/paste", console(c, JSON_CT, ref), js_doc(doc))
    for _ in range(N):
        col = c.pick("CDEF")
        doc = {"sheetId": c.hexs(6), "range": f"{col}2:{col}{c.num(10, 60)}", "numFmt": c.pick(NUMBER_FORMATS)}
        c.add(f, "number-format", "POST", "/zzd/sheet/api/format", console(c, JSON_CT, ref), js_doc(doc))
    for _ in range(N):
        rows: list[list[object]] = [["地区", "应办件", "按时办结"]]
        for city in c.sample(CITIES, c.num(3, 8)):
            total = c.num(100, 900)
            rows.append([city, total, total - c.num(0, 40)])
        parts = [("folder", c.digits(6)), ("file", (f"办件统计_{c.digits(4)}.xlsx", XLSX_CT, xlsx(rows, "汇总表")))]
        h, body = upload(c, parts, ref, 0.0)
        c.add(f, "xlsx-import", "POST", "/zzd/sheet/api/import", authed(h, c), body)
    for _ in range(N):
        ops = [{"op": "set", "cell": cell(c), "formula": x} for x in c.sample(FORMULAS, c.num(2, 5))]
        ops.append({"op": "set", "cell": cell(c), "value": c.pick(["已办结", "办理中", "不是 公式 的 文字", "0.95"])})
        doc = {"sheetId": c.hexs(6), "baseRev": c.num(10, 900), "ops": ops}
        c.add(f, "batch-ops", "POST", "/zzd/sheet/api/batch", console(c, JSON_CT, ref), js_doc(doc))
    for _ in range(N):
        doc = {"sheetId": c.hexs(6), "range": f"H2:H{c.num(10, 40)}", "formula": c.pick(ARRAY_FORMULAS), "array": True}
        c.add(f, "array-formula", "POST", "/zzd/sheet/api/cell", console(c, JSON_CT, ref), js_doc(doc))
    for _ in range(N):
        q = [("sheet", c.pick(["汇总表", "1月", "Sheet1"])), ("range", f"A1:F{c.num(10, 60)}"), ("format", "csv")]
        c.add(f, "csv-export", "GET", f"/zzd/sheet/api/{c.hexs(6)}/export?" + qs(q, axios), console(c, None, ref))
    for _ in range(N):
        who = c.person()
        doc = {
            "sheetId": c.hexs(6),
            "cell": cell(c),
            "text": f"@{who} 这一行 按时率 公式 引用 错了，请 核对 '汇总表'!C 列",
            "mentions": [who],
        }
        c.add(f, "cell-comment", "POST", "/zzd/sheet/api/comment", zzd(c, JSON_CT), js_doc(doc))
    navigations(c, f, "sheet-page", lambda: f"/zzd/sheet/{c.hexs(6)}.html", ref, 0.1)
    beacons(c, f, "/zzd/sheet/api/stat", ["/zzd/sheet/index.html"], ref)


# --- collab-doc-markdown --------------------------------------------------------------------------------------

NGINX_BLOCK = """server {
    listen 443 ssl;
    server_name zzd.example.gov.cn;
    location /api/ {
        proxy_pass http://10.12.3.4:8080;
        proxy_set_header X-Real-IP $remote_addr;
    }
}"""


def markdown(c: Corpus) -> str:
    """A 知识库 page as staff write it: headings, a table, a task list, a link, a footnote, a fenced block."""
    rows = [
        f"| {i} | {x} | {c.pick(['秘书一处', '督查室', '综合处'])} | {c.pick(['已完成', '进行中'])} |"
        for i, x in enumerate(c.sample(["会议 纪要 归档", "日程 同步 配置", "通讯录 校对", "邮箱 迁移"], 3), 1)
    ]
    lines = [
        f"# {c.pick(['政务 协同 平台 使用 手册', '会议 服务 工作 规范', '邮箱 迁移 说明'])}",
        "",
        "## 一、工作 事项",
        "",
        "| 序号 | 事项 | 责任 处室 | 状态 |",
        "|---|---|---|:---:|",
        *rows,
        "",
        "## 二、待办",
        "",
        "- [x] 完成 CalDAV 账号 开通",
        f"- [ ] 通知 各 处室 于 {ymd_of(today(c) + timedelta(days=c.num(3, 20)))} 前 完成 迁移[^1]",
        "- [ ] 见 [操作 指南](https://www.example.gov.cn/zzd/docs/guide.html)",
        "",
        "```nginx" if c.chance(0.5) else "```yaml",
    ]
    if lines[-1] == "```nginx":
        lines += NGINX_BLOCK.split("\n")
    else:
        lines += [
            "caldav:",
            "  url: https://www.example.gov.cn/caldav/",
            "  sync_interval: 15m  # 分钟",
            "  tz: Asia/Shanghai",
        ]
    lines += ["```", "", "> 注意：*不要* 把 应用 密码 发 到 群 里。", "", "[^1]: 以 省 大数据局 通知 为准。", ""]
    return "\n".join(lines)


DOC_TEXT = "关于做好2027年第一季度政务协同平台推广工作的通知\n各处室：\n为进一步提升办公效率，现就有关事项通知如下。\n"


@family("collab-doc-markdown")
def collab_doc_markdown(c: Corpus) -> None:
    f = "collab-doc-markdown"
    ref = f"{SITE}/zzd/docs/index.html"
    for _ in range(N):
        md = markdown(c)
        doc = {
            "docId": c.hexs(8),
            "title": md.split("\n")[0][2:],
            "format": "markdown",
            "content": md,
            "version": c.num(2, 80),
        }
        c.add(f, "md-page-save", "POST", "/zzd/docs/api/page/save", console(c, JSON_CT, ref), js_doc(doc))
    for _ in range(N):
        base = len(DOC_TEXT)
        at = c.num(0, base - 6)
        cut = c.num(0, 5)
        ops: list[dict] = [{"retain": at}] if at else []
        ops.append(
            {
                "insert": c.pick(["、会议服务", "（试行）", "进一步"]),
                "attributes": c.pick([{"bold": True}, {"color": "#e60000"}, {}]),
            }
        )
        if not ops[-1]["attributes"]:
            del ops[-1]["attributes"]
        if cut:  # Quill's canonical order: an insert before a delete at the same place
            ops.append({"delete": cut})
        doc = {"docId": c.hexs(8), "baseLength": base, "delta": {"ops": ops}, "clientId": c.uid()}
        c.add(f, "quill-delta", "POST", "/zzd/docs/api/delta", console(c, JSON_CT, ref), js_doc(doc))
    for _ in range(N):
        pos = c.num(0, len(DOC_TEXT) - 1)
        op = [{"p": ["body", pos], "si": c.pick(["各市", "（附件 1）", "；"])}]
        doc = {
            "a": "op",
            "c": "docs",
            "d": c.hexs(8),
            "v": c.num(1, 400),
            "src": c.hexs(8),
            "seq": c.num(1, 60),
            "op": op,
        }
        c.add(f, "sharedb-op", "POST", "/zzd/docs/sharedb/op", console(c, JSON_CT, ref), js_doc(doc))
    for _ in range(N):
        h, body = upload(
            c,
            [("space", c.digits(5)), ("file", (f"README_{c.digits(3)}.md", "text/markdown", markdown(c).encode()))],
            ref,
            0.0,
        )
        c.add(f, "md-file-upload", "POST", "/zzd/docs/api/upload", authed(h, c), body)
    for _ in range(N):
        start = c.num(0, 30)
        quote = DOC_TEXT[start : start + c.num(4, 12)]
        doc = {
            "docId": c.hexs(8),
            "anchor": {"start": start, "end": start + len(quote)},
            "quote": quote,
            "text": c.pick(["建议 改为 “进一步 提升”。", "此处 日期 请 核对。", "👍 同意"]),
        }
        c.add(f, "inline-comment", "POST", "/zzd/docs/api/comment", zzd(c, JSON_CT), js_doc(doc))
    for _ in range(N):
        a = c.num(1, 60)
        q = [("from", a), ("to", a + c.num(1, 9)), ("format", "unified")]
        c.add(f, "history-diff", "GET", f"/zzd/docs/api/{c.hexs(8)}/diff?" + qs(q, axios), console(c, None, ref))
    for _ in range(N):
        paras = [*DOC_TEXT.strip().split("\n"), c.pick(["一、提高认识，加强领导。", "二、明确分工，压实责任。"])]
        h, body = upload(c, [("space", c.digits(5)), ("file", ("通知.docx", DOCX_CT, docx(paras)))], ref, 0.0)
        c.add(f, "docx-import", "POST", "/zzd/docs/api/import", authed(h, c), body)
    for _ in range(N):
        doc = {
            "template": c.pick(["会议纪要", "周报", "请示"]),
            "space": c.digits(5),
            "vars": {"date": ymd_of(today(c)), "dept": c.pick(UNITS)[1][0]},
        }
        c.add(f, "template-apply", "POST", "/zzd/docs/api/template/apply", console(c, JSON_CT, ref), js_doc(doc))
    navigations(c, f, "doc-page", lambda: f"/zzd/docs/{c.hexs(8)}.html", ref, 0.2)
    navigations(c, f, "shared-doc-page", lambda: f"/zzd/docs/share/{c.b64(9, True)}.html", ref, 0.9)
    beacons(c, f, "/zzd/docs/api/stat", ["/zzd/docs/index.html"], ref)


# --- gov-im-messaging ------------------------------------------------------------------------------------------

EMOJI = ["👍", "🙏", "✅", "💪", "🎉", "😂", "[OK]", "[鼓掌]"]


@family("gov-im-messaging")
def gov_im_messaging(c: Corpus) -> None:
    f = "gov-im-messaging"
    ref = f"{SITE}/zzd/im/index.html"
    for _ in range(N):
        who = [staff(c) for _ in range(c.num(1, 3))]
        text = (
            " ".join(f"@{p['name']}" for p in who)
            + " "
            + c.pick(["下午 三点 的 会 改到 4 楼 了", "材料 请 今天 下班 前 发 我", "收到 请 回复 1"])
            + c.pick(EMOJI)
        )
        doc = {
            "cid": f"cid{c.digits(12)}",
            "msgType": "text",
            "text": text,
            "atUserIds": [p["account"] for p in who],
            "clientMsgId": c.uid(),
        }
        c.add(f, "text-message", "POST", "/zzd/im/api/message/send", zzd(c, JSON_CT), js_doc(doc))
    for _ in range(N):
        quoted = c.pick(["明天 9 点 例会", "文件 已 上传 到 群 文件", "请 各位 确认 参会"])
        doc = {
            "cid": f"cid{c.digits(12)}",
            "msgType": "text",
            "text": c.pick(["收到", "好的，我 来 对接", "已 确认 " + c.pick(EMOJI)]),
            "quote": {"msgId": c.digits(16), "sender": c.person(), "text": quoted},
        }
        c.add(f, "quoted-reply", "POST", "/zzd/im/api/message/send", zzd(c, JSON_CT), js_doc(doc))
    for _ in range(N):
        doc = {"cid": f"cid{c.digits(12)}", "msgIds": [c.digits(16) for _ in range(c.num(1, 8))], "readAt": c.ms()}
        c.add(f, "read-receipt", "POST", "/zzd/im/api/message/read", zzd(c, JSON_CT), js_doc(doc))
    for _ in range(N):
        sent = c.ms()
        doc = {"msgId": c.digits(16), "sentAt": sent, "recallAt": sent + c.num(5, 24 * 3600) * 1000}
        c.add(f, "message-recall", "POST", "/zzd/im/api/message/recall", zzd(c, JSON_CT), js_doc(doc))
    for _ in range(N):
        doc = {
            "cid": f"cid{c.digits(12)}",
            "title": "群 公告",
            "content": prose(
                c,
                [
                    "各位 同事：",
                    "本周五 下午 开展 消防 演练，",
                    "请 14:30 前 到 1 号楼 大厅 集合；",
                    "不能 参加 的 请 @我 说明。",
                    "谢谢配合 🙏",
                ],
                (3, 5),
            ),
            "pinned": c.chance(0.5),
        }
        c.add(f, "group-announcement", "POST", "/zzd/im/api/group/notice", console(c, JSON_CT, ref), js_doc(doc))
    for _ in range(N):
        doc = {
            "cardTemplateId": f"{c.hexs(8)}.schema",
            "outTrackId": c.uid(),
            "openConversationId": f"cid{c.digits(12)}",
            "cardData": {
                "cardParamMap": {
                    "title": c.pick(["督办 提醒", "审批 待办", "会议 提醒"]),
                    "markdown": f"**{c.pick(TOPICS)}**\n\n- 截止：{ymd_of(today(c))}\n- 承办：{c.pick(UNITS)[0]}\n\n"
                    "[查看 详情](dingtalk://dingtalkclient/page/link?url=https%3A%2F%2Fwww.example.gov.cn%2Fzzd%2F)",
                }
            },
        }
        h = service(c, "Apache-HttpClient/4.5.14 (Java/17.0.10)", {"x-acs-dingtalk-access-token": c.hexs(16)})
        c.add(f, "interactive-card-push", "POST", "/v1.0/card/instances/createAndDeliver", h, js_doc(doc))
    for _ in range(N):
        h = zzd(c)
        b = c.browser(1.0)
        ctype, body = c.multipart(
            b,
            [
                ("cid", f"cid{c.digits(12)}"),
                ("file", (f"IMG_{c.digits(8)}.jpg", "image/jpeg", jpeg(c, c.num(1500, 4000)))),
            ],
        )
        h["Content-Type"] = ctype
        c.add(f, "image-message", "POST", "/zzd/im/api/media/upload", h, body)
    for _ in range(N):
        doc = {"msgId": c.digits(16), "emoji": c.pick(EMOJI), "op": c.pick(["add", "add", "remove"])}
        c.add(f, "emoji-reaction", "POST", "/zzd/im/api/message/reaction", zzd(c, JSON_CT), js_doc(doc))
    navigations(c, f, "chat-history-page", lambda: f"/zzd/im/history/cid{c.digits(12)}.html", ref, 0.0)
    beacons(c, f, "/zzd/im/api/stat", ["/zzd/im/index.html"], ref)


# --- mime-mail-archive ---------------------------------------------------------------------------------------

SUBJECTS = [
    "关于报送2027年一季度工作总结的通知",
    "转发：防汛 应急 值守 安排",
    "回复：会议 材料 （修改稿）",
    "【提醒】邮箱 迁移 时间 安排",
]


def eml(c: Corpus) -> bytes:
    """A message as a mail client saves it: multipart/mixed, a quoted-printable body, a base64 PDF with an RFC 2231
    name, an encoded-word subject."""
    sender, to = staff(c), staff(c)
    when = datetime.combine(today(c), datetime.min.time()) + timedelta(minutes=c.num(480, 1200))
    msg = MIMEMultipart("mixed", boundary=f"----=_Part_{c.digits(6)}_{c.digits(9)}.{c.ms()}")
    msg["From"] = f"{Header(sender['name'], 'utf-8').encode()} <{sender['mail']}>"
    msg["To"] = f"{Header(to['name'], 'utf-8').encode()} <{to['mail']}>"
    msg["Subject"] = Header(c.pick(SUBJECTS), "utf-8", header_name="Subject")
    msg["Date"] = f"{when:%a, %d %b %Y %H:%M:%S} +0800"
    msg["Message-ID"] = f"<{c.hexs(8)}.{c.digits(6)}.{c.ms()}@zj.gov.cn>"
    qp = Charset("utf-8")
    qp.body_encoding = QP
    body = MIMEText(
        prose(
            c,
            [
                "各处室：\n",
                "请于本周五前报送工作总结（不超过 3000 字）。\n",
                "联系人：" + sender["name"] + "，电话 0571-87050000。\n",
                "请 通过 政务 邮箱 回复，勿 用 私人 邮箱。\n",
            ],
            (2, 4),
        )
        + f"\n-- \n{sender['name']}\n{sender['unit']}{sender['dept']}\n",
        "plain",
        qp,
    )
    msg.attach(body)
    att = MIMEApplication(pdf_head(c, c.num(300, 800)), "pdf")
    att.add_header("Content-Disposition", "attachment", filename=("utf-8", "", "附件1.pdf"))
    msg.attach(att)
    return msg.as_bytes()


@family("mime-mail-archive")
def mime_mail_archive(c: Corpus) -> None:
    f = "mime-mail-archive"
    ref = f"{SITE}/zzd/mail/index.html"
    for _ in range(N):
        h, body = upload(
            c, [("folder", "INBOX"), ("file", (f"mail_{c.digits(6)}.eml", "message/rfc822", eml(c)))], ref, 0.0
        )
        c.add(f, "eml-upload", "POST", "/zzd/mail/api/import/eml", authed(h, c), body)
    for _ in range(N):
        h = service(
            c,
            "Java/17.0.10",
            {"X-Archive-Category": c.pick(["WS", "WS-2027-Y", "WS-2027-D30"]), "X-Mailbox": staff(c)["mail"]},
            "message/rfc822",
        )
        c.add(f, "archive-push", "POST", "/zzd/archive/api/mail/receive", h, eml(c).decode())
    for _ in range(N):
        me, them = staff(c), staff(c)
        quoted = ["各位：", "", "周五 的 会议 材料 请 今天 报 我。", "", f"{them['name']}"]
        text = (
            c.pick(["收到，已 附上 修改稿。", "好的，下午 三点 前 发 您。"])
            + "\n\n"
            + f"在 {ymd_of(today(c))}，{them['name']} <{them['mail']}> 写道：\n"
            + "\n".join("> " + x if x else ">" for x in quoted)
            + f"\n\n-- \n{me['name']}\n{me['unit']}{me['dept']}\n"
        )
        doc = {
            "to": [them["mail"]],
            "subject": "回复：" + c.pick(SUBJECTS),
            "text": text,
            "isHtml": False,
            "inReplyTo": f"<{c.hexs(10)}@zj.gov.cn>",
        }
        c.add(f, "reply-draft", "POST", "/zzd/mail/api/draft/save", console(c, JSON_CT, ref), js_doc(doc))
    for _ in range(N):
        me = staff(c)
        sig = (
            f"-- \n{me['name']}\n{me['unit']} {me['dept']}\n电话：0571-8705{c.digits(4)}  手机：{c.mobile()}\n"
            "地址：杭州市省府路8号（310025）"
        )
        c.add(
            f,
            "signature-save",
            "POST",
            "/zzd/mail/signature/save.do",
            jq_form(c, ref, 0.0),
            qs([("name", "默认"), ("text", sig), ("default", "1")], jq),
        )
    for _ in range(N):
        doc = {
            "name": c.pick(["督办件 归类", "省委 来文", "系统 通知"]),
            "match": c.pick(["all", "any"]),
            "conditions": [
                {"field": "subject", "op": "contains", "value": c.pick(["督办", "【通知】", "=?"])},
                {"field": "from", "op": "endsWith", "value": "@zj.gov.cn"},
            ],
            "actions": [{"type": "move", "folder": c.pick(["督办", "来文", "通知"])}],
        }
        c.add(f, "mail-rule", "POST", "/zzd/mail/api/rules", console(c, JSON_CT, ref), js_doc(doc))
    for _ in range(N):
        doc = {
            "messageId": f"<{c.hexs(10)}@zj.gov.cn>",
            "targetSpace": c.digits(5),
            "includeAttachments": c.chance(0.6),
        }
        c.add(f, "mail-to-doc", "POST", "/zzd/mail/api/todoc", zzd(c, JSON_CT), js_doc(doc))
    for _ in range(N):
        start = today(c) + timedelta(days=c.num(1, 20))
        fields = [
            ("enabled", "1"),
            ("start", ymd_of(start)),
            ("end", ymd_of(start + timedelta(days=c.num(1, 14)))),
            ("text", "您好，我 正在 外出 培训，期间 邮件 回复 可能 延迟；急事 请 致电 0571-87050000。"),
        ]
        c.add(f, "auto-reply", "POST", "/zzd/mail/autoreply/save.do", jq_form(c, ref, 0.0), qs(fields, jq))
    for _ in range(N):
        q = [
            (
                "q",
                c.pick(['from:zhangwei subject:"督办"', "has:attachment after:2027-03-01", 'to:bgt@zj.gov.cn "防汛"']),
            ),
            ("folder", "all"),
            ("page", 1),
        ]
        c.add(f, "mail-search", "GET", "/zzd/mail/api/search?" + qs(q, axios), console(c, None, ref))
    navigations(c, f, "mail-page", lambda: f"/zzd/mail/read/{c.hexs(10)}.html", ref, 0.0)
    beacons(c, f, "/zzd/mail/api/stat", ["/zzd/mail/index.html"], ref)


# --- staff-approval-flows -------------------------------------------------------------------------------------

LEAVE_TYPES = ["年休假", "事假", "病假", "婚假", "探亲假"]
TRIP_CITIES = ["北京市", "上海市", "宁波市", "温州市", "丽水市", "成都市"]
SEALS = ["浙江省人民政府办公厅", "浙江省人民政府办公厅督查室", "浙江省大数据发展管理局"]


def workdays(a: date, b: date) -> int:
    return sum((a + timedelta(days=i)).weekday() < 5 for i in range((b - a).days + 1))


def chain(c: Corpus, t0: datetime) -> list[dict]:
    steps = ["处室负责人", "人事处", "分管领导"][: c.num(1, 3)]
    return [
        {"node": s, "approver": c.person(), "at": hms(t0 + timedelta(hours=c.num(1, 8) + 9 * i))}
        for i, s in enumerate(steps)
    ]


@family("staff-approval-flows")
def staff_approval_flows(c: Corpus) -> None:
    f = "staff-approval-flows"
    ref = f"{SITE}/zzd/approval/index.html"
    for _ in range(N):
        a = today(c) + timedelta(days=c.num(1, 30))
        a += timedelta(days=(7 - a.weekday()) % 7 if a.weekday() >= 5 else 0)  # leave starts on a working day
        b = a + timedelta(days=c.num(0, 9))
        t0 = moment(c, -3, 0, 8, 20)
        doc = {
            "type": c.pick(LEAVE_TYPES),
            "start": ymd_of(a),
            "end": ymd_of(b),
            "days": workdays(a, b),
            "reason": c.pick(["家中 有事", "陪同 家人 就医", "回 老家 探亲"]),
            "submittedAt": hms(t0),
            "chain": chain(c, t0),
        }
        c.add(f, "leave-apply", "POST", "/zzd/approval/api/leave", zzd(c, JSON_CT), js_doc(doc))
    for _ in range(N):
        a = today(c) + timedelta(days=c.num(1, 20))
        days = c.num(1, 5)
        hotel, food = c.pick([450, 500, 600]), 100
        items = {"hotel": hotel * (days - 1 or 1), "food": food * days, "traffic": 80 * days}
        doc = {
            "cities": c.sample(TRIP_CITIES, c.num(1, 2)),
            "start": ymd_of(a),
            "end": ymd_of(a + timedelta(days=days - 1)),
            "days": days,
            "budget": items,
            "total": sum(items.values()),
            "purpose": c.pick(["参加 数字 政府 建设 培训", "赴 基层 调研 督查"]),
        }
        c.add(f, "trip-apply", "POST", "/zzd/approval/api/trip", console(c, JSON_CT, ref), js_doc(doc))
    for _ in range(N):
        t = moment(c, 1, 10, 7, 17)
        fields = [
            ("from", "省府大院"),
            ("to", c.pick(["萧山国际机场", "杭州东站", "省 大数据局", "余杭区 政府"])),
            ("start", hms(t)),
            ("end", hms(t + timedelta(hours=c.num(1, 8)))),
            ("passengers", str(c.num(1, 4))),
            ("reason", "公务 接待" if c.chance(0.3) else "赴 现场 督查"),
        ]
        c.add(f, "car-use-apply", "POST", "/zzd/approval/car/apply.do", jq_form(c, ref, 0.2), qs(fields, jq))
    for _ in range(N):
        pdf = pdf_head(c, c.num(800, 2000))
        parts = [
            ("seal", c.pick(SEALS)),
            ("copies", str(c.num(1, 5))),
            ("sha256", hashlib.sha256(pdf).hexdigest()),
            ("file", ("请示（盖章版）.pdf", "application/pdf", pdf)),
        ]
        h, body = upload(c, parts, ref, 0.0)
        c.add(f, "seal-apply-upload", "POST", "/zzd/approval/api/seal", authed(h, c), body)
    for _ in range(N):
        doc = {
            "instanceId": c.uid(),
            "action": c.pick(["agree", "agree", "refuse", "transfer"]),
            "remark": c.pick(["同意", "请 补充 预算 明细 后 再 报", "同意，注意 控制 标准", ""]),
        }
        c.add(f, "approval-action", "POST", "/zzd/approval/api/action", zzd(c, JSON_CT), js_doc(doc))
    for _ in range(N):
        rows = [
            {"item": k, "amount": str(Decimal(c.num(50, 900)) + Decimal(c.num(0, 99)) / 100)}
            for k in c.sample(["住宿费", "伙食补助费", "市内交通费", "城市间交通费"], c.num(2, 4))
        ]
        doc = {"tripNo": cn_no(c, "CC", today(c)), "rows": rows, "total": str(sum(Decimal(r["amount"]) for r in rows))}
        c.add(f, "trip-reimburse", "POST", "/zzd/approval/api/reimburse", console(c, JSON_CT, ref), js_doc(doc))
    for _ in range(N):
        q = [
            ("status", c.pick(["todo", "done", "cc"])),
            ("type", c.pick(["leave", "trip", "car", "seal", ""])),
            ("page", c.num(1, 3)),
        ]
        c.add(f, "todo-list", "GET", "/zzd/approval/api/list?" + qs(q, axios), zzd(c))
    for _ in range(N):
        pdf = pdf_head(c, c.num(400, 900))
        doc = {
            "instanceId": c.uid(),
            "seal": c.pick(SEALS),
            "signedAt": hms(moment(c, -2, 0, 8, 20)),
            "fileSha256": hashlib.sha256(pdf).hexdigest(),
            "certSn": c.hexs(16).upper(),
            "alg": "SM2-SM3",
        }
        h = service(c, "Java/1.8.0_392", {"X-Sign-Service": "zj-eseal"})
        c.add(f, "eseal-callback", "POST", "/zzd/approval/api/seal/callback", h, js_doc(doc))
    navigations(c, f, "approval-page", lambda: f"/zzd/approval/detail/{c.digits(10)}.html", ref, 0.1)
    beacons(c, f, "/zzd/approval/api/stat", ["/zzd/approval/index.html"], ref)


# --- mobile-attendance-punch ----------------------------------------------------------------------------------

SITES = {"省府大院": (120.1536, 30.2879), "省大数据局": (120.1299, 30.2705), "之江饭店": (120.1436, 30.2687)}


def bssid(c: Corpus) -> str:
    return ":".join(c.hexs(1) for _ in range(6))


@family("mobile-attendance-punch")
def mobile_attendance_punch(c: Corpus) -> None:
    f = "mobile-attendance-punch"
    ref = f"{SITE}/zzd/attendance/index.html"
    for _ in range(N):
        name = c.pick(list(SITES))
        lng, lat = SITES[name]
        doc = {
            "site": name,
            "lng": round(lng + c.num(-60, 60) / 100000, 6),
            "lat": round(lat + c.num(-60, 60) / 100000, 6),
            "accuracy": c.num(5, 40),
            "coordType": "gcj02",
            "ssid": c.pick(["ZJGOV-OFFICE", "ZJGOV-5G", "zhengwu"]),
            "bssid": bssid(c),
            "deviceId": c.hexs(16),
            "checkType": c.pick(["OnDuty", "OffDuty"]),
            "ts": c.ms(),
        }
        c.add(f, "punch", "POST", "/zzd/attendance/api/punch", zzd(c, JSON_CT), js_doc(doc))
    for _ in range(N):
        h = zzd(c)
        ctype, body = c.multipart(
            c.browser(1.0),
            [
                ("lng", f"{120 + c.num(0, 19000) / 10000:.6f}"),
                ("lat", f"{28 + c.num(0, 20000) / 10000:.6f}"),
                ("address", c.pick(CITIES) + c.pick(["人民政府", "行政服务中心"])),
                ("remark", "外出 督查"),
                ("photo", (f"IMG_{c.digits(8)}.jpg", "image/jpeg", jpeg(c, c.num(900, 2400)))),
            ],
        )
        h["Content-Type"] = ctype
        c.add(f, "field-punch", "POST", "/zzd/attendance/api/outside", h, body)
    for _ in range(N):
        d = today(c) - timedelta(days=c.num(1, 10))
        fields = [
            ("date", ymd_of(d)),
            ("checkType", c.pick(["OnDuty", "OffDuty"])),
            ("time", c.pick(["08:30", "17:30"])),
            ("reason", c.pick(["手机 没电 未 打卡", "参加 早会 忘记 打卡"])),
        ]
        c.add(f, "punch-correction", "POST", "/zzd/attendance/fix/apply.do", jq_form(c, ref, 0.5), qs(fields, jq))
    for _ in range(N):
        q = [("month", f"{today(c):%Y-%m}"), ("deptId", c.digits(5)), ("export", c.pick(["0", "1"]))]
        c.add(f, "monthly-report", "GET", "/zzd/attendance/api/report?" + qs(q, axios), console(c, None, ref))
    for _ in range(N):
        on = today(c)
        monday = on - timedelta(days=on.weekday()) + timedelta(days=7)
        doc = {
            "deptId": c.digits(5),
            "week": ymd_of(monday),
            "rows": [
                {
                    "date": ymd_of(monday + timedelta(days=i)),
                    "shift": c.pick(["A 08:30-17:00", "B 12:00-20:30"]),
                    "staff": [c.person() for _ in range(2)],
                }
                for i in range(7)
            ],
        }
        c.add(f, "shift-schedule", "POST", "/zzd/attendance/api/schedule", console(c, JSON_CT, ref), js_doc(doc))
    for _ in range(N):
        name = c.pick(list(SITES))
        doc = {
            "site": name,
            "lng": SITES[name][0],
            "lat": SITES[name][1],
            "radius": c.pick([100, 200, 300, 500]),
            "coordType": "gcj02",
        }
        c.add(f, "geofence-config", "POST", "/zzd/attendance/api/fence", console(c, JSON_CT, ref), js_doc(doc))
    for _ in range(N):
        doc = {
            "site": c.pick(list(SITES)),
            "wifi": [{"ssid": c.pick(["ZJGOV-OFFICE", "ZJGOV-5G"]), "bssid": bssid(c)} for _ in range(c.num(1, 4))],
        }
        c.add(f, "wifi-bind", "POST", "/zzd/attendance/api/wifi", console(c, JSON_CT, ref), js_doc(doc))
    for _ in range(N):
        s = moment(c, -5, 5, 18, 21)
        hours = c.num(1, 4)
        doc = {
            "start": hms(s),
            "end": hms(s + timedelta(hours=hours)),
            "hours": hours,
            "reason": c.pick(["防汛 应急 值守", "材料 赶 报"]),
        }
        c.add(f, "overtime-apply", "POST", "/zzd/attendance/api/overtime", zzd(c, JSON_CT), js_doc(doc))
    navigations(
        c, f, "attendance-page", lambda: f"/zzd/attendance/{c.pick(['index', 'rules', 'calendar'])}.html", ref, 0.0
    )
    beacons(c, f, "/zzd/attendance/api/stat", ["/zzd/attendance/index.html"], ref)


# --- survey-vote-builder -----------------------------------------------------------------------------------------

QUESTIONS = [
    ("Q1", "single", "您 所在 单位 类型", ["省直", "市级", "县级"]),
    ("Q2", "single", "是否 使用 过 在线 表格", ["是", "否"]),
    ("Q3", "single", "是否 愿意 参加 培训", ["是", "否"]),
    ("Q4", "multi", "希望 培训 的 内容", ["日程", "文档", "表格", "审批"]),
    ("Q5", "rating", "对 平台 的 满意度（1-5）", []),
    ("Q6", "text", "其他 意见 建议", []),
]
LOGIC = ['Q3 == "是" && Q5 > 2', 'Q2 == "否"', 'Q1 != "县级" || Q5 >= 4', '!(Q3 == "否")']


@family("survey-vote-builder")
def survey_vote_builder(c: Corpus) -> None:
    f = "survey-vote-builder"
    ref = f"{SITE}/zzd/survey/index.html"
    for _ in range(N):
        qs_ = [{"id": i, "type": t, "title": ti, "options": o, "required": t != "text"} for i, t, ti, o in QUESTIONS]
        doc = {
            "title": c.pick(["平台 使用 情况 调查", "培训 需求 调查"]),
            "questions": qs_,
            "logic": [{"show": "Q4", "when": LOGIC[0]}, {"show": "Q6", "when": c.pick(LOGIC[1:])}],
            "anonymous": c.chance(0.7),
        }
        c.add(f, "survey-create", "POST", "/zzd/survey/api/create", console(c, JSON_CT, ref), js_doc(doc))
    for _ in range(N):
        doc = {"expression": c.pick(LOGIC), "questions": [q[0] for q in QUESTIONS]}
        c.add(f, "logic-validate", "POST", "/zzd/survey/api/logic/check", console(c, JSON_CT, ref), js_doc(doc))
    for _ in range(N):
        a = {"Q1": c.pick(QUESTIONS[0][3]), "Q2": c.pick(["是", "否"]), "Q3": c.pick(["是", "否"]), "Q5": c.num(1, 5)}
        if a["Q3"] == "是" and a["Q5"] > 2:
            a["Q4"] = c.sample(QUESTIONS[3][3], c.num(1, 3))
        doc = {"surveyId": c.hexs(6), "answers": a, "duration": c.num(30, 400)}
        h = zzd(c, JSON_CT) if c.chance(0.6) else wx_h5(c, JSON_CT, f"{SITE}/zzd/survey/s/{c.hexs(6)}.html")
        c.add(f, "answer-submit", "POST", "/zzd/survey/api/answer", h, js_doc(doc))
    for _ in range(N):
        opts = c.sample(
            ["张三（秘书一处）", "李四（督查室）", "王五（综合处）", "赵六（值班室）", "钱七（信息处）"], c.num(3, 5)
        )
        doc = {
            "title": "2027 年度 优秀 公务员 民主 推荐",
            "options": opts,
            "maxChoices": c.num(1, len(opts) - 1),
            "deadline": hms(moment(c, 1, 5, 17, 18)),
        }
        c.add(f, "vote-create", "POST", "/zzd/survey/api/vote/create", console(c, JSON_CT, ref), js_doc(doc))
    for _ in range(N):
        doc = {"voteId": c.hexs(6), "choices": sorted(c.sample(range(5), c.num(1, 2)))}
        c.add(f, "vote-cast", "POST", "/zzd/survey/api/vote/cast", zzd(c, JSON_CT), js_doc(doc))
    for _ in range(N):
        q = [
            ("surveyId", c.hexs(6)),
            ("format", c.pick(["xlsx", "csv"])),
            ("filter", c.pick(['Q3 == "是"', "", "Q5 >= 4"])),
        ]
        c.add(f, "result-export", "GET", "/zzd/survey/api/export?" + qs(q, axios), console(c, None, ref))
    for _ in range(N):
        rows: list[list[object]] = [["题号", "题型", "题目", "选项"]] + [
            [i, t, ti, "|".join(o)] for i, t, ti, o in QUESTIONS
        ]
        h, body = upload(
            c, [("surveyId", c.hexs(6)), ("file", ("题目导入模板.xlsx", XLSX_CT, xlsx(rows, "题目")))], ref, 0.0
        )
        c.add(f, "question-import", "POST", "/zzd/survey/api/import", authed(h, c), body)
    navigations(c, f, "survey-preview", lambda: f"/zzd/survey/preview/{c.hexs(6)}.html", ref, 0.0)
    navigations(c, f, "survey-share-page", lambda: f"/zzd/survey/s/{c.hexs(6)}.html", ref, 0.8)
    beacons(c, f, "/zzd/survey/api/stat", ["/zzd/survey/index.html"], ref)


# --- edi-data-exchange -----------------------------------------------------------------------------------------

EDI_FIRMS = [
    "ZHEJIANG HUAYUAN CO., LTD'S",
    "NINGBO PORT LOGISTICS+TRADE",
    "WENZHOU SHOES CO. LTD? (EXPORT)",
    "YIWU MARKET 50% OFF",
]


def edi_release(s: str) -> str:
    """UN/EDIFACT release character: ? before ? ' + and :."""
    return "".join("?" + ch if ch in "?'+:" else ch for ch in s)


def edi_segments(text: str) -> list[str]:
    """The segments of an interchange after its UNA: split at ' terminators, not at released ones (?')."""
    segs, cur, i, body = [], "", 0, text[9:]
    while i < len(body):
        if body[i] == "?":
            cur += body[i : i + 2]
            i += 2
        elif body[i] == "'":
            segs.append(cur)
            cur, i = "", i + 1
        else:
            cur, i = cur + body[i], i + 1
    return segs


def edifact(c: Corpus) -> tuple[str, str]:
    """An INVRPT interchange: UNA, UNB, one message whose UNT counts its segments, UNZ counting the message."""
    ref = c.digits(9)
    when = moment(c, -20, 0, 8, 20)
    items = [(f"{c.digits(13)}", c.num(1, 5000)) for _ in range(c.num(1, 5))]
    seg = [
        "UNH+1+INVRPT:D:96A:UN",
        f"BGM+35+{c.digits(8)}+9",
        f"DTM+137:{when:%Y%m%d%H%M}:203",
        f"NAD+SU+{c.digits(13)}::9++{edi_release(c.pick(EDI_FIRMS))}",
        f"FTX+AAI+++{edi_release(c.pick(['STOCK AS OF MONTH END: 3+1 PACKS', 'QTY? SEE LINE 2', 'NOTE: 100%']))}",
    ]
    for i, (gtin, qty) in enumerate(items, 1):
        seg += [f"LIN+{i}++{gtin}:SRV", f"QTY+145:{qty}:PCE"]
    seg.append(f"UNT+{len(seg) + 1}+1")
    text = (
        "UNA:+.? '"
        + f"UNB+UNOC:3+ZJTJ{c.digits(4)}:ZZZ+ZJSTATS:ZZZ+{when:%y%m%d}:{when:%H%M}+{ref}'"
        + "".join(s + "'" for s in seg)
        + f"UNZ+1+{ref}'"
    )
    return text, ref


def isa(c: Corpus, when: datetime, control: str) -> str:
    """An X12 ISA of exactly 106 characters: its elements padded to their fixed widths."""
    parts = [
        "ISA",
        "00",
        " " * 10,
        "00",
        " " * 10,
        "ZZ",
        f"ZJSW{c.digits(6)}".ljust(15),
        "ZZ",
        "ZJCOMMERCE".ljust(15),
        f"{when:%y%m%d}",
        f"{when:%H%M}",
        "U",
        "00401",
        control,
        "0",
        c.pick(["P", "T"]),
        ">",
    ]
    return "*".join(parts) + "~"


def x12_810(c: Corpus) -> str:
    when = moment(c, -20, 0, 8, 20)
    control = c.digits(9)
    lines = [(c.num(1, 500), Decimal(c.num(100, 99999)) / 100) for _ in range(c.num(1, 4))]
    total = sum((q * p for q, p in lines), Decimal(0))
    st = ["ST*810*0001", f"BIG*{when:%Y%m%d}*INV{c.digits(6)}", "N1*ST*ZHEJIANG HUAYUAN CO LTD*92*ZJ001"]
    st += [f"IT1*{i}*{q}*EA*{p:.2f}**VP*SKU{c.digits(5)}" for i, (q, p) in enumerate(lines, 1)]
    st.append(f"TDS*{int(total * 100)}")
    st.append(f"SE*{len(st) + 1}*0001")
    gs = [f"GS*IN*ZJSW*ZJCOMMERCE*{when:%Y%m%d}*{when:%H%M}*1*X*004010", *st, "GE*1*1"]
    return isa(c, when, control) + "".join(s + "~" for s in gs) + f"IEA*1*{control}~"


def x12_997(c: Corpus) -> str:
    when = moment(c, -20, 0, 8, 20)
    control = c.digits(9)
    st = ["ST*997*0001", f"AK1*IN*{c.num(1, 999)}", "AK9*A*1*1*1"]
    st.append(f"SE*{len(st) + 1}*0001")
    gs = [f"GS*FA*ZJCOMMERCE*ZJSW*{when:%Y%m%d}*{when:%H%M}*2*X*004010", *st, "GE*1*2"]
    return isa(c, when, control) + "".join(s + "~" for s in gs) + f"IEA*1*{control}~"


FIXED = [("统计 代码", 6), ("单位 代码", 18), ("指标", 8), ("数值", 14), ("期别", 6)]


def fixed_width(c: Corpus) -> str:
    """统计 直报 fixed-width lines (ASCII): 区划 6, 信用 代码 18, 指标 8, 数值 14 right-aligned, 期别 6; CRLF."""
    out = []
    for _ in range(c.num(3, 10)):
        value = f"{c.num(0, 99999999)}.{c.digits(2)}"
        region, unit, item = c.pick(["330100", "330200", "330300", "330400"]), "91330" + c.digits(13), "A" + c.digits(7)
        out.append(f"{region}{unit}{item}{value.rjust(14)}{today(c):%Y%m}")
    return "\r\n".join(out) + "\r\n"


@family("edi-data-exchange")
def edi_data_exchange(c: Corpus) -> None:
    f = "edi-data-exchange"
    ref = f"{SITE}/zzd/edi/index.html"
    for _ in range(N):
        text, ref_no = edifact(c)
        h = service(c, "Apache-HttpClient/4.5.14 (Java/17.0.10)", {"X-Interchange-Ref": ref_no}, "application/EDIFACT")
        c.add(f, "edifact-post", "POST", "/zzd/edi/as2/edifact", h, text)
    for _ in range(N):
        text, _ref = edifact(c)
        h, body = upload(
            c,
            [
                ("partner", "ZJSTATS"),
                ("file", (f"INVRPT_{c.digits(6)}.edi", "application/EDIFACT", text.encode("latin-1"))),
            ],
            ref,
            0.0,
        )
        c.add(f, "edifact-upload", "POST", "/zzd/edi/api/upload", authed(h, c), body)
    for _ in range(N):
        c.add(
            f,
            "x12-810-post",
            "POST",
            "/zzd/edi/as2/x12",
            service(c, "Go-http-client/1.1", {"X-Partner": "ZJSW"}, "application/EDI-X12"),
            x12_810(c),
        )
    for _ in range(N):
        c.add(
            f,
            "x12-997-ack",
            "POST",
            "/zzd/edi/as2/x12",
            service(c, "Go-http-client/1.1", {"X-Partner": "ZJCOMMERCE"}, "application/EDI-X12"),
            x12_997(c),
        )
    for _ in range(N):
        h = service(c, "python-requests/2.32.3", {"X-Layout": "ZJTJ-80"}, "text/plain; charset=us-ascii")
        c.add(f, "fixed-width-upload", "POST", "/zzd/edi/api/fixed", h, fixed_width(c))
    for _ in range(N):
        text, _ref = edifact(c)
        doc = {"syntax": "EDIFACT", "content": text, "segments": len(edi_segments(text)), "messages": 1}
        c.add(f, "edi-validate", "POST", "/zzd/edi/api/validate", console(c, JSON_CT, ref), js_doc(doc))
    for _ in range(N):
        fields = [
            ("partnerId", c.pick(["ZJSTATS", "ZJCOMMERCE", "NBPORT"])),
            ("qualifier", c.pick(["ZZ", "01", "14"])),
            ("syntax", c.pick(["UNOC:3", "X12 004010"])),
            ("separators", c.pick(["+:'?", "*>~"])),
            ("as2Url", "https://edi.example.gov.cn/as2"),
        ]
        c.add(f, "partner-config", "POST", "/zzd/edi/partner/save.do", jq_form(c, ref, 0.0), qs(fields, jq))
    for _ in range(N):
        end = today(c)
        q = [
            ("from", ymd_of(end - timedelta(days=c.num(1, 30)))),
            ("to", ymd_of(end)),
            ("status", c.pick(["ok", "error", ""])),
            ("ref", c.pick(["", c.digits(9)])),
        ]
        c.add(f, "exchange-log", "GET", "/zzd/edi/api/log?" + qs(q, axios), console(c, None, ref))
    navigations(c, f, "edi-page", lambda: f"/zzd/edi/{c.pick(['index', 'guide', 'partners'])}.html", ref, 0.0)
    beacons(c, f, "/zzd/edi/api/stat", ["/zzd/edi/index.html"], ref)


# --- platform-admin-console -------------------------------------------------------------------------------------

CRONS = ["0 0/30 9-17 ? * MON-FRI", "0 0 2 * * ?", "0 15 8 ? * MON", "0 0 18 L * ?", "0 0/5 * * * ?", "0 30 7 1,15 * ?"]
SCOPES = ["openid", "profile", "email", "phone", "contact:read", "calendar:write", "approval:read"]


def pkce(c: Corpus) -> tuple[str, str]:
    verifier = c.b64(32, True)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).decode().rstrip("=")
    return verifier, challenge


@family("platform-admin-console")
def platform_admin_console(c: Corpus) -> None:
    f = "platform-admin-console"
    ref = f"{SITE}/zzd/admin/index.html"
    for _ in range(N):
        name = c.pick(["duban", "sheet", "edi", "mail-archive", "hr"])
        doc = {
            "name": name,
            "redirectUris": [
                f"https://{name}.example.gov.cn/oauth/callback",
                f"https://{name}.example.gov.cn/login/oidc",
            ],
            "scopes": c.sample(SCOPES, c.num(2, 5)),
            "grantTypes": ["authorization_code", "refresh_token"],
            "pkce": True,
        }
        c.add(f, "app-register", "POST", "/zzd/admin/api/apps", console(c, JSON_CT, ref), js_doc(doc))
    for _ in range(N):
        doc = {
            "job": c.pick(["duban-card-daily", "ldif-sync", "mail-archive", "calendar-reminder"]),
            "cron": c.pick(CRONS),
            "timezone": "Asia/Shanghai",
            "enabled": True,
        }
        c.add(f, "cron-job-save", "POST", "/zzd/admin/api/jobs", console(c, JSON_CT, ref), js_doc(doc))
    for _ in range(N):
        doc = {
            "url": f"https://{c.pick(['duban', 'oa', 'edi'])}.example.gov.cn/hooks/zzd?tenant={c.digits(4)}",
            "event": c.pick(["user.created", "approval.finished", "calendar.updated"]),
            "secret": c.alnum(32),
        }
        c.add(f, "webhook-test", "POST", "/zzd/admin/api/webhooks/test", console(c, JSON_CT, ref), js_doc(doc))
    for _ in range(N):
        d = today(c)
        q = [
            (
                "q",
                c.pick(
                    [
                        f'user:{c.pick(PINYIN)} AND action:"login"',
                        "ip:10.12.* AND NOT status:200",
                        f"action:(export OR download) AND ts:[{ymd_of(d - timedelta(days=30))} TO {ymd_of(d)}]",
                    ]
                ),
            ),
            ("size", 50),
        ]
        c.add(f, "audit-log-search", "GET", "/zzd/admin/api/audit?" + qs(q, axios), console(c, None, ref))
    for _ in range(N):
        _v, challenge = pkce(c)
        app = c.pick(["duban", "sheet", "edi"])
        q = [
            ("response_type", "code"),
            ("client_id", f"{app}-{c.hexs(4)}"),
            ("redirect_uri", f"https://{app}.example.gov.cn/oauth/callback"),
            ("scope", "openid profile contact:read"),
            ("state", c.b64(12, True)),
            ("nonce", c.b64(12, True)),
            ("code_challenge", challenge),
            ("code_challenge_method", "S256"),
        ]
        c.add(
            f,
            "oidc-authorize",
            "GET",
            "/oauth2/authorize?" + qs(q, axios),
            c.headers(c.browser(0.3), kind="nav", referer=f"https://{app}.example.gov.cn/", site="same-site"),
        )
    for _ in range(N):
        q = [("code", c.b64(24, True)), ("state", c.b64(12, True))]
        c.add(
            f,
            "oidc-callback",
            "GET",
            "/zzd/admin/login/oidc/callback?" + qs(q, axios),
            c.headers(c.browser(0.1), kind="nav", referer=f"{SITE}/oauth2/authorize", site="same-origin"),
        )
    for _ in range(N):
        verifier, _c = pkce(c)
        fields = [
            ("grant_type", "authorization_code"),
            ("code", c.b64(24, True)),
            ("redirect_uri", "https://duban.example.gov.cn/oauth/callback"),
            ("code_verifier", verifier),
            ("client_id", f"duban-{c.hexs(4)}"),
        ]
        c.add(
            f,
            "token-exchange",
            "POST",
            "/oauth2/token",
            service(c, "Java/17.0.10", None, "application/x-www-form-urlencoded"),
            qs(fields, jq),
        )
    for _ in range(N):
        doc = {
            "app": c.pick(["duban", "edi", "sheet"]),
            "cidrs": [f"10.{c.num(0, 255)}.{c.num(0, 255)}.0/24" for _ in range(c.num(1, 4))],
            "comment": "政务 外网 出口",
        }
        c.add(f, "ip-allowlist", "POST", "/zzd/admin/api/allowlist", console(c, JSON_CT, ref), js_doc(doc))
    navigations(
        c, f, "admin-page", lambda: f"/zzd/admin/{c.pick(['apps', 'jobs', 'audit', 'webhooks'])}.html", ref, 0.0
    )
    beacons(c, f, "/zzd/admin/api/stat", ["/zzd/admin/index.html"], ref)


# --- generation, check and files -------------------------------------------------------------------


def gen() -> list[dict]:
    return generate(Corpus(SEED), FAMILIES)


def check(rec: dict) -> list[str]:
    """What is wrong with one record as an HTTP request (empty: nothing): tests/waf/data/corpus_kit.py."""
    return check_record(rec, SOURCES)


if __name__ == "__main__":
    write_corpus(gen(), check, split, TUNING_FILE, HELD_OUT_FILE, len(FAMILIES))
