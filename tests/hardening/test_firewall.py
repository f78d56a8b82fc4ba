"""Host firewall: nftables, inbound dropped unless allowed (等保 8.1.3.1, 8.1.4.4 c; CIS 4.1, 4.3).

Where nft may list the running ruleset (root on a host, a container with CAP_NET_ADMIN) the live rules are
checked; elsewhere /etc/nftables.conf, the rules nftables.service loads at boot."""

from __future__ import annotations

import re

from tests.hardening.support import control, evidence_from_configuration, nft_ruleset

S = ["8.1.3.1", "8.1.4.4 c)"]


def _rules(host) -> str:
    text, live = nft_ruleset(host)
    if not live:
        evidence_from_configuration("/etc/nftables.conf (nft cannot list the running rules here)")
    return text


def _chains(text: str) -> dict[str, str]:
    """{hook: policy} of the base chains."""
    return dict(re.findall(r"type filter hook (\w+) priority [^;]+;\s*policy (\w+);", text))


@control(
    "fw-single",
    gbt=S,
    cis=["4.1.1", "4.3.2", "4.3.3"],
    title="One firewall tool: nftables, not ufw or iptables-persistent",
)
def test_single_firewall(host):
    assert host.package("nftables").is_installed, "nftables is not installed"
    for other in ("ufw", "iptables-persistent"):
        assert not host.package(other).is_installed, f"{other} is installed besides nftables"


@control("fw-base-chains", gbt=S, cis=["4.3.4", "4.3.5"], title="A table with input, forward and output base chains")
def test_base_chains(host):
    text = _rules(host)
    assert re.search(r"^table inet \S+", text, re.M), "no inet table"
    assert {"input", "forward", "output"} <= set(_chains(text)), f"base chains: {sorted(_chains(text))}"


@control("fw-loopback", gbt=S, cis=["4.3.6"], title="Loopback traffic accepted, spoofed loopback dropped")
def test_loopback(host):
    text = _rules(host)
    assert re.search(r'iif "?lo"? accept', text), "loopback traffic is not accepted"
    assert re.search(r'iif != "?lo"? ip saddr 127\.0\.0\.0/8 drop', text), "spoofed 127.0.0.0/8 is not dropped"
    assert re.search(r'iif != "?lo"? ip6 saddr ::1 drop', text), "spoofed ::1 is not dropped"


@control("fw-established", gbt=S, cis=["4.3.7"], title="Established connections accepted")
def test_established(host):
    assert re.search(r"ct state established,related accept", _rules(host)), "established traffic not accepted"


@control("fw-default-deny", gbt=S, cis=["4.3.8"], title="Inbound and forwarded traffic dropped by default")
def test_default_deny(host):
    chains = _chains(_rules(host))
    assert chains.get("input") == "drop", f"input policy {chains.get('input')}"
    assert chains.get("forward") == "drop", f"forward policy {chains.get('forward')}"


@control(
    "fw-ssh-restricted",
    gbt=[*S, "8.1.4.2"],
    cis=["4.3"],
    title="SSH has its own accept rule (no lockout); nothing else is open to all",
)
def test_ssh_restricted(host):
    text = _rules(host)
    ssh = [line.strip() for line in text.splitlines() if re.search(r"tcp dport (22|ssh)\b.*accept", line)]
    assert ssh, "no rule accepts SSH: administrators would be locked out"
    open_all = [line.strip() for line in text.splitlines() if re.fullmatch(r"\s*accept\s*", line)]
    assert not open_all, "an unconditional accept rule opens every port"


@control("fw-persistent", gbt=S, cis=["4.3.9", "4.3.10"], title="nftables loads the rules at boot")
def test_persistent(host):
    assert host.service("nftables").is_enabled, "nftables.service is not enabled"
    conf = host.file("/etc/nftables.conf")
    assert conf.exists and "hook input" in conf.content_string, "/etc/nftables.conf has no input chain"
    assert conf.user == "root" and conf.mode & 0o077 == 0, f"/etc/nftables.conf {conf.user} {oct(conf.mode)}"
