"""Database backup/restore figures for one CMS database, next to plain pg_dump / pg_restore in the same run.

    PYTHONPATH=. .venv/bin/python bench/database.py                    # 50,000 articles (~90 MiB dump)
    PYTHONPATH=. .venv/bin/python bench/database.py --articles 5000    # a quick look

Starts a PostgreSQL 15 on 127.0.0.1 (Debian's binaries, as the tests do), fills a CMS-like database, then
measures: sitegroup's backup (dump + fingerprint of the same snapshot + restic) against a bare ``pg_dump``;
a second backup after 1% of the articles changed (what restic adds); the restore (fetch, sha256, load beside
the live database, fingerprint comparison, rename swap) against a bare ``createdb`` + ``pg_restore``; and the
drill. The repository is a local path (restic's own speed, no HTTP in between).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.timing import MIB, quiet, timed
from sitegroup.backup import database
from sitegroup.backup.restic import Repository
from tests.backup.pgserver import PgServer, populate


def row(label: str, seconds: float, nbytes: int, reference: float | None = None, ref_name: str = "") -> None:
    rate = nbytes / MIB / seconds if seconds else 0
    ratio = f"{seconds / reference:6.2f}x {ref_name}" if reference else ""
    print(f"  {label:<52} {seconds:8.2f} s  {rate:8.1f} MiB/s  {ratio}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=50_000)
    ap.add_argument("--workdir", type=Path, default=None, help="default: a temporary folder, removed after")
    args = ap.parse_args()

    work = Path(tempfile.mkdtemp(prefix="sitegroup-dbbench-", dir=args.workdir))
    server = PgServer.start()
    try:
        live = "cms"
        server.create_database(live)
        os.environ.update(server.env(live))
        print(f"filling {live} with {args.articles} articles ...", flush=True)
        t, _ = timed(lambda: _fill(server, live, args.articles))
        with server.connect(live) as conn:
            size = conn.execute("SELECT pg_database_size(current_database())").fetchone()[0]
        print(f"  {size / MIB:.0f} MiB on disk in {t:.1f} s")
        version = subprocess.run(["restic", "version"], capture_output=True, text=True).stdout.split()[1]
        print(f"restic {version}, {os.cpu_count()} CPUs, PostgreSQL on 127.0.0.1 (fsync off), local repository")

        password = work / "password"
        password.write_text("bench\n")
        repo = Repository(str(work / "repo"), password, cache_dir=work / "cache")
        repo.init()

        ref = work / "ref.pgdump"
        dump_s, _ = timed(lambda: subprocess.run(["pg_dump", "-Fc", "-Z0", "-f", str(ref)], check=True))
        nbytes = ref.stat().st_size
        row(f"pg_dump -Fc -Z0 (reference, {nbytes / MIB:.0f} MiB)", dump_s, nbytes)
        b_s, b = timed(lambda: database.backup_database(repo, "bench", work / "scratch", progress=quiet))
        row(f"backup ({b['tables']} tables, {b['rows']} rows)", b_s, nbytes, dump_s, "pg_dump")
        print(f"  {'':<52} dump + fingerprint {b['dump_seconds']:.1f} s, restic added "
              f"{(b['data_added'] or 0) / MIB:.1f} MiB")

        # What an hourly backup adds: editors publish new articles (appended), or touch old ones everywhere.
        for label, sql in (
            ("after 1% new articles were published", "INSERT INTO cms.\"文章\" (栏目, 标题, 正文, 发布时间) "  # noqa: S608 (an int)
             f"SELECT 1, '新闻' || g, md5(g::text) || repeat('内容', 200), now() FROM generate_series(1, "
             f"{max(1, args.articles // 100)}) g"),
            ("after 1% of the articles changed, spread out", "UPDATE cms.\"文章\" SET 阅读量 = 阅读量 + 1 "
             "WHERE id % 100 = 0"),
        ):
            with server.connect(live) as conn:
                conn.execute(sql)
            i_s, inc = timed(lambda: database.backup_database(repo, "bench", work / "scratch", progress=quiet))
            row(f"backup {label}", i_s, nbytes, dump_s, "pg_dump")
            print(f"  {'':<52} restic added {(inc['data_added'] or 0) / MIB:.1f} MiB of a "
                  f"{inc['bytes'] / MIB:.0f} MiB dump")

        def plain_restore() -> None:
            server.create_database("plain")
            subprocess.run(["pg_restore", "--no-owner", "--no-acl", "--single-transaction", "-d", "plain", str(ref)],
                           check=True)

        pr_s, _ = timed(plain_restore)
        row("createdb + pg_restore (reference)", pr_s, nbytes)
        with server.connect(live) as conn:
            conn.execute('DELETE FROM cms."附件"')
            conn.execute("UPDATE cms.\"文章\" SET 标题 = 'HACKED' WHERE id < 100")
        r_s, r = timed(lambda: database.restore_database(repo, "bench", work / "scratch", progress=quiet))
        row("restore + verify + swap", r_s, nbytes, pr_s, "pg_restore")
        print(f"  {'':<52} load {r['load_seconds']:.1f} s, verify {r['verify_seconds']:.1f} s")
        d_s, d = timed(lambda: database.drill_database(repo, "bench", work / "scratch", progress=quiet))
        row("drill (load into a throwaway database, verify)", d_s, nbytes, pr_s, "pg_restore")
        return 0 if d["verified"] else 1
    finally:
        server.stop()
        shutil.rmtree(work, ignore_errors=True)


def _fill(server: PgServer, name: str, articles: int) -> None:
    with server.connect(name) as conn:
        populate(conn, articles)
        conn.execute("ANALYZE")


if __name__ == "__main__":
    sys.exit(main())
