"""Pod and container security settings that satisfy Pod Security Standards "restricted".

A module of its own, outside sitegroup.k8s, so the renderer and the backup Jobs (sitegroup.backup.k8s, which
sitegroup.k8s imports) share one definition without an import cycle.
"""

from __future__ import annotations

# A fixed, high (>10000, outside any host account range) non-root identity.


def pod_security_context(uid: int) -> dict:
    return {
        "runAsNonRoot": True,
        "runAsUser": uid,
        "runAsGroup": uid,
        "fsGroup": uid,
        "seccompProfile": {"type": "RuntimeDefault"},
    }


def container_security_context(uid: int) -> dict:
    return {
        "allowPrivilegeEscalation": False,
        "privileged": False,
        "readOnlyRootFilesystem": True,
        "runAsNonRoot": True,
        "runAsUser": uid,
        "runAsGroup": uid,
        "capabilities": {"drop": ["ALL"]},
        "seccompProfile": {"type": "RuntimeDefault"},
    }
