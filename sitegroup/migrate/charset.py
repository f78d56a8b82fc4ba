"""Decode legacy text files faithfully (per page, and per segment where a page mixes encodings) and make every
encoding declaration they carry (meta, http-equiv, XML prolog, CSS @charset, BOM) say UTF-8."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Every GB label is decoded as GB18030: it is a superset of GBK, which is a superset of GB2312, and
# legacy editors saved GBK-only characters (e.g. 镕, 堃) into pages labelled gb2312.
GB_FAMILY = frozenset({"gb2312", "gbk", "gb18030", "x-gbk", "cp936", "euc-cn", "gb_2312-80", "hz-gb-2312"})
UTF8_LABELS = frozenset({"utf-8", "utf8"})
REPLACEMENT = "\ufffd"

_HEAD_LIMIT = 4096
_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.IGNORECASE)
_BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))
# '<', '>' and newline are never part of a GB18030 character (trail bytes are 0x30-0x39, 0x40-0x7E, 0x80-0xFE)
# nor of a UTF-8 one, so cutting a page there never splits a character in either encoding: a paragraph pasted
# in another encoding becomes its own segment.
_NON_ASCII_SEGMENT = re.compile(rb"[\x80-\xff][^<>\n]*")
_SHORT = 9  # bytes: up to three CJK characters, where chance UTF-8 validity of GBK bytes is plausible
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0003ffff]")
# What GBK bytes that happen to be valid UTF-8 mostly read as (two-byte sequences): combining marks, Greek,
# Cyrillic, Hebrew, Arabic... Text of a Chinese government site in UTF-8 with these and no Chinese is not UTF-8.
_UNLIKELY = re.compile(r"[\u0300-\u07ff]")


def _plausible_utf8(text: str) -> bool:
    return bool(_CJK.search(text)) or not _UNLIKELY.search(text)

# Declarations. Tags that may carry a charset (meta, script, link) and form accept-charset.
_CHARSET_TAG = re.compile(r"<(?:meta|script|link)\b[^>]*>", re.IGNORECASE)
_CHARSET_IN_TAG = re.compile(r"""(\bcharset\s*=\s*["']?\s*)([A-Za-z0-9_\-:.]+)""", re.IGNORECASE)
_ACCEPT_CHARSET = re.compile(r"""(\baccept-charset\s*=\s*)(?:"[^"]*"|'[^']*'|[^\s>]+)""", re.IGNORECASE)
_META_DECLARES = re.compile(r"""<meta\b[^>]*\bcharset\s*=""", re.IGNORECASE)
_XML_PROLOG = re.compile(r"""^(\s*<\?xml\b[^>]*?\bencoding\s*=\s*)(["'])([^"']*)\2""", re.IGNORECASE)
_CSS_CHARSET = re.compile(r"""^(\s*@charset\s+)(["'])([^"']*)\2""", re.IGNORECASE)
_HEAD_OPEN = re.compile(r"<head\b[^>]*>", re.IGNORECASE)
_HTML_OPEN = re.compile(r"<html\b[^>]*>", re.IGNORECASE)


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # utf-8, gb18030, utf-16, or mixed
    faithful: bool  # False: some bytes decode in no encoding; text then holds U+FFFD the source lacked


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in a <meta> near its top, lower-cased, or None."""
    m = _META_CHARSET.search(data[:_HEAD_LIMIT])
    return m.group(1).decode("ascii").lower() if m else None


def _try(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None


def decode(data: bytes, configured: str = "auto") -> Decoded:
    """Decode a text file.

    Valid UTF-8 wins whatever the label says: Chinese GBK text practically never validates as UTF-8, while
    legacy pages re-saved as UTF-8 often keep their old gb2312 label. Otherwise the file is cut into segments
    (see _NON_ASCII_SEGMENT) and each is decoded on its own: UTF-8 when it validates and reads as Chinese, else
    GB18030 (which also reads GB2312 and GBK), and a short segment valid both ways follows the rest of the
    file. A UTF-8 page with one pasted GBK paragraph thus keeps both. A segment that decodes in neither is
    decoded with U+FFFD and the file is not faithful: callers keep it out of the published site.
    ``configured`` (the site's declared legacy encoding) only breaks ties in files with no other evidence.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            data = data[len(bom):]
            if codec.startswith("utf-16"):
                text = _try(data, codec)
                return Decoded(text, "utf-16", True) if text is not None else Decoded(
                    data.decode(codec, "replace"), "utf-16", False)
            break
    text = _try(data, "utf-8")
    if text is not None and (text.isascii() or _plausible_utf8(text)):
        return Decoded(text, "utf-8", True)
    # Only the non-ASCII segments need a decision; the ASCII between them is copied as it is.
    segments = [(m.start(), m.end()) for m in _NON_ASCII_SEGMENT.finditer(data)]
    choice: list[str | None] = []  # per segment: "utf-8", "gb18030", None (ambiguous), "lossy"
    votes = {"utf-8": 0, "gb18030": 0}
    for start, end in segments:
        piece = data[start:end]
        u, g = _try(piece, "utf-8"), _try(piece, "gb18030")
        if u is not None and (g is None or (len(piece) > _SHORT and _CJK.search(u))):
            pick = "utf-8"
        elif g is not None and (u is None or not _plausible_utf8(u)):
            pick = "gb18030"
        elif u is not None:
            # Valid both ways: UTF-8 Chinese often also reads as (garbled) GB18030, and a few GBK characters can
            # read as UTF-8 by chance. Long Chinese runs are UTF-8; short ones follow the rest of the file.
            pick = None
        else:
            pick = "lossy"
        if pick in votes:
            votes[pick] += len(piece)
        choice.append(pick)
    prior = "utf-8" if configured.lower() in UTF8_LABELS else "gb18030"
    majority = max(votes, key=lambda k: (votes[k], k == prior))
    out: list[str] = []
    used: set[str] = set()
    faithful = True
    at = 0
    for (start, end), pick in zip(segments, choice, strict=True):
        out.append(data[at:start].decode("ascii"))
        at = end
        codec = majority if pick in (None, "lossy") else pick
        faithful = faithful and pick != "lossy"
        used.add(codec)
        out.append(data[start:end].decode(codec, "replace"))
    out.append(data[at:].decode("ascii"))
    encoding = "mixed" if len(used) > 1 else (used.pop() if used else "utf-8")
    return Decoded("".join(out), encoding, faithful)


def decode_page(data: bytes, configured: str = "auto") -> tuple[str, str, bool]:
    """(text, detected encoding, lossy): decode() for callers that only need the three values."""
    d = decode(data, configured)
    return d.text, d.encoding, not d.faithful


def _utf8_tag(m: re.Match[str]) -> str:
    tag = _CHARSET_IN_TAG.sub(lambda c: c.group(1) + "utf-8", m.group(0))
    return _ACCEPT_CHARSET.sub(lambda c: c.group(1) + '"utf-8"', tag)


def fix_declared_charset(text: str) -> str:
    """HTML: every charset declaration (meta charset, http-equiv Content-Type, script/link charset, form
    accept-charset, an XHTML page's XML prolog) says utf-8; <meta charset="utf-8"> is added when none exists."""
    text = fix_xml_declaration(text)
    text = _CHARSET_TAG.sub(_utf8_tag, text)
    text = re.sub(r"<form\b[^>]*>", lambda m: _ACCEPT_CHARSET.sub(lambda c: c.group(1) + '"utf-8"', m.group(0)),
                  text, flags=re.IGNORECASE)
    if _META_DECLARES.search(text):
        return text
    tag = '<meta charset="utf-8">'
    for pattern in (_HEAD_OPEN, _HTML_OPEN):
        m = pattern.search(text)
        if m:
            return text[: m.end()] + tag + text[m.end():]
    return tag + text


def fix_xml_declaration(text: str) -> str:
    """An XML prolog's encoding says utf-8 (an XML file without one is UTF-8 by default)."""
    return _XML_PROLOG.sub(lambda m: f"{m.group(1)}{m.group(2)}utf-8{m.group(2)}", text, count=1)


def fix_css_declaration(text: str) -> str:
    return _CSS_CHARSET.sub(lambda m: f"{m.group(1)}{m.group(2)}utf-8{m.group(2)}", text, count=1)


def declarations(text: str) -> list[str]:
    """Every encoding a text file declares (lower-cased): tags' charset, accept-charset, XML prolog, @charset."""
    found = [c.group(2).lower() for m in _CHARSET_TAG.finditer(text) for c in _CHARSET_IN_TAG.finditer(m.group(0))]
    for m in re.finditer(r"<form\b[^>]*>", text, re.IGNORECASE):
        for a in _ACCEPT_CHARSET.finditer(m.group(0)):
            found += [v.lower() for v in re.split(r"[\s,]+", a.group(0).split("=", 1)[1].strip("\"' ")) if v]
    for pattern in (_XML_PROLOG, _CSS_CHARSET):
        m = pattern.search(text)
        if m:
            found.append(m.group(3).strip().lower())
    return found


def declares_only_utf8(text: str) -> bool:
    return all(d in UTF8_LABELS for d in declarations(text))
