"""File system permissions: world-writable, unowned, setuid/setgid against an allowlist (CIS 7.1.11-13)."""

from __future__ import annotations

from pathlib import Path

from tests.hardening.support import control

ALLOWLIST = Path(__file__).with_name("suid-allowlist.txt")
PRUNE = r"\( -path /proc -o -path /sys -o -path /dev -o -path /run \) -prune -o"


def _find(host, expression: str) -> list[str]:
    out = host.run(f"sh -c 'find / -xdev {PRUNE} {expression} -print 2>/dev/null'")
    return [line for line in out.stdout.splitlines() if line]


def allowed_setid() -> set[str]:
    return {line.split("#", 1)[0].strip() for line in ALLOWLIST.read_text().splitlines()} - {""}


@control(
    "files-world-writable",
    gbt=["8.1.4.2 d)"],
    cis=["7.1.11"],
    title="No world-writable files; world-writable directories are sticky",
)
def test_world_writable(host):
    files = _find(host, r"-type f -perm -0002")
    dirs = _find(host, r"-type d -perm -0002 ! -perm -1000")
    assert not files, f"world-writable files: {files[:20]}"
    assert not dirs, f"world-writable directories without the sticky bit: {dirs[:20]}"


@control("files-unowned", gbt=["8.1.4.2 d)"], cis=["7.1.12"], title="Every file has an existing owner and group")
def test_unowned(host):
    found = _find(host, r"\( -nouser -o -nogroup \)")
    assert not found, f"files without an existing owner or group: {found[:20]}"


@control(
    "files-setid-allowlist",
    gbt=["8.1.4.2 d)", "8.1.4.4"],
    cis=["7.1.13"],
    title="setuid/setgid programs are the reviewed ones (tests/hardening/suid-allowlist.txt)",
)
def test_setid_allowlist(host):
    found = _find(host, r"-type f -perm /6000")
    extra = sorted(set(found) - allowed_setid())
    assert not extra, f"setuid/setgid programs not on the allowlist: {extra}"
