"""The real engines, pinned: build them from source through the Go module proxy, cache them outside the clone.

Each wrapper module under ``engines/`` (go.mod + go.sum committed) pins one group of binaries and repeats its
upstream's ``replace`` directives with published versions (docs/adr/0009). ``ensure()`` returns one directory of
every binary the real-engine tests and ``sitegroup up`` need:

- a binary already on PATH is used when it reports exactly the pinned version;
- otherwise it is built with the machine's Go into ``$SITEGROUP_ENGINES_CACHE`` (default ``~/.cache/sitegroup/
  engines``), in a directory keyed by the hash of its go.mod, go.sum, build flags and Go version, so a rerun with
  nothing changed costs a few stat calls and a changed pin rebuilds only its own module.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger(__name__)

KUBERNETES_VERSION = "v1.36.3"
ETCD_VERSION = "3.6.8"
PULUMI_VERSION = "v3.276.0"
# The provider commit the proxy serves (2026-01-15, one day before the v4.25.0 tag; ADR 0009). It reports itself
# as 4.25.0, the version of the Python SDK pinned in pyproject.toml, so the engine and the SDK agree.
KUBERNETES_PROVIDER_VERSION = "4.25.0"
# The central log store (ADR 0011-i16) and, from the VictoriaMetrics commit its go.mod requires, its gateway.
VICTORIALOGS_VERSION = "v1.52.2"
VMAUTH_VERSION = "v1.146.1-0.20260630165203-c82127b6d4d1"
_VM_BUILDINFO = "-X github.com/VictoriaMetrics/VictoriaMetrics/lib/buildinfo.Version"

_K8S_LDFLAGS = " ".join(
    f"-X {pkg}.{key}={value}"
    for pkg in ("k8s.io/component-base/version", "k8s.io/client-go/pkg/version")
    for key, value in (("gitVersion", KUBERNETES_VERSION), ("gitMajor", "1"), ("gitMinor", "36"),
                       ("gitTreeState", "clean"), ("buildDate", "2026-01-01T00:00:00Z"))
)


@dataclass(frozen=True)
class Binary:
    name: str
    package: str
    version_args: tuple[str, ...]
    version_text: str  # what `name version_args` prints when it is the pinned version


@dataclass(frozen=True)
class Module:
    """One wrapper module under engines/ and the binaries built from it."""

    directory: str
    binaries: tuple[Binary, ...]
    ldflags: str = ""
    # Files copied next to the binaries from a module in the build list: (module path, file inside it).
    extras: tuple[tuple[str, str], ...] = field(default_factory=tuple)
    # An upstream main package whose embedded files its release process generates (module path, directory):
    # copied into a scratch copy of the wrapper module, its own `go run ./generate.go` run, then built there.
    staged_main: tuple[str, str] | None = None


MODULES: tuple[Module, ...] = (
    Module("etcd", (Binary("etcd", "go.etcd.io/etcd/server/v3", ("--version",), f"etcd Version: {ETCD_VERSION}"),)),
    Module(
        "kubernetes",
        tuple(
            Binary(name, f"k8s.io/kubernetes/cmd/{name}", args, text)
            for name, args, text in (
                ("kube-apiserver", ("--version",), f"Kubernetes {KUBERNETES_VERSION}"),
                ("kube-controller-manager", ("--version",), f"Kubernetes {KUBERNETES_VERSION}"),
                ("kubectl", ("version", "--client"), f"Client Version: {KUBERNETES_VERSION}"),
            )
        ),
        ldflags=_K8S_LDFLAGS,
    ),
    Module(
        "pulumi",
        (
            Binary("pulumi", "github.com/pulumi/pulumi/pkg/v3/cmd/pulumi", ("version",), PULUMI_VERSION),
            # Ours: upstream's host module is not served by the proxy (ADR 0009). Not looked up on PATH.
            Binary("pulumi-language-python", "./cmd/pulumi-language-python", (), ""),
        ),
        ldflags=f"-X github.com/pulumi/pulumi/sdk/v3/go/common/version.Version={PULUMI_VERSION}",
        extras=(
            ("github.com/pulumi/pulumi/sdk/v3", "python/cmd/pulumi-language-python-exec"),
            ("github.com/pulumi/pulumi/sdk/v3", "python/dist/pulumi-resource-pulumi-python"),
        ),
    ),
    Module(
        "pulumi-kubernetes",
        (Binary("pulumi-resource-kubernetes", "./cmd/pulumi-resource-kubernetes", (), ""),),
        ldflags=f"-X github.com/pulumi/pulumi-kubernetes/provider/v4/pkg/version.Version={KUBERNETES_PROVIDER_VERSION}",
        # main.go embeds schema-embed.json, which upstream's Makefile generates (the module zip has schema.json).
        staged_main=("github.com/pulumi/pulumi-kubernetes/provider/v4", "cmd/pulumi-resource-kubernetes"),
    ),
    # One wrapper module, two entries: each binary stamps its own version (buildinfo.Version is one variable).
    Module(
        "victorialogs",
        (Binary("victoria-logs", "github.com/VictoriaMetrics/VictoriaLogs/app/victoria-logs", ("-version",),
                f"-tags-{VICTORIALOGS_VERSION}-"),),
        ldflags=f"{_VM_BUILDINFO}=victoria-logs-sitegroup-tags-{VICTORIALOGS_VERSION}-0",
    ),
    Module(
        "victorialogs",
        # A pseudo-version: no release binary reports it, so one on PATH is never used.
        (Binary("vmauth", "github.com/VictoriaMetrics/VictoriaMetrics/app/vmauth", ("-version",), ""),),
        ldflags=f"{_VM_BUILDINFO}=vmauth-sitegroup-{VMAUTH_VERSION}",
    ),
)


class EngineBuildError(RuntimeError):
    pass


def engines_dir() -> Path:
    return Path(__file__).resolve().parents[2] / "engines"


def cache_dir() -> Path:
    return Path(os.environ.get("SITEGROUP_ENGINES_CACHE") or Path.home() / ".cache" / "sitegroup" / "engines")


def _go_env() -> dict[str, str]:
    env = dict(os.environ)
    # -mod=mod: the wrapper modules carry no vendor directory; go.sum still verifies every download.
    env["GOFLAGS"] = "-mod=mod -buildvcs=false"
    env.setdefault("CGO_ENABLED", "0")
    return env


def go_version() -> str:
    if shutil.which("go") is None:
        raise EngineBuildError("the Go toolchain is not on PATH: the engines are built from source (ADR 0009)")
    return subprocess.run(["go", "env", "GOVERSION"], capture_output=True, text=True, check=True).stdout.strip()


def module_key(module: Module, gover: str) -> str:
    h = hashlib.sha256()
    src = engines_dir() / module.directory
    for name in ("go.mod", "go.sum"):
        h.update((src / name).read_bytes())
    for path in sorted(src.rglob("*.go")):  # our own sources (the language host)
        h.update(str(path.relative_to(src)).encode() + b"\0" + path.read_bytes())
    h.update(f"{module.ldflags}\0{gover}\0{[b.package for b in module.binaries]}".encode())
    return h.hexdigest()[:16]


def on_path(binary: Binary) -> Path | None:
    """A binary on PATH that reports exactly the pinned version."""
    if not binary.version_text:
        return None
    found = shutil.which(binary.name)
    if found is None:
        return None
    try:
        out = subprocess.run([found, *binary.version_args], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return None
    text = out.stdout + out.stderr
    return Path(found) if binary.version_text in text else None


def _module_dir(src: Path, module_path: str) -> Path:
    out = subprocess.run(["go", "mod", "download", "-json", module_path], cwd=src, env=_go_env(),
                         capture_output=True, text=True)
    if out.returncode != 0:
        raise EngineBuildError(f"go mod download {module_path} in {src}: {out.stderr.strip() or out.stdout.strip()}")
    return Path(json.loads(out.stdout)["Dir"])


def _stage(module: Module, src: Path, stage: Path) -> Path:
    """A scratch copy of the wrapper module holding the upstream main package with its generated files."""
    assert module.staged_main is not None
    module_path, rel = module.staged_main
    stage.mkdir(parents=True)
    for name in ("go.mod", "go.sum"):
        shutil.copyfile(src / name, stage / name)
    dest = stage / rel
    shutil.copytree(_module_dir(src, module_path) / rel, dest)
    for path in [dest, *dest.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)  # the module cache is read-only
    env = _go_env() | {"VERSION": KUBERNETES_PROVIDER_VERSION}
    res = subprocess.run(["go", "run", "./generate.go"], cwd=dest, env=env, capture_output=True, text=True)
    if res.returncode != 0:
        raise EngineBuildError(f"go run generate.go in {dest} failed:\n{res.stderr[-4000:]}")
    return stage


def build_module(module: Module, gover: str) -> Path:
    """Build (or find in the cache) every binary of one wrapper module; returns their directory."""
    target = cache_dir() / f"{module.directory}-{module_key(module, gover)}"
    if (target / ".complete").exists():
        return target
    src = engines_dir() / module.directory
    tmp = target.with_name(target.name + ".partial")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    started = time.monotonic()
    workdir = _stage(module, src, tmp / ".src") if module.staged_main else src
    for binary in module.binaries:
        cmd = ["go", "build", "-trimpath", "-ldflags", f"-s -w {module.ldflags}".strip(), "-o",
               str(tmp / binary.name), binary.package]
        log.info("building %s (%s)", binary.name, binary.package)
        print(f"sitegroup engines: go build {binary.name} ({module.directory}); cold builds take minutes",
              file=sys.stderr, flush=True)
        res = subprocess.run(cmd, cwd=workdir, env=_go_env(), capture_output=True, text=True)
        if res.returncode != 0:
            raise EngineBuildError(f"go build {binary.package} in {src} failed:\n{res.stderr[-4000:]}")
    for module_path, rel in module.extras:
        dest = tmp / Path(rel).name
        shutil.copyfile(_module_dir(src, module_path) / rel, dest)
        dest.chmod(0o755)
    shutil.rmtree(tmp / ".src", ignore_errors=True)
    (tmp / ".complete").write_text(json.dumps({"seconds": round(time.monotonic() - started, 1), "go": gover}))
    shutil.rmtree(target, ignore_errors=True)
    tmp.rename(target)
    return target


def ensure(modules: tuple[Module, ...] = MODULES) -> Path:
    """One directory holding every engine binary (links into the cache or to matching binaries on PATH)."""
    gover = go_version()
    sources: dict[str, Path] = {}
    for module in modules:
        found = {b.name: on_path(b) for b in module.binaries}
        if all(found.values()):
            sources.update({name: p for name, p in found.items() if p is not None})
            continue
        built = build_module(module, gover)
        for entry in built.iterdir():
            if not entry.name.startswith("."):
                sources[entry.name] = found.get(entry.name) or entry
    key = hashlib.sha256(json.dumps(sorted((k, str(v)) for k, v in sources.items())).encode()).hexdigest()[:16]
    bin_dir = cache_dir() / f"bin-{key}"
    if not bin_dir.is_dir():
        tmp = bin_dir.with_name(bin_dir.name + ".partial")
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        for name, path in sources.items():
            (tmp / name).symlink_to(path)
        tmp.rename(bin_dir)
    return bin_dir


DEPLOY_ENGINES = ("pulumi", "pulumi-language-python", "pulumi-resource-kubernetes")


def missing(bin_dir: Path | None, only: tuple[str, ...] | None = None) -> list[str]:
    """The engine binaries a directory lacks (all of them when there is no directory), of ``only`` if given."""
    names = [b.name for m in MODULES for b in m.binaries if only is None or b.name in only]
    if bin_dir is None:
        return names
    return [n for n in names if not os.access(bin_dir / n, os.X_OK)]
