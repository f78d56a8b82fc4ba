"""Generate corpus AD: a THIRTIETH set of ordinary requests to Chinese government sites, independent of A-Z and AA-AC.

    python tests/waf/data/gen_cms_corpus_ad.py   # writes cms_ad_tuning.jsonl and cms_ad_heldout.jsonl next to it

Why another corpus: each fresh corpus so far has found kinds of ordinary traffic the earlier ones lacked, and AD
measures the WAF's false positives on traffic no tuning round has seen. Corpus AD is a month of ordinary traffic to
one province's FOREIGN AFFAIRS, OVERSEAS CHINESE, TAIWAN, HONG KONG and MACAO services on the provincial cloud (福建省
as the model: 外事 办公室 and its 护照 签证 处 and 领事 认证 处, 侨务 (侨办, 侨联, 档案馆's 侨批 collections), 台港澳
事务, the 科技厅's 外国 专家 services, universities' 国际 学生 offices, 出入境 住宿 登记 and the 商务厅's 外贸 desks), as
foreigners, 华侨, 归侨 侨眷, 台胞, 港澳 residents, foreign firms, interpreters and staff use them: multilingual traffic,
written as the real services receive it. None of A-Z or AA-AC has these kinds (E's english-portal and U's
foreign-investor-service are English and 繁體 pages, consults and 港澳台 registration by permit number; AA's
hotel-guest-registration is 旅馆 业 PMS uploads; K's single-window-customs and Z's foreign-trade-service are 报关单,
原产地 证书 and 广交会; L's exit-entry-hukou is 出入境 预约; AD has none of their shapes): 外国人 来华 工作 许可 (names in
Latin script with apostrophes, hyphens and diacritics, passport MRZ lines OCR'd with their ICAO 9303 check digits
and transliterations, 积分 and the A/B/C 类 it gives, CVs and degree titles in English); 因公 出国(境) 审批 and APEC
商务 旅行卡 (团组 members, 出访 days within the 1/2/3-country limits, invitation letters, pre-clearance economies);
领事 认证 and 海牙 附加 证明书 (apostille for Convention parties, 领事 认证 otherwise; document titles in English,
French, Spanish, Russian, Arabic, Vietnamese and Thai); 华侨 身份 认定 (两年 连续 居留 and 18 个月 累计), 归侨 侨眷
证明, 侨资 企业 and 侨捐 项目; 寻根 问祖 and 侨批 档案 (romanised surnames Tan, Lim, Ng, Ting by dialect, old 县
names of today's 区县, 族谱 字辈 in 繁體); 台胞 services (台湾 居民 居住证 830000 numbers, 台胞证, 惠台 补贴 that add up,
繁體, 注音 and 台羅); 港澳 residents (居住证 810000/820000, 回乡证, 香港 身份證 check digits, 社保, 粵語 text); 外国
专家 项目 (English abstracts with LaTeX and chemical equations, ORCID, budgets that add up, review scores); 国际 学生
(admission with MRZ, HSK section scores and totals, 奖学金, 居留 许可 within 30 days of entry); 涉外 翻译 orders
(source texts in Japanese, Korean, Russian, Arabic and Thai, 字数 and prices, glossary CSV, DOCX sources); 境外 人员
住宿 登记 by hosts and 民宿 within 24 hours; and the 外贸 信用证 desk (SWIFT MT700 text in the X character set with
:45A: goods, BICs, IBANs with their mod-97 check, invoices with 12" and 3/4" goods within the credit, Incoterms 2020).
Foreign browsers and locales (Safari, Firefox and Chrome with en-US, ja-JP, ko-KR, ru-RU, zh-TW, zh-HK, es, fr, ar
Accept-Language and language cookies), desktop browsers, 微信 内置 浏览器, 小程序, native Apps and back-end platforms
send them. Permit, apostille, certificate, card and application number patterns, fees and rates are this generator's
tables, not published ones. ``SOURCES`` names the public material each family's URLs, parameters, headers and bodies
follow; values are generated deterministically (``SEED``); HOST is a placeholder the evaluation replaces. Where the
receiving services check something (MRZ check digits and name fields, 身份 证号 and 居住证 check characters, 统一
社会 信用 代码, 香港 身份證 and ORCID check characters, IBAN mod 97, BIC layout, SWIFT X characters and line lengths,
dates in order and within their limits, sums, scores and prices, upload magic bytes, CSV and DOCX that read back) the
generator does it for real, so the fast tests can check the requests the way the receiving servers would. Nothing
here is an attack: every value is what the real service really receives.

Each request is one JSONL record as in corpora A-Z and AA-AC (method, path, headers, body or body_b64) tagged with
its ``family``, ``shape``, ``source`` and ``label`` = family/shape, and passes corpus_kit.check_record.

THE SPLIT is corpus_kit.HashSplit's rule with the salt "corpus-ad/", decided and written down here before the corpus
was generated and before anything was evaluated (no WAF result on AD was seen by its author; docs/waf.md, held-out
discipline): the three families whose sha256("corpus-ad/<family>") hex digests sort first are held out whole, and no
tuning may see them; in every other family a (family, shape) group is held out when
sha256("corpus-ad/<family>/<shape>") has a first byte divisible by 4; everything else is the tuning part. Made once;
never re-split, edited or regenerated to pass.
"""  # noqa: E501 - the series' first line (independent of A-Z and AA-AC) is one line

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Callable
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # run as a script from anywhere

from tests.waf.data import gen_cms_corpus_ac as corpus_ac
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
from tests.waf.data.gen_cms_corpus_e import (  # E's browsers
    JSON_CT,
    Browser,
    _chrome,
    _firefox,
    _iphone,
    _safari,
    axios,
    jpeg,
    jq,
    qs,
)
from tests.waf.data.gen_cms_corpus_f import pdf_head  # F's
from tests.waf.data.gen_cms_corpus_l import app_headers, miniprogram  # L's
from tests.waf.data.gen_cms_corpus_m import DOCX_CT, docx, upload, web  # M's
from tests.waf.data.gen_cms_corpus_n import service  # N's
from tests.waf.data.gen_cms_corpus_o import orcid  # O's ORCID iD
from tests.waf.data.gen_cms_corpus_p import CSV_CT, csv_text  # P's
from tests.waf.data.gen_cms_corpus_q import jq_form  # Q's
from tests.waf.data.gen_cms_corpus_s import wx_h5  # S's
from tests.waf.data.gen_cms_corpus_t import exif_jpeg  # T's camera JPEG
from tests.waf.data.gen_cms_corpus_v import client, id_check, mod31  # V's
from tests.waf.data.gen_cms_corpus_w import ORG_CHARS, authed, js_doc, org_check, ymd_of  # W's
from tests.waf.data.gen_cms_corpus_x import born_at, hms  # X's
from tests.waf.data.gen_cms_corpus_y import prose, today  # Y's
from tests.waf.data.gen_cms_corpus_z import article, beacons, navigations  # Z's

TUNING_FILE, HELD_OUT_FILE = part_files("ad")
SEED = 20301217
SALT = "corpus-ad/"

SOURCES = {
    "foreigner-work-permit": "《外国人在中国就业管理规定》, 《关于全面实施外国人来华工作许可制度的通知》 "
    "(外专发〔2017〕40号), 《外国人来华工作分类标准（试行）》 (计分: A 类 85 分 以上, B 类 60 分 以上, C 类), "
    "外国人 来华 工作 管理 服务 系统 as 福建省 科学 技术厅 (外国 专家 局) runs it, and ICAO Doc 9303 (Part 3 "
    "transliteration of national characters, Part 4 TD3 passport MRZ with 7-3-1 check digits): 用人 单位 注册, 许可 "
    "申请 with passport OCR, CV and degree uploads, 积分 测算, 许可 查询, 延期, English guides, 通知 pages, beacons",
    "official-trip-apec-card": "中共中央办公厅 国务院办公厅 《关于进一步加强因公出国（境）管理的若干规定》 (一 次 出访 "
    "不超过 3 国, 1 国 不超过 5 天, 2 国 8 天, 3 国 10 天), 《因公临时出国经费管理办法》 (财行〔2013〕516号), APEC "
    "Business Travel Card Operating Framework (19 full members pre-clear; Canada and the United States transitional) "
    "and 外交部 APEC 商务 旅行卡 申办 as 福建省 外事 办公室 护照 签证 处 runs them: 团组 申报, 日程 and 邀请函 "
    "uploads, 邀请函 核对, 旅行卡 申请 and 进度, 因公 护照 领用 and 交还, 回国 报告, 公示 and 签证 须知 pages, beacons",
    "consular-legalisation": "Convention Abolishing the Requirement of Legalisation for Foreign Public Documents "
    "(HCCH 1961 Apostille Convention, in force for China on 2023-11-07) and its status table, 《领事认证办法》 "
    "(外交部 2015), 中国 领事 服务网 附加 证明书 查验, and 福建省 外事 办公室 领事 认证 as applicants and 代办 机构 "
    "use it: 申请 with documents in English, French, Spanish, Russian, Arabic, Vietnamese and Thai, 公证书 and 译文 "
    "uploads, 附加 证明书 查验 by foreign verifiers, 费用, 进度, 回寄, 代办 批量 pushes, 国别 要求 pages, guides",
    "overseas-chinese-status": "《中华人民共和国归侨侨眷权益保护法》 and its 实施办法, 国务院侨办 "
    "《关于界定华侨外籍华人归侨侨眷身份的规定》 (国侨发〔2009〕5号: 定居 = 长期 或 永久 居留权 and 连续 居留 两年, "
    "两年 内 累计 不少于 18 个月), 《福建省华侨捐赠兴办公益事业管理条例》, 《福建省华侨权益保护条例》 and 福建省 "
    "侨办/侨联 services: 华侨 身份 认定, 归侨 侨眷 证明, 侨资 企业 登记, 侨捐 项目 备案, 维权 咨询, 认定 查询, 侨眷 "
    "信息 更新 小程序, 政策 and 侨联 新闻 pages, beacons",
    "root-seeking-qiaopi": 'UNESCO Memory of the World 2013 "Qiaopi and Yinxin: Correspondence and Remittance '
    'Documents from Overseas Chinese", 福建省 档案馆 侨批 档案 数据库, 中国 侨联 and 福建 侨联 "寻根 之旅" 夏令营, '
    "陈嘉庚 (Tan Kah Kee) 纪念馆, 闽南/福州 方言 surname romanisations (Tan 陈, Lim 林, Ng 黄, Ting 陈, Tiong 张) and "
    "GB/T 2260 历史 沿革 of 福建 县 names: 寻根 请求, 族谱 uploads with 字辈, 侨批 检索 and item pages, 宗亲会 登记, "
    "姓氏 拼写 查询, 夏令营 报名, 档案 复制 申请, 家书 故事 征集, beacons",
    "taiwan-compatriot-service": "《港澳台居民居住证申领发放办法》 (国办发〔2018〕81号: 公民 身份 号码 地址码 830000, "
    "居住 半年 以上), 台湾 居民 来往 大陆 通行证 (8-digit card, 2015), 《关于促进两岸经济文化交流合作的若干措施》, "
    "福建 《关于支持台湾同胞台资企业在闽发展的实施意见》 (惠台 政策), 台湾 青年 来闽 就业 创业 补贴, 职业 资格 and "
    "职称 采认, 注音 符号 and 教育部 《臺灣閩南語羅馬字拼音方案》 (台羅) as 福建 台港澳 办 and 12345 台胞 专线 run "
    "them: 居住证 申领 and 核验, 台胞证 查询, 台企 补贴, 青年 就业 补贴, 职称 采认, 繁體 咨询, 繁體 pages, beacons",
    "hk-macao-resident-service": "《港澳台居民居住证申领发放办法》 (地址码 810000 香港, 820000 澳门), 港澳 居民 来往 "
    "内地 通行证 (H/M and 8 digits), 香港 身份證 (《人事登記規例》; check digit mod 11), 《香港澳门台湾居民在内地"
    "（大陆）参加社会保险暂行办法》 (人社部令 第41号), 闽港 and 闽澳 合作 专业 人士 执业 备案 as 福建 台港澳 办 "
    "and 人社厅 run them: 居住证 申领 and 核验, 回乡证 查询, 身份證 绑定, 专业 人士 备案, 社保 参保, 粵語 咨询, "
    "繁體 pages, 通知 pages, beacons",
    "foreign-expert-program": "科学技术部 高端 外国 专家 引进 计划 申报 指南, 《外国高端人才确认函》 (R 字 签证), "
    "ORCID (ISO 7064 MOD 11-2 check character), 《中央财政科技计划（专项、基金等）资金管理办法》 budget headings and "
    "福建省 引进 外国 专家 项目 as experts, hosts and reviewers use them: 项目 申报 with English abstracts (LaTeX, "
    "chemical equations, units), 摘要 自动 保存, CV and 论文 uploads, ORCID 查询, 经费 预算, 专家 库 注册, 确认函 "
    "申请, 评审 打分 pushes, 指南 pages, beacons",
    "international-student": "《学校招收和培养国际学生管理办法》 (教育部 外交部 公安部令 第42号), 中国 政府 奖学金 "
    "(CSC 受理 机构 代码) and 福建省 政府 海外 留学生 奖学金, HSK 汉语 水平 考试 (HSK 1-2: 200 分, 及格 120; HSK 3-6: "
    "300 分, 及格 180), JW202 表, 《中华人民共和国出境入境管理法》 (学习 类 居留 许可 入境 后 30 日 内 申请) and ICAO "
    "9303 MRZ as 福建 universities run them: 入学 申请, HSK 核验, 奖学金, JW202 查询, 居留 许可 预约, 宿舍, 保险, "
    "multilingual program pages, 通知 pages, beacons",
    "translation-service-order": "GB/T 19363.1-2008 《翻译服务规范 第1部分：笔译》 (字数 不计 空格), 中国 翻译 协会 "
    "《翻译服务报价规范》 and 《口笔译服务计价指南》, CATTI 翻译 专业 资格 证书, 涉外 公证 and 证件 翻译 盖章 as the "
    "外办 翻译 中心 runs them: 笔译 订单 with Japanese, Korean, Russian, Arabic and Thai source texts, DOCX and "
    "glossary CSV uploads, 口译 预约, 报价, 证件 翻译, 译员 登记, 进度 查询, 服务 pages, beacons",
    "foreigner-lodging-declaration": "《中华人民共和国出境入境管理法》 第三十九条 (旅馆 以外 住宿: 入住 后 24 小时 内 "
    "由 本人 或 留宿人 办理 登记), 《外国人入境出境管理条例》, 国家 移民 管理局 境外 人员 住宿 登记 小程序 and 福建 "
    "公安 民宿 登记 as hosts, 民宿 operators, universities and guests use them: 留宿人 申报, 民宿 登记, MRZ 扫描, "
    "离开 登记, 变更, 记录 查询, 单位 批量 报送, multilingual guides, 指南 pages, beacons",
    "trade-finance-lc-desk": "SWIFT MT700 Issue of a Documentary Credit (Standards MT, Category 7; X character set, "
    "field formats 65*x and 4*35x), ICC UCP 600 and ISBP 745, Incoterms® 2020, ISO 9362 BIC, ISO 13616 IBAN (ISO "
    "7064 MOD 97-10), WCO HS 2022 and 中国 海关 10 位 商品 编码, 中国 出口 信用 保险 公司 短期 险 限额 申请 and 福建省 "
    "商务厅 外贸 服务 (信用证 审证 咨询) as 外综服 platforms and exporters use them: MT700 pushes, 审证 requests, "
    "发票 审核, BIC and IBAN checks, HS 查询, Incoterms pages, 信保 限额, 不符点 咨询, beacons",
}

SPLIT = HashSplit(SALT, SOURCES)  # the rule in the docstring (tests/waf/data/corpus_kit.py)
split, HELD_OUT_FAMILIES = SPLIT.split, SPLIT.held_out_families  # split(reqs): (tuning part, held-out part)


