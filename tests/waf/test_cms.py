"""CMS exclusion packages (policies/waf/cms/): validation, and each package's own requests through the real tier."""

from __future__ import annotations

import itertools
import re
import shutil
import uuid
from pathlib import Path

import pytest

from sitegroup.model import ContentType
from sitegroup.waf import WafRenderError, body_types, cms, html_fields
from sitegroup.waf.ctl import FIELDS_FLAG
from sitegroup.waf.options import RenderOptions
from sitegroup.waf.render import render_files, replacement_ids
from tests.waf import factory
from tests.waf.conftest import Tier
from tests.waf.factory import BLOCKING, GATEWAY, cms_host, disguised, profile_host
from tests.waf.harness import Req, as_citizens, rules_by_test_id, send

PACKAGES = sorted(cms.packages())




def _req(d: dict) -> Req:
    """A package's request as its client sends it: a browser's defaults unless the request names its own
    User-Agent, i.e. a program (a SOAP client, a callback) whose header set is given in full."""
    given = d.get("headers", {})
    defaults = {} if "User-Agent" in given else {
        "User-Agent": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/126.0", "Accept": "*/*"}
    headers = {**defaults, **given}
    # client "office": a console field's analyst (ADR 0038), inside the profiles' back-office ranges
    return as_citizens([Req(d["method"], d["path"], headers, d.get("body"), client=d.get("client", ""))])[0]


def test_the_repository_has_packages_and_they_are_valid() -> None:
    found, issues = cms.load()
    assert not issues and len(found) >= 2
    for pkg in found.values():
        for x in pkg.exclusions:
            assert x.paths and x.targets and "/" not in x.paths  # never a rule off for a whole site


@pytest.mark.parametrize("change,fragment", [
    ("    paths: [/was5/web/search]", "    paths: [/]"),  # the whole site
    ("    targets: [ARGS:searchword]", "    targets: []"),  # the whole request
    ("    targets: [ARGS:searchword]", "    targets: ['ARGS:x;ctl:ruleEngine=Off']"),  # injection
    ("    targets: [ARGS:searchword]", "    targets: ['XML://secret']"),  # an XPath: only XML:/* is allowed
    ("    targets: [ARGS:searchword]", "    targets: ['XML:/*;ctl:ruleEngine=Off']"),
    ("name: trs-wcm", "name: other"),  # name differs from the file
])
def test_a_package_that_would_widen_or_inject_is_refused(tmp_path: Path, change: str, fragment: str) -> None:
    text = (cms.CMS_DIR / "trs-wcm.yaml").read_text(encoding="utf-8")
    assert change in text
    (tmp_path / "trs-wcm.yaml").write_text(text.replace(change, fragment, 1), encoding="utf-8")
    found, issues = cms.load(tmp_path)
    assert not found and issues
    assert all(i.file.endswith("trs-wcm.yaml") and i.line >= 1 for i in issues)


@pytest.mark.parametrize(("change", "fragment", "field"), [
    ("  - paths: [/api/v1/sqllab/execute/, /api/v1/chart/data]", "  - paths: [/]", "console_fields[0].paths[0]"),
    ("    targets: [ARGS:json.sql, ARGS:json.queries.array_0.extras.where]", "    targets: [ARGS]",
     "console_fields[0].targets[0]"),
    ("    runs: SQL Lab", "    runs: TODO SQL Lab", "console_fields[0].runs"),
])
def test_a_console_field_that_would_widen_is_refused_naming_its_field(tmp_path: Path, change: str, fragment: str,
                                                                      field: str) -> None:
    """ADR 0038: a console field on the whole site, on a whole collection, or with an unsigned `runs` is refused,
    with the file, the line and the field named, and nothing is loaded."""
    text = (cms.CMS_DIR / "superset.yaml").read_text(encoding="utf-8")
    assert change in text
    (tmp_path / "superset.yaml").write_text(text.replace(change, fragment, 1), encoding="utf-8")
    found, issues = cms.load(tmp_path)
    assert not found and any(i.field == field and i.file.endswith("superset.yaml") and i.line > 1 for i in issues), \
        [(i.field, i.line) for i in issues]


@pytest.mark.parametrize("change,fragment", [
    ("    targets: [ARGS:content, ARGS:json.content]", "    targets: [ARGS]"),  # a whole collection
    ("    targets: [ARGS:content, ARGS:json.content]", "    targets: [REQUEST_HEADERS:Referer]"),
    ("    targets: [ARGS:content, ARGS:json.content]", "    targets: ['ARGS:content;ctl:ruleEngine=Off']"),
    # ModSecurity takes a target off CRS's ARGS rules only by its ARGS name: this would remove nothing
    ("    targets: [ARGS:content, ARGS:json.content]", "    targets: [ARGS_POST:content, ARGS:json.content]"),
    ("  - paths: [/hdjl/api/article/submit,", "  - paths: [/,"),  # the whole site
    ("    sanitiser: ", "    sanitizer_typo: "),  # the backend's sanitiser must be named
])
def test_an_html_field_that_would_widen_or_inject_is_refused(tmp_path: Path, change: str, fragment: str) -> None:
    text = (cms.CMS_DIR / "rich-editor.yaml").read_text(encoding="utf-8")
    assert change in text
    (tmp_path / "rich-editor.yaml").write_text(text.replace(change, fragment, 1), encoding="utf-8")
    found, issues = cms.load(tmp_path)
    assert not found and issues
    assert all(i.file.endswith("rich-editor.yaml") and i.line >= 1 for i in issues)


def test_an_html_field_hands_its_parameter_to_the_allow_list_check() -> None:
    """The rendered package: on the editor's paths the field leaves CRS's XSS rules and the SQL rules
    that read HTML syntax, and the two checks read exactly that field, only when the path rule ran."""
    text = "\n".join(cms.render_package(cms.packages()["rich-editor"], cms.CMS_ID_BASE))
    assert "ctl:ruleRemoveTargetByTag=attack-xss;ARGS:content" in text
    assert "ctl:ruleRemoveTargetById=942130;ARGS:json.content" in text
    assert "ctl:ruleRemoveTargetByTag=attack-xss;ARGS;" not in text  # never the whole collection
    assert text.count('SecRule ARGS:content|ARGS:json.content "@rx') == html_fields.RULES_PER_FIELD
    assert text.count("setvar:tx.sg_html_12001=1") == 4 and text.count('SecRule TX:sg_html_12001 "@eq 1"') == 2
    # Behind the package's own skip: a site of another CMS never sets the flag.
    assert text.index("setvar:tx.sg_html_") > text.index('SecRule TX:sg_cms "!@rx (?:^|\\+)rich-editor(?:\\+|$)"')
    assert text.rindex("setvar:tx.sg_html_") < text.index("SecMarker END-CMS-rich-editor")


def test_a_package_renders_one_path_rule_per_path_with_every_exclusion_that_names_it() -> None:
    """hl7-hip: twelve exclusions on the same three paths are three phase-1 rules, each carrying all twelve
    removals (stop 28: fewer rules per worker, the same ctl actions on the same requests)."""
    pkg = cms.packages()["hl7-hip"]
    rules = [ln for ln in cms.render_package(pkg, cms.CMS_ID_BASE) if ln.startswith("SecRule REQUEST_FILENAME")]
    paths = {p for x in pkg.exclusions for p in x.paths}
    assert len(pkg.exclusions) == 12 and len(rules) == len(paths) == 3
    for rule in rules:
        for x in pkg.exclusions:
            assert f"ctl:ruleRemoveTargetById={x.rule_id};XML:/*" in rule, (x.rule_id, rule[:80])


def test_the_raw_body_copy_an_html_field_removes_is_920272s() -> None:
    import re

    from sitegroup.waf.render import TUNING_FILE
    blocks = re.split(r"\n(?=SecRule )", TUNING_FILE.read_text(encoding="utf-8"))
    block = next(b for b in blocks if '"id:10275,' in b)  # 920272's copy reading the raw body
    # REQUEST_BODY on the chain's first rule, which carries the tag the field's removal names.
    assert "tag:'sitegroup/replaces/920272'" in block and block.startswith("SecRule REQUEST_BODY ")


@pytest.mark.parametrize("fragment", [
    "  - path: /system/\n",  # the admin root itself
    "  - path: /\n",
    "  - path: /system/*/\n",  # no wildcard
    "  - path: /system/resource/../\n",  # no dot segment
    "  - path: /system/.hidden/\n",
    "  - path: system/resource/\n",
])
def test_a_public_path_that_could_reopen_an_admin_area_is_refused(tmp_path: Path, fragment: str) -> None:
    text = (cms.CMS_DIR / "vsb-boda.yaml").read_text(encoding="utf-8")
    change = "  - path: /system/resource/\n"
    assert change in text
    (tmp_path / "vsb-boda.yaml").write_text(text.replace(change, fragment, 1), encoding="utf-8")
    found, issues = cms.load(tmp_path)
    assert not found and issues and all(i.file.endswith("vsb-boda.yaml") for i in issues)


