"""A site's quota leaves room for its backup, drill and an incident restore running together, on top of
the web pods at their autoscaling maximum (plus a rolling-update surge): otherwise the quota refuses a
job exactly when a responder needs it."""

from __future__ import annotations

import pytest

from sitegroup import quantity
from sitegroup.backup import k8s as backup_k8s
from sitegroup.inventory import load_environment


def _pod_resources(obj: dict) -> list[dict]:
    spec = obj["spec"]
    if obj["kind"] == "CronJob":
        spec = spec["jobTemplate"]["spec"]
    return [c["resources"] for c in spec["template"]["spec"]["containers"]]


def _sum(resources: list[dict], kind: str, key: str, parse) -> int:
    return sum(parse(r[kind][key]) for r in resources)


@pytest.mark.parametrize("site_id", ["qingchuan", "linhe-jyj", "hexi"])
def test_jobs_fit_next_to_the_web_pods(site_id):
    env = load_environment("dev")
    site = env.site(site_id)
    jobs = [o for o in backup_k8s.site_backup_objects(site, env) if o["kind"] == "CronJob"]
    jobs.append(backup_k8s.restore_job(site, env, "a" * 64, name="restore-now"))
    res = [r for j in jobs for r in _pod_resources(j)]
    pods = (site.autoscale.max_replicas if site.autoscale else site.resources.replicas) + 1
    q, r = site.quota, site.resources
    assert pods * r.cpu_request_m + _sum(res, "requests", "cpu", quantity.cpu_m) <= q.cpu_requests_m
    assert pods * r.cpu_limit_m + _sum(res, "limits", "cpu", quantity.cpu_m) <= q.cpu_limits_m
    assert pods * r.memory_request + _sum(res, "requests", "memory", quantity.bytes_) <= q.memory_requests
    assert pods * r.memory_limit + _sum(res, "limits", "memory", quantity.bytes_) <= q.memory_limits
    assert pods + len(jobs) <= q.pods
