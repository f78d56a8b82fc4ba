"""JSON Schema validation whose errors read like an operator's checklist (file, line, field, fix)."""

from __future__ import annotations

import difflib
import re
from datetime import date

import jsonschema

from sitegroup.errors import Issue
from sitegroup.yamlsafe import dotted

_VALIDATORS: dict[int, jsonschema.protocols.Validator] = {}


def _strict_pattern(validator, pattern, instance, schema):
    """JSON Schema's `pattern`, minus a Python quirk: `$` also matches before a final newline, so
    "baisha\n" would pass ^[a-z]+$. A trailing newline in a name is an injection, never valid."""
    if not validator.is_type(instance, "string"):
        return
    if re.search(pattern, instance) is None or (instance.endswith("\n") and pattern.endswith("$")):
        yield jsonschema.ValidationError(f"{instance!r} does not match {pattern!r}")


def _for(schema: dict):
    # Schemas are module constants, so id() is a stable key; compiling once matters at 5,000 sites.
    v = _VALIDATORS.get(id(schema))
    if v is None:
        base = jsonschema.validators.validator_for(schema)
        cls = jsonschema.validators.extend(base, {"pattern": _strict_pattern})
        v = _VALIDATORS[id(schema)] = cls(schema, format_checker=cls.FORMAT_CHECKER)
    return v


def _jsonable(value):
    # Dates come from YAML as date objects; the schema checks their string form.
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    return value


def _coerce_codes(value, schema: dict):
    """Operators write `region_code: 680102` unquoted: where the schema wants a string and the YAML
    gave a plain integer, take its digits (YAML 1.2 rules already kept leading zeros as strings)."""
    t = schema.get("type")
    if isinstance(value, int) and not isinstance(value, bool) and t == "string":
        return str(value)
    if isinstance(value, dict) and "properties" in schema:
        props = schema["properties"]
        return {k: _coerce_codes(v, props.get(k, {})) for k, v in value.items()}
    if isinstance(value, list) and isinstance(schema.get("items"), dict):
        return [_coerce_codes(v, schema["items"]) for v in value]
    return value


def normalise(data, schema: dict):
    return _coerce_codes(_jsonable(data), schema)


def check(data, lines: dict, schema: dict, shown: str) -> list[Issue]:
    """Validate a document; returns issues (empty when valid). `data` is normalised in place of
    the caller's copy only through the return of normalise(); callers use normalise() after."""
    doc = normalise(data, schema)
    issues = []
    for err in sorted(_for(schema).iter_errors(doc), key=lambda e: list(map(str, e.absolute_path))):
        issues.append(_explain(err, lines, shown, schema))
    return issues


def salvage(data: dict, schema: dict) -> dict | None:
    """The entry without its invalid top-level keys, if what remains is still valid.

    Lets the cross-entry rules still look at an entry with, say, a misspelt key, so an operator sees
    all of its problems in one run instead of one layer per run."""
    doc = normalise(data, schema)
    bad: set[str] = set()
    for err in _for(schema).iter_errors(doc):
        path = list(err.absolute_path)
        if path:
            bad.add(str(path[0]))
        elif err.validator == "additionalProperties":
            bad |= set(doc) - set(schema.get("properties", {}))
        else:
            return None
    cleaned = {k: v for k, v in doc.items() if k not in bad}
    if any(True for _ in _for(schema).iter_errors(cleaned)):
        return None
    return cleaned


def _line(lines: dict, path: tuple) -> int:
    while path:
        if path in lines:
            return lines[path]
        path = path[:-1]
    return lines.get((), 1)


