"""Fixtures for the real-restic tests: REST repositories served by rclone on 127.0.0.1, a generated site."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import REPO, require

SITE_USER, SITE_PASS = "site-hengshan", "append-only-secret"
PRUNE_USER, PRUNE_PASS = "prune", "prune-secret"


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _serve(data: Path, user: str, password: str, append_only: bool, log: Path) -> tuple[subprocess.Popen, int]:
    for _ in range(5):
        port = _free_port()
        args = [
            "rclone",
            "serve",
            "restic",
            "--addr",
            f"127.0.0.1:{port}",
            "--user",
            user,
            "--pass",
            password,
        ]
        if append_only:
            args.append("--append-only")
        proc = subprocess.Popen([*args, str(data)], stdout=log.open("wb"), stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                return proc, port
            except OSError:
                time.sleep(0.05)
        proc.kill()
        proc.wait()
    raise RuntimeError(f"rclone serve restic did not start; see {log}")


@dataclass
class Servers:
    data: Path
    append_only_port: int
    prune_port: int

    def url(self, repo: str, *, prune: bool = False) -> str:
        """A repository URL without credentials: they travel in the environment (see env())."""
        port = self.prune_port if prune else self.append_only_port
        return f"rest:http://127.0.0.1:{port}/{repo}/"


@pytest.fixture(scope="session")
def servers(tmp_path_factory) -> Iterator[Servers]:
    """One data directory served twice: append-only (the sites' credentials) and with deletes (pruning)."""
    require("restic", "rclone")
    base = tmp_path_factory.mktemp("rest")
    data = base / "data"
    data.mkdir()
    procs = []
    try:
        ao, ao_port = _serve(data, SITE_USER, SITE_PASS, True, base / "append-only.log")
        procs.append(ao)
        pr, pr_port = _serve(data, PRUNE_USER, PRUNE_PASS, False, base / "prune.log")
        procs.append(pr)
        yield Servers(data, ao_port, pr_port)
    finally:
        for proc in procs:
            proc.kill()
            proc.wait()


@pytest.fixture(scope="session")
def password_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("secrets") / "password"
    path.write_text("correct horse battery staple 站群\n", encoding="utf-8")
    path.chmod(0o600)
    return path


def site_env(prune: bool = False) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("RESTIC_")}
    env["RESTIC_REST_USERNAME"], env["RESTIC_REST_PASSWORD"] = (
        (PRUNE_USER, PRUNE_PASS) if prune else (SITE_USER, SITE_PASS)
    )
    env["PYTHONPATH"] = str(REPO)
    env["TZ"] = "UTC"
    return env


def sitegroup(*args: str, prune: bool = False, check: bool = False, timeout: float = 300):
    """Run the real CLI (``python -m sitegroup``) as a responder would."""
    proc = subprocess.run(
        [sys.executable, "-m", "sitegroup", *args],
        env=site_env(prune),
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=REPO,
    )
    if check and proc.returncode != 0:
        raise AssertionError(f"sitegroup {' '.join(args)} -> {proc.returncode}\n{proc.stdout}\n{proc.stderr}")
    return proc


@pytest.fixture(scope="session")
def pg() -> Iterator:
    """A real PostgreSQL on 127.0.0.1 (see tests/backup/pgserver.py)."""
    from tests.backup.pgserver import PgServer

    server = PgServer.start()
    try:
        yield server
    finally:
        server.stop()


@contextmanager
def tmpfs(path: Path, size: str) -> Iterator[Path]:
    """A small tmpfs at ``path`` to fill up (root can mount one here); the test is skipped, with the reason,
    where mounting is not allowed."""
    path.mkdir(exist_ok=True)
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)], capture_output=True,
                       text=True)
    if r.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs to fill up ({r.stderr.strip()}); needs root")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False)
