"""SSH daemon: cryptography, authentication, idle sessions, forwarding, access restriction (CIS 5.1)."""

from __future__ import annotations

import pytest

from tests.hardening.support import control, read, sshd_effective, sshd_value

WEAK_CIPHERS = (
    "3des-cbc",
    "aes128-cbc",
    "aes192-cbc",
    "aes256-cbc",
    "arcfour",
    "arcfour128",
    "arcfour256",
    "blowfish-cbc",
    "cast128-cbc",
    "rijndael-cbc@lysator.liu.se",
)
WEAK_MAC_PARTS = ("md5", "sha1", "ripemd160", "umac-64")
WEAK_KEX_PARTS = ("sha1", "diffie-hellman-group1-", "diffie-hellman-group14-sha256")


@control("ssh-running", gbt=["8.1.4.1 c)"], cis=["5.1"], title="SSH daemon runs (encrypted remote administration)")
def test_sshd_running(host):
    assert host.service("ssh").is_running, "ssh.service is not running"


@control("ssh-ciphers", gbt=["8.1.4.1 c)", "8.1.4.8 a)"], cis=["5.1.6"], title="SSH offers strong ciphers only")
def test_ssh_ciphers(host):
    weak = [c for c in sshd_value(host, "ciphers").split(",") if c in WEAK_CIPHERS or c.endswith("-cbc")]
    assert not weak, f"weak ciphers offered: {weak}"


@control("ssh-macs", gbt=["8.1.4.1 c)", "8.1.4.7 a)"], cis=["5.1.15"], title="SSH offers strong MACs only")
def test_ssh_macs(host):
    weak = [m for m in sshd_value(host, "macs").split(",") if any(p in m for p in WEAK_MAC_PARTS)]
    assert not weak, f"weak MACs offered: {weak}"


@control("ssh-kex", gbt=["8.1.4.1 c)", "8.1.4.8 a)"], cis=["5.1.12"], title="SSH offers strong key exchange only")
def test_ssh_kex(host):
    weak = [k for k in sshd_value(host, "kexalgorithms").split(",") if any(p in k for p in WEAK_KEX_PARTS)]
    assert not weak, f"weak key exchange offered: {weak}"


