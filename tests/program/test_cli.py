"""sitegroup plan / up from the command line."""

from __future__ import annotations

import json

import pytest
import yaml

from sitegroup.cli import main
from sitegroup.k8s import object_key


def test_plan_writes_every_rendered_object(tmp_path, capsys, dev_rendered):
    out = tmp_path / "plan"
    assert main(["plan", "--env", "dev", "--out", str(out)]) == 0
    text = capsys.readouterr().out
    written = {}
    for path in [out / "platform" / "manifests.yaml", *sorted((out / "sites").glob("*/manifests.yaml"))]:
        for obj in yaml.load_all(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader):
            written[object_key(obj)] = obj
    rendered = {object_key(o): o for o in dev_rendered.all_objects()}
    assert written == rendered
    assert sorted(p.name for p in (out / "sites").iterdir()) == sorted(dev_rendered.sites)
    first = next(yaml.load_all((out / "sites" / "hexi" / "manifests.yaml").read_text(), Loader=yaml.CSafeLoader))
    assert first["kind"] == "Namespace"  # apply order kept
    assert json.loads((out / "crds" / "bundles.json").read_text())
    assert "ran OFFLINE" in text and "does not check" in text
    for words in ("by level:", "by template:", "by kind:", "quota totals", "WAF profiles:", "backup tiers:"):
        assert words in text
    assert "mock-" not in "".join(p.read_text() for p in out.rglob("*.yaml"))  # markers only


def test_plan_json_summary(tmp_path, capsys, dev_env):
    assert main(["plan", "--env", "dev", "--out", str(tmp_path / "p"), "--format", "json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["offline"] is True and summary["not_checked"]
    assert summary["sites"]["serving"] == sum(s.serving for s in dev_env.sites)
    assert sum(summary["sites_by_level"].values()) == summary["sites"]["serving"]
    assert summary["quota_totals"]["cpu_requests"]["sites"] == sum(s.quota.cpu_requests_m for s in dev_env.sites
                                                                   if s.serving)
    assert [s["layer"] for s in summary["stacks"]] == ["crds", "platform", "sites"]
    serving = [s for s in dev_env.sites if s.serving]
    assert summary["claims"] == {"persistent_volume_claims": sum(s.quota.persistent_volume_claims for s in serving),
                                 "scratch_storage": sum(s.quota.scratch_storage for s in serving)}
    assert 0 < summary["claims"]["scratch_storage"] < summary["quota_totals"]["storage"]["sites"]


def test_plan_replaces_its_own_directory_but_no_other(tmp_path, capsys):
    out = tmp_path / "plan"
    assert main(["plan", "--env", "dev", "--out", str(out)]) == 0
    (out / "sites" / "gone").mkdir()  # a site deleted from the inventory since the last plan
    assert main(["plan", "--env", "dev", "--out", str(out)]) == 0
    assert not (out / "sites" / "gone").exists()
    other = tmp_path / "precious"
    other.mkdir()
    (other / "notes.txt").write_text("keep me")
    with pytest.raises(SystemExit, match="refusing"):
        main(["plan", "--env", "dev", "--out", str(other)])
    assert (other / "notes.txt").read_text() == "keep me"


def test_plan_reports_an_invalid_inventory(tmp_path, capsys, repo):
    broken = repo / "tests" / "fixtures" / "broken-inventory"
    assert main(["plan", "--inventory", str(broken), "--out", str(tmp_path / "p")]) == 1
    assert "nothing was planned" in capsys.readouterr().err
    assert not (tmp_path / "p").exists()


def test_up_without_the_pulumi_cli_says_what_to_install(monkeypatch, capsys):
    monkeypatch.setenv("PATH", "/nonexistent")
    assert main(["up", "--env", "dev"]) == 3
    err = capsys.readouterr().err
    assert "Pulumi CLI is not on PATH" in err and "nothing was deployed" in err
    assert "sitegroup engines build" in err  # the pinned engines, built from source (ADR 0009)


def test_up_runs_offline_and_writes_the_state_once_unless_asked(monkeypatch, tmp_path, capsys):
    from sitegroup.commands.up import base_env

    env = base_env(checkpoints=False)
    assert env["PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION"] == "true" and env["PULUMI_SKIP_UPDATE_CHECK"] == "true"
    assert env["PULUMI_SKIP_CHECKPOINTS"] == "true"
    assert "PULUMI_SKIP_CHECKPOINTS" not in base_env(checkpoints=True)
    monkeypatch.delenv("GOGC", raising=False)
    assert base_env(checkpoints=False)["GOGC"] == "200"  # the engine's heap target (docs/deploy.md)
    monkeypatch.setenv("GOGC", "50")
    assert base_env(checkpoints=False)["GOGC"] == "50"  # the caller's own setting wins
    with pytest.raises(SystemExit, match=r"lacks .*pulumi.*sitegroup engines build"):
        main(["up", "--env", "dev", "--engines", str(tmp_path)])  # an engines directory without the engines
