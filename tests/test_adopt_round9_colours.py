"""Round 9 of issue 15, colour as a value: a RAG column with no text, only red, amber and
green fills, is read as Red / Amber / Green; the colours read are value readings in the
mapping file (a PMO changes one line and re-runs); a colour that is not clearly red, amber
or green is listed, never guessed; fills that are banding, highlighting or a legend are
not read. Every shape was written for these tests.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.styles import PatternFill
from openpyxl.styles.colors import Color

from addin.adopt import Adoption, adopt_file, adopt_host, load_mapping, open_source
from addin.adopt.colours import rag_of
from addin.adopt.mapping_file import AdoptionMapping
from addin.adopt.readings import ValueReadings
from addin.errors import UsageError
from addin.standards import default_standards

HEADER = ["ID", "Milestone", "Owner", "Baseline Date", "Forecast Date", "RAG"]
MILESTONES = [
    ["M1", "Design signed off", "Ann Lee", date(2026, 3, 1), date(2026, 3, 5)],
    ["M2", "Build complete", "Bob Ray", date(2026, 5, 1), date(2026, 5, 1)],
    ["M3", "Go live", "Cy Dunn", date(2026, 7, 1), date(2026, 7, 1)],
    ["M4", "Handover", "Di Fox", date(2026, 8, 1), date(2026, 8, 1)],
]


def _solid(colour: str | Color) -> PatternFill:
    return PatternFill("solid", fgColor=colour)


def _book(
    path: Path,
    fills: list[str | Color | None],
    *,
    header: list[Any] = HEADER,
    band: str | None = None,
    top: list[list[object]] | None = None,
) -> Path:
    """A milestone tracker whose last column says each row's status by a fill only."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Milestones"
    for row in top or []:
        ws.append(row)
    ws.append(header)
    for values, colour in zip(MILESTONES, fills, strict=True):
        ws.append(values)
        r = ws.max_row
        if band is not None:
            for c in range(1, len(header) + 1):
                ws.cell(r, c).fill = _solid(band)
        if colour is not None:
            ws.cell(r, len(header)).fill = _solid(colour)
    wb.save(path)
    return path


def _adopt(path: Path, mapping: AdoptionMapping | None = None) -> Adoption:
    return adopt_host(open_source(path), default_standards(), mapping=mapping)


def _statuses(adoption: Adoption) -> list[str | None]:
    return [m.status for m in adoption.project.milestones]


def test_a_rag_column_of_fills_is_read_and_stated(tmp_path: Path) -> None:
    src = _book(tmp_path / "ms.xlsx", ["FF0000", "FFC000", "00B050", "00B050"])
    adoption = _adopt(src)
    assert _statuses(adoption) == ["Late", "At Risk", "In Progress", "In Progress"]
    assert adoption.mapping.readings.colours == {
        "00B050": "Green",
        "FF0000": "Red",
        "FFC000": "Amber",
    }
    assert (
        "Milestones!F2:F5 ('RAG'): 4 cells with no text read by their fill colour: "
        "FFC000 = Amber, 00B050 = Green, FF0000 = Red"
    ) in adoption.report.readings
    assert "fill colour FFC000 with no text: read as Amber" in adoption.report.readings
    assert not any("fill" in w for w in adoption.report.warnings)


def test_a_colour_not_clearly_rag_is_listed_not_guessed(tmp_path: Path) -> None:
    src = _book(tmp_path / "ms.xlsx", ["FF0000", "7030A0", "00B050", "808080"])
    adoption = _adopt(src)
    assert _statuses(adoption)[0] == "Late"
    assert _statuses(adoption)[2] == "In Progress"
    assert _statuses(adoption)[1] is None and _statuses(adoption)[3] is None
    (warning,) = [w for w in adoption.report.warnings if "not clearly" in w]
    assert warning.startswith("Milestones!F3 (fill 7030A0), F5 (fill 808080) under 'RAG'")
    assert "left blank" in warning and '"colours"' in warning
    assert adoption.mapping.readings.colours["7030A0"] == ""


def test_next_months_file_reads_the_colours_the_pmo_set(tmp_path: Path) -> None:
    """A PMO reads purple as Red in the mapping file; next month's file follows it."""
    out = tmp_path / "out.xlsx"
    may = _book(tmp_path / "may.xlsx", ["FF0000", "7030A0", "00B050", "00B050"])
    adopt_file(may, out, default_standards())
    map_path = out.with_suffix(".mapping.json")
    mapping = load_mapping(map_path)
    assert mapping.readings.colours["7030A0"] == ""
    mapping.readings.colours["7030A0"] = "Red"
    mapping.readings.colours["00B050"] = "Amber"  # this PMO's green means "watch"
    june = _book(tmp_path / "june.xlsx", ["7030A0", "00B050", "FF0000", "FFC000"])
    adoption = _adopt(june, mapping)
    assert _statuses(adoption) == ["Late", "At Risk", "Late", "At Risk"]
    assert "fill colour 7030A0 with no text: read as Red" in adoption.report.readings
    assert adoption.mapping.readings.colours["FFC000"] == "Amber"  # new colour recorded


