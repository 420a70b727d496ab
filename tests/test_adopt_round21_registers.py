"""Round 21 of issue 15: the register mechanisms the round-20 batches asked for, tried on
registers written for these tests (no benchmark layout), each with a near-miss that must
not be taken: a template's one-sentence instruction under the header."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from adopt_sheets import adopt, book, field, only, targets

# ---------------------------------------------------------------------------------------
# A lone instruction sentence under the header is guidance, not the first item
# ---------------------------------------------------------------------------------------

_HEADER = ["Ref", "Constraint", "Owner", "Severity", "Status"]
_ITEMS = [
    ["C1", "Data centre freeze over the year end", "Kofi Boateng", "High", "Open"],
    ["C2", "Only two testers until March", "Lena Vogel", "Low", "Closed"],
    ["C3", "Vendor contract caps change requests", "Kofi Boateng", "Medium", "Open"],
]


def _log(path: Path, first_row_text: str) -> Path:
    rows: list[list[object]] = [["Issue Log - Payroll Upgrade"], _HEADER]
    rows.append([None, first_row_text])
    rows += [[f"I{n + 1}", *item[1:]] for n, item in enumerate(_ITEMS)]
    return book(path, "Issues", rows)


def test_a_lone_instruction_naming_another_column_is_guidance(tmp_path: Path) -> None:
    # "Enter ...; severity is ..." names the Severity column: it tells how to fill it
    text = "Enter one issue per row; severity is High, Medium or Low."
    adoption = adopt(_log(tmp_path / "g.xlsx", text))
    assert field(adoption, "issues", "title") == [i[1] for i in _ITEMS]
    skipped = {s.row: s.reason for s in only(adoption).skipped_rows}
    assert "guidance" in skipped[3]  # listed, with its reason, not dropped silently


def test_an_item_with_its_ref_is_no_instruction(tmp_path: Path) -> None:
    # near-miss: the text opens with an instruction verb and names the Severity column,
    # but the row carries its own ref: an item the PM filled, not the template's guidance
    text = "Record the severity of each payroll defect in the tracker"
    rows: list[list[object]] = [["Issue Log - Payroll Upgrade"], _HEADER]
    rows.append(["I0", text])
    rows += [[f"I{n + 1}", *item[1:]] for n, item in enumerate(_ITEMS)]
    adoption = adopt(book(tmp_path / "n.xlsx", "Issues", rows))
    assert field(adoption, "issues", "title") == [text] + [i[1] for i in _ITEMS]


def test_a_lone_sentence_naming_no_column_is_not_called_guidance(tmp_path: Path) -> None:
    # near-miss: a lone sentence that opens with a verb but explains no column is not the
    # template's instruction (it keeps the reading rows gave it before, a group heading)
    text = "Record retention rules unclear for archived payslips"
    adoption = adopt(_log(tmp_path / "h.xlsx", text))
    skipped = {s.row: s.reason for s in only(adoption).skipped_rows}
    assert "guidance" not in skipped.get(3, "")


# ---------------------------------------------------------------------------------------
# A narrow run of columns across one empty spacer column belongs to the table beside it
# ---------------------------------------------------------------------------------------

_DECISIONS = [
    ("Adopt the cloud payroll vendor", "Ines Duarte"),
    ("Freeze scope for release one", "Tomas Berg"),
    ("Move go-live to April", "Ines Duarte"),
    ("Retire the legacy interface", "Tomas Berg"),
]


def test_a_spacer_column_does_not_cut_the_id_and_date_off(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Decision Log"]]
    rows.append(["No.", "Date", None, "Decision", "Decided By", "Forum"])
    for i, (text, who) in enumerate(_DECISIONS):
        rows.append([i + 1, f"2026-0{i + 1}-1{i}", None, text, who, "Steering board"])
    adoption = adopt(book(tmp_path / "d.xlsx", "Decisions", rows))
    table = only(adoption)
    assert table.ref.startswith("A")
    assert targets(table)["Date"] == "date"
    assert field(adoption, "decisions", "decision") == [d for d, _ in _DECISIONS]
    assert field(adoption, "decisions", "date")[0] == date(2026, 1, 10)


def test_a_short_key_beside_a_register_stays_apart(tmp_path: Path) -> None:
    # near-miss: a two-column key (Code, Meaning) beside the register across one empty
    # column fills other rows than the register: two tables, the key is no decision column
    rows: list[list[object]] = [["Decision Log"]]
    rows.append(["Code", "Meaning", None, "Decision", "Decided By", "Status"])
    key = [("A", "Approved"), ("D", "Deferred")]
    for i, (text, who) in enumerate(_DECISIONS):
        left: list[object] = list(key[i]) if i < len(key) else [None, None]
        rows.append([*left, None, text, who, "A"])
    adoption = adopt(book(tmp_path / "k.xlsx", "Decisions", rows))
    heads = {c.header for t in adoption.report.adopted_tables for c in t.columns}
    decision_tables = [t for t in adoption.report.adopted_tables if "Decision" in targets(t)]
    assert decision_tables and all(t.ref.startswith("D") for t in decision_tables)
    assert "Decision" in heads


# ---------------------------------------------------------------------------------------
# A dependency's direction written as the side the project stands on
# ---------------------------------------------------------------------------------------


def _dependency_log(path: Path, directions: list[str]) -> Path:
    rows: list[list[object]] = [["Dependency Register"]]
    rows.append(["Ref", "Dependency", "Direction", "Owner", "Status"])
    titles = ["Identity API from the portal team", "Data feed to finance", "Network cutover"]
    titles += ["Test environment from ops"]
    for i, way in enumerate(directions):
        rows.append([f"D-{i + 1:02d}", titles[i], way, "Amani Okello", "Open"])
    return book(path, "Dependencies", rows)


def test_providing_and_receiving_are_outbound_and_inbound(tmp_path: Path) -> None:
    ways = ["Receiving", "Providing", "Receiving", "Providing"]
    adoption = adopt(_dependency_log(tmp_path / "d.xlsx", ways))
    assert targets(only(adoption))["Direction"] == "direction"
    assert field(adoption, "dependencies", "direction") == [
        "Inbound",
        "Outbound",
        "Inbound",
        "Outbound",
    ]


def test_directions_that_are_no_side_are_not_read(tmp_path: Path) -> None:
    # near-miss: compass words in a Direction column say no side of the dependency
    ways = ["North", "South", "North", "South"]
    adoption = adopt(_dependency_log(tmp_path / "n.xlsx", ways))
    assert set(field(adoption, "dependencies", "direction")) == {None}


def test_a_caption_beside_a_table_is_not_pulled_into_it(tmp_path: Path) -> None:
    # near-miss: a lone caption ("ISSUES") one empty column right of a risk table's rows,
    # over an issue table that starts lower and ends with it (the rows below the caption
    # line up with the risks' rows): two tables, the caption joins neither
    risk = ["Supplier insolvency", "Key analyst leaves", "Licence cost rises", "Data loss"]
    risk += ["Scope creep", "Test slots lost"]
    issue = ["Server room flooded", "Login page down", "Invoices duplicated", "Badge fault"]
    rows: list[list[object]] = [["Risks and issues"], ["Risk #", "Risk", "Owner", "Status"]]
    for i, title in enumerate(risk):
        rows.append([i + 1, title, "Kofi Boateng", "Open", None])
    rows[2] += ["ISSUES"]
    rows[3] += ["Issue #", "Issue", "Owner", "Status"]
    for i, title in enumerate(issue):
        rows[4 + i] += [i + 1, title, "Lena Vogel", "Open"]
    adoption = adopt(book(tmp_path / "s.xlsx", "RAID", rows))
    assert field(adoption, "risks", "title") == risk
    assert field(adoption, "issues", "title") == issue
