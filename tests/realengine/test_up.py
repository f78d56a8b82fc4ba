"""`sitegroup up --env dev` by the real Pulumi engine against a real API server (etcd + kube-apiserver +
kube-controller-manager on 127.0.0.1, built from source; no kubelet, so Pods are admitted and stay Pending).

One deployment of the dev environment per module (crds -> platform -> sites, as a platform engineer runs it);
the read-only checks run first, the ones that change the inventory after them, in file order.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import yaml

from sitegroup.engines.controlplane import ControlPlane
from sitegroup.inventory import load_environment
from sitegroup.k8s import render
from sitegroup.logs import tokens
from sitegroup.program.passwords import derive
from sitegroup.program.stackconfig import environment_stacks
from tests.realengine import livecheck
from tests.realengine.project import (
    LOG_SECRETS,
    PRUNE,
    SEED,
    Project,
    changed_steps,
    prepare,
    up,
    urn_name,
    urn_type,
)

pytestmark = pytest.mark.slow

ENV = "dev"


@dataclass
class Deployed:
    project: Project
    cp: ControlPlane
    stacks: list[str]
    seconds: dict[str, float] = field(default_factory=dict)

    def env(self):
        return load_environment(path=self.project.root / "inventories" / ENV)

    def site_file(self, site_id: str) -> Path:
        return next((self.project.root / "inventories" / ENV / "sites").rglob(f"{site_id}.yaml"))


@pytest.fixture(scope="module")
def dev(control_plane, tmp_path_factory) -> Deployed:
    tmp = tmp_path_factory.mktemp("dev")
    project = prepare(tmp, control_plane, ENV)
    stacks = [st.name for st in environment_stacks(project.root / "stacks", ENV)]
    started = time.monotonic()
    summaries = up(project, ENV)
    deployed = Deployed(project, control_plane, stacks, {"up": time.monotonic() - started})
    assert [s["stack"] for s in summaries] == stacks
    assert all(s["changes"].get("create", 0) > 0 for s in summaries), summaries
    assert "no Pod ran" in project.last_stderr  # the run says what it cannot show
    return deployed


# --- what the first up made ----------------------------------------------------------------------------------------
def test_every_planned_object_is_live_with_the_planned_fields(dev):
    planned = list(render(dev.env()).all_objects())
    live = livecheck.index_live(planned, lambda arg: dev.project.kube_json("get", arg, "-A")["items"])

    def generated(kind, site):
        return derive(SEED, kind, site)

    def config(name):
        return {"backupPruneUsername": PRUNE[0], "backupPrunePassword": PRUNE[1], **LOG_SECRETS}[name]

    resolved = [livecheck.resolve_secret(o, generated, config) if o["kind"] == "Secret" else o for o in planned]
    problems = livecheck.compare(resolved, live)
    assert not problems, json.dumps({str(k): v[:5] for k, v in list(problems.items())[:10]}, ensure_ascii=False)
    assert len(planned) > 500  # the whole dev plan, not an empty comparison


def test_a_second_preview_reports_no_changes(dev):
    for stack in dev.stacks:
        assert changed_steps(dev.project.preview_json(stack)) == [], stack


def test_every_controller_made_pod_is_admitted(dev):
    # Each site's web Deployment, the databases, the WAF tier and the charts' controllers made Pods on their own;
    # the backup CronJob of a few sites is run now as a Job (what its schedule will do).
    sites = [s for s in dev.env().sites if s.serving]
    for site in sites[:3]:
        dev.project.kubectl("create", "job", "--from=cronjob/backup", "admission-check", "-n", f"site-{site.id}")
    expect = {f"site-{s.id}" for s in sites} | {"waf-system", "gateway-system", "cert-manager"}
    pods, refused = wait_for_pods(dev, expect)
    assert refused == [], refused[:5]
    assert {f"site-{s.id}" for s in sites[:3]} <= {p["metadata"]["namespace"] for p in pods
                                                  if p["metadata"].get("labels", {}).get("job-name")}


def wait_for_pods(dev, expect_namespaces: set[str], timeout: float = 120) -> tuple[list[dict], list[str]]:
    """Wait until every ReplicaSet has its replicas and every namespace expected has Pods (they stay Pending: no
    scheduler or kubelet); returns the Pods and every refusal (FailedCreate) that did not heal.

    One kind of FailedCreate heals by itself and is not an admission refusal: Pulumi creates a chart's
    Deployment and its ServiceAccount in parallel, the ReplicaSet's first attempt can come before the
    ServiceAccount ("error looking up service account"), and the controller's retry succeeds. It counts only if
    the ReplicaSet never got its Pods."""
    deadline = time.monotonic() + timeout
    while True:
        pods = dev.project.kube_json("get", "pods", "-A")["items"]
        sets = dev.project.kube_json("get", "replicasets", "-A")["items"]
        short = {(r["metadata"]["namespace"], r["metadata"]["name"]) for r in sets
                 if r.get("status", {}).get("replicas", 0) < r["spec"].get("replicas", 1)}
        events = dev.project.kube_json("get", "events", "-A")["items"]
        refused = []
        for e in events:
            if e.get("reason") != "FailedCreate":
                continue
            owner = (e["involvedObject"].get("namespace"), e["involvedObject"]["name"])
            healed = "error looking up service account" in e["message"] and owner not in short
            if not healed:
                refused.append(f"{owner[0]}/{owner[1]}: {e['message']}")
        seen = {p["metadata"]["namespace"] for p in pods}
        done = not short and expect_namespaces <= seen
        if done or time.monotonic() > deadline:
            return pods, refused + [f"no pod in {ns}" for ns in sorted(expect_namespaces - seen)] + [
                f"{ns}/{name}: fewer pods than replicas" for ns, name in sorted(short)]
        time.sleep(2)


def test_a_noncompliant_pod_is_refused_in_a_site_namespace(dev):
    pod = {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "rogue", "namespace": "site-fenglin"},
           "spec": {"containers": [{"name": "x", "image": "registry.sitegroup.internal/x:1",
                                    "securityContext": {"privileged": True},
                                    "resources": {"limits": {"cpu": "100m", "memory": "64Mi"}}}]}}
    res = dev.project.kubectl("apply", "-f", "-", input=json.dumps(pod), check=False)
    assert res.returncode != 0
    assert "violates PodSecurity" in res.stderr and "restricted" in res.stderr, res.stderr


def test_the_site_owner_group_acts_in_its_namespace_only(dev, tmp_path):
    site = next(s for s in dev.env().sites if s.id == "fenglin")
    owner = dev.cp.kubeconfig_for("editor@fenglin", list(site.owners), tmp_path / "owner", context="owner")

    def can(*args: str) -> bool:
        res = dev.project.kubectl("auth", "can-i", *args, kubeconfig=owner, check=False)
        return res.stdout.strip() == "yes"

    assert can("list", "pods", "-n", "site-fenglin")
    assert can("get", "pods/log", "-n", "site-fenglin")
    assert can("delete", "pods", "-n", "site-fenglin")  # restart a stuck pod
    assert not can("get", "secrets", "-n", "site-fenglin")  # the database and backup passwords
    assert not can("create", "deployments", "-n", "site-fenglin")  # workloads come from the inventory
    assert not can("list", "pods", "-n", "site-jinhe")  # a neighbour
    assert not can("list", "pods", "-n", "waf-system")
    assert not can("list", "namespaces")
    assert not can("create", "rolebindings", "-n", "site-fenglin")
    assert not can("list", "pods", "--all-namespaces")


def test_no_secret_value_is_in_plain_text_in_the_state_or_any_file_the_run_wrote(dev):
    env = dev.env()
    kinds = ("backup-password", "rest-password", "offsite-rest-password", "database-password",
             "database-superuser-password")
    values = {derive(SEED, k, s.id) for s in env.sites for k in kinds} | {SEED, PRUNE[1]}
    # The central logs' secrets, and the readers' tokens the gateway derives from one of them inside its pod.
    seed = LOG_SECRETS["logTokenSeed"]
    values |= set(LOG_SECRETS.values()) | {tokens.token(seed, tokens.owner(s.id)) for s in env.sites}
    values |= {tokens.token(seed, tokens.RESPONDER), tokens.token(seed, tokens.DIGEST)}
    for stack in dev.stacks:
        exported = dev.project.pulumi("stack", "export", stack=stack).stdout
        assert "ciphertext" in exported or stack.endswith("crds"), stack
        leaked = [v for v in values if v in exported]
        assert leaked == [], f"{stack}: {len(leaked)} secret value(s) in plain text"
    for path in dev.project.state_files():
        text = path.read_bytes().decode("utf-8", "replace")
        leaked = [v for v in values if v in text]
        assert leaked == [], f"{path}: {len(leaked)} secret value(s) in plain text"


def test_drift_made_with_kubectl_is_reported_by_a_refreshing_preview_and_repaired(dev):
    planned = dev.project.kube_json("get", "resourcequota", "site-quota", "-n", "site-jinhe")["spec"]["hard"]["pods"]
    dev.project.kubectl("patch", "resourcequota", "site-quota", "-n", "site-jinhe", "--type=merge",
                        "-p", '{"spec":{"hard":{"pods":"999"}}}')  # another field manager: kubectl-patch
    assert changed_steps(dev.project.preview_json(f"{ENV}-sites")) == []  # without refresh Pulumi cannot see it
    steps = changed_steps(dev.project.preview_json(f"{ENV}-sites", refresh=True))
    assert [(op, urn_name(u)) for op, u in steps] == [("update", "site-jinhe/site-quota")], steps
    # The inventory wins the server-side-apply conflict with kubectl's field manager (pulumi.com/patchForce).
    up(dev.project, ENV, "--stack", f"{ENV}-sites", "--refresh")
    hard = dev.project.kube_json("get", "resourcequota", "site-quota", "-n", "site-jinhe")["spec"]["hard"]
    assert hard["pods"] == planned
    assert changed_steps(dev.project.preview_json(f"{ENV}-sites", refresh=True)) == []


# --- changes to the inventory -------------------------------------------------------------------------------------
def site_objects(dev, site_id: str) -> set[str]:
    """The Pulumi resource names of one site's objects (namespace/name, or name for its Namespace)."""
    rendered = render(dev.env()).sites[site_id]
    return {f"{o['metadata']['namespace']}/{o['metadata']['name']}" if o["metadata"].get("namespace")
            else o["metadata"]["name"] for o in rendered}


