"""CMS exclusion packages (policies/waf/cms/<name>.yaml), like CRS's application exclusion plugins.

A site entry names the CMS it runs (``waf: {cms: trs-wcm}``); the package narrows specific CRS rules
to specific targets on specific paths of that CMS. It never switches a rule off for a whole site or
a whole request: every exclusion names at least one path (not "/") and at least one target. Each
package carries must-pass requests (the CMS's ordinary traffic on those paths) and must-still-block
attacks on the same paths; tests/waf/test_cms.py sends both through the real tier.

A package may also declare ``public_paths``: exact path prefixes of the CMS's PUBLIC resources that
lie inside an admin area of the profiles (博达 VSB serves its scripts and attachment downloads under
``/system/``, which the profiles guard as an admin path). For the package's sites those paths are
carved out of the admin ACL, nothing else: no wildcard, at least two path segments (never an admin
root such as ``/system/`` itself, never ``/``), no dot segments; the renderer refuses a public path
that equals or contains an admin path of a profile in use, and the rule matches only a normalised
path without ``;`` ``\\`` ``%`` or control characters, so ``/system/resource/..;/login.jsp`` (Tomcat) or
an encoded dot segment stays inside the admin ACL.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from sitegroup import yamlsafe
from sitegroup.errors import Issue
from sitegroup.schemacheck import check as schema_check
from sitegroup.waf import argument_limits, body_types, console_fields, filter_fields, html_fields, safe, text_fields
from sitegroup.waf.ctl import PATH_TRANSFORMS, TRUSTED_TAIL, ctl_remove, path_operator, regex_literal
from sitegroup.waf.errors import WafRenderError
from sitegroup.waf.shared_checks import SharedChecks

CMS_DIR = Path(__file__).resolve().parents[2] / "policies" / "waf" / "cms"
# Package j in use (sorted by name): 12000 + j*40 ... +39, so 50 packages fit 12000-13999, the range the
# audit-log guide names (docs/waf.md; 25 fitted 12xxx until stop 30's 26th and 27th); the largest package
# today renders 16 rules.
CMS_ID_BASE, CMS_ID_SPAN, CMS_ID_END = 12000, 40, 14000
MAX_PACKAGES = (CMS_ID_END - CMS_ID_BASE) // CMS_ID_SPAN
MAX_EXCLUSIONS = CMS_ID_SPAN - 2

_TARGET = (r"^(ARGS|ARGS_GET|ARGS_POST|ARGS_NAMES|REQUEST_COOKIES|REQUEST_COOKIES_NAMES|REQUEST_HEADERS|XML)"
           r"(:\$?[A-Za-z0-9_.\-\[\]]{1,64})?$|^XML:/\*$")  # '$': OData's $filter, $select
_REQUEST = {
    "type": "object", "additionalProperties": False, "required": ["method", "path"],
    "properties": {
        "method": {"enum": ["GET", "HEAD", "POST", "OPTIONS"]},
        "path": {"type": "string", "pattern": r"^/[\x21-\x7e]*$", "maxLength": 4000},
        "headers": {"type": "object", "additionalProperties": {"type": "string", "maxLength": 4000}},
        "body": {"type": "string", "maxLength": 100000},
        "label": {"type": "string", "maxLength": 200},
        # A console field's request (ADR 0038) is an analyst's, sent from the profile's back-office ranges.
        "client": {"enum": ["office"], "description": "send from an address inside the profiles' back-office ranges"},
    },
}
PACKAGE_SCHEMA: dict = {
    "type": "object", "additionalProperties": False,
    "required": ["name", "description", "sources", "must_pass", "must_block"],
    "properties": {
        "name": {"type": "string", "pattern": r"^[a-z0-9](?:[a-z0-9-]{0,40}[a-z0-9])?$"},
        "description": {"type": "string", "minLength": 1, "maxLength": 300},
        "sources": {"type": "array", "minItems": 1, "items": {"type": "string", "maxLength": 300},
                    "description": "public material the paths and parameters come from"},
        "public_paths": {
            "type": "array", "minItems": 1, "maxItems": 10,
            "description": "public resources of the CMS inside an admin path, carved out of the admin ACL",
            "items": {
                "type": "object", "additionalProperties": False, "required": ["path", "reason"],
                "properties": {
                    # Segments may not start with '.': no '.' or '..' segment, no hidden files.
                    "path": {"type": "string", "maxLength": 200,
                             "pattern": r"^/(?:[A-Za-z0-9_~-][A-Za-z0-9._~-]*/)+(?:[A-Za-z0-9_~-][A-Za-z0-9._~-]*)?$"},
                    "reason": {"type": "string", "minLength": 1, "maxLength": 300},
                },
            },
        },
        "exclusions": {
            "type": "array", "minItems": 1, "maxItems": MAX_EXCLUSIONS,
            "items": {
                "type": "object", "additionalProperties": False, "required": ["paths", "targets", "reason"],
                "oneOf": [{"required": ["rule"]}, {"required": ["tag"]}],
                "properties": {
                    "rule": {"type": "integer", "minimum": 10000, "maximum": 999999,
                             "description": "CRS rule id (9xxxxx) or a platform replacement (10xxx)"},
                    "tag": {"type": "string", "pattern": r"^[A-Za-z0-9][A-Za-z0-9/._-]{0,80}$"},
                    "paths": {"type": "array", "minItems": 1, "maxItems": 20, "uniqueItems": True,
                              "items": {"type": "string", "pattern": r"^/(?:[A-Za-z0-9._~-]+/?)+$",
                                        "maxLength": 200}},
                    "targets": {"type": "array", "minItems": 1, "maxItems": 20, "uniqueItems": True,
                                "items": {"type": "string", "pattern": _TARGET}},
                    "reason": {"type": "string", "minLength": 1, "maxLength": 300},
                },
            },
        },
        "html_fields": html_fields.SCHEMA,
        "filter_fields": filter_fields.SCHEMA,
        "text_fields": text_fields.SCHEMA,
        "console_fields": console_fields.SCHEMA,
        "content_types": body_types.SCHEMA,
        "argument_limits": argument_limits.SCHEMA,
        "must_pass": {"type": "array", "minItems": 1, "items": _REQUEST},
        "must_block": {"type": "array", "minItems": 1, "items": _REQUEST},
    },
}


@dataclass(frozen=True)
class Exclusion:
    rule_id: int | None
    rule_tag: str | None
    paths: tuple[str, ...]
    targets: tuple[str, ...]
    reason: str


@dataclass(frozen=True)
class PublicPath:
    path: str
    reason: str
    line: int = 1  # in the package file, for validation messages


@dataclass(frozen=True)
class Package:
    name: str
    description: str
    sources: tuple[str, ...]
    exclusions: tuple[Exclusion, ...]
    must_pass: tuple[dict, ...]
    must_block: tuple[dict, ...]
    source: Path
    public_paths: tuple[PublicPath, ...] = ()
    html_fields: tuple[html_fields.HtmlField, ...] = ()
    content_types: tuple[body_types.ContentType, ...] = ()
    filter_fields: tuple[filter_fields.FilterField, ...] = ()
    text_fields: tuple[text_fields.TextField, ...] = ()
    console_fields: tuple[console_fields.ConsoleField, ...] = ()
    argument_limits: tuple[argument_limits.ArgumentLimit, ...] = ()


def load(directory: Path = CMS_DIR, shown=str) -> tuple[dict[str, Package], list[Issue]]:
    """Every package of the directory, validated; issues name file, line, field and fix."""
    out: dict[str, Package] = {}
    issues: list[Issue] = []
    for path in sorted(directory.glob("*.yaml")) if directory.is_dir() else []:
        try:
            data, lines = yamlsafe.load(path, shown=shown(path))
        except yamlsafe.YamlProblem as e:
            issues.append(e.issue)
            continue
        found = schema_check(data, lines, PACKAGE_SCHEMA, shown(path))
        if not found and data["name"] != path.stem:
            found = [Issue(shown(path), lines.get(("name",), 1), "name",
                           f"name {data['name']!r} differs from the file name {path.stem!r}",
                           f"set name: {path.stem}", rule="reference")]
        if not found:
            found = _structure_issues(data, lines, shown(path))
        issues += found
        if found:
            continue
        out[data["name"]] = Package(
            name=data["name"], description=data["description"], sources=tuple(data["sources"]),
            exclusions=tuple(Exclusion(x.get("rule"), x.get("tag"), tuple(x["paths"]), tuple(x["targets"]),
                                       x["reason"]) for x in data.get("exclusions", ())),
            must_pass=tuple(data["must_pass"]), must_block=tuple(data["must_block"]), source=path,
            public_paths=tuple(PublicPath(p["path"], p["reason"], lines.get(("public_paths", i, "path"), 1))
                               for i, p in enumerate(data.get("public_paths", ()))),
            html_fields=html_fields.from_data(data.get("html_fields", [])),
            content_types=body_types.from_data(data.get("content_types", ())),
            filter_fields=filter_fields.from_data(data.get("filter_fields", [])),
            text_fields=text_fields.from_data(data.get("text_fields", [])),
            console_fields=console_fields.from_data(data.get("console_fields", [])),
            argument_limits=argument_limits.from_data(data.get("argument_limits", ())),
        )
    return out, issues


def _structure_issues(data: dict, lines: dict, shown: str) -> list[Issue]:
    """What the schema cannot say: nothing site-wide, something to do, public paths below a root."""
    found = [Issue(shown, lines.get(("exclusions", i, "paths"), 1), f"exclusions.{i}.paths",
                   "a package may not exclude a rule for the whole site", "name the CMS's paths",
                   rule="reference")
             for i, x in enumerate(data.get("exclusions", ())) if "/" in x["paths"]]
    found += [Issue(shown, lines.get(("content_types", i, "paths"), 1), f"content_types.{i}.paths",
                    "a package may not allow a body type on the whole site", "name the CMS's paths",
                    rule="reference")
              for i, c in enumerate(data.get("content_types", ())) if "/" in c["paths"]]
    found += [Issue(shown, lines.get(("content_types", i, "type"), 1), f"content_types.{i}.type",
                    f"{c['type']} is how every form is sent: it is parsed already",
                    "declare only the unusual type the CMS's client sends", rule="reference")
              for i, c in enumerate(data.get("content_types", ())) if body_types.form_type(c["type"])]
    found += [Issue(shown, lines.get(("filter_fields", i, "paths"), 1), f"filter_fields.{i}.paths",
                    "a package may not declare a filter field on the whole site", "name the service's paths",
                    rule="reference")
              for i, f in enumerate(data.get("filter_fields", ())) if "/" in f["paths"]]
    found += [Issue(shown, lines.get(("text_fields", i, "paths"), 1), f"text_fields.{i}.paths",
                    "a package may not declare a text field on the whole site", "name the form's paths",
                    rule="reference")
              for i, f in enumerate(data.get("text_fields", ())) if "/" in f["paths"]]
    found += [Issue(shown, lines.get(("console_fields", i, "paths"), 1), f"console_fields.{i}.paths",
                    "a package may not declare a console field on the whole site", "name the tool's API paths",
                    rule="reference")
              for i, f in enumerate(data.get("console_fields", ())) if "/" in f["paths"]]
    found += [Issue(shown, lines.get(("argument_limits", i, "paths"), 1), f"argument_limits.{i}.paths",
                    "a package may not raise the argument limit on the whole site", "name the API's paths",
                    rule="reference")
              for i, a in enumerate(data.get("argument_limits", ())) if "/" in a["paths"]]
    found += [Issue(shown, lines.get(("public_paths", i, "path"), 1), f"public_paths.{i}.path",
                    f"public path {p['path']!r} is a top-level path: it could reopen a whole admin area",
                    "name the public directory or file below the admin path, e.g. /system/resource/",
                    rule="reference")
              for i, p in enumerate(data.get("public_paths", ())) if p["path"].strip("/").count("/") < 1]
    if not any(data.get(k) for k in ("exclusions", "public_paths", "html_fields", "content_types", "filter_fields",
                                     "text_fields", "console_fields", "argument_limits")):
        found.append(Issue(shown, 1, "exclusions",
                           "the package neither excludes a rule, opens a public path nor declares a field, a body type "
                           "or an argument limit",
                           "add exclusions, public_paths, html_fields, filter_fields, text_fields, console_fields, "
                           "content_types or argument_limits, or delete the package", rule="reference"))
    return found


@functools.cache
def packages() -> dict[str, Package]:
    """The repository's packages; an invalid one is an error (the inventory validator reports it first)."""
    found, issues = load()
    if issues:
        raise WafRenderError("invalid CMS package: " + "; ".join(f"{i.file}:{i.line} {i.message}" for i in issues))
    return found


