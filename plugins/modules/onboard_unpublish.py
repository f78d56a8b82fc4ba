#!/usr/bin/python
"""Remove what an onboarding published on the target (rollback)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from ansible.module_utils.basic import AnsibleModule
from ansible.module_utils.sitegroup_migrate import tree

DOCUMENTATION = r"""
module: onboard_unpublish
short_description: Remove the files listed in the onboarding manifest and the onboarding state
options:
  publish:
    description: "Published content directory."
    type: path
    required: true
  state:
    description: "Bookkeeping directory (removed entirely)."
    type: path
    required: true
"""


def main() -> None:
    module = AnsibleModule(
        argument_spec={
            "publish": {"type": "path", "required": True},
            "state": {"type": "path", "required": True},
        },
        supports_check_mode=True,
    )
    publish, state = Path(module.params["publish"]), Path(module.params["state"])
    check = module.check_mode
    removed = 0
    try:
        doc = json.loads((state / "manifest.json").read_text("utf-8"))
        paths = [e["path"] for e in doc.get("files", [])]
    except (FileNotFoundError, ValueError):
        paths = []
    for path in paths:
        f = tree.safe_member(publish, path)
        if f.is_file():
            removed += 1
            if not check:
                f.unlink()
    dirs = tree.remove_empty_dirs(publish, check) if paths else 0
    state_existed = state.exists()
    if state_existed and not check:
        shutil.rmtree(state)
    module.exit_json(
        changed=bool(removed or dirs or state_existed),
        removed_files=removed,
        removed_dirs=dirs,
        removed_state=state_existed,
    )


if __name__ == "__main__":
    main()
