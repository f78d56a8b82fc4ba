"""Generate corpus AG: a THIRTY-THIRD set of ordinary requests to Chinese government sites, independent of A-Z and AA-AF.

    python tests/waf/data/gen_cms_corpus_ag.py   # writes cms_ag_tuning.jsonl and cms_ag_heldout.jsonl next to it

Why another corpus: each fresh corpus so far has found kinds of ordinary traffic the earlier ones lacked, and AG
measures the WAF's false positives on traffic no tuning round has seen. Corpus AG is a month of the LEGACY
E-GOVERNMENT APPLICATION STACKS still running on the provincial cloud (陕西省 as the model): the 审批, 办公, 业务 系统
and 网站 back offices built between 2005 and 2016 and migrated as they were, as civil servants, enterprises and
citizens still use them: framework traffic, written as the real frameworks send it. None of A-Z or AA-AF has these
kinds (F's weather-aqi has one plain ASP.NET form post, G's soap-exchange has ASMX SOAP, H's finereport-bi is 帆软,
K's tax-invoice has jQuery JSONP 发票 查验; AG has none of their shapes): ASP.NET WebForms postbacks (GridView Page$3, Sort$
and Select$ events whose __EVENTTARGET names a posted control, control names with $, __VIEWSTATE and
__EVENTVALIDATION in ObjectStateFormatter's format with their MACs, __VIEWSTATEGENERATOR, __LASTFOCUS, __PREVIOUSPAGE,
TreeView and Calendar events, FileUpload posts from IE with local paths); ASP.NET AJAX (UpdatePanel async posts with
ScriptManager1=UpdatePanel1|btnQuery and __ASYNCPOST=true, Timer ticks, PageMethods and ASMX ScriptService JSON,
AjaxControlToolkit AutoComplete and CascadingDropDown, WebResource.axd and ScriptResource.axd with UrlTokenEncoded d=
and ticks t=); Struts 2 and WebWork (*.action with dotted bean names, list[0].id indices, struts.token, __checkbox_
fields, xxx!view.action, upload fields, Uploadify posts from Flash Player); Struts 1 DispatchAction and Spring MVC 3
with jQuery 1.x (?method=list, jqGrid with nd= and filters, EasyUI datagrid, DataTables 1.9 sEcho/iDisplayStart,
DisplayTag d-NNNN-p and 6578706f7274=1 exports, JSONP callback=jQuery17…_ with _=, Spring _field=on hidden fields);
JSF (Mojarra jsf.js partial ajax with javax.faces.ViewState, PrimeFaces DataTable paging and sorting and
autocomplete and FileUpload, RichFaces 3 AJAXREQUEST=_viewRoot, ICEfaces 1.8 send-receive-updates, jsessionid URL
rewriting, javax.faces.resource GETs); DWR 2/3 (plaincall batches in the exact line format: callCount, c0-param0 of
string:, number:, boolean:, Date:, array:[reference:…] and Object_Object:{…}, Multiple.2.dwr, engine.js, htmlcall
uploads); GWT-RPC (version 7 payloads whose string tables, indices and type signatures are those GWT writes,
X-GWT-Permutation and X-GWT-Module-Base); ExtJS 3 and 4 (_dc=, page/start/limit, sort and filter JSON, node=root,
remote combos, Ext.Direct rpc batches with their tids, JSON writers, iframe uploads); Flex and BlazeDS over HTTPChannel
(AMFX, the XML form of AMF 3, carrying RemotingMessage and CommandMessage objects with typed VOs: ping, login,
subscribe, poll; x-flash-version, Referer
…swf/[[DYNAMIC]]/1, crossdomain.xml, RSLs); Oracle APEX (f?p=100:5:session::NO:RP:P5_ID:42, wwv_flow.accept with
p_arg_names and p_t01…, wwv_flow.show application processes and interactive reports, wwv_flow.ajax p_json);
classic ASP and JSP portals (GBK percent-encoded queries and forms as IE sent them, frameset pages, Response.Redirect
hops, ;jsessionid=, j_security_check, ASP upload components, counters); and report viewers of that era (BIRT
frameset, run and its SOAP GetUpdatedObjects, JasperReports Server flows, exports and rest_v2 input controls, 润乾
showReport.jsp). IE 8-11 and their compatibility views (360 安全浏览器 兼容模式, Edge IE mode), modern browsers,
Flash Player, Java clients and the systems' own servers send them. Names, ids, keys and tokens are this generator's,
not published ones. ``SOURCES`` names the public material each family's URLs, parameters, headers and bodies follow;
values are generated deterministically (``SEED``); HOST is a placeholder the evaluation replaces. Where the
receiving frameworks check something (ViewState and EventValidation MACs, event targets that are posted controls,
DWR line formats and callCount, GWT-RPC string-table indices and type signatures, AMFX traits and references, JSF
ViewState ids and partial parameters, Struts tokens and list indices, Ext.Direct tids, APEX arrays of equal length,
GBK that decodes, upload magic bytes) the generator does it for real, so the fast tests can check the requests the
way the receiving servers would. Nothing here is an attack: every value is what the real service receives. One
limit of the record format: a body that is not multipart must be UTF-8 text (corpus_kit.check_record), and binary
AMF (the AMFChannel's AMF0 packets, whose U29 trait headers and lengths are not UTF-8) cannot be stored, so AG's Flex
clients use BlazeDS's HTTPChannel, which carries the same messages as AMFX XML.

Each request is one JSONL record as in corpora A-Z and AA-AF (method, path, headers, body or body_b64) tagged with
its ``family``, ``shape``, ``source`` and ``label`` = family/shape, and passes corpus_kit.check_record.

THE SPLIT is corpus_kit.HashSplit's rule with the salt "corpus-ag/", decided and written down here before the corpus
was generated and before anything was evaluated (no WAF result on AG was seen by its author; docs/waf.md, held-out
discipline): the three families whose sha256("corpus-ag/<family>") hex digests sort first are held out whole, and no
tuning may see them; in every other family a (family, shape) group is held out when
sha256("corpus-ag/<family>/<shape>") has a first byte divisible by 4; everything else is the tuning part. Made once;
never re-split, edited or regenerated to pass.
"""  # noqa: E501 - the series' first line (independent of A-Z and AA-AF) is one line

from __future__ import annotations

import base64
import hashlib
import hmac
import struct
import sys
import urllib.parse
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from xml.sax.saxutils import escape as xml_escape

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # run as a script from anywhere

from tests.waf.data import gen_cms_corpus_af as corpus_af
from tests.waf.data.corpus_kit import (
    SITE,
    HashSplit,
    check_record,
    family_registry,
    generate,
    part_files,
    write_corpus,
)
from tests.waf.data.gen_cms_corpus_e import JQ_ACCEPT, JQ_FORM, form, jpeg, jq, qs, uri  # E's
from tests.waf.data.gen_cms_corpus_f import pdf_head, png, uscc  # F's
from tests.waf.data.gen_cms_corpus_j import project_code  # J's
from tests.waf.data.gen_cms_corpus_m import DOCX_CT, docx  # M's
from tests.waf.data.gen_cms_corpus_w import js_doc  # W's
from tests.waf.data.gen_cms_corpus_z import navigations  # Z's

TUNING_FILE, HELD_OUT_FILE = part_files("ag")
SEED = 20310321
SALT = "corpus-ag/"

SOURCES = {
    "aspnet-webforms-postback": "ASP.NET 2.0-4.8 Web Forms (docs.microsoft.com: Page.IsPostBack, __doPostBack, "
    "ClientScriptManager, GridView paging/sorting/selecting events Page$n, Sort$expr, Select$i, Control.UniqueID with "
    "$ separators, AutoPostBack and __LASTFOCUS, TreeView and Calendar postback arguments, cross-page posting with "
    "PostBackUrl and __PREVIOUSPAGE, FileUpload; ObjectStateFormatter tokens and the ViewState and EventValidation "
    "MACs keyed by <machineKey> with __VIEWSTATEGENERATOR as modifier) as IE 8-11, compatibility views and current "
    "browsers post them to 行政 审批 systems",
    "aspnet-ajax-scriptmanager": "ASP.NET AJAX (System.Web.Extensions: ScriptManager, UpdatePanel partial rendering "
    "via Sys.WebForms.PageRequestManager with X-MicrosoftAjax: Delta=true and __ASYNCPOST=true, Timer, PageMethods "
    "and [ScriptService] ASMX JSON, WebResource.axd and ScriptResource.axd with HttpServerUtility.UrlTokenEncode d "
    "and ticks t), AjaxControlToolkit AutoCompleteExtender (prefixText, count, contextKey) and CascadingDropDown "
    "(knownCategoryValues, category), jQuery $.ajax to ASMX as 工程 建设 监管 systems use them",
    "struts2-action": "Apache Struts 2 / WebWork 2 (struts.apache.org: *.action URLs, OGNL-free bean property names "
    "bean.prop, indexed list[0].prop type conversion, token interceptor struts.token.name/token, s:checkbox "
    "__checkbox_ hidden fields, s:select __multiselect_, dynamic method invocation action!method, "
    "FileUploadInterceptor upload/uploadFileName/uploadContentType, struts2-json-plugin), jQuery 1.x $.ajax with "
    "cache:false _= and Uploadify 2.x over Flash FileReference (Filename, Filedata, Upload=Submit Query) as 投资 项目 "
    "备案 systems use them",
    "struts1-springmvc-jquery": "Apache Struts 1.x DispatchAction (*.do?method=), Spring MVC 3 (@RequestMapping *.do "
    "and *.htm, form:checkbox _field=on markers, nested paths), jQuery 1.4-1.12 ($.ajax cache:false _=, JSONP "
    "callback=jQuery<expando>_<nonce> and _=<nonce+1>, jquery.form ajaxSubmit), jqGrid 4 (_search, nd, rows, page, "
    "sidx, sord, filters groupOp/rules), jQuery EasyUI datagrid (page, rows, sort, order), DataTables 1.9 server-side "
    "(sEcho, iColumns, iDisplayStart, mDataProp_n, iSortCol_0) and DisplayTag 1.2 (d-<id>-p, -s, -o, -e, "
    "6578706f7274=1) as 办公 OA and 公文 systems use them",
    "jsf-faces-ajax": "JavaServer Faces 1.2/2.x (Mojarra jsf.js ajax: javax.faces.source, javax.faces.partial.event, "
    "execute, render, javax.faces.partial.ajax, Faces-Request: partial/ajax, server-side javax.faces.ViewState ids), "
    "PrimeFaces 3-6 (DataTable _pagination/_first/_rows, _sorting/_sortKey/_sortDir, AutoComplete _query, FileUpload), "
    "RichFaces 3.3 (AJAXREQUEST=_viewRoot, A4J), ICEfaces 1.8 (/block/send-receive-updates, ice.submit.partial, "
    "ice.event.*), Servlet URL rewriting ;jsessionid= and /javax.faces.resource/ GETs as 社保 业务 systems use them",
    "dwr-remoting": "DWR (Direct Web Remoting) 2.0/3.0 (directwebremoting.org: /dwr/call/plaincall/Script.method.dwr, "
    "Multiple.n.dwr, the text/plain batch lines callCount, page, httpSessionId, scriptSessionId, cN-scriptName, "
    "cN-methodName, cN-id, cN-paramN and cN-eN of string:, number:, boolean:, null:null, Date:, array:[reference:…], "
    "Object_Object:{…}, batchId; __System.generateId, engine.js, util.js, interface/*.js, htmlcall file uploads) "
    "as 网上 办事 systems use them",
    "gwt-rpc": "Google Web Toolkit 2.x RPC (RemoteServiceServlet, ClientSerializationStreamWriter version 7: "
    "version|flags|string-table size|strings|module base|policy strong name|interface|method|param count|types|"
    "values; type signatures with CRCs java.lang.String/2004016611, java.lang.Integer/3438268394, "
    "java.util.ArrayList/4159755760, java.util.HashMap/1797211028; X-GWT-Permutation, X-GWT-Module-Base, "
    "text/x-gwt-rpc; charset=utf-8; *.nocache.js and *.cache.html bootstraps) as 综合 监管 systems use it",
    "extjs-data-direct": "Sencha Ext JS 3.x/4.x (Ext.data.Store/JsonStore proxies: _dc cache buster, start/limit and "
    "Ext 4 page, sort/dir and JSON sorters [{property, direction}], filter JSON, TreeLoader/TreeStore node, remote "
    "ComboBox query, Ext.form.Action submit and fileUpload iframes, Ext.data.writer.Json, Ext.Direct remoting "
    "{action, method, data, type: rpc, tid} batches and the API descriptor) as 档案 管理 systems use them",
    "flex-blazeds-amfx": "Adobe Flex 3/4 and BlazeDS 4 (AMF 3 specification and its XML form AMFX as HTTPChannel and "
    'AMFXEncoder write it: <amfx ver="3"> bodies, <object type> with <traits>, string and trait references; '
    "flex.messaging.messages RemotingMessage, CommandMessage operations 0 subscribe, 2 poll, 5 client ping, 8 login "
    "with base64 credentials; DSId, DSEndpoint, DSMessagingVersion headers; /messagebroker/http and httppolling), "
    "Flash Player 34 中国版 (x-flash-version, Referer …swf/[[DYNAMIC]]/n, crossdomain.xml, RSL .swz) as 应急 指挥 "
    "systems use them",
    "oracle-apex": "Oracle Application Express 4.2-5.1 and 18+ (f?p=App:Page:Session:Request:Debug:ClearCache:"
    "itemNames:itemValues:PrinterFriendly, wwv_flow.accept with p_flow_id, p_flow_step_id, p_instance, "
    "p_page_submission_id, p_request, p_arg_names with p_t01…, p_md5_checksum, p_page_checksum; wwv_flow.show "
    "APPLICATION_PROCESS= with x01-x10 and interactive report widget actions; wwv_flow.ajax and p_json "
    "pageItems/salt; apex_util.get_blob_file) as 统计 and 财务 systems use it",
    "classic-asp-jsp": "Classic ASP 3.0 (IIS: Request.QueryString and Form in the page's code page 936, "
    "Response.Redirect, ASPSESSIONID cookies, 无组件 上传 classes) and JSP 1.2/2.0 portals (Servlet URL rewriting "
    ";jsessionid=, Java EE form login j_security_check with j_username/j_password), GBK (GB 18030 subset) "
    "percent-encoding as IE sends forms of charset=gb2312 pages, framesets, hit counters and captcha images, as "
    "2005-2012 政府 网站 and 网上 办事 portals still receive them",
    "legacy-report-viewers": "Eclipse BIRT 2.x-4.x Web Viewer (/frameset, /run, /preview with __report, __format, "
    "__document, __page, __sessionId; the viewer's SOAP GetUpdatedObjects requests with Operator GetPage and "
    "Oprand), JasperReports Server 5-7 (flow.html _flowId=viewReportFlow, reportUnit, _flowExecutionKey, "
    "_eventId=export, output; rest_v2/reports/… .pdf/.xls and inputControls values), 润乾 报表 4/5 "
    "(showReport.jsp?raq=…, reportServlet exports) as 统计 报表 users and systems open them",
}

SPLIT = HashSplit(SALT, SOURCES)  # the rule in the docstring (tests/waf/data/corpus_kit.py)
split, HELD_OUT_FAMILIES = SPLIT.split, SPLIT.held_out_families  # split(reqs): (tuning part, held-out part)


# --- the corpus: AF's (and so AE's, … F's), recording AG's sources -----------------------------------------


class Corpus(corpus_af.Corpus):
    """AF's corpus (values, browsers, header order, day(); SourceTagged): requests are tagged with AG's sources."""

    sources = SOURCES


FAMILIES: dict[str, Callable[[Corpus], None]] = {}
family = family_registry(FAMILIES)

