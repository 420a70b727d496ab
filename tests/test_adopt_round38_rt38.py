"""Round 38 (rt38): red team of round 38's first merged rules (t46a's five on the hundredth
batch, mx38's month invoiced over the invoice date). Each attack is a small workbook a PMO
keeps beside the shapes those rules were written for: near misses each rule must not fire
on, and what the mends now read (docs/adopt.md, "Round 38: red team of the first merged
rules (rt38)")."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from addin.adopt.finance import title_measure
from tests.adopt_sheets import (
    adopt,
    best_candidate,
    book,
    books,
    field,
    finance_by_line,
    only,
    targets,
)


def _invoice_log(second: str, values: list[object]) -> list[list[object]]:
    rows: list[list[object]] = [
        ["Facilities invoice log"],
        [],
        ["Invoice date", second, "Supplier", "Amount (GBP)"],
    ]
    suppliers = ["Acme Cleaning", "Bright Security", "Acme Cleaning"]
    for n, (value, supplier) in enumerate(zip(values, suppliers, strict=True)):
        rows.append([datetime(2026, 1 + n, 15), value, supplier, 1_200.0 + 100 * n])
    return rows


def test_a_count_of_months_beside_the_invoice_date_is_no_month(tmp_path: Path) -> None:
    """mx38's rule gave the month to a column naming it over the invoice's date; a
    ``Service period (months)`` of counts (12, 24) named it by t46a's synonym and took
    it, and every amount lost its month. A column of counts names no month: the date
    keeps it."""
    rows = _invoice_log("Service period (months)", [12, 24, 12])
    adoption = adopt(book(tmp_path / "invoices.xlsx", "Invoices", rows))
    table = only(adoption)
    assert table.register == "finance"
    assert targets(table)["Invoice date"] == "month"
    assert targets(table)["Service period (months)"] != "month"
    lines = finance_by_line(adoption)
    assert lines[date(2026, 1, 1), "Acme Cleaning"].actual == 1_200.0
    assert lines[date(2026, 2, 1), "Bright Security"].actual == 1_300.0
    assert lines[date(2026, 3, 1), "Acme Cleaning"].actual == 1_400.0


def test_a_month_column_of_counts_beside_a_date_is_no_month(tmp_path: Path) -> None:
    """A service log's ``Month`` holding how many call-outs a month had (14, 9, 11)
    beside each row's ``Date``: the amounts are by the date's month."""
    rows: list[list[object]] = [
        ["Lift maintenance log"],
        [],
        ["Date", "Month", "Call-outs", "Cost line", "Cost (GBP)"],
        [datetime(2026, 1, 15), 14, 3, "Lift A", 1_200.0],
        [datetime(2026, 2, 15), 9, 2, "Lift A", 2_400.0],
        [datetime(2026, 3, 15), 11, 4, "Lift B", 1_300.0],
    ]
    adoption = adopt(book(tmp_path / "lifts.xlsx", "Log", rows))
    table = only(adoption)
    assert targets(table)["Date"] == "month"
    lines = finance_by_line(adoption)
    assert lines[date(2026, 2, 1), "Lift A"].actual == 2_400.0
    assert lines[date(2026, 3, 1), "Lift B"].actual == 1_300.0


def test_a_month_written_as_months_still_wins_over_the_date(tmp_path: Path) -> None:
    """What held: a ``Service month`` written as months (``Jan 2026``) beside the invoice's
    date, a day in the next month, is each amount's month (mx38's rule)."""
    rows = _invoice_log("Service month", ["Dec 2025", "Jan 2026", "Feb 2026"])
    adoption = adopt(book(tmp_path / "invoices.xlsx", "Invoices", rows))
    assert targets(only(adoption))["Service month"] == "month"
    lines = finance_by_line(adoption)
    assert lines[date(2025, 12, 1), "Acme Cleaning"].actual == 1_200.0
    assert lines[date(2026, 2, 1), "Acme Cleaning"].actual == 1_400.0


def _inputs(third: list[str]) -> list[list[object]]:
    head = ["Sl. No.", "Input Required from Client", "Client Responsibility", "Required By"]
    rows: list[list[object]] = [["Inputs required from Client"], [], [*head, "Status"]]
    texts = [
        "Approved gallery floor plan with column positions",
        "Dedicated 32 A power points under the layout benches",
        "Loan of original locomotive drawings from the archive",
    ]
    for n, (text, duty) in enumerate(zip(texts, third, strict=True)):
        rows.append([n + 1, text, duty, f"{19 + n}.01.2026", "Pending"])
    return rows


def test_client_responsibility_of_short_duties_is_no_owner(tmp_path: Path) -> None:
    """t46a's rule read a ``Client Responsibility`` of three words or fewer as who bears
    each input; short duties (``Provide drawings``, ``Sign loan agreement``) are what the
    client must do, no person: they are not the owner."""
    duties = ["Provide drawings", "Install power points", "Sign loan agreement"]
    adoption = adopt(book(tmp_path / "inputs.xlsx", "Client Inputs", _inputs(duties)))
    table = only(adoption)
    assert table.register == "dependencies"
    assert targets(table)["Client Responsibility"] != "owner"
    assert "Provide drawings" not in field(adoption, "dependencies", "owner")


def test_client_responsibility_of_people_stays_the_owner(tmp_path: Path) -> None:
    """What held: the same column over who bears each input (a role, an office, a name)."""
    people = ["Curator", "Estate Office", "Ms. A. Deshpande"]
    adoption = adopt(book(tmp_path / "inputs.xlsx", "Client Inputs", _inputs(people)))
    assert targets(only(adoption))["Input Required from Client"] == "title"
    assert field(adoption, "dependencies", "owner")[1] == "Estate Office"


def test_shares_beside_amounts_stay_out_of_them(tmp_path: Path) -> None:
    """What held: ``% complete`` and ``% spent`` beside the budget and the actual are no
    amounts; the amounts are read as before."""
    rows: list[list[object]] = [
        ["Cost report"],
        [],
        ["Month", "Cost line", "Budget (GBP)", "Actual (GBP)", "% complete", "% spent"],
        ["Jan 2026", "Design", 1_000, 900, 0.5, 0.9],
        ["Jan 2026", "Build", 2_000, 1_500, 0.2, 0.75],
    ]
    adoption = adopt(book(tmp_path / "cost.xlsx", "Cost report", rows))
    assert targets(only(adoption))["% complete"] is None
    assert best_candidate("% spent (GBP)", "finance") is None
    line = finance_by_line(adoption)[date(2026, 1, 1), "Build"]
    assert (line.budget, line.actual) == (2_000, 1_500)


def test_expected_in_words_around_a_budget_is_no_forecast(tmp_path: Path) -> None:
    """What held: ``expected`` in a note or an issue's ``Expected outcome`` makes no
    forecast: a budget under ``Actuals expected ...`` is the budget still."""
    note = "Approved budget (expected to be rebaselined in Q3)"
    assert title_measure(note, [note]) is None
    rows: list[list[object]] = [
        ["Budget 2026"],
        ["Actuals expected from finance on the 5th working day"],
        [],
        ["Cost line", "Jan 2026", "Feb 2026", "Mar 2026"],
        ["Design", 1_000, 1_000, 1_200],
        ["Build", 2_000, 2_500, 3_000],
    ]
    adoption = adopt(book(tmp_path / "budget.xlsx", "Budget", rows))
    line = finance_by_line(adoption)[date(2026, 2, 1), "Build"]
    assert (line.budget, line.forecast) == (2_500, None)


def test_a_general_category_in_a_risk_register_is_no_overall_rag(tmp_path: Path) -> None:
    """What held: a risk whose ``Category`` is ``General`` beside its ``RAG`` is one risk's
    colour, not the project's (t46a's General line is a status panel's)."""
    sheets: dict[str, list[list[object]]] = {
        "Risks": [
            ["Risk register"],
            ["Project:", "Harbour wall"],
            [],
            ["Category", "RAG", "Risk", "Owner"],
            ["Safety", "Green", "Fall from height on the wall", "Ann Lee"],
            ["General", "Red", "Storm surge floods the works", "Bo Chan"],
        ]
    }
    adoption = adopt(books(tmp_path / "risks.xlsx", sheets))
    assert adoption.project.header.overall_rag is None


