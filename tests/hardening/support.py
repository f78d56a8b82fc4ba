"""Helpers for the host hardening suite: control tags, not-applicable results, and readers of host state.

Every reader takes testinfra's ``host`` and caches per host, since one ``docker exec`` or SSH round trip per
check would dominate the run time.
"""

from __future__ import annotations

import fnmatch
import re
import shlex
from typing import Any

import pytest

_CACHE: dict[tuple[str, str], Any] = {}


def control(id: str, *, gbt: list[str], cis: list[str], title: str) -> pytest.MarkDecorator:
    """Tag a test (or a pytest.param) with the control it gives evidence for.

    ``gbt``: GB/T 22239-2019 (等保2.0) level-3 clauses, e.g. "8.1.4.1 a)"; ``cis``: CIS Debian Linux 12 ids.
    """
    return pytest.mark.control(id=id, gbt=tuple(gbt), cis=tuple(cis), title=title)


NA_PREFIX = "not applicable: "


def not_applicable(reason: str) -> None:
    """End the test as not applicable on this host. The report shows the reason; it never counts as a pass."""
    pytest.skip(NA_PREFIX + reason)


# The test being run (set by conftest around each call): lets a check say how its evidence was obtained.
CURRENT: dict[str, Any] = {}
LIVE, CONFIG = "live", "configuration"


def evidence_from_configuration(what: str) -> None:
    """Record that this check read persisted configuration only (e.g. a container cannot show the running
    kernel's setting): the report lists such checks apart from those verified on the running system."""
    item = CURRENT.get("item")
    if item is not None:
        item.user_properties.append(("evidence", f"{CONFIG}: {what}"))


def note(text: str) -> None:
    """A remark the report shows next to a passing result (e.g. the recorded exemptions)."""
    item = CURRENT.get("item")
    if item is not None:
        item.user_properties.append(("detail", text))


def config_only_in_container(host, what: str) -> bool:
    """True inside a container, after recording that ``what`` was checked from configuration only."""
    if in_container(host):
        evidence_from_configuration(what)
        return True
    return False


def host_id(host) -> str:
    return host.backend.get_pytest_id()


def _cached(host, key: str, compute):
    k = (host_id(host), key)
    if k not in _CACHE:
        _CACHE[k] = compute()
    return _CACHE[k]


def run(host, command: str) -> Any:
    """Run a shell command (quoted by the caller) on the host; testinfra's --sudo applies."""
    return host.run(command)


def read(host, path: str) -> str | None:
    """Content of a file, or None when it does not exist (one round trip)."""

    def compute():
        out = host.run(f"cat -- {shlex.quote(path)}")
        return out.stdout if out.rc == 0 else None

    return _cached(host, f"read:{path}", compute)


def read_glob(host, *patterns: str) -> dict[str, str]:
    """{path: content} of every existing file matching the shell globs, in one round trip."""

    def compute():
        script = (
            "for f in " + " ".join(patterns) + '; do [ -f "$f" ] || continue; '
            'printf \'\\036%s\\037\' "$f"; cat -- "$f"; done'
        )
        out = host.run(f"sh -c {shlex.quote(script)}")
        files: dict[str, str] = {}
        for chunk in out.stdout.split("\x1e")[1:]:
            name, _, content = chunk.partition("\x1f")
            files[name] = content
        return files

    return _cached(host, "glob:" + " ".join(patterns), compute)


def in_container(host) -> bool:
    def compute():
        if host.run("systemd-detect-virt --container --quiet").rc == 0:
            return True
        return host.file("/.dockerenv").exists or host.file("/run/.containerenv").exists

    return _cached(host, "in_container", compute)


def container_reason(host, what: str) -> str:
    return f"{what} belongs to the container's host kernel; check it on the host itself"


# --------------------------------------------------------------------------------------------- sshd


def sshd_effective(host) -> dict[str, list[str]]:
    """`sshd -T`: the configuration sshd would run with, keys lower-case, every value of repeated keys."""

    def compute():
        # sshd -T needs its privilege-separation directory, which exists only while ssh runs.
        out = host.run("sh -c 'test -d /run/sshd || mkdir -p /run/sshd; /usr/sbin/sshd -T'")
        if out.rc != 0:
            raise AssertionError(f"sshd -T failed ({out.rc}): {out.stderr.strip()}")
        conf: dict[str, list[str]] = {}
        for line in out.stdout.splitlines():
            key, _, value = line.partition(" ")
            conf.setdefault(key.lower(), []).append(value.strip())
        return conf

    return _cached(host, "sshd -T", compute)


def sshd_value(host, key: str) -> str:
    values = sshd_effective(host).get(key.lower())
    assert values, f"sshd -T does not report {key}"
    return values[0]


# --------------------------------------------------------------------------------------------- sysctl

SYSCTL_DIRS = (
    "/etc/sysctl.d",
    "/run/sysctl.d",
    "/usr/local/lib/sysctl.d",
    "/usr/lib/sysctl.d",
    "/lib/sysctl.d",
)


def sysctl_persisted(host) -> dict[str, str]:
    """Kernel parameters as systemd-sysctl applies them at boot (sysctl.d(5)): files ordered by name, a name
    in an earlier directory hides the same name in a later one, later assignments win; plus /etc/sysctl.conf.
    """

    def compute():
        files = read_glob(host, *(f"{d}/*.conf" for d in SYSCTL_DIRS), "/etc/sysctl.conf")
        chosen: dict[str, str] = {}
        for d in SYSCTL_DIRS:
            for path, content in files.items():
                if path.startswith(d + "/"):
                    chosen.setdefault(path.rsplit("/", 1)[1], content)
        values: dict[str, str] = {}
        ordered = [chosen[name] for name in sorted(chosen)]
        if "/etc/sysctl.conf" in files and "99-sysctl.conf" not in chosen:
            ordered.append(files["/etc/sysctl.conf"])
        for content in ordered:
            for raw in content.splitlines():
                line = raw.strip()
                if not line or line[0] in "#;" or "=" not in line:
                    continue
                key, _, value = line.partition("=")
                key = key.strip().lstrip("-").replace("/", ".")
                values[key] = " ".join(value.split())
        return values

    return _cached(host, "sysctl persisted", compute)


