"""`sitegroup up --changed`: which sites a run may leave out, and that the program then registers only the others.

The real engine's side (targeted preview/up against a live control plane, falling back to a full run after a
foreign update) is in tests/realengine/test_changed.py.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from sitegroup.inventory import load_environment
from sitegroup.program import incremental
from sitegroup.program.incremental import Decision, Record, decide
from sitegroup.program.stackconfig import StackConfig
from tests.program import factory
from tests.program.conftest import DEV_CONFIG
from tests.program.harness import run_program

STACK = StackConfig(name="dev-sites", environment="test", layer="sites", shard=None,
                    config={"sitegroup:environment": "test", "sitegroup:layer": "sites"})


def creds(env, **override) -> dict:
    out = {s.id: {"backup-password": f"pw-{s.id}"} for s in env.sites}
    return {**out, **override}


def test_digests_change_only_for_the_site_whose_entry_changed():
    env = factory.environment()
    before = incremental.site_digests(env, STACK, creds(env))
    sites = tuple(dataclasses.replace(s, name=s.name + "（新）") if s.id == "hz-fy" else s for s in env.sites)
    after = incremental.site_digests(factory.environment(sites=sites), STACK, creds(env))
    assert sorted(before) == sorted(after)
    assert [s for s in before if before[s] != after[s]] == ["hz-fy"]


def test_a_rotated_password_changes_only_its_sites_digest():
    env = factory.environment()
    before = incremental.site_digests(env, STACK, creds(env))
    after = incremental.site_digests(env, STACK, creds(env, nb={"backup-password": "rotated"}))
    assert [s for s in before if before[s] != after[s]] == ["nb"]


def test_a_new_site_adds_one_digest_and_changes_no_other():
    env = factory.environment()
    new = factory.site("hz-xh", "county-portal", level="county", name="西湖区人民政府", parent="hz")
    grown = factory.environment(sites=(*env.sites, new))
    before = incremental.site_digests(env, STACK, creds(env))
    after = incremental.site_digests(grown, STACK, creds(grown))
    assert set(after) - set(before) == {"hz-xh"}
    assert all(after[s] == d for s, d in before.items())


def test_closed_sites_have_no_digest():
    env = factory.environment()
    assert "nb-old" not in incremental.site_digests(env, STACK, creds(env))  # closed: not in the sites layer


def test_context_follows_the_stack_config(tmp_path):
    root = Path(__file__).resolve().parents[2]
    a = incremental.context_digest(root, STACK)
    b = incremental.context_digest(root, dataclasses.replace(STACK, config={**STACK.config, "sitegroup:x": "1"}))
    assert a != b and a == incremental.context_digest(root, STACK)


DIGESTS = {"a": "1", "b": "2", "c": "3"}


@pytest.mark.parametrize("record, state, context, targeted, why", [
    (None, "s", "ctx", False, "no record"),
    (Record("s", "ctx", DIGESTS), None, "ctx", False, "no record"),
    (Record("s", "ctx", DIGESTS), "other", "ctx", False, "not the one"),
    (Record("s", "old", DIGESTS), "s", "ctx", False, "config, the program or the provider"),
    (Record("s", "ctx", {**DIGESTS, "gone": "9"}), "s", "ctx", False, "left the shard (gone)"),
])
def test_falls_back_to_every_site_when_the_record_cannot_vouch(record, state, context, targeted, why):
    decision = decide(record, state, context, DIGESTS)
    assert decision.targeted is targeted and why in decision.reason and decision.changed == ()


def test_targets_exactly_the_changed_and_new_sites():
    record = Record("s", "ctx", {"a": "1", "b": "old"})
    assert decide(record, "s", "ctx", DIGESTS) == Decision(True, decide(record, "s", "ctx", DIGESTS).reason,
                                                           ("b", "c"))
    assert decide(Record("s", "ctx", DIGESTS), "s", "ctx", DIGESTS).changed == ()


def test_record_round_trip_and_state_digest(tmp_path):
    assert incremental.load_record(tmp_path, "st") is None
    incremental.save_record(tmp_path, "st", Record("s", "ctx", DIGESTS))
    assert incremental.load_record(tmp_path, "st") == Record("s", "ctx", DIGESTS)
    incremental.record_path(tmp_path, "st").write_text("{broken", encoding="utf-8")
    assert incremental.load_record(tmp_path, "st") is None  # unreadable = no record = a full run
    assert incremental.state_digest(tmp_path, "sitegroup", "st") is None
    state = tmp_path / ".pulumi" / "stacks" / "sitegroup" / "st.json"
    state.parent.mkdir(parents=True)
    state.write_text("{}", encoding="utf-8")
    first = incremental.state_digest(tmp_path, "sitegroup", "st")
    state.write_text('{"x": 1}', encoding="utf-8")
    assert first and incremental.state_digest(tmp_path, "sitegroup", "st") not in (None, first)


def test_the_program_registers_only_the_targeted_sites(monkeypatch):
    env = load_environment("dev")
    all_creds = {s.id: {"backup-password": "x", "rest-password": "y", "database-password": "z",
                        "database-superuser-password": "w", "offsite-rest-password": "v"} for s in env.sites}
    config = {**DEV_CONFIG, "layer": "sites", "platformStack": "organization/sitegroup/dev-platform"}
    serving = sorted(s.id for s in env.sites if s.serving)
    target = serving[:2]
    monkeypatch.setenv(incremental.TARGETED_SITES_ENV, ",".join(target))
    capture = run_program(config, stack_outputs={"backupCredentials": all_creds})
    assert sorted(r.name for r in capture.of_type("sitegroup:index:Site")) == target
    namespaces = {r.inputs["metadata"].get("namespace") or r.inputs["metadata"]["name"] for r in capture.kubernetes()}
    assert namespaces <= {f"site-{s}" for s in target} | {"waf-system"}, namespaces
    monkeypatch.delenv(incremental.TARGETED_SITES_ENV)
    full = run_program(config, stack_outputs={"backupCredentials": all_creds})
    assert sorted(r.name for r in full.of_type("sitegroup:index:Site")) == serving


@pytest.mark.parametrize("other", ["--destroy", "--refresh"])
def test_changed_refuses_the_modes_that_cover_every_object(other, capsys):
    from sitegroup.cli import main

    assert main(["up", "--env", "dev", "--changed", other]) == 2
    assert "--changed does not combine" in capsys.readouterr().err


def test_a_targeted_up_records_the_changed_sites_and_keeps_the_others(tmp_path):
    from sitegroup.commands.up import remember

    state = tmp_path / ".pulumi" / "stacks" / "sitegroup" / "st.json"
    state.parent.mkdir(parents=True)
    state.write_text('{"after": "the targeted up"}', encoding="utf-8")
    previous = Record("old-state", "ctx", {"a": "1", "b": "old"})
    now = {"a": "1", "b": "2", "c": "3"}
    remember(tmp_path, "sitegroup", "st", ("ctx", now), Decision(True, "", ("b", "c")), previous)
    saved = incremental.load_record(tmp_path, "st")
    assert saved.sites == now and saved.state == incremental.state_digest(tmp_path, "sitegroup", "st")
    # A full up records every site as it is now; without a state file to vouch for, no record at all.
    remember(tmp_path, "sitegroup", "st", ("ctx2", {"a": "9"}), None, saved)
    assert incremental.load_record(tmp_path, "st").sites == {"a": "9"}
    state.unlink()
    remember(tmp_path, "sitegroup", "st", ("ctx2", {"a": "9"}), None, None)
    assert incremental.load_record(tmp_path, "st") is None
