"""The monitor's in-cluster objects: valid Kubernetes, restricted pods, probes spread over the day."""

from __future__ import annotations

import kubernetes_validate
import pytest

from sitegroup.inventory import load_environment
from sitegroup.k8s.monitor import monitor_objects, probe_schedule


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
