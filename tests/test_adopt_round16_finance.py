"""Round 16 of issue 15: finance trackers, resource plans and milestone plans, each mechanism
tried on shapes written for these tests (none is a benchmark layout), negative cases
included:

1. **months and money as Japanese, Chinese and Korean write them**: ``4月``, ``2026年4月``,
   ``4월``; ``2026年度``; ``千円``, ``百万円``, ``万元``, ``천원``; the yen of a unit line;
   the measures ``予算`` / ``预算`` / ``예산``, ``실적``;
2. **relative periods over dates**: ``Month 1 | Month 2`` over the month-end dates of a cash
   flow forecast, read by the dates; a long first title line names the measure;
3. **group labels over date columns**: ``Actual`` / ``Forecast`` written over each month;
4. **CapEx / OpEx by a column's values**: ``RDEL`` / ``CDEL`` (the UK Treasury's spending
   controls), ``Capital`` / ``Revenue``, under any header;
5. **a currency sign set apart at a title's end** (``... - £``, ``(revision 3, €)``);
6. **contract key dates are milestones** (NEC's Key Date, Date met);
7. **person-days in other languages** (``jours-homme``, ``giorni-uomo``, ``Personentage``);
8. **plural actual words** over the months (``Dépenses réalisées``);
9. **one sheet per cost line**: each sheet's name is its rows' line.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from adopt_sheets import adopt, book, only, targets

from addin.adopt.amounts import currency_in
from addin.adopt.convert import cjk_month, month_number, parse_date
from addin.adopt.finance import year_in
from addin.adopt.units import header_unit

# --- 1. months and money in Japanese, Chinese and Korean ------------------------------------


@pytest.mark.parametrize(
    ("label", "month"),
    [("4月", 4), ("12月", 12), ("2026年4月", 4), ("4월", 4), ("2026년 10월", 10), (" 1 月 ", 1)],
)
def test_cjk_month_labels(label: str, month: int) -> None:
    assert month_number(label) == month


@pytest.mark.parametrize("label", ["13月", "月", "4月分の予算", "0月", "月曜"])
def test_cjk_texts_that_are_no_month(label: str) -> None:
    assert month_number(label) is None


def test_a_cjk_month_with_its_year_is_that_month() -> None:
    assert cjk_month("2026年4月") == date(2026, 4, 1)
    assert cjk_month("2025년 12월") == date(2025, 12, 1)
    assert cjk_month("4月") is None  # no year: the table's year decides
    assert parse_date("2026年4月") is None  # in a date column: a month, no day (round 13)


def test_a_cjk_year_in_a_title() -> None:
    assert year_in(["2026年度 予算管理表"]) == 2026
    assert year_in(["2025년 예산 대비 실적"]) == 2025
    assert year_in(["第12号 予算"]) is None


@pytest.mark.parametrize(
    ("header", "factor"),
    [
        ("（単位：千円）", 1e3),
        ("単位:百万円", 1e6),
        ("金额（万元）", 1e4),
        ("亿元", 1e8),
        ("(단위: 천원)", 1e3),
        ("백만원", 1e6),
    ],
)
def test_cjk_money_units(header: str, factor: float) -> None:
    found = header_unit(header)
    assert found is not None and found[0] == factor


@pytest.mark.parametrize("header", ["千万円", "千葉", "予算", "万一"])
def test_cjk_texts_that_state_no_unit(header: str) -> None:
    assert header_unit(header) is None


def test_the_yen_is_read_where_japan_writes_it_not_inside_words() -> None:
    assert currency_in("（単位：千円）") == "JPY"
    assert currency_in("1,200円") == "JPY"
    assert currency_in("円滑な移行") is None  # "smooth": no currency
    assert currency_in("万元") is None  # the yuan's sign: renminbi, Taiwan or Hong Kong


def _merged_months(path: Path, title: str, unit: str, months: list[str]) -> Path:
    """A Korean budget-vs-actual table: months merged over 예산 | 실적, a line down."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "예산관리"
    ws["A1"], ws["A2"] = title, unit
    ws.cell(4, 1, "항목")
    ws.merge_cells(start_row=4, start_column=1, end_row=5, end_column=1)
    for m, label in enumerate(months):
        col = 2 + 2 * m
        ws.cell(4, col, label)
        ws.merge_cells(start_row=4, start_column=col, end_row=4, end_column=col + 1)
        ws.cell(5, col, "예산")
        ws.cell(5, col + 1, "실적")
    for r, (line, figures) in enumerate(
        [("외주 개발비", [100, 90, 120, 130, 80, 85]), ("서버 임차료", [40, 41, 40, 39, 40, 40])]
    ):
        ws.cell(6 + r, 1, line)
        for k, figure in enumerate(figures):
            ws.cell(6 + r, 2 + k, figure)
    wb.save(path)
    return path


