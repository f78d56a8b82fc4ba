"""The stacks of an environment, read from stacks/Pulumi.<stack>.yaml (no Pulumi import: plan uses it too)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from sitegroup.k8s import Shard

LAYER_ORDER = {"crds": 0, "platform": 1, "sites": 2, "all": 3}


@dataclass(frozen=True)
class StackConfig:
    name: str
    environment: str
    layer: str
    shard: Shard | None
    config: dict

    @property
    def order(self) -> tuple[int, str]:
        return (LAYER_ORDER[self.layer], self.name)


def read_stacks(stacks_dir: Path) -> list[StackConfig]:
    found = []
    for path in sorted(stacks_dir.glob("Pulumi.*.yaml")):
        config = (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("config") or {}
        found.append(StackConfig(
            name=path.name.removeprefix("Pulumi.").removesuffix(".yaml"),
            environment=config.get("sitegroup:environment", ""),
            layer=config.get("sitegroup:layer", "all"),
            shard=Shard.from_config(config.get("sitegroup:shard")),
            config=config,
        ))
    return found


def environment_stacks(stacks_dir: Path, env_name: str) -> list[StackConfig]:
    """An environment's stacks in bring-up order: crds, platform, then the sites shards."""
    return sorted((s for s in read_stacks(stacks_dir) if s.environment == env_name), key=lambda s: s.order)
