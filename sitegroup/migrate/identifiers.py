"""The identifiers every government page must carry: 网站标识码 meta tag and the footer with ICP/公安备案."""

from __future__ import annotations

import html
import re

FOOTER_ID = "sitegroup-identifiers"
_SITEID_META = re.compile(r"""<meta\b[^>]*\bname\s*=\s*["']?SiteIDCode\b[^>]*>""", re.I)
_CHARSET_META = re.compile(r"""<meta\b[^>]*charset[^>]*>""", re.I)
_HEAD_OPEN = re.compile(r"<head\b[^>]*>", re.I)
_FOOTER = re.compile(r"""<div\b[^>]*\bid\s*=\s*["']?""" + FOOTER_ID + r"""\b[^>]*>.*?</div>""", re.I | re.S)
_BODY_CLOSE = re.compile(r"</body\s*>", re.I)


def psb_record_code(psb: str) -> str:
    """The digits of a 公网安备 number, which the beian.gov.cn badge link takes."""
    return "".join(ch for ch in psb if ch.isascii() and ch.isdigit())


def meta_tag(site_code: str) -> str:
    return f'<meta name="SiteIDCode" content="{html.escape(site_code, quote=True)}">'


def footer(site_code: str, icp: str, psb: str) -> str:
    esc = html.escape
    code = psb_record_code(psb)
    return (
        f'<div id="{FOOTER_ID}" class="{FOOTER_ID}">'
        f"政府网站标识码：{esc(site_code)} "
        f'<a href="https://beian.miit.gov.cn/" rel="noopener">{esc(icp)}</a> '
        f'<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode={esc(code)}" rel="noopener">'
        f"{esc(psb)}</a></div>"
    )


def ensure_identifiers(text: str, site_code: str, icp: str, psb: str) -> str:
    """Set the SiteIDCode meta tag and the identifiers footer; replaces stale ones, never duplicates."""
    tag = meta_tag(site_code)
    if _SITEID_META.search(text):
        text = _SITEID_META.sub(lambda _m: tag, text, count=1)
        # A page that carried several (copy-paste templates) keeps only the first, now correct, one.
        first = text.find(tag) + len(tag)
        text = text[:first] + _SITEID_META.sub("", text[first:])
    else:
        anchor = _CHARSET_META.search(text) or _HEAD_OPEN.search(text)
        at = anchor.end() if anchor else 0
        text = text[:at] + tag + text[at:]
    foot = footer(site_code, icp, psb)
    if _FOOTER.search(text):
        return _FOOTER.sub(lambda _m: foot, text, count=1)
    closes = list(_BODY_CLOSE.finditer(text))
    if closes:
        at = closes[-1].start()
        return text[:at] + foot + text[at:]
    return text + foot
