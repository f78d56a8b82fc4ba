"""The legacy host's web configuration after cut-over: a closure notice period, then 301s via nginx map."""

from __future__ import annotations

import html
import re
from datetime import date, timedelta

from .nginxmap import HASH_BUCKET_SIZE, nginx_string

MIN_NOTICE_DAYS = 30  # 关停整合公告期 ≥ 30 日
_LABEL = r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
_HOST = re.compile(rf"^(?=.{{1,253}}$)(?:{_LABEL}\.)*{_LABEL}$")
_LISTEN = re.compile(
    r"^(?:\[[0-9a-f:]+\]:|[0-9.]+:)?[0-9]{1,5}(?: (?:default_server|ssl|http2|ipv6only=on))*$"
)
_BASE = re.compile(r"^https://[a-z0-9.-]+(?:/[a-z0-9-]+)?$")
_IDENT = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$")


def phase(closing: bool, notice_since: date | None, today: date, days: int = MIN_NOTICE_DAYS) -> str:
    """'redirect' for a moved site; for a site closing into another, 'notice' until the period ends."""
    if not closing:
        return "redirect"
    if days < MIN_NOTICE_DAYS:
        raise ValueError(f"closure notice period must be at least {MIN_NOTICE_DAYS} days, got {days}")
    if notice_since is None or today < notice_since + timedelta(days=days):
        return "notice"
    return "redirect"


def ascii_html(text: str) -> str:
    """HTML-escaped, with every non-ASCII character as a numeric reference: the notice is injected into
    GBK and UTF-8 pages alike, and only ASCII survives both."""
    escaped = html.escape(text, quote=True).replace("$", "&#x24;")  # nginx would expand $name
    return "".join(ch if ord(ch) < 128 else f"&#x{ord(ch):x};" for ch in escaped)


def notice_html(old_name: str, new_name: str, new_url: str, since: date, days: int) -> str:
    until = since + timedelta(days=days)
    text = (
        f"关停整合公告：{old_name}已整合至{new_name}，请访问新网址 {new_url} 。"
        f"本公告自{since.isoformat()}起公示，{until.isoformat()}后本站将自动跳转至新网站。"
    )
    return (
        '<div id="sitegroup-closure-notice" style="padding:1em;background:#fff3cd;border:1px solid #c00">'
        f'{ascii_html(text)} <a href="{ascii_html(new_url)}">{ascii_html(new_name)}</a></div>'
    )


def _check(site_id: str, server_names: list[str], listen: list[str], new_base: str) -> None:
    if not _IDENT.match(site_id):
        raise ValueError(f"bad site id {site_id!r}")
    if not server_names:
        raise ValueError("no old domains to redirect")
    for name in server_names:
        if not _HOST.match(name):
            raise ValueError(f"bad server name {name!r}")
    for item in listen:
        if not _LISTEN.match(item):
            raise ValueError(f"bad listen value {item!r}")
    if not _BASE.match(new_base):
        raise ValueError(f"bad new base URL {new_base!r}")


def map_var(site_id: str) -> str:
    return "$sitegroup_onboard_" + site_id.replace("-", "_")


def render_vhost(*, site_id: str, server_names: list[str], listen: list[str], mode: str, map_file: str,
                 new_base: str, docroot: str, notice: str = "", original: str = "") -> str:
    """The legacy vhost. mode 'redirect': every URL 301s (mapped paths to their new URLs, the rest to
    the same path on the new site). mode 'notice': the legacy docroot is served with the notice."""
    _check(site_id, server_names, listen, new_base)
    var = map_var(site_id)
    head = [
        f"# Managed by sitegroup onboard for site {site_id} ({mode}).",
        f"# The original configuration is kept at {original or '(none)'}; "
        f"roll back with: sitegroup onboard {site_id} --rollback",
    ]
    server = [f"    listen {item};" for item in listen]
    server.append("    server_name " + " ".join(server_names) + ";")
    if mode == "redirect":
        # Mapped paths get their new URL plus the original query string; anything else (dynamic URLs,
        # paths that never were files) goes to the same path and query on the new site.
        body = [
            f"map $uri {var} {{",
            '    default "";',
            f"    include {nginx_string(map_file)};",
            "}",
            "server {",
            *server,
            f"    if ({var}) {{",
            f"        return 301 {var}$is_args$args;",
            "    }",
            f"    return 301 {nginx_string(new_base + '$request_uri')};",
            "}",
        ]
    elif mode == "notice":
        page = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>notice</title></head><body>"
                + notice + "</body></html>")
        body = [
            "server {",
            *server,
            f"    root {nginx_string(docroot)};",
            "    index index.html index.htm index.shtml;",
            f"    sub_filter {nginx_string('</body>')} {nginx_string(notice + '</body>')};",
            "    sub_filter_once on;",
            "    location = /sitegroup-closure-notice.html {",
            "        default_type text/html;",
            f"        return 200 {nginx_string(page)};",
            "    }",
            "}",
        ]
    else:
        raise ValueError(f"unknown mode {mode!r}")
    return "\n".join(head + body) + "\n"


def hash_conf() -> str:
    return (
        "# Managed by sitegroup onboard: redirect maps have long (Chinese, percent-decoded) paths as keys.\n"
        f"map_hash_bucket_size {HASH_BUCKET_SIZE};\nmap_hash_max_size 262144;\n"
    )
