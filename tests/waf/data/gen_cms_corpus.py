"""Generate the CMS corpus: ordinary requests of the CMS products and platforms Chinese government sites run.

    python tests/waf/data/gen_cms_corpus.py     # writes cms_tuning.jsonl and cms_heldout.jsonl next to it

Every request carries ``family`` (the CMS or platform), ``shape`` (what kind of request: page, search,
form, json, beacon, sso, upload, ...), ``source`` (the public material its URL pattern, parameters and
cookies come from) and ``label`` = family/shape. The URL patterns are those of real deployments,
taken from public crawler code and the public pages it requests (the sources name them); values
(keywords, letters, ids) are generated.

The split into a tuning part and a held-out part is made ONCE, here, by (family, shape) group, and is
deterministic (``HELD_OUT_FAMILIES`` and a hash of the group key): whole families and whole request
shapes of other families are held out, so the held-out figure says how the tuning does on CMSs and
request shapes it never saw. Tuning (policies/waf/crs-tuning-zh.conf, policies/waf/cms/) may only be
fitted to cms_tuning.jsonl; tests/waf/test_corpus.py and bench/waf.py report both.
"""

from __future__ import annotations

import base64
import hashlib
import json
import random
import sys
import urllib.parse
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from tests.waf.data import gen_corpus as base
from tests.waf.data.corpus_kit import record

HERE = Path(__file__).parent
rnd = random.Random(20261203)
Q = urllib.parse.quote
QP = urllib.parse.quote_plus

CRAWLERS = "github.com/SuperJJ2333/Crawler_of_China_govern_website src/total_city_src/"
SOURCES = {
    "trs-hycloud": CRAWLERS + "Hubei_city/Hubei_pro.py (www.hubei.gov.cn /igs/front/search.jhtml, TRS 海云 IGS)",
    "trs-wcm": "TRS WCM published pages /<column>/<yyyymm>/t<yyyymmdd>_<docid>.html and WAS5 /was5/web/search "
    "(public pages of TRS WCM provincial portals)",
    "hanweb-jcms": CRAWLERS + "Jiangsu_city/JIangsu_pro.py (www.js.gov.cn /jsearchfront/, 大汉 JCMS); "
    "JCMS /art/<y>/<m>/<d>/art_<col>_<id>.html, /module/web/jpage/dataproxy.jsp",
    "kaipuyun": CRAWLERS + "Xizang_city/Changdu_city.py, Gansu_city/Jiuquan_city.py (/guestweb4/s, zs.kaipuyun.cn)",
    "anhui-jyh": CRAWLERS + "Anhui_city/Hefei_city.py, Hubei_city/Hubei_pro.py (/site/search/<id>, "
    "/searchFront/search/doSearch: 安徽省政府网站集约化平台)",
    "fujian-ssp": CRAWLERS + "Fujian_city/Fuzhou_pro.py (www.fujian.gov.cn /ssp/search/api/search)",
    "gd-search": CRAWLERS + "Guangdong_city/Guangdong_pro.py (search.gd.gov.cn /api/search/all, JSON body)",
    "jl-intellsearch": CRAWLERS + "Jilin_city/Jilin_pro.py (intellsearch.jl.gov.cn /api/data/list, params=JSON)",
    "hunan-searching": CRAWLERS + "Hunan_city/Hunan_pro.py (searching.hunan.gov.cn /hunan/<code>/news)",
    "sh-wonders": CRAWLERS + "Shanghai_city/Shanghai_city.py (search.sh.gov.cn /searchResult, wondersLog cookie)",
    "vsb-boda": "博达站群 VSB public pages: /info/<tree>/<id>.htm, /system/_content/download.jsp, dynclicks.jsp",
    "zwfw-sso": "政务服务网 统一身份认证: CAS /cas/login?service=, OAuth2 /oauth2/authorize (RFC 6749 §4.1), "
    "ticket/goto hops of provincial one-stop portals",
    "stats-beacon": "statistics beacons: 百度统计 hm.gif, CNZZ stat.htm, 神策 sa.gif, TRS 用户行为分析 _trs_ua, "
    "Matomo matomo.php parameters (public JS SDK documentation)",
    "ysqgk-form": "依申请公开 forms (《政府信息公开条例》第二十九条 fields: "
    "申请人, 证件, 联系方式, 所需信息, 用途, 方式)",
    "zmhd-letter": "政民互动 letters (书记/市长信箱 forms: 标题, 内容, 姓名, 电话, 是否公开)",
    "attachments": "uploads and downloads of 依申请公开/办事 attachments: PDF, OFD (GB/T 33190), DOCX, XLSX, JPG",
}

# Held out entirely: three families no tuning may see. Other families: a (family, shape) group is
# held out when its hash falls in the last third.
HELD_OUT_FAMILIES = ("kaipuyun", "jl-intellsearch", "vsb-boda")


def held_out(family: str, shape: str) -> bool:
    if family in HELD_OUT_FAMILIES:
        return True
    return hashlib.sha256(f"{family}/{shape}".encode()).digest()[0] % 3 == 0


# --- pools -------------------------------------------------------------------------------------------