# --- the corpus: AC's (and so AB's, AA's, Z's, … F's), recording AD's sources -----------------------------


class Corpus(corpus_ac.Corpus):
    """AC's corpus (values, browsers, header order, day(); SourceTagged): requests are tagged with AD's sources."""

    sources = SOURCES


FAMILIES: dict[str, Callable[[Corpus], None]] = {}
family = family_registry(FAMILIES)

N = 13  # requests per (family, shape): Z's navigations() and beacons() make as many

FJ = {  # 福建省 and its 市, some 区县: GB/T 2260 行政区划 代码
    "350000": "福建省",
    "350100": "福州市",
    "350102": "鼓楼区",
    "350104": "仓山区",
    "350105": "马尾区",
    "350112": "长乐区",
    "350121": "闽侯县",
    "350128": "平潭县",
    "350181": "福清市",
    "350200": "厦门市",
    "350203": "思明区",
    "350206": "湖里区",
    "350211": "集美区",
    "350212": "同安区",
    "350213": "翔安区",
    "350300": "莆田市",
    "350302": "城厢区",
    "350500": "泉州市",
    "350503": "丰泽区",
    "350521": "惠安县",
    "350524": "安溪县",
    "350525": "永春县",
    "350581": "石狮市",
    "350582": "晋江市",
    "350583": "南安市",
    "350600": "漳州市",
    "350602": "芗城区",
    "350700": "南平市",
    "350702": "延平区",
    "350800": "龙岩市",
    "350802": "新罗区",
    "350900": "宁德市",
    "350902": "蕉城区",
    "350922": "古田县",
}
COUNTIES = [k for k in FJ if not k.endswith("00")]
STREETS = ["五一中路", "湖东路", "鹭江道", "嘉禾路", "丰泽街", "刺桐路", "延安北路", "胜利街", "江滨大道", "环岛路"]
FIRM_WORDS = ["闽台", "海峡", "鹭岛", "榕城", "刺桐", "八闽", "武夷", "湄洲", "三坊", "东南"]
FIRM_TRADES = ["食品", "鞋业", "茶业", "电子科技", "机械制造", "纺织", "石材", "水产", "光电", "生物科技"]


def fj_id(c: Corpus, lo: int = 20, hi: int = 65) -> str:
    """A 公民身份号码 of a 福建 区县."""
    body = f"{c.pick(COUNTIES)}{born_at(c, today(c), lo, hi):%Y%m%d}{c.digits(3)}"
    return body + id_check(body)


def fj_uscc(c: Corpus, kind: str = "91") -> str:
    """A 统一社会信用代码 of 福建 (91 企业, 12 事业 单位, 51 社会 团体); the GB 11714 part checked too."""
    org = "MA" + c.alnum(6, ORG_CHARS) if kind.startswith("9") else c.digits(8)
    body = f"{kind}{c.pick(COUNTIES)}{org}{org_check(org)}"
    return body + mod31(body)


def fj_firm(c: Corpus, kind: str = "有限公司") -> str:
    county = c.pick(COUNTIES)
    return f"{FJ[county[:4] + '00']}{c.pick(FIRM_WORDS)}{c.pick(FIRM_TRADES)}{kind}"


def fj_address(c: Corpus) -> str:
    county = c.pick(COUNTIES)
    return f"{FJ[county[:4] + '00']}{FJ[county]}{c.pick(STREETS)}{c.num(1, 399)}号{c.num(1, 28)}{c.num(1, 9):02d}室"


def resident_id(c: Corpus, region: str, lo: int = 18, hi: int = 60) -> str:
    """A 港澳台 居民 居住证's 公民 身份 号码: 810000 香港, 820000 澳门, 830000 台湾, birth date, serial, check."""
    body = f"{region}{born_at(c, today(c), lo, hi):%Y%m%d}{c.digits(3)}"
    return body + id_check(body)


# --- foreign browsers and locales ----------------------------------------------------------------------

LOCALES = {  # locale: Accept-Language as (Chromium, Firefox, Safari) send it for a visitor of that locale
    "en-US": ("en-US,en;q=0.9", "en-US,en;q=0.5", "en-US,en;q=0.9"),
    "en-GB": ("en-GB,en-US;q=0.9,en;q=0.8", "en-GB,en;q=0.5", "en-GB,en;q=0.9"),
    "ja-JP": ("ja,en-US;q=0.9,en;q=0.8", "ja,en-US;q=0.7,en;q=0.3", "ja-JP,ja;q=0.9"),
    "ko-KR": ("ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7", "ko-KR,ko;q=0.8,en-US;q=0.5,en;q=0.3", "ko-KR,ko;q=0.9"),
    "ru-RU": ("ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7", "ru-RU,ru;q=0.8,en-US;q=0.5,en;q=0.3", "ru-RU,ru;q=0.9"),
    "zh-TW": ("zh-TW,zh;q=0.9,en-US;q=0.8,en;q=0.7", "zh-TW,zh;q=0.8,en-US;q=0.5,en;q=0.3", "zh-TW,zh-Hant;q=0.9"),
    "zh-HK": ("zh-HK,zh;q=0.9,en;q=0.8", "zh-HK,zh-TW;q=0.8,en-US;q=0.5,en;q=0.3", "zh-HK,zh-Hant;q=0.9"),
    "es-ES": ("es-ES,es;q=0.9,en;q=0.8", "es-ES,es;q=0.8,en-US;q=0.5,en;q=0.3", "es-ES,es;q=0.9"),
    "fr-FR": ("fr-FR,fr;q=0.9,en-US;q=0.8,en;q=0.7", "fr,fr-FR;q=0.8,en-US;q=0.5,en;q=0.3", "fr-FR,fr;q=0.9"),
    "ar": ("ar,en-US;q=0.9,en;q=0.8", "ar,en-US;q=0.7,en;q=0.3", "ar-AE,ar;q=0.9"),
    "vi-VN": ("vi-VN,vi;q=0.9,en-US;q=0.8,en;q=0.7", "vi-VN,vi;q=0.8,en-US;q=0.5,en;q=0.3", "vi-VN,vi;q=0.9"),
    "th-TH": ("th-TH,th;q=0.9,en;q=0.8", "th,en-US;q=0.7,en;q=0.3", "th-TH,th;q=0.9"),
}
SITE_LANG = {  # locale: the portal's language code (its switcher's cookie and ?lang=)
    "en-US": "en",
    "en-GB": "en",
    "ja-JP": "ja",
    "ko-KR": "ko",
    "ru-RU": "ru",
    "zh-TW": "zh-TW",
    "zh-HK": "zh-HK",
    "es-ES": "es",
    "fr-FR": "fr",
    "ar": "ar",
    "vi-VN": "vi",
    "th-TH": "th",
}


def abroad(c: Corpus, locale: str) -> Browser:
    """A visitor's own browser abroad (Safari, Firefox, Chrome or an iPhone) set to ``locale``."""
    b = c.pick([_safari, _firefox, _chrome, _chrome, _iphone])(c.rnd)
    chromium, firefox, safari = LOCALES[locale]
    b.lang = {"chromium": chromium, "firefox": firefox, "safari": safari}[b.engine]
    return b


def lang_cookie(c: Corpus, locale: str) -> str:
    """The portal's language switch cookie (and, often, the analytics and session cookies beside it)."""
    jar = c.cookies([f"{c.pick(['lang', 'language', 'i18n_lang'])}={SITE_LANG[locale]}"])
    return jar or f"lang={SITE_LANG[locale]}"


def abroad_nav(c: Corpus, locale: str, referer: str | None) -> dict[str, str]:
    return c.headers(
        abroad(c, locale),
        kind="nav",
        referer=referer,
        site="none" if referer is None else "same-origin",
        cookie=lang_cookie(c, locale) if c.chance(0.7) else None,
    )


def abroad_xhr(c: Corpus, locale: str, ctype: str | None, referer: str) -> dict[str, str]:
    return c.headers(
        abroad(c, locale),
        accept="application/json, text/plain, */*",
        ctype=ctype,
        referer=referer,
        cookie=lang_cookie(c, locale),
    )


def abroad_upload(c: Corpus, locale: str, parts: list, referer: str) -> tuple[dict[str, str], bytes]:
    b = abroad(c, locale)
    ctype, body = c.multipart(b, parts)
    h = c.headers(
        b, accept="application/json, text/plain, */*", ctype=ctype, referer=referer, cookie=lang_cookie(c, locale)
    )
    return h, body


def abroad_navigations(c: Corpus, f: str, shape: str, locales: list[str], path: Callable[[str], str], ref: str) -> None:
    """N page loads by visitors abroad, each in one of ``locales`` (the path in that locale's language)."""
    for _ in range(N):
        locale = c.pick(locales)
        c.add(f, shape, "GET", path(SITE_LANG[locale]), abroad_nav(c, locale, c.pick([ref, None])))


# --- passports and their machine-readable zone (ICAO Doc 9303) -----------------------------------------

PEOPLE = [  # (nationality, surname, given names, sex) as printed in the passport's visual zone
    ("IRL", "O'Brien", "Seán Patrick", "M"),
    ("FRA", "Dubois", "Jean-Luc", "M"),
    ("DEU", "Müller", "Jürgen", "M"),
    ("ESP", "García López", "José María", "M"),
    ("VNM", "Nguyễn", "Thị Thu Hà", "F"),
    ("GBR", "Smith", "John Peter", "M"),
    ("USA", "Johnson", "Emily Rose", "F"),
    ("DNK", "Sørensen", "Søren", "M"),
    ("POL", "Wiśniewski", "Łukasz", "M"),
    ("JPN", "Sato", "Yuki", "F"),
    ("KOR", "Kim", "Minjun", "M"),
    ("RUS", "Ivanova", "Anna", "F"),
    ("MYS", "Tan", "Wei Ming", "M"),
    ("SGP", "Lim", "Hui Min", "F"),
    ("BRA", "Gonçalves", "João Pedro", "M"),
    ("TUR", "Yılmaz", "Ayşe", "F"),
    ("THA", "Suksawat", "Kanya", "F"),
    ("CAN", "Tremblay", "Chloé", "F"),
    ("ITA", "D'Angelo", "Giulia", "F"),
    ("IND", "Sharma", "Priya", "F"),
    ("NLD", "van der Berg", "Sanne", "F"),
    ("AUS", "McAllister", "Liam", "M"),
]
PASSPORT_FORMS = {  # nationality: number pattern (# digit, @ letter, * Germany's alphabet), this generator's reading
    "IRL": "@@#######",
    "FRA": "##@@#####",
    "DEU": "C********",
    "ESP": "@@@######",
    "VNM": "C#######",
    "GBR": "#########",
    "USA": "A########",
    "DNK": "#########",
    "POL": "@@#######",
    "JPN": "T@#######",
    "KOR": "M########",
    "RUS": "#########",
    "MYS": "A########",
    "SGP": "K#######@",
    "BRA": "@@######",
    "TUR": "U########",
    "THA": "AA#######",
    "CAN": "@@######",
    "ITA": "Y@#######",
    "IND": "@#######",
    "NLD": "@@#######",
    "AUS": "P#######",
    "IDN": "B#######",
    "PHL": "P#######@",
}
LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"
DE_CHARS = "CFGHJKLMNPRTVWXYZ0123456789"
SPECIAL = {"Ä": "AE", "Ö": "OE", "Ü": "UE", "ß": "SS", "Å": "AA", "Æ": "AE", "Ø": "OE", "Ł": "L", "Đ": "D"}


def passport_no(c: Corpus, nat: str) -> str:
    out = ""
    for ch in PASSPORT_FORMS[nat]:
        out += {"#": c.digits(1), "@": c.pick(LETTERS), "*": c.pick(DE_CHARS)}.get(ch, ch)
    return out


def mrz_chars(name: str) -> str:
    """A name in the MRZ's characters: Doc 9303 Part 3's transliterations, apostrophes dropped, hyphens and spaces
    as fillers."""
    out = ""
    for ch in name.upper():
        ch = SPECIAL.get(ch, ch)
        for base in unicodedata.normalize("NFKD", ch):
            if "A" <= base <= "Z" or base == "<":
                out += base
            elif base in " -":
                out += "<"
    return out


def check_digit(field: str) -> str:
    """Doc 9303 Part 3 check digit: 0-9 as themselves, A-Z as 10-35, < as 0, weights 7, 3, 1."""
    total = 0
    for i, ch in enumerate(field):
        v = int(ch) if ch.isdigit() else (ord(ch) - 55 if "A" <= ch <= "Z" else 0)
        total += v * (7, 3, 1)[i % 3]
    return str(total % 10)


def td3(nat: str, surname: str, given: str, number: str, born: date, sex: str, expiry: date) -> list[str]:
    """The two 44-character lines of a passport's MRZ."""
    line1 = f"P<{nat}{mrz_chars(surname)}<<{mrz_chars(given)}".ljust(44, "<")[:44]
    doc = number.ljust(9, "<")
    personal = "<" * 14
    body = (
        f"{doc}{check_digit(doc)}{nat}{born:%y%m%d}{check_digit(f'{born:%y%m%d}')}{sex}"
        f"{expiry:%y%m%d}{check_digit(f'{expiry:%y%m%d}')}{personal}{check_digit(personal)}"
    )
    composite = body[0:10] + body[13:20] + body[21:43]
    return [line1, body + check_digit(composite)]


def foreigner(c: Corpus, on: date, lo: int = 22, hi: int = 58) -> dict:
    """A foreign national's passport data page: names, number, dates and its MRZ."""
    nat, surname, given, sex = c.pick(PEOPLE)
    born = born_at(c, on, lo, hi)
    number = passport_no(c, nat)
    issued = on - timedelta(days=c.num(60, 3000))
    expiry = date(issued.year + 10, issued.month, min(issued.day, 28)) - timedelta(days=1)
    if expiry <= on + timedelta(days=200):
        expiry = on + timedelta(days=c.num(400, 3000))
    return {
        "surname": surname,
        "givenNames": given,
        "nationality": nat,
        "sex": sex,
        "birthDate": ymd_of(born),
        "passportNo": number,
        "expiryDate": ymd_of(expiry),
        "mrz": td3(nat, surname, given, number, born, sex, expiry),
    }


# --- foreigner-work-permit ---------------------------------------------------------------------------------

DEGREES = {  # 学历: (积分, English degree titles)
    "博士": (20, ["Doctor of Philosophy in Materials Science", "Dr. rer. nat. (Chemie)", "PhD in Marine Biology"]),
    "硕士": (
        15,
        [
            "Master of Science in Mechanical Engineering",
            "M.A. in Teaching English to Speakers of Other Languages (TESOL)",
            "Master of Business Administration (MBA)",
        ],
    ),
    "学士": (
        10,
        [
            "Bachelor of Arts (Hons) in English Literature",
            "B.Eng. in Electrical & Electronic Engineering",
            "Licence en Économie et Gestion",
        ],
    ),
}
UNIVERSITIES = [
    "Technische Universität München",
    "University College Dublin",
    "Université Paris-Saclay",
    "Universidad Complutense de Madrid",
    "Vietnam National University, Hanoi",
    "The University of Manchester",
    "Seoul National University",
    "Lomonosov Moscow State University",
    "National University of Singapore",
    "University of Toronto",
]
POSITIONS = [
    "Senior Process Engineer",
    "Foreign Language Teacher (English)",
    "R&D Director",
    "Chef de cuisine",
    "Quality Assurance Manager",
    "Football Coach (U-15)",
    "Naval Architect",
]


def salary_points(wan: int) -> int:
    """年薪 (万元) points: this generator's reading of the 标准's 计分 bands."""
    for floor, pts in ((45, 20), (35, 17), (25, 14), (15, 11), (7, 8), (5, 5)):
        if wan >= floor:
            return pts
    return 0


def age_points(age: int) -> int:
    return 15 if 26 <= age <= 45 else 10 if 18 <= age <= 55 else 5 if age <= 60 else 0


