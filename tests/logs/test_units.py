"""Fast tests of the log pipeline's pieces: policy, renderers, digest, evidence, query building, cluster objects."""

from __future__ import annotations

import io
import tarfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
import yaml

from sitegroup.inventory import load_environment
from sitegroup.logs import collector, digest, evidence, gateway, signing
from sitegroup.logs.policy import LEGAL_FLOOR_DAYS, PolicyError, Retention, load_policy
from sitegroup.logs.query import Filters, QueryError, Window, join
from sitegroup.logs.store import store_args


@pytest.fixture(scope="module")
def env():
    return load_environment("dev")


def _policy(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "retention.yaml"
    p.write_text(text)
    return p


def test_policy_keeps_every_kind_at_least_the_legal_floor_and_prod_a_year():
    dev, prod = load_policy("dev"), load_policy("prod")
    assert min(dev.days.values()) >= LEGAL_FLOOR_DAYS == 180
    assert dev.days["access"] == dev.days["waf"] == dev.days["audit"] == 365  # 2024 rules Art. 20
    assert dev.stores() == {"logs-180d": (180, ("app",)), "logs-365d": (365, ("access", "waf", "audit"))}
    assert prod.stores() == {"logs-365d": (365, ("access", "waf", "audit", "app"))}


@pytest.mark.parametrize(("text", "field", "line", "words"), [
    ("minimum_days: 180\nkinds: {access: 365, waf: 365, audit: 365, app: 90}\n", "kinds.app", 2, "below the floor"),
    ("minimum_days: 90\nkinds: {access: 365, waf: 365, audit: 365, app: 180}\n", "minimum_days", 1, "at least 180"),
    ("minimum_days: 180\nkinds:\n  access: 365\n  waf: 365\n  audit: 365\n", "kinds", 2, "'app' has no retention"),
    ("minimum_days: 180\nkinds: {access: 365, waf: 365, audit: 365, app: 180, dns: 200}\n", "kinds.dns", 2,
     "unknown kind"),
    ("minimum_days: 180\nkinds: {access: 365, waf: 365, audit: 365, app: 180}\nenvironments:\n  prod:\n"
     "    access: 200\n", "environments.prod.access", 5, "shorter than the default"),
])
def test_policy_mistakes_name_file_line_field_and_fix(tmp_path, text, field, line, words):
    with pytest.raises(PolicyError) as e:
        load_policy("prod", _policy(tmp_path, text))
    issue = next(i for i in e.value.issues if i.field == field)
    assert issue.line == line and words in issue.message and issue.fix and "retention.yaml" in issue.file


def test_collector_routes_each_kind_to_the_store_of_its_retention(env, tmp_path):
    r = load_policy("dev")
    conf = collector.render(
        [collector.Input("/w/access.log", "access"), collector.Input("/w/audit.json", "waf"),
         collector.Input("/var/log/containers/*.log", "app", "cri"),
         collector.Input("/a/audit.log", "audit", "auditd")],
        r, collector.Shipping({"logs-180d": "http://s180:9428", "logs-365d": "http://s365:9428"}, "u", "p"),
        tmp_path, tmp_path / "sites.json", "node-1")
    for kind in ("access", "waf", "audit"):
        assert f'if $!kind == "{kind}" then {{ call ship_logs_365d }}' in conf
    assert 'if $!kind == "app" then { call ship_logs_180d }' in conf
    assert ('server="http://s365:9428/insert/elasticsearch/_bulk?_stream_fields=site,namespace,prefecture,kind'
            '&_time_field=time&_msg_field=_msg&sg="') in conf
    # A store outage must not lose lines: a disk-assisted queue that survives restarts, retried forever.
    assert conf.count('queue.saveOnShutdown="on"') == 2 and conf.count('action.resumeRetryCount="-1"') == 2
    table = collector.site_table(env)
    assert {"index": "baisha", "value": "linhe"} in table["table"] and table["nomatch"] == ""


@pytest.mark.parametrize("bad", [
    {"path": '/w/a.log" type="omfile'}, {"node": "n1\"; stop"}, {"kind": "dns"}, {"password": 'p"w'},
])
def test_collector_refuses_what_would_break_out_of_rsyslog_quotes(bad, tmp_path):
    i = collector.Input(bad.get("path", "/w/a.log"), bad.get("kind", "access"))
    with pytest.raises(ValueError):
        collector.render([i], load_policy("dev"),
                         collector.Shipping({"logs-180d": "http://a:1", "logs-365d": "http://b:1"}, "u",
                                            bad.get("password", "p")),
                         tmp_path, tmp_path / "t.json", bad.get("node", "n1"))


def test_gateway_gives_owners_their_site_only_and_nobody_write_or_delete():
    r = load_policy("dev")
    creds = gateway.Credentials("collector", "pw", ("resp",), {"baisha": "tok-a", "beiyuan": "tok-b"})
    cfg = yaml.safe_load(gateway.render(r, {"logs-180d": "http://s180:9428", "logs-365d": "http://s365:9428"}, creds))
    users = {u["bearer_token"]: u for u in cfg["users"]}
    assert set(users) == {"resp", "tok-a", "tok-b"}
    for token, user in users.items():
        for route in user["url_map"]:
            assert all("select/logsql/" in p and "insert" not in p and "delete" not in p for p in route["src_paths"])
            assert route["headers"][0].startswith("Authorization: Basic ") and "AccountID: 0" in route["headers"]
            extra = "?extra_stream_filters=" in route["url_prefix"]
            assert extra == (token != "resp")
    assert all("%7Bsite%3D%22baisha%22%7D" in r["url_prefix"] for r in users["tok-a"]["url_map"])
    with pytest.raises(ValueError, match="token of their own"):
        gateway.render(r, {"logs-180d": "http://a", "logs-365d": "http://b"},
                       gateway.Credentials("c", "p", ("same",), {"baisha": "same"}))
    with pytest.raises(ValueError):
        gateway.owner_filter('x"} or {site=~".*')


def test_store_flags_carry_the_policy_retention_and_keep_delete_off():
    args = store_args(365, "/data", ":9428", "k", "u", "p")
    assert "-retentionPeriod=365d" in args and "-httpAuth.username=u" in args
    assert not any(a.startswith("-delete.enable") for a in args)
    assert "-envflag.enable" in store_args(180, "/data", ":9428", None, None, None)


def _row(i: int, stream: str = '{site="a"}') -> dict:
    return {"_time": f"2026-12-0{1 + i % 3}T00:00:00Z", "_stream": stream, "_stream_id": f"id{i}", "_msg": f"m{i}"}


def test_digest_is_order_independent_and_sees_added_removed_and_changed_lines():
    rows = [_row(i) for i in range(20)] + [_row(i, '{site="b"}') for i in range(5)]
    base = digest.summarise(rows)
    assert digest.summarise(list(reversed(rows))) == base
    assert digest.summarise([{**r, "_stream_id": "other"} for r in rows]) == base  # internal id is not content
    changed = [dict(r) for r in rows]
    changed[3]["_msg"] = "m3 edited"
    assert digest.compare(base, digest.summarise(changed)) == [
        '{site="a"}: same 20 line(s) but their content changed']
    assert digest.compare(base, digest.summarise(rows[1:])) == ['{site="a"}: 20 line(s) in the digest, 19 now']
    assert digest.compare(base, digest.summarise(rows[:20])) == ['{site="b"}: all 5 line(s) of the digest are gone']


def test_digest_chain_is_signed_linked_and_written_in_day_order(tmp_path):
    signing.generate(tmp_path / "k", tmp_path / "k.pub")
    key, pub = signing.load_private(tmp_path / "k"), signing.load_public(tmp_path / "k.pub")
    chain = digest.Chain(tmp_path / "d", "logs-365d")
    now = datetime(2026, 12, 4, tzinfo=UTC)
    for n in range(1, 4):
        chain.write(date(2026, 12, n), digest.summarise([_row(n)]), key, now)
    assert chain.check_chain(pub) == []
    with pytest.raises(FileExistsError):
        chain.write(date(2026, 12, 2), {}, key, now)
    with pytest.raises(ValueError, match="day order"):
        digest.Chain(tmp_path / "d", "logs-365d").write(date(2026, 11, 30), {}, key, now)
    other = tmp_path / "k2"
    signing.generate(other, tmp_path / "k2.pub")
    assert all("signature" in p for p in chain.check_chain(signing.load_public(tmp_path / "k2.pub")))
    (chain.path / "2026-12-02.json").unlink()
    assert chain.check_chain(pub) == ["logs-365d 2026-12-03: does not follow the previous record (a day removed?)"]


def test_evidence_bundle_verifies_and_names_what_was_changed(tmp_path):
    signing.generate(tmp_path / "k", tmp_path / "k.pub")
    key, pub = signing.load_private(tmp_path / "k"), signing.load_public(tmp_path / "k.pub")
    rows = [{"request_id": "a" * 32, "kind": "waf", "rule_ids": "942100", "_time": "t"}]
    b = tmp_path / "b.tar.gz"
    evidence.write(b, {"site": "baisha"}, rows, [i.as_dict() for i in join(rows)], key)
    assert evidence.verify(b, pub)["lines"] == 1
    for member, edit in (("incidents.json", lambda d: d.replace(b"942100", b"942101")),
                         ("manifest.json", lambda d: d.replace(b'"lines": 1', b'"lines": 2'))):
        forged = tmp_path / f"forged-{member}.tar.gz"
        with tarfile.open(b) as src, tarfile.open(forged, "w:gz") as dst:
            for m in src.getmembers():
                data = src.extractfile(m).read()  # type: ignore[union-attr]
                data = edit(data) if m.name == member else data
                m.size = len(data)
                dst.addfile(m, io.BytesIO(data))
        with pytest.raises(evidence.BundleError, match=member.split(".")[0]):
            evidence.verify(forged, pub)
    signing.generate(tmp_path / "x", tmp_path / "x.pub")
    with pytest.raises(evidence.BundleError, match="signature"):
        evidence.verify(b, signing.load_public(tmp_path / "x.pub"))


def test_query_inputs_are_checked_before_they_reach_logsql():
    for kwargs in ({"request_id": 'x" or *'}, {"client": "1.2.3"}, {"rule": "942100 or *"}):
        with pytest.raises(QueryError):
            Filters(**kwargs)
    Filters(request_id="f" * 32, client="2001:db8::1", rule="942100")
    t = datetime(2026, 11, 27, 8, tzinfo=UTC)
    assert Window(t, t + timedelta(hours=1)).logsql() == (
        "_time:[2026-11-27T08:00:00.000000Z, 2026-11-27T09:00:00.000000Z)")
    with pytest.raises(QueryError):
        Window(t, t)


def test_join_puts_access_and_waf_lines_of_one_request_together():
    rid = "b" * 32
    found = join([{"request_id": rid, "kind": "access", "_time": "2", "status": "403"},
                  {"request_id": rid, "kind": "waf", "_time": "1", "rule_ids": "942100 949110"},
                  {"request_id": "c" * 32, "kind": "access", "_time": "3"}])
    assert [i.request_id for i in found] == [rid, "c" * 32]
    assert found[0].rule_ids == ["942100", "949110"] and found[0].time == "1" and len(found[0].access) == 1


def test_policy_can_be_read_for_a_shortened_test_store():
    # The slow retention test shortens the policy's days; a Retention is just days per kind.
    r = Retention("t", {"access": 4, "waf": 4, "audit": 4, "app": 4})
    assert r.stores() == {"logs-4d": (4, ("access", "waf", "audit", "app"))}
