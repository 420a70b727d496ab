"""Round 31 of issue 15 (task k51): tuning on a stranger's supplier and consultancy reports.
Each rule tried on small workbooks written for these tests (none is a benchmark layout, and
each habit in two or three forms), with near-misses that must not fire:

1. **a money noun beside ONE measure word** (``Fees budget``, ``Invoiced fees``, ``Cost
   forecast``, ``Fees invoiced this month``) is that amount of a finance tracker; effort
   (``Days budget``, ``Hours used``) and a money noun alone (``Fees``) are none;
2. **what a supplier invoiced or billed, and a payment application's value of work done**
   (``Invoiced``, ``Value of work done``, ``Valuation this period``) is the actual, its
   ``Workstream`` or ``Section`` the cost line; ``Retention`` and ``Net due`` stay unread;
3. **a long title written in parts** (``Project - Supplier - Document``) names the register
   as a short one does; a long note of sentences does not;
4. **the register letters or words heading a RAID type column** (``R/I``, ``Type (R/I)``,
   ``Risk / Issue``) split a one-table log into its registers; an ``R/I`` column of other
   values does not;
5. **the client's project in a supplier's pack** (``Client project``, ``Customer PM``) is
   the project's name and manager; the supplier's own (``Supplier project manager``,
   ``Account manager``) and ``Client`` alone are not;
6. **a certified amount, an amount without the tax** are the actual (not the applied, not
   the gross); an amount with the tax alone is still read;
7. **a staffing plan titled with its day rates** is effort priced (a cost word beside the
   rates keeps it finance); **a SOW's payment milestones** are its milestones;
8. **spend tracked by supplier**: the ``Vendor`` is the cost line, unless a named cost line
   stands beside it.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from adopt_sheets import adopt, book, finance_by_line, only, registers, targets

from addin.adopt.classify import titled_in_parts
from addin.adopt.match import money_measure
from addin.adopt.project import client_field

# --- 1. a money noun beside its measure word --------------------------------------------


def test_money_noun_and_measure_word_name_the_amount() -> None:
    assert money_measure("fees budget") == "budget"
    assert money_measure("invoiced fees") == "actual"
    assert money_measure("cost forecast") == "forecast"
    assert money_measure("fees invoiced this month") == "actual"
    assert money_measure("budgeted amount") == "budget"


def test_effort_or_a_noun_alone_or_two_measures_name_no_amount() -> None:
    assert money_measure("days budget") is None
    assert money_measure("hours forecast") is None
    assert money_measure("fees") is None
    assert money_measure("budget forecast") is None
    assert money_measure("fees budget days") is None


def _fees_rows(head: list[str], title: str) -> list[list[object]]:
    rows: list[list[object]] = [[title], [], head]
    for m in (1, 2, 3):
        for line in ("Process design", "Permitting"):
            rows.append([datetime(2026, m, 1), line, 4, 3, 2600.0 * m, 1950.0 * m, None])
    return rows


def test_a_consultancys_fee_tracker_by_month_and_workstream(tmp_path: Path) -> None:
    head = ["Month", "Workstream", "Days budget", "Days used", "Fees budget (GBP)"]
    head += ["Fees invoiced (GBP)", "Fees forecast (GBP)"]
    path = book(tmp_path / "fees.xlsx", "Fees", _fees_rows(head, "Owner's engineer fees"))
    adoption = adopt(path)
    table = only(adoption)
    assert table.register == "finance"
    got = targets(table)
    assert got["Workstream"] == "cost_line"
    assert got["Days budget"] is None and got["Days used"] is None
    assert got["Fees budget (GBP)"] == "budget"
    assert got["Fees invoiced (GBP)"] == "actual"
    row = finance_by_line(adoption)[(date(2026, 2, 1), "Permitting")]
    assert (row.budget, row.actual) == (5200.0, 3900.0)
    assert adoption.project.header.currency == "GBP"


def test_the_same_tracker_in_other_words(tmp_path: Path) -> None:
    head = ["Period", "Work stream", "Budget days", "Actual days", "Budgeted fees"]
    head += ["Billed", "Forecast fees"]
    path = book(tmp_path / "fees2.xlsx", "Tracker", _fees_rows(head, "Consultancy fees"))
    got = targets(only(adopt(path)))
    assert got["Budgeted fees"] == "budget"
    assert got["Billed"] == "actual"
    assert got["Forecast fees"] == "forecast"
    assert got["Budget days"] is None and got["Actual days"] is None


# --- 2. a payment application's value of work done ----------------------------------------


def _application_rows(title: str, value_head: str, line_head: str) -> list[list[object]]:
    rows: list[list[object]] = [[title], ["Contractor: Harbour Works Ltd"], []]
    rows.append(["Application No.", "Period", line_head, "Contract sum", value_head])
    rows[-1] += ["Retention (5%)", "Net due"]
    for a, m in enumerate((3, 4, 5), start=1):
        for line, work in (("Quay wall", 40000.0), ("Dredging", 12000.0 * a)):
            rows.append([a, datetime(2026, m, 1), line, 900000.0, work, work * 0.05])
            rows[-1].append(work * 0.95)
    return rows


def test_a_contractors_payment_applications_value_of_work_is_the_actual(
    tmp_path: Path,
) -> None:
    title = "Port Louis Quay Extension - Interim Payment Applications (USD)"
    rows = _application_rows(title, "Value of work this period", "Section")
    adoption = adopt(book(tmp_path / "apps.xlsx", "Applications", rows))
    table = only(adoption)
    assert table.register == "finance"
    got = targets(table)
    assert got["Period"] == "month"
    assert got["Section"] == "cost_line"
    assert got["Value of work this period"] == "actual"
    for left_out in ("Application No.", "Contract sum", "Retention (5%)", "Net due"):
        assert got[left_out] is None
    assert finance_by_line(adoption)[(date(2026, 4, 1), "Dredging")].actual == 24000.0
    assert adoption.project.header.currency == "USD"


def test_a_valuation_this_period_under_a_title_of_valuations(tmp_path: Path) -> None:
    rows = _application_rows(
        "Quay Extension - Monthly Valuations", "Valuation this period", "Trade"
    )
    rows[3][2] = "Workstream"
    got = targets(only(adopt(book(tmp_path / "val.xlsx", "Valuations", rows))))
    assert got["Valuation this period"] == "actual"
    assert got["Period"] == "month"


# --- 3. a long title in parts -------------------------------------------------------------


def test_a_long_title_in_parts_is_a_title() -> None:
    assert titled_in_parts("Baltic Rail Depot Phase 2 (Lot 4) - Interim Payment Applications (EUR)")
    assert titled_in_parts("Riverside Hospital | Mechanical contractor | Monthly cost report 2026")


def test_a_long_note_of_sentences_is_no_title() -> None:
    note = "Note - amounts are ex VAT. Retention is released at practical completion of the works"
    assert not titled_in_parts(note)
    assert not titled_in_parts("A single very long title line with no parts at all in it anywhere")


# --- 4. register letters heading a RAID type column -----------------------------------------


def _log_rows(type_head: str, kinds: list[str]) -> list[list[object]]:
    texts = ["Crane hire delayed", "Late steel delivery", "Permit expired", "Flood risk"]
    rows: list[list[object]] = [["Supplier Risk & Issue Log"], ["R = Risk, I = Issue"]]
    rows.append(["Item", type_head, "Description", "Owner", "Date raised", "Status"])
    for n, (kind, text) in enumerate(zip(kinds, texts, strict=False), start=1):
        rows.append([n, kind, text, "Ana Reyes", datetime(2026, 2, n), "Open"])
    return rows


def test_r_slash_i_letters_split_a_one_table_log(tmp_path: Path) -> None:
    rows = _log_rows("R/I", ["R", "I", "I", "R"])
    adoption = adopt(book(tmp_path / "ri.xlsx", "Log", rows))
    table = only(adoption)
    assert table.register == "raid"
    assert targets(table)["R/I"] == "register"
    assert table.items == {"risks": 2, "issues": 2}


def test_the_same_column_headed_in_words_or_bracketed(tmp_path: Path) -> None:
    for n, head in enumerate(("Risk / Issue", "Type (R/I)", "Risk or Issue")):
        values = ["Risk", "Issue", "Issue", "Risk"] if "or" in head or "/ I" in head else None
        rows = _log_rows(head, values or ["R", "I", "I", "R"])
        table = only(adopt(book(tmp_path / f"ri{n}.xlsx", "Log", rows)))
        assert table.register == "raid", head
        assert table.items == {"risks": 2, "issues": 2}, head


def test_an_r_slash_i_column_of_other_values_splits_nothing(tmp_path: Path) -> None:
    rows = _log_rows("R/I", ["Yes", "No", "No", "Yes"])
    rows[0] = ["Supplier Issue Log"]
    adoption = adopt(book(tmp_path / "ri_no.xlsx", "Issues", rows))
    assert registers(adoption) == ["issues"]


# --- 5. the client's project in a supplier's pack -----------------------------------------


def test_client_labels_name_the_projects_fields() -> None:
    assert client_field("client project") == "project_name"
    assert client_field("customer project manager") == "project_manager"
    assert client_field("client s pm") == "project_manager"
    assert client_field("client project ref") == "project_id"


def test_client_alone_or_the_suppliers_people_name_no_field() -> None:
    assert client_field("client") is None
    assert client_field("client manager") is None
    assert client_field("supplier project manager") is None
    assert client_field("client account manager") is None


def test_a_suppliers_status_pack_gives_the_clients_project(tmp_path: Path) -> None:
    rows: list[list[object]] = [["WEEKLY STATUS REPORT - Northline Systems"], []]
    rows += [["Customer project", "Harbour Crane Automation"], ["Client PM", "Lena Fischer"]]
    rows += [["Supplier project manager", "Tom Okafor"], ["Week ending", datetime(2026, 5, 8)]]
    rows += [[], ["Milestone", "Contract date", "Forecast", "Status"]]
    rows += [["Cranes delivered", datetime(2026, 6, 1), datetime(2026, 6, 8), "In Progress"]]
    rows += [["Go-live", datetime(2026, 8, 3), datetime(2026, 8, 3), "Not Started"]]
    adoption = adopt(book(tmp_path / "pack.xlsx", "Status", rows))
    header = adoption.project.header
    assert header.project_name == "Harbour Crane Automation"
    assert header.project_manager == "Lena Fischer"
    assert registers(adoption) == ["milestones"]


# --- 6. certified, net and gross amounts ------------------------------------------------


def test_the_certified_amount_is_the_actual_not_the_applied(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Harbour Works - Contractor Valuations (GBP)"], []]
    rows.append(["Valuation", "Month", "Package", "Amount applied", "Amount certified"])
    rows[-1] += ["Retention", "Paid"]
    for a, m in enumerate((3, 4, 5), start=1):
        for p in ("Piling", "Deck"):
            rows.append([a, datetime(2026, m, 1), p, 1000.0 * a, 900.0 * a, 45.0 * a, 855.0 * a])
    adoption = adopt(book(tmp_path / "valuations.xlsx", "Valuations", rows))
    got = targets(only(adoption))
    assert got["Amount certified"] == "actual"
    assert got["Valuation"] is None  # the valuation's number, no amount
    assert got["Amount applied"] is None and got["Paid"] is None
    assert finance_by_line(adoption)[(date(2026, 4, 1), "Deck")].actual == 1800.0


def test_the_amount_without_the_tax_is_the_actual(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Consultancy fees by month 2026"], []]
    rows.append(["Month", "Workstream", "Net amount", "VAT", "Gross amount"])
    for a, m in enumerate((3, 4, 5), start=1):
        for p in ("Design", "Survey"):
            rows.append([datetime(2026, m, 1), p, 1000.0 * a, 200.0 * a, 1200.0 * a])
    got = targets(only(adopt(book(tmp_path / "invoices.xlsx", "Invoices", rows))))
    assert got["Net amount"] == "actual"
    assert got["Gross amount"] is None
    rows = [["Fee tracker"], [], ["Month", "Workstream", "Invoiced (inc VAT)", "Invoiced (ex VAT)"]]
    rows += [[datetime(2026, m, 1), "Design", 1200.0 * m, 1000.0 * m] for m in (3, 4, 5)]
    got = targets(only(adopt(book(tmp_path / "vat.xlsx", "Fees", rows))))
    assert got["Invoiced (ex VAT)"] == "actual"
    assert got["Invoiced (inc VAT)"] is None


def test_an_amount_with_the_tax_alone_is_still_read(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Fee tracker"], [], ["Month", "Workstream", "Invoiced (inc VAT)"]]
    rows += [[datetime(2026, m, 1), "Design", 1200.0 * m] for m in (3, 4, 5)]
    got = targets(only(adopt(book(tmp_path / "vat1.xlsx", "Fees", rows))))
    assert got["Invoiced (inc VAT)"] == "actual"


# --- 7. a staffing plan titled with its day rates, a SOW's payment milestones -------------


def _staffing_rows(title: str) -> list[list[object]]:
    rows: list[list[object]] = [[title], []]
    rows.append(["Name", "Role", "Day rate (GBP)", datetime(2026, 4, 1), datetime(2026, 5, 1)])
    rows[-1] += [datetime(2026, 6, 1), "Total days", "Total cost"]
    for p, g in (("Amy Wu", "Senior"), ("Ben Ode", "Consultant"), ("Cy Tan", "Analyst")):
        rows.append([p, g, 900, 10, 12, 8, 30, 27000])
    return rows


def test_day_rates_in_a_staffing_plans_title_price_its_days(tmp_path: Path) -> None:
    for n, title in enumerate(("Staffing plan and day rates", "Resource plan - rate card")):
        adoption = adopt(book(tmp_path / f"staff{n}.xlsx", "Plan", _staffing_rows(title)))
        assert registers(adoption) == ["resources"], title


def test_costs_in_the_title_beside_the_rates_keep_it_finance(tmp_path: Path) -> None:
    rows = _staffing_rows("Staffing plan - costs and day rates")
    assert registers(adopt(book(tmp_path / "staff_cost.xlsx", "Plan", rows))) == ["finance"]


def test_a_sow_payment_schedules_payment_milestones(tmp_path: Path) -> None:
    for n, head in enumerate(("Payment milestone", "Billing milestone", "Contract milestone")):
        rows: list[list[object]] = [["Statement of Work 3 - Payment Schedule"], []]
        rows.append(["#", head, "Target date", "Invoice value (EUR)", "% of fee", "Status"])
        for a in range(1, 5):
            rows.append([a, f"Deliverable {a} accepted", datetime(2026, 3 + a, 1), 1e4 * a])
            rows[-1] += [0.25, "Not Started"]
        adoption = adopt(book(tmp_path / f"sow{n}.xlsx", "Payments", rows))
        table = only(adoption)
        assert table.register == "milestones", head
        assert targets(table)[head] == "milestone"
        assert targets(table)["Invoice value (EUR)"] is None


# --- 8. spend by supplier ---------------------------------------------------------------


def test_spend_tracked_by_supplier_takes_the_supplier_as_its_line(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Supplier spend tracker (GBP)"], []]
    rows.append(["Month", "Vendor", "PO number", "Invoiced (ex VAT)"])
    for m in (3, 4, 5):
        rows += [[datetime(2026, m, 1), p, "PO-1", 1000.0 * m] for p in ("Arup", "Jacobs")]
    adoption = adopt(book(tmp_path / "spend.xlsx", "Spend", rows))
    got = targets(only(adoption))
    assert got["Vendor"] == "cost_line"
    assert finance_by_line(adoption)[(date(2026, 4, 1), "Jacobs")].actual == 4000.0


def test_a_named_cost_line_beside_the_supplier_stays_the_line(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Project costs (GBP)"], []]
    rows.append(["Month", "Cost line", "Supplier", "Budget", "Actual"])
    for m in (3, 4, 5):
        rows += [[datetime(2026, m, 1), p, "Arup", 1000.0 * m, 900.0] for p in ("Design", "Survey")]
    got = targets(only(adopt(book(tmp_path / "costs.xlsx", "Costs", rows))))
    assert got["Cost line"] == "cost_line"
    assert got["Supplier"] is None
