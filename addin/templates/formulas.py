"""The Excel formulas of computed columns, and the value each gives (from addin.derived).

Formulas use structured references of the Excel 2007 form ``tblRisks[[#This Row],[Impact]]``
(Excel and LibreOffice both evaluate it; the short ``[@Impact]`` form is not read by
LibreOffice). A blank or non-numeric input gives ``""`` (empty text), as the Python
functions give None. ``tests/test_libreoffice_agreement.py`` proves the two agree.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from addin import derived
from addin.layout import Register
from addin.models import Dependency, Item, Milestone, Risk
from addin.standards import Standards
from addin.templates import names


def escape_column(name: str) -> str:
    """A column name as written inside a structured reference (``'`` escapes ``[]#'``)."""
    return "".join(f"'{ch}" if ch in "[]#'" else ch for ch in name)


def this_row(register: Register, column_key: str) -> str:
    """``tblRisks[[#This Row],[Probability]]`` for the column with key ``column_key``."""
    column = register.column(column_key)
    return f"{register.table}[[#This Row],[{escape_column(column.name)}]]"


def whole_column(register: Register, column_key: str) -> str:
    """``tblFinance[Budget]``: every data cell of a column."""
    column = register.column(column_key)
    return f"{register.table}[{escape_column(column.name)}]"


def _product(a: str, b: str) -> str:
    return f'=IF(AND(ISNUMBER({a}),ISNUMBER({b})),{a}*{b},"")'


def _rating(score: str) -> str:
    match = f"MATCH({score},{names.BAND_MIN},1)"
    return (
        f"=IF(ISNUMBER({score}),IFERROR(IF({score}<=INDEX({names.BAND_MAX},{match}),"
        f'INDEX({names.BAND_NAME},{match}),""),""),"")'
    )


def _days_between(later: str, earlier: str) -> str:
    return f'=IF(AND(ISNUMBER({later}),ISNUMBER({earlier})),INT({later})-INT({earlier}),"")'


def _slippage(baseline: str, forecast: str, actual: str) -> str:
    return (
        f"=IF(ISNUMBER({baseline}),IF(ISNUMBER({actual}),INT({actual})-INT({baseline}),"
        f'IF(ISNUMBER({forecast}),INT({forecast})-INT({baseline}),"")),"")'
    )


Value = float | int | str | None


@dataclass(frozen=True)
class ComputedColumn:
    """How one computed column is calculated in Excel and in Python."""

    formula: Callable[[Register], str]
    value: Callable[[Item, Standards], Value]


def _risk(item: Item) -> Risk:
    assert isinstance(item, Risk)
    return item


def _score(item: Item, standards: Standards) -> Value:
    risk = _risk(item)
    return derived.risk_score(risk.probability, risk.impact)


def _rating_value(item: Item, standards: Standards) -> Value:
    risk = _risk(item)
    return derived.rating(derived.risk_score(risk.probability, risk.impact), standards)


def _residual(item: Item, standards: Standards) -> Value:
    risk = _risk(item)
    return derived.residual_score(risk.residual_probability, risk.residual_impact)


def _slack(item: Item, standards: Standards) -> Value:
    assert isinstance(item, Dependency)
    return derived.slack_days(item.need_by, item.committed_date)


def _slip(item: Item, standards: Standards) -> Value:
    assert isinstance(item, Milestone)
    return derived.slippage_days(item.baseline_date, item.forecast_date, item.actual_date)


#: (register key, column key) -> its formula and Python value.
COMPUTED: dict[tuple[str, str], ComputedColumn] = {
    ("risks", "score"): ComputedColumn(
        lambda r: _product(this_row(r, "probability"), this_row(r, "impact")), _score
    ),
    ("risks", "rating"): ComputedColumn(lambda r: _rating(this_row(r, "score")), _rating_value),
    ("risks", "residual_score"): ComputedColumn(
        lambda r: _product(this_row(r, "residual_probability"), this_row(r, "residual_impact")),
        _residual,
    ),
    ("dependencies", "slack_days"): ComputedColumn(
        lambda r: _days_between(this_row(r, "need_by"), this_row(r, "committed_date")), _slack
    ),
    ("milestones", "slippage_days"): ComputedColumn(
        lambda r: _slippage(
            this_row(r, "baseline_date"), this_row(r, "forecast_date"), this_row(r, "actual_date")
        ),
        _slip,
    ),
}


def computed_column(register: Register, column_key: str) -> ComputedColumn:
    """The formula and value of a computed column; a clear error for one not defined here."""
    try:
        return COMPUTED[(register.key, column_key)]
    except KeyError:
        raise KeyError(
            f"{register.table}: computed column {column_key!r} has no formula in "
            "addin/templates/formulas.py; add one there (and to its agreement test)"
        ) from None


def cached(value: Value) -> float | int | str:
    """A Python result as the cached value of its formula cell (None -> empty text)."""
    return "" if value is None else value
