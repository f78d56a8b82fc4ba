"""The program's ComponentResources: Crds, BackupCredentials, Platform and one Site per serving entry.

Each registers the objects sitegroup.k8s rendered (nothing else builds manifests); every child is
parented to its component and inherits the component's explicit Kubernetes provider.
"""

from __future__ import annotations

from collections.abc import Iterable

import pulumi

from sitegroup.backup.repositories import offsite_repository
from sitegroup.k8s import secrets
from sitegroup.k8s.versions import Bundle
from sitegroup.model import Environment
from sitegroup.program.bundles import bundle_resource
from sitegroup.program.passwords import SEED_KEY, derive
from sitegroup.program.resources import SecretResolver, hpa_targets, register, register_all


class Crds(pulumi.ComponentResource):
    """Layer 1: the CRDs every later layer's custom resources need (preview fails without them)."""

    def __init__(self, name: str, bundles: Iterable[Bundle], opts: pulumi.ResourceOptions | None = None):
        super().__init__("sitegroup:index:Crds", name, None, opts)
        self.bundles = {b.name: bundle_resource(b, pulumi.ResourceOptions(parent=self)) for b in bundles}
        self.register_outputs({"bundles": sorted(self.bundles)})


class BackupCredentials(pulumi.ComponentResource):
    """Every site's generated secrets (closed sites too: the prune job still needs their repository passwords):
    the backup credentials and, for a site with a database, its PostgreSQL passwords (the site's role, the
    server's superuser), derived from the stack's secret seed (sitegroup.program.passwords)."""

    def __init__(self, name: str, env: Environment, cfg: pulumi.Config,
                 opts: pulumi.ResourceOptions | None = None):
        super().__init__("sitegroup:index:BackupCredentials", name, None, opts)
        seed = cfg.require_secret(SEED_KEY)
        generations = cfg.get_object("secretGenerations") or {}
        self.values: dict[str, dict[str, pulumi.Output[str]]] = {}
        for site in env.sites:
            kinds = [secrets.BACKUP_PASSWORD, secrets.REST_PASSWORD]
            if offsite_repository(env, site):
                kinds.append(secrets.OFFSITE_REST_PASSWORD)
            if site.database is not None:
                kinds += [secrets.DATABASE_PASSWORD, secrets.DATABASE_SUPERUSER_PASSWORD]
            generation = int(generations.get(site.id, 0))
            self.values[site.id] = {
                kind: pulumi.Output.secret(seed.apply(
                    lambda s, kind=kind, site_id=site.id, g=generation: derive(s, kind, site_id, g)))
                for kind in kinds
            }
        self.export = pulumi.Output.secret(self.values)
        self.register_outputs({"sites": len(self.values)})

    def resolve(self, kind: str, site_id: str) -> pulumi.Output[str]:
        return self.values[site_id][kind]


class Platform(pulumi.ComponentResource):
    """Layer 2: namespaces, controllers (charts), edge, WAF tier, issuer, backup fence."""

    def __init__(self, name: str, objects: list[dict], bundles: Iterable[Bundle], resolver: SecretResolver,
                 opts: pulumi.ResourceOptions | None = None):
        super().__init__("sitegroup:index:Platform", name, None, opts)
        child = pulumi.ResourceOptions(parent=self)
        namespaces = {o["metadata"]["name"]: register(o, child) for o in objects if o["kind"] == "Namespace"}
        self.charts = {
            b.name: bundle_resource(b, pulumi.ResourceOptions(
                parent=self, depends_on=[namespaces[b.namespace]] if b.namespace in namespaces else []))
            for b in bundles
        }
        # Custom resources wait for their controller (cert-manager's webhook validates its CRs).
        controller_of = {"cert-manager.io": "cert-manager", "gateway.networking.k8s.io": "envoy-gateway",
                         "gateway.envoyproxy.io": "envoy-gateway"}
        rest = [o for o in objects if o["kind"] != "Namespace"]
        targets = hpa_targets(rest)
        self.resources = list(namespaces.values())
        for obj in rest:
            deps: list[pulumi.Resource] = []
            ns = obj["metadata"].get("namespace")
            if ns in namespaces:
                deps.append(namespaces[ns])
            chart = controller_of.get(obj["apiVersion"].split("/")[0])
            if chart in self.charts:
                deps.append(self.charts[chart])
            self.resources.append(register(obj, pulumi.ResourceOptions(parent=self, depends_on=deps), resolver,
                                           targets))
        self.register_outputs({"objects": len(objects), "charts": sorted(self.charts)})


class Site(pulumi.ComponentResource):
    """One website: its namespace and everything in it (plus its ReferenceGrant in waf-system)."""

    def __init__(self, name: str, objects: list[dict], resolver: SecretResolver,
                 opts: pulumi.ResourceOptions | None = None, retain_data: bool = True):
        super().__init__("sitegroup:index:Site", name, None, opts)
        # Its namespace and PVCs outlive a plain `up` that drops the site (program/resources.py, RETAINED_KINDS).
        self.resources = register_all(objects, self, resolver, retain=retain_data)
        self.namespace = objects[0]["metadata"]["name"]
        self.register_outputs({"namespace": self.namespace, "objects": len(objects)})
