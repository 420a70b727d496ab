"""Round 5 of issue 15: mechanisms for whole families of layouts, each tried on several
shapes written for these tests (none is a benchmark layout):

1. a register given by **section rows** (parent rows, bands, headings with counts, blocks
   stacked under their own titles) instead of a type column;
2. a table **beside other content** (a heat map, a key, a chart's data, notes): the table
   ends where its block ends, and the other block is reported, not mixed in;
3. header words read **by sense** through a thesaurus of concepts, weighed with the
   column's values (``Planned Finish``, ``Revised ETA``, ``Achieved On``, ``Provider
   Team``, ``Contact Person``).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from adopt_sheets import adopt as _adopt
from adopt_sheets import adopt_each_and_consolidate
from openpyxl.styles import Alignment, Font

from addin.adopt import Adoption, adopt_host, open_source
from addin.adopt.classify import section_register
from addin.adopt.match import THESAURUS, candidates, normalise_header, sense_of
from addin.adopt.report import TableReport
from addin.standards import default_standards

RISKS = [
    "Vendor may miss the integration window",
    "Key architect could leave mid-project",
    "Data migration quality lower than assumed",
]
ISSUES = ["Build server out of disk", "Supplier invoice disputed", "Interface spec missing fields"]
ASSUMPTIONS = ["Business users available for UAT", "Current licences cover the pilot"]
DEPENDENCIES = ["Identity service upgrade delivered", "Network change window agreed"]


def _book(path: Path, rows: list[list[object]], sheet: str = "Log", **extra: object) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = sheet
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            if value is not None:
                ws.cell(r, c, value)
    for ref in extra.get("merge", []):  # type: ignore[attr-defined]
        ws.merge_cells(ref)
    for r in extra.get("bold", []):  # type: ignore[attr-defined]
        ws.cell(r, 1).font = Font(bold=True)
    for r in extra.get("indent", []):  # type: ignore[attr-defined]
        ws.cell(r, 1).alignment = Alignment(indent=2)
        ws.row_dimensions[r].outlineLevel = 1
    wb.save(path)
    return path


def _table(adoption: Adoption, sheet: str = "Log") -> TableReport:
    (table,) = [t for t in adoption.report.adopted_tables if t.sheet == sheet]
    return table


def _target(table: TableReport, letter: str) -> str | None:
    return next(c.target for c in table.columns if c.column == letter)


# --- 1. a register given by section rows ----------------------------------------------


def test_section_headings_name_one_register_or_none() -> None:
    assert section_register("Risks") == "risks"
    assert section_register("RAID - Assumptions") == "assumptions"
    assert section_register("Dependencies (3)") == "dependencies"
    assert section_register("KEY ISSUES") == "issues"
    assert section_register("Open Issues:") == "issues"
    assert section_register("Risks - Technical") == "risks"
    assert section_register("RAID: Issues") == "issues"
    assert section_register("1. Dependencies") == "dependencies"
    assert section_register("Go-live risk") is None
    assert section_register("Risks | Issues") is None
    assert section_register("Workstream A") is None
    assert section_register("Risks and Issues") is None  # two registers: no section
    assert section_register("Risk management approach agreed") is None  # a sentence


def test_parent_rows_with_indented_children_split_one_table(tmp_path: Path) -> None:
    """Smartsheet-like: parent rows in the primary column, children indented, a row
    number in column A filled on every row (parents too), no type column."""
    rows: list[list[object]] = [["#", "Item", "Owner", "Likelihood", "Impact", "Due", "Status"]]
    rows.append([1, "Risks"])
    for i, t in enumerate(RISKS):
        rows.append([len(rows), t, "Grace Lee", "High", "Low", date(2026, 2, 1 + i), "Open"])
    rows.append([len(rows), "Issues"])
    for i, t in enumerate(ISSUES[:2]):
        rows.append([len(rows), t, "Tom Walsh", None, "High", date(2026, 3, 1 + i), "Open"])
    rows.append([len(rows), "Assumptions"])
    for i, t in enumerate(ASSUMPTIONS):
        rows.append([len(rows), t, "Priya Nair", None, None, date(2026, 4, 1 + i), "Open"])
    path = _book(tmp_path / "smartsheet.xlsx", rows, indent=[3, 4, 5, 7, 8, 10, 11])
    adoption = _adopt(path)
    table = _table(adoption)
    assert table.register == "raid"
    assert "section rows 'Risks' (row 2), 'Issues' (row 6), 'Assumptions' (row 9)" in table.reason
    assert [r.title for r in adoption.project.risks] == RISKS
    assert [i.title for i in adoption.project.issues] == ISSUES[:2]
    assert [a.assumption for a in adoption.project.assumptions] == ASSUMPTIONS
    assert [r.probability for r in adoption.project.risks] == [5, 5, 5]
    assert [i.severity for i in adoption.project.issues] == [5, 5]
    assert [a.validate_by for a in adoption.project.assumptions] == [
        date(2026, 4, 1),
        date(2026, 4, 2),
    ]
    assert adoption.project.risks[0].due_date == date(2026, 2, 1)
    headings = [s for s in table.skipped_rows if "section heading" in s.reason]
    assert [s.row for s in headings] == [2, 6, 9]


def test_bands_merged_across_the_table_split_it(tmp_path: Path) -> None:
    """Bold bands merged across the table: ``RAID - Risks`` ... ``RAID - Dependencies``."""
    rows: list[list[object]] = [["Ref", "Description", "Owner", "Target", "Status"]]
    rows.append(["RAID - Risks"])
    for i, t in enumerate(RISKS[:2]):
        rows.append([f"R{i + 1}", t, "Grace Lee", date(2026, 2, 2 + i), "Open"])
    rows.append(["RAID - Dependencies"])
    for i, t in enumerate(DEPENDENCIES):
        rows.append([f"D{i + 1}", t, "Dev Patel", date(2026, 5, 4 + i), "Open"])
    path = _book(tmp_path / "bands.xlsx", rows, merge=["A2:E2", "A5:E5"], bold=[2, 5])
    adoption = _adopt(path)
    table = _table(adoption)
    assert table.register == "raid"
    assert [r.title for r in adoption.project.risks] == RISKS[:2]
    assert [d.title for d in adoption.project.dependencies] == DEPENDENCIES
    # one Target column: a risk's Due Date, a dependency's Need By
    assert [r.due_date for r in adoption.project.risks] == [date(2026, 2, 2), date(2026, 2, 3)]
    assert [d.need_by for d in adoption.project.dependencies] == [
        date(2026, 5, 4),
        date(2026, 5, 5),
    ]
    assert [r.id for r in adoption.project.risks] == ["R-001", "R-002"]
    assert [d.id for d in adoption.project.dependencies] == ["D-001", "D-002"]


def test_headings_with_counts_in_the_second_column(tmp_path: Path) -> None:
    """The table starts in column B; headings carry a count: ``Issues (3)``."""
    rows: list[list[object]] = [[None, "Title", "Raised", "Owner", "Priority", "Status"]]
    rows.append([None, f"Issues ({len(ISSUES)})"])
    for t in ISSUES:
        rows.append([None, t, date(2026, 1, 5), "Sam Okafor", "High", "Open"])
    rows.append([None, "Decisions (1)"])
    rows.append([None, "Go with the managed service", date(2026, 1, 9), "J. Murphy", None, None])
    adoption = _adopt(_book(tmp_path / "counts.xlsx", rows))
    assert _table(adoption).register == "raid"
    assert [i.title for i in adoption.project.issues] == ISSUES
    assert [i.priority for i in adoption.project.issues] == ["High"] * 3
    assert [d.decision for d in adoption.project.decisions] == ["Go with the managed service"]


def test_blocks_stacked_under_their_own_titles(tmp_path: Path) -> None:
    """Two registers one under another, each under its own title, no blank row between:
    the second title ends the first table and names the second."""
    rows: list[list[object]] = [["Project Apollo - RAID"], [], ["Risks"]]
    rows.append(["Ref", "Description", "Owner", "Likelihood", "Impact", "Due"])
    rows.append([1, RISKS[0], "Grace Lee", "High", "Medium", date(2026, 2, 1)])
    rows.append([2, RISKS[1], "Tom Walsh", "Low", "High", date(2026, 3, 1)])
    rows.append(["Issues"])
    rows.append(["Ref", "Description", "Owner", "Priority", "Impact", "Due"])
    rows.append([1, ISSUES[0], "Priya Nair", "High", "High", date(2026, 2, 5)])
    rows.append([2, ISSUES[1], "Dev Patel", "Low", "Medium", date(2026, 2, 9)])
    adoption = _adopt(_book(tmp_path / "stacked.xlsx", rows))
    risks, issues = adoption.report.adopted_tables
    assert (risks.register, risks.ref) == ("risks", "A4:F6")
    assert (issues.register, issues.ref) == ("issues", "A8:F10")
    assert [r.title for r in adoption.project.risks] == RISKS[:2]
    assert [i.title for i in adoption.project.issues] == ISSUES[:2]
    assert [r.impact for r in adoption.project.risks] == [3, 5]
    assert [i.severity for i in adoption.project.issues] == [5, 3]


def test_group_headings_of_one_register_do_not_split_it(tmp_path: Path) -> None:
    """Headings that name no register (``Workstream A``) or only one (``Risks``) are group
    headings of one table, listed, never a split."""
    rows: list[list[object]] = [["Risk ID", "Risk", "Owner", "Probability", "Impact"]]
    rows.append(["Workstream A"])
    rows.append(["R1", RISKS[0], "Grace Lee", 4, 3])
    rows.append(["Workstream B"])
    rows.append(["R2", RISKS[1], "Tom Walsh", 2, 5])
    rows.append(["R3", RISKS[2], "Tom Walsh", 3, 3])
    adoption = _adopt(_book(tmp_path / "groups.xlsx", rows, sheet="Risk Register"))
    table = _table(adoption, "Risk Register")
    assert table.register == "risks"
    assert [r.title for r in adoption.project.risks] == RISKS
    assert len([s for s in table.skipped_rows if "heading" in s.reason]) == 2


def test_a_task_plan_with_phase_rows_stays_left_out(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Task", "Start", "Finish", "Resource", "% Complete"]]
    rows.append(["Design"])
    rows.append(["Write the functional spec", date(2026, 1, 5), date(2026, 1, 20), "Ann", 1.0])
    rows.append(["Build"])
    rows.append(["Configure the pilot tenant", date(2026, 2, 2), date(2026, 2, 20), "Bob", 0.5])
    rows.append(["Set up the build pipeline", date(2026, 2, 2), date(2026, 2, 9), "Cy", 0.2])
    adoption = _adopt(_book(tmp_path / "plan.xlsx", rows, sheet="Plan"))
    assert adoption.report.adopted_tables == []


def test_a_sectioned_table_keeps_its_registers_through_the_mapping_file(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Item", "Assigned To", "Impact", "Target Date", "Status"]]
    rows.append(["Risks"])
    for t in RISKS[:2]:
        rows.append([t, "Grace Lee", "High", date(2026, 2, 2), "Open"])
    rows.append(["Assumptions"])
    for t in ASSUMPTIONS:
        rows.append([t, "Dev Patel", None, date(2026, 3, 3), "Open"])
    path = _book(tmp_path / "raid.xlsx", rows, sheet="RAID")
    first = _adopt(path)
    again = adopt_host(open_source(path), default_standards(), mapping=first.mapping)
    for adoption in (first, again):
        assert [r.title for r in adoption.project.risks] == RISKS[:2]
        assert [a.assumption for a in adoption.project.assumptions] == ASSUMPTIONS
        assert [a.validate_by for a in adoption.project.assumptions] == [date(2026, 3, 3)] * 2
        assert [r.impact for r in adoption.project.risks] == [5, 5]


# --- 2. a table beside other content ---------------------------------------------------


def _left_out(adoption: Adoption, sheet: str = "Log") -> str:
    return " ".join(why for name, why in adoption.report.left_out_sheets if name == sheet)


def test_a_heat_map_on_the_header_row_is_not_mixed_in(tmp_path: Path) -> None:
    """A 3x3 heat map starting on the table's own header row, one blank column away: the
    row as a whole is no header (its numbers outweigh its labels), the table's block is."""
    rows: list[list[object]] = [
        ["ID", "Risk", "Owner", "P", "I", None, "P \\ I", 1, 2, 3, 4, 5],
        ["R1", RISKS[0], "Grace Lee", 3, 2, None, 5, 0, 0, 1, 0, 0],
        ["R2", RISKS[1], "Tom Walsh", 5, 5, None, 4, 0, 1, 0, 0, 1],
        ["R3", RISKS[2], "Nora Quinn", 1, 4, None, 3, 1, 0, 0, 0, 0],
        [None, None, None, None, None, None, 2, 0, 0, 0, 0, 0],
        [None, None, None, None, None, None, 1, 0, 0, 0, 1, 0],
    ]
    adoption = _adopt(_book(tmp_path / "heat.xlsx", rows, sheet="Risks"))
    table = _table(adoption, "Risks")
    assert (table.register, table.ref) == ("risks", "A1:E4")
    assert [r.probability for r in adoption.project.risks] == [3, 5, 1]
    assert [r.impact for r in adoption.project.risks] == [2, 5, 4]
    assert "G1:L6" in _left_out(adoption, "Risks")


