"""The OWASP CRS 3.3.4 regression tests (ftw YAML), fetched once and pinned by hash, cached outside the clone.

Debian ships the rules (modsecurity-crs 3.3.4) but not their regression tests; the upstream release tarball,
which Debian's source pool serves as the package's ``.orig.tar.gz``, has them under
``coreruleset-3.3.4/tests/regression/tests/<RULE-FILE>/<id>.yaml``. Its SHA-256 is the one Debian's signed
``modsecurity-crs_3.3.4-1+deb12u3.dsc`` lists, so a download is refused unless it is exactly that file.

``fetch()`` downloads the tarball once into ``$SITEGROUP_CRS_TESTS`` (default ``~/.cache/sitegroup/crs-3.3.4``),
checks size and hash BEFORE reading it as an archive, and extracts only the regression tests (regular files
and directories, no path leaving the target). ``./run test`` calls it (``sitegroup waf crs-tests fetch``); the
tests only read ``tests_dir()`` and never touch the network.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tarfile
import tempfile
import time
import urllib.request
from pathlib import Path, PurePosixPath

VERSION = "3.3.4"
URL = "http://deb.debian.org/debian/pool/main/m/modsecurity-crs/modsecurity-crs_3.3.4.orig.tar.gz"
# From modsecurity-crs_3.3.4-1+deb12u3.dsc (Checksums-Sha256). Plain HTTP is fine: the hash is the trust anchor.
SHA256 = "15a84aaa041aa532905a34546b613bd3aed122e3f9814fbb5c28e1655d02b74d"
SIZE = 301_112
MEMBER_PREFIX = PurePosixPath(f"coreruleset-{VERSION}/tests/regression/tests")
TARBALL = "modsecurity-crs_3.3.4.orig.tar.gz"
# Written last: a directory without it is an interrupted extraction and is redone.
STAMP = ".sitegroup-complete"


class CrsTestsError(Exception):
    """The tests could not be fetched or the download is not the pinned file."""


def cache_dir() -> Path:
    return Path(os.environ.get("SITEGROUP_CRS_TESTS") or Path.home() / ".cache" / "sitegroup" / f"crs-{VERSION}")


def tests_dir(root: Path | None = None) -> Path:
    """Where the ``<RULE-FILE>/<id>.yaml`` directories are (they exist only after ``fetch()``)."""
    return (root or cache_dir()) / "tests"


def is_fetched(root: Path | None = None) -> bool:
    d = tests_dir(root)
    return (d / STAMP).is_file() and (d / STAMP).read_text().strip() == SHA256


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 16), b""):
            h.update(block)
    return h.hexdigest()


def verify(path: Path) -> None:
    """Refuse anything but the pinned tarball (checked before tarfile parses a byte of it)."""
    size = path.stat().st_size
    digest = sha256_of(path)
    if size != SIZE or digest != SHA256:
        raise CrsTestsError(f"{path}: SHA-256 {digest} ({size} bytes) is not the pinned CRS {VERSION} tarball "
                            f"{SHA256} ({SIZE} bytes, from Debian's modsecurity-crs_3.3.4-1+deb12u3.dsc); "
                            "delete the file and fetch again")


def download(dest: Path, url: str = URL, timeout: float = 60.0, attempts: int = 3) -> None:
    """Download to ``dest`` (via a temporary name, so an interrupted download leaves nothing that looks whole);
    a network error is retried (CI is one run: a passing glitch should not fail it), a wrong file is not."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    part = dest.with_name(dest.name + ".part")
    for attempt in range(1, attempts + 1):
        try:
            with urllib.request.urlopen(url, timeout=timeout) as resp, part.open("wb") as out:  # noqa: S310 (pinned)
                shutil.copyfileobj(resp, out)
            break
        except OSError as exc:
            part.unlink(missing_ok=True)
            if attempt == attempts:
                raise CrsTestsError(f"cannot download {url} ({attempts} attempts): {exc}") from exc
            time.sleep(2 * attempt)
    try:
        verify(part)
    except CrsTestsError:
        part.unlink(missing_ok=True)
        raise
    part.replace(dest)


def extract(tarball: Path, target: Path) -> int:
    """Extract the regression tests of a VERIFIED tarball into ``target`` (replaced whole); returns the file count."""
    verify(tarball)
    target.parent.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=".crs-tests-", dir=target.parent))
    count = 0
    try:
        with tarfile.open(tarball, "r:gz") as tar:
            for m in tar.getmembers():
                name = PurePosixPath(m.name)
                if not name.is_relative_to(MEMBER_PREFIX) or name == MEMBER_PREFIX:
                    continue
                rel = name.relative_to(MEMBER_PREFIX)
                if rel.is_absolute() or ".." in rel.parts:
                    raise CrsTestsError(f"{tarball}: member {m.name!r} leaves the tests directory")
                out = scratch.joinpath(*rel.parts)
                if m.isdir():
                    out.mkdir(parents=True, exist_ok=True)
                elif m.isfile():
                    out.parent.mkdir(parents=True, exist_ok=True)
                    src = tar.extractfile(m)
                    assert src is not None
                    with src, out.open("wb") as f:
                        shutil.copyfileobj(src, f)
                    count += 1
                # links, devices, fifos: never part of the tests, never extracted
        if count == 0:
            raise CrsTestsError(f"{tarball}: no file under {MEMBER_PREFIX}")
        (scratch / STAMP).write_text(SHA256 + "\n")
        scratch.chmod(0o755)  # mkdtemp's 0700 would hide the tests from anyone but the fetching user
        if target.exists():
            shutil.rmtree(target)
        scratch.replace(target)
    finally:
        if scratch.exists():
            shutil.rmtree(scratch, ignore_errors=True)
    return count


def fetch(root: Path | None = None, url: str = URL) -> Path:
    """The tests directory, downloading the tarball (once) and extracting it when needed."""
    root = root or cache_dir()
    if is_fetched(root):
        return tests_dir(root)
    tarball = root / TARBALL
    if tarball.exists():
        try:
            verify(tarball)
        except CrsTestsError:
            tarball.unlink()  # a stale or foreign file: fetch the pinned one
    if not tarball.exists():
        download(tarball, url)
    extract(tarball, tests_dir(root))
    return tests_dir(root)
