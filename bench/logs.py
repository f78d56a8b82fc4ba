"""Central log figures for one province's synthetic traffic: 1,000 sites, one hour, access + WAF lines.

    PYTHONPATH=. .venv/bin/python bench/logs.py                     # 1,000,000 lines (the issue's size)
    PYTHONPATH=. .venv/bin/python bench/logs.py --lines 200000      # a quick look

Measures, with the real engines on 127.0.0.1 (VictoriaLogs, vmauth, rsyslogd):
- ingest through the collector: rsyslogd tails a file of WAF-tier lines and ships them to the store, lines/s
  and the CPU seconds rsyslogd and VictoriaLogs spent (one node's share of CPU = both, per line);
- ingest straight into the store (its own limit, the bulk API in 5,000-line batches);
- a one-site one-hour incident query through the gateway (``sitegroup logs`` without filters, joined), p50/max
  over sites, as a responder and as the site's owner (goal: under 2 s);
- disk per million lines after the store has flushed.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sitegroup.logs import collector
from sitegroup.logs.policy import load_policy
from sitegroup.logs.query import Client, Filters, Window, incidents
from tests.logs.harness import (
    RESPONDER,
    STORE_PASSWORD,
    STORE_USER,
    Pipeline,
    basic,
    engine_bin,
)

TICK = os.sysconf("SC_CLK_TCK")
PREFECTURES = ("linhe", "beiyuan", "yuntai", "shimen", "province")


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK


def synthetic(n: int, sites: int, waf_share: float, hour: datetime, seed: int = 7) -> list[tuple[str, str]]:
    """(kind, JSON line) in the WAF tier's two formats, spread evenly over the hour."""
    rnd = random.Random(seed)
    out = []
    for i in range(n):
        site = f"s{rnd.randrange(sites):04d}"
        rid = f"{i:032x}"
        t = hour + timedelta(seconds=3600 * i / n)
        client = f"198.51.100.{rnd.randrange(1, 255)}"
        if rnd.random() < waf_share:
            out.append(("waf", json.dumps({"transaction": {
                "client_ip": client, "time_stamp": t.strftime("%a %b %e %H:%M:%S %Y"),
                "unique_id": f"{site}.standard.-.{rid}",
                "request": {"method": "GET", "uri": f"/search?q={rnd.randrange(10**6)}%27%20or%201=1",
                            "headers": {"Host": f"www.{site}.gov.cn"}},
                "response": {"http_code": 403},
                "messages": [{"message": "SQL Injection Attack Detected via libinjection",
                              "details": {"ruleId": "942100", "severity": "2"}},
                             {"message": "Inbound Anomaly Score Exceeded", "details": {"ruleId": "949110"}}]}})))
        out.append(("access", json.dumps({
            "time": t.isoformat(), "request_id": rid, "host": f"www.{site}.gov.cn", "site": site,
            "profile": "standard", "client": client, "peer": "10.0.0.1", "method": "GET",
            "uri": f"/col/col{rnd.randrange(500)}/art{rnd.randrange(10**6)}.html", "status": 200,
            "bytes": rnd.randrange(2000, 90000), "request_time": round(rnd.random() / 10, 3),
            "user_agent": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/120.0"})))
    return out


def du(path: Path) -> int:
    return int(subprocess.run(["du", "-sb", str(path)], capture_output=True, text=True).stdout.split()[0])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lines", type=int, default=1_000_000, help="access lines (WAF lines come on top)")
    ap.add_argument("--sites", type=int, default=1000)
    ap.add_argument("--waf-share", type=float, default=0.05, help="share of requests with a WAF audit line")
    ap.add_argument("--queries", type=int, default=20, help="one-site one-hour queries to time")
    args = ap.parse_args()

    bin_dir = engine_bin()
    if bin_dir is None:
        print("victoria-logs/vmauth not built: run `sitegroup engines build`", file=sys.stderr)
        return 2
    root = Path(tempfile.mkdtemp(prefix="sitegroup-bench-logs-"))
    hour = datetime.now(UTC).replace(minute=0, second=0, microsecond=0) - timedelta(hours=2)
    env = SimpleNamespace(sites=[SimpleNamespace(id=f"s{i:04d}", prefecture=PREFECTURES[i % len(PREFECTURES)])
                                 for i in range(args.sites)])
    owner_site = "s0007"
    pipe = Pipeline(root / "collector", load_policy("dev"), bin_dir, owner_tokens={owner_site: "owner-token"})
    pipe.dir.mkdir(parents=True)
    lines = synthetic(args.lines, args.sites, args.waf_share, hour)
    total = len(lines)
    print(f"{total:,} lines ({args.lines:,} access + {total - args.lines:,} WAF) for {args.sites} sites over one hour")
    try:
        pipe.start_stores()
        pipe.start_gateway()
        store = pipe.stores["logs-365d"]
        logs = root / "waf"
        logs.mkdir()
        with open(logs / "access.log", "w") as a, open(logs / "audit.json", "w") as w:
            for kind, line in lines:
                (w if kind == "waf" else a).write(line + "\n")
        cpu0 = cpu_seconds(store.proc.pid)
        t0 = time.monotonic()
        pipe.start_collector([collector.Input(str(logs / "access.log"), "access"),
                              collector.Input(str(logs / "audit.json"), "waf")], env)
        got = pipe.wait_count("logs-365d", "*", total, seconds=3600)
        took = time.monotonic() - t0
        rs_cpu = cpu_seconds(pipe.rsyslog.pid)
        st_cpu = cpu_seconds(store.proc.pid) - cpu0
        print(f"collector -> store: {got:,}/{total:,} lines in {took:.1f} s = {got / took:,.0f} lines/s; "
              f"CPU rsyslogd {rs_cpu:.1f} s + VictoriaLogs {st_cpu:.1f} s = "
              f"{(rs_cpu + st_cpu) / got * 1e6:.0f} µs per line ({got / (rs_cpu + st_cpu):,.0f} lines per CPU-second)")

        store.flush()
        time.sleep(6)  # let in-memory parts merge to disk
        size = du(store.dir / "data")
        raw = (logs / "access.log").stat().st_size + (logs / "audit.json").stat().st_size
        print(f"disk: {size / 2**20:.1f} MiB for {got:,} lines = {size / got:.0f} B/line, "
              f"{size / got * 1e6 / 2**20:.0f} MiB per million lines (raw JSON {raw / got:.0f} B/line, "
              f"{raw / size:.1f}x compression)")

        client = Client(pipe.gateway_url, RESPONDER, pipe.retention)
        owner = Client(pipe.gateway_url, "owner-token", pipe.retention)
        window = Window(hour, hour + timedelta(hours=1))
        rnd = random.Random(3)
        for who, c, sites in (("responder", client, [f"s{rnd.randrange(args.sites):04d}"
                                                      for _ in range(args.queries)]),
                              ("owner", owner, [owner_site] * max(3, args.queries // 4))):
            times, sizes = [], []
            for site in sites:
                t = time.monotonic()
                found, rows = incidents(c, site, window, Filters())
                times.append(time.monotonic() - t)
                sizes.append(len(rows))
            print(f"one site, one hour, joined ({who}): p50 {statistics.median(times) * 1000:.0f} ms, "
                  f"max {max(times) * 1000:.0f} ms, {statistics.mean(sizes):,.0f} lines per site")
        waf_sites: dict[str, int] = {}
        for kind, line in lines:
            if kind == "waf":
                site = json.loads(line)["transaction"]["unique_id"].split(".")[0]
                waf_sites[site] = waf_sites.get(site, 0) + 1
        busiest = max(waf_sites, key=lambda k: waf_sites[k])
        t = time.monotonic()
        found, rows = incidents(client, busiest, window, Filters(rule="942100"))
        print(f"one site, one hour, --rule 942100: {len(found)} of {waf_sites[busiest]} blocked requests found, "
              f"{(time.monotonic() - t) * 1000:.0f} ms")

        # The store's own ingest limit: the bulk API, 5,000 lines a request (the same lines once more).
        batch = []
        n = 0
        cpu0 = cpu_seconds(store.proc.pid)
        t0 = time.monotonic()
        url = collector.bulk_url(store.url) + "x"
        for kind, line in lines:
            row = json.loads(line)
            doc = ({"_msg": line, "time": row["time"], "site": row["site"], "namespace": f"site-{row['site']}",
                    "prefecture": "linhe", "kind": "access", "request_id": row["request_id"]}
                   if kind == "access" else {"_msg": line, "time": hour.isoformat(), "site": "s0000",
                                             "namespace": "site-s0000", "prefecture": "linhe", "kind": "waf"})
            batch.append('{"create":{}}\n' + json.dumps(doc) + "\n")
            if len(batch) == 5000:
                _post(url, batch)
                n += len(batch)
                batch = []
        if batch:
            _post(url, batch)
            n += len(batch)
        took = time.monotonic() - t0
        st_cpu = cpu_seconds(store.proc.pid) - cpu0
        print(f"direct bulk ingest: {n:,} lines in {took:.1f} s = {n / took:,.0f} lines/s; "
              f"VictoriaLogs CPU {st_cpu:.1f} s ({n / st_cpu:,.0f} lines per CPU-second)")
    finally:
        pipe.close()
        shutil.rmtree(root, ignore_errors=True)
    return 0


def _post(url: str, batch: list[str]) -> None:
    req = urllib.request.Request(url, data="".join(batch).encode(),  # noqa: S310 (127.0.0.1)
                                 headers={"Authorization": basic(STORE_USER, STORE_PASSWORD),
                                          "Content-Type": "application/json"})
    urllib.request.urlopen(req, timeout=120).read()  # noqa: S310 (127.0.0.1)


if __name__ == "__main__":
    sys.exit(main())
