"""Generate corpus B: a SECOND set of ordinary requests to Chinese government sites, independent of corpus A.

    python tests/waf/data/gen_cms_corpus_b.py   # writes cms_b_tuning.jsonl and cms_b_heldout.jsonl next to it

Why a second corpus: corpus A (gen_cms_corpus.py) was tuned until no rule fired on its tuning part, and its
held-out part has been counted too often to stay "held out" (docs/waf.md, held-out discipline). Corpus B
covers other products and platforms and other request shapes, with its own split, so the platform
tuning can be fitted to new evidence and measured on traffic nobody tuned for.

Families (products, platforms and request kinds government sites run; ``SOURCES`` names the public
material each URL pattern, parameter set and body comes from): 国务院政策文件库 search API, 政府信息公开
目录 and 依申请公开, 领导信箱 letters, 12345 hotline H5 forms, 一网通办 portals with unified sign-on hops,
WeChat mini-program backends, UEditor and WebUploader uploads (Office/PDF/OFD), PHPCMS v9, DedeCMS,
EmpireCMS, 互动交流 surveys and polls, a site's own statistics beacons, open-data APIs (with ArcGIS REST
map services). Values (keywords, letters, ids) are generated; HOST is a placeholder.

Every request carries ``family``, ``shape``, ``source`` and ``label`` = family/shape.

THE SPLIT, decided and written down before any WAF result on this corpus was seen (docs/waf.md):
  1. Whole families held out: the three families whose sha256("corpus-b/<family>") hex digests sort
     first. No tuning may see them.
  2. In every other family, a (family, shape) group is held out when sha256("corpus-b/<family>/<shape>")
     has a first byte divisible by 4.
  3. Everything else is the tuning part. Made once; never re-split, edited or regenerated to pass.
"""

from __future__ import annotations

import base64
import hashlib
import json
import random
import sys
import urllib.parse
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # run as a script from anywhere

from tests.waf.data.corpus_kit import HashSplit, record

HERE = Path(__file__).parent
TUNING_FILE = HERE / "cms_b_tuning.jsonl"
HELD_OUT_FILE = HERE / "cms_b_heldout.jsonl"
rnd = random.Random(20261204)
Q = urllib.parse.quote
HOST = "www.example.gov.cn"
SALT = "corpus-b/"

SOURCES = {
    "govcn-policy": "国务院政策文件库 search API sousuo.www.gov.cn/search-gov/data?t=zhengcelibrary&q=&timetype=&"
    "sort=pubtime&sortType=1&searchfield=&puborg=&pcodeYear=&pcodeNum=&filetype=&p=&n= "
    "(public crawlers and the China-central-policy MCP server on GitHub); /zhengce/content/ pages",
    "xxgk-catalogue": "政府信息公开目录 and 依申请公开 (《政府信息公开条例》第二十九条 application fields: 姓名/名称, "
    "证件, 联系方式, 所需信息的名称/文号, 获取方式) as provincial 信息公开 platforms publish them",
    "ldxx": "领导信箱/市长信箱/书记信箱 letter forms, lists, replies and satisfaction ratings on city portals",
    "hotline-12345": "12345 政务服务便民热线 H5/网页 诉求提交 and 查询 (GB/T 36747-style appeal fields, "
    "location and attachments)",
    "ywtb-portal": "一网通办/政务服务网 事项检索 and 办事指南 (taskCode 实施编码), 国家政务服务平台统一身份认证 "
    "OAuth2 hops (/am/oauth2/authorize, RFC 6749), JWT bearer tokens (RFC 7519)",
    "wx-miniprogram": "WeChat mini-program backends of government services: wx.login code exchange, "
    "getUserInfo encryptedData/iv/rawData/signature (signature = sha1(rawData+session_key), "
    "developers.weixin.qq.com), Referer servicewechat.com/<appid>/<ver>/page-frame.html",
    "ueditor": "百度 UEditor server controller: controller.jsp?action=config|uploadimage|uploadfile|listfile|"
    "catchimage, upload field upfile, source[] for remote images (fex-team/ueditor config.json)",
    "webuploader": "百度 WebUploader chunked uploads (id=WU_FILE_n, name, type, lastModifiedDate, size, chunks, "
    "chunk, file) and OFD/PDF previews of uploaded files",
    "phpcms": "PHPCMS v9 front end: index.php?m=search|content|vote|formguide&c=index&a=..., api.php?op=count",
    "dedecms": "DedeCMS front end: plus/search.php (kwtype, q, searchtype, typeid), plus/list.php, plus/view.php, "
    "plus/count.php, plus/diy.php custom forms (dede_fields, dede_fieldshash)",
    "empirecms": "帝国 EmpireCMS front end: e/search/index.php (keyboard, show, tempid, tbname), "
    "e/public/ViewClick, e/enews (AddFeedback, AddVote)",
    "survey": "互动交流 网上调查/问卷 (single, multiple choice and free text answers, JSONP result widgets)",
    "site-stats": "a site's own statistics collector: image beacons, navigator.sendBeacon JSON posts and "
    "page-visit counters with url/referrer/title/screen parameters",
    "open-data": "政府数据开放平台 catalogues, dataset downloads and query APIs; ArcGIS REST map services "
    "(query?where=&outFields=*&f=json, ArcGIS REST API reference) behind 天地图/GIS pages",
}


SPLIT = HashSplit(SALT, SOURCES)  # the rule in the docstring (tests/waf/data/corpus_kit.py)
HELD_OUT_FAMILIES = SPLIT.held_out_families
held_out = SPLIT.held_out
split = SPLIT.split


