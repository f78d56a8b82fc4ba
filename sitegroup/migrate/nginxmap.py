"""nginx `map` include files for redirects, quoted so that no path can inject configuration."""

from __future__ import annotations

import re

# Keys longer than this are not hashed (emitted as exact regexes) so map_hash_bucket_size can stay fixed.
MAX_HASH_KEY = 200
HASH_BUCKET_SIZE = 256
_FORBIDDEN = re.compile(r"[\x00-\x1f\x7f]")
_PCRE_SPECIAL = re.compile(r"([\\^$.|?*+()\[\]{}/-])")


class UnsafeValue(ValueError):
    pass


def nginx_string(value: str) -> str:
    """A double-quoted nginx token. nginx unescapes only \\" and \\\\ inside quotes; control characters
    (newlines would end the directive) cannot be quoted at all and are refused."""
    if _FORBIDDEN.search(value):
        raise UnsafeValue(f"control character in {value!r}")
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def exact_regex(path: str) -> str:
    """A case-sensitive PCRE matching exactly this path ($uri is bytes; UTF-8 literals match as bytes)."""
    return "~^" + _PCRE_SPECIAL.sub(r"\\\1", path) + "$"


def render_map(entries: dict[str, str]) -> tuple[str, list[str]]:
    """Lines for `map $uri $var { include FILE; }`. Returns (text, skipped keys).

    nginx compares string keys case-insensitively and refuses duplicates, so keys that collide when
    lower-cased (a.HTML and a.html) become case-sensitive regexes, as do very long keys. A value must
    not contain '$' (nginx would expand it as a variable): callers pass percent-encoded URLs.
    """
    lowered: dict[str, int] = {}
    for key in entries:
        lowered[key.lower()] = lowered.get(key.lower(), 0) + 1
    lines: list[str] = []
    skipped: list[str] = []
    for key in sorted(entries):
        value = entries[key]
        if "$" in value or not key.startswith("/"):
            skipped.append(key)
            continue
        source = key
        if lowered[key.lower()] > 1 or len(key.encode("utf-8")) > MAX_HASH_KEY:
            source = exact_regex(key)
        try:
            lines.append(f"{nginx_string(source)} {nginx_string(value)};")
        except UnsafeValue:
            skipped.append(key)
    return "".join(line + "\n" for line in lines), skipped
