"""tests/containers.py: the local Debian 12 test image and systemd containers other tests run against."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from tests import containers
from tests.conftest import require, require_docker


def test_mirror_from_deb822_sources(tmp_path: Path) -> None:
    d = tmp_path / "sources.list.d"
    d.mkdir()
    (d / "nodesource.sources").write_text(
        "Types: deb\nURIs: https://example.invalid/node\nSuites: nodistro\nComponents: main\n"
    )
    (d / "debian.sources").write_text(
        "Types: deb\n# a comment\nURIs: http://mirror.example.invalid/debian\n"
        "Suites: bookworm bookworm-updates\nComponents: main\n\n"
        "Types: deb\nURIs: http://security.example.invalid/debian-security\nSuites: bookworm-security\n"
        "Components: main\n"
    )
    assert containers.debian_mirror(tmp_path) == "http://mirror.example.invalid/debian"


def test_mirror_from_one_line_list(tmp_path: Path) -> None:
    (tmp_path / "sources.list").write_text(
        "# deb http://old.invalid/debian bookworm main\n"
        "deb-src http://src.invalid/debian bookworm main\n"
        "deb [arch=amd64 signed-by=/x.gpg] https://one.invalid/debian bookworm main contrib\n"
    )
    assert containers.debian_mirror(tmp_path) == "https://one.invalid/debian"


def test_mirror_missing_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(RuntimeError, match="SITEGROUP_DEBIAN_MIRROR"):
        containers.debian_mirror(tmp_path)


def test_package_lists_are_valid_and_hashed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    installed = containers.read_list(containers.PACKAGES_FILE)
    assert {"systemd", "python3-apt", "openssh-server"} <= set(installed)
    assert {"auditd", "chrony"} <= set(containers.read_list(containers.REPO_PACKAGES_FILE))
    before = containers.inputs_hash()
    changed = tmp_path / "repo.txt"
    changed.write_text(containers.REPO_PACKAGES_FILE.read_text() + "aide\n")
    monkeypatch.setattr(containers, "REPO_PACKAGES_FILE", changed)
    assert containers.inputs_hash() != before  # a list change rebuilds the image
    changed.write_text("rm -rf /\n")
    with pytest.raises(ValueError, match="not a Debian package name"):
        containers.read_list(changed)


@pytest.mark.slow
def test_container_boots_systemd_without_network() -> None:
    require_docker()
    require("debootstrap")
    image = containers.ensure_image()
    t0 = time.monotonic()
    with containers.running("sg-hard-containers-smoke", image) as node:
        boot = time.monotonic() - t0
        assert node.exec("systemctl", "is-system-running").stdout.strip() in ("running", "degraded")
        assert node.exec("cat", "/proc/1/comm").stdout.strip() == "systemd"
        assert node.exec("systemctl", "is-active", "ssh").stdout.strip() == "active"
        # --network none: loopback only.
        links = node.exec("ip", "-o", "link").stdout
        assert "lo:" in links and "eth0" not in links
        # The offline repo serves a package that is not installed yet.
        status = ("dpkg-query", "-W", "-f", "${Status}", "chrony")
        assert "install ok installed" not in node.exec(*status).stdout
        assert node.exec("apt-get", "install", "-y", "-q", "chrony").returncode == 0, "offline repo failed"
        assert "install ok installed" in node.exec(*status).stdout
    assert boot < 60
