"""Model objects built directly (no inventory on disk), for tests and benchmarks that need a small environment.

One builder per model type, each with a default for every field a caller does not care about; a caller names
only what its test reads. Derived fields come out as the loader makes them: a site's ASCII domains are the
IDNA form of its domains (sitegroup.domains.to_ascii) and its quota is sitegroup.rules.namespace_quota of its
resources, autoscaling and database, unless given. The objects are not validated: a test may build what the
loader would refuse.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from sitegroup.domains import to_ascii
from sitegroup.model import (
    Autoscale,
    BackupTier,
    Capacity,
    Database,
    Environment,
    Platform,
    RateLimit,
    Resources,
    Retention,
    Site,
    SiteWaf,
    Template,
    WafProfile,
)
from sitegroup.rules import namespace_quota

GIB, MIB = 1 << 30, 1 << 20
IMAGE = "registry.sitegroup.internal/web/static-nginx:1.22.1"


def template(name: str = "city-portal", *, site_type: str = "portal", levels: tuple[str, ...] = ("city",),
             replicas: int = 2, cpu_m: int = 250, memory: int = 256 * MIB, storage: int = 20 * GIB,
             autoscale: Autoscale | None = None, database: Database | bool = False, waf: str = "standard",
             tier: str = "silver", **overrides) -> Template:
    """A template sized from four numbers: requests as given and limits four times them; the most an
    override may ask (``limits``) three times the replicas and eight times the rest. ``database=True``: its
    own PostgreSQL sized from the same numbers (half the storage); a Database: that one. ``waf`` and ``tier``
    name the default WAF profile and backup tier. Any other Template field by keyword."""
    if database is True:
        database = Database(storage // 2, cpu_m, cpu_m * 4, memory * 2, memory * 4)
    fields = dict(
        name=name, description=f"{name} template", site_type=site_type, levels=levels, image=IMAGE,
        database=database or None,
        resources=Resources(replicas, cpu_m, cpu_m * 4, memory, memory * 4, storage), autoscale=autoscale,
        limits=Resources(replicas * 3, cpu_m * 8, cpu_m * 8, memory * 8, memory * 8, storage * 4),
        default_waf_profile=waf, default_backup_tier=tier, source=Path(f"site_templates/{name}.yaml"),
    )
    return Template(**{**fields, **overrides})


def waf_profile(name: str = "standard", **overrides) -> WafProfile:
    """A blocking profile at paranoia 1 with an admin path open to one range; any field by keyword."""
    fields = dict(
        name=name, description=name, engine="On", paranoia=1, inbound_threshold=5, outbound_threshold=4,
        request_body_limit=1 * MIB, file_upload_limit=20 * MIB, allowed_methods=("GET", "HEAD", "POST"),
        allowed_content_types=("application/x-www-form-urlencoded",), rate_limit=RateLimit(30, 60),
        admin_paths=("/admin/",), admin_allow_from=("10.20.0.0/16",), source=Path(f"policies/waf/{name}.yaml"),
    )
    return WafProfile(**{**fields, **overrides})


def backup_tier(name: str = "silver", rank: int = 2, **overrides) -> BackupTier:
    """An hourly tier whose guarantees grow with its rank (off-site from rank 3); any field by keyword."""
    fields = dict(
        name=name, rank=rank, description=name, schedule="15 * * * *", retention=Retention(24, 7, 4, 6),
        offsite=rank >= 3, rpo_hours=24 // rank, drill_every_days=7 * rank,
        source=Path(f"policies/backup/{name}.yaml"),
    )
    return BackupTier(**{**fields, **overrides})


def site(site_id: str, *, template: Template, waf: WafProfile | SiteWaf, backup: BackupTier,
         **overrides) -> Site:
    """A live site of ``template`` at the template's first level, with the template's sizes and autoscaling;
    ``waf`` a profile (no exceptions) or a SiteWaf. Any other Site field by keyword; the derived ones
    (``ascii_domains``, ``quota``, ``organizer``, ``site_code``, ``admin_level``) follow what is given."""
    o = dict(overrides)
    name = o.setdefault("name", "某某市人民政府")
    level = o.setdefault("level", template.levels[0])
    region_code = o.setdefault("region_code", "330100")
    domains = o["domains"] = tuple(o.get("domains", (f"www.{site_id}.gov.cn",)))
    resources = o.setdefault("resources", template.resources)
    autoscale = o.setdefault("autoscale", template.autoscale)
    o.setdefault("ascii_domains", tuple(to_ascii(d) for d in domains))
    if "quota" not in o:
        o["quota"] = namespace_quota(resources, autoscale, template.database)
    fields = dict(
        id=site_id, organizer=name, type=template.site_type, site_code=f"{region_code}0001", parent=None,
        prefecture="hangzhou", icp="浙ICP备00000000号", psb="33010002000000", owners=("sitegroup:owners:demo",),
        template=template, waf=waf if isinstance(waf, SiteWaf) else SiteWaf(waf), backup=backup, legacy=None,
        status="live", admin_level="city" if level == "department" else level,  # a department: its parent's
    )
    return Site(**{**fields, **o})


def platform(**overrides) -> Platform:
    """A platform with an in-cluster CA, no off-site repository, no ACME; any field by keyword."""
    fields = dict(
        kubernetes_version="1.31", gateway_cidrs=("10.96.0.0/12",), waf_replicas=2, cert_issuer="sitegroup-ca",
        acme_server=None, backup_repository="rest:https://backup.test.sitegroup.internal:8000",
        offsite_repository=None, dns_cidrs=("169.254.20.10/32",),
    )
    return Platform(**{**fields, **overrides})


_platform = platform  # environment()'s argument of the same name hides it there


def environment(sites: Iterable[Site], *, templates: dict[str, Template] | None = None,
                waf_profiles: dict[str, WafProfile] | None = None, backup_tiers: dict[str, BackupTier] | None = None,
                platform: Platform | None = None, name: str = "test", **overrides) -> Environment:
    """An environment of ``sites`` (sorted by id, as the loader does). Templates, WAF profiles and backup
    tiers default to those the sites use (by name; of two with one name, the later site's); pass them for a
    catalogue with more. Any other Environment field by keyword."""
    sites = tuple(sorted(sites, key=lambda s: s.id))
    fields = dict(
        name=name, root=Path("inventories") / name, capacity=Capacity(64_000, 256 * GIB, 4096 * GIB),
        platform=platform or _platform(), sites=sites,
        templates=_by_name(s.template for s in sites) if templates is None else dict(templates),
        waf_profiles=_by_name(s.waf.profile for s in sites) if waf_profiles is None else dict(waf_profiles),
        backup_tiers=_by_name(s.backup for s in sites) if backup_tiers is None else dict(backup_tiers),
    )
    return Environment(**{**fields, **overrides})


def _by_name(items: Iterable) -> dict:
    return {item.name: item for item in items}
