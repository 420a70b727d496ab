"""Round 22 of issue 15: a register's kind told by what its table holds, and the rows and
units a PMO analyst reads without a word for them. Every shape was written for these tests
(no batch layout); each rule has a near miss that must NOT fire.

1. A list of items each raised (added), due and closed, with an owner and no priority, is
   an issue log (its items' life), and a plan's milestones are never raised.
2. A table whose header words no vocabulary holds is a milestone plan by its values: item
   texts, two dates on every row (the first in date order) and a third on the first rows
   only (what is done came first), at most one short vocabulary, no issue's words.
3. A row whose label ENDS with "total" (``Month total``) totals the rows: no cost line.
4. Person-days written ``MD`` / ``PD`` say a plan's effort, as ``days`` does.
5. Slavic "date of entry" headers are the raised date; a time-related risk category
   (``Časovno``, ``Vremenski``) is Schedule.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import openpyxl
from adopt_sheets import adopt as _adopt
from adopt_sheets import book as _book
from adopt_sheets import field as _field
from adopt_sheets import only as _only
from adopt_sheets import targets as _targets

from addin.adopt.signatures import FOUND_BY_FIELDS
from addin.adopt.unread_headers import FOUND_BY_VALUES

PEOPLE = ["Aoife Byrne", "Tom Walsh", "Grace Lee", "Dev Patel", "Tom Walsh"]
POINTS = [
    "Badge readers at the depot reject visitor cards",
    "Payroll interface drops overtime codes",
    "Fire door sensors report false alarms",
    "Printer driver missing on the new laptops",
    "Wi-Fi drops in the north stand",
]
ADDED = [date(2026, 3, 2), date(2026, 3, 5), date(2026, 3, 9), date(2026, 3, 16), date(2026, 3, 20)]
DUE = [d + timedelta(days=14) for d in ADDED]
CLOSED = [date(2026, 3, 10), None, date(2026, 3, 20), None, None]


def _rows(header: list[str], *columns: list[object]) -> list[list[object]]:
    return [header] + [list(row) for row in zip(*columns, strict=True)]


def _adopted(adoption: object) -> list[str | None]:
    return [t.register for t in adoption.report.adopted_tables]  # type: ignore[attr-defined]


# --- 1. an issue log told by its items' life ------------------------------------------------


def test_open_points_added_due_and_closed_are_an_issue_log(tmp_path: Path) -> None:
    rows = _rows(
        ["Open point", "Responsible", "Logged", "Due", "Closed on"],
        POINTS,
        PEOPLE,
        ADDED,
        DUE,
        CLOSED,
    )
    adoption = _adopt(_book(tmp_path / "points.xlsx", "Points", rows))
    table = _only(adoption)
    assert table.register == "issues"
    assert FOUND_BY_FIELDS in table.reason and "raised, due and closed" in table.reason
    assert _targets(table) == {
        "Open point": "title",
        "Responsible": "owner",
        "Logged": "raised_date",
        "Due": "due_date",
        "Closed on": "closed_date",
    }
    assert _field(adoption, "issues", "title") == POINTS
    assert _field(adoption, "issues", "raised_date") == ADDED
    assert _field(adoption, "issues", "due_date") == DUE
    assert _field(adoption, "issues", "closed_date") == CLOSED


def test_raised_and_due_without_a_closed_date_still_name_nothing(tmp_path: Path) -> None:
    """Round 13's rule stands: a tracker's raised and due dates alone are no issue log."""
    rows = _rows(["Open point", "Responsible", "Logged", "Due"], POINTS, PEOPLE, ADDED, DUE)
    adoption = _adopt(_book(tmp_path / "points.xlsx", "Points", rows))
    assert _adopted(adoption) == []


def test_closed_before_it_was_raised_is_no_issue_life(tmp_path: Path) -> None:
    early = [date(2026, 2, 1), None, date(2026, 2, 3), None, None]
    rows = _rows(
        ["Open point", "Responsible", "Logged", "Due", "Closed on"],
        POINTS,
        PEOPLE,
        ADDED,
        DUE,
        early,
    )
    adoption = _adopt(_book(tmp_path / "points.xlsx", "Points", rows))
    assert "issues" not in _adopted(adoption)


def test_a_plan_of_planned_and_achieved_dates_without_raised_dates_is_still_milestones(
    tmp_path: Path,
) -> None:
    steps = ["Design signed off", "Pilot site live", "All sites live", "Old system off"]
    planned = [date(2026, 4, 1), date(2026, 5, 15), date(2026, 7, 1), date(2026, 9, 1)]
    achieved = [date(2026, 4, 3), date(2026, 5, 20), None, None]
    rows = _rows(
        ["Step", "Responsible", "Planned", "Achieved"], steps, PEOPLE[:4], planned, achieved
    )
    adoption = _adopt(_book(tmp_path / "plan.xlsx", "Plan", rows))
    table = _only(adoption)
    assert table.register == "milestones"
    assert _field(adoption, "milestones", "actual_date") == achieved


# --- 2. a milestone plan by its values ------------------------------------------------------

# Māori headers, a language languages.toml does not hold: milestone, steward, planned,
# forecast and actual date, state
MI_HEADER = ["Tohu", "Kaitiaki", "Rā whakarite", "Rā matapae", "Rā tūturu", "Tūnga"]
MI_NAMES = [
    "Kua hainatia te kirimana hou",
    "Kua rite te hoahoa pūnaha",
    "Kua tukuna te putanga whakamātau",
    "Kua oti te whakangungu kaimahi",
    "Kua whakakorehia te pūnaha tawhito",
]
MI_PEOPLE = ["Aroha Ngata", "Wiremu Parata", "Mere Tane", "Aroha Ngata", "Hemi Walker"]
PLANNED = [date(2026, 1, 15), date(2026, 2, 20), date(2026, 4, 1), date(2026, 5, 10)]
PLANNED += [date(2026, 6, 30)]
FORECAST = [PLANNED[0], PLANNED[1] + timedelta(days=10), PLANNED[2] + timedelta(days=21)]
FORECAST += [PLANNED[3] + timedelta(days=21), PLANNED[4]]
ACTUAL = [PLANNED[0] - timedelta(days=2), FORECAST[1], None, None, None]
MI_STATES = ["Kua oti", "Kua oti", "Kua tōmuri", "Kei te haere", "Kei te haere"]


def _plan(actual: list[object], states: list[object], *more: list[object]) -> list[list[object]]:
    extra = [f"Rārangi {n}" for n in range(len(more))]
    return _rows(MI_HEADER + extra, MI_NAMES, MI_PEOPLE, PLANNED, FORECAST, actual, states, *more)


def test_a_plan_in_unread_words_is_read_by_its_dates(tmp_path: Path) -> None:
    adoption = _adopt(_book(tmp_path / "mahere.xlsx", "Mahere", _plan(ACTUAL, MI_STATES)))
    table = _only(adoption)
    assert table.register == "milestones"
    assert FOUND_BY_VALUES in table.reason
    assert table.confidence < 0.7  # checked, not sure
    assert _targets(table) == {
        "Tohu": "milestone",
        "Kaitiaki": "owner",
        "Rā whakarite": "baseline_date",
        "Rā matapae": "forecast_date",
        "Rā tūturu": "actual_date",
        "Tūnga": "status",
    }
    assert _field(adoption, "milestones", "milestone") == MI_NAMES
    assert _field(adoption, "milestones", "baseline_date") == PLANNED
    assert _field(adoption, "milestones", "forecast_date") == FORECAST
    assert _field(adoption, "milestones", "actual_date") == ACTUAL


def test_closed_dates_scattered_down_the_rows_are_no_plan(tmp_path: Path) -> None:
    """A log's items close in any order: a third date on rows 2 and 4 is no plan's actual."""
    scattered = [None, FORECAST[1], None, FORECAST[3], None]
    adoption = _adopt(_book(tmp_path / "mahere.xlsx", "Mahere", _plan(scattered, MI_STATES)))
    assert "milestones" not in _adopted(adoption)


def test_an_issues_status_words_are_no_plan(tmp_path: Path) -> None:
    states = ["Closed", "Resolved", "Open", "Open", "Open"]
    adoption = _adopt(_book(tmp_path / "mahere.xlsx", "Mahere", _plan(ACTUAL, states)))
    assert "milestones" not in _adopted(adoption)


def test_a_second_vocabulary_beside_the_status_is_no_plan(tmp_path: Path) -> None:
    """A severity or priority beside the status is an issue log's, never a plan's."""
    levels = ["Nui", "Iti", "Nui", "Waenga", "Iti"]
    adoption = _adopt(_book(tmp_path / "mahere.xlsx", "Mahere", _plan(ACTUAL, MI_STATES, levels)))
    assert "milestones" not in _adopted(adoption)


# --- 3. a label ending with "total" ----------------------------------------------------------


def _ledger(path: Path, total_label: str) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Costs"
    ws.append(["Month", "Cost line", "Budget", "Actual"])
    for month in ("Jan-26", "Feb-26"):
        ws.append([month, "Contractors", 12000, 11000])
        ws.append([month, "Licences", 3000, 3000])
        ws.append([None, total_label, 15000, 14000])
    wb.save(path)
    return path


def test_a_row_labelled_month_total_is_no_cost_line(tmp_path: Path) -> None:
    adoption = _adopt(_ledger(tmp_path / "ledger.xlsx", "Month total"))
    table = _only(adoption)
    assert table.register == "finance"
    assert table.items == {"finance": 4}
    assert sorted(set(_field(adoption, "finance", "cost_line"))) == ["Contractors", "Licences"]
    assert sum(1 for s in table.skipped_rows if "total" in s.reason) == 2


def test_total_inside_a_label_is_still_a_line(tmp_path: Path) -> None:
    """Only a label that ends with the word (or starts with it) totals the rows."""
    adoption = _adopt(_ledger(tmp_path / "ledger.xlsx", "Audit of total spend by vendor"))
    table = _only(adoption)
    assert table.items == {"finance": 6}


# --- 4. person-days written MD -----------------------------------------------------------------


def _capacity(path: Path, title: str, total_header: str) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Plan"
    ws["A1"] = title
    ws.append([])
    ws.append(["Team member", "Jan 2026", "Feb 2026", "Mar 2026", total_header])
    ws.append(["Aoife Byrne", 10, 12, 8, 30])
    ws.append(["Tom Walsh", 5, None, 15, 20])
    wb.save(path)
    return path


def test_a_plan_in_md_is_read_in_days(tmp_path: Path) -> None:
    adoption = _adopt(_capacity(tmp_path / "md.xlsx", "Team plan 2026", "Total MD"))
    table = _only(adoption)
    assert table.register == "resources"
    assert "in days" in table.reason
    assert sorted(_field(adoption, "resources", "planned_days")) == [5, 8, 10, 12, 15]


def test_a_plan_that_says_no_unit_or_effort_stays_listed(tmp_path: Path) -> None:
    adoption = _adopt(_capacity(tmp_path / "none.xlsx", "Team plan 2026", "Sum"))
    assert "resources" not in _adopted(adoption)


# --- 5. Slavic date of entry and time-related category ---------------------------------------


def test_a_slovenian_date_of_entry_and_time_category(tmp_path: Path) -> None:
    rows = _rows(
        ["Oznaka", "Tveganje", "Kategorija", "Verjetnost", "Vpliv", "Nosilec", "Datum vnosa"],
        ["T-1", "T-2", "T-3"],
        ["Zamuda dobavitelja", "Izpad strežnika", "Pomanjkanje kadra"],
        ["Časovno", "Tehnično", "Časovno"],
        ["Visoka", "Nizka", "Srednja"],
        ["Nizka", "Visoka", "Srednja"],
        ["Maja Kos", "Jure Zupan", "Maja Kos"],
        ["3. 2. 2026", "10. 2. 2026", "1. 3. 2026"],
    )
    adoption = _adopt(_book(tmp_path / "tveganja.xlsx", "Tveganja", rows))
    table = _only(adoption)
    assert _targets(table)["Datum vnosa"] == "raised_date"
    assert _field(adoption, "risks", "raised_date") == [
        date(2026, 2, 3),
        date(2026, 2, 10),
        date(2026, 3, 1),
    ]
    assert _field(adoption, "risks", "category") == ["Schedule", "Technical", "Schedule"]


# --- 6. a resource's type gives way to the role beside it ---------------------------------------


def _allocation(path: Path, headers: list[str]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Allocation"
    ws["A1"] = "Allocation report (days)"
    ws.append([])
    ws.append([*headers, "Jan 2026", "Feb 2026", "Mar 2026"])
    ws.append(["Aoife Byrne", "Named", "Business Analyst", 10, 12, 8])
    ws.append(["Tom Walsh", "Named", "Developer", 5, 6, 15])
    ws.append(["Grace Lee", "Contractor", "Tester", 4, 4, 4])
    wb.save(path)
    return path


def test_a_resource_type_gives_way_to_the_primary_role(tmp_path: Path) -> None:
    headers = ["Resource Name", "Resource Type", "Primary Role"]
    adoption = _adopt(_allocation(tmp_path / "alloc.xlsx", headers))
    table = _only(adoption)
    assert _targets(table)["Primary Role"] == "role"
    assert _targets(table)["Resource Type"] is None
    roles = set(_field(adoption, "resources", "role"))
    assert roles == {"Business Analyst", "Developer", "Tester"}


def test_a_resource_type_alone_is_still_the_role(tmp_path: Path) -> None:
    """Where no column names the role, a generic resource's type is what it does."""
    headers = ["Resource Name", "Resource Type", "Skill notes"]
    adoption = _adopt(_allocation(tmp_path / "alloc.xlsx", headers))
    table = _only(adoption)
    assert _targets(table)["Resource Type"] == "role"


