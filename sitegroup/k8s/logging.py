"""The log pipeline in the cluster (docs/logging.md, ADR 0011-i16): namespace logging-system with

- ``log-collector``: a DaemonSet of rsyslogd on every node, reading /var/log/containers (CRI lines of every
  pod, the WAF tier's access and audit logs among them) and the host's /var/log/audit, its queues and read
  positions on a hostPath that outlives the pod;
- ``logs-<days>d``: one VictoriaLogs StatefulSet per distinct retention of policies/logging/retention.yaml,
  its -retentionPeriod the policy's days, its disk a PersistentVolumeClaim;
- ``log-gateway``: vmauth, the only way a person reads (responders: everything; a site's owners: their site);
- ``log-digest``: a daily CronJob writing the signed, chained digest of yesterday to the backup target;
- NetworkPolicies: the stores take traffic from the collectors, the gateway and the digest job only.

Secrets (the stores' credentials, the owners' tokens, the evidence key) are referenced, never rendered here:
``gateway_config`` shows their shape; the platform stack owns their values like its other generated secrets.
"""

from __future__ import annotations

import json
from pathlib import Path

from sitegroup.k8s.podsecurity import container_security_context, pod_security_context
from sitegroup.logs import collector
from sitegroup.logs.policy import Retention
from sitegroup.logs.store import HTTP_PORT, SECRET_ENV, store_args
from sitegroup.model import Environment

NAMESPACE = "logging-system"
COLLECTOR = "log-collector"
GATEWAY = "log-gateway"
GATEWAY_PORT = 8427
DIGEST = "log-digest"
STORE_SECRET = "log-store-credentials"  # noqa: S105 (a Secret name); the keys of sitegroup.logs.store.SECRET_ENV
GATEWAY_SECRET = "log-gateway-config"  # noqa: S105 (a Secret name); auth.yml: sitegroup.logs.gateway.render
COLLECTOR_SECRET = "log-collector-config"  # noqa: S105 (a Secret name); rsyslog.conf (it holds the stores' password) + sites.json
EVIDENCE_SECRET = "log-evidence-key"  # noqa: S105 (a Secret name); evidence.key (Ed25519); the public half is published
STATE_DIR = "/var/lib/sitegroup/log-collector"  # imfile positions and the disk queues, per node
RUN_AS = 65532
PART_OF = {"app.kubernetes.io/part-of": "sitegroup-logging"}


def _labels(name: str) -> dict[str, str]:
    return {"app.kubernetes.io/name": name, **PART_OF}


def _meta(name: str, **extra: object) -> dict:
    return {"name": name, "namespace": NAMESPACE, "labels": _labels(name), **extra}


def namespace() -> dict:
    # The collector reads host paths as root: this namespace alone is "privileged" for Pod Security.
    labels = {"kubernetes.io/metadata.name": NAMESPACE, **PART_OF,
              "pod-security.kubernetes.io/enforce": "privileged", "pod-security.kubernetes.io/warn": "baseline"}
    return {"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": NAMESPACE, "labels": labels}}


def store_url(store: str) -> str:
    return f"http://{store}.{NAMESPACE}.svc:{HTTP_PORT}"


def collector_inputs() -> list[collector.Input]:
    return [
        collector.Input("/var/log/containers/*.log", "app", "cri"),
        collector.Input("/var/log/audit/audit.log", "audit", "auditd"),
    ]


def collector_config(env: Environment, retention: Retention, store_user: str, store_password: str) -> dict[str, str]:
    """The files of COLLECTOR_SECRET; the node name is filled in by rsyslog from the environment at start."""
    shipping = collector.Shipping({s: store_url(s) for s in retention.stores()}, store_user, store_password)
    conf = collector.render(collector_inputs(), retention, shipping, Path(STATE_DIR),
                            Path("/etc/sitegroup/log-collector/sites.json"), "node")
    conf = conf.replace('set $!node = "node";', 'set $!node = getenv("NODE_NAME");')
    return {"rsyslog.conf": conf, "sites.json": json.dumps(collector.site_table(env), ensure_ascii=False)}