def permit_class(total: int) -> str:
    """外国人 来华 工作 分类: 85 and over A, 60 and over B, else C."""
    return "A" if total >= 85 else "B" if total >= 60 else "C"


def permit_no(c: Corpus, d: date | datetime) -> str:
    """外国人 工作 许可证 号 (this generator's pattern): 35, the year, nine digits."""
    return f"35{d:%Y}{c.digits(9)}"


def age_on(born: str, on: date) -> int:
    b = datetime.strptime(born, "%Y-%m-%d").date()
    return on.year - b.year - ((on.month, on.day) < (b.month, b.day))


@family("foreigner-work-permit")
def foreigner_work_permit(c: Corpus) -> None:
    f = "foreigner-work-permit"
    ref = f"{SITE}/kjt/wgzj/index.html"
    for _ in range(N):
        kind = c.pick(["91", "91", "12"])
        doc = {
            "uscc": fj_uscc(c, kind),
            "orgName": fj_firm(c) if kind == "91" else c.pick(["厦门大学", "福州大学", "集美大学", "华侨大学"]),
            "orgType": "企业" if kind == "91" else "事业单位",
            "address": fj_address(c),
            "contact": c.person(),
            "mobile": c.mobile(),
            "email": f"hr{c.digits(3)}@{c.pick(['163.com', 'qq.com', 'foxmail.com'])}",
        }
        c.add(f, "employer-register", "POST", "/kjt/wgzj/api/employer/register", web(c, JSON_CT, 0.1, ref), js_doc(doc))
    for _ in range(N):
        on = today(c)
        p = foreigner(c, on)
        degree = c.pick(list(DEGREES))
        wan = c.num(8, 90)
        items = {
            "salary": salary_points(wan),
            "degree": DEGREES[degree][0],
            "experience": min(15, 5 + c.num(0, 12)),
            "age": age_points(age_on(p["birthDate"], on)),
            "chinese": c.pick([0, 2, 5]),
            "workMonths": 10,
            "topUniversity": c.pick([0, 5]),
        }
        total = sum(items.values())
        doc = {
            "applicant": p,
            "degree": degree,
            "degreeTitle": c.pick(DEGREES[degree][1]),
            "university": c.pick(UNIVERSITIES),
            "position": c.pick(POSITIONS),
            "annualSalaryWan": wan,
            "points": items,
            "totalPoints": total,
            "category": permit_class(total),
            "employerUscc": fj_uscc(c),
            "applyDate": ymd_of(on),
        }
        h = (
            authed(abroad_xhr(c, c.pick(["en-US", "en-GB", "fr-FR"]), JSON_CT, f"{SITE}/kjt/wgzj/apply.html"), c)
            if c.chance(0.4)
            else authed(web(c, JSON_CT, 0.0, f"{SITE}/kjt/wgzj/apply.html"), c)
        )
        c.add(f, "permit-apply", "POST", "/kjt/wgzj/api/permit/apply", h, js_doc(doc))
    for _ in range(N):
        p = foreigner(c, today(c))
        parts = [
            ("docType", "P"),
            ("mrzLine1", p["mrz"][0]),
            ("mrzLine2", p["mrz"][1]),
            ("surname", p["surname"]),
            ("givenNames", p["givenNames"]),
            ("ocrEngine", c.pick(["PaddleOCR 2.7 MRZ", "Dynamsoft MRZ Scanner 3.0"])),
            ("image", (f"passport_{c.digits(6)}.jpg", "image/jpeg", exif_jpeg(c, c.num(1500, 3200)))),
        ]
        h, body = upload(c, parts, f"{SITE}/kjt/wgzj/apply.html", 0.2)
        c.add(f, "passport-ocr-upload", "POST", "/kjt/wgzj/api/ocr/passport", h, body)
    for _ in range(N):
        degree = c.pick(list(DEGREES))
        title = c.pick(DEGREES[degree][1])
        cv = docx(
            [
                "CURRICULUM VITAE",
                f"Education: {title}, {c.pick(UNIVERSITIES)} ({c.num(1998, 2020)})",
                "Work experience: 2019–2026 Senior Engineer, Bosch Rexroth AG — hydraulic valves (ISO 4401), "
                '"lean" line design & Six Sigma Green Belt',
                "Languages: English (C2), German (native), Chinese (HSK 3)",
            ]
        )
        parts = [
            ("degree", degree),
            ("degreeTitle", title),
            ("cv", (f"CV_{c.pick(['OBrien', 'Mueller', 'Dubois', 'Nguyen'])}.docx", DOCX_CT, cv)),
            ("diploma", ("Diploma_apostilled.pdf", "application/pdf", pdf_head(c, c.num(900, 2200)))),
        ]
        h, body = abroad_upload(c, c.pick(["en-US", "en-GB", "fr-FR", "es-ES"]), parts, f"{SITE}/kjt/wgzj/apply.html")
        c.add(f, "cv-degree-upload", "POST", "/kjt/wgzj/api/material/upload", h, body)
    for _ in range(N):
        on = today(c)
        wan, degree, age = c.num(4, 80), c.pick(list(DEGREES)), c.num(23, 62)
        items = {
            "salary": salary_points(wan),
            "degree": DEGREES[degree][0],
            "experience": c.pick([0, 5, 8, 12, 15]),
            "age": age_points(age),
            "chinese": c.pick([0, 2, 5]),
            "workMonths": c.pick([5, 10]),
        }
        doc = {
            "annualSalaryWan": wan,
            "degree": degree,
            "age": age,
            "items": items,
            "total": sum(items.values()),
            "category": permit_class(sum(items.values())),
            "date": ymd_of(on),
        }
        c.add(f, "points-calc", "POST", "/kjt/wgzj/api/points/calc", client(c, ref, JSON_CT, 0.3), js_doc(doc))
    for _ in range(N):
        q = [("permitNo", permit_no(c, c.day(-700, 0))), ("passportNo", passport_no(c, c.pick(list(PASSPORT_FORMS))))]
        c.add(f, "permit-query", "GET", "/kjt/wgzj/api/permit/query?" + qs(q, axios), web(c, None, 0.3, ref))
    for _ in range(N):
        now = today(c)
        expires = now + timedelta(days=c.num(10, 30))
        contract_end = expires + timedelta(days=c.num(200, 1100))
        fields = [
            ("permitNo", permit_no(c, now - timedelta(days=c.num(300, 700)))),
            ("currentExpiry", ymd_of(expires)),
            ("contractEnd", ymd_of(contract_end)),
            ("requestedExpiry", ymd_of(contract_end - timedelta(days=c.num(0, 30)))),
            ("reason", c.pick(["Contract renewed for 2 years", "续签 劳动 合同 两年", "Project phase II (O&M)"])),
        ]
        c.add(f, "extension-apply", "POST", "/kjt/wgzj/permit/extend.do", jq_form(c, ref, 0.1), qs(fields, jq))
    abroad_navigations(
        c,
        f,
        "guide-page-foreign",
        ["en-US", "en-GB", "ja-JP", "ko-KR", "ru-RU", "fr-FR"],
        lambda lang: f"/kjt/wgzj/{lang}/guide/{c.pick(['work-permit', 'category-standard', 'faq', 'materials'])}.html",
        ref,
    )
    navigations(c, f, "notice-page", lambda: article(c, "/kjt/wgzj/tzgg", -120), ref, 0.3)
    beacons(c, f, "/kjt/wgzj/api/stat", ["/kjt/wgzj/index.html", "/kjt/wgzj/apply.html"], ref)


# --- official-trip-apec-card ------------------------------------------------------------------------------

TRIP_LIMITS = {1: 5, 2: 8, 3: 10}  # 出访 国家 数: 在外 天数 上限 (抵离 日 计)
COUNTRIES_ZH = {
    "SGP": "新加坡",
    "MYS": "马来西亚",
    "IDN": "印度尼西亚",
    "PHL": "菲律宾",
    "THA": "泰国",
    "JPN": "日本",
    "KOR": "韩国",
    "DEU": "德国",
    "FRA": "法国",
    "USA": "美国",
    "AUS": "澳大利亚",
    "NZL": "新西兰",
    "CHL": "智利",
    "PER": "秘鲁",
}
APEC_FULL = [  # ABTC pre-clearing economies (China itself excluded); CAN and USA are transitional members
    "AUS",
    "BRN",
    "CHL",
    "HKG",
    "IDN",
    "JPN",
    "KOR",
    "MYS",
    "MEX",
    "NZL",
    "PNG",
    "PER",
    "PHL",
    "RUS",
    "SGP",
    "TWN",
    "THA",
    "VNM",
]
TRIP_PURPOSES = [
    "参加 2027 年 中国—东盟 博览会 境外 推介 活动",
    "赴 马来西亚 槟城 开展 友好 城市 交流",
    "考察 新加坡 港 智慧 港口 运营",
    "出席 APEC 中小企业 部长 会议 配套 活动",
    "开展 侨务 联谊 及 华文 教育 交流",
]
SIGNERS = ["Mr. Lim Boon Hock", "Dato\u2019 Tan Chee Keong", "Ms. Sarah O\u2019Neill", "Mr. Kenji Nakamura"]
ORGS = ["福建省人民政府外事办公室", "福建省商务厅", "厦门市人民政府", "福州市工商业联合会", "泉州市人民政府侨务办公室"]


def trip(c: Corpus) -> tuple[list[str], date, date]:
    """出访 countries and the departure and return days within the limit for their number."""
    countries = c.sample(list(COUNTRIES_ZH), c.pick([1, 1, 2, 2, 3]))
    start = c.day(10, 60).date()
    return countries, start, start + timedelta(days=c.num(2, TRIP_LIMITS[len(countries)]) - 1)


def cn_passport(c: Corpus, kind: str = "公务") -> str:
    """中国 护照 number: 电子 普通 护照 E and 8 digits, 公务 护照 SE and 7 digits, 公务 普通 护照 PE and 7."""
    return {"普通": "E" + c.digits(8), "公务": "SE" + c.digits(7), "公务普通": "PE" + c.digits(7)}[kind]


@family("official-trip-apec-card")
def official_trip_apec_card(c: Corpus) -> None:
    f = "official-trip-apec-card"
    ref = f"{SITE}/wb/hzqz/index.html"
    for _ in range(N):
        countries, start, back = trip(c)
        members = [
            {
                "name": c.person(),
                "idNo": fj_id(c, 28, 60),
                "title": c.pick(["处长", "副处长", "一级主任科员", "副总经理", "翻译"]),
            }
            for _ in range(c.num(2, 6))
        ]
        doc = {
            "groupName": f"{c.pick(ORGS)}赴{'、'.join(COUNTRIES_ZH[x] for x in countries)}代表团",
            "leader": members[0]["name"],
            "members": members,
            "memberCount": len(members),
            "countries": countries,
            "departDate": ymd_of(start),
            "returnDate": ymd_of(back),
            "daysAbroad": (back - start).days + 1,
            "purpose": c.pick(TRIP_PURPOSES),
            "budgetSource": c.pick(["部门 预算 因公 出国（境）费", "单位 自有 资金"]),
        }
        c.add(f, "group-apply", "POST", "/wb/hzqz/api/group/apply", authed(web(c, JSON_CT, 0.0, ref), c), js_doc(doc))
    for _ in range(N):
        countries, start, back = trip(c)
        parts = [
            ("groupNo", cn_no(c, "YG", start - timedelta(days=20))),
            ("countries", ",".join(countries)),
            ("departDate", ymd_of(start)),
            ("returnDate", ymd_of(back)),
            (
                "itinerary",
                (
                    "日程安排.docx",
                    DOCX_CT,
                    docx(
                        [
                            f"Day 1 ({start:%d %b %Y}): 福州 → {COUNTRIES_ZH[countries[0]]}",
                            "Meeting with the Ministry of Trade & Industry; visit to Jurong Port (JP) terminal",
                            f"Day {(back - start).days + 1} ({back:%d %b %Y}): return to Fuzhou (FOC)",
                        ]
                    ),
                ),
            ),
            ("invitation", ("Invitation_Letter.pdf", "application/pdf", pdf_head(c, c.num(700, 1600)))),
        ]
        h, body = upload(c, parts, f"{SITE}/wb/hzqz/group/material.html", 0.0)
        c.add(f, "itinerary-upload", "POST", "/wb/hzqz/api/group/material", h, body)
    for _ in range(N):
        countries, start, back = trip(c)
        host = c.pick(
            [
                "Singapore Chinese Chamber of Commerce & Industry",
                "Penang Island City Council",
                "Federation of Hokkien Associations of Malaysia",
                "Japan–China Friendship Association (Nagasaki)",
            ]
        )
        letter = (
            f"Dear Sir/Madam,\n\nOn behalf of the {host}, it is our pleasure to invite the delegation of "
            f"{c.pick(ORGS)} to visit us from {start:%d %B %Y} to {back:%d %B %Y}. The programme includes a "
            'business forum ("Fujian Week"), a site visit and a working dinner. All local expenses will be '
            "borne by the delegation.\n\nYours faithfully,\n"
            f"{c.pick(SIGNERS)}"
        )
        doc = {
            "country": countries[0],
            "host": host,
            "from": ymd_of(start),
            "to": ymd_of(back),
            "letterText": letter,
            "language": "en",
        }
        c.add(
            f,
            "invitation-check",
            "POST",
            "/wb/hzqz/api/invitation/check",
            authed(web(c, JSON_CT, 0.0, ref), c),
            js_doc(doc),
        )
    for _ in range(N):
        pre = c.sample(APEC_FULL, c.num(3, 12))
        doc = {
            "name": c.person(),
            "nameEn": c.pick(["ZHANG WEI", "LIN JIANHUA", "CHEN XIAOMEI", "HUANG ZHIQIANG"]),
            "idNo": fj_id(c, 28, 60),
            "passportNo": cn_passport(c, "普通"),
            "company": fj_firm(c),
            "uscc": fj_uscc(c),
            "position": c.pick(["董事长", "总经理", "外贸 部 经理"]),
            "exportUsdLastYear": c.num(50, 5000) * 10000,
            "preClearance": sorted(pre),
        }
        c.add(
            f, "apec-card-apply", "POST", "/wb/hzqz/api/abtc/apply", authed(web(c, JSON_CT, 0.1, ref), c), js_doc(doc)
        )
    for _ in range(N):
        q = [("applyNo", cn_no(c, "ABTC", c.day(-90, 0))), ("passportNo", cn_passport(c, "普通"))]
        c.add(f, "apec-card-status", "GET", "/wb/hzqz/api/abtc/status?" + qs(q, axios), client(c, ref, None, 0.4))
    for _ in range(N):
        countries, start, back = trip(c)
        action = c.pick(["领用", "交还"])
        when = start - timedelta(days=c.num(1, 5)) if action == "领用" else back + timedelta(days=c.num(1, 7))
        fields = [
            ("passportNo", cn_passport(c, c.pick(["公务", "公务普通"]))),
            ("holder", c.person()),
            ("action", action),
            ("departDate", ymd_of(start)),
            ("returnDate", ymd_of(back)),
            ("actionDate", ymd_of(when)),
        ]
        c.add(f, "passport-custody", "POST", "/wb/hzqz/passport/custody.do", jq_form(c, ref, 0.0), qs(fields, jq))
    for _ in range(N):
        countries, start, back = trip(c)
        actual = back - timedelta(days=c.num(0, 1)) if back > start else back
        doc = {
            "groupNo": cn_no(c, "YG", start - timedelta(days=20)),
            "approvedDays": (back - start).days + 1,
            "actualDepart": ymd_of(start),
            "actualReturn": ymd_of(actual),
            "actualDays": (actual - start).days + 1,
            "outcome": prose(
                c,
                [
                    "签署 友好 合作 备忘录 1 份；",
                    '举办 "清新福建" 文旅 推介会，到场 约 200 人；',
                    "拜会 当地 福建 会馆 及 华人 社团；",
                    "洽谈 项目 3 个，意向 金额 约 1.2 亿 美元。",
                ],
                (2, 4),
            ),
        }
        c.add(f, "trip-report", "POST", "/wb/hzqz/api/group/report", authed(web(c, JSON_CT, 0.0, ref), c), js_doc(doc))
    navigations(c, f, "publicity-page", lambda: article(c, "/wb/hzqz/cggs", -90), ref, 0.2)
    navigations(c, f, "visa-notice-page", lambda: f"/wb/hzqz/qzxz/{c.pick(list(COUNTRIES_ZH)).lower()}.html", ref, 0.3)
    beacons(c, f, "/wb/hzqz/api/stat", ["/wb/hzqz/index.html", "/wb/hzqz/abtc/apply.html"], ref)