N = 13  # requests per (family, shape): Z's navigations() makes as many

# --- the legacy clients: IE 8-11, their compatibility views, Flash Player and Java ----------------------------

NET_CLR = ".NET CLR 2.0.50727; .NET CLR 3.0.30729; .NET CLR 3.5.30729"
IE_UAS = [
    "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko",  # IE 11
    "Mozilla/5.0 (Windows NT 6.1; WOW64; Trident/7.0; rv:11.0) like Gecko",  # IE 11 on Windows 7
    f"Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; {NET_CLR}; rv:11.0) like Gecko",  # Edge IE
    f"Mozilla/4.0 (compatible; MSIE 7.0; Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; {NET_CLR})",  # compat
    f"Mozilla/4.0 (compatible; MSIE 7.0; Windows NT 6.1; WOW64; Trident/7.0; SLCC2; {NET_CLR}; .NET4.0C; .NET4.0E)",
    "Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.1; WOW64; Trident/6.0)",  # IE 10
    f"Mozilla/4.0 (compatible; MSIE 8.0; Windows NT 6.1; WOW64; Trident/4.0; SLCC2; {NET_CLR}; .NET4.0C; .NET4.0E)",
    f"Mozilla/4.0 (compatible; MSIE 7.0; Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; {NET_CLR}; 360SE)",
]
IE8_ACCEPT = (
    "image/jpeg, application/x-ms-application, image/gif, application/xaml+xml, image/pjpeg, application/x-ms-xbap, */*"
)
IE_ORDER = [
    "Accept",
    "Content-Type",
    "X-Requested-With",
    "X-MicrosoftAjax",
    "Faces-Request",
    "X-GWT-Permutation",
    "X-GWT-Module-Base",
    "request-type",
    "SOAPAction",
    "Referer",
    "x-flash-version",
    "Accept-Language",
    "User-Agent",
    "Accept-Encoding",
    "DNT",
    "Cache-Control",
    "Cookie",
]
FLASH_VERSION = "34,0,0,301"  # Flash Player 中国版, still shipped for legacy systems
JAVA_UA = "Java/1.8.0_202"
JAVA_ACCEPT = "text/html, image/gif, image/jpeg, *; q=.2, */*; q=.2"  # HttpURLConnection's default


def ie_doc_accept(ua: str) -> str:
    """What IE sends as Accept for a document: IE 8 its long list, IE 11 on Windows 10 with image/jxr."""
    if "Trident/4.0" in ua:
        return IE8_ACCEPT
    if "Windows NT 10.0" in ua and "Trident/7.0" in ua:
        return "text/html, application/xhtml+xml, image/jxr, */*"
    return "text/html, application/xhtml+xml, */*"


def ie(
    c: Corpus,
    kind: str = "nav",
    referer: str | None = None,
    ctype: str | None = None,
    accept: str | None = None,
    cookie: str | None = None,
    extra: dict[str, str] | None = None,
) -> dict[str, str]:
    """IE 8-11 (or a compatibility view): its headers in its order, no fetch metadata. kind: nav, xhr, script, img."""
    ua = c.pick(IE_UAS)
    if accept is None:
        accept = {
            "nav": ie_doc_accept(ua),
            "script": "application/javascript, */*;q=0.8",
            "style": "text/css, */*",
        }.get(kind, "*/*")
        accept = "image/png, image/svg+xml, image/*;q=0.8, */*;q=0.5" if kind == "img" else accept
    h = {"Accept": accept}
    if ctype:
        h["Content-Type"] = ctype
    h.update(extra or {})
    if referer:
        h["Referer"] = referer
    h["Accept-Language"] = c.pick(["zh-CN", "zh-CN", "zh-Hans-CN,zh-Hans;q=0.5"])
    h["User-Agent"] = ua
    h["Accept-Encoding"] = "gzip, deflate"
    if "Trident/4.0" not in ua and c.chance(0.4):
        h["DNT"] = "1"
    if ctype:
        h["Cache-Control"] = "no-cache"
    if cookie:
        h["Cookie"] = cookie
    return {k: h[k] for k in sorted(h, key=lambda k: IE_ORDER.index(k) if k in IE_ORDER else len(IE_ORDER))}


def legacy(
    c: Corpus,
    kind: str,
    referer: str,
    ctype: str | None = None,
    accept: str | None = None,
    cookie: str | None = None,
    extra: dict[str, str] | None = None,
    xrw: bool = False,
    ie_share: float = 0.6,
) -> dict[str, str]:
    """A desk in a 政务 office: IE or its compatibility view most of the time, else a current desktop browser."""
    if xrw:
        extra = {"X-Requested-With": "XMLHttpRequest", **(extra or {})}
    if c.chance(ie_share):
        return ie(c, kind, referer, ctype, accept, cookie, extra)
    b = c.browser(0.0)
    if kind == "nav":
        return c.headers(b, "nav", ctype=ctype, referer=referer, cookie=cookie or False, extra=extra)
    if kind in ("script", "style"):
        h = c.headers(b, "xhr", accept or "*/*", referer=referer, cookie=cookie or False, extra=extra)
        if "Sec-Fetch-Mode" in h:
            h["Sec-Fetch-Mode"], h["Sec-Fetch-Dest"] = "no-cors", kind
        return h
    kind = "img" if kind == "img" else "xhr"
    return c.headers(b, kind, accept or "*/*", ctype, referer, cookie=cookie or False, extra=extra)


def jsessionid(c: Corpus) -> str:
    return c.hexs(16).upper() + c.pick(["", "", ".node1", ".node2"])


def java_cookie(c: Corpus, sid: str | None = None) -> str:
    return f"JSESSIONID={sid or jsessionid(c)}"


def aspnet_cookie(c: Corpus) -> str:
    sid = "".join(c.pick("abcdefghijklmnopqrstuvwxyz012345") for _ in range(24))
    jar = f"ASP.NET_SessionId={sid}"
    return jar + (f"; .ASPXAUTH={c.hexs(c.pick([80, 112])).upper()}" if c.chance(0.6) else "")


def ms(c: Corpus) -> int:
    """Date.now() of a 2027 working day, as the pages' scripts read it."""
    return c.ms()


def boundary_ie(c: Corpus) -> str:
    """IE's multipart boundary: 27 dashes, then 7d or 7e and 11 hex digits."""
    return "-" * 27 + "7" + c.pick("de") + c.hexs(6)[:11]


def boundary_flash(c: Corpus) -> str:
    """Flash Player's FileReference.upload boundary: ten dashes and 30 letters and digits."""
    return "-" * 10 + c.alnum(30, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


def mime_parts(boundary: str, fields: list[tuple[str, str | tuple[str, str, bytes]]]) -> tuple[str, bytes]:
    """(Content-Type, body) of a form-data body written by IE's or Flash Player's own encoder."""
    chunks = []
    for name, value in fields:
        disp = f'Content-Disposition: form-data; name="{name}"'
        if isinstance(value, tuple):
            fname, ctype, data = value
            head = f'{disp}; filename="{fname}"\r\nContent-Type: {ctype}'
        else:
            head, data = disp, value.encode()
        chunks.append(f"--{boundary}\r\n{head}\r\n\r\n".encode() + data + b"\r\n")
    return f"multipart/form-data; boundary={boundary}", b"".join(chunks) + f"--{boundary}--\r\n".encode()


def ole2(c: Corpus, sectors: int) -> bytes:
    """A Compound File Binary (.xls/.doc of Office 97-2003): its 512-byte header and whole sectors."""
    head = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(16) + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
    head += bytes(6) + struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, 0xFFFFFFFE, 0, 0xFFFFFFFE, 0)
    head += struct.pack("<I", 0) + b"\xff" * 432  # the DIFAT: the one FAT sector, then free entries
    return head + c.rnd.randbytes(512 * sectors)


def local_path(c: Corpus, name: str) -> str:
    """IE in the 本地 Intranet zone sends the file's full local path as its name."""
    if c.chance(0.5):
        return name
    folder = c.pick(["C:\\Users\\Administrator\\Desktop", "D:\\扫描件", "C:\\Documents and Settings\\user\\桌面"])
    return f"{folder}\\{name}"


def an_upload(c: Corpus) -> tuple[str, str, bytes]:
    """(file name, type, bytes) of an attachment: a scan, a photo, a Word or Excel 97-2003 file."""
    kind = c.pick(["pdf", "pdf", "jpg", "png", "docx", "xls", "doc"])
    base = c.pick(
        ["营业执照", "申请表", "法人身份证", "授权委托书", "现场照片", "项目备案表", "scan", "IMG_0" + c.digits(3)]
    )
    if kind == "pdf":
        return f"{base}.pdf", "application/pdf", pdf_head(c, c.num(800, 3000))
    if kind == "jpg":
        return f"{base}.jpg", "image/jpeg", jpeg(c, c.num(800, 3000))
    if kind == "png":
        return f"{base}.png", "image/png", png(c, c.num(500, 2000))
    if kind == "docx":
        return f"{base}.docx", DOCX_CT, docx([base, f"申请 单位: {c.pick(ORGS)}", f"联系人: {c.person()}"])
    ctype = "application/vnd.ms-excel" if kind == "xls" else "application/msword"
    return f"{base}.{kind}", ctype, ole2(c, c.num(2, 6))


ORGS = [
    "陕西省发展和改革委员会",
    "西安市市场监督管理局",
    "陕西省住房和城乡建设厅",
    "宝鸡市行政审批服务局",
    "咸阳市自然资源和规划局",
    "渭南市人力资源和社会保障局",
    "延安市应急管理局",
    "汉中市统计局",
    "榆林市财政局",
    "安康市档案馆",
]
CITIES = {
    "610100": "西安市",
    "610200": "铜川市",
    "610300": "宝鸡市",
    "610400": "咸阳市",
    "610500": "渭南市",
    "610600": "延安市",
    "610700": "汉中市",
    "610800": "榆林市",
    "610900": "安康市",
    "611000": "商洛市",
}
MATTERS = [
    "企业投资项目备案",
    "建筑工程施工许可证核发",
    "食品经营许可",
    "药品零售企业许可",
    "道路运输经营许可",
    "公共场所卫生许可",
    "建设工程规划许可证核发",
    "人力资源服务许可",
    "民办学校设立审批",
    "排污许可证核发",
]
COMPANIES = ["陕西秦川", "西安航天", "宝鸡石油", "咸阳彩虹", "延长", "榆林神木", "汉江", "秦岭"]
INDUSTRY = ["机械制造", "新材料", "电子科技", "建筑工程", "物流", "农业开发", "能源化工", "软件"]


def company(c: Corpus) -> str:
    return f"{c.pick(COMPANIES)}{c.pick(INDUSTRY)}{c.pick(['有限公司', '股份有限公司', '有限责任公司'])}"


def a_day(c: Corpus) -> datetime:
    return datetime(2027, 1, 4) + timedelta(days=c.num(0, 330))


# --- ASP.NET state fields: ObjectStateFormatter bytes and their MAC ----------------------------------------

MACHINE_KEY = bytes.fromhex("a3f1c2e4b5d6978812ab34cd56ef7890a1b2c3d4")  # this generator's <machineKey validationKey>


def seven_bit(n: int) -> bytes:
    """The 7-bit encoded length and Int32 of BinaryWriter (ObjectStateFormatter's integers)."""
    out = b""
    while n >= 0x80:
        out += bytes([(n & 0x7F) | 0x80])
        n >>= 7
    return out + bytes([n])


def osf(v: object) -> bytes:
    """ObjectStateFormatter's tokens: 0x64 null, 0x67/0x68 true/false, 0x02 Int32, 0x05 String, 0x0F Pair,
    0x16 ArrayList."""
    if v is None:
        return b"\x64"
    if isinstance(v, bool):
        return b"\x67" if v else b"\x68"
    if isinstance(v, int):
        return b"\x02" + seven_bit(v)
    if isinstance(v, str):
        raw = v.encode()
        return b"\x05" + seven_bit(len(raw)) + raw
    if isinstance(v, tuple):
        return b"\x0f" + osf(v[0]) + osf(v[1])
    return b"\x16" + seven_bit(len(v)) + b"".join(osf(x) for x in v)


def osf_mac(data: bytes, generator: str) -> bytes:
    """HMACSHA1 over the serialized state and the page's modifier (the __VIEWSTATEGENERATOR, little-endian)."""
    return hmac.new(MACHINE_KEY, data + struct.pack("<I", int(generator, 16)), hashlib.sha1).digest()


def viewstate(c: Corpus, generator: str, rows: int) -> str:
    """__VIEWSTATE: FF 01, Pair(Pair(the page's hash, the control tree with a grid's state), null), the MAC."""
    page_hash = struct.unpack("<i", struct.pack("<I", int(generator, 16)))[0]
    grid = ((["_!ItemCount", rows, "_!DataBound", True], None), None)
    tree = (None, [c.num(1, 9), (None, [c.num(1, 5), grid])])
    data = b"\xff\x01" + osf(((str(page_hash), tree), None))
    return base64.b64encode(data + osf_mac(data, generator)).decode()


def event_validation(c: Corpus, generator: str, controls: int) -> str:
    """__EVENTVALIDATION: FF 01, an ArrayList of Int32 hashes (the page's, then each allowed postback), the MAC."""
    data = b"\xff\x01" + osf([c.num(1, 2**31 - 1) for _ in range(controls + 1)])
    return base64.b64encode(data + osf_mac(data, generator)).decode()


def url_token(raw: bytes) -> str:
    """HttpServerUtility.UrlTokenEncode: base64url without padding, then the padding count as a digit."""
    b64 = base64.urlsafe_b64encode(raw).decode()
    return b64.rstrip("=") + str(len(b64) - len(b64.rstrip("=")))


def dotnet_ticks(d: datetime) -> int:
    """DateTime.Ticks: 100-ns intervals since 0001-01-01."""
    return (d - datetime(1, 1, 1)) // timedelta(microseconds=1) * 10


class WebForm:
    """One Web Forms page: its generator, control tree size and the state fields it renders."""

    def __init__(self, c: Corpus, path: str, rows: int = 10) -> None:
        self.path, self.generator = path, f"{c.num(0x10000000, 0xFFFFFFFF):08X}"
        self.vs, self.ev = viewstate(c, self.generator, rows), event_validation(c, self.generator, c.num(8, 30))

    def state(self, target: str = "", argument: str = "", lastfocus: bool = False) -> list[tuple[str, str]]:
        out = [("__EVENTTARGET", target), ("__EVENTARGUMENT", argument)]
        out += [("__LASTFOCUS", "")] if lastfocus else []
        return [*out, ("__VIEWSTATE", self.vs), ("__VIEWSTATEGENERATOR", self.generator)]

    def validation(self) -> list[tuple[str, str]]:
        return [("__EVENTVALIDATION", self.ev)]


CPH = "ctl00$ContentPlaceHolder1$"
GRID_COLUMNS = ["SXMC", "BJLX", "SLRQ", "BLZT", "SQDW", "CNSX"]
WEBFORM_PAGES = ["/xzsp/SPSX/ShiXiangList.aspx", "/xzsp/BJCX/BanJianList.aspx", "/xzsp/TJBB/TongJi.aspx"]


def query_fields(c: Corpus) -> list[tuple[str, str]]:
    return [
        (f"{CPH}txtSxmc", c.pick(["", *MATTERS])),
        (f"{CPH}txtSqdw", c.pick(["", company(c)])),
        (f"{CPH}ddlBlzt", c.pick(["", "01", "02", "03", "09"])),
        (f"{CPH}txtKsrq", f"{a_day(c):%Y-%m-%d}"),
    ]


