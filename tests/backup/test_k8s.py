"""The per-site and platform backup manifests: schema-valid (strict), hardened, and wired to the tier."""

from __future__ import annotations

import copy
import dataclasses
import re

import kubernetes_validate
import pytest

from sitegroup import contracts
from sitegroup.backup import repositories, schedule
from sitegroup.k8s import backup as k8s
from tests.backup.models import make_env, make_site

# The cluster floor the stacks target and the newest schema kubernetes-validate 1.37.0 ships.
VERSIONS = ("1.31", "1.37")


def _all_objects():
    env = make_env()
    objs = []
    for site in env.sites:
        objs += k8s.site_backup_objects(site, env)
    objs += k8s.platform_backup_objects(env)
    objs.append(k8s.restore_job(env.sites[0], env, "a" * 64, name="restore-20261127-1200"))
    return objs


@pytest.mark.parametrize("version", VERSIONS)
def test_every_object_is_valid_strict(version):
    for obj in _all_objects():
        kubernetes_validate.validate(obj, version, strict=True)


def test_strict_validation_catches_an_unknown_field():
    cron = next(o for o in _all_objects() if o["kind"] == "CronJob")
    bad = copy.deepcopy(cron)
    bad["spec"]["jobTemplate"]["spec"]["template"]["spec"]["containers"][0]["readOnlyRootFs"] = True
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(bad, "1.31", strict=True)


def _pods(objs):
    for o in objs:
        if o["kind"] == "CronJob":
            yield o, o["spec"]["jobTemplate"]["spec"]["template"]["spec"]
        elif o["kind"] == "Job":
            yield o, o["spec"]["template"]["spec"]


def test_pods_are_hardened():
    pods = list(_pods(_all_objects()))
    assert len(pods) >= 6
    for obj, pod in pods:
        assert pod["automountServiceAccountToken"] is False, obj["metadata"]["name"]
        assert pod["securityContext"]["runAsNonRoot"] is True
        assert pod["securityContext"]["seccompProfile"] == {"type": "RuntimeDefault"}
        for c in pod["containers"]:
            sc = c["securityContext"]
            assert sc["readOnlyRootFilesystem"] is True
            assert sc["allowPrivilegeEscalation"] is False
            assert sc["capabilities"] == {"drop": ["ALL"]}
            assert set(c["resources"]["limits"]) >= {"cpu", "memory"}
            assert set(c["resources"]["requests"]) >= {"cpu", "memory"}
            # the repository password is a file from a Secret, never a literal value in the spec
            for e in c.get("env", []):
                if "PASSWORD" in e["name"] or "USERNAME" in e["name"]:
                    assert "secretKeyRef" in e["valueFrom"], e


def test_backup_cronjob_follows_the_tier_and_mounts_content_read_only():
    env = make_env()
    site = env.site("hengshan")
    objs = {o["metadata"]["name"]: o for o in k8s.site_backup_objects(site, env)}
    backup = objs["backup"]
    assert backup["metadata"]["namespace"] == "site-hengshan"
    assert backup["spec"]["schedule"] == site.backup.schedule == "15 * * * *"
    assert backup["spec"]["timeZone"] == "Asia/Shanghai"
    assert backup["spec"]["concurrencyPolicy"] == "Forbid"
    pod = backup["spec"]["jobTemplate"]["spec"]["template"]["spec"]
    vols = {v["name"]: v for v in pod["volumes"]}
    assert vols["content"]["persistentVolumeClaim"] == {"claimName": "content", "readOnly": True}
    mount = next(m for m in pod["containers"][0]["volumeMounts"] if m["name"] == "content")
    assert mount["readOnly"] is True
    args = pod["containers"][0]["args"]
    assert args[:2] == ["backup", "hengshan"]
    assert args[args.index("--repo") + 1] == "rest:https://backup.backup-system.svc.cluster.local:8000/hengshan"
    assert args[args.index("--content") + 1] == "/site/volume/htdocs"
    # gold asks for an off-site copy
    assert args[args.index("--offsite-repo") + 1] == "s3:https://oss.offsite.example.gov.cn/sitegroup-dr/hengshan"
    assert vols["repository-password"]["secret"]["secretName"] == contracts.BACKUP_SECRET


