"""Each validator rule: a case that must fail with a precise error, checked against a valid baseline."""

from __future__ import annotations

from datetime import date

import pytest

from sitegroup.errors import InventoryError
from sitegroup.inventory import load_environment
from sitegroup.waf import triage
from tests.inventory.helpers import TODAY, change, copy_dev, issues, new_county, only, read_entry, write_entry


@pytest.fixture
def inv(tmp_path):
    return copy_dev(tmp_path)


def test_baseline_copy_is_valid(inv):
    assert issues(inv) == []


@pytest.mark.parametrize("env", ["dev", "staging", "prod"])
def test_bundled_inventories_are_valid(env):
    e = load_environment(env)
    assert e.name == env and e.sites


def test_dev_inventory_is_a_realistic_province():
    e = load_environment("dev")
    by = lambda **kw: [s for s in e.sites if all(getattr(s, k) == v for k, v in kw.items())]  # noqa: E731
    assert len(by(level="province", type="portal")) == 1
    assert len(by(level="city")) >= 3
    assert len(by(level="county")) >= 12
    assert len(by(type="department")) >= 10
    assert len(e.sites) >= 30


def test_model_resolves_references_and_overrides():
    e = load_environment("dev")
    portal = e.site("qingchuan")
    assert portal.namespace == "site-qingchuan"
    assert portal.ascii_domains[1].endswith(".xn--zfr164b")  # 青川省人民政府.政务
    assert portal.resources.replicas == 4  # override on top of the template's 3
    assert portal.quota.cpu_requests_m > portal.resources.cpu_request_m * portal.resources.replicas
    dept = e.site("linhe-jyj")
    assert dept.admin_level == "city" and dept.backup.name == "silver"
    assert e.site("linhe").waf.exceptions[0].rule_id == 942100


# --- schema -----------------------------------------------------------------------------------

def test_missing_required_key_names_the_key_and_how_to_fix(inv):
    change(inv, "baisha", icp=None)
    [i] = issues(inv)
    assert i.field == "icp" and "missing" in i.message and i.file.endswith("baisha.yaml")
    assert "ICP" in i.fix


def test_unknown_key_suggests_the_near_one(inv):
    change(inv, "baisha", domain=["www.baisha.gov.cn"])
    [i] = issues(inv)
    assert i.field == "domain" and "unknown key" in i.message
    assert "did you mean 'domains'" in i.fix
    assert i.line == 18  # yaml.safe_dump puts the new key last


def test_enum_lists_the_allowed_values(inv):
    change(inv, "baisha", status="online")
    [i] = issues(inv)
    assert i.field == "status" and "planned, migrating, live, closing, closed" in i.fix


def test_error_points_at_the_line_of_the_field(inv):
    path = change(inv, "baisha")
    text = path.read_text(encoding="utf-8").replace("status: live", "status: dead")
    path.write_text(text, encoding="utf-8")
    [i] = issues(inv)
    assert i.line == text.splitlines().index("status: dead") + 1


# --- uniqueness -------------------------------------------------------------------------------

def test_duplicate_id(inv):
    write_entry(inv, new_county(id="baisha", domains=["www.xinhe.gov.cn"]), prefecture="yuntai")
    assert any("id 'baisha' is already used" in i.message for i in only(issues(inv), "unique"))


def test_duplicate_domain_even_in_another_case(inv):
    write_entry(inv, new_county(domains=["WWW.Baisha.gov.cn"]))
    [i] = only(issues(inv), "unique")
    assert i.field == "domains[0]" and "baisha.yaml" in i.message


def test_duplicate_site_code(inv):
    write_entry(inv, new_county(region_code="680122", site_code="6801220001"))
    assert only(issues(inv), "unique")[0].field == "site_code"


def test_one_organizer_one_site(inv):
    write_entry(inv, new_county(organizer="白沙县人民政府办公室"))
    [i] = only(issues(inv), "unique")
    assert i.field == "organizer" and "at most one site" in i.fix


# --- hierarchy --------------------------------------------------------------------------------

