"""Round 32's last hour (task lq32): a quarter over its pairs, a glued measure over text months.

Each rule on small workbooks written for these tests (none is a benchmark layout), with the
near-miss it must not fire on:

1. **a quarter over its Budget | Actual pair** (``quarters.period_head``): ``Q1 2026``
   merged, or typed once at the left of its run, over ``Budget | Actual``, or written
   ``Q1 2026 Budget`` in one header, is the quarter's budget and actual, read by the
   ``quarter_amounts`` reading as a whole quarter header is (spread over its months by
   default); ``Q1 2026 Score`` over a questionnaire's answers is no quarter's;
2. **a line and its measure with a mark between over periods down**
   (``finance.marked_line_measure`` in ``periods_down.line_and_measure``): ``Feed_Budget``
   / ``Feed - Budget`` over text months (``July 2025``) is the line ``Feed``'s budget;
   ``Fit-out`` stays a line, and ``Licences actual`` (no mark) stays a line's name.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from adopt_sheets import adopt, book, finance_by_line, registers

from addin.adopt.finance import marked_line_measure
from addin.adopt.quarters import period_head


def _dir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


# --- 1. a quarter over its pairs ------------------------------------------------------------


def _pairs(tmp_path: Path, shape: str) -> Path:
    lines = [
        ["Labour", 3000.0, 2900.0, 3300.0, 3000.0],
        ["Materials", 1200.0, 1100.0, 1500.0, 1400.0],
    ]
    title: list[list[object]] = [["Project cost tracker 2026"], []]
    if shape == "one header":
        head = ["Cost line", "Q1 2026 Budget", "Q1 2026 Actual", "Q2 2026 Budget", "Q2 2026 Actual"]
        return book(tmp_path / "q.xlsx", "Costs", [*title, head, *lines])
    groups = ["Cost line", "Q1 2026", "", "Q2 2026", ""]
    tiers = [groups, ["", "Budget", "Actual", "Budget", "Actual"]]
    merged = ("B3:C3", "D3:E3") if shape == "merged" else ()
    return book(tmp_path / "q.xlsx", "Costs", [*title, *tiers, *lines], merged=merged)


@pytest.mark.parametrize("shape", ["merged", "typed once", "one header"])
def test_a_quarter_over_its_budget_and_actual_pair_is_read_by_quarter(
    tmp_path: Path, shape: str
) -> None:
    adoption = adopt(_pairs(tmp_path, shape))
    assert registers(adoption) == ["finance"]
    by = finance_by_line(adoption)
    assert len(by) == 12  # two lines, six months
    # the default reading spreads a quarter over its three months, the cents in the last
    jan, feb, mar = (by[(date(2026, m, 1), "Labour")] for m in (1, 2, 3))
    assert (jan.budget, feb.budget, mar.budget) == (1000.0, 1000.0, 1000.0)
    assert (jan.actual, feb.actual, mar.actual) == (966.66, 966.66, 966.68)
    assert by[(date(2026, 6, 1), "Materials")].actual == pytest.approx(466.68)
    assert by[(date(2026, 4, 1), "Materials")].budget == 500.0


def test_a_quarter_over_a_questionnaires_scores_is_no_pair(tmp_path: Path) -> None:
    # the near-miss: Q1 / Q2 over Score | Comment name no measure and no money
    rows: list[list[object]] = [
        ["Supplier survey"],
        [],
        ["Supplier", "Q1 2026", "", "Q2 2026", ""],
        ["", "Score", "Rating", "Score", "Rating"],
        ["Acme", 4.0, 3.0, 5.0, 4.0],
        ["Brill", 3.0, 2.0, 4.0, 3.0],
    ]
    adoption = adopt(book(_dir(tmp_path) / "s.xlsx", "Survey", rows, merged=("B3:C3", "D3:E3")))
    assert "finance" not in registers(adoption)
    assert period_head("Score", "Q1 2026") is None
    assert period_head("Q1 2026 Notes") is None
    assert period_head("Q1 2026 - Actual") == "Q1 2026"
    assert period_head("Actual Q2 2026") == "Q2 2026"
    assert period_head("Budget", "Q3 FY26") == "Q3 FY26"


# --- 2. a glued measure over text months -------------------------------------------------------

_MONTHS = ["July 2025", "August 2025", "September 2025", "October 2025"]


def _down(tmp_path: Path, sep: str, month_head: str, title: bool = True) -> Path:
    heads = [f"{line}{sep}{m}" for line in ("Feed", "Labour") for m in ("Budget", "Actual")]
    rows: list[list[object]] = [["Farm cost tracker"], []] if title else []
    rows.append([month_head, *heads])
    for n, month in enumerate(_MONTHS):
        rows.append([month, 1000.0 + n, 900.0 + n, 2000.0 + n, 2100.0 + n])
    return book(tmp_path / "farm.xlsx", "Costs" if title else "Sheet1", rows)


@pytest.mark.parametrize(
    ("sep", "month_head", "title"),
    [("_", "", True), (" - ", "", True), ("_", "Month", False), (": ", "", True)],
)
def test_a_glued_measure_over_text_months_is_the_lines_measure(
    tmp_path: Path, sep: str, month_head: str, title: bool
) -> None:
    adoption = adopt(_down(tmp_path, sep, month_head, title))
    assert registers(adoption) == ["finance"]
    by = finance_by_line(adoption)
    assert {line for _, line in by} == {"Feed", "Labour"}
    assert len(by) == 8
    feed = by[(date(2025, 8, 1), "Feed")]
    assert (feed.budget, feed.actual) == (1001.0, 901.0)
    labour = by[(date(2025, 10, 1), "Labour")]
    assert (labour.budget, labour.actual) == (2003.0, 2103.0)


def test_a_glued_variance_beside_the_pair_is_left_out_not_a_line(tmp_path: Path) -> None:
    # `Feed_Variance` beside `Feed_Budget | Feed_Actual` is a figure of the line, not a line
    heads = [f"{line}_{m}" for line in ("Feed", "Labour") for m in ("Budget", "Actual", "Variance")]
    rows: list[list[object]] = [["Farm cost tracker"], [], ["", *heads]]
    for n, month in enumerate(_MONTHS):
        rows.append([month, 1000.0 + n, 900.0 + n, 100.0, 2000.0 + n, 2100.0 + n, -100.0])
    adoption = adopt(book(_dir(tmp_path) / "var.xlsx", "Costs", rows))
    by = finance_by_line(adoption)
    assert {line for _, line in by} == {"Feed", "Labour"}
    feed = by[(date(2025, 9, 1), "Feed")]
    assert (feed.budget, feed.actual, feed.forecast) == (1002.0, 902.0, None)


def test_a_lines_own_hyphen_is_no_measure_mark() -> None:
    # the near-misses: a line's own hyphen, a re-forecast, a measure with no mark
    assert marked_line_measure("Fit-out") is None
    assert marked_line_measure("Re-forecast") is None
    assert marked_line_measure("Licences actual") is None
    assert marked_line_measure("Feed_Budget") == ("Feed", "Budget")
    assert marked_line_measure("Budget: Feed") == ("Feed", "Budget")
    assert marked_line_measure("Feed (Actual)") == ("Feed", "Actual")


def test_lines_across_over_text_months_without_a_measure_stay_lines(tmp_path: Path) -> None:
    # the near-miss: `Fit-out | Feed-mill | Power` over text months are three lines, read
    # as written (a line's own hyphen is no measure's mark), each amount the title's budget
    rows: list[list[object]] = [["Farm budget 2025"], [], ["", "Fit-out", "Feed-mill", "Power"]]
    for n, month in enumerate(_MONTHS):
        rows.append([month, 100.0 + n, 200.0 + n, 300.0 + n])
    adoption = adopt(book(_dir(tmp_path) / "lines.xlsx", "Budget", rows))
    by = finance_by_line(adoption)
    assert {line for _, line in by} == {"Fit-out", "Feed-mill", "Power"}
    assert by[(date(2025, 9, 1), "Feed-mill")].budget == 202.0
