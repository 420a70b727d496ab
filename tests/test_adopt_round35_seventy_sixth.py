"""Round 35's second wave (task t38d): tuning on the seventy-sixth batch (ordinary workbooks
in other languages).

- an English measure word written with its language's accent (Czech and Slovak ``Plán``
  under each month, beside ``Skutečnost``) is read as the word is
  (``finance.measure_translated``); Hungarian ``Terv`` and Czech ``Plánováno`` through the
  vocabularies;
- a milestone's rescheduled date (``Data reprogramada``, ``Fecha reprogramada``, ``Data
  riprogrammata``, ``Date replanifiée``) is its forecast;
- a status panel's deadline word (Portuguese ``Prazo``, Spanish ``Plazo``, English
  ``Deadlines``) is the schedule RAG when its value reads as a colour;
- a finance table's one value column stated in a currency (``Valor (€)``, ``Value (£)``,
  ``Hodnota (Kč)``, ``Wert in EUR``) is its amount (``match.value_in_currency``).
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from addin.adopt.finance import measure_translated
from addin.adopt.match import value_in_currency
from tests.adopt_sheets import adopt, book, finance_by_line, registers, targets

D = datetime

# --- an accented plan under each month ------------------------------------------------------


@pytest.mark.parametrize(
    ("plan", "actual", "months"),
    [
        ("Plán", "Skutečnost", ["leden 2026", "únor 2026", "březen 2026"]),
        ("Plán", "Skutočnosť", ["január 2026", "február 2026", "marec 2026"]),
        ("Terv", "Tény", ["jan 2026", "feb 2026", "mar 2026"]),
    ],
)
def test_a_month_s_accented_plan_is_its_budget(
    plan: str, actual: str, months: list[str], tmp_path: Path
) -> None:
    head: list[object] = ["Položka"]
    sub: list[object] = [None]
    for month in months:
        head += [month, None]
        sub += [plan, actual]
    rows: list[list[object]] = [["Čerpání rozpočtu"], [], head, sub]
    rows.append(["Střecha", 100.0, 90.0, 200.0, None, 300.0, None])
    rows.append(["Osvětlení", 40.0, 41.0, 50.0, None, 60.0, None])
    adoption = adopt(book(tmp_path / "plan.xlsx", "Čerpání", rows))
    lines = finance_by_line(adoption)
    assert lines[(date(2026, 1, 1), "Střecha")].budget == 100.0
    assert lines[(date(2026, 1, 1), "Střecha")].actual == 90.0
    assert lines[(date(2026, 3, 1), "Osvětlení")].budget == 60.0
    assert lines[(date(2026, 2, 1), "Osvětlení")].actual is None


def test_the_accent_rule_reads_english_words_only() -> None:
    assert measure_translated("leden 2026 Plán") == "budget"
    assert measure_translated("Plán (Kč)") == "budget"
    # a word folding to no English measure stays unread (near-miss)
    assert measure_translated("Poznámka") is None
    assert measure_translated("Položka") is None


# --- a milestone's rescheduled date, a status panel's deadline word ------------------------


@pytest.mark.parametrize(
    ("heads", "schedule", "colour", "expected"),
    [
        (("Marco", "Data prevista", "Data reprogramada", "Situação"), "Prazo", "Amarelo", "Amber"),
        (("Hito", "Fecha prevista", "Fecha reprogramada", "Estado"), "Plazo", "Rojo", "Red"),
        (("Milestone", "Baseline", "Forecast", "Status"), "Deadlines", "Green", "Green"),
    ],
)
def test_a_rescheduled_date_is_the_forecast_and_the_deadline_word_the_schedule_rag(
    heads: tuple[str, ...], schedule: str, colour: str, expected: str, tmp_path: Path
) -> None:
    rows: list[list[object]] = [
        ["RELATÓRIO"],
        [],
        ["Projeto", "Barracão"],
        ["Data do relatório", "14/11/2025"],
        [schedule, colour],
        [],
        list(heads),
        ["Projeto executivo", D(2025, 9, 10), None, "Concluído"],
        ["Montagem", D(2025, 12, 1), D(2025, 12, 19), "Atrasado"],
    ]
    adoption = adopt(book(tmp_path / "status.xlsx", "Status", rows))
    assert adoption.project.header.schedule_rag == expected
    (table,) = adoption.report.adopted_tables
    assert targets(table)[heads[2]] == "forecast_date"
    forecasts = [m.forecast_date for m in adoption.project.milestones]
    assert forecasts == [None, date(2025, 12, 19)]


def test_a_deadline_with_a_date_is_no_rag(tmp_path: Path) -> None:
    # near-miss: `Prazo | 30/06/2026` names the deadline, not a colour
    rows: list[list[object]] = [
        ["RELATÓRIO"],
        [],
        ["Projeto", "Barracão"],
        ["Prazo", "30/06/2026"],
        [],
        ["Marco", "Data prevista", "Situação"],
        ["Montagem", D(2025, 12, 1), "Concluído"],
    ]
    adoption = adopt(book(tmp_path / "due.xlsx", "Status", rows))
    assert adoption.project.header.schedule_rag is None


# --- a value stated in a currency -----------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "value", "period"),
    [
        ("Rubrica", "Valor (€)", "Período: março 2026"),
        ("Cost line", "Value (£)", "Period: March 2026"),
        ("Položka", "Hodnota (Kč)", "Období: březen 2026"),
        ("Partida", "Valor (€)", "Periodo: marzo 2026"),
    ],
)
def test_a_value_in_a_currency_is_the_line_s_amount(
    line: str, value: str, period: str, tmp_path: Path
) -> None:
    rows: list[list[object]] = [["Despesas do projeto"], [period], [], [line, value]]
    rows += [["Argila", 100.5], ["Forno", 2000.0], ["Total", 2100.5]]
    adoption = adopt(book(tmp_path / "value.xlsx", "Despesas", rows))
    assert registers(adoption) == ["finance"]
    lines = finance_by_line(adoption)
    assert lines[(date(2026, 3, 1), "Argila")].actual == 100.5
    assert lines[(date(2026, 3, 1), "Forno")].actual == 2000.0
    assert (date(2026, 3, 1), "Total") not in lines


@pytest.mark.parametrize(
    "header", ["Valor", "Valor (%)", "Value (days)", "Value of risk (£)", "Valor total (€)"]
)
def test_a_value_without_a_currency_or_with_more_words_is_not_read(header: str) -> None:
    assert not value_in_currency(header)


def test_a_bare_value_column_is_still_no_table(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Despesas"], ["Período: março 2026"], [], ["Rubrica", "Valor"]]
    rows += [["Argila", 100.5], ["Forno", 2000.0]]
    adoption = adopt(book(tmp_path / "bare.xlsx", "Despesas", rows))
    assert "finance" not in registers(adoption)
