"""Round 36 (t42c): finance trackers of the ninetieth batch's shapes.

- a general ledger's detail export, one row per posting (``Account | Posting Date |
  Amount``), is a finance register: each account's month is the sum of its postings;
- ``Budget`` and ``Actual`` merged over month DATE cells on the row below are the
  header's two tiers: each column is that measure of that month.

Near misses stay as before (docs/adopt.md, "Round 36: tuning on the ninetieth batch").
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from tests.adopt_sheets import adopt, book, finance_by_line, only, registers, targets


def _ledger(tmp: Path, line_header: str) -> Path:
    rows: list[list[object]] = [
        ["Fund", line_header, "Posting Date", "Vendor", "Amount"],
        ["210 Road Fund", "5410 - Contracted services", datetime(2026, 3, 4), "Granite", 1000.5],
        ["210 Road Fund", "5410 - Contracted services", datetime(2026, 3, 19), "Granite", 250.25],
        ["210 Road Fund", "5320 - Materials", datetime(2026, 3, 7), "Vulcan", 400.0],
        ["210 Road Fund", "5410 - Contracted services", datetime(2026, 4, 2), "Granite", 75.0],
        ["210 Road Fund", "5320 - Materials", datetime(2026, 4, 21), "Vulcan", 120.0],
    ]
    return book(tmp / "ledger.xlsx", "Detail", rows)


def test_a_ledgers_postings_by_account_are_a_finance_register(tmp_path: Path) -> None:
    adoption = adopt(_ledger(tmp_path, "Account"))
    assert registers(adoption) == ["finance"]
    table = only(adoption)
    assert targets(table)["Account"] == "cost_line"
    assert targets(table)["Amount"] == "actual"
    lines = finance_by_line(adoption)
    assert lines[(date(2026, 3, 1), "5410 - Contracted services")].actual == 1250.75
    assert lines[(date(2026, 3, 1), "5320 - Materials")].actual == 400.0
    assert lines[(date(2026, 4, 1), "5410 - Contracted services")].actual == 75.0
    assert len(lines) == 4


def test_postings_under_a_name_no_ledger_uses_stay_refused(tmp_path: Path) -> None:
    # ``Customer | Posting Date | Amount``: whose amounts? nothing says a project's spend
    rows: list[list[object]] = [
        ["Customer", "Posting Date", "Amount"],
        ["Acme Ltd", datetime(2026, 3, 4), 1000.0],
        ["Bolt plc", datetime(2026, 3, 9), 200.0],
        ["Acme Ltd", datetime(2026, 4, 2), 75.0],
    ]
    adoption = adopt(book(tmp_path / "customers.xlsx", "Detail", rows))
    assert "finance" not in registers(adoption)


def _grouped(tmp: Path, under: list[object]) -> Path:
    rows: list[list[object]] = [
        ["Cost line", "Budget", None, "Actual", None],
        [None, *under],
        ["Builder", 57.0, 80.5, 60.0, 79.0],
        ["Checkouts", 12.0, 46.1, 11.0, None],
    ]
    return book(tmp / "refit.xlsx", "Store 12", rows, merged=("A1:A2", "B1:C1", "D1:E1"))


def test_measures_merged_over_month_dates_are_the_headers_two_tiers(tmp_path: Path) -> None:
    may, jun = datetime(2026, 5, 1), datetime(2026, 6, 1)
    adoption = adopt(_grouped(tmp_path, [may, jun, may, jun]))
    assert registers(adoption) == ["finance"]
    lines = finance_by_line(adoption)
    assert lines[(date(2026, 5, 1), "Builder")].budget == 57.0
    assert lines[(date(2026, 6, 1), "Builder")].actual == 79.0
    assert lines[(date(2026, 6, 1), "Checkouts")].budget == 46.1
    assert lines[(date(2026, 6, 1), "Checkouts")].actual is None
    assert len(lines) == 4


def test_a_row_of_dates_that_are_no_months_is_no_header_tier(tmp_path: Path) -> None:
    # the dates under the merged labels fall mid-month: a row of data, not a month axis,
    # so nothing says which month each amount is of and the table stays refused
    may, jun = datetime(2026, 5, 14), datetime(2026, 6, 14)
    adoption = adopt(_grouped(tmp_path, [may, jun, may, jun]))
    assert registers(adoption) == []
    assert adoption.project.finance == []


def _grant(tmp: Path, unit_line: str, first: str) -> Path:
    rows: list[list[object]] = [
        ["Glacier Hydrology Study - expenditure"],
        [unit_line],
        [],
        ["Month", "Equipment", "Travel", "Personnel"],
        [first, 4616, 4692, 1340],
        [datetime(2026, 4, 1), 586, 560, 748],
        [datetime(2026, 5, 1), 786, 502, 769],
        [datetime(2026, 6, 1), 600, 451, 245],
        ["Total", 1972, 1513, 1762],
    ]
    return book(tmp / "grant.xlsx", "Expenditure", rows)


def test_a_budget_row_over_months_down_is_no_pivots_cost_line(tmp_path: Path) -> None:
    # months down, lines across, the year's budget on a row above the months: read with
    # the lines across (before: a compact pivot of one cost line ``Budget``), in the
    # title's unit (the title says expenditure: the actuals)
    adoption = adopt(_grant(tmp_path, "Unit: thousand yen (JPY)", "Budget"))
    table = only(adoption)
    assert targets(table)["Month"] == "month"
    assert targets(table)["Travel"] == "cost_line"
    lines = finance_by_line(adoption)
    assert len(lines) == 9
    assert lines[(date(2026, 4, 1), "Equipment")].actual == 586000.0
    assert lines[(date(2026, 6, 1), "Personnel")].actual == 245000.0
    assert not any(line == "Budget" for _, line in lines)


def test_lines_across_without_a_unit_keep_their_figures(tmp_path: Path) -> None:
    adoption = adopt(_grant(tmp_path, "Grant KAKENHI 26H01234", "Budget"))
    lines = finance_by_line(adoption)
    assert lines[(date(2026, 5, 1), "Travel")].actual == 502.0


def _season(tmp: Path, second: str, booked: int) -> Path:
    head: list[object] = ["Item", "Jun-26", "Jul-26", "Aug-26", "Sep-26"]
    budget: list[list[object]] = [
        ["Dairy conversion - budget 2026/27 (NZ$)"],
        [],
        head,
        ["Heifer purchases", 18500, 17750, 15750, 19000],
        ["Palm kernel", 2750, 3750, 9250, 3250],
    ]
    actual: list[list[object]] = [
        ["Dairy conversion - 2026/27 (NZ$)"],
        [],
        head,
        ["Heifer purchases", *[9500, 9250, 100, 200][:booked]],
        ["Palm kernel", *[18500, 10000, 300, 400][:booked]],
    ]
    from tests.adopt_sheets import books

    return books(tmp / "season.xlsx", {"Budget": budget, second: actual})


def test_a_sheet_named_actual_one_month_in_is_the_actuals(tmp_path: Path) -> None:
    adoption = adopt(_season(tmp_path, "Actual", 1))
    assert registers(adoption) == ["finance", "finance"]
    lines = finance_by_line(adoption)
    assert lines[(date(2026, 6, 1), "Heifer purchases")].actual == 9500.0
    assert lines[(date(2026, 6, 1), "Heifer purchases")].budget == 18500.0
    assert lines[(date(2026, 7, 1), "Palm kernel")].actual is None


def test_a_sheet_whose_name_says_more_than_a_measure_stays_refused(tmp_path: Path) -> None:
    # ``Actual hours``: effort, not money; one month in, nothing else says finance
    adoption = adopt(_season(tmp_path, "Actual hours", 1))
    assert registers(adoption) == ["finance"]
    lines = finance_by_line(adoption)
    assert lines[(date(2026, 6, 1), "Heifer purchases")].actual is None


def _tracker(tmp: Path, title: list[list[object]], head: list[object]) -> Path:
    rows: list[list[object]] = [
        *title,
        [],
        head,
        ["Transformatoren", 173, 555, 124],
        ["Schaltanlage", 351, 400, 326],
    ]
    return book(tmp / "tracker.xlsx", "Plan", rows)


def test_a_code_with_its_multiple_glued_names_the_currency(tmp_path: Path) -> None:
    title: list[list[object]] = [["UW Lindenhof - Plan"], ["Angaben in TEUR"]]
    adoption = adopt(_tracker(tmp_path, title, ["Kostenart", "Jan 26", "Feb 26", "Mär 26"]))
    assert adoption.project.header.currency == "EUR"
    lines = finance_by_line(adoption)
    assert lines[(date(2026, 2, 1), "Schaltanlage")].budget == 400000.0


def test_a_word_glued_to_a_code_is_no_currency(tmp_path: Path) -> None:
    # ``TEURO`` is no code, ``STEUR`` no multiple: the table names no currency
    title: list[list[object]] = [["UW Lindenhof - Plan TEURO STEUR"]]
    adoption = adopt(_tracker(tmp_path, title, ["Kostenart", "Jan 26", "Feb 26", "Mär 26"]))
    assert adoption.project.header.currency is None


def test_a_sign_before_a_multiples_word_names_the_currency(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["A320neo Cabin Retrofit - Project Cost Tracker"],
        [],
        ["Month", "Cost head", "Budget (₹ lakhs)", "Actual (₹ lakhs)"],
        ["Apr-2026", "Seats", 120.5, 118.0],
        ["Apr-2026", "Labour", 40.0, 42.5],
        ["May-2026", "Seats", 80.0, 79.5],
    ]
    adoption = adopt(book(tmp_path / "cabin.xlsx", "Tracker", rows))
    assert adoption.project.header.currency == "INR"
    lines = finance_by_line(adoption)
    assert lines[(date(2026, 4, 1), "Seats")].budget == 12050000.0


def test_postings_of_one_day_stay_summed_by_account_not_split_by_vendor(tmp_path: Path) -> None:
    # two postings of one account on one day, to two vendors: the account is still the
    # line (before, the vendor was taken as a finer line and the account dropped)
    rows: list[list[object]] = [
        ["Fund", "Account", "Posting Date", "Vendor", "Amount"],
        ["210", "5110 - Salaries", datetime(2026, 6, 9), "Payroll", 100.0],
        ["210", "5110 - Salaries", datetime(2026, 6, 9), "Sunbelt", 20.0],
        ["210", "5320 - Materials", datetime(2026, 6, 11), "Vulcan", 50.0],
        ["210", "5320 - Materials", datetime(2026, 7, 2), "Vulcan", 30.0],
        ["210", "5110 - Salaries", datetime(2026, 7, 5), "Payroll", 110.0],
    ]
    adoption = adopt(book(tmp_path / "gl.xlsx", "GL Detail", rows))
    table = only(adoption)
    assert targets(table)["Account"] == "cost_line"
    assert targets(table)["Vendor"] is None
    lines = finance_by_line(adoption)
    assert lines[(date(2026, 6, 1), "5110 - Salaries")].actual == 120.0
    assert lines[(date(2026, 7, 1), "5110 - Salaries")].actual == 110.0
    assert len(lines) == 4


def _grouped_budget(tmp: Path, closing: str) -> Path:
    rows: list[list[object]] = [
        ["Kowhai Downs - Budget (NZ$)"],
        [],
        ["Item", "Jun-26", "Jul-26", "Aug-26"],
        ["Feed", None, None, None],
        ["Palm kernel", 2750, 3750, 9250],
        ["Silage contract", 14500, 500, 15750],
        [closing, 17250, 4250, 25000],
        [],
        ["Stock", None, None, None],
        ["Heifer purchases", 18500, 17750, 15750],
        ["Total Stock", 18500, 17750, 15750],
    ]
    return book(tmp / "farm.xlsx", "Budget", rows)


def test_a_heading_closed_by_its_own_total_is_the_lines_category(tmp_path: Path) -> None:
    adoption = adopt(_grouped_budget(tmp_path, "Total Feed"))
    lines = finance_by_line(adoption)
    assert lines[(date(2026, 6, 1), "Palm kernel")].category == "Feed"
    assert lines[(date(2026, 8, 1), "Silage contract")].category == "Feed"
    assert lines[(date(2026, 7, 1), "Heifer purchases")].category == "Stock"
    assert lines[(date(2026, 7, 1), "Heifer purchases")].budget == 17750.0
    assert len(lines) == 9


def test_a_heading_closed_by_another_total_names_no_category(tmp_path: Path) -> None:
    adoption = adopt(_grouped_budget(tmp_path, "Total"))
    lines = finance_by_line(adoption)
    assert lines[(date(2026, 6, 1), "Palm kernel")].category is None
    assert lines[(date(2026, 7, 1), "Heifer purchases")].category == "Stock"
