"""``sitegroup waf triage``: from a burn-in audit log to exceptions a reviewer signs
(sitegroup/waf/triage.py).

The fast tests feed audit entries in the shape ModSecurity v3.0.9 writes them (the slow test shows the
real tier writes that shape): what is grouped, what is left out and why, and that nothing of a request
reaches the YAML except as a one-line comment. The slow test runs the real tier: a strict site in
DetectionOnly (its burn-in) takes ordinary letters and a webmail client's JSON from several citizens and
an attack from one address; the proposals, signed, go into a strict site's entry; the same ordinary
requests pass there and the attacks on the very same parameters are still refused.
"""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
import tempfile
import urllib.parse
from datetime import date
from pathlib import Path

import jsonschema
import pytest
import yaml

from sitegroup.model import WafException
from sitegroup.schema import SITE_SCHEMA
from sitegroup.waf import body_types, filter_fields, render, triage
from tests.waf import attacks, factory
from tests.waf.evaluate import site_tier
from tests.waf.factory import GATEWAY
from tests.waf.harness import Backend, Req, send

REPO = Path(__file__).resolve().parents[2]


def _entry(site: str, client: str, uri: str, messages: list[tuple[str, str, str]], method: str = "GET",
           over: bool = True, profile: str = "burn-in", packages: str = "-", ctype: str | None = None) -> str:
    msgs = [{"message": msg, "details": {"ruleId": rid, "data": data, "match": "", "tags": []}}
            for rid, msg, data in messages]
    if over:
        msgs.append({"message": "Inbound Anomaly Score Exceeded (Total Score: 5)",
                     "details": {"ruleId": "949110", "data": "", "match": "", "tags": ["attack-generic"]}})
    return json.dumps({"transaction": {"client_ip": client, "unique_id": f"{site}.{profile}.{packages}.{'ab' * 16}",
                                       "request": {"method": method, "uri": uri,
                                                   "headers": {} if ctype is None else {"Content-Type": ctype}},
                                       "messages": msgs}})


def _sqli(var: str, value: str) -> tuple[str, str, str]:
    return ("942100", "SQL Injection Attack Detected via libinjection",
            f"Matched Data: s&sos found within {var}: {value}")


def _letters(n_clients: int, per_client: int = 2, path: str = "/hdjl/letters/submit") -> list[str]:
    return [_entry("linhe", f"198.51.100.{c}", path, [_sqli("ARGS:content", "请问 select 申报 from 系统 where …")],
                   method="POST")
            for c in range(1, n_clients + 1) for _ in range(per_client)]


def test_a_form_many_citizens_send_becomes_one_narrow_proposal() -> None:
    r = triage.triage(_letters(4))
    assert [(p.site, p.rule, p.path, p.target, p.requests, p.clients) for p in r.proposals] == [
        ("linhe", 942100, "/hdjl/letters/submit", "ARGS:content", 8, 4)]
    assert r.over_threshold == 8 and not r.refusals


def test_a_rule_with_a_chained_guard_link_is_excepted_on_the_variable_it_read() -> None:
    """10620 and 10330 (ADR 0026) log the guard link's MATCHED_VARS:ARGS:content: the proposal names ARGS:content."""
    lines = [_entry("linhe", f"198.51.100.{c}", "/hdjl/letters/submit",
                    [("10620", "Detects MySQL comment-/space-obfuscated injections and backtick termination",
                      "Matched Data: \ufffdselect 申报 from found within MATCHED_VARS:ARGS:content: "
                      "请问 select 申报 from 系统")],
                    method="POST") for c in range(1, 5) for _ in range(2)]
    assert [(p.rule, p.target) for p in triage.triage(lines).proposals] == [(942200, "ARGS:content")]


def test_an_off_domain_link_is_excepted_on_the_argument_that_held_it() -> None:
    """10130 (931130's copy) logs its second link's TX:rfi_parameter_ARGS:json.bjbwz, set from ARGS:json.bjbwz
    (corpus L, 网信举报: the reported site's URL is off-domain by definition): the proposal names that argument."""
    lines = [_entry("wxb", f"198.51.100.{c}", "/wxb/api/jubao/submit",
                    [("10130", "Possible Remote File Inclusion (RFI) Attack: Off-Domain Reference/Link",
                      "Matched Data: https://sso.zwfw-guizhou.com.cn.login-verify.cc/auth found within "
                      "TX:rfi_parameter_ARGS:json.bjbwz: .sso.zwfw-guizhou.com.cn.login-verify.cc")],
                    method="POST") for c in range(1, 5) for _ in range(2)]
    assert [(p.rule, p.target, p.commented) for p in triage.triage(lines).proposals] == [
        (931130, "ARGS:json.bjbwz", False)]


def test_a_site_running_several_packages_is_read_like_any_other() -> None:
    """The transaction id of a site declaring two packages is "<site>.<profile>.coremail+geoserver.<id>"."""
    lines = [_entry("linhe", f"198.51.100.{c}", "/hdjl/letters/submit", [_sqli("ARGS:content", "select from")],
                    method="POST", packages="coremail+geoserver") for c in range(1, 5) for _ in range(2)]
    assert [(p.site, p.requests, p.clients) for p in triage.triage(lines).proposals] == [("linhe", 8, 4)]


_TYPE_REFUSED = [("920420", "Request content type is not allowed by policy",
                  "Matched Data: |text/x-json| found within TX:content_type: |text/x-json|"),
                 ("921422", "Content-Type header: Dangerous content type outside the mime type declaration",
                  "Matched Data: /shanghai found within REQUEST_HEADERS:Content-Type: x")]


