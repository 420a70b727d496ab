"""The Guide sheet: how a project manager fills the workbook, in plain words."""

from __future__ import annotations

from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

from addin.layout import (
    FINANCE_SUMMARY_SHEET,
    LISTS_SHEET,
    PROJECT_SHEET,
    REGISTERS,
)
from addin.standards import Standards
from addin.templates.register_sheets import OVERDUE_FORMAT
from addin.templates.styles import COMPUTED_FILL, LINE_HEIGHT, Styles, wrapped_height
from addin.version import TEMPLATE_ID, TEMPLATE_VERSION

FIRST_WIDTH = 22
TEXT_WIDTH = 100

_COMPUTED = list(dict.fromkeys(c.name for r in REGISTERS for c in r.columns if c.computed))

STEPS = (
    f"Start on the {PROJECT_SHEET} sheet: fill every white cell in column B. Red labels are "
    "required. Set the Report Date to the date your report is as at, every reporting cycle.",
    "Each register sheet holds one table: one row per item. Use its blank rows; when they "
    "run out, type on the row just below the table and Excel extends it, with its "
    "dropdowns and formulas.",
    "Pick values from the dropdowns; they hold the EPMO's lists. Type dates as dates and "
    "numbers as numbers (no 'TBC' in a date or amount cell).",
    f"Grey columns are calculated ({', '.join(_COMPUTED)} and the whole "
    f"{FINANCE_SUMMARY_SHEET}). Never type over them.",
    "Give every item a unique ID in its register's format (see below) and a named owner, not TBC.",
    "Update Last Updated whenever you review an item. To close one, set its status and "
    "its Closed Date; keep the row (closed items are history).",
    "Finance: one row per month and cost line. Month is the first day of the month. Enter "
    "actuals only up to the report month, and forecasts for the months after it.",
    "Do not rename, move or delete sheets, tables or column headers: the PMO's tools find "
    "your data by these names.",
)

_OTHER_SHEETS = {
    PROJECT_SHEET: "Who, what and when: the project's identity, dates and RAG status.",
    FINANCE_SUMMARY_SHEET: "Budget, actual to date, ETC, EAC and variance, calculated for you.",
    LISTS_SHEET: "The dropdown values, kept in step with the EPMO standards (read only).",
}


def _pct(value: float) -> str:
    return f"{value:g}%"


def checks(standards: Standards) -> list[str]:
    """What the PMO checks, with this standards file's thresholds."""
    s = standards
    return [
        "Every sheet, table and column is present and the Project fields are filled.",
        f"The Report Date is no more than {s.staleness.report_days} days old.",
        "IDs are unique; owners are named people; values come from the lists; scores are "
        "whole numbers in range.",
        f"Open risks rated {' or '.join(s.risk.response_required_ratings)} have a response.",
        f"Issues of severity {s.risk.escalate_severity_from} or more are escalated beyond "
        "the project.",
        "Open items past their due date (Need By, Validate By, forecast date) are overdue.",
        f"Open items not updated for {s.staleness.item_days} days are stale.",
        "Closed items have a Closed Date, not before the Raised Date.",
        "Dependencies have a counterparty and a Need By date, and are committed in time.",
        f"Milestones slipping more than {s.milestones.slip_warning_days} days past baseline, "
        "past their forecast date and not complete, or complete without an actual date.",
        "Finance: no actuals after the report month, no negative or text amounts, no "
        "duplicate month and cost line, no gaps in the months.",
        f"Cost RAG: Amber when EAC overruns the budget by more than "
        f"{_pct(s.cost_rag.amber_overrun_pct)}, Red by more than "
        f"{_pct(s.cost_rag.red_overrun_pct)}.",
        f"The Overall RAG is not Green while a {s.risk.critical_rating} risk is open or the "
        "Cost RAG is Red.",
        f"Agile and hybrid projects (Iterations sheet, last {s.agile.last_n} ended "
        f"iterations): say/do (completed / committed) at least {s.agile.say_do_threshold:g}; "
        f"the forecast finish no more than {s.agile.late_threshold_days} days after the "
        f"Planned End Date; Remaining Points filled on every ended iteration and not rising "
        f"{s.agile.rising_iterations} iterations running; an iteration ended in the last "
        f"{s.agile.no_iteration_days} days.",
    ]