def _explain(err: jsonschema.ValidationError, lines: dict, shown: str, root: dict) -> Issue:
    path = tuple(err.absolute_path)
    field = dotted(path)
    line = _line(lines, path)
    v = err.validator
    inst = err.instance
    if v == "additionalProperties":
        allowed = sorted(err.schema.get("properties", {}))
        extra = sorted(set(inst) - set(allowed)) if isinstance(inst, dict) else []
        key = extra[0] if extra else "?"
        line = lines.get((*path, key), line)
        near = difflib.get_close_matches(key, allowed, n=1)
        hint = f"did you mean {near[0]!r}? " if near else ""
        return Issue(shown, line, dotted((*path, key)), f"unknown key {key!r}",
                     f"{hint}allowed keys here: {', '.join(allowed)}")
    if v == "required":
        missing = err.message.split("'")[1] if "'" in err.message else err.message
        desc = err.schema.get("properties", {}).get(missing, {}).get("description", "")
        return Issue(shown, line, dotted((*path, missing)), f"required key {missing!r} is missing",
                     f"add {missing}:" + (f" ({desc})" if desc else ""))
    if v == "enum":
        return Issue(shown, line, field, f"{inst!r} is not allowed",
                     f"use one of: {', '.join(map(str, err.validator_value))}")
    if v == "pattern":
        desc = err.schema.get("description", "")
        # Blame a character only if the pattern never allows it ('/' is fine in a URL that is wrong otherwise).
        allowed = str(err.validator_value).removeprefix("^").removesuffix("$")
        bad = [c for c in str(inst) if c in "\n\r\t;{}\"'`\\$<> /" and (c == "\\" or c not in allowed)]
        what = f"contains forbidden character {bad[0]!r}" if bad else "has an invalid form"
        return Issue(shown, line, field, f"{_short(inst)} {what}",
                     "write it as described: " + (desc or f"must match {err.validator_value}"))
    if v == "type":
        want = err.validator_value if isinstance(err.validator_value, str) else " or ".join(err.validator_value)
        return Issue(shown, line, field, f"{_short(inst)} should be of type {want}", f"write a {want}")
    if v == "const":
        desc = err.schema.get("description", "")
        value = str(inst).lower() if isinstance(inst, bool) else _short(inst)  # as written in YAML
        return Issue(shown, line, field, f"{value} is not allowed here",
                     desc or f"write {err.validator_value!r}")
    if v == "format":
        return Issue(shown, line, field, f"{_short(inst)} is not a valid {err.validator_value}",
                     "write a date as YYYY-MM-DD" if err.validator_value == "date" else "fix the value")
    if v in ("maxLength", "minLength", "maxItems", "minItems", "maximum", "minimum"):
        desc = err.schema.get("description", "")
        return Issue(shown, line, field, f"{_short(inst)}: {err.message}",
                     f"respect {v} {err.validator_value}" + (f" ({desc})" if desc else ""))
    if v == "oneOf" and all("type" in b for b in err.validator_value):
        return _explain_alternative(err, lines, shown, root)
    if v == "oneOf":
        return Issue(shown, line, field, "give exactly one of 'rule' (a CRS rule id) or 'tag' (a CRS tag)",
                     "keep one of rule/tag")
    if v == "uniqueItems":
        return Issue(shown, line, field, "the list repeats an item", "remove the duplicate")
    return Issue(shown, line, field, err.message, "fix the value")


_JSON_TYPES = {"string": str, "array": list, "object": dict, "integer": int, "boolean": bool}


def _explain_alternative(err: jsonschema.ValidationError, lines: dict, shown: str, root: dict) -> Issue:
    """A value that may take one of several types (waf.cms: a name, or a list of names): explain it
    against the alternative of its own type, or say which types are allowed."""
    for i, branch in enumerate(err.validator_value):
        if isinstance(err.instance, _JSON_TYPES.get(branch["type"], ())) and not isinstance(err.instance, bool):
            inner = [e for e in err.context if e.schema_path and e.schema_path[0] == i]
            if inner:
                return _explain(min(inner, key=lambda e: len(e.absolute_path)), lines, shown, root)
    want = " or ".join(("a list" if b["type"] == "array" else f"a {b['type']}") for b in err.validator_value)
    desc = err.schema.get("description", "")
    return Issue(shown, _line(lines, tuple(err.absolute_path)), dotted(tuple(err.absolute_path)),
                 f"{_short(err.instance)} should be {want}", f"write {want}" + (f" ({desc})" if desc else ""))


def _short(value) -> str:
    s = repr(value)
    return s if len(s) <= 60 else s[:57] + "..."
