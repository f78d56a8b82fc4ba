"""Rich-text fields: a named parameter on named paths that takes HTML from a public editor.

投稿/征文/网上征集 forms post what wangEditor, TinyMCE, CKEditor or a Word paste produce: ``<p>``,
``<span style="font-family: 仿宋_GB2312">``, ``<img src="/upload/…">``, tables. CRS reads every such
value as an XSS attempt (941100 libinjection, 941160 "HTML injection", the PL2 tag and attribute lists)
and the PL2/PL3 SQL heuristics read HTML attribute syntax (``="…"``, ``;``, ``:``, ``#333``,
``100%``) as SQL. Switching those rules off for the field would let any markup through to a backend
whose only defence is then its sanitiser. Instead (ADR 0020) the declared field is read by the
platform's own allow-list check, the shape of what a server-side sanitiser (jsoup Safelist.relaxed,
OWASP Java HTML Sanitizer, DOMPurify's defaults) keeps:

- an element outside the allow-list (``script``, ``iframe``, ``svg``, ``style``, ``object``, ``embed``,
  ``form``, ``input``, ``base``, ``meta``, ``link``, MathML's ``mglyph``, ``malignmark``, ``maction``,
  ``annotation-xml``…), a ``<!…>`` other than a comment, or a ``<?…>`` processing instruction; presentation
  MathML (``math``, ``mi``, ``mo``, ``mfrac``, ``msup``… DOMPurify's MathML profile less those four and
  ``annotation``) is kept, without ``href``, ``style``, ``src``, ``xlink:*`` or ``actiontype`` on its elements;
- an event-handler attribute (``on…=``) or ``formaction``, ``srcdoc``, ``xlink:href``;
- after HTML-entity, CSS-escape and whitespace decoding: a ``javascript:``/``vbscript:`` URL, a
  ``data:`` URL that is not a raster image, CSS ``expression(``, ``behavior:``, ``-moz-binding``,
  ``@import``.

Each of those adds a critical score like any CRS XSS rule (so burn-in logs it and the profile's
threshold refuses it). For that field only, CRS's XSS rules (tag ``attack-xss``, also the platform's
copies) and the SQL heuristics that read HTML syntax (HTML_SYNTAX_RULES) do not read it; every other
rule does (libinjection SQLi, RCE, LFI, PHP, Java), and every other parameter keeps every rule.
Escaped text (``&lt;script&gt;`` typed by a user) is text to a browser and is not an element here.

A field declared ``markup: ssml`` (stop 30) carries speech markup for a text-to-speech engine (W3C SSML:
``<speak>``, ``<prosody rate="+5%">``, ``<break time="500ms"/>``, ``<say-as>``, ``<phoneme>``): the same
syntax, the same check, with SSML's speech elements added to the allow-list. Those that load something
(``audio``, ``lexicon``, Aliyun's ``soundEvent``) or carry metadata (``meta``, ``metadata``) are not.
"""

from __future__ import annotations

from sitegroup.model import HtmlField
from sitegroup.waf import safe
from sitegroup.waf.ctl import (
    ARGUMENT_DESCRIPTION,
    ARGUMENT_PATTERN,
    DECLARED_PATHS,
    FIELDS_FLAG,
    PATH_TRANSFORMS,
    ctl_remove,
    named_argument,
    path_operator,
)
from sitegroup.waf.errors import WafRenderError
from sitegroup.waf.shared_checks import Check, SharedChecks, scored_check

# The SQL heuristics (PL2/PL3) and the PL3 character rule that read HTML attribute syntax as SQL:
# 942130 tautology (a="b"), 942260/942370/942490 quote-and-operator probes, 942330 a CSS function's
# numbers before a quote (rgb(255, 255, 0);" is its "digit, non-word, quote" probe), 942430/942431/942460
# special-character counters (="…";:), 942440 comment sequences (<!--, #333), 920272 a literal '%'
# (width: 100%); stop 30: 942200 (a comma, later a hex digit before a quote: 8,125.4 … <img src="…) and
# 942340 (an attribute list: version="1.0" … rate="-10%"), corpus T tuning part, 公众号 and SSML articles.
# The platform's replacements are removed through their tags (ctl.ctl_remove).
HTML_SYNTAX_RULES = (942130, 942200, 942260, 942330, 942340, 942370, 942430, 942431, 942440, 942460, 942490,
                     920272)

