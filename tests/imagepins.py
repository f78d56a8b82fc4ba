"""The images the platform deploys pin the Debian packages the tests ran: one check for every Dockerfile."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from tests.conftest import require


def dockerfile_args(dockerfile: Path) -> dict[str, str]:
    return dict(re.findall(r"^ARG (\w+)=(\S+)$", dockerfile.read_text(), flags=re.M))


def assert_pins_match_host(dockerfile: Path, pins: dict[str, str]) -> None:
    """Every ``ARG NAME=version`` of ``pins`` (ARG -> Debian package) equals the test host's dpkg version and
    is recorded in the Dockerfile's header comment."""
    require("dpkg-query")
    args, text = dockerfile_args(dockerfile), dockerfile.read_text()
    for arg, package in pins.items():
        installed = subprocess.run(["dpkg-query", "-W", "-f=${Version}", package],
                                   capture_output=True, text=True).stdout.strip()
        assert installed, f"{package} is not installed on the test host (./run test installs it)"
        assert args[arg] == installed, f"{package}: {dockerfile} pins {args[arg]}, tests run {installed}"
        assert re.search(rf"^#\s+{re.escape(package)}\s+{re.escape(installed)}", text, re.M), package
