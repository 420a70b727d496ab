"""Round 33's last hour (task t35c): the fifty-ninth batch's misses (finance trackers).

- a tracker with its MONTHS DOWN and its cost lines across, whose money is said in the
  sheet's own language: a sheet named by the actuals or the forecast alone in any language
  the measure reader holds (``Utfall``, ``Ist``, ``Regnskap``, ``Prognose``), or a unit
  line above it naming a currency (``Belopp i SEK``, ``Beløp i NOK``, ``Beträge in EUR``),
  is finance as an English ``Actuals`` sheet or ``Amounts in GBP`` is; the one-word sheet
  name gives the amounts' measure (:func:`addin.adopt.finance.named_money`,
  :func:`addin.adopt.finance.title_measure`); near-misses: a ``Plan`` of people, visitors
  counted by month, ``Figures in hours``;
- a measure's header with its currency code beside it, no bracket (``Budget CHF``, ``Ist
  CHF``, ``EUR Actual``), states the project's currency when two amount columns or more
  say the same (:func:`addin.adopt.currency.measure_header_code`); near-misses: a code
  beside no measure, ``ALL`` in capitals, one header stating it beside another that does
  not.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from addin.adopt.currency import measure_header_code
from addin.adopt.finance import states_currency_unit
from tests.adopt_sheets import adopt, books

MONTHS = [datetime(2026, m, 1) for m in (3, 4, 5, 6)]


def _months_down(
    title: str, unit: str | None, head: list[str], amounts: list[list[float | None]]
) -> list[list[object]]:
    rows: list[list[object]] = [[title], [unit] if unit else [], [], head]
    for month, row in zip(MONTHS, amounts, strict=True):
        total = sum(a or 0 for a in row)
        rows.append([month, *row, total])
    return rows


AMOUNTS: list[list[float | None]] = [
    [1000.0, 2000.0, None],
    [1500.0, None, 3000.0],
    [None, 2500.0, 3500.0],
    [1200.0, 2200.0, 3200.0],
]


def _pairs(measure: str, lines: list[str]) -> dict[tuple[date, str], float]:
    return {
        (month.date(), line): a
        for month, row in zip(MONTHS, AMOUNTS, strict=True)
        for line, a in zip(lines, row, strict=True)
        if a is not None
    }


@pytest.mark.parametrize(
    ("sheet", "title", "unit", "head", "measure"),
    [
        # Swedish: the sheet named by the actuals, a unit line in a currency off the list
        (
            "Utfall",
            "Ombyggnad av biblioteket i Lund",
            "Belopp i SEK",
            ["Månad", "Tak", "Ställning", "Konsult", "Summa"],
            "actual",
        ),
        # German: the sheet named by the actuals alone, no unit line
        (
            "Ist",
            "Sanierung Turnhalle Nord",
            None,
            ["Monat", "Dach", "Gerüst", "Planung", "Summe"],
            "actual",
        ),
        # Norwegian: the sheet named by the forecast
        (
            "Prognose",
            "Ombygging av skolen",
            None,
            ["Måned", "Tømrer", "Elektro", "Rådgiver", "Sum"],
            "forecast",
        ),
        # French: the sheet named by the forecasts, a plural (round 33's last hour)
        (
            "Prévisions",
            "Rénovation du gymnase de Lyon",
            None,
            ["Mois", "Toiture", "Échafaudage", "Études", "Total"],
            "forecast",
        ),
        # a unit line alone (a neutral sheet name): money, no measure said (budget)
        (
            "Ark1",
            "Ombygging av biblioteket",
            "Beløp i NOK",
            ["Måned", "Tømrer", "Elektro", "Rådgiver", "Sum"],
            "budget",
        ),
    ],
)
def test_months_down_lines_across_are_money_said_in_the_sheets_language(
    sheet: str, title: str, unit: str | None, head: list[str], measure: str, tmp_path: Path
) -> None:
    path = books(tmp_path / "down.xlsx", {sheet: _months_down(title, unit, head, AMOUNTS)})
    adoption = adopt(path)
    got = {(f.month, f.cost_line): getattr(f, measure) for f in adoption.project.finance}
    assert got == _pairs(measure, head[1:4])


@pytest.mark.parametrize(
    ("sheet", "title", "unit", "head"),
    [
        # a team's plan by month (people across): a plan's word alone says no money
        ("Plan", "Team plan", None, ["Month", "Alice", "Bob", "Chen", "Total"]),
        # visitors counted by month in Swedish: no measure, no currency
        ("Besök", "Besökare per månad", None, ["Månad", "Norr", "Söder", "Väster", "Summa"]),
        # a unit line naming hours, not a currency
        (
            "Sheet1",
            "Library roof repair",
            "Figures in hours",
            ["Month", "Roof", "Walls", "Design", "Total"],
        ),
    ],
)
def test_counts_by_month_stay_no_finance(
    sheet: str, title: str, unit: str | None, head: list[str], tmp_path: Path
) -> None:
    path = books(tmp_path / "counts.xlsx", {sheet: _months_down(title, unit, head, AMOUNTS)})
    assert adopt(path).project.finance == []


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("Belopp i SEK", True),
        ("Beløp i NOK", True),
        ("Bedrag i DKK", True),
        ("Beträge in EUR", True),
        ("Amounts in GBP", True),
        ("Figures in hours", False),
        ("Renovering 2026", False),
        ("Amounts: ALL", False),
    ],
)
def test_a_unit_line_naming_a_currency(text: str, says: bool) -> None:
    assert states_currency_unit(text) is says


# --- a measure's header with its code beside it -------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Budget CHF", "CHF"),
        ("Ist CHF", "CHF"),
        ("Forecast CHF", "CHF"),
        ("EUR Actual", "EUR"),
        ("Prognose EUR", "EUR"),
        ("Cost line ABC", None),
        ("Task CAD", None),
        ("Budget ALL", None),
        ("Budget", None),
    ],
)
def test_a_measure_header_with_its_code_beside_it(text: str, code: str | None) -> None:
    assert measure_header_code(text) == code


def _coded(head: list[str]) -> list[list[object]]:
    return [
        ["Lift replacement, block B"],
        [],
        head,
        ["Jan 2026", "Lift", "12'000.50", "11'500.00", None],
        ["Jan 2026", "Electrics", "4'000.00", "4'100.00", None],
        ["Feb 2026", "Lift", "9'000.00", None, "9'200.00"],
    ]


@pytest.mark.parametrize(
    ("head", "code"),
    [
        (["Monat", "Position", "Budget CHF", "Ist CHF", "Forecast CHF"], "CHF"),
        (["Month", "Cost line", "EUR Budget", "EUR Actual", "EUR Forecast"], "EUR"),
        # near-miss: one header states it beside two that do not: no currency
        (["Month", "Cost line", "Budget CHF", "Actual", "Forecast"], None),
    ],
)
def test_measure_headers_stating_one_code_give_the_currency(
    head: list[str], code: str | None, tmp_path: Path
) -> None:
    adoption = adopt(books(tmp_path / "coded.xlsx", {"Costs": _coded(head)}))
    assert len(adoption.project.finance) == 3
    assert adoption.project.header.currency == code


# --- k60's leftover: SAP's fiscal year and period of three digits -------------------------


def _sap_ledger(head: list[str], periods: list[object]) -> list[list[object]]:
    rows: list[list[object]] = [["Depot roof - Plan/Ist"], ["Currency EUR"], [], head]
    for period in periods:
        for code, name in (("600100", "Roofing"), ("600200", "Design")):
            rows.append([period, code, name, 1000.0, 900.0])
    return rows


@pytest.mark.parametrize(
    ("head", "periods"),
    [
        (["Period", "Account", "Account name", "Budget", "Actual"], [2026004, 2026005]),
        (["Fiscal period", "GL account", "Description", "Plan", "Actual"], [2026004.0, 2026005.0]),
    ],
)
def test_a_sap_period_number_is_its_month(
    head: list[str], periods: list[object], tmp_path: Path
) -> None:
    adoption = adopt(books(tmp_path / "sap.xlsx", {"Sheet1": _sap_ledger(head, periods)}))
    got = {(f.month, f.cost_line) for f in adoption.project.finance}
    apr, may = date(2026, 4, 1), date(2026, 5, 1)
    assert got == {(m, n) for m in (apr, may) for n in ("Roofing", "Design")}


def test_a_sap_special_period_is_no_month(tmp_path: Path) -> None:
    """Near-miss: ``2026013`` .. ``2026016`` are the year's closing periods: no month."""
    head = ["Period", "Account", "Account name", "Budget", "Actual"]
    rows = _sap_ledger(head, [2026013, 2026014])
    months = {f.month for f in adopt(books(tmp_path / "sp.xlsx", {"Sheet1": rows})).project.finance}
    assert not months & {date(2026, 1, 1), date(2026, 2, 1), date(2027, 1, 1)}


