#!/usr/bin/python
"""Publish the staged legacy docroot: UTF-8, rewritten links, identifiers, manifest and URL maps."""

from __future__ import annotations

from pathlib import Path

from ansible.module_utils.basic import AnsibleModule
from ansible.module_utils.sitegroup_migrate.transform import SiteSpec, transform_tree

DOCUMENTATION = r"""
module: onboard_transform
short_description: Transform a staged legacy site into the published site (idempotent)
options:
  source:
    description: "Staged copy of the legacy docroot."
    type: path
    required: true
  publish:
    description: "Published content directory."
    type: path
    required: true
  state:
    description: "Bookkeeping directory (manifest.json, urlmap.json, *.map)."
    type: path
    required: true
  site:
    description: The site's spec (sitegroup_site.spec from the inventory plugin).
    type: dict
    required: true
"""


def main() -> None:
    module = AnsibleModule(
        argument_spec={
            "source": {"type": "path", "required": True},
            "publish": {"type": "path", "required": True},
            "state": {"type": "path", "required": True},
            "site": {"type": "dict", "required": True},
        },
        supports_check_mode=True,
    )
    p = module.params
    source = Path(p["source"])
    if not source.is_dir():
        if module.check_mode:
            module.exit_json(changed=True, msg="nothing staged yet")
        module.fail_json(msg=f"{source} does not exist: run the transfer first")
    try:
        result = transform_tree(source, Path(p["publish"]), Path(p["state"]), SiteSpec.from_dict(p["site"]),
                                check=module.check_mode)
    except (OSError, ValueError, KeyError) as exc:
        module.fail_json(msg=f"transform failed: {exc}")
    module.exit_json(**result)


if __name__ == "__main__":
    main()