def _typed(header: str, n_clients: int = 4, path: str = "/mail/s/json") -> list[str]:
    return [_entry("linhe", f"198.51.100.{c}", path, _TYPE_REFUSED, method="POST", ctype=header)
            for c in range(1, n_clients + 1) for _ in range(2)]


def test_a_json_type_no_profile_allows_becomes_a_content_types_proposal() -> None:
    """The type check and the header rules of one request are one finding, answered by one declaration;
    the YAML is the entry's own shape and does not validate until someone signs it."""
    headers = ['text/x-json; tz="Asia/Shanghai"', "text/x-json;charset=UTF-8"]
    r = triage.triage(_typed(headers[0]) + _typed(headers[1]))
    assert r.proposals == [] and r.refusals == []
    [b] = r.body_types
    assert (b.site, b.path, b.type, b.parameters, b.body, b.requests, b.clients) == (
        "linhe", "/mail/s/json", "text/x-json", ("charset", "tz"), "json", 16, 4)
    doc = yaml.safe_load(triage.to_yaml(r, date(2026, 12, 5)))
    assert doc == {"waf": {"content_types": [{
        "paths": ["/mail/s/json"], "type": "text/x-json", "parameters": ["charset", "tz"], "body": "json",
        "reason": f"burn-in 16 requests from 4 clients, {triage.REVIEW_PLACEHOLDER}"}]}}
    assert triage._syntax("application/soap+xml") == "xml" and triage._syntax("application/vnd.api+json") == "json"


_METHOD_REFUSED = [("911100", "Method is not allowed by policy",
                    "Matched Data: PROPFIND found within REQUEST_METHOD: PROPFIND")]


def _dav(method: str, n_clients: int = 4, path: str = "/caldav/{c}/calendar/") -> list[str]:
    msgs = [(rid, msg, data.replace("PROPFIND", method)) for rid, msg, data in _METHOD_REFUSED]
    return [_entry("linhe", f"198.51.100.{c}", path.format(c=c), msgs, method=method)
            for c in range(1, n_clients + 1) for _ in range(2)]


def test_a_services_methods_become_one_methods_proposal_on_its_directory() -> None:
    """911100 on PROPFIND and REPORT from many calendar clients, each under its own user's path: one waf.methods
    proposal on the service's top directory (ADR 0036), unsigned; TRACE is explained, never proposed."""
    r = triage.triage(_dav("PROPFIND") + _dav("REPORT") + _dav("TRACE"))
    assert r.proposals == [] and r.body_types == []
    [m] = r.methods
    assert (m.site, m.path, m.methods, m.requests, m.clients) == ("linhe", "/caldav/", ("PROPFIND", "REPORT"), 16, 4)
    assert {(x.rule, "a profile or client setting" in x.why) for x in r.refusals} == {(911100, True)}
    assert sum(x.requests for x in r.refusals) == 8  # the TRACE requests, explained
    doc = yaml.safe_load(triage.to_yaml(r, date(2026, 12, 7)))
    assert doc == {"waf": {"methods": [{"paths": ["/caldav/"], "methods": ["PROPFIND", "REPORT"],
                                        "reason": f"burn-in 16 requests from 4 clients, {triage.REVIEW_PLACEHOLDER}"}]}}


def test_a_method_from_one_client_or_at_the_root_is_not_proposed() -> None:
    assert triage.triage(_dav("PUT", n_clients=1)).methods == []
    r = triage.triage(_dav("PUT", path="/x{c}.ics"))
    assert r.methods == [] and any("site root" in x.why for x in r.refusals)


@pytest.mark.parametrize("header,why", [
    ("application/octet-stream", "no declaration can pin"),  # no syntax in its name: not JSON or XML
    ('application/soap+xml; action="urn:tempuri:get"', "no declaration can pin"),  # ':' in a value
    ("multipart/form-data; boundary=x", "no declaration can pin"),  # a form type is never declared
    ("text/x-json\r\nx: y", "no declaration can pin"),
])
def test_a_type_a_declaration_cannot_pin_is_explained(header: str, why: str) -> None:
    r = triage.triage(_typed(header))
    assert r.body_types == [] and r.refusals and all(why in x.why for x in r.refusals if x.rule == 920420), r.refusals


def test_a_body_type_from_one_client_or_on_the_root_is_not_proposed() -> None:
    assert triage.triage(_typed("text/x-json", n_clients=1)).body_types == []
    r = triage.triage(_typed("text/x-json", path="/"))
    assert r.body_types == [] and any("site root" in x.why for x in r.refusals)


def test_one_address_repeating_itself_is_not_the_sites_traffic() -> None:
    r = triage.triage(_letters(1, per_client=20))
    assert not r.proposals
    [refusal] = r.refusals
    assert "1 clients" in refusal.why and refusal.requests == 20


def test_below_the_threshold_nothing_is_proposed() -> None:
    lines = [_entry("linhe", f"198.51.100.{c}", "/hdjl/letters/submit",
                    [_sqli("ARGS:content", "x")], over=False) for c in range(1, 9)]
    r = triage.triage(lines)
    assert r.transactions == 8 and r.over_threshold == 0 and not r.proposals


def test_attack_shaped_requests_are_left_out_of_every_group() -> None:
    shaped = [("942100", "SQLi", "Matched Data: x found within ARGS:q: x"),
              ("941100", "XSS", "Matched Data: x found within ARGS:q: x"),
              ("932160", "RCE", "Matched Data: x found within ARGS:q: x")]
    r = triage.triage([_entry("linhe", f"203.0.113.{c}", "/search", shaped) for c in range(1, 9)])
    assert r.attack_shaped == 8 and not r.proposals