# --- pools (new for corpus B) ----------------------------------------------------------------------

KEYWORDS = [
    "营商环境",
    "稳就业",
    "乡村振兴",
    "医保报销",
    "公积金提取",
    "养老保险",
    "城乡低保",
    "住房保障",
    "义务教育",
    "新能源汽车",
    "老旧小区改造",
    "招聘公告",
    "政府采购",
    "行政处罚",
    "双随机一公开",
    "消费券",
    "个税汇算",
    "《优化营商环境条例》",
    "“一件事一次办”",
    "跨省通办",
    "不动产登记",
    "残疾人补贴",
    "人才引进",
    "社保卡",
    "2024年政府工作报告",
    "第十四个五年规划",
    "国办发〔2024〕12号",
    "高新技术企业认定",
    "专精特新",
    "市场主体登记",
    "排污许可",
    "食品经营许可",
    "建设工程规划许可证",
    "电动自行车 充电",
    "学区划分",
]
ORGS = [
    "国务院办公厅",
    "发展改革委",
    "教育部",
    "人力资源社会保障部",
    "住房城乡建设部",
    "市场监管总局",
    "省人民政府办公厅",
    "市财政局",
    "市生态环境局",
    "县卫生健康局",
    "区政务服务管理局",
]
PLACES = ["高新区", "经开区", "东城街道", "西湖镇", "滨江新区", "老城区", "北关村", "南湖社区"]
ISSUES = [
    "小区门口的路灯已经坏了两个多月，晚上出行很不安全",
    "楼下餐馆油烟直排，夏天根本不能开窗",
    "公交12路改线后，老人去医院要多换乘一次",
    "单位至今没有给我缴纳社保，已经工作一年半了",
    "孩子入学需要的居住证明，社区说要找街道开",
    "装修噪音每天晚上十点以后还在继续",
    "农村人居环境整治后，垃圾清运不及时",
    "办理营业执照变更时，窗口要求的材料和网上办事指南不一致",
    "停车场收费标准没有公示，一次收了30元",
    "拖欠农民工工资共计42,600元，包工头电话打不通",
]
ASKS = [
    "请相关部门尽快核实处理，谢谢！",
    "希望能给一个明确的答复：多久能解决？",
    "恳请领导重视，给群众一个说法。",
    "附上照片两张，地点在“幸福路与人民路交叉口”东50米。",
    "如需补充材料请联系我，电话见上。",
    "此前已于2024年3月反映过（编号：2024031500123），至今未解决。",
    "根据《物业管理条例》第三十五条，物业应当公示收费项目，请督促落实。",
    "谢谢！—— 一位关心家乡发展的市民",
]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高"
FILES = [
    ("关于申请公开2023年度部门预算的申请书.pdf", "application/pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"),
    ("营业执照副本.ofd", "application/ofd", b"PK\x03\x04\x14\x00\x00\x00\x08\x00OFD.xml"),
    (
        "情况说明（盖章）.docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        b"PK\x03\x04\x14\x00\x06\x00\x08\x00[Content_Types].xml",
    ),
    (
        "附件2：统计表.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        b"PK\x03\x04\x14\x00\x06\x00\x08\x00xl/workbook.xml",
    ),
    ("现场照片1.jpg", "image/jpeg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01"),
    ("申请表.doc", "application/msword", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00\x00\x00"),
]
UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 6.1; WOW64; Trident/7.0; rv:11.0) like Gecko",
    "Mozilla/5.0 (Windows NT 10.0; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/86.0.4240.198 "
    "Safari/537.36 QIHU 360SE",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/110.0.0.0 Safari/537.36 "
    "UOS",  # 统信 UOS desktops in government offices
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Mobile/15E148 MicroMessenger/8.0.47(0x18002f2c) NetType/WIFI Language/zh_CN",
    "Mozilla/5.0 (Linux; Android 12; V2145A Build/SP1A.210812.003; wv) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Version/4.0 Chrome/107.0.5304.141 Mobile Safari/537.36 XWEB/5235 MMWEBSDK/20230701 MicroMessenger/8.0.40",
    "Mozilla/5.0 (Linux; U; Android 10; zh-CN; PACM00 Build/QP1A.190711.020) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Version/4.0 Chrome/78.0.3904.108 UCBrowser/15.5.0.1203 Mobile Safari/537.36",
]
MINI_UA = (
    "Mozilla/5.0 (Linux; Android 13; 22081212C Build/TKQ1.220829.002; wv) AppleWebKit/537.36 (KHTML, like "
    "Gecko) Version/4.0 Chrome/111.0.5563.116 Mobile Safari/537.36 XWEB/1110005 MMWEBSDK/20231202 "
    "MMWEBID/2246 MicroMessenger/8.0.45.2521(0x28002D3D) WeChat/arm64 Weixin NetType/5G Language/zh_CN "
    "ABI/arm64 miniProgram/wx5f3c2e8b9a1d7c64"
)


def kw() -> str:
    return rnd.choice(KEYWORDS)


def hexid(n: int = 16) -> str:
    return rnd.randbytes(n).hex()


def b64(n: int) -> str:
    return base64.b64encode(rnd.randbytes(n)).decode()


def name() -> str:
    return rnd.choice(SURNAMES) + rnd.choice(["先生", "女士", "某", "晓明", "建国", "秀英", "志强"])


def phone() -> str:
    return f"1{rnd.choice('3578')}{rnd.randint(100000000, 999999999)}"