# --- consular-legalisation --------------------------------------------------------------------------------

HAGUE = {"USA", "GBR", "FRA", "DEU", "JPN", "KOR", "RUS", "ESP", "ITA", "MEX", "BRA", "IDN", "PHL", "AUS"}
DOC_TITLES = {  # language: (destinations, document titles as the translations carry them)
    "en": (
        ["USA", "GBR", "AUS", "PHL", "IDN"],
        [
            "Notarial Certificate of Birth",
            "Certificate of No Criminal Record",
            "Power of Attorney",
            "Business Licence (Duplicate)",
            "Notarial Certificate of Degree (B.Eng.)",
        ],
    ),
    "fr": (
        ["FRA"],
        [
            "Certificat de naissance notarié",
            "Casier judiciaire vierge",
            "Procuration",
            "Diplôme de licence (copie certifiée conforme)",
        ],
    ),
    "es": (
        ["ESP", "MEX"],
        [
            "Certificado de nacimiento",
            "Certificado de antecedentes penales",
            "Poder notarial",
            "Certificado de soltería",
            "Título universitario (copia compulsada)",
        ],
    ),
    "ru": (
        ["RUS"],
        ["Свидетельство о рождении", "Справка об отсутствии судимости", "Доверенность", "Диплом о высшем образовании"],
    ),
    "ar": (
        ["ARE", "QAT", "EGY", "KWT"],
        ["شهادة ميلاد", "شهادة حسن سيرة وسلوك", "توكيل رسمي", "شهادة تخرج", "شهادة منشأ"],
    ),
    "vi": (["VNM"], ["Giấy khai sinh", "Phiếu lý lịch tư pháp", "Giấy ủy quyền", "Giấy chứng nhận đăng ký kinh doanh"]),
    "th": (["THA"], ["สูติบัตร", "หนังสือรับรองความประพฤติ", "หนังสือมอบอำนาจ", "หนังสือรับรองการจดทะเบียนบริษัท"]),
    "ja": (["JPN"], ["出生公証書", "無犯罪証明書", "委任状", "営業許可証（副本）"]),
}
FEE = {"普通": 50, "加急": 100}  # 元 per document, this generator's table


def route_for(country: str) -> str:
    return "apostille" if country in HAGUE else "legalisation"


def apostille_no(c: Corpus, d: date | datetime) -> str:
    """附加 证明书 编号 (this generator's pattern): FJ, the year, seven digits."""
    return f"FJ{d:%Y}{c.digits(7)}"


@family("consular-legalisation")
def consular_legalisation(c: Corpus) -> None:
    f = "consular-legalisation"
    ref = f"{SITE}/wb/lsrz/index.html"
    for _ in range(N):
        lang = c.pick(list(DOC_TITLES))
        dests, titles = DOC_TITLES[lang]
        country = c.pick(dests)
        docs = [
            {"title": t, "language": lang, "notaryNo": f"（{c.num(2026, 2027)}）闽厦鹭证字第{c.num(100, 9999)}号"}
            for t in c.sample(titles, c.num(1, 3))
        ]
        doc = {
            "applicant": c.person(),
            "idNo": fj_id(c, 20, 60),
            "country": country,
            "route": route_for(country),
            "documents": docs,
            "count": len(docs),
            "speed": c.pick(list(FEE)),
        }
        c.add(f, "apply", "POST", "/wb/lsrz/api/apply", authed(web(c, JSON_CT, 0.3, ref), c), js_doc(doc))
    for _ in range(N):
        parts = [
            ("applyNo", cn_no(c, "LSRZ", c.day(-10, 0))),
            ("notarial", ("公证书.pdf", "application/pdf", pdf_head(c, c.num(900, 2400)))),
            (
                "translation",
                (
                    f"translation_{c.pick(['en', 'es', 'ru', 'ar', 'fr'])}.pdf",
                    "application/pdf",
                    pdf_head(c, c.num(700, 1800)),
                ),
            ),
        ]
        h, body = upload(c, parts, f"{SITE}/wb/lsrz/apply.html", 0.3)
        c.add(f, "document-upload", "POST", "/wb/lsrz/api/material", h, body)
    for _ in range(N):
        locale = c.pick(["en-US", "es-ES", "fr-FR", "ru-RU", "ja-JP", "ko-KR"])
        issued = c.day(-300, 0)
        q = [("no", apostille_no(c, issued)), ("date", ymd_of(issued)), ("lang", SITE_LANG[locale])]
        c.add(
            f,
            "apostille-verify",
            "GET",
            "/wb/lsrz/api/apostille/verify?" + qs(q, axios),
            abroad_xhr(c, locale, None, f"{SITE}/wb/lsrz/{SITE_LANG[locale]}/verify.html"),
        )
    for _ in range(N):
        count, speed = c.num(1, 6), c.pick(list(FEE))
        doc = {
            "count": count,
            "speed": speed,
            "unitFee": FEE[speed],
            "total": count * FEE[speed],
            "country": c.pick(sorted(HAGUE | {"ARE", "VNM", "THA", "EGY"})),
        }
        c.add(f, "fee-calc", "POST", "/wb/lsrz/api/fee", client(c, ref, JSON_CT, 0.4), js_doc(doc))
    for _ in range(N):
        q = [("applyNo", cn_no(c, "LSRZ", c.day(-30, 0))), ("idNo", fj_id(c, 20, 60))]
        c.add(f, "status-query", "GET", "/wb/lsrz/api/status?" + qs(q, axios), client(c, ref, None, 0.5))
    for _ in range(N):
        fields = [
            ("applyNo", cn_no(c, "LSRZ", c.day(-20, 0))),
            ("receiver", c.person()),
            ("mobile", c.mobile()),
            ("address", fj_address(c)),
            ("postcode", c.pick(["350001", "361001", "362000", "363000", "350003"])),
            ("courier", c.pick(["EMS", "顺丰速运"])),
        ]
        c.add(f, "courier-return", "POST", "/wb/lsrz/return/save.do", jq_form(c, ref, 0.5), qs(fields, jq))
    for _ in range(N):
        entries = []
        for _e in range(c.num(2, 6)):
            lang = c.pick(list(DOC_TITLES))
            dests, titles = DOC_TITLES[lang]
            country = c.pick(dests)
            entries.append(
                {
                    "title": c.pick(titles),
                    "language": lang,
                    "country": country,
                    "route": route_for(country),
                    "clientName": c.person(),
                }
            )
        doc = {
            "agency": c.pick(["厦门外事服务中心", "福州中旅签证服务有限公司", "泉州侨乡涉外代办有限公司"]),
            "batchNo": cn_no(c, "DB", c.day(-5, 0)),
            "entries": entries,
            "total": len(entries),
        }
        h = service(c, "Apache-HttpClient/4.5.14 (Java/11.0.22)", {"X-Agency-Code": "FJDB" + c.digits(4)})
        c.add(f, "agency-batch-push", "POST", "/wb/lsrz/api/agency/batch", h, js_doc(doc))
    navigations(
        c,
        f,
        "country-requirement-page",
        lambda: f"/wb/lsrz/gb/{c.pick(sorted(HAGUE | {'ARE', 'QAT', 'EGY', 'VNM', 'THA'})).lower()}.html",
        ref,
        0.3,
    )
    abroad_navigations(
        c,
        f,
        "guide-page-foreign",
        ["en-US", "es-ES", "fr-FR", "ru-RU", "ar", "vi-VN", "th-TH"],
        lambda lang: f"/wb/lsrz/{lang}/{c.pick(['apostille', 'legalisation', 'verify', 'faq'])}.html",
        ref,
    )
    beacons(c, f, "/wb/lsrz/api/stat", ["/wb/lsrz/index.html", "/wb/lsrz/apply.html"], ref)


# --- overseas-chinese-status ------------------------------------------------------------------------------

RESIDENCE = {  # 住在国: (居留 证件, permanent?)
    "印度尼西亚": ("KITAP（永久居留）", True),
    "马来西亚": ("Permanent Resident (MyPR)", True),
    "新加坡": ("Permanent Resident (Blue IC)", True),
    "菲律宾": ("ACR I-Card (Permanent)", True),
    "美国": ("Green Card (I-551)", True),
    "加拿大": ("PR Card", True),
    "日本": ("永住者 在留カード", True),
    "澳大利亚": ("Permanent Resident Visa (subclass 189)", True),
    "阿根廷": ("DNI Extranjero (residencia permanente)", True),
    "意大利": ("Permesso di soggiorno UE per soggiornanti di lungo periodo", True),
}
RELATIONS = ["配偶", "父母", "子女", "兄弟姐妹", "祖父母", "外祖父母", "孙子女"]


def visits_home(c: Corpus, start: date, end: date) -> list[tuple[date, date]]:
    """Non-overlapping visits back to China inside [start, end], 182 days at most in all."""
    out, cursor, left = [], start + timedelta(days=c.num(10, 60)), c.num(0, 182)
    while left > 0 and cursor < end - timedelta(days=40):
        days = min(left, c.num(7, 60))
        out.append((cursor, cursor + timedelta(days=days - 1)))
        left -= days
        cursor += timedelta(days=days + c.num(30, 150))
    return out


@family("overseas-chinese-status")
def overseas_chinese_status(c: Corpus) -> None:
    f = "overseas-chinese-status"
    ref = f"{SITE}/qb/index.html"
    for _ in range(N):
        on = today(c)
        window = on - timedelta(days=730)
        visits = [v for v in visits_home(c, window, on) if v[1] < on]
        home_days = sum((b - a).days + 1 for a, b in visits)
        country = c.pick(list(RESIDENCE))
        doc = {
            "name": c.person(),
            "idNo": fj_id(c, 25, 75),
            "country": country,
            "permitType": RESIDENCE[country][0],
            "permitGranted": ymd_of(window - timedelta(days=c.num(1, 3000))),
            "windowFrom": ymd_of(window),
            "windowTo": ymd_of(on - timedelta(days=1)),
            "visitsToChina": [{"from": ymd_of(a), "to": ymd_of(b)} for a, b in visits],
            "daysAbroad": 730 - home_days,
            "applyDate": ymd_of(on),
        }
        h, body = upload(
            c,
            [("data", js_doc(doc)), ("permit", ("居留证件.jpg", "image/jpeg", jpeg(c, c.num(900, 2000))))],
            f"{SITE}/qb/hqrd/apply.html",
            0.3,
        )
        c.add(f, "huaqiao-identity-apply", "POST", "/qb/api/hqrd/apply", h, body)
    for _ in range(N):
        kind = c.pick(["归侨", "侨眷"])
        fields = [
            ("kind", kind),
            ("name", c.person()),
            ("idNo", fj_id(c, 20, 85)),
            ("relation", "本人" if kind == "归侨" else c.pick(RELATIONS)),
            ("overseasRelative", c.pick(["陈亚明（Tan Ah Beng）", "林秀英（Lim Siew Eng）", "黄德福（Ng Teck Hock）"])),
            ("country", c.pick(list(RESIDENCE))),
            ("purpose", c.pick(["子女 高考 加分 报名", "申请 侨眷 身份 证明 用于 办理 探亲 签证", "归侨 退休 待遇"])),
        ]
        c.add(f, "returned-relative-cert", "POST", "/qb/gqqj/apply.do", jq_form(c, ref, 0.5), qs(fields, jq))
    for _ in range(N):
        cuts = sorted(c.sample(range(1, 100), c.num(0, 3)))
        shares = [b - a for a, b in zip([0, *cuts], [*cuts, 100], strict=True)]
        names = c.sample(
            [
                "Tan Holdings Pte. Ltd.",
                "PT Lim Sejahtera",
                "陈氏置业（香港）有限公司",
                "Ong Brothers Sdn. Bhd.",
                fj_firm(c),
                c.person(),
            ],
            len(shares),
        )
        investors = [
            {
                "name": name,
                "type": c.pick(["华侨", "港澳同胞"]) if i == 0 or c.chance(0.5) else "境内",
                "sharePct": share,
            }
            for i, (name, share) in enumerate(zip(names, shares, strict=True))
        ]
        overseas_pct = sum(x["sharePct"] for x in investors if x["type"] != "境内")
        doc = {
            "uscc": fj_uscc(c),
            "name": fj_firm(c),
            "investors": investors,
            "overseasPct": overseas_pct,
            "qualifies": overseas_pct >= 25,
        }
        c.add(
            f,
            "qiaozi-enterprise-register",
            "POST",
            "/qb/api/qzqy/register",
            authed(web(c, JSON_CT, 0.1, ref), c),
            js_doc(doc),
        )
    for _ in range(N):
        currency, amount = c.pick(
            [
                ("USD", c.num(1, 200) * 10000),
                ("SGD", c.num(1, 300) * 10000),
                ("MYR", c.num(5, 500) * 10000),
                ("HKD", c.num(10, 900) * 10000),
            ]
        )
        parts = [
            ("donor", c.pick(["Tan Sri Lim Kok Thay", "Dato' Ong Chee Keong", "陈嘉庚 基金会", "Mr. Ng Teck Seng"])),
            ("project", c.pick(["南安 某 中学 科学楼 捐建", "晋江 侨乡 卫生院 救护车", "永春 乡村 图书室"])),
            ("currency", currency),
            ("amount", str(amount)),
            ("recipient", c.pick(["南安市侨联", "晋江市教育局", "永春县人民政府"])),
            ("agreement", ("捐赠协议.pdf", "application/pdf", pdf_head(c, c.num(600, 1500)))),
        ]
        h, body = upload(c, parts, f"{SITE}/qb/qjxm/apply.html", 0.1)
        c.add(f, "donation-project-filing", "POST", "/qb/api/qjxm/filing", h, body)
    for _ in range(N):
        doc = {
            "name": c.person(),
            "country": c.pick(list(RESIDENCE)),
            "contact": c.pick(["+62 812-3456-7890", "+60 12-345 6789", "+65 9123 4567", c.mobile()]),
            "content": prose(
                c,
                [
                    "我 父亲 早年 从 晋江 到 印尼 Medan 谋生，",
                    "老家 祖厝 在 1990 年代 被 亲戚 占用，",
                    "现在 我们 想 办理 祖厝 的 不动产 登记，",
                    "Please advise whether a notarised Power of Attorney from Indonesia is accepted.",
                    "请问 需要 哪些 材料？",
                ],
                (2, 5),
            ),
        }
        c.add(f, "rights-consult", "POST", "/qb/api/wq/consult", client(c, ref, JSON_CT, 0.3), js_doc(doc))
    for _ in range(N):
        q = [("certNo", cn_no(c, "MQRD", c.day(-400, 0))), ("name", c.person())]
        c.add(f, "identity-query", "GET", "/qb/api/hqrd/query?" + qs(q, axios), client(c, ref, None, 0.5))
    for _ in range(N):
        doc = {
            "idNo": fj_id(c, 20, 85),
            "kind": c.pick(["归侨", "侨眷"]),
            "relatives": [
                {"name": c.person(), "relation": c.pick(RELATIONS), "country": c.pick(list(RESIDENCE))}
                for _ in range(c.num(1, 3))
            ],
            "address": fj_address(c),
            "mobile": c.mobile(),
        }
        c.add(f, "relative-info-update", "POST", "/qb/mp/qj/update", miniprogram(c, JSON_CT), js_doc(doc))
    navigations(c, f, "policy-page", lambda: article(c, "/qb/zcfg", -600), ref, 0.3)
    navigations(c, f, "qiaolian-news-page", lambda: article(c, "/ql/xwdt", -60), ref, 0.6)
    beacons(c, f, "/qb/api/stat", ["/qb/index.html", "/qb/hqrd/apply.html"], ref)


