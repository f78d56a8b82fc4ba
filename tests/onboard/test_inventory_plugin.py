"""The sitegroup_sites inventory plugin and the `sitegroup onboard` wrapper, on the test inventory."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from sitegroup.cli import main as cli
from sitegroup.inventory import load_environment
from sitegroup.migrate.facts import site_facts

REPO = Path(__file__).resolve().parents[2]
INV = REPO / "tests" / "onboard" / "inventory"


def test_facts_for_a_moving_site_and_a_site_closing_into_its_portal():
    env = load_environment(path=INV)
    q = site_facts(env.site("qingshan"), env)
    assert q["new_base"] == "https://www.qingshanxian.gov.cn" and q["prefix"] == ""
    assert q["publish_dir"] == "/srv/site/htdocs" and q["namespace"] == "site-qingshan"
    assert q["spec"]["site_code"] == "6801230001" and q["spec"]["old_domains"] == ["www.qingshan.gov.cn",
                                                                                  "qingshan.qc-old.cn"]
    s = site_facts(env.site("linhe-slj"), env, "/data/")
    assert s["new_base"] == "https://www.linhe.gov.cn/linhe-slj" and s["namespace"] == "site-linhe"
    assert s["publish_dir"] == "/data/htdocs/linhe-slj" and s["state_dir"] == "/data/onboard/linhe-slj"
    assert s["closing_into"] == {"id": "linhe", "name": "临河市人民政府门户网站", "primary_domain": "www.linhe.gov.cn"}
    # Its pages become the portal's, on the portal's domain: they show the portal's identifiers.
    linhe = env.site("linhe")
    assert (s["spec"]["site_code"], s["spec"]["icp"], s["spec"]["psb"]) == (linhe.site_code, linhe.icp, linhe.psb)
    assert s["spec"]["site_code"] != env.site("linhe-slj").site_code


def test_ansible_inventory_yields_legacy_and_content_hosts_with_connections():
    out = subprocess.run(
        [str(Path(sys.executable).with_name("ansible-inventory")), "-i", str(INV / "sitegroup.yml"), "--list"],
        cwd=REPO, capture_output=True, text=True, check=True,
        env={**os.environ, "ANSIBLE_CONFIG": str(REPO / "ansible.cfg"), "PYTHONPATH": str(REPO)},
    )
    # ansible-core 2.19 marks inventory plugin values unsafe (never templated): good, entry text stays data.
    inv = json.loads(out.stdout, object_hook=lambda d: d.get("__ansible_unsafe", d))
    hv = inv["_meta"]["hostvars"]
    assert sorted(inv["legacy"]["hosts"]) == ["legacy-linhe-slj", "legacy-qingshan"]
    assert sorted(inv["content"]["hosts"]) == ["content-linhe-slj", "content-qingshan"]
    assert sorted(inv["site_qingshan"]["hosts"]) == ["content-qingshan", "legacy-qingshan"]
    assert hv["legacy-qingshan"]["ansible_host"] == "sg-onb-legacy"
    assert "ansible_become" not in hv["legacy-qingshan"]  # the test config turns it off; ssh default is on
    assert hv["content-qingshan"]["ansible_connection"] == "community.docker.docker"
    assert hv["content-qingshan"]["sitegroup_site"]["legacy"]["docroot"] == "/var/www/qingshan"


def test_cli_builds_the_playbook_command(capsys):
    assert cli(["onboard", "qingshan", "--inventory", str(INV), "--dry-run", "--check", "--rollback",
                "-e", "onboard_transfer_batch_files=10"]) == 0
    cmd = capsys.readouterr().out.split()
    assert cmd[1:4] == ["-i", str(INV / "sitegroup.yml"), "playbooks/onboard.yml"]
    assert cmd[4:] == ["-e", "site=qingshan", "-e", "rollback=true", "--check", "--diff",
                       "-e", "onboard_transfer_batch_files=10"]


def test_cli_refuses_sites_without_legacy_block_or_unknown(capsys):
    assert cli(["onboard", "linhe", "--inventory", str(INV), "--dry-run"]) == 1
    assert cli(["onboard", "nope", "--inventory", str(INV), "--dry-run"]) == 1
    err = capsys.readouterr().err
    assert "no legacy block" in err and "no site 'nope'" in err
