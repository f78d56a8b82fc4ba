"""The upstream bundles (sitegroup/k8s/versions.py), mirrored from their releases' Go modules (docs/bundles.md).

``build_mirror(out)`` runs ``go mod download -json <module>`` in engines/bundles (each module zip checked against
its go.sum; GOFLAGS=-mod=mod, GOPROXY as the machine has it) and lays out, in ``out``, what each release publishes,
made the way the release makes it:

- ``gateway-api-crds.yaml``: the Gateway API standard channel, ``config/crd/standard/gateway*.yaml`` concatenated
  as ``hack/build-install-yaml.sh`` makes the release's ``standard-install.yaml`` (its licence header's YEAR: the
  year of the release tag, from the module's .info);
- ``cert-manager-crds.yaml``: ``cert-manager.crds.yaml`` as ``make/manifests.mk`` makes it: the chart's
  ``templates/crd-*.yaml`` rendered with ``crds.enabled=true creator=static`` (and the chart's defaults), CRDs
  only, in Helm's order, after the licence (``make/licenses.mk``'s LICENSE_YEAR). The four template directives
  those files use are rendered here, in Python; anything else in them, or a change to the label helpers they
  include, stops the build (the renderer must then be looked at again);
- ``velero-crds.yaml``: Velero's ``config/crd/v1/bases/*.yaml`` concatenated;
- ``charts/gateway-crds-helm``, ``charts/gateway-helm``: Envoy Gateway's charts as ``make helm-package`` fills them
  (``tools/make/helm.mk`` and the release workflow): ``values.yaml`` from ``values.tmpl.yaml`` with
  GatewayImage=docker.io/envoyproxy/gateway:<version> and GatewayImagePullPolicy=IfNotPresent, Chart.yaml's
  version and appVersion set to the pin (``helm package --version --app-version``);
- ``charts/cert-manager``: cert-manager's chart as ``make/manifests.mk`` packs it: Chart.yaml's version and
  appVersion set to the pin (the images' tags default to appVersion) and its artifacthub annotations,
  README.md from README.template.md, the files the release packs and nothing else;
- ``MIRROR.json``: the stamp: the key (go.mod, go.sum, this builder, the bundle table), the modules' versions and
  checksums, and a SHA-256 of every bundle (``verify_mirror``).

A mirror whose stamp holds the current key is returned at once (no Go, no copying); otherwise it is laid out
in a sibling directory and swapped in (under a lock, so parallel test workers build it once).
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml

from sitegroup.k8s import versions
from sitegroup.k8s.versions import Bundle

STAMP = versions.MIRROR_STAMP
LAYOUT = 1  # bump when the layout changes in a way the key would not notice


class BundleMirrorError(RuntimeError):
    pass


@dataclass(frozen=True)
class Module:
    path: str
    version: str
    dir: Path
    sum: str
    year: str  # of the release tag (the module's .info Time)


def module_dir() -> Path:
    return Path(__file__).resolve().parents[2] / "engines" / "bundles"


def pins() -> dict[str, str]:
    """Go module -> pinned version, from versions.py (one module may carry several bundles)."""
    out: dict[str, str] = {}
    for b in versions.ALL_BUNDLES:
        if out.setdefault(b.module, b.version) != b.version:
            raise BundleMirrorError(f"{b.module}: bundles pin two versions ({out[b.module]}, {b.version})")
    return out


def required() -> dict[str, str]:
    """engines/bundles/go.mod's requirements."""
    text = (module_dir() / "go.mod").read_text(encoding="utf-8")
    block = re.search(r"^require \((.*?)^\)", text, re.M | re.S)
    lines = block.group(1).splitlines() if block else re.findall(r"^require (.*)$", text, re.M)
    reqs = (line.split("//")[0].split() for line in lines)
    return {r[0]: r[1] for r in reqs if len(r) == 2}


