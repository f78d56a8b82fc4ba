"""Backups of site content with restic: the logic the cluster's jobs and a responder's laptop share.

Modules:
- ``restic``       -- a thin wrapper around the ``restic`` binary (argv lists, JSON output, clear errors).
- ``manifest``     -- the per-snapshot file manifest (path, size, sha256, mode) and its comparison.
- ``ops``          -- backup, restore (pinned snapshot, verify, atomic swap), integrity check, drill, retention.
- ``postgres``, ``database`` -- a site database's verified dump and restore, and its part in those operations.
- ``status``       -- is every site backed up within its tier's RPO and restore-drilled on time (backup-status).
- ``repositories`` -- where each site's repositories are, and the endpoints they reach.
- ``schedule``     -- each site's drill schedule and the longest gap between its runs.
- ``scratch``      -- how large the jobs' scratch claims are (the jobs and the namespace quota share it).

No Kubernetes objects here: sitegroup.k8s.backup renders the jobs that run this code.
"""
