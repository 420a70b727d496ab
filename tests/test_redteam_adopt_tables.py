"""Red team of round 5-7's table and header mechanisms: layouts a PMO has, written to find
where the mechanisms built to read more now read something wrong (docs/adopt.md, "Red team
of round 5-7 table mechanisms"). Each test asserts what a PMO would see adopted.

Found and fixed: real items dropped as "summary rows" (a risk workshop's risks raised on
one day, a log listed newest first, milestones nobody owns yet followed by one on their
day). The other tests hold readings that were probed and found right, so that a later
change to the thesaurus or the table split cannot quietly break them.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from adopt_sheets import adopt as _adopt
from adopt_sheets import book

from addin.adopt import Adoption
from addin.adopt.report import TableReport

PEOPLE = ["Grace Lee", "Tom Walsh", "Priya Nair", "Dev Patel", "Nora Quinn"]


def _book(path: Path, rows: list[list[object]], sheet: str) -> Path:
    return book(path, sheet, rows)


def _table(adoption: Adoption, sheet: str) -> TableReport:
    (table,) = [t for t in adoption.report.adopted_tables if t.sheet == sheet]
    return table


# --- summary rows: real items nobody owns yet -------------------------------------------


def test_a_risk_workshops_unowned_risks_are_risks_not_summary_rows(tmp_path: Path) -> None:
    """Every risk raised at the kick-off workshop on one day; two have no owner yet. Their
    Raised date "rolls up" the rows under them only because every row shares it."""
    rows: list[list[object]] = [["ID", "Risk", "Owner", "Raised", "Likelihood", "Impact"]]
    for i in range(8):
        owner = None if i in (0, 4) else PEOPLE[i % 5]
        rows.append(
            [f"R{i + 1}", f"Risk {i + 1}: supplier may slip", owner, date(2026, 1, 15), 3, 4]
        )
    adoption = _adopt(_book(tmp_path / "workshop.xlsx", rows, "Risk Register"))
    risks = adoption.project.items("risks")
    assert [r.title for r in risks] == [f"Risk {i + 1}: supplier may slip" for i in range(8)]
    assert [r.owner for r in risks][:2] == [None, "Tom Walsh"]
    assert _table(adoption, "Risk Register").skipped_rows == []


def test_a_risk_log_listed_newest_first_keeps_its_unowned_risks(tmp_path: Path) -> None:
    """Newest first: an unowned risk's Raised date is the latest of the rows under it when
    the next one was raised the same day. A risk log is no outline."""
    rows: list[list[object]] = [["ID", "Risk", "Owner", "Raised", "Likelihood", "Impact"]]
    rows += [
        ["R6", "Cloud costs above plan", None, date(2026, 3, 2), 3, 3],
        ["R5", "Key tester on leave in UAT", "Tom Walsh", date(2026, 3, 2), 2, 3],
        ["R4", "Licences late", "Priya Nair", date(2026, 2, 16), 3, 4],
        ["R3", "Supplier may go bust", None, date(2026, 2, 9), 2, 5],
        ["R2", "Data quality lower than assumed", "Dev Patel", date(2026, 2, 9), 4, 4],
        ["R1", "Vendor may miss the window", "Grace Lee", date(2026, 1, 12), 3, 4],
    ]
    adoption = _adopt(_book(tmp_path / "newest.xlsx", rows, "Risk Register"))
    got = [(r.title, r.owner) for r in adoption.project.items("risks")]
    assert got[0] == ("Cloud costs above plan", None)
    assert got[3] == ("Supplier may go bust", None)
    assert len(got) == 6
    assert _table(adoption, "Risk Register").skipped_rows == []


def test_unowned_milestones_followed_by_one_on_their_day_are_milestones(tmp_path: Path) -> None:
    """Sorted by date, an unowned milestone is the earliest of the rows under it: equal to
    the earliest is no roll-up."""
    rows: list[list[object]] = [["Milestone", "Owner", "Due"]]
    rows += [
        ["Contract signed", None, date(2026, 2, 2)],
        ["Kick-off", "Grace Lee", date(2026, 2, 2)],
        ["Design approved", "Tom Walsh", date(2026, 3, 2)],
        ["Supplier onboarded", None, date(2026, 4, 1)],
        ["Pilot live", "Priya Nair", date(2026, 4, 1)],
        ["Rollout done", "Dev Patel", date(2026, 6, 1)],
    ]
    adoption = _adopt(_book(tmp_path / "sorted.xlsx", rows, "Milestones"))
    got = [(m.milestone, m.owner, m.baseline_date) for m in adoption.project.items("milestones")]
    assert got[0] == ("Contract signed", None, date(2026, 2, 2))
    assert got[3] == ("Supplier onboarded", None, date(2026, 4, 1))
    assert len(got) == 6
    assert _table(adoption, "Milestones").skipped_rows == []


def test_a_milestone_list_newest_first_keeps_its_unowned_milestones(tmp_path: Path) -> None:
    """Newest first, each unowned milestone is the latest of the rows under it (the first
    of them shares its day): a phase finishes with its last child, not its first."""
    rows: list[list[object]] = [["Milestone", "Owner", "Due"]]
    rows += [
        ["Go-live approved", None, date(2026, 6, 1)],
        ["Rollout done", "Dev Patel", date(2026, 6, 1)],
        ["Pilot live", "Priya Nair", date(2026, 4, 20)],
        ["Supplier onboarded", None, date(2026, 4, 1)],
        ["Design approved", "Tom Walsh", date(2026, 4, 1)],
        ["Kick-off", "Grace Lee", date(2026, 2, 2)],
    ]
    adoption = _adopt(_book(tmp_path / "newest.xlsx", rows, "Milestones"))
    assert len(adoption.project.items("milestones")) == 6
    assert _table(adoption, "Milestones").skipped_rows == []


def test_an_outline_with_one_child_phases_still_drops_every_phase_row(tmp_path: Path) -> None:
    """A phase of one child carries its child's dates; with another phase rolling up dates
    that differ, the outline shows and all three phase rows are listed, not adopted."""
    rows: list[list[object]] = [["Task Name", "Finish", "Baseline Finish", "Resource Names"]]
    rows += [
        ["Phase 1 - Discover", date(2026, 2, 20), date(2026, 2, 13), None],
        ["Discovery signed off", date(2026, 2, 20), date(2026, 2, 13), "Grace Lee"],
        ["Phase 2 - Build", date(2026, 6, 12), date(2026, 6, 5), None],
        ["Design frozen", date(2026, 4, 10), date(2026, 4, 3), "Tom Walsh"],
        ["Integration tested", date(2026, 5, 15), date(2026, 5, 8), "Nora Quinn"],
        ["Code complete", date(2026, 6, 12), date(2026, 6, 5), "Priya Nair"],
        ["Phase 3 - Deploy", date(2026, 8, 14), date(2026, 8, 7), None],
        ["Service live", date(2026, 8, 14), date(2026, 8, 7), "Dev Patel"],
    ]
    adoption = _adopt(_book(tmp_path / "outline.xlsx", rows, "Milestones"))
    got = [(m.milestone, m.owner) for m in adoption.project.items("milestones")]
    assert got == [
        ("Discovery signed off", "Grace Lee"),
        ("Design frozen", "Tom Walsh"),
        ("Integration tested", "Nora Quinn"),
        ("Code complete", "Priya Nair"),
        ("Service live", "Dev Patel"),
    ]
    skipped = _table(adoption, "Milestones").skipped_rows
    assert [(s.row, "summary row" in s.reason) for s in skipped] == [
        (2, True),
        (4, True),
        (8, True),
    ]


def test_one_child_phases_alone_prove_no_outline(tmp_path: Path) -> None:
    """Unowned milestones each followed by one on their day look like phases of one child:
    with no row rolling up dates that differ, nothing shows an outline; all are kept."""
    rows: list[list[object]] = [["Milestone", "Owner", "Due"]]
    rows += [
        ["Contract signed", None, date(2026, 2, 2)],
        ["Kick-off", "Grace Lee", date(2026, 2, 2)],
        ["Supplier onboarded", None, date(2026, 4, 1)],
        ["Pilot live", "Priya Nair", date(2026, 4, 1)],
        ["Rollout done", "Dev Patel", date(2026, 6, 1)],
    ]
    adoption = _adopt(_book(tmp_path / "pairs.xlsx", rows, "Milestones"))
    assert len(adoption.project.items("milestones")) == 5


# --- headers the thesaurus must not read as dates or people ------------------------------


def test_cost_effort_and_team_headers_are_no_dates_or_people(tmp_path: Path) -> None:
    """`Planned Cost` holds the plan concept, `Actual Hours` the actual, `Owner Team Budget`
    and `Contact Centre` a person's word: none is a date or a person column."""
    header = ["Milestone", "Owner", "Baseline Date", "Forecast Date"]
    extra = ["Planned Cost", "Actual Hours", "Forecast Effort", "Owner Team Budget"]
    extra += ["Contact Centre"]
    rows: list[list[object]] = [header + extra]
    for i in range(5):
        dates = [date(2026, 3 + i, 1), date(2026, 3 + i, 5)]
        rows.append([f"Milestone {i} reached", PEOPLE[i], *dates, 1000 * i, 10 * i, 5 * i, 200])
        rows[-1].append("Leeds")
    adoption = _adopt(_book(tmp_path / "hdr.xlsx", rows, "Milestones"))
    targets = {c.header: c.target for c in _table(adoption, "Milestones").columns}
    assert [targets[h] for h in extra] == [None] * len(extra)
    assert targets["Baseline Date"] == "baseline_date"
    assert targets["Forecast Date"] == "forecast_date"
    got = [(m.owner, m.forecast_date) for m in adoption.project.items("milestones")]
    assert got[2] == ("Priya Nair", date(2026, 5, 5))


