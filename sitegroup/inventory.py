"""Load an environment: environment.yaml + site entries + templates + policies -> Environment.

This is the only place YAML becomes model objects. All problems of one run are collected and
raised together (InventoryError); nothing is returned, and so nothing written, unless all is valid.
"""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import date
from pathlib import Path

from sitegroup import quantity, rules, yamlsafe
from sitegroup.catalogue import columns as catalogue_columns
from sitegroup.catalogue import load_catalogue
from sitegroup.errors import InventoryError, Issue, display_path
from sitegroup.logs.policy import PolicyError as LogPolicyError
from sitegroup.logs.policy import load_policy as load_log_retention
from sitegroup.model import (
    Capacity,
    Environment,
    LegacySource,
    MonitorCadence,
    Platform,
    Site,
    SiteWaf,
    WafException,
    cms_packages,
)
from sitegroup.monitor.policy import load_policy, policy_dir
from sitegroup.schema import ENVIRONMENT_SCHEMA, SITE_SCHEMA
from sitegroup.schemacheck import check as schema_check
from sitegroup.schemacheck import normalise, salvage
from sitegroup.waf import body_types, declared_methods, filter_fields, html_fields, text_fields

MAX_SITE_BYTES = 64 * 1024


def repo_root() -> Path:
    """The checkout holding site_templates/ and policies/ (SITEGROUP_ROOT overrides)."""
    if os.environ.get("SITEGROUP_ROOT"):
        return Path(os.environ["SITEGROUP_ROOT"]).resolve()
    for start in (Path.cwd(), Path(__file__).resolve().parent.parent):
        for d in (start, *start.parents):
            if (d / "site_templates").is_dir() and (d / "policies").is_dir():
                return d
    return Path(__file__).resolve().parent.parent


def inventory_path(env_name: str | None = None, path: Path | None = None) -> Path:
    if path is not None:
        return Path(path)
    return repo_root() / "inventories" / (env_name or "dev")


def load_environment(env_name: str | None = None, *, path: Path | None = None, today: date | None = None,
                     root: Path | None = None) -> Environment:
    env, issues = check_environment(env_name, path=path, today=today, root=root)
    if issues or env is None:
        raise InventoryError(issues)
    return env


def check_environment(env_name: str | None = None, *, path: Path | None = None, today: date | None = None,
                      root: Path | None = None) -> tuple[Environment | None, list[Issue]]:
    inv = inventory_path(env_name, path).resolve()
    root = Path(root) if root else _shared_root(inv)
    today = today or date.today()

    def shown(p: Path) -> str:
        return display_path(p)

    issues: list[Issue] = []
    if not inv.is_dir():
        return None, [Issue(shown(inv), 1, "", "inventory directory does not exist",
                            "give --env NAME for inventories/NAME or --inventory PATH", rule="layout")]
    cat, cat_issues = load_catalogue(root / "site_templates", root / "policies", shown)
    issues += cat_issues
    cadence = MonitorCadence()
    if policy_dir(root).is_dir():  # a self-contained test inventory may have no monitoring policy: defaults
        try:
            availability = load_policy(root).availability
            cadence = MonitorCadence(availability["probes_per_day"], availability["timeout_seconds"])
        except InventoryError as e:
            issues += e.issues

    env_file = inv / "environment.yaml"
    env_doc = None
    try:
        data, lines = yamlsafe.load(env_file, shown=shown(env_file))
        found = schema_check(data, lines, ENVIRONMENT_SCHEMA, shown(env_file))
        if not found:
            found = list(rules.rule_bundle_mirror(data["platform"], lines, shown(env_file)))
        issues += found
        if not found:
            env_doc = (normalise(data, ENVIRONMENT_SCHEMA), lines)
    except yamlsafe.YamlProblem as e:
        issues.append(e.issue)

    broken: set[str] = set()
    entries = list(_load_entries(inv / "sites", shown, issues, broken))
    capacity = None
    cap_line = 1
    if env_doc:
        c = env_doc[0]["capacity"]
        capacity = Capacity(quantity.cpu_m(c["cpu"]), quantity.bytes_(c["memory"]), quantity.bytes_(c["storage"]))
        cap_line = env_doc[1].get(("capacity",), 1)
    ctx = rules.Context(entries=entries, catalogue=cat, capacity=capacity, capacity_file=shown(env_file),
                        capacity_line=cap_line, today=today, broken_ids=broken)
    issues += rules.run(ctx)
    if issues or env_doc is None:
        return None, sorted(set(issues))
    env = replace(_build(env_doc[0], inv, ctx), monitor=cadence)
    log_policy = root / "policies" / "logging" / "retention.yaml"
    if log_policy.is_file():  # a self-contained test inventory may have none: the legal floors (model defaults)
        try:
            env = replace(env, log_retention=load_log_retention(env.name, log_policy))
        except LogPolicyError as e:
            return None, sorted(set(e.issues))
    return env, []


def _shared_root(inv: Path) -> Path:
    # A self-contained inventory (tests, forks) may carry its own site_templates/ and policies/.
    if (inv / "site_templates").is_dir() and (inv / "policies").is_dir():
        return inv
    return repo_root()


