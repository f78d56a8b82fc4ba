"""Filter fields: a named parameter on named paths that carries a query language by design.

A map or catalogue service takes its filter from the client: ArcGIS REST's ``where`` and GeoServer's
``CQL_FILTER`` are SQL WHERE clauses (``NAME LIKE '%停车场%' OR TYPE = '公共'``, ``area BETWEEN 480 AND
7233``, ``INTERSECTS(geom, POLYGON((…)))``), an SRU catalogue's ``query`` is CQL (``dc.title="民法典" and
dc.date>1998``). CRS's SQL rules read exactly that as an injection: libinjection (942100, PL1) and the
PL2/PL3 heuristics. Removing them for the field would leave the field unread for SQL; keeping them
refuses the service's every ordinary query. These fields were "kept refused by design" until stop 24.

Instead, the field is read by a grammar: when the argument is there exactly once and its WHOLE value is a
sequence of the language's tokens
(string literals with no backslash, numbers, dates, identifiers, comparison operators, parentheses and
commas, the language's own functions: spatial predicates and geometry constructors, IN, UPPER/LOWER), and
holds none of what an injection needs to leave a filter (a statement keyword such as SELECT, UNION, FROM,
INTO, SLEEP, WAITFOR, EXEC, DROP; any other function call, e.g. GeoServer's strStartsWith of
CVE-2023-25157; ``;``, ``--``, ``/*``, ``#``, ``\\``, a backtick, ``@@``; a ``%`` followed by two hex
digits, i.e. an escape left after decoding), then CRS's SQL rules (tag ``attack-sqli``, the platform's copies
included) do not read that one argument for this request. Any value that is not such a sequence is read
by every rule, as before. Every other family (XSS, RCE, LFI, Java) always reads it (GraphQL, below, also
leaves the command rules that misread its syntax), and every other parameter keeps every rule.

What the grammar lets through is a filter: a tautology such as ArcGIS's ``where=1=1`` ("all features")
is one, and the services put the client's filter in parentheses of their own query. A string literal
may hold anything but a lone quote or a backslash, as SQL's standard quoting reads it.

GraphQL (``graphql``, a headless CMS's own front end posting ``{query: …}`` or ``?query=``) is not SQL,
and what CRS misreads in it is not only SQL: a selection set puts a field name on its own line, and a
field called ``source`` after a newline is a shell builtin to 932105/932150 (corpus F's Strapi
documents); ``$variables`` are shell expansions to 932200. The grammar is GraphQL's executable lexicon
(spec.graphql.org, "Language"): names, ``$variables``, ``...`` spreads, numbers, the punctuators
``{ } ( ) [ ] : = ! @``, commas and string literals; it opens with ``{`` or an operation or fragment
keyword and closes with ``}``. Left out, so that a value holding them is read by every rule: comments
(``#``), block strings and escapes (``\\``), ``&`` and ``|`` (type definitions only). A string literal is
words, digits, non-ASCII text and ``. , : / ? ! @ + * ( ) [ ] -`` only (no quote, backtick, ``;``, ``|``,
``&``, ``<``, ``>``, ``$``, ``=``, ``%``, ``#``, line break), and none of its words is a statement word or
``and``/``or``/``not``/``like``/``between``. Nowhere ``union … select``, ``sleep(``, ``benchmark(``,
``waitfor delay``, ``--``, ``/*``. When a value is such a document, CRS's SQL rules (``attack-sqli``)
and the command rules that read its names and variables as shell (932100, 932105, 932106, 932110,
932115, 932150, 932200 and the platform's copies) leave it; every other rule reads it (XSS, the other
RCE rules such as 932130 ``$(…)`` and 932160 ``/etc/passwd``, Java, Node.js, LFI, PHP). A GraphQL
server parses the document and checks every name against its schema; what reaches a resolver from the
document itself is its literals, held to the string rule above. Variables are other arguments
(``json.variables.*``) and keep every rule.

Report validation formulas (``report-formula``: 国家统计局 联网直报 一套表, whose form check and 审核说明
requests carry the 审核公式 being checked, ``[02]<=[01]*1.2``, ``[05]>=0 and [05]<=[01]``,
``abs([301]/[301上年同期]-1)<=0.3``) are arithmetic and comparisons over bracketed 指标 references. The
grammar is exactly that: references ``[…]`` (word characters, non-ASCII text, ``.`` and ``-``), numbers,
double-quoted codes (word characters, non-ASCII text, ``.`` and ``-``: no space, no quote), ``+ - * /``,
``= == <> != < <= > >=``, ``AND``/``OR``/``NOT``, parentheses, commas and the formula functions (IF, ABS,
ROUND, INT, TRUNC, MOD, MAX, MIN, SUM, AVG, LEN, SUBSTR); no other word at all, so no statement word, no
other function and no bare identifier; none of ``'``, ``;``, ``--``, ``/*``, ``*/``, ``#``, ``\\``, a
backtick, ``$``, ``|``, ``&``, ``@@``, ``%``. CRS's SQL rules (``attack-sqli``, libinjection's 942100
and the platform's PL2/PL3 operator, tautology, function and character-count copies) and 933161 (PHP
"low-value function call", which reads ``abs(``/``round(``/``max(`` as PHP) leave such a value; the PHP
rules that read statements and dangerous functions (933100-933160), XSS, RCE, Java and every other rule
still read it, and the formula's neighbours (审核说明 prose) keep every rule.

OData (``odata``: OASIS OData 4.01 Part 2, URL Conventions, and SharePoint REST's v3 dialect) is a
``$filter``, ``$expand`` or ``$orderby`` value: ``Status ne 'Draft' and contains(Name,'不动产')``,
``year(UpdateTime) eq 2026``, ``Materials($select=Name;$filter=Required eq true;$top=5)``. Its operators are
words (eq ne gt ge lt le has in and or not add sub mul div mod; asc desc), so the grammar needs no ``=``,
``<``, ``>``, ``|``, ``&`` or ``"``: property paths (``Author/Title``, ``Sg.Ns.Type``), numbers, dates, times,
GUIDs, null/true/false, string and typed literals (``datetime'…'``, ``Sg.Ns.Enum'…'``, ``geography'POINT(…)'``),
the canonical functions (contains startswith endswith substringof length indexof substring tolower toupper
trim concat year month day hour minute second date time now round floor ceiling isof geo.distance
geo.intersects …) and the operator words before ``(``, lambdas (``Tags/any(t:t eq 'x')``), ``$it``/``$root``/
``$this``, ``*``, and ``cast(…, Edm.X)`` only in that form. ``;`` and ``=`` stand only as ``;$<option>=`` or
``($<option>=`` (``$expand``'s nested options, OData ABNF expandItem) and no other ``$`` anywhere. A string
literal (``''`` escapes a quote) holds words, digits, non-ASCII text and ``. , : / ? ! @ + * ( ) [ ] = % ~ ^ -``,
none of its words a statement word or ``and``/``or``/``not``/``like``/``between``: a service that unescapes
``''`` and concatenates SQL would read ``'a'')) union select …'`` or ``'a'' or ''1''=''1'`` as SQL, so those
fall back. Nowhere a statement word (outside a ``$`` option name), ``--``, ``/*``, ``#``, ``\\``, a backtick,
``@@``, a leftover ``%XX``, a line break or control character. When a value is such an expression, CRS's SQL
rules, 932105 (which reads ``;$top`` and ``$orderby=Sort`` as the commands top and sort) and 932100 (a nested
``;$expand``, the command expand) leave it; every other rule reads it. Geography literals with an SRID
(``'SRID=4326;POINT(…)'``) hold a ``;`` and fall back. SensorThings API's spatial functions (``st_within(…)``) are
OData functions here.

LaTeX (``latex``: TeX math as MathJax and KaTeX read it; a formula editor's ``latex`` beside its MathML, a 作业
answer's ``latex`` and its plain rendering ``text``): ``\\frac{a}{b}\\ge\\frac{a+1}{b+1}``,
``\\eta=\\frac{P_{\\text{out}}}{P_{\\text{in}}}\\times 100\\%``, ``a/b ≥ (a+1)/(b+1)``, ``9π cm²``. Tokens: commands
``\\<letters>``, the control symbols ``\\\\ \\, \\; \\: \\! \\{ \\} \\| \\& \\_ \\%`` and backslash-space, bare words,
digits, spaces and line breaks, non-ASCII text (math symbols, CJK in ``\\text{}``), ``+ - * / = < > ! , . : | ( ) [ ]
{ } ^ _ & ~``, and a prime ``'`` only right after a letter, ``}``, ``)`` or another prime (``f'(x)``, ``\\varphi'``).
Left out, so that a value holding them is read by every rule: ``"``, a backtick, ``$``, ``#``, ``@``, ``?``, ``;``
and ``%`` other than ``\\;`` and ``\\%``, a ``%`` before two hex digits, ``--``, ``/*``, ``*/``, ``||``, ``&&``, ``<``
before ``/``, ``!`` or ``?``, or before a letter with a ``>`` after it and no ``<`` between (a tag: ``x<r`` stays),
control characters; a bare word that is a statement word or
``and``/``or``/``not``/``like``/``between`` (``\\not`` and ``\\land`` are commands; ``\\\\not`` is a line break and
a bare word); a bare word of two or more letters before ``(`` (a call such as ``concat(``: ``f(x)`` and ``\\log(x)``
stay); ``(name)(`` (PHP's variable function call); and TeX's file, shell, definition and link commands
(``\\write``, ``\\input``, ``\\include``, ``\\immediate``, ``\\openout``, ``\\def``, ``\\catcode``, ``\\csname``,
``\\newcommand``, ``\\href``, ``\\url``; MathJax's ``\\require``, ``\\unicode``, ``\\style``, ``\\class``; KaTeX's
``\\html…``). When a value is such TeX, CRS's SQL rules leave it, and so do 920272 (PL3: the literal ``%`` of
``\\%``, in the argument and in the raw body) and 933210 (PHP variable function call: ``(a+1)/(b+1)``); XSS, RCE,
LFI, Java and the other PHP rules read it.

HJ 212 packets (``hj212``: HJ 212-2017, 污染物在线监控（监测）系统数据传输标准, as a 数采仪 HTTP gateway forwards them,
one packet per value): ``##0220QN=20270307160200411;ST=32;CN=2011;PW=123456;MN=52016609618234;Flag=5;CP=&&
DataTime=20270307160200;w01018-Rtd=8.89,w01018-Flag=N&&B381`` and CR LF. The packet is the standard's frame and
nothing else: ``##``, the four-digit length, the header fields by their names (QN ST CN PW MN Flag PNUM PNO) with
values of letters, digits, ``.``, ``_`` and ``-``, ``CP=&&``, the command parameters (``DataTime=…;a21026-Rtd=57.23,
a21026-Flag=N``: names of letters, digits, ``_`` and ``-``, the same values, separated by ``;`` and ``,``), ``&&``, the
four hex digits of the CRC and an optional CR LF. No space, quote, parenthesis, slash, backslash or other mark, no
``--`` and no statement word anywhere. Its ``;``, ``=``, ``&&`` and ``-`` are what CRS's SQL counters and operator
rules count (10430, 10440, 10120 at PL2/PL3: every packet); when a value is such a packet, CRS's SQL rules leave it;
every other rule reads it. Nothing in such a packet can leave a literal or start a second statement.

Patent expert search (``patent-search``: the 高级检索/专家检索 expressions of CNIPA's 专利检索及分析 system and the
patent databases built like it): ``((TI=(茶叶) AND IN=(田春燕)) OR PA=(贵州*)) AND LS=(有效)``,
``IPC=(C01F11/*) AND PD=[2016-01-01 TO 2021-12-31]``, ``TIAB=(白酒? OR 白酒*) NOT PA=(…(集团)有限责任公司) AND
PD>=2016-01-01``, ``CLM=("数据中心 冷却")``. Tokens: a field code (one to six letters) with ``=``, ``>=``, ``<=``,
``>`` or ``<``; words of letters and digits with the wildcards ``*`` and ``?`` and ``. / -`` inside (IPC symbols
``G06F16/2458``, ``H01M4/*``, dates); non-ASCII text; double-quoted phrases of those; a range ``[a TO b]``;
parentheses, spaces and tabs; AND OR NOT are words. Left out, so that a value holding them is read by every rule:
``'``, ``;``, ``--``, ``*/``, ``/*!``, ``#``, ``\\``, a backtick, ``$``, ``|``, ``&``, ``@``, ``{``, ``}``, ``%``
before two hex digits, a line break or control character, and a statement word anywhere. When a value is such an
expression, CRS's SQL rules (libinjection reads ``TI=(x) AND IN=(y)`` as SQL, the PL2/PL3 copies its operators and
``/*``) and 932200 (a shell bypass technique: ``/*`` and ``?`` wildcards) leave it; XSS, the other RCE rules, LFI,
PHP and Java read it. Nothing in it closes a literal, and no shell command starts without ``; | & $`` or a backtick.

Boolean expressions (``boolean-expression``: the conditions a rules engine or a knowledge base's 情形 引导 stores
over named conditions, ``A && (B || (C && !D))``, and the keyword rules of 舆情 monitoring and site-search
subscriptions, ``(赣服通|赣政通)+(崩溃|打不开)-(天气预报|旅游)``, ``"河长制" AND (巡河 OR 暗访) NOT 招聘``). Tokens:
words of letters, digits, ``_`` and ``.`` (an ASCII word never right before ``(``: no call), runs of non-ASCII
text, double-quoted phrases without a quote or backslash inside, the operators ``&& || ! + | & -`` and AND OR NOT
as words, parentheses, spaces and tabs. Left out, so that a value holding them is read by every rule: ``'``, ``=``,
``<``, ``>``, ``;``, ``--``, ``/``, ``*``, ``#``, ``\\``, a backtick, ``$``, ``@``, ``{``, ``}``, ``%`` before two
hex digits, a line break or control character, and a statement word anywhere. When a value is such an expression,
CRS's SQL rules (libinjection reads ``A && (B || !C)`` and ``(x|y)+z`` as SQL) leave it and nothing else: its
``|`` and ``&&`` are also the shell's, so every command rule keeps reading it (``A && curl …``, ``(A|B) | nc …``
are refused; ``A && id``, two conditions, is refused by no profile in any parameter, declared or not).

Formulas (``formula``: a policy calculator's or a rules engine's arithmetic over named variables, ``min(max(
研发费用本年 - 研发费用上年, 0) * 0.1, 100)``, ``round(基数 * 比例 / 100, 2)``, ``if(人数 >= 10, 5000, 2000)``).
``report-formula``'s tokens (``[bracketed]`` references, numbers, short double-quoted codes, arithmetic,
comparisons, AND/OR/NOT) plus bare names: runs of non-ASCII text and ASCII names, none a statement word and none
right before ``(``, and ``^``; the functions IF ABS ROUND INT TRUNC MOD MAX MIN SUM AVG FLOOR CEIL CEILING POW SQRT
SIGN. Nothing else is called, and none of ``'`` ``;`` ``--`` ``/*`` ``*/`` ``#`` ``\\`` backtick ``$`` ``|``
``&`` ``@`` ``%`` ``{`` ``}`` stands anywhere. What it lets through is what ``filter-sql`` lets through less
strings: no literal to leave, no statement, no other function. CRS's SQL rules and 933161 (PHP function names
such as ``abs(`` ``round(`` ``max(`` at PL3) leave such a value; XSS, RCE, PHP's other rules and Java read it.

Spreadsheet formulas (``sheet-formula``: an online sheet's cell edits, ``=VLOOKUP($A2,'汇总表'!$A:$F,3,FALSE)``)
and conditions (``condition``: a survey's skip logic, ``Q3 == "是" && Q5 > 2``) are described where their grammars
are defined below. Both leave CRS's SQL rules (a sheet formula also 933161); the command rules keep reading their
``&``, ``&&`` and ``||``.
"""

