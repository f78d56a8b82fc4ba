"""A site's quota leaves room for its backup, drill and an incident restore running together, on top of
the web pods at their autoscaling maximum (plus a rolling-update surge) and, for a site with a database, its
server pod and the drill's scratch database: otherwise the quota refuses a job exactly when a responder needs it.
The same for storage and the PVC count: the site's volumes and every scratch claim of those jobs at once (a
generic ephemeral volume is a PVC of the namespace, counted and charged like any other)."""

from __future__ import annotations

import pytest

from sitegroup import quantity, rules
from sitegroup.inventory import load_environment
from sitegroup.k8s import backup as backup_k8s
from sitegroup.k8s import database
from sitegroup.k8s.site import content_pvc, limit_range, resource_quota


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


def _size(claim: dict) -> int:
    return quantity.bytes_(claim["spec"]["resources"]["requests"]["storage"])


def _claims(obj: dict) -> list[int]:
    """The PVCs (sizes) a workload's running pods hold: a pod's generic ephemeral volumes (created with it),
    a StatefulSet's volumeClaimTemplates per replica, a PersistentVolumeClaim itself."""
    if obj["kind"] == "PersistentVolumeClaim":
        return [_size(obj)]
    sizes = [_size(v["ephemeral"]["volumeClaimTemplate"]) for v in _pod_spec(obj)["volumes"] if "ephemeral" in v]
    if obj["kind"] == "StatefulSet":
        sizes += [_size(c) for c in obj["spec"]["volumeClaimTemplates"]] * obj["spec"]["replicas"]
    return sizes


def _at_once(site, env) -> tuple[list[dict], list[dict]]:
    """(the jobs, every pod-owning workload) running at once in the site's namespace: the backup, the drill and
    an incident restore (of content and database together, for a database site), beside the server."""
    jobs = [o for o in backup_k8s.site_backup_objects(site, env) if o["kind"] == "CronJob"]
    if site.database is None:
        jobs.append(backup_k8s.restore_job(site, env, "a" * 64, name="restore-now"))
        return jobs, jobs
    jobs.append(backup_k8s.restore_job(site, env, "a" * 64, name="restore-now", database=True,
                                       db_snapshot="b" * 64))
    server = database.statefulset(site)
    assert server["spec"]["replicas"] == 1
    return jobs, [*jobs, server]


@pytest.mark.parametrize("site_id", ["qingchuan", "linhe", "linhe-jyj", "hexi"])
def test_jobs_fit_next_to_the_web_pods(site_id):
    env = load_environment("dev")
    site = env.site(site_id)
    assert (site.database is not None) is (site_id in ("qingchuan", "linhe"))
    _, pods = _at_once(site, env)
    res = [r for p in pods for r in _pod_resources(p)]
    web = (site.autoscale.max_replicas if site.autoscale else site.resources.replicas) + 1
    q, r = site.quota, site.resources
    assert web * r.cpu_request_m + _sum(res, "requests", "cpu", quantity.cpu_m) <= q.cpu_requests_m
    assert web * r.cpu_limit_m + _sum(res, "limits", "cpu", quantity.cpu_m) <= q.cpu_limits_m
    assert web * r.memory_request + _sum(res, "requests", "memory", quantity.bytes_) <= q.memory_requests
    assert web * r.memory_limit + _sum(res, "limits", "memory", quantity.bytes_) <= q.memory_limits
    assert web + len(pods) <= q.pods


def test_the_quota_holds_every_claim_of_the_jobs_at_once():
    """requests.storage and persistentvolumeclaims of each rendered ResourceQuota hold the site's PVCs (content,
    the server's data) plus the scratch claims of its backup, drill and incident restore running together, summed
    from the rendered objects; the capacity rule sums the same storage figure."""
    env = load_environment("dev")
    assert any(s.database for s in env.sites) and any(s.database is None for s in env.sites)
    for site in env.sites:
        jobs, pods = _at_once(site, env)
        claims = [size for p in [content_pvc(site), *pods] for size in _claims(p)]
        scratch = [size for j in jobs for size in _claims(j)]
        assert scratch, site.id  # every site drills into a claim of its own
        hard = resource_quota(site)["spec"]["hard"]
        storage, count = quantity.bytes_(hard["requests.storage"]), int(hard["persistentvolumeclaims"])
        assert sum(claims) <= storage, (site.id, "requests.storage is smaller than the PVCs at once")
        assert len(claims) <= count, (site.id, "persistentvolumeclaims is smaller than the PVCs at once")
        # ... and not larger either: the quota is this sum, from the functions the job builders call.
        q = site.quota
        assert (storage, count) == (sum(claims), len(claims)) == (q.storage, q.persistent_volume_claims)
        assert site.quota.scratch_storage == sum(scratch)
        # Every claim is admitted by the namespace's LimitRange.
        (pvc_max,) = [lim["max"]["storage"] for lim in limit_range(site)["spec"]["limits"]
                      if lim["type"] == "PersistentVolumeClaim"]
        assert max(claims) <= quantity.bytes_(pvc_max), site.id


def test_the_drill_claims_the_site_storage_and_the_dump_and_pgdata():
    """The province portal: its drill restores the content and the dump into one claim and runs its scratch
    PostgreSQL on another; nothing of that is node disk."""
    env = load_environment("dev")
    site = env.site("qingchuan")
    db = site.database
    drill = next(o for o in backup_k8s.site_backup_objects(site, env) if o["metadata"]["name"] == "backup-drill")
    vols = {v["name"]: v for v in _pod_spec(drill)["volumes"]}
    assert _size(vols["scratch"]["ephemeral"]["volumeClaimTemplate"]) == site.resources.storage + db.storage
    assert _size(vols["scratch-db"]["ephemeral"]["volumeClaimTemplate"]) == db.storage
    assert site.quota.storage == 2 * site.resources.storage + 5 * db.storage
    assert site.quota.persistent_volume_claims == 6  # content, data-db-0, backup, drill x2, restore


def test_scratch_database_sizes_are_the_quotas():
    """sitegroup.rules reserves the drill's scratch database with the sizes sitegroup.k8s.backup gives it."""
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
    # The server's volume, the backup's dump, the drill's dump (in its scratch) and PGDATA, a restore's dump.
    assert q.storage - without.storage == 5 * db.storage
    assert q.scratch_storage - without.scratch_storage == 4 * db.storage
    # The server's volume, the backup's claim, the drill's scratch-db claim, a restore's claim.
    assert q.persistent_volume_claims - without.persistent_volume_claims == 4
