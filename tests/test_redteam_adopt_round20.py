"""Red team of round 20's adoption inferences (issue 15): workbooks a PMO really has where an
inference of round 20 must NOT fire or must give another answer, each beside the near case
where it must still fire. Every workbook is written here (no benchmark layout)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from adopt_sheets import adopt, book, field, only

from addin.adopt.amounts import parse_amount

_MONTHS = ["Apr 2026", "May 2026", "Jun 2026"]
_UNREAD = "nothing says whether the figures are days, FTE or hours"

# ---------------------------------------------------------------------------------------
# A plan's unit by its figures: only a person's days
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "title", ["Resource plan 2026", "Staffing plan 2026", "Resourcing - team size 2026"]
)
def test_a_plan_by_role_with_small_whole_figures_is_not_read_in_days(
    tmp_path: Path, title: str
) -> None:
    """Developer 4, 6, 8 by month: as readily four developers as four days, so no unit is
    inferred from the figures (round 20 read them as days)."""
    rows = [[title], ["Role", *_MONTHS], ["Developer", 4, 6, 8], ["Tester", 2, 2, 3]]
    adoption = adopt(book(tmp_path / "roles.xlsx", "Plan", rows))
    assert not adoption.project.resources
    assert any(_UNREAD in t.reason for t in adoption.report.tables)


def test_the_same_figures_by_person_are_still_days(tmp_path: Path) -> None:
    rows = [["Resource plan 2026"], ["Name", *_MONTHS], ["Ana Costa", 4, 6, 8]]
    rows.append(["Jon Berg", 2, 2.5, 3])
    adoption = adopt(book(tmp_path / "people.xlsx", "Plan", rows))
    table = only(adoption)
    assert table.register == "resources" and "in days as the figures show" in table.reason
    days = {(r.person, r.month): r.planned_days for r in adoption.project.resources}
    assert days[("Jon Berg", date(2026, 5, 1))] == 2.5


@pytest.mark.parametrize("title", ["Effort in story points", "Team velocity (pts) 2026"])
def test_story_points_by_person_are_never_days(tmp_path: Path, title: str) -> None:
    """13, 21, 8 (Fibonacci points) are whole and under a month's 23 working days."""
    rows = [[title], ["Name", *_MONTHS], ["Ana Costa", 13, 21, 8], ["Jon Berg", 5, 8, 13]]
    adoption = adopt(book(tmp_path / "points.xlsx", "Plan", rows))
    assert not adoption.project.resources


# ---------------------------------------------------------------------------------------
# A capital plan's title and a line naming its own kind
# ---------------------------------------------------------------------------------------


def test_a_line_naming_its_own_kind_keeps_it_under_a_capital_title(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Capital plan 2026/27 (£k)"], [], ["Line", "Apr-26", "May-26"]]
    rows[-1].append("Jun-26")
    rows.append(["Library roof", 120, 80, 40])
    rows.append(["Opex - licences", 30, 30, 30])
    rows.append(["Revenue costs (staff)", 12.5, 12.5, 12.5])
    rows.append(["Operations centre refit", 300, 0, 150])  # a building: capital, as titled
    adoption = adopt(book(tmp_path / "capital.xlsx", "Plan", rows))
    kinds = {row.cost_line: row.capex_opex for row in adoption.project.finance}
    assert kinds == {
        "Library roof": "CapEx",
        "Opex - licences": "OpEx",
        "Revenue costs (staff)": "OpEx",
        "Operations centre refit": "CapEx",
    }


# ---------------------------------------------------------------------------------------
# A three-word level column's middle
# ---------------------------------------------------------------------------------------


def _log(path: Path, header: str, words: list[str]) -> Path:
    rows: list[list[object]] = [["Defect log"], ["Ref", "Issue", "Owner", header, "Status"]]
    for i, word in enumerate(words):
        rows.append([f"D-{i + 1}", f"Defect number {i + 1}", "Ana Costa", word, "Open"])
    return book(path, "Issues", rows)


def test_a_word_below_low_is_not_the_middle(tmp_path: Path) -> None:
    """A defect's Cosmetic and a security finding's Informational sit below Low."""
    adoption = adopt(_log(tmp_path / "s.xlsx", "Severity", ["High", "Cosmetic", "Low"]))
    severity = field(adoption, "issues", "severity")
    assert severity[1] < severity[2] < severity[0]
    adoption = adopt(_log(tmp_path / "p.xlsx", "Priority", ["High", "Informational", "Low"]))
    assert field(adoption, "issues", "priority") == ["High", "Low", "Low"]


@pytest.mark.parametrize(
    ("words", "read"),
    [
        (["High", "Normal", "Low"], ["High", "Medium", "Low"]),  # the middle: still read
        (["High", "N/A", "Low"], ["High", None, "Low"]),  # a placeholder: no level
    ],
)
def test_the_middle_still_fires_where_it_should(
    tmp_path: Path, words: list[str], read: list[object]
) -> None:
    adoption = adopt(_log(tmp_path / "m.xlsx", "Priority", words))
    assert field(adoption, "issues", "priority") == read


# ---------------------------------------------------------------------------------------
# A bracketed negative with its currency after it
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("(12.500) €", -12500.0),  # round 20: a thousands group
        ("(0.750) USD", -0.75),  # no group starts with a zero: 0.75 to three decimals
        ("(0.500) €", -0.5),
    ],
)
def test_a_bracketed_amount_with_its_currency_after_it(text: str, amount: float) -> None:
    assert parse_amount(text) == amount