def test_bronze_has_no_offsite_copy_and_drills_within_its_90_days():
    env = make_env()
    objs = {o["metadata"]["name"]: o for o in k8s.site_backup_objects(env.site("lishui"), env)}
    args = objs["backup"]["spec"]["jobTemplate"]["spec"]["template"]["spec"]["containers"][0]["args"]
    assert "--offsite-repo" not in args
    *_, month, dow = objs["backup-drill"]["spec"]["schedule"].split()
    assert re.fullmatch(r"\d+-12/2", month) and dow == "*"  # every two months: quarterly runs up to 92 apart


def test_drill_restores_into_bounded_scratch():
    env = make_env()
    drill = next(
        o for o in k8s.site_backup_objects(env.site("hengshan"), env) if o["metadata"]["name"] == "backup-drill"
    )
    pod = drill["spec"]["jobTemplate"]["spec"]["template"]["spec"]
    scratch = next(v for v in pod["volumes"] if v["name"] == "scratch")
    # A claim of the site's storage (generic ephemeral volume: created and deleted with the pod), not node disk.
    template = scratch["ephemeral"]["volumeClaimTemplate"]
    assert template["spec"] == {"accessModes": ["ReadWriteOnce"], "volumeMode": "Filesystem",
                                "resources": {"requests": {"storage": "20Gi"}}}
    assert "storageClassName" not in template["spec"]  # the cluster's default StorageClass (docs/deploy.md)
    assert template["metadata"]["labels"]["sitegroup.gov.cn/site"] == "hengshan"
    assert "content" not in {v["name"] for v in pod["volumes"]}  # a drill never touches the live volume
    assert pod["containers"][0]["args"][:2] == ["drill", "hengshan"]


@pytest.mark.parametrize(
    ("days", "pattern"),
    [
        (1, r"\d+ \d+ \* \* \*"),
        (7, r"\d+ \d+ \* \* [0-6]"),
        (3, r"\d+ \d+ 1-31/3 \* \*"),
        (14, r"\d+ \d+ \* \* [0-6]"),
        (30, r"\d+ \d+ \d+,\d+ \* \*"),
        (31, r"\d+ \d+ \d+ \* \*"),
        (90, r"\d+ \d+ \d+ [12]-12/2 \*"),
    ],
)
def test_drill_schedule(days, pattern):
    expr = schedule.drill_schedule("hengshan", days)
    assert re.fullmatch(pattern, expr), expr
    assert schedule.drill_schedule("hengshan", days) == expr  # stable across renders
    minute, hour = map(int, expr.split()[:2])
    assert 0 <= minute < 60 and 1 <= hour <= 5


def test_platform_prunes_each_tier_with_separate_credentials():
    env = make_env()
    objs = k8s.platform_backup_objects(env)
    kinds = [o["kind"] for o in objs]
    assert kinds.count("Namespace") == 1
    ns = objs[0]
    assert ns["metadata"]["name"] == "backup-system"
    assert ns["metadata"]["labels"]["pod-security.kubernetes.io/enforce"] == "restricted"
    sites = next(o for o in objs if o["kind"] == "ConfigMap" and o["metadata"]["name"] == "backup-retention-sites")[
        "data"]
    assert sites == {"bronze": "lishui\n", "gold": "hengshan\n", "silver": ""}
    crons = {o["metadata"]["name"]: o for o in objs if o["kind"] == "CronJob"}
    assert set(crons) == {"prune-gold", "prune-bronze", "backup-status"}  # no silver sites here
    c = crons["prune-gold"]["spec"]["jobTemplate"]["spec"]["template"]["spec"]["containers"][0]
    args = c["args"]
    assert args[args.index("--keep-hourly") + 1] == "48"
    assert args[args.index("--keep-monthly") + 1] == "12"
    refs = {e["valueFrom"]["secretKeyRef"]["name"] for e in c["env"] if "valueFrom" in e}
    assert refs == {contracts.PRUNE_SECRET}
    for o in objs:
        assert o["metadata"].get("namespace", "backup-system") == "backup-system"


def test_restore_job_pins_a_full_snapshot_id():
    env = make_env()
    site = env.site("hengshan")
    job = k8s.restore_job(site, env, "b" * 64, name="restore-1")
    args = job["spec"]["template"]["spec"]["containers"][0]["args"]
    assert args[args.index("--snapshot") + 1] == "b" * 64
    assert "latest" not in args
    assert job["spec"]["backoffLimit"] == 0
    vols = {v["name"]: v for v in job["spec"]["template"]["spec"]["volumes"]}
    assert vols["content"]["persistentVolumeClaim"] == {"claimName": "content"}  # writable for the swap
    for bad in ("latest", "abc123", "b" * 63 + "z"):
        with pytest.raises(ValueError):
            k8s.restore_job(site, env, bad, name="restore-1")
    with pytest.raises(ValueError):
        k8s.restore_job(site, env, "b" * 64, name="Restore;rm")


