"""Identification and authentication: PAM, passwords, login.defs, accounts, shells (CIS 5.3, 5.4)."""

from __future__ import annotations

import re

from tests.hardening.support import control, login_defs, pam_lines, pwquality, read, read_glob


@control(
    "pam-pwquality",
    gbt=["8.1.4.1 a)"],
    cis=[
        "5.3.2.3",
        "5.3.3.2.1",
        "5.3.3.2.2",
        "5.3.3.2.3",
        "5.3.3.2.4",
        "5.3.3.2.5",
        "5.3.3.2.6",
        "5.3.3.2.7",
        "5.3.3.2.8",
    ],
    title="Passwords need length and complexity (pam_pwquality)",
)
def test_password_quality(host):
    assert any("pam_pwquality.so" in line for line in pam_lines(host, "common-password")), (
        "pam_pwquality is not in /etc/pam.d/common-password"
    )
    conf = pwquality(host)
    assert int(conf.get("minlen", 8)) >= 14, f"minlen is {conf.get('minlen', 8)}"
    assert int(conf.get("difok", 1)) >= 2, f"difok is {conf.get('difok', 1)}"
    assert 0 < int(conf.get("maxrepeat", 0)) <= 3, f"maxrepeat is {conf.get('maxrepeat', 0)}"
    assert 0 < int(conf.get("maxsequence", 0)) <= 3, f"maxsequence is {conf.get('maxsequence', 0)}"
    assert conf.get("dictcheck", "1") != "0", "dictcheck is off"
    assert "enforce_for_root" in conf, "pwquality does not apply to root"
    credits_ = [int(conf.get(k, 0)) for k in ("dcredit", "ucredit", "lcredit", "ocredit")]
    assert int(conf.get("minclass", 0)) >= 3 or sum(1 for c in credits_ if c < 0) >= 3, (
        "neither minclass >= 3 nor three negative credits"
    )
    assert conf.get("enforcing", "1") != "0", "pwquality does not enforce"


@control(
    "pam-faillock",
    gbt=["8.1.4.1 b)"],
    cis=["5.3.2.2", "5.3.3.1.1", "5.3.3.1.2", "5.3.3.1.3"],
    title="Accounts lock after repeated failed logins (pam_faillock)",
)
def test_faillock(host):
    auth = pam_lines(host, "common-auth")
    assert any("pam_faillock.so preauth" in line for line in auth), "no pam_faillock preauth in common-auth"
    assert any("pam_faillock.so authfail" in line for line in auth), "no pam_faillock authfail in common-auth"
    assert any("pam_faillock.so" in line for line in pam_lines(host, "common-account")), (
        "no pam_faillock in common-account"
    )
    conf = {}
    for line in (read(host, "/etc/security/faillock.conf") or "").splitlines():
        line = line.split("#", 1)[0].strip()
        if "=" in line:
            k, _, v = line.partition("=")
            conf[k.strip()] = v.strip()
        elif line:
            conf[line] = ""
    deny = int(conf.get("deny", 3))
    unlock = int(conf.get("unlock_time", 600))
    assert 0 < deny <= 5, f"deny = {deny}"
    assert unlock == 0 or unlock >= 900, f"unlock_time = {unlock}"
    root_unlock = int(conf.get("root_unlock_time", 0) or 0)
    assert "even_deny_root" in conf or root_unlock >= 60, "root is never locked (even_deny_root / root_unlock_time)"


@control(
    "pam-pwhistory",
    gbt=["8.1.4.1 a)"],
    cis=["5.3.3.3.1", "5.3.3.3.3"],
    title="Recent passwords cannot be reused (pam_pwhistory)",
)
def test_password_history(host):
    lines = [line for line in pam_lines(host, "common-password") if "pam_pwhistory.so" in line]
    assert lines, "pam_pwhistory is not in common-password"
    m = re.search(r"remember=(\d+)", lines[0])
    assert m and int(m.group(1)) >= 5, f"remember is not >= 5: {lines[0]}"


@control("login-pass-max-days", gbt=["8.1.4.1 a)"], cis=["5.4.1.1"], title="Passwords expire within 90 days")
def test_pass_max_days(host):
    value = int(login_defs(host).get("PASS_MAX_DAYS", 99999))
    assert 0 < value <= 90, f"PASS_MAX_DAYS is {value}"


@control("login-pass-min-days", gbt=["8.1.4.1 a)"], cis=["5.4.1.2"], title="Minimum days between password changes")
def test_pass_min_days(host):
    value = int(login_defs(host).get("PASS_MIN_DAYS", 0))
    assert value >= 1, f"PASS_MIN_DAYS is {value}"


@control("login-pass-warn-age", gbt=["8.1.4.1 a)"], cis=["5.4.1.3"], title="Warning before a password expires")
def test_pass_warn_age(host):
    value = int(login_defs(host).get("PASS_WARN_AGE", 0))
    assert value >= 7, f"PASS_WARN_AGE is {value}"


