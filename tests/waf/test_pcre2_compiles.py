"""Every @rx pattern the tier loads compiles with PCRE2, the library libmodsecurity 3.0.9 uses.

libmodsecurity 3.0.9 loads a rule whose pattern PCRE2 refuses without a word and then never matches it:
a silent hole, or a silent false positive where the rule was an exception. Stop 24 met it: a filter
field's grammar repeated a group {1,400} times, "regular expression is too large" to PCRE2, so the
grammar never matched and libinjection kept refusing every map query, with nginx starting cleanly.
This test renders the test environment (every profile, every CMS package, site exceptions and HTML
fields) and compiles each pattern through ctypes with the options libmodsecurity passes (DOTALL,
MULTILINE), in milliseconds, with no engine running.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import re
import tempfile
from pathlib import Path

import pytest

from sitegroup.waf import RenderOptions, render, render_files
from tests.waf import factory

PCRE2_DOTALL, PCRE2_MULTILINE = 0x00000020, 0x00000400  # pcre2.h; libmodsecurity's Regex() passes both


def _pcre2() -> ctypes.CDLL:
    name = ctypes.util.find_library("pcre2-8") or "libpcre2-8.so.0"
    lib = ctypes.CDLL(name)  # libmodsecurity3 depends on it: missing means the WAF cannot run either
    lib.pcre2_compile_8.restype = ctypes.c_void_p
    lib.pcre2_compile_8.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_uint32,
                                    ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_size_t), ctypes.c_void_p]
    lib.pcre2_code_free_8.argtypes = [ctypes.c_void_p]
    lib.pcre2_get_error_message_8.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_size_t]
    return lib


def compile_error(lib: ctypes.CDLL, pattern: bytes) -> str | None:
    err, off = ctypes.c_int(), ctypes.c_size_t()
    code = lib.pcre2_compile_8(pattern, len(pattern), PCRE2_DOTALL | PCRE2_MULTILINE, ctypes.byref(err),
                               ctypes.byref(off), None)
    if code:
        lib.pcre2_code_free_8(code)
        return None
    buf = ctypes.create_string_buffer(256)
    lib.pcre2_get_error_message_8(err.value, buf, len(buf))
    return f"{buf.value.decode()} at offset {off.value}"


_RX = re.compile(rb'"@rx ((?:[^"\\]|\\.)*)"')


def patterns(text: bytes) -> list[bytes]:
    """The @rx operands of the rules (not of comments: CRS's files carry commented-out templates). The
    seclang parser turns \\" into " inside a quoted operator; everything else reaches PCRE2 as written."""
    return [m.group(1).replace(b'\\"', b'"') for line in text.splitlines()
            if not line.lstrip().startswith(b"#") for m in _RX.finditer(line)]


@pytest.fixture(scope="module")
def rendered() -> dict[str, bytes]:
    with tempfile.TemporaryDirectory() as tmp:
        files = render_files(factory.test_environment(), RenderOptions.local(Path(tmp), listen="127.0.0.1:8080",
                                                                            backend="http://127.0.0.1:9"))
    out = {name: (body if isinstance(body, bytes) else str(body).encode()) for name, body in files.items()
           if name.endswith(".conf")}
    out["crs-tuning-zh.conf"] = render.TUNING_FILE.read_bytes()  # included from policies/, not copied
    return out


def test_the_check_itself_catches_what_pcre2_refuses() -> None:
    lib = _pcre2()
    assert compile_error(lib, rb"(?i)\A(?:(?>'[^']*'|[a-z]+)\s*+)++\z") is None
    repeated = rb"(?:(?>'[^'\x5c]*+'|[a-z_\x80-\xff][\w\x80-\xff.]*+|<>|[=()])\s*+){1,4000}"
    assert "too large" in compile_error(lib, repeated)
    assert compile_error(lib, rb"a(b") is not None
    assert patterns(b'SecRule ARGS "@rx a\\"b" "id:1"') == [b'a"b']


def test_every_rendered_pattern_compiles(rendered: dict[str, bytes]) -> None:
    lib = _pcre2()
    found = {name: patterns(text) for name, text in rendered.items()}
    assert sum(map(len, found.values())) > 150  # the platform tuning, profiles, packages, sites
    assert any(p.startswith(b"(?i)\\A(?![\\s\\S]*") for p in found["modsecurity/cms.conf"])  # filter grammars
    bad = [(name, p[:120], err) for name, ps in found.items() for p in ps if (err := compile_error(lib, p))]
    assert not bad, bad


def test_every_stock_crs_pattern_the_tier_includes_compiles() -> None:
    lib = _pcre2()
    bad = []
    for conf in sorted(Path("/usr/share/modsecurity-crs/rules").glob("*.conf")):
        bad += [(conf.name, p[:80], e) for p in patterns(conf.read_bytes()) if (e := compile_error(lib, p))]
    assert not bad, bad
