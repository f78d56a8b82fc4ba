"""Pinned upstream versions and the bundles the program installs but does not render itself.

Each bundle is one upstream release: a YAML bundle (``kubernetes.yaml.v2.ConfigFile``) or a Helm chart
(``kubernetes.helm.v4.Chart``). The program takes it from upstream, or from a mirror: the environment's
``platform.bundle_mirror`` (with ``platform.chart_registry`` for an https mirror's charts), or a machine-local
mirror named by the stack config ``sitegroup:bundleMirror`` (resolve(); docs/bundles.md). A mirror is made from
the releases' Go modules (engines/bundles, ``sitegroup bundles mirror``), so the tests install the real CRDs and
charts into a real API server. Changing a pin is a reviewed change to this file and to engines/bundles/go.mod
and go.sum (and to docs/deploy.md's table).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from sitegroup.model import Platform

GATEWAY_API_VERSION = "v1.4.1"
CERT_MANAGER_VERSION = "v1.21.1"
ENVOY_GATEWAY_VERSION = "v1.8.2"
# The newest v1.17 patch the Go module proxy serves (tests/program/schemas/velero.io_v1_Schedule.json follows the
# v1.17 CRDs). The Velero installed into namespace `velero` must be the same version (docs/bundles.md).
VELERO_VERSION = "v1.17.2"

# The Go modules whose release zips carry the bundles' sources (engines/bundles/go.mod requires each at its pin).
GATEWAY_API_MODULE = "sigs.k8s.io/gateway-api"
CERT_MANAGER_MODULE = "github.com/cert-manager/cert-manager"
ENVOY_GATEWAY_MODULE = "github.com/envoyproxy/gateway"
VELERO_MODULE = "github.com/vmware-tanzu/velero"

# The WAF tier image: Debian bookworm nginx 1.22.1 + libnginx-mod-http-modsecurity + modsecurity-crs
# 3.3.4 (what sitegroup.waf renders for and tests against), built into the platform registry.
WAF_IMAGE = "registry.sitegroup.internal/platform/waf-nginx-modsecurity:1.22.1-crs3.3.4-bookworm"


@dataclass(frozen=True)
class Bundle:
    """Something installed from an upstream release by the program: a YAML bundle or a Helm chart."""

    layer: str  # "crds" or "platform"
    name: str
    source: str  # "yaml" (kubernetes.yaml.v2.ConfigFile) or "helm" (kubernetes.helm.v4.Chart)
    url: str  # upstream: the manifest URL, or the chart reference ("" = none: only in a mirror)
    version: str
    module: str = ""  # the Go module whose release carries its sources (what a mirror is made from)
    namespace: str | None = None
    values: dict = field(default_factory=dict)
    skip_crds: bool = False
    purpose: str = ""
    only_with: str = ""  # a boolean Platform setting that must be on for it to be installed ("velero")
    location: str = ""  # where this installation takes it from (set by resolve(); "" = not resolved)
    chart_name: str = ""  # helm: the chart's name (Chart.yaml `name`); its directory in a mirror

    @property
    def mirror_path(self) -> str:
        """Its place inside a mirror: `<name>.yaml` (YAML bundles), `charts/<chart>` (a chart directory)."""
        return f"{self.name}.yaml" if self.source == "yaml" else f"charts/{self.chart_name}"


MIRROR_STAMP = "MIRROR.json"  # in a mirror's root: its pins and checksums (sitegroup/engines/bundles.py)


@dataclass(frozen=True)
class Mirror:
    """Where an installation takes the bundles from instead of upstream (docs/bundles.md)."""

    root: str  # an absolute local directory, or the https:// URL of such a directory
    charts: str | None = None  # oci://<registry>/<path> holding the charts (with an https root)

    @property
    def local(self) -> bool:
        return self.root.startswith("/")


def local_dir(value: str) -> str | None:
    """`file:///abs/dir` or `/abs/dir` as an absolute directory without a trailing slash; else None."""
    path = value[len("file://"):] if value.startswith("file://") else value
    if not path.startswith("/") or "\\" in path or any(part == ".." for part in path.split("/")):
        return None
    return path.rstrip("/") or "/"


def mirror_of(platform: Platform | None, override: str | None = None) -> Mirror | None:
    """The environment's mirror (platform.bundle_mirror, .chart_registry), or the stack's local override."""
    if override:
        root = local_dir(override)
        if root is None:
            raise ValueError(f"sitegroup:bundleMirror must be a local directory (an absolute path or file:///...) "
                             f"made by `sitegroup bundles mirror --out DIR`, not {override!r}")
        return Mirror(root)
    if platform is None or not platform.bundle_mirror:
        return None
    if platform.bundle_mirror.startswith("file://"):
        root = local_dir(platform.bundle_mirror)
        if root is None:
            raise ValueError(f"platform.bundle_mirror {platform.bundle_mirror!r} is not an absolute directory")
        return Mirror(root)
    charts = platform.chart_registry.rstrip("/") if platform.chart_registry else None
    return Mirror(platform.bundle_mirror.rstrip("/"), charts)


def resolve(bundle: Bundle, mirror: Mirror | None) -> Bundle:
    """The bundle with the location this installation takes it from.

    No mirror: the upstream address. A local mirror: `<dir>/<name>.yaml`, `<dir>/charts/<chart>` (a chart
    directory). An https mirror: `<url>/<name>.yaml`, and the charts from `<chart_registry>/<chart>`.
    """
    if mirror is None:
        location = bundle.url
    elif bundle.source == "yaml" or mirror.local:
        location = f"{mirror.root}/{bundle.mirror_path}"
    elif mirror.charts:
        location = f"{mirror.charts}/{bundle.chart_name}"
    else:
        raise ValueError(f"bundle {bundle.name}: the mirror {mirror.root} is served over https and holds no chart "
                         "registry: set platform.chart_registry (docs/bundles.md)")
    return replace(bundle, location=location)


BUNDLES: tuple[Bundle, ...] = (
    Bundle(
        layer="crds",
        name="gateway-api-crds",
        source="yaml",
        url=f"https://github.com/kubernetes-sigs/gateway-api/releases/download/{GATEWAY_API_VERSION}/standard-install.yaml",
        version=GATEWAY_API_VERSION,
        module=GATEWAY_API_MODULE,
        purpose="Gateway API standard channel CRDs (GatewayClass, Gateway, HTTPRoute, ReferenceGrant, ...)",
    ),
    Bundle(
        layer="crds",
        name="cert-manager-crds",
        source="yaml",
        url=f"https://github.com/cert-manager/cert-manager/releases/download/{CERT_MANAGER_VERSION}/cert-manager.crds.yaml",
        version=CERT_MANAGER_VERSION,
        module=CERT_MANAGER_MODULE,
        purpose="cert-manager CRDs (Certificate, ClusterIssuer, ...)",
    ),
    Bundle(
        layer="crds",
        name="envoy-gateway-crds",
        source="helm",
        url="oci://docker.io/envoyproxy/gateway-crds-helm",
        version=ENVOY_GATEWAY_VERSION,
        module=ENVOY_GATEWAY_MODULE,
        chart_name="gateway-crds-helm",
        values={"crds": {"gatewayAPI": {"enabled": False}, "envoyGateway": {"enabled": True}}},
        purpose="Envoy Gateway's own CRDs (EnvoyProxy, ...); Gateway API CRDs come from the bundle above",
    ),
    Bundle(
        layer="platform",
        name="envoy-gateway",
        source="helm",
        url="oci://docker.io/envoyproxy/gateway-helm",
        version=ENVOY_GATEWAY_VERSION,
        module=ENVOY_GATEWAY_MODULE,
        chart_name="gateway-helm",
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
        module=CERT_MANAGER_MODULE,
        chart_name="cert-manager",
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

# Velero's CRDs, for the Schedules the platform renders where platform.velero is on. Velero publishes no single CRD
# manifest (its installer embeds them), so there is no upstream address: only a mirror has them. Without a mirror,
# Velero's own installation installs them, as before; with one, the crds layer does, at the pinned version.
VELERO_CRDS = Bundle(
    layer="crds",
    name="velero-crds",
    source="yaml",
    url="",
    version=VELERO_VERSION,
    module=VELERO_MODULE,
    only_with="velero",
    purpose="Velero CRDs (config/crd/v1/bases: Schedule, Backup, BackupStorageLocation, ...)",
)

# Everything a mirror holds (sitegroup bundles mirror).
ALL_BUNDLES: tuple[Bundle, ...] = (*BUNDLES, VELERO_CRDS)


def bundles(layer: str) -> tuple[Bundle, ...]:
    """The layer's bundles every environment installs, unresolved (upstream)."""
    return tuple(b for b in BUNDLES if b.layer == layer)


def installed(layer: str, platform: Platform | None, mirror: Mirror | None) -> tuple[Bundle, ...]:
    """The layer's bundles for an environment, each resolved against its mirror (None: upstream). A bundle
    with `only_with` needs that platform setting on; one without an upstream address needs a mirror."""
    return tuple(
        resolve(b, mirror) for b in ALL_BUNDLES
        if b.layer == layer and (not b.only_with or bool(getattr(platform, b.only_with, False)))
        and (b.url or mirror is not None)
    )
