"""PostgreSQL for site backups: a consistent dump with a fingerprint of its data, a verified load, a rename swap.

The connection always comes from libpq's environment (PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD or
PGPASSFILE), in the cluster's jobs and on a responder's laptop alike, so a password is never on a command line.
``pg_dump``/``pg_restore`` inherit the same environment.

Why a fingerprint: a restore is "verified against what was backed up" only if something about the data was
recorded when it was dumped. ``pg_export_snapshot()`` lets our session and ``pg_dump`` read the very same
MVCC snapshot, so the per-table row counts and row hashes recorded here describe exactly the rows in the dump,
even while the CMS keeps writing. After a restore the same fingerprint is taken of the restored database and
the two must be equal.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

Progress = Callable[[str], None]

# Every setting that changes how a row is spelt as text: fixed, so the dump side and the restore side agree.
SESSION_SETTINGS = {
    "TimeZone": "UTC",
    "DateStyle": "ISO, YMD",
    "IntervalStyle": "postgres",
    "extra_float_digits": "1",
    "bytea_output": "hex",
    "search_path": "pg_catalog",  # every name below is schema-qualified
}
SYSTEM_SCHEMAS = ("pg_catalog", "information_schema", "pg_toast")


class DatabaseError(Exception):
    """A database step failed; ``kind`` says why in one word (as BackupError does)."""

    def __init__(self, message: str, kind: str = "database") -> None:
        super().__init__(message)
        self.kind = kind


def _psycopg():
    try:
        import psycopg
    except ImportError as exc:  # pragma: no cover - a dependency of the package
        raise DatabaseError("the psycopg package is missing: pip install 'psycopg[binary]'", "usage") from exc
    return psycopg


def target_database() -> str:
    """The live database's name, from PGDATABASE (libpq would default to the user name: too implicit here)."""
    name = os.environ.get("PGDATABASE", "")
    if not name:
        raise DatabaseError("PGDATABASE is not set: say which database holds the site (libpq environment)", "usage")
    return name


@contextmanager
def connect(dbname: str | None = None, *, autocommit: bool = False) -> Iterator[Any]:
    """A connection from the libpq environment, optionally to another database of the same server."""
    psycopg = _psycopg()
    kwargs: dict[str, Any] = {"autocommit": autocommit, "connect_timeout": 15, "application_name": "sitegroup"}
    if dbname is not None:
        kwargs["dbname"] = dbname
    try:
        conn = psycopg.connect(**kwargs)
    except psycopg.OperationalError as exc:
        where = f"{os.environ.get('PGHOST', 'local socket')}:{os.environ.get('PGPORT', '5432')}"
        raise DatabaseError(f"cannot connect to PostgreSQL at {where} (database {dbname or 'from PGDATABASE'}): "
                            f"{str(exc).strip().splitlines()[-1]}", "connect") from exc
    try:
        for name, value in SESSION_SETTINGS.items():
            conn.execute("SELECT set_config(%s, %s, false)", (name, value))
        if not autocommit:
            conn.commit()
        yield conn
    finally:
        conn.close()


# -- fingerprint -----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Fingerprint:
    """What the data of a database is, in a few numbers per table. Row order does not matter: each row's
    md5 is summed as two 64-bit halves (a multiset hash), which PostgreSQL computes while streaming."""

    tables: dict[str, dict[str, Any]]  # "schema.table" -> {"rows": n, "hash": "a-b"}
    sequences: dict[str, dict[str, Any]]  # "schema.sequence" -> {"last_value": n, "is_called": bool}, as read
    large_objects: int

    @property
    def rows(self) -> int:
        return sum(t["rows"] for t in self.tables.values())

    def to_json(self) -> dict[str, Any]:
        return {"tables": self.tables, "sequences": self.sequences, "large_objects": self.large_objects}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Fingerprint:
        return cls(dict(data["tables"]), dict(data["sequences"]), int(data["large_objects"]))

    def differences(self, actual: Fingerprint) -> list[str]:
        """Human-readable differences, empty when equal."""
        out: list[str] = []
        # Sequences are compared by name only: nextval() is not transactional, so neither our read nor
        # pg_dump's sees a sequence as of the snapshot, and a busy CMS moves it between the two reads.
        for kind, want, have in (("table", self.tables, actual.tables), ("sequence", self.sequences,
                                                                         actual.sequences)):
            for name in sorted(want.keys() - have.keys()):
                out.append(f"{kind} {name} missing")
            for name in sorted(have.keys() - want.keys()):
                out.append(f"{kind} {name} not in the backup")
            for name in sorted(want.keys() & have.keys()):
                if kind == "table" and want[name] != have[name]:
                    out.append(f"{kind} {name}: expected {want[name]}, found {have[name]}")
        if self.large_objects != actual.large_objects:
            out.append(f"large objects: expected {self.large_objects}, found {actual.large_objects}")
        return out


