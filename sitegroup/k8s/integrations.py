"""The WAF and backup helpers' renderers, called with the in-cluster settings this program uses."""

from __future__ import annotations

from collections.abc import Mapping

from sitegroup.backup import k8s as backup_k8s
from sitegroup.model import Database, Environment, Site
from sitegroup.waf import RenderOptions, render_files

# In-cluster defaults: files under /etc/nginx/waf, temp under /tmp/nginx, listen 8080, each site
# proxied to web.site-<id>.svc.cluster.local:8080 (our Service), logs to stdout/stderr.
WAF_OPTIONS = RenderOptions.cluster()

BACKUP_SECRET = backup_k8s.BACKUP_SECRET
BACKUP_NAMESPACE = backup_k8s.PLATFORM_NAMESPACE
PRUNE_SECRET = backup_k8s.PRUNE_SECRET
SITE_PASSWORDS_SECRET = backup_k8s.SITE_PASSWORDS_SECRET
STATUS_SECRET = backup_k8s.STATUS_SECRET
BACKUP_POD_LABELS = {"app.kubernetes.io/name": "sitegroup-backup"}
CONTENT_MOUNT = backup_k8s.VOLUME_DIR  # the web pods mount the content volume where the backup jobs do
RUN_AS = backup_k8s.RUN_AS  # one uid for the web workload and its backup jobs (they read its files)

# The site's own database (ADR 0008): what the backup jobs expect of it (sitegroup.k8s.database renders it).
DATABASE_IMAGE = backup_k8s.DATABASE_IMAGE
DATABASE_RUN_AS = backup_k8s.DATABASE_RUN_AS
DATABASE_SECRET = backup_k8s.DATABASE_SECRET
DATABASE_SERVICE = backup_k8s.DATABASE_HOST
DATABASE_PORT = backup_k8s.DATABASE_PORT
DATABASE_USER = backup_k8s.DATABASE_USER
DATABASE_CLIENT_LABELS = {backup_k8s.DATABASE_CLIENT_LABEL: "true"}
PGDATA_MOUNT = backup_k8s.PGDATA_MOUNT
PGDATA = backup_k8s.PGDATA
PG_SOCKET_DIR = backup_k8s.PG_SOCKET_DIR
pg_isready = backup_k8s.pg_isready


def waf_files(env: Environment) -> Mapping[str, str]:
    """Path (relative to WAF_OPTIONS.prefix) -> content of every file the WAF tier mounts."""
    return render_files(env, WAF_OPTIONS)


def site_backup_objects(site: Site, env: Environment) -> list[dict]:
    return list(backup_k8s.site_backup_objects(site, env))


def platform_backup_objects(env: Environment) -> list[dict]:
    return list(backup_k8s.platform_backup_objects(env))


def backup_endpoints(env: Environment) -> list[tuple[str, int]]:
    return list(backup_k8s.backup_endpoints(env))


def offsite_repository(env: Environment, site: Site) -> str | None:
    return backup_k8s.offsite_repository(env, site)


def scratch_claims_at_once(content_storage: int, database: Database | None) -> list[int]:
    """The backup jobs' scratch claims that can exist at once (sizes): the LimitRange must admit each."""
    return list(backup_k8s.scratch_claims_at_once(content_storage, database))
