"""The engine pins and the builder's cache rules (fast: nothing is compiled here; tests/realengine runs them)."""

from __future__ import annotations

import importlib.metadata
import re
import shutil
from pathlib import Path

import pytest

from sitegroup.engines import build

ENGINES = build.engines_dir()


def require_line(module: str, path: str) -> str:
    text = (ENGINES / module / "go.mod").read_text(encoding="utf-8")
    found = re.search(rf"^\s*(?:require\s+)?{re.escape(path)} (\S+)", text, re.M)
    assert found, f"engines/{module}/go.mod does not require {path}"
    return found.group(1)


def test_every_wrapper_module_is_pinned_by_its_go_sum():
    for module in build.MODULES:
        src = ENGINES / module.directory
        assert (src / "go.mod").is_file() and (src / "go.sum").stat().st_size > 1000, module.directory


def test_the_go_mod_files_pin_what_the_builder_stamps():
    assert require_line("kubernetes", "k8s.io/kubernetes") == build.KUBERNETES_VERSION
    assert require_line("etcd", "go.etcd.io/etcd/server/v3") == f"v{build.ETCD_VERSION}"
    assert require_line("pulumi", "github.com/pulumi/pulumi/pkg/v3") == build.PULUMI_VERSION
    assert require_line("pulumi", "github.com/pulumi/pulumi/sdk/v3") == build.PULUMI_VERSION
    assert require_line("pulumi-kubernetes", "github.com/pulumi/pulumi-kubernetes/provider/v4") == \
        "v4.0.0-20260115033456-f47bc2d6f199"


def test_every_kubernetes_staging_module_is_replaced_by_the_same_release():
    text = (ENGINES / "kubernetes" / "go.mod").read_text(encoding="utf-8")
    replaces = re.findall(r"^\s*(k8s\.io/\S+) => (k8s\.io/\S+) (v\S+)$", text, re.M)
    assert len(replaces) >= 30
    minor = build.KUBERNETES_VERSION.split(".")[1]
    for old, new, version in replaces:
        assert old == new and version == f"v0.{minor}.{build.KUBERNETES_VERSION.split('.')[2]}", (old, version)


def test_the_python_sdks_match_the_engine_and_the_provider():
    assert importlib.metadata.version("pulumi-kubernetes") == build.KUBERNETES_PROVIDER_VERSION
    with pytest.raises(importlib.metadata.PackageNotFoundError):
        importlib.metadata.version("pulumi-random")  # ADR 0009: no provider plugin for it


def test_the_cache_key_follows_go_sum_flags_and_go_version(tmp_path, monkeypatch):
    copy = tmp_path / "engines"
    shutil.copytree(ENGINES / "etcd", copy / "etcd")
    monkeypatch.setattr(build, "engines_dir", lambda: copy)
    etcd = build.MODULES[0]
    key = build.module_key(etcd, "go1.26.8")
    assert build.module_key(etcd, "go1.26.8") == key
    assert build.module_key(etcd, "go1.27.3") != key
    (copy / "etcd" / "go.sum").write_text((copy / "etcd" / "go.sum").read_text() + "\n", encoding="utf-8")
    assert build.module_key(etcd, "go1.26.8") != key


def fake_binary(directory: Path, name: str, prints: str) -> None:
    path = directory / name
    path.write_text(f"#!/bin/sh\necho '{prints}'\n", encoding="utf-8")
    path.chmod(0o755)


def test_a_binary_on_path_is_used_only_at_exactly_the_pinned_version(tmp_path, monkeypatch):
    kubectl = next(b for m in build.MODULES for b in m.binaries if b.name == "kubectl")
    fake_binary(tmp_path, "kubectl", "Client Version: v1.32.4-dispatcher")  # what this machine's PATH has
    monkeypatch.setenv("PATH", str(tmp_path))
    assert build.on_path(kubectl) is None
    fake_binary(tmp_path, "kubectl", f"Client Version: {build.KUBERNETES_VERSION}")
    assert build.on_path(kubectl) == tmp_path / "kubectl"
    host = next(b for m in build.MODULES for b in m.binaries if b.name == "pulumi-language-python")
    fake_binary(tmp_path, "pulumi-language-python", "anything")
    assert build.on_path(host) is None  # ours: always built from engines/pulumi


def test_missing_names_what_a_directory_lacks(tmp_path):
    assert set(build.missing(None)) >= {"pulumi", "kube-apiserver", "pulumi-resource-kubernetes"}
    fake_binary(tmp_path, "pulumi", "v")
    assert "pulumi" not in build.missing(tmp_path) and "etcd" in build.missing(tmp_path)
