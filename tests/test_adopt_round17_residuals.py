"""Round 17 of issue 15: what older batches still missed, each as a general pattern tried on
shapes written for these tests (none is a benchmark layout), negative cases included:

1. **the project's name labelled in more languages** (``Projekta nosaukums:``,
   ``Projecte:``, ``Projekto pavadinimas:``) in a title block;
2. **a grid of months that no word names as money** is finance only when its figures read
   as amounts: a headcount grid (small whole numbers) and a price list are none.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from adopt_sheets import adopt, book, only, targets

# --- 1. the project's name in a title block ---------------------------------------------------


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("Projekta nosaukums: ", "E-pakalpojumu attīstība"),
        ("Projecte: ", "Nova plataforma de tràmits"),
        ("Projekto pavadinimas: ", "Registrų modernizavimas"),
    ],
)
def test_a_project_name_label_in_more_languages(tmp_path: Path, label: str, name: str) -> None:
    rows: list[list[object]] = [
        [f"{label}{name}"],
        [],
        ["ID", "Issue", "Owner", "Status"],
        ["I-1", "Login fails", "Ann Lee", "Open"],
        ["I-2", "Slow report", "Bob Kerr", "Open"],
    ]
    adoption = adopt(book(tmp_path / "named.xlsx", "Issues", rows))
    assert adoption.project.header.project_name == name


# --- 2. a month grid that no word names as money ----------------------------------------------


def _grid(first: str, rows: list[list[object]], title: str | None = None) -> list[list[object]]:
    head: list[list[object]] = [[title], []] if title else []
    return [*head, [first, "Jan-26", "Feb-26", "Mar-26", "Apr-26"], *rows]


def test_a_headcount_grid_is_no_finance(tmp_path: Path) -> None:
    rows = _grid("Team", [["Design", 3, 4, 4, 5], ["Build", 6, 6, 7, 7], ["Test", 2, 2, 3, 4]])
    adoption = adopt(book(tmp_path / "heads.xlsx", "Sheet1", rows))
    assert adoption.project.finance == []
    (table,) = adoption.report.tables
    assert "small whole numbers by month" in table.reason


def test_a_price_list_by_month_is_no_budget(tmp_path: Path) -> None:
    rows = _grid(
        "Item",
        [["Cement 25kg", 6.1, 6.2, 6.4, 6.3], ["Sand 1t", 41.0, 42.0, 44.0, 43.5]],
        title="Supplier price list 2026",
    )
    adoption = adopt(book(tmp_path / "prices.xlsx", "Sheet1", rows))
    assert adoption.project.finance == []
    assert "price list" in adoption.report.tables[0].reason


def test_amounts_by_month_stay_finance(tmp_path: Path) -> None:
    # decimals and thousands: amounts, read as before (Budget, said)
    rows = _grid(
        "Line", [["Design", 12500, 14250.5, 9800, 11000], ["Build", 40000, 42500, 39750.25, 41000]]
    )
    adoption = adopt(book(tmp_path / "amounts.xlsx", "Sheet1", rows))
    assert len(adoption.project.finance) == 8


def test_small_figures_a_title_names_as_money_stay_finance(tmp_path: Path) -> None:
    # £k budgets are small whole numbers too: the title says money, so they are amounts
    rows = _grid(
        "Line", [["Design", 12, 14, 9, 11], ["Build", 40, 42, 39, 41]], title="Budget (£k)"
    )
    adoption = adopt(book(tmp_path / "k.xlsx", "Sheet1", rows))
    assert len(adoption.project.finance) == 8


# --- 3. an audit finding's observation --------------------------------------------------------


def test_an_audit_findings_observation_is_the_description(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Finding Ref", "Finding Title", "Observation", "Owner", "Status"],
        [
            "F-1",
            "Access reviews late",
            "3 of 12 quarterly reviews were not done",
            "Ann Lee",
            "Open",
        ],
        ["F-2", "No DR test", "The recovery plan was last tested in 2023", "Bob Kerr", "Open"],
    ]
    adoption = adopt(book(tmp_path / "audit.xlsx", "Audit findings", rows))
    assert targets(only(adoption))["Observation"] == "description"
    assert adoption.project.issues[1].description == "The recovery plan was last tested in 2023"


# --- 4. amounts in two currencies ------------------------------------------------------------


def test_amounts_in_two_currencies_are_never_added(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Cost line", "Jan-26", "Feb-26", "Mar-26"],
        ["Licences", "€1,000", "$500", "€1,100"],
        ["Hosting", "€300", "€310", "€320"],
    ]
    adoption = adopt(book(tmp_path / "two.xlsx", "Budget", rows))
    table = only(adoption)
    got = {(f.cost_line, f.month.month): f.budget for f in adoption.project.finance if f.month}
    assert ("Licences", 2) not in got  # the dollars are not read as euros
    assert got[("Licences", 1)] == 1000.0 and got[("Hosting", 2)] == 310.0
    (listed,) = table.unconverted
    assert (listed.cell, listed.value) == ("C2", "$500")
    assert "in USD where the table's are in EUR" in listed.reason
    assert any("amounts in two currencies" in n for n in table.notes)


def test_one_currency_reads_as_before(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Cost line", "Jan-26", "Feb-26", "Mar-26"],
        ["Licences", "$1,000", "$500", "$1,100"],
        ["Hosting", "$300", 310, "$320"],
    ]
    adoption = adopt(book(tmp_path / "one.xlsx", "Budget", rows))
    table = only(adoption)
    assert len(adoption.project.finance) == 6
    assert not table.unconverted
    assert not any("two currencies" in n for n in table.notes)
