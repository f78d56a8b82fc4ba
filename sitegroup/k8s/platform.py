"""The platform layer's own objects: namespaces, edge (Gateway API / Envoy Gateway), WAF tier, TLS issuer."""

from __future__ import annotations

from sitegroup.backup.repositories import backup_endpoints
from sitegroup.contracts import (
    BACKUP_NAMESPACE,
    BACKUP_POD_LABELS,
    DOMAIN,
    PRUNE_SECRET,
    SITE_PASSWORDS_SECRET,
    SITEGROUP_IMAGE,
    STATUS_SECRET,
)
from sitegroup.k8s import netpol, secrets
from sitegroup.k8s.backup import platform_backup_objects
from sitegroup.k8s.logging import logging_objects
from sitegroup.k8s.monitor import monitor_objects
from sitegroup.k8s.names import (
    CERT_MANAGER_NS,
    EDGE_GATEWAY,
    ENVOY_PROXY,
    GATEWAY_CLASS,
    GATEWAY_NS,
    NAME,
    NS_NAME,
    PLATFORM_NAMESPACES,
    TENANT,
    WAF_NS,
    WAF_PORT,
    WEB_APP,
    WEB_PORT,
    pss_labels,
    waf_labels,
)
from sitegroup.k8s.waf_tier import waf_objects
from sitegroup.model import Environment

ENVOY_PROXY_LABELS = {NAME: "envoy"}  # set by Envoy Gateway on the proxy pods it creates
EG_CONTROLLER_LABELS = {"control-plane": "envoy-gateway"}
# Envoy Gateway listens on port+10000 for privileged listener ports (80 -> 10080, 443 -> 10443).
ENVOY_PORTS = (10080, 10443)
EG_XDS_PORT = 18000
API_SERVER_PORTS = (443, 6443)  # the apiserver's address is the cluster's, not known offline


def platform_namespace(name: str, env: Environment) -> dict:
    labels = {TENANT: "platform", f"{DOMAIN}/environment": env.name, **pss_labels(env)}
    return {"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": name, "labels": labels}}


def _ports(*ports: int) -> list[dict]:
    return [{"protocol": "TCP", "port": p} for p in ports]


def _ns(name: str) -> dict:
    return {"namespaceSelector": {"matchLabels": {NS_NAME: name}}}


def gateway_policies(env: Environment) -> list[dict]:
    ns = GATEWAY_NS
    return [
        netpol.default_deny(ns),
        netpol.allow_dns(ns, env),
        netpol.policy("allow-edge-ingress", ns, {
            "podSelector": {"matchLabels": ENVOY_PROXY_LABELS},
            "policyTypes": ["Ingress"],
            "ingress": [{"ports": _ports(*ENVOY_PORTS)}],  # the public edge: from anywhere
        }),
        netpol.policy("allow-envoy-egress", ns, {
            "podSelector": {"matchLabels": ENVOY_PROXY_LABELS},
            "policyTypes": ["Egress"],
            "egress": [
                {"to": [{**_ns(WAF_NS), "podSelector": {"matchLabels": waf_labels()}}], "ports": _ports(WAF_PORT)},
                {"to": [{"podSelector": {"matchLabels": EG_CONTROLLER_LABELS}}], "ports": _ports(EG_XDS_PORT)},
                # cert-manager's HTTP-01 solver pods live in the site namespaces.
                {"to": [{"namespaceSelector": {"matchLabels": {TENANT: "site"}},
                         "podSelector": {"matchLabels": {"acme.cert-manager.io/http01-solver": "true"}}}],
                 "ports": _ports(8089)},
            ],
        }),
        netpol.policy("allow-controller", ns, {
            "podSelector": {"matchLabels": EG_CONTROLLER_LABELS},
            "policyTypes": ["Ingress", "Egress"],
            "ingress": [{"from": [{"podSelector": {"matchLabels": ENVOY_PROXY_LABELS}}],
                         "ports": _ports(EG_XDS_PORT)}],
            "egress": [{"ports": _ports(*API_SERVER_PORTS)}],
        }),
    ]


