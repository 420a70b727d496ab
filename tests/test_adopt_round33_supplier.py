"""Round 33 (k59): tuning on a third stranger's supplier and consultancy reports.

Each rule widens a round 31 / 32 rule of the KIND (workbooks a project gets from its
suppliers, contractors and consultancies) to the form a third writer gave it, tried here on
workbooks of its own in two or three forms, with the near-miss it must not fire on
(docs/adopt.md, "Round 33: tuning on a third stranger's supplier and consultancy reports"):

1. **a US contractor's pay application** (AIA G702 / G703 and their copies): named by
   ``Continuation Sheet``, ``Application No.``, ``Pay Application``, ``Progress Payment``;
   its period by its end, ``Period to: 3/31/2026`` (month first), ``Period through``; read
   as a finance document of that month with no finance word, its ``This Period`` / ``Work
   Completed This Period`` / ``Current Billing`` the actual, ``Period to`` the report date;
   near-misses: a period ending mid-month, ``Period to date``, a ``Period to`` line in a
   document that is no billing document, ``Application`` alone, ``Work this period``;
2. **an owner's party beside the owner** (``Owner (party)``, ``Owner organisation``,
   ``Owner - company``): the person's column is the owner; alone, or ``Responsible party``,
   it still is;
3. **a currency sign with its tax basis** (``(€ ex VAT)``, ``£, excl. VAT``, ``Fees € ex
   VAT``); ``$`` names none;
4. **a ticket's fix or workaround** is the issue's resolution; ``Fix Version`` is not;
5. **another document's number** (``Drawing ref``, ``Spec no.``) is no item ID; ``Risk
   ref``, ``Ref``, ``RFI #`` are.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from adopt_sheets import adopt, book, field, finance_by_line, only, registers, targets

from addin.adopt.match import candidates, document_reference, owner_party
from addin.adopt.one_period import month_of_line

_LINES: list[list[object]] = [
    ["01", "General conditions", 120000.0, 48000.0, 12000.0, None, 60000.0],
    ["02", "Sitework", 215000.0, 86000.0, 21500.0, 5000.0, 112500.0],
    ["03", "Electrical", 279000.0, 0.0, 27900.0, None, 27900.0],
]


def _g703(tmp: Path, top: list[list[object]], head: list[str], name: str = "g703") -> Path:
    rows: list[list[object]] = [*top, [], head, *[list(r) for r in _LINES]]
    return book(tmp / f"{name}.xlsx", "G703", rows)


_AIA = ["Item No.", "Description of Work", "Scheduled Value ($)"]
_AIA += ["From Previous Application ($)", "This Period ($)", "Materials Presently Stored ($)"]
_AIA += ["Total Completed and Stored to Date ($)"]


# --- 1. a US contractor's pay application ------------------------------------------------


def test_an_aia_continuation_sheet_is_a_finance_document_of_its_period(tmp_path: Path) -> None:
    top: list[list[object]] = [
        ["CONTINUATION SHEET"],
        ["Project: Fayetteville Canopy Works"],
        ["Application No.: 6"],
        ["Period to: 3/31/2026"],
    ]
    adoption = adopt(_g703(tmp_path, top, _AIA))
    table = only(adoption)
    assert table.register == "finance"
    got = targets(table)
    assert got["Description of Work"] == "cost_line" and got["This Period ($)"] == "actual"
    for left_out in ("Scheduled Value ($)", "From Previous Application ($)"):
        assert got[left_out] is None
    lines = finance_by_line(adoption)
    assert lines[(date(2026, 3, 1), "Sitework")].actual == 21500.0
    assert len(adoption.project.finance) == 3
    assert adoption.project.header.report_date == date(2026, 3, 31)


def test_a_pay_application_in_other_words(tmp_path: Path) -> None:
    head = ["Item", "Description of Work", "Scheduled Value", "Work Completed - Previous"]
    head += ["Work Completed - This Period", "Stored Materials", "Completed to Date"]
    top: list[list[object]] = [["Pay Application #4"], ["Period To", datetime(2026, 4, 30)]]
    adoption = adopt(_g703(tmp_path, top, head, "payapp"))
    got = targets(only(adoption))
    assert got["Work Completed - This Period"] == "actual"
    assert finance_by_line(adoption)[(date(2026, 4, 1), "Electrical")].actual == 27900.0
    head2 = ["Item", "Description of Work", "Scheduled Value", "Previous Billing"]
    head2 += ["Current Billing", "Stored", "Billed to Date"]
    top2: list[list[object]] = [["Progress Payment 3"], ["Period through: 5/31/2026"]]
    adoption = adopt(_g703(tmp_path, top2, head2, "progress"))
    assert targets(only(adoption))["Current Billing"] == "actual"
    assert finance_by_line(adoption)[(date(2026, 5, 1), "Sitework")].actual == 21500.0


def test_no_month_from_a_mid_month_end_or_a_document_that_bills_nothing(tmp_path: Path) -> None:
    for n, top in enumerate(
        (
            [["CONTINUATION SHEET"], ["Application No.: 6"], ["Period to: 3/15/2026"]],
            [["Mobile application rollout - cost summary"], ["Period to: 3/31/2026"]],
            [["CONTINUATION SHEET"], ["Application No.: 6"], ["Period to date"]],
        )
    ):
        adoption = adopt(_g703(tmp_path, list(top), _AIA, f"miss{n}"))
        assert "finance" not in registers(adoption)
        assert adoption.project.finance == []


def test_a_bare_period_end_reads_only_as_a_billing_periods() -> None:
    assert month_of_line("Valuation period ending 3/31/2026") == date(2026, 3, 1)
    assert month_of_line("Period to: 3/31/2026") is None  # alone: any period's end


def test_the_work_valued_in_the_period_is_the_actual() -> None:
    def best(header: str) -> str | None:
        found = candidates(header, "finance")
        return found[0].column_key if found else None

    for header in ("Work Completed This Period", "Completed this period", "Work done this month"):
        assert best(header) == "actual", header
    assert best("Current Billing") == "actual"
    assert best("Work this period") is None  # a plan's work is its hours
    assert best("Work completed") is None  # no period: a share or a running total


def test_a_report_date_that_reads_only_month_first(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Status report"], ["Report date: 4/28/2026"], []]
    rows += [["ID", "Risk", "Owner", "Status"], ["R-1", "Late steel", "Ana Silva", "Open"]]
    rows += [["R-2", "Crane hire", "Ben Okoro", "Open"]]
    adoption = adopt(book(tmp_path / "us.xlsx", "Risks", rows))
    assert adoption.project.header.report_date == date(2026, 4, 28)
    rows[1] = ["Report date: 3/4/2026"]  # day first still wins where both read
    adoption = adopt(book(tmp_path / "uk.xlsx", "Risks", rows))
    assert adoption.project.header.report_date == date(2026, 4, 3)


# --- 2. an owner's party beside the owner ------------------------------------------------


def _risks(tmp: Path, head: list[str], name: str) -> Path:
    rows: list[list[object]] = [["Contractor's risk register"], [], head]
    people = ["K. Tremblay", "D. Okafor", "S. Nadeau"]
    parties = ["Contractor", "Town", "Designer"]
    for i in range(3):
        cells = {"Risk": f"Risk number {i} of the arena", "Status": "Open"}
        row = [f"CR-0{i}"]
        for h in head[1:]:
            if h in cells:
                row.append(cells[h])
            else:
                row.append(people[i] if owner_party(h) is False else parties[i])
        rows.append(row)
    return book(tmp / f"{name}.xlsx", "Risks", rows)


def test_the_owners_person_not_its_party(tmp_path: Path) -> None:
    for n, head in enumerate(
        (
            ["Risk No.", "Risk", "Owner (party)", "Owner", "Status"],
            ["Risk No.", "Risk", "Owner organisation", "Risk owner", "Status"],
            ["Risk No.", "Risk", "Owner", "Owner - company", "Status"],
        )
    ):
        adoption = adopt(_risks(tmp_path, head, f"r{n}"))
        got = targets(only(adoption))
        assert got[head[2]] == ("owner" if n == 2 else None), head
        assert got[head[3]] == (None if n == 2 else "owner"), head
        assert field(adoption, "risks", "owner") == ["K. Tremblay", "D. Okafor", "S. Nadeau"]


def test_a_party_alone_is_still_the_owner() -> None:
    assert owner_party("Owner (party)") and owner_party("Owner org")
    assert not owner_party("Owner") and not owner_party("Risk owner")
    assert not owner_party("Party")  # no person word
    assert candidates("Responsible party", "risks")[0].confidence == 1.0
    (found, *_) = candidates("Owner (party)", "risks")
    assert found.column_key == "owner" and found.confidence < 0.75


# --- 3. a currency sign with its tax basis -----------------------------------------------


def _fees(tmp: Path, unit: str, name: str) -> Path:
    rows: list[list[object]] = [["Food safety consultancy - fee tracker"], []]
    rows += [["Month", "Workstream", f"Fee budget {unit}", f"Invoiced {unit}", "Invoice no."]]
    for m in (1, 2, 3):
        rows += [[datetime(2026, m, 1), "HACCP review", 4000.0, 3800.0, f"INV-{m}"]]
    return book(tmp / f"{name}.xlsx", "Fees", rows)


def test_a_currency_sign_with_its_tax_basis(tmp_path: Path) -> None:
    for n, (unit, code) in enumerate(
        (("(€ ex VAT)", "EUR"), ("(£, excl. VAT)", "GBP"), ("€ ex VAT", "EUR"))
    ):
        adoption = adopt(_fees(tmp_path, unit, f"f{n}"))
        assert adoption.project.header.currency == code, unit
        assert finance_by_line(adoption)[(date(2026, 2, 1), "HACCP review")].actual == 3800.0
    adoption = adopt(_fees(tmp_path, "($ ex tax)", "dollar"))
    assert not adoption.project.header.currency  # a dollar alone names several currencies


# --- 4. a ticket's fix or workaround ------------------------------------------------------


def test_a_tickets_fix_or_workaround_is_its_resolution(tmp_path: Path) -> None:
    for n, head in enumerate(("Fix / workaround", "Workaround", "Solution")):
        rows: list[list[object]] = [["Ticket", "Summary", "Assigned to", "Status", head]]
        rows += [["TS-1", "Gantry camera drops plates", "Mia Chen", "Resolved", "Patch 4.2.1"]]
        rows += [["TS-4", "Tag reader timeout", "Raj Patel", "Open", None]]
        rows += [["TS-7", "Barrier arm sticks", "Mia Chen", "Closed", "Arm replaced"]]
        adoption = adopt(book(tmp_path / f"t{n}.xlsx", "Issues", rows))
        assert targets(only(adoption))[head] == "resolution"
        assert field(adoption, "issues", "resolution")[0] == "Patch 4.2.1"
    assert all(c.column_key != "resolution" for c in candidates("Fix Version", "issues"))


# --- 5. another document's number ---------------------------------------------------------


def test_another_documents_number_is_no_item_id(tmp_path: Path) -> None:
    assert document_reference("Drawing ref") and document_reference("Spec no.")
    assert document_reference("Dwg #") and document_reference("Contract clause ref")
    for own in ("Ref", "Risk ref", "CR No.", "RFI #", "Reference", "Change order no."):
        assert not document_reference(own), own
    rows: list[list[object]] = [["Date agreed", "Decision", "Basis", "Drawing ref"]]
    rows += [["2026/03/05", "Keep the old pine walk", "Visitor flow", "L-115"]]
    rows += [["2026/03/19", "Gravel paths, not paving", "Drainage", "L-120"]]
    table = only(adopt(book(tmp_path / "ddr.xlsx", "Decisions", rows)))
    assert targets(table)["Drawing ref"] is None
    assert candidates("Risk ref", "risks")[0].column_key == "id"


# --- 6. a form's row of column letters over its headings ----------------------------------


def test_a_row_of_column_letters_over_the_headings(tmp_path: Path) -> None:
    rows: list[list[object]] = [["AIA DOCUMENT G703 - CONTINUATION SHEET"]]
    rows += [["APPLICATION NO: 5"], ["PERIOD TO: March 31, 2026"], []]
    rows += [["A", "B", "C", "D", "E", "F", "G"]]
    rows += [["Item No.", "Description of Work", "Scheduled Value", "Work Completed", None]]
    rows[-1] += ["Materials Presently Stored", "Total Completed and Stored to Date (D+E+F)"]
    rows += [[None, None, None, "From Previous Application (D + E)", "This Period"]]
    rows += [["1", "Mobilization", 50000.0, 20000.0, 10000.0, None, 30000.0]]
    rows += [["2", "Earthwork", 150000.0, 50000.0, 25000.0, 5000.0, 80000.0]]
    rows += [["3", "Concrete", 250000.0, 0.0, 40000.0, None, 40000.0]]
    adoption = adopt(book(tmp_path / "aia.xlsx", "G703", rows, merged=("D6:E6",)))
    got = targets(only(adoption))
    assert got["Work Completed This Period"] == "actual"
    assert got["Description of Work"] == "cost_line"
    assert finance_by_line(adoption)[(date(2026, 3, 1), "Earthwork")].actual == 25000.0
    assert adoption.project.header.report_date == date(2026, 3, 31)


def test_letters_out_of_order_are_no_column_letters(tmp_path: Path) -> None:
    # a likelihood legend's H / M / L and a register whose codes are letters stay as read
    rows: list[list[object]] = [["ID", "Risk", "Owner", "Rating", "Status"]]
    rows += [["A", "Late steel", "Ana Silva", "H", "Open"]]
    rows += [["B", "Crane hire", "Ben Okoro", "M", "Open"]]
    rows += [["C", "Wet spring", "Ana Silva", "L", "Closed"]]
    adoption = adopt(book(tmp_path / "letters.xlsx", "Risks", rows))
    assert field(adoption, "risks", "title") == ["Late steel", "Crane hire", "Wet spring"]
