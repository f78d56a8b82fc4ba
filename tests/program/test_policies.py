"""The CrossGuard policies, called directly (building the PolicyPack would start a server and block).

Every policy has a case that must pass (a rendered object) and one that must fail (the same object
broken in the way the policy guards against).
"""

from __future__ import annotations

import copy

import pytest
from pulumi_policy import (
    PolicyCustomTimeouts,
    PolicyResource,
    PolicyResourceOptions,
    ResourceValidationArgs,
    StackValidationArgs,
)

from sitegroup.k8s import render
from sitegroup.policy import checks, pack
from tests.program import factory

SITE_URN = "urn:pulumi:dev::sitegroup::pulumi:pulumi:Stack$sitegroup:index:Site${type}::{name}"


def _opts() -> PolicyResourceOptions:
    return PolicyResourceOptions(False, [], None, [], PolicyCustomTimeouts(0, 0, 0), [])


def pulumi_type(obj: dict) -> str:
    group_version = obj["apiVersion"] if "/" in obj["apiVersion"] else f"core/{obj['apiVersion']}"
    return f"kubernetes:{group_version}:{obj['kind']}"


def _of_check(name: str, messages: list[str]) -> list[str]:
    """The violations one check reported; every message must name its check."""
    assert all(m.split(": ", 1)[0] in {**checks.RESOURCE_CHECKS, **checks.STACK_CHECKS} for m in messages), messages
    return [m.split(": ", 1)[1] for m in messages if m.startswith(f"{name}: ")]


def run_resource_policy(name: str, obj: dict, urn: str | None = None) -> list[str]:
    assert name in checks.RESOURCE_CHECKS, name
    typ = pulumi_type(obj)
    urn = urn or SITE_URN.format(type=typ, name=obj["metadata"]["name"])
    found: list[str] = []
    pack.RESOURCE_POLICY.validate(ResourceValidationArgs(typ, obj, urn, obj["metadata"]["name"], _opts(), None),
                                  lambda message, urn=None: found.append(message))
    return _of_check(name, found)


def run_stack_policy(name: str, objs: list[dict]) -> list[str]:
    assert name in checks.STACK_CHECKS, name
    resources = [PolicyResource(pulumi_type(o), o, SITE_URN.format(type=pulumi_type(o), name=o["metadata"]["name"]),
                                o["metadata"]["name"], _opts(), None, None, [], {}) for o in objs]
    found: list[str] = []
    pack.STACK_POLICY.validate(StackValidationArgs(resources), lambda message, urn=None: found.append(message))
    return _of_check(name, found)


@pytest.fixture(scope="module")
def site_objs():
    return list(render(factory.environment()).sites["hz"])


def pick(objs, kind, name=None):
    return copy.deepcopy(next(o for o in objs if o["kind"] == kind and (name is None or o["metadata"]["name"] == name)))


def _set(obj, path, value):
    target = obj
    for step in path[:-1]:
        target = target[step]
    if value is DELETE:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return obj


DELETE = object()
CONTAINER = ("spec", "template", "spec", "containers", 0)

# policy name -> (kind, object name, path to break, broken value)
RESOURCE_CASES = {
    "namespace-pod-security-restricted": ("Namespace", None,
                                          ("metadata", "labels", "pod-security.kubernetes.io/enforce"), "baseline"),
    "site-service-clusterip-only": ("Service", None, ("spec", "type"), "LoadBalancer"),
    "site-quota-blocks-exposure": ("ResourceQuota", None, ("spec", "hard", "services.loadbalancers"), DELETE),
    "site-serviceaccount-no-token": ("ServiceAccount", "web", ("automountServiceAccountToken",), DELETE),
    "site-pod-security-restricted": ("Deployment", "web", (*CONTAINER, "securityContext", "capabilities"),
                                     {"add": ["NET_ADMIN"]}),
    "site-resources-set": ("Deployment", "web", (*CONTAINER, "resources", "limits"), DELETE),
    "site-nothing-cluster-wide": ("RoleBinding", None, ("roleRef", "kind"), "ClusterRole"),
}


def test_every_resource_check_has_cases():
    assert sorted(RESOURCE_CASES) == sorted(checks.RESOURCE_CHECKS)


@pytest.mark.parametrize("name", sorted(RESOURCE_CASES))
def test_resource_policy_passes_rendered_and_fails_broken(name, site_objs):
    kind, obj_name, path, value = RESOURCE_CASES[name]
    good = pick(site_objs, kind, obj_name)
    assert run_resource_policy(name, good) == []
    bad = _set(copy.deepcopy(good), path, value)
    assert run_resource_policy(name, bad), f"{name} let a broken {kind} through"


