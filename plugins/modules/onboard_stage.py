#!/usr/bin/python
"""Keep a staged copy of the legacy docroot equal to the source manifest, batch by batch."""

from __future__ import annotations

import os
import tarfile
from pathlib import Path

from ansible.module_utils.basic import AnsibleModule
from ansible.module_utils.sitegroup_migrate import tree

DOCUMENTATION = r"""
module: onboard_stage
short_description: Unpack a transfer batch (checksum-verified) and plan what is still missing
options:
  path:
    description: "Staging directory on the target."
    type: path
    required: true
  source:
    description: "Source manifest (path -> [size, sha256]); needed to plan, not to unpack."
    type: dict
  expect:
    description: "With archive: the batch's entries (path -> [size, sha256]) its members must match."
    type: dict
  archive:
    description: "A batch tar to unpack first; removed afterwards."
    type: path
  batch_files:
    description: "Most files per batch."
    type: int
    default: 1000
  batch_bytes:
    description: "Most bytes per batch."
    type: int
    default: 268435456
"""


def unpack(root: Path, archive: Path, source: dict) -> tuple[int, list[str]]:
    """Extract regular files only, each checked against the source manifest before it is kept."""
    bad: list[str] = []
    n = 0
    with tarfile.open(archive, "r") as tar:
        for member in tar:
            path = "/" + member.name.lstrip("/")
            if not member.isfile() or path not in source:
                bad.append(path)
                continue
            dest = tree.safe_member(root, path)
            dest.parent.mkdir(parents=True, exist_ok=True)
            tmp = dest.with_name("." + dest.name + ".sg-part")
            with tar.extractfile(member) as src, open(tmp, "wb") as out:
                while chunk := src.read(1 << 20):
                    out.write(chunk)
            if tree.sha256_file(tmp) != source[path][1]:
                tmp.unlink()
                bad.append(path)
                continue
            os.replace(tmp, dest)
            n += 1
    return n, bad


def main() -> None:
    module = AnsibleModule(
        argument_spec={
            "path": {"type": "path", "required": True},
            "source": {"type": "dict"},
            "expect": {"type": "dict"},
            "archive": {"type": "path"},
            "batch_files": {"type": "int", "default": 1000},
            "batch_bytes": {"type": "int", "default": 256 * 1024 * 1024},
        },
        supports_check_mode=True,
    )
    p = module.params
    root = Path(p["path"])
    source = p["source"]
    changed = False
    unpacked = 0
    if p["archive"] and not module.check_mode:
        root.mkdir(parents=True, exist_ok=True)
        unpacked, bad = unpack(root, Path(p["archive"]), p["expect"] or source or {})
        os.unlink(p["archive"])
        changed = unpacked > 0
        if bad:
            module.fail_json(msg=f"{len(bad)} archive members failed the checksum or are not in the source",
                             bad=bad[:50])
    if source is None:  # unpack only
        module.exit_json(changed=changed, unpacked=unpacked)
    staged = tree.manifest(root) if root.is_dir() else {}
    fetch, delete = tree.stage_plan(source, staged)
    if delete and not module.check_mode:
        for path in delete:
            tree.safe_member(root, path).unlink()
        tree.remove_empty_dirs(root)
    changed = changed or bool(delete) or (module.check_mode and bool(fetch))
    module.exit_json(
        changed=changed,
        unpacked=unpacked,
        missing=len(fetch),
        deleted=delete[:50],
        batches=tree.batches(fetch, source, p["batch_files"], p["batch_bytes"]),
    )


if __name__ == "__main__":
    main()
