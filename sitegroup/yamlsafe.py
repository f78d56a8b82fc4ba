"""A YAML reader for operators' files that refuses what could hurt the platform.

Refused, each with file and line: files over a size limit, non-UTF-8 bytes, anchors and aliases
(alias bombs, and shared nodes that make one entry's edit change another's), duplicate keys,
non-string keys, and tags. Scalars follow YAML 1.2 core rules (``on``/``no``/``yes`` stay strings,
``0123`` stays a string) so codes and engine modes are never silently turned into booleans or octal.

Returns the data plus a map from each value's path to its line, so later rules can point at lines.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import yaml

from sitegroup.errors import Issue, display_path

try:  # libyaml is 10x faster; the pure-Python parser gives the same nodes
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

MAX_BYTES = 64 * 1024
_INT = re.compile(r"[-+]?(0|[1-9][0-9]*)\Z")
_FLOAT = re.compile(r"[-+]?([0-9]+\.[0-9]*|\.[0-9]+)([eE][-+]?[0-9]+)?\Z")
_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})\Z")
_STR_TAG = "tag:yaml.org,2002:str"
_ALLOWED_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:timestamp",
    "tag:yaml.org,2002:map",
    "tag:yaml.org,2002:seq",
    "tag:yaml.org,2002:merge",  # refused below with its own message
    "tag:yaml.org,2002:value",  # a plain "=" resolves to it; read as the string "="
}

Path_ = tuple  # a value's path: keys and list indexes


class YamlProblem(Exception):
    def __init__(self, issue: Issue):
        self.issue = issue
        super().__init__(str(issue))


def _plain_scalar(text: str):
    if text in ("", "~", "null", "Null", "NULL"):
        return None
    if text in ("true", "True", "TRUE"):
        return True
    if text in ("false", "False", "FALSE"):
        return False
    if _INT.match(text):
        return int(text)
    if _FLOAT.match(text):
        return float(text)
    m = _DATE.match(text)
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return text
    return text


def load(path: Path, *, max_bytes: int = MAX_BYTES, shown: str | None = None) -> tuple[object, dict]:
    """Read one YAML document. Raises YamlProblem with a precise Issue."""
    name = shown or display_path(path)

    def problem(line: int, message: str, fix: str, field: str = "") -> YamlProblem:
        return YamlProblem(Issue(name, line, field, message, fix, rule="yaml"))

    try:
        size = path.stat().st_size
    except OSError as e:
        raise problem(1, f"cannot read the file: {e.strerror}", "check the path and permissions") from e
    if size > max_bytes:
        raise problem(
            1,
            f"file is {size} bytes, over the {max_bytes}-byte limit for this kind of file",
            "one file describes one thing; split it or remove what does not belong",
        )
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        raise problem(
            line,
            f"not valid UTF-8 (byte 0x{raw[e.start]:02x} at offset {e.start})",
            "save the file as UTF-8 (e.g. `iconv -f GB18030 -t UTF-8`)",
        ) from e
    text = text.removeprefix("\ufeff")
    if "\x00" in text:
        raise problem(text[: text.index("\x00")].count("\n") + 1, "contains a NUL character", "remove it")

    # Anchors and aliases are refused before any node is built, so an alias bomb costs nothing.
    if "&" in text or "*" in text:
        try:
            for event in yaml.parse(text, Loader=_Loader):
                anchor = getattr(event, "anchor", None)
                if isinstance(event, yaml.AliasEvent) or anchor:
                    raise problem(
                        event.start_mark.line + 1,
                        f"YAML anchors and aliases are not allowed (found {'*' if anchor is None else '&'}"
                        f"{anchor})",
                        "write the value out in full; each entry must stand on its own",
                    )
        except yaml.YAMLError as e:
            raise _syntax(name, e) from e
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.YAMLError as e:
        raise _syntax(name, e) from e
    lines: dict[Path_, int] = {}
    if node is None:
        return None, lines
    return _build(node, (), lines, name), lines


def _syntax(name: str, e: yaml.YAMLError) -> YamlProblem:
    mark = getattr(e, "problem_mark", None) or getattr(e, "context_mark", None)
    line = mark.line + 1 if mark else 1
    what = getattr(e, "problem", None) or str(e)
    return YamlProblem(Issue(name, line, "", f"YAML syntax error: {what}", "fix the YAML syntax at that line",
                             rule="yaml"))


def _build(node: yaml.Node, path: Path_, lines: dict, name: str):
    lines[path] = node.start_mark.line + 1
    if node.tag not in _ALLOWED_TAGS:
        raise YamlProblem(Issue(name, node.start_mark.line + 1, _dotted(path), f"YAML tag {node.tag!r} is not allowed",
                                "remove the tag", rule="yaml"))
    if isinstance(node, yaml.MappingNode):
        out: dict = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise YamlProblem(Issue(name, key_node.start_mark.line + 1, _dotted(path), "keys must be plain strings",
                                        "use a plain key", rule="yaml"))
            if key_node.tag == "tag:yaml.org,2002:merge" or key_node.value == "<<":
                raise YamlProblem(Issue(name, key_node.start_mark.line + 1, _dotted(path),
                                        "merge keys (<<) are not allowed", "write the keys out", rule="yaml"))
            key = key_node.value
            if key in out:
                raise YamlProblem(Issue(
                    name, key_node.start_mark.line + 1, _dotted((*path, key)),
                    f"duplicate key {key!r} (first at line {lines[(*path, key)]})",
                    "keep one of them; YAML would silently use the last", rule="yaml"))
            out[key] = _build(value_node, (*path, key), lines, name)
            lines[(*path, key)] = key_node.start_mark.line + 1
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_build(item, (*path, i), lines, name) for i, item in enumerate(node.value)]
    # Scalar: quoted scalars are always strings; plain ones follow the YAML 1.2 core schema.
    if node.style in ("'", '"', "|", ">") or (node.tag == _STR_TAG and node.style):
        return node.value
    return _plain_scalar(node.value)


def _dotted(path: Path_) -> str:
    out = ""
    for p in path:
        out += f"[{p}]" if isinstance(p, int) else (f".{p}" if out else str(p))
    return out


dotted = _dotted
