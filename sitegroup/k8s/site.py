"""Every Kubernetes object one site gets: an isolated, PSS-restricted namespace and its web workload."""

from __future__ import annotations

import hashlib

from sitegroup import quantity, webserver
from sitegroup.backup.repositories import backup_endpoints, offsite_repository
from sitegroup.backup.scratch import scratch_claims_at_once
from sitegroup.contracts import BACKUP_POD_LABELS, BACKUP_SECRET, CONTENT_MOUNT, DOMAIN, RUN_AS
from sitegroup.k8s import database, netpol, secrets
from sitegroup.k8s.backup import site_backup_objects
from sitegroup.k8s.names import (
    GATEWAY_CLASS,
    GATEWAY_NS,
    NAME,
    SITE_GATEWAY,
    SITE_ID,
    SITE_TLS_SECRET,
    TENANT,
    WAF_NS,
    WAF_PORT,
    WAF_SERVICE,
    WEB_APP,
    WEB_PORT,
    label_safe,
    pss_labels,
    site_meta,
    waf_labels,
    waf_reference_grant,
    web_labels,
)
from sitegroup.k8s.podsecurity import container_security_context, pod_security_context
from sitegroup.model import Environment, Site

# The LimitRange's ceiling must admit the backup helper's job containers (1 CPU, 1Gi limits).
JOB_CPU_LIMIT_M, JOB_MEMORY_LIMIT = 1000, 1 << 30
OWNER_ROLE = "site-owner"


def namespace(site: Site, env: Environment) -> dict:
    labels = {
        TENANT: "site",
        SITE_ID: site.id,
        f"{DOMAIN}/level": site.level,
        f"{DOMAIN}/type": site.type,
        f"{DOMAIN}/admin-level": site.admin_level,
        f"{DOMAIN}/template": site.template.name,
        f"{DOMAIN}/waf-profile": site.waf.profile.name,
        f"{DOMAIN}/backup-tier": site.backup.name,
        f"{DOMAIN}/environment": env.name,
    }
    for key, value in (("prefecture", site.prefecture), ("site-code", site.site_code),
                       ("region-code", site.region_code)):
        if label_safe(value):
            labels[f"{DOMAIN}/{key}"] = value
    labels.update(pss_labels(env))
    annotations = {
        f"{DOMAIN}/name": site.name,
        f"{DOMAIN}/organizer": site.organizer,
        f"{DOMAIN}/prefecture": site.prefecture,
        f"{DOMAIN}/site-code": site.site_code,
        f"{DOMAIN}/region-code": site.region_code,
        f"{DOMAIN}/domains": ",".join(site.domains),
        f"{DOMAIN}/owners": ",".join(site.owners),
        f"{DOMAIN}/status": site.status,
    }
    if site.parent:
        annotations[f"{DOMAIN}/parent"] = site.parent
    return {
        "apiVersion": "v1",
        "kind": "Namespace",
        "metadata": {"name": site.namespace, "labels": labels, "annotations": annotations},
    }


def resource_quota(site: Site) -> dict:
    q = site.quota  # computed once by the loader (the capacity rule sums the same numbers)
    has_db = site.database is not None  # its Service
    return {
        "apiVersion": "v1",
        "kind": "ResourceQuota",
        "metadata": site_meta(site, "site-quota"),
        "spec": {
            "hard": {
                "requests.cpu": quantity.fmt_cpu(q.cpu_requests_m),
                "limits.cpu": quantity.fmt_cpu(q.cpu_limits_m),
                "requests.memory": quantity.fmt_bytes(q.memory_requests),
                "limits.memory": quantity.fmt_bytes(q.memory_limits),
                "requests.storage": quantity.fmt_bytes(q.storage),
                # the volumes and the backup jobs' scratch claims (generic ephemeral volumes are PVCs)
                "persistentvolumeclaims": str(q.persistent_volume_claims),
                "pods": str(q.pods),
                "services": str(2 + has_db),
                # No NodePort or LoadBalancer Service can exist in a site namespace.
                "services.nodeports": "0",
                "services.loadbalancers": "0",
                "configmaps": "20",
                "secrets": "20",
            }
        },
    }


