"""Names, labels and selectors shared by the platform and the site objects (one place, no drift)."""

from __future__ import annotations

import re

from sitegroup.contracts import DOMAIN
from sitegroup.model import Environment, Site

GATEWAY_NS = "gateway-system"
WAF_NS = "waf-system"
CERT_MANAGER_NS = "cert-manager"
PLATFORM_NAMESPACES = (GATEWAY_NS, WAF_NS, CERT_MANAGER_NS)

GATEWAY_CLASS = "sitegroup"
ENVOY_PROXY = "sitegroup-proxy"
EDGE_GATEWAY = "edge"  # the platform Gateway: port 80 (redirect + ACME HTTP-01)

WAF_APP = "waf"
WAF_SERVICE = "waf"
WAF_PORT = 8080

WEB_APP = "web"
WEB_PORT = 8080
DB_APP = "db"  # the site's own PostgreSQL: StatefulSet, Service and ServiceAccount (ADR 0008)
SITE_GATEWAY = "site"
SITE_TLS_SECRET = "site-tls"  # noqa: S105 (a Secret name)

# Label keys
TENANT = f"{DOMAIN}/tenant"  # "site" | "platform": selects who may attach routes, who the WAF may reach
SITE_ID = f"{DOMAIN}/site-id"
NAME = "app.kubernetes.io/name"
PART_OF = "app.kubernetes.io/part-of"
COMPONENT = "app.kubernetes.io/component"
NS_NAME = "kubernetes.io/metadata.name"  # set by the API server on every namespace

PSS_LEVEL = "restricted"

_LABEL_VALUE = re.compile(r"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$")


def label_safe(value: str) -> bool:
    """Whether a string can be a label value (else it goes into an annotation only)."""
    return len(value) <= 63 and bool(_LABEL_VALUE.match(value))


def pss_version(env: Environment) -> str:
    """The Pod Security Standards version to pin: the cluster's minor version, e.g. v1.36."""
    major, minor = env.platform.kubernetes_version.lstrip("v").split(".")[:2]
    return f"v{major}.{minor}"


def pss_labels(env: Environment) -> dict[str, str]:
    version = pss_version(env)
    labels: dict[str, str] = {}
    for mode in ("enforce", "warn", "audit"):
        labels[f"pod-security.kubernetes.io/{mode}"] = PSS_LEVEL
        labels[f"pod-security.kubernetes.io/{mode}-version"] = version
    return labels


def web_labels(site: Site) -> dict[str, str]:
    return {NAME: WEB_APP, PART_OF: "sitegroup", SITE_ID: site.id}


def db_labels(site: Site) -> dict[str, str]:
    return {NAME: DB_APP, PART_OF: "sitegroup", SITE_ID: site.id}


def waf_labels() -> dict[str, str]:
    return {NAME: WAF_APP, PART_OF: "sitegroup", COMPONENT: "waf"}


def waf_reference_grant(site: Site) -> str:
    return f"route-{site.namespace}"


def site_meta(site: Site, name: str, labels: dict | None = None) -> dict:
    """metadata of an object in the site's namespace."""
    meta: dict = {"name": name, "namespace": site.namespace}
    if labels:
        meta["labels"] = labels
    return meta
