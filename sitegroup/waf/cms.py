"""CMS exclusion packages (policies/waf/cms/<name>.yaml), like CRS's application exclusion plugins.

A site entry names the CMS it runs (``waf: {cms: trs-wcm}``); the package narrows specific CRS rules
to specific targets on specific paths of that CMS. It never switches a rule off for a whole site or
a whole request: every exclusion names at least one path (not "/") and at least one target. Each
package carries must-pass requests (the CMS's ordinary traffic on those paths) and must-still-block
attacks on the same paths; tests/waf/test_cms.py sends both through the real tier.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from sitegroup import yamlsafe
from sitegroup.errors import Issue
from sitegroup.schemacheck import check as schema_check
from sitegroup.waf import safe
from sitegroup.waf.ctl import ctl_remove, path_operator
from sitegroup.waf.errors import WafRenderError

CMS_DIR = Path(__file__).resolve().parents[2] / "policies" / "waf" / "cms"
CMS_ID_BASE, CMS_ID_SPAN = 12000, 100  # package j (sorted by name): 12000 + j*100 ... +99
MAX_EXCLUSIONS = CMS_ID_SPAN - 2

_TARGET = (r"^(ARGS|ARGS_GET|ARGS_POST|ARGS_NAMES|REQUEST_COOKIES|REQUEST_COOKIES_NAMES|REQUEST_HEADERS|XML)"
           r"(:[A-Za-z0-9_.\-\[\]]{1,64})?$")
_REQUEST = {
    "type": "object", "additionalProperties": False, "required": ["method", "path"],
    "properties": {
        "method": {"enum": ["GET", "HEAD", "POST", "OPTIONS"]},
        "path": {"type": "string", "pattern": r"^/[\x21-\x7e]*$", "maxLength": 4000},
        "headers": {"type": "object", "additionalProperties": {"type": "string", "maxLength": 4000}},
        "body": {"type": "string", "maxLength": 100000},
        "label": {"type": "string", "maxLength": 200},
    },
}
PACKAGE_SCHEMA: dict = {
    "type": "object", "additionalProperties": False,
    "required": ["name", "description", "sources", "exclusions", "must_pass", "must_block"],
    "properties": {
        "name": {"type": "string", "pattern": r"^[a-z0-9](?:[a-z0-9-]{0,40}[a-z0-9])?$"},
        "description": {"type": "string", "minLength": 1, "maxLength": 300},
        "sources": {"type": "array", "minItems": 1, "items": {"type": "string", "maxLength": 300},
                    "description": "public material the paths and parameters come from"},
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
class Package:
    name: str
    description: str
    sources: tuple[str, ...]
    exclusions: tuple[Exclusion, ...]
    must_pass: tuple[dict, ...]
    must_block: tuple[dict, ...]
    source: Path


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
            found = [Issue(shown(path), lines.get(("exclusions", i, "paths"), 1), f"exclusions.{i}.paths",
                           "a package may not exclude a rule for the whole site", "name the CMS's paths",
                           rule="reference")
                     for i, x in enumerate(data["exclusions"]) if "/" in x["paths"]]
        issues += found
        if found:
            continue
        out[data["name"]] = Package(
            name=data["name"], description=data["description"], sources=tuple(data["sources"]),
            exclusions=tuple(Exclusion(x.get("rule"), x.get("tag"), tuple(x["paths"]), tuple(x["targets"]),
                                       x["reason"]) for x in data["exclusions"]),
            must_pass=tuple(data["must_pass"]), must_block=tuple(data["must_block"]), source=path,
        )
    return out, issues


@functools.cache
def packages() -> dict[str, Package]:
    """The repository's packages; an invalid one is an error (the inventory validator reports it first)."""
    found, issues = load()
    if issues:
        raise WafRenderError("invalid CMS package: " + "; ".join(f"{i.file}:{i.line} {i.message}" for i in issues))
    return found


def packages_in_use(sites: list) -> list[Package]:
    known = packages()
    used = sorted({s.waf.cms for s in sites if s.waf.cms})
    for name in used:
        if name not in known:
            raise WafRenderError(f"unknown CMS package {name!r} (policies/waf/cms/): {', '.join(sorted(known))}")
    return [known[n] for n in used]


def render_package(pkg: Package, base: int) -> list[str]:
    name = safe.check(safe.PROFILE_NAME, pkg.name, "CMS package name")
    end = f"END-CMS-{name}"
    tag = f"cms/{name}"
    lines = [
        "",
        f"# {name} {safe.comment(pkg.description)}: rule ids {base}-{base + CMS_ID_SPAN - 1}",
        f'SecRule TX:sg_cms "!@streq {name}" "id:{base},phase:1,pass,nolog,t:none,skipAfter:{end}"',
    ]
    rid = base
    for x in pkg.exclusions:
        ctls = ",".join(ctl_remove(x.rule_id, x.rule_tag, t) for t in x.targets)
        lines.append(f"# {safe.comment(x.reason)}")
        for path in x.paths:
            rid += 1
            if rid >= base + CMS_ID_SPAN:
                raise WafRenderError(f"CMS package {name!r} has more than {CMS_ID_SPAN - 2} path rules")
            lines.append(f'SecRule REQUEST_FILENAME "{path_operator(path)}" "id:{rid},phase:1,pass,nolog,t:none,'
                         f"t:urlDecodeUni,t:normalizePath,tag:'{tag}',{ctls}\"")
    lines.append(f"SecMarker {end}")
    return lines
