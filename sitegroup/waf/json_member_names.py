"""930120's file list for the names of JSON members: the dot files counted only where the dot is the client's.

ModSecurity's JSON processor names a member ``json.<key>`` (``json.<key>.<key>`` when nested, ``.array_<n>`` for
an element), so a dot stands before every key's name, put there by the engine. CRS 3.3.4's 930120 ("OS File
Access Attempt", paranoia level 1) reads ARGS_NAMES with ``@pmFromFile lfi-os-files.data``, a list of substrings
that holds 58 dot files (``.htaccess``, ``.bashrc``, ``.profile``, ``.nsr`` …). A key that begins with such a name
without its dot is then a file access: ``nsrsbh`` and ``nsrmc`` (纳税人识别号, 纳税人名称, in every Chinese tax
system's JSON: corpus AM's tuning part, 144 requests refused at PL1) or ``profile``.

The platform's tuning (crs-tuning-zh.conf, stop 40) takes JSON members' names off 930120 and reads them with its
copy 10020, whose pattern this module writes from CRS's file: every entry as it is, except that a dot file counts
only after a '/' or after a dot of the key's own (``/.htaccess``, ``..htaccess``: a key ``.htaccess`` is named
``json..htaccess``, a key ``x/.bashrc`` ``json.x/.bashrc``). Values, form fields' names, cookies and XML keep 930120
as CRS ships it.

The copy matches what ``@pmFromFile`` would (any entry as a substring of the lower-cased name) with ``@rx`` and one
pattern: the entries as a trie (``etc/(?:passwd|shadow|…)``), which PCRE walks one character at a time. A second
``@pmFromFile`` of the same 1,151 entries cost 2.8 MiB of every worker's memory (libmodsecurity's Aho-Corasick
tree; bench/waf.py, one site: 30.9 -> 33.7 MiB); the pattern is 18 KB.

    python -m sitegroup.waf.json_member_names [CRS lfi-os-files.data]   # prints the pattern for crs-tuning-zh.conf
"""

from __future__ import annotations

import sys
from pathlib import Path

CRS_FILE = Path("/usr/share/modsecurity-crs/rules/lfi-os-files.data")  # Debian's modsecurity-crs 3.3.4


def phrases(crs_text: str) -> list[str]:
    """The entries of CRS's file, lower-cased (the rule reads the name after t:lowercase; @pm ignores case), each
    dot file as two entries (after '/', after a dot); comments and blank lines dropped."""
    out: list[str] = []
    for line in crs_text.splitlines():
        entry = line.strip().lower()
        if not entry or entry.startswith("#"):
            continue
        out += [f"/{entry}", f".{entry}"] if entry.startswith(".") else [entry]
    return out


def _escape(c: str) -> str:
    # PCRE reads a backslash before any ASCII punctuation or space as that character.
    return c if c.isalnum() or c == "_" else "\\" + c


def pattern(crs_text: str) -> str:
    """One PCRE pattern that finds any of the phrases anywhere (what @pm finds): a trie, where a phrase that begins
    with a shorter one is left out (the shorter one already matches there)."""
    root: dict = {}
    for word in sorted(set(phrases(crs_text))):
        node = root
        for c in word:
            if node.get("") is True:
                break  # a shorter phrase ends here
            node = node.setdefault(c, {})
        else:
            node.clear()
            node[""] = True

    def emit(node: dict) -> str:
        if node.get("") is True:
            return ""
        alternatives = [_escape(c) + emit(sub) for c, sub in sorted(node.items())]
        return alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"

    return emit(root)


if __name__ == "__main__":
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else CRS_FILE
    print(pattern(source.read_text(encoding="utf-8")))
