"""History in an embedded SQLite file (default build/monitor/<env>.sqlite): every availability probe and every
inspection's per-site result, so the rolling 7-day availability and the weekly trends need nothing else.
PostgreSQL in the cluster is future work (docs/monitoring.md)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS probes (site TEXT NOT NULL, ts REAL NOT NULL, ok INTEGER NOT NULL, status INTEGER,
                                   elapsed REAL, error TEXT);
CREATE INDEX IF NOT EXISTS probes_site_ts ON probes (site, ts);
CREATE TABLE IF NOT EXISTS runs (id INTEGER PRIMARY KEY, ts REAL NOT NULL, env TEXT NOT NULL, policy TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS results (run INTEGER NOT NULL REFERENCES runs(id), site TEXT NOT NULL,
                                    verdict TEXT NOT NULL, data TEXT NOT NULL, PRIMARY KEY (run, site));
"""


class Store:
    def __init__(self, path: Path):
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(path)
        self.db.executescript(SCHEMA)

    def close(self) -> None:
        self.db.close()

    def add_probes(self, rows: list[tuple[str, float, bool, int, float, str]]) -> None:
        with self.db:
            self.db.executemany("INSERT INTO probes VALUES (?, ?, ?, ?, ?, ?)", rows)

    def probe_stats(self, since: float, until: float) -> dict[str, dict]:
        """Per site: probes, failures, distinct days with probes, and the last failure's error."""
        out: dict[str, dict] = {}
        q = ("SELECT site, COUNT(*), SUM(1 - ok), COUNT(DISTINCT CAST(ts / 86400 AS INTEGER)), AVG(elapsed) "
             "FROM probes WHERE ts >= ? AND ts <= ? GROUP BY site")
        for site, n, failed, days, avg in self.db.execute(q, (since, until)):
            out[site] = {"probes": n, "failures": failed or 0, "days": days, "avg_seconds": avg or 0.0,
                         "last_error": ""}
        q = ("SELECT site, error, MAX(ts) FROM probes WHERE ok = 0 AND ts >= ? AND ts <= ? GROUP BY site")
        for site, error, _ in self.db.execute(q, (since, until)):
            if site in out:
                out[site]["last_error"] = error or ""
        return out

    def add_run(self, ts: float, env: str, policy: str, results: list[dict]) -> int:
        with self.db:
            cur = self.db.execute("INSERT INTO runs (ts, env, policy) VALUES (?, ?, ?)", (ts, env, policy))
            run = int(cur.lastrowid)
            self.db.executemany("INSERT INTO results VALUES (?, ?, ?, ?)",
                                [(run, r["site"], r["verdict"], json.dumps(r, ensure_ascii=False)) for r in results])
        return run

    def latest(self, env: str) -> tuple[int, float, list[dict]] | None:
        row = self.db.execute("SELECT id, ts FROM runs WHERE env = ? ORDER BY id DESC LIMIT 1", (env,)).fetchone()
        if not row:
            return None
        rows = self.db.execute("SELECT data FROM results WHERE run = ? ORDER BY site", (row[0],))
        return row[0], row[1], [json.loads(d) for (d,) in rows]

    def history(self, env: str, weeks: int = 12) -> dict[str, list[tuple[str, str]]]:
        """Per site, the last verdict of each ISO week (oldest first): the dashboard's trend."""
        q = ("SELECT r.ts, s.site, s.verdict FROM runs r JOIN results s ON s.run = r.id WHERE r.env = ? "
             "ORDER BY r.ts")
        import datetime as dt

        weekly: dict[str, dict[str, str]] = {}
        for ts, site, verdict in self.db.execute(q, (env,)):
            y, w, _ = dt.datetime.fromtimestamp(ts, dt.UTC).isocalendar()
            weekly.setdefault(site, {})[f"{y}-W{w:02d}"] = verdict
        return {s: sorted(v.items())[-weeks:] for s, v in weekly.items()}
