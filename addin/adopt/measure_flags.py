"""A row of one-letter flags over a tracker's months: which months are actuals, which
forecast (round 26, t28a).

A rolling forecast writes its months once and flags each with a letter in the row above
(``A | A | A | F | F | F``), with a legend in its title block (``A = actual, F = forecast``;
``R = real, P = previsión``; ``I = Ist, P = Prognose``): the months flagged A hold actuals,
those flagged F the forecast. Before, the letters were no measure and every month was read
as one measure (the sheet's), so the forecast months were read as actuals.

The rule a PMO analyst states: each letter means the measure the legend gives it (a legend
pair's word read as a measure in any language held, through ``languages.toml``); without
a legend, ``A`` and ``F`` are the English convention of a rolling forecast - and only when
every month is flagged, with both letters, and every ``A`` before every ``F`` (actuals
first, then the forecast: a row ``A | F | A`` is no such row). A row of other letters
(phases ``A | B | C``, teams, places) flags no measure.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from addin.adopt.detect import TableBlock

#: a legend's pair, ``A = actual``, ``F: forecast``, ``B - budget``, ``(A) Actual``
_LEGEND = re.compile(
    r"(?:^|[\s,;(|/])\(?([A-Za-z])\)?\s*(?:=|:|-|\u2013|\u2014)\s*([^\W\d_][^,;|/()=]*)"
)
#: a flag: one letter alone in its cell (``A``, ``F.``)
_FLAG = re.compile(r"^\s*([A-Za-z])\.?\s*$")
#: the English convention of a rolling forecast when no legend is written
_CONVENTION = {"a": "actual", "f": "forecast"}


def legend_of(titles: Iterable[str]) -> dict[str, str]:
    """letter (lower case) -> measure, from the legend pairs of the title lines."""
    from addin.adopt.finance import measure_in, measure_translated

    out: dict[str, str] = {}
    for text in titles:
        for letter, word in _LEGEND.findall(text):
            word = word.strip()
            measure = measure_in(word) or measure_translated(word)
            if measure in ("budget", "actual", "forecast"):
                out.setdefault(letter.lower(), measure)
    return out


def flagged_measures(block: TableBlock, cols: list[int]) -> dict[int, str]:
    """month column -> the measure its flag names, when the labels over the months are a
    row of one-letter flags; else empty."""
    flags: dict[int, str] = {}
    for col in cols:
        cell = block.header_at(col)
        group = cell.group if cell is not None else None
        match = _FLAG.match(group or "")
        if match is None:
            return {}
        flags[col] = match.group(1).lower()
    if len(flags) < 2:
        return {}
    legend = legend_of(block.titles)
    if legend:
        if not set(flags.values()) <= set(legend):
            return {}
        return {col: legend[f] for col, f in flags.items()}
    letters = [flags[c] for c in sorted(flags)]
    ordered = letters == sorted(letters)  # every "a" before every "f"
    if set(letters) != set(_CONVENTION) or not ordered:
        return {}
    return {col: _CONVENTION[f] for col, f in flags.items()}


def flags_note(block: TableBlock, flagged: dict[int, str]) -> str:
    """The report's note: which flag was read as which measure, and from where."""
    from addin.cells import column_letter

    legend = legend_of(block.titles)
    by_measure: dict[str, list[str]] = {}
    for col, measure in sorted(flagged.items()):
        by_measure.setdefault(measure, []).append(column_letter(col))
    read = "; ".join(
        f"{measure}: columns {', '.join(cols)}" for measure, cols in by_measure.items()
    )
    where = (
        "as the title block's legend says"
        if legend
        else "no legend: A = actual, F = forecast, the rolling forecast's convention"
    )
    return f"a row of flags over the months read as each month's measure ({where}): {read}"
