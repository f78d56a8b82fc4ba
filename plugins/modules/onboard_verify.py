#!/usr/bin/python
"""Verify a published site against its source: counts, checksums, links broken by the migration, old hosts in any
spelling, identifiers, encodings and declarations, every old URL reachable. The result lists every exception with
its page (exceptions); any exception fails the task, which stops the play before the cut-over."""

from __future__ import annotations

from pathlib import Path

from ansible.module_utils.basic import AnsibleModule
from ansible.module_utils.sitegroup_migrate.transform import SiteSpec
from ansible.module_utils.sitegroup_migrate.verify import check_served, verify_site

DOCUMENTATION = r"""
module: onboard_verify
short_description: Verify a published site against its source, every file (read-only); fails on any exception
options:
  publish:
    description: "Published content directory."
    type: path
    required: true
  state:
    description: "Bookkeeping directory with manifest.json."
    type: path
    required: true
  staging:
    description: "Staged copy of the legacy docroot."
    type: path
    required: true
  source:
    description: "Source manifest from the legacy host."
    type: dict
    required: true
  site:
    description: "The site's spec."
    type: dict
    required: true
  samples:
    description: "How many sample pages and renamed URLs to check."
    type: int
    default: 20
  served_base_url:
    description: Base URL of the target's web server (empty skips the HTTP checks).
    type: str
    default: ""
  served_host:
    description: "Host header for the HTTP checks."
    type: str
    default: ""
"""


def main() -> None:
    module = AnsibleModule(
        argument_spec={
            "publish": {"type": "path", "required": True},
            "state": {"type": "path", "required": True},
            "staging": {"type": "path", "required": True},
            "source": {"type": "dict", "required": True},
            "site": {"type": "dict", "required": True},
            "samples": {"type": "int", "default": 20},
            "served_base_url": {"type": "str", "default": ""},
            "served_host": {"type": "str", "default": ""},
        },
        supports_check_mode=True,
    )
    p = module.params
    if not (Path(p["state"]) / "manifest.json").is_file():
        if module.check_mode:
            module.exit_json(changed=False, ok=None, msg="nothing published yet")
        module.fail_json(msg="no manifest.json: run the transform first")
    report = verify_site(Path(p["publish"]), Path(p["state"]), Path(p["staging"]), p["source"],
                         SiteSpec.from_dict(p["site"]), p["samples"])
    if report["ok"] and p["served_base_url"]:
        served = check_served(p["served_base_url"], p["served_host"], report["sample_urls"], report["sample_renames"])
        report["served_problems"] = served
        if served:
            report["ok"] = False
            report["problems"].append(f"{len(served)} problems with pages served by the target")
    if not report["ok"]:
        first = [f"{x['page']}: {x['kind']}: {x['detail']}" for x in report["exceptions"][:10]]
        module.fail_json(msg="verification failed, the legacy host is not cut over: " + "; ".join(report["problems"])
                         + (" — first exceptions: " + " | ".join(first) if first else ""), **report)
    module.exit_json(changed=False, **report)


if __name__ == "__main__":
    main()