def webform_post(c: Corpus, ref: str) -> dict[str, str]:
    return legacy(c, "nav", ref, "application/x-www-form-urlencoded", cookie=aspnet_cookie(c))


@family("aspnet-webforms-postback")
def aspnet_webforms_postback(c: Corpus) -> None:
    f = "aspnet-webforms-postback"
    for _ in range(N):
        wf = WebForm(c, c.pick(WEBFORM_PAGES))
        body = [*wf.state(f"{CPH}gvList", f"Page${c.num(2, 40)}"), *wf.validation(), *query_fields(c)]
        c.add(f, "grid-page", "POST", wf.path, webform_post(c, SITE + wf.path), qs(body, form))
    for _ in range(N):
        wf = WebForm(c, c.pick(WEBFORM_PAGES))
        body = [*wf.state(f"{CPH}gvList", f"Sort${c.pick(GRID_COLUMNS)}"), *wf.validation(), *query_fields(c)]
        c.add(f, "grid-sort", "POST", wf.path, webform_post(c, SITE + wf.path), qs(body, form))
    for _ in range(N):
        wf = WebForm(c, c.pick(WEBFORM_PAGES))
        body = [*wf.state(f"{CPH}gvList", f"Select${c.num(0, 9)}"), *wf.validation(), *query_fields(c)]
        c.add(f, "grid-select", "POST", wf.path, webform_post(c, SITE + wf.path), qs(body, form))
    for _ in range(N):
        wf = WebForm(c, c.pick(WEBFORM_PAGES))
        body = [*wf.state(), *wf.validation(), *query_fields(c), (f"{CPH}btnQuery", c.pick(["查询", "查 询", "检索"]))]
        c.add(f, "query-button", "POST", wf.path, webform_post(c, SITE + wf.path), qs(body, form))
    for _ in range(N):
        wf = WebForm(c, "/xzsp/SQ/ShenQing.aspx")
        code = c.pick(list(CITIES))
        body = [
            *wf.state(f"{CPH}ddlCity", "", lastfocus=True),
            *wf.validation(),
            (f"{CPH}txtSqr", c.person()),
            (f"{CPH}txtLxdh", c.mobile()),
            (f"{CPH}ddlCity", code),
            (f"{CPH}ddlCounty", ""),
            (f"{CPH}ddlSx", c.pick(MATTERS)),
        ]
        c.add(f, "autopostback-dropdown", "POST", wf.path, webform_post(c, SITE + wf.path), qs(body, form))
    for _ in range(N):
        wf = WebForm(c, "/xzsp/Main.aspx")
        node = c.num(1, 12)
        path = f"{c.num(1, 6)}\\{c.num(100, 699)}"
        body = [
            *wf.state("ctl00$LeftMenu$tvMenu", "s" + path),
            ("ctl00_LeftMenu_tvMenu_ExpandState", "".join(c.pick("ennnc") for _ in range(c.num(8, 20)))),
            ("ctl00_LeftMenu_tvMenu_SelectedNode", f"ctl00_LeftMenu_tvMenut{node}"),
            ("ctl00_LeftMenu_tvMenu_PopulateLog", ""),
            *wf.validation(),
        ]
        c.add(f, "treeview-node", "POST", wf.path, webform_post(c, SITE + wf.path), qs(body, form))
    for _ in range(N):
        wf = WebForm(c, "/xzsp/YY/YuYue.aspx")
        day = a_day(c)
        arg = str((day - datetime(2000, 1, 1)).days) if c.chance(0.7) else f"V{(day - datetime(2000, 1, 1)).days}"
        body = [
            *wf.state(f"{CPH}calYyrq", arg),
            *wf.validation(),
            (f"{CPH}ddlDt", c.pick(["01", "02", "03"])),
            (f"{CPH}txtYyr", c.person()),
        ]
        c.add(f, "calendar-day", "POST", wf.path, webform_post(c, SITE + wf.path), qs(body, form))
    for _ in range(N):
        wf = WebForm(c, "/xzsp/BJCX/Search.aspx")
        body = [
            *wf.state(),
            ("__PREVIOUSPAGE", url_token(c.rnd.randbytes(c.pick([45, 48, 57])))),
            *wf.validation(),
            (f"{CPH}txtSlbh", f"SP{a_day(c):%Y%m%d}{c.digits(6)}"),
            (f"{CPH}txtSqr", c.person()),
            (f"{CPH}btnSearch", "查询"),
        ]
        c.add(f, "cross-page-post", "POST", "/xzsp/BJCX/Result.aspx", webform_post(c, SITE + wf.path), qs(body, form))
    for _ in range(N):
        wf = WebForm(c, "/xzsp/SQ/CaiLiao.aspx", c.num(1, 8))
        name, ctype, data = an_upload(c)
        fields = [
            *wf.state(),
            *wf.validation(),
            (f"{CPH}ddlClmc", c.pick(["01", "02", "03", "04"])),
            (f"{CPH}fuFile", (local_path(c, name), ctype, data)),
            (f"{CPH}btnUpload", "上传"),
        ]
        ct, body = mime_parts(boundary_ie(c), fields)
        c.add(
            f, "fileupload-postback", "POST", wf.path, ie(c, "nav", SITE + wf.path, ct, cookie=aspnet_cookie(c)), body
        )
    for _ in range(N):
        wf = WebForm(c, "/xzsp/Login.aspx")
        body = [
            *wf.state(),
            *wf.validation(),
            ("ctl00$ContentPlaceHolder1$Login1$UserName", c.pick(["spk", "zhck", "xzsp"]) + c.digits(3)),
            ("ctl00$ContentPlaceHolder1$Login1$Password", c.alnum(10)),
            ("ctl00$ContentPlaceHolder1$Login1$txtYzm", c.alnum(4, "ABCDEFGHJKMNPQRSTUVWXY3456789")),
            ("ctl00$ContentPlaceHolder1$Login1$LoginButton", "登录"),
        ]
        h = legacy(c, "nav", SITE + wf.path, "application/x-www-form-urlencoded", cookie=aspnet_cookie(c).split(";")[0])
        c.add(f, "login-postback", "POST", wf.path, h, qs(body, form))
    for _ in range(N):
        p = c.pick(
            [
                f"/xzsp/SPSX/ShiXiangView.aspx?id={c.num(1000, 9999)}",
                f"/xzsp/BJCX/BanJianView.aspx?slbh=SP{a_day(c):%Y%m%d}{c.digits(6)}",
                f"/xzsp/SPSX/ShiXiangList.aspx?bmid={c.num(1, 60)}",
            ]
        )
        h = legacy(c, "nav", f"{SITE}/xzsp/Main.aspx", cookie=aspnet_cookie(c), ie_share=0.7)
        c.add(f, "aspx-page", "GET", p, h)


# --- aspnet-ajax-scriptmanager ----------------------------------------------------------------------------------

AJAX_PAGES = ["/gzjg/XMGL/XiangMuList.aspx", "/gzjg/ZJGL/ZhiJianList.aspx", "/gzjg/AQGL/AnQuanJianCha.aspx"]
MSAJAX_FORM = "application/x-www-form-urlencoded; charset=utf-8"
ASMX_JSON = "application/json; charset=utf-8"


def async_post(c: Corpus, wf: WebForm, panel: str, source: str, fields: list[tuple[str, str]], **kw: str) -> str:
    """The body Sys.WebForms.PageRequestManager sends: ScriptManager=panel|source, the form, __ASYNCPOST=true."""
    target, arg = kw.get("target", ""), kw.get("argument", "")
    body = [("ctl00$ScriptManager1", f"{panel}|{source}"), *fields, *wf.state(target, arg), *wf.validation()]
    body.append(("__ASYNCPOST", "true"))
    if "button" in kw:
        body.append((source, kw["button"]))
    return qs(body, uri)


def delta(c: Corpus, ref: str) -> dict[str, str]:
    return legacy(
        c,
        "xhr",
        ref,
        MSAJAX_FORM,
        "*/*",
        aspnet_cookie(c),
        {"X-Requested-With": "XMLHttpRequest", "X-MicrosoftAjax": "Delta=true"},
    )


def gzjg_fields(c: Corpus) -> list[tuple[str, str]]:
    return [
        (
            f"{CPH}txtXmmc",
            c.pick(["", f"{c.pick(list(CITIES.values()))}{c.pick(['安置房', '综合楼', '道路改造'])}项目"]),
        ),
        (f"{CPH}txtXmdm", c.pick(["", project_code(c)])),
        (f"{CPH}ddlQx", c.pick(["", *CITIES])),
    ]


@family("aspnet-ajax-scriptmanager")
def aspnet_ajax_scriptmanager(c: Corpus) -> None:
    f = "aspnet-ajax-scriptmanager"
    for _ in range(N):
        wf = WebForm(c, c.pick(AJAX_PAGES))
        body = async_post(c, wf, f"{CPH}upList", f"{CPH}btnQuery", gzjg_fields(c), button="查询")
        c.add(f, "updatepanel-query", "POST", wf.path, delta(c, SITE + wf.path), body)
    for _ in range(N):
        wf = WebForm(c, c.pick(AJAX_PAGES))
        grid = f"{CPH}gvXm"
        arg = c.pick([f"Page${c.num(2, 30)}", f"Sort${c.pick(['XMMC', 'JSDW', 'KGRQ'])}", "Page$Next", "Page$Last"])
        body = async_post(c, wf, f"{CPH}upList", grid, gzjg_fields(c), target=grid, argument=arg)
        c.add(f, "updatepanel-grid", "POST", wf.path, delta(c, SITE + wf.path), body)
    for _ in range(N):
        wf = WebForm(c, "/gzjg/JK/ShiShiJianKong.aspx")
        timer = f"{CPH}Timer1"
        body = async_post(c, wf, f"{CPH}upJk", timer, [(f"{CPH}hidGdid", str(c.num(100, 999)))], target=timer)
        c.add(f, "updatepanel-timer", "POST", wf.path, delta(c, SITE + wf.path), body)
    for _ in range(N):
        method = c.pick(["GetXmxx", "GetJdxx", "SaveBz"])
        doc = {"xmid": c.num(10000, 99999), "lx": c.pick(["sg", "jl", "kc"])}
        if method == "SaveBz":
            doc["bz"] = c.pick(["已 现场 核查，材料 齐全。", "请 补充 监理 日志（5月）。", "同意"])
        page_path = c.pick(AJAX_PAGES)
        h = legacy(c, "xhr", SITE + page_path, ASMX_JSON, "application/json, text/javascript, */*", aspnet_cookie(c))
        c.add(f, "pagemethod-json", "POST", f"{page_path}/{method}", h, js_doc(doc))
    for _ in range(N):
        doc = {"qydm": uscc(c), "pageIndex": c.num(1, 20), "pageSize": c.pick([10, 15, 20])}
        h = legacy(c, "xhr", f"{SITE}/gzjg/QYGL/QiYe.aspx", ASMX_JSON, JQ_ACCEPT, aspnet_cookie(c), xrw=True)
        c.add(f, "asmx-scriptservice", "POST", "/gzjg/Services/QyService.asmx/GetQyZz", h, js_doc(doc))
    for _ in range(N):
        prefix = c.pick(["陕西", "西安", "宝鸡", "中铁", "陕建", "秦"]) + c.pick(["", "建", "路"])
        doc = {"prefixText": prefix, "count": c.pick([10, 12, 20])}
        if c.chance(0.5):
            doc["contextKey"] = c.pick(["sgdw", "jldw", "kcdw"])
        h = legacy(c, "xhr", f"{SITE}/gzjg/XMGL/XiangMuEdit.aspx", ASMX_JSON, "*/*", aspnet_cookie(c))
        c.add(f, "autocomplete-extender", "POST", "/gzjg/Services/AutoComplete.asmx/GetCompletionList", h, js_doc(doc))
    for _ in range(N):
        city = c.pick(list(CITIES))
        known = f"Province:610000;City:{city};" if c.chance(0.5) else "Province:610000;"
        doc = {"knownCategoryValues": known, "category": "County" if "City" in known else "City"}
        h = legacy(c, "xhr", f"{SITE}/gzjg/XMGL/XiangMuEdit.aspx", ASMX_JSON, "*/*", aspnet_cookie(c))
        method = "GetCounties" if "City" in known else "GetCities"
        c.add(f, "cascading-dropdown", "POST", f"/gzjg/Services/XzqhService.asmx/{method}", h, js_doc(doc))
    for _ in range(N):
        d = url_token(c.rnd.randbytes(c.pick([48, 52, 64, 70])))
        t = dotnet_ticks(datetime(2012, 1, 1) + timedelta(seconds=c.num(0, 4 * 365 * 86400)))
        h = legacy(c, "script", SITE + c.pick(AJAX_PAGES), ie_share=0.7)
        c.add(f, "webresource-axd", "GET", f"/gzjg/WebResource.axd?d={d}&t={t}", h)
    for _ in range(N):
        d = url_token(c.rnd.randbytes(c.pick([96, 112, 128, 140])))
        t = c.pick([f"{c.hexs(4)}", f"ffffffff{c.hexs(4)}"])
        h = legacy(c, "script", SITE + c.pick(AJAX_PAGES), ie_share=0.7)
        c.add(f, "scriptresource-axd", "GET", f"/gzjg/ScriptResource.axd?d={d}&t={t}", h)
    for _ in range(N):
        p = c.pick([*AJAX_PAGES, f"/gzjg/XMGL/XiangMuView.aspx?xmid={c.num(10000, 99999)}"])
        c.add(f, "ajax-page", "GET", p, legacy(c, "nav", f"{SITE}/gzjg/Default.aspx", cookie=aspnet_cookie(c)))


# --- struts2-action -----------------------------------------------------------------------------------------------


def struts_token(c: Corpus) -> str:
    """TokenHelper: new BigInteger(165, random).toString(36).toUpperCase() — 32 characters."""
    n = c.rnd.getrandbits(165)
    digits = ""
    while n:
        n, r = divmod(n, 36)
        digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"[r] + digits
    return digits


def xmba_fields(c: Corpus) -> list[tuple[str, str]]:
    return [
        ("xmba.xmdm", project_code(c)),
        ("xmba.xmmc", f"{company(c)}{c.pick(['年产', '新建', '扩建'])}{c.num(2, 50)}万吨{c.pick(INDUSTRY)}项目"),
        ("xmba.jsdw.tyshxydm", uscc(c)),
        ("xmba.jsdd.xzqh", c.pick(list(CITIES))),
        ("xmba.ztz", f"{c.num(500, 90000)}.{c.num(0, 99):02d}"),
        ("xmba.jsgm", c.pick(["新建 厂房 2 栋，建筑面积 1.2 万平方米", "购置 生产线 3 条", "改造 锅炉 1 台（10t/h）"])),
        ("xmba.kgsj", f"{a_day(c):%Y-%m}"),
    ]