def test_a_platform_copy_is_proposed_as_the_crs_rule_it_replaces() -> None:
    """An audit log on the tuned tier shows the platform's copies (10260 for 942260; 10274 and 10277 both
    for 920272): the site entry takes CRS ids, and ctl_remove covers every copy through its tag."""
    copy = render.replaced_by_copy()
    assert copy[10260] == 942260 and copy[10274] == 920272 and copy[10277] == 920272
    lines = [_entry("linhe", f"198.51.100.{c}", "/hdjl/letters/submit",
                    [("10260", "SQL probe", "Matched Data: '， found within ARGS:content: 她说'明天'，")])
             for c in range(1, 4)]
    [p] = triage.triage(lines).proposals
    assert (p.rule, p.target) == (942260, "ARGS:content")


@pytest.mark.parametrize("rule,why", [
    ("11081", "admin ACL"),  # access control, not a score
    ("913100", "scanner"),
    ("920420", "no declaration can pin"),  # no Content-Type with a syntax in the entry
    ("920470", "protocol"),
])
def test_what_is_not_a_parameters_content_is_explained_not_excepted(rule: str, why: str) -> None:
    msg = triage.ADMIN_MESSAGE if rule == "11081" else "finding"
    lines = [_entry("linhe", f"198.51.100.{c}", "/cms/count.do",
                    [(rule, msg, "Matched Data: x found within REQUEST_HEADERS:Content-Type: x")],
                    over=rule != "11081") for c in range(1, 6)]
    r = triage.triage(lines)
    assert not r.proposals and r.refusals and why in r.refusals[0].why


def test_a_protocol_rule_on_one_named_argument_is_that_arguments_content() -> None:
    """920272's copy 10274 on a 指标 unit, 921110 on a log line: one rule, one path, one argument (stop 29)."""
    lines = [_entry("linhe", f"198.51.100.{c}", "/qybz/api/save", [
        ("10274", "Invalid character", "Matched Data: )% found within ARGS:json.yw: 湿度 (50±10)% 条件"),
        ("921110", "smuggling", "Matched Data: get /x http/1.1 found within ARGS:json.rz: 日志 GET /x HTTP/1.1")])
        for c in range(1, 4)]
    r = triage.triage(lines)
    assert [(p.rule, p.target) for p in r.proposals] == [(920272, "ARGS:json.yw"), (921110, "ARGS:json.rz")]


def test_a_rule_that_read_the_path_or_the_site_root_gets_no_exception() -> None:
    on_path = [_entry("linhe", f"198.51.100.{c}", "/a/../etc/passwd",
                      [("930100", "traversal", "Matched Data: ../ found within REQUEST_FILENAME: /a/../etc")])
               for c in range(1, 6)]
    at_root = [_entry("linhe", f"198.51.100.{c}", "/", [_sqli("ARGS:q", "x")]) for c in range(1, 6)]
    r = triage.triage(on_path + at_root)
    assert not r.proposals
    assert {x.why.split(":")[0] for x in r.refusals} == {"the rule read the path itself", "the site root"}


def test_rest_paths_with_ids_merge_into_their_directory() -> None:
    lines = [_entry("linhe", f"198.51.100.{c}", f"/api/article/{1000 + c}/comments",
                    [_sqli("ARGS:json.text", "select 申报 from 系统")]) for c in range(1, 5)]
    lines += [_entry("linhe", f"198.51.100.{c}", f"/api/article/{1000 + c}", [_sqli("ARGS:q", "x")])
              for c in range(1, 5)]
    r = triage.triage(lines)
    # /api/article/100N/comments: four files, one request each, but four directories: no merge
    # /api/article/100N: four sibling files of /api/article/: one directory proposal
    assert [(p.path, p.target) for p in r.proposals] == [("/api/article/", "ARGS:q")]


def test_a_target_the_entry_cannot_name_is_proposed_broader_and_commented_out() -> None:
    lines = [_entry("linhe", f"198.51.100.{c}", "/form/submit",
                    [("942120", "SQL operator", "Matched Data: >= found within ARGS_NAMES:json.rule.>=.array_1: x")])
             for c in range(1, 4)]
    [p] = triage.triage(lines).proposals
    assert p.target is None and p.commented
    text = triage.to_yaml(triage.triage(lines), date(2026, 12, 4))
    assert "\n    # - rule: 942120" in text and "BROADER" in text


def _ticket(client: str, var: str = "ARGS:json.description", chinese: bool = True,
            path: str = "/api/ticket/submit") -> str:
    """A 运维工单 whose description holds a pasted log, SQL and a command: three rules of three families on one
    field, and 921110 on the JSON body's raw text."""
    text = "网厅 504，日志如下 " if chinese else "see log "
    return _entry("linhe", client, path, [
        ("921110", "HTTP Request Smuggling Attack", 'Matched Data: get /api/x http/1.1 found within REQUEST_BODY: {"d'),
        ("942100", "SQLi libinjection", f"Matched Data: s&sos found within {var}: {text}select a from t where b = '1'"),  # noqa: S608
        ("932150", "RCE", f"Matched Data: kubectl get found within {var}: {text}kubectl get pods | grep -v Running"),
        ("930120", "LFI", f"Matched Data: etc/os-release found within {var}: {text}cat /etc/os-release"),
    ], method="POST", ctype="application/json;charset=utf-8")