def letter(sentences: int) -> str:
    parts = [f"我是{rnd.choice(PLACES)}居民。"]
    for _ in range(sentences):
        parts.append(rnd.choice(ISSUES) + rnd.choice(["。", "！", "，", "；"]))
    parts.append(rnd.choice(ASKS))
    return "".join(parts)


def page() -> str:
    return (
        f"https://{HOST}/{rnd.choice(['xwzx', 'zwgk', 'hdjl', 'bsfw'])}/{rnd.randint(2020, 2025)}"
        f"{rnd.randint(1, 12):02d}/t{rnd.randint(20200101, 20251231)}_{rnd.randint(100000, 999999)}.html"
    )


def headers(
    referer: str | None = None,
    xhr: bool = False,
    ctype: str | None = None,
    ua: str | None = None,
    cookies: list[str] | None = None,
) -> dict[str, str]:
    h = {
        "User-Agent": ua or rnd.choice(UAS),
        "Accept": "application/json, text/plain, */*"
        if xhr
        else "text/html,application/xhtml+xml,application/xml;q=0.9,image/webp,*/*;q=0.8",
        "Accept-Language": rnd.choice(["zh-CN,zh;q=0.9", "zh-CN,zh;q=0.9,en;q=0.8", "zh-CN"]),
        "Accept-Encoding": "gzip, deflate",
    }
    if referer:
        h["Referer"] = referer
    if xhr:
        h["X-Requested-With"] = "XMLHttpRequest"
    if ctype:
        h["Content-Type"] = ctype
        h["Origin"] = f"https://{HOST}"
    jar = rnd.sample(
        [
            f"JSESSIONID={hexid().upper()}",
            f"Hm_lvt_{hexid()}={rnd.randint(1700000000, 1735000000)}",
            f"_gscu_{rnd.randint(10**8, 10**9)}={hexid(10)}t{rnd.randint(10, 99)}",
            f"PHPSESSID={hexid(13)}",
            f"acw_tc={hexid(20)}",
        ],
        rnd.randint(0, 3),
    ) + (cookies or [])
    if jar:
        h["Cookie"] = "; ".join(jar)
    return h


class Out:
    def __init__(self) -> None:
        self.reqs: list[dict] = []

    def add(
        self, family: str, shape: str, method: str, path: str, h: dict[str, str], body: str | bytes | None = None
    ) -> None:
        self.reqs.append(record(SOURCES[family], family, shape, method, path, h, body))

    def json(
        self,
        family: str,
        shape: str,
        path: str,
        doc: object,
        referer: str | None = None,
        ua: str | None = None,
        extra: dict[str, str] | None = None,
    ) -> None:
        h = headers(referer or page(), xhr=True, ctype="application/json;charset=UTF-8", ua=ua)
        self.add(family, shape, "POST", path, {**h, **(extra or {})}, json.dumps(doc, ensure_ascii=False))

    def form(
        self,
        family: str,
        shape: str,
        path: str,
        fields: list[tuple[str, object]],
        referer: str | None = None,
        xhr: bool = False,
    ) -> None:
        body = urllib.parse.urlencode([(k, str(v)) for k, v in fields])
        h = headers(referer or page(), xhr=xhr, ctype="application/x-www-form-urlencoded; charset=UTF-8")
        self.add(family, shape, "POST", path, h, body)

    def multipart(
        self,
        family: str,
        shape: str,
        path: str,
        fields: list[tuple[str, str]],
        file_field: str,
        referer: str | None = None,
    ) -> None:
        fname, ctype, magic = rnd.choice(FILES)
        boundary = "----WebKitFormBoundary" + base64.b64encode(rnd.randbytes(12)).decode()[:16].replace("+", "x")
        parts = [
            f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'.encode() for k, v in fields
        ]
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{file_field}"; filename="{fname}"\r\n'
            f"Content-Type: {ctype}\r\n\r\n".encode()
            + magic
            + rnd.randbytes(rnd.randint(200, 1200))
            + b"\r\n"
        )
        body = b"".join(parts) + f"--{boundary}--\r\n".encode()
        h = headers(referer or page(), xhr=True, ctype=f"multipart/form-data; boundary={boundary}")
        self.add(family, shape, "POST", path, h, body)


def qs(**params: object) -> str:
    return urllib.parse.urlencode({k: str(v) for k, v in params.items()})


# --- families ----------------------------------------------------------------------------------------


def govcn_policy(o: Out) -> None:
    f = "govcn-policy"
    for _ in range(60):
        q = qs(
            t="zhengcelibrary",
            q=kw(),
            timetype=rnd.choice(["timeqb", "timeyn", "timezd"]),
            mintime="",
            maxtime="",
            sort=rnd.choice(["pubtime", "score"]),
            sortType=1,
            searchfield=rnd.choice(["", "title", "content", "pcode"]),
            pcodeJiguan=rnd.choice(["", "国办发"]),
            childtype="",
            subchildtype="",
            tsbq="",
            pubtimeyear="",
            puborg=rnd.choice(["", rnd.choice(ORGS)]),
            pcodeYear=rnd.choice(["", "2024"]),
            pcodeNum="",
            filetype="",
            p=rnd.randint(1, 5),
            n=rnd.choice([5, 20]),
            inpro="",
            bmfl="",
            dup="",
            orpro="",
        )
        o.add(f, "search-api", "GET", f"/search-gov/data?{q}", headers(f"https://{HOST}/zhengce/zhengceku/", xhr=True))
    for _ in range(30):
        month = f"{rnd.randint(2019, 2025)}{rnd.randint(1, 12):02d}"
        path = f"/zhengce/content/{month}/content_{rnd.randint(5000000, 7000000)}.htm"
        o.add(f, "policy-page", "GET", path, headers(f"https://{HOST}/zhengce/zhengceku/"))
    for _ in range(25):
        q = qs(
            t="zhengcelibrary_gw",
            q=f"{rnd.choice(ORGS)} {kw()}",
            sort="pubtime",
            p=1,
            n=20,
            callback=f"jQuery{rnd.randint(10**19, 10**20)}_{rnd.randint(10**12, 10**13)}",
            _=rnd.randint(10**12, 10**13),
        )
        o.add(f, "search-jsonp", "GET", f"/search-gov/data?{q}", headers(f"https://{HOST}/zhengce/"))


