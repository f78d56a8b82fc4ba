"""`pulumi destroy` of a throwaway environment leaves nothing behind, on a control plane of its own.

The environment is generated (bench/gen_inventory.py, a few sites) and declares itself throwaway
(`sitegroup:retainData: false`): the data-safety rule that keeps a site's namespace and volumes on a plain `up`
(tests/realengine/test_up.py) is released only there.
"""

from __future__ import annotations

import time

import pytest

from bench.gen_inventory import generate
from sitegroup.engines.controlplane import ControlPlane
from tests.realengine.project import all_engines, prepare, up

pytestmark = pytest.mark.slow


def inventory_of_everything(project) -> dict[str, set[str]]:
    """Every object the API server lists, by resource (events and leases excepted: the cluster's own bookkeeping)."""
    names = project.kubectl("api-resources", "--verbs=list", "-o", "name").stdout.split()
    found: dict[str, set[str]] = {}
    for name in names:
        if name in ("events", "events.events.k8s.io", "leases.coordination.k8s.io"):
            continue
        res = project.kubectl("get", name, "-A", "-o",
                              "jsonpath={range .items[*]}{.metadata.namespace}/{.metadata.name}{\"\\n\"}{end}",
                              check=False)
        if res.returncode == 0:
            found[name] = set(res.stdout.split())
    return found


def namespaces_left(project, before: dict[str, set[str]]) -> dict[str, str]:
    """Namespaces not in the empty cluster, with their phase (Active, or Terminating once deletion is requested)."""
    listed = project.kube_json("get", "namespaces")["items"]
    return {ns["metadata"]["name"]: ns["status"].get("phase", "") for ns in listed
            if "/" + ns["metadata"]["name"] not in before["namespaces"]}


def test_destroy_of_a_throwaway_environment_leaves_nothing_behind(tmp_path):
    bin_dir = all_engines()
    inventory = generate(6, tmp_path / "inventory")
    with ControlPlane(bin_dir, tmp_path / "cp") as cp:
        project = prepare(tmp_path, cp, "bench", extra={"retainData": False}, inventory=inventory, bin_dir=bin_dir)
        before = inventory_of_everything(project)
        made = up(project, "bench")
        assert sum(s["changes"].get("create", 0) for s in made) > 50
        during = inventory_of_everything(project)
        assert len(during.get("namespaces", set()) - before["namespaces"]) >= 6  # sites and platform namespaces
        assert during.get("customresourcedefinitions.apiextensions.k8s.io", set()) - before.get(
            "customresourcedefinitions.apiextensions.k8s.io", set())  # the crds layer really installed CRDs
        gone = up(project, "bench", "--destroy")
        assert [s["stack"] for s in gone] == ["bench-sites", "bench-platform", "bench-crds"]
        # A node-less cluster's stacks skip await, so destroy returns once each deletion is accepted; the namespace
        # controller then empties and removes the namespaces. Right after destroy every namespace still listed
        # must already be terminating (deletion requested), and all must be gone within a bound.
        terminating = namespaces_left(project, before)
        assert all(phase == "Terminating" for phase in terminating.values()), terminating
        deadline = time.monotonic() + 300
        while namespaces_left(project, before) and time.monotonic() < deadline:
            time.sleep(2)
        after = inventory_of_everything(project)
        # The controllers' own objects (service account tokens' root CA, default service accounts) come and go
        # with namespaces; compare what remains with the empty cluster.
        left = {kind: sorted(names - before.get(kind, set())) for kind, names in after.items()
                if names - before.get(kind, set())}
        assert left == {}, left
        for stack in gone:
            exported = project.pulumi("stack", "export", stack=stack["stack"]).stdout
            assert '"resources"' not in exported or "kubernetes:" not in exported, stack["stack"]
