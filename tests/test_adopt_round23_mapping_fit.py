"""Round 23: a saved mapping re-used on next month's file (docs/adopt.md, "Red team of round
23"). Next month's register is this month's edited by people: rows inserted above the
header, a column inserted or added, a column removed, the sheet renamed. Each case gives the
same result for what is unchanged, or says which mapping entry no longer fits, with the fix.
"""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl

from addin.adopt import adopt_file, adopt_host, load_mapping, open_source
from addin.cli import main
from addin.standards import default_standards

HEADERS = ["Ref", "Risk", "Likelihood", "Impact", "Owner", "Logged", "Mitigation"]
ROWS = [
    ["R1", "Supplier late", "High", "Medium", "Ann Lee", "2026-03-04", "Chase weekly"],
    ["R2", "Budget cut", "Low", "High", "Bo Chan", "2026-05-06", "Re-plan scope"],
    ["R3", "Key person leaves", "Medium", "Low", "Cy Dee", "2026-07-08", "Cross-train"],
]


def _book(path: Path, sheet: str = "Risk Log") -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    ws.append(HEADERS)
    for row in ROWS:
        ws.append(row)
    wb.save(path)
    return path


def _this_month(tmp_path: Path) -> Path:
    """Adopt this month's file; returns the saved mapping file."""
    src = _book(tmp_path / "march.xlsx")
    adopt_file(src, tmp_path / "march.adopted.xlsx", default_standards())
    return tmp_path / "march.adopted.mapping.json"


def _next_month(tmp_path: Path, edit, mapping: Path):  # type: ignore[no-untyped-def]
    wb = openpyxl.load_workbook(tmp_path / "march.xlsx")
    edit(wb)
    wb.save(tmp_path / "april.xlsx")
    return adopt_host(
        open_source(tmp_path / "april.xlsx"), default_standards(), mapping=load_mapping(mapping)
    )


def _risks(adoption) -> list[tuple[str, int | None, str | None, str | None]]:  # type: ignore[no-untyped-def]
    return [(r.title, r.probability, r.owner, r.response) for r in adoption.project.risks]


EXPECTED = [
    ("Supplier late", 5, "Ann Lee", "Chase weekly"),
    ("Budget cut", 1, "Bo Chan", "Re-plan scope"),
    ("Key person leaves", 3, "Cy Dee", "Cross-train"),
]


def test_this_months_file_reads_as_expected(tmp_path: Path) -> None:
    mapping = _this_month(tmp_path)
    again = _next_month(tmp_path, lambda wb: None, mapping)
    assert _risks(again) == EXPECTED
    assert again.report.misfits == [] and not again.report.needs_review


def test_rows_inserted_above_the_header_are_followed(tmp_path: Path) -> None:
    """Before round 23 the saved header row (1) was read as headers: a title, so no column
    matched and no risk was adopted, with exit code 0."""
    mapping = _this_month(tmp_path)

    def titled(wb) -> None:  # type: ignore[no-untyped-def]
        ws = wb["Risk Log"]
        ws.insert_rows(1, 2)
        ws["A1"] = "Risk log - April"

    again = _next_month(tmp_path, titled, mapping)
    assert _risks(again) == EXPECTED
    said = [w for w in again.report.warnings if "headers are on row 3 now, not 1" in w]
    assert said and '"header_row": 3' in said[0]
    assert again.mapping.tables[0].header_row == 3  # the saved mapping fits April
    assert not again.report.needs_review


def test_a_header_row_holding_a_few_of_the_words_is_not_taken(tmp_path: Path) -> None:
    """Near miss: a row holding two of the seven headers (a summary line) is not the table;
    the entry no longer fits and the report says so, with the fix."""
    mapping = _this_month(tmp_path)

    def replaced(wb) -> None:  # type: ignore[no-untyped-def]
        ws = wb["Risk Log"]
        ws.insert_rows(1, 4)
        ws["A1"] = "Summary"
        ws["A3"], ws["B3"], ws["C3"] = "Ref", "Owner", "Count"
        for col in range(1, 8):
            ws.cell(5, col).value = f"Field {col}"

    again = _next_month(tmp_path, replaced, mapping)
    unfit = [m for m in again.report.misfits if "no longer holds the table's headers" in m]
    assert unfit and "Risk Log!A1" in unfit[0] and 'set "header_row"' in unfit[0]
    assert again.report.needs_review


