"""A site whose template has a database gets its own PostgreSQL (ADR 0008), reachable only from the namespace's
database-client pods; a site without one gets none of it. On the dev inventory and under the program's mocks."""

from __future__ import annotations

from sitegroup import quantity
from sitegroup.k8s.site import limit_range
from sitegroup.policy import checks
from tests.program.harness import is_secret, unwrap

DB_OBJECTS = {("Secret", "database"), ("ServiceAccount", "db"), ("StatefulSet", "db"), ("Service", "db"),
              ("NetworkPolicy", "allow-database-clients"), ("NetworkPolicy", "allow-database-egress")}
CLIENT = "sitegroup.gov.cn/database-client"


def _names(objs) -> set[tuple[str, str]]:
    return {(o["kind"], o["metadata"]["name"]) for o in objs}


def _one(objs, kind, name):
    (found,) = [o for o in objs if o["kind"] == kind and o["metadata"]["name"] == name]
    return found


def _pod(obj: dict) -> tuple[dict, dict]:
    """(pod labels, pod spec) of a workload."""
    spec = obj["spec"]["jobTemplate"]["spec"] if obj["kind"] == "CronJob" else obj["spec"]
    return spec["template"]["metadata"].get("labels", {}), spec["template"]["spec"]


def _selects(selector: dict, labels: dict) -> bool:
    assert set(selector) <= {"matchLabels"}, selector  # the renderer uses matchLabels only
    return all(labels.get(k) == v for k, v in selector.get("matchLabels", {}).items())


def test_database_sites_have_the_server_and_others_have_none(dev_env, dev_rendered):
    with_db = [s for s in dev_env.sites if s.serving and s.database is not None]
    assert {s.template.name for s in with_db} == {"province-portal", "city-portal"}
    for site_id, objs in dev_rendered.sites.items():
        site = dev_env.site(site_id)
        names = _names(objs)
        if site.database is None:
            assert not names & DB_OBJECTS, site_id
            assert not any(o["kind"] == "StatefulSet" for o in objs)
            assert not any(CLIENT in _pod(o)[0] for o in objs if o["kind"] in ("CronJob", "Deployment"))
            continue
        assert names >= DB_OBJECTS, site_id
        secret = _one(objs, "Secret", "database")
        assert secret["stringData"] == {"username": "cms", "database": "cms",
                                        "password": f"<generated:database-password:{site_id}>"}
        svc = _one(objs, "Service", "db")["spec"]
        server = _one(objs, "StatefulSet", "db")
        labels, _ = _pod(server)
        assert svc["clusterIP"] == "None" and svc["type"] == "ClusterIP" and server["spec"]["serviceName"] == "db"
        assert svc["ports"] == [{"name": "postgres", "port": 5432, "targetPort": "postgres", "protocol": "TCP"}]
        assert svc["selector"] == labels == server["spec"]["selector"]["matchLabels"]
        assert CLIENT not in labels
        hard = _one(objs, "ResourceQuota", "site-quota")["spec"]["hard"]
        assert hard["persistentvolumeclaims"] == "3" and hard["services"] == "3"


