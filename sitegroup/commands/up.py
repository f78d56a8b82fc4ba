"""sitegroup up: run an environment's stacks through Pulumi's Automation API, in bring-up order.

Needs the Pulumi CLI, the Python language host and the kubernetes provider plugin: `--engines` takes the pinned
ones `sitegroup engines build` made (or found) and installs the provider into PULUMI_HOME, so nothing is
downloaded. Without a CLI it says what to do and exits 3; it never pretends to have deployed.

Also `--destroy` (stacks in reverse order), `--refresh` (read the cluster first: `--preview --refresh` reports
drift, `--refresh` alone repairs it), `--changed` (a sites stack's engine run covers only the sites whose desired
state changed since the last recorded `up`; program/incremental.py says when it falls back to every site), and
`--policy-pack` (the CrossGuard pack runs inside the engine; a mandatory violation stops the update).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from sitegroup.commands.validate import add_inventory_args
from sitegroup.inventory import load_environment, repo_root
from sitegroup.program import incremental
from sitegroup.program.passwords import SEED_KEY, new_seed
from sitegroup.program.stackconfig import StackConfig, environment_stacks

INSTALL_HINT = """\
sitegroup up: the Pulumi CLI is not on PATH, so nothing was deployed.
Build the pinned engines from source (Pulumi CLI, Python language host, kubernetes provider; ADR 0009):
    sitegroup engines build          # prints the directory; then run `sitegroup up --engines ...`
Without a cluster, `sitegroup plan` shows everything `up` would create."""

DEFAULT_POLICY_PACK = "policies/crossguard"


def register(sub) -> None:
    p = sub.add_parser("up", help="deploy an environment's stacks with the Pulumi Automation API")
    add_inventory_args(p)
    p.add_argument("--stack", action="append", default=None, metavar="NAME",
                   help="only this stack (repeatable); default: every stack of the environment, in order")
    p.add_argument("--backend", default=None, metavar="URL",
                   help="state backend (default: file://<repo>/.pulumi-state, a local file backend)")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--preview", action="store_true", help="preview only, change nothing")
    mode.add_argument("--destroy", action="store_true",
                      help="delete every object of the stacks (reverse order); see docs/deploy.md before prod")
    p.add_argument("--changed", action="store_true",
                   help="sites stacks: run the engine over the sites whose desired state changed since the last"
                        " recorded `up` only (falls back to every site when it cannot vouch for the others)")
    p.add_argument("--refresh", action="store_true",
                   help="read the live objects first: with --preview it reports drift (edits made outside Pulumi),"
                        " without it the update takes the drifted fields back")
    p.add_argument("--policy-pack", default=None, metavar="DIR",
                   help=f"run this CrossGuard pack inside the engine (default: {DEFAULT_POLICY_PACK}; 'none' to skip)")
    p.add_argument("--engines", nargs="?", const="build", default=None, metavar="DIR",
                   help="use the pinned engines (a directory from `sitegroup engines build`, or build them now)")
    p.add_argument("--kubeconfig", default=None, metavar="PATH",
                   help="kubeconfig for the provider (default: the stack's sitegroup:kubeconfig, else $KUBECONFIG)")
    p.add_argument("--checkpoints", action="store_true",
                   help="save the state after every step (Pulumi's default; 8x slower at 30 sites, see below)")
    p.add_argument("--json", action="store_true", help="print one JSON summary per stack (changes, outputs)")
    p.set_defaults(func=run)


def engines_env(spec: str | None, pulumi_home: Path) -> dict[str, str]:
    """PATH with the pinned engines first, and the provider installed in PULUMI_HOME under its version."""
    if spec is None:
        return {}
    from sitegroup.engines import build

    bin_dir = build.ensure() if spec == "build" else Path(spec)
    absent = build.missing(bin_dir, only=build.DEPLOY_ENGINES)  # what a deploy runs; not the test-only engines
    if absent:
        raise SystemExit(f"sitegroup up: {bin_dir} lacks {', '.join(absent)}: run `sitegroup engines build`")
    env = {"PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}", "PULUMI_HOME": str(pulumi_home),
           # The provider is the one installed under its version, never a pulumi-resource-* found on PATH.
           "PULUMI_IGNORE_AMBIENT_PLUGINS": "true"}
    install_provider(bin_dir, pulumi_home, env)
    return env


def install_provider(bin_dir: Path, pulumi_home: Path, env: dict[str, str]) -> None:
    from sitegroup.engines.build import KUBERNETES_PROVIDER_VERSION

    plugin = pulumi_home / "plugins" / f"resource-kubernetes-v{KUBERNETES_PROVIDER_VERSION}"
    binary = bin_dir / "pulumi-resource-kubernetes"
    marker = plugin / ".sitegroup-source"
    if marker.exists() and marker.read_text() == str(binary.resolve()):
        return
    shutil.rmtree(plugin, ignore_errors=True)
    subprocess.run([str(bin_dir / "pulumi"), "plugin", "install", "resource", "kubernetes",
                    KUBERNETES_PROVIDER_VERSION, "--file", str(binary)],
                   env=os.environ | env, check=True, capture_output=True, text=True)
    marker.write_text(str(binary.resolve()))


def ensure_platform_secrets(stack, st: StackConfig, auto) -> None:
    """The platform stack's seed for generated passwords: made once, kept (encrypted) in its stack config."""
    if st.layer not in ("platform", "all"):
        return
    key = f"sitegroup:{SEED_KEY}"
    if key not in stack.get_all_config():
        stack.set_config(key, auto.ConfigValue(value=new_seed(), secret=True))
        print(f"sitegroup up: generated {key} for stack {st.name} (a Pulumi secret in its stack config: keep it;"
              " every site's generated passwords derive from it)", file=sys.stderr)
    ensure_log_secrets(stack, st, auto)


