"""Benchmark: harden Debian 12 containers, run the role again, verify with the suite; per-host time and the
share of applicable checks that pass.

    PYTHONPATH=. .venv/bin/python bench/hardening.py [--sizes 1,4] [--half-hardened] [--role-from REV]

Scenarios (each on fresh containers):
- ``fresh``: a stock Debian 12 host (the test image) hardened once;
- ``half``: the same host after an administrator hardened parts of it by hand first (an sshd_config of their
  own, weaker pwquality, conflicting sysctl values, a flush-ruleset nftables.conf, a world-writable file);
- ``--role-from REV``: also harden fresh hosts with the role as it was at git revision REV (e.g. HEAD before a
  change) and verify them with today's suite: the before/after figure.

Hardening is one ansible-playbook run with --forks N (docker connection, pipelining); the second run must
report changed=0; verification is one run of tests/hardening with pytest-xdist over the same hosts.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tarfile
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests import containers  # noqa: E402

# A test TOTP secret (base32 of a fixed string), only for the throw-away benchmark containers.
SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"  # noqa: S105
PREP = f"""
useradd -m -s /bin/bash admin
install -d -m 700 -o admin -g admin /home/admin/.ssh
ssh-keygen -q -t ed25519 -N '' -f /root/admin.key
install -m 600 -o admin -g admin /root/admin.key.pub /home/admin/.ssh/authorized_keys
printf '{SECRET}\\n" TOTP_AUTH\\n' > /home/admin/.google_authenticator
chown admin:admin /home/admin/.google_authenticator && chmod 400 /home/admin/.google_authenticator
"""
# What an administrator might have done by hand before the role came: some right, some conflicting.
HALF = """
cat > /etc/ssh/sshd_config.d/50-local.conf <<'X'
PermitRootLogin prohibit-password
MaxAuthTries 6
X
sed -i 's/^#\\?PasswordAuthentication.*/PasswordAuthentication no/' /etc/ssh/sshd_config
printf 'minlen = 8\\n' > /etc/security/pwquality.conf
printf 'net.ipv4.ip_forward = 1\\nnet.ipv4.tcp_syncookies = 1\\n' > /etc/sysctl.d/99-local.conf
printf 'flush ruleset\\ntable inet filter {\\n chain input { type filter hook input priority 0; }\\n}\\n' \\
  > /etc/nftables.conf