def test_a_public_path_must_lie_strictly_inside_an_admin_path() -> None:
    pkg = cms.packages()["vsb-boda"]
    cms.check_public_paths(pkg, {"/admin/", "/system/"})
    for admin in ({"/system/resource/"}, {"/system/resource/js/"}, {"/System/_content/download.jsp"}):
        with pytest.raises(WafRenderError, match="would reopen"):
            cms.check_public_paths(pkg, admin)


@pytest.mark.slow
@pytest.mark.parametrize("profile", BLOCKING)
@pytest.mark.parametrize("name", PACKAGES)
def test_package_passes_its_cms_traffic_and_still_blocks_attacks(tier: Tier, name: str, profile: str) -> None:
    pkg = cms.packages()[name]
    host = cms_host(profile, name)
    refused = [d["path"] for d in pkg.must_pass if send(tier.port, host, _req(d), source=GATEWAY).status != 200]
    assert not refused, f"{name} on {profile}: ordinary requests refused: {refused}"
    served = [d["path"] for d in pkg.must_block if send(tier.port, host, _req(d), source=GATEWAY).status != 403]
    assert not served, f"{name} on {profile}: attacks on the package's paths not blocked: {served}"


@pytest.mark.slow
@pytest.mark.parametrize("name", PACKAGES)
def test_package_is_load_bearing_and_only_for_sites_that_declare_it(tier: Tier, name: str) -> None:
    """The same requests on a strict and a high-value site that do not declare the CMS: some are refused, so
    the package (and nothing platform-wide) is what lets them through. (A package may matter only at paranoia
    level 3: soap-ws's WS-Security envelopes pass strict without it.)"""
    pkg = cms.packages()[name]
    statuses = [send(tier.port, profile_host(profile), _req(d), source=GATEWAY).status
                for profile in ("strict", "high-value") for d in pkg.must_pass]
    assert 403 in statuses, f"{name}: its must-pass requests pass without it; the package is not needed"


