"""The renderer without an engine: structure, determinism, and refusal of hostile model objects.

The hostile objects bypass the inventory loader on purpose (defence in depth): whatever reaches
the renderer, no value may end a directive and write configuration into another site's block.
"""

from __future__ import annotations

import dataclasses
import math
import re
from datetime import date
from pathlib import Path

import pytest

from sitegroup.model import RateLimit, WafException
from sitegroup.waf import RenderOptions, WafRenderError, cms, filter_fields, render_files, unicode_map, wordify
from sitegroup.waf.ctl import path_operator
from sitegroup.waf.modsec import (
    FIELDS_SKIP_ID,
    NO_PACKAGE_ID,
    PACKAGE_GROUP_ID,
    PACKAGE_GROUPS,
    SITE_ID_BASE,
    SITE_ID_SPAN,
    package_groups,
)
from sitegroup.waf.render import TUNING_FILE
from tests.conftest import require
from tests.waf import factory

OPTS = RenderOptions.local("/tmp/sitegroup-waf-test", listen="127.0.0.1:18080", backend="http://127.0.0.1:18081")


def _env(**site_changes: object):
    good = factory.site("good", ("www.good.gov.cn",), factory.load_profile("strict"))
    other = factory.site("other", ("other.gov.cn",), factory.load_profile("standard"))
    if site_changes:
        other = dataclasses.replace(other, **site_changes)
    return factory.environment([good, other])


def _exc(**changes: object) -> WafException:
    base = WafException(rule_id=942100, rule_tag=None, path="/letter/", target="ARGS:content",
                        reason="ok", expires=date(2099, 1, 1))
    return dataclasses.replace(base, **changes)


def _profile(**changes: object):
    return dataclasses.replace(factory.load_profile("standard"), **changes)


HOSTILE_SITES = {
    "id with newline": {"id": "x\nserver { listen 80; }"},
    "id with semicolon": {"id": "x;"},
    "domain injecting a directive": {"ascii_domains": ("a.gov.cn; include /etc/passwd",)},
    "domain with brace": {"ascii_domains": ("a.gov.cn}",)},
    "wildcard domain": {"ascii_domains": ("*.gov.cn",)},
    "unicode domain (not an A-label)": {"ascii_domains": ("政府.政务",)},
    "domain of another site": {"ascii_domains": ("www.good.gov.cn",)},
    "no domain": {"ascii_domains": ()},
    "exception path with quote": {"waf": None, "_exc": {"path": '/a" "id:1,phase:1,ctl:ruleEngine=Off'}},
    "exception path regex-ish": {"waf": None, "_exc": {"path": "/a/.*"}},
    "exception target with quote": {"waf": None, "_exc": {"target": 'ARGS:x",ctl:ruleEngine=Off,"'}},
    "exception target list": {"waf": None, "_exc": {"target": "ARGS|REQUEST_HEADERS"}},
    "exception rule id bool": {"waf": None, "_exc": {"rule_id": True}},
    "exception rule id string": {"waf": None, "_exc": {"rule_id": "942100,ctl:ruleEngine=Off"}},
    "exception tag injection": {"waf": None, "_exc": {"rule_id": None, "rule_tag": "attack-sqli,ctl:ruleEngine=Off"}},
    "exception both id and tag": {"waf": None, "_exc": {"rule_tag": "attack-sqli"}},
    "exception expiry not a date": {"waf": None, "_exc": {"expires": "2099-01-01"}},
    "profile engine Off": {"waf": None, "_prof": {"engine": "Off"}},
    "profile engine injection": {"waf": None, "_prof": {"engine": "On\nSecRuleEngine Off"}},
    "profile paranoia 0": {"waf": None, "_prof": {"paranoia": 0}},
    "profile paranoia bool": {"waf": None, "_prof": {"paranoia": True}},
    "profile threshold string": {"waf": None, "_prof": {"inbound_threshold": "5,ctl:ruleEngine=Off"}},
    "profile name injection": {"waf": None, "_prof": {"name": "x zone=y"}},
    "profile method injection": {"waf": None, "_prof": {"allowed_methods": ("GET'",)}},
    "profile content type injection": {"waf": None, "_prof": {"allowed_content_types": ("text/html|",)}},
    "admin path with brace": {"waf": None, "_prof": {"admin_paths": ("/admin/ { }",)}},
    "admin path root": {"waf": None, "_prof": {"admin_paths": ("/",)}},
    "admin cidr injection": {"waf": None, "_prof": {"admin_allow_from": ("10.0.0.0/8; allow all",)}},
    "admin cidr hostname": {"waf": None, "_prof": {"admin_allow_from": ("all",)}},
    "rate injection": {"waf": None, "_prof": {"rate_limit": RateLimit("20r/s zone", 40)}},
}


def _hostile_env(changes: dict):
    changes = dict(changes)
    exc = changes.pop("_exc", None)
    prof = changes.pop("_prof", None)
    if changes.get("waf", 1) is None:
        changes.pop("waf")
        profile = _profile(**prof) if prof else factory.load_profile("standard")
        exceptions = (_exc(**exc),) if exc else ()
        changes["waf"] = dataclasses.replace(_env().site("other").waf, profile=profile, exceptions=exceptions)
    return _env(**changes)


@pytest.mark.parametrize("case", sorted(HOSTILE_SITES))
def test_hostile_site_entry_is_refused(case: str) -> None:
    env = _hostile_env(HOSTILE_SITES[case])
    with pytest.raises(WafRenderError):
        render_files(env, OPTS)


@pytest.mark.parametrize("cidr", ["127.0.0.2/32; set_real_ip_from 0.0.0.0/0", "0.0.0.0/0\n", "gateway"])
def test_hostile_gateway_cidr_is_refused(cidr: str) -> None:
    env = dataclasses.replace(_env(), platform=dataclasses.replace(_env().platform, gateway_cidrs=(cidr,)))
    with pytest.raises(WafRenderError):
        render_files(env, OPTS)


@pytest.mark.parametrize("field,value", [
    ("listen", "8080; include /etc/passwd"), ("backend", "http://x/;proxy_pass http://y"),
    ("prefix", "/tmp/x y"), ("audit_log", "/tmp/log\nSecRuleEngine Off"), ("resolver", "1.1.1.1; x"),
])
def test_hostile_options_are_refused(field: str, value: str) -> None:
    with pytest.raises(WafRenderError):
        render_files(_env(), dataclasses.replace(OPTS, **{field: value}))


