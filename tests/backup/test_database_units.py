"""Fast checks of the database part: names, fingerprint comparison, the CLI's refusals and its cluster Job."""

from __future__ import annotations

import json

import kubernetes_validate
import pytest

from sitegroup.backup import database
from sitegroup.backup.postgres import Fingerprint
from tests.backup.test_units import _cli

A, B = "a" * 64, "b" * 64


@pytest.mark.parametrize("live", ["cms", "x" * 63, "政府门户网站内容管理系统数据库" * 3])
def test_side_names_fit_postgres_and_keep_their_kind(live):
    name = database.side_name(live, "replaced", "20261127t080000z")
    assert len(name.encode()) <= 63 and name.endswith("_replaced_20261127t080000z")
    assert live.startswith(name.removesuffix("_replaced_20261127t080000z"))
    name.encode().decode()  # never cut inside a character


def _fp(**tables) -> Fingerprint:
    return Fingerprint({k: {"rows": r, "hash": h} for k, (r, h) in tables.items()},
                       {"cms.seq": {"last_value": 7, "is_called": True}}, 1)


def test_fingerprint_differences_name_each_table():
    want = _fp(**{"cms.文章": (10, "a-b"), "cms.附件": (2, "c-d")})
    assert want.differences(_fp(**{"cms.文章": (10, "a-b"), "cms.附件": (2, "c-d")})) == []
    have = _fp(**{"cms.文章": (10, "a-x"), "cms.新表": (1, "e-f")})
    diff = want.differences(have)
    assert any("cms.文章" in d for d in diff) and "table cms.附件 missing" in diff
    assert "table cms.新表 not in the backup" in diff
    # a sequence moved on (nextval is not transactional): not a difference; a missing one is
    moved = Fingerprint(want.tables, {"cms.seq": {"last_value": 99, "is_called": True}}, 1)
    assert want.differences(moved) == []
    assert want.differences(Fingerprint(want.tables, {}, 1)) == ["sequence cms.seq missing"]
    assert want.differences(Fingerprint(want.tables, want.sequences, 0)) == ["large objects: expected 1, found 0"]
    assert Fingerprint.from_json(json.loads(json.dumps(want.to_json()))) == want


REPO = ["--repo", "/nonexistent/repo", "--password-file", "/dev/null"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["backup", "x", *REPO], "give --content DIR and/or --database"),
        (["restore", "x", *REPO], "give --content DIR and/or --database"),
        (["restore", "x", *REPO, "--database", "--snapshot", A], "pin the database with --db-snapshot"),
        (["restore", "x", *REPO, "--content", "/tmp/c", "--db-snapshot", A], "--db-snapshot needs --database"),
        (["restore", "x", *REPO, "--database", "--db-snapshot", A, "--before", "2026-11-01"], "not both"),
        (["backup", "baisha", "--env", "dev", "--password-file", "/dev/null", "--database"], "has no database"),
        (["restore", "qingchuan", "--env", "dev", "--cluster", "--dry-run", "--no-content"], "--no-content needs"),
    ],
)
def test_cli_refuses_unclear_database_requests(args, message):
    out = _cli(*args, env_extra={"PGDATABASE": "cms"})
    assert out.returncode == 2, out.stderr
    assert message in out.stderr


def test_cli_cluster_restore_pins_content_and_database():
    out = _cli("restore", "qingchuan", "--env", "dev", "--cluster", "--dry-run", "--snapshot", A, "--database",
               "--db-snapshot", B)
    assert out.returncode == 0, out.stderr
    job = json.loads(out.stdout)
    kubernetes_validate.validate(job, "1.36", strict=True)
    args = job["spec"]["template"]["spec"]["containers"][0]["args"]
    assert args[args.index("--snapshot") + 1] == A and args[args.index("--db-snapshot") + 1] == B
    # the database alone
    out = _cli("restore", "qingchuan", "--env", "dev", "--cluster", "--dry-run", "--database", "--db-snapshot", B,
               "--no-content")
    args = json.loads(out.stdout)["spec"]["template"]["spec"]["containers"][0]["args"]
    assert "--content" not in args and "--database" in args
