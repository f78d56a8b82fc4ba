"""Templates and policies: the shared files site entries refer to (site_templates/, policies/)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sitegroup import quantity, yamlsafe
from sitegroup.errors import Issue
from sitegroup.model import (
    Autoscale,
    BackupTier,
    Column,
    Database,
    RateLimit,
    Resources,
    Retention,
    Template,
    WafProfile,
)
from sitegroup.schema import (
    BACKUP_REQUIREMENTS_SCHEMA,
    BACKUP_TIER_SCHEMA,
    TEMPLATE_SCHEMA,
    WAF_PROFILE_SCHEMA,
)
from sitegroup.schemacheck import check as schema_check
from sitegroup.waf import cms


@dataclass
class Catalogue:
    templates: dict[str, Template] = field(default_factory=dict)
    waf_profiles: dict[str, WafProfile] = field(default_factory=dict)
    cms_packages: dict[str, cms.Package] = field(default_factory=dict)  # policies/waf/cms/
    backup_tiers: dict[str, BackupTier] = field(default_factory=dict)
    minimum_tier: dict[str, dict[str, str]] = field(default_factory=dict)
    minimum_tier_source: tuple[str, dict] = ("", {})


def _load_dir(directory: Path, schema: dict, issues: list[Issue], shown) -> list[tuple[Path, dict, dict]]:
    out = []
    if not directory.is_dir():
        issues.append(Issue(shown(directory), 1, "", "directory is missing", f"create {directory.name}/",
                            rule="reference"))
        return out
    for path in sorted(directory.glob("*.yaml")):
        if path.name == "requirements.yaml":
            continue
        doc = _load_one(path, schema, issues, shown)
        if doc is None:
            continue
        data, lines = doc
        if data.get("name") != path.stem:
            issues.append(Issue(shown(path), lines.get(("name",), 1), "name",
                                f"name {data.get('name')!r} differs from the file name {path.stem!r}",
                                f"set name: {path.stem}", rule="reference"))
            continue
        out.append((path, data, lines))
    return out


def _load_one(path: Path, schema: dict, issues: list[Issue], shown) -> tuple[dict, dict] | None:
    try:
        data, lines = yamlsafe.load(path, shown=shown(path))
    except yamlsafe.YamlProblem as e:
        issues.append(e.issue)
        return None
    found = schema_check(data, lines, schema, shown(path))
    issues.extend(found)
    return None if found else (data, lines)


def load_catalogue(templates_dir: Path, policies_dir: Path, shown) -> tuple[Catalogue, list[Issue]]:
    issues: list[Issue] = []
    cat = Catalogue()
    for path, d, lines in _load_dir(templates_dir, TEMPLATE_SCHEMA, issues, shown):
        r, lim = d["resources"], d["limits"]
        a = d.get("autoscale")
        cat.templates[d["name"]] = Template(
            name=d["name"], description=d["description"], site_type=d["for"]["type"],
            levels=tuple(d["for"]["levels"]), image=d["image"], database=_database(d.get("database") or None),
            resources=Resources(r["replicas"], quantity.cpu_m(r["cpu_request"]), quantity.cpu_m(r["cpu_limit"]),
                                quantity.bytes_(r["memory_request"]), quantity.bytes_(r["memory_limit"]),
                                quantity.bytes_(r["storage"])),
            autoscale=Autoscale(a["min_replicas"], a["max_replicas"], a["cpu_utilization"]) if a else None,
            limits=Resources(lim["replicas"], quantity.cpu_m(lim["cpu_limit"]), quantity.cpu_m(lim["cpu_limit"]),
                             quantity.bytes_(lim["memory_limit"]), quantity.bytes_(lim["memory_limit"]),
                             quantity.bytes_(lim["storage"])),
            default_waf_profile=d["defaults"]["waf_profile"], default_backup_tier=d["defaults"]["backup_tier"],
            source=path, columns=columns(d.get("columns", [])),
        )
        issues += _database_issues(cat.templates[d["name"]], lines, shown)
    for path, d, _ in _load_dir(policies_dir / "waf", WAF_PROFILE_SCHEMA, issues, shown):
        rl = d["rate_limit"]
        cat.waf_profiles[d["name"]] = WafProfile(
            name=d["name"], description=d["description"], engine=d["engine"], paranoia=d["paranoia"],
            inbound_threshold=d["inbound_threshold"], outbound_threshold=d["outbound_threshold"],
            request_body_limit=d["request_body_limit"], file_upload_limit=d["file_upload_limit"],
            allowed_methods=tuple(d["allowed_methods"]), allowed_content_types=tuple(d["allowed_content_types"]),
            rate_limit=RateLimit(rl["requests_per_second"], rl["burst"]),
            admin_paths=tuple(d["admin"]["paths"]), admin_allow_from=tuple(d["admin"]["allow_from"]),
            source=path,
        )
    cat.cms_packages, cms_issues = cms.load(policies_dir / "waf" / "cms", shown)
    issues += cms_issues + cms.admin_path_issues(
        cat.cms_packages, {n: p.admin_paths for n, p in cat.waf_profiles.items()}, shown)
    for path, d, _ in _load_dir(policies_dir / "backup", BACKUP_TIER_SCHEMA, issues, shown):
        rt = d["retention"]
        cat.backup_tiers[d["name"]] = BackupTier(
            name=d["name"], rank=d["rank"], description=d["description"], schedule=d["schedule"],
            retention=Retention(rt["hourly"], rt["daily"], rt["weekly"], rt["monthly"]), offsite=d["offsite"],
            rpo_hours=d["rpo_hours"], drill_every_days=d["drill_every_days"], source=path,
        )
    req_path = policies_dir / "backup" / "requirements.yaml"
    doc = _load_one(req_path, BACKUP_REQUIREMENTS_SCHEMA, issues, shown) if req_path.exists() else None
    if doc:
        cat.minimum_tier = doc[0]["minimum_tier"]
        cat.minimum_tier_source = (shown(req_path), doc[1])
        for site_type, by_level in cat.minimum_tier.items():
            for level, tier in by_level.items():
                if tier not in cat.backup_tiers:
                    issues.append(Issue(shown(req_path), doc[1].get(("minimum_tier", site_type, level), 1),
                                        f"minimum_tier.{site_type}.{level}", f"unknown backup tier {tier!r}",
                                        f"use one of: {', '.join(sorted(cat.backup_tiers))}", rule="reference"))
    # Defaults in templates must point at existing policies, or every site using them breaks.
    for t in cat.templates.values():
        for kind, name, known in (("waf_profile", t.default_waf_profile, cat.waf_profiles),
                                  ("backup_tier", t.default_backup_tier, cat.backup_tiers)):
            if name not in known:
                issues.append(Issue(shown(t.source), 1, f"defaults.{kind}", f"unknown {kind} {name!r}",
                                    f"use one of: {', '.join(sorted(known)) or '(none defined)'}",
                                    rule="reference"))
    return cat, issues


def columns(items: list[dict], base: tuple[Column, ...] = ()) -> tuple[Column, ...]:
    """Validated column items on top of base columns: an item replaces the base column with its path, and
    ``kind: none`` removes it (a site without one of its template's columns)."""
    merged = {c.path: c for c in base}
    for c in items:
        if c["kind"] == "none":
            merged.pop(c["path"], None)
        else:
            merged[c["path"]] = Column(path=c["path"], name=c["name"], kind=c["kind"])
    return tuple(merged.values())


def _database(d: dict | None) -> Database | None:
    if not d:
        return None
    return Database(storage=quantity.bytes_(d["storage"]), cpu_request_m=quantity.cpu_m(d["cpu_request"]),
                    cpu_limit_m=quantity.cpu_m(d["cpu_limit"]), memory_request=quantity.bytes_(d["memory_request"]),
                    memory_limit=quantity.bytes_(d["memory_limit"]))


def _database_issues(t: Template, lines: dict, shown) -> list[Issue]:
    """What the schema cannot say about a template's database sizes: requests within limits, nothing zero."""
    db = t.database
    if db is None:
        return []
    out = []

    def issue(key: str, message: str, fix: str) -> Issue:
        line = lines.get(("database", key), lines.get(("database",), 1))
        return Issue(shown(t.source), line, f"database.{key}", message, fix, rule="template")

    for key, value, fmt in (("storage", db.storage, quantity.fmt_bytes),
                            ("cpu_limit", db.cpu_limit_m, quantity.fmt_cpu),
                            ("memory_limit", db.memory_limit, quantity.fmt_bytes)):
        if value <= 0:
            out.append(issue(key, f"database {key} {fmt(value)} is not a size",
                             f"give the database server a {key} above zero"))
    for key, request, limit, fmt in (
        ("cpu_request", db.cpu_request_m, db.cpu_limit_m, quantity.fmt_cpu),
        ("memory_request", db.memory_request, db.memory_limit, quantity.fmt_bytes),
    ):
        if request > limit:
            out.append(issue(key, f"database {key} {fmt(request)} exceeds its limit {fmt(limit)}",
                             f"ask for at most {fmt(limit)}, or raise database.{key.replace('request', 'limit')}"))
    return out
