"""The validated desired state: what every reader (plan, Pulumi, WAF, backup, Ansible, tests) uses.

Objects here are built only by ``sitegroup.inventory.load_environment`` after validation passed,
so readers may trust every field: ids are DNS labels, domains are checked IDNA names, quantities
are integers, references are resolved. Nothing in here re-validates, and nothing outside
re-derives these values from the YAML.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

LEVELS = ("province", "city", "county", "department")
TYPES = ("portal", "department")
STATUSES = ("planned", "migrating", "live", "closing", "closed")


@dataclass(frozen=True)
class Resources:
    """Per-replica sizes. CPU in millicores, memory and storage in bytes."""

    replicas: int
    cpu_request_m: int
    cpu_limit_m: int
    memory_request: int
    memory_limit: int
    storage: int


@dataclass(frozen=True)
class Database:
    """The site's own PostgreSQL server (its CMS database, ADR 0008): one pod and its data volume, sized by
    the template. CPU in millicores, memory and storage in bytes."""

    storage: int
    cpu_request_m: int
    cpu_limit_m: int
    memory_request: int
    memory_limit: int


@dataclass(frozen=True)
class Quota:
    """The namespace's ResourceQuota: room for the web pods at their autoscaling maximum, one
    rolling-update surge pod, the backup/drill jobs and an incident restore, and for a site with a
    database its server pod and the drill's scratch database. Storage and PVCs: the site's volumes and
    the jobs' scratch claims (generic ephemeral volumes) at once. Computed once by the loader
    (sitegroup.rules.namespace_quota); the capacity rule, the plan and the Pulumi program all read this,
    none recomputes it."""

    pods: int
    cpu_requests_m: int
    cpu_limits_m: int
    memory_requests: int
    memory_limits: int
    storage: int  # requests.storage: the volumes and the scratch claims
    persistent_volume_claims: int  # the volumes' PVCs and the scratch claims
    scratch_storage: int  # the part of storage the jobs' scratch claims take


@dataclass(frozen=True)
class Autoscale:
    min_replicas: int
    max_replicas: int
    cpu_utilization: int


COLUMN_KINDS = ("news", "notice", "policy", "regular", "static", "consultation")


@dataclass(frozen=True)
class Column:
    """A column (栏目) the regulatory monitor checks: 动态/要闻 = news, 通知公告 = notice, 政策文件 = policy,
    other columns that should be updated = regular, reference pages = static, 政务咨询 = consultation."""

    path: str  # URL path on the site, starts with "/"
    name: str
    kind: str  # one of COLUMN_KINDS


@dataclass(frozen=True)
class Template:
    name: str
    description: str
    site_type: str
    levels: tuple[str, ...]
    image: str
    database: Database | None  # None: the site has no database
    resources: Resources
    autoscale: Autoscale | None
    limits: Resources  # the most overrides may ask for (request fields mirror the limits)
    default_waf_profile: str
    default_backup_tier: str
    source: Path
    columns: tuple[Column, ...] = ()  # the standard columns of every site made from it


@dataclass(frozen=True)
class RateLimit:
    requests_per_second: int
    burst: int


@dataclass(frozen=True)
class WafProfile:
    name: str
    description: str
    engine: str  # "On" | "DetectionOnly"
    paranoia: int
    inbound_threshold: int
    outbound_threshold: int
    request_body_limit: int
    file_upload_limit: int
    allowed_methods: tuple[str, ...]
    allowed_content_types: tuple[str, ...]
    rate_limit: RateLimit
    admin_paths: tuple[str, ...]
    admin_allow_from: tuple[str, ...]  # CIDRs
    source: Path


@dataclass(frozen=True)
class Retention:
    hourly: int
    daily: int
    weekly: int
    monthly: int


@dataclass(frozen=True)
class BackupTier:
    name: str
    rank: int
    description: str
    schedule: str  # cron
    retention: Retention
    offsite: bool
    rpo_hours: int
    drill_every_days: int
    source: Path


@dataclass(frozen=True)
class WafException:
    """Remove a CRS rule (by id or tag) for one path of one site, until an expiry date."""

    rule_id: int | None
    rule_tag: str | None
    path: str  # a URL path prefix, starts with "/"
    target: str | None  # e.g. "ARGS:content"; None removes the rule for the whole request
    reason: str
    expires: date


@dataclass(frozen=True)
class HtmlField:
    """Named parameters on named paths that take sanitised HTML from a public editor (ADR 0020):
    read by the platform's allow-list check instead of CRS's XSS rules (sitegroup.waf.html_fields)."""

    paths: tuple[str, ...]
    targets: tuple[str, ...]  # ARGS:content, ARGS:json.content
    sanitiser: str  # what cleans it on the backend (named in the rule's comment)
    reason: str
    markup: str = "html"  # or "ssml": speech markup, SSML's speech elements kept too


@dataclass(frozen=True)
class FilterField:
    """A query-language parameter (GeoServer CQL_FILTER, ArcGIS where, SRU query) on named paths: when
    its whole value is the language, CRS's SQL rules leave it (sitegroup.waf.filter_fields)."""

    paths: tuple[str, ...]
    targets: tuple[str, ...]  # ARGS:where, ARGS:CQL_FILTER
    language: str  # a key of filter_fields.LANGUAGES
    reason: str