def test_cluster_role_binding_under_a_site_component_fails():
    crb = {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "ClusterRoleBinding",
           "metadata": {"name": "owners-admin"}, "roleRef": {"apiGroup": "rbac.authorization.k8s.io",
                                                            "kind": "ClusterRole", "name": "admin"},
           "subjects": [{"kind": "Group", "name": "sg:x", "apiGroup": "rbac.authorization.k8s.io"}]}
    assert run_resource_policy("site-nothing-cluster-wide", crb)
    platform_urn = "urn:pulumi:dev::sitegroup::pulumi:pulumi:Stack$kubernetes:helm.sh/v4:Chart$x::owners-admin"
    assert run_resource_policy("site-nothing-cluster-wide", crb, urn=platform_urn) == []


def test_pod_rules_cover_the_backup_cron_jobs(site_objs):
    cron = pick(site_objs, "CronJob", "backup")
    assert run_resource_policy("site-pod-security-restricted", cron) == []
    spec = cron["spec"]["jobTemplate"]["spec"]["template"]["spec"]
    spec["hostNetwork"] = True
    spec["volumes"].append({"name": "host", "hostPath": {"path": "/"}})
    found = run_resource_policy("site-pod-security-restricted", cron)
    assert any("hostNetwork" in f for f in found) and any("hostPath" in f for f in found)


def test_chart_workloads_are_out_of_scope():
    # The controllers' charts (cert-manager, Envoy Gateway) are not ours to re-shape.
    pod = {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "x", "namespace": "cert-manager"},
           "spec": {"template": {"spec": {"containers": [{"name": "x"}]}}}}
    urn = "urn:pulumi:dev::sitegroup::pulumi:pulumi:Stack$sitegroup:index:Platform$kubernetes:helm.sh/v4:Chart" \
          "$kubernetes:apps/v1:Deployment::x"
    assert run_resource_policy("site-pod-security-restricted", pod, urn=urn) == []


def test_stack_policy_default_deny_quota_limits(site_objs):
    assert run_stack_policy("site-namespace-baseline", site_objs) == []
    for kind, name in (("NetworkPolicy", "default-deny"), ("ResourceQuota", None), ("LimitRange", None)):
        broken = [o for o in site_objs if not (o["kind"] == kind and (name is None or o["metadata"]["name"] == name))]
        found = run_stack_policy("site-namespace-baseline", broken)
        assert found and "site-hz" in found[0], kind


def test_stack_policy_rejects_a_default_deny_that_allows(site_objs):
    objs = copy.deepcopy(site_objs)
    deny = next(o for o in objs if o["kind"] == "NetworkPolicy" and o["metadata"]["name"] == "default-deny")
    deny["spec"]["ingress"] = [{}]
    assert run_stack_policy("site-namespace-baseline", objs)


def test_stack_policy_no_cluster_binding_for_owners(site_objs):
    assert run_stack_policy("site-owners-not-cluster-bound", site_objs) == []
    owner = pick(site_objs, "RoleBinding")["subjects"][0]["name"]
    crb = {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "ClusterRoleBinding", "metadata": {"name": "x"},
           "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": "view"},
           "subjects": [{"kind": "Group", "name": owner, "apiGroup": "rbac.authorization.k8s.io"}]}
    assert run_stack_policy("site-owners-not-cluster-bound", [*site_objs, crb])


def test_the_whole_dev_plan_passes_every_policy(dev_rendered):
    assert checks.check_objects(list(dev_rendered.all_objects())) == []


def test_pack_entry_point_builds_the_pack_from_these_policies(repo):
    text = (repo / "policies" / "crossguard" / "__main__.py").read_text()
    assert "from sitegroup.policy.pack import POLICIES" in text and "policies=POLICIES" in text
    # One resource and one stack policy run every check (each policy re-decodes the resources: see pack.py).
    assert [p.name for p in pack.POLICIES] == [pack.RESOURCE_POLICY_NAME, pack.STACK_POLICY_NAME]
    for name in (*checks.RESOURCE_CHECKS, *checks.STACK_CHECKS):
        assert name in pack.RESOURCE_POLICY.description + pack.STACK_POLICY.description


def test_a_broken_object_reports_only_the_checks_it_breaks(site_objs):
    bad = pick(site_objs, "Service")
    bad["spec"]["type"] = "NodePort"
    found: list[str] = []
    pack.RESOURCE_POLICY.validate(
        ResourceValidationArgs(pulumi_type(bad), bad, SITE_URN.format(type=pulumi_type(bad), name="x"), "x",
                               _opts(), None), lambda message, urn=None: found.append(message))
    assert found and all(m.startswith("site-service-clusterip-only: ") for m in found), found
