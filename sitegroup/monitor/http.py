"""A small, bounded HTTP/1.1 client on asyncio streams: what the monitor needs and nothing it must not do.

Why not a library: the monitor must connect to addresses it chose (a resolver override maps test and lab
domains to loopback, never other addresses), read at most N bytes of a hostile page, give up after the
indicator's 15 s however slowly the bytes drip, see the TLS certificate, and never send anything but GET/HEAD.
One request per connection (Connection: close) keeps it simple; politeness limits concurrency anyway.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import socket
import ssl
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit

MAX_HEADER_BYTES = 64 * 1024


@dataclass
class Response:
    url: str  # the URL asked for
    final_url: str = ""
    status: int = 0  # 0: no HTTP answer (see error)
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    truncated: bool = False  # the body was longer than the byte limit; only the limit was read
    elapsed: float = 0.0
    redirects: tuple[str, ...] = ()
    error: str = ""  # "timeout", "connect: …", "tls: …", "redirect loop", "too many redirects", "dns: …"
    peer: str = ""
    tls_not_after: datetime | None = None

    @property
    def ok(self) -> bool:
        return not self.error and 200 <= self.status < 400


class ResolveError(Exception):
    pass


class Resolver:
    """Host → addresses. With an override map, only mapped hosts resolve (strict: tests never reach the network);
    an address may carry its own port ("[::1]:18999"), otherwise ``ports`` remaps the URL's port (80 → 18080)."""

    def __init__(self, hosts: dict[str, list[str]] | None = None, ports: dict[int, int] | None = None):
        self.hosts = {h.lower(): list(a) for h, a in (hosts or {}).items()}
        self.ports = dict(ports or {})
        self.strict = hosts is not None

    async def resolve(self, host: str, port: int, family: int = 0) -> list[tuple[int, str, int]]:
        if self.strict:
            if host.lower() not in self.hosts:
                raise ResolveError(f"dns: {host} is not in the resolver override")
            out = []
            for a in self.hosts[host.lower()]:
                addr, p = _split_addr(a)
                fam = socket.AF_INET6 if ipaddress.ip_address(addr).version == 6 else socket.AF_INET
                if family and fam != family:
                    continue
                out.append((fam, addr, p or self.ports.get(port, port)))
            if not out:
                raise ResolveError(f"dns: no {'AAAA' if family == socket.AF_INET6 else 'A'} record for {host}")
            return out
        loop = asyncio.get_running_loop()
        try:
            infos = await loop.getaddrinfo(host, port, family=family, type=socket.SOCK_STREAM)
        except socket.gaierror as e:
            raise ResolveError(f"dns: {host}: {e.strerror}") from e
        return [(fam, sa[0], sa[1]) for fam, _, _, _, sa in infos]


def _split_addr(a: str) -> tuple[str, int | None]:
    if a.startswith("["):
        addr, _, rest = a[1:].partition("]")
        return addr, int(rest[1:]) if rest.startswith(":") else None
    if a.count(":") == 1:
        addr, p = a.split(":")
        return addr, int(p)
    return a, None