from __future__ import annotations

import re

from sitegroup.model import FilterField
from sitegroup.waf import safe
from sitegroup.waf.ctl import (
    ARGUMENT_DESCRIPTION,
    DECLARED_PATHS,
    FIELDS_FLAG,
    OPTION_ARGUMENT_PATTERN,
    PATH_TRANSFORMS,
    ctl_remove,
    named_argument,
    path_operator,
)
from sitegroup.waf.errors import WafRenderError
from sitegroup.waf.shared_checks import Check, SharedChecks

# Words no filter needs and every SQL injection beyond a tautology does (compared case-insensitively,
# as whole words). A field name that happens to be one ("order") makes the value fall back to every rule.
STATEMENT_WORDS = (
    "union", "select", "from", "into", "insert", "update", "delete", "drop", "alter", "create", "truncate",
    "exec", "execute", "declare", "sleep", "benchmark", "waitfor", "pg_sleep", "having", "group", "order",
    "limit", "offset", "case", "when", "then", "cast", "convert", "information_schema", "xp_cmdshell",
    "load_file", "outfile", "dumpfile", "rlike", "regexp", "xor", "procedure", "handler", "shutdown",
)
_WORD_GUARD = r"(?!(?:" + "|".join(STATEMENT_WORDS) + r")\b)"
# Nothing that ends a filter or hides text from a parser, anywhere in the value.
_VALUE_GUARD = r"(?![\s\S]*(?:;|--|/\*|\*/|#|\x5c|`|@@|%[0-9a-f]{2}))"

