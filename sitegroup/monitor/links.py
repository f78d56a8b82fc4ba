"""Link and security checks: 错链/死链 rate, external domains taken over, 暗链 (hidden links), scripts from unknown
hosts (挂马 indicators), unmasked personal data (身份证号 with a valid check digit, mobile numbers), and the
identifiers (网站标识码, ICP, 公安备案) on every crawled page."""

from __future__ import annotations

import asyncio
import re
from urllib.parse import urlsplit

from sitegroup.model import Site
from sitegroup.monitor.crawl import TEXT_ATTACHMENT, Crawl
from sitegroup.monitor.findings import Finding
from sitegroup.monitor.http import Fetcher
from sitegroup.monitor.page import decode
from sitegroup.monitor.policy import Policy

_ID = re.compile(r"(?<![0-9A-Za-z])([1-9][0-9]{5}(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9]{3}"
                 r"[0-9Xx])(?![0-9A-Za-z])")
_MOBILE = re.compile(r"(?<![0-9])(1[3-9][0-9]{9})(?![0-9])")
_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK = "10X98765432"
GOV_SUFFIXES = (".gov.cn", ".xn--6frz82g")  # .政务 in IDNA form


def id_card_valid(s: str) -> bool:
    """GB 11643 check digit (ISO 7064 MOD 11-2)."""
    if len(s) != 18 or not s[:17].isdigit():
        return False
    return _CHECK[sum(int(c) * w for c, w in zip(s[:17], _WEIGHTS, strict=True)) % 11] == s[17].upper()


def mask(s: str) -> str:
    return s[:3] + "*" * (len(s) - 7) + s[-4:]


def personal_data(text: str) -> tuple[list[str], list[str]]:
    ids = [m for m in _ID.findall(text) if id_card_valid(m)]
    mobiles = [m for m in _MOBILE.findall(text) if not any(m in i for i in ids)]
    return ids, mobiles


async def check_external(fetcher: Fetcher, urls: list[str], policy: Policy) -> dict[str, tuple[int, str, str]]:
    """Off-site links: one bounded GET each (a HEAD cannot show what a taken-over domain now serves)."""
    lim = policy.links
    todo = sorted(urls)[: lim["max_external_checks"]]
    got = await asyncio.gather(*(fetcher.fetch(u, max_bytes=lim["external_read_bytes"]) for u in todo))
    out = {}
    for u, r in zip(todo, got, strict=True):
        text = decode(r.body, r.headers.get("content-type", ""))[0] if r.body else ""
        out[u] = (r.status, r.error, text, r.final_url)
    return out


def link_findings(site: Site, c: Crawl, external: dict, policy: Policy) -> list[Finding]:
    lim = policy.links
    veto = policy.veto
    out: list[Finding] = []
    hosts = set(site.ascii_domains)
    # Broken links: internal pages fetched, attachments checked, external links checked.
    broken: list[tuple[str, str]] = []
    checked = 0
    for u in c.internal:
        r = c.pages[u].response if u in c.pages else c.attachments.get(u)
        if r is None:
            continue
        checked += 1
        if not r.ok and r.status not in (405, 501):
            broken.append((u, r.error or f"HTTP {r.status}"))
    for u, (status, error, _, _) in external.items():
        checked += 1
        if error or status >= 400:
            broken.append((u, error or f"HTTP {status}"))
    if checked:
        ratio = len(broken) / checked
        if broken:
            sev = "warning" if ratio > lim["max_broken_ratio"] else "info"
            u, why = broken[0]
            src = sorted(c.sources.get(u, {""}))[0]
            out.append(Finding("links_broken", sev, f"错链/死链: {len(broken)} of {checked} links broken "
                               f"({ratio:.1%}, limit {lim['max_broken_ratio']:.0%}); e.g. {u} ({why}) on {src}",
                               src or u, round(ratio, 4)))
    # Taken-over external domains: gambling/porn words, or a .gov.cn link now landing off government domains.
    words = lim["takeover_keywords"]
    for u, (status, error, text, final) in sorted(external.items()):
        if error or not status:
            continue
        hit = [w for w in words if w in text]
        host = urlsplit(u).hostname or ""
        final_host = urlsplit(final or u).hostname or ""
        moved = host.endswith(GOV_SUFFIXES) and not final_host.endswith(GOV_SUFFIXES)
        if hit or moved:
            src = sorted(c.sources.get(u, {""}))[0]
            why = f"now shows {', '.join(hit[:3])}" if hit else f"now redirects to {final_host}"
            out.append(Finding("link_takeover", "veto" if veto["takeover"] else "security",
                               f"链接到被劫持域名: {u} {why} (linked from {src})", src or u))
    seen_hidden, seen_scripts, seen_pd = set(), set(), set()
    allowed = hosts | set(lim["script_hosts"])
    for url, f in sorted(c.pages.items()):
        p = f.page
        if p is None:
            continue
        for link in p.links:
            lh = urlsplit(link.url).hostname or ""
            if link.hidden and lh not in hosts and link.url not in seen_hidden:
                seen_hidden.add(link.url)
                out.append(Finding("hidden_links", "veto" if veto["hidden_links"] else "security",
                                   f"暗链: hidden link to {link.url} ({link.text[:30]!r})", url))
        for s in p.scripts + p.hidden_frames:
            sh = urlsplit(s).hostname or ""
            if sh and sh not in allowed and s not in seen_scripts:
                seen_scripts.add(s)
                out.append(Finding("foreign_scripts", "veto" if veto["foreign_scripts"] else "security",
                                   f"挂马 indicator: script or hidden frame from unknown host {sh} ({s})", url))
        out += _pd(url, p.text, seen_pd, veto)
    for u, r in sorted(c.attachments.items()):
        if r.ok and r.body and TEXT_ATTACHMENT.search(u):
            out += _pd(u, decode(r.body, r.headers.get("content-type", ""))[0], seen_pd, veto)
    return out