def write_guide_sheet(
    workbook: Workbook, sheet: Worksheet, standards: Standards, styles: Styles
) -> None:
    """The Guide: steps, sheets, ID formats, colours and what the PMO checks."""
    sheet.set_column(0, 0, FIRST_WIDTH)
    sheet.set_column(1, 1, TEXT_WIDTH)
    sheet.hide_gridlines(2)
    sheet.fit_to_pages(1, 0)
    row = 0

    def line(first: str, second: str = "") -> None:
        nonlocal row
        sheet.write_string(row, 0, first, styles.label if second else styles.plain)
        if second:
            sheet.write_string(row, 1, second, styles.wrap)
            height = wrapped_height(second, TEXT_WIDTH)
            if height > LINE_HEIGHT:
                sheet.set_row(row, height)
        row += 1

    def heading(text: str) -> None:
        nonlocal row
        row += 1
        sheet.write_string(row, 0, text, styles.subtitle)
        row += 1

    sheet.write_string(row, 0, "Project workbook: how to fill it", styles.title)
    row += 1
    sheet.merge_range(
        row,
        0,
        row,
        1,
        f"Template '{TEMPLATE_ID}' version {TEMPLATE_VERSION}; "
        f"{standards.meta.name} version {standards.version}.",
        styles.note,
    )
    row += 1

    heading("Steps")
    for number, step in enumerate(STEPS, start=1):
        line(f"{number}.", step)

    heading("Sheets")
    line(PROJECT_SHEET, _OTHER_SHEETS[PROJECT_SHEET])
    for register in REGISTERS:
        line(register.sheet, register.description)
    line(FINANCE_SUMMARY_SHEET, _OTHER_SHEETS[FINANCE_SUMMARY_SHEET])
    line(LISTS_SHEET, _OTHER_SHEETS[LISTS_SHEET])

    heading("ID formats")
    for register in REGISTERS:
        if register.id_prefix:
            line(register.sheet, f"{register.id_prefix}-001, {register.id_prefix}-002, ...")

    heading("Colours")
    for band in sorted(standards.score_bands, key=lambda b: b.min):
        fmt = workbook.add_format({"bg_color": band.colour, "bold": True})
        sheet.write_string(row, 0, f"{band.name}", fmt)
        sheet.write_string(
            row, 1, f"Risk rating: score (probability x impact) {band.min} to {band.max}."
        )
        row += 1
    for rag, colour in standards.rag_colours.items():
        sheet.write_string(row, 0, rag, workbook.add_format({"bg_color": colour, "bold": True}))
        sheet.write_string(row, 1, f"RAG status {rag}.")
        row += 1
    sheet.write_string(row, 0, "Overdue", workbook.add_format(OVERDUE_FORMAT))
    sheet.write_string(row, 1, "An open item's due date has passed (judged against today).")
    row += 1
    sheet.write_string(row, 0, "Calculated", workbook.add_format({"bg_color": COMPUTED_FILL}))
    sheet.write_string(row, 1, "A formula: do not type here.")
    row += 1

    heading("Scales")
    for name in ("probability", "impact", "severity", "wsjf"):
        scale = getattr(standards.scales, name)
        if scale.labels:
            steps = ", ".join(
                f"{n} {label}"
                for n, label in zip(range(scale.min, scale.max + 1), scale.labels, strict=True)
            )
        else:
            steps = f"{scale.min} to {scale.max}"
        line(name.upper() if name == "wsjf" else name.capitalize(), steps)

    heading("What the PMO checks")
    for text in checks(standards):
        line("-", text)