def test_the_readings_colours_round_trip_and_bad_ones_name_the_fix() -> None:
    readings = ValueReadings.from_dict({"colours": {"#ff0000": "Red", "C0C0C0": ""}})
    assert readings.colours == {"FF0000": "Red", "C0C0C0": ""}
    assert ValueReadings.from_dict(readings.to_dict()).colours == readings.colours
    with pytest.raises(UsageError, match=r'"colours" reads .FF0000. as .Pink.; use'):
        ValueReadings.from_dict({"colours": {"FF0000": "Pink"}})
    with pytest.raises(UsageError, match=r'"colours" has the colour .red.; use'):
        ValueReadings.from_dict({"colours": {"red": "Red"}})


def test_pale_excel_good_bad_neutral_fills_read(tmp_path: Path) -> None:
    """Excel's Good / Bad / Neutral cell styles' fills are pale but clearly coloured."""
    src = _book(tmp_path / "ms.xlsx", ["FFC7CE", "FFEB9C", "C6EFCE", "C6EFCE"])
    assert _statuses(_adopt(src)) == ["Late", "At Risk", "In Progress", "In Progress"]


def test_banded_rows_are_not_a_rag_column(tmp_path: Path) -> None:
    """Every cell of a row filled the same green: banding, not a status."""
    src = _book(tmp_path / "ms.xlsx", [None, None, None, None], band="C6EFCE")
    adoption = _adopt(src)
    assert _statuses(adoption) == [None, None, None, None]
    assert adoption.mapping.readings.colours == {}
    assert not any("fill colour" in r for r in adoption.report.readings)


def test_one_colour_under_a_header_that_is_no_status_is_not_read(tmp_path: Path) -> None:
    """Highlighted blanks under "Comments" (one colour) are a highlight, not a RAG."""
    header = [*HEADER[:5], "Comments"]
    src = _book(tmp_path / "ms.xlsx", ["FFFF00", "FFFF00", None, "FFFF00"], header=header)
    adoption = _adopt(src)
    assert adoption.mapping.readings.colours == {}
    assert not any("fill colour" in r for r in adoption.report.readings)


def test_one_coloured_cell_is_not_a_column(tmp_path: Path) -> None:
    src = _book(tmp_path / "ms.xlsx", ["FF0000", None, None, None])
    adoption = _adopt(src)
    assert _statuses(adoption) == [None, None, None, None]
    assert adoption.mapping.readings.colours == {}


def test_a_colour_key_beside_no_data_is_not_read(tmp_path: Path) -> None:
    """A legend of coloured blank cells (no data in their rows) is left alone."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Milestones"
    ws.append(HEADER)
    for values in MILESTONES:
        ws.append([*values, "Green"])
    ws.append([])
    ws.append(["Key"])
    for colour in ("FF0000", "FFC000", "00B050"):
        ws.append([None])
        ws.cell(ws.max_row, 1).fill = _solid(colour)
    wb.save(tmp_path / "ms.xlsx")
    adoption = _adopt(tmp_path / "ms.xlsx")
    assert _statuses(adoption) == ["In Progress"] * 4
    assert adoption.mapping.readings.colours == {}


def test_a_theme_colour_is_listed_not_read(tmp_path: Path) -> None:
    theme = Color(theme=5)
    src = _book(tmp_path / "ms.xlsx", ["FF0000", theme, "00B050", "00B050"])
    adoption = _adopt(src)
    assert _statuses(adoption)[1] is None
    assert any("F3 (theme 5)" in w for w in adoption.report.warnings)


def test_the_overall_rag_beside_its_label_is_read(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Status"
    ws["A1"], ws["B1"] = "Project Name", "Data Platform"
    ws["A2"] = "Overall RAG"
    ws["B2"].fill = _solid("FFC000")
    ws["A3"] = "Overall Status"  # not named a RAG: its fill is not read
    ws["B3"].fill = _solid("FF0000")
    ws.append([])
    ws.append(HEADER[:5])
    for values in MILESTONES:
        ws.append(values)
    wb.save(tmp_path / "s.xlsx")
    adoption = _adopt(tmp_path / "s.xlsx")
    assert adoption.project.header.overall_rag == "Amber"
    assert adoption.report.project_fields["overall_rag"] == "Amber (from Status!B2)"
    assert "Status!B2 ('Overall RAG'): no text, read by its fill colour FFC000 = Amber" in (
        adoption.report.readings
    )
    assert "FF0000" not in adoption.mapping.readings.colours


def test_text_wins_over_a_fill(tmp_path: Path) -> None:
    """A cell that says "Green" on a red fill is read as its text."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Milestones"
    ws.append(HEADER)
    for values, word in zip(MILESTONES, ["Green", None, None, "Amber"], strict=True):
        ws.append([*values, word])
        ws.cell(ws.max_row, 6).fill = _solid("FF0000")
    wb.save(tmp_path / "ms.xlsx")
    assert _statuses(_adopt(tmp_path / "ms.xlsx")) == ["In Progress", "Late", "Late", "At Risk"]