def edit_entry(dev, site_id: str, change) -> None:
    path = dev.site_file(site_id)
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(doc)
    path.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")
    assert dev.project.sitegroup("validate", "--env", ENV).returncode == 0


# The central logs' site table (the collector's prefecture lookup, the gateway's owners) and the rollouts it
# triggers (docs/logging.md).
LOG_SITE_TABLE = {"logging-collector/log-collector-config", "logging-collector/log-collector",
                  "logging-system/log-gateway-plan", "logging-system/log-gateway"}


def platform_changes_are_shared_config_only(steps: list[tuple[str, str]]) -> None:
    """What a site's entry may change in the platform stack: the WAF tier's rule/config maps and its rollout, the
    backup-status list, the logs' site table, the exported generated secrets."""
    for op, urn in steps:
        name = urn_name(urn)
        assert op in ("update", "create", "delete", "replace") and (
            name.startswith(("waf-system/", "backup-system/")) or name in LOG_SITE_TABLE
            or urn_type(urn) == "pulumi:pulumi:Stack"), (op, urn)


def test_an_edited_entry_changes_only_that_sites_objects(dev):
    # (Not storage: a PVC's size can change only once it is bound, and nothing binds claims here.)
    edit_entry(dev, "jinhe", lambda d: d.update(overrides={"memory_limit": "1Gi", "cpu_limit": "1"}))
    edit_entry(dev, "nanshan", lambda d: d.update(waf={"profile": "strict"}))
    sites = changed_steps(dev.project.preview_json(f"{ENV}-sites"))
    assert sites, "the edits changed nothing"
    allowed = site_objects(dev, "jinhe") | site_objects(dev, "nanshan")
    assert {urn_name(u) for _, u in sites} <= allowed, sites
    assert {op for op, _ in sites} <= {"update"}, sites
    platform_changes_are_shared_config_only(changed_steps(dev.project.preview_json(f"{ENV}-platform")))
    up(dev.project, ENV)
    quota = dev.project.kube_json("get", "resourcequota", "site-quota", "-n", "site-jinhe")["spec"]["hard"]
    planned = next(o for o in render(dev.env()).sites["jinhe"] if o["kind"] == "ResourceQuota")["spec"]["hard"]
    assert quota["limits.memory"] == planned["limits.memory"] and quota != {}
    web = dev.project.kube_json("get", "deployment", "web", "-n", "site-jinhe")["spec"]["template"]["spec"]
    assert web["containers"][0]["resources"]["limits"]["memory"] == "1Gi"


