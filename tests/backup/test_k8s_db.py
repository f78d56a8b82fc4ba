"""The backup jobs of a site with a database (ADR 0008): the backup dumps the live server, the drill restores
into a throwaway server inside its own pod (never the live one), incident Jobs pin a database snapshot."""

from __future__ import annotations

import kubernetes_validate
import pytest

from sitegroup import contracts
from sitegroup.k8s import backup as k8s
from tests.backup.models import DATABASE, make_env, make_site

VERSIONS = ("1.31", "1.37")
CLIENT = "sitegroup.gov.cn/database-client"
LIVE_ENV = [
    {"name": "PGHOST", "value": "db"},
    {"name": "PGPORT", "value": "5432"},
    {"name": "PGDATABASE", "valueFrom": {"secretKeyRef": {"name": "database", "key": "database"}}},
    {"name": "PGUSER", "valueFrom": {"secretKeyRef": {"name": "database", "key": "username"}}},
    {"name": "PGPASSWORD", "valueFrom": {"secretKeyRef": {"name": "database", "key": "password"}}},
]
SCRATCH_ENV = [
    {"name": "PGHOST", "value": "127.0.0.1"},
    {"name": "PGPORT", "value": "5432"},
    {"name": "PGUSER", "value": "postgres"},
    {"name": "PGDATABASE", "value": "postgres"},
]
A, B = "a" * 64, "b" * 64


def _env():
    return make_env(sites=(make_site("hengshan", "gold", database=True), make_site("lishui", "bronze")))


def _jobs(site_id: str) -> dict[str, dict]:
    env = _env()
    return {o["metadata"]["name"]: o for o in k8s.site_backup_objects(env.site(site_id), env) if o["kind"] == "CronJob"}


def _pod(obj: dict) -> tuple[dict, dict]:
    spec = obj["spec"]["jobTemplate"]["spec"] if obj["kind"] == "CronJob" else obj["spec"]
    return spec["template"]["metadata"]["labels"], spec["template"]["spec"]


def _claim_size(volume: dict) -> str:
    """The size of a generic ephemeral volume's claim (a KeyError for anything else, an emptyDir say)."""
    return volume["ephemeral"]["volumeClaimTemplate"]["spec"]["resources"]["requests"]["storage"]


def _pg_env(container: dict) -> list[dict]:
    return [e for e in container.get("env", []) if e["name"].startswith(("PG", "POSTGRES"))]


def _all_objects() -> list[dict]:
    env = _env()
    site = env.site("hengshan")
    return [*(o for s in env.sites for o in k8s.site_backup_objects(s, env)),
            k8s.restore_job(site, env, A, name="restore-both", database=True, db_snapshot=B),
            k8s.restore_job(site, env, None, name="restore-db", database=True, db_snapshot=B)]


@pytest.mark.parametrize("version", VERSIONS)
def test_every_object_is_valid_strict(version):
    for obj in _all_objects():
        kubernetes_validate.validate(obj, version, strict=True)


def test_backup_dumps_the_live_database_only_for_database_sites():
    for site_id, has_db in (("hengshan", True), ("lishui", False)):
        labels, pod = _pod(_jobs(site_id)["backup"])
        (c,) = pod["containers"]
        args = c["args"]
        scratch = [v for v in pod["volumes"] if v["name"] == "scratch"]
        if not has_db:
            assert "--database" not in args and "--scratch" not in args and _pg_env(c) == []
            assert CLIENT not in labels and not scratch
            continue
        assert args[:2] == ["backup", "hengshan"] and "--database" in args
        assert args[args.index("--content") + 1] == "/site/volume/htdocs"  # content as before
        assert args[args.index("--scratch") + 1] == "/scratch"
        assert _pg_env(c) == LIVE_ENV
        assert labels[CLIENT] == "true"
        (claim,) = scratch  # a claim of the template's db storage, created and deleted with the pod
        assert _claim_size(claim) == "10Gi"
        assert {"name": "scratch", "mountPath": "/scratch"} in c["volumeMounts"]


