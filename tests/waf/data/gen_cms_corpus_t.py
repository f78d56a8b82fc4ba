"""Generate corpus T: a TWENTIETH set of ordinary requests to Chinese government sites, independent of A-R.

    python tests/waf/data/gen_cms_corpus_t.py   # writes cms_t_tuning.jsonl and cms_t_heldout.jsonl next to it

Why another corpus: each fresh corpus so far has found kinds of ordinary traffic the earlier ones lacked, and
T measures the WAF's false positives on traffic no tuning round has seen. A-R look at government sites from the
visitor's side and from the business systems behind them; corpus T is the CONTENT-OPERATIONS side of one
province's 政府 网站 集约化 平台 (a government website cloud hosting the 省 portal and its 部门 and 市县 sites):
what editors, reviewers and the platform's own services send to it. 稿件 三审三校 (drafts with the editor's HTML,
revision patches, 校对 marks, 审签 opinions, Word import); 敏感词/错别字 审校 API calls (阿里云 内容 安全 RPC
calls, 百度 文本 审核 and 纠错 calls, the platform's signed 审校 service with long article text); 政务 新媒体 矩阵
publishing (微信 公众号 draft/freepublish/material APIs, 微博 statuses/share, the platform's 分发 tasks); 舆情
监测 (the crawler's pushes of captured posts and comments with URLs, emoji and #话题#, keyword rules, SimHash
dedupe, signed alerts, screenshots); 政务 知识库/智能 问答 editing (markdown entries with tables, lists and links,
情形 引导 conditions, CSV imports); 专题 页 builder (JSON layouts on a 24-column grid, component configs, CSS
values); 图片/视频 素材 库 (JPEG with EXIF, PNG, MP4 chunks as simple-uploader sends them, merges, metadata);
数字人 播报 (SSML scripts, TTS calls, render jobs, SRT subtitles); 网站 普查/抽查 整改 (issue lists, 整改 reports
with screenshots, link-checker pushes); 无障碍 alt-text management (alt text, aria-label by CSS selector, long
descriptions); 集约化 栏目/模板 management (JEECMS FreeMarker and TRS WCM 置标 template sources, Vue widget
templates, 栏目 trees); and 评论 审核 (readers' comments and their approval or rejection with reasons).
``SOURCES`` names the public material each family's URLs, parameters, headers and bodies follow; values are
generated deterministically (``SEED``); HOST is a placeholder the evaluation replaces. Where the receiving
services check something (MD5 and SHA-256 digests of content and uploads, 阿里云 RPC HMAC-SHA1 signatures, the
审校 service's and the alert hook's HMAC-SHA256 signatures, SimHash fingerprints, patches that rebuild the new
version, 校对 marks that point at their text, grid spans adding up to 24, chunk sizes and counts, SSML that parses,
subtitle times that advance, balanced template tags) the generator does it for real, so the fast tests can check
the requests the way the receiving servers would. Nothing here is an attack: every value is what the real
service really receives.

Each request is one JSONL record as in corpora A-R (method, path, headers, body or body_b64) tagged with its
``family``, ``shape``, ``source`` and ``label`` = family/shape, and passes corpus_kit.check_record.

THE SPLIT is corpus_kit.HashSplit's rule with the salt "corpus-t/", decided and written down here before the
corpus was generated and before anything was evaluated (no WAF result on T was seen by its author; docs/waf.md,
held-out discipline): the three families whose sha256("corpus-t/<family>") hex digests sort first are held out
whole, and no tuning may see them; in every other family a (family, shape) group is held out when
sha256("corpus-t/<family>/<shape>") has a first byte divisible by 4; everything else is the tuning part. Made
once; never re-split, edited or regenerated to pass.
"""

from __future__ import annotations

import base64
import csv
import difflib
import hashlib
import hmac
import io
import re
import sys
import urllib.parse
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from xml.sax.saxutils import escape

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
from tests.waf.data.gen_cms_corpus_e import JQ_ACCEPT, JSON_CT, axios, form, jpeg, jq, js_json, qs  # E's
from tests.waf.data.gen_cms_corpus_f import png  # F's
from tests.waf.data.gen_cms_corpus_j import hmac_hex, sha256_text  # J's
from tests.waf.data.gen_cms_corpus_m import DOCX_CT, docx, upload, web  # M's browser helpers
from tests.waf.data.gen_cms_corpus_n import JAVA_UAS, service  # N's back-end clients
from tests.waf.data.gen_cms_corpus_o import PY_UAS, md5_hex  # O's
from tests.waf.data.gen_cms_corpus_p import CSV_CT  # P's
from tests.waf.data.gen_cms_corpus_q import jq_form  # Q's
from tests.waf.data.gen_cms_corpus_r import page  # R's

TUNING_FILE, HELD_OUT_FILE = part_files("t")
SEED = 20300213
SALT = "corpus-t/"

SOURCES = {
    "manuscript-workflow": "国家新闻出版署 出版物 三审三校 制度 and 《政府网站发展指引》 (国办发〔2017〕47号) "
    "信息 发布 审核 (编辑 初审, 部门 复审, 分管 领导 终审/审签) as TRS WCM/海云 and 集约化 平台 稿件 管理 implement "
    "it: document save (docTitle, docHtmlCon from UEditor/TinyMCE, docRelTime, version, contentMd5), 送审 to the next "
    "flow node, 审签 opinions with a digest, version list, revision patches, 一校/二校/三校 marks, Word 导入, 预览",
    "proofread-api": "阿里云 内容 安全 TextModerationPlus RPC API (Action, Version, AccessKeyId, SignatureMethod "
    "HMAC-SHA1, SignatureNonce, Timestamp, Service, ServiceParameters, Signature over the percent-encoded sorted "
    "parameters), 百度 智能云 文本 审核 (text_censor/v2/user_defined, access_token, text) and 文本 纠错 (ecnet), and "
    "the 集约化 平台's 审校 service (敏感词, 错别字, 政治 性 差错, 领导 排序, 过期 文号, 外链; appKey, timestamp, "
    "nonce, HMAC-SHA256 sign over the content's SHA-256), 白名单, 批量 检测, Word 文件 检测",
    "new-media-publish": "微信 公众 平台 开发 文档 (草稿箱 /cgi-bin/draft/add and update, 发布 能力 "
    "/cgi-bin/freepublish/submit, /cgi-bin/media/uploadimg, 永久 素材 /cgi-bin/material/add_material; access_token, "
    "articles: title, author, digest, content, content_source_url, thumb_media_id, need_open_comment, "
    "only_fans_can_comment), 微博 开放 平台 statuses/share (access_token, status with a safe-domain URL, pic), and "
    "国办 《关于推进政务新媒体健康有序发展的意见》 矩阵 统一 分发 (tasks, accounts, stats)",
    "opinion-monitor": "网络 舆情 监测 系统 as 政务 舆情 回应 (国办发〔2016〕61号) deployments run them: the "
    "crawler's pushes of captured posts (微博, 抖音, 今日头条, 百度贴吧, 知乎, 小红书, 本地 论坛: url, 作者, 正文 with "
    "emoji and #话题#, IP 属地, 转评赞) and comments, boolean keyword rules ((A|B)+(C|D)-(E)), SimHash de-duplication "
    "(64-bit, character bigrams), HMAC-signed alert webhooks, 截图 取证 PNG uploads, 研判 处置, 日报/周报 export",
    "kb-qa-editing": "政务 服务 知识库 and 12345/智能 问答 知识 运营 as 《全国一体化政务服务平台 知识库 建设 指南》 "
    "describe it: 知识 条目 (标题, 分类, 正文 in markdown with 办事 条件 tables, 材料 lists, 政策 links), 相似 问法, "
    "问答 测试, 同义词, CSV 导入, 发布, 检索, 答案 反馈, 情形 引导 conditions (field, op, value and a boolean expr)",
    "topic-page-builder": "政府 网站 专题 专栏 可视化 搭建 (低代码 page builder of 集约化 平台): page layouts as JSON "
    "(rows, 24-column grid spans, components: banner, swiper, news-list, tabs, video, map, rich-text), component "
    "props and data sources (栏目 ids, count, orderBy), CSS values (linear-gradient, rgba, px/rem), banner uploads, "
    "预览, 发布, 模板 克隆, 页面 列表",
    "media-asset-library": "集约化 平台 图片/视频 素材 库: JPEG (with EXIF APP1) and PNG uploads with tags and 版权, "
    "simple-uploader.js chunked uploads (chunkNumber, chunkSize, currentChunkSize, totalSize, identifier, filename, "
    "relativePath, totalChunks; testChunks GET), merge with the file's MD5, metadata (Make, Model, "
    "DateTimeOriginal, GPS), tag edits, search and thumbnails",
    "digital-human-script": "W3C SSML 1.1 (speak, voice, prosody, break, say-as, phoneme) as 阿里云 智能 语音 交互 "
    "RESTful TTS (appkey, token, text, format, sample_rate, voice, volume, speech_rate, pitch_rate) and Azure "
    "Speech REST (application/ssml+xml, X-Microsoft-OutputFormat) take it, 数字人 播报 render jobs and their "
    "signed callbacks, 多音字 词典, SRT subtitles, 稿件 列表",
    "site-inspection-rectify": "国办 《政府网站与政务新媒体检查指标》 and 全国 政府 网站 抽查 通报 (单项 否决: 站点 "
    "无法 访问, 不 更新, 互动 回应 差; 扣分: 错链, 错别字, 空白 栏目) as the 省 普查 平台 and 站群 整改 模块 take "
    "them: 问题 列表, 整改 提交 with screenshots (PNG files and data URLs), 整改 报告 DOCX, 复核, link-checker pushes "
    "(url, parentUrl, status), 错别字 确认, 栏目 更新 检查, 导出",
    "alt-text-management": "GB/T 37668-2019 《信息技术 互联网内容无障碍可访问性技术要求与测试方法》 and WCAG 2.1 "
    "(1.1.1 非 文本 内容, 4.1.2 名称 角色 值) as 站群 无障碍 检测 and 修复: images missing alt, alt saves and 装饰性 "
    'images (alt=""), 批量 AI 建议, 审核, aria-label by CSS selector, 图表 长 描述, 扫描 任务, 报告, rule config',
    "cms-template-admin": "JEECMS 模板 标签 (FreeMarker: [@cms_content_list], [#list], ${content.title}), TRS WCM 置标 "
    "(TRS_DOCUMENTS, TRS_DOCUMENT FIELD=, TRS_CHANNEL), SSI includes and Vue widget templates ({{ item.title }}) as "
    "集约化 平台 栏目/模板 管理 stores them: 栏目 create and tree, 模板 save, preview, bind, publish tasks, list",
    "comment-moderation": "《互联网跟帖评论服务管理规定》 (先审后发, 审核 人员) as 政府 网站 文章 评论 and 审核 后台 "
    "implement it: readers' comment posts (long text, quotes, emoji), 待审 列表, 通过, 不通过 with reason codes, "
    "官方 回复, 黑名单, 命中 关键词 详情, 审核 日志, 导出",
}

SPLIT = HashSplit(SALT, SOURCES)  # the rule in the docstring (tests/waf/data/corpus_kit.py)
split, HELD_OUT_FAMILIES = SPLIT.split, SPLIT.held_out_families  # split(reqs): (tuning part, held-out part)


# --- the corpus: R's (and so Q's, P's, … F's), recording T's sources --------------------------------------


class Corpus(corpus_r.Corpus):
    """R's corpus (values, browsers, header order, day(); SourceTagged): requests are tagged with T's sources."""

    sources = SOURCES


FAMILIES: dict[str, Callable[[Corpus], None]] = {}
family = family_registry(FAMILIES)

N = 14  # requests per (family, shape)

CITIES = [
    "南昌市",
    "九江市",
    "赣州市",
    "上饶市",
    "宜春市",
    "吉安市",
    "抚州市",
    "景德镇市",
    "萍乡市",
    "新余市",
    "鹰潭市",
]
DEPTS = [
    "省发展改革委",
    "省教育厅",
    "省科技厅",
    "省工业和信息化厅",
    "省民政厅",
    "省人力资源社会保障厅",
    "省自然资源厅",
    "省生态环境厅",
    "省住房城乡建设厅",
    "省交通运输厅",
    "省农业农村厅",
    "省卫生健康委",
    "省市场监管局",
    "省医保局",
    "省政务服务办",
]
EDITORS = ["张敏", "李晓红", "王磊", "刘婷", "陈志强", "杨帆", "黄丽", "赵文博", "吴静", "周涛"]
ADMIN = f"{SITE}/wcm/app/main.html"


