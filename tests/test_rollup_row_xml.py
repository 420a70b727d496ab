"""The roll-up's fast paths give what the plain paths give: a row rendered by its table's
generated function equals its cells rendered one by one; packed rows read back as they
were; sniffing's in-memory part heads equal zipfile's, damaged parts included."""

from __future__ import annotations

import math
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest

from addin.files.sniff import _head, _Heads
from addin.rollup.model import ColumnKind, OutColumn, OutTable
from addin.rollup.packed_rows import PackedRows, row_count
from addin.rollup.stream_cells import StreamedTable, _renderer, _table_rows

AWKWARD: list[object] = [
    "plain",
    "",
    "  padded  ",
    "A & B <c>",
    "_x0041_",
    '=HYPERLINK("x")',
    "x" * 40_000,
    1.5,
    -0.0,
    math.nan,
    math.inf,
    -math.inf,
    1e308,
    7,
    2**60,
    10**400,
    True,
    False,
    date(2026, 11, 30),
    date(1900, 2, 1),
    date(1850, 1, 1),
    datetime(2026, 11, 30, 13, 45),
    None,
]
KINDS: list[ColumnKind] = ["text", "int", "money", "pct", "date", "month", "rag"]


def _one_by_one(table: StreamedTable, date_style: int) -> list[str]:
    """Each row's cells rendered by the general per-cell renderer."""
    pieces: dict[str, str] = {}
    renders = [
        _renderer(c.kind, table.styles[i], date_style, pieces)
        for i, c in enumerate(table.table.columns)
    ]
    letters = [chr(ord("A") + table.col0 + i) for i in range(len(renders))]
    out = []
    for r, values in enumerate(table.table.rows, start=table.row0 + 2):
        out.append(
            "".join(
                render(letter, str(r), value)
                for letter, render, value in zip(letters, renders, values, strict=False)
                if value is not None
            )
        )
    return out


def test_generated_row_function_renders_every_value_as_the_cell_renderer_does() -> None:
    columns = [OutColumn(f"C{i}", KINDS[i % len(KINDS)]) for i in range(len(KINDS))]
    rows = []
    for shift in range(len(AWKWARD)):  # every value in every kind of column
        rows.append(tuple(AWKWARD[(shift + i) % len(AWKWARD)] for i in range(len(columns))))
    rows.append(("short row",))  # a row shorter than the table: rendered cell by cell
    table = StreamedTable(2, 1, OutTable("tblT", columns, rows), [0, 3, 4, 5, 6, 7, 0])
    fast = [xml for _, xml in _table_rows(table, date_style=9)]
    assert fast == _one_by_one(table, date_style=9)
    assert '<c r="B4" t="inlineStr"><is><t>plain</t></is></c>' in fast[0]
    assert "nan" not in "".join(fast) and "inf" not in "".join(fast)


def test_packed_rows_read_back_and_count_without_unpacking() -> None:
    rows: list[tuple[object, ...]] = [
        ("R-001", 2.5, date(2026, 1, 31), None),
        ("R-002", "x" * 100, 3, "Risks!A3"),
    ]
    packed = PackedRows({"risks": rows})
    assert packed["risks"] == rows
    assert packed.count("risks") == 2 and row_count(packed, "risks") == 2
    assert row_count(packed, "issues") == 0 and packed.get("issues") is None
    copy = packed["risks"]
    copy.append(("R-003",))  # a read is a copy: the packed rows are unchanged
    assert packed.count("risks") == 2 and len(packed["risks"]) == 2
    packed["risks"] = copy  # assigning packs them again
    assert packed.count("risks") == 3 and packed["risks"][-1] == ("R-003",)
    plain: dict[str, list[tuple[object, ...]]] = {"risks": list(rows)}
    assert row_count(plain, "risks") == 2  # a plain dict of rows works too


def _zip(path: Path) -> None:
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("stored.xml", "<a>" + "s" * 5000 + "</a>", zipfile.ZIP_STORED)
        zf.writestr("deflated.xml", "<b>" + "d" * 9000 + "</b>", zipfile.ZIP_DEFLATED)
        zf.writestr("small.xml", "<c/>", zipfile.ZIP_DEFLATED)
        zf.writestr("empty.xml", "", zipfile.ZIP_DEFLATED)


@pytest.mark.parametrize("size", [0, 10, 4096, 1_000_000])
def test_in_memory_part_heads_equal_zipfiles(tmp_path: Path, size: int) -> None:
    path = tmp_path / "p.zip"
    _zip(path)
    with zipfile.ZipFile(path) as zf:
        heads = _Heads(zf, path)
        for name in ["stored.xml", "deflated.xml", "small.xml", "empty.xml", "absent.xml"]:
            assert heads.read(name, size) == _head(zf, name, size), name


def test_damaged_parts_read_as_zipfile_reads_them(tmp_path: Path) -> None:
    path = tmp_path / "p.zip"
    _zip(path)
    data = bytearray(path.read_bytes())
    at = data.index(b"<a>sss") + 100  # a stored part's byte changed: its CRC is wrong
    data[at] = ord("X")
    name_at = data.index(b"small.xml")  # the local header's name no longer matches
    data[name_at] = ord("t")
    path.write_bytes(bytes(data))
    with zipfile.ZipFile(path) as zf:
        heads = _Heads(zf, path)
        for name in ["stored.xml", "small.xml", "deflated.xml"]:
            for size in (50, 1_000_000):
                assert heads.read(name, size) == _head(zf, name, size), (name, size)
        assert heads.read("stored.xml", 1_000_000) == b""  # the whole part: CRC refused
        assert heads.read("stored.xml", 50).startswith(b"<a>sss")