def _disguised_cases() -> list[tuple[str, str, str]]:
    """(package, exclusion path, a disguised form of it) for every path a package excludes rules on."""
    return [(name, path, fake) for name in PACKAGES
            for path in sorted(_excluding_paths(cms.packages()[name]))
            for fake in disguised(path)]


def _excluding_paths(pkg: cms.Package) -> set[str]:
    return {p for x in pkg.exclusions for p in x.paths} | {p for h in pkg.html_fields for p in h.paths}


def _on(path: str, d: dict) -> bool:
    """Whether a must-pass request is on the exclusion path (a directory: under it)."""
    p = d["path"].split("?", 1)[0]
    return p.startswith(path) if path.endswith("/") else p == path


@pytest.mark.slow
@pytest.mark.parametrize("name,path,fake", _disguised_cases())
def test_exclusion_is_not_carried_by_a_disguised_path(tier: Tier, name: str, path: str, fake: str) -> None:
    """The package's ordinary requests that only the exclusion lets through (refused on a strict site
    without the package) sent to /search/..;/x (Tomcat: /x), /search/..\\x (IIS), double-encoded dot
    segments, control characters, ";jsessionid=": no exclusion there, the full rule set refuses them."""
    pkg = cms.packages()[name]
    # An exclusion naming a CRS rule the platform tuning replaced covers its copy (ctl.ctl_remove).
    copies = replacement_ids()
    rules = {str(r) for x in pkg.exclusions if path in x.paths for r in (x.rule_id, copies.get(x.rule_id))}
    for h in pkg.html_fields:
        if path in h.paths:
            # CRS's XSS rules (and the platform's copies of them) read the HTML field again there
            rules |= {"941100", "941160"} | {str(c) for r, c in copies.items() if 941000 <= r < 942000}
            # and so do the rules an HTML field leaves for its syntax (markdown's ## is 942440's comment, stop 27;
            # an SLD's escape="!" is 942190's quote-bang-quote, stop 33)
            syntax = (*html_fields.HTML_SYNTAX_RULES, *html_fields.MARKUP_SYNTAX_RULES.get(h.markup, ()))
            rules |= {str(x) for r in syntax for x in (r, copies.get(r)) if x}
    # The lowest blocking profile where the path's exclusion is load-bearing (soap-ws: paranoia level 3 only).
    for profile in ("strict", "high-value"):
        plain, host = profile_host(profile), cms_host(profile, name)
        needed = _needed_on(tier, pkg, path, plain, rules)
        if needed:
            break
    assert needed, f"{name}: no must-pass request on {path} needs the exclusion"
    if any(path in c.paths for c in pkg.content_types):
        rules |= {"920420"}  # the package's body type is refused there: none of its path rules applied
    for d in needed:
        query = d["path"].split("?", 1)[1] if "?" in d["path"] else ""
        assert send(tier.port, host, _req(d), source=GATEWAY).status == 200
        tid = uuid.uuid4().hex
        probe = _req({**d, "path": f"{fake}?{query}", "headers": {**d.get("headers", {}), "X-Test-Id": tid}})
        assert send(tier.port, host, probe, source=GATEWAY).status == 403
        # CRS's path-traversal rules refuse most disguises anyway; what shows the exclusion stayed on
        # its path is that an excluded rule read the parameter here, or that the disguise left a public
        # path of the package for an admin path (/cms/graphql/..;/x): the admin ACL refused it in phase 1.
        fired = set(rules_by_test_id(tier.nginx, [tid]).get(tid, []))
        assert rules & fired or _refused_as_admin(tier, tid), f"{name}: exclusion on {path} carried to {fake}"


