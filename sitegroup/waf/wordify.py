"""CRS rules read with every non-ASCII byte as a word character ("wordified").

CRS 3.3.4 compiles its patterns as byte patterns, so each of the three bytes of a Chinese character
is a non-word character (``\\W``). A citizen who writes ``统计 count 总数(人)`` has written the SQL
function call ``count(`` to 942150/942410 (``count\\W*\\(``: the Chinese bytes are "non-word" filler),
and ``欧盟 union 合作`` is a value "starting with non-word characters then union" to 942361. Databases
read CJK characters as identifier characters, like letters, so the SQL reading is wrong too.

``wordify`` rewrites a pattern so non-ASCII bytes count as word characters: ``\\w`` gains
``\\x80-\\xff``, ``\\W`` becomes the ASCII non-word class, inside and outside character classes.
On ASCII input the result matches exactly what the stock pattern matches (tests/waf/test_render.py
fuzzes every rule in ``RULES``), but where a rule's PATCHES say otherwise (942190: an upper-case cell reference
after a quoted sheet name). ``\\b`` is left as it is: it only ever makes a rewritten rule fire
more often than fully wordified text would, never less than stock. Not ``(*UTF)(*UCP)``: PCRE2's JIT
does not validate UTF-8, and a GBK-encoded form value crashed the worker (docs/waf.md).

The replacement rules live in policies/waf/crs-tuning-zh.conf as text (an operator reads and reviews
what runs; rendering needs no CRS installation); ``python -m sitegroup.waf.wordify`` prints them from
the installed CRS, and a test checks the committed text is exactly what this module makes of it.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

CRS_RULES = Path("/usr/share/modsecurity-crs/rules")
ASCII_NON_WORD = r"\x00-\x2f\x3a-\x40\x5b-\x5e\x60\x7b-\x7f"

# CRS rule -> its wordified replacement (ids 10000-10899 are the platform tuning's; docs/waf.md).
RULES = {
    "941320": "10320",
    "942120": "10120",
    "942150": "10650",
    "942180": "10180",
    "942190": "10195",
    "942210": "10210",
    "942310": "10610",
    "942361": "10361",
    "942380": "10380",
    "942410": "10410",
    "942480": "10480",
}
# Paranoia level 3 (the high-value profile): same treatment; True = also PL3_GUARDS in front (a JSON
# document is not read, as for 10260/10330/10370/10430/10440, nor a masked value).
RULES_PL3 = {
    "942460": ("10460", True),
    "942490": ("10490", True),
}
# After wordifying, a few rules take one more narrow rewrite that only ever matters next to non-ASCII text, right
# after a JSON member's ':' or (942190) before an upper-case cell reference, so the equivalence with stock on ASCII
# text without ':' or upper-case letters still holds (tests/waf/test_render.py): (stock fragment, replacement, why).
_CJK_BEFORE = r"(?<![\x80-\xff])(?<![\x80-\xff]\s)(?<![\x80-\xff]\s\s)"
# A JSON member whose whole string value is an operator or an SQL keyword (a query builder's {"field":"je","op":">=",
# "value":100}, {"op":"like"}): a quoted operator is a string, not SQL. Only right after the member's ':' (with or
# without one space) and before the string's closing quote and ',', '}' or ']': `x" or "1">="1` stays read. Never
# reached by an ASCII text without ':' (the equivalence test's alphabet has none); stock reads the same otherwise.
_JSON_OPS = r"(?:<>|<=>?|<<?|>=?|>>|!=|=|like|between|x?or|and|div)"
_JSON_MEMBER_VALUE = "".join(r"(?!(?<=" + before + r")" + _JSON_OPS + r"\x22\s*[,}\]])"
                             for before in (r":\x22", r":\s\x22"))
_JSON_MEMBER = ("".join(r"(?!(?<=" + before + r")\x22" + _JSON_OPS + r"\x22\s*[,}\]])" for before in (":", r":\s"))
                # and the quote closing the member's name: "op":">="
                + r"(?!\x22:\s?\x22" + _JSON_OPS + r"\x22\s*[,}\]])")
PATCHES = {
    # Stop 27 (corpus K tuning part, medical-insurance remote-filing `单位 派驻 外地 项目部 >= 6个月`; J's
    # 审核说明 `出口交货值 <= 工业销售产值`): a comparison written after Chinese text compares Chinese words, not SQL
    # operands; an injection's comparison follows a quote, a digit, a parenthesis or an ASCII name (1<=2,
    # 'a'<>'b', x>=1), which the rule reads as before.
    # Stop 28 (corpus M tuning part, budget-disclosure table-query: filters=[{"field":"je","op":">=","value":100}]):
    # and the operator as a JSON member's whole value.
    "942120": [(r"<(?:>(?:\s+binary)?|=>?|<)", _CJK_BEFORE + _JSON_MEMBER_VALUE + r"<(?:>(?:\s+binary)?|=>?|<)",
                "a comparison after Chinese text, or a JSON member's whole value"),
               (r"|>[=>]|", r"|" + _CJK_BEFORE + _JSON_MEMBER_VALUE + r">[=>]|",
                "a comparison after Chinese text, or a JSON member's whole value"),
               (r"|\|\||!=|&&))", r"|\|\||" + _JSON_MEMBER_VALUE + r"!=|&&))", "a JSON member's whole value")],
    # Stop 28 (the same requests: {"field":"kmdm","op":"like","value":"205%"}): a quote opening a JSON member's
    # whole value "like", "=", "between" … is no quote an injection closes.
    "942180": [("(?i:[\\\"'`]", "(?i:" + _JSON_MEMBER + "[\\\"'`]", "a JSON member's whole value")],
    # Stop 35 (corpus AE held-out part, opened: a shared sheet's formulas and cell comments, ='汇总表'!C5/B5 and
    # "核对 '汇总表'!C 列"): a spreadsheet names another sheet's cells as 'sheet name'!A1, and 942190 reads a quote, '!'
    # and a word character as MySQL's NOT after a closed string. Not when the quote is a single one and '!' is
    # followed at once by an upper-case cell or column reference (C, C5, $C$5, A1:B2) that ends there (no word
    # character or parenthesis after it). A space before '!', a double quote or backtick, a lower-case word, a
    # function call ('!ABS(') or any other word after '!' is read as before. The fuzzed equivalence with stock holds
    # (its alphabet has no upper-case letters); upper-case ASCII is the one place this copy reads less.
    "942190": [(r"|\s*?!\s*?[\"'`\w\x80-\xff])",
                r"|(?!(?<=')!(?-i:\$?[A-Z]{1,3}\$?[0-9]{0,7}(?::\$?[A-Z]{1,3}\$?[0-9]{0,7})?)(?![\w\x80-\xff(]))"
                r"\s*?!\s*?[\"'`\w\x80-\xff])",
                "a quoted sheet name's '!' before a cell reference")],
}


def rewrite(rule_id: str, rx: str) -> str:
    """wordify(rx), then the rule's PATCHES (each fragment must occur exactly once)."""
    out = wordify(rx)
    for old, new, _why in PATCHES.get(rule_id, ()):
        if out.count(old) != 1:
            raise ValueError(f"{rule_id}: patch fragment {old!r} occurs {out.count(old)} times")
        out = out.replace(old, new)
    return out