def test_a_korean_budget_against_actual_by_month_in_thousands(tmp_path: Path) -> None:
    path = _merged_months(
        tmp_path / "ko.xlsx",
        "2025년 차세대 시스템 예산 대비 실적",
        "(단위: 천원)",
        ["1월", "2월", "3월"],
    )
    adoption = adopt(path)
    table = only(adoption)
    assert table.register == "finance"
    lines = {(f.month, f.cost_line): (f.budget, f.actual) for f in adoption.project.finance}
    assert lines[(date(2025, 1, 1), "외주 개발비")] == (100_000, 90_000)
    assert lines[(date(2025, 3, 1), "서버 임차료")] == (40_000, 40_000)
    assert any("thousands" in n for n in table.notes)


def test_japanese_months_of_a_fiscal_year_run_into_the_next_calendar_year(
    tmp_path: Path,
) -> None:
    rows: list[list[object]] = [
        ["2026年度 予算 （単位：百万円）"],
        ["費目", "12月", "1月", "2月"],
        ["外部委託費", 3, 4, 5],
        ["クラウド利用料", 1, 1, 2],
    ]
    adoption = adopt(book(tmp_path / "ja.xlsx", "予算", rows))
    months = sorted({f.month for f in adoption.project.finance})
    assert months == [date(2026, 12, 1), date(2027, 1, 1), date(2027, 2, 1)]
    assert {f.budget for f in adoption.project.finance if f.cost_line == "外部委託費"} == {
        3e6,
        4e6,
        5e6,
    }
    assert adoption.report.project_fields["currency"].split()[0] == "JPY"


# --- 2. relative periods over dates -------------------------------------------------------


def _cash_flow(path: Path, labels: list[str], title: str) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "CF"
    ws["A1"] = title
    ends = [datetime(2026, 3, 31), datetime(2026, 4, 30), datetime(2026, 5, 31)]
    ws.cell(3, 1, "Package")
    ws.merge_cells(start_row=3, start_column=1, end_row=4, end_column=1)
    for k, (label, end) in enumerate(zip(labels, ends, strict=True)):
        ws.cell(3, 2 + k, label)
        ws.cell(4, 2 + k, end).number_format = "dd/mm/yyyy"
    ws.append(["Groundworks", 12000, 30000, 5000])
    ws.append(["Steel frame", 0, 45000, 60000])
    wb.save(path)
    return path


def test_relative_months_over_month_end_dates_are_read_by_the_dates(tmp_path: Path) -> None:
    title = "Northgate Depot New Build - Contractor's cash flow forecast (valuation basis, £)"
    adoption = adopt(_cash_flow(tmp_path / "cf.xlsx", ["Month 1", "Month 2", "Month 3"], title))
    lines = {(f.month, f.cost_line): f.forecast for f in adoption.project.finance}
    assert lines[(date(2026, 3, 1), "Groundworks")] == 12000
    assert lines[(date(2026, 5, 1), "Steel frame")] == 60000
    assert all(f.budget is None for f in adoption.project.finance)  # the title says forecast
    assert adoption.report.project_fields["currency"].split()[0] == "GBP"


