"""policies/logging/retention.yaml: days kept per kind of log, per environment, never below the legal floor."""

from __future__ import annotations

from pathlib import Path

from sitegroup.errors import Issue, display_path
from sitegroup.model import LOG_KINDS, LogRetention
from sitegroup.yamlsafe import YamlProblem, load

KINDS = LOG_KINDS
LEGAL_FLOOR_DAYS = 180  # 网络安全法 第21条: network logs at least six months
POLICY_FILE = Path(__file__).resolve().parents[2] / "policies" / "logging" / "retention.yaml"


class PolicyError(ValueError):
    def __init__(self, issues: list[Issue]):
        self.issues = issues
        super().__init__("\n".join(str(i) for i in issues))


Retention = LogRetention  # the model's: the inventory loads this policy into Environment.log_retention


def load_policy(env: str, path: Path = POLICY_FILE) -> Retention:
    name = display_path(path)
    try:
        data, lines = load(path)
    except YamlProblem as e:
        raise PolicyError([e.issue]) from None
    issues: list[Issue] = []

    def bad(field: tuple, message: str, fix: str) -> None:
        dotted = ".".join(str(p) for p in field)
        issues.append(Issue(name, lines.get(field, 1), dotted, message, fix, rule="log-retention"))

    if not isinstance(data, dict):
        raise PolicyError([Issue(name, 1, "", "not a mapping", "see docs/logging.md", rule="log-retention")])
    floor = data.get("minimum_days")
    if not isinstance(floor, int) or floor < LEGAL_FLOOR_DAYS:
        bad(("minimum_days",), f"minimum_days is {floor!r}; the law asks at least {LEGAL_FLOOR_DAYS}",
            f"set minimum_days: {LEGAL_FLOOR_DAYS} or more (网络安全法 第21条)")
        floor = LEGAL_FLOOR_DAYS

    def days_of(mapping: object, where: tuple, need_all: bool) -> dict[str, int]:
        out: dict[str, int] = {}
        if not isinstance(mapping, dict):
            bad(where, "must be a mapping of kind: days", f"kinds are {', '.join(KINDS)}")
            return out
        for kind, days in mapping.items():
            if kind not in KINDS:
                bad((*where, kind), f"unknown kind {kind!r}", f"use one of {', '.join(KINDS)}")
            elif not isinstance(days, int) or isinstance(days, bool) or days < floor:
                bad((*where, kind), f"{days!r} days is below the floor of {floor}",
                    f"keep {kind} logs at least {floor} days")
            else:
                out[kind] = days
        if need_all:
            for kind in KINDS:
                if kind not in mapping:
                    bad(where, f"kind {kind!r} has no retention", f"add {kind}: <days> (at least {floor})")
        return out

    days = days_of(data.get("kinds"), ("kinds",), need_all=True)
    envs = data.get("environments") or {}
    if not isinstance(envs, dict):
        bad(("environments",), "must be a mapping of environment: {kind: days}", "see docs/logging.md")
        envs = {}
    for env_name, overrides in envs.items():
        more = days_of(overrides, ("environments", env_name), need_all=False)
        for kind, d in more.items():
            if kind in days and d < days[kind]:
                bad(("environments", env_name, kind), f"{d} days is shorter than the default {days[kind]}",
                    "an environment may only keep a kind longer")
        if env_name == env:
            days = {**days, **more}
    for key in data:
        if key not in ("minimum_days", "kinds", "environments"):
            bad((key,), f"unknown key {key!r}", "keys are minimum_days, kinds, environments")
    if issues:
        raise PolicyError(issues)
    return Retention(env, days)