SETTINGS = [
    # (control id, sshd -T key, predicate description, predicate, gbt, cis, title)
    (
        "ssh-root-login",
        "permitrootlogin",
        "no",
        lambda v: v == "no",
        ["8.1.4.2 b)"],
        ["5.1.20"],
        "SSH root login disabled",
    ),
    (
        "ssh-password-auth",
        "passwordauthentication",
        "no",
        lambda v: v == "no",
        ["8.1.4.1 d)"],
        ["5.1"],
        "SSH passwords disabled (keys: a cryptographic factor)",
    ),
    (
        "ssh-kbdinteractive-auth",
        "kbdinteractiveauthentication",
        "no",
        lambda v: v == "no",
        ["8.1.4.1 d)"],
        ["5.1"],
        "SSH keyboard-interactive (password) logins disabled",
    ),
    (
        "ssh-empty-passwords",
        "permitemptypasswords",
        "no",
        lambda v: v == "no",
        ["8.1.4.1 a)"],
        ["5.1.19"],
        "SSH refuses empty passwords",
    ),
    (
        "ssh-hostbased-auth",
        "hostbasedauthentication",
        "no",
        lambda v: v == "no",
        ["8.1.4.1 a)"],
        ["5.1.10"],
        "SSH host-based authentication disabled",
    ),
    (
        "ssh-ignore-rhosts",
        "ignorerhosts",
        "yes",
        lambda v: v == "yes",
        ["8.1.4.1 a)"],
        ["5.1.11"],
        "SSH ignores .rhosts",
    ),
    (
        "ssh-user-environment",
        "permituserenvironment",
        "no",
        lambda v: v == "no",
        ["8.1.4.2 d)"],
        ["5.1.21"],
        "SSH users cannot set the daemon's environment",
    ),
    (
        "ssh-use-pam",
        "usepam",
        "yes",
        lambda v: v == "yes",
        ["8.1.4.1 b)"],
        ["5.1.22"],
        "SSH uses PAM (lockout, account checks)",
    ),
    (
        "ssh-max-auth-tries",
        "maxauthtries",
        "4 or less",
        lambda v: 0 < int(v) <= 4,
        ["8.1.4.1 b)"],
        ["5.1.16"],
        "SSH limits authentication attempts",
    ),
    (
        "ssh-max-sessions",
        "maxsessions",
        "10 or less",
        lambda v: 0 < int(v) <= 10,
        ["8.1.4.4"],
        ["5.1.17"],
        "SSH limits sessions per connection",
    ),
    (
        "ssh-max-startups",
        "maxstartups",
        "10:30:60 or stricter",
        lambda v: int(v.split(":")[0]) <= 10 and int(v.split(":")[-1]) <= 60,
        ["8.1.4.4"],
        ["5.1.18"],
        "SSH limits unauthenticated connections",
    ),
    (
        "ssh-login-grace-time",
        "logingracetime",
        "1 to 60 seconds",
        lambda v: 0 < int(v) <= 60,
        ["8.1.4.1 b)"],
        ["5.1.13"],
        "SSH login grace time",
    ),
    (
        "ssh-idle-timeout",
        "clientaliveinterval",
        "1 to 900 seconds",
        lambda v: 0 < int(v) <= 900,
        ["8.1.4.1 b)"],
        ["5.1.7"],
        "SSH ends unresponsive sessions",
    ),
    (
        "ssh-idle-count",
        "clientalivecountmax",
        "at least 1",
        lambda v: int(v) > 0,
        ["8.1.4.1 b)"],
        ["5.1.7"],
        "SSH client-alive count",
    ),
    (
        "ssh-log-level",
        "loglevel",
        "VERBOSE",
        lambda v: v.upper() == "VERBOSE",
        ["8.1.4.3 a)", "8.1.4.3 b)"],
        ["5.1.14"],
        "SSH logs key fingerprints (LogLevel VERBOSE)",
    ),
    (
        "ssh-forwarding",
        "disableforwarding",
        "yes",
        lambda v: v == "yes",
        ["8.1.4.4 b)"],
        ["5.1.8"],
        "SSH forwarding disabled",
    ),
    (
        "ssh-tcp-forwarding",
        "allowtcpforwarding",
        "no",
        lambda v: v == "no",
        ["8.1.4.4 b)"],
        ["5.1.8"],
        "SSH TCP forwarding disabled",
    ),
    (
        "ssh-agent-forwarding",
        "allowagentforwarding",
        "no",
        lambda v: v == "no",
        ["8.1.4.4 b)"],
        ["5.1.8"],
        "SSH agent forwarding disabled",
    ),
    (
        "ssh-x11-forwarding",
        "x11forwarding",
        "no",
        lambda v: v == "no",
        ["8.1.4.4 b)"],
        ["5.1.8"],
        "SSH X11 forwarding disabled",
    ),
    (
        "ssh-tunnel",
        "permittunnel",
        "no",
        lambda v: v == "no",
        ["8.1.4.4 b)"],
        ["5.1.8"],
        "SSH tunnel devices disabled",
    ),
    (
        "ssh-gssapi",
        "gssapiauthentication",
        "no",
        lambda v: v == "no",
        ["8.1.4.4 a)"],
        ["5.1.9"],
        "SSH GSSAPI authentication disabled",
    ),
]


@pytest.mark.parametrize(
    ("key", "expected", "predicate"),
    [
        pytest.param(key, exp, pred, marks=control(cid, gbt=gbt, cis=cis, title=title), id=cid)
        for cid, key, exp, pred, gbt, cis, title in SETTINGS
    ],
)
def test_sshd_setting(host, key, expected, predicate):
    value = sshd_value(host, key)
    assert predicate(value), f"sshd {key} is {value!r}, expected {expected}"


@control(
    "ssh-access-restricted",
    gbt=["8.1.4.4 c)", "8.1.4.2 a)"],
    cis=["5.1.4"],
    title="SSH logins limited to listed users (and source ranges)",
)
def test_ssh_access_restricted(host):
    conf = sshd_effective(host)
    allowed = conf.get("allowusers", []) + conf.get("allowgroups", [])
    assert allowed, "neither AllowUsers nor AllowGroups is set: every account may log in"
    assert not any(entry.split("@")[0] in ("*", "root") for entry in allowed), f"too broad: {allowed}"


