"""The gateway in front of the stores: a vmauth configuration (VictoriaMetrics' auth proxy, built by the engines).

The stores answer only their own basic-auth user (the collectors write with it, straight to the store); every
person reads through this gateway, which holds that user and adds it to what it forwards. Two kinds of readers:

- the platform's **responders** (bearer token): read every store, ``/<store>/select/logsql/...``;
- each site's **owners** (one bearer token per site): read only, and every query of theirs carries
  ``extra_stream_filters={site="<id>"}`` set by the gateway. vmauth drops a client's query arg that clashes
  with one in the route, and VictoriaLogs ANDs every extra filter, so an owner can narrow but never widen.

No reader gets ``/insert/*``, ``/delete/*`` (the stores also run without ``-delete.enable``) or ``/internal/*``:
nobody but the collectors writes, and retention is the only deletion.
"""

from __future__ import annotations

import base64
import re
import urllib.parse
from dataclasses import dataclass

import yaml

from sitegroup.logs.policy import Retention

TENANT = ("AccountID: 0", "ProjectID: 0")  # one tenant; isolation is the site label, enforced here
# What a reader may call: the query endpoints that honour extra_stream_filters.
READ_PATHS = r"select/logsql/(query|hits|stats_query|stats_query_range|field_names|field_values|streams)"
_SITE_ID = re.compile(r"^[a-z0-9-]+$")


@dataclass(frozen=True)
class Credentials:
    store_user: str  # the stores' -httpAuth user, which the gateway presents on the readers' behalf
    store_password: str
    responder_tokens: tuple[str, ...]
    owner_tokens: dict[str, str]  # site id -> that site's owners' token


def owner_filter(site_id: str) -> str:
    if not _SITE_ID.match(site_id):
        raise ValueError(f"site id {site_id!r} cannot be a stream filter")
    return f'{{site="{site_id}"}}'


def render(retention: Retention, store_urls: dict[str, str], creds: Credentials) -> str:
    """vmauth -auth.config YAML. store_urls: store name -> http://host:port of that VictoriaLogs."""
    return render_stores(list(retention.stores()), store_urls, creds)


def render_stores(stores: list[str], store_urls: dict[str, str], creds: Credentials) -> str:
    """The same for the stores by name (the cluster's gateway: the plan ConfigMap names them)."""
    missing = set(stores) - set(store_urls)
    if missing:
        raise ValueError(f"no URL for store(s) {sorted(missing)}")
    if len(set(creds.owner_tokens.values()) | set(creds.responder_tokens)) != (
            len(creds.owner_tokens) + len(creds.responder_tokens)):
        raise ValueError("every reader needs a token of their own")
    basic = base64.b64encode(f"{creds.store_user}:{creds.store_password}".encode()).decode()
    headers = [f"Authorization: Basic {basic}", *TENANT]
    users: list[dict] = []
    for token in creds.responder_tokens:
        users.append({"bearer_token": token, "url_map": _read_routes(stores, store_urls, headers, extra=None)})
    for site_id, token in sorted(creds.owner_tokens.items()):
        users.append({"bearer_token": token,
                      "url_map": _read_routes(stores, store_urls, headers, extra=owner_filter(site_id))})
    return yaml.safe_dump({"users": users}, sort_keys=False, allow_unicode=True)


def _read_routes(stores: list[str], store_urls: dict[str, str], headers: list[str], extra: str | None) -> list[dict]:
    routes = []
    for store in stores:
        prefix = store_urls[store].rstrip("/") + "/"
        if extra is not None:
            prefix += "?" + urllib.parse.urlencode({"extra_stream_filters": extra})
        routes.append({
            "src_paths": [f"/{store}/{READ_PATHS}"],
            "url_prefix": prefix,
            "drop_src_path_prefix_parts": 1,
            "headers": headers,
        })
    return routes
