"""Round 37 (task t45a): tuning on the ninety-fifth batch (finance trackers of every shape).
Each rule on a small workbook of its own shape: a Chilean expense return (``Presupuesto
aprobado``, ``Gasto rendido``, ``Ítem presupuestario``), a French earned-value sheet
(``VP / VA / CR du mois``), a Vietnamese plan with its months written ``T5/2026`` and its
lines' kind glossed in brackets (``Chi đầu tư (CAPEX)``), a period report's ``Budget this
period`` beside its ``Approved budget``, and a French quarter ``T2/2026`` kept a quarter."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from addin.adopt.convert import list_for_column, month_number
from addin.adopt.dates import month_period
from addin.adopt.quarters import quarter_label
from addin.standards import default_standards
from tests.adopt_sheets import adopt, best_candidate, books, finance_by_line, only, targets


def test_chilean_expense_return_is_a_finance_tracker(tmp_path: Path) -> None:
    """A fund's expense return (``rendición de gastos``): ``Presupuesto aprobado`` is the
    budget, ``Gasto rendido`` (the expense accounted for) the actual, ``Ítem
    presupuestario`` the budget line; months down as ``marzo 2026``."""
    rows: list[list[object]] = [
        ["Proyecto Atrapanieblas - Rendición de gastos"],
        [],
        ["Mes", "Ítem presupuestario", "Presupuesto aprobado", "Gasto rendido", "Saldo"],
        ["marzo 2026", "Mallas", 5_530_000, 5_731_000, -201_000],
        ["marzo 2026", "Postes", 4_140_000, 3_865_000, 275_000],
        ["abril 2026", "Mallas", 1_010_000, 948_000, 62_000],
        ["abril 2026", "Postes", 1_830_000, None, None],
    ]
    adoption = adopt(books(tmp_path / "rendicion.xlsx", {"Rendición": rows}))
    table = only(adoption)
    assert table.register == "finance"
    assert targets(table)["Presupuesto aprobado"] == "budget"
    assert targets(table)["Gasto rendido"] == "actual"
    assert targets(table)["Ítem presupuestario"] == "cost_line"
    lines = finance_by_line(adoption)
    assert lines[date(2026, 3, 1), "Mallas"].actual == 5_731_000
    assert lines[date(2026, 4, 1), "Postes"].budget == 1_830_000
    assert lines[date(2026, 4, 1), "Postes"].actual is None


def test_french_earned_value_abbreviations_of_the_month() -> None:
    """``VP du mois`` (valeur planifiée) is the budget, ``CR du mois`` (coût réel) the
    actual, ``VA du mois`` (valeur acquise) earned value, which Finance has no column for;
    ``CR`` alone stays unread (a change request as often)."""
    assert best_candidate("VP du mois", "finance") == ("budget", 1.0)
    assert best_candidate("CR du mois", "finance") == ("actual", 1.0)
    assert best_candidate("VA du mois", "finance") is None
    assert best_candidate("CR", "finance") is None


def test_french_earned_value_sheet_reads_planned_and_actual(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Restauration du grenier - suivi en valeur acquise"],
        [],
        ["Mois", "Lot", "VP du mois", "VA du mois", "CR du mois", "VP cumulée", "IPC"],
        ["mars 2026", "Lot 1 - Maçonnerie", 120_000, 110_000, 115_000, 120_000, 0.96],
        ["mars 2026", "Lot 2 - Charpente", 80_000, 82_000, 79_000, 80_000, 1.04],
        ["avril 2026", "Lot 1 - Maçonnerie", 90_000, None, None, 210_000, None],
    ]
    adoption = adopt(books(tmp_path / "valeur_acquise.xlsx", {"Valeur acquise": rows}))
    table = only(adoption)
    assert table.register == "finance"
    lines = finance_by_line(adoption)
    assert lines[date(2026, 3, 1), "Lot 1 - Maçonnerie"].budget == 120_000
    assert lines[date(2026, 3, 1), "Lot 1 - Maçonnerie"].actual == 115_000
    assert lines[date(2026, 3, 1), "Lot 2 - Charpente"].actual == 79_000
    assert lines[date(2026, 4, 1), "Lot 1 - Maçonnerie"].budget == 90_000


def test_vietnamese_month_labels() -> None:
    """``T5/2026`` and ``Tháng 5/2026`` are May 2026; ``T2/2026`` outside a Vietnamese
    table stays the second quarter (French, Spanish *trimestre*)."""
    assert month_period("T5/2026") == (2026, 5)
    assert month_period("Tháng 12/2026") == (2026, 12)
    assert month_period("Th2/2026") == (2026, 2)
    assert month_number("T7/2026") == 7
    assert month_period("T5") is None
    assert month_period("T13/2026") is None
    assert month_period("T2/2026") is None
    assert quarter_label("T2/2026") == (2, 2026, False)


def test_list_value_glossed_in_brackets() -> None:
    """A local word glossed by the standard's own word in brackets is that value."""
    read = list_for_column("capex_opex", default_standards())
    assert read("Chi đầu tư (CAPEX)").value == "CapEx"
    assert read("Chi thường xuyên (OPEX)").value == "OpEx"
    assert read("Operating expenditure (OPEX)").value == "OpEx"
    assert read("Chi khác (khác)").problem is not None