_STRING = r"'[^'\x5c]*+(?:''[^'\x5c]*+)*+'"
_DATE = r"\d{4}-\d{2}-\d{2}(?:t\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:z|[+-]\d{2}(?::?\d{2})?)?)?(?![\w.])"
_NUMBER = r"[+-]?(?:\d++(?:\.\d*+)?|\.\d++)(?:e[+-]?\d++)?(?![\w.])"
_IDENT = _WORD_GUARD + r"[a-z_\x80-\xff][\w\x80-\xff.]*+(?!\s*\()"

# ECQL (GeoServer), ArcGIS REST where clauses: SQL WHERE syntax plus OGC spatial predicates. What may stand
# before "(": these functions, and the operators AND/OR/NOT/IN before a parenthesised group or list.
SQL_FUNCTIONS = (
    "and", "or", "not", "in", "upper", "lower", "bbox", "intersects", "dwithin", "beyond", "contains", "within",
    "crosses", "overlaps", "touches", "disjoint", "equals", "relate", "point", "linestring", "polygon", "multipoint",
    "multilinestring", "multipolygon", "geometrycollection", "envelope", "date", "timestamp",
)
_SQL_TOKEN = (r"(?>" + _STRING + "|" + _DATE + "|" + _NUMBER + r"|(?:" + "|".join(SQL_FUNCTIONS) + r")\s*\("
              + r"|\x22[\w\x80-\xff .-]{1,64}\x22|" + _IDENT + r"|<>|!=|<=|>=|[=<>+*/,()-])")
# CQL (SRU, the Contextual Query Language): index names, relations and their modifiers, double-quoted or
# bare terms (with CQL's masking characters * ? ^), booleans, sortBy.
_CQL_TOKEN = (r"(?>\x22[^\x22\x5c]*+\x22|" + _WORD_GUARD + r"[\w\x80-\xff.*?^-]++|/[a-z][\w.]*+(?:=[\w.]++)?"
              + r"|<>|==|<=|>=|[=<>()])")

# GraphQL (spec.graphql.org, October 2021, "Language"): an executable document's tokens. Names are ASCII
# (GraphQL has no other), so a name never hides a byte; a string literal is held to words, digits,
# non-ASCII text and a few punctuation marks, and none of its words is a statement or logic word.
GRAPHQL_STRING_WORDS = (*STATEMENT_WORDS, "and", "or", "not", "like", "between")
_GQL_IGNORED = r"[\t\n\r ,]"  # GraphQL's Ignored tokens less comments (and the BOM)
_GQL_STRING = (r"\x22(?:(?!(?:" + "|".join(GRAPHQL_STRING_WORDS) + r")\b)[a-z_][a-z0-9_]*+|[0-9]++|[\x80-\xff]++"
               + r"|[ .,:/?!@+*()\[\]-])*+\x22")
_GQL_TOKEN = (r"(?>" + _GQL_STRING + r"|\.\.\.|\$?[_a-z][_0-9a-z]*+|-?\d++(?:\.\d++)?(?:e[+-]?\d++)?(?![\w.])"
              + r"|[{}()\[\]:=!@])")
# Anywhere in the value (names too): what no GraphQL document needs and an injection does.
# A block string ("""…""") is refused whole: read as three strings here, it would hide a quote from this lexer.
_GQL_GUARD = (r"(?![\s\S]*?(?:;|\||&|<|>|'|`|\x5c|#|%|--|/\*|\*/|\$[^_a-z]|\$\z|\x22\x22\x22"
              + r"|union[\s(]*+(?:(?:all|distinct)[\s(]++)?select|sleep\s*+\(|benchmark\s*+\(|waitfor\s++delay))")
