"""A signed evidence bundle of one incident query: the lines as the store returned them, the join, the question.

``bundle.tar.gz`` holds ``query.json`` (who asked what, when, of which store), ``lines.jsonl`` (every line read,
all fields), ``incidents.json`` (the lines joined on the request id), ``manifest.json`` (SHA-256 of each file)
and ``manifest.sig`` (Ed25519 over manifest.json, the platform's evidence key). ``verify`` re-hashes every
file and checks the signature with a public key the verifier trusts (not one inside the bundle).
"""

from __future__ import annotations

import hashlib
import io
import json
import tarfile
from datetime import UTC, datetime
from pathlib import Path

from sitegroup.logs import signing

FILES = ("query.json", "lines.jsonl", "incidents.json")


class BundleError(RuntimeError):
    pass


def _add(tar: tarfile.TarFile, name: str, data: bytes, mtime: float) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = int(mtime)
    info.mode = 0o444
    tar.addfile(info, io.BytesIO(data))


def write(path: Path, query: dict, rows: list[dict], incidents: list[dict], key, now: datetime | None = None) -> dict:
    now = now or datetime.now(UTC)
    contents = {
        "query.json": json.dumps(query, ensure_ascii=False, indent=1, sort_keys=True).encode(),
        "lines.jsonl": "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in rows).encode(),
        "incidents.json": json.dumps(incidents, ensure_ascii=False, indent=1, sort_keys=True).encode(),
    }
    manifest = {"made_at": now.isoformat(), "files": {n: hashlib.sha256(d).hexdigest() for n, d in contents.items()},
                "lines": len(rows), "signer": signing.public_pem(key).decode()}
    manifest_bytes = json.dumps(manifest, indent=1, sort_keys=True).encode()
    with tarfile.open(path, "w:gz") as tar:
        for name, data in contents.items():
            _add(tar, name, data, now.timestamp())
        _add(tar, "manifest.json", manifest_bytes, now.timestamp())
        _add(tar, "manifest.sig", signing.sign(key, manifest_bytes).encode(), now.timestamp())
    return manifest


def verify(path: Path, public_key) -> dict:
    """The manifest, if every file matches it and its signature holds; else BundleError naming what broke."""
    with tarfile.open(path, "r:gz") as tar:
        data = {m.name: tar.extractfile(m).read() for m in tar.getmembers() if m.isfile()}  # type: ignore[union-attr]
    for name in (*FILES, "manifest.json", "manifest.sig"):
        if name not in data:
            raise BundleError(f"{path}: {name} is missing")
    try:
        signing.verify(public_key, data["manifest.json"], data["manifest.sig"].decode())
    except signing.SignatureError as e:
        raise BundleError(f"{path}: manifest.json: {e}") from None
    manifest = json.loads(data["manifest.json"])
    for name, digest in manifest["files"].items():
        if hashlib.sha256(data[name]).hexdigest() != digest:
            raise BundleError(f"{path}: {name} does not match the signed manifest (changed after export)")
    return manifest