@family("struts2-action")
def struts2_action(c: Corpus) -> None:
    f = "struts2-action"
    ref = f"{SITE}/tzxm/main.action"
    for _ in range(N):
        q = [
            ("page.pageNo", c.num(1, 30)),
            ("page.pageSize", c.pick([10, 15, 20])),
            ("xmba.xmmc", c.pick(["", "新建", "扩建", "光伏"])),
            ("xmba.zt", c.pick(["", "1", "2", "9"])),
        ]
        h = legacy(c, "nav", f"{SITE}/tzxm/xmba/xmbaList.action", cookie=java_cookie(c))
        c.add(f, "list-action", "GET", "/tzxm/xmba/xmbaList.action?" + qs(q, form), h)
    for _ in range(N):
        body = [("struts.token.name", "token"), ("token", struts_token(c)), *xmba_fields(c)]
        h = legacy(
            c, "nav", f"{SITE}/tzxm/xmba/xmbaInput.action", "application/x-www-form-urlencoded", cookie=java_cookie(c)
        )
        c.add(f, "save-token", "POST", "/tzxm/xmba/xmbaSave.action", h, qs(body, form))
    for _ in range(N):
        body = [("xmid", str(c.num(10000, 99999)))]
        for i in range(c.num(2, 6)):
            body += [
                (f"tzList[{i}].id", str(c.num(1, 9999))),
                (f"tzList[{i}].nd", str(2027 + i)),
                (f"tzList[{i}].je", f"{c.num(10, 9000)}.00"),
                (f"tzList[{i}].zjly", c.pick(["自有资金", "银行贷款", "财政资金"])),
            ]
        h = legacy(
            c, "nav", f"{SITE}/tzxm/xmba/tzjhEdit.action", "application/x-www-form-urlencoded", cookie=java_cookie(c)
        )
        c.add(f, "list-index-post", "POST", "/tzxm/xmba/tzjhSave.action", h, qs(body, form))
    for _ in range(N):
        name, ctype, data = an_upload(c)
        fields = [
            ("fj.ywid", str(c.num(10000, 99999))),
            ("fj.fjlx", c.pick(["01", "02", "05"])),
            ("upload", (local_path(c, name), ctype, data)),
        ]
        ct, body = mime_parts(boundary_ie(c), fields)
        h = ie(c, "nav", f"{SITE}/tzxm/fj/fjInput.action", ct, cookie=java_cookie(c))
        c.add(f, "upload-action", "POST", "/tzxm/fj/fjUpload.action", h, body)
    for _ in range(N):
        name, ctype, data = an_upload(c)
        fields = [
            ("Filename", name),
            ("folder", "/tzxm/upload"),
            ("ywid", str(c.num(10000, 99999))),
            ("Filedata", (name, "application/octet-stream", data)),
            ("Upload", "Submit Query"),
        ]
        ct, body = mime_parts(boundary_flash(c), fields)
        h = {"Accept": "text/*", "Content-Type": ct, "User-Agent": "Shockwave Flash", "Cache-Control": "no-cache"}
        c.add(f, "uploadify-flash", "POST", f"/tzxm/fj/uploadify.action;jsessionid={jsessionid(c)}", h, body)
    for _ in range(N):
        q = [("xzqh", c.pick(list(CITIES))), ("hylb", c.pick(["C", "D", "E", "I"])), ("_", ms(c))]
        h = legacy(c, "xhr", f"{SITE}/tzxm/xmba/xmbaInput.action", None, JQ_ACCEPT, java_cookie(c), xrw=True)
        c.add(f, "jquery-ajax-get", "GET", "/tzxm/dict/hyflJson.action?" + qs(q, jq), h)
    for _ in range(N):
        body = [("qyxx.tyshxydm", uscc(c)), ("qyxx.qymc", company(c)), ("qyxx.fddbr", c.person())]
        h = legacy(c, "xhr", f"{SITE}/tzxm/xmba/xmbaInput.action", JQ_FORM, JQ_ACCEPT, java_cookie(c), xrw=True)
        c.add(f, "json-plugin-post", "POST", "/tzxm/qyxx/checkQyxx.action", h, qs(body, jq))
    for _ in range(N):
        act = c.pick(["view", "input", "print", "history"])
        h = legacy(c, "nav", f"{SITE}/tzxm/xmba/xmbaList.action", cookie=java_cookie(c))
        c.add(f, "dmi-method", "GET", f"/tzxm/xmba/xmba!{act}.action?id={c.num(10000, 99999)}", h)
    for _ in range(N):
        flags = {"xmba.sfzdxm": c.chance(0.3), "xmba.sfxjxm": c.chance(0.5), "xmba.sfsjhb": c.chance(0.2)}
        body = [("struts.token.name", "token"), ("token", struts_token(c)), *xmba_fields(c)[:3]]
        for k, on in flags.items():
            body += ([(k, "true")] if on else []) + [(f"__checkbox_{k}", "true")]
        for v in c.sample(["01", "02", "03", "04"], c.num(0, 2)):
            body.append(("xmba.zjly", v))
        body.append(("__multiselect_xmba.zjly", ""))
        h = legacy(
            c, "nav", f"{SITE}/tzxm/xmba/xmbaInput.action", "application/x-www-form-urlencoded", cookie=java_cookie(c)
        )
        c.add(f, "checkbox-markers", "POST", "/tzxm/xmba/xmbaUpdate.action", h, qs(body, form))
    for _ in range(N):
        d0 = a_day(c)
        q = [
            ("xmba.zt", c.pick(["1", "2"])),
            ("startDate", f"{d0:%Y-%m-%d}"),
            ("endDate", f"{d0 + timedelta(days=c.num(7, 90)):%Y-%m-%d}"),
            ("xmba.jsdd.xzqh", c.pick(list(CITIES))),
        ]
        h = legacy(c, "nav", f"{SITE}/tzxm/xmba/xmbaList.action", cookie=java_cookie(c))
        c.add(f, "export-action", "GET", "/tzxm/xmba/exportExcel.action?" + qs(q, form), h)
    navigations(c, f, "action-page", lambda: f"/tzxm/xmba/xmbaView.action?id={c.num(10000, 99999)}", ref, 0.1)


# --- struts1-springmvc-jquery ----------------------------------------------------------------------------------

OA_REF = f"{SITE}/oa/main.do"


def jq_expando(c: Corpus, version: str) -> str:
    """jQuery.expando: "jQuery" + (version + Math.random()).replace(/\\D/g, "")."""
    return "jQuery" + (version + "0." + c.digits(c.num(15, 17))).replace(".", "")


@family("struts1-springmvc-jquery")
def struts1_springmvc_jquery(c: Corpus) -> None:
    f = "struts1-springmvc-jquery"
    for _ in range(N):
        q = [("method", c.pick(["list", "query", "dbList"])), ("pageNo", c.num(1, 40)), ("lx", c.pick(["fw", "sw"]))]
        c.add(f, "dispatch-list", "GET", "/oa/gwgl.do?" + qs(q, form), legacy(c, "nav", OA_REF, cookie=java_cookie(c)))
    for _ in range(N):
        body = [
            ("method", "save"),
            (
                "gwbt",
                f"关于{c.pick(['做好', '开展', '印发'])}{c.pick(['2027年度', '第三季度', ''])}"
                f"{c.pick(['安全生产', '统计执法检查', '政务公开'])}工作的通知",
            ),
            ("fwzh", f"陕{c.pick(['政办发', '发改投资', '统字'])}〔2027〕{c.num(1, 200)}号"),
            ("mj", c.pick(["普通", "内部"])),
            ("hj", c.pick(["平件", "急件", "特急"])),
            ("ngr", c.person()),
            ("ngrq", f"{a_day(c):%Y-%m-%d}"),
        ]
        h = legacy(
            c, "nav", f"{SITE}/oa/gwgl.do?method=add", "application/x-www-form-urlencoded", cookie=java_cookie(c)
        )
        c.add(f, "dispatch-save", "POST", "/oa/gwgl.do", h, qs(body, form))
    for _ in range(N):
        q = [
            ("_search", "false"),
            ("nd", ms(c)),
            ("rows", c.pick([15, 20, 30])),
            ("page", c.num(1, 20)),
            ("sidx", c.pick(["swrq", "lwdw", "blzt", ""])),
            ("sord", c.pick(["asc", "desc"])),
        ]
        if c.chance(0.5):
            rules = [{"field": "lwdw", "op": "cn", "data": c.pick(ORGS)}]
            if c.chance(0.5):
                rules.append({"field": "swrq", "op": "ge", "data": f"{a_day(c):%Y-%m-%d}"})
            q[0] = ("_search", "true")
            q.append(("filters", js_doc({"groupOp": "AND", "rules": rules})))
        h = legacy(c, "xhr", f"{SITE}/oa/swgl/list.htm", None, JQ_ACCEPT, java_cookie(c), xrw=True)
        c.add(f, "jqgrid-load", "GET", "/oa/swgl/listJson.do?" + qs(q, jq), h)
    for _ in range(N):
        body = [("page", str(c.num(1, 20))), ("rows", str(c.pick([10, 20, 50])))]
        if c.chance(0.6):
            body += [("sort", c.pick(["fbsj", "bt", "fbr"])), ("order", c.pick(["asc", "desc"]))]
        body += [("bt", c.pick(["", "通知", "会议纪要"])), ("lmid", str(c.num(1, 30)))]
        h = legacy(c, "xhr", f"{SITE}/oa/tzgg/index.do", JQ_FORM, JQ_ACCEPT, java_cookie(c), xrw=True)
        c.add(f, "easyui-datagrid", "POST", "/oa/tzgg/datagrid.do", h, qs(body, jq))
    for _ in range(N):
        cols = c.num(4, 7)
        q: list[tuple[str, object]] = [("sEcho", c.num(1, 30)), ("iColumns", cols), ("sColumns", "")]
        start = c.num(0, 20) * 10
        q += [("iDisplayStart", start), ("iDisplayLength", 10)]
        q += [(f"mDataProp_{i}", i) for i in range(cols)]
        q += [("sSearch", c.pick(["", "请示", "2027"])), ("bRegex", "false")]
        for i in range(cols):
            q += [(f"sSearch_{i}", ""), (f"bRegex_{i}", "false"), (f"bSearchable_{i}", "true")]
        q += [("iSortCol_0", c.num(0, cols - 1)), ("sSortDir_0", c.pick(["asc", "desc"])), ("iSortingCols", 1)]
        q += [(f"bSortable_{i}", "true") for i in range(cols)]
        q.append(("_", ms(c)))
        h = legacy(c, "xhr", f"{SITE}/oa/dbsx/list.htm", None, JQ_ACCEPT, java_cookie(c), xrw=True)
        c.add(f, "datatables-legacy", "GET", "/oa/dbsx/page.do?" + qs(q, jq), h)
    for _ in range(N):
        nonce = ms(c)
        q = [
            ("callback", f"{jq_expando(c, c.pick(['1.7.2', '1.8.3', '1.9.1', '1.11.3']))}_{nonce}"),
            ("userid", c.alnum(8, "abcdefghijklmnopqrstuvwxyz0123456789")),
            ("_", nonce + 1),
        ]
        h = legacy(c, "script", f"{SITE}/portal/index.jsp", None, "*/*", java_cookie(c))
        c.add(f, "jsonp-callback", "GET", "/oa/todo/countJsonp.do?" + qs(q, jq), h)
    for _ in range(N):
        tid = c.pick(["16544", "8655", "2379"])
        q = [("method", "list"), (f"d-{tid}-p", c.num(2, 30))]
        if c.chance(0.5):
            q += [(f"d-{tid}-s", c.num(0, 5)), (f"d-{tid}-o", c.pick([1, 2]))]
        if c.chance(0.4):
            q += [(f"d-{tid}-e", c.pick([1, 2, 3, 5])), ("6578706f7274", 1)]
        c.add(
            f, "displaytag-table", "GET", "/oa/hygl.do?" + qs(q, form), legacy(c, "nav", OA_REF, cookie=java_cookie(c))
        )
    for _ in range(N):
        body = [
            ("sqr", c.person()),
            ("ccdd", c.pick(list(CITIES.values()))),
            ("ksrq", f"{a_day(c):%Y-%m-%d}"),
            ("ts", str(c.num(1, 5))),
            ("jtgj.lx", c.pick(["火车", "飞机", "公务用车"])),
            ("jtgj.cph", c.pick(["", f"陕A·{c.alnum(5, 'ABCDEFGHJK0123456789')}"])),
        ]
        for k in ("sfjd", "sfzs", "sfyz"):
            body += ([(k, "true")] if c.chance(0.5) else []) + [(f"_{k}", "on")]
        h = legacy(c, "nav", f"{SITE}/oa/ccsq/form.htm", "application/x-www-form-urlencoded", cookie=java_cookie(c))
        c.add(f, "spring-form-post", "POST", "/oa/ccsq/save.htm", h, qs(body, form))
    for _ in range(N):
        name, ctype, data = an_upload(c)
        fields = [("gwid", str(c.num(10000, 99999))), ("fjlx", "zw"), ("file", (local_path(c, name), ctype, data))]
        if c.chance(0.5):  # jquery.form's hidden iframe in IE: a plain form post
            ct, body = mime_parts(boundary_ie(c), fields)
            h = ie(c, "nav", f"{SITE}/oa/gwgl.do?method=edit", ct, cookie=java_cookie(c))
        else:
            b = c.browser(0.0)
            ct, body = c.multipart(b, [(k, v) for k, v in fields])
            h = c.headers(
                b, accept="*/*", ctype=ct, referer=f"{SITE}/oa/gwgl.do?method=edit", xrw=True, cookie=java_cookie(c)
            )
        c.add(f, "jquery-form-upload", "POST", "/oa/fj/upload.do", h, body)
    for _ in range(N):
        q = [("type", c.pick(["GWLX", "MJ", "HJ", "BMLB"])), ("_", ms(c))]
        h = legacy(c, "xhr", f"{SITE}/oa/gwgl.do?method=add", None, JQ_ACCEPT, java_cookie(c), xrw=True)
        c.add(f, "dict-getjson", "GET", "/oa/dict/getDict.do?" + qs(q, jq), h)
    for _ in range(N):
        p = c.pick(
            [
                f"/oa/gwgl.do?method=view&id={c.num(10000, 99999)}",
                f"/oa/hygl/view.htm?hyid={c.num(100, 999)}",
                "/oa/main.do",
                f"/oa/tzgg/view.do?id={c.num(1000, 9999)}",
            ]
        )
        c.add(f, "oa-page", "GET", p, legacy(c, "nav", OA_REF, cookie=java_cookie(c)))


# --- jsf-faces-ajax -------------------------------------------------------------------------------------------


def mojarra_state(c: Corpus) -> str:
    """Mojarra's server-side state id: two signed longs."""
    return f"{c.num(-(2**63), 2**63 - 1)}:{c.num(-(2**63), 2**63 - 1)}"


def faces_headers(c: Corpus, ref: str, sid: str) -> dict[str, str]:
    return legacy(
        c,
        "xhr",
        ref,
        "application/x-www-form-urlencoded;charset=UTF-8",
        "application/xml, text/xml, */*; q=0.01",
        java_cookie(c, sid),
        {"Faces-Request": "partial/ajax"},
        xrw=True,
        ie_share=0.4,
    )


SB_FORMS = {"jfForm": ["sfzh", "xm", "jfnd", "xzlx"], "cbForm": ["dwbh", "dwmc", "cbzt"]}


def sb_fields(c: Corpus, frm: str) -> list[tuple[str, str]]:
    vals = {
        "sfzh": c.idcard(),
        "xm": c.person(),
        "jfnd": str(c.pick([2026, 2027])),
        "xzlx": c.pick(["110", "310", "390"]),
        "dwbh": c.digits(8),
        "dwmc": company(c),
        "cbzt": c.pick(["1", "2", ""]),
    }
    return [(f"{frm}:{k}", vals[k]) for k in SB_FORMS[frm]]


