"""Detect a legacy page's encoding, decode it, and make its declared charset say UTF-8."""

from __future__ import annotations

import re

# Every GB label is decoded as GB18030: it is a superset of GBK, which is a superset of GB2312, and
# legacy editors saved GBK-only characters (e.g. 镕, 堃) into pages labelled gb2312.
GB_FAMILY = frozenset({"gb2312", "gbk", "gb18030", "x-gbk", "cp936", "euc-cn", "gb_2312-80", "hz-gb-2312"})
UTF8_LABELS = frozenset({"utf-8", "utf8"})

_HEAD_LIMIT = 4096
_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.IGNORECASE)
_META_TAG = re.compile(r"<meta\b[^>]*>", re.IGNORECASE)
_CHARSET_IN_TAG = re.compile(r"""(charset\s*=\s*["']?\s*)([A-Za-z0-9_\-:.]+)""", re.IGNORECASE)
_HEAD_OPEN = re.compile(r"<head\b[^>]*>", re.IGNORECASE)
_HTML_OPEN = re.compile(r"<html\b[^>]*>", re.IGNORECASE)


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in a <meta> near its top, lower-cased, or None."""
    m = _META_CHARSET.search(data[:_HEAD_LIMIT])
    return m.group(1).decode("ascii").lower() if m else None


def _try(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None


def decode_page(data: bytes, configured: str = "auto") -> tuple[str, str, bool]:
    """Decode page bytes. Returns (text, detected encoding, lossy).

    Valid UTF-8 wins whatever the label says: Chinese GBK text practically never validates as UTF-8,
    while legacy pages re-saved as UTF-8 often keep their old gb2312 label. Otherwise GB18030 (strict),
    which also reads GB2312 and GBK. Labels are not trusted further: GB18030 decodes almost any byte
    string, so a label could only make things worse. Only when nothing decodes strictly is GB18030
    used with replacement characters, and the page is reported as lossy. ``configured`` is the site's
    declared legacy encoding; 'utf-8' there makes a non-UTF-8 page lossy-decoded as GB18030 all the same.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    for codec in ("utf-8", "gb18030"):
        text = _try(data, codec)
        if text is not None:
            return text, codec, False
    return data.decode("gb18030", errors="replace"), "gb18030", True


def fix_declared_charset(text: str) -> str:
    """Make every <meta> charset declaration say utf-8; add <meta charset="utf-8"> when none exists."""
    found = False

    def fix_tag(m: re.Match[str]) -> str:
        nonlocal found
        tag = m.group(0)
        if _CHARSET_IN_TAG.search(tag):
            found = True
            return _CHARSET_IN_TAG.sub(lambda c: c.group(1) + "utf-8", tag, count=1)
        return tag

    text = _META_TAG.sub(fix_tag, text)
    if found:
        return text
    tag = '<meta charset="utf-8">'
    for pattern in (_HEAD_OPEN, _HTML_OPEN):
        m = pattern.search(text)
        if m:
            return text[: m.end()] + tag + text[m.end() :]
    return tag + text
