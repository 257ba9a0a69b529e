"""Imports point down only (core ← forms ← io ← app ← cli / excel), and no module imports itself
back through a cycle.  Every import statement counts, also the lazy ones inside functions."""
import ast
from pathlib import Path

import pytest

from conftest import ROOT

PACKAGE = ROOT / "workbook_tools"

# Layer of a module by its dotted name (longest prefix wins).  errors.py and the package's
# own __init__ (the version) are core-level; the sample generators build demo inputs with
# the template writers, so they sit with app/.
LAYERS = {
    "workbook_tools": 0,
    "workbook_tools.errors": 0,
    "workbook_tools.core": 0,
    "workbook_tools.forms": 1,
    "workbook_tools.io": 2,
    "workbook_tools.app": 3,
    "workbook_tools.samples": 3,
    "workbook_tools.cli": 4,
    "workbook_tools.cli_ja": 4,
    "workbook_tools.api": 4,  # the Python API is a front end like the CLI
    "workbook_tools.__main__": 4,
    "workbook_tools.excel": 4,
}
NAMES = {0: "core", 1: "forms", 2: "io", 3: "app", 4: "cli/excel"}
# The one upward import allowed: the package root re-exports the Python API lazily (module __getattr__),
# so `import workbook_tools as wt; wt.read_surveys` works while `import workbook_tools` stays light.
ALLOWED = {("workbook_tools", "workbook_tools.api")}


def _modules() -> dict[str, Path]:
    out = {}
    for path in PACKAGE.rglob("*.py"):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


MODULES = _modules()


def layer(module: str) -> int:
    best = max((p for p in LAYERS if module == p or module.startswith(p + ".")), key=len)
    return LAYERS[best]


def _resolve(module: str, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    base = module.split(".")
    if not MODULES[module].name == "__init__.py":
        base = base[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join(base + ([node.module] if node.module else []))


def imports_of(module: str) -> set[str]:
    """The package's modules that `module` imports anywhere in its body (module level or lazily)."""
    tree = ast.parse(MODULES[module].read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = _resolve(module, node)
            targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in MODULES else base for a in node.names]
        else:
            continue
        for t in targets:
            while t and t not in MODULES:  # `import workbook_tools.io.readers as r` / an attribute of a module
                t = t.rpartition(".")[0]
            if t.startswith("workbook_tools") and t != module:
                found.add(t)
    return found


GRAPH = {m: imports_of(m) for m in MODULES}


def test_the_walk_sees_lazy_imports():
    # app/consolidate.py imports io/ only inside functions; the walk must still see it
    assert "workbook_tools.io.locate" in GRAPH["workbook_tools.app.consolidate"]
    assert "workbook_tools.forms.registry" in GRAPH["workbook_tools.cli"]
    assert layer("workbook_tools.core.rounding") == 0 and layer("workbook_tools.excel.buttons") == 4


def test_imports_point_down_only():
    wrong = sorted(f"{m} ({NAMES[layer(m)]}) imports {t} ({NAMES[layer(t)]})"
                   for m, targets in GRAPH.items() for t in targets if layer(t) > layer(m) and (m, t) not in ALLOWED)
    assert not wrong, "\n".join(wrong)


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out = []
    counter = 0
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                comp = []
                while True:
                    x = stack.pop()
                    on_stack.discard(x)
                    comp.append(x)
                    if x == node:
                        break
                if len(comp) > 1:
                    out.append(sorted(comp))
    return out


def test_cycle_finder_finds_a_cycle():
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


def test_no_import_cycles():
    # the root's lazy re-export of the API runs only on attribute access, after the package is loaded
    cycles = _cycles({m: {t for t in ts if (m, t) not in ALLOWED} for m, ts in GRAPH.items()})
    assert not cycles, "\n".join(" ↔ ".join(c) for c in cycles)


@pytest.mark.parametrize("module", ["workbook_tools.io.locate", "workbook_tools.io.consolidate_writer"])
def test_readers_and_writers_do_not_reach_up_or_sideways(module):
    # the reader takes naming rules from the form, not from the template writer; the consolidated
    # writer takes records from forms/, not from app/
    assert "workbook_tools.io.template_writer" not in GRAPH[module]
    assert not [t for t in GRAPH[module] if t.startswith("workbook_tools.app")]
