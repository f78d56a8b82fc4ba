"""The Pulumi project file and the stack configs: layers, explicit providers, shards that partition."""

from __future__ import annotations

import yaml

from sitegroup.inventory import load_environment
from sitegroup.program.stackconfig import environment_stacks, read_stacks


def test_project_file(repo):
    project = yaml.safe_load((repo / "Pulumi.yaml").read_text())
    assert project["name"] == "sitegroup"
    assert project["runtime"]["name"] == "python"
    assert project["main"] == "stacks/" and project["stackConfigDir"] == "stacks/"
    assert (repo / "stacks" / "__main__.py").is_file()


def test_every_stack_disables_the_default_kubernetes_provider(repo):
    stacks = read_stacks(repo / "stacks")
    assert stacks
    for st in stacks:
        assert st.config["pulumi:disable-default-providers"] == ["kubernetes"], st.name
        assert st.config["sitegroup:kubeContext"] == f"sitegroup-{st.environment}", st.name
        assert st.layer in ("crds", "platform", "sites"), st.name
        if st.layer == "sites":
            assert st.config["sitegroup:platformStack"].endswith(f"/{st.environment}-platform")


def test_each_environment_has_the_three_layers_in_order(repo):
    for env in ("dev", "staging", "prod"):
        layers = [s.layer for s in environment_stacks(repo / "stacks", env)]
        assert layers[:2] == ["crds", "platform"] and set(layers[2:]) == {"sites"}, env


def test_site_shards_partition_each_environment(repo):
    for env_name in ("dev", "staging", "prod"):
        env = load_environment(env_name)
        shards = [s for s in environment_stacks(repo / "stacks", env_name) if s.layer == "sites"]
        for site in (s for s in env.sites if s.serving):
            owners = [st.name for st in shards if st.shard is None or st.shard.selects(site)]
            assert len(owners) == 1, f"{env_name}/{site.id} ({site.prefecture}) is in {owners}"
    assert len([s for s in environment_stacks(repo / "stacks", "prod") if s.layer == "sites"]) > 1  # 1+N
