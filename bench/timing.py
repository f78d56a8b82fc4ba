"""Helpers the backup benchmarks share."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")
MIB = 1 << 20


def quiet(_msg: str) -> None:
    """A progress callback that prints nothing (the benchmarks print their own table)."""


def timed(fn: Callable[[], T]) -> tuple[float, T]:
    """(seconds, result) of ``fn()`` by the monotonic performance counter."""
    t = time.perf_counter()
    result = fn()
    return time.perf_counter() - t, result
