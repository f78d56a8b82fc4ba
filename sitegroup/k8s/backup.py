"""Kubernetes objects for site backups, as plain dicts: the backup and drill CronJobs of each site, the prune
and backup-status CronJobs of the platform, Velero schedules, and the incident Jobs ``sitegroup restore
--cluster`` and ``sitegroup integrity --cluster`` create. What those jobs run (restic, manifests, schedules,
scratch sizes, status) is sitegroup.backup; the names the jobs share with other workloads are
sitegroup.contracts.

Contract with the rest of the renderer (sitegroup.k8s.site and .platform call these functions):

Per site (namespace ``site-<id>``), ``site_backup_objects(site, env)`` returns a ServiceAccount and CronJobs
that EXPECT these objects, created by the program:

- Secret ``backup-repository`` (``BACKUP_SECRET``) in the site namespace, keys:
  - ``password``: the site's restic repository password (generated, a Pulumi secret);
  - ``rest-username`` / ``rest-password``: the site's **append-only** credentials for the backup endpoint
    (restic REST server with ``--append-only --private-repos``): they can add snapshots, never delete them;
  - ``offsite-rest-username`` / ``offsite-rest-password``: append-only credentials for the off-site endpoint,
    only for tiers with ``offsite: true`` when the environment has an ``offsite_repository``.
- The site's content PersistentVolumeClaim (``content_claim``, default ``content``); the backup jobs mount it
  read-only, so it must allow a second reader (ReadWriteMany/ReadOnlyMany, or pods on the same node for RWO).
- Egress from the site namespace to ``sitegroup.backup.repositories.backup_endpoints(env)`` (host, port)
  pairs: the jobs' only peers.
- A default StorageClass with dynamic provisioning: every large scratch area of the jobs (the backup's dump,
  the drill's restore and its scratch PostgreSQL's data, an incident Job's dump) is a generic ephemeral volume,
  a PVC created with the pod and deleted with it (sized by ``sitegroup.backup.scratch``; the namespace quota
  holds them).

For a site whose template has a database (``site.database``, ADR 0008) the jobs also EXPECT, in the site
namespace (sitegroup.k8s.database renders them):

- Secret ``database`` (``DATABASE_SECRET``), keys ``username``, ``database`` and ``password`` (generated, a
  Pulumi secret): the site's PostgreSQL role and database;
- the Service ``db`` (``DATABASE_SERVICE``) on port 5432 in front of the site's PostgreSQL server, accepting
  ingress only from pods labelled ``sitegroup.gov.cn/database-client: "true"`` (``DATABASE_CLIENT_LABELS``),
  which in turn may reach it. The backup job and the incident Jobs that touch the database carry that label;
  the drill does not: it restores the dump into a throwaway PostgreSQL in its own pod (a sidecar listening on
  the pod's loopback), never into the live server.

The CLI reads the database connection from libpq's environment (PGHOST, PGPORT, PGDATABASE, PGUSER,
PGPASSWORD); ``--database`` turns the dump (backup), its restore (restore, integrity) or its drill on.

Platform-wide, ``platform_backup_objects(env)`` returns the namespace ``backup-system`` with one prune CronJob
per tier (retention needs delete rights, which the sites never hold), and the daily ``backup-status`` CronJob
with its ConfigMap ``backup-status-sites`` (every serving site's tier promises, from the model), and EXPECTS,
in ``backup-system``:

- Secret ``backup-prune`` (``PRUNE_SECRET``): ``rest-username`` / ``rest-password``, credentials WITHOUT
  append-only (a separate REST server user or a second rest-server instance on the same storage);
- Secret ``backup-site-passwords`` (``SITE_PASSWORDS_SECRET``): one key per site id holding that site's
  repository password (the same generated value as the site's ``backup-repository``/``password``);
- Secret ``backup-status-credentials`` (``STATUS_SECRET``): one key per serving site id holding that site's
  append-only REST password (the same value as its ``backup-repository``/``rest-password``; the user is the
  site id): the status job reads with these, never with the prune credentials.

Repositories: a site's repository is ``<platform.backup_repository>/<site id>`` (and
``<platform.offsite_repository>/<site id>`` off-site; sitegroup.backup.repositories). The restic REST
credentials travel as the environment variables ``RESTIC_REST_USERNAME``/``RESTIC_REST_PASSWORD`` (restic 0.14
has no such variables; ``sitegroup`` puts them into the ``rest:`` URL itself, so they never appear in a pod
spec or a process list of the URL).
"""

from __future__ import annotations

import re
from typing import Any