def test_a_column_inserted_does_not_push_the_last_one_out(tmp_path: Path) -> None:
    """Before round 23 the saved columns A:G were read: the inserted column pushed
    "Mitigation" to H, outside the table, and the responses were lost."""
    mapping = _this_month(tmp_path)

    def inserted(wb) -> None:  # type: ignore[no-untyped-def]
        ws = wb["Risk Log"]
        ws.insert_cols(3)
        ws["C1"] = "Reviewer notes"
        for row in (2, 3, 4):
            ws.cell(row, 3).value = "seen"

    again = _next_month(tmp_path, inserted, mapping)
    assert _risks(again) == EXPECTED
    table = again.report.tables[0]
    assert table.ref == "A1:H4"
    assert any("'Reviewer notes' is new since the mapping was saved" in n for n in table.notes)
    assert again.report.misfits == []


def test_a_column_added_at_the_end_is_read_as_new(tmp_path: Path) -> None:
    mapping = _this_month(tmp_path)

    def added(wb) -> None:  # type: ignore[no-untyped-def]
        ws = wb["Risk Log"]
        ws["H1"] = "Category"
        for row in (2, 3, 4):
            ws.cell(row, 8).value = "Commercial"

    again = _next_month(tmp_path, added, mapping)
    assert _risks(again) == EXPECTED
    assert [r.category for r in again.project.risks] == ["Commercial"] * 3
    assert any(
        "'Category' is new since the mapping was saved; matched automatically" in n
        for n in again.report.tables[0].notes
    )


def test_a_table_beside_after_a_blank_column_is_not_absorbed(tmp_path: Path) -> None:
    """Near miss: widening stops at the first blank header; a lookup list two columns to
    the right stays out of the register."""
    mapping = _this_month(tmp_path)

    def lookup(wb) -> None:  # type: ignore[no-untyped-def]
        ws = wb["Risk Log"]
        ws["I1"], ws["J1"] = "Level", "Meaning"
        ws["I2"], ws["J2"] = "High", "Act now"

    again = _next_month(tmp_path, lookup, mapping)
    assert again.report.tables[0].ref == "A1:G4"
    assert _risks(again) == EXPECTED


def test_a_mapped_column_gone_is_a_misfit_with_the_fix(tmp_path: Path) -> None:
    """Before round 23 a note on the table said the column was missing, and the exit code
    was 0: the owners were silently empty."""
    mapping = _this_month(tmp_path)
    again = _next_month(tmp_path, lambda wb: wb["Risk Log"].delete_cols(5), mapping)
    assert [r.owner for r in again.project.risks] == [None, None, None]
    assert [r.title for r in again.project.risks] == [t for t, *_ in EXPECTED]
    (line,) = again.report.misfits
    assert "april.xlsx: Risk Log!A1:F4" in line
    assert "maps column 'Owner' to 'owner'" in line and "remove 'Owner'" in line
    assert line in again.report.warnings and again.report.needs_review


def test_a_column_the_mapping_leaves_out_may_go_quietly(tmp_path: Path) -> None:
    """Near miss: a column the PMO set to null in the mapping is gone: nothing is lost, so
    no misfit (the table's note still says it is missing)."""
    mapping = _this_month(tmp_path)
    data = json.loads(mapping.read_text(encoding="utf-8"))
    data["tables"][0]["columns"]["Owner"] = None
    mapping.write_text(json.dumps(data), encoding="utf-8")
    again = _next_month(tmp_path, lambda wb: wb["Risk Log"].delete_cols(5), mapping)
    assert again.report.misfits == []
    assert any("'Owner' named in the mapping is missing" in n for n in again.report.tables[0].notes)


def test_a_renamed_sheet_keeps_the_pmos_edits(tmp_path: Path) -> None:
    """Before round 23 the entry of a renamed sheet was ignored without a word and the
    sheet detected afresh: the PMO's edits (High as 4, Owner left out) were lost."""
    mapping = _this_month(tmp_path)
    data = json.loads(mapping.read_text(encoding="utf-8"))
    data["readings"]["three_level"]["high"] = 4
    data["tables"][0]["columns"]["Owner"] = None
    mapping.write_text(json.dumps(data), encoding="utf-8")

    def renamed(wb) -> None:  # type: ignore[no-untyped-def]
        wb["Risk Log"].title = "Risks April"

    again = _next_month(tmp_path, renamed, mapping)
    assert [(r.probability, r.owner) for r in again.project.risks] == [
        (4, None),
        (1, None),
        (3, None),
    ]
    said = [w for w in again.report.warnings if "no sheet of that name" in w]
    assert said and "'Risks April'" in said[0] and "\"sheet\": 'Risks April'" in said[0]
    assert again.mapping.tables[0].sheet == "Risks April"