def packages_in_use(sites: list) -> list[Package]:
    known = packages()
    used = sorted({name for s in sites for name in s.waf.cms})
    for name in used:
        if name not in known:
            raise WafRenderError(f"unknown CMS package {name!r} (policies/waf/cms/): {', '.join(sorted(known))}")
    return [known[n] for n in used]


def _reopened(public: str, admin_paths: set[str]) -> list[str]:
    """The admin paths a public path equals or contains (compared lower-cased, as the ACL compares)."""
    low = public.lower()
    return sorted(a for a in {a.lower() for a in admin_paths}
                  if a.startswith(low) or a.rstrip("/") == low.rstrip("/"))


def check_public_paths(pkg: Package, admin_paths: set[str]) -> None:
    """A public path may not equal or contain an admin path of a profile in use: that would reopen the
    admin area itself. (One under no admin path of the profiles in use simply has no effect.)"""
    for p in pkg.public_paths:
        wider = _reopened(p.path, admin_paths)
        if wider:
            raise WafRenderError(f"CMS package {pkg.name!r}: public path {p.path!r} would reopen the admin "
                                 f"path(s) {', '.join(wider)}; name a resource below them")


def admin_path_issues(packages: dict[str, Package], admin_paths: dict[str, tuple[str, ...]], shown=str) -> list[Issue]:
    """`sitegroup validate`: the render-time check against EVERY profile of the catalogue (profile name ->
    its admin paths), so a package that would reopen an admin area fails before anything is rendered."""
    found = []
    for pkg in packages.values():
        for i, p in enumerate(pkg.public_paths):
            for profile, paths in sorted(admin_paths.items()):
                wider = _reopened(p.path, set(paths))
                if wider:
                    found.append(Issue(
                        shown(pkg.source), p.line, f"public_paths.{i}.path",
                        f"public path {p.path!r} equals or contains the admin path(s) {', '.join(wider)} of "
                        f"profile {profile!r}: it would reopen that admin area to every address",
                        f"name only the public resource, strictly below {wider[0]} (e.g. {wider[0]}resource/), "
                        "or remove the entry", rule="reference"))
    return found


