"""The log pipeline as the platform layer renders it: retention from the model, secrets as markers only, the fences,
the image pins, and the gateway's config step (the same code the pod runs)."""

from __future__ import annotations

import json
import shutil
import subprocess
from dataclasses import replace

import pytest
import yaml

from sitegroup import contracts
from sitegroup.backup.repositories import repository_endpoint
from sitegroup.cli import main
from sitegroup.engines import build
from sitegroup.inventory import check_environment, load_environment
from sitegroup.k8s import logging as k8s_logging
from sitegroup.k8s import render, secrets
from sitegroup.logs import tokens
from sitegroup.model import LogRetention
from tests.conftest import REPO


@pytest.fixture(scope="module")
def dev():
    return load_environment("dev")


def by_key(objs):
    return {(o["kind"], o["metadata"].get("namespace", ""), o["metadata"]["name"]): o for o in objs}


@pytest.mark.parametrize("env_name", ["dev", "staging", "prod"])
def test_every_environment_gets_the_pipeline_with_its_own_retention(env_name):
    env = load_environment(env_name)
    platform = by_key(render(env, layers=("platform",)).platform)
    stores = env.log_retention.stores()
    assert stores == {f"logs-{d}d": v for d, v in ((v[0], v) for v in stores.values())}
    for store, (days, kinds) in stores.items():
        sts = platform[("StatefulSet", "logging-system", store)]
        c = sts["spec"]["template"]["spec"]["containers"][0]
        assert f"-retentionPeriod={days}d" in c["args"] and "-envflag.enable" in c["args"]
        assert sts["metadata"]["annotations"]["sitegroup.gov.cn/log-kinds"] == ",".join(kinds)
        assert {e["name"] for e in c["env"]} == set(k8s_logging.SECRET_ENV)
    assert [s for (k, ns, s) in platform if k == "StatefulSet" and ns == "logging-system"] == list(stores)
    assert ("DaemonSet", "logging-collector", "log-collector") in platform
    assert ("Deployment", "logging-system", "log-gateway") in platform
    plan = json.loads(platform[("ConfigMap", "logging-system", "log-gateway-plan")]["data"]["plan.json"])
    assert plan["sites"] == sorted(s.id for s in env.sites) and list(plan["stores"]) == list(stores)


def test_prod_keeps_app_logs_a_year_and_the_model_carries_it():
    # policies/logging/retention.yaml: environments.prod.app 365, so prod has a single store.
    assert load_environment("prod").log_retention.days["app"] == 365
    assert load_environment("dev").log_retention.days["app"] == 180


def test_a_broken_retention_policy_fails_the_inventory_naming_file_and_field(tmp_path):
    inv = tmp_path / "inv"
    shutil.copytree(REPO / "inventories" / "dev", inv)
    shutil.copytree(REPO / "site_templates", inv / "site_templates")
    shutil.copytree(REPO / "policies", inv / "policies")
    policy = inv / "policies" / "logging" / "retention.yaml"
    policy.write_text(policy.read_text().replace("app: 180", "app: 90"))
    env, issues = check_environment(path=inv)
    assert env is None
    assert any("retention.yaml" in str(i) and "kinds.app" in str(i) for i in issues), issues


def test_without_a_policy_file_the_model_has_the_legal_floors():
    assert LogRetention().days == {"access": 365, "waf": 365, "audit": 365, "app": 180}


def test_no_secret_value_is_rendered_only_markers(dev):
    objs = k8s_logging.logging_objects(dev)
    config_keys = set()
    for o in objs:
        if o["kind"] != "Secret":
            continue
        for k, v in o["stringData"].items():
            if v == tokens.STORE_USER:  # a name
                continue
            assert secrets.is_marker(v), (o["metadata"]["name"], k)
            config_keys.add(secrets.parse_config(v))
    assert config_keys == set(k8s_logging.CONFIG_KEYS)
    conf = by_key(objs)[("ConfigMap", "logging-collector", "log-collector-config")]["data"]["rsyslog.conf"]
    assert 'pwd=`cat /etc/sitegroup/log-collector-secret/password`' in conf and "pwd=\"" not in conf
    assert 'set $!node = getenv("NODE_NAME");' in conf
    assert "http://logs-365d.logging-system.svc:9428/insert/elasticsearch/_bulk" in conf


