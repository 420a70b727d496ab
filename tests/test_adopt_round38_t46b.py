"""Round 38 (task t46b): tuning on the hundred-and-first batch (finance trackers of every
shape). Each rule on a small workbook of its own shape: a Swiss building project's invoice
check by ``BKP`` line (two invoices of one line on one day summed), a Canadian
contractor's progress claims (``Work this period`` before the ``Holdback``)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from addin.adopt.match import work_of_the_period
from tests.adopt_sheets import adopt, best_candidate, books, finance_by_line, only, targets


def test_swiss_cost_plan_line_words() -> None:
    """``BKP`` (Baukostenplan) and German ``Kostengruppe`` (DIN 276) name the
    cost plan's line, as ``Cost line`` does; French Swiss ``CFC`` too."""
    assert best_candidate("BKP", "finance") == ("cost_line", 1.0)
    assert best_candidate("Kostengruppe", "finance") == ("cost_line", 1.0)
    assert best_candidate("CFC", "finance") == ("cost_line", 1.0)


def test_swiss_invoice_check_by_cost_plan_line(tmp_path: Path) -> None:
    """An invoice check (``Rechnungskontrolle``) of invoices by ``BKP`` line: each month's
    invoices of one line summed; two invoices of one line on one day are two bills (the
    ``Kreditor`` beside them, who was paid, is no line)."""
    rows: list[list[object]] = [
        ["Ersatzneubau Berghütte - Rechnungskontrolle"],
        ["Beträge in CHF inkl. MWST"],
        [],
        ["Rechnungsdatum", "Kreditor", "BKP", "Bestellung Nr.", "Betrag CHF"],
        ["04.05.2026", "Holzbau AG", "232 Starkstrominstallationen", "B-534", "28'665.13"],
        ["05.05.2026", "Holzbau AG", "232 Starkstrominstallationen", "B-608", "48'518.41"],
        ["17.05.2026", "Air Glaciers SA", "291 Architekt", "B-333", "30'597.75"],
        ["01.07.2026", "Gasser Bau AG", "221 Fenster aus Holz", "B-238", "26'641.55"],
        ["01.07.2026", "Elektro Arnold GmbH", "221 Fenster aus Holz", "B-719", "32'364.16"],
        ["10.07.2026", "Elektro Arnold GmbH", "211 Baumeisterarbeiten", "B-650", "11'067.85"],
        [None, None, None, "Total", "177'854.85"],
    ]
    adoption = adopt(books(tmp_path / "rechnungen.xlsx", {"Rechnungen": rows}))
    table = only(adoption)
    assert table.register == "finance"
    assert targets(table)["BKP"] == "cost_line"
    assert targets(table)["Betrag CHF"] == "actual"
    lines = finance_by_line(adoption)
    assert lines[date(2026, 5, 1), "232 Starkstrominstallationen"].actual == pytest.approx(
        77_183.54
    )
    assert lines[date(2026, 7, 1), "221 Fenster aus Holz"].actual == pytest.approx(59_005.71)
    assert lines[date(2026, 7, 1), "211 Baumeisterarbeiten"].actual == 11_067.85
    assert len(lines) == 4


def test_progress_claims_work_this_period_is_the_actual(tmp_path: Path) -> None:
    """A Canadian contractor's progress claims: the gross ``Work this period`` of each trade
    is the month's actual (the period ending's month); ``Holdback (10%)``, ``Net payable``
    and ``Paid?`` are no measure."""
    rows: list[list[object]] = [
        ["Co-op grain elevator annex"],
        ["Amounts in CAD, excl. GST"],
        [],
        [
            "Claim #",
            "Period ending",
            "Trade",
            "Work this period",
            "Holdback (10%)",
            "Net payable",
            "Paid?",
        ],
        [1, datetime(2026, 6, 30), "Dust control", 380_959.20, 38_095.92, 342_863.28, "Yes"],
        [1, datetime(2026, 6, 30), "Steel bins", 519_627.70, 51_962.77, 467_664.93, "Yes"],
        [2, datetime(2026, 7, 31), "Dust control", 67_559.35, 6_755.94, 60_803.41, "Yes"],
        [2, datetime(2026, 7, 31), "Electrical", 254_502.94, 25_450.29, 229_052.65, "No"],
    ]
    adoption = adopt(books(tmp_path / "claims.xlsx", {"Progress Claims": rows}))
    table = only(adoption)
    assert table.register == "finance"
    assert targets(table)["Work this period"] == "actual"
    assert targets(table)["Trade"] == "cost_line"
    assert targets(table)["Holdback (10%)"] is None
    assert targets(table)["Net payable"] is None
    lines = finance_by_line(adoption)
    assert lines[date(2026, 6, 1), "Steel bins"].actual == 519_627.70
    assert lines[date(2026, 7, 1), "Electrical"].actual == 254_502.94
    assert len(lines) == 4


def test_work_this_period_is_read_only_in_a_claim() -> None:
    """``Work this period`` names no amount by its words (a plan's work is hours, round 33);
    only a contractor's claim (its title or sheet naming progress claims) values it."""
    assert best_candidate("Work this period", "finance") is None
    assert work_of_the_period("Work this period")
    assert work_of_the_period("Work this month")
    assert not work_of_the_period("Work completed")
    assert not work_of_the_period("Work")