def test_a_key_table_to_the_right_is_its_own_block(tmp_path: Path) -> None:
    """A two-column key (``Rating | Meaning``) beside an issue log: the log keeps its five
    columns, the key is reported as a block outside every table (two labels that are no
    register columns make no table)."""
    rows: list[list[object]] = [
        ["Issue", "Owner", "Severity", "Raised", "Status", None, "Rating", "Meaning"],
        [ISSUES[0], "Grace Lee", "H", date(2026, 1, 5), "Open", None, "H", "Stops delivery"],
        [ISSUES[1], "Tom Walsh", "M", date(2026, 1, 6), "Open", None, "M", "Delays a stage"],
        [ISSUES[2], "Dev Patel", "L", date(2026, 1, 7), "Closed", None, "L", "Workaround"],
    ]
    adoption = _adopt(_book(tmp_path / "key.xlsx", rows, sheet="Issues"))
    table = _table(adoption, "Issues")
    assert (table.register, table.ref) == ("issues", "A1:E4")
    assert [i.severity for i in adoption.project.issues] == [5, 3, 1]
    assert "G1:H4 'Rating'" in _left_out(adoption, "Issues")


def test_chart_data_below_a_gap_row_is_reported_not_adopted(tmp_path: Path) -> None:
    """A milestone log, then two blank rows and a chart's data block (``Month | Planned |
    Achieved`` counts): a table of another kind, not milestones."""
    rows: list[list[object]] = [["Milestone", "Owner", "Baseline", "Forecast", "Status"]]
    names = ["Design signed off", "Build complete", "Go-live"]
    for i, n in enumerate(names):
        rows.append([n, "Ann Lee", date(2026, 2 + i, 1), date(2026, 2 + i, 8), "On Track"])
    rows += [[], [], ["Month", "Planned", "Achieved"], ["Feb", 1, 0], ["Mar", 1, 0]]
    adoption = _adopt(_book(tmp_path / "chart.xlsx", rows, sheet="Milestones"))
    table = _table(adoption, "Milestones")
    assert (table.register, table.ref) == ("milestones", "A1:E4")
    assert [m.milestone for m in adoption.project.milestones] == names


