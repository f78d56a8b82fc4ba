"""A real PostgreSQL server on 127.0.0.1 for the database backup tests, and a CMS-like database to fill it.

The server runs Debian's PostgreSQL binaries (postgresql-15, installed by ./run test) from a temporary data
directory, as the ``postgres`` user when the tests run as root (PostgreSQL refuses to run as root). The site's
role ``cms`` is NOT a superuser: it owns its database and may create databases, as the least privilege a
restore (load beside the live database, rename) needs.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import psycopg

from tests.conftest import require

SUPERUSER, SUPERUSER_PASSWORD = "postgres", "superuser-secret"
SITE_ROLE, SITE_PASSWORD = "cms", "cms 站群 secret"


def _bindir() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not found:
        require("/usr/lib/postgresql/15/bin/initdb")  # skips locally, fails on CI: ./run test installs it
    return Path(found[-1]).parent


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class PgServer:
    base: Path
    port: int
    bindir: Path

    def _as_owner(self, *argv: str) -> list[str]:
        if os.geteuid() == 0:
            return ["runuser", "-u", "postgres", "--", *argv]
        return list(argv)

    @classmethod
    def start(cls, *, site_role: bool = True) -> PgServer:
        """A running server with its superuser; with ``site_role`` also the role ``cms`` (as a site's server
        has it; without, for tests that create the site's role themselves, as sitegroup/data/db-init.sh does)."""
        bindir = _bindir()
        require("pg_dump", "pg_restore")
        base = Path(tempfile.mkdtemp(prefix="sitegroup-pg-", dir="/tmp"))
        base.chmod(0o755)
        server = cls(base, _free_port(), bindir)
        (base / "data").mkdir()
        pwfile = base / "pw"
        pwfile.write_text(SUPERUSER_PASSWORD + "\n")
        if os.geteuid() == 0:
            uid = pwd.getpwnam("postgres").pw_uid
            for path in (base, base / "data", pwfile):
                os.chown(path, uid, -1)
        subprocess.run(
            server._as_owner(str(bindir / "initdb"), "-D", str(base / "data"), "-U", SUPERUSER,
                             f"--pwfile={pwfile}", "--auth=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8"),
            check=True, capture_output=True,
        )
        subprocess.run(
            server._as_owner(
                str(bindir / "pg_ctl"), "-D", str(base / "data"), "-l", str(base / "server.log"), "-w", "start",
                "-o", f"-c listen_addresses=127.0.0.1 -c port={server.port} -c unix_socket_directories={base}"
                " -c fsync=off -c full_page_writes=off",
            ),
            check=True, capture_output=True,
        )
        if site_role:
            with server.connect("postgres", superuser=True) as conn:
                conn.execute(f"CREATE ROLE {SITE_ROLE} LOGIN CREATEDB PASSWORD '{SITE_PASSWORD}'")
        return server

    def stop(self) -> None:
        subprocess.run(self._as_owner(str(self.bindir / "pg_ctl"), "-D", str(self.base / "data"), "-m",
                                      "immediate", "stop"), check=False, capture_output=True)
        shutil.rmtree(self.base, ignore_errors=True)

    def env(self, database: str) -> dict[str, str]:
        """The libpq environment a backup job gets: the site's role, its database."""
        return {"PGHOST": "127.0.0.1", "PGPORT": str(self.port), "PGUSER": SITE_ROLE, "PGPASSWORD": SITE_PASSWORD,
                "PGDATABASE": database}

    def connect(self, database: str, *, superuser: bool = False) -> psycopg.Connection:
        user, password = (SUPERUSER, SUPERUSER_PASSWORD) if superuser else (SITE_ROLE, SITE_PASSWORD)
        return psycopg.connect(host="127.0.0.1", port=self.port, user=user, password=password, dbname=database,
                               autocommit=True)

    def create_database(self, name: str) -> None:
        with self.connect("postgres") as conn:
            conn.execute(f'CREATE DATABASE "{name}"')

    def databases(self) -> set[str]:
        with self.connect("postgres") as conn:
            return {r[0] for r in conn.execute("SELECT datname FROM pg_database")}


# -- a CMS-like database ----------------------------------------------------------------------------------------

SCHEMA = """
CREATE SCHEMA cms;
CREATE TABLE cms."栏目" (id serial PRIMARY KEY, 名称 text NOT NULL UNIQUE, 上级 int REFERENCES cms."栏目"(id));
CREATE TABLE cms."文章" (
    id bigserial PRIMARY KEY,
    栏目 int NOT NULL REFERENCES cms."栏目"(id),
    标题 text NOT NULL,
    正文 text NOT NULL,
    发布时间 timestamptz NOT NULL,
    阅读量 integer NOT NULL DEFAULT 0,
    评分 numeric(4, 2),
    权重 double precision,
    属性 jsonb,
    标签 text[]
);
CREATE INDEX ON cms."文章" (发布时间);
CREATE TABLE cms."附件" (id serial PRIMARY KEY, 文章 bigint REFERENCES cms."文章"(id), 文件名 text, 内容 bytea);
CREATE TABLE cms."访问日志" (at timestamptz NOT NULL, path text, ip inet) PARTITION BY RANGE (at);
CREATE TABLE cms."访问日志_2026_10" PARTITION OF cms."访问日志" FOR VALUES FROM ('2026-10-01') TO ('2026-11-01');
CREATE TABLE cms."访问日志_2026_11" PARTITION OF cms."访问日志" FOR VALUES FROM ('2026-11-01') TO ('2026-12-01');
CREATE TABLE public.empty_table (x int);
CREATE VIEW cms."最新文章" AS SELECT id, 标题 FROM cms."文章" ORDER BY 发布时间 DESC LIMIT 10;
"""

COLUMNS = ["首页", "通知公告", "政务公开", "政策文件", "政策解读", "办事服务", "互动交流", "新闻动态"]


def populate(conn: psycopg.Connection, articles: int = 2000) -> None:
    """Columns, articles with long Chinese text, binary attachments, a partitioned log, a large object."""
    conn.execute(SCHEMA)
    for name in COLUMNS:
        conn.execute('INSERT INTO cms."栏目" (名称) VALUES (%s)', (name,))
    conn.execute(
        """
        INSERT INTO cms."文章" (栏目, 标题, 正文, 发布时间, 阅读量, 评分, 权重, 属性, 标签)
        SELECT 1 + g %% 8, '关于印发第' || g || '号文件的通知',
               repeat('为贯彻落实《政府网站发展指引》，现将第' || md5(g::text) || '号事项通知如下。', 1 + g %% 20),
               timestamptz '2026-01-01 08:00+08' + g * interval '37 minutes', g * 7 %% 1000, (g %% 500) / 100.0,
               g / 3.0, jsonb_build_object('作者', '办公室', '序号', g, '置顶', g %% 50 = 0),
               ARRAY['政务', '第' || (g %% 12) || '期']
        FROM generate_series(1, %s) AS g
        """,
        (articles,),
    )
    conn.execute(
        """INSERT INTO cms."附件" (文章, 文件名, 内容)
           SELECT g, '附件' || g || '.pdf', decode(repeat(md5(g::text), 64), 'hex')
           FROM generate_series(1, %s) AS g""",
        (max(1, articles // 10),),
    )
    conn.execute(
        """INSERT INTO cms."访问日志" SELECT timestamptz '2026-10-15 00:00+00' + g * interval '13 minutes',
           '/xxgk/' || g || '.html', ('10.0.' || g % 250 || '.' || g % 200)::inet FROM generate_series(1, 4000) g"""
    )
    conn.execute("SELECT lo_from_bytea(0, convert_to('政府信息公开年度报告', 'UTF8'))")