# What sanitisers keep (jsoup Safelist.relaxed, OWASP Java HTML Sanitizer's common policies, DOMPurify's
# HTML profile without forms, media and SVG), plus Word's o:p and smart tags (st1:…), and a page's own
# <button> and <option> as a translation widget sends them (DOMPurify keeps both; with no on…= and no
# formaction, which the check refuses, they run nothing; stop 24, corpus G tuning part, translate-widget x9).
ALLOWED_ELEMENTS = (
    "a", "abbr", "address", "article", "aside", "b", "bdi", "bdo", "big", "blockquote", "br", "button", "caption",
    "center", "cite", "code", "col", "colgroup", "dd", "del", "details", "dfn", "div", "dl", "dt", "em",
    "figcaption", "figure", "font", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "i",
    "img", "ins", "kbd", "li", "main", "mark", "nav", "o:p", "ol", "option", "p", "pre", "q", "rp", "rt", "ruby",
    "s", "samp", "section", "small", "span", "strike", "strong", "sub", "summary", "sup", "table",
    "tbody", "td", "tfoot", "th", "thead", "time", "tr", "tt", "u", "ul", "var", "wbr",
)
# Presentation MathML as a formula editor (MathType, the MathJax/KaTeX MathML output) writes it: DOMPurify's
# MathML profile less what its mutation-XSS history runs through. Not kept: mglyph and malignmark (they keep
# MathML parsing inside an HTML table: the <math><mtext><table><mglyph><style> mXSS family), maction (actiontype
# toggles and statusline), annotation and annotation-xml (encoding="text/html" is an HTML integration point),
# and on these elements no href, style, src, xlink:href, actiontype, other, definitionurl, xmlns:* (MATHML_ATTRIBUTES).
MATHML_ELEMENTS = (
    "math", "mi", "mn", "mo", "ms", "mtext", "mrow", "msup", "msub", "msubsup", "mfrac", "msqrt", "mroot", "mover",
    "munder", "munderover", "mtable", "mtr", "mtd", "mspace", "mstyle", "mpadded", "mphantom", "menclose", "semantics",
)
# W3C SSML 1.1's speech elements (and Aliyun's and Azure's emotion, w), for a field declared markup: ssml. Not kept:
# audio, lexicon and soundevent (they load a URL), meta and metadata. p, s and sub are HTML's too.
SSML_ELEMENTS = ("speak", "voice", "prosody", "break", "say-as", "phoneme", "emphasis", "lang", "w", "token",
                 "emotion")
