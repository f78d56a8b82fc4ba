"""Generate corpus V: a TWENTY-SECOND set of ordinary requests to Chinese government sites, independent of A-U.

    python tests/waf/data/gen_cms_corpus_v.py   # writes cms_v_tuning.jsonl and cms_v_heldout.jsonl next to it

Why another corpus: each fresh corpus so far has found kinds of ordinary traffic the earlier ones lacked, and
V measures the WAF's false positives on traffic no tuning round has seen. Corpus V is a month of ordinary traffic
to one PREFECTURE CITY's (地级市: 安徽省 安庆市 as the model) culture, education, 人大/政协 and social-affairs
sites and services, hosted on the provincial cloud, and none of A-U has these kinds: 地方志/古籍 众包 校对 (OCR
lines corrected in 繁體 with 异体字 and CJK Extension B characters, 校勘记 notes, 句读 suggestions, 异体字 lookups);
档案 查阅 利用 (查档 预约 in opening hours, 利用 证明 with 授权 委托书, 异地 查档 跨馆 出具, 婚姻 档案 查询, 捐赠
意向); 博物馆 预约 (实名 个人 and 团体 bookings with member lists, 讲解 预约 and its fee, 藏品 检索 with 年代/质地,
语音 导览 byte ranges); 文物 保护 (建设 工程 考古 调查 勘探 申请 with CGCS2000 界址点 and their area, 不可移动
文物 查询, 文物 保护员 巡查 from an App, 民间 收藏 鉴定 预约, 线索 举报); 校外 培训 监管 (机构 and 课程 查询, 购课
within 60 课时/3 个月 at no more than the 指导价 +10%, 消课, 退费, 投诉); 学生 资助 (家庭 经济 困难 认定 with
family incomes, 生源地 信用 助学 贷款 within its caps, 新生 入学 路费); 中考 体育 (选考 项目, 成绩 by the 评分 表,
times written 3'45", device pushes, 免考 申请); 人大 代表 联络站 (选民 登记 查询 with the age line on 选举日, 接待
预约, 选民 留言, 履职 登记, 述职 测评); 政协 委员 履职 (社情民意 信息 with 联名, 履职 积分 that add up, 读书 心得,
协商 议题, 会议 请假 and 签到); 红十字 (造血干细胞 and 器官 捐献 登记 with their age lines, 救护员 培训 and 复训,
AED 地图, 捐款, 人道 救助); 网上 祭扫 and 节地 生态 安葬 (清明 祭扫 预约, 云 纪念馆, 留言 free text, 英烈 寻亲,
奖补); and 家校 服务 (课后 服务 报名 and its fee, 社团 选课, 校服 号型, 请假, 研学 旅行). Desktop browsers, 微信
内置 浏览器, mobile Safari, 小程序, a native App and test devices send them. ``SOURCES`` names the public material
each family's URLs, parameters, headers and bodies follow; values are generated deterministically (``SEED``);
HOST is a placeholder the evaluation replaces. Where the receiving services check something (身份 证号 and 统一
社会 信用 代码 check characters, ages on a given day, GB/T 2260 codes, dates in order and on opening days, time
slots within opening hours, sums, fees, caps, score tables, polygon areas, Unicode code points, upload magic
bytes) the generator does it for real, so the fast tests can check the requests the way the receiving servers
would. Nothing here is an attack: every value is what the real service really receives.

Each request is one JSONL record as in corpora A-U (method, path, headers, body or body_b64) tagged with its
``family``, ``shape``, ``source`` and ``label`` = family/shape, and passes corpus_kit.check_record.

THE SPLIT is corpus_kit.HashSplit's rule with the salt "corpus-v/", decided and written down here before the
corpus was generated and before anything was evaluated (no WAF result on V was seen by its author; docs/waf.md,
held-out discipline): the three families whose sha256("corpus-v/<family>") hex digests sort first are held out
whole, and no tuning may see them; in every other family a (family, shape) group is held out when
sha256("corpus-v/<family>/<shape>") has a first byte divisible by 4; everything else is the tuning part. Made
once; never re-split, edited or regenerated to pass.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # run as a script from anywhere

from tests.waf.data import gen_cms_corpus_u as corpus_u
from tests.waf.data.corpus_kit import (
    SITE,
    HashSplit,
    check_record,
    family_registry,
    generate,
    part_files,
    write_corpus,
)
from tests.waf.data.gen_cms_corpus_e import JSON_CT, axios, form, jpeg, jq, js_json, qs  # E's
from tests.waf.data.gen_cms_corpus_f import USCC_CHARS, USCC_WEIGHTS, pdf_head, png  # F's
from tests.waf.data.gen_cms_corpus_k import ID_WEIGHTS  # K's
from tests.waf.data.gen_cms_corpus_l import app_headers, bearer, miniprogram, shoelace_ha  # L's
from tests.waf.data.gen_cms_corpus_m import DOCX_CT, docx, upload, web  # M's browser helpers
from tests.waf.data.gen_cms_corpus_n import service  # N's back-end client
from tests.waf.data.gen_cms_corpus_q import jq_form  # Q's
from tests.waf.data.gen_cms_corpus_r import beacon, img_get, page  # R's
from tests.waf.data.gen_cms_corpus_s import okhttp_multipart, wx_upload  # S's App and 小程序 uploads
from tests.waf.data.gen_cms_corpus_u import media_get  # U's

TUNING_FILE, HELD_OUT_FILE = part_files("v")
SEED = 20300417
SALT = "corpus-v/"

SOURCES = {
    "gazetteer-proofread": "地方志/古籍 众包 校对 platforms (国家图书馆 “中华古籍资源库” and 上海图书馆 家谱 众包 "
    "识别 as models; 中国 地方志 指导 小组 《地方志书质量规定》, 《通用规范汉字表》 and the Unicode CJK Unified "
    "Ideographs with Extension B): 校对 任务 lists, 页面 OCR 文本 and 页 图, 逐行 校对 提交 in 繁體 with 异体字, "
    "校勘记 notes giving code points, 异体字 字典 lookups, 句读/标点 建议, 审校 (采纳/驳回), 繁简 异体 联想 全文 "
    "检索, 贡献 排行",
    "archives-utilization": "《中华人民共和国档案法》(2020 修订) 第二十七条、第二十八条 档案 开放 利用 and 国家 "
    "档案局 “异地 查档、跨馆 出具” 便民 服务 as 市 档案馆 网上 查档 runs it: 查档 预约 (开放 日 and 时段), 利用 证明 "
    "申请 (婚姻 登记 档案, 知青 档案, 招工 档案, 学籍 档案) with 身份 证件 and 授权 委托书 uploads, 跨馆 出具, 进度 "
    "查询, 查档 结果 PDF, 婚姻 档案 自助 查询 (民政部 《婚姻登记档案管理办法》), 档案 征集 捐赠 意向, 取消",
    "museum-visit": "《博物馆条例》(国务院令 第659号) and 国家 文物局 博物馆 预约 参观 (实名 分时 预约, 周一 闭馆, "
    "团体 预约 with 成员 名单 and 领队), 讲解 预约 (讲解 批次 and 收费), 国家 文物局 "
    "《可移动文物普查藏品登录操作手册》 藏品 fields (名称, 年代, 质地, 尺寸, 级别) in 藏品 检索 and 详情, 展览 列表, "
    "HTML5 <audio> 语音 导览 with HTTP Range requests (RFC 9110 §14), 取消 预约",
    "relic-protection": "《中华人民共和国文物保护法》(2024 修订: 建设 工程 “先 考古、后 出让”) and 国家 文物局 "
    "基本 建设 考古 工作 要求 as 市 文物局 runs them: 考古 调查 勘探 申请 (建设 单位 统一 社会 信用 代码, 用地 红线 "
    "界址点 in CGCS2000 3° zone 39, 面积), 红线 图 uploads, 不可移动 文物 (全国 重点/省级/市县级 文物 保护 单位) "
    "查询 and 保护 范围 GeoJSON, 文物 保护员 巡查 App reports and photos, 民间 收藏 文物 鉴定 咨询 预约, 文物 违法 "
    "线索 举报, 办理 进度",
    "after-school-training": "全国 校外 教育 培训 监管 与 服务 综合 平台 (家长 端) and 教育部 等 六 部门 "
    "《关于加强校外培训机构预收费监管工作的通知》(2021: 不得 收取 时间 跨度 超过 3 个月 或 60 课时 的 费用; 预收费 "
    "进入 监管 账户) with 省 发展改革委 校外 培训 政府 指导价 (基准 收费 标准, 上浮 不 超过 10%): 机构 查询, 机构 "
    "详情, 课程 列表, 购课, 消课 确认, 退费 申请 (剩余 课时 × 单价), 投诉 with screenshots, 指导价 查询, "
    "白名单/黑名单 公告",
    "student-aid": "全国 学生 资助 管理 中心 and 财政部 教育部 人民银行 金融 监管 总局 "
    "《关于调整国家助学贷款有关政策的通知》(2023: 本专科生 每年 不超过 16000 元, 研究生 不超过 20000 元, 利率 LPR 减 "
    "60 个 基点; 期限 学制 + 15 年 最长 22 年), 教育部 等 六 部门 "
    "《关于做好家庭经济困难学生认定工作的指导意见》(教财〔2018〕16号: 认定 档次), 生源地 信用 助学 贷款 申请 and "
    "续贷 回执, 贷款 试算, 助学金 发放 查询, 新生 入学 资助 (省内 500 元, 省外 1000 元), 资助 热线 留言, 高校 名单, "
    "受理 进度",
    "pe-exam": "市 教育局 初中 学业 水平 考试 体育 与 健康 考试 实施 方案 (必考 男子 1000 米/女子 800 米 + 选考 "
    "two items from two groups, 评分 标准 表) and 《国家学生体质健康标准》(2014 修订) 测试 项目: 选考 项目 确认, "
    "成绩 查询 (准考证号, 身份 证号 后 6 位), 测试 仪器 数据 推送 (results as seconds and 3'45\" displays), 免考/缓考 "
    "申请 with 二级 以上 医院 诊断 证明, 复核 申请, 考点 查询, 准考证 PDF, 模拟 测试 录入, 评分 标准 page",
    "npc-deputy-liaison": "《中华人民共和国全国人民代表大会和地方各级人民代表大会选举法》 (选民 登记: 年满 十八 "
    "周岁 on 选举日, 选区), 《中华人民共和国全国人民代表大会和地方各级人民代表大会代表法》 and 市 人大 常委会 人大 "
    "代表 “家站” (代表 联络站) 平台: 选民 登记 查询, 选区 查询 by address, 联络站 列表, 接待 日 预约, 选民 留言 "
    "(long prose), 代表 履职 登记 from the 代表 App (视察/调研 dates and 天数), 述职 测评 counts, 代表 名单, 留言 "
    "办理 查询",
    "cppcc-member-duty": "《中国人民政治协商会议章程》, 全国 政协 社情民意 信息 工作 and 市 政协 委员 履职 服务 "
    "平台 (委员 履职 积分 管理 办法: 积分 by 履职 类型; 政协 委员 读书 活动; 协商 议题 征集): 社情民意 信息 报送 "
    "(情况、问题、建议 prose, 联名 委员) and DOCX 稿件, 履职 积分 查询 and 登记, 会议 请假, 读书 心得 (《书名》), "
    "协商 议题 建议, 委员 工作室 活动, 小程序 会议 签到",
    "red-cross-service": "中国 红十字会: 中国 造血干细胞 捐献者 资料库 (中华 骨髓库) 入库 登记 (18-45 周岁), 中国 "
    "人体 器官 捐献 管理 中心 志愿 登记 (年满 18 周岁, 家属 知情), 《红十字会 应急 救护 培训》 救护员 证 (有效期 3 "
    "年, 复训), 证书 查询, AED 地图, 网上 捐款 (公益 捐赠 票据), 人道 救助 申请 (医疗 费用 自付 部分), 采样 点, 新闻 "
    "pages",
    "online-memorial": "民政部 等 九 部门 《关于推行节地生态安葬的指导意见》(民发〔2016〕21号) and 市 节地 生态 "
    "安葬 奖补 办法, 民政部 清明节 祭扫 服务 (预约 限流, 网上 祭扫, 代 祭扫), 退役 军人 事务部 中华 英烈 网 (烈士 "
    "英名录, 网上 祭扫, 烈士 寻亲): 现场 祭扫 预约, 云 纪念馆 创建 with photos, 留言, 献花/点烛, 英烈 检索, 寻亲 "
    "线索, 生态 安葬 申请 and 奖补, 代 祭扫, 纪念馆 pages",
    "school-parent-service": "教育部 《关于做好中小学生课后服务工作的指导意见》(教基一厅〔2017〕2号) and “双减” "
    "5+2 课后 服务, 教育部 等 四 部门 《关于进一步加强中小学生校服管理工作的意见》(教体艺〔2015〕4号) with GB/T "
    "31888-2015 and GB/T 1335 号型 (身高/胸围 A, 5·4 系列), 教育部 等 11 部门 "
    "《关于推进中小学生研学旅行的意见》(教基一〔2016〕8号) as 家校 平台 小程序 and H5 pages run them: 课后 服务 报名 "
    "and 收费, 社团 选课, 校服 征订, 请假, 研学 报名, 通知, 家长会 预约, 接送 卡, 账单",
}

SPLIT = HashSplit(SALT, SOURCES)  # the rule in the docstring (tests/waf/data/corpus_kit.py)
split, HELD_OUT_FAMILIES = SPLIT.split, SPLIT.held_out_families  # split(reqs): (tuning part, held-out part)


# --- the corpus: U's (and so T's, R's, … F's), recording V's sources ------------------------------------


class Corpus(corpus_u.Corpus):
    """U's corpus (values, browsers, header order, day(); SourceTagged): requests are tagged with V's sources."""

    sources = SOURCES


FAMILIES: dict[str, Callable[[Corpus], None]] = {}
family = family_registry(FAMILIES)

N = 14  # requests per (family, shape)

AQ = {  # 安徽省 安庆市 and its 区县: GB/T 2260 行政区划 代码
    "340800": "安庆市",
    "340802": "迎江区",
    "340803": "大观区",
    "340811": "宜秀区",
    "340822": "怀宁县",
    "340825": "太湖县",
    "340826": "宿松县",
    "340827": "望江县",
    "340828": "岳西县",
    "340881": "桐城市",
    "340882": "潜山市",
}
COUNTIES = [k for k in AQ if k != "340800"]
STREETS = ["人民路", "湖心中路", "龙山路", "菱湖南路", "皖江大道", "华中路", "天柱山路", "集贤北路", "纺织南路"]
MOBILE_UA_SHARE = 0.7


def id_check(body: str) -> str:
    """GB 11643 check character of 17 digits."""
    return "10X98765432"[sum(int(d) * w for d, w in zip(body, ID_WEIGHTS, strict=True)) % 11]


def id_born(c: Corpus, born: date) -> str:
    """A 公民身份号码 of a 安庆 区县, born on ``born``."""
    body = f"{c.pick(COUNTIES)}{born:%Y%m%d}{c.num(10, 99)}{c.num(0, 9)}"
    return body + id_check(body)


def born_aged(c: Corpus, on: date, lo: int, hi: int) -> date:
    """A birth date that makes someone between ``lo`` and ``hi`` full years old on ``on``: 1-300 days before
    the ``years``-th birthday that falls on or before ``on``."""
    years = c.num(lo, hi)
    return date(on.year - years, on.month, min(on.day, 28)) - timedelta(days=c.num(1, 300))


def aq_id(c: Corpus, on: date, lo: int = 18, hi: int = 70) -> str:
    return id_born(c, born_aged(c, on, lo, hi))


def mod31(body: str) -> str:
    """GB 32100-2015 check character of the first 17 characters of a 统一社会信用代码."""
    return USCC_CHARS[(31 - sum(USCC_CHARS.index(ch) * w for ch, w in zip(body, USCC_WEIGHTS, strict=True)) % 31) % 31]


def aq_uscc(c: Corpus, kind: str = "91") -> str:
    body = kind + c.pick(list(AQ)) + c.alnum(9, "0123456789MA")
    return body + mod31(body)


def today(c: Corpus) -> date:
    return c.day(0, 0).date()


def open_day(d: date, closed: tuple[int, ...] = (5, 6)) -> date:
    """The first day from ``d`` whose weekday is not in ``closed`` (0 = Monday)."""
    while d.weekday() in closed:
        d += timedelta(days=1)
    return d


def address(c: Corpus) -> str:
    return f"安徽省安庆市{c.pick(['迎江区', '大观区', '宜秀区'])}{c.pick(STREETS)}{c.num(1, 399)}号"


def client(c: Corpus, ref: str, ctype: str | None = JSON_CT, mp: float = 0.3) -> dict[str, str]:
    """A 小程序 or a phone/desktop browser page: most of these services are used from 微信."""
    return miniprogram(c, ctype) if c.chance(mp) else web(c, ctype, MOBILE_UA_SHARE, ref)


# --- gazetteer-proofread -------------------------------------------------------------------------------------

BOOKS = {  # 书 id: (题名, 卷数)
    "AQFZ-KX": ("（康熙）安慶府志", 32),
    "AQFZ-DG": ("（道光）懷寧縣志", 28),
    "TCXZ-DG": ("（道光）續修桐城縣志", 24),
    "QSXZ-MG": ("（民國）潛山縣志", 30),
    "SSXZ-DG": ("（道光）宿松縣志", 28),
}
OCR_LINES = [  # (OCR 结果, 校对 后): the first has OCR errors, the second is the page as printed
    ("安慶府古皖國也禹貢揚州之城", "安慶府，古皖國也。禹貢揚州之域。"),
    ("春秋時爲皖國戰國屬楚秦屬九江郡", "春秋時爲皖國，戰國屬楚，秦屬九江郡。"),
    ("漢置皖縣屬廬江郡後漢因之", "漢置皖縣，屬廬江郡，後漢因之。"),
    ("天柱山在縣西北二十里一名潛山又名皖山", "天柱山，在縣西北二十里，一名潛山，又名皖山。"),
    ("峯巒秀拔高出羣山漢武帝登禮之號爲南嶽", "峯巒秀拔，高出羣山。漢武帝登禮之，號爲南嶽。"),
    ("大觀亭在府城西門外宋時建明萬歷間重修", "大觀亭，在府城西門外，宋時建，明萬曆間重修。"),
    ("振風塔在迎江寺內明隆慶四年建塔凡七級", "振風塔，在迎江寺內，明隆慶四年建，塔凡七級。"),
    ("菱湖在城東北水中多菱故名", "菱湖，在城東北，水中多菱，故名。"),
    ("學宮在府治東宋景祐中建元末燬于兵", "學宮，在府治東，宋景祐中建，元末燬于兵。"),
    ("歲大饑知府某捐俸賑之全活甚衆", "歲大饑，知府某捐俸賑之，全活甚衆。"),
]
VARIANTS = [  # (page character, 正字, kind): 异体字 and rare characters the 校对 keeps as printed
    ("爲", "为", "繁体"),
    ("峯", "峰", "异体"),
    ("羣", "群", "异体"),
    ("燬", "毁", "异体"),
    ("衆", "众", "异体"),
    ("嶽", "岳", "繁体"),
    ("歷", "历", "繁体"),
    ("𠮷", "吉", "异体"),  # U+20BB7, CJK Extension B
    ("𡒄", "坳", "异体"),  # U+21484, CJK Extension B
    ("𨑨", "迢", "异体"),  # U+28468, CJK Extension B
]
NOTES = [
    "“禹貢揚州之城”之“城”，底本作“域”，OCR 誤識，據原書改。",
    "“萬歷”，原書作“萬曆”，避清高宗諱改“歷”；今照底本錄入，另出校記。",
    "此行右下角有蟲蛀，“全活甚衆”之“衆”字殘缺，據（乾隆）志同條補。",
    "版心題“安慶府志卷之三”，頁碼“十二”；眉批一條（朱筆），不錄入正文。",
    "原書小字雙行夾注，校對時以（）標出：“（今名集賢關）”。",
]
UNPUNCTUATED = [
    "皖公山在縣西北二十里與天柱相連其山高峻上有池水清冽四時不竭",
    "宋景定間築城於此以禦元兵城周九里有奇門五東曰樅陽南曰盛唐西曰正觀北曰集賢",
    "邑人好學重氣節明以來科第相望文風之盛甲於江北",
]


def page_id(c: Corpus) -> tuple[str, int, int, str]:
    book = c.pick(list(BOOKS))
    juan, leaf = c.num(1, BOOKS[book][1]), c.num(1, 86)
    return book, juan, leaf, f"{book}-{juan:02d}-{leaf:03d}"


def code_point(ch: str) -> str:
    return f"U+{ord(ch):04X}"


@family("gazetteer-proofread")
def gazetteer_proofread(c: Corpus) -> None:
    f = "gazetteer-proofread"
    ref = f"{SITE}/dfz/jz/index.html"
    for _ in range(N):
        book = c.pick(list(BOOKS))
        q = [("bookId", book), ("juan", c.num(1, BOOKS[book][1])), ("status", c.pick(["todo", "mine", "review"]))]
        q += [("page", c.num(1, 6)), ("size", 20)]
        c.add(f, "task-list", "GET", "/dfz/jz/api/task/list?" + qs(q, axios), web(c, None, 0.2, ref))
    for _ in range(N):
        pid = page_id(c)[3]
        c.add(f, "page-ocr", "GET", f"/dfz/jz/api/page/{pid}/ocr?" + qs([("_", c.ms())], axios), web(c, None, 0.2, ref))
    for _ in range(N):
        book, juan, leaf, _pid = page_id(c)
        size = c.pick(["full", "1600,", "pct:50"])
        path = f"/dfz/jz/img/{book}/{juan:02d}/{leaf:03d}.jpg?" + qs([("size", size)], form)
        c.add(f, "page-image", "GET", path, img_get(c, ref, 0.2))
    for _ in range(N):
        pid = page_id(c)[3]
        lines = []
        for no, (ocr, text) in enumerate(c.sample(OCR_LINES, c.num(2, 5)), 1):
            lines.append({"lineNo": no, "ocr": ocr, "text": text, "changed": ocr != text})
        variants = c.sample(VARIANTS, c.num(0, 3))
        doc = {
            "pageId": pid,
            "lines": lines,
            "variants": [{"char": v, "codePoint": code_point(v), "standard": s, "kind": k} for v, s, k in variants],
            "note": c.pick(["", *NOTES]),
            "punctuation": "新式标点",
            "elapsed": c.num(120, 2400),
        }
        h = web(c, JSON_CT, 0.2, ref)
        h["Authorization"] = bearer(c)
        c.add(f, "proof-submit", "POST", f"/dfz/jz/api/page/{pid}/proof", h, js_json(doc))
    for _ in range(N):
        ch = c.pick(VARIANTS)[c.pick([0, 1])]
        q = [("char", ch), ("source", c.pick(["教育部异体字字典", "汉语大字典", "康熙字典"]))]
        c.add(f, "variant-lookup", "GET", "/dfz/jz/api/zi/variant?" + qs(q, axios), web(c, None, 0.2, ref))
    for _ in range(N):
        fields = [
            ("text", c.pick(UNPUNCTUATED)),
            ("model", c.pick(["guwen-punct-v2", "guwen-punct-v3"])),
            ("mode", "juDou"),
        ]
        c.add(f, "punctuation-suggest", "POST", "/dfz/jz/api/tools/punct", jq_form(c, ref, 0.1), qs(fields, jq))
    for _ in range(N):
        word = c.pick(["皖國", "天柱山", "振風塔", "菱湖", "學宮", "大觀亭", "南嶽", "集賢關", "桐城派"])
        q = [("q", word), ("fanjian", "1"), ("variant", c.pick(["1", "0"])), ("book", c.pick(["", *BOOKS]))]
        q += [("sort", c.pick(["relevance", "juan"])), ("page", c.num(1, 4))]
        c.add(f, "fulltext-search", "GET", "/dfz/api/search?" + qs(q, axios), web(c, None, 0.4, f"{SITE}/dfz/"))
    for _ in range(N):
        ocr, text = c.pick(OCR_LINES)
        accept = c.chance(0.7)
        doc = {
            "taskId": c.uid(),
            "pageId": page_id(c)[3],
            "lineNo": c.num(1, 12),
            "before": ocr,
            "after": text,
            "decision": "accept" if accept else "reject",
            "reason": ""
            if accept
            else c.pick(["“萬歷”應照底本作“萬曆”，不宜回改。", "標點與體例不符：引文用“”，不用「」。"]),
        }
        h = web(c, JSON_CT, 0.1, ref)
        h["Authorization"] = bearer(c)
        c.add(f, "diff-review", "POST", "/dfz/jz/api/review/decide", h, js_json(doc))
    for _ in range(N):
        q = [("period", c.pick(["week", "month", "all"])), ("top", c.pick([10, 20, 50]))]
        c.add(f, "contributor-rank", "GET", "/dfz/jz/api/rank?" + qs(q, axios), web(c, None, 0.3, ref))


# --- archives-utilization -------------------------------------------------------------------------------------

ARCHIVE_SLOTS = ["08:30-09:30", "09:30-10:30", "10:30-11:30", "14:30-15:30", "15:30-17:00"]
ARCHIVE_OPEN = ("08:30", "11:30", "14:30", "17:00")  # 上午 and 下午 开放 时间
PROOF_KINDS = ["婚姻登记档案", "知青档案", "招工档案", "学籍档案", "土地房产档案", "退伍军人档案"]
ARCHIVES = {  # 馆 代码: 馆 名 (跨馆 出具)
    "340800": "安庆市档案馆",
    "340881": "桐城市档案馆",
    "340882": "潜山市档案馆",
    "340100": "合肥市档案馆",
    "320100": "南京市档案馆",
    "310000": "上海市档案馆",
    "330100": "杭州市档案馆",
}
PURPOSES = [
    "办理退休，需要 1978 年下放（知青）的证明材料，社保窗口要求“档案馆出具的证明”原件。",
    "父母 1986 年在怀宁县登记结婚，结婚证遗失，现办理房产继承（公证处要求婚姻关系证明）。",
    "查 1992 年安庆纺织厂招工录用表，用于核定连续工龄（企业已破产，档案移交市馆）。",
    "查 1979 年安庆一中高中毕业生名册及成绩单，办理国外学历认证（需英文翻译件另行办理）。",
    "查土改时期（1952 年）土地房产所有证存根，用于老宅确权。",
]
DONATIONS = [
    "1952 年《土地房产所有证》1 张（原件，有破损）、祖父 1950 年代在安庆港务局工作照 23 张。",
    "父亲（黄梅戏演员）1960—1980 年代演出剧照、节目单约 40 份，《天仙配》《女驸马》手抄剧本 2 册。",
    "家藏清光绪年间地契 3 件、民国二十五年（1936 年）安庆商会会员证 1 件，愿无偿捐赠。",
]


def apply_no(c: Corpus, prefix: str, d: date) -> str:
    return f"{prefix}340800{d:%Y%m%d}{c.num(1, 9999):04d}"


@family("archives-utilization")
def archives_utilization(c: Corpus) -> None:
    f = "archives-utilization"
    ref = f"{SITE}/dag/cdfw/index.html"
    for _ in range(N):
        d = open_day(today(c) + timedelta(days=c.num(1, 14)))
        q = [("date", f"{d:%Y-%m-%d}"), ("hall", c.pick(["cdt", "ydcdt"])), ("_", c.ms())]
        c.add(f, "visit-slots", "GET", "/dag/api/yy/slots?" + qs(q, axios), client(c, ref, None))
    for _ in range(N):
        d = open_day(today(c) + timedelta(days=c.num(1, 14)))
        people = c.num(1, 3)
        visitors = [{"name": c.person(), "idNo": aq_id(c, d)} for _ in range(people)]
        doc = {
            "date": f"{d:%Y-%m-%d}",
            "slot": c.pick(ARCHIVE_SLOTS),
            "visitors": visitors,
            "mobile": c.mobile(),
            "archiveType": c.pick(PROOF_KINDS),
            "purpose": c.pick(PURPOSES),
        }
        c.add(f, "visit-book", "POST", "/dag/api/yy/book", client(c, ref), js_json(doc))
    for _ in range(N):
        on = today(c)
        agent = c.chance(0.4)
        parts: list = [
            ("kind", c.pick(PROOF_KINDS)),
            ("name", c.person()),
            ("idNo", aq_id(c, on, 40, 85)),
            ("mobile", c.mobile()),
            ("purpose", c.pick(PURPOSES)),
            ("agent", "1" if agent else "0"),
            ("idPhoto", ("身份证正反面.jpg", "image/jpeg", jpeg(c, c.num(500, 1200)))),
        ]
        if agent:
            parts += [
                ("agentName", c.person()),
                ("agentIdNo", aq_id(c, on, 20, 60)),
                ("power", ("授权委托书.pdf", "application/pdf", pdf_head(c, c.num(500, 1000)))),
            ]
        h, body = upload(c, parts, ref, 0.5)
        c.add(f, "proof-apply", "POST", "/dag/api/cd/apply", h, body)
    for _ in range(N):
        accept, issue = c.sample(list(ARCHIVES), 2)
        doc = {
            "acceptArchive": accept,
            "issueArchive": issue,
            "applicant": {"name": c.person(), "idNo": aq_id(c, today(c), 30, 80), "mobile": c.mobile()},
            "content": c.pick(PURPOSES),
            "delivery": c.pick(["EMS", "窗口领取", "电子件"]),
            "address": address(c) if c.chance(0.6) else "",
        }
        c.add(f, "remote-apply", "POST", "/dag/api/kgcj/apply", client(c, ref), js_json(doc))
    for _ in range(N):
        q = [("applyNo", apply_no(c, c.pick(["CD", "KG"]), c.day(-30, 0).date())), ("idTail", c.digits(4))]
        c.add(f, "progress-query", "GET", "/dag/api/cd/progress?" + qs(q, axios), client(c, ref, None))
    for _ in range(N):
        no = apply_no(c, "CD", c.day(-30, 0).date())
        c.add(f, "result-download", "GET", f"/dag/cd/result/{no}.pdf", page(c, ref, 0.5))
    for _ in range(N):
        fields = [
            ("manName", c.person()),
            ("womanName", c.person()),
            ("year", str(c.num(1955, 2005))),
            ("office", c.pick([f"{AQ[k]}民政局" for k in COUNTIES])),
            ("captcha", c.alnum(4, "abcdefghjkmnpqrstuvwxyz23456789")),
        ]
        c.add(f, "marriage-check", "POST", "/dag/api/hy/check", jq_form(c, ref, 0.5), qs(fields, jq))
    for _ in range(N):
        doc = {"name": c.person(), "mobile": c.mobile(), "items": c.pick(DONATIONS), "visit": c.chance(0.5)}
        c.add(f, "donation-offer", "POST", "/dag/api/zj/offer", client(c, f"{SITE}/dag/zjgg/"), js_json(doc))
    for _ in range(N):
        doc = {"orderNo": f"YY{c.day(-7, 7):%Y%m%d}{c.digits(6)}", "reason": c.pick(["临时有事", "时间冲突", ""])}
        c.add(f, "booking-cancel", "POST", "/dag/api/yy/cancel", client(c, ref), js_json(doc))


# --- museum-visit -----------------------------------------------------------------------------------------------

MUSEUM_SESSIONS = ["09:00-11:00", "11:00-13:00", "13:00-15:00", "15:00-16:00"]  # 16:00 停止 入馆, 17:00 闭馆
GUIDE_TIMES = ["09:30", "10:30", "14:00", "15:00"]
GUIDE_RATE = {"中文": 100, "English": 200}  # 元 per 批
GUIDE_BATCH = 30  # 人 per 批
ERAS = ["新石器时代", "商", "西周", "春秋", "战国", "汉", "唐", "宋", "元", "明", "清", "民国"]
MATERIALS = ["陶", "瓷", "玉石器", "铜", "金银器", "书法", "绘画", "古籍图书", "织绣"]
RELICS = [
    ("清 青花缠枝莲纹碗", "清", "瓷", "口径 15.2 cm、高 6.8 cm、底径 6.1 cm"),
    ("宋 影青刻花梅瓶", "宋", "瓷", "高 28.5 cm、口径 4.3 cm"),
    ("战国 错金铜带钩", "战国", "铜", "长 12.6 cm"),
    ("明 邓石如 隶书 四条屏", "清", "书法", "纵 132 cm × 横 32 cm × 4"),
    ("新石器时代 薛家岗 十三孔石刀", "新石器时代", "玉石器", "长 51.6 cm、宽 9.8 cm"),
    ("民国 黄梅戏 戏服（女蟒）", "民国", "织绣", "衣长 118 cm、通袖长 196 cm"),
]


def museum_day(c: Corpus) -> date:
    return open_day(today(c) + timedelta(days=c.num(0, 7)), (0,))  # 周一 闭馆


@family("museum-visit")
def museum_visit(c: Corpus) -> None:
    f = "museum-visit"
    ref = f"{SITE}/bwg/yy/index.html"
    for _ in range(N):
        q = [("date", f"{museum_day(c):%Y-%m-%d}"), ("type", c.pick(["personal", "group"]))]
        c.add(f, "session-stock", "GET", "/bwg/api/yy/stock?" + qs(q, axios), client(c, ref, None, 0.5))
    for _ in range(N):
        d = museum_day(c)
        people = [{"name": c.person(), "idType": "身份证", "idNo": aq_id(c, d, 3, 75)} for _ in range(c.num(1, 5))]
        doc = {"date": f"{d:%Y-%m-%d}", "session": c.pick(MUSEUM_SESSIONS), "visitors": people, "mobile": c.mobile()}
        c.add(f, "personal-book", "POST", "/bwg/api/yy/personal", client(c, ref, JSON_CT, 0.5), js_json(doc))
    for _ in range(N):
        d = museum_day(c)
        members = [{"name": c.person(), "idNo": aq_id(c, d, 8, 70)} for _ in range(c.num(10, 50))]
        doc = {
            "date": f"{d:%Y-%m-%d}",
            "session": c.pick(MUSEUM_SESSIONS[:3]),
            "unit": c.pick(
                ["安庆市第一中学", "迎江区老年大学", "安庆师范大学 历史学院", "某某 社区 党支部", "宜秀区 实验 小学"]
            ),
            "uscc": aq_uscc(c, c.pick(["12", "51", "91"])),
            "leader": c.person(),
            "leaderMobile": c.mobile(),
            "count": len(members),
            "members": members,
            "bus": c.pick(["", "皖H·D1234", "皖H3X527"]),
        }
        c.add(f, "group-book", "POST", "/bwg/api/yy/group", web(c, JSON_CT, 0.2, ref), js_json(doc))
    for _ in range(N):
        lang, size = c.pick(list(GUIDE_RATE)), c.num(5, 80)
        fields = [
            ("date", f"{museum_day(c):%Y-%m-%d}"),
            ("time", c.pick(GUIDE_TIMES)),
            ("language", lang),
            ("people", str(size)),
            ("fee", str(math.ceil(size / GUIDE_BATCH) * GUIDE_RATE[lang])),
            ("hall", c.pick(["“皖江文明之光”基本陈列", "黄梅戏艺术专题", "桐城派文化专题"])),
            ("contact", c.person()),
            ("mobile", c.mobile()),
        ]
        c.add(f, "guide-book", "POST", "/bwg/api/yy/guide", jq_form(c, ref, 0.4), qs(fields, jq))
    for _ in range(N):
        q = [("keyword", c.pick(["", "青花", "带钩", "邓石如", "石刀", "黄梅戏"])), ("era", c.pick(["", *ERAS]))]
        q += [("material", c.pick(["", *MATERIALS])), ("level", c.pick(["", "一级", "二级", "三级", "一般"]))]
        q += [("page", c.num(1, 9)), ("size", 12)]
        c.add(f, "collection-search", "GET", "/bwg/api/cp/search?" + qs(q, axios), web(c, None, 0.4, f"{SITE}/bwg/cp/"))
    for _ in range(N):
        c.add(
            f, "collection-detail", "GET", f"/bwg/cp/detail.html?id={c.num(100, 9999)}", page(c, f"{SITE}/bwg/cp/", 0.4)
        )
    for _ in range(N):
        total = c.num(1_500_000, 9_000_000)
        start = c.pick([0, c.num(1, total - 200_000)])
        rng = c.pick([f"bytes={start}-", f"bytes={start}-{start + c.num(65536, 150_000)}"])
        h = media_get(c, f"{SITE}/bwg/dl/", rng, 0.8)
        if "Sec-Fetch-Dest" in h:
            h["Sec-Fetch-Dest"] = "audio"
        c.add(f, "audio-guide", "GET", f"/bwg/dl/audio/{c.pick(['zh', 'en'])}/{c.num(1, 86):03d}.mp3", h)
    for _ in range(N):
        q = [("status", c.pick(["ongoing", "upcoming", "past"])), ("year", c.num(2025, 2027)), ("page", c.num(1, 3))]
        c.add(f, "exhibit-list", "GET", "/bwg/api/zl/list?" + qs(q, axios), client(c, f"{SITE}/bwg/", None, 0.3))
    for _ in range(N):
        doc = {
            "orderNo": f"BW{museum_day(c):%Y%m%d}{c.digits(6)}",
            "reason": c.pick(["行程变更", "天气原因", "人数变化", ""]),
        }
        c.add(f, "booking-cancel", "POST", "/bwg/api/yy/cancel", client(c, ref, JSON_CT, 0.5), js_json(doc))


# --- relic-protection -----------------------------------------------------------------------------------------

ZONE = 39  # CGCS2000 3° 带 of 安庆 (117°E)
SITE_LEVELS = ["全国重点文物保护单位", "省级文物保护单位", "市级文物保护单位", "县级文物保护单位", "尚未核定公布"]
SITE_KINDS = ["古遗址", "古墓葬", "古建筑", "石窟寺及石刻", "近现代重要史迹及代表性建筑"]
RELIC_SITES = ["振风塔", "天柱山摩崖石刻", "薛家岗遗址", "桐城文庙", "陈独秀墓", "英王府", "孔城老街", "三祖寺觉寂塔"]
CLUES = [
    "在宜秀区某村后山（近 S226 省道）发现夜间有人挖坑，坑深约 2 米，旁边有散落的青砖和陶片，疑似盗掘古墓。",
    "孔城老街一处清代民居（挂有“县级文物保护单位”牌）正在拆除，施工方称“只拆后院”，现场无审批公示。",
    "网上（某二手平台）有人出售“安庆出土”汉代铜镜，卖家自称“刚从工地挖出”，附链接截图。",
]
PATROL_ISSUES = ["", "东侧围墙墙体开裂约 1.2 米，雨后有渗水。", "游客在摩崖石刻上刻字（“到此一游”），已拍照并劝离。"]


def redline(c: Corpus) -> list[tuple[float, float]]:
    """界址点 X/Y (CGCS2000, 3° zone 39, Y with the zone number): a convex 用地 red line."""
    x0 = 3_370_000 + c.num(0, 60_000) + c.num(0, 999) / 1000
    y0 = ZONE * 1_000_000 + 500_000 + c.num(-40_000, 20_000)
    angles = sorted(c.num(0, 3599) / 1800 * math.pi for _ in range(c.num(4, 8)))
    return [(round(x0 + (r := c.num(60, 400)) * math.cos(a), 3), round(y0 + r * math.sin(a), 3)) for a in angles]


@family("relic-protection")
def relic_protection(c: Corpus) -> None:
    f = "relic-protection"
    ref = f"{SITE}/wwj/kgkt/index.html"
    for _ in range(N):
        pts = redline(c)
        doc = {
            "project": c.pick(
                ["安庆市第二水厂扩建工程", "宜秀区 某 安置房 项目（三期）", "桐城市 城北 学校 新建 工程"]
            ),
            "builder": c.pick(["安庆市城市建设投资发展（集团）有限公司", "桐城市 某 置业 有限公司"]),
            "uscc": aq_uscc(c),
            "county": c.pick(COUNTIES),
            "landUse": c.pick(["住宅用地", "公共管理与公共服务用地", "工业用地", "交通运输用地"]),
            "crs": "CGCS2000 / 3-degree Gauss-Kruger zone 39",
            "points": [{"no": f"J{i}", "x": x, "y": y} for i, (x, y) in enumerate(pts, 1)],
            "areaM2": round(shoelace_ha(pts) * 10000, 2),
            "contact": c.person(),
            "mobile": c.mobile(),
        }
        c.add(f, "survey-apply", "POST", "/wwj/api/kgkt/apply", web(c, JSON_CT, 0.1, ref), js_json(doc))
    for _ in range(N):
        kind = c.pick(["pdf", "jpg"])
        blob = pdf_head(c, c.num(600, 1400)) if kind == "pdf" else jpeg(c, c.num(600, 1400))
        parts = [
            ("applyNo", apply_no(c, "KG", c.day(-10, 0).date())),
            ("kind", "用地红线图"),
            ("file", (f"红线图.{kind}", "application/pdf" if kind == "pdf" else "image/jpeg", blob)),
        ]
        h, body = upload(c, parts, ref, 0.1)
        c.add(f, "redline-upload", "POST", "/wwj/api/kgkt/upload", h, body)
    for _ in range(N):
        q = [
            ("name", c.pick(["", *RELIC_SITES])),
            ("level", c.pick(["", *SITE_LEVELS])),
            ("county", c.pick(["", *COUNTIES])),
        ]
        q += [("category", c.pick(["", *SITE_KINDS])), ("page", c.num(1, 5))]
        c.add(f, "site-search", "GET", "/wwj/api/wb/search?" + qs(q, axios), web(c, None, 0.4, f"{SITE}/wwj/wb/"))
    for _ in range(N):
        q = [("id", f"340800-{c.num(1, 420):04d}"), ("layer", c.pick(["bhfw", "jskzdd"])), ("crs", "EPSG:4490")]
        c.add(
            f,
            "site-geojson",
            "GET",
            "/wwj/api/wb/geojson?" + qs(q, axios),
            web(c, None, 0.3, f"{SITE}/wwj/wb/map.html"),
        )
    for _ in range(N):
        lng, lat = round(116.5 + c.num(0, 70000) / 100000, 6), round(30.2 + c.num(0, 60000) / 100000, 6)
        checked = c.day(-3, 0).replace(hour=c.num(8, 17), minute=c.num(0, 59), second=0, microsecond=0)
        doc = {
            "siteId": f"340800-{c.num(1, 420):04d}",
            "siteName": c.pick(RELIC_SITES),
            "lng": lng,
            "lat": lat,
            "checkedAt": f"{checked:%Y-%m-%d %H:%M:%S}",
            "items": {"本体": c.pick(["正常", "轻微损坏"]), "环境": c.pick(["正常", "有施工"]), "消防": "正常"},
            "issue": c.pick(PATROL_ISSUES),
            "photos": [f"/wwj/upload/xc/{c.uid()}.jpg" for _ in range(c.num(0, 3))],
        }
        c.add(
            f, "patrol-report", "POST", "/wwj/app/api/xc/report", app_headers(c, "wwxc", "2.6.1", JSON_CT), js_json(doc)
        )
    for _ in range(N):
        parts = [
            ("siteId", f"340800-{c.num(1, 420):04d}"),
            ("file", ("xc.jpg", "image/jpeg", jpeg(c, c.num(800, 2000)))),
        ]
        ctype, body = okhttp_multipart(c, parts)
        h = app_headers(c, "wwxc", "2.6.1", ctype)
        c.add(f, "patrol-photo", "POST", "/wwj/app/api/xc/photo", h, body)
    for _ in range(N):
        name, era, material, size = c.pick(RELICS)
        d = open_day(today(c) + timedelta(days=c.num(1, 20)), (0, 1, 2, 3, 4))  # 周六、周日 鉴定 咨询
        doc = {
            "date": f"{d:%Y-%m-%d}",
            "owner": c.person(),
            "mobile": c.mobile(),
            "item": name,
            "era": era,
            "material": material,
            "size": size,
            "source": c.pick(["祖传", "1990 年代 购于 安庆 古玩 市场", "亲友 赠送"]),
        }
        c.add(f, "appraisal-book", "POST", "/wwj/api/jd/book", client(c, f"{SITE}/wwj/jd/"), js_json(doc))
    for _ in range(N):
        fields = [("content", c.pick(CLUES)), ("place", c.pick(COUNTIES)), ("contact", c.pick(["", c.mobile()]))]
        fields.append(("anonymous", c.pick(["0", "1"])))
        c.add(f, "clue-report", "POST", "/wwj/api/jb/submit", jq_form(c, f"{SITE}/wwj/jb/", 0.6), qs(fields, jq))
    for _ in range(N):
        q = [("applyNo", apply_no(c, "KG", c.day(-60, 0).date())), ("_", c.ms())]
        c.add(f, "survey-progress", "GET", "/wwj/api/kgkt/progress?" + qs(q, axios), web(c, None, 0.2, ref))


# --- after-school-training ------------------------------------------------------------------------------------

GUIDE_PRICE = {  # 班型: 基准 收费 标准 (元 per 人 per 课时), 上浮 不 超过 10%
    "线下 班课（36 人 以上）": 25.0,
    "线下 班课（10-35 人）": 35.0,
    "线下 小班（9 人 以下）": 60.0,
    "线上 班课": 20.0,
}
MAX_LESSONS, MAX_DAYS = 60, 92  # 60 课时, 3 个月
TRAINING_ORGS = [
    "安庆市 某某 艺术 培训 学校",
    "大观区 启航 体育 培训 中心",
    "迎江区 墨香 书法 培训 学校",
    "宜秀区 智趣 科技 培训 中心",
]
COURSES = [
    "少儿 书法（软笔）",
    "篮球 基础 班",
    "黄梅戏 唱腔 兴趣 班",
    "编程（Scratch 3.0）",
    "初二 数学（同步）",
    "英语 阅读（Level 3）",
]
TRAINING_COMPLAINTS = [
    "机构 2 月份说“满 48 课时 送 12 课时”，让我们一次交了 72 课时的钱（2,880 元），"
    "现在老师离职停课，要求退剩余课时费。",
    "家长群里老师发通知：“3 月起改线上上课”，但购课时写的是线下小班（9 人以下），线上质量差，要求按合同退费。",
    "退费申请提交 15 天没有处理，平台显示“机构审核中”，打电话（0556-55xxxxx）一直没人接。",
]


def price_cap(kind: str) -> float:
    return round(GUIDE_PRICE[kind] * 1.1, 2)


@family("after-school-training")
def after_school_training(c: Corpus) -> None:
    f = "after-school-training"
    ref = f"{SITE}/jyj/xwpx/index.html"
    for _ in range(N):
        q = [("name", c.pick(["", "艺术", "体育", "科技", "书法"])), ("district", c.pick(COUNTIES))]
        q += [("type", c.pick(["学科类", "非学科类"])), ("category", c.pick(["", "体育", "文化艺术", "科技"]))]
        q.append(("page", c.num(1, 4)))
        c.add(f, "org-search", "GET", "/xwpx/api/org/search?" + qs(q, axios), client(c, ref, None, 0.5))
    for _ in range(N):
        q = [("orgId", f"ORG{c.pick(COUNTIES)}{c.digits(6)}")]
        c.add(f, "org-detail", "GET", "/xwpx/api/org/detail?" + qs(q, axios), client(c, ref, None, 0.5))
    for _ in range(N):
        q = [("orgId", f"ORG{c.pick(COUNTIES)}{c.digits(6)}"), ("status", "on"), ("keyword", c.pick(["", *COURSES]))]
        c.add(f, "course-list", "GET", "/xwpx/api/course/list?" + qs(q, axios), client(c, ref, None, 0.5))
    for _ in range(N):
        kind = c.pick(list(GUIDE_PRICE))
        lessons = c.pick([12, 16, 24, 30, 48, 60])
        unit = round(price_cap(kind) - c.num(0, 800) / 100, 2)
        start = today(c) + timedelta(days=c.num(1, 10))
        doc = {
            "orgId": f"ORG{c.pick(COUNTIES)}{c.digits(6)}",
            "course": c.pick(COURSES),
            "classType": kind,
            "lessons": lessons,
            "unitPrice": unit,
            "total": round(lessons * unit, 2),
            "start": f"{start:%Y-%m-%d}",
            "end": f"{start + timedelta(days=c.num(30, MAX_DAYS)):%Y-%m-%d}",
            "student": {"name": c.person(), "idNo": aq_id(c, start, 6, 15)},
            "payChannel": "预收费监管账户",
        }
        c.add(f, "purchase", "POST", "/xwpx/api/order/create", client(c, ref, JSON_CT, 0.5), js_json(doc))
    for _ in range(N):
        doc = {
            "orderNo": f"XW{c.day(-60, 0):%Y%m%d}{c.digits(8)}",
            "lessonNo": c.num(1, 60),
            "date": f"{c.day(-2, 0):%Y-%m-%d}",
            "confirm": True,
            "rating": c.num(3, 5),
            "comment": c.pick(["", "老师很耐心 👍", "今天换了代课老师，事先没通知。"]),
        }
        c.add(f, "lesson-confirm", "POST", "/xwpx/api/lesson/confirm", client(c, ref, JSON_CT, 0.6), js_json(doc))
    for _ in range(N):
        bought = c.pick([24, 30, 48, 60])
        used = c.num(0, bought - 1)
        unit = round(c.num(1800, 6600) / 100, 2)
        doc = {
            "orderNo": f"XW{c.day(-90, -10):%Y%m%d}{c.digits(8)}",
            "bought": bought,
            "consumed": used,
            "unitPrice": unit,
            "refund": round((bought - used) * unit, 2),
            "reason": c.pick(["孩子课业负担重，不再继续", "搬家（迁往合肥）", *TRAINING_COMPLAINTS[:1]]),
        }
        c.add(f, "refund-apply", "POST", "/xwpx/api/refund/apply", client(c, ref, JSON_CT, 0.5), js_json(doc))
    for _ in range(N):
        parts = [
            ("orgName", c.pick(TRAINING_ORGS)),
            ("content", c.pick(TRAINING_COMPLAINTS)),
            ("mobile", c.mobile()),
            ("shot", ("聊天记录截图.png", "image/png", png(c, c.num(600, 1500)))),
        ]
        h, body = upload(c, parts, f"{SITE}/jyj/xwpx/ts.html", 0.8)
        c.add(f, "complaint", "POST", "/xwpx/api/complaint/submit", h, body)
    for _ in range(N):
        q = [("classType", c.pick(list(GUIDE_PRICE))), ("grade", c.pick(["小学", "初中"]))]
        c.add(f, "price-check", "GET", "/xwpx/api/price/guide?" + qs(q, axios), web(c, None, 0.5, ref))
    for _ in range(N):
        path = (
            c.pick(["/jyj/xwpx/bmd/", "/jyj/xwpx/hmd/", "/jyj/xwpx/tzgg/"])
            + f"t{c.day(-90, 0):%Y%m%d}_{c.num(100000, 999999)}.html"
        )
        c.add(f, "whitelist-notice", "GET", path, page(c, ref, 0.5))


# --- student-aid ----------------------------------------------------------------------------------------------

LOAN_CAP = {"本专科": 16000, "研究生": 20000}  # 元 per 学年
LPR_5Y = 3.50  # % (同期 同档次 LPR)
AID_LEVELS = [(800, "特别困难"), (1500, "困难"), (2500, "一般困难")]  # 家庭 人均 月 收入 (元) upper bounds
SPECIAL_GROUPS = ["特困供养", "孤儿", "最低生活保障家庭", "脱贫不稳定家庭", "残疾学生"]
TRAVEL_AID = {"省内": 500, "省外": 1000}
UNIVERSITIES = {  # 院校 代码: (名称, 所在 省)
    "10357": ("安徽大学", "安徽"),
    "10372": ("安庆师范大学", "安徽"),
    "10359": ("合肥工业大学", "安徽"),
    "10358": ("中国科学技术大学", "安徽"),
    "10284": ("南京大学", "江苏"),
    "10335": ("浙江大学", "浙江"),
    "10486": ("武汉大学", "湖北"),
}
AID_QUESTIONS = [
    "孩子今年考上南京的大学（本科 4 年），学费 5,200 元/年、住宿费 1,200 元/年，生源地贷款最多能贷多少？利息怎么算？",
    "去年在县资助中心办了生源地贷款，今年续贷是不是只要在“学生在线服务系统”提交续贷声明就行？还要回县里签字吗？",
    "我们家是脱贫户（2020 年已脱贫），孩子读高中能不能享受国家助学金？需要哪些材料？",
]


def aid_level(per_capita: float, groups: list[str]) -> str | None:
    if groups:
        return "特别困难"
    return next((name for bound, name in AID_LEVELS if per_capita <= bound), None)


@family("student-aid")
def student_aid(c: Corpus) -> None:
    f = "student-aid"
    ref = f"{SITE}/jyj/xszz/index.html"
    for _ in range(N):
        on = today(c)
        members = [{"relation": "父亲", "age": c.num(38, 55)}, {"relation": "母亲", "age": c.num(36, 52)}]
        members += [
            {"relation": c.pick(["祖父", "祖母", "弟弟", "妹妹"]), "age": c.num(3, 80)} for _ in range(c.num(0, 3))
        ]
        for m in members:
            m["monthlyIncome"] = c.pick([0, c.num(500, 4500)]) if 18 <= m["age"] <= 65 else c.pick([0, 150, 320])
        groups = c.sample(SPECIAL_GROUPS, 1) if c.chance(0.3) else []
        per_capita = round(sum(m["monthlyIncome"] for m in members) / (len(members) + 1), 2)
        doc = {
            "student": {
                "name": c.person(),
                "idNo": aq_id(c, on, 15, 20),
                "school": c.pick(["安庆一中", "桐城中学", "怀宁中学"]),
            },
            "members": members,
            "householdSize": len(members) + 1,
            "perCapitaIncome": per_capita,
            "groups": groups,
            "suggestedLevel": aid_level(per_capita, groups),  # the form's 预判; the school 评议 decides
            "statement": c.pick(
                ["父亲 2025 年因病（尿毒症）无法务工，每周透析 3 次。", "家中务农，主要收入为种植水稻 6 亩。"]
            ),
        }
        c.add(f, "need-assess", "POST", "/xszz/api/rd/apply", client(c, ref, JSON_CT, 0.4), js_json(doc))
    for _ in range(N):
        on = today(c)
        level = c.pick(list(LOAN_CAP))
        code = c.pick(list(UNIVERSITIES))
        doc = {
            "student": {"name": c.person(), "idNo": aq_id(c, on, 18, 26)},
            "coBorrower": {"name": c.person(), "idNo": aq_id(c, on, 40, 60), "relation": c.pick(["父亲", "母亲"])},
            "schoolCode": code,
            "schoolName": UNIVERSITIES[code][0],
            "level": level,
            "years": c.pick([3, 4, 5]) if level == "本专科" else 3,
            "tuition": c.num(40, 70) * 100,
            "accommodation": c.num(8, 16) * 100,
            "amount": c.num(40, LOAN_CAP[level] // 100) * 100,
        }
        c.add(f, "loan-apply", "POST", "/xszz/api/dk/apply", web(c, JSON_CT, 0.4, ref), js_json(doc))
    for _ in range(N):
        years = c.pick([3, 4, 5, 7])
        q = [("principal", c.num(20, 160) * 100), ("schoolYears", years), ("term", min(years + 15, 22))]
        q += [("lpr", f"{LPR_5Y:.2f}"), ("rate", f"{LPR_5Y - 0.6:.2f}"), ("grace", 5)]
        c.add(f, "loan-calc", "GET", "/xszz/api/dk/calc?" + qs(q, axios), web(c, None, 0.5, ref))
    for _ in range(N):
        kind = c.pick(["pdf", "jpg"])
        parts = [
            ("contractNo", f"340800{c.num(2023, 2026)}{c.digits(8)}"),
            ("studentIdNo", aq_id(c, today(c), 18, 26)),
            ("kind", "续贷声明"),
            (
                "file",
                (
                    f"受理证明.{kind}",
                    "application/pdf" if kind == "pdf" else "image/jpeg",
                    pdf_head(c, 700) if kind == "pdf" else jpeg(c, 900),
                ),
            ),
        ]
        h, body = upload(c, parts, ref, 0.6)
        c.add(f, "renew-receipt", "POST", "/xszz/api/dk/renew", h, body)
    for _ in range(N):
        idno = aq_id(c, today(c), 12, 19)
        q = [("xjh", "G" + idno), ("year", c.pick(["2025-2026", "2026-2027"])), ("term", c.pick(["1", "2"]))]
        c.add(f, "grant-query", "GET", "/xszz/api/zxj/query?" + qs(q, axios), client(c, ref, None, 0.4))
    for _ in range(N):
        code = c.pick(list(UNIVERSITIES))
        scope = "省内" if UNIVERSITIES[code][1] == "安徽" else "省外"
        fields = [
            ("name", c.person()),
            ("idNo", aq_id(c, today(c), 17, 20)),
            ("schoolCode", code),
            ("scope", scope),
            ("amount", str(TRAVEL_AID[scope])),
            ("bankCard", "6217" + c.digits(15)),
        ]
        c.add(f, "freshman-travel", "POST", "/xszz/api/xsrx/apply", jq_form(c, ref, 0.6), qs(fields, jq))
    for _ in range(N):
        doc = {
            "name": c.person(),
            "mobile": c.mobile(),
            "question": c.pick(AID_QUESTIONS),
            "type": c.pick(["贷款", "助学金", "认定"]),
        }
        c.add(f, "policy-consult", "POST", "/xszz/api/zx/ask", client(c, ref, JSON_CT, 0.4), js_json(doc))
    for _ in range(N):
        q = [("keyword", c.pick(["", "安徽", "大学", "师范"])), ("province", c.pick(["", "安徽", "江苏"])), ("page", 1)]
        c.add(f, "school-list", "GET", "/xszz/api/dict/school?" + qs(q, axios), web(c, None, 0.4, ref))
    for _ in range(N):
        q = [("acceptNo", apply_no(c, "ZZ", c.day(-60, 0).date())), ("_", c.ms())]
        c.add(f, "progress-query", "GET", "/xszz/api/progress?" + qs(q, axios), client(c, ref, None, 0.5))


# --- pe-exam --------------------------------------------------------------------------------------------------

# 评分 标准 表: item -> (unit, lower is better, {sex: [(threshold, points), ...]}); below the last row: 6 points
PE_TABLE: dict[str, tuple[str, bool, dict[str, list[tuple[float, float]]]]] = {
    "1000米": ("s", True, {"男": [(215, 20), (225, 18), (235, 16), (245, 14), (260, 12), (275, 10), (290, 8)]}),
    "800米": ("s", True, {"女": [(205, 20), (215, 18), (225, 16), (235, 14), (250, 12), (265, 10), (280, 8)]}),
    "立定跳远": (
        "cm",
        False,
        {
            "男": [(250, 20), (240, 18), (230, 16), (220, 14), (210, 12), (200, 10), (190, 8)],
            "女": [(200, 20), (192, 18), (184, 16), (176, 14), (168, 12), (160, 10), (152, 8)],
        },
    ),
    "一分钟跳绳": (
        "次",
        False,
        {s: [(180, 20), (170, 18), (160, 16), (150, 14), (140, 12), (130, 10), (120, 8)] for s in "男女"},
    ),
    "篮球运球": (
        "s",
        True,
        {
            "男": [(8.5, 20), (9.2, 18), (10.0, 16), (10.8, 14), (11.6, 12), (12.5, 10), (13.5, 8)],
            "女": [(10.0, 20), (10.8, 18), (11.6, 16), (12.4, 14), (13.2, 12), (14.0, 10), (15.0, 8)],
        },
    ),
    "足球运球": (
        "s",
        True,
        {
            "男": [(7.8, 20), (8.6, 18), (9.4, 16), (10.2, 14), (11.0, 12), (12.0, 10), (13.0, 8)],
            "女": [(9.6, 20), (10.4, 18), (11.2, 16), (12.0, 14), (12.8, 12), (13.8, 10), (15.0, 8)],
        },
    ),
}
PE_GROUPS = {"A": ["立定跳远", "一分钟跳绳"], "B": ["篮球运球", "足球运球"]}
PE_RAW = {"立定跳远": (140, 265), "一分钟跳绳": (100, 200), "1000米": (200, 320), "800米": (190, 300)}


def pe_points(item: str, sex: str, raw: float) -> float:
    _unit, lower, rows = PE_TABLE[item]
    for threshold, points in rows[sex]:
        if (raw <= threshold) if lower else (raw >= threshold):
            return points
    return 6


def min_sec(seconds: int) -> str:
    """A run time as results lists write it: 3'45\"."""
    return f"{seconds // 60}'{seconds % 60:02d}\""


