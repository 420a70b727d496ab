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
from datetime import date

from addin.adopt.detect import TableBlock
from addin.adopt.grid import Grid
from addin.adopt.synonyms import MEASURES

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
            if measure in MEASURES:
                out.setdefault(letter.lower(), measure)
    return out


#: Round 33: a flag written IN the month's own header, after it or before it (``Apr-26 A``,
#: ``Apr-26 (F)``, ``Apr-26 - A``, ``[A] Apr-26``, ``F: Jul 2026``): one letter, apart from
#: the month by a space, a bracket or a dash.
_FLAG_AFTER = re.compile(
    r"^\s*(?P<month>.*?\S)(?:\s*[-\u2013:]\s*|\s+|(?<=\d)|(?=[(\[]))"
    r"[(\[]?(?P<flag>[A-Za-z])[)\]]?\.?\s*$"
)
_FLAG_BEFORE = re.compile(
    r"^\s*[(\[]?(?P<flag>[A-Za-z])[)\]]?\s*[-\u2013:]?\s+(?P<month>\S.*?)\s*$"
)


def _is_month(text: str) -> bool:
    """A month and its year (``Apr-26``, ``2026-04``), or a month's name alone (``Apr``)."""
    from addin.adopt.convert import month_number
    from addin.adopt.dates import period_bounds

    bounds = period_bounds(text)
    if bounds is not None:
        return bounds[2] == "month"
    return bool(re.fullmatch(r"[^\W\d_]{3,9}\.?", text)) and month_number(text) is not None


def glued_month(text: str) -> str | None:
    """Round 33's last hour: the month part of a header carrying its flag (``2026-04`` of
    ``2026-04 A``, ``04/2026`` of ``R: 04/2026``), when :func:`glued_flag` reads one; else
    None. A month in figures with a letter after it was no month at all (k60's leftover)."""
    for pattern in (_FLAG_AFTER, _FLAG_BEFORE):
        found = pattern.match(text or "")
        if found is not None and _is_month(found.group("month").strip()):
            return found.group("month").strip()
    return None


def glued_flag(text: str) -> str | None:
    """Round 33: the one-letter flag a month's header carries with the month (``Apr-26 A``
    -> ``a``), when the rest of the header is a month (:func:`_is_month`); else None. A
    rolling forecast written by a finance business partner flags each month in its own
    header as often as in a row above it."""
    for pattern in (_FLAG_AFTER, _FLAG_BEFORE):
        found = pattern.match(text or "")
        if found is not None and _is_month(found.group("month").strip()):
            return found.group("flag").lower()
    return None


#: A measure's short form after the month in its header (``Apr-26 Act``, ``Jun-26 Fcst``,
#: ``Jul 2026 (Bud)``): a word of two to six letters, apart from the month.
_MARK_AFTER = re.compile(
    r"^\s*(?P<month>.*?\S)(?:\s*[-\u2013:]\s*|\s+|(?=[(\[]))[(\[]?(?P<mark>[A-Za-z]{2,6})\.?"
    r"[)\]]?\s*$"
)


def glued_marks(block: TableBlock, cols: list[int]) -> dict[int, str]:
    """Round 33: month column -> the measure a short form after the month in its own header
    names (``Apr-26 Act | May-26 Act | Jun-26 Fcst``: :func:`addin.adopt.finance.measure_mark`),
    when EVERY month's header carries one and they name two measures or more; else empty.
    A mark alone elsewhere is a place or initials (``ACT``, red team of round 21): a run of
    months all marked ``ACT`` is read as nothing here."""
    from addin.adopt.finance import measure_in, measure_mark

    out: dict[int, str] = {}
    for col in cols:
        cell = block.header_at(col)
        found = _MARK_AFTER.match(cell.text) if cell is not None and not cell.group else None
        if found is None or not _is_month(found.group("month").strip()):
            return {}
        measure = measure_in(found.group("mark")) or measure_mark(found.group("mark"))
        if measure not in MEASURES:
            return {}
        out[col] = str(measure)
    return out if len(set(out.values())) >= 2 else {}


def flagged_measures(block: TableBlock, cols: list[int]) -> dict[int, str]:
    """month column -> the measure its flag names, when the labels over the months are a
    row of one-letter flags (or, round 33, each month's header carries its flag:
    :func:`glued_flag`); else empty."""
    flags: dict[int, str] = {}
    for col in cols:
        cell = block.header_at(col)
        group = cell.group if cell is not None else None
        match = _FLAG.match(group or "")
        glued = glued_flag(cell.text) if cell is not None and not group else None
        if match is None and glued is None:
            return glued_marks(block, cols)
        flags[col] = match.group(1).lower() if match is not None else str(glued)
    if len(flags) < 2:
        return {}
    return _flags_read(flags, block.titles)


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


