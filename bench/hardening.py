"""Benchmark: harden and verify 1, 4 and 8 Debian 12 containers in parallel; print seconds per host.

    PYTHONPATH=. .venv/bin/python bench/hardening.py [--sizes 1,4,8]

Hardening is one ansible-playbook run with --forks N over N containers (docker connection, pipelining);
verification is one run of tests/hardening with pytest-xdist (-n N, capped at 2 x CPUs) over the same hosts.
Each size starts from fresh containers. Every host must end with no failing control, or the script fails.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests import containers  # noqa: E402

PREP = """
useradd -m -s /bin/bash admin
install -d -m 700 -o admin -g admin /home/admin/.ssh
ssh-keygen -q -t ed25519 -N '' -f /root/admin.key
install -m 600 -o admin -g admin /root/admin.key.pub /home/admin/.ssh/authorized_keys
"""


def start_fleet(n: int, image: str) -> list[containers.Container]:
    def one(i: int) -> containers.Container:
        node = containers.start(f"sg-hard-bench-{i}", image)
        out = node.exec("sh", "-ec", PREP)
        if out.returncode != 0:
            raise RuntimeError(out.stderr)
        return node

    with ThreadPoolExecutor(max_workers=n) as pool:
        return list(pool.map(one, range(n)))


def harden(nodes: list[containers.Container], workdir: Path) -> float:
    inventory = workdir / "hosts.json"
    inventory.write_text(json.dumps({"all": {
        "hosts": {n.name: {"ansible_connection": "community.docker.docker"} for n in nodes},
        "vars": {"host_hardening_ssh_admin_users": ["admin"],
                 "host_hardening_ssh_admin_sources": ["127.0.0.1/32"]},
    }}))  # fmt: skip
    env = {**os.environ, "ANSIBLE_CONFIG": str(REPO / "ansible.cfg"), "ANSIBLE_PIPELINING": "1",
           "PATH": f"{Path(sys.executable).parent}:{os.environ.get('PATH', '')}"}  # fmt: skip
    t0 = time.monotonic()
    run = subprocess.run(
        ["ansible-playbook", "-i", str(inventory), "--forks", str(len(nodes)),
         str(REPO / "playbooks/harden.yml")],
        cwd=REPO, env=env, capture_output=True, text=True,
    )  # fmt: skip
    elapsed = time.monotonic() - t0
    if run.returncode != 0:
        raise RuntimeError(f"ansible-playbook failed:\n{run.stdout[-3000:]}")
    return elapsed


def verify(nodes: list[containers.Container], workdir: Path) -> float:
    report = workdir / "report.md"
    workers = min(len(nodes), 2 * (os.cpu_count() or 1))
    t0 = time.monotonic()
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(REPO / "tests/hardening"),
         "-n", str(workers), "--hosts=" + ",".join(f"docker://{n.name}" for n in nodes),
         f"--hardening-report={report}"],
        cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)}, capture_output=True, text=True,
    )  # fmt: skip
    elapsed = time.monotonic() - t0
    summary = json.loads(report.with_suffix(".json").read_text())["summary"]
    failing = {h: c["fail"] for h, c in summary.items() if c["fail"]}
    if run.returncode != 0 or failing or len(summary) != len(nodes):
        raise RuntimeError(f"verification failed ({failing}):\n{run.stdout[-3000:]}")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,4,8", help="fleet sizes, comma-separated")
    args = parser.parse_args()
    image = containers.ensure_image()
    print(f"{'hosts':>5} {'harden s':>9} {'per host':>9} {'verify s':>9} {'per host':>9} {'total/host':>10}")
    for n in (int(s) for s in args.sizes.split(",")):
        nodes = start_fleet(n, image)
        try:
            with tempfile.TemporaryDirectory(prefix="sg-hard-bench-") as tmp:
                h = harden(nodes, Path(tmp))
                v = verify(nodes, Path(tmp))
        finally:
            for node in nodes:
                node.remove()
        print(f"{n:>5} {h:>9.1f} {h / n:>9.1f} {v:>9.1f} {v / n:>9.1f} {(h + v) / n:>10.1f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