@pytest.mark.parametrize("subpath", ["../x", "a/b", "", "..", "a b"])
def test_content_subpath_is_one_plain_folder(subpath):
    env = make_env()
    with pytest.raises(ValueError):
        k8s.site_backup_objects(env.site("hengshan"), env, content_subpath=subpath)


@pytest.mark.parametrize(
    ("url", "endpoint"),
    [
        ("rest:https://backup.backup-system.svc:8000", ("backup.backup-system.svc", 8000)),
        ("rest:http://10.0.0.5/", ("10.0.0.5", 80)),
        ("s3:https://oss.example.gov.cn/bucket", ("oss.example.gov.cn", 443)),
        ("s3:minio.local:9000/bucket", ("minio.local", 9000)),
        ("sftp:backup@dr.example.gov.cn:/srv/restic", ("dr.example.gov.cn", 22)),
        ("sftp://backup@dr.example.gov.cn:2222/srv", ("dr.example.gov.cn", 2222)),
        ("/var/lib/restic", None),
    ],
)
def test_repository_endpoint(url, endpoint):
    assert repositories.repository_endpoint(url) == endpoint


def test_backup_endpoints_for_egress():
    env = make_env()
    assert repositories.backup_endpoints(env) == [
        ("backup.backup-system.svc.cluster.local", 8000),
        ("oss.offsite.example.gov.cn", 443),
    ]


def test_site_without_offsite_repository_in_env():
    env = make_env(offsite=None)
    objs = k8s.site_backup_objects(make_site("hengshan", "gold"), env)
    backup = next(o for o in objs if o["metadata"]["name"] == "backup")
    env_names = {e["name"] for e in backup["spec"]["jobTemplate"]["spec"]["template"]["spec"]["containers"][0]["env"]}
    assert "SITEGROUP_OFFSITE_REST_USERNAME" not in env_names


def test_dev_inventory_renders_valid_backup_objects():
    from sitegroup.inventory import load_environment

    env = load_environment("dev")
    version = env.platform.kubernetes_version
    names = set()
    for site in env.sites:
        for obj in k8s.site_backup_objects(site, env):
            kubernetes_validate.validate(obj, version, strict=True)
            names.add((obj["metadata"]["namespace"], obj["kind"], obj["metadata"]["name"]))
        backup = next(o for o in k8s.site_backup_objects(site, env) if o["metadata"]["name"] == "backup")
        assert backup["spec"]["schedule"] == site.backup.schedule
    for obj in k8s.platform_backup_objects(env):
        kubernetes_validate.validate(obj, version, strict=True)
    assert len(names) == 3 * len(env.sites)


def test_integrity_job_is_read_only_unless_repairing():
    env = make_env()
    site = env.site("hengshan")
    for repair, read_only in ((False, True), (True, False)):
        job = k8s.integrity_job(site, env, "c" * 64, name="integrity-1", repair=repair)
        kubernetes_validate.validate(job, "1.31", strict=True)
        pod = job["spec"]["template"]["spec"]
        pvc = next(v for v in pod["volumes"] if v["name"] == "content")["persistentVolumeClaim"]
        assert pvc.get("readOnly", False) is read_only
        args = pod["containers"][0]["args"]
        assert args[:2] == ["integrity", "hengshan"] and ("--repair" in args) is repair
    # a verify-only restore still writes its scratch copy into the volume
    job = k8s.restore_job(site, env, "c" * 64, name="restore-1", verify_only=True)
    pvc = next(v for v in job["spec"]["template"]["spec"]["volumes"] if v["name"] == "content")
    assert "readOnly" not in pvc["persistentVolumeClaim"]


def _bytes(q: str) -> int:
    units = {"Ki": 1 << 10, "Mi": 1 << 20, "Gi": 1 << 30, "Ti": 1 << 40}
    for u, m in units.items():
        if q.endswith(u):
            return int(q[: -len(u)]) * m
    return int(q)


