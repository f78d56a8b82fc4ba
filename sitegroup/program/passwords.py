"""Every site's generated passwords, derived from one secret seed of the platform stack (no provider plugin).

pulumi-random is not available here (the Go proxy serves no pulumi-random provider, ADR 0009), and a derived
password has the properties the platform needs from a generated one: unknown without the seed, stable across
`up`s and when a site moves to another sites shard (PostgreSQL takes its passwords only once, at initdb), and
different for every site and kind. The seed is the platform stack's secret config value ``sitegroup:secretSeed``
(`sitegroup up` generates it on first use); Pulumi encrypts it like every other secret, with the same key that
protects generated passwords in the state, so deriving adds no new place to steal them from. Rotating one site's
password: raise that site's number in the platform stack's config object ``sitegroup:secretGenerations``
(``{"hz": 1}``); the generation is part of the derivation input, so only that site's passwords change.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

SEED_KEY = "secretSeed"
LENGTH = 40  # hex characters: 160 bits


def new_seed() -> str:
    return secrets.token_hex(32)


def derive(seed: str, kind: str, site_id: str, generation: int = 0) -> str:
    if len(seed) < 32:
        raise ValueError(f"sitegroup:{SEED_KEY} is too short ({len(seed)} characters, at least 32): "
                         "let `sitegroup up` generate it, or `pulumi config set --secret` a 64-character hex value")
    message = f"sitegroup-password\0{kind}\0{site_id}\0{generation}".encode()
    return hmac.new(seed.encode(), message, hashlib.sha256).hexdigest()[:LENGTH]
