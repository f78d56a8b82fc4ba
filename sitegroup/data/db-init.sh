#!/bin/sh
# The site's PostgreSQL: create the site's role and database (ADR 0008). The official postgres image runs this
# once, when it initialises an empty volume (/docker-entrypoint-initdb.d/, mounted read-only and executable
# from the ConfigMap `db-init` that sitegroup.k8s.database renders from this very file; tests/backup/
# test_database_init.py runs it against a real PostgreSQL 15).
#
# The server's superuser is POSTGRES_USER (postgres), its password in the Secret `database-superuser` that
# only the db pod reads. The site's role, which the CMS and the backup jobs log in as (Secret `database`), is
# NOT a superuser: a superuser can run programs on the server (COPY ... TO PROGRAM), so an SQL injection in
# the CMS would become a shell in the db pod. It may log in, own its database and create databases (a restore
# loads the dump into a new database beside the live one and renames both); ending its own sessions
# (pg_terminate_backend) needs nothing more. It connects to the `postgres` database, the restore's
# maintenance database, through PUBLIC's default CONNECT there.
#
# Environment: POSTGRES_USER, SITE_DB_ROLE, SITE_DB_NAME, SITE_DB_PASSWORD (the Secret `database`'s keys
# username, database, password); libpq's PG* variables if the server is not on the default socket.
# The values never become SQL text: psql reads them with \getenv and quotes them itself (:'v' a literal,
# :"v" an identifier), and the heredoc is quoted, so the shell expands nothing inside it.
#
# If this fails the container exits, and a restart finds an initialised volume without the site's role (the
# image runs init scripts only once): delete the db pod's new, empty PVC `data-db-0` and let it start over.
set -eu

: "${POSTGRES_USER:?}" "${SITE_DB_ROLE:?}" "${SITE_DB_NAME:?}" "${SITE_DB_PASSWORD:?}"

exec psql --no-psqlrc --no-password --quiet --set=ON_ERROR_STOP=1 \
    --username="$POSTGRES_USER" --dbname=postgres <<'SQL'
\getenv role SITE_DB_ROLE
\getenv db SITE_DB_NAME
\getenv password SITE_DB_PASSWORD

-- The password must not reach the server's log, not even inside a failed statement.
SET log_statement = 'none';
SET log_min_error_statement = 'panic';

CREATE ROLE :"role" LOGIN CREATEDB NOSUPERUSER NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD :'password';
-- As a restore creates its databases (sitegroup.backup.postgres.create_database).
CREATE DATABASE :"db" OWNER :"role" TEMPLATE template0 ENCODING 'UTF8';
-- Only its owner connects or creates temporary tables there (and the superuser, who is not subject to it).
REVOKE ALL ON DATABASE :"db" FROM PUBLIC;
SQL
