"""What a responder asks the store: one site's access and WAF lines in a time window, joined on the request id.

The WAF tier sets ``$request_id`` on every request: the access log carries it as ``request_id`` and ModSecurity's
transaction id ends with it (sitegroup/waf/render.py), and the collector extracts both into ``request_id``. So
"what happened to this request" is one filter, and "which requests hit rule 942100" is the WAF lines with the
rule plus the access lines of the same request ids.
"""

from __future__ import annotations

import ipaddress
import json
import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sitegroup.logs.policy import Retention

_SITE = re.compile(r"^[a-z0-9-]{1,63}$")
_REQUEST_ID = re.compile(r"^[0-9a-f]{32}$")
_RULE = re.compile(r"^[0-9]{1,9}$")
JOINED_KINDS = ("access", "waf")
MAX_IDS_PER_QUERY = 500


class QueryError(RuntimeError):
    pass


@dataclass(frozen=True)
class Window:
    since: datetime
    until: datetime

    def __post_init__(self) -> None:
        if self.since.tzinfo is None or self.until.tzinfo is None:
            raise QueryError("--since/--until need a time zone (e.g. 2026-11-27T08:00+08:00)")
        if self.until <= self.since:
            raise QueryError("--until must be after --since")

    def logsql(self) -> str:
        return f"_time:[{_ts(self.since)}, {_ts(self.until)})"


def _ts(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def quote(value: str) -> str:
    """A LogsQL string literal (JSON string escaping is what LogsQL accepts)."""
    return json.dumps(value, ensure_ascii=False)


@dataclass(frozen=True)
class Filters:
    request_id: str | None = None
    client: str | None = None
    rule: str | None = None

    def __post_init__(self) -> None:
        if self.request_id is not None and not _REQUEST_ID.match(self.request_id):
            raise QueryError(f"--request-id {self.request_id!r}: the WAF tier's ids are 32 hex digits")
        if self.client is not None:
            try:
                ipaddress.ip_address(self.client)
            except ValueError:
                raise QueryError(f"--client {self.client!r} is not an IP address") from None
        if self.rule is not None and not _RULE.match(self.rule):
            raise QueryError(f"--rule {self.rule!r}: a ModSecurity rule id is a number, e.g. 942100")


def check_site(site: str) -> str:
    if not _SITE.match(site):
        raise QueryError(f"site id {site!r}: lower-case letters, digits and '-'")
    return site


@dataclass
class Client:
    """Reads through the gateway: ``<gateway>/<store>/select/logsql/query`` with a bearer token."""

    gateway: str
    token: str
    retention: Retention
    timeout: float = 60

    def __post_init__(self) -> None:
        if not self.gateway.startswith(("http://", "https://")):
            raise QueryError(f"the log gateway {self.gateway!r} must be an http(s):// URL")

    def stream(self, store: str, logsql: str) -> Iterator[dict]:
        data = urllib.parse.urlencode({"query": logsql}).encode()
        req = urllib.request.Request(f"{self.gateway.rstrip('/')}/{store}/select/logsql/query", data=data,  # noqa: S310
                                     headers={"Authorization": f"Bearer {self.token}"})
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as r:  # noqa: S310 (an operator's URL)
                for line in r:
                    if line.strip():
                        yield json.loads(line)
        except urllib.error.HTTPError as e:
            raise QueryError(f"{store}: HTTP {e.code}: {e.read().decode(errors='replace')[:300]}") from None
        except urllib.error.URLError as e:
            raise QueryError(f"{store}: cannot reach the log gateway {self.gateway}: {e.reason}") from None

    def kinds(self, kinds: tuple[str, ...], logsql: str) -> list[dict]:
        """The lines of these kinds, each kind asked of the store that keeps it."""
        rows: list[dict] = []
        for store, (_days, kept) in self.retention.stores().items():
            wanted = [k for k in kinds if k in kept]
            if wanted:
                kind_filter = " or ".join(f"kind:={quote(k)}" for k in wanted)
                rows.extend(self.stream(store, f"({kind_filter}) {logsql}"))
        return rows


@dataclass
class Incident:
    request_id: str
    access: list[dict] = field(default_factory=list)
    waf: list[dict] = field(default_factory=list)

    @property
    def time(self) -> str:
        return min((r.get("_time", "") for r in self.access + self.waf), default="")

    @property
    def rule_ids(self) -> list[str]:
        out: list[str] = []
        for w in self.waf:
            for rid in str(w.get("rule_ids", "")).split():
                if rid not in out:
                    out.append(rid)
        return out

    def as_dict(self) -> dict:
        return {"request_id": self.request_id, "time": self.time, "rule_ids": self.rule_ids,
                "access": self.access, "waf": self.waf}


def incidents(client: Client, site: str, window: Window, f: Filters) -> tuple[list[Incident], list[dict]]:
    """(requests joined on their id, every line read) for one site."""
    base = f"{{site={quote(check_site(site))}}} {window.logsql()}"
    if f.request_id:
        rows = client.kinds(JOINED_KINDS, f"{base} request_id:={quote(f.request_id)}")
    else:
        if f.rule:
            # The WAF lines with the rule (a word of rule_ids), then every line of those requests.
            first = client.kinds(("waf",), f"{base} rule_ids:{quote(f.rule)}")
        elif f.client:
            first = client.kinds(JOINED_KINDS, f"{base} client:={quote(f.client)}")
        else:
            rows = client.kinds(JOINED_KINDS, base)
            return join(rows), rows
        ids = sorted({r["request_id"] for r in first if r.get("request_id")})
        rows = [r for r in first if not r.get("request_id")]
        for i in range(0, len(ids), MAX_IDS_PER_QUERY):
            chunk = ", ".join(quote(x) for x in ids[i:i + MAX_IDS_PER_QUERY])
            rows.extend(client.kinds(JOINED_KINDS, f"{base} request_id:in({chunk})"))
    return join(rows), rows


def join(rows: list[dict]) -> list[Incident]:
    by_id: dict[str, Incident] = {}
    for r in rows:
        rid = r.get("request_id") or f"(no id) {r.get('_time', '')}"
        inc = by_id.setdefault(rid, Incident(rid))
        target = inc.waf if r.get("kind") == "waf" else inc.access
        if r not in target:
            target.append(r)
    return sorted(by_id.values(), key=lambda i: (i.time, i.request_id))


def text_report(found: list[Incident]) -> str:
    lines = [f"{'time (UTC)':<27} {'request id':<32} {'client':<15} {'status':>6}  request / WAF rules"]
    for inc in found:
        a = inc.access[0] if inc.access else {}
        w = inc.waf[0] if inc.waf else {}
        client = a.get("client") or w.get("client", "")
        status = a.get("status") or w.get("status", "")
        req = f"{a.get('method') or w.get('method', '')} {a.get('uri') or w.get('uri', '')}".strip()
        rules = " ".join(inc.rule_ids)
        lines.append(f"{inc.time:<27} {inc.request_id:<32} {client:<15} {status:>6}  {req}"
                     + (f"\n{'':<84}rules: {rules}" if rules else ""))
    lines.append(f"{len(found)} request(s)")
    return "\n".join(lines)