KEYWORDS = [
    *base.QUERIES,
    "学习考察 考察学习",
    "乡村振兴",
    "政府信息公开指南",
    "权责清单",
    "行政许可 公示",
    "双随机一公开",
    "2025年预算公开",
    "营商环境条例",
    "医保 门诊慢特病",
    "失业保险金 申领",
    "公积金 贷款 额度",
    "专项债 项目",
    "“高效办成一件事”",
    "农村危房改造",
    "耕地地力保护补贴（2024）",
    "秸秆禁烧",
    "优化营商环境十条",
    "人口普查公报",
    "国民经济和社会发展统计公报",
    "政府常务会议",
]
DEPTS = [
    "市发展和改革委员会",
    "市教育局",
    "市公安局",
    "市民政局",
    "市财政局",
    "市人力资源和社会保障局",
    "市自然资源和规划局",
    "市生态环境局",
    "市住房和城乡建设局",
    "市交通运输局",
    "市卫生健康委员会",
]
TITLES = ["关于印发《{}实施方案》的通知", "{}政策解读", "关于{}的公示", "{}工作情况通报", "{}征求意见稿"]
HOST = "www.example.gov.cn"


def kw() -> str:
    return rnd.choice(KEYWORDS)


def title() -> str:
    return rnd.choice(TITLES).format(kw().strip("《》“”"))


def hexid(n: int = 16) -> str:
    return rnd.randbytes(n).hex()


def ts() -> int:
    return rnd.randint(1_700_000_000_000, 1_735_000_000_000)


def page_url() -> str:
    return (
        f"https://{HOST}/art/{rnd.randint(2019, 2025)}/{rnd.randint(1, 12)}/{rnd.randint(1, 28)}/"
        f"art_{rnd.randint(1000, 9999)}_{rnd.randint(100000, 9999999)}.html"
    )


def headers(
    referer: str | None = None, cookies: list[str] | None = None, xhr: bool = False, ctype: str | None = None
) -> dict[str, str]:
    h = base.browser_headers(referer, cookie=False)
    if xhr:
        h["Accept"] = "application/json, text/javascript, */*; q=0.01"
        h["X-Requested-With"] = "XMLHttpRequest"
        h.pop("Upgrade-Insecure-Requests", None)
        h["Sec-Fetch-Mode"] = "cors"
        h["Sec-Fetch-Dest"] = "empty"
    if ctype:
        h["Content-Type"] = ctype
        h["Origin"] = f"https://{HOST}"
    common = [
        f"JSESSIONID={hexid().upper()}",
        f"Hm_lvt_{hexid()}={ts() // 1000}",
        "zh_choose=s",
        f"_trs_uv={hexid(4)}_{rnd.randint(10, 9999)}_{hexid(2)}",
        f"__jsluid_s={hexid()}",
        "arialoadData=true",
        "ariawapChangeViewPort=false",
    ]
    jar = rnd.sample(common, rnd.randint(1, 4)) + (cookies or [])
    if jar:
        h["Cookie"] = "; ".join(jar)
    return h


def req(
    out: list[dict], family: str, shape: str, method: str, path: str, h: dict[str, str], body: str | None = None
) -> None:
    out.append(record(SOURCES[family], family, shape, method, path, h, body))


def json_post(out: list[dict], family: str, path: str, referer: str, doc: dict) -> None:
    """An XHR posting a JSON document (UTF-8, not ASCII-escaped, as browsers' JSON.stringify sends it)."""
    h = headers(referer, xhr=True, ctype="application/json;charset=UTF-8")
    req(out, family, "json-post", "POST", path, h, json.dumps(doc, ensure_ascii=False))


def form(fields: dict[str, object]) -> str:
    return urllib.parse.urlencode({k: str(v) for k, v in fields.items()})


def js_escape(text: str) -> str:
    """JavaScript escape(): %uXXXX for non-Latin-1 (search-history cookies are written with it)."""
    return "".join(
        c
        if c.isascii() and (c.isalnum() or c in "@*_+-./")
        else (f"%{ord(c):02X}" if ord(c) < 256 else f"%u{ord(c):04X}")
        for c in text
    )


# --- families ----------------------------------------------------------------------------------------


def trs_hycloud(out: list[dict]) -> None:
    f = "trs-hycloud"
    for _ in range(70):
        p = {
            "position": rnd.choice(["TITLE", "CONTENT", "ALL"]),
            "timeOrder": "",
            "code": hexid(),
            "orderBy": rnd.choice(["all", "time", "relevance"]),
            "pageSize": 10,
            "type": "",
            "time": "",
            "chnldesc": rnd.choice(["", "政策文件", "工作动态"]),
            "aggrFieldName": "CHNLDESC",
            "sortByFocus": "true",
            "siteId": rnd.randint(1, 80),
            "name": rnd.choice(["武汉市", "宜昌市", "襄阳市"]),
            "sitename": "",
            "SITETYPE": "",
            "searchWord": kw(),
            "pageNumber": rnd.randint(1, 9),
        }
        req(
            out,
            f,
            "search",
            "GET",
            "/igs/front/search.jhtml?" + urllib.parse.urlencode(p),
            headers(
                f"https://{HOST}/site/hb/",
                [f"_trs_ua_s_1={hexid(4)}_{rnd.randint(10, 99)}_{hexid(2)}", f"token={hexid(4)}-{hexid(2)}-{hexid(2)}"],
                xhr=True,
            ),
        )
    for _ in range(40):
        doc = {"channelId": rnd.randint(1000, 9999), "docId": rnd.randint(100000, 9999999), "siteId": 54}
        req(
            out,
            f,
            "json-api",
            "POST",
            "/igs/front/api/doc/visit",
            headers(page_url(), xhr=True, ctype="application/json;charset=UTF-8"),
            json.dumps(doc),
        )
    for _ in range(30):
        req(
            out,
            f,
            "page",
            "GET",
            f"/zwgk/public/column/{rnd.randint(6000000, 6999999)}?type=4&action=list&nav=3&catId={rnd.randint(1, 99)}",
            headers(page_url()),
        )


