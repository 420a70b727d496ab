"""Round 35's second wave (task t38b): tuning on the seventy-fourth batch (supplier and
consultancy reports).

- a currency code between an amount's words and its tax tail (``Budget fees CHF excl.
  VAT``) is the amounts' unit, as it is at the header's end (``match.normalise_header``);
- a list column of number codes reads by the key its title block or header states
  (``Prio: 1 = high, 2 = medium, 3 = low``: ``key_lines.key_for``, ``convert.keyed_codes``);
- a team or role with a person in brackets (``Client HR (M. Keller)``) is kept as written
  and said so (``people.team_before_person``), where ``J. Murphy (PMO)`` still reads as the
  person.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from addin.adopt.key_lines import key_for, key_lines_in
from addin.adopt.match import candidates
from addin.adopt.people import person_converter
from tests.adopt_sheets import adopt, book, column, field, finance_by_line, only, registers

D = datetime

# --- 1. a currency between the amount's words and its tax tail ------------------------------


@pytest.mark.parametrize(
    ("header", "key"),
    [
        ("Budget fees CHF excl. VAT", "budget"),
        ("Actual fees CHF excl. VAT", "actual"),
        ("Forecast cost EUR ex VAT", "forecast"),
        ("Budget NZ$ incl. GST", "budget"),
        ("Budget value GBP excluding VAT", "budget"),
        ("Budget fees (CHF) excl. VAT", "budget"),
        ("Budget fees in CHF excl. VAT", "budget"),
        ("Budget in EUR", "budget"),
        ("Forecast in USD", "forecast"),
    ],
)
def test_a_currency_before_the_tax_tail_is_the_unit(header: str, key: str) -> None:
    found = candidates(header, "finance")
    assert found and found[0].column_key == key


@pytest.mark.parametrize(
    "header",
    ["CHF excl. VAT", "Budget hours excl. travel", "Days ex VAT", "Logged in", "Cost in USD rate"],
)
def test_near_miss_no_amount_is_read_from_a_currency_alone(header: str) -> None:
    found = candidates(header, "finance")
    assert not found or found[0].column_key not in ("budget", "actual", "forecast")


@pytest.mark.parametrize(
    ("sheet", "head"),
    [
        (
            "Fees",
            [
                "Month",
                "Workstream",
                "Days",
                "Budget fees CHF excl. VAT",
                "Actual fees CHF excl. VAT",
            ],
        ),
        ("Costs", ["Period", "Cost line", "Budget cost EUR ex VAT", "Actual cost EUR ex VAT"]),
    ],
)
def test_a_fee_tracker_reads_budget_and_actual_before_their_tax_tail(
    sheet: str, head: list[str], tmp_path: Path
) -> None:
    rows: list[list[object]] = []
    for month in (1, 2, 3):
        for line in ("Design", "Testing"):
            amounts: list[object] = [1000.0 * month, 900.0 * month]
            middle: list[object] = [5] if len(head) == 5 else []
            rows.append([D(2026, month, 1), line, *middle, *amounts])
    adoption = adopt(book(tmp_path / "f.xlsx", sheet, [["Consultancy fees"], [], head, *rows]))
    assert registers(adoption) == ["finance"]
    got = finance_by_line(adoption)
    assert got[(D(2026, 2, 1).date(), "Testing")].budget == 2000.0
    assert got[(D(2026, 2, 1).date(), "Testing")].actual == 1800.0
    assert adoption.project.header.currency in ("CHF", "EUR")


# --- 2. number codes read by the table's key ------------------------------------------------


def test_key_lines_name_their_column() -> None:
    with key_lines_in(["Issue list", "Prio: 1 = high, 2 = medium, 3 = low"]):
        assert key_for("Prio") == (
            {1: "high", 2: "medium", 3: "low"},
            "Prio: 1 = high, 2 = medium, 3 = low",
        )
        assert key_for("Impact") is None  # the key names another column
    with key_lines_in(["Legend: Status 1 = open; 2 = in progress; 3 = closed"]):
        found = key_for("Status")
        assert found is not None and found[0] == {1: "open", 2: "in progress", 3: "closed"}
    assert key_for("Priority (1=Critical, 2=High, 3=Medium, 4=Low)") is not None
    assert key_for("Priority 1-3") is None  # a scale stated, no key
    assert key_for("Priority") is None


def _issues(head: list[str], prios: list[object], title: list[object]) -> list[list[object]]:
    rows: list[list[object]] = [*([t] for t in title), [], head]
    for n, prio in enumerate(prios, start=1):
        rows.append([n, D(2026, 3, n), f"Interface file rejected {n}", prio, "Ann Lee", "Open"])
    return rows


@pytest.mark.parametrize(
    ("title", "head_word", "prios", "expected"),
    [
        # the batch's habit: no 3 in the rows, so no rank of three told
        (
            ["Issue list", "Prio: 1 = high, 2 = medium, 3 = low"],
            "Prio",
            [2, 1, 1, 1],
            ["Medium", "High", "High", "High"],
        ),
        # a key in the other direction (scores, not ranks)
        (
            ["Issue log", "Priority key - 1 = Low, 2 = Medium, 3 = High"],
            "Priority",
            [1, 3, 2],
            ["Low", "High", "Medium"],
        ),
        # four codes, the key in a legend line
        (
            ["Legend: Pri 1 = Critical, 2 = High, 3 = Medium, 4 = Low"],
            "Pri",
            [4, 2, 2],
            ["Low", "High", "High"],
        ),
    ],
)
def test_a_priority_of_codes_reads_by_its_key(
    title: list[object], head_word: str, prios: list[object], expected: list[str], tmp_path: Path
) -> None:
    head = ["Nr.", "Opened", "Issue", head_word, "Responsible", "Status"]
    adoption = adopt(book(tmp_path / "i.xlsx", "Issues", _issues(head, prios, title)))
    assert registers(adoption) == ["issues"]
    assert field(adoption, "issues", "priority") == expected
    assert column(only(adoption), head_word).target == "priority"


def test_a_key_in_the_header_reads_the_codes(tmp_path: Path) -> None:
    head = ["Nr.", "Opened", "Issue", "Prio (1=High, 2=Med, 3=Low)", "Responsible", "Status"]
    adoption = adopt(book(tmp_path / "i.xlsx", "Issues", _issues(head, [3, 1, 1], ["Issue list"])))
    assert field(adoption, "issues", "priority") == ["Low", "High", "High"]


def test_near_miss_a_key_naming_another_column_reads_nothing(tmp_path: Path) -> None:
    head = ["Nr.", "Opened", "Issue", "Prio", "Responsible", "Status"]
    title = ["Issue list", "Impact: 1 = high, 2 = medium, 3 = low"]
    adoption = adopt(book(tmp_path / "i.xlsx", "Issues", _issues(head, [2, 1, 1, 1], title)))
    assert field(adoption, "issues", "priority") == [None, None, None, None]


def test_near_miss_a_code_the_key_does_not_pair_reads_nothing_by_it(tmp_path: Path) -> None:
    head = ["Nr.", "Opened", "Issue", "Prio", "Responsible", "Status"]
    title = ["Issue list", "Prio: 1 = high, 2 = medium"]
    adoption = adopt(book(tmp_path / "i.xlsx", "Issues", _issues(head, [2, 1, 5], title)))
    assert "Medium" not in field(adoption, "issues", "priority")


# --- 3. a team with a person in brackets --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Client HR (M. Keller)",
        "Supplier PM (Jan de Vries)",
        "Finance team (Ann Lee)",
        "IT Service Desk (Tom Walsh)",
    ],
)
def test_a_team_with_a_person_in_brackets_is_kept_as_written(text: str) -> None:
    got = person_converter(text)
    assert got.value == text
    assert got.note is not None and "kept as written" in got.note


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("J. Murphy (PMO)", "J. Murphy"),
        ("Ann Lee (Finance)", "Ann Lee"),
        ("Tom Walsh (QA Lead)", "Tom Walsh"),
        ("Priya Nair (Client)", "Priya Nair"),
    ],
)
def test_near_miss_a_person_with_a_team_in_brackets_is_the_person(text: str, person: str) -> None:
    assert person_converter(text).value == person


def test_an_issue_list_keeps_a_team_and_its_person(tmp_path: Path) -> None:
    head = ["Nr.", "Opened", "Issue", "Responsible", "Status"]
    rows: list[list[object]] = [head]
    rows.append([1, D(2026, 3, 2), "Payslips not migrated", "Client HR (M. Keller)", "Open"])
    rows.append([2, D(2026, 3, 4), "Bank file rejected", "Jonas Weber (PMO)", "Open"])
    adoption = adopt(book(tmp_path / "p.xlsx", "Issues", rows))
    assert field(adoption, "issues", "owner") == ["Client HR (M. Keller)", "Jonas Weber"]
