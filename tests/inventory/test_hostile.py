"""Hostile input: operators' strings reach nginx, ModSecurity, Kubernetes names and shell commands.
Every case must be refused with a clear error, and the inventory must not load."""

from __future__ import annotations

import pytest

from tests.inventory.helpers import change, copy_dev, entry_path, issues, new_county, write_entry


@pytest.fixture
def inv(tmp_path):
    return copy_dev(tmp_path)


@pytest.mark.parametrize("bad_id", [
    "../etc", "a/b", "a..b", "Baisha", "x" * 64, "-lead", "trail-", "has space", "semi;colon", "中文", "xinhe\n",
])
def test_hostile_ids(inv, bad_id):
    write_entry(inv, new_county(id=bad_id), name="xinhe")
    found = issues(inv)
    assert any(i.field == "id" and i.rule == "schema" for i in found), found


def test_id_must_leave_room_for_the_namespace_prefix(inv):
    write_entry(inv, new_county(id="x" * 59), name="x" * 59)
    assert any(i.field == "id" for i in issues(inv))


@pytest.mark.parametrize("bad_domain", [
    "www.xinhe.gov.cn\nserver_name evil.com",
    "www.xinhe.gov.cn;",
    "www.xinhe.gov.cn{",
    "www.xinhe.gov.cn}",
    'www.xinhe.gov.cn"',
    "www.xinhe.gov.cn'",
    "www xinhe.gov.cn",
    "www.xinhe.gov.cn$host",
    "www.xin_he.gov.cn",          # not a valid hostname (std3)
    "www.-xinhe.gov.cn",          # label starts with a hyphen
    "www.xn--zz.gov.cn",          # invalid punycode
    "www..gov.cn",
    "www.xinhe.gov.cn.",
    "www.\u200bxinhe.gov.cn",     # zero-width space: invisible look-alike
])
def test_hostile_domains(inv, bad_domain):
    write_entry(inv, new_county(domains=[bad_domain]))
    found = issues(inv)
    assert any(i.field == "domains[0]" and i.rule in ("schema", "domain") for i in found), found


@pytest.mark.parametrize(("field", "value"), [
    ("name", "新河县\n} server { listen 80;"),
    ("organizer", "新河县人民政府办公室\"; rm -rf /"),
    ("owners", ["sg:xinhe editors"]),
    ("owners", ["system:masters\n"]),
    ("contact", "0680-1234567; reboot"),
])
def test_hostile_text_fields(inv, field, value):
    write_entry(inv, new_county(**{field: value}))
    assert any(i.field.startswith(field) and i.rule == "schema" for i in issues(inv))


@pytest.mark.parametrize(("key", "value"), [
    ("path", "/search\"; SecRuleEngine Off"),
    ("path", "/a b"),
    ("path", "/../admin"),
    ("target", "ARGS:x,phase:1"),
    ("reason", "line one\nSecRuleEngine Off"),
])
def test_hostile_waf_exception_fields(inv, key, value):
    exc = {"rule": 942100, "path": "/hdjl/", "reason": "误报", "expires": "2027-01-31"}
    exc[key] = value
    write_entry(inv, new_county(waf={"profile": "standard", "exceptions": [exc]}))
    assert any(i.field == f"waf.exceptions[0].{key}" for i in issues(inv))


@pytest.mark.parametrize(("key", "value"), [
    ("paths", ["/"]),  # the whole site
    ("paths", ["/comment\"; SecRuleEngine Off"]),
    ("paths", ["/../admin/"]),
    ("targets", ["ARGS"]),  # a whole collection
    ("targets", ["REQUEST_HEADERS:Referer"]),
    ("targets", ["ARGS_POST:content"]),  # ModSecurity would remove nothing from the ARGS rules
    ("targets", ["ARGS_GET:content"]),
    ("targets", ["ARGS:content,ctl:ruleEngine=Off"]),
    ("sanitiser", "jsoup\nSecRuleEngine Off"),
    ("reason", "富文本\nSecRuleEngine Off"),
    ("markup", "svg"),  # html or ssml only
])
def test_hostile_waf_html_fields(inv, key, value):
    field = {"paths": ["/hdjl/comment/submit"], "targets": ["ARGS:content"], "sanitiser": "jsoup Safelist.relaxed()",
             "reason": "投稿正文为富文本"}
    field[key] = value
    write_entry(inv, new_county(waf={"profile": "standard", "html_fields": [field]}))
    assert any(i.field.startswith(f"waf.html_fields[0].{key}") for i in issues(inv)), issues(inv)


def test_a_declared_html_field_loads_into_the_model(inv):
    from sitegroup.inventory import check_environment
    from tests.inventory.helpers import TODAY
    field = {"paths": ["/hdjl/comment/submit"], "targets": ["ARGS:content"], "sanitiser": "jsoup Safelist.relaxed()",
             "reason": "投稿正文为富文本"}
    write_entry(inv, new_county(waf={"profile": "standard", "html_fields": [field]}))
    env, found = check_environment(path=inv, today=TODAY)
    assert not found
    site = next(s for s in env.sites if s.waf.html_fields)
    assert site.waf.html_fields[0].targets == ("ARGS:content",)


