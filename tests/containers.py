"""Local Debian 12 test containers with systemd as PID 1, built without any registry.

``ensure_image()`` builds (once, cached by tag and an input-hash label) a Debian bookworm image with
debootstrap + ``docker import``: the packages of ``tests/containers/packages.txt`` installed, and those
of ``tests/containers/repo-packages.txt`` (plus their dependencies) in an offline apt repo inside the image,
so roles can ``apt install`` in a container that has no network. ``start()`` runs one such container the way
/work/shared/container-testing.md found to work here: ``--network none``, tmpfs /run, systemd's cgroup, never
``--privileged`` (a privileged container's sysctl writes would change the host's kernel).

    from tests.containers import ensure_image, running
    with running("sg-x-node1", ensure_image()) as node:
        assert node.exec("systemctl", "is-active", "ssh").stdout.strip() == "active"
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
import re
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent / "containers"
PACKAGES_FILE = HERE / "packages.txt"
REPO_PACKAGES_FILE = HERE / "repo-packages.txt"
DEFAULT_TAG = "sitegroup-test:bookworm-1"
SUITE = "bookworm"
# Bump when the build recipe below changes in a way that changes the image (the lists are hashed anyway).
RECIPE_VERSION = "1"
INPUT_LABEL = "org.sitegroup.test-image.inputs"
CACHE_DIR = Path(os.environ.get("SITEGROUP_IMAGE_CACHE", "/var/cache/sitegroup-images"))
REPO_DIR_IN_IMAGE = "/var/local/debs"


# --------------------------------------------------------------------------------------------- image


def read_list(path: Path) -> list[str]:
    """Package names of a list file: one a line, '#' comments and blank lines ignored."""
    names = []
    for raw in path.read_text().splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if not re.fullmatch(r"[a-z0-9][a-z0-9+.-]+", line):
            raise ValueError(f"{path}: not a Debian package name: {line!r}")
        names.append(line)
    return names


def inputs_hash() -> str:
    """What the image is built from: both package lists and the recipe version."""
    h = hashlib.sha256(f"recipe={RECIPE_VERSION} suite={SUITE}\n".encode())
    for path in (PACKAGES_FILE, REPO_PACKAGES_FILE):
        h.update(f"{path.name}\n".encode())
        h.update("\n".join(read_list(path)).encode())
        h.update(b"\n")
    return h.hexdigest()[:16]


def debian_mirror(sources_dir: Path = Path("/etc/apt")) -> str:
    """The Debian mirror this machine's apt already uses (deb822 .sources or one-line .list files).

    The first ``deb`` entry serving ``bookworm`` ``main`` wins; SITEGROUP_DEBIAN_MIRROR overrides it.
    """
    override = os.environ.get("SITEGROUP_DEBIAN_MIRROR")
    if override:
        return override
    files = [sources_dir / "sources.list"]
    files += sorted((sources_dir / "sources.list.d").glob("*.list"))
    files += sorted((sources_dir / "sources.list.d").glob("*.sources"))
    for path in files:
        if not path.is_file():
            continue
        text = path.read_text(errors="replace")
        entries = _deb822_entries(text) if path.suffix == ".sources" else _one_line_entries(text)
        for types, uris, suites, components in entries:
            if "deb" in types and SUITE in suites and "main" in components:
                for uri in uris:
                    if uri.startswith(("http://", "https://", "file:/")):
                        return uri
    raise RuntimeError(
        f"no apt source serving Debian {SUITE} main found under {sources_dir}; set SITEGROUP_DEBIAN_MIRROR"
    )


def _one_line_entries(text: str) -> Iterator[tuple[list[str], list[str], list[str], list[str]]]:
    for raw in text.splitlines():
        line = re.sub(r"\[[^\]]*\]", " ", raw.split("#", 1)[0]).split()
        if len(line) >= 3:
            yield [line[0]], [line[1]], [line[2]], line[3:]


def _deb822_entries(text: str) -> Iterator[tuple[list[str], list[str], list[str], list[str]]]:
    for stanza in re.split(r"\n\s*\n", text):
        fields: dict[str, list[str]] = {}
        for line in stanza.splitlines():
            if line.startswith("#") or ":" not in line or line[:1].isspace():
                continue
            key, value = line.split(":", 1)
            fields[key.strip().lower()] = value.split()
        if fields.get("enabled", ["yes"])[0].lower() == "no":
            continue
        yield (
            fields.get("types", []),
            fields.get("uris", []),
            fields.get("suites", []),
            fields.get("components", []),
        )


def _image_label(tag: str) -> str | None:
    out = subprocess.run(
        ["docker", "image", "inspect", "--format", f'{{{{index .Config.Labels "{INPUT_LABEL}"}}}}', tag],
        capture_output=True,
        text=True,
    )
    return out.stdout.strip() if out.returncode == 0 else None


def ensure_image(tag: str = DEFAULT_TAG, *, log=print) -> str:
    """Return ``tag``, building the image first if it is missing or was built from other package lists."""
    want = inputs_hash()
    if _image_label(tag) == want:
        return tag
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    # One build at a time (pytest-xdist workers, parallel helpers): the others wait, then find the image.
    with open(CACHE_DIR / "build.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if _image_label(tag) == want:
            return tag
        rootfs_tar = CACHE_DIR / f"rootfs-{SUITE}-{want}.tar"
        if not rootfs_tar.exists():
            t0 = time.monotonic()
            _build_rootfs_tar(rootfs_tar, log=log)
            log(f"containers: built {rootfs_tar.name} in {time.monotonic() - t0:.0f} s")
            for old in CACHE_DIR.glob(f"rootfs-{SUITE}-*.tar"):  # built from lists that changed since
                if old != rootfs_tar:
                    old.unlink()
        _docker_import(rootfs_tar, tag, want)
        log(f"containers: imported {tag} ({want})")
    return tag


def _docker_import(rootfs_tar: Path, tag: str, want: str) -> None:
    changes = [
        'CMD ["/lib/systemd/systemd"]',
        "ENV container=docker",
        "ENV LANG=C.UTF-8",
        f"LABEL {INPUT_LABEL}={want}",
    ]
    argv = ["docker", "import"]
    for change in changes:
        argv += ["--change", change]
    with open(rootfs_tar, "rb") as src:
        subprocess.run([*argv, "-", tag], stdin=src, check=True, capture_output=True)


def _run(argv: list[str], **kw) -> subprocess.CompletedProcess:
    proc = subprocess.run(argv, capture_output=True, text=True, **kw)
    if proc.returncode != 0:
        raise RuntimeError(
            f"{' '.join(argv[:6])}... failed ({proc.returncode}):\n{proc.stdout[-3000:]}\n"
            f"{proc.stderr[-3000:]}"
        )
    return proc


def _build_rootfs_tar(dest: Path, *, log=print) -> None:
    if os.geteuid() != 0:
        raise RuntimeError("building the test image needs root (debootstrap, chroot)")
    if shutil.which("debootstrap") is None:
        raise RuntimeError("debootstrap is not installed (./run test installs it)")
    mirror = debian_mirror()
    deb_cache = CACHE_DIR / "debs"
    deb_cache.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="sg-rootfs-", dir=CACHE_DIR) as tmp:
        root = Path(tmp) / "rootfs"
        log(f"containers: debootstrap {SUITE} from {mirror}")
        # --cache-dir keeps the downloaded .debs: a rebuild after a list change downloads only what is new.
        _run(
            [
                "debootstrap",
                "--variant=minbase",
                f"--cache-dir={deb_cache}",
                "--include=" + ",".join(read_list(PACKAGES_FILE)),
                SUITE,
                str(root),
                mirror,
            ]
        )
        _fill_offline_repo(root, deb_cache)
        _finish_rootfs(root)
        partial = dest.with_suffix(".partial")
        _run(["tar", "--numeric-owner", "--xattrs", "-C", str(root), "-cf", str(partial), "."])
        partial.rename(dest)


def _fill_offline_repo(root: Path, deb_cache: Path) -> None:
    """Download the repo packages and their missing dependencies into /var/local/debs, with an index."""
    archives = root / "var/cache/apt/archives"
    # Seed apt's archive dir from the cache so only new packages are downloaded.
    for deb in deb_cache.glob("*.deb"):
        target = archives / deb.name
        if not target.exists():
            shutil.copy2(deb, target)
    names = read_list(REPO_PACKAGES_FILE)
    _run(["chroot", str(root), "apt-get", "update", "-q"])
    _run(
        ["chroot", str(root), "apt-get", "install", "-y", "-q", "--download-only", *names],
        env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"},
    )
    installed = set(
        _run(["chroot", str(root), "dpkg-query", "-W", "-f", "${Package}_${Version}\n"]).stdout.split()
    )
    repo = root / REPO_DIR_IN_IMAGE.lstrip("/")
    repo.mkdir(parents=True, exist_ok=True)
    for deb in archives.glob("*.deb"):
        shutil.copy2(deb, deb_cache / deb.name)
        pkg, version = deb.name.split("_")[:2]
        version = version.replace("%3a", ":")
        if f"{pkg}_{version}" in installed:
            deb.unlink()  # seeded from the cache but already in the image: not needed in the repo
            continue
        shutil.move(str(deb), repo / deb.name)
    missing = [n for n in names if not any(repo.glob(f"{n}_*.deb")) and not _is_installed(root, n)]
    if missing:
        raise RuntimeError(f"offline repo lacks {missing}")
    (repo / "Packages").write_text(_packages_index(repo))


def _is_installed(root: Path, name: str) -> bool:
    out = subprocess.run(
        ["chroot", str(root), "dpkg-query", "-W", "-f", "${Status}", name], capture_output=True, text=True
    )
    return "install ok installed" in out.stdout


def _packages_index(repo: Path) -> str:
    """The ``Packages`` file of a flat repo, as apt-ftparchive writes it, without needing apt-utils."""
    stanzas = []
    for deb in sorted(repo.glob("*.deb")):
        control = _run(["dpkg-deb", "-f", str(deb)]).stdout.rstrip("\n")
        data = deb.read_bytes()
        stanzas.append(
            f"{control}\nFilename: ./{deb.name}\nSize: {len(data)}\n"
            f"MD5sum: {hashlib.md5(data).hexdigest()}\nSHA256: {hashlib.sha256(data).hexdigest()}\n"  # noqa: S324
        )
    return "\n".join(stanzas)


def _finish_rootfs(root: Path) -> None:
    etc = root / "etc"
    (etc / "apt/sources.list").write_text(f"deb [trusted=yes] file:{REPO_DIR_IN_IMAGE} ./\n")
    for extra in (etc / "apt/sources.list.d").glob("*"):
        extra.unlink()
    shutil.rmtree(root / "var/lib/apt/lists", ignore_errors=True)
    (root / "var/lib/apt/lists/partial").mkdir(parents=True)
    # Index the offline repo now, so `apt-get install` works in a fresh container without an update first.
    _run(["chroot", str(root), "apt-get", "update", "-q"])
    _run(["chroot", str(root), "apt-get", "clean"])
    (etc / "default/locale").write_text("LANG=C.UTF-8\n")
    # Empty machine-id: systemd generates one per container at boot.
    (etc / "machine-id").write_text("")
    (root / "var/lib/dbus/machine-id").unlink(missing_ok=True)
    (etc / "resolv.conf").unlink(missing_ok=True)
    (etc / "hostname").write_text("localhost\n")
    # Units that cannot work in an unprivileged container and would only leave the system "degraded".
    for unit in (
        "systemd-remount-fs.service",
        "getty@tty1.service",
        "console-getty.service",
        "systemd-firstboot.service",
        "sys-kernel-config.mount",
        "sys-kernel-debug.mount",
        "sys-kernel-tracing.mount",
        "dev-hugepages.mount",
        "systemd-journald-audit.socket",
    ):
        link = etc / "systemd/system" / unit
        link.unlink(missing_ok=True)
        link.symlink_to("/dev/null")


# --------------------------------------------------------------------------------------------- containers


def cgroup_v2() -> bool:
    return Path("/sys/fs/cgroup/cgroup.controllers").exists()


@dataclass
class Container:
    name: str

    def exec(
        self,
        *cmd: str,
        check: bool = False,
        input: str | None = None,
        user: str | None = None,
        timeout: float = 300,
    ) -> subprocess.CompletedProcess:
        argv = [
            "docker",
            "exec",
            "-i" if input is not None else None,
            *(["-u", user] if user else []),
            self.name,
            *cmd,
        ]
        return subprocess.run(
            [a for a in argv if a], capture_output=True, text=True, input=input, check=check, timeout=timeout
        )

    def stop(self) -> None:
        subprocess.run(["docker", "stop", "-t", "5", self.name], capture_output=True)

    def remove(self) -> None:
        subprocess.run(["docker", "rm", "-f", "-v", self.name], capture_output=True)

    def __enter__(self) -> Container:
        return self

    def __exit__(self, *exc) -> None:
        self.remove()


def start(
    name: str,
    image: str = DEFAULT_TAG,
    *,
    systemd: bool = True,
    timeout: float = 90,
    extra_args: tuple[str, ...] = (),
    network: str = "none",
) -> Container:
    """Run ``image`` as container ``name`` (replacing an old one of that name); wait for systemd to boot.

    ``network``: ``none`` (loopback only, the default) or a docker network the test created itself (e.g. an
    ``--internal`` one, so two containers can talk to each other and to nothing else)."""
    if not re.fullmatch(r"[a-zA-Z0-9][a-zA-Z0-9_.-]+", name):
        raise ValueError(f"bad container name {name!r}")
    subprocess.run(["docker", "rm", "-f", "-v", name], capture_output=True)
    argv = [
        "docker",
        "run",
        "-d",
        "--name",
        name,
        "--hostname",
        name,
        "--network",
        network,
        "--tmpfs",
        "/run",
        "--tmpfs",
        "/run/lock",
    ]
    if cgroup_v2():
        argv += ["--cgroupns=private"]
    else:
        argv += ["-v", "/sys/fs/cgroup/systemd:/sys/fs/cgroup/systemd:rw"]
    argv += list(extra_args)
    argv += [image] if systemd else [image, "sleep", "infinity"]
    _run(argv)
    container = Container(name)
    if systemd:
        _wait_booted(container, timeout)
    return container


def _wait_booted(container: Container, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    state = ""
    while time.monotonic() < deadline:
        state = container.exec("systemctl", "is-system-running").stdout.strip()
        if state in ("running", "degraded"):
            return
        time.sleep(0.3)
    logs = subprocess.run(["docker", "logs", "--tail", "40", container.name], capture_output=True, text=True)
    container.remove()
    raise RuntimeError(
        f"{container.name}: systemd did not boot in {timeout:.0f} s (state {state!r}):\n"
        f"{logs.stdout}{logs.stderr}"
    )


@contextlib.contextmanager
def running(name: str, image: str = DEFAULT_TAG, **kw) -> Iterator[Container]:
    """A started container, removed on exit (pytest: ``with running(...) as c:`` or from a fixture)."""
    container = start(name, image, **kw)
    try:
        yield container
    finally:
        container.remove()


if __name__ == "__main__":  # `python -m tests.containers` builds the image (CI can pre-build it this way)
    t = time.monotonic()
    print(ensure_image(), f"{time.monotonic() - t:.1f} s")