def limit_range(site: Site) -> dict:
    t = site.template.limits
    db = site.database
    max_cpu = max(t.cpu_limit_m, JOB_CPU_LIMIT_M, db.cpu_limit_m if db else 0)
    max_mem = max(t.memory_limit, JOB_MEMORY_LIMIT, db.memory_limit if db else 0)
    # The largest PVC: the content volume, the server's, or a job's scratch claim (the drill's holds content
    # and dump), each at the template's ceiling.
    max_storage = max(t.storage, db.storage if db else 0, *scratch_claims_at_once(t.storage, db))
    return {
        "apiVersion": "v1",
        "kind": "LimitRange",
        "metadata": site_meta(site, "site-limits"),
        "spec": {
            "limits": [
                {
                    "type": "Container",
                    "default": {"cpu": quantity.fmt_cpu(500), "memory": quantity.fmt_bytes(512 << 20)},
                    "defaultRequest": {"cpu": quantity.fmt_cpu(100), "memory": quantity.fmt_bytes(128 << 20)},
                    "max": {"cpu": quantity.fmt_cpu(max_cpu), "memory": quantity.fmt_bytes(max_mem)},
                },
                {
                    "type": "PersistentVolumeClaim",
                    "max": {"storage": quantity.fmt_bytes(max_storage)},
                },
            ]
        },
    }


def network_policies(site: Site, env: Environment) -> list[dict]:
    ns = site.namespace
    objs = [
        netpol.default_deny(ns),
        netpol.allow_dns(ns, env),
        netpol.policy(
            "allow-from-waf",
            ns,
            {
                "podSelector": {"matchLabels": {NAME: WEB_APP}},
                "policyTypes": ["Ingress"],
                "ingress": [
                    {
                        "from": [
                            {
                                "namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": WAF_NS}},
                                "podSelector": {"matchLabels": waf_labels()},
                            }
                        ],
                        "ports": [{"protocol": "TCP", "port": WEB_PORT}],
                    }
                ],
            },
        ),
        # The backup jobs' only peers: the repository endpoints (and DNS above).
        netpol.allow_endpoints("allow-backup-egress", ns, BACKUP_POD_LABELS, backup_endpoints(env),
                             env.platform.backup_cidrs),
    ]
    if site.database is not None:
        objs += database.network_policies(site)  # database-client pods <-> the site's PostgreSQL, 5432 only
    if env.platform.acme_server:
        # cert-manager runs its HTTP-01 solver pod in the Certificate's namespace; the edge reaches it.
        objs.append(
            netpol.policy(
                "allow-acme-solver",
                ns,
                {
                    "podSelector": {"matchLabels": {"acme.cert-manager.io/http01-solver": "true"}},
                    "policyTypes": ["Ingress"],
                    "ingress": [
                        {
                            "from": [
                                {"namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": GATEWAY_NS}}}
                            ],
                            "ports": [{"protocol": "TCP", "port": 8089}],
                        }
                    ],
                },
            )
        )
    return objs


def rbac(site: Site) -> list[dict]:
    read = ["get", "list", "watch"]
    role = {
        "apiVersion": "rbac.authorization.k8s.io/v1",
        "kind": "Role",
        "metadata": site_meta(site, OWNER_ROLE),
        "rules": [
            {
                "apiGroups": [""],
                "resources": ["pods", "pods/log", "services", "endpoints", "configmaps",
                              "persistentvolumeclaims", "events"],
                "verbs": read,
            },
            # Restarting a pod is the one write an owner needs; specs stay the program's.
            {"apiGroups": [""], "resources": ["pods"], "verbs": ["delete"]},
            {"apiGroups": ["apps"], "resources": ["deployments", "replicasets"], "verbs": read},
            {"apiGroups": ["autoscaling"], "resources": ["horizontalpodautoscalers"], "verbs": read},
            {"apiGroups": ["policy"], "resources": ["poddisruptionbudgets"], "verbs": read},
            {"apiGroups": ["gateway.networking.k8s.io"], "resources": ["gateways", "httproutes"], "verbs": read},
            {"apiGroups": ["cert-manager.io"], "resources": ["certificates"], "verbs": read},
        ],
    }
    binding = {
        "apiVersion": "rbac.authorization.k8s.io/v1",
        "kind": "RoleBinding",
        "metadata": site_meta(site, OWNER_ROLE),
        "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "Role", "name": OWNER_ROLE},
        "subjects": [
            {"apiGroup": "rbac.authorization.k8s.io", "kind": "Group", "name": owner} for owner in site.owners
        ],
    }
    return [role, binding] if site.owners else [role]


def service_account(site: Site) -> dict:
    return {
        "apiVersion": "v1",
        "kind": "ServiceAccount",
        "metadata": site_meta(site, WEB_APP),
        "automountServiceAccountToken": False,
    }


def backup_secret(site: Site, env: Environment) -> dict:
    return {
        "apiVersion": "v1",
        "kind": "Secret",
        "metadata": site_meta(site, BACKUP_SECRET),
        "type": "Opaque",
        "stringData": backup_secret_data(site, env),
    }


