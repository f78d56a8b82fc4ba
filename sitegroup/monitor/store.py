"""The monitor's history: every availability probe and every inspection's per-site result, so the rolling 7-day
availability and the weekly trends need nothing else.

Two backends behind one small interface, chosen by one option (``--store`` or ``$SITEGROUP_MONITOR_STORE``):
a file path opens an embedded SQLite file (the default, ``build/monitor/<env>.sqlite``), a ``postgresql://`` DSN
a PostgreSQL database (the deployed monitor, sitegroup.k8s.monitor). Both run the same SQL (placeholders aside),
so they answer the same questions with the same results (tests/monitor/test_store.py runs one set of tests over
both). A DSN's password never reaches output or errors: ``describe`` and ``StoreError`` redact it.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
import time
from pathlib import Path
from typing import Any, ClassVar

from sitegroup.contracts import MONITOR_STORE_ENV

__all__ = ["MONITOR_STORE_ENV", "Store", "StoreError", "describe", "open_store"]

# One statement each; {id} and {real}/{json} are the only differences between the two dialects' tables.
_TABLES = (
    "CREATE TABLE IF NOT EXISTS probes (site TEXT NOT NULL, ts {real} NOT NULL, ok INTEGER NOT NULL, "
    "status INTEGER, elapsed {real}, error TEXT)",
    "CREATE INDEX IF NOT EXISTS probes_site_ts ON probes (site, ts)",
    "CREATE TABLE IF NOT EXISTS runs (id {id}, ts {real} NOT NULL, env TEXT NOT NULL, policy TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS runs_env_ts ON runs (env, ts)",
    "CREATE TABLE IF NOT EXISTS results (run BIGINT NOT NULL REFERENCES runs(id), site TEXT NOT NULL, "
    "verdict TEXT NOT NULL, data {json} NOT NULL, PRIMARY KEY (run, site))",
)

# The newest failure's error per site: a correlated MAX instead of SQLite's bare-column MAX (PostgreSQL has no
# such thing) or DISTINCT ON (SQLite has none); the (site, ts) index answers both parts.
_STATS = ("SELECT site, COUNT(*), SUM(1 - ok), COUNT(DISTINCT {day}), AVG(elapsed) FROM probes "
          "WHERE ts >= ? AND ts <= ? GROUP BY site")
_LAST_ERROR = ("SELECT p.site, p.error FROM probes p WHERE p.ok = 0 AND p.ts = (SELECT MAX(q.ts) FROM probes q "
               "WHERE q.site = p.site AND q.ok = 0 AND q.ts >= ? AND q.ts <= ?)")


class StoreError(Exception):
    """The store cannot be opened or used; the message names the store without its password."""


class Store:
    """The history, dialect-neutral; subclasses open the connection and say how their SQL differs."""

    name = ""
    DAY = ""  # the UTC day number of `ts`, truncated
    DIALECT: ClassVar[dict[str, str]] = {}

    def __init__(self, conn: Any, target: str):
        self.db = conn
        self.target = target  # what `describe` shows: safe to print

    # -- the dialect ----------------------------------------------------------------------------------------
    def _sql(self, q: str) -> str:
        return q

    def _exec(self, q: str, params: tuple = ()) -> Any:
        return self.db.execute(self._sql(q), params)

    def _many(self, q: str, rows: list[tuple]) -> None:
        self.db.cursor().executemany(self._sql(q), rows)

    def _transaction(self):
        raise NotImplementedError

    def _json(self, data: dict) -> Any:
        return json.dumps(data, ensure_ascii=False)

    def _load(self, data: Any) -> dict:
        return json.loads(data) if isinstance(data, str) else data

    def create_schema(self) -> None:
        with self._transaction():
            for stmt in _TABLES:
                self._exec(stmt.format(**self.DIALECT))

    def close(self) -> None:
        self.db.close()

    # -- the interface the monitor uses ---------------------------------------------------------------------
    def add_probes(self, rows: list[tuple[str, float, bool, int, float, str]]) -> None:
        with self._transaction():
            self._many("INSERT INTO probes (site, ts, ok, status, elapsed, error) VALUES (?, ?, ?, ?, ?, ?)",
                       [(s, ts, int(bool(ok)), st, el, err) for s, ts, ok, st, el, err in rows])

    def probe_stats(self, since: float, until: float) -> dict[str, dict]:
        """Per site: probes, failures, distinct days with probes, mean seconds, and the newest failure's error."""
        out: dict[str, dict] = {}
        for site, n, failed, days, avg in self._exec(_STATS.format(day=self.DAY), (since, until)).fetchall():
            out[site] = {"probes": int(n), "failures": int(failed or 0), "days": int(days),
                         "avg_seconds": float(avg or 0.0), "last_error": ""}
        for site, error in self._exec(_LAST_ERROR, (since, until)).fetchall():
            if site in out:
                out[site]["last_error"] = error or ""
        return out

    def add_run(self, ts: float, env: str, policy: str, results: list[dict]) -> int:
        with self._transaction():
            run = int(self._exec("INSERT INTO runs (ts, env, policy) VALUES (?, ?, ?) RETURNING id",
                                 (ts, env, policy)).fetchone()[0])
            self._many("INSERT INTO results (run, site, verdict, data) VALUES (?, ?, ?, ?)",
                       [(run, r["site"], r["verdict"], self._json(r)) for r in results])
        return run

    def latest(self, env: str) -> tuple[int, float, list[dict]] | None:
        row = self._exec("SELECT id, ts FROM runs WHERE env = ? ORDER BY ts DESC, id DESC LIMIT 1",
                         (env,)).fetchone()
        if not row:
            return None
        rows = self._exec("SELECT data FROM results WHERE run = ? ORDER BY site", (row[0],)).fetchall()
        return int(row[0]), float(row[1]), [self._load(d) for (d,) in rows]

    def history(self, env: str, weeks: int = 12) -> dict[str, list[tuple[str, str]]]:
        """Per site, the last verdict of each ISO week (oldest first): the dashboard's trend."""
        q = ("SELECT r.ts, s.site, s.verdict FROM runs r JOIN results s ON s.run = r.id WHERE r.env = ? "
             "ORDER BY r.ts, r.id")
        weekly: dict[str, dict[str, str]] = {}
        for ts, site, verdict in self._exec(q, (env,)).fetchall():
            y, w, _ = dt.datetime.fromtimestamp(float(ts), dt.UTC).isocalendar()
            weekly.setdefault(site, {})[f"{y}-W{w:02d}"] = verdict
        return {s: sorted(v.items())[-weeks:] for s, v in weekly.items()}