# --- k60's leftover: a month in figures with its flag in its own header --------------------


def _flagged(labels: list[str], legend: str) -> list[list[object]]:
    return [
        ["Depot refit - Rolling Forecast (EUR)"],
        [legend],
        [],
        ["Cost line", *labels],
        ["Envelope", 10, 20, 30, 40],
        ["Roof", 1, 2, 3, 4],
    ]


@pytest.mark.parametrize(
    ("labels", "legend"),
    [
        (["2026-04 A", "2026-05 A", "2026-06 F", "2026-07 F"], "A = actual, F = forecast"),
        (["04/2026 R", "05/2026 R", "06/2026 P", "07/2026 P"], "R = real, P = previsión"),
        (["2026-04 (A)", "2026-05 (A)", "2026-06 (F)", "2026-07 (F)"], "A = actual, F = forecast"),
    ],
)
def test_a_month_in_figures_with_its_flag_is_that_month(
    labels: list[str], legend: str, tmp_path: Path
) -> None:
    adoption = adopt(books(tmp_path / "flags.xlsx", {"Sheet1": _flagged(labels, legend)}))
    got = {(f.month, f.cost_line): (f.actual, f.forecast) for f in adoption.project.finance}
    apr, jul = date(2026, 4, 1), date(2026, 7, 1)
    assert len(got) == 8
    assert got[(apr, "Envelope")] == (10.0, None)
    assert got[(jul, "Roof")] == (None, 4.0)


def test_a_month_name_with_a_letter_is_no_flagged_month(tmp_path: Path) -> None:
    """Near-miss: a word or a month in figures with a word after it is no flagged month
    (``Block A``, ``2026-04 Total``, ``2026-04 AB``)."""
    from addin.adopt.detect import HeaderCell
    from addin.adopt.periods import month_label

    for text in ("Block A", "2026-04 Total", "2026-04 AB", "Phase 2 A"):
        assert not month_label(HeaderCell(col=2, text=text)), text
