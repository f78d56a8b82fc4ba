"""The log pipeline in the cluster (docs/logging.md, ADR 0011-i16, ADR 0016-i16), part of the platform layer:

- namespace ``logging-collector`` (Pod Security "privileged", the platform's one exception; ADR 0016-i16) with
  only ``log-collector``: a DaemonSet of rsyslogd on every node reading the container logs and the host's auditd
  log through read-only hostPaths, its queues and read positions in an emptyDir;
- namespace ``logging-system`` (Pod Security "restricted") with ``logs-<days>d``: one VictoriaLogs StatefulSet
  per distinct retention of the environment's policy (``Environment.log_retention``), ``log-gateway`` (vmauth,
  the only way a person reads: responders everything, a site's owners their site) and ``log-digest`` (the
  daily signed, chained digest, then the same day's export to the backup target: sitegroup.logs.export);
- NetworkPolicies: default deny; only the collectors and the gateway reach the stores, only the digest job the
  gateway (responders come by port-forward).

Secrets are markers (sitegroup.k8s.secrets): the program puts in the platform stack's secret config values
CONFIG_KEYS (``sitegroup up`` makes them once). No configuration file carries a secret: rsyslog reads the
stores' password from its Secret at start, and the gateway's config step derives the readers' tokens from the
seed inside the pod (sitegroup.logs.tokens).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import PurePosixPath

from sitegroup.backup.repositories import repository_endpoint
from sitegroup.contracts import (
    DOMAIN,
    LOG_COLLECTOR,
    LOG_COLLECTOR_HOST_PATHS,
    LOG_COLLECTOR_IMAGE,
    LOG_COLLECTOR_NAMESPACE,
    LOG_GATEWAY_IMAGE,
    LOG_NAMESPACE,
    LOG_STORE_IMAGE,
    SITEGROUP_IMAGE,
)
from sitegroup.k8s import netpol, secrets
from sitegroup.k8s.names import NS_NAME, TENANT, pss_labels, pss_version
from sitegroup.k8s.podsecurity import container_security_context, pod_security_context
from sitegroup.logs import collector, tokens
from sitegroup.logs.store import HTTP_PORT, SECRET_ENV, store_args
from sitegroup.model import LOG_KINDS, Environment, LogRetention

NAMESPACE = LOG_NAMESPACE
COLLECTOR_NAMESPACE = LOG_COLLECTOR_NAMESPACE
COLLECTOR = LOG_COLLECTOR
GATEWAY = "log-gateway"
GATEWAY_PORT = 8427
DIGEST = "log-digest"
STORE_SECRET = "log-store-credentials"  # noqa: S105 (a Secret name); the keys of sitegroup.logs.store.SECRET_ENV
COLLECTOR_CONFIG = "log-collector-config"  # ConfigMap: rsyslog.conf (no secret in it) + sites.json
COLLECTOR_SECRET = "log-collector-credentials"  # noqa: S105 (a Secret name); the stores' password
GATEWAY_PLAN = "log-gateway-plan"  # ConfigMap: the stores and the sites the gateway serves
GATEWAY_SECRET = "log-gateway-credentials"  # noqa: S105 (a Secret name); store-password, token-seed
DIGEST_SECRET = "log-digest-credentials"  # noqa: S105 (a Secret name); evidence.key, token-seed
CONFIG_DIR = "/etc/sitegroup/log-collector"
SECRET_DIR = "/etc/sitegroup/log-collector-secret"  # noqa: S105 (a path)
STATE_DIR = "/var/lib/sitegroup/log-collector"  # imfile positions and the disk queues: an emptyDir (ADR 0016-i16)
RUN_AS = 65532
QUEUE_PER_STORE = "768m"  # disk queue per store, inside the collector's 2Gi emptyDir (two stores + positions)
PART_OF = {"app.kubernetes.io/part-of": "sitegroup-logging"}
CHECKSUM = f"{DOMAIN}/config-checksum"  # on a pod template: a changed ConfigMap rolls the pods

# Platform stack secret config values (sitegroup up generates them once; docs/logging.md).
STORE_PASSWORD_KEY = "logStorePassword"  # noqa: S105 (a config key)
STORE_INTERNAL_KEY = "logStoreInternalKey"
TOKEN_SEED_KEY = "logTokenSeed"  # noqa: S105 (a config key)
EVIDENCE_KEY = "logEvidenceKey"
EXPORT_REST_PASSWORD_KEY = "logExportRestPassword"  # noqa: S105 (a config key)
EXPORT_REPOSITORY_PASSWORD_KEY = "logExportRepositoryPassword"  # noqa: S105 (a config key)
CONFIG_KEYS = (STORE_PASSWORD_KEY, STORE_INTERNAL_KEY, TOKEN_SEED_KEY, EVIDENCE_KEY, EXPORT_REST_PASSWORD_KEY,
               EXPORT_REPOSITORY_PASSWORD_KEY)
EXPORT_REST_USER = "_logs"  # the export's append-only REST user and repository name on the backup target
EXPORT_SCRATCH = "50Gi"  # one closed day of every store, compressed (~72 MiB per million lines, docs/logging.md)


def _labels(name: str) -> dict[str, str]:
    return {"app.kubernetes.io/name": name, **PART_OF}


def _meta(name: str, namespace: str = NAMESPACE, **extra: object) -> dict:
    return {"name": name, "namespace": namespace, "labels": _labels(name), **extra}


def _checksum(*docs: dict) -> str:
    return hashlib.sha256(json.dumps(docs, sort_keys=True).encode()).hexdigest()[:16]


def namespaces(env: Environment) -> list[dict]:
    base = {TENANT: "platform", f"{DOMAIN}/environment": env.name, **PART_OF}
    version = pss_version(env)
    # The exception (sitegroup.policy.checks.HOST_LOG_EXCEPTION): nothing below "privileged" admits a hostPath;
    # "audit: restricted" records every collector pod as a restricted violation in the API server's audit log.
    excepted = {"pod-security.kubernetes.io/enforce": "privileged", "pod-security.kubernetes.io/warn": "privileged",
                "pod-security.kubernetes.io/audit": "restricted",
                **{f"pod-security.kubernetes.io/{m}-version": version for m in ("enforce", "warn", "audit")}}
    return [
        {"apiVersion": "v1", "kind": "Namespace",
         "metadata": {"name": NAMESPACE, "labels": {**base, **pss_labels(env)}}},
        {"apiVersion": "v1", "kind": "Namespace",
         "metadata": {"name": COLLECTOR_NAMESPACE, "labels": {**base, **excepted},
                      "annotations": {f"{DOMAIN}/pod-security-exception": "docs/adr/0016-i16-log-collector-host-"
                                                                          "access.md"}}},
    ]


def store_url(store: str) -> str:
    return f"http://{store}.{NAMESPACE}.svc:{HTTP_PORT}"


def collector_inputs() -> list[collector.Input]:
    return [
        collector.Input("/var/log/containers/*.log", "app", "cri"),
        collector.Input("/var/log/audit/audit.log", "audit", "auditd"),
    ]


def collector_config(env: Environment, retention: LogRetention) -> dict[str, str]:
    """The files of COLLECTOR_CONFIG; the node name comes from the environment, the password from its Secret."""
    shipping = collector.Shipping({s: store_url(s) for s in retention.stores()}, tokens.STORE_USER, "",
                                  queue_max_disk=QUEUE_PER_STORE, password_file=f"{SECRET_DIR}/password")
    conf = collector.render(collector_inputs(), retention, shipping, PurePosixPath(STATE_DIR),
                           PurePosixPath(f"{CONFIG_DIR}/sites.json"), "node")
    conf = conf.replace('set $!node = "node";', 'set $!node = getenv("NODE_NAME");')
    return {"rsyslog.conf": conf, "sites.json": json.dumps(collector.site_table(env), ensure_ascii=False)}


def collector_objects(env: Environment, image: str = LOG_COLLECTOR_IMAGE) -> list[dict]:
    config = collector_config(env, env.log_retention)
    host = [(p.strip("/").replace("/", "-"), p) for p in LOG_COLLECTOR_HOST_PATHS]
    daemonset = {
        "apiVersion": "apps/v1", "kind": "DaemonSet",
        "metadata": _meta(COLLECTOR, COLLECTOR_NAMESPACE, annotations=_checkov_waivers()),
        "spec": {
            "selector": {"matchLabels": _labels(COLLECTOR)},
            "updateStrategy": {"type": "RollingUpdate", "rollingUpdate": {"maxUnavailable": 1}},
            "template": {
                "metadata": {"labels": _labels(COLLECTOR), "annotations": {CHECKSUM: _checksum(config)}},
                "spec": {
                    "priorityClassName": "system-node-critical",
                    "tolerations": [{"operator": "Exists"}],  # every node, control plane too (auditd)
                    "automountServiceAccountToken": False,
                    "terminationGracePeriodSeconds": 60,  # saveOnShutdown writes the in-memory queue to disk
                    "securityContext": {"seccompProfile": {"type": "RuntimeDefault"}},
                    "containers": [{
                        "name": "rsyslogd",
                        "image": image,
                        "imagePullPolicy": "Always",
                        "args": ["rsyslogd", "-n", "-f", f"{CONFIG_DIR}/rsyslog.conf"],
                        "env": [{"name": "NODE_NAME", "valueFrom": {"fieldRef": {"fieldPath": "spec.nodeName"}}}],
                        "resources": {"requests": {"cpu": "100m", "memory": "128Mi"},
                                      "limits": {"cpu": "1", "memory": "512Mi"}},
                        # Root to read root-owned host logs, with one added capability (read, never write, any
                        # file) and nothing else: ADR 0016-i16, sitegroup.policy.checks.HOST_LOG_EXCEPTION.
                        "securityContext": {"runAsUser": 0, "runAsGroup": 0, "privileged": False,
                                            "readOnlyRootFilesystem": True, "allowPrivilegeEscalation": False,
                                            "capabilities": {"drop": ["ALL"], "add": ["DAC_READ_SEARCH"]},
                                            "seccompProfile": {"type": "RuntimeDefault"}},
                        "volumeMounts": [
                            *({"name": n, "mountPath": p, "readOnly": True} for n, p in host),
                            {"name": "state", "mountPath": STATE_DIR},
                            {"name": "config", "mountPath": CONFIG_DIR, "readOnly": True},
                            {"name": "credentials", "mountPath": SECRET_DIR, "readOnly": True},
                        ],
                    }],
                    "volumes": [
                        *({"name": n, "hostPath": {"path": p, "type": "Directory"}} for n, p in host),
                        # Survives a container restart, not the pod's replacement: then rsyslog reads the node's
                        # log files again from their start (duplicates, no loss of what is still on the node).
                        {"name": "state", "emptyDir": {"sizeLimit": "2Gi"}},
                        {"name": "config", "configMap": {"name": COLLECTOR_CONFIG}},
                        {"name": "credentials", "secret": {"secretName": COLLECTOR_SECRET, "defaultMode": 0o400}},
                    ],
                },
            },
        },
    }
    return [
        {"apiVersion": "v1", "kind": "ConfigMap", "metadata": _meta(COLLECTOR_CONFIG, COLLECTOR_NAMESPACE),
         "data": config},
        {"apiVersion": "v1", "kind": "Secret", "metadata": _meta(COLLECTOR_SECRET, COLLECTOR_NAMESPACE),
         "type": "Opaque", "stringData": {"password": secrets.from_config(STORE_PASSWORD_KEY)}},
        daemonset,
    ]


def _checkov_waivers() -> dict[str, str]:
    # checkov (tests/program/test_checkov.py) flags what the exception allows: waived on this object only.
    root = "reads root-owned node logs: the Pod Security exception, ADR 0016-i16 (sitegroup.policy.checks)"
    probe = "rsyslogd serves no health endpoint; the kubelet restarts it when it exits, the daily digest counts lines"
    waivers = {"CKV_K8S_23": root, "CKV_K8S_40": root,
               "CKV_K8S_25": "adds DAC_READ_SEARCH only (read any file, write none): ADR 0016-i16",
               "CKV_K8S_8": probe, "CKV_K8S_9": probe}
    return {f"checkov.io/skip{i}": f"{check}={why}" for i, (check, why) in enumerate(waivers.items(), start=1)}


def _probe(path: str, port: int) -> dict:
    return {"httpGet": {"path": path, "port": port}, "periodSeconds": 20}


def store_objects(retention: LogRetention, image: str = LOG_STORE_IMAGE, storage: str = "500Gi") -> list[dict]:
    internal = secrets.from_config(STORE_INTERNAL_KEY)
    values = {k: internal for k in SECRET_ENV if k.endswith("AuthKey")}
    values |= {"httpAuth_username": tokens.STORE_USER, "httpAuth_password": secrets.from_config(STORE_PASSWORD_KEY)}
    out: list[dict] = [{"apiVersion": "v1", "kind": "Secret", "metadata": _meta(STORE_SECRET), "type": "Opaque",
                        "stringData": values}]
    for store, (days, kinds) in retention.stores().items():
        out.append({
            "apiVersion": "v1", "kind": "Service", "metadata": _meta(store),
            "spec": {"type": "ClusterIP", "selector": _labels(store), "ports": [{"name": "http", "port": HTTP_PORT}]},
        })
        out.append({
            "apiVersion": "apps/v1", "kind": "StatefulSet",
            "metadata": _meta(store, annotations={f"{DOMAIN}/log-kinds": ",".join(kinds),
                                                  f"{DOMAIN}/retention-days": str(days)}),
            "spec": {
                "serviceName": store, "replicas": 1, "selector": {"matchLabels": _labels(store)},
                "template": {
                    "metadata": {"labels": _labels(store)},
                    "spec": {
                        "automountServiceAccountToken": False,
                        "securityContext": pod_security_context(RUN_AS),
                        "containers": [{
                            "name": "victoria-logs", "image": image, "imagePullPolicy": "Always",
                            "args": store_args(days, "/data", f":{HTTP_PORT}", None, None, None),
                            "env": [{"name": k, "valueFrom": {"secretKeyRef": {"name": STORE_SECRET, "key": k}}}
                                    for k in SECRET_ENV],
                            "ports": [{"name": "http", "containerPort": HTTP_PORT}],
                            "readinessProbe": _probe("/health", HTTP_PORT),
                            "livenessProbe": _probe("/health", HTTP_PORT),
                            "resources": {"requests": {"cpu": "500m", "memory": "1Gi"},
                                          "limits": {"cpu": "2", "memory": "4Gi"}},
                            "securityContext": container_security_context(RUN_AS),
                            "volumeMounts": [{"name": "data", "mountPath": "/data"}],
                        }],
                    },
                },
                "volumeClaimTemplates": [{"metadata": {"name": "data"}, "spec": {
                    "accessModes": ["ReadWriteOnce"], "resources": {"requests": {"storage": storage}}}}],
            },
        })
    return out


def gateway_objects(env: Environment, image: str = LOG_GATEWAY_IMAGE, replicas: int = 2) -> list[dict]:
    plan = {"plan.json": json.dumps(tokens.gateway_plan({s: store_url(s) for s in env.log_retention.stores()},
                                                        [s.id for s in env.sites]), sort_keys=True)}
    tmp = {"name": "tmp", "mountPath": "/tmp"}  # noqa: S108 (the pod's own emptyDir)
    return [
        {"apiVersion": "v1", "kind": "ConfigMap", "metadata": _meta(GATEWAY_PLAN), "data": plan},
        {"apiVersion": "v1", "kind": "Secret", "metadata": _meta(GATEWAY_SECRET), "type": "Opaque",
         "stringData": {"store-password": secrets.from_config(STORE_PASSWORD_KEY),
                        "token-seed": secrets.from_config(TOKEN_SEED_KEY)}},
        {"apiVersion": "v1", "kind": "Service", "metadata": _meta(GATEWAY),
         "spec": {"type": "ClusterIP", "selector": _labels(GATEWAY),
                  "ports": [{"name": "http", "port": GATEWAY_PORT}]}},
        {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": _meta(GATEWAY),
         "spec": {
             "replicas": replicas, "selector": {"matchLabels": _labels(GATEWAY)},
             "template": {
                 "metadata": {"labels": _labels(GATEWAY), "annotations": {CHECKSUM: _checksum(plan)}},
                 "spec": {
                     "automountServiceAccountToken": False,
                     "securityContext": pod_security_context(RUN_AS),
                     # auth.yml holds every reader's token: written by the pod itself into memory, never stored.
                     "initContainers": [{
                         "name": "config", "image": SITEGROUP_IMAGE, "imagePullPolicy": "Always",
                         "command": ["sitegroup"],
                         "args": ["logs-gateway-config", "--plan", "/etc/log-gateway/plan/plan.json",
                                  "--secrets", "/etc/log-gateway/secrets", "--out", "/run/vmauth/auth.yml"],
                         "resources": {"requests": {"cpu": "100m", "memory": "128Mi"},
                                       "limits": {"cpu": "1", "memory": "256Mi"}},
                         "securityContext": container_security_context(RUN_AS),
                         "volumeMounts": [{"name": "plan", "mountPath": "/etc/log-gateway/plan", "readOnly": True},
                                          {"name": "secrets", "mountPath": "/etc/log-gateway/secrets",
                                           "readOnly": True},
                                          {"name": "config", "mountPath": "/run/vmauth"}, tmp],
                     }],
                     "containers": [{
                         "name": "vmauth", "image": image, "imagePullPolicy": "Always",
                         "args": ["-auth.config=/run/vmauth/auth.yml", f"-httpListenAddr=:{GATEWAY_PORT}"],
                         "ports": [{"name": "http", "containerPort": GATEWAY_PORT}],
                         "readinessProbe": _probe("/health", GATEWAY_PORT),
                         "livenessProbe": _probe("/health", GATEWAY_PORT),
                         "resources": {"requests": {"cpu": "100m", "memory": "64Mi"},
                                       "limits": {"cpu": "1", "memory": "256Mi"}},
                         "securityContext": container_security_context(RUN_AS),
                         "volumeMounts": [{"name": "config", "mountPath": "/run/vmauth", "readOnly": True}],
                     }],
                     "volumes": [
                         {"name": "plan", "configMap": {"name": GATEWAY_PLAN}},
                         {"name": "secrets", "secret": {"secretName": GATEWAY_SECRET, "defaultMode": 0o400}},
                         {"name": "config", "emptyDir": {"medium": "Memory", "sizeLimit": "64Mi"}},
                         {"name": "tmp", "emptyDir": {"sizeLimit": "64Mi"}},
                     ],
                 },
             },
         }},
    ]


def export_repository(env: Environment) -> str:
    """The logs' restic repository on the backup target: beside the sites' (``<prefix>/<site id>``) under a name no
    site id can take (ids are DNS labels), which is also its append-only REST user's name."""
    return f"{env.platform.backup_repository.rstrip('/')}/{EXPORT_REST_USER}"


