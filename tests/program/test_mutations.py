"""Break one invariant at a time in the renderer or the program and show the checks catch it.

Each mutation runs the program under mocks for a small model-built environment; the same detectors
the main tests use (policy checks, parenting/provider checks, plan equality) must report it.
"""

from __future__ import annotations

import pulumi
import pytest

import sitegroup.k8s.site as site_mod
import sitegroup.program.components as components
import sitegroup.program.main as program_main
from sitegroup.k8s import netpol, object_key, render
from sitegroup.policy import checks
from tests.program import factory
from tests.program.conftest import LOG_CONFIG
from tests.program.harness import parenting_violations, provider_violations, run_program, unwrap

CONFIG = {"environment": "test", "layer": "all", "kubeContext": "test",
          "backupPruneUsername": "prune", "backupPrunePassword": "prune-secret",
              "secretSeed": "0123456789abcdef" * 4, **LOG_CONFIG}


@pytest.fixture
def small(monkeypatch):
    env = factory.environment(acme=True, sites=(
        factory.site("hz", "city-portal", level="city", domains=("www.hz.gov.cn", "杭州.政务")),
        factory.site("hz-slj", "department", level="department", parent="hz"),
    ))
    monkeypatch.setattr(program_main, "load_environment", lambda path: env)
    return env


def registered_objects(capture):
    return [unwrap(r.inputs) for r in capture.kubernetes()]


def violations(capture):
    return checks.check_objects(registered_objects(capture))


def rendered_violations(env):
    """Renderer mutations: the plan's objects are what the program registers (test_program proves it)."""
    return checks.check_objects(list(render(env).all_objects()))


def test_unmutated_small_environment_is_clean(small):
    capture = run_program(CONFIG)
    assert violations(capture) == []
    assert parenting_violations(capture) == [] and provider_violations(capture) == []


def test_token_automount_left_on_is_caught(small, monkeypatch):
    original = site_mod.service_account

    def leaky(site):
        sa = original(site)
        sa["automountServiceAccountToken"] = True
        return sa

    monkeypatch.setattr(site_mod, "service_account", leaky)
    found = violations(run_program(CONFIG))
    assert any(v.startswith("site-serviceaccount-no-token") for v in found)


def test_missing_default_deny_is_caught(small, monkeypatch):
    def allow_all(namespace):
        return netpol.policy("default-deny", namespace, {"podSelector": {}, "policyTypes": ["Ingress"],
                                                         "ingress": [{}]})

    monkeypatch.setattr(netpol, "default_deny", allow_all)
    found = rendered_violations(small)
    assert sum(v.startswith("site-namespace-baseline") for v in found) == len(render(small).sites)


def test_quota_that_allows_node_ports_is_caught(small, monkeypatch):
    original = site_mod.resource_quota

    def open_quota(site):
        q = original(site)
        del q["spec"]["hard"]["services.nodeports"]
        return q

    monkeypatch.setattr(site_mod, "resource_quota", open_quota)
    assert any("services.nodeports" in v for v in rendered_violations(small))


def test_node_port_service_is_caught(small, monkeypatch):
    original = site_mod.service

    def node_port(site):
        svc = original(site)
        svc["spec"]["type"] = "NodePort"
        return svc

    monkeypatch.setattr(site_mod, "service", node_port)
    assert any(v.startswith("site-service-clusterip-only") for v in rendered_violations(small))


def test_missing_pod_security_label_is_caught(small, monkeypatch):
    def baseline_only(env):
        return {"pod-security.kubernetes.io/enforce": "baseline"}

    monkeypatch.setattr(site_mod, "pss_labels", baseline_only)
    assert any(v.startswith("namespace-pod-security-restricted") for v in rendered_violations(small))


def test_writable_root_filesystem_is_caught(small, monkeypatch):
    original = site_mod.container_security_context

    def writable(uid):
        sc = original(uid)
        sc["readOnlyRootFilesystem"] = False
        return sc

    monkeypatch.setattr(site_mod, "container_security_context", writable)
    assert any("readOnlyRootFilesystem" in v for v in rendered_violations(small))


def test_unparented_objects_are_caught(small, monkeypatch):
    original = components.register_all

    def orphaning(objs, parent, resolver=None, depends_on=None, retain=False):
        return original(objs, None, resolver, depends_on, retain)  # forgets parent=self

    monkeypatch.setattr(components, "register_all", orphaning)
    capture = run_program(CONFIG)
    assert parenting_violations(capture)
    assert provider_violations(capture)  # the provider came through the parent: lost with it


def test_site_without_the_explicit_provider_is_caught(small, monkeypatch):
    class NoProviderSite(components.Site):
        def __init__(self, name, objects, resolver, opts=None, retain_data=True):
            super().__init__(name, objects, resolver, pulumi.ResourceOptions(depends_on=opts.depends_on),
                             retain_data)

    monkeypatch.setattr(program_main, "Site", NoProviderSite)
    assert provider_violations(run_program(CONFIG))


def test_program_drifting_from_the_plan_is_caught(small, monkeypatch):
    from sitegroup.program import resources

    original = resources.register

    def drifting(obj, opts, resolver=None, hpa_targets=frozenset(), retain=False):
        if obj["kind"] == "NetworkPolicy":
            obj = {**obj, "metadata": {**obj["metadata"], "labels": {"extra": "x"}}}
        return original(obj, opts, resolver, hpa_targets, retain)

    monkeypatch.setattr(resources, "register", drifting)
    monkeypatch.setattr(components, "register", drifting)
    capture = run_program(CONFIG)
    registered = {r.key: unwrap(r.inputs) for r in capture.kubernetes()}
    rendered = {object_key(o): o for o in render(small).all_objects()}
    drift = [k for k, o in rendered.items() if o["kind"] == "NetworkPolicy" and registered[k] != o]
    assert drift and len(drift) == sum(o["kind"] == "NetworkPolicy" for o in rendered.values())
