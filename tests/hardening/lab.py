"""Helpers for the project tests that harden real containers (not part of the suite run against hosts):
running Ansible from the project's venv, reading its recap, and an SSH relay through `docker exec`."""

from __future__ import annotations

import os
import re
import shutil
import sys
from pathlib import Path

from tests.conftest import REPO, require

# Runs inside a container: joins stdin/stdout to HOST:PORT (default its own sshd), as an SSH ProxyCommand.
# Through `docker exec`, the SSH session then comes from that container's address, as a real one would.
RELAY = """
import os, socket, sys, threading
host, port = (sys.argv[1], int(sys.argv[2])) if len(sys.argv) > 2 else ("127.0.0.1", 22)
s = socket.create_connection((host, port))
def upstream():
    while data := os.read(0, 65536):
        s.sendall(data)
    s.shutdown(socket.SHUT_WR)
threading.Thread(target=upstream, daemon=True).start()
while data := s.recv(65536):
    os.write(1, data)
"""
TRANSPORT_FLAKE = "Module result deserialization failed: No start of json char found"


def tool(name: str) -> str:
    """An executable of the venv running the tests (ansible-playbook, ansible-lint), else from PATH."""
    candidate = Path(sys.executable).parent / name
    found = str(candidate) if candidate.exists() else shutil.which(name)
    if found is None:
        require(name)
    return str(found)


def ansible_env() -> dict[str, str]:
    return {
        **os.environ,
        "ANSIBLE_CONFIG": str(REPO / "ansible.cfg"),
        "ANSIBLE_PIPELINING": "1",
        "ANSIBLE_NOCOLOR": "1",
        "ANSIBLE_FORCE_COLOR": "0",
        "PATH": f"{Path(sys.executable).parent}:{os.environ.get('PATH', '')}",
    }


def recap(output: str, host: str) -> dict[str, int]:
    m = re.search(rf"^{re.escape(host)}\s*:\s*(.*)$", output, re.M)
    assert m, f"no PLAY RECAP line for {host}:\n{output[-3000:]}"
    return {k: int(v) for k, v in re.findall(r"(\w+)=(\d+)", m.group(1))}
