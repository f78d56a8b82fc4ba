"""The regulatory monitor in the cluster (docs/monitoring.md): a namespace with two CronJobs running the same
`sitegroup monitor` code as the CLI — `probe` spread over the day (≥ the policy's probes_per_day) and a daily
`inspect` writing the reports — and the PostgreSQL server that keeps their history; part of the platform layer
(k8s/platform.py).

The history server is the project's PostgreSQL (the site databases' image and uid, ADR 0008), one small
StatefulSet ``monitor-db``. Its only client logs in with a client certificate, not a password (ADR 0015): a
namespace-local CA issued by cert-manager signs the server's certificate and the client's (CN = the role), the
server accepts the role ``monitor`` only over TLS with that certificate (``pg_hba.conf``, ConfigMap
``monitor-db``), and the jobs' store URL (``$SITEGROUP_MONITOR_STORE``) names the mounted Secret's files. No
password exists for the platform stack to generate, keep or leak; cert-manager renews the certificates.
"""

from __future__ import annotations

from sitegroup.contracts import (
    DATABASE_IMAGE,
    DATABASE_PORT,
    DATABASE_RUN_AS,
    MONITOR_STORE_ENV,
    PG_SOCKET_DIR,
    PGDATA,
    PGDATA_MOUNT,
    SITEGROUP_IMAGE,
)
from sitegroup.k8s import netpol
from sitegroup.k8s.names import DOMAIN, NAME, PART_OF, pss_labels
from sitegroup.k8s.podsecurity import container_security_context, pod_security_context
from sitegroup.model import Environment

NAMESPACE = "monitor-system"
APP = "monitor"
REPORTS_CLAIM = "monitor-reports"  # the inspect job's reports (the history is in the database)
REPORTS_DIR = "/var/lib/monitor/reports"

DB = "monitor-db"  # StatefulSet, its Service, ServiceAccount and ConfigMap
ROLE = "monitor"  # the history's PostgreSQL role and database; the client certificate's CN
SERVER_TLS = "monitor-db-tls"  # Secrets written by cert-manager (tls_objects)
CLIENT_TLS = "monitor-store-client"
CA = "monitor-store-ca"
CLIENT_DIR = "/var/run/monitor-store"  # the jobs' mount of CLIENT_TLS
SERVER_TLS_DIR = "/etc/monitor-db/tls"
CONFIG_DIR = "/etc/monitor-db/conf"
INIT_DIR = "/docker-entrypoint-initdb.d"
TMP_SIZE = "64Mi"

# Who may connect how. The socket is inside the pod (the image's init steps, pg_isready): the superuser
# `postgres` has no network login at all; the role `monitor` only over TLS, proven by its certificate.
PG_HBA = f"""\
# TYPE  DATABASE  USER     ADDRESS    METHOD
local   all       all                 trust
hostssl {ROLE:<9} {ROLE:<8} 0.0.0.0/0  cert
hostssl {ROLE:<9} {ROLE:<8} ::/0       cert
"""
# Run once by the image at initdb, as the superuser in the database POSTGRES_DB: the monitor's role owns its
# database and its schema, and is not a superuser (no COPY ... TO PROGRAM for a client).
INIT_SQL = f"""\
CREATE ROLE {ROLE} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE;
ALTER DATABASE {ROLE} OWNER TO {ROLE};
ALTER SCHEMA public OWNER TO {ROLE};
"""


def server_args() -> list[str]:
    return ["postgres", "-c", f"hba_file={CONFIG_DIR}/pg_hba.conf", "-c", "ssl=on",
            "-c", f"ssl_cert_file={SERVER_TLS_DIR}/tls.crt", "-c", f"ssl_key_file={SERVER_TLS_DIR}/tls.key",
            "-c", f"ssl_ca_file={SERVER_TLS_DIR}/ca.crt", "-c", "ssl_min_protocol_version=TLSv1.3"]


def db_host() -> str:
    return f"{DB}.{NAMESPACE}.svc"