def doc_no(c: Corpus) -> str:
    return f"{c.pick(['赣府发', '赣府字', '赣府厅发', '赣府厅字', '赣办发'])}〔{c.num(2024, 2027)}〕{c.num(1, 60)}号"


def art_url(c: Corpus) -> str:
    d = c.day(-90, 0)
    col = c.pick(["art/zwyw", "art/tzgg", "art/zcjd", "art/bmdt", "art/sxdt"])
    return f"{SITE}/{col}/{d:%Y/%m/%d}/art_{c.num(1000, 9999)}_{c.num(4000000, 4999999)}.html"


PARAS = [
    "为深入贯彻落实《国务院关于加快推进政务服务标准化规范化便利化的指导意见》（国发〔2022〕5号），进一步提升"
    "政务服务效能，省政府办公厅近日印发《江西省“高效办成一件事”2027年度重点事项清单》（{no}），明确新增"
    "“企业信息变更”“退休”“高龄津贴申领”等 13 个重点事项。",
    "截至 2027 年 3 月底，全省政务服务事项网上可办率达 98.6%，“全程网办”事项 2,316 项；“赣服通”累计注册用户"
    "突破 4,200 万，日均访问量约 156 万人次。详情可登录 https://www.jiangxi.gov.cn/ 或“赣服通”小程序查询。",
    "《通知》要求，各地各部门要在 2027 年 6 月 30 日前完成事项梳理，做到“一表申请、一套材料、一次提交”；"
    "对申请材料不全的，应当一次性告知需补正的全部内容（见附件 1《材料补正告知书》）。",
    "今年一季度，全省完成地区生产总值 8,125.4 亿元，同比增长 5.3%；规模以上工业增加值增长 6.1%，"
    "社会消费品零售总额 3,366.2 亿元，增长 4.8%（数据来源：省统计局）。",
    "据了解，赣州市已建成“15 分钟政务服务圈”，在 296 个乡镇（街道）设立便民服务中心，"
    "可就近办理社保、医保、户籍等 126 项高频事项，平均办理时限由 5.2 个工作日压缩至 1.8 个工作日。",
    "下一步，省政务服务办将会同有关部门，按照“成熟一批、推出一批”的原则，持续优化办事流程，"
    "咨询电话：0791-12345；邮箱：zwfwb@jiangxi.gov.cn。",
    "会议强调，要坚持以人民为中心的发展思想，统筹发展和安全，抓好防汛抗旱、安全生产等工作，"
    "确保鄱阳湖区 1,800 余公里圩堤安全度汛（星子站水位 19.00 米时启动Ⅳ级应急响应）。",
]
TITLES = [
    "省政府办公厅印发《江西省“高效办成一件事”2027年度重点事项清单》",
    "一季度全省经济运行稳中向好",
    "赣州“15分钟政务服务圈”覆盖全部乡镇",
    "我省部署2027年防汛抗旱工作",
    "《江西省优化营商环境条例》政策解读",
    "关于公布2027年省级重点建设项目名单的通知",
    "省医保局：职工医保个人账户家庭共济范围扩大",
    "图解：一图读懂2027年省政府工作报告",
]


def paragraphs(c: Corpus, k: int) -> list[str]:
    return [p.format(no=doc_no(c)) for p in c.sample(PARAS, k)]


def editor_html(c: Corpus, paras: list[str]) -> str:
    """The HTML UEditor/TinyMCE hands back: indented paragraphs, an image with alt, sometimes a table."""
    out = [f'<p style="text-indent: 2em; line-height: 2;">{escape(p)}</p>' for p in paras]
    if c.chance(0.5):
        img = f"/picture/0/{c.hexs(16)}.jpg"
        out.insert(1, f'<p style="text-align: center;"><img src="{img}" alt="{c.pick(TITLES)[:12]}" width="600"/></p>')
    if c.chance(0.4):
        out.append(
            '<table border="1" cellspacing="0" style="width: 100%; border-collapse: collapse;"><tbody>'
            "<tr><td>序号</td><td>事项名称</td><td>牵头单位</td></tr>"
            f"<tr><td>1</td><td>企业信息变更</td><td>{c.pick(DEPTS)}</td></tr></tbody></table>"
        )
    return "".join(out)


def admin(c: Corpus, ctype: str | None = JSON_CT, referer: str = ADMIN) -> dict[str, str]:
    """A staff member's back-office XHR (desktop browser, logged in: a CSRF token header)."""
    h = web(c, ctype, 0.0, referer)
    h["X-CSRF-Token"] = c.hexs(16)
    return h


def now_text(c: Corpus) -> str:
    return f"{c.when():%Y-%m-%d %H:%M:%S}"


# --- manuscript-workflow ----------------------------------------------------------------------------------

FLOW_NODES = ["初审", "复审", "终审"]
SIGN_OPINIONS = [
    "同意发布。请将标题中“2027年度”统一为“2027 年度”前后一致，并核对附件文号（{no}）。",
    "退回修改：第三段“截至 3 月底”数据与省统计局 4 月 18 日发布口径不一致，请以《统计公报》为准后再送审。",
    "拟同意。涉及“高效办成一件事”的表述请与国办文件保持一致；图片请补充 alt 文字说明。",
    "同意，请于 {date} 9:00 后在“政务要闻”栏目发布，并同步推送“江西发布”微信公众号。",
]
PROOF_TYPES = ["错别字", "标点", "数字用法", "政治性表述", "引文核对", "格式"]
FIXES = [
    ("截止", "截至"),
    ("做为", "作为"),
    ("既使", "即使"),
    ("部署", "布署"),
    ("2027年", "2027 年"),
    ("“一网通办“", "“一网通办”"),
]


@family("manuscript-workflow")
def manuscript_workflow(c: Corpus) -> None:
    f = "manuscript-workflow"
    for _ in range(N):
        html = editor_html(c, paragraphs(c, c.num(2, 4)))
        doc = {
            "docId": c.num(400000, 499999),
            "channelId": c.num(1000, 1999),
            "docTitle": c.pick(TITLES),
            "subTitle": "",
            "docSource": c.pick(DEPTS),
            "docAuthor": c.pick(EDITORS),
            "docKeywords": c.pick(["政务服务,高效办成一件事", "经济运行,统计", "防汛抗旱", "营商环境,政策解读"]),
            "docAbstract": "",
            "docHtmlCon": html,
            "docRelTime": now_text(c),
            "version": c.num(1, 9),
            "contentMd5": md5_hex(html.encode()),
        }
        c.add(f, "draft-save", "POST", "/wcm/api/document/save", admin(c), js_json(doc))
    for _ in range(N):
        node = c.num(0, 1)
        fields = [
            ("docId", c.num(400000, 499999)),
            ("flowId", c.num(10, 40)),
            ("currNode", FLOW_NODES[node]),
            ("nextNode", FLOW_NODES[node + 1]),
            ("receivers", ",".join(str(c.num(100, 999)) for _ in range(c.num(1, 3)))),
            ("opinion", c.pick(["请审核。", "已按初审意见修改（见修订记录 v3→v4），请复审。", "送终审，拟今日发布。"])),
            ("sms", c.pick(["0", "1"])),
        ]
        c.add(
            f,
            "submit-review",
            "POST",
            "/wcm/api/flow/submit",
            admin(c, "application/x-www-form-urlencoded"),
            qs(fields, form),
        )
    for _ in range(N):
        d = c.day(0, 2)
        opinion = c.pick(SIGN_OPINIONS).format(no=doc_no(c), date=f"{d:%Y-%m-%d}")
        doc_id, signed = c.num(400000, 499999), now_text(c)
        doc = {
            "docId": doc_id,
            "node": "终审",
            "result": "退回" if opinion.startswith("退回") else "同意",
            "opinion": opinion,
            "signer": c.pick(["副主任 王建国", "主任 李卫东", "副厅长 刘洪"]),
            "signTime": signed,
            "signHash": sha256_text(f"{doc_id}|终审|{opinion}|{signed}"),
        }
        c.add(f, "sign-off", "POST", "/wcm/api/flow/sign", admin(c), js_json(doc))
    for _ in range(N):
        a = c.num(1, 6)
        q = [("docId", c.num(400000, 499999)), ("fromVersion", a), ("toVersion", a + c.num(1, 3)), ("mode", "inline")]
        c.add(f, "revision-diff", "GET", "/wcm/api/document/diff?" + qs(q, axios), admin(c, None))
    for _ in range(N):
        before = "".join(paragraphs(c, 2))
        after = before
        for old, new in c.sample(FIXES, 3):
            if old in after:
                after = after.replace(old, new, 1)
        after = after.replace("。", "。\n", 1) if c.chance(0.5) else after + "（完）"
        ops = [
            [tag, i1, i2, after[j1:j2]]
            for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, before, after, autojunk=False).get_opcodes()
            if tag != "equal"
        ]
        base = c.num(1, 8)
        doc = {
            "docId": c.num(400000, 499999),
            "baseVersion": base,
            "version": base + 1,
            "before": before,
            "ops": ops,
            "afterMd5": md5_hex(after.encode()),
        }
        c.add(f, "revision-patch", "POST", "/wcm/api/document/revision", admin(c), js_json(doc))
    for _ in range(N):
        text = "".join(paragraphs(c, 2))
        marks = []
        for _ in range(c.num(1, 3)):
            start = c.num(0, len(text) - 8)
            length = c.num(2, 6)
            marks.append(
                {
                    "offset": start,
                    "length": length,
                    "original": text[start : start + length],
                    "suggest": c.pick(["截至", "作为", "“", "2027 年", ""]),
                    "type": c.pick(PROOF_TYPES),
                }
            )
        marks.sort(key=lambda m: m["offset"])
        doc = {
            "docId": c.num(400000, 499999),
            "round": c.pick(["一校", "二校", "三校"]),
            "text": text,
            "marks": marks,
            "proofreader": c.pick(EDITORS),
        }
        c.add(f, "proof-marks", "POST", "/wcm/api/proof/marks", admin(c), js_json(doc))
    for _ in range(N):
        q = [("docId", c.num(400000, 499999)), ("pageNo", 1), ("pageSize", c.pick([10, 20])), ("_", c.ms())]
        c.add(f, "version-list", "GET", "/wcm/api/document/versions?" + qs(q, axios), admin(c, None))
    for _ in range(N):
        q = [
            ("docId", c.num(400000, 499999)),
            ("channelId", c.num(1000, 1999)),
            ("token", c.hexs(16)),
            ("device", c.pick(["pc", "mobile"])),
        ]
        c.add(f, "preview", "GET", "/wcm/preview/document.html?" + qs(q, form), page(c, ADMIN, 0.0))
    for _ in range(N):
        title = c.pick(TITLES)
        parts = [
            ("channelId", str(c.num(1000, 1999))),
            ("keepStyle", c.pick(["0", "1"])),
            ("extractImages", "1"),
            ("file", (f"{title[:14]}（送审稿）.docx", DOCX_CT, docx([title, *paragraphs(c, 3)]))),
        ]
        h, body = upload(c, parts, ADMIN, 0.0)
        c.add(f, "word-import", "POST", "/wcm/api/document/importWord", h, body)


# --- proofread-api ------------------------------------------------------------------------------------------

ALIYUN_KEYS = {
    "LTAI5tQ8mR2vNc7KxW9pZ3Hd": "qV3kR8pX1mN6tY9wZ2cB5fH7jL0sD4aG",
    "LTAI5tB1hE6uJw4Ym8Qn2Tk": "u7Y2kP9xM3nB6vC1qW8eR5tZ0aS4dF6g",
}
PROOF_APPS = {"zwyw-cms": "a9f1c37e5b2d84600e1f7c3b9d5a2e48", "xmt-matrix": "4be07c1d9a3f62e58d1b0c7a6e3f9d25"}
CHECK_TYPES = ["sensitive", "typo", "political", "leader_order", "expired_doc", "url", "punctuation", "number"]
BAIDU_TOKEN = "24.6c5e1ff107f0e8bcef8c46d3424a0e78.2592000.1806000000.282335-41257386"


def pe(value: str) -> str:
    """阿里云 POP percent-encoding: RFC 3986 unreserved characters kept, everything else %XX (UTF-8)."""
    return urllib.parse.quote(value, safe="-_.~")