# OGC Styled Layer Descriptor 1.0 / Symbology Encoding 1.1 with Filter Encoding and GML geometry, as a WMS GetMap's
# SLD_BODY carries a style (a field declared markup: sld; stop 33, corpus G held-out part, opened: geoserver-ogc
# sld-body), each with or without its sld:, se:, ogc: or gml: prefix. Not kept: ExternalGraphic, OnlineResource
# and InlineContent (they make the server fetch a URL or carry a payload), ogc:Function (the server evaluates a
# named function) and every HTML element (a map server has none to render). A field of this markup also keeps an
# XML declaration (<?xml version="1.0" encoding="UTF-8"?>); a DOCTYPE or entity (XXE) stays refused.
SLD_ELEMENTS = (
    "styledlayerdescriptor", "namedlayer", "userlayer", "namedstyle", "userstyle", "name", "title", "abstract",
    "isdefault", "featuretypestyle", "featuretypename", "semantictypeidentifier", "rule", "minscaledenominator",
    "maxscaledenominator", "elsefilter", "pointsymbolizer", "linesymbolizer", "polygonsymbolizer",
    "textsymbolizer", "rastersymbolizer", "geometry", "graphic", "mark", "wellknownname", "fill", "stroke",
    "cssparameter", "svgparameter", "graphicfill", "graphicstroke", "opacity", "size", "rotation", "displacement",
    "displacementx", "displacementy", "anchorpoint", "anchorpointx", "anchorpointy", "label", "font",
    "labelplacement", "pointplacement", "lineplacement", "perpendicularoffset", "halo", "radius", "colormap",
    "colormapentry", "channelselection", "contrastenhancement", "gammavalue", "normalize", "histogram",
    "shadedrelief", "relieffactor", "vendoroption", "layerfeatureconstraints", "featuretypeconstraint", "extent",
    "value", "description",
    # Filter Encoding 1.0/1.1
    "filter", "and", "or", "not", "propertyisequalto", "propertyisnotequalto", "propertyislessthan",
    "propertyisgreaterthan", "propertyislessthanorequalto", "propertyisgreaterthanorequalto", "propertyislike",
    "propertyisnull", "propertyisbetween", "lowerboundary", "upperboundary", "propertyname", "literal", "add", "sub",
    "mul", "div", "bbox", "intersects", "within", "contains", "dwithin", "distance", "featureid", "gmlobjectid",
    # GML geometry in a spatial filter
    "box", "envelope", "coordinates", "coord", "x", "y", "lowercorner", "uppercorner", "point", "pos", "poslist",
    "polygon", "outerboundaryis", "innerboundaryis", "exterior", "interior", "linearring", "linestring",
)
# OASIS Common Alerting Protocol 1.2 (the 国家突发事件预警信息发布 format): an alert as a relay or a publisher
# passes it along inside JSON or a form (stop 36, corpus I held-out part, opened: cap-alert cap-json-relay, 12 at
# every profile: its root's xmlns is an "attribute vector" to libinjection and 941130). Every element of the
# standard, with or without a cap: prefix; a field of this markup keeps the XML declaration. Its resources'
# uri and derefUri are text content, never followed by a browser; no HTML element, no DOCTYPE or entity.
CAP_ELEMENTS = (
    "alert", "identifier", "sender", "sent", "status", "msgtype", "source", "scope", "restriction", "addresses",
    "code", "note", "references", "incidents", "info", "language", "category", "event", "responsetype", "urgency",
    "severity", "certainty", "audience", "eventcode", "valuename", "value", "effective", "onset", "expires",
    "sendername", "headline", "description", "instruction", "web", "contact", "parameter", "resource",
    "resourcedesc", "mimetype", "size", "uri", "derefuri", "digest", "area", "areadesc", "polygon", "circle",
    "geocode", "altitude", "ceiling",
)
SLD_PREFIX = r"(?:(?:sld|se|ogc|gml):)?"
XML_DECLARATION = (r"xml\s+version\s*=\s*[\"']1\.[01][\"'](?:\s+encoding\s*=\s*[\"'][a-z0-9_.-]{1,40}[\"'])?"
                   r"(?:\s+standalone\s*=\s*[\"'](?:yes|no)[\"'])?\s*\?>")
MARKUPS = ("html", "ssml", "sld", "cap")
_MATHML = "|".join(sorted(MATHML_ELEMENTS, key=lambda e: (-len(e), e)))


def _markup(elements: tuple[str, ...], prefix: str = "", others: str = r"|st1:[a-z]+",
            declaration: bool = False) -> str:
    """Read lower-cased after one URL decoding (as CRS's XSS rules read), without entity decoding: an escaped
    '<' is text. `prefix` may stand before a kept name; `others` are further kept names (Word's smart tags);
    `declaration` keeps an XML declaration."""
    names = "|".join(sorted((e.replace(":", "\\:") for e in elements), key=lambda e: (-len(e), e)))
    return (
        r"<\s*/?\s*(?!" + prefix + r"(?:" + names + others + r")(?:[\s/>]|$))[a-z]"  # an element not on the list
        r"|<\s*!(?!--)|<\s*\?"  # <!doctype, <![CDATA[, <?php, <?xml (but for a declaration where kept)
        + (f"(?!{XML_DECLARATION})" if declaration else "")
        + r"|(?:^|[\s/\"'`;])(?:on[a-z]{2,}|formaction|srcdoc|xlink:href|fscommand|seeksegmenttime)\s*="
        # an attribute of a MathML element that links, styles or loads (quoted values skipped: a '>' inside one)
        r"|<\s*(?:" + _MATHML + r")(?![\w:-])(?:[^>\"']|\"[^\"]*+\"|'[^']*+')*?"
        r"[\s/\"'](?:href|style|src|xlink:[a-z]+|actiontype|other|definitionurl|xmlns:[a-z]+)\s*="
    )


