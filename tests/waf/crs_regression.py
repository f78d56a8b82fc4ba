"""The OWASP CRS 3.3.4 regression tests (ftw YAML) run against the real tier, tuned and stock, per profile.

Used by tests/waf/test_crs_regression.py, tests/waf/evaluate.py (``report()``) and so bench/waf.py --corpus.
The tests are fetched by ``./run test`` (``sitegroup waf crs-tests fetch``, sitegroup/waf/crs_tests.py); this
module only reads them.

Every stage whose output names a rule (``log_contains`` / ``no_log_contains``) becomes the raw bytes ftw would
send (its defaults and "magic": a form Content-Type and a Content-Length for a body, a form body re-encoded when
it is not encoded yet, ``stop_magic`` turns both off; ``encoded_request`` / ``raw_request`` as given), with
three changes the tier needs and a test notes: the Host value becomes the profile's site (the tier routes by
Host; a missing Host stays missing and nginx refuses it), an ``X-Forwarded-For`` citizen address (the request
comes from the gateway address, as in production), and an ``X-Test-Id`` header that finds the request's
entry in ModSecurity's JSON audit log (which records near misses too: every rule with ``log``/``auditlog``).

"Detects", per stage whose expected rule's paranoia level (its ``paranoia-level/N`` tag in the stock rule
files; none = 1) is at most the profile's:
- stock: the expected rule fired;
- tuned: the expected rule fired, or the platform's replacement of it (a rule tagged
  ``sitegroup/replaces/<id>``, policies/waf/crs-tuning-zh.conf) fired, or the tier refused the request (403).
A ``no_log_contains`` stage is a false positive when the rule (tuned: or its replacement) fired.
"""

from __future__ import annotations

import base64
import itertools
import json
import re
import socket
import time
import urllib.parse
import uuid
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from sitegroup.waf import crs_tests
from sitegroup.waf.options import DEBIAN_CRS_RULES
from tests.waf import factory

BLOCKING = factory.BLOCKING
REPLACES = "sitegroup/replaces/"
TIMEOUT = 4.0  # seconds for a response: a test that promises more body than it sends makes nginx wait
# Each profile must have at least this many applicable stages, or a comparison could pass on nothing.
MIN_STAGES = 1000


# --- the tests ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Stage:
    rule_file: str  # REQUEST-942-APPLICATION-ATTACK-SQLI
    title: str  # 942100-1 (not unique: 941160.yaml has two 941160-10)
    index: int  # the stage's place in its test
    rule: int  # the id the output names
    expect: str  # "log" (log_contains) or "nolog" (no_log_contains)
    input: dict = field(hash=False, compare=False)
    desc: str = ""
    file: str = ""  # 942100.yaml
    test: int = 0  # the test's place in its file

    @property
    def key(self) -> str:
        """Unique: the file, the test's place in it, the stage's place in the test."""
        return f"{self.file}:{self.test}:{self.index}"


_ID = re.compile(r"(\d{6})")


def load_stages(root: Path | None = None) -> list[Stage]:
    """Every stage of every ``<RULE-FILE>/<id>.yaml`` that names a rule, in file order."""
    root = root or crs_tests.tests_dir()
    out = []
    for path in sorted(root.glob("*/*.yaml")):
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        for t, test in enumerate(doc.get("tests") or []):
            for i, item in enumerate(test.get("stages") or []):
                st = item["stage"]
                o = st.get("output") or {}
                for key, expect in (("log_contains", "log"), ("no_log_contains", "nolog")):
                    m = _ID.search(str(o.get(key) or ""))
                    if m:
                        out.append(Stage(path.parent.name, str(test["test_title"]), i, int(m.group(1)), expect,
                                         st.get("input") or {}, str(test.get("desc") or ""), path.name, t))
    return out


_DIRECTIVE = re.compile(r"^\s*(SecRule|SecAction)\b", re.MULTILINE)


def rule_paranoia(rules_dir: str | Path = DEBIAN_CRS_RULES) -> dict[int, int]:
    """Rule id -> paranoia level, from the stock rule files' ``tag:'paranoia-level/N'`` (no tag: 1)."""
    out: dict[int, int] = {}
    for path in sorted(Path(rules_dir).glob("*.conf")):
        lines = path.read_text(errors="replace").splitlines()
        text = "\n".join(line for line in lines if not line.lstrip().startswith("#")).replace("\\\n", " ")
        starts = [m.start() for m in _DIRECTIVE.finditer(text)] + [len(text)]
        for a, b in itertools.pairwise(starts):
            d = text[a:b]
            rid = re.search(r"\bid:(\d+)", d)
            if rid:
                pl = re.search(r"paranoia-level/(\d)", d)
                out[int(rid.group(1))] = int(pl.group(1)) if pl else 1
    return out


