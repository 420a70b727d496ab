"""Round 26's last hour (issue 15): finance trackers written LONG - one row per cost line and
month, the measures as columns - and a row of actual / forecast flags over the months.

Each test is a small workbook written for it (none is a benchmark layout). What is tested is
what a PMO sees in the adopted workbook: the month and cost line of each row, its budget,
actual and forecast in the unit the title states, the project's currency. The near-misses
must stay what they were: a ledger of dated invoices and a timesheet are no budget-vs-actual
tracker, a threshold in the title is no unit, a row of phase letters over the months flags
no measure, flags out of order are no rolling forecast's.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from adopt_sheets import adopt, book, only, registers, targets
from adopt_sheets import finance_by_line as _lines

# --- a long tracker in Chinese, in ten thousands of yuan ---------------------------------


def test_long_tracker_in_chinese_with_a_unit_line_beside_the_title(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["污水处理厂扩建 成本跟踪", None, None, "单位：万元"],
        [None],
        ["月份", "费用科目", "预算", "实际"],
        ["2026年4月", "土建工程", 120.5, 98.25],
        ["2026年4月", "监理费", 8, 7.5],
        ["2026年5月", "土建工程", 140, 151.1],
        ["2026年5月", "监理费", 8, 8],
    ]
    adoption = adopt(book(tmp_path / "zh.xlsx", "成本", rows))
    table = only(adoption)
    assert table.register == "finance"
    got = targets(table)
    assert got["月份"] == "month" and got["费用科目"] == "cost_line"
    assert got["预算"] == "budget" and got["实际"] == "actual"
    lines = _lines(adoption)
    assert set(lines) == {(date(2026, m, 1), x) for m in (4, 5) for x in ("土建工程", "监理费")}
    # 万元: every amount in ten thousands of yuan
    assert lines[(date(2026, 4, 1), "土建工程")].budget == 1_205_000
    assert lines[(date(2026, 4, 1), "土建工程")].actual == 982_500
    assert lines[(date(2026, 5, 1), "监理费")].actual == 80_000


# --- a long statement in rupees (lakhs), the Indian public accounts' words ---------------


def test_long_statement_in_rupee_lakhs(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["District hospital oxygen plant - budget and expenditure"],
        ["(Rs. in lakhs)"],
        [None],
        ["Month", "Budget Head", "Sanctioned Budget", "Expenditure"],
        ["Jul-26", "Civil works", 12.5, 11],
        ["Jul-26", "PSA generator", 40, 0],
        ["Aug-26", "Civil works", 6, 7.25],
        ["Aug-26", "PSA generator", 40, 38],
    ]
    adoption = adopt(book(tmp_path / "in.xlsx", "Statement", rows))
    table = only(adoption)
    assert table.register == "finance"
    assert targets(table)["Sanctioned Budget"] == "budget"
    lines = _lines(adoption)
    assert lines[(date(2026, 7, 1), "Civil works")].budget == 1_250_000
    assert lines[(date(2026, 8, 1), "Civil works")].actual == 725_000
    assert adoption.project.header.currency == "INR"


# --- a ledger's budget vs actual: Net Change is what was posted -------------------------


def test_ledger_budget_against_net_change_by_period_start(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Budget vs. Actual - Harbour crane refit"],
        ["Amounts in GBP"],
        [None],
        ["Account", "Account Name", "Period Start", "Budget", "Net Change", "Variance"],
        ["5010", "Steelwork", date(2026, 9, 1), 20000, 18500, 1500],
        ["5010", "Steelwork", date(2026, 10, 1), 15000, None, 15000],
        ["5020", "Hydraulics", date(2026, 9, 1), 9000, 9900, -900],
        ["5020", "Hydraulics", date(2026, 10, 1), 4000, None, 4000],
    ]
    adoption = adopt(book(tmp_path / "gl.xlsx", "Budget vs Actual", rows))
    table = only(adoption)
    assert table.register == "finance"
    got = targets(table)
    assert got["Net Change"] == "actual" and got["Budget"] == "budget"
    assert got["Variance"] is None  # worked out from the budget and actual, listed
    lines = _lines(adoption)
    assert lines[(date(2026, 9, 1), "Hydraulics")].actual == 9900
    assert lines[(date(2026, 10, 1), "Steelwork")].budget == 15000
    assert lines[(date(2026, 10, 1), "Steelwork")].actual is None


# --- a row of flags over the months -------------------------------------------------------


def _flagged(tmp_path: Path, title: str, legend: str | None, flags: list[str | None]) -> Path:
    months = [date(2027, m, 1) for m in range(1, 5)]
    rows: list[list[object]] = [
        [title],
        [legend],
        [None, *flags],
        ["Cost line", *months],
        ["Pumps", 100, 110, 120, 130],
        ["Pipework", 50, 55, 60, 65],
    ]
    return book(tmp_path / "flags.xlsx", "Forecast", rows)


def test_flags_with_a_legend_in_spanish(tmp_path: Path) -> None:
    path = _flagged(
        tmp_path, "Estación de bombeo - previsión 2027 (EUR)", "R = real, P = previsión",
        ["R", "R", "P", "P"],
    )  # fmt: skip
    adoption = adopt(path)
    table = only(adoption)
    assert table.register == "finance"
    lines = _lines(adoption)
    assert lines[(date(2027, 2, 1), "Pumps")].actual == 110
    assert lines[(date(2027, 2, 1), "Pumps")].forecast is None
    assert lines[(date(2027, 3, 1), "Pumps")].forecast == 120
    assert lines[(date(2027, 3, 1), "Pumps")].actual is None
    assert any("row of flags" in n and "legend" in n for n in table.notes)


def test_a_then_f_flags_without_a_legend(tmp_path: Path) -> None:
    path = _flagged(tmp_path, "Pump station - rolling forecast 2027", None, ["A", "F", "F", "F"])
    adoption = adopt(path)
    lines = _lines(adoption)
    assert lines[(date(2027, 1, 1), "Pipework")].actual == 50
    assert lines[(date(2027, 4, 1), "Pipework")].forecast == 65
    assert lines[(date(2027, 4, 1), "Pipework")].actual is None


def _measures(path: Path) -> dict[tuple[date, str], tuple[object, object, object]]:
    return {k: (f.budget, f.actual, f.forecast) for k, f in _lines(adopt(path)).items()}


def test_phase_letters_over_the_months_flag_no_measure(tmp_path: Path) -> None:
    """Near-miss: `A | B | C | D` over the months are phases, not measures: the months are
    read as the same tracker without that row reads them."""
    title = "Pump station - budget 2027"
    flagged = _measures(_flagged(tmp_path, title, None, ["A", "B", "C", "D"]))
    (tmp_path / "plain").mkdir()
    plain = _measures(_flagged(tmp_path / "plain", title, None, [None, None, None, None]))
    assert flagged == plain
    assert len(flagged) == 8  # every month of both lines read, as without the letters


def test_flags_out_of_order_are_no_rolling_forecast(tmp_path: Path) -> None:
    """Near-miss: without a legend, `A | F | A | F` is no rolling forecast (its actuals
    come first): the flags are not read as measures, the months are read as without them."""
    title = "Pump station - costs 2027"
    flagged = _measures(_flagged(tmp_path, title, None, ["A", "F", "A", "F"]))
    (tmp_path / "plain").mkdir()
    plain = _measures(_flagged(tmp_path / "plain", title, None, [None, None, None, None]))
    assert flagged == plain
    # not the flags' reading: January (A) and February (F) are read alike
    jan, feb = flagged[(date(2027, 1, 1), "Pumps")], flagged[(date(2027, 2, 1), "Pumps")]
    assert [v is None for v in jan] == [v is None for v in feb]


# --- near-misses: a ledger of invoices, a timesheet, a threshold in the title -----------


def test_a_ledger_of_dated_invoices_is_no_tracker(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Purchase ledger - invoices received (amounts in £000s)"],
        [None],
        ["Invoice No", "Invoice Date", "Supplier", "Description", "Net Change"],
        ["INV-0041", date(2026, 3, 4), "Acme Hire", "Scaffold hire", 12.5],
        ["INV-0042", date(2026, 3, 9), "Bolt & Co", "Fixings", 0.8],
        ["INV-0043", date(2026, 3, 15), "Acme Hire", "Scaffold hire", 12.5],
        ["INV-0044", date(2026, 4, 2), "Kerb Ltd", "Kerb stones", 4.2],
    ]
    adoption = adopt(book(tmp_path / "ledger.xlsx", "Invoices", rows))
    assert "finance" not in registers(adoption)
    assert adoption.project.finance == []


def test_a_timesheet_is_no_tracker(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Timesheet - March 2026 (hours)"],
        [None],
        ["Month", "Employee", "Work package", "Hours"],
        ["2026年3月", "Ana Silva", "Design", 32],
        ["2026年3月", "Ben Okoro", "Design", 40],
        ["2026年4月", "Ana Silva", "Build", 36],
        ["2026年4月", "Ben Okoro", "Build", 38],
    ]
    adoption = adopt(book(tmp_path / "hours.xlsx", "Hours", rows))
    assert "finance" not in registers(adoption)
    assert adoption.project.finance == []


def test_a_threshold_in_the_title_is_no_unit(tmp_path: Path) -> None:
    """Near-miss: `variances over 1000 EUR` is a threshold, not the amounts' multiple."""
    rows: list[list[object]] = [
        ["Depot roof - budget vs actual (explain variances over 1000 EUR)"],
        [None],
        ["Month", "Cost line", "Budget", "Actual"],
        ["Jan 2026", "Membrane", 4000, 4100],
        ["Jan 2026", "Insulation", 2500, 2400],
        ["Feb 2026", "Membrane", 3000, 2950],
        ["Feb 2026", "Insulation", 1500, 1700],
    ]
    adoption = adopt(book(tmp_path / "roof.xlsx", "Costs", rows))
    lines = _lines(adoption)
    assert lines[(date(2026, 1, 1), "Membrane")].budget == 4000
    assert lines[(date(2026, 2, 1), "Insulation")].actual == 1700


# --- the currency a unit line states in another language, the sign last ------------------


def _long_tracker_under(tmp_path: Path, unit_line: str) -> Path:
    rows: list[list[object]] = [
        ["Ristrutturazione magazzino - budget 2026"],
        [unit_line],
        [None],
        ["Mese", "Voce di costo", "Budget", "Consuntivo"],
        ["gen 2026", "Scaffalature", 1200, 1100],
        ["feb 2026", "Scaffalature", 800, 950],
    ]
    return book(tmp_path / "it.xlsx", "Costi", rows)


def test_a_unit_line_in_italian_names_the_currency(tmp_path: Path) -> None:
    adoption = adopt(_long_tracker_under(tmp_path, "Importi in €"))
    assert adoption.project.header.currency == "EUR"
    assert _lines(adoption)[(date(2026, 2, 1), "Scaffalature")].actual == 950


def test_a_sign_inside_a_sentence_names_no_currency(tmp_path: Path) -> None:
    """Near-miss: the sign must end the line (`in €` then more words is a sentence, not a
    unit line): no currency read, as before."""
    adoption = adopt(_long_tracker_under(tmp_path, "Fornitori pagati in € e in franchi"))
    assert adoption.project.header.currency is None