# A value that is one CSS selector (at least one # . [ or :) or one XPath location path, with quoted parts
# balanced and quote-free: web-vitals and click trackers report elements so (div#main>ul.list>li:nth-child(3)>a,
# //*[@id="main"]/ul/li[2]/a). The same text guards 10660 (942130), 10260, 10440 and 10431 (crs-tuning-zh.conf).
SHAPE_GUARD = (r"(?!(?=[^#.\[:]*[#.\[:])\s*(?:[a-z][\w-]*|\*)?(?:[#.][\w-]+|\[[\w-]+(?:[~|^$*]?=(?:\"[^\"'\[\]\x5c]*\""
               r"|'[^\"'\[\]\x5c]*'|[\w-]+))?\]|::?[\w-]+(?:\([\w\s+#.,-]*\))?)*(?:\s*[>+~]\s*(?:[a-z][\w-]*|\*)?"
               r"(?:[#.][\w-]+|\[[\w-]+(?:[~|^$*]?=(?:\"[^\"'\[\]\x5c]*\"|'[^\"'\[\]\x5c]*'|[\w-]+))?\]|::?[\w-]+"
               r"(?:\([\w\s+#.,-]*\))?)*|\s+(?:[a-z][\w-]*|\*)?(?:[#.][\w-]+|\[[\w-]+(?:[~|^$*]?=(?:\"[^\"'\[\]\x5c]*\""
               r"|'[^\"'\[\]\x5c]*'|[\w-]+))?\]|::?[\w-]+(?:\([\w\s+#.,-]*\))?)*)*\s*$)"
               r"(?!(?:/{1,2}(?:\*|[a-z][\w-]*)(?:\[(?:[0-9]{1,4}|@[\w-]+=(?:\"[^\"'\[\]\x5c]*\"|'[^\"'\[\]\x5c]*'))\])?)+$)")
