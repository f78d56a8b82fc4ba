"""Kubernetes resource quantities as integers (millicores, bytes) and back."""

from __future__ import annotations

_BIN = {"": 1, "Ki": 1024, "Mi": 1024**2, "Gi": 1024**3, "Ti": 1024**4}


def cpu_m(q: str) -> int:
    """'500m' -> 500, '2' -> 2000, '0.5' -> 500."""
    q = str(q)
    if q.endswith("m"):
        return int(q[:-1])
    return round(float(q) * 1000)


def bytes_(q: str) -> int:
    """'512Mi' -> 536870912; plain digits are bytes."""
    q = str(q)
    for suffix in ("Ki", "Mi", "Gi", "Ti"):
        if q.endswith(suffix):
            return int(q[: -len(suffix)]) * _BIN[suffix]
    return int(q)


def fmt_cpu(m: int) -> str:
    return f"{m // 1000}" if m % 1000 == 0 else f"{m}m"


def fmt_bytes(b: int) -> str:
    for suffix in ("Ti", "Gi", "Mi", "Ki"):
        unit = _BIN[suffix]
        if b % unit == 0 and b >= unit:
            return f"{b // unit}{suffix}"
    return str(b)
