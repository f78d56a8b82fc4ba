"""A bounded crawl of one site: home page, declared columns, internal pages up to the policy's page, depth and
byte limits; links found on the way are collected for the link checks. Forms are never submitted (only GET/HEAD
of hrefs); crawl traps (calendars, endless query strings) are cut off and reported."""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit, urlunsplit

from sitegroup.monitor.http import Fetcher, Response
from sitegroup.monitor.page import Page, decode, parse

ATTACHMENT = re.compile(r"\.(pdf|docx?|xlsx?|pptx?|wps|et|zip|rar|7z|txt|csv|xml|json|jpg|jpeg|png|gif|mp4)$", re.I)
TEXT_ATTACHMENT = re.compile(r"\.(txt|csv|xml|json)$", re.I)
MAX_QUERY_VARIANTS = 10  # distinct query strings of one path before it is treated as a trap
MAX_SHAPE_VARIANTS = 30  # distinct paths of one shape (digits folded) before it is treated as a trap


@dataclass
class Fetched:
    url: str
    depth: int
    response: Response
    page: Page | None = None
    charset: str = ""


@dataclass
class Crawl:
    base: str
    pages: dict[str, Fetched] = field(default_factory=dict)
    sources: dict[str, set[str]] = field(default_factory=dict)  # link → pages linking to it
    internal: set[str] = field(default_factory=set)
    external: set[str] = field(default_factory=set)
    attachments: dict[str, Response] = field(default_factory=dict)
    traps: list[str] = field(default_factory=list)
    limited: list[str] = field(default_factory=list)  # which limit stopped the crawl
    bytes: int = 0

    @property
    def home(self) -> Fetched | None:
        return self.pages.get(self.base)


def _shape(url: str) -> str:
    p = urlsplit(url)
    return re.sub(r"[0-9]+", "N", p.path)


def normal(url: str) -> str:
    p = urlsplit(url)
    return urlunsplit((p.scheme, (p.hostname or "") + (f":{p.port}" if p.port else ""), p.path or "/", p.query, ""))


async def crawl(fetcher: Fetcher, base: str, hosts: set[str], column_paths: list[str], limits: dict) -> Crawl:
    c = Crawl(base=base)
    queue: list[tuple[str, int]] = [(base, 0)] + [(normal(base.rstrip("/") + p), 1) for p in column_paths]
    seen = {u for u, _ in queue}
    query_variants: dict[str, int] = {}
    shape_variants: dict[str, int] = {}
    attachments: list[str] = []
    while queue:
        room = limits["max_pages"] - len(c.pages)
        if room <= 0:
            c.limited.append(f"max_pages {limits['max_pages']}")
            break
        if c.bytes >= limits["max_site_bytes"]:
            c.limited.append(f"max_site_bytes {limits['max_site_bytes']}")
            break
        batch, queue = queue[:room], queue[room:]
        results = await asyncio.gather(*(fetcher.fetch(u, max_bytes=limits["max_page_bytes"]) for u, _ in batch))
        nxt: list[tuple[str, int]] = []
        for (url, depth), r in zip(batch, results, strict=True):
            f = Fetched(url, depth, r)
            c.pages[url] = f
            c.bytes += len(r.body)
            ctype = r.headers.get("content-type", "")
            if not (r.ok and r.body and ("html" in ctype or not ctype)):
                continue
            text, f.charset = decode(r.body, ctype)
            f.page = parse(r.final_url or url, text)
            for link in f.page.links:
                u = normal(link.url)
                p = urlsplit(u)
                if p.scheme not in ("http", "https"):
                    continue
                c.sources.setdefault(u, set()).add(url)
                if (p.hostname or "") not in hosts:
                    c.external.add(u)
                    continue
                c.internal.add(u)
                if u in seen:
                    continue
                seen.add(u)
                if ATTACHMENT.search(p.path):
                    attachments.append(u)
                    continue
                if depth + 1 > limits["max_depth"]:
                    c.limited.append(f"max_depth {limits['max_depth']}")
                    continue
                key = p.path
                if p.query:
                    query_variants[key] = query_variants.get(key, 0) + 1
                    if query_variants[key] > MAX_QUERY_VARIANTS:
                        c.traps.append(u)
                        continue
                shape_variants[_shape(u)] = shape_variants.get(_shape(u), 0) + 1
                if shape_variants[_shape(u)] > MAX_SHAPE_VARIANTS:
                    c.traps.append(u)
                    continue
                nxt.append((u, depth + 1))
        queue += nxt
    todo = attachments[: limits["max_attachment_checks"]]
    got = await asyncio.gather(*(
        fetcher.fetch(u, method="GET" if TEXT_ATTACHMENT.search(u) else "HEAD", max_bytes=limits["max_page_bytes"])
        for u in todo))
    c.attachments = dict(zip(todo, got, strict=True))
    c.limited = sorted(set(c.limited))
    return c
