"""Model objects for WAF tests and the benchmark, built directly (no inventory on disk needed).

Profiles come from policies/waf/*.yaml so the tests exercise the real policy values; the admin
ranges are kept as written (10.20.0.0/16 etc.), which never include the loopback test clients.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import yaml

from sitegroup.model import (
    Autoscale,
    BackupTier,
    Capacity,
    Environment,
    Platform,
    Quota,
    RateLimit,
    Resources,
    Retention,
    Site,
    SiteWaf,
    Template,
    WafException,
    WafProfile,
)

REPO = Path(__file__).resolve().parents[2]
GATEWAY = "127.0.0.2"  # the test's "gateway": a second loopback address


def load_profile(name: str) -> WafProfile:
    path = REPO / "policies" / "waf" / f"{name}.yaml"
    d = yaml.safe_load(path.read_text(encoding="utf-8"))
    return WafProfile(
        name=d["name"],
        description=d["description"],
        engine=d["engine"],
        paranoia=d["paranoia"],
        inbound_threshold=d["inbound_threshold"],
        outbound_threshold=d["outbound_threshold"],
        request_body_limit=d["request_body_limit"],
        file_upload_limit=d["file_upload_limit"],
        allowed_methods=tuple(d["allowed_methods"]),
        allowed_content_types=tuple(d["allowed_content_types"]),
        rate_limit=RateLimit(d["rate_limit"]["requests_per_second"], d["rate_limit"]["burst"]),
        admin_paths=tuple(d["admin"]["paths"]),
        admin_allow_from=tuple(d["admin"]["allow_from"]),
        source=path,
    )


PROFILES = ("strict", "standard", "legacy-cms", "burn-in")

_RES = Resources(1, 100, 500, 128 << 20, 256 << 20, 1 << 30)
_TEMPLATE = Template(
    name="department", description="", site_type="department", levels=("city",), image="web:1",
    database=None, resources=_RES, autoscale=Autoscale(1, 2, 80), limits=_RES,
    default_waf_profile="standard", default_backup_tier="bronze", source=Path("."),
)
_BACKUP = BackupTier("bronze", 1, "", "0 3 * * *", Retention(0, 7, 4, 3), False, 24, 90, Path("."))


def site(site_id: str, domains: tuple[str, ...], profile: WafProfile,
         exceptions: tuple[WafException, ...] = (), name: str = "测试网站", status: str = "live") -> Site:
    return Site(
        id=site_id, name=name, organizer="某某市人民政府办公室", level="city", type="department",
        region_code="370100", site_code="3701000001", parent=None, prefecture="jinan",
        domains=domains, ascii_domains=domains, icp="鲁ICP备00000000号", psb="37010202000001",
        owners=("ops@example.gov.cn",), template=_TEMPLATE, resources=_RES, autoscale=None,
        quota=Quota(4, 2000, 4000, 2 << 30, 4 << 30, 10 << 30, persistent_volume_claims=2, scratch_storage=1 << 30),
        waf=SiteWaf(profile, exceptions), backup=_BACKUP, legacy=None, status=status,
        admin_level="city",
    )


def environment(sites: list[Site], gateway_cidrs: tuple[str, ...] = (f"{GATEWAY}/32",)) -> Environment:
    profiles = {p.name: p for p in (s.waf.profile for s in sites)}
    return Environment(
        name="test", root=REPO / "inventories" / "test", capacity=Capacity(64000, 256 << 30, 1 << 40),
        platform=Platform(
            kubernetes_version="1.31", gateway_cidrs=gateway_cidrs, waf_replicas=2,
            cert_issuer="letsencrypt", acme_server=None, backup_repository="s3:https://backup/x",
            offsite_repository=None, dns_cidrs=("10.96.0.10/32",),
        ),
        sites=tuple(sorted(sites, key=lambda s: s.id)), templates={"department": _TEMPLATE},
        waf_profiles=profiles, backup_tiers={"bronze": _BACKUP},
    )


def profile_site_id(profile: str) -> str:
    return f"p-{profile}"


def profile_host(profile: str) -> str:
    return f"{profile}.test.gov.cn"


RATE_HOST = "rate.test.gov.cn"  # profile "rate-test": standard with 2 r/s, burst 10
EXCEPTION_PATH = "/hudong/letter/"
EXCEPTION_RULE = 942100  # libinjection SQLi on the letter's "content" field, for the exception test


def test_environment(extra: list[Site] | None = None) -> Environment:
    """One site per profile, plus 'p-exc' (standard with one live and one expired exception) and
    'p-rate' (standard with a slow rate limit)."""
    sites = [site(profile_site_id(p), (profile_host(p),), load_profile(p)) for p in PROFILES]
    exc = WafException(rule_id=EXCEPTION_RULE, rule_tag=None, path=EXCEPTION_PATH,
                       target="ARGS:content", reason="信件正文常引用SQL语句片段 (ticket 42)",
                       expires=date(2099, 12, 31))
    expired = dataclasses.replace(exc, rule_id=941100, target=None, expires=date(2000, 1, 1))
    sites.append(site("p-exc", ("exc.test.gov.cn",), load_profile("standard"), (exc, expired)))
    # A slow rate limit, so the 429 tests do not depend on how fast the machine is.
    slow = dataclasses.replace(load_profile("standard"), name="rate-test", rate_limit=RateLimit(2, 10))
    sites.append(site("p-rate", (RATE_HOST,), slow))
    return environment(sites + (extra or []))
