"""The CrossGuard policies (pulumi_policy objects) over sitegroup.policy.checks. Building a
PolicyPack starts a gRPC server and blocks, so that happens only in policies/crossguard/__main__.py."""

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


def _kind(args_props) -> str | None:
    return args_props.get("kind") if isinstance(args_props, dict) else None


def _resource_policy(name: str, fn, description: str) -> ResourceValidationPolicy:
    def validate(args: ResourceValidationArgs, report: ReportViolation) -> None:
        if not args.resource_type.startswith("kubernetes:"):
            return
        kind = _kind(args.props) or args.resource_type.rsplit(":", 1)[-1]
        for violation in fn(kind, args.props, args.urn):
            report(violation)

    return ResourceValidationPolicy(name=name, description=description, validate=validate,
                                    enforcement_level=EnforcementLevel.MANDATORY)


def _stack_policy(name: str, fn, description: str) -> StackValidationPolicy:
    def validate(args: StackValidationArgs, report: ReportViolation) -> None:
        triples = [(_kind(r.props) or r.resource_type.rsplit(":", 1)[-1], r.props, r.urn)
                   for r in args.resources if r.resource_type.startswith("kubernetes:")]
        for violation in fn(triples):
            report(violation)

    return StackValidationPolicy(name=name, description=description, validate=validate,
                                 enforcement_level=EnforcementLevel.MANDATORY)


RESOURCE_POLICIES = [_resource_policy(n, fn, d) for n, (fn, d) in checks.RESOURCE_CHECKS.items()]
STACK_POLICIES = [_stack_policy(n, fn, d) for n, (fn, d) in checks.STACK_CHECKS.items()]
POLICIES = [*RESOURCE_POLICIES, *STACK_POLICIES]