def test_two_sheets_holding_the_headers_are_not_guessed_between(tmp_path: Path) -> None:
    """Near miss: the sheet is gone and two new sheets both hold its headers: neither is
    taken; the entry is not applied and the report says so, with the fix."""
    mapping = _this_month(tmp_path)

    def split(wb) -> None:  # type: ignore[no-untyped-def]
        ws = wb["Risk Log"]
        ws.title = "North"
        copy = wb.copy_worksheet(ws)
        copy.title = "South"

    again = _next_month(tmp_path, split, mapping)
    (line,) = again.report.misfits
    assert "'North', 'South' all hold its headers" in line and "not applied" in line
    assert again.report.needs_review


def test_the_cli_exit_code_says_review_when_the_mapping_no_longer_fits(tmp_path: Path) -> None:
    mapping = _this_month(tmp_path)
    wb = openpyxl.load_workbook(tmp_path / "march.xlsx")
    wb["Risk Log"].delete_cols(5)
    wb.save(tmp_path / "april.xlsx")
    source = (tmp_path / "april.xlsx").read_bytes()
    out = str(tmp_path / "a.xlsx")
    code = main(["adopt", str(tmp_path / "april.xlsx"), "--out", out, "--mapping", str(mapping)])
    assert code == 1
    assert (tmp_path / "april.xlsx").read_bytes() == source


def _stacked(path: Path, gap_title: bool = True) -> Path:
    """Risks, one blank row, then decisions under their own title, on one sheet."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Log"
    ws.append(["Risks"])
    ws.append(["Ref", "Risk", "Owner", "Likelihood", "Impact"])
    ws.append(["R1", "Supplier late", "Ann Lee", "High", "Low"])
    ws.append(["R2", "Budget cut", "Bo Chan", "Low", "High"])
    ws.append([])
    ws.append(["Decisions"] if gap_title else ["R3", "Key person leaves", "Cy Dee", "Low", "Low"])
    if gap_title:
        ws.append(["Ref", "Decision", "Decided by", "Decided on", "Rationale"])
        ws.append(["D1", "Buy, not build", "Cy Dee", "2026-02-03", "Cheaper to run"])
        ws.append(["D2", "Pilot in one region", "Ann Lee", "2026-02-10", "Less risk"])
    wb.save(path)
    return path


def test_stacked_tables_end_at_the_next_mapped_table(tmp_path: Path) -> None:
    """Before round 23 the same file re-adopted with its own mapping read the risks on to
    two blank rows: the decisions' title, header and rows became four more risks."""
    src = _stacked(tmp_path / "log.xlsx")
    first = adopt_file(src, tmp_path / "a.xlsx", default_standards())
    again = adopt_host(
        open_source(src), default_standards(), mapping=load_mapping(tmp_path / "a.mapping.json")
    )
    assert first.report.item_counts == {"risks": 2, "decisions": 2}
    assert again.report.item_counts == {"risks": 2, "decisions": 2}
    assert [r.title for r in again.project.risks] == ["Supplier late", "Budget cut"]


def test_one_blank_row_inside_a_mapped_table_does_not_end_it(tmp_path: Path) -> None:
    """Near miss: with no other mapped table below, a row after one blank row is still the
    table's (two blank rows end a table, as detection reads it)."""
    src = _stacked(tmp_path / "log.xlsx", gap_title=False)
    first = adopt_file(src, tmp_path / "a.xlsx", default_standards())
    again = adopt_host(
        open_source(src), default_standards(), mapping=load_mapping(tmp_path / "a.mapping.json")
    )
    assert first.report.item_counts == again.report.item_counts == {"risks": 3}


def test_a_new_sheet_is_detected_and_said(tmp_path: Path) -> None:
    mapping = _this_month(tmp_path)

    def issues(wb) -> None:  # type: ignore[no-untyped-def]
        ws = wb.create_sheet("Issues")
        ws.append(["ID", "Issue", "Owner", "Status", "Date Raised"])
        ws.append(["I1", "Server down", "Ann Lee", "Open", "2026-03-01"])
        ws.append(["I2", "Vendor late", "Bo Chan", "Open", "2026-03-02"])

    again = _next_month(tmp_path, issues, mapping)
    assert again.report.item_counts == {"risks": 3, "issues": 2}
    said = [w for w in again.report.warnings if "has no entry in the mapping file" in w]
    assert len(said) == 1 and said[0].startswith("sheet 'Issues'")


def test_a_sheet_with_nothing_adopted_is_not_said_new(tmp_path: Path) -> None:
    """Near miss: a notes sheet the mapping does not name (nothing adopted from it, this
    month or next) is no news."""
    mapping = _this_month(tmp_path)
    again = _next_month(tmp_path, lambda wb: wb.create_sheet("Notes").append(["Read me"]), mapping)
    assert not [w for w in again.report.warnings if "has no entry in the mapping file" in w]