# It opens with a selection set or an operation or fragment keyword and closes a selection set.
_GQL_SHAPE = (_GQL_IGNORED + r"*+(?=\{|(?:query|mutation|subscription|fragment)(?![_0-9a-z]))"
              + r"(?=[\s\S]*\}" + _GQL_IGNORED + r"*+\z)")

# Report validation formulas (一套表 审核公式): 指标 references, numbers, double-quoted codes, arithmetic,
# comparisons, AND/OR/NOT and the formula functions. No other word stands anywhere in the value.
REPORT_FUNCTIONS = ("if", "abs", "round", "int", "trunc", "mod", "max", "min", "sum", "avg", "len", "substr")
_RF_GUARD = r"(?![\s\S]*(?:'|;|--|/\*|\*/|#|\x5c|`|\$|\||&|@@|%))"
_RF_TOKEN = (r"(?>\[[\w\x80-\xff.-]++\]|\x22[\w\x80-\xff.-]{0,32}\x22|(?:\d++(?:\.\d*+)?|\.\d++)(?![\w.])"
             + r"|(?:" + "|".join(REPORT_FUNCTIONS) + r")\s*+\(|(?:and|or|not)(?![\w\x80-\xff])"
             + r"|<>|!=|<=|>=|==|[=<>+*/(),-])")

# SDP (RFC 8866) as srs.sdk.js posts it in a JSON call's `sdp` field: "<letter>=<value>" lines, CRLF or LF,
# from v=0. A value holds what Chrome's and Firefox's offers need (names, numbers, ' ', '+-./:;=_*!?@[]^{}~,'
# and msid braces), never a quote, backtick, parenthesis, '<', '>', '\\', '|', '&', '$', '%' or '#', and no
# comment ('--', '/*') or statement word anywhere: no string to close, no call, no second statement.
# (Not STATEMENT_WORDS: "group" is SDP's own a=group:BUNDLE, and no clause word works without a statement word.)
SDP_STATEMENT_WORDS = ("union", "select", "insert", "update", "delete", "drop", "alter", "create", "truncate",
                       "exec", "execute", "declare", "sleep", "pg_sleep", "benchmark", "waitfor",
                       "information_schema", "xp_cmdshell", "load_file", "outfile", "dumpfile")
_SDP_GUARD = r"(?![\s\S]*?(?:--|/\*|\b(?:" + "|".join(SDP_STATEMENT_WORDS) + r")\b))"
_SDP_LINE = r"[a-z]=[\x20\x21\x2a-\x3b\x3d\x3f-\x5b\x5d-\x5f\x61-\x7b\x7d\x7e]*+(?:\r?\n|\z)"

# OData (OASIS OData 4.01 Part 2, URL Conventions; SharePoint REST's OData v3 dialect): a $filter, $orderby or
# $expand value. Its own operators are words (eq ne gt ge lt le has in and or not add sub mul div mod, asc desc),
# so no ';' '=' '<' '>' '|' '&' '"' is needed outside the one place OData puts ';' and '=': between an expanded
# navigation property's nested options, "Materials($select=Name;$filter=Required eq true;$top=5)". Allowed:
# property paths (a/b, Sg.Ns.Type), numbers, dates and times, GUIDs, string literals and typed literals
# (datetime'…', Sg.Ns.Enum'…', geography'POINT(…)'), lambda variables (d:), $it/$root/$this, "*", the
# OData functions and the operator words before "(", a navigation property before "($", cast(…, Edm.X).
ODATA_FUNCTIONS = (
    "contains", "startswith", "endswith", "substringof", "length", "indexof", "substring", "tolower", "toupper",
    "trim", "concat", "matchespattern", "year", "month", "day", "hour", "minute", "second", "fractionalseconds",
    "totalseconds", "date", "time", "totaloffsetminutes", "now", "maxdatetime", "mindatetime", "round", "floor",
    "ceiling", "isof", "geo.distance", "geo.intersects", "geo.length", "any", "all",
    # SensorThings API's spatial relationship functions (OGC 18-088, 9.3.3.5.2), over the same typed literals
    "st_equals", "st_disjoint", "st_touches", "st_within", "st_overlaps", "st_crosses", "st_intersects",
    "st_contains", "st_relate",
    # the operator words before a parenthesised operand: not(…), in (…), and (…), eq (…), add (…)
    "eq", "ne", "gt", "ge", "lt", "le", "has", "in", "and", "or", "not", "add", "sub", "mul", "div", "mod",
)
ODATA_OPTIONS = ("select", "filter", "orderby", "expand", "top", "skip", "count", "search", "levels", "compute")
# A string literal is '…' with '' for a quote, held to words, digits, non-ASCII text and a few marks: none of
# its words a statement or logic word. A service that unescapes '' and then builds SQL by concatenation reads
# what is inside as SQL, so an injection inside a literal ('a'') union select …') is refused like one outside.
ODATA_STRING_WORDS = (*STATEMENT_WORDS, "and", "or", "not", "like", "between")
_OD_STRING = (r"'(?:(?!(?:" + "|".join(ODATA_STRING_WORDS) + r")\b)[a-z_][a-z0-9_]*+|[0-9]++|[\x80-\xff]++|''"
              + r"|[ .,:/?!@+*()\[\]=%~^-])*+'")
_OD_TOKEN = (r"(?>" + _OD_STRING
             # cast(Edm.String) / cast(Path, Edm.Int32): the one cast OData has, whole
             + r"|cast\([ \t]*+(?:[a-z_][\w.]*+(?:/[a-z_][\w.]*+)*+[ \t]*+,[ \t]*+)?edm\.[a-z0-9]++[ \t]*+\)"
             + r"|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![\w.-])"
             + r"|\d{4}-\d{2}-\d{2}(?:t\d{2}:\d{2}(?::\d{2}(?:\.\d{1,12})?)?(?:z|[+-]\d{2}:\d{2})?)?(?![\w.])"
             + r"|\d{2}:\d{2}(?::\d{2}(?:\.\d{1,12})?)?(?![\w.:])"
             + r"|-?(?:\d++(?:\.\d++)?)(?:e[+-]?\d++)?[mdfl]?(?![\w.])"
             + r"|(?:" + "|".join(f.replace(".", r"\.") for f in ODATA_FUNCTIONS) + r")[ \t]*+\("
             + r"|[;(][ \t]*+\$(?:" + "|".join(ODATA_OPTIONS) + r")=|\$(?:it|root|this)(?![\w.])"
             # a navigation property opening its nested options: Materials($select=…)
             + r"|" + _WORD_GUARD + r"[a-z_][\w.]*+(?=\(\$(?:" + "|".join(ODATA_OPTIONS) + r")=)"
             + r"|[a-z_][a-z0-9_]*+:(?![/:])"  # a lambda variable: Tags/any(t:t eq 'x')
             + r"|" + _WORD_GUARD + r"[a-z_][\w.]*+(?!\w|[ \t]*+\()"  # a property, an operator word, a type name
             + r"|[(),/*])")
