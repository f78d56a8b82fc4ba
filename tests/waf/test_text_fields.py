"""A site's own text field (waf.text_fields, ADR 0029): rendered behind the site's guard; on the real tier,
technical text pasted into the declared field passes, markup that would run is refused there, Java and
Log4Shell lookups are refused there, and every attack family is refused in any other field, on any other
path and on a site without the declaration.

The factory's h-<profile> sites declare ARGS:description and ARGS:json.description on /gongdan/submit and
under /api/ticket/ (factory.TEXT_FIELD); the p-<profile> sites of the same profile declare nothing.
"""

from __future__ import annotations

import json
import re
import urllib.parse
import uuid
from pathlib import Path

import pytest

from sitegroup.waf import render_files, text_fields
from sitegroup.waf.modsec import SITE_ID_BASE
from sitegroup.waf.options import DEBIAN_CRS_RULES
from tests.waf import attacks, factory
from tests.waf.conftest import Tier
from tests.waf.factory import BLOCKING, GATEWAY, html_host, profile_host
from tests.waf.harness import Req, as_citizens, rules_by_test_id, send
from tests.waf.test_render import OPTS

# What a 运维工单 or a 信创 consultation carries (written for this test, not taken from a corpus): a log line,
# a MyBatis mapper, SQL, a shell session, a stack trace, an Oracle error, a chemical name, a spreadsheet
# formula, a question about a page's markup, a percentage.
TECHNICAL = [
    '网厅 9 点起频繁 504，nginx 日志：192.168.10.21 - - [06/Dec/2026:09:12:01 +0800] '
    '"GET /api/bszn/list?page=2&size=20 HTTP/1.1" 504 167 "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"',
    '升级后分页失效，mapper 如下：<select id="listCase" resultType="Case">SELECT * FROM t_case <where>'
    '<if test="status != null">AND status = #{status}</if></where> ORDER BY create_time DESC</select>',
    "统计口径请核对：SELECT a.dept_id, count(*) FROM t_case a LEFT JOIN t_dept b ON a.dept_id = b.id "
    "WHERE a.status = '1' AND a.sl_date >= '2026-11-01' GROUP BY a.dept_id; -- 只统计已受理",
    "执行 kubectl get pods -n zwfw | grep -v Running 后看到 3 个 CrashLoopBackOff；tail -n 200 "
    "/var/log/nginx/error.log 显示 upstream timed out；cat /etc/os-release 为 Kylin V10 SP3",
    "java.lang.NullPointerException: null\n\tat com.hanweb.jcms.CaseService.list(CaseService.java:88)\n"
    "\tat org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:883)",
    "导出时报 ORA-00942: table or view does not exist，已确认 grant select on zw.t_case to report_user;",
    "申报物质：2-(4-氯苯基)-3-甲基丁酸乙酯；N,N'-二环己基碳二亚胺 (DCC)，纯度 ≥ 98%",
    '评分表公式 =IF(AND(B2>=60,C2<>""),"合格","不合格") 下拉后全部显示 #VALUE!',
    '页面里 <div class="list"><!-- 列表 --><ul id="news"></ul></div> 不显示，onload 事件里的 init() 没执行',
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><config><timeout>30</timeout></config> 超时配置不生效",
]
# Markup that would run if a page printed the field unescaped, and Java that the backend would run by logging it.
MUST_REFUSE = [
    "<script>alert(document.cookie)</script>", "<img src=x onerror=alert(1)>", '"><svg/onload=confirm(1)>',
    '<iframe src="javascript:alert(1)"></iframe>', "<body onload=alert('xss')>", '<img alt="<" onerror=alert(1)>',
    '<a href=" jav&#x09;ascript:alert(1)">详情</a>', '<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>',
    "<p/onmouseover=alert(1)>问题描述</p>", "<object data=x.swf>", "<math><mtext><table><mglyph><style>",
    *attacks.FAMILIES["java"],
]


def _form(path: str, description: str, **other: str) -> Req:
    body = urllib.parse.urlencode({"title": "网厅办件列表 504", **other, "description": description})
    return as_citizens([Req("POST", path, {**attacks.BASE, "Content-Type": "application/x-www-form-urlencoded"},
                            body)])[0]


def _json(path: str, description: str, **other: str) -> Req:
    return as_citizens([Req("POST", path, {**attacks.BASE, "Content-Type": "application/json;charset=UTF-8"},
                            json.dumps({"title": "网厅办件列表 504", **other, "description": description},
                                       ensure_ascii=False))])[0]


