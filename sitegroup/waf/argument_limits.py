"""Declared argument limits: a path whose requests carry more than 1,000 arguments by design.

A vector database's search API takes its query as an embedding, a JSON array of 768 to 4,096 numbers (Milvus
``/v2/vectordb/entities/search`` ``data``, Qdrant ``points/search`` ``vector``, Chroma ``query_embeddings``; 1,024
for the Chinese models most deployed: bge-m3, bge-large-zh, text-embedding-v3), and ModSecurity's JSON processor
makes each number an argument. The platform refuses a request of 1,000 arguments or more (200007: SecArgumentsLimit's
count, past which the engine stops adding arguments and a rule could no longer read them all), so every such search
is refused at every profile (corpus AJ tuning part, stop 38: 32 requests).

A CMS package (``argument_limits:``) names the paths and the limit, at most MAX_LIMIT (1,100: a 1,024-dimension
embedding and the request's other members). Not more: every rule reads every argument, about 0.3-0.5 ms of worker
CPU each (stock CRS's cost too; ADR 0041), so a declared path costs at most about what any request of up to 999
arguments costs today, not four times that. The engine reads up to
ENGINE_LIMIT arguments on every request (SecArgumentsLimit), so every one of them meets every rule; a path rule of
the package's sites sets ``tx.sg_args_limit``, and 200007 refuses a request of 1,000 or more arguments unless that
variable is set and the count is within it. So an undeclared path, or a declared path of a site without the
package, is refused at 1,000 as before, and a declared path beyond its limit too. Nothing else changes: each number
is still an argument every rule reads (a string in the array is read as any other value).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sitegroup.waf.ctl import DECLARED_PATHS, PATH_TRANSFORMS, path_operator
from sitegroup.waf.errors import WafRenderError

DEFAULT_LIMIT = 1000  # 200007's count on every other request (Debian's modsecurity.conf-recommended)
MAX_LIMIT = 1100  # an embedding of 1,024 dimensions and its request's other members (ADR 0041: the cost per argument)
ENGINE_LIMIT = MAX_LIMIT + 1  # SecArgumentsLimit: one more, so a request past any declared limit still counts past it
VARIABLE = "sg_args_limit"

SCHEMA: dict = {
    "type": "array", "minItems": 1, "maxItems": 5,
    "description": "paths whose requests carry more than 1,000 arguments by design (an embedding's numbers)",
    "items": {
        "type": "object", "additionalProperties": False, "required": ["paths", "limit", "reason"],
        "properties": {
            "paths": DECLARED_PATHS,
            "limit": {"type": "integer", "minimum": DEFAULT_LIMIT + 1, "maximum": MAX_LIMIT},
            "reason": {"type": "string", "minLength": 1, "maxLength": 300, "pattern": "^[^\\x00-\\x1f\\x7f]+$"},
        },
    },
}


@dataclass(frozen=True)
class ArgumentLimit:
    paths: tuple[str, ...]
    limit: int
    reason: str


def from_data(items: Iterable[dict]) -> tuple[ArgumentLimit, ...]:
    return tuple(ArgumentLimit(tuple(a["paths"]), a["limit"], a["reason"]) for a in items)


def rule_count(a: ArgumentLimit) -> int:
    return len(a.paths)


def render(a: ArgumentLimit, first_id: int, tag: str) -> list[str]:
    """One phase-1 rule per path (behind the package's skip, so only its sites get there)."""
    if not DEFAULT_LIMIT < a.limit <= MAX_LIMIT:
        raise WafRenderError(f"an argument limit is {DEFAULT_LIMIT + 1}-{MAX_LIMIT}, not {a.limit}")
    lines = [f"# Up to {a.limit} arguments on {', '.join(a.paths)}"]
    for i, path in enumerate(a.paths):
        lines.append(f'SecRule REQUEST_FILENAME "{path_operator(path)}" "id:{first_id + i},phase:1,pass,nolog,'
                     f"{PATH_TRANSFORMS},tag:'{tag}',setvar:tx.{VARIABLE}={a.limit}\"")
    return lines


# 200007, rendered in modsec.BASE_CONF: 1,000 arguments or more are refused unless a declared limit holds them.
# An unset tx.sg_args_limit expands to nothing, which @le reads as 0.
TOO_MANY_ARGUMENTS = (
    f'SecRule &ARGS "@ge {DEFAULT_LIMIT}" \\\n'
    '    "id:200007,phase:2,t:none,log,deny,status:400,msg:\'Too many arguments\',chain"\n'
    f'    SecRule &ARGS "!@le %{{tx.{VARIABLE}}}" "t:none"'
)
