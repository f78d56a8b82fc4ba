"""A lab of generated government sites with known defects, served by real nginx on 127.0.0.1/::1 over TLS.

Every site has one defect kind (or none) so precision and recall can be measured per check. Dates are relative
to today. Domains resolve through the monitor's resolver override only (127.0.0.0/8 and ::1, nothing else).
A tiny Python server behind nginx plays the hostile pages nginx cannot: a body that drips forever, a malformed
status line.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import ipaddress
import os
import shutil
import socket
import threading
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from tests.waf.harness import Nginx, free_port

REPO = Path(__file__).resolve().parents[2]

TODAY = dt.date.today()
PROVINCE = "qc"
VALID_ID = "11010519491231002X"  # a syntactically valid 身份证号 (check digit X), not a real person's
MOBILE = "13912345678"


def ago(days: int) -> str:
    return (TODAY - dt.timedelta(days=days)).isoformat()


# Site id → (level, parent, defect, expected vetoes/findings by check). "expect" lists checks that must flag.
@dataclass
class Spec:
    id: str
    level: str = "county"
    parent: str = "c1"
    defect: str = ""
    expect: set[str] = field(default_factory=set)  # checks that must flag on this site
    gbk: bool = False


SPECS = [
    Spec("qc", "province", "", ""),
    Spec("c1", "city", "qc", ""),
    Spec("clean-a"), Spec("clean-b", "department", "c1"), Spec("clean-gbk", gbk=True),
    Spec("clean-nav", defect="nav_only_fresh"),
    Spec("home-border", defect="home_13_days"),
    Spec("cols-four", defect="four_stale_news"),
    Spec("blank-four", defect="four_blank"),
    Spec("down", defect="down", expect={"availability", "home_unreachable", "ipv6"}),
    Spec("home-stale", defect="home_stale", expect={"home_not_updated"}),
    Spec("home-undated", defect="home_undated", expect={"home_not_updated"}),
    Spec("nav-stale", defect="nav_only_stale", expect={"home_not_updated"}),
    Spec("cols-key", defect="five_stale_news", expect={"columns_stale_key"}),
    Spec("cols-ten", defect="ten_stale_regular", expect={"columns_stale"}),
    Spec("cols-blank", defect="five_blank", expect={"columns_blank"}),
    Spec("consult-late", defect="consult_late", expect={"consultation"}),
    Spec("consult-gone", defect="consult_gone", expect={"consultation", "links_broken"}),
    Spec("links-broken", defect="broken_links", expect={"links_broken"}),
    Spec("takeover", defect="takeover", expect={"link_takeover"}),
    Spec("hidden", defect="hidden_link", expect={"hidden_links", "link_takeover"}),
    Spec("script", defect="foreign_script", expect={"foreign_scripts"}),
    Spec("pii", defect="personal_data", expect={"personal_data"}),
    Spec("pii-file", defect="personal_data_attachment", expect={"personal_data"}),
    Spec("ids", defect="identifiers", expect={"identifiers"}),
    Spec("tls-soon", defect="tls_soon", expect={"tls"}),
    Spec("no-redirect", defect="no_https_redirect", expect={"https_redirect"}),
    Spec("no-aaaa", defect="no_aaaa", expect={"ipv6"}),
    Spec("v6-broken", defect="v6_unreachable", expect={"ipv6"}),
    Spec("hostile", defect="hostile", expect={"crawl", "identifiers", "links_broken"}),
]
VETO_CHECKS = {"availability", "home_not_updated", "columns_stale_key", "columns_stale", "columns_blank",
               "consultation"}
ALL_CHECKS = VETO_CHECKS | {"links_broken", "link_takeover", "hidden_links", "foreign_scripts", "personal_data",
                            "identifiers", "tls", "https_redirect", "ipv6", "crawl", "home_unreachable"}
BASE_COLUMNS = [("/zwdt/", "政务动态", "news"), ("/ywdt/", "要闻动态", "news"), ("/tzgg/", "通知公告", "notice"),
                ("/zcwj/", "政策文件", "policy"), ("/jgzn/", "机构职能", "static"),
                ("/hdjl/", "在线咨询", "consultation")]


def domain(site_id: str) -> str:
    spec = next((s for s in SPECS if s.id == site_id), None)
    if spec is not None and spec.level == "department":
        return f"{site_id}.{spec.parent}.gov.cn"
    return f"www.{site_id}.gov.cn"


@dataclass
class Lab:
    root: Path
    inventory: Path
    resolve_file: Path
    ca_file: Path
    http_port: int
    https_port: int
    nginx: Nginx
    hosts: dict[str, list[str]]
    specs: list[Spec]

    def stop(self):
        self.nginx.stop()
        shutil.rmtree(self.root, ignore_errors=True)


def _page(title: str, body: str, ids: tuple[str, str, str], *, charset: str = "utf-8", nav: str = "") -> str:
    code_, icp, psb = ids
    return (f'<!doctype html><html><head><meta charset="{charset}"><meta name="SiteIDCode" content="{code_}">'
            f"<title>{title}</title></head><body><div class=\"nav\"><ul>{nav}</ul></div>{body}"
            f'<div class="footer">政府网站标识码：{code_} {icp} {psb} 联系电话：0680-6100259</div></body></html>')


def _items(prefix: str, dates: list[str | None], n0: int = 0) -> str:
    out = []
    for i, d in enumerate(dates, n0):
        out.append(f'<li><a href="{prefix}{i}.html">关于做好第{i}项工作的通知</a>'
                   + (f"<span>{d}</span>" if d else "") + "</li>")
    return '<ul class="list">' + "".join(out) + "</ul>"


def _write(path: Path, text: str, charset: str = "utf-8"):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode("gb18030" if charset == "gbk" else "utf-8"))


def build_site(docroot: Path, spec: Spec, ids: tuple[str, str, str]) -> list[tuple[str, str, str]]:
    """Write the site's pages; return its columns (path, name, kind) for the entry."""
    cs = "gbk" if spec.gbk else "utf-8"
    cols = list(BASE_COLUMNS)
    d = spec.defect
    extra_home = ""
    fresh = [ago(1), ago(3), ago(9)]
    home_dates: list[str | None] = fresh
    if d == "home_stale":
        home_dates = [ago(30), ago(45)]
    elif d == "home_undated":
        home_dates = [None, None]
    elif d == "home_13_days":
        home_dates = [ago(13), ago(40)]
    col_dates = {"news": [ago(2), ago(5)], "notice": [ago(20), ago(60)], "policy": [ago(30)],
                 "regular": [ago(10)], "static": [None]}
    if d in ("five_stale_news", "four_stale_news"):
        n = 5 if d == "five_stale_news" else 4
        cols += [(f"/bm{i}/", f"部门动态{i}", "news") for i in range(n - 2)]
        col_dates["news"] = [ago(20), ago(30)]  # zwdt, ywdt + the extra ones: all stale news
    if d == "ten_stale_regular":
        cols += [(f"/lm{i}/", f"专题栏目{i}", "regular") for i in range(10)]
        col_dates["regular"] = [ago(200)]
    blank: set[str] = set()
    if d in ("five_blank", "four_blank"):
        n = 5 if d == "five_blank" else 4
        cols += [(f"/kb{i}/", f"空栏目{i}", "static") for i in range(n)]
        blank = {f"/kb{i}/" for i in range(n)}
    nav = "".join(f'<li><a href="{p}">{name}</a></li>' for p, name, _ in cols)
    for p, name, kind in cols:
        if kind == "consultation":
            continue
        if p in blank:
            body = "<p>暂无信息</p>"
        else:
            dates = col_dates[kind]
            if d == "nav_only_stale":
                dates = [ago(40)] if kind == "news" else dates
            body = _items(p, dates)
        _write(docroot / p.strip("/") / "index.html", _page(name, body, ids, charset=cs, nav=nav), cs)
        for i in range(4):
            art = f"<h1>{name} 第{i}条</h1><p>发布时间：{ago(5)}</p>"
            if d == "personal_data" and p == "/zwdt/" and i == 0:
                art += f"<p>公示：张三 身份证号 {VALID_ID} 电话 {MOBILE}</p>"
            _write(docroot / p.strip("/") / f"{i}.html", _page(name, art, ids, charset=cs, nav=nav), cs)
    # 政务咨询: answered quickly, one recent unanswered, one old outside the year: none of these may flag.
    old = 30 if d == "nav_only_stale" else 0  # a stale site's consultation page is not fresh either
    msgs = [f'<li><a href="/hdjl/m1.html">咨询办事流程</a> 提问 {ago(12 + old)} 已回复 {ago(10 + old)}</li>',
            f'<li><a href="/hdjl/m2.html">咨询社保</a> 提问 {ago(20)} 未回复</li>',
            f'<li><a href="/hdjl/m3.html">咨询旧事</a> 提问 {ago(400)} 未回复</li>']
    if d == "consult_late":
        msgs.append(f'<li><a href="/hdjl/m4.html">咨询拆迁补偿</a> 提问 {ago(100)} 未回复</li>')
    if d != "consult_gone":
        _write(docroot / "hdjl/index.html", _page("在线咨询", '<ul class="list">' + "".join(msgs) + "</ul>", ids,
                                                  charset=cs, nav=nav), cs)
        for m in range(1, 5):
            _write(docroot / f"hdjl/m{m}.html", _page("咨询", "<p>留言内容</p>", ids, charset=cs, nav=nav), cs)
    # Personal data the checks must NOT flag: masked, an invalid check digit, a landline.
    _write(docroot / "jgzn/index.html", _page("机构职能", "<ul class=list><li><a href=/jgzn/0.html>领导</a></li></ul>"
                                              "<p>身份证 1101**********1234 编号 110105194912310021 0680-6100259</p>",
                                              ids, charset=cs, nav=nav), cs)
    if d == "broken_links":
        extra_home += ('<ul class="list">' + "".join(f'<li><a href="/gone{i}.html">失效{i}</a>{ago(2)}</li>'
                                                     for i in range(3)) + "</ul>")
    if d == "takeover":
        extra_home += '<p><a href="http://www.oldbureau.gov.cn/">原某局网站</a></p>'
    extra_home += '<p><a href="http://ext-ok.example.org/ok.html">中国政府网</a></p>'
    if d == "hidden_link":
        extra_home += '<div style="position:absolute;left:-9999px"><a href="http://ext-bad.example.org/">娱乐城</a></div>'
    if d == "foreign_script":
        extra_home += '<script src="http://cdn.tongji-evil.example.net/t.js"></script>'
    if d == "personal_data_attachment":
        extra_home += f'<ul class="list"><li><a href="/files/mingdan.csv">补贴名单</a> {ago(2)}</li></ul>'
        _write(docroot / "files/mingdan.csv", f"姓名,身份证号,手机\n李四,{VALID_ID},{MOBILE}\n")
    if d == "hostile":
        extra_home += ('<ul class="list"><li><a href="/loop/a">循环</a></li><li><a href="/cal?d=1">日历</a></li>'
                       '<li><a href="/huge.html">大页面</a></li><li><a href="/py/drip">慢</a></li>'
                       '<li><a href="/py/malformed">坏</a></li><li><a href="/broken.html">畸形</a></li></ul>')
        _write(docroot / "huge.html", "<html><body>" + "<p>填充内容</p>" * 300_000 + "</body></html>")
        _write(docroot / "broken.html", "<html><body><div><a href='/zwdt/'>x<ul><li><p></table></b>\x00\xff<<>>"
               "<script>never closed")
    if d in ("nav_only_fresh", "nav_only_stale"):
        home_body = "<p>欢迎访问</p>"
    else:
        home_body = _items("/zwdt/", home_dates)
    home_body += extra_home
    if d == "identifiers":
        ids_home = (ids[0][:-1] + "9", ids[1].replace("号-1", "号-2"), ids[2])  # a wrong 网站标识码 on the home page
        _write(docroot / "index.html", _page("首页", home_body, ids_home, charset=cs, nav=nav), cs)
    else:
        _write(docroot / "index.html", _page("首页", home_body, ids, charset=cs, nav=nav), cs)
    return cols