def applicable(stages: Iterable[Stage], paranoia: int, levels: dict[int, int]) -> list[Stage]:
    return [s for s in stages if levels.get(s.rule, 1) <= paranoia]


# --- requests -------------------------------------------------------------------------------------


def _bytes(text: str) -> bytes:
    # YAML "\xNN" escapes are code points U+00NN meaning the byte NN (944200's raw Java magic bytes): one byte
    # per character when every character fits, UTF-8 otherwise (941110-8's fullwidth ＜script＞ cookie).
    return text.encode("latin-1") if all(ord(c) < 256 for c in text) else text.encode("utf-8")


def _ftw_body(inp: dict, headers: dict[str, str]) -> str:
    """ftw's body rules: a list is lines joined by CRLF; unless stop_magic, a body gets a form Content-Type,
    a form body that is not URL-encoded yet is encoded, and a Content-Length is added."""
    data = inp.get("data")
    if data is None:
        return ""
    data = "\r\n".join(str(x) for x in data) if isinstance(data, list) else str(data)
    if not data or inp.get("stop_magic"):
        return data
    names = {k.lower(): k for k in headers}
    if "content-type" not in names:
        headers["Content-Type"] = "application/x-www-form-urlencoded"
        names["content-type"] = "Content-Type"
    if headers[names["content-type"]] == "application/x-www-form-urlencoded" and urllib.parse.unquote(data) == data:
        pairs = urllib.parse.parse_qsl(data)
        if pairs:
            data = urllib.parse.urlencode(pairs)
    if "content-length" not in names:
        headers["Content-Length"] = str(len(_bytes(data)))
    return data


def _ours(test_id: str, client: str) -> list[tuple[str, str]]:
    return [("X-Test-Id", test_id), ("X-Forwarded-For", client)]


def _patch_raw(raw: bytes, host: str, test_id: str, client: str) -> bytes:
    """A raw request with the Host value replaced (kept missing when missing) and our headers after the
    request line, in the request's own line ending."""
    end = raw.find(b"\n")
    if end < 0:
        return raw
    eol = b"\r\n" if raw[end - 1:end] == b"\r" else b"\n"
    head_end = raw.find(eol + eol)
    head, rest = (raw, b"") if head_end < 0 else (raw[:head_end], raw[head_end:])
    lines = head.split(eol)
    lines = [lines[0]] + [f"{k}: {v}".encode() for k, v in _ours(test_id, client)] + [
        (b"Host: " + host.encode()) if line.lower().startswith(b"host:") else line for line in lines[1:]]
    return eol.join(lines) + rest


def raw_request(inp: dict, host: str, test_id: str, client: str) -> bytes:
    """The bytes ftw sends for a stage's input, for the tier (see the module docstring)."""
    if inp.get("encoded_request"):
        return _patch_raw(base64.b64decode(inp["encoded_request"]), host, test_id, client)
    if inp.get("raw_request"):
        return _patch_raw(_bytes(str(inp["raw_request"])), host, test_id, client)
    headers = {str(k): str(v) for k, v in (inp.get("headers") or {}).items()}
    for k in list(headers):
        if k.lower() == "host":
            headers[k] = host
    body = _ftw_body(inp, headers)
    xff = next((k for k in headers if k.lower() == "x-forwarded-for"), None)
    if xff:  # the test's own value stays visible; the real client is the last address, added by the gateway
        headers[xff] = f"{headers[xff]}, {client}"
    extra = [(k, v) for k, v in _ours(test_id, client) if not (xff and k == "X-Forwarded-For")]
    method = str(inp.get("method", "GET"))
    uri = str(inp.get("uri", "/"))
    version = str(inp.get("version", "HTTP/1.1"))
    head = f"{method} {uri} {version}\r\n" + "".join(f"{k}: {v}\r\n" for k, v in [*headers.items(), *extra])
    return _bytes(head) + b"\r\n" + _bytes(body)


# --- sending and reading what fired ---------------------------------------------------------------


