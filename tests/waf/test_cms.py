"""CMS exclusion packages (policies/waf/cms/): validation, and each package's own requests through the real tier."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitegroup.waf import WafRenderError, cms
from tests.waf.conftest import Tier
from tests.waf.factory import GATEWAY, cms_host, profile_host
from tests.waf.harness import Req, as_citizens, send

PACKAGES = sorted(cms.packages())
BLOCKING = ("strict", "standard", "legacy-cms")


def _req(d: dict) -> Req:
    headers = {"User-Agent": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/126.0", "Accept": "*/*",
               **d.get("headers", {})}
    return as_citizens([Req(d["method"], d["path"], headers, d.get("body"))])[0]


def test_the_repository_has_packages_and_they_are_valid() -> None:
    found, issues = cms.load()
    assert not issues and len(found) >= 2
    for pkg in found.values():
        for x in pkg.exclusions:
            assert x.paths and x.targets and "/" not in x.paths  # never a rule off for a whole site


@pytest.mark.parametrize("change,fragment", [
    ("    paths: [/was5/web/search]", "    paths: [/]"),  # the whole site
    ("    targets: [ARGS:searchword]", "    targets: []"),  # the whole request
    ("    targets: [ARGS:searchword]", "    targets: ['ARGS:x;ctl:ruleEngine=Off']"),  # injection
    ("name: trs-wcm", "name: other"),  # name differs from the file
])
def test_a_package_that_would_widen_or_inject_is_refused(tmp_path: Path, change: str, fragment: str) -> None:
    text = (cms.CMS_DIR / "trs-wcm.yaml").read_text(encoding="utf-8")
    assert change in text
    (tmp_path / "trs-wcm.yaml").write_text(text.replace(change, fragment, 1), encoding="utf-8")
    found, issues = cms.load(tmp_path)
    assert not found and issues
    assert all(i.file.endswith("trs-wcm.yaml") and i.line >= 1 for i in issues)


@pytest.mark.parametrize("fragment", [
    "  - path: /system/\n",  # the admin root itself
    "  - path: /\n",
    "  - path: /system/*/\n",  # no wildcard
    "  - path: /system/resource/../\n",  # no dot segment
    "  - path: /system/.hidden/\n",
    "  - path: system/resource/\n",
])
def test_a_public_path_that_could_reopen_an_admin_area_is_refused(tmp_path: Path, fragment: str) -> None:
    text = (cms.CMS_DIR / "vsb-boda.yaml").read_text(encoding="utf-8")
    change = "  - path: /system/resource/\n"
    assert change in text
    (tmp_path / "vsb-boda.yaml").write_text(text.replace(change, fragment, 1), encoding="utf-8")
    found, issues = cms.load(tmp_path)
    assert not found and issues and all(i.file.endswith("vsb-boda.yaml") for i in issues)


def test_a_public_path_must_lie_strictly_inside_an_admin_path() -> None:
    pkg = cms.packages()["vsb-boda"]
    cms.check_public_paths(pkg, {"/admin/", "/system/"})
    for admin in ({"/system/resource/"}, {"/system/resource/js/"}, {"/System/_content/download.jsp"}):
        with pytest.raises(WafRenderError, match="would reopen"):
            cms.check_public_paths(pkg, admin)


@pytest.mark.slow
@pytest.mark.parametrize("profile", BLOCKING)
@pytest.mark.parametrize("name", PACKAGES)
def test_package_passes_its_cms_traffic_and_still_blocks_attacks(tier: Tier, name: str, profile: str) -> None:
    pkg = cms.packages()[name]
    host = cms_host(profile, name)
    refused = [d["path"] for d in pkg.must_pass if send(tier.port, host, _req(d), source=GATEWAY).status != 200]
    assert not refused, f"{name} on {profile}: ordinary requests refused: {refused}"
    served = [d["path"] for d in pkg.must_block if send(tier.port, host, _req(d), source=GATEWAY).status != 403]
    assert not served, f"{name} on {profile}: attacks on the package's paths not blocked: {served}"


@pytest.mark.slow
@pytest.mark.parametrize("name", PACKAGES)
def test_package_is_load_bearing_and_only_for_sites_that_declare_it(tier: Tier, name: str) -> None:
    """The same requests on a strict site that does not declare the CMS: some are refused, so the
    package (and nothing platform-wide) is what lets them through."""
    pkg = cms.packages()[name]
    statuses = [send(tier.port, profile_host("strict"), _req(d), source=GATEWAY).status for d in pkg.must_pass]
    assert 403 in statuses, f"{name}: its must-pass requests pass without it; the package is not needed"
