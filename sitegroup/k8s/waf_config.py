"""The files the WAF tier mounts: sitegroup.waf's rendering with the in-cluster options (sitegroup.k8s.waf_tier)."""

from __future__ import annotations

from collections.abc import Mapping

from sitegroup.model import Environment
from sitegroup.waf import RenderOptions, render_files

# In-cluster defaults: files under /etc/nginx/waf, temp under /tmp/nginx, listen 8080, each site
# proxied to web.site-<id>.svc.cluster.local:8080 (our Service), logs to stdout/stderr.
WAF_OPTIONS = RenderOptions.cluster()


def waf_files(env: Environment) -> Mapping[str, str]:
    """Path (relative to WAF_OPTIONS.prefix) -> content of every file the WAF tier mounts."""
    return render_files(env, WAF_OPTIONS)
