"""The Finance Summary sheet: totals and a month-by-month view, as formulas over tblFinance.

Definitions are SPEC section 4's, as :func:`addin.derived.finance_figures` computes them:
actual to date = actuals of months up to and including the report month (every month when
there is no report date), ETC = forecasts of later months, EAC = actual to date + ETC,
BAC = total budget, VAC = BAC - EAC, VAC % = VAC / BAC (blank unless BAC > 0), and the
cost RAG from the overrun per cent against the standards' amber/red thresholds.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from xlsxwriter.format import Format
from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

from addin import derived
from addin.cells import excel_serial
from addin.layout import FINANCE, FINANCE_SUMMARY_SHEET, PROJECT_FIELDS
from addin.models import FinanceLine
from addin.standards import Standards
from addin.templates import names
from addin.templates.formulas import cached, whole_column
from addin.templates.styles import Styles

#: Rows of the month-by-month view (ten years of months).
MONTH_ROWS = 120
REPORT_MONTH_ROW = 4  # Excel row of the report month
TOTALS_FIRST_ROW = 7  # Excel row of the first total
MONTHS_HEADER_ROW = 17  # Excel row of the month table's header

MONTH_HEADERS = (
    "Month",
    "Budget",
    "Actual",
    "Forecast",
    "Actual to date",
    "ETC",
    "EAC",
    "VAC",
    "VAC %",
    "Cost RAG",
)

# derived.cost_rag names its results so; the formula must give the same words.
RED, AMBER, GREEN = "Red", "Amber", "Green"


def report_date_name() -> str:
    """The defined name of the Project sheet's Report Date cell."""
    return next(f.range_name for f in PROJECT_FIELDS if f.key == "report_date")


def _col(key: str) -> str:
    return whole_column(FINANCE, key)


def cost_rag_formula(vac_pct_ref: str) -> str:
    overrun = f"ROUND(-{vac_pct_ref}*100,9)"
    return (
        f'=IF(ISNUMBER({vac_pct_ref}),IF({overrun}>{names.COST_RED_PCT},"{RED}",'
        f'IF({overrun}>{names.COST_AMBER_PCT},"{AMBER}","{GREEN}")),"")'
    )


def total_formulas() -> list[tuple[str, str, str]]:
    """(label, defined name, formula) of each total, in sheet order."""
    month, actual, forecast = _col("month"), _col("actual"), _col("forecast")
    rm = names.FIN_REPORT_MONTH
    return [
        ("Budget (BAC)", names.FIN_BAC, f"=SUM({_col('budget')})"),
        (
            "Actual to date",
            names.FIN_ACTUAL_TO_DATE,
            f'=IF(ISNUMBER({rm}),SUMIFS({actual},{month},"<"&EDATE({rm},1)),'
            f'SUMIFS({actual},{month},">0"))',
        ),
        (
            "ETC",
            names.FIN_ETC,
            f'=IF(ISNUMBER({rm}),SUMIFS({forecast},{month},">="&EDATE({rm},1)),0)',
        ),
        ("EAC", names.FIN_EAC, f"={names.FIN_ACTUAL_TO_DATE}+{names.FIN_ETC}"),
        ("VAC", names.FIN_VAC, f"={names.FIN_BAC}-{names.FIN_EAC}"),
        ("VAC %", names.FIN_VAC_PCT, f'=IF({names.FIN_BAC}>0,{names.FIN_VAC}/{names.FIN_BAC},"")'),
        ("Cost RAG", names.FIN_COST_RAG, cost_rag_formula(names.FIN_VAC_PCT)),
    ]