@family("jsf-faces-ajax")
def jsf_faces_ajax(c: Corpus) -> None:
    f = "jsf-faces-ajax"
    for _ in range(N):
        frm = c.pick(list(SB_FORMS))
        src = f"{frm}:btnQuery"
        body = [
            (frm, frm),
            *sb_fields(c, frm),
            ("javax.faces.ViewState", mojarra_state(c)),
            ("javax.faces.source", src),
            ("javax.faces.partial.event", "click"),
            ("javax.faces.partial.execute", f"{src} {frm}"),
            ("javax.faces.partial.render", f"{frm}:result"),
            ("javax.faces.behavior.event", "action"),
            ("javax.faces.partial.ajax", "true"),
        ]
        sid = jsessionid(c)
        c.add(
            f,
            "mojarra-partial",
            "POST",
            "/sbjf/jf/query.xhtml",
            faces_headers(c, f"{SITE}/sbjf/jf/query.xhtml", sid),
            qs(body, uri),
        )
    for _ in range(N):
        tbl, rows = "form:tblJfmx", c.pick([10, 15, 20])
        body = [
            ("javax.faces.partial.ajax", "true"),
            ("javax.faces.source", tbl),
            ("javax.faces.partial.execute", tbl),
            ("javax.faces.partial.render", tbl),
            (tbl, tbl),
            (f"{tbl}_pagination", "true"),
            (f"{tbl}_first", str(rows * c.num(1, 20))),
            (f"{tbl}_rows", str(rows)),
            (f"{tbl}_skipChildren", "true"),
            (f"{tbl}_encodeFeature", "true"),
            ("form", "form"),
            ("form:sfzh", c.idcard()),
            ("javax.faces.ViewState", mojarra_state(c)),
        ]
        c.add(
            f,
            "primefaces-datatable-page",
            "POST",
            "/sbjf/jf/mx.xhtml",
            faces_headers(c, f"{SITE}/sbjf/jf/mx.xhtml", jsessionid(c)),
            qs(body, jq),
        )
    for _ in range(N):
        tbl = "form:tblDw"
        col = f"{tbl}:j_idt{c.num(20, 60)}"
        body = [
            ("javax.faces.partial.ajax", "true"),
            ("javax.faces.source", tbl),
            ("javax.faces.partial.execute", tbl),
            ("javax.faces.partial.render", tbl),
            (tbl, tbl),
            (f"{tbl}_sorting", "true"),
            (f"{tbl}_skipChildren", "true"),
            (f"{tbl}_encodeFeature", "true"),
            (f"{tbl}_sortKey", col),
            (f"{tbl}_sortDir", c.pick(["ASCENDING", "DESCENDING", "1", "-1"])),
            ("form", "form"),
            ("javax.faces.ViewState", mojarra_state(c)),
        ]
        c.add(
            f,
            "primefaces-datatable-sort",
            "POST",
            "/sbjf/dw/list.xhtml",
            faces_headers(c, f"{SITE}/sbjf/dw/list.xhtml", jsessionid(c)),
            qs(body, jq),
        )
    for _ in range(N):
        ac = "form:acDwmc"
        text = c.pick(["陕西", "西安市", "宝鸡", "咸阳彩虹", "延长"])
        body = [
            ("javax.faces.partial.ajax", "true"),
            ("javax.faces.source", ac),
            ("javax.faces.partial.execute", ac),
            ("javax.faces.partial.render", ac),
            (f"{ac}_query", text),
            ("form", "form"),
            (f"{ac}_input", text),
            ("javax.faces.ViewState", mojarra_state(c)),
        ]
        c.add(
            f,
            "primefaces-autocomplete",
            "POST",
            "/sbjf/dw/edit.xhtml",
            faces_headers(c, f"{SITE}/sbjf/dw/edit.xhtml", jsessionid(c)),
            qs(body, jq),
        )
    for _ in range(N):
        link = f"form:j_id{c.num(10, 90)}"
        body = [
            ("AJAXREQUEST", "_viewRoot"),
            ("form", "form"),
            ("form:sfzh", c.idcard()),
            ("form:xm", c.person()),
            ("javax.faces.ViewState", f"j_id{c.num(1, 40)}"),
            (link, link),
        ]
        if c.chance(0.5):
            body.append(("AJAX:EVENTS_COUNT", "1"))
        h = legacy(
            c,
            "xhr",
            f"{SITE}/sbjf/grcx/index.jsf",
            "application/x-www-form-urlencoded; charset=UTF-8",
            cookie=java_cookie(c),
        )
        c.add(f, "richfaces-ajaxrequest", "POST", "/sbjf/grcx/index.jsf", h, qs(body, uri))
    for _ in range(N):
        btn = "form:btnSave"
        body = [
            ("ice.submit.partial", c.pick(["true", "false"])),
            ("ice.event.target", btn),
            ("ice.event.captured", btn),
            ("ice.event.type", "onclick"),
            ("ice.event.alt", "false"),
            ("ice.event.ctrl", "false"),
            ("ice.event.shift", "false"),
            ("ice.event.meta", "false"),
            ("form:dwbh", c.digits(8)),
            ("form:jfjs", f"{c.num(3500, 25000)}.00"),
            ("form", "form"),
            ("icefacesCssUpdates", ""),
            ("javax.faces.ViewState", str(c.num(1, 9))),
            ("javax.faces.RenderKitId", "ICEfacesRenderKit"),
            ("ice.view", str(c.num(1, 9))),
            ("ice.focus", btn),
            (btn, "保存"),
        ]
        h = legacy(
            c,
            "xhr",
            f"{SITE}/sbjf/dwjf/edit.iface",
            "application/x-www-form-urlencoded; charset=UTF-8",
            cookie=java_cookie(c),
        )
        c.add(f, "icefaces-update", "POST", "/sbjf/block/send-receive-updates", h, qs(body, uri))
    for _ in range(N):
        body = [
            ("form", "form"),
            *sb_fields(c, "jfForm"),
            ("form:btnSave", "保存"),
            ("javax.faces.ViewState", mojarra_state(c)),
        ]
        sid = jsessionid(c)
        h = legacy(
            c, "nav", f"{SITE}/sbjf/jf/edit.xhtml", "application/x-www-form-urlencoded", cookie=java_cookie(c, sid)
        )
        c.add(f, "full-postback", "POST", "/sbjf/jf/edit.xhtml", h, qs(body, form))
    for _ in range(N):
        up = "form:fuCl"
        name, ctype, data = an_upload(c)
        b = c.browser(0.0)
        ct, body = c.multipart(
            b,
            [
                ("javax.faces.partial.ajax", "true"),
                ("javax.faces.partial.execute", up),
                ("javax.faces.source", up),
                ("javax.faces.partial.render", "form:clList"),
                ("form", "form"),
                ("javax.faces.ViewState", mojarra_state(c)),
                (up, (name, ctype, data)),
            ],
        )
        h = c.headers(
            b,
            accept="application/xml, text/xml, */*; q=0.01",
            ctype=ct,
            referer=f"{SITE}/sbjf/cl/upload.xhtml",
            xrw=True,
            cookie=java_cookie(c),
            extra={"Faces-Request": "partial/ajax"},
        )
        c.add(f, "primefaces-fileupload", "POST", "/sbjf/cl/upload.xhtml", h, body)
    for _ in range(N):
        res = c.pick(
            [
                "jsf.js.xhtml?ln=javax.faces",
                "primefaces.js.xhtml?ln=primefaces&v=6.2",
                "jquery/jquery.js.xhtml?ln=primefaces&v=6.2",
                "theme.css.xhtml?ln=primefaces-aristo&v=6.2",
                "components.css.xhtml?ln=primefaces&v=6.2",
            ]
        )
        kind = "script" if ".js" in res else "style"
        h = legacy(c, kind, f"{SITE}/sbjf/index.xhtml", accept="text/css,*/*;q=0.1" if ".css" in res else None)
        c.add(f, "faces-resource", "GET", f"/sbjf/javax.faces.resource/{res}", h)
    for _ in range(N):
        p = c.pick(
            [
                f"/sbjf/jf/query.xhtml;jsessionid={jsessionid(c)}",
                f"/sbjf/grcx/index.jsf;jsessionid={jsessionid(c)}",
                f"/sbjf/dw/view.xhtml;jsessionid={jsessionid(c)}?dwbh={c.digits(8)}",
            ]
        )
        c.add(f, "jsessionid-page", "GET", p, legacy(c, "nav", f"{SITE}/sbjf/index.xhtml"))


# --- dwr-remoting ----------------------------------------------------------------------------------------------

DWR_PAGE = "/wsbs/sxcx/index.jsp"


class DwrBatch:
    """One DWR batch: calls whose parameters are typed strings, with cN-eN lines for members and elements."""

    def __init__(self, c: Corpus, page_path: str, session: str, batch_id: int) -> None:
        self.c, self.page, self.session, self.batch_id = c, page_path, session, batch_id
        self.calls: list[tuple[str, str, list[str]]] = []
        self.extra: list[tuple[str, str]] = []

    def call(self, script: str, method: str, params: list[object]) -> None:
        i = len(self.calls)
        counter = [0]

        def enc(v: object) -> str:
            if v is None:
                return "null:null"
            if isinstance(v, bool):
                return f"boolean:{'true' if v else 'false'}"
            if isinstance(v, int | float):
                return f"number:{v}"
            if isinstance(v, datetime):  # Date.getTime() of a 北京 time
                return f"Date:{(v - timedelta(hours=8) - datetime(1970, 1, 1)) // timedelta(milliseconds=1)}"
            if isinstance(v, list):
                return f"array:[{','.join(ref(x) for x in v)}]"
            if isinstance(v, dict):
                return "Object_Object:{" + ", ".join(f"{k}:{ref(x)}" for k, x in v.items()) + "}"
            return "string:" + uri(v)

        def ref(v: object) -> str:
            counter[0] += 1
            key = f"c{i}-e{counter[0]}"
            self.extra.append((key, enc(v)))
            return f"reference:{key}"

        encoded = [enc(p) for p in params]
        self.calls.append((script, method, encoded))

    def body(self) -> str:
        page_path = uri(self.page) if "/" in self.session else self.page  # DWR 3 encodes the page, DWR 2 does not
        lines = [
            f"callCount={len(self.calls)}",
            f"page={page_path}",
            "httpSessionId=",
            f"scriptSessionId={self.session}",
        ]
        for i, (script, method, params) in enumerate(self.calls):
            lines += [f"c{i}-scriptName={script}", f"c{i}-methodName={method}", f"c{i}-id={i}"]
            lines += [f"{k}={v}" for k, v in self.extra if k.startswith(f"c{i}-")]
            lines += [f"c{i}-param{j}={p}" for j, p in enumerate(params)]
        return "\n".join([*lines, f"batchId={self.batch_id}"]) + "\n"

    def path(self) -> str:
        if len(self.calls) > 1:
            return f"/wsbs/dwr/call/plaincall/Multiple.{len(self.calls)}.dwr"
        script, method, _p = self.calls[0]
        return f"/wsbs/dwr/call/plaincall/{script}.{method}.dwr"


def dwr_session(c: Corpus) -> str:
    """DWR 2's scriptSessionId (32 hex digits and three more) or DWR 3's dwrsessionid/pageid."""
    if c.chance(0.5):
        return c.hexs(16).upper() + c.digits(3)
    return c.b64(20, True)[:27] + "/" + c.alnum(7) + "-" + c.alnum(9)


def dwr_send(c: Corpus, f: str, shape: str, batch: DwrBatch) -> None:
    h = legacy(c, "xhr", SITE + batch.page, "text/plain", "*/*", java_cookie(c), ie_share=0.6)
    c.add(f, shape, "POST", batch.path(), h, batch.body())


def dwr_query(c: Corpus) -> dict[str, object]:
    return {"sxmc": c.pick(MATTERS), "bmid": str(c.num(1, 60)), "xzqh": c.pick(list(CITIES)), "sfyx": True}


@family("dwr-remoting")
def dwr_remoting(c: Corpus) -> None:
    f = "dwr-remoting"
    pages = [DWR_PAGE, "/wsbs/bjcx/index.jsp", "/wsbs/yysq/form.jsp"]
    for _ in range(N):
        b = DwrBatch(c, c.pick(pages), dwr_session(c), c.num(0, 30))
        b.call("XzspService", c.pick(["getSxList", "searchSx"]), [c.pick([*MATTERS[:6], "营业执照", "许可"])])
        dwr_send(c, f, "plaincall-string", b)
    for _ in range(N):
        b = DwrBatch(c, c.pick(pages), dwr_session(c), c.num(0, 30))
        b.call("XzspService", "queryPage", [dwr_query(c), c.num(1, 20), c.pick([10, 15, 20])])
        dwr_send(c, f, "plaincall-object", b)
    for _ in range(N):
        b = DwrBatch(c, "/wsbs/yysq/form.jsp", dwr_session(c), c.num(0, 30))
        b.call(
            "ClService",
            "checkCl",
            [c.sample(["营业执照", "法人身份证", "授权委托书", "场地证明", "申请表"], c.num(2, 4))],
        )
        dwr_send(c, f, "plaincall-array", b)
    for _ in range(N):
        b = DwrBatch(c, c.pick(pages), dwr_session(c), c.num(0, 30))
        b.call("DictService", "getDict", [c.pick(["XZQH", "SXLX", "BJZT"])])
        b.call("XzspService", "getSxCount", [c.pick(list(CITIES))])
        dwr_send(c, f, "multiple-batch", b)
    for _ in range(N):
        b = DwrBatch(c, c.pick(pages), dwr_session(c), c.num(0, 30))
        b.call("BjService", "getBjPage", [c.num(1, 30), c.pick([10, 20]), c.chance(0.5), None])
        dwr_send(c, f, "plaincall-number-boolean", b)
    for _ in range(N):
        b = DwrBatch(c, "/wsbs/yysq/form.jsp", dwr_session(c), c.num(0, 30))
        day = a_day(c).replace(hour=c.pick([9, 10, 14, 15]))
        b.call("YyService", "getHy", [day, c.pick(["01", "02", "03"])])
        dwr_send(c, f, "plaincall-date", b)
    for _ in range(N):
        body = "\n".join(
            [
                "callCount=1",
                "c0-scriptName=__System",
                "c0-methodName=generateId",
                "c0-id=0",
                f"batchId={c.num(0, 2)}",
                "instanceId=0",
                f"page={uri(c.pick(pages))}",
                "scriptSessionId=",
                "",
            ]
        )
        h = legacy(c, "xhr", SITE + c.pick(pages), "text/plain", "*/*", java_cookie(c))
        c.add(f, "system-generateid", "POST", "/wsbs/dwr/call/plaincall/__System.generateId.dwr", h, body)
    for _ in range(N):
        res = c.pick(
            ["engine.js", "util.js", "interface/XzspService.js", "interface/YyService.js", "interface/ClService.js"]
        )
        c.add(
            f, "dwr-script", "GET", f"/wsbs/dwr/{res}", legacy(c, "script", SITE + c.pick(pages), cookie=java_cookie(c))
        )
    for _ in range(N):
        name, ctype, data = an_upload(c)
        fields = [
            ("callCount", "1"),
            ("windowName", f"DWR-{c.digits(4)}"),
            ("c0-scriptName", "ClService"),
            ("c0-methodName", "uploadCl"),
            ("c0-id", "0"),
            ("c0-param0", (local_path(c, name), ctype, data)),
            ("c0-param1", "string:" + uri(c.pick(["营业执照", "申请表", "身份证"]))),
            ("batchId", str(c.num(1, 20))),
            ("instanceId", "0"),
            ("page", uri("/wsbs/yysq/form.jsp")),
            ("scriptSessionId", dwr_session(c)),
        ]
        ct, body = mime_parts(boundary_ie(c), fields)
        h = ie(c, "nav", f"{SITE}/wsbs/yysq/form.jsp", ct, cookie=java_cookie(c))
        c.add(f, "htmlcall-upload", "POST", "/wsbs/dwr/call/htmlcall/ClService.uploadCl.dwr", h, body)
    for _ in range(N):
        p = c.pick([*pages, f"/wsbs/sxcx/detail.jsp?sxid={c.num(1000, 9999)}"])
        c.add(f, "dwr-page", "GET", p, legacy(c, "nav", f"{SITE}/wsbs/index.jsp", cookie=java_cookie(c)))


# --- gwt-rpc -------------------------------------------------------------------------------------------------------