# --- 7. an issue log by its values, with its closed dates -------------------------------------

MI_ISSUE_HEADER = ["Take", "Kaitiaki", "Tūnga", "Rā tuku", "Rā whakaoti", "Rā kati"]
MI_ISSUES = [
    "Kāore te tomokanga e whakaae ana ki ngā kāri manuhiri",
    "Ka ngaro ngā waehere utu tāpiri i te pūnaha utu",
    "He whakaoho hē ā ngā pūoko kūaha ahi",
    "Kāore te kaiārahi tānga i runga i ngā rorohiko hou",
    "Ka motu te ipurangi i te tūnga ki te raki",
]
MI_ISSUE_STATES = ["Tuwhera", "Kua kati", "Tuwhera", "Kua kati", "Kua kati"]
MI_CLOSED = [None, ADDED[1] + timedelta(days=6), None, ADDED[3] + timedelta(days=2)]
MI_CLOSED += [ADDED[4] + timedelta(days=9)]


def _issue_rows(closed: list[object]) -> list[list[object]]:
    return _rows(MI_ISSUE_HEADER, MI_ISSUES, MI_PEOPLE, MI_ISSUE_STATES, ADDED, DUE, closed)


def test_an_unread_issue_log_keeps_its_closed_dates(tmp_path: Path) -> None:
    """Three dates: raised and due on every row, closed on the closed issues only."""
    adoption = _adopt(_book(tmp_path / "take.xlsx", "Rārangi", _issue_rows(MI_CLOSED)))
    table = _only(adoption)
    assert table.register == "issues"
    assert FOUND_BY_VALUES in table.reason
    assert _targets(table)["Rā tuku"] == "raised_date"
    assert _targets(table)["Rā whakaoti"] == "due_date"
    assert _targets(table)["Rā kati"] == "closed_date"
    assert _field(adoption, "issues", "closed_date") == MI_CLOSED


def test_a_third_date_before_the_raised_date_is_no_closed_date(tmp_path: Path) -> None:
    early = [None, ADDED[1] - timedelta(days=20), None, ADDED[3] - timedelta(days=20), None]
    adoption = _adopt(_book(tmp_path / "take.xlsx", "Rārangi", _issue_rows(early)))
    for table in adoption.report.adopted_tables:
        assert "closed_date" not in _targets(table).values()
