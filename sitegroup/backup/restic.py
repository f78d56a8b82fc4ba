"""A thin wrapper around the ``restic`` binary (0.14): argv lists, never a shell; JSON output; clear errors.

The repository URL and its credentials travel in the child's environment (``RESTIC_REPOSITORY``), never on the
command line, so they do not show in a process list. restic 0.14 has no ``RESTIC_REST_USERNAME`` /
``RESTIC_REST_PASSWORD`` (added in 0.16): we honour those variables by writing them into a ``rest:`` URL.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit, urlunsplit


class ResticError(Exception):
    """restic failed; ``kind`` says why in one word a caller can act on."""

    def __init__(self, message: str, kind: str = "error", stderr: str = "") -> None:
        super().__init__(message)
        self.kind = kind
        self.stderr = stderr


# (kind, pattern in restic's stderr, message for a human). The first match wins.
_KNOWN_FAILURES = [
    (
        "denied",
        r"(?i)(server|HTTP) response:? \(?40[13]|forbidden|unauthorized|permission denied",
        "access denied by the repository (credentials, or an append-only endpoint refusing a delete)",
    ),
    ("wrong-password", r"wrong password or no key found", "wrong repository password (or no key in it)"),
    (
        "no-repository",
        r"Is there a repository at the following location\?|unable to open config file"
        r"|repository does not exist",
        "no restic repository at that location (wrong --repo, or never initialised)",
    ),
    ("locked", r"repository is already locked", "the repository is locked by another restic process"),
    ("no-space", r"no space left on device", "no space left on the target filesystem"),
    ("no-snapshot", r"no matching ID found|invalid id", "no such snapshot in the repository"),
]


def classify(stderr: str) -> tuple[str, str, str]:
    """(kind, message, the stderr line that shows it) for a failed restic run."""
    lines = [line.strip() for line in stderr.splitlines() if line.strip()]
    for kind, pattern, message in _KNOWN_FAILURES:
        for line in lines:
            if re.search(pattern, line):
                return kind, message, line
    fatal = [line for line in lines if line.startswith("Fatal:")]
    return "error", "restic failed", (fatal or lines or [""])[-1]


def with_rest_credentials(url: str, username: str | None, password: str | None) -> str:
    """``rest:https://host/x`` + credentials -> ``rest:https://user:pass@host/x`` (if the URL has none)."""
    if not url.startswith("rest:") or not username:
        return url
    parts = urlsplit(url[len("rest:") :])
    if parts.username or not parts.hostname:
        return url
    userinfo = quote(username, safe="") + (":" + quote(password or "", safe=""))
    netloc = f"{userinfo}@{parts.netloc}"
    return "rest:" + urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def redact(text: str) -> str:
    """Hide userinfo passwords in any URL in ``text`` (error messages, logs)."""
    return re.sub(r"(://[^:/@\s]+):[^@/\s]+@", r"\1:***@", text)


@dataclass(frozen=True)
class Snapshot:
    id: str
    short_id: str
    time: datetime
    tags: tuple[str, ...]
    paths: tuple[str, ...]
    hostname: str

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Snapshot:
        return cls(
            id=data["id"],
            short_id=data.get("short_id", data["id"][:8]),
            time=datetime.fromisoformat(data["time"]),
            tags=tuple(data.get("tags") or ()),
            paths=tuple(data.get("paths") or ()),
            hostname=data.get("hostname", ""),
        )