# --- root-seeking-qiaopi ----------------------------------------------------------------------------------

SURNAMES_ROMAN = {  # romanised surname: (汉字, 方言)
    "Tan": ("陈", "闽南"),
    "Lim": ("林", "闽南"),
    "Ng": ("黄", "闽南"),
    "Ong": ("王", "闽南"),
    "Khoo": ("邱", "闽南"),
    "Koh": ("许", "闽南"),
    "Chua": ("蔡", "闽南"),
    "Goh": ("吴", "闽南"),
    "Yeo": ("杨", "闽南"),
    "Sim": ("沈", "闽南"),
    "Ting": ("陈", "福州"),
    "Tiong": ("张", "福州"),
    "Lau": ("刘", "福州"),
}
OLD_PLACES = {  # 旧 县 名 in 族谱 and 侨批: today's 区县 code
    "同安县": "350212",
    "南安县": "350583",
    "晋江县": "350582",
    "永春州": "350525",
    "安溪县": "350524",
    "惠安县": "350521",
    "思明县": "350203",
    "长乐县": "350112",
    "福清县": "350181",
    "古田县": "350922",
    "闽侯县": "350121",
}
GIVEN_ROMAN = ["Kah Kee", "Ah Beng", "Boon Hock", "Siew Eng", "Teck Seng", "Mei Ling", "Chee Keong", "Hock Lai"]
BATCH_HOUSES = ["天一信局", "王顺兴信局", "和盛信局", "林和泰汇兑信局", "捷兴信局"]  # 批局 names
ZIBEI = ["「文章華國，詩禮傳家」", "「世德流芳遠，家聲振起長」", "「忠孝傳家久，詩書繼世長」"]


@family("root-seeking-qiaopi")
def root_seeking_qiaopi(c: Corpus) -> None:
    f = "root-seeking-qiaopi"
    ref = f"{SITE}/ql/xg/index.html"
    for _ in range(N):
        roman = c.pick(list(SURNAMES_ROMAN))
        han, dialect = SURNAMES_ROMAN[roman]
        old = c.pick(list(OLD_PLACES))
        doc = {
            "nameRoman": f"{roman} {c.pick(GIVEN_ROMAN)}",
            "surnameHan": han,
            "dialect": dialect,
            "ancestor": f"{han}{c.pick(['德', '文', '世', '家'])}{c.pick(['福', '順', '昌', '榮'])}",
            "oldPlace": old,
            "currentCode": OLD_PLACES[old],
            "emigratedAbout": c.num(1880, 1948),
            "destination": c.pick(["Singapore", "Penang", "Batavia (Jakarta)", "Manila", "Rangoon (Yangon)"]),
            "story": c.pick(
                [
                    "My great-grandfather left Tong'an for Singapore around 1910; family lore says the village had a "
                    'banyan tree and a temple to 保生大帝. We only have his name in Hokkien: "Tan Ah Kow".',
                    '曾祖父 约 1920 年 自 永春 出洋 往 槟城，家中 存有 侨批 数封，信封 书 "永春州 桃源 某某 乡"。',
                    "Nous cherchons le village d'origine de notre arrière-grand-père, parti de Fuqing vers 1935.",
                ]
            ),
            "email": f"{roman.lower()}.{c.alnum(4).lower()}@{c.pick(['gmail.com', 'outlook.com', 'singnet.com.sg'])}",
        }
        c.add(
            f,
            "root-seeking-request",
            "POST",
            "/ql/xg/api/request",
            abroad_xhr(c, c.pick(["en-US", "en-GB", "zh-TW", "fr-FR"]), JSON_CT, f"{SITE}/ql/xg/request.html"),
            js_doc(doc),
        )
    for _ in range(N):
        old = c.pick(list(OLD_PLACES))
        roman = c.pick(list(SURNAMES_ROMAN))
        han = SURNAMES_ROMAN[roman][0]
        parts = [
            ("surnameHan", han),
            ("oldPlace", old),
            ("zibei", c.pick(ZIBEI)),
            (
                "transcript",
                f"{han}氏族譜 卷{c.pick('一二三四')}：始祖 自 光州 固始 入 閩，卜居 {old[:-1]}…… "
                f"第{c.num(12, 24)}世 {han}德昌，字 子榮，清 光緒 年間 渡 南洋。",
            ),
            ("scan", (f"zupu_{c.digits(4)}.jpg", "image/jpeg", exif_jpeg(c, c.num(1500, 3000)))),
        ]
        h, body = upload(c, parts, f"{SITE}/ql/xg/zupu.html", 0.4)
        c.add(f, "genealogy-upload", "POST", "/ql/xg/api/zupu/upload", h, body)
    for _ in range(N):
        y0 = c.num(1880, 1945)
        q = [
            ("kw", c.pick(["平安", "家用", "番银", "回批", "抗战", "大洋"])),
            ("sender", c.pick(["Tan", "Lim", "陈", "林", "黄"])),
            ("house", c.pick(["", *BATCH_HOUSES])),
            ("yearFrom", y0),
            ("yearTo", y0 + c.num(0, 20)),
            ("page", c.num(1, 8)),
        ]
        c.add(f, "qiaopi-search", "GET", "/da/qp/api/search?" + qs(q, axios), web(c, None, 0.3, f"{SITE}/da/qp/"))
    navigations(
        c, f, "qiaopi-item-page", lambda: f"/da/qp/item/QP{c.num(1880, 1949)}{c.digits(5)}.html", f"{SITE}/da/qp/", 0.4
    )
    for _ in range(N):
        fields = [
            (
                "name",
                c.pick(
                    [
                        "新加坡南安会馆",
                        "马来西亚福建社团联合会",
                        "菲律宾晋江同乡总会",
                        "印尼福清公会",
                        "Singapore Hokkien Huay Kuan",
                    ]
                ),
            ),
            ("country", c.pick(["新加坡", "马来西亚", "菲律宾", "印度尼西亚"])),
            ("contact", f"{c.pick(list(SURNAMES_ROMAN))} {c.pick(GIVEN_ROMAN)}"),
            ("email", f"secretariat{c.digits(2)}@{c.pick(['hokkien.org.sg', 'gmail.com'])}"),
            ("members", str(c.num(80, 6000))),
        ]
        c.add(f, "clan-association-register", "POST", "/ql/xg/st/register.do", jq_form(c, ref, 0.2), qs(fields, jq))
    for _ in range(N):
        roman = c.pick(list(SURNAMES_ROMAN))
        q = [("roman", roman), ("dialect", SURNAMES_ROMAN[roman][1])]
        c.add(
            f,
            "surname-romanisation-lookup",
            "GET",
            "/ql/xg/api/surname?" + qs(q, axios),
            abroad_xhr(c, c.pick(["en-US", "en-GB", "zh-TW"]), None, f"{SITE}/ql/xg/request.html"),
        )
    for _ in range(N):
        on = today(c)
        nat = c.pick(["MYS", "SGP", "PHL", "IDN", "USA", "CAN"])
        born = born_at(c, on, 10, 17)
        doc = {
            "camp": '2027 海外 华裔 青少年 "寻根 之旅" 夏令营（福建 营）',
            "nameRoman": f"{c.pick(list(SURNAMES_ROMAN))} {c.pick(GIVEN_ROMAN)}",
            "nameHan": c.person(),
            "nationality": nat,
            "birthDate": ymd_of(born),
            "age": age_on(ymd_of(born), on),
            "passportNo": passport_no(c, nat),
            "guardian": c.pick(["Mdm Lim Siew Eng", "Mr. Ong Boon Kiat", "Mrs. Tan–Wong Mei Ling"]),
            "ancestral": c.pick(list(OLD_PLACES)),
            "signupDate": ymd_of(on),
        }
        c.add(f, "summer-camp-signup", "POST", "/ql/xg/api/camp/signup", wx_h5(c, JSON_CT, ref), js_doc(doc))
    for _ in range(N):
        doc = {
            "items": [f"QP{c.num(1880, 1949)}{c.digits(5)}" for _ in range(c.num(1, 5))],
            "purpose": c.pick(["家族史 研究", "博士 论文 (PhD thesis on remittance networks)", "展览 借展"]),
            "format": c.pick(["TIFF 600dpi", "JPEG 300dpi"]),
            "requester": c.person(),
            "idNo": fj_id(c, 22, 70),
        }
        c.add(
            f,
            "archive-copy-request",
            "POST",
            "/da/qp/api/copy",
            authed(web(c, JSON_CT, 0.2, f"{SITE}/da/qp/"), c),
            js_doc(doc),
        )
    for _ in range(N):
        parts = [
            ("title", c.pick(["一封 1946 年 的 回批", "Grandpa's letters from Rangoon", "番客 婶 的 等待"])),
            (
                "story",
                prose(
                    c,
                    [
                        '信 中 写道："兹 付 去 大洋 拾 元，到 祈 查收，家中 老幼 平安 否？"',
                        "奶奶 一直 把 这些 侨批 放 在 樟木 箱 里。",
                        "The envelope bears a Straits Settlements 10-cent stamp and the chop of 天一信局.",
                        "我们 愿 将 原件 捐赠 给 档案馆。",
                    ],
                    (2, 4),
                ),
            ),
            ("photo", (f"IMG_{c.digits(4)}.jpg", "image/jpeg", jpeg(c, c.num(1200, 2600)))),
        ]
        h, body = upload(c, parts, f"{SITE}/da/qp/story.html", 0.6)
        c.add(f, "family-letter-story", "POST", "/da/qp/api/story", h, body)
    beacons(c, f, "/ql/xg/api/stat", ["/ql/xg/index.html", "/da/qp/"], ref)


# --- taiwan-compatriot-service ----------------------------------------------------------------------------

HANT_QUESTIONS = [
    "請問台胞在廈門買房，需要提供哪些證件？台胞證和居住證都可以嗎？",
    "我是台灣來的青年，想申請來閩就業補貼，勞動合同要簽多久才符合條件？",
    "ㄑㄧㄥˇ ㄨㄣˋ（請問）居住證辦理要多久？",
    "阮佇泉州食頭路，想欲問健保（醫保）按怎辦？（台羅：Guán tī Tsuân-tsiu tsia̍h thâu-lōo）",
    "台資企業申請「惠台」設備補貼，發票金額是含稅還是未稅？",
]
SUBSIDY_ITEMS = {"设备 购置": 0.10, "研发 投入": 0.15, "厂房 租金": 0.30, "人才 引进": 1.0}  # this generator's rates


def mtp_no(c: Corpus) -> str:
    """台湾 居民 来往 大陆 通行证 (2015 card): 8 digits."""
    return c.digits(8)


@family("taiwan-compatriot-service")
def taiwan_compatriot_service(c: Corpus) -> None:
    f = "taiwan-compatriot-service"
    ref = f"{SITE}/tb/index.html"
    for _ in range(N):
        on = today(c)
        doc = {
            "name": c.person(),
            "mtpNo": mtp_no(c),
            "birthDate": ymd_of(born_at(c, on, 18, 70)),
            "address": fj_address(c),
            "residenceSince": ymd_of(on - timedelta(days=c.num(183, 2000))),
            "basis": c.pick(["合法 稳定 就业", "合法 稳定 住所", "连续 就读"]),
            "applyDate": ymd_of(on),
        }
        h = app_headers(c, "mzt", c.pick(["4.6.2", "4.7.0"]), JSON_CT) if c.chance(0.5) else wx_h5(c, JSON_CT, ref)
        c.add(f, "residence-permit-apply", "POST", "/tb/api/jzz/apply", h, js_doc(doc))
    for _ in range(N):
        q = [("zjhm", resident_id(c, "830000")), ("name", c.person())]
        c.add(
            f,
            "residence-permit-verify",
            "GET",
            "/tb/api/jzz/verify?" + qs(q, axios),
            service(c, c.pick(["okhttp/4.12.0", "Go-http-client/1.1"]), {"X-App-Id": "fj-bank-kyc"}, None),
        )
    for _ in range(N):
        q = [("mtp", mtp_no(c)), ("birth", ymd_of(born_at(c, today(c), 18, 70)))]
        c.add(f, "mtp-card-query", "GET", "/tb/api/tbz/query?" + qs(q, axios), client(c, ref, None, 0.5))
    for _ in range(N):
        items = []
        for name in c.sample(list(SUBSIDY_ITEMS), c.num(1, 3)):
            base = c.num(10, 500) * 10000 if name != "人才 引进" else c.num(1, 5) * 50000
            items.append(
                {"item": name, "base": base, "rate": SUBSIDY_ITEMS[name], "amount": round(base * SUBSIDY_ITEMS[name])}
            )
        doc = {
            "uscc": fj_uscc(c),
            "name": fj_firm(c),
            "taiwanInvestor": c.pick(["鴻海精密工業股份有限公司", "統一企業股份有限公司", "個人 台胞 投資"]),
            "items": items,
            "total": sum(x["amount"] for x in items),
        }
        c.add(f, "taiwan-firm-subsidy", "POST", "/tb/api/tq/subsidy", authed(web(c, JSON_CT, 0.1, ref), c), js_doc(doc))
    for _ in range(N):
        on = today(c)
        start = on - timedelta(days=c.num(30, 300))
        fields = [
            ("name", c.person()),
            ("jzzNo", resident_id(c, "830000", 18, 45)),
            ("employer", fj_firm(c)),
            ("contractStart", ymd_of(start)),
            ("contractEnd", ymd_of(start + timedelta(days=365 * c.pick([1, 2, 3])))),
            ("school", c.pick(["國立臺灣大學", "國立成功大學", "國立政治大學", "淡江大學"])),
            ("applyDate", ymd_of(on)),
        ]
        c.add(f, "youth-employment-subsidy", "POST", "/tb/jy/subsidy.do", jq_form(c, ref, 0.6), qs(fields, jq))
    for _ in range(N):
        parts = [
            ("name", c.person()),
            ("jzzNo", resident_id(c, "830000", 25, 60)),
            ("twQualification", c.pick(["專門職業及技術人員高等考試 建築師", "護理師證書", "會計師證書"])),
            ("mainlandTitle", c.pick(["工程师", "主管护师", "会计师"])),
            ("certificate", ("證書.pdf", "application/pdf", pdf_head(c, c.num(600, 1500)))),
        ]
        h, body = abroad_upload(c, "zh-TW", parts, f"{SITE}/tb/zc/apply.html")
        c.add(f, "professional-title-recognition", "POST", "/tb/api/zc/apply", h, body)
    for _ in range(N):
        doc = {
            "lang": "zh-Hant",
            "name": c.person(),
            "mtpNo": mtp_no(c),
            "question": c.pick(HANT_QUESTIONS),
            "channel": c.pick(["12345 台胞 專線", "網頁 留言"]),
        }
        c.add(f, "consult-hant", "POST", "/tb/api/consult", abroad_xhr(c, "zh-TW", JSON_CT, ref), js_doc(doc))
    abroad_navigations(
        c,
        f,
        "hant-page",
        ["zh-TW"],
        lambda lang: f"/tb/{lang}/{c.pick(['jzz', 'huitai', 'jiuye', 'zhichen'])}/index.html",
        ref,
    )
    navigations(c, f, "policy-page", lambda: article(c, "/tb/zcfg", -400), ref, 0.3)
    beacons(c, f, "/tb/api/stat", ["/tb/index.html", "/tb/zh-TW/jzz/index.html"], ref)


# --- hk-macao-resident-service ----------------------------------------------------------------------------

CANTONESE = [
    "我想問下，喺福州買樓要唔要社保證明？",
    "啲資料我已經上載咗，幾時先有結果呀？",
    "香港嘅專業資格喺福建執業，要唔要再考試㗎？",
    "澳門居民喺廈門開戶，用回鄉證得唔得？",
]