def trs_wcm(out: list[dict]) -> None:
    f = "trs-wcm"
    cols = ["xxgk/zcwj", "zwgk/zfwj", "xwdt/zwyw", "zfxxgk/fdzdgknr", "hdjl/zxft"]
    for _ in range(60):
        d = f"{rnd.randint(2019, 2025)}{rnd.randint(1, 12):02d}"
        req(
            out,
            f,
            "page",
            "GET",
            f"/{rnd.choice(cols)}/{d}/t{d}{rnd.randint(1, 28):02d}_{rnd.randint(1000000, 9999999)}.html",
            headers(base.search_referer()),
        )
    for _ in range(60):
        w = kw()
        word = rnd.choice(
            [
                w,
                f"({w})",
                f"DOCTITLE=({w})",
                f"doctitle,doccontent+={w}",
                f"DOCTITLE=%{w}% and DOCRELTIME>=2024.01.01",
                f"({w}) and (chnlid=1234)",
            ]
        )
        p = {
            "searchword": word,
            "channelid": rnd.randint(100000, 999999),
            "prepage": rnd.choice([10, 15, 20]),
            "page": rnd.randint(1, 9),
            "orderby": rnd.choice(["-DOCRELTIME", "RELEVANCE", "-docreltime"]),
        }
        req(out, f, "search", "GET", "/was5/web/search?" + urllib.parse.urlencode(p), headers(page_url()))
    for _ in range(30):
        body = form(
            {
                "searchword": kw(),
                "token": hexid(8),
                "channelid": rnd.randint(100000, 999999),
                "perpage": 20,
                "templet": "",
                "sortfield": "-docreltime",
            }
        )
        req(
            out,
            f,
            "search-post",
            "POST",
            "/was5/web/search",
            headers(page_url(), ctype="application/x-www-form-urlencoded"),
            body,
        )


def hanweb(out: list[dict]) -> None:
    f = "hanweb-jcms"
    for _ in range(50):
        p = {
            "websiteid": f"{rnd.choice([320100, 320200, 320500])}000000000",
            "searchid": rnd.randint(1, 99),
            "pg": "",
            "p": rnd.randint(1, 9),
            "tpl": rnd.randint(1, 99),
            "serviceType": "",
            "cateid": rnd.randint(1, 60),
            "q": kw(),
            "pq": "",
            "oq": "",
            "eq": "",
            "pos": rnd.choice(["title", "content", ""]),
            "sortType": rnd.randint(0, 1),
            "begin": "",
            "end": "",
        }
        req(
            out,
            f,
            "search",
            "GET",
            "/jsearchfront/search.do?" + urllib.parse.urlencode(p),
            headers(page_url(), [f"_q={js_escape(kw())}%3A", f"searchsign={hexid()}", f"user_sid={hexid()}"]),
        )
    for _ in range(40):
        body = form(
            {
                "websiteid": "320500000000000",
                "q": kw(),
                "p": rnd.randint(1, 5),
                "pg": 19,
                "cateid": 40,
                "pos": "title",
                "pq": "",
                "oq": "",
                "eq": "",
                "begin": "",
                "sortType": 0,
                "end": "",
                "tpl": 38,
            }
        )
        req(
            out,
            f,
            "search-post",
            "POST",
            "/jsearchfront/interfaces/cateSearch.do",
            headers(
                page_url(),
                [f"CUSSESSIONID={hexid(4)}-{hexid(2)}-{hexid(2)}-{hexid(2)}-{hexid(6)}"],
                xhr=True,
                ctype="application/x-www-form-urlencoded",
            ),
            body,
        )
    for _ in range(40):
        start = rnd.randint(0, 20) * 45 + 1
        body = form(
            {
                "col": 1,
                "appid": 1,
                "webid": rnd.randint(1, 300),
                "path": "/",
                "columnid": rnd.randint(1000, 99999),
                "sourceContentType": 1,
                "unitid": rnd.randint(1000, 999999),
                "webname": rnd.choice(DEPTS),
                "permissiontype": 0,
            }
        )
        req(
            out,
            f,
            "dataproxy",
            "POST",
            f"/module/web/jpage/dataproxy.jsp?startrecord={start}&endrecord={start + 44}&perpage=15",
            headers(page_url(), xhr=True, ctype="application/x-www-form-urlencoded; charset=UTF-8"),
            body,
        )
    for _ in range(30):
        req(out, f, "page", "GET", urllib.parse.urlparse(page_url()).path, headers(base.search_referer()))


