"""Benchmark the shared WAF tier: 1, 100, 1,000, 3,000 sites in one nginx, vs stock CRS, vs no WAF.

    PYTHONPATH=. python bench/waf.py [--sizes 1,100,1000,3000] [--sites 1000] [--requests 2000] [--corpus]

Prints, for each size: `nginx -t` time, time to listening, RSS of master and worker, each against a
stock single-site CRS (Debian's modsecurity.conf + crs-setup + CRS 3.3.4) measured in the same run;
every tenth site has an exception and every fifth a CMS package, as a real inventory would. Then,
for a legitimate GET (Chinese search query, browser headers) at each profile of the --sites tier:
req/s, p50/p99 latency and nginx-worker CPU per request through the WAF, through the same nginx
with ModSecurity off, and through stock CRS at the same paranoia level. With --corpus: the
false-positive rate of every corpus part (A-D tuning and held-out, tests/waf/evaluate.py PARTS) and the
attack detection, per profile, against stock CRS at the same paranoia level, in one table, with the
detection on the CRS 3.3.4 regression tests (tests/waf/crs_regression.py; fetched by `sitegroup waf
crs-tests fetch`) per blocking profile (tests/waf/evaluate.py; each run is a held-out count: record it
in docs/waf.md).
Goals (issue 13): worker memory < 1.2x one site at 1,000 sites; WAF-added CPU <= 1.2x stock CRS's.
Everything runs on 127.0.0.1 with one nginx worker each; every server proxies (keep-alive) to the
same plain nginx serving a static page, as the tier proxies to the sites' web servers.
"""

from __future__ import annotations

import argparse
import http.client
import os
import shutil
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sitegroup.waf import RenderOptions, cms, render_files, write_files
from tests.waf import factory
from tests.waf.harness import NGINX, Nginx, children, free_port, pid_rss_kb

PROFILES = factory.PROFILES
LEVELS = sorted({factory.load_profile(p).paranoia for p in PROFILES})  # stock CRS runs at each
PATH = "/index.html?q=%E3%80%8A%E6%94%BF%E5%BA%9C%E5%B7%A5%E4%BD%9C%E6%8A%A5%E5%91%8A%E3%80%8B%E5%85%A8%E6%96%87&page=2"
HEADERS = {
    "User-Agent": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0",
    "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
    "Accept-Language": "zh-CN,zh;q=0.9",
    "Accept-Encoding": "gzip, deflate",
    "Referer": "https://www.baidu.com/s?wd=%E6%94%BF%E5%BA%9C",
    "Cookie": "JSESSIONID=0A1B2C3D4E5F; zh_choose=s; Hm_lvt_abc=1717171717",
}


