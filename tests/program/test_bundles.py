"""Where the upstream bundles come from: upstream, an environment's mirror, a stack's local mirror; the validator of
platform.bundle_mirror / chart_registry; the mirror builder (its cache, and, slow, the real mirror from the Go
modules)."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pulumi_kubernetes as k8s
import pytest
import yaml

from sitegroup.engines import bundles as builder
from sitegroup.inventory import load_environment
from sitegroup.k8s import versions
from sitegroup.program import bundles as program_bundles
from tests.conftest import require
from tests.inventory.helpers import copy_dev, issues
from tests.program.conftest import DEV_CONFIG
from tests.program.harness import run_program

REPO = Path(__file__).resolve().parents[2]
MAIN_SOURCE = (REPO / "sitegroup" / "program" / "main.py").read_text(encoding="utf-8")


def by_name(bundles) -> dict[str, versions.Bundle]:
    return {b.name: b for b in bundles}


def all_layers(platform, mirror) -> dict[str, versions.Bundle]:
    return by_name(versions.installed("crds", platform, mirror) + versions.installed("platform", platform, mirror))


def fake_mirror(root: Path, **version_of: str) -> Path:
    """A directory with the stamp `sitegroup bundles mirror` writes (no bundle files: the mocks never read them)."""
    root.mkdir(parents=True, exist_ok=True)
    stamp = {"bundles": {b.name: {"path": b.mirror_path, "version": version_of.get(b.name, b.version)}
                         for b in versions.ALL_BUNDLES}}
    (root / versions.MIRROR_STAMP).write_text(json.dumps(stamp), encoding="utf-8")
    return root


# --- pins ------------------------------------------------------------------------------------------------------

def test_the_wrapper_module_requires_and_checksums_exactly_the_pins():
    assert builder.required() == builder.pins() == {
        versions.GATEWAY_API_MODULE: versions.GATEWAY_API_VERSION,
        versions.CERT_MANAGER_MODULE: versions.CERT_MANAGER_VERSION,
        versions.ENVOY_GATEWAY_MODULE: versions.ENVOY_GATEWAY_VERSION,
        versions.VELERO_MODULE: versions.VELERO_VERSION,
    }
    go_sum = (builder.module_dir() / "go.sum").read_text(encoding="utf-8").splitlines()
    for module, version in builder.pins().items():
        assert any(line.startswith(f"{module} {version} h1:") for line in go_sum), module
    go_mod = (builder.module_dir() / "go.mod").read_text(encoding="utf-8")
    assert "module sitegroup.local/engines/bundles" in go_mod
    assert f"replace sigs.k8s.io/gateway-api => sigs.k8s.io/gateway-api {versions.GATEWAY_API_VERSION}" in go_mod


def test_every_bundle_has_a_module_and_a_place_in_the_mirror():
    paths = [b.mirror_path for b in versions.ALL_BUNDLES]
    assert len(set(paths)) == len(paths)
    for b in versions.ALL_BUNDLES:
        assert b.module and b.version
        assert (b.source == "helm") == bool(b.chart_name), b.name
        if b.source == "helm":
            assert b.url.rsplit("/", 1)[-1] == b.chart_name  # upstream and mirror name the same chart


# --- resolution ------------------------------------------------------------------------------------------------

def test_without_a_mirror_every_bundle_comes_from_upstream(dev_env):
    found = all_layers(dev_env.platform, versions.mirror_of(dev_env.platform))
    assert sorted(found) == sorted(b.name for b in versions.BUNDLES)
    assert all(b.location == b.url and b.location.startswith(("https://", "oci://")) for b in found.values())
    assert found["gateway-api-crds"].location.endswith(f"/{versions.GATEWAY_API_VERSION}/standard-install.yaml")


def test_a_local_mirror_gives_its_files_and_chart_directories(dev_env):
    mirror = versions.mirror_of(dev_env.platform, "file:///srv/sitegroup/bundles/")
    assert mirror == versions.Mirror("/srv/sitegroup/bundles")
    found = all_layers(dev_env.platform, mirror)
    assert found["gateway-api-crds"].location == "/srv/sitegroup/bundles/gateway-api-crds.yaml"
    assert found["cert-manager-crds"].location == "/srv/sitegroup/bundles/cert-manager-crds.yaml"
    assert found["envoy-gateway-crds"].location == "/srv/sitegroup/bundles/charts/gateway-crds-helm"
    assert found["envoy-gateway"].location == "/srv/sitegroup/bundles/charts/gateway-helm"
    assert found["cert-manager"].location == "/srv/sitegroup/bundles/charts/cert-manager"
    assert "velero-crds" not in found  # dev: platform.velero is false


def test_an_https_mirror_serves_the_files_and_the_registry_the_charts():
    prod = load_environment("prod")
    assert prod.platform.velero and prod.platform.bundle_mirror.startswith("https://")
    found = all_layers(prod.platform, versions.mirror_of(prod.platform))
    mirror, registry = prod.platform.bundle_mirror, prod.platform.chart_registry
    assert found["gateway-api-crds"].location == f"{mirror}/gateway-api-crds.yaml"
    assert found["velero-crds"].location == f"{mirror}/velero-crds.yaml"  # velero on, and a mirror has them
    assert found["envoy-gateway"].location == f"{registry}/gateway-helm"
    assert found["cert-manager"].location == f"{registry}/cert-manager"
    assert [b.name for b in versions.installed("platform", prod.platform, None)] == ["envoy-gateway", "cert-manager"]
    assert "velero-crds" not in all_layers(prod.platform, None)  # no upstream manifest: only a mirror has them


def test_the_stack_mirror_replaces_the_environments():
    prod = load_environment("prod")
    found = all_layers(prod.platform, versions.mirror_of(prod.platform, "/var/cache/mirror"))
    assert found["cert-manager"].location == "/var/cache/mirror/charts/cert-manager"  # not the registry
    assert found["velero-crds"].location == "/var/cache/mirror/velero-crds.yaml"


@pytest.mark.parametrize("bad", ["relative/dir", "https://mirror.gov.internal/b", "file://host/dir", "/srv/../etc",
                                 "C:\\mirror"])
def test_the_stack_mirror_must_be_a_local_directory(bad):
    with pytest.raises(ValueError, match="sitegroup:bundleMirror must be a local directory"):
        versions.mirror_of(None, bad)


def test_chart_arguments_per_kind_of_location():
    gateway = by_name(versions.BUNDLES)["envoy-gateway"]
    local = program_bundles.chart_args(versions.resolve(gateway, versions.Mirror("/m")))
    assert local == {"chart": "/m/charts/gateway-helm", "version": None, "repository_opts": None}
    oci = program_bundles.chart_args(versions.resolve(gateway, None))
    assert oci == {"chart": "oci://docker.io/envoyproxy/gateway-helm", "version": versions.ENVOY_GATEWAY_VERSION,
                   "repository_opts": None}
    jetstack = program_bundles.chart_args(versions.resolve(by_name(versions.BUNDLES)["cert-manager"], None))
    assert (jetstack["chart"], jetstack["version"]) == ("cert-manager", versions.CERT_MANAGER_VERSION)
    assert jetstack["repository_opts"].repo == "https://charts.jetstack.io"


def test_a_local_mirror_must_be_made_for_these_pins(tmp_path, dev_env):
    class Cfg:
        def __init__(self, value):
            self.value = value

        def get(self, key):
            return self.value if key == "bundleMirror" else None

    with pytest.raises(ValueError, match=r"no readable MIRROR\.json.*sitegroup bundles mirror --out"):
        program_bundles.mirror_for(dev_env, Cfg(str(tmp_path / "absent")))
    stale = fake_mirror(tmp_path / "stale", **{"cert-manager": "v1.20.0"})
    with pytest.raises(ValueError, match=r"cert-manager v1\.20\.0 \(pinned v1\.21\.1\)"):
        program_bundles.mirror_for(dev_env, Cfg(str(stale)))
    good = fake_mirror(tmp_path / "good")
    assert program_bundles.mirror_for(dev_env, Cfg(f"file://{good}")) == versions.Mirror(str(good))
    first = program_bundles.layer_bundles("crds", dev_env, Cfg(str(good)))[0]
    assert first.location == f"{good}/gateway-api-crds.yaml"


# --- the program under mocks -----------------------------------------------------------------------------------

@pytest.fixture
def spied(monkeypatch):
    """Every ConfigFile/Chart the program constructs: name -> its arguments (the mocks record none)."""
    calls: dict[str, dict] = {}
    for holder, attr in ((k8s.yaml.v2, "ConfigFile"), (k8s.helm.v4, "Chart")):
        original = getattr(holder, attr)

        def spy(name, *args, _original=original, _attr=attr, **kwargs):
            calls[name] = {"type": _attr, **kwargs}
            return _original(name, *args, **kwargs)

        monkeypatch.setattr(holder, attr, spy)
    return calls


def test_the_program_installs_from_upstream_without_a_mirror(spied):
    run_program({**DEV_CONFIG, "layer": "crds"})
    assert spied["gateway-api-crds"]["type"] == "ConfigFile"
    assert spied["gateway-api-crds"]["file"] == by_name(versions.BUNDLES)["gateway-api-crds"].url
    assert spied["envoy-gateway-crds"]["chart"] == "oci://docker.io/envoyproxy/gateway-crds-helm"
    assert spied["envoy-gateway-crds"]["version"] == versions.ENVOY_GATEWAY_VERSION


def test_the_stack_mirror_reaches_every_bundle_of_the_program(spied, tmp_path):
    mirror = fake_mirror(tmp_path / "mirror")
    run_program({**DEV_CONFIG, "bundleMirror": str(mirror)})
    assert spied["gateway-api-crds"]["file"] == f"{mirror}/gateway-api-crds.yaml"
    assert spied["cert-manager-crds"]["file"] == f"{mirror}/cert-manager-crds.yaml"
    for name, chart in (("envoy-gateway-crds", "gateway-crds-helm"), ("envoy-gateway", "gateway-helm"),
                        ("cert-manager", "cert-manager")):
        assert spied[name]["type"] == "Chart"
        assert (spied[name]["chart"], spied[name]["version"]) == (f"{mirror}/charts/{chart}", None), name
    assert spied["envoy-gateway"]["namespace"] == "gateway-system" and spied["envoy-gateway"]["skip_crds"] is True
    assert spied["envoy-gateway"]["values"] == {"crds": {"enabled": False}}


@pytest.mark.skipif("layer_bundles" not in MAIN_SOURCE,
                    reason="sitegroup/program/main.py does not pass bundles.layer_bundles(...) to Crds/Platform yet")
def test_the_environments_mirror_and_velero_reach_the_program(spied):
    prod = load_environment("prod")
    run_program({**DEV_CONFIG, "environment": "prod", "kubeContext": "sitegroup-prod", "layer": "crds"})
    assert spied["velero-crds"]["file"] == f"{prod.platform.bundle_mirror}/velero-crds.yaml"
    assert spied["envoy-gateway-crds"]["chart"] == f"{prod.platform.chart_registry}/gateway-crds-helm"


def test_the_plan_lists_each_bundle_with_where_it_comes_from(tmp_path):
    from sitegroup.commands.plan import plan

    env, _, out = plan("prod", None, tmp_path / "plan")
    listed = {b["name"]: b for b in json.loads((out / "crds" / "bundles.json").read_text(encoding="utf-8"))}
    assert listed["velero-crds"]["location"] == f"{env.platform.bundle_mirror}/velero-crds.yaml"
    assert listed["cert-manager"]["location"] == f"{env.platform.chart_registry}/cert-manager"
    assert listed["cert-manager"]["url"] == "https://charts.jetstack.io/cert-manager"
    text = (out / "crds" / "BUNDLES.txt").read_text(encoding="utf-8")
    assert f"{env.platform.chart_registry}/gateway-helm" in text and "sitegroup:bundleMirror" in text


# --- the validator ---------------------------------------------------------------------------------------------

def set_platform(inv: Path, **keys: str | None) -> tuple[Path, dict[str, int]]:
    """Append platform keys to environment.yaml; returns the file and each key's line."""
    env_file = inv / "environment.yaml"
    lines = env_file.read_text(encoding="utf-8").rstrip("\n").splitlines()
    where = {}
    for key, value in keys.items():
        lines.append(f"  {key}: {json.dumps(value)}")
        where[key] = len(lines)
    env_file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return env_file, where