def _needed_on(tier: Tier, pkg: cms.Package, path: str, plain: str, rules: set[str]) -> list[dict]:
    """The must-pass requests on the path that the plain site refuses for a rule the path's exclusions
    remove (for an HTML field: CRS's XSS rules and those its syntax misleads, all in `rules`): a request the
    package's other paths, fields or body types let through proves nothing about this path."""
    needed = []
    for d in pkg.must_pass:
        if not _on(path, d):
            continue
        tid = uuid.uuid4().hex
        if send(tier.port, plain, _req({**d, "headers": {**d.get("headers", {}), "X-Test-Id": tid}}),
                source=GATEWAY).status != 403:
            continue
        fired = set(rules_by_test_id(tier.nginx, [tid]).get(tid, []))
        if (fired & rules
                # refused before the excluded rules could run: by the admin ACL on a public path of the
                # package, or by the type check on a body type it declares there
                or (_refused_as_admin(tier, tid) and any(path == p.path for p in pkg.public_paths))
                or ("920420" in fired and any(path in c.paths for c in pkg.content_types))):
            needed.append(d)
    return needed


def _refused_as_admin(tier: Tier, tid: str) -> bool:
    return any("sitegroup/admin-acl" in m["details"].get("tags", [])
               for e in tier.nginx.audit_entries() if e["transaction"]["request"]["headers"].get("X-Test-Id") == tid
               for m in e["transaction"].get("messages", []))


