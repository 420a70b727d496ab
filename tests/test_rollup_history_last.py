"""Changes and Trends written last (addin/rollup/stream_cells.py, round 10a of
benchmarks/README.md): the other data sheets' rows are rendered and deflated in pieces
before the package's structure is known, then joined into the structure written once the
store has answered. The package holds the same parts, unzipped, as one written at once,
with or without the sheets child, and whatever the final structure turns out to be."""

from __future__ import annotations

import os
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from test_rollup_sheets_aside import _inputs, _parts

from addin.rollup import build_rollup, side_task, stream_cells, write_rollup
from addin.rollup.build import Rollup, with_history
from addin.rollup.model import OutColumn, OutTable
from addin.rollup.side_task import fork_context
from addin.rollup.stream_cells import (
    Piece,
    RenderedSheet,
    StreamedSheet,
    StreamedTable,
    crc32_combine,
)
from addin.rollup.writer import write_rollup_later
from addin.standards import Standards

PARENT = os.getpid()
needs_fork = pytest.mark.skipif(fork_context() is None, reason="no fork on this platform")


@pytest.mark.parametrize("first", [b"", b"<row", bytes(range(256)) * 3])
@pytest.mark.parametrize("size", [0, 1, 5, 1000, 1 << 20, 3 * (1 << 20) + 17])
def test_crc32_combine_is_the_crc_of_the_two_joined(first: bytes, size: int) -> None:
    second = (b"<c r='A1'><v>3.25</v></c>" * (size // 25 + 1))[:size]
    combined = crc32_combine(zlib.crc32(first), zlib.crc32(second), len(second))
    assert combined == zlib.crc32(first + second)


def _once(standards: Standards, out: Path) -> dict[str, bytes]:
    out.parent.mkdir(exist_ok=True)
    write_rollup(build_rollup(_inputs(standards), standards), out, standards)
    return _parts(out)


def _later(
    standards: Standards, out: Path, final: Callable[[Rollup], Rollup] = lambda r: r
) -> tuple[dict[str, bytes], list[str]]:
    """The roll-up written last-structure-later; the sheets rendered once it was known."""
    out.parent.mkdir(exist_ok=True)
    rollup = build_rollup(_inputs(standards), standards)
    again: list[str] = []
    real = stream_cells._write_sheet

    def rendered_again(zout: Any, info: Any, xml: bytes, sheet: Any, style: int) -> None:
        again.append(sheet.name)
        real(zout, info, xml, sheet, style)

    stream_cells._write_sheet = rendered_again  # type: ignore[assignment]
    try:
        write_rollup_later(rollup, out, standards, lambda: final(rollup))
    finally:
        stream_cells._write_sheet = real  # type: ignore[assignment]
    assert sorted(p.name for p in out.parent.iterdir()) == [out.name], "a file left behind"
    return _parts(out), again


@pytest.mark.parametrize("child", [False, True], ids=["one process", "with the sheets child"])
def test_the_rows_rendered_ahead_give_the_same_parts(
    standards: Standards, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, child: bool
) -> None:
    if child and fork_context() is None:
        pytest.skip("no fork on this platform: the sheets are written in one process")
    once = _once(standards, tmp_path / "once" / "rollup.xlsx")
    monkeypatch.setattr(stream_cells, "SHARE_MIN_CELLS", 0 if child else 10**12)
    later, again = _later(standards, tmp_path / "later" / "rollup.xlsx")
    assert later == once  # every part (CRC and sizes checked), in the same order
    assert list(later) == list(once)
    assert again == []  # every data sheet's rows were rendered ahead


def test_a_final_structure_with_other_tables_is_rendered_again(
    standards: Standards, tmp_path: Path
) -> None:
    """The roll-up built again (new tables, as when a table continues on another sheet):
    nothing rendered ahead matches it, so every sheet is rendered from it, the same."""
    once = _once(standards, tmp_path / "once" / "rollup.xlsx")

    def rebuilt(rollup: Rollup) -> Rollup:
        return build_rollup(rollup.inputs, standards)

    later, again = _later(standards, tmp_path / "later" / "rollup.xlsx", rebuilt)
    assert later == once
    assert "Projects" in again and "Findings" in again


def test_with_history_puts_changes_and_trends_after_the_dependencies_map(
    standards: Standards,
) -> None:
    rollup = build_rollup(_inputs(standards), standards)
    assert with_history(rollup, standards) is rollup  # no history: nothing to add
    names = [s.name for s in rollup.sheets]
    assert "Changes" not in names and "Trends" not in names


def test_a_row_of_xlsxwriters_inside_a_piece_is_not_joined() -> None:
    table = OutTable("tblT", [OutColumn("A", "text", 10)], [("x",), ("y",)])
    sheet = StreamedSheet("xl/worksheets/sheet2.xml", [StreamedTable(0, 0, table, [0])], "S")
    xml = (
        b'<worksheet><dimension ref="A1"/><sheetData><row r="1"><c r="A1"/></row>'
        b'<row r="3"><c r="A3"/></row></sheetData></worksheet>'
    )
    around = RenderedSheet("S", (), [Piece(2, 2, 0, 0, 0, 0), Piece(4, 5, 0, 0, 0, 0)], Path())
    assert stream_cells._joined_member(xml, sheet, around) is not None
    over = RenderedSheet("S", (), [Piece(2, 4, 0, 0, 0, 0)], Path())
    assert stream_cells._joined_member(xml, sheet, over) is None  # row 3 would go inside


def _crashing(*args: Any) -> Any:
    if os.getpid() != PARENT:
        os._exit(9)
    return _real_render_aside(*args)


_real_render_aside = stream_cells._render_aside


@needs_fork
def test_a_sheets_child_that_dies_leaves_its_rows_to_this_process(
    standards: Standards, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    once = _once(standards, tmp_path / "once" / "rollup.xlsx")
    monkeypatch.setattr(stream_cells, "SHARE_MIN_CELLS", 0)
    monkeypatch.setattr(stream_cells, "_render_aside", _crashing)
    later, again = _later(standards, tmp_path / "later" / "rollup.xlsx")
    assert later == once and again == []


def test_with_history_keeps_a_register_that_continues_on_another_sheet(
    standards: Standards, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A register longer than a sheet (lowered here) continues on more sheets; Changes and
    Trends still go where build_rollup puts them, its other sheets unchanged."""
    from addin.rollup import spill

    monkeypatch.setattr(spill, "MAX_TABLE_ROWS", 50)
    rollup = build_rollup(_inputs(standards), standards)
    names = [s.name for s in rollup.sheets]
    assert any(name.endswith(" (2)") for name in names)
    marker = object()  # a History is needed only by the Changes and Trends builders
    monkeypatch.setattr(
        "addin.rollup.build.history_sheets",
        lambda history, st: (
            [_stand_in("Changes"), _stand_in("Trends")] if history is marker else []
        ),
    )
    rollup.inputs.history = marker  # type: ignore[assignment]
    final = with_history(rollup, standards)
    whole = build_rollup(rollup.inputs, standards)
    assert [s.name for s in final.sheets] == [s.name for s in whole.sheets]
    assert final.summary.notes == whole.summary.notes
    kept = [s for s in final.sheets if s.name not in ("Changes", "Trends")]
    assert all(a is b for a, b in zip(kept, rollup.sheets, strict=True))


def _stand_in(name: str) -> Any:
    """A sheet standing in for Changes or Trends."""
    from addin.rollup.model import OutSheet

    return OutSheet(name, [(2, 0, OutTable(f"tbl{name}", [OutColumn("A", "text", 9)], []))])


def _history_stand_ins(monkeypatch: pytest.MonkeyPatch, marker: object) -> None:
    """Changes and Trends stand-ins with rows of text, numbers and dates for ``marker``."""
    from datetime import date

    from addin.rollup.model import OutSheet

    def sheets(history: object, st: Standards) -> list[Any]:
        if history is not marker:
            return []
        columns = [
            OutColumn("A", "text", 9),
            OutColumn("B", "number", 9),
            OutColumn("C", "date", 9),
        ]
        rows = [(f"<x{i} & y>", i / 3, date(2026, 1, 1 + i % 28)) for i in range(400)]
        grid = [(f"P{i}", "Green" if i % 2 else None) for i in range(30)]
        return [
            OutSheet("Changes", [(2, 0, OutTable("tblChanges", columns, rows, title="t"))]),
            OutSheet(
                "Trends",
                [
                    (0, 0, OutTable("tblTrends", columns, rows[:3])),
                    (
                        7,
                        0,
                        OutTable(
                            "tblGrid", [OutColumn("P", "text", 9), OutColumn("R", "rag", 9)], grid
                        ),
                    ),
                ],
            ),
        ]

    monkeypatch.setattr("addin.rollup.build.history_sheets", sheets)


@pytest.mark.parametrize("child", [False, True], ids=["in place", "forked"])
def test_changes_and_trends_rendered_beside_the_final_structure_give_the_same_parts(
    standards: Standards, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, child: bool
) -> None:
    """The sheets only the final roll-up has are rendered (by a child, or here where none
    may be forked) while its structure is written, then joined as the others: the parts
    of the roll-up written at once, and no sheet rendered again."""
    marker = object()
    _history_stand_ins(monkeypatch, marker)
    inputs = _inputs(standards)
    inputs.history = marker  # type: ignore[assignment]
    whole = tmp_path / "once" / "rollup.xlsx"
    whole.parent.mkdir()
    write_rollup(build_rollup(inputs, standards), whole, standards)
    if not child:
        monkeypatch.setattr(side_task, "fork_context", lambda: None)

    def final(rollup: Rollup) -> Rollup:
        rollup.inputs.history = marker  # type: ignore[assignment]
        return with_history(rollup, standards)

    inputs.history = None
    later, again = _later(standards, tmp_path / "later" / "rollup.xlsx", final)
    assert later == _parts(whole)
    assert list(later) == list(_parts(whole))
    assert again == []  # Changes and Trends too were rendered ahead of their join


def test_a_sheet_with_a_kind_the_first_structure_never_styled_is_not_guessed() -> None:
    from addin.rollup.model import OutSheet

    table = OutTable("tblX", [OutColumn("A", "text", 9), OutColumn("M", "money", 9)], [("a", 1.0)])
    sheet = OutSheet("X", [(0, 0, table)])
    earlier = [
        StreamedSheet(
            "xl/worksheets/sheet2.xml",
            [StreamedTable(0, 0, OutTable("tblY", [OutColumn("A", "text", 9)], [("b",)]), [0])],
            "Y",
        )
    ]
    assert stream_cells.styled_like([("xl/worksheets/sheet3.xml", sheet)], earlier) == []
    money = StreamedTable(0, 0, OutTable("tblZ", [OutColumn("M", "money", 9)], []), [7])
    earlier.append(StreamedSheet("xl/worksheets/sheet4.xml", [money], "Z"))
    (got,) = stream_cells.styled_like([("xl/worksheets/sheet3.xml", sheet)], earlier)
    assert got.tables[0].styles == [0, 7] and got.name == "X"