def test_notes_beside_a_register_are_named_in_the_report(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Ref", "Assumption", "Owner", "Validate By", None, "Notes"],
        ["A1", ASSUMPTIONS[0], "Priya Nair", date(2026, 3, 1), None, "Reviewed at the board"],
        ["A2", ASSUMPTIONS[1], "Dev Patel", date(2026, 3, 8), None, "Licences: see contract"],
    ]
    rows[0][5] = None  # a notes block without a header, beside the table
    adoption = _adopt(_book(tmp_path / "notes.xlsx", rows, sheet="Assumptions"))
    table = _table(adoption, "Assumptions")
    assert (table.register, table.ref) == ("assumptions", "A1:D3")
    assert [a.assumption for a in adoption.project.assumptions] == ASSUMPTIONS
    assert "F2:F3 'Reviewed at the board'" in _left_out(adoption, "Assumptions")


def test_a_narrower_table_right_under_a_register_ends_it(tmp_path: Path) -> None:
    """An action list starts on the row after the last risk, with its own header (``Action
    | Owner | Due``): the risks end there, the actions are a table of their own, left out
    (before round 5 its rows were adopted as risks titled 'Owner', 'Grace Lee'...)."""
    rows: list[list[object]] = [["ID", "Risk", "Owner", "Probability", "Impact", "Status"]]
    for i, t in enumerate(RISKS):
        rows.append([f"R{i + 1}", t, "Grace Lee", 4, 3, "Open"])
    rows.append(["Action", "Owner", "Due"])
    rows.append(["Chase the vendor weekly", "Grace Lee", date(2026, 2, 1)])
    rows.append(["Name a deputy architect", "Tom Walsh", date(2026, 2, 8)])
    adoption = _adopt(_book(tmp_path / "actions.xlsx", rows, sheet="Risks"))
    table = _table(adoption, "Risks")
    assert table.ref == "A1:F4"
    assert [r.title for r in adoption.project.risks] == RISKS
    (actions,) = [t for t in adoption.report.tables if not t.adopted]
    assert actions.ref == "A5:C7" and "an action log" in actions.reason