def collector_daemonset(image: str) -> dict:
    host = [("containers", "/var/log/containers", True), ("pods", "/var/log/pods", True),
            ("audit", "/var/log/audit", True), ("state", STATE_DIR, False)]
    return {
        "apiVersion": "apps/v1", "kind": "DaemonSet", "metadata": _meta(COLLECTOR),
        "spec": {
            "selector": {"matchLabels": _labels(COLLECTOR)},
            "updateStrategy": {"type": "RollingUpdate", "rollingUpdate": {"maxUnavailable": 1}},
            "template": {
                "metadata": {"labels": _labels(COLLECTOR)},
                "spec": {
                    "priorityClassName": "system-node-critical",
                    "tolerations": [{"operator": "Exists"}],  # every node, control plane too (auditd)
                    "automountServiceAccountToken": False,
                    "terminationGracePeriodSeconds": 60,  # saveOnShutdown writes the in-memory queue to disk
                    "containers": [{
                        "name": "rsyslogd",
                        "image": image,
                        "args": ["rsyslogd", "-n", "-f", "/etc/sitegroup/log-collector/rsyslog.conf"],
                        "env": [{"name": "NODE_NAME", "valueFrom": {"fieldRef": {"fieldPath": "spec.nodeName"}}}],
                        "resources": {"requests": {"cpu": "100m", "memory": "128Mi"},
                                      "limits": {"cpu": "1", "memory": "512Mi"}},
                        # Root to read root-owned host logs; nothing else: no capabilities, read-only root fs.
                        "securityContext": {"runAsUser": 0, "readOnlyRootFilesystem": True,
                                            "allowPrivilegeEscalation": False,
                                            "capabilities": {"drop": ["ALL"], "add": ["DAC_READ_SEARCH"]}},
                        "volumeMounts": [
                            *({"name": n, "mountPath": p, "readOnly": ro} for n, p, ro in host),
                            {"name": "config", "mountPath": "/etc/sitegroup/log-collector", "readOnly": True},
                        ],
                    }],
                    "volumes": [
                        *({"name": n, "hostPath": {"path": p, "type": "DirectoryOrCreate" if not ro else "Directory"}}
                          for n, p, ro in host),
                        {"name": "config", "secret": {"secretName": COLLECTOR_SECRET, "defaultMode": 0o400}},
                    ],
                },
            },
        },
    }


def store_objects(retention: Retention, image: str, storage: str = "500Gi", storage_class: str | None = None) -> list[
        dict]:
    out: list[dict] = []
    for store, (days, kinds) in retention.stores().items():
        args = store_args(days, "/data", f":{HTTP_PORT}", None, None, None)
        claim: dict = {"metadata": {"name": "data"},
                       "spec": {"accessModes": ["ReadWriteOnce"], "resources": {"requests": {"storage": storage}}}}
        if storage_class:
            claim["spec"]["storageClassName"] = storage_class
        out.append({
            "apiVersion": "v1", "kind": "Service", "metadata": _meta(store),
            "spec": {"selector": _labels(store), "ports": [{"name": "http", "port": HTTP_PORT}]},
        })
        out.append({
            "apiVersion": "apps/v1", "kind": "StatefulSet",
            "metadata": _meta(store, annotations={"sitegroup.gov.cn/log-kinds": ",".join(kinds),
                                                  "sitegroup.gov.cn/retention-days": str(days)}),
            "spec": {
                "serviceName": store, "replicas": 1, "selector": {"matchLabels": _labels(store)},
                "template": {
                    "metadata": {"labels": _labels(store)},
                    "spec": {
                        "automountServiceAccountToken": False,
                        "securityContext": pod_security_context(RUN_AS),
                        "containers": [{
                            "name": "victoria-logs", "image": image, "args": args,
                            "env": [{"name": k, "valueFrom": {"secretKeyRef": {"name": STORE_SECRET, "key": k}}}
                                    for k in SECRET_ENV],
                            "ports": [{"name": "http", "containerPort": HTTP_PORT}],
                            "readinessProbe": {"httpGet": {"path": "/health", "port": HTTP_PORT}},
                            "resources": {"requests": {"cpu": "500m", "memory": "1Gi"},
                                          "limits": {"cpu": "2", "memory": "4Gi"}},
                            "securityContext": container_security_context(RUN_AS),
                            "volumeMounts": [{"name": "data", "mountPath": "/data"}],
                        }],
                    },
                },
                "volumeClaimTemplates": [claim],
            },
        })
    return out


