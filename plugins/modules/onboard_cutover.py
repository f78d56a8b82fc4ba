#!/usr/bin/python
"""Write the legacy host's vhost for cut-over: closure notice (date-driven) or 301 redirects."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ansible.module_utils.basic import AnsibleModule
from ansible.module_utils.sitegroup_migrate import cutover, tree

DOCUMENTATION = r"""
module: onboard_cutover
short_description: Render the legacy vhost (notice or redirect) and the shared map hash settings
options:
  site_id:
    description: "Site id."
    type: str
    required: true
  web_config:
    description: "The legacy vhost file to replace."
    type: path
    required: true
  original:
    description: "Where the original vhost is kept (for the header comment)."
    type: str
    default: ""
  hash_conf:
    description: "http-level file with map_hash_* settings."
    type: path
    required: true
  map_file:
    description: "The nginx map include with old path -> new URL."
    type: path
    required: true
  server_names:
    description: "Old domains (IDNA or Unicode)."
    type: list
    elements: str
    required: true
  listen:
    description: "listen values."
    type: list
    elements: str
    default: ["80"]
  new_base:
    description: "New site's base URL."
    type: str
    required: true
  docroot:
    description: "Legacy docroot (served during the notice period)."
    type: str
    required: true
  closing:
    description: "Whether the site is closing into another site."
    type: bool
    default: false
  notice_file:
    description: "File that records when the closure notice went up."
    type: path
    required: true
  notice_days:
    description: "Length of the notice period in days (at least 30)."
    type: int
    default: 30
  today:
    description: "Today's date (YYYY-MM-DD); tests move it forward."
    type: str
    required: true
  old_name:
    description: "The closing site's name."
    type: str
    default: ""
  new_name:
    description: "The site it is closed into."
    type: str
    default: ""
"""


def main() -> None:
    module = AnsibleModule(
        argument_spec={
            "site_id": {"type": "str", "required": True},
            "web_config": {"type": "path", "required": True},
            "original": {"type": "str", "default": ""},
            "hash_conf": {"type": "path", "required": True},
            "map_file": {"type": "path", "required": True},
            "server_names": {"type": "list", "elements": "str", "required": True},
            "listen": {"type": "list", "elements": "str", "default": ["80"]},
            "new_base": {"type": "str", "required": True},
            "docroot": {"type": "str", "required": True},
            "closing": {"type": "bool", "default": False},
            "notice_file": {"type": "path", "required": True},
            "notice_days": {"type": "int", "default": 30},
            "today": {"type": "str", "required": True},
            "old_name": {"type": "str", "default": ""},
            "new_name": {"type": "str", "default": ""},
        },
        supports_check_mode=True,
    )
    p = module.params
    check = module.check_mode
    try:
        today = date.fromisoformat(p["today"])
        notice_file = Path(p["notice_file"])
        since = None
        changed_files = []
        if p["closing"]:
            if notice_file.is_file():
                since = date.fromisoformat(notice_file.read_text().strip())
            else:
                since = today
                if tree.write_if_changed(notice_file, (today.isoformat() + "\n").encode(), check):
                    changed_files.append(str(notice_file))
        mode = cutover.phase(p["closing"], since, today, p["notice_days"])
        names = [n.encode("idna").decode("ascii").lower() for n in p["server_names"]]
        notice = ""
        if mode == "notice":
            notice = cutover.notice_html(
                p["old_name"], p["new_name"], p["new_base"] + "/", since, p["notice_days"]
            )
        text = cutover.render_vhost(
            site_id=p["site_id"],
            server_names=names,
            listen=p["listen"],
            mode=mode,
            map_file=p["map_file"],
            new_base=p["new_base"],
            docroot=p["docroot"],
            notice=notice,
            original=p["original"],
        )
    except (ValueError, UnicodeError, OSError) as exc:
        module.fail_json(msg=f"cannot render the cut-over configuration: {exc}")
    for path, data in ((Path(p["hash_conf"]), cutover.hash_conf()), (Path(p["web_config"]), text)):
        if tree.write_if_changed(path, data.encode("utf-8"), check):
            changed_files.append(str(path))
    module.exit_json(
        changed=bool(changed_files),
        mode=mode,
        changed_files=changed_files,
        notice_since=since.isoformat() if since else None,
    )


if __name__ == "__main__":
    main()