def _cert(ca_key, ca_cert, names: list[str], days: int):
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, names[0])]))
            .issuer_name(ca_cert.subject).public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=days))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName(n) for n in names]), critical=False)
            .sign(ca_key, hashes.SHA256()))
    return (key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                              serialization.NoEncryption()), cert.public_bytes(serialization.Encoding.PEM))


def _ca():
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "sitegroup monitor lab CA")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=30))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    return key, cert


class Hostile:
    """Answers /py/drip with a body that never ends (one byte a second) and /py/malformed with garbage."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.port = self.sock.getsockname()[1]
        self.stop = threading.Event()
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self):
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._one, args=(conn,), daemon=True).start()

    def _one(self, conn):
        with contextlib.suppress(OSError), conn:
            req = conn.recv(4096).decode("latin-1")
            if "/py/malformed" in req:
                conn.sendall(b"HTTP/1.1 OK-ish\r\nX: \xff\r\n\r\n<html>")
                return
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body>")
            for _ in range(120):
                if self.stop.wait(1):
                    return
                conn.sendall(b" ")

    def close(self):
        self.stop.set()
        self.sock.close()


def start(specs: list[Spec] = SPECS) -> tuple[Lab, Hostile]:
    root = Path(__import__("tempfile").mkdtemp(prefix="sitegroup-monitor-lab-"))
    root.chmod(0o755)
    http_port, https_port = free_port(), free_port()
    hostile = Hostile()
    ca_key, ca_cert = _ca()
    (root / "ca.pem").write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))
    names = [domain(s.id) for s in specs if s.defect != "tls_soon"]
    k, c = _cert(ca_key, ca_cert, names, 300)
    (root / "site.key").write_bytes(k)
    (root / "site.pem").write_bytes(c)
    k, c = _cert(ca_key, ca_cert, [domain("tls-soon")], 5)
    (root / "soon.key").write_bytes(k)
    (root / "soon.pem").write_bytes(c)
    inv = root / "inventory"
    (inv / "sites" / "lab").mkdir(parents=True)
    (inv / "environment.yaml").write_text(
        (REPO / "inventories/dev/environment.yaml").read_text().replace(
            "name: dev", "name: lab", 1), encoding="utf-8")
    servers = []
    hosts: dict[str, list[str]] = {}
    for i, s in enumerate(specs):
        region = {"province": "680000", "city": "680100", "department": "680100"}.get(s.level, f"6801{i + 10:02d}")
        site_code = f"bm68{i:06d}" if s.level == "department" else f"{region}0001"
        ids = (site_code, f"青ICP备680000{i:02d}号-1", f"青公网安备680100000000{i:02d}号")
        docroot = root / "www" / s.id
        cols = build_site(docroot, s, ids)
        level, typ, tmpl = {"province": ("province", "portal", "province-portal"),
                            "city": ("city", "portal", "city-portal"),
                            "county": ("county", "portal", "county-portal"),
                            "department": ("department", "department", "department")}[s.level]
        entry = [f"id: {s.id}", f"name: 青川省测试{i}网站", f"organizer: 测试单位{i}", f"level: {level}",
                 f"type: {typ}", f'region_code: "{region}"', f'site_code: "{site_code}"',
                 f"domains: [{domain(s.id)}]", f"icp: {ids[1]}", f"psb: {ids[2]}", "owners: [sg:lab]",
                 f"template: {tmpl}", "status: live", "columns:"]
        entry += [f"  - {{path: {p}, name: {n}, kind: {k}}}" for p, n, k in cols]
        ours = {p for p, _, _ in cols}
        template = yaml.safe_load((REPO / "site_templates" / f"{tmpl}.yaml").read_text(encoding="utf-8"))
        entry += [f"  - {{path: {c['path']}, name: {c['name']}, kind: none}}"  # the lab's sites lack these
                  for c in template.get("columns", []) if c["path"] not in ours]
        if s.parent:
            entry.insert(2, f"parent: {s.parent}")
        (inv / "sites" / "lab" / f"{s.id}.yaml").write_text("\n".join(entry) + "\n", encoding="utf-8")
        name = domain(s.id)
        hosts[name] = ["127.0.0.1", "::1"]
        if s.defect == "no_aaaa":
            hosts[name] = ["127.0.0.1"]
        if s.defect == "v6_unreachable":
            hosts[name] = ["127.0.0.1", f"[::1]:{free_port()}"]
        cert = "soon" if s.defect == "tls_soon" else "site"
        home = "location = / { return 503; }" if s.defect == "down" else ""
        hostile_loc = ""
        if s.defect == "hostile":
            hostile_loc = (f"location /py/ {{ proxy_pass http://127.0.0.1:{hostile.port}; proxy_buffering off; }}\n"
                           "location /loop/ { return 302 /loop/b; }\n location = /loop/b { return 302 /loop/a; }\n"
                           "location = /cal { default_type text/html; charset utf-8; "
                           "return 200 '<html><body><a href=\"/cal?d=${arg_d}1\">下个月</a></body></html>'; }\n")
        servers.append(f"""