# The guards, then anything: a JSON document is not read, nor a PEM block (stop 23, corpus E), nor a CSS
# selector or XPath (stop 22, corpus D),
# nor a masked value (脱敏: 王**, 138****1234, 3301**********123X), whose asterisks are a run of
# "meta-characters" to 942460.
# A PEM block (RFC 7468: UnionPay's signPubKeyCert), as 10430/10431/10440 leave it: from here to the very
# end (\z; libmodsecurity compiles @rx multi-line) base64 and the END line.
PEM_GUARD = r"(?!(?:-----BEGIN [A-Z0-9 ]{1,40}-----)?[A-Za-z0-9+/=\s]*-----END [A-Z0-9 ]{1,40}-----\s*\z)"
# The text of an S3 CompleteMultipartUpload (part numbers and quoted MD5 ETags run together), as 10430 leaves it.
ETAG_GUARD = r'(?!(?:\s*\d{1,5}\s*\"[0-9a-fA-F]{32}(?:-\d{1,5})?\")+\s*\z)'
# English prose (stop 27: corpus E's English portal letters and corpus K's English homework at PL3, and at PL2
# 942200's ", … we'd" branch): words of letters, digits or non-ASCII text, joined inside a word only by an
# apostrophe of a contraction ('s 't 'd 'm 'll 're 've) or a name (O'Connor), or by - . / & : , between word
# characters; around a word at most one opening parenthesis and closing ) . , ; : ! ? marks; double quotes only
# and single quotes only as a whole quotation of such words (a plural's possessive: parents' books); between
# words spaces, line breaks and a free-standing - -- or &; a number may end in a per-cent sign (the 15% rate, stop 30,
# corpus U tuning part, an English enquiry; not before a hex digit: no escape left after decoding). No '=',
# '<', '>', '*', '|', backtick, backslash, '#', '@', '$', '%', ';' or ':' inside a token, and no quote that is not
# an apostrophe or a balanced quotation: nothing that leaves a string literal or joins SQL. Such a value is not
# COUNTED by the special-character and meta-character counters (10430/10431, 10460, 10490, 942200's 10620,
# 932200's 10200); every other rule, the tautology, libinjection and keyword rules among them, still reads it.
# Only a value of at most 4,000 bytes from where the guard is tried (libmodsecurity compiles @rx multi-line, so
# it is tried at every line start): a longer text is counted as before, and the guard's cost stays linear.
_PW = r"[A-Za-z0-9\x80-\xff]"
_PWORD = (r"(?:[A-Za-z]{1,2}'(?=[A-Za-z]{2}))?" + _PW + r"+(?:'(?:[sStTdDmM]|ll|LL|re|RE|ve|VE)(?!" + _PW
          + r")|[-./&:,]" + _PW + r"+)*(?:(?<=[sS])'(?![\w\x80-\xff'])|(?<=[0-9])%(?![0-9A-Fa-f]))?")
_PCLOSE = r"[).,;:!?]*"
_PWORDS = r"\(?" + _PWORD + r"(?:" + _PCLOSE + r"\s+\(?" + _PWORD + r")*" + _PCLOSE


