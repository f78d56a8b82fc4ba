"""The manifest of a site's content: every file's path, size, sha256 and mode (and directories, symlinks).

Written into each snapshot as ``/.sitegroup-manifest.json`` at backup time; a restore, a drill and the
integrity check (防篡改) compare a tree against it. Hashing reads each file once in a thread pool (hashlib
releases the GIL on large buffers), so 50,000 files hash at disk speed rather than one file at a time.

File names are kept as str with surrogate escapes (legacy sites carry GBK-encoded names that are not UTF-8);
the JSON is written with ``ensure_ascii`` so those round-trip exactly.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

MANIFEST_NAME = ".sitegroup-manifest.json"
FORMAT = 1


@dataclass(frozen=True)
class Entry:
    path: str  # relative to the content root, "/"-separated
    type: str  # "file" | "dir" | "symlink"
    mode: int  # permission bits (stat.S_IMODE)
    size: int = 0
    sha256: str | None = None
    target: str | None = None  # symlink target
    # (mtime_ns, ctime_ns, inode) when hashed: lets the next backup skip re-reading unchanged files.
    # Never part of a comparison; integrity checks and restore verification always hash every byte.
    stamp: tuple[int, int, int] | None = field(default=None, compare=False)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"path": self.path, "type": self.type, "mode": f"{self.mode:04o}"}
        if self.type == "file":
            data["size"] = self.size
            data["sha256"] = self.sha256
            if self.stamp is not None:
                data["stamp"] = list(self.stamp)
        if self.type == "symlink":
            data["target"] = self.target
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Entry:
        return cls(
            path=data["path"],
            type=data["type"],
            mode=int(data["mode"], 8),
            size=int(data.get("size", 0)),
            sha256=data.get("sha256"),
            target=data.get("target"),
            stamp=tuple(data["stamp"]) if data.get("stamp") else None,
        )


@dataclass
class Manifest:
    entries: dict[str, Entry]
    site: str = ""
    created: str = ""
    snapshot_path: str = ""  # where the content root sits inside the snapshot
    skipped: list[str] = field(default_factory=list)  # sockets, fifos, devices: not site content

    @property
    def files(self) -> int:
        return sum(1 for e in self.entries.values() if e.type == "file")

    @property
    def bytes(self) -> int:
        return sum(e.size for e in self.entries.values() if e.type == "file")

    def to_bytes(self) -> bytes:
        doc = {
            "format": FORMAT,
            "site": self.site,
            "created": self.created,
            "snapshot_path": self.snapshot_path,
            "files": self.files,
            "bytes": self.bytes,
            "entries": [self.entries[k].to_json() for k in sorted(self.entries)],
        }
        return json.dumps(doc, ensure_ascii=True, separators=(",", ":")).encode("ascii")

    @classmethod
    def from_bytes(cls, raw: bytes) -> Manifest:
        doc = json.loads(raw)
        if doc.get("format") != FORMAT:
            raise ValueError(f"unsupported manifest format {doc.get('format')!r}")
        entries = {e["path"]: Entry.from_json(e) for e in doc["entries"]}
        return cls(entries, doc.get("site", ""), doc.get("created", ""), doc.get("snapshot_path", ""))


def sha256_file(path: str) -> str:
    with open(path, "rb", buffering=0) as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


_FileItem = tuple[str, str, int, int, tuple[int, int, int]]  # rel, abs, mode, size, stamp


def _walk(root: str) -> tuple[list[Entry], list[_FileItem], list[str]]:
    """Directories and symlinks as entries; regular files as (rel, abs, mode, size) for hashing."""
    entries: list[Entry] = []
    files: list[_FileItem] = []
    skipped: list[str] = []
    stack = [("", root)]
    while stack:
        rel_dir, abs_dir = stack.pop()
        with os.scandir(abs_dir) as it:
            for de in it:
                rel = f"{rel_dir}/{de.name}" if rel_dir else de.name
                st = de.stat(follow_symlinks=False)
                mode = stat.S_IMODE(st.st_mode)
                if stat.S_ISDIR(st.st_mode):
                    entries.append(Entry(rel, "dir", mode))
                    stack.append((rel, de.path))
                elif stat.S_ISREG(st.st_mode):
                    files.append((rel, de.path, mode, st.st_size, (st.st_mtime_ns, st.st_ctime_ns, st.st_ino)))
                elif stat.S_ISLNK(st.st_mode):
                    entries.append(Entry(rel, "symlink", mode, target=os.readlink(de.path)))
                else:
                    skipped.append(rel)
    return entries, files, skipped


def build(
    root: Path,
    *,
    workers: int | None = None,
    progress: Callable[[int, int], None] | None = None,
    previous: Manifest | None = None,
) -> Manifest:
    """Scan ``root`` and hash every regular file. ``progress(done, total)`` is called now and then.

    With ``previous`` (the last backup's manifest of the same tree), a file whose size, mtime, ctime and
    inode are all unchanged keeps its recorded hash instead of being read again, as restic itself decides
    what to re-read. ctime cannot be set back from user space, so a tampered file is always re-read.
    """
    entries, files, skipped = _walk(os.fspath(root))
    workers = workers or min(8, (os.cpu_count() or 2) * 2)
    out: dict[str, Entry] = {e.path: e for e in entries}
    total = len(files)
    step = max(1000, total // 20)

    known = previous.entries if previous is not None else {}

    def one(item: _FileItem) -> Entry:
        rel, path, mode, size, stamp = item
        old = known.get(rel)
        if old is not None and old.type == "file" and old.stamp == stamp and old.size == size and old.sha256:
            return Entry(rel, "file", mode, size, old.sha256, stamp=stamp)
        return Entry(rel, "file", mode, size, sha256_file(path), stamp=stamp)

    with ThreadPoolExecutor(max_workers=workers) as pool:
        for done, entry in enumerate(pool.map(one, files, chunksize=64), 1):
            out[entry.path] = entry
            if progress is not None and (done % step == 0 or done == total):
                progress(done, total)
    return Manifest(out, skipped=skipped)


@dataclass
class Diff:
    modified: list[str] = field(default_factory=list)  # bytes, mode or type differ
    added: list[str] = field(default_factory=list)  # in the tree, not in the manifest
    deleted: list[str] = field(default_factory=list)  # in the manifest, not in the tree

    @property
    def clean(self) -> bool:
        return not (self.modified or self.added or self.deleted)

    def to_json(self) -> dict[str, list[str]]:
        return {"modified": self.modified, "added": self.added, "deleted": self.deleted}

    def summary(self) -> str:
        return f"{len(self.modified)} modified, {len(self.added)} added, {len(self.deleted)} deleted"


def compare(expected: Manifest, actual: Manifest) -> Diff:
    """What changed from ``expected`` (the snapshot) to ``actual`` (a tree on disk), sorted by path.

    A file whose bytes match but whose mode differs counts as modified (a web shell may be an existing file
    made executable). Under an added or deleted directory, every entry is listed, so repair knows each one.
    """
    diff = Diff()
    for path, want in expected.entries.items():
        have = actual.entries.get(path)
        if have is None:
            diff.deleted.append(path)
        elif (want.type, want.mode, want.sha256, want.size, want.target) != (
            have.type,
            have.mode,
            have.sha256,
            have.size,
            have.target,
        ):
            diff.modified.append(path)
    diff.added = [p for p in actual.entries if p not in expected.entries]
    for lst in (diff.modified, diff.added, diff.deleted):
        lst.sort()
    return diff
