"""The regulatory monitor in the cluster: a namespace with two CronJobs running the same `sitegroup monitor` code
as the CLI — `probe` spread over the day (≥ the policy's probes_per_day) and a daily `inspect` writing the reports —
sharing one history volume; part of the platform layer (k8s/platform.py)."""

from __future__ import annotations

from sitegroup.contracts import SITEGROUP_IMAGE
from sitegroup.k8s.names import DOMAIN, NAME, PART_OF, pss_labels
from sitegroup.model import Environment

NAMESPACE = "monitor-system"
APP = "monitor"
HISTORY_CLAIM = "monitor-history"


def probe_schedule(probes_per_day: int) -> str:
    """A cron line with at least probes_per_day runs a day at even intervals (the indicator: spread over the day)."""
    per_hour = -(-probes_per_day // 24)
    if per_hour <= 1:
        return "7 * * * *"  # off the hour: not in step with every other hourly job
    step = 60 // per_hour
    while 60 % step:  # */step must divide the hour to keep intervals even
        step -= 1
    return f"*/{step} * * * *"


def _labels() -> dict[str, str]:
    return {NAME: APP, PART_OF: "sitegroup"}


def _job(env: Environment, name: str, schedule: str, args: list[str], image: str, deadline: int) -> dict:
    container = {
        "name": APP, "image": image,
        "args": ["monitor", *args, "--env", env.name, "--db", "/var/lib/monitor/history.sqlite"],
        "resources": {"requests": {"cpu": "250m", "memory": "256Mi"}, "limits": {"cpu": "1", "memory": "512Mi"}},
        "securityContext": {"allowPrivilegeEscalation": False, "readOnlyRootFilesystem": True,
                            "capabilities": {"drop": ["ALL"]}},
        "volumeMounts": [{"name": "history", "mountPath": "/var/lib/monitor"}, {"name": "tmp", "mountPath": "/tmp"}],  # noqa: S108 (a pod's own emptyDir)
    }
    return {
        "apiVersion": "batch/v1", "kind": "CronJob",
        "metadata": {"name": name, "namespace": NAMESPACE, "labels": _labels()},
        "spec": {
            "schedule": schedule, "timeZone": env.platform.timezone, "concurrencyPolicy": "Forbid",
            "startingDeadlineSeconds": 300, "successfulJobsHistoryLimit": 3, "failedJobsHistoryLimit": 5,
            "jobTemplate": {"spec": {"backoffLimit": 0, "activeDeadlineSeconds": deadline, "template": {
                "metadata": {"labels": _labels()},
                "spec": {
                    "restartPolicy": "Never", "serviceAccountName": APP, "automountServiceAccountToken": False,
                    "securityContext": {"runAsNonRoot": True, "runAsUser": 65532, "runAsGroup": 65532,
                                        "fsGroup": 65532, "seccompProfile": {"type": "RuntimeDefault"}},
                    "containers": [container],
                    "volumes": [{"name": "history", "persistentVolumeClaim": {"claimName": HISTORY_CLAIM}},
                                {"name": "tmp", "emptyDir": {"sizeLimit": "256Mi"}}],
                }}}},
        },
    }


def monitor_objects(env: Environment, *, image: str = SITEGROUP_IMAGE) -> list[dict]:
    ns_labels = {**pss_labels(env), f"{DOMAIN}/tenant": "platform"}
    meta = {"namespace": NAMESPACE, "labels": _labels()}
    return [
        {"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": NAMESPACE, "labels": ns_labels}},
        {"apiVersion": "v1", "kind": "ServiceAccount", "metadata": {"name": APP, **meta},
         "automountServiceAccountToken": False},
        {"apiVersion": "v1", "kind": "PersistentVolumeClaim", "metadata": {"name": HISTORY_CLAIM, **meta},
         "spec": {"accessModes": ["ReadWriteOnce"], "resources": {"requests": {"storage": "5Gi"}}}},
        _job(env, "monitor-probe", probe_schedule(env.monitor.probes_per_day), ["probe"], image,
             int(env.monitor.probe_timeout_seconds * 20)),
        _job(env, "monitor-inspect", "30 2 * * *", ["inspect", "--out", "/var/lib/monitor/reports"], image, 4 * 3600),
        # Egress only to DNS and the sites' web ports (the sites are reached by their public names, like an
        # inspector); no ingress at all.
        {"apiVersion": "networking.k8s.io/v1", "kind": "NetworkPolicy", "metadata": {"name": APP, **meta},
         "spec": {"podSelector": {"matchLabels": {NAME: APP}}, "policyTypes": ["Ingress", "Egress"],
                  "egress": [
                      {"to": [{"ipBlock": {"cidr": c}} for c in env.platform.dns_cidrs],
                       "ports": [{"protocol": "UDP", "port": 53}, {"protocol": "TCP", "port": 53}]},
                      {"ports": [{"protocol": "TCP", "port": 80}, {"protocol": "TCP", "port": 443}]}]}},
    ]
