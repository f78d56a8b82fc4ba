"""Every form the legacy-site generator produces (tests/onboard/special.py), migrated and verified: one must-pass
case each, for a site moving to its own domain and for one closed into a portal (published under /<id>/)."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest

from sitegroup.migrate import transform, tree, verify
from tests.onboard import special
from tests.onboard.make_legacy_site import generate

OLD = ["www.qingshan.gov.cn", "qingshan.qc-old.cn"]
IDS = {"site_code": "6801230001", "icp": "青ICP备68000009号-1", "psb": "青公网安备68012300000009号"}
SPECS = {
    "own-domain": transform.SiteSpec(site_id="qingshan", old_domains=tuple(OLD),
                                     new_domains=("www.qingshanxian.gov.cn",),
                                     new_origin="https://www.qingshanxian.gov.cn", **IDS),
    "in-portal": transform.SiteSpec(site_id="qingshan", old_domains=tuple(OLD), new_domains=("www.linhe.gov.cn",),
                                    new_origin="https://www.linhe.gov.cn", prefix="/qingshan", **IDS),
}


def _case_names() -> list[str]:
    with tempfile.TemporaryDirectory() as d:
        return [c["name"] for c in generate(Path(d), 60, OLD, exceptions=True)["cases"]]


@pytest.fixture(scope="module")
def migrated(tmp_path_factory):
    """Per spec: (summary, published dir, state dir, verify report), from one generated site with exceptions."""
    out = {}
    src = tmp_path_factory.mktemp("legacy")
    summary = generate(src, 60, OLD, exceptions=True)
    for name, spec in SPECS.items():
        pub, state = tmp_path_factory.mktemp(f"pub-{name}"), tmp_path_factory.mktemp(f"state-{name}")
        result = transform.transform_tree(src, pub, state, spec)
        report = verify.verify_site(pub, state, src, tree.manifest(src), spec)
        out[name] = (summary, src, pub, state, result, report)
    return out


@pytest.mark.parametrize("spec_name", list(SPECS))
@pytest.mark.parametrize("case_name", _case_names())
def test_generated_form_is_migrated(migrated, spec_name, case_name):
    summary, src, pub, state, result, report = migrated[spec_name]
    spec = SPECS[spec_name]
    case = next(c for c in summary["cases"] if c["name"] == case_name)
    manifest = {e["source"]: e["path"] for e in json.loads((state / "manifest.json").read_text())["files"]}
    if case.get("held_back"):
        assert case["path"] not in manifest
        assert [h["path"] for h in result["held_back"]] == [case["path"]]
        assert {"page": case["path"], "kind": "not published"}.items() <= next(
            x for x in report["exceptions"] if x["page"] == case["path"]).items()
        return
    published = pub / manifest[case["path"]].lstrip("/")
    data = published.read_bytes()
    if case.get("identical"):
        assert data == (src / case["path"].lstrip("/")).read_bytes()
        return
    if case.get("exception"):
        assert any(x["page"] == manifest[case["path"]] and x["kind"] == case["exception"]
                   for x in report["exceptions"]), report["exceptions"]
        return
    site = {"new_origin": spec.new_origin, "prefix": spec.prefix, **IDS}
    assert special.check_case(case, data.decode("utf-8"), None, **site) == []
    # Whatever the case is about, the file must have no exception of its own.
    assert [x for x in report["exceptions"] if x["page"] == manifest[case["path"]]] == []


@pytest.mark.parametrize("spec_name", list(SPECS))
def test_verify_reports_exactly_the_planted_exceptions(migrated, spec_name):
    _summary, _src, _pub, _state, result, report = migrated[spec_name]
    assert not report["ok"]
    assert sorted((x["page"], x["kind"]) for x in report["exceptions"]) == [
        ("/special/garbled.html", "not published"), ("/special/split-id.html", "identifiers")]
    assert [u["path"] for u in result["unlocated_identifiers"]] == ["/special/split-id.html"]
    assert report["source_pages"] == report["published_pages"] + 1
