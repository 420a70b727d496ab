"""Docs are tested, page by page: every option of every `pmo` command is on its command's
page, every `pmo consolidate --json` key on docs/consolidate.md, every roll-up sheet in
SPEC order, every package of the core on docs/architecture.md, every ribbon button in
docs/excel.md and the smoke checklist, every page in the docs index."""

from __future__ import annotations

import json
import re
from pathlib import Path

import click
from click.testing import CliRunner
from sheet_order import ROLLUP_TAIL
from test_architecture import FLOORS

from addin.cli import cli
from macros_bridge.ribbon import GROUPS

REPO = Path(__file__).resolve().parent.parent
DOCS = REPO / "docs"

#: The page that documents each top-level command (a new command must be added here).
PAGES = {
    "addin": "excel.md",
    "adopt": "adopt.md",
    "check": "check.md",
    "consolidate": "consolidate.md",
    "demo": "demo.md",
    "history": "store.md",
    "new": "templates.md",
    "prioritise": "prioritise.md",
    "report": "report.md",
    "standards": "standards.md",
    "templates": "templates.md",
    "upgrade": "upgrade.md",
}


def _page(name: str) -> str:
    return (DOCS / name).read_text(encoding="utf-8")


def _leaf_commands() -> list[tuple[str, click.Command]]:
    ctx = click.Context(cli)
    found: list[tuple[str, click.Command]] = []

    def walk(command: click.Command, path: str) -> None:
        if isinstance(command, click.Group):
            for name in command.list_commands(ctx):
                sub = command.get_command(ctx, name)
                assert sub is not None, f"`{path} {name}` is listed but has no module"
                walk(sub, f"{path} {name}")
        else:
            found.append((path, command))

    walk(cli, "pmo")
    return found


def test_every_command_has_a_page():
    ctx = click.Context(cli)
    missing = [name for name in cli.list_commands(ctx) if name not in PAGES]
    assert missing == [], (
        f"add these commands to PAGES with the page that documents them: {missing}"
    )


def test_every_option_of_every_command_is_on_its_page():
    missing: list[str] = []
    for path, command in _leaf_commands():
        page = _page(PAGES[path.split()[1]])
        for param in command.params:
            if not isinstance(param, click.Option):
                continue
            for option in param.opts + param.secondary_opts:
                if option.startswith("--") and option != "--help" and option not in page:
                    missing.append(f"{path} {option} ({PAGES[path.split()[1]]})")
    assert missing == [], f"document these options on their command's page: {missing}"


def test_every_consolidate_json_key_is_documented(tmp_path: Path):
    folder = tmp_path / "portfolio"
    folder.mkdir()
    result = CliRunner().invoke(
        cli,
        ["consolidate", str(folder), "--json", "--store", str(tmp_path / "history.sqlite")],
    )
    assert result.exit_code == 0, result.output
    document = json.loads(result.output)
    page = _page("consolidate.md")
    keys = list(document) + list(document["totals"]) + list(document["store"])
    missing = [key for key in keys if f'"{key}"' not in page and f"`{key}`" not in page]
    assert missing == [], f"document these pmo consolidate --json keys: {missing}"
    assert set(document) >= {"agile", "capacity", "store", "files", "totals"}


def test_the_rollup_sheets_are_documented_in_spec_order():
    page = _page("consolidate.md")
    rows = re.findall(r"^\| ([^|]+?) \| `tbl", page, flags=re.MULTILINE)
    expected = ["Summary", "Projects", "Risks, Assumptions", "Finance", *ROLLUP_TAIL]
    shown = [
        next(e for e in expected if row.startswith(e))
        for row in rows
        if any(row.startswith(e) for e in expected)
    ]
    assert shown == expected, f"docs/consolidate.md lists the roll-up sheets as {rows}"


def test_every_package_of_the_core_is_on_the_architecture_page():
    page = _page("architecture.md")
    missing = [name for name in FLOORS if f"`{name}.py`" not in page and f"`{name}/`" not in page]
    assert missing == [], f"list these parts of addin/ on their floor in architecture.md: {missing}"
    on_disk = {
        p.stem if p.is_file() else p.name
        for p in (REPO / "addin").iterdir()
        if (p.suffix == ".py") or (p.is_dir() and (p / "__init__.py").exists())
    }
    assert on_disk <= set(FLOORS), sorted(on_disk - set(FLOORS))


def test_every_ribbon_button_is_in_excel_md_and_the_smoke_checklist():
    excel = _page("excel.md")
    checklist = " ".join(_page("excel-smoke-checklist.md").split())
    for group in GROUPS:
        for button in group.buttons:
            row = f"| {group.label} | {button.label} | `{button.tag}` |"
            assert row in excel, f"docs/excel.md has no row {row!r}"
            assert f"**{button.label}**" in checklist, (
                f"the smoke checklist has no step for **{button.label}**"
            )
        listed = ", ".join(button.label for button in group.buttons)
        assert f"**{group.label}** ({listed})" in checklist, (
            f"the smoke checklist's tab step should list {group.label}: ({listed})"
        )


def test_the_docs_index_lists_every_page():
    index = _page("README.md")
    missing = [
        p.name
        for p in sorted(DOCS.glob("*.md"))
        if p.name != "README.md" and f"]({p.name})" not in index
    ]
    assert missing == [], f"add these pages to docs/README.md: {missing}"
