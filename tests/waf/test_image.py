"""The deployed WAF image pins exactly the engine and CRS versions the tests run on this host."""

from __future__ import annotations

from tests.conftest import REPO
from tests.imagepins import assert_pins_match_host, dockerfile_args

DOCKERFILE = REPO / "images" / "waf" / "Dockerfile"
PINS = {
    "NGINX_VERSION": "nginx",
    "MODSECURITY_NGINX_VERSION": "libnginx-mod-http-modsecurity",
    "LIBMODSECURITY_VERSION": "libmodsecurity3",
    "CRS_VERSION": "modsecurity-crs",
}


def _args() -> dict[str, str]:
    return dockerfile_args(DOCKERFILE)


def test_dockerfile_builds_from_debian_bookworm_packages() -> None:
    text = DOCKERFILE.read_text()
    assert _args()["BASE_IMAGE"].startswith("debian:bookworm")
    for arg, package in PINS.items():
        assert f'"{package}=${{{arg}}}"' in text, package
        assert f"{package} " in text  # recorded in the header comment too


def test_dockerfile_pins_what_the_tests_run() -> None:
    assert_pins_match_host(DOCKERFILE, PINS)
