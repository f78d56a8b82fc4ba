"""Generate corpus S: a NINETEENTH set of ordinary requests to Chinese government sites, independent of A-R.

    python tests/waf/data/gen_cms_corpus_s.py   # writes cms_s_tuning.jsonl and cms_s_heldout.jsonl next to it

Why another corpus: each fresh corpus so far has found kinds of ordinary traffic the earlier ones lacked, and
S measures the WAF's false positives on traffic no tuning round has seen. A-R cover a site's own pages, CMS
products, widgets, browser reports, citizen services, business back ends, machine-to-machine pushes, gateways,
registries, devices, 部门 business systems, public services, services whose users paste technical text and a
prefecture-level portal cluster. Corpus S is a month of everyday traffic of grassroots (基层) government: one
county (江西省 赣州市 兴国县), its 县级 融媒体 中心, its 乡镇 and 村/社区 sites and the services their residents
and staff use: 村务/财务 公开 栏目 and the 村 报账员's 财务 公开 tables (收入/支出 合计 = the sum of the items,
期末 = 期初 + 收入 - 支出; 村民 代表 会议 表决 counts); 网格员 App event reports (GPS, base64 and multipart
photos, GB/T 30428.2-style 事件 分类 codes, 巡查 轨迹, 入户 走访); 矛盾 纠纷 调解 申请 and 村 调委会 排查
台账 (案号, 当事人 公民身份号码, 协议书 DOCX); 防汛 值班 信息 报送 (水位 and 超警 values, 时段 雨量 and 累计,
转移 人数 by 村 with 集中 + 分散 安置 = 转移, 险情 photos, 预警 叫应 回执); 农村 低保/特困 公示 (脱敏 names,
补差 月 保障 金 = (标准 - 人均 收入) × 人数, 公示 7 天) and 救助 申请 (家庭 成员, 收入); 老年 助餐 点餐 and
高龄 津贴 申领 (age from the 身份证 号, 档次 by age, 补贴 and 实付, 助餐 终端 MD5 signatures, Luhn bank cards);
消费 帮扶/乡村 振兴 产品 商城 (SKU, EAN-13 条码, order totals, 单位 采购 with 统一社会信用代码); 耕地 地力 保护
补贴 清册 (面积 亩 with decimals, 金额 = 面积 × 标准, 合计) and 农机 购置 补贴 (机具 型号 such as 2BMF-4/8,
4LZ-6.0, 1S-300); 学校 明厨亮灶 and 食堂 公示 (留样 ≥ 125 g for 48 小时, 陪餐, 晨检, AI 预警 pushes, 抽检 结果
查询); 人居 环境 整治 随手拍 and 积分 超市 (积分 balances); the 县级 融媒体 App (feeds, comments, likes, 投稿
with long text and images, live rooms, signed calls); and 社区 矫正 (定位 签到, 请假 外出, 思想 汇报) with 法治
宣传 答题. ``SOURCES`` names the public material each family's URLs, parameters, headers and bodies follow;
values are generated deterministically (``SEED``); HOST is a placeholder the evaluation replaces. Where the
services check something (公民身份号码 and 统一社会信用代码 check characters, ages read from the birth date,
EAN-13 and Luhn check digits, table totals, amounts = area × rate, signatures, date spans, GPS inside the county,
magic bytes of uploads) the generator does it for real, so the fast tests can check the requests the way the
receiving servers would. Nothing here is an attack: every value is what the real service really receives.

Each request is one JSONL record as in corpora A-R (method, path, headers, body or body_b64) tagged with its
``family``, ``shape``, ``source`` and ``label`` = family/shape, and passes corpus_kit.check_record.

THE SPLIT is corpus_kit.HashSplit's rule with the salt "corpus-s/", decided and written down here before the
corpus was generated and before anything was evaluated (no WAF result on S was seen by its author; docs/waf.md,
held-out discipline): the three families whose sha256("corpus-s/<family>") hex digests sort first are held out
whole, and no tuning may see them; in every other family a (family, shape) group is held out when
sha256("corpus-s/<family>/<shape>") has a first byte divisible by 4; everything else is the tuning part. Made
once; never re-split, edited or regenerated to pass.
"""

from __future__ import annotations

import base64
import hashlib
import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # run as a script from anywhere

from tests.waf.data import gen_cms_corpus_r as corpus_r
from tests.waf.data.corpus_kit import (
    SITE,
    HashSplit,
    check_record,
    family_registry,
    generate,
    part_files,
    write_corpus,
)
from tests.waf.data.gen_cms_corpus_e import JQ_FORM, JSON_CT, axios, form, jpeg, jq, js_json, qs  # E's
from tests.waf.data.gen_cms_corpus_f import USCC_CHARS, USCC_WEIGHTS, pdf_head, png  # F's files and codes
from tests.waf.data.gen_cms_corpus_k import ID_WEIGHTS  # K's
from tests.waf.data.gen_cms_corpus_l import app_headers, bearer, luhn_digit, miniprogram  # L's clients
from tests.waf.data.gen_cms_corpus_m import DOCX_CT, docx, ean13, upload, web  # M's browser helpers and codes
from tests.waf.data.gen_cms_corpus_n import service  # N's back-end clients
from tests.waf.data.gen_cms_corpus_o import md5_hex  # O's
from tests.waf.data.gen_cms_corpus_p import CSV_CT, csv_text  # P's
from tests.waf.data.gen_cms_corpus_q import jq_form  # Q's
from tests.waf.data.gen_cms_corpus_r import page  # R's

TUNING_FILE, HELD_OUT_FILE = part_files("s")
SEED = 20290305
SALT = "corpus-s/"

SOURCES = {
    "village-affairs-disclosure": "《中华人民共和国村民委员会组织法》 第三十条 (村务 公开 事项, 至少 每 季度 "
    "公布 一次), 民政部 《村务公开目录》, 国办 《关于全面推进基层政务公开标准化规范化工作的指导意见》 "
    "(国办发〔2019〕54号), 财政部 农业农村部 《农村集体经济组织财务制度》 (财农〔2021〕121号: 经营/发包及上交/"
    "投资/补助/其他 收入, 经营/管理/公益/其他 支出) and 县 三务 公开 平台 (村 栏目 pages, 公开 list API by orgCode "
    "and 季度, 报账员 财务 公开 表 录入, 原始 凭证 uploads, 四议两公开 决议 公开, 村民 监督 留言, 公开栏 二维码, "
    "PDF 导出)",
    "grid-event-report": "中共中央 国务院 《关于加强基层治理体系和治理能力现代化建设的意见》 (网格化 管理), "
    "GB/T 30428.2-2013 《数字化城市管理信息系统 第2部分：管理部件和事件》 (大类/小类 事件 编码) and the 县 "
    "社会 治理 综合 信息 平台 网格员 App (okhttp; 事件 上报 with 网格 编码, 经纬度 GCJ-02, base64 现场 照片, 照片 "
    "multipart uploads, 巡查 轨迹 points, 入户 走访 登记, 我的 事件 list, 办结 反馈, 上岗 打卡, 字典 缓存)",
    "dispute-mediation-intake": "《中华人民共和国人民调解法》 (第十七条 申请 调解, 第二十八条 调解 协议书), "
    "司法部 《全国人民调解工作规范》 (SF/T 0083-2021) and 县 矛盾 纠纷 调处 化解 中心 平台 (H5 and 小程序 调解 "
    "申请 with 申请人/被申请人 身份证, 纠纷 类型, 事实 与 请求; 证据 uploads; 村 调委会 排查 台账 batches; 调解 "
    "协议书 DOCX with 案号 （2027）兴X调字第N号; 进度 查询; 调解员 查询; 满意度)",
    "flood-duty-report": "《中华人民共和国防洪法》, 国家防总 《防汛抗旱值班规定》 and 江西省 防汛 值班 信息 "
    '报送 and 预警 叫应 ("三个 责任人") practice as the 县 防汛 指挥 平台 takes it: 值班 签到, 水位 报送 '
    "(测站 编码, 水位 m, 警戒 水位, 超警 幅度), 时段 雨量 and 累计, 转移 安置 报送 by 村 (集中/分散 安置), 险情 "
    "报告 with photos, 短信 叫应 回执 links, 零 报告, 值班 日志",
    "subsistence-relief": "国务院 《社会救助暂行办法》, 民政部 《最低生活保障审核确认办法》 (民发〔2021〕57号: "
    "公示 7 天, 姓名 部分 隐藏, 补差 发放) and 《特困人员认定办法》, 江西省 城乡 低保 标准, 县 社会 救助 "
    "平台 and 乡镇 公示 栏目 (公示 list pages and API, 乡镇 公示 推送 with 户主 脱敏 姓名, 保障 人数, 月 保障 金; "
    "救助 申请 with 家庭 成员 and 收入; 核对 授权书 uploads; 临时 救助; 公示 异议; 进度 查询)",
    "elder-meal-service": "民政部 等 《积极发展老年助餐服务行动方案》 (民发〔2023〕58号) and 江西省 老年 助餐 "
    "补贴, 县 养老 服务 小程序 (助餐点 菜单, 点餐 with 按 年龄 补贴 from the 身份证 号, 配送 签收 with GPS and "
    "photo), 助餐 终端 (Android POS: 刷卡/刷脸 消费, MD5 signed), 高龄 津贴 申领 (80-89/90-99/100+ 档, 社保卡 "
    "金融 账户), 津贴 发放 公示, 居家 养老 上门 服务 工单, 评价",
    "rural-revitalization-mall": "国家发展改革委 等 《关于继续大力实施消费帮扶巩固拓展脱贫攻坚成果的指导意见》, "
    "脱贫 地区 农副 产品 网络 销售 平台 (832 平台) product and order fields, 帮扶 产品 认定 编号, GS1 EAN-13 "
    "条码, and the 县 融媒体 中心 运营 的 乡村 振兴 产品 商城 (微信 H5/小程序: 商品 列表/详情, 购物车, 下单 with "
    "SKU, 运费, 优惠券, 预算 单位 采购 with 统一社会信用代码, 收货 地址, 评价 with photos, 物流 查询)",
    "farmland-subsidy-roster": '财政部 农业农村部 《关于全面推开农业"三项补贴"改革工作的通知》 (财农〔2016〕26号: '
    '耕地 地力 保护 补贴 按 确权 面积, 元/亩), 惠民惠农 财政 补贴 资金 "一卡通" (财农〔2020〕 …), 农业农村部 '
    "农机 购置 与 应用 补贴 实施 指导 意见 (补贴 机具 品目, 型号 2BMF-4/8, 4LZ-6.0, 1S-300, 1GQN-200, 3WWDZ-16, "
    "出厂 编号, 人机 合影) as the 县 补贴 系统 takes them: 村 清册 录入 and CSV 导入, 面积 核实, 一卡通 查询, 机具 "
    "目录 查询, 补贴 公示 pages",
    "school-canteen-kitchen": "教育部 市场监管总局 国家卫生健康委 《学校食品安全与营养健康管理规定》 (令第45号: "
    '陪餐, 食谱 公示, 留样 ≥ 125 g 冷藏 48 小时, 晨检), 市场监管总局 "互联网+明厨亮灶" and the 县 智慧 校园 '
    "食安 平台 (食谱 公示, 陪餐 记录 with base64 photo, 留样 and 晨检 记录, AI 摄像头 预警 推送 with MD5 sign, "
    "家长 端 直播 HLS, 食品 安全 抽检 结果 查询 by 抽样 编号, 家长 意见)",
    "living-environment-snap": '中办 国办 《农村人居环境整治提升五年行动方案（2021—2025年）》 and 县 "人居 '
    '环境 随手拍" 小程序 and 村 "积分 超市" (wx.uploadFile photos, 随手拍 提交 with 问题 类型 and GPS, 我的 '
    "随手拍, 村 干部 整改 反馈 with 整改 后 photos, 户 积分 登记, 积分 兑换 with balances, 红黑榜 pages, 县 检查 "
    "评分 表 totals)",
    "county-media-app": "国家广播电视总局 GY/T 321-2019 《县级融媒体中心建设规范》 and 《县级融媒体中心省级技术"
    "平台规范要求》, the 县 融媒体 App (okhttp and iOS clients: 频道 信息 流, 文章, 评论 with emoji and quotes, "
    "点赞, 爆料/投稿 with long text and several images, 直播 心跳 and 弹幕, 评选 投票; 签名 sign = MD5 of sorted "
    "params + appSecret) and its 微信 分享 H5 pages",
    "community-correction": "《中华人民共和国社区矫正法》 and 《中华人民共和国社区矫正法实施办法》 "
    "(司发通〔2020〕59号: 信息化 核查, 外出 七日 以内 司法所 批准, 超过 七日 县级 社区矫正 机构 批准, 每次 不超过 "
    "三十日, 教育 学习, 公益 活动) as the 省 智慧 矫正 App takes them (定位 签到, 请假 外出 申请, 思想 汇报 DOCX, "
    "学习 记录, 公益 活动 登记) and the 司法局 法治 宣传 答题 H5 (宪法 宣传周 题目, 提交 答案, 排行)",
}