@dataclass(frozen=True)
class Outcome:
    status: int | None  # None: no HTTP status line came back
    error: str = ""  # why there is no status ("timeout", "closed", ...)
    fired: frozenset[int] = frozenset()  # rule ids in the request's audit log entry
    replaced: frozenset[int] = frozenset()  # CRS ids whose sitegroup replacement fired
    logged: bool = False  # ModSecurity wrote an entry for the request

    @property
    def nginx_refused(self) -> bool:
        """nginx answered an error before ModSecurity saw the request (bad request line, no Host: 400 or
        421): ModSecurity logs every 4xx but 404 it processed."""
        return not self.logged and self.status is not None and self.status >= 400 and self.status != 404

    def fires(self, rule: int, tuned: bool) -> bool:
        return rule in self.fired or (tuned and rule in self.replaced)

    def describe(self) -> str:
        if self.status is None:
            return f"no response ({self.error})"
        if self.nginx_refused:
            return f"refused by nginx (HTTP {self.status})"
        crs = sorted(r for r in self.fired if r >= 900000 and r not in (949110, 980130))
        own = sorted(r for r in self.fired if r < 900000)
        what = ", ".join(map(str, crs + own)) or "no rule"
        return f"HTTP {self.status}, fired: {what}"


def _send(port: int, raw: bytes, timeout: float = TIMEOUT) -> tuple[int | None, str]:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.settimeout(timeout)
        s.bind((factory.GATEWAY, 0))
        s.connect(("127.0.0.1", port))
        buf = b""
        try:
            s.sendall(raw)
            while b"\n" not in buf:
                chunk = s.recv(4096)
                if not chunk:
                    break
                buf += chunk
        except TimeoutError:
            if not buf:
                return None, "timeout"
        except OSError as exc:
            if not buf:
                return None, type(exc).__name__
    m = re.match(rb"HTTP/\d\.\d (\d{3})", buf)
    return (int(m.group(1)), "") if m else (None, "closed" if not buf else "no status line")


def _read_audit(audit_log: Path, offset: int, ids: set[str]) -> dict[str, tuple[set[int], set[int]]]:
    out: dict[str, tuple[set[int], set[int]]] = {}
    with audit_log.open("rb") as f:
        f.seek(offset)
        for line in f:
            try:  # ModSecurity copies request bytes into the JSON as they came (944200's 0xAC 0xED)
                t = json.loads(line.decode("utf-8", "replace"))["transaction"]
            except (ValueError, KeyError):
                continue
            tid = (t.get("request", {}).get("headers") or {}).get("X-Test-Id")
            if tid not in ids:
                continue
            fired, replaced = out.setdefault(tid, (set(), set()))
            for m in t.get("messages") or []:
                d = m.get("details") or {}
                if str(d.get("ruleId", "")).isdigit():
                    fired.add(int(d["ruleId"]))
                replaced.update(int(tag[len(REPLACES):]) for tag in d.get("tags") or []
                                if tag.startswith(REPLACES) and tag[len(REPLACES):].isdigit())
    return out


def run(port: int, audit_log: Path, stages: list[Stage], profile: str, workers: int = 4) -> dict[str, Outcome]:
    """Send every stage to the profile's site of a running tier; the outcome per stage key."""
    host = factory.profile_host(profile)
    prefix = f"crs-{uuid.uuid4().hex[:12]}-"
    offset = audit_log.stat().st_size if audit_log.exists() else 0
    ids = [f"{prefix}{n}" for n in range(len(stages))]

    def one(n: int) -> tuple[int | None, str]:
        # One citizen per stage: the per-client rate limit never answers for ModSecurity.
        client = f"198.18.{n // 250 % 250}.{n % 250 + 1}"
        return _send(port, raw_request(stages[n].input, host, ids[n], client))

    with ThreadPoolExecutor(workers) as pool:
        answers = list(pool.map(one, range(len(stages))))
    # nginx writes an entry in the log phase, after the response: wait until a marker sent last (a scanner
    # User-Agent: 913100 fires at every level) is there and the log has stopped growing.
    marker = f"{prefix}marker"
    _send(port, (f"GET /crs-marker HTTP/1.1\r\nHost: {host}\r\nUser-Agent: sqlmap/1.0\r\nX-Test-Id: {marker}\r\n"
                 "X-Forwarded-For: 198.19.0.1\r\nConnection: close\r\n\r\n").encode())
    deadline = time.monotonic() + 15
    size = -1
    while time.monotonic() < deadline:
        now = audit_log.stat().st_size if audit_log.exists() else 0
        if now == size and marker in _read_audit(audit_log, offset, {marker}):
            break
        size = now
        time.sleep(0.3)
    logged = _read_audit(audit_log, offset, set(ids))
    out = {}
    for s, tid, (status, error) in zip(stages, ids, answers, strict=True):
        fired, replaced = logged.get(tid, (set(), set()))
        out[s.key] = Outcome(status, error, frozenset(fired), frozenset(replaced), tid in logged)
    return out


# --- the comparison -------------------------------------------------------------------------------