def test_township_gets_no_site(inv):
    write_entry(inv, new_county(organizer="白沙县城关镇人民政府", name="城关镇人民政府网站"))
    [i] = only(issues(inv), "township")
    assert "column" in i.fix


def test_county_department_gets_no_site(inv):
    d = read_entry(inv, "linhe-jyj")
    d.update(id="baisha-jyj", organizer="白沙县教育局", name="白沙县教育局网站", parent="baisha",
             region_code="680122", site_code="6801220002", domains=["jyj.baisha.gov.cn"])
    write_entry(inv, d)
    [i] = only(issues(inv), "county-department")
    assert i.field == "parent"


def test_parent_must_exist(inv):
    change(inv, "baisha", parent="nowhere")
    [i] = only(issues(inv), "hierarchy")
    assert "does not exist" in i.message


def test_levels_nest(inv):
    write_entry(inv, new_county(parent="baisha"))  # a county under a county
    [i] = only(issues(inv), "hierarchy")
    assert "cannot sit under a county portal" in i.message


def test_department_needs_a_parent(inv):
    change(inv, "linhe-jyj", parent=None)
    assert only(issues(inv), "hierarchy")[0].field == "parent"


def test_department_domain_sits_under_parent_portal(inv):
    change(inv, "linhe-jyj", domains=["jyj.yuntai.gov.cn"])
    [i] = only(issues(inv), "domain-parent")
    assert "linhe.gov.cn" in i.message


def test_portal_domain_is_www(inv):
    change(inv, "baisha", domains=["baisha.gov.cn"])
    assert only(issues(inv), "domain")[0].field == "domains[0]"


def test_only_gov_cn_or_zhengwu(inv):
    change(inv, "baisha", domains=["www.baisha.gov.cn", "www.baisha.com.cn"])
    [i] = only(issues(inv), "domain")
    assert i.field == "domains[1]" and ".gov.cn or .政务" in i.message


def test_zhengwu_domain_is_accepted(inv):
    change(inv, "baisha", domains=["www.baisha.gov.cn", "白沙县人民政府.政务"])
    assert issues(inv) == []


def test_region_and_site_codes_agree(inv):
    change(inv, "baisha", site_code="6801230009")
    [i] = only(issues(inv), "codes")
    assert i.field == "site_code"
    change(inv, "baisha", site_code="6802220001", region_code="680222")
    assert any(i.field == "region_code" for i in only(issues(inv), "codes"))


# --- references, overrides, policies ----------------------------------------------------------

@pytest.mark.parametrize(("field", "value", "where"), [
    ("template", "no-such-template", "template"),
    ("waf", {"profile": "paranoid"}, "waf.profile"),
    ("backup", {"tier": "platinum"}, "backup.tier"),
])
def test_references_must_exist(inv, field, value, where):
    change(inv, "baisha", **{field: value})
    assert [i.field for i in only(issues(inv), "reference")] == [where]


def test_template_must_fit_the_kind_of_site(inv):
    change(inv, "baisha", template="department")
    [i] = only(issues(inv), "reference")
    assert "not a county portal" in i.message


def test_overrides_are_bounded_by_the_template(inv):
    change(inv, "baisha", overrides={"storage": "500Gi", "replicas": 2})
    [i] = only(issues(inv), "overrides")
    assert i.field == "overrides.storage" and "50Gi" in i.message


def test_request_above_limit(inv):
    change(inv, "baisha", overrides={"cpu_request": "2", "cpu_limit": "1"})
    assert [i.field for i in only(issues(inv), "overrides")] == ["overrides.cpu_request"]


def test_waf_cms_is_one_package_or_a_list_of_them(inv):
    """A site running a CMS and a GeoServer beside it declares both; the model holds them sorted."""
    d = read_entry(inv, "linhe")
    change(inv, "linhe", waf={**d["waf"], "cms": "geoserver"})
    assert issues(inv) == []
    assert next(s for s in load_environment(path=inv).sites if s.id == "linhe").waf.cms == ("geoserver",)
    change(inv, "linhe", waf={**d["waf"], "cms": ["trs-wcm", "geoserver"]})
    assert issues(inv) == []
    assert next(s for s in load_environment(path=inv).sites if s.id == "linhe").waf.cms == ("geoserver", "trs-wcm")


