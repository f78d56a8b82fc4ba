#!/usr/bin/python
"""Manifest (size, sha256) of every regular file under a directory. Read-only."""

from __future__ import annotations

from pathlib import Path

from ansible.module_utils.basic import AnsibleModule
from ansible.module_utils.sitegroup_migrate import tree

DOCUMENTATION = r"""
module: onboard_manifest
short_description: Size and sha256 of every regular file under a directory (read-only)
options:
  path:
    description: "Directory to walk (symlinks are not followed)."
    type: path
    required: true
"""


def main() -> None:
    module = AnsibleModule(
        argument_spec={"path": {"type": "path", "required": True}}, supports_check_mode=True
    )
    root = Path(module.params["path"])
    if not root.is_dir():
        module.fail_json(msg=f"{root} is not a directory")
    try:
        files = tree.manifest(root)
    except ValueError as exc:
        module.fail_json(msg=str(exc))
    module.exit_json(changed=False, files=files, count=len(files), bytes=sum(v[0] for v in files.values()))


if __name__ == "__main__":
    main()