sed -i 's/^PASS_MAX_DAYS.*/PASS_MAX_DAYS 180/' /etc/login.defs
echo 'umask 022' > /etc/profile.d/local-umask.sh
touch /etc/local-notes && chmod 666 /etc/local-notes
"""


def start_fleet(n: int, image: str, extra: str = "") -> list[containers.Container]:
    def one(i: int) -> containers.Container:
        node = containers.start(f"sg-hard-bench-{i}", image)
        out = node.exec("sh", "-ec", PREP + extra)
        if out.returncode != 0:
            raise RuntimeError(out.stderr)
        return node

    with ThreadPoolExecutor(max_workers=n) as pool:
        return list(pool.map(one, range(n)))


def ansible(nodes: list[containers.Container], workdir: Path, roles_path: Path) -> tuple[float, int]:
    """(seconds, most changed tasks on one host) of one playbook run over every node."""
    inventory = workdir / "hosts.json"
    inventory.write_text(json.dumps({"all": {
        "hosts": {n.name: {"ansible_connection": "community.docker.docker"} for n in nodes},
        "vars": {"host_hardening_ssh_admin_users": ["admin"],
                 "host_hardening_ssh_admin_sources": ["127.0.0.1/32"]},
    }}))  # fmt: skip
    env = {**os.environ, "ANSIBLE_CONFIG": str(REPO / "ansible.cfg"), "ANSIBLE_PIPELINING": "1",
           "ANSIBLE_ROLES_PATH": str(roles_path),
           "PATH": f"{Path(sys.executable).parent}:{os.environ.get('PATH', '')}"}  # fmt: skip
    t0 = time.monotonic()
    run = subprocess.run(
        ["ansible-playbook", "-i", str(inventory), "--forks", str(len(nodes)),
         str(roles_path.parent / "playbooks/harden.yml")],
        cwd=REPO, env=env, capture_output=True, text=True,
    )  # fmt: skip
    elapsed = time.monotonic() - t0
    if run.returncode != 0:
        raise RuntimeError(f"ansible-playbook failed:\n{run.stdout[-3000:]}")
    changed = [int(m) for m in re.findall(r"^\S+\s*:\s*ok=\d+\s+changed=(\d+)", run.stdout, re.M)]
    return elapsed, max(changed)


def verify(nodes: list[containers.Container], workdir: Path) -> tuple[float, float, int]:
    """(seconds, % of applicable checks passing, failures) over every node; applicable = pass + fail + waived."""
    report = workdir / "report.md"
    workers = min(len(nodes), 2 * (os.cpu_count() or 1))
    t0 = time.monotonic()
    subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(REPO / "tests/hardening"),
         "-n", str(workers), "--hosts=" + ",".join(f"docker://{n.name}" for n in nodes),
         f"--hardening-report={report}"],
        cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)}, capture_output=True, text=True,
    )  # fmt: skip
    elapsed = time.monotonic() - t0
    summary = json.loads(report.with_suffix(".json").read_text())["summary"]
    passed = sum(c["pass"] for c in summary.values())
    failed = sum(c["fail"] for c in summary.values())
    applicable = passed + failed + sum(c["accepted exception"] for c in summary.values())
    return elapsed, 100 * passed / applicable, failed


def role_at(rev: str, dest: Path) -> Path:
    """The role and playbook as they were at git revision ``rev`` (git archive; the work tree is untouched)."""
    archive = dest / "old.tar"
    subprocess.run(["git", "archive", "-o", str(archive), rev, "roles/host_hardening", "playbooks/harden.yml"],
                   cwd=REPO, check=True)  # fmt: skip
    with tarfile.open(archive) as tar:
        tar.extractall(dest)  # noqa: S202 (our own git archive)
    return dest / "roles"


def scenario(name: str, n: int, image: str, *, extra: str = "", roles: Path = REPO / "roles") -> str:
    nodes = start_fleet(n, image, extra)
    try:
        with tempfile.TemporaryDirectory(prefix="sg-hard-bench-") as tmp:
            _, before_pct, _ = verify(nodes, Path(tmp))
            h, _ = ansible(nodes, Path(tmp), roles)
            h2, changed = ansible(nodes, Path(tmp), roles)
            v, pct, failed = verify(nodes, Path(tmp))
    finally:
        for node in nodes:
            node.remove()
    return (f"{name:>8} {n:>5} {before_pct:>8.1f} {h / n:>9.1f} {h2 / n:>9.1f} {changed:>8} {v / n:>9.1f} "
            f"{pct:>7.1f} {failed:>6}")  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1", help="fleet sizes of the fresh scenario, comma-separated (0: none)")
    parser.add_argument("--half-hardened", action="store_true", help="also the half-hardened-by-hand scenario")
    parser.add_argument("--role-from", metavar="REV", help="also the role as of git revision REV (before/after)")
    args = parser.parse_args()
    image = containers.ensure_image()
    print(f"{'scenario':>8} {'hosts':>5} {'before %':>8} {'harden/h':>9} {'rerun/h':>9} {'changed':>8} "
          f"{'verify/h':>9} {'after %':>7} {'fail':>6}   (s per host; % of applicable checks passing)")  # fmt: skip
    for n in (int(s) for s in args.sizes.split(",") if int(s) > 0):
        print(scenario("fresh", n, image), flush=True)
    if args.half_hardened:
        print(scenario("half", 1, image, extra=HALF), flush=True)
    if args.role_from:
        with tempfile.TemporaryDirectory(prefix="sg-hard-old-role-") as tmp:
            print(scenario(f"@{args.role_from}"[:8], 1, image, roles=role_at(args.role_from, Path(tmp))), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
