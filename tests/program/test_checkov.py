"""checkov (its own venv, .venv-checkov: its pins conflict with pulumi's) over the plan's manifests."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from sitegroup.cli import main
from tests.conftest import REPO, require

CONFIG = REPO / ".checkov.yaml"


def checkov_bin() -> str:
    local = REPO / ".venv-checkov" / "bin" / "checkov"
    return str(local) if local.exists() else (shutil.which("checkov") or str(local))


def run_checkov(directory: Path) -> dict:
    proc = subprocess.run([checkov_bin(), "-d", str(directory), "--config-file", str(CONFIG), "-o", "json"],
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode in (0, 1), proc.stderr[-2000:]
    report = json.loads(proc.stdout)
    reports = report if isinstance(report, list) else [report]
    (k8s,) = [r for r in reports if r.get("check_type") == "kubernetes"]
    return k8s


def test_every_skip_has_a_reason():
    lines = CONFIG.read_text().splitlines()
    skips = [line for line in lines if re.match(r"\s+- CKV", line)]
    assert skips
    for line in skips:
        assert re.match(r"\s+- CKV2?_K8S_\d+\s+#\s+\S.{40,}", line), f"skip without a reason: {line}"
    assert "skip-download: true" in lines  # offline: no vendor API calls


@pytest.mark.slow
def test_checkov_passes_the_dev_plan_and_catches_a_broken_object(tmp_path):
    require(checkov_bin())
    out = tmp_path / "plan"
    assert main(["plan", "--env", "dev", "--out", str(out)]) == 0
    report = run_checkov(out)
    summary = report["summary"]
    failed = [(f["check_id"], f["resource"]) for f in report["results"]["failed_checks"]]
    assert summary["failed"] == 0, failed[:20]
    assert summary["parsing_errors"] == 0 and summary["passed"] > 1000
    assert summary["resource_count"] >= sum(1 for p in out.rglob("*.yaml") for _ in yaml.safe_load_all(p.read_text()))

    # The same scan on one deliberately broken Deployment must fail.
    broken_dir = tmp_path / "broken"
    broken_dir.mkdir()
    src = next((out / "sites").glob("*/manifests.yaml"))
    obj = next(o for o in yaml.safe_load_all(src.read_text()) if o["kind"] == "Deployment")
    container = obj["spec"]["template"]["spec"]["containers"][0]
    container["securityContext"]["allowPrivilegeEscalation"] = True
    container["securityContext"]["privileged"] = True
    (broken_dir / "deployment.yaml").write_text(yaml.safe_dump(obj))
    broken = run_checkov(broken_dir)
    ids = {f["check_id"] for f in broken["results"]["failed_checks"]}
    assert {"CKV_K8S_16", "CKV_K8S_20"} <= ids, ids  # privileged, allowPrivilegeEscalation