def sites(n: int) -> list:
    out = []
    cms_names = sorted(cms.packages())
    for i in range(n):
        p = PROFILES[i % len(PROFILES)]
        exc = (factory.letter_exception(),) if i % 10 == 9 else ()
        pkg = cms_names[i // 5 % len(cms_names)] if cms_names and i % 5 == 4 else None
        out.append(factory.site(f"s{i:04d}", (f"s{i:04d}.bench.gov.cn", f"www.s{i:04d}.bench.gov.cn"),
                                factory.load_profile(p), exc, cms=pkg))
    return out


def render(directory: Path, n: int, backend: str, port: int) -> None:
    """The tier as in the cluster (proxying to the sites' web servers), plus the same nginx's
    server without ModSecurity for the ratio in the same run."""
    env = factory.environment(sites(n))
    files = render_files(env, RenderOptions.local(directory, listen=f"127.0.0.1:{port}", backend=backend))
    files["sites/zz-plain.conf"] = (
        f"server {{\n    listen 127.0.0.1:{port};\n    server_name plain.bench.gov.cn;\n    modsecurity off;\n"
        f"    location / {{ proxy_http_version 1.1; proxy_set_header Connection \"\"; proxy_pass {backend}; }}\n}}\n"
    )
    conf = files["nginx.conf"].rstrip().rstrip("}")
    files["nginx.conf"] = conf + f"    include {directory}/sites/zz-plain.conf;\n}}\n"
    write_files(files, directory)


def render_backend(directory: Path, docroot: Path, port: int) -> None:
    """The sites' web server: a plain nginx serving a static page (what the tier proxies to)."""
    (directory / "logs").mkdir(parents=True, exist_ok=True)
    t = directory / "tmp"
    t.mkdir(exist_ok=True)
    (directory / "nginx.conf").write_text(
        f"worker_processes 1;\npid {directory}/nginx.pid;\nerror_log {directory}/logs/error.log warn;\n"
        "events { worker_connections 1024; }\n"
        f"http {{\n  access_log off;\n  client_body_temp_path {t}/cb;\n  proxy_temp_path {t}/p;\n"
        f"  fastcgi_temp_path {t}/f;\n  uwsgi_temp_path {t}/u;\n  scgi_temp_path {t}/s;\n  keepalive_requests 100000;\n"
        f"  server {{ listen 127.0.0.1:{port}; location / {{ root {docroot}; }} }}\n}}\n"
    )


def render_stock(directory: Path, paranoia: int, backend: str, port: int) -> None:
    """Stock single-site CRS: Debian's modsecurity.conf (engine On, response bodies inspected as in the
    tier) + crs-setup + CRS 3.3.4, with the same real_ip. At PL3 stock CRS refuses the benchmark's
    ordinary Chinese search (920272 and friends: docs/waf.md), so it runs DetectionOnly there: every rule
    still runs and logs, the request is served, and the CPU per request stays comparable."""
    (directory / "logs").mkdir(parents=True, exist_ok=True)
    (directory / "tmp").mkdir(exist_ok=True)
    (directory / "modsec.conf").write_text(
        "Include /etc/nginx/modsecurity.conf\n"
        f"SecRuleEngine {'DetectionOnly' if paranoia >= 3 else 'On'}\n"
        f"SecAuditLog {directory}/logs/audit.log\n"
        f"SecTmpDir {directory}/tmp\nSecDataDir {directory}/tmp\n"
        "Include /etc/modsecurity/crs/crs-setup.conf\n"
        f'SecAction "id:900000,phase:1,nolog,pass,t:none,setvar:tx.paranoia_level={paranoia}"\n'
        "Include /usr/share/modsecurity-crs/rules/*.conf\n"
    )
    t = directory / "tmp"
    (directory / "nginx.conf").write_text(
        f"load_module /usr/lib/nginx/modules/ngx_http_modsecurity_module.so;\nworker_processes 1;\n"
        f"pid {directory}/nginx.pid;\nerror_log {directory}/logs/error.log warn;\n"
        "events { worker_connections 1024; }\n"
        f"http {{\n  access_log {directory}/logs/access.log;\n  client_body_temp_path {t}/cb;\n"
        f"  set_real_ip_from {factory.GATEWAY}/32;\n  real_ip_header X-Forwarded-For;\n"
        f"  proxy_temp_path {t}/p;\n  fastcgi_temp_path {t}/f;\n  uwsgi_temp_path {t}/u;\n  scgi_temp_path {t}/s;\n"
        f"  server {{\n    listen 127.0.0.1:{port};\n    server_name stock.bench.gov.cn;\n    modsecurity on;\n"
        f"    modsecurity_rules_file {directory}/modsec.conf;\n"
        f"    location / {{ proxy_http_version 1.1; proxy_set_header Connection \"\"; proxy_pass {backend}; }}\n"
        "  }\n}\n"
    )


def _headers(host: str, i: int) -> dict[str, str]:
    # Through the "gateway" (127.0.0.2), each request from another citizen: the per-client rate
    # limit is part of the tier, but a benchmark from one address would only measure 429s.
    return {"Host": host, **HEADERS, "X-Forwarded-For": f"198.18.{i // 250 % 250}.{i % 250 + 1}"}


def _conn(port: int) -> http.client.HTTPConnection:
    return http.client.HTTPConnection("127.0.0.1", port, timeout=10, source_address=(factory.GATEWAY, 0))


def cpu_seconds(pid: int) -> float:
    """utime + stime of a process (the nginx worker): robust to other load on the machine."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def latency(targets: dict[str, tuple[int, str]], n: int, rounds: int = 20,
            workers: dict[int, int] | None = None) -> dict[str, tuple[float, float, float, float]]:
    """Sequential keep-alive GETs, interleaved over the targets in `rounds` batches so that machine
    noise hits every target alike: name -> (req/s, p50 ms, p99 ms, worker CPU ms per request)."""
    conns = {name: _conn(port) for name, (port, _) in targets.items()}
    times: dict[str, list[float]] = {name: [] for name in targets}
    busy = dict.fromkeys(targets, 0.0)
    cpu = dict.fromkeys(targets, 0.0)
    for name, (_, host) in targets.items():  # warm-up
        for i in range(50):
            conns[name].request("GET", PATH, headers=_headers(host, i))
            conns[name].getresponse().read()
    for r in range(rounds):
        for name, (port, host) in targets.items():
            c = conns[name]
            pid = (workers or {}).get(port)
            c0 = cpu_seconds(pid) if pid else 0.0
            for i in range(r * (n // rounds), (r + 1) * (n // rounds)):
                t0 = time.perf_counter()
                c.request("GET", PATH, headers=_headers(host, i))
                resp = c.getresponse()
                resp.read()
                dt = time.perf_counter() - t0
                times[name].append(dt)
                busy[name] += dt
                if resp.status != 200:
                    raise SystemExit(f"{name}: HTTP {resp.status}")
            if pid:
                cpu[name] += cpu_seconds(pid) - c0
    out = {}
    for name, ts in times.items():
        conns[name].close()
        q = statistics.quantiles(ts, n=100)
        out[name] = (len(ts) / busy[name], q[49] * 1000, q[98] * 1000, cpu[name] * 1000 / len(ts))
    return out


def throughput(port: int, host: str, seconds: float = 2.0, conns: int = 4) -> float:
    count = [0] * conns
    stop = time.perf_counter() + seconds

    def run(i: int) -> None:
        c = _conn(port)
        while time.perf_counter() < stop:
            c.request("GET", PATH, headers=_headers(host, i * 100000 + count[i]))
            c.getresponse().read()
            count[i] += 1
        c.close()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(conns)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return sum(count) / seconds


def rss(n: Nginx) -> tuple[int, int]:
    assert n.proc is not None
    workers = children(n.proc.pid)
    return pid_rss_kb(n.proc.pid), sum(pid_rss_kb(w) for w in workers)


def measure_size(work: Path, n: int, backend: str) -> tuple[Path, int, dict[str, float]]:
    """Render n sites, time `nginx -t` and the start, warm every profile, read RSS; leaves it stopped."""
    d, port = work / f"tier-{n}", free_port()
    render(d, n, backend, port)
    t0 = time.perf_counter()
    r = Nginx(d, port).test_config()
    t_test = time.perf_counter() - t0
    assert r.returncode == 0, r.stderr
    t0 = time.perf_counter()
    with Nginx(d, port) as nx:
        t_start = time.perf_counter() - t0
        for i in range(min(n, len(PROFILES))):
            latency({"warm": (port, f"s{i:04d}.bench.gov.cn")}, 100)
        m, w = rss(nx)
    return d, port, {"test": t_test, "start": t_start, "master": m / 1024, "worker": w / 1024}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1,100,1000,3000", help="site counts to measure memory and load time at")
    ap.add_argument("--sites", type=int, default=1000, help="the tier the latency/CPU figures run on")
    ap.add_argument("--requests", type=int, default=2000)
    ap.add_argument("--corpus", action="store_true", help="also FP (tuning/held-out) and detection per profile")
    args = ap.parse_args()
    if not shutil.which(NGINX) and not Path(NGINX).exists():
        raise SystemExit("nginx is not installed")
    sizes = sorted({1, args.sites, *(int(x) for x in args.sizes.split(","))})
    work = Path(tempfile.mkdtemp(prefix="sitegroup-bench-waf-"))
    docroot = work / "docroot"
    docroot.mkdir()
    page = "<!doctype html><meta charset=utf-8><title>某某市人民政府</title>" + "政务公开" * 1000
    (docroot / "index.html").write_text(page, encoding="utf-8")
    for d in (work, docroot):
        d.chmod(0o755)  # nginx workers run as "nobody" when started as root
    web_dir, pweb = work / "web", free_port()
    render_backend(web_dir, docroot, pweb)
    backend = f"http://127.0.0.1:{pweb}"
    web = Nginx(web_dir, pweb).start()
    try:
        stocks = {}
        for pl in LEVELS:
            d = work / f"stock-pl{pl}"
            stocks[pl] = (d, free_port())
            render_stock(d, pl, backend, stocks[pl][1])
        with Nginx(*stocks[1]) as ns:
            latency({"warm": (stocks[1][1], "stock.bench.gov.cn")}, 100)
            stock_m, stock_w = (x / 1024 for x in rss(ns))
        print(f"stock single-site CRS PL1: master {stock_m:7.1f} MiB  worker {stock_w:7.1f} MiB")
        measured = {n: measure_size(work, n, backend) for n in sizes}
        one = measured[1][2]
        print(f"{'sites':>6} {'nginx -t s':>10} {'start s':>8} {'master MiB':>11} {'worker MiB':>11} "
              f"{'x 1 site':>9} {'x stock':>8}")
        for n, (_, _, m) in measured.items():
            print(f"{n:6d} {m['test']:10.2f} {m['start']:8.2f} {m['master']:11.1f} {m['worker']:11.1f} "
                  f"{m['worker'] / one['worker']:8.2f}x {m['worker'] / stock_w:7.2f}x")
        print("(goal: worker < 1.2x one site at 1,000 sites; x stock = against the stock single-site CRS)")

        big, pbig, _ = measured[args.sites]
        with Nginx(big, pbig) as nb:
            stock_nginx = {pl: Nginx(d, p).start() for pl, (d, p) in stocks.items()}
            try:
                targets = {"plain": (pbig, "plain.bench.gov.cn")}
                targets.update({f"stock{pl}": (p, "stock.bench.gov.cn") for pl, (_, p) in stocks.items()})
                targets.update({prof: (pbig, f"s{i:04d}.bench.gov.cn") for i, prof in enumerate(PROFILES)})
                workers = {pbig: children(nb.proc.pid)[0]}
                workers.update({p: children(stock_nginx[pl].proc.pid)[0] for pl, (_, p) in stocks.items()})
                lat = latency(targets, args.requests, workers=workers)
                rps = {name: throughput(port, host) for name, (port, host) in targets.items()}
                plain = lat["plain"]
                print(f"\nlegitimate GET {PATH[:40]}... ({args.requests} sequential keep-alive requests per "
                      "target, interleaved; req/s with 4 connections; cpu = nginx worker CPU per request)")
                print(f"{'target':34} {'req/s':>7} {'p50 ms':>7} {'p99 ms':>7} {'cpu ms':>7} {'+p50':>7} "
                      f"{'+cpu':>7} {'x plain':>7} {'vs stock p50/cpu':>17}")
                print(f"{'no ModSecurity (same nginx)':34} {rps['plain']:7.0f} {plain[1]:7.3f} {plain[2]:7.2f} "
                      f"{plain[3]:7.3f}")
                for pl in LEVELS:
                    s = lat[f"stock{pl}"]
                    print(f"{f'stock CRS single site PL{pl}':34} {rps[f'stock{pl}']:7.0f} {s[1]:7.3f} {s[2]:7.2f} "
                          f"{s[3]:7.3f} {s[1] - plain[1]:7.3f} {s[3] - plain[3]:7.3f} {s[1] / plain[1]:7.1f}")
                for prof in PROFILES:
                    pl = factory.load_profile(prof).paranoia
                    o, st = lat[prof], lat[f"stock{pl}"]
                    added, stock_added = o[1] - plain[1], st[1] - plain[1]
                    cpu_added, stock_cpu_added = o[3] - plain[3], st[3] - plain[3]
                    print(f"{f'{prof} (PL{pl}, {args.sites}-site tier)':34} {rps[prof]:7.0f} {o[1]:7.3f} "
                          f"{o[2]:7.2f} {o[3]:7.3f} {added:7.3f} {cpu_added:7.3f} {o[1] / plain[1]:7.1f} "
                          f"{added / stock_added:7.2f}x/{cpu_added / stock_cpu_added:.2f}x")
                print("(vs stock = what the WAF adds (p50 latency / worker CPU) over what stock CRS adds at the "
                      "same paranoia level; goal <= 1.2x. CPU is the robust figure on a busy machine.)")
            finally:
                for n in stock_nginx.values():
                    n.stop()
        if args.corpus:
            from tests.waf import evaluate

            # its own backend (every path answers 200); also the CRS regression tests, tuned vs stock
            evaluate.main_report(work / "eval")
    finally:
        web.stop()
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
