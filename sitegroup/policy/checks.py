"""The site invariants as pure functions: (kind, props, urn) -> violations. No Pulumi import.

CrossGuard (sitegroup.policy.pack) applies them at `pulumi preview`/`up`; the tests apply the
same functions to the plan's objects. ``props`` are the resource's inputs, manifest-shaped
(camelCase), as pulumi-kubernetes passes them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sitegroup.contracts import LOG_COLLECTOR, LOG_COLLECTOR_HOST_PATHS, LOG_COLLECTOR_NAMESPACE, LOG_NAMESPACE

SITE_COMPONENT = "sitegroup:index:Site"
SITE_NS_PREFIX = "site-"
TENANT_LABEL = "sitegroup.gov.cn/tenant"
WORKLOAD_KINDS = ("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job", "CronJob", "Pod")
# Pod Security Standards "restricted": the only volume types allowed.
RESTRICTED_VOLUMES = {"configMap", "csi", "downwardAPI", "emptyDir", "ephemeral", "persistentVolumeClaim",
                      "projected", "secret", "name"}


def _namespace(props: Mapping[str, Any]) -> str:
    return (props.get("metadata") or {}).get("namespace") or ""


def in_site(props: Mapping[str, Any], urn: str = "") -> bool:
    """A site's object: in a site-<id> namespace, or registered under a Site component."""
    return _namespace(props).startswith(SITE_NS_PREFIX) or f"{SITE_COMPONENT}$" in urn


PLATFORM_COMPONENT = "sitegroup:index:Platform"
# Platform namespaces whose workloads are ours (not a chart's): the same pod rules apply.
OWN_PLATFORM_NAMESPACES = ("waf-system", "backup-system", LOG_NAMESPACE, LOG_COLLECTOR_NAMESPACE)

# --- the one exception to Pod Security "restricted" ------------------------------------------------------------
# The node log collector must read the nodes' container and audit logs (等保 8.1.4.3, 网络安全法 第21条), which
# only a hostPath reaches; Pod Security admits a hostPath at level "privileged" only. So exactly one namespace
# enforces "privileged", exactly one workload runs there, and these checks keep it narrower than "restricted"
# in everything but three things: read-only hostPaths from this allow list, uid 0, and the added capability
# DAC_READ_SEARCH (read any file, write none). Why, and what was refused instead: docs/adr/0016-i16-log-collector-
# host-access.md. Nothing else anywhere gets a hostPath, uid 0, a capability or a privileged container.
HOST_LOG_EXCEPTION = {
    "namespace": LOG_COLLECTOR_NAMESPACE,
    "workload": ("DaemonSet", LOG_COLLECTOR),
    "read_only_host_paths": LOG_COLLECTOR_HOST_PATHS,
    "capabilities": ("DAC_READ_SEARCH",),
    "adr": "docs/adr/0016-i16-log-collector-host-access.md",
}


def in_scope(props: Mapping[str, Any], urn: str = "") -> bool:
    """Workloads we render: a site's, or the platform's own (WAF tier, backup jobs), not a chart's."""
    if in_site(props, urn) or (_namespace(props) in OWN_PLATFORM_NAMESPACES and not urn):
        return True
    types = urn.split("::")[2].split("$") if urn.count("::") >= 3 else []
    return len(types) >= 2 and types[-2] == PLATFORM_COMPONENT


def pod_spec(kind: str, props: Mapping[str, Any]) -> Mapping[str, Any] | None:
    spec = props.get("spec") or {}
    if kind == "Pod":
        return spec
    if kind == "CronJob":
        spec = ((spec.get("jobTemplate") or {}).get("spec")) or {}
    return ((spec.get("template") or {}).get("spec")) if kind in WORKLOAD_KINDS else None


def _containers(pod: Mapping[str, Any]) -> Iterable[Mapping[str, Any]]:
    yield from pod.get("initContainers") or []
    yield from pod.get("containers") or []


# --- resource checks -------------------------------------------------------------------------


