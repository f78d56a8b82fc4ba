"""The real pipeline: WAF nginx -> rsyslogd -> vmauth -> VictoriaLogs, read back by ``sitegroup logs``."""

from __future__ import annotations

import gzip
import json
import signal
import tarfile
import time
import urllib.error
import urllib.request
import uuid
from datetime import UTC, datetime, timedelta

import pytest

from sitegroup.backup.restic import Repository
from sitegroup.cli import main
from tests.logs.conftest import OWNER_TOKENS, Live
from tests.logs.harness import RESPONDER, STORE_PASSWORD, STORE_USER, basic, query_url
from tests.waf.harness import Req, send

pytestmark = pytest.mark.slow

ATTACK = "/search?q=1%27%20UNION%20SELECT%20password%20FROM%20users--"
UA = {"User-Agent": "Mozilla/5.0 (X11; Linux x86_64)", "Accept": "text/html"}


def _attack(live: Live, host: str, path: str = ATTACK) -> str:
    """Send one request; return its request id from the WAF tier's own access log."""
    marker = uuid.uuid4().hex[:8]
    full = f"{path}&m={marker}" if "?" in path else f"{path}?m={marker}"
    resp = send(live.waf_port, host, Req("GET", full, UA))
    assert resp.status in (200, 403)
    for _ in range(50):
        for line in (live.waf_dir / "logs" / "access.log").read_text().splitlines():
            row = json.loads(line)
            if marker in row["uri"]:
                return row["request_id"]
        time.sleep(0.1)
    raise AssertionError("the request is not in the WAF's access log")


def _cli(live: Live, capsys, *args: str, token: str = RESPONDER) -> tuple[int, str, str]:
    import os

    os.environ["SITEGROUP_LOGS_TOKEN"] = token
    try:
        rc = main(["logs", *args, "--env", "dev", "--gateway", live.pipe.gateway_url] if args[0] not in (
            "logs-verify-bundle", "logs-keygen") else list(args))
    finally:
        os.environ.pop("SITEGROUP_LOGS_TOKEN", None)
    out = capsys.readouterr()
    return rc, out.out, out.err


def _since() -> str:
    return (datetime.now(UTC) - timedelta(minutes=10)).isoformat()


def test_blocked_attack_is_found_with_its_rule_and_exported_as_signed_evidence(live: Live, capsys, tmp_path):
    rid = _attack(live, "www.beiyuan.gov.cn")
    assert live.pipe.wait_count("logs-365d", f"request_id:={rid}", 2) == 2  # the access line and the WAF line

    rc, out, _ = _cli(live, capsys, "beiyuan", "--since", _since(), "--rule", "942100", "--format", "json")
    assert rc == 0
    found = {i["request_id"]: i for i in json.loads(out)}
    inc = found[rid]
    assert "942100" in inc["rule_ids"] and "949110" in inc["rule_ids"]  # matched, then blocked on the score
    assert [a["status"] for a in inc["access"]] == ["403"]
    assert inc["access"][0]["uri"].startswith("/search") and inc["waf"][0]["site"] == "beiyuan"
    assert {r["prefecture"] for r in inc["access"] + inc["waf"]} == {"beiyuan"}

    # The same incident as a signed bundle; verified with the public key; any edit breaks it.
    assert main(["logs-keygen", "--out", str(tmp_path / "k")]) == 0
    bundle = tmp_path / "case.tar.gz"
    rc, out, err = _cli(live, capsys, "beiyuan", "--since", _since(), "--request-id", rid, "--bundle", str(bundle),
                        "--signing-key", str(tmp_path / "k" / "evidence.key"))
    assert rc == 0 and rid in out and "942100" in out and "signed" in err
    assert main(["logs-verify-bundle", str(bundle), "--public-key", str(tmp_path / "k" / "evidence.pub")]) == 0
    forged = tmp_path / "forged.tar.gz"
    with tarfile.open(bundle) as src, tarfile.open(forged, "w:gz") as dst:
        for m in src.getmembers():
            data = src.extractfile(m).read()
            if m.name == "lines.jsonl":
                data = data.replace(b"942100", b"000000")
            m.size = len(data)
            import io

            dst.addfile(m, io.BytesIO(data))
    capsys.readouterr()
    assert main(["logs-verify-bundle", str(forged), "--public-key", str(tmp_path / "k" / "evidence.pub")]) == 1
    assert "lines.jsonl does not match" in capsys.readouterr().err