def kaipuyun(out: list[dict]) -> None:
    f = "kaipuyun"
    for _ in range(90):
        w = kw()
        p = {
            "searchWord": Q(w),
            "column": Q("全部"),
            "pageSize": 10,
            "pageNum": rnd.randint(0, 9),
            "siteCode": rnd.randint(1000000000, 9999999999),
            "sonSiteCode": "",
            "checkHandle": 1,
            "searchSource": 0,
            "govWorkBean": "{}",
            "areaSearchFlag": rnd.choice([-1, 0]),
            "secondSearchWords": "",
            "topical": "",
            "docName": "",
            "label": "",
            "countKey": 0,
            "uc": 0,
            "left_right_index": 0,
            "searchBoxSettingsIndex": "",
            "manualWord": Q(w),
            "orderBy": rnd.randint(0, 1),
            "startTime": "",
            "endTime": "",
            "timeStamp": 0,
            "strFileType": "",
            "wordPlace": rnd.randint(0, 1),
        }
        code = p["siteCode"]
        cookies = [
            f"firstWord={js_escape(w)}",
            f"userSearch=siteCode-{code}&column-{Q('全部')}&uc-0&firstWord-{Q(w)}&searchWord-{Q(w)}"
            f"&searchTime-2024070117{rnd.randint(1000, 5999)}&searchUseTime-{rnd.randint(100, 999)}",
            f"{code}={base64.b64encode(w.encode()).decode()}",
            "mozi-assist={%22show%22:false%2C%22audio%22:false%2C%22speed%22:%22middle%22%2C%22zomm%22:1"
            "%2C%22cursor%22:false%2C%22pointer%22:false%2C%22bigtext%22:false%2C%22overead%22:false}",
            f"yfx_c_g_u_id_10000001=_ck{rnd.randint(10**17, 10**18)}",
        ]
        req(
            out,
            f,
            "search",
            "GET",
            "/guestweb4/s?" + urllib.parse.urlencode(p),
            headers(f"https://{HOST}/", rnd.sample(cookies, rnd.randint(2, 5))),
        )
    for _ in range(30):
        req(
            out,
            f,
            "suggest",
            "GET",
            f"/guestweb4/suggest?siteCode={rnd.randint(10**9, 10**10)}&searchWord={Q(kw())}&_={ts()}",
            headers(f"https://{HOST}/guestweb4/s", xhr=True),
        )


def anhui(out: list[dict]) -> None:
    f = "anhui-jyh"
    for _ in range(60):
        p = {
            "platformCode": "",
            "fuzzySearch": rnd.choice(["false", "true"]),
            "isAllSite": "true",
            "siteId": "",
            "columnId": "",
            "columnIds": "",
            "typeCode": "all",
            "beginDate": "",
            "endDate": "",
            "fromCode": "",
            "keywords": kw(),
            "oldKeywords": "",
            "subkeywords": "",
            "filterKeyWords": "",
            "excColumns": "",
            "dateKey": "publishDate",
            "datecode": "",
            "sort": "intelligent",
            "type": "",
            "tableColumnId": "",
            "indexNum": "",
            "fileNum": "",
            "flag": "false",
            "pageIndex": rnd.randint(1, 9),
            "pageSize": 10,
            "colloquial": "true",
        }
        req(
            out,
            f,
            "search",
            "GET",
            f"/site/search/{rnd.randint(6000000, 6999999)}?" + urllib.parse.urlencode(p),
            headers(
                page_url(),
                [
                    f"search_history={Q(kw())}%2C{Q(kw())}",
                    f"hefei_gova_SHIROJSESSIONID={hexid(4)}-{hexid(2)}",
                    f"__jsl_clearance_s={ts() // 1000}.{rnd.randint(100, 999)}|0|"
                    f"{Q(base64.b64encode(rnd.randbytes(20)).decode())}",
                ],
            ),
        )
    for _ in range(50):
        p = {
            "_": rnd.random(),
            "pageSize": 20,
            "contentLength": 80,
            "isHighlight": 1,
            "columnId": "",
            "keywords": kw(),
            "subkeywords": "",
            "typeCode": "all",
            "isAllSite": "true",
            "platformCode": "",
            "siteId": "",
            "fromCode": "title",
            "fuzzySearch": "true",
            "datecode": "",
            "orderType": 0,
            "doColloquialConvert": "true",
            "minScore": "",
            "fileNums": "",
            "publishDepartment": rnd.choice(["", *DEPTS]),
            "pageIndex": rnd.randint(1, 9),
        }
        req(
            out,
            f,
            "json-api",
            "GET",
            "/searchFront/search/doSearch?" + urllib.parse.urlencode(p),
            headers(page_url(), xhr=True),
        )


def fujian(out: list[dict]) -> None:
    f = "fujian-ssp"
    for _ in range(80):
        p = {
            "isCollapse": "",
            "siteType": 1,
            "typeQueryJsonToMap": rnd.choice(["", json.dumps({"fileType": "政策文件"}, ensure_ascii=False)]),
            "pubOrgType": "",
            "jiGuanList": "",
            "siteCode": "",
            "zhuTiIdList": "",
            "isCrdept": "",
            "mainSiteId": hexid(16),
            "siteId": hexid(16),
            "depSiteId": hexid(16),
            "type": 2,
            "page": rnd.randint(1, 9),
            "rows": 10,
            "historyId": hexid(16),
            "sourceType": "SSP_ZHSS",
            "isChange": 0,
            "fullKey": "N",
            "wbServiceType": 13,
            "fileType": "",
            "feaTypeName": "",
            "fileNo": "",
            "pubOrg": "",
            "zfgbPubOrg": "",
            "themeType": "",
            "searchTime": "",
            "startDate": "",
            "endDate": "",
            "sortFiled": rnd.choice(["RELEVANCE", "PUBDATE"]),
            "searchFiled": rnd.choice(["docTitle", "all"]),
            "dirUseLevel": "",
            "issueYear": "",
            "publishYear": "",
            "issueMonth": "",
            "allKey": "",
            "fullWord": "",
            "oneKey": "",
            "notKey": "",
            "totalIssue": "",
            "chnlName": "",
            "zfgbTitle": "",
            "zfgbContent": "",
            "bsDeptId": "",
            "siteName": rnd.choice(["福州市", "厦门市", "泉州市"]),
            "keyWord": kw(),
            "isProvince": 1,
        }
        req(
            out,
            f,
            "search-post",
            "POST",
            "/ssp/search/api/search",
            headers(
                f"https://{HOST}/ssp/main/index.html?key={Q(kw())}&siteId={hexid(16)}&isMain=",
                [f"_gscu_{rnd.randint(10**9, 10**10)}={hexid(8)}", "BFreeDialect=0", "Secure"],
                xhr=True,
                ctype="application/x-www-form-urlencoded; charset=UTF-8",
            ),
            form(p),
        )
    for _ in range(30):
        req(
            out, f, "page", "GET", f"/ssp/main/index.html?key={Q(kw())}&siteId={hexid(16)}&isMain=", headers(page_url())
        )