from sitegroup.backup import status
from sitegroup.backup.repositories import offsite_repository, site_repository
from sitegroup.backup.schedule import drill_schedule, spread
from sitegroup.backup.scratch import backup_scratch, drill_scratch, incident_scratch
from sitegroup.contracts import (
    BACKUP_NAMESPACE,
    BACKUP_POD_LABELS,
    BACKUP_SECRET,
    CONTENT_MOUNT,
    DATABASE_CLIENT_LABELS,
    DATABASE_IMAGE,
    DATABASE_PORT,
    DATABASE_RUN_AS,
    DATABASE_SECRET,
    DATABASE_SERVICE,
    DOMAIN,
    PG_SOCKET_DIR,
    PGDATA,
    PGDATA_MOUNT,
    PRUNE_SECRET,
    RUN_AS,
    SITE_PASSWORDS_SECRET,
    SITEGROUP_IMAGE,
    STATUS_SECRET,
)
from sitegroup.k8s.database import pg_isready
from sitegroup.k8s.podsecurity import container_security_context, pod_security_context
from sitegroup.model import BackupTier, Environment, Site

STATUS_SITES = "backup-status-sites"  # the ConfigMap with what each site's tier promises
SERVICE_ACCOUNT = "sitegroup-backup"
# Paths inside the job containers (the content volume is mounted at sitegroup.contracts.CONTENT_MOUNT).
SCRATCH_DIR = "/scratch"
CACHE_DIR = "/cache"
PASSWORD_DIR = "/etc/sitegroup/backup"  # noqa: S105
PASSWORD_FILE = f"{PASSWORD_DIR}/password"
SITE_PASSWORDS_DIR = "/etc/sitegroup/site-passwords"
RETENTION_DIR = "/etc/sitegroup/retention"
STATUS_DIR = "/etc/sitegroup/status"
STATUS_CREDENTIALS_DIR = "/etc/sitegroup/status-credentials"
# Daily, in the environment's time zone: after the night's bronze backups (02:45), prunes (from 03:00) and most
# drills (01:00-05:59 start), before office hours, so a finding is on someone's desk in the morning.
STATUS_SCHEDULE = "30 7 * * *"


def _quantity(n: int) -> str:
    for unit, size in (("Gi", 1 << 30), ("Mi", 1 << 20), ("Ki", 1 << 10)):
        if n % size == 0:
            return f"{n // size}{unit}"
    return str(n)


def _labels(component: str, site: Site | None = None, tier: BackupTier | None = None) -> dict[str, str]:
    labels = {
        **BACKUP_POD_LABELS,
        "app.kubernetes.io/component": component,
        "app.kubernetes.io/part-of": "sitegroup",
        "app.kubernetes.io/managed-by": "sitegroup",
    }
    if site is not None:
        labels[f"{DOMAIN}/site"] = site.id
    if tier is not None:
        labels[f"{DOMAIN}/backup-tier"] = tier.name
    return labels


def _secret_env(name: str, secret: str, key: str, optional: bool = False) -> dict[str, Any]:
    ref: dict[str, Any] = {"name": secret, "key": key}
    if optional:
        ref["optional"] = True
    return {"name": name, "valueFrom": {"secretKeyRef": ref}}


MIB = 1 << 20
CACHE_SIZE = 1 << 30
TMP_SIZE = 256 * MIB
LOG_SIZE = 256 * MIB  # a container's logs (its root filesystem is read-only)


def _resources(cpu_req: str, mem_req: str, cpu_lim: str, mem_lim: str, cache: int = CACHE_SIZE) -> dict[str, Any]:
    """Only the small emptyDirs (restic's cache, /tmp) and the logs live on the node's disk: the scratch is a
    claim of its own (``scratch_claims_at_once``), which ephemeral-storage does not count. The kubelet evicts a
    pod whose emptyDirs and logs outgrow its limit; the request reserves the same on the node."""
    on_node = _quantity(cache + TMP_SIZE + LOG_SIZE)
    return {
        "requests": {"cpu": cpu_req, "memory": mem_req, "ephemeral-storage": on_node},
        "limits": {"cpu": cpu_lim, "memory": mem_lim, "ephemeral-storage": on_node},
    }


# -- scratch claims ----------------------------------------------------------------------------------------
# The jobs' large scratch areas are generic ephemeral volumes sized by sitegroup.backup.scratch.
#
# A claim lives as long as its pod object, not its containers: a finished Job's pod keeps its claims until the
# Job is deleted (kubernetes/kubernetes#120756). So a Job whose pod has claims is deleted
# SCRATCH_JOB_TTL_SECONDS after it ends, and a scheduled one retries in place (restartPolicy OnFailure: the
# same pod, the same claims) instead of starting a second pod beside the failed one. That keeps the claims
# that can exist at once to one set per Job, which is what the quota holds.
SCRATCH_JOB_TTL_SECONDS = 600
JOB_TTL_SECONDS = 7 * 24 * 3600  # Jobs without claims: kept a week for their logs


def _claim_volume(name: str, size: int, labels: dict[str, str]) -> dict[str, Any]:
    """A generic ephemeral volume: the PVC ``<pod>-<name>`` from the default StorageClass, deleted with the pod."""
    return {
        "name": name,
        "ephemeral": {
            "volumeClaimTemplate": {
                "metadata": {"labels": dict(labels)},
                "spec": {
                    "accessModes": ["ReadWriteOnce"],
                    "volumeMode": "Filesystem",
                    "resources": {"requests": {"storage": _quantity(size)}},
                },
            }
        },
    }


