"""The CrossGuard pack: `pulumi preview --policy-pack policies/crossguard` enforces the site invariants.

Building PolicyPack starts the policy gRPC server and blocks, so tests never import this file; they
call sitegroup.policy.checks / sitegroup.policy.pack directly.
"""

from pulumi_policy import EnforcementLevel, PolicyPack

from sitegroup.policy.pack import POLICIES

PolicyPack(
    name="sitegroup-site-invariants",
    enforcement_level=EnforcementLevel.MANDATORY,
    policies=POLICIES,
)
