"""The one renderer: Environment -> plain Kubernetes manifest dicts.

``sitegroup plan`` writes these as YAML; the Pulumi program registers exactly these objects as
pulumi-kubernetes resources. Nothing else builds Kubernetes objects, so the plan is what ``up`` does
(apart from the upstream bundles in ``versions.BUNDLES``, which neither renders).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sitegroup.k8s.platform import platform_objects
from sitegroup.k8s.site import site_objects
from sitegroup.model import Environment, Site

LAYERS = ("crds", "platform", "sites")


class RenderError(ValueError):
    pass


@dataclass(frozen=True)
class Shard:
    """Which sites a ``sites`` stack owns: by prefecture, an include list or an exclude list."""

    by: str = "prefecture"
    include: tuple[str, ...] | None = None
    exclude: tuple[str, ...] = ()

    @classmethod
    def from_config(cls, raw: dict | None) -> Shard | None:
        if not raw:
            return None
        unknown = set(raw) - {"by", "include", "exclude"}
        if unknown:
            raise RenderError(f"sitegroup:shard: unknown keys {sorted(unknown)}")
        by = raw.get("by", "prefecture")
        if by != "prefecture":
            raise RenderError(f"sitegroup:shard: by {by!r} is not supported (only 'prefecture')")
        include = raw.get("include")
        if include is not None and raw.get("exclude"):
            raise RenderError("sitegroup:shard: give include or exclude, not both")
        return cls(by, tuple(include) if include is not None else None, tuple(raw.get("exclude") or ()))

    def selects(self, site: Site) -> bool:
        if self.include is not None:
            return site.prefecture in self.include
        return site.prefecture not in self.exclude


def serving_sites(env: Environment, shard: Shard | None = None) -> list[Site]:
    return [s for s in env.sites if s.serving and (shard is None or shard.selects(s))]


def object_key(obj: dict) -> tuple[str, str, str, str]:
    meta = obj["metadata"]
    return (obj["apiVersion"], obj["kind"], meta.get("namespace", ""), meta["name"])


@dataclass(frozen=True)
class Rendered:
    platform: tuple[dict, ...]
    sites: dict[str, tuple[dict, ...]]  # site id -> objects, in env.sites order

    def all_objects(self) -> Iterable[dict]:
        yield from self.platform
        for objs in self.sites.values():
            yield from objs


def render(env: Environment, *, layers: Iterable[str] = ("platform", "sites"),
           shard: Shard | None = None) -> Rendered:
    layers = tuple(layers)
    platform = tuple(platform_objects(env)) if "platform" in layers else ()
    sites = {s.id: tuple(site_objects(s, env)) for s in serving_sites(env, shard)} if "sites" in layers else {}
    rendered = Rendered(platform, sites)
    _check_unique(rendered)
    return rendered


def _check_unique(rendered: Rendered) -> None:
    seen: dict[tuple, str] = {}
    for owner, objs in (("platform", rendered.platform), *rendered.sites.items()):
        for obj in objs:
            key = object_key(obj)[1:]
            if key in seen:
                raise RenderError(f"{'/'.join(k for k in key if k)} is rendered twice ({seen[key]} and {owner})")
            seen[key] = owner
