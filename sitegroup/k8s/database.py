"""A site's own PostgreSQL server (ADR 0008), for sites whose template has a database: its two Secrets, its
init script, its ServiceAccount, a StatefulSet of one, its Service and the two NetworkPolicies that let only
labelled clients in.

The backup jobs (sitegroup.k8s.backup) expect exactly these: the Secret ``database`` (keys ``username``,
``database``, ``password``), the Service ``db`` on 5432, and ingress for pods labelled
``sitegroup.gov.cn/database-client: "true"`` (the backup job, the incident Jobs that touch the database, the
site's CMS when its owners deploy one; never the drill, which restores into a scratch database of its own).

Two roles. The server's superuser is ``postgres``, its password in the Secret ``database-superuser`` that only
the db pod references (no job, no CMS: a superuser can run programs on the server with COPY ... TO PROGRAM).
The site's role ``cms`` (Secret ``database``), which the CMS and the backup jobs log in as, is created with its
database by the init script ``sitegroup/data/db-init.sh`` (ConfigMap ``db-init``): not a superuser, owner of
its database, allowed to create databases (a restore loads beside the live one and renames both).

The official image initialises an empty volume once (initdb, then the init script): a later change of either
Secret's password does not reach the server (rotate it with ALTER ROLE, then update the Secret). The generated
passwords therefore live in the platform stack, which keeps them when a site moves between sites shards.
"""

from __future__ import annotations

from importlib import resources

from sitegroup import quantity
from sitegroup.contracts import (
    DATABASE_CLIENT_LABELS,
    DATABASE_IMAGE,
    DATABASE_PORT,
    DATABASE_RUN_AS,
    DATABASE_SECRET,
    DATABASE_SERVICE,
    DATABASE_USER,
    PG_SOCKET_DIR,
    PGDATA,
    PGDATA_MOUNT,
)
from sitegroup.k8s import netpol, secrets
from sitegroup.k8s.names import DB_APP, db_labels, site_meta
from sitegroup.k8s.podsecurity import container_security_context, pod_security_context
from sitegroup.model import Site

TMP_SIZE = "64Mi"

SUPERUSER = "postgres"  # the image's POSTGRES_USER: the server's only superuser
SUPERUSER_SECRET = "database-superuser"  # noqa: S105 (a Secret name) read by the db pod and nothing else
INIT_CONFIG = "db-init"  # the ConfigMap holding the init script
INIT_DIR = "/docker-entrypoint-initdb.d"  # the image runs the *.sh files there once, at initdb
INIT_SCRIPT = "db-init.sh"  # in sitegroup/data/, and the ConfigMap's key


def init_script() -> str:
    """The script that creates the site's role and database (the file tests/backup/test_database_init.py runs)."""
    return resources.files("sitegroup").joinpath("data", INIT_SCRIPT).read_text(encoding="utf-8")


def _secret(site: Site, name: str, data: dict[str, str]) -> dict:
    return {"apiVersion": "v1", "kind": "Secret", "metadata": site_meta(site, name, db_labels(site)),
            "type": "Opaque", "stringData": data}


def database_secret(site: Site) -> dict:
    """The site role's credentials: the backup/restore Jobs and the site's CMS read these."""
    return _secret(site, DATABASE_SECRET, {
        "username": DATABASE_USER,
        "database": DATABASE_USER,
        "password": secrets.generated(secrets.DATABASE_PASSWORD, site.id),
    })


def superuser_secret(site: Site) -> dict:
    """The server's superuser: only the db pod reads it (a test scans every object for other readers)."""
    return _secret(site, SUPERUSER_SECRET, {
        "username": SUPERUSER,
        "password": secrets.generated(secrets.DATABASE_SUPERUSER_PASSWORD, site.id),
    })


def init_config(site: Site) -> dict:
    return {
        "apiVersion": "v1",
        "kind": "ConfigMap",
        "metadata": site_meta(site, INIT_CONFIG, db_labels(site)),
        "data": {INIT_SCRIPT: init_script()},
    }


def service_account(site: Site) -> dict:
    return {
        "apiVersion": "v1",
        "kind": "ServiceAccount",
        "metadata": site_meta(site, DB_APP, db_labels(site)),
        "automountServiceAccountToken": False,
    }


def service(site: Site) -> dict:
    """Headless: the StatefulSet's governing Service; ``db`` resolves to the one server pod (when ready)."""
    return {
        "apiVersion": "v1",
        "kind": "Service",
        "metadata": site_meta(site, DATABASE_SERVICE, db_labels(site)),
        "spec": {
            "type": "ClusterIP",
            "clusterIP": "None",
            "selector": db_labels(site),
            "ports": [{"name": "postgres", "port": DATABASE_PORT, "targetPort": "postgres", "protocol": "TCP"}],
        },
    }


def _secret_env(name: str, key: str, secret: str = DATABASE_SECRET) -> dict:
    return {"name": name, "valueFrom": {"secretKeyRef": {"name": secret, "key": key}}}


def pg_isready(user: str, database: str) -> dict:
    """An exec probe: is the server accepting TCP connections on the pod's loopback. ``-U`` is required: the
    server's uid has no passwd entry, so libpq could not default the user name."""
    return {"exec": {"command": ["pg_isready", "-h", "127.0.0.1", "-p", str(DATABASE_PORT), "-U", user,
                                 "-d", database]}}