def _pd(url: str, text: str, seen: set, veto: dict) -> list[Finding]:
    ids, mobiles = personal_data(text)
    new = [x for x in ids + mobiles if x not in seen]
    if not new:
        return []
    seen.update(new)
    what = []
    if ids:
        what.append(f"{len(ids)} 身份证号 ({', '.join(mask(i) for i in ids[:3])})")
    if mobiles:
        what.append(f"{len(mobiles)} mobile number(s) ({', '.join(mask(m) for m in mobiles[:3])})")
    return [Finding("personal_data", "veto" if veto["personal_data"] else "security",
                    f"个人信息未脱敏: {' and '.join(what)}", url, float(len(ids) + len(mobiles)))]


def identifier_findings(site: Site, c: Crawl) -> list[Finding]:
    """网站标识码, ICP and 公安备案 on every crawled HTML page, equal to the entry."""
    want = {"网站标识码": site.site_code, "ICP备案": site.icp, "公安备案": site.psb}
    missing: dict[str, list[str]] = {k: [] for k in want}
    wrong: dict[str, list[tuple[str, str]]] = {k: [] for k in want}
    found_re = {"网站标识码": re.compile(r"(?:标识码|SiteIDCode)[：: ]*([0-9A-Za-z]{8,14})"),
                "ICP备案": re.compile(r"([\u4e00-\u9fff]ICP备[0-9]{6,10}号(?:-[0-9]{1,3})?)"),
                "公安备案": re.compile(r"([\u4e00-\u9fff]公网安备 ?[0-9]{10,16}号)")}
    pages = [(u, f.page) for u, f in sorted(c.pages.items()) if f.page is not None and f.response.ok]
    for u, p in pages:
        text = p.text + " SiteIDCode:" + p.meta.get("SiteIDCode", "")
        for k, value in want.items():
            if value.replace(" ", "") in text.replace(" ", ""):
                continue
            got = found_re[k].findall(text)
            (wrong[k].append((u, got[0])) if got else missing[k].append(u))
    out = []
    for k, value in want.items():
        if missing[k]:
            out.append(Finding("identifiers", "warning", f"{k} {value} missing on {len(missing[k])} of {len(pages)} "
                               f"pages", missing[k][0], float(len(missing[k]))))
        if wrong[k]:
            u, got = wrong[k][0]
            out.append(Finding("identifiers", "warning", f"{k} differs from the entry on {len(wrong[k])} pages: "
                               f"{got} instead of {value}", u, float(len(wrong[k]))))
    return out


def crawl_findings(c: Crawl, policy: Policy) -> list[Finding]:
    """What the crawl itself met: huge pages, redirect loops, traps, limits (bounded skips, never hangs)."""
    out = []
    for u, f in sorted(c.pages.items()):
        r = f.response
        if r.truncated:
            out.append(Finding("crawl", "warning", f"page larger than {policy.crawl['max_page_bytes']} bytes; only "
                               "that much was read", u))
        if r.error in ("redirect loop", "too many redirects"):
            out.append(Finding("crawl", "warning", f"{r.error} ({' → '.join(r.redirects[:4])})", u))
        elif r.error == "timeout":
            limit = policy.availability["timeout_seconds"]
            out.append(Finding("crawl", "warning", f"page did not load within {limit} s", u))
        elif r.error.startswith("protocol"):
            out.append(Finding("crawl", "warning", f"malformed response: {r.error}", u))
    if c.traps:
        out.append(Finding("crawl", "info", f"crawl trap cut off: {len(c.traps)} URLs of endless shape skipped "
                           f"(e.g. {c.traps[0]})", c.traps[0], float(len(c.traps))))
    if c.limited:
        out.append(Finding("crawl", "info", f"crawl stopped by limits: {', '.join(c.limited)}", c.base))
    return out