def test_validate_refuses_a_public_path_that_would_reopen_a_profiles_admin_path(tmp_path: Path, capsys) -> None:
    """`sitegroup validate` (the catalogue) already refuses what the render would: a profile guarding
    /system/resource/js/ while vsb-boda opens /system/resource/. The error names file, line, field, fix."""
    from sitegroup.catalogue import load_catalogue
    from sitegroup.cli import main
    from tests.waf.factory import REPO

    shutil.copytree(REPO / "inventories" / "dev", tmp_path, dirs_exist_ok=True)  # a self-contained inventory
    shutil.copytree(REPO / "site_templates", tmp_path / "site_templates")
    shutil.copytree(REPO / "policies", tmp_path / "policies")
    profile = tmp_path / "policies" / "waf" / "standard.yaml"
    text = profile.read_text(encoding="utf-8")
    assert "/system/]" in text
    profile.write_text(text.replace("/system/]", "/system/, /System/Resource/js/]", 1), encoding="utf-8")
    assert main(["validate", "--inventory", str(tmp_path)]) == 1
    assert "vsb-boda.yaml:" in capsys.readouterr().err
    _, issues = load_catalogue(REPO / "site_templates", tmp_path / "policies", str)
    assert len(issues) == 1, issues
    (i,) = issues
    line = (tmp_path / "policies/waf/cms/vsb-boda.yaml").read_text(encoding="utf-8").splitlines()[i.line - 1]
    assert i.file.endswith("vsb-boda.yaml") and line.strip() == "- path: /system/resource/"
    assert i.field == "public_paths.0.path" and "standard" in i.message and "/system/resource/js/" in i.message
    assert "strictly below" in i.fix
    # The repository's own policies are clean.
    assert not load_catalogue(REPO / "site_templates", REPO / "policies", str)[1]


HTML_FIELD_CASES = [(name, h.paths[0], t) for name in PACKAGES for h in cms.packages()[name].html_fields
                    for t in h.targets]


@pytest.mark.slow
@pytest.mark.parametrize("profile", BLOCKING)
@pytest.mark.parametrize("name,path,target", HTML_FIELD_CASES)
def test_every_xss_payload_is_refused_in_an_html_field(tier: Tier, name: str, path: str, target: str,
                                                         profile: str) -> None:
    """The attack corpus's XSS payloads (tests/waf/attacks.py), each inside ordinary editor HTML, in
    the declared field: the allow-list check refuses every one, with CRS's XSS rules off that field."""
    import json
    import urllib.parse

    from tests.waf.attacks import FAMILIES
    key = target.split(":", 1)[1]
    served = []
    for payload in FAMILIES["xss"]:
        value = f"<p>正文第一段。</p>{payload}<p>第二段</p>"
        if key.startswith("json."):
            body, ctype = json.dumps({"title": "t", key[5:]: value}, ensure_ascii=False), "application/json"
        else:
            body, ctype = urllib.parse.urlencode({"title": "t", key: value}), "application/x-www-form-urlencoded"
        d = {"method": "POST", "path": path, "headers": {"Content-Type": ctype}, "body": body}
        if send(tier.port, cms_host(profile, name), _req(d), source=GATEWAY).status != 403:
            served.append(payload)
    assert not served, f"{name} {target} on {profile}: XSS served: {served}"


_TYPED = """name: mail
description: x
sources: [x]
content_types:
  - paths: [{path}]
    type: {ctype}
    parameters: [{params}]
    body: {body}
    reason: x
must_pass: [{{method: GET, path: /}}]
must_block: [{{method: GET, path: /}}]
"""


@pytest.mark.parametrize("path,ctype,params,body", [
    ("/", "text/x-json", "tz", "json"),  # the whole site
    ("/mail/s/json", "text/x json", "tz", "json"),  # not a media type
    ("/mail/s/json", "text/x-json;a=b", "tz", "json"),  # parameters are declared apart, by name
    ("/mail/s/json", "text/x-json", "tz=", "json"),  # a parameter name, not syntax
    ("/mail/s/json", "text/x-json", "tz", "urlencoded"),  # json or xml only
])
def test_a_declared_body_type_is_validated(tmp_path: Path, path: str, ctype: str, params: str, body: str) -> None:
    (tmp_path / "mail.yaml").write_text(_TYPED.format(path=path, ctype=ctype, params=params, body=body),
                                        encoding="utf-8")
    found, issues = cms.load(tmp_path)
    assert not found and issues and issues[0].line > 1 and issues[0].fix, issues


