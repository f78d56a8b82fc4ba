"""Real-engine fixtures: a real Kubernetes control plane (etcd, kube-apiserver, kube-controller-manager) on 127.0.0.1.

The binaries come from the directory in SITEGROUP_ENGINES_BIN (`sitegroup engines build` prints it). Without them a
test skips on a laptop but fails under CI (CI set): CI must never pass by skipping a real engine.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from sitegroup.engines.controlplane import BINARIES, ControlPlane


def engines_bin(names: tuple[str, ...] = BINARIES) -> Path:
    """The binaries' directory; skips (locally) or fails (CI) the calling test when one of ``names`` is missing
    (default: the control plane's; tests/realengine/project.py asks for every engine)."""
    value = os.environ.get("SITEGROUP_ENGINES_BIN")
    if not value:
        msg = f"SITEGROUP_ENGINES_BIN is not set (a directory holding {', '.join(names)}; ./run test sets it)"
    else:
        missing = [n for n in names if not os.access(Path(value) / n, os.X_OK)]
        msg = f"missing in SITEGROUP_ENGINES_BIN={value}: {', '.join(missing)} (sitegroup engines build)" \
            if missing else ""
    if msg:
        if os.environ.get("CI"):
            pytest.fail(msg)
        pytest.skip(msg)
    return Path(value)


@pytest.fixture(scope="session")
def control_plane(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ControlPlane]:
    """One started control plane for the session; tests share it, so each works in namespaces of its own."""
    with ControlPlane(engines_bin(), tmp_path_factory.mktemp("controlplane")) as cp:
        yield cp
