"""The identifiers every government page must carry: 网站标识码 (meta tag and footer text), ICP备案号 and
公安备案号 (公网安备, with its beian.gov.cn badge link).

A migrated page shows each exactly once in value: the entry's. Old values are replaced where they stand (the
old footer, meta tags, the badge link's recordcode); only identifiers the page lacks are added, in a footer.
Numbers are only touched next to their label, so text that merely looks like one stays. A label followed by a
number this module cannot replace in place (split by markup, say) is reported, never guessed at.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

FOOTER_ID = "sitegroup-identifiers"
_SITEID_META = re.compile(r"""<meta\b[^>]*\bname\s*=\s*["']?SiteIDCode\b[^>]*>""", re.I)
_META_CONTENT = re.compile(r"""\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", re.I)
_CHARSET_META = re.compile(r"""<meta\b[^>]*charset[^>]*>""", re.I)
_HEAD_OPEN = re.compile(r"<head\b[^>]*>", re.I)
_BODY_CLOSE = re.compile(r"</body\s*>", re.I)
_TAG = re.compile(r"<[^>]*>")

# Located identifiers: (label kept, value replaced). Separators are what old footers really use.
_SEP = r"[\s\u3000:：]*"
# ICP/公网安备 numbers start with the province, in either of its abbreviations (贵/黔, 云/滇, 甘/陇, 陕/秦, 川/蜀).
_PROVINCE = "[京津沪渝冀豫云滇辽黑湘皖鲁新苏浙赣鄂桂甘陇晋蒙陕秦吉闽贵黔粤青藏川蜀宁琼港澳台]"
# Patterns start with their label (a literal: Python's re finds those fast); the province character before an ICP
# or 公网安备 number is taken along in code (_with_province).
SITE_CODE = re.compile(rf"(网站标识码{_SEP})([A-Za-z]{{0,2}}\d{{8,12}})(?![0-9A-Za-z])")
ICP = re.compile(r"ICP备\s*\d{4,10}\s*号(?:\s*[-－]\s*\d{1,3})?")
PSB = re.compile(rf"公网安备{_SEP}\d{{10,16}}\s*号?")
PSB_LABELLED = re.compile(rf"(公安(?:机关)?备案号?{_SEP})(\d{{10,16}})(?:\s*号)?")
RECORDCODE = re.compile(r"([Rr]ecord[Cc]ode=)(\d+)")
_RECORDCODE_LOW = re.compile(r"recordcode=(\d+)")
_PROVINCE_CHARS = frozenset(_PROVINCE[1:-1])
# Labels whose value follows within a few characters once markup is stripped: used to find identifiers that
# could not be replaced in place, and by verification to read every identifier a page shows.
_NEAR = r"[^0-9A-Za-z\u4e00-\u9fff]{0,12}"
_SHOWN = {
    "site_code": re.compile(rf"网站标识码{_NEAR}([A-Za-z]{{0,2}}\d{{8,12}})(?![0-9])"),
    "icp": re.compile(rf"(ICP备{_NEAR}\d{{4,10}}\s*号(?:\s*[-－]\s*\d{{1,3}})?)"),
    "psb": re.compile(rf"(?:公网安备|公安(?:机关)?备案号?){_NEAR}(\d{{10,16}})"),
}


def _with_province(pattern: re.Pattern[str], text: str, replacement: str) -> str:
    """pattern.sub(replacement), each match widened by the province character just before it, if any."""
    out: list[str] = []
    last = 0
    for m in pattern.finditer(text):
        start = m.start() - 1 if m.start() > last and text[m.start() - 1] in _PROVINCE_CHARS else m.start()
        out += [text[last:start], replacement]
        last = m.end()
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)


@dataclass
class Result:
    text: str
    unlocated: list[str] = field(default_factory=list)  # e.g. "icp: 京ICP备12345678号 (split by markup)"


def psb_record_code(psb: str) -> str:
    """The digits of a 公网安备 number, which the beian.gov.cn badge link takes."""
    return "".join(ch for ch in psb if ch.isascii() and ch.isdigit())


def _norm(value: str) -> str:
    return re.sub(r"[\s\u3000－]", lambda m: "-" if m.group(0) == "－" else "", value).upper()


def meta_tag(site_code: str) -> str:
    return f'<meta name="SiteIDCode" content="{html.escape(site_code, quote=True)}">'


def footer(site_code: str | None, icp: str | None, psb: str | None) -> str:
    """The identifiers footer with the given items (None: the page already shows that one)."""
    esc = html.escape
    items = []
    if site_code is not None:
        items.append(f"政府网站标识码：{esc(site_code)}")
    if icp is not None:
        items.append(f'<a href="https://beian.miit.gov.cn/" rel="noopener">{esc(icp)}</a>')
    if psb is not None:
        code = psb_record_code(psb)
        items.append(f'<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode={esc(code)}" '
                     f'rel="noopener">{esc(psb)}</a>')
    return f'<div id="{FOOTER_ID}" class="{FOOTER_ID}">' + " ".join(items) + "</div>"


def shown(text: str) -> dict[str, set[str]]:
    """Every identifier value a page shows, by kind (normalised), read from its text with markup stripped, plus
    the SiteIDCode meta tags and the badge links' recordcodes."""
    visible = html.unescape(_TAG.sub("", text))
    out: dict[str, set[str]] = {"site_code": set(), "icp": set(), "psb": set()}
    if "标识码" in visible:
        out["site_code"] = {_norm(m.group(1)) for m in _SHOWN["site_code"].finditer(visible)}
    upper = visible.upper()  # icp备 in any case is still an ICP number
    if "ICP备" in upper:
        out["icp"] = {_norm((upper[m.start() - 1] if m.start() and upper[m.start() - 1] in _PROVINCE_CHARS else "")
                            + m.group(1)) for m in _SHOWN["icp"].finditer(upper)}
    if "公网安备" in visible or "公安" in visible:
        out["psb"] = {_norm(m.group(1)) for m in _SHOWN["psb"].finditer(visible)}
    out["meta"] = set()
    for tag in _SITEID_META.finditer(text):
        m = _META_CONTENT.search(tag.group(0))
        out["meta"].add(_norm(next(g for g in m.groups() if g is not None)) if m else "")
    low = text.lower()
    out["recordcode"] = {m.group(1) for m in _RECORDCODE_LOW.finditer(low)} if "recordcode" in low else set()
    return out


def conflicts(text: str, site_code: str, icp: str, psb: str) -> list[str]:
    """What is wrong with a page's identifiers: a kind missing, or showing any value but the entry's."""
    want = {"meta": _norm(site_code), "site_code": _norm(site_code), "icp": _norm(icp),
            "psb": psb_record_code(psb), "recordcode": psb_record_code(psb)}
    seen = shown(text)
    problems = []
    for kind, value in want.items():
        if kind == "recordcode" and not seen[kind]:
            continue  # the badge link is optional; the 公网安备 number itself is not
        if seen[kind] != {value}:
            found = ", ".join(sorted(seen[kind])) or "none"
            problems.append(f"{kind}: shows {found}, expected {value}")
    return problems


def ensure_identifiers(text: str, site_code: str, icp: str, psb: str) -> Result:
    """Replace old identifiers in place, add what is missing, report what cannot be replaced safely."""
    code = psb_record_code(psb)
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
    # The literal checks only skip regexes that could not match (they are slow to try at every position).
    if "标识码" in text:
        text = SITE_CODE.sub(lambda m: m.group(1) + html.escape(site_code), text)
    if "ICP备" in text:
        text = _with_province(ICP, text, html.escape(icp))
    if "公网安备" in text:
        text = _with_province(PSB, text, html.escape(psb))
    if "公安" in text:
        text = PSB_LABELLED.sub(lambda m: m.group(1) + html.escape(code), text)
    if "ecord" in text:
        text = RECORDCODE.sub(lambda m: m.group(1) + code, text)

    seen = shown(text)
    want = {"site_code": _norm(site_code), "icp": _norm(icp), "psb": code}
    unlocated = [f"{kind}: {', '.join(sorted(seen[kind] - {value}))} could not be replaced in place"
                 for kind, value in want.items() if seen[kind] - {value}]
    missing = {kind for kind, value in want.items() if value not in seen[kind]}
    if missing:
        foot = footer(site_code if "site_code" in missing else None, icp if "icp" in missing else None,
                      psb if "psb" in missing else None)
        closes = list(_BODY_CLOSE.finditer(text))
        at = closes[-1].start() if closes else len(text)
        text = text[:at] + foot + text[at:]
    return Result(text, unlocated)