def test_a_declared_body_type_pins_the_whole_header() -> None:
    c = ContentType(("/coremail/s/json",), "text/x-json", ("charset", "tz"), "json", "x")
    first, one, chained = body_types.rule(c, "/coremail/s/json", 12001, "cms/coremail")
    assert first.startswith('SecRule REQUEST_FILENAME "@rx ^/coremail/s/json') and first.endswith(',chain"')
    assert one == '    SecRule &REQUEST_HEADERS:Content-Type "@eq 1" "t:none,chain"'  # a second header: no
    pattern = re.search(r'"@rx (.*?)" "t:none', chained).group(1).replace(r"\x22", '"')
    for header, ok in [("text/x-json", True), ('text/x-json; tz="asia/shanghai"', True),
                       ("text/x-json;charset=utf-8", True), ('text/x-json; tz="asia/shanghai"; charset=utf-8', True),
                       ("text/x-json; boundary=x", False), ('text/x-json; tz="a" x', False),
                       ("text/x-jsonp", False), ("application/json", False), ('text/x-json; tz="a\\"b"', False),
                       ("text/x-json\n; tz=x", False)]:
        assert (re.search(pattern.replace("\\z", "\\Z"), header) is not None) == ok, header
    assert "ctl:requestBodyProcessor=JSON" in chained and "t:lowercase" in chained


def test_each_packages_guard_selects_exactly_the_sites_that_declare_it() -> None:
    """cms.conf skips a package unless tx.sg_cms (the site's packages joined by '+') names it: read the
    rendered guard and try it on every key a site can have, one package or several, including names that
    contain another (open-data / es-query / ...)."""
    opts = RenderOptions.local("/tmp/sitegroup-waf-cms", listen="127.0.0.1:18080", backend="http://127.0.0.1:18081")
    text = render_files(factory.test_environment(), opts)["modsecurity/cms.conf"]
    guards = {name: pattern for pattern, name in re.findall(
        r'SecRule TX:sg_cms "!@rx (.+?)" "id:\d+,phase:1,pass,nolog,t:none,skipAfter:END-CMS-([a-z0-9-]+)"', text)}
    assert sorted(guards) == PACKAGES
    keys = ["-", *PACKAGES, *("+".join(sorted(pair)) for pair in itertools.combinations(PACKAGES, 2)),
            "+".join(PACKAGES[:4]), *(f"{n}-v2+my{n}+{n}x" for n in PACKAGES)]  # names holding a name
    for name, pattern in guards.items():
        chosen = [k for k in keys if re.search(pattern, k)]
        assert chosen == [k for k in keys if name in k.split("+")], name
    # Package sites pass a group's guard first: it must pass exactly the keys one of its members' guards passes,
    # and every package must sit inside exactly one group, between that group's guard and its marker.
    groups = re.findall(r'SecRule TX:sg_cms "!@rx (.+?)" "id:\d+,phase:1,pass,nolog,t:none,'
                        r'skipAfter:END-CMS-GROUP-(\d+)"', text)
    assert len(groups) > 1
    placed = []
    for pattern, g in groups:
        body = text[text.index(f"skipAfter:END-CMS-GROUP-{g}"):text.index(f"SecMarker END-CMS-GROUP-{g}\n")]
        members = re.findall(r"skipAfter:END-CMS-([a-z0-9-]+)\"", body)
        assert members and all(f"SecMarker END-CMS-{m}\n" in body for m in members)
        chosen = [k for k in keys if re.search(pattern, k)]
        assert chosen == [k for k in keys if set(k.split("+")) & set(members)], g
        placed += members
    assert sorted(placed) == PACKAGES


