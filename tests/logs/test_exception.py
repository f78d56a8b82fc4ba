"""The one exception to Pod Security "restricted" (ADR 0016-i16, sitegroup.policy.checks.HOST_LOG_EXCEPTION):
the log collector DaemonSet in namespace logging-collector, read-only hostPaths from the allow list, nothing more.

Each case goes through the site invariants twice: the functions the plan tests use (checks.check_objects) and the
CrossGuard policies as the engine calls them, under the Platform component's URN."""

from __future__ import annotations

import copy

import pytest
from pulumi_policy import PolicyCustomTimeouts, PolicyResourceOptions, ResourceValidationArgs

from sitegroup.contracts import LOG_COLLECTOR_HOST_PATHS
from sitegroup.inventory import load_environment
from sitegroup.k8s import logging as k8s_logging
from sitegroup.k8s import render
from sitegroup.policy import checks, pack

PLATFORM_URN = "urn:pulumi:dev-platform::sitegroup::pulumi:pulumi:Stack$sitegroup:index:Platform${type}::{name}"
CHART_URN = ("urn:pulumi:dev-platform::sitegroup::pulumi:pulumi:Stack$sitegroup:index:Platform"
             "$kubernetes:helm.sh/v4:Chart${type}::{name}")


@pytest.fixture(scope="module")
def dev():
    return load_environment("dev")


@pytest.fixture(scope="module")
def platform(dev):
    return render(dev, layers=("platform",)).platform


def pick(objs, kind, name, namespace=None):
    return copy.deepcopy(next(o for o in objs if o["kind"] == kind and o["metadata"]["name"] == name
                              and (namespace is None or o["metadata"].get("namespace") == namespace)))


def engine_violations(obj: dict, urn: str = PLATFORM_URN) -> list[str]:
    """Every resource policy of the CrossGuard pack, called as the engine calls it."""
    group_version = obj["apiVersion"] if "/" in obj["apiVersion"] else f"core/{obj['apiVersion']}"
    typ = f"kubernetes:{group_version}:{obj['kind']}"
    opts = PolicyResourceOptions(False, [], None, [], PolicyCustomTimeouts(0, 0, 0), [])
    args = ResourceValidationArgs(typ, obj, urn.format(type=typ, name=obj["metadata"]["name"]),
                                  obj["metadata"]["name"], opts, None)
    found: list[str] = []  # each message starts with its check's name (sitegroup/policy/pack.py)
    pack.RESOURCE_POLICY.validate(args, lambda message, urn=None: found.append(message))
    return found


def both(obj: dict) -> tuple[list[str], list[str]]:
    return checks.check_objects([obj]), engine_violations(obj)


def pod(obj: dict) -> dict:
    return checks.pod_spec(obj["kind"], obj)


def collector(platform) -> dict:
    return pick(platform, "DaemonSet", "log-collector", "logging-collector")


# --- must pass -----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("env_name", ["dev", "staging", "prod"])
def test_every_plan_with_the_pipeline_passes_every_invariant(env_name):
    objs = list(render(load_environment(env_name)).all_objects())
    assert any(o["kind"] == "DaemonSet" and o["metadata"]["name"] == "log-collector" for o in objs)
    assert checks.check_objects(objs) == []


def test_the_collector_and_its_namespace_pass_in_the_engine_too(platform):
    assert both(collector(platform)) == ([], [])
    assert both(pick(platform, "Namespace", "logging-collector")) == ([], [])
    for obj in platform:  # the rest of the pipeline is plain "restricted"
        if obj["metadata"].get("namespace") == "logging-system" or obj["metadata"]["name"] == "logging-system":
            assert both(obj) == ([], []), obj["metadata"]["name"]


def test_the_exception_is_exactly_what_the_collector_renders(platform):
    spec = pod(collector(platform))
    host = {v["hostPath"]["path"] for v in spec["volumes"] if "hostPath" in v}
    assert host == set(LOG_COLLECTOR_HOST_PATHS) == set(checks.HOST_LOG_EXCEPTION["read_only_host_paths"])
    mounts = {m["name"]: m for m in spec["containers"][0]["volumeMounts"]}
    assert all(mounts[v["name"]]["readOnly"] is True for v in spec["volumes"] if "hostPath" in v)
    assert checks.HOST_LOG_EXCEPTION["namespace"] == k8s_logging.COLLECTOR_NAMESPACE


# --- must fail -----------------------------------------------------------------------------------------------------
def test_the_same_host_path_in_a_site_namespace_is_refused(dev):
    web = pick(render(dev).sites[dev.sites[0].id], "Deployment", "web")
    spec = pod(web)
    spec["volumes"].append({"name": "containers", "hostPath": {"path": "/var/log/containers", "type": "Directory"}})
    spec["containers"][0]["volumeMounts"].append({"name": "containers", "mountPath": "/logs", "readOnly": True})
    offline = checks.check_objects([web])
    assert any("hostPath" in v for v in offline), offline


