"""The legacy-site generator's special pages and files: every form of link, encoding and identifier that real
old Chinese CMS sites show, each with a must-pass case.

A case names an old path and what the published file must (``expect``) and must not (``absent``) contain.
Placeholders: {NEW} the new base URL (origin + prefix), {HOST} the new host, {PREFIX} the path prefix ("" or
"/<id>" for a site closed into a portal), {NEW_JSON} {NEW_ENT} {NEW_PCT} the new base as escaped in JSON,
HTML entities and a percent-encoded query value; {SITE_CODE} {ICP} {PSB} {RECORD} the entry's
identifiers. ``identical``: published byte for byte; ``held_back``: kept
out of the published site and reported; ``exception``: published, but verification must report it.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

MIN_PAGES = 30  # smaller generated sites (bench department sites) get only the common files
OLD_SITE_CODE = "6801239999"
OLD_ICP = "青ICP备05012345号-1"
OLD_RECORD = "68012302000456"
OLD_PSB = f"青公网安备 {OLD_RECORD}号"
# Text that only looks like identifiers: must stay as it is.
NUMBER_LOOKALIKES = "<p>项目编号：6801230099，许可证编号：青ICP证000123号，联系电话 0682-6100333</p>"

PAGES = ("/special/script.html", "/special/frameset.html", "/special/top.html", "/special/main.jsp",
         "/special/base.html", "/special/mixed.html", "/special/xhtml.html", "/special/refresh.html",
         "/special/refresh2.html", "/special/bom.html")
EXCEPTION_PAGES = ("/special/garbled.html", "/special/split-id.html")
GBK_PAGES = frozenset({"/special/script.html", "/special/frameset.html", "/special/top.html", "/special/main.jsp",
                       "/special/base.html", "/special/xhtml.html", "/special/refresh.html",
                       "/special/refresh2.html", "/special/garbled.html", "/special/split-id.html"})


def old_footer(icp: str = OLD_ICP) -> str:
    return ('<div class="footer">主办：青山县人民政府办公室 '
            f'网站标识码：{OLD_SITE_CODE} <a href="https://beian.miit.gov.cn/" target="_blank">{icp}</a> '
            f'<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode={OLD_RECORD}" target="_blank">'
            f'<img src="/images/ga.png">{OLD_PSB}</a></div>')


def _html(title: str, body: str, head: str = '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">',
          footer: str | None = None) -> str:
    return (f"<!DOCTYPE html>\n<html>\n<head>\n{head}\n<title>{title}</title>\n</head>\n<body>\n<h1>{title}</h1>\n"
            f"{body}\n{old_footer() if footer is None else footer}\n</body>\n</html>\n")


def write_common(out: Path, domains: list[str]) -> list[str]:
    """Files every generated site has: its stylesheets (url() and @import in every form) and the 公网安备 badge."""
    primary, alt = domains[0], domains[-1]
    (out / "css").mkdir(parents=True, exist_ok=True)
    (out / "images").mkdir(parents=True, exist_ok=True)
    css = ('@charset "gbk";\n/* 青山县 样式表 */\n'
           f'@import url("http://{primary}/css/print.css");\n@import "/css/print.css";\n'
           "body{font-family:SimSun;background:url(/images/logo.png) no-repeat}\n"
           f".banner{{background:url(HTTP://{alt.upper()}/images/logo.png)}}\n")
    (out / "css" / "main.css").write_bytes(css.encode("gb18030"))
    (out / "css" / "print.css").write_text("body{color:#000}\n")
    (out / "images" / "ga.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(64)))
    return ["/css/print.css", "/images/ga.png"]


def write(out: Path, domains: list[str], paths: list[str], exceptions: bool) -> tuple[list[str], list[str], list]:
    """Write the special pages and files. Returns (pages, other files, cases)."""
    primary, alt = domains[0], domains[-1]
    xxgk = next(p for p in paths if p.startswith("/xxgk/")).rsplit("/", 1)[1]
    jsp = next(p for p in paths if p.endswith(".jsp")).rsplit("/", 1)[1]
    html_of_jsp = jsp[:-4] + ".html"
    files: dict[str, bytes] = {}

    def gbk(path: str, text: str) -> None:
        files[path] = text.encode("gb18030")

    gbk("/special/script.html", _html("脚本与各种链接写法", f"""<script type="text/javascript">
