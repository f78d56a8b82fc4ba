"""Filesystems: /tmp and /dev/shm mount options (CIS 1.1.2). Separate partitions are decided at provisioning
(tests/hardening/decisions.yml)."""

from __future__ import annotations

import pytest

from tests.hardening.support import config_only_in_container, control, read

REQUIRED = ("nodev", "nosuid", "noexec")


def _fstab_options(host, mountpoint: str) -> list[str] | None:
    for raw in (read(host, "/etc/fstab") or "").splitlines():
        fields = raw.split("#", 1)[0].split()
        if len(fields) >= 4 and fields[1] == mountpoint:
            return fields[3].split(",")
    return None


@pytest.mark.parametrize(
    "mountpoint",
    [
        pytest.param(
            "/tmp",
            marks=control(
                "mount:/tmp",
                gbt=["8.1.4.4"],
                cis=["1.1.2.1.1", "1.1.2.1.2", "1.1.2.1.3", "1.1.2.1.4"],
                title="/tmp is its own filesystem without devices, setuid programs or executables",
            ),
            id="tmp",
        ),
        pytest.param(
            "/dev/shm",
            marks=control(
                "mount:/dev/shm",
                gbt=["8.1.4.4"],
                cis=["1.1.2.2.1", "1.1.2.2.2", "1.1.2.2.3", "1.1.2.2.4"],
                title="/dev/shm without devices, setuid programs or executables",
            ),
            id="shm",
        ),
    ],
)
def test_mount_options(host, mountpoint):
    configured = _fstab_options(host, mountpoint)
    assert configured is not None, f"/etc/fstab has no entry for {mountpoint}"
    missing = [o for o in REQUIRED if o not in configured]
    assert not missing, f"/etc/fstab mounts {mountpoint} without {missing}"
    live = host.run(f"findmnt -n -o OPTIONS --target {mountpoint}")
    is_mountpoint = host.run(f"mountpoint -q {mountpoint}").rc == 0
    if not is_mountpoint and config_only_in_container(host, "/etc/fstab (a container's mounts are its runtime's)"):
        return
    assert is_mountpoint, f"{mountpoint} is not mounted yet (reboot to apply /etc/fstab)"
    options = live.stdout.strip().split(",")
    missing = [o for o in REQUIRED if o not in options]
    assert not missing, f"{mountpoint} is mounted without {missing}"