GWT_MODULE = f"{SITE}/zhjg/zhjg/"
GWT_POLICY = "6F2B5C0E4A1D9B37C8E2F04A13D7B965"  # the serialization policy's strong name (a .gwt.rpc file)
GWT_PERMUTATIONS = [
    "3A9F1C2B7D4E6F8091A2B3C4D5E6F701",
    "C0FFEE1234ABCDEF5678901234ABCDEF",
    "8E1D2C3B4A5F6E7D8C9B0A1F2E3D4C5B",
]
JRE = {
    "String": "java.lang.String/2004016611",
    "Integer": "java.lang.Integer/3438268394",
    "Boolean": "java.lang.Boolean/476441737",
    "ArrayList": "java.util.ArrayList/4159755760",
    "HashMap": "java.util.HashMap/1797211028",
}
DTOS = {  # this generator's shared classes: type signature, fields in name order (GWT serializes them so)
    "JgQuery": (
        "cn.gov.sn.zhjg.shared.JgQuery/2738175041",
        [("jclx", "S"), ("pageNo", "I"), ("pageSize", "I"), ("qymc", "S"), ("sfzd", "Boolean"), ("xzqh", "S")],
    ),
    "JcJl": (
        "cn.gov.sn.zhjg.shared.JcJl/1103862217",
        [("bz", "S"), ("jcjg", "S"), ("jcrq", "S"), ("jcry", "S"), ("qyid", "Integer")],
    ),
}
GWT_SERVICE = "cn.gov.sn.zhjg.client.service.JgService"


class GwtWriter:
    """ClientSerializationStreamWriter, version 7: a string table, then the payload of indices and numbers."""

    def __init__(self) -> None:
        self.strings: list[str] = []
        self.payload: list[str] = []

    def s(self, v: str | None) -> None:
        if v is None:
            self.payload.append("0")
            return
        if v not in self.strings:
            self.strings.append(v)
        self.payload.append(str(self.strings.index(v) + 1))

    def i(self, n: int) -> None:
        self.payload.append(str(n))

    def obj(self, kind: str, value: object) -> None:
        """writeObject: null, or the type signature and then the instance's fields."""
        if value is None:
            self.s(None)
        elif kind == "String":
            self.s(JRE["String"])
            self.s(value)
        elif kind in ("Integer", "Boolean"):
            self.s(JRE[kind])
            self.i(int(value))
        elif kind == "ArrayList":
            self.s(JRE["ArrayList"])
            self.i(len(value))
            for v in value:
                self.obj("String", v)
        elif kind == "HashMap":
            self.s(JRE["HashMap"])
            self.i(len(value))
            for k, v in value.items():
                self.obj("String", k)
                self.obj("String", v)
        else:
            sig, fields = DTOS[kind]
            self.s(sig)
            for name, t in fields:
                self.field(t, value.get(name))

    def field(self, t: str, v: object) -> None:
        if t == "S":
            self.s(v)
        elif t == "I":
            self.i(int(v))
        else:
            self.obj(t, v)

    def text(self) -> str:
        esc = [x.replace("\\", "\\\\").replace("|", "\\!") for x in self.strings]
        return "|".join(["7", "0", str(len(self.strings)), *esc, *self.payload]) + "|"


def gwt_call(method: str, params: list[tuple[str, str, object]], service: str = GWT_SERVICE) -> str:
    """The body RemoteServiceProxy writes: module base, policy, interface, method, count, types, values."""
    w = GwtWriter()
    for v in (GWT_MODULE, GWT_POLICY, service, method):
        w.s(v)
    w.i(len(params))
    for _kind, sig, _v in params:
        w.s(sig)
    for kind, _sig, v in params:
        w.field({"String": "S", "int": "I"}.get(kind, kind), v)
    return w.text()


def gwt_headers(c: Corpus) -> dict[str, str]:
    return legacy(
        c,
        "xhr",
        f"{SITE}/zhjg/Zhjg.html",
        "text/x-gwt-rpc; charset=utf-8",
        "*/*",
        java_cookie(c),
        {"X-GWT-Permutation": c.pick(GWT_PERMUTATIONS), "X-GWT-Module-Base": GWT_MODULE},
        ie_share=0.5,
    )


def jg_query(c: Corpus) -> dict[str, object]:
    return {
        "jclx": c.pick(["SCJG", "AQJG", "HBJG", None]),
        "pageNo": c.num(1, 20),
        "pageSize": c.pick([15, 20, 50]),
        "qymc": c.pick([None, company(c)]),
        "sfzd": c.pick([True, False, None]),
        "xzqh": c.pick(list(CITIES)),
    }


@family("gwt-rpc")
def gwt_rpc(c: Corpus) -> None:
    f = "gwt-rpc"
    rpc = "/zhjg/zhjg/jgService"
    for _ in range(N):
        body = gwt_call(c.pick(["searchQy", "getQyByName"]), [("String", JRE["String"], company(c))])
        c.add(f, "rpc-string", "POST", rpc, gwt_headers(c), body)
    for _ in range(N):
        params = [("String", JRE["String"], c.pick(list(CITIES))), ("int", "I", c.num(0, 20) * 20), ("int", "I", 20)]
        c.add(f, "rpc-paging", "POST", rpc, gwt_headers(c), gwt_call("listJcjh", params))
    for _ in range(N):
        c.add(
            f,
            "rpc-dto-query",
            "POST",
            rpc,
            gwt_headers(c),
            gwt_call("queryJgxx", [("JgQuery", DTOS["JgQuery"][0], jg_query(c))]),
        )
    for _ in range(N):
        jl = {
            "bz": c.pick([None, "现场 检查 未 发现 问题", "责令 限期 整改（7 日）"]),
            "jcjg": c.pick(["合格", "不合格", "整改"]),
            "jcrq": f"{a_day(c):%Y-%m-%d}",
            "jcry": f"{c.person()},{c.person()}",
            "qyid": c.num(1000, 99999),
        }
        c.add(f, "rpc-dto-save", "POST", rpc, gwt_headers(c), gwt_call("saveJcjl", [("JcJl", DTOS["JcJl"][0], jl)]))
    for _ in range(N):
        ids = sorted({str(c.num(1000, 99999)) for _ in range(c.num(2, 6))})
        c.add(
            f, "rpc-list", "POST", rpc, gwt_headers(c), gwt_call("batchShenhe", [("ArrayList", JRE["ArrayList"], ids)])
        )
    for _ in range(N):
        m = {"xzqh": c.pick(list(CITIES)), "nd": str(c.pick([2026, 2027])), "jd": str(c.num(1, 4))}
        c.add(f, "rpc-map", "POST", rpc, gwt_headers(c), gwt_call("tongji", [("HashMap", JRE["HashMap"], m)]))
    for _ in range(N):
        c.add(
            f, "rpc-noargs", "POST", rpc, gwt_headers(c), gwt_call(c.pick(["getCurrentUser", "getMenu", "getDict"]), [])
        )
    for _ in range(N):
        params = [
            ("String", JRE["String"], c.pick(["jgy", "zfdy", "admin"]) + c.digits(3)),
            ("String", JRE["String"], c.alnum(10)),
        ]
        body = gwt_call("login", params, "cn.gov.sn.zhjg.client.service.LoginService")
        c.add(f, "rpc-login", "POST", "/zhjg/zhjg/login", gwt_headers(c), body)
    for _ in range(N):
        c.add(
            f,
            "nocache-js",
            "GET",
            f"/zhjg/zhjg/zhjg.nocache.js?{c.pick(['', str(ms(c))])}".rstrip("?"),
            legacy(c, "script", f"{SITE}/zhjg/Zhjg.html"),
        )
    for _ in range(N):
        perm = c.pick(GWT_PERMUTATIONS)
        ext = c.pick(["cache.html", "cache.js"])
        h = legacy(c, "script" if ext == "cache.js" else "nav", f"{SITE}/zhjg/Zhjg.html")
        if ext == "cache.html" and "Sec-Fetch-Dest" in h:  # the iframe linker's hidden frame
            h["Sec-Fetch-Dest"] = "iframe"
            h.pop("Sec-Fetch-User", None)
        c.add(f, "permutation-fetch", "GET", f"/zhjg/zhjg/{perm}.{ext}", h)
    navigations(
        c,
        f,
        "host-page",
        lambda: c.pick(["/zhjg/Zhjg.html", "/zhjg/Zhjg.html?locale=zh_CN"]),
        f"{SITE}/zhjg/index.jsp",
        0.0,
    )


# --- extjs-data-direct ---------------------------------------------------------------------------------------

DAGL_REF = f"{SITE}/dagl/index.jsp"


def ext_xhr(c: Corpus, ctype: str | None = None) -> dict[str, str]:
    return legacy(c, "xhr", DAGL_REF, ctype, "*/*", java_cookie(c), xrw=True)


@family("extjs-data-direct")
def extjs_data_direct(c: Corpus) -> None:
    f = "extjs-data-direct"
    for _ in range(N):
        body = [("start", str(c.num(0, 30) * 20)), ("limit", "20")]
        if c.chance(0.6):
            body += [("sort", c.pick(["dh", "tm", "nd", "bgqx"])), ("dir", c.pick(["ASC", "DESC"]))]
        body += [("qzh", f"{c.pick(['J', 'Z'])}{c.num(1, 199):03d}"), ("nd", str(c.pick([2025, 2026, 2027])))]
        c.add(
            f,
            "ext3-store-post",
            "POST",
            "/dagl/wsda/list.do",
            ext_xhr(c, "application/x-www-form-urlencoded; charset=UTF-8"),
            qs(body, uri),
        )
    for _ in range(N):
        p = c.num(1, 30)
        q = [
            ("_dc", ms(c)),
            ("page", p),
            ("start", (p - 1) * 25),
            ("limit", 25),
            ("sort", js_doc([{"property": c.pick(["dh", "nd", "gdrq"]), "direction": c.pick(["ASC", "DESC"])}])),
        ]
        c.add(f, "ext4-store-page", "GET", "/dagl/kjda/list.do?" + qs(q, uri), ext_xhr(c))
    for _ in range(N):
        p = c.num(1, 10)
        flt = [{"property": "zt", "value": c.pick(["1", "2"])}]
        if c.chance(0.5):
            flt.append({"property": "bgqx", "value": c.pick(["永久", "30年", "10年"])})
        q = [("_dc", ms(c)), ("page", p), ("start", (p - 1) * 50), ("limit", 50), ("filter", js_doc(flt))]
        c.add(f, "ext4-filter", "GET", "/dagl/jyda/list.do?" + qs(q, uri), ext_xhr(c))
    for _ in range(N):
        node = c.pick(["root", f"qz_{c.num(1, 199)}", f"nd_{c.pick([2025, 2026, 2027])}", f"lm_{c.num(1, 40)}"])
        if c.chance(0.5):
            c.add(f, "tree-node-load", "GET", f"/dagl/tree/children.do?_dc={ms(c)}&node={node}", ext_xhr(c))
        else:
            c.add(
                f,
                "tree-node-load",
                "POST",
                "/dagl/tree/children.do",
                ext_xhr(c, "application/x-www-form-urlencoded; charset=UTF-8"),
                f"node={node}",
            )
    for _ in range(N):
        q = [
            ("_dc", ms(c)),
            ("query", c.pick(["西安", "文书", "会计凭证", "2027", "陕西省"])),
            ("page", 1),
            ("start", 0),
            ("limit", 25),
        ]
        c.add(f, "combo-query", "GET", "/dagl/dict/qzList.do?" + qs(q, uri), ext_xhr(c))
    for _ in range(N):
        doc = {
            "action": c.pick(["QueryAction", "DaAction"]),
            "method": c.pick(["list", "get", "count"]),
            "data": [{"qzh": f"J{c.num(1, 199):03d}", "nd": c.pick([2026, 2027]), "page": c.num(1, 9), "limit": 25}],
            "type": "rpc",
            "tid": c.num(2, 40),
        }
        c.add(
            f, "direct-rpc", "POST", "/dagl/direct/router", ext_xhr(c, "application/json; charset=UTF-8"), js_doc(doc)
        )
    for _ in range(N):
        tid = c.num(2, 30)
        calls = []
        for k in range(c.num(2, 4)):
            calls.append(
                {
                    "action": c.pick(["QueryAction", "DictAction", "StatAction"]),
                    "method": c.pick(["list", "load", "summary"]),
                    "data": [c.pick(["wsda", "kjda", "jyda"])],
                    "type": "rpc",
                    "tid": tid + k,
                }
            )
        c.add(
            f,
            "direct-batch",
            "POST",
            "/dagl/direct/router",
            ext_xhr(c, "application/json; charset=UTF-8"),
            js_doc(calls),
        )
    for _ in range(N):
        body = [
            (
                "dh",
                f"J{c.num(1, 199):03d}-WS·2027-{c.pick(['Y', 'D30', 'D10'])}-{c.pick(['BGS', 'ZCK', 'CWK'])}-"
                f"{c.num(1, 999):04d}",
            ),
            ("tm", f"关于{c.pick(['印发', '转发'])}{c.pick(['档案工作要点', '安全检查方案', '预算编制通知'])}的通知"),
            ("zrz", c.pick(ORGS)),
            ("rq", f"{a_day(c):%Y%m%d}"),
            ("ys", str(c.num(1, 60))),
            ("mj", c.pick(["", "内部"])),
        ]
        c.add(
            f,
            "form-submit",
            "POST",
            "/dagl/wsda/save.do",
            ext_xhr(c, "application/x-www-form-urlencoded; charset=UTF-8"),
            qs(body, uri),
        )
    for _ in range(N):
        recs = [
            {"id": c.num(1000, 99999), "bgqx": c.pick(["永久", "30年", "10年"]), "kfzt": c.pick(["开放", "控制"])}
            for _ in range(c.num(1, 4))
        ]
        c.add(
            f,
            "json-writer",
            "POST",
            f"/dagl/wsda/update.do?_dc={ms(c)}",
            ext_xhr(c, "application/json; charset=UTF-8"),
            js_doc({"data": recs}),
        )
    for _ in range(N):
        name, ctype, data = an_upload(c)
        fields = [
            ("daid", str(c.num(1000, 99999))),
            ("yw", (local_path(c, name), ctype, data)),
            ("sm", c.pick(["扫描件", "原件"])),
        ]
        ct, body = mime_parts(boundary_ie(c), fields)
        c.add(
            f, "iframe-upload", "POST", "/dagl/dzwj/upload.do", ie(c, "nav", DAGL_REF, ct, cookie=java_cookie(c)), body
        )
    for _ in range(N):
        res = c.pick(
            [
                "/dagl/direct/api.js",
                "/dagl/ext-3.4.0/ext-all.js",
                "/dagl/ext-4.2.1/ext-all.js",
                "/dagl/ext-4.2.1/locale/ext-lang-zh_CN.js",
                "/dagl/app/app.js?_dc=" + str(ms(c)),
            ]
        )
        c.add(f, "ext-script", "GET", res, legacy(c, "script", DAGL_REF))
    navigations(
        c,
        f,
        "ext-app-page",
        lambda: c.pick(["/dagl/index.jsp", "/dagl/login.jsp", "/dagl/main.jsp"]),
        f"{SITE}/dagl/login.jsp",
        0.0,
    )


# --- flex-blazeds-amf ------------------------------------------------------------------------------------------


