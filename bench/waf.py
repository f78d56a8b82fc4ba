"""Benchmark the shared WAF tier: 1, 100, 1,000, 3,000 sites in one nginx, vs stock CRS, vs no WAF.

    PYTHONPATH=. python bench/waf.py [--sizes 1,100,1000,3000] [--sites 1000] [--requests 2000] [--corpus]
                                     [--bodies] [--body-requests 400]

Prints, for each size: `nginx -t` time, time to listening, RSS of master and worker, each against a
stock single-site CRS (Debian's modsecurity.conf + crs-setup + CRS 3.3.4) measured in the same run;
every tenth site has an exception and every fifth a CMS package, as a real inventory would. Then,
for a legitimate GET (Chinese search query, browser headers) at each profile of the --sites tier:
req/s, p50/p99 latency and nginx-worker CPU per request through the WAF, through the same nginx
with ModSecurity off, and through stock CRS at the same paranoia level. With --bodies: the same for
requests with a body (BODIES: a form, a JSON API call, a multipart upload, a text/plain JSON beacon and a text/plain
body that is not JSON; also the beacon as application/json, what stock CRS pays to read its JSON, and a
vector search of 999 arguments, the most a site may send without a package's limit), which the GET does not
pay: body parsing, the platform's body rules (200008-200012: an unparsed text/plain body is copied into
modsec.TEXT_BODY_VAR, which 65 CRS rules read whole: TEXT_BODY_RULES) and CRS's rules on the arguments and
REQUEST_BODY; against stock CRS in DetectionOnly (it refuses most of these bodies: render_stock), and
against the standard site on a copy of the tier without the text-body rules (strip_text_body_rules), which
says what they cost. With --corpus: the
false-positive rate of every corpus part (A-L tuning and held-out, tests/waf/evaluate.py PARTS) and the
attack detection, per profile, against stock CRS at the same paranoia level, in one table, with the
detection on the CRS 3.3.4 regression tests (tests/waf/crs_regression.py; fetched by `sitegroup waf
crs-tests fetch`) per blocking profile (tests/waf/evaluate.py; each run is a held-out count: record it
in docs/waf.md).
Goals (issue 13): worker memory < 1.2x one site at 1,000 sites; WAF-added CPU <= 1.2x stock CRS's.
Everything runs on 127.0.0.1 with one nginx worker each; every server proxies (keep-alive) to the
same plain nginx serving a static page, as the tier proxies to the sites' web servers; it answers a POST
with the same page (after reading the body), so a body row less the GET row is what the body costs.
"""

from __future__ import annotations

import argparse
import contextlib
import http.client
import json
import os
import random
import re
import shutil
import statistics
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sitegroup.waf import RenderOptions, cms, modsec, render_files, write_files
from tests.waf import factory
from tests.waf.harness import NGINX, Nginx, Req, children, free_port, pid_rss_kb

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
GET = Req("GET", PATH)


