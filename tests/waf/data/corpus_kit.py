"""What the CMS corpus generators share: the JSONL record, the hash split of corpora B-E, and (D, E) the
check that every record is a well-formed HTTP request whose body is what its Content-Type says.

Each generator keeps its own sources, pools and salt; regenerating must still give its committed files
byte for byte (tests/waf/test_corpus.py, test_corpus_c_split.py), so the record's key order and the split
rule below are frozen with the corpora.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import urllib.parse
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar


def record(source: str, family: str, shape: str, method: str, path: str, headers: dict[str, str],
           body: str | bytes | None = None) -> dict:
    """One request: label = family/shape; a binary body (file uploads) as base64 in ``body_b64``."""
    rec: dict = {"label": f"{family}/{shape}", "family": family, "shape": shape, "source": source,
                 "method": method, "path": path, "headers": headers}
    if isinstance(body, bytes):
        rec["body_b64"] = base64.b64encode(body).decode()
    elif body is not None:
        rec["body"] = body
    return rec


class HashSplit:
    """The split written in B's and C's docstrings before any WAF result: the ``whole`` families whose
    sha256(salt + family) sort first are held out whole; in every other family a (family, shape) group
    is held out when sha256(salt + family/shape) has a first byte divisible by 4."""

    def __init__(self, salt: str, families: Iterable[str], whole: int = 3) -> None:
        self.salt = salt
        self.held_out_families = tuple(sorted(sorted(families), key=self.digest)[:whole])

    def digest(self, text: str) -> str:
        return hashlib.sha256((self.salt + text).encode()).hexdigest()

    def held_out(self, family: str, shape: str) -> bool:
        return family in self.held_out_families or bytes.fromhex(self.digest(f"{family}/{shape}"))[0] % 4 == 0

    def split(self, reqs: list[dict]) -> tuple[list[dict], list[dict]]:
        """(tuning part, held-out part), each in generation order."""
        return ([r for r in reqs if not self.held_out(r["family"], r["shape"])],
                [r for r in reqs if self.held_out(r["family"], r["shape"])])


# --- the record check (corpora D and E; C keeps its own, older contract) ---------------------------

TOKEN = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")  # RFC 9110 token: methods and header names
PATH = re.compile(r"/[\x21-\x7e]*")  # what a client sends: ASCII, no space, no control byte
BODY_METHODS = {"POST"}
METHODS = {"GET", "HEAD", "OPTIONS", *BODY_METHODS}
JSON_TYPES = re.compile(r"application/(json|csp-report|[\w.-]+\+json)")
XML_TYPES = re.compile(r"(text|application)/(xml|[\w.-]+\+xml)")
HARNESS_HEADERS = {"host", "content-length", "transfer-encoding"}  # the harness (http.client) writes these itself


def check_record(rec: dict, sources: dict[str, str], methods: set[str] = METHODS) -> list[str]:
    """What is wrong with one record as an HTTP request (empty: nothing). No WAF is involved: this is the
    shape a client (http.client in tests/waf/harness.py) can send and any HTTP/1.1 server must parse."""
    bad = [
        f"missing {k}" for k in ("label", "family", "shape", "source", "method", "path", "headers") if not rec.get(k)
    ]
    if bad:
        return bad
    if rec["label"] != f"{rec['family']}/{rec['shape']}" or rec["source"] != sources.get(rec["family"]):
        bad.append("label/source do not match family and shape")
    if rec["method"] not in methods or not TOKEN.fullmatch(rec["method"]):
        bad.append(f"method {rec['method']!r}")
    if not PATH.fullmatch(rec["path"]) or "#" in rec["path"]:  # a fragment never leaves the browser
        bad.append(f"path {rec['path'][:60]!r}")
    headers = rec["headers"]
    seen: set[str] = set()
    for k, v in headers.items():
        if not (isinstance(k, str) and isinstance(v, str) and TOKEN.fullmatch(k)):
            bad.append(f"header {k!r}")
        elif not v.isascii() or any(ch in v for ch in "\r\n\0") or v != v.strip():
            bad.append(f"header {k} value {v[:40]!r}")
        elif k.lower() in seen:
            bad.append(f"header {k} twice")
        elif k.lower() in HARNESS_HEADERS - {"content-length"}:
            bad.append(f"header {k} is the client's to write")
        if isinstance(k, str):
            seen.add(k.lower())
    if "body" in rec and "body_b64" in rec:
        bad.append("both body and body_b64")
    if rec.get("client", "office") != "office":  # ADR 0040: a back-office request is marked, anything else is not
        bad.append(f"client {rec['client']!r}: only \"office\" (or no client: a citizen on the internet)")
    try:
        body = base64.b64decode(rec["body_b64"], validate=True) if "body_b64" in rec else rec.get("body")
    except ValueError:
        return [*bad, "body_b64 is not base64"]
    if body is not None and not isinstance(body, str | bytes):
        return [*bad, "body is not a string"]
    raw = body.encode() if isinstance(body, str) else body
    lower = {k.lower(): v for k, v in headers.items() if isinstance(k, str)}
    if rec["method"] in BODY_METHODS:
        if not raw or "content-type" not in lower:
            bad.append("POST without a body or a Content-Type")
    elif raw:
        bad.append(f"{rec['method']} with a body")
    if "content-length" in lower and lower["content-length"] != str(len(raw or b"")):
        bad.append("Content-Length does not match the body")
    if raw and "content-type" in lower:
        bad += _check_body(lower["content-type"], raw)
    return bad


def _check_body(ctype: str, raw: bytes) -> list[str]:
    """The body is what its Content-Type says."""
    mime = ctype.split(";")[0].strip().lower()
    try:
        if JSON_TYPES.fullmatch(mime):
            json.loads(raw.decode())
        elif mime == "application/x-www-form-urlencoded":
            urllib.parse.parse_qsl(raw.decode("ascii"), keep_blank_values=True, strict_parsing=True)
        elif mime == "multipart/form-data":
            boundary = re.search(r"boundary=([^;]+)", ctype)
            if not boundary:
                return ["multipart without a boundary"]
            b = boundary.group(1).encode()
            if not raw.startswith(b"--" + b + b"\r\n") or not raw.endswith(b"\r\n--" + b + b"--\r\n"):
                return ["multipart body does not match its boundary"]
        elif XML_TYPES.fullmatch(mime):
            ET.fromstring(raw)  # noqa: S314 - the generators' own records, no external input
        else:  # text/plain and the rest: UTF-8 text
            raw.decode()
    except (ValueError, ET.ParseError) as e:
        return [f"body is not {mime}: {e}"]
    return []


# --- what the generators' module plumbing shares (J; F-I keep their own copies, committed before it) ---

C = TypeVar("C")
FamilyFn = Callable[[C], None]


def family_registry(families: dict[str, FamilyFn[C]]) -> Callable[[str], Callable[[FamilyFn[C]], FamilyFn[C]]]:
    """A generator's ``@family(name)`` decorator: it files the decorated function under ``name`` in
    ``families``, which generate() runs in name order."""

    def family(name: str) -> Callable[[FamilyFn[C]], FamilyFn[C]]:
        def register(fn: FamilyFn[C]) -> FamilyFn[C]:
            families[name] = fn
            return fn

        return register

    return family


class SourceTagged:
    """Put before a generator's Corpus base class: add() tags each request with ``sources[family]`` (the
    generator's own SOURCES, a class attribute) where the base would record the earlier corpus's."""

    sources: dict[str, str]
    reqs: list[dict]

    def add(
        self, family: str, shape: str, method: str, path: str, h: dict[str, str], body: str | bytes | None = None
    ) -> None:
        self.reqs.append(record(self.sources[family], family, shape, method, path, h, body))


class ConsoleMarked:
    """Put before a generator's Corpus base class (ADR 0040): add() marks a request "client": "office" when its path
    matches its family's console rule (``console``, the generator's own CONSOLE: a family's regex, matched at the
    path's start, or None for a family without a console), decided from what the request is, before any count."""

    console: dict[str, str | None]
    reqs: list[dict]

    def add(
        self, family: str, shape: str, method: str, path: str, h: dict[str, str], body: str | bytes | None = None
    ) -> None:
        super().add(family, shape, method, path, h, body)  # type: ignore[misc]  (the Corpus base after it)
        rule = self.console[family]
        if rule and re.match(rule, path):
            self.reqs[-1]["client"] = "office"


