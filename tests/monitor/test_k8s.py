"""The monitor's in-cluster objects: valid Kubernetes, restricted pods, probes spread over the day."""

from __future__ import annotations

import kubernetes_validate
import pytest

from sitegroup.inventory import load_environment
from sitegroup.k8s.monitor import monitor_objects, probe_schedule
from tests.conftest import REPO


@pytest.mark.parametrize(("per_day", "schedule", "runs"), [
    (20, "7 * * * *", 24), (24, "7 * * * *", 24), (25, "*/30 * * * *", 48), (72, "*/20 * * * *", 72),
    (100, "*/12 * * * *", 120), (1440, "*/1 * * * *", 1440)])
def test_probe_schedule_meets_the_daily_count(per_day, schedule, runs):
    assert probe_schedule(per_day) == schedule
    assert runs >= per_day


def test_objects_are_valid_and_restricted():
    env = load_environment("dev")
    objs = monitor_objects(env)
    for obj in objs:
        kubernetes_validate.validate(obj, env.platform.kubernetes_version, strict=True)
    jobs = [o for o in objs if o["kind"] == "CronJob"]
    assert [j["metadata"]["name"] for j in jobs] == ["monitor-probe", "monitor-inspect"]
    for j in jobs:
        pod = j["spec"]["jobTemplate"]["spec"]["template"]["spec"]
        assert pod["securityContext"]["runAsNonRoot"] and pod["containers"][0]["securityContext"]["capabilities"] == {
            "drop": ["ALL"]}
        assert pod["containers"][0]["args"][:2] in (["monitor", "probe"], ["monitor", "inspect"])
        assert j["spec"]["concurrencyPolicy"] == "Forbid"


def _self_contained(tmp_path, probes_per_day: str):
    """The dev inventory with its own site_templates/ and policies/, the monitoring policy's cadence edited."""
    import shutil

    inv = tmp_path / "inv"
    shutil.copytree(REPO / "inventories" / "dev", inv)
    shutil.copytree(REPO / "site_templates", inv / "site_templates")
    shutil.copytree(REPO / "policies", inv / "policies")
    policy = inv / "policies" / "monitoring" / "default.yaml"
    text = policy.read_text(encoding="utf-8")
    policy.write_text(text.replace("probes_per_day: 24", f"probes_per_day: {probes_per_day}", 1), encoding="utf-8")
    return inv


def test_the_rendered_probe_schedule_follows_the_policy(tmp_path):
    from sitegroup.inventory import check_environment

    env, issues = check_environment(path=_self_contained(tmp_path, "72"))
    assert issues == [] and env.monitor.probes_per_day == 72
    probe = next(o for o in monitor_objects(env) if o["metadata"]["name"] == "monitor-probe")
    assert probe["spec"]["schedule"] == "*/20 * * * *"


def test_a_broken_monitoring_policy_fails_the_inventory_naming_file_and_field(tmp_path):
    from sitegroup.inventory import check_environment

    env, issues = check_environment(path=_self_contained(tmp_path, "lots"))
    assert env is None
    assert any(i.file.endswith("monitoring/default.yaml") and "probes_per_day" in i.field for i in issues), issues
