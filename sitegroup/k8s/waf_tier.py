"""The shared WAF tier in waf-system: nginx + ModSecurity + OWASP CRS, one rule set for every site (ADR 0014).

sitegroup.waf.render_files gives paths relative to the tier's prefix (nginx.conf, modsecurity/*,
sites/*: each site's host-map entries and, if it has exceptions, its rules). They become ConfigMaps
(one per directory, split under the 1 MiB object limit) projected into ONE read-only volume at the
prefix, each item at its relative path. A checksum annotation rolls the pods when any file changes.
"""

from __future__ import annotations

import hashlib
import posixpath
from collections.abc import Mapping

from sitegroup import quantity
from sitegroup.contracts import DOMAIN, RUN_AS
from sitegroup.k8s.names import WAF_APP, WAF_NS, WAF_PORT, WAF_SERVICE, waf_labels
from sitegroup.k8s.podsecurity import container_security_context, pod_security_context
from sitegroup.k8s.versions import WAF_IMAGE
from sitegroup.k8s.waf_config import WAF_OPTIONS, waf_files
from sitegroup.model import Environment

CONFIGMAP_BUDGET = 900 * 1024  # bytes of data per ConfigMap, below the API's 1 MiB object limit
CPU_REQUEST_M, CPU_LIMIT_M = 500, 2000
MEMORY_REQUEST, MEMORY_LIMIT = 512 << 20, 2 << 30


def _key(path: str) -> str:
    # ConfigMap keys allow [-._a-zA-Z0-9]; the volume item restores the real path.
    return path.replace("/", "__")


def _cm_name(directory: str, part: int) -> str:
    stem = "root" if directory in ("", ".") else directory.replace("/", "-").replace("_", "-").lower()
    return f"waf-{stem}-{part:02d}"


def config_maps(files: Mapping[str, str]) -> list[tuple[dict, list[dict]]]:
    """(ConfigMap, its volume items) pairs: deterministic, each ConfigMap under the budget."""
    by_dir: dict[str, list[str]] = {}
    for path in sorted(files):
        by_dir.setdefault(posixpath.dirname(path), []).append(path)
    maps: list[tuple[dict, list[dict]]] = []
    for directory in sorted(by_dir):
        part, data, items, size = 0, {}, [], 0
        for path in by_dir[directory]:
            n = len(files[path].encode())
            if data and size + n > CONFIGMAP_BUDGET:
                maps.append((_cm(_cm_name(directory, part), data), items))
                part, data, items, size = part + 1, {}, [], 0
            data[_key(path)] = files[path]
            items.append({"key": _key(path), "path": path})
            size += n
        if data:
            maps.append((_cm(_cm_name(directory, part), data), items))
    return maps


def _cm(name: str, data: dict[str, str]) -> dict:
    return {
        "apiVersion": "v1",
        "kind": "ConfigMap",
        "metadata": {"name": name, "namespace": WAF_NS, "labels": waf_labels()},
        "data": data,
    }


def config_digest(files: Mapping[str, str]) -> str:
    digest = hashlib.sha256()
    for path in sorted(files):
        digest.update(path.encode() + b"\0" + files[path].encode() + b"\0")
    return digest.hexdigest()