def hkid(c: Corpus) -> str:
    """A 香港 身份證 number with its check digit: letter(s), six digits, (check), mod 11 with weights 9-2."""
    prefix = c.pick(["A", "C", "D", "E", "G", "K", "P", "R", "Y", "Z", "XA"])
    digits = c.digits(6)
    chars = (" " + prefix)[-2:]
    total = sum((36 if ch == " " else ord(ch) - 55) * w for ch, w in zip(chars, (9, 8), strict=True))
    total += sum(int(d) * w for d, w in zip(digits, range(7, 1, -1), strict=True))
    check = (11 - total % 11) % 11
    return f"{prefix}{digits}({'A' if check == 10 else check})"


def hrp_no(c: Corpus, region: str) -> str:
    """港澳 居民 来往 内地 通行证 (回乡证): H (香港) or M (澳门) and 8 digits."""
    return ("H" if region == "810000" else "M") + c.digits(8)


@family("hk-macao-resident-service")
def hk_macao_resident_service(c: Corpus) -> None:
    f = "hk-macao-resident-service"
    ref = f"{SITE}/gab/index.html"
    for _ in range(N):
        on = today(c)
        region = c.pick(["810000", "820000"])
        doc = {
            "name": c.person(),
            "nameEn": c.pick(["CHAN Tai Man", "WONG Siu Ling", "LEONG Ka Wai", "CHEONG Mei Kuan"]),
            "hrpNo": hrp_no(c, region),
            "region": "香港" if region == "810000" else "澳门",
            "hkid": hkid(c) if region == "810000" else "",
            "address": fj_address(c),
            "residenceSince": ymd_of(on - timedelta(days=c.num(183, 1500))),
            "applyDate": ymd_of(on),
        }
        c.add(
            f,
            "residence-permit-apply",
            "POST",
            "/gab/api/jzz/apply",
            abroad_xhr(c, "zh-HK", JSON_CT, f"{SITE}/gab/jzz/apply.html"),
            js_doc(doc),
        )
    for _ in range(N):
        q = [("zjhm", resident_id(c, c.pick(["810000", "820000"]))), ("purpose", c.pick(["开户", "入职", "租房"]))]
        c.add(
            f,
            "residence-permit-verify",
            "GET",
            "/gab/api/jzz/verify?" + qs(q, axios),
            service(c, "Apache-HttpClient/4.5.13 (Java/1.8.0_402)", {"X-App-Id": "fj-hr-onboard"}, None),
        )
    for _ in range(N):
        region = c.pick(["810000", "820000"])
        q = [("hxz", hrp_no(c, region)), ("name", c.person())]
        c.add(f, "home-return-permit-query", "GET", "/gab/api/hxz/query?" + qs(q, axios), client(c, ref, None, 0.4))
    for _ in range(N):
        fields = [
            ("hkid", hkid(c)),
            ("hxz", hrp_no(c, "810000")),
            ("mobile", c.pick(["+852 " + c.digits(8), c.mobile()])),
        ]
        c.add(f, "hkid-bind", "POST", "/gab/account/bind.do", jq_form(c, ref, 0.5), qs(fields, jq))
    for _ in range(N):
        parts = [
            ("name", c.person()),
            ("hkid", hkid(c)),
            (
                "profession",
                c.pick(
                    [
                        "Registered Architect (HKIA)",
                        "Registered Professional Engineer (Structural)",
                        "Authorized Person (List of Architects)",
                        "Registered Surveyor",
                    ]
                ),
            ),
            ("firm", c.pick(["AECOM Asia Co. Ltd.", "Arup Hong Kong", "P&T Architects and Engineers Ltd."])),
            ("fjProject", c.pick(["平潭 国际 旅游岛 某 酒店 项目", "厦门 新 会展 中心 二期", "福州 滨海 新城 医院"])),
            ("registration", ("HK_registration.pdf", "application/pdf", pdf_head(c, c.num(600, 1500)))),
        ]
        h, body = abroad_upload(c, "zh-HK", parts, f"{SITE}/gab/zyrs/filing.html")
        c.add(f, "professional-filing", "POST", "/gab/api/zyrs/filing", h, body)
    for _ in range(N):
        region = c.pick(["810000", "820000"])
        wage = c.num(60, 400) * 100
        doc = {
            "jzzNo": resident_id(c, region),
            "hrpNo": hrp_no(c, region),
            "employerUscc": fj_uscc(c),
            "monthlyWage": wage,
            "types": c.sample(["养老", "医疗", "失业", "工伤", "生育"], c.num(3, 5)),
            "startMonth": f"{c.day(-30, 30):%Y-%m}",
        }
        c.add(
            f,
            "social-insurance-enrol",
            "POST",
            "/gab/api/sb/enrol",
            app_headers(c, "mzt", "4.7.0", JSON_CT),
            js_doc(doc),
        )
    for _ in range(N):
        doc = {"lang": "zh-HK", "name": c.person(), "question": c.pick(CANTONESE), "contact": "+853 " + c.digits(8)}
        c.add(f, "consult-cantonese", "POST", "/gab/api/consult", abroad_xhr(c, "zh-HK", JSON_CT, ref), js_doc(doc))
    abroad_navigations(
        c,
        f,
        "hant-page",
        ["zh-HK", "zh-TW"],
        lambda lang: f"/gab/{lang}/{c.pick(['jzz', 'sb', 'zyrs', 'fanxiang'])}/index.html",
        ref,
    )
    navigations(c, f, "notice-page", lambda: article(c, "/gab/tzgg", -120), ref, 0.4)
    beacons(c, f, "/gab/api/stat", ["/gab/index.html", "/gab/jzz/apply.html"], ref)


# --- foreign-expert-program -------------------------------------------------------------------------------

ABSTRACTS = [
    "We propose a Fe–N–C single-atom electrocatalyst for the oxygen evolution reaction (OER) in 1.0 M KOH, reaching "
    "$\\eta_{10} = 278$ mV with a Tafel slope of 42 mV dec$^{-1}$; the rate-determining step "
    "OH$^* \\rightarrow$ O$^* + $H$^+ + e^-$ is confirmed by DFT ($\\Delta G = 1.51$ eV).",
    "Aquaculture of large yellow croaker (Larimichthys crocea) in Ningde: we model dissolved O$_2$ as "
    "$\\frac{dC}{dt} = k_La (C_s - C) - R$ and show that R² > 0.93 across 12 cages (p < 0.01).",
    "Low-temperature CO$_2$ hydrogenation, CO2 + 3H2 → CH3OH + H2O, over Cu/ZnO/ZrO$_2$ catalysts at 220 °C and "
    "3 MPa gives 68% methanol selectivity; TOF = 2.1 × 10⁻³ s⁻¹.",
    "A graph neural network predicts tea (Camellia sinensis) cultivar quality from NIR spectra; loss "
    "$\\mathcal{L} = \\sum_i (y_i - \\hat{y}_i)^2 + \\lambda \\|W\\|_2^2$, accuracy ≥ 95% on the Anxi Tieguanyin set.",
    "LiFePO4/C cathodes doped with Mn²⁺: capacity retention 97.3% after 500 cycles at 1C; "
    "Li⁺ diffusion coefficient D = 3.2 × 10⁻¹² cm² s⁻¹ (GITT).",
]
EXPERT_DOMAINS = ["uni-muenchen.de", "ucd.ie", "u-psud.fr", "nus.edu.sg", "utoronto.ca"]
EXPERT_FIELDS = ["Electrochemistry", "Marine Aquaculture", "Catalysis", "Agricultural AI", "Battery Materials"]
BUDGET_LINES = ("travel", "living", "salary")


@family("foreign-expert-program")
def foreign_expert_program(c: Corpus) -> None:
    f = "foreign-expert-program"
    ref = f"{SITE}/kjt/gdwz/index.html"
    for _ in range(N):
        on = today(c)
        p = foreigner(c, on, 35, 68)
        months = c.num(1, 12)
        budget = {"travel": c.num(1, 6) * 10000, "living": months * 20000, "salary": months * c.num(3, 8) * 10000}
        doc = {
            "expert": {k: p[k] for k in ("surname", "givenNames", "nationality", "birthDate", "passportNo")},
            "orcid": orcid(c),
            "field": c.pick(EXPERT_FIELDS),
            "title": c.pick(["Professor", "Principal Investigator", "Chief Scientist"]),
            "host": c.pick(["厦门大学 化学化工学院", "福州大学 石油化工学院", "集美大学 水产学院", "福建农林大学"]),
            "abstract": c.pick(ABSTRACTS),
            "monthsInChina": months,
            "budget": budget,
            "budgetTotal": sum(budget.values()),
        }
        c.add(
            f, "project-apply", "POST", "/kjt/gdwz/api/project/apply", authed(web(c, JSON_CT, 0.0, ref), c), js_doc(doc)
        )
    for _ in range(N):
        doc = {
            "projectId": cn_no(c, "GDWZ", c.day(-20, 0)),
            "field": "abstractEn",
            "value": c.pick(ABSTRACTS),
            "savedAt": c.ms(),
        }
        c.add(
            f,
            "abstract-autosave",
            "POST",
            "/kjt/gdwz/api/project/draft",
            authed(abroad_xhr(c, c.pick(["en-US", "en-GB", "ja-JP", "ko-KR"]), JSON_CT, ref), c),
            js_doc(doc),
        )
    for _ in range(N):
        pubs = docx(
            [
                "Selected publications (2020–2026)",
                '1. Nguyen T.T.H., Müller J. et al., "Single-atom Fe–N–C for OER", J. Am. Chem. Soc. 147 (2025) '
                "1234–1245. doi:10.1021/jacs.5b01234",
                '2. O\'Brien S.P., "Croaker cage O₂ dynamics", Aquaculture 578 (2024) 740012.',
            ]
        )
        parts = [
            ("projectId", cn_no(c, "GDWZ", c.day(-20, 0))),
            ("cv", ("CV.pdf", "application/pdf", pdf_head(c, c.num(800, 2000)))),
            ("publications", ("Publications.docx", DOCX_CT, pubs)),
        ]
        h, body = abroad_upload(c, c.pick(["en-US", "en-GB", "fr-FR"]), parts, f"{SITE}/kjt/gdwz/apply.html")
        c.add(f, "cv-publication-upload", "POST", "/kjt/gdwz/api/project/material", h, body)
    for _ in range(N):
        q = [("orcid", orcid(c)), ("_", c.ms())]
        c.add(f, "orcid-lookup", "GET", "/kjt/gdwz/api/orcid?" + qs(q, axios), web(c, None, 0.0, ref))
    for _ in range(N):
        months = c.num(1, 12)
        monthly = c.pick([20000, 25000, 30000])
        lines = {"travel": c.num(1, 6) * 10000, "living": months * monthly, "salary": months * c.num(3, 8) * 10000}
        doc = {
            "projectId": cn_no(c, "GDWZ", c.day(-20, 0)),
            "months": months,
            "livingPerMonth": monthly,
            "lines": lines,
            "total": sum(lines.values()),
            "fundSource": c.pick(["中央 财政", "省 财政", "单位 自筹"]),
        }
        c.add(
            f, "budget-sheet", "POST", "/kjt/gdwz/api/project/budget", authed(web(c, JSON_CT, 0.0, ref), c), js_doc(doc)
        )
    for _ in range(N):
        nat, surname, given, _sex = c.pick(PEOPLE)
        fields = [
            ("surname", surname),
            ("givenNames", given),
            ("nationality", nat),
            ("field", c.pick(EXPERT_FIELDS)),
            (
                "email",
                f"{mrz_chars(surname).replace('<', '').lower()}@{c.pick(EXPERT_DOMAINS)}",
            ),
            ("orcid", orcid(c)),
        ]
        c.add(
            f,
            "expert-database-register",
            "POST",
            "/kjt/gdwz/expert/register.do",
            jq_form(c, f"{SITE}/kjt/gdwz/expert.html", 0.0),
            qs(fields, jq),
        )
    for _ in range(N):
        on = today(c)
        p = foreigner(c, on, 35, 68)
        entry = on + timedelta(days=c.num(15, 90))
        doc = {
            "expert": p,
            "visaType": "R",
            "plannedEntry": ymd_of(entry),
            "stayDays": c.num(30, 180),
            "host": fj_uscc(c, "12"),
            "applyDate": ymd_of(on),
        }
        c.add(
            f,
            "r-visa-confirmation",
            "POST",
            "/kjt/gdwz/api/rletter/apply",
            authed(web(c, JSON_CT, 0.0, ref), c),
            js_doc(doc),
        )
    for _ in range(N):
        scores = [c.num(60, 98) for _ in range(5)]
        doc = {
            "projectId": cn_no(c, "GDWZ", c.day(-60, -10)),
            "scores": scores,
            "average": round(sum(scores) / len(scores), 2),
            "reviewers": len(scores),
            "recommend": sum(scores) / len(scores) >= 80,
        }
        h = service(c, "python-requests/2.32.3", {"X-App-Id": "gdwz-review"})
        c.add(f, "review-score-push", "POST", "/kjt/gdwz/api/review/push", h, js_doc(doc))
    abroad_navigations(
        c,
        f,
        "guide-page-foreign",
        ["en-US", "en-GB", "ja-JP", "ko-KR", "ru-RU"],
        lambda lang: f"/kjt/gdwz/{lang}/call-{c.num(2026, 2027)}.html",
        ref,
    )
    beacons(c, f, "/kjt/gdwz/api/stat", ["/kjt/gdwz/index.html", "/kjt/gdwz/apply.html"], ref)


# --- international-student --------------------------------------------------------------------------------

HSK_SECTIONS = {
    1: ("listening", "reading"),
    2: ("listening", "reading"),
    3: ("listening", "reading", "writing"),
    4: ("listening", "reading", "writing"),
    5: ("listening", "reading", "writing"),
    6: ("listening", "reading", "writing"),
}
PROGRAMS = [
    "Chinese Language (1-year non-degree)",
    "MBBS (English-taught)",
    "M.Eng. Marine Engineering",
    "PhD Chemistry",
    "B.A. Chinese Language and Literature",
    "MA International Business",
]
UNIS = {"厦门大学": "10384", "福州大学": "10386", "华侨大学": "10385", "福建师范大学": "10394", "集美大学": "10390"}


def hsk_score(c: Corpus) -> dict:
    level = c.num(1, 6)
    sections = {s: c.num(40, 100) for s in HSK_SECTIONS[level]}
    total = sum(sections.values())
    return {"level": level, "sections": sections, "total": total, "passed": total >= (120 if level <= 2 else 180)}