def test_a_field_of_pasted_technical_text_becomes_one_text_field_proposal() -> None:
    """Four rules, three families (attack-shaped to the exception path), one field, Chinese text, four clients:
    one waf.text_fields proposal answers them all; no exception is proposed for that field."""
    r = triage.triage([_ticket(f"198.51.100.{c}") for c in range(1, 5) for _ in range(2)])
    assert [(t.site, t.path, t.target, t.rules, t.requests, t.clients) for t in r.text_fields] == [
        ("linhe", "/api/ticket/submit", "ARGS:json.description", (921110, 930120, 932150, 942100), 8, 4)]
    assert not r.proposals and r.attack_shaped == 0
    doc = yaml.safe_load(triage.to_yaml(r, date(2026, 12, 6)))
    [item] = doc["waf"]["text_fields"]
    assert item["paths"] == ["/api/ticket/submit"] and item["targets"] == ["ARGS:json.description"]
    # Unsigned, it does not validate: the reason names no reviewer, stored and shown say TODO.
    schema = {"type": "array", "items": SITE_SCHEMA["properties"]["waf"]["properties"]["text_fields"]["items"]}
    errors = {e.path[-1] for e in jsonschema.Draft202012Validator(schema).iter_errors([item])}
    assert errors == {"reason", "stored", "shown"}


def test_where_exceptions_answer_every_request_no_text_field_is_proposed() -> None:
    """Narrowest first: two rules on a letter field, each from four clients, are two exceptions."""
    lines = [_entry("linhe", f"198.51.100.{c}", "/hdjl/letters/submit", [
        _sqli("ARGS:content", "请问 select 申报 from 系统"),
        ("942200", "SQL", "Matched Data: , x found within ARGS:content: 请问 a, 'b' 的 口径")], method="POST")
        for c in range(1, 5) for _ in range(2)]
    r = triage.triage(lines)
    assert r.text_fields == [] and [(p.rule, p.target) for p in r.proposals] == [
        (942100, "ARGS:content"), (942200, "ARGS:content")]


@pytest.mark.parametrize(("lines", "why"), [
    ([_ticket(f"203.0.113.{c}", chinese=False) for c in range(1, 9)], "no Chinese text: a scanner's shape"),
    ([_ticket("203.0.113.1") for _ in range(8)], "one client"),
    ([_entry("linhe", f"198.51.100.{c}", "/api/ticket/submit", [
        _sqli("ARGS:json.description", "网厅 select a from t"),
        ("932150", "RCE", "Matched Data: x found within ARGS:json.title: 网厅 kubectl get pods")],
        method="POST", ctype="application/json") for c in range(1, 9)], "two fields"),
    (_letters(4), "one rule: an exception is narrower"),
    ([_ticket(f"198.51.100.{c}", path="/") for c in range(1, 9)], "the site root"),
])
def test_what_is_not_a_text_field_is_not_proposed_as_one(lines: list[str], why: str) -> None:
    assert triage.triage(lines).text_fields == [], why


def _json_finding(rule: str, var: str, value: str) -> tuple[str, str, str]:
    return (rule, "finding", f"Matched Data: x found within {var}: {value}")


def _declared(values: list[str], path: str, var: str, extra: tuple[str, ...] = ()) -> list[str]:
    """Four clients each sending every value, flagged by libinjection and a platform SQL copy (and ``extra`` rules)."""
    return [_entry("linhe", f"198.51.100.{c}", path, [_sqli(var, v), _json_finding("10120", var, v)]
                   + [_json_finding(r, var, v) for r in extra], method="POST", ctype="application/json")
            for c in range(1, 5) for v in values]


def test_conditions_and_formulas_become_filter_field_proposals_not_exceptions() -> None:
    """Every flagged value of one argument wholly one language, every finding a rule the language leaves: one
    filter field per argument (narrower than the exceptions: any other value still meets every rule)."""
    lines = _declared(["A && (B || !C)", "(A || C) && !D"], "/kb/api/scene/save", "ARGS:json.expr")
    lines += _declared(["min(max(本年 - 上年, 0) * 0.1, 100)", "if(人数 >= 10, 5000, 2000)"], "/calc/evaluate",
                       "ARGS:json.formula", extra=("932140",))
    r = triage.triage(lines)
    assert not r.proposals and not r.refusals
    assert [(f.path, f.target, f.language, f.rules, f.requests, f.clients) for f in r.filter_fields] == [
        ("/calc/evaluate", "ARGS:json.formula", "formula", (932140, 942100, 942120), 8, 4),
        ("/kb/api/scene/save", "ARGS:json.expr", "boolean-expression", (942100, 942120), 8, 4)]
    doc = yaml.safe_load(triage.to_yaml(r, date(2026, 12, 6)))
    assert doc["waf"]["filter_fields"] == [
        {"paths": ["/calc/evaluate"], "targets": ["ARGS:json.formula"], "language": "formula",
         "reason": f"burn-in 8 requests from 4 clients, {triage.REVIEW_PLACEHOLDER}"},
        {"paths": ["/kb/api/scene/save"], "targets": ["ARGS:json.expr"], "language": "boolean-expression",
         "reason": f"burn-in 8 requests from 4 clients, {triage.REVIEW_PLACEHOLDER}"}]
    signed = {**doc["waf"], "filter_fields": [{**f, "reason": "reviewed by 王工"} for f in doc["waf"]["filter_fields"]]}
    jsonschema.validate(signed["filter_fields"], SITE_SCHEMA["properties"]["waf"]["properties"]["filter_fields"])