def waf_objects(env: Environment) -> list[dict]:
    files = waf_files(env)
    maps = config_maps(files)
    prefix = WAF_OPTIONS.prefix
    labels = waf_labels()
    replicas = env.platform.waf_replicas
    # The default server answers unknown Hosts; a TCP check proves nginx is up and listening
    # (nginx refuses to start at all on a broken config, and the config only changes by rollout).
    probe = {"tcpSocket": {"port": "http"}, "periodSeconds": 10, "timeoutSeconds": 3}
    container = {
        "name": WAF_APP,
        "image": WAF_IMAGE,
        "imagePullPolicy": "Always",
        # -e stderr: nginx opens its error log before reading the config; the compiled-in path is on
        # the read-only root filesystem.
        "command": ["nginx", "-e", "stderr", "-p", prefix, "-c", f"{prefix}/nginx.conf", "-g", "daemon off;"],
        "ports": [{"name": "http", "containerPort": WAF_PORT, "protocol": "TCP"}],
        "env": [{"name": "TZ", "value": env.platform.timezone}],
        "resources": {
            "requests": {"cpu": quantity.fmt_cpu(CPU_REQUEST_M), "memory": quantity.fmt_bytes(MEMORY_REQUEST)},
            "limits": {"cpu": quantity.fmt_cpu(CPU_LIMIT_M), "memory": quantity.fmt_bytes(MEMORY_LIMIT)},
        },
        "securityContext": container_security_context(RUN_AS),
        "readinessProbe": {**probe, "initialDelaySeconds": 3, "failureThreshold": 3},
        "livenessProbe": {**probe, "initialDelaySeconds": 15, "failureThreshold": 6},
        "volumeMounts": [
            {"name": "files", "mountPath": prefix, "readOnly": True},
            # The only writable path (read-only root filesystem): temp files and the pid file.
            {"name": "tmp", "mountPath": WAF_OPTIONS.temp_dir},
        ],
    }
    deployment = {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": {"name": WAF_APP, "namespace": WAF_NS, "labels": labels},
        "spec": {
            "replicas": replicas,
            "revisionHistoryLimit": 5,
            "selector": {"matchLabels": labels},
            "strategy": {"type": "RollingUpdate", "rollingUpdate": {"maxSurge": 1, "maxUnavailable": 0}},
            "template": {
                "metadata": {"labels": labels, "annotations": {f"{DOMAIN}/config-sha256": config_digest(files)}},
                "spec": {
                    "serviceAccountName": WAF_APP,
                    "automountServiceAccountToken": False,
                    "enableServiceLinks": False,
                    "securityContext": pod_security_context(RUN_AS),
                    "topologySpreadConstraints": [
                        {"maxSkew": 1, "topologyKey": "kubernetes.io/hostname",
                         "whenUnsatisfiable": "ScheduleAnyway", "labelSelector": {"matchLabels": labels}}
                    ],
                    "containers": [container],
                    "volumes": [
                        {
                            "name": "files",
                            "projected": {
                                "defaultMode": 0o444,
                                "sources": [
                                    {"configMap": {"name": cm["metadata"]["name"], "items": items}}
                                    for cm, items in maps
                                ],
                            },
                        },
                        {"name": "tmp", "emptyDir": {"sizeLimit": "1Gi"}},
                    ],
                },
            },
        },
    }
    return [
        {
            "apiVersion": "v1",
            "kind": "ServiceAccount",
            "metadata": {"name": WAF_APP, "namespace": WAF_NS},
            "automountServiceAccountToken": False,
        },
        *(cm for cm, _ in maps),
        deployment,
        {
            "apiVersion": "v1",
            "kind": "Service",
            "metadata": {"name": WAF_SERVICE, "namespace": WAF_NS, "labels": labels},
            "spec": {
                "type": "ClusterIP",
                "selector": labels,
                "ports": [{"name": "http", "port": WAF_PORT, "targetPort": "http", "protocol": "TCP"}],
            },
        },
        {
            "apiVersion": "policy/v1",
            "kind": "PodDisruptionBudget",
            "metadata": {"name": WAF_APP, "namespace": WAF_NS},
            "spec": {"maxUnavailable": 1, "selector": {"matchLabels": labels}},
        },
        {
            "apiVersion": "autoscaling/v2",
            "kind": "HorizontalPodAutoscaler",
            "metadata": {"name": WAF_APP, "namespace": WAF_NS},
            "spec": {
                "scaleTargetRef": {"apiVersion": "apps/v1", "kind": "Deployment", "name": WAF_APP},
                "minReplicas": replicas,
                "maxReplicas": replicas * 3,
                "metrics": [
                    {"type": "Resource",
                     "resource": {"name": "cpu", "target": {"type": "Utilization", "averageUtilization": 70}}}
                ],
            },
        },
    ]