TEXT_FIELD = {"paths": ["/gongdan/submit"], "targets": ["ARGS:description"], "stored": "MyBatis #{} 绑定参数",
              "shown": "Thymeleaf th:text 转义", "reason": "运维工单粘贴日志"}


@pytest.mark.parametrize(("key", "value"), [
    ("paths", ["/"]),  # the whole site
    ("paths", ["/../admin/"]),
    ("paths", ['/gongdan"; SecRuleEngine Off']),
    ("targets", ["ARGS"]),  # a whole collection
    ("targets", ["REQUEST_BODY"]),
    ("targets", ["ARGS_POST:description"]),  # ModSecurity would remove nothing from the ARGS rules
    ("targets", ["ARGS:description,ctl:ruleEngine=Off"]),
    ("stored", "MyBatis\nSecRuleEngine Off"),
    ("shown", ""),
    ("reason", "burn-in 5 requests, reviewed by <NAME>"),  # a triage proposal, unsigned
])
def test_hostile_waf_text_fields(inv, key, value):
    write_entry(inv, new_county(waf={"profile": "standard", "text_fields": [{**TEXT_FIELD, key: value}]}))
    assert any(i.field.startswith(f"waf.text_fields[0].{key}") for i in issues(inv)), issues(inv)


def test_a_text_field_needs_both_statements(inv):
    for missing in ("stored", "shown"):
        field = {k: v for k, v in TEXT_FIELD.items() if k != missing}
        write_entry(inv, new_county(waf={"profile": "standard", "text_fields": [field]}))
        assert any("text_fields" in i.field and missing in i.message for i in issues(inv)), issues(inv)


def test_a_declared_text_field_loads_into_the_model(inv):
    from sitegroup.inventory import check_environment
    from tests.inventory.helpers import TODAY
    write_entry(inv, new_county(waf={"profile": "standard", "text_fields": [TEXT_FIELD]}))
    env, found = check_environment(path=inv, today=TODAY)
    assert not found
    site = next(s for s in env.sites if s.waf.text_fields and s.id != "qingchuan")  # the dev inventory declares one
    assert site.waf.text_fields[0].stored == "MyBatis #{} 绑定参数"


FILTER_FIELD = {"paths": ["/gis/query"], "targets": ["ARGS:where"], "language": "filter-sql", "reason": "地图查询条件"}
BODY_TYPE = {"paths": ["/api/site/"], "type": "application/x-site-json", "parameters": ["charset"], "body": "json",
             "reason": "本站移动端以自定义类型提交 JSON"}


@pytest.mark.parametrize(("key", "value"), [
    ("paths", ["/"]),  # the whole site
    ("paths", ["/../admin/"]),
    ("paths", ['/gis"; SecRuleEngine Off']),
    ("targets", ["ARGS"]),  # a whole collection
    ("targets", ["REQUEST_HEADERS:Referer"]),
    ("targets", ["ARGS_GET:where"]),  # ModSecurity would remove nothing from the ARGS rules
    ("targets", ["ARGS_POST:$filter"]),
    ("targets", ["ARGS:where,ctl:ruleEngine=Off"]),
    ("language", "sql"),
    ("reason", "地图\nSecRuleEngine Off"),
])
def test_hostile_waf_filter_fields(inv, key, value):
    write_entry(inv, new_county(waf={"profile": "standard", "filter_fields": [{**FILTER_FIELD, key: value}]}))
    assert any(i.field.startswith(f"waf.filter_fields[0].{key}") for i in issues(inv)), issues(inv)


@pytest.mark.parametrize(("key", "value"), [
    ("paths", ["/"]),
    ("paths", ["/./api/"]),
    ("type", 'text/x-json" "id:1,phase:1,ctl:ruleEngine=Off'),
    ("type", "text/x json"),
    ("type", "multipart/form-data"),  # every form: parsed already; declaring it would re-route every form
    ("type", "application/x-www-form-urlencoded"),
    ("parameters", ["tz=x"]),
    ("body", "urlencoded"),
    ("reason", "移动端\nSecRuleEngine Off"),
])
def test_hostile_waf_content_types(inv, key, value):
    write_entry(inv, new_county(waf={"profile": "standard", "content_types": [{**BODY_TYPE, key: value}]}))
    assert any(i.field.startswith(f"waf.content_types[0].{key}") for i in issues(inv)), issues(inv)


METHODS = {"paths": ["/caldav/"], "methods": ["PROPFIND", "REPORT"], "reason": "本站 CalDAV 日程服务"}