def guangdong(out: list[dict]) -> None:
    f = "gd-search"
    for _ in range(80):
        body = {
            "page": str(rnd.randint(1, 9)),
            "keywords": kw(),
            "sort": rnd.choice(["smart", "time"]),
            "site_id": str(rnd.randint(1, 9)),
            "range": rnd.choice(["city", "province", "site"]),
            "position": rnd.choice(["title", "all"]),
            "service_area": str(rnd.randint(600, 800)),
            "recommand": 1,
            "gdbsDivision": "440000",
        }
        hist = json.dumps([kw(), kw()])  # PHP json_encode: \uXXXX escapes, then URL-encoded
        xsrf = base64.b64encode(
            json.dumps(
                {
                    "iv": base64.b64encode(rnd.randbytes(16)).decode(),
                    "value": base64.b64encode(rnd.randbytes(48)).decode(),
                    "mac": hexid(32),
                }
            ).encode()
        ).decode()
        h = headers(
            f"https://{HOST}/search?keywords={Q(body['keywords'])}",
            [
                f"cmssearch_session={base64.b64encode(rnd.randbytes(30)).decode().rstrip('=')}",
                f"SEARCH_LIST={Q(hist)}",
                f"XSRF-TOKEN={Q(xsrf)}",
            ],
            xhr=True,
            ctype="application/json",
        )
        h["X-XSRF-TOKEN"] = xsrf
        req(out, f, "json-post", "POST", "/api/search/all", h, json.dumps(body, ensure_ascii=rnd.random() < 0.5))
    for _ in range(30):
        req(out, f, "suggest", "GET", f"/api/search/suggest?keywords={Q(kw())}&site_id=2", headers(xhr=True))


def jilin(out: list[dict]) -> None:
    f = "jl-intellsearch"
    for _ in range(80):
        params = {
            "word": "",
            "page": rnd.randint(1, 9),
            "size": 10,
            "stype": "10",
            "area": f"220{rnd.randint(1, 8)}00",
            "atype": "3",
            "dept": "",
            "ttype": "0",
            "start": "",
            "end": "",
            "itype": "",
            "mattType": "0",
            "serverType": "0",
            "sort": "0",
            "aword": "",
            "hword": kw(),
            "nword": "",
            "dtword": "",
            "scope": "2",
            "selecttp": "10",
            "filetype": "全部",
            "fileyear": "全部",
            "stypeChild": "0",
            "hs": "0",
            "flag": "senior",
            "satisfiedId": hexid(16).upper(),
        }
        sensors = {
            "distinct_id": f"{hexid(6)}-{hexid(7)}",
            "first_id": "",
            "props": {
                "$latest_traffic_source_type": "引荐流量",
                "$latest_search_keyword": "未取到值",
                "$latest_referrer": "http://www.jlcity.gov.cn/",
            },
            "identities": base64.b64encode(json.dumps({"$identity_cookie_id": hexid(8)}).encode()).decode(),
        }
        h = headers(
            f"https://{HOST}/",
            [
                f"sensorsdata2015jssdkcross={Q(json.dumps(sensors, ensure_ascii=False))}",
                "sajssdk_2015_cross_new_user=1",
                f"trs_search_uv={hexid(18).upper()}",
                f"wzws_sessionid={base64.b64encode(rnd.randbytes(30)).decode()}",
            ],
            xhr=True,
            ctype="application/x-www-form-urlencoded; charset=UTF-8",
        )
        req(
            out,
            f,
            "search-post",
            "POST",
            "/api/data/list",
            h,
            "params=" + Q(json.dumps(params, ensure_ascii=False, separators=(",", ":"))),
        )
    for _ in range(20):
        req(out, f, "page", "GET", f"/search/index.html?hword={Q(kw())}&area=220{rnd.randint(1, 8)}00", headers())


def hunan(out: list[dict]) -> None:
    f = "hunan-searching"
    for _ in range(90):
        p = {
            "q": kw(),
            "searchfields": rnd.choice(["title", "", "content"]),
            "sm": rnd.randint(0, 1),
            "columnCN": "",
            "iszq": "",
            "aggr_iszq": "",
            "p": rnd.randint(0, 9),
            "timetype": rnd.choice(["timeqb", "timeyn", "timeyz"]),
        }
        req(
            out,
            f,
            "search",
            "GET",
            f"/hunan/{rnd.randint(971000000, 983999999)}/news?" + urllib.parse.urlencode(p),
            headers(page_url()),
        )


