"""The monitor's history store: one set of behaviour tests run over both backends (SQLite, and PostgreSQL on a real
server on 127.0.0.1 from Debian's binaries, tests/backup/pgserver.py), the two backends' answers compared on the
same data, concurrent writers, idempotent schema creation, and no password from a DSN in any output."""

from __future__ import annotations

import itertools
import json
import threading
from datetime import UTC, datetime
from urllib.parse import quote

import pytest

from sitegroup.cli import main
from sitegroup.contracts import MONITOR_STORE_ENV
from sitegroup.monitor import probe
from sitegroup.monitor.policy import load_policy
from sitegroup.monitor.store import SqliteStore, StoreError, describe, open_store
from tests.conftest import REPO

DAY = 86400.0
NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC).timestamp()  # a Friday, ISO week 47
_databases = itertools.count()


@pytest.fixture(scope="module")
def pg():
    from tests.backup.pgserver import SITE_PASSWORD, SITE_ROLE, PgServer

    server = PgServer.start()
    server.dsn = lambda db: (f"postgresql://{SITE_ROLE}:{quote(SITE_PASSWORD, safe='')}@127.0.0.1:{server.port}"
                             f"/{db}")
    try:
        yield server
    finally:
        server.stop()


def _new_pg_database(pg) -> str:
    name = f"monitor_{next(_databases)}"
    pg.create_database(name)
    return pg.dsn(name)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.slow)])
def spec(request, tmp_path):
    """A fresh, empty store's specification (what --store takes)."""
    if request.param == "sqlite":
        return str(tmp_path / "history.sqlite")
    return _new_pg_database(request.getfixturevalue("pg"))


@pytest.fixture
def store(spec):
    s = open_store(spec)
    yield s
    s.close()


def _probes(site: str, n: int, failures: int, start: float, step: float, error: str = "timeout") -> list[tuple]:
    return [(site, start + k * step, k >= failures, 200 if k >= failures else 0, 0.25,
             "" if k >= failures else f"{error} #{k}") for k in range(n)]


def _result(site: str, verdict: str, when: float) -> dict:
    reasons = [{"check": "home_not_updated", "severity": "veto", "message": "首页不更新: 30 天", "evidence":
                f"https://{site}.gov.cn/"}] if verdict == "不合格" else []
    return {"site": site, "name": f"{site}人民政府", "organizer": f"{site}办公室", "level": "county", "type": "portal",
            "parent": None, "prefecture": "hz", "region_code": "330100", "domain": f"www.{site}.gov.cn",
            "status": "live", "verdict": verdict, "reasons": reasons, "findings": reasons, "columns": [],
            "facts": {"tls_days": 80.5}, "availability": {"probes": 140, "failures": 1}, "pages": 3, "bytes": 9,
            "checked_at": datetime.fromtimestamp(when, UTC).isoformat(), "z": 1, "a": [1, 2]}


def test_rolling_window_availability_and_the_veto_threshold(store):
    week = 7 * DAY
    # 140 probes in the window (20 a day), 7 failed = 5.0 %: the veto; plus old failures outside the window.
    store.add_probes(_probes("a", 140, 7, NOW - week + 60, week / 140))
    store.add_probes(_probes("a", 50, 50, NOW - 3 * week, 60))
    store.add_probes(_probes("b", 141, 7, NOW - week + 60, week / 141))  # 4.96 %: no veto
    stats = store.probe_stats(NOW - week, NOW)
    assert stats["a"]["probes"] == 140 and stats["a"]["failures"] == 7
    assert stats["a"]["last_error"] == "timeout #6"  # the newest failure in the window, not an older one
    assert stats["a"]["avg_seconds"] == pytest.approx(0.25)
    assert stats["a"]["days"] == 8  # a window that is not aligned on days touches 8 calendar days
    policy = load_policy(REPO)
    veto = [f for f in probe.availability_findings(None, stats["a"], policy, "https://a/") if f.severity == "veto"]
    assert veto and "7 of 140" in veto[0].message
    assert not [f for f in probe.availability_findings(None, stats["b"], policy, "u") if f.severity == "veto"]


def test_days_are_utc_days_truncated_and_the_window_is_inclusive(store):
    store.add_probes([("s", 10 * DAY - 0.4, True, 200, 0.1, ""), ("s", 10 * DAY + 0.2, False, 0, 15.0, "timeout"),
                      ("s", 11 * DAY - 0.4, True, 200, 0.1, ""), ("t", 12 * DAY, True, 200, 0.1, "")])
    stats = store.probe_stats(10 * DAY - 0.4, 11 * DAY - 0.4)
    assert set(stats) == {"s"}
    assert stats["s"] == {"probes": 3, "failures": 1, "days": 2, "avg_seconds": pytest.approx(15.2 / 3),
                          "last_error": "timeout"}