@pytest.mark.parametrize("value,field,message,fix", [
    (["geoserver", "nope"], "waf.cms[1]", "CMS package 'nope' does not exist", "geoserver, gov-im"),
    ("nope", "waf.cms", "CMS package 'nope' does not exist", "policies/waf/cms/"),
    (["geoserver", "geoserver"], "waf.cms", "repeats an item", "remove the duplicate"),
    (["coremail", "geoserver", "gov-im", "open-data", "trs-wcm"], "waf.cms", "too long", "at most 4 packages"),
    ("Trs_WCM", "waf.cms", "invalid form", "e.g. geoserver"),
    (3, "waf.cms", "should be a string or a list", "write a string or a list"),
])
def test_waf_cms_errors_name_the_field_and_the_fix(inv, value, field, message, fix):
    d = read_entry(inv, "linhe")
    path = change(inv, "linhe", waf={**d["waf"], "cms": value})
    [i] = issues(inv)
    assert (i.field, message in i.message, fix in i.fix) == (field, True, True), i
    # The line is the item's own line for a list item, the key's line otherwise.
    line = path.read_text(encoding="utf-8").splitlines()[i.line - 1]
    assert line.strip() == "- nope" if field.endswith("[1]") else line.strip().startswith("cms:")


def test_a_sites_own_body_type_may_not_parse_its_packages_type_another_way(inv):
    """coremail parses text/x-json as JSON on /coremail/s/json; the site reading it as XML there is refused on
    its own field (the later body processor would win silently); on its own path it is fine."""
    d = read_entry(inv, "linhe")
    own = {"paths": ["/coremail/s/"], "type": "text/x-json", "body": "xml", "reason": "本站接口"}
    change(inv, "linhe", waf={**d["waf"], "cms": ["coremail"], "content_types": [own]})
    [i] = issues(inv)
    assert i.field == "waf.content_types" and "CMS package 'coremail' and the site's own" in i.message, i
    assert "as json and as xml on /coremail/s/json / /coremail/s/" in i.message and "disjoint" in i.fix
    change(inv, "linhe", waf={**d["waf"], "cms": ["coremail"], "content_types": [{**own, "paths": ["/api/mail/"]}]})
    assert issues(inv) == []


def test_expired_waf_exception(inv):
    d = read_entry(inv, "linhe")
    d["waf"]["exceptions"][0]["expires"] = date(2026, 1, 1)
    change(inv, "linhe", waf=d["waf"])
    [i] = only(issues(inv), "waf-exception")
    assert i.field == "waf.exceptions[0].expires" and "expired" in i.message


def test_waf_exception_needs_a_reason(inv):
    d = read_entry(inv, "linhe")
    del d["waf"]["exceptions"][0]["reason"]
    change(inv, "linhe", waf=d["waf"])
    [i] = issues(inv)
    assert i.field == "waf.exceptions[0].reason"


def test_waf_exception_cannot_be_forever(inv):
    d = read_entry(inv, "linhe")
    d["waf"]["exceptions"][0]["expires"] = date(2030, 1, 1)
    change(inv, "linhe", waf=d["waf"])
    assert only(issues(inv), "waf-exception")


def test_waf_exception_may_not_cover_the_whole_site(inv):
    d = read_entry(inv, "linhe")
    d["waf"]["exceptions"][0]["path"] = "/"
    change(inv, "linhe", waf=d["waf"])
    [i] = only(issues(inv), "waf-exception")
    assert i.field == "waf.exceptions[0].path" and "whole site" in i.message and "package" in i.fix