def digest_objects(env: Environment, image: str = SITEGROUP_IMAGE, digests_dir: str = "/digests") -> list[dict]:
    """Daily at 02:30 Beijing time, after the collectors' queues have drained, for yesterday's UTC day: first the
    signed, chained digest (init container), then the export of the same day, checked against that digest and
    compressed, into the backup target (sitegroup.logs.export: the object-storage tier)."""
    keys = "/etc/sitegroup/log-digest"
    # The retention goes as an argument: the image holds the package, not the repository's policies/.
    retention = ",".join(f"{kind}={env.log_retention.days[kind]}" for kind in LOG_KINDS)
    common = ["--env", env.name, "--retention", retention,
              "--gateway", f"http://{GATEWAY}.{NAMESPACE}.svc:{GATEWAY_PORT}",
              "--token-seed-file", f"{keys}/token-seed", "--digests", digests_dir,
              "--signing-key", f"{keys}/evidence.key"]
    mounts = [{"name": "key", "mountPath": keys, "readOnly": True}, {"name": "digests", "mountPath": digests_dir},
              {"name": "tmp", "mountPath": "/tmp"}]  # noqa: S108 (its emptyDir)

    def container(name: str, args: list[str], extra_mounts: list[dict], env_vars: list[dict]) -> dict:
        return {"name": name, "image": image, "imagePullPolicy": "Always", "command": ["sitegroup"], "args": args,
                **({"env": env_vars} if env_vars else {}),  # the API server drops an empty list
                "resources": {"requests": {"cpu": "250m", "memory": "256Mi"}, "limits": {"cpu": "1", "memory": "1Gi"}},
                "securityContext": container_security_context(RUN_AS), "volumeMounts": [*mounts, *extra_mounts]}

    export_env = [{"name": "RESTIC_REST_USERNAME", "value": EXPORT_REST_USER},
                  {"name": "RESTIC_REST_PASSWORD", "valueFrom": {"secretKeyRef": {"name": DIGEST_SECRET,
                                                                                  "key": "rest-password"}}},
                  {"name": "RESTIC_CACHE_DIR", "value": "/tmp/restic-cache"}]  # noqa: S108 (its emptyDir)
    export = container("export", ["logs-export", *common, "--out", "/export", "--repo", export_repository(env),
                                  "--password-file", f"{keys}/repository-password"],
                       [{"name": "export", "mountPath": "/export"}], export_env)
    scratch = {"volumeClaimTemplate": {"spec": {"accessModes": ["ReadWriteOnce"],
                                                "resources": {"requests": {"storage": EXPORT_SCRATCH}}}}}
    return [
        {"apiVersion": "v1", "kind": "Secret", "metadata": _meta(DIGEST_SECRET), "type": "Opaque",
         "stringData": {"evidence.key": secrets.from_config(EVIDENCE_KEY),
                        "token-seed": secrets.from_config(TOKEN_SEED_KEY),
                        "rest-password": secrets.from_config(EXPORT_REST_PASSWORD_KEY),
                        "repository-password": secrets.from_config(EXPORT_REPOSITORY_PASSWORD_KEY)}},
        # The chain of records, kept; the day's export is scratch (a claim made and deleted with the pod).
        {"apiVersion": "v1", "kind": "PersistentVolumeClaim", "metadata": _meta(DIGEST),
         "spec": {"accessModes": ["ReadWriteOnce"], "resources": {"requests": {"storage": "1Gi"}}}},
        {"apiVersion": "batch/v1", "kind": "CronJob", "metadata": _meta(DIGEST),
         "spec": {
             "schedule": "30 2 * * *", "timeZone": "Asia/Shanghai", "concurrencyPolicy": "Forbid",
             "jobTemplate": {"spec": {"backoffLimit": 3, "template": {
                 "metadata": {"labels": _labels(DIGEST)},
                 "spec": {
                     "restartPolicy": "OnFailure",
                     "automountServiceAccountToken": False,
                     "securityContext": pod_security_context(RUN_AS),
                     "initContainers": [container("digest", ["logs-digest", *common], [], [])],
                     "containers": [export],
                     "volumes": [{"name": "key", "secret": {"secretName": DIGEST_SECRET, "defaultMode": 0o400}},
                                 {"name": "digests", "persistentVolumeClaim": {"claimName": DIGEST}},
                                 {"name": "export", "ephemeral": scratch},
                                 {"name": "tmp", "emptyDir": {"sizeLimit": "256Mi"}}],
                 },
             }}},
         }},
    ]


