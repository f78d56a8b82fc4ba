"""The monitor's thresholds: one validated file under policies/monitoring/ (name.yaml, name == file stem)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sitegroup import yamlsafe
from sitegroup.errors import InventoryError, Issue, display_path
from sitegroup.schema import TEXT
from sitegroup.schemacheck import check as schema_check

_int = {"type": "integer", "minimum": 1, "maximum": 1_000_000_000}
_ratio = {"type": "number", "exclusiveMinimum": 0, "maximum": 1}


def _obj(props: dict) -> dict:
    return {"type": "object", "additionalProperties": False, "required": list(props), "properties": props}


POLICY_SCHEMA = _obj({
    "name": {"type": "string", "pattern": r"^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"},
    "description": {"type": "string", "pattern": TEXT, "maxLength": 200},
    "statuses": {"type": "array", "minItems": 1, "uniqueItems": True,
                 "items": {"enum": ["planned", "migrating", "live", "closing", "closed"]}},
    "availability": _obj({
        "probes_per_day": {**_int, "minimum": 20, "maximum": 1440,
                           "description": "the indicator asks for at least 20 accesses a day"},
        "timeout_seconds": {"type": "number", "minimum": 1, "maximum": 60},
        "window_days": {**_int, "maximum": 31},
        "veto_failure_ratio": _ratio,
        "min_probes_for_verdict": _int,
        "home_load_seconds": {"type": "number", "exclusiveMinimum": 0, "maximum": 60},
        "tls_warn_days": {**_int, "maximum": 365},
    }),
    "freshness": _obj({k: {**_int, "maximum": 3650} for k in (
        "home_max_age_days", "news_max_age_days", "notice_max_age_days", "regular_max_age_days",
        "veto_stale_news_notice", "veto_stale_columns", "veto_blank_columns")}),
    "consultation": _obj({"max_answer_days": {**_int, "maximum": 3650}, "lookback_days": {**_int, "maximum": 3650}}),
    "links": _obj({
        "max_broken_ratio": _ratio,
        "max_external_checks": {**_int, "minimum": 0, "maximum": 10000},
        "external_read_bytes": {**_int, "minimum": 1024, "maximum": 10_485_760},
        "takeover_keywords": {"type": "array", "maxItems": 500, "uniqueItems": True,
                              "items": {"type": "string", "pattern": TEXT, "maxLength": 40}},
        "script_hosts": {"type": "array", "maxItems": 500, "uniqueItems": True,
                         "items": {"type": "string", "pattern": r"^[a-z0-9]([a-z0-9.-]{0,251}[a-z0-9])?$"}},
    }),
    "crawl": _obj({
        "max_pages": {**_int, "maximum": 100_000},
        "max_depth": {**_int, "maximum": 20},
        "max_page_bytes": {**_int, "minimum": 4096, "maximum": 104_857_600},
        "max_site_bytes": {**_int, "minimum": 4096},
        "max_redirects": {**_int, "minimum": 0, "maximum": 20},
        "max_attachment_checks": {**_int, "minimum": 0, "maximum": 10_000},
        "per_host_concurrency": {**_int, "maximum": 32},
        "total_concurrency": {**_int, "maximum": 1024},
        "user_agent": {"type": "string", "pattern": r"^[A-Za-z0-9 ./:+(),_@-]{1,200}$",
                       "description": "ASCII: it is sent as an HTTP header"},
    }),
    "veto": _obj({k: {"type": "boolean"} for k in ("takeover", "hidden_links", "foreign_scripts", "personal_data")}),
})


@dataclass(frozen=True)
class Policy:
    name: str
    statuses: tuple[str, ...]
    availability: dict
    freshness: dict
    consultation: dict
    links: dict
    crawl: dict
    veto: dict
    source: Path


def policy_dir(root: Path) -> Path:
    return root / "policies" / "monitoring"


def load_policy(root: Path, name: str = "default", *, path: Path | None = None) -> Policy:
    """Read and validate a monitoring policy; InventoryError with every problem (file, line, field, fix)."""
    path = Path(path) if path else policy_dir(root) / f"{name}.yaml"
    shown = display_path(path)
    if not path.is_file():
        known = sorted(p.stem for p in policy_dir(root).glob("*.yaml"))
        raise InventoryError([Issue(shown, 1, "", "monitoring policy not found",
                                    f"create it, or choose one of {known}", rule="monitor-policy")])
    try:
        data, lines = yamlsafe.load(path, shown=shown)
    except yamlsafe.YamlProblem as e:
        raise InventoryError([e.issue]) from e
    issues = schema_check(data, lines, POLICY_SCHEMA, shown)
    if not issues and data["name"] != path.stem:
        issues.append(Issue(shown, lines.get(("name",), 1), "name", f"name {data['name']!r} differs from the file name",
                            f"set name: {path.stem}", rule="monitor-policy"))
    if not issues and data["availability"]["min_probes_for_verdict"] > (
            data["availability"]["probes_per_day"] * data["availability"]["window_days"]):
        issues.append(Issue(shown, lines.get(("availability", "min_probes_for_verdict"), 1),
                            "availability.min_probes_for_verdict", "more probes required than the window can hold",
                            "lower it to at most probes_per_day * window_days", rule="monitor-policy"))
    if issues:
        raise InventoryError(issues)
    return Policy(name=data["name"], statuses=tuple(data["statuses"]), availability=data["availability"],
                  freshness=data["freshness"], consultation=data["consultation"], links=data["links"],
                  crawl=data["crawl"], veto=data["veto"], source=path)