def backup_secret_data(site: Site, env: Environment) -> dict[str, str]:
    """The keys sitegroup.k8s.backup's jobs read. Usernames are the site id: the REST server runs
    with --private-repos, so a user reaches only the repository under its own name."""
    data = {
        "password": secrets.generated(secrets.BACKUP_PASSWORD, site.id),
        "rest-username": site.id,
        "rest-password": secrets.generated(secrets.REST_PASSWORD, site.id),
    }
    if offsite_repository(env, site):
        data["offsite-rest-username"] = site.id
        data["offsite-rest-password"] = secrets.generated(secrets.OFFSITE_REST_PASSWORD, site.id)
    return data


def content_pvc(site: Site) -> dict:
    return {
        "apiVersion": "v1",
        "kind": "PersistentVolumeClaim",
        "metadata": site_meta(site, "content", web_labels(site)),
        "spec": {
            # Several web replicas on several nodes mount the same published content.
            "accessModes": ["ReadWriteMany"],
            "volumeMode": "Filesystem",
            "resources": {"requests": {"storage": quantity.fmt_bytes(site.resources.storage)}},
        },
    }


WEB_CONFIG = "web-nginx"


def web_config(site: Site) -> dict:
    """The site's nginx server block (docroot in the content volume, onboarding redirects, health check).
    The web image's nginx.conf includes only /etc/nginx/conf.d/*.conf."""
    conf = webserver.server_conf(site.ascii_domains, content_root=CONTENT_MOUNT, listen=WEB_PORT)
    return {"apiVersion": "v1", "kind": "ConfigMap", "metadata": site_meta(site, WEB_CONFIG, web_labels(site)),
            "data": {"site.conf": conf}}


def deployment(site: Site) -> dict:
    r = site.resources
    auto = site.autoscale
    labels = web_labels(site)
    # A changed server block rolls the pods (ConfigMap updates alone do not restart nginx).
    config_sum = hashlib.sha256(web_config(site)["data"]["site.conf"].encode()).hexdigest()[:16]
    probe = {"httpGet": {"path": webserver.HEALTH_PATH, "port": "http"}, "periodSeconds": 10, "timeoutSeconds": 3}
    container = {
        "name": WEB_APP,
        "image": site.template.image,
        "imagePullPolicy": "Always",
        "ports": [{"name": "http", "containerPort": WEB_PORT, "protocol": "TCP"}],
        "resources": {
            "requests": {"cpu": quantity.fmt_cpu(r.cpu_request_m), "memory": quantity.fmt_bytes(r.memory_request)},
            "limits": {"cpu": quantity.fmt_cpu(r.cpu_limit_m), "memory": quantity.fmt_bytes(r.memory_limit)},
        },
        "securityContext": container_security_context(RUN_AS),
        "readinessProbe": {**probe, "initialDelaySeconds": 2, "failureThreshold": 3},
        "livenessProbe": {**probe, "initialDelaySeconds": 10, "failureThreshold": 6},
        "volumeMounts": [
            # Content is published into the volume by the CMS/publisher; the web server only reads
            # it. Mounted whole (no subPath) where the backup jobs mount it: a restore swaps the
            # docroot folder inside the volume, which a subPath mount would not follow.
            {"name": "content", "mountPath": CONTENT_MOUNT, "readOnly": True},
            # nginx's only writable paths: temp files, proxy cache, pid file.
            {"name": "tmp", "mountPath": "/tmp"},  # noqa: S108 (an emptyDir)
            {"name": "cache", "mountPath": "/var/cache/nginx"},
            {"name": "run", "mountPath": "/var/run"},
            {"name": "config", "mountPath": "/etc/nginx/conf.d", "readOnly": True},
        ],
    }
    return {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": site_meta(site, WEB_APP, labels),
        "spec": {
            "replicas": auto.min_replicas if auto else r.replicas,
            "revisionHistoryLimit": 5,
            "selector": {"matchLabels": labels},
            "strategy": {"type": "RollingUpdate", "rollingUpdate": {"maxSurge": 1, "maxUnavailable": 0}},
            "template": {
                "metadata": {"labels": labels, "annotations": {f"{DOMAIN}/config-sha256": config_sum}},
                "spec": {
                    "serviceAccountName": WEB_APP,
                    "automountServiceAccountToken": False,
                    "enableServiceLinks": False,
                    "securityContext": pod_security_context(RUN_AS),
                    "containers": [container],
                    "volumes": [
                        {"name": "content", "persistentVolumeClaim": {"claimName": "content", "readOnly": True}},
                        {"name": "tmp", "emptyDir": {"sizeLimit": "64Mi"}},
                        {"name": "cache", "emptyDir": {"sizeLimit": "256Mi"}},
                        {"name": "run", "emptyDir": {"medium": "Memory", "sizeLimit": "1Mi"}},
                        {"name": "config", "configMap": {"name": WEB_CONFIG}},
                    ],
                },
            },
        },
    }


