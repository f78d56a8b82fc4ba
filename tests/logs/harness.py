"""The log pipeline for real on 127.0.0.1: VictoriaLogs stores, vmauth, rsyslogd, as child processes.

Shared by the slow tests and bench/logs.py. The engines come from $SITEGROUP_ENGINES_BIN (./run test) or the
engines cache (sitegroup engines build); rsyslogd from Debian's rsyslog + rsyslog-elasticsearch.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from sitegroup.logs import collector, gateway
from sitegroup.logs.policy import Retention
from sitegroup.logs.store import store_args
from tests.waf.harness import free_port

RSYSLOGD = shutil.which("rsyslogd") or "/usr/sbin/rsyslogd"
OMES = "/usr/lib/x86_64-linux-gnu/rsyslog/omelasticsearch.so"
INTERNAL_KEY = "internal-test-key"
STORE_USER, STORE_PASSWORD = "collector", "store-pw-1"
RESPONDER = "responder-token-0123456789"


def engine_bin() -> Path | None:
    """Where victoria-logs and vmauth are: $SITEGROUP_ENGINES_BIN, else the cache (built on demand)."""
    env = os.environ.get("SITEGROUP_ENGINES_BIN")
    if env:
        return Path(env)
    from sitegroup.engines import build

    try:
        mods = tuple(m for m in build.MODULES if m.directory == "victorialogs")
        return build.ensure(mods)
    except build.EngineBuildError:
        return None


def wait_port(port: int, proc: subprocess.Popen, what: str, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{what} exited with {proc.returncode}")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.2):
            return
        time.sleep(0.05)
    raise RuntimeError(f"{what} did not listen on {port}")


def stop(proc: subprocess.Popen | None, sig: int = signal.SIGTERM) -> None:
    if proc is None or proc.poll() is not None:
        return
    proc.send_signal(sig)
    try:
        proc.wait(20)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


@dataclass
class Store:
    name: str
    days: int
    dir: Path
    port: int
    bin: Path
    proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, days: int | None = None) -> Store:
        if days is not None:
            self.days = days
        args = store_args(self.days, self.dir / "data", f"127.0.0.1:{self.port}", INTERNAL_KEY, STORE_USER,
                          STORE_PASSWORD)
        log = open(self.dir / "store.log", "ab")  # noqa: SIM115 (the child keeps it)
        self.proc = subprocess.Popen([str(self.bin / "victoria-logs"), *args], stdout=log, stderr=log)
        wait_port(self.port, self.proc, f"victoria-logs {self.name}")
        return self

    def stop(self, sig: int = signal.SIGTERM) -> None:
        stop(self.proc, sig)

    def flush(self) -> None:
        urllib.request.urlopen(f"{self.url}/internal/force_flush?authKey={INTERNAL_KEY}", timeout=10).read()


@dataclass
class Pipeline:
    """Stores (one per retention), the gateway, and a collector, in one directory."""

    dir: Path
    retention: Retention
    bin: Path
    owner_tokens: dict[str, str] = field(default_factory=dict)
    stores: dict[str, Store] = field(default_factory=dict)
    gw_port: int = 0
    gw: subprocess.Popen | None = None
    rsyslog: subprocess.Popen | None = None

    @property
    def gateway_url(self) -> str:
        return f"http://127.0.0.1:{self.gw_port}"

    def start_stores(self) -> None:
        for name, (days, _kinds) in self.retention.stores().items():
            d = self.dir / name
            d.mkdir(parents=True, exist_ok=True)
            self.stores[name] = Store(name, days, d, free_port(), self.bin).start()

    def start_gateway(self) -> None:
        creds = gateway.Credentials(STORE_USER, STORE_PASSWORD, (RESPONDER,), self.owner_tokens)
        cfg = self.dir / "vmauth.yml"
        cfg.write_text(gateway.render(self.retention, {n: s.url for n, s in self.stores.items()}, creds))
        self.gw_port = free_port()
        log = open(self.dir / "vmauth.log", "ab")  # noqa: SIM115
        self.gw = subprocess.Popen([str(self.bin / "vmauth"), f"-auth.config={cfg}",
                                    f"-httpListenAddr=127.0.0.1:{self.gw_port}", "-loggerLevel=WARN"],
                                   stdout=log, stderr=log)
        wait_port(self.gw_port, self.gw, "vmauth")

    def start_collector(self, inputs: list[collector.Input], env) -> None:
        work = self.dir / "rsyslog"
        work.mkdir(exist_ok=True)
        table = self.dir / "sites.json"
        collector.write_table(env, table)
        conf = self.dir / "rsyslog.conf"
        # As in the cluster: the password is not in rsyslog.conf, rsyslogd reads it from a file at start.
        secret = self.dir / "store-password"
        secret.write_text(STORE_PASSWORD)
        shipping = collector.Shipping({n: s.url for n, s in self.stores.items()}, STORE_USER, "",
                                      password_file=str(secret))
        conf.write_text(collector.render(inputs, self.retention, shipping, work, table, "node-1"))
        assert STORE_PASSWORD not in conf.read_text()
        check = subprocess.run([RSYSLOGD, "-N1", "-f", str(conf)], capture_output=True, text=True)
        if check.returncode != 0:
            raise RuntimeError(f"rsyslogd -N1: {check.stderr}{check.stdout}")
        self.start_rsyslog()

    def start_rsyslog(self) -> None:
        log = open(self.dir / "rsyslog.log", "ab")  # noqa: SIM115
        self.rsyslog = subprocess.Popen(
            [RSYSLOGD, "-n", "-f", str(self.dir / "rsyslog.conf"), "-i", str(self.dir / "rsyslog.pid")],
            stdout=log, stderr=log)
        time.sleep(0.3)
        if self.rsyslog.poll() is not None:
            raise RuntimeError(f"rsyslogd exited: {(self.dir / 'rsyslog.log').read_text()}")

    def close(self) -> None:
        stop(self.rsyslog)
        stop(self.gw)
        for s in self.stores.values():
            s.stop()

    # --- reading ----------------------------------------------------------------------------------------------

    def query(self, store: str, logsql: str, token: str = RESPONDER, **params: str) -> list[dict]:
        return query_url(f"{self.gateway_url}/{store}", logsql, token, **params)

    def count(self, store: str, logsql: str) -> int:
        rows = self.query(store, f"{logsql} | stats count() as n")
        return int(rows[0]["n"]) if rows else 0

    def wait_count(self, store: str, logsql: str, want: int, seconds: float = 60) -> int:
        deadline = time.monotonic() + seconds
        n = -1
        while time.monotonic() < deadline:
            n = self.count(store, logsql)
            if n >= want:
                # A new stream (site, kind) reaches the stream index a moment after its lines: flush, so that
                # stream filters ({site="x"}) see what a plain filter already does.
                for s in self.stores.values():
                    s.flush()
                return n
            time.sleep(0.3)
        return n


def query_url(base: str, logsql: str, token: str, **params: str) -> list[dict]:
    data = urllib.parse.urlencode({"query": logsql, **params}).encode()
    req = urllib.request.Request(f"{base}/select/logsql/query", data=data,
                                 headers={"Authorization": f"Bearer {token}"})
    with urllib.request.urlopen(req, timeout=30) as r:
        return [json.loads(line) for line in r.read().decode().splitlines() if line.strip()]


def basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()