@pytest.mark.parametrize(
    ("header", "value"),
    [
        ("Contact Centre", "Leeds hub"),
        ("Contact Phone", "0113 496 0000"),
        ("Contact Number", "+44 113 496 0000"),
    ],
)
def test_a_contacts_address_is_not_the_other_sides_owner(
    tmp_path: Path, header: str, value: str
) -> None:
    """`Contact` inside a longer header was a partial match for the counterparty's owner:
    a dependency's other-side owner became "Leeds hub" or a phone number (`Contact Number`
    was the dependency's ID)."""
    rows: list[list[object]] = [["Dependency", "Provider Team", header, "Needed By", "Owner"]]
    for i in range(5):
        rows.append(
            [f"API {i} from the platform", "Platform", value, date(2026, 4, i + 1), PEOPLE[i]]
        )
    adoption = _adopt(_book(tmp_path / "deps.xlsx", rows, "Dependencies"))
    targets = {c.header: c.target for c in _table(adoption, "Dependencies").columns}
    assert targets[header] is None
    deps = adoption.project.items("dependencies")
    assert len(deps) == 5
    assert {d.counterparty_owner for d in deps} == {None}
    assert value not in {d.id for d in deps}


def test_a_contact_person_column_is_still_the_other_sides_owner(tmp_path: Path) -> None:
    """The guard above is no ban on `contact`: `Supplier Contact` of names still maps."""
    rows: list[list[object]] = [["Dependency", "Provider Team", "Supplier Contact", "Needed By"]]
    for i in range(5):
        rows.append([f"API {i} from the platform", "Platform", PEOPLE[i], date(2026, 4, i + 1)])
    adoption = _adopt(_book(tmp_path / "deps.xlsx", rows, "Dependencies"))
    owners = [d.counterparty_owner for d in adoption.project.items("dependencies")]
    assert owners == PEOPLE