@dataclass
class Repository:
    """One restic repository: its URL, the password file, and credentials from the environment."""

    url: str
    password_file: Path
    rest_username: str | None = None
    rest_password: str | None = None
    cache_dir: Path | None = None
    extra_env: dict[str, str] = field(default_factory=dict)
    binary: str = "restic"

    @classmethod
    def from_environment(cls, url: str, password_file: Path, prefix: str = "RESTIC_REST_") -> Repository:
        return cls(
            url=url,
            password_file=password_file,
            rest_username=os.environ.get(f"{prefix}USERNAME"),
            rest_password=os.environ.get(f"{prefix}PASSWORD"),
        )

    @property
    def full_url(self) -> str:
        return with_rest_credentials(self.url, self.rest_username, self.rest_password)

    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("RESTIC_")}
        env.update(self.extra_env)
        env["RESTIC_REPOSITORY"] = self.full_url
        env["RESTIC_PASSWORD_FILE"] = str(self.password_file)
        if self.cache_dir is not None:
            env["RESTIC_CACHE_DIR"] = str(self.cache_dir)
        elif os.environ.get("RESTIC_CACHE_DIR"):
            env["RESTIC_CACHE_DIR"] = os.environ["RESTIC_CACHE_DIR"]
        return env

    # -- running ---------------------------------------------------------------------------------------------

    def _check_ready(self) -> None:
        if shutil.which(self.binary) is None:
            raise ResticError(f"restic not found on PATH ({self.binary}); install restic 0.14+", "no-restic")
        if not self.password_file.is_file():
            raise ResticError(f"password file {self.password_file} does not exist", "wrong-password")

    def run(
        self,
        args: list[str],
        *,
        cwd: Path | None = None,
        extra_env: dict[str, str] | None = None,
        timeout: float | None = None,
        input_text: str | None = None,
    ) -> str:
        """Run ``restic ARGS`` and return stdout; raise ResticError with a classified message on failure."""
        self._check_ready()
        env = self.env()
        if extra_env:
            env.update(extra_env)
        proc = subprocess.run(
            [self.binary, *args],
            cwd=cwd,
            env=env,
            capture_output=True,
            text=True,
            errors="surrogateescape",
            timeout=timeout,
            input=input_text,
            stdin=None if input_text is not None else subprocess.DEVNULL,
        )
        if proc.returncode != 0:
            self._fail(args[0], proc.returncode, proc.stderr)
        return proc.stdout

    def _fail(self, command: str, code: int, stderr: str) -> None:
        kind, message, line = classify(stderr)
        detail = redact(line or f"exit code {code}")
        raise ResticError(f"restic {command}: {message} [{redact(self.url)}]: {detail}", kind, redact(stderr))

    def stream_json(
        self,
        args: list[str],
        *,
        cwd: Path | None = None,
        on_line: Callable[[dict[str, Any]], None] | None = None,
    ) -> list[dict[str, Any]]:
        """Run a ``--json`` command that prints one JSON object per line, calling ``on_line`` as they come."""
        self._check_ready()
        proc = subprocess.Popen(
            [self.binary, *args],
            cwd=cwd,
            env=self.env(),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            errors="surrogateescape",
        )
        # stderr is drained by a thread so a chatty restic cannot block on a full pipe
        import threading

        err_chunks: list[str] = []
        reader = threading.Thread(target=lambda: err_chunks.append(proc.stderr.read()), daemon=True)
        reader.start()
        lines: list[dict[str, Any]] = []
        assert proc.stdout is not None
        for raw in proc.stdout:
            raw = raw.strip()
            if not raw.startswith("{"):
                continue
            try:
                item = json.loads(raw)
            except json.JSONDecodeError:
                continue
            lines.append(item)
            if on_line is not None:
                on_line(item)
        code = proc.wait()
        reader.join()
        if code != 0:
            self._fail(args[0], code, "".join(err_chunks))
        return lines

    # -- commands --------------------------------------------------------------------------------------------

    def exists(self) -> bool:
        try:
            self.run(["cat", "config"])
        except ResticError as exc:
            if exc.kind == "no-repository":
                return False
            raise
        return True

    def init(self, extra: list[str] | None = None, extra_env: dict[str, str] | None = None) -> None:
        self.run(["init", *(extra or [])], extra_env=extra_env)

    def snapshots(self, tags: list[str] | None = None, *, lock: bool = True) -> list[Snapshot]:
        """This repository's snapshots (those with any of ``tags``; all without), oldest first. ``lock=False``
        reads without creating a lock file (``--no-lock``): a read that writes nothing, and that a running
        prune's exclusive lock does not block."""
        args = ["snapshots", "--json"] if lock else ["snapshots", "--no-lock", "--json"]
        for tag in tags or ():
            args += ["--tag", tag]
        out = self.run(args)
        data = json.loads(out or "[]") or []
        return sorted((Snapshot.from_json(d) for d in data), key=lambda s: s.time)

    def dump(self, snapshot_id: str, path: str) -> bytes:
        self._check_ready()
        proc = subprocess.run([self.binary, "dump", snapshot_id, path], env=self.env(), capture_output=True)
        if proc.returncode != 0:
            self._fail("dump", proc.returncode, proc.stderr.decode("utf-8", "replace"))
        return proc.stdout

    def restore(self, snapshot_id: str, target: Path, includes: list[str] | None = None) -> None:
        args = ["restore", snapshot_id, "--target", str(target)]
        for pattern in includes or ():
            args += ["--include", pattern]
        self.run(args)

    def unlock(self) -> None:
        self.run(["unlock"])

    def check(self) -> None:
        self.run(["check"])

    def forget(self, tag: str, keep: dict[str, int], prune: bool) -> list[dict[str, Any]]:
        args = ["forget", "--json", "--tag", tag, "--group-by", ""]
        for name, count in keep.items():
            if count > 0:
                args += [f"--keep-{name}", str(count)]
        if prune:
            args.append("--prune")
        out = self.run(args)
        # With --prune, prune's own report follows the JSON array on stdout.
        first = next((line for line in out.splitlines() if line.startswith("[")), "[]")
        return json.loads(first)

    def ls(self, snapshot_id: str, path: str | None = None) -> Iterator[dict[str, Any]]:
        args = ["ls", "--json", snapshot_id]
        if path:
            args.append(path)
        for line in self.run(args).splitlines():
            if line.startswith("{"):
                yield json.loads(line)


def log(message: str) -> None:
    """Progress for humans goes to stderr, so stdout stays clean for ``--format json``."""
    print(message, file=sys.stderr, flush=True)