def test_every_filter_language_is_tried() -> None:
    """A language added to filter_fields.LANGUAGES and not to FILTER_ORDER would never be proposed."""
    assert sorted(triage.FILTER_ORDER) == sorted(filter_fields.LANGUAGES) and len(set(triage.FILTER_ORDER)) == len(
        triage.FILTER_ORDER)
    # triage reads "the SQL rules leave it" as the 942xxx file: what REMOVED_TAGS names.
    assert filter_fields.REMOVED_TAGS == ("attack-sqli",)

@pytest.mark.parametrize(("values", "extra", "why"), [
    (["A && (B || !C)", "A && B' or '1"], (), "one value is no expression"),
    (["A && (B || !C)", "(A || C) && !D"], ("941100",), "an XSS finding on the field: no language leaves it"),
    (["研发费用", "申报"], (), "a lone word is no query"),
    (["她说'明天'，", "请问 a 的 口径"], (), "prose"),
])
def test_a_filter_field_is_not_proposed_unless_it_answers_every_finding(values: list[str], extra: tuple[str, ...],
                                                                       why: str) -> None:
    r = triage.triage(_declared(values, "/kb/api/scene/save", "ARGS:json.expr", extra))
    assert not r.filter_fields, why
    assert {(p.rule, p.target) for p in r.proposals} >= {(942100, "ARGS:json.expr")}, why


def test_the_yaml_is_the_entrys_shape_and_a_request_reaches_it_only_as_one_comment_line() -> None:
    hostile = "x\nwaf:\n  exceptions:\n    - rule: 941100\n      path: /\r\n#"
    lines = [_entry("linhe", f"198.51.100.{c}", "/hdjl/letters/submit", [_sqli("ARGS:content", hostile)], method="POST")
             for c in range(1, 4)]
    text = triage.to_yaml(triage.triage(lines), date(2026, 12, 4), days=90)
    doc = yaml.safe_load(text)
    assert doc == {"waf": {"exceptions": [{
        "rule": 942100, "path": "/hdjl/letters/submit", "target": "ARGS:content",
        "reason": f"burn-in 3 requests from 3 clients, {triage.REVIEW_PLACEHOLDER}", "expires": date(2027, 3, 4)}]}}
    assert "941100" not in "".join(x for x in text.splitlines() if not x.lstrip().startswith("#"))


def test_a_variable_or_path_the_tool_refuses_reaches_the_yaml_only_as_a_comment() -> None:
    """A refused group's variable comes from the request: a JSON key may hold a line break and YAML."""
    key = "ARGS_NAMES:json.x\nwaf:\n  exceptions:\n    - rule: 941100\n      path: /\u2028y"
    lines = [_entry("linhe", "198.51.100.1", "/hdjl/letters/submit", [_sqli(key, "x")], method="POST")]
    text = triage.to_yaml(triage.triage(lines), date(2026, 12, 4))
    assert triage.triage(lines).refusals and yaml.safe_load(text) is None  # comments only
    assert all(line.startswith("#") or not line.strip() for line in text.splitlines())


def test_lines_that_are_not_audit_entries_are_skipped() -> None:
    lines = ["nginx: [warn] something", "{not json", json.dumps({"transaction": {"unique_id": "no"}}),
             json.dumps({"transaction": []}), json.dumps({"transaction": {"unique_id": f"linhe.s.-.{'a' * 32}",
                                                                          "messages": ["x", {"details": 3}]}}),
             *_letters(3, per_client=1)]
    r = triage.triage(lines, site="linhe")
    assert r.transactions == 4 and len(r.proposals) == 1  # the garbled entry of linhe is read, and skipped
    assert triage.triage(lines, site="other").transactions == 0


# --- the real tier --------------------------------------------------------------------------------

BURN_HOST, PLAIN_HOST, TUNED_HOST = "burn.triage.test.gov.cn", "plain.triage.test.gov.cn", "tuned.triage.test.gov.cn"
FORM = {**attacks.BASE, "Content-Type": "application/x-www-form-urlencoded"}
LETTERS = ["您好，关于系统申报，select 申报 from 系统 where 条件 union 查询 的说法是否属实？",
           "请问 1=1 的统计口径 or 2=2 哪个准确？select 申报 from 系统",
           "办事指南写的 select 材料 from 清单 where 类型='个人' 看不懂，请解释。"]
ORDINARY = [Req("POST", "/hdjl/letters/submit", FORM, "title=" + urllib.parse.quote("咨询") + "&content=" +
                urllib.parse.quote(text)) for text in LETTERS]
ATTACKS = [Req("POST", "/hdjl/letters/submit", FORM, "title=x&content=" + urllib.parse.quote(a)) for a in (
    "<script>alert(document.cookie)</script>", "1' union select username,password from admin--",
    "; cat /etc/passwd", "../../../../etc/passwd")] + [
    Req("POST", "/hdjl/letters/submit", FORM, "title=" + urllib.parse.quote("1' or '1'='1") + "&content=x")]


# A webmail-like client posting JSON as a type no profile allows (what coremail's package declares, here a
# site's own service): burn-in proposes waf.content_types for it.
TYPED = {**attacks.BASE, "Content-Type": 'text/x-json; tz="Asia/Shanghai"'}
TYPED_ORDINARY = [Req("POST", "/mail/s/json", TYPED, json.dumps({"func": "mbox:listMessages", "attrs": {
    "fid": 1, "subject": subject}}, ensure_ascii=False)) for subject in ("会议通知", "关于报送2026年度预算的函")]
TYPED_ATTACKS = [Req("POST", "/mail/s/json", TYPED, json.dumps({"func": "mbox:listMessages", "attrs": {
    "subject": a}})) for a in ("1' union select username,password from admin--", "<script>alert(1)</script>")]