# --- section rows and category columns ------------------------------------------------------


def test_a_risks_own_text_alone_on_a_row_does_not_split_the_register(tmp_path: Path) -> None:
    """`Issues with the supplier` alone on a row (a note, or a risk half written) and a
    `Risks` row: the register is not split into an issue log; no risk goes missing."""
    rows: list[list[object]] = [["ID", "Description", "Owner", "Likelihood", "Impact", "Status"]]
    rows += [
        ["R1", "Vendor may miss the window", "Grace Lee", 3, 4, "Open"],
        ["R2", "Architect could leave", "Tom Walsh", 2, 5, "Open"],
        [None, "Issues with the supplier", None, None, None, None],
        ["R3", "Supplier invoices disputed", "Priya Nair", 3, 3, "Open"],
        [None, "Risks", None, None, None, None],
        ["R4", "Data quality lower than assumed", "Dev Patel", 4, 4, "Open"],
    ]
    adoption = _adopt(_book(tmp_path / "sect.xlsx", rows, "Risk Log"))
    got = [r.title for r in adoption.project.items("risks")]
    assert got == [
        "Vendor may miss the window",
        "Architect could leave",
        "Supplier invoices disputed",
        "Data quality lower than assumed",
    ]
    assert adoption.project.items("issues") == []
    skipped = _table(adoption, "Risk Log").skipped_rows
    assert [s.row for s in skipped] == [4, 6]


def test_a_heading_like_text_inside_a_raid_section_does_not_start_a_section(
    tmp_path: Path,
) -> None:
    """A RAID split by `Risks` / `Issues` rows, with `Issues with the supplier` alone on a
    row inside the risks (in column A or B): it names no register by itself, so the second
    risk stays a risk and the row is listed as a group heading."""
    for col in (0, 1):
        note: list[object] = [None, None, None, None]
        note[col] = "Issues with the supplier"
        rows: list[list[object]] = [["Ref", "Description", "Owner", "Status"]]
        rows += [
            ["Risks", None, None, None],
            ["R1", "Vendor may miss the window", "Grace Lee", "Open"],
            note,
            ["R2", "Supplier may go bust", "Tom Walsh", "Open"],
            ["Issues", None, None, None],
            ["I1", "Build server out of disk", "Priya Nair", "Open"],
            ["I2", "Invoice disputed", "Dev Patel", "Open"],
        ]
        adoption = _adopt(_book(tmp_path / f"raid{col}.xlsx", rows, "RAID"))
        risks = [r.title for r in adoption.project.items("risks")]
        assert risks == ["Vendor may miss the window", "Supplier may go bust"]
        issues = [i.title for i in adoption.project.items("issues")]
        assert issues == ["Build server out of disk", "Invoice disputed"]
        skipped = {s.row: s.reason for s in _table(adoption, "RAID").skipped_rows}
        assert skipped[4].startswith("group heading")