class Fetcher:
    """GET/HEAD with per-host and overall concurrency bounds, a byte limit and a wall-clock timeout."""

    def __init__(self, resolver: Resolver, *, user_agent: str, timeout: float = 15.0, max_bytes: int = 2 << 20,
                 max_redirects: int = 5, total_concurrency: int = 64, per_host_concurrency: int = 4,
                 ca_file: str | None = None):
        self.resolver = resolver
        self.user_agent = user_agent
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.max_redirects = max_redirects
        self.total = asyncio.Semaphore(total_concurrency)
        self.per_host_limit = per_host_concurrency
        self.per_host: dict[str, asyncio.Semaphore] = {}
        self.ssl = ssl.create_default_context(cafile=ca_file)
        self.requests = 0

    async def fetch(self, url: str, *, method: str = "GET", max_bytes: int | None = None, family: int = 0,
                    follow: bool = True, timeout: float | None = None) -> Response:
        if method not in ("GET", "HEAD"):  # the monitor never submits anything
            raise ValueError(f"refusing method {method}")
        resp = Response(url=url)
        start = time.monotonic()
        try:
            await self._follow(resp, url, method, max_bytes or self.max_bytes, family, follow, timeout or self.timeout)
        except TimeoutError:
            resp.error = "timeout"
        except ResolveError as e:
            resp.error = str(e)
        except ssl.SSLError as e:
            resp.error = f"tls: {e.reason or e}"
        except (OSError, ValueError) as e:
            resp.error = f"connect: {e.strerror or e}" if isinstance(e, OSError) else f"protocol: {e}"
        resp.elapsed = time.monotonic() - start
        return resp

    async def _follow(self, resp: Response, url: str, method: str, max_bytes: int, family: int, follow: bool,
                      timeout: float):
        seen = [url]
        while True:
            await self._one(resp, url, method, max_bytes, family, timeout)
            resp.final_url = url
            location = resp.headers.get("location")
            if not (follow and resp.status in (301, 302, 303, 307, 308) and location):
                return
            nxt = urljoin(url, location.strip())
            if urlsplit(nxt).scheme not in ("http", "https"):
                return
            if nxt in seen:
                resp.error = "redirect loop"
                return
            if len(seen) > self.max_redirects:
                resp.error = "too many redirects"
                return
            seen.append(nxt)
            resp.redirects = tuple(seen[1:])
            url = nxt

    async def _one(self, resp: Response, url: str, method: str, max_bytes: int, family: int, timeout: float):
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"not an http(s) URL: {url[:200]}")
        host = parts.hostname
        port = parts.port or (443 if parts.scheme == "https" else 80)
        targets = await self.resolver.resolve(host, port, family)
        sem = self.per_host.setdefault(host, asyncio.Semaphore(self.per_host_limit))
        # The timeout runs from the first byte sent, not while queued behind the politeness limits.
        async with self.total, sem:
            self.requests += 1
            await asyncio.wait_for(self._attempt(resp, parts, host, targets, method, max_bytes), timeout)

    async def _attempt(self, resp: Response, parts, host: str, targets, method: str, max_bytes: int):
        last: Exception | None = None
        for fam, addr, p in targets:
            try:
                reader, writer = await asyncio.open_connection(
                    addr, p, family=fam, ssl=self.ssl if parts.scheme == "https" else None,
                    server_hostname=host if parts.scheme == "https" else None, limit=MAX_HEADER_BYTES)
            except ssl.SSLError:
                raise
            except OSError as e:
                last = e
                continue
            try:
                resp.peer = addr
                if parts.scheme == "https":
                    cert = writer.get_extra_info("peercert") or {}
                    if cert.get("notAfter"):
                        resp.tls_not_after = datetime.fromtimestamp(ssl.cert_time_to_seconds(cert["notAfter"]), UTC)
                await _exchange(resp, writer, reader, method, parts, host, self.user_agent, max_bytes)
            finally:
                writer.close()
                with contextlib.suppress(Exception):
                    await writer.wait_closed()
            return
        raise last or OSError("no address")


async def _exchange(resp: Response, writer, reader, method: str, parts, host: str, ua: str, max_bytes: int):
    path = parts.path or "/"
    if parts.query:
        path += "?" + parts.query
    host_header = host if not parts.port else f"{host}:{parts.port}"
    writer.write((f"{method} {path} HTTP/1.1\r\nHost: {host_header}\r\nUser-Agent: {ua}\r\n"
                  "Accept: */*\r\nAccept-Encoding: identity\r\nConnection: close\r\n\r\n").encode("ascii", "replace"))
    await writer.drain()
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except asyncio.LimitOverrunError as e:
        raise ValueError("response headers too large") from e
    except asyncio.IncompleteReadError as e:
        raise ValueError("connection closed before a full response head") from e
    lines = head.decode("latin-1").split("\r\n")
    status = lines[0].split(" ", 2)
    if len(status) < 2 or not status[0].startswith("HTTP/") or not status[1].isdigit():
        raise ValueError(f"malformed status line {lines[0][:80]!r}")
    resp.status = int(status[1])
    resp.headers = {}
    for line in lines[1:]:
        if ":" in line:
            k, v = line.split(":", 1)
            resp.headers[k.strip().lower()] = v.strip()
    if method == "HEAD" or resp.status in (204, 304) or 100 <= resp.status < 200:
        resp.body = b""
        return
    length = resp.headers.get("content-length", "")
    chunked = "chunked" in resp.headers.get("transfer-encoding", "").lower()
    want = max_bytes + 1
    if length.isdigit() and not chunked:
        want = min(want, int(length))
    data = bytearray()
    while len(data) < want:
        chunk = await reader.read(min(65536, want - len(data)))
        if not chunk:
            break
        data += chunk
    raw = bytes(data)
    if chunked:
        raw = _dechunk(raw)
    resp.truncated = len(raw) > max_bytes or (length.isdigit() and int(length) > max_bytes)
    resp.body = raw[:max_bytes]


def _dechunk(raw: bytes) -> bytes:
    out = bytearray()
    i = 0
    while i < len(raw):
        j = raw.find(b"\r\n", i)
        if j < 0:
            break
        try:
            size = int(raw[i:j].split(b";")[0].strip() or b"0", 16)
        except ValueError:
            break
        if size == 0:
            break
        out += raw[j + 2:j + 2 + size]
        i = j + 2 + size + 2
    return bytes(out)
