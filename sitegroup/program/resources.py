"""One rendered manifest -> one Pulumi resource under pulumi-kubernetes' type token for its kind."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pulumi

from sitegroup.k8s import secrets

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


def type_token(obj: dict) -> str:
    """pulumi-kubernetes' token for an object's kind: "kubernetes:apps/v1:Deployment", "kubernetes:core/v1:Secret"."""
    api_version = obj["apiVersion"] if "/" in obj["apiVersion"] else f"core/{obj['apiVersion']}"
    return f"kubernetes:{api_version}:{obj['kind']}"


class KubeObject(pulumi.CustomResource):
    """A rendered manifest registered as it is, under the provider's type token for its kind.

    Why not the SDK's typed classes (k8s.apps.v1.Deployment, ...): the engine and the provider see the same type
    and the same camelCase properties either way (same URNs, same state), but a typed class also translates every
    output it gets back into typed Python objects (ObjectMeta, DeploymentSpec, status, managedFields) that nothing
    here reads, and adds aliases for API groups this project never used. In a 200-site preview that was most of
    the program's CPU (bench/engine.py). The provider's own handling of Secrets is kept: data and stringData are
    secret, in and out.
    """

    def __init__(self, name: str, obj: dict, opts: pulumi.ResourceOptions):
        props = dict(obj)
        if obj["kind"] == "Secret" and obj["apiVersion"] == "v1":
            for key in ("data", "stringData"):
                if props.get(key) is not None:
                    props[key] = pulumi.Output.secret(props[key])
            opts = pulumi.ResourceOptions.merge(opts, pulumi.ResourceOptions(
                additional_secret_outputs=["data", "stringData"]))
        super().__init__(type_token(obj), name, props, opts)


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
    return KubeObject(resource_name(obj), obj, opts)


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