@control("ssh-banner", gbt=["8.1.4.2"], cis=["5.1.5", "1.6.3"], title="SSH shows a warning banner")
def test_ssh_banner(host):
    path = sshd_value(host, "banner")
    assert path != "none", "sshd Banner is not set"
    text = read(host, path) or ""
    assert text.strip(), f"banner file {path} is missing or empty"


@control("ssh-config-perms", gbt=["8.1.4.2"], cis=["5.1.1"], title="sshd_config owned by root, mode 0600")
def test_sshd_config_permissions(host):
    f = host.file("/etc/ssh/sshd_config")
    assert f.user == "root" and f.group == "root", f"owner {f.user}:{f.group}"
    assert f.mode & 0o077 == 0, f"mode {oct(f.mode)}"


@control("ssh-host-keys", gbt=["8.1.4.8 b)"], cis=["5.1.2"], title="SSH host private keys readable by root only")
def test_ssh_host_private_keys(host):
    keys = host.run("sh -c 'ls /etc/ssh/ssh_host_*_key'").stdout.split()
    assert keys, "no host keys found"
    bad = [k for k in keys if host.file(k).mode & 0o077 or host.file(k).user != "root"]
    assert not bad, f"host keys readable by others: {bad}"


@control(
    "ssh-host-pub-keys",
    gbt=["8.1.4.8 b)"],
    cis=["5.1.3"],
    title="SSH host public keys owned by root, mode 644 or stricter",
)
def test_ssh_host_public_keys(host):
    keys = host.run("sh -c 'ls /etc/ssh/ssh_host_*_key.pub'").stdout.split()
    assert keys, "no host public keys found"
    bad = [k for k in keys if host.file(k).mode & 0o133 or host.file(k).user != "root"]
    assert not bad, f"host public keys writable by others: {bad}"


@control(
    "ssh-host-key-types", gbt=["8.1.4.8 a)"], cis=["5.1.2"], title="sshd uses Ed25519 and RSA of 3072 bits or more only"
)
def test_ssh_host_key_types(host):
    used = sshd_effective(host).get("hostkey", [])
    assert used, "sshd -T lists no host key"
    weak = [k for k in used if "dsa_key" in k]
    assert not weak, f"DSA/ECDSA host keys in use: {weak}"
    for path in used:
        if "rsa" in path:
            bits = host.run(f"ssh-keygen -l -f {path}").stdout.split()
            assert bits and int(bits[0]) >= 3072, f"{path} has {bits[0] if bits else '?'} bits"


@control(
    "ssh-moduli",
    gbt=["8.1.4.8 a)"],
    cis=["5.1.12"],
    title="Diffie-Hellman group exchange uses primes of 3072 bits or more",
)
def test_ssh_moduli(host):
    text = read(host, "/etc/ssh/moduli") or ""
    sizes = [
        int(line.split()[4])
        for line in text.splitlines()
        if line and not line.startswith("#") and len(line.split()) > 4
    ]
    assert sizes, "/etc/ssh/moduli is empty"
    small = sorted({s + 1 for s in sizes if s < 3071})
    assert not small, f"moduli of {small} bits"


@control(
    "ssh-client-crypto",
    gbt=["8.1.4.8 a)", "8.1.4.1 c)"],
    cis=["5.1"],
    title="The SSH client offers strong ciphers, MACs and key exchange only",
)
def test_ssh_client_crypto(host):
    out = host.run("ssh -G -F /etc/ssh/ssh_config sg-hardening-check.invalid")
    assert out.rc == 0, out.stderr
    conf = dict(line.split(" ", 1) for line in out.stdout.splitlines() if " " in line)
    weak_c = [c for c in conf.get("ciphers", "").split(",") if c in WEAK_CIPHERS or c.endswith("-cbc")]
    weak_m = [m for m in conf.get("macs", "").split(",") if any(p in m for p in WEAK_MAC_PARTS)]
    weak_k = [k for k in conf.get("kexalgorithms", "").split(",") if any(p in k for p in WEAK_KEX_PARTS)]
    assert not (weak_c or weak_m or weak_k), f"client offers {weak_c + weak_m + weak_k}"
