"""Shared test fixtures.

Real-engine tests are marked ``slow``. ``require(tool)`` skips such a test on a laptop that
lacks the engine, but fails it under CI (CI=true): CI must never pass by skipping an engine.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def require(*tools: str) -> None:
    """Skip (locally) or fail (CI) when an engine binary is missing."""
    missing = [t for t in tools if shutil.which(t) is None and not Path(t).exists()]
    if missing:
        msg = f"engine(s) not installed: {', '.join(missing)} (./run test installs them)"
        if os.environ.get("CI"):
            pytest.fail(msg)
        pytest.skip(msg)


def require_docker() -> None:
    require("docker")
    ok = subprocess.run(["docker", "info"], capture_output=True).returncode == 0
    if not ok:
        msg = "docker daemon not running (./run test starts it)"
        if os.environ.get("CI"):
            pytest.fail(msg)
        pytest.skip(msg)


@pytest.fixture(scope="session")
def repo() -> Path:
    return REPO