# ---------------------------------------------------------------------------------------
# Instruction rows: a real first item with allowed values in its title
# ---------------------------------------------------------------------------------------


def test_a_first_item_whose_title_holds_open_slash_closed_is_an_item(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Issue Log"], ["Ref", "Issue", "Owner", "Priority", "Status"]]
    title = "Fire door panel shows Open / Closed wrongly"
    rows.append(["I-01", title, "Ama Mensah", "High", "Open"])
    rows.append(["I-02", "VPN drops at night", "Jon Berg", "Low", "Open"])
    adoption = adopt(book(tmp_path / "i.xlsx", "Issues", rows))
    assert field(adoption, "issues", "title") == [title, "VPN drops at night"]


# ---------------------------------------------------------------------------------------
# A measure column's unknown word: a contingency is no forecast
# ---------------------------------------------------------------------------------------


def _measures(third: str) -> list[list[object]]:
    rows: list[list[object]] = [["Cost line", "Measure", "Jan 2026", "Feb 2026", "Mar 2026"]]
    for line in ["Design", "Build"]:
        rows.append([line, "Budget", 100, 100, 100])
        rows.append([line, "Actual", 90, 95, None])
        rows.append([line, third, 10, 10, 10])
    return rows


@pytest.mark.parametrize("third", ["Contingency", "Committed", "Risk reserve"])
def test_a_contingency_row_beside_budget_and_actual_is_not_the_forecast(
    tmp_path: Path, third: str
) -> None:
    """Round 20 read the third word, running to the last month, as the Forecast."""
    adoption = adopt(book(tmp_path / "m.xlsx", "Costs", _measures(third)))
    rows = {
        (r.cost_line, r.month): (r.budget, r.actual, r.forecast) for r in adoption.project.finance
    }
    assert rows[("Design", date(2026, 1, 1))] == (100, 90, None)
    assert rows[("Build", date(2026, 3, 1))] == (100, None, None)
    skipped = [i.reason for t in adoption.report.tables for i in t.skipped_rows]
    assert sum("no budget, actual or forecast" in why for why in skipped) == 2


def test_an_unknown_third_word_that_runs_on_is_still_the_forecast(tmp_path: Path) -> None:
    adoption = adopt(book(tmp_path / "f.xlsx", "Costs", _measures("Latest view")))
    rows = {(r.cost_line, r.month): r.forecast for r in adoption.project.finance}
    assert rows[("Design", date(2026, 3, 1))] == 10


# ---------------------------------------------------------------------------------------
# Roman numerals with their year: quarters and semesters are no months
# ---------------------------------------------------------------------------------------


def _roman_plan(title: str, labels: list[str]) -> list[list[object]]:
    rows: list[list[object]] = [[title], ["Cost line", *labels]]
    rows.append(["Civil works", *[120000 - 10000 * i for i in range(len(labels))]])
    rows.append(["Equipment", *[30000 + 5000 * i for i in range(len(labels))]])
    return rows


@pytest.mark.parametrize(
    ("title", "labels"),
    [
        ("Budget 2026 by quarter (EUR)", ["I 2026", "II 2026", "III 2026", "IV 2026"]),
        ("Presupuesto 2026-2027 (S/)", ["2026-I", "2026-II", "2027-I", "2027-II"]),  # semesters
        ("Plan wydatków 2026 - kwartały", ["I 2026", "II 2026", "III 2026"]),
    ],
)
def test_roman_quarters_and_semesters_are_not_months(
    tmp_path: Path, title: str, labels: list[str]
) -> None:
    adoption = adopt(book(tmp_path / "q.xlsx", "Plan", _roman_plan(title, labels)))
    assert not adoption.project.finance  # round 20 read them as January, February...
    notes = [n for t in adoption.report.tables for n in t.notes]
    assert any("read as quarters or halves of a year, not months" in n for n in notes)


@pytest.mark.parametrize(
    "labels",
    [
        ["I 2026", "II 2026", "III 2026", "IV 2026"],  # four months of a Czech plan
        ["XI 2025", "XII 2025", "I 2026", "II 2026"],  # across the year's end
    ],
)
def test_roman_months_are_still_months(tmp_path: Path, labels: list[str]) -> None:
    adoption = adopt(book(tmp_path / "m.xlsx", "Plan", _roman_plan("Harmonogram (Kč)", labels)))
    months = sorted({r.month for r in adoption.project.finance})
    assert len(months) == 4 and months[-1].month in (2, 4)
