"""Round 29's last hour (issue 15): the forty-fifth and forty-sixth batches' misses, each
rule tried on small workbooks written for these tests (no benchmark layout), each with a
near-miss that must not be taken (docs/adopt.md, "Round 29 (its last hour)")."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl
from adopt_sheets import adopt, book, books, field, only, targets
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation

# ---------------------------------------------------------------------------------------
# an issue log's `Last change` stamp is the day it last changed
# ---------------------------------------------------------------------------------------


def test_a_last_change_stamp_is_the_last_updated_day(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Issue ID", "Title", "Owner", "Opened", "Last change", "Status"],
        ["I-001", "Sapphire crystals scratched", "Aline Favre", "08.12.2025", "26.12.2025 10:58"],
        ["I-002", "Mill recalibration late", "Luca Rossi", "08.01.2026", "17.01.2026 18:13"],
        ["I-003", "Clean-room humidity high", "Jonas Meier", "20.04.2026", "03.05.2026 16:39"],
    ]
    for row in rows[1:]:
        row.append("Open")
    adoption = adopt(book(tmp_path / "issues.xlsx", "Issues", rows))
    assert targets(only(adoption))["Last change"] == "last_updated"
    assert field(adoption, "issues", "last_updated") == [
        date(2025, 12, 26),
        date(2026, 1, 17),
        date(2026, 5, 3),
    ]


def test_near_miss_a_change_column_is_no_last_updated_day(tmp_path: Path) -> None:
    # `Change` alone (what changed) says no day: it is not read as the last update
    rows: list[list[object]] = [
        ["Issue ID", "Title", "Owner", "Opened", "Change", "Status"],
        ["I-001", "Sapphire crystals scratched", "Aline Favre", "08.12.2025", "Jig", "Open"],
        ["I-002", "Mill recalibration late", "Luca Rossi", "08.01.2026", "None", "Open"],
    ]
    adoption = adopt(book(tmp_path / "issues.xlsx", "Issues", rows))
    assert targets(only(adoption))["Change"] != "last_updated"


# ---------------------------------------------------------------------------------------
# a status report's amounts of money written in one currency give the project's currency
# ---------------------------------------------------------------------------------------

_MILESTONES: list[list[object]] = [
    [],
    ["Milestone", "Planned", "Forecast", "Status"],
    ["Cooling cells emptied", datetime(2026, 3, 12), datetime(2026, 3, 26), "Late"],
    ["Sorting line delivered", datetime(2026, 4, 12), datetime(2026, 4, 12), "In Progress"],
    ["Clock software live", datetime(2026, 4, 26), datetime(2026, 5, 3), "Late"],
]


def _status_report(tmp_path: Path, budget: str, spent: str) -> Path:
    rows: list[list[object]] = [
        ["Project Status Report"],
        [],
        ["Project:", "Bulb Auction Hall Renovation"],
        ["Project manager:", "Pieter de Vries"],
        ["Budget:", budget],
        ["Spent to date:", spent],
        ["Progress:", "45 %"],
        *_MILESTONES,
    ]
    return book(tmp_path / "status.xlsx", "Status Report", rows)


def test_a_budget_line_in_euros_gives_the_project_currency(tmp_path: Path) -> None:
    adoption = adopt(_status_report(tmp_path, "€ 1.250.000", "€ 412.345,67"))
    assert adoption.project.header.currency == "EUR"
    said = adoption.report.project_fields["currency"]
    assert "an amount of money written in it" in said


def test_near_miss_a_bare_dollar_or_two_currencies_give_none(tmp_path: Path) -> None:
    # `$` alone names no one dollar; euros beside pounds name no one currency
    adoption = adopt(_status_report(tmp_path, "$ 1,250,000", "$ 412,345.67"))
    assert adoption.project.header.currency is None
    adoption = adopt(_status_report(tmp_path, "€ 1.250.000", "£ 412,345.67"))
    assert adoption.project.header.currency is None


def test_near_miss_a_currency_beside_a_label_of_no_money_gives_none(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Project Status Report"],
        [],
        ["Project:", "Bulb Auction Hall Renovation"],
        ["Exchange rate:", "€ 1,08"],
        ["Supplier:", "€uro Flowers BV"],
        *_MILESTONES,
    ]
    adoption = adopt(book(tmp_path / "status.xlsx", "Status Report", rows))
    assert adoption.project.header.currency is None


# ---------------------------------------------------------------------------------------
# a tool's hidden Lists sheet holds the choices of its drop-downs, not a register
# ---------------------------------------------------------------------------------------

_RAID: list[list[object]] = [
    ["Type", "Ref", "Description", "Owner", "Status"],
    ["Risk", "R-001", "Border queues cut footfall", "Lucia Bossano", "Open"],
    ["Issue", "I-001", "Sprinkler heads clash with the ceiling", "James Netto", "Open"],
    ["Assumption", "A-001", "The store stays open through the refit", "Mark Pizz", "Open"],
    ["Risk", "R-002", "Tobacco display rules change", "James Netto", "Closed"],
]


def _tool(tmp_path: Path, lists: list[list[object]]) -> Path:
    path = books(tmp_path / "raid.xlsx", {"RAID": _RAID, "Lists": lists})
    wb = openpyxl.load_workbook(path)
    wb["Lists"].sheet_state = "hidden"
    wb.defined_names["lstType"] = DefinedName("lstType", attr_text="Lists!$A$2:$A$5")
    for col, formula in (("A", "=lstType"), ("E", "=Lists!$B$2:$B$3")):
        dv = DataValidation(type="list", formula1=formula, allow_blank=True)
        dv.add(f"{col}2:{col}40")
        wb["RAID"].add_data_validation(dv)
    wb.save(path)
    return path


def test_a_lists_sheet_of_drop_down_choices_is_no_register(tmp_path: Path) -> None:
    lists: list[list[object]] = [
        ["Type", "Status"],
        ["Risk", "Open"],
        ["Assumption", "Closed"],
        ["Issue"],
        ["Dependency"],
    ]
    adoption = adopt(_tool(tmp_path, lists))
    assert adoption.report.item_counts == {"risks": 2, "issues": 1, "assumptions": 1}
    (left,) = [t for t in adoption.report.tables if t.sheet == "Lists"]
    assert not left.adopted
    assert "drop-down lists" in left.reason


def test_near_miss_a_value_outside_every_list_keeps_the_table(tmp_path: Path) -> None:
    # a Risk row with its own text beside the lists is an item: the table is read as before
    lists: list[list[object]] = [
        ["Type", "Status", "Description"],
        ["Risk", "Open", "Shopfitter cannot get crew across daily"],
        ["Assumption", "Closed"],
        ["Issue"],
        ["Dependency"],
    ]
    adoption = adopt(_tool(tmp_path, lists))
    assert any(t.sheet == "Lists" and t.adopted for t in adoption.report.tables)