def bodies() -> dict[str, Req]:
    """Legitimate requests with a body, as a government site gets them (all answered 200 by every target;
    the table says what each costs). Deterministic: the same bytes in every run."""
    origin = {"Origin": "https://www.s0000.bench.gov.cn", "Accept": "*/*"}
    letter = ("本人居住在某某区某某街道幸福家园小区，小区东侧道路自今年十月起夜间施工，每晚十点至次日凌晨三点"
              "持续使用破碎锤和渣土车作业，噪音严重影响周边居民休息，老人和学生尤其难以入睡。\r\n"
              "此前已多次拨打12345热线反映，施工单位仅短暂停工后又恢复夜间作业。请问该工地是否办理了夜间施工许可？"
              "许可的作业时段是什么？恳请有关部门依法查处，并向居民公开处理结果。\r\n谢谢！")
    form = urllib.parse.urlencode({
        "xm": "张三", "lxdh": "13800138000", "email": "zhangsan@example.com", "sfgk": "1",
        "lb": "投诉", "bm": "市住房和城乡建设局", "zt": "关于幸福家园小区东侧道路夜间施工噪音扰民的投诉",
        "nr": letter, "dz": "某某市某某区某某街道幸福家园小区3栋", "yzm": "8k3d",
        "csrf_token": "f3b1c2d4e5a60718293a4b5c6d7e8f90",
    }).encode()
    application = {
        "sxbm": "11330100002493915A4330118001000", "sxmc": "城镇排水设施接入许可（新办）", "bljb": "市级",
        "sqr": {"lx": "法人", "mc": "某某市幸福家园物业管理有限公司", "tyshxydm": "91330100MA2AXXXX0Q",
                "fddbr": "李四", "lxr": "王五", "lxdh": "0571-88888888", "sj": "13900139000",
                "dz": "某某市某某区某某街道幸福路88号"},
        "sqnr": "因小区雨污分流改造，申请将小区污水管网接入市政排水管网，接入点位于幸福路与和平路交叉口西侧。",
        "cl": [{"clbm": f"CL{i:03d}", "clmc": name, "fjid": f"{i:02d}9a8b7c6d5e4f3a2b1c0d", "ys": n, "sfbx": True}
               for i, (name, n) in enumerate([("营业执照副本复印件", 1), ("法定代表人身份证明", 2),
                                               ("排水接入方案及图纸", 12), ("排水设施竣工验收资料", 8),
                                               ("授权委托书", 1), ("受托人身份证复印件", 2),
                                               ("水质检测报告", 4), ("承诺书", 1)])],
        "yjfs": {"fs": "邮寄", "sjr": "王五", "dh": "13900139000", "dz": "某某市某某区某某街道幸福路88号物业服务中心"},
        "tjsj": "2026-12-04 10:31:25", "ly": "pc", "version": "3.2.1",
    }
    api = json.dumps(application, ensure_ascii=False).encode()
    boundary = "----WebKitFormBoundary7MA4YWxkTrZu0gW"
    pdf = (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Length 50000 /Filter /FlateDecode >>\nstream\n"
           + random.Random(13).randbytes(50000) + b"\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
    parts = [f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'.encode()
             for k, v in (("zt", "关于幸福家园小区夜间施工的补充材料"), ("xm", "张三"), ("lxdh", "13800138000"))]
    parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="现场照片及说明.pdf"\r\n'
                 "Content-Type: application/pdf\r\n\r\n".encode() + pdf + b"\r\n")
    upload = b"".join(parts) + f"--{boundary}--\r\n".encode()
    beacon = json.dumps({
        "type": "pageview", "url": "https://www.s0000.bench.gov.cn/zwgk/zcwj/202612/t20261204_123456.html",
        "title": "某某市人民政府关于印发《某某市优化营商环境若干措施》的通知", "ref": "https://www.baidu.com/",
        "sw": 1920, "sh": 1080, "lang": "zh-CN", "sid": "a1b2c3d4e5f6", "uid": "", "ts": 1796351485123,
        "stay": 35210, "scroll": 0.82,
    }, ensure_ascii=False, separators=(",", ":")).encode()
    # Not one JSON document: k=v lines, as legacy statistics scripts post them with sendBeacon.
    lines = {"v": "1", "t": "pageview", "tid": "GOV-330100-0001", "cid": "1717171717.1733280000",
             "dl": "https://www.s0000.bench.gov.cn/zwgk/zcwj/202612/t20261204_123456.html",
             "dt": "某某市人民政府关于印发《某某市优化营商环境若干措施》的通知_政策文件_某某市人民政府门户网站",
             "dr": "https://www.baidu.com/", "ul": "zh-cn", "sr": "1920x1080", "vp": "1903x937",
             "de": "UTF-8", "sd": "24-bit", "je": "0", "col": "政务公开/政策文件", "seq": "3"}
    text = "\n".join(f"{k}={v}" for k, v in lines.items()).encode()
    # A vector search as a site's AI assistant sends it (Milvus RESTful v2): 996 numbers and three other
    # fields, 999 arguments, the most any site may send without a package's argument limit (ADR 0041).
    rng = random.Random(17)
    search = json.dumps({"collectionName": "zcwj_chunks", "data": [[round(rng.uniform(-0.2, 0.2), 6)
                                                                    for _ in range(EMBEDDING_NUMBERS)]],
                         "limit": 8, "outputFields": ["title"]}, separators=(",", ":")).encode()
    return {
        "form": Req("POST", "/interact/zxts/submit",
                    {**origin, "Content-Type": "application/x-www-form-urlencoded"}, form,
                    f"form POST, {len(form) // 100 / 10:.1f} KB, 11 fields"),
        "json": Req("POST", "/api/v1/bsdt/apply", {**origin, "Content-Type": "application/json;charset=UTF-8"},
                    api, f"JSON POST, {len(api) // 100 / 10:.1f} KB"),
        "upload": Req("POST", "/interact/upload",
                      {**origin, "Content-Type": f"multipart/form-data; boundary={boundary}"}, upload,
                      f"multipart upload, {len(upload) // 100 / 10:.1f} KB (a {len(pdf) // 1000} KB PDF)"),
        "beacon": Req("POST", "/stat/collect", {**origin, "Content-Type": "text/plain;charset=UTF-8"},
                      beacon, f"text/plain JSON beacon, {len(beacon)} B"),
        "beacon-aj": Req("POST", "/stat/collect", {**origin, "Content-Type": "application/json"},
                         beacon, f"the same beacon as application/json, {len(beacon)} B"),
        "text": Req("POST", "/stat/collect", {**origin, "Content-Type": "text/plain;charset=UTF-8"},
                    text, f"text/plain not JSON (k=v lines), {len(text)} B"),
        EMBEDDING: Req("POST", "/v2/vectordb/entities/search",
                       {**origin, "Content-Type": "application/json"}, search,
                       f"JSON vector search, {EMBEDDING_NUMBERS + 3} arguments, {len(search) // 100 / 10:.1f} KB"),
    }


