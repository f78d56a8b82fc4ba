"""A site whose template has a database gets its own PostgreSQL (ADR 0008), reachable only from the namespace's
database-client pods; a site without one gets none of it. On the dev inventory and under the program's mocks."""

from __future__ import annotations

from collections.abc import Iterator

from sitegroup import quantity
from sitegroup.k8s import backup as backup_k8s
from sitegroup.k8s.site import limit_range
from sitegroup.policy import checks
from sitegroup.program.passwords import derive
from tests.program.conftest import DEV_CONFIG
from tests.program.harness import REPO, is_secret, unwrap

DB_OBJECTS = {("Secret", "database"), ("Secret", "database-superuser"), ("ConfigMap", "db-init"),
              ("ServiceAccount", "db"), ("StatefulSet", "db"), ("Service", "db"),
              ("NetworkPolicy", "allow-database-clients"), ("NetworkPolicy", "allow-database-egress")}
CLIENT = "sitegroup.gov.cn/database-client"
SUPERUSER_SECRET = "database-superuser"
INIT_SCRIPT = REPO / "sitegroup" / "data" / "db-init.sh"


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
        superuser = _one(objs, "Secret", SUPERUSER_SECRET)
        assert superuser["stringData"] == {"username": "postgres",
                                           "password": f"<generated:database-superuser-password:{site_id}>"}
        # The init script is the repository's file, byte for byte (the one the real-engine test runs).
        assert _one(objs, "ConfigMap", "db-init")["data"] == {"db-init.sh": INIT_SCRIPT.read_text()}
        svc = _one(objs, "Service", "db")["spec"]
        server = _one(objs, "StatefulSet", "db")
        labels, _ = _pod(server)
        assert svc["clusterIP"] == "None" and svc["type"] == "ClusterIP" and server["spec"]["serviceName"] == "db"
        assert svc["ports"] == [{"name": "postgres", "port": 5432, "targetPort": "postgres", "protocol": "TCP"}]
        assert svc["selector"] == labels == server["spec"]["selector"]["matchLabels"]
        assert CLIENT not in labels
        hard = _one(objs, "ResourceQuota", "site-quota")["spec"]["hard"]
        # content, data-db-0 and the jobs' scratch claims at once (backup, drill x2, restore)
        assert hard["persistentvolumeclaims"] == "6" and hard["services"] == "3"


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
        assert mounts == {"/var/lib/postgresql/data": "data", "/var/run/postgresql": "run", "/tmp": "tmp",
                          "/docker-entrypoint-initdb.d": "init"}
        assert empty == {"run", "tmp"}
        # The init script: read-only, executable (the entrypoint runs it rather than sourcing it into itself).
        init = next(m for m in c["volumeMounts"] if m["name"] == "init")
        assert init["readOnly"] is True
        assert {"name": "init", "configMap": {"name": "db-init", "defaultMode": 0o555}} in pod["volumes"]
        (claim,) = server["spec"]["volumeClaimTemplates"]
        assert claim["metadata"]["name"] == "data"
        assert quantity.bytes_(claim["spec"]["resources"]["requests"]["storage"]) == db.storage
        env = {e["name"]: e for e in c["env"]}
        # The image's superuser is postgres, with a password of its own; the site's role is the init script's.
        assert env["POSTGRES_USER"] == {"name": "POSTGRES_USER", "value": "postgres"} and "POSTGRES_DB" not in env
        assert env["POSTGRES_PASSWORD"]["valueFrom"] == {"secretKeyRef": {"name": SUPERUSER_SECRET, "key": "password"}}
        for name, key in (("SITE_DB_ROLE", "username"), ("SITE_DB_NAME", "database"), ("SITE_DB_PASSWORD", "password")):
            assert env[name]["valueFrom"] == {"secretKeyRef": {"name": "database", "key": key}}
            assert f"${{{name}" in INIT_SCRIPT.read_text()  # the variables the script reads
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


