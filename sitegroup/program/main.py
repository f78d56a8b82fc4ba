"""The program behind stacks/__main__.py: stack config -> layer -> components.

Stack config (namespace ``sitegroup``):
  environment      inventory to deploy (inventories/<environment>)
  layer            crds | platform | sites | all      (default all; see ADR 0002)
  shard            {by: prefecture, include: [...]} or {by: prefecture, exclude: [...]}   (sites layer)
  kubeContext      kubeconfig context of the cluster: one explicit provider per cluster
  kubeconfig       optional kubeconfig path or contents
  kubeClientQps / kubeClientBurst   the provider's request rate to the API server (default 250/s, burst 500)
  retainData       default true: a site's namespace and PVCs are never deleted by Pulumi (false: throwaway envs)
  bundleMirror     optional: a machine-local mirror (sitegroup bundles mirror --out DIR); replaces
                   platform.bundle_mirror/chart_registry of the environment
  skipAwait        true for a control plane without nodes (tests): the provider does not wait for readiness
  platformStack    the platform stack's name, for the sites layer's generated backup secrets
  backupPruneUsername / backupPrunePassword   secrets, platform layer (delete-capable REST user)
  secretSeed       secret, platform layer: every generated site password derives from it (program/passwords.py)
  secretGenerations  {site: n}, platform layer: rotate one site's generated passwords
  logStorePassword / logStoreInternalKey / logTokenSeed / logEvidenceKey / logExportRestPassword /
  logExportRepositoryPassword   secrets, platform layer: the central logs (sitegroup.k8s.logging; `sitegroup up`
                   generates them once, docs/logging.md)
"""

from __future__ import annotations

from pathlib import Path

import pulumi
import pulumi_kubernetes as k8s

from sitegroup import k8s as renderer
from sitegroup.inventory import load_environment
from sitegroup.k8s import secrets
from sitegroup.model import Environment
from sitegroup.program import sdk_runtime
from sitegroup.program.bundles import layer_bundles
from sitegroup.program.components import BackupCredentials, Crds, Platform, Site
from sitegroup.program.incremental import targeted_sites
from sitegroup.program.resources import PATCH_FORCE, SKIP_AWAIT, annotate

LAYERS = ("crds", "platform", "sites", "all")


def make_resolver(cfg: pulumi.Config, generated):
    """Marker -> value: generated secrets from `generated(kind, site)`, config secrets from the stack."""

    def resolver(marker: str):
        gen = secrets.parse_generated(marker)
        if gen is not None:
            return generated(*gen)
        key = secrets.parse_config(marker)
        return cfg.require_secret(key)

    return resolver


def build(env: Environment, cfg: pulumi.Config) -> dict:
    layer = cfg.get("layer") or "all"
    if layer not in LAYERS:
        raise ValueError(f"sitegroup:layer must be one of {LAYERS}, not {layer!r}")
    shard = renderer.Shard.from_config(cfg.get_object("shard"))
    no_await = cfg.get_bool("skipAwait") or False
    retain = cfg.get_bool("retainData")
    retain = True if retain is None else retain

    pulumi_annotations = (PATCH_FORCE, SKIP_AWAIT) if no_await else (PATCH_FORCE,)

    def prepared(objs) -> list[dict]:
        return [annotate(o, *pulumi_annotations) for o in objs]

    provider = k8s.Provider(
        "cluster",
        context=cfg.require("kubeContext"),
        kubeconfig=cfg.get("kubeconfig"),
        # Server-side apply (the v4 default), stated so a provider upgrade cannot change it silently.
        enable_server_side_apply=True,
        # Every resource's diff is a server-side dry-run request: at the provider's default 50 requests/s a
        # no-change preview of a 200-site shard (5,000 objects) spends 100 s waiting on its own rate limit
        # (bench/engine.py). The API server's priority and fairness still protects it from one deploy.
        kube_client_settings=k8s.KubeClientSettingsArgs(qps=cfg.get_float("kubeClientQps") or 250.0,
                                                        burst=cfg.get_int("kubeClientBurst") or 500),
    )
    opts = pulumi.ResourceOptions(providers={"kubernetes": provider})
    outputs: dict = {"environment": env.name, "layer": layer}

    crds = Crds("crds", layer_bundles("crds", env, cfg), opts) if layer in ("crds", "all") else None

    creds: BackupCredentials | None = None
    platform: Platform | None = None
    if layer in ("platform", "all"):
        creds = BackupCredentials("backup-credentials", env, cfg)
        objs = prepared(renderer.render(env, layers=("platform",)).platform)
        platform = Platform("platform", objs, layer_bundles("platform", env, cfg),
                            make_resolver(cfg, lambda kind, site: creds.resolve(kind, site)),
                            pulumi.ResourceOptions(providers={"kubernetes": provider},
                                                   depends_on=[crds] if crds else []))
        # Sites stacks read these; the backup endpoint's REST users are provisioned from them too.
        outputs["backupCredentials"] = creds.export

    if layer in ("sites", "all"):
        if creds is not None:
            def generated(kind, site):
                return creds.resolve(kind, site)
        else:
            platform_stack = cfg.require("platformStack")
            remote = pulumi.StackReference(platform_stack).get_output("backupCredentials")

            def pick(creds, kind, site):
                try:
                    return creds[site][kind]
                except (KeyError, TypeError):
                    raise ValueError(f"stack {platform_stack} has no generated {kind} for site {site}:"
                                     " run the platform stack first (it generates every site's secrets)") from None

            def generated(kind, site):
                return pulumi.Output.secret(remote.apply(lambda c: pick(c, kind, site)))
        resolver = make_resolver(cfg, generated)
        sites = renderer.render(env, layers=("sites",), shard=shard).sites
        # `sitegroup up --changed` runs the engine with --target over the changed sites only; the others are not
        # registered at all (program/incremental.py). The outputs below still describe the whole shard.
        only = targeted_sites()
        for site_id, objs in sites.items():
            if only is not None and site_id not in only:
                continue
            Site(site_id, prepared(objs), resolver,
                 pulumi.ResourceOptions(providers={"kubernetes": provider}, depends_on=[platform] if platform else []),
                 retain_data=retain)
        outputs["sites"] = sorted(sites)
        outputs["siteObjects"] = sum(len(v) for v in sites.values())
    return outputs


def run(repo_root: Path) -> None:
    sdk_runtime.apply()  # linear wait for the program's Outputs, no per-resource debug RPCs (see the module)
    cfg = pulumi.Config("sitegroup")
    env_name = cfg.require("environment")
    env = load_environment(path=repo_root / "inventories" / env_name)
    for key, value in build(env, cfg).items():
        pulumi.export(key, value)