# --------------------------------------------------------------------------------------------- config files


def key_values(text: str | None, sep: str | None = None) -> dict[str, str]:
    """``key value`` (sep=None) or ``key = value`` lines; comments dropped; later lines win."""
    out: dict[str, str] = {}
    for raw in (text or "").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if sep is None:
            parts = line.split(None, 1)
            out[parts[0]] = parts[1].strip() if len(parts) > 1 else ""
        elif sep in line:
            k, _, v = line.partition(sep)
            out[k.strip()] = v.strip()
        else:
            out[line] = ""
    return out


def login_defs(host) -> dict[str, str]:
    return _cached(host, "login.defs", lambda: key_values(read(host, "/etc/login.defs")))


def pwquality(host) -> dict[str, str]:
    """Effective pwquality settings: pwquality.conf, then pwquality.conf.d/*.conf in name order."""

    def compute():
        merged = key_values(read(host, "/etc/security/pwquality.conf"), "=")
        drop_ins = read_glob(host, "/etc/security/pwquality.conf.d/*.conf")
        for name in sorted(drop_ins):
            merged.update(key_values(drop_ins[name], "="))
        return merged

    return _cached(host, "pwquality", compute)


def pam_lines(host, stack: str) -> list[str]:
    text = read(host, f"/etc/pam.d/{stack}") or ""
    return [" ".join(line.split()) for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def systemd_drop_in(host, main: str, section: str) -> dict[str, str]:
    """Effective settings of a systemd config file (e.g. journald.conf) with its .conf.d drop-ins."""

    def compute():
        base = main.rsplit(".", 1)[0]
        files = [read(host, main) or ""]
        drop = read_glob(host, f"/usr/lib/systemd/{base.rsplit('/', 1)[1]}.conf.d/*.conf", f"{main}.d/*.conf")
        files += [drop[k] for k in sorted(drop, key=lambda p: p.rsplit("/", 1)[1])]
        values: dict[str, str] = {}
        for text in files:
            current = None
            for raw in text.splitlines():
                line = raw.strip()
                if line.startswith("["):
                    current = line.strip("[]")
                elif current == section and "=" in line and not line.startswith(("#", ";")):
                    k, _, v = line.partition("=")
                    values[k.strip()] = v.strip()
        return values

    return _cached(host, f"systemd:{main}:{section}", compute)


def parse_seconds(value: str) -> float:
    """systemd time spans: '180day', '6month', '1y', '3600' (seconds)."""
    units = {
        "": 1,
        "s": 1,
        "sec": 1,
        "min": 60,
        "m": 60,
        "h": 3600,
        "hr": 3600,
        "d": 86400,
        "day": 86400,
        "days": 86400,
        "w": 604800,
        "week": 604800,
        "weeks": 604800,
        "month": 2629800,
        "months": 2629800,
        "M": 2629800,
        "y": 31557600,
        "year": 31557600,
        "years": 31557600,
    }
    total = 0.0
    for number, unit in re.findall(r"(\d+(?:\.\d+)?)\s*([a-zA-Z]*)", value):
        total += float(number) * units.get(unit, units.get(unit.lower(), 1))
    return total


def audit_rules(host) -> list[str]:
    """Audit rules as augenrules would load them (rules.d/*.rules in name order), normalised whitespace."""

    def compute():
        files = read_glob(host, "/etc/audit/rules.d/*.rules")
        lines = []
        for name in sorted(files):
            for raw in files[name].splitlines():
                line = " ".join(raw.split())
                if line and not line.startswith("#"):
                    lines.append(line)
        return lines

    return _cached(host, "audit rules", compute)


def matches_any(name: str, patterns: list[str]) -> bool:
    return any(fnmatch.fnmatch(name, p) for p in patterns)


def passwd_entries(host) -> list[list[str]]:
    """/etc/passwd split into fields (name, x, uid, gid, gecos, home, shell)."""
    return [line.split(":") for line in (read(host, "/etc/passwd") or "").splitlines() if line.count(":") == 6]


def group_entries(host) -> list[list[str]]:
    return [line.split(":") for line in (read(host, "/etc/group") or "").splitlines() if line.count(":") == 3]


def shadow_entries(host) -> list[list[str]]:
    text = read(host, "/etc/shadow")
    assert text is not None, "cannot read /etc/shadow (run with --sudo)"
    return [line.split(":") for line in text.splitlines() if line.count(":") == 8]


NOLOGIN_SHELLS = ("/usr/sbin/nologin", "/sbin/nologin", "/bin/false", "/usr/bin/false")


def interactive_users(host) -> list[list[str]]:
    """Accounts with a login shell and a UID of a person (1000-59999), plus root."""
    return [
        f
        for f in passwd_entries(host)
        if f[6] not in NOLOGIN_SHELLS and (f[0] == "root" or 1000 <= int(f[2] or 0) < 60000)
    ]


def nft_ruleset(host) -> tuple[str, bool]:
    """(the firewall rules, live?): the running ruleset when nft may list it here, else /etc/nftables.conf."""

    def compute():
        out = host.run("nft list ruleset")
        if out.rc == 0:
            return out.stdout, True
        return read(host, "/etc/nftables.conf") or "", False

    return _cached(host, "nft ruleset", compute)