def test_free_text_stays_inside_its_comment() -> None:
    """Names and reasons are free text: they are JSON-escaped onto one comment line."""
    env = _hostile_env({"waf": None, "_exc": {"reason": "ok\nSecRuleEngine Off\n# \\"}})
    env = dataclasses.replace(env, sites=tuple(
        dataclasses.replace(s, name="x\n}\nserver { listen 1; } \\") if s.id == "other" else s for s in env.sites))
    files = render_files(env, OPTS)
    for rel in ("sites/other.map", "sites/other.rules.conf", "nginx.conf"):
        for line in files[rel].splitlines():
            assert not line.startswith(("SecRuleEngine Off", "server { listen 1")), line
            assert not line.rstrip().endswith("\\"), line
    assert files["sites/other.map"].splitlines()[1:] == ["other.gov.cn other.standard.-.;"]


def test_render_is_deterministic_and_complete() -> None:
    env = factory.test_environment()
    a, b = render_files(env, OPTS), render_files(env, OPTS)
    assert a == b
    for s in env.sites:
        assert f"include {OPTS.prefix}/sites/{s.id}.map;" in a["nginx.conf"]
        for d in s.ascii_domains:
            assert f"{d} {s.id}.{s.waf.profile.name}.{'+'.join(s.waf.cms) or '-'}.;" in a[f"sites/{s.id}.map"]
    assert a["nginx.conf"].count("server {") == 1 and a["nginx.conf"].count("location / {") == 1


def test_closed_sites_are_not_served() -> None:
    closed = factory.site("gone", ("gone.gov.cn",), factory.load_profile("standard"), status="closed")
    files = render_files(factory.environment([closed, *_env().sites]), OPTS)
    assert "sites/gone.map" not in files and "gone" not in files["nginx.conf"]


def test_crs_and_every_site_policy_are_one_http_level_rule_set() -> None:
    """The memory fix (ADR 0014): no modsecurity_rules_file per server, so the connector merges
    one rule set once instead of once per site."""
    files = render_files(factory.test_environment(), OPTS)
    crs = [(rel, line) for rel, text in files.items() for line in text.splitlines()
           if line.startswith("Include") and "modsecurity-crs" in line]
    assert crs == [("modsecurity/main.conf", "Include /usr/share/modsecurity-crs/rules/*.conf")]
    assert files["nginx.conf"].count("modsecurity_rules_file") == 1
    main = files["modsecurity/main.conf"]
    p = OPTS.prefix
    order = [main.index(x) for x in (
        "id:10900", f"Include {p}/modsecurity/cms.conf", f"Include {p}/modsecurity/profiles.conf",
        f"Include {p}/sites/p-exc.rules.conf", f"Include {p}/modsecurity/crs-tuning-zh.conf",
        "Include /usr/share/modsecurity-crs/rules")]
    assert order == sorted(order)  # the policy runs before the tuning and CRS in every phase
    for rel, text in files.items():
        if rel.startswith("sites/") and rel.endswith(".rules.conf"):
            assert "Include" not in text and "SecRuleEngine" not in text
            # Small: exceptions only; an HTML field's ctl list (two targets, two paths, twelve rules each naming its
            # platform copy: about 9 KB since stop 30's 942200/942340) is the largest part, per field (the h-<profile>
            # sites declare two since stop 36: editor HTML and a CAP alert); five filter fields with their grammars
            # and two body types (the declared sites since stop 35, a sheet formula's hundred function names) about
            # 7 KB.
            html = len(set(re.findall(r"sg_html_\d+", text)))
            assert len(text) < (4000 + 9000 * html + 6000 * ("sg_textfield_" in text) + 7500 * ("sg_filter_" in text))


def test_the_site_is_what_nginx_routed_on() -> None:
    """nginx's map on $host (exact names) is the only source of the site: it becomes the start of the
    transaction id, which the first phase-1 rule reads; an unknown Host never reaches ModSecurity."""
    conf = render_files(factory.test_environment(), OPTS)["nginx.conf"]
    assert 'modsecurity_transaction_id "$sg_policy$request_id";' in conf
    assert "map $host $sg_policy {" in conf and "hostnames" not in conf
    assert 'if ($sg_site = "") {\n            return 421;' in conf
    main = render_files(factory.test_environment(), OPTS)["modsecurity/main.conf"]
    assert 'SecRule &TX:sg_site "@eq 0"' in main and "ctl:ruleEngine=On" in main


def test_site_rule_ids_are_disjoint_ranges() -> None:
    env = factory.test_environment()
    files = render_files(env, OPTS)
    seen: set[int] = set()
    with_rules = [(n, s) for n, s in enumerate(env.sites) if f"sites/{s.id}.rules.conf" in files]
    # Only a site with live exceptions or declared fields or body types has a rules file.
    assert [s.id for _, s in with_rules] == [f"{k}-{p}" for k in "dh" for p in sorted(factory.PROFILES)] + ["p-exc"]
    for n, s in with_rules:
        ids = {int(i) for i in re.findall(r"id:(\d+)", files[f"sites/{s.id}.rules.conf"])}
        lo = SITE_ID_BASE + n * SITE_ID_SPAN
        assert ids and all(lo <= i < lo + SITE_ID_SPAN for i in ids)
        assert not ids & seen
        seen |= ids
    profile_ids = [int(i) for i in re.findall(r"id:(\d+)", files["modsecurity/profiles.conf"])]
    cms_ids = [int(i) for i in re.findall(r"id:(\d+)", files["modsecurity/cms.conf"])]
    # cms.conf's no-package skip (one per phase), the field-check skip and the package groups' guards sit in the
    # dispatch range; every package rule in 12000-13999.
    assert cms_ids[:2] == [NO_PACKAGE_ID, NO_PACKAGE_ID + 1]
    assert "SecMarker END-CMS-ALL" in files["modsecurity/cms.conf"]
    groups = [i for i in cms_ids if i < 11000]
    assert groups[2] == FIELDS_SKIP_ID and len(groups) > 4
    assert groups[3:] == list(range(PACKAGE_GROUP_ID, PACKAGE_GROUP_ID + len(groups) - 3))
    # The console fields' office rules (ADR 0038), one per profile, each at offset 4 of its own profile's id block.
    office = [i for i in cms_ids if 11000 <= i < 12000]
    assert office and all((i - 11000) % 20 == 4 and i - 4 in profile_ids for i in office)
    # The shared field checks (ADR 0039) after the packages' range, before any package's rule in the file.
    shared = [i for i in cms_ids if i >= 14000]
    assert shared == list(range(14000, 14000 + len(shared))) and 14000 < 14000 + len(shared) <= 14100
    first_package = next(k for k, i in enumerate(cms_ids) if 12000 <= i < 14000)
    assert all(cms_ids.index(i) < first_package for i in shared)
    assert all(11000 <= i < 12000 for i in profile_ids)
    assert all(i < 11000 or i >= 12000 for i in cms_ids if i not in office)
    assert len(set(profile_ids + cms_ids)) == len(profile_ids + cms_ids)


