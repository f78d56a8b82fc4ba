"""Model objects built directly, so the backup tests do not depend on an inventory's contents."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from sitegroup.model import (
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

GIB = 1 << 30

TIERS = {
    "gold": BackupTier("gold", 3, "portals", "15 * * * *", Retention(48, 30, 12, 12), True, 1, 7, Path("gold.yaml")),
    "silver": BackupTier("silver", 2, "county", "30 */6 * * *", Retention(0, 14, 8, 6), True, 6, 30, Path("s.yaml")),
    "bronze": BackupTier("bronze", 1, "dept", "45 2 * * *", Retention(0, 7, 4, 3), False, 24, 90, Path("b.yaml")),
}

_RES = Resources(2, 250, 1000, 256 << 20, 1 << 30, 20 * GIB)
_TEMPLATE = Template(
    name="city-portal",
    description="市级政府门户网站",
    site_type="portal",
    levels=("city",),
    image="registry.sitegroup.internal/web/static-nginx:1.22.1-bookworm",
    database=None,
    resources=_RES,
    autoscale=None,
    limits=_RES,
    default_waf_profile="strict",
    default_backup_tier="gold",
    source=Path("t.yaml"),
)
# The same template with its own PostgreSQL (as site_templates/city-portal.yaml has).
DATABASE = Database(storage=10 * GIB, cpu_request_m=250, cpu_limit_m=1000, memory_request=512 << 20,
                    memory_limit=1 << 30)
_DB_TEMPLATE = dataclasses.replace(_TEMPLATE, database=DATABASE)
_WAF = WafProfile(
    name="strict",
    description="",
    engine="On",
    paranoia=2,
    inbound_threshold=5,
    outbound_threshold=4,
    request_body_limit=1 << 20,
    file_upload_limit=1 << 20,
    allowed_methods=("GET",),
    allowed_content_types=(),
    rate_limit=RateLimit(10, 20),
    admin_paths=(),
    admin_allow_from=(),
    source=Path("w.yaml"),
)


def make_site(site_id: str = "hengshan", tier: str = "gold", *, database: bool = False) -> Site:
    return Site(
        id=site_id,
        name="衡山市人民政府",
        organizer="衡山市人民政府办公室",
        level="city",
        type="portal",
        region_code="430100",
        site_code="4301000001",
        parent=None,
        prefecture="hengshan",
        domains=(f"www.{site_id}.gov.cn",),
        ascii_domains=(f"www.{site_id}.gov.cn",),
        icp="湘ICP备00000001号",
        psb="43010002000001",
        owners=("ops",),
        template=_DB_TEMPLATE if database else _TEMPLATE,
        resources=_RES,
        autoscale=None,
        quota=Quota(10, 4000, 8000, 4 * GIB, 8 * GIB, 40 * GIB, persistent_volume_claims=2, scratch_storage=20 * GIB),
        waf=SiteWaf(_WAF),
        backup=TIERS[tier],
        legacy=None,
        status="live",
        admin_level="city",
    )


def make_env(
    sites: tuple[Site, ...] | None = None,
    repository: str = "rest:https://backup.backup-system.svc.cluster.local:8000",
    offsite: str | None = "s3:https://oss.offsite.example.gov.cn/sitegroup-dr",
) -> Environment:
    sites = sites if sites is not None else (make_site("hengshan", "gold"), make_site("lishui", "bronze"))
    return Environment(
        name="test",
        root=Path("."),
        capacity=Capacity(100000, 1 << 40, 1 << 42),
        platform=Platform(
            kubernetes_version="1.31",
            gateway_cidrs=("10.0.0.0/8",),
            waf_replicas=2,
            cert_issuer="ca",
            acme_server=None,
            backup_repository=repository,
            offsite_repository=offsite,
            dns_cidrs=("10.96.0.10/32",),
        ),
        sites=tuple(sorted(sites, key=lambda s: s.id)),
        templates={"city-portal": _TEMPLATE},
        waf_profiles={"strict": _WAF},
        backup_tiers=dict(TIERS),
    )