def test_ephemeral_storage_covers_every_empty_dir_and_no_more():
    """The kubelet evicts a pod whose emptyDirs and logs outgrow its ephemeral-storage limit, so the limit
    covers every emptyDir; the node keeps only the small ones (cache, /tmp): the scratch is a claim, so a drill
    of a 20Gi site asks the node for no more than a job without scratch."""
    env = make_env()
    objs = [o for s in env.sites for o in k8s.site_backup_objects(s, env)] + k8s.platform_backup_objects(env)
    objs.append(k8s.restore_job(env.site("hengshan"), env, "a" * 64, name="r"))
    for obj, pod in _pods(objs):
        empty = sum(_bytes(v["emptyDir"]["sizeLimit"]) for v in pod["volumes"] if "emptyDir" in v)
        res = pod["containers"][0]["resources"]
        assert _bytes(res["limits"]["ephemeral-storage"]) > empty, obj["metadata"]["name"]
        assert res["requests"]["ephemeral-storage"] == res["limits"]["ephemeral-storage"]
        assert _bytes(res["limits"]["ephemeral-storage"]) <= 3 << 30, obj["metadata"]["name"]
        assert all(_bytes(v["emptyDir"]["sizeLimit"]) <= 2 << 30 for v in pod["volumes"] if "emptyDir" in v)


def _job_spec(obj):
    return obj["spec"]["jobTemplate"]["spec"] if obj["kind"] == "CronJob" else obj["spec"]


def test_jobs_with_claims_hold_one_set_at_a_time():
    """A pod's ephemeral claims live until the pod object is deleted (a finished Job's pods stay until the Job
    goes): a Job with claims is deleted minutes after it ends, and a scheduled one retries in place (same pod,
    same claims), so the quota's one set per Job is true. Jobs without claims keep a week of history."""
    env = make_env()
    site = env.site("hengshan")
    objs = {o["metadata"]["name"]: o for o in k8s.site_backup_objects(site, env) if o["kind"] == "CronJob"}
    backup, drill = _job_spec(objs["backup"]), _job_spec(objs["backup-drill"])
    assert drill["ttlSecondsAfterFinished"] == k8s.SCRATCH_JOB_TTL_SECONDS <= 15 * 60
    assert drill["template"]["spec"]["restartPolicy"] == "OnFailure" and drill["backoffLimit"] == 2
    # a site without a database: its backup has no claim, nothing changes for it
    assert backup["ttlSecondsAfterFinished"] == k8s.JOB_TTL_SECONDS
    assert backup["template"]["spec"]["restartPolicy"] == "Never"
    for obj, _ in _pods(k8s.platform_backup_objects(env)):
        assert _job_spec(obj)["template"]["spec"]["restartPolicy"] == "Never"
    # an incident Job never retries, claim or not
    restore = _job_spec(k8s.restore_job(site, env, "a" * 64, name="r"))
    assert restore["backoffLimit"] == 0 and restore["template"]["spec"]["restartPolicy"] == "Never"
    assert restore["ttlSecondsAfterFinished"] == k8s.JOB_TTL_SECONDS


def test_site_jobs_fit_the_programs_limit_range():
    """Every container of every site job is admitted by the site's LimitRange (sitegroup.k8s.site)."""
    from sitegroup.inventory import load_environment
    from sitegroup.k8s.site import limit_range

    env = load_environment("dev")
    for site in env.sites:
        maxima = limit_range(site)["spec"]["limits"][0]["max"]
        max_cpu_m = int(maxima["cpu"][:-1]) if maxima["cpu"].endswith("m") else int(maxima["cpu"]) * 1000
        jobs = [
            *k8s.site_backup_objects(site, env),
            k8s.restore_job(site, env, "d" * 64, name="r"),
            k8s.integrity_job(site, env, "d" * 64, name="i", repair=True),
        ]
        if site.database is not None:
            jobs.append(k8s.restore_job(site, env, "d" * 64, name="rd", database=True, db_snapshot="e" * 64))
        for obj, pod in _pods(jobs):
            for c in [*pod.get("initContainers", []), *pod["containers"]]:  # the drill's scratch database too
                limits = c["resources"]["limits"]
                lim_cpu = limits["cpu"]
                lim_cpu_m = int(lim_cpu[:-1]) if lim_cpu.endswith("m") else int(lim_cpu) * 1000
                assert lim_cpu_m <= max_cpu_m, (site.id, obj["metadata"]["name"], c["name"])
                assert _bytes(limits["memory"]) <= _bytes(maxima["memory"]), (site.id, obj["metadata"]["name"])
            # the scratch claims are PVCs: the LimitRange's PersistentVolumeClaim maximum admits them
            pvc_max = _bytes(limit_range(site)["spec"]["limits"][1]["max"]["storage"])
            for v in pod["volumes"]:
                if "ephemeral" in v:
                    size = v["ephemeral"]["volumeClaimTemplate"]["spec"]["resources"]["requests"]["storage"]
                    assert _bytes(size) <= pvc_max, (site.id, obj["metadata"]["name"], v["name"])


