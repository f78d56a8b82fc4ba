"""The package's import graph: no cycles, and the layers of docs/architecture.md hold.

The graph is read from the source with ast (module-level and function-level imports alike), so an import
hidden inside a function to dodge a cycle at import time still counts as the cycle it is.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "sitegroup"


def module_names(root: Path = ROOT) -> dict[str, Path]:
    """Dotted module name -> file, for every module of the package (a package is its __init__.py)."""
    out = {}
    for path in sorted((root / PACKAGE).rglob("*.py")):
        parts = list(path.relative_to(root).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


def _imported(node: ast.Import | ast.ImportFrom, module: str, is_package: bool, known: set[str]) -> set[str]:
    """The package's modules one import statement loads (``from pkg import name`` is pkg.name when that is a
    module, else pkg itself). Parent packages are not counted: Python runs them first, never in a cycle."""
    if isinstance(node, ast.Import):
        return {alias.name for alias in node.names if alias.name in known}
    base = node.module or ""
    if node.level:
        anchor = module.split(".") if is_package else module.split(".")[:-1]
        anchor = anchor[: len(anchor) - (node.level - 1)]
        base = ".".join([*anchor, base] if base else anchor)
    found = set()
    for alias in node.names:
        if f"{base}.{alias.name}" in known:
            found.add(f"{base}.{alias.name}")
        elif base in known:
            found.add(base)
    return found


def import_graph(modules: dict[str, Path]) -> dict[str, set[str]]:
    known = set(modules)
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        edges: set[str] = set()
        for node in ast.walk(tree):  # every import, however deep in a function
            if isinstance(node, ast.Import | ast.ImportFrom):
                edges |= _imported(node, name, path.name == "__init__.py", known)
        graph[name] = edges - {name}
    return graph


def find_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """One cycle (a -> ... -> a) per strongly connected component that has one (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[set[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = set()
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.add(w)
                if w == v:
                    break
            if len(component) > 1:
                components.append(component)

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return [_cycle_in(graph, component) for component in components]


def _cycle_in(graph: dict[str, set[str]], component: set[str]) -> list[str]:
    """A path start -> ... -> start inside one strongly connected component (breadth first: a short one)."""
    start = min(component)
    came_from: dict[str, str] = {}
    frontier = [start]
    while frontier:
        nxt = []
        for v in frontier:
            for w in sorted(graph[v] & component):
                if w == start:
                    path = [v]
                    while path[-1] != start:
                        path.append(came_from[path[-1]])
                    return [start, *reversed(path[:-1]), start]
                if w not in came_from:
                    came_from[w] = v
                    nxt.append(w)
        frontier = nxt
    raise AssertionError("a strongly connected component always has a cycle")


@pytest.fixture(scope="module")
def graph() -> dict[str, set[str]]:
    return import_graph(module_names())


def test_the_finder_reports_a_cycle_including_one_through_a_function_level_import(tmp_path):
    pkg = tmp_path / PACKAGE
    (pkg / "sub").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "sub" / "__init__.py").write_text("from . import a\n")
    (pkg / "sub" / "a.py").write_text("from sitegroup.sub import b\n")
    (pkg / "sub" / "b.py").write_text("def f():\n    from .. import c\n")
    (pkg / "c.py").write_text("import sitegroup.sub.a\n")
    (pkg / "d.py").write_text("from sitegroup.sub import a, b\nfrom sitegroup import c\n")
    found = import_graph(module_names(tmp_path))
    assert found["sitegroup.d"] == {"sitegroup.sub.a", "sitegroup.sub.b", "sitegroup.c"}
    assert find_cycles(found) == [["sitegroup.c", "sitegroup.sub.a", "sitegroup.sub.b", "sitegroup.c"]]
    assert _reaches(found, "sitegroup.d", ("sitegroup.sub",)) == ["sitegroup.sub.a", "sitegroup.sub.b"]
    assert _reaches(found, "sitegroup.sub.a", ("sitegroup",)) == []  # its own package
    assert _reaches(found, "sitegroup.c", ("sitegroup.s",)) == []  # a package name, not a string prefix
    (pkg / "sub" / "b.py").write_text("def f():\n    pass\n")
    assert find_cycles(import_graph(module_names(tmp_path))) == []


def test_no_import_cycles(graph):
    cycles = find_cycles(graph)
    assert not cycles, "import cycles in sitegroup/:\n" + "\n".join(" -> ".join(c) for c in cycles)


def _reaches(graph: dict[str, set[str]], module: str, forbidden: tuple[str, ...]) -> list[str]:
    """What ``module`` imports from the ``forbidden`` modules and packages, apart from its own package's modules
    and the root package (which holds only ``__version__``)."""
    own = module.split(".")[:2]
    return sorted(m for m in graph[module] if m != PACKAGE and m.split(".")[:2] != own
                  and any(m == f or m.startswith(f + ".") for f in forbidden))


@pytest.mark.parametrize(
    ("layer", "must_not_import"),
    [
        # the backup logic runs on a laptop and in the jobs: it never builds Kubernetes objects
        ("sitegroup.backup", ("sitegroup.k8s", "sitegroup.waf", "sitegroup.program", "sitegroup.commands")),
        # renderers take the model (never load it) and are called by the program and the CLI, not the reverse
        ("sitegroup.k8s", ("sitegroup.inventory", "sitegroup.program", "sitegroup.commands")),
        ("sitegroup.waf", ("sitegroup.inventory", "sitegroup.k8s", "sitegroup.program", "sitegroup.commands")),
        # Ansible ships the migration package to the content hosts alone (relative imports only)
        ("sitegroup.migrate", ("sitegroup",)),
        ("sitegroup.contracts", ("sitegroup",)),
        ("sitegroup.model", ("sitegroup",)),
    ],
)
def test_layers(graph, layer, must_not_import):
    wrong = {m: _reaches(graph, m, must_not_import) for m in graph if m == layer or m.startswith(layer + ".")}
    assert wrong, f"no module {layer}: update this test with docs/architecture.md"
    assert not {m: w for m, w in wrong.items() if w}, f"{layer} imports a layer above it (docs/architecture.md)"


def test_every_module_says_what_it_owns():
    missing = [str(p.relative_to(ROOT)) for p in module_names().values()
               if not (ast.get_docstring(ast.parse(p.read_text(encoding="utf-8"))) or "").strip()]
    assert not missing, f"modules without an opening docstring: {missing}"