def test_the_program_generates_the_database_passwords_as_pulumi_secrets(dev_program, dev_env):
    seed = DEV_CONFIG["secretSeed"]
    for kind, secret_name in (("database-password", "database"),
                              ("database-superuser-password", SUPERUSER_SECRET)):
        want = {s.id for s in dev_env.sites if s.database is not None}
        secrets = [r for r in dev_program.kubernetes() if r.key[1:] == ("Secret", r.key[2], secret_name)]
        assert want and len(secrets) == len(want)
        for r in secrets:
            assert is_secret(r.inputs["stringData"]), r.name
            site_id = r.key[2].removeprefix("site-")
            assert unwrap(r.inputs)["stringData"]["password"] == derive(seed, kind, site_id)
    servers = [r for r in dev_program.kubernetes()
               if r.inputs["kind"] == "StatefulSet" and r.key[2].startswith("site-")]
    assert len(servers) == len(want) and {r.type for r in servers} == {"kubernetes:apps/v1:StatefulSet"}


def _mentions(value, name: str, path: str = "") -> Iterator[str]:
    """Every path in an object at which the string ``name`` appears (as a value or a key)."""
    if isinstance(value, dict):
        for k, v in value.items():
            if k == name:
                yield f"{path}/{k}"
            yield from _mentions(v, name, f"{path}/{k}")
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _mentions(v, name, f"{path}/{i}")
    elif value == name:
        yield path


def test_only_the_server_references_the_superuser_secret(dev_env, dev_rendered):
    """Every object of the dev plan (platform and sites) and every incident Job a responder could start: the
    superuser's Secret appears in exactly two places per database site, its own name and the db pod's
    POSTGRES_PASSWORD. No Job, CronJob, Deployment, Role or other workload refers to it in any way."""
    db_sites = [s for s in dev_env.sites if s.serving and s.database is not None]
    incident = [job for site in db_sites for job in (
        backup_k8s.restore_job(site, dev_env, "a" * 64, name="restore", database=True, db_snapshot="b" * 64),
        backup_k8s.restore_job(site, dev_env, None, name="restore-db", database=True, db_snapshot="b" * 64),
        backup_k8s.integrity_job(site, dev_env, "a" * 64, name="integrity"))]
    found = {}
    for obj in [*dev_rendered.all_objects(), *incident]:
        for path in _mentions(obj, SUPERUSER_SECRET):
            found.setdefault((obj["kind"], obj["metadata"].get("namespace"), obj["metadata"]["name"]), []).append(path)
    env_path = "/spec/template/spec/containers/0/env/{}/valueFrom/secretKeyRef/name"
    want = {}
    for site in db_sites:
        server = _one(dev_rendered.sites[site.id], "StatefulSet", "db")
        env = _pod(server)[1]["containers"][0]["env"]
        (index,) = [i for i, e in enumerate(env) if e["name"] == "POSTGRES_PASSWORD"]
        want[("Secret", site.namespace, SUPERUSER_SECRET)] = ["/metadata/name"]
        want[("StatefulSet", site.namespace, "db")] = [env_path.format(index)]
    assert db_sites and found == want


def test_the_init_script_passes_values_to_sql_safely():
    """The shape the real-engine test (tests/backup/test_database_init.py) relies on: a POSIX sh script, strict,
    its SQL a quoted heredoc (no shell expansion), values through psql variables, stop at the first error."""
    text = INIT_SCRIPT.read_text()
    lines = text.splitlines()
    assert lines[0] == "#!/bin/sh" and "set -eu" in lines
    assert INIT_SCRIPT.stat().st_mode & 0o111  # runnable as is, as the image runs it
    assert "<<'SQL'" in text and "ON_ERROR_STOP=1" in text
    sql = text.split("<<'SQL'\n", 1)[1]
    assert "$" not in sql  # nothing the shell would expand, were the heredoc ever unquoted
    assert ":'password'" in sql and "\\getenv password SITE_DB_PASSWORD" in sql
    assert "NOSUPERUSER" in sql and "REVOKE ALL ON DATABASE" in sql
    assert INIT_SCRIPT.suffix == ".sh"  # the image runs *.sh (and *.sql) only
