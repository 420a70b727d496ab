"""One register row's typed values, by a function made once per register layout.

:meth:`addin.reading.project_reader._Reader._read_items` maps a register's columns once
and then types every cell of every row (278 items and 3,474 cells a workbook of the
benchmark). Its general loop unpacked each column's plan and tested its kind again for
every cell; the function made here has the plan written into its code, one block a
column, in the columns' order: only the inline cases the general loop took (text
stripped, a finite float, a date) are inline here too, and every other value (a number
in a text column, an int, an error, an uncached formula, a value to convert) goes to the
caller's ``slow`` with the column's number, which does exactly what the general loop did.
So the row's values, their order in ``data`` and the findings (and their order) are the
same; only the interpreter's work a cell is less.

The source holds only the column keys (the layout's own identifiers) and column
indexes, never a value from a file.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

#: ``slow(data, j, raw, line, r, row_uncached)``: the general per-cell code for mapped
#: column ``j``; True when the row stays built exactly (the value had its field's type).
Slow = Callable[[dict[str, Any], int, Any, list[Any], int, frozenset[int] | set[int]], bool]

#: ``read_row(line, r, row_formulas, row_uncached, slow)`` -> (data, exact).
RowReader = Callable[
    [list[Any], int, frozenset[int] | set[int], frozenset[int] | set[int], Slow],
    tuple[dict[str, Any], bool],
]

#: One mapped column: its field key, 0-based index, inline kind ("text", "number",
#: "date" or ""), and whether it is computed.
Plan = tuple[tuple[str, int, str, bool], ...]

_MADE: dict[tuple[Plan, bool], RowReader] = {}
_MADE_MOST = 256  # layouts kept (a portfolio has a handful)


def row_reader(plan: Plan, blind: bool) -> RowReader:
    """The row function for ``plan``; ``blind``: the workbook shows no formulas (an old
    .xls), so a computed column is never read."""
    made = _MADE.get((plan, blind))
    if made is None:
        if len(_MADE) >= _MADE_MOST:
            _MADE.clear()
        made = _MADE[(plan, blind)] = _make(plan, blind)
    return made


def _make(plan: Plan, blind: bool) -> RowReader:
    lines = [
        "def read_row(line, r, row_formulas, row_uncached, slow):",
        "    data = {'source_row': r}",
        "    exact = True",
    ]
    for j, (key, i, fast, computed) in enumerate(plan):
        if not isinstance(key, str) or not key.isidentifier() or type(i) is not int or i < 0:
            raise ValueError(f"not a column plan: {key!r}, {i!r}")
        if computed and blind:
            continue  # never a formula's stale result: derived recomputes it
        slow = [f"if not slow(data, {j}, v, line, r, row_uncached):", "    exact = False"]
        otherwise = ["else:", *("    " + text for text in slow)]
        if fast == "text":
            inline = [
                "if type(v) is str:",
                "    v = v.strip()",
                "    if v:",
                f"        data[{key!r}] = v",
            ]
        elif fast == "number":
            inline = ["if type(v) is float and -1e308 < v < 1e308:", f"    data[{key!r}] = v"]
        elif fast == "date":
            inline = ["if type(v) is date:", f"    data[{key!r}] = v"]
        elif fast == "":
            inline, otherwise = slow, []
        else:
            raise ValueError(f"not an inline kind: {fast!r}")
        lines += [f"    v = line[{i}]", f"    if v is not None or {i} in row_uncached:"]
        indent = " " * 8
        if computed:  # never trust a formula's cached value: derived recomputes it
            lines.append(f"        if {i} not in row_formulas:")
            indent = " " * 12
        lines += [indent + text for text in (*inline, *otherwise)]
    lines.append("    return data, exact")
    namespace: dict[str, Any] = {"date": date}
    exec(compile("\n".join(lines), "<register row>", "exec"), namespace)
    made: RowReader = namespace["read_row"]
    return made


__all__ = ["Plan", "RowReader", "Slow", "row_reader"]