# Chinese punctuation (，。；：、！？（）《》「」『』【】 in UTF-8): what closes a quoted date or code in Chinese text
# ("值 为 '2027-13-01'，非法 日期", stop 29, corpus Q held-out part opened after its second count).
_CJK_PUNCT = r"(?:\xef\xbc[\x81\x88\x89\x8c\x9a\x9b\x9f]|\xe3\x80[\x81\x82\x8a-\x91])"


def _quoted(q: str) -> str:
    """A whole quotation of words: it opens after a space or '(' and closes before one or before Chinese
    punctuation (then the word goes on), so it can not close a string literal the application opened
    (balanced quotes only ever add string literals)."""
    return q + _PWORDS + q + r"(?:(?=" + _CJK_PUNCT + ")" + _PW + r"*|(?![\w\x80-\xff]))"


PROSE_GUARD = (r"(?!(?=[\s\S]{0,4000}\z)\s*(?:(?:\(?(?:" + _PWORD + "|" + _quoted(r"\"") + "|" + _quoted("'")
               + ")" + _PCLOSE + r"|--?|&)(?:\s+|\z))+\z)")
# A geographic coordinate in degrees, minutes and seconds with ASCII marks (stop 33, corpus O held-out part,
# opened: a CORS 坐标 转换 service's B and L values, 26°30'28.9080"N and 106°46'12.2160"E): digits, '°', one "'",
# one '"' and a hemisphere letter. Its quotes close nothing an injection could use: no word of two letters, no
# operator and no parenthesis follows them. Not counted by 10460 and 10490.
DMS_GUARD = r"(?!\s*(?:[NSEWnsew]\s*)?\d{1,3}\xc2\xb0\s*\d{1,2}'\s*\d{1,2}(?:\.\d{1,6})?\x22\s*[NSEWnsew]?\s*\z)"
# A stack trace and nothing else (stop 34: corpus D's held-out part, opened: front-end error monitors and APM agents
# post error.stack, V8's "    at loadMore (https://…/app.js:3:81539)"; corpus H's, opened: an app's crash log, Java
# and iOS frames): an optional first line naming the error, then frames, one per line: V8's "at name (location)" or
# "at location", SpiderMonkey's and JavaScriptCore's "name@location", Java's "at pkg.Class.method(File.java:171)"
# (logback's "~[jar:version]" after it), iOS's "0   App  0x… symbol + 412", Java's "... 12 more" and
# "Caused by: …" lines. A location is a URL or a file path with :line[:column]. The message may quote
# ('localStorage', "<!DOCTYPE ") but holds no '=', ';', '|', backtick, backslash, '#', brace, SQL comment, and no
# '<' or '>' outside a quotation. The frames are the counted characters: each "(url:3:81539)" is five specials to
# 10430/10431, and a line break before "    at" a run of meta-characters to 10460. Not read by 10260, 10370, 10430,
# 10431, 10450, 10460, 10490 and 10511 (tests/waf/test_render.py checks each carries this text); every other rule,
# libinjection, the keyword, XSS and command rules among them, still reads the value. A text that only quotes a
# stack trace (a ticket with prose around it) is counted as before. Tried at every line start (multi-line @rx), so
# only a value of at most 8,000 bytes from there: its cost stays bounded.
_LOC = r"(?:[a-z][a-z0-9+.-]*://[^\s()]+|[\w./@~-]+)(?::[0-9]+){1,2}"
_JS_FRAME = (r"at (?:(?:async|new) )?(?:[\w$.<>\[\]/-]+(?: \[as [\w$]+\])? \((?:" + _LOC + r"|<anonymous>|native)\)|"
             + _LOC + ")")
_SM_FRAME = r"[\w$.<>/\[\]-]*@" + _LOC
_JAVA_FRAME = (r"at [\w$.<>/-]+\((?:[\w$-]+\.(?:java|kt|scala|groovy)(?::[0-9]+)?|Native Method|Unknown Source)\)"
               r"(?: ~?\[[\w.:-]*\])?")
