"""Model objects built directly (no inventory files): small environments for fast tests."""

from __future__ import annotations

import dataclasses

from sitegroup.model import Autoscale, Environment, Site
from tests import modelkit as kit

GiB, MiB = kit.GIB, kit.MIB
KUBERNETES_VERSION = "1.36"

# Portals of the province and the cities run a CMS with its own PostgreSQL (as site_templates/ do).
TEMPLATES = {t.name: t for t in (
    kit.template("province-portal", levels=("province",), replicas=3, cpu_m=500, memory=512 * MiB, storage=50 * GiB,
                 autoscale=Autoscale(3, 10, 70), database=True, waf="strict", tier="gold"),
    kit.template("city-portal", levels=("city",), replicas=2, cpu_m=250, memory=256 * MiB, storage=20 * GiB,
                 autoscale=Autoscale(2, 6, 70), database=True, waf="strict", tier="gold"),
    kit.template("county-portal", levels=("county",), replicas=2, cpu_m=100, memory=128 * MiB, storage=10 * GiB,
                 autoscale=Autoscale(2, 4, 75), waf="standard", tier="silver"),
    kit.template("department", site_type="department", levels=("department",), replicas=2, cpu_m=100,
                 memory=128 * MiB, storage=5 * GiB, waf="standard", tier="silver"),
)}
WAF = {"standard": kit.waf_profile("standard"), "strict": kit.waf_profile("strict", paranoia=2)}
TIERS = {"silver": kit.backup_tier("silver", 2), "gold": kit.backup_tier("gold", 3)}


def site(site_id: str, template: str, *, level: str, **fields) -> Site:
    """A site of one of TEMPLATES with its default WAF profile and backup tier; other Site fields by keyword
    (prefecture, name, domains, owners, parent, status...)."""
    t = TEMPLATES[template]
    return kit.site(site_id, template=t, waf=WAF[t.default_waf_profile], backup=TIERS[t.default_backup_tier],
                    level=level, **fields)


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
    platform = kit.platform(
        kubernetes_version=KUBERNETES_VERSION,
        cert_issuer="sitegroup-acme" if acme else "sitegroup-ca",
        acme_server="https://acme.sitegroup.internal/directory" if acme else None,
    )
    return kit.environment(sites, templates=TEMPLATES, waf_profiles=WAF, backup_tiers=TIERS, platform=platform,
                           name=name)


def with_platform(env: Environment, **changes) -> Environment:
    return dataclasses.replace(env, platform=dataclasses.replace(env.platform, **changes))