def month_formulas(row: int) -> list[str]:
    """The month view's formulas on Excel row ``row`` (the first month row starts it)."""
    month = _col("month")
    a = f"$A{row}"
    first = MONTHS_HEADER_ROW + 1
    if row == first:
        month_cell = f'=IF(COUNT({month})=0,"",DATE(YEAR(MIN({month})),MONTH(MIN({month})),1))'
    else:
        prev = f"A{row - 1}"
        month_cell = (
            f'=IF(ISNUMBER({prev}),IF(EDATE({prev},1)<=MAX({month}),EDATE({prev},1),""),"")'
        )

    def in_month(key: str) -> str:
        return (
            f'=IF(ISNUMBER({a}),SUMIFS({_col(key)},{month},">="&{a},{month},"<"&EDATE({a},1)),"")'
        )

    rm = names.FIN_REPORT_MONTH
    return [
        month_cell,
        in_month("budget"),
        in_month("actual"),
        in_month("forecast"),
        f'=IF(ISNUMBER({a}),IF(ISNUMBER({rm}),IF({a}<={rm},C{row},0),C{row}),"")',
        f'=IF(ISNUMBER({a}),IF(ISNUMBER({rm}),IF({a}>{rm},D{row},0),0),"")',
        f'=IF(ISNUMBER({a}),E{row}+F{row},"")',
        f'=IF(ISNUMBER({a}),B{row}-G{row},"")',
        f'=IF(ISNUMBER({a}),IF(B{row}>0,H{row}/B{row},""),"")',
        f'=IF(ISNUMBER({a}),{cost_rag_formula(f"I{row}")[1:]},"")',
    ]


def _amount(value: float | None) -> float:
    """An amount as finance_figures counts it: numbers only (NaN and infinities as zero)."""
    if value is None or isinstance(value, bool) or not math.isfinite(value):
        return 0.0
    return float(value)


@dataclass(frozen=True)
class MonthRow:
    """What one row of the month view shows (Python truth for its formulas)."""

    month: date
    budget: float
    actual: float
    forecast: float
    figures: derived.FinanceFigures


