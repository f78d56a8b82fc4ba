"""Model objects built directly, so the backup tests do not depend on an inventory's contents."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from sitegroup.model import BackupTier, Database, Environment, Retention, Site
from tests import modelkit as kit

GIB = kit.GIB

# The tests read these values (schedules, retention, off-site, drill intervals, a tier without sites).
TIERS = {
    "gold": BackupTier("gold", 3, "portals", "15 * * * *", Retention(48, 30, 12, 12), True, 1, 7, Path("gold.yaml")),
    "silver": BackupTier("silver", 2, "county", "30 */6 * * *", Retention(0, 14, 8, 6), True, 6, 30, Path("s.yaml")),
    "bronze": BackupTier("bronze", 1, "dept", "45 2 * * *", Retention(0, 7, 4, 3), False, 24, 90, Path("b.yaml")),
}

# 20Gi of content and a 10Gi database: the sizes of the scratch claims the tests expect.
_TEMPLATE = kit.template("city-portal", description="市级政府门户网站", storage=20 * GIB, waf="strict", tier="gold")
# The same template with its own PostgreSQL (as site_templates/city-portal.yaml has).
DATABASE = Database(storage=10 * GIB, cpu_request_m=250, cpu_limit_m=1000, memory_request=512 << 20,
                    memory_limit=1 << 30)
_DB_TEMPLATE = dataclasses.replace(_TEMPLATE, database=DATABASE)
_WAF = kit.waf_profile("strict", paranoia=2)


def make_site(site_id: str = "hengshan", tier: str = "gold", *, database: bool = False) -> Site:
    return kit.site(site_id, template=_DB_TEMPLATE if database else _TEMPLATE, waf=_WAF, backup=TIERS[tier])


def make_env(
    sites: tuple[Site, ...] | None = None,
    repository: str = "rest:https://backup.backup-system.svc.cluster.local:8000",
    offsite: str | None = "s3:https://oss.offsite.example.gov.cn/sitegroup-dr",
) -> Environment:
    sites = sites if sites is not None else (make_site("hengshan", "gold"), make_site("lishui", "bronze"))
    return kit.environment(sites, backup_tiers=TIERS,
                           platform=kit.platform(backup_repository=repository, offsite_repository=offsite))
