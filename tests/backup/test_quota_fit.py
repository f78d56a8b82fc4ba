"""A site's quota leaves room for its backup, drill and an incident restore running together, on top of
the web pods at their autoscaling maximum (plus a rolling-update surge) and, for a site with a database, its
server pod and the drill's scratch database: otherwise the quota refuses a job exactly when a responder needs it."""

from __future__ import annotations

import pytest

from sitegroup import quantity, rules
from sitegroup.backup import k8s as backup_k8s
from sitegroup.inventory import load_environment
from sitegroup.k8s import database


def _pod_spec(obj: dict) -> dict:
    spec = obj["spec"]
    if obj["kind"] == "CronJob":
        spec = spec["jobTemplate"]["spec"]
    return spec["template"]["spec"]


def _pod_resources(obj: dict) -> list[dict]:
    """Every container the quota charges: the app containers and the native sidecars (restartable init
    containers run for the pod's whole life, so admission adds them to the pod's requests and limits)."""
    pod = _pod_spec(obj)
    sidecars = [c for c in pod.get("initContainers", []) if c.get("restartPolicy") == "Always"]
    assert len(sidecars) == len(pod.get("initContainers", []))  # no one-shot init containers to max() against
    return [c["resources"] for c in [*sidecars, *pod["containers"]]]


def _sum(resources: list[dict], kind: str, key: str, parse) -> int:
    return sum(parse(r[kind][key]) for r in resources)


def _scratch(obj: dict) -> int:
    """The emptyDirs that grow with the site (content or database), not the small fixed cache and tmp ones."""
    return sum(quantity.bytes_(v["emptyDir"]["sizeLimit"]) for v in _pod_spec(obj)["volumes"]
               if v["name"] in ("scratch", "scratch-db"))


@pytest.mark.parametrize("site_id", ["qingchuan", "linhe", "linhe-jyj", "hexi"])
def test_jobs_fit_next_to_the_web_pods(site_id):
    env = load_environment("dev")
    site = env.site(site_id)
    assert (site.database is not None) is (site_id in ("qingchuan", "linhe"))
    jobs = [o for o in backup_k8s.site_backup_objects(site, env) if o["kind"] == "CronJob"]
    if site.database is None:
        jobs.append(backup_k8s.restore_job(site, env, "a" * 64, name="restore-now"))
        pods = jobs
        volumes = site.resources.storage  # the content volume
    else:
        # An incident restoring content and database at once, while the server runs.
        jobs.append(backup_k8s.restore_job(site, env, "a" * 64, name="restore-now", database=True,
                                           db_snapshot="b" * 64))
        server = database.statefulset(site)
        assert server["spec"]["replicas"] == 1
        pods = [*jobs, server]
        (claim,) = server["spec"]["volumeClaimTemplates"]
        volumes = site.resources.storage + quantity.bytes_(claim["spec"]["resources"]["requests"]["storage"])
    res = [r for p in pods for r in _pod_resources(p)]
    web = (site.autoscale.max_replicas if site.autoscale else site.resources.replicas) + 1
    q, r = site.quota, site.resources
    assert web * r.cpu_request_m + _sum(res, "requests", "cpu", quantity.cpu_m) <= q.cpu_requests_m
    assert web * r.cpu_limit_m + _sum(res, "limits", "cpu", quantity.cpu_m) <= q.cpu_limits_m
    assert web * r.memory_request + _sum(res, "requests", "memory", quantity.bytes_) <= q.memory_requests
    assert web * r.memory_limit + _sum(res, "limits", "memory", quantity.bytes_) <= q.memory_limits
    assert web + len(pods) <= q.pods
    # Storage (what the capacity rule sums): the volumes, and the scratch the jobs fill while they run.
    assert volumes + sum(_scratch(j) for j in jobs) <= q.storage


def test_scratch_database_sizes_are_the_quotas():
    """sitegroup.rules reserves the drill's scratch database with the sizes sitegroup.backup.k8s gives it."""
    assert quantity.cpu_m(backup_k8s.SCRATCH_DB_CPU_REQUEST) == rules.SCRATCH_DB_CPU_REQUEST_M
    assert quantity.cpu_m(backup_k8s.SCRATCH_DB_CPU_LIMIT) == rules.SCRATCH_DB_CPU_LIMIT_M
    assert quantity.bytes_(backup_k8s.SCRATCH_DB_MEMORY_REQUEST) == rules.SCRATCH_DB_MEMORY_REQUEST
    assert quantity.bytes_(backup_k8s.SCRATCH_DB_MEMORY_LIMIT) == rules.SCRATCH_DB_MEMORY_LIMIT


def test_a_database_grows_the_quota_by_exactly_its_needs():
    env = load_environment("dev")
    site = env.site("linhe")
    db = site.database
    without = rules.namespace_quota(site.resources, site.autoscale, None)
    q = site.quota
    assert q.pods - without.pods == 1
    assert q.cpu_requests_m - without.cpu_requests_m == db.cpu_request_m + rules.SCRATCH_DB_CPU_REQUEST_M
    assert q.memory_limits - without.memory_limits == db.memory_limit + rules.SCRATCH_DB_MEMORY_LIMIT
    assert q.storage - without.storage == db.storage * rules.DATABASE_STORAGE_COPIES
