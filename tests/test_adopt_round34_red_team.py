"""Red team of round 34's first wave (rt34): wrong results a PMO would trust from the rules
the sixtieth, sixty-first and sixty-fourth batches' tuning added (docs/adopt.md, "Round 34:
red team of its first wave"). Each test is a near-miss the rule's author did not try.

1. **an invoice schedule is a plan, no register of invoices received**: round 34 read
   ``invoice(s) ... schedule`` as a project's own invoice register, so a contract's
   ``Supplier invoice schedule`` (the invoices planned by milestone, dated in the future)
   became actual spend by supplier: a plan counted as spend;
2. **a status letter beside the likelihood's is no impact**: round 34 read an ``S`` within
   two columns of ``P`` / ``L`` as the impact (severity) whatever it held, so a compact
   register's ``S`` of ``Open`` / ``Closed`` lost every risk's status and gave no impact.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from adopt_sheets import (
    adopt,
    adopt_each_and_consolidate,
    book,
    field,
    registers,
    rolled_up,
    targets,
)

from addin.standards import default_standards

# --- 1. an invoice schedule ------------------------------------------------------------------


def _invoice_schedule(tmp: Path, title: str, sheet: str) -> Path:
    head = ["Milestone", "Planned invoice date", "Supplier", "Description", "Amount (£)"]
    rows: list[list[object]] = [[title], [], head]
    rows += [["M1", datetime(2026, 9, 30), "Kerb Co", "Design", 2500.0]]
    rows += [["M2", datetime(2026, 11, 30), "Kerb Co", "Build", 4200.0]]
    rows += [["M3", datetime(2027, 1, 31), "Glaze Ltd", "Glazing", 1800.0]]
    return book(tmp / "schedule.xlsx", sheet, rows)


def test_an_invoice_schedule_is_no_spend(tmp_path: Path) -> None:
    for title, sheet in (
        ("Contract 4 - Supplier invoice schedule", "Invoice schedule"),
        ("Vendor invoices schedule 2026/27", "Sheet1"),
    ):
        adoption = adopt(_invoice_schedule(tmp_path, title, sheet))
        spent = [f for f in adoption.project.finance if f.actual]
        assert spent == [], title


def test_an_invoice_register_is_still_its_spend(tmp_path: Path) -> None:
    # the rule itself, beside its near-miss: invoices received, dated when received
    head = ["Invoice No.", "Invoice date", "Supplier", "Description", "Amount (£)"]
    rows: list[list[object]] = [["Supplier invoice register"], [], head]
    rows += [["INV-1", datetime(2026, 1, 14), "Kerb Co", "Footings", 2500.0]]
    rows += [["INV-2", datetime(2026, 2, 9), "Glaze Ltd", "Panels", 1800.0]]
    adoption = adopt(book(tmp_path / "register.xlsx", "Invoices", rows))
    assert registers(adoption) == ["finance"]
    assert sum(f.actual or 0 for f in adoption.project.finance) == 4300


# --- 2. a status letter beside the likelihood's ------------------------------------------------


def _risks(tmp: Path, head: list[str], last: list[object]) -> Path:
    rows: list[list[object]] = [["Risk register"], [], head]
    rows += [["R1", "Supplier insolvency", "Ana Lima", 3, last[0]]]
    rows += [["R2", "Late steel delivery", "Tom Reid", 2, last[1]]]
    rows += [["R3", "Crane unavailable", "Ana Lima", 4, last[2]]]
    return book(tmp / "risks.xlsx", "Risks", rows)


def test_a_status_letter_beside_the_likelihood_is_no_impact(tmp_path: Path) -> None:
    for head in (["ID", "Risk", "Owner", "P", "S"], ["ID", "Risk", "Owner", "L", "S"]):
        adoption = adopt(_risks(tmp_path, head, ["Open", "Closed", "Open"]))
        assert registers(adoption) == ["risks"]
        got = targets(adoption.report.adopted_tables[0])
        assert got["S"] != "impact", head
        assert field(adoption, "risks", "status") == ["Open", "Closed", "Open"], head


def test_a_rated_letter_beside_the_likelihood_is_still_the_impact(tmp_path: Path) -> None:
    for head in (["ID", "Risk", "Owner", "L", "S"], ["ID", "Risk", "Owner", "P", "C"]):
        adoption = adopt(_risks(tmp_path, head, [4, 2, 5]))
        got = targets(adoption.report.adopted_tables[0])
        assert got[head[-1]] == "impact", head
        assert field(adoption, "risks", "impact") == [4, 2, 5]


# --- 3. a tracker's categories beside the firm paid ------------------------------------------


def test_categories_beside_a_supplier_stay_the_line(tmp_path: Path) -> None:
    # round 34 made an ERP's activity the line beside its cost element of categories; a
    # tracker's named `Cost line` of Labour / Materials beside the firm paid is round 32's
    # case (the category the line, the supplier a detail), not an ERP's
    for firm in ("Supplier", "Vendor", "Contractor", "Team member"):
        head = ["Month", "Cost line", firm, "Budget", "Actual"]
        rows: list[list[object]] = [["Project tracker"], [], head]
        rows += [[datetime(2026, 1, 1), "Labour", "Kerb Co", 2500.0, 2400.0]]
        rows += [[datetime(2026, 1, 1), "Materials", "Glaze Ltd", 1800.0, 1700.0]]
        rows += [[datetime(2026, 2, 1), "Labour", "Kerb Co", 2500.0, 2600.0]]
        adoption = adopt(book(tmp_path / "tracker.xlsx", "Tracker", rows))
        got = targets(adoption.report.adopted_tables[0])
        assert got["Cost line"] == "cost_line" and got[firm] != "cost_line", firm
        lines = {f.cost_line for f in adoption.project.finance}
        assert lines == {"Labour", "Materials"}, firm


# --- 4. a log of the invoices the project raises -------------------------------------------------


def test_a_client_or_sales_invoice_log_is_no_spend(tmp_path: Path) -> None:
    # a consultancy's log of the invoices it sends its client (by the consultant who did
    # the work) is its income, no supplier's invoice register
    for title in ("Client invoice log", "Sales invoice register", "Customer invoice tracker"):
        head = ["Invoice No.", "Invoice date", "Consultant", "Description", "Amount (£)"]
        rows: list[list[object]] = [[title], [], head]
        rows += [["INV-1", datetime(2026, 1, 14), "Ana Lima", "Discovery", 2500.0]]
        rows += [["INV-2", datetime(2026, 2, 9), "Tom Reid", "Design", 1800.0]]
        adoption = adopt(book(tmp_path / "sales.xlsx", "Invoices", rows))
        assert [f for f in adoption.project.finance if f.actual] == [], title


# --- through pmo check and pmo consolidate -------------------------------------------------------


def test_the_spend_rolled_up_holds_no_plan_and_no_income(tmp_path: Path) -> None:
    src, out = tmp_path / "src", tmp_path / "out"
    src.mkdir()
    out.mkdir()
    head = ["Invoice No.", "Invoice date", "Supplier", "Description", "Amount (£)"]
    rows: list[list[object]] = [["Supplier invoice register"], [], head]
    rows += [["INV-1", datetime(2026, 1, 14), "Kerb Co", "Footings", 2500.0]]
    rows += [["INV-2", datetime(2026, 2, 9), "Glaze Ltd", "Panels", 1800.0]]
    book(src / "a.xlsx", "Invoices", rows)
    head = ["Month", "Cost line", "Supplier", "Budget", "Actual"]
    rows = [["Project tracker"], [], head]
    rows += [[datetime(2026, 1, 1), "Labour", "Kerb Co", 2500.0, 2400.0]]
    rows += [[datetime(2026, 1, 1), "Materials", "Glaze Ltd", 1800.0, 1700.0]]
    book(src / "b.xlsx", "Tracker", rows)
    _invoice_schedule(src, "Contract 4 - Supplier invoice schedule", "Invoice schedule")
    sources = [src / "a.xlsx", src / "b.xlsx", src / "schedule.xlsx"]
    adopt_each_and_consolidate(sources, out, default_standards(), 1, tmp_path / "rollup.xlsx")
    actuals = rolled_up(tmp_path / "rollup.xlsx", "finance", "Actual")
    assert sum(float(a) for a in actuals if isinstance(a, int | float)) == 4300 + 4100
    lines = rolled_up(tmp_path / "rollup.xlsx", "finance", "Cost Line")
    assert set(lines) == {"Kerb Co", "Glaze Ltd", "Labour", "Materials"}


# --- 5. a market sounding's RFI -----------------------------------------------------------------


def test_a_market_soundings_rfi_is_no_issue_log(tmp_path: Path) -> None:
    # the suppliers' answers to the project's request for information (before a tender)
    # are procurement, as round 34's `RFI / RFP tracker` is: no questions the project owes
    for title in (
        "Market sounding - supplier RFI responses",
        "RFI - market engagement log",
        "Expressions of interest and RFI tracker",
        "RFI / RFP tracker",
    ):
        head = ["Ref", "Supplier", "Question", "Response due", "Owner", "Status"]
        rows: list[list[object]] = [[title], [], head]
        rows += [["1", "Kerb Co", "Lead time for kerbs", datetime(2026, 3, 12), "Ana Lima", "Open"]]
        rows += [["2", "Glaze Ltd", "Glass lead time", datetime(2026, 3, 13), "Tom Reid", "Open"]]
        adoption = adopt(book(tmp_path / "rfi.xlsx", "RFI", rows))
        assert "issues" not in registers(adoption), title
