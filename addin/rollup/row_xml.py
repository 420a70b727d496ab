"""One table row's cells as XML, by a function made for that table's columns.

The roll-up writes a million cells or more; a function call and a few look-ups per cell
were most of the writer's time. So each table gets one row function, generated from its
columns, that types and renders every cell of a row inline: text (from a cache of
escaped pieces), finite floats, integers Excel holds exactly, and dates from 1900 on.
Any other value (a bool, a huge int, a datetime, a date before 1900...) goes to the
column's general renderer, so the output is the same as rendering each cell on its own.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from addin.rollup.dates import date_cell

#: A column's general renderer: (column letter, row text, value) -> the cell's XML.
Render = Callable[[str, str, Any], str]
#: A row's cells: (row text, values) -> the cells' XML, in column order.
RowXml = Callable[[str, Sequence[Any]], str]

_EXACT_INT = 2**53


def _date_piece(value: date, cache: dict[date, str]) -> str | None:
    """The ``<v>`` text of a date (its Excel serial), or None for one written as text."""
    serial = date_cell(value)
    if isinstance(serial, str):
        return None
    piece = repr(serial)
    cache[value] = piece
    return piece


def row_function(
    letters: Sequence[str],
    styles: Sequence[str],
    date_styles: Sequence[str],
    renders: Sequence[Render],
    pieces: dict[str, str],
    text_piece: Callable[[str], str],
) -> RowXml:
    """A function rendering one row of a table with these columns.

    ``styles``/``date_styles``: each column's ``' s="N"'`` attribute (or '') for numbers and
    for dates; ``renders``: each column's general renderer (same output, any value);
    ``pieces``/``text_piece``: the table's cache of escaped texts, and the function that
    makes (and caches) one missing from it.
    """
    n = len(letters)
    names = [f"x{i}" for i in range(n)]
    # The row is unpacked at once and each cell becomes a local text ('' when empty), put
    # together by one f-string: no list, no append and no join per row.
    lines = ["def row(r, v):", f"    ({''.join(name + ', ' for name in names)}) = v"]
    for i in range(n):
        letter, s, ds, x, c = letters[i], styles[i], date_styles[i], names[i], f"c{i}"
        lines += [
            f"    if {x} is None:",
            f"        {c} = ''",
            "    else:",
            f"        t = type({x})",
            "        if t is str:",
            f"            p = pieces_get({x})",
            "            if p is None:",
            f"                p = text({x})",
            f"            {c} = f'<c r=\"{letter}{{r}}\" t=\"inlineStr\">{{p}}</c>' if p else ''",
            "        elif t is float:",
            f"            if {x} == {x} and {x} != INF and {x} != NINF:",
            f"                {c} = f'<c r=\"{letter}{{r}}\"{s}><v>{{{x}!r}}</v></c>'",
            "            else:",
            f"                {c} = ''",
            f"        elif t is int and -EXACT < {x} < EXACT:",
            f"            {c} = f'<c r=\"{letter}{{r}}\"{s}><v>{{{x}}}</v></c>'",
            "        else:",
            f"            p = dates_get({x}) if t is date else None",
            "            if p is None and t is date:",
            f"                p = date_piece({x}, dates)",
            "            if p is not None:",
            f"                {c} = f'<c r=\"{letter}{{r}}\"{ds}><v>{{p}}</v></c>'",
            "            else:",
            f"                {c} = render{i}('{letter}', r, {x})",
        ]
    lines.append("    return f'" + "".join(f"{{c{i}}}" for i in range(n)) + "'")
    dates: dict[date, str] = {}
    namespace: dict[str, Any] = {
        "pieces_get": pieces.get,
        "text": text_piece,
        "dates": dates,
        "dates_get": dates.get,
        "date_piece": _date_piece,
        "date": date,
        "INF": math.inf,
        "NINF": -math.inf,
        "EXACT": _EXACT_INT,
        **{f"render{i}": render for i, render in enumerate(renders)},
    }
    # The source holds only column letters and style numbers, never a value from a file.
    exec(compile("\n".join(lines), "<roll-up row>", "exec"), namespace)
    row: RowXml = namespace["row"]
    return row