def _excepted_levels(props: Mapping[str, Any]) -> dict[str, str]:
    """The Pod Security levels a namespace must carry: the exception's namespace enforces "privileged" (nothing
    lower admits a hostPath) and still audits "restricted" (every collector pod is recorded as the exception)."""
    if (props.get("metadata") or {}).get("name") == HOST_LOG_EXCEPTION["namespace"]:
        return {"enforce": "privileged", "warn": "privileged", "audit": "restricted"}
    return dict.fromkeys(("enforce", "warn", "audit"), "restricted")


def namespace_pod_security(kind: str, props: Mapping[str, Any], urn: str = "") -> list[str]:
    if kind != "Namespace":
        return []
    labels = (props.get("metadata") or {}).get("labels") or {}
    out = []
    for mode, level in _excepted_levels(props).items():
        if labels.get(f"pod-security.kubernetes.io/{mode}") != level:
            out.append(f"label pod-security.kubernetes.io/{mode} must be '{level}'")
        version = labels.get(f"pod-security.kubernetes.io/{mode}-version", "")
        if not version or version == "latest":
            out.append(f"label pod-security.kubernetes.io/{mode}-version must pin a version (not latest)")
    return out


def no_node_port_or_load_balancer(kind: str, props: Mapping[str, Any], urn: str = "") -> list[str]:
    if kind != "Service" or not in_site(props, urn):
        return []
    spec = props.get("spec") or {}
    kind_of = spec.get("type", "ClusterIP")
    out = [f"a site Service must be ClusterIP, not {kind_of}"] if kind_of in ("NodePort", "LoadBalancer") else []
    if any("nodePort" in p for p in spec.get("ports") or []):
        out.append("a site Service must not ask for a nodePort")
    return out


def quota_blocks_exposure(kind: str, props: Mapping[str, Any], urn: str = "") -> list[str]:
    if kind != "ResourceQuota" or not in_site(props, urn):
        return []
    hard = (props.get("spec") or {}).get("hard") or {}
    return [f"quota must set {key}: '0'" for key in ("services.nodeports", "services.loadbalancers")
            if str(hard.get(key)) != "0"]


def service_account_no_automount(kind: str, props: Mapping[str, Any], urn: str = "") -> list[str]:
    if kind != "ServiceAccount" or not in_scope(props, urn):
        return []
    if props.get("automountServiceAccountToken") is not False:
        return ["a site ServiceAccount must set automountServiceAccountToken: false"]
    return []


def _is_host_log_collector(kind: str, props: Mapping[str, Any]) -> bool:
    meta = props.get("metadata") or {}
    return (_namespace(props) == HOST_LOG_EXCEPTION["namespace"]
            and (kind, meta.get("name")) == HOST_LOG_EXCEPTION["workload"])


def host_log_collector(pod: Mapping[str, Any]) -> list[str]:
    """The exception's own rules (HOST_LOG_EXCEPTION): what the collector may have beyond "restricted", no more."""
    out = []
    mounts = [(c.get("name", "?"), m) for c in _containers(pod) for m in c.get("volumeMounts") or []]
    for vol in pod.get("volumes") or []:
        name = vol.get("name")
        if "hostPath" not in vol:
            if set(vol) - RESTRICTED_VOLUMES:
                out.append(f"volume {name!r} uses {sorted(set(vol) - RESTRICTED_VOLUMES)}, not allowed")
            continue
        path = ((vol.get("hostPath") or {}).get("path") or "").rstrip("/")
        if path not in HOST_LOG_EXCEPTION["read_only_host_paths"]:
            out.append(f"hostPath {path!r} is not in the exception's allow list "
                       f"{list(HOST_LOG_EXCEPTION['read_only_host_paths'])}")
        if (vol.get("hostPath") or {}).get("type") not in ("Directory", "File"):
            out.append(f"hostPath {path!r} must have type Directory or File (never created by the pod)")
        for cname, m in mounts:
            if m.get("name") == name and (m.get("readOnly") is not True or m.get("subPath") or m.get("subPathExpr")
                                          or m.get("mountPropagation") not in (None, "None")):
                out.append(f"container {cname}: hostPath {path!r} must be mounted readOnly, whole, no propagation")
    return out + _pod_rules(pod, allow_root=True, capabilities=HOST_LOG_EXCEPTION["capabilities"])