def waf_policies(env: Environment) -> list[dict]:
    ns = WAF_NS
    return [
        netpol.default_deny(ns),
        netpol.allow_dns(ns, env),
        netpol.policy("allow-from-gateway", ns, {
            "podSelector": {"matchLabels": waf_labels()},
            "policyTypes": ["Ingress"],
            "ingress": [{"from": [{**_ns(GATEWAY_NS), "podSelector": {"matchLabels": ENVOY_PROXY_LABELS}}],
                         "ports": _ports(WAF_PORT)}],
        }),
        netpol.policy("allow-to-sites", ns, {
            "podSelector": {"matchLabels": waf_labels()},
            "policyTypes": ["Egress"],
            "egress": [{"to": [{"namespaceSelector": {"matchLabels": {TENANT: "site"}},
                                "podSelector": {"matchLabels": {NAME: WEB_APP}}}],
                        "ports": _ports(WEB_PORT)}],
        }),
    ]


def cert_manager_policies(env: Environment) -> list[dict]:
    ns = CERT_MANAGER_NS
    return [
        netpol.default_deny(ns),
        netpol.allow_dns(ns, env),
        netpol.policy("allow-webhook-ingress", ns, {
            "podSelector": {"matchLabels": {NAME: "webhook"}},
            "policyTypes": ["Ingress"],
            "ingress": [{"ports": _ports(10250)}],  # called by the apiserver
        }),
        netpol.policy("allow-controller-egress", ns, {
            "podSelector": {},
            "policyTypes": ["Egress"],
            # apiserver, the ACME server (HTTPS) and the HTTP-01 self-check through the edge (80).
            "egress": [{"ports": _ports(80, *API_SERVER_PORTS)}],
        }),
    ]


def edge_objects(env: Environment) -> list[dict]:
    pod_sc = {"runAsNonRoot": True, "seccompProfile": {"type": "RuntimeDefault"}}
    container_sc = {
        "allowPrivilegeEscalation": False,
        "readOnlyRootFilesystem": True,
        "runAsNonRoot": True,
        "capabilities": {"drop": ["ALL"]},
        "seccompProfile": {"type": "RuntimeDefault"},
    }
    return [
        {
            "apiVersion": "gateway.envoyproxy.io/v1alpha1",
            "kind": "EnvoyProxy",
            "metadata": {"name": ENVOY_PROXY, "namespace": GATEWAY_NS},
            "spec": {
                # Every site's Gateway is served by one Envoy fleet (Gateways cap at 64 listeners).
                "mergeGateways": True,
                "provider": {
                    "type": "Kubernetes",
                    "kubernetes": {
                        "envoyDeployment": {
                            "replicas": 2,
                            "pod": {"securityContext": pod_sc},
                            "container": {
                                "securityContext": container_sc,
                                "resources": {"requests": {"cpu": "500m", "memory": "512Mi"},
                                              "limits": {"cpu": "2", "memory": "2Gi"}},
                            },
                        },
                        "envoyPDB": {"minAvailable": 1},
                        # Keep the client source address (logged by the WAF: 等保 / PSB log rules).
                        "envoyService": {"type": "LoadBalancer", "externalTrafficPolicy": "Local"},
                    },
                },
            },
        },
        {
            "apiVersion": "gateway.networking.k8s.io/v1",
            "kind": "GatewayClass",
            "metadata": {"name": GATEWAY_CLASS},
            "spec": {
                "controllerName": "gateway.envoyproxy.io/gatewayclass-controller",
                "parametersRef": {"group": "gateway.envoyproxy.io", "kind": "EnvoyProxy",
                                  "name": ENVOY_PROXY, "namespace": GATEWAY_NS},
            },
        },
        {
            "apiVersion": "gateway.networking.k8s.io/v1",
            "kind": "Gateway",
            "metadata": {"name": EDGE_GATEWAY, "namespace": GATEWAY_NS},
            "spec": {
                "gatewayClassName": GATEWAY_CLASS,
                "listeners": [
                    {
                        "name": "http",
                        "port": 80,
                        "protocol": "HTTP",
                        # The redirect below, and cert-manager's HTTP-01 solver routes in site namespaces.
                        "allowedRoutes": {"namespaces": {"from": "Selector", "selector": {
                            "matchExpressions": [{"key": TENANT, "operator": "In",
                                                  "values": ["platform", "site"]}]}}},
                    }
                ],
            },
        },
        {
            "apiVersion": "gateway.networking.k8s.io/v1",
            "kind": "HTTPRoute",
            "metadata": {"name": "https-redirect", "namespace": GATEWAY_NS},
            "spec": {
                "parentRefs": [{"group": "gateway.networking.k8s.io", "kind": "Gateway",
                                "name": EDGE_GATEWAY, "sectionName": "http"}],
                "rules": [{"filters": [{"type": "RequestRedirect",
                                        "requestRedirect": {"scheme": "https", "statusCode": 301}}]}],
            },
        },
    ]