class Amfx:
    """AMFXEncoder (Flex's HTTPChannel): AMF 3 values as XML, with string and trait reference tables."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.strings: list[str] = []
        self.traits: list[tuple[str, ...]] = []

    def string(self, s: str) -> None:
        if s and s in self.strings:
            self.parts.append(f'<string id="{self.strings.index(s)}"/>')
            return
        if s:
            self.strings.append(s)
        self.parts.append(f"<string>{xml_escape(s)}</string>" if s else "<string/>")

    def value(self, v: object) -> None:
        if v is None:
            self.parts.append("<null/>")
        elif isinstance(v, bool):
            self.parts.append("<true/>" if v else "<false/>")
        elif isinstance(v, int) and -(2**28) <= v < 2**28:
            self.parts.append(f"<int>{v}</int>")
        elif isinstance(v, int | float):
            self.parts.append(f"<double>{v}</double>")
        elif isinstance(v, str):
            self.string(v)
        elif isinstance(v, list):
            self.parts.append(f'<array length="{len(v)}">')
            for x in v:
                self.value(x)
            self.parts.append("</array>")
        elif isinstance(v, dict):
            self.obj("", [], v)
        else:
            cls, sealed = v
            self.obj(cls, sealed, None)

    def obj(self, cls: str, sealed: list[tuple[str, object]], dynamic: dict | None) -> None:
        names = tuple(k for k, _ in sealed)
        key = (cls, *names, "+" if dynamic is not None else "")
        self.parts.append(f'<object type="{cls}">' if cls else "<object>")
        if key in self.traits:
            self.parts.append(f'<traits id="{self.traits.index(key)}"/>')
        else:
            self.traits.append(key)
            open_tag = '<traits dynamic="true"' if dynamic is not None else "<traits"
            if not names:
                self.parts.append(open_tag + "/>")
            else:
                self.parts.append(open_tag + ">")
                for k in names:
                    self.string(k)
                self.parts.append("</traits>")
        for _, x in sealed:
            self.value(x)
        for k, x in (dynamic or {}).items():
            self.string(k)
            self.value(x)
        self.parts.append("</object>")


MESSAGE_FIELDS = ["body", "clientId", "destination", "headers", "messageId", "timeToLive", "timestamp"]
AMFX_NS = "http://www.macromedia.com/2005/amfx"


def flex_message(cls: str, first: list[tuple[str, object]], rest: dict[str, object]) -> tuple[str, list]:
    return (f"flex.messaging.messages.{cls}", [*first, *((k, rest[k]) for k in MESSAGE_FIELDS)])


def amfx_packet(message: tuple[str, list]) -> str:
    """The packet HTTPChannel posts: <amfx ver="3"> with one <body> holding the message object."""
    enc = Amfx()
    enc.value(message)
    return f'<amfx ver="3" xmlns="{AMFX_NS}"><body>{"".join(enc.parts)}</body></amfx>'


def flex_uuid(c: Corpus) -> str:
    return c.uid().upper()


def flash_headers(c: Corpus, swf: str) -> dict[str, str]:
    """Flash Player in IE (ActiveX) or in a Chromium shell (PPAPI): x-flash-version or X-Requested-With."""
    ref = f"{SITE}/yjzh/{swf}/[[DYNAMIC]]/{c.num(1, 5)}"
    if c.chance(0.6):
        return ie(c, "xhr", ref, "application/xml", "*/*", java_cookie(c), {"x-flash-version": FLASH_VERSION})
    b = c.browser(0.0)
    h = c.headers(
        b,
        accept="*/*",
        ctype="application/xml",
        referer=ref,
        cookie=java_cookie(c),
        extra={"X-Requested-With": "ShockwaveFlash/" + FLASH_VERSION.replace(",", ".")},
    )
    if "Sec-Fetch-Mode" in h:
        h["Sec-Fetch-Mode"], h["Sec-Fetch-Dest"] = "no-cors", "embed"
    return h


def remoting(c: Corpus, dest: str, op: str, args: list[object], dsid: str) -> tuple[str, list]:
    first = [("operation", op), ("source", None)]
    rest = {
        "body": args,
        "clientId": None,
        "destination": dest,
        "headers": {"DSEndpoint": "my-http", "DSId": dsid},
        "messageId": flex_uuid(c),
        "timeToLive": 0,
        "timestamp": 0,
    }
    return flex_message("RemotingMessage", first, rest)


def command(c: Corpus, op: int, body: object, headers: dict, dest: str = "", client: str | None = None) -> tuple:
    first = [("operation", op), ("correlationId", "")]
    rest = {
        "body": body,
        "clientId": client,
        "destination": dest,
        "headers": headers,
        "messageId": flex_uuid(c),
        "timeToLive": 0,
        "timestamp": 0,
    }
    return flex_message("CommandMessage", first, rest)


SWFS = ["Main.swf", "YjzhMain.swf", "modules/JcModule.swf"]
XZQH_SHORT = list(CITIES)


@family("flex-blazeds-amfx")
def flex_blazeds_amfx(c: Corpus) -> None:
    f = "flex-blazeds-amfx"
    http, polling = "/yjzh/messagebroker/http", "/yjzh/messagebroker/httppolling"

    def send(shape: str, path: str, message: tuple) -> None:
        c.add(f, shape, "POST", path, flash_headers(c, c.pick(SWFS)), amfx_packet(message))

    for _ in range(N):
        send("client-ping", http, command(c, 5, {}, {"DSMessagingVersion": 1, "DSId": "nil"}))
    for _ in range(N):
        args = [c.pick(XZQH_SHORT), c.num(1, 20), c.pick([15, 20, 30])]
        send("remoting-query", http, remoting(c, "yjsjService", c.pick(["getSjList", "querySj"]), args, flex_uuid(c)))
    for _ in range(N):
        vo = {
            "yalx": c.pick(["自然灾害", "事故灾难", "公共卫生"]),
            "xzqh": c.pick(XZQH_SHORT),
            "jb": c.num(1, 4),
            "sfqy": c.chance(0.8),
        }
        send("remoting-object", http, remoting(c, "yaService", "queryYa", [vo], flex_uuid(c)))
    for _ in range(N):
        typed = (
            "cn.gov.sn.yjzh.vo.SjVO",
            [
                ("bt", c.pick(["G210 国道 山体 滑坡", "渭河 临潼 段 水位 上涨", "某 化工厂 泄漏"])),
                ("fssj", f"{a_day(c):%Y-%m-%d} {c.num(0, 23):02d}:{c.num(0, 59):02d}"),
                ("jd", round(107 + c.num(0, 3000) / 1000, 6)),
                ("wd", round(33 + c.num(0, 3000) / 1000, 6)),
                ("xzqh", c.pick(XZQH_SHORT)),
                ("swrs", c.num(0, 3)),
            ],
        )
        send("remoting-typed-vo", http, remoting(c, "yjsjService", "saveSj", [typed], flex_uuid(c)))
    for _ in range(N):
        items = c.sample(["帐篷", "棉被", "发电机", "冲锋舟", "救生衣", "照明灯"], c.num(2, 4))
        send("remoting-array", http, remoting(c, "wzService", "getWzKc", [items], flex_uuid(c)))
    for _ in range(N):
        cred = base64.b64encode(f"{c.pick(['yjb', 'zhzx', 'zbs'])}{c.digits(3)}:{c.alnum(8)}".encode()).decode()
        send("login-command", http, command(c, 8, cred, {"DSEndpoint": "my-http", "DSId": flex_uuid(c)}))
    for _ in range(N):
        send("logout-command", http, command(c, 9, {}, {"DSEndpoint": "my-http", "DSId": flex_uuid(c)}))
    for _ in range(N):
        hdrs = {"DSSubtopic": c.pick(XZQH_SHORT), "DSEndpoint": "my-polling-http", "DSId": flex_uuid(c)}
        send("subscribe-command", polling, command(c, 0, {}, hdrs, c.pick(["jcxxPush", "yjxxPush"]), flex_uuid(c)))
    for _ in range(N):
        send("poll-command", polling, command(c, 2, {}, {"DSEndpoint": "my-polling-http", "DSId": flex_uuid(c)}))
    for _ in range(N):
        h = flash_headers(c, c.pick(SWFS))
        for k in ("Content-Type", "Origin", "Cache-Control"):
            h.pop(k, None)
        c.add(f, "crossdomain-xml", "GET", "/crossdomain.xml", h)
    for _ in range(N):
        res = c.pick(
            [
                "/yjzh/Main.swf",
                "/yjzh/YjzhMain.swf",
                "/yjzh/framework_4.6.0.23201.swz",
                "/yjzh/rpc_4.6.0.23201.swz",
                "/yjzh/modules/JcModule.swf",
                "/yjzh/playerProductInstall.swf",
            ]
        )
        h = legacy(c, "img", f"{SITE}/yjzh/index.html", accept="*/*")  # the page's <object> element
        if "Sec-Fetch-Dest" in h:
            h["Sec-Fetch-Dest"] = "object"
        if res.endswith(".swz") or "modules" in res:
            h = flash_headers(c, "Main.swf")
            for k in ("Content-Type", "Origin", "Cache-Control"):
                h.pop(k, None)
        c.add(f, "swf-load", "GET", res, h)
    navigations(
        c,
        f,
        "flex-host-page",
        lambda: c.pick(["/yjzh/index.html", "/yjzh/index.html?debug=false"]),
        f"{SITE}/yjzh/login.jsp",
        0.0,
    )


# --- oracle-apex ---------------------------------------------------------------------------------------------


def apex_session(c: Corpus) -> str:
    return str(c.num(10**12, 10**16 - 1))


def apex_cookie(c: Corpus, app: int) -> str:
    return f"ORA_WWV_APP_{app}=ORA_WWV-{c.b64(18, True)}"


APEX_APPS = {100: "统计 数据 报送", 200: "财政 专项 资金", 310: "国资 监管 报表"}


def apex_form(c: Corpus, ref: str, app: int) -> dict[str, str]:
    return legacy(c, "nav", ref, "application/x-www-form-urlencoded", cookie=apex_cookie(c, app))


def apex_ajax(c: Corpus, ref: str, app: int) -> dict[str, str]:
    return legacy(
        c, "xhr", ref, JQ_FORM, "application/json, text/javascript, */*; q=0.01", apex_cookie(c, app), xrw=True
    )


@family("oracle-apex")
def oracle_apex(c: Corpus) -> None:
    f = "oracle-apex"
    for _ in range(N):
        app = c.pick(list(APEX_APPS))
        p = f"/apex/f?p={app}:{c.pick([1, 2, 10, 20])}:{apex_session(c)}::NO:::"
        c.add(f, "page-url", "GET", p, legacy(c, "nav", f"{SITE}/apex/f?p={app}:1", cookie=apex_cookie(c, app)))
    for _ in range(N):
        app, pg = c.pick(list(APEX_APPS)), c.num(2, 40)
        items = c.sample([f"P{pg}_ID", f"P{pg}_LX", f"P{pg}_ND", f"P{pg}_XZQH"], c.num(1, 3))
        vals = [
            {"ID": str(c.num(1, 9999)), "LX": c.pick(["1", "2"]), "ND": "2027", "XZQH": c.pick(list(CITIES))}[
                i.split("_", 1)[1]
            ]
            for i in items
        ]
        p = f"/apex/f?p={app}:{pg}:{apex_session(c)}::NO:RP,{pg}:{','.join(items)}:{','.join(vals)}"
        c.add(f, "page-url-items", "GET", p, legacy(c, "nav", f"{SITE}/apex/f?p={app}:1", cookie=apex_cookie(c, app)))
    for _ in range(N):
        app, pg = c.pick(list(APEX_APPS)), c.num(2, 40)
        body = [
            ("p_flow_id", str(app)),
            ("p_flow_step_id", str(pg)),
            ("p_instance", apex_session(c)),
            ("p_page_submission_id", str(c.num(10**6, 10**8))),
            ("p_request", c.pick(["SAVE", "CREATE", "SUBMIT"])),
        ]
        values = [
            c.pick(list(CITIES)),
            "2027",
            f"{c.num(10, 99999)}.{c.num(0, 99):02d}",
            c.pick(["", "按季度 报送"]),
            c.person(),
            c.mobile(),
        ]
        for k, v in enumerate(values[: c.num(3, 6)], 1):
            body += [("p_arg_names", str(c.num(10**7, 10**9))), (f"p_t{k:02d}", v)]
        body += [("p_md5_checksum", ""), ("p_page_checksum", c.hexs(16).upper())]
        c.add(
            f,
            "accept-submit",
            "POST",
            "/apex/wwv_flow.accept",
            apex_form(c, f"{SITE}/apex/f?p={app}:{pg}", app),
            qs(body, form),
        )
    for _ in range(N):
        app = c.pick(list(APEX_APPS))
        body = [
            ("p_flow_id", str(app)),
            ("p_flow_step_id", "101"),
            ("p_instance", apex_session(c)),
            ("p_page_submission_id", str(c.num(10**6, 10**8))),
            ("p_request", "LOGIN"),
            ("p_arg_names", str(c.num(10**7, 10**9))),
            ("p_t01", c.pick(["TJY", "CWK", "GZW"]) + c.digits(3)),
            ("p_arg_names", str(c.num(10**7, 10**9))),
            ("p_t02", c.alnum(10)),
            ("p_md5_checksum", ""),
            ("p_page_checksum", c.hexs(16).upper()),
        ]
        c.add(
            f,
            "accept-login",
            "POST",
            "/apex/wwv_flow.accept",
            apex_form(c, f"{SITE}/apex/f?p={app}:101", app),
            qs(body, form),
        )
    for _ in range(N):
        app = c.pick(list(APEX_APPS))
        body = [
            ("p_request", f"APPLICATION_PROCESS={c.pick(['GET_COUNTY', 'GET_HYDM', 'CHECK_TYSHXYDM'])}"),
            ("p_flow_id", str(app)),
            ("p_flow_step_id", "0"),
            ("p_instance", apex_session(c)),
            ("x01", c.pick([*CITIES, uscc(c)])),
        ]
        c.add(
            f,
            "show-app-process",
            "POST",
            "/apex/wwv_flow.show",
            apex_ajax(c, f"{SITE}/apex/f?p={app}:5", app),
            qs(body, jq),
        )
    for _ in range(N):
        app, pg = c.pick(list(APEX_APPS)), c.num(2, 40)
        rows = c.pick([15, 50, 100])
        start = rows * c.num(1, 10) + 1
        body = [
            ("p_request", f"NATIVE={c.digits(16)}"),
            ("p_flow_id", str(app)),
            ("p_flow_step_id", str(pg)),
            ("p_instance", apex_session(c)),
            ("p_widget_name", "worksheet"),
            ("p_widget_mod", "ACTION"),
            ("p_widget_action", "PAGE"),
            ("p_widget_action_mod", f"pgR_min_row={start}max_rows={rows}rows_fetched={rows}"),
            ("x01", c.digits(16)),
            ("x02", c.digits(16)),
        ]
        c.add(
            f,
            "ir-pagination",
            "POST",
            "/apex/wwv_flow.show",
            apex_ajax(c, f"{SITE}/apex/f?p={app}:{pg}", app),
            qs(body, jq),
        )
    for _ in range(N):
        app, pg = c.pick(list(APEX_APPS)), c.num(2, 40)
        items = [{"n": f"P{pg}_XZQH", "v": c.pick(list(CITIES))}, {"n": f"P{pg}_ND", "v": "2027"}]
        doc = {
            "pageItems": {"itemsToSubmit": items[: c.num(1, 2)], "protected": c.b64(24, True), "rowVersion": ""},
            "salt": str(c.num(10**37, 10**38)),
        }
        body = [
            ("p_flow_id", str(app)),
            ("p_flow_step_id", str(pg)),
            ("p_instance", apex_session(c)),
            ("p_debug", ""),
            ("p_request", f"PLUGIN={c.b64(48, True)}"),
            ("p_json", js_doc(doc)),
        ]
        c.add(
            f,
            "ajax-p-json",
            "POST",
            "/apex/wwv_flow.ajax",
            apex_ajax(c, f"{SITE}/apex/f?p={app}:{pg}", app),
            qs(body, jq),
        )
    for _ in range(N):
        app, pg = c.pick(list(APEX_APPS)), c.num(2, 40)
        items = [
            {"n": f"P{pg}_XMMC", "v": c.pick(["2027年 第二季度 统计 报表", "专项 资金 拨付 申请"])},
            {"n": f"P{pg}_JE", "v": f"{c.num(1, 999)}.{c.num(0, 99):02d}"},
            {"n": f"P{pg}_BZ", "v": c.pick(["", "已 与 财务科 核对", "见 附件"])},
        ]
        doc = {
            "salt": str(c.num(10**37, 10**38)),
            "pageItems": {
                "itemsToSubmit": items,
                "protected": c.b64(24, True),
                "rowVersion": "",
                "formRegionChecksums": [],
            },
        }
        body = [
            ("p_flow_id", str(app)),
            ("p_flow_step_id", str(pg)),
            ("p_instance", apex_session(c)),
            ("p_debug", ""),
            ("p_request", "SAVE"),
            ("p_reload_on_submit", "S"),
            ("p_page_submission_id", str(c.num(10**6, 10**8))),
            ("p_json", js_doc(doc)),
        ]
        c.add(
            f,
            "accept-p-json",
            "POST",
            "/apex/wwv_flow.accept",
            apex_form(c, f"{SITE}/apex/f?p={app}:{pg}", app),
            qs(body, form),
        )
    for _ in range(N):
        app, pg = c.pick(list(APEX_APPS)), c.num(2, 40)
        req = c.pick(["CSV", f"FLOW_EXCEL_OUTPUT_R{c.digits(16)}_zh-cn"])
        c.add(
            f,
            "report-download",
            "GET",
            f"/apex/f?p={app}:{pg}:{apex_session(c)}:{req}::::",
            legacy(c, "nav", f"{SITE}/apex/f?p={app}:{pg}", cookie=apex_cookie(c, app)),
        )
    for _ in range(N):
        app = c.pick(list(APEX_APPS))
        q = [
            ("a", app),
            ("s", apex_session(c)),
            ("p", c.num(2, 40)),
            ("d", c.digits(16)),
            ("i", c.digits(16)),
            ("p_pk1_value", c.num(1, 9999)),
            ("p_pk2_value", ""),
            ("p_content_disposition", "attachment"),
        ]
        c.add(
            f,
            "blob-download",
            "GET",
            "/apex/apex_util.get_blob_file?" + qs(q, form),
            legacy(c, "nav", f"{SITE}/apex/f?p={app}:5", cookie=apex_cookie(c, app)),
        )


# --- classic-asp-jsp -----------------------------------------------------------------------------------------


def gbk(value: object) -> str:
    """A form value as IE percent-encodes it for a charset=gb2312 page: GBK bytes, space as +."""
    return urllib.parse.quote_plus(str(value).encode("gbk"), safe="*")


def asp_cookie(c: Corpus) -> str:
    return f"ASPSESSIONID{c.alnum(8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')}={c.alnum(24, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')}"


KEYWORDS = ["营业执照", "招聘公告", "政府信息公开", "采购公告", "办事指南", "通知", "人事任免", "年度报告", "征地补偿"]


@family("classic-asp-jsp")
def classic_asp_jsp(c: Corpus) -> None:
    f = "classic-asp-jsp"
    home = f"{SITE}/index.asp"
    for _ in range(N):
        p = c.pick(
            [
                f"/news/ShowArticle.asp?ArticleID={c.num(1000, 30000)}",
                f"/news/List.asp?ClassID={c.num(1, 60)}&page={c.num(1, 40)}",
                f"/zwgk/ShowInfo.asp?InfoID={c.num(100, 9999)}&ClassID={c.num(1, 40)}",
            ]
        )
        c.add(f, "asp-page", "GET", p, ie(c, "nav", home, cookie=c.pick([None, asp_cookie(c)])))
    for _ in range(N):
        q = [
            ("keyword", c.pick(KEYWORDS)),
            ("Field", c.pick(["Title", "Content", "Author"])),
            ("ClassID", c.num(0, 30)),
        ]
        c.add(f, "asp-search-gbk", "GET", "/search.asp?" + qs(q, gbk), ie(c, "nav", home, cookie=asp_cookie(c)))
    for _ in range(N):
        body = [
            ("UserName", c.person()),
            ("Tel", c.mobile()),
            ("Title", c.pick(["咨询 办事 流程", "关于 小区 供暖 问题", "建议"])),
            (
                "Content",
                c.pick(
                    [
                        "请问 办理 营业执照 需要 哪些 材料？",
                        "我 单位 想 咨询 一下 社保 补缴 的 手续。",
                        "小区 门口 路灯 坏了 两周，希望 尽快 维修，谢谢！",
                    ]
                ),
            ),
            ("CheckCode", c.digits(4)),
            ("Submit", "提交"),
        ]
        c.add(
            f,
            "asp-form-gbk",
            "POST",
            "/gbook/SaveMessage.asp",
            ie(c, "nav", f"{SITE}/gbook/index.asp", "application/x-www-form-urlencoded", cookie=asp_cookie(c)),
            qs(body, gbk),
        )
    for _ in range(N):
        back = c.pick(["/admin/Admin_Main.asp", "/admin/Admin_Article.asp?Action=Add", "/member/Index.asp"])
        c.add(
            f,
            "redirect-hop",
            "GET",
            "/admin/Login.asp?ReturnUrl=" + form(back),
            ie(c, "nav", SITE + back.split("?")[0], cookie=asp_cookie(c)),
        )
    for _ in range(N):
        p = c.pick(
            [
                "/admin/top.asp",
                f"/admin/left.asp?menu={c.num(1, 8)}",
                "/admin/main.asp",
                f"/admin/Admin_Article.asp?ChannelID={c.num(1, 6)}",
                "/admin/Admin_Index_Top.asp",
            ]
        )
        c.add(f, "frameset-frame", "GET", p, ie(c, "nav", f"{SITE}/admin/index.asp", cookie=asp_cookie(c)))
    for _ in range(N):
        p = f"/zwgk/list.jsp;jsessionid={jsessionid(c)}?lmid={c.num(1, 80)}&page={c.num(1, 30)}"
        c.add(f, "jsp-jsessionid", "GET", p, ie(c, "nav", f"{SITE}/zwgk/index.jsp"))
    for _ in range(N):
        q = [("xm", c.person()), ("lx", c.pick(["个人", "单位"])), ("bjbh", f"{a_day(c):%Y%m%d}{c.digits(6)}")]
        c.add(
            f,
            "jsp-query-gbk",
            "GET",
            "/wsbs/query.jsp?" + qs(q, gbk),
            ie(c, "nav", f"{SITE}/wsbs/index.jsp", cookie=java_cookie(c)),
        )
    for _ in range(N):
        body = [("j_username", c.pick(["zwgk", "xxfb", "bmgl"]) + c.digits(2)), ("j_password", c.alnum(10))]
        c.add(
            f,
            "j-security-check",
            "POST",
            "/zwgk/admin/j_security_check",
            legacy(
                c, "nav", f"{SITE}/zwgk/admin/login.jsp", "application/x-www-form-urlencoded", cookie=java_cookie(c)
            ),
            qs(body, form),
        )
    for _ in range(N):
        name = f"IMG_{c.digits(4)}.jpg" if c.chance(0.5) else f"DSC{c.digits(5)}.jpg"
        data = jpeg(c, c.num(900, 3000))
        fields = [
            ("act", "upload"),
            ("filepath", "UploadFiles/"),
            ("file1", (local_path(c, name), "image/pjpeg", data)),
            ("Submit", "上传"),
        ]
        ct, body = mime_parts(boundary_ie(c), fields)
        c.add(
            f,
            "asp-upload",
            "POST",
            "/admin/Upfile.asp",
            ie(c, "nav", f"{SITE}/admin/Upload.asp", ct, cookie=asp_cookie(c)),
            body,
        )
    for _ in range(N):
        p = c.pick(
            [
                f"/inc/Counter.asp?ArticleID={c.num(1000, 30000)}&Action=Count",
                f"/count/count.asp?id={c.num(1, 30)}&style=js",
            ]
        )
        c.add(
            f, "hit-counter", "GET", p, ie(c, "script", f"{SITE}/news/ShowArticle.asp?ArticleID={c.num(1000, 30000)}")
        )
    for _ in range(N):
        p = c.pick([f"/inc/checkcode.asp?t=0.{c.digits(16)}", f"/inc/GetCode.asp?{c.num(100000, 999999)}"])
        c.add(f, "captcha-image", "GET", p, ie(c, "img", f"{SITE}/gbook/index.asp", cookie=asp_cookie(c)))


# --- legacy-report-viewers -------------------------------------------------------------------------------------

BIRT_REPORTS = ["tjbb/xmtj.rptdesign", "tjbb/qytj_yd.rptdesign", "cwbb/zxzj_zc.rptdesign", "tjbb/gdzctz.rptdesign"]
JASPER_UNITS = ["/reports/tjbb/xmtj", "/reports/tjbb/gyzjz_yd", "/reports/cwbb/srzc"]
RAQS = ["/tjbb/xmtj.raq", "/tjbb/qytj.raq", "/cwbb/ysjd.raq"]


def report_params(c: Corpus) -> list[tuple[str, object]]:
    return [("nd", c.pick([2026, 2027])), ("yf", c.num(1, 12)), ("xzqh", c.pick(list(CITIES)))]


def birt_soap(c: Corpus, page_no: int) -> str:
    return (
        '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" '
        'xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<soap:Body><GetUpdatedObjects xmlns="http://schemas.eclipse.org/birt"><Operation><Target><Id>Document</Id>'
        "<Type>Document</Type></Target><Operator>GetPage</Operator>"
        f"<Oprand><Name>__page</Name><Value>{page_no}</Value></Oprand>"
        f"<Oprand><Name>__svg</Name><Value>false</Value></Oprand>"
        f"<Oprand><Name>__taskid</Name><Value>{ms(c)}</Value></Oprand>"
        "</Operation></GetUpdatedObjects></soap:Body></soap:Envelope>"
    )


@family("legacy-report-viewers")
def legacy_report_viewers(c: Corpus) -> None:
    f = "legacy-report-viewers"
    menu = f"{SITE}/tjbb/index.jsp"
    for _ in range(N):
        q = [("__report", c.pick(BIRT_REPORTS)), ("__format", "html"), *report_params(c)]
        c.add(f, "birt-frameset", "GET", "/birt/frameset?" + qs(q, form), legacy(c, "nav", menu, cookie=java_cookie(c)))
    for _ in range(N):
        q = [("__report", c.pick(BIRT_REPORTS)), ("__format", c.pick(["pdf", "xls", "doc"])), *report_params(c)]
        c.add(f, "birt-run", "GET", "/birt/run?" + qs(q, form), legacy(c, "nav", menu, cookie=java_cookie(c)))
    for _ in range(N):
        rpt = c.pick(BIRT_REPORTS)
        q = [
            ("__report", rpt),
            ("__sessionId", f"{a_day(c):%Y%m%d}_{c.digits(6)}_{c.num(100, 999)}"),
            *report_params(c),
        ]
        path = "/birt/frameset?" + qs(q, form)
        h = legacy(
            c,
            "xhr",
            SITE + path,
            "text/xml; charset=utf-8",
            "*/*",
            java_cookie(c),
            {"request-type": "SOAP", "SOAPAction": '""'},
        )
        c.add(f, "birt-soap-getpage", "POST", path, h, birt_soap(c, c.num(2, 30)))
    for _ in range(N):
        q = [
            ("__report", c.pick(BIRT_REPORTS)),
            ("__document", f"doc/{c.hexs(8)}.rptdocument"),
            ("__page", c.num(1, 20)),
        ]
        c.add(f, "birt-preview", "GET", "/birt/preview?" + qs(q, form), legacy(c, "nav", menu, cookie=java_cookie(c)))
    for _ in range(N):
        q = [
            ("_flowId", "viewReportFlow"),
            ("reportUnit", c.pick(JASPER_UNITS)),
            ("standAlone", "true"),
            ("decorate", c.pick(["no", "yes"])),
            *report_params(c),
        ]
        c.add(
            f,
            "jasper-flow",
            "GET",
            "/jasperserver/flow.html?" + qs(q, form),
            legacy(c, "nav", menu, cookie=java_cookie(c), ie_share=0.4),
        )
    for _ in range(N):
        q = [
            ("_flowExecutionKey", f"e{c.num(1, 9)}s{c.num(1, 3)}"),
            ("_eventId", "export"),
            ("output", c.pick(["pdf", "xls", "xlsx", "docx", "csv"])),
        ]
        c.add(
            f,
            "jasper-export",
            "GET",
            "/jasperserver/flow.html?" + qs(q, form),
            legacy(c, "nav", f"{SITE}/jasperserver/flow.html?_flowId=viewReportFlow", cookie=java_cookie(c)),
        )
    for _ in range(N):
        unit = c.pick(JASPER_UNITS)
        ext = c.pick(["pdf", "xls", "html"])
        cred = base64.b64encode(f"tjxt_{c.pick(['api', 'jk'])}:{c.alnum(12)}".encode()).decode()
        h = {"Authorization": f"Basic {cred}", "User-Agent": JAVA_UA, "Accept": JAVA_ACCEPT}
        c.add(f, "jasper-rest", "GET", f"/jasperserver/rest_v2/reports{unit}.{ext}?" + qs(report_params(c), form), h)
    for _ in range(N):
        unit = c.pick(JASPER_UNITS)
        doc = {"nd": [str(c.pick([2026, 2027]))], "xzqh": [c.pick(list(CITIES))]}
        h = legacy(
            c,
            "xhr",
            f"{SITE}/jasperserver/flow.html?_flowId=viewReportFlow",
            "application/json; charset=UTF-8",
            "application/json, text/javascript, */*; q=0.01",
            java_cookie(c),
            xrw=True,
            ie_share=0.3,
        )
        c.add(
            f,
            "jasper-input-controls",
            "POST",
            f"/jasperserver/rest_v2/reports{unit}/inputControls/xzqh/values",
            h,
            js_doc(doc),
        )
    for _ in range(N):
        q = [("raq", c.pick(RAQS)), *report_params(c)]
        c.add(
            f,
            "runqian-show",
            "GET",
            "/reportJsp/showReport.jsp?" + qs(q, form),
            legacy(c, "nav", menu, cookie=java_cookie(c)),
        )
    for _ in range(N):
        raq = c.pick(RAQS)
        q = [
            ("action", c.pick([3, 6, 18])),
            ("file", raq),
            ("srcType", "file"),
            ("saveAsName", c.pick(["项目统计表", "企业月报", "预算执行"])),
            ("t_i_m_e", ms(c)),
        ]
        c.add(
            f,
            "runqian-export",
            "GET",
            "/reportServlet?" + qs(q, form),
            legacy(c, "nav", f"{SITE}/reportJsp/showReport.jsp?raq={raq}", cookie=java_cookie(c)),
        )
    navigations(
        c,
        f,
        "report-menu",
        lambda: c.pick(["/tjbb/index.jsp", f"/tjbb/menu.jsp?lb={c.num(1, 6)}"]),
        f"{SITE}/portal/index.jsp",
        0.1,
    )


# --- generation, check and files -------------------------------------------------------------------


def gen() -> list[dict]:
    return generate(Corpus(SEED), FAMILIES)


def check(rec: dict) -> list[str]:
    """What is wrong with one record as an HTTP request (empty: nothing): tests/waf/data/corpus_kit.py."""
    return check_record(rec, SOURCES)


if __name__ == "__main__":
    write_corpus(gen(), check, split, TUNING_FILE, HELD_OUT_FILE, len(FAMILIES))
