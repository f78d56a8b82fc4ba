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

    def new_resource(self, args: pulumi.runtime.MockResourceArgs):
        outputs = dict(args.inputs)
        if args.typ == "random:index/randomPassword:RandomPassword":
            outputs["result"] = f"mock-{args.name}"
        elif args.typ == "pulumi:pulumi:StackReference":
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
    import json

    capture = Capture(stack_outputs=stack_outputs or {})
    pulumi.runtime.set_mocks(capture, project="sitegroup", stack=stack, preview=False)
    monitor = pulumi.runtime.settings.SETTINGS.monitor
    original = monitor.RegisterResource

    def register(request):
        response = original(request)
        if request.custom and request.type != "pulumi:pulumi:Stack":
            capture.registrations.append(Registration(
                request.type, request.name, _last_inputs(monitor, response.urn), request.parent, request.provider))
        elif not request.custom:
            capture.registrations.append(Registration(request.type, request.name, {}, request.parent, ""))
        return response

    monitor.RegisterResource = register
    pulumi.runtime.set_all_config(
        {f"sitegroup:{k}" if ":" not in k else k: v if isinstance(v, str) else json.dumps(v)
         for k, v in config.items()},
        [k for k in config if "Password" in k],
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