def test_a_site_owner_reads_only_their_own_site(live: Live, capsys):
    rid_b = _attack(live, "www.beiyuan.gov.cn")
    rid_a = _attack(live, "www.baisha.gov.cn", "/index.html")
    for rid in (rid_a, rid_b):
        assert live.pipe.wait_count("logs-365d", f"request_id:={rid}", 1) >= 1
    gw = f"{live.pipe.gateway_url}/logs-365d"
    own = query_url(gw, "*", OWNER_TOKENS["baisha"])
    assert own and {r["site"] for r in own} == {"baisha"}
    # Asking for the other site, by query or by the gateway's own argument, finds nothing.
    assert query_url(gw, 'site:="beiyuan"', OWNER_TOKENS["baisha"]) == []
    assert query_url(gw, "*", OWNER_TOKENS["baisha"], extra_stream_filters='{site="beiyuan"}') == []
    assert query_url(gw, f"request_id:={rid_b}", OWNER_TOKENS["baisha"]) == []
    assert query_url(gw, f"request_id:={rid_b}", OWNER_TOKENS["beiyuan"])  # its own owner does see it
    # Through the CLI: beiyuan's attack is invisible with baisha's token.
    rc, out, _ = _cli(live, capsys, "beiyuan", "--since", _since(), "--request-id", rid_b,
                      token=OWNER_TOKENS["baisha"])
    assert rc == 1 and "0 request(s)" in out
    # Owners cannot write, delete or reach the store's internals; no token reads nothing.
    for path, data in (("/logs-365d/insert/elasticsearch/_bulk", b"{}"), ("/logs-365d/delete/run_task", b"filter=*"),
                       (f"/logs-365d/internal/force_flush?authKey={'x'}", b"")):
        req = urllib.request.Request(live.pipe.gateway_url + path, data=data,
                                     headers={"Authorization": f"Bearer {OWNER_TOKENS['baisha']}"})
        with pytest.raises(urllib.error.HTTPError) as e:
            urllib.request.urlopen(req, timeout=10)
        assert e.value.code in (400, 401, 403, 404)
    with pytest.raises(urllib.error.HTTPError):
        query_url(gw, "*", "not-a-token")


def test_store_deletes_nothing_on_request(live: Live):
    # Even the responders' route and the store itself refuse /delete/*: retention is the only deletion.
    store = live.pipe.stores["logs-365d"]
    req = urllib.request.Request(f"{store.url}/delete/run_task", data=b"filter=*",
                                 headers={"Authorization": basic(STORE_USER, STORE_PASSWORD)})
    with pytest.raises(urllib.error.HTTPError) as e:
        urllib.request.urlopen(req, timeout=10)
    assert b"disabled" in e.value.read()
    # Without the platform's credentials the store answers nothing at all (owners reach it only via the gateway).
    with pytest.raises(urllib.error.HTTPError) as e:
        urllib.request.urlopen(urllib.request.Request(f"{store.url}/select/logsql/query", data=b"query=*"), timeout=10)
    assert e.value.code == 401


