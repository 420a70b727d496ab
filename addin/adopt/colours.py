"""Colour as a value: a RAG column with no text, only red, amber and green fills.

Many PMO registers say a status by colouring a cell and writing nothing in it. This
module reads such cells, and only where a wrong reading is unlikely:

- the cell holds no value and has a *solid fill* of an explicit colour (RGB or Excel's
  legacy indexed palette; a theme colour is not resolved and so never read);
- it sits in a data row (two or more other cells of its row hold a value), under a header
  (the nearest cell above it that holds something other than a RAG word, and words, not
  a number);
- its column, under that header, has at least two such cells, and either two different
  RAG colours or a header that names a RAG or status (``RAG``, ``Status``, ``Health``);
- the cells beside it in its row do not share its fill (a banded or highlighted row is
  not a RAG column).

A colour is Red, Amber or Green by its hue when it is saturated and bright enough
(:func:`rag_of`); anything else in such a column (purple, grey, a theme colour) is not
guessed: it is listed and the cell stays blank. A single cell right of a label naming
the RAG (``Overall RAG:`` then a green cell) is read the same way.

Each colour read is a value reading (``readings.colours``: ``"FF0000": "Red"``) saved in
the mapping file, stated in the report, and applied again next month; a PMO who reads a
colour otherwise edits that line (``""`` = do not read it).
"""

from __future__ import annotations

import colorsys
import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path

from addin.adopt.grid import Grid, is_blank
from addin.cells import address
from addin.host import CellValue, WorkbookHost

RAG_WORDS = frozenset({"red", "amber", "green", "r", "a", "g", "yellow"})
#: A header naming a status by colour: one of these words reads a lone column too.
_RAG_HEADER = re.compile(r"\b(rag|status|health|colour|color|rating|trend)\b", re.I)
#: A label left of a single coloured cell: only an explicit RAG.
_RAG_LABEL = re.compile(r"\brag\b", re.I)

#: Excel's legacy indexed palette, the entries a RAG fill uses (files saved from .xls).
INDEXED: dict[int, str] = {
    2: "FF0000",
    3: "00FF00",
    5: "FFFF00",
    10: "FF0000",
    11: "00FF00",
    13: "FFFF00",
    17: "008000",
    50: "99CC00",
    51: "FFCC00",
    52: "FF9900",
    53: "FF6600",
    57: "339966",
}


def rag_of(rgb: str) -> str | None:
    """``"FF0000"`` -> ``"Red"``; ``"FFC000"`` -> ``"Amber"``; ``"00B050"`` -> ``"Green"``;
    None for a colour that is not clearly one of the three (grey, blue, purple, pale,
    dark, or between two hues such as a red-orange)."""
    try:
        red, green, blue = (int(rgb[i : i + 2], 16) / 255 for i in (0, 2, 4))
    except ValueError:
        return None
    hue, _light, _sat = colorsys.rgb_to_hls(red, green, blue)
    _h, sat, value = colorsys.rgb_to_hsv(red, green, blue)
    if sat < 0.15 or value < 0.35:
        return None
    degrees = hue * 360
    if degrees <= 12 or degrees >= 345:
        return "Red"
    if 25 <= degrees <= 60:
        return "Amber"
    if 75 <= degrees <= 165:
        return "Green"
    return None


@dataclass
class ColourReading:
    """What the fills of one workbook said: the cells read and the cells listed."""

    #: sheet -> (row, col) -> value read ("Red"/"Amber"/"Green")
    values: dict[str, dict[tuple[int, int], str]] = field(default_factory=dict)
    #: one line per column (or label) read, for the report's readings
    lines: list[str] = field(default_factory=list)
    #: one line per colour not read, for the report's warnings
    unread: list[str] = field(default_factory=list)