def _load_entries(sites_dir: Path, shown, issues: list[Issue], broken: set[str]):
    if not sites_dir.is_dir():
        issues.append(Issue(shown(sites_dir), 1, "", "no sites/ directory", "create sites/<prefecture>/<id>.yaml",
                            rule="layout"))
        return
    for path in sorted(sites_dir.rglob("*")):
        if path.is_dir() or path.name.startswith("."):
            continue
        rel = path.relative_to(sites_dir)
        if path.suffix not in (".yaml", ".yml") or len(rel.parts) != 2:
            issues.append(Issue(shown(path), 1, "", "not a site entry: entries live at sites/<prefecture>/<id>.yaml",
                                "move or remove the file", rule="layout"))
            continue
        if path.is_symlink():
            issues.append(Issue(shown(path), 1, "", "site entries may not be symbolic links",
                                "replace the link with the file", rule="layout"))
            continue
        try:
            data, lines = yamlsafe.load(path, max_bytes=MAX_SITE_BYTES, shown=shown(path))
        except yamlsafe.YamlProblem as e:
            issues.append(e.issue)
            continue
        if not isinstance(data, dict):
            issues.append(Issue(shown(path), 1, "", "a site entry is a mapping of keys to values",
                                "start the file with `id: <site id>`", rule="schema"))
            continue
        found = schema_check(data, lines, SITE_SCHEMA, shown(path))
        doc = normalise(data, SITE_SCHEMA)
        if found:
            issues += found
            doc = salvage(data, SITE_SCHEMA)
            if doc is None:
                # Remember the id so entries naming it as parent are not buried in follow-on errors.
                if isinstance(data.get("id"), str):
                    broken.add(data["id"])
                continue
        yield rules.Entry(path=path, file=shown(path), prefecture=rel.parts[0], data=doc, lines=lines)


def _build(env_data: dict, inv: Path, ctx: rules.Context) -> Environment:
    cat = ctx.catalogue
    p = env_data["platform"]
    platform = Platform(
        kubernetes_version=p["kubernetes_version"], gateway_cidrs=tuple(p["gateway_cidrs"]),
        waf_replicas=p["waf_replicas"], cert_issuer=p["cert_issuer"], acme_server=p.get("acme_server"),
        backup_repository=p["backup_repository"], offsite_repository=p.get("offsite_repository"),
        dns_cidrs=tuple(p["dns_cidrs"]), backup_cidrs=tuple(p.get("backup_cidrs", ())),
        timezone=p.get("timezone", "Asia/Shanghai"),
        velero=bool(p.get("velero", False)),
        bundle_mirror=p.get("bundle_mirror"), chart_registry=p.get("chart_registry"),
    )
    sites = []
    for e in sorted(ctx.entries, key=lambda e: e.id):
        d = e.data
        template = cat.templates[d["template"]]
        waf = d.get("waf") or {}
        legacy = d.get("legacy")
        sites.append(Site(
            id=d["id"], name=d["name"], organizer=d["organizer"], level=d["level"], type=d["type"],
            region_code=d["region_code"], site_code=d["site_code"], parent=d.get("parent"),
            prefecture=e.prefecture, domains=tuple(d["domains"]), ascii_domains=e.ascii_domains,
            icp=d["icp"], psb=d["psb"], owners=tuple(d["owners"]), template=template,
            resources=e.resources, autoscale=e.autoscale, quota=e.quota,
            waf=SiteWaf(
                profile=cat.waf_profiles[waf.get("profile") or template.default_waf_profile],
                exceptions=tuple(
                    WafException(rule_id=x.get("rule"), rule_tag=x.get("tag"), path=x["path"],
                                 target=x.get("target"), reason=x["reason"],
                                 expires=date.fromisoformat(x["expires"]))
                    for x in waf.get("exceptions", [])),
                cms=cms_packages(waf.get("cms")),
                html_fields=html_fields.from_data(waf.get("html_fields", [])),
                filter_fields=filter_fields.from_data(waf.get("filter_fields", [])),
                content_types=body_types.from_data(waf.get("content_types", [])),
                text_fields=text_fields.from_data(waf.get("text_fields", [])),
                methods=declared_methods.from_data(waf.get("methods", [])),
            ),
            backup=cat.backup_tiers[(d.get("backup") or {}).get("tier") or template.default_backup_tier],
            legacy=LegacySource(
                host=legacy["host"], docroot=legacy["docroot"], encoding=legacy.get("encoding", "auto"),
                old_domains=tuple(legacy["old_domains"]), ssh_user=legacy.get("ssh_user"),
                web_config=legacy.get("web_config"), closing_into=legacy.get("closing_into"),
            ) if legacy else None,
            status=d["status"], admin_level=rules.admin_level(e, ctx), contact=d.get("contact"),
            source=e.path, line=1, columns=catalogue_columns(d.get("columns", []), template.columns),
        ))
    return Environment(
        name=env_data["name"], root=inv, capacity=ctx.capacity, platform=platform, sites=tuple(sites),
        templates=dict(cat.templates), waf_profiles=dict(cat.waf_profiles), backup_tiers=dict(cat.backup_tiers),
    )
