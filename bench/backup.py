"""Backup/restore figures for one site, next to a plain ``cp -a`` of the same tree in the same run.

    PYTHONPATH=. .venv/bin/python bench/backup.py                 # 1 GiB, 50,000 files (the issue's size)
    PYTHONPATH=. .venv/bin/python bench/backup.py --size-mib 256  # smaller, for a quick look

Measures: full backup, incremental backup after 1% of the files changed, restore with verification (every
file's sha256 and mode against the manifest) and atomic swap; then a defaced 10,000-file site restored and
verified (goal: under 60 s). The repository is a local path (restic's own speed, no HTTP in between);
``--rest`` serves it through ``rclone serve restic`` on 127.0.0.1 instead, as the tests do.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.timing import MIB, quiet, timed
from sitegroup.backup import ops
from sitegroup.backup.restic import Repository
from tests.backup.sitegen import generate


def drop_caches() -> bool:
    """Cold-cache runs need root; without it the figures are warm-cache (said in the output)."""
    try:
        subprocess.run(["sync"], check=True)
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


def serve(data: Path) -> tuple[subprocess.Popen, str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen(
        ["rclone", "serve", "restic", "--addr", f"127.0.0.1:{port}", str(data)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            time.sleep(0.05)
    return proc, f"rest:http://127.0.0.1:{port}/bench/"


def row(label: str, seconds: float, nbytes: int, cp_seconds: float | None = None) -> None:
    rate = nbytes / MIB / seconds if seconds else 0
    ratio = f"{seconds / cp_seconds:6.1f}x cp" if cp_seconds else ""
    print(f"  {label:<44} {seconds:8.2f} s  {rate:8.1f} MiB/s  {ratio}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--files", type=int, default=50_000)
    ap.add_argument("--size-mib", type=int, default=1024)
    ap.add_argument("--deface-files", type=int, default=10_000)
    ap.add_argument("--workdir", type=Path, default=None, help="default: a temporary folder, removed after")
    ap.add_argument("--rest", action="store_true", help="serve the repository with rclone on 127.0.0.1")
    ap.add_argument("--cold", action="store_true", help="drop the page cache before each step (root)")
    args = ap.parse_args()

    work = Path(tempfile.mkdtemp(prefix="sitegroup-bench-", dir=args.workdir))
    server = None
    try:
        password = work / "password"
        password.write_text("bench\n")
        repo_dir = work / "repo"
        url = str(repo_dir)
        if args.rest:
            repo_dir.mkdir()
            server, url = serve(repo_dir)
        repo = Repository(url, password, cache_dir=work / "cache")
        repo.init()
        content = work / "srv" / "big" / "htdocs"
        print(f"generating {args.files} files, {args.size_mib} MiB ...", flush=True)
        t, info = timed(lambda: generate(content, files=args.files, total_bytes=args.size_mib * MIB, seed=1))
        nbytes = info["bytes"]
        print(f"  generated {info['files']} files, {nbytes / MIB:.0f} MiB in {t:.1f} s")
        print(
            f"restic {subprocess.run(['restic', 'version'], capture_output=True, text=True).stdout.split()[1]}, "
            f"{os.cpu_count()} CPUs, repository: {'rclone REST on 127.0.0.1' if args.rest else 'local path'}, "
            f"page cache: {'dropped before each step' if args.cold else 'warm (same run, same tree)'}"
        )

        print("big site:")
        cold = args.cold and drop_caches()
        cp_s, _ = timed(lambda: subprocess.run(["cp", "-a", str(content), str(work / "cp-copy")], check=True))
        row("cp -a (reference)", cp_s, nbytes)
        shutil.rmtree(work / "cp-copy")

        if cold:
            drop_caches()
        full_s, full = timed(lambda: ops.backup(repo, "big", content, progress=quiet))
        row(f"full backup (hash {full['hash_seconds']:.1f} s + restic)", full_s, nbytes, cp_s)

        rng = random.Random(2)
        files = [p for p in content.rglob("*") if p.is_file() and not p.is_symlink()]
        changed = rng.sample(files, max(1, len(files) // 100))
        changed_bytes = 0
        for p in changed:
            data = rng.randbytes(p.stat().st_size or 100)
            p.write_bytes(data)
            changed_bytes += len(data)
        if cold:
            drop_caches()
        inc_s, inc = timed(lambda: ops.backup(repo, "big", content, progress=quiet))
        row(f"incremental after 1% changed ({len(changed)} files)", inc_s, nbytes, cp_s)
        print(
            f"  {'':<44} restic added {(inc['data_added'] or 0) / MIB:.1f} MiB; {changed_bytes / MIB:.1f} MiB changed"
        )

        if cold:
            drop_caches()
        (content / "index.html").write_text("defaced")
        rs_s, rs = timed(lambda: ops.restore(repo, "big", content, progress=quiet))
        row("restore + verify + swap", rs_s, nbytes, cp_s)
        print(f"  {'':<44} restic restore {rs['restore_seconds']:.1f} s, verify {rs['verify_seconds']:.1f} s")
        shutil.rmtree(rs["replaced"])
        shutil.rmtree(content.parent)

        print(f"defaced {args.deface_files}-file site:")
        small = work / "srv" / "county" / "htdocs"
        share = max(1, args.size_mib * args.deface_files // args.files)
        sinfo = generate(small, files=args.deface_files, total_bytes=share * MIB, seed=3)
        repo2 = Repository(
            url.rstrip("/") + "-county" if args.rest else str(work / "repo2"), password, cache_dir=work / "cache"
        )
        repo2.init()
        ops.backup(repo2, "county", small, progress=quiet)
        (small / "index.html").write_text("<h1>HACKED</h1>")
        shutil.rmtree(small / "通知公告")
        (small / "static" / "x.php").write_text("<?php eval($_POST[1]);")
        cp_s2, _ = timed(lambda: subprocess.run(["cp", "-a", str(small), str(work / "cp2")], check=True))
        integ_s, integ = timed(lambda: ops.integrity(repo2, "county", small, progress=quiet))
        row(f"integrity check ({len(integ['deleted'])} deleted, 1 mod, 1 added)", integ_s, sinfo["bytes"])
        d_s, _ = timed(lambda: ops.restore(repo2, "county", small, progress=quiet))
        row(f"restore + verify + swap ({sinfo['files']} files)", d_s, sinfo["bytes"], cp_s2)
        verdict = "PASS" if d_s < 60 else "FAIL"
        print(
            f"  goal: defaced {args.deface_files}-file site restored with verification in < 60 s: {d_s:.1f} s {verdict}"
        )
        return 0 if d_s < 60 else 1
    finally:
        if server is not None:
            server.kill()
            server.wait()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