# Anywhere in the value: no comment, escape or shell character, no line break or control character, no '$'
# or ';' outside an option name, no statement word (a name may not be one either: "order" falls back), but
# for "cast(" (the token above admits only its OData form, a type name of Edm).
_OD_GUARD = (r"(?![\s\S]*?(?:--|/\*|\*/|#|\x5c|`|@@|%[0-9a-f]{2}|[\x22|&<>{}\x00-\x08\x0a-\x1f\x7f]"
             + r"|;(?!\$(?:" + "|".join(ODATA_OPTIONS) + r")=)|\$(?!(?:" + "|".join(ODATA_OPTIONS)
             + r")=|(?:it|root|this)(?![\w.]))|(?<!\$)\b(?!cast\()(?:" + "|".join(STATEMENT_WORDS) + r")\b))")

# LaTeX (TeX math as MathJax 3 and KaTeX accept it). A bare word (not a command name) is never a statement or
# logic word; "1union" is a number and a word, so the word is read. "\\not" is a line break and a bare "not".
LATEX_WORDS = (*STATEMENT_WORDS, "and", "or", "not", "like", "between")
# TeX's file and shell access, definitions (which could rebuild any of these), and link, style and HTML commands
# of MathJax and KaTeX: a value naming one is read by every rule. Compared case-insensitively (TeX is not).
LATEX_FORBIDDEN_COMMANDS = (
    "write", "input", "include", "includeonly", "includegraphics", "immediate", "openout", "openin", "read", "readline",
    "closeout", "closein", "special", "shipout", "output", "jobname", "directlua", "latelua", "luaexec", "pdf[a-z]*",
    "def", "edef", "gdef", "xdef", "let", "futurelet", "catcode", "csname", "endcsname", "expandafter", "scantokens",
    "newcommand", "renewcommand", "providecommand", "newenvironment", "renewenvironment", "declaremathoperator",
    "usepackage", "requirepackage", "documentclass", "require", "verb", "href", "url", "hyper[a-z]*", "unicode",
    "style", "class", "cssid", "bbox", "mmltoken", "html[a-z]*", "data", "toks", "every[a-z]*",
)
_TEX_GUARD = (r"(?![\s\S]*?(?:--|/\*|\*/|\|\||&&|%[0-9a-f]{2}|information_schema|xp_cmdshell|load_file|pg_sleep"
              + r"|outfile|dumpfile|\\(?:" + "|".join(LATEX_FORBIDDEN_COMMANDS) + r")(?![a-z])"
              # PHP's variable function call, (system)(…) or (sys.tem)[…]: a group of names only, then a call
              + r"|\([\w. \t\\]*?[a-z]{2}[\w. \t\\]*+\)[ \t]*+[(\[]))")
_TEX_TOKEN = (r"(?>\\(?!(?:" + "|".join(w for w in LATEX_WORDS if w != "not") + r")(?![a-z]))[a-z]++"
              + r"|\\(?:[\\ ,;:!{}|&_]|%(?![0-9a-f]{2}))"
              + r"|(?!(?:" + "|".join(LATEX_WORDS) + r")(?![a-z]))[a-z](?:[a-z]++(?![ \t\r\n]*+\()|(?![a-z]))"
              + r"|[0-9]++|[\x80-\xff]++|[ \t\r\n]++"
              + r"|[+*/=>!,.:|()\[\]{}^_&~]|-(?!-)|<(?![/!?]|[a-z][^<>]*+>)|(?<=[a-z})'])')")

# HJ 212-2017 (污染物在线监控（监测）系统数据传输标准) packets: the frame ##dddd, the header fields by name, CP=&&…&&,
# the CRC's four hex digits, CR LF. Values and parameter names hold letters, digits, '.', '_' and '-' only.
HJ212_HEADER_FIELDS = ("qn", "st", "cn", "pw", "mn", "flag", "pnum", "pno")
_HJ_VALUE = r"[\w.-]{0,64}"
_HJ_PARAM = r"[a-z][\w-]{0,31}=" + _HJ_VALUE
_HJ_GUARD = r"(?![\s\S]*?(?:--|\b(?:" + "|".join(STATEMENT_WORDS) + r")\b))"

# Patent expert search (CNIPA 专利检索及分析 高级检索): field codes with '=' or a comparison, words with wildcards and
# IPC slashes, non-ASCII text, "phrases", [a TO b] ranges, parentheses; AND/OR/NOT are words.
_PAT_WORD = _WORD_GUARD + r"[a-z0-9_][a-z0-9_*?./-]*+"
_PAT_TOKEN = (r"(?>[a-z]{1,6}(?:=|>=|<=|>|<)|" + _PAT_WORD + r"|[\x80-\xff]++|[*?]|\x22(?:[\x80-\xff]++|"
              + _PAT_WORD + r"|[ \t]++)*+\x22|\[[ \t]*+[\w.-]++[ \t]++to[ \t]++[\w.-]++[ \t]*+\]|[()]|[ \t]++)")
_PAT_GUARD = (r"(?![\s\S]*?(?:['`;#|&$@{}\x5c\x00-\x08\x0a-\x1f\x7f]|--|\*/|/\*!|%[0-9a-f]{2}|\b(?:"
              + "|".join(STATEMENT_WORDS) + r")\b))")

# Boolean expressions (conditions over named conditions, 舆情 keyword rules): words, non-ASCII text, "phrases",
# && || ! + | & - and AND/OR/NOT, parentheses. Another ASCII word never stands before "(" (no call).
_BOOL_TOKEN = (r"(?>(?:and|or|not)(?![\w.])|" + _WORD_GUARD + r"[a-z0-9_][a-z0-9_.]*+(?![\w.])(?![ \t]*+\()"
               + r"|[\x80-\xff]++|\x22[^\x22\x5c\x00-\x1f\x7f]*+\x22|&&|\|\||[!+|&()-]|[ \t]++)")
_BOOL_GUARD = (r"(?![\s\S]*?(?:['`;#$@{}=<>/*\x5c\x00-\x08\x0a-\x1f\x7f]|--|%[0-9a-f]{2}|\b(?:"
               + "|".join(STATEMENT_WORDS) + r")\b))")