def _tracker(path: Path, line_header: str) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Spend"
    ws.append([line_header, "Actual Jan 2026", "Actual Feb 2026", "Forecast Mar 2026"])
    ws.append(["Labour", 1200, 1300, 1400])
    ws.append(["Travel", 200, 150, 300])
    wb.save(path)
    return path


def test_a_category_column_read_as_the_lines_keeps_its_category_next_month(
    tmp_path: Path,
) -> None:
    """Before round 23 the mapping saved the column as the cost line only, and the re-run
    lost every line's category (Labour, Travel)."""
    src = _tracker(tmp_path / "spend.xlsx", "Spend category")
    first = adopt_file(src, tmp_path / "a.xlsx", default_standards())
    saved = json.loads((tmp_path / "a.mapping.json").read_text(encoding="utf-8"))
    assert saved["tables"][0]["columns"]["Spend category"] == "category"
    again = adopt_host(
        open_source(src), default_standards(), mapping=load_mapping(tmp_path / "a.mapping.json")
    )
    lines = [(f.cost_line, f.category) for f in first.project.finance]
    assert ("Labour", "Labour") in lines and ("Travel", "Travel") in lines
    assert [(f.cost_line, f.category) for f in again.project.finance] == lines


def test_a_line_column_named_so_is_saved_as_the_line(tmp_path: Path) -> None:
    """Near miss: a column whose header names the cost line is saved as the line."""
    src = _tracker(tmp_path / "spend.xlsx", "Cost line")
    adopt_file(src, tmp_path / "a.xlsx", default_standards())
    saved = json.loads((tmp_path / "a.mapping.json").read_text(encoding="utf-8"))
    assert saved["tables"][0]["columns"]["Cost line"] == "cost_line"


def test_a_table_beside_at_a_lower_row_does_not_end_a_mapped_table(tmp_path: Path) -> None:
    """Near miss of the stacked rule: decisions beside the risks, their header two rows
    lower, in other columns: the risks run on past that row."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Board"
    ws.append(["Ref", "Risk", "Owner", "Likelihood", "Impact"])
    ws.append(["R1", "Supplier late", "Ann Lee", "High", "Low"])
    ws.append(["R2", "Budget cut", "Bo Chan", "Low", "High"])
    ws.append(["R3", "Key person leaves", "Cy Dee", "Low", "Low"])
    ws.append(["R4", "Scope creep", "Di Eve", "Medium", "High"])
    for col, text in enumerate(["Ref", "Decision", "Decided by", "Decided on", "Rationale"], 8):
        ws.cell(3, col).value = text
    for col, text in enumerate(["D1", "Buy, not build", "Cy Dee", "2026-02-03", "Cheaper"], 8):
        ws.cell(4, col).value = text
    wb.save(tmp_path / "board.xlsx")
    first = adopt_file(tmp_path / "board.xlsx", tmp_path / "a.xlsx", default_standards())
    again = adopt_host(
        open_source(tmp_path / "board.xlsx"),
        default_standards(),
        mapping=load_mapping(tmp_path / "a.mapping.json"),
    )
    assert first.report.item_counts == {"risks": 4, "decisions": 1}
    assert again.report.item_counts == {"risks": 4, "decisions": 1}


def test_two_columns_mapped_to_one_owner_read_the_first_and_say_so(tmp_path: Path) -> None:
    """Before round 23 a PMO mapping a second column to owner got 'Ann Lee\\nChase weekly'
    as the owner, without a word."""
    mapping = _this_month(tmp_path)
    data = json.loads(mapping.read_text(encoding="utf-8"))
    data["tables"][0]["columns"]["Mitigation"] = "owner"
    mapping.write_text(json.dumps(data), encoding="utf-8")
    again = _next_month(tmp_path, lambda wb: None, mapping)
    assert [r.owner for r in again.project.risks] == ["Ann Lee", "Bo Chan", "Cy Dee"]
    (line,) = again.report.misfits
    assert "E 'Owner', G 'Mitigation' to 'owner'" in line and "E 'Owner' is read" in line


def test_two_columns_mapped_to_a_long_text_are_joined_as_before(tmp_path: Path) -> None:
    """Near miss: a description (long text) takes several columns, joined, no misfit."""
    mapping = _this_month(tmp_path)
    data = json.loads(mapping.read_text(encoding="utf-8"))
    data["tables"][0]["columns"]["Mitigation"] = "description"
    data["tables"][0]["columns"]["Owner"] = "description"
    mapping.write_text(json.dumps(data), encoding="utf-8")
    again = _next_month(tmp_path, lambda wb: None, mapping)
    assert again.project.risks[0].description == "Ann Lee\nChase weekly"
    assert again.report.misfits == []
