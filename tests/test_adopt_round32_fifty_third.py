"""Round 32's last hour (task t34a): the fifty-third batch's misses (ordinary workbooks).

Each rule is proved on workbooks written here (other words, other positions, other forms
than the batch's), with a near-miss that must not fire:

- a cost line's name drops the mark an accountant puts between it and its measure when
  the lines run across and the months down (``Feed - Budget``, ``Budget: Feed``,
  ``Power_Actual``, ``Labour – Forecast``); a name holding a hyphen of its own
  (``Fit-out``) keeps it;
- an expense report of ONE period (its period line above, no month column) reads its one
  ``Category`` column as the cost line; a category beside a cost line, or with no period
  line, does not;
- a bare ``Date`` before a risk's or issue's text is the day it was logged (its Raised
  Date); after the owner and action it is still the due date the bare word guessed.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from addin.adopt.finance import _line_name as line_name
from tests.adopt_sheets import adopt, book, field, finance_by_line, only, targets

JUL, AUG, SEP, OCT = date(2025, 7, 1), date(2025, 8, 1), date(2025, 9, 1), date(2025, 10, 1)


# --- a line and its measure, with a mark between ------------------------------------------


@pytest.mark.parametrize(
    ("header", "line"),
    [
        ("Electrical - Budget", "Electrical"),
        ("Hatchery tanks - Actual", "Hatchery tanks"),
        ("Budget: Feed", "Feed"),
        ("Labour – Forecast", "Labour"),
        ("Power_Actual", "Power"),
        ("Feed (Actual)", "Feed"),
        ("Fit-out - Actual", "Fit-out"),
        ("Fit-out", "Fit-out"),  # near-miss: a hyphen of the name's own
        ("Re-forecast", "Re-forecast"),  # near-miss: no line left but a prefix
        ("Licences actual", "Licences"),
    ],
)
def test_a_line_name_drops_the_mark_beside_its_measure(header: str, line: str) -> None:
    assert line_name(header) == line


def _pairs(head: list[str], months: list[object], closed: int) -> list[list[object]]:
    rows: list[list[object]] = [["Mill upgrade FY2025-26 Budget v Actual"], [], head]
    for r, month in enumerate(months):
        row: list[object] = [month]
        for k in range((len(head) - 1) // 2):
            row += [1000.0 * (r + k + 1), 900.0 * (r + k + 1) if r < closed else None]
        rows.append(row)
    return rows


@pytest.mark.parametrize(
    ("head", "months"),
    [
        (  # the batch's shape, other words: `<line> - Budget` then `<line> - Actual`
            ["Month", "Feed - Budget", "Feed - Actual", "Power - Budget", "Power - Actual"],
            ["Jul-25", "Aug-25", "Sep-25", "Oct-25"],
        ),
        (  # the measure first, a colon, date cells for the months
            ["Period", "Budget: Feed", "Actual: Feed", "Budget: Power", "Actual: Power"],
            [JUL, AUG, SEP, OCT],
        ),
        (  # glued with an underscore, as a tool's field names are
            ["Month", "Feed_Budget", "Feed_Actual", "Power_Budget", "Power_Actual"],
            [JUL, AUG, SEP, OCT],
        ),
    ],
)
def test_pairs_of_line_and_measure_across_read_as_each_line(
    head: list[str], months: list[object], tmp_path: Path
) -> None:
    path = book(tmp_path / "pairs.xlsx", "FY26", _pairs(head, months, closed=2))
    got = finance_by_line(adopt(path))
    assert set(got) == {(m, line) for m in (JUL, AUG, SEP, OCT) for line in ("Feed", "Power")}
    assert got[(JUL, "Feed")].budget == 1000.0 and got[(JUL, "Feed")].actual == 900.0
    assert got[(AUG, "Power")].actual == 2700.0
    assert got[(OCT, "Power")].budget == 5000.0 and got[(OCT, "Power")].actual is None


# --- an expense report of one period ----------------------------------------------------


def _expense_report(period: str | None, head: list[str]) -> list[list[object]]:
    rows: list[list[object]] = [["Bright Bakery Ltd - Kitchen refit"], ["Expenses by Category"]]
    rows += [[period] if period else [], [], head]
    cats = ["Contractors", "Equipment Hire", "Cleaning", "Travel"]
    for k, cat in enumerate(cats):
        amount = 1000.0 * (k + 1) + 0.5
        rows.append([cat, amount, round(amount * 0.2, 2), round(amount * 1.2, 2)][: len(head)])
    rows.append(["Total", 10002.0, 2000.4, 12002.4][: len(head)])
    return rows


@pytest.mark.parametrize(
    ("period", "head", "month"),
    [
        ("February 1, 2026 - February 28, 2026", ["Category", "Amount", "Tax", "Total"], 2),
        ("01/03/2026 to 31/03/2026", ["Category", "Amount"], 3),
        ("For the month ended 30 April 2026", ["Expense category", "Net amount", "VAT"], 4),
    ],
)
def test_an_expense_report_of_one_period_reads_its_categories_as_lines(
    period: str, head: list[str], month: int, tmp_path: Path
) -> None:
    path = book(tmp_path / "expenses.xlsx", "Expense Report", _expense_report(period, head))
    adoption = adopt(path)
    table = only(adoption)
    assert table.register == "finance"
    assert targets(table)[head[0]] == "cost_line"
    got = finance_by_line(adoption)
    first = date(2026, month, 1)
    assert set(got) == {(first, c) for c in ("Contractors", "Equipment Hire", "Cleaning", "Travel")}
    assert got[(first, "Cleaning")].actual == 3000.5


def test_an_expense_list_without_a_period_line_is_not_one_months(tmp_path: Path) -> None:
    """Near-miss: no period line above, no month column: no month to read it as."""
    path = book(
        tmp_path / "e.xlsx", "Expense Report", _expense_report(None, ["Category", "Amount"])
    )
    assert not adopt(path).report.adopted_tables


def test_a_category_beside_a_cost_line_stays_the_category(tmp_path: Path) -> None:
    """Near-miss: a report of one period with its own line column keeps Category as such."""
    rows: list[list[object]] = [["Kitchen refit"], ["Period: 01/03/2026 to 31/03/2026"], []]
    rows.append(["Account", "Category", "Amount"])
    rows += [["Joinery", "Labour", 1200.0], ["Tiles", "Materials", 800.0], ["Van", "Travel", 90.0]]
    adoption = adopt(book(tmp_path / "c.xlsx", "Costs", rows))
    table = only(adoption)
    assert targets(table)["Account"] == "cost_line"
    assert targets(table)["Category"] == "category"


# --- a bare Date before the item's text -------------------------------------------------

_DAYS = [date(2025, 9, 3), date(2025, 9, 10), date(2025, 9, 24)]


@pytest.mark.parametrize(
    ("sheet", "head", "row"),
    [
        (  # the number, the date, then the risk (the batch's order, other words)
            "Risk Log",
            ["No", "Date", "Risk", "Likelihood", "Impact", "Owner", "Mitigation"],
            lambda k, d: [k + 1, d, f"Risk text {k}", 3, 2, "Ada Obi", "Monitor"],
        ),
        (  # the date first of all, `When`, an issue log
            "Issue Log",
            ["When", "Ref", "Issue", "Priority", "Owner", "Status"],
            lambda k, d: [d, f"IS-{k + 1}", f"Issue text {k}", "High", "Ada Obi", "Open"],
        ),
    ],
)
def test_a_bare_date_before_the_text_is_the_day_logged(
    sheet: str, head: list[str], row: object, tmp_path: Path
) -> None:
    rows: list[list[object]] = [[f"Press install - {sheet}"], [], head]
    rows += [row(k, d) for k, d in enumerate(_DAYS)]  # type: ignore[operator]
    adoption = adopt(book(tmp_path / "log.xlsx", sheet, rows))
    table = only(adoption)
    assert targets(table)[head[0] if head[0] == "When" else "Date"] == "raised_date"
    assert field(adoption, table.register or "", "raised_date") == _DAYS


def test_a_bare_date_after_the_owner_and_action_stays_the_due_date(tmp_path: Path) -> None:
    """Near-miss: ``Risk | Owner | Action | Date``: the date the action is due by."""
    rows: list[list[object]] = [["Press install - Risk Log"], []]
    rows.append(["Risk", "Probability", "Impact", "Owner", "Action", "Date"])
    rows += [[f"Risk text {k}", 2, 3, "Ada Obi", "Chase", d] for k, d in enumerate(_DAYS)]
    table = only(adopt(book(tmp_path / "due.xlsx", "Risk Log", rows)))
    assert targets(table)["Date"] == "due_date"


def test_a_bare_date_before_the_text_beside_a_raised_date_is_left_to_the_order(
    tmp_path: Path,
) -> None:
    """Near-miss: a ``Date raised`` column names the raised date: the bare one is not it."""
    rows: list[list[object]] = [["Risk Log"], []]
    rows.append(["Date", "Risk", "Owner", "Date raised"])
    rows += [[d, f"Risk text {k}", "Ada Obi", date(2025, 8, 1)] for k, d in enumerate(_DAYS)]
    table = only(adopt(book(tmp_path / "two.xlsx", "Risk Log", rows)))
    assert targets(table)["Date raised"] == "raised_date"
    assert targets(table)["Date"] != "raised_date"
