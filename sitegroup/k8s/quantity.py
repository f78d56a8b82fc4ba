"""Integer model sizes (millicores, bytes) to canonical Kubernetes quantity strings."""

from __future__ import annotations

_BINARY = (("Ti", 1 << 40), ("Gi", 1 << 30), ("Mi", 1 << 20), ("Ki", 1 << 10))


def cpu(millicores: int) -> str:
    if millicores % 1000 == 0:
        return str(millicores // 1000)
    return f"{millicores}m"


def memory(n_bytes: int) -> str:
    for suffix, unit in _BINARY:
        if n_bytes % unit == 0:
            return f"{n_bytes // unit}{suffix}"
    return str(n_bytes)