def generate(corpus: C, families: dict[str, FamilyFn[C]]) -> list[dict]:
    """Every family's requests into ``corpus`` (an object with ``reqs``), families in name order."""
    for name in sorted(families):
        families[name](corpus)
    return corpus.reqs


def jsonl(records: Iterable[dict]) -> str:
    """Records as the committed files hold them: one JSON object a line, non-ASCII kept."""
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def write_corpus(
    reqs: list[dict],
    check: Callable[[dict], list[str]],
    split: Callable[[list[dict]], tuple[list[dict], list[dict]]],
    tuning_file: Path,
    held_out_file: Path,
    families: int,
) -> None:
    """A generator's main(): refuse any malformed record, split, write both parts and say how large they are."""
    problems = [(r["label"], p) for r in reqs for p in check(r)]
    if problems:
        raise SystemExit(f"{len(problems)} malformed requests, first: {problems[:3]}")
    tuning, heldout = split(reqs)
    for path, part in ((tuning_file, tuning), (held_out_file, heldout)):
        path.write_text(jsonl(part), encoding="utf-8")
    print(f"{len(reqs)} requests, {families} families: tuning {len(tuning)}, held-out {len(heldout)}")


HOST = "www.example.gov.cn"  # the placeholder host of every corpus; the evaluation replaces it
SITE = f"https://{HOST}"


def part_files(corpus: str) -> tuple[Path, Path]:
    """(tuning file, held-out file) of a corpus: cms_<corpus>_tuning.jsonl and cms_<corpus>_heldout.jsonl, here."""
    here = Path(__file__).parent
    return here / f"cms_{corpus}_tuning.jsonl", here / f"cms_{corpus}_heldout.jsonl"
