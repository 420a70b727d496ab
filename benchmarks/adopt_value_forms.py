"""Is a value read the same whatever form it is written in? Value forms from their sources.

    .venv/bin/python benchmarks/adopt_value_forms.py [--seed N] [--only TEXT]
                                                     [--perturbation NAME] [--every K]
                                                     [--show-lost] [--json]
    .venv/bin/python benchmarks/adopt_value_forms.py --readers   # the readers alone

Values are most of every batch's facts, and a held-out batch loses most of its facts there:
a date, an amount or a percentage written in a form no tuning layout used. Fixing one
batch's forms rarely reached the next batch's, so round 23 ENUMERATES the forms from where
they come from and measures invariance over them, exactly as ``adopt_perturb.py`` does
(same layouts: the TUNING halves only, never a ``held-out`` half; same spans; same scoring
fact by fact against the SAME truth; the same command line):

- **Excel itself**: the cell keeps its value (a date, a number) and only its number format
  changes, to one of openpyxl's ``BUILTIN_FORMATS`` or a locale format Excel writes
  (``excel_date_formats``, ``excel_number_formats``);
- **CLDR** through ``babel`` (the sheet's language: the languages of its table's headers
  by ``languages.toml``, English when they name none): the date patterns short, medium,
  long and full with the language's month and weekday names (``dates_cldr_names``,
  ``dates_cldr_numeric``), amounts with the language's decimal and grouping marks and its
  currency placement (``amounts_cldr_text``), the currency mark before or after with or
  without a space (``amounts_currency_placement``), compact amounts (``1,2 M €``,
  ``amounts_compact``), percentages (``50 %``, ``%50``: ``percent_cldr_text``);
- **tools**: date-time stamps with a time of day, with or without seconds or AM/PM, ISO
  with ``T`` and a zone, a weekday before the date, English ordinal days
  (``dates_tool_stamps``).

Left out because a person could read them two ways (the brief asks to say which):

- a numeric date (``05/03/2026``) where neither the column nor the language decides the
  order: an English sheet (CLDR's ``en`` is month-first, British PMs write day-first)
  whose column has no day above 12; a sheet whose languages order dates differently;
- a grouping mark that could be a decimal mark: a number of 1,000 or more is written with
  two decimals (``12.500,00``: both marks, one reading), never ``12.500`` alone; an
  integer under 1,000 is left as it is;
- a compact amount that is not exact (``1,2 M €`` only for 1,200,000, never for
  1,234,567), and compact forms in Indian lakh and East Asian ten-thousand units (the
  multiplier is the language's, a reader of another language would take it as thousands);
- a currency the cell's own format does not show (a number without a currency mark is
  written without one); ``$`` is written only where the format shows ``$``;
- a time zone that moves the day: stamps carry the day's own date with ``Z`` or an offset,
  never converted;
- a year written as an amount (``2,026.00``): a column of years is left as it is;
- status and level words: their forms are not in Excel's or CLDR's data (round 22's
  ``level_words_case`` covers their case); no source to enumerate them from.
"""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Callable
from datetime import date, datetime, time
from pathlib import Path

from babel import dates, numbers
from openpyxl.cell.cell import Cell
from openpyxl.styles.numbers import BUILTIN_FORMATS
from openpyxl.workbook.workbook import Workbook

sys.path.insert(0, str(Path(__file__).resolve().parent))

from adopt_layouts import Built
from adopt_perturb import Span, _as_date, _is_date, main, spans

from addin.adopt.languages import _load
from addin.adopt.table_language import languages_of

