"""Backup jobs reach the repository and nothing else: egress narrowed to platform.backup_cidrs."""

from __future__ import annotations

import dataclasses

from sitegroup.k8s import render


def _backup_egress(objs):
    [pol] = [o for o in objs if o["kind"] == "NetworkPolicy" and o["metadata"]["name"] == "allow-backup-egress"]
    return pol["spec"]["egress"]


def test_site_backup_egress_is_the_declared_cidrs(dev_env, dev_rendered):
    assert dev_env.platform.backup_cidrs == ("10.30.0.0/24",)
    for site_id, objs in dev_rendered.sites.items():
        rules = _backup_egress(objs)
        peers = [p for r in rules for p in r["to"]]
        assert peers == [{"ipBlock": {"cidr": "10.30.0.0/24"}}], site_id
        assert [p["port"] for r in rules for p in r["ports"]] == [8000]


def test_without_cidrs_only_the_port_is_narrowed(dev_env):
    env = dataclasses.replace(dev_env, platform=dataclasses.replace(dev_env.platform, backup_cidrs=()),
                              sites=dev_env.sites[:1])
    peers = [p for r in _backup_egress(next(iter(render(env).sites.values()))) for p in r["to"]]
    assert {"ipBlock": {"cidr": "0.0.0.0/0"}} in peers