def test_a_changed_site_list_rolls_the_gateway_and_the_collector(dev):
    before = by_key(k8s_logging.logging_objects(dev))
    after = by_key(k8s_logging.logging_objects(replace(dev, sites=dev.sites[1:])))
    for key in (("Deployment", "logging-system", "log-gateway"), ("DaemonSet", "logging-collector", "log-collector")):
        a = before[key]["spec"]["template"]["metadata"]["annotations"][k8s_logging.CHECKSUM]
        b = after[key]["spec"]["template"]["metadata"]["annotations"][k8s_logging.CHECKSUM]
        assert a != b, key


def test_only_the_collectors_and_the_gateway_reach_the_stores(dev):
    objs = by_key(k8s_logging.logging_objects(dev))
    for ns in ("logging-system", "logging-collector"):
        deny = objs[("NetworkPolicy", ns, "default-deny")]["spec"]
        assert deny["podSelector"] == {} and set(deny["policyTypes"]) == {"Ingress", "Egress"}
    for store in dev.log_retention.stores():
        rule = objs[("NetworkPolicy", "logging-system", f"{store}-ingress")]["spec"]["ingress"]
        assert len(rule) == 1
        peers = {(p["namespaceSelector"]["matchLabels"]["kubernetes.io/metadata.name"],
                  p["podSelector"]["matchLabels"]["app.kubernetes.io/name"]) for p in rule[0]["from"]}
        assert peers == {("logging-collector", "log-collector"), ("logging-system", "log-gateway")}
    # No other policy in the two namespaces admits anything to a store's pods.
    store_names = set(dev.log_retention.stores())
    for (kind, ns, name), o in objs.items():
        if kind == "NetworkPolicy" and o["spec"].get("ingress") and not name.endswith("-ingress"):
            raise AssertionError(f"unexpected ingress policy {ns}/{name}")
        if kind == "NetworkPolicy" and name.endswith("-ingress") and name.removesuffix("-ingress") not in store_names:
            assert name == "log-gateway-ingress"
            peers = o["spec"]["ingress"][0]["from"]
            assert [p["podSelector"]["matchLabels"]["app.kubernetes.io/name"] for p in peers] == ["log-digest"]


def test_image_pins_are_what_the_tests_run():
    assert contracts.LOG_STORE_IMAGE.endswith(f":{build.VICTORIALOGS_VERSION}")
    assert contracts.LOG_GATEWAY_IMAGE.endswith(f":{build.VMAUTH_VERSION}")
    installed = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "rsyslog"], capture_output=True,
                               text=True).stdout.strip()
    if installed:  # ./run test installs it
        tag = installed.replace("+", "-") + "-bookworm"
        assert contracts.LOG_COLLECTOR_IMAGE.endswith(f":{tag}"), (contracts.LOG_COLLECTOR_IMAGE, installed)


def test_the_gateway_config_step_derives_every_readers_token(dev, tmp_path, capsys):
    objs = by_key(k8s_logging.logging_objects(dev))
    plan = tmp_path / "plan.json"
    plan.write_text(objs[("ConfigMap", "logging-system", "log-gateway-plan")]["data"]["plan.json"])
    secret_dir = tmp_path / "secrets"
    secret_dir.mkdir()
    seed = "0123456789abcdef" * 4
    (secret_dir / "store-password").write_text("store-pw\n")
    (secret_dir / "token-seed").write_text(seed + "\n")
    out = tmp_path / "auth.yml"
    assert main(["logs-gateway-config", "--plan", str(plan), "--secrets", str(secret_dir), "--out", str(out)]) == 0
    assert out.stat().st_mode & 0o077 == 0
    users = yaml.safe_load(out.read_text())["users"]
    assert len(users) == 2 + len(dev.sites)  # a responder, the digest job, each site's owners
    (seed_file := tmp_path / "seed").write_text(seed)
    site = dev.sites[0].id
    assert main(["logs-token", "--seed-file", str(seed_file), "--site", site]) == 0
    owner_token = capsys.readouterr().out.strip()
    (owner,) = [u for u in users if u["bearer_token"] == owner_token]
    assert all(f'site="{site}"' in r["url_prefix"].replace("%22", '"').replace("%3D", "=") for r in owner["url_map"])
    assert main(["logs-token", "--seed-file", str(seed_file), "--responder"]) == 0
    responder = capsys.readouterr().out.strip()
    (resp,) = [u for u in users if u["bearer_token"] == responder]
    assert all("extra_stream_filters" not in r["url_prefix"] for r in resp["url_map"])
    assert len({u["bearer_token"] for u in users}) == len(users)
    assert "store-pw" not in json.dumps(list(objs.values()))