_TABLES = """
SELECT n.nspname, c.relname, c.relkind FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'S') AND n.nspname <> ALL(%s) AND n.nspname NOT LIKE 'pg\\_temp\\_%%'
  AND n.nspname NOT LIKE 'pg\\_toast\\_temp\\_%%'
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d            -- tables an extension owns are not dumped
                  WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
ORDER BY 1, 2
"""


def fingerprint(conn: Any) -> Fingerprint:
    """Fingerprint every user table and sequence visible to ``conn`` in its current transaction."""
    sql = _psycopg().sql
    tables: dict[str, dict[str, Any]] = {}
    sequences: dict[str, dict[str, Any]] = {}
    for schema, name, kind in conn.execute(_TABLES, (list(SYSTEM_SCHEMAS),)).fetchall():
        ident = sql.Identifier(schema, name)
        key = f"{schema}.{name}"
        if kind == "S":
            last, called = conn.execute(sql.SQL("SELECT last_value, is_called FROM {}").format(ident)).fetchone()
            sequences[key] = {"last_value": int(last), "is_called": bool(called)}
            continue
        # ONLY: a partition's or child's rows are counted in their own table, not again in the parent.
        query = sql.SQL(
            "SELECT count(*), coalesce(sum(('x' || substr(h, 1, 16))::bit(64)::bigint::numeric), 0),"
            " coalesce(sum(('x' || substr(h, 17, 16))::bit(64)::bigint::numeric), 0)"
            " FROM (SELECT md5(t::text) AS h FROM ONLY {} AS t) AS s"
        ).format(ident)
        rows, low, high = conn.execute(query).fetchone()
        tables[key] = {"rows": int(rows), "hash": f"{int(low):x}-{int(high):x}"}
    large = conn.execute("SELECT count(*) FROM pg_catalog.pg_largeobject_metadata").fetchone()[0]
    return Fingerprint(tables, sequences, int(large))


# -- dump ------------------------------------------------------------------------------------------------------