def test_a_new_county_entry_creates_only_its_objects(dev):
    src = dev.site_file("fenglin")
    doc = yaml.safe_load(src.read_text(encoding="utf-8"))
    doc.update(id="qingyang", name="青阳县人民政府门户网站", organizer="青阳县人民政府办公室", region_code="680329",
               site_code="6803290001", domains=["www.qingyang.gov.cn"], icp="青ICP备68000099号-1",
               psb="青公网安备68032900000099号", owners=["sg:qingyang-editors"])
    new_entry = src.parent / "qingyang.yaml"
    new_entry.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")
    if dev.project.sitegroup("validate", "--env", ENV, check=False).returncode != 0:
        new_entry.unlink()  # leave the inventory valid for the tests after this one
        pytest.fail("the new entry does not validate")
    # The documented order: the platform first (the site's WAF server block, its generated secrets), then its shard.
    platform_changes_are_shared_config_only(changed_steps(dev.project.preview_json(f"{ENV}-platform")))
    started = time.monotonic()
    up(dev.project, ENV, "--stack", f"{ENV}-platform")
    steps = changed_steps(dev.project.preview_json(f"{ENV}-sites"))
    new = site_objects(dev, "qingyang")
    assert {op for op, _ in steps} == {"create"}, steps
    assert {urn_name(u) for _, u in steps if urn_type(u).startswith("kubernetes:")} == new
    up(dev.project, ENV, "--stack", f"{ENV}-sites")
    dev.seconds["add-one-site"] = time.monotonic() - started
    assert dev.project.kube_json("get", "namespace", "site-qingyang")["status"]["phase"] == "Active"