def _cronjob(
    *,
    name: str,
    namespace: str,
    schedule: str,
    timezone: str,
    labels: dict[str, str],
    annotations: dict[str, str],
    image: str,
    args: list[str],
    env: list[dict[str, Any]],
    volumes: list[dict[str, Any]],
    mounts: list[dict[str, Any]],
    resources: dict[str, Any],
    run_as: int,
    deadline_seconds: int,
    pod_labels: dict[str, str] | None = None,
    init_containers: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    pod_labels = dict(pod_labels or labels)
    claims = any("ephemeral" in v for v in volumes)  # see SCRATCH_JOB_TTL_SECONDS
    pod_spec_extra: dict[str, Any] = {"initContainers": init_containers} if init_containers else {}
    return {
        "apiVersion": "batch/v1",
        "kind": "CronJob",
        "metadata": {"name": name, "namespace": namespace, "labels": labels, "annotations": annotations},
        "spec": {
            "schedule": schedule,
            "timeZone": timezone,
            # A run still going when the next is due means the repository is slow or locked: never pile up.
            "concurrencyPolicy": "Forbid",
            "startingDeadlineSeconds": 600,
            "successfulJobsHistoryLimit": 3,
            "failedJobsHistoryLimit": 5,
            "jobTemplate": {
                "metadata": {"labels": pod_labels},
                "spec": {
                    "backoffLimit": 2,
                    "activeDeadlineSeconds": deadline_seconds,
                    "ttlSecondsAfterFinished": SCRATCH_JOB_TTL_SECONDS if claims else JOB_TTL_SECONDS,
                    "template": {
                        "metadata": {"labels": pod_labels},
                        "spec": {
                            "serviceAccountName": SERVICE_ACCOUNT,
                            "automountServiceAccountToken": False,
                            "restartPolicy": "OnFailure" if claims else "Never",
                            "securityContext": pod_security_context(run_as),
                            **pod_spec_extra,
                            "containers": [
                                {
                                    "name": labels["app.kubernetes.io/component"],
                                    "image": image,
                                    "imagePullPolicy": "IfNotPresent",
                                    "command": ["sitegroup"],
                                    "args": args,
                                    "env": env,
                                    "resources": resources,
                                    "securityContext": container_security_context(run_as),
                                    "volumeMounts": mounts,
                                }
                            ],
                            "volumes": volumes,
                        },
                    },
                },
            },
        },
    }


def _service_account(namespace: str, labels: dict[str, str]) -> dict[str, Any]:
    return {
        "apiVersion": "v1",
        "kind": "ServiceAccount",
        "metadata": {"name": SERVICE_ACCOUNT, "namespace": namespace, "labels": labels},
        "automountServiceAccountToken": False,
    }


def _common_env() -> list[dict[str, Any]]:
    return [
        {"name": "HOME", "value": "/tmp"},  # noqa: S108 (an emptyDir)
        {"name": "RESTIC_CACHE_DIR", "value": CACHE_DIR},
        {"name": "PYTHONUNBUFFERED", "value": "1"},
    ]


def _live_database_env() -> list[dict[str, Any]]:
    """libpq's environment for the site's live server: address in the clear, credentials from its Secret."""
    return [
        {"name": "PGHOST", "value": DATABASE_SERVICE},
        {"name": "PGPORT", "value": str(DATABASE_PORT)},
        _secret_env("PGDATABASE", DATABASE_SECRET, "database"),
        _secret_env("PGUSER", DATABASE_SECRET, "username"),
        _secret_env("PGPASSWORD", DATABASE_SECRET, "password"),
    ]


def _scratch_database_env() -> list[dict[str, Any]]:
    """libpq's environment for the drill's throwaway server on the pod's loopback (no password: see below)."""
    return [
        {"name": "PGHOST", "value": "127.0.0.1"},
        {"name": "PGPORT", "value": str(DATABASE_PORT)},
        {"name": "PGUSER", "value": "postgres"},
        {"name": "PGDATABASE", "value": "postgres"},
    ]


# The drill's scratch database (tests/backup/test_quota_fit.py keeps sitegroup.rules' SCRATCH_DB_* in step).
SCRATCH_DB_CPU_REQUEST, SCRATCH_DB_MEMORY_REQUEST = "100m", "256Mi"
SCRATCH_DB_CPU_LIMIT, SCRATCH_DB_MEMORY_LIMIT = "1", "1Gi"
SCRATCH_DB_TMP = 64 * MIB


def _scratch_database(image: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The drill's throwaway PostgreSQL: a native sidecar (an init container with restartPolicy Always, so
    it starts, passes its startup probe, before the drill container and stops when the drill ends), PGDATA in
    the drill's ``scratch-db`` claim (gone with the pod). Returns the container and its small volumes."""
    on_node = _quantity(SCRATCH_DB_TMP + LOG_SIZE)
    container = {
        "name": "scratch-db",
        "image": image,
        "imagePullPolicy": "IfNotPresent",
        "restartPolicy": "Always",
        # Listens on the pod's loopback only: nothing outside this pod can connect (the drill pod has no
        # ingress anyway). That, and only that, makes trust authentication acceptable here: the only client
        # is the drill container in the same pod, and the server holds a throwaway copy.
        "args": ["-c", "listen_addresses=127.0.0.1"],
        "env": [
            {"name": "POSTGRES_HOST_AUTH_METHOD", "value": "trust"},
            {"name": "PGDATA", "value": PGDATA},
        ],
        "resources": {
            "requests": {"cpu": SCRATCH_DB_CPU_REQUEST, "memory": SCRATCH_DB_MEMORY_REQUEST,
                         "ephemeral-storage": on_node},
            "limits": {"cpu": SCRATCH_DB_CPU_LIMIT, "memory": SCRATCH_DB_MEMORY_LIMIT,
                       "ephemeral-storage": on_node},
        },
        "securityContext": container_security_context(DATABASE_RUN_AS),
        # The drill container starts only once this passes: after initdb, on the final server's TCP listener.
        "startupProbe": {**pg_isready("postgres", "postgres"), "periodSeconds": 2, "timeoutSeconds": 5,
                         "failureThreshold": 150},
        "volumeMounts": [
            {"name": "scratch-db", "mountPath": PGDATA_MOUNT},
            {"name": "scratch-db-run", "mountPath": PG_SOCKET_DIR},
            {"name": "scratch-db-tmp", "mountPath": "/tmp"},  # noqa: S108 (an emptyDir)
        ],
    }
    volumes = [
        {"name": "scratch-db-run", "emptyDir": {"medium": "Memory", "sizeLimit": "1Mi"}},
        {"name": "scratch-db-tmp", "emptyDir": {"sizeLimit": _quantity(SCRATCH_DB_TMP)}},
    ]
    return container, volumes


def site_backup_objects(
    site: Site,
    env: Environment,
    *,
    image: str = SITEGROUP_IMAGE,
    content_claim: str = "content",
    content_subpath: str = "htdocs",
    run_as: int = RUN_AS,
    database_image: str = DATABASE_IMAGE,
) -> list[dict[str, Any]]:
    """The per-site backup objects: a ServiceAccount, the backup CronJob (with the off-site copy when the
    tier asks for one) and the restore-drill CronJob. For a site with a database the backup also dumps it
    (``--database``, dump staged in ``--scratch``) and the drill restores that dump into a scratch database
    in its own pod. The module docstring states the Secret/PVC/egress contract."""
    tier = site.backup
    db = site.database
    ns = site.namespace
    tz = env.platform.timezone
    repo = site_repository(env, site)
    offsite = offsite_repository(env, site)
    annotations = {
        f"{DOMAIN}/backup-repository": repo,
        f"{DOMAIN}/backup-rpo-hours": str(tier.rpo_hours),
        f"{DOMAIN}/backup-retention": (
            f"hourly={tier.retention.hourly},daily={tier.retention.daily},"
            f"weekly={tier.retention.weekly},monthly={tier.retention.monthly}"
        ),
    }
    if offsite:
        annotations[f"{DOMAIN}/offsite-repository"] = offsite

    password_volume = {
        "name": "repository-password",
        "secret": {
            "secretName": BACKUP_SECRET,
            "items": [{"key": "password", "path": "password"}],
            "defaultMode": 0o440,
        },
    }
    cache_volume = {"name": "cache", "emptyDir": {"sizeLimit": _quantity(CACHE_SIZE)}}
    tmp_volume = {"name": "tmp", "emptyDir": {"sizeLimit": _quantity(TMP_SIZE)}}
    base_mounts = [
        {"name": "repository-password", "mountPath": PASSWORD_DIR, "readOnly": True},
        {"name": "cache", "mountPath": CACHE_DIR},
        {"name": "tmp", "mountPath": "/tmp"},  # noqa: S108 (an emptyDir)
    ]
    creds = [
        _secret_env("RESTIC_REST_USERNAME", BACKUP_SECRET, "rest-username"),
        _secret_env("RESTIC_REST_PASSWORD", BACKUP_SECRET, "rest-password"),
    ]

    backup_args = [
        "backup",
        site.id,
        "--repo",
        repo,
        "--password-file",
        PASSWORD_FILE,
        "--content",
        content_dir(content_subpath),
    ]
    backup_env = _common_env() + creds
    backup_volumes = [
        {"name": "content", "persistentVolumeClaim": {"claimName": content_claim, "readOnly": True}},
        password_volume,
        cache_volume,
        tmp_volume,
    ]
    backup_mounts = [{"name": "content", "mountPath": CONTENT_MOUNT, "readOnly": True}, *base_mounts]
    backup_pod_labels = None
    if db is not None:
        # The dump is written to scratch, then backed up as its own snapshot (tag db:<site>).
        backup_args += ["--database", "--scratch", SCRATCH_DIR]
        backup_env += _live_database_env()
        backup_volumes += [_claim_volume(name, size, _labels("backup", site, tier))
                           for name, size in backup_scratch(db).items()]
        backup_mounts.append({"name": "scratch", "mountPath": SCRATCH_DIR})
        backup_pod_labels = {**_labels("backup", site, tier), **DATABASE_CLIENT_LABELS}
    backup_args += ["--init-if-missing", "--format", "json"]
    if offsite:
        backup_args += ["--offsite-repo", offsite]
        backup_env += [
            _secret_env("SITEGROUP_OFFSITE_REST_USERNAME", BACKUP_SECRET, "offsite-rest-username"),
            _secret_env("SITEGROUP_OFFSITE_REST_PASSWORD", BACKUP_SECRET, "offsite-rest-password"),
        ]
    backup = _cronjob(
        name="backup",
        namespace=ns,
        schedule=tier.schedule,
        timezone=tz,
        labels=_labels("backup", site, tier),
        annotations=annotations,
        image=image,
        args=backup_args,
        env=backup_env,
        volumes=backup_volumes,
        mounts=backup_mounts,
        resources=_resources("100m", "256Mi", "1", "1Gi"),
        run_as=run_as,
        deadline_seconds=max(1800, min(tier.rpo_hours * 3600, 6 * 3600)),
        pod_labels=backup_pod_labels,
    )

    # The drill restores the whole site into scratch (as large as the site's storage, gone with the pod);
    # with a database also the dump, which it restores into the scratch database beside it, never the live one.
    drill_args = ["drill", site.id, "--repo", repo, "--password-file", PASSWORD_FILE]
    drill_env = _common_env() + creds
    drill_labels = _labels("restore-drill", site, tier)
    drill_claims = [_claim_volume(name, size, drill_labels)
                    for name, size in drill_scratch(site.resources.storage, db).items()]
    sidecars: list[dict[str, Any]] = []
    sidecar_volumes: list[dict[str, Any]] = []
    if db is not None:
        drill_args.append("--database")
        drill_env += _scratch_database_env()
        sidecar, sidecar_volumes = _scratch_database(database_image)
        sidecars.append(sidecar)
    drill_args += ["--scratch", SCRATCH_DIR, "--format", "json"]

    drill = _cronjob(
        name="backup-drill",
        namespace=ns,
        schedule=drill_schedule(site.id, tier.drill_every_days),
        timezone=tz,
        labels=drill_labels,
        annotations={**annotations, f"{DOMAIN}/drill-every-days": str(tier.drill_every_days)},
        image=image,
        args=drill_args,
        env=drill_env,
        volumes=[*drill_claims, password_volume, cache_volume, tmp_volume, *sidecar_volumes],
        mounts=[{"name": "scratch", "mountPath": SCRATCH_DIR}, *base_mounts],
        resources=_resources("100m", "256Mi", "1", "1Gi"),
        run_as=run_as,
        deadline_seconds=6 * 3600,
        init_containers=sidecars,
    )
    return [_service_account(ns, _labels("backup", site)), backup, drill]


def content_dir(content_subpath: str) -> str:
    if not re.fullmatch(r"[A-Za-z0-9._-]+", content_subpath) or content_subpath in {".", ".."}:
        raise ValueError(f"content_subpath must be one plain folder name, not {content_subpath!r}")
    return f"{CONTENT_MOUNT}/{content_subpath}"


def _tier_sites(env: Environment) -> dict[str, list[str]]:
    by_tier: dict[str, list[str]] = {name: [] for name in env.backup_tiers}
    for site in env.sites:
        by_tier.setdefault(site.backup.name, []).append(site.id)
    return by_tier


_PRUNE_HOURS = {"gold": 3, "silver": 4, "bronze": 5}


def platform_backup_objects(
    env: Environment, *, image: str = SITEGROUP_IMAGE, run_as: int = RUN_AS, include_namespace: bool = True
) -> list[dict[str, Any]]:
    """The ``backup-system`` namespace, a ConfigMap listing each tier's sites, and one prune CronJob per tier
    applying the tier's retention (``restic forget --keep-* --prune``) to every site repository of that tier.

    Expects the Secrets ``backup-prune`` and ``backup-site-passwords`` described in the module docstring.
    Closed sites stay listed: their backups are records and the tier's retention still applies.
    """
    ns = BACKUP_NAMESPACE
    objects: list[dict[str, Any]] = []
    if include_namespace:
        version = env.platform.kubernetes_version
        pss_version = "v" + ".".join(re.findall(r"\d+", version)[:2]) if version else "latest"
        pss = {f"pod-security.kubernetes.io/{mode}": "restricted" for mode in ("enforce", "warn", "audit")}
        pss.update({f"pod-security.kubernetes.io/{mode}-version": pss_version for mode in ("enforce", "warn", "audit")})
        objects.append(
            {
                "apiVersion": "v1",
                "kind": "Namespace",
                "metadata": {"name": ns, "labels": {**_labels("prune"), **pss}},
            }
        )
    by_tier = _tier_sites(env)
    objects.append(
        {
            "apiVersion": "v1",
            "kind": "ConfigMap",
            "metadata": {"name": "backup-retention-sites", "namespace": ns, "labels": _labels("prune")},
            "data": {tier: "".join(f"{s}\n" for s in sorted(ids)) for tier, ids in sorted(by_tier.items())},
        }
    )
    objects.append(_service_account(ns, _labels("prune")))
    for tier_name, tier in sorted(env.backup_tiers.items()):
        if not by_tier.get(tier_name):
            continue
        hour = _PRUNE_HOURS.get(tier_name, 2 + tier.rank % 4)
        r = tier.retention
        args = [
            "retention",
            "--sites-file",
            f"{RETENTION_DIR}/{tier_name}",
            "--repo-prefix",
            env.platform.backup_repository.rstrip("/"),
            "--password-dir",
            SITE_PASSWORDS_DIR,
            "--keep-hourly",
            str(r.hourly),
            "--keep-daily",
            str(r.daily),
            "--keep-weekly",
            str(r.weekly),
            "--keep-monthly",
            str(r.monthly),
            "--format",
            "json",
        ]
        objects.append(
            _cronjob(
                name=f"prune-{tier_name}",
                namespace=ns,
                schedule=f"{10 * tier.rank % 60} {hour} * * *",
                timezone=env.platform.timezone,
                labels=_labels("prune", tier=tier),
                annotations={f"{DOMAIN}/sites": str(len(by_tier[tier_name]))},
                image=image,
                args=args,
                env=[
                    *_common_env(),
                    _secret_env("RESTIC_REST_USERNAME", PRUNE_SECRET, "rest-username"),
                    _secret_env("RESTIC_REST_PASSWORD", PRUNE_SECRET, "rest-password"),
                ],
                volumes=[
                    {
                        "name": "site-passwords",
                        "secret": {"secretName": SITE_PASSWORDS_SECRET, "defaultMode": 0o440},
                    },
                    {
                        "name": "retention-sites",
                        "configMap": {"name": "backup-retention-sites", "defaultMode": 0o444},
                    },
                    {"name": "cache", "emptyDir": {"sizeLimit": _quantity(2 * CACHE_SIZE)}},
                    {"name": "tmp", "emptyDir": {"sizeLimit": _quantity(TMP_SIZE)}},
                ],
                mounts=[
                    {"name": "site-passwords", "mountPath": SITE_PASSWORDS_DIR, "readOnly": True},
                    {"name": "retention-sites", "mountPath": RETENTION_DIR, "readOnly": True},
                    {"name": "cache", "mountPath": CACHE_DIR},
                    {"name": "tmp", "mountPath": "/tmp"},  # noqa: S108 (an emptyDir)
                ],
                resources=_resources("200m", "512Mi", "2", "2Gi", cache=2 * CACHE_SIZE),
                run_as=run_as,
                deadline_seconds=20 * 3600,
            )
        )
    objects += backup_status_objects(env, image=image, run_as=run_as)
    if env.platform.velero:
        objects += velero_schedules(env)
    return objects


def backup_status_objects(
    env: Environment, *, image: str = SITEGROUP_IMAGE, run_as: int = RUN_AS
) -> list[dict[str, Any]]:
    """The daily ``backup-status`` CronJob in ``backup-system`` and the ConfigMap ``backup-status-sites`` it
    reads: every serving site's tier promises (rpo_hours, drill_every_days, database), rendered from the model
    (sitegroup.backup.status). The Job fails (exit 1) when any site has a finding, which is the alert.

    Read-only and least privilege: it reads each repository with ``restic snapshots --no-lock`` (writes
    nothing), as the site's own append-only REST user (Secret ``backup-status-credentials``: one key per
    serving site id, that site's ``rest-password``; the user is the site id), never with the prune job's
    delete-capable credentials; the repository passwords come from ``backup-site-passwords``."""
    ns = BACKUP_NAMESPACE
    labels = _labels("backup-status")
    sites = status.expectations(env)
    config = {
        "apiVersion": "v1",
        "kind": "ConfigMap",
        "metadata": {"name": STATUS_SITES, "namespace": ns, "labels": labels},
        "data": {"sites.json": status.expectations_document(env)},
    }
    args = [
        "backup-status",
        "--sites-file",
        f"{STATUS_DIR}/sites.json",
        "--repo-prefix",
        env.platform.backup_repository.rstrip("/"),
        "--password-dir",
        SITE_PASSWORDS_DIR,
        "--rest-password-dir",
        STATUS_CREDENTIALS_DIR,
        "--format",
        "json",
        "--quiet",  # the log is the JSON report
    ]
    cron = _cronjob(
        name="backup-status",
        namespace=ns,
        schedule=STATUS_SCHEDULE,
        timezone=env.platform.timezone,
        labels=labels,
        annotations={f"{DOMAIN}/sites": str(len(sites))},
        image=image,
        args=args,
        env=_common_env(),
        volumes=[
            {"name": "site-passwords", "secret": {"secretName": SITE_PASSWORDS_SECRET, "defaultMode": 0o440}},
            {"name": "status-credentials", "secret": {"secretName": STATUS_SECRET, "defaultMode": 0o440}},
            {"name": "status-sites", "configMap": {"name": STATUS_SITES, "defaultMode": 0o444}},
            {"name": "cache", "emptyDir": {"sizeLimit": _quantity(CACHE_SIZE)}},
            {"name": "tmp", "emptyDir": {"sizeLimit": _quantity(TMP_SIZE)}},
        ],
        mounts=[
            {"name": "site-passwords", "mountPath": SITE_PASSWORDS_DIR, "readOnly": True},
            {"name": "status-credentials", "mountPath": STATUS_CREDENTIALS_DIR, "readOnly": True},
            {"name": "status-sites", "mountPath": STATUS_DIR, "readOnly": True},
            {"name": "cache", "mountPath": CACHE_DIR},
            {"name": "tmp", "mountPath": "/tmp"},  # noqa: S108 (an emptyDir)
        ],
        resources=_resources("100m", "256Mi", "1", "1Gi"),
        run_as=run_as,
        deadline_seconds=4 * 3600,
    )
    # Exit 1 (findings) and 2 (usage) are verdicts, not faults: fail the Job at once rather than read every
    # repository twice more; a crash, an OOM kill or a drained node still retries (backoffLimit).
    cron["spec"]["jobTemplate"]["spec"]["podFailurePolicy"] = {
        "rules": [
            {"action": "FailJob",
             "onExitCodes": {"containerName": "backup-status", "operator": "In", "values": [1, 2]}},
            {"action": "Ignore", "onPodConditions": [{"type": "DisruptionTarget", "status": "True"}]},
        ]
    }
    return [config, cron]


VELERO_NAMESPACE = "velero"


def velero_schedules(env: Environment) -> list[dict[str, Any]]:
    """Optional (environment.yaml platform.velero): a Velero Schedule per serving site for its namespace's
    Kubernetes objects only. Site content never depends on it: restic jobs above carry the data, so
    volumes are excluded (no snapshots, no file-system backup: Velero's uploader is Kopia since restic
    support was removed). Kept as long as the tier keeps daily backups."""
    out = []
    for site in env.sites:
        if not site.serving:
            continue
        days = max(site.backup.retention.daily, 1)
        out.append({
            "apiVersion": "velero.io/v1",
            "kind": "Schedule",
            "metadata": {"name": f"site-{site.id}", "namespace": VELERO_NAMESPACE,
                         "labels": _labels("velero-schedule", site, site.backup)},
            "spec": {
                "schedule": f"{spread(site.id, 'velero', 60)} {spread(site.id, 'velero-h', 4)} * * *",
                "useOwnerReferencesInBackup": False,
                "template": {
                    "includedNamespaces": [site.namespace],
                    "includeClusterResources": False,
                    "snapshotVolumes": False,
                    "defaultVolumesToFsBackup": False,
                    "ttl": f"{days * 24}h0m0s",
                },
            },
        })
    return out


_SNAPSHOT_ID = re.compile(r"[0-9a-f]{64}")


def restore_job(
    site: Site,
    env: Environment,
    snapshot_id: str | None,
    *,
    verify_only: bool = False,
    database: bool = False,
    db_snapshot: str | None = None,
    **options: Any,
) -> dict[str, Any]:
    """A one-off Job restoring ``snapshot_id`` (a full 64-hex restic id, resolved beforehand: a Job must never
    pick "latest" on its own, which could be a snapshot taken after the defacement) into the site's content
    volume, verified against the manifest, swapped in atomically, the replaced content kept in the volume.
    With ``database`` it also (or, with no content snapshot, only) restores the database dump ``db_snapshot``
    (pinned the same way) into the site's live server. ``options``: those of ``incident_job`` (name, image,
    content_claim, content_subpath, run_as)."""
    return incident_job(
        site,
        env,
        "restore",
        snapshot_id,
        extra_args=["--verify-only"] if verify_only else [],
        writable=True,  # --verify-only too: its scratch copy is staged inside the volume
        database=database,
        db_snapshot=db_snapshot,
        **options,
    )


def integrity_job(site: Site, env: Environment, snapshot_id: str | None, *, repair: bool = False,
                  **options: Any) -> dict[str, Any]:
    """A one-off Job comparing the live content with a pinned snapshot's manifest (防篡改 check); with
    ``repair`` it restores just the differing files and moves added ones aside. Read-only unless repairing.
    Content only: a CMS database changes legitimately all day, so there is no manifest to compare it with;
    a tampered database is restored (``restore_job(database=True)``) to a snapshot from before the attack.
    ``options``: those of ``incident_job``."""
    return incident_job(
        site,
        env,
        "integrity",
        snapshot_id,
        extra_args=["--quiet", "--repair"] if repair else ["--quiet"],  # logs = the JSON report
        writable=repair,
        database=False,  # and a caller's database=... is a TypeError, not silently a database Job
        **options,
    )


def incident_job(
    site: Site,
    env: Environment,
    command: str,
    snapshot_id: str | None,
    *,
    name: str,
    image: str = SITEGROUP_IMAGE,
    content_claim: str = "content",
    content_subpath: str = "htdocs",
    run_as: int = RUN_AS,
    extra_args: list[str] | None = None,
    writable: bool = False,
    database: bool = False,
    db_snapshot: str | None = None,
) -> dict[str, Any]:
    """A one-off Job running ``sitegroup COMMAND SITE [--content DIR --snapshot ID] [--database --db-snapshot
    ID --scratch DIR]``: the content part against the site's content volume (mounted only when a content
    snapshot is given), the database part against the site's live server (the Job then carries the
    database-client label and libpq's environment, and a scratch claim for the dump as large as the
    database's storage, ``incident_scratch``). Every snapshot is a pinned full 64-hex id."""
    if command not in {"restore", "integrity"}:
        raise ValueError(f"no incident Job for {command!r}")
    if snapshot_id is None and not database:
        raise ValueError("an incident Job needs a content snapshot, the database, or both")
    if snapshot_id is not None and not _SNAPSHOT_ID.fullmatch(snapshot_id):
        raise ValueError(f"an incident Job needs a full 64-hex snapshot id, not {snapshot_id!r}")
    if database:
        if site.database is None:
            raise ValueError(f"site {site.id} has no database (its template {site.template.name} has none)")
        if db_snapshot is None or not _SNAPSHOT_ID.fullmatch(db_snapshot):
            raise ValueError(f"a database incident Job needs a full 64-hex --db-snapshot id, not {db_snapshot!r}")
    elif db_snapshot is not None:
        raise ValueError("db_snapshot is given but database is not: pass database=True to touch the database")
    if not re.fullmatch(r"[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?", name):
        raise ValueError(f"invalid Job name {name!r}")
    args = [command, site.id, "--repo", site_repository(env, site), "--password-file", PASSWORD_FILE]
    annotations: dict[str, str] = {}
    volumes: list[dict[str, Any]] = []
    mounts: list[dict[str, Any]] = []
    if snapshot_id is not None:
        args += ["--content", content_dir(content_subpath), "--snapshot", snapshot_id]
        annotations[f"{DOMAIN}/snapshot"] = snapshot_id
        pvc: dict[str, Any] = {"claimName": content_claim}
        mount: dict[str, Any] = {"name": "content", "mountPath": CONTENT_MOUNT}
        if not writable:
            pvc["readOnly"] = True
            mount["readOnly"] = True
        volumes.append({"name": "content", "persistentVolumeClaim": pvc})
        mounts.append(mount)
    job_env = [
        *_common_env(),
        _secret_env("RESTIC_REST_USERNAME", BACKUP_SECRET, "rest-username"),
        _secret_env("RESTIC_REST_PASSWORD", BACKUP_SECRET, "rest-password"),
    ]
    labels = _labels(command, site, site.backup)
    pod_labels = None
    if database:
        assert db_snapshot is not None and site.database is not None
        # The dump is fetched into scratch, then loaded beside the live database (the CLI swaps the names).
        args += ["--database", "--db-snapshot", db_snapshot, "--scratch", SCRATCH_DIR]
        annotations[f"{DOMAIN}/db-snapshot"] = db_snapshot
        job_env += _live_database_env()
        pod_labels = {**labels, **DATABASE_CLIENT_LABELS}
        volumes += [_claim_volume(name, size, labels) for name, size in incident_scratch(site.database).items()]
        mounts.append({"name": "scratch", "mountPath": SCRATCH_DIR})
    args += ["--format", "json", *(extra_args or [])]
    cron = _cronjob(
        name=name,
        namespace=site.namespace,
        schedule="@daily",
        timezone=env.platform.timezone,
        labels=labels,
        annotations=annotations,
        image=image,
        args=args,
        env=job_env,
        volumes=[
            *volumes,
            {
                "name": "repository-password",
                "secret": {
                    "secretName": BACKUP_SECRET,
                    "items": [{"key": "password", "path": "password"}],
                    "defaultMode": 0o440,
                },
            },
            {"name": "cache", "emptyDir": {"sizeLimit": _quantity(CACHE_SIZE)}},
            {"name": "tmp", "emptyDir": {"sizeLimit": _quantity(TMP_SIZE)}},
        ],
        mounts=[
            *mounts,
            {"name": "repository-password", "mountPath": PASSWORD_DIR, "readOnly": True},
            {"name": "cache", "mountPath": CACHE_DIR},
            {"name": "tmp", "mountPath": "/tmp"},  # noqa: S108 (an emptyDir)
        ],
        resources=_resources("200m", "256Mi", "1", "1Gi"),  # LimitRange admits 1 CPU, 1Gi
        run_as=run_as,
        deadline_seconds=4 * 3600,
        pod_labels=pod_labels,
    )
    job_spec = cron["spec"]["jobTemplate"]["spec"]
    job_spec["backoffLimit"] = 0  # a failed restore needs a human, not a retry over a half-swapped tree
    job_spec["template"]["spec"]["restartPolicy"] = "Never"  # not even in place
    return {
        "apiVersion": "batch/v1",
        "kind": "Job",
        "metadata": {
            "name": name,
            "namespace": site.namespace,
            "labels": labels,
            "annotations": cron["metadata"]["annotations"],
        },
        "spec": job_spec,
    }
