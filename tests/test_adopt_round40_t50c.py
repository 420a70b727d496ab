"""Round 40 (task t50c): tuning on the hundred-and-fourteenth batch (finance trackers of
every shape). Each rule on a small workbook of its own shape: a project ledger export whose
measures qualify one kind of cost (``Budget Burdened Cost`` | ``Actual Burdened Cost``), an
ERP's period written as a date filter (``2026-03-01..2026-03-31``), a Spanish works
follow-up's ``Certificado``, a cost centre export's ``Investition`` / ``Betrieb`` kinds, a
unit line naming its code after ``All values``, and a contingency drawn in a few months
only whose row total counts it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from addin.adopt.convert import month_span
from tests.adopt_sheets import adopt, best_candidate, book, finance_by_line, only, targets


def test_measure_word_first_then_a_kind_of_cost_is_that_measure() -> None:
    """``Budget Burdened Cost`` is the budget of the burdened cost, ``Forecast Raw Cost`` its
    forecast: the measure word says which amount, the cost's own synonym (``burdened cost``,
    an actual) no longer reads all three as the actual."""
    assert best_candidate("Budget Burdened Cost", "finance") == ("budget", 0.9)
    assert best_candidate("Actual Burdened Cost", "finance") == ("actual", 0.9)
    assert best_candidate("Forecast Burdened Cost", "finance") == ("forecast", 0.9)
    assert best_candidate("Forecast Raw Cost", "finance") == ("forecast", 0.9)
    # the cost alone is still the actual; a figure over the whole stays unread
    assert best_candidate("Burdened Cost", "finance") == ("actual", 1.0)
    assert best_candidate("Budget cost to date", "finance") is None


def test_project_ledger_export_reads_each_measure_of_its_cost(tmp_path: Path) -> None:
    """A project accounting export, one row per task and period, its three measures of the
    burdened cost side by side: each column is its own measure's amount."""
    rows: list[list[object]] = [
        ["Task Name", "Period Name", "Budget Burdened Cost", "Actual Burdened Cost"],
    ]
    rows[0].append("Forecast Burdened Cost")
    rows += [
        ["Ramp resurfacing", "APR-26", 18_000, 17_250, 18_000],
        ["Kiosk cabling", "APR-26", 6_500, 7_020, 7_020],
        ["Ramp resurfacing", "MAY-26", 22_000, 20_900, 21_500],
        ["Kiosk cabling", "MAY-26", 4_000, None, 4_400],
    ]
    adoption = adopt(book(tmp_path / "ledger.xlsx", "Cost Summary", rows))
    table = only(adoption)
    assert targets(table)["Budget Burdened Cost"] == "budget"
    assert targets(table)["Actual Burdened Cost"] == "actual"
    assert targets(table)["Forecast Burdened Cost"] == "forecast"
    lines = finance_by_line(adoption)
    assert lines[date(2026, 4, 1), "Kiosk cabling"].budget == 6_500
    assert lines[date(2026, 4, 1), "Kiosk cabling"].actual == 7_020
    assert lines[date(2026, 5, 1), "Ramp resurfacing"].forecast == 21_500


def test_a_range_of_dates_over_one_whole_month_is_that_month() -> None:
    """A date filter from a month's first day to its last is that month, however written;
    a quarter's range or a range stopping short of the month's end is none."""
    assert month_span("2026-03-01..2026-03-31") == date(2026, 3, 1)
    assert month_span("2026-02-01..2026-02-28") == date(2026, 2, 1)
    assert month_span("01.04.2026 - 30.04.2026") == date(2026, 4, 1)
    assert month_span("1/1/2026 \u2013 1/31/2026") == date(2026, 1, 1)
    assert month_span("2026-01-01..2026-03-31") is None
    assert month_span("2026-02-01..2026-02-27") is None
    assert month_span("2026-02-01") is None


def test_erp_period_written_as_a_date_filter_reads_as_the_month(tmp_path: Path) -> None:
    """A budget-versus-actual export whose ``Period`` column holds a date filter per row
    (``2026-03-01..2026-03-31``): before, no cell read as a month and the whole table was
    refused (amounts without months)."""
    rows: list[list[object]] = [["Period", "Account", "Account Name", "Budget", "Actual"]]
    rows += [
        ["2026-03-01..2026-03-31", 4100, "Stage lighting", 12_000, 11_480.5],
        ["2026-03-01..2026-03-31", 5200, "Seating", 30_000, 29_100],
        ["2026-04-01..2026-04-30", 4100, "Stage lighting", 8_000, 8_240],
        ["2026-04-01..2026-04-30", 5200, "Seating", 15_000, 14_950],
    ]
    adoption = adopt(book(tmp_path / "bva.xlsx", "Budget vs Actual", rows))
    table = only(adoption)
    assert table.register == "finance"
    assert targets(table)["Period"] == "month"
    lines = finance_by_line(adoption)
    assert lines[date(2026, 3, 1), "Stage lighting"].actual == 11_480.5
    assert lines[date(2026, 4, 1), "Seating"].budget == 15_000


def test_spanish_certificado_is_the_actual(tmp_path: Path) -> None:
    """A Spanish works follow-up's ``Certificado`` (what the works' engineer certified of
    each month's work) is the actual beside its ``Presupuesto``, as English ``Certified``
    is; before, it was unread and the certified amounts lost."""
    assert best_candidate("Certificado", "finance") == ("actual", 1.0)
    rows: list[list[object]] = [["Mes", "Partida", "Presupuesto", "Certificado"]]
    rows += [
        ["marzo 2026", "Gradas", 14_000, 13_200],
        ["marzo 2026", "Vestuarios", 9_000, 9_450],
        ["abril 2026", "Gradas", 11_000, 10_800],
    ]
    adoption = adopt(book(tmp_path / "obra.xlsx", "Seguimiento", rows))
    assert targets(only(adoption))["Certificado"] == "actual"
    lines = finance_by_line(adoption)
    assert lines[date(2026, 3, 1), "Vestuarios"].actual == 9_450
    assert lines[date(2026, 4, 1), "Gradas"].budget == 11_000


