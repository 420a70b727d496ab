"""Round 37 (t45d): tuning on the ninety-ninth batch (finance trackers of every shape).

Each a general rule on small workbooks built here (docs/adopt.md, "Round 37: tuning on the
ninety-ninth batch (finance trackers)"), each with a near miss that keeps its reading:

1. an invoice log's ``Cost heading`` is the cost line (``synonyms``: as ``Cost head``),
   not the ``Supplier`` beside it;
2. an accrual tracker's ``Cost recognised`` is the month's actual, not the ``Invoiced in
   month`` beside it (the cash part only);
3. German ``Soll Monat`` / ``Ist Monat`` are the month's budget and actual (never the
   month), ``Abw.`` is a variance (``finance._DERIVED``), and a line named by its title
   (``Bezeichnung``, ``Title``) is the cost line on a sheet named by its month.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from tests.adopt_sheets import adopt, book, books, finance_by_line, only, registers, targets

# --- 1. a cost heading is the line, the supplier a detail -----------------------------------


def _invoice_log(tmp: Path, line_header: str) -> Path:
    rows: list[list[object]] = [
        ["Pit Lane Garages Rebuild - Invoice Log"],
        [],
        ["PO No.", "Supplier", line_header, "Invoice No.", "Invoice date", "Net (£)", "VAT (£)"],
        ["PO-1", "Hallam Steel Ltd", "Steel frame", "INV1", datetime(2026, 6, 3), 1000.0, 200.0],
        ["PO-2", "Apex M&E", "Fuel lines", "INV2", datetime(2026, 6, 9), 500.0, 100.0],
        ["PO-3", "Apex M&E", "Timing cabling", "INV3", datetime(2026, 6, 20), 300.0, 60.0],
        ["PO-1", "Hallam Steel Ltd", "Steel frame", "INV4", datetime(2026, 7, 2), 2000.0, 400.0],
        ["PO-2", "Apex M&E", "Fuel lines", "INV5", datetime(2026, 7, 8), 700.0, 140.0],
    ]
    return book(tmp / "invoices.xlsx", "Invoices", rows)


def test_a_cost_heading_is_the_line_not_the_supplier(tmp_path: Path) -> None:
    adoption = adopt(_invoice_log(tmp_path, "Cost heading"))
    table = only(adoption)
    assert targets(table)["Cost heading"] == "cost_line"
    assert targets(table)["Supplier"] is None
    lines = finance_by_line(adoption)
    # before: the supplier was the line (``Apex M&E`` summed two headings: 800.0 in June)
    assert lines[(date(2026, 6, 1), "Fuel lines")].actual == 500.0
    assert lines[(date(2026, 6, 1), "Timing cabling")].actual == 300.0
    assert lines[(date(2026, 7, 1), "Steel frame")].actual == 2000.0


def test_a_supplier_alone_is_still_the_line(tmp_path: Path) -> None:
    adoption = adopt(_invoice_log(tmp_path, "Ref"))  # no heading beside it: the supplier
    assert targets(only(adoption))["Supplier"] == "cost_line"
    assert finance_by_line(adoption)[(date(2026, 6, 1), "Apex M&E")].actual == 800.0


# --- 2. the cost recognised is the month's actual -------------------------------------------


def _accruals(tmp: Path, last: str) -> Path:
    head = ["Month", "Vendor", "Service", "PO value", "Invoiced in month", "Accrual movement"]
    rows: list[list[object]] = [["Study ART-207 - CRO accrual tracker"], ["Amounts in CHF"], []]
    rows.append([*head, last])
    for m, (inv, acc) in enumerate([(1000.0, 500.0), (2000.0, -300.0), (1500.0, 0.0)]):
        month = f"{m + 3:02d}.2026"
        rows.append([month, "Clinova AG", "Site monitoring", 90000.0, inv, acc, inv + acc])
        rows.append([month, "Clinova AG", "Data management", 50000.0, inv / 2, acc, inv / 2 + acc])
    return book(tmp / "accruals.xlsx", "Accruals", rows)


def test_the_cost_recognised_is_the_months_actual(tmp_path: Path) -> None:
    adoption = adopt(_accruals(tmp_path, "Cost recognised"))
    table = only(adoption)
    assert targets(table)["Cost recognised"] == "actual"
    assert targets(table)["Invoiced in month"] is None
    lines = finance_by_line(adoption)
    # before: the invoiced amount was the actual (1000.0, 2000.0)
    assert lines[(date(2026, 3, 1), "Site monitoring")].actual == 1500.0
    assert lines[(date(2026, 4, 1), "Site monitoring")].actual == 1700.0
    assert lines[(date(2026, 4, 1), "Data management")].actual == 700.0


def test_the_invoiced_amount_alone_is_still_the_actual(tmp_path: Path) -> None:
    adoption = adopt(_accruals(tmp_path, "Comment"))
    assert targets(only(adoption))["Invoiced in month"] == "actual"
    assert finance_by_line(adoption)[(date(2026, 3, 1), "Site monitoring")].actual == 1000.0


# --- 3. German month sheets: Soll Monat, Ist Monat, Abw., Bezeichnung -----------------------


def _month_sheet(month: date, factor: float) -> list[list[object]]:
    head = ["Kto.", "Bezeichnung", "Soll Monat", "Ist Monat", "Obligo", "Abw. Soll/Ist"]
    rows: list[list[object]] = [[f"Staffel 2 - Kostenstand per {month:%d.%m.%Y}"]]
    rows += [["Beträge in EUR"], head]
    for acct, line, soll, ist in [
        ("4100", "Gagen Darsteller", 1000.0, 1100.0),
        ("4500", "Motivmieten", 2000.0, 1900.0),
        ("5200", "Postproduktion", 3000.0, 3300.0),
    ]:
        rows.append([acct, line, soll * factor, ist * factor, 50.0, (soll - ist) * factor])
    return rows


def test_german_month_sheets_read_soll_and_ist_of_the_month(tmp_path: Path) -> None:
    sheets = {"Jan 26": _month_sheet(date(2026, 1, 31), 1.0)}
    sheets["Feb 26"] = _month_sheet(date(2026, 2, 28), 2.0)
    adoption = adopt(books(tmp_path / "kosten.xlsx", sheets))
    assert registers(adoption) == ["finance", "finance"]
    for table in adoption.report.adopted_tables:
        got = targets(table)
        assert got["Bezeichnung"] == "cost_line"
        assert got["Soll Monat"] == "budget"  # before: the month (``planned month``)
        assert got["Ist Monat"] == "actual"
        assert got["Abw. Soll/Ist"] is None  # a variance, no measure
    lines = finance_by_line(adoption)
    assert lines[(date(2026, 1, 1), "Motivmieten")].budget == 2000.0
    assert lines[(date(2026, 1, 1), "Motivmieten")].actual == 1900.0
    assert lines[(date(2026, 2, 1), "Postproduktion")].budget == 6000.0
    assert lines[(date(2026, 2, 1), "Postproduktion")].actual == 6600.0


def test_a_title_column_beside_a_cost_line_is_not_the_line(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Month", "Cost line", "Title", "Budget", "Actual"],
        [datetime(2026, 1, 1), "Licences", "Annual renewal", 100.0, 90.0],
        [datetime(2026, 1, 1), "Hosting", "Cloud tenancy", 200.0, 210.0],
        [datetime(2026, 2, 1), "Licences", "Annual renewal", 100.0, 95.0],
        [datetime(2026, 2, 1), "Hosting", "Cloud tenancy", 200.0, 205.0],
    ]
    adoption = adopt(book(tmp_path / "lines.xlsx", "Costs", rows))
    assert targets(only(adoption))["Cost line"] == "cost_line"
    assert finance_by_line(adoption)[(date(2026, 2, 1), "Hosting")].actual == 205.0


# --- 4. lines repeated over their measure rows, under the group that holds them -------------


def _by_state(tmp: Path, second: str, names: list[tuple[str, str]]) -> Path:
    rows: list[list[object]] = [["Store Refit Programme FY27 (AUD)"], []]
    rows.append(["State", second, "Measure", "Jul-26", "Aug-26", "Sep-26", "Oct-26", "YTD"])
    for n, (group, name) in enumerate(names):
        bud = 1000.0 * (n + 1)
        rows.append([group, name, "Bud", bud, bud + 100, bud + 200, bud + 300, bud * 2 + 100])
        rows.append([group, name, "Act", bud + 5, bud + 95, None, None, bud * 2 + 100])
    return book(tmp / f"stores_{second}.xlsx", "Programme", rows)


def test_stores_over_their_bud_and_act_rows_are_the_lines_not_the_state(tmp_path: Path) -> None:
    stores = [("VIC", "Store 104 Fitzroy"), ("VIC", "Store 117 Geelong")]
    stores += [("NSW", "Store 203 Newtown")]
    adoption = adopt(_by_state(tmp_path, "Store", stores))
    table = only(adoption)
    assert targets(table)["Store"] == "cost_line"
    assert targets(table)["State"] is None
    lines = finance_by_line(adoption)
    # before: the state was the line (``VIC`` summed two stores, or lost one)
    assert lines[(date(2026, 7, 1), "Store 117 Geelong")].budget == 2000.0
    assert lines[(date(2026, 7, 1), "Store 117 Geelong")].actual == 2005.0
    assert lines[(date(2026, 8, 1), "Store 203 Newtown")].budget == 3100.0


def test_a_name_met_under_two_groups_is_no_line_of_its_own(tmp_path: Path) -> None:
    # a scope of works met in two states: its names repeat across the groups, so they
    # name no line of their own; the first column stays the line, as before
    scopes = [("VIC", "Joinery"), ("VIC", "Flooring"), ("NSW", "Joinery"), ("NSW", "Lighting")]
    adoption = adopt(_by_state(tmp_path, "Scope", scopes))
    assert targets(only(adoption))["State"] == "cost_line"


# --- 5. a draw schedule: numbered draws across, each dated in its month ---------------------


def _draws(tmp: Path, heads: list[str]) -> Path:
    rows: list[list[object]] = [["RV Resort - Construction Loan Draw Schedule"]]
    rows += [["Amounts in USD"], []]
    rows.append(["Line Item", "Budget", *heads, "Total Drawn", "Balance to Fund"])
    for n, line in enumerate(["Site work", "Clubhouse", "Soft costs"]):
        budget = 100000.0 * (n + 1)
        draws: list[object] = [1000.0 * (n + 1) + k for k in range(len(heads))]
        draws[1] = None if n == 0 else draws[1]  # no draw that month
        drawn = sum(d for d in draws if isinstance(d, float))
        rows.append([line, budget, *draws, drawn, budget - drawn])
    rows.append(["TOTAL", 600000.0])
    return book(tmp / "draws.xlsx", "Draw Schedule", rows)


def test_numbered_draws_dated_a_month_apart_are_the_months_actuals(tmp_path: Path) -> None:
    heads = ["Draw 4\n01/31/2026", "Draw 5\n02/28/2026", "Draw 6\n03/31/2026"]
    adoption = adopt(_draws(tmp_path, heads))
    assert registers(adoption) == ["finance"]  # before: refused, amounts without months
    lines = finance_by_line(adoption)
    assert lines[(date(2026, 1, 1), "Site work")].actual == 1000.0
    assert lines[(date(2026, 3, 1), "Clubhouse")].actual == 2002.0
    assert lines[(date(2026, 2, 1), "Soft costs")].actual == 3001.0
    assert lines[(date(2026, 2, 1), "Soft costs")].budget is None  # the loan's budget: no month
    assert (date(2026, 2, 1), "Site work") not in lines  # no draw that month


def test_draws_whose_dates_are_not_a_month_apart_name_no_months(tmp_path: Path) -> None:
    heads = ["Draw 4\n01/31/2026", "Draw 5\n03/31/2026", "Draw 6\n04/30/2026"]
    assert registers(adopt(_draws(tmp_path, heads))) == []
    heads = ["Draw 4\n01/31/2026", "Draw 6\n02/28/2026", "Draw 9\n03/31/2026"]
    assert registers(adopt(_draws(tmp_path, heads))) == []


def test_a_contingency_drawdown_line_across_stays_a_line(tmp_path: Path) -> None:
    # near miss of the draw: ``drawdown`` names a line too, never a measure
    sheets: dict[str, list[list[object]]] = {}
    for n, sheet in enumerate(["Budget phasing", "Actuals"]):
        rows: list[list[object]] = [[f"School Extension - {sheet} (EUR)"], []]
        rows.append(["Month", "Design team fees", "Contingency drawdown", "Main contractor"])
        for m in range(4):
            rows.append([datetime(2025, 9 + m, 1), 1000.0 + m + n, 2000.0 + m + n, 3000.0 + m])
        sheets[sheet] = rows
    lines = finance_by_line(adopt(books(tmp_path / "cashflow.xlsx", sheets)))
    assert lines[(date(2025, 10, 1), "Contingency drawdown")].budget == 2001.0
    assert lines[(date(2025, 10, 1), "Contingency drawdown")].actual == 2002.0