def pod_security_restricted(kind: str, props: Mapping[str, Any], urn: str = "") -> list[str]:
    pod = pod_spec(kind, props)
    if pod is None:
        return []
    if _namespace(props) == HOST_LOG_EXCEPTION["namespace"]:  # whoever renders it: ours, a chart's, a site's
        if not _is_host_log_collector(kind, props):
            return [f"only {'/'.join(HOST_LOG_EXCEPTION['workload'])} may run in namespace "
                    f"{HOST_LOG_EXCEPTION['namespace']} (the Pod Security exception, {HOST_LOG_EXCEPTION['adr']})"]
        return host_log_collector(pod)
    if not in_scope(props, urn):
        return []
    out = []
    for vol in pod.get("volumes") or []:
        bad = set(vol) - RESTRICTED_VOLUMES
        if bad:
            out.append(f"volume {vol.get('name')!r} uses {sorted(bad)}, not allowed under PSS restricted")
    return out + _pod_rules(pod, allow_root=False, capabilities=("NET_BIND_SERVICE",))


def _pod_rules(pod: Mapping[str, Any], allow_root: bool, capabilities: tuple[str, ...]) -> list[str]:
    """PSS "restricted" for a pod and its containers but volumes; the exception alone may run as root and add
    its one capability."""
    out = []
    psc = pod.get("securityContext") or {}
    if pod.get("automountServiceAccountToken") is not False:
        out.append("pod spec must set automountServiceAccountToken: false")
    for host in ("hostNetwork", "hostPID", "hostIPC"):
        if pod.get(host):
            out.append(f"pod must not use {host}")
    for c in _containers(pod):
        name = c.get("name", "?")
        sc = c.get("securityContext") or {}
        if not allow_root:
            if not (sc.get("runAsNonRoot") is True
                    or (psc.get("runAsNonRoot") is True and "runAsNonRoot" not in sc)):
                out.append(f"container {name}: runAsNonRoot must be true")
            if sc.get("runAsUser", psc.get("runAsUser")) == 0:
                out.append(f"container {name}: must not run as uid 0")
        if sc.get("allowPrivilegeEscalation") is not False:
            out.append(f"container {name}: allowPrivilegeEscalation must be false")
        if sc.get("privileged"):
            out.append(f"container {name}: must not be privileged")
        if sc.get("readOnlyRootFilesystem") is not True:
            out.append(f"container {name}: readOnlyRootFilesystem must be true")
        if sc.get("procMount") not in (None, "Default"):
            out.append(f"container {name}: procMount must be Default")
        caps = sc.get("capabilities") or {}
        if "ALL" not in (caps.get("drop") or []):
            out.append(f"container {name}: capabilities must drop ALL")
        if set(caps.get("add") or []) - set(capabilities):
            out.append(f"container {name}: may add only {', '.join(capabilities)}")
        seccomp = (sc.get("seccompProfile") or psc.get("seccompProfile") or {}).get("type")
        if seccomp not in ("RuntimeDefault", "Localhost"):
            out.append(f"container {name}: seccompProfile must be RuntimeDefault or Localhost")
        for port in c.get("ports") or []:
            if port.get("hostPort"):
                out.append(f"container {name}: must not use hostPort")
    return out


def resources_set(kind: str, props: Mapping[str, Any], urn: str = "") -> list[str]:
    pod = pod_spec(kind, props)
    if pod is None or not in_scope(props, urn):
        return []
    out = []
    for c in _containers(pod):
        res = c.get("resources") or {}
        for part in ("requests", "limits"):
            for what in ("cpu", "memory"):
                if not (res.get(part) or {}).get(what):
                    out.append(f"container {c.get('name', '?')}: resources.{part}.{what} must be set")
    return out


def nothing_cluster_wide(kind: str, props: Mapping[str, Any], urn: str = "") -> list[str]:
    if kind in ("ClusterRole", "ClusterRoleBinding") and f"{SITE_COMPONENT}$" in urn:
        return [f"a site must not create a {kind}: its owners get a namespaced Role only"]
    if kind == "RoleBinding" and in_site(props, urn) and (props.get("roleRef") or {}).get("kind") != "Role":
        return ["a site RoleBinding must reference a namespaced Role, not a ClusterRole"]
    return []