def ensure_log_secrets(stack, st: StackConfig, auto) -> None:
    """The central logs' secrets (sitegroup.k8s.logging.CONFIG_KEYS), made once like the seed; docs/logging.md."""
    from sitegroup.k8s.logging import CONFIG_KEYS, EVIDENCE_KEY
    from sitegroup.logs.signing import new_private_pem

    have = stack.get_all_config()
    for name in CONFIG_KEYS:
        key = f"sitegroup:{name}"
        if key not in have:
            value = new_private_pem() if name == EVIDENCE_KEY else new_seed()
            stack.set_config(key, auto.ConfigValue(value=value, secret=True))
            print(f"sitegroup up: generated {key} for stack {st.name} (a Pulumi secret in its stack config)",
                  file=sys.stderr)


def base_env(checkpoints: bool) -> dict[str, str]:
    """Offline by construction: no update check, no plugin download (under --engines only the installed provider)."""
    env = {"PULUMI_SKIP_UPDATE_CHECK": "true", "PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION": "true",
           # The engine spent a quarter of its CPU collecting garbage on a 5,000-resource preview (pprof,
           # bench/engine.py); a larger heap target halves the collections. A GOGC of the caller's wins.
           "GOGC": os.environ.get("GOGC", "200")}
    if not checkpoints:
        # The file backend rewrites the whole state (MBs) after every step: O(n^2), 162 s vs 20 s for 30 sites'
        # 750 objects (bench/engine.py). Written once at the end instead. Safe here because nothing in the state
        # is unrecoverable: server-side apply adopts an object an interrupted run created but did not record, and
        # the generated passwords are derived, not stored (docs/adr/0009).
        env["PULUMI_SKIP_CHECKPOINTS"] = "true"
    return env


def summary(st: StackConfig, result, action: str) -> dict:
    out = {"stack": st.name, "layer": st.layer, "action": action}
    changes = getattr(result, "change_summary", None)
    if changes is None and getattr(result, "summary", None) is not None:
        changes = result.summary.resource_changes
    out["changes"] = dict(changes or {})
    outputs = getattr(result, "outputs", None) or {}
    out["outputs"] = {k: ("[secret]" if v.secret else v.value) for k, v in outputs.items()}
    return out