@pytest.mark.parametrize("value", ["http://mirror.gov.internal/bundles", "file://relative/dir", "ftp://m/x",
                                   "https://mirror.gov.internal/b;rm -rf /", "https://m/$(id)", "/srv/bundles"])
def test_a_bad_mirror_is_reported_with_file_line_field_and_fix(tmp_path, value):
    inv = copy_dev(tmp_path)
    _, line = set_platform(inv, bundle_mirror=value)
    [issue] = issues(inv)
    assert (issue.rule, issue.field, issue.line) == ("schema", "platform.bundle_mirror", line["bundle_mirror"])
    assert issue.file.endswith("environment.yaml")
    assert "file:///" in issue.fix and "https://" in issue.fix and "sitegroup bundles mirror" in issue.fix


@pytest.mark.parametrize("keys, field, words", [
    ({"bundle_mirror": "https://mirror.gov.internal/bundles"}, "platform.bundle_mirror", "add chart_registry"),
    ({"bundle_mirror": "file:///srv/bundles", "chart_registry": "oci://registry.gov.internal/charts"},
     "platform.chart_registry", "remove chart_registry"),
    ({"chart_registry": "oci://registry.gov.internal/charts"}, "platform.chart_registry", "add bundle_mirror"),
    ({"bundle_mirror": "file:///srv/../etc"}, "platform.bundle_mirror", "without '..'"),
])
def test_mirror_keys_that_do_not_fit_together(tmp_path, keys, field, words):
    inv = copy_dev(tmp_path)
    _, line = set_platform(inv, **keys)
    [issue] = issues(inv)
    assert (issue.rule, issue.field, issue.line) == ("bundle-mirror", field, line[field.split(".")[1]])
    assert words in issue.fix


