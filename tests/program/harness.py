"""Run the Pulumi program under mocks and capture every registration (type, name, inputs, parent, provider).

No engine, no cluster: pulumi.runtime.set_mocks replaces the engine with an in-process monitor. The
mock monitor's RegisterResource is wrapped to record the parent and provider URNs too (the Mocks
callback only sees the provider).
"""

from __future__ import annotations

import runpy
from dataclasses import dataclass, field
from pathlib import Path

import pulumi

REPO = Path(__file__).resolve().parents[2]
MAIN = REPO / "stacks" / "__main__.py"


@dataclass
class Registration:
    type: str
    name: str
    inputs: dict
    parent: str
    provider: str
    ignore_changes: tuple[str, ...] = ()
    retain_on_delete: bool = False

    @property
    def parent_type(self) -> str:
        return self.parent.split("::")[-2].split("$")[-1] if self.parent else ""

    @property
    def parent_name(self) -> str:
        return self.parent.split("::")[-1] if self.parent else ""

    @property
    def key(self) -> tuple[str, str, str, str]:
        meta = self.inputs.get("metadata", {})
        return (self.inputs["apiVersion"], self.inputs["kind"], meta.get("namespace", ""), meta["name"])


@dataclass
class Capture(pulumi.runtime.Mocks):
    stack_outputs: dict = field(default_factory=dict)  # what a StackReference returns
    registrations: list[Registration] = field(default_factory=list)
    stack_references: list[str] = field(default_factory=list)

    def new_resource(self, args: pulumi.runtime.MockResourceArgs):
        outputs = dict(args.inputs)
        if args.typ == "pulumi:pulumi:StackReference":
            self.stack_references.append(args.inputs.get("name", args.name))
            outputs = {"name": args.inputs.get("name", args.name), "outputs": self.stack_outputs,
                       "secretOutputNames": list(self.stack_outputs)}
        return [f"{args.name}-id", outputs]

    def call(self, args: pulumi.runtime.MockCallArgs):
        return {}

    def kubernetes(self) -> list[Registration]:
        """Registered Kubernetes objects (not the provider, not the opaque chart/bundle components)."""
        return [r for r in self.registrations
                if r.type.startswith("kubernetes:") and "apiVersion" in r.inputs
                and not r.type.startswith(("kubernetes:helm.sh/", "kubernetes:yaml/"))]

    def of_type(self, prefix: str) -> list[Registration]:
        return [r for r in self.registrations if r.type.startswith(prefix)]


def run_program(config: dict[str, object], stack_outputs: dict | None = None,
                stack: str = "test", main: Path = MAIN) -> Capture:
    """Run stacks/__main__.py once with this stack config; returns the capture after all resources resolved."""
    import asyncio
    import json

    try:
        asyncio.get_event_loop_policy().get_event_loop()
    except RuntimeError:  # an earlier test's asyncio.run left this thread without the loop the mocks run on
        asyncio.set_event_loop(asyncio.new_event_loop())
    capture = Capture(stack_outputs=stack_outputs or {})
    pulumi.runtime.set_mocks(capture, project="sitegroup", stack=stack, preview=False)
    monitor = pulumi.runtime.settings.SETTINGS.monitor
    original = monitor.RegisterResource

    def register(request):
        response = original(request)
        if request.custom and request.type != "pulumi:pulumi:Stack":
            capture.registrations.append(Registration(
                request.type, request.name, _last_inputs(monitor, response.urn), request.parent, request.provider,
                tuple(request.ignoreChanges), bool(request.retainOnDelete)))
        elif not request.custom:
            capture.registrations.append(Registration(request.type, request.name, {}, request.parent, ""))
        return response

    monitor.RegisterResource = register
    pulumi.runtime.set_all_config(
        {f"sitegroup:{k}" if ":" not in k else k: v if isinstance(v, str) else json.dumps(v)
         for k, v in config.items()},
        [f"sitegroup:{k}" for k in config if "Password" in k or k == "secretSeed"],
    )

    @pulumi.runtime.test
    def go():
        runpy.run_path(str(main), run_name="__main__")
        return pulumi.Output.from_input(True)

    go()
    return capture


def _last_inputs(monitor, urn: str) -> dict:
    reg = monitor.resources.get(urn)
    return dict(reg.state) if reg else {}


SECRET_SIG = "4dabf18193072939515e22adb298388d"  # pulumi's wire marker for a secret value


def is_secret(value) -> bool:
    return isinstance(value, dict) and value.get(SECRET_SIG) == "1b47061264138c4ac30d75fd1eb44270"


def unwrap(value):
    """Inputs as plain data: secret-wrapped values replaced by their (mock) plaintext."""
    if is_secret(value):
        return unwrap(value["value"])
    if isinstance(value, dict):
        return {k: unwrap(v) for k, v in value.items()}
    if isinstance(value, list):
        return [unwrap(v) for v in value]
    return value


PROVIDER_TYPE = "pulumi:providers:kubernetes"


def provider_violations(capture: Capture) -> list[str]:
    """Every Kubernetes resource must name the explicit provider ('' = the default provider)."""
    return [f"{r.type} {r.name}: provider {r.provider!r}" for r in capture.kubernetes()
            if f"{PROVIDER_TYPE}::cluster::" not in r.provider]


def parenting_violations(capture: Capture) -> list[str]:
    """Site objects (their namespace, and their ReferenceGrant in waf-system) are children of their
    own Site component; everything else Kubernetes is a child of the Platform component."""
    out = []
    for r in capture.kubernetes():
        meta = r.inputs.get("metadata", {})
        ns = meta.get("namespace") or (meta["name"] if r.inputs["kind"] == "Namespace" else "")
        if r.inputs["kind"] == "ReferenceGrant":
            ns = meta["name"].removeprefix("route-")
        if ns.startswith("site-"):
            want = ("sitegroup:index:Site", ns.removeprefix("site-"))
        else:
            want = ("sitegroup:index:Platform", "platform")
        if (r.parent_type, r.parent_name) != want:
            out.append(f"{r.type} {r.name}: parent {r.parent_type}::{r.parent_name}, want {want}")
    return out
