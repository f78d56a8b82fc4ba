"""A site's own HTML field (waf.html_fields, ADR 0020): rendered behind the site's guard, and on the real
tier ordinary editor HTML passes while every XSS payload and the other attack families are refused.

The factory's sites h-<profile> declare ARGS:content on /hdjl/comment/submit and ARGS:json.body under
/zhengwen/ (factory.HTML_FIELD); the p-<profile> sites of the same profile declare nothing.
"""

from __future__ import annotations

import json
import re
import urllib.parse
import uuid

import pytest

from sitegroup.waf import html_fields, render_files
from sitegroup.waf.modsec import SITE_ID_BASE
from tests.waf import attacks, factory
from tests.waf.conftest import Tier
from tests.waf.factory import BLOCKING, GATEWAY, html_host, profile_host
from tests.waf.harness import Req, as_citizens, rules_by_test_id, send
from tests.waf.test_render import OPTS

# What wangEditor / TinyMCE / a Word paste post: styles, a picture, a table, a link, colours, 100 %.
EDITOR_HTML = (
    '<p style="text-indent: 2em; line-height: 1.5;"><span style="font-family: 仿宋_GB2312; font-size: 16pt;">'
    "建议在城关镇增设一个便民服务点；</span><strong>老人</strong>办事不用再跑远路。</p>"
    '<p><img src="/upload/editor/2026/12/a1b2c3.png" alt="现场" style="width: 100%;"/></p>'
    '<table border="1" style="border-collapse: collapse; width: 100%;"><tbody><tr>'
    '<th style="background-color: #f2f2f2;">乡镇</th><th>人数</th></tr><tr><td>城关镇</td>'
    '<td style="text-align: right;">1,203</td></tr></tbody></table>'
    '<p><span style="color: rgb(255, 0, 0);">详见</span> <a href="https://www.example.gov.cn/bmfw/" '
    'target="_blank">便民服务专栏</a>。</p><p class="MsoNormal"><span lang="EN-US">2026<o:p></o:p></span></p>'
)


def _form(path: str, content: str, **other: str) -> Req:
    body = urllib.parse.urlencode({"title": "关于增设便民服务点的建议", **other, "content": content})
    return as_citizens([Req("POST", path, {**attacks.BASE, "Content-Type": "application/x-www-form-urlencoded"},
                            body)])[0]


def _json(path: str, body: str) -> Req:
    return as_citizens([Req("POST", path, {**attacks.BASE, "Content-Type": "application/json"},
                            json.dumps({"title": "征文", "body": body}, ensure_ascii=False))])[0]


def test_the_site_file_declares_the_field_behind_its_guard() -> None:
    files = render_files(factory.test_environment(), OPTS)
    text = files["sites/h-strict.rules.conf"]
    guard = text.index('SecRule TX:sg_site "!@streq h-strict"')
    assert text.index("setvar:tx.sg_html_") > guard and text.rindex("setvar:tx.sg_html_") < text.index("SecMarker")
    assert "ctl:ruleRemoveTargetByTag=attack-xss;ARGS:content" in text
    assert text.count('SecRule ARGS:content|ARGS:json.body "@rx') == html_fields.RULES_PER_FIELD
    assert "sites/p-strict.rules.conf" not in files  # no exception, no field: no file


@pytest.mark.slow
@pytest.mark.parametrize("profile", BLOCKING)
def test_editor_html_passes_in_the_declared_field_only(tier: Tier, profile: str) -> None:
    host = html_host(profile)
    assert send(tier.port, host, _form("/hdjl/comment/submit", EDITOR_HTML), source=GATEWAY).status == 200
    assert send(tier.port, host, _json("/zhengwen/2026/submit", EDITOR_HTML), source=GATEWAY).status == 200
    # The same HTML elsewhere: another path of the site, another field, a site without the declaration.
    assert send(tier.port, host, _form("/hdjl/other", EDITOR_HTML), source=GATEWAY).status == 403
    assert send(tier.port, host, _form("/hdjl/comment/submit", "<p>x</p>", title=EDITOR_HTML),
                source=GATEWAY).status == 403
    assert send(tier.port, profile_host(profile), _form("/hdjl/comment/submit", EDITOR_HTML),
                source=GATEWAY).status == 403