def test_profile_values_reach_the_profile_rules() -> None:
    files = render_files(factory.test_environment(), OPTS)
    prof = files["modsecurity/profiles.conf"]
    strict = prof[prof.index("# profile strict"):]
    assert strict.startswith("# profile strict") and '"@streq strict"' in strict
    assert "ctl:ruleEngine=On" in strict.split("\n")[1]
    assert "setvar:tx.paranoia_level=2" in strict and "setvar:tx.inbound_anomaly_score_threshold=5" in strict
    assert 'SecRule REQUEST_BODY_LENGTH "@gt 1048576"' in strict  # request_body_limit
    assert 'SecRule REQUEST_HEADERS:Content-Length "@gt 10485760"' in strict  # file_upload_limit
    burn = prof[prof.index("# profile burn-in"):]
    assert "ctl:ruleEngine=DetectionOnly" in burn.split("\n")[1]
    assert '"!@ipMatch 10.20.0.0/16,2001:db8:20::/48"' in strict
    conf = files["nginx.conf"]
    assert "limit_req zone=rate_strict burst=40 nodelay;" in conf
    assert "strict $binary_remote_addr$sg_site;" in conf  # counted per client and site, for strict sites only
    assert "set_real_ip_from 127.0.0.2/32;" in conf
    assert "rate=20r/s" in conf
    assert "client_max_body_size 52428800;" in conf  # the largest profile (legacy-cms uploads)


def test_exceptions_render_as_scoped_ctl_and_expired_ones_are_dropped() -> None:
    files = render_files(factory.test_environment(), OPTS)
    rules = files["sites/p-exc.rules.conf"]
    assert 'SecRule TX:sg_site "!@streq p-exc"' in rules and "skipAfter:END-SITE-p-exc" in rules
    assert rules.rstrip().endswith("SecMarker END-SITE-p-exc")
    assert ('SecRule REQUEST_FILENAME "@rx ^/hudong/letter/[^;\\x5c%\\x00-\\x20\\x7f]*$"' in rules
            and "t:none,t:urlDecodeUni,t:normalizePathWin,tag:'site/p-exc'" in rules
            and "ctl:ruleRemoveTargetById=942100;ARGS:content" in rules)
    assert "941100" not in rules  # expired 2000-01-01
    tag = _hostile_env({"waf": None, "_exc": {"rule_id": None, "rule_tag": "attack-xss", "target": None}})
    assert "ctl:ruleRemoveByTag=attack-xss" in render_files(tag, OPTS)["sites/other.rules.conf"]


def test_cms_packages_render_only_when_used_and_never_site_wide() -> None:
    files = render_files(factory.test_environment(), OPTS)
    text = files["modsecurity/cms.conf"]
    for name in cms.packages():
        assert f'SecRule TX:sg_cms "!@rx (?:^|\\+){name}(?:\\+|$)"' in text and f"SecMarker END-CMS-{name}" in text
    lines = text.splitlines()
    removals = [(n, line) for n, line in enumerate(lines) if "ctl:ruleRemove" in line]
    on_paths = [line for _, line in removals if 'SecRule REQUEST_FILENAME "@' in line]
    assert on_paths and all("ctl:ruleRemoveById" not in line and "ctl:ruleRemoveByTag" not in line for line in on_paths)
    # The one other place: a declared body type (content_types), chained to its path rule, and only when the
    # whole Content-Type header is that type; it removes the rules that read only that header, nothing else.
    chained = [(n, line) for n, line in removals if 'SecRule REQUEST_FILENAME "@' not in line]
    # A text field (ADR 0029): behind its flag, target removals only (named arguments; REQUEST_BODY for the two
    # body rules when the body is a form or JSON), never a whole rule or tag.
    # A console field (ADR 0038) renders a text field's rules behind its own flag, which its path rule sets only for
    # a back-office client.
    text = [(n, line) for n, line in chained if line.startswith(("SecRule TX:sg_textfield_", "SecRule TX:sg_console_"))
            or lines[n - 1].startswith(("SecRule TX:sg_textfield_", "SecRule TX:sg_console_"))]
    assert text and all("ctl:ruleRemoveById" not in line and "ctl:ruleRemoveByTag" not in line for _, line in text)
    chained = [x for x in chained if x not in text]
    # A filter field: only its language's rules (CRS's SQL rules; for GraphQL also the command rules that
    # misread it, by id), only for the one argument its grammar matched, only on a request its path rule flagged.
    # The language's one grammar check, shared by the packages' fields (ADR 0039), marks an argument
    # (tx.sg_mark_filter_<language>_ARGS:<name>) on a request some field path flagged; each target's removals need
    # its own field's flag, that mark and the argument's being the only one of its name.
    grammar = [(n, line) for n, line in chained if line.startswith("    SecRule &ARGS")]
    for n, line in grammar:
        var = line.split()[1][1:]
        flag = re.fullmatch(r'SecRule TX:(sg_filter_\d+) "@eq 1" "id:\d+,phase:2,pass,nolog,t:none,'
                            r'tag:\'[^\']+\',chain"', lines[n - 2])
        mark = re.fullmatch(r'    SecRule TX:(sg_mark_filter_\w+?)_(ARGS:\S+) "@eq 1" "t:none,chain"', lines[n - 1])
        assert flag and mark and mark[2] == var, lines[n - 2:n]
        assert f"setvar:tx.{flag[1]}=1" in files["modsecurity/cms.conf"]
        [check] = [x for x in lines if x.endswith(f"setvar:'tx.{mark[1]}_%{{MATCHED_VAR_NAME}}=1'\"")]
        assert var in check.split()[1].split("|") and re.search(r'"id:140\d\d,phase:2,pass,nolog,t:none,', check)
        [lang] = [k for k, v in filter_fields.LANGUAGES.items() if f' "@rx {v}" ' in check]
        assert mark[1] == f"sg_mark_filter_{lang.replace('-', '_')}"
        assert line == f'    SecRule &{var} "@eq 1" "t:none,{filter_fields.removals(lang, var)}"', line
    typed = [(n, line) for n, line in chained if not line.startswith("    SecRule &ARGS")]
    assert grammar and typed and len(grammar) + len(typed) + len(on_paths) + len(text) == len(removals)
    for n, line in typed:
        assert line.startswith('    SecRule REQUEST_HEADERS:Content-Type "@rx \\A')
        assert lines[n - 1] == '    SecRule &REQUEST_HEADERS:Content-Type "@eq 1" "t:none,chain"'
        assert 'SecRule REQUEST_FILENAME "@' in lines[n - 2] and lines[n - 2].endswith(',chain"')
        whole = set(re.findall(r"ctl:ruleRemoveById=(\d+)", line))
        whole |= set(re.findall(r"ctl:ruleRemoveByTag=([^,\"]+)", line))
        assert whole == {"920420", "920470", "921422", "sitegroup/replaces/920420", "sitegroup/replaces/920470",
                         "sitegroup/replaces/921422"}, whole
    plain = render_files(_env(), OPTS)["modsecurity/cms.conf"]
    assert "SecRule" not in plain