def read_colours(
    grids: list[Grid], fills: dict[str, dict[tuple[int, int], str]], colours: dict[str, str]
) -> ColourReading:
    """The RAG values the fills of ``grids`` say (see the module's rules). ``colours`` is
    the readings' colour table (RGB -> "Red"/"Amber"/"Green", or "" for not read): a colour
    in it is read as it says, a new one by :func:`rag_of` and added to it."""
    result = ColourReading()
    for grid in grids:
        cells = fills.get(grid.name)
        if not cells:
            continue
        _read_columns(grid, cells, colours, result)
        _read_labels(grid, cells, colours, result)
    return result


def _value_of(colour: str, colours: dict[str, str]) -> str | None:
    """The value a colour is read as: the readings' table first, then its hue."""
    if colour.startswith(("theme", "indexed")):
        return None
    if colour in colours:
        return colours[colour] or None
    return rag_of(colour)


def _record(colour: str, colours: dict[str, str]) -> None:
    """Save a colour met in a column (or beside a label) that was read, in the readings."""
    if not colour.startswith(("theme", "indexed")) and colour not in colours:
        colours[colour] = rag_of(colour) or ""


def _read_columns(
    grid: Grid, cells: dict[tuple[int, int], str], colours: dict[str, str], out: ColourReading
) -> None:
    groups: dict[tuple[int, int], list[tuple[int, str]]] = defaultdict(list)
    last_seen: dict[int, tuple[int, int | None]] = {}  # col -> (row, its header)
    for (row, col), colour in sorted(cells.items(), key=lambda item: (item[0][1], item[0][0])):
        if not is_blank(grid.value(row, col)) or grid.merged_origin(row, col) is not None:
            continue
        if len(grid.nonblank_cols(row)) < 2:
            continue  # not a data row (a legend, a key, a coloured title band)
        if any(cells.get((row, col + d)) == colour for d in (-1, 1)):
            continue  # the row is banded or highlighted, not one cell
        header = _header_above(grid, row, col, last_seen)
        last_seen[col] = (row, header)
        if header is not None:
            groups[(header, col)].append((row, colour))
    for (header, col), members in sorted(groups.items()):
        if len(members) < 2:
            continue
        read = {row: _value_of(colour, colours) for row, colour in members}
        distinct = {v for v in read.values() if v}
        title = grid.text(header, col, filled=True)
        if len([v for v in read.values() if v]) < 2:
            continue
        if len(distinct) < 2 and not _RAG_HEADER.search(title):
            continue
        if _is_period(title):
            continue  # a Gantt chart's week or a tracker's month: bars and shading
        values = out.values.setdefault(grid.name, {})
        unread: list[str] = []
        for row, colour in members:
            _record(colour, colours)
            value = read[row]
            if value:
                values[(row, col)] = value
            else:
                unread.append(f"{address(row, col)} ({_describe(colour)})")
        rows = [row for row, _ in members]
        where = f"{grid.name}!{address(min(rows), col)}:{address(max(rows), col)}"
        used = sorted({(c, read[r]) for r, c in members if read[r]}, key=lambda p: str(p[1]))
        out.lines.append(
            f"{where} ({title!r}): {len(rows) - len(unread)} cells with no text read by their "
            "fill colour: " + ", ".join(f"{c} = {v}" for c, v in used)
        )
        if unread:
            out.unread.append(
                f"{grid.name}!{', '.join(unread)} under {title!r}: a fill that is not clearly "
                "red, amber or green; left blank (set it in the mapping file's readings "
                '"colours" to read it)'
            )


_PERIOD = re.compile(
    r"^(?:w|wk|week|q|p|period|sprint|iteration|h|day|d|m|month)\s*[.#-]?\s*\d{1,2}\b", re.I
)


