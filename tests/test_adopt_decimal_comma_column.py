"""A column that writes its amounts with a decimal comma (``1.234,56``, ``12,50``) writes
2,500 as ``2.500``: the separators are decided per column, as the day/month order of a
date column is, and the reading is stated (docs/adopt.md, "Value conversions")."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from addin.adopt import adopt_file
from addin.adopt.amounts import decimal_comma_column, parse_amount
from addin.adopt.classify import converter_for
from addin.layout import REGISTERS_BY_KEY, Column
from addin.standards import Standards, default_standards


def _budget_column() -> Column:
    return next(c for c in REGISTERS_BY_KEY["finance"].columns if c.key == "budget")


def test_a_column_of_decimal_commas_reads_a_dot_before_three_digits_as_thousands() -> None:
    values = ["1.234,56", "12,50", "2.500", "300"]
    assert decimal_comma_column(values)
    convert, note = converter_for(_budget_column(), values, "Presupuesto", _standards())
    assert [convert(v).value for v in values] == [1234.56, 12.5, 2500.0, 300.0]
    assert note is not None and "'2.500' = 2500" in note


@pytest.mark.parametrize(
    "values",
    [
        ["1,234.56", "2.500"],  # a decimal point elsewhere in the column: 2.5
        ["2.500", "3.750"],  # nothing says which: read as before (2.5), no guess
        ["12,50", "2.5"],  # both kinds of decimal: no decision
    ],
)
def test_without_a_clear_decimal_comma_the_column_reads_as_before(values: list[str]) -> None:
    assert not decimal_comma_column(values)
    convert, _ = converter_for(_budget_column(), values, "Budget", _standards())
    assert [convert(v).value for v in values] == [parse_amount(v) for v in values]


def test_numbers_typed_as_numbers_decide_nothing() -> None:
    assert not decimal_comma_column([2.5, 1234.5, "2.500"])


def test_adopting_a_european_finance_tracker_reads_2500(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Finance"
    sheet.append(["Month", "Cost Line", "Budget", "Actual"])
    rows = [
        ("01/01/2026", "Labour", "12.500", "1.234,56"),
        ("01/02/2026", "Labour", "2.500", "980,40"),
        ("01/03/2026", "Labour", "7.250,00", "2.500"),
    ]
    for row in rows:
        sheet.append(list(row))
    source = tmp_path / "tracker.xlsx"
    book.save(source)
    before = source.read_bytes()
    adoption = adopt_file(source, tmp_path / "adopted.xlsx", default_standards())
    lines = adoption.project.finance
    assert sorted(line.budget for line in lines) == [2500.0, 7250.0, 12500.0]
    assert sorted(line.actual for line in lines) == [980.4, 1234.56, 2500.0]
    assert "'2.500' = 2500" in "\n".join(adoption.report.lines(limit=200))
    assert source.read_bytes() == before  # the source is never changed


def _standards() -> Standards:
    return default_standards()