def test_changed_runs_the_engine_over_the_changed_sites_only(dev):
    sites_stack = f"{ENV}-sites"
    # Every `sitegroup up` before this one recorded what it applied: nothing changed since.
    [idle] = up(dev.project, ENV, "--stack", sites_stack, "--changed", "--preview")
    assert idle["action"] == "skipped" and idle["changed_sites"] == [], idle
    edit_entry(dev, "jinhe", lambda d: d.update(overrides={"memory_limit": "768Mi", "cpu_limit": "1"}))
    [preview] = up(dev.project, ENV, "--stack", sites_stack, "--changed", "--preview")
    assert preview["changed_sites"] == ["jinhe"] and preview["changes"].get("update", 0) > 0, preview
    [applied] = up(dev.project, ENV, "--stack", sites_stack, "--changed")
    assert applied["changed_sites"] == ["jinhe"] and set(applied["changes"]) <= {"update", "same"}, applied
    web = dev.project.kube_json("get", "deployment", "web", "-n", "site-jinhe")["spec"]["template"]["spec"]
    assert web["containers"][0]["resources"]["limits"]["memory"] == "768Mi"
    # The targeted update left the stack whole: a full preview (every object diffed by the provider) agrees.
    assert changed_steps(dev.project.preview_json(sites_stack)) == []
    [idle] = up(dev.project, ENV, "--stack", sites_stack, "--changed", "--preview")
    assert idle["action"] == "skipped", idle
    # An update made outside `sitegroup up` voids the record: the next --changed run covers every site.
    urn = f"urn:pulumi:{sites_stack}::sitegroup::sitegroup:index:Site::jinhe"
    dev.project.pulumi("up", "--yes", "--skip-preview", "--target", urn, stack=sites_stack)
    [fallback] = up(dev.project, ENV, "--stack", sites_stack, "--changed", "--preview")
    assert fallback["changed_sites"] is None and "not the one" in fallback["reason"], fallback
    assert fallback["changes"].get("same", 0) >= len(site_objects(dev, "jinhe")), fallback  # the whole shard
    # A full `sitegroup up` records again.
    up(dev.project, ENV, "--stack", sites_stack)
    [idle] = up(dev.project, ENV, "--stack", sites_stack, "--changed", "--preview")
    assert idle["action"] == "skipped", idle


