"""Mandatory access control: AppArmor (等保 8.1.4.2 f/g; CIS 1.3.1)."""

from __future__ import annotations

from tests.hardening.support import control, in_container, not_applicable, read_glob


@control("apparmor-installed", gbt=["8.1.4.2"], cis=["1.3.1.1"], title="AppArmor installed and enabled")
def test_apparmor_installed(host):
    assert host.package("apparmor").is_installed, "apparmor is not installed"
    assert host.service("apparmor").is_enabled, "apparmor.service is not enabled"


@control("apparmor-bootloader", gbt=["8.1.4.2"], cis=["1.3.1.2"], title="AppArmor enabled on the kernel command line")
def test_apparmor_bootloader(host):
    if in_container(host):
        not_applicable("a container has no bootloader or kernel command line of its own")
    cmdline = host.file("/proc/cmdline").content_string.split()
    grub = "\n".join(read_glob(host, "/etc/default/grub", "/etc/default/grub.d/*.cfg").values())
    enabled = host.run("cat /sys/module/apparmor/parameters/enabled").stdout.strip()
    assert enabled == "Y", "AppArmor is not enabled in the running kernel"
    assert "apparmor=0" not in cmdline, "apparmor=0 on the kernel command line"
    assert "apparmor=1" in grub and "security=apparmor" in grub, "GRUB does not set apparmor=1 security=apparmor"


@control(
    "apparmor-profiles",
    gbt=["8.1.4.2"],
    cis=["1.3.1.3", "1.3.1.4"],
    title="AppArmor profiles loaded in enforce or complain mode",
)
def test_apparmor_profiles(host):
    if in_container(host):
        not_applicable("AppArmor profiles are loaded into the container host's kernel")
    out = host.run("aa-status --json")
    assert out.rc == 0, f"aa-status failed: {out.stderr.strip()}"
    assert '"profiles"' in out.stdout and ('"enforce"' in out.stdout), "no AppArmor profile is enforced"
