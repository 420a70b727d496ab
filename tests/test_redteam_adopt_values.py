"""Red team of round 5-7 value readings: values the readings read WRONG (docs/adopt.md
"Red team of round 5-7 value readings"). Each test states what a PMO would see."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from adopt_sheets import book

from addin.adopt import adopt_file
from addin.adopt.amounts import parse_amount
from addin.adopt.convert import date_for_column, list_for_column, number_converter
from addin.adopt.dates import period_bounds
from addin.adopt.people import person_converter
from addin.adopt.readings import ValueReadings, using
from addin.standards import Standards, default_standards


@pytest.fixture(scope="module")
def std() -> Standards:
    return default_standards()


# --- statuses: an open item must never be read as a closed one -----------------------


@pytest.mark.parametrize(
    "text",
    [
        "Resolved?",  # a question, not a status
        "Closed?",
        "Done?",
        "Complete?",
        "Cancelled?",
        "Done - pending sign-off",  # done, not signed off: still open
        "Closed (reopened)",  # reopened: open
        "Open -> Closed",  # a transition: which one holds now?
        "Resolved - awaiting confirmation",
    ],
)
def test_a_doubtful_status_is_kept_and_listed_not_read_as_closed(std: Standards, text: str) -> None:
    convert = list_for_column("issue_status", std)
    result = convert(text)
    assert result.value == text
    assert result.problem is not None and text in result.problem


def test_a_doubtful_status_can_still_be_read_by_the_mapping_file(std: Standards) -> None:
    with using(ValueReadings(list_words={"issue_status": {"resolved?": "Open"}})):
        result = list_for_column("issue_status", std)("Resolved?")
    assert result.value == "Open"


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Closed - 12/03", "Closed"),
        ("Closed (duplicate of I-4)", "Closed"),
        ("Reopened", "Open"),
        ("Open - waiting on vendor", "Open"),
    ],
)
def test_a_plain_status_with_a_comment_still_reads(std: Standards, text: str, read: str) -> None:
    assert list_for_column("issue_status", std)(text).value == read


# --- amounts: phone numbers and IDs are no amounts -----------------------------------


@pytest.mark.parametrize("text", ["07700 900123", "+44 20 7946 0958", "0161 496 0000"])
def test_a_phone_number_is_no_amount(text: str) -> None:
    assert parse_amount(text) is None
    result = number_converter()(text)
    assert (result.value, result.problem) == (text, f"{text!r} is not a number")


@pytest.mark.parametrize(
    ("text", "value"),
    [("1 234,56", 1234.56), ("1 234 567", 1234567.0), ("1'234.50", 1234.5), ("5 000 €", 5000.0)],
)
def test_spaces_between_thousands_still_read(text: str, value: float) -> None:
    assert parse_amount(text) == value


# --- dates: a year no plan means --------------------------------------------------------


def test_the_year_9999_is_a_placeholder_left_empty() -> None:
    convert, _ = date_for_column(["31/12/9999", "25/03/2026"], "End")
    result = convert("31/12/9999")
    assert (result.value, result.problem) == (None, None)
    assert result.note == "'31/12/9999' is a placeholder date; left empty"


def test_a_9999_date_cell_is_a_placeholder_too() -> None:
    end = datetime(9999, 12, 31)
    convert, _ = date_for_column([end, datetime(2026, 3, 25)], "End")
    assert (convert(end).value, convert(end).problem) == (None, None)
    assert convert(datetime(2026, 3, 25)).value == datetime(2026, 3, 25).date()


def test_a_year_beyond_2200_is_kept_and_listed() -> None:
    convert, _ = date_for_column(["12/03/2926", "25/03/2026"], "Due")
    result = convert("12/03/2926")
    assert result.value == "12/03/2926"
    assert result.problem == "'12/03/2926' is not a date (the year 2926 is after 2200)"


# --- end to end: a small legacy issue log ----------------------------------------------


def test_adopt_keeps_a_doubtful_status_out_of_the_closed_ones(
    tmp_path: Path, std: Standards
) -> None:
    rows: list[list[object]] = [["Issue ID", "Description", "Owner", "Status", "Raised"]]
    rows.append(["I-1", "Supplier late", "Ann Lee", "Resolved?", "03/03/2026"])
    rows.append(["I-2", "Server down", "Bo Chan", "Open", "25/03/2026"])
    rows.append(["I-3", "Licence lapsed", "Cy Dee", "Done - pending sign-off", "04/03/2026"])
    rows.append(["I-4", "Budget cut", "Di Eve", "Closed", "05/03/2026"])
    src = book(tmp_path / "issues.xlsx", "Issue Log", rows)
    result = adopt_file(src, tmp_path / "out.xlsx", std)
    statuses = [i.status for i in result.project.issues]
    assert statuses[1] == "Open" and statuses[3] == "Closed"
    assert not any(std.is_closed("issue", s) for s in statuses[:1] + statuses[2:3])
    kept = sorted(t for (_, _, col), t in result.raw_cells.items() if col == "status")
    assert kept == ["Done - pending sign-off", "Resolved?"]


# --- people: two people written surname first -----------------------------------------


def test_two_people_written_surname_first_are_two_people() -> None:
    result = person_converter("Smith, J.; Doe, A")
    assert result.value == "J. Smith"
    assert (
        result.note
        == "'Smith, J.; Doe, A' names several people: 'J. Smith' is the owner; also 'A Doe'"
    )


def test_one_person_surname_first_is_read_and_the_reading_is_said() -> None:
    result = person_converter("Smith, J")
    assert (result.value, result.note) == (
        "J Smith",
        "'Smith, J' read as 'J Smith' (surname first)",
    )
    with using(ValueReadings(comma_names="several")):
        two = person_converter("Smith, J")
    assert two.value == "Smith"


# --- amounts: a currency other than the column's ---------------------------------------


def test_an_amount_in_another_currency_than_the_column_is_kept_and_listed() -> None:
    convert = number_converter()
    assert convert("£1,000").value == 1000.0
    assert convert("1,200").value == 1200.0
    other = convert("EUR 500")
    assert other.value == "EUR 500"
    assert other.problem == (
        "'EUR 500' is in EUR where this column's amounts are in GBP: not added as GBP; "
        "convert it, or adopt the EUR lines separately"
    )
    assert convert("GBP 700").value == 700.0


# --- statuses: a negated word is not the word ------------------------------------------


@pytest.mark.parametrize(
    ("list_name", "text"),
    [
        ("issue_status", "Unclosed"),
        ("dependency_status", "Undelivered"),
        ("assumption_status", "Unvalidated"),
        ("risk_status", "Non-closed"),
    ],
)
def test_a_negated_status_is_not_read_as_its_opposite(
    std: Standards, list_name: str, text: str
) -> None:
    result = list_for_column(list_name, std)(text)
    assert result.value == text
    assert result.problem is not None and result.problem.startswith(f"{text!r} is not in the list")


def test_a_close_spelling_still_reads(std: Standards) -> None:
    assert list_for_column("issue_status", std)("Closd").value == "Closed"
    assert list_for_column("dependency_status", std)("Deliverd").value == "Delivered"


# --- statuses: "Confirmed" is closed only for an assumption ----------------------------


@pytest.mark.parametrize(
    ("list_name", "read"),
    [
        ("assumption_status", "Validated"),  # an assumption confirmed: validated
        ("issue_status", "Open"),  # Bugzilla's CONFIRMED: a bug confirmed, still open
        ("risk_status", "Open"),
        ("dependency_status", "Open"),  # a dependency agreed, not yet delivered
        ("milestone_status", "Confirmed"),  # a date confirmed: kept and listed
    ],
)
def test_confirmed_is_closed_only_for_an_assumption(
    std: Standards, list_name: str, read: str
) -> None:
    result = list_for_column(list_name, std)("Confirmed")
    assert result.value == read
    assert (result.problem is None) == (read != "Confirmed")


# --- dates: a fiscal quarter, and text after a date -------------------------------------


def test_a_fiscal_quarter_is_read_in_the_financial_year() -> None:
    # FY27 runs April 2026 - March 2027 (fiscal_year_start 4): its Q1 is April-June 2026
    assert period_bounds("Q1 FY27") == (date(2026, 4, 1), date(2026, 6, 30), "quarter")
    assert period_bounds("Q4 FY27") == (date(2027, 1, 1), date(2027, 3, 31), "quarter")
    with using(ValueReadings(fiscal_year_start=1)):
        assert period_bounds("Q1 FY27") == (date(2027, 1, 1), date(2027, 3, 31), "quarter")
    assert period_bounds("Q1 2027") == (date(2027, 1, 1), date(2027, 3, 31), "quarter")


@pytest.mark.parametrize("text", ["12/03/2026 - 15/03/2026", "12/03/2026 or later"])
def test_a_date_with_more_after_it_is_kept_and_listed(text: str) -> None:
    convert, _ = date_for_column([text, "25/03/2026"], "Due")
    result = convert(text)
    assert (result.value, result.problem) == (text, f"{text!r} is not a date")


@pytest.mark.parametrize(
    "text", ["12/03/2026", "12/03/2026 (Thursday)", "12/03/2026 09:41", "12/03/2026 9:41 AM"]
)
def test_a_date_with_a_weekday_or_time_after_it_still_reads(text: str) -> None:
    convert, _ = date_for_column([text, "25/03/2026"], "Due")
    assert convert(text).value == date(2026, 3, 12)


# --- currency: an acronym in a title is no currency ---------------------------------------


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("CAD Replacement Programme - cost plan", None),  # computer-aided design
        ("ZAR Office Move - spend", None),  # a project name, not "in rand"
        ("CAD Replacement - all amounts in GBP", "GBP"),
        ("Spend tracker (EUR)", "EUR"),
    ],
)
def test_a_currency_code_in_a_title_names_the_currency_only_as_a_currency(
    tmp_path: Path, std: Standards, title: str, expected: str | None
) -> None:
    rows: list[list[object]] = [[title], [None], ["Month", "Cost Line", "Budget"]]
    for n, m in enumerate((4, 4, 5, 5)):
        rows.append([datetime(2026, m, 1), ["Licences", "Laptops"][n % 2], 100 + n])
    book(tmp_path / "cur.xlsx", "Finance", rows)
    adoption = adopt_file(tmp_path / "cur.xlsx", tmp_path / "out.xlsx", std)
    assert len(adoption.project.items("finance")) == 4
    assert adoption.project.header.currency == expected