@pytest.mark.slow
@pytest.mark.parametrize("profile", BLOCKING)
def test_attacks_in_the_declared_field_are_refused(tier: Tier, profile: str) -> None:
    """Every payload of the attack corpus inside ordinary editor HTML, form and JSON: the XSS ones by the
    allow-list check (CRS's XSS rules do not read the field), every other family by CRS as before."""
    host = html_host(profile)
    served = []
    for family, payloads in attacks.FAMILIES.items():
        for payload in payloads:
            value = f"<p>正文</p><p>{payload}</p>"
            for req in (_form("/hdjl/comment/submit", value), _json("/zhengwen/submit", value)):
                if send(tier.port, host, req, source=GATEWAY).status != 403:
                    served.append((family, payload, req.path))
    assert not served, served


@pytest.mark.slow
@pytest.mark.parametrize("profile", BLOCKING)
def test_a_cap_alert_passes_in_its_declared_field_and_attacks_in_it_do_not(tier: Tier, profile: str) -> None:
    """markup cap (stop 36): a relayed CAP 1.2 alert passes in the declared JSON member and is refused on a site that
    declares nothing (its root's xmlns is an XSS attribute vector to libinjection and 941130); script, an event
    handler, an HTML element, an XXE DOCTYPE or SQL inside the alert is refused on the declaring site."""
    def relay(host: str, alert: str) -> int:
        body = json.dumps({"msgId": "52000041600000_20270206132704", "format": "CAP1.2", "content": alert},
                          ensure_ascii=False)
        q = as_citizens([Req("POST", "/yjxx/api/relay", {**attacks.BASE, "Content-Type": "application/json"}, body)])
        return send(tier.port, host, q[0], source=GATEWAY).status
    assert relay(html_host(profile), CAP_ALERT) == 200
    assert relay(profile_host(profile), CAP_ALERT) == 403
    attacks_in = [*CAP_MUST[:5], CAP_ALERT.replace("<event>大风", "<event>1' union select password from users--")]
    assert [a[-120:] for a in attacks_in if relay(html_host(profile), a) != 403] == []


@pytest.mark.slow
def test_the_xss_finding_is_the_html_field_check(tier: Tier) -> None:
    """What burn-in logs for an event handler in the field: the site's own check (a site rule id,
    modsec.SITE_ID_BASE and up), not CRS's XSS rules."""
    tid = uuid.uuid4().hex
    req = _form("/hdjl/comment/submit", '<p><img src="x" onerror="alert(1)"></p>')
    req = Req(req.method, req.path, {**req.headers, "X-Test-Id": tid}, req.body)
    assert send(tier.port, html_host("standard"), req, source=GATEWAY).status == 403
    fired = rules_by_test_id(tier.nginx, [tid])[tid]
    assert not any(r.startswith("941") for r in fired), fired
    assert any(int(r) >= SITE_ID_BASE for r in fired), fired


def test_the_dev_inventory_declares_one_and_it_renders() -> None:
    """The operator's path: an entry under inventories/dev/sites/ declares the field; validation loads it into
    the model and the WAF render puts it in that site's rules file, nowhere else."""
    from sitegroup.inventory import load_environment
    env = load_environment("dev")
    declared = [s for s in env.sites if s.waf.html_fields]
    assert [s.id for s in declared] == ["qingchuan"]
    files = render_files(env, OPTS)
    assert "ctl:ruleRemoveTargetByTag=attack-xss;ARGS:content" in files["sites/qingchuan.rules.conf"]
    # (cms.conf holds the packages' own fields: geoserver's SLD_BODY since stop 33)
    assert not any("sg_html_" in text for rel, text in files.items()
                   if rel.startswith("sites/") and rel != "sites/qingchuan.rules.conf")