@family("international-student")
def international_student(c: Corpus) -> None:
    f = "international-student"
    ref = f"{SITE}/jyt/lxs/index.html"
    for _ in range(N):
        on = today(c)
        p = foreigner(c, on, 18, 35)
        uni = c.pick(list(UNIS))
        doc = {
            "passport": p,
            "university": uni,
            "uniCode": UNIS[uni],
            "program": c.pick(PROGRAMS),
            "hsk": hsk_score(c),
            "intake": "2027-09",
            "applyDate": ymd_of(on),
            "email": f"{mrz_chars(p['givenNames'].split()[0]).replace('<', '').lower()}{c.digits(2)}@gmail.com",
        }
        c.add(
            f,
            "admission-apply",
            "POST",
            "/jyt/lxs/api/apply",
            abroad_xhr(
                c, c.pick(["en-US", "ko-KR", "ru-RU", "th-TH", "vi-VN", "ar"]), JSON_CT, f"{SITE}/jyt/lxs/apply.html"
            ),
            js_doc(doc),
        )
    for _ in range(N):
        q = [
            ("certNo", f"H{c.num(1, 6)}{c.digits(13)}"),
            ("name", c.pick(["KIM MINJUN", "NGUYEN THI THU HA", "IVANOVA ANNA", "SUKSAWAT KANYA"])),
        ]
        c.add(f, "hsk-verify", "GET", "/jyt/lxs/api/hsk/verify?" + qs(q, axios), web(c, None, 0.0, ref))
    for _ in range(N):
        parts = [
            (
                "scholarship",
                c.pick(["中国政府奖学金（CSC）", "福建省政府海外留学生奖学金", "Confucius China Studies Program"]),
            ),
            ("agencyNo", f"{c.pick(['10384', '10385', '10386'])}{c.digits(2)}"),
            ("studyPlan", ("Study_Plan.pdf", "application/pdf", pdf_head(c, c.num(700, 1600)))),
            ("recommendation", ("Recommendation_Letter.pdf", "application/pdf", pdf_head(c, c.num(500, 1200)))),
            ("photo", ("photo.jpg", "image/jpeg", jpeg(c, c.num(700, 1500)))),
        ]
        h, body = abroad_upload(
            c, c.pick(["en-US", "ko-KR", "ru-RU", "th-TH", "vi-VN"]), parts, f"{SITE}/jyt/lxs/scholarship.html"
        )
        c.add(f, "scholarship-apply", "POST", "/jyt/lxs/api/scholarship", h, body)
    for _ in range(N):
        q = [
            ("jw202", f"JW{c.num(2026, 2027)}{c.digits(8)}"),
            ("passportNo", passport_no(c, c.pick(list(PASSPORT_FORMS)))),
        ]
        c.add(f, "jw202-query", "GET", "/jyt/lxs/api/jw202?" + qs(q, axios), client(c, ref, None, 0.3))
    for _ in range(N):
        entry = c.day(-25, 0).date()
        book = entry + timedelta(days=c.num(3, 29))
        start = c.pick(["09:00", "09:30", "10:00", "10:30", "14:30", "15:00", "15:30", "16:00"])
        end = f"{start[:2]}:{int(start[3:]) + 30:02d}" if start.endswith("00") else f"{int(start[:2]) + 1:02d}:00"
        doc = {
            "passportNo": passport_no(c, c.pick(list(PASSPORT_FORMS))),
            "entryDate": ymd_of(entry),
            "bookDate": ymd_of(book),
            "slot": f"{start}-{end}",
            "office": c.pick(["福州市公安局出入境管理支队", "厦门市公安局出入境管理支队"]),
            "visa": c.pick(["X1", "X2"]),
            "university": c.pick(list(UNIS)),
        }
        c.add(f, "residence-permit-booking", "POST", "/jyt/lxs/api/jlxk/book", miniprogram(c, JSON_CT), js_doc(doc))
    for _ in range(N):
        arrival = c.day(-10, 30).date()
        doc = {
            "studentNo": f"{c.num(2026, 2027)}{c.digits(6)}",
            "dorm": c.pick(["单人间", "双人间", "Studio"]),
            "arrival": ymd_of(arrival),
            "checkIn": ymd_of(arrival + timedelta(days=c.num(0, 2))),
            "semesters": c.num(1, 8),
            "note": c.pick(
                [
                    "",
                    "Vegetarian, no pork please.",
                    "Need a quiet room",
                    "Приеду ночью, можно ли заселиться после 23:00?",
                ]
            ),
        }
        c.add(f, "dorm-application", "POST", "/jyt/lxs/api/dorm", wx_h5(c, JSON_CT, ref), js_doc(doc))
    for _ in range(N):
        years = c.num(1, 4)
        fields = [
            ("studentNo", f"{c.num(2026, 2027)}{c.digits(6)}"),
            ("plan", "国际学生 综合 保险"),
            ("years", str(years)),
            ("premiumPerYear", "800"),
            ("amount", str(800 * years)),
        ]
        c.add(f, "insurance-enrol", "POST", "/jyt/lxs/bx/enrol.do", jq_form(c, ref, 0.5), qs(fields, jq))
    abroad_navigations(
        c,
        f,
        "program-page-foreign",
        ["en-US", "ko-KR", "ru-RU", "th-TH", "vi-VN", "ar", "ja-JP"],
        lambda lang: f"/jyt/lxs/{lang}/programs/{c.pick(list(UNIS.values()))}.html",
        ref,
    )
    navigations(c, f, "notice-page", lambda: article(c, "/jyt/lxs/tzgg", -90), ref, 0.4)
    beacons(c, f, "/jyt/lxs/api/stat", ["/jyt/lxs/index.html", "/jyt/lxs/apply.html"], ref)


# --- translation-service-order ----------------------------------------------------------------------------

SOURCE_TEXTS = {  # language: source passages as clients paste them
    "ja": [
        "本契約は、甲と乙の間で締結されるものとし、日本法に準拠する。",
        "輸入許可通知書の写しを添付いたします。ご確認ください。",
        "貴社ますますご清栄のこととお慶び申し上げます。",
    ],
    "ko": [
        "본 계약서는 대한민국 법률에 따라 해석된다.",
        "첨부된 서류를 확인하여 주시기 바랍니다.",
        "가족관계증명서 번역을 의뢰합니다.",
    ],
    "ru": [
        "Настоящий договор вступает в силу с момента его подписания сторонами.",
        "Просим подтвердить получение документов.",
        "Свидетельство о государственной регистрации юридического лица",
    ],
    "ar": [
        "يسري هذا العقد اعتباراً من تاريخ توقيعه من قبل الطرفين.",
        "نرجو التكرم بتأكيد استلام المستندات.",
        "شهادة تسجيل تجاري صادرة عن غرفة تجارة دبي",
    ],
    "th": ["สัญญาฉบับนี้มีผลบังคับใช้นับแต่วันที่คู่สัญญาทั้งสองฝ่ายลงนาม", "กรุณายืนยันการได้รับเอกสาร", "หนังสือรับรองการจดทะเบียนนิติบุคคล"],
}
UNIT_PRICE = {"ja": 220, "ko": 240, "ru": 260, "ar": 320, "th": 300}  # 元 per 1,000 characters, this generator's
URGENCY = {"普通": Decimal("1.0"), "加急": Decimal("1.5"), "特急": Decimal("2.0")}
HOURLY = {"陪同 口译": 300, "交替 传译": 1200, "同声 传译": 2500}  # 元 per hour, this generator's


def billed(text: str, lang: str, speed: str) -> tuple[int, str]:
    """(characters without spaces, price): at least 1,000 characters billed, × the urgency factor, in 元 to 分."""
    chars = sum(1 for ch in text if not ch.isspace())
    amount = Decimal(max(chars, 1000)) / 1000 * UNIT_PRICE[lang] * URGENCY[speed]
    return chars, str(amount.quantize(Decimal("0.01"), ROUND_HALF_UP))


@family("translation-service-order")
def translation_service_order(c: Corpus) -> None:
    f = "translation-service-order"
    ref = f"{SITE}/wb/fy/index.html"
    for _ in range(N):
        lang, speed = c.pick(list(SOURCE_TEXTS)), c.pick(list(URGENCY))
        text = "\n".join(c.sample(SOURCE_TEXTS[lang], c.num(1, 3)))
        chars, amount = billed(text, lang, speed)
        doc = {
            "sourceLang": lang,
            "targetLang": "zh-CN",
            "text": text,
            "chars": chars,
            "speed": speed,
            "unitPrice": UNIT_PRICE[lang],
            "amount": amount,
            "client": fj_firm(c),
        }
        c.add(f, "order-create", "POST", "/wb/fy/api/order", authed(web(c, JSON_CT, 0.2, ref), c), js_doc(doc))
    for _ in range(N):
        lang = c.pick(list(SOURCE_TEXTS))
        parts = [
            ("orderNo", cn_no(c, "FY", c.day(-5, 0))),
            ("sourceLang", lang),
            ("file", (f"source_{lang}.docx", DOCX_CT, docx(c.sample(SOURCE_TEXTS[lang], 2)))),
        ]
        h, body = upload(c, parts, f"{SITE}/wb/fy/order.html", 0.1)
        c.add(f, "source-file-upload", "POST", "/wb/fy/api/order/file", h, body)
    for _ in range(N):
        lang = c.pick(["ja", "ko", "ru", "en"])
        terms = {
            "ja": [("輸入許可", "进口 许可"), ("甲", "甲方"), ("準拠法", "准据法")],
            "ko": [("가족관계증명서", "家庭 关系 证明书"), ("법인", "法人")],
            "ru": [("юридическое лицо", "法人"), ("ИНН", "纳税人 识别号"), ("ООО", "有限责任公司")],
            "en": [
                ("Letter of Credit (L/C)", "信用证"),
                ('"as is" condition', '"按 现状" 条件'),
                ('12" pipe', "12 英寸 管"),
            ],
        }[lang]
        rows = [["source", "target", "note"], *[[a, b, ""] for a, b in terms]]
        parts = [
            ("orderNo", cn_no(c, "FY", c.day(-5, 0))),
            ("pair", f"{lang}>zh-CN"),
            ("rows", str(len(terms))),
            ("glossary", (f"glossary_{lang}.csv", CSV_CT, csv_text(rows, bom=True))),
        ]
        h, body = upload(c, parts, f"{SITE}/wb/fy/order.html", 0.0)
        c.add(f, "glossary-csv-upload", "POST", "/wb/fy/api/order/glossary", h, body)
    for _ in range(N):
        kind = c.pick(list(HOURLY))
        day = c.day(3, 40).date()
        start = c.num(8, 14)
        hours = c.num(2, 6)
        doc = {
            "kind": kind,
            "language": c.pick(["日语", "韩语", "俄语", "阿拉伯语", "泰语", "英语"]),
            "date": ymd_of(day),
            "start": f"{start:02d}:00",
            "end": f"{start + hours:02d}:00",
            "hours": hours,
            "rate": HOURLY[kind],
            "amount": hours * HOURLY[kind],
            "event": c.pick(["中国—东盟 海洋 合作 论坛", "9·8 投洽会 签约 仪式", "外宾 参观 福州 三坊七巷"]),
        }
        c.add(
            f,
            "interpreter-booking",
            "POST",
            "/wb/fy/api/interpret/book",
            authed(web(c, JSON_CT, 0.1, ref), c),
            js_doc(doc),
        )
    for _ in range(N):
        q = [("lang", c.pick(list(SOURCE_TEXTS))), ("chars", c.num(300, 20000)), ("speed", c.pick(list(URGENCY)))]
        c.add(f, "quote-query", "GET", "/wb/fy/api/quote?" + qs(q, axios), client(c, ref, None, 0.3))
    for _ in range(N):
        copies = c.num(1, 4)
        fields = [
            ("docType", c.pick(["出生 证明", "无犯罪 记录 证明", "驾驶证", "学位 证书", "营业执照"])),
            ("targetLang", c.pick(["英语", "日语", "西班牙语", "俄语"])),
            ("copies", str(copies)),
            ("unitFee", "150"),
            ("amount", str(150 * copies)),
            ("mobile", c.mobile()),
        ]
        c.add(f, "certified-translation", "POST", "/wb/fy/zj/order.do", jq_form(c, ref, 0.6), qs(fields, jq))
    for _ in range(N):
        parts = [
            ("name", c.person()),
            ("languages", ",".join(c.sample(["ja", "ko", "ru", "ar", "th", "en", "es", "fr"], c.num(1, 3)))),
            ("cattiNo", f"{c.num(2012, 2026)}{c.pick(['1', '2', '3'])}{c.digits(9)}"),
            ("certificate", ("CATTI证书.jpg", "image/jpeg", jpeg(c, c.num(800, 1800)))),
            ("sample", ("试译稿.pdf", "application/pdf", pdf_head(c, c.num(500, 1200)))),
        ]
        h, body = upload(c, parts, f"{SITE}/wb/fy/translator.html", 0.2)
        c.add(f, "translator-register", "POST", "/wb/fy/api/translator/register", h, body)
    for _ in range(N):
        q = [("orderNo", cn_no(c, "FY", c.day(-15, 0))), ("mobile", c.mobile())]
        c.add(f, "progress-query", "GET", "/wb/fy/api/order/progress?" + qs(q, axios), client(c, ref, None, 0.4))
    navigations(
        c, f, "service-page", lambda: f"/wb/fy/{c.pick(['bj', 'ky', 'zjfy', 'jg', 'faq'])}/index.html", ref, 0.3
    )
    beacons(c, f, "/wb/fy/api/stat", ["/wb/fy/index.html", "/wb/fy/order.html"], ref)


# --- foreigner-lodging-declaration ------------------------------------------------------------------------

HOMESTAYS = ["鼓浪屿 海天 堂构 民宿", "武夷山 茶 隐 山居", "霞浦 海边 小院", "土楼 人家 客栈", "平潭 北港 石厝 民宿"]


def stay(c: Corpus) -> tuple[datetime, datetime, datetime]:
    """(arrival, declared, departure): declared within 24 hours of arrival."""
    arrival = moment(c, -20, 0, 7, 23)
    declared = arrival + timedelta(minutes=c.num(5, 24 * 60 - 1))
    return arrival, declared, arrival + timedelta(days=c.num(1, 20), hours=c.num(0, 8))


def guest_doc(c: Corpus, on: date) -> dict:
    p = foreigner(c, on, 18, 75)
    return {k: p[k] for k in ("surname", "givenNames", "nationality", "sex", "birthDate", "passportNo", "mrz")} | {
        "visa": c.pick(["L", "F", "Z", "X1", "免签（240小时过境）", "免签（30天单方面）"])
    }


@family("foreigner-lodging-declaration")
def foreigner_lodging_declaration(c: Corpus) -> None:
    f = "foreigner-lodging-declaration"
    ref = f"{SITE}/gat/jwzs/index.html"
    for _ in range(N):
        arrival, declared, leave = stay(c)
        doc = {
            "host": {"name": c.person(), "idNo": fj_id(c, 25, 75), "mobile": c.mobile(), "address": fj_address(c)},
            "relation": c.pick(["亲属", "朋友", "房东（短租）", "同事"]),
            "guest": guest_doc(c, arrival.date()),
            "arrival": hms(arrival),
            "declaredAt": hms(declared),
            "plannedLeave": ymd_of(leave),
        }
        c.add(f, "host-declare", "POST", "/gat/jwzs/mp/host/declare", miniprogram(c, JSON_CT), js_doc(doc))
    for _ in range(N):
        arrival, declared, leave = stay(c)
        g = guest_doc(c, arrival.date())
        fields = [
            ("homestay", c.pick(HOMESTAYS)),
            ("licence", f"闽民宿{c.pick(COUNTIES)}{c.digits(4)}"),
            ("surname", g["surname"]),
            ("givenNames", g["givenNames"]),
            ("nationality", g["nationality"]),
            ("passportNo", g["passportNo"]),
            ("arrival", hms(arrival)),
            ("declaredAt", hms(declared)),
            ("departure", hms(leave)),
            ("room", f"{c.num(1, 3)}0{c.num(1, 8)}"),
        ]
        c.add(f, "homestay-register", "POST", "/gat/jwzs/ms/register.do", jq_form(c, ref, 0.7), qs(fields, jq))
    for _ in range(N):
        g = guest_doc(c, today(c))
        parts = [
            ("line1", g["mrz"][0]),
            ("line2", g["mrz"][1]),
            ("image", (f"mrz_{c.ms()}.jpg", "image/jpeg", jpeg(c, c.num(900, 2000)))),
        ]
        ctype, body = c.multipart(c.browser(1.0), parts)
        h = miniprogram(c, None)
        h["content-type"] = ctype
        c.add(f, "mrz-scan", "POST", "/gat/jwzs/mp/ocr/mrz", h, body)
    for _ in range(N):
        arrival, _declared, leave = stay(c)
        doc = {
            "recordNo": cn_no(c, "JWZS", arrival),
            "passportNo": passport_no(c, c.pick(list(PASSPORT_FORMS))),
            "arrival": hms(arrival),
            "leftAt": hms(leave),
            "destination": c.pick(["厦门高崎国际机场 出境", "前往 上海", "福州长乐国际机场 出境"]),
        }
        c.add(f, "departure-report", "POST", "/gat/jwzs/mp/leave", miniprogram(c, JSON_CT), js_doc(doc))
    for _ in range(N):
        arrival, declared, _leave = stay(c)
        fields = [
            ("recordNo", cn_no(c, "JWZS", arrival)),
            ("newAddress", fj_address(c)),
            ("changedAt", hms(declared + timedelta(days=c.num(1, 5)))),
            ("reason", c.pick(["换 房间", "搬 至 朋友 家"])),
        ]
        c.add(f, "stay-change", "POST", "/gat/jwzs/change.do", jq_form(c, ref, 0.6), qs(fields, jq))
    for _ in range(N):
        on = today(c)
        q = [
            ("hostIdNo", fj_id(c, 25, 75)),
            ("from", ymd_of(on - timedelta(days=c.num(30, 60)))),
            ("to", ymd_of(on - timedelta(days=c.num(0, 29)))),
        ]
        c.add(f, "record-query", "GET", "/gat/jwzs/api/records?" + qs(q, axios), client(c, ref, None, 0.5))
    for _ in range(N):
        rows = []
        for _r in range(c.num(2, 8)):
            arrival, declared, _leave = stay(c)
            rows.append(
                guest_doc(c, arrival.date())
                | {
                    "arrival": hms(arrival),
                    "declaredAt": hms(declared),
                    "dorm": f"留学生公寓 {c.num(1, 6)}#{c.num(101, 620)}",
                }
            )
        doc = {"unitUscc": fj_uscc(c, "12"), "unit": c.pick(list(UNIS)), "rows": rows, "count": len(rows)}
        h = service(c, "Java/17.0.10", {"X-Unit-Code": doc["unitUscc"][:8]})
        c.add(f, "unit-batch-report", "POST", "/gat/jwzs/api/unit/batch", h, js_doc(doc))
    abroad_navigations(
        c,
        f,
        "guide-page-foreign",
        ["en-US", "ja-JP", "ko-KR", "ru-RU", "th-TH", "vi-VN"],
        lambda lang: f"/gat/jwzs/{lang}/accommodation-registration.html",
        ref,
    )
    navigations(c, f, "guide-page", lambda: article(c, "/gat/jwzs/bszn", -300), ref, 0.5)
    beacons(c, f, "/gat/jwzs/api/stat", ["/gat/jwzs/index.html", "/gat/jwzs/ms/register.html"], ref)


