"""The Pulumi program under mocks (no engine, no cluster): what it registers, with which provider and
parent, and that it is exactly what `sitegroup plan` renders."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from sitegroup.k8s import object_key, render, secrets, versions
from sitegroup.policy import checks
from sitegroup.program.passwords import derive
from sitegroup.program.resources import PATCH_FORCE, annotate
from tests.program import factory
from tests.program.conftest import DEV_CONFIG, LOG_CONFIG
from tests.program.harness import is_secret, parenting_violations, provider_violations, run_program, unwrap

SEED = DEV_CONFIG["secretSeed"]


def expected(obj: dict, prune=("prune", "prune-secret")) -> dict:
    """The rendered object with its secret markers replaced by the mocks' values, as the program registers it
    (with the provider's patchForce annotation: the inventory wins server-side-apply conflicts)."""
    obj = annotate(obj, PATCH_FORCE)
    def sub(v):
        gen = secrets.parse_generated(v)
        if gen:
            kind, site = gen
            return derive(SEED, kind, site)
        key = secrets.parse_config(v)
        if key:
            return {"backupPruneUsername": prune[0], "backupPrunePassword": prune[1], **LOG_CONFIG}[key]
        if isinstance(v, dict):
            return {k: sub(x) for k, x in v.items()}
        if isinstance(v, list):
            return [sub(x) for x in v]
        return v
    return sub(obj)


def test_registered_objects_equal_the_plan(dev_program, dev_rendered):
    registered = {r.key: unwrap(r.inputs) for r in dev_program.kubernetes()}
    rendered = {object_key(o): expected(o) for o in dev_rendered.all_objects()}
    assert sorted(registered) == sorted(rendered)  # same kinds, names, namespaces
    for key, obj in rendered.items():
        assert registered[key] == obj, key  # same spec, labels, data: one code path


def test_prod_registered_objects_equal_the_plan():
    """prod adds what dev lacks: an ACME issuer (solver policies) and off-site backup credentials."""
    from sitegroup.inventory import load_environment

    env = load_environment("prod")
    assert env.platform.acme_server and env.platform.offsite_repository
    capture = run_program({**DEV_CONFIG, "environment": "prod", "kubeContext": "sitegroup-prod"})
    registered = {r.key: unwrap(r.inputs) for r in capture.kubernetes()}
    rendered = {object_key(o): expected(o) for o in render(env).all_objects()}
    assert registered == rendered
    assert any("offsite-rest-password" in o.get("stringData", {}) for o in rendered.values())
    assert provider_violations(capture) == [] and parenting_violations(capture) == []


def test_every_kubernetes_resource_uses_the_explicit_provider(dev_program):
    assert len(dev_program.of_type("pulumi:providers:kubernetes")) == 1
    assert provider_violations(dev_program) == []


def test_every_object_is_parented_to_its_component(dev_program):
    assert parenting_violations(dev_program) == []


def test_one_site_component_per_serving_site_with_its_object_count(dev_program, dev_rendered):
    components = sorted(r.name for r in dev_program.of_type("sitegroup:index:Site"))
    assert components == sorted(dev_rendered.sites)
    per_site = Counter(r.parent_name for r in dev_program.kubernetes() if r.parent_type == "sitegroup:index:Site")
    assert per_site == {site: len(objs) for site, objs in dev_rendered.sites.items()}


def test_generated_passwords_are_pulumi_secrets_distinct_per_site_and_kind(dev_program, dev_env):
    assert not dev_program.of_type("random:")  # no provider plugin: derived from the seed (ADR 0009)
    passwords = {}
    for r in dev_program.kubernetes():
        if r.inputs["kind"] == "Secret":
            assert is_secret(r.inputs["stringData"]), r.name
            for key, value in unwrap(r.inputs)["stringData"].items():
                if "password" in key.lower() and len(value) == 40:
                    passwords.setdefault(value, set()).add((r.key[2], r.key[3], key))
    backup = {derive(SEED, "backup-password", s.id) for s in dev_env.sites}
    assert backup & set(passwords)
    # One value never serves two sites (a leaked site password opens nothing else).
    for value, uses in passwords.items():
        assert len({ns for ns, *_ in uses if ns.startswith("site-")}) <= 1, (value, uses)


def test_a_site_generation_rotates_only_that_sites_passwords():
    first, second = derive(SEED, "backup-password", "hz"), derive(SEED, "backup-password", "hz", 1)
    assert first != second and derive(SEED, "backup-password", "xc") != first
    assert derive(SEED, "backup-password", "hz") == first  # stable across runs
    with pytest.raises(ValueError, match="too short"):
        derive("short", "backup-password", "hz")


def test_registered_resources_satisfy_the_site_invariants(dev_program):
    objs = [unwrap(r.inputs) for r in dev_program.kubernetes()]
    assert checks.check_objects(objs) == []
    for r in dev_program.kubernetes():
        if r.inputs["kind"] == "Service":
            assert r.inputs["spec"]["type"] == "ClusterIP"
        if r.inputs["kind"] == "ServiceAccount":
            assert r.inputs["automountServiceAccountToken"] is False


def test_autoscaled_deployments_leave_replicas_to_the_hpa(dev_program, dev_rendered):
    scaled = {(o["metadata"]["namespace"], o["spec"]["scaleTargetRef"]["name"])
              for o in dev_rendered.all_objects() if o["kind"] == "HorizontalPodAutoscaler"}
    deployments = [r for r in dev_program.kubernetes() if r.inputs["kind"] == "Deployment"]
    assert scaled and len(deployments) > len(scaled)
    for r in deployments:
        key = (r.inputs["metadata"]["namespace"], r.inputs["metadata"]["name"])
        assert r.ignore_changes == (("spec.replicas",) if key in scaled else ()), key


def test_crds_layer_registers_only_the_pinned_bundles(dev_program):
    files = dev_program.of_type("kubernetes:yaml/v2:ConfigFile")
    charts = dev_program.of_type("kubernetes:helm.sh/v4:Chart")
    assert sorted(r.name for r in files + charts) == sorted(b.name for b in versions.BUNDLES)
    # Components are opaque under mocks (their contents are fetched only by `pulumi up`).
    assert {r.parent_type for r in files} == {"sitegroup:index:Crds"}


def test_sites_layer_takes_generated_secrets_from_the_platform_stack(monkeypatch):
    import sitegroup.program.main as program_main

    env = factory.environment()
    monkeypatch.setattr(program_main, "load_environment", lambda path: env)
    db_kinds = ("database-password", "database-superuser-password")
    creds = {s.id: {k: f"remote-{s.id}-{k}" for k in ("backup-password", "rest-password", *db_kinds)
                    if k not in db_kinds or s.database is not None} for s in env.sites}
    capture = run_program({**DEV_CONFIG, "layer": "sites", "platformStack": "organization/sitegroup/dev-platform"},
                          stack_outputs={"backupCredentials": creds})
    assert not capture.of_type("sitegroup:index:BackupCredentials")  # generated once, in the platform stack
    assert capture.stack_references == ["organization/sitegroup/dev-platform"]
    secret = next(r for r in capture.kubernetes() if r.key == ("v1", "Secret", "site-hz", "backup-repository"))
    assert is_secret(secret.inputs["stringData"])
    assert unwrap(secret.inputs)["stringData"]["password"] == "remote-hz-backup-password"
    database = next(r for r in capture.kubernetes() if r.key == ("v1", "Secret", "site-hz", "database"))
    assert is_secret(database.inputs["stringData"])
    assert unwrap(database.inputs)["stringData"]["password"] == "remote-hz-database-password"
    superuser = next(r for r in capture.kubernetes() if r.key == ("v1", "Secret", "site-hz", "database-superuser"))
    assert is_secret(superuser.inputs["stringData"])
    assert unwrap(superuser.inputs)["stringData"]["password"] == "remote-hz-database-superuser-password"
    assert not capture.of_type("sitegroup:index:Platform")
    assert parenting_violations(capture) == [] and provider_violations(capture) == []


def _prod_creds(env):
    kinds = ("backup-password", "rest-password", "offsite-rest-password")
    db_kinds = ("database-password", "database-superuser-password")
    return {s.id: {k: f"remote-{s.id}-{k}" for k in (*kinds, *(db_kinds if s.database else ()))}
            for s in env.sites}


def test_shard_stack_registers_only_its_prefecture():
    from sitegroup.inventory import load_environment

    env = load_environment("prod")
    capture = run_program({"environment": "prod", "layer": "sites", "kubeContext": "sitegroup-prod",
                           "platformStack": "organization/sitegroup/prod-platform",
                           "shard": {"by": "prefecture", "include": ["linhe"]}},
                          stack_outputs={"backupCredentials": _prod_creds(env)})
    want = [s.id for s in env.sites if s.serving and s.prefecture == "linhe"]
    assert want and sorted(r.name for r in capture.of_type("sitegroup:index:Site")) == sorted(want)
    assert {r.key for r in capture.kubernetes()} == {
        object_key(o) for objs in render(env).sites.values() for o in objs if o["metadata"].get("namespace", o[
            "metadata"]["name"]).removeprefix("site-") in want or o["metadata"]["name"].removeprefix("route-site-")
        in want}


def test_unknown_layer_is_refused():
    with pytest.raises(Exception, match="sitegroup:layer"):
        run_program({**DEV_CONFIG, "layer": "everything"})


def test_a_plain_up_never_deletes_a_sites_namespace_or_volumes(dev_program):
    """Data-safety rule: closing a site (it leaves the sites stack) releases its namespace and PVCs, never deletes."""
    retained = {(r.inputs["kind"], r.parent_type) for r in dev_program.kubernetes() if r.retain_on_delete}
    assert retained == {("Namespace", "sitegroup:index:Site"), ("PersistentVolumeClaim", "sitegroup:index:Site")}
    for r in dev_program.kubernetes():
        if r.parent_type == "sitegroup:index:Site" and r.inputs["kind"] in ("Namespace", "PersistentVolumeClaim"):
            assert r.retain_on_delete, r.key


def test_a_throwaway_environment_can_release_the_rule():
    capture = run_program({**DEV_CONFIG, "retainData": "false"})
    assert not [r.key for r in capture.kubernetes() if r.retain_on_delete]


def test_the_provider_is_explicit_server_side_and_not_throttled_to_the_default_rate(dev_program):
    providers = dev_program.of_type("pulumi:providers:kubernetes")
    assert [r.name for r in providers] == ["cluster"]
    inputs = unwrap(providers[0].inputs)
    assert inputs["enableServerSideApply"] in (True, "true")
    settings = inputs["kubeClientSettings"]
    settings = json.loads(settings) if isinstance(settings, str) else settings
    assert settings["qps"] == 250 and settings["burst"] == 500