def test_node_audit_and_app_lines_carry_their_labels(live: Live):
    sec = int(time.time())
    marker = uuid.uuid4().hex
    with open(live.node_dir / "audit" / "audit.log", "a") as f:
        f.write(f'type=USER_CMD msg=audit({sec}.123:4242): pid=1 uid=0 auid=1000 cmd="{marker}" res=success\n')
    pod_log = live.node_dir / "containers" / f"web-7d9f_site-baisha_web-{marker[:12]}.log"
    cri_time = (datetime.now(UTC) - timedelta(minutes=5)).strftime("%Y-%m-%dT%H:%M:%S")
    with open(pod_log, "a") as f:
        f.write(f"{cri_time}.123456789Z stdout F app says {marker}\n")
    assert live.pipe.wait_count("logs-365d", marker, 1) == 1
    audit = live.pipe.query("logs-365d", marker)[0]
    assert (audit["kind"], audit["site"], audit["node"]) == ("audit", "-", "node-1")
    assert audit["_time"].startswith(datetime.fromtimestamp(sec, UTC).strftime("%Y-%m-%dT%H:%M:%S"))
    # app logs are kept 180 days in dev: the other store.
    assert live.pipe.wait_count("logs-180d", marker, 1) == 1
    app = live.pipe.query("logs-180d", marker)[0]
    assert (app["kind"], app["site"], app["namespace"], app["prefecture"]) == ("app", "baisha", "site-baisha", "linhe")
    assert app["_msg"] == f"app says {marker}" and app["_time"].startswith(f"{cri_time}.123")  # the runtime's time
    # In the cluster the WAF tier logs to stdout: its container lines are sorted into access and waf by content.
    rid = uuid.uuid4().hex
    waf_log = live.node_dir / "containers" / f"waf-5c8d_waf-system_nginx-{marker[:12]}.log"
    access = {"time": f"{cri_time}+00:00", "request_id": rid, "site": "baisha", "client": "198.51.100.9",
              "method": "GET", "uri": "/x", "status": 403}
    audit = {"transaction": {"unique_id": f"baisha.standard.-.{rid}", "client_ip": "198.51.100.9",
                             "request": {"method": "GET", "uri": "/x"}, "response": {"http_code": 403},
                             "messages": [{"details": {"ruleId": "942100"}}, {"details": {"ruleId": "949110"}}]}}
    with open(waf_log, "a") as f:
        for row in (access, audit):
            f.write(f"{cri_time}.000000000Z stdout F {json.dumps(row)}\n")
    assert live.pipe.wait_count("logs-365d", f"request_id:={rid}", 2) == 2
    got = {r["kind"]: r for r in live.pipe.query("logs-365d", f"request_id:={rid}")}
    assert got["access"]["site"] == got["waf"]["site"] == "baisha"
    assert got["access"]["namespace"] == "site-baisha" and got["waf"]["rule_ids"] == "942100 949110"


def test_collector_survives_the_store_being_down_and_loses_nothing(live: Live):
    store = live.pipe.stores["logs-365d"]
    run = uuid.uuid4().hex[:8]
    n = 3000
    store.stop(signal.SIGKILL)  # the store dies mid-flight, no clean shutdown
    now = datetime.now(UTC)
    with open(live.waf_dir / "logs" / "access.log", "a") as f:
        for i in range(n):
            t = (now + timedelta(milliseconds=i)).isoformat()
            f.write(json.dumps({"time": t, "request_id": f"{run}{i:024x}", "host": "www.baisha.gov.cn",
                                "site": "baisha", "client": "198.51.100.7", "method": "GET",
                                "uri": f"/outage/{run}/{i}", "status": 200}) + "\n")
    time.sleep(4)  # the collector retries against a gateway whose backend is gone
    assert live.pipe.rsyslog.poll() is None
    down_at = time.monotonic()
    store.start()
    got = live.pipe.wait_count("logs-365d", f'uri:"/outage/{run}/"', n, seconds=120)
    drained = time.monotonic() - down_at
    rows = live.pipe.query("logs-365d", f'uri:"/outage/{run}/" | stats count_uniq(request_id) as u')
    unique = int(rows[0]["u"])
    print(f"store down: {n} lines written, {unique} unique delivered, {got} rows, drained in {drained:.1f} s")
    assert unique == n  # no loss
    assert got - n <= 2000  # at-least-once: at most one batch (queue.dequeueBatchSize) repeated after the kill


def _ingest(store_url: str, rows: list[dict]) -> None:
    """Lines as a collector writes them (the stores' own credentials, the collector's bulk endpoint args)."""
    from sitegroup.logs.collector import bulk_url

    body = "".join('{"create":{}}\n' + json.dumps(r) + "\n" for r in rows).encode()
    req = urllib.request.Request(bulk_url(store_url) + "x", data=body,
                                 headers={"Authorization": basic(STORE_USER, STORE_PASSWORD),
                                          "Content-Type": "application/json"})
    urllib.request.urlopen(req, timeout=30).read()


def _day_rows(day, site: str, kind: str, n: int, tag: str) -> list[dict]:
    return [{"_msg": f"{tag} line {i}", "time": f"{day.isoformat()}T{(i % 24):02d}:{i % 60:02d}:00Z", "site": site,
             "namespace": f"site-{site}", "prefecture": "linhe", "kind": kind, "request_id": f"{tag}{i:028x}"}
            for i in range(n)]