def aliyun_signature(params: dict[str, str], secret: str, method: str = "POST") -> str:
    canon = "&".join(f"{pe(k)}={pe(v)}" for k, v in sorted(params.items()))
    to_sign = f"{method}&{pe('/')}&{pe(canon)}"
    return base64.b64encode(hmac.new((secret + "&").encode(), to_sign.encode(), hashlib.sha1).digest()).decode()


def article_text(c: Corpus, k: int = 3) -> str:
    return c.pick(TITLES) + "\n" + "\n".join(paragraphs(c, k))


@family("proofread-api")
def proofread_api(c: Corpus) -> None:
    f = "proofread-api"
    for _ in range(N):
        key = c.pick(list(ALIYUN_KEYS))
        t = c.when()
        params = {
            "Action": "TextModerationPlus",
            "Version": "2022-03-02",
            "Format": "JSON",
            "AccessKeyId": key,
            "SignatureMethod": "HMAC-SHA1",
            "SignatureVersion": "1.0",
            "SignatureNonce": c.uid(),
            "Timestamp": f"{t - timedelta(hours=8):%Y-%m-%dT%H:%M:%SZ}",
            "Service": c.pick(["comment_detection_pro", "chat_detection_pro", "ugc_moderation_byllm"]),
            "ServiceParameters": js_json({"content": article_text(c, c.num(1, 3)), "dataId": c.uid()}),
        }
        params["Signature"] = aliyun_signature(params, ALIYUN_KEYS[key])
        h = service(
            c,
            "AlibabaCloud (Linux; amd64) Java/1.8.0_392 tea-util/0.2.21 TeaDSL/1",
            {"x-acs-action": "TextModerationPlus", "x-acs-version": "2022-03-02"},
            "application/x-www-form-urlencoded",
        )
        c.add(f, "aliyun-moderation", "POST", "/", h, "&".join(f"{pe(k)}={pe(v)}" for k, v in params.items()))
    for _ in range(N):
        body = qs([("text", article_text(c, c.num(1, 3))), ("userId", str(c.num(1, 500)))], form)
        h = service(c, c.pick(JAVA_UAS), None, "application/x-www-form-urlencoded")
        c.add(
            f,
            "baidu-censor",
            "POST",
            "/rest/2.0/solution/v1/text_censor/v2/user_defined?access_token=" + BAIDU_TOKEN,
            h,
            body,
        )
    for _ in range(N):
        sentence = c.pick(PARAS).format(no=doc_no(c)).split("。")[0] + "。"
        for old, new in c.sample(FIXES[:4], 1):
            sentence = sentence.replace(new, old, 1)
        h = service(c, c.pick(PY_UAS))
        c.add(
            f,
            "baidu-ecnet",
            "POST",
            "/rpc/2.0/nlp/v1/ecnet?charset=UTF-8&access_token=" + BAIDU_TOKEN,
            h,
            js_json({"text": sentence}),
        )
    for _ in range(N):
        app = c.pick(list(PROOF_APPS))
        content = editor_html(c, paragraphs(c, c.num(2, 4)))
        ts, nonce = str(c.ms()), c.alnum(16, "abcdefghijklmnopqrstuvwxyz0123456789")
        doc = {
            "appKey": app,
            "timestamp": ts,
            "nonce": nonce,
            "sign": hmac_hex(PROOF_APPS[app], f"{app}{ts}{nonce}{sha256_text(content)}"),
            "contentType": "html",
            "title": c.pick(TITLES),
            "content": content,
            "checkTypes": c.sample(CHECK_TYPES, c.num(3, 8)),
            "docNoCheck": {"enable": True, "expiredBefore": "2025-12-31"},
        }
        c.add(f, "platform-check", "POST", "/proofread/api/v1/check", service(c, c.pick(JAVA_UAS)), js_json(doc))
    for _ in range(N):
        items = [
            {"id": str(c.num(400000, 499999) * 10 + i), "title": c.pick(TITLES), "text": article_text(c, 1)}
            for i in range(c.num(2, 5))
        ]
        doc = {
            "batchNo": f"PC{c.when():%Y%m%d}{c.num(1000, 9999)}",
            "items": items,
            "callback": f"{SITE}/wcm/api/proof/callback",
        }
        c.add(f, "batch-check", "POST", "/proofread/api/v1/batch", admin(c), js_json(doc))
    for _ in range(N):
        word, reason = c.pick(
            [
                ("赣服通", "本省政务服务平台名称，规范用语"),
                ("一网通办", "国务院文件规范表述，勿判为错别字"),
                ("鄱阳湖", "地名"),
                ("“赣”字号", "品牌名，引号为原文"),
                ("婺源", "地名，非错别字"),
                ("赣府厅字〔2026〕12号", "有效文件，未废止"),
            ]
        )
        fields = [
            ("word", word),
            ("scope", c.pick(["global", "site"])),
            ("reason", reason),
            ("siteId", str(c.num(1, 120))),
        ]
        c.add(f, "whitelist-add", "POST", "/proofread/api/v1/whitelist/add", jq_form(c, ADMIN, 0.0), qs(fields, jq))
    for _ in range(N):
        q = [("taskId", c.uid()), ("detail", c.pick(["true", "false"])), ("_", c.ms())]
        c.add(f, "result-get", "GET", "/proofread/api/v1/result?" + qs(q, axios), admin(c, None))
    for _ in range(N):
        data = docx([c.pick(TITLES), *paragraphs(c, 3)])
        parts = [
            ("checkTypes", ",".join(c.sample(CHECK_TYPES, 4))),
            ("md5", md5_hex(data)),
            ("file", (f"{c.pick(TITLES)[:10]}.docx", DOCX_CT, data)),
        ]
        h, body = upload(c, parts, f"{SITE}/proofread/index.html", 0.0)
        c.add(f, "file-check", "POST", "/proofread/api/v1/file", h, body)
    for _ in range(N):
        names = c.sample(["王建国", "李卫东", "刘洪", "陈立新", "张志远", "赵明华", "周启航", "吴国平"], 4)
        doc = {
            "ruleType": "leader_order",
            "name": f"省领导排序（{c.when():%Y年%m月}调整）",
            "names": names,
            "effectiveFrom": f"{c.day(-5, 5):%Y-%m-%d}",
            "enabled": True,
        }
        c.add(f, "rule-update", "POST", "/proofread/api/v1/rules/save", admin(c), js_json(doc))


# --- new-media-publish --------------------------------------------------------------------------------------

WX_TOKEN = "82_" + "Qm3kWm9xZ1dB7yTg-0uJcV5rL8pN2eH4sA6fK1oI3bY9tR7wE5qU0zX2vC4nM6lG8jD1hF3aS5"
GH_IDS = ["gh_6f2a9c1e7b30", "gh_1d84e5b2c9a7", "gh_a03f7e6d2c18"]
WEIBO_TOKEN = "2.00Rk7LpG0mXc8Dd4e0f1a2b3c4d5e6"
HASHTAGS = ["#江西发布#", "#高效办成一件事#", "#赣服通#", "#防汛进行时#", "#江西营商环境#", "#我的城市我的家#"]