@control("login-hash", gbt=["8.1.4.8 b)"], cis=["5.4.1.4"], title="Passwords hashed with yescrypt or SHA-512")
def test_password_hashing(host):
    method = login_defs(host).get("ENCRYPT_METHOD", "").upper()
    assert method in ("YESCRYPT", "SHA512"), f"ENCRYPT_METHOD is {method or 'unset'}"


@control("login-umask", gbt=["8.1.4.2"], cis=["5.4.3.3"], title="Default umask 027 or stricter")
def test_default_umask(host):
    umask = login_defs(host).get("UMASK", "022")
    assert int(umask, 8) & 0o027 == 0o027, f"login.defs UMASK is {umask}"
    profiles = read_glob(host, "/etc/profile", "/etc/profile.d/*.sh", "/etc/bash.bashrc")
    set_in = [p for p, text in profiles.items() if re.search(r"^\s*umask\s+0?[0-7]?27\b", text, re.M)]
    assert set_in, "no shell start-up file sets umask 027"


@control("shell-timeout", gbt=["8.1.4.1 b)"], cis=["5.4.3.2"], title="Idle shells end (TMOUT, read-only)")
def test_shell_timeout(host):
    profiles = read_glob(host, "/etc/profile", "/etc/profile.d/*.sh", "/etc/bash.bashrc")
    for text in profiles.values():
        m = re.search(r"^\s*(?:readonly\s+|export\s+)?TMOUT=(\d+)", text, re.M)
        if (
            m
            and 0 < int(m.group(1)) <= 900
            and re.search(r"^\s*(readonly\s+TMOUT|declare\s+-r\S*\s+TMOUT)", text, re.M)
        ):
            return
    raise AssertionError("no read-only TMOUT of 900 s or less in /etc/profile, /etc/profile.d or bash.bashrc")


@control("accounts-no-empty-password", gbt=["8.1.4.1 a)"], cis=["7.2.2"], title="No account has an empty password")
def test_no_empty_passwords(host):
    shadow = read(host, "/etc/shadow")
    assert shadow is not None, "cannot read /etc/shadow (run with --sudo)"
    empty = [line.split(":")[0] for line in shadow.splitlines() if line.count(":") >= 2 and line.split(":")[1] == ""]
    assert not empty, f"accounts with an empty password: {empty}"


@control("accounts-uid0", gbt=["8.1.4.2 c)"], cis=["5.4.2.1"], title="root is the only UID 0 account")
def test_only_root_uid0(host):
    uid0 = [
        line.split(":")[0]
        for line in (read(host, "/etc/passwd") or "").splitlines()
        if line.count(":") >= 3 and line.split(":")[2] == "0"
    ]
    assert uid0 == ["root"], f"UID 0 accounts: {uid0}"


@control(
    "pam-unix",
    gbt=["8.1.4.1 a)", "8.1.4.8 b)"],
    cis=["5.3.2.1", "5.3.3.4.1", "5.3.3.4.2", "5.3.3.4.3", "5.3.3.4.4"],
    title="pam_unix without nullok, strong hashing, no remember, use_authtok",
)
def test_pam_unix(host):
    stacks = {s: pam_lines(host, s) for s in ("common-auth", "common-account", "common-password", "common-session")}
    for name, lines in stacks.items():
        assert any("pam_unix.so" in line for line in lines), f"pam_unix missing from {name}"
        nullok = [line for line in lines if "pam_unix.so" in line and "nullok" in line]
        assert not nullok, f"{name}: {nullok[0]}"
    password = [line for line in stacks["common-password"] if "pam_unix.so" in line and line.startswith("password")]
    assert password, "no pam_unix password line"
    assert re.search(r"\b(yescrypt|sha512)\b", password[0]), f"pam_unix hashing: {password[0]}"
    assert "remember=" not in password[0], f"pam_unix keeps history itself: {password[0]}"
    assert "use_authtok" in password[0], f"pam_unix does not use the checked password: {password[0]}"


@control("pam-su-restricted", gbt=["8.1.4.2 c)"], cis=["5.2.7"], title="su restricted to an empty group")
def test_su_restricted(host):
    wheel = [line for line in pam_lines(host, "su") if line.startswith("auth") and "pam_wheel.so" in line]
    assert wheel and "use_uid" in wheel[0], "su is not restricted with pam_wheel use_uid"
    m = re.search(r"group=(\S+)", wheel[0])
    group = m.group(1) if m else "root"
    entry = host.group(group)
    assert entry.exists, f"su group {group} does not exist"
    members = [
        line.split(":")[3] for line in (read(host, "/etc/group") or "").splitlines() if line.startswith(f"{group}:")
    ]
    assert members == [""], f"the su group {group} has members: {members}"