def project_name(root: Path) -> str:
    import yaml

    return str(yaml.safe_load((root / "Pulumi.yaml").read_text(encoding="utf-8"))["name"])


def sites_state(root: Path, st: StackConfig, env_model, opts, auto) -> tuple[str, dict[str, str]] | None:
    """(context digest, site digests) of a sites stack; None if the platform's generated passwords are unknown."""
    platform = st.config.get("sitegroup:platformStack")
    if not platform:
        return None
    try:
        outputs = auto.select_stack(stack_name=platform, work_dir=str(root), opts=opts).outputs()
    except auto.CommandError:
        return None
    credentials = outputs.get("backupCredentials")
    if credentials is None or not isinstance(credentials.value, dict):
        return None
    return incremental.context_digest(root, st), incremental.site_digests(env_model, st, credentials.value)


def run(args) -> int:
    if args.changed and (args.destroy or args.refresh):
        print("sitegroup up: --changed does not combine with --destroy or --refresh (they cover every object)",
              file=sys.stderr)
        return 2
    root = repo_root()
    state = root / ".pulumi-state"
    home = Path(os.environ.get("PULUMI_HOME") or state / "pulumi-home")
    env_vars = base_env(args.checkpoints)
    env_vars.update(engines_env(args.engines, home))
    path = env_vars.get("PATH", os.environ.get("PATH", ""))
    if shutil.which("pulumi", path=path) is None:
        print(INSTALL_HINT, file=sys.stderr)
        return 3
    from pulumi import automation as auto  # imported only when a CLI can serve it

    env_name = args.env or "dev"
    stacks = environment_stacks(root / "stacks", env_name)
    if args.stack:
        unknown = set(args.stack) - {s.name for s in stacks}
        if unknown:
            print(f"sitegroup up: no stack(s) {sorted(unknown)} for environment {env_name}", file=sys.stderr)
            return 2
        stacks = [s for s in stacks if s.name in args.stack]
    if not stacks:
        print(f"sitegroup up: no stacks/Pulumi.*.yaml for environment {env_name}", file=sys.stderr)
        return 2
    backend = args.backend or f"file://{state}"
    if backend.startswith("file://"):
        Path(backend.removeprefix("file://")).mkdir(parents=True, exist_ok=True)
        if "PULUMI_CONFIG_PASSPHRASE" not in os.environ and "PULUMI_CONFIG_PASSPHRASE_FILE" not in os.environ:
            print("sitegroup up: the file backend encrypts secrets with a passphrase: set PULUMI_CONFIG_PASSPHRASE"
                  " (or PULUMI_CONFIG_PASSPHRASE_FILE)", file=sys.stderr)
            return 2
    env_vars["PULUMI_BACKEND_URL"] = backend
    if args.kubeconfig:
        env_vars["KUBECONFIG"] = str(Path(args.kubeconfig).resolve())
    pack = args.policy_pack or DEFAULT_POLICY_PACK
    packs = [] if pack == "none" else [str((root / pack).resolve())]
    # The Automation API runs `pulumi` from PATH: the pinned one first under --engines.
    os.environ.update(env_vars)
    opts = auto.LocalWorkspaceOptions(work_dir=str(root), env_vars=env_vars, pulumi_home=str(home))
    order = list(reversed(stacks)) if args.destroy else stacks
    state_dir = Path(backend.removeprefix("file://")) if backend.startswith("file://") else None
    project = project_name(root)
    env_model = None
    for st in order:
        print(f"==> {st.name} ({st.layer})", file=sys.stderr, flush=True)
        stack = auto.create_or_select_stack(stack_name=st.name, work_dir=str(root), opts=opts)
        ensure_platform_secrets(stack, st, auto)
        out = (lambda line: print(line, file=sys.stderr)) if args.json else print
        # A sites stack's desired state per site: recorded after a successful up, compared by --changed (a plain
        # preview neither records nor compares).
        recorded = previous = None
        if st.layer == "sites" and state_dir is not None and not args.destroy and (args.changed or not args.preview):
            env_model = env_model or load_environment(path=root / "inventories" / env_name)
            recorded = sites_state(root, st, env_model, opts, auto)
            previous = incremental.load_record(state_dir, st.name)
        targets: dict = {}
        decision = None
        if args.changed and st.layer == "sites":
            decision = incremental.Decision(False, "needs the file backend and a readable platform stack")
            if recorded is not None:
                decision = incremental.decide(previous, incremental.state_digest(state_dir, project, st.name),
                                              *recorded)
            scope = f"{len(decision.changed)} changed site(s)" if decision.targeted else "every site"
            print(f"sitegroup up: {st.name}: {scope}: {decision.reason}", file=sys.stderr, flush=True)
            if decision.targeted and not decision.changed:
                if args.json:
                    print(json.dumps({"stack": st.name, "layer": st.layer, "action": "skipped",
                                      "changes": {}, "changed_sites": [], "reason": decision.reason}))
                continue
            if decision.targeted:
                targets = {"target": [incremental.site_urn(st.name, project, s) for s in decision.changed],
                           "target_dependents": True}
                stack.workspace.env_vars = {**stack.workspace.env_vars,
                                            incremental.TARGETED_SITES_ENV: ",".join(decision.changed)}
        try:
            if args.destroy:
                result, action = stack.destroy(on_output=out), "destroy"
                if state_dir is not None:
                    incremental.forget_record(state_dir, st.name)
            elif args.preview:
                result = stack.preview(on_output=out, policy_packs=packs, refresh=args.refresh, diff=True,
                                       **targets)
                action = "preview-refresh" if args.refresh else "preview"
            else:
                result = stack.up(on_output=out, policy_packs=packs, refresh=args.refresh, **targets)
                action = "up-refresh" if args.refresh else "up"
                if recorded is not None:
                    remember(state_dir, project, st.name, recorded, decision, previous)
        except auto.CommandError as exc:
            print(f"sitegroup up: {st.name} failed: {str(exc)[-2000:]}", file=sys.stderr)
            return 1
        if args.json:
            line = summary(st, result, action)
            if decision is not None:
                line["changed_sites"] = list(decision.changed) if decision.targeted else None
                line["reason"] = decision.reason
            print(json.dumps(line, ensure_ascii=False))
    if not args.destroy and any(_skips_await(st) for st in stacks):
        print(NODELESS_NOTE, file=sys.stderr)
    return 0


def remember(state_dir: Path, project: str, stack: str, recorded: tuple[str, dict[str, str]], decision,
             previous: incremental.Record | None) -> None:
    """After a successful up: the digests it applied, with the state it wrote (program/incremental.py)."""
    context, digests = recorded
    state = incremental.state_digest(state_dir, project, stack)
    if state is None:
        incremental.forget_record(state_dir, stack)
        return
    sites = dict(digests)
    if decision is not None and decision.targeted:
        # Only the changed sites went through the engine; the others are as the previous record says, which
        # decide() checked is this digest too.
        sites = {**previous.sites, **{s: digests[s] for s in decision.changed}}
    incremental.save_record(state_dir, stack, incremental.Record(state=state, context=context, sites=sites))


NODELESS_NOTE = """\
sitegroup up: these stacks declare a cluster without nodes (sitegroup:skipAwait): the API server admitted and
stored every object (RBAC, Pod Security, quota, limit ranges), and no Pod ran. Not shown by this run: images,
containers and probes, NetworkPolicy enforcement, the gateway's data plane, the charts' webhooks (docs/deploy.md)."""


def _skips_await(st: StackConfig) -> bool:
    return str(st.config.get("sitegroup:skipAwait", "")).lower() == "true"

