"""The deployed WAF image pins exactly the engine and CRS versions the tests run on this host."""

from __future__ import annotations

import re
import subprocess

from tests.conftest import REPO, require

DOCKERFILE = REPO / "images" / "waf" / "Dockerfile"
PINS = {
    "NGINX_VERSION": "nginx",
    "MODSECURITY_NGINX_VERSION": "libnginx-mod-http-modsecurity",
    "LIBMODSECURITY_VERSION": "libmodsecurity3",
    "CRS_VERSION": "modsecurity-crs",
}


def _args() -> dict[str, str]:
    return dict(re.findall(r"^ARG (\w+)=(\S+)$", DOCKERFILE.read_text(), flags=re.M))


def test_dockerfile_builds_from_debian_bookworm_packages() -> None:
    text = DOCKERFILE.read_text()
    assert _args()["BASE_IMAGE"].startswith("debian:bookworm")
    for arg, package in PINS.items():
        assert f'"{package}=${{{arg}}}"' in text, package
        assert f"{package} " in text  # recorded in the header comment too


def test_dockerfile_pins_what_the_tests_run() -> None:
    require("dpkg-query")
    args = _args()
    for arg, package in PINS.items():
        installed = subprocess.run(["dpkg-query", "-W", "-f=${Version}", package],
                                   capture_output=True, text=True).stdout.strip()
        assert installed, f"{package} is not installed on the test host"
        assert args[arg] == installed, f"{package}: Dockerfile pins {args[arg]}, tests run {installed}"
        assert re.search(rf"^#\s+{re.escape(package)}\s+{re.escape(installed)}", DOCKERFILE.read_text(), re.M)
