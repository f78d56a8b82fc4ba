"""A real WAF tier for the slow tests: rendered from model objects, nginx on 127.0.0.1, a backend."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from sitegroup.waf import RenderOptions, render_files, write_files
from tests.conftest import require
from tests.waf import factory
from tests.waf.harness import NGINX, Backend, Nginx, free_port

MODULE = "/usr/lib/nginx/modules/ngx_http_modsecurity_module.so"
CRS = "/usr/share/modsecurity-crs/rules/REQUEST-901-INITIALIZATION.conf"


@dataclass
class Tier:
    dir: Path
    port: int
    nginx: Nginx
    files: dict[str, str]


def _start(tmp: Path, backend: Backend, zh_tuning: bool) -> Tier:
    require(NGINX, MODULE, CRS)
    port = free_port()
    env = factory.test_environment()
    opts = RenderOptions.local(tmp, listen=f"127.0.0.1:{port}", backend=backend.url, zh_tuning=zh_tuning)
    files = render_files(env, opts)
    write_files(files, tmp)
    return Tier(tmp, port, Nginx(tmp, port).start(), files)


@pytest.fixture(scope="session")
def backend() -> Iterator[Backend]:
    with Backend() as b:
        yield b


def _tier_dir(name: str) -> Path:
    # Started as root (CI), nginx's workers run as "nobody" and must reach the directory: request
    # bodies over 16 KB go to its tmp/. pytest's own tmp directories are private (0700).
    d = Path(tempfile.mkdtemp(prefix=f"sitegroup-{name}-"))
    d.chmod(0o755)
    return d


@pytest.fixture(scope="session")
def tier(backend: Backend) -> Iterator[Tier]:
    d = _tier_dir("waf")
    t = _start(d, backend, zh_tuning=True)
    yield t
    t.nginx.stop()
    shutil.rmtree(d, ignore_errors=True)


@pytest.fixture(scope="session")
def stock_tier(backend: Backend) -> Iterator[Tier]:
    """The same sites with stock CRS behaviour (no platform tuning): the baseline the FP rate beats."""
    d = _tier_dir("waf-stock")
    t = _start(d, backend, zh_tuning=False)
    yield t
    t.nginx.stop()
    shutil.rmtree(d, ignore_errors=True)