def xxgk_catalogue(o: Out) -> None:
    f = "xxgk-catalogue"
    for _ in range(40):
        q = qs(
            catId=rnd.randint(100, 9999),
            orgCode=f"11{rnd.randint(100000, 999999)}0{rnd.randint(10**8, 10**9)}",
            page=rnd.randint(1, 30),
            pageSize=15,
            title=rnd.choice(["", kw()]),
            year=rnd.choice(["", 2023, 2024]),
        )
        o.add(f, "catalogue-list", "GET", f"/xxgk/xxgkml/list?{q}", headers(f"https://{HOST}/xxgk/"))
    for _ in range(25):
        idx = f"{rnd.randint(10**7, 10**8)}/{rnd.randint(2019, 2025)}-{rnd.randint(1, 99999):05d}"
        o.add(
            f,
            "index-number",
            "GET",
            f"/xxgk/xxgkml/detail?{qs(indexCode=idx, id=rnd.randint(1, 10**6))}",
            headers(f"https://{HOST}/xxgk/xxgkml/"),
        )
    for _ in range(45):
        fields = [
            ("sqrlx", rnd.choice(["gm", "fr"])),
            ("xm", name()),
            ("zjlx", "sfz"),
            (
                "zjhm",
                f"{rnd.randint(110000, 659000)}19{rnd.randint(50, 99)}{rnd.randint(1, 12):02d}"
                f"{rnd.randint(1, 28):02d}{rnd.randint(100, 999)}{rnd.choice('0123456789X')}",
            ),
            ("gzdw", rnd.choice(["", "某某科技有限公司", "个体"])),
            ("txdz", f"{rnd.choice(PLACES)}{rnd.randint(1, 200)}号{rnd.randint(1, 30)}栋{rnd.randint(101, 2808)}室"),
            ("yzbm", rnd.randint(100000, 850000)),
            ("lxdh", phone()),
            ("dzyx", f"user{rnd.randint(1, 9999)}@{rnd.choice(['163.com', 'qq.com', 'example.cn'])}"),
            (
                "sqxxnr",
                f"请公开{rnd.choice(ORGS)}关于“{kw().strip('《》“”')}”的相关文件，包括文号、"
                f"发文日期及{rnd.choice(['资金分配明细', '实施细则', '评审结果', '验收报告'])}。",
            ),
            (
                "wh",
                rnd.choice(
                    ["", f"{rnd.choice(['X政办发', 'X财预'])}〔{rnd.randint(2019, 2024)}〕{rnd.randint(1, 99)}号"]
                ),
            ),
            ("yt", rnd.choice(["", "学术研究", "本人生产生活需要"])),
            ("hqfs", rnd.choice(["dzyj", "yj", "zq"])),
            ("tgxs", rnd.choice(["zz", "dzwj"])),
            ("yzm", rnd.randint(1000, 9999)),
        ]
        o.form(f, "ysqgk-form", "/xxgk/ysqgk/submit", fields, f"https://{HOST}/xxgk/ysqgk/")
    for _ in range(20):
        q = qs(sqbh=f"YSQ{rnd.randint(2023, 2025)}{rnd.randint(10**6, 10**7)}", cxm=hexid(3))
        o.add(f, "ysqgk-status", "GET", f"/xxgk/ysqgk/query?{q}", headers(f"https://{HOST}/xxgk/ysqgk/", xhr=True))


def ldxx(o: Out) -> None:
    f = "ldxx"
    for _ in range(55):
        fields = [
            ("xjlx", rnd.choice(["zx", "ts", "jy", "qz"])),
            ("xm", name()),
            ("lxdh", phone()),
            ("dz", f"{rnd.choice(PLACES)}{rnd.randint(1, 99)}号"),
            ("sfgk", rnd.choice([0, 1])),
            ("bt", rnd.choice(ISSUES)[:18]),
            ("nr", letter(rnd.randint(2, 9))),
            ("yzm", hexid(2)),
            ("token", uuid.UUID(int=rnd.getrandbits(128)).hex),
        ]
        o.form(f, "letter-submit", "/hdjl/ldxx/write.do", fields, f"https://{HOST}/hdjl/ldxx/")
    for _ in range(30):
        q = qs(
            type=rnd.choice(["szxx", "sjxx", "bmxx"]),
            keyword=rnd.choice(["", kw(), "噪音", "拖欠工资"]),
            page=rnd.randint(1, 40),
            status=rnd.choice(["", "yhf"]),
        )
        o.add(f, "letter-list", "GET", f"/hdjl/ldxx/list.do?{q}", headers(f"https://{HOST}/hdjl/"))
    for _ in range(25):
        o.add(
            f,
            "letter-detail",
            "GET",
            f"/hdjl/ldxx/detail.do?{qs(id=rnd.randint(10**5, 10**6), cxm=hexid(4))}",
            headers(f"https://{HOST}/hdjl/ldxx/list.do"),
        )
    for _ in range(20):
        o.form(
            f,
            "rating",
            "/hdjl/ldxx/pj.do",
            [
                ("id", rnd.randint(10**5, 10**6)),
                ("myd", rnd.choice(["fcmy", "my", "jbmy", "bmy"])),
                ("pjnr", rnd.choice(["", "处理及时，点赞！", "问题还没有彻底解决，希望继续跟进。", "回复很官方。"])),
            ],
            xhr=True,
        )


