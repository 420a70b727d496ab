"""Round 36 (ox36): three wrong readings the red team of round 36 left (docs/adopt.md,
"Round 36: three wrong readings mended (ox36)").

1. a legend naming several currencies (``Currency: EUR`` and ``Currency: USD`` rows, or in
   one cell) names no project currency, and the report says why; one currency named stays;
2. a firm written with a comma and its legal form (``Ernst, Young LLP``, ``Wagner, Klein
   GmbH``, ``Smith, Jones & Co.``) is no person named surname first; ``Wagner, Theresa``
   still reads ``Theresa Wagner``;
3. whole numbers under a header naming no date are no Excel date serials when they are
   record numbers (a record noun's header, distinct and increasing) or fall years away from
   the sheet's other dates; a due date kept as serials near the raised dates still reads.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from addin.adopt.currency import legend_currencies
from addin.adopt.people import person_converter
from addin.adopt.record_numbers import numbers_not_dates
from tests.adopt_sheets import adopt, book, field, only, registers, targets

_CODES = ["EUR", "USD", "GBP", "CHF"]

# --- 1. several currencies in a legend ------------------------------------------------------


def _costs(tmp: Path, preamble: list[str]) -> Path:
    rows: list[list[object]] = [[line] for line in preamble] + [[]]
    rows += [["Cost line", "Month", "Budget", "Actual"]]
    rows += [["Licences", datetime(2026, 1, 1), 1000.0, 900.0]]
    rows += [["Hosting", datetime(2026, 1, 1), 500.0, 520.0]]
    rows += [["Licences", datetime(2026, 2, 1), 1000.0, 950.0]]
    return book(tmp / "costs.xlsx", "Costs", rows)


@pytest.mark.parametrize(
    "legend",
    [
        ["Currency: EUR", "Currency: USD", "Currency: GBP"],  # rows of their own
        ["Currency: EUR / Currency: USD"],  # one row
        ["Currencies: EUR, USD"],  # a list
    ],
)
def test_a_legend_of_several_currencies_names_none(legend: list[str], tmp_path: Path) -> None:
    adoption = adopt(_costs(tmp_path, ["Harbour ERP - costs", *legend]))
    assert registers(adoption) == ["finance"]
    assert adoption.project.header.currency is None
    said = [w for w in adoption.report.warnings if "project currency not set" in w]
    assert said and "EUR" in said[0] and "USD" in said[0]


@pytest.mark.parametrize("legend", [["Currency: EUR"], ["Currency: EUR", "Cost centre: CC-104"]])
def test_one_currency_named_stays(legend: list[str], tmp_path: Path) -> None:
    adoption = adopt(_costs(tmp_path, ["Harbour ERP - costs", *legend]))
    assert adoption.project.header.currency == "EUR"
    assert not [w for w in adoption.report.warnings if "project currency not set" in w]


def test_legend_currencies() -> None:
    labels = [("Currency: EUR", "A2"), ("Currency: USD", "A3"), ("Currency: EUR", "A4")]
    assert legend_currencies(labels, _CODES) == ["EUR", "USD"]
    assert legend_currencies([("Currency: EUR   Budget holder: GBP", "A2")], _CODES) == ["EUR"]
    assert legend_currencies([("Costs in EUR and USD", "A2")], _CODES) == []
    assert legend_currencies([("Currency: XYZ / Currency: EUR", "A2")], _CODES) == ["EUR"]


# --- 2. a firm written with a comma -----------------------------------------------------------

_RISKS = ["Supplier insolvency", "Late steel delivery", "Key staff leave", "Scope creep"]


def _risks_with(tmp: Path, values: list[str]) -> Path:
    rows: list[list[object]] = [["ID", "Risk", "Owner", "Likelihood", "Impact", "Status"]]
    for i, (text, value) in enumerate(zip(_RISKS, values, strict=True)):
        rows.append([f"R{i + 1}", text, value, "High", "Medium", "Open"])
    return book(tmp / "risks.xlsx", "Risks", rows)


@pytest.mark.parametrize(
    "firm", ["Ernst, Young LLP", "Wagner, Klein GmbH", "Smith, Jones & Co.", "Baker, Tilly Ltd"]
)
def test_a_firm_with_a_comma_is_no_surname_first_person(firm: str, tmp_path: Path) -> None:
    adoption = adopt(_risks_with(tmp_path, ["Wagner, Theresa", firm, "Murphy, John", "Lee, Ann"]))
    assert field(adoption, "risks", "owner") == ["Theresa Wagner", firm, "John Murphy", "Ann Lee"]


def test_people_named_surname_first_still_read() -> None:
    assert person_converter("Wagner, Theresa").value == "Theresa Wagner"
    assert person_converter("van den Berg, Joost").value == "Joost van den Berg"
    assert person_converter("Ernst, Young LLP").value == "Ernst, Young LLP"
    # a person whose surname merely starts like a legal form is still a person
    assert person_converter("Cole, Ann").value == "Ann Cole"


# --- 3. record numbers read as Excel date serials -------------------------------------------

_ISSUES = ["Scanner files fail", "Milling queue loses jobs", "Licences not freed", "VPN drops"]


def _issue_log(tmp: Path, head: str, values: list[object]) -> Path:
    rows: list[list[object]] = [["ID", "Issue", head, "Raised", "Priority", "Status"]]
    for i, (text, value) in enumerate(zip(_ISSUES, values, strict=True)):
        rows.append([f"I-{i + 1}", text, value, datetime(2026, 2, 10 + i), "High", "Open"])
    return book(tmp / "issues.xlsx", "Issues", rows)


@pytest.mark.parametrize(
    ("head", "values"),
    [
        ("Ticket", [48450, 48451, 48460, 48470]),  # a record noun, increasing
        ("Ticket", [48470, 48450, 48461, 48452]),  # a record noun, in any order
        ("Tkt", [48450, 48451, 48460, 48470]),  # distinct and increasing
        ("Tkt", [48470, 48450, 48461, 48452]),  # 2032: years from the raised dates of 2026
    ],
)
def test_record_numbers_are_no_due_dates(head: str, values: list[object], tmp_path: Path) -> None:
    adoption = adopt(_issue_log(tmp_path, head, values))
    assert registers(adoption) == ["issues"]
    assert targets(only(adoption))[head] != "due_date"
    assert field(adoption, "issues", "due_date") == [None, None, None, None]


def test_a_due_date_kept_as_serials_near_the_raised_dates_still_reads(tmp_path: Path) -> None:
    # 46080 is 27 February 2026: serials in no order, within weeks of the raised dates
    adoption = adopt(_issue_log(tmp_path, "Tkt", [46080, 46075, 46090, 46078]))
    assert targets(only(adoption))["Tkt"] == "due_date"
    assert field(adoption, "issues", "due_date")[0] == date(2026, 2, 27)


def test_numbers_not_dates() -> None:
    raised = [datetime(2026, 2, 10), datetime(2026, 3, 1)]
    assert numbers_not_dates("Ticket", [48470, 48450], raised)
    assert numbers_not_dates("Cases", [48470, 48450], raised)
    assert numbers_not_dates("Ref", [46080, 46081, 46090], raised)  # increasing
    assert numbers_not_dates("Ref", [48470, 48450], raised)  # years away
    assert not numbers_not_dates("Ref", [46080, 46075], raised)  # near, not in order
    assert not numbers_not_dates("Ref", [48470, 48450], [])  # nothing to compare with
    assert not numbers_not_dates("Ticket", [datetime(2026, 2, 1), 48450], raised)  # a date cell
    assert not numbers_not_dates("Ticket", [46080.5, 46081.0], raised)  # no whole numbers