@pytest.mark.parametrize(
    ("rgb", "reading"),
    [
        ("FF0000", "Red"),
        ("C00000", "Red"),
        ("FFC000", "Amber"),
        ("FFFF00", "Amber"),
        ("FF9900", "Amber"),
        ("00B050", "Green"),
        ("92D050", "Green"),
        ("808080", None),  # grey
        ("FFFFFF", None),
        ("0070C0", None),  # blue
        ("7030A0", None),  # purple
        ("FF4500", None),  # between red and orange: not guessed
        ("003300", None),  # too dark to tell
        ("F2F2F2", None),  # pale grey
        ("E2EFDA", None),  # Excel's palest green tint: a header band, not a status
    ],
)
def test_rag_of_reads_only_clear_colours(rgb: str, reading: str | None) -> None:
    assert rag_of(rgb) == reading


def test_a_number_above_is_no_header(tmp_path: Path) -> None:
    """Coloured blanks under a number (a dashboard's figure) are not a RAG column."""
    header: list[object] = [*HEADER[:5], 0.85]
    src = _book(tmp_path / "ms.xlsx", ["FF0000", "FFC000", "00B050", None], header=header)
    adoption = _adopt(src)
    assert adoption.mapping.readings.colours == {}
    assert not any("fill colour" in r for r in adoption.report.readings)


def test_a_live_workbook_is_not_read_from_its_saved_file(tmp_path: Path) -> None:
    """A host that is not a file reader (the ribbon's open workbook) gets no fills read
    from the file on disk, whose cells may no longer be the open workbook's."""
    from addin.adopt.colours import package_path

    src = _book(tmp_path / "ms.xlsx", ["FF0000", "FFC000", "00B050", "00B050"])
    file_host = open_source(src)

    class LiveHost:
        """Stands for a live workbook: the file host's answers, not a file host."""

        def __getattr__(self, name: str) -> object:
            return getattr(file_host, name)

    live = LiveHost()
    assert package_path(live) is None  # type: ignore[arg-type]
    assert package_path(file_host) == src
    adoption = adopt_host(live, default_standards())  # type: ignore[arg-type]
    assert _statuses(adoption) == [None, None, None, None]
    assert adoption.mapping.readings.colours == {}


@pytest.mark.parametrize("periods", [["Wk 1", "Wk 2", "Wk 3"], ["Jan", "Feb", "Mar"]])
def test_a_gantt_charts_coloured_weeks_are_not_a_rag(tmp_path: Path, periods: list[str]) -> None:
    """Single coloured cells under weeks or months, red and green (a milestone's week, a
    slipped one): a chart, not a status column."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Milestones"
    ws.append([*HEADER[:5], *periods])
    for i, values in enumerate(MILESTONES):
        ws.append(values)
        ws.cell(ws.max_row, 6 + i % 3).fill = _solid("FF0000" if i % 2 else "00B050")
    ws.cell(3, 8).fill = _solid("00B050")
    ws.cell(4, 6).fill = _solid("FF0000")
    wb.save(tmp_path / "g.xlsx")
    adoption = _adopt(tmp_path / "g.xlsx")
    assert len(adoption.project.milestones) == 4
    assert adoption.mapping.readings.colours == {}
    assert not any("fill colour" in r for r in adoption.report.readings)


def test_a_header_row_in_a_red_house_colour_is_not_a_rag(tmp_path: Path) -> None:
    """A header band filled dark red, with a blank cell right of "RAG", stays a header."""
    header: list[Any] = [*HEADER, None, "Notes"]
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Milestones"
    ws.append(header)
    for c in range(1, len(header) + 1):
        ws.cell(1, c).fill = _solid("C00000")
    for values in MILESTONES:
        ws.append([*values, "Amber", None, "ok"])
    wb.save(tmp_path / "h.xlsx")
    adoption = _adopt(tmp_path / "h.xlsx")
    assert _statuses(adoption) == ["At Risk"] * 4
    assert adoption.mapping.readings.colours == {}