def test_cluster_defaults() -> None:
    files = render_files(factory.test_environment())  # RenderOptions() = in-cluster
    conf = files["nginx.conf"]
    assert "listen 8080 default_server;" in conf
    assert "resolver kube-dns.kube-system.svc.cluster.local valid=30s;" in conf
    assert "pid /tmp/nginx/nginx.pid;" in conf
    assert "modsecurity_rules_file /etc/nginx/waf/modsecurity/main.conf;" in conf
    assert 'set $sg_backend "http://web.site-$sg_site.svc.cluster.local:8080";' in conf
    assert "SecAuditLog /dev/stdout" in files["modsecurity/main.conf"]
    paths = re.findall(r"(?:^|\s)(/[\w./-]+)", conf + files["modsecurity/main.conf"])
    assert all(p.startswith(("/etc/nginx/", "/tmp/", "/dev/", "/usr/")) for p in paths), paths


def test_unicode_map_neutralises_cjk_and_keeps_fullwidth_evasions() -> None:
    text = unicode_map.render()
    header, body = text.split("\n", 1)
    assert header.startswith(str(unicode_map.CODEPAGE)) and ":" not in header
    m = dict(item.split(":") for item in body.split())
    assert m["4e2d"] == "a1" and m["3001"] == "a1" and m["300a"] == "a1"  # 中 、 《
    assert m["ff1c"] == "3c" and m["ff07"] == "27" and m["ff05"] == "25"  # ＜ ＇ ％
    assert m["3002"] == "2e"  # 。 stays '.', as ModSecurity sets it (IDNA dot)
    assert "bc" not in m.values() and "be" not in m.values()


def test_tuning_replaces_rules_without_dropping_them() -> None:
    text = TUNING_FILE.read_text(encoding="utf-8")
    removed = re.findall(r"^SecRuleRemoveById (\d+)$", text, flags=re.M)
    assert removed
    for rid in removed:
        assert f"tag:'sitegroup/replaces/{rid}'" in text, f"{rid} removed without a replacement"
    assert not re.search(r"ruleEngine=Off|SecRuleRemoveByTag", text)


def test_profiles_stay_within_the_tuned_paranoia_levels() -> None:
    """crs-tuning-zh.conf replaces PL1, PL2 and PL3 rules; PL4 (942432, 920273: every non-alphanumeric
    byte) is untuned, so no profile may ask for it and the renderer refuses it."""
    assert {factory.load_profile(n).paranoia for n in factory.PROFILES} == {1, 2, 3}
    pl4 = dataclasses.replace(factory.load_profile("high-value"), paranoia=4)
    with pytest.raises(WafRenderError, match="paranoia"):
        render_files(factory.environment([factory.site("s", ("s.gov.cn",), pl4)]), OPTS)


def test_exception_on_a_file_path_does_not_cover_its_siblings() -> None:
    env = _hostile_env({"waf": None, "_exc": {"path": "/hdjl/letters/submit"}})
    rules = render_files(env, OPTS)["sites/other.rules.conf"]
    op = re.search(r'SecRule REQUEST_FILENAME "@rx (\S+)"', rules).group(1)
    match = re.compile(op).search  # the pattern is plain enough to read the same in Python
    assert match("/hdjl/letters/submit") and match("/hdjl/letters/submit/x")


@pytest.mark.parametrize("path", ["/a/", "/hdjl/letters/submit"])
def test_exclusion_paths_trust_only_a_clean_rest(path: str) -> None:
    """After decoding and dot-segment removal (what ModSecurity compares), whatever follows the path
    may hold no ';' (Tomcat's /a/..;/x is /x), '\\' (IIS), '%' (double encoding) or control character:
    such a request keeps the full rule set. The same operator serves site exceptions and packages."""
    match = re.compile(path_operator(path).removeprefix("@rx ")).search
    base = path if path.endswith("/") else path + "/"
    assert match(path) and match(base + "x/y.html")
    for rest in ("..;/x", "y;jsessionid=1", "..\\x", "%2e%2e/x", "..\x01/x", "x\ty", "..\x7f/x"):
        assert not match(base + rest), rest
    assert not match(path.rstrip("/") + "-other") and not match("/x" + path)