def _as(client: str, q: Req) -> Req:
    return dataclasses.replace(q, headers={**q.headers, "X-Forwarded-For": client})


@pytest.mark.slow
def test_burn_in_triage_then_the_signed_proposals_pass_the_forms_and_still_refuse_attacks() -> None:
    with tempfile.TemporaryDirectory() as tmp, Backend() as backend:
        work = Path(tmp)
        # A strict site's burn-in: its own paranoia level in DetectionOnly, so the log holds what strict refuses.
        burn_in = dataclasses.replace(factory.load_profile("strict"), name="burn-strict", engine="DetectionOnly")
        burn = factory.site("t-burn", (BURN_HOST,), burn_in)
        plain = factory.site("t-plain", (PLAIN_HOST,), factory.load_profile("strict"))
        nginx = site_tier(work / "before", backend.url, [burn, plain])
        with nginx:
            # Five citizens write letters; one address sends an attack battery to the same form.
            for c in range(1, 6):
                for q in ORDINARY + TYPED_ORDINARY:
                    assert send(nginx.port, BURN_HOST, _as(f"198.51.100.{c}", q), source=GATEWAY).status == 200
            for q in ATTACKS:
                send(nginx.port, BURN_HOST, _as("203.0.113.66", q), source=GATEWAY)
            refused = [send(nginx.port, PLAIN_HOST, q, source=GATEWAY).status for q in ORDINARY]
            assert refused.count(403) >= 2, refused  # what makes the letters a case for an exception
            assert [send(nginx.port, PLAIN_HOST, q, source=GATEWAY).status for q in TYPED_ORDINARY] == [403, 403]
            nginx.stop()
            # as `sitegroup waf triage` reads it: libmodsecurity logs matched bytes as they are, not always UTF-8
            log = (work / "before" / "logs" / "modsec_audit.json").read_text(encoding="utf-8", errors="replace")
        # The CLI, as an operator runs it.
        out = subprocess.run([sys.executable, "-m", "sitegroup", "waf", "triage", "--audit-log",
                              str(work / "before" / "logs" / "modsec_audit.json"), "--site", "t-burn"],
                             capture_output=True, text=True, cwd=REPO, check=True).stdout
        assert out == triage.to_yaml(triage.triage(log.splitlines(), site="t-burn"), date.today())
        proposed = yaml.safe_load(out)["waf"]["exceptions"]
        assert proposed and {(x["path"], x.get("target")) for x in proposed} == {
            ("/hdjl/letters/submit", "ARGS:content")}, out
        assert "203.0.113.66" not in out
        typed = yaml.safe_load(out)["waf"]["content_types"]
        assert [(x["paths"], x["type"], x["parameters"], x["body"]) for x in typed] == [
            (["/mail/s/json"], "text/x-json", ["tz"], "json")], out
        # Signed by a reviewer, into a strict site's entry.
        signed = tuple(WafException(rule_id=x["rule"], rule_tag=None, path=x["path"], target=x.get("target"),
                                    reason=x["reason"].replace(triage.REVIEW_PLACEHOLDER, "reviewed by 王工"),
                                    expires=x["expires"]) for x in proposed)
        tuned = factory.site("t-tuned", (TUNED_HOST,), factory.load_profile("strict"), exceptions=signed)
        tuned = dataclasses.replace(tuned, waf=dataclasses.replace(tuned.waf, content_types=body_types.from_data(
            [{**x, "reason": x["reason"].replace(triage.REVIEW_PLACEHOLDER, "reviewed by 王工")} for x in typed])))
        nginx = site_tier(work / "after", backend.url, [tuned, plain])
        with nginx:
            assert [send(nginx.port, TUNED_HOST, q, source=GATEWAY).status for q in ORDINARY] == [200] * len(ORDINARY)
            assert [send(nginx.port, TUNED_HOST, q, source=GATEWAY).status for q in ATTACKS] == [403] * len(ATTACKS)
            assert [send(nginx.port, TUNED_HOST, q, source=GATEWAY).status for q in TYPED_ORDINARY] == [200, 200]
            assert [send(nginx.port, TUNED_HOST, q, source=GATEWAY).status for q in TYPED_ATTACKS] == [403, 403]


def test_the_cli_says_what_is_wrong_and_writes_nothing(tmp_path: Path, capsys) -> None:
    from sitegroup.cli import main

    assert main(["waf", "triage", "--audit-log", str(tmp_path / "missing.json")]) == 1
    assert "cannot read the audit log" in capsys.readouterr().err
    log = tmp_path / "audit.json"
    log.write_text("\n".join(_letters(3, per_client=1)), encoding="utf-8")
    assert main(["waf", "triage", "--audit-log", str(log), "--min-clients", "0"]) == 2
    assert "--min-clients" in capsys.readouterr().err
    assert main(["waf", "triage", "--audit-log", str(log), "--site", "linhe"]) == 0
    assert "- rule: 942100" in capsys.readouterr().out
    assert sorted(p.name for p in tmp_path.iterdir()) == ["audit.json"]


