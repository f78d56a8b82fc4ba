"""Lint the rendered tier: msc-pyparser (rules files), ModSecurity's own parser, ``nginx -t``."""

from __future__ import annotations

import subprocess
from pathlib import Path

import msc_pyparser
import pytest

from sitegroup.inventory import load_environment
from sitegroup.waf import RenderOptions, render_files, write_files
from sitegroup.waf.render import TUNING_FILE
from tests.conftest import require
from tests.waf import factory
from tests.waf.harness import NGINX, Nginx, free_port

RULES_CHECK = "/usr/lib/x86_64-linux-gnu/libexec/modsec-rules-check"
OPTS = RenderOptions.local("/tmp/sitegroup-waf-lint", listen="127.0.0.1:18080", backend="http://127.0.0.1:18081")


def _parse(text: str) -> list[dict]:
    parser = msc_pyparser.MSCParser()
    parser.parser.parse(text)
    return parser.configlines


def test_site_rules_files_parse_with_msc_pyparser() -> None:
    files = render_files(factory.test_environment(), OPTS)
    kinds_of = {rel: {line["type"] for line in _parse(text)} for rel, text in files.items()
                if rel.endswith(".rules.conf") or rel in ("modsecurity/profiles.conf", "modsecurity/cms.conf")}
    assert len(kinds_of) >= 3
    for rel, kinds in kinds_of.items():
        assert "SecRule" in kinds, rel
        assert "SecRuleEngine" not in kinds, rel  # the engine is per transaction (ctl), never per file
        if rel.startswith("sites/"):
            assert "SecMarker" in kinds, rel  # the site's guard skips to its marker


def test_tuning_file_parses_with_msc_pyparser() -> None:
    lines = _parse(TUNING_FILE.read_text(encoding="utf-8"))
    rules = [ln for ln in lines if ln["type"] == "SecRule"]
    ids = [a["act_arg"] for r in rules for a in r["actions"] if a["act_name"] == "id"]
    assert ids and all(10000 <= int(i) <= 10999 for i in ids), ids
    assert len(ids) == len(set(ids))


@pytest.mark.slow
def test_modsecurity_parser_accepts_every_rules_file(tmp_path: Path) -> None:
    require(RULES_CHECK)
    write_files(render_files(factory.test_environment(), RenderOptions.local(
        tmp_path, listen="127.0.0.1:18080", backend="http://127.0.0.1:18081")), tmp_path)
    # main.conf includes the profiles, the CMS packages, every site's rules file, the tuning and CRS.
    assert "sites/p-exc.rules.conf" in (tmp_path / "modsecurity" / "main.conf").read_text()
    r = subprocess.run([RULES_CHECK, str(tmp_path / "modsecurity" / "main.conf")], capture_output=True, text=True)
    assert r.returncode == 0 and "Test ok." in r.stdout, r.stdout + r.stderr


@pytest.mark.slow
@pytest.mark.parametrize("env_name", ["dev", "test"])
def test_nginx_t_accepts_the_rendered_tier(tmp_path: Path, env_name: str) -> None:
    require(NGINX, "/usr/lib/nginx/modules/ngx_http_modsecurity_module.so")
    env = factory.test_environment() if env_name == "test" else load_environment(env_name)
    opts = RenderOptions.local(tmp_path, listen=f"127.0.0.1:{free_port()}", backend="http://127.0.0.1:18081")
    write_files(render_files(env, opts), tmp_path)
    r = Nginx(tmp_path, 0).test_config()
    assert r.returncode == 0, r.stderr
    assert "syntax is ok" in r.stderr and "[warn]" not in r.stderr and "[emerg]" not in r.stderr, r.stderr


@pytest.mark.slow
def test_nginx_t_accepts_the_cluster_form(tmp_path: Path) -> None:
    """The in-cluster render (proxy to each site's Service through a resolver); only the paths, the
    listen address and the resolver (no kube-dns here) are moved so nginx can check it locally."""
    require(NGINX, "/usr/lib/nginx/modules/ngx_http_modsecurity_module.so")
    opts = RenderOptions.cluster(prefix=str(tmp_path), temp_dir=f"{tmp_path}/tmp", pid_file=f"{tmp_path}/nginx.pid",
                                 listen=f"127.0.0.1:{free_port()}", resolver="127.0.0.1 valid=30s")
    files = render_files(load_environment("dev"), opts)
    assert "proxy_pass $sg_backend;" in files["nginx.conf"]  # one server, the Service picked by the Host map
    assert 'set $sg_backend "http://web.site-$sg_site.svc.cluster.local:8080";' in files["nginx.conf"]
    write_files(files, tmp_path)
    r = Nginx(tmp_path, 0).test_config()
    assert r.returncode == 0 and "[emerg]" not in r.stderr, r.stderr
