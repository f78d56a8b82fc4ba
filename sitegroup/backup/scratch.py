"""How large the backup jobs' scratch claims are: the one sizing the jobs and the namespace quota share.

The jobs' large scratch areas grow with the site (its content, its database): on a node's disk (emptyDir) a
drill of the province portal would need over 100Gi of one node's ephemeral storage. They are generic ephemeral
volumes instead (a PVC from the default StorageClass, created with the pod, deleted with it; sitegroup.k8s.backup
renders them). Their sizes come from these functions alone: the job renderer and the namespace quota
(sitegroup.rules.namespace_quota) both call them.
"""

from __future__ import annotations

from sitegroup.model import Database


def backup_scratch(database: Database | None) -> dict[str, int]:
    """The backup's claims (volume name -> bytes): for a site with a database, the dump, as large as the
    database's storage; none for content alone (restic reads the content volume directly)."""
    return {"scratch": database.storage} if database is not None else {}


def drill_scratch(content_storage: int, database: Database | None) -> dict[str, int]:
    """The drill's claims: the whole content restored into scratch (and, for a database site, the dump it
    restores from: the CLI takes one --scratch), and its scratch PostgreSQL's data directory."""
    if database is None:
        return {"scratch": content_storage}
    return {"scratch": content_storage + database.storage, "scratch-db": database.storage}


def incident_scratch(database: Database | None) -> dict[str, int]:
    """An incident Job's claims: the dump it fetches when it restores the database; none for content (a
    content restore stages its copy inside the content volume, ADR 0004)."""
    return {"scratch": database.storage} if database is not None else {}


def scratch_claims_at_once(content_storage: int, database: Database | None) -> list[int]:
    """Every scratch claim (its size) that can exist at once in a site namespace: a backup, a drill and an
    incident restore of the database running together, one pod each (see SCRATCH_JOB_TTL_SECONDS)."""
    return [*backup_scratch(database).values(), *drill_scratch(content_storage, database).values(),
            *incident_scratch(database).values()]