# The two patterns, read by Python's re after the transformations ModSecurity applies (lower-case, entity and
# whitespace decoding approximated by hand): a fast table of what each must and must not find. The real tier
# tests above are the authority; this keeps a pattern edit from silently dropping a case.
MARKUP_MUST = ["<script>", "</script>", "<svg/onload=x>", "<iframe src=x>", "<p onclick=x>", '<img src=x onerror="a">',
               "<img/src=x/onerror=a>", "<a formaction=x>", "<iframe srcdoc=x>", "<!doctype html>", "<?php x ?>",
               "<math><mtext><mglyph>", "<style>", "<base href=x>", "<form>", "<v:shape>", "<body onload=x>"]
MARKUP_NOT = ['<p style="color: #333;">正文</p>', '<img src="/upload/a.png" alt="图">', "<o:p></o:p>", "<st1:chsdate>",
              '<table border="1"><tbody><tr><td>1</td></tr></tbody></table>', "<!-- 注释 -->", "&lt;script&gt;",
              '<a href="https://www.example.gov.cn/" target="_blank">链接</a>', "<details><summary>x</summary>",
              '<span data-online="1">在线</span>']
DECODED_MUST = ["javascript:alert(1)", "vbscript:x", "javascript&colon;x", "jav&tab;ascript&colon;x",
                "java&newline;script:x", "data:text/html,x", "data&colon;text/html,x", "width:expression(x)",
                "behavior:url(x)", "-moz-binding:url(x)", "@import url(x)"]
DECODED_NOT = ['src="data:image/png;base64,ivbor"', 'href="https://www.example.gov.cn/"', "color:rgb(255,0,0);",
               "font-family:仿宋_gb2312;", "width:100%;"]


# Presentation MathML as formula editors write it (corpus K tuning part, sci-project-apply/formula-save: 941100,
# 941130 on the `mathml` field) is kept; what DOMPurify's MathML profile drops, links and styles on MathML elements,
# and the known MathML mutation-XSS shapes are not.
MATHML_NOT = [
    '<math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><mi>E</mi><mo>=</mo><mi>m</mi><msup><mi>c</mi>'
    "<mn>2</mn></msup></math>",
    '<math xmlns="http://www.w3.org/1998/Math/MathML"><mi>η</mi><mo>=</mo><mfrac><msub><mi>P</mi><mtext>out</mtext>'
    "</msub><msub><mi>P</mi><mtext>in</mtext></msub></mfrac><mo>×</mo><mn>100</mn><mo>%</mo></math>",
    "<math><msqrt><msup><mi>x</mi><mn>2</mn></msup></msqrt><mo>&lt;</mo><mi>r</mi></math>",
    '<math><mtable><mtr><mtd><mrow><munderover><mo>∑</mo><mrow><mi>i</mi></mrow><mi>n</mi></munderover></mrow></mtd>'
    '</mtr></mtable><mspace width="1em"/><mstyle mathvariant="bold"><mpadded><mphantom><mi>x</mi></mphantom></mpadded>'
    '</mstyle><menclose notation="box"><mroot><mi>x</mi><mn>3</mn></mroot></menclose>'
    "<mover><mi>a</mi><mo>→</mo></mover><munder><mi>b</mi><mo>_</mo></munder><msubsup><mi>c</mi><mn>1</mn><mn>2</mn></msubsup><ms>s</ms></math>",
    "<math><semantics><mrow><mi>x</mi></mrow></semantics></math>",
    '<p style="color: red">正文 <math><mi>x</mi></math></p>',
]
MATHML_MUST = [
    "<math><mtext><script>alert(1)</script></mtext></math>",
    "<math href=javascript:alert(1)><mi>x</mi></math>",
    '<math href="https://evil.example/"><mi>x</mi></math>',
    '<math><mi title="a>b" href="https://evil.example/">x</mi></math>',
    '<math><mi style="position:fixed">x</mi></math>',
    "<mi/href=x>x</mi>", '<mo"x"style=x>',
    "<math><mi xlink:href=x>x</mi></math>",
    '<math><maction actiontype="statusline#x"><mi>x</mi></maction></math>',
    '<math><annotation-xml encoding="text/html"><script>alert(1)</script></annotation-xml></math>',
    '<math><semantics><annotation encoding="application/x-tex">x</annotation></semantics></math>',
    "<math><malignmark>", "<math><mglyph>",
    # DOMPurify's MathML namespace-confusion (mutation XSS) shapes, 2.0.17 to 3.1.x
    "<math><mtext><table><mglyph><style><!--</style><img title=\"--&gt;&lt;img src=1 onerror=alert(1)&gt;\">",
    '<math><mtext><h1><a><h6></a></h6><mglyph><svg><mtext><style><a title="</style><img src onerror=alert(1)>">',
    "<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>",
    '<math><mi><table><mi><mglyph><svg><mtext><textarea><path id="</textarea><img onerror=alert(1) src=1>">',
    "<math><mtext><table><mglyph><svg><mtext><style><path id=\"</style><img onerror=alert(1) src>\">",
    "<math><mi><!--</mi><img src=x onerror=alert(1)>-->",
]