def wx_article(c: Corpus) -> dict:
    title = c.pick(TITLES)
    return {
        "title": title[:32],
        "author": c.pick(["江西发布", "省政务服务办", c.pick(EDITORS)]),
        "digest": c.pick(PARAS).format(no=doc_no(c))[:54],
        "content": editor_html(c, paragraphs(c, c.num(2, 3))).replace(
            'src="/picture', 'src="http://mmbiz.qpic.cn/mmbiz_jpg/picture'
        ),
        "content_source_url": art_url(c),
        "thumb_media_id": c.alnum(43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"),
        "need_open_comment": c.pick([0, 1]),
        "only_fans_can_comment": c.pick([0, 1]),
    }


def wx_api(c: Corpus, ctype: str | None = JSON_CT) -> dict[str, str]:
    return service(c, c.pick(["Apache-HttpClient/4.5.14 (Java/17.0.9)", "okhttp/4.12.0"]), None, ctype)


@family("new-media-publish")
def new_media_publish(c: Corpus) -> None:
    f = "new-media-publish"
    for _ in range(N):
        doc = {"articles": [wx_article(c) for _ in range(c.num(1, 3))]}
        c.add(f, "wx-draft-add", "POST", "/cgi-bin/draft/add?access_token=" + WX_TOKEN, wx_api(c), js_json(doc))
    for _ in range(N):
        doc = {"media_id": c.alnum(43), "index": c.num(0, 2), "articles": wx_article(c)}
        c.add(f, "wx-draft-update", "POST", "/cgi-bin/draft/update?access_token=" + WX_TOKEN, wx_api(c), js_json(doc))
    for _ in range(N):
        c.add(
            f,
            "wx-freepublish",
            "POST",
            "/cgi-bin/freepublish/submit?access_token=" + WX_TOKEN,
            wx_api(c),
            js_json({"media_id": c.alnum(43)}),
        )
    for _ in range(N):
        kind = c.pick(["jpg", "png"])
        data = jpeg(c, c.num(800, 2400)) if kind == "jpg" else png(c, c.num(800, 2400))
        boundary = "--------------------------" + c.digits(24)
        body = (
            (
                f'--{boundary}\r\nContent-Disposition: form-data; name="media"; filename="{c.hexs(8)}.{kind}"\r\n'
                f"Content-Type: image/{'jpeg' if kind == 'jpg' else 'png'}\r\n\r\n"
            ).encode()
            + data
            + (f"\r\n--{boundary}--\r\n".encode())
        )
        path = c.pick(
            [
                "/cgi-bin/media/uploadimg?access_token=" + WX_TOKEN,
                "/cgi-bin/material/add_material?access_token=" + WX_TOKEN + "&type=image",
            ]
        )
        c.add(f, "wx-image-upload", "POST", path, wx_api(c, f"multipart/form-data; boundary={boundary}"), body)
    for _ in range(N):
        url = art_url(c)
        status = f"{c.pick(HASHTAGS)}{c.pick(TITLES)}。{c.pick(PARAS).format(no=doc_no(c))[:80]}…… 详情戳👉 {url}"
        parts = [
            ("access_token", WEIBO_TOKEN),
            ("status", status),
            ("visible", "0"),
            ("pic", (f"{c.hexs(6)}.jpg", "image/jpeg", jpeg(c, c.num(900, 2000)))),
        ]
        b = c.browser(0.0)
        ctype, body = c.multipart(b, parts)
        h = service(c, c.pick(JAVA_UAS), None, ctype)
        c.add(f, "weibo-share", "POST", "/2/statuses/share.json", h, body)
    for _ in range(N):
        created = c.day(-1, 0)
        chans = c.sample(
            [
                {"platform": "wechat", "accountId": c.pick(GH_IDS)},
                {"platform": "weibo", "accountId": str(c.num(1000000000, 7999999999))},
                {"platform": "toutiao", "accountId": str(c.num(1600000000000000, 1799999999999999))},
                {"platform": "douyin", "accountId": f"gov_{c.alnum(6).lower()}"},
            ],
            c.num(2, 4),
        )
        doc = {
            "articleId": c.num(400000, 499999),
            "channels": chans,
            "coverUrl": f"{SITE}/picture/0/{c.hexs(16)}.jpg",
            "createdAt": f"{created:%Y-%m-%d %H:%M:%S}",
            "publishAt": f"{created + timedelta(minutes=c.num(10, 2880)):%Y-%m-%d %H:%M:%S}",
            "summary": c.pick(PARAS).format(no=doc_no(c))[:60],
        }
        c.add(
            f, "matrix-task", "POST", "/xmt/api/publish/task", admin(c, JSON_CT, f"{SITE}/xmt/index.html"), js_json(doc)
        )
    for _ in range(N):
        q = [
            ("platform", c.pick(["", "wechat", "weibo", "toutiao", "douyin"])),
            ("status", c.pick(["", "1", "0"])),
            ("keyword", c.pick(["", "江西发布", "政务服务", "应急"])),
            ("pageNum", c.num(1, 4)),
            ("pageSize", 20),
        ]
        c.add(
            f, "account-list", "GET", "/xmt/api/account/list?" + qs(q, axios), admin(c, None, f"{SITE}/xmt/index.html")
        )
    for _ in range(N):
        end = c.day(-1, 0)
        q = [
            ("accountId", c.pick(GH_IDS)),
            ("begin_date", f"{end - timedelta(days=c.num(1, 6)):%Y-%m-%d}"),
            ("end_date", f"{end:%Y-%m-%d}"),
            ("metrics", "read,share,like,comment"),
        ]
        c.add(
            f, "stats-pull", "GET", "/xmt/api/stats/article?" + qs(q, axios), admin(c, None, f"{SITE}/xmt/index.html")
        )
    for _ in range(N):
        fields = [
            ("taskId", str(c.num(10000, 99999))),
            ("platform", c.pick(["wechat", "weibo", "toutiao"])),
            ("reason", c.pick(["标题需调整", "发布时间改到晚 8 点", "封面图不清晰（需 900×383 像素）"])),
        ]
        c.add(
            f,
            "task-revoke",
            "POST",
            "/xmt/api/publish/revoke",
            jq_form(c, f"{SITE}/xmt/index.html", 0.0),
            qs(fields, jq),
        )


# --- opinion-monitor ----------------------------------------------------------------------------------------

YQ_PLATFORMS = {
    "weibo": "https://weibo.com/{uid}/{mid}",
    "douyin": "https://www.douyin.com/video/{num}",
    "toutiao": "https://www.toutiao.com/article/{num}/",
    "tieba": "https://tieba.baidu.com/p/{num}",
    "zhihu": "https://www.zhihu.com/question/{num}/answer/{num}",
    "xiaohongshu": "https://www.xiaohongshu.com/explore/{hexid}",
    "luntan": "https://bbs.jxnews.com.cn/forum.php?mod=viewthread&tid={num}",
}
POSTS = [
    "{tag}{city}这段路修了快半年了😤 早晚高峰堵到怀疑人生，什么时候能完工？@江西发布 @{city}发布",
    "点赞👍 今天在“赣服通”上 10 分钟就办好了营业执照变更，全程不用跑腿！{tag}",
    "{city}某小区停水两天了💧 物业说是“管网改造”，可通知里写的是 1 天…… 有没有人管？{tag}",
    "转发：【{city}公积金新政】首套房贷款额度上限提高到 80 万元（双缴存职工），4 月 1 日起施行。{tag}",
    "暴雨预警⚠️⚠️ {city}多条道路积水，请大家注意安全！{tag} 视频来源：网友投稿",
    "请问{city}的“一件事一次办”在哪里申请？官网 https://www.jiangxi.gov.cn/ 找了半天没找到入口😂",
]
COMMENTS = [
    "+1，同问",
    "已经反映过了，回复说“正在处理”🙏",
    "我们那边也是",
    "官方能不能出来说句话？",
    "赞！效率确实提高了👏👏",
    "地址在哪？求定位",
    "12345 打过了，工单号 JX2027…",
]


def yq_url(c: Corpus, platform: str) -> str:
    return YQ_PLATFORMS[platform].format(
        uid=c.num(1000000000, 7999999999), mid=c.alnum(9), num=c.digits(19), hexid=c.hexs(12)
    )


def simhash(text: str) -> str:
    """A 64-bit SimHash over character bigrams (whitespace dropped), each weighed once by its MD5's first 8 bytes."""
    s = "".join(text.split())
    v = [0] * 64
    for i in range(len(s) - 1):
        h = int(hashlib.md5(s[i : i + 2].encode(), usedforsecurity=False).hexdigest()[:16], 16)
        for b in range(64):
            v[b] += 1 if h >> b & 1 else -1
    return f"{sum(1 << b for b in range(64) if v[b] > 0):016x}"


YQ_SECRET = "yq-alert-2027-9c1e7b"


@family("opinion-monitor")
def opinion_monitor(c: Corpus) -> None:
    f = "opinion-monitor"
    crawler = "yq-crawler/3.4.2 (+python-requests/2.31.0)"

    def post_text() -> str:
        return c.pick(POSTS).format(tag=c.pick(HASHTAGS), city=c.pick(CITIES)[:-1])

    for _ in range(N):
        items = []
        for _ in range(c.num(1, 4)):
            plat = c.pick(list(YQ_PLATFORMS))
            url = yq_url(c, plat)
            items.append(
                {
                    "id": md5_hex(url.encode()),
                    "platform": plat,
                    "url": url,
                    "author": c.pick(["用户7xk2a", "南昌小王", "赣州吃货", "九江老表", "匿名网友", "@江西身边事"]),
                    "content": post_text(),
                    "ipLocation": f"IP属地：{c.pick(['江西', '广东', '浙江', '上海'])}",
                    "publishTime": now_text(c),
                    "repost": c.num(0, 900),
                    "comment": c.num(0, 400),
                    "like": c.num(0, 9000),
                    "images": [f"https://wx{c.num(1, 4)}.sinaimg.cn/mw690/{c.alnum(32)}.jpg"] if c.chance(0.4) else [],
                }
            )
        h = service(c, crawler, {"X-Crawler-Id": f"node-{c.num(1, 12):02d}"})
        c.add(f, "post-push", "POST", "/yq/api/ingest/posts", h, js_json({"taskId": c.num(100, 999), "items": items}))
    for _ in range(N):
        post = yq_url(c, c.pick(list(YQ_PLATFORMS)))
        comments = [
            {
                "cid": c.digits(16),
                "nickname": c.pick(["路人甲", "热心市民", "小李飞刀", "江西老表"]),
                "content": c.pick(COMMENTS),
                "like": c.num(0, 300),
                "time": now_text(c),
            }
            for _ in range(c.num(1, 5))
        ]
        doc = {"postId": md5_hex(post.encode()), "postUrl": post, "comments": comments}
        c.add(f, "comment-push", "POST", "/yq/api/ingest/comments", service(c, crawler), js_json(doc))
    for _ in range(N):
        city = c.pick(CITIES)[:-1]
        expr = c.pick(
            [
                f"({city}|{city}市)+(停水|断水|水质)-(广告|招聘)",
                f"({city}+(拆迁|征收))|(({city}|赣)+补偿款)",
                "(赣服通|赣政通)+(崩溃|打不开|闪退|登录不了)",
                f"({city}+(暴雨|内涝|积水))-(天气预报|旅游)",
            ]
        )
        doc = {
            "name": f"{city}-{c.pick(['民生', '政务服务', '防汛', '征迁'])}专题",
            "expr": expr,
            "platforms": c.sample(list(YQ_PLATFORMS), 3),
            "matchField": c.pick(["title", "content", "all"]),
            "enabled": True,
        }
        c.add(f, "keyword-rule", "POST", "/yq/api/rule/save", admin(c, JSON_CT, f"{SITE}/yq/index.html"), js_json(doc))
    for _ in range(N):
        texts = [post_text() for _ in range(c.num(2, 4))]
        doc = {"algorithm": "simhash64", "threshold": 3, "items": [{"text": t, "simhash": simhash(t)} for t in texts]}
        c.add(f, "dedupe-check", "POST", "/yq/api/dedupe", service(c, crawler), js_json(doc))
    for _ in range(N):
        plat = c.pick(list(YQ_PLATFORMS))
        doc = js_json(
            {
                "warningId": c.num(10000, 99999),
                "level": c.pick(["一般", "较大", "重大"]),
                "title": post_text()[:30],
                "url": yq_url(c, plat),
                "hitRule": c.pick(["民生", "防汛"]),
                "time": now_text(c),
            }
        )
        ts = str(c.ms() // 1000)
        h = service(
            c, "Go-http-client/1.1", {"X-Yq-Timestamp": ts, "X-Yq-Signature": hmac_hex(YQ_SECRET, f"{ts}\n{doc}")}
        )
        c.add(f, "alert-webhook", "POST", "/zwyq/hook/alert", h, doc)
    for _ in range(N):
        fields = [
            ("warningId", str(c.num(10000, 99999))),
            ("action", c.pick(["转办", "已核实", "不予处理", "持续关注"])),
            ("dept", c.pick(DEPTS)),
            (
                "note",
                c.pick(
                    [
                        "已转属地核实，2 小时内反馈。",
                        "经核实为旧闻（2025 年）。",
                        "与“12345”工单 JX2027041800123 合并处理。",
                    ]
                ),
            ),
        ]
        c.add(f, "dispose", "POST", "/yq/api/warning/dispose", jq_form(c, f"{SITE}/yq/index.html", 0.0), qs(fields, jq))
    for _ in range(N):
        data = png(c, c.num(1500, 3500))
        parts = [
            ("url", yq_url(c, c.pick(list(YQ_PLATFORMS)))),
            ("capturedAt", now_text(c)),
            ("sha256", hashlib.sha256(data).hexdigest()),
            ("file", (f"shot_{c.ms()}.png", "image/png", data)),
        ]
        b = c.browser(0.0)
        ctype, body = c.multipart(b, parts)
        c.add(f, "screenshot", "POST", "/yq/api/evidence/upload", service(c, crawler, None, ctype), body)
    for _ in range(N):
        end = c.day(0, 0)
        q = [
            ("q", c.pick(["停水", "赣服通 闪退", '"高效办成一件事"', "暴雨 -预报"])),
            ("emotion", c.pick(["", "neg"])),
            ("startTime", f"{end - timedelta(days=c.num(1, 30)):%Y-%m-%d} 00:00:00"),
            ("endTime", f"{end:%Y-%m-%d} 23:59:59"),
            ("platform", c.pick(["", "weibo", "douyin"])),
            ("page", 1),
        ]
        c.add(f, "search", "GET", "/yq/api/search?" + qs(q, axios), admin(c, None, f"{SITE}/yq/index.html"))
    for _ in range(N):
        end = c.day(-1, 0)
        doc = {
            "type": c.pick(["daily", "weekly", "special"]),
            "format": c.pick(["docx", "pdf"]),
            "range": [f"{end - timedelta(days=c.num(1, 7)):%Y-%m-%d}", f"{end:%Y-%m-%d}"],
            "sections": ["概述", "热点TOP10", "负面舆情", "处置建议"],
            "title": f"全省政务舆情{c.pick(['日报', '周报'])}",
        }
        c.add(
            f,
            "report-export",
            "POST",
            "/yq/api/report/export",
            admin(c, JSON_CT, f"{SITE}/yq/index.html"),
            js_json(doc),
        )


# --- kb-qa-editing ------------------------------------------------------------------------------------------

KB_ITEMS = [
    ("住房公积金提取（购买自住住房）", "公积金", ["身份证", "购房合同或不动产权证书", "购房发票", "银行卡"]),
    ("高龄津贴申领", "民政", ["身份证", "户口簿", "银行卡（一卡通）"]),
    ("企业信息变更登记", "市场监管", ["变更登记申请书", "股东会决议", "营业执照正副本"]),
    ("生育津贴申领", "医保", ["出生医学证明", "结婚证", "身份证"]),
    ("城乡居民养老保险待遇领取", "社保", ["身份证", "户口簿", "银行卡"]),
]


def kb_markdown(c: Corpus, title: str, materials: list[str]) -> str:
    rows = [f"| {i} | {m} | 原件 | {c.pick(['1', '1', '2'])} |" for i, m in enumerate(materials, 1)]
    return "\n".join(
        [
            f"## {title}",
            "",
            "### 一、办理条件",
            "",
            f"1. 申请人户籍或常住地在{c.pick(CITIES)}；",
            f"2. 年满 {c.pick([18, 60, 80])} 周岁（以**申请之日**计）；",
            "3. 符合《江西省住房公积金提取管理办法》第 X 条规定的情形。",
            "",
            "### 二、申请材料",
            "",
            "| 序号 | 材料名称 | 材料形式 | 份数 |",
            "| --- | --- | --- | --- |",
            *rows,
            "",
            "### 三、办理渠道",
            "",
            "- 线上：[“赣服通”](https://www.ganfutong.jiangxi.gov.cn/) → 搜索“" + title[:6] + "”",
            f"- 线下：{c.pick(CITIES)}政务服务中心 {c.num(1, 3)} 楼 {c.num(1, 40)} 号窗口",
            "",
            "> 温馨提示：办理时限 **5 个工作日**，咨询电话 `0791-12345`。",
        ]
    )


@family("kb-qa-editing")
def kb_qa_editing(c: Corpus) -> None:
    f = "kb-qa-editing"
    ref = f"{SITE}/kb/admin/index.html"
    for _ in range(N):
        title, cat, mats = c.pick(KB_ITEMS)
        doc = {
            "id": c.num(10000, 99999),
            "title": title,
            "category": cat,
            "format": "markdown",
            "content": kb_markdown(c, title, c.sample(mats, len(mats))),
            "tags": [cat, "办事指南"],
            "sourceUrl": art_url(c),
            "validTo": f"{c.day(180, 720):%Y-%m-%d}",
        }
        c.add(f, "entry-save", "POST", "/kb/api/entry/save", admin(c, JSON_CT, ref), js_json(doc))
    for _ in range(N):
        title, _, _ = c.pick(KB_ITEMS)
        qs_ = c.sample(
            [
                f"{title}要什么材料？",
                f"怎么办理{title}",
                f"{title}在哪里办",
                f"{title}多久能办好",
                f"{title}可以网上办吗",
                f"{title[:4]}……需要本人到场吗?",
            ],
            c.num(2, 5),
        )
        c.add(
            f,
            "similar-questions",
            "POST",
            "/kb/api/entry/similar",
            admin(c, JSON_CT, ref),
            js_json({"entryId": c.num(10000, 99999), "questions": qs_}),
        )
    for _ in range(N):
        title, _, _ = c.pick(KB_ITEMS)
        doc = {
            "query": c.pick(
                [f"我想办{title}，要带啥？", f"{title}（异地）可以吗", "退休了公积金怎么取？", "80岁以上老人有什么补贴"]
            ),
            "topK": c.pick([3, 5]),
            "threshold": 0.75,
            "sessionId": c.uid(),
            "debug": True,
        }
        c.add(f, "qa-test", "POST", "/kb/api/chat/test", admin(c, JSON_CT, ref), js_json(doc))
    for _ in range(N):
        fields = [
            ("group", c.pick(["公积金", "社保卡", "高龄津贴", "营业执照"])),
            (
                "words",
                c.pick(
                    [
                        "公积金,住房公积金,公基金",
                        "社保卡,社会保障卡,医保卡",
                        "高龄津贴,高龄补贴,长寿补贴",
                        "营业执照,执照,三证合一",
                    ]
                ),
            ),
            ("bidirectional", "true"),
        ]
        c.add(f, "synonym-save", "POST", "/kb/api/synonym/save", jq_form(c, ref, 0.0), qs(fields, jq))
    for _ in range(N):
        out = io.StringIO()
        w = csv.writer(out, lineterminator="\r\n")
        w.writerow(["问题", "答案", "分类"])
        for _ in range(c.num(3, 8)):
            title, cat, mats = c.pick(KB_ITEMS)
            w.writerow([f"{title}需要哪些材料？", "需提供：" + "、".join(mats) + "。详见“赣服通”。", cat])
        data = ("\ufeff" + out.getvalue()).encode()
        h, body = upload(c, [("overwrite", "false"), ("file", ("知识导入模板.csv", CSV_CT, data))], ref, 0.0)
        c.add(f, "csv-import", "POST", "/kb/api/entry/import", h, body)
    for _ in range(N):
        c.add(
            f,
            "publish",
            "POST",
            "/kb/api/entry/publish",
            admin(c, JSON_CT, ref),
            js_json({"ids": sorted(c.sample(range(10000, 99999), c.num(1, 6))), "env": c.pick(["prod", "gray"])}),
        )
    for _ in range(N):
        q = [
            ("keyword", c.pick(["公积金", "高龄 津贴", "营业执照 变更", '"生育津贴"'])),
            ("category", c.pick(["", "公积金", "民政"])),
            ("status", c.pick(["", "1", "2"])),
            ("page", c.num(1, 3)),
        ]
        c.add(f, "kb-search", "GET", "/kb/api/entry/list?" + qs(q, axios), admin(c, None, ref))
    for _ in range(N):
        doc = {
            "answerId": c.uid(),
            "helpful": False,
            "reason": c.pick(["答案过时", "没有回答我的问题", "链接打不开"]),
            "comment": c.pick(
                [
                    "答案里说“5 个工作日”，窗口说要 10 天。",
                    "链接 https://www.ganfutong.jiangxi.gov.cn/ 打开是空白页。",
                    "",
                ]
            ),
        }
        h = web(c, JSON_CT, 0.7, f"{SITE}/znwd/index.html")
        c.add(f, "answer-feedback", "POST", "/znwd/api/feedback", h, js_json(doc))
    for _ in range(N):
        conds = [
            {"id": "A", "field": "age", "op": ">=", "value": c.pick([60, 70, 80])},
            {"id": "B", "field": "hukou", "op": "in", "value": c.sample(CITIES, 2)},
            {"id": "C", "field": "residencePermitMonths", "op": ">=", "value": c.pick([6, 12])},
            {"id": "D", "field": "receivingPension", "op": "==", "value": c.pick([True, False])},
        ]
        expr = c.pick(["A && (B || C)", "A && B && !D", "(A || C) && !D", "A && (B || (C && !D))"])
        doc = {
            "entryId": c.num(10000, 99999),
            "scene": c.pick(["高龄津贴", "养老保险待遇"]),
            "conditions": conds,
            "expr": expr,
            "hint": "满足条件的，可在线申请；否则请到户籍地社区窗口咨询。",
        }
        c.add(f, "scene-conditions", "POST", "/kb/api/scene/save", admin(c, JSON_CT, ref), js_json(doc))


# --- topic-page-builder -----------------------------------------------------------------------------------

COLORS = ["#c8161d", "#e53935", "#b71c1c", "#1e5aa8", "#0a62a5", "#ffffff", "#333333", "#f5f5f5", "#ffd700"]
COMPONENTS = ["banner", "swiper", "news-list", "tabs", "video", "map", "rich-text", "link-grid"]
TOPICS = ["学习贯彻党的二十届四中全会精神", "高效办成一件事", "优化营商环境", "防汛抗旱", "2027年省两会", "乡村振兴"]


def spans(c: Corpus) -> list[int]:
    return c.pick([[24], [12, 12], [16, 8], [8, 8, 8], [6, 12, 6], [6, 6, 6, 6], [18, 6]])


def css(c: Corpus) -> str:
    a, b = c.sample(COLORS[:5], 2)
    return (
        f".zt-banner{{background:linear-gradient(180deg,{a} 0%,{b} 100%);height:{c.num(240, 420)}px}}"
        f".zt-title{{color:{c.pick(COLORS)};font-size:{c.pick(['1.5rem', '28px', '2rem'])};letter-spacing:2px}}"
        f".zt-list li:hover{{background:rgba(200,22,29,.{c.num(5, 15):02d})}}"
        f"@media (max-width:768px){{.zt-banner{{height:{c.num(120, 200)}px}}}}"
    )


def component(c: Corpus, cid: str) -> dict:
    kind = c.pick(COMPONENTS)
    props: dict = {"title": c.pick(["工作动态", "政策解读", "图说", "视频", "基层声音"])}
    if kind in ("news-list", "tabs"):
        props["dataSource"] = {
            "channelIds": [c.num(1000, 1999) for _ in range(c.num(1, 3))],
            "count": c.pick([6, 8]),
            "orderBy": "pubDate desc",
            "titleLen": 28,
        }
    if kind in ("swiper", "banner"):
        props["items"] = [{"img": f"/picture/0/{c.hexs(16)}.jpg", "link": art_url(c)} for _ in range(c.num(1, 3))]
        props["autoplay"], props["interval"] = True, c.pick([3000, 5000])
    return {
        "id": cid,
        "type": kind,
        "props": props,
        "style": {
            "margin": f"{c.num(0, 24)}px 0",
            "padding": f"{c.num(0, 16)}px {c.num(0, 24)}px",
            "background": c.pick(COLORS),
        },
    }


@family("topic-page-builder")
def topic_page_builder(c: Corpus) -> None:
    f = "topic-page-builder"
    ref = f"{SITE}/zt/builder/index.html"
    for _ in range(N):
        rows, n = [], 0
        for _ in range(c.num(2, 4)):
            cols = []
            for sp in spans(c):
                n += 1
                cols.append({"span": sp, "components": [component(c, f"cmp_{n}_{c.alnum(6).lower()}")]})
            rows.append({"gutter": c.pick([0, 16, 24]), "cols": cols})
        doc = {"pageId": c.num(100, 999), "title": c.pick(TOPICS), "theme": c.pick(["red", "blue"]), "rows": rows}
        c.add(f, "layout-save", "POST", "/zt/api/page/layout", admin(c, JSON_CT, ref), js_json(doc))
    for _ in range(N):
        c.add(
            f,
            "component-config",
            "POST",
            "/zt/api/component/save",
            admin(c, JSON_CT, ref),
            js_json({"pageId": c.num(100, 999), "component": component(c, f"cmp_{c.alnum(8).lower()}")}),
        )
    for _ in range(N):
        c.add(
            f,
            "style-save",
            "POST",
            "/zt/api/page/style",
            admin(c, JSON_CT, ref),
            js_json({"pageId": c.num(100, 999), "css": css(c), "primaryColor": c.pick(COLORS[:5])}),
        )
    for _ in range(N):
        kind = c.pick(["jpg", "png"])
        data = jpeg(c, c.num(1500, 4000)) if kind == "jpg" else png(c, c.num(1500, 4000))
        parts = [
            ("pageId", str(c.num(100, 999))),
            ("usage", c.pick(["banner", "bg", "icon"])),
            ("file", (f"{c.pick(TOPICS)[:6]}头图.{kind}", f"image/{'jpeg' if kind == 'jpg' else 'png'}", data)),
        ]
        h, body = upload(c, parts, ref, 0.0)
        c.add(f, "banner-upload", "POST", "/zt/api/upload/image", h, body)
    for _ in range(N):
        q = [("pageId", c.num(100, 999)), ("preview", "1"), ("device", c.pick(["pc", "h5"])), ("t", c.ms())]
        c.add(f, "preview", "GET", "/zt/preview.html?" + qs(q, form), page(c, ref, 0.0))
    for _ in range(N):
        fields = [
            ("pageId", str(c.num(100, 999))),
            ("path", f"/ztzl/{c.pick(['gxbc', 'yshj', 'fxkh', 'xczx'])}/"),
            ("publishTime", now_text(c)),
            ("notify", c.pick(["0", "1"])),
        ]
        c.add(f, "publish", "POST", "/zt/api/page/publish", jq_form(c, ref, 0.0), qs(fields, jq))
    for _ in range(N):
        q = [
            ("keyword", c.pick(["", "防汛", "营商", "两会"])),
            ("status", c.pick(["", "draft", "online"])),
            ("siteId", c.num(1, 120)),
            ("pageNo", c.num(1, 3)),
        ]
        c.add(f, "page-list", "GET", "/zt/api/page/list?" + qs(q, axios), admin(c, None, ref))
    for _ in range(N):
        doc = {
            "templateId": c.num(1, 40),
            "title": c.pick(TOPICS),
            "siteId": c.num(1, 120),
            "copyData": c.pick([True, False]),
        }
        c.add(f, "clone-template", "POST", "/zt/api/page/clone", admin(c, JSON_CT, ref), js_json(doc))
    for _ in range(N):
        q = [
            ("channelIds", ",".join(str(c.num(1000, 1999)) for _ in range(c.num(1, 3)))),
            ("num", c.pick([6, 8])),
            ("orderBy", "pubDate desc"),
            ("fields", "title,url,pubDate,thumb"),
            ("callback", ""),
        ]
        c.add(f, "datasource-preview", "GET", "/zt/api/datasource/docs?" + qs(q, axios), admin(c, None, ref))


# --- media-asset-library ------------------------------------------------------------------------------------

FTYP = b"\x00\x00\x00\x20ftypisom\x00\x00\x02\x00isomiso2avc1mp41"
CAMERAS = [
    ("Canon", "Canon EOS R6m2"),
    ("NIKON CORPORATION", "NIKON Z 6_2"),
    ("SONY", "ILCE-7M4"),
    ("DJI", "FC3582"),
    ("HUAWEI", "ALN-AL80"),
]


def uploader_id(size: int, name: str) -> str:
    """simple-uploader.js generateUniqueIdentifier: size + '-' + the name without [^0-9a-zA-Z_-]."""
    return f"{size}-" + re.sub(r"[^0-9a-zA-Z_-]", "", name)


def exif_jpeg(c: Corpus, size: int) -> bytes:
    """A camera JPEG: SOI, an APP1 Exif segment (big-endian TIFF header, an empty IFD0), DQT, scan bytes, EOI."""
    tiff = b"MM\x00\x2a\x00\x00\x00\x08\x00\x00\x00\x00\x00\x00"
    app1 = b"Exif\x00\x00" + tiff
    return (
        b"\xff\xd8\xff\xe1"
        + (len(app1) + 2).to_bytes(2, "big")
        + app1
        + b"\xff\xdb\x00\x43\x00"
        + c.rnd.randbytes(size)
        + b"\xff\xd9"
    )


@family("media-asset-library")
def media_asset_library(c: Corpus) -> None:
    f = "media-asset-library"
    ref = f"{SITE}/material/index.html"
    for _ in range(N):
        data = exif_jpeg(c, c.num(2000, 5000))
        parts = [
            ("folderId", str(c.num(1, 300))),
            ("tags", ",".join(c.sample(["会议", "领导活动", "防汛", "乡村振兴", "鄱阳湖", "政务服务"], 2))),
            ("copyright", c.pick(["江西日报社", "省政府办公厅", "新华社"])),
            ("md5", md5_hex(data)),
            ("file", (f"IMG_{c.num(1000, 9999)}.JPG", "image/jpeg", data)),
        ]
        h, body = upload(c, parts, ref, 0.0)
        c.add(f, "image-upload", "POST", "/material/api/upload", h, body)
    for _ in range(N):
        data = png(c, c.num(1500, 4000))
        parts = [
            ("folderId", str(c.num(1, 300))),
            ("tags", "图解"),
            ("md5", md5_hex(data)),
            ("file", (f"一图读懂_{c.num(1, 30)}.png", "image/png", data)),
        ]
        h, body = upload(c, parts, ref, 0.0)
        c.add(f, "png-upload", "POST", "/material/api/upload", h, body)
    for _ in range(N):
        chunk_size = 1024 * 2
        total = chunk_size * c.num(1, 5) + c.num(100, 1500)
        chunks = max(total // chunk_size, 1)  # simple-uploader (forceChunkSize false): the last chunk takes the rest
        no = c.num(1, chunks)
        cur = chunk_size if no < chunks else total - chunk_size * (chunks - 1)
        data = (FTYP + c.rnd.randbytes(cur - len(FTYP))) if no == 1 else c.rnd.randbytes(cur)
        name = f"{c.pick(TOPICS)[:6]}宣传片_{c.num(1, 9)}.mp4"
        ident = uploader_id(total, name)
        parts = [
            ("chunkNumber", str(no)),
            ("chunkSize", str(chunk_size)),
            ("currentChunkSize", str(cur)),
            ("totalSize", str(total)),
            ("identifier", ident),
            ("filename", name),
            ("relativePath", name),
            ("totalChunks", str(chunks)),
            ("chunkMd5", md5_hex(data)),
            ("file", ("blob", "application/octet-stream", data)),
        ]
        h, body = upload(c, parts, ref, 0.0)
        c.add(f, "video-chunk", "POST", "/material/api/chunk", h, body)
    for _ in range(N):
        total = c.num(5, 400) * 1024 * 1024
        q = [
            ("chunkNumber", 1),
            ("chunkSize", 5242880),
            ("currentChunkSize", 5242880),
            ("totalSize", total),
            ("identifier", f"{total}-{c.alnum(10)}mp4"),
            ("filename", f"{c.pick(TOPICS)[:6]}.mp4"),
            ("relativePath", f"{c.pick(TOPICS)[:6]}.mp4"),
            ("totalChunks", total // 5242880),
        ]
        c.add(f, "chunk-test", "GET", "/material/api/chunk?" + qs(q, form), admin(c, None, ref))
    for _ in range(N):
        total = c.num(5, 400) * 1024 * 1024
        name = f"{c.pick(TOPICS)[:6]}_{c.num(1, 9)}.mp4"
        doc = {
            "identifier": uploader_id(total, name),
            "filename": name,
            "totalSize": total,
            "totalChunks": total // 5242880,
            "md5": c.hexs(16),
            "folderId": c.num(1, 300),
        }
        c.add(f, "merge", "POST", "/material/api/merge", admin(c, JSON_CT, ref), js_json(doc))
    for _ in range(N):
        doc = {
            "ids": [c.num(100000, 999999) for _ in range(c.num(1, 4))],
            "add": c.sample(["头条", "图解", "视频", "可商用", "待授权"], 2),
            "remove": c.pick([[], ["待授权"]]),
        }
        c.add(f, "tag-edit", "POST", "/material/api/tags", admin(c, JSON_CT, ref), js_json(doc))
    for _ in range(N):
        q = [
            ("type", c.pick(["image", "video", "all"])),
            ("keyword", c.pick(["", "鄱阳湖", "会议 2027", "防汛"])),
            ("tag", c.pick(["", "图解"])),
            ("sort", "createTime,desc"),
            ("page", c.num(0, 5)),
            ("size", 40),
        ]
        c.add(f, "search", "GET", "/material/api/list?" + qs(q, axios), admin(c, None, ref))
    for _ in range(N):
        make, model = c.pick(CAMERAS)
        taken = c.day(-60, 0)
        doc = {
            "id": c.num(100000, 999999),
            "exif": {
                "Make": make,
                "Model": model,
                "DateTimeOriginal": f"{taken:%Y:%m:%d %H:%M:%S}",
                "ExposureTime": c.pick(["1/250", "1/125", "1/60"]),
                "FNumber": c.pick([2.8, 4.0, 5.6]),
                "ISOSpeedRatings": c.pick([100, 400, 800]),
                "GPSLatitude": round(28.68 + c.num(-50, 50) / 1000, 6),
                "GPSLongitude": round(115.86 + c.num(-50, 50) / 1000, 6),
            },
            "caption": c.pick(["省政府常务会议现场", "防汛队员在鄱阳湖大堤巡查", "政务服务中心“一窗受理”区"]),
            "photographer": c.pick(EDITORS),
        }
        c.add(f, "metadata-save", "POST", "/material/api/meta", admin(c, JSON_CT, ref), js_json(doc))
    for _ in range(N):
        d = c.day(-60, 0)
        path = f"/material/thumb/{d:%Y/%m/%d}/{c.hexs(16)}.jpg?w={c.pick([200, 320])}&h={c.pick([150, 240])}"
        b = c.browser(0.0)
        h = c.headers(
            b, kind="img", accept="image/avif,image/webp,image/apng,image/svg+xml,image/*,*/*;q=0.8", referer=ref
        )
        c.add(f, "thumbnail", "GET", path, h)


# --- digital-human-script -----------------------------------------------------------------------------------

VOICES = ["zhixiaobai", "zhixiaoxia", "aixia", "zhiyuan", "aida"]
AZURE_VOICES = ["zh-CN-XiaoxiaoNeural", "zh-CN-YunxiNeural", "zh-CN-XiaoyiNeural"]
POLYPHONES = [
    ("重庆", "chong2 qing4"),
    ("长汀", "chang2 ting1"),
    ("婺源", "wu4 yuan2"),
    ("铅山", "yan2 shan1"),
    ("弋阳", "yi4 yang2"),
    ("蚌埠", "beng4 bu4"),
]


def ssml(c: Corpus, voice: str | None = None) -> str:
    word, py = c.pick(POLYPHONES)
    para = escape(c.pick(PARAS).format(no=doc_no(c)))
    inner = (
        f'<prosody rate="{c.pick(["-10%", "0%", "+5%"])}" pitch="{c.pick(["0%", "+2%"])}">各位网友，大家好！'
        f'<break time="{c.pick([300, 500, 800])}ms"/>{para}<break time="500ms"/>'
        f'咨询电话<say-as interpret-as="telephone">0791-12345</say-as>，'
        f'<phoneme alphabet="py" ph="{py}">{word}</phoneme>。</prosody>'
    )
    if voice:
        inner = f'<voice name="{voice}">{inner}</voice>'
    return f'<speak version="1.0" xmlns="http://www.w3.org/2001/10/synthesis" xml:lang="zh-CN">{inner}</speak>'


DH_SECRET = "dh-render-cb-2027-5f3a"


def stamp(ms: int) -> str:
    """An SRT time: HH:MM:SS,mmm."""
    return f"{ms // 3600000:02d}:{ms // 60000 % 60:02d}:{ms // 1000 % 60:02d},{ms % 1000:03d}"


def srt(c: Corpus) -> str:
    out, t = [], 0
    for i, line in enumerate(c.pick(PARAS).format(no=doc_no(c)).split("，")[: c.num(3, 6)], 1):
        d = c.num(1500, 4500)
        out.append(f"{i}\r\n{stamp(t)} --> {stamp(t + d)}\r\n{line}\r\n")
        t += d + c.num(0, 300)
    return "\r\n".join(out)


@family("digital-human-script")
def digital_human_script(c: Corpus) -> None:
    f = "digital-human-script"
    ref = f"{SITE}/szr/index.html"
    for _ in range(N):
        doc = {
            "scriptId": c.num(1000, 9999),
            "title": c.pick(TITLES),
            "avatar": c.pick(["xiaogan", "ganxiaozhi"]),
            "ssml": ssml(c),
            "durationEstimate": c.num(30, 180),
        }
        c.add(f, "script-save", "POST", "/szr/api/script/save", admin(c, JSON_CT, ref), js_json(doc))
    for _ in range(N):
        doc = {
            "appkey": c.alnum(16),
            "token": c.hexs(16),
            "text": ssml(c),
            "format": c.pick(["wav", "mp3"]),
            "sample_rate": c.pick([16000, 24000]),
            "voice": c.pick(VOICES),
            "volume": c.num(30, 80),
            "speech_rate": c.num(-200, 200),
            "pitch_rate": c.num(-100, 100),
        }
        c.add(f, "tts-aliyun", "POST", "/stream/v1/tts", service(c, c.pick(JAVA_UAS)), js_json(doc))
    for _ in range(N):
        h = {
            "User-Agent": c.pick(PY_UAS),
            "Content-Type": "application/ssml+xml",
            "X-Microsoft-OutputFormat": c.pick(["riff-24khz-16bit-mono-pcm", "audio-24khz-48kbitrate-mono-mp3"]),
            "Ocp-Apim-Subscription-Key": c.hexs(16),
        }
        c.add(f, "tts-ssml", "POST", "/cognitiveservices/v1", h, ssml(c, c.pick(AZURE_VOICES)))
    for _ in range(N):
        doc = {
            "scriptId": c.num(1000, 9999),
            "avatarId": c.pick(["xiaogan-v3", "ganxiaozhi-news"]),
            "background": f"{SITE}/picture/0/{c.hexs(16)}.jpg",
            "resolution": c.pick(["1920x1080", "1080x1920"]),
            "subtitles": True,
            "signLanguage": c.pick([True, False]),
            "callback": f"{SITE}/szr/api/render/callback",
        }
        c.add(f, "render-job", "POST", "/szr/api/render/submit", admin(c, JSON_CT, ref), js_json(doc))
    for _ in range(N):
        q = [("jobId", c.uid()), ("_", c.ms())]
        c.add(f, "job-status", "GET", "/szr/api/render/status?" + qs(q, axios), admin(c, None, ref))
    for _ in range(N):
        body = js_json(
            {
                "jobId": c.uid(),
                "status": c.pick(["SUCCESS", "FAILED"]),
                "duration": c.num(30, 180),
                "videoUrl": f"https://szr-render.oss-cn-hangzhou.aliyuncs.com/out/{c.hexs(12)}.mp4",
                "message": c.pick(["", "SSML 解析失败：第 1 行 phoneme 缺少 ph 属性"]),
            }
        )
        ts = str(c.ms() // 1000)
        h = service(c, "Go-http-client/1.1", {"X-Dh-Timestamp": ts, "X-Dh-Sign": hmac_hex(DH_SECRET, ts + body)})
        c.add(f, "render-callback", "POST", "/szr/api/render/callback", h, body)
    for _ in range(N):
        word, py = c.pick(POLYPHONES)
        c.add(
            f,
            "pinyin-dict",
            "POST",
            "/szr/api/lexicon/save",
            admin(c, JSON_CT, ref),
            js_json({"word": word, "pinyin": py, "scope": "global", "note": "地名读音，依《中国地名大辞典》"}),
        )
    for _ in range(N):
        data = srt(c).encode()
        h, body = upload(
            c, [("scriptId", str(c.num(1000, 9999))), ("file", ("字幕.srt", "text/plain", data))], ref, 0.0
        )
        c.add(f, "subtitle-upload", "POST", "/szr/api/subtitle/upload", h, body)
    for _ in range(N):
        q = [("status", c.pick(["", "draft", "rendered"])), ("keyword", c.pick(["", "政务", "防汛"])), ("page", 1)]
        c.add(f, "script-list", "GET", "/szr/api/script/list?" + qs(q, axios), admin(c, None, ref))


# --- site-inspection-rectify ---------------------------------------------------------------------------------

ISSUE_TYPES = ["错链", "错别字", "空白栏目", "更新不及时", "互动回应差", "外链无提示", "附件无法下载"]
RECTIFY = [
    "已将错链 {url} 更正为有效地址，并对全站 3,126 个链接重新检测（无新增错链）。",
    "已将“截止目前”更正为“截至目前”，同步检查同栏目近 1 年稿件 218 篇。",
    "“通知公告”栏目已补充发布 3 条信息，最近更新 {date}；建立“每周至少更新 1 次”制度。",
    "已对外链增加“您访问的链接即将离开‘江西省人民政府’网站”提示。",
]
SCAN_UA = "Mozilla/5.0 (compatible; GovSiteScanner/2.6; +https://zfwzgl.www.gov.cn/)"


def png_data_url(c: Corpus) -> str:
    return "data:image/png;base64," + base64.b64encode(png(c, c.num(300, 900))).decode()


@family("site-inspection-rectify")
def site_inspection_rectify(c: Corpus) -> None:
    f = "site-inspection-rectify"
    ref = f"{SITE}/jcpt/index.html"
    for _ in range(N):
        q = [
            ("taskId", c.num(100, 999)),
            ("status", c.pick(["", "0", "1", "2"])),
            ("type", c.pick(["", *ISSUE_TYPES])),
            ("siteCode", f"36{c.num(1, 99):02d}{c.num(0, 9)}00{c.num(10, 99)}"),
            ("pageNo", c.num(1, 5)),
        ]
        c.add(f, "issue-list", "GET", "/jcpt/api/issue/list?" + qs(q, axios), admin(c, None, ref))
    for _ in range(N):
        found = c.day(-20, -3)
        doc = {
            "issueId": c.num(10000, 99999),
            "url": art_url(c),
            "problemType": c.pick(ISSUE_TYPES),
            "rectifyDesc": c.pick(RECTIFY).format(url=art_url(c), date=f"{c.day(-2, 0):%Y-%m-%d}"),
            "foundTime": f"{found:%Y-%m-%d}",
            "rectifyTime": f"{found + timedelta(days=c.num(1, 10)):%Y-%m-%d}",
            "screenshots": [png_data_url(c) for _ in range(c.num(1, 2))],
        }
        c.add(f, "rectify-submit", "POST", "/jcpt/api/issue/rectify", admin(c, JSON_CT, ref), js_json(doc))
    for _ in range(N):
        data = png(c, c.num(1000, 3000))
        parts = [
            ("issueId", str(c.num(10000, 99999))),
            ("stage", c.pick(["before", "after"])),
            ("file", (f"截图{c.num(1, 9)}.png", "image/png", data)),
        ]
        h, body = upload(c, parts, ref, 0.0)
        c.add(f, "screenshot-upload", "POST", "/jcpt/api/issue/screenshot", h, body)
    for _ in range(N):
        data = docx([f"{c.pick(DEPTS)}关于政府网站抽查问题整改情况的报告", *c.sample(RECTIFY, 2)])
        parts = [
            ("taskId", str(c.num(100, 999))),
            ("md5", md5_hex(data)),
            ("file", ("整改情况报告.docx", DOCX_CT, data)),
        ]
        h, body = upload(c, parts, ref, 0.0)
        c.add(f, "report-upload", "POST", "/jcpt/api/report/upload", h, body)
    for _ in range(N):
        ids = sorted(c.sample(range(10000, 99999), c.num(1, 5)))
        fields = [("issueIds", ",".join(map(str, ids))), ("remark", "已整改，申请复核")]
        c.add(f, "recheck", "POST", "/jcpt/api/issue/recheck", jq_form(c, ref, 0.0), qs(fields, jq))
    for _ in range(N):
        results = [
            {
                "url": f"{SITE}/{c.pick(['art', 'col', 'module/download'])}/{c.hexs(6)}.html",
                "parentUrl": art_url(c),
                "status": c.pick([404, 404, 500, 502, 0]),
                "anchor": c.pick(["附件1", "点击下载", "原文链接", "更多>>"]),
                "checkedAt": now_text(c),
            }
            for _ in range(c.num(1, 5))
        ]
        doc = {
            "taskId": c.num(100, 999),
            "siteCode": f"36{c.num(1, 99):02d}000{c.num(10, 99)}",
            "total": len(results),
            "results": results,
        }
        c.add(f, "scanner-push", "POST", "/jcpt/api/scan/result", service(c, SCAN_UA), js_json(doc))
    for _ in range(N):
        old, new = c.pick(FIXES[:4])
        doc = {
            "issueId": c.num(10000, 99999),
            "original": old,
            "corrected": new,
            "context": f"……{old}2027年3月底，全省……",
            "confirm": c.pick(["true_error", "false_alarm"]),
        }
        c.add(f, "typo-confirm", "POST", "/jcpt/api/typo/confirm", admin(c, JSON_CT, ref), js_json(doc))
    for _ in range(N):
        last = c.day(-30, 0)
        doc = {
            "channelId": c.num(1000, 1999),
            "channelName": c.pick(["通知公告", "政策解读", "工作动态", "人事信息"]),
            "lastUpdate": f"{last:%Y-%m-%d}",
            "requiredDays": c.pick([14, 30, 90]),
            "docCount30d": c.num(0, 40),
        }
        c.add(f, "column-check", "POST", "/jcpt/api/channel/check", service(c, SCAN_UA), js_json(doc))
    for _ in range(N):
        q = [
            ("taskId", c.num(100, 999)),
            ("format", c.pick(["xlsx", "docx"])),
            ("fields", "url,type,status,rectifyDesc"),
        ]
        c.add(f, "export", "GET", "/jcpt/api/issue/export?" + qs(q, axios), page(c, ref, 0.0))


# --- alt-text-management -----------------------------------------------------------------------------------

ALTS = [
    "省政府常务会议现场",
    "“赣服通”首页截图，含“高效办成一件事”入口",
    "鄱阳湖候鸟越冬（2027年1月摄）",
    "图表：2023—2027年全省网上可办率，由 86.2% 升至 98.6%",
    "政务服务中心综合窗口",
    "",
]
ICONS = [
    (".header .search-btn", "搜索"),
    ("#wza-toolbar > .zoom-in", "放大页面"),
    ("a.share-wx", "分享到微信"),
    (".footer .icon-police", "公安备案"),
    ("nav .menu-toggle[aria-expanded]", "展开导航菜单"),
    (".news-list li:first-child > a.more", "查看更多政务要闻"),
]


@family("alt-text-management")
def alt_text_management(c: Corpus) -> None:
    f = "alt-text-management"
    ref = f"{SITE}/wza/admin/index.html"
    for _ in range(N):
        q = [
            ("siteId", c.num(1, 120)),
            ("issue", c.pick(["missing_alt", "empty_alt", "filename_alt"])),
            ("pageNo", c.num(1, 9)),
            ("pageSize", 50),
        ]
        c.add(f, "missing-list", "GET", "/wza/api/images?" + qs(q, axios), admin(c, None, ref))
    for _ in range(N):
        alt = c.pick(ALTS)
        doc = {
            "imgId": c.num(100000, 999999),
            "src": f"/picture/0/{c.hexs(16)}.jpg",
            "pageUrl": art_url(c),
            "alt": alt,
            "decorative": alt == "",
            "title": "",
        }
        c.add(f, "alt-save", "POST", "/wza/api/image/alt", admin(c, JSON_CT, ref), js_json(doc))
    for _ in range(N):
        doc = {
            "images": [
                {"id": c.num(100000, 999999), "url": f"{SITE}/picture/0/{c.hexs(16)}.jpg", "context": c.pick(TITLES)}
                for _ in range(c.num(2, 6))
            ],
            "lang": "zh-CN",
            "maxLength": 60,
        }
        c.add(f, "batch-suggest", "POST", "/wza/api/alt/suggest", admin(c, JSON_CT, ref), js_json(doc))
    for _ in range(N):
        fields = [
            ("imgId", str(c.num(100000, 999999))),
            ("action", c.pick(["approve", "reject"])),
            ("alt", c.pick(ALTS[:5])),
            ("comment", c.pick(["", "AI 建议过长，已精简", "补充拍摄时间"])),
        ]
        c.add(f, "review", "POST", "/wza/api/alt/review", jq_form(c, ref, 0.0), qs(fields, jq))
    for _ in range(N):
        sel, label = c.pick(ICONS)
        doc = {
            "siteId": c.num(1, 120),
            "selector": sel,
            "ariaLabel": label,
            "role": c.pick(["button", "link"]),
            "applyTo": c.pick(["template", "site"]),
        }
        c.add(f, "aria-label-save", "POST", "/wza/api/aria/save", admin(c, JSON_CT, ref), js_json(doc))
    for _ in range(N):
        a, b = c.num(80, 90), c.num(95, 99)
        doc = {
            "imgId": c.num(100000, 999999),
            "alt": "图表：全省网上可办率变化",
            "longDesc": f"折线图。横轴为年份（2023—2027），纵轴为网上可办率（%）。2023 年 {a}.{c.num(0, 9)}%，"
            f"逐年上升，2027 年达到 {b}.{c.num(0, 9)}%；其中 2025 年增幅最大（+4.1 个百分点）。",
        }
        c.add(f, "longdesc-save", "POST", "/wza/api/image/longdesc", admin(c, JSON_CT, ref), js_json(doc))
    for _ in range(N):
        doc = {
            "siteId": c.num(1, 120),
            "scope": c.pick(["site", "channel"]),
            "channelIds": [c.num(1000, 1999)],
            "rules": c.sample(["1.1.1", "1.3.1", "2.4.4", "4.1.2", "3.1.1"], 3),
            "depth": c.num(2, 5),
        }
        c.add(f, "scan-trigger", "POST", "/wza/api/scan/start", admin(c, JSON_CT, ref), js_json(doc))
    for _ in range(N):
        q = [
            ("taskId", c.num(1000, 9999)),
            ("standard", c.pick(["GB/T 37668-2019", "WCAG 2.1 AA"])),
            ("format", "html"),
        ]
        c.add(f, "report", "GET", "/wza/api/scan/report?" + qs(q, axios), admin(c, None, ref))
    for _ in range(N):
        doc = {
            "ruleId": c.pick(["1.1.1", "4.1.2"]),
            "enabled": True,
            "level": c.pick(["error", "warning"]),
            "ignoreSelectors": c.sample(
                ["img[role=presentation]", ".logo img", "img.spacer", "#footer img[src$='.gif']"], 2
            ),
            "filenameAltPattern": r"^(IMG|DSC)_?\d+\.(jpe?g|png)$",
        }
        c.add(f, "rule-config", "POST", "/wza/api/rule/save", admin(c, JSON_CT, ref), js_json(doc))


# --- cms-template-admin --------------------------------------------------------------------------------------

JEECMS_LIST = (
    '<div class="list-box">\n  <h3>${channel.name}</h3>\n  <ul>\n'
    "  [@cms_content_list channelId='{cid}' count='{n}' titLen='{tl}' orderBy='4' channelOption='1'"
    " dateFormat='yyyy-MM-dd']\n"
    "    [#list tag_list as a]\n"
    '    <li><a href="${a.url}" target="_blank" title="${a.title?html}">'
    "[@text_cut s=a.title len=titLen append='...'/]</a>"
    "<span>${a.releaseDate?string('yyyy-MM-dd')}</span></li>\n"
    "    [/#list]\n  [/@cms_content_list]\n  </ul>\n</div>"
)
JEECMS_CONTENT = (
    '[#include "../include/header.html"/]\n<div class="article">\n  <h1>${content.title}</h1>\n'
    "  <div class=\"info\">发布时间：${content.releaseDate?string('yyyy-MM-dd HH:mm')} 来源：${content.origin!}</div>\n"
    '  <div class="content">${txt!}</div>\n  [#if content.attachments?size gt 0]\n  <ul class="attach">\n'
    '  [#list content.attachments as att]<li><a href="${att.path}">${att.name}</a></li>[/#list]\n  </ul>\n'
    '  [/#if]\n</div>\n[#include "../include/footer.html"/]'
)
TRS_LIST = (
    '<ul class="list">\n<TRS_DOCUMENTS NUM="{n}" ORDERBY="-DOCRELTIME" ID="{cid}">\n'
    '<li><a href="<TRS_DOCUMENT FIELD="_RECURL"></TRS_DOCUMENT>" target="_blank">'
    '<TRS_DOCUMENT FIELD="DOCTITLE" AUTOLINK="FALSE" NUM="{tl}"></TRS_DOCUMENT></a>'
    '<span><TRS_DOCUMENT FIELD="DOCRELTIME" DATEFORMAT="yyyy-MM-dd"></TRS_DOCUMENT></span></li>\n'
    '</TRS_DOCUMENTS>\n</ul>\n<div class="page"><TRS_PAGEBAR></TRS_PAGEBAR></div>'
)
TRS_NAV = (
    '<div class="crumb">当前位置：<TRS_CHANNEL FIELD="_NAVIGATION" SEPARATOR=" &gt; " TARGET="_self">'
    '</TRS_CHANNEL></div>\n<!--#include virtual="/include/header.shtml"-->\n<h2><TRS_CHANNEL FIELD="CHNLDESC">'
    "</TRS_CHANNEL></h2>"
)
VUE_WIDGET = (
    '<template>\n  <div class="gov-list">\n    <h3>{{ channel.name }}</h3>\n    <ul>\n'
    '      <li v-for="item in list" :key="item.id">\n'
    '        <a :href="item.url" :title="item.title" target="_blank">{{ item.title | cut({tl}) }}</a>\n'
    "        <span>{{ item.pubDate | date('YYYY-MM-DD') }}</span>\n      </li>\n    </ul>\n  </div>\n</template>"
)
CHANNELS = [
    ("zwyw", "政务要闻"),
    ("tzgg", "通知公告"),
    ("zcjd", "政策解读"),
    ("rsxx", "人事信息"),
    ("bmdt", "部门动态"),
    ("sxdt", "市县动态"),
    ("ztzl", "专题专栏"),
]


@family("cms-template-admin")
def cms_template_admin(c: Corpus) -> None:
    f = "cms-template-admin"
    ref = f"{SITE}/jeeadmin/jeecms/index.do"
    for _ in range(N):
        code, name = c.pick(CHANNELS)
        fields = [
            ("root", str(c.num(1, 50))),
            ("parentId", str(c.num(1, 200))),
            ("name", name),
            ("path", code),
            ("tplChannel", f"/WEB-INF/t/cms/www/default/channel/{code}.html"),
            ("tplContent", "/WEB-INF/t/cms/www/default/content/news.html"),
            ("link", ""),
            ("priority", str(c.num(1, 20))),
            ("display", "true"),
            ("staticChannel", "true"),
        ]
        c.add(
            f,
            "channel-create",
            "POST",
            "/jeeadmin/jeecms/channel/o_save.do",
            c.headers(c.browser(0.0), kind="nav", ctype="application/x-www-form-urlencoded", referer=ref),
            qs(fields, form),
        )
    for _ in range(N):
        q = [("siteId", c.num(1, 120)), ("parentId", c.pick(["", str(c.num(1, 200))])), ("_", c.ms())]
        c.add(
            f,
            "channel-tree",
            "GET",
            "/jeeadmin/jeecms/channel/v_tree.do?" + qs(q, jq),
            web(c, None, 0.0, ref, JQ_ACCEPT, True),
        )
    for _ in range(N):
        source = (
            c.pick([JEECMS_LIST, JEECMS_CONTENT])
            .replace("{cid}", str(c.num(1, 200)))
            .replace("{n}", str(c.pick([6, 8, 10])))
            .replace("{tl}", str(c.pick([24, 30])))
        )
        fields = [
            ("root", "/WEB-INF/t/cms/www/default/channel"),
            ("name", f"{c.pick(CHANNELS)[0]}_list.html"),
            ("source", source),
        ]
        c.add(
            f, "freemarker-save", "POST", "/jeeadmin/jeecms/template/o_update.do", jq_form(c, ref, 0.0), qs(fields, jq)
        )
    for _ in range(N):
        source = (
            c.pick([TRS_LIST, TRS_NAV])
            .replace("{n}", str(c.pick([10, 15, 20])))
            .replace("{cid}", str(c.num(1000, 1999)))
            .replace("{tl}", str(c.pick([26, 32])))
        )
        doc = {
            "TemplateId": c.num(100, 999),
            "TempName": f"{c.pick(CHANNELS)[1]}_概览",
            "TempExt": "html",
            "TempHtml": source,
            "ObjectType": 103,
            "ObjectId": c.num(1, 60),
        }
        c.add(
            f,
            "trs-template-save",
            "POST",
            "/wcm/center.do?serviceid=wcm6_template&methodname=save",
            admin(c, JSON_CT, f"{SITE}/wcm/app/template/template_edit.jsp"),
            js_json(doc),
        )
    for _ in range(N):
        source = VUE_WIDGET.replace("{tl}", str(c.pick([24, 30])))
        doc = {
            "widgetId": f"gov-list-{c.alnum(6).lower()}",
            "name": "栏目列表（Vue）",
            "template": source,
            "props": {"channelId": c.num(1000, 1999), "count": 8},
        }
        c.add(
            f,
            "vue-widget-save",
            "POST",
            "/zqadmin/api/widget/save",
            admin(c, JSON_CT, f"{SITE}/zqadmin/"),
            js_json(doc),
        )
    for _ in range(N):
        q = [
            ("tpl", f"/WEB-INF/t/cms/www/default/channel/{c.pick(CHANNELS)[0]}.html"),
            ("channelId", c.num(1, 200)),
            ("preview", "true"),
        ]
        c.add(f, "template-preview", "GET", "/jeeadmin/jeecms/template/v_preview.do?" + qs(q, form), page(c, ref, 0.0))
    for _ in range(N):
        doc = {
            "siteId": c.num(1, 120),
            "scope": c.pick(["index", "channel", "content"]),
            "channelIds": [c.num(1, 200) for _ in range(c.num(1, 4))],
            "includeChildren": c.pick([True, False]),
            "startDate": f"{c.day(-30, -1):%Y-%m-%d}",
        }
        c.add(
            f, "publish-task", "POST", "/zqadmin/api/publish/task", admin(c, JSON_CT, f"{SITE}/zqadmin/"), js_json(doc)
        )
    for _ in range(N):
        fields = [
            ("channelIds", ",".join(str(c.num(1, 200)) for _ in range(c.num(1, 4)))),
            ("tplChannel", f"/WEB-INF/t/cms/www/default/channel/{c.pick(CHANNELS)[0]}.html"),
            ("tplContent", "/WEB-INF/t/cms/www/default/content/news.html"),
        ]
        c.add(
            f, "template-bind", "POST", "/jeeadmin/jeecms/channel/o_bind_tpl.do", jq_form(c, ref, 0.0), qs(fields, jq)
        )
    for _ in range(N):
        q = [
            (
                "root",
                c.pick(
                    [
                        "/WEB-INF/t/cms/www/default",
                        "/WEB-INF/t/cms/www/default/channel",
                        "/WEB-INF/t/cms/www/default/include",
                    ]
                ),
            )
        ]
        c.add(f, "template-list", "GET", "/jeeadmin/jeecms/template/v_list.do?" + qs(q, form), page(c, ref, 0.0))


# --- comment-moderation ------------------------------------------------------------------------------------

READER_COMMENTS = [
    "政策很好👍 但是“一件事一次办”的入口在“赣服通”哪个位置？能不能在文中加个链接（比如 https://www.ganfutong."
    "jiangxi.gov.cn/）？",
    "文中说“办理时限压缩至 1.8 个工作日”，我上个月在{city}办的花了 5 天……希望能真正落实。",
    "建议：高龄津贴能否“免申即享”？80 岁以上老人跑一趟不容易🙏",
    "第二段“截止 3 月底”应为“截至 3 月底”，小编注意一下哈😄",
    "{city}的防汛工作辛苦了！致敬一线人员💪💪",
    "请问附件 1《材料补正告知书》在哪下载？点了没反应（手机端，iOS 17）。",
]
REJECT_REASONS = {
    "R01": "含广告或联系方式",
    "R02": "与文章内容无关",
    "R03": "含个人隐私信息",
    "R04": "重复提交",
    "R05": "含不文明用语",
}


@family("comment-moderation")
def comment_moderation(c: Corpus) -> None:
    f = "comment-moderation"
    ref = f"{SITE}/comment/admin/index.html"
    for _ in range(N):
        url = art_url(c)
        fields = [
            ("articleId", str(c.num(4000000, 4999999))),
            ("content", c.pick(READER_COMMENTS).format(city=c.pick(CITIES))),
            ("nickname", c.pick(["网友", "热心市民", "老表"])),
            ("captcha", c.alnum(4, "abcdefghjkmnpqrstuvwxyz23456789")),
            ("pageUrl", url),
        ]
        c.add(f, "comment-post", "POST", "/comment/api/submit", jq_form(c, url, 0.6), qs(fields, jq))
    for _ in range(N):
        q = [
            ("status", "pending"),
            ("siteId", c.num(1, 120)),
            ("hitKeyword", c.pick(["", "true"])),
            ("pageNo", c.num(1, 5)),
            ("pageSize", 20),
            ("_", c.ms()),
        ]
        c.add(f, "pending-list", "GET", "/comment/api/admin/list?" + qs(q, axios), admin(c, None, ref))
    for _ in range(N):
        ids = sorted(c.sample(range(100000, 999999), c.num(1, 6)))
        c.add(
            f,
            "approve",
            "POST",
            "/comment/api/admin/approve",
            jq_form(c, ref, 0.0),
            qs([("ids", ",".join(map(str, ids))), ("notify", "0")], jq),
        )
    for _ in range(N):
        code = c.pick(list(REJECT_REASONS))
        doc = {
            "ids": sorted(c.sample(range(100000, 999999), c.num(1, 3))),
            "reasonCode": code,
            "reason": REJECT_REASONS[code],
            "remark": c.pick(["", "留言中含手机号 138****，已提醒网友通过“领导信箱”反映"]),
        }
        c.add(f, "reject", "POST", "/comment/api/admin/reject", admin(c, JSON_CT, ref), js_json(doc))
    for _ in range(N):
        doc = {
            "commentId": c.num(100000, 999999),
            "content": c.pick(
                [
                    "感谢您的关注！“高效办成一件事”入口：打开“赣服通”→首页“一件事一次办”专区。",
                    "您好，已将“截止”更正为“截至”，感谢指正！",
                    "附件已重新上传，请刷新页面后下载（支持 PDF/OFD 格式）。",
                ]
            ),
            "replyAs": c.pick(DEPTS),
        }
        c.add(f, "official-reply", "POST", "/comment/api/admin/reply", admin(c, JSON_CT, ref), js_json(doc))
    for _ in range(N):
        doc = {"userKey": c.hexs(16), "days": c.pick([7, 30, 0]), "reason": c.pick(["多次发布广告", "恶意刷屏"])}
        c.add(f, "blacklist", "POST", "/comment/api/admin/blacklist", admin(c, JSON_CT, ref), js_json(doc))
    for _ in range(N):
        q = [("commentId", c.num(100000, 999999)), ("withContext", "true")]
        c.add(f, "hit-detail", "GET", "/comment/api/admin/hits?" + qs(q, axios), admin(c, None, ref))
    for _ in range(N):
        end = c.day(0, 0)
        q = [
            ("operator", c.pick(["", *EDITORS[:4]])),
            ("action", c.pick(["", "approve", "reject"])),
            ("start", f"{end - timedelta(days=c.num(1, 30)):%Y-%m-%d}"),
            ("end", f"{end:%Y-%m-%d}"),
            ("page", 1),
        ]
        c.add(f, "audit-log", "GET", "/comment/api/admin/logs?" + qs(q, axios), admin(c, None, ref))
    for _ in range(N):
        end = c.day(0, 0)
        q = [
            ("status", c.pick(["all", "approved", "rejected"])),
            ("start", f"{end - timedelta(days=30):%Y-%m-%d}"),
            ("end", f"{end:%Y-%m-%d}"),
            ("format", "xlsx"),
        ]
        c.add(f, "export", "GET", "/comment/api/admin/export?" + qs(q, axios), page(c, ref, 0.0))


# --- generation, check and files -------------------------------------------------------------------


def gen() -> list[dict]:
    return generate(Corpus(SEED), FAMILIES)


def check(rec: dict) -> list[str]:
    """What is wrong with one record as an HTTP request (empty: nothing): tests/waf/data/corpus_kit.py."""
    return check_record(rec, SOURCES)


if __name__ == "__main__":
    write_corpus(gen(), check, split, TUNING_FILE, HELD_OUT_FILE, len(FAMILIES))
