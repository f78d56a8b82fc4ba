"""What the monitor reads in a page: decoded text, links (and whether they are hidden), scripts, list items
with their publish dates, meta tags. Built on html.parser, which never raises on malformed markup."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from html.parser import HTMLParser
from urllib.parse import urldefrag, urljoin

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_-]+)""", re.I)
_DATE = re.compile(r"(?<![0-9])(20[0-9]{2}|19[0-9]{2})\s*(?:[-/.]|年)\s*([01]?[0-9])\s*(?:[-/.]|月)\s*"
                   r"([0-3]?[0-9])(?:日)?(?![0-9])")
_HIDDEN_STYLE = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?![.0-9]*[1-9])|"
    r"(?:left|top|text-indent)\s*:\s*-[0-9]{3,}|(?:height|width)\s*:\s*0(?:px)?\s*(?:;|$)[^\"]*overflow\s*:\s*hidden|"
    r"opacity\s*:\s*0(?:\.0*)?\s*(?:;|$)", re.I)
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}
_NAV_HINT = re.compile(r"(^|[\s_-])(nav|menu|header|footer|foot|top|banner|breadcrumb|crumb)", re.I)
_ITEM_TAGS = {"li", "tr", "dd", "article"}


def decode(body: bytes, content_type: str = "") -> tuple[str, str]:
    """Bytes → text with the browser's priority: HTTP charset, then <meta>, then UTF-8, then GB18030.
    GB2312/GBK labels decode as GB18030 (a superset), so legacy pages with GBK-only characters survive."""
    m = re.search(r"charset=([A-Za-z0-9_-]+)", content_type or "", re.I)
    label = m.group(1) if m else None
    if not label:
        mm = _CHARSET.search(body[:4096])
        label = mm.group(1).decode("ascii") if mm else None
    label = (label or "").lower()
    if label in ("gb2312", "gbk", "gb18030", "x-gbk", "cp936"):
        label = "gb18030"
    for enc in filter(None, (label, "utf-8", "gb18030")):
        try:
            return body.decode(enc), enc
        except (LookupError, UnicodeDecodeError):
            continue
    return body.decode("utf-8", "replace"), "utf-8?"


def dates_in(text: str) -> list[date]:
    out = []
    for y, mo, d in _DATE.findall(text):
        try:
            out.append(date(int(y), int(mo), int(d)))
        except ValueError:
            continue
    return out


@dataclass
class Link:
    url: str
    text: str
    hidden: bool
    nav: bool


@dataclass
class Item:
    """A list entry (li/tr/dd) holding a link, outside navigation: an article in a column or on the home page."""

    text: str
    url: str
    dates: list[date]


@dataclass
class Page:
    url: str
    title: str = ""
    text: str = ""
    links: list[Link] = field(default_factory=list)
    scripts: list[str] = field(default_factory=list)
    hidden_frames: list[str] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)

    @property
    def dated_items(self) -> list[Item]:
        return [i for i in self.items if i.dates]


class _Parser(HTMLParser):
    def __init__(self, base: str):
        super().__init__(convert_charrefs=True)
        self.base = base
        self.page = Page(url=base)
        self.stack: list[tuple[str, bool, bool]] = []  # (tag, hidden, nav)
        self.items: list[dict] = []  # open items, innermost last
        self.text: list[str] = []
        self.skip = 0  # inside script/style
        self.in_title = False
        self.link: dict | None = None

    def _flags(self) -> tuple[bool, bool]:
        return (self.stack[-1][1], self.stack[-1][2]) if self.stack else (False, False)

    def _gap(self):
        # Element boundaries separate words: "文章1</a><span>2026-11-30" must not read as "文章12026-11-30".
        self.text.append(" ")
        for it in self.items:
            it["text"].append(" ")

    def handle_starttag(self, tag, attrs):
        self._gap()
        a = {k: (v or "") for k, v in attrs}
        hidden, nav = self._flags()
        hidden = hidden or "hidden" in a or bool(_HIDDEN_STYLE.search(a.get("style", "")))
        nav = nav or tag in ("nav", "header", "footer") or bool(_NAV_HINT.search(a.get("class", "") + " "
                                                                                  + a.get("id", "")))
        if tag == "base" and a.get("href"):
            self.base = urljoin(self.base, a["href"])
        elif tag == "meta" and a.get("name"):
            self.page.meta[a["name"]] = a.get("content", "")
        elif tag == "script" and a.get("src"):
            self.page.scripts.append(urljoin(self.base, a["src"].strip()))
        elif tag == "iframe" and a.get("src") and (hidden or a.get("width") in ("0", "1") or a.get("height") in ("0",
                                                                                                                  "1")):
            self.page.hidden_frames.append(urljoin(self.base, a["src"].strip()))
        elif tag in ("a", "area") and a.get("href"):
            href = a["href"].strip()
            if not href.lower().startswith(("javascript:", "mailto:", "tel:", "#", "data:")):
                url = urldefrag(urljoin(self.base, href))[0]
                self.link = {"url": url, "text": [], "hidden": hidden, "nav": nav}
                self.page.links.append(Link(url, "", hidden, nav))
                for it in self.items:
                    it["urls"].append(url)
        if tag in ("script", "style"):
            self.skip += 1
        if tag == "title":
            self.in_title = True
        if tag in _ITEM_TAGS and not nav:
            self.items.append({"tag": tag, "text": [], "urls": []})
        if tag not in _VOID:
            self.stack.append((tag, hidden, nav))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in _VOID and self.stack and self.stack[-1][0] == tag:
            self.stack.pop()

    def handle_endtag(self, tag):
        self._gap()
        if tag in ("script", "style") and self.skip:
            self.skip -= 1
        if tag == "title":
            self.in_title = False
        if tag == "a" and self.link is not None:
            self.page.links[-1].text = "".join(self.link["text"]).strip()
            self.link = None
        if any(t == tag for t, _, _ in self.stack):
            while self.stack:
                t, _, _ = self.stack.pop()
                if t == tag:
                    break
        if tag in _ITEM_TAGS and self.items and self.items[-1]["tag"] == tag:
            self._close_item()

    def _close_item(self):
        it = self.items.pop()
        if it["urls"]:
            text = " ".join("".join(it["text"]).split())
            self.page.items.append(Item(text=text[:300], url=it["urls"][0], dates=dates_in(text)))

    def handle_data(self, data):
        if self.skip:
            return
        if self.in_title:
            self.page.title += data
        self.text.append(data)
        for it in self.items:
            it["text"].append(data)
        if self.link is not None:
            self.link["text"].append(data)

    def close(self):
        super().close()
        while self.items:
            self._close_item()


def parse(url: str, html: str) -> Page:
    p = _Parser(url)
    p.feed(html)
    p.close()
    p.page.text = " ".join("".join(p.text).split())
    p.page.title = p.page.title.strip()
    return p.page
