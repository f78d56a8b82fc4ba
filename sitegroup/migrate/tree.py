"""File trees: manifests (path, size, sha256), transfer plans, batches, atomic writes."""

from __future__ import annotations

import hashlib
import json
import os
import tarfile
from collections.abc import Iterable
from pathlib import Path

_CHUNK = 1 << 20


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(_CHUNK):
            h.update(chunk)
    return h.hexdigest()


def site_path(root: Path, file: Path) -> str:
    """'/a/b.html' for root/a/b.html. Names that are not valid UTF-8 keep their bytes as surrogates."""
    return "/" + file.relative_to(root).as_posix()


def walk(root: Path) -> list[Path]:
    """Regular files under root, never following symlinks out of it (a legacy docroot may link anywhere)."""
    out: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames.sort()
        for name in sorted(filenames):
            p = Path(dirpath, name)
            if p.is_file() and not p.is_symlink():
                out.append(p)
    return out


class NonUtf8Names(ValueError):
    pass


def manifest(root: Path) -> dict[str, list]:
    """{site path: [size, sha256]} for every regular file under root.

    Names that are not UTF-8 (GBK names written by a Windows-era CMS) are refused with a list: URLs to them
    cannot be mapped reliably, and they are renamed on the legacy host first (convmv, see the runbook)."""
    files = walk(root)
    bad = []
    for p in files:
        try:
            site_path(root, p).encode("utf-8")
        except UnicodeEncodeError:
            bad.append(os.fsencode(p).decode("utf-8", "backslashreplace"))
    if bad:
        raise NonUtf8Names(f"{len(bad)} file names under {root} are not UTF-8, e.g. {bad[:5]}; convert them with "
                           f"convmv -f gbk -t utf-8 -r --notest {root}")
    return {site_path(root, p): [p.stat().st_size, sha256_file(p)] for p in files}


def stage_plan(source: dict[str, list], staged: dict[str, list]) -> tuple[list[str], list[str]]:
    """(paths to fetch, paths to delete) to make the staged copy equal to the source."""
    fetch = sorted(p for p, v in source.items() if staged.get(p) != list(v))
    delete = sorted(p for p in staged if p not in source)
    return fetch, delete


def batches(paths: list[str], source: dict[str, list], max_files: int, max_bytes: int) -> list[dict[str, list]]:
    """Split a fetch list so each batch lands on its own: an interrupted transfer keeps finished batches.
    Each batch maps its paths to their source [size, sha256], so unpacking checks against them without
    the whole manifest being passed around again."""
    out: list[dict[str, list]] = []
    cur: dict[str, list] = {}
    cur_bytes = 0
    for p in paths:
        size = int(source[p][0])
        if cur and (len(cur) >= max_files or cur_bytes + size > max_bytes):
            out.append(cur)
            cur, cur_bytes = {}, 0
        cur[p] = list(source[p])
        cur_bytes += size
    if cur:
        out.append(cur)
    return out


def safe_member(root: Path, path: str) -> Path:
    """root/path, refusing anything that would escape root (.., absolute components)."""
    rel = path.lstrip("/")
    target = (root / rel).resolve()
    base = root.resolve()
    if target != base and base not in target.parents:
        raise ValueError(f"path escapes {root}: {path!r}")
    return root / rel


def pack(root: Path, paths: Iterable[str], dest: Path) -> int:
    """A tar of the given files, written to dest atomically. Returns the number of members."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    n = 0
    with tarfile.open(tmp, "w", format=tarfile.PAX_FORMAT) as tar:
        for p in paths:
            tar.add(str(safe_member(root, p)), arcname=p.lstrip("/"), recursive=False)
            n += 1
    os.replace(tmp, dest)
    return n


def write_if_changed(path: Path, data: bytes, check: bool = False) -> bool:
    """Write atomically only when content differs. Returns whether it changed (or would)."""
    try:
        if path.read_bytes() == data:
            return False
    except FileNotFoundError:
        pass
    except IsADirectoryError as exc:
        raise ValueError(f"{path} is a directory") from exc
    if not check:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name("." + path.name + ".sg-tmp")
        tmp.write_bytes(data)
        os.replace(tmp, path)
    return True


def dump_json(obj: object) -> bytes:
    return (json.dumps(obj, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


def remove_empty_dirs(root: Path, check: bool = False) -> int:
    removed = 0
    if not root.is_dir():
        return 0
    for dirpath, _dirnames, _filenames in sorted(os.walk(root), key=lambda t: -len(t[0])):
        d = Path(dirpath)
        if d != root and not any(d.iterdir()):
            if not check:
                d.rmdir()
            removed += 1
    return removed