def test_runs_latest_and_weekly_trend(store):
    assert store.latest("dev") is None and store.history("dev") == {}
    w45, w46a, w46b = NOW - 2 * 7 * DAY, NOW - 7 * DAY - DAY, NOW - 7 * DAY
    results = {}
    for ts, verdicts in ((w45, ("合格", "不合格")), (w46b, ("不合格", "合格")), (w46a, ("合格", "合格")),
                         (NOW, ("合格", "不合格"))):
        results[ts] = [_result("x", verdicts[0], ts), _result("y", verdicts[1], ts)]
        store.add_run(ts, "dev", "default", results[ts])
    store.add_run(NOW + 60, "prod", "default", [_result("p", "合格", NOW)])
    run, ts, latest = store.latest("dev")
    assert ts == NOW and latest == results[NOW]
    # Exactly what was stored, key order and Chinese text included (the reports are rendered from it).
    assert [json.dumps(r, ensure_ascii=False) for r in latest] == [json.dumps(r, ensure_ascii=False)
                                                                   for r in results[NOW]]
    hist = store.history("dev")
    assert hist == {"x": [("2026-W45", "合格"), ("2026-W46", "不合格"), ("2026-W47", "合格")],
                    "y": [("2026-W45", "不合格"), ("2026-W46", "合格"), ("2026-W47", "不合格")]}
    assert store.history("dev", weeks=1)["x"] == [("2026-W47", "合格")]
    assert set(store.history("prod")) == {"p"} and store.latest("prod")[0] > run


def test_schema_creation_is_idempotent_and_keeps_the_history(spec):
    first = open_store(spec)
    first.add_probes(_probes("a", 3, 1, NOW, 60))
    first.close()
    again = open_store(spec)
    again.create_schema()
    assert again.probe_stats(0, NOW + DAY)["a"]["probes"] == 3
    again.close()


