"""Round 13 of issue 15: every register table found, and its register right, when the
register goes by another name (a tool's or a contract's), is written in a Nordic language,
says what each row is in a type column, or heads its fields with a tool's field codes.
Every shape was written for these tests (none is a batch layout).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from adopt_sheets import adopt as _adopt
from adopt_sheets import book as _book
from adopt_sheets import only as _only
from adopt_sheets import targets as _targets

from addin.adopt import adopt_host, open_source
from addin.standards import default_standards

DAY = date(2026, 3, 14)
PEOPLE = ["Jane Smith", "Tom Brown", "Ann Lee", "Raj Patel"]


# --- 1. registers by the names tools, contracts and audits give them -------------------------


def test_a_defect_log_is_an_issue_log(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Defect ID", "Summary", "Assigned To", "Status"],
        ["D-101", "Totals do not reconcile on the month-end report", PEOPLE[0], "Open"],
        ["D-102", "Login fails for single sign-on users", PEOPLE[1], "Closed"],
        ["D-103", "Invoice PDF cuts off the last line", PEOPLE[2], "Open"],
    ]
    table = _only(_adopt(_book(tmp_path / "d.xlsx", "Defects", rows)))
    assert table.register == "issues"
    assert _targets(table)["Summary"] == "title"
    assert _targets(table)["Assigned To"] == "owner"


def test_a_bug_list_titled_so_is_an_issue_log(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["UAT bug list - release 4", None, None],
        [None, None, None],
        ["Title", "Owner", "Status"],
        ["Search returns no results for accented names", PEOPLE[0], "Open"],
        ["Export to CSV drops the header row", PEOPLE[1], "Open"],
    ]
    adoption = _adopt(_book(tmp_path / "b.xlsx", "Sheet1", rows))
    table = _only(adoption)
    assert table.register == "issues"
    assert [i.title for i in adoption.project.items("issues")] == [
        "Search returns no results for accented names",
        "Export to CSV drops the header row",
    ]


def test_audit_findings_are_issues_not_risks_despite_a_risk_rating(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Internal audit findings - finance system review", None, None, None, None],
        [None, None, None, None, None],
        ["Finding No.", "Finding Title", "Risk Rating", "Action Owner", "Status"],
        ["F-1", "Journals posted without approval", "High", PEOPLE[0], "Open"],
        ["F-2", "Supplier bank details changed without a call-back", "Medium", PEOPLE[1], "Open"],
        ["F-3", "Leavers kept system access", "Low", PEOPLE[2], "Closed"],
    ]
    adoption = _adopt(_book(tmp_path / "f.xlsx", "Findings", rows))
    table = _only(adoption)
    assert table.register == "issues"
    targets = _targets(table)
    assert targets["Finding Title"] == "title"
    assert targets["Action Owner"] == "owner"
    assert [i.owner for i in adoption.project.items("issues")] == PEOPLE[:3]


def test_an_nec_early_warning_register_is_a_risk_register(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Early Warning Register", None, None, None],
        [None, None, None, None],
        ["EW No.", "Description", "Owner", "Status"],
        ["EW-001", "Utility drawings not received from the water company", PEOPLE[0], "Open"],
        ["EW-002", "Road closure permit may be refused for the weekend", PEOPLE[1], "Closed"],
    ]
    adoption = _adopt(_book(tmp_path / "ew.xlsx", "Sheet1", rows))
    table = _only(adoption)
    assert table.register == "risks"
    assert len(adoption.project.items("risks")) == 2


def test_a_warning_alone_names_no_register(tmp_path: Path) -> None:
    """``Early warning`` is NEC4's risk notice; ``Warnings`` alone (a build's compiler
    warnings, a weather log) names nothing."""
    rows: list[list[object]] = [
        ["Warning", "Raised by", "Date"],
        ["Low disk space on the build agent", PEOPLE[0], DAY],
        ["Deprecated API call in the payments module", PEOPLE[1], DAY],
    ]
    adoption = _adopt(_book(tmp_path / "w.xlsx", "Warnings", rows))
    assert not adoption.report.adopted_tables


# --- 2. Nordic registers: Swedish, Norwegian, Danish ----------------------------------------


def test_a_swedish_issue_log_on_a_sheet_of_cases(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Ärendelista - nytt ekonomisystem", None, None, None, None, None],
        [None, None, None, None, None, None],
        ["Nr", "Ärende", "Ansvarig", "Rapporterad av", "Klart senast", "Status"],
        [1, "Testmiljön är inte klar", "Anna Berg", "Erik Ek", DAY, "Öppen"],
        [2, "Leverantören saknar underlag", "Erik Ek", "Anna Berg", DAY, "Stängd"],
        [3, "Behörigheter saknas för testare", "Anna Berg", "Erik Ek", DAY, "Pågår"],
    ]
    adoption = _adopt(_book(tmp_path / "sv.xlsx", "Blad1", rows))
    table = _only(adoption)
    assert table.register == "issues"
    targets = _targets(table)
    assert targets["Ärende"] == "title"
    assert targets["Ansvarig"] == "owner"
    assert targets["Rapporterad av"] is None  # who reported it: a person, no raised date
    assert targets["Klart senast"] == "due_date"
    issues = adoption.project.items("issues")
    assert [i.status for i in issues] == ["Open", "Closed", "In Progress"]
    assert [i.due_date for i in issues] == [DAY, DAY, DAY]


def test_a_norwegian_decision_log_named_in_one_compound(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Beslutning", "Besluttet av", "Dato", "Begrunnelse"],
        ["Pilot utsettes til høsten", "Kari Berg", DAY, "Styringsgruppen ble enig"],
        ["Leverandør B velges", "Ola Nordmann", DAY, "Lavest totalkostnad"],
    ]
    adoption = _adopt(_book(tmp_path / "no.xlsx", "Beslutningslogg", rows))
    table = _only(adoption)
    assert table.register == "decisions"
    targets = _targets(table)
    assert (targets["Beslutning"], targets["Besluttet av"]) == ("decision", "made_by")
    assert (targets["Dato"], targets["Begrunnelse"]) == ("date", "rationale")
    assert [d.made_by for d in adoption.project.items("decisions")] == ["Kari Berg", "Ola Nordmann"]


def test_a_swedish_compound_header_reads_by_its_parts(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Risk", "Riskägare", "Sannolikhet", "Konsekvens"],
        ["Leverantören blir sen", "Anna Berg", "Hög", "Låg"],
        ["Nyckelperson slutar", "Erik Ek", "Mellan", "Hög"],
    ]
    adoption = _adopt(_book(tmp_path / "sv2.xlsx", "Risker", rows))
    table = _only(adoption)
    assert table.register == "risks"
    assert _targets(table)["Riskägare"] == "owner"
    risks = adoption.project.items("risks")
    assert [(r.probability, r.impact) for r in risks] == [(5.0, 1.0), (3.0, 5.0)]


def test_english_words_that_are_nordic_halves_read_as_english() -> None:
    """``AV`` (earned value's Actual Value) is Swedish ``av`` (by) only inside a phrase;
    Danish ``sag`` and ``log`` are English words and not in the file."""
    from addin.adopt.languages import translate

    assert translate("AV: Actual Value") is None
    assert translate("Sag") is None
    assert translate("Log") is None
    assert translate("Rapporterad av") == "raised by"  # round 13's header words


# --- 3. what each row is: a tool's record type, and a tree query's levels --------------------


def _tree_query(types: list[str]) -> list[list[object]]:
    rows: list[list[object]] = [
        ["ID", "Work Item Type", "Title 1", "Title 2", "State", "Assigned To"]
    ]
    texts = iter(
        [
            "Supplier may miss the integration window",
            "Test data not masked before the copy",
            "Licence renewal costs rise",
            "Build server out of disk",
        ]
    )
    for n, kind in enumerate(types):
        if kind == "Epic":
            rows.append([500 + n, kind, "Customer portal", None, "Active", PEOPLE[3]])
        else:
            rows.append([500 + n, kind, None, next(texts), "New", PEOPLE[n % 3]])
    return rows


def test_a_tree_query_of_risks_and_issues_under_epics(tmp_path: Path) -> None:
    rows = _tree_query(["Epic", "Risk", "Risk", "Epic", "Issue", "Issue"])
    adoption = _adopt(_book(tmp_path / "t.xlsx", "Query", rows))
    table = _only(adoption)
    assert table.register == "raid"
    targets = _targets(table)
    assert (targets["Title 1"], targets["Title 2"]) == ("title", "title")
    assert [r.title for r in adoption.project.items("risks")] == [
        "Supplier may miss the integration window",
        "Test data not masked before the copy",
    ]
    assert [i.title for i in adoption.project.items("issues")] == [
        "Licence renewal costs rise",
        "Build server out of disk",
    ]
    skipped = [s.value for s in table.skipped_rows]
    assert skipped.count("epic") == 2  # the parents are listed, not adopted


def test_a_tree_querys_levels_travel_in_the_mapping_file_to_next_month(tmp_path: Path) -> None:
    """Next month's query, saved mapping applied: both level columns are still the title, so
    a risk that moved up a level (no parent now) keeps its title."""
    from addin.adopt.mapping_file import load_mapping, save_mapping

    rows = _tree_query(["Epic", "Risk", "Risk", "Epic", "Issue", "Issue"])
    first = _adopt(_book(tmp_path / "m1.xlsx", "Query", rows))
    saved = save_mapping(first.mapping, tmp_path / "query.mapping.json")
    rows = _tree_query(["Epic", "Risk", "Risk", "Issue", "Issue"])
    rows[2][2], rows[2][3] = rows[2][3], None  # the first risk now a top-level item
    second = adopt_host(
        open_source(_book(tmp_path / "m2.xlsx", "Query", rows)),
        default_standards(),
        mapping=load_mapping(saved),
    )
    assert [r.title for r in second.project.items("risks")] == [
        "Supplier may miss the integration window",
        "Test data not masked before the copy",
    ]
    assert len(second.project.items("issues")) == 2


def test_a_work_item_export_with_one_risk_among_stories_is_no_register(tmp_path: Path) -> None:
    rows: list[list[object]] = [["ID", "Work Item Type", "Title", "Assigned To", "State"]]
    for n, kind in enumerate(["User Story", "Task", "Risk", "User Story", "Task"]):
        rows.append([700 + n, kind, f"Item number {n} of the sprint backlog", PEOPLE[n % 3], "New"])
    adoption = _adopt(_book(tmp_path / "s.xlsx", "Backlog", rows))
    assert not adoption.report.adopted_tables


def test_numbered_columns_filled_on_the_same_rows_are_no_levels(tmp_path: Path) -> None:
    """``Title 1 | Title 2`` both filled on a row are two texts (a title and its second
    line), not one field in levels: only one of them is the title."""
    rows: list[list[object]] = [
        ["Title 1", "Title 2", "Owner"],
        ["Supplier may be late", "for the integration window", PEOPLE[0]],
        ["Key architect may leave", "before the design is signed off", PEOPLE[1]],
    ]
    table = _only(_adopt(_book(tmp_path / "o.xlsx", "Risks", rows)))
    assert list(_targets(table).values()).count("title") == 1


def test_a_planning_tool_activity_type_of_milestones_names_the_register(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Activity ID", "Activity Name", "Activity Type", "Primary Resource", "Finish"],
        ["A100", "Design approved", "Finish Milestone", PEOPLE[0], DAY],
        ["A110", "Build start", "Start Milestone", PEOPLE[1], DAY],
        ["A120", "Go-live", "Finish Milestone", PEOPLE[2], DAY],
    ]
    adoption = _adopt(_book(tmp_path / "p6.xlsx", "Activities", rows))
    table = _only(adoption)
    assert table.register == "milestones"
    assert "column C says every row is a milestone" in table.reason
    targets = _targets(table)
    assert (targets["Activity Name"], targets["Primary Resource"]) == ("milestone", "owner")
    assert [m.milestone for m in adoption.project.items("milestones")] == [
        "Design approved",
        "Build start",
        "Go-live",
    ]


def test_a_task_type_of_work_is_no_register(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Activity ID", "Activity Name", "Activity Type", "Finish"],
        ["A100", "Pour the slab", "Task Dependent", DAY],
        ["A110", "Install the lifts", "Resource Dependent", DAY],
        ["A120", "Risk workshop", "Level of Effort", DAY],
    ]
    adoption = _adopt(_book(tmp_path / "p6t.xlsx", "Activities", rows))
    assert not adoption.report.adopted_tables


# --- 4. a decision log named by the body that decides ----------------------------------------


def test_a_change_advisory_board_log_is_a_decision_log(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["CAB Date", "Change", "CAB Decision", "Decision By", "Reason"],
        [DAY, "Patch the web servers", "Approved for Saturday", PEOPLE[0], "Tested"],
        [DAY, "Upgrade the database", "Deferred a month", PEOPLE[1], "Month-end close"],
    ]
    adoption = _adopt(_book(tmp_path / "cab.xlsx", "CAB", rows))
    table = _only(adoption)
    assert table.register == "decisions"
    targets = _targets(table)
    assert targets["CAB Decision"] == "decision"
    assert targets["Decision By"] == "made_by"
    assert targets["CAB Date"] == "date"
    decisions = adoption.project.items("decisions")
    assert [(d.decision, d.made_by, d.date) for d in decisions] == [
        ("Approved for Saturday", PEOPLE[0], DAY),
        ("Deferred a month", PEOPLE[1], DAY),
    ]


def test_an_issue_logs_type_column_of_risks_and_features_keeps_it_an_issue_log(
    tmp_path: Path,
) -> None:
    """A column headed by the issue register's own word is the item text: a type column of
    ``Risk`` rows among ``Feature`` rows only classifies them (as round 6's guard says for
    a type column of one register)."""
    rows: list[list[object]] = [["ID", "Issue", "Item Type", "Owner", "Status"]]
    for i, kind in enumerate(["Risk", "Risk", "Feature", "Risk"]):
        rows.append([f"I{i + 1}", f"Supplier risk {i + 1} materialised", kind, PEOPLE[i], "Open"])
    adoption = _adopt(_book(tmp_path / "il.xlsx", "Issue Log", rows))
    assert adoption.project.items("risks") == []
    assert len(adoption.project.items("issues")) == 4


# --- 5. tool exports: field codes over titles, tools whose records are one register ---------


def test_field_codes_over_their_titles_leave_the_titles_as_the_header(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["task_code", "task_name", "target_end_date", "act_end_date", "task_type"],
        ["Activity ID", "Activity Name", "Planned Finish", "Actual Finish", "Activity Type"],
        ["M100", "Contract signed", DAY, DAY, "Finish Milestone"],
        ["M110", "Design frozen", DAY, None, "Finish Milestone"],
        ["M120", "Handover", DAY, None, "Finish Milestone"],
    ]
    adoption = _adopt(_book(tmp_path / "codes.xlsx", "TASK", rows))
    table = _only(adoption)
    assert (table.header_row, table.register) == (2, "milestones")
    targets = _targets(table)
    assert targets["Activity Name"] == "milestone"
    assert targets["Planned Finish"] == "baseline_date"
    assert targets["Actual Finish"] == "actual_date"
    milestones = adoption.project.items("milestones")
    assert [m.milestone for m in milestones] == ["Contract signed", "Design frozen", "Handover"]
    assert [m.actual_date for m in milestones] == [DAY, None, None]


def test_a_snake_case_header_over_its_items_stays_the_header(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["risk_id", "risk_title", "risk_owner", "risk_status"],
        ["R-1", "Supplier late", "Jane Smith", "Open"],
        ["R-2", "Key person leaves", "Tom Brown", "Closed"],
    ]
    adoption = _adopt(_book(tmp_path / "snake.xlsx", "Risks", rows))
    table = _only(adoption)
    assert table.header_row == 1
    assert [r.title for r in adoption.project.items("risks")] == [
        "Supplier late",
        "Key person leaves",
    ]


def _export_rows(header: list[str], make: object) -> list[list[object]]:
    rows: list[list[object]] = [header]
    texts = ["Login fails for SSO users", "Invoice totals do not add up", "Search is slow"]
    for n, text in enumerate(texts):
        rows.append(make(n, text))  # type: ignore[operator]
    return rows


def test_a_linear_export_is_an_issue_log_whatever_its_sheet(tmp_path: Path) -> None:
    header = ["ID", "Title", "Status", "Priority", "Assignee", "Created", "Cycle Name", "Team"]
    rows = _export_rows(
        header,
        lambda n, t: [f"OPS-{40 + n}", t, "Todo", "High", PEOPLE[n], DAY, "Cycle 7", "Ops"],
    )
    adoption = _adopt(_book(tmp_path / "lin.xlsx", "Sheet1", rows))
    table = _only(adoption)
    assert table.register == "issues"
    assert "Linear's export, whose records are issues" in table.reason
    targets = _targets(table)
    assert (targets["Assignee"], targets["Created"]) == ("owner", "raised_date")
    assert (targets["Cycle Name"], targets["Team"]) == (None, None)
    assert [i.owner for i in adoption.project.items("issues")] == PEOPLE[:3]


def test_a_gitlab_issue_export_is_an_issue_log(tmp_path: Path) -> None:
    header = ["Issue ID", "Title", "State", "Author", "Assignee", "Confidential", "Weight"]
    rows = _export_rows(
        header, lambda n, t: [n + 1, t, "opened", PEOPLE[3], PEOPLE[n], "No", n + 1]
    )
    adoption = _adopt(_book(tmp_path / "gl.xlsx", "export", rows))
    table = _only(adoption)
    assert table.register == "issues"
    assert "GitLab's export" in table.reason
    titles = [i.title for i in adoption.project.items("issues")]
    assert titles == ["Login fails for SSO users", "Invoice totals do not add up", "Search is slow"]


def test_generic_tracker_fields_without_a_tools_own_field_name_no_register(
    tmp_path: Path,
) -> None:
    """``ID | Title | Status | Assignee | Created | Team``: any task list; no tool's own
    field says whose export it is, so nothing names its register."""
    header = ["ID", "Title", "Status", "Assignee", "Created", "Team"]
    rows = _export_rows(header, lambda n, t: [n + 1, t, "Todo", PEOPLE[n], DAY, "Ops"])
    adoption = _adopt(_book(tmp_path / "gen.xlsx", "Sheet1", rows))
    assert not adoption.report.adopted_tables


# --- 6. a transposed register whose first row names its items: read (round 17) ------------


def test_a_gate_tracker_with_gates_across_is_read_transposed(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Phase gates - warehouse move", None, None, None],
        [None, None, None, None],
        ["Gate", "Feasibility", "Design", "Go-live"],
        ["Owner", PEOPLE[0], PEOPLE[1], PEOPLE[2]],
        ["Baseline date", DAY, DAY, DAY],
        ["Forecast date", DAY, DAY, DAY],
        ["Status", "Complete", "In Progress", "Not Started"],
    ]
    adoption = _adopt(_book(tmp_path / "gates.xlsx", "Gates", rows))
    # round 17: read as the table it is, the gates naming the milestones (flagged: no word
    # names the register, so the first row's reading as the names is for review)
    (table,) = adoption.report.adopted_tables
    assert (table.ref, table.register) == ("A3:D7", "milestones")
    milestones = adoption.project.milestones
    assert [m.milestone for m in milestones] == ["Feasibility", "Design", "Go-live"]
    assert [m.gate for m in milestones] == ["Y", "Y", "Y"]
    assert adoption.report.needs_review


def test_fields_down_a_column_over_numbers_are_no_transposed_register(tmp_path: Path) -> None:
    """The first row holds years, not item names: without an ID or main text among the
    fields, nothing says each column is an item."""
    rows: list[list[object]] = [
        ["Year", 2024, 2025, 2026],
        ["Owner", PEOPLE[0], PEOPLE[1], PEOPLE[2]],
        ["Baseline date", DAY, DAY, DAY],
        ["Forecast date", DAY, DAY, DAY],
        ["Status", "Complete", "In Progress", "Not Started"],
    ]
    adoption = _adopt(_book(tmp_path / "years.xlsx", "Plan", rows))
    assert not any("transposed" in w for w in adoption.report.warnings)


def test_an_issue_types_column_of_problems_and_concerns_keeps_an_issue_log(
    tmp_path: Path,
) -> None:
    """``Problem`` is a register word (an issue) and an issue type: a type column of
    ``Problem``, ``Concern`` and ``Request for Change`` is the issues' own type list, one
    register only, never a mixed table of problems among other work items."""
    rows: list[list[object]] = [["ID", "Title", "Issue Type", "Owner", "Status"]]
    for i, kind in enumerate(["Problem", "Concern", "Problem", "Request for Change", "Problem"]):
        rows.append([f"I-{i + 1}", f"Issue number {i + 1} in the test cycle", kind, PEOPLE[i % 4]])
        rows[-1].append("Open")
    adoption = _adopt(_book(tmp_path / "types.xlsx", "Issues", rows))
    table = _only(adoption)
    assert table.register == "issues"
    assert _targets(table)["Issue Type"] == "type"
    issues = adoption.project.items("issues")
    assert len(issues) == 5
    assert [i.type for i in issues][:2] == ["Problem", "Concern"]