def test_status_job_reads_with_the_sites_own_credentials_and_fails_on_findings():
    """The daily backup-status CronJob: the expectations rendered from the model, the repository passwords and
    the sites' append-only REST passwords mounted read-only, never the prune job's delete-capable Secret."""
    from sitegroup.backup import status

    closed = make_site("old", "bronze")
    env = make_env((make_site("hengshan", "gold", database=True), make_site("lishui", "bronze"),
                    dataclasses.replace(closed, status="closed")))
    objs = {(o["kind"], o["metadata"]["name"]): o for o in k8s.platform_backup_objects(env)}
    config = objs["ConfigMap", k8s.STATUS_SITES]
    sites, meta = status.read_expectations(config["data"]["sites.json"])
    assert [s.site for s in sites] == ["hengshan", "lishui"]  # serving sites only
    assert sites[0] == status.Expectation("hengshan", "gold", 1, 7, 7, True)
    assert meta["timezone"] == env.platform.timezone

    cron = objs["CronJob", "backup-status"]
    assert cron["metadata"]["namespace"] == "backup-system"
    assert cron["spec"]["schedule"] == k8s.STATUS_SCHEDULE and cron["spec"]["timeZone"] == env.platform.timezone
    job = cron["spec"]["jobTemplate"]["spec"]
    pod = job["template"]["spec"]
    (c,) = pod["containers"]
    assert c["args"] == ["backup-status", "--sites-file", f"{k8s.STATUS_DIR}/sites.json", "--repo-prefix",
                         env.platform.backup_repository.rstrip("/"), "--password-dir", k8s.SITE_PASSWORDS_DIR,
                         "--rest-password-dir", k8s.STATUS_CREDENTIALS_DIR, "--format", "json", "--quiet"]
    assert not [e for e in c["env"] if "valueFrom" in e]  # no credentials in the environment at all
    secrets = {v["secret"]["secretName"] for v in pod["volumes"] if "secret" in v}
    assert secrets == {contracts.SITE_PASSWORDS_SECRET, contracts.STATUS_SECRET}
    assert contracts.PRUNE_SECRET not in secrets
    assert all(m["readOnly"] for m in c["volumeMounts"] if m["name"] in ("site-passwords", "status-credentials",
                                                                          "status-sites"))
    assert pod["serviceAccountName"] == k8s.SERVICE_ACCOUNT and pod["automountServiceAccountToken"] is False
    # egress: the backup-system fence admits pods named sitegroup-backup
    assert job["template"]["metadata"]["labels"]["app.kubernetes.io/name"] == "sitegroup-backup"
    # findings (exit 1) fail the Job at once instead of three reads of every repository
    rules = job["podFailurePolicy"]["rules"]
    assert rules[0] == {"action": "FailJob",
                        "onExitCodes": {"containerName": c["name"], "operator": "In", "values": [1, 2]}}
    assert job["template"]["spec"]["restartPolicy"] == "Never"  # what a podFailurePolicy requires
    assert cron["metadata"]["annotations"]["sitegroup.gov.cn/sites"] == "2"


def test_drill_longest_gap():
    assert schedule.drill_longest_gap_days("hengshan", 1) == 1
    assert schedule.drill_longest_gap_days("hengshan", 7) == 7
    assert schedule.drill_longest_gap_days("hengshan", 30) == 17  # twice a month: monthly would be 31 apart
    assert schedule.drill_longest_gap_days("hengshan", 31) == 31  # a fixed day each month
    assert schedule.drill_longest_gap_days("hengshan", 90) == 62  # every two months: quarterly would be 92
    assert schedule.drill_longest_gap_days("hengshan", 92) == 92  # March to June, June to September
    assert schedule.drill_longest_gap_days("hengshan", 365) == 184  # twice a year: yearly is 366 across a leap day


@pytest.mark.parametrize("site_id", ["hengshan", "lishui", "a", "zz-9", "x" * 58])
def test_drill_schedule_keeps_every_interval_and_is_not_needlessly_frequent(site_id):
    """A tier promises a recorded restore drill at least every N days (等保): on every calendar, never later.
    And not far more often than asked: drills restore whole sites."""
    for every in range(1, 401):
        gap = schedule.drill_longest_gap_days(site_id, every)
        assert gap <= every, (site_id, every, schedule.drill_schedule(site_id, every))
        assert gap * 3 >= every, (site_id, every, schedule.drill_schedule(site_id, every))
