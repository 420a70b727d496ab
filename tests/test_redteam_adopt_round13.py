"""Red team of adoption round 13 (issue 15): the value readers and register mechanisms of
round 13 (priorities read as ranks, likelihood letters, title fields split at a bar, the
closed sheet's status...) probed for results that are **wrong** (not missing) and that a
PMO would trust. Each defect found has a test here that failed before its fix; the probes
found right are kept so a later change cannot quietly break them. Every workbook is a shape
a PMO keeps, written for these tests (docs/adopt.md, "Red team of round 13").
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from adopt_sheets import adopt as _adopt
from adopt_sheets import book as _book
from adopt_sheets import column as _column
from adopt_sheets import field as _field
from adopt_sheets import only as _only

from addin.adopt.project import first_segment


def _issue_log(header: str, values: list[object]) -> list[list[object]]:
    rows: list[list[object]] = [["ID", "Issue", "Owner", "Status", header]]
    titles = ["Server down", "Doc typo", "Slow login", "Data loss", "Bad import", "Old API"]
    for i, value in enumerate(values):
        rows.append([f"I-{i + 1}", titles[i], "Ann Lee", "Open", value])
    return rows


# --- priorities of bare numbers: ranks only where nothing says otherwise ------------------


def test_a_priority_header_stating_a_1_to_5_scale_is_not_read_as_ranks_1_to_4(
    tmp_path: Path,
) -> None:
    # "Priority (1-5)" over 4, 2, 3, 4: five levels the header states, but the ranks were
    # counted from the column's own top (4), so 4 read as Low and 2 as High on a list of four
    rows = _issue_log("Priority (1-5)", [4, 2, 3, 4])
    adoption = _adopt(_book(tmp_path / "p15.xlsx", "Issues", rows))
    assert _field(adoption, "issues", "priority") == [None, None, None, None]
    assert _column(_only(adoption), "Priority (1-5)").target is None


def test_a_priority_header_stating_a_1_to_4_scale_reads_its_ranks_on_four(
    tmp_path: Path,
) -> None:
    # the scale the header states, not the column's top: 1-3 present of a 1-4 scale
    rows = _issue_log("Priority (1-4)", [1, 2, 3, 2])
    adoption = _adopt(_book(tmp_path / "p14.xlsx", "Issues", rows))
    assert _field(adoption, "issues", "priority") == ["Critical", "High", "Medium", "High"]


def test_a_backlog_order_is_not_read_as_priority_levels(tmp_path: Path) -> None:
    # "Priority Order" 1-4 is each issue's place in the backlog, not four urgency levels:
    # it was read as Critical, High, Medium, Low (one issue of each)
    for header in ("Priority Order", "Priority Rank", "Priority Sequence"):
        rows = _issue_log(header, [1, 2, 3, 4])
        adoption = _adopt(_book(tmp_path / "order.xlsx", "Issues", rows))
        assert _field(adoption, "issues", "priority") == [None] * 4, header


def test_a_priority_score_without_its_one_is_not_read_as_ranks(tmp_path: Path) -> None:
    # a 1-5 score where 5 is the most urgent, this month only 2, 3, 4: read as ranks, 4 was
    # Low and 2 High (the opposite); ranks start at 1, the most urgent, so a column without
    # a 1 cannot be told from a score's middle
    rows = _issue_log("Priority", [4, 2, 3, 4])
    adoption = _adopt(_book(tmp_path / "p24.xlsx", "Issues", rows))
    assert _field(adoption, "issues", "priority") == [None] * 4


def test_priority_ranks_that_start_at_one_still_read(tmp_path: Path) -> None:
    # round 13's Pri 1-3 (1 = High) and Azure DevOps' 1-4 stay read
    rows = _issue_log("Pri", [1, 3, 2, 3])
    adoption = _adopt(_book(tmp_path / "pri.xlsx", "Issues", rows))
    assert _field(adoption, "issues", "priority") == ["High", "Low", "Medium", "Low"]
    rows = _issue_log("Priority", [2, 4, 1, 3])
    adoption = _adopt(_book(tmp_path / "ado.xlsx", "Issues", rows))
    assert _field(adoption, "issues", "priority") == ["High", "Low", "Critical", "Medium"]


# --- likelihood letters: the words beside them decide the order ---------------------------


def test_likelihood_letters_whose_words_run_the_other_way_are_not_read_a_first(
    tmp_path: Path,
) -> None:
    # a matrix lettered from the rarest: "A - Rare" ... "E - Almost certain"; read as
    # A = 5, a rare risk was adopted as almost certain and an almost certain one as rare
    rows: list[list[object]] = [
        ["ID", "Risk", "Owner", "Likelihood (A-E)", "Impact"],
        ["R-1", "Vendor late", "Ann Lee", "A - Rare", "High"],
        ["R-2", "Key staff", "Bob Ray", "E - Almost certain", "Low"],
        ["R-3", "Budget cut", "Ann Lee", "C - Possible", "High"],
    ]
    adoption = _adopt(_book(tmp_path / "rev.xlsx", "Risks", rows))
    assert 5.0 not in _field(adoption, "risks", "probability")[:1]
    assert 1.0 not in _field(adoption, "risks", "probability")[1:2]


def test_likelihood_letters_whose_words_agree_still_read(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["ID", "Risk", "Owner", "Likelihood (A-E)", "Impact"],
        ["R-1", "Vendor late", "Ann Lee", "A - Almost certain", "High"],
        ["R-2", "Key staff", "Bob Ray", "E - Rare", "Low"],
        ["R-3", "Budget cut", "Ann Lee", "C", "High"],
    ]
    adoption = _adopt(_book(tmp_path / "fwd.xlsx", "Risks", rows))
    assert _field(adoption, "risks", "probability") == [5.0, 1.0, 3.0]


# --- a bar inside a project's name -------------------------------------------------------


def test_a_bar_inside_a_project_name_does_not_cut_it(tmp_path: Path) -> None:
    # "Project: CRM | ERP Integration" names one project; read as "CRM" since round 13
    rows: list[list[object]] = [
        ["Project: CRM | ERP Integration"],
        ["Project Manager: Jane Doe"],
        [],
        ["ID", "Risk", "Owner", "Likelihood", "Impact"],
        ["R-1", "Vendor late", "Ann Lee", "High", "High"],
        ["R-2", "Key staff", "Bob Ray", "Low", "Low"],
    ]
    adoption = _adopt(_book(tmp_path / "bar.xlsx", "Risks", rows))
    assert adoption.project.header.project_name == "CRM | ERP Integration"
    assert first_segment("R&D | Manufacturing Systems") == "R&D | Manufacturing Systems"


def test_a_bar_before_the_next_field_or_an_export_line_still_ends_the_value() -> None:
    assert first_segment(" Digital Workplace | Exported by Grace Lee") == "Digital Workplace"
    assert first_segment("Apollo | PM: Jane Doe") == "Apollo"
    assert first_segment("Apollo | Generated 12/03/2026") == "Apollo"
    assert first_segment("Apollo|Printed on 12/03/2026") == "Apollo"


# --- the closed sheet's status: not for a row its own columns say is not closed -----------


def test_a_closed_sheet_row_with_no_closed_date_is_not_stamped_closed(tmp_path: Path) -> None:
    # a "Closed issues" sheet also holding a reopened issue, its Date Closed emptied: the
    # sheet's name made it Closed with every other row
    rows: list[list[object]] = [
        ["ID", "Issue", "Owner", "Date Raised", "Date Closed"],
        ["I-2", "Doc typo", "Bob Ray", date(2026, 1, 5), date(2026, 2, 1)],
        ["I-3", "Reopened bug", "Ann Lee", date(2026, 1, 7), None],
        ["I-4", "Bad import", "Bob Ray", date(2026, 1, 9), date(2026, 2, 3)],
    ]
    adoption = _adopt(_book(tmp_path / "closed.xlsx", "Closed issues", rows))
    assert _field(adoption, "issues", "status") == ["Closed", None, "Closed"]
    notes = " ".join(_only(adoption).notes)
    assert "no closed date in its row: not 'Closed', left without a status (1 cell)" in notes


def test_a_closed_sheet_without_a_closed_date_column_is_still_closed(tmp_path: Path) -> None:
    # round 13's reading stands where nothing in the row says otherwise
    rows: list[list[object]] = [
        ["ID", "Issue", "Owner", "Resolution"],
        ["I-2", "Doc typo", "Bob Ray", "Fixed"],
        ["I-4", "Bad import", "Bob Ray", "Re-ran the load"],
    ]
    adoption = _adopt(_book(tmp_path / "closed2.xlsx", "Closed issues", rows))
    assert _field(adoption, "issues", "status") == ["Closed", "Closed"]


# --- a type column in a finance table ----------------------------------------------------


def test_a_cost_plan_whose_type_says_risk_stays_a_finance_table(tmp_path: Path) -> None:
    # a cost plan typed Capex / Risk (contingency) / Issue (rework) / Opex: round 13's tool
    # type column took it for work items with risks among them, adopted it as a RAID table
    # and dropped every budget, actual and forecast
    rows: list[list[object]] = [
        ["Month", "Cost Line", "Type", "Budget", "Actual", "Forecast"],
        ["Jan-26", "Labour", "Capex", 10000, 9000, 10000],
        ["Feb-26", "Contingency", "Risk", 10000, 11000, 10000],
        ["Mar-26", "Rework", "Issue", 5000, 4000, 5000],
        ["Mar-26", "Hardware", "Opex", 5000, 4000, 5000],
    ]
    adoption = _adopt(_book(tmp_path / "costs.xlsx", "Finance", rows))
    table = _only(adoption)
    assert table.register == "finance"
    assert _column(table, "Budget").target == "budget"
    assert adoption.project.items("risks") == []
    assert [item.model_dump()["budget"] for item in adoption.project.items("finance")] == [
        10000,
        10000,
        5000,
        5000,
    ]


def test_a_raid_log_with_cost_and_budget_impact_columns_stays_a_mixed_table(
    tmp_path: Path,
) -> None:
    # a first version of the fix above counted "Cost Impact" and "Budget Impact" as money
    # measures and adopted nothing of this RAID log: a risk's impact is no finance column
    rows: list[list[object]] = [
        ["ID", "Type", "Description", "Owner", "Status", "Cost Impact", "Budget Impact"],
        ["1", "Risk", "Vendor late", "Ann Lee", "Open", 1000, 0],
        ["2", "Issue", "Server down", "Bob Ray", "Open", 500, 0],
        ["3", "Action", "Chase vendor", "Ann Lee", "Open", 0, 0],
        ["4", "Risk", "Key staff", "Bob Ray", "Open", 0, 200],
        ["5", "Change", "Scope added", "Ann Lee", "Open", 0, 0],
    ]
    adoption = _adopt(_book(tmp_path / "raid.xlsx", "RAID", rows))
    assert _field(adoption, "risks", "title") == ["Vendor late", "Key staff"]
    assert _field(adoption, "issues", "title") == ["Server down"]


# --- a Findings sheet that is no issue log -----------------------------------------------


def test_a_review_s_findings_with_nothing_tracking_them_are_not_adopted_as_issues(
    tmp_path: Path,
) -> None:
    # a post-project review's "Findings" sheet (Finding | Evidence | Recommendation | Owner):
    # lessons, not open issues; round 13's "findings" word made each one an issue
    rows: list[list[object]] = [
        ["#", "Finding", "Evidence", "Recommendation", "Owner"],
        [1, "Stakeholders engaged late", "Survey", "Engage at the start", "Ann Lee"],
        [2, "Vendor onboarding was slow", "Interviews", "Use the framework", "Bob Ray"],
    ]
    adoption = _adopt(_book(tmp_path / "review.xlsx", "Findings", rows))
    assert adoption.report.adopted_tables == []
    assert adoption.project.items("issues") == []


def test_an_audit_s_findings_with_a_status_are_still_its_issues(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Ref", "Finding", "Rating", "Owner", "Due Date", "Status"],
        ["F1", "No segregation of duties", "High", "Ann Lee", date(2026, 6, 30), "Open"],
        ["F2", "Weak passwords", "Medium", "Bob Ray", date(2026, 5, 31), "Closed"],
    ]
    adoption = _adopt(_book(tmp_path / "audit.xlsx", "Findings", rows))
    assert _only(adoption).register == "issues"
    assert _field(adoption, "issues", "status") == ["Open", "Closed"]


# --- a Nordic value that is an English word without its accent ---------------------------


def test_an_english_lost_status_is_not_read_as_a_nordic_resolved(tmp_path: Path) -> None:
    # Swedish "löst", Danish and Norwegian "løst" (resolved) fold to English "Lost": a lost
    # backup tape was adopted Resolved, a lost risk or dependency Closed
    rows: list[list[object]] = [
        ["ID", "Issue", "Owner", "Status"],
        ["I-1", "Laptop stolen", "Ann Lee", "Open"],
        ["I-2", "Backup tape", "Bob Ray", "Lost"],
        ["I-3", "Badge", "Bob Ray", "Closed"],
    ]
    adoption = _adopt(_book(tmp_path / "lost.xlsx", "Issues", rows))
    assert _field(adoption, "issues", "status") == ["Open", None, "Closed"]


def test_a_norwegian_lost_with_its_letter_is_still_resolved(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["ID", "Sak", "Ansvarlig", "Status"],
        ["S-1", "Nettverket nede", "Ann Lee", "Løst"],
        ["S-2", "Feil i rapport", "Bob Ray", "Åpen"],
    ]
    adoption = _adopt(_book(tmp_path / "no.xlsx", "Saker", rows))
    assert _field(adoption, "issues", "status")[0] == "Resolved"


# --- a cross or an empty box beside a done word -----------------------------------------


def test_a_cross_or_an_empty_box_beside_done_is_not_read_as_done(tmp_path: Path) -> None:
    # round 13 sets marks aside and reads the word: "❌ Done" (a checklist's "not done")
    # and "☐ Complete" (an unticked box) were adopted as achieved milestones
    rows: list[list[object]] = [
        ["ID", "Milestone", "Owner", "Due Date", "Status"],
        ["M1", "Design signed off", "Ann Lee", date(2026, 3, 31), "✅ Done"],
        ["M2", "Build complete", "Bob Ray", date(2026, 6, 30), "❌ Done"],
        ["M3", "Go-live", "Ann Lee", date(2026, 9, 30), "☐ Complete"],
        ["M4", "Pilot", "Bob Ray", date(2026, 4, 30), "❌ Cancelled"],
    ]
    adoption = _adopt(_book(tmp_path / "ticks.xlsx", "Milestones", rows))
    assert _field(adoption, "milestones", "status") == ["Complete", None, None, "Closed"]
