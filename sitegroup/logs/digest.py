"""The daily digest: a signed, hash-chained record of what each store holds for one UTC day, per stream.

Per stream (one site's one kind) the digest keeps the number of lines and a set hash of them: the sum of
SHAKE-256 (2048-bit) hashes of each line's canonical JSON, modulo 2^2048 (AdHash, Bellare–Micciancio). A sum
does not depend on the order the store returns lines in, so one streaming pass with constant memory per stream
is enough, and it changes when a line is added, removed or altered. The wide modulus keeps Wagner-style
collision search out of reach.

Records form a chain per store: each names the hash of the previous day's record and is signed with the
evidence key. A removed day breaks the chain; a changed record breaks its signature; a store whose day no
longer hashes to the record shows which streams differ. The records live outside the store (the backup
target's append-only repository in the cluster), so the store's operators cannot rewrite both.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sitegroup.logs import signing

MODULUS_BITS = 2048
_MOD = 1 << MODULUS_BITS
GENESIS = "0" * 64
SKIP_FIELDS = ("_stream_id",)  # an internal id of the store, not part of what was logged


def canonical(row: dict) -> bytes:
    return json.dumps({k: v for k, v in row.items() if k not in SKIP_FIELDS}, sort_keys=True,
                      ensure_ascii=False, separators=(",", ":")).encode()


def line_hash(row: dict) -> int:
    return int.from_bytes(hashlib.shake_256(canonical(row)).digest(MODULUS_BITS // 8), "big")


def day_window(day: date) -> str:
    start = datetime(day.year, day.month, day.day, tzinfo=UTC)
    end = start + timedelta(days=1)
    return f"_time:[{start:%Y-%m-%dT%H:%M:%SZ}, {end:%Y-%m-%dT%H:%M:%SZ})"


def summarise(rows: Iterable[dict]) -> dict[str, dict]:
    acc: dict[str, list[int]] = {}
    for row in rows:
        slot = acc.setdefault(row.get("_stream", "{}"), [0, 0])
        slot[0] += 1
        slot[1] = (slot[1] + line_hash(row)) % _MOD
    return {stream: {"lines": n, "sethash": hashlib.sha256(s.to_bytes(MODULUS_BITS // 8, "big")).hexdigest()}
            for stream, (n, s) in sorted(acc.items())}


def _record_hash(record: dict) -> str:
    return hashlib.sha256(json.dumps(record, sort_keys=True, separators=(",", ":")).encode()).hexdigest()


@dataclass(frozen=True)
class Chain:
    """One store's digest records: <dir>/<store>/<YYYY-MM-DD>.json."""

    dir: Path
    store: str

    @property
    def path(self) -> Path:
        return self.dir / self.store

    def days(self) -> list[date]:
        return sorted(date.fromisoformat(p.stem) for p in self.path.glob("*.json")) if self.path.is_dir() else []

    def read(self, day: date) -> dict:
        return json.loads((self.path / f"{day.isoformat()}.json").read_text())

    def write(self, day: date, streams: dict[str, dict], key, made_at: datetime) -> dict:
        earlier = [d for d in self.days() if d < day]
        if day in self.days():
            raise FileExistsError(f"{self.path / day.isoformat()}.json exists: a day's digest is written once")
        if any(d > day for d in self.days()):
            raise ValueError(f"{self.store}: a later day is already chained; digests are written in day order")
        prev = self.read(earlier[-1])["hash"] if earlier else GENESIS
        record = {"version": 1, "store": self.store, "day": day.isoformat(), "streams": streams,
                  "lines": sum(s["lines"] for s in streams.values()), "prev": prev,
                  "made_at": made_at.astimezone(UTC).isoformat()}
        h = _record_hash(record)
        doc = {"record": record, "hash": h, "signature": signing.sign(key, h.encode())}
        self.path.mkdir(parents=True, exist_ok=True)
        (self.path / f"{day.isoformat()}.json").write_text(json.dumps(doc, indent=1, sort_keys=True))
        return doc

    def check_chain(self, public_key) -> list[str]:
        """Problems with the records themselves: signatures, hashes, links. Empty when the chain holds."""
        problems: list[str] = []
        prev = GENESIS
        for day in self.days():
            doc = self.read(day)
            if _record_hash(doc["record"]) != doc["hash"]:
                problems.append(f"{self.store} {day}: the record does not hash to its recorded hash (edited)")
            try:
                signing.verify(public_key, doc["hash"].encode(), doc["signature"])
            except signing.SignatureError as e:
                problems.append(f"{self.store} {day}: {e}")
            if doc["record"]["prev"] != prev:
                problems.append(f"{self.store} {day}: does not follow the previous record (a day removed?)")
            prev = doc["hash"]
        return problems


def compare(recorded: dict[str, dict], now: dict[str, dict]) -> list[str]:
    """How the store's day differs from its digest, per stream."""
    out = []
    for stream in sorted(set(recorded) | set(now)):
        a, b = recorded.get(stream), now.get(stream)
        if a == b:
            continue
        if a is None:
            out.append(f"{stream}: {b['lines']} line(s) not in the digest (added after it)")
        elif b is None:
            out.append(f"{stream}: all {a['lines']} line(s) of the digest are gone")
        elif a["lines"] != b["lines"]:
            out.append(f"{stream}: {a['lines']} line(s) in the digest, {b['lines']} now")
        else:
            out.append(f"{stream}: same {a['lines']} line(s) but their content changed")
    return out