# Speech markup (a field of markup ssml, stop 30): W3C SSML 1.1 and Aliyun's TTS as a 数字人 播报 script writes it.
SSML_NOT = [
    '<speak version="1.0" xmlns="http://www.w3.org/2001/10/synthesis" xml:lang="zh-CN"><prosody rate="+5%" '
    'pitch="0%">各位网友，大家好！<break time="300ms"/>咨询电话<say-as interpret-as="telephone">0791-12345</say-as>，'
    '<phoneme alphabet="py" ph="yi4 yang2">弋阳</phoneme>。</prosody></speak>',
    '<speak><voice name="zh-CN-XiaoxiaoNeural"><emphasis level="strong">重要</emphasis><lang xml:lang="en-US">'
    'App</lang><w>长</w><token>行</token><sub alias="世界卫生组织">WHO</sub></voice></speak>',
    '<speak><emotion category="happy" intensity="1.0">新年好</emotion><p><s>第一句。</s></p></speak>',
]
SSML_MUST = [
    '<speak>你好<audio src="https://evil.example/x.mp3"/></speak>',  # SSML's loading elements are not kept
    '<speak><lexicon uri="https://evil.example/l.pls"/></speak>', '<speak><soundEvent src="x.wav"/></speak>',
    "<speak><script>alert(1)</script></speak>", "<speak><svg onload=alert(1)>", '<speak><break onmouseover="x"/>',
    '<speak><meta name="x" content="y"/></speak>', "<speak><!DOCTYPE x>", '<?xml version="1.0"?><speak>',
]

