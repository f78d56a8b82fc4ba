"""One rendered manifest -> one pulumi-kubernetes resource (typed where the SDK has the kind)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pulumi
import pulumi_kubernetes as k8s

from sitegroup.k8s import secrets

TYPED: dict[tuple[str, str], Callable[..., pulumi.CustomResource]] = {
    ("v1", "Namespace"): k8s.core.v1.Namespace,
    ("v1", "ServiceAccount"): k8s.core.v1.ServiceAccount,
    ("v1", "ConfigMap"): k8s.core.v1.ConfigMap,
    ("v1", "Secret"): k8s.core.v1.Secret,
    ("v1", "Service"): k8s.core.v1.Service,
    ("v1", "PersistentVolumeClaim"): k8s.core.v1.PersistentVolumeClaim,
    ("v1", "ResourceQuota"): k8s.core.v1.ResourceQuota,
    ("v1", "LimitRange"): k8s.core.v1.LimitRange,
    ("apps/v1", "Deployment"): k8s.apps.v1.Deployment,
    ("apps/v1", "StatefulSet"): k8s.apps.v1.StatefulSet,
    ("batch/v1", "CronJob"): k8s.batch.v1.CronJob,
    ("batch/v1", "Job"): k8s.batch.v1.Job,
    ("policy/v1", "PodDisruptionBudget"): k8s.policy.v1.PodDisruptionBudget,
    ("autoscaling/v2", "HorizontalPodAutoscaler"): k8s.autoscaling.v2.HorizontalPodAutoscaler,
    ("networking.k8s.io/v1", "NetworkPolicy"): k8s.networking.v1.NetworkPolicy,
    ("rbac.authorization.k8s.io/v1", "Role"): k8s.rbac.v1.Role,
    ("rbac.authorization.k8s.io/v1", "RoleBinding"): k8s.rbac.v1.RoleBinding,
}

SecretResolver = Callable[[str], Any]

# Data-safety rule (docs/deploy.md): a site's content lives in its PVCs, and a namespace's deletion deletes its PVCs.
# Pulumi therefore never deletes a site's namespace or PVCs: when a site leaves the stack (closed), they are
# released from the state and stay in the cluster until an operator removes them after the records period. Backups
# are outside the cluster. Stack config sitegroup:retainData=false (throwaway environments only) turns this off.
RETAINED_KINDS = frozenset({"PersistentVolumeClaim", "Namespace"})
# The provider's await switched off: for a control plane without nodes (no pod ever becomes ready, so a
# Deployment's or Service's await would time out). Stack config sitegroup:skipAwait.
SKIP_AWAIT = "pulumi.com/skipAwait"
# The inventory is the source of truth: a field someone changed with kubectl (another server-side-apply field
# manager) is taken back by the next `up --refresh` instead of failing it with an apply conflict.
PATCH_FORCE = "pulumi.com/patchForce"


def annotate(obj: dict, *names: str) -> dict:
    """The object with these Pulumi annotations set to "true" (the renderer's object is left as it is)."""
    meta = dict(obj["metadata"])
    meta["annotations"] = {**meta.get("annotations", {}), **dict.fromkeys(names, "true")}
    return {**obj, "metadata": meta}


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def resource_name(obj: dict) -> str:
    """Unique in the stack: objects are unique by (kind, namespace, name) and the type holds the kind."""
    meta = obj["metadata"]
    return f"{meta['namespace']}/{meta['name']}" if meta.get("namespace") else meta["name"]


def resolve_markers(value: Any, resolver: SecretResolver) -> Any:
    if isinstance(value, dict):
        return {k: resolve_markers(v, resolver) for k, v in value.items()}
    if isinstance(value, list):
        return [resolve_markers(v, resolver) for v in value]
    if secrets.is_marker(value):
        return resolver(value)
    return value


def register(obj: dict, opts: pulumi.ResourceOptions, resolver: SecretResolver | None = None,
             hpa_targets: frozenset[tuple[str, str]] = frozenset(), retain: bool = False) -> pulumi.CustomResource:
    if resolver is not None and obj["kind"] == "Secret":
        obj = resolve_markers(obj, resolver)
    meta = obj["metadata"]
    if obj["kind"] == "Deployment" and (meta.get("namespace", ""), meta["name"]) in hpa_targets:
        # The HPA owns the replica count after creation; `up` must not reset it.
        opts = pulumi.ResourceOptions.merge(opts, pulumi.ResourceOptions(ignore_changes=["spec.replicas"]))
    if retain and obj["kind"] in RETAINED_KINDS:
        opts = pulumi.ResourceOptions.merge(opts, pulumi.ResourceOptions(retain_on_delete=True))
    fields = {k: v for k, v in obj.items() if k not in ("apiVersion", "kind")}
    cls = TYPED.get((obj["apiVersion"], obj["kind"]))
    name = resource_name(obj)
    if cls is None:
        return k8s.apiextensions.CustomResource(name, api_version=obj["apiVersion"], kind=obj["kind"],
                                                opts=opts, **fields)
    return cls(name, opts=opts, **{_snake(k): v for k, v in fields.items()})


def hpa_targets(objs: list[dict]) -> frozenset[tuple[str, str]]:
    return frozenset(
        (o["metadata"].get("namespace", ""), o["spec"]["scaleTargetRef"]["name"])
        for o in objs
        if o["kind"] == "HorizontalPodAutoscaler" and o["spec"]["scaleTargetRef"]["kind"] == "Deployment"
    )


def register_all(objs: list[dict], parent: pulumi.Resource, resolver: SecretResolver | None = None,
                 depends_on: list[pulumi.Resource] | None = None, retain: bool = False,
                 ) -> list[pulumi.CustomResource]:
    """Namespaces first; every other object waits for its namespace (when created here)."""
    targets = hpa_targets(objs)
    created: list[pulumi.CustomResource] = []
    namespaces: dict[str, pulumi.CustomResource] = {}
    base = pulumi.ResourceOptions(parent=parent, depends_on=depends_on or [])
    for obj in objs:
        if obj["kind"] == "Namespace":
            res = register(obj, base, resolver, targets, retain)
            namespaces[obj["metadata"]["name"]] = res
            created.append(res)
    for obj in objs:
        if obj["kind"] == "Namespace":
            continue
        ns = namespaces.get(obj["metadata"].get("namespace", ""))
        opts = base if ns is None else pulumi.ResourceOptions(parent=parent, depends_on=[*(depends_on or []), ns])
        created.append(register(obj, opts, resolver, targets, retain))
    return created