def test_periods_numbered_by_weeks_or_valuations_work_too(tmp_path: Path) -> None:
    title = "Valuation forecast"
    adoption = adopt(_cash_flow(tmp_path / "v.xlsx", ["Val 1", "Val 2", "Val 3"], title))
    assert {f.month for f in adoption.project.finance} == {
        date(2026, 3, 1),
        date(2026, 4, 1),
        date(2026, 5, 1),
    }


def test_dates_under_labels_of_different_shapes_are_data_not_a_header(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Milestone plan"],
        ["Milestone", "Baseline 1", "Forecast 2", "Actual 3"],
        [None, datetime(2026, 1, 5), datetime(2026, 2, 5), datetime(2026, 3, 5)],
        ["Design signed off", datetime(2026, 4, 1), datetime(2026, 4, 8), None],
    ]
    adoption = adopt(book(tmp_path / "ms.xlsx", "Plan", rows))
    table = only(adoption)
    assert table.header_row == 2
    assert table.register == "milestones"


# --- 3. group labels over date columns ------------------------------------------------------


def test_actual_and_forecast_written_over_each_date_column(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Outturn report 2026 (EUR)"],
        [None, None, "Actual", "Actual", "Forecast", "Forecast"],
        ["Workstream", "Lead", *(datetime(2026, m, 1) for m in (1, 2, 3, 4)), "Full year"],
        ["Data platform", "Ann Lee", 100, 110, 120, 130, 460],
        ["Change management", "Bo Li", 50, 40, 60, 70, 220],
    ]
    adoption = adopt(book(tmp_path / "out.xlsx", "Outturn", rows))
    lines = {(f.month, f.cost_line): f for f in adoption.project.finance}
    assert lines[(date(2026, 2, 1), "Data platform")].actual == 110
    assert lines[(date(2026, 2, 1), "Data platform")].forecast is None
    assert lines[(date(2026, 3, 1), "Change management")].forecast == 60
    assert lines[(date(2026, 3, 1), "Change management")].actual is None


# --- 4. CapEx / OpEx by a column's values -----------------------------------------------------


@pytest.mark.parametrize(
    ("header", "words", "read"),
    [
        ("Control", ["RDEL", "CDEL", "RDEL"], ["OpEx", "CapEx", "OpEx"]),
        ("Budget type", ["Capital", "Revenue", "Capital"], ["CapEx", "OpEx", "CapEx"]),
        ("Ambit", ["Resource", "Resource", "Capital DEL"], ["OpEx", "OpEx", "CapEx"]),
    ],
)
def test_a_column_of_capex_and_opex_words_is_read_whatever_its_header(
    tmp_path: Path, header: str, words: list[str], read: list[str]
) -> None:
    rows: list[list[object]] = [
        ["Programme forecast 2026 (GBP)"],
        [header, "Line", "Jan-26", "Feb-26"],
        [words[0], "Staff", 10, 20],
        [words[1], "Flood wall", 30, 40],
        [words[2], "Consultancy", 5, 6],
    ]
    adoption = adopt(book(tmp_path / "ctl.xlsx", "Forecast", rows))
    table = only(adoption)
    assert targets(table)[header] == "capex_opex"
    (col,) = [c for c in table.columns if c.header == header]
    assert col.method == "content" and col.confidence < 0.95  # flagged for review
    by_line = {f.cost_line: f.capex_opex for f in adoption.project.finance}
    assert [by_line["Staff"], by_line["Flood wall"], by_line["Consultancy"]] == read


def test_a_column_with_any_other_word_is_no_capex_opex_column(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Programme forecast 2026 (GBP)"],
        ["Site", "Line", "Jan-26", "Feb-26"],
        ["Capital", "Staff", 10, 20],
        ["Leeds", "Flood wall", 30, 40],
    ]
    adoption = adopt(book(tmp_path / "site.xlsx", "Forecast", rows))
    assert targets(only(adoption)).get("Site") != "capex_opex"
    assert {f.capex_opex for f in adoption.project.finance} == {None}