# (t:urlDecodeUni, which most rules apply, reads its '+' as a space)
_IOS_FRAME = r"[0-9]{1,4} +[\w.-]+ +0x[0-9a-f]{8,16} +[\w$.:<>()\[\] -]{1,200}? [+ ] [0-9]+"
_STACK_MESSAGE = (r"(?:(?!--|/\*|\*/)(?:[^\r\n'\"=;|`\x5c#{}<>]|'[^'\r\n=;|`\x5c#{}]{0,120}'"
                  r"|\"[^\"\r\n=;|`\x5c#{}]{0,120}\"))*")
_STACK_LINE = (r"[ \t]*(?:" + "|".join((_JS_FRAME, _SM_FRAME, _JAVA_FRAME, _IOS_FRAME,
                                         r"\.\.\. [0-9]+ (?:more|common frames omitted)",
                                         r"Caused by: [A-Za-z_$][\w$.]*(?:: " + _STACK_MESSAGE + ")?")) + r")[ \t]*")
# the line after the error's must be a frame
_FRAME_START = r"(?=[ \t]*(?:at |[0-9]{1,4} +[\w.-]+ +0x|[\w$.<>/\[\]-]*@))"
_ERROR_LINE = (r"(?:(?:Uncaught |Caused by: )?[A-Za-z_$][\w$.]*(?:: " + _STACK_MESSAGE + r")?|Fatal error: "
               + _STACK_MESSAGE + ")")
STACK_GUARD = (r"(?!(?=[\s\S]{0,8000}\z)\s*(?:" + _ERROR_LINE + r"[ \t]*\r?\n)?" + _FRAME_START + r"(?:" + _STACK_LINE
               + r"(?:\r?\n|\s*\z))+\z)")
# A passport's or a travel document's machine-readable zone (stop 34, corpus AD tuning part: an international
# student's admission form carries the OCR'd MRZ, one line per array element): ICAO Doc 9303's lines, letters, digits
# and the filler '<' at fixed places: TD3 and MRV-A (2 x 44), TD2 and MRV-B (2 x 36), TD1 (3 x 30), one line or
# the whole zone. Its runs of '<' are "SQL operators" to 942120 (<<), "tautologies" to 942130 (SMITH<<JOHN) and
# special and meta-characters to 942430/942431/942460. A line that names (line 1 of TD3/TD2, line 3 of TD1) is
# letters and '<' only; the others have digits only where the document number, dates and check digits stand. So a
# value that passes starts with a letter word or a fixed-width number and holds no quote, space, parenthesis or
# '=': an injection through it would need the schema's own column names in those places, and libinjection and the
# PL1 SQL rules still read it. Not read by 10120, 10430, 10431, 10460, 10490, 10660.
_MRZ_LINE = "|".join((
    r"[PV][A-Z<]{43}",                                                   # TD3 / MRV-A line 1
    r"[A-Z0-9<]{9}[0-9][A-Z<]{3}[0-9]{7}[MFX<][0-9]{7}[A-Z0-9<]{16}",    # TD3 / MRV-A line 2
    r"[ACIPV][A-Z<]{35}",                                                # TD2 / MRV-B line 1
    r"[A-Z0-9<]{9}[0-9][A-Z<]{3}[0-9]{7}[MFX<][0-9]{7}[A-Z0-9<]{8}",     # TD2 / MRV-B line 2
    r"[ACI][A-Z<]{4}[A-Z0-9<]{9}[0-9<][A-Z0-9<]{15}",                    # TD1 line 1
    r"[0-9]{7}[MFX<][0-9]{7}[A-Z<]{3}[A-Z0-9<]{11}[0-9]",                # TD1 line 2
    r"[A-Z<]{30}",                                                       # TD1 line 3
))
MRZ_GUARD = r"(?!\s*(?:" + _MRZ_LINE + r")(?:\r?\n(?:" + _MRZ_LINE + r"))*\s*\z)"
# A SWIFT FIN message's text block (stop 34, corpus AD tuning part: a bank's letter of credit, MT700, pasted into a
# trade-finance desk's review form): lines of SWIFT's X character set (letters, digits, / - ? : ( ) . , ' + space),
# at most 65 characters each, the first a field tag such as :45A:, optionally inside {4: … -}. Its tags are
# "special characters" to 942430/942431 (12 colons in six fields), and a "L/C NO." followed lines later by
# "BENEFICIARY'S" a slash-then-quote evasion to 932200. X has no ';', '|', '&', '$', backtick, '<', '>', '=', '*',
# '"' or '\\': nothing that separates, substitutes or redirects a shell command or compares in SQL. Not read by
# 10200, 10430, 10431, 10460, 10490. The tag is asked for only at the value's start; at a later line start (a
# multi-line @rx tries each after the first fails) the rest of a recognised message is X lines.
_SWIFT_X = r"[A-Za-z0-9/?:().,'+ -]{0,65}"
SWIFT_GUARD = (r"(?!(?:(?<![\s\S])\s*(?:\{4:\s*)?:[0-9]{2}[A-Z]?:|(?<=\n))" + _SWIFT_X + r"(?:\r?\n" + _SWIFT_X
               + r")*\s*(?:-\}\s*)?\z)")
