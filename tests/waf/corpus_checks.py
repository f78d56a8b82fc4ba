"""What the corpus split tests (test_corpus_c_split.py to _h_) hold every generated corpus to.

No WAF here: only the committed files, the split rule written in each generator's docstring, and that
each record is a request a plain HTTP/1.1 server reads back exactly.
"""

from __future__ import annotations

import base64
import hashlib
import http.client
import http.server
import importlib
import io
import json
import re
import urllib.parse
import zipfile
from collections import Counter
from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path
from types import ModuleType

import pytest

from tests.waf.data import gen_cms_corpus as gen_a

HOST = "www.example.gov.cn"


def content_type(rec: dict) -> str:
    """A record's Content-Type header, whatever the case of its name ("" without one)."""
    return next((v for k, v in rec["headers"].items() if k.lower() == "content-type"), "")


def committed(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def assert_regenerates(tuning: list[dict], held: list[dict], tuning_file: Path, held_file: Path) -> None:
    """The generator gives its committed files, byte for byte as its main() writes them."""
    for path, part in ((tuning_file, tuning), (held_file, held)):
        assert committed(path) == part, path.name
        assert path.read_text(encoding="utf-8") == "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in part)


def assert_well_formed(reqs: list[dict], check, foreign_source: str) -> None:
    """Every record passes its generator's check, and the check is held to that generator's own sources
    (another corpus's source is refused) and methods (PUT is refused)."""
    problems = [(r["label"], p) for r in reqs for p in check(r)]
    assert not problems, problems[:5]
    rec = reqs[0]
    assert any("label/source" in p for p in check({**rec, "source": foreign_source}))
    assert any("method" in p for p in check({**rec, "method": "PUT"}))


def assert_tagged(reqs: list[dict], sources: dict[str, str], min_requests: int, min_families: int,
                  min_shapes: int) -> None:
    """Large enough, and every request names its family, shape and the public source of that family;
    several shapes per family, or the group rule has nothing to split."""
    families = Counter(r["family"] for r in reqs)
    assert len(reqs) >= min_requests and len(families) >= min_families
    assert all(r["family"] and r["shape"] and r["source"] for r in reqs)
    assert all(r["label"] == f"{r['family']}/{r['shape']}" and r["source"] == sources[r["family"]] for r in reqs)
    shapes = {f: {r["shape"] for r in reqs if r["family"] == f} for f in families}
    assert min(len(s) for s in shapes.values()) >= min_shapes


def assert_split_rule(tuning: list[dict], held: list[dict], salt: str, families: Iterable[str],
                      held_out_families: tuple[str, ...]) -> None:
    """The docstrings' rule, recomputed here: the three families whose sha256(salt + family) sort first are
    held out whole; elsewhere a (family, shape) group is held out when sha256(salt + family/shape) has a
    first byte divisible by 4. Nothing is on both sides."""
    by_digest = sorted(families, key=lambda f: hashlib.sha256(f"{salt}{f}".encode()).hexdigest())
    assert set(held_out_families) == set(by_digest[:3])
    assert not {r["family"] for r in tuning} & set(held_out_families)
    assert set(held_out_families) <= {r["family"] for r in held}
    assert not {r["label"] for r in held} & {r["label"] for r in tuning}
    for part, is_held in ((held, True), (tuning, False)):
        for r in part:
            first_byte = hashlib.sha256(f"{salt}{r['family']}/{r['shape']}".encode()).digest()[0]
            assert is_held == (r["family"] in held_out_families or first_byte % 4 == 0), r["label"]


def assert_new_families(reqs: list[dict], *earlier: object) -> None:
    """A corpus is new evidence only if it shares no family with A (generated and named) or with the
    earlier generators' SOURCES."""
    families = {r["family"] for r in reqs}
    assert not families & (a_families() | set(gen_a.SOURCES))
    for other in earlier:
        assert not families & set(other.SOURCES), other.__name__


# Corpora after A, in the order they were made: single letters, then (past Z) doubled ones.
LATER_CORPORA = (*"bcdefghijklmnopqrstuvwxyz", "aa", "ab", "ac", "ad", "ae", "af", "ag", "ah", "ai", "aj", "ak", "al",
                 "am")


def earlier_generators(last: str) -> tuple[ModuleType, ...]:
    """The generators of corpora B up to and including `last` ("w": B-W), in order: what a new corpus's families
    and SEED are compared with."""
    return tuple(importlib.import_module(f"tests.waf.data.gen_cms_corpus_{c}")
                 for c in LATER_CORPORA[:LATER_CORPORA.index(last) + 1])


def assert_uploads_decode(reqs: list[dict], min_uploads: int, ext: dict[str, str]) -> None:
    """Every uploaded file is what its part's Content-Type says (its magic bytes), its name has that type's
    extension, every part is named, and every type in `ext` occurs."""
    uploads = [r for r in reqs if content_type(r).startswith("multipart/form-data")]
    assert len(uploads) >= min_uploads
    kinds = set()
    for r in uploads:
        for p in upload_files(r):
            assert common_file_ok(p["data"], p["type"]) and p["filename"].endswith(ext[p["type"]]), r["label"]
            kinds.add(p["type"])
        assert all(p["name"] for p in multipart_parts(r))
    assert kinds == set(ext)


def a_families() -> set[str]:
    """A's gen() draws from module-level generators it does not reseed: put their state back, so that
    test_corpus.py's byte-for-byte check of A holds whatever order the tests run in."""
    states = [(m, m.rnd.getstate()) for m in (gen_a, gen_a.base)]
    try:
        return {r["family"] for r in gen_a.gen()}
    finally:
        for m, state in states:
            m.rnd.setstate(state)


class Capture:
    """A socket stand-in: http.client writes the request here instead of to a peer."""

    def __init__(self) -> None:
        self.data = b""

    def sendall(self, data: bytes) -> None:
        self.data += data

    def close(self) -> None:
        pass


class Parse(http.server.BaseHTTPRequestHandler):
    """http.server's own request parsing, fed from bytes (no socket, no server)."""

    def __init__(self, raw: bytes) -> None:  # not the base class's: that one would serve a socket
        self.rfile = io.BytesIO(raw)
        self.wfile = io.BytesIO()
        self.raw_requestline = self.rfile.readline(65537)
        self.client_address = ("127.0.0.1", 0)
        self.request_version = self.default_request_version
        self.command = None
        self.ok = self.parse_request()
        length = int(self.headers.get("Content-Length") or 0) if self.ok else 0
        self.body = self.rfile.read(length)
        self.rest = self.rfile.read()

    def log_message(self, *args: object) -> None:
        pass


def assert_http_server_parses(records: list[dict]) -> None:
    """Each record as the harness sends it (http.client, tests/waf/harness.py) is what a plain Python
    http.server reads back: same method, path and body, every header, nothing left over."""
    for rec in records:
        body = base64.b64decode(rec["body_b64"]) if "body_b64" in rec else rec.get("body")
        raw_body = body.encode() if isinstance(body, str) else body
        conn = http.client.HTTPConnection("127.0.0.1", 80)
        cap = conn.sock = Capture()
        conn.request(rec["method"], rec["path"], body=raw_body, headers={"Host": HOST, **rec["headers"]})
        parsed = Parse(cap.data)
        assert parsed.ok, rec["label"]
        assert (parsed.command, parsed.path, parsed.request_version) == (rec["method"], rec["path"], "HTTP/1.1")
        assert parsed.body == (raw_body or b"") and parsed.rest == b"", rec["label"]
        for k, v in rec["headers"].items():
            assert parsed.headers.get(k) == v, (rec["label"], k)


# --- What the per-family checks of the split tests read from a record ------------------------------

ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def record_body(rec: dict) -> bytes:
    """A record's body as sent (body_b64 for binary bodies)."""
    if "body_b64" in rec:
        return base64.b64decode(rec["body_b64"])
    return rec.get("body", "").encode()


def multipart_parts(rec: dict) -> list[dict]:
    """A multipart body's parts as a server's parser splits them: name, filename, type (None when absent) and
    the raw bytes; the body must open and close on its boundary, each part end with CRLF."""
    boundary = re.search(r"boundary=([^;]+)", content_type(rec)).group(1).encode()
    chunks = record_body(rec).split(b"--" + boundary)
    assert chunks[0] == b"" and chunks[-1] == b"--\r\n", rec["label"]
    out = []
    for chunk in chunks[1:-1]:
        head, _, data = chunk[2:].partition(b"\r\n\r\n")
        assert data.endswith(b"\r\n"), rec["label"]
        text = head.decode()
        fname = re.search(r'filename="([^"]*)"', text)
        ctype = re.search(r"Content-Type: (\S+)", text)
        out.append({"name": re.search(r'name="([^"]*)"', text).group(1), "filename": fname and fname.group(1),
                    "type": ctype and ctype.group(1), "data": data[:-2]})
    return out


def upload_fields(rec: dict) -> dict[str, str]:
    """A multipart record's form fields (the parts without a file name), decoded."""
    return {p["name"]: p["data"].decode() for p in multipart_parts(rec) if p["filename"] is None}


def upload_files(rec: dict) -> list[dict]:
    """A multipart record's file parts; a record that uploads nothing fails."""
    files = [p for p in multipart_parts(rec) if p["filename"] is not None]
    assert files, rec["label"]
    return files


def written_text(reqs: list[dict]) -> str:
    """What people and systems wrote in a corpus: its text bodies, upload form fields and form-encoded fields,
    decoded (what a corpus's "real text" test reads)."""
    text = "".join(r.get("body", "") for r in reqs)
    text += "".join(v for r in reqs if "body_b64" in r for v in upload_fields(r).values())
    forms = [r for r in reqs if content_type(r).startswith("application/x-www-form-urlencoded")]
    return text + "".join(v for r in forms for v in form_fields(r).values())


def upload_types(rec: dict) -> list[str]:
    """The Content-Types of a multipart record's files, in order."""
    return [p["type"] for p in upload_files(rec)]


def in_box(box: tuple[tuple[float, float], tuple[float, float]], lng: float | str, lat: float | str) -> bool:
    """Whether a point lies in a province's extent ((west, east), (south, north)), as a map service checks it."""
    (x0, x1), (y0, y1) = box
    return x0 <= float(lng) <= x1 and y0 <= float(lat) <= y1


def slot_within(slot: str, opens: str, closes: str) -> bool:
    """Whether a booking slot "HH:MM-HH:MM" starts before it ends and lies within opening hours."""
    start, end = (datetime.strptime(x, "%H:%M").time() for x in slot.split("-"))
    return datetime.strptime(opens, "%H:%M").time() <= start < end <= datetime.strptime(closes, "%H:%M").time()


def zip_names(data: bytes) -> set[str]:
    """The members of a ZIP container (DOCX, OFD, a zip upload), after checking every member's CRC."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert z.testzip() is None
        return set(z.namelist())


DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def common_file_ok(data: bytes, kind: str) -> bool | None:
    """Whether an upload of a common type is what its type says (magic bytes and trailer, a DOCX's main part);
    None for a type this does not know, which the corpus's own check decides."""
    if kind == "image/jpeg":
        return data[:3] == b"\xff\xd8\xff" and data[-2:] == b"\xff\xd9"
    if kind == "image/png":
        return data[:8] == b"\x89PNG\r\n\x1a\n" and data.endswith(b"IEND\xaeB`\x82")
    if kind == "application/pdf":
        return data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    if kind == DOCX_TYPE:
        return "word/document.xml" in zip_names(data)
    return None


def luhn_ok(n: str) -> bool:
    """A bank card number (16-19 digits) with its Luhn check digit."""
    total = 0
    for i, d in enumerate(reversed(n)):
        v = int(d) * (2 if i % 2 else 1)
        total += v - 9 if v > 9 else v
    return bool(re.fullmatch(r"\d{16,19}", n)) and total % 10 == 0


def cas_ok(cas: str) -> bool:
    """A CAS Registry Number with its check digit."""
    m = re.fullmatch(r"(\d{2,7})-(\d{2})-(\d)", cas)
    digits = (m.group(1) + m.group(2))[::-1] if m else ""
    return bool(m) and sum((i + 1) * int(d) for i, d in enumerate(digits)) % 10 == int(m.group(3))


def orcid_ok(value: str) -> bool:
    """An ORCID iD with its ISO 7064 11,2 check character."""
    if not re.fullmatch(r"\d{4}-\d{4}-\d{4}-\d{3}[\dX]", value):
        return False
    digits = value.replace("-", "")
    total = 0
    for d in digits[:-1]:
        total = (total + int(d)) * 2
    check = (12 - total % 11) % 11
    return digits[-1] == ("X" if check == 10 else str(check))


def query1(rec: dict) -> dict[str, str]:
    """A record's query parameters, the first value of each."""
    query = urllib.parse.urlsplit(rec["path"]).query
    return {k: v[0] for k, v in urllib.parse.parse_qs(query, keep_blank_values=True).items()}


def form_fields(rec: dict) -> dict[str, str]:
    """A record's urlencoded form body (strictly parsed: a malformed body fails the test)."""
    return dict(urllib.parse.parse_qsl(rec["body"], keep_blank_values=True, strict_parsing=True))


def of_family(reqs: list[dict], family: str, shape: str | None = None) -> list[dict]:
    """The records of a family (and shape); there must be some."""
    out = [r for r in reqs if r["family"] == family and (shape is None or r["shape"] == shape)]
    assert out, (family, shape)
    return out


def id_number_ok(n: str) -> bool:
    """GB 11643 公民身份号码: 17 digits and the mod-11 check character."""
    return (
        bool(re.fullmatch(r"\d{17}[0-9X]", n))
        and "10X98765432"[sum(int(d) * w for d, w in zip(n, ID_WEIGHTS, strict=False)) % 11] == n[-1]
    )


def uscc_ok(code: str) -> bool:
    """GB 32100-2015 统一社会信用代码: 17 characters and the mod-31 check character."""
    if not re.fullmatch(f"[{USCC_CHARS}]{{18}}", code):
        return False
    check = (31 - sum(USCC_CHARS.index(ch) * w for ch, w in zip(code, USCC_WEIGHTS, strict=False)) % 31) % 31
    return USCC_CHARS[check] == code[-1]


# --- What a split test's fixtures, helpers and contract tests share (J; C-I keep their own copies) ----


def corpus_fixtures(gen: ModuleType) -> tuple[Callable[[], tuple[list[dict], list[dict]]], Callable[..., list[dict]]]:
    """The module-scoped ``corpus`` (tuning part, held-out part) and ``reqs`` (both parts) fixtures of a
    generator's split test: ``corpus, reqs = corpus_fixtures(gen_x)`` at the test module's top level."""

    @pytest.fixture(scope="module")
    def corpus() -> tuple[list[dict], list[dict]]:
        return gen.split(gen.gen())

    @pytest.fixture(scope="module")
    def reqs(corpus: tuple[list[dict], list[dict]]) -> list[dict]:
        return corpus[0] + corpus[1]

    return corpus, reqs


def json_body(rec: dict) -> object:
    """A record's body parsed as JSON."""
    return json.loads(rec["body"])


def header(rec: dict, name: str) -> str:
    """A record's header ``name``, whatever the case ("" without one)."""
    return next((v for k, v in rec["headers"].items() if k.lower() == name.lower()), "")


def basic_credentials(rec: dict) -> tuple[str, str]:
    """(user, password) of a record's Basic Authorization header, which it must have."""
    auth = header(rec, "Authorization")
    assert auth.startswith("Basic "), rec["label"]
    user, _, password = base64.b64decode(auth[6:]).decode().partition(":")
    return user, password


def assert_sized(reqs: list[dict], gen: ModuleType, family_sizes: tuple[int, int], **tagged: int) -> None:
    """assert_tagged (``tagged``: its minimums), every family in SOURCES generated, and each family's
    request count within ``family_sizes`` (low, high)."""
    assert_tagged(reqs, gen.SOURCES, **tagged)
    assert set(gen.SOURCES) == set(gen.FAMILIES)
    sizes = Counter(r["family"] for r in reqs)
    low, high = family_sizes
    assert min(sizes.values()) >= low and max(sizes.values()) <= high, sizes


def assert_split_as_written(
    corpus: tuple[list[dict], list[dict]],
    gen: ModuleType,
    salt: str,
    pinned: tuple[str, ...],
    earlier: Iterable[ModuleType],
    parts: tuple[int, int],
) -> None:
    """The generator's salt and a seed no earlier generator used; its held-out families are the pinned ones
    (a change of family names would re-split); assert_split_rule; and the parts' sizes."""
    assert salt == gen.SALT and gen.SEED not in {m.SEED for m in earlier}
    assert pinned == gen.HELD_OUT_FAMILIES
    assert_split_rule(*corpus, salt, gen.SOURCES, gen.HELD_OUT_FAMILIES)
    assert (len(corpus[0]), len(corpus[1])) == parts


def assert_sound_requests(reqs: list[dict], check: Callable[[dict], list[str]], foreign_source: str) -> None:
    """assert_well_formed (held to the generator's own sources and methods) and assert_http_server_parses."""
    assert_well_formed(reqs, check, foreign_source)
    assert_http_server_parses(reqs)


def media_types(reqs: list[dict]) -> Counter[str]:
    """How many records send each media type (Content-Type without its parameters, lower case; "" for none)."""
    return Counter(content_type(r).split(";")[0].strip().lower() for r in reqs)


def assert_headers_sent(reqs: list[dict], names: Iterable[str]) -> None:
    """Some record sends each header of ``names`` (whatever the case)."""
    sent = {k.lower() for r in reqs for k in r["headers"]}
    missing = [name for name in names if name.lower() not in sent]
    assert not missing, missing