def test_two_packages_that_parse_one_body_type_two_ways_are_refused(tmp_path: Path, capsys) -> None:
    """A site declaring coremail and a package reading coremail's text/x-json as XML on the same path:
    `sitegroup validate` names the entry, the field and both packages (the later body processor would
    win silently). On a path of its own the second package is fine."""
    from sitegroup.cli import main
    from tests.inventory.helpers import change, read_entry
    from tests.waf.factory import REPO

    inv = tmp_path / "inv"
    shutil.copytree(REPO / "inventories" / "dev", inv)
    shutil.copytree(REPO / "site_templates", inv / "site_templates")
    shutil.copytree(REPO / "policies", inv / "policies")
    text = (REPO / "policies/waf/cms/coremail.yaml").read_text(encoding="utf-8")
    other = inv / "policies/waf/cms/webmail-xml.yaml"
    other.write_text(text.replace("name: coremail", "name: webmail-xml", 1).replace("body: json", "body: xml", 1),
                     encoding="utf-8")
    waf = read_entry(inv, "linhe")["waf"]
    entry = change(inv, "linhe", waf={**waf, "cms": ["coremail", "webmail-xml"]})
    assert main(["validate", "--inventory", str(inv)]) == 1
    err = capsys.readouterr().err
    assert f"{entry.name}:" in err and "waf.cms" in err, err
    assert "CMS package 'coremail' and CMS package 'webmail-xml'" in err, err
    assert "parse text/x-json as json and as xml on /coremail/s/json" in err and "disjoint" in err
    other.write_text(other.read_text(encoding="utf-8").replace("/coremail/s/json", "/webmail/s/xml"), encoding="utf-8")
    assert main(["validate", "--inventory", str(inv)]) == 0, capsys.readouterr().err


@pytest.mark.slow
@pytest.mark.parametrize("profile", BLOCKING)
def test_a_site_running_four_products_gets_each_packages_exclusions(tier: Tier, profile: str) -> None:
    """One site declaring four packages (tests/waf/factory.py: multi_host) passes each package's own
    traffic and still refuses each package's attacks on the same paths."""
    host = factory.multi_host(profile)
    for name in factory.MULTI_PACKAGES:
        pkg = cms.packages()[name]
        refused = [d["path"] for d in pkg.must_pass if send(tier.port, host, _req(d), source=GATEWAY).status != 200]
        assert not refused, f"{name} on a {profile} site with {factory.MULTI_PACKAGES}: refused {refused}"
        served = [d["path"] for d in pkg.must_block if send(tier.port, host, _req(d), source=GATEWAY).status != 403]
        assert not served, f"{name} on a {profile} site with {factory.MULTI_PACKAGES}: not blocked {served}"


def test_every_phase2_package_rule_reads_a_flag_set_with_the_fields_flag() -> None:
    """cms.conf's 10904 skips every package's phase-2 rules unless a field's path rule set tx.sg_fields: so each
    phase-2 rule there must read a flag (tx.sg_html_/sg_filter_/sg_textfield_...) that is only ever set by a rule
    that sets tx.sg_fields too. A renderer that forgot it would let the field's removals stand without its checks
    (the attack tests would catch that for the packages they cover; this catches it for every rule)."""
    opts = RenderOptions.local("/tmp/sitegroup-waf-cms", listen="127.0.0.1:18080", backend="http://127.0.0.1:18081")
    text = render_files(factory.test_environment(), opts)["modsecurity/cms.conf"]
    rules = re.split(r"\n(?=SecRule |SecMarker )", text)
    # The shared checks (ADR 0039) score nothing and refuse nothing: they only mark arguments, which a field's rule
    # reads behind its flag (below).
    shared = [r for r in rules if re.search(r"id:140\d\d,", r)]
    assert len(shared) >= 5
    marks: dict[str, str] = {}
    for r in shared:
        actions = r.rsplit(' "', 1)[1]
        assert ",phase:2,pass,nolog," in actions and not re.search(r"block|deny|score|ctl:|chain", actions), r[:200]
        [key] = re.findall(r"setvar:'tx\.(sg_mark_\w+)_%\{MATCHED_VAR_NAME\}=", r)
        marks[key] = r
    phase2 = [r for r in rules if "phase:2" in r and "id:10903" not in r and "id:10904" not in r and r not in shared]
    assert len(phase2) > 20
    for r in phase2:
        for key, target in re.findall(r"TX:(sg_mark_[a-z0-9_]+?)_(ARGS:[^|\s\"]+)", r):
            # A mark is set only by its shared check, which reads that very argument.
            assert key in marks and target in marks[key].split(" ", 2)[1].split("|"), (key, target)
    setters: dict[str, list[str]] = {}
    for r in rules:
        for flag in re.findall(r"setvar:tx\.(sg_\w+)=1", r):
            setters.setdefault(flag, []).append(r)
    for r in phase2:
        flag = re.match(r'SecRule TX:(sg_\w+?)(?:_(ARGS:\S+))? "@eq 1"', r)
        assert flag, r[:200]
        if flag[2]:  # a filter field's mark on one argument: set only by its grammar check, behind the path flag
            [check] = [c for c in rules if f"setvar:'tx.{flag[1]}_%{{MATCHED_VAR_NAME}}=1'" in c]
            assert check.startswith(f'SecRule TX:{flag[1]} "@eq 1" ') and flag[2] in check, check[:200]
        assert setters.get(flag[1]) and all(f"setvar:tx.{FIELDS_FLAG}=1" in s for s in setters[flag[1]]), flag[1]
    assert f'SecRule &TX:{FIELDS_FLAG} "@eq 0" "id:10904,phase:2' in text