SPLIT = HashSplit(SALT, SOURCES)  # the rule in the docstring (tests/waf/data/corpus_kit.py)
split, HELD_OUT_FAMILIES = SPLIT.split, SPLIT.held_out_families  # split(reqs): (tuning part, held-out part)


# --- the corpus: R's (and so Q's, P's, … F's), recording S's sources --------------------------------------


class Corpus(corpus_r.Corpus):
    """R's corpus (values, browsers, header order, day(); SourceTagged): requests are tagged with S's sources."""

    sources = SOURCES


FAMILIES: dict[str, Callable[[Corpus], None]] = {}
family = family_registry(FAMILIES)

N = 16  # requests per (family, shape)

COUNTY = "360732"  # 江西省 赣州市 兴国县
TOWNS = {  # 统计用 区划 代码 (乡级 3 digits): 名称, its 村/社区
    "100": ("潋江镇", ["城北社区", "城南社区", "将军社区", "桃园村", "文溪村", "横石村"]),
    "101": ("江背镇", ["江背村", "坪石村", "大坪村", "大水村", "新街村"]),
    "102": ("古龙岗镇", ["古龙岗村", "白石村", "星光村", "彭岭村", "坪田村"]),
    "103": ("梅窖镇", ["梅窖村", "三僚村", "阳佳村", "长岗村", "大湾村"]),
    "104": ("高兴镇", ["高兴村", "高多村", "文峰村", "老营盘村", "回龙村"]),
    "105": ("良村镇", ["良村村", "东山村", "中州村", "坪沙村"]),
    "106": ("龙口镇", ["龙口村", "睦埠村", "莲塘村", "云石村"]),
    "200": ("长冈乡", ["长冈村", "塘背村", "秀水村", "合富村"]),
    "201": ("东村乡", ["东村村", "小洞村", "竹坝村", "含田村"]),
    "202": ("杰村乡", ["杰村村", "含田村", "武三村", "良坑村"]),
    "203": ("社富乡", ["社富村", "东韶村", "大富村", "中坪村"]),
    "204": ("埠头乡", ["埠头村", "龙沙村", "程水村", "金沙村"]),
}
TOWN_ABBR = {
    "100": "潋",
    "101": "江",
    "102": "古",
    "103": "梅",
    "104": "高",
    "105": "良",
    "106": "龙",
    "200": "长",
    "201": "东",
    "202": "杰",
    "203": "社",
    "204": "埠",
}
LNG, LAT = (115.05, 115.75), (26.05, 26.65)  # 兴国县 extent (GCJ-02)
SURNAMES = "钟陈刘谢黄李曾王邱朱张肖温何傅胡吴罗"
GIVEN = [
    "春华",
    "建国",
    "秀英",
    "桂兰",
    "德明",
    "小红",
    "志强",
    "金凤",
    "水生",
    "冬梅",
    "永福",
    "丽萍",
    "海平",
    "玉兰",
    "国庆",
    "发林",
    "淑芬",
    "文斌",
    "梓涵",
    "子轩",
    "雨欣",
    "俊杰",
    "招娣",
    "长生",
]


def person(c: Corpus) -> str:
    return c.pick(SURNAMES) + c.pick(GIVEN)


def masked_name(name: str) -> str:
    """姓名 as 公示 shows it: the surname, then * for the rest but the last character of 3-character names."""
    return name[0] + "*" if len(name) == 2 else name[0] + "*" * (len(name) - 2) + name[-1]


def village(c: Corpus) -> tuple[str, str, str]:
    """(12-digit 统计用 区划 代码, 乡镇, 村/社区) of a 兴国 village."""
    town = c.pick(list(TOWNS))
    name, villages = TOWNS[town]
    i = c.num(0, len(villages) - 1)
    v = villages[i]
    return f"{COUNTY}{town}{(1 + i if v.endswith('社区') else 200 + i):03d}", name, v


def xg_id(c: Corpus, born: date, male: bool | None = None) -> str:
    """A 公民身份号码 of a 兴国 register with a given birth date (odd 17th digit: male), GB 11643 check."""
    if male is None:
        male = c.chance(0.5)
    seq = c.num(10, 99) * 10 + c.pick([1, 3, 5, 7, 9] if male else [0, 2, 4, 6, 8])
    body = f"{COUNTY}{born:%Y%m%d}{seq:03d}"
    return body + "10X98765432"[sum(int(d) * w for d, w in zip(body, ID_WEIGHTS, strict=True)) % 11]


def born(c: Corpus, lo: int, hi: int) -> date:
    """A birth date between the years lo and hi."""
    return date(lo, 1, 1) + timedelta(days=c.num(0, (date(hi, 12, 31) - date(lo, 1, 1)).days))


def adult_id(c: Corpus, male: bool | None = None) -> str:
    return xg_id(c, born(c, 1950, 2002), male)


def uscc_xg(c: Corpus, prefix: str) -> str:
    """A 兴国 统一社会信用代码 (93 农民专业合作社, 91 企业, 12 事业单位, 11 机关, 54 村委会), GB 32100 check."""
    body = prefix + COUNTY + "".join(c.pick(USCC_CHARS[:10] + "MA") for _ in range(9))
    check = (31 - sum(USCC_CHARS.index(ch) * w for ch, w in zip(body, USCC_WEIGHTS, strict=True)) % 31) % 31
    return body + USCC_CHARS[check]


def card(c: Corpus) -> str:
    """A 社保卡 金融 账户 / 一卡通 bank card with its Luhn digit."""
    body = c.pick(["621799", "622848", "623059", "621700", "622180"]) + c.digits(12)
    return body + luhn_digit(body)


def gps(c: Corpus) -> tuple[float, float]:
    return round(c.num(0, 70000) / 100000 + LNG[0], 6), round(c.num(0, 60000) / 100000 + LAT[0], 6)


def stamp(c: Corpus, lo: int = -30, hi: int = 0) -> str:
    return f"{c.day(lo, hi):%Y-%m-%d %H:%M:%S}"


def yuan(cents: int) -> float:
    return round(cents / 100, 2)


def photo_b64(c: Corpus, lo: int = 300, hi: int = 900) -> str:
    return base64.b64encode(jpeg(c, c.num(lo, hi))).decode()


def age_on(idno: str, day: date) -> int:
    """周岁 on ``day`` from the birth date a 公民身份号码 carries."""
    b = date(int(idno[6:10]), int(idno[10:12]), int(idno[12:14]))
    return day.year - b.year - ((day.month, day.day) < (b.month, b.day))


def okhttp_multipart(c: Corpus, parts: list[tuple[str, str | tuple[str, str, bytes]]]) -> tuple[str, bytes]:
    """(Content-Type, body) as okhttp's MultipartBody writes it: a UUID boundary, Content-Length on each file."""
    boundary = c.uid()
    out = b""
    for name, value in parts:
        if isinstance(value, str):
            data = value.encode()
            out += f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n'.encode()
            out += f"Content-Length: {len(data)}\r\n\r\n".encode() + data + b"\r\n"
        else:
            fname, ctype, data = value
            out += f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{fname}"\r\n'.encode()
            out += f"Content-Type: {ctype}\r\nContent-Length: {len(data)}\r\n\r\n".encode() + data + b"\r\n"
    return f"multipart/form-data; boundary={boundary}", out + f"--{boundary}--\r\n".encode()


def wx_upload(c: Corpus, parts: list[tuple[str, str | tuple[str, str, bytes]]]) -> tuple[dict[str, str], bytes]:
    """wx.uploadFile from a 小程序: its WebKit-style boundary, the page-frame Referer."""
    boundary = "----WebKitFormBoundary" + c.alnum(16)
    out = b""
    for name, value in parts:
        if isinstance(value, str):
            out += f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
        else:
            fname, ctype, data = value
            out += f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{fname}"\r\n'.encode()
            out += f"Content-Type: {ctype}\r\n\r\n".encode() + data + b"\r\n"
    return miniprogram(c, f"multipart/form-data; boundary={boundary}"), out + f"--{boundary}--\r\n".encode()


def wx_h5(c: Corpus, ctype: str | None = None, referer: str = "") -> dict[str, str]:
    """A page in 微信's built-in browser (an H5 opened from a 公众号 menu or a shared link)."""
    b = c.browser(1.0)
    while not b.wechat:
        b = c.browser(1.0)
    return c.headers(b, accept="application/json, text/plain, */*", ctype=ctype, referer=referer)


def wx_nav(c: Corpus, referer: str | None = None) -> dict[str, str]:
    b = c.browser(1.0)
    while not b.wechat:
        b = c.browser(1.0)
    return c.headers(b, kind="nav", referer=referer, site="none" if referer is None else "same-origin")


# --- village-affairs-disclosure ---------------------------------------------------------------------------

INCOME_ITEMS = {
    "jysr": "经营收入",
    "fbsr": "发包及上交收入",
    "tzsy": "投资收益",
    "bzsr": "补助收入",
    "qtsr": "其他收入",
}
EXPENSE_ITEMS = {"jyzc": "经营支出", "glfy": "管理费用", "gyzc": "公益支出", "qtzc": "其他支出"}
COLUMNS = {"cwgk": "财务公开", "cwgk2": "村务公开", "dwgk": "党务公开", "xmgk": "项目公开", "zcgk": "资产资源"}
RESOLUTIONS = [
    "关于{v}{n}组通组公路硬化（长 {m} 米、宽 3.5 米）项目实施的决议：经村党组织提议、村“两委”会议商议、党员大会"
    "审议、村民代表会议决议，同意实施，总投资约 {amt} 万元（其中申请“一事一议”财政奖补资金，村民自愿投工投劳）。",
    "关于村集体{v}油茶基地（{m} 亩）对外发包的决议：采取公开竞价方式发包，起拍价 {amt} 元/年，承包期 10 年"
    "（2027 年 1 月 1 日—2036 年 12 月 31 日），发包收入纳入村集体经济组织账户统一核算。",
    "关于{v}脱贫户、监测户“防返贫”产业奖补名单的决议：经入户核实，{n} 户符合《兴国县 2027 年产业奖补实施方案》"
    "条件，奖补资金合计 {amt} 元，名单在村务公开栏公示 7 天（监督电话：0797-5{tel}）。",
]
FEEDBACKS = [
    "第二季度公开表里“管理费用 12,860.00 元”没有明细，想看一下里面的“误工补贴”是给哪些人、按什么标准（元/天）发的？",
    "公开栏上贴的《2027年一季度财务公开表》字太小，而且被雨淋湿看不清了，能不能在“兴国三务公开”小程序上也发一份？",
    "村里水泥路（通组公路）去年公示的是 3.5 米宽，实际只有 3 米左右，请核实一下工程量和验收情况。",
    "“一事一议”筹资每人 20 元已经交了，但收据上写的是“其他收入”，请问是不是应该记在“一事一议筹资”科目？",
]