def test_wordified_sql_rules_match_stock_on_ascii() -> None:
    """10260/10330/10370 differ from CRS 942260/942330/942370 only on non-ASCII bytes, and 10260 on a Markdown code
    fence line (stop 32), where it reads less than the stock rule, never more."""
    import random

    text = TUNING_FILE.read_text(encoding="utf-8")
    crs = Path("/usr/share/modsecurity-crs/rules/REQUEST-942-APPLICATION-ATTACK-SQLI.conf")
    require(str(crs))
    stock = crs.read_text(encoding="utf-8")

    def pattern(conf: str, rule_id: str) -> re.Pattern[bytes]:
        block = next(b for b in conf.split("\n\n") if f"id:{rule_id}," in b)
        line = next(ln for ln in block.splitlines() if ln.startswith("SecRule "))
        rx = re.match(r'SecRule \S+ "@rx (.*)" \\$', line).group(1).replace('\\"', '"')
        # Python's re has no (*COMMIT); compiled without re.M, ^ only matches at the start, where it changes nothing.
        # PCRE's \z (the very end) is Python's \Z.
        return re.compile(rx.replace("(*COMMIT)", "").replace("\\z", "\\Z").encode("latin-1"))

    fence = re.compile(rb"(?:\A|\n)```+[\w+.-]*[ \t]*(?:\r?\n|\Z)")

    rnd = random.Random(7)
    words = [b"or", b"and", b"like", b"select", b"union", b"having", b"between", b"xor", b"div", b"--", b"#",
             b"information_schema", b"'", b'"', b"`", b"1", b"=", b" ", b"(", b")", b"@", b"a", b"*", b"^", b"%",
             b"-", b",", b"|", b"&", b";", b"\\x27", b"\n", b"```", b"sql"]
    zh = "她说'明天再来'，可是第二天还是没人处理。相关通知见 http://www.jinan.gov.cn/art/1.html".encode()
    for ours, theirs in (("10260", "942260"), ("10330", "942330"), ("10370", "942370")):
        a, b = pattern(text, ours), pattern(stock, theirs)
        for _ in range(5000):
            s = b"".join(rnd.choice(words) for _ in range(rnd.randint(1, 12)))
            if bool(a.search(s)) != bool(b.search(s)):
                assert ours == "10260" and fence.search(s) and b.search(s), (ours, s)
        assert not a.search(zh)


def test_sites_with_exceptions_are_grouped_so_a_request_pays_about_two_sqrt_n_comparisons() -> None:
    """bench/waf.py: one guard per site cost ~2.5 us each per request (100 sites: +0.25 ms); groups of
    about sqrt(n) ids behind an exact-match guard keep it near 2*sqrt(n)."""
    exc = factory.letter_exception()
    sites = [factory.site(f"s{i:03d}", (f"s{i:03d}.gov.cn",), factory.load_profile("standard"), (exc,))
             for i in range(50)]
    main = render_files(factory.environment(sites), OPTS)["modsecurity/main.conf"]
    guards = re.findall(r'SecRule TX:sg_site "!@rx \^\(\?:([a-z0-9|-]+)\)\$"', main)
    assert len(guards) == 7  # ceil(50 / 8)
    members = [m for g in guards for m in g.split("|")]
    assert members == sorted(s.id for s in sites)
    assert all(main.count(f"/sites/{s.id}.rules.conf") == 1 for s in sites)
    assert main.count("SecMarker END-SITES-") == 7


CRS_SQLI = Path("/usr/share/modsecurity-crs/rules/REQUEST-942-APPLICATION-ATTACK-SQLI.conf")


def test_wordified_rules_are_what_the_module_makes_of_stock_crs() -> None:
    """The committed replacements (policies/waf/crs-tuning-zh.conf) are exactly wordify(stock), action
    for action: nobody hand-edits a 2 KB pattern, and a CRS update that changes a rule shows up here."""
    require(str(CRS_SQLI))  # CI fails instead of skipping: ./run test installs modsecurity-crs
    text = TUNING_FILE.read_text(encoding="utf-8")
    for rule_id in [*wordify.RULES, *wordify.RULES_PL3]:
        assert wordify.replacement(rule_id) in text, f"{rule_id}: regenerate with python -m sitegroup.waf.wordify"


@pytest.mark.parametrize("rule_id", sorted([*wordify.RULES, *wordify.RULES_PL3]))
def test_wordified_rules_match_stock_on_ascii_and_read_chinese_as_letters(rule_id: str) -> None:
    """The rewritten pattern (without the JSON and masked-value guards some PL3 copies add in front)."""
    import random

    require(str(CRS_SQLI))

    def pattern(block: str, rewrite=lambda rx: rx) -> re.Pattern[bytes]:
        rx = re.match(r'SecRule \S+ "@rx (.*)" \\$', block.splitlines()[0]).group(1)
        return re.compile(rewrite(rx).replace('\\"', '"').encode("latin-1"))

    stock = pattern(wordify.stock_block(rule_id))
    ours = pattern(wordify.stock_block(rule_id), lambda rx: wordify.rewrite(rule_id, rx))
    rnd = random.Random(int(rule_id))
    words = [b"or", b"and", b"like", b"select", b"union", b"count", b"char", b"date", b"if", b"in", b"having",
             b"between", b"exec", b"alter", b"<", b">", b"a", b"b", b"--", b"#", b"'", b'"', b"`", b"1", b"=", b" ",
             b"(", b")", b"@", b"*", b"^", b"%", b"-", b",", b"|", b"&", b";", b"!", b"\n", b"\\", b"/", b"x", b"_"]
    for _ in range(4000):
        s = b"".join(rnd.choice(words) for _ in range(rnd.randint(1, 10)))
        assert bool(ours.search(s)) == bool(stock.search(s)), (rule_id, s)
    # The defect: CJK between an English word and its parenthesis, or before a keyword, is "non-word".
    for text in ("统计 count 总数(人) 与 date 日期(2026年)", "欧盟 union 合作", "左侧 left 栏目(导航)"):
        assert not ours.search(text.encode()), (rule_id, text)


