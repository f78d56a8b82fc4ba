"""Site facts for Ansible, built from validated model objects (sitegroup.model.Site/Environment).

The inventory plugin calls this so roles read the model's values and never parse site YAML. Only
attributes are read (no import of sitegroup.model), keeping this package standard-library only.
"""

from __future__ import annotations


def _legacy(site) -> dict:
    lg = site.legacy
    return {
        "host": lg.host,
        "docroot": lg.docroot,
        "encoding": lg.encoding,
        "old_domains": list(lg.old_domains),
        "ssh_user": lg.ssh_user,
        "web_config": lg.web_config,
        "closing_into": lg.closing_into,
    }


def site_facts(site, env, target_root: str = "/srv/site") -> dict:
    """Everything the onboarding roles need about one site with a legacy block."""
    if site.legacy is None:
        raise ValueError(f"site {site.id} has no legacy block")
    into = env.site(site.legacy.closing_into) if site.legacy.closing_into else None
    # A site closed into a portal is published under /<id>/ in the portal's content, on its domain.
    home = into or site
    prefix = f"/{site.id}" if into else ""
    new_origin = f"https://{home.ascii_domains[0]}"
    root = target_root.rstrip("/")
    state_dir = f"{root}/onboard/{site.id}"
    return {
        "id": site.id,
        "name": site.name,
        "site_code": site.site_code,
        "icp": site.icp,
        "psb": site.psb,
        "status": site.status,
        "domains": list(site.domains),
        "ascii_domains": list(site.ascii_domains),
        "primary_domain": site.ascii_domains[0],
        "namespace": home.namespace,
        "environment": env.name,
        "legacy": _legacy(site),
        "closing_into": (
            {"id": into.id, "name": into.name, "primary_domain": into.ascii_domains[0]} if into else None
        ),
        "new_origin": new_origin,
        "prefix": prefix,
        "new_base": new_origin + prefix,
        "target_root": root,
        "publish_dir": f"{root}/htdocs{prefix}",
        "state_dir": state_dir,
        "staging_dir": f"{state_dir}/source",
        # What sitegroup.migrate.transform.SiteSpec.from_dict takes. The identifiers are those of the site that
        # serves the pages: a site closed into a portal (整合) becomes part of it, on the portal's domain, whose
        # ICP备案 (one per domain), 公安备案 and 网站标识码 they must show; its own are deregistered with it.
        "spec": {
            "id": site.id,
            "site_code": home.site_code,
            "icp": home.icp,
            "psb": home.psb,
            "old_domains": list(site.legacy.old_domains),
            "new_domains": sorted(set(home.ascii_domains) | set(home.domains)),
            "new_origin": new_origin,
            "prefix": prefix,
            "encoding": site.legacy.encoding,
        },
    }
