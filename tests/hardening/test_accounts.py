"""User accounts and groups: ageing, system accounts, root, home directories, consistency (CIS 5.4, 7.2)."""

from __future__ import annotations

import time
from collections import Counter

from tests.hardening.support import (
    NOLOGIN_SHELLS,
    control,
    group_entries,
    interactive_users,
    login_defs,
    passwd_entries,
    read,
    shadow_entries,
)

A = ["8.1.4.1 a)"]
P = ["8.1.4.2 c)"]


@control("accounts-inactive", gbt=A + P, cis=["5.4.1.5"], title="Accounts disabled 45 days after the password expired")
def test_inactive_lock(host):
    default = dict(line.split("=", 1) for line in (read(host, "/etc/default/useradd") or "").splitlines()
                   if "=" in line and not line.lstrip().startswith("#"))  # fmt: skip
    inactive = int(default.get("INACTIVE", "-1") or -1)
    assert 0 <= inactive <= 45, f"useradd INACTIVE is {inactive}"
    bad = [f[0] for f in shadow_entries(host) if f[1].startswith("$") and not (f[6] and 0 <= int(f[6]) <= 45)]
    assert not bad, f"accounts with a password but no inactivity lock of 45 days or less: {bad}"


@control(
    "accounts-ageing",
    gbt=A,
    cis=["5.4.1.1", "5.4.1.2", "5.4.1.3"],
    title="Existing accounts with a password follow the ageing rules",
)
def test_existing_accounts_ageing(host):
    defs = login_defs(host)
    max_days = int(defs.get("PASS_MAX_DAYS", 99999))
    bad = []
    for f in shadow_entries(host):
        if not f[1].startswith("$"):
            continue
        if not (f[4] and 0 < int(f[4]) <= max_days) or not (f[3] and int(f[3]) >= 1) or not (f[5] and int(f[5]) >= 7):
            bad.append(f[0])
    assert not bad, f"accounts whose password ageing is looser than login.defs: {bad}"


