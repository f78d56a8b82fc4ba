"""JSON Schemas for every file operators edit. The site entry's schema is published as
schemas/site.schema.json for editors (a test keeps the published copy equal to this one).

Patterns here are the first line of defence against injection: every string that reaches nginx,
ModSecurity, a Kubernetes name or a shell is limited to the characters it needs.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from sitegroup.waf import body_types, declared_methods, filter_fields, html_fields, text_fields

# A DNS label that also leaves room for the "site-" namespace prefix (63 - 5 = 58).
SITE_ID = r"^[a-z0-9]([a-z0-9-]{0,56}[a-z0-9])?$"
# One line of human text: no control characters (newlines, tabs, NUL), no markup or quoting metacharacters.
TEXT = r"^[^\x00-\x1f\x7f<>{}\"'`\\;$]+$"
QUANTITY_CPU = r"^([0-9]+m|[0-9]+(\.[0-9]+)?)$"
QUANTITY_BYTES = r"^[0-9]+(Ki|Mi|Gi|Ti)?$"
URL_PATH = r"^(?!.*/\.\.?(/|$))/[A-Za-z0-9._~!*+,=:@/%-]*$"  # no "." or ".." segments
# A site exception's target: a collection, optionally one named key (sitegroup waf triage proposes only these).
EXCEPTION_TARGET = r"^(ARGS|ARGS_NAMES|REQUEST_COOKIES|REQUEST_HEADERS|REQUEST_BODY|XML)(:[A-Za-z0-9_.\-\[\]]{1,64})?$"
ABS_PATH = r"^(?!.*/\.\.?(/|$))/[A-Za-z0-9._/-]{0,250}$"
CIDR = r"^[0-9a-fA-F:.]+/[0-9]{1,3}$"

_text = {"type": "string", "pattern": TEXT, "minLength": 1, "maxLength": 120}
def _signed_reason(declaration: dict, description: str) -> dict:
    """A package's declaration schema for the site entry: its reason is one line of human text like an
    exception's (no '<': a `sitegroup waf triage` proposal's "reviewed by <NAME>" fails until signed)."""
    items = declaration["items"]
    reason = {**_text, "maxLength": 200, "description": "why, and who reviewed it"}
    return {**declaration, "description": description,
            "items": {**items, "properties": {**items["properties"], "reason": reason}}}


_cpu = {"type": "string", "pattern": QUANTITY_CPU, "description": "CPU, Kubernetes quantity: 500m or 2"}
_bytes = {"type": "string", "pattern": QUANTITY_BYTES, "description": "bytes, Kubernetes quantity: 512Mi, 20Gi"}
# A site runs a CMS and perhaps a few products beside it; more than this is a portal that should be split.
MAX_SITE_PACKAGES = 4
_name_ref = {"type": "string", "pattern": r"^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"}
_package = {**_name_ref, "description": "a file in policies/waf/cms/ without .yaml, e.g. geoserver"}
_columns = {
    "type": "array", "maxItems": 200,
    "description": "columns (栏目) the regulatory monitor checks for updates; an entry's column replaces the "
                   "template's column with the same path",
    "items": {"type": "object", "additionalProperties": False, "required": ["path", "name", "kind"],
              "properties": {
                  "path": {"type": "string", "pattern": URL_PATH, "maxLength": 200,
                           "description": "the column's URL path, e.g. /zwdt/"},
                  "name": {**_text, "maxLength": 40, "description": "栏目名称, e.g. 政务动态"},
                  "kind": {"enum": ["news", "notice", "policy", "regular", "static", "consultation", "none"],
                           "description": "news 动态/要闻, notice 通知公告, policy 政策文件, regular other columns "
                                          "that should be updated, static reference pages, consultation 政务咨询; "
                                          "none: this site does not have the template's column at this path"}}},
}
_domain_candidate = {
    "type": "string",
    "minLength": 4,
    "maxLength": 253,
    # Detailed checks (IDNA, suffix, shape) are rules with their own messages; this refuses
    # anything that could break out of a server_name, a label or a shell word.
    "pattern": r"^[^\x00-\x20\x7f;{}\"'`\\$/()<>|&*?#,]+$",
    "description": "a host name such as www.<x>.gov.cn: letters, digits, hyphens, dots (Chinese labels for .政务)",
}

SITE_SCHEMA: dict = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://sitegroup.example/schemas/site.schema.json",
    "title": "sitegroup site entry",
    "description": "One government website on the provincial platform: inventories/<env>/sites/<prefecture>/<id>.yaml",
    "type": "object",
    "additionalProperties": False,
    "required": [
        "id", "name", "organizer", "level", "type", "region_code", "site_code", "domains",
        "icp", "psb", "owners", "template", "status",
    ],
    "properties": {
        "id": {"type": "string", "pattern": SITE_ID, "maxLength": 58,
               "description": "DNS label, unique; the namespace is site-<id>"},
        "name": {**_text, "description": "网站名称, e.g. 青川省临河市人民政府门户网站"},
        "organizer": {**_text, "description": "主办单位; one unit opens at most one site"},
        "level": {"enum": ["province", "city", "county", "department"]},
        "type": {"enum": ["portal", "department"]},
        "region_code": {"type": "string", "pattern": r"^[1-9][0-9]{5}$",
                        "description": "6-digit administrative division code"},
        "site_code": {"type": "string", "pattern": r"^([0-9]{10}|bm[0-9]{8})$",
                      "description": "网站标识码: region code + 4-digit serial, or bm + 8 digits"},
        "parent": {**_name_ref, "description": "id of the parent portal"},
        "domains": {"type": "array", "minItems": 1, "maxItems": 8, "uniqueItems": True,
                    "items": _domain_candidate,
                    "description": "first is the primary: www.<x>.gov.cn for a portal, <dept>.<x>.gov.cn for a department; .政务 allowed"},
        "icp": {"type": "string", "pattern": r"^[\u4e00-\u9fff]ICP备[0-9]{8}号(-[0-9]{1,3})?$",
                "description": "ICP备案号, e.g. 青ICP备12345678号-1"},
        "psb": {"type": "string", "pattern": r"^[\u4e00-\u9fff]公网安备 ?[0-9]{14}号$",
                "description": "公安机关备案号, e.g. 青公网安备68010202000123号"},
        "owners": {"type": "array", "minItems": 1, "maxItems": 16, "uniqueItems": True,
                   "items": {"type": "string", "pattern": r"^[a-z0-9][a-z0-9:._@-]{0,62}$"},
                   "description": "identity-provider groups that manage the site (RBAC subjects)"},
        "contact": {"type": "string", "pattern": r"^[0-9+() -]{5,30}$", "description": "联系电话"},
        "template": {**_name_ref, "description": "a file in site_templates/ (without .yaml)"},
        "overrides": {
            "type": "object", "additionalProperties": False,
            "description": "per-site sizes, bounded by the template's limits",
            "properties": {
                "replicas": {"type": "integer", "minimum": 1, "maximum": 50},
                "cpu_request": _cpu, "cpu_limit": _cpu,
                "memory_request": _bytes, "memory_limit": _bytes, "storage": _bytes,
            },
        },
        "waf": {
            "type": "object", "additionalProperties": False,
            "properties": {
                "profile": {**_name_ref, "description": "a profile in policies/waf/"},
                "cms": {"description": "the products the site runs (its CMS and e.g. a GeoServer beside it): one "
                                       "exclusion package in policies/waf/cms/, or a list of up to "
                                       f"{MAX_SITE_PACKAGES}",
                        "oneOf": [_package, {"type": "array", "minItems": 1, "maxItems": MAX_SITE_PACKAGES,
                                             "uniqueItems": True, "items": _package,
                                             "description": f"at most {MAX_SITE_PACKAGES} packages, each once"}]},
                "html_fields": _signed_reason(html_fields.SCHEMA,
                                              "the site's own rich-text fields (a backend sanitiser cleans them): "
                                              "the platform's allow-list check reads them in place of CRS's XSS "
                                              "rules"),
                "text_fields": _signed_reason(text_fields.SCHEMA,
                                              "the site's own plain-text fields (stored as data, shown escaped): "
                                              "injection rules leave them, the escaping check reads them"),
                "filter_fields": _signed_reason(filter_fields.SCHEMA,
                                                "the site's own query-language parameters (e.g. a map service's "
                                                "where): SQL rules leave a value that is wholly the language"),
                "content_types": _signed_reason(body_types.SCHEMA,
                                                "a body type the site's own service's client sends on its paths"),
                "methods": _signed_reason(declared_methods.SCHEMA,
                                          "methods the site's own service answers on its paths (CalDAV's PROPFIND "
                                          "and REPORT, a REST API's PUT): 911100 leaves exactly those"),
                "exceptions": {
                    "type": "array", "maxItems": 50,
                    "items": {
                        "type": "object", "additionalProperties": False,
                        "required": ["path", "reason", "expires"],
                        "oneOf": [{"required": ["rule"]}, {"required": ["tag"]}],
                        "properties": {
                            "rule": {"type": "integer", "minimum": 900000, "maximum": 999999,
                                     "description": "CRS rule id"},
                            "tag": {"type": "string", "pattern": r"^[A-Za-z0-9][A-Za-z0-9/._-]{0,80}$",
                                    "description": "CRS tag, e.g. attack-sqli"},
                            "path": {"type": "string", "pattern": URL_PATH, "maxLength": 200},
                            "target": {"type": "string", "pattern": EXCEPTION_TARGET,
                                       "description": "limit the exception to one variable, e.g. ARGS:content"},
                            "reason": {**_text, "maxLength": 200,
                                       "description": "why the rule is removed here, and who reviewed it"},
                            "expires": {"type": "string", "format": "date",
                                        "description": "YYYY-MM-DD; expired exceptions fail validation"},
                        },
                    },
                },
            },
        },
        "backup": {
            "type": "object", "additionalProperties": False,
            "properties": {"tier": {**_name_ref, "description": "a tier in policies/backup/"}},
        },
        "legacy": {
            "type": "object", "additionalProperties": False,
            "required": ["host", "docroot", "old_domains"],
            "properties": {
                "host": {"type": "string", "pattern": r"^[A-Za-z0-9]([A-Za-z0-9.:-]{0,251}[A-Za-z0-9])?$"},
                "ssh_user": {"type": "string", "pattern": r"^[a-z_][a-z0-9_-]{0,31}$"},
                "docroot": {"type": "string", "pattern": ABS_PATH},
                "web_config": {"type": "string", "pattern": ABS_PATH},
                "encoding": {"enum": ["auto", "utf-8", "gbk", "gb2312", "gb18030"]},
                "old_domains": {"type": "array", "minItems": 1, "maxItems": 16, "uniqueItems": True,
                                "items": _domain_candidate},
                "closing_into": {**_name_ref, "description": "id of the site this one is being closed into"},
            },
        },
        "status": {"enum": ["planned", "migrating", "live", "closing", "closed"]},
        "columns": _columns,
    },
}

# A template's database: false, or the sizes of the site's own PostgreSQL server (ADR 0008). Written with
# if/then/else rather than oneOf so an operator gets the error of the branch they meant, not of both.
_DATABASE_SIZES = ["storage", "cpu_request", "cpu_limit", "memory_request", "memory_limit"]
_database = {
    "type": ["boolean", "object"],
    "description": "false, or the sizes of the site's own PostgreSQL server",
    "if": {"type": "boolean"},
    "then": {"const": False,
             "description": "database: false, or an object sizing the database server, e.g. {storage: 20Gi, "
                            "cpu_request: 250m, cpu_limit: '1', memory_request: 512Mi, memory_limit: 1Gi}"},
    "else": {"additionalProperties": False, "required": _DATABASE_SIZES,
             "properties": {"storage": {**_bytes, "description": "the data volume, e.g. 20Gi"},
                            "cpu_request": _cpu, "cpu_limit": _cpu,
                            "memory_request": _bytes, "memory_limit": _bytes}},
}

TEMPLATE_SCHEMA: dict = {
    "type": "object", "additionalProperties": False,
    "required": ["name", "description", "for", "image", "resources", "limits", "defaults"],
    "properties": {
        "name": _name_ref,
        "description": _text,
        "for": {"type": "object", "additionalProperties": False, "required": ["type", "levels"],
                "properties": {"type": {"enum": ["portal", "department"]},
                               "levels": {"type": "array", "minItems": 1,
                                          "items": {"enum": ["province", "city", "county", "department"]}}}},
        "image": {"type": "string", "pattern": r"^[a-z0-9][a-z0-9./_:@-]{1,250}$"},
        "database": _database,
        "resources": {"type": "object", "additionalProperties": False,
                      "required": ["replicas", "cpu_request", "cpu_limit", "memory_request", "memory_limit",
                                   "storage"],
                      "properties": {"replicas": {"type": "integer", "minimum": 1, "maximum": 50},
                                     "cpu_request": _cpu, "cpu_limit": _cpu, "memory_request": _bytes,
                                     "memory_limit": _bytes, "storage": _bytes}},
        "autoscale": {"type": "object", "additionalProperties": False,
                      "required": ["min_replicas", "max_replicas", "cpu_utilization"],
                      "properties": {"min_replicas": {"type": "integer", "minimum": 1},
                                     "max_replicas": {"type": "integer", "minimum": 1, "maximum": 100},
                                     "cpu_utilization": {"type": "integer", "minimum": 10, "maximum": 95}}},
        "limits": {"type": "object", "additionalProperties": False,
                   "required": ["replicas", "cpu_limit", "memory_limit", "storage"],
                   "properties": {"replicas": {"type": "integer", "minimum": 1, "maximum": 100},
                                  "cpu_limit": _cpu, "memory_limit": _bytes, "storage": _bytes}},
        "defaults": {"type": "object", "additionalProperties": False, "required": ["waf_profile", "backup_tier"],
                     "properties": {"waf_profile": _name_ref, "backup_tier": _name_ref}},
        "columns": _columns,
    },
}

WAF_PROFILE_SCHEMA: dict = {
    "type": "object", "additionalProperties": False,
    "required": ["name", "description", "engine", "paranoia", "inbound_threshold", "outbound_threshold",
                 "request_body_limit", "file_upload_limit", "allowed_methods", "allowed_content_types",
                 "rate_limit", "admin"],
    "properties": {
        "name": _name_ref,
        "description": _text,
        "engine": {"enum": ["On", "DetectionOnly"]},
        "paranoia": {"type": "integer", "minimum": 1, "maximum": 3,
                     "description": "CRS paranoia level; the platform tuning covers 1-3 (PL4 reads Chinese text as attacks)"},
        "inbound_threshold": {"type": "integer", "minimum": 1, "maximum": 100},
        "outbound_threshold": {"type": "integer", "minimum": 1, "maximum": 100},
        "request_body_limit": {"type": "integer", "minimum": 1024, "maximum": 134217728},
        "file_upload_limit": {"type": "integer", "minimum": 1024, "maximum": 1073741824},
        "allowed_methods": {"type": "array", "minItems": 1, "uniqueItems": True,
                            "items": {"enum": ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]}},
        "allowed_content_types": {"type": "array", "minItems": 1, "uniqueItems": True,
                                  "items": {"type": "string", "pattern": r"^[a-z]+/[a-z0-9.+-]+$"}},
        "rate_limit": {"type": "object", "additionalProperties": False,
                       "required": ["requests_per_second", "burst"],
                       "properties": {"requests_per_second": {"type": "integer", "minimum": 1, "maximum": 100000},
                                      "burst": {"type": "integer", "minimum": 0, "maximum": 100000}}},
        "admin": {"type": "object", "additionalProperties": False, "required": ["paths", "allow_from"],
                  "properties": {"paths": {"type": "array", "items": {"type": "string", "pattern": URL_PATH}},
                                 "allow_from": {"type": "array",
                                                "items": {"type": "string", "pattern": CIDR}}}},
    },
}

_count = {"type": "integer", "minimum": 0, "maximum": 1000}
BACKUP_TIER_SCHEMA: dict = {
    "type": "object", "additionalProperties": False,
    "required": ["name", "rank", "description", "schedule", "retention", "offsite", "rpo_hours", "drill_every_days"],
    "properties": {
        "name": _name_ref,
        "rank": {"type": "integer", "minimum": 1, "maximum": 10},
        "description": _text,
        "schedule": {"type": "string", "pattern": r"^[0-9*/,-]+( [0-9*/,-]+){4}$"},
        "retention": {"type": "object", "additionalProperties": False,
                      "required": ["hourly", "daily", "weekly", "monthly"],
                      "properties": {"hourly": _count, "daily": _count, "weekly": _count, "monthly": _count}},
        "offsite": {"type": "boolean"},
        "rpo_hours": {"type": "integer", "minimum": 1, "maximum": 720},
        "drill_every_days": {"type": "integer", "minimum": 1, "maximum": 365},
    },
}

BACKUP_REQUIREMENTS_SCHEMA: dict = {
    "type": "object", "additionalProperties": False, "required": ["minimum_tier"],
    "properties": {"minimum_tier": {
        "type": "object", "additionalProperties": False,
        "properties": {t: {"type": "object", "additionalProperties": False,
                           "properties": {lv: _name_ref for lv in ("province", "city", "county", "department")}}
                       for t in ("portal", "department")}}},
}

ENVIRONMENT_SCHEMA: dict = {
    "type": "object", "additionalProperties": False,
    "required": ["name", "description", "capacity", "platform"],
    "properties": {
        "name": _name_ref,
        "description": _text,
        "capacity": {"type": "object", "additionalProperties": False, "required": ["cpu", "memory", "storage"],
                     "properties": {"cpu": _cpu, "memory": _bytes, "storage": _bytes}},
        "platform": {
            "type": "object", "additionalProperties": False,
            "required": ["kubernetes_version", "gateway_cidrs", "waf_replicas", "cert_issuer",
                         "backup_repository", "dns_cidrs"],
            "properties": {
                "kubernetes_version": {"type": "string", "pattern": r"^1\.[0-9]{2}$"},
                "gateway_cidrs": {"type": "array", "minItems": 1, "items": {"type": "string", "pattern": CIDR}},
                "waf_replicas": {"type": "integer", "minimum": 2, "maximum": 50},
                "cert_issuer": _name_ref,
                "acme_server": {"type": ["string", "null"], "pattern": r"^https://[A-Za-z0-9./:_-]+$"},
                "backup_repository": {"type": "string", "pattern": r"^(rest:|s3:|sftp:|/)[A-Za-z0-9./:_@-]+$"},
                "offsite_repository": {"type": ["string", "null"],
                                       "pattern": r"^(rest:|s3:|sftp:|/)[A-Za-z0-9./:_@-]+$"},
                "dns_cidrs": {"type": "array", "minItems": 1, "items": {"type": "string", "pattern": CIDR}},
                "backup_cidrs": {"type": "array", "items": {"type": "string", "pattern": CIDR},
                                 "description": "addresses of the backup repositories, for egress NetworkPolicies"},
                "timezone": {"type": "string", "pattern": r"^[A-Za-z]+/[A-Za-z_]+$"},
                "velero": {"type": "boolean"},
                "bundle_mirror": {
                    "type": ["string", "null"], "pattern": r"^(file:///|https://[A-Za-z0-9.-]+)[A-Za-z0-9._~:/@%+-]*$",
                    "description": "where the upstream bundles are mirrored: file:///<absolute directory made by "
                                   "`sitegroup bundles mirror`> or https://<host>/<path> serving that directory "
                                   "(docs/bundles.md)"},
                "chart_registry": {
                    "type": ["string", "null"], "pattern": r"^oci://[a-z0-9.-]+(:[0-9]+)?(/[a-z0-9._-]+)*/?$",
                    "description": "the OCI registry the mirrored charts were pushed to, e.g. "
                                   "oci://registry.gov.internal/sitegroup-charts (docs/bundles.md)"},
            },
        },
    },
}


def published_path(repo_root: Path) -> Path:
    return repo_root / "schemas" / "site.schema.json"


@cache
def published_text() -> str:
    return json.dumps(SITE_SCHEMA, ensure_ascii=False, indent=2) + "\n"
