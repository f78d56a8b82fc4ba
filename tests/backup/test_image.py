"""The jobs' image pins exactly the restic and PostgreSQL client the backup tests run on this host."""

from __future__ import annotations

import re

from sitegroup import contracts
from tests.conftest import REPO
from tests.imagepins import assert_pins_match_host, dockerfile_args

DOCKERFILE = REPO / "images" / "sitegroup" / "Dockerfile"
PINS = {"RESTIC_VERSION": "restic", "POSTGRESQL_CLIENT_VERSION": "postgresql-client-15"}


def _args() -> dict[str, str]:
    return dockerfile_args(DOCKERFILE)


def test_dockerfile_builds_the_cli_from_debian_bookworm_packages() -> None:
    text = DOCKERFILE.read_text()
    assert _args()["BASE_IMAGE"].startswith("debian:bookworm")
    for arg, package in PINS.items():
        assert f'"{package}=${{{arg}}}"' in text, package
    assert "USER 10001:10001" in text and contracts.RUN_AS == 10001  # the uid the Jobs run as
    assert 'ENTRYPOINT ["sitegroup"]' in text
    # the tag the Jobs use is the package version the image is built from
    version = re.search(r'^version = "([^"]+)"', (REPO / "pyproject.toml").read_text(), re.M).group(1)
    assert contracts.SITEGROUP_IMAGE.endswith(f"/sitegroup:{version}") and f"sitegroup:{version} ." in text


def test_dockerfile_pins_what_the_tests_run() -> None:
    assert_pins_match_host(DOCKERFILE, PINS)
