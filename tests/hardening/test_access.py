"""Access control: sensitive file permissions, cron, sudo, banners (等保 8.1.4.2; CIS 1.6, 2.4, 5.2, 7.1)."""

from __future__ import annotations

import re

import pytest

from tests.hardening.support import control, read, read_glob

FILES = [
    # path, max mode, group(s), cis
    ("/etc/passwd", 0o644, ("root",), ["7.1.1"]),
    ("/etc/passwd-", 0o644, ("root",), ["7.1.2"]),
    ("/etc/group", 0o644, ("root",), ["7.1.3"]),
    ("/etc/group-", 0o644, ("root",), ["7.1.4"]),
    ("/etc/shadow", 0o640, ("root", "shadow"), ["7.1.5"]),
    ("/etc/shadow-", 0o640, ("root", "shadow"), ["7.1.6"]),
    ("/etc/gshadow", 0o640, ("root", "shadow"), ["7.1.7"]),
    ("/etc/gshadow-", 0o640, ("root", "shadow"), ["7.1.8"]),
    ("/etc/crontab", 0o600, ("root",), ["2.4.1.2"]),
    ("/etc/cron.hourly", 0o700, ("root",), ["2.4.1.3"]),
    ("/etc/cron.daily", 0o700, ("root",), ["2.4.1.4"]),
    ("/etc/cron.weekly", 0o700, ("root",), ["2.4.1.5"]),
    ("/etc/cron.monthly", 0o700, ("root",), ["2.4.1.6"]),
    ("/etc/cron.d", 0o700, ("root",), ["2.4.1.7"]),
    ("/etc/shells", 0o644, ("root",), ["7.1.9"]),
    ("/etc/security/opasswd", 0o600, ("root",), ["7.1.10"]),
    ("/etc/motd", 0o644, ("root",), ["1.6.4"]),
    ("/etc/issue", 0o644, ("root",), ["1.6.5"]),
    ("/etc/issue.net", 0o644, ("root",), ["1.6.6"]),
]


@pytest.mark.parametrize(
    ("path", "max_mode", "groups"),
    [
        pytest.param(
            p,
            m,
            g,
            marks=control(
                f"perms:{p}",
                gbt=["8.1.4.2 d)"],
                cis=c,
                title=f"{p} owned by root, mode {oct(m)[2:]} or stricter",
            ),
            id=p,
        )
        for p, m, g, c in FILES
    ],
)
def test_file_permissions(host, path, max_mode, groups):
    f = host.file(path)
    if path == "/etc/security/opasswd" and not f.exists:
        return  # created by pam_pwhistory on the first password change; absent is as safe as 0600
    assert f.exists, f"{path} does not exist"
    assert f.user == "root", f"{path} owned by {f.user}"
    assert f.group in groups, f"{path} group {f.group}"
    assert f.mode & ~max_mode == 0, f"{path} mode {oct(f.mode)} is wider than {oct(max_mode)}"


@control("cron-restricted", gbt=["8.1.4.2 a)"], cis=["2.4.1.8"], title="Only users in cron.allow may use cron")
def test_cron_allow(host):
    allow = host.file("/etc/cron.allow")
    assert allow.exists, "/etc/cron.allow does not exist: every user may use cron"
    assert allow.user == "root" and allow.mode & 0o037 == 0, f"cron.allow {allow.user} {oct(allow.mode)}"
    assert not host.file("/etc/cron.deny").exists, "/etc/cron.deny exists"


@control("sudo-pty", gbt=["8.1.4.3 a)"], cis=["5.2.2"], title="sudo runs commands in a pseudo-terminal")
def test_sudo_use_pty(host):
    text = "\n".join(read_glob(host, "/etc/sudoers", "/etc/sudoers.d/*").values())
    assert re.search(r"^\s*Defaults\s+.*\buse_pty\b", text, re.M), "sudo Defaults use_pty not set"


@control("sudo-log", gbt=["8.1.4.3 a)", "8.1.4.3 b)"], cis=["5.2.3"], title="sudo keeps its own log file")
def test_sudo_logfile(host):
    text = "\n".join(read_glob(host, "/etc/sudoers", "/etc/sudoers.d/*").values())
    assert re.search(r"^\s*Defaults\s+.*\blogfile\s*=", text, re.M), "sudo Defaults logfile not set"


BANNERS = [("/etc/motd", ["1.6.1"]), ("/etc/issue", ["1.6.2"]), ("/etc/issue.net", ["1.6.3"])]


@pytest.mark.parametrize(
    "path",
    [
        pytest.param(
            p,
            marks=control(f"banner:{p}", gbt=["8.1.4.4"], cis=c, title=f"{p} warns and does not reveal the OS"),
            id=p,
        )
        for p, c in BANNERS
    ],
)
def test_banner(host, path):
    text = read(host, path) or ""
    assert not re.search(r"\\[mrsv]", text), f"{path} reveals system details (\\m \\r \\s \\v)"
    assert not re.search(r"debian|gnu/linux|ubuntu", text, re.I), f"{path} names the operating system"
    if path != "/etc/motd":
        assert text.strip(), f"{path} is empty: no warning shown"


@control("perms:/boot/grub/grub.cfg", gbt=["8.1.4.2 d)"], cis=["1.4.2"], title="grub.cfg owned by root, mode 600")
def test_grub_cfg(host):
    f = host.file("/boot/grub/grub.cfg")
    if not f.exists:
        from tests.hardening.support import not_applicable

        not_applicable("no GRUB configuration: the host boots without GRUB (a container boots none)")
    assert f.user == "root" and f.mode & 0o077 == 0, f"grub.cfg {f.user} {oct(f.mode)}"


@control(
    "sudo-reauth",
    gbt=["8.1.4.1 b)"],
    cis=["5.2.5", "5.2.6"],
    title="sudo re-authentication not disabled; timeout 15 min or less",
)
def test_sudo_reauth(host):
    text = "\n".join(read_glob(host, "/etc/sudoers", "/etc/sudoers.d/*").values())
    assert not re.search(r"^[^#]*!authenticate", text, re.M), "sudo re-authentication disabled (!authenticate)"
    m = re.findall(r"^\s*Defaults\s+.*\btimestamp_timeout\s*=\s*(-?\d+)", text, re.M)
    assert m and 0 <= int(m[-1]) <= 15, (
        f"timestamp_timeout is {m[-1] if m else 'unset (15 by default is not explicit)'}"
    )


@control("at-restricted", gbt=["8.1.4.2 a)"], cis=["2.4.2.1"], title="Only users in at.allow may use at")
def test_at_restricted(host):
    if not host.package("at").is_installed:
        return
    allow = host.file("/etc/at.allow")
    assert allow.exists and allow.user == "root" and allow.mode & 0o037 == 0, "/etc/at.allow missing or too open"
    assert not host.file("/etc/at.deny").exists, "/etc/at.deny exists"