def mirror_key() -> str:
    h = hashlib.sha256(f"layout {LAYOUT}\0".encode())
    for name in ("go.mod", "go.sum"):
        h.update((module_dir() / name).read_bytes())
    h.update(Path(__file__).read_bytes())
    for b in versions.ALL_BUNDLES:
        h.update(f"{b.name}\0{b.source}\0{b.module}\0{b.version}\0{b.mirror_path}\0".encode())
    return h.hexdigest()[:20]


def _go_env() -> dict[str, str]:
    env = dict(os.environ)
    env["GOFLAGS"] = "-mod=mod"  # no vendor directory; go.sum still verifies every zip
    env["GOWORK"] = "off"
    return env


def download() -> dict[str, Module]:
    """The pinned modules' extracted sources, each zip verified against engines/bundles/go.sum."""
    want = pins()
    req = required()
    wrong = {m: (req.get(m), v) for m, v in want.items() if req.get(m) != v}
    if wrong:
        raise BundleMirrorError("engines/bundles/go.mod does not require the versions.py pins: " + ", ".join(
            f"{m} {got or '(absent)'} != {v}" for m, (got, v) in sorted(wrong.items())))
    go_sum = (module_dir() / "go.sum").read_text(encoding="utf-8")
    missing = [f"{m}@{v}" for m, v in want.items() if f"{m} {v} h1:" not in go_sum]
    if missing:
        raise BundleMirrorError(f"engines/bundles/go.sum has no checksum for {', '.join(missing)}: run `go mod "
                                f"download {' '.join(missing)}` in engines/bundles and review the go.sum change")
    if shutil.which("go") is None:
        raise BundleMirrorError("the Go toolchain is not on PATH: the mirror is made from the releases' Go modules")
    res = subprocess.run(["go", "mod", "download", "-json", *sorted(want)], cwd=module_dir(), env=_go_env(),
                         capture_output=True, text=True)
    found: dict[str, Module] = {}
    decoder, text, pos = json.JSONDecoder(), res.stdout, 0
    while text[pos:].strip():
        pos += len(text[pos:]) - len(text[pos:].lstrip())
        info, pos = decoder.raw_decode(text, pos)
        if info.get("Error"):
            raise BundleMirrorError(f"go mod download {info.get('Path')}: {info['Error']}")
        path, version = info["Path"], info["Version"]
        if version != want.get(path):
            raise BundleMirrorError(f"go mod download gave {path} {version}, not the pinned {want.get(path)}")
        time = json.loads(Path(info["Info"]).read_text(encoding="utf-8")).get("Time", "")
        found[path] = Module(path, version, Path(info["Dir"]), info.get("Sum", ""), time[:4])
    if res.returncode != 0 or set(found) != set(want):
        raise BundleMirrorError(f"go mod download in {module_dir()} failed: {res.stderr.strip()[-2000:]}")
    return found


# --- the YAML bundles -------------------------------------------------------------------------------------------

def gateway_api_crds(mod: Module) -> str:
    """The release's standard-install.yaml (hack/build-install-yaml.sh, channel "standard")."""
    out = (mod.dir / "hack" / "boilerplate" / "boilerplate.sh.txt").read_text(encoding="utf-8")
    out = out.replace("YEAR", mod.year) + "#\n# Gateway API Standard channel install\n#\n"
    files = sorted((mod.dir / "config" / "crd" / "standard").glob("gateway*.yaml"))
    if not files:
        raise BundleMirrorError(f"{mod.path}@{mod.version}: no config/crd/standard/gateway*.yaml")
    for f in files:
        out += f"---\n#\n# config/crd/standard/{f.name}\n#\n" + f.read_text(encoding="utf-8")
    return out