#: Excel's built-in date formats (openpyxl's ``BUILTIN_FORMATS``: 14 ``mm-dd-yy``, 15
#: ``d-mmm-yy``, 22 ``m/d/yy h:mm``) and the locale date formats Excel writes for a
#: region's short and long date (its ``[$-F800]`` long system date shown as its pattern).
EXCEL_DATE_FORMATS = (
    BUILTIN_FORMATS[14],
    BUILTIN_FORMATS[15],
    BUILTIN_FORMATS[22],
    "dd/mm/yyyy",
    "dd.mm.yyyy",
    "yyyy-mm-dd",
    "d mmmm yyyy",
    "dddd, mmmm d, yyyy",
    "[$-F800]dddd, mmmm dd, yyyy",
    "mmm d, yyyy",
)

#: Excel's built-in number formats without a currency (1-4, 37-40: plain, grouped,
#: accounting with red negatives) and ``0.00E+00``-free ones only (11 would show 1.25E+04:
#: a person reads it, but no PM types it).
EXCEL_NUMBER_FORMATS = tuple(BUILTIN_FORMATS[i] for i in (1, 2, 3, 4, 37, 38, 39, 40))

#: A currency mark a cell's number format may show, and its ISO code.
FORMAT_MARKS = (("£", "GBP"), ("€", "EUR"), ("$", "USD"), ("EUR", "EUR"), ("GBP", "GBP"))


def _coverage() -> list[str]:
    languages: list[str] = _load()["coverage"]["languages"]  # type: ignore[assignment]
    return languages


def sheet_language(span: Span) -> tuple[str, bool]:
    """The language a person of this table reads its values in, and whether that language
    alone decides a numeric date's order (one language, or several writing the same order,
    and not English: CLDR's ``en`` is month-first, British PMs day-first)."""
    headers = [str(c.value) for c in span.header_cells() if isinstance(c.value, str)]
    found = sorted(lang for lang in languages_of(headers) if lang in _coverage())
    if not found:
        return "en", False
    orders = {_order(lang) for lang in found}
    return found[0], len(orders) == 1 and "en" not in found


def _order(language: str) -> str:
    pattern = dates.get_date_format("short", locale=language).pattern
    letters = [ch for ch in pattern if ch in "dMy"]
    return "".join(dict.fromkeys(letters))


def _currency(cell: Cell) -> str | None:
    fmt = cell.number_format or ""
    return next((code for mark, code in FORMAT_MARKS if mark in fmt), None)


def _date_cells(wb: Workbook, built: Built) -> list[tuple[Span, int, list[Cell]]]:
    """Each truth column holding dates: its span, column and date cells."""
    out = []
    for span in spans(wb, built):
        for col in span.columns:
            cells = [span.ws.cell(r, col) for r in span.data_rows]
            dated = [c for c in cells if _is_date(c.value)]
            if dated:
                out.append((span, col, dated))
    return out


def _year_column(span: Span, col: int) -> bool:
    """True for a column of years (``2026``): a year is no amount, and no PM writes it
    ``2,026.00``."""
    values = [span.ws.cell(r, col).value for r in span.data_rows]
    numbers = [v for v in values if isinstance(v, int | float) and not isinstance(v, bool)]
    return bool(numbers) and all(float(v).is_integer() and 1900 <= v <= 2200 for v in numbers)


def _number_cells(wb: Workbook, built: Built, percent: bool) -> list[tuple[Span, Cell]]:
    out = []
    for span in spans(wb, built):
        years = {c for c in span.columns if _year_column(span, c)}
        for cell in span.data_cells():
            if cell.column in years:
                continue
            v = cell.value
            if isinstance(v, bool) or not isinstance(v, int | float):
                continue
            fmt = cell.number_format or "General"
            if any(ch in fmt.lower() for ch in "dmy") and "General" not in fmt:
                continue  # a date's serial
            if ("%" in fmt) == percent:
                out.append((span, cell))
    return out


def _text(cell: Cell, value: str) -> None:
    cell.value = value
    cell.number_format = "@"


# --------------------------------------------------------------------------- Excel


