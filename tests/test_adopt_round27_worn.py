"""Round 27 (issue 15): what two or three years of use do to a register or tracker, read as
a PMO analyst reads it (docs/adopt.md, "Round 27: well-worn workbooks"). Each rule on a
small workbook of its own, and a near-miss where it must not fire."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
from openpyxl.styles import Font

from addin.adopt.deleted_rows import is_deleted_word
from addin.adopt.quarters import forward_quarters, quarter_label
from tests.adopt_sheets import adopt, book, field, finance_by_line, only, targets

# -- rows marked deleted ------------------------------------------------------------------


def _issue_log(tmp_path: Path, *, strike_row: int | None = None) -> Path:
    rows: list[list[object]] = [["Ref", "Issue", "Owner", "Status"]]
    rows += [
        ["IS-1", "Lift out of service on level 2", "Nadia Rossi", "Open"],
        ["IS-2 DELETED", "Lift out of service (raised twice)", "Nadia Rossi", "Open"],
        ["IS-3", "Deleted the old VPN profile and staff cannot log in", "Ben Ode", "Open"],
        ["IS-4", "Catering contract lapses in May", "Ben Ode", "(Deleted)"],
        ["IS-5", "Car park barrier sticks", "Ana Silva", "Duplicate"],
        ["IS-6", "Fire doors wedged open", "Ana Silva", "In Progress"],
    ]
    path = book(tmp_path / "issues.xlsx", "Issues", rows)
    if strike_row is not None:
        wb = openpyxl.load_workbook(path)
        ws = wb["Issues"]
        for c in range(1, 5):
            ws.cell(strike_row, c).font = Font(strike=True)
        wb.save(path)
    return path


def test_rows_marked_deleted_in_the_id_or_status_are_no_items_and_are_listed(
    tmp_path: Path,
) -> None:
    adoption = adopt(_issue_log(tmp_path))
    table = only(adoption)
    # IS-2 (its ID says DELETED) and IS-4 (its status says it) are not adopted ...
    assert field(adoption, "issues", "title") == [
        "Lift out of service on level 2",
        "Deleted the old VPN profile and staff cannot log in",
        "Car park barrier sticks",
        "Fire doors wedged open",
    ]
    # ... and the report lists both, with why
    reasons = {r.row: r.reason for r in table.skipped_rows}
    assert "marked deleted" in reasons[3] and "IS-2 DELETED" in reasons[3]
    assert "marked deleted" in reasons[5] and "(Deleted)" in reasons[5]


def test_near_miss_a_title_saying_deleted_and_a_duplicate_status_stay_items(
    tmp_path: Path,
) -> None:
    adoption = adopt(_issue_log(tmp_path))
    statuses = dict(
        zip(field(adoption, "issues", "title"), field(adoption, "issues", "status"), strict=True)
    )
    # the VPN issue is a real, open issue; a duplicate is an item its list reads as Closed
    assert statuses["Deleted the old VPN profile and staff cannot log in"] == "Open"
    assert statuses["Car park barrier sticks"] == "Closed"


def test_a_row_struck_through_is_no_item(tmp_path: Path) -> None:
    adoption = adopt(_issue_log(tmp_path, strike_row=7))  # IS-6, Fire doors
    table = only(adoption)
    assert "Fire doors wedged open" not in field(adoption, "issues", "title")
    assert any("struck through" in r.reason and r.row == 7 for r in table.skipped_rows)


def test_the_deleted_word_alone_in_other_languages_and_not_a_phrase() -> None:
    assert (
        is_deleted_word("Gelöscht") and is_deleted_word("supprimé") and is_deleted_word("*DELETED*")
    )
    assert not is_deleted_word("Deleted the old VPN profile")
    assert not is_deleted_word("Removed")  # Azure DevOps' status: Closed, an item


# -- a date re-planned as numbered copies -----------------------------------------------


def test_the_latest_numbered_baseline_is_the_baseline(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Milestone", "Baseline 1", "Baseline 2", "Forecast"]]
    rows += [
        ["Design freeze", date(2025, 6, 2), date(2025, 7, 14), date(2025, 7, 21)],
        ["Go-live", date(2025, 9, 1), date(2025, 10, 13), date(2025, 10, 13)],
        ["Hypercare exit", date(2025, 10, 6), date(2025, 11, 17), date(2025, 11, 24)],
    ]
    adoption = adopt(book(tmp_path / "ms.xlsx", "Milestones", rows))
    assert field(adoption, "milestones", "baseline_date") == [
        date(2025, 7, 14),
        date(2025, 10, 13),
        date(2025, 11, 17),
    ]
    assert targets(only(adoption))["Baseline 1"] is None  # history, listed as left out


def test_near_miss_numbered_owners_are_no_revisions(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Risk", "Owner 1", "Owner 2", "Status"]]
    rows += [
        ["Crane parts held at customs", "Lena Fox", "Omar Haddad", "Open"],
        ["Quay wall voids", "Rita Chen", "Lena Fox", "Open"],
        ["Night shift noise complaints", "Omar Haddad", "Rita Chen", "Closed"],
    ]
    adoption = adopt(book(tmp_path / "risks.xlsx", "Risks", rows))
    # two owners, not two copies of one: the rule leaves the columns as they were read
    assert field(adoption, "risks", "owner") == ["Lena Fox", "Rita Chen", "Omar Haddad"]


# -- an owner re-assigned in a column of its own ----------------------------------------


def test_a_revised_owner_is_the_owner_where_filled_the_first_elsewhere(tmp_path: Path) -> None:
    rows: list[list[object]] = [["ID", "Risk", "Owner", "Owner (new)", "Status"]]
    rows += [
        ["R1", "Crane parts held at customs", "Lena Fox", "Omar Haddad", "Open"],
        ["R2", "Quay wall voids", "Rita Chen", None, "Open"],
        ["R3", "Night shift noise complaints", "Omar Haddad", "Lena Fox", "Open"],
    ]
    adoption = adopt(book(tmp_path / "risks.xlsx", "Risks", rows))
    assert field(adoption, "risks", "owner") == ["Omar Haddad", "Rita Chen", "Lena Fox"]
    assert any("owner first assigned" in n for n in only(adoption).notes)


def test_near_miss_one_owner_column_is_read_as_ever(tmp_path: Path) -> None:
    rows: list[list[object]] = [["ID", "Risk", "Owner", "Status"]]
    rows += [["R1", "Crane parts held at customs", "Lena Fox", "Open"]]
    rows += [["R2", "Quay wall voids", None, "Open"]]
    adoption = adopt(book(tmp_path / "risks.xlsx", "Risks", rows))
    assert field(adoption, "risks", "owner") == ["Lena Fox", None]


# -- closed items below a heading of the same table -------------------------------------


def _with_heading(tmp_path: Path, heading: str) -> Path:
    rows: list[list[object]] = [["ID", "Risk", "Owner", "Status"]]
    rows += [
        ["R1", "Crane parts held at customs", "Lena Fox", "Open"],
        ["R2", "Quay wall voids", "Rita Chen", "Monitoring"],
        [heading],
        ["R3", "Night shift noise complaints", "Omar Haddad", None],
        ["R4", "Tug availability in August", "Lena Fox", "Open"],
    ]
    return book(tmp_path / "risks.xlsx", "Risks", rows)


def test_items_below_a_closed_heading_with_no_status_are_closed(tmp_path: Path) -> None:
    for heading in ("CLOSED ITEMS", "Closed / Archived"):
        adoption = adopt(_with_heading(tmp_path, heading))
        # R3 has no status: the heading says closed; R4's own "Open" is never changed
        assert field(adoption, "risks", "status") == ["Open", "Monitoring", "Closed", "Open"]


def test_near_miss_a_closed_status_column_is_just_a_status(tmp_path: Path) -> None:
    rows: list[list[object]] = [["ID", "Risk", "Owner", "Closed"]]
    rows += [
        ["R1", "Crane parts held at customs", "Lena Fox", date(2026, 2, 3)],
        ["R2", "Quay wall voids", "Rita Chen", None],
    ]
    adoption = adopt(book(tmp_path / "risks.xlsx", "Risks", rows))
    # no heading row: nobody's status is set from the word in a header
    assert field(adoption, "risks", "status") == [None, None]


# -- forward quarters after a year of months --------------------------------------------


def _tracker(tmp_path: Path, heads: list[str], amounts: list[float]) -> Path:
    rows: list[list[object]] = [["Harbour crane refit - Budget FY26 (GBP)"], []]
    rows.append(["Cost line", "Measure", *heads])
    rows.append(["Civils", "Budget", *amounts])
    rows.append(["Design", "Budget", *(a / 2 for a in amounts)])
    return book(tmp_path / "budget.xlsx", "Budget", rows)


def test_a_quarter_after_the_months_is_a_forward_quarter_spread_over_its_months(
    tmp_path: Path,
) -> None:
    heads = ["Jan-26", "Feb-26", "March 2026", "FY27 Q1"]
    adoption = adopt(_tracker(tmp_path, heads, [1000.0, 2000.0, 3000.0, 9000.0]))
    lines = finance_by_line(adoption)
    assert lines[(date(2026, 3, 1), "Civils")].budget == 3000.0
    # FY27 (April start) Q1 is April to June 2026: a third in each month
    for month in (date(2026, 4, 1), date(2026, 5, 1), date(2026, 6, 1)):
        assert lines[(month, "Civils")].budget == 3000.0
        assert lines[(month, "Design")].budget == 1500.0


def test_near_miss_a_quarter_totalling_the_months_before_it_is_left_out(tmp_path: Path) -> None:
    heads = ["Jan-26", "Feb-26", "Mar-26", "Q1 2026"]
    adoption = adopt(_tracker(tmp_path, heads, [1000.0, 2000.0, 3000.0, 6000.0]))
    lines = finance_by_line(adoption)
    # the quarter is Jan-Mar 2026, all months of columns: a subtotal, never added in
    assert lines[(date(2026, 1, 1), "Civils")].budget == 1000.0
    assert lines[(date(2026, 3, 1), "Civils")].budget == 3000.0
    assert len([k for k in lines if k[1] == "Civils"]) == 3


def test_forward_quarters_only_right_of_and_after_every_month() -> None:
    months = [(3, date(2026, 1, 1)), (4, date(2026, 2, 1)), (5, date(2026, 3, 1))]
    heads = [(6, "Q1 2026"), (7, "Q2 2026"), (2, "Q3 2026"), (8, "Q4")]
    # Q1 2026 is its months' total; Q3 stands left of them; Q4 has no year: none but Q2
    assert [c for c, _ in forward_quarters(heads, months, None, [])] == [7]


def test_a_financial_year_first_quarter_label() -> None:
    assert quarter_label("FY27 Q1") == (1, 2027, True)
    assert quarter_label("FY 27-Q3") == (3, 2027, True)
    assert quarter_label("Q1 total") is None
