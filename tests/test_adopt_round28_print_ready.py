"""Round 28 of issue 15: print-ready workbooks, where the workbook IS the report.

- a printed page's lines between the rows (``Page 2 of 4``, ``Printed 03/03/2026``,
  ``COMMERCIAL IN CONFIDENCE``, ``Continued overleaf``) are no items, and listed
  (``addin/adopt/print_furniture.py``); a real item whose title starts with ``Page`` is one,
  and so is a row whose id is empty;
- a document's version history (``Version | Date | Author | Change``) above a register is no
  register and lends the register below nothing; a release log whose ``Version`` names
  releases is not a version history;
- the last group of fields right of a printout's spacer column is the register's
  (``spacers._with_strip_right``); a key beside the register is not;
- a register split over ``Issues`` and ``Issues (cont.)`` is one register, the second
  sheet's columns joined by id (``continued_sheets.py``); a ``(cont.)`` sheet of other ids
  is not joined;
- quarter subtotal columns between a tracker's months are derived (the months are the
  data); a tracker with no months reads its quarters.

The workbooks are written for these tests (a ferry terminal, a county archive, a data
centre), no batch layout.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from adopt_sheets import adopt as _adopt
from adopt_sheets import book as _book
from adopt_sheets import books as _books
from adopt_sheets import field as _field
from adopt_sheets import finance_by_line
from adopt_sheets import targets as _targets

from addin.adopt.continued_sheets import continued_from
from addin.adopt.print_furniture import is_page_text, page_line, version_history_reason

ISSUES = [
    "Ramp hydraulics leaking",
    "Ticket gates reject QR codes",
    "Page numbering wrong in the operating manual",
    "CCTV blind spot at berth 2",
    "Fuel bunkering permit lapsed",
    "Waiting room heating fault",
]
PEOPLE = ["Morag Reid", "Iain Shaw", "Fiona Gill", "Euan Bell", "Kirsty Hay", "Ally Ross"]
HEADER = ["Issue ID", "Issue", "Owner", "Priority", "Status"]


def _issue(i: int, ident: object = "") -> list[object]:
    return [ident if ident != "" else f"FT-{i + 1:02d}", ISSUES[i], PEOPLE[i], "High", "Open"]


def test_page_texts_whole_cells_only() -> None:
    for text in ("Page 2 of 4", "page 3", "Pg. 2/4", "p. 7", "Seite 2 von 5", "- 3 -"):
        assert is_page_text(text), text
    for text in ("Printed 03/03/2026", "Printed on: 3 Mar 2026", "COMMERCIAL IN CONFIDENCE"):
        assert is_page_text(text), text
    for text in ("OFFICIAL-SENSITIVE", "Continued overleaf", "(continued)", "Internal use only"):
        assert is_page_text(text), text
    # near-misses: an item's text that starts with a page word, a priority, a stamp word
    # without its date
    for text in ("Page load times exceed SLA", "P1", "Printed circuit boards late", "Pages"):
        assert not is_page_text(text), text
    assert page_line(["Page 1 of 2", None, "Printed 02/02/2026"]) is not None
    assert page_line(["Page 1 of 2", "Ramp hydraulics leaking"]) is None


def test_page_lines_between_rows_are_no_items_and_listed(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Ferry Terminal - Issue Log"], [], HEADER]
    rows += [_issue(0), _issue(1), _issue(2)]
    rows += [["Page 1 of 2", None, None, "Printed 03/03/2026"], ["COMMERCIAL IN CONFIDENCE"]]
    rows += [_issue(3), _issue(4), ["Continued overleaf"], _issue(5), ["Page 2 of 2"]]
    adoption = _adopt(_book(tmp_path / "p.xlsx", "Issues", rows))
    assert _field(adoption, "issues", "title") == ISSUES  # "Page numbering ..." is an item
    skipped = [r for t in adoption.report.tables for r in t.skipped_rows]
    assert sum("printed page's line" in r.reason for r in skipped) == 4
    assert any("Page 1 of 2 | Printed 03/03/2026" in r.reason for r in skipped)


def test_a_row_with_an_empty_id_is_an_item(tmp_path: Path) -> None:
    rows: list[list[object]] = [HEADER, _issue(0), _issue(1, None), _issue(2), ["Page 1 of 1"]]
    adoption = _adopt(_book(tmp_path / "e.xlsx", "Issues", rows))
    assert _field(adoption, "issues", "title") == ISSUES[:3]
    assert _field(adoption, "issues", "owner") == PEOPLE[:3]


def test_a_version_history_is_no_register_and_lends_no_header(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["County Archive Digitisation - Issue Log"],
        ["Version", "Date", "Author", "Change"],
        [0.1, date(2026, 1, 5), "Iain Shaw", "First draft"],
        [0.2, date(2026, 1, 19), "Fiona Gill", "Owners added"],
        [1.0, date(2026, 2, 2), "Iain Shaw", "Approved"],
        [],
        HEADER,
        _issue(0),
        _issue(1),
        _issue(3),
    ]
    adoption = _adopt(_book(tmp_path / "v.xlsx", "Issue Log", rows))
    history = next(t for t in adoption.report.tables if t.header_row == 2)
    assert history.register is None and "version history" in history.reason
    register = next(t for t in adoption.report.tables if t.header_row == 7)
    assert register.register == "issues"
    assert _targets(register)["Issue"] == "title"
    assert _field(adoption, "issues", "title") == [ISSUES[0], ISSUES[1], ISSUES[3]]


def test_a_release_log_is_not_a_version_history() -> None:
    headers = ["Version", "Go-live", "Owner", "Change"]
    assert version_history_reason(headers, [0.1, "1.0", "v2", "V1.2.3"]) is not None
    # near-miss: the version column names releases, not a document's versions
    assert version_history_reason(headers, ["Release 4 - payments", "Release 5"]) is None
    # near-miss: no change column (a software inventory's version)
    assert version_history_reason(["Version", "Date", "Author"], ["1.0"]) is None
    # near-miss: the version is not the first header
    assert version_history_reason(["Ref", "Version", "Change"], ["1.0"]) is None


def test_the_last_group_right_of_a_spacer_is_the_registers(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Data Centre Move - Risks"], []]
    rows.append(
        ["Risk ID", "Risk", "Owner", None, "Likelihood", "Impact", None, "Status", "Mitigation"]
    )
    for i in range(4):
        rows.append([f"DC{i + 1}", ISSUES[i], PEOPLE[i], None, 3, 2, None, "Open", "Weekly check"])
    adoption = _adopt(_book(tmp_path / "s.xlsx", "Risks", rows))
    table = next(t for t in adoption.report.tables if t.register == "risks")
    assert _targets(table)["Status"] == "status"
    assert _targets(table)["Mitigation"] == "response"
    assert _field(adoption, "risks", "status") == ["Open"] * 4


def test_a_key_beside_a_register_is_not_joined(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Data Centre Move - Risks"], []]
    rows.append(["Risk ID", "Risk", "Owner", "Status", None, "Key", "Meaning"])
    keys = [["H", "High"], ["M", "Medium"]]
    for i in range(5):
        rows.append([f"DC{i + 1}", ISSUES[i], PEOPLE[i], "Open", None, *(keys[i] if i < 2 else [])])
    adoption = _adopt(_book(tmp_path / "k.xlsx", "Risks", rows))
    table = next(t for t in adoption.report.tables if t.register == "risks")
    assert "Key" not in _targets(table) and "Meaning" not in _targets(table)
    assert len(_field(adoption, "risks", "title")) == 5


def _split(tmp_path: Path, second: str, ids: list[str]) -> Path:
    first: list[list[object]] = [["Issue ID", "Issue", "Raised"]]
    cont: list[list[object]] = [["Issue ID", "Owner", "Status", "Resolution"]]
    for i in range(4):
        first.append([f"FT-{i + 1:02d}", ISSUES[i], date(2026, 3, 2 + i)])
        cont.append([ids[i], PEOPLE[i], ["Open", "Closed"][i % 2], "Chase supplier"])
    return _books(tmp_path / "c.xlsx", {"Issues": first, second: cont})


def test_a_continued_sheet_joins_its_columns_by_id(tmp_path: Path) -> None:
    adoption = _adopt(_split(tmp_path, "Issues (cont.)", [f"FT-{i:02d}" for i in (1, 2, 3, 4)]))
    assert _field(adoption, "issues", "title") == ISSUES[:4]
    assert _field(adoption, "issues", "owner") == PEOPLE[:4]
    assert _field(adoption, "issues", "status") == ["Open", "Closed", "Open", "Closed"]
    cont = next(t for t in adoption.report.tables if t.sheet == "Issues (cont.)")
    assert cont.register == "issues" and cont.items == {"issues": 0}
    assert "joined" in cont.reason
    assert _targets(cont)["Owner"] == "owner"


def test_a_continued_sheet_of_other_ids_is_not_joined(tmp_path: Path) -> None:
    adoption = _adopt(_split(tmp_path, "Issues (cont.)", ["X-1", "X-2", "X-3", "X-4"]))
    assert _field(adoption, "issues", "owner") == [None] * 4
    cont = next(t for t in adoption.report.tables if t.sheet == "Issues (cont.)")
    assert cont.items.get("issues", 0) == 0 and "joined" not in cont.reason


def test_continuation_names() -> None:
    names = ["Risks", "Risks (cont.)", "Risks cont'd", "Risks - continued", "Risks 2026"]
    assert continued_from("Risks (cont.)", names) == "Risks"
    assert continued_from("Risks cont'd", names) == "Risks"
    assert continued_from("Risks - continued", names) == "Risks"
    assert continued_from("Risks 2026", names) is None  # a year, not a continuation
    assert continued_from("Issues (cont.)", names) is None  # no such first sheet


def test_quarter_columns_between_months_are_not_read_twice(tmp_path: Path) -> None:
    header = ["Cost line", "Jan", "Feb", "Mar", "Q1", "Apr", "May", "Jun", "Q2", "YTD"]
    header += ["Full year", "Variance", "Variance %"]
    rows: list[list[object]] = [["Archive Move - Budget 2026 (GBP)"], [], header]
    rows.append(["Removals", 100, 200, 300, 600, 400, 500, 600, 1500, 2100, 2400, 300, 0.125])
    rows.append(["Shelving", 10, 20, 30, 60, 40, 50, 60, 150, 210, 240, 30, 0.125])
    adoption = _adopt(_book(tmp_path / "q.xlsx", "Budget", rows))
    amounts = finance_by_line(adoption)
    assert len(adoption.project.items("finance")) == 12  # six months, two lines
    assert amounts[(date(2026, 3, 1), "Removals")].budget == 300
    assert amounts[(date(2026, 4, 1), "Removals")].budget == 400
    assert sum(v.budget for (_, line), v in amounts.items() if line == "Shelving") == 210


def test_a_tracker_of_quarters_only_reads_its_quarters(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Archive Move - Budget FY2026 (GBP)"], []]
    rows.append(["Cost line", "Q1", "Q2", "Q3", "Q4"])
    rows.append(["Removals", 3000, 3000, 6000, 0])
    rows.append(["Shelving", 900, 0, 300, 300])
    adoption = _adopt(_book(tmp_path / "qq.xlsx", "Budget", rows))
    amounts = finance_by_line(adoption)
    assert sum(v.budget for (_, line), v in amounts.items() if line == "Removals") == 12000
    assert sum(v.budget for (_, line), v in amounts.items() if line == "Shelving") == 1500


def test_a_header_repeated_at_a_page_break_is_no_item(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Ferry Terminal - Issue Log"], [], HEADER]
    rows += [_issue(0), _issue(1), _issue(2), HEADER, _issue(3), _issue(4), HEADER, _issue(5)]
    adoption = _adopt(_book(tmp_path / "h.xlsx", "Issues", rows))
    assert _field(adoption, "issues", "title") == ISSUES
    (table,) = adoption.report.adopted_tables  # one table, the repeats listed
    assert sum("header row written again" in r.reason for r in table.skipped_rows) == 2


def test_an_item_whose_cells_echo_a_few_headers_is_an_item(tmp_path: Path) -> None:
    # near-miss: an item whose owner column says "Owner" (to be named) and whose status is
    # "Status" is still an item: two cells, not the header written again
    rows: list[list[object]] = [HEADER, _issue(0), ["FT-02", ISSUES[1], "Owner", None, "Status"]]
    adoption = _adopt(_book(tmp_path / "n.xlsx", "Issues", rows))
    assert _field(adoption, "issues", "title") == ISSUES[:2]