@pytest.mark.slow
def test_burn_in_of_conditions_and_formulas_proposes_filter_fields_that_hold() -> None:
    """The real tier: a strict site's burn-in takes a knowledge base's conditions and a calculator's formulas from
    five citizens; triage proposes two filter fields (no exception); signed, they let every value through on a
    strict site and every injection the plain strict site refuses is refused there too."""
    from tests.waf.test_filter_fields import BOOLEAN, BOOLEAN_INJECTIONS, FORMULA_INJECTIONS, FORMULAS

    fields = {"/kb/rules/save": ("expr", BOOLEAN, BOOLEAN_INJECTIONS),
              "/calc/evaluate": ("formula", FORMULAS, FORMULA_INJECTIONS)}

    def post(path: str, value: str) -> Req:
        key = fields[path][0]
        return Req("POST", path, {**attacks.BASE, "Content-Type": "application/json"},
                   json.dumps({"id": 7, key: value}, ensure_ascii=False))

    with tempfile.TemporaryDirectory() as tmp, Backend() as backend:
        work = Path(tmp)
        burn_in = dataclasses.replace(factory.load_profile("strict"), name="burn-strict", engine="DetectionOnly")
        plain = factory.site("t-plain", (PLAIN_HOST,), factory.load_profile("strict"))
        nginx = site_tier(work / "before", backend.url, [factory.site("t-burn", (BURN_HOST,), burn_in), plain])
        with nginx:
            for c in range(1, 6):
                for path, (_, values, _) in fields.items():
                    for v in values:
                        send(nginx.port, BURN_HOST, _as(f"198.51.100.{c}", post(path, v)), source=GATEWAY)
            refused_plain = {path: [v for v in bad if send(nginx.port, PLAIN_HOST, post(path, v), source=GATEWAY)
                                    .status == 403] for path, (_, _, bad) in fields.items()}
            flagged = {path: [v for v in ok if send(nginx.port, PLAIN_HOST, post(path, v), source=GATEWAY)
                              .status == 403] for path, (_, ok, _) in fields.items()}
        log = (work / "before" / "logs" / "modsec_audit.json").read_text(encoding="utf-8", errors="replace")
        result = triage.triage(log.splitlines(), site="t-burn")
        assert all(flagged.values()), flagged  # what makes the fields a case for a declaration
        assert [(f.path, f.target, f.language) for f in result.filter_fields] == [
            ("/calc/evaluate", "ARGS:json.formula", "formula"),
            ("/kb/rules/save", "ARGS:json.expr", "boolean-expression")]
        assert not result.proposals, result.proposals
        signed = tuple(ff for ff, _ in triage.signed_filter_fields(result.filter_fields, "reviewed by 王工"))
        tuned = factory.site("t-tuned", (TUNED_HOST,), factory.load_profile("strict"))
        tuned = dataclasses.replace(tuned, waf=dataclasses.replace(tuned.waf, filter_fields=signed))
        nginx = site_tier(work / "after", backend.url, [tuned, plain])
        with nginx:
            for path, (_, ok, _) in fields.items():
                served = [send(nginx.port, TUNED_HOST, post(path, v), source=GATEWAY).status for v in ok]
                assert served == [200] * len(ok), (path, served)
                assert len(refused_plain[path]) >= 10
                passed = [v for v in refused_plain[path]
                          if send(nginx.port, TUNED_HOST, post(path, v), source=GATEWAY).status != 403]
                assert not passed, (path, passed)


def test_a_chained_copy_logging_matched_var_is_attributed_to_the_argument_with_that_value() -> None:
    """10200 (932200's copy) logs MATCHED_VAR; the request's other findings name ARGS:json.formula with that value."""
    v = "floor(面积 / 50) * 1000"
    lines = [_entry("linhe", f"198.51.100.{c}", "/calc/evaluate", [
        _sqli("ARGS:json.formula", v), ("10200", "RCE bypass", f"Matched Data: / 50) * found within MATCHED_VAR: {v}")],
        method="POST", ctype="application/json") for c in range(1, 5)]
    r = triage.triage(lines)
    assert [(f.target, f.language, f.rules) for f in r.filter_fields] == [
        ("ARGS:json.formula", "formula", (932200, 942100))] and not r.proposals
    other = [x.replace("MATCHED_VAR: floor", "MATCHED_VAR: ceil") for x in lines]  # no argument with that value
    r = triage.triage(other)
    assert [(p.rule, p.target, p.commented) for p in r.proposals] == [(932200, None, True)]
    assert [(f.target, f.rules) for f in r.filter_fields] == [("ARGS:json.formula", (942100,))]


def test_a_filter_field_answers_what_would_otherwise_become_a_text_field() -> None:
    """Rules seen too seldom for an exception (942410 from one client, 942460 from another) leave requests open; the
    filter field leaves them too, so no text field (which would take the command rules off as well) is proposed."""
    v = "min(max(研发费用本年 - 研发费用上年, 0) * 0.1, 100)"
    lines = []
    for c in range(1, 5):
        for _ in range(2):
            rare = [_json_finding({1: "10410", 2: "10460"}[c], "ARGS:json.formula", v)] if c in (1, 2) else []
            lines.append(_entry("linhe", f"198.51.100.{c}", "/calc/evaluate", [
                _sqli("ARGS:json.formula", v), _json_finding("10650", "ARGS:json.formula", v), *rare],
                method="POST", ctype="application/json"))
    r = triage.triage(lines)
    assert [(f.target, f.language, f.rules) for f in r.filter_fields] == [
        ("ARGS:json.formula", "formula", (942100, 942150, 942410, 942460))]
    assert not r.text_fields and not r.proposals and r.attack_shaped == 0


# --- an editor's HTML: an HTML field, not XSS exceptions (stop 40) ---------------------------------------------

ARTICLE = ('<p>某食品企业通过平台获得纯信用贷款300万元。</p><p><img src="/upload/2027/5b3d.jpg" alt="签约现场" '
           'style="width: 100%;"></p>')