def test_a_summary_block_right_under_a_register_is_not_items(tmp_path: Path) -> None:
    """A ``Status | Count`` summary straight under a two-row issue log: short rows of
    another kind end the table; they are reported, never adopted as issues."""
    rows: list[list[object]] = [["Issue", "Owner", "Severity", "Raised", "Status"]]
    rows.append([ISSUES[0], "Grace Lee", "H", date(2026, 1, 5), "Open"])
    rows.append([ISSUES[1], "Tom Walsh", "M", date(2026, 1, 6), "Open"])
    rows += [["Status", "Count"], ["Open", 2], ["Closed", 0]]
    adoption = _adopt(_book(tmp_path / "summary.xlsx", rows, sheet="Issues"))
    assert [i.title for i in adoption.project.issues] == ISSUES[:2]
    assert "A4:B6 'Status'" in _left_out(adoption, "Issues")


# --- 3. header words by sense ----------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "register", "column"),
    [
        ("Revised ETA", "milestones", "forecast_date"),
        ("Achieved On", "milestones", "actual_date"),
        ("Original Target", "milestones", "baseline_date"),
        ("Current ETA", "milestones", "forecast_date"),
        ("plannedFinishDate", "milestones", "baseline_date"),
        ("Achieved On", "issues", "closed_date"),
        ("required_resolution_by", "issues", "due_date"),
        ("Identified On", "risks", "raised_date"),
        ("Accountable Manager", "risks", "owner"),
        ("Contact Person", "issues", "owner"),
        ("Provider Team", "dependencies", "counterparty_project_id"),
        ("Supplier Contact", "dependencies", "counterparty_owner"),
        ("Expected Delivery", "dependencies", "committed_date"),
        ("Needed By", "dependencies", "need_by"),
        ("Accountable Lead", "decisions", "made_by"),
        ("Mitigation Owner", "risks", "owner"),
        ("Target Date for Closure", "risks", "due_date"),
        ("Target Fix Date", "issues", "due_date"),
        ("Fixed On", "issues", "closed_date"),
        ("Latest Estimate", "milestones", "forecast_date"),
        ("Signed Off By", "decisions", "made_by"),
        ("Who decided", "decisions", "made_by"),
        # short forms of concept words
        ("Rev. Date", "milestones", "forecast_date"),
        ("Act. Finish", "milestones", "actual_date"),
        ("Orig. Finish", "milestones", "baseline_date"),
        ("Exp. Delivery", "dependencies", "committed_date"),
        ("Iden. Date", "issues", "raised_date"),
    ],
)
def test_header_words_read_by_sense(header: str, register: str, column: str) -> None:
    best = candidates(header, register)[0]
    assert best.column_key == column
    assert best.confidence >= THESAURUS


