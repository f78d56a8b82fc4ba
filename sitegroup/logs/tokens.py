"""The gateway's reader tokens, derived from one secret seed: a responder's, the digest job's, each site's owners'.

The seed is the platform stack's secret config value ``sitegroup:logTokenSeed`` (`sitegroup up` makes it once,
Pulumi keeps it encrypted) and reaches the cluster only as the Secret the gateway's config step and the digest job
mount. Deriving lets the gateway's configuration follow the inventory (a new site gets a token with no new
secret to store) and lets the platform team hand an owner their token with `sitegroup logs-token` instead of
copying it out of the cluster. A token is unguessable without the seed and different for every reader; rotating
every token is a new seed.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from pathlib import Path

from sitegroup.logs.gateway import Credentials, owner_filter, render_stores

RESPONDER = "responder"
DIGEST = "digest"
STORE_USER = "sitegroup-logs"  # the stores' basic-auth user (a name, not a secret): collectors and the gateway
MIN_SEED = 32


def token(seed: str, reader: str) -> str:
    if len(seed) < MIN_SEED:
        raise ValueError(f"the log token seed is too short ({len(seed)} characters, at least {MIN_SEED})")
    return hmac.new(seed.encode(), f"sitegroup-log-reader\0{reader}".encode(), hashlib.sha256).hexdigest()[:48]


def owner(site_id: str) -> str:
    owner_filter(site_id)  # refuses an id that cannot be a stream filter
    return f"owner:{site_id}"


def credentials(seed: str, store_password: str, site_ids: list[str]) -> Credentials:
    return Credentials(STORE_USER, store_password, (token(seed, RESPONDER), token(seed, DIGEST)),
                       {s: token(seed, owner(s)) for s in site_ids})


def gateway_plan(store_urls: dict[str, str], site_ids: list[str]) -> dict:
    """What the cluster's gateway config step reads (a ConfigMap, no secret): stores and sites by name."""
    return {"stores": dict(store_urls), "sites": sorted(site_ids)}


def gateway_config(plan: dict, store_password: str, seed: str) -> str:
    """vmauth's auth.yml for the plan, with the secrets only the pod sees (sitegroup.logs.gateway.render)."""
    return render_stores(list(plan["stores"]), plan["stores"], credentials(seed, store_password, plan["sites"]))


def write_gateway_config(plan_file: Path, secrets_dir: Path, out: Path) -> None:
    plan = json.loads(plan_file.read_text(encoding="utf-8"))
    text = gateway_config(plan, (secrets_dir / "store-password").read_text().strip(),
                          (secrets_dir / "token-seed").read_text().strip())
    out.write_text(text, encoding="utf-8")
    out.chmod(0o600)
