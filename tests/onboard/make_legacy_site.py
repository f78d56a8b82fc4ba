#!/usr/bin/env python3
"""Generate a legacy county government site the way old CMSes left them, for onboarding tests and the bench.

    python tests/onboard/make_legacy_site.py OUT --pages 320 --domain www.qingshan.gov.cn --domain qingshan.qc-old.cn

What it contains, on purpose:
- pages in GBK with every label legacy editors used (gb2312, GBK, GB18030, none at all), some with
  GBK-only characters (镕, 堃) inside gb2312-labelled pages, and UTF-8 pages;
- .shtml article URLs (/zwdt/<yyyymm>/t<yyyymmdd>_<n>.shtml), .jsp service pages (/bsfw/detail_<n>.jsp),
  .html/.htm pages, column index pages;
- attachments (.doc/.pdf/.xls/.png/.css) with Chinese file names, linked raw or percent-encoded;
- absolute links to each old domain (http, https, protocol-relative), relative and root-relative links;
- a few links that are already broken (to pages that never existed);
- the old site's own identifiers (网站标识码 meta and footer, ICP, 公网安备 with its badge link) on every page,
  next to numbers that only look like identifiers;
- special pages and files with every other form real sites show (see special.py): framesets, document.write
  of URLs, <base href>, JSONP and RSS feeds, a UTF-8 page with a GBK paragraph, an XML prolog as the only
  declaration, upper-case schemes, escaped URLs in inline scripts, CSS url()/@import, JS constants, srcset,
  meta refresh, form actions, default ports, look-alike hosts, a binary attachment mentioning the old host.
  Each comes with a must-pass case in the summary's "cases"; with exceptions=True also pages that must be
  reported (undecodable bytes, an identifier split by markup).
Prints a JSON summary (counts, broken links, cases) on stdout. Deterministic for a given seed.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path
from urllib.parse import quote

try:
    from tests.onboard import special
except ImportError:  # run as a script from this directory
    import special  # type: ignore[no-redef]

COLUMNS = {"zwdt": "政务动态", "tzgg": "通知公告", "xxgk": "信息公开", "bsfw": "办事服务"}
WORDS = ("县人民政府", "召开", "常务会议", "研究部署", "乡村振兴", "工作", "安全生产", "防汛抗旱", "营商环境",
         "政务公开", "民生实事", "教育", "医疗", "就业", "社会保障", "生态环境", "保护", "通知", "公告", "办事指南")
RARE = "朱镕基 王堃 喆 昇"  # not in GB2312, in GBK: lost by a strict gb2312 decoder


def encode_page(text: str, style: str) -> bytes:
    if style == "utf-8":
        return text.replace("{CHARSET}", '<meta charset="utf-8">').encode("utf-8")
    label = {"gb2312": "gb2312", "gbk": "GBK", "gb18030": "gb18030", "none": None}[style]
    meta = f'<meta http-equiv="Content-Type" content="text/html; charset={label}">' if label else ""
    return text.replace("{CHARSET}", meta).encode("gb18030")


def page(title: str, body: str, meta_id: bool = False) -> str:
    head_id = f'<meta name="SiteIDCode" content="{special.OLD_SITE_CODE}">\n' if meta_id else ""
    return (f"<!DOCTYPE html>\n<html>\n<head>\n{{CHARSET}}\n{head_id}<title>{title}</title>\n"
            '<link rel="stylesheet" href="/css/main.css">\n</head>\n<body>\n'
            f"<h1>{title}</h1>\n{body}\n{special.old_footer()}\n</body>\n</html>\n")


def generate(out: Path, pages: int, domains: list[str], seed: int = 6, exceptions: bool = False) -> dict:
    rnd = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    primary = domains[0]
    alt = domains[1] if len(domains) > 1 else domains[0]

    attachments = []
    (out / "css").mkdir(exist_ok=True)
    attachments.append("/css/main.css")  # written by special.write (url() and @import forms)
    (out / "images").mkdir(exist_ok=True)
    (out / "images" / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(rnd.randrange(256) for _ in range(512)))
    attachments.append("/images/logo.png")
    (out / "uploads").mkdir(exist_ok=True)
    for i in range(max(10, pages // 10)):
        ext = ("doc", "pdf", "xls")[i % 3]
        name = f"办事指南_{i}.{ext}" if i % 2 == 0 else f"file{i}.{ext}"
        (out / "uploads" / name).write_bytes(bytes(rnd.randrange(256) for _ in range(256 + i)))
        attachments.append(f"/uploads/{name}")

    with_special = pages >= special.MIN_PAGES
    n_special = len(special.PAGES) + (len(special.EXCEPTION_PAGES) if exceptions else 0) if with_special else 0
    # Plan page paths first, so pages can link to each other.
    paths: list[str] = []
    for i in range(pages - 1 - len(COLUMNS) - n_special):
        col = list(COLUMNS)[i % len(COLUMNS)]
        if col == "bsfw":
            paths.append(f"/bsfw/detail_{i}.jsp")
        elif col == "xxgk":
            paths.append(f"/xxgk/art_{i}.{'html' if i % 3 else 'htm'}")
        else:
            month = 202301 + (i % 12)
            paths.append(f"/{col}/{month}/t{month}{(i % 28) + 1:02d}_{i}.shtml")
    indexes = [f"/{col}/index.shtml" for col in COLUMNS]
    broken: list[list[str]] = []
    gbk_pages = len(COLUMNS) + 1  # column indexes and the home page
    styles = ["gb2312", "gb2312", "gbk", "gb18030", "none", "utf-8", "utf-8", "gb2312", "utf-8", "gbk"]

    def link_to(target: str, form: int) -> str:
        if form == 0:
            return f"http://{primary}{quote(target)}"
        if form == 1:
            return f"https://{alt}{quote(target)}"
        if form == 2:
            return f"//{primary}{quote(target)}"
        return quote(target)  # root-relative

    for i, path in enumerate(paths):
        words = " ".join(rnd.choice(WORDS) for _ in range(30))
        if i % 7 == 0:
            words += " " + RARE
        style = styles[i % len(styles)]
        if i % 7 == 0 and style == "utf-8":
            style = "gb2312"  # GBK-only characters under a gb2312 label: the classic trap
        gbk_pages += style != "utf-8"
        nxt = paths[(i + 1) % len(paths)]
        att = attachments[2 + (i % (len(attachments) - 2))]
        col = path.split("/")[1]
        body = [
            f"<p>{words}</p>",
            f'<p><a href="{link_to("/index.html", i % 3)}">首页</a> '
            f'<a href="/{col}/index.shtml">{COLUMNS[col]}</a></p>',
            f'<p><a href="{link_to(nxt, i % 4)}">下一篇</a></p>',
            f'<p>附件：<a href="{link_to(att, 3 if i % 2 else 0)}">{att.rsplit("/", 1)[1]}</a></p>',
            f'<p>原文地址：http://{primary}{path}</p>',
            '<img src="../../images/logo.png">' if path.count("/") == 3 else '<img src="../images/logo.png">',
        ]
        if i % 97 == 5:
            missing = f"/{col}/missing_{i}.shtml"
            body.append(f'<p><a href="http://{primary}{missing}">已失效链接</a></p>')
            broken.append([path, missing])
        f = out / path.lstrip("/")
        f.parent.mkdir(parents=True, exist_ok=True)
        body.append(special.NUMBER_LOOKALIKES)
        f.write_bytes(encode_page(page(f"{COLUMNS[col]} 第{i}篇", "\n".join(body), meta_id=i % 5 == 0), style))

    for col, title in COLUMNS.items():
        items = [p for p in paths if p.startswith(f"/{col}/")][:60]
        lis = "\n".join(f'<li><a href="{quote(p[len(col) + 2:])}">{title} {n}</a></li>' for n, p in enumerate(items))
        (out / col).mkdir(exist_ok=True)
        (out / col / "index.shtml").write_bytes(encode_page(page(title, f"<ul>\n{lis}\n</ul>"), "gb2312"))
    nav = "\n".join(f'<a href="http://{primary}/{c}/index.shtml">{t}</a>' for c, t in COLUMNS.items())
    old = '<p><a href="/xxgk/old_page.jsp">旧栏目</a></p>'
    home = page("青山县人民政府门户网站", f'<div class="nav">{nav}</div>\n{old}')
    broken.append(["/index.html", "/xxgk/old_page.jsp"])
    (out / "index.html").write_bytes(encode_page(home, "gb2312"))
    all_pages = [*paths, *indexes, "/index.html"]
    attachments += special.write_common(out, domains)
    cases: list[dict] = []
    if with_special:
        extra_pages, extra_files, cases = special.write(out, domains, paths, exceptions)
        all_pages += extra_pages
        attachments += extra_files
        gbk_pages += sum(1 for c in extra_pages if c in special.GBK_PAGES)
    return {
        "pages": len(all_pages),
        "attachments": len(attachments),
        "jsp": sum(1 for p in all_pages if p.endswith(".jsp")),
        "broken": sorted(broken),
        "gbk_pages": gbk_pages,
        "cases": cases,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--pages", type=int, default=320)
    ap.add_argument("--domain", action="append", required=True, help="old domain (repeat; first is primary)")
    ap.add_argument("--seed", type=int, default=6)
    ap.add_argument("--exceptions", action="store_true", help="add pages verification must report")
    args = ap.parse_args()
    print(json.dumps(generate(args.out, args.pages, args.domain, args.seed, args.exceptions), ensure_ascii=False))


if __name__ == "__main__":
    main()