# The label helpers cert-manager's CRD templates include, as this renderer evaluates them (creator=static).
_CM_HELPERS = ('''{{- define "cert-manager.crd-labels" -}}
app: "{{ template "cert-manager.name" . }}"
app.kubernetes.io/name: "{{ template "cert-manager.name" . }}"
app.kubernetes.io/instance: "{{ .Release.Name }}"
app.kubernetes.io/component: "crds"
{{ include "labels" . }}
{{- end -}}''', '''{{- define "labels" -}}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
{{- if eq .Values.creator "helm" }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ include "chartName" . }}
{{- end -}}
{{- if .Values.global.commonLabels}}
{{ toYaml .Values.global.commonLabels }}
{{- end }}
{{- end -}}''', '''{{- define "cert-manager.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}''')
_CM_ENABLED = "{{- if or .Values.crds.enabled .Values.installCRDs }}"  # crds.enabled=true: always
_CM_KEEP = "{{- if .Values.crds.keep }}"
_CM_END = "{{- end }}"
_CM_LABELS = '{{- include "cert-manager.crd-labels" . | nindent 4 }}'


def cert_manager_crds(mod: Module) -> str:
    """The release's cert-manager.crds.yaml: `helm template --set crds.enabled=true --set creator=static` of the
    chart, then hack/extractcrd (the CRDs, each as `# Source: ...` + the document, joined by `---`)."""
    chart = mod.dir / "deploy" / "charts" / "cert-manager"
    helpers = (chart / "templates" / "_helpers.tpl").read_text(encoding="utf-8")
    for block in _CM_HELPERS:
        if block not in helpers:
            raise BundleMirrorError(f"{mod.path}@{mod.version}: the chart's label helpers changed; look at "
                                    "sitegroup/engines/bundles.py's CRD renderer again:\n" + block)
    values = yaml.safe_load((chart / "values.yaml").read_text(encoding="utf-8"))
    if values.get("nameOverride") or values["global"].get("commonLabels"):
        raise BundleMirrorError(f"{mod.path}@{mod.version}: nameOverride/global.commonLabels have defaults now")
    keep = bool(values["crds"]["keep"])
    labels = [f'app: "{chart.name}"', f'app.kubernetes.io/name: "{chart.name}"',
              'app.kubernetes.io/instance: "cert-manager"',  # the release name `make` renders with
              'app.kubernetes.io/component: "crds"', f'app.kubernetes.io/version: "{mod.version}"']
    docs = []
    for f in sorted((chart / "templates").glob("crd-*.yaml")):  # Helm orders same-kind manifests by path
        out, stack = [], []
        for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            directive = line.strip()
            if directive == _CM_ENABLED:
                stack.append(True)
            elif directive == _CM_KEEP:
                stack.append(keep)
            elif directive == _CM_END and stack:
                stack.pop()
            elif not all(stack):
                continue
            elif directive == _CM_LABELS:
                out += [" " * 4 + label for label in labels]
            elif "{{" in line:
                raise BundleMirrorError(f"{f.name}:{n}: a template directive this renderer does not know: {line}")
            else:
                out.append(line)
        if stack:
            raise BundleMirrorError(f"{f.name}: unbalanced {{{{- if }}}}/{{{{- end }}}}")
        docs.append(f"# Source: cert-manager/templates/{f.name}\n" + "\n".join(out).strip() + "\n")
    year = re.search(r"^LICENSE_YEAR=(\d{4})$", (mod.dir / "make" / "licenses.mk").read_text(encoding="utf-8"), re.M)
    licence = (mod.dir / "hack" / "boilerplate-yaml.txt").read_text(encoding="utf-8")
    return licence.replace("YEAR", year.group(1) if year else mod.year) + "---\n".join(docs)


def velero_crds(mod: Module) -> str:
    files = sorted((mod.dir / "config" / "crd" / "v1" / "bases").glob("*.yaml"))
    if not files:
        raise BundleMirrorError(f"{mod.path}@{mod.version}: no config/crd/v1/bases/*.yaml")
    out = f"# Velero {mod.version} CRDs: config/crd/v1/bases of {mod.path}\n"
    for f in files:
        text = f.read_text(encoding="utf-8")
        out += ("" if text.startswith("---") else "---\n") + text + ("" if text.endswith("\n") else "\n")
    return out


# --- the charts -------------------------------------------------------------------------------------------------