def statefulset(site: Site) -> dict:
    db = site.database
    assert db is not None
    labels = db_labels(site)
    ready = pg_isready(DATABASE_USER, DATABASE_USER)
    container = {
        "name": "postgres",
        "image": DATABASE_IMAGE,
        "imagePullPolicy": "Always",
        "ports": [{"name": "postgres", "containerPort": DATABASE_PORT, "protocol": "TCP"}],
        "env": [
            # Read when the image initialises the empty volume (initdb, then the init script), not afterwards:
            # the superuser (POSTGRES_DB left unset: no database of its own besides `postgres`) ...
            {"name": "POSTGRES_USER", "value": SUPERUSER},
            _secret_env("POSTGRES_PASSWORD", "password", SUPERUSER_SECRET),
            # ... and the site's role and database, which the init script creates.
            _secret_env("SITE_DB_ROLE", "username"),
            _secret_env("SITE_DB_NAME", "database"),
            _secret_env("SITE_DB_PASSWORD", "password"),
            {"name": "PGDATA", "value": PGDATA},
            # Page checksums: silent corruption shows up in the nightly dump instead of spreading into backups.
            {"name": "POSTGRES_INITDB_ARGS", "value": "--data-checksums"},
        ],
        "resources": {
            "requests": {"cpu": quantity.fmt_cpu(db.cpu_request_m), "memory": quantity.fmt_bytes(db.memory_request)},
            "limits": {"cpu": quantity.fmt_cpu(db.cpu_limit_m), "memory": quantity.fmt_bytes(db.memory_limit)},
        },
        "securityContext": container_security_context(DATABASE_RUN_AS),
        # initdb and crash recovery may take minutes: liveness waits until the server first accepts connections.
        "startupProbe": {**ready, "periodSeconds": 10, "timeoutSeconds": 5, "failureThreshold": 60},
        "readinessProbe": {**ready, "periodSeconds": 10, "timeoutSeconds": 5, "failureThreshold": 3},
        "livenessProbe": {**ready, "periodSeconds": 20, "timeoutSeconds": 5, "failureThreshold": 6},
        # Kubernetes stops containers with SIGTERM, PostgreSQL's "smart" shutdown, which waits for every client
        # to disconnect; a fast shutdown (what the image's STOPSIGNAL SIGINT asks for) ends cleanly instead.
        "lifecycle": {"preStop": {"exec": {"command": ["pg_ctl", "stop", "-D", PGDATA, "-m", "fast", "-w",
                                                       "-t", "50"]}}},
        "volumeMounts": [
            {"name": "data", "mountPath": PGDATA_MOUNT},
            # The server's only writable paths besides its volume: the socket/lock directory and /tmp
            # (the entrypoint's nss_wrapper files under an arbitrary uid).
            {"name": "run", "mountPath": PG_SOCKET_DIR},
            {"name": "tmp", "mountPath": "/tmp"},  # noqa: S108 (an emptyDir)
            {"name": "init", "mountPath": INIT_DIR, "readOnly": True},
        ],
    }
    pod_security = {**pod_security_context(DATABASE_RUN_AS), "fsGroupChangePolicy": "OnRootMismatch"}
    return {
        "apiVersion": "apps/v1",
        "kind": "StatefulSet",
        "metadata": site_meta(site, DB_APP, labels),
        "spec": {
            "serviceName": DATABASE_SERVICE,
            "replicas": 1,
            "revisionHistoryLimit": 5,
            "selector": {"matchLabels": labels},
            "updateStrategy": {"type": "RollingUpdate"},
            # The data outlives the StatefulSet (a re-created one finds it); the namespace's end removes it.
            "persistentVolumeClaimRetentionPolicy": {"whenDeleted": "Retain", "whenScaled": "Retain"},
            "template": {
                "metadata": {"labels": labels},
                "spec": {
                    "serviceAccountName": DB_APP,
                    "automountServiceAccountToken": False,
                    "enableServiceLinks": False,
                    "securityContext": pod_security,
                    "terminationGracePeriodSeconds": 60,
                    "containers": [container],
                    "volumes": [
                        {"name": "run", "emptyDir": {"medium": "Memory", "sizeLimit": "1Mi"}},
                        {"name": "tmp", "emptyDir": {"sizeLimit": TMP_SIZE}},
                        # Executable, so the entrypoint runs the script in its own shell instead of sourcing it.
                        {"name": "init", "configMap": {"name": INIT_CONFIG, "defaultMode": 0o555}},
                    ],
                },
            },
            "volumeClaimTemplates": [
                {
                    "metadata": {"name": "data", "labels": labels},
                    "spec": {
                        "accessModes": ["ReadWriteOnce"],
                        "volumeMode": "Filesystem",
                        "resources": {"requests": {"storage": quantity.fmt_bytes(db.storage)}},
                    },
                }
            ],
        },
    }


def network_policies(site: Site) -> list[dict]:
    """Ingress to the server on 5432 only from database-client pods of this namespace, and egress for those
    pods to it: the namespace's default-deny stays in force for everything else (the server gets no egress
    beyond DNS)."""
    ns = site.namespace
    port = [{"protocol": "TCP", "port": DATABASE_PORT}]
    clients = {"podSelector": {"matchLabels": dict(DATABASE_CLIENT_LABELS)}}
    server = {"podSelector": {"matchLabels": db_labels(site)}}
    return [
        netpol.policy("allow-database-clients", ns, {
            **server,
            "policyTypes": ["Ingress"],
            "ingress": [{"from": [clients], "ports": port}],
        }),
        netpol.policy("allow-database-egress", ns, {
            **clients,
            "policyTypes": ["Egress"],
            "egress": [{"to": [server], "ports": port}],
        }),
    ]


def database_objects(site: Site) -> list[dict]:
    """The server's two Secrets, init ConfigMap, ServiceAccount, StatefulSet and Service; nothing for a site
    without a database. (Its NetworkPolicies come with the namespace's others, ``network_policies``.)"""
    if site.database is None:
        return []
    return [database_secret(site), superuser_secret(site), init_config(site), service_account(site),
            statefulset(site), service(site)]
