"""Two factors for administrators: SSH key, then a TOTP code (等保 8.1.4.1 d).

sshd must ask every SSH user for both, except users the role records as exempt with a reason
(/etc/ssh/sitegroup-mfa-exempt, e.g. the automation account); the report shows each exemption's reason."""

from __future__ import annotations

import re

from tests.hardening.support import control, note, pam_lines, read, sshd_effective

D = ["8.1.4.1 d)"]


def _exemptions(host) -> dict[str, str]:
    out = {}
    for raw in (read(host, "/etc/ssh/sitegroup-mfa-exempt") or "").splitlines():
        line = raw.strip()
        if line and not line.startswith("#") and ":" in line:
            user, _, reason = line.partition(":")
            out[user.strip()] = reason.strip()
    return out


@control(
    "ssh-mfa",
    gbt=D,
    cis=["5.1"],
    title="Administrators log in with a key and a one-time password (two factors)",
)
def test_admins_need_two_factors(host):
    exempt = _exemptions(host)
    assert "disabled" not in exempt, f"second factor turned off: {exempt['disabled']}"
    stack = pam_lines(host, "sshd")
    otp = [line for line in stack if line.startswith("auth") and "pam_google_authenticator.so" in line]
    assert otp, "sshd's PAM stack has no pam_google_authenticator"
    assert not any("nullok" in line for line in otp), "pam_google_authenticator allows users without a secret"
    assert not any(line == "@include common-auth" for line in stack), "sshd's PAM stack also asks for the Unix password"
    users = sorted({e.split("@")[0] for e in sshd_effective(host).get("allowusers", [])})
    assert users, "AllowUsers is not set"
    without = []
    for user in users:
        if user in exempt:
            continue
        out = host.run(f"/usr/sbin/sshd -T -C user={user},host=h,addr=127.0.0.1")
        methods = re.search(r"^authenticationmethods (.*)$", out.stdout, re.M)
        kbd = re.search(r"^kbdinteractiveauthentication (\w+)$", out.stdout, re.M)
        if not (methods and methods.group(1) == "publickey,keyboard-interactive" and kbd and kbd.group(1) == "yes"):
            without.append(user)
    assert not without, f"SSH users who log in with one factor and no recorded exemption: {without}"
    if exempt:
        note("key only, recorded exemptions: " + "; ".join(f"{u}: {r}" for u, r in exempt.items()))