def _saves(values: list[str], clients: int = 4, path: str = "/xyd/api/article/save",
           var: str = "ARGS:json.content", rules: tuple[str, ...] = ("941160", "10260")) -> list[str]:
    """An editor's saves from several staff: 941160 and a platform XSS copy (10260, 941320's) on one field."""
    return [_entry("linhe", f"10.20.7.{c}", path, [_json_finding(r, var, v) for r in rules], method="POST",
                   ctype="application/json") for c in range(1, clients + 1) for v in values]


def test_an_editors_html_becomes_an_html_field_proposal_not_xss_exceptions() -> None:
    """Every finding an XSS rule, every value markup the allow-list check passes, four clients: one waf.html_fields
    proposal in place of the exceptions (which would let any markup through); unsigned, it does not validate."""
    r = triage.triage(_saves([ARTICLE, "<p>第二段</p><table><tr><td>城关镇</td></tr></table>"]))
    assert [(h.path, h.target, h.rules, h.requests, h.clients) for h in r.html_fields] == [
        ("/xyd/api/article/save", "ARGS:json.content", (941160, render.replaced_by_copy()[10260]), 8, 4)]
    assert not r.proposals and not r.text_fields and not r.filter_fields
    doc = yaml.safe_load(triage.to_yaml(r, date(2026, 12, 7)))
    [item] = doc["waf"]["html_fields"]
    assert item["paths"] == ["/xyd/api/article/save"] and item["targets"] == ["ARGS:json.content"]
    schema = {"type": "array", "items": SITE_SCHEMA["properties"]["waf"]["properties"]["html_fields"]["items"]}
    errors = {e.path[-1] for e in jsonschema.Draft202012Validator(schema).iter_errors([item])}
    assert errors == {"reason", "sanitiser"}
    signed = {**item, "reason": "reviewed by 王工", "sanitiser": "jsoup Safelist.relaxed()"}
    jsonschema.validate([signed], schema)


@pytest.mark.parametrize(("lines", "why"), [
    (_saves([ARTICLE, "<p>x</p><script>alert(1)</script>"]), "one value holds a script: the check would score it"),
    (_saves([ARTICLE, '<img src="/a.png" onerror="alert(1)">']), "an event handler"),
    (_saves([ARTICLE, '<a href="jav&#x61;script:alert(1)">x</a>']), "a javascript: URL behind an entity"),
    (_saves(["没有标签的正文 javascript 一词"], rules=("941160",)), "no element: not an editor's output"),
    (_saves([ARTICLE], rules=("941160", "942100")), "libinjection SQLi: a rule an HTML field does not leave"),
    (_saves([ARTICLE], clients=1) * 4, "one client"),
    (_saves([ARTICLE], path="/"), "the site root"),
])
def test_what_is_not_an_editors_field_is_not_proposed_as_one(lines: list[str], why: str) -> None:
    assert triage.triage(lines).html_fields == [], why


@pytest.mark.slow
def test_burn_in_of_an_editor_proposes_an_html_field_that_holds() -> None:
    """The real tier: a strict site's burn-in takes a CMS's article saves (EDITOR_HTML, JSON) from five staff;
    triage proposes one HTML field (no exception); signed, every save passes on a strict site, and every payload of
    the attack corpus inside the same HTML is refused there: XSS by the allow-list check, the rest by CRS."""
    from tests.waf.test_html_fields import EDITOR_HTML

    path = "/xyd/api/article/save"

    def save(content: str) -> Req:
        return Req("POST", path, {**attacks.BASE, "Content-Type": "application/json"},
                   json.dumps({"id": 7, "title": "便民服务点", "content": content}, ensure_ascii=False))

    articles = [EDITOR_HTML, ARTICLE, "<p>通知</p><ol><li>第一条</li><li>第二条</li></ol>"]
    hostile = [f"<p>正文</p><p>{p}</p>" for ps in attacks.FAMILIES.values() for p in ps]
    with tempfile.TemporaryDirectory() as tmp, Backend() as backend:
        work = Path(tmp)
        burn_in = dataclasses.replace(factory.load_profile("strict"), name="burn-strict", engine="DetectionOnly")
        plain = factory.site("t-plain", (PLAIN_HOST,), factory.load_profile("strict"))
        nginx = site_tier(work / "before", backend.url, [factory.site("t-burn", (BURN_HOST,), burn_in), plain])
        with nginx:
            for c in range(1, 6):
                for a in articles:
                    send(nginx.port, BURN_HOST, _as(f"198.51.100.{c}", save(a)), source=GATEWAY)
            flagged = [a for a in articles if send(nginx.port, PLAIN_HOST, save(a), source=GATEWAY).status == 403]
        log = (work / "before" / "logs" / "modsec_audit.json").read_text(encoding="utf-8", errors="replace")
        result = triage.triage(log.splitlines(), site="t-burn")
        assert flagged, "the saves are refused on a strict site: what makes the field a case for a declaration"
        assert [(h.path, h.target) for h in result.html_fields] == [(path, "ARGS:json.content")]
        assert not result.proposals, result.proposals
        signed = tuple(hf for hf, _ in triage.signed_html_fields(result.html_fields, "reviewed by 王工"))
        tuned = factory.site("t-tuned", (TUNED_HOST,), factory.load_profile("strict"))
        tuned = dataclasses.replace(tuned, waf=dataclasses.replace(tuned.waf, html_fields=signed))
        nginx = site_tier(work / "after", backend.url, [tuned, plain])
        with nginx:
            assert [send(nginx.port, TUNED_HOST, save(a), source=GATEWAY).status for a in articles] == [200] * 3
            passed = [v for v in hostile if send(nginx.port, TUNED_HOST, save(v), source=GATEWAY).status != 403]
            assert len(hostile) >= 20 and not passed, passed
