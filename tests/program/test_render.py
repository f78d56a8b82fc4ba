"""The renderer: per-site isolation invariants, on the dev inventory and on model-built environments."""

from __future__ import annotations

import dataclasses

import pytest
import yaml

from sitegroup import quantity
from sitegroup.backup.repositories import backup_endpoints
from sitegroup.k8s import RenderError, Shard, netpol, render, waf_tier
from sitegroup.k8s.names import pss_version
from sitegroup.policy import checks
from tests.program import factory


def by_kind(objs, kind):
    return [o for o in objs if o["kind"] == kind]


def one(objs, kind, name=None):
    found = [o for o in by_kind(objs, kind) if name is None or o["metadata"]["name"] == name]
    assert len(found) == 1, f"{kind}/{name}: {len(found)} found"
    return found[0]


def expected_count(site, env) -> int:
    """Namespace, SA, Role, [RoleBinding], quota, limits, 4 NetworkPolicies [+ ACME solver], backup
    Secret, PVC, web nginx ConfigMap, Deployment, Service, PDB, [HPA], Certificate, Gateway, HTTPRoute,
    ReferenceGrant, and the backup helper's ServiceAccount + backup and drill CronJobs; with a database
    also its 2 NetworkPolicies, 2 Secrets (the site's role, the superuser), init ConfigMap, ServiceAccount,
    StatefulSet and Service."""
    return (19 + bool(site.owners) + (site.autoscale is not None) + bool(env.platform.acme_server) + 3
            + 8 * (site.database is not None))


def test_every_serving_site_and_only_those(dev_env, dev_rendered):
    assert list(dev_rendered.sites) == [s.id for s in dev_env.sites if s.serving]
    env = factory.environment()
    assert "nb-old" not in render(env).sites  # closed: records only, no workload


@pytest.mark.parametrize("acme", [False, True])
def test_object_count_per_site(acme):
    env = factory.environment(acme=acme)
    for site_id, objs in render(env).sites.items():
        assert len(objs) == expected_count(env.site(site_id), env), site_id


def test_dev_object_counts(dev_env, dev_rendered):
    for site_id, objs in dev_rendered.sites.items():
        assert len(objs) == expected_count(dev_env.site(site_id), dev_env)
        assert objs[0]["kind"] == "Namespace"  # created first


def test_namespace_metadata_and_pod_security(dev_env, dev_rendered):
    version = pss_version(dev_env)
    assert version == "v" + ".".join(dev_env.platform.kubernetes_version.split(".")[:2])
    for site_id, objs in dev_rendered.sites.items():
        site = dev_env.site(site_id)
        ns = one(objs, "Namespace")
        labels, notes = ns["metadata"]["labels"], ns["metadata"]["annotations"]
        assert ns["metadata"]["name"] == site.namespace
        for mode in ("enforce", "warn", "audit"):
            assert labels[f"pod-security.kubernetes.io/{mode}"] == "restricted"
            assert labels[f"pod-security.kubernetes.io/{mode}-version"] == version
        assert labels["sitegroup.gov.cn/site-id"] == site.id
        assert labels["sitegroup.gov.cn/level"] == site.level
        assert labels["sitegroup.gov.cn/type"] == site.type
        assert labels["sitegroup.gov.cn/prefecture"] == site.prefecture
        assert labels["sitegroup.gov.cn/site-code"] == site.site_code
        assert labels["sitegroup.gov.cn/tenant"] == "site"
        assert notes["sitegroup.gov.cn/name"] == site.name  # Chinese names live in annotations


def test_quota_and_limit_range_from_the_model(dev_env, dev_rendered):
    for site_id, objs in dev_rendered.sites.items():
        q = dev_env.site(site_id).quota
        hard = one(objs, "ResourceQuota")["spec"]["hard"]
        assert quantity.cpu_m(hard["requests.cpu"]) == q.cpu_requests_m
        assert quantity.cpu_m(hard["limits.cpu"]) == q.cpu_limits_m
        assert quantity.bytes_(hard["requests.memory"]) == q.memory_requests
        assert quantity.bytes_(hard["limits.memory"]) == q.memory_limits
        assert quantity.bytes_(hard["requests.storage"]) == q.storage
        assert hard["pods"] == str(q.pods)
        assert hard["services.nodeports"] == "0" and hard["services.loadbalancers"] == "0"
        limits = one(objs, "LimitRange")["spec"]["limits"]
        assert {lim["type"] for lim in limits} == {"Container", "PersistentVolumeClaim"}


