"""The real log pipeline for the slow tests, once per module: the dev inventory's WAF tier (nginx + ModSecurity +
CRS) writes its logs, rsyslogd ships them through vmauth to two VictoriaLogs stores (the dev policy's 180 and
365 days)."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from sitegroup.inventory import load_environment
from sitegroup.logs import collector
from sitegroup.logs.policy import load_policy
from sitegroup.waf import RenderOptions, render_files, write_files
from tests.conftest import require
from tests.logs.harness import OMES, RSYSLOGD, Pipeline, engine_bin
from tests.waf.harness import NGINX, Backend, Nginx, free_port

MODULE = "/usr/lib/nginx/modules/ngx_http_modsecurity_module.so"
OWNER_TOKENS = {"baisha": "owner-baisha-token", "beiyuan": "owner-beiyuan-token"}


@dataclass
class Live:
    pipe: Pipeline
    waf_dir: Path
    waf_port: int
    node_dir: Path  # the fake node's /var/log/audit and /var/log/containers
    env: object


def engines() -> Path:
    require(RSYSLOGD, OMES, NGINX, MODULE)
    bin_dir = engine_bin()
    if bin_dir is None or not (bin_dir / "victoria-logs").exists() or not (bin_dir / "vmauth").exists():
        require("victoria-logs", "vmauth")  # fails under CI, skips on a laptop without Go
    assert bin_dir is not None
    return bin_dir


@pytest.fixture(scope="module")
def live() -> Iterator[Live]:
    bin_dir = engines()
    root = Path(tempfile.mkdtemp(prefix="sitegroup-logs-"))
    root.chmod(0o755)  # nginx workers run as nobody under root
    env = load_environment("dev")
    pipe = Pipeline(root / "pipe", load_policy("dev"), bin_dir, owner_tokens=dict(OWNER_TOKENS))
    pipe.dir.mkdir()
    waf_dir = root / "waf"
    # An underscore in a directory above the node's log files (paths may have them): the collector must take pod,
    # namespace and container from the file's own name only.
    node = root / "node_1"
    for d in (waf_dir / "logs", node / "audit", node / "containers"):
        d.mkdir(parents=True)
    backend = Backend().__enter__()
    nginx = None
    try:
        pipe.start_stores()
        pipe.start_gateway()
        pipe.start_collector([
            collector.Input(str(waf_dir / "logs" / "access.log"), "access"),
            collector.Input(str(waf_dir / "logs" / "modsec_audit.json"), "waf"),
            collector.Input(str(node / "audit" / "audit.log"), "audit", "auditd"),
            collector.Input(str(node / "containers" / "*.log"), "app", "cri"),
        ], env)
        port = free_port()
        write_files(render_files(env, RenderOptions.local(waf_dir, listen=f"127.0.0.1:{port}", backend=backend.url)),
                    waf_dir)
        nginx = Nginx(waf_dir, port).start()
        yield Live(pipe, waf_dir, port, node, env)
    finally:
        if nginx:
            nginx.stop()
        pipe.close()
        backend.__exit__()
        shutil.rmtree(root, ignore_errors=True)