def test_a_triage_proposal_does_not_validate_until_someone_signs_it(inv):
    """sitegroup waf triage writes reason "... reviewed by <NAME>": the schema refuses '<', so a pasted
    proposal fails validation, naming the field, until a reviewer puts a name in."""
    d = read_entry(inv, "linhe")
    d["waf"]["exceptions"][0]["reason"] = f"burn-in 12 requests from 5 clients, {triage.REVIEW_PLACEHOLDER}"
    change(inv, "linhe", waf=d["waf"])
    [i] = issues(inv)
    assert i.field == "waf.exceptions[0].reason"
    d["waf"]["exceptions"][0]["reason"] = "burn-in 12 requests from 5 clients, reviewed by 王工 2026-12-04"
    change(inv, "linhe", waf=d["waf"])
    assert not issues(inv)


def test_a_triage_body_type_proposal_does_not_validate_until_someone_signs_it(inv):
    """The content_types a triage proposes, pasted under the entry's waf: refused on its reason, then valid."""
    import yaml

    from tests.waf.test_triage import _typed  # audit entries of a type refused on one path
    proposal = yaml.safe_load(triage.to_yaml(triage.triage(_typed('text/x-json; tz="asia/shanghai"')), TODAY))["waf"]
    d = read_entry(inv, "linhe")
    change(inv, "linhe", waf={**d["waf"], **proposal})
    [i] = issues(inv)
    assert i.field == "waf.content_types[0].reason"
    proposal["content_types"][0]["reason"] = "burn-in 8 requests from 4 clients, reviewed by 王工 2026-12-05"
    change(inv, "linhe", waf={**d["waf"], **proposal})
    assert issues(inv) == []


def test_exceptions_expire_with_the_calendar(inv):
    # The same inventory that is valid today fails once the exception's date has passed.
    assert issues(inv, today=date(2027, 7, 1))


def test_backup_tier_satisfies_the_policy(inv):
    change(inv, "linhe", backup={"tier": "silver"})
    [i] = only(issues(inv), "backup-tier")
    assert "gold" in i.fix


def test_migrating_needs_legacy(inv):
    change(inv, "hexi", legacy=None)
    assert only(issues(inv), "status")


def test_capacity(inv):
    env_file = inv / "environment.yaml"
    env_file.write_text(env_file.read_text(encoding="utf-8").replace('cpu: "64"', 'cpu: "8"'), encoding="utf-8")
    [i] = only(issues(inv), "capacity")
    assert i.file.endswith("environment.yaml") and i.field == "capacity.cpu" and "over the 8" in i.message


def test_file_name_matches_id(inv):
    write_entry(inv, new_county(), name="other-name")
    assert only(issues(inv), "layout")


def test_stray_files_are_reported(inv):
    (inv / "sites" / "README.txt").write_text("x")
    assert only(issues(inv), "layout")


def test_all_errors_in_one_run(inv):
    change(inv, "baisha", status="online")
    change(inv, "linhe", backup={"tier": "bronze"})
    change(inv, "linhe-jyj", domains=["jyj.yuntai.gov.cn"])
    found = issues(inv)
    assert {i.rule for i in found} >= {"schema", "backup-tier", "domain-parent"}


def test_load_environment_raises_with_every_issue(inv):
    change(inv, "baisha", status="online")
    change(inv, "songling", status="gone")
    with pytest.raises(InventoryError) as err:
        load_environment(path=inv, today=TODAY)
    assert len(err.value.issues) == 2


def test_a_triage_methods_proposal_does_not_validate_until_someone_signs_it(inv):
    """The methods a triage proposes (ADR 0036), pasted under the entry's waf: refused on its reason, then valid."""
    import yaml

    from tests.waf.test_triage import _dav  # audit entries of PROPFIND refused under /caldav/
    proposal = yaml.safe_load(triage.to_yaml(triage.triage(_dav("PROPFIND")), TODAY))["waf"]
    d = read_entry(inv, "linhe")
    change(inv, "linhe", waf={**d["waf"], **proposal})
    [i] = issues(inv)
    assert i.field == "waf.methods[0].reason"
    proposal["methods"][0]["reason"] = "burn-in 8 requests from 4 clients, reviewed by 王工 2026-12-07"
    change(inv, "linhe", waf={**d["waf"], **proposal})
    assert issues(inv) == []
