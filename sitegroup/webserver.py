"""The site's own nginx configuration: the server block the platform's web pods run (mounted from a
ConfigMap the program renders) and the one the onboarding tests serve migrated content with.

Layout inside a site's content volume, shared with the backup jobs and the onboarding roles:
    htdocs/               the docroot (restores swap this folder atomically)
    onboard/<id>/         the onboarding's state, including redirects.map for renamed legacy URLs
"""

from __future__ import annotations

import re

DOCROOT_DIR = "htdocs"
ONBOARD_DIR = "onboard"
HEALTH_PATH = "/healthz"

_HOST = re.compile(r"[a-z0-9]([a-z0-9.-]{0,251}[a-z0-9])?")
_PATH = re.compile(r"/[A-Za-z0-9._/-]*")
_LISTEN = re.compile(r"([0-9.]+:|\[[0-9a-f:]+\]:)?[0-9]{1,5}")


def server_conf(server_names: list[str] | tuple[str, ...], *, content_root: str, listen: str | int) -> str:
    """An http-context nginx snippet (a conf.d file): a map of renamed URLs and one server block.

    Renamed legacy URLs (e.g. .jsp pages now .html) redirect with 301 from the onboarding's maps, keeping their
    query string (detail.jsp?id=7 -> detail.html?id=7); the glob include matches nothing until a site has been
    onboarded, which nginx accepts."""
    names = [n for n in server_names if _HOST.fullmatch(n)]
    if len(names) != len(server_names) or not names:
        raise ValueError(f"refusing server names {server_names!r}: expected IDNA A-labels")
    root = content_root.rstrip("/")
    if not _PATH.fullmatch(root) or "/." in root:
        raise ValueError(f"refusing content root {content_root!r}")
    if not _LISTEN.fullmatch(str(listen)):
        raise ValueError(f"refusing listen {listen!r}")
    return f"""# Rendered by sitegroup (sitegroup/webserver.py). Do not edit in place.
map $uri $sitegroup_renamed {{
    default "";
    include {root}/{ONBOARD_DIR}/*/redirects.map;
}}
server {{
    listen {listen} default_server;
    server_name {" ".join(names)};
    root {root}/{DOCROOT_DIR};
    charset utf-8;
    index index.html index.htm index.shtml;
    server_tokens off;
    if ($sitegroup_renamed) {{ return 301 $sitegroup_renamed$is_args$args; }}
    location = {HEALTH_PATH} {{ access_log off; default_type text/plain; return 200 "ok\\n"; }}
}}
"""