def _binary(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise DatabaseError(f"{name} not found on PATH: install the PostgreSQL client (Debian: postgresql-client)",
                            "usage")
    return path


def _last_error(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    return lines[-1].strip() if lines else "no message"


def dump(path: Path, progress: Progress) -> tuple[Fingerprint, dict[str, Any]]:
    """``pg_dump`` the PGDATABASE database into ``path`` (custom format) and fingerprint the same snapshot.

    The dump is written uncompressed (``-Z0``): restic deduplicates the unchanged tables of an hourly dump
    against the last one, and compresses by itself from repository format 2 on; a compressed dump would be new
    bytes every time.
    """
    database = target_database()
    pg_dump = _binary("pg_dump")
    with connect() as conn:
        conn.execute("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        snapshot = conn.execute("SELECT pg_catalog.pg_export_snapshot()").fetchone()[0]
        server = conn.execute("SELECT pg_catalog.current_setting('server_version')").fetchone()[0]
        progress(f"dumping database {database} (PostgreSQL {server}, snapshot {snapshot})")
        # pg_dump imports the snapshot while our transaction holds it open; it must start before we commit.
        proc = subprocess.Popen(
            [pg_dump, "--format=custom", "--compress=0", f"--snapshot={snapshot}", "--lock-wait-timeout=60s",
             "--no-password", f"--file={path}"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        progress("fingerprinting the same snapshot (row counts and hashes per table)")
        try:
            fp = fingerprint(conn)
        finally:
            _, stderr = proc.communicate()
        conn.rollback()
    if proc.returncode != 0:
        raise DatabaseError(f"pg_dump of {database} failed (exit {proc.returncode}): {_last_error(stderr)}", "dump")
    info = {"database": database, "server_version": server}
    return fp, info


# -- load, verify, swap ----------------------------------------------------------------------------------------


def create_database(name: str, maintenance_db: str) -> None:
    """An empty UTF-8 database owned by the connecting role, closed to PUBLIC as the site's database is
    (sitegroup/data/db-init.sh): once swapped in, it must not let other roles connect that could not before."""
    sql = _psycopg().sql
    ident = sql.Identifier(name)
    with connect(maintenance_db, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {} TEMPLATE template0 ENCODING 'UTF8'").format(ident))
        conn.execute(sql.SQL("REVOKE ALL ON DATABASE {} FROM PUBLIC").format(ident))


def drop_database(name: str, maintenance_db: str) -> None:
    sql = _psycopg().sql
    with connect(maintenance_db, autocommit=True) as conn:
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


def load(dump_file: Path, database: str) -> None:
    """pg_restore into an empty database; any error stops it and nothing is half-loaded (one transaction).
    Ownership and grants are not replayed: the restoring role owns what it restores, as the site's role does."""
    pg_restore = _binary("pg_restore")
    proc = subprocess.run(
        [pg_restore, "--no-owner", "--no-acl", "--exit-on-error", "--single-transaction", "--no-password",
         f"--dbname={database}", str(dump_file)],
        capture_output=True,
        text=True,
        env={**os.environ, "PGDATABASE": database},
    )
    if proc.returncode != 0:
        raise DatabaseError(f"pg_restore into {database} failed: {_last_error(proc.stderr)}", "restore")


def fingerprint_of(database: str) -> Fingerprint:
    with connect(database) as conn:
        conn.execute("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        fp = fingerprint(conn)
        conn.rollback()
    return fp


def swap(live: str, restored: str, replaced: str, maintenance_db: str, attempts: int = 5) -> None:
    """Make ``restored`` the live database and keep the old one as ``replaced``, in one transaction: a client
    finds either the old database or the restored one under the live name, never none.

    Renaming needs the live database without sessions: new connections are refused first, then the open
    ones ended (the CMS reconnects and lands on the restored data). The replaced database keeps refusing
    connections, preserved for forensics.
    """
    psycopg = _psycopg()
    sql = psycopg.sql
    live_id, restored_id, replaced_id = (sql.Identifier(n) for n in (live, restored, replaced))
    with connect(maintenance_db, autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_catalog.pg_database WHERE datname = %s", (live,)).fetchone()
        if not exists:  # the site's database was dropped: the restored one simply takes its name
            conn.execute(sql.SQL("ALTER DATABASE {} RENAME TO {}").format(restored_id, live_id))
            return
        conn.execute(sql.SQL("ALTER DATABASE {} WITH ALLOW_CONNECTIONS false").format(live_id))
        try:
            for attempt in range(attempts):
                conn.execute(
                    "SELECT pg_catalog.pg_terminate_backend(pid) FROM pg_catalog.pg_stat_activity "
                    "WHERE datname = %s AND pid <> pg_catalog.pg_backend_pid()",
                    (live,),
                )
                try:
                    with conn.transaction():
                        conn.execute(sql.SQL("ALTER DATABASE {} RENAME TO {}").format(live_id, replaced_id))
                        conn.execute(sql.SQL("ALTER DATABASE {} RENAME TO {}").format(restored_id, live_id))
                    return
                except psycopg.errors.ObjectInUse:
                    if attempt == attempts - 1:
                        raise
                    conn.execute("SELECT pg_catalog.pg_sleep(0.2)")
        except psycopg.Error as exc:
            conn.execute(sql.SQL("ALTER DATABASE {} WITH ALLOW_CONNECTIONS true").format(live_id))
            raise DatabaseError(f"could not swap the restored database in: {exc}".strip(), "swap") from exc