@control("accounts-last-change", gbt=A, cis=["5.4.1.6"], title="No password was last changed in the future")
def test_last_change_in_past(host):
    today = int(time.time() // 86400)
    future = [f[0] for f in shadow_entries(host) if f[2].isdigit() and int(f[2]) > today + 1]
    assert not future, f"password change dates in the future: {future}"


@control("accounts-gid0", gbt=P, cis=["5.4.2.2", "5.4.2.3"], title="GID 0 belongs to root only")
def test_gid0(host):
    users = [
        f[0]
        for f in passwd_entries(host)
        if f[3] == "0" and f[0] not in ("root", "sync", "shutdown", "halt", "operator")
    ]
    groups = [g[0] for g in group_entries(host) if g[2] == "0"]
    assert not users, f"accounts with primary group 0: {users}"
    assert groups == ["root"], f"groups with GID 0: {groups}"


@control("accounts-root-access", gbt=P, cis=["5.4.2.4"], title="root has a password or is locked")
def test_root_password_or_locked(host):
    root = next(f for f in shadow_entries(host) if f[0] == "root")
    assert root[1] != "", "root has an empty password"


@control("accounts-root-path", gbt=P, cis=["5.4.2.5"], title="root's PATH has no empty, relative or writable entries")
def test_root_path(host):
    path = host.run("sudo -n -i sh -c 'echo $PATH' 2>/dev/null || sh -c 'echo $PATH'").stdout.strip()
    entries = path.split(":")
    assert "" not in entries and "." not in entries, f"root PATH {path}"
    assert all(e.startswith("/") for e in entries), f"relative entry in root PATH {path}"
    for e in entries:
        f = host.file(e)
        if f.exists:
            assert f.user == "root" and f.mode & 0o022 == 0, f"{e} in root's PATH is writable by others"


@control("accounts-system-nologin", gbt=P, cis=["5.4.2.7", "5.4.2.8"], title="System accounts cannot log in")
def test_system_accounts_nologin(host):
    bad = [
        f[0]
        for f in passwd_entries(host)
        if f[2].isdigit() and int(f[2]) < 1000 and f[0] not in ("root", "sync", "shutdown", "halt")
        and f[6] not in NOLOGIN_SHELLS
    ]  # fmt: skip
    assert not bad, f"system accounts with a login shell: {bad}"
    shadow = {f[0]: f[1] for f in shadow_entries(host)}
    unlocked = [
        f[0] for f in passwd_entries(host)
        if f[6] in NOLOGIN_SHELLS and f[0] != "root" and not shadow.get(f[0], "!").startswith(("!", "*"))
    ]  # fmt: skip
    assert not unlocked, f"accounts without a login shell but with a usable password: {unlocked}"


@control("accounts-nologin-shells", gbt=P, cis=["5.4.3.1"], title="nologin is not a valid login shell")
def test_nologin_not_in_shells(host):
    shells = [line.strip() for line in (read(host, "/etc/shells") or "").splitlines()]
    assert not [s for s in shells if s.endswith("/nologin")], "/etc/shells lists nologin"


@control("accounts-shadowed", gbt=A, cis=["7.2.1"], title="Every account uses shadowed passwords")
def test_shadowed(host):
    bad = [f[0] for f in passwd_entries(host) if f[1] != "x"]
    assert not bad, f"accounts with a password in /etc/passwd: {bad}"


@control(
    "accounts-groups-exist", gbt=P, cis=["7.2.3", "7.2.4"], title="Primary groups exist; the shadow group is empty"
)
def test_groups_exist(host):
    gids = {g[2] for g in group_entries(host)}
    missing = [f[0] for f in passwd_entries(host) if f[3] not in gids]
    assert not missing, f"accounts whose primary group does not exist: {missing}"
    shadow = next((g for g in group_entries(host) if g[0] == "shadow"), None)
    if shadow:
        assert shadow[3] == "", f"members of the shadow group: {shadow[3]}"
        assert not [f[0] for f in passwd_entries(host) if f[3] == shadow[2]], "accounts with primary group shadow"


@control(
    "accounts-unique",
    gbt=["8.1.4.1 a)"],
    cis=["7.2.5", "7.2.6", "7.2.7", "7.2.8"],
    title="User and group names and IDs are unique",
)
def test_unique_ids(host):
    for what, values in (
        ("UIDs", [f[2] for f in passwd_entries(host)]),
        ("user names", [f[0] for f in passwd_entries(host)]),
        ("GIDs", [g[2] for g in group_entries(host)]),
        ("group names", [g[0] for g in group_entries(host)]),
    ):
        dup = [v for v, n in Counter(values).items() if n > 1]
        assert not dup, f"duplicate {what}: {dup}"


@control(
    "accounts-home-dirs", gbt=P, cis=["7.2.9"], title="Interactive users' homes exist, are theirs, mode 750 or stricter"
)
def test_home_directories(host):
    bad = []
    for f in interactive_users(host):
        if f[0] == "root":
            continue
        home = host.file(f[5])
        if not home.is_directory:
            bad.append(f"{f[0]}: {f[5]} missing")
        elif home.user != f[0] or home.mode & 0o027:
            bad.append(f"{f[0]}: {f[5]} {home.user} {oct(home.mode)}")
    assert not bad, "; ".join(bad)


@control(
    "accounts-dot-files", gbt=P, cis=["7.2.10"], title="No .forward/.rhosts/.netrc; dot files not writable by others"
)
def test_dot_files(host):
    homes = " ".join(f[5] for f in interactive_users(host) if f[5] not in ("", "/"))
    out = host.run(
        f'sh -c \'for h in {homes}; do find "$h" -maxdepth 1 -name ".*" -type f -printf "%p %m\\n" 2>/dev/null; done\''
    ).stdout
    bad = []
    for line in out.splitlines():
        path, mode = line.rsplit(" ", 1)
        name = path.rsplit("/", 1)[1]
        if name in (".forward", ".rhosts", ".netrc"):
            bad.append(f"{path} exists")
        elif int(mode, 8) & 0o022:
            bad.append(f"{path} mode {mode}")
    assert not bad, "; ".join(bad)