MARKUP = _markup((*ALLOWED_ELEMENTS, *MATHML_ELEMENTS))
MARKUP_BY_KIND = {"html": MARKUP, "ssml": _markup((*ALLOWED_ELEMENTS, *MATHML_ELEMENTS, *SSML_ELEMENTS)),
                  "sld": _markup(SLD_ELEMENTS, SLD_PREFIX, "", declaration=True),
                  "cap": _markup(CAP_ELEMENTS, r"(?:cap:)?", "", declaration=True)}
# Read after entity, CSS-escape and whitespace decoding: how a browser reads a URL or a style value.
# ModSecurity's htmlEntityDecode knows the numeric references and a few names; HTML5's &colon;, &Tab; and
# &NewLine; are left, and a browser reads them in an attribute (java&Tab;script&colon;alert(1) runs), so
# the scheme is matched with them too.
_HTML5_SPACE = "(?:&(?:tab|newline);)*"


def _scheme(word: str) -> str:
    return _HTML5_SPACE.join(word) + _HTML5_SPACE + "(?::|&colon;)"


DECODED = (
    "(?:" + "|".join(_scheme(w) for w in ("javascript", "vbscript", "livescript", "mochascript")) + ")"
    r"|data(?::|&colon;)(?!image/(?:png|gif|jpe?g|webp|bmp|avif)[;,])"
    r"|expression\(|behaviou?r:|-moz-binding|@import"
)
MARKUP_TRANSFORMS = "t:none,t:urlDecodeUni,t:lowercase,t:removeNulls"
DECODED_TRANSFORMS = ("t:none,t:urlDecodeUni,t:htmlEntityDecode,t:cssDecode,t:lowercase,t:removeNulls,"
                      "t:removeWhitespace")

# What a markup's own syntax is to rules beyond HTML_SYNTAX_RULES. An SLD (tried on the tier with the GeoServer
# SLD cookbook's forms): <ogc:PropertyIsLike wildCard="*" singleChar="." escape="!"> holds "!", 942190's (PL1)
# quote-bang-quote, and a '*' (or the declaration's '?') before a later '/', 932200's (PL2) shell-wildcard probe;
# the root element <StyledLayerDescriptor version="1.0.0"> ends in "or version=\"", 942210's (PL2) chained
# condition; the XML declaration's "?>" is 933190's (PL3) PHP closing tag (a CAP alert's declaration too).
# libinjection (942100), every other SQL, RCE and PHP rule and the Java rules still read the field.
MARKUP_SYNTAX_RULES = {"sld": (932200, 933190, 942190, 942210), "cap": (933190,)}

RULES_PER_FIELD = 2  # the two phase-2 checks; plus one phase-1 rule per path