def month_rows(
    lines: Sequence[FinanceLine], report_date: date | None, standards: Standards
) -> list[MonthRow]:
    """Every month from the first to the last finance month (gaps included), as the sheet
    lists them, with :func:`addin.derived.finance_figures` of that month's lines."""
    dated = [line for line in lines if line.month is not None]
    if not dated:
        return []
    by_month: dict[date, list[FinanceLine]] = defaultdict(list)
    for line in dated:
        assert line.month is not None
        by_month[derived.month_start(line.month)].append(line)
    last = max(line.month for line in dated if line.month is not None)
    month = min(by_month)
    rows: list[MonthRow] = []
    while month <= last and len(rows) < MONTH_ROWS:
        group = by_month.get(month, [])
        rows.append(
            MonthRow(
                month,
                sum(_amount(x.budget) for x in group),
                sum(_amount(x.actual) for x in group),
                sum(_amount(x.forecast) for x in group),
                derived.finance_figures(group, report_date, standards),
            )
        )
        month = date(month.year + month.month // 12, month.month % 12 + 1, 1)
    return rows


def write_finance_summary(
    workbook: Workbook,
    sheet: Worksheet,
    lines: Sequence[FinanceLine],
    report_date: date | None,
    standards: Standards,
    styles: Styles,
    *,
    cache_values: bool = True,
) -> None:
    """Totals (with ``fin_*`` names) and the month view; cached values from addin.derived."""
    sheet.set_column(0, 0, 18)
    sheet.set_column(1, len(MONTH_HEADERS) - 1, 14)
    sheet.write_string(0, 0, "Finance Summary", styles.title)
    sheet.set_row(1, 32)
    sheet.merge_range(
        1,
        0,
        1,
        len(MONTH_HEADERS) - 1,
        "Calculated from the Finance sheet and the Project sheet's Report Date; "
        "do not type here. Actual to date counts months up to the report month, "
        "ETC the forecast of later months.",
        styles.note,
    )
    rag_format = {
        rag: workbook.add_format({"bg_color": colour})
        for rag, colour in standards.rag_colours.items()
    }

    def value(v: float | str | None) -> float | str:
        return cached(v) if cache_values else 0

    rm_row = REPORT_MONTH_ROW - 1
    sheet.write_string(rm_row, 0, "Report month", styles.label)
    rm_formula = (
        f"=IF(ISNUMBER({report_date_name()}),"
        f'DATE(YEAR({report_date_name()}),MONTH({report_date_name()}),1),"")'
    )
    report_month = derived.month_start(report_date) if report_date else None
    sheet.write_formula(rm_row, 1, rm_formula, styles.computed_month, value(_serial(report_month)))
    workbook.define_name(names.FIN_REPORT_MONTH, f"={_sheet_ref()}!$B${REPORT_MONTH_ROW}")

    figures = derived.finance_figures(lines, report_date, standards)
    total_values: list[float | str | None] = [
        figures.bac,
        figures.actual_to_date,
        figures.etc,
        figures.eac,
        figures.vac,
        figures.vac_pct,
        figures.cost_rag,
    ]
    sheet.write_string(TOTALS_FIRST_ROW - 2, 0, "Totals", styles.subtitle)
    for offset, ((label, name, formula), total) in enumerate(
        zip(total_formulas(), total_values, strict=True)
    ):
        row = TOTALS_FIRST_ROW - 1 + offset
        fmt = _format_for(label, styles)
        sheet.write_string(row, 0, label, styles.label)
        sheet.write_formula(row, 1, formula, fmt, value(total))
        workbook.define_name(name, f"={_sheet_ref()}!$B${row + 1}")
    rag_row = TOTALS_FIRST_ROW - 1 + len(total_values) - 1
    _rag_colours(sheet, rag_row, 1, rag_row, rag_format)

    sheet.write_string(MONTHS_HEADER_ROW - 2, 0, "By month", styles.subtitle)
    for col, header in enumerate(MONTH_HEADERS):
        sheet.write_string(MONTHS_HEADER_ROW - 1, col, header, styles.header)
    rows = month_rows(lines, report_date, standards)
    for index in range(MONTH_ROWS):
        excel_row = MONTHS_HEADER_ROW + 1 + index
        shown = _month_values(rows[index]) if index < len(rows) else [None] * len(MONTH_HEADERS)
        for col, (formula, cell) in enumerate(zip(month_formulas(excel_row), shown, strict=True)):
            sheet.write_formula(
                excel_row - 1, col, formula, _format_for(MONTH_HEADERS[col], styles), value(cell)
            )
    last = MONTHS_HEADER_ROW + MONTH_ROWS - 1
    _rag_colours(sheet, MONTHS_HEADER_ROW, len(MONTH_HEADERS) - 1, last, rag_format)
    sheet.freeze_panes(MONTHS_HEADER_ROW, 1)
    sheet.set_landscape()
    sheet.fit_to_pages(1, 0)


def _sheet_ref() -> str:
    return f"'{FINANCE_SUMMARY_SHEET}'"


def _serial(day: date | None) -> float | None:
    return excel_serial(day) if day is not None else None


def _month_values(row: MonthRow) -> list[float | str | None]:
    f = row.figures
    return [
        _serial(row.month),
        row.budget,
        row.actual,
        row.forecast,
        f.actual_to_date,
        f.etc,
        f.eac,
        f.vac,
        f.vac_pct,
        f.cost_rag,
    ]


def _format_for(label: str, styles: Styles) -> Format:
    if label == "Month":
        return styles.computed_month
    if label == "VAC %":
        return styles.computed_percent
    if label == "Cost RAG":
        return styles.computed
    return styles.computed_money


def _rag_colours(
    sheet: Worksheet, first_row: int, col: int, last_row: int, formats: dict[str, Format]
) -> None:
    for rag, fmt in formats.items():
        sheet.conditional_format(
            first_row,
            col,
            last_row,
            col,
            {"type": "cell", "criteria": "==", "value": f'"{rag}"', "format": fmt},
        )