def test_the_site_file_declares_the_field_behind_its_guard() -> None:
    files = render_files(factory.test_environment(), OPTS)
    text = files["sites/h-strict.rules.conf"]
    guard = text.index('SecRule TX:sg_site "!@streq h-strict"')
    flags = [m.start() for m in re.finditer("setvar:tx.sg_textfield_", text)]
    assert flags and guard < flags[0] and flags[-1] < text.index("SecMarker")
    for tag in text_fields.TEXT_TAGS:
        assert f"ctl:ruleRemoveTargetByTag={tag};ARGS:json.description" in text
    assert f"ctl:ruleRemoveTargetByTag={text_fields.RCE_TAG};ARGS:description" in text  # the command rules (RCE_TAG)
    assert "ctl:ruleRemoveTargetById=9321" not in text
    assert "attack-rce;" not in text and "94413" not in text  # the Java rules keep reading the field
    assert "ctl:ruleRemoveTargetById=921110;REQUEST_BODY" in text  # only behind the form/JSON condition
    assert text.count("ctl:ruleRemoveTargetById=921110;REQUEST_BODY") == 1
    # Elsewhere only in the CMS packages' file (open-data declares one), behind each package's own skip.
    assert not any("sg_textfield_" in t for rel, t in files.items()
                   if not rel.startswith("sites/h-") and rel != "modsecurity/cms.conf")


@pytest.mark.slow
@pytest.mark.parametrize("profile", BLOCKING)
def test_technical_text_passes_in_the_declared_field_only(tier: Tier, profile: str) -> None:
    host = html_host(profile)
    refused = [(t[:40], r.path) for t in TECHNICAL
               for r in (_form("/gongdan/submit", t), _json("/api/ticket/2026/reply", t))
               if send(tier.port, host, r, source=GATEWAY).status != 200]
    assert refused == []
    # The same text elsewhere: another path, another field, a site without the declaration. Each of these is
    # refused somewhere on every blocking profile, or the test would not show the declaration doing anything.
    elsewhere = {
        "path": [_form("/gongdan/other", t) for t in TECHNICAL],
        "field": [_form("/gongdan/submit", "见标题", title=t) for t in TECHNICAL],
        "site": [_form("/gongdan/submit", t) for t in TECHNICAL],
    }
    hosts = {"path": host, "field": host, "site": profile_host(profile)}
    for where, reqs in elsewhere.items():
        codes = [send(tier.port, hosts[where], r, source=GATEWAY).status for r in reqs]
        assert codes.count(403) >= 4, (where, codes)


@pytest.mark.slow
@pytest.mark.parametrize("profile", BLOCKING)
def test_running_markup_and_java_in_the_field_are_refused(tier: Tier, profile: str) -> None:
    host = html_host(profile)
    served = [(v, r.path) for v in MUST_REFUSE for body in (v, f"问题描述：{v} 请协助")
              for r in (_form("/gongdan/submit", body), _json("/api/ticket/1/reply", body))
              if send(tier.port, host, r, source=GATEWAY).status != 403]
    assert served == [], served


@pytest.mark.slow
@pytest.mark.parametrize("profile", BLOCKING)
def test_every_attack_family_is_refused_beside_the_field(tier: Tier, profile: str) -> None:
    """The declaration covers one field: the same payloads in another field of the same request, in the
    query string of the same path, and on another path keep meeting every rule."""
    host = html_host(profile)
    served = []
    for family, payloads in attacks.FAMILIES.items():
        for p in payloads:
            for r in (_form("/gongdan/submit", TECHNICAL[0], title=p),
                      _json("/api/ticket/1/reply", TECHNICAL[1], title=p),
                      _form(f"/gongdan/submit?id={urllib.parse.quote(p)}", TECHNICAL[2]),
                      _form("/gongdan/other", p)):
                if send(tier.port, host, r, source=GATEWAY).status != 403:
                    served.append((family, p, r.path))
    assert served == []


@pytest.mark.slow
def test_what_the_declaration_lets_through_is_stated(tier: Tier) -> None:
    """The trade the ADR states, measured so it cannot drift unseen: an SQL injection or a shell command in
    the declared field reaches a backend that declared it stores the field as data; a bare javascript: URL
    (no attribute around it) is text. Each is refused in the same field of a site without the declaration."""
    let_through = [attacks.FAMILIES["sqli"][1], attacks.FAMILIES["rce"][0], "javascript:alert(1)"]
    for v in let_through:
        assert send(tier.port, html_host("strict"), _form("/gongdan/submit", v), source=GATEWAY).status == 200, v
        assert send(tier.port, profile_host("strict"), _form("/gongdan/submit", v), source=GATEWAY).status == 403, v


@pytest.mark.slow
def test_the_finding_is_the_text_field_check(tier: Tier) -> None:
    """What burn-in logs for an event handler in the field: the site's own check (a site rule id), not 941."""
    tid = uuid.uuid4().hex
    req = _form("/gongdan/submit", '<p><img src="x" onerror="alert(1)"></p>')
    req = Req(req.method, req.path, {**req.headers, "X-Test-Id": tid}, req.body)
    assert send(tier.port, html_host("standard"), req, source=GATEWAY).status == 403
    fired = rules_by_test_id(tier.nginx, [tid])[tid]
    assert not any(r.startswith("941") for r in fired), fired
    assert any(int(r) >= SITE_ID_BASE for r in fired), fired