# One declaration, as a site entry (waf.html_fields) and a CMS package (html_fields) write it.
TARGET_PATTERN = ARGUMENT_PATTERN  # one parameter by its ARGS name, never a collection
SCHEMA: dict = {
    "type": "array", "minItems": 1, "maxItems": 5,
    "description": "parameters that take sanitised HTML from a public editor (ADR 0020)",
    "items": {
        "type": "object", "additionalProperties": False, "required": ["paths", "targets", "sanitiser", "reason"],
        "properties": {
            "paths": {**DECLARED_PATHS,
                      "description": "the editor's submit paths (\"/dir/\" = under it); never /"},
            "markup": {"enum": list(MARKUPS),
                       "description": "html (the default), ssml (speech markup for a text-to-speech engine), sld "
                                      "(an OGC map style, a WMS GetMap's SLD_BODY) or cap (a CAP 1.2 alert)"},
            "targets": {"type": "array", "minItems": 1, "maxItems": 5, "uniqueItems": True,
                        "items": {"type": "string", "pattern": TARGET_PATTERN, "description": ARGUMENT_DESCRIPTION},
                        "description": "named parameters, e.g. ARGS:content, ARGS:json.content"},
            "sanitiser": {"type": "string", "minLength": 1, "maxLength": 200,
                          "pattern": "^(?!TODO)[^\\x00-\\x1f\\x7f]+$",  # a triage proposal's TODO fails
                          "description": "what cleans the HTML on the backend, e.g. jsoup Safelist.relaxed()"},
            "reason": {"type": "string", "minLength": 1, "maxLength": 300, "pattern": "^[^\\x00-\\x1f\\x7f]+$"},
        },
    },
}


def from_data(items: list[dict]) -> tuple[HtmlField, ...]:
    return tuple(HtmlField(tuple(h["paths"]), tuple(h["targets"]), h["sanitiser"], h["reason"],
                           h.get("markup", "html")) for h in items)


def rule_count(field: HtmlField) -> int:
    return len(field.paths) + RULES_PER_FIELD


def render(field: HtmlField, first_id: int, tag: str, shared: SharedChecks | None = None) -> list[str]:
    """The phase-1 rules (one per path: the field leaves CRS's XSS rules and HTML_SYNTAX_RULES, and is
    flagged) and the two phase-2 checks reading the flagged field; ids first_id ... first_id +
    rule_count(field) - 1. With `shared` (a package's field in cms.conf), each check reads the marks of the
    shared check with its pattern instead of carrying its own copy (shared_checks.py)."""
    if not field.paths or not field.targets:
        raise WafRenderError("an HTML field names at least one path and one target")
    targets = [named_argument(t, "HTML field target") for t in field.targets]
    flag = f"sg_html_{first_id}"  # set for this request by the path rules, read by the checks
    ctls = []
    for t in targets:
        ctls.append(ctl_remove(None, "attack-xss", t))
        ctls += [ctl_remove(rid, None, t) for rid in (*HTML_SYNTAX_RULES, *MARKUP_SYNTAX_RULES.get(field.markup, ()))]
    # 920272 also reads the raw body of a form or JSON request (stock through REQUEST_BODY, the platform's
    # copy 10275 likewise), where the field's '%' stands too; 10274 still reads every other argument.
    ctls.append(ctl_remove(920272, None, "REQUEST_BODY"))
    kind = "HTML field" if field.markup == "html" else f"{field.markup.upper()} field"
    lines = [f"# {kind} {', '.join(targets)}: {safe.comment(field.reason)}; "
             f"sanitised by {safe.comment(field.sanitiser)}"]
    rid = first_id
    for path in field.paths:
        lines.append(f'SecRule REQUEST_FILENAME "{path_operator(path)}" "id:{rid},phase:1,pass,nolog,'
                     f"{PATH_TRANSFORMS},tag:'{tag}',setvar:tx.{flag}=1,setvar:tx.{FIELDS_FLAG}=1,{','.join(ctls)}\"")
        rid += 1
    if field.markup not in MARKUP_BY_KIND:
        raise WafRenderError(f"an HTML field's markup is one of {', '.join(MARKUPS)}, not {field.markup!r}")
    markup = MARKUP_BY_KIND[field.markup]
    checks = ((Check(f"html_{field.markup}", markup, MARKUP_TRANSFORMS), "markup a sanitiser does not keep"),
              (Check("html_decoded", DECODED, DECODED_TRANSFORMS), "a script URL or style a sanitiser does not keep"))
    for check, what in checks:
        lines += scored_check(check, targets, shared, flag=flag, rule_id=rid, msg=f"HTML field: {what}", tag=tag,
                              kind="sitegroup/html-field", family="xss")
        rid += 1
    return lines