def test_drill_restores_into_a_scratch_database_on_its_own_loopback():
    labels, pod = _pod(_jobs("hengshan")["backup-drill"])
    (sidecar,) = pod["initContainers"]
    (drill,) = pod["containers"]
    # A native sidecar: starts (and passes its startup probe) before the drill, stops when the drill ends.
    assert sidecar["restartPolicy"] == "Always"
    assert sidecar["image"] == contracts.DATABASE_IMAGE
    assert sidecar["args"] == ["-c", "listen_addresses=127.0.0.1"]
    assert {"name": "POSTGRES_HOST_AUTH_METHOD", "value": "trust"} in sidecar["env"]
    assert sidecar["startupProbe"]["exec"]["command"][:3] == ["pg_isready", "-h", "127.0.0.1"]
    sc = sidecar["securityContext"]
    assert sc["runAsNonRoot"] and sc["readOnlyRootFilesystem"] and sc["capabilities"] == {"drop": ["ALL"]}
    assert sc["allowPrivilegeEscalation"] is False and sc["runAsUser"] >= 10000
    vols = {v["name"]: v for v in pod["volumes"]}
    data = next(m for m in sidecar["volumeMounts"] if m["mountPath"] == "/var/lib/postgresql/data")
    assert _claim_size(vols[data["name"]]) == "10Gi"  # a claim of the database's size, gone with the pod
    # The drill talks to it, and has no way to the live server: no address, no credentials, no label.
    assert "--database" in drill["args"]
    assert drill["args"][drill["args"].index("--scratch") + 1] == "/scratch"
    assert _pg_env(drill) == SCRATCH_ENV
    assert CLIENT not in labels
    refs = [e["valueFrom"]["secretKeyRef"]["name"] for c in (sidecar, drill) for e in c["env"] if "valueFrom" in e]
    assert "database" not in refs and "database" not in {v.get("secret", {}).get("secretName") for v in vols.values()}
    assert all(e.get("value") != "db" for c in (sidecar, drill) for e in c["env"])
    # The scratch holds the site's content and the dump restored from.
    assert _claim_size(vols["scratch"]) == "30Gi"  # 20Gi content + 10Gi database
    assert "content" not in vols


def test_drill_without_a_database_has_no_sidecar():
    labels, pod = _pod(_jobs("lishui")["backup-drill"])
    assert "initContainers" not in pod and "--database" not in pod["containers"][0]["args"]
    assert _pg_env(pod["containers"][0]) == [] and CLIENT not in labels


def test_incident_jobs_pin_the_database_snapshot_and_reach_the_live_server():
    env = _env()
    site = env.site("hengshan")
    both = k8s.restore_job(site, env, A, name="restore-both", database=True, db_snapshot=B)
    labels, pod = _pod(both)
    (c,) = pod["containers"]
    args = c["args"]
    assert args[args.index("--snapshot") + 1] == A and args[args.index("--content") + 1] == "/site/volume/htdocs"
    assert args[args.index("--db-snapshot") + 1] == B and "--database" in args and "latest" not in args
    assert _pg_env(c) == LIVE_ENV and labels[CLIENT] == "true"
    # the dump is fetched into scratch as large as the database's storage (not into the small /tmp)
    assert args[args.index("--scratch") + 1] == "/scratch"
    assert _claim_size(next(v for v in pod["volumes"] if v["name"] == "scratch")) == "10Gi"
    assert {"name": "scratch", "mountPath": "/scratch"} in c["volumeMounts"]
    assert both["metadata"]["annotations"] == {"sitegroup.gov.cn/snapshot": A, "sitegroup.gov.cn/db-snapshot": B}
    # The database alone: the content volume is not even mounted.
    labels, pod = _pod(k8s.restore_job(site, env, None, name="restore-db", database=True, db_snapshot=B))
    args = pod["containers"][0]["args"]
    assert "--content" not in args and "--snapshot" not in args and "--database" in args
    assert "content" not in {v["name"] for v in pod["volumes"]}
    # integrity is content only (a CMS database has no manifest to compare with): no database access
    labels, pod = _pod(k8s.integrity_job(site, env, A, name="i"))
    assert "--database" not in pod["containers"][0]["args"] and CLIENT not in labels
    with pytest.raises(TypeError):
        k8s.integrity_job(site, env, A, name="i", database=True, db_snapshot=B)
    # without database=True nothing about the database appears (as before)
    labels, pod = _pod(k8s.restore_job(site, env, A, name="restore-content"))
    assert "--database" not in pod["containers"][0]["args"] and _pg_env(pod["containers"][0]) == []
    assert "--scratch" not in pod["containers"][0]["args"] and "scratch" not in {v["name"] for v in pod["volumes"]}
    assert CLIENT not in labels


