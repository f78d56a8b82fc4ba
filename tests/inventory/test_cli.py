"""`sitegroup validate` and `sitegroup schema` as operators and machines use them."""

from __future__ import annotations

import json
import subprocess
import sys

import jsonschema
import yaml

from sitegroup.cli import main
from sitegroup.inventory import repo_root
from sitegroup.schema import SITE_SCHEMA, published_text

BROKEN = repo_root() / "tests" / "fixtures" / "broken-inventory"


def test_validate_dev_exits_0(capsys):
    assert main(["validate", "--env", "dev"]) == 0
    assert "31 sites valid" in capsys.readouterr().out


def test_validate_broken_reports_everything_in_one_run(capsys):
    assert main(["validate", "--inventory", str(BROKEN)]) == 1
    err = capsys.readouterr().err
    for expected in ("alias.yaml:1", "gbk.yaml:1", "baisha.yaml:26: stauts", "chengguan.yaml:10: domains[0]",
                     "baisha.yaml:12: domains[1]", "baisha.yaml:8: site_code", "baisha.yaml:23: waf.exceptions",
                     "baisha.yaml:25: backup.tier", "linhe-jyj.yaml:9: parent", "linhe-jyj.yaml:16: overrides",
                     "chengguan-zhen.yaml:4: organizer", "nothing was written"):
        assert expected in err, expected
    # every error carries a fix
    assert err.count("    fix: ") == err.count(".yaml:")


def test_validate_json_for_machines(capsys):
    assert main(["validate", "--inventory", str(BROKEN), "--format", "json"]) == 1
    doc = json.loads(capsys.readouterr().out)
    assert doc["valid"] is False
    rules = {e["rule"] for e in doc["errors"]}
    assert {"yaml", "schema", "domain", "codes", "waf-exception", "backup-tier", "hierarchy", "overrides",
            "township"} <= rules
    assert all({"file", "line", "field", "message", "fix"} <= set(e) for e in doc["errors"])


def test_validate_json_valid(capsys):
    assert main(["validate", "--env", "staging", "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc == {"valid": True, "environment": "staging", "sites": 10, "errors": []}


def test_unknown_environment(capsys):
    assert main(["validate", "--env", "nowhere"]) == 1
    assert "does not exist" in capsys.readouterr().err


def test_console_script_runs_as_a_module():
    out = subprocess.run([sys.executable, "-m", "sitegroup", "validate", "--env", "prod"],
                         capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stderr


def test_published_schema_is_current():
    path = repo_root() / "schemas" / "site.schema.json"
    assert path.read_text(encoding="utf-8") == published_text(), "run: sitegroup schema --write"


def test_published_schema_accepts_every_dev_entry_as_editors_see_it():
    # Editors validate raw YAML (YAML 1.1 in most plugins): quoted codes keep that consistent.
    validator = jsonschema.Draft202012Validator(SITE_SCHEMA)
    for path in (repo_root() / "inventories" / "dev" / "sites").rglob("*.yaml"):
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        doc = json.loads(json.dumps(doc, default=str))
        errors = list(validator.iter_errors(doc))
        assert not errors, (path, errors[0].message)