def test_services_are_cluster_ip_only(dev_rendered):
    for objs in dev_rendered.sites.values():
        for svc in by_kind(objs, "Service"):
            assert svc["spec"]["type"] == "ClusterIP"
            assert all("nodePort" not in p for p in svc["spec"]["ports"])


DB_CLIENT = {"podSelector": {"matchLabels": {"sitegroup.gov.cn/database-client": "true"}}}


def test_network_policies_isolate_the_site(dev_env, dev_rendered):
    endpoint_ports = {port for _, port in backup_endpoints(dev_env)}
    assert any(s.database for s in dev_env.sites) and not all(s.database for s in dev_env.sites)
    for site_id, objs in dev_rendered.sites.items():
        ns = objs[0]["metadata"]["name"]
        has_db = dev_env.site(site_id).database is not None
        policies = {p["metadata"]["name"]: p["spec"] for p in by_kind(objs, "NetworkPolicy")}
        deny = policies["default-deny"]
        assert deny == {"podSelector": {}, "policyTypes": ["Ingress", "Egress"]}
        ingress_peers = [peer for spec in policies.values() for rule in spec.get("ingress", [])
                         for peer in rule.get("from", [])]
        # Ingress: only the WAF tier's pods (no ipBlock, no "from anywhere" rule), and with a database the
        # namespace's own database-client pods (a podSelector alone: this namespace only).
        waf_peers = [peer for peer in ingress_peers if peer != DB_CLIENT]
        assert waf_peers and all(
            peer["namespaceSelector"]["matchLabels"] == {"kubernetes.io/metadata.name": "waf-system"}
            and peer["podSelector"]["matchLabels"]["app.kubernetes.io/name"] == "waf" for peer in waf_peers)
        assert (DB_CLIENT in ingress_peers) is has_db, ns
        assert all(rule.get("from") for spec in policies.values() for rule in spec.get("ingress", []))
        # Egress: DNS (53), the backup endpoints' ports and the site's database, nothing else.
        egress_ports = {p["port"] for spec in policies.values() for rule in spec.get("egress", [])
                        for p in rule["ports"]}
        assert egress_ports == {53} | endpoint_ports | ({5432} if has_db else set()), ns
        backup = policies["allow-backup-egress"]
        assert backup["podSelector"]["matchLabels"] == {"app.kubernetes.io/name": "sitegroup-backup"}