def store_url() -> str:
    """What the jobs get as $SITEGROUP_MONITOR_STORE: no password, the server's name checked against its
    certificate (verify-full), the client proven by the mounted key pair."""
    return (f"postgresql://{ROLE}@{db_host()}:{DATABASE_PORT}/{ROLE}?sslmode=verify-full"
            f"&sslrootcert={CLIENT_DIR}/ca.crt&sslcert={CLIENT_DIR}/tls.crt&sslkey={CLIENT_DIR}/tls.key")


def probe_schedule(probes_per_day: int) -> str:
    """A cron line with at least probes_per_day runs a day at even intervals (the indicator: spread over the day)."""
    per_hour = -(-probes_per_day // 24)
    if per_hour <= 1:
        return "7 * * * *"  # off the hour: not in step with every other hourly job
    step = 60 // per_hour
    while 60 % step:  # */step must divide the hour to keep intervals even
        step -= 1
    return f"*/{step} * * * *"


def _labels(app: str = APP) -> dict[str, str]:
    return {NAME: app, PART_OF: "sitegroup"}


def _meta(name: str, app: str = APP) -> dict:
    return {"name": name, "namespace": NAMESPACE, "labels": _labels(app)}


def _job(env: Environment, name: str, schedule: str, args: list[str], image: str, deadline: int,
         reports: bool = False) -> dict:
    mounts = [{"name": "store", "mountPath": CLIENT_DIR, "readOnly": True}, {"name": "tmp", "mountPath": "/tmp"}]  # noqa: S108 (an emptyDir)
    # libpq accepts a client key readable by its group only when root owns it: Secret files are root's.
    volumes = [{"name": "store", "secret": {"secretName": CLIENT_TLS, "defaultMode": 0o440}},
               {"name": "tmp", "emptyDir": {"sizeLimit": "256Mi"}}]
    if reports:
        mounts.append({"name": "reports", "mountPath": REPORTS_DIR})
        volumes.append({"name": "reports", "persistentVolumeClaim": {"claimName": REPORTS_CLAIM}})
    container = {
        "name": APP, "image": image,
        "args": ["monitor", *args, "--env", env.name],
        "env": [{"name": MONITOR_STORE_ENV, "value": store_url()}],
        "resources": {"requests": {"cpu": "250m", "memory": "256Mi"}, "limits": {"cpu": "1", "memory": "512Mi"}},
        "securityContext": {"allowPrivilegeEscalation": False, "readOnlyRootFilesystem": True,
                            "capabilities": {"drop": ["ALL"]}},
        "volumeMounts": mounts,
    }
    return {
        "apiVersion": "batch/v1", "kind": "CronJob", "metadata": _meta(name),
        "spec": {
            "schedule": schedule, "timeZone": env.platform.timezone, "concurrencyPolicy": "Forbid",
            "startingDeadlineSeconds": 300, "successfulJobsHistoryLimit": 3, "failedJobsHistoryLimit": 5,
            "jobTemplate": {"spec": {"backoffLimit": 0, "activeDeadlineSeconds": deadline, "template": {
                "metadata": {"labels": _labels()},
                "spec": {
                    "restartPolicy": "Never", "serviceAccountName": APP, "automountServiceAccountToken": False,
                    "securityContext": {"runAsNonRoot": True, "runAsUser": 65532, "runAsGroup": 65532,
                                        "fsGroup": 65532, "seccompProfile": {"type": "RuntimeDefault"}},
                    "containers": [container], "volumes": volumes,
                }}}},
        },
    }


def _certificate(name: str, issuer: str, spec: dict) -> dict:
    return {"apiVersion": "cert-manager.io/v1", "kind": "Certificate", "metadata": _meta(name, DB),
            "spec": {"secretName": name, "issuerRef": {"group": "cert-manager.io", "kind": "Issuer", "name": issuer},
                     "privateKey": {"algorithm": "ECDSA", "size": 256, "rotationPolicy": "Always",
                                    "encoding": "PKCS8"}, **spec}}


def tls_objects() -> list[dict]:
    """A self-signed root only this namespace trusts (an Issuer, not the platform's ClusterIssuer: an ACME
    issuer cannot sign .svc names or client certificates), the server's certificate and the client's."""
    selfsigned = f"{CA}-root"
    return [
        {"apiVersion": "cert-manager.io/v1", "kind": "Issuer", "metadata": _meta(selfsigned, DB),
         "spec": {"selfSigned": {}}},
        _certificate(CA, selfsigned, {"isCA": True, "commonName": "sitegroup monitor store CA",
                                      "duration": "87600h"}),
        {"apiVersion": "cert-manager.io/v1", "kind": "Issuer", "metadata": _meta(CA, DB),
         "spec": {"ca": {"secretName": CA}}},
        _certificate(SERVER_TLS, CA, {"dnsNames": [db_host(), f"{db_host()}.cluster.local"],
                                      "usages": ["server auth", "digital signature"]}),
        _certificate(CLIENT_TLS, CA, {"commonName": ROLE, "usages": ["client auth", "digital signature"]}),
    ]


def database_objects(env: Environment) -> list[dict]:
    labels = _labels(DB)
    # Over the pod's socket (local: trust), not TCP: a TCP probe without a certificate would log a refused
    # login every ten seconds.
    ready = {"exec": {"command": ["pg_isready", "-h", PG_SOCKET_DIR, "-p", str(DATABASE_PORT), "-U", "postgres",
                                  "-d", ROLE]}}
    container = {
        "name": "postgres", "image": DATABASE_IMAGE, "imagePullPolicy": "Always", "args": server_args(),
        "ports": [{"name": "postgres", "containerPort": DATABASE_PORT, "protocol": "TCP"}],
        "env": [
            # Read once, at initdb. `trust` only lets the image initialise without a password; the server
            # then reads our pg_hba.conf (hba_file), never the one the image writes into PGDATA.
            {"name": "POSTGRES_USER", "value": "postgres"}, {"name": "POSTGRES_DB", "value": ROLE},
            {"name": "POSTGRES_HOST_AUTH_METHOD", "value": "trust"}, {"name": "PGDATA", "value": PGDATA},
            {"name": "POSTGRES_INITDB_ARGS", "value": "--data-checksums"},
        ],
        "resources": {"requests": {"cpu": "100m", "memory": "256Mi"}, "limits": {"cpu": "1", "memory": "512Mi"}},
        "securityContext": container_security_context(DATABASE_RUN_AS),
        # The site database's timings (k8s/database.py): initdb may take minutes; a fast shutdown on stop.
        **{f"{kind}Probe": {**ready, "periodSeconds": period, "timeoutSeconds": 5, "failureThreshold": failures}
           for kind, period, failures in (("startup", 10, 60), ("readiness", 10, 3), ("liveness", 20, 6))},
        "lifecycle": {"preStop": {"exec": {"command": ["pg_ctl", "stop", "-D", PGDATA, "-m", "fast", "-w",
                                                       "-t", "50"]}}},
        "volumeMounts": [{"name": "data", "mountPath": PGDATA_MOUNT}, {"name": "run", "mountPath": PG_SOCKET_DIR},
                         {"name": "tmp", "mountPath": "/tmp"}]  # noqa: S108 (an emptyDir)
                        + [{"name": n, "mountPath": path, "readOnly": True}
                           for n, path in (("config", CONFIG_DIR), ("init", INIT_DIR), ("tls", SERVER_TLS_DIR))],
    }
    return [
        {"apiVersion": "v1", "kind": "ServiceAccount", "metadata": _meta(DB, DB),
         "automountServiceAccountToken": False},
        {"apiVersion": "v1", "kind": "ConfigMap", "metadata": _meta(DB, DB),
         "data": {"pg_hba.conf": PG_HBA, "monitor.sql": INIT_SQL}},
        {"apiVersion": "v1", "kind": "Service", "metadata": _meta(DB, DB),
         "spec": {"type": "ClusterIP", "clusterIP": "None", "selector": labels,
                  "ports": [{"name": "postgres", "port": DATABASE_PORT, "targetPort": "postgres",
                             "protocol": "TCP"}]}},
        {"apiVersion": "apps/v1", "kind": "StatefulSet", "metadata": _meta(DB, DB),
         "spec": {
             "serviceName": DB, "replicas": 1, "revisionHistoryLimit": 5, "selector": {"matchLabels": labels},
             "persistentVolumeClaimRetentionPolicy": {"whenDeleted": "Retain", "whenScaled": "Retain"},
             "template": {"metadata": {"labels": labels}, "spec": {
                 "serviceAccountName": DB, "automountServiceAccountToken": False, "enableServiceLinks": False,
                 "securityContext": {**pod_security_context(DATABASE_RUN_AS), "fsGroupChangePolicy": "OnRootMismatch"},
                 "terminationGracePeriodSeconds": 60, "containers": [container],
                 "volumes": [
                     {"name": "run", "emptyDir": {"medium": "Memory", "sizeLimit": "1Mi"}},
                     {"name": "tmp", "emptyDir": {"sizeLimit": TMP_SIZE}},
                     {"name": "config", "configMap": {"name": DB, "items": [{"key": "pg_hba.conf",
                                                                             "path": "pg_hba.conf"}]}},
                     {"name": "init", "configMap": {"name": DB, "items": [{"key": "monitor.sql",
                                                                           "path": "monitor.sql"}]}},
                     # The server's key: root-owned, group-readable (fsGroup) is what PostgreSQL accepts.
                     {"name": "tls", "secret": {"secretName": SERVER_TLS, "defaultMode": 0o440}},
                 ]}},
             "volumeClaimTemplates": [{"metadata": {"name": "data", "labels": labels}, "spec": {
                 "accessModes": ["ReadWriteOnce"], "volumeMode": "Filesystem",
                 "resources": {"requests": {"storage": "5Gi"}}}}],
         }},
    ]


def network_policies(env: Environment) -> list[dict]:
    """Default deny; the jobs reach DNS, the sites' web ports and the history server; the server takes
    connections from the jobs only and opens none."""
    port = [{"protocol": "TCP", "port": DATABASE_PORT}]
    jobs = {"podSelector": {"matchLabels": _labels()}}
    server = {"podSelector": {"matchLabels": _labels(DB)}}
    return [
        netpol.default_deny(NAMESPACE),
        netpol.allow_dns(NAMESPACE, env),
        # The sites are reached by their public names, like an inspector.
        netpol.policy("allow-monitor-egress", NAMESPACE, {**jobs, "policyTypes": ["Egress"], "egress": [
            {"ports": [{"protocol": "TCP", "port": 80}, {"protocol": "TCP", "port": 443}]},
            {"to": [server], "ports": port}]}),
        netpol.policy("allow-history-clients", NAMESPACE, {**server, "policyTypes": ["Ingress"],
                                                           "ingress": [{"from": [jobs], "ports": port}]}),
    ]


def monitor_objects(env: Environment, *, image: str = SITEGROUP_IMAGE) -> list[dict]:
    ns_labels = {**pss_labels(env), f"{DOMAIN}/tenant": "platform"}
    return [
        {"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": NAMESPACE, "labels": ns_labels}},
        {"apiVersion": "v1", "kind": "ServiceAccount", "metadata": _meta(APP), "automountServiceAccountToken": False},
        {"apiVersion": "v1", "kind": "PersistentVolumeClaim", "metadata": _meta(REPORTS_CLAIM),
         "spec": {"accessModes": ["ReadWriteOnce"], "resources": {"requests": {"storage": "5Gi"}}}},
        *tls_objects(),
        *database_objects(env),
        # The probe job has no volume but its client certificate: it runs beside an inspection on any node.
        _job(env, "monitor-probe", probe_schedule(env.monitor.probes_per_day), ["probe"], image,
             int(env.monitor.probe_timeout_seconds * 20)),
        _job(env, "monitor-inspect", "30 2 * * *", ["inspect", "--out", REPORTS_DIR], image, 4 * 3600,
             reports=True),
        *network_policies(env),
    ]
