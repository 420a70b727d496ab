"""Red team of round 21 (issue 15): round 21's inferences attacked with workbooks a PMO
really keeps, where the inference must NOT fire, beside the near case where it must."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from adopt_sheets import adopt, book, only, targets

from addin.adopt.units import header_unit

# ---------------------------------------------------------------------------------------
# A figure after a comparison is a threshold, not the amounts' multiple
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Explain every variance over 1000 EUR",
        "Grants up to 1 000 000 NOK need board approval",
        "Petty cash (max. 1000 kr)",
        "Purchases > 1000 € need two quotes",
        "Beträge über 1000 EUR freigeben",
        "Items over 10000 kr",
        "Grant 1000 EUR per participant",  # a rate's base
        "Cost per 1000 EUR",
        "Depot upgrade - cost centre (1000)",  # a code in brackets
        "Account (1000)",
        "Cost in 1000 days",  # 1000 of something else
    ],
)
def test_a_figure_after_a_comparison_is_no_unit(text: str) -> None:
    assert header_unit(text) is None


@pytest.mark.parametrize(
    ("text", "factor"),
    [
        ("Beløp i 1000 kr", 1e3),
        ("Amounts in 1 000 EUR", 1e3),
        ("Cost (£000) over budget", 1e3),  # the comparison follows the unit: still a unit
        ("Limits over 1000 EUR; amounts (1000 NOK)", 1e3),  # the stated multiple is read
        ("Cost plan (1000)", 1e3),  # a bracketed 1000 after no code's label
        ("Figures in 1000", 1e3),
        ("Rate (£k per month)", 1e3),  # a unit written as a sign keeps its reading
    ],
)
def test_a_multiple_with_no_comparison_before_it_is_still_the_unit(
    text: str, factor: float
) -> None:
    read = header_unit(text)
    assert read is not None and read[0] == factor


def _grants(path: Path, note: str) -> Path:
    rows: list[list[object]] = [["Community grants 2026 - spend"], [note], []]
    rows.append(["Grant", "Jan 2026", "Feb 2026", "Mar 2026"])
    rows.append(["Youth club", 52000, 48000, 51000])
    rows.append(["Library", 120000, 115000, 130500])
    return book(path, "Grants", rows)


def test_an_approval_threshold_in_the_title_does_not_scale_the_amounts(tmp_path: Path) -> None:
    adoption = adopt(_grants(tmp_path / "g.xlsx", "Grants up to 1 000 000 NOK need approval"))
    amounts = sorted(i.actual or i.budget or 0 for i in adoption.project.finance)
    assert amounts[-1] == 130500.0  # as written: neither millions nor thousands
    assert not any("amount_units" in n for n in only(adoption).notes)


def test_a_stated_multiple_in_the_title_still_scales_them(tmp_path: Path) -> None:
    adoption = adopt(_grants(tmp_path / "m.xlsx", "Beløp i 1000 kr"))
    amounts = sorted(i.actual or i.budget or 0 for i in adoption.project.finance)
    assert amounts[-1] == 130500.0 * 1000


# ---------------------------------------------------------------------------------------
# ACT / BUD are measures only as a marker over a month
# ---------------------------------------------------------------------------------------


def _by_state(path: Path, heading: str | None) -> Path:
    rows: list[list[object]] = [["National rollout - budget by state"], [heading], []]
    rows.append(["State", "Jan 2026", "Feb 2026", "Mar 2026"])
    for k, state in enumerate(["NSW", "VIC", "ACT", "TAS"]):
        rows.append([state, 100.0 + 7 * k, 111.0 + 7 * k, 125.0 + 7 * k])
    return book(path, "Budget", rows)


def test_act_as_a_territory_among_the_lines_is_a_line(tmp_path: Path) -> None:
    adoption = adopt(_by_state(tmp_path / "s.xlsx", None))
    act = [i for i in adoption.project.finance if i.cost_line == "ACT"]
    assert len(act) == 3
    # the table's measure (Budget, as its title says), like every other state's
    assert {(i.budget is not None, i.actual) for i in act} == {(True, None)}


def test_act_as_a_blocks_heading_names_no_measure(tmp_path: Path) -> None:
    adoption = adopt(_by_state(tmp_path / "h.xlsx", "ACT"))
    assert {i.actual for i in adoption.project.finance} == {None}
    assert not any("names its measure" in n for n in only(adoption).notes)


def test_act_over_months_among_places_is_no_marker(tmp_path: Path) -> None:
    # a rollout plan: NSW over January to March, ACT (the territory) over April to June
    months = [date(2026, m, 1) for m in range(1, 7)]
    rows: list[list[object]] = [["Rollout budget 2026"]]
    rows.append([None, "NSW", None, None, "ACT", None, None])
    rows.append(["Cost line", *months])
    rows += [["Fit-out", *[10.0 + k for k in range(6)]], ["Staff", *[5.0 + k for k in range(6)]]]
    adoption = adopt(book(tmp_path / "r.xlsx", "Rollout", rows))
    assert {i.actual for i in adoption.project.finance} == {None}
    april = [i for i in adoption.project.finance if i.month.month == 4 and i.cost_line == "Staff"]
    assert [i.budget for i in april] == [8.0]


def test_an_act_marker_over_each_month_is_still_its_measure(tmp_path: Path) -> None:
    # the near case: a planning tool's ACT | ACT | FCST | FCST row over the months, and no
    # money word anywhere (the markers alone name the tracker, as round 21 read them)
    rows: list[list[object]] = [["Depot - outturn"], [None, "ACT", "ACT", "FCST", "FCST"]]
    rows.append(["Account", *[date(2026, m, 1) for m in (7, 8, 9, 10)]])
    rows += [["Roof", 10.0, 20.0, 30.0, 40.0], ["Yard", 5.0, 6.0, 7.0, 8.0]]
    adoption = adopt(book(tmp_path / "m.xlsx", "Outturn", rows))
    read = {(i.month.month, i.cost_line): (i.actual, i.forecast) for i in adoption.project.finance}
    assert read[(8, "Roof")] == (20.0, None)
    assert read[(9, "Yard")] == (None, 7.0)


# ---------------------------------------------------------------------------------------
# Plan / Actual groups over columns that count hours or progress name no finance tracker
# ---------------------------------------------------------------------------------------


def _groups_over(path: Path, groups: tuple[str, str], lines: list[str], title: str) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Profile"
    ws["A1"] = title
    n = len(lines)
    for g, text in enumerate(groups):
        ws.cell(3, 2 + g * n, text)
        ws.merge_cells(start_row=3, start_column=2 + g * n, end_row=3, end_column=1 + (g + 1) * n)
    for c, text in enumerate(["Month", *lines, *lines], start=1):
        ws.cell(4, c, text)
    for m in range(5):
        ws.cell(5 + m, 1, date(2026, 4 + m, 1))
        for k in range(n):
            ws.cell(5 + m, 2 + k, 37.5 + k)
            if m < 2:
                ws.cell(5 + m, 2 + n + k, 30.0 + k)
    wb.save(path)
    return path


_PEOPLE = ["Ann Byrne", "Tom Walsh", "Mia Chen"]


@pytest.mark.parametrize(
    ("groups", "title"),
    [
        (("Planned hours", "Actual hours"), "Team effort by month"),
        (("Planned", "Actual"), "Team effort by month (hours)"),
        (("Planned", "Actual"), "House build - % complete by month"),
    ],
)
def test_measure_groups_counting_hours_or_progress_name_no_tracker(
    tmp_path: Path, groups: tuple[str, str], title: str
) -> None:
    adoption = adopt(_groups_over(tmp_path / "h.xlsx", groups, _PEOPLE, title))
    assert adoption.project.finance == []  # hours are no amounts
    assert [t.register for t in adoption.report.tables] == [None]  # listed, with a reason


def test_measure_groups_over_staff_cost_lines_are_still_a_tracker(tmp_path: Path) -> None:
    # near case: "staff" is an effort word, but the title says costs: money
    lines = ["Staff costs", "Travel", "Venue"]
    adoption = adopt(_groups_over(tmp_path / "c.xlsx", ("Plan", "Spent"), lines, "Staff costs"))
    assert only(adoption).register == "finance"
    assert len(adoption.project.finance) == 15


# ---------------------------------------------------------------------------------------
# A lone instruction is a verb in the imperative; a first item opening with the same word
# ---------------------------------------------------------------------------------------


_RISK_HEADER = ["Risk", "Owner", "Impact", "Status", "Due date"]
_RISKS = [
    ["Supplier insolvency", "J. Smith", "High", "Open", date(2026, 5, 1)],
    ["Permit delay", "A. Jones", "Medium", "Open", date(2026, 6, 1)],
]


def _risks(path: Path, first: str) -> Path:
    return book(path, "Risks", [["Site move - risks"], [], _RISK_HEADER, [first], *_RISKS])


@pytest.mark.parametrize(
    "text",
    [
        "When the lease ends the Owner may reclaim the site",  # a condition, no instruction
        "List price rises may exceed the Impact allowance",  # "List" as a noun
        "State grant may lapse if the Status report is late",  # "State" as a noun
    ],
)
def test_a_sentence_that_is_no_imperative_is_not_called_guidance(tmp_path: Path, text: str) -> None:
    skipped = {s.row: s.reason for s in only(adopt(_risks(tmp_path / "r.xlsx", text))).skipped_rows}
    assert "guidance" not in skipped.get(4, "")


def test_an_imperative_naming_another_column_is_still_guidance(tmp_path: Path) -> None:
    text = "Describe the risk; Impact is High, Medium or Low"
    table = only(adopt(_risks(tmp_path / "g.xlsx", text)))
    assert "guidance" in {s.row: s.reason for s in table.skipped_rows}[4]


# ---------------------------------------------------------------------------------------
# A spacer column joins only a register's identity columns (number, date) to it
# ---------------------------------------------------------------------------------------


def _beside(path: Path, left: tuple[str, str], values: list[tuple[object, object]]) -> Path:
    rows: list[list[object]] = [[*left, None, "Issue", "Raised", "Due", "Status", "Priority"]]
    issues = [
        ("Venue double-booked", date(2026, 3, 1), "Open", "High"),
        ("Invitations late", date(2026, 3, 8), "Open", "Low"),
        ("Caterer cancelled", date(2026, 3, 15), "Closed", "High"),
    ]
    for (a, b), (title, due, status, priority) in zip(values, issues, strict=True):
        rows.append([a, b, None, title, date(2026, 2, 1), due, status, priority])
    return book(path, "Issues", rows)


def test_a_team_list_left_of_a_register_is_no_part_of_it(tmp_path: Path) -> None:
    team = [("Ann Byrne", "Sponsor"), ("Tom Walsh", "PM"), ("Mia Chen", "Analyst")]
    adoption = adopt(_beside(tmp_path / "t.xlsx", ("Name", "Role"), team))
    issues = [t for t in adoption.report.tables if t.adopted and "Issue" in targets(t)]
    assert len(issues) == 1 and targets(issues[0])["Issue"] == "title"
    titles = [i.title for i in adoption.project.issues]
    assert "Venue double-booked" in titles and "Caterer cancelled" in titles


def test_a_number_and_date_left_of_a_register_are_still_its_columns(tmp_path: Path) -> None:
    numbered = [(1, date(2026, 1, 5)), (2, date(2026, 1, 12)), (3, date(2026, 1, 19))]
    table = only(adopt(_beside(tmp_path / "n.xlsx", ("No.", "Logged"), numbered)))
    assert table.ref.startswith("A")
    assert targets(table)["Issue"] == "title"