def excel_date_formats(wb: Workbook, built: Built, rng: random.Random) -> int:
    """Date cells keep their value; their number format becomes one of Excel's built-in or
    locale date formats (one per layout by the seed): a format is not the value."""
    fmt = EXCEL_DATE_FORMATS[rng.randrange(len(EXCEL_DATE_FORMATS))]
    n = 0
    for _span, _col, cells in _date_cells(wb, built):
        for cell in cells:
            cell.number_format = fmt
            n += 1
    return n


def excel_number_formats(wb: Workbook, built: Built, rng: random.Random) -> int:
    """Number cells without a currency in their format keep their value; their format
    becomes one of Excel's built-in number formats; cells whose format shows a currency get
    an Excel currency or accounting format showing the SAME mark."""
    plain = EXCEL_NUMBER_FORMATS[rng.randrange(len(EXCEL_NUMBER_FORMATS))]
    k = rng.randrange(3)
    n = 0
    for _span, cell in _number_cells(wb, built, percent=False):
        code = _currency(cell)
        if code is None:
            cell.number_format = plain
        else:
            mark = next(m for m, c in FORMAT_MARKS if c == code and len(m) == 1)
            cell.number_format = (
                f'"{mark}"#,##0.00',
                f'#,##0.00\\ "{mark}"',
                f'_-"{mark}"* #,##0.00_-;\\-"{mark}"* #,##0.00_-;_-"{mark}"* "-"??_-;_-@_-',
            )[k]
        n += 1
    return n


# --------------------------------------------------------------------------- CLDR dates


def dates_cldr_names(wb: Workbook, built: Built, rng: random.Random) -> int:
    """Date cells written as text in one of CLDR's patterns of the sheet's language that
    names the month (medium, long or full, the full one with the weekday), or as the day,
    the month's name or abbreviation in its FORMAT or STAND-ALONE form, and the year: a
    date written with the language's month names is that date whatever the pattern."""
    k = rng.randrange(5)
    n = 0
    for span, _col, cells in _date_cells(wb, built):
        lang, _ = sheet_language(span)
        for cell in cells:
            d = _as_date(cell.value)  # type: ignore[arg-type]
            if k < 3:
                text = dates.format_date(d, ("medium", "long", "full")[k], locale=lang)
            else:
                width = "wide" if k == 3 else "abbreviated"
                name = dates.get_month_names(width, "stand-alone", locale=lang)[d.month]
                text = f"{d.day} {name} {d.year}"
            _text(cell, text)
            n += 1
    return n


def dates_cldr_numeric(wb: Workbook, built: Built, rng: random.Random) -> int:
    """Date cells written as text in CLDR's short numeric pattern of the sheet's language
    (``05/03/2026``, ``5.3.2026``, ``2026. 03. 05.``, ``2026/3/5``), only where a person
    reads one date: the language decides the order, or the column holds a day above 12."""
    n = 0
    for span, _col, cells in _date_cells(wb, built):
        lang, decided = sheet_language(span)
        days = [_as_date(c.value).day for c in cells]  # type: ignore[arg-type]
        if not decided and max(days) <= 12:
            continue
        for cell in cells:
            d = _as_date(cell.value)  # type: ignore[arg-type]
            _text(cell, dates.format_date(d, "short", locale=lang))
            n += 1
    return n


def _ordinal(day: int) -> str:
    tail = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{tail}"


