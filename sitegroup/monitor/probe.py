"""站点无法访问: home-page probes (≥ 20 a day, 15 s timeout, rolling 7 days, ≥ 5 % failures ⇒ veto), plus the
reported checks that ride along with an inspection: TLS expiry, HTTP→HTTPS, IPv6 (AAAA and reachability),
home-page load time against the 3 s design rule."""

from __future__ import annotations

import asyncio
import socket
from datetime import datetime

from sitegroup.model import Site
from sitegroup.monitor.findings import Finding
from sitegroup.monitor.http import Fetcher, Resolver
from sitegroup.monitor.policy import Policy


def home_url(site: Site, scheme: str = "https") -> str:
    return f"{scheme}://{site.primary_domain}/"


async def probe_round(fetcher: Fetcher, sites: list[Site], now: float, scheme: str = "https") -> list[tuple]:
    """One probe of every site's home page: rows for Store.add_probes."""
    got = await asyncio.gather(*(fetcher.fetch(home_url(s, scheme), max_bytes=256 * 1024) for s in sites))
    return [(s.id, now, r.ok, r.status, round(r.elapsed, 3), r.error or ("" if r.ok else f"HTTP {r.status}"))
            for s, r in zip(sites, got, strict=True)]


def availability_findings(site: Site, stats: dict | None, policy: Policy, url: str) -> list[Finding]:
    a = policy.availability
    if not stats or stats["probes"] < a["min_probes_for_verdict"]:
        n = stats["probes"] if stats else 0
        return [Finding("availability", "info", f"站点无法访问: not enough probes yet ({n} in {a['window_days']} days, "
                        f"need {a['min_probes_for_verdict']})", url, float(n))]
    ratio = stats["failures"] / stats["probes"]
    out = []
    if ratio >= a["veto_failure_ratio"]:
        out.append(Finding("availability", "veto",
                           f"站点无法访问: {stats['failures']} of {stats['probes']} probes failed in "
                           f"{a['window_days']} days ({ratio:.1%} ≥ {a['veto_failure_ratio']:.0%}); "
                           f"last: {stats['last_error']}", url,
                           round(ratio, 4)))
    elif stats["failures"]:
        out.append(Finding("availability", "warning", f"{stats['failures']} of {stats['probes']} probes failed "
                           f"({ratio:.1%}, veto at {a['veto_failure_ratio']:.0%})", url, round(ratio, 4)))
    if stats["probes"] < a["probes_per_day"] * min(stats["days"], a["window_days"]) * 0.8:
        out.append(Finding("availability", "info", f"fewer probes than planned: {stats['probes']} over {stats['days']} "
                           f"day(s), policy {a['probes_per_day']} a day", url, float(stats["probes"])))
    return out


async def transport_findings(fetcher: Fetcher, resolver: Resolver, site: Site, policy: Policy,
                             now: datetime) -> tuple[list[Finding], dict]:
    a = policy.availability
    host = site.primary_domain
    https, plain, v6 = await asyncio.gather(
        fetcher.fetch(f"https://{host}/", max_bytes=policy.crawl["max_page_bytes"]),
        fetcher.fetch(f"http://{host}/", follow=False, max_bytes=4096),
        fetcher.fetch(f"https://{host}/", family=socket.AF_INET6, max_bytes=4096))
    out: list[Finding] = []
    facts = {"https_ok": https.ok, "load_seconds": round(https.elapsed, 3), "ipv6": v6.ok,
             "tls_days": None, "http_redirects_to_https": False}
    url = f"https://{host}/"
    if https.tls_not_after:
        days = (https.tls_not_after - now).total_seconds() / 86400
        facts["tls_days"] = round(days, 1)
        if days < a["tls_warn_days"]:
            out.append(Finding("tls", "warning", f"TLS certificate expires in {days:.0f} days "
                               f"({https.tls_not_after:%Y-%m-%d})", url, round(days, 1)))
    elif https.error.startswith("tls"):
        out.append(Finding("tls", "warning", f"HTTPS does not verify: {https.error}", url))
    loc = plain.headers.get("location", "")
    facts["http_redirects_to_https"] = plain.status in (301, 302, 307, 308) and loc.startswith(f"https://{host}")
    if https.ok and not facts["http_redirects_to_https"]:
        out.append(Finding("https_redirect", "warning",
                           f"http://{host}/ does not redirect to HTTPS (HTTP {plain.status} {plain.error})".strip(),
                           f"http://{host}/"))
    if v6.error.startswith("dns"):
        out.append(Finding("ipv6", "warning", f"IPv6: no AAAA record for {host}", url))
    elif not v6.ok:
        out.append(Finding("ipv6", "warning", f"IPv6: {host} has AAAA but the home page fails over IPv6 "
                           f"({v6.error or f'HTTP {v6.status}'})", url))
    if https.ok and https.elapsed > a["home_load_seconds"]:
        out.append(Finding("home_load", "warning", f"home page took {https.elapsed:.1f} s (design rule: "
                           f"{a['home_load_seconds']} s)", url, round(https.elapsed, 2)))
    return out, facts
