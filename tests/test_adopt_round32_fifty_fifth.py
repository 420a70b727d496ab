"""Round 32's last hour of issue 15 (task t34d): the fifty-fifth batch's misses (sparse and
early-life workbooks), by general rules. Each rule tried on small workbooks written for
these tests (none is a benchmark layout), with near-misses that must not fire:

1. **a spend log laid out for the year ahead**: the months written down the Month column
   before any amount (``May 2026`` .. ``Dec 2026`` alone on their rows, filled as each
   month closes) are the log's rows, not label lines under it; the log is judged on its
   months up to the last one filled, so one or two months of actuals read as cost lines
   across. Months that do not follow one another stay outside the table, and a line
   filled on fewer than half the closed months is still no line;
2. **a dash in a line's month** (``-``, ``nil``) says nothing spent there: no amount, no
   finance row, and the line is still a cost line;
3. **a month written ahead alone in a long log** (``Month | Cost line | Budget | Actual``
   with ``Jun 2026`` .. alone below the filled months) is no finance line: listed, not an
   empty row; a month with its line and no amount yet is left to the earlier rules;
4. **a filler where an item's name goes** (``xxx``, ``XXXX``, ``...``, ``___``) is the
   template's placeholder row; a real item that merely starts with ``Sample``, ``Example``
   or ``TBC`` stays an item, and so does a filler beside a date somebody wrote;
5. **a register's row holding a date alone** (no item text, no ID: dates written ahead
   down a log) is no item; a date beside an owner or an ID stays one;
6. **a one-word summary** (``Mobilising.``, ``Delayed``, ``Started``) beside a summary
   label is the week's summary, as a reluctant PM writes it; a colour, an answer, a
   placeholder or a number beside it is none.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from adopt_sheets import adopt, book, finance_by_line, only, registers

# --- 1. a spend log laid out for the year ahead -------------------------------------------


def _log(months: list[object], filled: list[list[object]], lines: list[str]) -> list[list[object]]:
    rows: list[list[object]] = []
    for n, month in enumerate(months):
        rows.append([month, *(filled[n] if n < len(filled) else [])])
    return [["Month", *lines], *rows]


def test_months_laid_ahead_are_the_logs_rows(tmp_path: Path) -> None:
    months = [f"{date(2026, m, 1):%b %Y}" for m in range(3, 11)]
    rows = _log(months, [[5375, 120, 7250], [9750, 8500, 3250]], ["Labels", "Racks", "Hire"])
    adoption = adopt(book(tmp_path / "spend.xlsx", "Spend", [["Actual spend (NZD)"], [], *rows]))
    table = only(adoption)
    assert table.register == "finance"
    assert table.ref.endswith(":D11")  # the months to come are the log's rows
    got = {k: f.actual for k, f in finance_by_line(adoption).items()}
    assert got[(date(2026, 3, 1), "Labels")] == 5375
    assert got[(date(2026, 4, 1), "Hire")] == 3250
    assert len(got) == 6
    assert "outside every table" not in "\n".join(adoption.report.lines(limit=100))


def test_one_month_of_actuals_from_column_b_with_date_cells(tmp_path: Path) -> None:
    # other words, other place: date cells from column B, one month filled, a Total column
    months = [datetime(2026, m, 1) for m in range(4, 13)]
    body = [[None, m, *([2500, 400, 2900] if n == 0 else [])] for n, m in enumerate(months)]
    rows = [["Monthly costs - actuals"], [], [None, "Period", "Catering", "Venue hire", "Total"]]
    adoption = adopt(book(tmp_path / "costs.xlsx", "Costs", [*rows, *body]))
    got = {k: f.actual for k, f in finance_by_line(adoption).items()}
    assert got == {(date(2026, 4, 1), "Catering"): 2500, (date(2026, 4, 1), "Venue hire"): 400}


def test_months_that_do_not_follow_stay_outside_the_table(tmp_path: Path) -> None:
    # near-miss: a lone month under the log that skips a month is no month laid ahead
    rows = _log(
        ["Jan 2026", "Feb 2026", "Mar 2026", "Jun 2026", "Sep 2026", "Dec 2026"],
        [[100, 200, 300], [110, 210, 310], [120, 220, 320]],
        ["Travel", "Licences", "Hosting"],
    )
    adoption = adopt(book(tmp_path / "spend.xlsx", "Actuals", rows))
    table = only(adoption)
    assert table.ref.endswith(":D4")
    assert len(adoption.project.finance) == 9


def test_a_line_filled_on_few_closed_months_is_still_no_line(tmp_path: Path) -> None:
    # near-miss: the half rule still holds on the months closed (a remark column)
    months = [f"{date(2026, m, 1):%b %Y}" for m in range(1, 9)]
    filled: list[list[object]] = [[100, 200, None], [110, 210, None], [120, 220, None]]
    filled += [[130, 230, 99]]
    rows = _log(months, filled, ["Travel", "Licences", "Adjustments"])
    adoption = adopt(book(tmp_path / "spend.xlsx", "Actuals", rows))
    lines = {f.cost_line for f in adoption.project.finance}
    assert lines == {"Travel", "Licences"}


# --- 2. a dash in a line's month ----------------------------------------------------------


@pytest.mark.parametrize("dash", ["-", "nil", "–"])
def test_a_dash_is_nothing_spent_and_the_line_stays(tmp_path: Path, dash: str) -> None:
    rows = _log(
        ["Jul 2026", "Aug 2026", "Sep 2026", "Oct 2026"],
        [[1200, dash, 300], [dash, 640, 310], [900, 650, dash]],
        ["Steel", "Cladding", "Scaffold"],
    )
    adoption = adopt(book(tmp_path / "spend.xlsx", "Spend log", [["Actual spend"], [], *rows]))
    got = {k: f.actual for k, f in finance_by_line(adoption).items()}
    assert {line for _, line in got} == {"Steel", "Cladding", "Scaffold"}
    assert len(got) == 6
    assert (date(2026, 7, 1), "Cladding") not in got
    assert adoption.report.unconverted_count == 0


def test_words_in_a_column_are_no_line(tmp_path: Path) -> None:
    # near-miss: a column of remarks beside the lines is no cost line
    rows = _log(
        ["Jul 2026", "Aug 2026", "Sep 2026"],
        [[1200, 300, "late invoice"], [1300, 310, "paid"], [900, 320, "on hold"]],
        ["Steel", "Scaffold", "Comments"],
    )
    adoption = adopt(book(tmp_path / "spend.xlsx", "Spend", [["Actual spend"], [], *rows]))
    assert {f.cost_line for f in adoption.project.finance} == {"Steel", "Scaffold"}


# --- 3. a month written ahead alone in a long log ----------------------------------------


def test_a_month_alone_in_a_long_log_is_no_line(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Project costs"], [], ["Month", "Cost line", "Budget", "Actual"]]
    rows += [["Apr 2026", "Design", 1000, 900], ["May 2026", "Design", 1000, 1100]]
    rows += [[f"{date(2026, m, 1):%b %Y}"] for m in range(6, 10)]
    adoption = adopt(book(tmp_path / "costs.xlsx", "Finance", rows))
    assert [(f.month, f.actual) for f in adoption.project.finance] == [
        (date(2026, 4, 1), 900),
        (date(2026, 5, 1), 1100),
    ]
    skipped = only(adoption).skipped_rows
    assert [s.row for s in skipped] == [6, 7, 8, 9]
    assert all("written ahead" in s.reason for s in skipped)


def test_a_month_with_its_line_and_no_amount_is_left_as_before(tmp_path: Path) -> None:
    # near-miss: a month and a line (a budget line not yet costed) is not a month alone
    rows: list[list[object]] = [["Project costs"], [], ["Month", "Cost line", "Budget", "Actual"]]
    rows += [["Apr 2026", "Design", 1000, 900], ["May 2026", "Design", 1000, 1100]]
    rows += [["Jun 2026", "Build", 5000, None]]
    adoption = adopt(book(tmp_path / "costs.xlsx", "Finance", rows))
    assert (date(2026, 6, 1), "Build") in finance_by_line(adoption)


# --- 4. a filler where an item's name goes ------------------------------------------------

_RISK_HEAD = ["ID", "Risk description", "Owner", "Probability", "Impact", "Status"]


@pytest.mark.parametrize("filler", ["xxx", "XXXX", "...", "___", "x x x"])
def test_a_filler_title_is_the_templates_row(tmp_path: Path, filler: str) -> None:
    rows: list[list[object]] = [["Risk Register"], [], _RISK_HEAD]
    rows += [["R-001", "Sample testing fails in the council lab", "Ana", 3, 4, "Open"]]
    rows += [["R-002", "Example tiles arrive late from the supplier", "Ben", 2, 3, "Open"]]
    rows += [["R-003", "TBC whether the council grants the licence", "Ana", 2, 2, "Open"]]
    rows += [["R-004", filler, None, None, None, "Open"], ["R-005", filler]]
    adoption = adopt(book(tmp_path / "risks.xlsx", "Risks", rows))
    assert [r.id for r in adoption.project.risks] == ["R-001", "R-002", "R-003"]
    assert [s.row for s in only(adoption).skipped_rows] == [7, 8]


def test_a_filler_beside_a_written_date_stays_an_item(tmp_path: Path) -> None:
    # near-miss: a date somebody wrote says the row is in use, whatever its name
    head = ["Milestone", "Owner", "Target date", "Status"]
    rows: list[list[object]] = [["Milestones"], [], head]
    rows += [["Design signed off", "Ana", datetime(2026, 5, 6), "Complete"]]
    rows += [["Steel delivered", "Ben", datetime(2026, 7, 16), "Not started"]]
    rows += [["xxx", None, datetime(2026, 9, 1), None]]
    adoption = adopt(book(tmp_path / "plan.xlsx", "Plan", rows))
    assert len(adoption.project.milestones) == 3


# --- 5. a register's row holding a date alone -------------------------------------------


def test_dates_alone_down_an_issue_log_are_no_issues(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Issue log"], [], ["Date raised", "Issue", "Owner", "Status"]]
    rows += [[datetime(2026, 4, 1), "Roof leak", "Ana", "Open"]]
    rows += [[datetime(2026, 5, 1), "Compressor noise", "Ben", "Open"]]
    rows += [[datetime(2026, m, 1)] for m in (6, 7, 8)]
    adoption = adopt(book(tmp_path / "issues.xlsx", "Issues", rows))
    assert [i.title for i in adoption.project.issues] == ["Roof leak", "Compressor noise"]


def test_a_date_alone_in_a_later_column_of_a_risk_log(tmp_path: Path) -> None:
    head = ["Ref", "Risk", "Owner", "Score", "Review date"]
    rows: list[list[object]] = [head, ["R1", "Crane hire slips", "Ana", 12, datetime(2026, 6, 1)]]
    rows += [["R2", "Asbestos in plant room", "Ben", 9, datetime(2026, 6, 8)]]
    rows += [[None, None, None, None, datetime(2026, 6, 15)]]
    adoption = adopt(book(tmp_path / "risks.xlsx", "Risk log", rows))
    assert [r.title for r in adoption.project.risks] == [
        "Crane hire slips",
        "Asbestos in plant room",
    ]


def test_a_date_beside_an_owner_or_an_id_stays_an_item(tmp_path: Path) -> None:
    # near-miss: somebody wrote more than the date: the row is in use
    rows: list[list[object]] = [["Issue log"], [], ["ID", "Date raised", "Issue", "Owner"]]
    rows += [["I-1", datetime(2026, 4, 1), "Roof leak", "Ana"]]
    rows += [["I-2", datetime(2026, 5, 1), "Compressor noise", "Ben"]]
    rows += [[None, datetime(2026, 6, 1), None, "Cy"], ["I-4", datetime(2026, 6, 2)]]
    adoption = adopt(book(tmp_path / "issues.xlsx", "Issues", rows))
    assert len(adoption.project.issues) == 4


# --- 6. a one-word summary ----------------------------------------------------------------

_MILESTONES: list[list[object]] = [
    ["Milestone", "Planned", "Status"],
    ["Design signed off", datetime(2026, 5, 6), "Done"],
    ["Steel delivered", datetime(2026, 7, 16), "Not started"],
]


def _report(path: Path, label: str, value: object) -> Path:
    rows: list[list[object]] = [["Project name", "Harbour Abseil Tower"], [label, value], []]
    return book(path, "Status", [*rows, *_MILESTONES])


@pytest.mark.parametrize(
    ("label", "word"),
    [("Summary", "Mobilising."), ("Status summary", "Delayed"), ("Progress summary", "Started")],
)
def test_a_one_word_summary_is_the_weeks_summary(tmp_path: Path, label: str, word: str) -> None:
    adoption = adopt(_report(tmp_path / "status.xlsx", label, word))
    assert adoption.project.header.status_summary == word
    assert registers(adoption) == ["milestones"]


@pytest.mark.parametrize("value", ["Green", "Amber", "Yes", "TBC", "N/A", 12400, "Q3", "R-01"])
def test_a_colour_answer_or_number_is_no_summary(tmp_path: Path, value: object) -> None:
    adoption = adopt(_report(tmp_path / "status.xlsx", "Summary", value))
    assert adoption.project.header.status_summary is None
