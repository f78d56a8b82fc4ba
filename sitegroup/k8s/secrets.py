"""Secret values the renderer never knows: markers the Pulumi program replaces at deploy time.

``sitegroup plan`` writes the markers themselves (never a real secret). The program replaces

- ``<generated:KIND:SITE>`` with a password derived from the platform stack's secret seed (program/passwords.py)
  by the platform stack (which knows every site, closed ones too, and needs all of them for the
  prune jobs' ``backup-site-passwords``), exported as the secret output ``backupCredentials`` and
  read by the sites stacks through a StackReference. The database passwords (the site's role, the server's
  superuser) are generated there too: a site moving to another sites shard keeps them (PostgreSQL takes them
  only once, at initdb);
- ``<config:KEY>`` with the stack's secret config value ``sitegroup:KEY``.

Pulumi keeps both encrypted in its state.
"""

from __future__ import annotations

import re

BACKUP_PASSWORD = "backup-password"  # noqa: S105 (a kind of secret, not a secret)
REST_PASSWORD = "rest-password"  # noqa: S105
OFFSITE_REST_PASSWORD = "offsite-rest-password"  # noqa: S105
DATABASE_PASSWORD = "database-password"  # noqa: S105 (the site's PostgreSQL role, sites with a database only)
DATABASE_SUPERUSER_PASSWORD = "database-superuser-password"  # noqa: S105 (its server's superuser, ditto)
KINDS = (BACKUP_PASSWORD, REST_PASSWORD, OFFSITE_REST_PASSWORD, DATABASE_PASSWORD, DATABASE_SUPERUSER_PASSWORD)

_GENERATED = re.compile(r"^<generated:([a-z-]+):([a-z0-9-]+)>$")
_CONFIG = re.compile(r"^<config:([A-Za-z][A-Za-z0-9]*)>$")


def generated(kind: str, site_id: str) -> str:
    assert kind in KINDS
    return f"<generated:{kind}:{site_id}>"


def from_config(key: str) -> str:
    return f"<config:{key}>"


def parse_generated(value: object) -> tuple[str, str] | None:
    m = _GENERATED.match(value) if isinstance(value, str) else None
    return (m.group(1), m.group(2)) if m else None


def parse_config(value: object) -> str | None:
    m = _CONFIG.match(value) if isinstance(value, str) else None
    return m.group(1) if m else None


def is_marker(value: object) -> bool:
    return parse_generated(value) is not None or parse_config(value) is not None