def test_an_exclusion_of_a_crs_id_also_covers_the_tunings_copy_of_it() -> None:
    """942120 is replaced by 10120 (tagged sitegroup/replaces/942120): an exception or package naming the
    CRS id must still cover the rule that runs; a platform id or a tag is removed as written."""
    from sitegroup.waf.ctl import ctl_remove

    assert ctl_remove(942120, None, "ARGS:q") == (
        "ctl:ruleRemoveTargetById=942120;ARGS:q,ctl:ruleRemoveTargetByTag=sitegroup/replaces/942120;ARGS:q")
    assert ctl_remove(942120, None, None) == "ctl:ruleRemoveById=942120,ctl:ruleRemoveByTag=sitegroup/replaces/942120"
    assert ctl_remove(10120, None, None) == "ctl:ruleRemoveById=10120"
    assert ctl_remove(None, "attack-sqli", "ARGS:q") == "ctl:ruleRemoveTargetByTag=attack-sqli;ARGS:q"


def test_replacement_ids_name_every_copy_of_a_crs_rule() -> None:
    from sitegroup.waf.render import replacement_ids

    ids = replacement_ids()
    assert ids[942440] == 10440 and ids[942260] == 10260 and ids[942150] == 10650
    text = TUNING_FILE.read_text(encoding="utf-8")
    removed = re.findall(r"^SecRuleRemoveById (\d+)$", text, flags=re.M)
    # A rule the tuning keeps but takes some targets off (930120: JSON members' names) has a copy for those targets.
    narrowed = re.findall(r'^SecRuleUpdateTargetById (\d+) "!', text, flags=re.M)
    assert narrowed == ["930120"]
    assert sorted(ids) == sorted(int(r) for r in removed + narrowed)


def test_validate_refuses_a_paranoia_4_profile_naming_file_line_field_and_why(tmp_path: Path) -> None:
    import shutil

    from sitegroup.catalogue import load_catalogue

    policies = tmp_path / "policies"
    shutil.copytree(factory.REPO / "policies", policies)
    prof = policies / "waf" / "high-value.yaml"
    prof.write_text(prof.read_text(encoding="utf-8").replace("paranoia: 3", "paranoia: 4"), encoding="utf-8")
    _, issues = load_catalogue(factory.REPO / "site_templates", policies, str)
    text = "\n".join(map(str, issues))
    assert len(issues) == 1 and "high-value.yaml:" in text and "paranoia" in text and "1-3" in text, text


@pytest.mark.parametrize("rule_id", ["10430", "10431", "10440"])
def test_the_hand_written_guards_are_wordifys(rule_id: str) -> None:
    """The PEM guard (and, on the counters, the S3 ETag guard) are written once, in wordify.py; the
    hand-written replacements carry exactly that text, so a fix to one reaches all."""
    blocks = re.split(r"\n(?=SecRule )", TUNING_FILE.read_text(encoding="utf-8"))
    block = next(b for b in blocks if f'"id:{rule_id},' in b)
    assert wordify.PEM_GUARD in block
    if rule_id != "10440":
        assert wordify.ETAG_GUARD in block


@pytest.mark.parametrize("rule_id", ["10430", "10431", "10460", "10490", "10511", "10620", "10200"])
def test_the_counters_carry_wordifys_prose_guard(rule_id: str) -> None:
    """English prose is not counted by the character counters (stop 27): one text, in wordify.py."""
    blocks = re.split(r"\n(?=SecRule )", TUNING_FILE.read_text(encoding="utf-8"))
    assert wordify.PROSE_GUARD in next(b for b in blocks if f'"id:{rule_id},' in b)


PROSE = ["My favourite festival is the Spring Festival. On New Year's Eve, my family gets together, makes dumplings "
         "and watches the Gala. It's not only a holiday; it's a time for love -- and red envelopes, of course!",
         "Hi, I'm O'Connor from Dublin. 1) passport copy; 2) contract; 3) health check -- is anything else required?",
         'Your site says "please enable JavaScript" on my phone (Android 14), although it is enabled.',
         "Can I pay the fee (RMB 400 & USD 60) by card, or only by WeChat Pay/Alipay?\nThanks -- it helped a lot!",
         # stop 29: a quotation closed by Chinese punctuation, the word going on after it
         "第 1,203 行 clrq 值 为 '2027-13-01'，非法 日期。", '申请 编号 "SQ-2027-0113"。已 受理',
         # stop 30: a number's per-cent sign
         'Dear Sir/Madam, could you advise on the 15% preferential CIT rate for "encouraged" industries?', "50% off"]
NOT_PROSE = ["x'or'1", "admin'--", "1' or '1'='1", "x'or'ab'like'ab", "x\" or \"a\" like \"a", "a' -- ",
             "It's fine'; drop table users; --", "hello world' or 1=1 -- it's fine", "cat /etc/pass?d",
             "1;drop table x", "1 and sleep(5)", "<b>bold</b> text", "say `id` now", "a=b and c", "x" * 4001,
             "50%27 or 1=1", "1%2527", "x% off", "50%% off", "50%' or '1'='1", "% 1",
             "值 '1'，'or'1'='1", "x'，or'1'='1", "值 '1'，x'or'1", "值 '1'，or 1=1"]


def test_the_prose_guard_reads_writing_not_syntax() -> None:
    # Python's re spells PCRE's \z as \Z
    guard = re.compile(("^" + wordify.PROSE_GUARD).replace('\\"', '"').replace(r"\z", r"\Z").encode(), re.M)
    assert [t for t in PROSE if guard.match(t.encode())] == []  # prose: the guard's lookahead fails
    assert [t for t in NOT_PROSE if not guard.match(t.encode())] == []


@pytest.mark.parametrize("rule_id", ["10260", "10370", "10430", "10431", "10450", "10460", "10490", "10511"])
def test_the_counters_carry_wordifys_stack_guard(rule_id: str) -> None:
    """A stack trace is not counted (stop 34): one text, in wordify.py."""
    blocks = re.split(r"\n(?=SecRule )", TUNING_FILE.read_text(encoding="utf-8"))
    assert wordify.STACK_GUARD in next(b for b in blocks if f'"id:{rule_id},' in b)


_V8 = ("    at initSwiper (https://www.example.gov.cn/dist/portal.8b21b65f.bundle.js:3:63573)\n"
       "    at HTMLDocument.<anonymous> (https://www.example.gov.cn/static/js/app.2dc1bf13.js:2:41737)\n"
       "    at Array.forEach (<anonymous>)\n    at https://www.example.gov.cn/js/main.js:1:2")