# --- trade-finance-lc-desk --------------------------------------------------------------------------------

ISSUING = {  # issuing bank BIC: (country ISO 3166, port of discharge)
    "DEUTDEFF": ("DE", "HAMBURG, GERMANY"),
    "BNPAFRPP": ("FR", "LE HAVRE, FRANCE"),
    "BARCGB22": ("GB", "FELIXSTOWE, UNITED KINGDOM"),
    "INGBNL2A": ("NL", "ROTTERDAM, NETHERLANDS"),
    "CHASUS33": ("US", "LOS ANGELES, CA, USA"),
    "MBBEMYKL": ("MY", "PORT KLANG, MALAYSIA"),
    "DBSSSGSG": ("SG", "SINGAPORE"),
    "HSBCHKHH": ("HK", "HONG KONG"),
}
ADVISING = ["BKCHCNBJ", "ICBKCNBJ", "PCBCCNBJ", "ABOCCNBJ", "FJIBCNBA", "COMMCNSH"]
GOODS = [  # (description as invoices write it, HS 2022 code, unit, unit price USD)
    ('12" DUCTILE IRON PIPE K9, ISO 2531, 6M LENGTH', "7303.00", "PCS", Decimal("168.50")),
    ('3/4" BRASS BALL VALVE, PN25, FULL BORE', "8481.80", "PCS", Decimal("4.35")),
    ('1/2" PPR ELBOW 90°, PN20', "3917.40", "PCS", Decimal("0.12")),
    ('MEN\'S LEATHER SHOES, "RUNWAY" STYLE, SIZE 39-44', "6403.99", "PRS", Decimal("18.80")),
    ("OOLONG TEA (TIEGUANYIN), 250G/TIN", "0902.30", "TINS", Decimal("9.60")),
    ("PORCELAIN DINNER SET 20-PC, DEHUA", "6912.00", "SETS", Decimal("23.00")),
    ('GRANITE SLAB G654, 2CM THICK, 24"x24"', "6802.93", "M2", Decimal("21.40")),
    ("FROZEN VANNAMEI SHRIMP HLSO 26/30", "0306.17", "KGS", Decimal("7.85")),
]
INCOTERMS = {"FOB": "XIAMEN, CHINA", "CIF": None, "CFR": None, "FCA": "FUZHOU, CHINA", "EXW": "JINJIANG, CHINA"}
SWIFT_X = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/-?:().,'+ \r\n")
IBAN_LEN = {"DE": 22, "FR": 27, "GB": 22, "NL": 18}


def money(v: Decimal) -> str:
    """A SWIFT amount: comma as the decimal mark."""
    return f"{v:.2f}".replace(".", ",")


def rib(c: Corpus) -> str:
    """A French BBAN (RIB): 5-digit bank, 5-digit branch, 11-digit account and the clé RIB, 97 - (89 b + 15 g + 3 c)
    mod 97."""
    bank, branch, account = c.digits(5), c.digits(5), c.digits(11)
    key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
    return f"{bank}{branch}{account}{key:02d}"


def dutch_account(c: Corpus) -> str:
    """A Dutch 10-digit account number that passes the 11-test (elfproef): Σ digit × (10 - position) ≡ 0 mod 11."""
    while True:
        body = c.digits(9)
        rest = -sum(int(d) * (10 - i) for i, d in enumerate(body)) % 11
        if rest < 10:
            return body + str(rest)


def iban(c: Corpus, country: str) -> str:
    """An IBAN of ``country`` with its ISO 7064 MOD 97-10 check digits."""
    bban = {
        "DE": lambda: c.digits(18),
        "FR": lambda: rib(c),
        "GB": lambda: c.pick(["BARC", "HBUK", "NWBK", "LOYD"]) + c.digits(14),
        "NL": lambda: c.pick(["ABNA", "RABO"]) + dutch_account(c),
    }[country]()
    numeric = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    return f"{country}{98 - int(numeric) % 97:02d}{bban}"


def goods_lines(c: Corpus) -> list[tuple[str, str, str, int, Decimal]]:
    return [(d, hs, unit, c.num(1, 40) * 50, price) for d, hs, unit, price in c.sample(GOODS, c.num(1, 3))]


def swift_desc(desc: str) -> str:
    """A goods description in SWIFT's X characters: inch marks spelt out, other quotes and symbols dropped."""
    out = re.sub(r'(?<=\d)"', " INCH", desc).replace("°", " DEG").replace("x", " X ")
    return " ".join("".join(ch for ch in out if ch in SWIFT_X).split())


def wrap(text: str, width: int) -> list[str]:
    """Text in lines of at most ``width`` characters, broken between words."""
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + len(word) + 1 > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return [*lines, line]


def mt700(c: Corpus) -> tuple[str, dict]:
    """An MT700's text block (CRLF lines, X characters) and what it says."""
    bic = c.pick(list(ISSUING))
    _country, port = ISSUING[bic]
    issued = c.day(-40, 0).date()
    ship_by = issued + timedelta(days=c.num(30, 90))
    expiry = ship_by + timedelta(days=c.num(15, 21))
    lines = goods_lines(c)
    amount = sum((q * p for _d, _hs, _u, q, p in lines), Decimal(0))
    term = c.pick(["FOB", "CIF", "CFR"])
    place = INCOTERMS[term] or port
    dc = f"{c.pick(['ILC', 'DC', 'LC'])}{c.digits(8)}"
    goods = []
    for d, hs, unit, q, p in lines:
        goods += wrap(f"+{q} {unit} {swift_desc(d)} HS {hs} AT USD {p:.2f}/{unit}", 65)
    goods += [f"{term} {place} INCOTERMS 2020"]
    text = "\r\n".join(
        [
            ":27:1/1",
            ":40A:IRREVOCABLE",
            f":20:{dc}",
            f":31C:{issued:%y%m%d}",
            ":40E:UCP LATEST VERSION",
            f":31D:{expiry:%y%m%d}CHINA",
            f":50:{c.pick(['EUROTRADE GMBH', 'MAISON DUPONT SARL', 'ATLAS SUPPLY LTD', 'KLANG HARDWARE SDN BHD'])}",
            f"{c.pick(['HAFENSTRASSE 12', '14 RUE DE LA PAIX', '5 OLD STREET', 'JALAN KEBUN 3'])}",
            f":59:{c.pick(['XIAMEN HAIXIA IMPORT AND EXPORT', 'FUJIAN MINTAI TRADING'])}",
            "CO., LTD.",
            "NO. 88 HUBIN NORTH ROAD",
            "XIAMEN, CHINA",
            f":32B:USD{money(amount)}",
            ":39A:05/05",
            f":41A:{c.pick(ADVISING)}",
            "BY NEGOTIATION",
            ":42C:AT SIGHT",
            f":42A:{bic}",
            ":43P:ALLOWED",
            ":43T:NOT ALLOWED",
            f":44E:{c.pick(['XIAMEN', 'FUZHOU', 'QUANZHOU'])}, CHINA",
            f":44F:{port}",
            f":44C:{ship_by:%y%m%d}",
            ":45A:",
            *goods,
            ":46A:+SIGNED COMMERCIAL INVOICE IN 3 ORIGINALS",
            "+FULL SET OF CLEAN ON BOARD OCEAN BILLS OF LADING",
            "MADE OUT TO ORDER AND BLANK ENDORSED",
            "+PACKING LIST IN 3 COPIES",
            "+CERTIFICATE OF ORIGIN ISSUED BY CCPIT",
            ":47A:+ALL DOCUMENTS MUST INDICATE THE L/C NO.",
            ":71D:ALL BANKING CHARGES OUTSIDE",
            "ISSUING BANK ARE FOR",
            "BENEFICIARY'S ACCOUNT",
            ":48:21/DAYS AFTER THE DATE OF SHIPMENT",
            ":49:WITHOUT",
        ]
    )
    return text + "\r\n", {"dc": dc, "bic": bic, "amount": amount, "expiry": expiry, "issued": issued}


@family("trade-finance-lc-desk")
def trade_finance_lc_desk(c: Corpus) -> None:
    f = "trade-finance-lc-desk"
    ref = f"{SITE}/swt/xyz/index.html"
    for _ in range(N):
        text, meta = mt700(c)
        h = service(
            c,
            "Apache-HttpClient/4.5.14 (Java/17.0.10)",
            {"X-Msg-Type": "MT700", "X-Sender-Bic": meta["bic"], "X-Ref": meta["dc"]},
            "text/plain; charset=utf-8",
        )
        c.add(f, "mt700-push", "POST", "/swt/xyz/api/mt700/receive", h, text)
    for _ in range(N):
        text, meta = mt700(c)
        doc = {
            "exporterUscc": fj_uscc(c),
            "lcText": text,
            "questions": prose(
                c,
                [
                    "请 帮忙 审证：",
                    "44C 装运 期 是否 来得及？",
                    "46A 要求 CCPIT 原产地 证，能否 用 海关 签发 的？",
                    "47A 有没有 软条款？",
                    "Is a 5% tolerance (39A) applied to quantity as well?",
                ],
                (2, 4),
            ),
        }
        c.add(f, "lc-review-request", "POST", "/swt/xyz/api/review", authed(web(c, JSON_CT, 0.1, ref), c), js_doc(doc))
    for _ in range(N):
        lines = goods_lines(c)
        rows = [
            {"description": d, "hs": hs, "unit": u, "qty": q, "unitPrice": str(p), "amount": str(q * p)}
            for d, hs, u, q, p in lines
        ]
        total = sum((q * p for _d, _hs, _u, q, p in lines), Decimal(0))
        credit = (total * Decimal(c.pick(["1.00", "1.02", "1.05"]))).quantize(Decimal("0.01"))
        term = c.pick(list(INCOTERMS))
        doc = {
            "lcNo": f"ILC{c.digits(8)}",
            "lcAmount": str(credit),
            "tolerancePct": 5,
            "currency": "USD",
            "incoterm": term,
            "place": INCOTERMS[term] or c.pick(list(ISSUING.values()))[1],
            "rows": rows,
            "total": str(total),
        }
        c.add(
            f, "invoice-check", "POST", "/swt/xyz/api/invoice/check", authed(web(c, JSON_CT, 0.0, ref), c), js_doc(doc)
        )
    for _ in range(N):
        q = [("bic", c.pick([*ISSUING, *ADVISING]) + c.pick(["", "XXX"]))]
        c.add(f, "bic-lookup", "GET", "/swt/xyz/api/bic?" + qs(q, axios), web(c, None, 0.1, ref))
    for _ in range(N):
        q = [("iban", iban(c, c.pick(list(IBAN_LEN))))]
        c.add(f, "iban-validate", "GET", "/swt/xyz/api/iban?" + qs(q, axios), web(c, None, 0.1, ref))
    for _ in range(N):
        _d, hs, _u, _p = c.pick(GOODS)
        q = [("hs", c.pick([hs, hs.replace(".", "")])), ("lang", c.pick(["zh", "en"]))]
        c.add(f, "hs-lookup", "GET", "/swt/xyz/api/hs?" + qs(q, axios), client(c, ref, None, 0.2))
    navigations(c, f, "incoterms-page", lambda: f"/swt/xyz/incoterms/{c.pick(list(INCOTERMS)).lower()}.html", ref, 0.2)
    for _ in range(N):
        country = c.pick(list(IBAN_LEN))
        parts = [
            ("exporterUscc", fj_uscc(c)),
            ("buyer", c.pick(["EUROTRADE GMBH", "MAISON DUPONT SARL", "ATLAS SUPPLY LTD", "VAN DIJK B.V."])),
            ("buyerCountry", country),
            ("buyerIban", iban(c, country)),
            ("limitUsd", str(c.num(5, 200) * 10000)),
            ("paymentTerm", c.pick(["L/C AT SIGHT", "D/P 30 DAYS", "O/A 60 DAYS"])),
            ("financials", ("buyer_financials.pdf", "application/pdf", pdf_head(c, c.num(600, 1500)))),
        ]
        h, body = upload(c, parts, f"{SITE}/swt/xyz/xb/apply.html", 0.0)
        c.add(f, "credit-insurance-apply", "POST", "/swt/xyz/api/xb/limit", h, body)
    for _ in range(N):
        fields = [
            ("lcNo", f"ILC{c.digits(8)}"),
            (
                "discrepancy",
                c.pick(
                    [
                        "Late shipment: B/L dated 3 days after 44C.",
                        "Invoice describes goods as '3/4\" brass valve' while L/C says '3/4 INCH BRASS BALL VALVE'.",
                        "Certificate of origin issued by customs, L/C requires CCPIT.",
                        "Presentation beyond 21 days after shipment (48).",
                    ]
                ),
            ),
            ("bankNotice", c.pick(["MT734 received", "MT750 advice of discrepancy"])),
            ("mobile", c.mobile()),
        ]
        c.add(f, "discrepancy-consult", "POST", "/swt/xyz/bfd/consult.do", jq_form(c, ref, 0.2), qs(fields, jq))
    beacons(c, f, "/swt/xyz/api/stat", ["/swt/xyz/index.html", "/swt/xyz/incoterms/fob.html"], ref)


# --- generation, check and files -------------------------------------------------------------------


def gen() -> list[dict]:
    return generate(Corpus(SEED), FAMILIES)


def check(rec: dict) -> list[str]:
    """What is wrong with one record as an HTTP request (empty: nothing): tests/waf/data/corpus_kit.py."""
    return check_record(rec, SOURCES)


if __name__ == "__main__":
    write_corpus(gen(), check, split, TUNING_FILE, HELD_OUT_FILE, len(FAMILIES))
