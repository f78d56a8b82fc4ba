"""The names several workloads must agree on: images, uids, mount paths, Secret and Service names, labels.

One name each, read by every renderer (sitegroup.k8s: the web, database and backup workloads, the WAF tier)
and by the CLI (``sitegroup backup --cluster``): the web pods mount the content where the backup jobs read
it, as the uid that owns it; the backup jobs log in to the database Service with the Secret the database
renderer writes. Names only one renderer uses stay in that renderer.
"""

from __future__ import annotations

from sitegroup import __version__

DOMAIN = "sitegroup.gov.cn"  # our label/annotation prefix

# The sitegroup image: the backup, drill, prune, status and incident jobs run its ``sitegroup`` command.
SITEGROUP_IMAGE = f"registry.sitegroup.internal/platform/sitegroup:{__version__}"
RUN_AS = 10001  # one uid/gid for the web workload, the WAF tier and the backup jobs (they read its files)

# The content volume is mounted whole here, by the web pods and the backup jobs alike, and the docroot is a
# folder in it (``content_subpath``): a restore renames folders inside the volume (atomic swap, replaced copy
# kept aside, both outside the docroot), which is impossible on a mount root. The web pods mount the volume,
# not a subPath: a subPath bind mount keeps serving the renamed-away directory until the pod restarts.
CONTENT_MOUNT = "/site/volume"

# Backups (sitegroup.k8s.backup renders the jobs, sitegroup.k8s.site and .platform the Secrets and policies).
BACKUP_NAMESPACE = "backup-system"  # the prune and status jobs
BACKUP_POD_LABELS = {"app.kubernetes.io/name": "sitegroup-backup"}  # every backup job's pods (egress policies)
BACKUP_SECRET = "backup-repository"  # noqa: S105 (a Secret name, not a password): per site, see k8s.backup
PRUNE_SECRET = "backup-prune"  # noqa: S105
SITE_PASSWORDS_SECRET = "backup-site-passwords"  # noqa: S105
STATUS_SECRET = "backup-status-credentials"  # noqa: S105

# The site's own PostgreSQL (ADR 0008): the server (sitegroup.k8s.database) and the drill's scratch database
# run this image, as this uid. The official image's entrypoint runs initdb under an arbitrary uid (nss_wrapper,
# temp files in /tmp); PGDATA is a folder inside the mounted volume (initdb wants an empty 0700 directory).
DATABASE_IMAGE = "registry.sitegroup.internal/platform/postgres:15.18-bookworm"
DATABASE_RUN_AS = 10002
DATABASE_SECRET = "database"  # noqa: S105 (a Secret name)
DATABASE_SERVICE = "db"  # the Service in the site namespace
DATABASE_PORT = 5432
DATABASE_USER = "cms"  # the role and the database the server creates at initdb
DATABASE_CLIENT_LABELS = {f"{DOMAIN}/database-client": "true"}  # pods that may reach the site's database
PGDATA_MOUNT = "/var/lib/postgresql/data"
PGDATA = f"{PGDATA_MOUNT}/pgdata"
PG_SOCKET_DIR = "/var/run/postgresql"

# Central logs (docs/logging.md, ADR 0011-i16, ADR 0016-i16): the renderer (sitegroup.k8s.logging) and the site
# invariants (sitegroup.policy.checks: the one exception to Pod Security "restricted") agree on these names.
LOG_NAMESPACE = "logging-system"  # stores, gateway, digest job: Pod Security "restricted" like every namespace
LOG_COLLECTOR_NAMESPACE = "logging-collector"  # the collector alone: Pod Security "privileged" (ADR 0016-i16)
LOG_COLLECTOR = "log-collector"  # its DaemonSet, the only workload allowed in LOG_COLLECTOR_NAMESPACE
# The host paths it may mount, read-only (container logs; /var/log/containers links into /var/log/pods; auditd).
LOG_COLLECTOR_HOST_PATHS = ("/var/log/containers", "/var/log/pods", "/var/log/audit")
# Their images, built into the platform registry from what the tests run (tests/logs/test_cluster.py checks the
# tags): Debian's rsyslog + rsyslog-elasticsearch, and the VictoriaLogs and vmauth the engines build.
LOG_COLLECTOR_IMAGE = "registry.sitegroup.internal/platform/rsyslog:8.2302.0-1-deb12u2-bookworm"
LOG_STORE_IMAGE = "registry.sitegroup.internal/platform/victoria-logs:v1.52.2"
LOG_GATEWAY_IMAGE = "registry.sitegroup.internal/platform/vmauth:v1.146.1-0.20260630165203-c82127b6d4d1"

# The regulatory monitor (docs/monitoring.md): the CLI reads its history store (a file path or a postgresql://
# URL) from this variable when --store is not given; the in-cluster CronJobs (sitegroup.k8s.monitor) set it.
MONITOR_STORE_ENV = "SITEGROUP_MONITOR_STORE"
