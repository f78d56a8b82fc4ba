"""Security audit: auditd, its rules and its log handling (等保 8.1.4.3; CIS 6.2)."""

from __future__ import annotations

import pytest

from tests.hardening.support import (
    audit_rules,
    control,
    evidence_from_configuration,
    in_container,
    key_values,
    not_applicable,
    read,
)

A = "8.1.4.3 a)"
B = "8.1.4.3 b)"
C = "8.1.4.3 c)"


@control("auditd-installed", gbt=[A], cis=["6.2.1.1"], title="auditd installed")
def test_auditd_installed(host):
    assert host.package("auditd").is_installed, "auditd is not installed"


@control("auditd-running", gbt=[A, "8.1.4.3 d)"], cis=["6.2.1.2"], title="auditd enabled and running")
def test_auditd_running(host):
    if in_container(host):
        not_applicable("auditd cannot run in a container: the kernel audit subsystem is the host's")
    svc = host.service("auditd")
    assert svc.is_enabled and svc.is_running, "auditd is not enabled and running"


@control("auditd-boot", gbt=[A], cis=["6.2.1.3", "6.2.1.4"], title="Processes audited from boot (audit=1)")
def test_audit_from_boot(host):
    if in_container(host):
        not_applicable("a container has no kernel command line of its own")
    cmdline = host.file("/proc/cmdline").content_string
    assert "audit=1" in cmdline.split(), "audit=1 is not on the kernel command line"


def _has(rules: list[str], *parts: str) -> bool:
    return any(all(p in rule for p in parts) for rule in rules)


RULES = [
    # id, title, cis, required rule fragments (each tuple: parts that must appear in one rule)
    (
        "audit-identity",
        "Changes to users, groups and passwords audited",
        ["6.2.3.8"],
        [
            ("-w /etc/passwd", "-p wa"),
            ("-w /etc/shadow", "-p wa"),
            ("-w /etc/group", "-p wa"),
            ("-w /etc/gshadow", "-p wa"),
            ("-w /etc/security/opasswd", "-p wa"),
        ],
    ),
    (
        "audit-time-change",
        "Clock changes audited",
        ["6.2.3.4"],
        [
            ("adjtimex", "arch=b64"),
            ("settimeofday", "arch=b64"),
            ("clock_settime", "arch=b64"),
            ("-w /etc/localtime", "-p wa"),
        ],
    ),
    (
        "audit-sudoers",
        "Changes to sudoers audited",
        ["6.2.3.1"],
        [("-w /etc/sudoers ", "-p wa"), ("-w /etc/sudoers.d", "-p wa")],
    ),
    (
        "audit-user-emulation",
        "Actions as another user audited",
        ["6.2.3.2"],
        [("euid!=uid", "execve", "arch=b64")],
    ),
    (
        "audit-sessions",
        "Logins and sessions audited",
        ["6.2.3.11", "6.2.3.12"],
        [
            ("/var/log/wtmp", "-p wa"),
            ("/var/log/btmp", "-p wa"),
            ("/var/log/lastlog", "-p wa"),
            ("/var/run/faillock", "-p wa"),
        ],
    ),
    ("audit-perm-mod", "Permission changes audited", ["6.2.3.9"], [("chmod",), ("chown",), ("setxattr",)]),
    ("audit-access", "Unsuccessful file access audited", ["6.2.3.7"], [("exit=-EACCES",), ("exit=-EPERM",)]),
    ("audit-mounts", "Mounts audited", ["6.2.3.10"], [("-S mount",)]),
    ("audit-delete", "File deletion audited", ["6.2.3.13"], [("unlink", "rename")]),
    (
        "audit-kernel-modules",
        "Kernel module loading audited",
        ["6.2.3.19"],
        [("init_module", "delete_module")],
    ),
    (
        "audit-log-tampering",
        "Tampering with audit and system logs audited",
        ["6.2.3", "6.2.4"],
        [("/var/log/audit",), ("/etc/audit", "-p wa"), ("/etc/rsyslog",), ("/etc/logrotate",)],
    ),
    ("audit-sudo-log", "Changes to the sudo log audited", ["6.2.3.3"], [("-w /var/log/sudo.log", "-p wa")]),
    (
        "audit-network-env",
        "Changes to host name, domain and network configuration audited",
        ["6.2.3.5"],
        [("sethostname", "setdomainname"), ("-w /etc/hosts", "-p wa"), ("-w /etc/hostname", "-p wa")],
    ),
    (
        "audit-mac-policy",
        "Changes to the AppArmor policy audited",
        ["6.2.3.14"],
        [("-w /etc/apparmor ", "-p wa"), ("-w /etc/apparmor.d", "-p wa")],
    ),
]

# Permission tools whose use is audited, when the host has them (CIS 6.2.3.15-18).
TOOLS = [("chcon", "6.2.3.15"), ("setfacl", "6.2.3.16"), ("chacl", "6.2.3.17"), ("usermod", "6.2.3.18")]


