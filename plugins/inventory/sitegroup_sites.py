"""Ansible inventory plugin: hosts for onboarding, from the validated site inventory.

For every site with a ``legacy`` block it yields two hosts:
  legacy-<id>   the legacy server (group ``legacy``), reached over ssh (or any connection the config sets)
  content-<id>  the content target (group ``content``): in the cluster a pod in the site's namespace
                reached with kubernetes.core.kubectl; in tests a container via community.docker.docker
and a group ``site_<id>`` holding both. Each host carries ``sitegroup_site`` (sitegroup.migrate.facts),
so roles read the model and never parse site YAML.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from ansible.errors import AnsibleParserError
from ansible.plugins.inventory import BaseInventoryPlugin

DOCUMENTATION = r"""
name: sitegroup_sites
short_description: Legacy and content-target hosts of migrating sites, from the sitegroup site inventory
description:
  - Loads inventories/<env> with sitegroup.inventory.load_environment (validation included) and adds
    legacy-<id> and content-<id> hosts for every site that has a legacy block.
options:
  plugin:
    description: Must be sitegroup_sites.
    required: true
    choices: [sitegroup_sites]
  inventory_dir:
    description: The sitegroup inventory directory (environment.yaml + sites/). Relative paths are taken from
      the directory of this config file; empty means that directory itself.
    type: str
    default: ""
  legacy_connection:
    description: Connection plugin for legacy hosts.
    type: str
    default: ssh
  legacy_become:
    description: Become root on legacy hosts (the ssh user reads the docroot; the vhost and /var/backups need root).
    type: bool
    default: true
  target_connection:
    description: Connection plugin for content targets.
    type: str
    default: kubernetes.core.kubectl
  target_host:
    description: The pod (kubectl) or container (docker) holding the site's content volume. "{site}" is
      replaced by the site id and "{namespace}" by its namespace.
    type: str
    default: content-migrate
  target_container:
    description: Container inside the pod (kubectl only).
    type: str
    default: ""
  target_root:
    description: Where the content volume is mounted on the target.
    type: str
    default: /srv/site
  python_interpreter:
    description: Python on legacy hosts and targets (empty lets Ansible discover it).
    type: str
    default: ""
"""

_REPO = Path(__file__).resolve().parents[2]


def _load(path: Path):
    try:
        from sitegroup.inventory import load_environment
    except ImportError:  # running from a checkout without the package installed
        sys.path.insert(0, str(_REPO))
        from sitegroup.inventory import load_environment
    from sitegroup.migrate.facts import site_facts

    return load_environment(path=path), site_facts


def group_name(site_id: str) -> str:
    return "site_" + re.sub(r"[^A-Za-z0-9_]", "_", site_id)


class InventoryModule(BaseInventoryPlugin):
    NAME = "sitegroup_sites"

    def verify_file(self, path):
        return super().verify_file(path) and Path(path).name in ("sitegroup.yml", "sitegroup.yaml")

    def parse(self, inventory, loader, path, cache=True):
        super().parse(inventory, loader, path, cache)
        self._read_config_data(path)
        base = Path(path).resolve().parent
        option = self.get_option("inventory_dir")
        root = (base / option).resolve() if option else base
        try:
            env, site_facts = _load(root)
        except Exception as exc:  # InventoryError carries the issues; show them, do not guess
            issues = getattr(exc, "issues", None)
            detail = "\n".join(str(i) for i in issues) if issues else str(exc)
            raise AnsibleParserError(f"sitegroup inventory {root} is invalid:\n{detail}") from exc

        target_root = self.get_option("target_root")
        python = self.get_option("python_interpreter")
        for group in ("legacy", "content"):
            inventory.add_group(group)
        for site in env.sites:
            if site.legacy is None:
                continue
            facts = site_facts(site, env, target_root)
            group = inventory.add_group(group_name(site.id))
            legacy = f"legacy-{site.id}"
            content = f"content-{site.id}"
            for host, role in ((legacy, "legacy"), (content, "content")):
                inventory.add_host(host, group="all")
                inventory.add_child(role, host)
                inventory.add_child(group, host)
                inventory.set_variable(host, "sitegroup_site", facts)
                inventory.set_variable(host, "sitegroup_legacy_host", legacy)
                inventory.set_variable(host, "sitegroup_content_host", content)
                if python:
                    inventory.set_variable(host, "ansible_python_interpreter", python)
            inventory.set_variable(legacy, "ansible_host", site.legacy.host)
            inventory.set_variable(legacy, "ansible_connection", self.get_option("legacy_connection"))
            if site.legacy.ssh_user and self.get_option("legacy_connection") == "ssh":
                inventory.set_variable(legacy, "ansible_user", site.legacy.ssh_user)
            if self.get_option("legacy_become"):
                inventory.set_variable(legacy, "ansible_become", True)
            target = self.get_option("target_host").format(site=site.id, namespace=facts["namespace"])
            connection = self.get_option("target_connection")
            inventory.set_variable(content, "ansible_connection", connection)
            inventory.set_variable(content, "ansible_host", target)
            if connection.endswith("kubectl"):
                inventory.set_variable(content, "ansible_kubectl_namespace", facts["namespace"])
                inventory.set_variable(content, "ansible_kubectl_pod", target)
                container = self.get_option("target_container")
                if container:
                    inventory.set_variable(content, "ansible_kubectl_container", container)
