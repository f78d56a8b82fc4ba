"""The upstream bundles as resources, each taken from where this installation takes it (docs/bundles.md).

``layer_bundles`` gives a layer's bundles for the environment, resolved against its mirror: the environment's
``platform.bundle_mirror`` (and ``chart_registry``), or the stack config ``sitegroup:bundleMirror``, a
machine-local mirror (the tests, a platform engineer's laptop) that replaces both; neither: upstream.
``bundle_resource`` registers one: a YAML bundle as ``kubernetes.yaml.v2.ConfigFile`` (a mirror's file, or a URL),
a chart as ``kubernetes.helm.v4.Chart`` (a local mirror's chart directory, an ``oci://`` reference, or a chart of
an https Helm repository). The engine reads them at `preview`/`up` time; plan and the fast tests never do.
"""

from __future__ import annotations

import json
from pathlib import Path

import pulumi
import pulumi_kubernetes as k8s

from sitegroup.k8s import versions
from sitegroup.k8s.versions import Bundle, Mirror
from sitegroup.model import Environment

CONFIG_KEY = "bundleMirror"


def check_local(mirror: Mirror) -> None:
    """A local mirror must be one `sitegroup bundles mirror` made for these pins (fail here, not in the engine)."""
    stamp_file = Path(mirror.root) / versions.MIRROR_STAMP
    fix = f"make it with `sitegroup bundles mirror --out {mirror.root}` (docs/bundles.md)"
    try:
        stamp = json.loads(stamp_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise ValueError(f"the bundle mirror {mirror.root} has no readable {versions.MIRROR_STAMP}: {fix}") from None
    have = stamp.get("bundles") or {}
    stale = [f"{b.name} {(have.get(b.name) or {}).get('version')} (pinned {b.version})"
             for b in versions.ALL_BUNDLES if (have.get(b.name) or {}).get("version") != b.version]
    if stale:
        raise ValueError(f"the bundle mirror {mirror.root} holds other versions than versions.py pins: "
                         f"{', '.join(stale)}: {fix}")


def mirror_for(env: Environment, cfg: pulumi.Config) -> Mirror | None:
    """The stack's local mirror (sitegroup:bundleMirror), else the environment's (platform.bundle_mirror)."""
    mirror = versions.mirror_of(env.platform, cfg.get(CONFIG_KEY))
    if mirror is not None and mirror.local:
        check_local(mirror)
    return mirror


def layer_bundles(layer: str, env: Environment, cfg: pulumi.Config) -> tuple[Bundle, ...]:
    """The layer's bundles this environment installs, each with its location (versions.installed)."""
    return versions.installed(layer, env.platform, mirror_for(env, cfg))


def chart_args(bundle: Bundle) -> dict:
    """kubernetes.helm.v4.Chart's chart/version/repository for a resolved chart bundle."""
    location = bundle.location or bundle.url
    if location.startswith("/"):  # a local mirror's chart directory: Helm takes it as it is
        return {"chart": location, "version": None, "repository_opts": None}
    if location.startswith("oci://"):
        return {"chart": location, "version": bundle.version, "repository_opts": None}
    repo, _, chart = location.rpartition("/")
    return {"chart": chart, "version": bundle.version, "repository_opts": k8s.helm.v4.RepositoryOptsArgs(repo=repo)}


def bundle_resource(bundle: Bundle, opts: pulumi.ResourceOptions) -> pulumi.Resource:
    """One bundle, from its resolved location. A bundle nobody resolved (the caller passed versions.bundles()) is
    resolved here against the stack's local mirror only, else upstream: layer_bundles() also applies the
    environment's mirror and the bundles only some environments install (Velero's CRDs)."""
    if not bundle.location:
        bundle = versions.resolve(bundle, versions.mirror_of(None, pulumi.Config("sitegroup").get(CONFIG_KEY)))
    # A control plane without nodes (sitegroup:skipAwait): the charts' Deployments never become ready.
    no_await = pulumi.Config("sitegroup").get_bool("skipAwait") or None
    if bundle.source == "yaml":
        return k8s.yaml.v2.ConfigFile(bundle.name, file=bundle.location, skip_await=no_await, opts=opts)
    return k8s.helm.v4.Chart(
        bundle.name,
        **chart_args(bundle),
        namespace=bundle.namespace,
        values=bundle.values,
        skip_crds=bundle.skip_crds,
        skip_await=no_await,
        opts=opts,
    )