def test_the_collector_outside_its_namespace_is_refused(platform):
    moved = collector(platform)
    moved["metadata"]["namespace"] = "logging-system"
    offline, engine = both(moved)
    for found in (offline, engine):
        assert any("hostPath" in v for v in found) and any("uid 0" in v for v in found), found


@pytest.mark.parametrize(("what", "change", "expect"), [
    ("a writable hostPath", lambda s: s["containers"][0]["volumeMounts"][0].update(readOnly=False), "readOnly"),
    ("a hostPath off the list", lambda s: s["volumes"].append({"name": "kubelet", "hostPath": {
        "path": "/var/lib/kubelet", "type": "Directory"}}), "allow list"),
    ("the node's root", lambda s: s["volumes"][0]["hostPath"].update(path="/"), "allow list"),
    ("a hostPath the pod may create", lambda s: s["volumes"][0]["hostPath"].update(type="DirectoryOrCreate"),
     "type Directory"),
    ("a sub path of a host mount", lambda s: s["containers"][0]["volumeMounts"][0].update(subPath="x"), "whole"),
    ("a privileged container", lambda s: s["containers"][0]["securityContext"].update(privileged=True),
     "privileged"),
    ("privilege escalation", lambda s: s["containers"][0]["securityContext"].update(
        allowPrivilegeEscalation=True), "allowPrivilegeEscalation"),
    ("another capability", lambda s: s["containers"][0]["securityContext"]["capabilities"]["add"].append(
        "SYS_ADMIN"), "may add only"),
    ("a writable root filesystem", lambda s: s["containers"][0]["securityContext"].update(
        readOnlyRootFilesystem=False), "readOnlyRootFilesystem"),
    ("the host network", lambda s: s.update(hostNetwork=True), "hostNetwork"),
    ("the host PID namespace", lambda s: s.update(hostPID=True), "hostPID"),
    ("a host port", lambda s: s["containers"][0].update(ports=[{"containerPort": 514, "hostPort": 514}]),
     "hostPort"),
    ("an API token", lambda s: s.update(automountServiceAccountToken=True), "automountServiceAccountToken"),
    ("no seccomp profile", lambda s: (s.pop("securityContext"), s["containers"][0]["securityContext"].pop(
        "seccompProfile")), "seccompProfile"),
])
def test_anything_beyond_the_exception_is_refused(platform, what, change, expect):
    obj = collector(platform)
    change(pod(obj))
    offline, engine = both(obj)
    for found in (offline, engine):
        assert any(expect in v for v in found), (what, found)


@pytest.mark.parametrize("urn", [PLATFORM_URN, CHART_URN, ""])
def test_a_second_workload_in_the_exception_namespace_is_refused(platform, urn):
    # Even one that would pass "restricted", and even from a chart (whose workloads are otherwise not ours).
    gateway = pick(platform, "Deployment", "log-gateway")
    gateway["metadata"]["namespace"] = "logging-collector"
    assert checks.pod_security_restricted("Deployment", pick(platform, "Deployment", "log-gateway"), "") == []
    found = checks.pod_security_restricted("Deployment", gateway, urn.format(type="x", name="y") if urn else "")
    assert found and "only DaemonSet/log-collector" in found[0], found
    renamed = collector(platform)
    renamed["metadata"]["name"] = "log-collector-2"
    assert any("only DaemonSet/log-collector" in v for v in engine_violations(renamed))


def test_a_privileged_container_is_still_refused_everywhere_else(platform, dev):
    targets = [pick(platform, "StatefulSet", next(iter(dev.log_retention.stores())), "logging-system"),
               pick(platform, "Deployment", "log-gateway"), pick(platform, "CronJob", "log-digest"),
               pick(render(dev).sites[dev.sites[0].id], "Deployment", "web")]
    for obj in targets:
        pod(obj)["containers"][0]["securityContext"]["privileged"] = True
        assert any("must not be privileged" in v for v in checks.check_objects([obj])), obj["metadata"]["name"]


@pytest.mark.parametrize(("name", "labels", "expect"), [
    ("logging-system", {"enforce": "privileged"}, "must be 'restricted'"),
    ("site-x", {"enforce": "privileged"}, "must be 'restricted'"),
    ("logging-collector", {"audit": "privileged"}, "audit must be 'restricted'"),
    ("logging-collector", {"enforce-version": "latest"}, "pin a version"),
])
def test_namespace_levels_outside_the_exception_are_refused(platform, name, labels, expect):
    ns = pick(platform, "Namespace", "logging-collector" if name == "logging-collector" else "logging-system")
    ns["metadata"]["name"] = name
    ns["metadata"]["labels"].update({f"pod-security.kubernetes.io/{k}": v for k, v in labels.items()})
    offline, engine = both(ns)
    for found in (offline, engine):
        assert any(expect in v for v in found), found
