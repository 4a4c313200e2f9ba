"""Module hygiene that behaviour tests cannot see."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

KG = Path(__file__).resolve().parents[1] / "kg"


def _rebinds(path: Path) -> list[str]:
    """Module-level names bound twice, where the second binding does not build on the first."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    seen: dict[str, int] = {}
    out = []
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        for t in targets:
            if not isinstance(t, ast.Name):
                continue
            uses_itself = node.value is not None and any(
                isinstance(n, ast.Name) and n.id == t.id for n in ast.walk(node.value))
            if t.id in seen and not uses_itself:
                out.append(f"{path.name}:{node.lineno}: {t.id} (first bound on line {seen[t.id]})")
            seen.setdefault(t.id, node.lineno)
    return out


@pytest.mark.parametrize("path", sorted(KG.rglob("*.py")), ids=lambda p: str(p.relative_to(KG)))
def test_no_module_constant_is_bound_twice(path):
    """A second ``_PATTERN = re.compile(…)`` silently replaces the first for every use in the module
    (both the code written for the first and for the second read the second)."""
    assert _rebinds(path) == []