def test_work_this_period_outside_a_claim_stays_unread(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Month", "Task", "Work this period", "Budget"],
        [datetime(2026, 6, 30), "Design", 120.0, 9_000],
        [datetime(2026, 7, 31), "Design", 80.0, 6_000],
        [datetime(2026, 7, 31), "Build", 160.0, 12_000],
    ]
    adoption = adopt(books(tmp_path / "plan.xlsx", {"Plan": rows}))
    table = only(adoption)
    assert targets(table)["Work this period"] is None
    assert finance_by_line(adoption)[date(2026, 7, 1), "Build"].actual is None


def test_oracle_export_expenditure_type_and_period_name(tmp_path: Path) -> None:
    """An Oracle Projects export: each cost's line is its ``Expenditure Type`` (its values no
    CapEx / OpEx words), its month the ``Period Name`` (``MAR-26``), not the item's own
    date; the lines of one type in one period are summed."""
    head = [
        "Project Number",
        "Project Name",
        "Expenditure Category",
        "Expenditure Type",
        "Expenditure Item Date",
        "Period Name",
        "Supplier Name",
        "Burdened Cost",
    ]
    rows: list[list[object]] = [
        head,
        [
            "PH-1",
            "Seat Expansion",
            "IT Infrastructure",
            "Network Cabling",
            "03-MAR-2026",
            "MAR-26",
            "Ofix Inc",
            1_000.0,
        ],
        [
            "PH-1",
            "Seat Expansion",
            "Construction",
            "Raised Flooring",
            "16-MAR-2026",
            "MAR-26",
            "Ofix Inc",
            2_000.0,
        ],
        [
            "PH-1",
            "Seat Expansion",
            "Construction",
            "Raised Flooring",
            "31-MAR-2026",
            "APR-26",
            "Megawide",
            500.0,
        ],
        [
            "PH-1",
            "Seat Expansion",
            "IT Infrastructure",
            "Network Cabling",
            "19-APR-2026",
            "APR-26",
            "Wirelink",
            700.0,
        ],
        [
            "PH-1",
            "Seat Expansion",
            "IT Infrastructure",
            "Network Cabling",
            "21-APR-2026",
            "APR-26",
            "Ofix Inc",
            300.0,
        ],
        [
            "PH-1",
            "Seat Expansion",
            "Construction",
            "Raised Flooring",
            "09-APR-2026",
            "APR-26",
            "Megawide",
            250.0,
        ],
    ]
    adoption = adopt(books(tmp_path / "export.xlsx", {"Export": rows}))
    table = only(adoption)
    assert table.register == "finance"
    assert targets(table)["Expenditure Type"] == "cost_line"
    assert targets(table)["Period Name"] == "month"
    assert targets(table)["Expenditure Item Date"] is None
    lines = finance_by_line(adoption)
    assert lines[date(2026, 4, 1), "Network Cabling"].actual == 1_000.0
    assert lines[date(2026, 4, 1), "Raised Flooring"].actual == 750.0
    assert lines[date(2026, 3, 1), "Raised Flooring"].actual == 2_000.0
    assert len(lines) == 4


def test_expenditure_type_of_capital_and_revenue_stays_capex_opex(tmp_path: Path) -> None:
    """A UK return's ``Expenditure type`` of Capital / Revenue keeps its CapEx / OpEx
    reading; the line stays the ``Budget heading``."""
    rows: list[list[object]] = [
        ["Month", "Budget heading", "Expenditure type", "Budget £", "Actual £"],
        ["Apr-26", "Kitchen refit", "Capital", 12_000, 11_500],
        ["Apr-26", "Staff training", "Revenue", 2_000, 1_800],
        ["May-26", "Kitchen refit", "Capital", 9_000, 9_400],
        ["May-26", "Staff training", "Revenue", 1_000, 950],
    ]
    adoption = adopt(books(tmp_path / "return.xlsx", {"Spend": rows}))
    table = only(adoption)
    assert targets(table)["Expenditure type"] == "capex_opex"
    assert targets(table)["Budget heading"] == "cost_line"
    lines = finance_by_line(adoption)
    assert lines[date(2026, 4, 1), "Kitchen refit"].capex_opex == "CapEx"
    assert lines[date(2026, 5, 1), "Staff training"].capex_opex == "OpEx"


def test_japanese_measures_with_their_amount_word() -> None:
    """``予算額`` / ``予算金額`` (the budget amount), ``実績額`` (the actual amount) and
    ``見込額`` (the forecast amount) are the measures; Chinese ``预算金额`` and Korean
    ``실적액`` too; ``差額`` (the difference) is no measure."""
    assert best_candidate("予算額", "finance") == ("budget", 1.0)
    assert best_candidate("予算金額", "finance") == ("budget", 1.0)
    assert best_candidate("実績額", "finance") == ("actual", 1.0)
    assert best_candidate("見込額", "finance") == ("forecast", 1.0)
    assert best_candidate("预算金额", "finance") == ("budget", 1.0)
    assert best_candidate("실적액", "finance") == ("actual", 1.0)
    assert best_candidate("差額", "finance") is None


