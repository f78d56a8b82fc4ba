#!/usr/bin/python
"""Free space where a directory is (or will be created). Read-only."""

from __future__ import annotations

import shutil
from pathlib import Path

from ansible.module_utils.basic import AnsibleModule

DOCUMENTATION = r"""
module: onboard_space
short_description: Free bytes on the filesystem holding a path (or its nearest existing parent)
options:
  path:
    description: "Directory that is or will be used."
    type: path
    required: true
"""


def main() -> None:
    module = AnsibleModule(argument_spec={"path": {"type": "path", "required": True}}, supports_check_mode=True)
    path = Path(module.params["path"])
    probe = path
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    usage = shutil.disk_usage(probe)
    module.exit_json(changed=False, free=usage.free, total=usage.total, probed=str(probe))


if __name__ == "__main__":
    main()
