"""A legacy server and a content target as local containers, and a way to run the onboarding playbook.

Used by the slow tests and by bench/onboard.py. Containers run --network none (tests.containers); Ansible
reaches them with the community.docker.docker connection that tests/onboard/inventory/sitegroup.yml sets.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from sitegroup.webserver import server_conf
from tests.containers import Container, ensure_image, start
from tests.onboard.make_legacy_site import generate

REPO = Path(__file__).resolve().parents[2]
INVENTORY = Path(__file__).resolve().parent / "inventory"
LEGACY = "sg-onb-legacy"
TARGET = "sg-onb-target"

# The legacy server's sites (ids, docroots and domains as in tests/onboard/inventory).
SITES = {
    "qingshan": {"docroot": "/var/www/qingshan", "conf": "/etc/nginx/sites-enabled/qingshan.conf",
                 "domains": ["www.qingshan.gov.cn", "qingshan.qc-old.cn"]},
    "linhe-slj": {"docroot": "/var/www/linhe-slj", "conf": "/etc/nginx/sites-enabled/linhe-slj.conf",
                  "domains": ["linheslj.qc-old.cn"]},
}

LEGACY_VHOST = """# legacy vhost of {site} (as the county's old server had it)
server {{
    listen 80;
    server_name {names};
    root {docroot};
    index index.html index.htm index.shtml;
    location ~ \\.jsp$ {{ default_type text/html; }}
}}
"""

# The platform's site nginx (the same text the program mounts into the web pods), serving both test sites.
TARGET_VHOST = server_conf(["www.qingshanxian.gov.cn", "www.linhe.gov.cn"], content_root="/srv/site", listen=80)

TEST_VARS = {
    "onboard_transform_reload_command": ["systemctl", "reload", "nginx"],
    "onboard_rollback_reload_command": ["systemctl", "reload", "nginx"],
}


def sh(c: Container, script: str, check: bool = True) -> str:
    r = c.exec("sh", "-c", script)
    if check and r.returncode != 0:
        raise RuntimeError(f"{c.name}: {script[:200]!r} failed: {r.stdout}{r.stderr}")
    return r.stdout


def docker_cp(src: Path, container: str, dest: str) -> None:
    subprocess.run(["docker", "exec", container, "mkdir", "-p", dest], check=True, capture_output=True)
    subprocess.run(["docker", "cp", f"{src}/.", f"{container}:{dest}"], check=True, capture_output=True)


def start_lab(pages: int = 320, dept_pages: int = 40, workdir: Path | None = None) -> dict:
    """Start both containers with the generated legacy sites served by the legacy nginx."""
    image = ensure_image()
    for name in (LEGACY, TARGET):
        _gone(name)
    legacy = start(LEGACY, image)
    target = start(TARGET, image)
    workdir = Path(workdir or tempfile.mkdtemp(prefix="sg-onb-"))
    summaries = {}
    for site, n in (("qingshan", pages), ("linhe-slj", dept_pages)):
        out = workdir / site
        summaries[site] = generate(out, n, SITES[site]["domains"], seed=6 if site == "qingshan" else 7)
        docker_cp(out, LEGACY, SITES[site]["docroot"])
        conf = LEGACY_VHOST.format(site=site, names=" ".join(SITES[site]["domains"]),
                                   docroot=SITES[site]["docroot"])
        legacy.exec("sh", "-c", f"cat > {SITES[site]['conf']}", input=conf, check=True)
    sh(legacy, "chown -R root:root /var/www && nginx -t -q && systemctl reload nginx")
    target.exec("sh", "-c", "mkdir -p /srv/site/htdocs && cat > /etc/nginx/sites-enabled/default",
                input=TARGET_VHOST, check=True)
    sh(target, "nginx -t -q && systemctl reload nginx")
    return {"legacy": legacy, "target": target, "workdir": workdir, "summaries": summaries}


def _gone(name: str, timeout: float = 120) -> None:
    """Remove a container and wait until the name is free (removing a big one takes a while)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        subprocess.run(["docker", "rm", "-f", "-v", name], capture_output=True)
        if subprocess.run(["docker", "inspect", name], capture_output=True).returncode != 0:
            return
        time.sleep(1)
    raise RuntimeError(f"container {name} could not be removed")


def stop_lab() -> None:
    for name in (LEGACY, TARGET):
        _gone(name)


@dataclass
class Run:
    rc: int
    output: str
    changed: int
    failed: int
    seconds: float


_RECAP = re.compile(r"^(\S+)\s+:\s+ok=(\d+)\s+changed=(\d+)\s+unreachable=(\d+)\s+failed=(\d+)", re.M)


def playbook_argv(site: str, *args: str, extra: dict | None = None) -> list[str]:
    vars_ = {**TEST_VARS, **(extra or {})}
    return [str(Path(sys.executable).with_name("ansible-playbook")), "-i", str(INVENTORY / "sitegroup.yml"),
            str(REPO / "playbooks" / "onboard.yml"), "-e", f"site={site}", "-e", json.dumps(vars_), *args]


def playbook_env(**extra: str) -> dict:
    return {**os.environ, "ANSIBLE_CONFIG": str(REPO / "ansible.cfg"), "ANSIBLE_PIPELINING": "1",
            "PYTHONPATH": str(REPO), "ANSIBLE_NOCOLOR": "1", "ANSIBLE_FORCE_COLOR": "0", **extra}


def parse(rc: int, output: str, seconds: float) -> Run:
    recaps = _RECAP.findall(output)
    return Run(rc, output, sum(int(r[2]) for r in recaps), sum(int(r[3]) + int(r[4]) for r in recaps), seconds)


def play(site: str, *args: str, extra: dict | None = None, timeout: float = 900, **env: str) -> Run:
    t0 = time.monotonic()
    proc = subprocess.run(playbook_argv(site, *args, extra=extra), cwd=REPO, env=playbook_env(**env),
                          capture_output=True, text=True, timeout=timeout)
    return parse(proc.returncode, proc.stdout + proc.stderr, time.monotonic() - t0)


def fingerprint(c: Container, *paths: str) -> str:
    """sha256 of every file (and its mode) under paths, sorted: equal before/after means untouched."""
    quoted = " ".join(f"'{p}'" for p in paths)
    return sh(c, f"find {quoted} -type f -print0 2>/dev/null | sort -z | xargs -0 -r sha256sum; "
                 f"find {quoted} -printf '%p %m %y\\n' 2>/dev/null | sort", check=False)


def curl(c: Container, path: str, host: str) -> tuple[str, str]:
    """(status, redirect URL) of a request to the container's own nginx."""
    out = c.exec("curl", "-s", "-o", "/dev/null", "-w", "%{http_code} %{redirect_url}",
                 f"http://127.0.0.1{path}", "-H", f"Host: {host}").stdout
    code, _, url = out.partition(" ")
    return code, url


def restart(c: Container, timeout: float = 90) -> None:
    """Start a stopped container again and wait for systemd (nginx comes back with it)."""
    subprocess.run(["docker", "start", c.name], check=True, capture_output=True)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if c.exec("systemctl", "is-system-running").stdout.strip() in ("running", "degraded"):
            return
        time.sleep(0.3)
    raise RuntimeError(f"{c.name} did not boot again")