@pytest.mark.parametrize(
    ("header", "register"),
    [
        ("Raised By", "issues"),  # who raised it, not when
        ("Completed By", "milestones"),
        ("Workstream Lead", "risks"),  # a word of no concept: no sense reading
        ("Lead Time", "risks"),  # a person word beside a date word
        ("Current Status", "milestones"),
        ("Expected Impact", "risks"),
        ("Resolution Plan", "issues"),  # a plan (text) last: not a planned date
        ("% Done", "milestones"),  # a share, not the date it was done
        ("Percent Complete", "milestones"),
    ],
)
def test_headers_with_other_words_are_not_read_by_sense(header: str, register: str) -> None:
    if "%" not in header:
        assert all(sense_of(v, register) is None for v in normalise_header(header))
    assert not any(c.synonym.startswith("(sense") for c in candidates(header, register))


def test_nothing_a_listed_synonym_maps_moves() -> None:
    """Every phrase of the synonym lists still maps by the lists (1.00 or 0.95), never by
    sense: the thesaurus only reads what the lists do not."""
    from addin import layout
    from addin.adopt.synonyms import synonyms_for

    for register in ("risks", "issues", "assumptions", "dependencies", "decisions", "milestones"):
        for column in layout.REGISTERS_BY_KEY[register].columns:
            for phrase in synonyms_for(register, column.key):
                if phrase.startswith("~"):
                    continue
                best = candidates(phrase, register)[0]
                assert not best.synonym.startswith("(sense"), (register, phrase, best)
                assert best.confidence >= 0.95, (register, phrase, best)


def test_a_milestone_plan_in_words_no_list_has(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Deliverable", "Accountable Lead", "Original Target", "Current ETA", "Done On", "RAG"]
    ]
    names = ["Design signed off", "Build complete", "Go-live"]
    for i, n in enumerate(names):
        done = date(2026, 2 + i, 10) if i == 0 else None
        rows.append([n, "Ann Lee", date(2026, 2 + i, 1), date(2026, 2 + i, 10), done, "Green"])
    adoption = _adopt(_book(tmp_path / "plan.xlsx", rows, sheet="Milestones"))
    table = _table(adoption, "Milestones")
    assert [_target(table, x) for x in "ABCDEF"] == [
        "milestone",
        "owner",
        "baseline_date",
        "forecast_date",
        "actual_date",
        "status",
    ]
    by_sense = [c for c in table.columns if c.method == "thesaurus"]
    assert [c.column for c in by_sense] == ["B", "C", "D", "E"]
    assert all(not c.low_confidence for c in by_sense)
    ms = adoption.project.milestones
    assert [m.baseline_date for m in ms] == [date(2026, 2, 1), date(2026, 3, 1), date(2026, 4, 1)]
    assert ms[1].forecast_date == date(2026, 3, 10)
    assert [m.actual_date for m in ms] == [date(2026, 2, 10), None, None]
    assert ms[0].status == "Complete"


def test_an_issue_log_in_snake_case_words_no_list_has(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["issue_summary", "accountable_manager", "required_resolution_by", "achieved_on"]
    ]
    rows[0] += ["severity"]
    for i, t in enumerate(ISSUES):
        closed = date(2026, 3, 2) if i == 2 else None
        rows.append([t, "Priya Nair", date(2026, 2, 1 + i), closed, "Medium"])
    adoption = _adopt(_book(tmp_path / "issues.xlsx", rows, sheet="Issue Log"))
    table = _table(adoption, "Issue Log")
    assert [_target(table, x) for x in "ABCDE"] == [
        "title",
        "owner",
        "due_date",
        "closed_date",
        "severity",
    ]
    issues = adoption.project.issues
    assert [i.owner for i in issues] == ["Priya Nair"] * 3
    assert [i.due_date for i in issues] == [date(2026, 2, 1), date(2026, 2, 2), date(2026, 2, 3)]
    assert [i.closed_date for i in issues] == [None, None, date(2026, 3, 2)]


