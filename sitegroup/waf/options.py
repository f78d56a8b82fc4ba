"""Where the rendered WAF tier runs: in the cluster (defaults) or from a local directory."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

# Debian bookworm's packages put the engine and the rule set here, on the test host and in the image.
DEBIAN_MODULE = "/usr/lib/nginx/modules/ngx_http_modsecurity_module.so"
DEBIAN_CRS_RULES = "/usr/share/modsecurity-crs/rules"

# Each site's Service; "{site}" is replaced by the site id (a checked DNS label).
CLUSTER_BACKEND = "http://web.site-{site}.svc.cluster.local:8080"


@dataclass(frozen=True)
class RenderOptions:
    """Everything about the WAF tier's runtime that is not policy.

    The defaults are the in-cluster form: files mounted read-only under ``prefix``, writable state
    only under ``/tmp`` (read-only root filesystem), listening on 8080 as a non-root user, each site
    proxied to its own Service, logs on the container's stdout/stderr.
    """

    prefix: str = "/etc/nginx/waf"  # where the rendered files are mounted (nginx -p PREFIX)
    listen: str = "8080"
    backend: str | None = CLUSTER_BACKEND  # URL, "{site}" = site id; None with docroot
    docroot: str | None = None  # serve static files instead of proxying (local replay)
    # Service names resolve at request time, so a missing Service fails one site, not nginx startup.
    resolver: str | None = "kube-dns.kube-system.svc.cluster.local valid=30s"
    # /tmp is the pod's emptyDir (read-only root filesystem); nothing else writes there.
    temp_dir: str = "/tmp/nginx"  # noqa: S108
    pid_file: str = "/tmp/nginx/nginx.pid"  # noqa: S108
    error_log: str = "/dev/stderr"
    access_log: str = "/dev/stdout"
    audit_log: str = "/dev/stdout"  # ModSecurity JSON audit log (one JSON document per line)
    module_path: str = DEBIAN_MODULE
    crs_rules_dir: str = DEBIAN_CRS_RULES
    worker_processes: str = "auto"
    worker_connections: int = 4096
    # The platform's CRS tuning for Chinese traffic. False renders stock CRS behaviour (Debian's
    # US-ASCII unicode map, no tuning rules): only to measure what the tuning buys.
    zh_tuning: bool = True
    # Reference date (ISO) for exception expiry; None = today. Expired exceptions are not rendered (the
    # loader refuses them already; this keeps a long-running program from serving one past its date).
    today: str | None = None

    @classmethod
    def cluster(cls, **overrides: object) -> RenderOptions:
        return replace(cls(), **overrides)  # type: ignore[arg-type]

    @classmethod
    def local(
        cls,
        out_dir: str | Path,
        listen: str = "127.0.0.1:8080",
        backend: str | None = None,
        docroot: str | Path | None = None,
        **overrides: object,
    ) -> RenderOptions:
        """A directory Debian's nginx runs as ``nginx -p DIR -c DIR/nginx.conf``, no root needed."""
        d = str(Path(out_dir).resolve())
        base = cls(
            prefix=d,
            listen=listen,
            backend=backend,
            docroot=str(Path(docroot).resolve()) if docroot is not None else None,
            resolver=None,
            temp_dir=f"{d}/tmp",  # noqa: S108 (inside the rendered directory)
            pid_file=f"{d}/nginx.pid",
            error_log=f"{d}/logs/error.log",
            access_log=f"{d}/logs/access.log",
            audit_log=f"{d}/logs/modsec_audit.json",
            worker_processes="1",
            worker_connections=1024,
        )
        return replace(base, **overrides)  # type: ignore[arg-type]
