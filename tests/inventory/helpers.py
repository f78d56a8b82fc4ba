"""Build small inventories in a temporary folder and read back what the validator says."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import yaml

from sitegroup.errors import Issue
from sitegroup.inventory import check_environment, repo_root

TODAY = date(2026, 11, 27)
DEV = repo_root() / "inventories" / "dev"


def copy_dev(tmp: Path) -> Path:
    inv = tmp / "inv"
    shutil.copytree(DEV, inv)
    return inv


def entry_path(inv: Path, site_id: str) -> Path:
    found = list((inv / "sites").glob(f"*/{site_id}.yaml"))
    assert found, site_id
    return found[0]


def read_entry(inv: Path, site_id: str) -> dict:
    return yaml.safe_load(entry_path(inv, site_id).read_text(encoding="utf-8"))


def write_entry(inv: Path, data: dict, prefecture: str | None = None, name: str | None = None) -> Path:
    pref = prefecture or "linhe"
    path = inv / "sites" / pref / f"{name or data['id']}.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def change(inv: Path, site_id: str, **fields) -> Path:
    """Rewrite one entry with fields changed (None removes a key)."""
    path = entry_path(inv, site_id)
    data = read_entry(inv, site_id)
    for k, v in fields.items():
        if v is None:
            data.pop(k, None)
        else:
            data[k] = v
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def issues(inv: Path, today: date = TODAY) -> list[Issue]:
    env, found = check_environment(path=inv, today=today)
    assert (env is None) == bool(found)
    return found


def only(found: list[Issue], rule: str) -> list[Issue]:
    return [i for i in found if i.rule == rule]


def new_county(**over) -> dict:
    """A valid county portal entry under linhe that no other entry collides with."""
    data = {
        "id": "xinhe", "name": "新河县人民政府门户网站", "organizer": "新河县人民政府办公室",
        "level": "county", "type": "portal", "region_code": "680129", "site_code": "6801290001",
        "parent": "linhe", "domains": ["www.xinhe.gov.cn"], "icp": "青ICP备68009999号-1",
        "psb": "青公网安备68012900009999号", "owners": ["sg:xinhe-editors"], "template": "county-portal",
        "status": "planned",
    }
    data.update(over)
    return {k: v for k, v in data.items() if v is not None}