def dates_tool_stamps(wb: Workbook, built: Built, rng: random.Random) -> int:
    """Date cells written as a tool's date-time stamp (one form per layout): ISO with
    ``T`` and a zone, ISO with a time with or without seconds, the language's medium date
    with a 24-hour or AM/PM time, a weekday abbreviation before it, and in English the
    ordinal day (``5th March 2026``). The time is of the day itself: no zone moves it."""
    k = rng.randrange(8)
    n = 0
    for span, _col, cells in _date_cells(wb, built):
        lang, _ = sheet_language(span)
        for cell in cells:
            d = _as_date(cell.value)  # type: ignore[arg-type]
            at = datetime.combine(d, time(9 + d.day % 8, (7 * d.day) % 60, d.month))
            medium = dates.format_date(d, "medium", locale=lang)
            weekday = dates.get_day_names("abbreviated", locale=lang)[d.weekday()]
            forms = (
                at.strftime("%Y-%m-%dT%H:%M:%SZ"),
                at.strftime("%Y-%m-%dT%H:%M:%S+01:00"),
                at.strftime("%Y-%m-%d %H:%M"),
                at.strftime("%Y-%m-%d %H:%M:%S"),
                f"{medium} {at:%H:%M}",
                f"{medium}, {dates.format_time(at, 'short', locale='en')}"
                if lang == "en"
                else f"{medium} {at:%H:%M:%S}",
                f"{weekday} {medium}",
                f"{_ordinal(d.day)} {dates.get_month_names('wide', locale='en')[d.month]} {d.year}"
                if lang == "en"
                else f"{weekday}, {medium}",
            )
            _text(cell, forms[k])
            n += 1
    return n


# --------------------------------------------------------------------------- CLDR amounts


def _decimal(v: float, lang: str) -> str | None:
    """The number in the language's marks with one reading only, or None (left as is)."""
    if abs(v) >= 1000:
        return numbers.format_decimal(v, "#,##0.00", locale=lang)
    if v != int(v):
        return numbers.format_decimal(v, "0.0#", locale=lang)
    return None


def amounts_cldr_text(wb: Workbook, built: Built, rng: random.Random) -> int:
    """Number cells written as text in the sheet's language: its decimal and grouping
    marks, and where the cell's format shows a currency, CLDR's currency pattern of the
    language (``12 500,00 €``, ``€12,500.00``, ``12.500,00 €``, ``€12.500,00``)."""
    n = 0
    for span, cell in _number_cells(wb, built, percent=False):
        lang, _ = sheet_language(span)
        v = float(cell.value)  # type: ignore[arg-type]
        code = _currency(cell)
        if code is not None:
            text: str | None = numbers.format_currency(v, code, locale=lang)
        else:
            text = _decimal(v, lang)
        if text is not None:
            _text(cell, text)
            n += 1
    return n


def amounts_currency_placement(wb: Workbook, built: Built, rng: random.Random) -> int:
    """Amounts whose format shows a currency written as text with the mark or the ISO code
    before or after the figure, with or without a space (one placement per layout), the
    figure in the sheet's language's marks: a mark's place is not the amount."""
    k = rng.randrange(6)
    n = 0
    for span, cell in _number_cells(wb, built, percent=False):
        code = _currency(cell)
        if code is None:
            continue
        lang, _ = sheet_language(span)
        v = float(cell.value)  # type: ignore[arg-type]
        figure = numbers.format_decimal(v, "#,##0.00", locale=lang)
        mark = numbers.get_currency_symbol(code, locale=lang) if k < 4 else code
        text = (
            f"{mark}{figure}",
            f"{mark} {figure}",
            f"{figure}{mark}",
            f"{figure} {mark}",
            f"{mark} {figure}",
            f"{figure} {mark}",
        )[k]
        _text(cell, text)
        n += 1
    return n


def _compact(v: float, code: str | None, lang: str) -> str | None:
    """CLDR's short compact form of ``v`` (``12,5 k``, ``1,2 M €``) when it is exact and
    its multiplier a thousand or a million."""
    if abs(v) < 1000 or v != int(v):
        return None
    decimal = numbers.get_decimal_symbol(lang)
    for digits in (0, 1, 2):
        if code is None:
            text = numbers.format_compact_decimal(v, locale=lang, fraction_digits=digits)
        else:
            text = numbers.format_compact_currency(v, code, locale=lang, fraction_digits=digits)
        m = re.search(r"\d+(?:" + re.escape(decimal) + r"\d+)?", text)
        if m is None:
            return None
        shown = float(m.group().replace(decimal, "."))
        if shown and v / shown in (1000.0, 1000000.0):
            return text
    return None


