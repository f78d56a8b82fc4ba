"""sitegroup onboard: run playbooks/onboard.yml for one migrating site (a thin wrapper over ansible-playbook).

    sitegroup onboard qingshan --env dev            # migrate, verify, cut over
    sitegroup onboard qingshan --env dev --check    # what would change; changes nothing
    sitegroup onboard qingshan --env dev --rollback # restore the legacy vhost, remove what was published
`-e VAR=VALUE` (repeatable) passes extra variables to the roles, e.g. `-e onboard_transfer_batch_files=500`.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from sitegroup.errors import InventoryError
from sitegroup.inventory import inventory_path, load_environment, repo_root


def register(sub) -> None:
    p = sub.add_parser("onboard", help="migrate a legacy site onto the platform (Ansible), or roll it back")
    p.add_argument("site", help="site id (its entry needs a legacy block)")
    p.add_argument("--env", default=None, help="environment under inventories/ (default: dev)")
    p.add_argument("--inventory", type=Path, default=None, metavar="PATH",
                   help="an inventory directory holding sitegroup.yml (default: inventories/ENV)")
    p.add_argument("--check", action="store_true", help="check mode: report what would change, change nothing")
    p.add_argument("--rollback", action="store_true", help="undo the onboarding of this site")
    p.add_argument("--dry-run", action="store_true", help="print the ansible-playbook command and stop")
    p.add_argument("-e", "--extra-vars", dest="extra", action="append", default=[], metavar="VAR=VALUE",
                   help="extra variable for the roles (repeatable)")
    p.set_defaults(func=run)


def playbook_argv(site_id: str, inventory_dir: Path, *, check: bool, rollback: bool, extra: list[str],
                  ansible_playbook: str = "ansible-playbook") -> list[str]:
    argv = [ansible_playbook, "-i", str(inventory_dir / "sitegroup.yml"), "playbooks/onboard.yml",
            "-e", f"site={site_id}"]
    if rollback:
        argv += ["-e", "rollback=true"]
    if check:
        argv += ["--check", "--diff"]
    for item in extra:
        argv += ["-e", item]
    return argv


def _ansible_playbook() -> str:
    beside = Path(sys.executable).with_name("ansible-playbook")
    return str(beside) if beside.exists() else (shutil.which("ansible-playbook") or "ansible-playbook")


def run(args) -> int:
    inv = inventory_path(args.env, args.inventory).resolve()
    try:
        env = load_environment(args.env, path=args.inventory)
    except InventoryError as exc:
        for issue in exc.issues:
            print(issue, file=sys.stderr)
        return 1
    try:
        site = env.site(args.site)
    except KeyError:
        print(f"no site {args.site!r} in {inv}", file=sys.stderr)
        return 1
    if site.legacy is None:
        print(f"site {site.id} has no legacy block: nothing to onboard", file=sys.stderr)
        return 1
    if not args.rollback and site.status not in ("planned", "migrating"):
        print(f"site {site.id} is {site.status}; only planned/migrating sites are onboarded", file=sys.stderr)
        return 1
    if not (inv / "sitegroup.yml").is_file():
        print(f"{inv}/sitegroup.yml is missing (the sitegroup_sites inventory plugin's config)", file=sys.stderr)
        return 1
    argv = playbook_argv(site.id, inv, check=args.check, rollback=args.rollback, extra=args.extra,
                         ansible_playbook=_ansible_playbook())
    root = repo_root()
    if args.dry_run:
        print(" ".join(argv))
        return 0
    # ansible.cfg (plugin paths) is read from the working directory: run from the checkout.
    environ = {**os.environ, "ANSIBLE_CONFIG": str(root / "ansible.cfg")}
    os.chdir(root)
    os.execvpe(argv[0], argv, environ)  # noqa: S606 - an argv list, no shell; replaces this process
    return 0  # not reached