@pytest.mark.parametrize(
    ("values", "column"),
    [
        (["Platform team", "Data team", "Platform team"], "counterparty_project_id"),
        (["Grace Lee", "Grace Lee", "Tom Walsh"], "counterparty_owner"),
    ],
)
def test_a_party_column_is_read_by_its_values(
    tmp_path: Path, values: list[str], column: str
) -> None:
    """``Provider`` names the other side of a dependency: its people (the counterparty's
    owner) or the other side itself (a team: the counterparty)."""
    rows: list[list[object]] = [["Dependency", "Provider", "Needed By", "Expected Delivery"]]
    for i, t in enumerate([*DEPENDENCIES, "Test data refreshed"]):
        rows.append([t, values[i], date(2026, 4, 1 + i), date(2026, 4, 8 + i)])
    adoption = _adopt(_book(tmp_path / "deps.xlsx", rows, sheet="Dependencies"))
    table = _table(adoption, "Dependencies")
    assert [_target(table, x) for x in "ABCD"] == ["title", column, "need_by", "committed_date"]
    deps = adoption.project.dependencies
    assert [getattr(d, column) for d in deps] == values
    assert deps[0].committed_date == date(2026, 4, 8)


def test_every_round5_layout_checks_and_consolidates(tmp_path: Path) -> None:
    """The layouts above, adopted to files: each passes ``pmo check`` readably and the
    folder consolidates with none rejected."""
    standards = default_standards()
    src, out = tmp_path / "src", tmp_path / "out"
    src.mkdir()
    out.mkdir()
    test_parent_rows_with_indented_children_split_one_table(src)
    (src / "smartsheet.xlsx").rename(src / "a.xlsx")
    test_blocks_stacked_under_their_own_titles(src)
    test_a_milestone_plan_in_words_no_list_has(src)
    test_a_heat_map_on_the_header_row_is_not_mixed_in(src)
    paths = sorted(src.glob("*.xlsx"))
    result = adopt_each_and_consolidate(paths, out, standards, 500, tmp_path / "rollup.xlsx")
    assert (result.rejected, result.projects) == (0, 4)


# --- 4. from the misses of the held-out batches (general, not per layout) --------------


def test_a_text_column_the_header_half_names_takes_short_names(tmp_path: Path) -> None:
    """``Key Deliverable`` reads as a milestone log's text column only partly (and as an
    ID through ``key``): its values - short names such as ``Go-live`` - are no codes, so
    it is the milestone (flagged for review), even when most names are two words."""
    rows: list[list[object]] = [["Key Deliverable", "Lead", "Planned", "Revised", "RAG"]]
    names = ["Go-live", "UAT exit", "Build complete", "Design signed off", "Cutover"]
    for i, n in enumerate(names):
        rows.append([n, "Sam Okafor", date(2026, 2 + i, 2), date(2026, 2 + i, 9), "Green"])
    adoption = _adopt(_book(tmp_path / "plan.xlsx", rows, sheet="Milestone Plan"))
    table = _table(adoption, "Milestone Plan")
    assert _target(table, "A") == "milestone"
    assert next(c for c in table.columns if c.column == "A").low_confidence
    assert [m.milestone for m in adoption.project.milestones] == names
    assert adoption.project.milestones[4].baseline_date == date(2026, 6, 2)


def test_one_person_on_most_rows_is_still_a_person(tmp_path: Path) -> None:
    """``Who decided`` over the same chair on most rows: people, the decision's Made By
    (different things sharing a first word - ``Project Mercury``, ``Project Apollo`` -
    stay no people)."""
    from addin.adopt.evidence import person_share

    assert person_share(["Sam Okafor", "Sam Okafor", "Priya Nair", "Sam Okafor"]) == 1.0
    assert person_share(["Project Mercury", "Project Apollo", "Project Gemini"]) == 0.0
    rows: list[list[object]] = [["Log #", "Date", "What was decided", "Who decided", "Reason"]]
    decided = ["Use the managed service", "Delay the pilot by a month", "Hire a data lead"]
    for i, d in enumerate(decided):
        who = "Priya Nair" if i == 1 else "Sam Okafor"
        rows.append([i + 1, date(2026, 1, 7 + 7 * i), d, who, "Cheaper to run"])
    adoption = _adopt(_book(tmp_path / "steerco.xlsx", rows, sheet="SteerCo Decisions"))
    table = _table(adoption, "SteerCo Decisions")
    assert _target(table, "D") == "made_by"
    assert [d.made_by for d in adoption.project.decisions] == [
        "Sam Okafor",
        "Priya Nair",
        "Sam Okafor",
    ]


def test_a_known_non_column_inside_a_longer_header_is_not_the_owner(tmp_path: Path) -> None:
    """``Issue Report Author`` holds people, but an author is who raised it, not the
    owner: left out with that reason, as ``Author`` alone is."""
    rows: list[list[object]] = [["Issue", "Issue Report Author", "Severity", "Status"]]
    for t, who in zip(ISSUES, ["Sam Okafor", "Priya Nair", "Tom Walsh"], strict=True):
        rows.append([t, who, "High", "Open"])
    adoption = _adopt(_book(tmp_path / "issues.xlsx", rows, sheet="Issue Register"))
    table = _table(adoption, "Issue Register")
    assert _target(table, "B") is None
    assert "who raised it" in next(c.note for c in table.columns if c.column == "B")
    assert all(i.owner is None for i in adoption.project.issues)