def test_a_category_column_names_each_rows_register_not_sections(tmp_path: Path) -> None:
    """A RAID log's `Category` column (Risks / Issues / Assumptions) is each row's register:
    every row lands in its own register, none read as a section heading."""
    rows: list[list[object]] = [["ID", "Category", "Description", "Owner", "Likelihood", "Impact"]]
    cats = ["Risks", "Issues", "Risks", "Assumptions", "Issues"]
    for i, cat in enumerate(cats):
        rows.append([f"X{i + 1}", cat, f"Item {i + 1} about the supplier", PEOPLE[i], 3, 4])
    adoption = _adopt(_book(tmp_path / "cat.xlsx", rows, "RAID"))

    def titles(register: str) -> list[str]:
        field = {"assumptions": "assumption"}.get(register, "title")
        return [str(getattr(item, field)) for item in adoption.project.items(register)]

    assert titles("risks") == ["Item 1 about the supplier", "Item 3 about the supplier"]
    assert titles("issues") == ["Item 2 about the supplier", "Item 5 about the supplier"]
    assert titles("assumptions") == ["Item 4 about the supplier"]


# --- a type column naming the register ---------------------------------------------------


def test_an_issue_logs_type_column_saying_risk_keeps_it_an_issue_log(tmp_path: Path) -> None:
    """An issue log whose `Issue Type` is `Risk` on every row (issues raised from risks): the
    type column named the register, so the table became a risk register and its `Issue`
    text and `Priority` were left out: five risks with no text. A column headed by the
    issue register's own word is the item text; the type only classifies."""
    rows: list[list[object]] = [["ID", "Issue", "Issue Type", "Owner", "Priority", "Status"]]
    for i in range(5):
        rows.append([f"I{i + 1}", f"Supplier risk {i + 1} materialised", "Risk", PEOPLE[i]])
        rows[-1] += ["High", "Open"]
    adoption = _adopt(_book(tmp_path / "issues.xlsx", rows, "Issue Log"))
    assert adoption.project.items("risks") == []
    issues = adoption.project.items("issues")
    assert [(i.title, i.priority) for i in issues][2] == ("Supplier risk 3 materialised", "High")
    assert len(issues) == 5


def test_a_jira_export_is_still_named_by_its_type_column(tmp_path: Path) -> None:
    """The guard above leaves round 6's reading alone: Jira heads its text `Summary`."""
    rows: list[list[object]] = [["Issue key", "Issue Type", "Summary", "Assignee", "Status"]]
    for i in range(4):
        rows.append([f"PRJ-{i + 1}", "Risk", f"Vendor {i + 1} may slip", PEOPLE[i], "Open"])
    adoption = _adopt(_book(tmp_path / "jira.xlsx", rows, "Jira"))
    titles = [r.title for r in adoption.project.items("risks")]
    assert titles == [f"Vendor {i + 1} may slip" for i in range(4)]
    assert adoption.project.items("issues") == []


# --- finance: a column of comments is no cost line ------------------------------------------


def test_a_months_down_tracker_with_comments_keeps_them_as_notes(tmp_path: Path) -> None:
    """One row a month, no cost line column, a `Comments` column: the month tells the rows
    apart, so the comments are notes, not six cost lines named "on track", "FX"..."""
    comments = ["on track", "invoice late", "accrual", "ok", "timing", "FX"]
    rows: list[list[object]] = [["Month", "Budget", "Actual", "Comments"]]
    for m in range(1, 7):
        rows.append([date(2026, m, 1), 100 * m, 90 * m, comments[m - 1]])
    adoption = _adopt(_book(tmp_path / "costs.xlsx", rows, "Costs"))
    targets = {c.header: c.target for c in _table(adoption, "Costs").columns}
    assert targets["Comments"] == "notes"
    lines = adoption.project.items("finance")
    assert [(f.month, f.budget, f.notes) for f in lines][4] == (date(2026, 5, 1), 500, "timing")
    assert len({f.cost_line for f in lines}) == 1
    assert "timing" not in {f.cost_line for f in lines}
