"""Where each site's restic repositories are and which endpoints they reach (from the model alone).

A site's repository is ``<platform.backup_repository>/<site id>`` (and ``<platform.offsite_repository>/<site
id>`` off-site, for tiers with ``offsite: true``). The CLI opens them; sitegroup.k8s points the jobs at them and
opens the egress policies to ``backup_endpoints``.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from sitegroup.model import Environment, Site


def site_repository(env: Environment, site: Site) -> str:
    return f"{env.platform.backup_repository.rstrip('/')}/{site.id}"


def offsite_repository(env: Environment, site: Site) -> str | None:
    if not site.backup.offsite or not env.platform.offsite_repository:
        return None
    return f"{env.platform.offsite_repository.rstrip('/')}/{site.id}"


_DEFAULT_PORTS = {"http": 80, "https": 443}


def repository_endpoint(url: str) -> tuple[str, int] | None:
    """(host, port) a restic repository URL connects to, or None for a local path.

    Understands ``rest:http(s)://host[:port]/...``, ``s3:http(s)://host[:port]/bucket`` and ``s3:host/bucket``
    (HTTPS), ``sftp:[user@]host:/path`` (port 22) and ``sftp://[user@]host[:port]/path``.
    """
    scheme, sep, rest = url.partition(":")
    if not sep or scheme not in {"rest", "s3", "sftp"}:
        return None
    if scheme in {"rest", "s3"}:
        if "://" not in rest:  # s3:host/bucket means HTTPS
            rest = "https://" + rest
        parts = urlsplit(rest)
        if not parts.hostname:
            return None
        return parts.hostname, parts.port or _DEFAULT_PORTS.get(parts.scheme, 443)
    if rest.startswith("//"):
        parts = urlsplit("sftp:" + rest)
        return (parts.hostname, parts.port or 22) if parts.hostname else None
    host = rest.split(":", 1)[0].rsplit("@", 1)[-1]
    return (host, 22) if host else None


def backup_endpoints(env: Environment) -> list[tuple[str, int]]:
    """Every (host, port) the backup jobs of this environment reach: allow these in the egress policies."""
    found = {repository_endpoint(env.platform.backup_repository)}
    if env.platform.offsite_repository:
        found.add(repository_endpoint(env.platform.offsite_repository))
    return sorted(e for e in found if e)
