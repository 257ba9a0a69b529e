"""No module of the package binds a top-level function, class or constant twice: the second silently replaces the first
for every use, the earlier lines included (two `_TOTAL_HEADS` in io/locate.py, one of them dead, went unseen)."""
from __future__ import annotations

import ast
from collections import Counter

from conftest import ROOT


def test_no_top_level_name_is_defined_twice():
    twice = {}
    for path in sorted((ROOT / "workbook_tools").rglob("*.py")):
        names: Counter = Counter()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                names[node.name] += 1
            elif isinstance(node, ast.Assign):
                names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        if dup := sorted(k for k, n in names.items() if n > 1):
            twice[str(path.relative_to(ROOT))] = dup
    assert twice == {}
