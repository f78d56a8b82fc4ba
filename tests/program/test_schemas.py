"""Every rendered object against a schema: built-in kinds strictly against the target Kubernetes
version's OpenAPI (kubernetes-validate's files), custom resources against tests/program/schemas/
(written for the fields we use, naming the upstream CRD version; additionalProperties false)."""

from __future__ import annotations

import copy
import functools
import json
from pathlib import Path

import jsonschema
import pytest

from sitegroup.inventory import load_environment
from sitegroup.k8s import render
from tests.program import factory, k8s_schema

SCHEMAS = Path(__file__).parent / "schemas"
CR_GROUPS = ("gateway.networking.k8s.io", "cert-manager.io", "gateway.envoyproxy.io", "velero.io")


def is_custom(obj: dict) -> bool:
    return obj["apiVersion"].split("/")[0] in CR_GROUPS


@functools.cache
def cr_validator(api_version: str, kind: str) -> jsonschema.protocols.Validator:
    path = SCHEMAS / f"{api_version.replace('/', '_')}_{kind}.json"
    schema = json.loads(path.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def errors(obj: dict, kubernetes_version: str) -> list[str]:
    if is_custom(obj):
        v = cr_validator(obj["apiVersion"], obj["kind"])
        return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in v.iter_errors(obj)]
    return k8s_schema.errors(obj, kubernetes_version)


def _all_invalid(objs, version):
    bad = {}
    for obj in objs:
        errs = errors(obj, version)
        if errs:
            bad[f"{obj['kind']}/{obj['metadata'].get('namespace', '')}/{obj['metadata']['name']}"] = errs
    return bad


def test_target_version_is_shipped(dev_env):
    # The validator must have the exact minor the stacks target, not silently an older one.
    assert k8s_schema.schema_version(dev_env.platform.kubernetes_version).startswith(
        dev_env.platform.kubernetes_version.split(".")[0] + "." + dev_env.platform.kubernetes_version.split(".")[1])


def test_every_dev_object_is_valid(dev_env, dev_rendered):
    objs = list(dev_rendered.all_objects())
    assert _all_invalid(objs, dev_env.platform.kubernetes_version) == {}


@pytest.mark.parametrize("env_name", ["staging", "prod"])
def test_every_object_of_the_other_environments_is_valid(env_name):
    env = load_environment(env_name)
    objs = list(render(env).all_objects())
    assert _all_invalid(objs, env.platform.kubernetes_version) == {}
    # prod opts into Velero for the namespaces' objects (platform.velero): one Schedule per serving site
    schedules = [o for o in objs if o["kind"] == "Schedule"]
    if env.platform.velero:
        assert sorted(o["spec"]["template"]["includedNamespaces"][0] for o in schedules) == sorted(
            s.namespace for s in env.sites if s.serving)
        assert all(o["spec"]["template"]["snapshotVolumes"] is False for o in schedules)
    else:
        assert schedules == []


@pytest.mark.parametrize("acme", [False, True])
def test_model_built_environments_are_valid(acme):
    env = factory.environment(acme=acme)
    assert _all_invalid(list(render(env).all_objects()), env.platform.kubernetes_version) == {}


def test_every_kind_has_a_schema(dev_env, dev_rendered):
    kinds = {(o["apiVersion"], o["kind"]) for o in dev_rendered.all_objects()}
    for api, kind in kinds:
        if is_custom({"apiVersion": api}):
            assert (SCHEMAS / f"{api.replace('/', '_')}_{kind}.json").is_file(), kind
        else:
            version = k8s_schema.schema_version(dev_env.platform.kubernetes_version)
            k8s_schema.validator(version, api, kind)  # raises if kubernetes-validate has no schema


@pytest.mark.parametrize("kind,path,value", [
    ("Deployment", ("spec", "template", "spec", "containers", 0, "securityContex"), {}),  # misspelt field
    ("NetworkPolicy", ("spec", "policyTypes"), "Ingress"),                                 # wrong type
    ("Gateway", ("spec", "listeners", 0, "hostname"), "Bad_Host.example"),                 # CR pattern
    ("HTTPRoute", ("spec", "rules", 0, "backendRefs", 0, "weigth"), 1),                    # CR unknown field
    ("Certificate", ("spec", "privateKey", "algorithm"), "DSA"),                           # CR enum
])
def test_a_broken_object_fails_validation(dev_env, dev_rendered, kind, path, value):
    obj = copy.deepcopy(next(o for o in dev_rendered.all_objects()
                             if o["kind"] == kind and (kind != "HTTPRoute" or o["metadata"]["name"] == "web")))
    assert errors(obj, dev_env.platform.kubernetes_version) == []
    target = obj
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    assert errors(obj, dev_env.platform.kubernetes_version)
