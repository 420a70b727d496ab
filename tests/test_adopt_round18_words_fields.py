"""Round 18 (issue 15): when a register's words and the table's fields disagree.

A register word in a title or a sheet name ("Decision gates", "Risk review schedule",
"Issue resolution plan") can name another thing than the table holds. The words are kept
when the fields fit the register they name; when none of that register's own fields is
there and the fields fit another register's signature, the fields win, flagged for review
with both readings in the reason. Every shape here is written for this test (none is a
benchmark layout)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from adopt_sheets import adopt, book, field, only, targets

D = date


def _gates(title: str, sheet: str = "Gates") -> list[list[object]]:
    return [
        [title],
        [],
        ["Gate", "Gate owner", "Baseline", "Forecast", "Actual"],
        ["DG1 Concept", "Ann Lee", D(2026, 1, 10), D(2026, 1, 20), D(2026, 1, 22)],
        ["DG2 Feasibility", "Tom Ray", D(2026, 4, 10), D(2026, 4, 20), None],
        ["DG3 Select", "Ann Lee", D(2026, 7, 10), D(2026, 7, 20), None],
        ["DG4 Define", "Bo Chen", D(2026, 10, 10), D(2026, 11, 2), None],
    ]


def test_a_milestone_plan_under_decision_gates_is_milestones(tmp_path: Path) -> None:
    adoption = adopt(book(tmp_path / "gates.xlsx", "Gates", _gates("Decision gates")))
    table = only(adoption)
    assert table.register == "milestones"
    assert table.confidence < 0.7  # flagged: words and fields disagree
    assert "the title names a decision log" in table.reason
    assert "read as a milestone plan by its fields" in table.reason
    assert '"register": "decisions"' in table.reason  # the other reading, and the fix
    assert field(adoption, "milestones", "milestone")[:2] == ["DG1 Concept", "DG2 Feasibility"]
    assert field(adoption, "milestones", "baseline_date")[0] == D(2026, 1, 10)
    assert field(adoption, "milestones", "actual_date")[:2] == [D(2026, 1, 22), None]
    assert not adoption.project.decisions


def test_a_gate_plan_with_a_decision_column_of_one_word(tmp_path: Path) -> None:
    """The decision log its title names was read from a column of gates by content; its
    `Decision` column holds `Approved` or nothing: no decision texts, no decision maker."""
    rows = [
        ["Decision Gate Plan"],
        [],
        ["Gate", "Gatekeeper", "Planned date", "Forecast date", "Actual date", "Decision"],
        ["DG0 - Opportunity", "Ann Lee", D(2024, 3, 1), D(2024, 3, 9), D(2024, 3, 9), "Approved"],
        ["DG1 - Feasibility", "Tom Ray", D(2024, 9, 1), D(2024, 9, 9), D(2024, 9, 9), "Approved"],
        ["DG2 - Concept", "Ann Lee", D(2025, 6, 1), D(2025, 7, 1), None, None],
        ["DG3 - Sanction", "Bo Chen", D(2026, 2, 1), D(2026, 3, 1), None, None],
    ]
    adoption = adopt(book(tmp_path / "plan.xlsx", "Gate Plan", rows))
    table = only(adoption)
    assert table.register == "milestones"
    assert "words and fields disagree" in table.reason
    mapped = targets(table)
    assert mapped["Gate"] == "milestone"
    assert mapped["Planned date"] == "baseline_date"
    assert mapped["Forecast date"] == "forecast_date"
    assert mapped["Actual date"] == "actual_date"
    assert field(adoption, "milestones", "forecast_date")[2] == D(2025, 7, 1)


def test_a_real_decision_log_under_gate_decisions_stays_decisions(tmp_path: Path) -> None:
    rows = [
        ["Gate decisions"],
        [],
        ["Ref", "Decision", "Made by", "Date", "Rationale"],
        ["D1", "Proceed to concept select with option B", "Board", D(2026, 1, 10), "Cost"],
        ["D2", "Defer the compressor tender by a quarter", "Ann Lee", D(2026, 2, 10), "Market"],
        ["D3", "Approve the FEED contract award", "Board", D(2026, 3, 10), "In budget"],
    ]
    adoption = adopt(book(tmp_path / "decisions.xlsx", "Decisions", rows))
    table = only(adoption)
    assert table.register == "decisions"
    assert table.confidence == 1.0
    assert "disagree" not in table.reason
    assert field(adoption, "decisions", "made_by") == ["Board", "Ann Lee", "Board"]


def test_a_decision_log_with_gate_dates_keeps_its_words(tmp_path: Path) -> None:
    """Decisions taken at gates, with the gate's planned and actual dates beside them: the
    decision texts and who decided are a decision log's own fields, so its words stand."""
    rows = [
        ["Gate decisions"],
        [],
        ["Decision", "Decided by", "Planned date", "Actual date"],
        ["Select option B for the compressor", "Steering board", D(2026, 1, 1), D(2026, 1, 9)],
        ["Stop the onshore alternative", "Ann Lee", D(2026, 2, 1), D(2026, 2, 3)],
        ["Go to FEED with two contractors", "Steering board", D(2026, 3, 1), None],
    ]
    adoption = adopt(book(tmp_path / "decisions.xlsx", "Decisions", rows))
    assert only(adoption).register == "decisions"
    assert not adoption.project.milestones