server {{ listen 127.0.0.1:{https_port} ssl; listen [::1]:{https_port} ssl; server_name {name};
  ssl_certificate {root}/{cert}.pem; ssl_certificate_key {root}/{cert}.key;
  root {docroot}; {home} {hostile_loc} }}
server {{ listen 127.0.0.1:{http_port}; listen [::1]:{http_port}; server_name {name};
  {"root " + str(docroot) + ";" if s.defect == "no_https_redirect" else "return 301 https://$host$request_uri;"} }}
""")
    # Off-site hosts on other loopback addresses: a healthy one, and an expired government domain now a casino.
    ext = root / "www" / "ext"
    _write(ext / "ok" / "ok.html", "<html><body>中国政府网</body></html>")
    _write(ext / "bad" / "index.html", "<html><body>澳门娱乐城 真人视讯 百家乐 在线投注</body></html>")
    for n, d in (("ext-ok.example.org", "ok"), ("www.oldbureau.gov.cn", "bad"), ("ext-bad.example.org", "bad")):
        hosts[n] = ["127.0.0.2"]
        servers.append(f"server {{ listen 127.0.0.2:{http_port}; server_name {n}; root {ext / d}; }}\n")
    user = "user root;\n" if os.geteuid() == 0 else ""
    conf = root / "conf"
    conf.mkdir()
    (root / "logs").mkdir()
    (conf / "nginx.conf").write_text(f"""{user}worker_processes 1; pid {root}/nginx.pid;