def _pods(name: str, namespace: str = NAMESPACE) -> dict:
    return {"namespaceSelector": {"matchLabels": {NS_NAME: namespace}}, "podSelector": {"matchLabels": _labels(name)}}


def network_policies(env: Environment) -> list[dict]:
    """Default deny in both namespaces; the stores take the collectors and the gateway, the gateway the digest
    job; every pod may ask DNS; nothing else moves (the stores and the gateway reach nothing outside)."""
    tcp = [{"protocol": "TCP", "port": HTTP_PORT}]
    gw = [{"protocol": "TCP", "port": GATEWAY_PORT}]
    stores = list(env.log_retention.stores())
    store_peers = [{"podSelector": {"matchLabels": _labels(s)},
                    "namespaceSelector": {"matchLabels": {NS_NAME: NAMESPACE}}} for s in stores]
    out = []
    for ns in (NAMESPACE, COLLECTOR_NAMESPACE):
        out += [netpol.default_deny(ns), netpol.allow_dns(ns, env)]
    out += [netpol.policy(f"{s}-ingress", NAMESPACE, {
        "podSelector": {"matchLabels": _labels(s)}, "policyTypes": ["Ingress"],
        "ingress": [{"from": [_pods(COLLECTOR, COLLECTOR_NAMESPACE), _pods(GATEWAY)], "ports": tcp}]},
        labels=PART_OF) for s in stores]
    out += [
        netpol.policy(f"{GATEWAY}-ingress", NAMESPACE, {
            "podSelector": {"matchLabels": _labels(GATEWAY)}, "policyTypes": ["Ingress"],
            "ingress": [{"from": [_pods(DIGEST)], "ports": gw}]}, labels=PART_OF),
        netpol.policy(f"{GATEWAY}-egress", NAMESPACE, {
            "podSelector": {"matchLabels": _labels(GATEWAY)}, "policyTypes": ["Egress"],
            "egress": [{"to": store_peers, "ports": tcp}]}, labels=PART_OF),
        netpol.policy(f"{DIGEST}-egress", NAMESPACE, {
            "podSelector": {"matchLabels": _labels(DIGEST)}, "policyTypes": ["Egress"],
            "egress": [{"to": [_pods(GATEWAY)], "ports": gw}]}, labels=PART_OF),
        # The export reaches the backup target's primary repository only (not the off-site one).
        netpol.allow_endpoints(f"{DIGEST}-backup-egress", NAMESPACE, _labels(DIGEST),
                               [e for e in [repository_endpoint(env.platform.backup_repository)] if e],
                               env.platform.backup_cidrs),
        netpol.policy(f"{COLLECTOR}-egress", COLLECTOR_NAMESPACE, {
            "podSelector": {"matchLabels": _labels(COLLECTOR)}, "policyTypes": ["Egress"],
            "egress": [{"to": store_peers, "ports": tcp}]}, labels=PART_OF),
    ]
    return out


def logging_objects(env: Environment) -> list[dict]:
    """Every object of the pipeline for this environment, its retention from the model (Environment.log_retention)."""
    return [
        *namespaces(env),
        *collector_objects(env),
        *store_objects(env.log_retention),
        *gateway_objects(env),
        *digest_objects(env),
        *network_policies(env),
    ]