# --- the scores (docs/adopt.md, "Round 5") --------------------------------------------


def test_round_5_probe_and_the_tuning_batches_score_every_fact(tmp_path: Path) -> None:
    """Round 5's probe batch and the fourth and fifth tuning batches: every fact right at
    seed 2026 (the first score of the probe, before anything was tuned on it: 202/204,
    both misses a ground-truth error)."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    from adopt_generalisation import run_half
    from adopt_layouts_round5 import PROBE_5
    from adopt_layouts_tuning4 import TUNING_4, TUNING_5

    for n, batch in enumerate((PROBE_5, TUNING_4, TUNING_5)):
        (tmp_path / str(n)).mkdir()
        scores = run_half(batch, 2026, tmp_path / str(n))
        assert [m for s in scores.values() for m in s.misses] == []


def test_round_4s_held_out_batch_keeps_round_5s_score(tmp_path: Path) -> None:
    """Round 4's held-out batch (contaminated since round 4, tuned on in round 5): 246/368
    after round 4, 343/368 after round 5 at seed 2026; the rest are value readings
    (Jira's date text, Planner's ``Important``) outside round 5's part."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    from adopt_generalisation import run_half
    from adopt_layouts_heldout3 import HELD_OUT_3

    scores = run_half(HELD_OUT_3, 2026, tmp_path)
    right = sum(sum(s.right.values()) for s in scores.values())
    total = sum(sum(s.total.values()) for s in scores.values())
    assert total == 368 and right >= 343, right
    assert scores["smartsheet_raid_hierarchy"].misses == []
    assert scores["risk_register_heat_map"].misses == []
    assert scores["milestone_plan_rag_pct"].misses == []
    assert scores["dependency_tracker"].misses == []


def test_a_type_written_once_per_group_is_carried_down(tmp_path: Path) -> None:
    """``Type`` holds ``Risk`` on the first risk row only (blank below it, or merged down
    the group): the rows under it take that type; the report says how many."""
    rows: list[list[object]] = [["Type", "Title", "Owner", "Impact", "Due"]]
    rows.append(["Risk", RISKS[0], "Grace Lee", "High", date(2026, 2, 2)])
    rows.append([None, RISKS[1], "Tom Walsh", "Low", date(2026, 2, 3)])
    rows.append(["Issue", ISSUES[0], "Dev Patel", "High", date(2026, 2, 4)])
    rows.append([None, ISSUES[1], "Dev Patel", "Medium", date(2026, 2, 5)])
    rows.append([None, ISSUES[2], "Nora Quinn", "Low", date(2026, 2, 6)])
    rows.append(["Dependency", DEPENDENCIES[0], "Sam Okafor", None, date(2026, 3, 1)])
    for merge in ([], ["A4:A6"]):
        path = _book(tmp_path / f"raid{len(merge)}.xlsx", rows, sheet="RAID", merge=merge)
        adoption = _adopt(path)
        table = _table(adoption, "RAID")
        assert table.register == "raid"
        assert [r.title for r in adoption.project.risks] == RISKS[:2]
        assert [i.title for i in adoption.project.issues] == ISSUES
        assert [i.severity for i in adoption.project.issues] == [5, 3, 1]
        assert [d.need_by for d in adoption.project.dependencies] == [date(2026, 3, 1)]
        if not merge:
            assert any("once per group: 3 row(s)" in n for n in table.notes), table.notes


def test_a_type_column_with_a_gap_is_not_filled_in(tmp_path: Path) -> None:
    """A type written on every row but one: the row without one is listed, not guessed."""
    rows: list[list[object]] = [["Type", "Title", "Owner", "Impact", "Due"]]
    rows.append(["Risk", RISKS[0], "Grace Lee", "High", date(2026, 2, 2)])
    rows.append(["Issue", ISSUES[0], "Dev Patel", "High", date(2026, 2, 4)])
    rows.append([None, ISSUES[1], "Dev Patel", "Medium", date(2026, 2, 5)])
    rows.append(["Issue", ISSUES[2], "Nora Quinn", "Low", date(2026, 2, 6)])
    rows.append(["Risk", RISKS[1], "Tom Walsh", "Low", date(2026, 2, 3)])
    adoption = _adopt(_book(tmp_path / "raid.xlsx", rows, sheet="RAID"))
    assert [i.title for i in adoption.project.issues] == [ISSUES[0], ISSUES[2]]
    assert any(s.row == 4 for s in _table(adoption, "RAID").skipped_rows)


