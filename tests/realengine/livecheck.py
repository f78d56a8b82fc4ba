"""Compare what `sitegroup plan` renders with what the API server holds (server-side defaults aside).

A planned object matches its live object when every field the plan sets is in the live object with the same value:
maps are compared key by key (the server adds defaults, the provider adds its managed-by label, the test harness
its skipAwait annotation), lists element by element with the same length, quantities by value ("0.5" is "500m"),
and a Secret's stringData (markers resolved to the values the program derived) against the live data, decoded.
"""

from __future__ import annotations

import base64
from collections import defaultdict
from collections.abc import Callable, Iterator

from sitegroup import quantity
from sitegroup.k8s import secrets


def resource_arg(api_version: str, kind: str) -> str:
    """kubectl's name for a kind at an exact group/version: `deployment.v1.apps`, `configmap.v1.`."""
    group, _, version = api_version.rpartition("/")
    return f"{kind.lower()}.{version}.{group}"


def index_live(objs: list[dict], get: Callable[[str], list[dict]]) -> dict[tuple, dict]:
    """Fetch every kind the plan uses with one list call each; key the items like the plan's objects."""
    kinds = {(o["apiVersion"], o["kind"]) for o in objs}
    live: dict[tuple, dict] = {}
    for api_version, kind in sorted(kinds):
        for item in get(resource_arg(api_version, kind)):
            meta = item["metadata"]
            live[(api_version, kind, meta.get("namespace", ""), meta["name"])] = item
    return live


def key(obj: dict) -> tuple[str, str, str, str]:
    meta = obj["metadata"]
    return (obj["apiVersion"], obj["kind"], meta.get("namespace", ""), meta["name"])


def resolve_secret(obj: dict, generated: Callable[[str, str], str], config: Callable[[str], str]) -> dict:
    def sub(value):
        gen = secrets.parse_generated(value) if isinstance(value, str) else None
        if gen:
            return generated(*gen)
        name = secrets.parse_config(value) if isinstance(value, str) else None
        if name:
            return config(name)
        return value

    data = {k: sub(v) for k, v in obj.get("stringData", {}).items()}
    rest = {k: v for k, v in obj.items() if k != "stringData"}
    return {**rest, "data": {k: base64.b64encode(v.encode()).decode() for k, v in data.items()}} if data else rest


def _same_quantity(a: str, b: str) -> bool:
    for parse in (quantity.bytes_, quantity.cpu_m):
        try:
            if parse(a) == parse(b):
                return True
        except ValueError:
            continue
    return False


def mismatches(planned, live, path: str = "") -> Iterator[str]:
    if isinstance(planned, dict):
        if not isinstance(live, dict):
            yield f"{path}: planned a map, live {type(live).__name__}"
            return
        for k, v in planned.items():
            if k not in live:
                yield f"{path}.{k}: missing"
            else:
                yield from mismatches(v, live[k], f"{path}.{k}")
    elif isinstance(planned, list):
        if not isinstance(live, list) or len(live) != len(planned):
            yield f"{path}: planned {len(planned)} items, live {live!r:.200}"
            return
        for i, (p, lv) in enumerate(zip(planned, live, strict=True)):
            yield from mismatches(p, lv, f"{path}[{i}]")
    elif planned != live:
        if isinstance(planned, str) and isinstance(live, str) and _same_quantity(planned, live):
            return
        if isinstance(planned, int | float) and isinstance(live, str) and _same_quantity(str(planned), live):
            return
        yield f"{path}: planned {planned!r:.120}, live {live!r:.120}"


def compare(planned: list[dict], live: dict[tuple, dict]) -> dict[tuple, list[str]]:
    """Per planned object, what differs (an empty dict: every object is live with every planned field)."""
    problems: dict[tuple, list[str]] = defaultdict(list)
    for obj in planned:
        k = key(obj)
        if k not in live:
            problems[k].append("not in the API server")
            continue
        fields = {f: v for f, v in obj.items() if f not in ("apiVersion", "kind")}
        problems[k].extend(mismatches(fields, live[k]))
        if not problems[k]:
            del problems[k]
    return dict(problems)
