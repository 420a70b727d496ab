"""The architecture of SPEC section 2, enforced: the core never imports xlwings."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_core_never_imports_xlwings():
    offenders = [
        str(path.relative_to(REPO))
        for path in sorted((REPO / "addin").rglob("*.py"))
        if "xlwings" in _imports(path)
    ]
    assert offenders == [], f"addin/ must stay host-agnostic; these import xlwings: {offenders}"


def test_importing_every_core_module_does_not_load_xlwings():
    code = (
        "import importlib, pkgutil, sys, addin\n"
        "for m in pkgutil.walk_packages(addin.__path__, 'addin.'):\n"
        "    importlib.import_module(m.name)\n"
        "print('xlwings' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False", out.stderr