_JAVA = ("java.net.SocketTimeoutException: Read timed out\n\tat java.net.SocketInputStream.socketRead0(Native Method)\n"
         "\tat java.base/java.net.SocketInputStream.read(SocketInputStream.java:171)\n"
         "\tat org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:883)"
         " ~[spring-webmvc-5.3.20.jar:5.3.20]\n"
         "Caused by: java.io.IOException: Broken pipe\n\tat sun.nio.ch.FileDispatcherImpl.write0(Native Method)\n"
         "\t... 42 more")
STACKS = ["SecurityError: Failed to read the 'localStorage' property from 'Window': Access is denied.\n" + _V8,
          "ReferenceError: $ is not defined\n" + _V8, _V8,
          'SyntaxError: Unexpected token \'<\', "<!DOCTYPE "... is not valid JSON\n' + _V8,
          "TypeError: Cannot read properties of undefined (reading 'list')\n"
          "    at Proxy.loadData (app-service.js:1:52741)\n    at onLoad (pages/bsfw/index.vue:128)",
          "initSwiper@https://www.example.gov.cn/dist/portal.js:3:63573\n@https://www.example.gov.cn/js/app.js:2:9758\n",
          _JAVA,
          # an iOS crash as t:urlDecodeUni leaves it: '+' read as a space
          "Fatal error: Unexpectedly found nil while unwrapping an Optional value\n"
          "0   GuiZhouZWFW  0x0000000102a4c3f0 MatterListViewController.tableView(_:cellForRowAt:) + 412\n"
          "1   UIKitCore  0x00000001a3c5e2b4 <redacted>   96\n"]
NOT_STACKS = ["1' or '1'='1\n" + _V8, "x'; drop table users; --\n" + _V8, "TypeError: `id`\n" + _V8,
              "TypeError: a /* b */\n" + _V8, "TypeError: <script>alert(1)</script>\n" + _V8,
              "TypeError: x\n    at <script>alert(1)</script> (x.js:1:2)",
              "TypeError: x\n    at a (javascript:alert(1):1:2)", "TypeError: x\n    at a (x.js:1:2) union select 1",
              _V8 + "\n1 union select password from users",  # noqa: S608 (a probe)
              "报错 信息：\nTypeError: x\n" + _V8,
              "Caused by: java.io.IOException: 1' or '1'='1", "TypeError: x\n" + _V8 + "\n" + "x" * 8000,
              "TypeError: x", "x\ny\n", _JAVA + "\n1' or '1'='1"]


def test_the_stack_guard_reads_stack_traces_only() -> None:
    guard = re.compile(("^" + wordify.STACK_GUARD).replace('\\"', '"').replace(r"\z", r"\Z").encode(), re.M)
    assert [t for t in STACKS if guard.match(t.encode())] == []  # a stack trace: the guard's lookahead fails
    assert [t for t in NOT_STACKS if not guard.match(t.encode())] == []


@pytest.mark.parametrize(("name", "rule_ids"), [("MRZ_GUARD", ["10120", "10430", "10431", "10460", "10490", "10660"]),
                                              ("SWIFT_GUARD", ["10200", "10430", "10431", "10460", "10490"]),
                                              ("CARD_GUARD", ["10260", "10430", "10431", "10460", "10490"]),
                                              ("CRON_GUARD", ["10200", "10440", "10460", "10490"])])
def test_the_rules_carry_wordifys_document_guards(name: str, rule_ids: list[str]) -> None:
    """A passport's MRZ and a SWIFT text block (stop 34), an iCalendar or vCard object (stop 35), a cron expression
    (stop 36): one text each, in wordify.py."""
    blocks = re.split(r"\n(?=SecRule )", TUNING_FILE.read_text(encoding="utf-8"))
    for rule_id in rule_ids:
        assert getattr(wordify, name) in next(b for b in blocks if f'"id:{rule_id},' in b), rule_id


MRZS = ["P<POLWISNIEWSKI<<LUKASZ<<<<<<<<<<<<<<<<<<<<<", "C3403997<9VNM9410039F3003253<<<<<<<<<<<<<<06",
        "P<GBRSMITH<<JOHN<PETER<<<<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10",
        "I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<",
        "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\nD231458907UTO7408122F1204159<<<<<<<6"]
NOT_MRZS = ["P<POLWISNIEWSKI<<LUKASZ<<<<<<<<<<<<<<<<<<<<<<", "1<2<<0<<0<<0<<0<<0<<0<<0<<0<<0<<0<<0<<0<<0<<0",
            "P<GBRSMITH<<JOHN<PETER<<<<<<<<<<<<<<<<<<<<<<\n1 or 1<2", "p<polsmith<<john' or 'a'<'b<<<<<<<<<<<<<<<<"]
_MT = ":27:1/1\r\n:40A:IRREVOCABLE\r\n:20:LC53348545\r\n:45A:\r\n+1400 TINS OOLONG TEA (TIEGUANYIN), 250G/TIN\r\n"
SWIFTS = [_MT, _MT + ":71D:ALL CHARGES OUTSIDE\r\nISSUING BANK ARE FOR\r\nBENEFICIARY'S ACCOUNT\r\n",
          "{4:\r\n" + _MT + "-}"]
NOT_SWIFTS = ["ALL CHARGES OUTSIDE\r\nBENEFICIARY'S ACCOUNT", _MT + ":79:SEE \"NOTE\"", _MT + "; cat /etc/passwd",
              _MT + "x" * 66, "x\n" + _MT, _MT + "$(id)", _MT + "a=1"]

_ICS = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//ZJ Zhengding//Calendar 3.2//CN\r\nMETHOD:REQUEST\r\n"
        "BEGIN:VEVENT\r\nUID:5573296d@zzd.zj.gov.cn\r\nDTSTART;TZID=Asia/Shanghai:20270310T093000\r\n"
        "RRULE:FREQ=WEEKLY;BYDAY=MO,WE;UNTIL=20270630T000000Z\r\n"
        "DESCRIPTION:视频会议号：8823 4410\\, 分会场请提前调试设备\r\n"
        "ATTENDEE;CN=\"高金凤\";ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRU\r\n E:mailto:wuting79@zj.gov.cn\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n")