# --- 5. a currency sign set apart at a title's end ----------------------------------------------


@pytest.mark.parametrize(
    ("title", "code"),
    [
        ("Monthly forecast return 2026-27, Month 3 - £", "GBP"),
        ("Cost report (revision 2, €)", "EUR"),
        ("Cost report | €", "EUR"),
        ("Cost report - $", None),  # which dollar is unsaid
        ("Cost report - £ and € lines", None),
    ],
)
def test_a_currency_sign_at_the_end_of_the_title(
    tmp_path: Path, title: str, code: str | None
) -> None:
    rows: list[list[object]] = [
        [title],
        ["Cost line", "Jan-26", "Feb-26"],
        ["Design", 10, 20],
        ["Build", 30, 40],
    ]
    adoption = adopt(book(tmp_path / "cur.xlsx", "Costs", rows))
    said = adoption.report.project_fields.get("currency")
    assert (said.split()[0] if said else None) == code


# --- 6. contract key dates ------------------------------------------------------------------


def test_a_contract_key_dates_schedule_is_a_milestone_plan(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Depot upgrade - key dates"],
        ["Ref", "Description", "Key Date", "Forecast", "Date met", "Owner"],
        ["1", "Roof watertight", datetime(2026, 3, 2), datetime(2026, 3, 9), None, "Ann Lee"],
        [
            "2",
            "Power on",
            datetime(2026, 5, 4),
            datetime(2026, 5, 4),
            datetime(2026, 5, 1),
            "Bo Li",
        ],
    ]
    adoption = adopt(book(tmp_path / "kd.xlsx", "Contract", rows))
    table = only(adoption)
    assert table.register == "milestones"
    assert targets(table)["Key Date"] == "baseline_date"
    assert targets(table)["Date met"] == "actual_date"
    (first, second) = adoption.project.milestones
    assert first.baseline_date == date(2026, 3, 2)
    assert second.actual_date == date(2026, 5, 1)


# --- 7. person-days in other languages -----------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "total"),
    [
        ("Plan de charge (en jours-homme)", "Total (j/h)"),
        ("Piano di carico in giorni-uomo", "Totale"),
        ("Ressourcenplanung (Personentage)", "Summe"),
        ("Plan de recursos (días-persona)", "Total"),
    ],
)
def test_person_days_in_other_languages_make_a_resource_plan(
    tmp_path: Path, title: str, total: str
) -> None:
    rows: list[list[object]] = [
        [title],
        ["Role", "Name", "Jan-26", "Feb-26", "Mar-26", total],
        ["Architect", "Ann Lee", 10, 12, 8, 30],
        ["Tester", "Bo Li", 5, 5, None, 10],
    ]
    adoption = adopt(book(tmp_path / "plan.xlsx", "Plan", rows))
    assert only(adoption).register == "resources"
    days = {(r.person, r.month): r.planned_days for r in adoption.project.resources}
    assert days[("Ann Lee", date(2026, 2, 1))] == 12
    assert not adoption.project.finance


def test_a_budget_in_thousands_of_euros_stays_finance(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Budget prévisionnel 2026 (k€)"],
        ["Poste", "janv.-26", "févr.-26", "mars-26"],
        ["Licences", 10, 12, 8],
        ["Prestations", 5, 5, 6],
    ]
    adoption = adopt(book(tmp_path / "budget.xlsx", "Budget", rows))
    assert only(adoption).register == "finance"
    assert not adoption.project.resources


# --- 8. plural actual words ------------------------------------------------------------------