var cfg = {{"home":"http:\\/\\/{primary}\\/index.html","api":"https:\\/\\/{alt}\\/api\\/hot.js"}};
document.write('<a href="http://{primary}/zwdt/index.shtml">政务动态</a>');
document.write("<img src=\\"/images/logo.png\\" alt=\\"logo\\">");
function goXxgk() {{ location.href = '/xxgk/index.shtml'; }}
</script>
<p><a href="HTTP://{primary.upper()}/xxgk/index.shtml">信息公开</a>
<a href="http:&#x2F;&#x2F;{primary}&#x2F;tzgg&#x2F;index.shtml">通知公告</a>
<a href="http://service.weibo.com/share/share.php?url=http%3A%2F%2F{primary}%2Fbsfw%2F{jsp}&amp;title=x">分享</a>
<a href="http://{primary}:80/zwdt/index.shtml">端口80</a> <a href="https://{alt}:443/index.html">端口443</a></p>
<img srcset="http://{primary}/images/logo.png 1x, //{alt}/images/logo.png 2x" src="/images/logo.png" alt="">
<form action="http://{primary}/bsfw/{jsp}" method="get" accept-charset="gb2312"><input name="q"></form>
<p><a href="http://{primary}.mirror.example.com/a.html">镜像</a> <a href="http://not{primary}/">相似</a>
<a href="http://{primary}@evil.example.com/">伪装</a> <a href="http://www.gov.cn/">中国政府网</a></p>
{NUMBER_LOOKALIKES}"""))
    gbk("/special/frameset.html", f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>框架页</title></head>
<frameset rows="80,*"><frame src="http://{primary}/special/top.html" name="top"><frame src="main.jsp" name="main">
<frame src="/special/top.html" name="again">
<noframes><body><p>您的浏览器不支持框架</p>{old_footer()}</body></noframes></frameset></html>
""")
    gbk("/special/top.html", _html("框架顶部", "<p>顶部</p>"))
    gbk("/special/main.jsp", _html("框架主体", '<p><a href="top.html">顶部</a></p>'))
    gbk("/special/base.html", _html(
        "基准地址", f'<p><a href="{xxgk}">文章</a> <a href="index.shtml">栏目首页</a> '
        f'<a href="../bsfw/{jsp}">办事</a></p>',
        head=f'<meta http-equiv="Content-Type" content="text/html; charset=gb2312">\n<base href="http://{primary}/xxgk/">'))
    files["/special/mixed.html"] = (
        _html("混合编码", "<p>本页主体为UTF-8编码。</p>\n<p>@@GBK@@</p>", head='<meta charset="utf-8">')
        .encode("utf-8").replace(b"@@GBK@@", "这是从旧编辑器粘贴的GBK段落：营商环境优化".encode("gbk")))
    gbk("/special/xhtml.html", f"""<?xml version="1.0" encoding="gb2312"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>只有XML声明的页面</title></head>
<body><p>声明只在XML序言里</p>{old_footer()}</body></html>
""")
    gbk("/special/refresh.html", _html("跳转", "<p>正在跳转</p>", head=(
        '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">\n'
        f'<meta http-equiv="refresh" content="0; url=http://{primary}/bsfw/{jsp}">')))
    gbk("/special/refresh2.html", _html("跳转二", "<p>正在跳转</p>", head=(
        '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">\n'
        '<meta http-equiv="refresh" content="5;URL=/zwdt/index.shtml">')))
    files["/special/bom.html"] = b"\xef\xbb\xbf" + _html(
        "带BOM的页面", "<p>UTF-8带BOM，却标着gb2312</p>", head='<meta charset="gb2312">').encode("utf-8")
    if exceptions:
        files["/special/garbled.html"] = _html("损坏的页面", "<p>@@BAD@@</p>").encode("gb18030").replace(
            b"@@BAD@@", "损坏".encode("gbk") + b"\xff\x80\xff" + "字节".encode("gbk"))
        gbk("/special/split-id.html", _html("拆开的备案号", "<p>页脚备案号被标签拆开</p>", footer=(
            f'<div class="footer">网站标识码：{OLD_SITE_CODE} 青ICP备<span>05012345</span>号 {OLD_PSB}</div>')))

    files["/js/config.js"] = (f'var SITE_HOST = "{primary}";\nvar SITE_URL = "HTTP://{primary}/";\n'
                              f"var API = '//{alt}/api/hot.js';\n").encode()
    files["/api/hot.js"] = ('jsonp_hot({"items":[{"title":"\\u901a\\u77e5\\u516c\\u544a","url":"http:\\/\\/'
                            f'{primary}\\/xxgk\\/{xxgk}"}},{{"url":"HTTPS:\\/\\/{alt.upper()}\\/index.html"}}]}});\n'
                            ).encode()
    gbk("/rss.xml", f"""<?xml version="1.0" encoding="gb2312"?>
<rss version="2.0"><channel><title>青山县人民政府</title><link>http://{primary}/</link>
<item><title>办事指南</title><link>http://{primary}/bsfw/{jsp}</link><guid>http://{alt}/bsfw/{jsp}</guid></item>
</channel></rss>
""")
    pdf = (b"%PDF-1.4\n1 0 obj<</URI (http://" + primary.encode() + b"/index.html)>>endobj\n" + bytes(range(256)))
    files["/uploads/report.pdf"] = pdf

    for path, data in files.items():
        f = out / path.lstrip("/")
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_bytes(data)
    cases = [
        {"name": "escaped URL (\\/) in an inline script", "path": "/special/script.html",
         "expect": ['"home":"{NEW_JSON}\\/index.html"', '"api":"{NEW_JSON}\\/api\\/hot.js"']},
        {"name": "document.write of an absolute URL", "path": "/special/script.html",
         "expect": ["document.write('<a href=\"{NEW}/zwdt/index.shtml\">"]},
        {"name": "document.write with escaped quotes, root-relative", "path": "/special/script.html",
         "expect": ['<img src=\\"{PREFIX}/images/logo.png\\"']},
        {"name": "script navigation to a root-relative URL", "path": "/special/script.html",
         "expect": ["location.href = '{PREFIX}/xxgk/index.shtml'"]},
        {"name": "upper-case scheme and host", "path": "/special/script.html",
         "expect": ['href="{NEW}/xxgk/index.shtml">信息公开']},
        {"name": "&#x2F; escaped URL", "path": "/special/script.html",
         "expect": ['href="{NEW_ENT}&#x2F;tzgg&#x2F;index.shtml"']},
        {"name": "%2F in a query value pointing back at the site", "path": "/special/script.html",
         "expect": ["share.php?url={NEW_PCT}%2Fbsfw%2F" + html_of_jsp + "&amp;title=x"]},
        {"name": "default ports", "path": "/special/script.html",
         "expect": ['href="{NEW}/zwdt/index.shtml">端口80', 'href="{NEW}/index.html">端口443']},
        {"name": "srcset", "path": "/special/script.html",
         "expect": ['srcset="{NEW}/images/logo.png 1x, {NEW}/images/logo.png 2x"']},
        {"name": "form action and accept-charset", "path": "/special/script.html",
         "expect": [f'action="{{NEW}}/bsfw/{html_of_jsp}"', 'accept-charset="utf-8"']},
        {"name": "look-alike hosts and external links untouched", "path": "/special/script.html",
         "expect": [f"http://{primary}.mirror.example.com/a.html", f"http://not{primary}/",
                    f"http://{primary}@evil.example.com/", "http://www.gov.cn/"]},
        {"name": "text that only looks like identifiers stays", "path": "/special/script.html",
         "expect": [NUMBER_LOOKALIKES]},
        {"name": "frameset: absolute, relative renamed and root-relative frames", "path": "/special/frameset.html",
         "expect": ['src="{NEW}/special/top.html"', 'src="main.html"', 'src="{PREFIX}/special/top.html"',
                    "网站标识码：{SITE_CODE}"]},
        {"name": "<base href> to the old host", "path": "/special/base.html",
         "expect": ['<base href="{NEW}/xxgk/">', f'href="{xxgk}"', f'href="../bsfw/{html_of_jsp}"']},
        {"name": "UTF-8 page with a GBK paragraph", "path": "/special/mixed.html",
         "expect": ["本页主体为UTF-8编码。", "这是从旧编辑器粘贴的GBK段落：营商环境优化"], "absent": ["\ufffd"]},
        {"name": "XML prolog as the only declaration", "path": "/special/xhtml.html",
         "expect": ['<?xml version="1.0" encoding="utf-8"?>', "声明只在XML序言里", '<meta charset="utf-8">'],
         "absent": ["gb2312"]},
        {"name": "meta refresh to an old absolute URL", "path": "/special/refresh.html",
         "expect": [f"url={{NEW}}/bsfw/{html_of_jsp}"]},
        {"name": "meta refresh to a root-relative URL", "path": "/special/refresh2.html",
         "expect": ["URL={PREFIX}/zwdt/index.shtml"]},
        {"name": "BOM and a wrong label on a UTF-8 page", "path": "/special/bom.html",
         "expect": ["UTF-8带BOM，却标着gb2312", '<meta charset="utf-8">'], "absent": ["\ufeff", 'charset="gb2312"']},
        {"name": "old identifiers replaced where they stand", "path": "/special/top.html",
         "expect": ["网站标识码：{SITE_CODE}", "{ICP}", "{PSB}", "recordcode={RECORD}"],
         "absent": [OLD_SITE_CODE, "05012345", OLD_RECORD, "sitegroup-identifiers"]},
        {"name": "CSS url() and @import", "path": "/css/main.css",
         "expect": ['@charset "utf-8";', "青山县 样式表", '@import url("{NEW}/css/print.css");',
                    '@import "{PREFIX}/css/print.css";', "url({PREFIX}/images/logo.png)",
                    "url({NEW}/images/logo.png)"]},
        {"name": "JS constants", "path": "/js/config.js",
         "expect": ['SITE_HOST = "{HOST}";', 'SITE_URL = "{NEW}/";', "API = '{NEW}/api/hot.js';"]},
        {"name": "JSONP feed", "path": "/api/hot.js",
         "expect": ['"url":"{NEW_JSON}\\/xxgk\\/' + xxgk + '"', '"url":"{NEW_JSON}\\/index.html"',
                    "\\u901a\\u77e5\\u516c\\u544a"]},
        {"name": "RSS feed in GB2312", "path": "/rss.xml",
         "expect": ['encoding="utf-8"', "青山县人民政府", f"<link>{{NEW}}/bsfw/{html_of_jsp}</link>",
                    f"<guid>{{NEW}}/bsfw/{html_of_jsp}</guid>"]},
        {"name": "binary attachment mentioning the old host is never modified", "path": "/uploads/report.pdf",
         "identical": True},
    ]
    if exceptions:
        cases += [
            {"name": "undecodable bytes: held back and reported", "path": "/special/garbled.html", "held_back": True},
            {"name": "identifier split by markup: reported", "path": "/special/split-id.html",
             "exception": "identifiers"},
        ]
    pages = [p for p in files if p.startswith("/special/")]
    others = [p for p in files if not p.startswith("/special/")]
    return pages, others, cases