# Formulas over named variables: report-formula's tokens, bare names (non-ASCII runs, ASCII names that are no
# statement word and stand before no "("), '^' and a few more math functions. An operand (a name, a reference, a
# number, a code, a closing parenthesis) is followed by an operator, ',' or ')', never by another operand
# ("if(x==x) calc", "cat etc" are no formulas): only AND and OR may stand there.
FORMULA_FUNCTIONS = (*REPORT_FUNCTIONS, "floor", "ceil", "ceiling", "pow", "sqrt", "sign")
_FM_GUARD = r"(?![\s\S]*(?:'|;|--|/\*|\*/|#|\x5c|`|\$|\||&|@|%|\{|\}))"
_FM_NEXT = r"(?!\s*+(?!(?:and|or)(?![\w\x80-\xff]))[\w\x80-\xff\[\x22(])"
_FM_TOKEN = (r"(?>(?:and|or|not)(?![\w\x80-\xff])"
             + r"|(?:\[[\w\x80-\xff.-]++\]|\x22[\w\x80-\xff.-]{0,32}\x22|(?:\d++(?:\.\d*+)?|\.\d++)(?![\w.\x80-\xff])"
             + r"|" + _WORD_GUARD + r"[a-z_\x80-\xff][\w\x80-\xff]*+(?!\s*+\()|\))" + _FM_NEXT
             + r"|(?:" + "|".join(sorted(FORMULA_FUNCTIONS, key=len, reverse=True)) + r")\s*+\("
             + r"|<>|!=|<=|>=|==|[=<>+*/^(,-])")

# Conditions (a survey builder's skip logic, a rules engine's guard): JavaScript-like comparisons of a named answer
# or field with a number or a "string", joined by && and || and negated by !, in parentheses. An operand (a name, a
# number, a string, a closing parenthesis) is followed by an operator or ')' or the end, never by another operand;
# a name never stands before '('. No single '=', '&' or '|', no word operator, none of ' ; -- /* */ # \ ` $ @ { }
# '%' before two hex digits, a line break or a statement word.
_CD_NEXT = r"(?!\s*+(?:[\w\x80-\xff\x22(]|!(?!=)))"
_CD_TOKEN = (r"(?>(?:" + _WORD_GUARD + r"[a-z_\x80-\xff][\w\x80-\xff.]*+(?![\w\x80-\xff.])(?!\s*+\()"
             + r"|(?:[0-9]++(?:\.[0-9]++)?|\.[0-9]++)(?![\w\x80-\xff.])"
             + r"|\x22[^\x22'\x5c\x00-\x1f\x7f]*+\x22|\))" + _CD_NEXT
             + r"|==|!=|>=|<=|&&|\|\||[<>!(]|[ \t]++)")
_CD_GUARD = (r"(?![\s\S]*?(?:[;#`\x5c{}$@\x00-\x08\x0a-\x1f\x7f]|--|/\*|\*/|%[0-9a-f]{2}|\b(?:"
             + "|".join(STATEMENT_WORDS) + r")\b))")

# PostgREST's URL grammar (docs.postgrest.org, API: Tables and Views, Resource Embedding, Logical operators): the
# values of select (columns, alias:column, column::type, json paths a->b->>c, embedded resources rel!hint(…),
# aggregates count()), columns (bare or "quoted" names), order (col.desc.nullslast, …) and the logic trees or/and
# (`(age.lt.18,age.gt.60,and(a.eq.1,b.is.null))`, whose leaves are column.operator.value). Tokens: ASCII names that
# are no statement word, non-ASCII text, numbers and dates, PostgREST's '*' wildcard, "quoted" names or values (no
# quote, backslash or control byte inside), spaces and the punctuation , ( ) . : ! and the arrows -> ->>. None of
# ' ; = < | & $ @ # ` \ { }, '--', '/*', '*/', '%' before two hex digits, a line break or a statement word anywhere:
# PostgREST quotes every name and binds every value itself, and nothing here can close a literal or add a clause.
_PGR_TOKEN = (r"(?>" + _WORD_GUARD + r"[a-z_][a-z0-9_]*+(?![a-z0-9_])|[\x80-\xff]++|[0-9]++(?:\.[0-9]++)?|->>?|::"
              + r"|\x22[^\x22'\x5c\x00-\x1f\x7f]{1,64}\x22|[ \t]++|[,().:!*-])")
_PGR_GUARD = (r"(?![\s\S]*?(?:[';=<|&$@#`\x5c{}\x00-\x08\x0a-\x1f\x7f]|--|/\*|\*/|%[0-9a-f]{2}|>(?<!->)(?<!->>)"
              + r"|\b(?:" + "|".join(STATEMENT_WORDS) + r")\b))")

# Spreadsheet formulas (an online sheet's cell edits, batch operations and array formulas): Excel/OpenFormula's
# tokens. Cell and range references (C5, $A$2, A:B, 2:10) with an optional sheet, Sheet1! or '汇总表'! (a name of
# words, non-ASCII text, spaces, '.', '(', ')' and '-'); numbers with an optional exponent and '%'; TRUE and FALSE;
# "strings" (a doubled "" inside, no single quote, backslash or line break); the functions below, each right before
# its '('; the operators = <> < <= > >= + - * / ^ & and ',' ':' and parentheses. No other word: no defined name, no
# function outside the list (none that fetches a URL or runs code: WEBSERVICE, HYPERLINK, FILTERXML, CALL,
# REGISTER.ID; nor CHAR, a classic of SQL obfuscation); none of ; # ` \ { } | @, a '$' that starts no reference,
# '--', '/*', '*/', '%' before two hex digits or a statement word anywhere.
SHEET_FUNCTIONS = (
    "abs", "and", "average", "averagea", "averageif", "averageifs", "ceiling", "choose", "column", "columns", "concat",
    "concatenate", "count", "counta", "countblank", "countif", "countifs", "date", "datedif", "datevalue", "day",
    "days", "edate", "eomonth", "exact", "filter", "find", "fixed", "floor", "hlookup", "hour", "if", "iferror", "ifna",
    "ifs", "index", "int", "isblank", "iserror", "isnumber", "istext", "large", "left", "len", "lookup", "lower",
    "match", "max", "maxifs", "median", "mid", "min", "minifs", "minute", "mod", "month", "networkdays", "not", "now",
    "or", "percentile", "power", "product", "proper", "rank", "rank.eq", "replace", "rept", "right", "round",
    "rounddown", "roundup", "row", "rows", "search", "small", "sort", "sqrt", "stdev", "substitute", "subtotal", "sum",
    "sumif", "sumifs", "sumproduct", "switch", "text", "textjoin", "today", "trim", "trunc", "unique", "upper", "value",
    "vlookup", "weekday", "weeknum", "workday", "xlookup", "xmatch", "year",
)
_SF_CELL = r"\$?[a-z]{1,3}\$?[0-9]{1,7}"
_SF_REF = (r"(?:'[\w\x80-\xff .()-]{1,31}'!|[\w\x80-\xff.]{1,31}!)?(?:" + _SF_CELL + r"(?::" + _SF_CELL
           + r")?|\$?[a-z]{1,3}:\$?[a-z]{1,3}|\$?[0-9]{1,7}:\$?[0-9]{1,7})(?![\w\x80-\xff(!$])")
_SF_TOKEN = (r"(?>\x22(?:[^\x22'\x5c\x00-\x1f\x7f]|\x22\x22)*+\x22|" + _SF_REF
             + r"|(?:" + "|".join(sorted((f.replace(".", r"\.") for f in SHEET_FUNCTIONS), key=len, reverse=True))
             + r")\(|(?:true|false)(?![\w\x80-\xff(.])|(?:[0-9]++(?:\.[0-9]++)?|\.[0-9]++)(?:e[+-]?[0-9]++)?%?"
             + r"(?![\w\x80-\xff.])|<>|<=|>=|[=<>+*/^&,:()-]|[ \t]++)")