def test_backup_endpoint_peers():
    assert netpol.endpoint_peers("10.30.0.5") == [{"ipBlock": {"cidr": "10.30.0.5/32"}}]
    assert netpol.endpoint_peers("2001:db8::5") == [{"ipBlock": {"cidr": "2001:db8::5/128"}}]
    assert netpol.endpoint_peers("rest.backup-system.svc.cluster.local") == [
        {"namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "backup-system"}}}]
    # A name outside the cluster cannot be matched by address: its port is the only narrowing.
    assert netpol.endpoint_peers("backup.dev.sitegroup.internal") == [
        {"ipBlock": {"cidr": "0.0.0.0/0"}}, {"ipBlock": {"cidr": "::/0"}}]


def test_rbac_is_namespaced_and_names_the_owners(dev_env, dev_rendered):
    for site_id, objs in dev_rendered.sites.items():
        site = dev_env.site(site_id)
        assert not by_kind(objs, "ClusterRole") and not by_kind(objs, "ClusterRoleBinding")
        binding = one(objs, "RoleBinding")
        assert binding["roleRef"] == {"apiGroup": "rbac.authorization.k8s.io", "kind": "Role", "name": "site-owner"}
        assert [s["name"] for s in binding["subjects"]] == list(site.owners)
        assert all(s["kind"] == "Group" for s in binding["subjects"])
        role = one(objs, "Role")
        writes = [r for r in role["rules"] if set(r["verbs"]) - {"get", "list", "watch"}]
        assert writes == [{"apiGroups": [""], "resources": ["pods"], "verbs": ["delete"]}]
        assert not any("secrets" in r["resources"] for r in role["rules"])


def test_workload_security_and_tokens(dev_env, dev_rendered):
    for site_id, objs in dev_rendered.sites.items():
        site = dev_env.site(site_id)
        for sa in by_kind(objs, "ServiceAccount"):
            assert sa["automountServiceAccountToken"] is False
        dep = one(objs, "Deployment", "web")
        pod = dep["spec"]["template"]["spec"]
        assert pod["automountServiceAccountToken"] is False
        (c,) = pod["containers"]
        assert c["image"] == site.template.image
        assert c["securityContext"]["readOnlyRootFilesystem"] is True
        assert c["securityContext"]["capabilities"] == {"drop": ["ALL"]}
        assert pod["securityContext"]["seccompProfile"] == {"type": "RuntimeDefault"}
        assert c["readinessProbe"] and c["livenessProbe"]
        assert quantity.cpu_m(c["resources"]["requests"]["cpu"]) == site.resources.cpu_request_m
        assert quantity.bytes_(c["resources"]["limits"]["memory"]) == site.resources.memory_limit
        writable = [m for m in c["volumeMounts"] if not m.get("readOnly")]
        assert {v["name"] for v in pod["volumes"] if "emptyDir" in v} == {m["name"] for m in writable}
        hpa = by_kind(objs, "HorizontalPodAutoscaler")
        if site.autoscale:
            assert hpa[0]["spec"]["minReplicas"] == site.autoscale.min_replicas
            assert hpa[0]["spec"]["maxReplicas"] == site.autoscale.max_replicas
            assert dep["spec"]["replicas"] == site.autoscale.min_replicas
        else:
            assert not hpa and dep["spec"]["replicas"] == site.resources.replicas
        assert one(objs, "PersistentVolumeClaim", "content")["spec"]["resources"]["requests"]["storage"] == \
            quantity.fmt_bytes(site.resources.storage)
    assert checks.check_objects(list(dev_rendered.all_objects())) == []


def test_routing_goes_through_the_waf_and_tls_covers_every_domain():
    env = factory.environment(acme=True)
    rendered = render(env)
    objs = rendered.sites["hz"]
    site = env.site("hz")
    assert site.ascii_domains[1].startswith("xn--")  # 杭州.政务
    gw = one(objs, "Gateway")
    assert [lis["hostname"] for lis in gw["spec"]["listeners"]] == list(site.ascii_domains)
    assert {lis["tls"]["certificateRefs"][0]["name"] for lis in gw["spec"]["listeners"]} == {"site-tls"}
    route = one(objs, "HTTPRoute")
    assert route["spec"]["hostnames"] == list(site.ascii_domains)
    (backend,) = route["spec"]["rules"][0]["backendRefs"]
    assert (backend["namespace"], backend["name"], backend["port"]) == ("waf-system", "waf", 8080)
    grant = one(objs, "ReferenceGrant")
    assert grant["metadata"]["namespace"] == "waf-system"
    assert grant["spec"]["from"] == [{"group": "gateway.networking.k8s.io", "kind": "HTTPRoute",
                                      "namespace": "site-hz"}]
    cert = one(objs, "Certificate")
    assert cert["spec"]["dnsNames"] == list(site.ascii_domains)
    assert cert["spec"]["issuerRef"]["name"] == env.platform.cert_issuer


def test_backup_secret_holds_markers_never_values(dev_env, dev_rendered):
    for site_id, objs in dev_rendered.sites.items():
        data = one(objs, "Secret", "backup-repository")["stringData"]
        assert data["password"] == f"<generated:backup-password:{site_id}>"
        assert data["rest-username"] == site_id
        assert data["rest-password"] == f"<generated:rest-password:{site_id}>"
    passwords = one(dev_rendered.platform, "Secret", "backup-site-passwords")["stringData"]
    assert set(passwords) == {s.id for s in dev_env.sites}  # closed sites too


def test_backup_status_reads_as_the_sites_own_append_only_users():
    """The status job's REST credentials are each serving site's append-only password (the user is the site
    id, as in the site's own backup-repository Secret), never the prune user's."""
    env = factory.environment()
    rendered = render(env)
    creds = one(rendered.platform, "Secret", "backup-status-credentials")["stringData"]
    serving = {s.id for s in env.sites if s.serving}
    assert "nb-old" not in serving and set(creds) == serving
    for site_id, objs in rendered.sites.items():
        site_secret = one(objs, "Secret", "backup-repository")["stringData"]
        assert (site_secret["rest-username"], site_secret["rest-password"]) == (site_id, creds[site_id])
    cron = one(rendered.platform, "CronJob", "backup-status")
    assert "<config:" not in str(cron) and "backup-prune" not in str(cron)


def test_platform_layer(dev_env, dev_rendered):
    objs = dev_rendered.platform
    for name in ("gateway-system", "waf-system", "cert-manager", "backup-system"):
        labels = one(objs, "Namespace", name)["metadata"]["labels"]
        assert labels["pod-security.kubernetes.io/enforce"] == "restricted"
        assert any(p["metadata"]["namespace"] == name and p["metadata"]["name"] == "default-deny"
                   for p in by_kind(objs, "NetworkPolicy"))
    waf = one(objs, "Deployment", "waf")
    assert waf["spec"]["replicas"] == dev_env.platform.waf_replicas >= 2
    (c,) = waf["spec"]["template"]["spec"]["containers"]
    assert c["securityContext"]["readOnlyRootFilesystem"] is True and c["securityContext"]["runAsNonRoot"]
    assert one(objs, "PodDisruptionBudget", "waf") and one(objs, "HorizontalPodAutoscaler", "waf")
    issuer = one(objs, "ClusterIssuer")
    assert issuer["metadata"]["name"] == dev_env.platform.cert_issuer
    assert ("acme" in issuer["spec"]) == bool(dev_env.platform.acme_server)
    assert one(objs, "GatewayClass")["spec"]["parametersRef"]["name"] == "sitegroup-proxy"
    assert one(objs, "EnvoyProxy")["spec"]["mergeGateways"] is True


def test_waf_files_become_config_maps_under_the_size_limit(dev_env, monkeypatch):
    files = waf_tier.waf_files(dev_env)
    monkeypatch.setattr(waf_tier, "CONFIGMAP_BUDGET", 8 * 1024)
    maps = waf_tier.config_maps(files)
    assert len(maps) > 3
    seen = []
    for cm, items in maps:
        assert sum(len(v.encode()) for v in cm["data"].values()) <= 8 * 1024 or len(cm["data"]) == 1
        assert sorted(cm["data"]) == sorted(i["key"] for i in items)
        seen += [i["path"] for i in items]
    assert sorted(seen) == sorted(files)  # every file mounted exactly once, at its relative path
    assert all(f"sites/{s.id}.map" in files for s in dev_env.sites if s.serving)  # host map entries (ADR 0014)


def test_render_is_deterministic(dev_env):
    a, b = render(dev_env), render(dev_env)
    dump = lambda r: yaml.dump(list(r.all_objects()), Dumper=yaml.CSafeDumper, allow_unicode=True)  # noqa: E731
    assert dump(a) == dump(b)


def test_duplicate_objects_are_refused():
    env = factory.environment()
    dup = dataclasses.replace(env.site("hz"), id="hz2")
    dup = dataclasses.replace(dup, ascii_domains=("www.hz2.gov.cn",), domains=("www.hz2.gov.cn",))
    render(dataclasses.replace(env, sites=(*env.sites, dup)))  # distinct ids: fine
    with pytest.raises(RenderError):
        from sitegroup.k8s import Rendered, _check_unique
        objs = render(env).sites["hz"]
        _check_unique(Rendered(platform=(), sites={"hz": objs, "again": objs}))


def test_shards_select_by_prefecture():
    env = factory.environment()
    inc = Shard.from_config({"by": "prefecture", "include": ["ningbo"]})
    exc = Shard.from_config({"by": "prefecture", "exclude": ["ningbo"]})
    a = render(env, layers=("sites",), shard=inc).sites
    b = render(env, layers=("sites",), shard=exc).sites
    assert set(a) == {"nb"} and set(a) | set(b) == set(render(env).sites) and not set(a) & set(b)
    with pytest.raises(RenderError):
        Shard.from_config({"by": "hash"})
    with pytest.raises(RenderError):
        Shard.from_config({"include": ["a"], "exclude": ["b"]})


TRICKY = ["", "yes", "No", "on", "null", "~", "true", "1.31", "0680", "1e3", "2026-11-27", "1:30", "-x", "- x",
          "a: b", "a #b", "#c", " lead", "trail ", "多行\n中文", "x\n", "x\n\n", "x\n y\n", "\ttab", "q\"uote", "'s",
          "{a}", "[b]", "*ref", "&anc", "!tag", "%p", "@at", "`bt", "a\r\nb", "\u2028", "v1.36", "site-x", "a/b.c_d-e"]


def test_yaml_writer_round_trips_tricky_values():
    from sitegroup.k8s import yamlout

    obj = {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "x", "labels": {t: t for t in TRICKY if t}},
           "data": {f"k{i}": t for i, t in enumerate(TRICKY)},
           "list": [[], {}, [1, [2]], {"a": [{"b": None}]}, *TRICKY],
           "flags": [True, False, None, 0, -5]}
    for loader in (yaml.SafeLoader, yaml.CSafeLoader):
        assert yaml.load(yamlout.dump(obj), Loader=loader) == obj  # noqa: S506 (safe loaders only)
    assert list(yaml.load_all(yamlout.dump_all([obj, obj]), Loader=yaml.CSafeLoader)) == [obj, obj]


def _pod_specs(objs):
    for o in objs:
        if o["kind"] in ("Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob"):
            spec = o["spec"]["jobTemplate"]["spec"] if o["kind"] == "CronJob" else o["spec"]
            yield o, spec["template"]["spec"]


def test_no_pod_keeps_large_scratch_on_the_node(dev_env, dev_rendered):
    """Scratch that grows with a site (a restore, a dump, the drill's PGDATA) is a claim from the StorageClass
    (a generic ephemeral volume), never node disk: no pod of the dev plan asks the node for more than a few GiB
    of ephemeral storage or has an emptyDir over 2Gi, and each drill scratches into a claim of its site's size."""
    pods = list(_pod_specs(dev_rendered.all_objects()))
    assert len(pods) > 100
    for obj, pod in pods:
        name = f"{obj['metadata'].get('namespace')}/{obj['kind']}/{obj['metadata']['name']}"
        containers = [*pod.get("initContainers", []), *pod["containers"]]
        for kind in ("requests", "limits"):
            asked = sum(quantity.bytes_(c.get("resources", {}).get(kind, {}).get("ephemeral-storage", "0"))
                        for c in containers)
            assert asked <= 3 << 30, (name, kind, asked)
        for v in pod.get("volumes", []):
            if "emptyDir" in v:
                assert quantity.bytes_(v["emptyDir"].get("sizeLimit", "0")) <= 2 << 30, (name, v["name"])
    for site_id, objs in dev_rendered.sites.items():
        site = dev_env.site(site_id)
        _, drill = next((o, p) for o, p in _pod_specs(objs) if o["metadata"]["name"] == "backup-drill")
        claims = {v["name"]: v["ephemeral"]["volumeClaimTemplate"]["spec"]
                  for v in drill["volumes"] if "ephemeral" in v}
        want = site.resources.storage + (site.database.storage if site.database else 0)
        assert quantity.bytes_(claims["scratch"]["resources"]["requests"]["storage"]) == want, site_id
        assert set(claims) == ({"scratch", "scratch-db"} if site.database else {"scratch"}), site_id
