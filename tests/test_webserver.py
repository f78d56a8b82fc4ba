"""The site's nginx server block: refuses hostile input, and Debian's nginx accepts and serves it."""

from __future__ import annotations

import http.client
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

from sitegroup.webserver import server_conf
from tests.conftest import require


@pytest.mark.parametrize(("names", "root", "listen"), [
    (["www.a.gov.cn; return 200"], "/srv/site", 80),
    (["www.a.gov.cn\n"], "/srv/site", 80),
    ([], "/srv/site", 80),
    (["www.a.gov.cn"], "/srv/site; include /etc/passwd", 80),
    (["www.a.gov.cn"], "/srv/../etc", 80),
    (["www.a.gov.cn"], "/srv/site", "80; user root"),
])
def test_hostile_values_are_refused(names, root, listen):
    with pytest.raises(ValueError):
        server_conf(names, content_root=root, listen=listen)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.slow
def test_nginx_serves_content_redirects_renamed_urls_and_answers_health():
    require("nginx")
    # Started as root, nginx's workers run as nobody: the tree must be readable outside pytest's 0700 tmp.
    tmp_path = Path(tempfile.mkdtemp(prefix="sitegroup-web-"))
    root = tmp_path / "volume"
    (root / "htdocs" / "news").mkdir(parents=True)
    (root / "htdocs" / "news" / "1.html").write_text("<meta charset=utf-8>新闻", encoding="utf-8")
    (root / "onboard" / "hexi").mkdir(parents=True)
    (root / "onboard" / "hexi" / "redirects.map").write_text('"/news/1.jsp" "/news/1.html";\n', encoding="utf-8")
    for d in (tmp_path, root, root / "htdocs", root / "htdocs" / "news"):
        d.chmod(0o755)
    port = _free_port()
    (tmp_path / "site.conf").write_text(
        server_conf(["www.hexi.gov.cn"], content_root=str(root), listen=f"127.0.0.1:{port}"), encoding="utf-8")
    (tmp_path / "nginx.conf").write_text(
        f"pid {tmp_path}/nginx.pid; error_log {tmp_path}/error.log; events {{}}\n"
        f"http {{ access_log off; client_body_temp_path {tmp_path}/tmp; include {tmp_path}/site.conf; }}\n",
        encoding="utf-8")
    conf = ["nginx", "-p", str(tmp_path), "-c", str(tmp_path / "nginx.conf")]
    check = subprocess.run([*conf, "-t"], capture_output=True, text=True)
    assert check.returncode == 0, check.stderr
    subprocess.run(conf, check=True)
    try:
        deadline = time.monotonic() + 5
        while True:
            try:
                c = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
                c.request("GET", "/healthz", headers={"Host": "www.hexi.gov.cn"})
                break
            except ConnectionRefusedError:
                assert time.monotonic() < deadline
                time.sleep(0.05)

        def get(path):
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            c.request("GET", path, headers={"Host": "www.hexi.gov.cn"})
            r = c.getresponse()
            return r.status, r.getheader("Location"), r.getheader("Content-Type"), r.read()

        assert get("/healthz")[0] == 200
        status, _, ctype, body = get("/news/1.html")
        assert status == 200 and "utf-8" in ctype and "新闻" in body.decode()
        status, location, _, _ = get("/news/1.jsp")
        assert status == 301 and location.endswith("/news/1.html")
        assert get("/news/2.jsp")[0] == 404
    finally:
        subprocess.run([*conf, "-s", "stop"], capture_output=True)
        shutil.rmtree(tmp_path, ignore_errors=True)
