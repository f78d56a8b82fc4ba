"""The real control plane enforces what the program relies on: controllers, Pod Security, quota and RBAC.

No scheduler and no kubelet: Pods are admitted and stay Pending, which is all these tests need.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest

from sitegroup.engines.controlplane import ControlPlane, ControlPlaneError
from sitegroup.k8s.podsecurity import container_security_context, pod_security_context
from tests.realengine.conftest import engines_bin

pytestmark = pytest.mark.slow

T = TypeVar("T")
UID = 10101
IMAGE = "registry.invalid/sitegroup/web:1"  # never pulled: nothing runs containers here


def eventually(what: str, probe: Callable[[], T], timeout: float = 60.0) -> T:
    deadline = time.monotonic() + timeout
    while True:
        value = probe()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(0.2)


def get(cp: ControlPlane, *args: str) -> dict:
    return json.loads(cp.kubectl("get", *args, "-o", "json").stdout)


def create(cp: ControlPlane, obj: dict, *, check: bool = True, kubeconfig: Path | None = None):
    return cp.kubectl("create", "-f", "-", stdin=json.dumps(obj), check=check, kubeconfig=kubeconfig)


def namespace(cp: ControlPlane, name: str, labels: dict[str, str] | None = None) -> str:
    create(cp, {"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": name, "labels": labels or {}}})
    # The ServiceAccount admission plugin refuses Pods until the controller-manager has made `default` here.
    eventually(f"ServiceAccount {name}/default",
               lambda: cp.kubectl("get", "serviceaccount", "default", "-n", name, check=False).returncode == 0)
    return name


def restricted_pod_spec(**resources: dict[str, str]) -> dict:
    container = {"name": "web", "image": IMAGE, "securityContext": container_security_context(UID)}
    if resources:
        container["resources"] = resources
    return {"securityContext": pod_security_context(UID), "automountServiceAccountToken": False,
            "containers": [container]}


def pod(name: str, ns: str, spec: dict) -> dict:
    return {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": name, "namespace": ns}, "spec": spec}


RESTRICTED = {
    "pod-security.kubernetes.io/enforce": "restricted",
    "pod-security.kubernetes.io/enforce-version": "latest",
}


def test_deployment_in_restricted_namespace_gets_replicaset_and_pending_pod(control_plane: ControlPlane):
    cp = control_plane
    ns = namespace(cp, "pss-deploy", RESTRICTED)
    deployment = {
        "apiVersion": "apps/v1", "kind": "Deployment",
        "metadata": {"name": "web", "namespace": ns},
        "spec": {
            "replicas": 1,
            "selector": {"matchLabels": {"app": "web"}},
            "template": {"metadata": {"labels": {"app": "web"}}, "spec": restricted_pod_spec()},
        },
    }
    result = create(cp, deployment)
    # The API server warns at Deployment creation when the template would violate the namespace's level.
    assert "PodSecurity" not in result.stderr, result.stderr

    replicasets = eventually("a ReplicaSet of the Deployment", lambda: get(cp, "replicasets", "-n", ns)["items"])
    assert replicasets[0]["metadata"]["ownerReferences"][0]["name"] == "web"
    pods = eventually("a Pod of the ReplicaSet", lambda: get(cp, "pods", "-n", ns, "-l", "app=web")["items"])
    assert len(pods) == 1
    assert pods[0]["metadata"]["ownerReferences"][0]["name"] == replicasets[0]["metadata"]["name"]
    assert pods[0]["status"]["phase"] == "Pending"
    assert not pods[0]["spec"].get("nodeName")  # no scheduler


def test_job_pod_garbage_collection_and_namespace_deletion(control_plane: ControlPlane):
    cp = control_plane
    ns = namespace(cp, "lifecycle", RESTRICTED)
    job = {"apiVersion": "batch/v1", "kind": "Job", "metadata": {"name": "backup", "namespace": ns},
           "spec": {"template": {"spec": {**restricted_pod_spec(), "restartPolicy": "Never"}}}}
    create(cp, job)
    eventually("a Pod of the Job", lambda: get(cp, "pods", "-n", ns, "-l", "job-name=backup")["items"])
    # The garbage collector removes the Job's Pod once the Job is gone (background propagation: the GC's work).
    cp.kubectl("delete", "job", "backup", "-n", ns, "--cascade=background")
    eventually("the garbage collector deleting the Job's Pod", lambda: not get(cp, "pods", "-n", ns)["items"])
    # The namespace controller empties and finalizes a deleted namespace; without it, it stays Terminating. It
    # waits 5 s before it starts (its grace period for other API servers to see the deletion), so this takes ~5 s;
    # a Job's Pods (with their job-tracking finalizer) would add a second round, hence a bare Pod and a ConfigMap.
    create(cp, pod("web", ns, restricted_pod_spec()))
    create(cp, {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "site", "namespace": ns}})
    cp.kubectl("delete", "namespace", ns, "--wait=false")
    eventually(f"namespace {ns} finalized",
               lambda: cp.kubectl("get", "namespace", ns, check=False).returncode != 0)


@pytest.mark.parametrize(
    ("case", "container_context", "needle"),
    [
        ("privileged", {"privileged": True}, "privileged"),
        ("root-no-seccomp", {"runAsUser": 0}, "runAsUser=0"),
    ],
)
def test_pod_security_refuses_noncompliant_pod(control_plane: ControlPlane, case, container_context, needle):
    cp = control_plane
    ns = namespace(cp, f"pss-refuse-{case}", RESTRICTED)
    spec = {"containers": [{"name": "web", "image": IMAGE, "securityContext": container_context}]}
    result = create(cp, pod(case, ns, spec), check=False)
    assert result.returncode != 0
    assert "Forbidden" in result.stderr
    assert 'violates PodSecurity "restricted:latest"' in result.stderr
    assert needle in result.stderr
    assert cp.kubectl("get", "pod", case, "-n", ns, check=False).returncode != 0


def test_unlabelled_namespace_admits_privileged_pod(control_plane: ControlPlane):
    # The refusals above come from the namespace's Pod Security level, not from a cluster-wide switch: a namespace
    # without the label is as open here as in production, so a missing label cannot hide behind the test setup.
    cp = control_plane
    ns = namespace(cp, "pss-unlabelled")
    spec = {"containers": [{"name": "web", "image": IMAGE, "securityContext": {"privileged": True}}]}
    result = create(cp, pod("privileged", ns, spec))
    assert "PodSecurity" not in result.stderr
    assert get(cp, "pod", "privileged", "-n", ns)["status"]["phase"] == "Pending"


def test_resource_quota_status_computed_and_enforced(control_plane: ControlPlane):
    cp = control_plane
    ns = namespace(cp, "quota")
    hard = {"pods": "2", "requests.cpu": "100m", "requests.memory": "128Mi"}
    create(cp, {"apiVersion": "v1", "kind": "ResourceQuota", "metadata": {"name": "site", "namespace": ns},
                "spec": {"hard": hard}})
    # The controller-manager's quota controller fills the status; until then admission refuses every Pod.
    status = eventually("ResourceQuota status.hard",
                        lambda: get(cp, "resourcequota", "site", "-n", ns).get("status", {}).get("hard"))
    assert status == hard

    resources = {"requests": {"cpu": "60m", "memory": "32Mi"}, "limits": {"cpu": "60m", "memory": "32Mi"}}
    create(cp, pod("fits", ns, restricted_pod_spec(**resources)))
    # The same again would bring requests.cpu to 120m of 100m.
    result = create(cp, pod("over", ns, restricted_pod_spec(**resources)), check=False)
    assert result.returncode != 0
    assert "Error from server (Forbidden)" in result.stderr  # HTTP 403
    assert "exceeded quota: site" in result.stderr
    assert "requests.cpu=60m, used: requests.cpu=60m, limited: requests.cpu=100m" in result.stderr
    used = eventually("ResourceQuota status.used.pods",
                      lambda: get(cp, "resourcequota", "site", "-n", ns)["status"].get("used", {}).get("pods"))
    assert used == "1"


def test_group_role_binding_limits_owner_to_its_namespace(control_plane: ControlPlane, tmp_path: Path):
    cp = control_plane
    site_a, site_b = namespace(cp, "rbac-a"), namespace(cp, "rbac-b")
    create(cp, {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "Role",
                "metadata": {"name": "pod-reader", "namespace": site_a},
                "rules": [{"apiGroups": [""], "resources": ["pods"], "verbs": ["get", "list"]}]})
    create(cp, {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "RoleBinding",
                "metadata": {"name": "owners-read-pods", "namespace": site_a},
                "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "Role", "name": "pod-reader"},
                "subjects": [{"apiGroup": "rbac.authorization.k8s.io", "kind": "Group", "name": "example:owners"}]})
    owner = cp.kubeconfig_for("alice", ["example:owners"], tmp_path / "alice.kubeconfig")
    assert os.stat(owner).st_mode & 0o077 == 0  # it holds a private key

    def can_i(*args: str) -> str:
        return cp.kubectl("auth", "can-i", *args, kubeconfig=owner, check=False).stdout.strip()

    assert can_i("list", "pods", "-n", site_a) == "yes"
    assert can_i("get", "pods", "-n", site_a) == "yes"
    assert can_i("create", "pods", "-n", site_a) == "no"
    assert can_i("list", "pods", "-n", site_b) == "no"
    assert can_i("list", "namespaces") == "no"
    # Not only the review API: real requests are authorized the same way.
    assert cp.kubectl("get", "pods", "-n", site_a, kubeconfig=owner).returncode == 0
    refused = cp.kubectl("get", "pods", "-n", site_b, kubeconfig=owner, check=False)
    assert refused.returncode != 0
    assert 'User "alice" cannot list resource "pods"' in refused.stderr
    # Without the group, the same user has nothing.
    stranger = cp.kubeconfig_for("alice", [], tmp_path / "stranger.kubeconfig")
    assert cp.kubectl("auth", "can-i", "list", "pods", "-n", site_a, kubeconfig=stranger, check=False).stdout.strip() \
        == "no"


def test_kubeconfig_context_name(control_plane: ControlPlane, tmp_path: Path):
    cp = control_plane
    default = cp.kubeconfig_for("bob", ["sitegroup:owners:demo"], tmp_path / "default.kubeconfig")
    named = cp.kubeconfig_for("bob", ["sitegroup:owners:demo"], tmp_path / "named.kubeconfig", context="other")
    assert cp.kubectl("config", "current-context", kubeconfig=default).stdout.strip() == "sitegroup-dev"
    assert cp.kubectl("config", "current-context", kubeconfig=named).stdout.strip() == "other"
    assert cp.kubectl("config", "current-context").stdout.strip() == "sitegroup-dev"  # admin
    whoami = json.loads(cp.kubectl("auth", "whoami", "-o", "json", kubeconfig=named).stdout)
    assert whoami["status"]["userInfo"]["username"] == "bob"
    assert "sitegroup:owners:demo" in whoami["status"]["userInfo"]["groups"]


def test_second_control_plane_runs_alongside_and_stops_cleanly(control_plane: ControlPlane, tmp_path: Path):
    with ControlPlane(control_plane.bin_dir, tmp_path / "second") as second:
        assert second.port != control_plane.port
        assert second.kubectl("get", "namespace", "default").returncode == 0
        pids = list(second.pids.values())
        assert sorted(second.pids) == ["etcd", "kube-apiserver", "kube-controller-manager"]
    for pid in pids:
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)
    assert control_plane.kubectl("get", "namespace", "default").returncode == 0  # the first one is untouched


def test_process_dying_during_start_reports_its_log(tmp_path: Path):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    real = engines_bin()
    for name in ("etcd", "kube-controller-manager", "kubectl"):
        (bin_dir / name).symlink_to(real / name)
    fake = bin_dir / "kube-apiserver"
    fake.write_text("#!/bin/sh\necho 'E0101 flag provided but not defined: --boom' >&2\nexit 3\n")
    fake.chmod(0o755)
    cp = ControlPlane(bin_dir, tmp_path / "work")
    with pytest.raises(ControlPlaneError) as err:
        cp.start()
    assert "kube-apiserver exited with status 3" in str(err.value)
    assert "--boom" in str(err.value)
    assert not cp.pids  # etcd, already running, was stopped