def test_sitegroup_up_generates_the_log_secrets_once():
    from sitegroup.commands import up

    class Stack:
        def __init__(self):
            self.config = {"sitegroup:logTokenSeed": "kept"}

        def get_all_config(self):
            return dict(self.config)

        def set_config(self, key, value):
            assert value.secret
            self.config[key] = value.value

    class Auto:
        class ConfigValue:
            def __init__(self, value, secret):
                self.value, self.secret = value, secret

    class St:
        layer, name = "platform", "dev-platform"

    stack = Stack()
    up.ensure_platform_secrets(stack, St(), Auto)
    for key in k8s_logging.CONFIG_KEYS:
        assert stack.config[f"sitegroup:{key}"], key
    assert stack.config["sitegroup:logTokenSeed"] == "kept"
    assert "BEGIN PRIVATE KEY" in stack.config["sitegroup:logEvidenceKey"]
    assert len(stack.config["sitegroup:logStorePassword"]) >= 40


def test_the_daily_job_digests_then_exports_the_same_day_to_the_backup_target(dev):
    objs = by_key(k8s_logging.logging_objects(dev))
    spec = objs[("CronJob", "logging-system", "log-digest")]["spec"]["jobTemplate"]["spec"]["template"]["spec"]
    (digest_step,), (export_step,) = spec["initContainers"], spec["containers"]
    assert digest_step["args"][0] == "logs-digest" and export_step["args"][0] == "logs-export"
    repo = export_step["args"][export_step["args"].index("--repo") + 1]
    assert repo == dev.platform.backup_repository.rstrip("/") + "/_logs"
    assert not any(repo.endswith(f"/{s.id}") for s in dev.sites)  # "_logs" is no DNS label: never a site's
    env = {e["name"]: e for e in export_step["env"]}
    assert env["RESTIC_REST_USERNAME"]["value"] == "_logs"
    assert "secretKeyRef" in env["RESTIC_REST_PASSWORD"]["valueFrom"]
    scratch = next(v for v in spec["volumes"] if v["name"] == "export")
    assert "ephemeral" in scratch  # a claim made and deleted with the pod, not node disk
    egress = objs[("NetworkPolicy", "logging-system", "log-digest-backup-egress")]["spec"]["egress"]
    _host, port = repository_endpoint(dev.platform.backup_repository)
    assert [r["ports"] for r in egress] == [[{"protocol": "TCP", "port": port}]]


@pytest.mark.parametrize("env_name", ["dev", "prod"])
def test_the_daily_job_carries_its_retention_and_needs_no_policy_file(env_name, monkeypatch):
    """The job image holds the package, not the repository's policies/: the stores come from the arguments."""
    import argparse

    from sitegroup.commands import logs as logs_command

    env = load_environment(env_name)
    spec = by_key(k8s_logging.logging_objects(env))[("CronJob", "logging-system", "log-digest")]
    pod = spec["spec"]["jobTemplate"]["spec"]["template"]["spec"]
    for step in (*pod["initContainers"], *pod["containers"]):
        args = step["args"]
        days = logs_command._retention_arg(args[args.index("--retention") + 1])
        assert LogRetention(env_name, days).stores() == env.log_retention.stores(), step["name"]

    def no_file(*_a, **_k):
        raise AssertionError("the policy file was read")

    monkeypatch.setattr(logs_command, "load_policy", no_file)
    seed = "ab" * 32
    ns = argparse.Namespace(env=env_name, gateway="http://127.0.0.1:9", token_file=None, token_seed_file=None,
                            retention=days)
    monkeypatch.setenv("SITEGROUP_LOGS_TOKEN", seed)
    assert logs_command._client(ns) is not None
    for bad in ("access=365", "access=365,waf=365,audit=365,app=x", "access=365,waf=365,audit=365,app=180,x=1"):
        with pytest.raises(argparse.ArgumentTypeError):
            logs_command._retention_arg(bad)