def hotline_12345(o: Out) -> None:
    f = "hotline-12345"
    for _ in range(60):
        doc = {
            "appealTitle": rnd.choice(ISSUES)[:20],
            "appealContent": letter(rnd.randint(2, 8)),
            "appealType": rnd.choice(["投诉", "求助", "咨询", "建议", "举报"]),
            "areaCode": f"{rnd.randint(110000, 659000)}",
            "address": f"{rnd.choice(PLACES)}{rnd.randint(1, 300)}号",
            "longitude": round(rnd.uniform(100, 122), 6),
            "latitude": round(rnd.uniform(22, 41), 6),
            "contactName": name(),
            "phone": phone(),
            "isSecret": rnd.choice([0, 1]),
            "isReply": 1,
            "attachments": [
                {"name": n, "url": f"/upload/12345/{rnd.randint(2024, 2025)}/{hexid(8)}.jpg"}
                for n in rnd.sample(["现场照片.jpg", "合同.pdf", "聊天记录截图.png"], rnd.randint(0, 2))
            ],
        }
        o.json(f, "appeal-submit", "/api/appeal/submit", doc, f"https://{HOST}/12345/h5/index.html#/appeal")
    for _ in range(30):
        q = qs(code=f"{rnd.randint(2024, 2025)}{rnd.randint(10**9, 10**10)}", phone=phone()[-4:])
        o.add(f, "appeal-query", "GET", f"/api/appeal/query?{q}", headers(xhr=True))
    for _ in range(20):
        o.add(f, "captcha", "GET", f"/api/captcha?t={rnd.random()}", headers(xhr=True))
    for _ in range(20):
        o.json(
            f,
            "knowledge-search",
            "/api/knowledge/search",
            {"keyword": kw(), "pageNum": rnd.randint(1, 5), "pageSize": 10, "orderBy": "hot desc"},
        )


def ywtb_portal(o: Out) -> None:
    f = "ywtb-portal"
    for _ in range(40):
        q = qs(
            keyword=kw(),
            deptCode=rnd.choice(["", f"11{rnd.randint(10**6, 10**7)}"]),
            themeCode=rnd.choice(["", "grzt_jy", "frzt_kbqy"]),
            userType=rnd.choice([1, 2]),
            pageNo=rnd.randint(1, 9),
        )
        o.add(f, "matter-search", "GET", f"/portal/matter/search?{q}", headers(f"https://{HOST}/portal/"))
    for _ in range(30):
        code = f"11{rnd.randint(10**15, 10**16)}{rnd.randint(1000, 9999)}"
        q = qs(taskCode=code, taskHandleItem=f"{code}{rnd.randint(10**5, 10**6)}", cityCode=rnd.randint(110000, 659000))
        o.add(f, "matter-guide", "GET", f"/portal/guide?{q}", headers(f"https://{HOST}/portal/matter/search"))
    for _ in range(30):
        redirect = f"https://{HOST}/portal/sso/callback?goto=" + Q(
            f"https://{HOST}/portal/guide?taskCode={rnd.randint(10**8, 10**9)}", safe=""
        )
        q = qs(
            service="initService",
            response_type="code",
            client_id=f"zwfw{rnd.randint(1000, 9999)}",
            scope="all",
            redirect_uri=redirect,
            state=hexid(8),
        )
        o.add(f, "sso-authorize", "GET", f"/am/oauth2/authorize?{q}", headers(f"https://{HOST}/portal/"))
    for _ in range(30):
        jwt = ".".join(
            base64.urlsafe_b64encode(p).decode().rstrip("=")
            for p in (
                json.dumps({"alg": "RS256", "typ": "JWT"}).encode(),
                json.dumps(
                    {
                        "sub": str(rnd.randint(10**9, 10**10)),
                        "name": name(),
                        "iss": "tyrz",
                        "exp": rnd.randint(1735000000, 1765000000),
                    },
                    ensure_ascii=False,
                ).encode(),
                rnd.randbytes(64),
            )
        )
        doc = {
            "taskCode": f"11{rnd.randint(10**15, 10**16)}",
            "applicant": {"name": name(), "certType": "111", "certNo": "3301**********123X", "mobile": phone()},
            "materials": [
                {"materialCode": f"M{rnd.randint(1000, 9999)}", "fileId": hexid(12), "fileName": rnd.choice(FILES)[0]}
                for _ in range(rnd.randint(1, 3))
            ],
            "formData": {"reason": rnd.choice(ISSUES), "remark": ""},
        }
        o.json(f, "apply-json", "/portal/api/apply/save", doc, extra={"Authorization": f"Bearer {jwt}"})