def pe_raw(c: Corpus, item: str) -> float:
    if item in PE_RAW:
        lo, hi = PE_RAW[item]
        return c.num(lo, hi)
    return c.num(70, 150) / 10


def pe_result(c: Corpus, item: str, sex: str) -> dict:
    raw = pe_raw(c, item)
    unit = PE_TABLE[item][0]
    display = min_sec(int(raw)) if item.endswith("米") else (f"{raw}″" if unit == "s" else f"{int(raw)}{unit}")
    return {"item": item, "raw": raw, "display": display, "points": pe_points(item, sex, raw)}


def zkzh(c: Corpus) -> str:
    """准考证号: 年份 2 + 区县 代码 后 4 + 考点 2 + 序号 4."""
    return f"27{c.pick(COUNTIES)[2:]}{c.num(1, 30):02d}{c.num(1, 9999):04d}"


@family("pe-exam")
def pe_exam(c: Corpus) -> None:
    f = "pe-exam"
    ref = f"{SITE}/jyj/zkty/index.html"
    for _ in range(N):
        sex = c.pick("男女")
        doc = {
            "zkzh": zkzh(c),
            "sex": sex,
            "required": "1000米" if sex == "男" else "800米",
            "groupA": c.pick(PE_GROUPS["A"]),
            "groupB": c.pick(PE_GROUPS["B"]),
            "confirm": True,
        }
        c.add(f, "item-select", "POST", "/zkty/api/xk/save", client(c, ref, JSON_CT, 0.3), js_json(doc))
    for _ in range(N):
        fields = [("zkzh", zkzh(c)), ("sfzh6", c.digits(5) + c.pick("0123456789X")), ("yzm", c.digits(4))]
        c.add(f, "score-query", "POST", "/zkty/api/cj/query", jq_form(c, ref, 0.7), qs(fields, jq))
    for _ in range(N):
        records = []
        for _ in range(c.num(3, 8)):
            sex = c.pick("男女")
            item = c.pick(["1000米" if sex == "男" else "800米", *PE_GROUPS["A"], *PE_GROUPS["B"]])
            records.append({"zkzh": zkzh(c), "sex": sex, **pe_result(c, item, sex), "lane": c.num(1, 8)})
        doc = {
            "deviceNo": f"TY-{c.pick(['PB', 'TS', 'LD'])}-{c.num(100, 999)}",
            "site": f"考点{c.num(1, 30):02d}",
            "records": records,
        }
        h = service(
            c, c.pick(["okhttp/4.12.0", "Apache-HttpClient/4.5.13 (Java/1.8.0_392)"]), {"X-Device-Key": c.hexs(16)}
        )
        c.add(f, "score-push", "POST", "/zkty/device/api/result/batch", h, js_json(doc))
    for _ in range(N):
        parts = [
            ("zkzh", zkzh(c)),
            ("type", c.pick(["免考", "缓考", "部分免考"])),
            (
                "reason",
                c.pick(
                    [
                        "右踝关节骨折（2027-02-14），石膏固定 6 周",
                        "先天性心脏病术后，医嘱禁止剧烈运动",
                        "急性阑尾炎术后恢复期",
                    ]
                ),
            ),
            ("proof", ("诊断证明.pdf", "application/pdf", pdf_head(c, c.num(500, 1100)))),
        ]
        if c.chance(0.5):
            parts.append(("photo", ("病历.jpg", "image/jpeg", jpeg(c, c.num(600, 1300)))))
        h, body = upload(c, parts, ref, 0.5)
        c.add(f, "exempt-apply", "POST", "/zkty/api/mk/apply", h, body)
    for _ in range(N):
        sex = c.pick("男女")
        item = c.pick([*PE_GROUPS["A"], *PE_GROUPS["B"]])
        doc = {
            "zkzh": zkzh(c),
            "item": item,
            "reason": c.pick(["跳绳计数器漏计（现场监考老师可作证）", "成绩与现场屏幕显示不一致"]),
            "claimed": pe_result(c, item, sex)["display"],
        }
        c.add(f, "review-apply", "POST", "/zkty/api/fh/apply", client(c, ref, JSON_CT, 0.3), js_json(doc))
    for _ in range(N):
        q = [("district", c.pick(COUNTIES)), ("date", f"{date(2027, 4, 10) + timedelta(days=c.num(0, 14)):%Y-%m-%d}")]
        c.add(f, "venue-query", "GET", "/zkty/api/kd/list?" + qs(q, axios), client(c, ref, None, 0.4))
    for _ in range(N):
        c.add(f, "ticket-download", "GET", f"/zkty/zkz/{zkzh(c)}.pdf", page(c, ref, 0.6))
    for _ in range(N):
        sex = c.pick("男女")
        item = c.pick(["1000米" if sex == "男" else "800米", *PE_GROUPS["A"]])
        rows = [{"xh": f"{i:02d}", "name": c.person(), **pe_result(c, item, sex)} for i in range(1, c.num(5, 12))]
        doc = {
            "class": f"九（{c.num(1, 12)}）班",
            "sex": sex,
            "item": item,
            "date": f"{c.day(-20, 0):%Y-%m-%d}",
            "rows": rows,
        }
        h = web(c, JSON_CT, 0.2, f"{SITE}/zkty/teacher/")
        h["Authorization"] = bearer(c)
        c.add(f, "mock-score", "POST", "/zkty/api/mn/save", h, js_json(doc))
    for _ in range(N):
        c.add(
            f,
            "standard-page",
            "GET",
            f"/jyj/zkty/pfbz/t{c.day(-200, -30):%Y%m%d}_{c.num(100000, 999999)}.html",
            page(c, ref, 0.6),
        )