def test_a_short_row_of_known_values_does_not_end_the_table(tmp_path: Path) -> None:
    """A row holding only values already seen in their columns (``Approved | Budget``) is
    a thin row of the table, not the header of another one: the rows after it stay."""
    rows: list[list[object]] = [["Decision", "Status", "Made By", "Area", "Date", "Rationale"]]
    decided = ["Use the managed service", "Delay the pilot by a month", "Hire a data lead"]
    rows.append([decided[0], "Approved", "Sam Okafor", "Budget", date(2026, 1, 7), "Cheaper"])
    rows.append([decided[1], "Approved", "Priya Nair", "Scope", date(2026, 1, 14), "Readiness"])
    rows.append([None, "Approved", None, "Budget", None, None])
    rows.append([decided[2], "Pending", "Sam Okafor", "Budget", date(2026, 1, 21), "Skills gap"])
    adoption = _adopt(_book(tmp_path / "decisions.xlsx", rows, sheet="Decision Log"))
    table = _table(adoption, "Decision Log")
    assert table.ref == "A1:F5"
    assert [d.decision for d in adoption.project.decisions] == decided


def test_a_register_in_two_sections_counts_each_sections_rows(tmp_path: Path) -> None:
    """``Risks``, ``Issues``, then ``Risks - Closed``: both risk sections are risks, and
    each heading's report line counts its own rows; a row number beside the heading is
    not taken for the heading."""
    rows: list[list[object]] = [["#", "Title", "Owner", "Impact", "Status"]]
    rows.append([1, "Risks"])
    rows.append([2, RISKS[0], "Grace Lee", "High", "Open"])
    rows.append([3, RISKS[1], "Tom Walsh", "Low", "Open"])
    rows.append([4, "Issues"])
    rows.append([5, ISSUES[0], "Dev Patel", "High", "Open"])
    rows.append([6, "Risks - Closed"])
    rows.append([7, RISKS[2], "Nora Quinn", "Medium", "Closed"])
    adoption = _adopt(_book(tmp_path / "raid.xlsx", rows, sheet="RAID"))
    table = _table(adoption, "RAID")
    assert [r.title for r in adoption.project.risks] == RISKS
    assert [r.status for r in adoption.project.risks] == ["Open", "Open", "Closed"]
    lines = [s.reason for s in table.skipped_rows if "section heading" in s.reason]
    assert lines == [
        "a section heading ('Risks'): the rows under it are risks (2 row(s))",
        "a section heading ('Issues'): the rows under it are issues (1 row(s))",
        "a section heading ('Risks - Closed'): the rows under it are risks (1 row(s))",
    ]


def test_a_heading_with_a_group_code_beside_it(tmp_path: Path) -> None:
    """A WBS-like code column: ``R`` / ``I`` beside the headings, ``R.1`` ... on the items."""
    rows: list[list[object]] = [["Code", "Title", "Owner", "Impact", "Due"]]
    rows.append(["R", "Risks"])
    rows.append(["R.1", RISKS[0], "Grace Lee", "High", date(2026, 2, 2)])
    rows.append(["R.2", RISKS[1], "Tom Walsh", "Low", date(2026, 2, 3)])
    rows.append(["I", "Issues"])
    rows.append(["I.1", ISSUES[0], "Dev Patel", "High", date(2026, 2, 4)])
    adoption = _adopt(_book(tmp_path / "wbs.xlsx", rows, sheet="Log"))
    assert _table(adoption).register == "raid"
    assert [r.title for r in adoption.project.risks] == RISKS[:2]
    assert [i.title for i in adoption.project.issues] == ISSUES[:1]
    assert [r.id for r in adoption.project.risks] == ["R-001", "R-002"]


def test_a_lessons_log_grouped_by_raid_headings_stays_left_out(tmp_path: Path) -> None:
    """Lessons grouped under ``Risks`` / ``Issues`` headings: texts and an owner, no
    register columns beyond that - not registers, left out with the reason."""
    rows: list[list[object]] = [["Lesson", "What we would do again", "Owner"]]
    rows.append(["Risks"])
    rows.append(["Log supplier risks early", "Weekly supplier call kept us ahead", "Ann Lee"])
    rows.append(["Score risks together", "Joint scoring made owners commit", "Bob Ray"])
    rows.append(["Issues"])
    rows.append(["Escalate blocking issues fast", "The board unblocked us in a day", "Cy Dee"])
    adoption = _adopt(_book(tmp_path / "lessons.xlsx", rows, sheet="Lessons Learned"))
    assert adoption.report.adopted_tables == []
    assert "not a register table" in adoption.report.tables[0].reason


def test_a_short_form_reads_as_one_concept_or_not_at_all() -> None:
    from addin.adopt.match import _concept_word

    assert _concept_word("rev") == "revised"
    assert _concept_word("fcst") == "forecast"
    assert _concept_word("cat") == "cat"  # not "contact": a short form starts like its word
    assert _concept_word("dec") == "dec"  # a month, not "decided"
    assert _concept_word("exp") == "expected"
    assert _concept_word("dat") == "dat"  # date or department: neither