@family("village-affairs-disclosure")
def village_affairs_disclosure(c: Corpus) -> None:
    f = "village-affairs-disclosure"
    for _ in range(N):
        code, _, _ = village(c)
        col = c.pick(list(COLUMNS))
        c.add(f, "column-page", "GET", f"/swgk/{code}/{col}/index.html", page(c, f"{SITE}/swgk/{code}/index.html", 0.5))
    for _ in range(N):
        code, _, _ = village(c)
        q = [
            ("orgCode", code),
            ("lmdm", c.pick(list(COLUMNS))),
            ("year", c.num(2025, 2027)),
            ("quarter", c.num(1, 4)),
            ("pageNo", c.num(1, 4)),
            ("pageSize", 10),
        ]
        c.add(f, "list-api", "GET", "/swgk/api/gk/list?" + qs(q, axios), web(c, None, 0.5, f"{SITE}/swgk/{code}/"))
    for _ in range(N):
        code, town, vil = village(c)
        income = {k: c.num(0, 9000000) if k != "bzsr" else c.num(500000, 30000000) for k in INCOME_ITEMS}
        expense = {k: c.num(0, 6000000) for k in EXPENSE_ITEMS}
        opening = c.num(1000000, 80000000)
        total_in, total_out = sum(income.values()), sum(expense.values())
        doc = {
            "orgCode": code,
            "orgName": f"兴国县{town}{vil}股份经济合作社",
            "year": c.num(2026, 2027),
            "quarter": c.num(1, 4),
            "qcye": yuan(opening),
            "sr": {k: yuan(v) for k, v in income.items()},
            "srhj": yuan(total_in),
            "zc": {k: yuan(v) for k, v in expense.items()},
            "zchj": yuan(total_out),
            "qmye": yuan(opening + total_in - total_out),
            "bzy": person(c),
            "lzxzjd": "经村务监督委员会审核，账实相符。",
        }
        h = web(c, JSON_CT, 0.0, f"{SITE}/swgkadmin/cwgk/edit?orgCode={code}")
        c.add(f, "finance-table-save", "POST", "/swgkadmin/api/cwgk/save", h, js_json(doc))
    for _ in range(N):
        if c.chance(0.7):
            data = jpeg(c, c.num(800, 2000))
            file = (f"IMG_{c.when():%Y%m%d}_{c.num(100000, 235959)}.jpg", "image/jpeg", data)
        else:
            data = pdf_head(c, c.num(800, 1600))
            file = (f"记账凭证{c.num(1, 60):03d}.pdf", "application/pdf", data)
        code, _, _ = village(c)
        parts = [("orgCode", code), ("pzh", f"记-{c.num(1, 120):03d}"), ("md5", md5_hex(data)), ("file", file)]
        h, body = upload(c, parts, f"{SITE}/swgkadmin/cwgk/voucher", 0.0)
        c.add(f, "voucher-upload", "POST", "/swgkadmin/api/file/upload", h, body)
    for _ in range(N):
        code, _, vil = village(c)
        due = c.num(25, 45)
        present = c.num(due * 2 // 3 + 1, due)
        agree = c.num(present * 2 // 3 + 1, present)
        against = c.num(0, present - agree)
        doc = {
            "orgCode": code,
            "title": f"{vil}村民代表会议决议公开",
            "content": c.pick(RESOLUTIONS).format(
                v=vil, n=c.num(1, 12), m=c.num(300, 2600), amt=c.num(3, 80), tel=c.digits(6)
            ),
            "hyrq": f"{c.day(-60, -1):%Y-%m-%d}",
            "bj": {"yd": due, "sd": present, "ty": agree, "fd": against, "qq": present - agree - against},
            "gkqx": c.pick([7, 10, 15]),
        }
        h = web(c, JSON_CT, 0.0, f"{SITE}/swgkadmin/cwgk2/edit")
        c.add(f, "resolution-publish", "POST", "/swgkadmin/api/cwgk2/publish", h, js_json(doc))
    for _ in range(N):
        code, _, _ = village(c)
        fields = [
            ("orgCode", code),
            ("lx", c.pick(["质询", "建议", "举报"])),
            ("nr", c.pick(FEEDBACKS)),
            ("xm", person(c)),
            ("dh", c.mobile()),
            ("sfnm", c.pick(["0", "1"])),
        ]
        c.add(
            f,
            "villager-feedback",
            "POST",
            "/swgk/jd/submit.do",
            jq_form(c, f"{SITE}/swgk/{code}/", 0.8),
            qs(fields, jq),
        )
    for _ in range(N):
        code, _, _ = village(c)
        q = [("code", code), ("from", "qrcode"), ("t", c.ms() // 1000)]
        c.add(f, "qr-scan-open", "GET", "/swgk/m/village.html?" + qs(q, form), wx_nav(c))
    for _ in range(N):
        code, _, _ = village(c)
        q = [("orgCode", code), ("year", c.num(2025, 2027)), ("quarter", c.num(1, 4)), ("type", "pdf")]
        c.add(f, "export-pdf", "GET", "/swgk/api/cwgk/export?" + qs(q, axios), page(c, f"{SITE}/swgk/{code}/", 0.3))


# --- grid-event-report ------------------------------------------------------------------------------------

EVENT_TYPES = {  # 大类 小类 code: 名称 (GB/T 30428.2 style, plus the 综治 categories the platform adds)
    "0101": "私搭乱建",
    "0102": "暴露垃圾",
    "0103": "积存垃圾渣土",
    "0108": "乱堆物堆料",
    "0201": "非法小广告",
    "0301": "施工扰民",
    "0401": "路面塌陷",
    "0402": "自来水管破裂",
    "0501": "无照经营游商",
    "0504": "占道经营",
    "1001": "邻里纠纷",
    "1002": "婚姻家庭纠纷",
    "1101": "消防安全隐患",
    "1102": "自建房安全隐患",
    "1201": "独居老人关爱",
}
EVENT_TEXTS = [
    "{v}{n}组村道边有村民堆放建筑垃圾（约 {m} 方），占用路面一半，晚上骑电动车容易出事，已口头劝导，需镇里协调清运。",
    "{v}老屋（土坯房，{m} 年前建）后墙开裂约 2 厘米，屋主（{age} 岁独居老人）仍住在里面，建议尽快排查鉴定并临时转移。",
    "{v}{n}组两户因宅基地滴水檐（约 0.5 米）发生争执，双方情绪激动，已联系村调委会，约定明天上午到现场调解。",
    "集镇（{v}街）门口电动车“飞线充电”（从 3 楼拉线下来），存在火灾隐患，已拍照并告知房东，要求 3 日内整改。",
    "{v}村口自来水管爆裂，水流到马路上（“哗哗”流了 1 个多小时），已电话通知水厂（0797-5{tel}），请跟进。",
]
GRID_APP = "xgzz-grid"


def grid_text(c: Corpus, vil: str) -> str:
    return c.pick(EVENT_TEXTS).format(v=vil, n=c.num(1, 12), m=c.num(2, 40), age=c.num(70, 92), tel=c.digits(6))


def grid_code(code: str, c: Corpus) -> str:
    """网格 编码: the village's 12-digit code and a 3-digit 网格 number."""
    return f"{code}{c.num(1, 12):03d}"


@family("grid-event-report")
def grid_event_report(c: Corpus) -> None:
    f = "grid-event-report"

    def app(ctype: str | None = JSON_CT) -> dict[str, str]:
        return app_headers(c, GRID_APP, c.pick(["2.6.3", "2.7.0"]), ctype)

    for _ in range(N):
        code, town, vil = village(c)
        etype = c.pick(list(EVENT_TYPES))
        lng, lat = gps(c)
        doc = {
            "gridCode": grid_code(code, c),
            "eventType": etype,
            "eventTypeName": EVENT_TYPES[etype],
            "title": f"{vil}{EVENT_TYPES[etype]}",
            "description": grid_text(c, vil),
            "lng": lng,
            "lat": lat,
            "coordType": "gcj02",
            "address": f"江西省赣州市兴国县{town}{vil}",
            "images": [photo_b64(c) for _ in range(c.num(1, 2))],
            "happenTime": stamp(c, -2, 0),
            "urgent": c.pick([0, 0, 1]),
        }
        c.add(f, "event-report", "POST", "/grid/api/v2/event/report", app(), js_json(doc))
    for _ in range(N):
        data = jpeg(c, c.num(1500, 4000))
        ctype, body = okhttp_multipart(
            c, [("bizType", "event"), ("md5", md5_hex(data)), ("file", (f"{c.ms()}.jpg", "image/jpeg", data))]
        )
        c.add(f, "photo-upload", "POST", "/grid/api/v2/file/upload", app(ctype), body)
    for _ in range(N):
        lng, lat = gps(c)
        t0 = c.ms()
        pts = []
        for i in range(c.num(5, 14)):
            lng, lat = round(lng + c.num(-40, 40) / 100000, 6), round(lat + c.num(-40, 40) / 100000, 6)
            pts.append({"lng": lng, "lat": lat, "t": t0 + i * 30000 + c.num(0, 5000), "acc": c.num(5, 30)})
        code, _, _ = village(c)
        doc = {"gridCode": grid_code(code, c), "patrolId": c.uid(), "points": pts}
        c.add(f, "patrol-track", "POST", "/grid/api/v2/patrol/track", app(), js_json(doc))
    for _ in range(N):
        code, _, vil = village(c)
        doc = {
            "gridCode": grid_code(code, c),
            "hh": f"{code}{c.num(1, 400):04d}",
            "hz": person(c),
            "lxdh": c.mobile(),
            "rylx": c.pick(["独居老人", "留守儿童", "残疾人", "监测户", "外出务工返乡人员"]),
            "zfnr": c.pick(
                [
                    "了解家庭近况，老人身体尚可，血压偏高（160/95），提醒按时服药。",
                    "询问务工情况：在广东东莞电子厂上班，月收入约 5,000 元，春节返乡。",
                    "宣传防范电信诈骗（“不听、不信、不转账”），安装“国家反诈中心”App。",
                ]
            ),
            "zfsj": stamp(c, -5, 0),
        }
        c.add(f, "visit-log", "POST", "/grid/api/v2/visit/save", app(), js_json(doc))
    for _ in range(N):
        q = [
            ("status", c.pick(["0", "1", "2", ""])),
            ("pageNum", c.num(1, 5)),
            ("pageSize", 20),
            ("keyword", c.pick(["", "垃圾", "纠纷", "隐患"])),
        ]
        c.add(f, "event-list", "GET", "/grid/api/v2/event/mine?" + qs(q, form), app(None))
    for _ in range(N):
        doc = {
            "eventId": f"SJ{c.when():%Y%m%d}{c.digits(6)}",
            "result": c.pick(
                [
                    "已协调镇环卫所清运完毕，现场恢复整洁。",
                    "双方达成口头协议（滴水檐以现状为界），矛盾化解。",
                    "房东已拆除飞线，改为集中充电桩充电（“一车一位”）。",
                ]
            ),
            "afterImages": [photo_b64(c)],
            "finishTime": stamp(c, -1, 0),
        }
        c.add(f, "event-close", "POST", "/grid/api/v2/event/finish", app(), js_json(doc))
    for _ in range(N):
        lng, lat = gps(c)
        code, _, _ = village(c)
        fields = [("gridCode", grid_code(code, c)), ("lng", lng), ("lat", lat), ("type", c.pick(["on", "off"]))]
        c.add(f, "duty-clock", "POST", "/grid/api/v2/clock", app("application/x-www-form-urlencoded"), qs(fields, form))
    for _ in range(N):
        q = [("dictType", c.pick(["event_type", "person_type", "house_type"])), ("version", c.num(20, 60))]
        c.add(f, "dict-sync", "GET", "/grid/api/v2/dict?" + qs(q, form), app(None))


# --- dispute-mediation-intake ------------------------------------------------------------------------------

DISPUTE_TYPES = ["婚姻家庭", "邻里纠纷", "土地承包", "山林权属", "宅基地", "劳务报酬", "道路交通", "损害赔偿"]
DISPUTE_FACTS = [
    "申请人与被申请人系{v}{n}组邻居。{d}，被申请人在自家屋后砌围墙，占用了申请人家门前的排水沟（约 {m} 米），"
    "下雨时积水倒灌进申请人厨房。双方多次协商未果，村干部调解过一次，被申请人说“地是我家的，你管不着”。",
    "申请人于 {d} 起在被申请人承包的脐橙园务工（除草、施肥、摘果），约定每天 {amt} 元，共 {m} 天，"
    "被申请人至今拖欠工钱 {total} 元，只打了一张欠条（“年底结清”），现已过期。",
    "{d} 下午，被申请人驾驶电动三轮车在{v}村道与申请人的摩托车相撞，申请人右腿骨折，住院 {m} 天，医疗费 {total} 元"
    "（有发票），交警已出具《道路交通事故认定书》（被申请人负主要责任），双方对赔偿数额有争议。",
]
DISPUTE_CLAIMS = [
    "请求拆除占用排水沟的围墙并恢复原状。",
    "请求支付拖欠的劳务报酬。",
    "请求赔偿医疗费、误工费、护理费等损失。",
]


def case_no(c: Corpus, town: str) -> str:
    return f"（{c.num(2026, 2027)}）兴{TOWN_ABBR[town]}调字第{c.num(1, 180)}号"


def party(c: Corpus) -> dict:
    idno = adult_id(c)
    return {"xm": person(c), "sfzh": idno, "xb": "男" if int(idno[16]) % 2 else "女", "lxdh": c.mobile()}


@family("dispute-mediation-intake")
def dispute_mediation_intake(c: Corpus) -> None:
    f = "dispute-mediation-intake"
    ref = f"{SITE}/tjzx/h5/apply.html"

    def facts(vil: str) -> str:
        m, amt = c.num(3, 40), c.num(120, 200)
        return c.pick(DISPUTE_FACTS).format(
            v=vil, n=c.num(1, 12), d=f"{c.day(-200, -10):%Y年%-m月%-d日}", m=m, amt=amt, total=f"{m * amt:,}"
        )

    for _ in range(N):
        code, _, vil = village(c)
        doc = {
            "sqr": [party(c)],
            "bsqr": [party(c)],
            "jflx": c.pick(DISPUTE_TYPES),
            "ssjg": facts(vil),
            "qqsx": c.pick(DISPUTE_CLAIMS),
            "szqh": code,
            "ly": "h5",
        }
        c.add(f, "apply-h5", "POST", "/tjzx/api/apply/submit", wx_h5(c, JSON_CT, ref), js_json(doc))
    for _ in range(N):
        code, _, vil = village(c)
        doc = {
            "applicant": party(c),
            "respondent": party(c),
            "type": c.pick(DISPUTE_TYPES),
            "facts": facts(vil),
            "claims": c.pick(DISPUTE_CLAIMS),
            "areaCode": code,
            "agree": True,
        }
        c.add(f, "apply-miniapp", "POST", "/tjzx/mp/apply", miniprogram(c, "application/json"), js_json(doc))
    for _ in range(N):
        file = c.pick(
            [
                ("欠条.jpg", "image/jpeg", jpeg(c, c.num(900, 2000))),
                ("道路交通事故认定书.pdf", "application/pdf", pdf_head(c, c.num(900, 1800))),
                ("现场照片.png", "image/png", png(c, c.num(900, 1800))),
            ]
        )
        h, body = upload(c, [("bizId", c.uid()), ("lx", "zj"), ("file", file)], ref, 0.9)
        c.add(f, "evidence-upload", "POST", "/tjzx/api/file/upload", h, body)
    for _ in range(N):
        code, town, vil = village(c)
        rows = []
        for _ in range(c.num(2, 6)):
            rows.append(
                {
                    "pcrq": f"{c.day(-30, 0):%Y-%m-%d}",
                    "jflx": c.pick(DISPUTE_TYPES),
                    "sjrs": c.num(2, 9),
                    "zt": c.pick(["已化解", "调解中", "已上报"]),
                }
            )
        doc = {
            "orgCode": code,
            "tjwyh": f"{town}{vil}人民调解委员会",
            "month": f"{c.day(-30, 0):%Y-%m}",
            "rows": rows,
            "hj": {"js": len(rows), "rs": sum(r["sjrs"] for r in rows), "yhj": sum(r["zt"] == "已化解" for r in rows)},
        }
        c.add(
            f,
            "ledger-batch",
            "POST",
            "/tjzxadmin/api/pc/batch",
            web(c, JSON_CT, 0.0, f"{SITE}/tjzxadmin/pc"),
            js_json(doc),
        )
    for _ in range(N):
        town = c.pick(list(TOWNS))
        no = case_no(c, town)
        a, b = party(c), party(c)
        paras = [
            f"人民调解协议书 {no}",
            f"当事人：{a['xm']}，身份证号 {a['sfzh']}；{b['xm']}，身份证号 {b['sfzh']}。",
            "纠纷主要事实、争议事项：" + facts(TOWNS[town][1][0]),
            f"经调解，自愿达成如下协议：一、{b['xm']}于 {c.day(5, 30):%Y年%-m月%-d日} 前履行上述义务；二、双方今后"
            "不得再就此事发生争执。",
            "本协议一式三份，当事人各执一份，人民调解委员会留存一份。",
        ]
        parts = [("ah", no), ("file", (f"调解协议书{no}.docx", DOCX_CT, docx(paras)))]
        h, body = upload(c, parts, f"{SITE}/tjzxadmin/case/detail", 0.0)
        c.add(f, "agreement-upload", "POST", "/tjzxadmin/api/case/agreement", h, body)
    for _ in range(N):
        q = [("ah", case_no(c, c.pick(list(TOWNS)))), ("sjhhsw", c.digits(4))]
        c.add(f, "progress-query", "GET", "/tjzx/api/case/progress?" + qs(q, axios), wx_h5(c, None, ref))
    for _ in range(N):
        town = c.pick(list(TOWNS))
        q = [("xzqh", f"{COUNTY}{town}"), ("zc", c.pick(["", "婚姻家庭", "土地山林", "交通事故"])), ("page", 1)]
        c.add(f, "mediator-list", "GET", "/tjzx/api/tjy/list?" + qs(q, axios), wx_h5(c, None, ref))
    for _ in range(N):
        fields = [
            ("ah", case_no(c, c.pick(list(TOWNS)))),
            ("myd", c.pick(["5", "5", "4", "3"])),
            ("pj", c.pick(["", "调解员很耐心，“有理有据”，谢谢！", "协议签了但对方还没履行（已过期 10 天）。"])),
        ]
        c.add(f, "satisfaction", "POST", "/tjzx/api/case/evaluate", wx_h5(c, JQ_FORM, ref), qs(fields, jq))


# --- flood-duty-report ------------------------------------------------------------------------------------

STATIONS = {  # 测站 编码: (站名, 河流, 警戒 水位 m)
    "62303350": ("兴国", "潋江", 179.50),
    "62303400": ("龙口", "潋江", 166.80),
    "62303200": ("江背", "平江", 191.20),
    "62303100": ("杰村", "长冈水库入库", 205.60),
    "62303550": ("埠头", "潋江", 158.40),
}
DANGERS = ["堤防渗漏", "山体滑坡", "房屋后坡开裂", "山塘漫顶", "道路塌方", "桥梁冲毁"]


@family("flood-duty-report")
def flood_duty_report(c: Corpus) -> None:
    f = "flood-duty-report"
    ref = f"{SITE}/fxzh/duty/index.html"
    for _ in range(N):
        town = c.pick(list(TOWNS))
        fields = [
            ("dw", TOWNS[town][0] + "防汛办"),
            ("dbld", person(c)),
            ("dblddh", c.mobile()),
            ("zby", person(c)),
            ("zbydh", c.mobile()),
            ("zbrq", f"{c.day(-20, 0):%Y-%m-%d}"),
            ("bc", c.pick(["白班", "夜班"])),
        ]
        c.add(f, "duty-sign", "POST", "/fxzh/duty/sign.do", jq_form(c, ref, 0.3), qs(fields, jq))
    for _ in range(N):
        stcd = c.pick(list(STATIONS))
        name, river, warn = STATIONS[stcd]
        level = round(warn + c.num(-250, 120) / 100, 2)
        doc = {
            "stcd": stcd,
            "stnm": name,
            "rvnm": river,
            "tm": f"{c.day(-20, 0):%Y-%m-%d %H}:00:00",
            "z": level,
            "wrz": warn,
            "cjz": round(level - warn, 2),
            "wptn": c.pick(["涨", "落", "平"]),
            "bsr": person(c),
        }
        c.add(f, "water-level", "POST", "/fxzh/api/sq/report", web(c, JSON_CT, 0.5, ref), js_json(doc))
    for _ in range(N):
        start = c.day(-20, 0).replace(minute=0, second=0, microsecond=0)
        hours = [round(c.num(0, 350) / 10, 1) for _ in range(c.num(3, 12))]
        doc = {
            "stcd": c.pick(list(STATIONS)),
            "kssj": f"{start:%Y-%m-%d %H:%M}",
            "jssj": f"{start + timedelta(hours=len(hours)):%Y-%m-%d %H:%M}",
            "sdyl": hours,
            "ljyl": round(sum(hours), 1),
        }
        c.add(f, "rainfall", "POST", "/fxzh/api/yq/report", web(c, JSON_CT, 0.5, ref), js_json(doc))
    for _ in range(N):
        rows = []
        for _ in range(c.num(2, 5)):
            code, _, vil = village(c)
            total = c.num(3, 160)
            central = c.num(0, total)
            rows.append(
                {
                    "cdm": code,
                    "cmc": vil,
                    "zyrs": total,
                    "lr": c.num(0, total // 2),
                    "et": c.num(0, total // 3),
                    "jzaz": central,
                    "fsaz": total - central,
                }
            )
        doc = {
            "xz": c.pick([t[0] for t in TOWNS.values()]),
            "sj": stamp(c, -20, 0),
            "rows": rows,
            "hj": sum(r["zyrs"] for r in rows),
            "bz": c.pick(["", "已落实“一户一策”，安置点有饮用水、被褥。"]),
        }
        c.add(f, "evacuation", "POST", "/fxzh/api/zy/report", web(c, JSON_CT, 0.3, ref), js_json(doc))
    for _ in range(N):
        lng, lat = gps(c)
        _, town, vil = village(c)
        parts = [
            ("xqlx", c.pick(DANGERS)),
            ("dd", f"{town}{vil}"),
            ("lng", str(lng)),
            ("lat", str(lat)),
            (
                "ms",
                f"{vil}后山出现裂缝（长约 {c.num(5, 30)} 米、宽 {c.num(2, 20)} 厘米），已疏散坡下 {c.num(2, 9)} 户。",
            ),
            ("file", (f"mmexport{c.ms()}.jpg", "image/jpeg", jpeg(c, c.num(1500, 3500)))),
        ]
        h, body = upload(c, parts, f"{SITE}/fxzh/xq/report.html", 0.9)
        c.add(f, "danger-report", "POST", "/fxzh/api/xq/report", h, body)
    for _ in range(N):
        q = [("c", c.alnum(8)), ("t", c.ms() // 1000), ("r", c.pick(["1", "1", "2"]))]
        c.add(f, "warning-receipt", "GET", "/yj/hy?" + qs(q, form), page(c, None, 1.0, "none"))
    for _ in range(N):
        town = c.pick(list(TOWNS))
        fields = [
            ("dw", TOWNS[town][0]),
            ("rq", f"{c.day(-20, 0):%Y-%m-%d}"),
            ("xqqk", "无"),
            ("zqqk", "无"),
            ("bz", "今日全镇无险情、无灾情（零报告）。"),
            ("bsr", person(c)),
        ]
        c.add(f, "zero-report", "POST", "/fxzh/duty/zero.do", jq_form(c, ref, 0.4), qs(fields, jq))
    for _ in range(N):
        start = c.day(-30, -1)
        q = [
            ("kssj", f"{start:%Y-%m-%d}"),
            ("jssj", f"{start + timedelta(days=c.num(1, 10)):%Y-%m-%d}"),
            ("dw", c.pick(["", "潋江镇防汛办", "龙口镇防汛办"])),
            ("page", c.num(1, 3)),
        ]
        c.add(f, "duty-log-list", "GET", "/fxzh/api/duty/log?" + qs(q, axios), web(c, None, 0.2, ref))


# --- subsistence-relief -----------------------------------------------------------------------------------

DIBAO_LINE = 760  # 农村 低保 标准, 元/人·月 (兴国 2027)
RELATIONS = ["配偶", "子", "女", "父亲", "母亲", "孙子", "孙女"]


def family_members(c: Corpus) -> tuple[list[dict], int]:
    """A household: 户主 and members with 月 收入 (元); the household's 人均 月 收入 is under the 标准."""
    n = c.num(1, 5)
    members = []
    for i in range(n):
        idno = adult_id(c) if i == 0 else xg_id(c, born(c, 1945, 2020))
        members.append(
            {
                "xm": person(c),
                "sfzh": idno,
                "gx": "户主" if i == 0 else c.pick(RELATIONS),
                "ysr": c.num(0, DIBAO_LINE // 2),
            }
        )
    return members, sum(m["ysr"] for m in members)


@family("subsistence-relief")
def subsistence_relief(c: Corpus) -> None:
    f = "subsistence-relief"
    ref = f"{SITE}/shjz/gs/index.html"
    for _ in range(N):
        code, _, _ = village(c)
        c.add(f, "publicity-page", "GET", f"/shjz/gs/{code[:9]}/{c.day(-60, 0):%Y%m}.html", page(c, ref, 0.6))
    for _ in range(N):
        q = [
            ("xzqh", f"{COUNTY}{c.pick(list(TOWNS))}"),
            ("lb", c.pick(["dbgs", "tkgs", "lsjz"])),
            ("ny", f"{c.day(-90, 0):%Y%m}"),
            ("page", c.num(1, 5)),
        ]
        c.add(f, "publicity-api", "GET", "/shjz/api/gs/list?" + qs(q, axios), web(c, None, 0.6, ref))
    for _ in range(N):
        start = c.day(-30, 0).date()
        rows = []
        for _ in range(c.num(3, 8)):
            code, _, vil = village(c)
            people = c.num(1, 5)
            income = c.num(0, DIBAO_LINE - 100)
            rows.append(
                {
                    "cmc": vil,
                    "hzxm": masked_name(person(c)),
                    "bzrs": people,
                    "rjsr": income,
                    "ybzj": (DIBAO_LINE - income) * people,
                    "lb": c.pick(["新增", "新增", "调标"]),
                }
            )
        doc = {
            "xz": c.pick([t[0] for t in TOWNS.values()]),
            "bzbz": DIBAO_LINE,
            "gsqs": f"{start:%Y-%m-%d}",
            "gsjz": f"{start + timedelta(days=6):%Y-%m-%d}",
            "rows": rows,
            "jdh": f"0797-5{c.digits(6)}",
        }
        c.add(
            f,
            "publicity-push",
            "POST",
            "/shjzadmin/api/gs/publish",
            web(c, JSON_CT, 0.0, f"{SITE}/shjzadmin/gs"),
            js_json(doc),
        )
    for _ in range(N):
        members, total = family_members(c)
        code, _, _ = village(c)
        doc = {
            "sqlx": c.pick(["最低生活保障", "特困人员供养"]),
            "szqh": code,
            "jtcy": members,
            "jtysr": total,
            "rjysr": round(total / len(members), 2),
            "sqly": c.pick(
                [
                    "丈夫去年因病去世，本人患慢性肾病需长期透析（每月自付约 1,200 元），两个孩子在读书。",
                    "本人 78 岁，无配偶无子女，“五保”老人，无劳动能力，靠种点菜维持生活。",
                    "儿子车祸致残（肢体二级），儿媳外出后失联，家中两位老人带着孙子生活。",
                ]
            ),
            "yhkh": card(c),
            "sqrq": f"{c.day(-30, 0):%Y-%m-%d}",
        }
        c.add(
            f,
            "relief-apply",
            "POST",
            "/shjz/api/apply/submit",
            wx_h5(c, JSON_CT, f"{SITE}/shjz/h5/apply"),
            js_json(doc),
        )
    for _ in range(N):
        file = c.pick(
            [
                ("家庭经济状况核对授权书.jpg", "image/jpeg", jpeg(c, c.num(1000, 2500))),
                ("诊断证明.pdf", "application/pdf", pdf_head(c, c.num(900, 1800))),
                ("残疾证.png", "image/png", png(c, c.num(700, 1500))),
            ]
        )
        h, body = upload(
            c, [("sqid", c.uid()), ("cllx", c.pick(["sqs", "sqs", "zm"])), ("file", file)], f"{SITE}/shjz/h5/apply", 0.9
        )
        c.add(f, "material-upload", "POST", "/shjz/api/file/upload", h, body)
    for _ in range(N):
        idno = adult_id(c)
        doc = {
            "sqr": person(c),
            "sfzh": idno,
            "lxdh": c.mobile(),
            "jzlx": c.pick(["急难型", "支出型"]),
            "sqje": c.num(5, 30) * 100,
            "sy": c.pick(
                ["房屋失火（{d}），衣物被褥全部烧毁。", "孩子突发急性白血病，已在省儿童医院花费 {m} 元。"]
            ).format(d=f"{c.day(-20, -1):%-m月%-d日}", m=f"{c.num(20000, 90000):,}"),
        }
        c.add(f, "temp-relief", "POST", "/shjz/api/lsjz/apply", wx_h5(c, JSON_CT, f"{SITE}/shjz/h5/lsjz"), js_json(doc))
    for _ in range(N):
        fields = [
            ("gsid", str(c.num(10000, 99999))),
            (
                "nr",
                c.pick(
                    [
                        "公示名单中“刘*生”家有小车（约 15 万元）和在县城的商品房，不符合低保条件，请核查。",
                        "我家情况符合条件（父亲瘫痪在床），为什么这次公示没有我们？村里说“名额有限”。",
                    ]
                ),
            ),
            ("lxdh", c.mobile()),
            ("nm", c.pick(["1", "0"])),
        ]
        c.add(f, "objection", "POST", "/shjz/gs/objection.do", jq_form(c, ref, 0.7), qs(fields, jq))
    for _ in range(N):
        q = [("sfzh", adult_id(c)), ("yzm", c.alnum(4, "0123456789"))]
        c.add(f, "progress-query", "GET", "/shjz/api/apply/progress?" + qs(q, axios), wx_h5(c, None, ref))


# --- elder-meal-service -----------------------------------------------------------------------------------

MEAL_POINTS = {
    "ZC001": "潋江镇城北社区长者食堂",
    "ZC002": "江背镇江背村幸福食堂",
    "ZC003": "高兴镇颐养之家",
    "ZC004": "龙口镇睦埠村老年助餐点",
    "ZC005": "古龙岗镇中心敬老院助餐点",
}
DISHES = [
    ("红烧肉", 800),
    ("兴国米粉鱼", 900),
    ("清炒时蔬", 300),
    ("番茄炒蛋", 400),
    ("米饭", 50),
    ("鱼饼汤", 500),
    ("蒸南瓜", 200),
    ("白切鸡", 1000),
    ("紫菜蛋花汤", 200),
]
MEAL_SUBSIDY = [(80, 500), (70, 300), (60, 100)]  # 周岁 ≥: 每餐 补贴 (分)
ALLOWANCE = [(100, 500), (90, 200), (80, 100)]  # 周岁 ≥: 高龄 津贴 元/月
POS_KEY = "xgzc_pos_2027_9f3a1c"


def meal_subsidy(age: int) -> int:
    return next((s for lo, s in MEAL_SUBSIDY if age >= lo), 0)


def pos_sign(params: dict[str, str]) -> str:
    """The 助餐 终端's sign: MD5 of key=value pairs sorted by key, joined by &, then &key=secret, upper case."""
    text = "&".join(f"{k}={params[k]}" for k in sorted(params) if params[k] != "") + f"&key={POS_KEY}"
    return hashlib.md5(text.encode(), usedforsecurity=False).hexdigest().upper()


@family("elder-meal-service")
def elder_meal_service(c: Corpus) -> None:
    f = "elder-meal-service"
    for _ in range(N):
        q = [
            ("pointId", c.pick(list(MEAL_POINTS))),
            ("date", f"{c.day(-10, 7):%Y-%m-%d}"),
            ("meal", c.pick(["lunch", "dinner"])),
        ]
        c.add(f, "menu-query", "GET", "/zcfw/mp/menu?" + qs(q, form), miniprogram(c))
    for _ in range(N):
        idno = xg_id(c, born(c, 1935, 1966))
        day = c.day(-10, 0).date()
        items = [{"name": n, "price": p, "qty": c.num(1, 2)} for n, p in c.sample(DISHES, c.num(2, 4))]
        total = sum(i["price"] * i["qty"] for i in items)
        sub = min(meal_subsidy(age_on(idno, day)), total)
        doc = {
            "pointId": c.pick(list(MEAL_POINTS)),
            "eatDate": f"{day:%Y-%m-%d}",
            "idCard": idno,
            "name": person(c),
            "items": items,
            "totalFee": total,
            "subsidyFee": sub,
            "payFee": total - sub,
            "takeType": c.pick(["dine", "delivery"]),
        }
        h = miniprogram(c, "application/json")
        h["Authorization"] = bearer(c)
        c.add(f, "order-submit", "POST", "/zcfw/mp/order/create", h, js_json(doc))
    for _ in range(N):
        params = {
            "deviceSn": f"XGPOS{c.digits(8)}",
            "cardNo": card(c),
            "amount": str(c.num(200, 1500)),
            "pointId": c.pick(list(MEAL_POINTS)),
            "payType": c.pick(["card", "face"]),
            "timestamp": str(c.ms()),
            "nonceStr": c.alnum(16),
            "faceToken": "",
        }
        if params["payType"] == "face":
            params["faceToken"] = c.hexs(16)
        params["sign"] = pos_sign(params)
        h = service(c, "okhttp/3.12.13", {"Accept-Encoding": "gzip"}, "application/x-www-form-urlencoded")
        c.add(f, "pos-consume", "POST", "/zcfw/pos/consume", h, qs(params, form))
    for _ in range(N):
        applied = c.day(-30, 0).date()
        idno = xg_id(c, born(c, 1922, applied.year - 80))
        age = age_on(idno, applied)
        if age < 80:  # born late in the year: not 80 yet, apply next year
            applied = applied.replace(year=applied.year + 1)
            age = age_on(idno, applied)
        doc = {
            "xm": person(c),
            "sfzh": idno,
            "nl": age,
            "dc": next(s for lo, s in ALLOWANCE if age >= lo),
            "hjd": village(c)[0],
            "kh": card(c),
            "khh": c.pick(["中国农业银行兴国县支行", "兴国县农村商业银行"]),
            "sqrq": f"{applied:%Y-%m-%d}",
            "dlr": c.pick(["", person(c)]),
        }
        c.add(
            f,
            "allowance-apply",
            "POST",
            "/ylfw/api/gljt/apply",
            wx_h5(c, JSON_CT, f"{SITE}/ylfw/h5/gljt"),
            js_json(doc),
        )
    for _ in range(N):
        q = [("xz", c.pick([t[0] for t in TOWNS.values()])), ("ny", f"{c.day(-90, 0):%Y-%m}"), ("page", c.num(1, 6))]
        c.add(f, "allowance-list", "GET", "/ylfw/gljt/ffgs.html?" + qs(q, form), page(c, f"{SITE}/ylfw/", 0.5))
    for _ in range(N):
        lng, lat = gps(c)
        doc = {
            "orderNo": f"ZC{c.when():%Y%m%d}{c.digits(8)}",
            "lng": lng,
            "lat": lat,
            "signTime": stamp(c, -3, 0),
            "photo": "data:image/jpeg;base64," + photo_b64(c),
            "remark": c.pick(["", "老人不在家，交给邻居钟阿姨代收"]),
        }
        h = miniprogram(c, "application/json")
        c.add(f, "delivery-sign", "POST", "/zcfw/mp/delivery/sign", h, js_json(doc))
    for _ in range(N):
        start = c.day(-20, 0).replace(second=0, microsecond=0)
        minutes = c.pick([30, 45, 60, 90, 120])
        doc = {
            "gdh": f"JJ{start:%Y%m%d}{c.digits(5)}",
            "fwxm": c.pick(["助浴", "助洁", "助医", "理发", "代购"]),
            "lrsfzh": xg_id(c, born(c, 1930, 1960)),
            "kssj": f"{start:%Y-%m-%d %H:%M}",
            "jssj": f"{start + timedelta(minutes=minutes):%Y-%m-%d %H:%M}",
            "fwsc": minutes,
            "fwry": person(c),
            "fwnr": "协助老人洗澡、更换衣物，测量血压（138/86 mmHg），叮嘱按时服药。",
        }
        c.add(
            f,
            "home-service",
            "POST",
            "/ylfw/api/jjfw/finish",
            app_headers(c, "xg-ylfw", "1.4.2", JSON_CT),
            js_json(doc),
        )
    for _ in range(N):
        fields = [
            ("orderNo", f"ZC{c.when():%Y%m%d}{c.digits(8)}"),
            ("score", c.pick(["5", "5", "4", "3"])),
            ("content", c.pick(["饭菜软烂，适合老人，“米粉鱼”味道好！", "希望每周能有一次饺子。", "今天菜偏咸。"])),
        ]
        c.add(
            f,
            "meal-review",
            "POST",
            "/zcfw/mp/review",
            miniprogram(c, "application/x-www-form-urlencoded"),
            qs(fields, form),
        )


# --- rural-revitalization-mall ----------------------------------------------------------------------------

GOODS = [  # (spuId, 名称, 规格, 单价 分, 帮扶 认定)
    ("10021", "兴国 脐橙 赣南 现摘", "5kg 装（果径 75-80mm）", 4990, True),
    ("10022", "兴国 红鲤鱼 干 腊鱼", "500g×2 袋", 6800, True),
    ("10035", "兴国 灰鹅 真空 整只", "约 3kg", 16800, True),
    ("10041", "高兴 油茶 山茶油 压榨 一级", "2.5L", 19800, True),
    ("10052", "兴国 米粉 手工 晒制", "2.5kg", 3990, False),
    ("10067", "均村 红薯干 无添加", "500g×3 袋", 3580, True),
    ("10073", "兴国 茶 覃坑 绿茶 明前", "250g 罐装", 12800, False),
]


def barcode(spu: str) -> str:
    return ean13("6977" + f"{int(spu):05d}" + "000")


@family("rural-revitalization-mall")
def rural_revitalization_mall(c: Corpus) -> None:
    f = "rural-revitalization-mall"
    ref = f"{SITE}/xczx/mall/index.html"
    for _ in range(N):
        q = [
            ("cate", c.pick(["sg", "ly", "qp", "lyjg", ""])),
            ("kw", c.pick(["", "脐橙", "山茶油", "灰鹅 真空"])),
            ("sort", c.pick(["sales_desc", "price_asc", "new"])),
            ("page", c.num(1, 4)),
            ("size", 20),
        ]
        c.add(f, "goods-list", "GET", "/mall/api/goods/list?" + qs(q, axios), wx_h5(c, None, ref))
    for _ in range(N):
        spu = c.pick(GOODS)[0]
        q = [("skuId", f"{spu}0{c.num(1, 3)}"), ("from", c.pick(["share", "home", "search"]))]
        c.add(f, "goods-detail", "GET", f"/xczx/mall/goods/{spu}.html?" + qs(q, form), wx_nav(c, ref))
    for _ in range(N):
        spu = c.pick(GOODS)[0]
        doc = {"skuId": f"{spu}0{c.num(1, 3)}", "num": c.num(1, 5), "selected": True}
        c.add(f, "cart-add", "POST", "/mall/api/cart/add", wx_h5(c, JSON_CT, ref), js_json(doc))
    for _ in range(N):
        items = []
        for spu, name, spec, price, _ in c.sample(GOODS, c.num(1, 3)):
            items.append(
                {
                    "skuId": f"{spu}01",
                    "title": name,
                    "spec": spec,
                    "barcode": barcode(spu),
                    "price": price,
                    "num": c.num(1, 4),
                }
            )
        goods = sum(i["price"] * i["num"] for i in items)
        freight = 0 if goods >= 9900 else 1000
        coupon = c.pick([0, 0, 500, 1000]) if goods >= 5000 else 0
        doc = {
            "items": items,
            "goodsAmount": goods,
            "freight": freight,
            "couponAmount": coupon,
            "payAmount": goods + freight - coupon,
            "addressId": c.num(10000, 99999),
            "remark": c.pick(["", "周末送货", "请发顺丰（到付差价可补）"]),
        }
        h = miniprogram(c, "application/json")
        h["Authorization"] = bearer(c)
        c.add(f, "order-submit", "POST", "/mall/mp/order/submit", h, js_json(doc))
    for _ in range(N):
        spu, name, _, price, _ = c.pick([g for g in GOODS if g[4]])
        num = c.num(20, 300)
        doc = {
            "dwmc": c.pick(["兴国县人民医院", "兴国县第三中学", "兴国县税务局", "兴国县总工会"]),
            "tyshxydm": uscc_xg(c, c.pick(["12", "11", "81"])),
            "skuId": f"{spu}01",
            "spmc": name,
            "dj": price,
            "sl": num,
            "je": price * num,
            "cglx": c.pick(["工会福利", "食堂采购"]),
            "lxr": person(c),
            "lxdh": c.mobile(),
        }
        c.add(
            f,
            "unit-purchase",
            "POST",
            "/mall/api/dwcg/submit",
            web(c, JSON_CT, 0.1, f"{SITE}/xczx/mall/dwcg"),
            js_json(doc),
        )
    for _ in range(N):
        _, town, vil = village(c)
        fields = [
            ("name", person(c)),
            ("mobile", c.mobile()),
            ("province", "江西省"),
            ("city", "赣州市"),
            ("district", "兴国县"),
            ("detail", f"{town}{vil}{c.num(1, 12)}组{c.num(1, 80)}号"),
            ("isDefault", c.pick(["0", "1"])),
        ]
        c.add(f, "address-save", "POST", "/mall/api/address/save", wx_h5(c, JQ_FORM, ref), qs(fields, jq))
    for _ in range(N):
        parts = [
            ("orderNo", f"XC{c.when():%Y%m%d}{c.digits(10)}"),
            ("score", str(c.num(3, 5))),
            (
                "content",
                c.pick(
                    [
                        "橙子很甜，汁水多，个头均匀（有 2 个磕碰，客服已补发）。",
                        "茶油很香，炒菜不起沫。",
                        "鹅肉有点咸，蒸之前泡了 2 小时就好了。",
                    ]
                ),
            ),
            ("file", (f"wx_camera_{c.ms()}.jpg", "image/jpeg", jpeg(c, c.num(900, 2000)))),
        ]
        h, body = wx_upload(c, parts)
        c.add(f, "review-upload", "POST", "/mall/mp/review/submit", h, body)
    for _ in range(N):
        q = [
            ("orderNo", f"XC{c.when():%Y%m%d}{c.digits(10)}"),
            ("expressNo", c.pick(["SF", "YT", "JD"]) + c.digits(13)),
        ]
        c.add(f, "logistics-query", "GET", "/mall/api/order/logistics?" + qs(q, axios), wx_h5(c, None, ref))


# --- farmland-subsidy-roster ------------------------------------------------------------------------------

ARABLE_RATE = 11350  # 耕地 地力 保护 补贴 标准: 113.50 元/亩 (in 分)
MACHINES = [  # (品目, 型号, 名称, 中央 补贴 额 元)
    ("免耕播种机", "2BMF-4/8", "免耕施肥播种机", 6200),
    ("轮式拖拉机", "LX1004", "轮式拖拉机（100马力）", 22000),
    ("全喂入式联合收割机", "4LZ-6.0", "全喂入自走式谷物联合收割机", 30000),
    ("深松机", "1S-300", "振动深松机", 5400),
    ("微耕机", "1WG4.0-110FC-Z", "微耕机", 900),
    ("旋耕机", "1GQN-200", "旋耕机", 2600),
    ("植保无人驾驶航空器", "3WWDZ-16", "植保无人飞机（16L）", 10000),
]


def subsidy_cents(area: str) -> int:
    """金额 (分) = 面积 (亩, 2 decimals) × 标准, rounded half up to the 分."""
    return (int(area.replace(".", "")) * ARABLE_RATE + 50) // 100


def area(c: Corpus) -> str:
    return f"{c.num(30, 1200) / 100:.2f}"


@family("farmland-subsidy-roster")
def farmland_subsidy_roster(c: Corpus) -> None:
    f = "farmland-subsidy-roster"
    ref = f"{SITE}/btxt/gdbt/qc"
    for _ in range(N):
        code, _, vil = village(c)
        rows = []
        for i in range(c.num(3, 8)):
            a = area(c)
            rows.append(
                {
                    "xh": i + 1,
                    "hz": person(c),
                    "sfzh": adult_id(c),
                    "qqmj": a,
                    "btmj": a,
                    "btje": f"{subsidy_cents(a) / 100:.2f}",
                    "yhkh": card(c),
                }
            )
        doc = {
            "nd": c.num(2026, 2027),
            "cdm": code,
            "cmc": vil,
            "bz": f"{ARABLE_RATE / 100:.2f}",
            "rows": rows,
            "hjmj": f"{sum(int(r['btmj'].replace('.', '')) for r in rows) / 100:.2f}",
            "hjje": f"{sum(subsidy_cents(r['btmj']) for r in rows) / 100:.2f}",
        }
        c.add(f, "roster-save", "POST", "/btxt/api/gdbt/qc/save", web(c, JSON_CT, 0.0, ref), js_json(doc))
    for _ in range(N):
        header = ["序号", "户主姓名", "身份证号", "补贴面积（亩）", "补贴金额（元）", "一卡通账号"]
        rows: list[list[object]] = [header]
        for i in range(c.num(4, 12)):
            a = area(c)
            rows.append([i + 1, person(c), adult_id(c), a, f"{subsidy_cents(a) / 100:.2f}", card(c)])
        data = csv_text(rows, bom=True)
        code, _, vil = village(c)
        parts = [("cdm", code), ("nd", "2027"), ("file", (f"{vil}2027年耕地地力保护补贴清册.csv", CSV_CT, data))]
        h, body = upload(c, parts, ref, 0.0)
        c.add(f, "roster-import", "POST", "/btxt/api/gdbt/qc/import", h, body)
    for _ in range(N):
        q = [("sfzh", adult_id(c)), ("nd", c.num(2024, 2027)), ("bxlx", c.pick(["gdbt", "njbt", "zlbt", ""]))]
        c.add(f, "card-query", "GET", "/btxt/api/ykt/query?" + qs(q, axios), wx_h5(c, None, f"{SITE}/btxt/h5/ykt"))
    for _ in range(N):
        contract = c.num(200, 1500)
        nonfarm, idle = c.num(0, contract // 5), c.num(0, contract // 5)
        doc = {
            "sfzh": adult_id(c),
            "cbmj": f"{contract / 100:.2f}",
            "fnzy": f"{nonfarm / 100:.2f}",
            "phmj": f"{idle / 100:.2f}",
            "hdmj": f"{(contract - nonfarm - idle) / 100:.2f}",
            "hsr": person(c),
            "hsyj": c.pick(["", "3 组“大丘田”0.80 亩已建房（2026 年审批）。", "撂荒地已复耕。"]),
        }
        c.add(f, "area-verify", "POST", "/btxt/api/gdbt/hs/save", web(c, JSON_CT, 0.2, ref), js_json(doc))
    for _ in range(N):
        pm, model, name, central = c.pick(MACHINES)
        price = central * c.num(30, 45) // 10
        doc = {
            "gjzxm": person(c),
            "sfzh": adult_id(c),
            "lxdh": c.mobile(),
            "pm": pm,
            "jjxh": model,
            "jjmc": name,
            "ccbh": f"{c.alnum(2, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}{c.num(2024, 2027)}{c.digits(6)}",
            "gjrq": f"{c.day(-60, -1):%Y-%m-%d}",
            "xsjg": price,
            "zybtje": central,
            "yhkh": card(c),
            "jgmc": c.pick(["", "兴国县丰顺农机专业合作社"]),
        }
        if doc["jgmc"]:
            doc["tyshxydm"] = uscc_xg(c, "93")
        c.add(
            f,
            "machine-apply",
            "POST",
            "/njbt/api/apply/submit",
            web(c, JSON_CT, 0.6, f"{SITE}/njbt/apply"),
            js_json(doc),
        )
    for _ in range(N):
        _, model, _, _ = c.pick(MACHINES)
        parts = [
            ("jjxh", model),
            ("lx", c.pick(["rjhy", "mp"])),
            ("file", (f"IMG_{c.num(1000, 9999)}.jpg", "image/jpeg", jpeg(c, c.num(1500, 3500)))),
        ]
        h, body = upload(c, parts, f"{SITE}/njbt/apply", 0.8)
        c.add(f, "machine-photo", "POST", "/njbt/api/file/upload", h, body)
    for _ in range(N):
        pm, model, _, _ = c.pick(MACHINES)
        q = [("pm", pm), ("xh", c.pick([model, model.split("-")[0], ""])), ("sc", ""), ("page", 1)]
        c.add(f, "machine-catalog", "GET", "/njbt/api/catalog?" + qs(q, axios), web(c, None, 0.5, f"{SITE}/njbt/"))
    for _ in range(N):
        code, _, _ = village(c)
        c.add(f, "publicity-page", "GET", f"/btxt/gs/{code}/{c.num(2025, 2027)}.html", page(c, f"{SITE}/btxt/", 0.6))


# --- school-canteen-kitchen -------------------------------------------------------------------------------

SCHOOLS = {
    "XX01": "兴国县第一小学",
    "XX02": "潋江镇中心小学",
    "ZX01": "兴国县第三中学",
    "ZX02": "江背镇中学",
    "YE01": "兴国县第二幼儿园",
}
AI_ALERTS = {"NO_MASK": "未戴口罩", "NO_HAT": "未戴厨师帽", "SMOKING": "吸烟", "PHONE": "玩手机", "MOUSE": "发现老鼠"}
SAMPLE_MIN_G = 125
KITCHEN_KEY = "mclz-xg-2027"


def kitchen_sign(app: str, ts: str, body: str) -> str:
    return md5_hex(f"{app}{ts}{body}{KITCHEN_KEY}".encode())


@family("school-canteen-kitchen")
def school_canteen_kitchen(c: Corpus) -> None:
    f = "school-canteen-kitchen"
    ref = f"{SITE}/zhxy/st/admin"
    for _ in range(N):
        monday = c.day(-30, 7).date()
        monday -= timedelta(days=monday.weekday())
        days = [
            {
                "rq": f"{monday + timedelta(days=i):%Y-%m-%d}",
                "cp": [{"mc": n, "jg": p / 100} for n, p in c.sample(DISHES, 3)],
            }
            for i in range(5)
        ]
        doc = {
            "xxdm": c.pick(list(SCHOOLS)),
            "zc": f"{monday:%Y-%m-%d}",
            "sp": days,
            "yysm": "每餐保证“两荤两素一汤”，食用油 ≤ 25 g/人·天，盐 ≤ 5 g/人·天。",
        }
        c.add(f, "menu-publicity", "POST", "/zhxy/api/st/menu/save", web(c, JSON_CT, 0.0, ref), js_json(doc))
    for _ in range(N):
        doc = {
            "xxdm": c.pick(list(SCHOOLS)),
            "pcr": person(c),
            "zw": c.pick(["校长", "副校长", "家委会代表"]),
            "pcrq": f"{c.day(-20, 0):%Y-%m-%d}",
            "cb": c.pick(["午餐", "早餐"]),
            "pj": c.pick(["饭菜温度适宜，分量足；青菜略老。", "学生反映“鱼饼汤”偏咸，已要求调整。"]),
            "zp": "data:image/jpeg;base64," + photo_b64(c),
        }
        c.add(f, "accompany-meal", "POST", "/zhxy/api/st/pc/save", web(c, JSON_CT, 0.7, ref), js_json(doc))
    for _ in range(N):
        at = c.day(-20, 0).replace(second=0, microsecond=0)
        doc = {
            "xxdm": c.pick(list(SCHOOLS)),
            "cpmc": c.pick(DISHES)[0],
            "lyzl": c.num(SAMPLE_MIN_G, 200),
            "lysj": f"{at:%Y-%m-%d %H:%M}",
            "xhsj": f"{at + timedelta(hours=c.num(48, 52)):%Y-%m-%d %H:%M}",
            "lyr": person(c),
            "lcwd": f"{c.num(0, 8)}℃",
        }
        c.add(f, "sample-retention", "POST", "/zhxy/api/st/ly/save", web(c, JSON_CT, 0.8, ref), js_json(doc))
    for _ in range(N):
        doc = {
            "xxdm": c.pick(list(SCHOOLS)),
            "rq": f"{c.day(-20, 0):%Y-%m-%d}",
            "ry": [
                {
                    "xm": person(c),
                    "tw": round(36 + c.num(0, 9) / 10, 1),
                    "jkzh": f"赣{c.num(2025, 2027)}{c.digits(8)}",
                    "sbsk": False,
                    "fxhx": False,
                }
                for _ in range(c.num(3, 8))
            ],
        }
        c.add(f, "morning-check", "POST", "/zhxy/api/st/cj/save", web(c, JSON_CT, 0.8, ref), js_json(doc))
    for _ in range(N):
        kind = c.pick(list(AI_ALERTS))
        body = js_json(
            {
                "deviceSerial": f"F{c.digits(8)}",
                "channelNo": c.num(1, 4),
                "schoolCode": c.pick(list(SCHOOLS)),
                "alarmType": kind,
                "alarmName": AI_ALERTS[kind],
                "alarmTime": stamp(c, -20, 0),
                "picUrl": f"https://oss.example-iot.cn/mclz/{c.hexs(16)}.jpg?Expires={c.ms() // 1000}",
            }
        )
        ts = str(c.ms())
        h = service(
            c,
            "Apache-HttpClient/4.5.13 (Java/1.8.0_392)",
            {"appKey": "mclz-hik", "timestamp": ts, "sign": kitchen_sign("mclz-hik", ts, body)},
        )
        c.add(f, "ai-alert-push", "POST", "/zhxy/open/mclz/alarm", h, body)
    for _ in range(N):
        serial = f"F{c.digits(8)}"
        q = [("token", c.b64(24, urlsafe=True)), ("expire", c.ms() // 1000 + 3600)]
        h = wx_h5(c, None, f"{SITE}/zhxy/h5/mclz.html")
        h["Accept"] = "*/*"
        c.add(f, "live-open", "GET", f"/live/mclz/{serial}_{c.num(1, 4)}.m3u8?" + qs(q, form), h)
    for _ in range(N):
        q = [("cybh", f"DC{c.num(26, 27)}3607{c.digits(8)}"), ("spmc", c.pick(["", "大米", "食用植物油", "鸡蛋"]))]
        c.add(f, "inspection-query", "GET", "/spaq/cj/query?" + qs(q, form), page(c, f"{SITE}/spaq/", 0.5))
    for _ in range(N):
        fields = [
            ("xxdm", c.pick(list(SCHOOLS))),
            (
                "nr",
                c.pick(
                    [
                        "孩子说中午的饭有时候是“夹生”的，请食堂注意。",
                        "建议公示每天的食材进货（肉、蛋）来源和检疫证明。",
                        "直播画面经常卡（“正在缓冲”），能否优化？",
                    ]
                ),
            ),
            ("lxdh", c.mobile()),
        ]
        c.add(f, "parent-feedback", "POST", "/zhxy/h5/feedback", wx_h5(c, JQ_FORM, f"{SITE}/zhxy/h5/"), qs(fields, jq))


# --- living-environment-snap ------------------------------------------------------------------------------

SNAP_TYPES = ["垃圾乱堆乱放", "污水横流", "乱搭乱建", "厕所粪污", "畜禽散养", "杂物乱堆", "河塘漂浮物"]
POINT_ITEMS = [
    ("庭院整洁", 10),
    ("垃圾分类", 5),
    ("门前三包", 5),
    ("参加义务劳动", 10),
    ("移风易俗", 20),
    ("乱扔垃圾", -5),
]
REWARDS = [("洗衣粉", 30), ("食用油", 80), ("大米 10 斤", 60), ("毛巾", 15), ("酱油", 20)]


@family("living-environment-snap")
def living_environment_snap(c: Corpus) -> None:
    f = "living-environment-snap"
    for _ in range(N):
        h, body = wx_upload(
            c, [("type", "ssp"), ("file", (f"tmp_{c.hexs(16)}.jpg", "image/jpeg", jpeg(c, c.num(1200, 3000))))]
        )
        c.add(f, "snap-upload", "POST", "/rjhj/mp/upload", h, body)
    for _ in range(N):
        lng, lat = gps(c)
        _, town, vil = village(c)
        doc = {
            "wtlx": c.pick(SNAP_TYPES),
            "ms": f"{vil}{c.num(1, 12)}组路口垃圾池满了好几天没人清（“臭气熏天”），旁边还有人倒建筑垃圾。",
            "lng": lng,
            "lat": lat,
            "dz": f"兴国县{town}{vil}",
            "tp": [f"https://{SITE[8:]}/rjhj/file/{c.when():%Y%m%d}/{c.hexs(16)}.jpg" for _ in range(c.num(1, 3))],
            "nm": c.chance(0.4),
        }
        c.add(f, "snap-submit", "POST", "/rjhj/mp/report", miniprogram(c, "application/json"), js_json(doc))
    for _ in range(N):
        q = [("status", c.pick(["all", "pending", "done"])), ("page", c.num(1, 3)), ("size", 10)]
        c.add(f, "my-snaps", "GET", "/rjhj/mp/mine?" + qs(q, form), miniprogram(c))
    for _ in range(N):
        parts = [
            ("id", str(c.num(10000, 99999))),
            ("zgsm", c.pick(["已组织保洁员清运，垃圾池加装了盖板。", "已拆除违建棚（约 12 ㎡），恢复绿化。"])),
            ("file", (f"IMG{c.num(1000, 9999)}.jpg", "image/jpeg", jpeg(c, c.num(1200, 3000)))),
        ]
        ctype, body = okhttp_multipart(c, parts)
        c.add(f, "rectify-feedback", "POST", "/rjhj/app/rectify", app_headers(c, "xg-rjhj", "1.2.0", ctype), body)
    for _ in range(N):
        code, _, _ = village(c)
        items = [{"xm": n, "fz": p} for n, p in c.sample(POINT_ITEMS, c.num(1, 4))]
        doc = {
            "hh": f"{code}{c.num(1, 400):04d}",
            "hz": person(c),
            "yf": f"{c.day(-60, 0):%Y-%m}",
            "mx": items,
            "hj": sum(i["fz"] for i in items),
            "djr": person(c),
        }
        c.add(f, "points-record", "POST", "/rjhj/api/jf/save", web(c, JSON_CT, 0.5, f"{SITE}/rjhj/jf"), js_json(doc))
    for _ in range(N):
        code, _, _ = village(c)
        items = [{"sp": n, "jf": p, "sl": c.num(1, 2)} for n, p in c.sample(REWARDS, c.num(1, 3))]
        used = sum(i["jf"] * i["sl"] for i in items)
        balance = used + c.num(0, 300)
        doc = {"hh": f"{code}{c.num(1, 400):04d}", "dhqye": balance, "mx": items, "xhjf": used, "dhhye": balance - used}
        c.add(
            f, "points-exchange", "POST", "/rjhj/api/jf/exchange", web(c, JSON_CT, 0.6, f"{SITE}/rjhj/jf"), js_json(doc)
        )
    for _ in range(N):
        q = [
            ("xz", c.pick([t[0] for t in TOWNS.values()])),
            ("yf", f"{c.day(-90, 0):%Y-%m}"),
            ("lx", c.pick(["hb", "hb2"])),
        ]
        c.add(f, "ranking-page", "GET", "/rjhj/hhb.html?" + qs(q, form), wx_nav(c, f"{SITE}/rjhj/"))
    for _ in range(N):
        code, _, vil = village(c)
        scores = {
            k: c.num(lo, hi)
            for k, lo, hi in (("ljzl", 10, 25), ("wszl", 10, 20), ("csgz", 8, 15), ("crmr", 10, 25), ("zcjz", 5, 15))
        }
        doc = {
            "cdm": code,
            "cmc": vil,
            "jcrq": f"{c.day(-30, 0):%Y-%m-%d}",
            "df": scores,
            "zf": sum(scores.values()),
            "wt": "个别农户房前屋后柴草乱堆；1 处旱厕未改造。",
            "jcz": [person(c), person(c)],
        }
        c.add(
            f, "inspection-score", "POST", "/rjhj/api/jc/score", web(c, JSON_CT, 0.3, f"{SITE}/rjhj/jc"), js_json(doc)
        )


# --- county-media-app -------------------------------------------------------------------------------------

MEDIA_SECRET = "ixg-2027-5e1b7a"
MEDIA_CHANNELS = ["tt", "bd", "xz", "ms", "sp", "zb"]
COMMENTS = [
    "为家乡点赞👍！",
    "“将军县”越来越好了❤️",
    "这条路修好后回老家方便多了，感谢政府！",
    "请问报名截止到哪天？（文中没写）",
    "米粉鱼yyds😋",
    "希望多报道我们高兴镇的脐橙基地🍊",
]
UGC_TEXTS = [
    "【爆料】{d}傍晚，{v}村口的老樟树（树龄约 300 年）被大风刮断一根大枝，压在村道上，所幸没有伤到人。村民自发拿"
    "油锯清理，{n} 分钟后道路恢复通行。希望林业部门来看看这棵古树还有没有危险（树干有空洞）。",
    "【随手拍】今天在{v}看到“兴国山歌”进校园活动，孩子们唱《苏区干部好作风》，唱得特别好！附上几张照片，"
    "希望融媒体中心能报道一下。联系人：{p}，电话见后台。",
]


def media_sign(params: dict[str, str]) -> str:
    """The App gateway's sign: MD5 of the sorted key=value pairs joined by & and the appSecret appended."""
    return md5_hex(("&".join(f"{k}={params[k]}" for k in sorted(params)) + MEDIA_SECRET).encode())


@family("county-media-app")
def county_media_app(c: Corpus) -> None:
    f = "county-media-app"

    def app(params: dict[str, str], ctype: str | None = None) -> dict[str, str]:
        h = app_headers(c, "ixingguo", c.pick(["5.2.0", "5.3.1"]), ctype)
        if h["X-Platform"] == "ios":
            h["User-Agent"] = f"AiXingguo/5.3.1 (iPhone; iOS 18.{c.num(0, 6)}; Scale/3.00)"
        h["X-Sign"] = media_sign(params)
        return h

    def base() -> dict[str, str]:
        return {"appId": "ixingguo", "ts": str(c.ms()), "nonce": c.hexs(6)}

    for _ in range(N):
        p = {**base(), "channel": c.pick(MEDIA_CHANNELS), "page": str(c.num(1, 8)), "size": "20"}
        c.add(f, "news-feed", "GET", "/rmt/api/v5/news/list?" + qs(p, form), app(p))
    for _ in range(N):
        d = c.day(-60, 0)
        path = f"/rmt/h5/news/{d:%Y%m%d}/{c.num(100000, 999999)}.html?share=1&from=" + c.pick(
            ["timeline", "singlemessage"]
        )
        c.add(f, "share-open", "GET", path, wx_nav(c))
    for _ in range(N):
        p = {**base(), "newsId": str(c.num(100000, 999999)), "content": c.pick(COMMENTS), "replyTo": c.pick(["", "0"])}
        c.add(
            f,
            "comment-post",
            "POST",
            "/rmt/api/v5/comment/add",
            app(p, "application/x-www-form-urlencoded"),
            qs(p, form),
        )
    for _ in range(N):
        p = {
            **base(),
            "newsId": str(c.num(100000, 999999)),
            "type": c.pick(["news", "video", "comment"]),
            "action": c.pick(["like", "like", "cancel"]),
        }
        c.add(f, "like", "POST", "/rmt/api/v5/like", app(p, "application/x-www-form-urlencoded"), qs(p, form))
    for _ in range(N):
        _, _, vil = village(c)
        text = c.pick(UGC_TEXTS).format(d=f"{c.day(-5, 0):%-m月%-d日}", v=vil, n=c.num(20, 90), p=person(c))
        p = {**base(), "title": f"{vil}的新鲜事", "content": text}
        parts: list = [(k, v) for k, v in p.items()]
        parts += [
            ("images", (f"IMG_{c.num(1000, 9999)}.jpg", "image/jpeg", jpeg(c, c.num(1500, 3000))))
            for _ in range(c.num(1, 3))
        ]
        ctype, body = okhttp_multipart(c, parts)
        c.add(f, "ugc-submit", "POST", "/rmt/api/v5/ugc/submit", app(p, ctype), body)
    for _ in range(N):
        p = {**base(), "roomId": str(c.num(1000, 1100)), "online": "1", "duration": str(c.num(30, 3600))}
        c.add(f, "live-heartbeat", "GET", "/rmt/api/v5/live/heartbeat?" + qs(p, form), app(p))
    for _ in range(N):
        p = {
            **base(),
            "roomId": str(c.num(1000, 1100)),
            "text": c.pick(["主持人好！", "兴国加油💪", "潋江夜景真美", "请问直播回放在哪里看？", "666"]),
        }
        c.add(
            f, "live-danmaku", "POST", "/rmt/api/v5/live/danmaku", app(p, "application/json; charset=utf-8"), js_json(p)
        )
    for _ in range(N):
        fields = [
            ("activityId", str(c.num(30, 45))),
            ("optionId", str(c.num(1, 40))),
            ("ticket", "tr0" + c.b64(60, urlsafe=True)),
            ("randstr", "@" + c.alnum(3)),
        ]
        c.add(
            f,
            "vote",
            "POST",
            "/rmt/h5/vote/submit",
            wx_h5(c, JQ_FORM, f"{SITE}/rmt/h5/vote/index.html"),
            qs(fields, jq),
        )


# --- community-correction ---------------------------------------------------------------------------------

QUIZ = [  # (题号, 题目, 选项, 答案)
    ("Q101", "《中华人民共和国宪法》规定，中华人民共和国的一切权力属于谁？", ["A.人民", "B.国家机关", "C.政党"], "A"),
    ("Q102", "每年的哪一天是国家宪法日？", ["A.3月15日", "B.12月4日", "C.10月1日"], "B"),
    ("Q103", "社区矫正对象外出时间在七日以内的，由谁批准？", ["A.司法所", "B.公安派出所", "C.人民法院"], "A"),
    (
        "Q104",
        "《民法典》规定，成年人为完全民事行为能力人，成年人是指多少周岁以上的自然人？",
        ["A.16周岁", "B.18周岁", "C.20周岁"],
        "B",
    ),
    ("Q105", "“八五”普法规划的时间是？", ["A.2016—2020年", "B.2021—2025年", "C.2026—2030年"], "B"),
]


@family("community-correction")
def community_correction(c: Corpus) -> None:
    f = "community-correction"

    def app(ctype: str | None = JSON_CT) -> dict[str, str]:
        return app_headers(c, "zhjz-jx", c.pick(["3.1.0", "3.2.2"]), ctype)

    for _ in range(N):
        lng, lat = gps(c)
        doc = {
            "jzdxbh": f"3607322{c.digits(9)}",
            "lng": lng,
            "lat": lat,
            "qdsj": stamp(c, -30, 0),
            "rlbd": {"score": round(c.num(8500, 9990) / 100, 2), "token": c.hexs(16)},
            "sbxh": c.pick(["V2309A", "PJZ110"]),
        }
        c.add(f, "location-checkin", "POST", "/zhjz/api/qd/submit", app(), js_json(doc))
    for _ in range(N):
        days = c.num(1, 30)
        start = c.day(1, 20).date()
        doc = {
            "jzdxbh": f"3607322{c.digits(9)}",
            "wcmd": c.pick(["就医", "探亲", "务工", "子女升学"]),
            "mdd": c.pick(["广东省深圳市龙岗区", "江西省南昌市青山湖区", "福建省厦门市思明区"]),
            "kssj": f"{start:%Y-%m-%d}",
            "jssj": f"{start + timedelta(days=days - 1):%Y-%m-%d}",
            "ts": days,
            "spjg": "司法所" if days <= 7 else "县社区矫正机构",
            "lxdh": c.mobile(),
        }
        c.add(f, "leave-apply", "POST", "/zhjz/api/qj/apply", app(), js_json(doc))
    for _ in range(N):
        month = f"{c.day(-60, 0):%Y年%-m月}"
        paras = [
            f"{month}思想汇报",
            "尊敬的司法所领导：",
            "本月我严格遵守《社区矫正法》和各项监督管理规定，按时报到、"
            "参加教育学习（8 小时）和公益活动（“清洁家园”义务劳动 2 次）。",
            "今后我将继续认罪悔罪，遵纪守法。",
            f"汇报人：{person(c)}",
        ]
        ctype, body = okhttp_multipart(
            c, [("lx", "sxhb"), ("yf", month), ("file", (f"{month}思想汇报.docx", DOCX_CT, docx(paras)))]
        )
        c.add(f, "report-upload", "POST", "/zhjz/api/file/upload", app(ctype), body)
    for _ in range(N):
        start = c.day(-30, 0).replace(second=0, microsecond=0)
        minutes = c.pick([30, 45, 60, 90, 120])
        doc = {
            "kcid": c.num(100, 400),
            "kcmc": c.pick(["《社区矫正法》解读", "反电信网络诈骗", "心理健康讲座"]),
            "kssj": f"{start:%Y-%m-%d %H:%M:%S}",
            "jssj": f"{start + timedelta(minutes=minutes):%Y-%m-%d %H:%M:%S}",
            "xxsc": minutes,
        }
        c.add(f, "study-record", "POST", "/zhjz/api/xx/record", app(), js_json(doc))
    for _ in range(N):
        hours = c.num(2, 8)
        doc = {
            "hdmc": c.pick(["敬老院打扫卫生", "村道清扫", "图书馆整理图书"]),
            "hdrq": f"{c.day(-30, 0):%Y-%m-%d}",
            "sc": hours,
            "zmr": person(c),
            "zp": [photo_b64(c)],
        }
        c.add(f, "public-service", "POST", "/zhjz/api/gy/save", app(), js_json(doc))
    for _ in range(N):
        q = [("activityId", c.pick(["xfz2027", "mfd2027"])), ("openid", "o" + c.alnum(27)), ("t", c.ms())]
        c.add(f, "quiz-start", "GET", "/pfdt/api/paper?" + qs(q, axios), wx_h5(c, None, f"{SITE}/pfdt/index.html"))
    for _ in range(N):
        chosen = c.sample(QUIZ, c.num(3, 5))
        answers = [{"qid": q[0], "answer": q[3] if c.chance(0.8) else c.pick("ABC")} for q in chosen]
        doc = {
            "activityId": c.pick(["xfz2027", "mfd2027"]),
            "openid": "o" + c.alnum(27),
            "answers": answers,
            "useTime": c.num(40, 300),
            "name": person(c),
            "phone": c.mobile(),
            "unit": c.pick([t[0] for t in TOWNS.values()]),
        }
        c.add(f, "quiz-submit", "POST", "/pfdt/api/submit", wx_h5(c, JSON_CT, f"{SITE}/pfdt/index.html"), js_json(doc))
    for _ in range(N):
        q = [("activityId", c.pick(["xfz2027", "mfd2027"])), ("type", c.pick(["person", "unit"])), ("top", 50)]
        c.add(f, "quiz-rank", "GET", "/pfdt/api/rank?" + qs(q, axios), wx_h5(c, None, f"{SITE}/pfdt/rank.html"))


# --- generation, check and files -------------------------------------------------------------------


def gen() -> list[dict]:
    return generate(Corpus(SEED), FAMILIES)


def check(rec: dict) -> list[str]:
    """What is wrong with one record as an HTTP request (empty: nothing): tests/waf/data/corpus_kit.py."""
    return check_record(rec, SOURCES)


if __name__ == "__main__":
    write_corpus(gen(), check, split, TUNING_FILE, HELD_OUT_FILE, len(FAMILIES))