@pytest.mark.parametrize(
    "tool",
    [
        pytest.param(
            name,
            marks=control(f"audit-tool:{name}", gbt=[A, B], cis=[cis], title=f"Use of {name} audited"),
            id=name,
        )
        for name, cis in TOOLS
    ],
)
def test_audit_permission_tools(host, tool):
    paths = host.run(f"sh -c 'ls /usr/bin/{tool} /usr/sbin/{tool} 2>/dev/null'").stdout.split()
    if not paths:
        not_applicable(f"{tool} is not installed")
    evidence_from_configuration("/etc/audit/rules.d")
    rules = audit_rules(host)
    missing = [p for p in paths if not _has(rules, f"-F path={p} ", "perm=x")]
    assert not missing, f"no audit rule for {missing}"


@control(
    "audit-config-perms",
    gbt=[C, "8.1.4.3 d)"],
    cis=["6.2.4.5", "6.2.4.6", "6.2.4.7"],
    title="Audit configuration owned by root, mode 640 or stricter",
)
def test_audit_config_permissions(host):
    out = host.run("sh -c \"find /etc/audit -type f -printf '%p %u %g %m\\n'\"").stdout.split("\n")
    rows = [line.split() for line in out if line.strip()]
    assert rows, "no files under /etc/audit"
    bad = [r for r in rows if r[1] != "root" or r[2] != "root" or int(r[3], 8) & 0o137]
    assert not bad, f"audit configuration not root-owned 640: {bad}"


@control(
    "audit-tools-perms",
    gbt=[C, "8.1.4.3 d)"],
    cis=["6.2.4.8", "6.2.4.9", "6.2.4.10"],
    title="Audit tools owned by root, mode 755 or stricter",
)
def test_audit_tools_permissions(host):
    tools = ["auditctl", "aureport", "ausearch", "autrace", "auditd", "augenrules"]
    for name in tools:
        f = host.file(f"/usr/sbin/{name}")
        assert f.exists, f"/usr/sbin/{name} missing"
        assert f.user == "root" and f.group == "root" and f.mode & 0o022 == 0, f"{f.path} {f.user} {oct(f.mode)}"


@pytest.mark.parametrize(
    "required",
    [pytest.param(req, marks=control(cid, gbt=[A, B], cis=cis, title=title), id=cid) for cid, title, cis, req in RULES],
)
def test_audit_rule_group(host, required):
    evidence_from_configuration("/etc/audit/rules.d (loaded by augenrules at boot)")
    rules = audit_rules(host)
    missing = [" ".join(parts) for parts in required if not _has(rules, *parts)]
    assert not missing, f"no audit rule for: {missing}"


@control(
    "audit-privileged",
    gbt=[A, B],
    cis=["6.2.3.6"],
    title="Use of privileged (setuid/setgid) commands audited",
)
def test_audit_privileged_commands(host):
    found = host.run("find /usr -xdev -type f -perm /6000").stdout.split()
    assert found, "no setuid/setgid programs found (is find working?)"
    evidence_from_configuration("/etc/audit/rules.d")
    rules = audit_rules(host)
    missing = [p for p in found if not _has(rules, f"-F path={p} ", "perm=x")]
    assert not missing, f"setuid/setgid programs without an audit rule: {missing}"


@control("audit-immutable", gbt=["8.1.4.3 d)"], cis=["6.2.3.20"], title="Audit rules immutable until reboot")
def test_audit_immutable(host):
    # augenrules emits the last -e directive as the last rule, wherever it was written.
    enable = [rule for rule in audit_rules(host) if rule.startswith("-e ")]
    assert enable and enable[-1] == "-e 2", f"the last -e directive is {enable[-1] if enable else 'missing'}"


@control("auditd-log-retention", gbt=[C], cis=["6.2.2.2"], title="Audit logs are never overwritten")
def test_auditd_keep_logs(host):
    conf = key_values(read(host, "/etc/audit/auditd.conf"), "=")
    assert conf.get("max_log_file_action", "").lower() == "keep_logs", (
        f"max_log_file_action is {conf.get('max_log_file_action')}"
    )


@control(
    "auditd-full-disk",
    gbt=["8.1.4.3 d)"],
    cis=["6.2.2.3", "6.2.2.4"],
    title="Audit failure stops the system rather than losing records",
)
def test_auditd_disk_full(host):
    conf = {k: v.lower() for k, v in key_values(read(host, "/etc/audit/auditd.conf"), "=").items()}
    assert conf.get("disk_full_action") in ("single", "halt"), f"disk_full_action {conf.get('disk_full_action')}"
    assert conf.get("disk_error_action") in ("syslog", "single", "halt"), "disk_error_action"
    assert conf.get("space_left_action") in ("email", "exec", "single", "halt"), "space_left_action"
    assert conf.get("admin_space_left_action") in ("single", "halt"), "admin_space_left_action"


@control("audit-log-perms", gbt=[C], cis=["6.2.4.1", "6.2.4.3"], title="Audit logs readable by root/adm only")
def test_audit_log_permissions(host):
    d = host.file("/var/log/audit")
    assert d.exists, "/var/log/audit does not exist"
    assert d.mode & 0o027 == 0, f"/var/log/audit mode {oct(d.mode)}"