def test_a_risk_review_schedule_is_no_risk_register(tmp_path: Path) -> None:
    rows = [
        ["Risk review schedule"],
        [],
        ["Meeting", "Date", "Chair", "Location", "Attendees"],
        ["Monthly risk review", D(2026, 1, 10), "Ann Lee", "Room 4", "PMO, leads"],
        ["Quarterly risk deep dive", D(2026, 3, 10), "Tom Ray", "Teams", "Board"],
        ["Monthly risk review", D(2026, 2, 10), "Ann Lee", "Room 4", "PMO, leads"],
        ["Monthly risk review", D(2026, 4, 10), "Ann Lee", "Room 4", "PMO, leads"],
    ]
    adoption = adopt(book(tmp_path / "reviews.xlsx", "Risk reviews", rows))
    assert not adoption.report.adopted_tables
    assert not adoption.project.risks
    (table,) = adoption.report.tables
    assert table.reason.startswith("not a register table")


def test_an_issue_log_under_a_plan_title_keeps_its_words(tmp_path: Path) -> None:
    """An issue log named by its title, with its own fields (a priority and issue texts),
    and planned and actual dates of its resolution: the words are kept."""
    rows = [
        ["Issue resolution plan"],
        [],
        ["Issue", "Priority", "Owner", "Planned date", "Actual date"],
        ["Supplier cannot deliver the pumps in May", "High", "Ann Lee", D(2026, 1, 9), None],
        ["Test rig booked by another project", "Medium", "Tom Ray", D(2026, 2, 9), None],
        ["Permit for the access road delayed", "High", "Bo Chen", D(2026, 3, 9), D(2026, 3, 19)],
    ]
    adoption = adopt(book(tmp_path / "issues.xlsx", "Plan", rows))
    table = only(adoption)
    assert table.register == "issues"
    assert "disagree" not in table.reason
    assert len(adoption.project.issues) == 3


def test_tables_that_are_no_registers_stay_out(tmp_path: Path) -> None:
    """A lookup of gate names, a contact list and a calendar under register words: no
    signature fits them, so the words' register is not invented from their fields."""
    shapes = {
        "Decision gates": [
            ["Gate", "Description", "Typical duration"],
            ["DG0", "Business opportunity identified", "2 months"],
            ["DG1", "Feasibility confirmed", "6 months"],
            ["DG2", "Concept selected", "9 months"],
        ],
        "Risk contacts": [
            ["Name", "Role", "Email", "Phone"],
            ["Ann Lee", "Risk manager", "ann.lee@x.org", "0123 456"],
            ["Tom Ray", "Deputy", "tom.ray@x.org", "0123 457"],
        ],
        "Issue calendar": [
            ["Event", "Date", "Location"],
            ["Issue triage", D(2026, 1, 5), "Room 1"],
            ["Issue triage", D(2026, 1, 12), "Room 1"],
            ["Bank holiday", D(2026, 1, 1), ""],
        ],
    }
    for sheet, rows in shapes.items():
        adoption = adopt(book(tmp_path / f"{sheet}.xlsx", sheet, rows))
        assert not adoption.project.decisions, sheet
        assert not adoption.project.risks, sheet
        assert not adoption.project.issues, sheet
        for table in adoption.report.tables:
            assert "disagree" not in table.reason, sheet
            assert "told by its fields" not in table.reason, sheet
    # the gate lookup is still read as a milestone list by its sheet's word `gates` and its
    # Gate and Description columns, as before this round (docs/adopt.md, round 18, "Left")


