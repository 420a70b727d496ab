"""The architecture of SPEC section 2, enforced from the imports: the core never imports xlwings,
the bridge or the UDFs; the UDFs never import the bridge; the floors of the core hold
(docs/architecture.md)."""

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


# --- the floors (docs/architecture.md) ----------------------------------------------------

#: Every top-level module or package of addin/ -> its floor. A module may import its own
#: floor or a lower one, never a higher one. "__init__" is the package itself (`addin`).
#: A new package goes here first (and in docs/architecture.md), or this test fails.
FOUNDATION, FILES, READING, RULES, FEATURES, COMMANDS = range(6)
FLOORS: dict[str, int] = {
    # foundation: values, errors, the standards, the layout, models, findings, the rule
    # catalogue and the host interface
    "__init__": FOUNDATION,
    "errors": FOUNDATION,
    "version": FOUNDATION,
    "lazy": FOUNDATION,  # names a package loads on first use
    "cells": FOUNDATION,
    "values": FOUNDATION,  # the one set of value converters (reading, adoption, UDFs)
    "findings": FOUNDATION,
    "catalogue": FOUNDATION,
    "host": FOUNDATION,
    "marks": FOUNDATION,
    "models": FOUNDATION,
    "layout": FOUNDATION,
    "derived": FOUNDATION,
    "standards": FOUNDATION,
    "template_versions": FOUNDATION,  # version 2 (issue 10): the layout of each version
    # files: what a file really is, its XML parts, the file hosts
    "files": FILES,
    "libreoffice": FILES,
    # reading: the standard project workbook into models, with the reader's findings
    "reading": READING,
    "excel_values": READING,
    # rules: the checks over what was read, and the agile metrics they judge (issue 14)
    "rules": RULES,
    "agile": RULES,
    # features: checking, roll-up, consolidation, templates, adoption, demo, macros; and
    # version 2's store, prioritisation, capacity, upgrade and report packages
    "check": FEATURES,
    "rollup": FEATURES,
    "consolidate": FEATURES,
    "templates": FEATURES,
    "adopt": FEATURES,
    "demo": FEATURES,
    "macros": FEATURES,
    "check_output": FEATURES,
    "check_workbook": FEATURES,
    "store": FEATURES,
    "prioritise": FEATURES,
    "capacity": FEATURES,
    "upgrade": FEATURES,
    "report": FEATURES,
    # the command line
    "commands": COMMANDS,
    "cli": COMMANDS,
}

#: Top-level packages the core (addin) must never import, at any floor.
NEVER_IN_CORE = ("macros_bridge", "udfs", "xlwings")


def _module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imported_modules(path: Path, root: Path) -> list[tuple[int, str]]:
    """(line, dotted module) of every import in ``path``, those inside functions and
    ``TYPE_CHECKING`` blocks included; ``from pkg import name`` names ``pkg.name``."""
    module = _module_name(path, root)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            found += [(node.lineno, f"{base}.{alias.name}") for alias in node.names]
    return found


def _top(dotted: str, root: Path) -> str:
    """The top-level module or package of ``root`` that ``dotted`` is in."""
    parts = dotted.split(".")
    if len(parts) < 2:
        return "__init__"
    name = parts[1]
    return name if (root / name).is_dir() or (root / f"{name}.py").is_file() else "__init__"


def layer_violations(root: Path, floors: dict[str, int]) -> list[str]:
    """Every import in the core package at ``root`` that breaks the architecture."""
    core = root.name
    problems: list[str] = []
    for path in sorted(root.rglob("*.py")):
        where = path.relative_to(root.parent)
        own = _top(_module_name(path, root), root)
        if own not in floors:
            problems.append(f"{where}: {core}.{own} has no floor; add it to FLOORS")
            continue
        for line, dotted in _imported_modules(path, root):
            head = dotted.split(".")[0]
            if head in NEVER_IN_CORE:
                problems.append(f"{where}:{line}: the core imports {dotted}")
            elif head == core:
                target = _top(dotted, root)
                if floors.get(target, -1) > floors[own]:
                    problems.append(
                        f"{where}:{line}: {core}.{own} (floor {floors[own]}) imports "
                        f"{dotted} (floor {floors[target]}), a floor above it"
                    )
    return problems


def test_the_floors_of_the_core_hold():
    assert layer_violations(REPO / "addin", FLOORS) == []


def test_every_floor_name_is_a_real_part_of_the_core_or_a_version_2_package():
    version_2 = {
        "store",
        "prioritise",
        "capacity",
        "agile",
        "upgrade",
        "report",
        "template_versions",
    }
    missing = [
        name
        for name in FLOORS
        if name != "__init__"
        and name not in version_2
        and not (REPO / "addin" / name).is_dir()
        and not (REPO / "addin" / f"{name}.py").is_file()
    ]
    assert missing == []


def test_udfs_never_import_the_bridge():
    offenders = [
        f"{path.relative_to(REPO)}:{line}: {dotted}"
        for path in sorted((REPO / "udfs").rglob("*.py"))
        for line, dotted in _imported_modules(path, REPO / "udfs")
        if dotted.split(".")[0] == "macros_bridge"
    ]
    assert offenders == []