def test_a_bad_chart_registry_is_reported(tmp_path):
    inv = copy_dev(tmp_path)
    _, line = set_platform(inv, bundle_mirror="https://mirror.gov.internal/b", chart_registry="https://harbor/x")
    [issue] = issues(inv)
    assert (issue.field, issue.line) == ("platform.chart_registry", line["chart_registry"])
    assert "oci://" in issue.fix


def test_good_mirror_keys_reach_the_model(tmp_path):
    inv = copy_dev(tmp_path)
    set_platform(inv, bundle_mirror="file:///srv/sitegroup/bundles")
    env = load_environment(path=inv)
    assert env.platform.bundle_mirror == "file:///srv/sitegroup/bundles" and env.platform.chart_registry is None
    assert versions.mirror_of(env.platform) == versions.Mirror("/srv/sitegroup/bundles")


# --- the builder's cache ---------------------------------------------------------------------------------------

def test_a_current_mirror_is_returned_without_work(tmp_path, monkeypatch):
    out = tmp_path / "mirror"
    out.mkdir()
    (out / versions.MIRROR_STAMP).write_text(json.dumps({"key": builder.mirror_key()}), encoding="utf-8")
    monkeypatch.setattr(builder, "lay_out", lambda *a: pytest.fail("laid out again"))
    assert builder.build_mirror(out) == out


