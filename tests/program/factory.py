"""Model objects built directly (no inventory files): small environments for fast tests."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from sitegroup.model import (
    Autoscale,
    BackupTier,
    Capacity,
    Database,
    Environment,
    Platform,
    Quota,
    RateLimit,
    Resources,
    Retention,
    Site,
    SiteWaf,
    Template,
    WafProfile,
)
from sitegroup.rules import namespace_quota

GiB, MiB = 1 << 30, 1 << 20
KUBERNETES_VERSION = "1.36"


def _template(name: str, site_type: str, levels: tuple[str, ...], *, replicas: int, cpu: int, mem: int,
              storage: int, autoscale: Autoscale | None, waf: str, tier: str) -> Template:
    res = Resources(replicas, cpu, cpu * 4, mem, mem * 4, storage)
    lim = Resources(replicas * 3, cpu * 8, cpu * 8, mem * 8, mem * 8, storage * 4)
    # Portals of the province and the cities run a CMS with its own PostgreSQL (as site_templates/ do).
    db = Database(storage // 2, cpu, cpu * 4, mem * 2, mem * 4) if levels[0] in ("province", "city") else None
    return Template(name, f"{name} template", site_type, levels, "registry.sitegroup.internal/web/static-nginx:1.22.1",
                    db, res, autoscale, lim, waf, tier, Path(f"site_templates/{name}.yaml"))


TEMPLATES = {
    "province-portal": _template("province-portal", "portal", ("province",), replicas=3, cpu=500, mem=512 * MiB,
                                 storage=50 * GiB, autoscale=Autoscale(3, 10, 70), waf="strict", tier="gold"),
    "city-portal": _template("city-portal", "portal", ("city",), replicas=2, cpu=250, mem=256 * MiB,
                             storage=20 * GiB, autoscale=Autoscale(2, 6, 70), waf="strict", tier="gold"),
    "county-portal": _template("county-portal", "portal", ("county",), replicas=2, cpu=100, mem=128 * MiB,
                               storage=10 * GiB, autoscale=Autoscale(2, 4, 75), waf="standard", tier="silver"),
    "department": _template("department", "department", ("department",), replicas=2, cpu=100, mem=128 * MiB,
                            storage=5 * GiB, autoscale=None, waf="standard", tier="silver"),
}


def _waf(name: str, paranoia: int) -> WafProfile:
    return WafProfile(name, name, "On", paranoia, 5, 4, 1 << 20, 20 << 20, ("GET", "HEAD", "POST"),
                      ("application/x-www-form-urlencoded",), RateLimit(30, 60), ("/admin/",), ("10.20.0.0/16",),
                      Path(f"policies/waf/{name}.yaml"))


WAF = {"standard": _waf("standard", 1), "strict": _waf("strict", 2)}


def _tier(name: str, rank: int) -> BackupTier:
    return BackupTier(name, rank, name, "15 * * * *", Retention(24, 7, 4, 6), rank >= 3, 24 // rank, 7 * rank,
                      Path(f"policies/backup/{name}.yaml"))


TIERS = {"silver": _tier("silver", 2), "gold": _tier("gold", 3)}


def site(site_id: str, template: str, *, level: str, prefecture: str = "hangzhou", name: str = "某某市人民政府",
         domains: tuple[str, ...] | None = None, owners: tuple[str, ...] = ("sitegroup:owners:demo",),
         parent: str | None = None, status: str = "live") -> Site:
    t = TEMPLATES[template]
    domains = domains or (f"www.{site_id}.gov.cn",)
    ascii_domains = tuple(d.encode("idna").decode() if not d.isascii() else d for d in domains)
    return Site(
        id=site_id, name=name, organizer=name, level=level, type=t.site_type, region_code="330100",
        site_code=f"{330100 + len(site_id):06d}0001", parent=parent, prefecture=prefecture, domains=domains,
        ascii_domains=ascii_domains, icp="浙ICP备00000000号", psb="33010002000000", owners=owners, template=t,
        resources=t.resources, autoscale=t.autoscale, quota=_quota(t), waf=SiteWaf(WAF[t.default_waf_profile]),
        backup=TIERS[t.default_backup_tier],
        legacy=None, status=status, admin_level=level if level != "department" else "city",
    )


def _quota(t: Template) -> Quota:
    return namespace_quota(t.resources, t.autoscale, t.database)


def environment(*, acme: bool = False, sites: tuple[Site, ...] | None = None, name: str = "test") -> Environment:
    sites = sites if sites is not None else (
        site("zj", "province-portal", level="province", name="浙江省人民政府"),
        site("hz", "city-portal", level="city", name="杭州市人民政府", domains=("www.hz.gov.cn", "杭州.政务")),
        site("hz-fy", "county-portal", level="county", name="富阳区人民政府", parent="hz"),
        site("hz-slj", "department", level="department", name="杭州市水利局", parent="hz",
             owners=("sitegroup:owners:hz-slj", "sitegroup:ops")),
        site("nb", "city-portal", level="city", prefecture="ningbo", name="宁波市人民政府"),
        site("nb-old", "department", level="department", prefecture="ningbo", name="宁波市旧网站", status="closed"),
    )
    platform = Platform(
        kubernetes_version=KUBERNETES_VERSION,
        gateway_cidrs=("10.96.0.0/12",),
        waf_replicas=2,
        cert_issuer="sitegroup-acme" if acme else "sitegroup-ca",
        acme_server="https://acme.sitegroup.internal/directory" if acme else None,
        backup_repository="rest:https://backup.test.sitegroup.internal:8000",
        offsite_repository=None,
        dns_cidrs=("169.254.20.10/32",),
    )
    return Environment(name=name, root=Path("inventories") / name, capacity=Capacity(64_000, 256 * GiB, 4096 * GiB),
                       platform=platform, sites=tuple(sorted(sites, key=lambda s: s.id)), templates=TEMPLATES,
                       waf_profiles=WAF, backup_tiers=TIERS)


def with_platform(env: Environment, **changes) -> Environment:
    return dataclasses.replace(env, platform=dataclasses.replace(env.platform, **changes))
