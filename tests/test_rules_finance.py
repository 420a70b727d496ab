"""Finance rules (report month = November 2026; budget 1,000 a month, Jan-Dec 2026)."""

from __future__ import annotations

from datetime import date

from rules_support import (
    cell,
    check,
    finance_line,
    good_finance,
    good_header,
    make_result,
    only,
)

from addin.findings import Finding
from addin.models import FinanceLine, ProjectHeader

NOV, DEC = date(2026, 11, 1), date(2026, 12, 1)


def _with(index: int, **changes: object) -> list[FinanceLine]:
    """The good Jan-Dec lines with line ``index`` (0 = January, row 5) changed."""
    lines = good_finance()
    data = lines[index].model_dump(exclude={"source_row"})
    data.update(changes)
    lines[index] = type(lines[index])(**data)
    return lines


def _found(
    lines: list[FinanceLine], code: str, header: ProjectHeader | None = None
) -> list[Finding]:
    return only(check(make_result(header or good_header(), finance=lines)), code)


def test_clean_finance_gives_no_finding() -> None:
    assert check(make_result(finance=good_finance())) == []


def test_fin001_actual_after_the_report_month() -> None:
    found = _found(_with(11, actual=1000.0), "FIN-001")
    assert [(f.sheet, f.cell, f.severity) for f in found] == [
        ("Finance", cell("finance", 16, "actual"), "error")
    ]
    assert found[0].message.startswith("2026-12 Labour: Actual 1,000 in a month after")
    assert _found(_with(11, actual=0.0), "FIN-001") == []


def test_fin002_forecast_differs_from_actual_in_a_closed_month() -> None:
    found = _found(_with(10, forecast=1100.0), "FIN-002")
    assert [(f.cell, f.value) for f in found] == [(cell("finance", 15, "forecast"), 1100.0)]
    assert _found(_with(10, forecast=1000.004), "FIN-002") == []
    assert _found(_with(11, forecast=1100.0), "FIN-002") == []  # December is not closed


def test_fin003_negative_amounts() -> None:
    found = _found(_with(2, budget=-5.0, actual=-1.0), "FIN-003")
    assert [f.cell for f in found] == [cell("finance", 7, "budget"), cell("finance", 7, "actual")]
    assert "Budget -5 is negative" in found[0].message
    assert _found(_with(2, budget=0.0), "FIN-003") == []


def test_fin004_duplicate_month_and_cost_line() -> None:
    lines = good_finance()
    lines.append(finance_line(DEC, cost_line=" labour ", forecast=10.0))
    found = _found(lines, "FIN-004")
    assert [f.cell for f in found] == [cell("finance", 17, "cost_line")]
    assert "same month and cost line as row 16" in found[0].message
    lines[-1] = finance_line(DEC, cost_line="Hardware", forecast=10.0)
    assert _found(lines, "FIN-004") == []


def test_fin005_gaps_in_the_phasing() -> None:
    lines = [line for line in good_finance() if line.month.month not in (3, 4)]
    found = _found(lines, "FIN-005")
    assert [(f.cell, f.severity) for f in found] == [(cell("finance", 7, "month"), "warning")]
    assert "no finance rows for 2026-03 to 2026-04 (before 2026-05)" in found[0].message
    assert _found(good_finance(), "FIN-005") == []


def test_fin006_month_outside_the_project_dates() -> None:
    header = good_header(start_date=date(2026, 2, 10), planned_end_date=date(2026, 11, 30))
    found = _found(good_finance(), "FIN-006", header)
    assert [f.cell for f in found] == [cell("finance", 5, "month"), cell("finance", 16, "month")]
    assert "before the project starts (2026-02)" in found[0].message
    assert "after the project ends (2026-11)" in found[1].message
    later = good_header(start_date=date(2026, 1, 31), forecast_end_date=date(2026, 12, 1))
    assert _found(good_finance(), "FIN-006", later) == []


def test_fin007_and_fin008_eac_over_budget() -> None:
    amber = _with(11, forecast=1700.0)  # EAC 12,700 vs BAC 12,000: 5.8 % over
    header = good_header(overall_rag="Amber", cost_rag="Amber")
    found = _found(amber, "FIN-007", header)
    assert [(f.sheet, f.cell, f.severity) for f in found] == [("Finance", None, "warning")]
    assert found[0].message == (
        "EAC 12,700 is 5.8% over the budget 12,000 (more than 5%): actual to date "
        "11,000 + forecast 1,700; re-forecast or raise a change request"
    )
    red = _with(11, forecast=2300.0)  # 10.8 % over
    header = good_header(overall_rag="Red", cost_rag="Red")
    assert [f.severity for f in _found(red, "FIN-008", header)] == ["error"]
    assert _found(red, "FIN-007", header) == []
    exactly_amber = _with(11, forecast=1600.0)  # exactly 5 %: not beyond
    assert _found(exactly_amber, "FIN-007") == []


def test_fin009_capex_opex_missing() -> None:
    found = _found(_with(0, capex_opex=None), "FIN-009")
    assert [(f.cell, f.severity) for f in found] == [(cell("finance", 5, "capex_opex"), "warning")]
    assert found[0].message == "2026-01 Labour: CapEx/OpEx is empty; pick CapEx or OpEx"


def test_fin010_value_not_in_list() -> None:
    found = _found(_with(0, capex_opex="Capital"), "FIN-010")
    assert [f.cell for f in found] == [cell("finance", 5, "capex_opex")]
    assert _found(_with(0, capex_opex="capex"), "FIN-010") == []


def test_fin011_month_or_cost_line_missing() -> None:
    found = _found(_with(0, cost_line=None), "FIN-011")
    assert [f.cell for f in found] == [cell("finance", 5, "cost_line")]
    assert "Cost Line is empty" in found[0].message
    assert _found(_with(0, notes=None), "FIN-011") == []


def test_without_a_report_date_month_rules_wait() -> None:
    header = good_header(report_date=None)
    findings = check(make_result(header, finance=_with(11, actual=5.0)))
    assert {f.code for f in findings} == {"PRJ-003"}


def test_fin012_actual_missing_in_a_closed_month() -> None:
    found = _found(_with(9, actual=None), "FIN-012")
    assert [(f.cell, f.severity) for f in found] == [(cell("finance", 14, "actual"), "warning")]
    assert found[0].message.startswith("2026-10 Labour: no Actual for a month up to the report")
    assert _found(_with(9, actual=0.0), "FIN-012") == []
    assert _found(_with(9, actual=None, budget=0.0, forecast=None), "FIN-012") == []