@dataclass(frozen=True)
class TextField:
    """Named parameters on named paths the site stores as data and shows escaped (ADR 0029): CRS's injection
    rules leave them; the platform's escaping check reads them (sitegroup.waf.text_fields)."""

    paths: tuple[str, ...]
    targets: tuple[str, ...]  # ARGS:content, ARGS:json.description
    stored: str  # how the backend stores it as data (a bound parameter)
    shown: str  # how every page that shows it escapes it
    reason: str


@dataclass(frozen=True)
class ConsoleField:
    """A tool's parameter that runs what the user writes by design (a BI tool's SQL Lab statement, a dashboard
    panel's raw SQL), on named paths: read as a text field is, but only for a client inside the site's profile's
    back-office ranges (ADR 0038, sitegroup.waf.console_fields); from any other address every rule reads it."""

    paths: tuple[str, ...]
    targets: tuple[str, ...]  # ARGS:json.sql, ARGS:json.queries.array_0.rawSql
    runs: str  # who runs it, as which role (the tool's own control)
    reason: str


@dataclass(frozen=True)
class MethodGrant:
    """HTTP methods outside the profiles' list that the site's own service answers on named paths: a CalDAV or
    CardDAV server's PROPFIND and REPORT, a REST API's PUT and DELETE (sitegroup.waf.declared_methods)."""

    paths: tuple[str, ...]
    methods: tuple[str, ...]
    reason: str


@dataclass(frozen=True)
class ContentType:
    """A body type outside the profiles' list that a product's own client sends on named paths: parsed
    as declared when the whole header is that type (sitegroup.waf.body_types)."""

    paths: tuple[str, ...]
    type: str
    parameters: tuple[str, ...]
    body: str  # json | xml | text (read whole, not parsed)
    reason: str


def cms_packages(declared: str | list[str] | tuple[str, ...] | None) -> tuple[str, ...]:
    """An entry's `waf.cms` (one package name, or a list of them) as SiteWaf.cms holds it."""
    if declared is None:
        return ()
    return tuple(sorted({declared} if isinstance(declared, str) else set(declared)))


@dataclass(frozen=True)
class SiteWaf:
    profile: WafProfile
    exceptions: tuple[WafException, ...] = ()
    # The CMS exclusion packages (policies/waf/cms/) of the products the site runs: a CMS and, beside it,
    # e.g. a GeoServer or a webmail client. Sorted, so one set of products has one policy key.
    cms: tuple[str, ...] = ()
    html_fields: tuple[HtmlField, ...] = ()  # the site's own rich-text fields (waf.html_fields)
    filter_fields: tuple[FilterField, ...] = ()  # the site's own query-language parameters (waf.filter_fields)
    content_types: tuple[ContentType, ...] = ()  # the site's own services' body types (waf.content_types)
    text_fields: tuple[TextField, ...] = ()  # the site's own plain-text fields (waf.text_fields)
    methods: tuple[MethodGrant, ...] = ()  # the site's own services' methods beyond the profile's (waf.methods)


@dataclass(frozen=True)
class LegacySource:
    """Where a migrating site lives today."""

    host: str  # inventory hostname or address of the legacy server
    docroot: str  # absolute path
    encoding: str  # "auto" | "utf-8" | "gbk" | "gb2312" | "gb18030"
    old_domains: tuple[str, ...]
    ssh_user: str | None = None
    web_config: str | None = None  # the legacy nginx/apache vhost file, for cut-over and rollback
    closing_into: str | None = None  # for a site closed into another: that site's id