def private_imports(root: Path, *, unit: str = "part") -> list[str]:
    """``from addin.X... import _name`` in a module outside part X of the core (``unit``
    "part"), or in any module but the one that defines it (``unit`` "module"): a part uses
    another part's public names only (the capacity reader once called the project reader's
    ``_Reader``; it now uses :mod:`addin.reading.tables`), and since round 26 a module uses
    another module's public names only (adoption's modules once shared two dozen private
    names; the names another module needs are that module's interface and say so)."""
    offenders = []
    for path in sorted(root.rglob("*.py")):
        module = _module_name(path, root)
        own = _top(module, root) if unit == "part" else module
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.ImportFrom) and node.module and node.level == 0):
                continue
            other = _top(node.module, root) if unit == "part" else node.module
            if node.module.split(".")[0] != "addin" or other == own:
                continue
            for alias in node.names:
                if alias.name.startswith("_") and not alias.name.startswith("__"):
                    offenders.append(
                        f"{path.relative_to(root.parent)}:{node.lineno}: imports "
                        f"{node.module}.{alias.name}, a private name of another {unit}"
                    )
    return offenders


def test_no_part_of_the_core_imports_another_part_s_private_names():
    assert private_imports(REPO / "addin") == []


def test_no_module_of_the_core_imports_another_module_s_private_names():
    assert private_imports(REPO / "addin", unit="module") == []


def _tree(tmp_path: Path, files: dict[str, str]) -> Path:
    root = tmp_path / "addin"
    for name, text in {"__init__.py": "", **files}.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


def test_the_checker_catches_an_import_up_a_floor_even_inside_a_function(tmp_path: Path):
    root = _tree(
        tmp_path,
        {
            "files/__init__.py": "",
            "files/sniff.py": "def f():\n    from addin.rules.base import check\n",
            "rules/__init__.py": "",
            "rules/base.py": "from addin.files import sniff\nfrom . import other\n",
            "rules/other.py": "from ..files.sniff import f\n",
        },
    )
    assert layer_violations(root, FLOORS) == [
        "addin/files/sniff.py:2: addin.files (floor 1) imports addin.rules.base.check "
        "(floor 3), a floor above it"
    ]


def test_the_checker_catches_relative_and_bridge_imports_and_unmapped_packages(tmp_path: Path):
    root = _tree(
        tmp_path,
        {
            "reading/__init__.py": "",
            "reading/reader.py": "from ..rollup import writer\nimport macros_bridge.ribbon\n",
            "rollup/__init__.py": "",
            "rollup/writer.py": "",
            "newthing.py": "",
        },
    )
    assert layer_violations(root, FLOORS) == [
        "addin/newthing.py: addin.newthing has no floor; add it to FLOORS",
        "addin/reading/reader.py:1: addin.reading (floor 2) imports addin.rollup.writer "
        "(floor 4), a floor above it",
        "addin/reading/reader.py:2: the core imports macros_bridge.ribbon",
    ]


def test_the_bridge_registers_pmo_addin_itself():
    import click

    from addin.cli import COMMANDS, cli, plugin_commands

    assert "addin" not in COMMANDS
    assert plugin_commands()["addin"].value == "macros_bridge.commands:command"
    ctx = click.Context(cli)
    assert "addin" in cli.list_commands(ctx)
    command = cli.get_command(ctx, "addin")
    assert isinstance(command, click.Group) and set(command.list_commands(ctx)) == {
        "build",
        "install",
    }


def test_the_private_name_checker_catches_one(tmp_path: Path):
    root = _tree(
        tmp_path,
        {
            "reading/__init__.py": "",
            "reading/project_reader.py": "class _Reader: ...\n",
            "reading/tables.py": "from addin.reading.project_reader import _Reader\n",
            "capacity/__init__.py": "",
            "capacity/reader.py": "\nfrom addin.reading.project_reader import _Reader\n",
        },
    )
    assert private_imports(root) == [
        "addin/capacity/reader.py:2: imports addin.reading.project_reader._Reader, a private "
        "name of another part"
    ]
    assert private_imports(root, unit="module") == [
        "addin/capacity/reader.py:2: imports addin.reading.project_reader._Reader, a private "
        "name of another module",
        "addin/reading/tables.py:1: imports addin.reading.project_reader._Reader, a private "
        "name of another module",
    ]


def names_bound_twice(root: Path) -> list[str]:
    """Top-level names a module of ``root`` binds twice (a constant, function or class):
    the later silently replaces the earlier for every use above it too. Round 35: two
    branches each named a pattern ``_PRICED`` in one module (a header's currency sign, a
    title's price line) and the merge left the second in force, so ``Day rate ($)`` stated
    no currency; every test of the second rule passed."""
    out = []
    for path in sorted(root.rglob("*.py")):
        seen: dict[str, int] = {}
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            names: list[str] = []
            if isinstance(node, ast.Assign):
                names = [t.id for t in node.targets if isinstance(t, ast.Name)]
            elif isinstance(node, ast.AnnAssign) and node.value is not None:
                names = [node.target.id] if isinstance(node.target, ast.Name) else []
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                names = [node.name]
            for name in names:
                if name in seen:
                    where = path.relative_to(root.parent).as_posix()
                    out.append(f"{where}:{node.lineno}: {name} bound again (line {seen[name]})")
                seen.setdefault(name, node.lineno)
    return out


def test_no_module_of_the_core_binds_a_top_level_name_twice():
    assert names_bound_twice(REPO / "addin") == []


def test_the_rebinding_checker_catches_one(tmp_path: Path):
    root = _tree(tmp_path, {"adopt/currency.py": "A = 1\n\n\ndef f(): ...\n\n\nA = 2\n"})
    assert names_bound_twice(root) == ["addin/adopt/currency.py:7: A bound again (line 1)"]