def public_path_rule(pkg: Package, rule_id: int, tag: str) -> list[str]:
    """tx.sg_admin_public=1 when the request's path is one of the package's public paths, compared the
    way the admin ACL compares it (decoded, dot segments and '\\' normalised, lower-cased) and only when
    the normalised path has no ';' '\\' '%' or control character left: those are how a path that
    looks public reaches the admin area on the backend (Tomcat's /public/..;/admin, double encoding)."""
    alts = []
    for p in pkg.public_paths:
        lit = regex_literal(safe.check(safe.URL_PATH, p.path, "public path").lower())
        alts.append(f"{lit}{TRUSTED_TAIL}*" if p.path.endswith("/") else lit)
    return [
        "# Public resources of this CMS inside an admin path: carved out of the admin ACL (profiles.conf).",
        f'SecRule REQUEST_FILENAME "@rx ^(?:{"|".join(alts)})$" "id:{rule_id},phase:1,pass,nolog,{PATH_TRANSFORMS},'
        f"t:lowercase,tag:'{tag}',setvar:tx.sg_admin_public=1\"",
    ]


def selector(*names: str) -> str:
    """The regex on tx.sg_cms (a site's packages joined by '+', "-" for none) that holds one of these names as
    a whole member: open-data does not select open-data-v2 or myopen-data."""
    alts = "|".join(safe.check(safe.PROFILE_NAME, n, "CMS package name") for n in names)
    return f"(?:^|\\+)(?:{alts})(?:\\+|$)" if len(names) > 1 else f"(?:^|\\+){alts}(?:\\+|$)"