def _copy(src: Path, dest: Path, names: list[str] | None = None) -> None:
    """Files only, writable (the module cache is read-only), in a fixed order."""
    missing = [n for n in names or () if not (src / n).is_file()]
    if missing:
        raise BundleMirrorError(f"{src}: the release packs {missing}, which this version does not have")
    for f in sorted(src.rglob("*")) if names is None else [src / n for n in names]:
        if f.is_file():
            target = dest / f.relative_to(src)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(f.read_bytes())
            target.chmod(0o644)


def _set_version(chart_yaml: Path, version: str) -> None:
    text = chart_yaml.read_text(encoding="utf-8")
    for key in ("version", "appVersion"):
        text, n = re.subn(rf"^{key}: .*$", f"{key}: {version}", text, flags=re.M)
        if n != 1:
            raise BundleMirrorError(f"{chart_yaml}: expected one top-level {key}:, found {n}")
    chart_yaml.write_text(text, encoding="utf-8")


def _envsubst(text: str, variables: dict[str, str], where: str) -> str:
    def sub(m: re.Match) -> str:
        name = m.group(1) or m.group(2)
        if name not in variables:
            raise BundleMirrorError(f"{where}: a placeholder the release fills that this builder does not: ${name}")
        return variables[name]

    return re.sub(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)", sub, text)


def envoy_gateway_chart(mod: Module, chart: str, dest: Path) -> None:
    src = mod.dir / "charts" / chart
    _copy(src, dest)
    tmpl = src / "values.tmpl.yaml"
    if tmpl.is_file():
        variables = {"GatewayImage": f"docker.io/envoyproxy/gateway:{mod.version}",
                     "GatewayImagePullPolicy": "IfNotPresent"}
        (dest / "values.yaml").write_text(_envsubst(tmpl.read_text(encoding="utf-8"), variables, str(tmpl)),
                                          encoding="utf-8")
    _set_version(dest / "Chart.yaml", mod.version)


def cert_manager_chart(mod: Module, dest: Path) -> None:
    src = mod.dir / "deploy" / "charts" / "cert-manager"
    templates = sorted(p.name for p in (src / "templates").iterdir())
    odd = [t for t in templates if not t.endswith(".yaml") and t not in ("NOTES.txt", "_helpers.tpl")]
    if odd:
        raise BundleMirrorError(f"{src}/templates: files the release's packing list does not name: {odd}")
    _copy(src, dest, [".helmignore", "Chart.yaml", "values.yaml", "values.schema.json",
                      *(f"templates/{t}" for t in templates)])
    readme = (src / "README.template.md").read_text(encoding="utf-8")
    (dest / "README.md").write_text(readme.replace("{{RELEASE_VERSION}}", mod.version), encoding="utf-8")
    _set_version(dest / "Chart.yaml", mod.version)
    # yq: .annotations."artifacthub.io/signKey" = <signkey_annotation.txt>, ."artifacthub.io/prerelease" = "false"
    text = (dest / "Chart.yaml").read_text(encoding="utf-8")
    block = re.search(r"^annotations:\n((?:  .*\n)+)", text, re.M)
    if block is None:
        raise BundleMirrorError(f"{src}/Chart.yaml: no annotations: block")
    sign = (src / "signkey_annotation.txt").read_text(encoding="utf-8").strip().splitlines()
    added = "  artifacthub.io/signKey: |\n" + "".join(f"    {line}\n" for line in sign)
    added += f'  artifacthub.io/prerelease: "{"true" if "-" in mod.version else "false"}"\n'
    (dest / "Chart.yaml").write_text(text[:block.end()] + added + text[block.end():], encoding="utf-8")


# --- the mirror -------------------------------------------------------------------------------------------------