class SqliteStore(Store):
    name = "sqlite"
    DAY = "CAST(ts / 86400 AS INTEGER)"
    DIALECT: ClassVar[dict[str, str]] = {"id": "INTEGER PRIMARY KEY", "real": "REAL", "json": "TEXT"}

    def __init__(self, path: Path):
        path = Path(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            # A probe round and an inspection may write at once (two CronJobs, an operator): wait for the lock.
            conn = sqlite3.connect(path, timeout=60, isolation_level=None)
            _wal(conn)
        except (OSError, sqlite3.Error) as e:
            raise StoreError(f"monitor store {path}: {e}") from None
        super().__init__(conn, str(path))
        self.create_schema()

    def _transaction(self):
        return _SqliteTx(self.db)

    def _many(self, q: str, rows: list[tuple]) -> None:
        self.db.executemany(q, rows)


def _wal(conn: sqlite3.Connection, seconds: float = 60) -> None:
    """Switch to WAL. SQLite answers "database is locked" at once, without calling the busy handler, when
    another connection is switching a fresh file at the same moment (concurrent first runs): retry until
    the connect timeout's 60 s are spent, as the busy handler would have waited."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as e:
            if ("locked" not in str(e) and "busy" not in str(e)) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


class _SqliteTx:
    """BEGIN IMMEDIATE: take the write lock up front, so two writers queue instead of failing mid-transaction."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def __enter__(self):
        self.conn.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type, *_):
        self.conn.execute("ROLLBACK" if exc_type else "COMMIT")


class PostgresStore(Store):
    name = "postgresql"
    DAY = "floor(ts / 86400)"  # CAST to an integer rounds in PostgreSQL; SQLite's truncates
    # json, not jsonb: the stored text comes back exactly, key order included (same output as SQLite's).
    DIALECT: ClassVar[dict[str, str]] = {"id": "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY",
                                         "real": "DOUBLE PRECISION", "json": "JSON"}
    SCHEMA_LOCK = 0x51736D6F6E  # an advisory lock: concurrent first runs create the tables once, not race

    def __init__(self, dsn: str):
        import psycopg

        target = describe(dsn)
        try:
            conn = psycopg.connect(dsn, autocommit=True, connect_timeout=15,
                                   application_name="sitegroup-monitor")
        except psycopg.Error as e:
            raise StoreError(f"monitor store {target}: {redact(str(e), dsn)}") from None
        super().__init__(conn, target)
        self.create_schema()

    def _sql(self, q: str) -> str:
        return q.replace("?", "%s")

    def _transaction(self):
        return self.db.transaction()

    def create_schema(self) -> None:
        with self._transaction():
            self._exec("SELECT pg_advisory_xact_lock(?)", (self.SCHEMA_LOCK,))
            for stmt in _TABLES:
                self._exec(stmt.format(**self.DIALECT))


def is_dsn(spec: str) -> bool:
    return bool(re.match(r"^postgres(ql)?://", str(spec)))


def describe(spec: str | Path) -> str:
    """The store as it may be printed: a DSN without its password (in the userinfo or the query string)."""
    s = str(spec)
    if not is_dsn(s):
        return s
    s = re.sub(r"^(postgres(?:ql)?://[^:@/?#]*):[^@/?#]*@", r"\1:***@", s)
    return re.sub(r"([?&]password=)[^&#]*", r"\1***", s)


def redact(message: str, dsn: str) -> str:
    """An error message with every occurrence of the DSN's password (raw or percent-encoded) replaced."""
    from urllib.parse import unquote

    secrets = set()
    m = re.match(r"^postgres(?:ql)?://[^:@/?#]*:([^@/?#]*)@", dsn)
    if m:
        secrets |= {m.group(1), unquote(m.group(1))}
    secrets |= {v for part in re.findall(r"[?&]password=([^&#]*)", dsn) for v in (part, unquote(part))}
    for secret in sorted((s for s in secrets if s), key=len, reverse=True):
        message = message.replace(secret, "***")
    return message.replace(dsn, describe(dsn))


def open_store(spec: str | Path) -> Store:
    """A path: SQLite; a postgresql:// DSN: PostgreSQL. Tables are created when missing (idempotent)."""
    if is_dsn(str(spec)):
        return PostgresStore(str(spec))
    if re.search(r"\b(host|dbname|user|password)=", str(spec)):  # a libpq key=value string is not a file name
        raise StoreError("monitor store: write a PostgreSQL store as a postgresql://user@host:port/db URL "
                         "(a key=value connection string would be taken for a file name)")
    return SqliteStore(Path(spec))