def test_a_stage_list_with_one_date_is_not_read_as_dated_stages(tmp_path: Path) -> None:
    """What held: a fee schedule of stages with one planned date (no date reached) is not
    taken for t46a's plan of stages dated twice."""
    rows: list[list[object]] = [
        ["Fee schedule"],
        [],
        ["Stage", "Planned date", "% of fee", "Amount (EUR)"],
        ["Concept", datetime(2026, 1, 31), 0.1, 1_000],
        ["Design", datetime(2026, 3, 31), 0.4, 4_000],
        ["Build", datetime(2026, 6, 30), 0.5, 5_000],
    ]
    table = only(adopt(book(tmp_path / "fees.xlsx", "Fees", rows)))
    assert "stages dated when planned and when reached" not in table.reason


def test_scheduled_beside_baseline_is_the_forecast(tmp_path: Path) -> None:
    """What held: ``Scheduled date`` (t46a's baseline synonym) beside a ``Baseline date``
    is the date now scheduled, the forecast."""
    rows: list[list[object]] = [
        ["Milestone plan"],
        [],
        ["Milestone", "Baseline date", "Scheduled date", "Actual date"],
        ["Design freeze", datetime(2026, 1, 31), datetime(2026, 2, 14), None],
        ["Build start", datetime(2026, 3, 31), datetime(2026, 4, 14), None],
    ]
    adoption = adopt(book(tmp_path / "plan.xlsx", "Milestones", rows))
    assert targets(only(adoption))["Scheduled date"] == "forecast_date"
    assert field(adoption, "milestones", "forecast_date")[1] == date(2026, 4, 14)