def test_a_stale_mirror_is_replaced_and_a_foreign_directory_refused(tmp_path, monkeypatch):
    def fake_lay_out(out, key):
        (out / "gateway-api-crds.yaml").write_text("new", encoding="utf-8")
        (out / versions.MIRROR_STAMP).write_text(json.dumps({"key": key}), encoding="utf-8")

    monkeypatch.setattr(builder, "lay_out", fake_lay_out)
    out = tmp_path / "mirror"
    out.mkdir()
    (out / versions.MIRROR_STAMP).write_text(json.dumps({"key": "old"}), encoding="utf-8")
    (out / "leftover.yaml").write_text("old", encoding="utf-8")
    assert builder.build_mirror(out) == out
    assert sorted(p.name for p in out.iterdir()) == [versions.MIRROR_STAMP, "gateway-api-crds.yaml"]
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".mirror.")] == [".mirror.lock"]
    foreign = tmp_path / "home"
    foreign.mkdir()
    (foreign / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(builder.BundleMirrorError, match="not a bundle mirror"):
        builder.build_mirror(foreign)
    assert (foreign / "notes.txt").read_text(encoding="utf-8") == "mine"


# --- the real mirror (Go module proxy or a filled module cache) ------------------------------------------------

def _crds(path: Path) -> dict[str, dict]:
    docs = [d for d in yaml.load_all(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader) if d]
    assert {d["kind"] for d in docs} == {"CustomResourceDefinition"}, path
    return {d["metadata"]["name"]: d for d in docs}


@pytest.mark.slow
def test_the_real_mirror_holds_the_pinned_releases(tmp_path):
    require("go")
    started = time.monotonic()
    root = builder.build_mirror(tmp_path / "mirror")
    cold = time.monotonic() - started

    gateway = _crds(root / "gateway-api-crds.yaml")
    assert set(gateway) == {f"{n}.gateway.networking.k8s.io" for n in (
        "gatewayclasses", "gateways", "httproutes", "grpcroutes", "referencegrants", "backendtlspolicies")}
    for crd in gateway.values():
        annotations = crd["metadata"]["annotations"]
        assert annotations["gateway.networking.k8s.io/bundle-version"] == versions.GATEWAY_API_VERSION
        assert annotations["gateway.networking.k8s.io/channel"] == "standard"

    cert_manager = _crds(root / "cert-manager-crds.yaml")
    assert set(cert_manager) == {"certificates.cert-manager.io", "certificaterequests.cert-manager.io",
                                 "issuers.cert-manager.io", "clusterissuers.cert-manager.io",
                                 "orders.acme.cert-manager.io", "challenges.acme.cert-manager.io"}
    for crd in cert_manager.values():
        assert crd["metadata"]["labels"]["app.kubernetes.io/version"] == versions.CERT_MANAGER_VERSION
        assert crd["metadata"]["annotations"] == {"helm.sh/resource-policy": "keep"}
    assert "{{" not in (root / "cert-manager-crds.yaml").read_text(encoding="utf-8")

    velero = _crds(root / "velero-crds.yaml")
    assert {"schedules.velero.io", "backups.velero.io", "backupstoragelocations.velero.io"} <= set(velero)

    for b in versions.ALL_BUNDLES:
        if b.source != "helm":
            continue
        chart = root / b.mirror_path
        meta = yaml.safe_load((chart / "Chart.yaml").read_text(encoding="utf-8"))
        assert (meta["name"], meta["version"], meta["appVersion"]) == (b.chart_name, b.version, b.version)
        assert yaml.safe_load((chart / "values.yaml").read_text(encoding="utf-8")), b.name
        for f in chart.rglob("*.yaml"):  # every YAML that is not a Helm template parses
            if "templates" not in f.relative_to(chart).parts:
                list(yaml.load_all(f.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader))
    values = yaml.safe_load((root / "charts" / "gateway-helm" / "values.yaml").read_text(encoding="utf-8"))
    assert values["global"]["images"]["envoyGateway"] == {
        "image": f"docker.io/envoyproxy/gateway:{versions.ENVOY_GATEWAY_VERSION}", "pullPolicy": "IfNotPresent",
        "pullSecrets": []}
    assert "${" not in (root / "charts" / "gateway-helm" / "values.yaml").read_text(encoding="utf-8")
    crds_chart = root / "charts" / "gateway-crds-helm" / "templates" / "generated"
    assert (crds_chart / "gateway.envoyproxy.io_envoyproxies.yaml").is_file()
    assert not (root / "charts" / "cert-manager" / "tests").exists()
    assert "{{RELEASE_VERSION}}" not in (root / "charts" / "cert-manager" / "README.md").read_text(encoding="utf-8")

    assert builder.verify_mirror(root) == []
    stamp = (root / versions.MIRROR_STAMP).read_bytes()
    started = time.monotonic()
    assert builder.build_mirror(root) == root
    assert time.monotonic() - started < 1.0, "a current mirror is returned at once"
    assert (root / versions.MIRROR_STAMP).read_bytes() == stamp
    again = builder.build_mirror(tmp_path / "again")  # deterministic: the same bytes
    assert (again / versions.MIRROR_STAMP).read_bytes() == stamp
    print(f"mirror laid out in {cold:.1f} s")
