"""The role's nftables host firewall on two containers of a private network the test creates.

`node` gets the role's firewall step (``--tags firewall``; the preflight always runs) over real SSH from
`client` (ProxyCommand through `docker exec` into the client, so the session comes from the client's address
across the firewall being changed), with admin source ranges that do not include the client: the run's own
session must survive the rules it loads, the next run must still get in, the group's allowed port must be
reachable, and everything else must be dropped (a timeout, not a refusal).

The docker daemon here runs with --bridge=none --iptables=false: a user-defined `--internal` bridge network
still connects containers to each other (and to nothing else). Both containers get CAP_NET_ADMIN, which acts on
their own network namespace only (nft in the node; a second address on the client).
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests import containers
from tests.conftest import REPO, require, require_docker
from tests.hardening.lab import RELAY, ansible_env, recap, tool

pytestmark = pytest.mark.slow

SUBNET = "172.30.77.0/24"
NODE_IP, CLIENT_IP, STRANGER_IP = "172.30.77.10", "172.30.77.20", "172.30.77.21"
# Outside the test network: the configured admin range does not contain the client.
ADMIN_RANGE = "192.0.2.0/24"
PROBE = """
import socket, sys
src, dst, port = sys.argv[1], sys.argv[2], int(sys.argv[3])
s = socket.socket()
s.settimeout(3)
s.bind((src, 0))
try:
    s.connect((dst, port))
    print("open")
except ConnectionRefusedError:
    print("refused")
except OSError:
    print("timeout")
