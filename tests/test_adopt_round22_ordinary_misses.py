"""Round 22's last hour (t23a): the twenty-fourth batch's misses (ordinary English PMO
workbooks), mended by general rules and tried here on workbooks written for these tests (no
benchmark layout), each with a near-miss the rule must not take."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from adopt_sheets import adopt, book, books, field, finance_by_line, only, targets

from addin.adopt.finance import measure_in

# ---------------------------------------------------------------------------------------
# A group label over some of the fields right of a spacer column (a merged `Key dates`
# over `Due | Closed`) gives that part a second header row: it is still the register's
# fields, on the same header row and the same rows
# ---------------------------------------------------------------------------------------

_ITEMS = [
    ["IS-1", "Ticket gates fail in the rain", "Grace Obi", date(2026, 2, 2), date(2026, 2, 20)],
    ["IS-2", "Depot lease not signed", "Liam Walsh", date(2026, 2, 9), None],
    ["IS-3", "Timetable data late from the council", "Grace Obi", date(2026, 3, 1), None],
]
_STATES = ["Closed", "Open", "In Progress"]


def _grouped_log(path: Path, right: list[str], under: list[list[object]]) -> Path:
    """An issue log: ref, title and owner, a blank spacer column, then a merged group label
    over the first two of ``right``'s headers, ``under`` under them."""
    rows: list[list[object]] = [["Station upgrade - issue log"], []]
    rows.append([None, None, None, None, "Key dates"])
    rows.append(["Ref", "Issue", "Owner", None, *right])
    for item, extra in zip(_ITEMS, under, strict=True):
        rows.append([*item[:3], None, *extra])
    return book(path, "Issues", rows, merged=("E3:F3",))


def test_a_grouped_band_of_dates_after_a_spacer_is_the_registers(tmp_path: Path) -> None:
    under = [[i[3], i[4], s] for i, s in zip(_ITEMS, _STATES, strict=True)]
    adoption = adopt(_grouped_log(tmp_path / "g.xlsx", ["Due", "Closed", "Status"], under))
    table = only(adoption)
    assert table.register == "issues"
    got = targets(table)
    # the band names the dates its headers are: read as one header each
    assert got["Key dates Due"] == "due_date"
    assert got["Key dates Closed"] == "closed_date"
    assert got["Status"] == "status"
    assert field(adoption, "issues", "due_date") == [i[3] for i in _ITEMS]
    assert field(adoption, "issues", "status") == _STATES


def test_a_second_register_under_its_own_band_stays_apart(tmp_path: Path) -> None:
    # near-miss: right of the spacer, under a band of its own, a table with its own id and
    # title (a decision log kept beside the issues): two registers, never one
    right = ["Decision ID", "Decision", "Decided on"]
    under = [
        ["DC-1", "Keep the old gates until May", date(2026, 2, 3)],
        ["DC-2", "Lease the second depot", date(2026, 2, 10)],
        ["DC-3", "Buy the timetable feed", date(2026, 3, 2)],
    ]
    adoption = adopt(_grouped_log(tmp_path / "d.xlsx", right, under))
    issues = [t for t in adoption.report.adopted_tables if t.register == "issues"]
    assert len(issues) == 1
    assert "Decision" not in targets(issues[0])
    assert field(adoption, "issues", "title") == [i[1] for i in _ITEMS]


# ---------------------------------------------------------------------------------------
# A finance sheet (or column) named `Reforecast` holds the forecast: the forecast made again
# ---------------------------------------------------------------------------------------

_MONTHS = ["Oct-26", "Nov-26", "Dec-26"]


def _measure_sheet(figures: list[list[float]]) -> list[list[object]]:
    rows: list[list[object]] = [["Visitor centre - cost plan (GBP)"], []]
    rows.append(["Cost line", *_MONTHS, "Total"])
    for line, amounts in zip(["Fit-out", "Exhibits"], figures, strict=True):
        rows.append([line, *amounts, sum(amounts)])
    return rows