@dataclass
class Comparison:
    profile: str
    paranoia: int
    applicable: int  # log_contains stages at or under the profile's paranoia level
    stock_detected: int
    tuned_detected: int
    missed: list[tuple[Stage, Outcome, Outcome]]  # stock detects, tuned does not: (stage, stock, tuned)
    nolog: int  # no_log_contains stages at or under the level
    stock_fp: int
    tuned_fp: int
    tuned_only: int  # tuned detects, stock does not
    stock_refused: int  # stock by the tuned definition (the rule fired or 403): the like-for-like figure
    # stock refused (403, on other rules) and tuned neither refused nor fired the rule: not "missed" by the
    # definition, but a request stock CRS stopped and the tuned tier lets through
    let_through: list[tuple[Stage, Outcome, Outcome]] = field(default_factory=list)
    fp_stages: list[tuple[Stage, Outcome]] = field(default_factory=list)  # tuned fires where it must not
    outcomes: tuple[dict[str, Outcome], dict[str, Outcome]] = ({}, {})  # (stock, tuned) per stage key


def detects(stage: Stage, outcome: Outcome, tuned: bool) -> bool:
    return outcome.fires(stage.rule, tuned) or (tuned and outcome.status == 403)


def compare(profile: str, paranoia: int, stages: list[Stage], stock: dict[str, Outcome],
            tuned: dict[str, Outcome]) -> Comparison:
    logs = [s for s in stages if s.expect == "log"]
    nologs = [s for s in stages if s.expect == "nolog"]
    sd = {s.key for s in logs if detects(s, stock[s.key], False)}
    sr = {s.key for s in logs if detects(s, stock[s.key], True)}
    td = {s.key for s in logs if detects(s, tuned[s.key], True)}

    def triples(keys: set[str]) -> list[tuple[Stage, Outcome, Outcome]]:
        return [(s, stock[s.key], tuned[s.key]) for s in logs if s.key in keys]

    fp_tuned = [(s, tuned[s.key]) for s in nologs if tuned[s.key].fires(s.rule, True)]
    return Comparison(
        profile, paranoia, len(logs), len(sd), len(td), triples(sd - td), len(nologs),
        sum(stock[s.key].fires(s.rule, False) for s in nologs), len(fp_tuned),
        len(td - sd), len(sr), triples(sr - sd - td), fp_tuned, (stock, tuned))


def evaluate(stock: tuple[int, Path], tuned: tuple[int, Path], profiles: Iterable[str] = BLOCKING,
             root: Path | None = None) -> dict[str, Comparison]:
    """Run the applicable stages against both tiers ((port, audit log) each) for every profile."""
    stages = load_stages(root)
    levels = rule_paranoia()
    out = {}
    for profile in profiles:
        pl = factory.load_profile(profile).paranoia
        mine = applicable(stages, pl, levels)
        out[profile] = compare(profile, pl, mine, run(*stock, mine, profile), run(*tuned, mine, profile))
    return out


def table(results: dict[str, Comparison]) -> str:
    """One row per profile, then every stage stock detects and the tuned tier does not."""
    lines = [f"CRS {crs_tests.VERSION} regression tests (ftw YAML; log_contains stages at or under the "
             "profile's paranoia level)",
             f"{'profile':17} {'stages':>7} {'stock':>7} {'tuned':>7} {'missed':>7} {'tuned+':>7} {'stock*':>7} | "
             f"{'no_log':>7} {'FP stock':>9} {'FP tuned':>9}"]
    for p, c in results.items():
        lines.append(f"{f'{p} (PL{c.paranoia})':17} {c.applicable:7d} {c.stock_detected:7d} {c.tuned_detected:7d} "
                     f"{len(c.missed):7d} {c.tuned_only:7d} {c.stock_refused:7d} | {c.nolog:7d} {c.stock_fp:9d} "
                     f"{c.tuned_fp:9d}")
    lines.append("(stock = the rule fired; tuned = the rule or its sitegroup replacement fired, or 403; missed = stock "
                 "detects, tuned does not; tuned+ = the reverse; stock* = stock counted like tuned; FP = "
                 "no_log_contains stages whose rule fired)")
    for p, c in results.items():
        for s, st, tu in c.missed:
            lines.append(f"  missed {p}: {s.title} (rule {s.rule}) {s.desc[:60]!r}: stock {st.describe()}; "
                         f"tuned {tu.describe()}")
        for s, st, tu in c.let_through:
            lines.append(f"  let through {p}: {s.title} (rule {s.rule}) {s.desc[:60]!r}: stock {st.describe()}; "
                         f"tuned {tu.describe()}")
    return "\n".join(lines)
