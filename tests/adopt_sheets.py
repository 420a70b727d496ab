"""Small helpers the adoption tests share: a workbook written from rows, adopted with the
built-in standards, and the parts of the adoption a test asserts on."""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dc_field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import openpyxl

from addin.adopt import Adoption, adopt_host, open_source
from addin.adopt.match import candidates
from addin.adopt.report import ColumnReport, TableReport
from addin.standards import Standards, default_standards

if TYPE_CHECKING:
    from addin.consolidate import ConsolidationResult


def book(path: Path, sheet: str, rows: list[list[object]], merged: tuple[str, ...] = ()) -> Path:
    """A workbook of one sheet holding ``rows`` from A1 (None leaves a cell empty), with
    the ``merged`` ranges (``"B3:D3"``) merged, as a heading written over its columns is."""
    return books(path, {sheet: rows}, {sheet: merged})


def books(
    path: Path,
    sheets: dict[str, list[list[object]]],
    merged: dict[str, tuple[str, ...]] | None = None,
) -> Path:
    """A workbook of the named sheets, in order, each holding its rows from A1 (None leaves
    a cell empty) and its ranges of ``merged`` merged."""
    wb = openpyxl.Workbook()
    first = wb.active
    assert first is not None
    for n, (name, rows) in enumerate(sheets.items()):
        ws = first if n == 0 else wb.create_sheet()
        ws.title = name
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row, start=1):
                if value is not None:
                    ws.cell(r, c, value)
        for cells in (merged or {}).get(name, ()):
            ws.merge_cells(cells)
    wb.save(path)
    return path


def best_candidate(header: str, register: str) -> tuple[str, float] | None:
    """The standard column a header matches best in ``register``, with its confidence."""
    found = candidates(header, register)
    return (found[0].column_key, found[0].confidence) if found else None


def adopt(path: Path) -> Adoption:
    return adopt_host(open_source(path), default_standards())


def only(adoption: Adoption) -> TableReport:
    """The one table adopted (the test fails if there are more or none)."""
    (table,) = adoption.report.adopted_tables
    return table


def finance_by_line(adoption: Adoption) -> dict[tuple[date, str], Any]:
    """Each adopted finance row by its month and cost line."""
    return {(f.month, f.cost_line): f for f in adoption.project.finance}


def registers(adoption: Adoption) -> list[str | None]:
    """The register of each adopted table, in order."""
    return [t.register for t in adoption.report.adopted_tables]


def targets(table: TableReport) -> dict[str, str | None]:
    """Each source header and the standard column it was mapped to (None: left out)."""
    return {c.header: c.target for c in table.columns}


def column(table: TableReport, header: str) -> ColumnReport:
    (found,) = [c for c in table.columns if c.header == header]
    return found


def field(adoption: Adoption, register: str, key: str) -> list[object]:
    """One field of every adopted item of ``register``, in order."""
    return [item.model_dump()[key] for item in adoption.project.items(register)]


def rolled_up(rollup: Path, sheet_word: str, header: str) -> list[object]:
    """Every value under ``header`` in the roll-up's sheet whose name holds ``sheet_word``
    (the header looked for in the sheet's first ten rows)."""
    wb = openpyxl.load_workbook(rollup, read_only=True, data_only=True)
    for ws in wb.worksheets:
        if sheet_word.casefold() not in ws.title.casefold():
            continue
        rows = list(ws.iter_rows(values_only=True))
        for n, row in enumerate(rows[:10]):
            if header in row:
                at = row.index(header)
                return [r[at] for r in rows[n + 1 :] if r[at] is not None]
    raise AssertionError(f"no {header!r} under a {sheet_word!r} sheet in the roll-up")


def adopt_each_and_consolidate(
    sources: list[Path], out: Path, standards: Standards, first: int, rollup: Path
) -> ConsolidationResult:
    """Each of ``sources`` adopted into ``out`` as project ``PRJ-<first + n>`` and checked
    (the test fails on a file ``pmo check`` cannot read or finds no project in), then the
    folder consolidated into ``rollup`` without the mappings adoption saved beside it."""
    from addin.adopt import adopt_file
    from addin.check import check_file
    from addin.consolidate import consolidate_folder

    for n, path in enumerate(sources):
        target = out / path.name
        adopt_file(path, target, standards, project_overrides={"project_id": f"PRJ-{first + n}"})
        report = check_file(target, standards, date(2026, 6, 1))
        assert report.unreadable is None and report.project is not None, path.name
    for mapping in out.glob("*.mapping.json"):
        mapping.unlink()
    return consolidate_folder(out, rollup, standards, date(2026, 6, 1), jobs=1)


@dataclass(frozen=True)
class LanguageRegister:
    """A small register written in one language, and what a user sees after adoption: its
    kind, each header's target, and the values of some fields (round 25's language tests)."""

    language: str
    sheet: str
    rows: list[list[object]]
    kind: str
    columns: dict[str, str | None]
    values: dict[str, list[object]] = dc_field(default_factory=dict)


@dataclass(frozen=True)
class LanguageBudget:
    """A budget against spending by month, in one language: some cells' amounts by (month,
    cost line, measure) and how many lines (a total row is none)."""

    language: str
    sheet: str
    rows: list[list[object]]
    merged: tuple[str, ...]
    cells: dict[tuple[date, str, str], float]
    lines: int


def sample_id(sample: LanguageRegister | LanguageBudget) -> str:
    return f"{sample.language}-{sample.sheet}"


def assert_register_read(sample: LanguageRegister, tmp_path: Path) -> None:
    """The register is adopted end to end: its kind, every column's target, the values."""
    adoption = adopt(book(tmp_path / f"{sample.language}.xlsx", sample.sheet, sample.rows))
    table = only(adoption)
    assert table.register == sample.kind
    assert targets(table) == sample.columns
    for key, expected in sample.values.items():
        assert field(adoption, sample.kind, key) == expected, key


def assert_budget_read(sample: LanguageBudget, tmp_path: Path) -> None:
    """The budget is adopted as finance, one line a cost line, each sampled amount right."""
    path = book(tmp_path / f"{sample.language}_b.xlsx", sample.sheet, sample.rows, sample.merged)
    adoption = adopt(path)
    assert only(adoption).register == "finance"
    got = finance_by_line(adoption)
    assert len(got) == sample.lines  # the total row is no cost line
    for (month, line, measure), amount in sample.cells.items():
        assert getattr(got[(month, line)], measure) == amount, (month, line, measure)