#: Round 34's last hour: how far under the header a row of flags may stand (a units line or
#: a blank row between them and the first cost line, never further down among the lines).
_FLAG_ROW_REACH = 3


def _row_flag(value: object) -> str | None:
    """A month cell's flag in a row under the header: one letter (``A``, ``F.``) as a
    string, else None (numbers are amounts, longer words are read by
    :func:`_row_word_measure`)."""
    if not isinstance(value, str):
        return None
    match = _FLAG.match(value)
    return match.group(1).lower() if match is not None else None


def _row_word_measure(value: object) -> str | None:
    """A month cell's measure written as a word or its short form (``Actual``, ``Act``,
    ``Fcst``, ``Prognose``) in a row under the header; else None."""
    from addin.adopt.finance import measure_mark, measure_word

    if not isinstance(value, str) or not value.strip() or len(value.split()) > 2:
        return None
    text = value.strip()
    measure = measure_word(text) or measure_mark(text)
    return measure if measure in MEASURES else None


def flag_row_under(
    block: TableBlock, grid: Grid, cols: list[int]
) -> tuple[int, dict[int, str], bool] | None:
    """Round 34's last hour: a row of flags UNDER the months' header (``A/F | A | A | F |
    F``), as a finance business partner's latest estimate writes it between the months and
    the first cost line: (its row, month column -> measure, whether the flags are words),
    else None.

    The same habit as a row of flags over the months (:func:`flagged_measures`), written a
    row lower: the header is the months, and the row under it says which months are closed
    (actuals) and which are forecast. Read when, among the first rows under the header,
    one holds a flag in EVERY month column and no amount anywhere: one letter each, read by
    the title block's legend or, without one, the rolling forecast's convention (``A`` and
    ``F`` only, both present, every ``A`` before every ``F``); or a measure's word or short
    form each (``Actual | Actual | Forecast``, ``Act | Fcst``), two measures or more. Its
    label cells (``A/F``, ``Status``, blank) say nothing more. A row of letters that are no
    flags (``A | B | C``: phases), a row with a month left blank, or a row with an amount
    is none."""
    from addin.adopt.convert import parse_number

    if len(cols) < 2:
        return None
    last = min(block.first_data_row + _FLAG_ROW_REACH - 1, block.last_data_row - 1)
    month_cols = set(cols)
    for row in range(block.first_data_row, last + 1):
        values = {c: grid.value(row, c) for c in cols}
        if all(is_blank_value(v) for v in values.values()):
            continue  # a blank row between the header and the flags
        for c in range(block.first_col, block.last_col + 1):
            if c in month_cols:
                continue
            other = grid.value(row, c)
            if isinstance(other, int | float) and not isinstance(other, bool):
                return None  # a figure beside the months: a line's total, no flag row
        letters = {c: _row_flag(v) for c, v in values.items()}
        if all(letters.values()):
            read = _flags_read({c: str(f) for c, f in letters.items()}, block.titles)
            return (row, read, False) if read else None
        words = {c: _row_word_measure(v) for c, v in values.items()}
        if all(words.values()) and len(set(words.values())) >= 2:
            if any(parse_number(v) is not None for v in values.values()):
                return None
            return row, {c: str(m) for c, m in words.items()}, True
        return None  # the first row with something in the months is no flag row
    return None


def is_blank_value(value: object) -> bool:
    """An empty cell's value (None or blank text)."""
    return value is None or (isinstance(value, str) and not value.strip())


def _flags_read(flags: dict[int, str], titles: Iterable[str]) -> dict[int, str]:
    """month column -> measure for one-letter flags (lower case): by the legend the title
    block writes, else by the rolling forecast's convention (``A`` before ``F``)."""
    legend = legend_of(titles)
    if legend:
        if not set(flags.values()) <= set(legend):
            return {}
        return {col: legend[f] for col, f in flags.items()}
    letters = [flags[c] for c in sorted(flags)]
    if set(letters) != set(_CONVENTION) or letters != sorted(letters):
        return {}
    return {col: _CONVENTION[f] for col, f in flags.items()}


