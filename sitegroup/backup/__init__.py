"""Backups of site content with restic: the logic the cluster's jobs and a responder's laptop share.

Modules:
- ``restic``    -- a thin wrapper around the ``restic`` binary (argv lists, JSON output, clear errors).
- ``manifest``  -- the per-snapshot file manifest (path, size, sha256, mode) and its comparison.
- ``ops``       -- backup, restore (pinned snapshot, verify, atomic swap), integrity check, drill, retention.
- ``status``    -- is every site backed up within its tier's RPO and restore-drilled on time (backup-status).
- ``k8s``       -- the Kubernetes objects (CronJobs, ...) the Pulumi program and ``sitegroup plan`` render.
"""
