"""Benchmark `sitegroup monitor`: one availability round over N sites and a full inspection (crawl + checks) of M.

    PYTHONPATH=. python bench/monitor.py [--probe-sites 2000] [--crawl-sites 200]

Everything on loopback: one nginx (2 workers, TLS with a wildcard certificate) serves every site's domain from
the same generated clean site (tests/monitor/lab.py); the monitor's resolver override maps the domains to
127.0.0.1 and its off-site link to 127.0.0.2. Prints wall time, requests and requests/s, and the process's peak
RSS after each phase. Goals (issue 15): a province's daily availability cycle in minutes, a 200-site crawl
under 10 minutes, memory flat in the number of sites.
"""

from __future__ import annotations

import argparse
import asyncio
import resource
import shutil
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from cryptography.hazmat.primitives import serialization

from sitegroup.model import Column
from sitegroup.monitor import runner
from sitegroup.monitor.http import Resolver
from sitegroup.monitor.policy import load_policy
from sitegroup.monitor.store import open_store
from tests import modelkit
from tests.monitor import lab
from tests.waf.harness import Nginx, free_port

REPO = Path(__file__).resolve().parents[1]


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--probe-sites", type=int, default=2000)
    ap.add_argument("--crawl-sites", type=int, default=200)
    args = ap.parse_args()
    root = Path(tempfile.mkdtemp(prefix="sitegroup-monitor-bench-"))
    root.chmod(0o755)
    try:
        return run(root, args.probe_sites, args.crawl_sites)
    finally:
        shutil.rmtree(root, ignore_errors=True)


def run(root: Path, n_probe: int, n_crawl: int) -> int:
    ids = ("6801000001", "青ICP备68000001号-1", "青公网安备68010000000001号")
    cols = lab.build_site(root / "www", lab.Spec("bench"), ids)
    (root / "ext").mkdir()
    (root / "ext" / "ok.html").write_text("<html><body>ok</body></html>")
    ca_key, ca_cert = lab._ca()
    key, cert = lab._cert(ca_key, ca_cert, ["*.bench.gov.cn"], 300)
    (root / "k.pem").write_bytes(key)
    (root / "c.pem").write_bytes(cert)
    (root / "ca.pem").write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))
    https, http = free_port(), free_port()
    (root / "logs").mkdir()
    user = "user root;\n" if __import__("os").geteuid() == 0 else ""
    (root / "nginx.conf").write_text(f"""{user}worker_processes 2; pid {root}/nginx.pid;
error_log {root}/logs/error.log;
events {{ worker_connections 4096; }}
http {{ include /etc/nginx/mime.types; access_log off; charset_types text/html;
  server {{ listen 127.0.0.1:{https} ssl default_server; ssl_certificate {root}/c.pem; ssl_certificate_key {root}/k.pem;
           root {root}/www; }}
  server {{ listen 127.0.0.1:{http} default_server; return 301 https://$host$request_uri; }}
  server {{ listen 127.0.0.2:{http}; root {root}/ext; }}
}}
""")
    nginx = Nginx(root, https).start()
    try:
        tmpl = modelkit.template("county-portal", levels=("county",))
        waf, tier = modelkit.waf_profile(), modelkit.backup_tier()
        columns = tuple(Column(p, n, k) for p, n, k in cols)
        sites = [modelkit.site(f"s{i:04d}", template=tmpl, waf=waf, backup=tier,
                               domains=(f"s{i:04d}.bench.gov.cn",), site_code=ids[0], icp=ids[1], psb=ids[2],
                               columns=columns)
                 for i in range(max(n_probe, n_crawl))]
        hosts = {s.primary_domain: ["127.0.0.1"] for s in sites} | {"ext-ok.example.org": ["127.0.0.2"]}
        resolver = Resolver(hosts, {443: https, 80: http})
        policy = load_policy(REPO)
        store = open_store(root / "history.sqlite")
        print(f"sites: {n_probe} probed, {n_crawl} inspected; policy {policy.name}; "
              f"peak RSS at start {rss_mb():.0f} MB")

        t = time.monotonic()
        rows = asyncio.run(runner.probe_all(sites[:n_probe], policy, resolver, store, ca_file=str(root / "ca.pem")))
        dt = time.monotonic() - t
        failed = sum(1 for r in rows if not r[2])
        per_day = policy.availability["probes_per_day"]
        print(f"availability round: {len(rows)} sites in {dt:.1f} s ({len(rows) / dt:.0f} req/s), {failed} failed; "
              f"a day of {per_day} rounds: {dt * per_day / 60:.1f} min of work; peak RSS {rss_mb():.0f} MB")

        for n in sorted({max(1, n_crawl // 4), n_crawl}):
            t = time.monotonic()
            _, results = asyncio.run(runner.inspect_all(sites[:n], policy, resolver, store, env="bench",
                                                        now=datetime.now(UTC), ca_file=str(root / "ca.pem")))
            dt = time.monotonic() - t
            pages = sum(r["pages"] for r in results)
            reqs = pages + n * 3 + n  # pages + the transport checks + the off-site link
            bad = sum(1 for r in results if r["verdict"] != "合格")
            print(f"inspection of {n} sites: {dt:.1f} s, {pages} pages, ~{reqs / dt:.0f} req/s, {bad} 不合格 "
                  f"(expected 0); peak RSS {rss_mb():.0f} MB")
        store.close()
    finally:
        nginx.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