def test_cost_centre_kind_investition_betrieb_is_capex_opex(tmp_path: Path) -> None:
    """A cost centre export's ``Art`` column of ``Investition`` / ``Betrieb`` (investment,
    operation) gives each row's CapEx / OpEx; before, ``Betrieb`` read as no kind and the
    column was left out."""
    rows: list[list[object]] = [["Kostenstelle", "Art", "Monat", "Budget", "Ist"]]
    rows += [
        ["Tribüne", "Investition", "03.2026", 40_000, 38_500],
        ["Hallenreinigung", "Betrieb", "03.2026", 1_200, 1_310],
        ["Tribüne", "Investition", "04.2026", 25_000, 26_100],
        ["Hallenreinigung", "Betrieb", "04.2026", 1_200, 1_180],
    ]
    adoption = adopt(book(tmp_path / "kst.xlsx", "Auswertung", rows))
    assert targets(only(adoption))["Art"] == "capex_opex"
    lines = finance_by_line(adoption)
    assert lines[date(2026, 3, 1), "Tribüne"].capex_opex == "CapEx"
    assert lines[date(2026, 4, 1), "Hallenreinigung"].capex_opex == "OpEx"
    assert lines[date(2026, 4, 1), "Hallenreinigung"].actual == 1_180


def test_unit_line_code_after_all_values_then_a_dash(tmp_path: Path) -> None:
    """``All values CAD - period values (not cumulative)`` states the currency: the code
    right after the amounts it is the unit of, whatever follows the dash; before, the
    project had no currency."""
    rows: list[list[object]] = [
        ["Arena roof replacement - cost by month"],
        ["All values CAD - period values (not cumulative)"],
        [],
        ["Work Package", "Month", "Budget", "Actual"],
        ["Roof membrane", "Jan 2026", 80_000, 78_400],
        ["Roof membrane", "Feb 2026", 60_000, 61_900],
        ["Drainage", "Jan 2026", 20_000, 19_750],
    ]
    adoption = adopt(book(tmp_path / "roof.xlsx", "Costs", rows))
    assert adoption.project.header.currency == "CAD"


def test_words_after_values_that_are_no_code_name_no_currency(tmp_path: Path) -> None:
    """``All values are estimates`` and ``Values TBC`` name no currency."""
    rows: list[list[object]] = [
        ["Arena roof replacement - cost by month"],
        ["All values are estimates - Values TBC"],
        [],
        ["Work Package", "Month", "Budget", "Actual"],
        ["Roof membrane", "Jan 2026", 80_000, 78_400],
        ["Drainage", "Jan 2026", 20_000, 19_750],
    ]
    adoption = adopt(book(tmp_path / "roof.xlsx", "Costs", rows))
    assert adoption.project.header.currency is None


def _by_month(contingency: list[object], total_counts_it: bool) -> list[list[object]]:
    rows: list[list[object]] = [["Village hall extension - actual spend"], []]
    rows.append(["Month", "Groundworks", "Roofing", "Joinery", "Contingency", "Total"])
    base = [(4_000, 2_500, 1_200), (3_800, 2_900, 900), (5_100, 1_700, 1_600)]
    base += [(2_200, 3_300, 800), (1_900, 2_400, 2_100), (3_000, 1_500, 700)]
    for n, (month, (a, b, c)) in enumerate(
        zip(
            ("Jan 2026", "Feb 2026", "Mar 2026", "Apr 2026", "May 2026", "Jun 2026"),
            base,
            strict=True,
        )
    ):
        drawn = contingency[n]
        total = a + b + c + (drawn if total_counts_it and isinstance(drawn, int) else 0)
        rows.append([month, a, b, c, drawn, total])
    return rows


def test_contingency_drawn_in_few_months_counted_by_the_total_is_a_line(tmp_path: Path) -> None:
    """Lines across, months down, a ``Contingency`` drawn in two months of six: the row's
    ``Total`` sums it with the other lines, so it is a cost line whose blank months are no
    line. Before, a column filled in fewer than half the months was left out."""
    drawn: list[object] = [None, 1_500, None, None, 2_750, None]
    adoption = adopt(book(tmp_path / "spend.xlsx", "Actuals", _by_month(drawn, True)))
    lines = finance_by_line(adoption)
    assert lines[date(2026, 2, 1), "Contingency"].actual == 1_500
    assert lines[date(2026, 5, 1), "Contingency"].actual == 2_750
    assert (date(2026, 1, 1), "Contingency") not in lines
    assert lines[date(2026, 3, 1), "Roofing"].actual == 1_700


def test_few_numbers_the_total_does_not_count_stay_out(tmp_path: Path) -> None:
    """The same column when the ``Total`` leaves it out (a figure beside the lines, not one
    of them): still no cost line, as before."""
    drawn: list[object] = [None, 1_500, None, None, 2_750, None]
    adoption = adopt(book(tmp_path / "spend.xlsx", "Actuals", _by_month(drawn, False)))
    lines = finance_by_line(adoption)
    assert all(line != "Contingency" for _, line in lines)
    assert lines[date(2026, 3, 1), "Roofing"].actual == 1_700