_SF_GUARD = (r"(?![\s\S]*?(?:[;#`\x5c{}|@\x00-\x08\x0a-\x1f\x7f]|--|/\*|\*/|%[0-9a-f]{2}|\$(?![a-z0-9])"
             + r"|\b(?:" + "|".join(STATEMENT_WORDS) + r")\b))")

# Milvus's boolean expressions (milvus.io docs, "Filtering Explained" and "Basic Operators": the `filter` of
# /v2/vectordb/entities/query, search and delete): fields compared with numbers and "strings", in [..] lists, like
# "prefix%", json["key"] subscripts, and/or/not (&& || !), is [not] null, arithmetic, the JSON, array and text
# functions, and {name} template parameters. Tokens: those words and functions, ASCII field names that are no
# statement word and stand before no "(", numbers, double-quoted strings (no quote, backslash or control byte
# inside), {name}, and the operators. None of ' ; # $ @ ` \ or a control byte, '--', '/*', '*/', '%' before two hex
# digits or a statement word anywhere.
MILVUS_FUNCTIONS = ("json_contains_all", "json_contains_any", "json_contains", "array_contains_all",
                    "array_contains_any", "array_contains", "array_length", "text_match", "phrase_match")
_MV_TOKEN = (r"(?>(?:and|or|not|in|like|is|null|true|false)(?![\w.\x80-\xff])"
             + r"|(?:" + "|".join(MILVUS_FUNCTIONS) + r")\s*+\("
             + r"|" + _WORD_GUARD + r"[a-z_][a-z0-9_]*+(?![\w\x80-\xff])(?!\s*+\()"
             + r"|(?:\d++(?:\.\d*+)?|\.\d++)(?:e[+-]?\d++)?(?![\w.\x80-\xff])"
             + r"|\x22[^\x22\x5c\x00-\x1f\x7f]*+\x22|\{[a-z_][a-z0-9_]*+\}"
             + r"|==|!=|>=|<=|\*\*|&&|\|\||[<>!+*/%(),\[\]-]|[ \t]++)")
_MV_GUARD = (r"(?![\s\S]*?(?:[;#`\x5c$@'\x00-\x08\x0a-\x1f\x7f]|--|/\*|\*/|%[0-9a-f]{2}|\b(?:"
             + "|".join(STATEMENT_WORDS) + r")\b))")

# \A and \z, not ^ and $: libmodsecurity compiles @rx multi-line, where "$" would end the match at the
# first line break and let a second line ("1=1\nunion select …") through unread. "++", not a counted
# repeat: PCRE2 copies a group once per count ({1,400} is "regular expression is too large"), and
# libmodsecurity 3.0.9 loads a pattern that fails to compile without a word and never matches it.
LANGUAGES = {
    "filter-sql": r"(?i)\A" + _VALUE_GUARD + r"\s*+(?:" + _SQL_TOKEN + r"\s*+)++\z",
    "cql": r"(?i)\A" + _VALUE_GUARD + r"\s*+(?:" + _CQL_TOKEN + r"\s*+)++\z",
    "graphql": r"(?i)\A" + _GQL_GUARD + _GQL_SHAPE + r"(?:" + _GQL_TOKEN + _GQL_IGNORED + r"*+)++\z",
    "report-formula": r"(?i)\A" + _RF_GUARD + r"\s*+(?:" + _RF_TOKEN + r"\s*+)++\z",
    "sdp": r"(?i)\A" + _SDP_GUARD + r"v=0\r?\n(?:" + _SDP_LINE + r")++\z",
    "odata": r"(?i)\A" + _OD_GUARD + r"[ \t]*+(?:" + _OD_TOKEN + r"[ \t]*+)++\z",
    "latex": r"(?i)\A" + _TEX_GUARD + r"(?:" + _TEX_TOKEN + r")++\z",
    "hj212": (r"(?i)\A" + _HJ_GUARD + r"##\d{4}(?:(?:" + "|".join(HJ212_HEADER_FIELDS) + r")=" + _HJ_VALUE + r";)++"
              + r"cp=&&(?:" + _HJ_PARAM + r"(?:[;,]" + _HJ_PARAM + r")*+)?&&[0-9a-f]{4}(?:\r\n)?\z"),
    "patent-search": r"(?i)\A" + _PAT_GUARD + r"(?:" + _PAT_TOKEN + r")++\z",
    "boolean-expression": r"(?i)\A" + _BOOL_GUARD + r"(?:" + _BOOL_TOKEN + r")++\z",
    "formula": r"(?i)\A" + _FM_GUARD + r"\s*+(?:" + _FM_TOKEN + r"\s*+)++\z",
    "sheet-formula": r"(?i)\A" + _SF_GUARD + r"(?:" + _SF_TOKEN + r")++\z",
    "condition": r"(?i)\A" + _CD_GUARD + r"(?:" + _CD_TOKEN + r")++\z",
    "postgrest": r"(?i)\A" + _PGR_GUARD + r"(?:" + _PGR_TOKEN + r")++\z",
    "milvus": r"(?i)\A" + _MV_GUARD + r"(?:" + _MV_TOKEN + r")++\z",
}
# What leaves the argument when its whole value is the language: CRS's SQL rules (by tag, the platform's
# copies included), and for GraphQL the command rules that read a field name on its own line, a fragment's
# or a batch's names, and a $variable as shell (by id: ctl_remove adds each one's platform copy), for report
# formulas the PHP rule reading a formula function as a PHP call. Never a
# whole RCE tag: attack-rce is also Java (944xxx) and Node.js (934100), which keep reading the document.
REMOVED_TAGS = ("attack-sqli",)
REMOVED_RULES: dict[str, tuple[int, ...]] = {
    "filter-sql": (), "cql": (), "graphql": (932100, 932105, 932106, 932110, 932115, 932150, 932200),
    # 933161 (PL3): a "low-value" PHP function name before "(": abs( round( max( min( are the formula's own.
    "report-formula": (933161,),
    # The SQL counters (942430/942431/942460, copies 10430/10431/10460: a session description is hundreds of
    # ':' '=' '-' and ';') are all attack-sqli: nothing else leaves it.
    "sdp": (),
    # 932105 (PL1) reads ";$top" and ";$orderby=Sort" between $expand's nested options as the Unix commands
    # top and sort, and 932100 (PL1) a nested ";$expand" as the command expand (stop 36, SensorThings'
    # Datastreams($select=name;$expand=Observations(…))). The grammar admits ';' only right before
    # "$<option>=" (a shell expansion of an unset name, never a command word) and no other shell character, no
    # line break: nothing starts a command.
    "odata": (932100, 932105),
    # 920272 (PL3) reads the literal '%' of "\%" (percent in TeX); 933210 (PL1) reads "(a+1)/(b+1)" as PHP's
    # variable function call "(name)(args)". The grammar holds no '%' but "\%" (no "%XX" left), no quote,
    # '$' or ';' and no "(name)(": what a PHP call needs to name a function.
    "latex": (920272, 933210),
    # The SQL counters and operator rules (10430/10440/10120: ';' '=' '&&' '-' in every packet) are attack-sqli.
    "hj212": (),
    # 932200 (PL2, a shell bypass technique) reads IPC's "/*" and the wildcards; the grammar holds none of ; | & $
    # or a backtick, and no line break: nothing starts a command.
    "patent-search": (932200,),
    # Only SQL: '|', '&&' and '!' are the shell's too, so the command rules keep reading the expression.
    "boolean-expression": (),
    # As report-formula: 933161 (PL3) reads abs( round( max( min( as "low-value" PHP function calls. 932140 (PL1)
    # reads "if(a == b" as cmd.exe's IF: an IF needs a command after its condition, and no operand follows an
    # operand here. 932200 (PL2) reads "/ 50) *" as a shell evasion; no ; | & $ or backtick starts a command.
    "formula": (932140, 932200, 933161),
    # 933161 (PL3) reads sum( round( max( as "low-value" PHP calls. The command rules keep reading '&' (the sheet's
    # string concatenation is the shell's background operator too).
    "sheet-formula": (933161,),
    # Only SQL, as boolean-expression: '&&' '||' '!' are the shell's too, and the command rules keep reading them.
    "condition": (),
    # Only SQL: the command rules keep reading '*' and '!' (the grammar holds no ; | & $ or backtick, nothing starts
    # a command there anyway).
    "postgrest": (),
    # Only SQL, as condition: '&&' '||' '!' are the shell's too, and the command rules keep reading them.
    "milvus": (),
}
# Removed for the request when the argument is such a value: the raw body holds the argument's "\%" too
# (920272's stock target, REQUEST_BODY, and the platform's copy); 10274 still reads every other argument.
REMOVED_BODY_RULES: dict[str, tuple[int, ...]] = {"latex": (920272,)}

