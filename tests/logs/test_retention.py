"""Retention is the store's: restarted with a shorter -retentionPeriod, VictoriaLogs drops exactly the UTC days
older than it and keeps every line of the days inside it (the policy's 180/365 days, shortened to 4)."""

from __future__ import annotations

import shutil
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from sitegroup.logs.policy import load_policy
from tests.logs.conftest import engines
from tests.logs.harness import Store
from tests.logs.test_pipeline import _day_rows, _ingest
from tests.waf.harness import free_port

pytestmark = pytest.mark.slow


def _per_day(store: Store) -> dict[str, int]:
    import json
    import urllib.parse
    import urllib.request

    from tests.logs.harness import STORE_PASSWORD, STORE_USER, basic

    # Lines per UTC day (the store's partitions).
    q = "* | format '<time:_time>' as t | extract_regexp '^(?P<day>[0-9-]{10})' from t | stats by (day) count() as n"
    data = urllib.parse.urlencode({"query": q}).encode()
    req = urllib.request.Request(f"{store.url}/select/logsql/query", data=data,
                                 headers={"Authorization": basic(STORE_USER, STORE_PASSWORD)})
    with urllib.request.urlopen(req, timeout=30) as r:
        rows = [json.loads(x) for x in r.read().decode().splitlines() if x.strip()]
    return {row["day"]: int(row["n"]) for row in rows}


def test_shortened_retention_drops_exactly_the_days_older_than_it():
    bin_dir = engines()
    d = Path(tempfile.mkdtemp(prefix="sitegroup-retention-"))
    policy_days = load_policy("dev").days["app"]
    assert policy_days == 180  # what the store gets in dev; the test shortens it
    store = Store("logs-180d", 30, d, free_port(), bin_dir).start()
    try:
        today = datetime.now(UTC).date()
        ages = range(0, 10)
        for age in ages:
            _ingest(store.url, _day_rows(today - timedelta(days=age), "baisha", "app", 10 + age, "ret"))
        store.flush()
        before = _per_day(store)
        assert sum(before.values()) == sum(10 + a for a in ages)
        store.stop()
        shortened = 4
        store.start(days=shortened)
        cutoff = (datetime.now(UTC) - timedelta(days=shortened)).date()  # VictoriaLogs' minAllowedDay
        after = _per_day(store)
        want = {(today - timedelta(days=a)).isoformat(): 10 + a for a in ages
                if today - timedelta(days=a) >= cutoff}
        assert after == want
        assert len(want) == shortened + 1  # today and the 4 days before it; 5 days older are gone
        # Ingesting a line older than the retention is refused, not stored.
        _ingest(store.url, _day_rows(today - timedelta(days=8), "baisha", "app", 1, "late"))
        store.flush()
        assert _per_day(store) == want
    finally:
        store.stop()
        shutil.rmtree(d, ignore_errors=True)
