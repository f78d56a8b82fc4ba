"""The CrossGuard policies (pulumi_policy objects) over sitegroup.policy.checks. Building a
PolicyPack starts a gRPC server and blocks, so that happens only in policies/crossguard/__main__.py.

Every check runs inside ONE resource policy and ONE stack policy, and each violation starts with the name of
the check that found it ("site-pod-security-restricted: ..."). Why not a policy per check: pulumi_policy's
analyzer re-decodes a resource's properties (protobuf -> dict -> Python) for every resource policy, and every
resource of the stack for every stack policy. With seven resource checks that decoding was most of the pack's
CPU, and the engine waits for the pack on its single step-generation path: a 200-site preview spent 22 CPU-s
in the pack. One policy decodes each resource once (bench/engine.py has the figures).
"""

from __future__ import annotations

from pulumi_policy import (
    EnforcementLevel,
    ReportViolation,
    ResourceValidationArgs,
    ResourceValidationPolicy,
    StackValidationArgs,
    StackValidationPolicy,
)

from sitegroup.policy import checks

RESOURCE_POLICY_NAME = "site-invariants"
STACK_POLICY_NAME = "site-stack-invariants"


def _kind(args_props) -> str | None:
    return args_props.get("kind") if isinstance(args_props, dict) else None


def _describe(table: dict) -> str:
    return "; ".join(f"{name}: {description}" for name, (_, description) in table.items())


def _validate_resource(args: ResourceValidationArgs, report: ReportViolation) -> None:
    if not args.resource_type.startswith("kubernetes:"):
        return
    kind = _kind(args.props) or args.resource_type.rsplit(":", 1)[-1]
    for name, (fn, _) in checks.RESOURCE_CHECKS.items():
        for violation in fn(kind, args.props, args.urn):
            report(f"{name}: {violation}")


def _validate_stack(args: StackValidationArgs, report: ReportViolation) -> None:
    triples = [(_kind(r.props) or r.resource_type.rsplit(":", 1)[-1], r.props, r.urn)
               for r in args.resources if r.resource_type.startswith("kubernetes:")]
    for name, (fn, _) in checks.STACK_CHECKS.items():
        for violation in fn(triples):
            report(f"{name}: {violation}")


RESOURCE_POLICY = ResourceValidationPolicy(
    name=RESOURCE_POLICY_NAME, description=_describe(checks.RESOURCE_CHECKS), validate=_validate_resource,
    enforcement_level=EnforcementLevel.MANDATORY)
STACK_POLICY = StackValidationPolicy(
    name=STACK_POLICY_NAME, description=_describe(checks.STACK_CHECKS), validate=_validate_stack,
    enforcement_level=EnforcementLevel.MANDATORY)
POLICIES = [RESOURCE_POLICY, STACK_POLICY]