def test_the_server_is_sized_by_the_template_and_hardened(dev_env, dev_rendered):
    for site_id, objs in dev_rendered.sites.items():
        site = dev_env.site(site_id)
        if site.database is None:
            continue
        db = site.database
        server = _one(objs, "StatefulSet", "db")
        assert server["spec"]["replicas"] == 1
        _, pod = _pod(server)
        assert checks.pod_security_restricted("StatefulSet", server) == []
        psc = pod["securityContext"]
        assert psc["runAsNonRoot"] is True and psc["runAsUser"] >= 10000 and psc["fsGroup"] == psc["runAsUser"]
        assert psc["seccompProfile"] == {"type": "RuntimeDefault"} and pod["automountServiceAccountToken"] is False
        (c,) = pod["containers"]
        assert c["image"].startswith("registry.sitegroup.internal/platform/postgres:15.")
        sc = c["securityContext"]
        assert sc["readOnlyRootFilesystem"] is True and sc["capabilities"] == {"drop": ["ALL"]}
        assert sc["allowPrivilegeEscalation"] is False and sc["runAsNonRoot"] is True
        # Writable: the data volume, and emptyDirs for the socket directory and /tmp, nothing else.
        empty = {v["name"] for v in pod["volumes"] if "emptyDir" in v}
        mounts = {m["mountPath"]: m["name"] for m in c["volumeMounts"]}
        assert mounts == {"/var/lib/postgresql/data": "data", "/var/run/postgresql": "run", "/tmp": "tmp"}
        assert empty == {"run", "tmp"}
        (claim,) = server["spec"]["volumeClaimTemplates"]
        assert claim["metadata"]["name"] == "data"
        assert quantity.bytes_(claim["spec"]["resources"]["requests"]["storage"]) == db.storage
        env = {e["name"]: e for e in c["env"]}
        for name, key in (("POSTGRES_USER", "username"), ("POSTGRES_DB", "database"),
                          ("POSTGRES_PASSWORD", "password")):
            assert env[name]["valueFrom"] == {"secretKeyRef": {"name": "database", "key": key}}
        assert env["PGDATA"]["value"].startswith("/var/lib/postgresql/data/")  # a folder inside the volume
        for probe in ("startupProbe", "readinessProbe", "livenessProbe"):
            assert c[probe]["exec"]["command"][0] == "pg_isready", probe
        res = c["resources"]
        assert quantity.cpu_m(res["requests"]["cpu"]) == db.cpu_request_m
        assert quantity.cpu_m(res["limits"]["cpu"]) == db.cpu_limit_m
        assert quantity.bytes_(res["requests"]["memory"]) == db.memory_request
        assert quantity.bytes_(res["limits"]["memory"]) == db.memory_limit
        # The namespace's LimitRange admits the server's container and its volume.
        lr = {lim["type"]: lim for lim in limit_range(site)["spec"]["limits"]}
        assert quantity.cpu_m(lr["Container"]["max"]["cpu"]) >= db.cpu_limit_m
        assert quantity.bytes_(lr["Container"]["max"]["memory"]) >= db.memory_limit
        assert quantity.bytes_(lr["PersistentVolumeClaim"]["max"]["storage"]) >= db.storage


def test_only_database_client_pods_reach_the_server(dev_env, dev_rendered):
    """Every NetworkPolicy that admits traffic to the db pods admits exactly database-client pods of the same
    namespace on 5432; and the only pods labelled database-client are the backup jobs' (never the drill's)."""
    for site_id, objs in dev_rendered.sites.items():
        if dev_env.site(site_id).database is None:
            continue
        db_labels, _ = _pod(_one(objs, "StatefulSet", "db"))
        policies = [o["spec"] for o in objs if o["kind"] == "NetworkPolicy"]
        ingress = [rule for p in policies if "Ingress" in p["policyTypes"] and _selects(p["podSelector"], db_labels)
                   for rule in p.get("ingress", [])]
        assert ingress == [{"from": [{"podSelector": {"matchLabels": {CLIENT: "true"}}}],
                            "ports": [{"protocol": "TCP", "port": 5432}]}], site_id
        egress = [rule for p in policies if "Egress" in p["policyTypes"] and p["podSelector"] == {
            "matchLabels": {CLIENT: "true"}} for rule in p.get("egress", [])]
        assert egress == [{"to": [{"podSelector": {"matchLabels": db_labels}}],
                           "ports": [{"protocol": "TCP", "port": 5432}]}]
        clients = sorted(o["metadata"]["name"] for o in objs if o["kind"] in ("CronJob", "Deployment", "StatefulSet")
                         and _pod(o)[0].get(CLIENT) == "true")
        assert clients == ["backup"], site_id


def test_the_program_generates_the_database_password_as_a_pulumi_secret(dev_program, dev_env):
    passwords = {r.name: r for r in dev_program.of_type("random:index/randomPassword:RandomPassword")}
    want = {f"{s.id}-database-password" for s in dev_env.sites if s.database is not None}
    assert want and {n for n in passwords if n.endswith("-database-password")} == want
    assert all(passwords[n].inputs["length"] >= 32 and passwords[n].inputs["special"] is False for n in want)
    assert all(passwords[n].parent_type == "sitegroup:index:BackupCredentials" for n in want)
    secrets = [r for r in dev_program.kubernetes() if r.key[1:] == ("Secret", r.key[2], "database")]
    assert len(secrets) == len(want)
    for r in secrets:
        assert is_secret(r.inputs["stringData"]), r.name
        site_id = r.key[2].removeprefix("site-")
        assert unwrap(r.inputs)["stringData"]["password"] == f"mock-{site_id}-database-password"
    servers = [r for r in dev_program.kubernetes() if r.inputs["kind"] == "StatefulSet"]
    assert len(servers) == len(want) and {r.type for r in servers} == {"kubernetes:apps/v1:StatefulSet"}