def _workstreams(last: str) -> list[list[object]]:
    return [
        ["Weekly report"],
        ["Project:", "Harbour wall"],
        [],
        ["Workstream", "RAG", "Comment"],
        ["Civils", "Green", "On plan"],
        ["General", "Amber", "Site welfare late"],
        [last, "Red", "Barge unavailable"],
    ]


def test_a_general_workstream_amid_a_rag_table_is_no_overall_rag(tmp_path: Path) -> None:
    """t46a's ``General`` line read the colour of any row so labelled under a header naming
    the RAG; a weekly report's workstream ``General`` (general works, site welfare) amid
    ``Civils`` and ``Marine`` is one workstream's colour. Only the panel's last line is the
    whole project's."""
    adoption = adopt(book(tmp_path / "weekly.xlsx", "Report", _workstreams("Marine")))
    assert adoption.project.header.overall_rag is None


def test_a_general_line_closing_the_panel_is_the_overall_rag(tmp_path: Path) -> None:
    """What held: the same panel closed by its ``General`` line (the project in general)."""
    rows = _workstreams("Marine")
    rows[5], rows[6] = rows[6], ["General", "Amber", "Two workstreams late"]
    adoption = adopt(book(tmp_path / "weekly.xlsx", "Report", rows))
    assert adoption.project.header.overall_rag == "Amber"


def test_an_expected_column_of_amounts_beside_budget_and_actual_is_the_forecast(
    tmp_path: Path,
) -> None:
    """t46a made ``Expected`` / ``Anticipated`` a forecast in a finance table's title, but a
    column so headed beside ``Budget`` and ``Actual`` was left out: its amounts are the
    forecast, as a ``Projected`` column's are."""
    rows: list[list[object]] = [
        ["Cost report"],
        [],
        ["Month", "Cost line", "Budget", "Actual", "Expected"],
        ["Jan 2026", "Design", 1_000, 900, 950],
        ["Feb 2026", "Design", 1_000, None, 1_100],
        ["Feb 2026", "Build", 2_000, None, 2_300],
    ]
    adoption = adopt(book(tmp_path / "cost.xlsx", "Cost report", rows))
    assert targets(only(adoption))["Expected"] == "forecast"
    lines = finance_by_line(adoption)
    assert lines[date(2026, 2, 1), "Design"].forecast == 1_100
    assert lines[date(2026, 2, 1), "Build"].forecast == 2_300
    assert best_candidate("Anticipated spend", "finance") == ("forecast", 1.0)


def test_expected_texts_and_an_expected_payment_date_are_no_forecast(tmp_path: Path) -> None:
    """Near misses: an ``Expected`` column of remarks, and an invoice log's ``Expected
    payment date``, hold no forecast amount."""
    rows: list[list[object]] = [
        ["Invoice log"],
        [],
        ["Invoice", "Invoice date", "Expected payment date", "Cost line", "Amount (GBP)"],
        ["I1", datetime(2026, 1, 15), datetime(2026, 2, 15), "Design", 1_000],
        ["I2", datetime(2026, 2, 15), datetime(2026, 3, 15), "Build", 2_000],
    ]
    adoption = adopt(book(tmp_path / "invoices.xlsx", "Invoices", rows))
    assert targets(only(adoption))["Expected payment date"] is None
    line = finance_by_line(adoption)[date(2026, 2, 1), "Build"]
    assert (line.actual, line.forecast) == (2_000, None)
    remarks: list[list[object]] = [
        ["Cost report"],
        [],
        ["Month", "Cost line", "Budget", "Actual", "Expected"],
        ["Jan 2026", "Design", 1_000, 900, "On budget"],
        ["Jan 2026", "Build", 2_000, 1_500, "Overspend likely"],
    ]
    adoption = adopt(book(tmp_path / "remarks.xlsx", "Cost report", remarks))
    line = finance_by_line(adoption)[date(2026, 1, 1), "Build"]
    assert (line.budget, line.actual, line.forecast) == (2_000, 1_500, None)