def service(site: Site) -> dict:
    return {
        "apiVersion": "v1",
        "kind": "Service",
        "metadata": site_meta(site, WEB_APP, web_labels(site)),
        "spec": {
            "type": "ClusterIP",
            "selector": web_labels(site),
            "ports": [{"name": "http", "port": WEB_PORT, "targetPort": "http", "protocol": "TCP"}],
        },
    }


def pdb(site: Site) -> dict:
    return {
        "apiVersion": "policy/v1",
        "kind": "PodDisruptionBudget",
        "metadata": site_meta(site, WEB_APP),
        "spec": {"maxUnavailable": 1, "selector": {"matchLabels": web_labels(site)}},
    }


def hpa(site: Site) -> dict | None:
    auto = site.autoscale
    if auto is None:
        return None
    return {
        "apiVersion": "autoscaling/v2",
        "kind": "HorizontalPodAutoscaler",
        "metadata": site_meta(site, WEB_APP),
        "spec": {
            "scaleTargetRef": {"apiVersion": "apps/v1", "kind": "Deployment", "name": WEB_APP},
            "minReplicas": auto.min_replicas,
            "maxReplicas": auto.max_replicas,
            "metrics": [
                {
                    "type": "Resource",
                    "resource": {
                        "name": "cpu",
                        "target": {"type": "Utilization", "averageUtilization": auto.cpu_utilization},
                    },
                }
            ],
        },
    }


def certificate(site: Site, env: Environment) -> dict:
    return {
        "apiVersion": "cert-manager.io/v1",
        "kind": "Certificate",
        "metadata": site_meta(site, SITE_TLS_SECRET),
        "spec": {
            "secretName": SITE_TLS_SECRET,
            "dnsNames": list(site.ascii_domains),
            "issuerRef": {"group": "cert-manager.io", "kind": "ClusterIssuer", "name": env.platform.cert_issuer},
            "privateKey": {"algorithm": "ECDSA", "size": 256, "rotationPolicy": "Always"},
        },
    }


def gateway(site: Site) -> dict:
    """The site's own HTTPS Gateway; Envoy Gateway merges every Gateway of the class into one fleet."""
    listeners = [
        {
            "name": f"https-{i}",
            "hostname": domain,
            "port": 443,
            "protocol": "HTTPS",
            "tls": {"mode": "Terminate", "certificateRefs": [{"kind": "Secret", "name": SITE_TLS_SECRET}]},
            "allowedRoutes": {"namespaces": {"from": "Same"}},
        }
        for i, domain in enumerate(site.ascii_domains)
    ]
    return {
        "apiVersion": "gateway.networking.k8s.io/v1",
        "kind": "Gateway",
        "metadata": site_meta(site, SITE_GATEWAY),
        "spec": {"gatewayClassName": GATEWAY_CLASS, "listeners": listeners},
    }


def http_route(site: Site) -> dict:
    return {
        "apiVersion": "gateway.networking.k8s.io/v1",
        "kind": "HTTPRoute",
        "metadata": site_meta(site, WEB_APP),
        "spec": {
            "parentRefs": [{"group": "gateway.networking.k8s.io", "kind": "Gateway", "name": SITE_GATEWAY}],
            "hostnames": list(site.ascii_domains),
            # Every request goes through the shared WAF tier, which proxies to this site's Service.
            "rules": [
                {
                    "matches": [{"path": {"type": "PathPrefix", "value": "/"}}],
                    "backendRefs": [
                        {"group": "", "kind": "Service", "name": WAF_SERVICE, "namespace": WAF_NS, "port": WAF_PORT}
                    ],
                }
            ],
        },
    }


def waf_grant(site: Site) -> dict:
    """Lets this site's HTTPRoute (and only it) reference the WAF Service across namespaces."""
    return {
        "apiVersion": "gateway.networking.k8s.io/v1beta1",
        "kind": "ReferenceGrant",
        "metadata": {"name": waf_reference_grant(site), "namespace": WAF_NS, "labels": {SITE_ID: site.id}},
        "spec": {
            "from": [{"group": "gateway.networking.k8s.io", "kind": "HTTPRoute", "namespace": site.namespace}],
            "to": [{"group": "", "kind": "Service", "name": WAF_SERVICE}],
        },
    }


def site_objects(site: Site, env: Environment) -> list[dict]:
    """All objects of one serving site, namespace first, in a fixed order."""
    objs: list[dict] = [namespace(site, env), service_account(site), *rbac(site), resource_quota(site),
                        limit_range(site), *network_policies(site, env), backup_secret(site, env),
                        content_pvc(site), web_config(site), deployment(site), service(site), pdb(site)]
    autoscaler = hpa(site)
    if autoscaler is not None:
        objs.append(autoscaler)
    objs += database.database_objects(site)
    objs += [certificate(site, env), gateway(site), http_route(site), waf_grant(site)]
    objs += site_backup_objects(site, env)
    return objs