def shanghai(out: list[dict]) -> None:
    f = "sh-wonders"
    for _ in range(80):
        log = {
            "persistedTime": ts(),
            "updatedTime": ts(),
            "sessionStartTime": ts(),
            "sessionReferrer": f"https://{HOST}/search?siteId=www.shanghai.gov.cn&text={Q(kw())}",
            "recommend_code": rnd.randint(10**15, 10**16),
            "sessionUuid": rnd.randint(10**15, 10**16),
            "LASTEVENT": {"eventId": "wondersLog_pv", "time": ts()},
            "deviceId": f"{hexid()}-{rnd.randint(1000, 9999)}",
            "costTime": {"wondersLog_unload": ts()},
        }
        body = form(
            {
                "text": kw(),
                "pageNo": rnd.randint(1, 9),
                "pageSize": 10,
                "siteId": "www.shanghai.gov.cn",
                "searchMode": rnd.choice(["", "1"]),
                "sortMode": rnd.choice(["", "pubTime"]),
                "category": rnd.choice(["", "xxgk", "bsfw"]),
                "attrId": "",
                "pubTimeStart": "",
                "pubTimeEnd": "",
            }
        )
        req(
            out,
            f,
            "search-post",
            "POST",
            "/searchResult",
            headers(
                f"https://{HOST}/search?siteId=www.shanghai.gov.cn&text={Q(kw())}",
                [
                    f"wondersLog_zwdt_sdk={Q(json.dumps(log, separators=(',', ':')))}",
                    f"wondersLog_zwdt_G_D_I={hexid()}-{rnd.randint(1000, 9999)}",
                    f"AlteonP={hexid(8)}$$",
                ],
                xhr=True,
                ctype="application/x-www-form-urlencoded; charset=UTF-8",
            ),
            body,
        )


def vsb(out: list[dict]) -> None:
    f = "vsb-boda"
    for _ in range(40):
        req(
            out,
            f,
            "page",
            "GET",
            f"/info/{rnd.randint(1001, 1099)}/{rnd.randint(1000, 99999)}.htm",
            headers(base.search_referer()),
        )
    for _ in range(30):
        req(
            out,
            f,
            "list",
            "GET",
            f"/list.jsp?urltype=tree.TreeTempUrl&wbtreeid={rnd.randint(1001, 1099)}",
            headers(page_url()),
        )
    for _ in range(30):
        code = base64.b64encode(kw().encode()).decode()
        req(
            out,
            f,
            "search",
            "GET",
            f"/search.jsp?wbtreeid=1001&searchScope=0&currentnum={rnd.randint(1, 9)}&newskeycode2={Q(code)}",
            headers(page_url()),
        )
    for _ in range(30):
        req(
            out,
            f,
            "click-counter",
            "GET",
            f"/system/resource/code/news/click/dynclicks.jsp?clickid={rnd.randint(1000, 99999)}"
            f"&owner={rnd.randint(10**9, 2 * 10**9)}&clicktype=wbnews",
            headers(page_url(), xhr=True),
        )
    for _ in range(20):
        req(
            out,
            f,
            "download",
            "GET",
            f"/system/_content/download.jsp?urltype=news.DownloadAttachUrl"
            f"&owner={rnd.randint(10**9, 2 * 10**9)}&wbfileid={rnd.randint(10**6, 10**7)}",
            headers(page_url()),
        )


def sso(out: list[dict]) -> None:
    f = "zwfw-sso"
    portals = ["https://zwfw.example.gov.cn/", "https://www.example.gov.cn/hdjl/", "https://ythbgpt.example.gov.cn/"]
    for _ in range(40):
        service = rnd.choice(portals) + rnd.choice(["", "index.html", f"bsdt/item?itemCode={hexid(8)}&areaCode=370100"])
        req(out, f, "cas-login", "GET", f"/cas/login?service={Q(service, safe='')}", headers(service))
    for _ in range(40):
        back = rnd.choice(portals) + f"callback?from={Q(page_url(), safe='')}"
        p = {
            "response_type": "code",
            "client_id": hexid(8),
            "redirect_uri": back,
            "scope": "openid profile",
            "state": base64.urlsafe_b64encode(json.dumps({"r": page_url(), "t": ts()}).encode()).decode(),
        }
        req(out, f, "oauth-authorize", "GET", "/oauth2/authorize?" + urllib.parse.urlencode(p), headers(back))
    for _ in range(30):
        p = {
            "ticket": f"ST-{rnd.randint(10**5, 10**6)}-{base64.urlsafe_b64encode(rnd.randbytes(15)).decode()}-cas",
            "goto": base64.b64encode(page_url().encode()).decode(),
        }
        req(
            out,
            f,
            "ticket-return",
            "GET",
            "/sso/callback?" + urllib.parse.urlencode(p),
            headers("https://tyrz.example.gov.cn/"),
        )
    for _ in range(30):
        info = {
            "userName": rnd.choice(["张**", "李*明", "王**"]),
            "userType": rnd.choice(["1", "2"]),
            "loginType": "face",
        }
        cookie = [f"SSO_USER={Q(json.dumps(info, ensure_ascii=False))}", f"tgc={hexid(20)}"]
        req(
            out,
            f,
            "portal-page",
            "GET",
            f"/bsdt/item?itemCode={hexid(8)}&areaCode=3701{rnd.randint(10, 99)}",
            headers("https://tyrz.example.gov.cn/", cookie),
        )