def gateway_objects(image: str, replicas: int = 2) -> list[dict]:
    return [
        {"apiVersion": "v1", "kind": "Service", "metadata": _meta(GATEWAY),
         "spec": {"selector": _labels(GATEWAY), "ports": [{"name": "http", "port": GATEWAY_PORT}]}},
        {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": _meta(GATEWAY),
         "spec": {
             "replicas": replicas, "selector": {"matchLabels": _labels(GATEWAY)},
             "template": {
                 "metadata": {"labels": _labels(GATEWAY)},
                 "spec": {
                     "automountServiceAccountToken": False,
                     "securityContext": pod_security_context(RUN_AS),
                     "containers": [{
                         "name": "vmauth", "image": image,
                         "args": ["-auth.config=/etc/vmauth/auth.yml", f"-httpListenAddr=:{GATEWAY_PORT}"],
                         "ports": [{"name": "http", "containerPort": GATEWAY_PORT}],
                         "resources": {"requests": {"cpu": "100m", "memory": "64Mi"},
                                       "limits": {"cpu": "1", "memory": "256Mi"}},
                         "securityContext": container_security_context(RUN_AS),
                         "volumeMounts": [{"name": "config", "mountPath": "/etc/vmauth", "readOnly": True}],
                     }],
                     "volumes": [{"name": "config", "secret": {"secretName": GATEWAY_SECRET}}],
                 },
             },
         }},
    ]


def digest_cronjob(env: Environment, image: str, digests_dir: str = "/digests") -> dict:
    """Yesterday's digest at 02:30 Beijing time, after the collectors' queues have drained."""
    cmd = ["sitegroup", "logs-digest", "--env", env.name, "--gateway", f"http://{GATEWAY}.{NAMESPACE}.svc:{GATEWAY_PORT}",
           "--token-file", "/etc/sitegroup/log-digest/token", "--digests", digests_dir,
           "--signing-key", "/etc/sitegroup/log-digest/evidence.key"]
    return {
        "apiVersion": "batch/v1", "kind": "CronJob", "metadata": _meta(DIGEST),
        "spec": {
            "schedule": "30 2 * * *", "timeZone": "Asia/Shanghai", "concurrencyPolicy": "Forbid",
            "jobTemplate": {"spec": {"backoffLimit": 3, "template": {
                "metadata": {"labels": _labels(DIGEST)},
                "spec": {
                    "restartPolicy": "OnFailure",
                    "automountServiceAccountToken": False,
                    "securityContext": pod_security_context(RUN_AS),
                    "containers": [{
                        "name": "digest", "image": image, "args": cmd,
                        "securityContext": container_security_context(RUN_AS),
                        "volumeMounts": [{"name": "key", "mountPath": "/etc/sitegroup/log-digest", "readOnly": True},
                                         {"name": "digests", "mountPath": digests_dir}],
                    }],
                    # The chain is kept on a claim the backup jobs copy to the append-only backup target.
                    "volumes": [{"name": "key", "secret": {"secretName": EVIDENCE_SECRET, "defaultMode": 0o400}},
                                {"name": "digests", "persistentVolumeClaim": {"claimName": DIGEST}}],
                },
            }}},
        },
    }


def network_policies(retention: Retention) -> list[dict]:
    allowed = [{"podSelector": {"matchLabels": _labels(n)}} for n in (COLLECTOR, GATEWAY)]
    return [{
        "apiVersion": "networking.k8s.io/v1", "kind": "NetworkPolicy", "metadata": _meta(f"{store}-ingress"),
        "spec": {"podSelector": {"matchLabels": _labels(store)}, "policyTypes": ["Ingress"],
                 "ingress": [{"from": allowed, "ports": [{"port": HTTP_PORT, "protocol": "TCP"}]}]},
    } for store in retention.stores()] + [{
        # The digest job reads through the gateway like a responder; nothing else in the cluster reaches it
        # except the responders' port-forward / ingress named in docs/logging.md.
        "apiVersion": "networking.k8s.io/v1", "kind": "NetworkPolicy", "metadata": _meta(f"{GATEWAY}-ingress"),
        "spec": {"podSelector": {"matchLabels": _labels(GATEWAY)}, "policyTypes": ["Ingress"],
                 "ingress": [{"from": [{"podSelector": {"matchLabels": _labels(DIGEST)}}],
                              "ports": [{"port": GATEWAY_PORT, "protocol": "TCP"}]}]},
    }]


def logging_objects(env: Environment, retention: Retention, images: dict[str, str]) -> list[dict]:
    """Every object of the pipeline but the Secrets. images: collector, store, gateway, tool."""
    return [
        namespace(),
        collector_daemonset(images["collector"]),
        *store_objects(retention, images["store"]),
        *gateway_objects(images["gateway"]),
        {"apiVersion": "v1", "kind": "PersistentVolumeClaim", "metadata": _meta(DIGEST),
         "spec": {"accessModes": ["ReadWriteOnce"], "resources": {"requests": {"storage": "1Gi"}}}},
        digest_cronjob(env, images["tool"]),
        *network_policies(retention),
    ]