def _is_period(title: str) -> bool:
    """True for a header that is a time period (``Wk 3``, ``Jan``, ``Q2 2026``, ``P05``,
    ``Sprint 4``, a date): the cells under it are a chart's bars or shading, not a RAG."""
    from addin.adopt.dates import month_of, parse_text_date, period_bounds

    words = title.replace("-", " ").split()
    return bool(
        _PERIOD.match(title)
        or (words and month_of(words[0].rstrip(".,")) is not None)
        or period_bounds(title) is not None
        or parse_text_date(title) is not None
    )


def _header_above(
    grid: Grid, row: int, col: int, last_seen: dict[int, tuple[int, int | None]]
) -> int | None:
    """The row of the nearest cell above holding something other than a RAG word (the
    column's header), or None when there is none. ``last_seen`` holds the last cell of the
    column looked at (above this one) and its answer, so a long column is walked once."""
    seen_row, seen_header = last_seen.get(col, (0, None))
    for above in range(row - 1, seen_row, -1):
        text = grid.text(above, col, filled=True)
        if text and text.casefold() not in RAG_WORDS:
            # a number or date above is a value, not a header: no column to read
            return above if any(ch.isalpha() for ch in text) else None
    return seen_header


def _read_labels(
    grid: Grid, cells: dict[tuple[int, int], str], colours: dict[str, str], out: ColourReading
) -> None:
    taken = out.values.get(grid.name, {})
    for (row, col), colour in sorted(cells.items()):
        if col < 2 or (row, col) in taken or not is_blank(grid.value(row, col)):
            continue
        label = grid.text(row, col - 1, filled=True)
        if not label or not _RAG_LABEL.search(label) or len(label) > 40:
            continue
        if any(cells.get((row, col + d)) == colour for d in (-1, 1)):
            continue  # a filled band (a header row in the house colour), not a RAG
        value = _value_of(colour, colours)
        _record(colour, colours)
        if value is None:
            out.unread.append(
                f"{grid.name}!{address(row, col)} beside {label!r}: a fill ({_describe(colour)}) "
                "that is not clearly red, amber or green; left blank"
            )
            continue
        out.values.setdefault(grid.name, {})[(row, col)] = value
        out.lines.append(
            f"{grid.name}!{address(row, col)} ({label!r}): no text, read by its fill colour "
            f"{colour} = {value}"
        )


def _describe(colour: str) -> str:
    return colour if colour.startswith(("theme", "indexed")) else f"fill {colour}"


def with_colours(grid: Grid, values: dict[tuple[int, int], str]) -> Grid:
    """A copy of ``grid`` whose blank cells in ``values`` hold the colour's word; the
    host's sheet (and the source) are left as they are."""
    if not values:
        return grid
    rows: list[list[CellValue]] = [list(r) for r in grid.sheet.rows]
    for (row, col), value in values.items():
        line = rows[row - 1]
        while len(line) < col:
            line.append(None)
        line[col - 1] = value
    return Grid(replace(grid.sheet, rows=rows))


def package_path(host: WorkbookHost) -> Path | None:
    """The file a host reads, when it reads one (a file host, calamine's): a live workbook
    (the ribbon's) is not its saved file, whose fills may differ, so it has none."""
    from addin.adopt.legacy_host import CalamineHost
    from addin.files.filehost import FileHost

    return host.path if isinstance(host, FileHost | CalamineHost) else None


def apply_colours(
    grids: list[Grid], fills: dict[str, dict[tuple[int, int], str]], colours: dict[str, str]
) -> tuple[list[Grid], ColourReading]:
    """The grids with their RAG fills read as words, and what was read. ``fills`` are the
    solid fills of each sheet's cells (:mod:`addin.adopt.sheet_xml`: an Excel package on
    disk only; .xls, .ods and live workbooks have none and are returned as they are)."""
    if not any(fills.values()):
        return grids, ColourReading()
    reading = read_colours(grids, fills, colours)
    return [with_colours(g, reading.values.get(g.name, {})) for g in grids], reading


__all__ = [
    "ColourReading",
    "apply_colours",
    "package_path",
    "rag_of",
    "read_colours",
]