"""


class Lab:
    def __init__(self, node: containers.Container, client: containers.Container, workdir):
        self.node, self.client, self.workdir = node, client, workdir

    def probe(self, source: str, port: int) -> str:
        out = self.client.exec("python3", "/usr/local/bin/sg-probe", source, NODE_IP, str(port), timeout=30)
        return out.stdout.strip() or out.stderr.strip()

    def playbook(self, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [tool("ansible-playbook"), "-i", str(self.workdir / "hosts.json"), str(REPO / "playbooks/harden.yml"),
             "--tags", "firewall", *args],
            cwd=REPO, env=ansible_env(), capture_output=True, text=True, timeout=900,
        )  # fmt: skip


@pytest.fixture(scope="module")
def lab(tmp_path_factory, worker_id):
    require_docker()
    require("debootstrap")
    image = containers.ensure_image()
    net = f"sg-hard-fw-{worker_id}"
    subprocess.run(["docker", "network", "rm", net], capture_output=True)
    made = subprocess.run(
        ["docker", "network", "create", "--internal", "--subnet", SUBNET, net], capture_output=True, text=True
    )
    assert made.returncode == 0, made.stderr
    started: list[containers.Container] = []
    try:
        node = containers.start(
            f"sg-hard-fw-node-{worker_id}", image, network=net,
            extra_args=("--ip", NODE_IP, "--cap-add", "NET_ADMIN"),
        )  # fmt: skip
        started.append(node)
        client = containers.start(
            f"sg-hard-fw-client-{worker_id}", image, network=net, systemd=False,
            extra_args=("--ip", CLIENT_IP, "--cap-add", "NET_ADMIN"),
        )  # fmt: skip
        started.append(client)
        setup = node.exec(
            "sh", "-ec",
            """
            apt-get install -y -q --no-install-recommends nftables >/dev/null
            useradd -m -s /bin/bash deploy
            ssh-keygen -q -t ed25519 -N '' -f /root/deploy.key
            install -d -m 700 -o deploy -g deploy /home/deploy/.ssh
            install -m 600 -o deploy -g deploy /root/deploy.key.pub /home/deploy/.ssh/authorized_keys
            echo 'deploy ALL=(ALL) NOPASSWD: ALL' > /etc/sudoers.d/deploy && chmod 0440 /etc/sudoers.d/deploy
            printf '[Service]\\nExecStart=/usr/bin/python3 -m http.server 8080\\n' \\
              > /etc/systemd/system/sg-listener.service
            systemctl daemon-reload && systemctl start sg-listener nginx
            """,
        )  # fmt: skip
        assert setup.returncode == 0, setup.stderr
        assert client.exec("ip", "addr", "add", f"{STRANGER_IP}/24", "dev", "eth0").returncode == 0
        client.exec("sh", "-c", "cat > /usr/local/bin/sg-relay", input=RELAY)
        client.exec("sh", "-c", "cat > /usr/local/bin/sg-probe", input=PROBE)
        workdir = tmp_path_factory.mktemp("firewall")
        key = workdir / "deploy.key"
        key.write_text(node.exec("cat", "/root/deploy.key").stdout)
        key.chmod(0o600)
        config = workdir / "ssh_config"
        config.write_text(
            f"Host fw-node\n  User deploy\n  IdentityFile {key}\n  IdentitiesOnly yes\n"
            "  StrictHostKeyChecking no\n  UserKnownHostsFile /dev/null\n  LogLevel ERROR\n"
            f"  ProxyCommand docker exec -i {client.name} python3 /usr/local/bin/sg-relay {NODE_IP} 22\n"
        )
        (workdir / "hosts.json").write_text(json.dumps({"all": {"hosts": {"fw-node": {
            "ansible_connection": "ssh", "ansible_user": "deploy", "ansible_ssh_common_args": f"-F {config}",
            "host_hardening_ssh_admin_users": ["deploy"],
            "host_hardening_ssh_admin_sources": [ADMIN_RANGE],
            "host_hardening_mfa_users": [],
            "host_hardening_mfa_disabled_reason": "firewall scenario: only the automation account logs in",
            # A legacy web server's group: HTTP from anywhere; nothing else (8080 listens but stays closed).
            "host_hardening_firewall_allow": [{"port": 80, "proto": "tcp", "comment": "web"}],
        }}}}))  # fmt: skip
        yield Lab(node, client, workdir)
    finally:
        for c in started:
            c.remove()
        subprocess.run(["docker", "network", "rm", net], capture_output=True)


def test_firewall_drops_what_the_group_does_not_allow_and_keeps_the_session(lab):
    # Before: every listener answers, so a later timeout is the firewall's doing.
    assert [lab.probe(CLIENT_IP, p) for p in (22, 80, 8080)] == ["open"] * 3
    assert lab.probe(STRANGER_IP, 22) == "open"

    first = lab.playbook()
    assert first.returncode == 0, first.stdout[-4000:] + first.stderr[-2000:]
    assert recap(first.stdout, "fw-node")["changed"] > 0
    rules = lab.node.exec("nft", "list", "ruleset").stdout
    ssh = [line for line in rules.splitlines() if "tcp dport 22 accept" in line]
    assert "policy drop" in rules and len(ssh) == 1, rules
    assert ADMIN_RANGE in ssh[0] and CLIENT_IP in ssh[0], ssh

    # The run's own source stays allowed for SSH; the group's port is open; the rest is silently dropped.
    assert lab.probe(CLIENT_IP, 22) == "open"
    assert lab.probe(CLIENT_IP, 80) == "open"
    assert lab.probe(CLIENT_IP, 8080) == "timeout"
    assert lab.probe(STRANGER_IP, 22) == "timeout"
    assert lab.probe(STRANGER_IP, 80) == "open"

    # The next run logs in through the new rules and changes nothing.
    second = lab.playbook()
    assert second.returncode == 0, second.stdout[-3000:]
    assert recap(second.stdout, "fw-node")["changed"] == 0, second.stdout[-3000:]


def test_suite_verifies_the_live_firewall(lab):
    report = lab.workdir / "fw.md"
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q",
         str(REPO / "tests/hardening/test_firewall.py"), f"--hosts=docker://{lab.node.name}",
         f"--hardening-report={report}"],
        cwd=REPO, env={**ansible_env(), "PYTHONPATH": str(REPO)}, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    data = json.loads(report.with_suffix(".json").read_text())
    assert proc.returncode == 0, proc.stdout[-3000:]
    assert {r["status"] for r in data["results"]} == {"pass"}, data["results"]
    # Here nft can list the running rules: the evidence is live, not the configuration file.
    assert {r["evidence"] for r in data["results"]} == {"live"}


def test_a_bad_rule_is_refused_and_the_loaded_rules_stay(lab):
    before = lab.node.exec("nft", "list", "ruleset").stdout
    bad = lab.playbook("-e", json.dumps({"host_hardening_firewall_allow": [{"port": "80; flush ruleset"}]}))
    assert bad.returncode != 0 and "host_hardening_firewall_allow entries need port" in bad.stdout, bad.stdout[-2000:]
    assert lab.node.exec("nft", "list", "ruleset").stdout == before
    assert lab.probe(CLIENT_IP, 22) == "open"
