"""Run the rendered WAF tier for real: nginx + ModSecurity + CRS on 127.0.0.1, a real backend.

The backend is a small threaded HTTP server that answers every method with real content (an
nginx ``return`` would answer before ModSecurity inspected the request body).
"""

from __future__ import annotations

import base64
import contextlib
import http.client
import json
import os
import shutil
import signal
import socket
import subprocess
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

NGINX = shutil.which("nginx") or "/usr/sbin/nginx"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    seen: ClassVar[dict[str, dict[str, str]]] = {}  # the headers each path last arrived with (path -> headers)

    def _answer(self) -> None:
        _Handler.seen[self.path] = {k.lower(): v for k, v in self.headers.items()}
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        text = f"<p>{self.command} {self.path}</p>"
        if self.path.startswith("/leak/sql"):  # a backend leaking a database error (CRS 951xxx)
            text = ("<b>Warning</b>: mysql_fetch_array(): supplied argument is not a valid MySQL result "
                    "resource. You have an error in your SQL syntax; check the manual that corresponds "
                    "to your MySQL server version for the right syntax to use near 'x' at line 1")
        body = (
            "<!doctype html><html><head><meta charset=utf-8><title>某某市人民政府</title></head>"
            f"<body>{text}</body></html>"
        ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    do_GET = do_POST = do_HEAD = do_OPTIONS = do_PUT = do_DELETE = _answer
    do_PATCH = do_PROPFIND = do_REPORT = do_MOVE = do_TRACE = _answer  # a site's declared methods (waf.methods)

    def log_message(self, *args: object) -> None:
        pass


class Backend:
    def __init__(self) -> None:
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def headers_of(self, path: str) -> dict[str, str]:
        """What the WAF passed on for ``path`` (lower-case header names); empty if it never arrived."""
        return _Handler.seen.get(path, {})

    def __enter__(self) -> Backend:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


class Nginx:
    """``nginx -p DIR -c DIR/nginx.conf -g 'daemon off;'`` as a child process."""

    def __init__(self, directory: Path, port: int) -> None:
        self.dir = directory
        self.port = port
        self.proc: subprocess.Popen[bytes] | None = None

    def test_config(self) -> subprocess.CompletedProcess[str]:
        return subprocess.run([NGINX, "-t", "-p", str(self.dir), "-c", str(self.dir / "nginx.conf")],
                              capture_output=True, text=True)

    def start(self) -> Nginx:
        self.proc = subprocess.Popen(
            [NGINX, "-p", str(self.dir), "-c", str(self.dir / "nginx.conf"), "-g", "daemon off;"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                err = self.proc.stderr.read().decode() if self.proc.stderr else ""
                raise RuntimeError(f"nginx exited: {err}\n{self.error_log()}")
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", self.port), 0.2):
                return self
            time.sleep(0.05)
        self.stop()
        raise RuntimeError("nginx did not start listening")

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGQUIT)
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()

    def __enter__(self) -> Nginx:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def error_log(self) -> str:
        p = self.dir / "logs" / "error.log"
        return p.read_text(errors="replace") if p.exists() else ""

    def audit_entries(self) -> list[dict]:
        p = self.dir / "logs" / "modsec_audit.json"
        if not p.exists():
            return []
        out = []
        for line in p.read_text(errors="replace").splitlines():
            with contextlib.suppress(ValueError):
                out.append(json.loads(line))
        return out


@dataclass
class Req:
    """One request of a corpus (also the JSON shape of tests/waf/data/*.jsonl)."""

    method: str
    path: str
    headers: dict[str, str] = field(default_factory=dict)
    body: str | bytes | None = None
    label: str = ""
    # "office": a staff member inside the profiles' back-office ranges (admin.allow_from), as a corpus marks a
    # tool's console request (ADR 0040); "": a citizen on the internet.
    client: str = ""

    @classmethod
    def from_json(cls, d: dict) -> Req:
        """``body`` is text (sent as UTF-8); ``body_b64`` a binary body (file uploads), base64."""
        body = base64.b64decode(d["body_b64"]) if "body_b64" in d else d.get("body")
        if d.get("client", "office") != "office":
            raise ValueError(f"client {d['client']!r}: only \"office\" or none")
        return cls(d["method"], d["path"], d.get("headers", {}), body, d.get("label", ""), d.get("client", ""))


@dataclass
class Resp:
    status: int
    body: bytes
    headers: dict[str, str]


def send(port: int, host: str, req: Req, source: str | None = None,
         conn: http.client.HTTPConnection | None = None) -> Resp:
    own = conn is None
    c = conn or http.client.HTTPConnection(
        "127.0.0.1", port, timeout=15, source_address=(source, 0) if source else None)
    headers = {"Host": host, **req.headers}
    body = req.body.encode("utf-8") if isinstance(req.body, str) else req.body
    try:
        c.request(req.method, req.path, body=body, headers=headers)
        r = c.getresponse()
        data = r.read()
        return Resp(r.status, data, {k.lower(): v for k, v in r.getheaders()})
    finally:
        if own:
            c.close()


def send_many(port: int, host: str, reqs: list[Req], workers: int = 8,
              source: str | None = None) -> list[Resp]:
    """Keep-alive connections, one per worker thread; a connection is replaced after an error."""
    local = threading.local()

    def one(req: Req) -> Resp:
        for attempt in range(2):
            c = getattr(local, "conn", None)
            if c is None:
                c = local.conn = http.client.HTTPConnection(
                    "127.0.0.1", port, timeout=15, source_address=(source, 0) if source else None)
            try:
                resp = send(port, host, req, conn=c)
                if resp.headers.get("connection", "").lower() == "close":
                    c.close()
                    local.conn = None
                return resp
            except (http.client.HTTPException, OSError) as e:
                c.close()
                local.conn = None
                if attempt and isinstance(e, (http.client.RemoteDisconnected, ConnectionResetError)):
                    # Twice closed without a response: what a WAF does when a response-phase rule (data
                    # leakage, phase 4) refuses after nginx sent the headers. The client got nothing: status 0.
                    return Resp(0, b"", {})
                if attempt:
                    raise
        raise AssertionError("unreachable")

    with ThreadPoolExecutor(workers) as pool:
        return list(pool.map(one, reqs))


# Inside every profile's admin.allow_from (10.20.0.0/16): back-office clients, as the gateway forwards them.
OFFICE_NET = "10.20.7"


def as_citizens(reqs: list[Req]) -> list[Req]:
    """Requests as the gateway forwards them: each from one of 250 documentation-range citizens, or, for a request
    marked client "office" (ADR 0040), from one of 250 staff members inside the back-office ranges (one address for
    every console request would meet the per-client rate limit, which no office of many staff does)."""
    out = []
    for i, r in enumerate(reqs):
        ip = f"{OFFICE_NET}.{i % 250 + 1}" if r.client == "office" else f"198.51.100.{i % 250 + 1}"
        out.append(Req(r.method, r.path, {**r.headers, "X-Forwarded-For": ip}, r.body, r.label, r.client))
    return out


def rules_by_test_id(nginx: Nginx, expect: list[str] | None = None) -> dict[str, list[str]]:
    """Rule ids per X-Test-Id request header in the audit log. The worker writes an entry in the log
    phase, after the response: wait (up to 10 s on a busy machine) until every expected id is there."""
    deadline = time.monotonic() + 10
    while True:
        out: dict[str, list[str]] = {}
        for e in nginx.audit_entries():
            t = e["transaction"]
            tid = t["request"]["headers"].get("X-Test-Id")
            if tid:
                out.setdefault(tid, []).extend(m["details"]["ruleId"] for m in t.get("messages", []))
        if all(i in out for i in expect or []) or time.monotonic() > deadline:
            return out
        time.sleep(0.1)


def found_within(nginx: Nginx, ids: list[str], text_body_var: str) -> dict[str, set[str]]:
    """The variables each request's rule matches were found in (ARGS, REQUEST_BODY, the text body's copy
    ``text_body_var``…), from the audit log: "ARGS:q: 1 union…" -> "ARGS"."""
    where: dict[str, set[str]] = {}
    for e in nginx.audit_entries():
        t = e["transaction"]
        tid = t["request"]["headers"].get("X-Test-Id")
        for m in t.get("messages", []):
            data = m["details"]["data"]
            if tid in ids and " found within " in data:
                name = data.split(" found within ")[1].split(": ", 1)[0]
                where.setdefault(tid, set()).add(name if name == text_body_var else name.split(":")[0])
    return where


def load_corpus(path: Path) -> list[Req]:
    return [Req.from_json(json.loads(line)) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def qs(**params: str) -> str:
    return urllib.parse.urlencode(params)


def pid_rss_kb(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def children(pid: int) -> list[int]:
    p = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(x) for x in p.read_text().split()] if p.exists() else []


def env_ci() -> bool:
    return bool(os.environ.get("CI"))
