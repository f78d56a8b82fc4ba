"""Declared argument limits (sitegroup/waf/argument_limits.py): a package's search paths may carry an embedding's
numbers, up to their limit, on the package's sites only; every other request is refused at 1,000 arguments (200007)
as before."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sitegroup.waf import argument_limits, cms
from sitegroup.waf.errors import WafRenderError
from sitegroup.waf.render import render_files
from tests.waf import factory
from tests.waf.conftest import Tier
from tests.waf.factory import BLOCKING, GATEWAY, cms_host, profile_host
from tests.waf.harness import Req, send

PACKAGE = "vector-db-api"
HEADERS = {"Content-Type": "application/json", "User-Agent": "python-requests/2.32.3", "Accept": "*/*"}


def search(n: int, path: str = "/v2/vectordb/entities/search") -> Req:
    """A Milvus search whose query embedding has n numbers (n + 4 arguments in all)."""
    vector = [round((i % 97) / 1000 - 0.048, 4) for i in range(n)]
    body = {"collectionName": "policy_chunks", "data": [vector], "annsField": "embedding", "limit": 5,
            "outputFields": ["doc_id"]}
    return Req("POST", path, HEADERS, json.dumps(body, separators=(",", ":")))


def test_the_engine_reads_past_every_declared_limit_and_200007_reads_the_declared_variable() -> None:
    conf = next(text for text in render_files(factory.test_environment()).values() if "id:200007" in text)
    assert f"\nSecArgumentsLimit {argument_limits.MAX_LIMIT + 1}\n" in conf
    rule = conf[conf.index('SecRule &ARGS "@ge 1000"'):]
    assert rule.splitlines()[2].strip() == 'SecRule &ARGS "!@le %{tx.sg_args_limit}" "t:none"'
    assert "id:200007" in rule.splitlines()[1] and ",chain" in rule.splitlines()[1]


def test_a_package_path_rule_sets_the_limit_behind_the_package_skip() -> None:
    pkg = cms.packages()[PACKAGE]
    lines = cms.render_package(pkg, 12000)
    skip = next(i for i, x in enumerate(lines) if "skipAfter:END-CMS-vector-db-api" in x)
    setting = [i for i, x in enumerate(lines) if "setvar:tx.sg_args_limit=1100" in x]
    assert len(setting) == sum(len(a.paths) for a in pkg.argument_limits) and min(setting) > skip


@pytest.mark.parametrize(("paths", "limit", "fix"), [
    (["/"], 1100, "invalid form"),
    (["/v2/vectordb/entities/search"], 4096, "1100"),
    (["/v2/vectordb/entities/search"], 1000, "1001"),
])
def test_the_package_schema_refuses_a_site_wide_or_unbounded_limit(tmp_path: Path, paths: list[str], limit: int,
                                                                   fix: str) -> None:
    text = (f"name: p\ndescription: d\nsources: [s]\nargument_limits:\n  - paths: {json.dumps(paths)}\n"
            f"    limit: {limit}\n    reason: r\nmust_pass: [{{method: GET, path: /a}}]\n"
            f"must_block: [{{method: GET, path: /a}}]\n")
    (tmp_path / "p.yaml").write_text(text, encoding="utf-8")
    packages, issues = cms.load(tmp_path)
    assert not packages and issues
    assert any(i.line == 5 or i.field.startswith("argument_limits") for i in issues)
    assert any(fix in f"{i.message} {i.fix}" for i in issues), [str(i) for i in issues]


def test_render_refuses_a_limit_outside_the_engine_range() -> None:
    with pytest.raises(WafRenderError, match="1001-1100"):
        argument_limits.render(argument_limits.ArgumentLimit(("/a",), 2048, "r"), 12001, "cms/x")


@pytest.mark.slow
@pytest.mark.parametrize("profile", BLOCKING)
def test_an_embedding_passes_on_a_declared_path_of_the_package_sites_only(tier: Tier, profile: str) -> None:
    with_pkg, plain = cms_host(profile, PACKAGE), profile_host(profile)
    assert send(tier.port, with_pkg, search(1024), source=GATEWAY).status == 200
    assert send(tier.port, with_pkg, search(1096), source=GATEWAY).status == 200  # 1,100 arguments
    # Past the declared limit, on a path that declares none, and on a site without the package: 400 (200007).
    assert send(tier.port, with_pkg, search(1097), source=GATEWAY).status == 400  # 1,101
    assert send(tier.port, with_pkg, search(6000), source=GATEWAY).status == 400
    undeclared = search(1024, "/v2/vectordb/collections/describe")
    assert send(tier.port, with_pkg, undeclared, source=GATEWAY).status == 400
    assert send(tier.port, plain, search(1024), source=GATEWAY).status == 400
    assert send(tier.port, plain, search(990), source=GATEWAY).status == 200  # 994 arguments: as before
    # The numbers are arguments every rule still reads: SQL among them is refused on the declared path.
    body = json.loads(search(1024).body)
    body["data"][0][7] = "1' union select password from users--"
    attack = Req("POST", "/v2/vectordb/entities/search", HEADERS, json.dumps(body))
    assert send(tier.port, with_pkg, attack, source=GATEWAY).status == 403