# --- npc-deputy-liaison ---------------------------------------------------------------------------------------

ELECTION_DAY = date(2027, 4, 20)  # 县 乡 两级 人大 代表 选举日
VOTER_AGE = 18
STATIONS = [
    "人民路街道 人大代表联络站",
    "菱湖街道 代表之家",
    "集贤路街道 人大代表联络站",
    "高琦镇 代表之家",
    "孔城镇 代表联络站",
]
DUTY_KINDS = ["集中视察", "专题调研", "执法检查", "接待选民", "代表小组活动"]
VOTER_MESSAGES = [
    "菱湖南路与湖心中路交叉口早晚高峰拥堵严重，左转车道太短（约 30 米），建议延长并增设“左转待转区”。",
    "我们小区（建于 1998 年）是老旧小区，2026 年列入改造计划，但加装电梯的补贴标准一直没有公布，居民意见很大。",
    "建议在“安庆 12345”之外，给代表联络站也开一个线上留言渠道，老年人不会用 App，能不能在社区放纸质意见箱？",
    "孩子学校门口（xx 路小学）放学时段没有交警，电动车逆行多，请代表呼吁增设“护学岗”。",
]


@family("npc-deputy-liaison")
def npc_deputy_liaison(c: Corpus) -> None:
    f = "npc-deputy-liaison"
    ref = f"{SITE}/rd/jz/index.html"
    for _ in range(N):
        fields = [
            ("name", c.person()),
            ("idNo", aq_id(c, ELECTION_DAY, VOTER_AGE, 90)),
            ("electionDate", f"{ELECTION_DAY:%Y-%m-%d}"),
        ]
        c.add(f, "voter-check", "POST", "/rd/api/xm/check", jq_form(c, ref, 0.7), qs(fields, jq))
    for _ in range(N):
        q = [("address", address(c)), ("county", c.pick(COUNTIES[:3]))]
        c.add(f, "district-lookup", "GET", "/rd/api/xq/lookup?" + qs(q, axios), client(c, ref, None))
    for _ in range(N):
        q = [("county", c.pick(COUNTIES)), ("keyword", c.pick(["", "街道", "代表之家"])), ("page", c.num(1, 3))]
        c.add(f, "station-list", "GET", "/rd/api/lls/list?" + qs(q, axios), client(c, ref, None))
    for _ in range(N):
        d = today(c) + timedelta(days=c.num(1, 40))
        d = date(d.year, d.month, 15)  # 每月 15 日 代表 接待 日
        if d <= today(c):
            d = date(d.year + d.month // 12, d.month % 12 + 1, 15)
        doc = {
            "station": c.pick(STATIONS),
            "date": f"{d:%Y-%m-%d}",
            "slot": c.pick(["09:00-10:30", "10:30-12:00", "14:30-16:00"]),
            "name": c.person(),
            "mobile": c.mobile(),
            "topic": c.pick(["城市建设", "教育", "医疗", "养老", "交通"]),
            "content": c.pick(VOTER_MESSAGES),
        }
        c.add(f, "reception-book", "POST", "/rd/api/jd/book", client(c, ref), js_json(doc))
    for _ in range(N):
        doc = {
            "deputyId": f"D17{c.num(1, 480):04d}",
            "title": c.pick(["关于改善菱湖南路交通的建议", "老旧小区加装电梯补贴何时公布？", "建议增设护学岗"]),
            "content": c.pick(VOTER_MESSAGES),
            "name": c.person(),
            "mobile": c.mobile(),
            "public": c.chance(0.6),
        }
        c.add(f, "voter-message", "POST", "/rd/api/ly/submit", client(c, ref, JSON_CT, 0.4), js_json(doc))
    for _ in range(N):
        start = c.day(-40, -1).date()
        days = c.num(1, 5)
        doc = {
            "deputyId": f"D17{c.num(1, 480):04d}",
            "kind": c.pick(DUTY_KINDS),
            "start": f"{start:%Y-%m-%d}",
            "end": f"{start + timedelta(days=days - 1):%Y-%m-%d}",
            "days": days,
            "content": c.pick(
                [
                    "参加市人大常委会《安庆市文明行为促进条例》执法检查（第二组），走访 3 个街道。",
                    "调研城区学校“课后服务”开展情况，座谈家长代表 12 人。",
                ]
            ),
        }
        c.add(f, "duty-record", "POST", "/rd/app/api/lz/save", app_headers(c, "rddb", "3.1.0", JSON_CT), js_json(doc))
    for _ in range(N):
        total = c.num(25, 120)
        good = c.num(total // 2, total)
        fair = c.num(0, total - good)
        doc = {
            "deputyId": f"D17{c.num(1, 480):04d}",
            "meeting": f"{c.day(-20, 0):%Y-%m-%d} 述职评议会",
            "participants": total,
            "satisfied": good,
            "basicallySatisfied": fair,
            "dissatisfied": total - good - fair,
        }
        c.add(f, "report-eval", "POST", "/rd/api/sz/eval", web(c, JSON_CT, 0.2, ref), js_json(doc))
    for _ in range(N):
        q = [("session", "十七"), ("county", c.pick(["", *COUNTIES])), ("group", c.pick(["", "迎江", "大观", "宜秀"]))]
        c.add(f, "deputy-list", "GET", "/rd/api/db/list?" + qs(q, axios), web(c, None, 0.4, ref))
    for _ in range(N):
        q = [
            ("msgNo", f"LY{c.day(-60, 0):%Y%m%d}{c.num(1, 999):03d}"),
            ("code", c.alnum(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")),
        ]
        c.add(f, "message-reply-query", "GET", "/rd/api/ly/query?" + qs(q, axios), client(c, ref, None))


# --- cppcc-member-duty ----------------------------------------------------------------------------------------

DUTY_POINTS = {
    "全体会议": 5,
    "常委会议": 4,
    "专题协商": 3,
    "视察调研": 3,
    "提交提案": 2,
    "社情民意（被采用）": 4,
    "读书活动": 1,
}
SQMY = [
    (
        "关于加强我市黄梅戏传承人才培养的建议",
        "一、基本情况：我市现有国家级黄梅戏代表性传承人 5 名、省级 18 名，平均年龄超过 62 岁。二、存在问题：青年演员"
        "流失严重，县级剧团“一人多岗”，2026 年全市新进专业演员不足 10 人。三、建议：1．设立“黄梅戏青年人才专项”，"
        "对入职县级剧团满 5 年的演员给予安家补贴；2．推动安庆师范大学与剧院“订单式”培养；3．用好《安徽省非物质文化"
        "遗产条例》，把传承人“带徒传艺”纳入考核。",
    ),
    (
        "关于解决城区学校周边“上下学拥堵”问题的建议",
        "情况：城区小学集中于老城区，放学时段（16:30—17:30）周边道路车速低于 5 km/h，接送车辆占道普遍。建议：（1）推广"
        "“错峰放学”，低年级提前 15 分钟；（2）利用周边机关、商场停车场设“临时接送泊位”；（3）课后服务延长至 18:00，"
        "分流接送压力。",
    ),
    (
        "关于规范农村“一事一议”财政奖补项目管理的建议",
        "据调研，部分村“一事一议”项目存在“重建设、轻管护”现象，如村道硬化后无人养护、路灯损坏 2 年未修。建议明确"
        "管护主体与经费来源（按每公里每年不低于 1,000 元安排），并将管护情况纳入村务公开。",
    ),
]
BOOKS_READ = [
    "《习近平新时代中国特色社会主义思想学习纲要》",
    "《乡土中国》",
    "《桐城派文论选》",
    "《黄梅戏艺术概论》",
    "《人民政协重要文献选编》",
]


@family("cppcc-member-duty")
def cppcc_member_duty(c: Corpus) -> None:
    f = "cppcc-member-duty"
    ref = f"{SITE}/zx/lz/index.html"

    def member() -> str:
        return f"WY{c.num(1, 360):04d}"

    for _ in range(N):
        title, content = c.pick(SQMY)
        author = member()
        doc = {
            "title": title,
            "content": content,
            "author": author,
            "coSigners": c.sample([f"WY{i:04d}" for i in range(1, 361) if f"WY{i:04d}" != author], c.num(0, 4)),
            "category": c.pick(["文化", "教育", "城建", "农业农村"]),
            "contact": c.mobile(),
        }
        c.add(f, "sqmy-submit", "POST", "/zx/api/sqmy/submit", web(c, JSON_CT, 0.3, ref), js_json(doc))
    for _ in range(N):
        title, content = c.pick(SQMY)
        parts = [("sqmyId", c.uid()), ("file", (f"{title}.docx", DOCX_CT, docx([title, *content.split("。")[:4]])))]
        h, body = upload(c, parts, ref, 0.1)
        c.add(f, "sqmy-attach", "POST", "/zx/api/sqmy/attach", h, body)
    for _ in range(N):
        q = [("memberId", member()), ("year", c.pick([2026, 2027]))]
        h = client(c, ref, None, 0.5)
        h["Authorization"] = bearer(c)
        c.add(f, "duty-points", "GET", "/zx/api/jf/query?" + qs(q, axios), h)
    for _ in range(N):
        kinds = c.sample(list(DUTY_POINTS), c.num(1, 4))
        items = [{"kind": k, "date": f"{c.day(-90, 0):%Y-%m-%d}", "points": DUTY_POINTS[k]} for k in kinds]
        doc = {"memberId": member(), "items": items, "total": sum(i["points"] for i in items)}
        c.add(f, "duty-register", "POST", "/zx/api/jf/register", web(c, JSON_CT, 0.3, ref), js_json(doc))
    for _ in range(N):
        fields = [
            ("meetingId", f"HY{c.day(0, 30):%Y%m%d}{c.num(1, 9):02d}"),
            ("memberId", member()),
            ("type", c.pick(["病假", "事假", "公假"])),
            ("reason", c.pick(["出差（北京，参加行业会议）", "住院治疗", "单位有重要接待任务"])),
        ]
        c.add(f, "leave-apply", "POST", "/zx/api/hy/leave", jq_form(c, ref, 0.5), qs(fields, jq))
    for _ in range(N):
        book = c.pick(BOOKS_READ)
        doc = {
            "memberId": member(),
            "group": c.pick(["文史读书群", "“书香政协”读书群", "经济界别读书群"]),
            "book": book,
            "content": f"读{book}，感受最深的是“从实际出发”。费孝通先生说，“乡土社会是安土重迁的”；联系我市"
            "乡村振兴实际，村里青壮年外出务工比例超过 60%，“熟人社会”正在变化。政协委员要多到基层走走，把"
            "“请进来”和“走出去”结合起来，提出有分量的意见建议。",
        }
        c.add(f, "reading-note", "POST", "/zx/api/ds/note", client(c, ref, JSON_CT, 0.4), js_json(doc))
    for _ in range(N):
        doc = {
            "title": c.pick(["推进长江安庆段岸线生态修复", "优化城区义务教育学位供给", "发展黄梅戏文旅融合产业"]),
            "reason": c.pick(
                [
                    "涉及面广、群众关注度高，2026 年“12345”相关诉求超过 1,200 件。",
                    "是市委、市政府年度重点工作（见 2027 年《政府工作报告》）。",
                ]
            ),
            "form": c.pick(["专题协商", "对口协商", "界别协商", "提案办理协商"]),
            "proposer": member(),
        }
        c.add(f, "topic-collect", "POST", "/zx/api/xs/topic", web(c, JSON_CT, 0.3, ref), js_json(doc))
    for _ in range(N):
        q = [
            ("studio", c.pick(["文化艺术界委员工作室", "教育界委员工作室", "农业界委员工作室"])),
            ("month", f"2027-{c.num(1, 12):02d}"),
        ]
        c.add(f, "studio-activity", "GET", "/zx/api/gzs/list?" + qs(q, axios), client(c, ref, None, 0.5))
    for _ in range(N):
        doc = {
            "meetingId": f"HY{c.day(-1, 0):%Y%m%d}{c.num(1, 9):02d}",
            "memberId": member(),
            "lng": round(117.04 + c.num(0, 999) / 100000, 6),
            "lat": round(30.52 + c.num(0, 999) / 100000, 6),
            "ts": c.ms(),
        }
        c.add(f, "meeting-sign", "POST", "/zx/mp/api/hy/sign", miniprogram(c, JSON_CT), js_json(doc))


# --- red-cross-service ----------------------------------------------------------------------------------------

MARROW_AGES = (18, 45)
ORGAN_MIN_AGE = 18
CERT_YEARS = 3  # 救护员 证 有效期
BLOOD_TYPES = ["A", "B", "O", "AB"]
AID_CAP = 5000  # 人道 救助 一次 最高 (元)


@family("red-cross-service")
def red_cross_service(c: Corpus) -> None:
    f = "red-cross-service"
    ref = f"{SITE}/hsz/index.html"
    for _ in range(N):
        on = today(c)
        doc = {
            "name": c.person(),
            "idNo": aq_id(c, on, *MARROW_AGES),
            "signDate": f"{on:%Y-%m-%d}",
            "bloodType": c.pick(BLOOD_TYPES),
            "weightKg": c.num(45, 95),
            "mobile": c.mobile(),
            "sampleSite": c.pick(["市中心血站", "迎江区 献血屋", "安庆师范大学 采样点"]),
            "consent": True,
        }
        c.add(f, "marrow-register", "POST", "/hsz/api/gxb/register", client(c, ref, JSON_CT, 0.5), js_json(doc))
    for _ in range(N):
        on = today(c)
        doc = {
            "name": c.person(),
            "idNo": aq_id(c, on, ORGAN_MIN_AGE, 80),
            "signDate": f"{on:%Y-%m-%d}",
            "organs": c.sample(["肝脏", "肾脏", "心脏", "肺脏", "胰腺", "小肠", "眼角膜", "遗体"], c.num(1, 5)),
            "familyInformed": True,
            "emergency": {"name": c.person(), "mobile": c.mobile(), "relation": c.pick(["配偶", "子女", "父母"])},
            "message": c.pick(["", "生命以另一种方式延续。", "希望能帮到需要的人（我是 O 型血）。"]),
        }
        c.add(f, "organ-register", "POST", "/hsz/api/qg/register", client(c, ref, JSON_CT, 0.5), js_json(doc))
    for _ in range(N):
        on = today(c)
        course = c.pick(["普及培训", "救护员培训", "救护员复训"])
        fields = [("name", c.person()), ("idNo", aq_id(c, on, 16, 65)), ("mobile", c.mobile()), ("course", course)]
        fields.append(("applyDate", f"{on:%Y-%m-%d}"))
        if course == "救护员复训":
            got = on - timedelta(days=c.num(700, CERT_YEARS * 365 - 5))
            fields += [("certNo", f"AH{got:%Y}{c.digits(7)}"), ("certDate", f"{got:%Y-%m-%d}")]
        c.add(f, "firstaid-signup", "POST", "/hsz/api/px/signup", jq_form(c, ref, 0.5), qs(fields, jq))
    for _ in range(N):
        q = [("certNo", f"AH{c.num(2022, 2026)}{c.digits(7)}"), ("name", c.person())]
        c.add(f, "cert-query", "GET", "/hsz/api/px/cert?" + qs(q, axios), client(c, ref, None, 0.5))
    for _ in range(N):
        q = [("lng", round(116.9 + c.num(0, 30000) / 100000, 6)), ("lat", round(30.45 + c.num(0, 20000) / 100000, 6))]
        q.append(("radius", c.pick([500, 1000, 3000])))
        c.add(
            f,
            "aed-map",
            "GET",
            "/hsz/api/aed/near?" + qs(q, axios),
            miniprogram(c) if c.chance(0.6) else web(c, None, 0.9, ref),
        )
    for _ in range(N):
        doc = {
            "project": c.pick(
                ["“博爱送万家”春节慰问", "红十字 救护 站 建设", "大病 人道 救助 基金", "定向：宿松县 洪灾 救助"]
            ),
            "amount": c.pick([20, 50, 100, 200, 520, 1000]),
            "anonymous": c.chance(0.4),
            "name": c.person(),
            "message": c.pick(["", "一点心意，祝早日康复！", "人道、博爱、奉献 ❤"]),
            "receipt": c.chance(0.3),
        }
        c.add(f, "donate", "POST", "/hsz/api/jk/order", client(c, ref, JSON_CT, 0.5), js_json(doc))
    for _ in range(N):
        total = c.num(30000, 400000) / 100
        reimbursed = round(total * c.num(40, 75) / 100, 2)
        self_pay = round(total - reimbursed, 2)
        parts = [
            ("name", c.person()),
            ("idNo", aq_id(c, today(c), 1, 80)),
            ("disease", c.pick(["急性白血病", "尿毒症（血液透析）", "重度烧伤", "恶性肿瘤（肺癌）"])),
            ("totalCost", f"{total:.2f}"),
            ("reimbursed", f"{reimbursed:.2f}"),
            ("selfPay", f"{self_pay:.2f}"),
            ("requested", f"{min(AID_CAP, self_pay):.2f}"),
            ("bill", ("医疗费用清单.pdf", "application/pdf", pdf_head(c, c.num(700, 1500)))),
        ]
        h, body = upload(c, parts, ref, 0.5)
        c.add(f, "aid-apply", "POST", "/hsz/api/jz/apply", h, body)
    for _ in range(N):
        c.add(
            f, "news-page", "GET", f"/hsz/xwdt/t{c.day(-90, 0):%Y%m%d}_{c.num(100000, 999999)}.html", page(c, ref, 0.5)
        )
    for _ in range(N):
        q = [("county", c.pick(["", *COUNTIES])), ("type", c.pick(["gxb", "xx"]))]
        c.add(f, "sample-sites", "GET", "/hsz/api/gxb/sites?" + qs(q, axios), client(c, ref, None, 0.5))


# --- online-memorial ------------------------------------------------------------------------------------------

QINGMING = (date(2027, 3, 27), date(2027, 4, 11))  # 清明 (4 月 5 日) 祭扫 预约 期
SWEEP_MAX_PEOPLE = 5
ECO_AWARD = {"树葬": 2000, "花坛葬": 2000, "草坪葬": 1500, "壁葬": 1000, "海葬": 3000, "骨灰撒散": 3000}
CEMETERIES = ["安庆市 龙山 公墓", "大观区 长风 公墓", "桐城市 孔城 公墓", "安庆市 烈士 陵园"]
TRIBUTES = [
    "爸，又是一年清明。“清明时节雨纷纷”，今年安庆一直下雨，您种的那棵桂花树长得很好，"
    "孙子考上了大学（合肥工业大学），您放心。",
    "奶奶：您走后的第三个春天，家里一切都好。想念您做的“桐城水碗”，想念您唱的《天仙配》：“树上的鸟儿成双对……”",
    "向革命先烈致敬！1949 年 4 月渡江战役中牺牲在安庆的烈士们，你们的名字我们记得。",
    "妈妈，2027 年 4 月 5 日，我们一家四口来看您。今年没法回去（人在深圳），只能在网上给您献一束花 🌼",
]
MARTYR_CLUES = [
    "伯祖父 1948 年参军（华东野战军），1949 年渡江战役后家里收到一封信，此后再无音讯，"
    "家里只有一张照片，背面写“民国三十七年 摄于 怀宁”。",
    "烈士证明书（1956 年 安徽省人民委员会 颁发）写牺牲于“朝鲜 上甘岭”，但一直找不到安葬地，请帮助查找。",
]


@family("online-memorial")
def online_memorial(c: Corpus) -> None:
    f = "online-memorial"
    ref = f"{SITE}/mzj/jisao/index.html"
    for _ in range(N):
        d = QINGMING[0] + timedelta(days=c.num(0, (QINGMING[1] - QINGMING[0]).days))
        doc = {
            "cemetery": c.pick(CEMETERIES),
            "date": f"{d:%Y-%m-%d}",
            "slot": c.pick(["07:00-09:00", "09:00-11:00", "11:00-13:00", "13:00-15:00", "15:00-17:00"]),
            "people": c.num(1, SWEEP_MAX_PEOPLE),
            "name": c.person(),
            "idNo": aq_id(c, d, 18, 85),
            "plate": c.pick(["", "皖H" + c.alnum(5, "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ")]),
        }
        c.add(f, "tomb-sweep-book", "POST", "/mzj/api/js/book", client(c, ref, JSON_CT, 0.5), js_json(doc))
    for _ in range(N):
        born = date(c.num(1920, 1960), c.num(1, 12), c.num(1, 28))
        died = born + timedelta(days=c.num(40 * 365, 95 * 365))
        parts = [
            ("name", c.person()),
            ("birth", f"{born:%Y-%m-%d}"),
            ("death", f"{min(died, date(2027, 1, 1)):%Y-%m-%d}"),
            ("epitaph", c.pick(["音容宛在，懿德长存", "一生勤俭，教子有方", "慈母手中线，游子身上衣"])),
            ("photo", ("遗像.jpg", "image/jpeg", jpeg(c, c.num(800, 2000)))),
        ]
        h, body = upload(c, parts, ref, 0.8)
        c.add(f, "memorial-create", "POST", "/mzj/api/jng/create", h, body)
    for _ in range(N):
        doc = {
            "hallId": c.num(10000, 99999),
            "nickname": c.pick(["长孙", "小女", "一名市民", c.person()]),
            "content": c.pick(TRIBUTES),
        }
        c.add(f, "tribute-message", "POST", "/mzj/api/jng/message", client(c, ref, JSON_CT, 0.6), js_json(doc))
    for _ in range(N):
        doc = {
            "hallId": c.num(10000, 99999),
            "type": c.pick(["flower", "candle", "wine", "bow"]),
            "count": c.pick([1, 1, 3, 9]),
        }
        c.add(f, "offering", "POST", "/mzj/api/jng/offer", beacon(c, ref, 0.7), js_json(doc))
    for _ in range(N):
        q = [
            ("name", c.pick(["", c.person()])),
            ("hometown", c.pick(["", *[AQ[k] for k in COUNTIES]])),
            ("from", c.pick([1927, 1937, 1945, 1950])),
        ]
        q += [("to", c.pick([1949, 1953, 1979])), ("page", c.num(1, 5))]
        c.add(f, "martyr-search", "GET", "/tyjr/api/yl/search?" + qs(q, axios), web(c, None, 0.5, f"{SITE}/tyjr/yl/"))
    for _ in range(N):
        doc = {
            "martyrName": c.person(),
            "hometown": AQ[c.pick(COUNTIES)],
            "unit": c.pick(["华东野战军 第七兵团", "中国人民志愿军 第十二军", "新四军 第七师"]),
            "clue": c.pick(MARTYR_CLUES),
            "contact": c.person(),
            "mobile": c.mobile(),
        }
        c.add(f, "martyr-kin-search", "POST", "/tyjr/api/yl/xq", web(c, JSON_CT, 0.5, f"{SITE}/tyjr/yl/"), js_json(doc))
    for _ in range(N):
        kind = c.pick(list(ECO_AWARD))
        doc = {
            "type": kind,
            "deceased": c.person(),
            "deceasedIdNo": aq_id(c, today(c), 60, 100),
            "storageCert": f"JC{c.num(2020, 2026)}{c.digits(6)}",
            "applicant": c.person(),
            "mobile": c.mobile(),
            "award": ECO_AWARD[kind],
            "bankCard": "6228" + c.digits(15),
        }
        c.add(f, "eco-burial-apply", "POST", "/mzj/api/stz/apply", web(c, JSON_CT, 0.5, ref), js_json(doc))
    for _ in range(N):
        services = c.sample(["擦拭墓碑", "敬献鲜花", "清理杂草", "视频直播", "照片回传"], c.num(1, 4))
        doc = {
            "cemetery": c.pick(CEMETERIES[:3]),
            "tomb": f"{c.pick('ABCDEF')}区{c.num(1, 40)}排{c.num(1, 30)}号",
            "services": services,
            "note": c.pick(["", "请帮忙摆上一束白菊，谢谢！"]),
        }
        c.add(f, "agent-sweep", "POST", "/mzj/api/js/agent", miniprogram(c, JSON_CT), js_json(doc))
    for _ in range(N):
        c.add(f, "hall-page", "GET", f"/mzj/jisao/hall/{c.num(10000, 99999)}.html", page(c, ref, 0.8))


# --- school-parent-service ------------------------------------------------------------------------------------

AFTERSCHOOL_RATE = 3.0  # 元 per 天 per 生 (课后 服务 收费 标准)
TERM_WEEKS = 18
WEEKDAYS = ["周一", "周二", "周三", "周四", "周五"]
CLUBS = ["合唱", "黄梅戏 小戏骨", "篮球", "围棋", "机器人（乐高 EV3）", "书法", "科学小实验", "英语绘本"]
UNIFORM_ITEMS = {"夏装短袖": 65.0, "春秋运动服（套）": 138.0, "冬装棉服": 198.0, "礼服（套）": 260.0}
TRIPS = {
    "YX2027-01": ("合肥 科技馆 研学（1 日）", 168.0),
    "YX2027-02": ("天柱山 自然 研学（2 日）", 420.0),
    "YX2027-03": ("南京 红色 研学（3 日）", 880.0),
}


def size_code(height: int, chest: int) -> str:
    """号型 (GB/T 1335 5·4 系列): 号 = 身高 in 5 cm steps, 型 = 胸围 in 4 cm steps, 体型 A."""
    return f"{(height + 2) // 5 * 5}/{(chest + 2) // 4 * 4}A"


@family("school-parent-service")
def school_parent_service(c: Corpus) -> None:
    f = "school-parent-service"
    ref = f"{SITE}/jyj/jx/index.html"

    def student() -> str:
        return "G" + aq_id(c, today(c), 6, 15)

    for _ in range(N):
        days = sorted(c.sample(range(5), c.num(2, 5)))
        doc = {
            "xjh": student(),
            "term": "2026-2027-2",
            "days": [WEEKDAYS[i] for i in days],
            "weeks": TERM_WEEKS,
            "rate": AFTERSCHOOL_RATE,
            "fee": round(len(days) * TERM_WEEKS * AFTERSCHOOL_RATE, 2),
            "pickup": c.pick(["17:30", "18:00"]),
        }
        c.add(f, "afterschool-signup", "POST", "/jx/mp/api/khfw/signup", miniprogram(c, JSON_CT), js_json(doc))
    for _ in range(N):
        first, second = c.sample(CLUBS, 2)
        fields = [("xjh", student()), ("first", first), ("second", second), ("term", "2026-2027-2")]
        c.add(f, "club-select", "POST", "/jx/api/st/select", jq_form(c, ref, 0.9), qs(fields, jq))
    for _ in range(N):
        height, chest = c.num(118, 182), c.num(56, 96)
        items = [
            {"item": k, "qty": c.num(1, 2), "price": p} for k, p in c.sample(list(UNIFORM_ITEMS.items()), c.num(1, 3))
        ]
        doc = {
            "xjh": student(),
            "height": height,
            "chest": chest,
            "size": size_code(height, chest),
            "items": items,
            "total": round(sum(i["qty"] * i["price"] for i in items), 2),
        }
        c.add(f, "uniform-order", "POST", "/jx/mp/api/xf/order", miniprogram(c, JSON_CT), js_json(doc))
    for _ in range(N):
        start = c.day(0, 5).replace(hour=c.pick([8, 13]), minute=0, second=0, microsecond=0)
        end = start + timedelta(hours=c.pick([4, 8, 24, 48]))
        sick = c.chance(0.6)
        doc = {
            "xjh": student(),
            "type": "病假" if sick else "事假",
            "start": f"{start:%Y-%m-%d %H:%M}",
            "end": f"{end:%Y-%m-%d %H:%M}",
            "reason": c.pick(["发热 38.5℃，咳嗽，已在市立医院就诊（甲流）", "肠胃炎，医嘱休息 1 天"])
            if sick
            else c.pick(["参加外婆葬礼（怀宁）", "参加全省少儿围棋比赛（合肥）"]),
        }
        c.add(f, "leave-request", "POST", "/jx/api/qj/apply", client(c, ref, JSON_CT, 0.5), js_json(doc))
    for _ in range(N):
        trip = c.pick(list(TRIPS))
        doc = {
            "tripId": trip,
            "trip": TRIPS[trip][0],
            "fee": TRIPS[trip][1],
            "xjh": student(),
            "insurance": True,
            "allergy": c.pick(["无", "青霉素过敏", "花生过敏（严重，随身带 EpiPen）", "晕车，需坐前排"]),
            "guardian": {"name": c.person(), "mobile": c.mobile()},
        }
        c.add(f, "study-trip-signup", "POST", "/jx/api/yx/signup", client(c, ref, JSON_CT, 0.5), js_json(doc))
    for _ in range(N):
        q = [
            ("classId", f"C{c.num(1, 6)}{c.num(1, 12):02d}"),
            ("type", c.pick(["all", "homework", "notice"])),
            ("page", c.num(1, 3)),
        ]
        c.add(f, "notice-list", "GET", "/jx/api/tz/list?" + qs(q, axios), client(c, ref, None, 0.6))
    for _ in range(N):
        fields = [
            ("xjh", student()),
            ("kind", c.pick(["家长会", "家访", "心理咨询"])),
            ("date", f"{open_day(today(c) + timedelta(days=c.num(1, 14))):%Y-%m-%d}"),
            ("time", c.pick(["16:30", "17:00", "19:00"])),
            ("note", c.pick(["", "孩子最近情绪低落，想和班主任聊聊。"])),
        ]
        c.add(f, "meeting-book", "POST", "/jx/api/yy/book", jq_form(c, ref, 0.8), qs(fields, jq))
    for _ in range(N):
        parts = [
            ("xjh", student()),
            ("guardian", c.person()),
            ("relation", c.pick(["父亲", "母亲", "祖父", "祖母"])),
            ("mobile", c.mobile()),
            ("photo", ("接送人照片.jpg", "image/jpeg", jpeg(c, c.num(600, 1500)))),
        ]
        h, body = wx_upload(c, parts) if c.chance(0.5) else upload(c, parts, ref, 0.9)
        c.add(f, "pickup-card", "POST", "/jx/api/js/card", h, body)
    for _ in range(N):
        q = [
            ("xjh", student()),
            ("term", c.pick(["2026-2027-1", "2026-2027-2"])),
            ("item", c.pick(["khfw", "xf", "yx"])),
        ]
        c.add(f, "fee-bill", "GET", "/jx/api/fy/bill?" + qs(q, axios), client(c, ref, None, 0.6))


# --- generation, check and files -------------------------------------------------------------------


def gen() -> list[dict]:
    return generate(Corpus(SEED), FAMILIES)


def check(rec: dict) -> list[str]:
    """What is wrong with one record as an HTTP request (empty: nothing): tests/waf/data/corpus_kit.py."""
    return check_record(rec, SOURCES)


if __name__ == "__main__":
    write_corpus(gen(), check, split, TUNING_FILE, HELD_OUT_FILE, len(FAMILIES))
