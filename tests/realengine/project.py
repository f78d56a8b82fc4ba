"""A copy of the project that the real engine may write into, and the commands that drive it.

`pulumi stack init` and `config set` write into stacks/Pulumi.<stack>.yaml and the file backend writes
.pulumi-state/, so every real-engine run works on a copy of the data parts of the repository (Pulumi.yaml,
stacks/, inventories/, site_templates/, policies/) with the repository's venv linked in; the sitegroup package
itself is the installed (editable) one, i.e. the code under test.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import yaml

from sitegroup.engines import build
from sitegroup.program.stackconfig import environment_stacks

REPO = Path(__file__).resolve().parents[2]
COPIED = ("Pulumi.yaml", "stacks", "inventories", "site_templates", "policies")
PASSPHRASE = "sitegroup-test-passphrase"
SEED = "5eed" * 16  # the platform stack's secret seed: known here so the tests can recompute every password
PRUNE = ("prune-user", "prune-S3cret-value-that-must-never-leak")
# The central logs' secrets (sitegroup.k8s.logging.CONFIG_KEYS), known here to look for them in the state.
LOG_SECRETS = {"logStorePassword": "log-store-S3cret-that-must-never-leak",
               "logStoreInternalKey": "log-internal-S3cret-that-must-never-leak",
               "logTokenSeed": "70ce" * 16,
               # one line, so a JSON-escaped copy in the state would still be found (no pod reads it here)
               "logEvidenceKey": "evidence-key-S3cret-that-must-never-leak",
               "logExportRestPassword": "log-export-rest-S3cret-that-must-never-leak",
               "logExportRepositoryPassword": "log-export-repository-S3cret-that-must-never-leak"}


@dataclass
class Project:
    root: Path
    bin_dir: Path
    pulumi_home: Path
    kubeconfig: Path
    last_stderr: str = ""  # of the last `sitegroup up` (its progress and notes)

    @classmethod
    def copy_of_repo(cls, dest: Path, bin_dir: Path, pulumi_home: Path, kubeconfig: Path) -> Project:
        dest.mkdir(parents=True, exist_ok=True)
        for name in COPIED:
            src = REPO / name
            if src.is_dir():
                shutil.copytree(src, dest / name, ignore=shutil.ignore_patterns("__pycache__", "venv"))
            else:
                shutil.copy2(src, dest / name)
        (dest / ".venv").symlink_to(REPO / ".venv")
        (dest / ".pulumi-state").mkdir()
        return cls(dest, bin_dir, pulumi_home, kubeconfig)

    # --- environment -------------------------------------------------------------------------------------------
    def env(self) -> dict[str, str]:
        return os.environ | {
            "PATH": f"{self.bin_dir}{os.pathsep}{REPO / '.venv' / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}",
            "PULUMI_HOME": str(self.pulumi_home),
            "PULUMI_BACKEND_URL": f"file://{self.root / '.pulumi-state'}",
            "PULUMI_CONFIG_PASSPHRASE": PASSPHRASE,
            "PULUMI_SKIP_UPDATE_CHECK": "true",
            "PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION": "true",
            "PULUMI_IGNORE_AMBIENT_PLUGINS": "true",
            "SITEGROUP_ROOT": str(self.root),
            "KUBECONFIG": str(self.kubeconfig),
        }

    def run(self, argv: list[str], check: bool = True, timeout: float = 1800,
            **kw) -> subprocess.CompletedProcess:
        res = subprocess.run(argv, cwd=self.root, env=self.env(), capture_output=True, text=True,
                             timeout=timeout, **kw)
        if check and res.returncode != 0:
            raise AssertionError(f"{' '.join(argv[:4])}... exited {res.returncode}\n--- stdout\n{res.stdout[-6000:]}"
                                 f"\n--- stderr\n{res.stderr[-6000:]}")
        return res

    def sitegroup(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        return self.run([str(REPO / ".venv" / "bin" / "sitegroup"), *args], check=check)

    def pulumi(self, *args: str, stack: str | None = None, check: bool = True) -> subprocess.CompletedProcess:
        argv = [str(self.bin_dir / "pulumi"), "--non-interactive", *args]
        if stack:
            argv += ["--stack", stack]
        return self.run(argv, check=check)

    def kubectl(self, *args: str, kubeconfig: Path | None = None, check: bool = True,
                input: str | None = None) -> subprocess.CompletedProcess:
        argv = [str(self.bin_dir / "kubectl"), "--kubeconfig", str(kubeconfig or self.kubeconfig), *args]
        return self.run(argv, check=check, timeout=120, input=input)

    def kube_json(self, *args: str) -> dict:
        return json.loads(self.kubectl(*args, "-o", "json").stdout)

    # --- stacks ------------------------------------------------------------------------------------------------
    def stack_file(self, stack: str) -> Path:
        return self.root / "stacks" / f"Pulumi.{stack}.yaml"

    def set_plain_config(self, stack: str, values: dict[str, object]) -> None:
        """Plain (non-secret) stack config, written into the copy's stack file before the stack exists."""
        path = self.stack_file(stack)
        doc = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        doc.setdefault("config", {}).update({f"sitegroup:{k}": v for k, v in values.items()})
        path.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")

    def init_stack(self, stack: str) -> None:
        if self.pulumi("stack", "select", stack, check=False).returncode != 0:
            self.pulumi("stack", "init", stack)

    def set_secret(self, stack: str, key: str, value: str) -> None:
        self.pulumi("config", "set", "--secret", f"sitegroup:{key}", value, stack=stack)

    def preview_json(self, stack: str, refresh: bool = False) -> dict:
        args = ["preview", "--json", "--policy-pack", str(self.root / "policies" / "crossguard")]
        if refresh:
            args.append("--refresh")
        return json.loads(self.pulumi(*args, stack=stack).stdout)

    def state_files(self) -> list[Path]:
        """Every file the runs wrote: the copy (stack files, state, backups of state) and PULUMI_HOME's logs."""
        return [p for p in (*self.root.rglob("*"), *self.pulumi_home.rglob("*"))
                if p.is_file() and not p.is_symlink() and "plugins" not in p.parts]