@pytest.mark.slow
@pytest.mark.parametrize("profile", BLOCKING)
def test_a_console_field_is_honoured_only_from_the_back_office(tier: Tier, profile: str) -> None:
    """ADR 0038: superset's SQL Lab statement passes from an address inside the profiles' back-office ranges, through
    the gateway; the same request from a citizen's address, from a back-office address in a header forged by a peer
    that is not the gateway, or from the back office on a site that does not declare superset, is refused."""
    (sqllab,) = [d for d in cms.packages()["superset"].must_pass if d["path"] == "/api/v1/sqllab/execute/"]
    office = _req(sqllab)
    citizen = _req({k: v for k, v in sqllab.items() if k != "client"})
    assert send(tier.port, cms_host(profile, "superset"), office, source=GATEWAY).status == 200
    assert send(tier.port, cms_host(profile, "superset"), citizen, source=GATEWAY).status == 403
    assert send(tier.port, cms_host(profile, "superset"), office, source="127.0.0.1").status == 403
    assert send(tier.port, profile_host(profile), office, source=GATEWAY).status == 403


def test_a_console_field_is_read_only_behind_the_office_flag() -> None:
    """The path rule of a console field sets its flag only in a chain on tx.sg_office, and the office rule compares
    REMOTE_ADDR (never a header) with each profile's back-office ranges."""
    from sitegroup.waf import console_fields
    from sitegroup.waf.modsec import PROFILE_ID_BASE, PROFILE_ID_SPAN

    lines = console_fields.render(cms.packages()["superset"].console_fields[0], 12101, "cms/superset")
    assert lines[1].startswith('SecRule REQUEST_FILENAME ') and lines[1].endswith(',chain"')
    assert lines[2] == (f'    SecRule TX:{console_fields.OFFICE_FLAG} "@eq 1" '
                        f'"t:none,setvar:tx.sg_console_12101=1,setvar:tx.{FIELDS_FLAG}=1"')
    profiles = [factory.load_profile(n) for n in ("strict", "standard")]
    office = console_fields.office_rules(profiles, PROFILE_ID_BASE, PROFILE_ID_SPAN)
    assert office[1:] == [
        f'SecRule TX:sg_profile "@streq strict" "id:{PROFILE_ID_BASE + 4},phase:1,pass,nolog,t:none,chain"',
        '    SecRule REMOTE_ADDR "@ipMatch 10.20.0.0/16,2001:db8:20::/48" "t:none,setvar:tx.sg_office=1"',
        f'SecRule TX:sg_profile "@streq standard" "id:{PROFILE_ID_BASE + PROFILE_ID_SPAN + 4},phase:1,pass,nolog,'
        't:none,chain"',
        '    SecRule REMOTE_ADDR "@ipMatch 10.20.0.0/16,2001:db8:20::/48" "t:none,setvar:tx.sg_office=1"']
    # Fewer rules leave a console field than a text field: LFI, RFI, Node.js, the other command rules and the
    # request-line rules keep reading it.
    removal = next(line for line in lines if line.startswith("SecRule TX:sg_console_12101 ") and "ctl:" in line)
    assert "ctl:ruleRemoveTargetByTag=attack-sqli;ARGS:json.sql" in removal
    assert "ctl:ruleRemoveTargetById=932115;ARGS:json.sql" in removal
    assert not any(t in removal for t in ("attack-lfi", "attack-rfi", "nodejs", "=932100;", "=932160;", "=921110;"))