def wx_miniprogram(o: Out) -> None:
    f = "wx-miniprogram"
    appid = "wx5f3c2e8b9a1d7c64"

    def ref() -> str:
        return f"https://servicewechat.com/{appid}/{rnd.randint(1, 60)}/page-frame.html"

    for _ in range(25):
        o.json(
            f,
            "login",
            "/api/wx/login",
            {"code": base64.urlsafe_b64encode(rnd.randbytes(24)).decode()[:32]},
            ref(),
            MINI_UA,
        )
    for _ in range(30):
        raw = json.dumps(
            {
                "nickName": "微信用户",
                "gender": 0,
                "language": "zh_CN",
                "city": "",
                "province": "",
                "country": "",
                "avatarUrl": "https://thirdwx.qlogo.cn/mmopen/vi_32/" + b64(60).replace("/", "_") + "/132",
            },
            ensure_ascii=False,
            separators=(",", ":"),
        )
        o.json(
            f,
            "userinfo",
            "/api/wx/userinfo",
            {
                "encryptedData": b64(rnd.randint(200, 400)),
                "iv": b64(16),
                "rawData": raw,
                "signature": hashlib.sha1(rnd.randbytes(8), usedforsecurity=False).hexdigest(),
            },
            ref(),
            MINI_UA,
        )
    for _ in range(35):
        o.json(
            f,
            "service-api",
            rnd.choice(["/api/mp/appointment/create", "/api/mp/queue/take"]),
            {
                "openid": "o" + base64.urlsafe_b64encode(rnd.randbytes(21)).decode()[:27],
                "hallId": rnd.randint(1, 30),
                "itemName": rnd.choice(["不动产登记", "社保卡补办", "公积金提取", "营业执照"]),
                "date": f"2025-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}",
                "period": rnd.choice(["09:00-10:00", "14:30-15:30"]),
                "formId": hexid(16),
            },
            ref(),
            MINI_UA,
        )
    for _ in range(25):
        q = qs(openid="o" + base64.urlsafe_b64encode(rnd.randbytes(21)).decode()[:27], page=rnd.randint(1, 5), size=10)
        h = headers(ref(), xhr=True, ua=MINI_UA)
        o.add(f, "list-get", "GET", f"/api/mp/appointment/list?{q}", h)


def ueditor(o: Out) -> None:
    f = "ueditor"
    base = "/ueditor/jsp/controller.jsp"
    for _ in range(25):
        o.add(f, "config", "GET", f"{base}?action=config&&noCache={rnd.randint(10**12, 10**13)}", headers(xhr=True))
    for _ in range(35):
        o.multipart(
            f,
            "upload",
            f"{base}?action={rnd.choice(['uploadimage', 'uploadfile'])}",
            [("name", rnd.choice(FILES)[0]), ("type", rnd.choice([".pdf", ".jpg", ".docx"]))],
            "upfile",
        )
    for _ in range(20):
        o.add(
            f,
            "list",
            "GET",
            f"{base}?action={rnd.choice(['listfile', 'listimage'])}&start={rnd.choice([0, 20, 40])}"
            f"&size=20&noCache={rnd.randint(10**12, 10**13)}",
            headers(xhr=True),
        )
    for _ in range(20):
        src = [
            f"https://{rnd.choice(['mmbiz.qpic.cn/mmbiz_jpg', 'www.gov.cn/xinwen/images', HOST + '/images'])}/"
            f"{hexid(10)}/{rnd.randint(0, 640)}?wx_fmt=jpeg"
            for _ in range(rnd.randint(1, 3))
        ]
        o.form(f, "catchimage", f"{base}?action=catchimage", [("source[]", s) for s in src], xhr=True)


