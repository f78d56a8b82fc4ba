"""The monitor's in-cluster objects: valid Kubernetes, restricted pods, probes spread over the day."""

from __future__ import annotations

import json

import pytest

from sitegroup.contracts import DATABASE_IMAGE, DATABASE_RUN_AS, MONITOR_STORE_ENV
from sitegroup.inventory import load_environment
from sitegroup.k8s.monitor import monitor_objects, probe_schedule, store_url
from tests.conftest import REPO


@pytest.mark.parametrize(("per_day", "schedule", "runs"), [
    (20, "7 * * * *", 24), (24, "7 * * * *", 24), (25, "*/30 * * * *", 48), (72, "*/20 * * * *", 72),
    (100, "*/12 * * * *", 120), (1440, "*/1 * * * *", 1440)])
def test_probe_schedule_meets_the_daily_count(per_day, schedule, runs):
    assert probe_schedule(per_day) == schedule
    assert runs >= per_day


def test_objects_are_valid_and_restricted():
    from sitegroup.policy import checks
    from tests.program.test_schemas import errors

    env = load_environment("dev")
    objs = monitor_objects(env)
    assert {o["metadata"]["name"]: errors(o, env.platform.kubernetes_version) for o in objs} == {
        o["metadata"]["name"]: [] for o in objs}
    jobs = [o for o in objs if o["kind"] == "CronJob"]
    assert [j["metadata"]["name"] for j in jobs] == ["monitor-probe", "monitor-inspect"]
    for j in jobs:
        pod = j["spec"]["jobTemplate"]["spec"]["template"]["spec"]
        assert pod["securityContext"]["runAsNonRoot"] and pod["containers"][0]["securityContext"]["capabilities"] == {
            "drop": ["ALL"]}
        assert pod["containers"][0]["args"][:2] in (["monitor", "probe"], ["monitor", "inspect"])
        assert j["spec"]["concurrencyPolicy"] == "Forbid"
    # Every CrossGuard check, as the pack sees these objects: registered under the Platform component.
    urn = "urn:pulumi:dev-platform::sitegroup::sitegroup:index:Platform$kubernetes:any::x"
    assert checks.check_objects(objs, urn) == []
    assert checks.pod_security_restricted("StatefulSet", {**_obj(objs, "monitor-db"), "spec": {
        "template": {"spec": {"containers": [{"name": "c"}]}}}}, urn)  # the checks do look at these pods


def _obj(objs, name, kind=("CronJob", "StatefulSet")):
    return next(o for o in objs if o["metadata"]["name"] == name and o["kind"] in kind)


def _pod(objs, name):
    o = _obj(objs, name)
    spec = o["spec"]["jobTemplate"]["spec"] if o["kind"] == "CronJob" else o["spec"]
    return spec["template"]["spec"]


def test_the_jobs_keep_history_in_the_postgresql_server_with_a_certificate_not_a_password():
    env = load_environment("dev")
    objs = monitor_objects(env)
    certs = {o["spec"]["secretName"]: o for o in objs if o["kind"] == "Certificate"}
    for name in ("monitor-probe", "monitor-inspect"):
        pod = _pod(objs, name)
        env_vars = {e["name"]: e.get("value") for e in pod["containers"][0]["env"]}
        url = env_vars[MONITOR_STORE_ENV]
        assert url == store_url() and url.startswith("postgresql://monitor@monitor-db.monitor-system.svc:5432/")
        assert "sslmode=verify-full" in url and "password" not in url
        assert "--store" not in pod["containers"][0]["args"] and "--db" not in pod["containers"][0]["args"]
        # The client key pair the URL names is the mounted Secret a Certificate of this namespace writes, CN = role.
        secret = next(v["secret"]["secretName"] for v in pod["volumes"] if "secret" in v)
        assert certs[secret]["spec"]["commonName"] == "monitor" and "client auth" in certs[secret]["spec"]["usages"]
    # The probe job has no volume to share with an inspection (a ReadWriteOnce claim pins pods to one node).
    assert not any("persistentVolumeClaim" in v for v in _pod(objs, "monitor-probe")["volumes"])
    server = _pod(objs, "monitor-db")["containers"][0]
    assert server["image"] == DATABASE_IMAGE and server["securityContext"]["runAsUser"] == DATABASE_RUN_AS
    assert "hba_file=/etc/monitor-db/conf/pg_hba.conf" in server["args"] and "ssl=on" in server["args"]
    tls = next(v["secret"]["secretName"] for v in _pod(objs, "monitor-db")["volumes"] if "secret" in v)
    assert "monitor-db.monitor-system.svc" in certs[tls]["spec"]["dnsNames"]
    # No object of the namespace carries a password (nothing for the platform stack to generate or leak).
    assert "password" not in json.dumps([o for o in objs if o["kind"] in ("Secret", "ConfigMap", "CronJob",
                                                                           "StatefulSet")]).lower().replace(
        "postgres_host_auth_method", "")


def test_only_the_jobs_reach_the_history_server():
    env = load_environment("dev")
    pols = {o["metadata"]["name"]: o["spec"] for o in monitor_objects(env) if o["kind"] == "NetworkPolicy"}
    assert pols["default-deny"]["podSelector"] == {}
    ingress = pols["allow-history-clients"]
    assert ingress["podSelector"]["matchLabels"]["app.kubernetes.io/name"] == "monitor-db"
    assert ingress["ingress"] == [{"from": [{"podSelector": {"matchLabels": {
        "app.kubernetes.io/name": "monitor", "app.kubernetes.io/part-of": "sitegroup"}}}],
        "ports": [{"protocol": "TCP", "port": 5432}]}]
    assert not any("Egress" in p["policyTypes"] and p["podSelector"].get("matchLabels", {}).get(
        "app.kubernetes.io/name") == "monitor-db" for p in pols.values())


def _self_contained(tmp_path, probes_per_day: str):
    """The dev inventory with its own site_templates/ and policies/, the monitoring policy's cadence edited."""
    import shutil

    inv = tmp_path / "inv"
    shutil.copytree(REPO / "inventories" / "dev", inv)
    shutil.copytree(REPO / "site_templates", inv / "site_templates")
    shutil.copytree(REPO / "policies", inv / "policies")
    policy = inv / "policies" / "monitoring" / "default.yaml"
    text = policy.read_text(encoding="utf-8")
    policy.write_text(text.replace("probes_per_day: 24", f"probes_per_day: {probes_per_day}", 1), encoding="utf-8")
    return inv


def test_the_rendered_probe_schedule_follows_the_policy(tmp_path):
    from sitegroup.inventory import check_environment

    env, issues = check_environment(path=_self_contained(tmp_path, "72"))
    assert issues == [] and env.monitor.probes_per_day == 72
    probe = next(o for o in monitor_objects(env) if o["metadata"]["name"] == "monitor-probe")
    assert probe["spec"]["schedule"] == "*/20 * * * *"


def test_a_broken_monitoring_policy_fails_the_inventory_naming_file_and_field(tmp_path):
    from sitegroup.inventory import check_environment

    env, issues = check_environment(path=_self_contained(tmp_path, "lots"))
    assert env is None
    assert any(i.file.endswith("monitoring/default.yaml") and "probes_per_day" in i.field for i in issues), issues
