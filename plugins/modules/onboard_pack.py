#!/usr/bin/python
"""Pack listed files of the legacy docroot into one tar for transfer."""

from __future__ import annotations

from pathlib import Path

from ansible.module_utils.basic import AnsibleModule
from ansible.module_utils.sitegroup_migrate import tree

DOCUMENTATION = r"""
module: onboard_pack
short_description: Tar the listed files of a directory (a transfer batch)
options:
  path:
    description: "Source directory."
    type: path
    required: true
  files:
    description: "Site paths (/a/b.html) to pack: a list, or a batch mapping whose keys are the paths."
    type: raw
    required: true
  dest:
    description: "Where to write the tar (atomically)."
    type: path
    required: true
"""


def main() -> None:
    module = AnsibleModule(
        argument_spec={
            "path": {"type": "path", "required": True},
            "files": {"type": "raw", "required": True},
            "dest": {"type": "path", "required": True},
        },
        supports_check_mode=True,
    )
    p = module.params
    if isinstance(p["files"], dict):
        p["files"] = sorted(p["files"])
    if not isinstance(p["files"], list) or not all(isinstance(f, str) for f in p["files"]):
        module.fail_json(msg="files must be a list of paths or a mapping keyed by path")
    if module.check_mode:
        module.exit_json(changed=True, members=len(p["files"]))
    try:
        n = tree.pack(Path(p["path"]), p["files"], Path(p["dest"]))
    except (OSError, ValueError) as exc:
        module.fail_json(msg=str(exc))
    module.exit_json(changed=True, members=n, dest=p["dest"])


if __name__ == "__main__":
    main()