def test_a_sheet_named_reforecast_holds_the_forecast(tmp_path: Path) -> None:
    budget = [[10000.0, 12000.0, 9000.0], [4000.0, 4000.0, 5000.0]]
    again = [[11000.0, 15000.0, 7000.0], [3000.0, 6000.0, 5500.0]]
    path = books(
        tmp_path / "r.xlsx",
        {"Budget": _measure_sheet(budget), "Reforecast": _measure_sheet(again)},
    )
    rows = finance_by_line(adopt(path))
    assert rows[(date(2026, 11, 1), "Fit-out")].forecast == 15000.0
    assert rows[(date(2026, 11, 1), "Fit-out")].budget == 12000.0
    assert rows[(date(2026, 12, 1), "Exhibits")].forecast == 5500.0


def test_reforecast_is_a_measure_word_and_reforestation_is_none() -> None:
    assert measure_in("Reforecast") == "forecast"
    assert measure_in("Q3 re-forecast") == "forecast"
    # near-miss: a word that only begins like one (a reforestation programme) names no
    # measure; the measure is a whole word
    assert measure_in("Reforestation programme") is None


# ---------------------------------------------------------------------------------------
# A line column headed by the cost line's own name (`Budget item`) names no measure, so the
# block's heading (`ACTUAL SPEND`) says what its amounts are
# ---------------------------------------------------------------------------------------

_SPENT = {"Boreholes": [41000.0, 26000.0, 30500.0], "Water kiosks": [7000.0, 9500.0, 6000.0]}


def _spend_block(path: Path, line_header: str) -> Path:
    """One block of actual spend under its heading, its line column headed ``line_header``."""
    rows: list[list[object]] = [["School water programme (USD)"], [], ["ACTUAL SPEND"]]
    rows.append([line_header, "Mar-27", "Apr-27", "May-27", "Total"])
    rows += [[line, *amounts, sum(amounts)] for line, amounts in _SPENT.items()]
    return book(path, "Programme", rows)


def test_a_budget_item_column_under_an_actual_heading_holds_actuals(tmp_path: Path) -> None:
    rows = finance_by_line(adopt(_spend_block(tmp_path / "a.xlsx", "Budget item")))
    assert rows[(date(2027, 4, 1), "Boreholes")].actual == 26000.0
    assert rows[(date(2027, 4, 1), "Boreholes")].budget is None
    assert rows[(date(2027, 5, 1), "Water kiosks")].actual == 6000.0


def test_the_cost_lines_own_name_names_no_measure() -> None:
    from addin.adopt.finance import names_the_line

    assert names_the_line("Budget item") and names_the_line("Budget Line")
    # near-miss: a measure's name alone over the lines (`Budget | Jan-26`) is no cost
    # line's name: it still names its block's measure
    assert not names_the_line("Budget") and not names_the_line("Actual")


# ---------------------------------------------------------------------------------------
# Every amount column's header stating the same currency sign (`Budget (£)`, `Spent (£)`)
# gives the project's currency, as the same code in each header did (round 14)
# ---------------------------------------------------------------------------------------


def _long(path: Path, signs: tuple[str, str]) -> Path:
    rows: list[list[object]] = [
        ["Month", "Cost line", f"Budget ({signs[0]})", f"Spent ({signs[1]})"]
    ]
    for m in (1, 2, 3):
        rows.append([date(2026, m, 1), "Surveys", 1200.0 * m, 1100.0 * m])
        rows.append([date(2026, m, 1), "Planning fees", 300.0, 250.0])
    return book(path, "Costs", rows)


def _currency(path: Path) -> str | None:
    adoption = adopt(path)
    assert len(adoption.project.finance) == 6  # the amounts are read whatever the currency
    return adoption.project.header.currency


def test_one_currency_sign_on_every_amount_header_is_the_projects(tmp_path: Path) -> None:
    assert _currency(_long(tmp_path / "p.xlsx", ("£", "£"))) == "GBP"


def test_a_dollar_sign_or_two_signs_on_the_headers_give_no_currency(tmp_path: Path) -> None:
    # near-misses: `$` alone names no one dollar; `(€)` beside `(£)` names two currencies
    assert _currency(_long(tmp_path / "d.xlsx", ("$", "$"))) is None
    assert _currency(_long(tmp_path / "m.xlsx", ("€", "£"))) is None