def webuploader(o: Out) -> None:
    f = "webuploader"
    for i in range(45):
        fname, ctype, _ = rnd.choice(FILES)
        size = rnd.randint(10**4, 10**7)
        fields = [
            ("id", f"WU_FILE_{i % 5}"),
            ("name", fname),
            ("type", ctype),
            (
                "lastModifiedDate",
                f"{rnd.choice(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])} {rnd.choice(['Oct', 'Nov'])} "
                f"{rnd.randint(1, 28):02d} 2024 {rnd.randint(8, 18):02d}:{rnd.randint(0, 59):02d}:"
                f"{rnd.randint(0, 59):02d} GMT+0800 (中国标准时间)",
            ),
            ("size", str(size)),
            ("chunks", str(max(1, size // 5242880))),
            ("chunk", "0"),
            ("guid", uuid.UUID(int=rnd.getrandbits(128)).hex),
        ]
        o.multipart(f, "chunk-upload", "/fileupload/upload.do", fields, "file")
    for _ in range(25):
        o.form(
            f,
            "merge",
            "/fileupload/merge.do",
            [
                ("guid", uuid.UUID(int=rnd.getrandbits(128)).hex),
                ("fileName", rnd.choice(FILES)[0]),
                ("md5", hashlib.md5(rnd.randbytes(8), usedforsecurity=False).hexdigest()),
            ],
            xhr=True,
        )
    for _ in range(30):
        path = f"/upload/{rnd.randint(2023, 2025)}/{rnd.randint(1, 12):02d}/{hexid(8)}.{rnd.choice(['ofd', 'pdf'])}"
        o.add(f, "preview", "GET", f"/ofdview/index.html?{qs(file=path, name=rnd.choice(FILES)[0])}", headers(page()))


def phpcms(o: Out) -> None:
    f = "phpcms"
    for _ in range(35):
        o.add(
            f,
            "search",
            "GET",
            f"/index.php?{qs(m='search', c='index', a='init', typeid=rnd.choice(['', 1, 2]), siteid=1, q=kw())}",
            headers(f"https://{HOST}/"),
        )
    for _ in range(30):
        o.add(
            f,
            "show",
            "GET",
            f"/index.php?m=content&c=index&a=show&catid={rnd.randint(6, 90)}&id={rnd.randint(1, 9999)}",
            headers(f"https://{HOST}/index.php?m=content&c=index&a=lists&catid={rnd.randint(6, 90)}"),
        )
    for _ in range(25):
        o.add(
            f,
            "hits",
            "GET",
            f"/api.php?op=count&id={rnd.randint(1, 9999)}&modelid={rnd.randint(1, 3)}",
            headers(page()),
        )
    for _ in range(25):
        sub = rnd.randint(1, 20)
        o.form(
            f,
            "vote",
            f"/index.php?m=vote&c=index&a=post&subjectid={sub}&siteid=1",
            [("radio[]", rnd.randint(1, 60)) for _ in range(rnd.randint(1, 3))] + [("subjectid", sub)],
        )
    for _ in range(25):
        o.form(
            f,
            "formguide",
            f"/index.php?m=formguide&c=index&a=show&formid={rnd.randint(10, 20)}&siteid=1",
            [
                ("info[xingming]", name()),
                ("info[dianhua]", phone()),
                ("info[neirong]", letter(rnd.randint(1, 4))),
                ("code", hexid(2)),
                ("dosubmit", "提交"),
            ],
        )


def dedecms(o: Out) -> None:
    f = "dedecms"
    for _ in range(35):
        q = qs(
            kwtype=rnd.choice([0, 1]),
            q=kw(),
            searchtype=rnd.choice(["title", "titlekeyword"]),
            typeid=rnd.choice(["", rnd.randint(1, 30)]),
        )
        o.add(f, "search", "GET", f"/plus/search.php?{q}", headers(f"https://{HOST}/"))
    for _ in range(30):
        o.add(
            f,
            "list",
            "GET",
            f"/plus/list.php?tid={rnd.randint(1, 50)}&TotalResult={rnd.randint(20, 3000)}&PageNo={rnd.randint(1, 60)}",
            headers(f"https://{HOST}/"),
        )
    for _ in range(25):
        aid = rnd.randint(1, 20000)
        o.add(f, "count", "GET", f"/plus/count.php?view=yes&aid={aid}&mid=1", headers(f"https://{HOST}/a/{aid}.html"))
    for _ in range(30):
        names = "name,text;tel,text;danwei,text;content,multitext"
        o.form(
            f,
            "diy-form",
            "/plus/diy.php",
            [
                ("action", "post"),
                ("diyid", rnd.randint(1, 5)),
                ("do", 2),
                ("name", name()),
                ("tel", phone()),
                ("danwei", rnd.choice(["", "个人", "某某街道办事处"])),
                ("content", letter(rnd.randint(1, 5))),
                ("dede_fields", names),
                ("dede_fieldshash", hashlib.md5(names.encode() + rnd.randbytes(4), usedforsecurity=False).hexdigest()),
            ],
        )


def empirecms(o: Out) -> None:
    f = "empirecms"
    for _ in range(35):
        o.form(
            f,
            "search",
            "/e/search/index.php",
            [
                ("keyboard", kw()),
                ("show", rnd.choice(["title", "title,smalltext", "title,newstext"])),
                ("tempid", 1),
                ("tbname", rnd.choice(["news", "article"])),
                ("classid", rnd.choice([0, 2, 5])),
            ],
            f"https://{HOST}/",
        )
    for _ in range(25):
        o.add(f, "result", "GET", f"/e/search/result/?searchid={rnd.randint(1, 99999)}", headers(f"https://{HOST}/"))
    for _ in range(25):
        o.add(
            f,
            "viewclick",
            "GET",
            f"/e/public/ViewClick/?classid={rnd.randint(1, 40)}&id={rnd.randint(1, 9999)}&addclick=1",
            headers(page()),
        )
    for _ in range(25):
        o.form(
            f,
            "feedback",
            "/e/enews/index.php",
            [
                ("enews", "AddFeedback"),
                ("bid", rnd.randint(1, 4)),
                ("name", name()),
                ("mycall", phone()),
                ("email", f"u{rnd.randint(1, 999)}@qq.com"),
                ("title", rnd.choice(ISSUES)[:16]),
                ("saytext", letter(rnd.randint(1, 5))),
                ("ecmsfrom", page()),
            ],
        )
    for _ in range(20):
        o.form(
            f,
            "vote",
            "/e/enews/index.php",
            [("enews", "AddVote"), ("voteid", rnd.randint(1, 9)), ("vote", rnd.randint(1, 6))],
        )


def survey(o: Out) -> None:
    f = "survey"
    for _ in range(25):
        o.add(
            f,
            "survey-page",
            "GET",
            f"/hdjl/wjdc/survey.jsp?sid={rnd.randint(1, 300)}",
            headers(f"https://{HOST}/hdjl/"),
        )
    for _ in range(45):
        sid = rnd.randint(1, 300)
        fields: list[tuple[str, object]] = [("sid", sid)]
        for q in range(101, 101 + rnd.randint(3, 8)):
            kind = rnd.choice(["single", "multi", "text"])
            if kind == "single":
                fields.append((f"q_{q}", rnd.randint(1, 5)))
            elif kind == "multi":
                fields.append((f"q_{q}", ",".join(str(x) for x in sorted(rnd.sample(range(1, 8), rnd.randint(1, 4))))))
                if rnd.random() < 0.3:
                    fields.append((f"q_{q}_other", rnd.choice(["其他：希望增加夜间办理", "无", "线上办理更方便"])))
            else:
                fields.append(
                    (f"q_{q}", rnd.choice(["", letter(rnd.randint(1, 3)), "满意", "建议在政务大厅增设母婴室"]))
                )
        o.form(f, "answer", "/hdjl/wjdc/submit.jsp", fields, f"https://{HOST}/hdjl/wjdc/survey.jsp?sid={sid}")
    for _ in range(30):
        cb = f"jQuery{rnd.randint(10**19, 10**20)}_{rnd.randint(10**12, 10**13)}"
        o.add(
            f,
            "result-jsonp",
            "GET",
            f"/hdjl/wjdc/result?sid={rnd.randint(1, 300)}&callback={cb}&_={rnd.randint(10**12, 10**13)}",
            headers(page(), xhr=True),
        )


def site_stats(o: Out) -> None:
    f = "site-stats"
    for _ in range(45):
        q = qs(
            siteId=rnd.randint(1, 999),
            columnId=rnd.randint(1, 9999),
            docId=rnd.randint(1, 10**6),
            url=page(),
            referrer=rnd.choice(
                ["", f"https://www.baidu.com/link?url={hexid(20)}&wd=&eqid={hexid(16)}", f"https://{HOST}/"]
            ),
            title=f"{kw()}_{rnd.choice(ORGS)}",
            screen=rnd.choice(["1920x1080", "1366x768", "390x844"]),
            lang="zh-CN",
            _=rnd.randint(10**12, 10**13),
        )
        o.add(f, "image-beacon", "GET", f"/stat/pv.gif?{q}", headers(page()))
    for _ in range(40):
        doc = {
            "u": page(),
            "r": rnd.choice(["", "https://cn.bing.com/", f"https://{HOST}/"]),
            "t": kw(),
            "sw": 1920,
            "sh": 1080,
            "dur": rnd.randint(1, 600),
            "ev": rnd.choice(["pv", "leave", "download"]),
            "uid": uuid.UUID(int=rnd.getrandbits(128)).hex,
        }
        h = headers(page(), ctype="application/json")
        o.add(f, "send-beacon", "POST", "/stat/collect", h, json.dumps(doc, ensure_ascii=False))
    for _ in range(30):
        o.add(
            f,
            "counter",
            "GET",
            f"/stat/count.do?{qs(id=rnd.randint(1, 10**6), type='article', callback='showCount')}",
            headers(page()),
        )


def open_data(o: Out) -> None:
    f = "open-data"
    for _ in range(35):
        q = qs(
            keyword=rnd.choice(["", kw(), "公交线路", "空气质量", "医疗机构名录"]),
            orgId=rnd.choice(["", rnd.randint(1, 80)]),
            topicId=rnd.choice(["", rnd.randint(1, 20)]),
            format=rnd.choice(["", "xlsx", "csv", "json", "api"]),
            page=rnd.randint(1, 30),
            sort="updateTime",
        )
        o.add(f, "catalogue", "GET", f"/oportal/catalog/index?{q}", headers(f"https://{HOST}/oportal/"))
    for _ in range(25):
        q = qs(
            method="getDownloadFile",
            cata_id=hexid(16),
            file_id=rnd.randint(10**5, 10**6),
            file_type=rnd.choice(["xlsx", "csv", "json", "xml"]),
        )
        o.add(f, "download", "GET", f"/odweb/catalog/CatalogDetailDownload.do?{q}", headers(page()))
    for _ in range(30):
        flt = {
            "region": rnd.choice(PLACES),
            "year": rnd.choice([2022, 2023, 2024]),
            "type": rnd.choice(["一级", "二级"]),
        }
        q = qs(
            appKey=hexid(16),
            dataId=rnd.randint(10**5, 10**6),
            page=rnd.randint(1, 20),
            size=50,
            filter=json.dumps(flt, ensure_ascii=False, separators=(",", ":")),
        )
        o.add(f, "query-api", "GET", f"/api/v1/data/query?{q}", headers(xhr=True))
    for _ in range(35):
        layer = rnd.choice(
            ["JiaoYu/MapServer/0", "YiLiao/MapServer/1", "BianMinFuWu/MapServer/2", "BiNanSuo/MapServer/0"]
        )
        where = rnd.choice(
            [
                "1=1",
                f"XZQDM='{rnd.randint(110000, 659000)}'",
                f"MC like '%{rnd.choice(['医院', '学校', '避难'])}%'",
                f"OBJECTID>{rnd.randint(0, 500)}",
            ]
        )
        q = qs(
            where=where,
            outFields="*",
            returnGeometry="true",
            f="json",
            outSR=4490,
            resultOffset=rnd.choice([0, 1000]),
            resultRecordCount=1000,
        )
        o.add(f, "arcgis-query", "GET", f"/arcgis/rest/services/{layer}/query?{q}", headers(page(), xhr=True))


FAMILIES = {
    "govcn-policy": govcn_policy,
    "xxgk-catalogue": xxgk_catalogue,
    "ldxx": ldxx,
    "hotline-12345": hotline_12345,
    "ywtb-portal": ywtb_portal,
    "wx-miniprogram": wx_miniprogram,
    "ueditor": ueditor,
    "webuploader": webuploader,
    "phpcms": phpcms,
    "dedecms": dedecms,
    "empirecms": empirecms,
    "survey": survey,
    "site-stats": site_stats,
    "open-data": open_data,
}
assert set(FAMILIES) == set(SOURCES)


def gen() -> list[dict]:
    rnd.seed(20261204)
    o = Out()
    for family in sorted(FAMILIES):
        FAMILIES[family](o)
    return o.reqs




def main() -> None:
    reqs = gen()
    tuning, heldout = split(reqs)
    for path, part in ((TUNING_FILE, tuning), (HELD_OUT_FILE, heldout)):
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in part), encoding="utf-8")
    print(f"{len(reqs)} requests, {len(FAMILIES)} families: tuning {len(tuning)}, held-out {len(heldout)}")
    print("held-out families:", ", ".join(HELD_OUT_FAMILIES))


if __name__ == "__main__":
    main()