def test_a_plural_actual_word_over_the_months_names_the_measure(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Seguimiento"
    ws["A1"] = "Seguimiento presupuestario 2026 (EUR)"
    ws.cell(3, 2, "Gastos ejecutados")
    ws.merge_cells(start_row=3, start_column=2, end_row=3, end_column=4)
    for k, label in enumerate(["Partida", "ene-26", "feb-26", "mar-26"]):
        ws.cell(4, 1 + k, label)
    ws.append(["Personal", 100, 200, 300])
    ws.append(["Viajes", 10, 20, 30])
    wb.save(tmp_path / "es.xlsx")
    adoption = adopt(tmp_path / "es.xlsx")
    lines = {(f.month, f.cost_line): f for f in adoption.project.finance}
    assert lines[(date(2026, 2, 1), "Personal")].actual == 200
    assert lines[(date(2026, 2, 1), "Personal")].budget is None


# --- 9. one sheet per cost line ------------------------------------------------------------------


def _sheets(path: Path, names: list[str], header: list[str]) -> Path:
    wb = openpyxl.Workbook()
    first = wb.active
    assert first is not None
    wb.remove(first)
    for n, name in enumerate(names):
        ws = wb.create_sheet(name)
        ws.append(header)
        for m in range(3):
            ws.append([datetime(2026, 1 + m, 1), 1000 * (n + 1) + m, 900 * (n + 1) + m])
    wb.save(path)
    return path


def test_each_sheet_of_a_tracker_kept_per_cost_line_names_its_rows_line(tmp_path: Path) -> None:
    path = _sheets(
        tmp_path / "per.xlsx",
        ["Licences", "Cloud hosting", "Contractors"],
        [
            "Month",
            "Budget",
            "Actual",
        ],
    )
    adoption = adopt(path)
    lines = {(f.month, f.cost_line): f.budget for f in adoption.project.finance}
    assert lines[(date(2026, 1, 1), "Licences")] == 1000
    assert lines[(date(2026, 3, 1), "Contractors")] == 3002
    assert len(lines) == 9
    notes = [n for t in adoption.report.adopted_tables for n in t.notes]
    assert any("is the cost line of its 3 line(s)" in n for n in notes)


def test_a_line_column_beside_the_months_keeps_its_own_lines(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    first = wb.active
    assert first is not None
    wb.remove(first)
    for name in ("North", "South"):
        ws = wb.create_sheet(name)
        ws.append(["Month", "Cost line", "Budget"])
        ws.append([datetime(2026, 1, 1), "Licences", 10])
        ws.append([datetime(2026, 1, 1), "Hosting", 20])
    wb.save(tmp_path / "regions.xlsx")
    adoption = adopt(tmp_path / "regions.xlsx")
    assert {f.cost_line for f in adoption.project.finance} == {"Licences", "Hosting"}


@pytest.mark.parametrize(
    ("note", "code"),
    [
        ("All amounts in CAD. One sheet per cost line.", "CAD"),
        ("Figures (EUR) exclude VAT", "EUR"),
        ("Amounts in CAD; the US supplier invoices in USD", None),  # two: none is the project's
        ("CAD Replacement Programme - cost tracker", None),  # an acronym, not a currency
    ],
)
def test_a_summary_sheets_note_gives_the_currency(
    tmp_path: Path, note: str, code: str | None
) -> None:
    path = _sheets(tmp_path / "sum.xlsx", ["Licences", "Hosting"], ["Month", "Budget", "Actual"])
    wb = openpyxl.load_workbook(path)
    summary = wb.create_sheet("Summary", 0)
    summary["A1"] = "Cost tracker FY2026"
    summary["A3"] = note
    wb.save(path)
    said = adopt(path).report.project_fields.get("currency")
    assert (said.split()[0] if said else None) == code


def test_sheets_named_by_periods_are_no_cost_lines(tmp_path: Path) -> None:
    path = _sheets(tmp_path / "q.xlsx", ["Q1", "Q2", "Q3"], ["Month", "Budget", "Actual"])
    adoption = adopt(path)
    assert adoption.project.finance
    assert {f.cost_line for f in adoption.project.finance} == {None}