def amounts_compact(wb: Workbook, built: Built, rng: random.Random) -> int:
    """Amounts of a thousand or more written in CLDR's short compact form of the sheet's
    language where it is exact (``12.5K``, ``12,5 k``, ``1,2 M €``, ``1,2 Mio. €``), with
    the currency only where the cell's format shows one."""
    n = 0
    for span, cell in _number_cells(wb, built, percent=False):
        lang, _ = sheet_language(span)
        text = _compact(float(cell.value), _currency(cell), lang)  # type: ignore[arg-type]
        if text is not None and not re.search(r"[万億억萬लাখ]", text):
            _text(cell, text)
            n += 1
    return n


def percent_cldr_text(wb: Workbook, built: Built, rng: random.Random) -> int:
    """Percentage cells written as text in the language's percent form (``50 %``,
    ``%50``, ``50%``)."""
    n = 0
    for span, cell in _number_cells(wb, built, percent=True):
        lang, _ = sheet_language(span)
        v = float(cell.value)  # type: ignore[arg-type]
        _text(cell, numbers.format_percent(v, locale=lang, decimal_quantization=False))
        n += 1
    return n


FORMS: dict[str, Callable[[Workbook, Built, random.Random], int]] = {
    f.__name__: f
    for f in (
        excel_date_formats,
        excel_number_formats,
        dates_cldr_names,
        dates_cldr_numeric,
        dates_tool_stamps,
        amounts_cldr_text,
        amounts_currency_placement,
        amounts_compact,
        percent_cldr_text,
    )
}


# --------------------------------------------------------------------------- readers alone


def reader_losses(day: date = date(2026, 3, 15)) -> dict[str, list[str]]:
    """Each CLDR form of every language of ``[coverage]`` given to the readers alone
    (``parse_text_date``, ``parse_amount``), without a workbook: the forms they do not read
    back to the value, per family. Wider than the layouts (70 languages, every pattern),
    narrower in one way: no sheet's language is set, so a month word CLDR gives two months
    (read only where the sheet decides) counts as lost here."""
    from addin.adopt.amounts import parse_amount
    from addin.adopt.dates import parse_text_date

    lost: dict[str, list[str]] = {}
    amount = 12500.5
    for lang in _coverage():
        order = {"dmy": "dmy", "mdy": "mdy"}.get(_order(lang).lower(), "dmy")
        for width in ("short", "medium", "long", "full"):
            text = dates.format_date(day, width, locale=lang)
            if parse_text_date(text, order) != day:
                lost.setdefault(f"date {width}", []).append(f"{lang} {text!r}")
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                name = dates.get_month_names(width, context, locale=lang)[day.month]
                text = f"{day.day} {name} {day.year}"
                if parse_text_date(text) != day:
                    lost.setdefault(f"date {width} {context}", []).append(f"{lang} {text!r}")
        forms = {
            "decimal": numbers.format_decimal(amount, "#,##0.00", locale=lang),
            "currency EUR": numbers.format_currency(amount, "EUR", locale=lang),
            "compact": numbers.format_compact_decimal(1200000, locale=lang, fraction_digits=1),
        }
        wanted = {"decimal": amount, "currency EUR": amount, "compact": 1200000.0}
        for family, text in forms.items():
            if parse_amount(text) != wanted[family]:
                lost.setdefault(f"amount {family}", []).append(f"{lang} {text!r}")
    return lost


if __name__ == "__main__":
    if "--readers" in sys.argv:
        for family, texts in reader_losses().items():
            print(f"{family}: {len(texts)} of {len(_coverage())} languages lost")
            for text in texts:
                print(f"    {text}")
        raise SystemExit(0)
    raise SystemExit(main(table=FORMS, doc=__doc__))