def test_vietnamese_plan_by_month_with_its_kind_column(tmp_path: Path) -> None:
    """``STT | Hạng mục | Phân loại | T2/2026 ..``: months (not quarters, the table is
    Vietnamese), the kind of each line from the bracketed CAPEX / OPEX right of its name,
    the title's ``triệu đồng`` millions."""
    head: list[object] = ["STT", "Hạng mục", "Phân loại", "T2/2026", "T3/2026", "T4/2026", "Cộng"]
    rows: list[list[object]] = [
        ["Trung tâm làng nghề - Kế hoạch vốn năm 2026"],
        ["Đơn vị tính: triệu đồng"],
        [],
        head,
        [1, "Nhà trưng bày", "Chi đầu tư (CAPEX)", 120, 300, 80, 500],
        [2, "Đào tạo nghệ nhân", "Chi thường xuyên (OPEX)", 40, 45, 50, 135],
    ]
    adoption = adopt(books(tmp_path / "ke_hoach.xlsx", {"Kế hoạch": rows}))
    table = only(adoption)
    assert table.register == "finance"
    assert targets(table)["Phân loại"] == "capex_opex"
    lines = finance_by_line(adoption)
    assert len(lines) == 6
    assert lines[date(2026, 2, 1), "Nhà trưng bày"].budget == 120_000_000
    assert lines[date(2026, 4, 1), "Đào tạo nghệ nhân"].budget == 50_000_000
    assert lines[date(2026, 2, 1), "Nhà trưng bày"].capex_opex == "CapEx"
    assert lines[date(2026, 2, 1), "Đào tạo nghệ nhân"].capex_opex == "OpEx"


def test_budget_this_period_beats_the_approved_budget(tmp_path: Path) -> None:
    """A period cost report (one sheet per closed month, its ``Period:`` line) keeps the
    line's whole ``Approved budget`` beside ``Budget this period``: the month's budget is
    the period's; an ``Approved budget`` alone is still the budget."""
    rows: list[list[object]] = [
        ["Boathouse - period cost report"],
        ["Period: January 2026"],
        ["All figures in EUR"],
        [],
        ["Cost line", "Approved budget", "Budget this period", "Actual this period", "EAC"],
        ["Boathouse structure", 188_000, 11_000, 10_500, 190_000],
        ["Slipway and apron", 336_000, 2_500, 2_900, 336_000],
    ]
    adoption = adopt(books(tmp_path / "period.xlsx", {"Jan 2026": rows}))
    table = only(adoption)
    assert targets(table)["Budget this period"] == "budget"
    assert targets(table)["Approved budget"] is None
    lines = finance_by_line(adoption)
    assert lines[date(2026, 1, 1), "Boathouse structure"].budget == 11_000
    assert lines[date(2026, 1, 1), "Slipway and apron"].actual == 2_900
    assert best_candidate("Approved budget", "finance") == ("budget", 0.9)