def layered_stacks(project: Project, env_name: str, context: str) -> list[str]:
    """stacks/Pulumi.<env>-{crds,platform,sites}.yaml for an environment that has none (a generated inventory)."""
    names = []
    for layer in ("crds", "platform", "sites"):
        config = {"pulumi:disable-default-providers": ["kubernetes"], "sitegroup:environment": env_name,
                  "sitegroup:layer": layer, "sitegroup:kubeContext": context}
        if layer == "sites":
            config["sitegroup:platformStack"] = f"organization/sitegroup/{env_name}-platform"
        name = f"{env_name}-{layer}"
        project.stack_file(name).write_text(yaml.safe_dump({"config": config}, sort_keys=False), encoding="utf-8")
        names.append(name)
    return names


def all_engines() -> Path:
    """Every engine (Pulumi, provider, control plane); skips locally, fails under CI when one is missing."""
    from tests.realengine.conftest import engines_bin

    return engines_bin(tuple(build.missing(None)))


def prepare(tmp: Path, cp, env_name: str, extra: dict | None = None, inventory: Path | None = None,
            bin_dir: Path | None = None) -> Project:
    """A project copy wired to this control plane: kubeconfig, mirror, no await, the platform's secrets."""
    bin_dir = bin_dir or all_engines()
    kubeconfig = cp.kubeconfig_for("platform-engineer", ["system:masters"], tmp / "kubeconfig",
                                   context=f"sitegroup-{env_name}")
    from sitegroup.engines.bundles import build_mirror

    mirror = build_mirror(build.cache_dir() / "bundle-mirror")
    home = build.cache_dir() / "pulumi-home"  # plugins only; shared by the runs of a machine
    project = Project.copy_of_repo(tmp / "project", bin_dir, home, kubeconfig)
    if inventory is not None:
        shutil.copytree(inventory, project.root / "inventories" / env_name)
        layered_stacks(project, env_name, f"sitegroup-{env_name}")
    for st in environment_stacks(project.root / "stacks", env_name):
        project.set_plain_config(st.name, {"kubeconfig": str(kubeconfig), "skipAwait": True,
                                           "bundleMirror": str(mirror), **(extra or {})})
        project.init_stack(st.name)
        if st.layer in ("platform", "all"):
            project.set_secret(st.name, "secretSeed", SEED)
            project.set_secret(st.name, "backupPruneUsername", PRUNE[0])
            project.set_secret(st.name, "backupPrunePassword", PRUNE[1])
            for key, value in LOG_SECRETS.items():
                project.set_secret(st.name, key, value)
    return project


def up(project: Project, env_name: str, *extra: str) -> list[dict]:
    res = project.sitegroup("up", "--env", env_name, "--engines", str(project.bin_dir), "--json", *extra)
    project.last_stderr = res.stderr
    return [json.loads(line) for line in res.stdout.splitlines() if line.startswith("{")]


def changed_steps(preview: dict) -> list[tuple[str, str]]:
    """(op, urn) of every step of a `pulumi preview --json` that changes something (a refreshing preview also lists
    a "refresh" step for every resource it read)."""
    return [(s["op"], s["urn"]) for s in preview.get("steps", []) if s["op"] not in ("same", "read", "refresh")]


def urn_name(urn: str) -> str:
    return urn.rsplit("::", 1)[-1]


def urn_type(urn: str) -> str:
    return urn.split("::")[2].rsplit("$", 1)[-1]