# --bodies: a request of 999 arguments, which every rule reads one by one (ADR 0041: about 0.3-0.5 ms of
# worker CPU per argument), so it runs EMBEDDING_SHARE of the other bodies' count.
EMBEDDING, EMBEDDING_NUMBERS, EMBEDDING_SHARE = "embedding", 996, 20


PACKAGE_EVERY = 5  # every fifth site declares one CMS package (site 4, the measured burn-in site, among them)


def has_package(i: int) -> bool:
    return i % PACKAGE_EVERY == PACKAGE_EVERY - 1


def sites(n: int) -> list:
    out = []
    cms_names = sorted(cms.packages())
    for i in range(n):
        p = PROFILES[i % len(PROFILES)]
        exc = (factory.letter_exception(),) if i % 10 == 9 else ()
        pkg = cms_names[i // PACKAGE_EVERY % len(cms_names)] if cms_names and has_package(i) else None
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


def strip_text_body_rules(directory: Path) -> None:
    """The ablation of --bodies: the rendered tier without the text-body rules (the SecRuleUpdateTargetById
    lines adding modsec.TEXT_BODY_VAR to TEXT_BODY_RULES, and 200012's copy of the body into it): against
    it, what they cost each request. (Its text/plain non-JSON body is then read by CRS's few REQUEST_BODY
    rules only, as before stop 22: cheaper and blind.)"""
    conf = directory / "modsecurity" / "main.conf"
    text = conf.read_text()
    var = modsec.TEXT_BODY_VAR
    text, n_upd = re.subn(rf'SecRuleUpdateTargetById \d+ "{var}"\n', "", text)
    copy = f",{modsec.TEXT_BODY_COPY}"
    n_copy = text.count(copy)
    text = text.replace(copy, "")
    if n_copy != 1 or n_upd != len(modsec.TEXT_BODY_RULES):
        raise SystemExit(f"{conf}: text-body rules not as expected (copy: {n_copy}, updates: {n_upd})")
    conf.write_text(text)


def render_backend(directory: Path, docroot: Path, port: int) -> None:
    """The sites' web server: a plain nginx serving a static page (what the tier proxies to). A POST
    anywhere is answered with the same page (405 -> error_page, which reads and discards the body)."""
    (directory / "logs").mkdir(parents=True, exist_ok=True)
    t = directory / "tmp"
    t.mkdir(exist_ok=True)
    (directory / "nginx.conf").write_text(
        f"worker_processes 1;\npid {directory}/nginx.pid;\nerror_log {directory}/logs/error.log warn;\n"
        "events { worker_connections 1024; }\n"
        f"http {{\n  access_log off;\n  client_body_temp_path {t}/cb;\n  proxy_temp_path {t}/p;\n"
        f"  fastcgi_temp_path {t}/f;\n  uwsgi_temp_path {t}/u;\n  scgi_temp_path {t}/s;\n  keepalive_requests 100000;\n"
        f"  server {{\n    listen 127.0.0.1:{port};\n    root {docroot};\n"
        "    location / { error_page 405 =200 /index.html; if ($request_method = POST) { return 405; } }\n"
        "  }\n}\n"
    )


def render_stock(directory: Path, paranoia: int, backend: str, port: int, bodies: bool = False) -> None:
    """Stock single-site CRS: Debian's modsecurity.conf (engine On, response bodies inspected as in the
    tier) + crs-setup + CRS 3.3.4, with the same real_ip. At PL3 stock CRS refuses the benchmark's
    ordinary Chinese search (920272 and friends: docs/waf.md), so it runs DetectionOnly there: every rule
    still runs and logs, the request is served, and the CPU per request stays comparable.

    `bodies`: for BODIES, which stock CRS refuses already at PL1 (941310 on the Chinese text of the form,
    the JSON and the beacon with Debian's code page 20127; 920420: text/plain is not in CRS 3.3.4's
    allowed types): DetectionOnly at every level, so every rule runs and the request is proxied and its
    response inspected as on the tier (a refused request skips both); the profiles' content types (as
    the tier allows them); no audit log (stock's false positives would be logged, the tier's bodies
    match nothing; DetectionOnly matches go to nginx's error log at info, not written)."""
    (directory / "logs").mkdir(parents=True, exist_ok=True)
    (directory / "tmp").mkdir(exist_ok=True)
    types = " ".join(f"|{ct}|" for ct in factory.load_profile("standard").allowed_content_types)
    quiet = ("SecAuditEngine Off\n"
             f"SecAction \"id:900220,phase:1,nolog,pass,t:none,setvar:'tx.allowed_request_content_type={types}'\"\n"
             if bodies else "")
    (directory / "modsec.conf").write_text(
        "Include /etc/nginx/modsecurity.conf\n"
        f"SecRuleEngine {'DetectionOnly' if paranoia >= 3 or bodies else 'On'}\n"
        f"SecAuditLog {directory}/logs/audit.log\n"
        f"SecTmpDir {directory}/tmp\nSecDataDir {directory}/tmp\n"
        "Include /etc/modsecurity/crs/crs-setup.conf\n"
        f"{quiet}"
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
    """CPU time of a process (the nginx worker): robust to other load on the machine. The scheduler's
    run time (/proc/PID/schedstat, nanoseconds) where the kernel has it, else utime + stime (in clock
    ticks, 10 ms: too coarse for the --bodies differences of a tenth of a millisecond)."""
    with contextlib.suppress(OSError, ValueError, IndexError):
        return int(Path(f"/proc/{pid}/schedstat").read_text().split()[0]) / 1e9
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _send(c: http.client.HTTPConnection, req: Req, host: str, i: int) -> int:
    c.request(req.method, req.path, body=req.body, headers={**_headers(host, i), **req.headers})
    resp = c.getresponse()
    resp.read()
    return resp.status


def latency(targets: dict[str, tuple[int, str]], n: int, rounds: int = 20,
            workers: dict[int, int] | None = None, req: Req = GET) -> dict[str, tuple[float, float, float, float]]:
    """Sequential keep-alive requests (`req`), interleaved over the targets in `rounds` batches so that
    machine noise hits every target alike: name -> (req/s, p50 ms, p99 ms, worker CPU ms per request)."""
    conns = {name: _conn(port) for name, (port, _) in targets.items()}
    times: dict[str, list[float]] = {name: [] for name in targets}
    busy = dict.fromkeys(targets, 0.0)
    cpu = dict.fromkeys(targets, 0.0)
    for name, (_, host) in targets.items():  # warm-up
        for i in range(min(50, n // 2)):
            if (status := _send(conns[name], req, host, i)) != 200:
                raise SystemExit(f"{name}: HTTP {status} for {req.label or req.path}")
    for r in range(rounds):
        for name, (port, host) in targets.items():
            pid = (workers or {}).get(port)
            c0 = cpu_seconds(pid) if pid else 0.0
            for i in range(r * (n // rounds), (r + 1) * (n // rounds)):
                t0 = time.perf_counter()
                try:
                    status = _send(conns[name], req, host, i)
                except (BrokenPipeError, ConnectionResetError, http.client.RemoteDisconnected):
                    # The tier closed an idle keep-alive connection (its keepalive_timeout) while the other
                    # targets' slow requests ran: connect again, as a browser would, and send the request once more.
                    conns[name] = _conn(port)
                    t0 = time.perf_counter()
                    status = _send(conns[name], req, host, i)
                dt = time.perf_counter() - t0
                times[name].append(dt)
                busy[name] += dt
                if status != 200:
                    raise SystemExit(f"{name}: HTTP {status} for {req.label or req.path}")
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


# --bodies: the standard site on the tier without the text-body rules (strip_text_body_rules)
ABLATION = "standard-no-text-body"


def _paranoia(target: str) -> int:
    return factory.load_profile("standard" if target == ABLATION else target).paranoia


def _cpu_ratio(lat: dict[str, tuple[float, float, float, float]], prof: str) -> float:
    """What the tier adds to the worker CPU per request over plain proxying, against what stock CRS adds
    at the profile's paranoia level."""
    pl = _paranoia(prof)
    return (lat[prof][3] - lat["plain"][3]) / (lat[f"stock{pl}"][3] - lat["plain"][3])


def print_table(lat: dict[str, tuple[float, float, float, float]], tier_sites: int,
                rps: dict[str, float] | None = None,
                get: dict[str, tuple[float, float, float, float]] | None = None) -> None:
    """One row per target of `latency`: no ModSecurity, stock CRS per level, each profile of the tier.
    With `rps` a req/s column (throughput); with `get` (the GET's figures) the CPU the request costs over
    the GET on the same target (its body)."""
    plain = lat["plain"]

    def row(label: str, name: str, o: tuple[float, ...], rest: str = "") -> str:
        r = f"{rps[name]:7.0f} " if rps else ""
        g = f" {o[3] - get[name][3]:7.3f}" if get else ""
        return f"{label:40} {r}{o[1]:7.3f} {o[2]:7.2f} {o[3]:7.3f}{g}{rest}"

    print(f"{'target':40} {'  req/s ' if rps else ''}{'p50 ms':>7} {'p99 ms':>7} {'cpu ms':>7}"
          f"{' cpu-GET' if get else ''} {'+p50':>7} {'+cpu':>7} {'x plain':>7} {'vs stock p50/cpu':>17}")
    print(row("no ModSecurity (same nginx)", "plain", plain))
    for pl in LEVELS:
        s = lat[f"stock{pl}"]
        print(row(f"stock CRS single site PL{pl}", f"stock{pl}", s,
                  f" {s[1] - plain[1]:7.3f} {s[3] - plain[3]:7.3f} {s[1] / plain[1]:7.1f}"))
    for prof in (*PROFILES, *([ABLATION] if ABLATION in lat else [])):
        pl = _paranoia(prof)
        o, st = lat[prof], lat[f"stock{pl}"]
        added, stock_added = o[1] - plain[1], st[1] - plain[1]
        package = " + package" if prof in PROFILES and has_package(PROFILES.index(prof)) else ""
        label = ("standard without text-body rules (ablation)" if prof == ABLATION
                 else f"{prof}{package} (PL{pl}, {tier_sites}-site tier)")
        print(row(label, prof, o,
                  f" {added:7.3f} {o[3] - plain[3]:7.3f} {o[1] / plain[1]:7.1f} "
                  f"{added / stock_added:7.2f}x/{_cpu_ratio(lat, prof):.2f}x"))


def report_bodies(work: Path, backend: str, tier: tuple[int, int], n: int, tier_sites: int) -> None:
    """The GET table's figures for the GET and each request of BODIES, against stock CRS rendered for
    bodies (render_stock) and the tier without the text-body rules (strip_text_body_rules, the standard site
    only), then the CPU ratios against stock CRS per profile and request. `tier`: the tier's port and
    worker pid."""
    port, worker = tier
    ablation, pab = work / f"tier-{tier_sites}-no-text-body", free_port()
    render(ablation, tier_sites, backend, pab)
    strip_text_body_rules(ablation)
    stocks = {pl: (work / f"stock-bodies-pl{pl}", free_port()) for pl in LEVELS}
    for pl, (d, p) in stocks.items():
        render_stock(d, pl, backend, p, bodies=True)
    targets = {"plain": (port, "plain.bench.gov.cn")}
    targets.update({f"stock{pl}": (p, "stock.bench.gov.cn") for pl, (_, p) in stocks.items()})
    targets.update({prof: (port, f"s{i:04d}.bench.gov.cn") for i, prof in enumerate(PROFILES)})
    targets[ABLATION] = (pab, f"s{PROFILES.index('standard'):04d}.bench.gov.cn")
    mix = {"GET": GET, **bodies()}
    running = []
    try:
        for d, p in (*stocks.values(), (ablation, pab)):
            running.append(Nginx(d, p).start())
        workers = {port: worker, **{nx.port: children(nx.proc.pid)[0] for nx in running if nx.proc}}
        res = {kind: latency(targets, max(n // EMBEDDING_SHARE, 20) if kind == EMBEDDING else n,
                             rounds=10 if kind == EMBEDDING else 20, workers=workers, req=req)
               for kind, req in mix.items()}
    finally:
        for nx in running:
            nx.stop()
    get = res["GET"]
    print(f"\nrequests with a body ({n} sequential keep-alive requests per request and target, interleaved; "
          "stock CRS DetectionOnly with the profiles' content types, no audit log (render_stock); cpu = nginx "
          "worker CPU per request; cpu-GET = cpu less the GET's on the same target: what a body costs over a "
          "2-argument query; the ablation row: the standard site on the same tier without the text-body rules)")
    for kind, req in mix.items():
        print(f"\n{kind}: {req.method} {req.path[:40]}{'...' if len(req.path) > 40 else ''}"
              f"{f' ({req.label})' if req.label else ''}")
        print_table(res[kind], tier_sites, get=None if kind == "GET" else get)
    print("\nWAF-added CPU per request against stock CRS's at the same paranoia level "
          "((tier - plain) / (stock - plain); goal <= 1.2x), and what each adds (ms)")
    print(f"{'profile':34}" + "".join(f" {k:>9}" for k in res))
    for prof in (*PROFILES, ABLATION):
        label = "standard without text-body rules" if prof == ABLATION else f"{prof} (PL{_paranoia(prof)})"
        print(f"{label:34}" + "".join(f" {_cpu_ratio(r, prof):8.2f}x" for r in res.values()))
    for name in ("plain", *(f"stock{pl}" for pl in LEVELS), *PROFILES, ABLATION):
        label = {"plain": "no ModSecurity: cpu ms", ABLATION: "standard w/o text-body rules: +cpu ms"}.get(
            name, f"{name.replace('stock', 'stock CRS PL')}: +cpu ms")
        print(f"{label:34}" + "".join(f" {r[name][3] - (0 if name == 'plain' else r['plain'][3]):9.3f}"
                                      for r in res.values()))
    k = len(modsec.TEXT_BODY_RULES)
    print(f"{f'text-body rules ({k} targets): cpu ms':34}"
          + "".join(f" {r['standard'][3] - r[ABLATION][3]:9.3f}" for r in res.values()))
    print(f"(the last row: standard less the same site without them, the cost of the text-body rules: "
          f"{k} CRS rules also read {modsec.TEXT_BODY_VAR}, which only an unparsed text/plain body has; "
          "beacon-aj is the beacon sent as application/json, what stock CRS pays to read its JSON)")
    e = res[EMBEDDING]
    print(f"(embedding: {EMBEDDING_NUMBERS + 3} arguments, {max(n // EMBEDDING_SHARE, 20)} requests per target; "
          "per argument the tier adds " + ", ".join(
              f"{p} {(e[p][3] - e['plain'][3]) / (EMBEDDING_NUMBERS + 3):.3f} ms" for p in PROFILES)
          + " and stock CRS " + ", ".join(
              f"PL{pl} {(e[f'stock{pl}'][3] - e['plain'][3]) / (EMBEDDING_NUMBERS + 3):.3f} ms" for pl in LEVELS)
          + ": a package's limit of 1,100 (ADR 0041) costs at most a tenth more than what any site may send)")


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
    ap.add_argument("--bodies", action="store_true",
                    help="also CPU/latency of requests with a body (form, JSON, upload, text/plain), tuned vs stock")
    ap.add_argument("--body-requests", type=int, default=400, help="requests per body and target with --bodies")
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
                print(f"\nlegitimate GET {PATH[:40]}... ({args.requests} sequential keep-alive requests per "
                      "target, interleaved; req/s with 4 connections; cpu = nginx worker CPU per request)")
                print_table(lat, args.sites, rps)
                print("(vs stock = what the WAF adds (p50 latency / worker CPU) over what stock CRS adds at the "
                      "same paranoia level; goal <= 1.2x. CPU is the robust figure on a busy machine.)")
            finally:
                for n in stock_nginx.values():
                    n.stop()
            if args.bodies:
                report_bodies(work, backend, (pbig, workers[pbig]), args.body_requests, args.sites)
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