def _make(bundle: Bundle, mod: Module, out: Path) -> None:
    target = out / bundle.mirror_path
    if bundle.source == "yaml":
        make = {"gateway-api-crds": gateway_api_crds, "cert-manager-crds": cert_manager_crds,
                "velero-crds": velero_crds}[bundle.name]
        target.write_text(make(mod), encoding="utf-8")
    elif bundle.module == versions.ENVOY_GATEWAY_MODULE:
        envoy_gateway_chart(mod, bundle.chart_name, target)
    elif bundle.module == versions.CERT_MANAGER_MODULE:
        cert_manager_chart(mod, target)
    else:
        raise BundleMirrorError(f"no recipe for bundle {bundle.name}")
    if bundle.source == "helm":
        meta = yaml.safe_load((target / "Chart.yaml").read_text(encoding="utf-8"))
        if (meta.get("name"), meta.get("version")) != (bundle.chart_name, bundle.version):
            raise BundleMirrorError(f"{target}/Chart.yaml: {meta.get('name')} {meta.get('version')}, want "
                                    f"{bundle.chart_name} {bundle.version}")


def digest(path: Path) -> str:
    """SHA-256 of a file, or of a directory's files (relative paths and contents, in order)."""
    h = hashlib.sha256()
    if path.is_file():
        h.update(path.read_bytes())
    else:
        for f in sorted(p for p in path.rglob("*") if p.is_file()):
            h.update(str(f.relative_to(path)).encode() + b"\0" + hashlib.sha256(f.read_bytes()).digest())
    return h.hexdigest()


def _stamp(out: Path) -> dict | None:
    try:
        return json.loads((out / STAMP).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    with open(path, "a") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def lay_out(out: Path, key: str) -> None:
    modules = download()
    for bundle in versions.ALL_BUNDLES:
        _make(bundle, modules[bundle.module], out)
    stamp = {
        "written_by": "sitegroup bundles mirror (sitegroup/engines/bundles.py); docs/bundles.md",
        "key": key,
        "modules": {path: {"version": m.version, "sum": m.sum} for path, m in sorted(modules.items())},
        "bundles": {b.name: {"path": b.mirror_path, "version": b.version, "sha256": digest(out / b.mirror_path)}
                    for b in versions.ALL_BUNDLES},
    }
    (out / STAMP).write_text(json.dumps(stamp, indent=2) + "\n", encoding="utf-8")


def build_mirror(out: Path) -> Path:
    """The mirror of every bundle in ``out`` (made if absent or stale); returns its absolute path."""
    out = Path(out).absolute()
    key = mirror_key()
    if (_stamp(out) or {}).get("key") == key:
        return out
    out.parent.mkdir(parents=True, exist_ok=True)
    with _locked(out.parent / f".{out.name}.lock"):
        if (_stamp(out) or {}).get("key") == key:  # another process made it meanwhile
            return out
        if out.exists() and (not out.is_dir() or (any(out.iterdir()) and _stamp(out) is None)):
            raise BundleMirrorError(f"{out} exists and is not a bundle mirror (no {STAMP}); refusing to replace it")
        tmp = out.with_name(f".{out.name}.partial-{os.getpid()}")
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir()
        try:
            lay_out(tmp, key)
            if out.exists():
                old = out.with_name(f".{out.name}.old-{os.getpid()}")
                out.rename(old)
                tmp.rename(out)
                shutil.rmtree(old)
            else:
                tmp.rename(out)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    return out


def verify_mirror(root: Path) -> list[str]:
    """What is wrong with a mirror (e.g. after copying it into an air-gapped network): [] when every bundle
    matches its stamp's SHA-256 and the stamp's pins are this checkout's."""
    stamp = _stamp(Path(root))
    if stamp is None:
        return [f"{root}: no {STAMP}: not a bundle mirror (sitegroup bundles mirror --out DIR)"]
    problems = []
    for b in versions.ALL_BUNDLES:
        entry = stamp.get("bundles", {}).get(b.name)
        path = Path(root) / b.mirror_path
        if entry is None or entry.get("version") != b.version:
            problems.append(f"{b.name}: the mirror has {entry and entry.get('version')}, versions.py pins {b.version}")
        elif not path.exists():
            problems.append(f"{b.name}: {path} is missing")
        elif digest(path) != entry.get("sha256"):
            problems.append(f"{b.name}: {path} differs from the mirror's stamp (changed or incompletely copied)")
    return problems
