"""The object-storage tier: each closed UTC day of every store, checked against its signed digest, compressed and
kept in the platform's backup target (restic, like the sites' backups; docs/logging.md "Export").

VictoriaLogs' single node keeps its days on a claim and does not tier to object storage. The export gives the
long-term copy outside the cluster: ``<store>/<day>.jsonl.gz`` (every line as the store returns it) and
``<store>/<day>.digest.json`` (the signed record it matched) go into one restic snapshot tagged ``logs-<day>``. A
day whose lines no longer match its digest, or whose digest chain is broken, is refused and nothing is written:
the tier holds only what the auditor's chain vouches for.
"""

from __future__ import annotations

import gzip
import json
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from sitegroup.backup.restic import Repository
from sitegroup.logs import digest
from sitegroup.logs.query import Client

HOST = "sitegroup-logs"  # the snapshots' host name in the repository


class ExportError(RuntimeError):
    pass


def export_day(client: Client, day: date, digests: Path, public_key, out: Path) -> list[Path]:
    """Write every store's lines of ``day`` under ``out``, each store's checked against its digest record; all
    stores or none (a refused store takes back what the others wrote)."""
    written: list[Path] = []
    try:
        for store in client.retention.stores():
            written += _export_store(client, store, day, digests, public_key, out)
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise
    return written


def _export_store(client: Client, store: str, day: date, digests: Path, public_key, out: Path) -> list[Path]:
    chain = digest.Chain(digests, store)
    problems = chain.check_chain(public_key)
    if day not in chain.days():
        problems.append(f"{store} {day}: no digest recorded (the log-digest job runs first)")
    if problems:
        raise ExportError("; ".join(problems))
    (out / store).mkdir(parents=True, exist_ok=True)
    target = out / store / f"{day.isoformat()}.jsonl.gz"
    part = target.with_name(target.name + ".part")
    try:
        with gzip.open(part, "wt", encoding="utf-8") as gz:
            def tee(rows: Iterator[dict], gz=gz) -> Iterator[dict]:
                for row in rows:
                    gz.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
                    yield row

            now = digest.summarise(tee(client.stream(store, digest.day_window(day))))
    except BaseException:
        part.unlink(missing_ok=True)  # a broken read leaves no half file behind
        raise
    differences = digest.compare(chain.read(day)["record"]["streams"], now)
    if differences:
        part.unlink()
        raise ExportError(f"{store} {day}: the store no longer matches its signed digest, not exported: "
                          + "; ".join(differences))
    part.rename(target)
    record = out / store / f"{day.isoformat()}.digest.json"
    shutil.copyfile(chain.path / f"{day.isoformat()}.json", record)
    return [target, record]


def to_repository(repo: Repository, out: Path, day: date) -> str:
    """One snapshot of the exported day; returns restic's summary line. The repository is made on first use."""
    if not repo.exists():
        repo.init()
    text = repo.run(["backup", "--host", HOST, "--tag", f"logs-{day.isoformat()}", "."], cwd=out)
    return next((line for line in text.splitlines() if line.startswith("snapshot ")), text.strip()[-200:])