def beacons(out: list[dict]) -> None:
    f = "stats-beacon"
    for _ in range(40):
        u = page_url()
        p = {
            "cc": 1,
            "ck": 1,
            "cl": "24-bit",
            "ds": "1920x1080",
            "vl": rnd.randint(600, 1000),
            "et": 0,
            "ja": 0,
            "ln": "zh-cn",
            "lo": 0,
            "lt": ts() // 1000,
            "rnd": rnd.randint(10**9, 2 * 10**9),
            "si": hexid(),
            "v": "1.3.2",
            "lv": rnd.randint(1, 3),
            "sn": rnd.randint(10000, 60000),
            "r": 0,
            "ww": 1903,
            "ct": "!!",
            "u": u,
            "tt": title(),
        }
        req(out, f, "baidu-hm", "GET", "/hm.gif?" + urllib.parse.urlencode(p), headers(u))
    for _ in range(30):
        u = page_url()
        p = {
            "id": rnd.randint(10**9, 2 * 10**9),
            "r": base.search_referer(),
            "lg": "zh-cn",
            "ntime": ts() // 1000,
            "cnzz_eid": f"{rnd.randint(10**9, 2 * 10**9)}-{ts() // 1000}-{Q(u, safe='')}",
            "showp": "1920x1080",
            "p": u,
            "t": title(),
            "umuuid": hexid(8),
            "h": 1,
            "rnd": rnd.randint(10**9, 2 * 10**9),
        }
        req(out, f, "cnzz", "GET", "/stat.htm?" + urllib.parse.urlencode(p), headers(u))
    for _ in range(30):
        event = {
            "distinct_id": hexid(8),
            "lib": {"$lib": "js", "$lib_version": "1.25.0"},
            "properties": {
                "$url": page_url(),
                "$title": title(),
                "$referrer": base.search_referer(),
                "$screen_width": 1920,
                "$latest_search_keyword": kw(),
            },
            "type": "track",
            "event": "$pageview",
            "_track_id": rnd.randint(10**8, 10**9),
        }
        data = base64.b64encode(json.dumps(event, ensure_ascii=False).encode()).decode()
        req(
            out,
            f,
            "sensors",
            "GET",
            f"/sa.gif?project=default&data={Q(data)}&ext=crc%3D{rnd.randint(10**8, 10**9)}",
            headers(page_url()),
        )
    for _ in range(30):
        u = page_url()
        p = {
            "idsite": rnd.randint(1, 99),
            "rec": 1,
            "r": rnd.randint(100000, 999999),
            "h": 10,
            "m": 5,
            "s": 1,
            "url": u,
            "urlref": base.search_referer(),
            "_id": hexid(8),
            "_idn": 0,
            "send_image": 0,
            "action_name": f"{title()} - {rnd.choice(DEPTS)}",
            "pv_id": hexid(3),
            "res": "1920x1080",
            "cookie": 1,
            "uadata": json.dumps(
                {"fullVersionList": [{"brand": "Chromium", "version": "126.0"}], "platform": "Windows"}
            ),
        }
        req(out, f, "matomo", "GET", "/matomo.php?" + urllib.parse.urlencode(p), headers(u))
    for _ in range(30):
        u = page_url()
        req(
            out,
            f,
            "trs-ta",
            "GET",
            f"/ta/ta.gif?_trs_uv={hexid(4)}_{rnd.randint(10, 99)}_{hexid(2)}&_trs_ua_s_1="
            f"{hexid(4)}&url={Q(u, safe='')}&title={Q(title())}&ref={Q(base.search_referer(), safe='')}&_={ts()}",
            headers(u),
        )


def ysqgk(out: list[dict]) -> None:
    f = "ysqgk-form"
    for i in range(70):
        fields = {
            "sqrlx": rnd.choice(["公民", "法人或者其他组织"]),
            "xm": rnd.choice(["张伟", "王芳", "李娜", "刘洋"]),
            "gzdw": rnd.choice(["", "某某科技有限公司", "市第一中学"]),
            "zjmc": "居民身份证",
            "zjhm": f"3701{rnd.randint(10**13, 10**14 - 1)}",
            "txdz": f"{rnd.choice(base.PLACES)}经十路{rnd.randint(1, 999)}号",
            "yzbm": "250000",
            "lxdh": f"1{rnd.randint(3 * 10**9, 9 * 10**9)}",
            "dzyx": f"user{i}@163.com",
            "sqgkxxnr": f"申请公开{rnd.choice(DEPTS)}关于“{kw()}”的文件（文号：济政发〔{rnd.randint(2019, 2024)}〕"
            f"{rnd.randint(1, 40)}号）及其附件。" + base.letter_text(rnd.randint(1, 4)),
            "yt": rnd.choice(["自身生产、生活、科研等特殊需要", "学术研究", ""]),
            "gkfs": rnd.choice(["纸质", "电子邮件", "光盘"]),
            "hqfs": rnd.choice(["邮寄", "当面领取", "电子邮件"]),
        }
        req(
            out,
            f,
            "form",
            "POST",
            "/ysqgk/apply/submit",
            headers(f"https://{HOST}/ysqgk/apply/index.html", ctype="application/x-www-form-urlencoded"),
            form(fields),
        )
    for _ in range(40):
        d = {
            "applyType": "1",
            "applicant": {"name": "赵敏", "idType": "身份证", "phone": "13800000000"},
            "content": f"请公开“{kw()}”相关文件。" + base.letter_text(rnd.randint(1, 3)),
            "purpose": "学术研究",
            "receiveMode": ["邮寄", "电子邮件"],
        }
        json_post(out, f, "/ysqgk/api/apply", f"https://{HOST}/ysqgk/", d)
    for _ in range(20):
        req(out, f, "query", "GET", f"/ysqgk/apply/query?cxm={hexid(4).upper()}&xm={Q('张伟')}", headers())