SCHEMA: dict = {
    "type": "array", "minItems": 1, "maxItems": 5,
    "items": {
        "type": "object", "additionalProperties": False, "required": ["paths", "targets", "language", "reason"],
        "properties": {
            "paths": DECLARED_PATHS,
            "targets": {"type": "array", "minItems": 1, "maxItems": 10, "uniqueItems": True,
                        "items": {"type": "string", "pattern": OPTION_ARGUMENT_PATTERN,
                                  "description": ARGUMENT_DESCRIPTION}},
            "language": {"enum": sorted(LANGUAGES)},
            "reason": {"type": "string", "minLength": 1, "maxLength": 300, "pattern": "^[^\\x00-\\x1f\\x7f]+$"},
        },
    },
}


def from_data(items: list[dict]) -> tuple[FilterField, ...]:
    return tuple(FilterField(tuple(f["paths"]), tuple(f["targets"]), f["language"], f["reason"]) for f in items)


def matches(language: str, value: str) -> bool:
    """What the rendered rule decides, in Python (the tests' fast table): on the UTF-8 bytes, as PCRE
    reads them without UTF mode (\\x80-\\xff are bytes), with Python's spelling of \\z."""
    return re.search(LANGUAGES[language].replace(r"\z", r"\Z").encode(), value.encode("utf-8")) is not None


def rule_count(field: FilterField) -> int:
    return len(field.paths) + 1 + len(field.targets)


def removals(language: str, target: str) -> str:
    """The ctl actions taking the language's rules off one argument, for this request."""
    return ",".join([ctl_remove(None, tag, target) for tag in REMOVED_TAGS]
                    + [ctl_remove(rid, None, target) for rid in REMOVED_RULES[language]]
                    + [ctl_remove(rid, None, "REQUEST_BODY") for rid in REMOVED_BODY_RULES.get(language, ())])


def render(field: FilterField, first_id: int, tag: str, shared: SharedChecks | None = None) -> list[str]:
    """Phase 1, one rule per path: flag the request. Phase 2 (before CRS reads arguments): one grammar check over
    all the targets, marking each argument whose whole value is the language; then one rule per target: when it
    is marked and is the only such argument, the language's rules leave it (removals: CRS's SQL rules; for
    GraphQL the command rules too, for report formulas 933161)."""
    if field.language not in LANGUAGES:
        raise WafRenderError(f"unknown filter language {field.language!r}: {', '.join(sorted(LANGUAGES))}")
    targets = [named_argument(t, "filter field target") for t in field.targets]
    flag = f"sg_filter_{first_id}"
    lines = [f"# Filter field {', '.join(targets)} ({field.language}): {safe.comment(field.reason)}"]
    rid = first_id
    for path in field.paths:
        lines.append(f'SecRule REQUEST_FILENAME "{path_operator(path)}" "id:{rid},phase:1,pass,nolog,'
                     f"{PATH_TRANSFORMS},tag:'{tag}',setvar:tx.{flag}=1,setvar:tx.{FIELDS_FLAG}=1\"")
        rid += 1
    # One compiled grammar for all the targets (a package's field often names a JSON array's elements one by
    # one): a grammar is up to 2.6 KB of regex, and a copy per target was most of what the packages add to a
    # worker's memory. The check marks the argument it matched by name (tx.<flag>_ARGS:<name>; ModSecurity
    # reads TX names case-blind, as it reads ARGS:<name>).
    # A package's field (shared given) reads the marks of the language's one check in cms.conf (ADR 0039), behind
    # its own flag; its inline check's id stays unused, so the ids of its other rules do not move.
    check = Check(f"filter_{field.language.replace('-', '_')}", LANGUAGES[field.language], "t:none", capture=False)
    if shared is None:
        lines += [f'SecRule TX:{flag} "@eq 1" "id:{rid},phase:2,pass,nolog,t:none,tag:\'{tag}\',chain"',
                  f'    SecRule {"|".join(targets)} "@rx {check.pattern}" '
                  f'"t:none,setvar:\'{marked(flag, "%{MATCHED_VAR_NAME}")}=1\'"']
    else:
        shared.marks(check, targets)
    rid += 1
    for t in targets:
        # Exactly one such argument: with two (?where=<filter>&where=<injection>, or one in the query and
        # one in a form body) the mark may come from either, and which one the service reads is its choice.
        if shared is None:
            lines += [f'SecRule {marked(flag, t).replace("tx.", "TX:", 1)} "@eq 1" "id:{rid},phase:2,pass,nolog,'
                      f"t:none,tag:'{tag}',chain\""]
        else:
            lines += [f'SecRule TX:{flag} "@eq 1" "id:{rid},phase:2,pass,nolog,t:none,tag:\'{tag}\',chain"',
                      f'    SecRule {check.mark(t)} "@eq 1" "t:none,chain"']
        lines.append(f'    SecRule &{t} "@eq 1" "t:none,{removals(field.language, t)}"')
        rid += 1
    return lines


def marked(flag: str, target: str) -> str:
    """The transaction variable the grammar check sets for an argument whose whole value is the language."""
    return f"tx.{flag}_{target}"