def test_closing_a_site_keeps_its_namespace_and_content_volume(dev):
    site_objects_before = site_objects(dev, "songling")
    edit_entry(dev, "songling", lambda d: d.update(status="closed"))
    steps = changed_steps(dev.project.preview_json(f"{ENV}-sites"))
    assert steps and {op for op, _ in steps} <= {"delete", "discard"}, steps
    assert {urn_name(u) for _, u in steps if urn_type(u).startswith("kubernetes:")} <= site_objects_before
    platform_changes_are_shared_config_only(changed_steps(dev.project.preview_json(f"{ENV}-platform")))
    up(dev.project, ENV)
    ns = dev.project.kube_json("get", "namespace", "site-songling")
    assert ns["status"]["phase"] == "Active"  # released from the state, not deleted
    assert dev.project.kube_json("get", "pvc", "content", "-n", "site-songling")["metadata"]["name"] == "content"
    left = dev.project.kube_json("get", "deployments,cronjobs,services", "-n", "site-songling")["items"]
    assert left == []  # the workload is gone; the data stays until an operator removes it (docs/deploy.md)
    exported = dev.project.pulumi("stack", "export", stack=f"{ENV}-sites").stdout
    assert "site-songling" not in exported


ROGUE_PROVIDER = """
import pulumi
import pulumi_kubernetes as k8s
_p = k8s.Provider("rogue", context=pulumi.Config("sitegroup").require("kubeContext"),
                  kubeconfig=pulumi.Config("sitegroup").get("kubeconfig"))
"""


def up_with_change(dev, change: str):
    """`sitegroup up` of the sites stack with a developer's change appended to the program (then taken back)."""
    main = dev.project.root / "stacks" / "__main__.py"
    original = main.read_text(encoding="utf-8")
    main.write_text(original + ROGUE_PROVIDER + change, encoding="utf-8")
    try:
        return dev.project.sitegroup("up", "--env", ENV, "--stack", f"{ENV}-sites", "--engines",
                                     str(dev.project.bin_dir), check=False)
    finally:
        main.write_text(original, encoding="utf-8")


def test_the_policy_pack_in_the_engine_blocks_a_violating_change(dev):
    # A developer's change that registers a namespace outside the platform's rules (no Pod Security label).
    res = up_with_change(dev, """
k8s.core.v1.Namespace("rogue", metadata={"name": "rogue"}, opts=pulumi.ResourceOptions(provider=_p))
""")
    assert res.returncode != 0
    text = res.stdout + res.stderr
    assert "mandatory" in text.lower() and "rogue" in text, text[-3000:]
    assert dev.project.kubectl("get", "namespace", "rogue", check=False).returncode != 0  # nothing was applied


def test_the_policy_pack_in_the_engine_keeps_the_pod_security_exception_to_the_collector(dev):
    # A second workload in the exception's namespace (ADR 0016-i16), reading the nodes' logs.
    res = up_with_change(dev, """
k8s.apps.v1.Deployment("log-reader-2", metadata={"name": "log-reader-2", "namespace": "logging-collector"},
    spec={"selector": {"matchLabels": {"a": "b"}}, "template": {"metadata": {"labels": {"a": "b"}}, "spec": {
        "containers": [{"name": "x", "image": "registry.sitegroup.internal/x:1"}],
        "volumes": [{"name": "h", "hostPath": {"path": "/var/log/pods", "type": "Directory"}}]}}},
    opts=pulumi.ResourceOptions(provider=_p))
""")
    assert res.returncode != 0
    text = res.stdout + res.stderr
    assert "only DaemonSet/log-collector may run in namespace logging-collector" in text, text[-3000:]
    assert dev.project.kubectl("get", "deployment", "log-reader-2", "-n", "logging-collector",
                               check=False).returncode != 0


def test_the_api_server_admits_the_log_collector_in_its_namespace_only(dev):
    """No kubelet here, so the DaemonSet never makes a Pod: its pod template is sent as a Pod (server-side dry run,
    admission included) to show the exception's namespace admits it and a "restricted" one refuses it."""
    ds = dev.project.kube_json("get", "daemonset", "log-collector", "-n", "logging-collector")
    template = ds["spec"]["template"]

    def try_pod(namespace: str):
        pod = {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "collector-probe", "namespace": namespace,
                                                              "labels": template["metadata"]["labels"]},
               "spec": {**template["spec"], "nodeName": "node-1"}}
        return dev.project.kubectl("create", "--dry-run=server", "-f", "-", "-o", "name", input=json.dumps(pod),
                                   check=False)

    admitted = try_pod("logging-collector")
    assert admitted.returncode == 0, admitted.stderr
    for namespace in ("logging-system", "site-fenglin"):
        refused = try_pod(namespace)
        assert refused.returncode != 0 and "violates PodSecurity" in refused.stderr, refused.stderr
        assert "hostPath" in refused.stderr and "restricted" in refused.stderr, refused.stderr
