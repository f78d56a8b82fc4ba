"""`sitegroup up --changed`: run the engine over the sites whose desired state changed, not the whole shard.

A sites shard of 200 counties is ~5,000 Kubernetes objects, and a plain `up` or preview costs the same whether one
entry changed or none: the program registers every object, the engine asks the provider to diff each one (a
server-side dry run) and the policy pack checks each one. Onboarding one county should not cost that.

What a site's desired state is, and so its digest (SHA-256 over canonical JSON):
- its rendered objects (`sitegroup.k8s.render`, the same renderer the program runs, secrets still as markers);
- its generated passwords as the platform stack last published them (hashed, never stored or printed);
and for the whole stack (the context): the stack's config file, the program's own sources (how objects are
registered: options such as retainOnDelete live there, not in the objects) and the provider's version.

After every successful `sitegroup up` of a sites stack (plain or --changed) the digests are recorded next to
the state, with the SHA-256 of the state file that update wrote (the file backend numbers no updates: its
history says version 0 for every one). `--changed` then targets only the sites whose digest differs
(`--target <site component> --target-dependents`, and the program registers only those sites, so the engine
never sees the others: Pulumi keeps an unregistered resource that is not targeted). Anything it cannot vouch
for means a full run, never a guess:
- no record, or the state is not the one the recorded update wrote (someone ran `pulumi up`, an update failed,
  the state was imported);
- the context changed (config, program, provider);
- a site left the shard (closing or moving a site deletes objects: the full run applies the data-safety rule);
- the platform stack's generated passwords cannot be read.
What --changed does not do that a full run does: ask the provider to diff unchanged sites' objects against the
cluster (a plain preview does not see kubectl edits either: that is `--preview --refresh`). Run a plain `up`
(or `--preview`) regularly, e.g. nightly, as the reconciliation pass.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from sitegroup.k8s import render
from sitegroup.model import Environment
from sitegroup.program.stackconfig import StackConfig

# The sites the program registers in a targeted run (comma-separated ids). Only `sitegroup up --changed` sets it,
# always together with --target: without targets, the engine would delete every site left out.
TARGETED_SITES_ENV = "SITEGROUP_TARGETED_SITES"
RECORD_DIR = ".sitegroup-applied"
SITE_TYPE = "sitegroup:index:Site"


def targeted_sites() -> frozenset[str] | None:
    raw = os.environ.get(TARGETED_SITES_ENV)
    if raw is None:
        return None
    return frozenset(s for s in raw.split(",") if s)


def _digest(value) -> str:
    text = json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode()).hexdigest()


def site_digests(env: Environment, st: StackConfig, credentials: dict) -> dict[str, str]:
    """Site id -> digest of its desired state in this stack (its rendered objects and its generated passwords)."""
    sites = render(env, layers=("sites",), shard=st.shard).sites
    return {site_id: _digest({"objects": list(objs), "credentials": _digest(credentials.get(site_id))})
            for site_id, objs in sites.items()}


def context_digest(root: Path, st: StackConfig) -> str:
    """What every site's registration depends on besides its own objects."""
    from sitegroup.engines.build import KUBERNETES_PROVIDER_VERSION

    program = root / "sitegroup" / "program"
    if not program.is_dir():  # installed, not run from a checkout
        program = Path(__file__).resolve().parent
    sources = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(program.glob("*.py"))}
    return _digest({"config": st.config, "program": sources, "provider": KUBERNETES_PROVIDER_VERSION})


@dataclass
class Record:
    """What the last successful `sitegroup up` of a stack applied."""

    state: str
    context: str
    sites: dict[str, str] = field(default_factory=dict)


def record_path(state_dir: Path, stack: str) -> Path:
    return state_dir / RECORD_DIR / f"{stack}.json"


def load_record(state_dir: Path, stack: str) -> Record | None:
    path = record_path(state_dir, stack)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return Record(state=str(raw["state"]), context=str(raw["context"]), sites=dict(raw["sites"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def save_record(state_dir: Path, stack: str, record: Record) -> None:
    path = record_path(state_dir, stack)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps({"state": record.state, "context": record.context, "sites": record.sites},
                              sort_keys=True, indent=1), encoding="utf-8")
    tmp.replace(path)


def forget_record(state_dir: Path, stack: str) -> None:
    record_path(state_dir, stack).unlink(missing_ok=True)


@dataclass(frozen=True)
class Decision:
    targeted: bool
    reason: str
    changed: tuple[str, ...] = ()


def state_digest(state_dir: Path, project: str, stack: str) -> str | None:
    """SHA-256 of the stack's state file in a file backend (plain or gzipped), None if there is none."""
    for name in (f"{stack}.json", f"{stack}.json.gz"):
        path = state_dir / ".pulumi" / "stacks" / project / name
        if path.is_file():
            return hashlib.sha256(path.read_bytes()).hexdigest()
    return None


def decide(record: Record | None, state: str | None, context: str, digests: dict[str, str]) -> Decision:
    """Targeted only when the record vouches for every site that is not re-applied."""
    if record is None or state is None:
        return Decision(False, "no record of a complete `sitegroup up` of this stack")
    if state != record.state:
        return Decision(False, "the stack's state is not the one the recorded `sitegroup up` left"
                               " (an update outside `sitegroup up`, a failed update, an import)")
    if record.context != context:
        return Decision(False, "the stack's config, the program or the provider changed")
    gone = sorted(set(record.sites) - set(digests))
    if gone:
        return Decision(False, f"sites left the shard ({', '.join(gone[:5])}{' ...' if len(gone) > 5 else ''})")
    changed = tuple(sorted(s for s, d in digests.items() if record.sites.get(s) != d))
    return Decision(True, f"{len(changed)} of {len(digests)} sites changed since the recorded update", changed)


def site_urn(stack: str, project: str, site_id: str) -> str:
    return f"urn:pulumi:{stack}::{project}::{SITE_TYPE}::{site_id}"
