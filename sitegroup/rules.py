"""The validator's rules over all site entries of an environment.

Each rule is a function `(ctx) -> Iterable[Issue]` registered in RULES with a stable id; every
issue names the file, line, field, problem and fix. Rules run on entries that passed the schema,
so field types are known; cross-entry rules look only at entries that parsed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path

from sitegroup import domains as dom
from sitegroup import quantity
from sitegroup.backup.scratch import scratch_claims_at_once
from sitegroup.catalogue import Catalogue
from sitegroup.errors import Issue
from sitegroup.model import Autoscale, Capacity, Database, Quota, Resources
from sitegroup.waf import body_types
from sitegroup.yamlsafe import dotted

PREFECTURE = re.compile(r"^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$")
# 《政府网站发展指引》: townships and streets open no site; they are columns of the county portal.
TOWNSHIP_SUFFIXES = ("乡人民政府", "镇人民政府", "街道办事处", "乡政府", "镇政府", "苏木人民政府")
# Allowed parent levels by (type, level): what "levels nest" means.
PARENT_LEVELS = {
    ("portal", "province"): (),
    ("portal", "city"): ("province",),
    ("portal", "county"): ("city", "province"),  # 省直管县 hang under the province
    ("department", "department"): ("province", "city"),
}
# Job pods a namespace needs beyond its web replicas and their rolling-update surge pod.
JOB_PODS = 3
# Room in the quota for a backup, a drill and an incident restore Job running at once (their sizes are
# in sitegroup/k8s/backup.py; tests/backup/test_quota_fit.py keeps the two in step).
JOB_CPU_REQUEST_M = 500
JOB_MEMORY_REQUEST = 1024**3
JOB_CPU_LIMIT_M = 3000
JOB_MEMORY_LIMIT = 3 * 1024**3
# A site with a database (ADR 0008) also runs its server pod (the template's sizes) and, inside the drill pod,
# a throwaway PostgreSQL the drill restores the dump into (sizes in sitegroup/k8s/backup.py, SCRATCH_DB_*).
SCRATCH_DB_CPU_REQUEST_M = 100
SCRATCH_DB_MEMORY_REQUEST = 256 * 1024**2
SCRATCH_DB_CPU_LIMIT_M = 1000
SCRATCH_DB_MEMORY_LIMIT = 1024**3
# Storage: the site's volumes (content, and the database server's data volume), plus the scratch claims of the
# backup, drill and incident-restore jobs running at once (sitegroup.backup.scratch.scratch_claims_at_once sizes
# them for both the jobs and this quota).
MAX_EXCEPTION_DAYS = 366


@dataclass
class Entry:
    path: Path
    file: str  # as shown to operators
    prefecture: str
    data: dict
    lines: dict
    resources: Resources | None = None
    autoscale: Autoscale | None = None
    quota: Quota | None = None
    ascii_domains: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        return self.data["id"]

    def line(self, *path) -> int:
        p = tuple(path)
        while p:
            if p in self.lines:
                return self.lines[p]
            p = p[:-1]
        return self.lines.get((), 1)

    def issue(self, path: tuple, message: str, fix: str, rule: str) -> Issue:
        return Issue(self.file, self.line(*path), dotted(path), message, fix, rule=rule)


@dataclass
class Context:
    entries: list[Entry]
    catalogue: Catalogue
    capacity: Capacity | None
    capacity_file: str
    capacity_line: int
    today: date
    broken_ids: set[str] = field(default_factory=set)  # entries that failed the schema (reported already)
    by_id: dict[str, Entry] = field(default_factory=dict)


def rule_layout(ctx: Context) -> Iterable[Issue]:
    for e in ctx.entries:
        if e.path.stem != e.id:
            yield e.issue(("id",), f"id {e.id!r} differs from the file name {e.path.name!r}",
                          f"rename the file to {e.id}.yaml or set id: {e.path.stem}", "layout")
        if not PREFECTURE.match(e.prefecture):
            yield Issue(e.file, 1, "", f"prefecture folder {e.prefecture!r} is not a lower-case DNS label",
                        "put the file under sites/<prefecture>/ with a name like 'linhe'", "layout")


def rule_domains(ctx: Context) -> Iterable[Issue]:
    for e in ctx.entries:
        ascii_names = []
        for i, name in enumerate(e.data["domains"]):
            try:
                a = dom.to_ascii(name)
            except ValueError as err:
                yield e.issue(("domains", i), f"{name!r} is not a valid domain name ({err})",
                              "use letters, digits and hyphens (or valid Chinese labels for .政务)", "domain")
                continue
            ascii_names.append(a)
            if not dom.is_government(a):
                yield e.issue(("domains", i), f"{name!r} is not under .gov.cn or .政务",
                              "government sites may only use .gov.cn or .政务 (国办函〔2018〕55号)", "domain")
            elif i == 0 and not a.endswith(dom.GOV_CN):
                yield e.issue(("domains", 0), f"the primary domain {name!r} is not a .gov.cn name",
                              "list the www.<x>.gov.cn (or <dept>.<x>.gov.cn) name first; .政务 names after it",
                              "domain")
            elif i == 0 and e.data["type"] == "portal" and dom.portal_key(a) is None:
                yield e.issue(("domains", 0), f"a portal's primary domain must be www.<x>.gov.cn, not {name!r}",
                              "e.g. www.linhe.gov.cn", "domain")
        e.ascii_domains = tuple(ascii_names)
        for i, name in enumerate((e.data.get("legacy") or {}).get("old_domains", [])):
            try:
                dom.to_ascii(name)
            except ValueError as err:
                yield e.issue(("legacy", "old_domains", i), f"{name!r} is not a valid domain name ({err})",
                              "write the legacy host name exactly as browsers use it", "domain")


def rule_unique(ctx: Context) -> Iterable[Issue]:
    def unique(label: str, fix: str, values: Callable[[Entry], Iterable[tuple[tuple, str]]]):
        seen: dict[str, Entry] = {}
        for e in ctx.entries:
            for path, value in values(e):
                key = value.casefold()
                other = seen.get(key)
                if other is not None and other is not e:
                    yield e.issue(path, f"{label} {value!r} is already used by {other.file}:"
                                  f"{other.line(path[0])}", fix, "unique")
                else:
                    seen[key] = e

    yield from unique("id", "choose another id", lambda e: [(("id",), e.id)])
    yield from unique("domain", "a domain belongs to exactly one site; remove it here or there",
                      lambda e: [(("domains", i), a) for i, a in enumerate(e.ascii_domains)])
    yield from unique("site_code", "each site has its own 网站标识码; check the number issued for this site",
                      lambda e: [(("site_code",), e.data["site_code"])])
    yield from unique("organizer", "one unit opens at most one site (《政府网站发展指引》); merge the sites or "
                      "move this one into the other as a column", lambda e: [(("organizer",), e.data["organizer"])])


def rule_hierarchy(ctx: Context) -> Iterable[Issue]:
    for e in ctx.entries:
        d = e.data
        kind = (d["type"], d["level"])
        organizer = d["organizer"]
        if organizer.endswith(TOWNSHIP_SUFFIXES):
            yield e.issue(("organizer",), f"{organizer} is a township or street: it opens no site of its own",
                          "publish it as a column (栏目) of its county portal (《政府网站发展指引》)", "township")
            continue
        if kind not in PARENT_LEVELS:
            yield e.issue(("level",), f"type {d['type']!r} with level {d['level']!r} is not a kind of site",
                          "a portal has level province, city or county; a department site has type and level "
                          "'department'", "hierarchy")
            continue
        allowed = PARENT_LEVELS[kind]
        parent_id = d.get("parent")
        if not allowed:
            if parent_id:
                yield e.issue(("parent",), "the provincial portal has no parent", "remove parent:", "hierarchy")
            continue
        if not parent_id:
            yield e.issue(("parent",), f"a {d['level']} {d['type']} needs a parent portal",
                          "add parent: <id of the portal above it>", "hierarchy")
            continue
        parent = ctx.by_id.get(parent_id)
        if parent is None and parent_id in ctx.broken_ids:
            continue
        if parent is None:
            yield e.issue(("parent",), f"parent {parent_id!r} does not exist in this environment",
                          "use the id of an existing portal", "hierarchy")
            continue
        if parent.data["type"] != "portal":
            yield e.issue(("parent",), f"parent {parent_id!r} is a department site, not a portal",
                          "a site's parent is always a portal", "hierarchy")
            continue
        plevel = parent.data["level"]
        if kind == ("department", "department") and plevel == "county":
            yield e.issue(("parent",), f"{organizer} is a county-level department: it opens no site of its own",
                          "publish it as a column of the county portal (《政府网站发展指引》)", "county-department")
        elif plevel not in allowed:
            yield e.issue(("parent",), f"a {d['level']} {d['type']} cannot sit under a {plevel} portal",
                          f"its parent must be a {' or '.join(allowed)} portal", "hierarchy")


def rule_codes(ctx: Context) -> Iterable[Issue]:
    for e in ctx.entries:
        d = e.data
        rc, sc = d["region_code"], d["site_code"]
        level = d["level"]
        if level == "province" and not rc.endswith("0000"):
            yield e.issue(("region_code",), f"a province's region code ends in 0000, not {rc}",
                          "use the province code, e.g. 680000", "codes")
        elif level == "city" and (rc.endswith("00") is False or rc[2:4] == "00"):
            yield e.issue(("region_code",), f"a city's region code is XXYY00 with YY not 00, not {rc}",
                          "use the prefecture's code, e.g. 680100", "codes")
        elif level == "county" and rc[4:] == "00":
            yield e.issue(("region_code",), f"a county's region code does not end in 00: {rc}",
                          "use the county's 6-digit code, e.g. 680102", "codes")
        if not sc.startswith("bm") and sc[:6] != rc:
            yield e.issue(("site_code",), f"网站标识码 {sc} does not start with the region code {rc}",
                          "a local site code is the 6-digit region code + a 4-digit serial", "codes")
        parent = ctx.by_id.get(d.get("parent") or "")
        if parent is None:
            continue
        prc = parent.data["region_code"]
        if level == "department" and rc != prc:
            yield e.issue(("region_code",), f"a department site shares its portal's region code {prc}, not {rc}",
                          f"set region_code: {prc}", "codes")
        elif level in ("city", "county"):
            keep = 2 if parent.data["level"] == "province" else 4
            if rc[:keep] != prc[:keep]:
                yield e.issue(("region_code",), f"region code {rc} is not inside its parent's region {prc}",
                              f"a {level} under {parent.id} has a code starting {prc[:keep]}", "codes")


def rule_department_domain(ctx: Context) -> Iterable[Issue]:
    for e in ctx.entries:
        if e.data["type"] != "department" or not e.ascii_domains:
            continue
        parent = ctx.by_id.get(e.data.get("parent") or "")
        if parent is None or not parent.ascii_domains:
            continue
        zone = dom.portal_key(parent.ascii_domains[0])
        if zone is None:
            continue
        primary = e.ascii_domains[0]
        labels = primary.split(".")
        if not primary.endswith("." + zone) or len(labels) != len(zone.split(".")) + 1 or labels[0] == "www":
            yield e.issue(("domains", 0), f"a department site uses a sub-domain of its portal's domain: "
                          f"<dept>.{zone}, not {e.data['domains'][0]!r}",
                          f"e.g. jyj.{zone} (《政府网站发展指引》)", "domain-parent")


def rule_references(ctx: Context) -> Iterable[Issue]:
    cat = ctx.catalogue
    for e in ctx.entries:
        d = e.data
        t = cat.templates.get(d["template"])
        if t is None:
            yield e.issue(("template",), f"template {d['template']!r} does not exist",
                          f"use one of: {', '.join(sorted(cat.templates))} (site_templates/)", "reference")
        elif t.site_type != d["type"] or d["level"] not in t.levels:
            yield e.issue(("template",), f"template {t.name!r} is for {t.site_type} sites of level "
                          f"{'/'.join(t.levels)}, not a {d['level']} {d['type']}",
                          "pick the template made for this kind of site", "reference")
        profile = (d.get("waf") or {}).get("profile")
        if profile and profile not in cat.waf_profiles:
            yield e.issue(("waf", "profile"), f"WAF profile {profile!r} does not exist",
                          f"use one of: {', '.join(sorted(cat.waf_profiles))} (policies/waf/)", "reference")
        yield from _waf_declarations(e, cat)
        tier = (d.get("backup") or {}).get("tier")
        if tier and tier not in cat.backup_tiers:
            yield e.issue(("backup", "tier"), f"backup tier {tier!r} does not exist",
                          f"use one of: {', '.join(sorted(cat.backup_tiers))} (policies/backup/)", "reference")
        into = (d.get("legacy") or {}).get("closing_into")
        if into and into not in ctx.by_id and into not in ctx.broken_ids:
            yield e.issue(("legacy", "closing_into"), f"site {into!r} does not exist",
                          "name the id of the site this one is being merged into", "reference")


def _waf_declarations(e: Entry, cat: Catalogue) -> Iterable[Issue]:
    """Each package named in waf.cms exists, and no two declarations the site gets (its packages', its
    own waf.content_types) parse one body type two ways."""
    waf = e.data.get("waf") or {}
    declared = waf.get("cms")
    names = [] if declared is None else [(("waf", "cms"), declared)] if isinstance(declared, str) else \
        [(("waf", "cms", i), n) for i, n in enumerate(declared)]
    for path, name in names:
        if name not in cat.cms_packages:
            yield e.issue(path, f"CMS package {name!r} does not exist",
                          f"use one of: {', '.join(sorted(cat.cms_packages))} (policies/waf/cms/)", "reference")
    found = [(f"CMS package {n!r}", cat.cms_packages[n].content_types) for _, n in names if n in cat.cms_packages]
    own = body_types.from_data(waf.get("content_types", ()))
    for i, c in enumerate(own):
        if body_types.form_type(c.type):
            yield e.issue(("waf", "content_types", i, "type"), f"{c.type} is how every form is sent: it is parsed "
                          "already", "declare only the unusual type the service's client sends (e.g. text/x-json)",
                          "reference")
    for a, b, why in body_types.conflicts(found + ([("the site's own waf.content_types", own)] if own else [])):
        yield e.issue(("waf", "content_types") if b.startswith("the site") else ("waf", "cms"), f"{a} and {b} {why}",
                      "keep one of them, or make the content_types paths disjoint", "reference")


def rule_overrides(ctx: Context) -> Iterable[Issue]:
    for e in ctx.entries:
        t = ctx.catalogue.templates.get(e.data["template"])
        if t is None:
            continue
        o = (e.data.get("overrides") or {})
        base = t.resources
        r = Resources(
            replicas=o.get("replicas", base.replicas),
            cpu_request_m=quantity.cpu_m(o["cpu_request"]) if "cpu_request" in o else base.cpu_request_m,
            cpu_limit_m=quantity.cpu_m(o["cpu_limit"]) if "cpu_limit" in o else base.cpu_limit_m,
            memory_request=quantity.bytes_(o["memory_request"]) if "memory_request" in o else base.memory_request,
            memory_limit=quantity.bytes_(o["memory_limit"]) if "memory_limit" in o else base.memory_limit,
            storage=quantity.bytes_(o["storage"]) if "storage" in o else base.storage,
        )
        lim = t.limits
        bad = False
        for key, value, most, fmt in (
            ("replicas", r.replicas, lim.replicas, str),
            ("cpu_limit", r.cpu_limit_m, lim.cpu_limit_m, quantity.fmt_cpu),
            ("memory_limit", r.memory_limit, lim.memory_limit, quantity.fmt_bytes),
            ("storage", r.storage, lim.storage, quantity.fmt_bytes),
            ("cpu_request", r.cpu_request_m, r.cpu_limit_m, quantity.fmt_cpu),
            ("memory_request", r.memory_request, r.memory_limit, quantity.fmt_bytes),
        ):
            if value > most:
                bad = True
                what = "its limit" if key.endswith("request") else f"the {t.name} template's limit"
                yield e.issue(("overrides", key), f"{key} {fmt(value)} exceeds {what} {fmt(most)}",
                              f"ask for at most {fmt(most)}, or move the site to a larger template", "overrides")
        if bad:
            continue
        a = t.autoscale
        if a is not None:
            a = Autoscale(max(a.min_replicas, r.replicas), max(a.max_replicas, r.replicas), a.cpu_utilization)
        e.resources, e.autoscale = r, a
        e.quota = namespace_quota(r, a, t.database)


def namespace_quota(r: Resources, autoscale: Autoscale | None, database: Database | None) -> Quota:
    """The namespace's quota: the web pods at their autoscaling maximum plus a rolling-update surge pod, the
    backup, drill and incident-restore jobs at once, and for a site with a database its server pod and the
    drill's scratch database. Storage and the PVC count: the site's volumes (content, the server's data) and
    the jobs' scratch claims at once (generic ephemeral volumes: each is a PVC of the namespace)."""
    pods = (autoscale.max_replicas if autoscale else r.replicas) + 1
    volumes = [r.storage] if database is None else [r.storage, database.storage]
    claims = scratch_claims_at_once(r.storage, database)
    quota = Quota(
        pods=pods + JOB_PODS,
        cpu_requests_m=pods * r.cpu_request_m + JOB_CPU_REQUEST_M,
        cpu_limits_m=pods * r.cpu_limit_m + JOB_CPU_LIMIT_M,
        memory_requests=pods * r.memory_request + JOB_MEMORY_REQUEST,
        memory_limits=pods * r.memory_limit + JOB_MEMORY_LIMIT,
        storage=sum(volumes) + sum(claims),
        persistent_volume_claims=len(volumes) + len(claims),
        scratch_storage=sum(claims),
    )
    if database is None:
        return quota
    db = database
    return replace(
        quota,
        pods=quota.pods + 1,  # the server; the scratch database is a sidecar in the drill's pod
        cpu_requests_m=quota.cpu_requests_m + db.cpu_request_m + SCRATCH_DB_CPU_REQUEST_M,
        cpu_limits_m=quota.cpu_limits_m + db.cpu_limit_m + SCRATCH_DB_CPU_LIMIT_M,
        memory_requests=quota.memory_requests + db.memory_request + SCRATCH_DB_MEMORY_REQUEST,
        memory_limits=quota.memory_limits + db.memory_limit + SCRATCH_DB_MEMORY_LIMIT,
    )


def rule_waf_exceptions(ctx: Context) -> Iterable[Issue]:
    horizon = ctx.today + timedelta(days=MAX_EXCEPTION_DAYS)
    for e in ctx.entries:
        for i, x in enumerate((e.data.get("waf") or {}).get("exceptions", [])):
            if x["path"] == "/":
                # "/" is every path of the site: a rule (or a parameter) switched off for the whole site.
                yield e.issue(("waf", "exceptions", i, "path"),
                              f"WAF exception for {x.get('rule', x.get('tag'))} on / covers the whole site",
                              "name the path (or directory) of the form that is misread; a misreading on every "
                              "site of a CMS belongs in its package, on every site in the platform tuning",
                              "waf-exception")
            expires = date.fromisoformat(x["expires"])
            if expires < ctx.today:
                yield e.issue(("waf", "exceptions", i, "expires"),
                              f"WAF exception for {x.get('rule', x.get('tag'))} on {x['path']} expired on {expires}",
                              "remove it if the false positive is fixed, or review it and set a new expiry date",
                              "waf-exception")
            elif expires > horizon:
                yield e.issue(("waf", "exceptions", i, "expires"),
                              f"expiry {expires} is more than {MAX_EXCEPTION_DAYS} days away",
                              "exceptions are temporary: review them at least yearly", "waf-exception")


def rule_backup_tier(ctx: Context) -> Iterable[Issue]:
    cat = ctx.catalogue
    for e in ctx.entries:
        d = e.data
        t = cat.templates.get(d["template"])
        tier_name = (d.get("backup") or {}).get("tier") or (t.default_backup_tier if t else None)
        tier = cat.backup_tiers.get(tier_name or "")
        if tier is None:
            continue
        level = admin_level(e, ctx)
        need_name = cat.minimum_tier.get(d["type"], {}).get(level or "")
        need = cat.backup_tiers.get(need_name or "")
        if need is not None and tier.rank < need.rank:
            yield e.issue(("backup", "tier") if "backup" in d else ("template",),
                          f"backup tier {tier.name!r} is weaker than the {need.name!r} a {level} {d['type']} "
                          f"requires", f"set backup: {{tier: {need.name}}} (policies/backup/requirements.yaml)",
                          "backup-tier")


def rule_status(ctx: Context) -> Iterable[Issue]:
    for e in ctx.entries:
        if e.data["status"] == "migrating" and not e.data.get("legacy"):
            yield e.issue(("status",), "a migrating site needs a legacy block saying where it lives today",
                          "add legacy: {host, docroot, old_domains, encoding}", "status")


def rule_capacity(ctx: Context) -> Iterable[Issue]:
    if ctx.capacity is None:
        return
    serving = [e for e in ctx.entries if e.quota is not None and e.data["status"] != "closed"]
    totals = {
        "cpu": (sum(e.quota.cpu_requests_m for e in serving), ctx.capacity.cpu_m, quantity.fmt_cpu),
        "memory": (sum(e.quota.memory_requests for e in serving), ctx.capacity.memory, quantity.fmt_bytes),
        "storage": (sum(e.quota.storage for e in serving), ctx.capacity.storage, quantity.fmt_bytes),
    }
    for key, (used, cap, fmt) in totals.items():
        if used > cap:
            yield Issue(ctx.capacity_file, ctx.capacity_line, f"capacity.{key}",
                        f"the sites' quotas need {fmt(used)} of {key}, over the {fmt(cap)} declared",
                        "raise the environment's capacity (after adding nodes) or shrink site overrides",
                        rule="capacity")


def rule_bundle_mirror(platform: dict, lines: dict, file: str) -> Iterable[Issue]:
    """environment.yaml platform.bundle_mirror / chart_registry (after the schema): a file:/// mirror holds the
    charts itself; an https one serves only files, so its charts come from an OCI registry (docs/bundles.md)."""
    mirror, registry = platform.get("bundle_mirror"), platform.get("chart_registry")

    def issue(key: str, message: str, fix: str) -> Issue:
        line = lines.get(("platform", key), lines.get(("platform",), 1))
        return Issue(file, line, f"platform.{key}", message, fix, rule="bundle-mirror")

    if mirror and mirror.startswith("file://") and ".." in mirror.split("/"):
        yield issue("bundle_mirror", f"{mirror!r} is not an absolute directory",
                    "write the mirror's directory without '..', e.g. file:///srv/sitegroup/bundles")
    if mirror and mirror.startswith("https://") and not registry:
        yield issue("bundle_mirror", "an https mirror serves the YAML bundles but not the Helm charts",
                    "add chart_registry: oci://<registry>/<path> holding the mirrored charts (`helm push`), "
                    "or use a file:/// mirror")
    if registry and mirror and mirror.startswith("file://"):
        yield issue("chart_registry", "a file:/// mirror holds the charts itself; chart_registry would be ignored",
                    "remove chart_registry, or serve the mirror over https://")
    if registry and not mirror:
        yield issue("chart_registry", "chart_registry needs a bundle_mirror for the YAML bundles (CRDs)",
                    "add bundle_mirror: https://<host>/<path> serving the mirror's files, or remove chart_registry")


def admin_level(e: Entry, ctx: Context) -> str | None:
    if e.data["type"] == "portal":
        return e.data["level"]
    parent = ctx.by_id.get(e.data.get("parent") or "")
    return parent.data["level"] if parent else None


RULES: dict[str, Callable[[Context], Iterable[Issue]]] = {
    "layout": rule_layout,
    "domain": rule_domains,  # must run before unique/domain-parent: fills ascii_domains
    "unique": rule_unique,
    "hierarchy": rule_hierarchy,
    "codes": rule_codes,
    "domain-parent": rule_department_domain,
    "reference": rule_references,
    "overrides": rule_overrides,  # fills resources/quota for capacity
    "waf-exception": rule_waf_exceptions,
    "backup-tier": rule_backup_tier,
    "status": rule_status,
    "capacity": rule_capacity,
}


def run(ctx: Context, disabled: frozenset[str] = frozenset()) -> list[Issue]:
    ctx.by_id = {}
    for e in ctx.entries:
        ctx.by_id.setdefault(e.id, e)
    issues: list[Issue] = []
    for name, rule in RULES.items():
        if name not in disabled:
            issues.extend(rule(ctx))
    return issues
