"""A small, fast YAML writer for rendered manifests (plain data: dict, list, str, int, bool, None).

PyYAML's representer is Python even with libyaml (~0.5 ms an object; 2,000 sites are ~45,000 objects).
This writes block-style YAML directly: strings are plain only when unambiguous (a conservative pattern,
no YAML 1.1 booleans/nulls/numbers/timestamps), multi-line strings as literal blocks, everything else
JSON-quoted (a JSON string is a valid YAML double-quoted scalar). Tests load every written document
back with PyYAML and compare it with the rendered object.
"""

from __future__ import annotations

import json
import re

_PLAIN = re.compile(r"^[A-Za-z_/][A-Za-z0-9_./-]*$")
_RESERVED = {"y", "n", "yes", "no", "on", "off", "true", "false", "null", "~"}
# Characters a YAML reader takes as they are (line breaks other than \n, BOM, controls and
# non-characters excluded): anything else is written as a \u escape.
_VERBATIM = re.compile("^[\t\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]*$")


_STRINGS: dict[str, str] = {}  # keys and values repeat across sites: quote each once


def scalar(value) -> str:
    if type(value) is str:
        text = _STRINGS.get(value)
        if text is None:
            text = _STRINGS[value] = _string(value)
        return text
    if value is True:
        return "true"
    if value is False:
        return "false"
    if value is None:
        return "null"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return json.dumps(value)
    raise TypeError(f"cannot write {type(value).__name__} as YAML")


def _string(value: str) -> str:
    if _PLAIN.fullmatch(value) and value.lower() not in _RESERVED:
        return value
    return json.dumps(value, ensure_ascii=not _VERBATIM.fullmatch(value))


def _block(value: str) -> str | None:
    """Literal block header for a multi-line string, or None when quoting is safer."""
    if "\n" not in value or "\t" in value or not _VERBATIM.fullmatch(value) or value.startswith((" ", "\n")):
        return None
    if value.endswith("\n\n") or value.endswith(" \n"):
        return None
    return "|" if value.endswith("\n") else "|-"


def _lines(value, indent: int, out: list[str]) -> None:
    pad = " " * indent
    if isinstance(value, dict):
        for key, item in value.items():
            _entry(f"{pad}{scalar(key)}:", item, indent, out)
    else:  # list
        for item in value:
            if isinstance(item, dict) and item:
                start = len(out)
                _lines(item, indent + 2, out)
                out[start] = f"{pad}- {out[start][indent + 2:]}"
            elif isinstance(item, list) and item:
                out.append(f"{pad}-")
                _lines(item, indent + 2, out)
            else:
                _entry(f"{pad}-", item, indent, out)


def _entry(head: str, item, indent: int, out: list[str]) -> None:
    if isinstance(item, dict | list):
        if not item:
            out.append(f"{head} {'{}' if isinstance(item, dict) else '[]'}")
        elif isinstance(item, dict):
            out.append(head)
            _lines(item, indent + 2, out)
        else:
            out.append(head)
            _lines(item, indent, out)
        return
    header = _block(item) if isinstance(item, str) else None
    if header is None:
        out.append(f"{head} {scalar(item)}")
        return
    out.append(f"{head} {header}")
    body_pad = " " * (indent + 2)
    text = item[:-1] if item.endswith("\n") else item
    out.extend(f"{body_pad}{line}" if line else "" for line in text.split("\n"))


def dump(obj: dict) -> str:
    out: list[str] = []
    _lines(obj, 0, out)
    return "\n".join(out) + "\n"


def dump_all(objs) -> str:
    return "---\n".join(dump(o) for o in objs)