def test_month_merged_over_its_lines_rows_keeps_the_table(tmp_path: Path) -> None:
    """A month written once and merged down over its four lines' rows, the later months'
    rows holding only a line and its budget: each row is the merged month's line, never a
    short label / value line under the table (the table went on to row 24, not 9)."""
    lines_of = ["仮設工事", "屋根工事", "木工事", "設計監理"]
    rows: list[list[object]] = [
        ["令和8年度 本殿保存修理事業 予算実績管理表"],
        ["単位：円"],
        [],
        ["月", "費目", "予算額", "実績額", "差異"],
    ]
    merged = []
    for n, month in enumerate(["2026年4月", "2026年5月", "2026年6月"]):
        first = len(rows) + 1
        for k, line in enumerate(lines_of):
            budget = 1_000_000 * (n + 1) + 10_000 * k
            actual = budget - 5_000 if n == 0 else None
            rows.append(
                [month if k == 0 else None, line, budget, actual, None if actual is None else 5_000]
            )
        merged.append(f"A{first}:A{first + 3}")
    adoption = adopt(
        books(tmp_path / "yojitsu.xlsx", {"予実管理": rows}, {"予実管理": tuple(merged)})
    )
    table = only(adoption)
    assert table.register == "finance"
    assert table.ref == "A4:E16"
    assert targets(table)["予算額"] == "budget"
    assert targets(table)["実績額"] == "actual"
    lines = finance_by_line(adoption)
    assert len(lines) == 12
    assert lines[date(2026, 6, 1), "設計監理"].budget == 3_030_000
    assert lines[date(2026, 4, 1), "木工事"].actual == 1_015_000
    assert adoption.project.header.currency == "JPY"


def test_title_code_before_what_the_amounts_include(tmp_path: Path) -> None:
    """A title line's code set apart by a dash and followed by what the amounts include or
    leave out (``FY2026-27 (July-June) - AUD incl. accruals, ex GST``) is the currency."""
    rows: list[list[object]] = [
        ["Pony Club - Arena Upgrade"],
        ["FY2026-27 (July-June) - AUD incl. accruals, ex GST"],
        [],
        ["Month", "Cost line", "Budget", "Actual (incl. accruals)"],
        ["Jul 2026", "Fencing", 20_000, 21_660],
        ["Jul 2026", "Water tanks", 30_600, 26_940],
        ["Aug 2026", "Fencing", 48_800, 42_560],
    ]
    adoption = adopt(books(tmp_path / "accruals.xlsx", {"Monthly": rows}))
    assert adoption.project.header.currency == "AUD"


def test_whole_budget_beside_the_period_actual_is_no_month_budget(tmp_path: Path) -> None:
    """A one-month cost report (``Reporting period: July 2026``): ``Actual this period`` is
    July's actual; ``Current budget`` beside ``Actual to date`` and ``EAC`` is each line's
    whole budget, left out (before, 632,000 was read as July's budget)."""
    rows: list[list[object]] = [
        ["Students' Union Refurbishment - Monthly Cost Report"],
        ["Reporting period: July 2026"],
        ["All figures EUR, excl. VAT"],
        [],
        [
            "Cost code",
            "Description",
            "Current budget",
            "Actual this period",
            "Actual to date",
            "EAC",
        ],
        ["02.10", "Demolitions", 632_000, 6_750, 89_250, 558_000],
        ["03.20", "Structural alterations", 413_000, 3_500, 61_500, 381_500],
        ["05.20", "Electrical services", 91_000, 5_250, 70_250, 74_500],
    ]
    adoption = adopt(books(tmp_path / "cost_report.xlsx", {"Cost Report": rows}))
    table = only(adoption)
    assert targets(table)["Actual this period"] == "actual"
    assert targets(table)["Current budget"] is None
    lines = finance_by_line(adoption)
    assert lines[date(2026, 7, 1), "Demolitions"].actual == 6_750
    assert lines[date(2026, 7, 1), "Demolitions"].budget is None


def test_budget_of_the_period_beside_the_period_actual_stays(tmp_path: Path) -> None:
    """The same report with ``Budget this period`` keeps it as July's budget."""
    rows: list[list[object]] = [
        ["Monthly Cost Report"],
        ["Reporting period: July 2026"],
        [],
        ["Description", "Budget this period", "Actual this period", "Actual to date", "EAC"],
        ["Demolitions", 7_000, 6_750, 89_250, 558_000],
        ["Structural alterations", 4_000, 3_500, 61_500, 381_500],
        ["Electrical services", 5_000, 5_250, 70_250, 74_500],
    ]
    adoption = adopt(books(tmp_path / "cost_report.xlsx", {"Cost Report": rows}))
    lines = finance_by_line(adoption)
    assert lines[date(2026, 7, 1), "Demolitions"].budget == 7_000
    assert lines[date(2026, 7, 1), "Demolitions"].actual == 6_750
