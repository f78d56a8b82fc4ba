"""sitegroup up: run an environment's stacks through Pulumi's Automation API, in bring-up order.

Needs the Pulumi CLI (the Automation API drives it) and the kubernetes/random provider plugins;
without the CLI it says what to install and exits 3. It never pretends to have deployed.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from sitegroup.commands.validate import add_inventory_args
from sitegroup.inventory import repo_root
from sitegroup.program.stackconfig import environment_stacks

INSTALL_HINT = """\
sitegroup up: the Pulumi CLI is not on PATH, so nothing was deployed.
Install it (https://www.pulumi.com/docs/install/), then the provider plugins the program uses:
    pulumi plugin install resource kubernetes v4.34.2
    pulumi plugin install resource random v4.21.4
and run again. Without a cluster, `sitegroup plan` shows everything `up` would create."""


def register(sub) -> None:
    p = sub.add_parser("up", help="deploy an environment's stacks with the Pulumi Automation API")
    add_inventory_args(p)
    p.add_argument("--stack", action="append", default=None, metavar="NAME",
                   help="only this stack (repeatable); default: every stack of the environment, in order")
    p.add_argument("--backend", default=None, metavar="URL",
                   help="state backend (default: file://<repo>/.pulumi-state, a local file backend)")
    p.add_argument("--preview", action="store_true", help="preview only, change nothing")
    p.set_defaults(func=run)


def run(args) -> int:
    if shutil.which("pulumi") is None:
        print(INSTALL_HINT, file=sys.stderr)
        return 3
    from pulumi import automation as auto  # imported only when the CLI can serve it

    root = repo_root()
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
    backend = args.backend or f"file://{root / '.pulumi-state'}"
    if backend.startswith("file://"):
        Path(backend.removeprefix("file://")).mkdir(parents=True, exist_ok=True)
        if "PULUMI_CONFIG_PASSPHRASE" not in os.environ and "PULUMI_CONFIG_PASSPHRASE_FILE" not in os.environ:
            print("sitegroup up: the file backend encrypts secrets with a passphrase: set PULUMI_CONFIG_PASSPHRASE"
                  " (or PULUMI_CONFIG_PASSPHRASE_FILE)", file=sys.stderr)
            return 2
    opts = auto.LocalWorkspaceOptions(work_dir=str(root), env_vars={"PULUMI_BACKEND_URL": backend})
    for st in stacks:
        print(f"==> {st.name} ({st.layer})", flush=True)
        stack = auto.create_or_select_stack(stack_name=st.name, work_dir=str(root), opts=opts)
        if args.preview:
            stack.preview(on_output=print)
        else:
            stack.up(on_output=print)
    return 0