_VCF = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:彭;敏;;;\r\nFN:彭敏\r\nTEL;TYPE=CELL:13942346815\r\nEND:VCARD"
CARDS = [_ICS, _VCF, _VCF + "\r\n" + _VCF + "\r\n", "BEGIN:VCARD\nFN:a\nEND:VCARD"]
NOT_CARDS = [_ICS.replace("视频", "' or 1=1 --"), _VCF.replace("FN:彭敏", "FN:<script>"), _VCF + "\r\nx",
             "x\r\n" + _VCF, _VCF.replace("13942346815", "$(id)"), _VCF.replace("END:VCARD", "END:VCARD'"),
             _VCF.replace("FN:彭敏", "FN:a|b"), _VCF.replace("FN:彭敏", "FN:a\\'b"), "FN:a\nEND:VCARD x",
             "BEGIN:VCARD\n" + "NOTE:" + "x" * 16000 + "\nEND:VCARD", _VCF.replace("N:彭", "N:/* 彭")]

CRONS = ["0 0/5 * * * ?", "0 0/30 9-17 ? * MON-FRI", "0 0/30 9-17 ? * mon-fri", "*/15 * * * *", "0 0 12 ? * WED#2",
         "0 30 1 L * ?", "0 15 10 ? * 6L 2027", "0 0 2 1,15 * ?", "0 0 8-18/2 ? * 2-6", " 30 2 * * 1-5 "]
NOT_CRONS = ["0 0/5 * * *; cat /etc/passwd", "/bin/cat /etc/passwd a b c", "*/1 */ 1 1 1", "0 0/5 * * * ?\n; id",
             "x\n0 0/5 * * * ?", "0 0 * * * ? 2027 1", "0 0 * *", "0 0/x * * *", "0 0 * * * '", "* * * * * /*",
             "0 0 * * cat/etc", "0 0 1 * * union", "0 0/5 * * * ?/"]

def test_the_document_guards_read_their_documents_only() -> None:
    def guard(rx: str) -> re.Pattern[bytes]:
        return re.compile(("^" + rx).replace('\\"', '"').replace(r"\z", r"\Z").encode(), re.M)

    def recognised(g: re.Pattern[bytes], text: str) -> bool:
        """As the engine tries the guard: at each line start, until it passes (the value is read from there)."""
        b = text.encode()
        return not any(g.match(b, i) and b[i:].strip() for i in [0] + [m.end() for m in re.finditer(rb"\n", b)])

    mrz, swift = guard(wordify.MRZ_GUARD), guard(wordify.SWIFT_GUARD)
    assert [t for t in MRZS if not recognised(mrz, t)] == []
    assert [t for t in NOT_MRZS if recognised(mrz, t)] == []
    assert [t for t in SWIFTS if not recognised(swift, t)] == []
    assert [t for t in NOT_SWIFTS if recognised(swift, t)] == []
    card = guard(wordify.CARD_GUARD)
    assert [t for t in CARDS if not recognised(card, t)] == []
    assert [t for t in NOT_CARDS if recognised(card, t)] == []
    cron = guard(wordify.CRON_GUARD)
    assert [t for t in CRONS if not recognised(cron, t)] == []
    assert [t for t in NOT_CRONS if recognised(cron, t)] == []


def test_package_groups_keep_order_and_cut_into_few_short_runs() -> None:
    """A package site walks every group guard and then its own group's guards: the groups must keep the
    packages' order (their rule ids follow it), cover each once, and keep groups + largest group small."""
    assert package_groups([]) == [] and package_groups(["a", "b", "c"]) == [["a", "b", "c"]]
    for n in (4, 9, 10, 17, 36, 50):
        names = [f"p{i:02d}" for i in range(n)]
        groups = package_groups(names)
        assert [x for g in groups for x in g] == names and all(groups)
        assert 1 < len(groups) <= PACKAGE_GROUPS
        assert len(groups) + max(map(len, groups)) <= 2 * math.ceil(math.sqrt(n)) + 3, n


def test_every_copy_sits_in_the_section_of_its_paranoia_level() -> None:
    """A copy of a paranoia-1 rule placed after the file's "@lt 2" skip would never run at PL1: the standard profile
    would lose the stock rule it removed (stop 35: 942190's copy was first written among the PL2 copies)."""
    text = TUNING_FILE.read_text(encoding="utf-8")
    pl2 = text.index('SecRule TX:EXECUTING_PARANOIA_LEVEL "@lt 2"')
    pl3 = text.index('SecRule TX:EXECUTING_PARANOIA_LEVEL "@lt 3"')
    assert pl2 < text.index('SecMarker "END-SITEGROUP-ZH-PL2"') < pl3 < text.index('SecMarker "END-SITEGROUP-ZH-PL3"')
    placed = []
    for m in re.finditer(r'"id:(\d+),(?:(?!\nSecRule |\nSecMarker )[\s\S])*?tag:\'paranoia-level/(\d)\'', text):
        level = int(m.group(2))
        head = text[text.rindex("\nSecRule ", 0, m.start()) + 1:m.start()]
        if head.startswith(f'SecRule TX:PARANOIA_LEVEL "@ge {level}"'):  # gated by its own first condition (10422)
            continue
        section = 1 if m.start() < pl2 else 2 if m.start() < pl3 else 3
        placed.append((m.group(1), level, section))
    assert len(placed) > 50
    assert [p for p in placed if p[1] != p[2]] == []


def test_the_gwt_rpc_class_check_is_crs_java_list_less_the_boxed_types() -> None:
    """10051 reads a GWT-RPC body with 944130's own list (CRS's java-classes.data) less the two type signatures
    every call carries: written out in the tuning file, so it must follow CRS's file, never drift from it."""
    crs = {ln.strip() for ln in (wordify.CRS_RULES / "java-classes.data").read_text(encoding="utf-8").splitlines()
           if ln.strip() and not ln.startswith("#")}
    block = next(b for b in re.split(r"\n(?=SecRule )", TUNING_FILE.read_text(encoding="utf-8")) if '"id:10051,' in b)
    listed = set(re.search(r'SecRule REQUEST_BODY "@pm ([^"]+)"', block).group(1).split())
    assert listed == crs - {"java.lang.String", "java.lang.Integer"}