def render_package(pkg: Package, base: int, shared: SharedChecks | None = None) -> list[str]:
    """The package's section of cms.conf (rule ids base ... base + CMS_ID_SPAN - 1); its fields' checks read the
    marks of `shared` when given (modsec.cms_conf renders those before every package: ADR 0039)."""
    name = safe.check(safe.PROFILE_NAME, pkg.name, "CMS package name")
    end = f"END-CMS-{name}"
    tag = f"cms/{name}"
    lines = [
        "",
        f"# {name} {safe.comment(pkg.description)}: rule ids {base}-{base + CMS_ID_SPAN - 1}",
        # tx.sg_cms is the site's packages joined by '+' (render.policy_key), "-" for none.
        f'SecRule TX:sg_cms "!@rx {selector(name)}" "id:{base},phase:1,pass,nolog,t:none,skipAfter:{end}"',
    ]
    rid = base
    if pkg.public_paths:
        rid += 1
        lines += public_path_rule(pkg, rid, tag)
    # One rule per path, carrying the removals of every exclusion that names it: the same ctl actions on the same
    # requests as a rule per (exclusion, path), with fewer rules for every worker to hold (bench/waf.py memory).
    by_path: dict[str, list[str]] = {}
    for x in pkg.exclusions:
        lines.append(f"# {x.rule_id or x.rule_tag} on {', '.join(x.targets)}: {safe.comment(x.reason)}")
        for path in x.paths:
            by_path.setdefault(path, []).extend(ctl_remove(x.rule_id, x.rule_tag, t) for t in x.targets)
    for path, ctls in by_path.items():
        rid += 1
        if rid >= base + CMS_ID_SPAN:
            raise WafRenderError(f"CMS package {name!r} has more than {CMS_ID_SPAN - 2} path rules")
        lines.append(f'SecRule REQUEST_FILENAME "{path_operator(path)}" "id:{rid},phase:1,pass,nolog,'
                     f"{PATH_TRANSFORMS},tag:'{tag}',{','.join(ctls)}\"")
    for c in pkg.content_types:
        if rid + body_types.rule_count(c) >= base + CMS_ID_SPAN:
            raise WafRenderError(f"CMS package {name!r} has more than {CMS_ID_SPAN - 2} rules")
        lines += body_types.render(c, rid + 1, tag)
        rid += body_types.rule_count(c)
    for a in pkg.argument_limits:
        if rid + argument_limits.rule_count(a) >= base + CMS_ID_SPAN:
            raise WafRenderError(f"CMS package {name!r} has more than {CMS_ID_SPAN - 2} rules")
        lines += argument_limits.render(a, rid + 1, tag)
        rid += argument_limits.rule_count(a)
    # HTML fields: the path rules (phase 1) behind the package's skip, so only its sites set the flag
    # the field's checks (phase 2, reached by every request) read.
    for field in pkg.html_fields:
        if rid + html_fields.rule_count(field) >= base + CMS_ID_SPAN:
            raise WafRenderError(f"CMS package {name!r} has more than {CMS_ID_SPAN - 2} rules")
        lines += html_fields.render(field, rid + 1, tag, shared)
        rid += html_fields.rule_count(field)
    for ff in pkg.filter_fields:
        if rid + filter_fields.rule_count(ff) >= base + CMS_ID_SPAN:
            raise WafRenderError(f"CMS package {name!r} has more than {CMS_ID_SPAN - 2} rules")
        lines += filter_fields.render(ff, rid + 1, tag, shared)
        rid += filter_fields.rule_count(ff)
    for tf in pkg.text_fields:
        if rid + text_fields.rule_count(tf) >= base + CMS_ID_SPAN:
            raise WafRenderError(f"CMS package {name!r} has more than {CMS_ID_SPAN - 2} rules")
        lines += text_fields.render(tf, rid + 1, tag, shared)
        rid += text_fields.rule_count(tf)
    for cf in pkg.console_fields:
        if rid + console_fields.rule_count(cf) >= base + CMS_ID_SPAN:
            raise WafRenderError(f"CMS package {name!r} has more than {CMS_ID_SPAN - 2} rules")
        lines += console_fields.render(cf, rid + 1, tag, shared)
        rid += console_fields.rule_count(cf)
    lines.append(f"SecMarker {end}")
    return lines