def test_concurrent_first_runs_and_probe_rounds_are_safe(spec):
    """Four writers open a store that has no tables yet at the same moment, then write probe rounds at once."""
    errors, gate = [], threading.Barrier(4)

    def writer(k: int) -> None:
        try:
            gate.wait()
            s = open_store(spec)
            for r in range(5):
                s.add_probes([(f"site-{i}", NOW + r * 3600 + k, True, 200, 0.1, "") for i in range(50)])
                s.add_run(NOW + r * 3600 + k, "dev", "default", [_result(f"site-{k}", "合格", NOW)])
            s.close()
        except Exception as e:  # reported by the assertion below
            errors.append(repr(e))

    threads = [threading.Thread(target=writer, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert errors == []
    s = open_store(spec)
    stats = s.probe_stats(0, NOW + DAY)
    assert len(stats) == 50 and {v["probes"] for v in stats.values()} == {20}
    assert len(s.history("dev")) == 4
    s.close()


@pytest.mark.slow
def test_both_backends_give_the_same_answers_and_reports(pg, tmp_path):
    """The same history in SQLite and PostgreSQL: the same stats, trends, latest run, and the same report files
    from `sitegroup monitor report`."""
    specs = {"sqlite": str(tmp_path / "h.sqlite"), "postgresql": _new_pg_database(pg)}
    env_results = [_result(s, "不合格" if s.endswith("3") else "合格", NOW) for s in ("dept1", "dept2", "dept3")]
    for name, spec in specs.items():
        s = open_store(spec)
        assert s.name == name
        for k in range(3):
            s.add_probes(_probes(f"dept{k + 1}", 160, 4 * k, NOW - 7 * DAY + 1, 7 * DAY / 160, error="HTTP 502"))
            s.add_run(NOW - (3 - k) * 7 * DAY, "dev", "default", env_results)
        s.add_run(NOW, "dev", "default", [{**r, "site": r["site"]} for r in env_results])
        s.close()
    answers, outputs = {}, {}
    for name, spec in specs.items():
        s = open_store(spec)
        answers[name] = (s.probe_stats(NOW - 7 * DAY, NOW), s.history("dev"), s.latest("dev")[1:])
        s.close()
        out = tmp_path / name
        assert main(["monitor", "report", "--env", "dev", "--store", spec, "--out", str(out)]) == 0
        outputs[name] = {p.name: p.read_text(encoding="utf-8") for p in sorted(out.iterdir())}
    assert answers["sqlite"] == answers["postgresql"]
    assert answers["sqlite"][0]["dept3"]["failures"] == 8 and answers["sqlite"][0]["dept3"]["last_error"]
    assert outputs["sqlite"].keys() == outputs["postgresql"].keys() and len(outputs["sqlite"]) == 5
    for name in outputs["sqlite"]:
        assert outputs["sqlite"][name] == outputs["postgresql"][name], name


# -- choosing the store, and never showing a password --------------------------------------------------------

def test_describe_hides_the_password_of_a_dsn():
    assert describe("postgresql://mon:s3cr%40t@db:5432/monitor") == "postgresql://mon:***@db:5432/monitor"
    assert describe("postgresql://db/monitor?user=m&password=hunter2&sslmode=verify-full") == \
        "postgresql://db/monitor?user=m&password=***&sslmode=verify-full"
    assert describe("postgresql://mon@db/monitor") == "postgresql://mon@db/monitor"
    assert describe("build/monitor/dev.sqlite") == "build/monitor/dev.sqlite"


def _closed_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]  # closed again when the block ends: nothing listens there


def test_an_unreachable_postgresql_store_fails_clearly_without_the_password(capsys):
    port = _closed_port()
    dsn = f"postgresql://monitor:Pa55-w0rd%21@127.0.0.1:{port}/monitor?connect_timeout=3"
    with pytest.raises(StoreError) as e:
        open_store(dsn)
    assert f"127.0.0.1:{port}" in str(e.value) and "Pa55" not in str(e.value) and "***" in str(e.value)
    rc = main(["monitor", "report", "--env", "dev", "--store", dsn])
    err = capsys.readouterr()
    assert rc == 1 and "Pa55" not in err.err + err.out and "monitor store postgresql://monitor:***@" in err.err
    bad = "postgresql://monitor:Pa55-w0rd@127.0.0.1:notaport/monitor"  # libpq quotes the URL it cannot parse
    with pytest.raises(StoreError) as e:
        open_store(bad)
    assert "Pa55" not in str(e.value)


def test_a_key_value_connection_string_is_refused_not_taken_for_a_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(StoreError, match="postgresql://"):
        open_store("host=db dbname=monitor password=x")
    assert list(tmp_path.iterdir()) == []


def test_the_store_comes_from_the_option_then_the_environment(tmp_path, monkeypatch, capsys):
    from_env = tmp_path / "from-env.sqlite"
    monkeypatch.setenv(MONITOR_STORE_ENV, str(from_env))
    assert main(["monitor", "report", "--env", "dev"]) == 1
    assert f"no inspection stored for dev in {from_env}" in capsys.readouterr().err and from_env.exists()
    s = SqliteStore(tmp_path / "option.sqlite")
    s.add_run(NOW, "dev", "default", [_result("x", "合格", NOW)])
    s.close()
    assert main(["monitor", "report", "--env", "dev", "--store", str(tmp_path / "option.sqlite"),
                 "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["summary"]["合格"] == 1
    assert main(["monitor", "report", "--env", "dev", "--pdf"]) == 1
    assert "--out" in capsys.readouterr().err


# -- the deployed store: the rendered server configuration and URL, on a real server --------------------------

def _certs(tmp, ca_name: str, server_names: list[str], *client_cns: str):
    """A CA, a server certificate for server_names and client certificates (out["client"] for the first CN,
    out["client-<cn>"] for each), as cert-manager's Issuer would make them (ECDSA P-256, PKCS#8 keys)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    def name(cn):
        return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])

    def issue(cn, key, ca_key, ca_cert, *, ca=False, san=None, usage=None):
        now = datetime.now(UTC)
        b = (x509.CertificateBuilder().subject_name(name(cn)).issuer_name(ca_cert.subject if ca_cert else name(cn))
             .public_key(key.public_key()).serial_number(x509.random_serial_number())
             .not_valid_before(now.replace(year=now.year - 1)).not_valid_after(now.replace(year=now.year + 1))
             .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True))
        if ca:
            b = b.add_extension(x509.KeyUsage(True, False, False, False, False, True, True, False, False), True)
        if san:
            b = b.add_extension(x509.SubjectAlternativeName([x509.DNSName(n) for n in san]), critical=False)
        if usage:
            b = b.add_extension(x509.ExtendedKeyUsage([usage]), critical=False)
        return b.sign(ca_key, hashes.SHA256())

    def pem_key(key):
        return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                 serialization.NoEncryption())

    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = issue(ca_name, ca_key, ca_key, None, ca=True)
    out = {}
    for role, cn, san, usage in (("server", server_names[0], server_names, ExtendedKeyUsageOID.SERVER_AUTH),
                                 *((f"client-{c}", c, None, ExtendedKeyUsageOID.CLIENT_AUTH) for c in client_cns)):
        key = ec.generate_private_key(ec.SECP256R1())
        d = tmp / f"{ca_name}-{role}-{cn}"
        d.mkdir()
        (d / "tls.key").write_bytes(pem_key(key))
        (d / "tls.crt").write_bytes(issue(cn, key, ca_key, ca, san=san, usage=usage).public_bytes(
            serialization.Encoding.PEM))
        (d / "ca.crt").write_bytes(ca.public_bytes(serialization.Encoding.PEM))
        (d / "tls.key").chmod(0o600)
        out[role] = d
    out["client"] = out[f"client-{client_cns[0]}"]
    return out


@pytest.mark.slow
def test_the_rendered_history_server_takes_the_jobs_certificate_and_nothing_else(tmp_path):
    """pg_hba.conf, the init SQL, the server's TLS settings and the jobs' store URL exactly as
    sitegroup.k8s.monitor renders them, on Debian's PostgreSQL: the job's certificate logs in, with no
    password; a password, a missing or foreign certificate, or plaintext do not."""
    import os
    import pwd
    import shutil
    import subprocess

    import psycopg

    from sitegroup.inventory import load_environment
    from sitegroup.k8s import monitor as km
    from tests.backup.pgserver import PgServer

    objs = km.monitor_objects(load_environment("dev"))
    certs = {o["spec"]["secretName"]: o["spec"] for o in objs if o["kind"] == "Certificate"}
    config = next(o for o in objs if o["kind"] == "ConfigMap" and o["metadata"]["name"] == km.DB)["data"]
    good = _certs(tmp_path, "ca", certs[km.SERVER_TLS]["dnsNames"], certs[km.CLIENT_TLS]["commonName"], "postgres")
    foreign = _certs(tmp_path, "other", ["x"], "monitor")
    server = PgServer.start(site_role=False)
    try:
        with server.connect("postgres", superuser=True) as conn:
            conn.execute(f"CREATE DATABASE {km.ROLE}")
        with server.connect(km.ROLE, superuser=True) as conn:
            conn.execute(config["monitor.sql"])
        tls, conf = server.base / "tls", server.base / "conf"
        shutil.copytree(good["server"], tls)
        conf.mkdir()
        (conf / "pg_hba.conf").write_text(config["pg_hba.conf"], encoding="utf-8")
        if os.geteuid() == 0:
            for p in (tls, *tls.iterdir(), conf, *conf.iterdir()):
                shutil.chown(p, pwd.getpwnam("postgres").pw_uid)
        settings = [a.replace(km.SERVER_TLS_DIR, str(tls)).replace(km.CONFIG_DIR, str(conf))
                    for a in km.server_args()[1:]]
        opts = (f"-c listen_addresses=127.0.0.1 -c port={server.port} -c unix_socket_directories={server.base} "
                + " ".join(settings))
        subprocess.run(server._as_owner(str(server.bindir / "pg_ctl"), "-D", str(server.base / "data"), "-l",
                                        str(server.base / "server.log"), "-w", "restart", "-o", opts),
                       check=True, capture_output=True)

        def url(client_dir, **extra):
            u = km.store_url().replace(km.CLIENT_DIR, str(client_dir)).replace(":5432/", f":{server.port}/")
            return u + "&hostaddr=127.0.0.1" + "".join(f"&{k}={v}" for k, v in extra.items())

        assert km.store_url().startswith(f"postgresql://{km.ROLE}@{km.db_host()}:5432/")
        store = open_store(url(good["client"]))  # verify-full: the server's name is the rendered dnsNames'
        store.add_probes([("s", NOW, True, 200, 0.2, "")])
        assert store.probe_stats(0, NOW + 1)["s"]["probes"] == 1
        assert store.db.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user").fetchone() == (False,)
        store.close()
        for bad in (url(foreign["client"]), url(good["client"], sslmode="disable"),
                    f"postgresql://postgres:superuser-secret@127.0.0.1:{server.port}/monitor?sslmode=require"):
            with pytest.raises(StoreError):
                open_store(bad)
        # The superuser, even with a certificate of the right CA for its name, has no network login.
        with pytest.raises(psycopg.OperationalError, match=r"no pg_hba\.conf entry"):
            psycopg.connect(url(good["client-postgres"]).replace(f"{km.ROLE}@", "postgres@"), connect_timeout=5)
        # The job's certificate is for the role monitor only.
        with pytest.raises(psycopg.OperationalError, match=r"certificate authentication failed"):
            psycopg.connect(url(good["client-postgres"]), connect_timeout=5)
    finally:
        server.stop()
