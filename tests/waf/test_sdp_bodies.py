"""Declared text bodies (body_types, ``body: text``): WHIP/WHEP's application/sdp on the srs-webrtc package's
paths is not parsed as a form; SDP (not JSON) is read WHOLE by CRS's paranoia-1 attack rules, as an unparsed
text/plain body is (ADR 0019)."""

from __future__ import annotations

import uuid

import pytest

from sitegroup.model import ContentType
from sitegroup.waf import body_types, cms, modsec, render_files
from tests.waf import factory
from tests.waf.conftest import Tier
from tests.waf.factory import BLOCKING, GATEWAY, cms_host
from tests.waf.harness import Req, as_citizens, found_within, rules_by_test_id, send

SDP = cms.packages()["srs-webrtc"]


def test_a_text_body_sets_the_flag_the_platforms_text_body_rule_reads() -> None:
    """One mechanism for text/plain and a declared text type: both set TEXT_FLAG in phase 1; 200012 copies
    a flagged body that did not parse where the paranoia-1 attack rules read it, and 200002 spares it."""
    conf = next(text for text in render_files(factory.test_environment()).values() if "id:200012" in text)
    copy = conf[conf.index("id:200012"):conf.index("id:200007")]
    assert f'SecRule TX:{body_types.TEXT_FLAG} "@eq 1"' in copy and modsec.TEXT_BODY_COPY in copy
    plain = conf[conf.index("@rx ^text/plain"):conf.index("id:200012")]
    assert f"setvar:tx.{body_types.TEXT_FLAG}=1" in plain


def test_a_text_body_rule_pins_the_header_and_keeps_the_body_from_the_form_parser() -> None:
    c = ContentType(("/rtc/v1/whip/", "/rtc/v1/whep/"), "application/sdp", (), "text", "x")
    lines = body_types.render(c, 12001, "cms/srs-webrtc")
    assert body_types.rule_count(c) == 2
    text = "\n".join(lines)
    # one phase-1 rule per path, each the whole header (no parameters) and one header only
    assert text.count('SecRule &REQUEST_HEADERS:Content-Type "@eq 1"') == 2
    assert text.count(r'"@rx \Aapplication/sdp\z"') == 2
    assert text.count(f"ctl:requestBodyProcessor=JSON,setvar:tx.{body_types.TEXT_FLAG}=1") == 2
    assert "901350" not in text and "phase:2" not in text  # the processor is set: no form fallback


def test_a_json_or_xml_declaration_is_unchanged() -> None:
    c = ContentType(("/coremail/s/json",), "text/x-json", ("tz",), "json", "x")
    assert body_types.rule_count(c) == 1
    text = "\n".join(body_types.render(c, 12001, "cms/coremail"))
    assert "ctl:requestBodyProcessor=JSON" in text and "sg_text" not in text and "phase:2" not in text


def test_a_text_and_a_json_declaration_of_one_type_on_one_path_conflict() -> None:
    a = ContentType(("/rtc/v1/whip/",), "application/sdp", (), "text", "x")
    b = ContentType(("/rtc/",), "application/sdp", (), "json", "x")
    assert body_types.conflicts([("a", (a,)), ("b", (b,))])


def _req(d: dict, tid: str) -> Req:
    headers = {"User-Agent": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/126.0", "Accept": "*/*",
               **d.get("headers", {}), "X-Test-Id": tid}
    return as_citizens([Req(d["method"], d["path"], headers, d.get("body"))])[0]


@pytest.mark.slow
@pytest.mark.parametrize("profile", BLOCKING)
def test_an_attack_in_an_sdp_body_is_found_in_the_whole_body_not_in_a_form_argument(tier: Tier,
                                                                                   profile: str) -> None:
    """The package's SDP attacks are refused, and found within the text body's copy: no rule read a form
    argument made of the SDP (ARGS:v, ARGS:a)."""
    sdp_attacks = [d for d in SDP.must_block if d.get("headers", {}).get("Content-Type") == "application/sdp"
                   and d["path"].startswith(("/rtc/v1/whip/", "/rtc/v1/whep/"))]
    assert len(sdp_attacks) >= 6
    ids = []
    for d in sdp_attacks:
        tid = uuid.uuid4().hex
        ids.append(tid)
        assert send(tier.port, cms_host(profile, "srs-webrtc"), _req(d, tid), source=GATEWAY).status == 403, d
    rules_by_test_id(tier.nginx, ids)  # waits until the worker has logged each of them
    where = found_within(tier.nginx, ids, modsec.TEXT_BODY_VAR)
    assert set(where) == set(ids)
    for found in where.values():
        assert not any(v.startswith("ARGS") for v in found), found
        assert any(v in (modsec.TEXT_BODY_VAR, "REQUEST_BODY") for v in found), found
