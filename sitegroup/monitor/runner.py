"""Run the checks: probe rounds (availability history) and inspections (everything else, with a verdict)."""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime

from sitegroup.model import Environment, Site
from sitegroup.monitor import content, links, probe
from sitegroup.monitor.crawl import crawl
from sitegroup.monitor.findings import SEVERITIES, Finding, verdict
from sitegroup.monitor.http import Fetcher, Resolver
from sitegroup.monitor.policy import Policy
from sitegroup.monitor.store import Store

SITES_AT_ONCE = 16  # sites crawled concurrently; requests are bounded again per host and overall by the Fetcher


def serving(env: Environment, policy: Policy, only: list[str] | None = None) -> list[Site]:
    sites = [s for s in env.sites if s.status in policy.statuses]
    if only:
        sites = [s for s in sites if s.id in set(only)]
    return sites


def make_fetcher(policy: Policy, resolver: Resolver, ca_file: str | None = None) -> Fetcher:
    c = policy.crawl
    return Fetcher(resolver, user_agent=c["user_agent"], timeout=policy.availability["timeout_seconds"],
                   max_bytes=c["max_page_bytes"], max_redirects=c["max_redirects"],
                   total_concurrency=c["total_concurrency"], per_host_concurrency=c["per_host_concurrency"],
                   ca_file=ca_file)


async def probe_all(sites: list[Site], policy: Policy, resolver: Resolver, store: Store, *, now: float | None = None,
                    ca_file: str | None = None) -> list[tuple]:
    fetcher = make_fetcher(policy, resolver, ca_file)
    rows = await probe.probe_round(fetcher, sites, now or time.time())
    store.add_probes(rows)
    return rows


async def inspect_site(site: Site, policy: Policy, fetcher: Fetcher, resolver: Resolver, stats: dict | None,
                       now: datetime) -> dict:
    today = now.date()
    base = probe.home_url(site)
    findings: list[Finding] = probe.availability_findings(site, stats, policy, base)
    transport, facts = await probe.transport_findings(fetcher, resolver, site, policy, now)
    findings += transport
    c = await crawl(fetcher, base, set(site.ascii_domains), [col.path for col in site.columns], policy.crawl)
    home = c.home
    if home is None or home.page is None:
        r = home.response if home else None
        findings.append(Finding("home_unreachable", "warning", f"home page not readable now: "
                                f"{(r.error or f'HTTP {r.status}') if r else 'not fetched'}", base))
    findings += content.home_not_updated(c, policy, today)
    col_findings, col_rows = content.columns(c, site.columns, policy, today)
    findings += col_findings
    findings += content.consultation(c, site.columns, policy, today)
    external = await links.check_external(fetcher, sorted(c.external), policy)
    findings += links.link_findings(site, c, external, policy)
    findings += links.identifier_findings(site, c)
    findings += links.crawl_findings(c, policy)
    findings.sort(key=lambda f: (SEVERITIES.index(f.severity), f.check, f.evidence))
    return {
        "site": site.id, "name": site.name, "organizer": site.organizer, "level": site.level, "type": site.type,
        "parent": site.parent, "prefecture": site.prefecture, "region_code": site.region_code,
        "domain": site.domains[0], "status": site.status, "verdict": verdict(findings),
        "reasons": [f.as_dict() for f in findings if f.severity == "veto"],
        "findings": [f.as_dict() for f in findings], "columns": col_rows, "facts": facts,
        "availability": stats or {}, "pages": len(c.pages), "bytes": c.bytes, "checked_at": now.isoformat(),
    }


async def inspect_all(sites: list[Site], policy: Policy, resolver: Resolver, store: Store, *, env: str,
                      now: datetime | None = None, ca_file: str | None = None) -> tuple[int, list[dict]]:
    now = now or datetime.now(UTC)
    fetcher = make_fetcher(policy, resolver, ca_file)
    window = policy.availability["window_days"] * 86400
    stats = store.probe_stats(now.timestamp() - window, now.timestamp())
    gate = asyncio.Semaphore(SITES_AT_ONCE)

    async def one(s: Site) -> dict:
        async with gate:
            return await inspect_site(s, policy, fetcher, resolver, stats.get(s.id), now)

    results = list(await asyncio.gather(*(one(s) for s in sites)))
    run = store.add_run(now.timestamp(), env, policy.name, results)
    return run, results