def test_daily_digest_detects_a_forged_line_a_removed_chunk_and_an_edited_record(live: Live, capsys, tmp_path):
    today = datetime.now(UTC).date()
    d2, d1 = today - timedelta(days=2), today - timedelta(days=1)
    s365, s180 = live.pipe.stores["logs-365d"], live.pipe.stores["logs-180d"]
    for day in (d2, d1):
        _ingest(s365.url, _day_rows(day, "baisha", "access", 200, "dg"))
        _ingest(s180.url, _day_rows(day, "baisha", "app", 50, "dg"))
    for s in (s365, s180):
        s.flush()
    assert main(["logs-keygen", "--out", str(tmp_path / "k")]) == 0
    key, pub, digests = tmp_path / "k" / "evidence.key", tmp_path / "k" / "evidence.pub", tmp_path / "digests"
    common = ["--env", "dev", "--gateway", live.pipe.gateway_url, "--digests", str(digests)]
    import os

    os.environ["SITEGROUP_LOGS_TOKEN"] = RESPONDER
    try:
        for day in (d2, d1):  # the CronJob, one day after the other
            assert main(["logs-digest", "--day", day.isoformat(), "--signing-key", str(key), *common]) == 0
        capsys.readouterr()
        for day in (d2, d1):
            assert main(["logs-check", "--day", day.isoformat(), "--public-key", str(pub), *common]) == 0

        # 0. The object-storage tier: a digested day, checked again, compressed, into a restic repository.
        repo, repo_pw, out2 = tmp_path / "repo", tmp_path / "repo-pw", tmp_path / "export-d2"
        repo_pw.write_text("export-repository-pw")
        export = ["logs-export", "--public-key", str(pub), "--repo", str(repo), "--password-file", str(repo_pw)]
        assert main([*export, "--day", d2.isoformat(), "--out", str(out2), *common]) == 0
        for store, n in (("logs-365d", 200), ("logs-180d", 50)):
            with gzip.open(out2 / store / f"{d2.isoformat()}.jsonl.gz", "rt") as f:
                rows = [json.loads(x) for x in f]
            record = json.loads((out2 / store / f"{d2.isoformat()}.digest.json").read_text())["record"]
            assert len(rows) == record["lines"] >= n and sum(r["_msg"].startswith("dg line") for r in rows) == n
        snaps = Repository(url=str(repo), password_file=repo_pw).snapshots(tags=[f"logs-{d2.isoformat()}"])
        assert len(snaps) == 1

        # 1. Someone with write access forges a line into yesterday.
        _ingest(s365.url, _day_rows(d1, "baisha", "access", 1, "forged"))
        s365.flush()
        capsys.readouterr()
        assert main(["logs-check", "--day", d1.isoformat(), "--public-key", str(pub), *common]) == 1
        out = capsys.readouterr().out
        assert 'MISMATCH logs-365d' in out and 'site="baisha"' in out and "200 line(s) in the digest, 201 now" in out
        out1 = tmp_path / "export-d1"  # a day that no longer matches its digest is not exported
        assert main([*export, "--day", d1.isoformat(), "--out", str(out1), *common]) == 1
        assert "NOT EXPORTED" in capsys.readouterr().err and not list(out1.rglob("*.jsonl.gz*"))

        # 2. A day's chunk is removed from the store's disk behind its back.
        s180.stop()
        part = s180.dir / "data" / "partitions" / d2.strftime("%Y%m%d")
        assert part.is_dir()
        import shutil

        shutil.rmtree(part)
        s180.start()
        assert main(["logs-check", "--day", d2.isoformat(), "--public-key", str(pub), *common]) == 1
        assert "all 50 line(s) of the digest are gone" in capsys.readouterr().out

        # 3. The records themselves: an edited count breaks the hash, a removed day breaks the chain.
        rec = digests / "logs-365d" / f"{d2.isoformat()}.json"
        rec.write_text(rec.read_text().replace('"lines": 200', '"lines": 199', 1))
        assert main(["logs-check", "--day", d1.isoformat(), "--public-key", str(pub), *common]) == 1
        assert "does not hash to its recorded hash" in capsys.readouterr().out
        rec.unlink()
        assert main(["logs-check", "--day", d1.isoformat(), "--public-key", str(pub), *common]) == 1
        assert "does not follow the previous record" in capsys.readouterr().out
    finally:
        os.environ.pop("SITEGROUP_LOGS_TOKEN", None)