RESOURCE_CHECKS = {
    "namespace-pod-security-restricted": (
        namespace_pod_security, "Namespaces enforce, warn and audit Pod Security 'restricted' at a pinned version"),
    "site-service-clusterip-only": (
        no_node_port_or_load_balancer, "Site Services are ClusterIP (no NodePort/LoadBalancer)"),
    "site-quota-blocks-exposure": (quota_blocks_exposure,
                                   "Site ResourceQuotas set services.nodeports and services.loadbalancers to 0"),
    "site-serviceaccount-no-token": (service_account_no_automount,
                                     "Site ServiceAccounts do not automount an API token"),
    "site-pod-security-restricted": (pod_security_restricted,
                                     "Site workloads: non-root, read-only root fs, drop ALL, seccomp, no host access"),
    "site-resources-set": (resources_set, "Site containers set CPU and memory requests and limits"),
    "site-nothing-cluster-wide": (nothing_cluster_wide, "Sites get namespaced RBAC only"),
}


# --- stack checks ----------------------------------------------------------------------------


def _is_default_deny(props: Mapping[str, Any]) -> bool:
    spec = props.get("spec") or {}
    return (spec.get("podSelector") in ({}, None) and {"Ingress", "Egress"} <= set(spec.get("policyTypes") or [])
            and not spec.get("ingress") and not spec.get("egress"))


def site_namespace_baseline(resources: Iterable[tuple[str, Mapping[str, Any], str]]) -> list[str]:
    """Every site namespace has a default-deny NetworkPolicy, a ResourceQuota and a LimitRange."""
    resources = list(resources)
    sites = [((p.get("metadata") or {}).get("name")) for k, p, _ in resources
             if k == "Namespace" and ((p.get("metadata") or {}).get("labels") or {}).get(TENANT_LABEL) == "site"]
    have: dict[str, set[str]] = {}
    for kind, props, _ in resources:
        ns = _namespace(props)
        if kind == "NetworkPolicy" and _is_default_deny(props):
            have.setdefault(ns, set()).add("default-deny NetworkPolicy")
        elif kind in ("ResourceQuota", "LimitRange"):
            have.setdefault(ns, set()).add(kind)
    out = []
    for ns in sites:
        for need in ("default-deny NetworkPolicy", "ResourceQuota", "LimitRange"):
            if need not in have.get(ns, set()):
                out.append(f"site namespace {ns} has no {need}")
    return out


def no_cluster_binding_for_owners(resources: Iterable[tuple[str, Mapping[str, Any], str]]) -> list[str]:
    """No ClusterRoleBinding names a group that owns a site (site owners stay namespaced)."""
    resources = list(resources)
    owners = {s.get("name") for k, p, _ in resources if k == "RoleBinding" and in_site(p)
              for s in p.get("subjects") or [] if s.get("kind") == "Group"}
    out = []
    for kind, props, _ in resources:
        if kind != "ClusterRoleBinding":
            continue
        for s in props.get("subjects") or []:
            if s.get("kind") == "Group" and s.get("name") in owners:
                out.append(f"ClusterRoleBinding {(props.get('metadata') or {}).get('name')} binds site owner"
                           f" group {s.get('name')}")
    return out


STACK_CHECKS = {
    "site-namespace-baseline": (site_namespace_baseline,
                                "Each site namespace has default-deny, a ResourceQuota and a LimitRange"),
    "site-owners-not-cluster-bound": (no_cluster_binding_for_owners,
                                      "No ClusterRoleBinding to a site's owner group"),
}


def check_objects(objs: Iterable[Mapping[str, Any]], urn: str = "") -> list[str]:
    """Every check over plain manifests (what `sitegroup plan` writes); 'name: violation' strings."""
    objs = list(objs)
    out = []
    for obj in objs:
        for name, (fn, _) in RESOURCE_CHECKS.items():
            for v in fn(obj["kind"], obj, urn):
                out.append(f"{name}: {obj['kind']}/{obj['metadata'].get('name')}: {v}")
    triples = [(o["kind"], o, urn) for o in objs]
    for name, (fn, _) in STACK_CHECKS.items():
        out += [f"{name}: {v}" for v in fn(triples)]
    return out