error_log {root}/logs/error.log;
events {{ worker_connections 512; }}
http {{ include /etc/nginx/mime.types; access_log off; server_names_hash_bucket_size 128;
  client_body_temp_path {root}/tmp; proxy_temp_path {root}/tmp; fastcgi_temp_path {root}/tmp;
  uwsgi_temp_path {root}/tmp; scgi_temp_path {root}/tmp; charset_types text/html;
{"".join(servers)}
}}
""", encoding="utf-8")
    (root / "nginx.conf").symlink_to(conf / "nginx.conf")
    resolve = root / "resolve.yaml"
    lines = [f"ports: {{80: {http_port}, 443: {https_port}}}", "hosts:"]
    lines += [f"  {h}: [{', '.join(repr(a) for a in v)}]" for h, v in hosts.items()]
    resolve.write_text("\n".join(lines).replace("'", '"') + "\n", encoding="utf-8")
    for a in (a for v in hosts.values() for a in v):  # the lab never maps anything outside loopback
        assert ipaddress.ip_address(a.strip("[]").rsplit("]", 1)[0] if a.startswith("[") else a.split(":")[0]
                                    if a.count(":") == 1 else a).is_loopback
    ng = Nginx(root, https_port).start()
    return Lab(root, inv, resolve, root / "ca.pem", http_port, https_port, ng, hosts, specs), hostile