@pytest.mark.parametrize("kwargs", [
    {"snapshot_id": None},                                              # nothing to restore
    {"snapshot_id": A, "database": True},                               # no db snapshot
    {"snapshot_id": A, "database": True, "db_snapshot": "latest"},      # not pinned
    {"snapshot_id": A, "database": True, "db_snapshot": B[:63]},        # short id
    {"snapshot_id": A, "db_snapshot": B},                               # db snapshot without database
])
def test_incident_job_refuses_unpinned_or_contradictory_requests(kwargs):
    env = _env()
    snapshot = kwargs.pop("snapshot_id")
    with pytest.raises(ValueError):
        k8s.restore_job(env.site("hengshan"), env, snapshot, name="r", **kwargs)


def test_database_incident_on_a_site_without_one_is_refused():
    env = _env()
    with pytest.raises(ValueError, match="no database"):
        k8s.restore_job(env.site("lishui"), env, None, name="r", database=True, db_snapshot=B)


def _bytes(q: str) -> int:
    units = {"Ki": 1 << 10, "Mi": 1 << 20, "Gi": 1 << 30, "Ti": 1 << 40}
    return next((int(q[: -len(u)]) * m for u, m in units.items() if q.endswith(u)), None) or int(q)


def test_the_dump_and_the_scratch_database_are_claims_not_node_disk():
    """The kubelet evicts a pod whose emptyDirs outgrow the sum of its containers' ephemeral-storage limits
    (sidecars included): they cover the small emptyDirs. The dump and PGDATA are claims as large as the
    database; the node is asked for no more than for a job without them."""
    env = _env()
    restore = k8s.restore_job(env.site("hengshan"), env, A, name="r", database=True, db_snapshot=B)
    for name, obj in [*_jobs("hengshan").items(), ("restore", restore)]:
        _, pod = _pod(obj)
        containers = [*pod.get("initContainers", []), *pod["containers"]]
        empty = sum(_bytes(v["emptyDir"]["sizeLimit"]) for v in pod["volumes"] if "emptyDir" in v)
        limits = sum(_bytes(c["resources"]["limits"]["ephemeral-storage"]) for c in containers)
        requests = sum(_bytes(c["resources"]["requests"]["ephemeral-storage"]) for c in containers)
        assert empty < limits == requests < 2 << 30, name
        claims = {v["name"]: _bytes(_claim_size(v)) for v in pod["volumes"] if "ephemeral" in v}
        assert claims and min(claims.values()) >= DATABASE.storage, name
        # no large emptyDir left: the biggest is restic's 1Gi cache
        assert max(_bytes(v["emptyDir"]["sizeLimit"]) for v in pod["volumes"] if "emptyDir" in v) <= 1 << 30, name
    _, pod = _pod(_jobs("hengshan")["backup-drill"])
    (sidecar,) = pod["initContainers"]
    assert _bytes(sidecar["resources"]["limits"]["ephemeral-storage"]) < 1 << 30