def test_a_priced_list_of_items_is_no_finance_tracker(tmp_path: Path) -> None:
    """A money word (`Cost`, `Budget`) over a list of assets or actions, each with an amount
    and a date: no cost line, no period across, the month only a date's sense. Listed with
    both readings, never read as finance lines."""
    shapes = {
        "Assets": [
            ["Asset", "Serial", "Cost", "Purchase date", "Location"],
            ["Laptop Dell 5440", "SN123", 1200, D(2025, 1, 10), "Leeds"],
            ["Monitor 27in", "SN124", 300, D(2025, 2, 10), "Leeds"],
            ["Docking station", "SN125", 150, D(2025, 3, 10), "York"],
        ],
        "Action items budget": [
            ["Action item", "Owner", "Budget", "Due date"],
            ["Buy licences", "Ann Lee", 12000, D(2026, 1, 10)],
            ["Hire a contractor", "Tom Ray", 30000, D(2026, 2, 10)],
            ["Run the workshop", "Bo Chen", 2000, D(2026, 3, 10)],
        ],
    }
    for sheet, rows in shapes.items():
        adoption = adopt(book(tmp_path / "priced.xlsx", sheet, rows))
        assert not adoption.project.finance, sheet
        (table,) = adoption.report.tables
        assert "words and fields disagree: a money word names a finance tracker" in table.reason
        assert '"register": "finance"' in table.reason


def test_a_finance_log_of_invoices_by_cost_line_stays_finance(tmp_path: Path) -> None:
    """Control: invoices with a cost line are a spend log (amounts by month and line)."""
    rows = [
        ["Invoice", "Supplier", "Actual", "Invoice date", "Cost line"],
        ["INV-1", "Dell", 12000, D(2026, 1, 10), "Hardware"],
        ["INV-2", "HP", 30000, D(2026, 2, 10), "Hardware"],
        ["INV-3", "Acme", 2000, D(2026, 3, 10), "Services"],
    ]
    adoption = adopt(book(tmp_path / "spend.xlsx", "Spend", rows))
    assert only(adoption).register == "finance"
    assert field(adoption, "finance", "cost_line") == ["Hardware", "Hardware", "Services"]


def test_an_erp_cost_summary_by_task_stays_finance(tmp_path: Path) -> None:
    """Control: an ERP's cost summary names tasks in its first columns, but every row
    carries several measures by period: a tracker, not a priced list."""
    rows = [
        [
            "Task Number",
            "Task Name",
            "Expenditure Type",
            "Period",
            "Budget Amount",
            "Actual Amount",
        ],
        ["1.1", "Build", "Contractors", "JAN-26", 1000, 900],
        ["1.1", "Build", "Contractors", "FEB-26", 1000, 1100],
        ["1.2", "Test", "Licences", "JAN-26", 200, 250],
    ]
    adoption = adopt(book(tmp_path / "erp.xlsx", "Project Cost Summary", rows))
    assert only(adoption).register == "finance"
    assert len(adoption.project.finance) == 3


def test_decision_gates_are_gate_names() -> None:
    """The energy industry's decision gates read as gate names, as `Gate 0` and `DCP 1` do."""
    from addin.adopt.signatures import _GATE

    for text in ("DG0 - Business opportunity identified", "DG3", "Decision Gate 4", "Gate 2"):
        assert _GATE.match(text), text
    for text in ("DG", "DGX", "Dog 3", "Design review"):
        assert not _GATE.match(text), text
