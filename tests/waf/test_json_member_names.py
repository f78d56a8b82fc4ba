"""930120 on the names of JSON members (sitegroup/waf/json_member_names.py, crs-tuning-zh.conf's 10020, stop 40).

The JSON processor names a member json.<key>: the dot before a key is the engine's. CRS's 930120 read that dot as
the start of a dot file (.nsr, .profile), so a tax system's nsrsbh (纳税人识别号) was an "OS file access" at PL1.
The platform's copy reads JSON members' names with CRS's list, where a dot file counts only after '/' or a dot of
the key's own, written as one pattern; everything else keeps 930120 as shipped. The slow tests send both kinds to
the real tier and read which rule refused each request.
"""

from __future__ import annotations

import json
import random
import re
import urllib.parse

import pytest

from sitegroup.waf import json_member_names
from sitegroup.waf.tuning_file import TUNING_FILE, replaced_by_copy
from tests.waf import attacks
from tests.waf.conftest import Tier, require
from tests.waf.factory import BLOCKING, GATEWAY, profile_host
from tests.waf.harness import Req, as_citizens, rules_by_test_id, send

JSON = {**attacks.BASE, "Content-Type": "application/json"}
FORM = {**attacks.BASE, "Content-Type": "application/x-www-form-urlencoded"}
# A tax system's JSON, and members named like a dot file without its dot: ordinary names, passed.
ORDINARY = [{"nsrsbh": "91410100MA46B1XQ2E", "nsrmc": "郑州某某商贸有限公司", "sbqj": "2026-11"},
            {"data": {"nsrsbh": "91410100MA46B1XQ2E", "nsrzt": "正常"}, "profile": {"name": "张三"}},
            {"items": [{"nsrlx": "一般纳税人"}], "bashrcPath": "", "htaccessEnabled": False}]
# A dot file, a path in a member's name: refused by 10020 (the copy); in a value or a form field's name: by 930120.
BY_COPY = [{".htaccess": "1"}, {"x/.bashrc": "1"}, {"a": {".bash_history": 1}}, {"../../etc/passwd": "1"},
           {"cfg": {"etc/shadow": "x"}}]


def test_the_pattern_is_crs_list_with_dot_files_counted_after_a_dot_or_slash() -> None:
    require(str(json_member_names.CRS_FILE))  # CI fails instead of skipping: ./run test installs modsecurity-crs
    crs = json_member_names.CRS_FILE.read_text(encoding="utf-8")
    pattern = json_member_names.pattern(crs)
    assert f'SecRule ARGS_NAMES:/^json\\./ "@rx {pattern}"' in TUNING_FILE.read_text(encoding="utf-8"), (
        "regenerate with python -m sitegroup.waf.json_member_names")
    entries = [x.strip().lower() for x in crs.splitlines() if x.strip() and not x.startswith("#")]
    listed = json_member_names.phrases(crs)
    dotted = [e for e in entries if e.startswith(".")]
    assert len(dotted) == 58 and ".nsr" in dotted and ".profile" in dotted
    assert not any(p.startswith(".") and not p.startswith("..") for p in listed)  # no bare dot file is left
    kept = {e for e in entries if e not in dotted}
    assert {f"/{e}" for e in dotted} | {f".{e}" for e in dotted} | kept == set(listed)
    # The trie finds what @pm finds: any phrase anywhere in the name, and nothing else.
    rx = re.compile(pattern)
    rnd = random.Random(40)
    alphabet = "abcdefghijklmnopqrstuvwxyz0123456789./_- "
    for _ in range(5000):
        phrase = rnd.choice(listed)
        middle = phrase if rnd.random() < 0.5 else phrase[:rnd.randint(0, len(phrase))]
        name = "json." + "".join(rnd.choices(alphabet, k=rnd.randint(0, 4))) + middle + "".join(
            rnd.choices(alphabet, k=rnd.randint(0, 4)))
        assert bool(rx.search(name)) == any(p in name for p in listed), name
    for name in ("json.nsrsbh", "json.data.nsrmc", "json.profile", "json.items.array_0.nsrlx"):
        assert not rx.search(name), name


def test_the_copy_reads_only_json_members_names() -> None:
    text = TUNING_FILE.read_text(encoding="utf-8")
    assert ('SecRuleUpdateTargetById 930120 "!ARGS_NAMES"\n'
            'SecRuleUpdateTargetById 930120 "ARGS_NAMES:/^(?!json\\.)/"') in text
    assert replaced_by_copy(text)[10020] == 930120
    assert "SecRuleRemoveById 930120" not in text  # the stock rule keeps every other target


def _post(body: dict | str, tid: str, form: bool = False) -> Req:
    text = body if isinstance(body, str) else json.dumps(body, ensure_ascii=False)
    return as_citizens([Req("POST", "/api/sb/save", {**(FORM if form else JSON), "X-Test-Id": tid}, text)])[0]


@pytest.mark.slow
@pytest.mark.parametrize("profile", BLOCKING)
def test_json_member_names_like_dot_files_pass_and_paths_in_them_are_refused(tier: Tier, profile: str) -> None:
    host = profile_host(profile)
    refused = [b for b in ORDINARY if send(tier.port, host, _post(b, f"jn-ok-{profile}"), source=GATEWAY).status != 200]
    assert not refused, refused
    for i, body in enumerate(BY_COPY):
        tid = f"jn-copy-{profile}-{i}"
        assert send(tier.port, host, _post(body, tid), source=GATEWAY).status == 403, body
        assert "10020" in rules_by_test_id(tier.nginx, [tid])[tid], body
    # A value and a form field's name are 930120's, as CRS ships it.
    for tid, req in ((f"jn-value-{profile}", _post({"file": "../../etc/passwd"}, f"jn-value-{profile}")),
                     (f"jn-form-{profile}", _post("a.htaccess=1&" + urllib.parse.urlencode({"nsrsbh": "1"}),
                                                  f"jn-form-{profile}", form=True))):
        assert send(tier.port, host, req, source=GATEWAY).status == 403, tid
        fired = rules_by_test_id(tier.nginx, [tid])[tid]
        assert "930120" in fired and "10020" not in fired, (tid, fired)


@pytest.mark.slow
def test_stock_crs_refuses_a_tax_systems_json_member_names(stock_tier: Tier) -> None:
    """What the copy fixes: stock 930120 reads json.nsrsbh as the dot file .nsr."""
    assert send(stock_tier.port, profile_host("standard"), _post(ORDINARY[0], "jn-stock"),
                source=GATEWAY).status == 403