def zmhd(out: list[dict]) -> None:
    f = "zmhd-letter"
    for i in range(70):
        fields = {
            "title": rnd.choice(base.LETTER_TITLES),
            "content": base.letter(i),
            "name": "市民",
            "phone": f"1{rnd.randint(3 * 10**9, 9 * 10**9)}",
            "isopen": rnd.randint(0, 1),
            "lettertype": rnd.choice(["咨询", "建议", "投诉", "求助"]),
            "captcha": hexid(2),
        }
        req(
            out,
            f,
            "form",
            "POST",
            f"/hdjl/{rnd.choice(['szxx', 'sjxx', 'zxts'])}/submit",
            headers(f"https://{HOST}/hdjl/", ctype="application/x-www-form-urlencoded"),
            form(fields),
        )
    for i in range(40):
        d = {
            "title": rnd.choice(base.LETTER_TITLES),
            "content": base.letter(i + 100),
            "open": True,
            "contact": {"name": "市民", "mobile": "13900000000"},
            "attachments": [],
        }
        json_post(out, f, "/hdjl/api/letter", f"https://{HOST}/hdjl/", d)
    for _ in range(30):
        req(
            out,
            f,
            "list",
            "GET",
            f"/hdjl/list?type={rnd.choice(['szxx', 'zxts'])}&keyword={Q(kw())}&page={rnd.randint(1, 9)}",
            headers(),
        )


FILES = [
    (
        "关于{}的申请.pdf",
        "application/pdf",
        "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n",
    ),
    (
        "{}（盖章版）.ofd",
        "application/ofd",
        'PK\x03\x04\x14\x00\x08\x00OFD.xml<ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016" '
        'DocType="OFD" Version="1.0"><ofd:DocBody><ofd:DocInfo><ofd:Title>{}</ofd:Title></ofd:DocInfo>',
    ),
    (
        "{}.docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        'PK\x03\x04\x14\x00\x06\x00[Content_Types].xml<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml"/>',
    ),
    (
        "{}汇总表.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        'PK\x03\x04\x14\x00\x06\x00xl/workbook.xml<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
    ),
    ("身份证正面_{}.jpg", "image/jpeg", "\u00ff\u00d8\u00ff\u00e0\x00\x10JFIF\x00\x01\x01\x00\x00\x01"),
]


def attachments(out: list[dict]) -> None:
    f = "attachments"
    for _i in range(80):
        name, ctype, head = rnd.choice(FILES)
        name = name.format(kw().strip("《》“”？?！!。").replace(" ", "")[:12])
        boundary = (
            f"----WebKitFormBoundary{base64.b64encode(rnd.randbytes(12)).decode().replace('+', 'x').replace('/', 'y')}"
        )
        parts = [
            f'--{boundary}\r\nContent-Disposition: form-data; name="itemCode"\r\n\r\n{hexid(8)}\r\n',
            f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{name}"\r\n'
            f"Content-Type: {ctype}\r\n\r\n{head.format(title())}{'x' * rnd.randint(100, 2000)}\r\n",
            f"--{boundary}--\r\n",
        ]
        path = rnd.choice(["/ysqgk/upload", "/bsdt/attachment/upload", "/hdjl/upload.do", "/api/file/upload"])
        req(
            out,
            f,
            "upload",
            "POST",
            path,
            headers(f"https://{HOST}/ysqgk/apply/index.html", ctype=f"multipart/form-data; boundary={boundary}"),
            "".join(parts),
        )
    for _ in range(40):
        name, _, _ = rnd.choice(FILES)
        fn = name.format(kw().strip("《》“”？?！!。").replace(" ", "")[:12])
        req(
            out,
            f,
            "download",
            "GET",
            rnd.choice(
                [
                    f"/module/download/downfile.jsp?classid=0&filename={Q(fn)}",
                    f"/attachment/{rnd.randint(2019, 2025)}/{hexid(8)}.{fn.rsplit('.', 1)[1]}?name={Q(fn)}",
                    f"/files/download?fileId={hexid(8)}&fileName={Q(Q(fn))}",
                ]
            ),
            headers(page_url()),
        )


FAMILIES = [
    trs_hycloud,
    trs_wcm,
    hanweb,
    kaipuyun,
    anhui,
    fujian,
    guangdong,
    jilin,
    hunan,
    shanghai,
    vsb,
    sso,
    beacons,
    ysqgk,
    zmhd,
    attachments,
]


def gen() -> list[dict]:
    out: list[dict] = []
    for family in FAMILIES:
        family(out)
    return out


def main() -> None:
    reqs = gen()
    tuning = [r for r in reqs if not held_out(r["family"], r["shape"])]
    heldout = [r for r in reqs if held_out(r["family"], r["shape"])]
    for name, part in (("cms_tuning.jsonl", tuning), ("cms_heldout.jsonl", heldout)):
        (HERE / name).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in part), encoding="utf-8")
    fams = sorted({r["family"] for r in reqs})
    print(f"{len(reqs)} requests, {len(fams)} families: tuning {len(tuning)}, held-out {len(heldout)}")
    groups = sorted({r["label"] for r in heldout})
    print("held-out groups:", ", ".join(groups))


if __name__ == "__main__":
    main()