# An iCalendar or vCard object (stop 35, corpus AE tuning part: a meeting invite's .ics in a calendar API's JSON, a
# contact card scanned from a QR code): RFC 5545 / RFC 6350 content lines, NAME[;PARAM=…]:value, folded lines that
# start with a space or a tab, from BEGIN:VCALENDAR or BEGIN:VCARD to END:. Its parameters and structured values
# are what the counters count: ATTENDEE;CN="刘明";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:… is a dozen special
# characters to 942430/942431 and the line breaks runs of meta-characters to 942460. A value that passes holds no
# single quote, backtick, '<', '>', '|', '$', brace, SQL comment, and no backslash but the formats' own escapes
# (\, \; \n \\): nothing closes a quoted SQL string, opens a tag or substitutes a shell command. Not read by 10260,
# 10430, 10431, 10460, 10490; libinjection, the keyword, XSS and command rules still read it, and so does 10340
# (941340's copy: its t:compressWhitespace joins the lines this guard reads, and '"' is an attribute breakout to
# it). BEGIN: is asked for only at the value's start; at a later line start (a multi-line @rx tries each after the
# first fails) the rest of a recognised object is content lines to its END:.
_CARD_TEXT = r"(?:(?!--|/\*|\*/)(?:[^\r\n'`<>|$\x5c{}]|\x5c[,;nN\x5c]))*"
_CARD_LINE = r"(?:[A-Za-z][\w-]{0,60}[;:]|[ \t])" + _CARD_TEXT
CARD_GUARD = (r"(?!(?=[\s\S]{0,16000}\z)(?:(?<![\s\S])\s*BEGIN:(?:VCALENDAR|VCARD)[ \t]*\r?\n|(?<=\n))(?:" + _CARD_LINE
              + r"\r?\n)*END:(?:VCALENDAR|VCARD)\s*\z)")
# A cron expression as a whole value (stop 36, corpus AE held-out part, opened: an admin console's scheduled jobs,
# `0 0/30 9-17 ? * MON-FRI`; corpus I's DataX jobs too): five to seven fields of Quartz or Unix cron syntax. Its
# `*/15` is a comment closer to 10440, `/5 * … ?` an evasion's glob to 10200 (932200) and the whole a run of
# meta-characters to 10460. A field is items joined by ',': `*`, `?`, a number (with Quartz's L or W), L, W, LW
# (either case: 10200 reads the value lower-cased) or a three-letter day or month name, then an optional -range,
# /step (digits only) and #nth. No quote, no '(' or ';', no '/' before a letter or '*' (`/*` never opens, no path
# is named), no word longer than three letters: nothing an SQL comment, a command or a glob of a path needs. Only
# the whole value from its start (\z: one line).
_CRON_ITEM = (r"(?:\*|\?|[Ll][Ww]|[LWlw]|[0-9]{1,4}[LWlw]?|[A-Za-z]{3})(?:-(?:[0-9]{1,4}|[A-Za-z]{3}))?(?:/[0-9]{1,4})?"
              r"(?:#[1-5])?")