def test_the_dev_inventory_declares_one_and_it_renders() -> None:
    """The operator's path: an entry under inventories/dev/sites/ declares the field; validation loads it into the
    model and the WAF render puts it in that site's rules file, nowhere else."""
    from sitegroup.inventory import load_environment
    env = load_environment("dev")
    assert [s.id for s in env.sites if s.waf.text_fields] == ["qingchuan"]
    files = render_files(env, OPTS)
    assert "ctl:ruleRemoveTargetByTag=attack-sqli;ARGS:wtms" in files["sites/qingchuan.rules.conf"]
    assert not any("sg_textfield_" in text for rel, text in files.items() if rel != "sites/qingchuan.rules.conf")


# The check patterns read by Python's re after ModSecurity's transformations (approximated by hand): a fast table
# of what each must and must not find. The real tier tests above are the authority.
ELEMENT_MUST = ["<script>", "</script>", "<svg/onload=x>", "<iframe src=x>", "< style>", "<base href=x>", "<form>",
                "<object data=x>", "<embed src=x>", "<meta http-equiv=refresh>", "<link rel=import>", "<math>"]
ELEMENT_NOT = ['<select id="list">', "<where>", "<!-- 注释 -->", '<?xml version="1.0"?>', "<dl>", "a<b", "<scripts>",
               "<stylesheet>", "<formula>", "<description>", "<metadata>", "<mathml-ish>", "<baseurl>"]
HANDLER_MUST = ["<img src=x onerror=a>", '<img alt="<" onerror=a>', "<p/onclick=x>", "<a formaction=x>",
                "<iframe srcdoc=x>", "<x\nonfocus\n=a>"]
HANDLER_NOT = ["window.onload = init;", "btn.onclick=go", "<div> onload 事件", "<select id=x> 条件 on = 1", "a<b"]
URL_MUST = ['href="javascript:x"', "href=javascript&colon;x", 'href="jav&tab;ascript:x"', 'src="data:text/html,x"',
            "href='vbscript:x'"]
URL_NOT = ["javascript:alert(1)", 'src="data:image/png;base64,x"', 'href="https://www.example.gov.cn/"',
           "data: {key: value}", "a=data_1"]

LOOKUP_MUST = ["${jndi:ldap://x/a}", "${${lower:j}ndi:x}", "${ctx:loginId}", "${env:AWS_SECRET_ACCESS_KEY}",
               "${ base64:JHtqbmRp }", "${${::-j}${::-n}di:x}"]
LOOKUP_NOT = ["echo ${HOME}", "${JAVA_HOME}/bin/java", "#{status}", "${pageContext.request.contextPath}",
              "export PATH=${PATH}:/opt/bin", "${project.version}"]


def _find(pattern: str, value: str) -> bool:
    return re.search(pattern, value) is not None


@pytest.mark.parametrize(("pattern", "must", "must_not", "decoded"), [
    (text_fields.ACTIVE_ELEMENT, ELEMENT_MUST, ELEMENT_NOT, False),
    (text_fields.SCRIPT_URL, URL_MUST, URL_NOT, True),
    (text_fields.LOOKUP, LOOKUP_MUST, LOOKUP_NOT, False)])
def test_the_check_patterns_find_what_they_must_and_nothing_else(pattern: str, must: list, must_not: list,
                                                                decoded: bool) -> None:
    def read(v: str) -> str:
        return re.sub(r"\s", "", v.lower()) if decoded else v.lower()
    assert [v for v in must if not _find(pattern, read(v))] == []
    assert [v for v in must_not if _find(pattern, read(v))] == []


def test_the_handler_check_needs_a_tag_and_a_handler() -> None:
    def finds(v: str) -> bool:
        return _find(text_fields.OPENED_TAG, v.lower()) and _find(text_fields.HANDLER, v.lower())
    assert [v for v in HANDLER_MUST if not finds(v)] == []
    assert [v for v in HANDLER_NOT if finds(v)] == []


def test_the_command_rules_tag_names_exactly_the_command_rules_and_their_copies() -> None:
    """A text field takes the command rules off by RCE_TAG (one ctl action, not 18): that holds only while the tag
    names RCE_RULES and their platform copies and nothing else, in CRS and in everything the platform renders."""
    files = [p.read_text() for p in sorted(Path(DEBIAN_CRS_RULES).glob("*.conf"))]
    files += [text for name, text in render_files(factory.test_environment(), OPTS).items() if name.endswith(".conf")]
    tagged, copies = set(), {}
    for text in files:
        for rule in re.split(r"\n(?=SecRule |SecAction )", text):
            m = re.search(r"\bid:(\d+)", rule)
            if not m:
                continue
            tags = set(re.findall(r"tag:'([^']+)'", rule))
            if text_fields.RCE_TAG in tags:
                tagged.add(int(m[1]))
            for t in tags:
                if t.startswith("sitegroup/replaces/") and int(t.rsplit("/", 1)[1]) in text_fields.RCE_RULES:
                    copies[int(m[1])] = text_fields.RCE_TAG in tags
    assert copies and all(copies.values()), copies  # every copy of a command rule keeps the tag
    expected = set(text_fields.RCE_RULES) | set(copies)
    assert tagged == expected, sorted(tagged ^ expected)
    assert text_fields.removals(["ARGS:x"]).count(f"ctl:ruleRemoveTargetByTag={text_fields.RCE_TAG};ARGS:x") == 1
