"""Round 20 of issue 15: the mechanisms the eighth tuning batch asked for, and those probing
its shapes found, tried on registers and trackers written for these tests (no benchmark
layout), each with a near-miss that must not be taken: a three-word level column's middle
word (``High / Standard / Low``), a month of any language with its year (``janeiro 2026``)
as a month, public finance's measure words (``Allocation`` the budget, ``Executado`` the
actual), the date of entry of South Asian and Persian registers, a bracketed negative with
its currency after it (``(12.500) €``), the unit of amounts in the sheet's language
(``Importes en miles de euros``), a RAID table's sub-headings in the sheet's language
(``RIESGOS``), a template's instructions row of legends and allowed values, and South Asian
and Persian amounts (``Rs. 12,500/-``, ``۱۲٬۵۰۰``)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from adopt_sheets import adopt, book, field, only, targets

from addin.adopt.amounts import parse_amount
from addin.adopt.convert import level_word, parse_date
from addin.adopt.languages import translate
from addin.adopt.middle_level import middle_word
from addin.adopt.units import header_unit

# ---------------------------------------------------------------------------------------
# A three-word level column's middle word
# ---------------------------------------------------------------------------------------


def _issue_log(path: Path, priorities: list[str]) -> Path:
    rows: list[list[object]] = [["Issue Log"], ["Ref", "Issue", "Owner", "Priority", "Status"]]
    titles = ["Printer queue stuck", "VPN drops at night", "Invoice batch late", "Badge reader"]
    titles += ["Wiki out of date", "Test data missing"]
    for i, prio in enumerate(priorities):
        rows.append([f"I-{i + 1:02d}", titles[i], "Ama Mensah", prio, "Open"])
    return book(path, "Issues", rows)


def test_the_middle_of_three_priority_words_is_medium(tmp_path: Path) -> None:
    # "Standard" is no level word of any vocabulary: between High and Low it is the middle
    adoption = adopt(_issue_log(tmp_path / "i.xlsx", ["High", "Standard", "Low", "Standard"]))
    assert targets(only(adoption))["Priority"] == "priority"
    assert field(adoption, "issues", "priority") == ["High", "Medium", "Low", "Medium"]
    assert adoption.mapping.readings.list_words["priority"]["standard"] == "Medium"


def test_a_fourth_word_leaves_the_unread_word_unread(tmp_path: Path) -> None:
    # a fourth level (Immediate, read as Critical) above High: the unread word may sit
    # anywhere below it, so it is not read
    words = ["High", "Standard", "Low", "Immediate", "Standard"]
    adoption = adopt(_issue_log(tmp_path / "i4.xlsx", words))
    assert field(adoption, "issues", "priority") == ["High", None, "Low", "Critical", None]
    assert "standard" not in adoption.mapping.readings.list_words.get("priority", {})


@pytest.mark.parametrize(
    ("values", "middle"),
    [
        (["High", "Standard", "Low"], "standard"),
        (["Alta", "Regular", "Baixa", "Regular"], "regular"),
        (["High", "TBC", "Low"], None),  # a placeholder is no level
        (["High", "Medium", "Urgent"], None),  # the read words are not the two ends
        (["High", "Low"], None),  # two words: nothing stands between
        (["High", "3", "Low"], None),  # a number is read by the scale, not as a word
    ],
)
def test_middle_word(values: list[str], middle: str | None) -> None:
    assert middle_word(values, level_word) == middle


def test_a_three_word_likelihood_reads_its_middle_as_3(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Riscos do projeto"]]
    rows.append(["Código", "Risco", "Responsável", "Probabilidade", "Impacto", "Situação"])
    levels = [("Alta", "Baixa"), ("Regular", "Alta"), ("Baixa", "Regular"), ("Alta", "Alta")]
    for i, (p, imp) in enumerate(levels):
        rows.append([f"R-{i + 1:02d}", f"Atraso na entrega {i + 1}", "Ana Souza", p, imp, "Aberto"])
    adoption = adopt(book(tmp_path / "r.xlsx", "Riscos", rows))
    assert field(adoption, "risks", "probability") == [5.0, 3.0, 1.0, 5.0]
    assert field(adoption, "risks", "impact") == [1.0, 5.0, 3.0, 5.0]


# ---------------------------------------------------------------------------------------
# A month of any language with its year
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("janeiro 2026", date(2026, 1, 1)),
        ("Ocak 2026", date(2026, 1, 1)),
        ("xuño 2026", date(2026, 6, 1)),
        ("ene-26", date(2026, 1, 1)),
        ("Oktober 2026", date(2026, 10, 1)),
        ("March 2026", date(2026, 3, 1)),
    ],
)
def test_a_month_of_any_language_with_its_year_is_its_first_day(text: str, month: date) -> None:
    assert parse_date(text) == month


@pytest.mark.parametrize(
    "text", ["Phase 2026", "Gate 12", "Julie 2026", "Mar 12th", "Lote 2026", "12 Mar", "14 xuño"]
)
def test_words_that_are_no_month_stay_unread(text: str) -> None:
    assert parse_date(text) is None


def test_a_months_down_cost_report_in_portuguese(tmp_path: Path) -> None:
    months = ["janeiro", "fevereiro", "março", "abril"]
    rows: list[list[object]] = [["Obra: Escola Municipal - acompanhamento financeiro (R$)"]]
    rows.append(["Item de custo", "Mês", "Orçado", "Executado"])
    for line in ("Fundações", "Cobertura"):
        for m, name in enumerate(months):
            rows.append([line, f"{name} 2026", 1000.0 * (m + 1), 900.0 * (m + 1)])
    adoption = adopt(book(tmp_path / "f.xlsx", "Custos", rows))
    table = only(adoption)
    assert table.register == "finance"
    assert targets(table)["Executado"] == "actual"
    lines = {(f.month, f.cost_line): (f.budget, f.actual) for f in adoption.project.finance}
    assert lines[(date(2026, 4, 1), "Cobertura")] == (4000.0, 3600.0)
    assert len(lines) == 8


# ---------------------------------------------------------------------------------------
# Public finance's measure words
# ---------------------------------------------------------------------------------------


def test_allocation_and_expenditure_rows_are_budget_and_actual(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Development scheme - financial progress 2026 (USD)"]]
    rows.append(["Component", "Head", "Jan-26", "Feb-26", "Mar-26"])
    rows.append(["Roads", "Allocation", 500.0, 500.0, 600.0])
    rows.append(["Roads", "Expenditure", 320.0, 480.0, 610.0])
    rows.append(["Bridges", "Allocation", 200.0, 250.0, 250.0])
    rows.append(["Bridges", "Expenditure", 150.0, 260.0, 0.0])
    adoption = adopt(book(tmp_path / "a.xlsx", "Progress", rows))
    lines = {(f.month, f.cost_line): (f.budget, f.actual) for f in adoption.project.finance}
    assert lines[(date(2026, 2, 1), "Roads")] == (500.0, 480.0)
    assert lines[(date(2026, 3, 1), "Bridges")] == (250.0, 0.0)


def test_a_resource_allocation_plan_stays_a_resource_plan(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Resource allocation (days)"]]
    rows.append(["Person", "Role", "Jan 2026", "Feb 2026", "Mar 2026"])
    rows.append(["Kofi Boateng", "Developer", 18, 20, 15])
    rows.append(["Efua Asante", "Tester", 10, 12, 20])
    adoption = adopt(book(tmp_path / "ra.xlsx", "Allocation", rows))
    assert not adoption.project.finance
    assert {t.register for t in adoption.report.tables} != {"finance"}


# ---------------------------------------------------------------------------------------
# The date of entry
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("header", ["تاریخ اندراج", "تاریخ ثبت"])
def test_a_register_takes_its_date_of_entry_as_the_raised_date(tmp_path: Path, header: str) -> None:
    rows: list[list[object]] = [["خطرات"], ["خطرہ", "ذمہ دار", header, "حیثیت"]]
    rows.append(["سڑک کی تعمیر میں تاخیر", "احمد رضا", "14-03-2026", "کھلا"])
    rows.append(["فنڈز کی کمی", "فاطمہ خان", "02-04-2026", "بند"])
    adoption = adopt(book(tmp_path / "u.xlsx", "خطرات", rows))
    assert targets(only(adoption))[header] == "raised_date"
    assert field(adoption, "risks", "raised_date") == [date(2026, 3, 14), date(2026, 4, 2)]


def test_a_bengali_date_of_entry_reads_as_the_registered_date() -> None:
    assert translate("নিবন্ধনের তারিখ") == "registered date"
    assert translate("তারিখ") == "date"  # the date alone is no date of entry


# ---------------------------------------------------------------------------------------
# A negative in brackets with its currency after them
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("(12.500) €", -12500.0),
        ("(100.000) ₺", -100000.0),
        ("(12.500) EUR", -12500.0),
        ("(1.250,00) €", -1250.0),
        ("(12.5) €", -12.5),  # one decimal: no thousands group
        ("(12.500)", -12.5),  # no currency: the column decides (dot_thousands)
    ],
)
def test_a_bracketed_amount_with_its_currency_after(text: str, amount: float) -> None:
    assert parse_amount(text) == amount


def test_a_cost_report_with_bracketed_credits_and_euros_after(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Coûts du chantier 2026"]]
    rows.append(["Poste", "Type", "Jan-26", "Feb-26"])
    rows.append(["Gros œuvre", "Budget", "12.500 €", "8.000 €"])
    rows.append(["Gros œuvre", "Actual", "(2.500) €", "9.250 €"])
    adoption = adopt(book(tmp_path / "p.xlsx", "Coûts", rows))
    lines = {(f.month, f.cost_line): (f.budget, f.actual) for f in adoption.project.finance}
    assert lines[(date(2026, 1, 1), "Gros œuvre")] == (12500.0, -2500.0)


# ---------------------------------------------------------------------------------------
# The unit of amounts in the sheet's language
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "factor"),
    [
        ("Importes en miles de euros", 1e3),
        ("en milliers d'euros", 1e3),
        ("Kosten in Tausend Euro", 1e3),
        ("w tys. zł", 1e3),
        ("Valores em milhares de reais", 1e3),
        ("Bütçe (milyon TL)", 1e6),
        ("dalam jutaan rupiah", 1e6),
    ],
)
def test_a_unit_stated_in_the_sheets_language(text: str, factor: float) -> None:
    found = header_unit(text)
    assert found is not None and found[0] == factor


@pytest.mark.parametrize("text", ["Fleet miles 2026", "Miles", "Presupuesto", "Kosten"])
def test_words_that_state_no_unit(text: str) -> None:
    assert header_unit(text) is None


def test_a_spanish_tracker_in_thousands_of_euros(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Seguimiento económico 2026"], ["Importes en miles de euros"]]
    rows.append(["Partida", "Tipo", "ene-26", "feb-26"])
    rows.append(["Obra civil", "Presupuesto", 12.5, 10.0])
    rows.append(["Obra civil", "Real", 11.0, 9.5])
    adoption = adopt(book(tmp_path / "m.xlsx", "Seguimiento", rows))
    lines = {(f.month, f.cost_line): (f.budget, f.actual) for f in adoption.project.finance}
    assert lines[(date(2026, 1, 1), "Obra civil")] == (12500.0, 11000.0)
    assert lines[(date(2026, 2, 1), "Obra civil")] == (10000.0, 9500.0)


def test_a_fleet_tracker_of_miles_is_not_in_thousands(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Fleet costs and miles 2026"]]
    rows.append(["Vehicle", "Type", "Jan-26", "Feb-26"])
    rows.append(["Van 1", "Budget", 1200.0, 1100.0])
    rows.append(["Van 1", "Actual", 1150.0, 1000.0])
    adoption = adopt(book(tmp_path / "fl.xlsx", "Fleet", rows))
    lines = {(f.month, f.cost_line): (f.budget, f.actual) for f in adoption.project.finance}
    assert lines[(date(2026, 1, 1), "Van 1")] == (1200.0, 1150.0)


# ---------------------------------------------------------------------------------------
# A RAID table under sub-headings written in the sheet's language
# ---------------------------------------------------------------------------------------


def test_a_raid_table_under_spanish_sub_headings(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Registro RAID"]]
    rows.append(["Ref", "Descripción", "Responsable", "Fecha", "Estado"])
    rows += [["RIESGOS"], ["R01", "Retraso del proveedor", "Ana Ruiz", "14/03/2026", "Abierto"]]
    rows += [["R02", "Falta de personal", "Luis Gil", "20/03/2026", "Cerrado"], []]
    rows += [["INCIDENCIAS"], ["I01", "Servidor caído", "Luis Gil", "15/03/2026", "Abierto"], []]
    rows += [["DEPENDENCIAS"], ["D01", "API del banco", "Ana Ruiz", "30/04/2026", "Abierto"]]
    adoption = adopt(book(tmp_path / "raid.xlsx", "RAID", rows))
    assert only(adoption).register == "raid"
    assert field(adoption, "risks", "title") == ["Retraso del proveedor", "Falta de personal"]
    assert field(adoption, "issues", "title") == ["Servidor caído"]
    assert field(adoption, "dependencies", "title") == ["API del banco"]


def test_group_rows_of_one_register_in_spanish_are_no_raid(tmp_path: Path) -> None:
    # "Riesgos técnicos" / "Riesgos financieros": one register's groups, not sections
    rows: list[list[object]] = [["Matriz de riesgos"]]
    rows.append(["Ref", "Riesgo", "Responsable", "Estado"])
    rows += [["Riesgos técnicos"], ["R01", "Servidor obsoleto", "Ana Ruiz", "Abierto"]]
    rows += [["Riesgos financieros"], ["R02", "Tipo de cambio", "Luis Gil", "Abierto"]]
    adoption = adopt(book(tmp_path / "g.xlsx", "Riesgos", rows))
    assert only(adoption).register == "risks"
    assert field(adoption, "risks", "title") == ["Servidor obsoleto", "Tipo de cambio"]


# ---------------------------------------------------------------------------------------
# A template's instructions row under the header
# ---------------------------------------------------------------------------------------


def _risks_under(guidance: list[object]) -> list[list[object]]:
    rows: list[list[object]] = [["Risk Register"]]
    rows.append(["ID", "Risk", "Owner", "Likelihood (1-5)", "Impact (1-5)", "Status"])
    rows.append(guidance)
    rows.append(["R-01", "Vendor late", "Ana Ruiz", 3, 4, "Open"])
    rows.append(["R-02", "Staff leave", "Luis Gil", 2, 5, "Closed"])
    return rows


def test_an_instructions_row_of_legends_and_allowed_values_is_no_item(tmp_path: Path) -> None:
    guidance: list[object] = ["e.g. R-01", "Describe the risk", "Name of owner"]
    guidance += ["1 = rare, 5 = almost certain", "1 = minimal, 5 = severe", "Open / Closed"]
    adoption = adopt(book(tmp_path / "g.xlsx", "Risks", _risks_under(guidance)))
    assert field(adoption, "risks", "title") == ["Vendor late", "Staff leave"]


def test_a_first_item_with_a_slash_in_its_title_is_kept(tmp_path: Path) -> None:
    first: list[object] = ["R-00", "Vendor / supplier delay", "Ana Ruiz", 3, 3, "Open"]
    adoption = adopt(book(tmp_path / "k.xlsx", "Risks", _risks_under(first)))
    titles = ["Vendor / supplier delay", "Vendor late", "Staff leave"]
    assert field(adoption, "risks", "title") == titles


# ---------------------------------------------------------------------------------------
# South Asian and Persian ways of writing an amount
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Rs. 12,500/-", 12500.0),  # "/-": a whole amount, no paise
        ("12,500 /-", 12500.0),
        ("۱۲٬۵۰۰", 12500.0),  # Persian digits, the Arabic thousands separator
        ("۱۲٬۵۰۰٫۵", 12500.5),  # and its decimal point
        ("12,500-", -12500.0),  # a trailing minus is still a negative (SAP)
    ],
)
def test_amounts_written_as_south_asia_and_iran_write_them(text: str, amount: float) -> None:
    assert parse_amount(text) == amount


def test_a_slash_inside_a_date_is_no_whole_amount() -> None:
    assert parse_amount("12/-2026") is None


def test_a_pakistani_cost_sheet_with_whole_rupee_amounts(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Project cost sheet 2026"]]
    rows.append(["Cost Head", "Type", "Jan-26", "Feb-26"])
    rows.append(["Civil works", "Budget", "Rs. 1,250,000/-", "Rs. 900,000/-"])
    rows.append(["Civil works", "Actual", "Rs. 1,100,000/-", "Rs. 950,500/-"])
    adoption = adopt(book(tmp_path / "pk.xlsx", "Costs", rows))
    lines = {(f.month, f.cost_line): (f.budget, f.actual) for f in adoption.project.finance}
    assert lines[(date(2026, 2, 1), "Civil works")] == (900000.0, 950500.0)