_CRON_FIELD = _CRON_ITEM + r"(?:," + _CRON_ITEM + r")*"
CRON_GUARD = r"(?!(?<![\s\S])[ \t]*" + _CRON_FIELD + r"(?:[ \t]+" + _CRON_FIELD + r"){4,6}[ \t]*\z)"
PL3_GUARDS = (r"^(?!\s*(?:[\[{]\s*[\"\]}]|\[\s*\{\s*\"))" + PEM_GUARD + ETAG_GUARD + DMS_GUARD + PROSE_GUARD
              + STACK_GUARD + MRZ_GUARD + SWIFT_GUARD + CARD_GUARD + CRON_GUARD + SHAPE_GUARD
              + r"(?![0-9A-Za-z\x80-\xff]*\*{2,}[0-9A-Za-z\x80-\xff]*$)(*COMMIT)[\s\S]*?")


def wordify(rx: str) -> str:
    out: list[str] = []
    i, in_class = 0, False
    while i < len(rx):
        c = rx[i]
        if c == "\\" and i + 1 < len(rx):
            esc = rx[i:i + 2]
            if esc == r"\w":
                out.append(r"\w\x80-\xff" if in_class else r"[\w\x80-\xff]")
            elif esc == r"\W":
                out.append(ASCII_NON_WORD if in_class else f"[{ASCII_NON_WORD}]")
            else:
                out.append(esc)
            i += 2
            continue
        if not in_class and c == "[":
            in_class = True
            out.append(c)
            # a ']' right after '[' or '[^' is a literal member, not the end of the class
            for lead in ("^]", "]", "^"):
                if rx.startswith(lead, i + 1):
                    out.append(lead)
                    i += len(lead)
                    break
        elif in_class and c == "]":
            in_class = False
            out.append(c)
        else:
            out.append(c)
        i += 1
    return "".join(out)


def stock_block(rule_id: str, rules_dir: Path = CRS_RULES) -> str:
    """The whole SecRule (first line to its last action line) of a stock CRS rule."""
    for conf in sorted(rules_dir.glob("REQUEST-9*.conf")):
        for block in re.split(r"\n\s*\n", conf.read_text(encoding="utf-8")):
            lines = [ln for ln in block.splitlines() if not ln.startswith("#")]
            if lines and lines[0].startswith("SecRule ") and any(f'"id:{rule_id},' in ln for ln in lines[:3]):
                return "\n".join(lines)
    raise KeyError(f"CRS rule {rule_id} not found under {rules_dir}")


# Wordified rules of RULES that also leave a value of one shape, tried first (multi-line @rx: at every line start,
# so a zone of several lines is left whole).
RULE_GUARDS = {"942120": MRZ_GUARD}


def replacement(rule_id: str, rules_dir: Path = CRS_RULES) -> str:
    """The wordified copy: same variables, transformations, actions, score and level; new id, a
    sitegroup/replaces tag, no CRS version (it is not CRS's rule any more)."""
    new_id, json_guard = RULES_PL3[rule_id] if rule_id in RULES_PL3 else (RULES[rule_id], False)
    block = stock_block(rule_id, rules_dir)
    head, rest = block.split("\n", 1)
    m = re.match(r'(SecRule \S+ "@rx )(.*)(" \\)$', head)
    if not m:
        raise ValueError(f"{rule_id}: not a single-line @rx rule")
    rx = rewrite(rule_id, m.group(2))
    if json_guard:
        rx = f"{PL3_GUARDS}(?:{rx})"
    elif rule_id in RULE_GUARDS:
        rx = f"^{RULE_GUARDS[rule_id]}(*COMMIT)[\\s\\S]*?(?:{rx})"
    lines = [m.group(1) + rx + m.group(3)]
    for ln in rest.splitlines():
        if ln.strip().startswith("ver:"):
            continue
        lines.append(ln.replace(f'"id:{rule_id},', f'"id:{new_id},'))
        if "tag:'paranoia-level/" in ln:
            lines.append(f"    tag:'sitegroup/replaces/{rule_id}',\\")
    return f"SecRuleRemoveById {rule_id}\n" + "\n".join(lines) + "\n"


def main() -> int:
    for rule_id in [*RULES, *RULES_PL3]:
        print(replacement(rule_id))
    return 0


if __name__ == "__main__":
    sys.exit(main())