def fill(template: str, new_origin: str, prefix: str, site_code: str, icp: str, psb: str) -> str:
    """A case's expectation with its placeholders (see the module docstring) filled in."""
    new = new_origin.rstrip("/") + prefix
    values = {"NEW": new, "HOST": new_origin.split("://", 1)[1].rstrip("/"), "PREFIX": prefix,
              "NEW_JSON": new.replace("/", "\\/"), "NEW_ENT": new.replace("/", "&#x2F;"),
              "NEW_PCT": quote(new, safe=""), "SITE_CODE": site_code, "ICP": icp, "PSB": psb,
              "RECORD": "".join(c for c in psb if c.isascii() and c.isdigit())}
    for key, value in values.items():
        template = template.replace("{" + key + "}", value)
    return template


def check_case(case: dict, text: str | None, identical: bool | None, **site: str) -> list[str]:
    """What is wrong with a published file for a case (text: its UTF-8 text; identical: equal to the source)."""
    if case.get("identical"):
        return [] if identical else [f"{case['path']}: modified"]
    if text is None:
        return [f"{case['path']}: not published"]
    expect = [fill(w, **site) for w in case.get("expect", [])]
    absent = [fill(w, **site) for w in case.get("absent", [])]
    return ([f"{case['path']}: lacks {w!r}" for w in expect if w not in text]
            + [f"{case['path']}: still has {w!r}" for w in absent if w in text])
