"""Carrying out a template upgrade in a live Excel workbook (the Upgrade template button).

Excel makes every change itself (values, formats copied from the neighbouring template
row, validations, a table column through ``ListObject.ListColumns.Add``, names, the
``_pmo`` version), so everything else in the workbook stays exactly as Excel keeps it.
The steps come from :func:`addin.upgrade.host_plan.plan_host_upgrade`. Never imports
xlwings: the Book is passed in (tests drive it with a fake).
"""

from __future__ import annotations

from typing import Any

from addin.cells import column_letter
from addin.errors import UsageError
from addin.upgrade.host_plan import BurnupStep, HostUpgradePlan

# Excel's constants (XlDVType, XlDVAlertStyle, XlFormatConditionOperator, XlPasteType)
_TYPES = {"any": 0, "integer": 1, "decimal": 2, "list": 3, "date": 4}
_OPERATORS = {"between": 1, ">": 5, "<": 6, ">=": 7, "<=": 8}
_ALERTS = {"stop": 1, "warning": 2, "information": 3}
PASTE_FORMATS = -4122
WHOLE_NUMBER = 1


def _text(value: str) -> str:
    """Text Excel stores as text (never parsed as a formula, date or number)."""
    return "'" + value if value else value


def _formula(value: Any) -> str:
    if isinstance(value, list):
        return ",".join(str(v) for v in value)
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return str(value)


def _current_type(rng: Any) -> int | None:
    """The range's validation type, or None when it has none (Excel raises then)."""
    try:
        return int(rng.api.Validation.Type)
    except Exception:  # COM error: no validation on the range
        return None


def set_validation(rng: Any, rule: dict[str, Any]) -> None:
    """Replace the range's validation with the template's ``rule`` (an XlsxWriter dict)."""
    validation = rng.api.Validation
    validation.Delete()
    kind = rule.get("validate", "any")
    args: dict[str, Any] = {
        "Type": _TYPES.get(kind, 0),
        "AlertStyle": _ALERTS.get(rule.get("error_type", "stop"), 1),
    }
    if kind in ("integer", "decimal", "date"):
        criteria = rule.get("criteria", "between")
        args["Operator"] = _OPERATORS.get(criteria, 1)
        if criteria == "between":
            args["Formula1"] = _formula(rule.get("minimum"))
            args["Formula2"] = _formula(rule.get("maximum"))
        else:
            args["Formula1"] = _formula(rule.get("value"))
    elif kind == "list":
        args["Formula1"] = _formula(rule.get("source"))
    validation.Add(**args)
    validation.IgnoreBlank = True
    if rule.get("input_message"):
        validation.InputTitle = rule.get("input_title", "")
        validation.InputMessage = rule["input_message"]
        validation.ShowInput = True
    if rule.get("error_message"):
        validation.ErrorTitle = rule.get("error_title", "")
        validation.ErrorMessage = rule["error_message"]
        validation.ShowError = True


def _refuse_protected(book: Any, plan: HostUpgradePlan) -> None:
    """Stop before any change when a sheet to edit is protected (Excel would fail half way)."""
    touched = {plan.meta_sheet}
    touched |= {s.sheet for s in plan.fields} | {c.sheet for c in plan.columns}
    touched |= {d.sheet for d in plan.dropdowns}
    if plan.burnup is not None:
        touched.add(plan.burnup.sheet)
    locked = sorted(name for name in touched if bool(book.sheets[name].api.ProtectContents))
    if locked:
        raise UsageError(
            f"sheet {', '.join(repr(n) for n in locked)} is protected, so the template's cells "
            "cannot be added; unprotect it (Review > Unprotect Sheet) and press Upgrade "
            "template again. Nothing was changed."
        )


def apply_template_upgrade(book: Any, plan: HostUpgradePlan) -> list[str]:
    """Carry out ``plan`` in ``book``; returns what was kept instead of the template's piece.
    Raises :class:`UsageError` (nothing changed) when a sheet to edit is protected."""
    _refuse_protected(book, plan)
    kept: list[str] = []
    for step in plan.fields:
        sheet = book.sheets[step.sheet]
        source = sheet.range(
            (step.format_from_row, step.label_col), (step.format_from_row, step.label_col + 2)
        )
        target = sheet.range((step.row, step.label_col), (step.row, step.label_col + 2))
        source.api.Copy()
        target.api.PasteSpecial(PASTE_FORMATS)
        book.app.api.CutCopyMode = False
        target.value = [[_text(step.label), None, _text(step.note)]]
        value_cell = sheet.range((step.row, step.label_col + 1))
        if step.wrap:
            value_cell.api.WrapText = True
            target.api.EntireRow.RowHeight = 60
        if step.rule is not None:
            set_validation(value_cell, step.rule)
        letter = column_letter(step.label_col + 1)
        book.names.add(step.name, f"='{step.sheet}'!${letter}${step.row}")
    for column in plan.columns:
        sheet = book.sheets[column.sheet]
        table = next(t for t in sheet.tables if str(t.name).lower() == column.table.lower())
        added = table.api.ListColumns.Add()
        added.Name = column.header
        letter = column_letter(column.col)
        sheet.range(f"{letter}1").api.EntireColumn.ColumnWidth = column.width
        if column.rule is not None:
            set_validation(
                sheet.range(f"{letter}{column.first_row}:{letter}{column.last_row}"), column.rule
            )
    for dropdown in plan.dropdowns:
        rng = book.sheets[dropdown.sheet].range(dropdown.ref)
        current = _current_type(rng)
        if current not in (None, WHOLE_NUMBER):
            kept.append(f"kept the PM's own validation on {dropdown.sheet}!{dropdown.ref}")
            continue
        set_validation(rng, dropdown.rule)
    if plan.burnup is not None:
        add_burnup_chart(book, plan.burnup)
    book.sheets[plan.meta_sheet].range(plan.meta_cell).value = plan.to_version
    return kept


def add_burnup_chart(book: Any, step: BurnupStep) -> None:
    """The helper block (formulas, hidden columns) and Excel's own scatter chart over it,
    its series named and pointed at the helper columns one by one; hidden cells plotted."""
    sheet = book.sheets[step.sheet]
    block = sheet.range(step.block)
    block.value = step.cells
    block.api.EntireColumn.Hidden = True
    anchor = sheet.range(step.chart_cell)
    chart = sheet.charts.add(anchor.left, anchor.top, step.width, step.height)
    chart.chart_type = step.chart_type
    excel_chart = chart.api[1]
    for name, ref in step.series:
        series = excel_chart.SeriesCollection().NewSeries()
        series.Name = name
        series.XValues = sheet.range(step.x).api
        series.Values = sheet.range(ref).api
    excel_chart.PlotVisibleOnly = False  # the helper columns are hidden
    excel_chart.HasTitle = True
    excel_chart.ChartTitle.Text = step.title
