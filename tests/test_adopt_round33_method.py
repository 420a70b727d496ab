"""Round 33 (task k61): tuning on a stranger's batch of method-template workbooks
(``TUNING_28``: PRINCE2, APM, PMI / PMBOK and MSP registers, a stage-gate plan, a highlight
report). The batch itself was read whole before any change but for its gate plan, whose
truth was a slip (the gate's name where SPEC's Gate is Y/N). Each habit of the KIND is read
here with variants no batch holds (other words, other positions, other forms) and a
near-miss that must not fire:

1. **a method form's statement** (PMI / PMBOK's and APM's ``Risk Statement``, ``Statement
   of risk``; ``Issue statement``, ``Problem statement``) is the item's text, however short
   its values: before, a short ``Risk Statement`` left the whole register unadopted;
2. **PRINCE2's 2009 response** ``Prepare contingent plans`` (``Contingent plan``) is the
   standard's Contingency, as its 2017 word ``Fallback`` already was; a response column of
   prose stays the response;
3. **a method's log the standard holds no register for** (a quality register, a lessons
   log, a daily log, a benefits register, a product status account), named by its sheet
   or title, is listed with its name, never adopted as another register by its columns (a
   quality register's planned / forecast / actual review dates were read as a milestone
   plan); a sheet that names a register too (``Quality Issues``) is that register's;
4. **a form's date line** ``Date of report`` is the report date, as ``Report Date`` is;
5. **a gate plan** whose every row is a gate (``Gate 0`` .. ``Gate 5``, ``Gateway 1``)
   gives each milestone the standard's ``Y``;
6. **a report's tolerance table** (PRINCE2's highlight and checkpoint reports: ``Time``,
   ``Cost``, ``Scope`` rows, the agreed tolerance and the forecast beside them, the colour
   last under a ``Status`` or ``RAG`` column) gives the project's RAGs; a row of two colours
   (previous and current) or a colour under no status header reads nothing.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from adopt_sheets import adopt, book, books, field, only, targets

# ---------------------------------------------------------------------------------------
# 1. a method form's statement is the item's text
# ---------------------------------------------------------------------------------------


def test_a_short_risk_statement_is_the_risks_text(tmp_path: Path) -> None:
    """PMBOK's form: ``Risk Statement`` of two-word values, percentages, a trigger; before,
    nothing mapped the statement and the register was not adopted at all."""
    path = book(
        tmp_path / "pmbok.xlsx",
        "Risk Register",
        [
            ["Risk Register"],
            [],
            ["Risk ID", "Risk Statement", "Probability", "Impact", "Risk Owner", "Status"],
            ["R-01", "Vendor late", "70%", "40%", "Ann Lee", "Open"],
            ["R-02", "Scope creep", "30%", "20%", "Bob Ray", "Open"],
            ["R-03", "Storm damage", "10%", "80%", "Cal Day", "Closed"],
        ],
    )
    adoption = adopt(path)
    table = only(adoption)
    assert table.register == "risks"
    assert targets(table)["Risk Statement"] in {"title", "description"}
    assert field(adoption, "risks", "title") == ["Vendor late", "Scope creep", "Storm damage"]
    assert field(adoption, "risks", "probability") == [4, 2, 1]


def test_statement_of_risk_on_a_sheet_nobody_named(tmp_path: Path) -> None:
    """Another spelling, on ``Sheet1``, with a trigger column beside it."""
    path = book(
        tmp_path / "apm.xlsx",
        "Sheet1",
        [
            ["Ref", "Statement of risk", "Trigger", "Likelihood", "Impact", "Owner"],
            ["R-001", "Permit refused", "Objection lodged", 3, 4, "Ann Lee"],
            ["R-002", "Crane failure", "Inspection fails", 2, 5, "Bob Ray"],
            ["R-003", "Rates rise", "Bank notice", 4, 2, "Cal Day"],
        ],
    )
    adoption = adopt(path)
    assert only(adoption).register == "risks"
    assert field(adoption, "risks", "title") == ["Permit refused", "Crane failure", "Rates rise"]
    assert field(adoption, "risks", "impact") == [4, 5, 2]


def test_issue_and_problem_statements_are_the_issues_text(tmp_path: Path) -> None:
    for header in ("Issue Statement", "Problem statement"):
        path = book(
            tmp_path / f"{header}.xlsx",
            "Issue Log",
            [
                ["Issue ID", header, "Issue Type", "Priority", "Owner", "Status"],
                ["I-001", "Kerbs high", "Off Specification", "High", "Ann Lee", "Open"],
                ["I-002", "Barrier", "Request For Change (RFC)", "Low", "Bob Ray", "Closed"],
                ["I-003", "Staffing", "Problem / Concern", "Medium", "Cal Day", "Open"],
            ],
        )
        adoption = adopt(path)
        assert only(adoption).register == "issues"
        assert field(adoption, "issues", "title") == ["Kerbs high", "Barrier", "Staffing"]
        assert field(adoption, "issues", "type") == [
            "Off-Specification",
            "Request for Change",
            "Problem",
        ]


def test_near_miss_a_risk_title_beside_its_statement_stays_the_title(tmp_path: Path) -> None:
    """With a title column there, the statement is the description, never the title."""
    path = book(
        tmp_path / "both.xlsx",
        "Risks",
        [
            ["Risk ID", "Risk Title", "Risk Statement", "Probability", "Impact", "Owner"],
            ["R-001", "Permit", "If the permit is refused the works stop", 3, 4, "Ann Lee"],
            ["R-002", "Crane", "If the crane fails the lift slips a week", 2, 5, "Bob Ray"],
            ["R-003", "Rates", "If rates rise the loan costs more", 4, 2, "Cal Day"],
        ],
    )
    adoption = adopt(path)
    table = only(adoption)
    assert targets(table)["Risk Title"] == "title"
    assert targets(table)["Risk Statement"] == "description"
    assert field(adoption, "risks", "title") == ["Permit", "Crane", "Rates"]


# ---------------------------------------------------------------------------------------
# 2. PRINCE2's "Prepare contingent plans" is Contingency
# ---------------------------------------------------------------------------------------


def test_prince2_response_categories_in_both_editions(tmp_path: Path) -> None:
    path = book(
        tmp_path / "p2.xlsx",
        "Risk Register",
        [
            [
                "Risk Identifier",
                "Risk Description",
                "Probability",
                "Impact",
                "Risk Response Category",
                "Risk Response",
                "Risk Owner",
            ],
            [
                "R001",
                "Supplier insolvency delays cranes",
                3,
                4,
                "Prepare contingent plans",
                "Second supplier on standby",
                "Ann Lee",
            ],
            ["R002", "Staff unavailable for training", 2, 3, "Fallback", "Agency staff", "Bob Ray"],
            [
                "R003",
                "Interface fails integration test",
                4,
                4,
                "Contingent plan",
                "Manual workaround ready",
                "Cal Day",
            ],
            ["R004", "Road closure during the works", 2, 2, "Reduce", "Night working", "Dee Fox"],
        ],
    )
    adoption = adopt(path)
    table = only(adoption)
    assert targets(table)["Risk Response Category"] == "response_type"
    assert field(adoption, "risks", "response_type") == [
        "Contingency",
        "Contingency",
        "Contingency",
        "Reduce",
    ]
    assert field(adoption, "risks", "response")[0] == "Second supplier on standby"


def test_near_miss_a_contingency_plan_in_the_response_prose_stays_prose(tmp_path: Path) -> None:
    path = book(
        tmp_path / "prose.xlsx",
        "Risks",
        [
            ["Risk ID", "Risk Description", "Probability", "Impact", "Response Plan"],
            ["R-001", "Supplier insolvency delays cranes", 3, 4, "Contingent plan: hire cranes"],
            ["R-002", "Staff unavailable for training", 2, 3, "Agency staff on call"],
            ["R-003", "Interface fails integration test", 4, 4, "Manual workaround ready"],
        ],
    )
    adoption = adopt(path)
    assert targets(only(adoption))["Response Plan"] == "response"
    assert field(adoption, "risks", "response")[0] == "Contingent plan: hire cranes"
    assert field(adoption, "risks", "response_type") == [None, None, None]


# ---------------------------------------------------------------------------------------
# 3. a method's log the standard holds no register for is listed, not adopted
# ---------------------------------------------------------------------------------------


def _listed(path: Path, words: str) -> None:
    adoption = adopt(path)
    assert adoption.report.adopted_tables == []
    (table,) = adoption.report.tables
    assert table.register is None
    assert words in table.reason


def test_a_quality_register_is_no_milestone_plan(tmp_path: Path) -> None:
    """PRINCE2's quality register: products with planned, forecast and actual review dates
    (before: adopted as milestones, each product a milestone)."""
    path = book(
        tmp_path / "quality.xlsx",
        "Quality Register",
        [
            ["Quality Register"],
            [],
            [
                "Quality ID",
                "Product ID",
                "Product Title",
                "Method",
                "Reviewer(s)",
                "Planned Date",
                "Forecast Date",
                "Actual Date",
                "Result",
            ],
            [
                "Q01",
                "P1.1",
                "Design specification",
                "Review",
                "Bob Ray",
                date(2026, 1, 5),
                date(2026, 1, 9),
                date(2026, 1, 9),
                "Pass",
            ],
            [
                "Q02",
                "P1.2",
                "Test plan",
                "Inspection",
                "Cal Day",
                date(2026, 2, 5),
                date(2026, 2, 9),
                None,
                None,
            ],
            [
                "Q03",
                "P2.1",
                "Training pack",
                "Walkthrough",
                "Ann Lee",
                date(2026, 3, 5),
                date(2026, 3, 9),
                None,
                None,
            ],
        ],
    )
    _listed(path, "a quality register")


def test_a_quality_log_titled_on_a_plain_sheet_is_listed(tmp_path: Path) -> None:
    path = book(
        tmp_path / "qlog.xlsx",
        "Sheet1",
        [
            ["Harbour Wall - Quality Log"],
            [],
            ["Ref", "Product", "Owner", "Planned Review", "Actual Review", "Status"],
            [
                "Q1",
                "Design specification",
                "Ann Lee",
                date(2026, 1, 5),
                date(2026, 1, 9),
                "Complete",
            ],
            ["Q2", "Test plan", "Bob Ray", date(2026, 2, 5), None, "Not Started"],
            ["Q3", "Training pack", "Cal Day", date(2026, 3, 5), None, "In Progress"],
        ],
    )
    _listed(path, "a quality register")


def test_a_lessons_log_with_owners_dates_and_statuses_is_no_issue_log(tmp_path: Path) -> None:
    for sheet in ("Lessons Log", "Lessons Learned"):
        path = book(
            tmp_path / f"{sheet}.xlsx",
            sheet,
            [
                ["ID", "Description", "Category", "Owner", "Date Raised", "Status"],
                [
                    "1",
                    "Vendor onboarding took too long for the pilot",
                    "Commercial",
                    "Ann Lee",
                    date(2026, 1, 5),
                    "Open",
                ],
                [
                    "2",
                    "Test kit arrived late from the supplier",
                    "Technical",
                    "Bob Ray",
                    date(2026, 2, 5),
                    "Closed",
                ],
                [
                    "3",
                    "Board met too rarely to approve changes",
                    "Governance",
                    "Cal Day",
                    date(2026, 3, 5),
                    "Open",
                ],
            ],
        )
        _listed(path, "a lessons log")


def test_a_daily_log_and_a_benefits_register_are_listed_by_name(tmp_path: Path) -> None:
    daily = book(
        tmp_path / "daily.xlsx",
        "Daily Log",
        [
            ["Date", "Problem, action, event or comment", "Person responsible", "Target date"],
            [date(2026, 1, 5), "Call the supplier about the crane", "Ann Lee", date(2026, 1, 6)],
            [date(2026, 1, 6), "Check the survey with the engineer", "Bob Ray", date(2026, 1, 9)],
            [date(2026, 1, 7), "Board asked for a cost update", "Ann Lee", date(2026, 1, 14)],
        ],
    )
    _listed(daily, "a daily log")
    benefits = book(
        tmp_path / "benefits.xlsx",
        "Sheet1",
        [
            ["Benefits Register"],
            [],
            ["Ref", "Benefit", "Owner", "Due Date", "Status"],
            [
                "B1",
                "Queue time at the plaza falls by two thirds",
                "Ann Lee",
                date(2026, 9, 1),
                "Open",
            ],
            [
                "B2",
                "Cash handling cost falls by half each month",
                "Bob Ray",
                date(2026, 12, 1),
                "Open",
            ],
            [
                "B3",
                "Revenue leakage falls under three percent",
                "Cal Day",
                date(2027, 3, 1),
                "Closed",
            ],
        ],
    )
    _listed(benefits, "a benefits register")


def test_near_miss_a_sheet_naming_a_register_too_is_that_register(tmp_path: Path) -> None:
    """``Quality Issues`` names the issue register: adopted as issues, as before; and a
    workbook whose lessons log sits beside a risk register adopts the risks only."""
    path = books(
        tmp_path / "pack.xlsx",
        {
            "Quality Issues": [
                ["Issue ID", "Description", "Owner", "Date Raised", "Status"],
                [
                    "I-001",
                    "Weld porosity found on the second girder",
                    "Ann Lee",
                    date(2026, 1, 5),
                    "Open",
                ],
                [
                    "I-002",
                    "Paint thickness under the specification",
                    "Bob Ray",
                    date(2026, 1, 9),
                    "Closed",
                ],
            ],
            "Risk Register": [
                ["Risk ID", "Risk Description", "Probability", "Impact", "Owner"],
                ["R-001", "Supplier insolvency delays cranes", 3, 4, "Ann Lee"],
                ["R-002", "Staff unavailable for training", 2, 3, "Bob Ray"],
            ],
            "Lessons Log": [
                ["ID", "Description", "Owner", "Date Raised", "Status"],
                ["1", "Vendor onboarding took too long", "Ann Lee", date(2026, 1, 5), "Open"],
                [
                    "2",
                    "Test kit arrived late from the supplier",
                    "Bob Ray",
                    date(2026, 2, 5),
                    "Closed",
                ],
            ],
        },
    )
    adoption = adopt(path)
    adopted = {t.sheet: t.register for t in adoption.report.adopted_tables}
    assert adopted == {"Quality Issues": "issues", "Risk Register": "risks"}
    assert field(adoption, "issues", "owner") == ["Ann Lee", "Bob Ray"]


# ---------------------------------------------------------------------------------------
# 4. a form's date line
# ---------------------------------------------------------------------------------------


def test_date_of_report_on_an_end_stage_report_is_the_report_date(tmp_path: Path) -> None:
    path = book(
        tmp_path / "esr.xlsx",
        "End Stage Report",
        [
            ["End Stage Report"],
            [],
            ["Project Name", "Harbour Wall"],
            ["Project Manager", "Ann Lee"],
            ["Date of report", date(2026, 3, 31)],
            ["Overall RAG", "Amber"],
            ["Schedule", "Green"],
        ],
    )
    header = adopt(path).project.header
    assert header.report_date == date(2026, 3, 31)
    assert header.project_manager == "Ann Lee"
    assert header.overall_rag == "Amber"


def test_near_miss_date_of_next_report_is_no_report_date(tmp_path: Path) -> None:
    path = book(
        tmp_path / "next.xlsx",
        "Checkpoint Report",
        [
            ["Checkpoint Report"],
            [],
            ["Project Name", "Harbour Wall"],
            ["Date of next report", date(2026, 4, 30)],
            ["Overall RAG", "Green"],
        ],
    )
    assert adopt(path).project.header.report_date != date(2026, 4, 30)


# ---------------------------------------------------------------------------------------
# 5. a gate plan whose every row is a gate
# ---------------------------------------------------------------------------------------


def test_every_gate_of_a_gate_plan_is_a_gate(tmp_path: Path) -> None:
    for gates in (["Gate 0", "Gate 1", "Gate 2"], ["Gateway 1", "Gateway 2", "Gateway 3"]):
        path = book(
            tmp_path / f"{gates[0]}.xlsx",
            "Gate Plan",
            [
                ["Gate", "Decision point", "Owner", "Baseline", "Forecast", "Status"],
                [
                    gates[0],
                    "Strategic assessment approved",
                    "Ann Lee",
                    date(2025, 9, 1),
                    date(2025, 9, 1),
                    "Complete",
                ],
                [
                    gates[1],
                    "Business justification approved",
                    "Bob Ray",
                    date(2025, 11, 3),
                    date(2025, 11, 17),
                    "In Progress",
                ],
                [
                    gates[2],
                    "Contract awarded",
                    "Cal Day",
                    date(2026, 1, 5),
                    date(2026, 2, 4),
                    "Not Started",
                ],
            ],
        )
        adoption = adopt(path)
        assert only(adoption).register == "milestones"
        assert field(adoption, "milestones", "gate") == ["Y", "Y", "Y"]
        assert field(adoption, "milestones", "owner") == ["Ann Lee", "Bob Ray", "Cal Day"]


# ---------------------------------------------------------------------------------------
# 6. a report's tolerance table gives the project's RAGs
# ---------------------------------------------------------------------------------------


def test_a_highlight_reports_tolerance_table_gives_the_rags(tmp_path: Path) -> None:
    path = book(
        tmp_path / "hl.xlsx",
        "Highlight Report",
        [
            ["Highlight Report"],
            [],
            ["Project Name", "Harbour Wall"],
            ["Report Date", date(2026, 3, 6)],
            [],
            ["Tolerance", "Agreed tolerance", "Forecast", "Status"],
            ["Time", "+/- 2 weeks", "1 week late", "Green"],
            ["Cost", "+/- 10%", "+12%", "Red"],
            ["Scope", "No change", "1 RFC", "Amber"],
            ["Quality", "Zero defects", "2 defects", "Amber"],
        ],
    )
    header = adopt(path).project.header
    assert (header.schedule_rag, header.cost_rag, header.scope_rag) == ("Green", "Red", "Amber")
    assert header.report_date == date(2026, 3, 6)


def test_a_checkpoint_tolerance_table_in_other_words_and_letters(tmp_path: Path) -> None:
    path = book(
        tmp_path / "cp.xlsx",
        "Checkpoint",
        [
            ["Checkpoint Report - Work Package 3"],
            ["Project", "Harbour Wall"],
            [],
            ["Area", "Tolerance", "Current position", "Comment", "RAG"],
            ["Schedule", "2 weeks", "On plan", "Steel on site", "G"],
            ["Budget", "5%", "4% over", "Crane hire extended", "A"],
            ["Scope", "None", "None", "No change requested", "G"],
        ],
    )
    header = adopt(path).project.header
    assert (header.schedule_rag, header.cost_rag, header.scope_rag) == ("Green", "Amber", "Green")


def test_near_miss_two_colours_or_no_status_header_read_nothing(tmp_path: Path) -> None:
    """Previous and current colours on one row: which is the project's now is a reading the
    row does not say; a colour under a header that is no status (``Colour scheme``)."""
    path = book(
        tmp_path / "two.xlsx",
        "Report",
        [
            ["Monthly Report"],
            ["Project", "Harbour Wall"],
            [],
            ["Dimension", "Comment", "Last month", "This month"],
            ["Time", "Steel late", "Green", "Amber"],
            ["Cost", "On budget", "Green", "Green"],
            [],
            ["Item", "Supplier", "Colour scheme"],
            ["Scope", "Paint Co", "Red"],
        ],
    )
    header = adopt(path).project.header
    assert (header.schedule_rag, header.cost_rag, header.scope_rag) == (None, None, None)