@pytest.mark.parametrize(("key", "value"), [
    ("paths", ["/"]),  # every path: the method check would be gone for the whole site
    ("paths", ["/./caldav/"]),
    ("methods", ["TRACE"]),  # cross-site tracing: diagnosis, never a site's service
    ("methods", ["CONNECT"]),
    ("methods", ["GET"]),  # the profiles' own: nothing to declare
    ("methods", ["propfind"]),  # HTTP methods are case-sensitive tokens
    ("methods", ['PUT" "id:1,phase:1,ctl:ruleEngine=Off']),
    ("methods", []),
    ("reason", "日程\nSecRuleEngine Off"),
])
def test_hostile_waf_methods(inv, key, value):
    write_entry(inv, new_county(waf={"profile": "standard", "methods": [{**METHODS, key: value}]}))
    assert any(i.field.startswith(f"waf.methods[0].{key}") for i in issues(inv)), issues(inv)


def test_declared_filter_fields_and_body_types_load_into_the_model(inv):
    from sitegroup.inventory import check_environment
    from tests.inventory.helpers import TODAY
    write_entry(inv, new_county(waf={"profile": "standard", "filter_fields": [FILTER_FIELD],
                                     "content_types": [BODY_TYPE], "methods": [METHODS]}))
    env, found = check_environment(path=inv, today=TODAY)
    assert not found, found
    site = next(s for s in env.sites if s.waf.filter_fields)
    assert (site.waf.filter_fields[0].targets, site.waf.filter_fields[0].language) == (("ARGS:where",), "filter-sql")
    assert (site.waf.content_types[0].type, site.waf.content_types[0].parameters) == ("application/x-site-json",
                                                                                    ("charset",))
    assert (site.waf.methods[0].paths, site.waf.methods[0].methods) == (("/caldav/",), ("PROPFIND", "REPORT"))


@pytest.mark.parametrize(("key", "value"), [
    ("docroot", "/var/www/../../etc"),
    ("docroot", "/var/www/$(reboot)"),
    ("docroot", "relative/path"),
    ("host", "legacy; reboot"),
    ("ssh_user", "root --"),
    ("old_domains", ["old.example.cn\nserver {"]),
])
def test_hostile_legacy_fields(inv, key, value):
    legacy = {"host": "legacy-1.example.internal", "docroot": "/var/www/x", "old_domains": ["old.example.cn"]}
    legacy[key] = value
    write_entry(inv, new_county(legacy=legacy))
    assert any(i.field.startswith(f"legacy.{key}") for i in issues(inv))


BOMB = """a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
"""


def test_yaml_alias_bomb_is_refused_before_expansion(inv):
    path = inv / "sites" / "linhe" / "bomb.yaml"
    path.write_text(BOMB, encoding="utf-8")
    [i] = issues(inv)
    assert i.rule == "yaml" and "anchors and aliases" in i.message and i.line == 1


def test_any_alias_is_refused(inv):
    path = entry_path(inv, "baisha")
    path.write_text(path.read_text(encoding="utf-8").replace("owners:\n  - sg:baisha-editors",
                                                             "owners: &o\n  - sg:baisha-editors"), encoding="utf-8")
    [i] = issues(inv)
    assert i.rule == "yaml"


def test_oversized_file(inv):
    path = entry_path(inv, "baisha")
    path.write_text(path.read_text(encoding="utf-8") + "#" * 70_000 + "\n", encoding="utf-8")
    [i] = issues(inv)
    assert "over the" in i.message and i.rule == "yaml"


def test_non_utf8_file(inv):
    path = entry_path(inv, "baisha")
    text = path.read_text(encoding="utf-8")
    path.write_bytes(text.encode("gbk"))
    [i] = issues(inv)
    assert "not valid UTF-8" in i.message and "iconv" in i.fix and i.line == 1


def test_duplicate_keys(inv):
    path = entry_path(inv, "baisha")
    path.write_text(path.read_text(encoding="utf-8") + "status: closed\n", encoding="utf-8")
    [i] = issues(inv)
    assert "duplicate key 'status'" in i.message and i.rule == "yaml"


def test_unknown_keys(inv):
    change(inv, "baisha", nginx_snippet="location / { return 200; }")
    [i] = issues(inv)
    assert i.field == "nginx_snippet" and "unknown key" in i.message


@pytest.mark.parametrize("tagged", ["!!python/object:os.system ls", "!custom x"])
def test_yaml_tags_are_refused(inv, tagged):
    path = entry_path(inv, "baisha")
    path.write_text(path.read_text(encoding="utf-8").replace("status: live", f"status: {tagged}"), encoding="utf-8")
    [i] = issues(inv)
    assert i.rule == "yaml" and "tag" in i.message


def test_symlinked_entry_is_refused(inv, tmp_path):
    outside = tmp_path / "outside.yaml"
    outside.write_text("id: x\n", encoding="utf-8")
    (inv / "sites" / "linhe" / "link.yaml").symlink_to(outside)
    assert any("symbolic links" in i.message for i in issues(inv))


def test_yaml_1_1_booleans_and_octals_do_not_sneak_in(inv):
    # `no` stays a string (so it fails the enum instead of becoming False); `0680121` stays digits.
    change(inv, "baisha", status="no")
    [i] = issues(inv)
    assert "'no' is not allowed" in i.message
