"""Pinned upstream versions and the bundles the program installs but does not render itself.

The CRD bundles and controller charts are not downloadable on the build machine, so neither the
plan nor the tests see their contents: the user's ``pulumi up`` fetches them from these pinned
addresses. Changing a pin is a reviewed change to this file (and to docs/deploy.md's table).
"""

from __future__ import annotations

from dataclasses import dataclass, field

GATEWAY_API_VERSION = "v1.4.1"
CERT_MANAGER_VERSION = "v1.21.1"
ENVOY_GATEWAY_VERSION = "v1.8.2"

# The WAF tier image: Debian bookworm nginx 1.22.1 + libnginx-mod-http-modsecurity + modsecurity-crs
# 3.3.4 (what sitegroup.waf renders for and tests against), built into the platform registry.
WAF_IMAGE = "registry.sitegroup.internal/platform/waf-nginx-modsecurity:1.22.1-crs3.3.4-bookworm"


@dataclass(frozen=True)
class Bundle:
    """Something installed from upstream by the program: a YAML bundle URL or a Helm chart."""

    layer: str  # "crds" or "platform"
    name: str
    source: str  # "yaml" (kubernetes.yaml.v2.ConfigFile) or "helm" (kubernetes.helm.v4.Chart)
    url: str  # the manifest URL, or the chart reference
    version: str
    namespace: str | None = None
    values: dict = field(default_factory=dict)
    skip_crds: bool = False
    purpose: str = ""


BUNDLES: tuple[Bundle, ...] = (
    Bundle(
        layer="crds",
        name="gateway-api-crds",
        source="yaml",
        url=f"https://github.com/kubernetes-sigs/gateway-api/releases/download/{GATEWAY_API_VERSION}/standard-install.yaml",
        version=GATEWAY_API_VERSION,
        purpose="Gateway API standard channel CRDs (GatewayClass, Gateway, HTTPRoute, ReferenceGrant, ...)",
    ),
    Bundle(
        layer="crds",
        name="cert-manager-crds",
        source="yaml",
        url=f"https://github.com/cert-manager/cert-manager/releases/download/{CERT_MANAGER_VERSION}/cert-manager.crds.yaml",
        version=CERT_MANAGER_VERSION,
        purpose="cert-manager CRDs (Certificate, ClusterIssuer, ...)",
    ),
    Bundle(
        layer="crds",
        name="envoy-gateway-crds",
        source="helm",
        url="oci://docker.io/envoyproxy/gateway-crds-helm",
        version=ENVOY_GATEWAY_VERSION,
        values={"crds": {"gatewayAPI": {"enabled": False}, "envoyGateway": {"enabled": True}}},
        purpose="Envoy Gateway's own CRDs (EnvoyProxy, ...); Gateway API CRDs come from the bundle above",
    ),
    Bundle(
        layer="platform",
        name="envoy-gateway",
        source="helm",
        url="oci://docker.io/envoyproxy/gateway-helm",
        version=ENVOY_GATEWAY_VERSION,
        namespace="gateway-system",
        skip_crds=True,
        values={"crds": {"enabled": False}},
        purpose="Envoy Gateway controller; it creates the Envoy proxy Deployments in gateway-system",
    ),
    Bundle(
        layer="platform",
        name="cert-manager",
        source="helm",
        url="https://charts.jetstack.io/cert-manager",
        version=CERT_MANAGER_VERSION,
        namespace="cert-manager",
        skip_crds=True,
        values={
            "crds": {"enabled": False},
            "config": {
                "apiVersion": "controller.config.cert-manager.io/v1alpha1",
                "kind": "ControllerConfiguration",
                "enableGatewayAPI": True,
            },
        },
        purpose="cert-manager controller, webhook and cainjector (Gateway API HTTP-01 solver enabled)",
    ),
)


def bundles(layer: str) -> tuple[Bundle, ...]:
    return tuple(b for b in BUNDLES if b.layer == layer)