def cluster_issuer(env: Environment) -> dict:
    name = env.platform.cert_issuer
    if env.platform.acme_server:
        spec: dict = {
            "acme": {
                "server": env.platform.acme_server,
                "privateKeySecretRef": {"name": f"{name}-account-key"},
                "solvers": [{"http01": {"gatewayHTTPRoute": {"parentRefs": [
                    {"group": "gateway.networking.k8s.io", "kind": "Gateway", "name": EDGE_GATEWAY,
                     "namespace": GATEWAY_NS, "sectionName": "http"}]}}}],
            }
        }
    else:
        # A private CA: its key pair is the Secret <issuer>-ca in cert-manager's namespace,
        # created out of band by the PKI owner (see docs/deploy.md).
        spec = {"ca": {"secretName": f"{name}-ca"}}
    return {"apiVersion": "cert-manager.io/v1", "kind": "ClusterIssuer", "metadata": {"name": name}, "spec": spec}


def backup_platform_objects(env: Environment) -> list[dict]:
    """The backup helper's prune and status jobs, plus the Secrets and the network fence they expect."""
    ns = BACKUP_NAMESPACE
    return [
        *platform_backup_objects(env),
        netpol.default_deny(ns),
        netpol.allow_dns(ns, env),
        netpol.allow_endpoints("allow-backup-egress", ns, BACKUP_POD_LABELS, backup_endpoints(env),
                             env.platform.backup_cidrs),
        {
            "apiVersion": "v1",
            "kind": "Secret",
            "metadata": {"name": PRUNE_SECRET, "namespace": ns},
            "type": "Opaque",
            # Delete-capable credentials: set per stack with `pulumi config set --secret`.
            "stringData": {
                "rest-username": secrets.from_config("backupPruneUsername"),
                "rest-password": secrets.from_config("backupPrunePassword"),
            },
        },
        {
            "apiVersion": "v1",
            "kind": "Secret",
            "metadata": {"name": SITE_PASSWORDS_SECRET, "namespace": ns},
            "type": "Opaque",
            # Every site, closed ones too: their backups are records and retention still applies.
            "stringData": {s.id: secrets.generated(secrets.BACKUP_PASSWORD, s.id) for s in env.sites},
        },
        {
            "apiVersion": "v1",
            "kind": "Secret",
            "metadata": {"name": STATUS_SECRET, "namespace": ns},
            "type": "Opaque",
            # The backup-status job reads each serving site's repository as that site's own append-only REST
            # user (user = site id): it never needs the delete-capable prune credentials.
            "stringData": {s.id: secrets.generated(secrets.REST_PASSWORD, s.id) for s in env.sites if s.serving},
        },
    ]


def platform_objects(env: Environment) -> list[dict]:
    return [
        *(platform_namespace(ns, env) for ns in PLATFORM_NAMESPACES),
        *gateway_policies(env),
        *waf_policies(env),
        *cert_manager_policies(env),
        *edge_objects(env),
        cluster_issuer(env),
        *waf_objects(env),
        *backup_platform_objects(env),
        # The regulatory monitor (docs/monitoring.md): the same `sitegroup monitor` as the CLI, on a schedule.
        *monitor_objects(env, image=SITEGROUP_IMAGE),
        # Central logs (docs/logging.md): collectors, stores per retention, gateway, digest; the one Pod Security
        # exception (namespace logging-collector, ADR 0016-i16).
        *logging_objects(env),
    ]
