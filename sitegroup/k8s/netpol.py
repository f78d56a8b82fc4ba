"""NetworkPolicy builders: default deny, then one narrow allow per need."""

from __future__ import annotations

import ipaddress

from sitegroup.k8s.names import NS_NAME
from sitegroup.model import Environment


def policy(name: str, namespace: str, spec: dict, labels: dict | None = None) -> dict:
    meta: dict = {"name": name, "namespace": namespace}
    if labels:
        meta["labels"] = labels
    return {"apiVersion": "networking.k8s.io/v1", "kind": "NetworkPolicy", "metadata": meta, "spec": spec}


def default_deny(namespace: str) -> dict:
    return policy("default-deny", namespace, {"podSelector": {}, "policyTypes": ["Ingress", "Egress"]})


def dns_peers(env: Environment) -> list[dict]:
    peers: list[dict] = [
        {
            "namespaceSelector": {"matchLabels": {NS_NAME: "kube-system"}},
            "podSelector": {"matchLabels": {"k8s-app": "kube-dns"}},
        }
    ]
    peers += [{"ipBlock": {"cidr": cidr}} for cidr in env.platform.dns_cidrs]
    return peers


def allow_dns(namespace: str, env: Environment) -> dict:
    return policy(
        "allow-dns",
        namespace,
        {
            "podSelector": {},
            "policyTypes": ["Egress"],
            "egress": [
                {
                    "to": dns_peers(env),
                    "ports": [{"protocol": "UDP", "port": 53}, {"protocol": "TCP", "port": 53}],
                }
            ],
        },
    )


# A NetworkPolicy matches addresses, never names. A backup endpoint given by an external DNS name
# (the inventories' rest:https://backup.<env>.sitegroup.internal:8000) can therefore only be
# narrowed to its port; these are the peers it is allowed on. An IP literal gets exactly its
# address, an in-cluster <service>.<namespace>.svc name gets its namespace.
ANY_ADDRESS = ({"ipBlock": {"cidr": "0.0.0.0/0"}}, {"ipBlock": {"cidr": "::/0"}})


def endpoint_peers(host: str, cidrs: tuple[str, ...] = ()) -> list[dict]:
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        labels = host.rstrip(".").split(".")
        if len(labels) >= 3 and labels[2] == "svc":
            return [{"namespaceSelector": {"matchLabels": {NS_NAME: labels[1]}}}]
        if cidrs:  # the environment says where its backup repositories are (platform.backup_cidrs)
            return [{"ipBlock": {"cidr": c}} for c in cidrs]
        return [dict(p) for p in ANY_ADDRESS]
    return [{"ipBlock": {"cidr": f"{ip}/{32 if ip.version == 4 else 128}"}}]


def allow_endpoints(name: str, namespace: str, pod_labels: dict, endpoints: list[tuple[str, int]],
                    cidrs: tuple[str, ...] = ()) -> dict:
    return policy(
        name,
        namespace,
        {
            "podSelector": {"matchLabels": dict(pod_labels)},
            "policyTypes": ["Egress"],
            "egress": [
                {"to": endpoint_peers(host, cidrs), "ports": [{"protocol": "TCP", "port": port}]}
                for host, port in endpoints
            ],
        },
    )