@dataclass(frozen=True)
class Site:
    id: str
    name: str
    organizer: str
    level: str
    type: str
    region_code: str
    site_code: str
    parent: str | None
    prefecture: str  # the folder under sites/ the entry lives in
    domains: tuple[str, ...]  # as written (may be Unicode, e.g. 某某.政务)
    ascii_domains: tuple[str, ...]  # IDNA A-labels, what nginx/Gateway/cert-manager get
    icp: str
    psb: str
    owners: tuple[str, ...]
    template: Template
    resources: Resources  # template sizes with the entry's overrides applied
    autoscale: Autoscale | None  # the template's autoscaling (portals), bounded by the replicas asked for
    quota: Quota
    waf: SiteWaf
    backup: BackupTier
    legacy: LegacySource | None
    status: str
    admin_level: str  # province|city|county: its own level, or its parent's for a department
    contact: str | None = None
    source: Path = field(default=Path("."))
    line: int = 1
    columns: tuple[Column, ...] = ()  # the template's columns with the entry's added or replaced (by path)

    @property
    def namespace(self) -> str:
        return f"site-{self.id}"

    @property
    def primary_domain(self) -> str:
        return self.ascii_domains[0]

    @property
    def database(self) -> Database | None:
        """The site's own database server, or None (the template decides)."""
        return self.template.database

    @property
    def serving(self) -> bool:
        """Whether the platform runs a workload for it (a closed site keeps only its records)."""
        return self.status != "closed"


@dataclass(frozen=True)
class Capacity:
    cpu_m: int
    memory: int
    storage: int


@dataclass(frozen=True)
class Platform:
    """Environment-wide settings every stack and renderer needs."""

    kubernetes_version: str
    gateway_cidrs: tuple[str, ...]  # only these may set X-Forwarded-For for the WAF tier
    waf_replicas: int
    cert_issuer: str  # cert-manager ClusterIssuer name
    acme_server: str | None
    backup_repository: str  # restic repository URL prefix; a site's repository is <prefix>/<site id>
    offsite_repository: str | None
    dns_cidrs: tuple[str, ...]
    # Where the backup repositories live. NetworkPolicies match addresses, not names: without this
    # the backup jobs' egress can only be narrowed to the repository's port.
    backup_cidrs: tuple[str, ...] = ()
    timezone: str = "Asia/Shanghai"
    velero: bool = False
    # Where the upstream bundles (CRDs, charts) are mirrored (docs/bundles.md): file:///<dir> or https://<url>;
    # None: upstream. An https mirror's charts come from chart_registry (oci://<registry>/<path>).
    bundle_mirror: str | None = None
    chart_registry: str | None = None


@dataclass(frozen=True)
class MonitorCadence:
    """How often the in-cluster monitor probes each site (policies/monitoring/default.yaml, availability)."""

    probes_per_day: int = 24
    probe_timeout_seconds: float = 15.0


LOG_KINDS = ("access", "waf", "audit", "app")


@dataclass(frozen=True)
class LogRetention:
    """Days the central log store keeps each kind of log (policies/logging/retention.yaml, for this environment;
    docs/logging.md). The defaults are the legal floors a self-contained test inventory without a policy gets."""

    env: str = ""
    days: dict[str, int] = field(default_factory=lambda: {"access": 365, "waf": 365, "audit": 365, "app": 180})

    def store_of(self, kind: str) -> str:
        """The store (one per distinct retention) that keeps this kind."""
        return log_store_name(self.days[kind])

    def stores(self) -> dict[str, tuple[int, tuple[str, ...]]]:
        """store name -> (days, kinds kept there), in ascending days."""
        return {log_store_name(d): (d, tuple(k for k in LOG_KINDS if self.days[k] == d))
                for d in sorted(set(self.days.values()))}


def log_store_name(days: int) -> str:
    return f"logs-{days}d"


@dataclass(frozen=True)
class Environment:
    name: str
    root: Path  # inventories/<env>
    capacity: Capacity
    platform: Platform
    sites: tuple[Site, ...]  # sorted by id
    templates: dict[str, Template]
    waf_profiles: dict[str, WafProfile]
    backup_tiers: dict[str, BackupTier]
    monitor: MonitorCadence = MonitorCadence()
    log_retention: LogRetention = LogRetention()

    def site(self, site_id: str) -> Site:
        for s in self.sites:
            if s.id == site_id:
                return s
        raise KeyError(f"no site {site_id!r} in environment {self.name!r}")
