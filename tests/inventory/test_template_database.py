"""A template's `database`: false, or an object sizing the site's own PostgreSQL server (ADR 0008)."""

from __future__ import annotations

import shutil

import pytest
import yaml

from sitegroup.inventory import repo_root
from sitegroup.model import Database
from tests.inventory.helpers import copy_dev, issues

GIB, MIB = 1 << 30, 1 << 20


@pytest.fixture
def inv(tmp_path):
    """The dev inventory with its own copy of site_templates/ and policies/ (so a test may edit a template)."""
    inv = copy_dev(tmp_path)
    for folder in ("site_templates", "policies"):
        shutil.copytree(repo_root() / folder, inv / folder)
    return inv


def _set_database(inv, template: str, value) -> None:
    path = inv / "site_templates" / f"{template}.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["database"] = value
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def _in_template(found, template: str):
    """The template's own issues (its sites also report that the template they name is unusable)."""
    return [i for i in found if i.file.endswith(f"site_templates/{template}.yaml")]


def test_bundled_templates_size_a_database_for_the_cms_portals():
    from sitegroup.inventory import load_environment

    env = load_environment("dev")
    t = env.templates
    assert t["county-portal"].database is None and t["department"].database is None
    assert t["city-portal"].database == Database(20 * GIB, 250, 1000, 512 * MIB, GIB)
    assert t["province-portal"].database == Database(30 * GIB, 500, 2000, GIB, 2 * GIB)
    linhe = env.site("linhe")
    assert linhe.database is linhe.template.database


def test_the_old_boolean_true_is_refused_with_what_to_write(inv):
    _set_database(inv, "city-portal", True)
    (issue,) = _in_template(issues(inv), "city-portal")
    assert issue.file.endswith("city-portal.yaml") and issue.field == "database"
    assert issue.message == "true is not allowed here"
    assert "storage" in issue.fix and "cpu_request" in issue.fix


@pytest.mark.parametrize(("value", "field", "words"), [
    ({"storage": "20Gi", "cpu_request": "250m", "cpu_limit": "1", "memory_request": "512Mi"},
     "database.memory_limit", "required key 'memory_limit'"),
    ({"storage": "20Gi", "cpu_request": "250m", "cpu_limit": "1", "memory_request": "512Mi", "memory_limit": "1Gi",
      "storge": "1Gi"}, "database.storge", "unknown key 'storge'"),
    ({"storage": "20 GB", "cpu_request": "250m", "cpu_limit": "1", "memory_request": "512Mi", "memory_limit": "1Gi"},
     "database.storage", "forbidden character"),
    ("yes", "database", "should be of type boolean or object"),
])
def test_schema_errors_name_the_field(inv, value, field, words):
    _set_database(inv, "province-portal", value)
    found = _in_template(issues(inv), "province-portal")
    assert [i.field for i in found] == [field], found
    assert words in found[0].message


@pytest.mark.parametrize(("changes", "field"), [
    ({"cpu_request": "2", "cpu_limit": "1"}, "database.cpu_request"),
    ({"memory_request": "2Gi", "memory_limit": "1Gi"}, "database.memory_request"),
    ({"storage": "0"}, "database.storage"),
])
def test_requests_within_limits_and_no_zero_sizes(inv, changes, field):
    db = {"storage": "20Gi", "cpu_request": "250m", "cpu_limit": "1", "memory_request": "512Mi",
          "memory_limit": "1Gi", **changes}
    _set_database(inv, "city-portal", db)
    (issue,) = issues(inv)
    assert issue.field == field and issue.rule == "template"
    assert issue.line > 1  # the line of the key in the template file


def test_false_and_absent_mean_no_database(inv):
    from sitegroup.inventory import load_environment

    _set_database(inv, "city-portal", False)
    path = inv / "site_templates" / "province-portal.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    del data["database"]
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    env = load_environment(path=inv)
    assert all(s.database is None for s in env.sites)
