"""The jobs' image pins exactly the restic and PostgreSQL client the backup tests run on this host."""

from __future__ import annotations

import re
import subprocess

from sitegroup.backup import k8s
from tests.conftest import REPO, require

DOCKERFILE = REPO / "images" / "sitegroup" / "Dockerfile"
PINS = {"RESTIC_VERSION": "restic", "POSTGRESQL_CLIENT_VERSION": "postgresql-client-15"}


def _args() -> dict[str, str]:
    return dict(re.findall(r"^ARG (\w+)=(\S+)$", DOCKERFILE.read_text(), flags=re.M))


def test_dockerfile_builds_the_cli_from_debian_bookworm_packages() -> None:
    text = DOCKERFILE.read_text()
    assert _args()["BASE_IMAGE"].startswith("debian:bookworm")
    for arg, package in PINS.items():
        assert f'"{package}=${{{arg}}}"' in text, package
    assert "USER 10001:10001" in text and k8s.RUN_AS == 10001  # the uid the Jobs run as
    assert 'ENTRYPOINT ["sitegroup"]' in text
    # the tag the Jobs use is the package version the image is built from
    version = re.search(r'^version = "([^"]+)"', (REPO / "pyproject.toml").read_text(), re.M).group(1)
    assert k8s.DEFAULT_IMAGE.endswith(f"/sitegroup:{version}") and f"sitegroup:{version} ." in text


def test_dockerfile_pins_what_the_tests_run() -> None:
    require("dpkg-query")
    args = _args()
    for arg, package in PINS.items():
        installed = subprocess.run(["dpkg-query", "-W", "-f=${Version}", package],
                                   capture_output=True, text=True).stdout.strip()
        assert installed, f"{package} is not installed on the test host (./run test installs it)"
        assert args[arg] == installed, f"{package}: Dockerfile pins {args[arg]}, tests run {installed}"
        assert re.search(rf"^#\s+{re.escape(package)}\s+{re.escape(installed)}", DOCKERFILE.read_text(), re.M)
