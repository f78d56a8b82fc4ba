"""Render the shared WAF tier (nginx + ModSecurity v3 + OWASP CRS) from the validated model.

``render_files(env, options)`` is a pure function: same environment and options, same files.
Layout (relative paths; each directory is one ConfigMap in the cluster, file names are valid keys):

    nginx.conf                      module, ModSecurity + CRS at http level, the Host map, ONE server
    modsecurity/main.conf           engine defaults, site dispatch, profiles, CMS packages, sites, CRS (ONCE)
    modsecurity/profiles.conf       each profile in use: engine, paranoia, thresholds, body limits, admin ACL
    modsecurity/cms.conf            each CMS exclusion package in use (policies/waf/cms/)
    modsecurity/crs-tuning-zh.conf  the platform's CRS tuning for Chinese traffic (policies/waf/)
    modsecurity/unicode.mapping     t:urlDecodeUni map for Chinese text (sitegroup.waf.unicode_map)
    sites/<id>.map                  the site's Host names -> "<site>.<profile>.<cms>." (nginx map entries)
    sites/<id>.rules.conf           the site's exceptions (only for a site that has live ones)

Why host-keyed policy in one rule set instead of a server block and rules file per site (ADR 0014):
ModSecurity-nginx 1.0.3 creates and merges a rule set for every server and location context, even
with ModSecurity off there (~31 KB each), so 1,000 server blocks cost 3-4x the memory of one. Here
nginx has one server block for every site; ``map $host`` finds the site (the same normalised
``$host`` nginx routes on) and the connector's ``modsecurity_transaction_id`` hands the result to
ModSecurity as the start of the transaction id (UNIQUE_ID). One phase-1 rule reads it into
``tx.sg_site``/``tx.sg_profile``/``tx.sg_cms``; the profile, CMS and site rules that follow are
keyed on those and run before CRS's 901 rules, which only fill in variables still unset.
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

from sitegroup.model import Environment, Site, WafProfile
from sitegroup.waf import cms, modsec, safe, unicode_map
from sitegroup.waf.errors import WafRenderError
from sitegroup.waf.options import RenderOptions
from sitegroup.waf.tuning_file import TUNING_FILE, replaced_by_copy, replacement_ids  # noqa: F401 - their home since stop 29

REPO = Path(__file__).resolve().parents[2]

# Minimal MIME types for the docroot (replay) mode, so the directory needs nothing from /etc/nginx.
MIME_TYPES = {
    "text/html": "html htm shtml",
    "text/css": "css",
    "text/plain": "txt",
    "text/xml": "xml",
    "application/javascript": "js",
    "application/json": "json",
    "application/pdf": "pdf",
    "application/msword": "doc",
    "application/vnd.ms-excel": "xls",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
    "application/zip": "zip",
    "image/png": "png",
    "image/jpeg": "jpg jpeg",
    "image/gif": "gif",
    "image/svg+xml": "svg",
    "image/x-icon": "ico",
    "font/woff2": "woff2",
}

HEADER = modsec.HEADER


def render_files(env: Environment, options: RenderOptions | None = None) -> dict[str, str]:
    """Every file of the WAF tier, keyed by path relative to ``options.prefix``."""
    o = options or RenderOptions()
    _check_options(o)
    today = _dt.date.fromisoformat(o.today) if o.today else _dt.date.today()
    gateways = [safe.network(c, "gateway CIDR") for c in env.platform.gateway_cidrs]
    numbered = [(n, s) for n, s in enumerate(env.sites) if s.serving]
    sites = [s for _, s in numbered]
    _check_unique_domains(sites)
    profiles = _profiles_in_use(sites)
    packages = cms.packages_in_use(sites)

    files: dict[str, str] = {}
    site_rules: dict[str, str] = {}
    for number, site in numbered:
        files[f"sites/{site.id}.map"] = _site_map(site)
        rules = modsec.site_rules(site, number, today)
        if rules is not None:
            site_rules[site.id] = rules
            files[f"sites/{site.id}.rules.conf"] = rules
    files["nginx.conf"] = _nginx_conf(o, gateways, profiles, sites)
    files["modsecurity/main.conf"] = modsec.main_conf(o, profiles, sorted(site_rules))
    files["modsecurity/profiles.conf"] = modsec.profiles_conf(profiles)
    files["modsecurity/cms.conf"] = modsec.cms_conf(packages, profiles)
    if o.zh_tuning:
        files["modsecurity/crs-tuning-zh.conf"] = TUNING_FILE.read_text(encoding="utf-8")
        files["modsecurity/unicode.mapping"] = unicode_map.render()
    return files


def write_files(files: dict[str, str], out_dir: str | Path) -> None:
    """Write rendered files; stale site files of a previous render are removed (a deleted site
    must disappear from the tier, and nginx.conf includes only listed files anyway)."""
    out = Path(out_dir)
    for sub in ("sites", "modsecurity"):
        d = out / sub
        if d.is_dir():
            for old in d.iterdir():
                if old.is_file() and f"{sub}/{old.name}" not in files:
                    old.unlink()
    for rel, text in files.items():
        path = out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    for sub in ("logs", "tmp"):
        (out / sub).mkdir(parents=True, exist_ok=True)


# --- checks -------------------------------------------------------------------------------------


def _check_options(o: RenderOptions) -> None:
    for name in ("prefix", "temp_dir", "pid_file", "module_path", "crs_rules_dir"):
        safe.check(safe.ABS_PATH, getattr(o, name), f"option {name}")
    for name in ("error_log", "access_log", "audit_log"):
        safe.check(safe.ABS_PATH, getattr(o, name), f"option {name}")
    safe.check(safe.LISTEN, o.listen, "option listen")
    if (o.backend is None) == (o.docroot is None):
        raise WafRenderError("exactly one of backend and docroot must be set")
    if o.backend is not None:
        safe.check(safe.BACKEND, o.backend, "option backend")
    if o.docroot is not None:
        safe.check(safe.ABS_PATH, o.docroot, "option docroot")
    if o.resolver is not None:
        safe.check(safe.RESOLVER, o.resolver, "option resolver")
    if o.worker_processes != "auto":
        safe.integer(int(o.worker_processes) if o.worker_processes.isdigit() else -1,
                     "option worker_processes", 1, 256)
    safe.integer(o.worker_connections, "option worker_connections", 64, 65536)


def _check_unique_domains(sites: list[Site]) -> None:
    # A second server block with the same server_name is silently ignored by nginx ("conflicting
    # server name"): an entry claiming another site's domain would capture or shadow its traffic.
    owner: dict[str, str] = {}
    for site in sites:
        safe.check(safe.SITE_ID, site.id, "site id")
        if not site.ascii_domains:
            raise WafRenderError(f"site {site.id!r} has no domain")
        for d in site.ascii_domains:
            safe.check(safe.DOMAIN, d, f"domain of site {site.id!r}")
            if len(d) > 253:
                raise WafRenderError(f"domain {d!r} of site {site.id!r} is too long")
            if d in owner:
                raise WafRenderError(f"domain {d!r} claimed by both {owner[d]!r} and {site.id!r}")
            owner[d] = site.id


def _profiles_in_use(sites: list[Site]) -> dict[str, WafProfile]:
    used: dict[str, WafProfile] = {}
    for site in sites:
        p = site.waf.profile
        _check_profile(p)
        if p.name in used and used[p.name] != p:
            raise WafRenderError(f"two different profiles are named {p.name!r}")
        used[p.name] = p
    return dict(sorted(used.items()))


def _check_profile(p: WafProfile) -> None:
    safe.check(safe.PROFILE_NAME, p.name, "profile name")
    if p.engine not in ("On", "DetectionOnly"):
        raise WafRenderError(f"profile {p.name!r}: engine {p.engine!r} is not On or DetectionOnly")
    safe.integer(p.paranoia, f"profile {p.name!r} paranoia", 1, 3)  # the tuning covers PL1-3
    safe.integer(p.inbound_threshold, f"profile {p.name!r} inbound_threshold", 1, 10000)
    safe.integer(p.outbound_threshold, f"profile {p.name!r} outbound_threshold", 1, 10000)
    safe.integer(p.request_body_limit, f"profile {p.name!r} request_body_limit", 1024, 1 << 30)
    safe.integer(p.file_upload_limit, f"profile {p.name!r} file_upload_limit", 1024, 1 << 31)
    safe.integer(p.rate_limit.requests_per_second, f"profile {p.name!r} rate", 1, 100000)
    safe.integer(p.rate_limit.burst, f"profile {p.name!r} burst", 0, 100000)
    if not p.allowed_methods:
        raise WafRenderError(f"profile {p.name!r} allows no method")
    for m in p.allowed_methods:
        safe.check(safe.METHOD, m, f"profile {p.name!r} method")
    for ct in p.allowed_content_types:
        safe.check(safe.CONTENT_TYPE, ct, f"profile {p.name!r} content type")
    for path in p.admin_paths:
        safe.check(safe.URL_PATH, path, f"profile {p.name!r} admin path")
        if path == "/":
            raise WafRenderError(f"profile {p.name!r}: admin path '/' would close the whole site")
    for cidr in p.admin_allow_from:
        safe.network(cidr, f"profile {p.name!r} admin allow_from")


# --- nginx --------------------------------------------------------------------------------------


def _zone(profile: WafProfile) -> str:
    return "rate_" + profile.name.replace("-", "_")


def policy_key(site: Site) -> str:
    """What nginx hands ModSecurity at the start of the transaction id: "<site>.<profile>.<cms>."
    (site and profile are checked labels without dots, so the split is unambiguous; <cms> is the
    site's packages, each a checked label, joined by '+', or "-" for none)."""
    packages = "+".join(safe.check(safe.PROFILE_NAME, n, "CMS package name") for n in site.waf.cms)
    return f"{site.id}.{site.waf.profile.name}.{packages or '-'}."


def _site_map(site: Site) -> str:
    # Exact names only (no `hostnames` flag): the map matches $host exactly as nginx's server_name
    # matching would, so routing and policy can never disagree about which site a request is for.
    key = policy_key(site)
    lines = [f"# site {site.id} {safe.comment(site.name)}, profile {site.waf.profile.name}"]
    lines += [f"{d} {key};" for d in site.ascii_domains]
    return "\n".join(lines) + "\n"


def _nginx_conf(o: RenderOptions, gateways: list[str], profiles: dict[str, WafProfile],
                sites: list[Site]) -> str:
    p = o.prefix
    types = "".join(f"        {t} {exts};\n" for t, exts in MIME_TYPES.items())
    rate_keys = "".join(
        f"    map $sg_profile $sg_rate_{_zone(pr)[5:]} {{\n        {pr.name} $binary_remote_addr$sg_site;\n"
        f"        default \"\";\n    }}\n"
        for pr in profiles.values()
    )
    zones = "".join(
        # Key = client address (after real_ip) and site, counted only for the profile's sites (an empty
        # key is not counted): one site's flood does not spend a citizen's budget on another site.
        f"    limit_req_zone $sg_rate_{_zone(pr)[5:]} zone={_zone(pr)}:10m "
        f"rate={pr.rate_limit.requests_per_second}r/s;\n"
        for pr in profiles.values()
    )
    limits = "".join(f"    limit_req zone={_zone(pr)} burst={pr.rate_limit.burst} nodelay;\n"
                     for pr in profiles.values())
    body_max = max((max(pr.request_body_limit, pr.file_upload_limit) for pr in profiles.values()), default=1 << 20)
    real_ip = "".join(f"    set_real_ip_from {c};\n" for c in gateways)
    resolver = f"    resolver {o.resolver};\n    resolver_timeout 5s;\n" if o.resolver else ""
    proxy = _PROXY_HEADERS if o.backend is not None else ""
    maps = "".join(f"        include {p}/sites/{s.id}.map;\n" for s in sites)
    names = sum(len(s.ascii_domains) for s in sites)
    listen = o.listen
    t = o.temp_dir
    return f"""{HEADER}
# nginx 1.22.1 + ModSecurity-nginx 1.0.3 + libmodsecurity 3.0.9 + OWASP CRS 3.3.4 (images/waf/Dockerfile)
load_module {o.module_path};

worker_processes {o.worker_processes};
pid {o.pid_file};
error_log {o.error_log} warn;

events {{
    worker_connections {o.worker_connections};
}}

http {{
    types {{
{types}    }}
    default_type application/octet-stream;
    server_tokens off;
    sendfile on;
    keepalive_timeout 65;

    client_body_temp_path {t}/client_body;
    proxy_temp_path {t}/proxy;
    fastcgi_temp_path {t}/fastcgi;
    uwsgi_temp_path {t}/uwsgi;
    scgi_temp_path {t}/scgi;

    # Client address: X-Forwarded-For is believed only when the connection comes from the
    # gateway; from anywhere else the header is ignored and the peer address counts (admin
    # allow-lists, rate limits and ModSecurity's REMOTE_ADDR all use the result).
{real_ip}    real_ip_header X-Forwarded-For;
    real_ip_recursive on;

    # Which site: $host (lower-case, port and trailing dot removed: what server_name matching uses)
    # -> "<site>.<profile>.<cms>." for {len(sites)} sites, {names} names. Unknown Host: "".
    map_hash_max_size {_hash_size(names)};
    map_hash_bucket_size 128;
    map $host $sg_policy {{
        default "";
{maps}    }}
    map $sg_policy $sg_site {{
        "~^(?<sg_m_site>[a-z0-9-]+)[.]" $sg_m_site;
        default "";
    }}
    map $sg_policy $sg_profile {{
        "~^[a-z0-9-]+[.](?<sg_m_profile>[a-z0-9-]+)[.]" $sg_m_profile;
        default "";
    }}
{rate_keys}
{zones}    limit_req_status 429;
    limit_req_log_level warn;
{resolver}{proxy}
    log_format waf escape=json '{{"time":"$time_iso8601","request_id":"$request_id",'
        '"host":"$host","site":"$sg_site","profile":"$sg_profile","client":"$remote_addr",'
        '"peer":"$realip_remote_addr","method":"$request_method","uri":"$request_uri","status":$status,'
        '"bytes":$body_bytes_sent,"request_time":$request_time,"user_agent":"$http_user_agent"}}';
    access_log {o.access_log} waf;

    # ModSecurity + CRS + every site's policy, loaded ONCE: one rule set, keyed on the site that the
    # map above found. The transaction id (audit log) is "<site>.<profile>.<cms>.<request_id>".
    modsecurity on;
    modsecurity_transaction_id "$sg_policy$request_id";
    modsecurity_rules_file {p}/modsecurity/main.conf;

    # Every site, one server block: a server or location costs a merged ModSecurity rule set
    # (ModSecurity-nginx 1.0.3), so there is exactly one of each (ADR 0014).
    server {{
        listen {listen} default_server;
        server_name _;
        # The largest of the profiles; each profile's own limit is a phase-1 rule (profiles.conf).
        client_max_body_size {body_max};
{_indent(limits)}
        # Unknown Host: no site, no backend (server rewrite phase, before ModSecurity).
        if ($sg_site = "") {{
            return 421;
        }}

        location / {{
            {_content(o)}        }}
    }}
}}
"""


def _indent(text: str) -> str:
    return "".join(f"    {line}\n" for line in text.splitlines())


def _hash_size(names: int) -> int:
    # nginx needs a power-of-two-ish table somewhat larger than the name count to place every key.
    size = 1024
    while size < names * 2:
        size *= 2
    return size


# Set at http level and inherited by the one location.
_PROXY_HEADERS = """    # To the sites' web servers.
    proxy_http_version 1.1;
    proxy_set_header Connection "";
    proxy_set_header Host $host;
    proxy_set_header X-Real-IP $remote_addr;
    proxy_set_header X-Forwarded-For $remote_addr;
    proxy_set_header X-Request-Id $request_id;
"""


def _content(o: RenderOptions) -> str:
    if o.docroot is not None:
        return f"root {o.docroot};\n            try_files $uri $uri/index.html =404;\n"
    assert o.backend is not None
    safe.check(safe.BACKEND, o.backend, "option backend")
    url = o.backend.replace("{site}", "$sg_site")  # $sg_site: a checked site id from the map
    if "$" in url or o.resolver:
        # A variable makes nginx resolve at request time (the resolver), not at startup.
        return f'set $sg_backend "{url}";\n            proxy_pass $sg_backend;\n'
    return f"proxy_pass {url};\n"
