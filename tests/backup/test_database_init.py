"""The site database's init script (sitegroup/data/db-init.sh, the very file the ConfigMap `db-init` carries)
against a real PostgreSQL 15: run with `sh` and the environment the official image gives it (the superuser's
libpq settings, POSTGRES_USER, the site's role, database and password from the Secret `database`).

The role it creates can do what the CMS and the restore need (log in, own its database, create and rename
databases, end its own sessions, use the `postgres` database as the restore's maintenance database) and
nothing a superuser could (COPY ... TO PROGRAM, create roles); a hostile password is only a password.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator

import psycopg
import pytest

from sitegroup.backup import postgres
from tests.backup.pgserver import SUPERUSER, SUPERUSER_PASSWORD, PgServer
from tests.conftest import REPO

pytestmark = pytest.mark.slow

INIT = REPO / "sitegroup" / "data" / "db-init.sh"


@pytest.fixture(scope="module")
def server() -> Iterator[PgServer]:
    """A server with its superuser only: the site's roles are the script's."""
    pg = PgServer.start(site_role=False)
    try:
        yield pg
    finally:
        pg.stop()


def run_init(pg: PgServer, role: str, db: str, password: str, **extra: str) -> subprocess.CompletedProcess:
    env = {
        "PATH": f"{pg.bindir}:{os.environ['PATH']}",  # the server's own psql, as in the image
        "PGHOST": "127.0.0.1", "PGPORT": str(pg.port), "PGUSER": SUPERUSER, "PGPASSWORD": SUPERUSER_PASSWORD,
        "POSTGRES_USER": SUPERUSER,
        "SITE_DB_ROLE": role, "SITE_DB_NAME": db, "SITE_DB_PASSWORD": password,
        **extra,
    }
    return subprocess.run(["sh", str(INIT)], env=env, capture_output=True, text=True, timeout=60, check=False)


def connect(pg: PgServer, user: str, password: str, dbname: str) -> psycopg.Connection:
    return psycopg.connect(host="127.0.0.1", port=pg.port, user=user, password=password, dbname=dbname,
                           autocommit=True)


def superuser(pg: PgServer) -> psycopg.Connection:
    return connect(pg, SUPERUSER, SUPERUSER_PASSWORD, "postgres")


def state(pg: PgServer) -> tuple[dict, set[str]]:
    """Every role with its attributes, every database."""
    with superuser(pg) as conn:
        roles = {r[0]: r[1:] for r in conn.execute(
            "SELECT rolname, rolsuper, rolcreaterole, rolcreatedb, rolcanlogin, rolreplication, rolbypassrls "
            "FROM pg_roles")}
        dbs = {r[0] for r in conn.execute("SELECT datname FROM pg_database")}
    return roles, dbs


def test_the_site_role_can_run_the_site_and_its_restore_and_nothing_more(server, monkeypatch, tmp_path):
    password = "cms 站群 secret"
    roles_before, dbs_before = state(server)
    proc = run_init(server, "cms", "cms", password)
    assert proc.returncode == 0, proc.stderr
    roles, dbs = state(server)
    assert set(roles) - set(roles_before) == {"cms"} and dbs - dbs_before == {"cms"}
    # (superuser, createrole, createdb, login, replication, bypassrls)
    assert roles["cms"] == (False, False, True, True, False, False)
    assert roles[SUPERUSER][0] is True

    with connect(server, "cms", password, "cms") as conn:
        assert conn.execute("SELECT current_user, current_database()").fetchone() == ("cms", "cms")
        owner, encoding = conn.execute(
            "SELECT pg_get_userbyid(datdba), pg_encoding_to_char(encoding) FROM pg_database "
            "WHERE datname = 'cms'").fetchone()
        assert (owner, encoding) == ("cms", "UTF8")
        conn.execute("CREATE TABLE public.articles (id int PRIMARY KEY, title text)")  # it owns schema public
        conn.execute("INSERT INTO public.articles VALUES (1, '通知')")
        # What an SQL injection in the CMS would try first: run a program as the server. Refused.
        marker = tmp_path / "pwned"
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(f"COPY (SELECT 1) TO PROGRAM 'touch {marker}'")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("COPY public.articles FROM '/etc/passwd'")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("CREATE ROLE intruder SUPERUSER LOGIN")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("ALTER ROLE cms SUPERUSER")
        # Nor can it give itself the predefined roles or functions that would do the same: it is not the
        # bootstrap role (OID 10, owner of the catalogs), which could, even without SUPERUSER.
        assert conn.execute("SELECT oid <> 10 FROM pg_roles WHERE rolname = 'cms'").fetchone() == (True,)
        for grant in ("GRANT pg_execute_server_program TO cms", "GRANT pg_read_server_files TO cms",
                      "GRANT EXECUTE ON FUNCTION pg_read_file(text) TO cms"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(grant)
        assert not marker.exists()

    # No one but its owner (and the superuser) may connect to the site's database.
    with superuser(server) as conn:
        conn.execute("CREATE ROLE bystander LOGIN PASSWORD 'bystander'")
        assert conn.execute("SELECT has_database_privilege('bystander', 'cms', 'CONNECT'), "
                            "has_database_privilege('bystander', 'postgres', 'CONNECT')").fetchone() == (False, True)
    with pytest.raises(psycopg.OperationalError, match="permission denied"):
        connect(server, "bystander", "bystander", "cms")

    # The restore, as the incident Job runs it: the libpq environment of Secret `database`, the `postgres`
    # database as maintenance database; create beside the live one, swap the names, end the CMS's session.
    for key, value in {"PGHOST": "127.0.0.1", "PGPORT": str(server.port), "PGUSER": "cms", "PGPASSWORD": password,
                       "PGDATABASE": "cms"}.items():
        monkeypatch.setenv(key, value)
    cms_session = connect(server, "cms", password, "cms")
    postgres.create_database("cms_restore_1", "postgres")
    with connect(server, "cms", password, "cms_restore_1") as conn:
        conn.execute("CREATE TABLE public.articles (id int PRIMARY KEY, title text)")
        conn.execute("INSERT INTO public.articles VALUES (1, '通知'), (2, '公告')")
    postgres.swap("cms", "cms_restore_1", "cms_replaced_1", "postgres")
    with pytest.raises(psycopg.OperationalError):
        cms_session.execute("SELECT 1")  # ended by the swap: the CMS reconnects to the restored database
    cms_session.close()
    with connect(server, "cms", password, "cms") as conn:
        assert conn.execute("SELECT count(*) FROM public.articles").fetchone() == (2,)
    with superuser(server) as conn:
        kept = conn.execute("SELECT pg_get_userbyid(datdba), datallowconn FROM pg_database "
                            "WHERE datname = 'cms_replaced_1'").fetchone()
    assert kept == ("cms", False)  # the replaced database, kept for forensics, refuses connections
    # And the role may drop what it created (a failed restore cleans up after itself).
    postgres.create_database("cms_restore_2", "postgres")
    postgres.drop_database("cms_restore_2", "postgres")


@pytest.mark.parametrize("role", ["site_hostile", 'site "role"; DROP ROLE postgres; --'])
def test_a_hostile_password_is_only_a_password(server, tmp_path, role):
    markers = [tmp_path / name for name in ("shell", "backtick", "psql")]
    password = ("x'; DROP ROLE postgres; --\\" + "\n\\! touch " + str(markers[2]) + "\n"
                + f"$(touch {markers[0]}) `touch {markers[1]}` \\' \" ; :'password' :role 站群\t end")
    db = role + " db"
    roles_before, dbs_before = state(server)
    proc = run_init(server, role, db, password)
    assert proc.returncode == 0, proc.stderr
    roles, dbs = state(server)
    # Exactly one role and one database more, the superuser untouched, no command run anywhere.
    assert set(roles) - set(roles_before) == {role} and set(roles_before) <= set(roles)
    assert {r: roles[r] for r in roles_before} == roles_before
    assert dbs - dbs_before == {db} and dbs_before <= dbs
    assert roles[role] == (False, False, True, True, False, False)
    assert not any(m.exists() for m in markers)
    # The password is the literal string, every character of it.
    with connect(server, role, password, db) as conn:
        assert conn.execute("SELECT current_user").fetchone() == (role,)
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        connect(server, role, "x", db)
    # It did not reach the server's log either.
    log = (server.base / "server.log").read_text(errors="replace")
    assert "x'; DROP" not in log and str(markers[0]) not in log


def test_it_stops_at_the_first_error_and_refuses_a_missing_value(server):
    assert run_init(server, "site_once", "site_once", "pw-one").returncode == 0
    roles_before, dbs_before = state(server)
    # Run again for the same role (an initialised server): CREATE ROLE fails, nothing after it runs.
    proc = run_init(server, "site_once", "site_once_again", "pw-two")
    assert proc.returncode != 0 and "already exists" in proc.stderr
    assert state(server) == (roles_before, dbs_before)
    with connect(server, "site_once", "pw-one", "site_once"):
        pass  # the password did not change either
    # No password: the script refuses before psql runs.
    proc = run_init(server, "site_nopw", "site_nopw", "")
    assert proc.returncode != 0 and "SITE_DB_PASSWORD" in proc.stderr
    assert state(server) == (roles_before, dbs_before)
