"""What the CMS corpus generators share: the JSONL record and the hash split of corpora B and C.

Each generator keeps its own sources, pools and salt; regenerating must still give its committed files
byte for byte (tests/waf/test_corpus.py, test_corpus_c_split.py), so the record's key order and the split
rule below are frozen with the corpora.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterable


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
