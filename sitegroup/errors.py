"""Validation findings that name the file, the line, the field, what is wrong and how to fix it."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path


@dataclass(frozen=True, order=True)
class Issue:
    file: str
    line: int
    field: str  # dotted path inside the document, e.g. "waf.exceptions[0].expires"; "" for the whole file
    message: str  # what is wrong
    fix: str  # how to fix it
    rule: str = "schema"  # which rule found it (stable id, used by tests and --format json)

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}"
        field = f" {self.field}:" if self.field else ""
        return f"{where}:{field} {self.message}\n    fix: {self.fix}"

    def as_dict(self) -> dict:
        return asdict(self)


class InventoryError(Exception):
    """Raised with every issue found in one run; nothing has been written."""

    def __init__(self, issues: list[Issue]):
        self.issues = sorted(set(issues))
        super().__init__(f"{len(self.issues)} problem(s) in the inventory")

    def __str__(self) -> str:
        return "\n".join(str(i) for i in self.issues)


def display_path(path: Path, base: Path | None = None) -> str:
    """A path as operators see it: relative to the working directory when possible."""
    path = Path(path)
    for root in (base, Path.cwd()):
        if root is None:
            continue
        try:
            return str(path.resolve().relative_to(Path(root).resolve()))
        except ValueError:
            continue
    return str(path)