# Map styles (a field of markup sld, stop 33): OGC SLD 1.0 / SE 1.1 with Filter Encoding, as a WMS GetMap's SLD_BODY.
SLD_NOT = [
    '<?xml version="1.0" encoding="UTF-8"?><StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld" '
    'xmlns:ogc="http://www.opengis.net/ogc"><NamedLayer><Name>gz:poi_ggfw</Name><UserStyle><FeatureTypeStyle><Rule>'
    "<ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>xzqdm</ogc:PropertyName><ogc:Literal>520303</ogc:Literal>"
    '</ogc:PropertyIsEqualTo></ogc:Filter><PolygonSymbolizer><Fill><CssParameter name="fill">#3388ff</CssParameter>'
    "</Fill></PolygonSymbolizer></Rule></FeatureTypeStyle></UserStyle></NamedLayer></StyledLayerDescriptor>",
    '<sld:StyledLayerDescriptor version="1.1.0"><sld:NamedLayer><se:Name>gz:road_l</se:Name><sld:UserStyle>'
    "<se:FeatureTypeStyle><se:Rule><se:MaxScaleDenominator>50000</se:MaxScaleDenominator><ogc:Filter><ogc:And>"
    "<ogc:PropertyIsGreaterThan><ogc:PropertyName>dj</ogc:PropertyName><ogc:Literal>2</ogc:Literal>"
    "</ogc:PropertyIsGreaterThan><ogc:BBOX><ogc:PropertyName>geom</ogc:PropertyName><gml:Box><gml:coordinates>"
    "106.6,26.5 106.8,26.7</gml:coordinates></gml:Box></ogc:BBOX></ogc:And></ogc:Filter><se:LineSymbolizer>"
    '<se:Stroke><se:SvgParameter name="stroke-width">2</se:SvgParameter></se:Stroke></se:LineSymbolizer>'
    "<se:TextSymbolizer><se:Label><ogc:PropertyName>mc</ogc:PropertyName></se:Label><se:Halo><se:Radius>1</se:Radius>"
    "</se:Halo></se:TextSymbolizer></se:Rule></se:FeatureTypeStyle></sld:UserStyle></sld:NamedLayer>"
    "</sld:StyledLayerDescriptor>",
]
SLD_MUST = [
    '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><StyledLayerDescriptor>&xxe;',
    '<PointSymbolizer><Graphic><ExternalGraphic><OnlineResource xlink:type="simple" '
    'xlink:href="http://169.254.169.254/latest/meta-data/"/></ExternalGraphic></Graphic></PointSymbolizer>',
    "<Mark><InlineContent encoding=\"base64\">PHN2Zz4=</InlineContent></Mark>",
    '<ogc:Function name="env"><ogc:Literal>x</ogc:Literal></ogc:Function>',
    '<?xml-stylesheet href="x.xsl"?><StyledLayerDescriptor>', "<?php system('id'); ?>",
    "<StyledLayerDescriptor><Name><script>alert(1)</script></Name>", "<Name><img src=x onerror=alert(1)></Name>",
    '<Rule onmouseover="alert(1)">', "<a href=x>x</a>", "<p>样式说明</p>",
]


# CAP 1.2 alerts (a field of markup cap, stop 36): as the 预警信息发布 system publishes them and relays pass them on.
CAP_ALERT = ('<?xml version="1.0" encoding="UTF-8"?>\n<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">\n'
             "  <identifier>52000041600000_20270206132704</identifier>\n  <sender>52000041600000</sender>\n"
             "  <sent>2027-02-06T13:27:04+08:00</sent>\n  <status>Exercise</status>\n  <msgType>Alert</msgType>\n"
             "  <scope>Public</scope>\n  <info>\n    <language>zh-CN</language>\n    <category>Met</category>\n"
             "    <event>大风</event>\n    <urgency>Expected</urgency>\n    <severity>Extreme</severity>\n"
             "    <certainty>Likely</certainty>\n"
             "    <eventCode><valueName>预警信号</valueName><value>大风红色</value></eventCode>\n"
             "    <senderName>贵州省气象台</senderName>\n    <headline>贵州省气象台发布大风红色预警信号</headline>\n"
             "    <description>受冷空气影响，预计未来24小时开阳县、凯里市将出现8级以上大风。</description>\n"
             "    <web>http://www.gzqx.gov.cn/</web>\n    <resource><resourceDesc>预警图标</resourceDesc>"
             "<mimeType>image/png</mimeType><uri>http://www.gzqx.gov.cn/yj/dflv.png</uri></resource>\n"
             "    <area><areaDesc>开阳县 凯里市</areaDesc>"
             "<polygon>27.0,106.9 27.1,107.0 26.9,107.1 27.0,106.9</polygon>"
             "<geocode><valueName>行政区划</valueName><value>520121</value></geocode></area>\n  </info>\n</alert>\n")
