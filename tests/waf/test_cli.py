"""``sitegroup waf render`` end to end: the dev inventory behind the real WAF, served from a docroot."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest

from sitegroup.cli import main
from sitegroup.inventory import load_environment
from tests.conftest import require
from tests.waf.attacks import BASE
from tests.waf.harness import NGINX, Nginx, Req, free_port, send

pytestmark = pytest.mark.slow

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ATTACHMENTS = {
    "/attach/2024/06/申请表.pdf": (b"%PDF-1.4\n% sitegroup test\n", "application/pdf"),
    "/attach/2024/06/公示名单.xlsx": (b"PK\x03\x04xlsx", XLSX),
    "/attach/2024/06/通知.docx": (b"PK\x03\x04docx", DOCX),
}


@pytest.fixture
def docroot() -> Iterator[Path]:
    # Run as root, nginx's workers are "nobody": the docroot must be reachable for them, which
    # pytest's private (0700) tmp directories are not.
    d = Path(tempfile.mkdtemp(prefix="sitegroup-waf-docroot-"))
    os.chmod(d, 0o755)  # noqa: S103 (a world-readable web root is the point)
    yield d
    shutil.rmtree(d, ignore_errors=True)


def test_render_docroot_and_serve_every_site(tmp_path: Path, docroot: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    require(NGINX, "/usr/lib/nginx/modules/ngx_http_modsecurity_module.so")
    for rel, (data, _) in ATTACHMENTS.items():
        (docroot / rel.lstrip("/")).parent.mkdir(parents=True, exist_ok=True)
        (docroot / rel.lstrip("/")).write_bytes(data)
    (docroot / "index.html").write_text("<!doctype html><title>首页</title>", encoding="utf-8")
    out, port = tmp_path / "waf", free_port()
    rc = main(["waf", "render", "--env", "dev", "--out", str(out), "--listen", f"127.0.0.1:{port}",
               "--docroot", str(docroot)])
    assert rc == 0
    assert f"nginx -p {out.resolve()}" in capsys.readouterr().out
    env = load_environment("dev")
    serving = [s for s in env.sites if s.serving]
    assert serving
    with Nginx(out, port) as n:
        for site in serving:
            host = site.primary_domain
            r = send(port, host, Req("GET", "/index.html", dict(BASE)))
            assert r.status == 200 and "首页".encode() in r.body, (host, r.status)
        host = serving[0].primary_domain
        for rel, (data, ctype) in ATTACHMENTS.items():
            r = send(port, host, Req("GET", quote(rel), dict(BASE)))
            assert (r.status, r.body, r.headers["content-type"]) == (200, data, ctype)
        r = send(port, host, Req("GET", "/index.html?id=1%27%20or%20%271%27%3D%271", dict(BASE)))
        assert r.status == 403 or serving[0].waf.profile.engine == "DetectionOnly"
        assert (out / "logs" / "modsec_audit.json").exists() or serving[0].waf.profile.engine != "On"
        assert n.proc is not None and n.proc.poll() is None


def test_render_refuses_an_invalid_inventory(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rc = main(["waf", "render", "--env", "no-such-env", "--out", str(tmp_path / "x")])
    assert rc != 0
    assert not (tmp_path / "x" / "nginx.conf").exists()