def flag_row_note(block: TableBlock, row: int, flagged: dict[int, str], worded: bool) -> str:
    """The report's note for a row of flags under the months (:func:`flag_row_under`)."""
    note = flags_note(block, flagged)
    if worded:
        note = note.replace(
            "(no legend: A = actual, F = forecast, the rolling forecast's convention)",
            "(each flag a measure's word or short form)",
        )
    return note.replace(
        "a row of flags over the months", f"the row of flags under the months (row {row})", 1
    )


#: Round 34's last hour: one label naming the actual and the forecast together (``Actual /
#: Forecast``, ``Act/Fcst``, ``Actuals & Forecast``, ``Actual + forecast``, ``Actual or
#: Forecast``): the latest estimate's row, actuals in the closed months, forecast after.
_JOIN = re.compile(r"\s*(?:/|&|\+|\band\b|\bor\b|\bthen\b)\s*", re.IGNORECASE)


def actual_then_forecast(text: str) -> bool:
    """Whether ``text`` names the actual and the forecast together, one each side of a join
    (``Actual / Forecast``, ``Fcst & Act``, ``Actuals + Forecast``): a latest estimate's row
    whose months are actuals up to the last month closed and forecast after it; which month
    is which only a flag (:func:`flag_row_under`, :func:`flagged_measures`) says."""
    from addin.adopt.finance import measure_mark, measure_word

    parts = [p for p in _JOIN.split(text or "") if p.strip()]
    if len(parts) != 2 or len(_JOIN.findall(text)) != 1:
        return False
    read = {measure_word(p.strip()) or measure_mark(p.strip()) for p in parts}
    return read == {"actual", "forecast"}


#: Round 34's last hour: a title block's cut-off between the actuals and the forecast
#: (``Actuals to end April 2026``, ``actuals through Mar-26, forecast thereafter``,
#: ``Actual up to 2026-04``): the month after which a latest estimate's row is forecast.
_CUTOFF = re.compile(
    r"\bactuals?\b\s*(?:to\s+date\s+)?(?:to|through|thru|until|up\s+to|incl(?:uding|\.)?)\s+"
    r"(?:the\s+)?(?:end\s+(?:of\s+)?)?(?P<month>[^,;()|]+)",
    re.IGNORECASE,
)


def actuals_cutoff(titles: Iterable[str]) -> tuple[date, str] | None:
    """The last month of actuals a title line states (``Actuals to end April 2026`` ->
    April 2026), with the words that say it; None when no line says, or two lines say
    different months. Only a month with its year counts (``Actuals to date`` says none)."""
    from addin.adopt.dates import period_bounds

    found: dict[date, str] = {}
    for text in titles:
        for match in _CUTOFF.finditer(text or ""):
            words = match.group("month").split()
            end = _month_end(words[0]) if words else None
            if end is None and len(words) >= 3 and re.fullmatch(r"\d{1,2}", words[0]):
                # ``31 March 2026``: the month's last day in words
                bounds = period_bounds(" ".join(words[1:3]))
                if bounds is not None and bounds[2] == "month" and bounds[1].day == int(words[0]):
                    end = bounds[0]
            if end is not None:
                found.setdefault(end, match.group(0).strip())
                continue
            if words and re.fullmatch(r"\d{1,2}\.?", words[0]):
                continue  # a day that ends no month (``15 March 2026``): no cut-off
            for n in range(min(len(words), 3), 0, -1):
                bounds = period_bounds(" ".join(words[:n]))
                if bounds is not None and bounds[2] == "month":
                    found.setdefault(bounds[0], match.group(0).strip())
                    break
    if len(found) != 1:
        return None
    month, said = next(iter(found.items()))
    return month, said


_DATE = re.compile(r"^(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})$")


def _month_end(text: str) -> date | None:
    """The month a month's last day names (``31/03/2026``, ``03/31/2026``, ``2026-04-30``),
    read only when one order of day and month gives a month's last day (a cut-off is
    written as the month closed); else None (``15/03/2026`` is no month's end)."""
    import calendar

    found = _DATE.match(text.strip().rstrip(".,"))
    if found is None:
        return None
    a, b, c = (int(g) for g in found.groups())
    orders = [(a, b, c), (c, b, a)] if a > 31 else [(c, b, a), (c, a, b)]  # (y, m, d)
    months: set[date] = set()
    for year, month, day in orders:
        if 1900 <= year <= 2200 and 1 <= month <= 12 and day == calendar.monthrange(year, month)[1]:
            months.add(date(year, month, 1))
    return next(iter(months)) if len(months) == 1 else None