CAP_NOT = [CAP_ALERT, CAP_ALERT.replace("<alert ", "<cap:alert xmlns:cap=\"urn:oasis:names:tc:emergency:cap:1.2\" ")
           .replace("</alert>", "</cap:alert>").replace("<info>", "<cap:info>").replace("</info>", "</cap:info>")]
CAP_MUST = [
    CAP_ALERT.replace("<description>", "<description><script>alert(1)</script>"),
    CAP_ALERT.replace("<web>", '<web><img src=x onerror="alert(1)">'),
    CAP_ALERT.replace('<?xml version="1.0" encoding="UTF-8"?>', '<?xml version="1.0"?><!DOCTYPE alert [<!ENTITY x '
                      'SYSTEM "file:///etc/passwd">]>'),
    CAP_ALERT.replace("<area>", '<area onmouseover="alert(1)">'), CAP_ALERT.replace("<info>", "<info><a href=x>x</a>"),
    "<?php system('id'); ?><alert>", "<alert><svg onload=alert(1)></alert>", "<alert><iframe src=x></iframe>",
]


@pytest.mark.parametrize(("pattern", "must", "must_not"), [
    # an HTML field keeps no SSML and no map style
    (html_fields.MARKUP, MARKUP_MUST + MATHML_MUST + SSML_NOT + SLD_NOT + CAP_NOT, MARKUP_NOT + MATHML_NOT),
    (html_fields.MARKUP_BY_KIND["ssml"], MARKUP_MUST + MATHML_MUST + SSML_MUST, MARKUP_NOT + MATHML_NOT + SSML_NOT),
    # a map style keeps no HTML at all (a map server renders none)
    (html_fields.MARKUP_BY_KIND["sld"], MARKUP_MUST + MATHML_MUST + SLD_MUST + MARKUP_NOT[:1], SLD_NOT),
    # an alert keeps no HTML either (a relay renders none), nor a map style
    (html_fields.MARKUP_BY_KIND["cap"], MARKUP_MUST + MATHML_MUST + CAP_MUST + MARKUP_NOT[:1] + SLD_NOT[:1], CAP_NOT),
    (html_fields.DECODED, DECODED_MUST, DECODED_NOT)])
def test_the_check_patterns_find_what_they_must_and_nothing_else(pattern: str, must: list, must_not: list) -> None:
    rx = re.compile(pattern.replace("\\:", ":"), re.M)
    assert [v for v in must if not rx.search(v.lower())] == []
    assert [v for v in must_not if rx.search(v.lower())] == []


def test_a_map_style_field_also_leaves_the_rules_its_syntax_misleads_and_only_it() -> None:
    """markup: sld leaves 932200, 933190, 942190 and 942210 (and their copies) besides the HTML syntax rules, for
    its own targets; an HTML or SSML field does not, and no field leaves a whole rule."""
    from sitegroup.model import HtmlField
    sld = html_fields.render(HtmlField(("/geoserver/",), ("ARGS:SLD_BODY",), "GeoServer", "SLD", "sld"), 12101, "cms/x")
    html = html_fields.render(HtmlField(("/geoserver/",), ("ARGS:SLD_BODY",), "jsoup", "HTML"), 12101, "cms/x")
    for rid in (932200, 933190, 942190, 942210):
        assert f"ctl:ruleRemoveTargetById={rid};ARGS:SLD_BODY" in sld[1]
        assert f"ruleRemoveTargetById={rid};" not in html[1]
    assert any(f'"@rx {html_fields.MARKUP_BY_KIND["sld"]}"' in x for x in sld)
    plain = f'"@rx {html_fields.MARKUP}"'
    assert not any(plain in x for x in sld) and any(plain in x for x in html)
    assert not any("ctl:ruleRemoveById" in x or "ctl:ruleRemoveByTag" in x for x in sld)
