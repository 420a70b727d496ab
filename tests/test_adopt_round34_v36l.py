"""Round 34 (task v36l): a tuner's own strangers, ORDINARY PM WORKBOOKS IN LANGUAGES OTHER
THAN ENGLISH, written from what PMs, controllers and planners keep in their own countries
(no batch file read): RAID registers, finance trackers, resource and milestone plans and
logs with their country's date, number and money forms.

Each workbook below is one habit, adopted and its cells asserted. Those read wrong or not
at all before this round are mended by general rules, each with its near-miss:

- an effort plan's people with a total row under them are no cost lines
  (:func:`addin.adopt.finance.unnamed_month_grid`: the total's label is no name); the
  Nordic, Finnish, Polish and Czech words for hours and a resource plan;
- a quarter in the offices' words (``1T 2026``, ``K1 2026``, ``1. Quartal 2026``,
  ``1º trimestre 2026``: :func:`addin.adopt.quarters.quarter_label`) under a title in the
  office's language naming money (``Presupuesto``);
- a Japanese, Chinese or Korean amount's unit in brackets (``予算(千円)``) is a hint, not a
  word of the header (:func:`addin.adopt.match.normalise_header`);
- the actual of a Czech, Slovak, Danish, Norwegian or Swedish controller (``Skutečnost``,
  ``Forbrug``, ``Utfall``), the Scandinavian thousand crowns (``t.kr.``, ``tkr``);
- a localised Microsoft Project export (``Vorgangsname | Dauer | Anfang | Ende |
  Ressourcennamen | % Abgeschlossen``): its milestones are its rows of no duration;
- a Czech issue's ``vyřešený`` and a Dutch milestone's ``Loopt``.

The other workbooks were read right before this round and are kept as proof they stay so.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from addin.adopt import Adoption
from addin.adopt.languages import translate
from addin.adopt.quarters import quarter_label
from addin.adopt.units import header_unit
from tests.adopt_sheets import adopt, books, registers

JAN, FEB, MAR, APR, MAY, JUN = (date(2026, m, 1) for m in range(1, 7))


def _adopt(tmp_path: Path, name: str, sheet: str, rows: list[list[object]]) -> Adoption:
    return adopt(books(tmp_path / f"{name}.xlsx", {sheet: rows}))


def _items(adoption: Adoption, register: str, *keys: str) -> list[tuple[Any, ...]]:
    return [tuple(item.model_dump()[k] for k in keys) for item in adoption.project.items(register)]


def _finance(adoption: Adoption) -> dict[tuple[date, str | None], tuple[Any, ...]]:
    return {
        (f.month, f.cost_line): (f.budget, f.actual, f.forecast) for f in adoption.project.finance
    }


# --- 1. an effort plan in hours, in Swedish, with its total row (WRONG before) --------------

_SWEDISH_PLAN: list[list[object]] = [
    ["Resursplan (timmar)"],
    ["Namn", "Roll", "jan 2026", "feb 2026", "mars 2026", "Summa"],
    ["Erik Larsson", "Projektledare", 80, 80, 60, 220],
    ["Maria Johansson", "Utvecklare", 120, 140, 140, 400],
    ["Summa", None, 200, 220, 200, 620],
]


def test_a_swedish_resource_plan_in_hours_is_resources_not_money(tmp_path: Path) -> None:
    adoption = _adopt(tmp_path, "se", "Resursplan", _SWEDISH_PLAN)
    # before: read as finance, each person a cost line and 80 hours 80 of money
    assert adoption.project.finance == []
    assert _items(adoption, "resources", "person", "role", "month", "planned_days") == [
        ("Erik Larsson", "Projektledare", JAN, 10.0),
        ("Erik Larsson", "Projektledare", FEB, 10.0),
        ("Erik Larsson", "Projektledare", MAR, 7.5),
        ("Maria Johansson", "Utvecklare", JAN, 15.0),
        ("Maria Johansson", "Utvecklare", FEB, 17.5),
        ("Maria Johansson", "Utvecklare", MAR, 17.5),
    ]


def test_people_over_a_total_row_with_no_unit_are_refused_not_read_as_money(
    tmp_path: Path,
) -> None:
    rows = [
        ["Name", "Role", "Jan 2026", "Feb 2026", "Mar 2026", "Total"],
        ["Erik Larsson", "Project manager", 80, 80, 60, 220],
        ["Maria Johansson", "Developer", 120, 140, 140, 400],
        ["Total", None, 200, 220, 200, 620],
    ]
    adoption = _adopt(tmp_path, "en", "Sheet1", rows)
    assert adoption.project.finance == [] and registers(adoption) == []
    (table,) = adoption.report.tables
    assert "people's names" in table.reason


def test_near_miss_cost_lines_over_a_total_row_stay_finance(tmp_path: Path) -> None:
    rows = [
        ["Cost line", "Jan 2026", "Feb 2026", "Mar 2026"],
        ["Consultants", 12000, 15000, 9000],
        ["Licences", 4000, 4000, 4000],
        ["Total", 16000, 19000, 13000],
    ]
    got = _finance(_adopt(tmp_path, "lines", "Budget", rows))
    assert got[(JAN, "Consultants")] == (12000.0, None, None)
    assert len(got) == 6


@pytest.mark.parametrize(
    ("word", "english"),
    [("timmar", "hours"), ("tunnit", "hours"), ("godziny", "hours"), ("hodiny", "hours")],
)
def test_the_word_for_hours(word: str, english: str) -> None:
    assert translate(word) == english


def test_near_miss_turkish_saat_is_not_read_as_hours() -> None:
    # a clock and a time of day too: ``Saat ücreti`` is an hourly rate (money)
    assert translate("saat") != "hours"


# --- 2. quarters in the offices' words (MISSING before) --------------------------------------


def test_a_spanish_budget_by_1t_quarters(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Partida", "1T 2026", "2T 2026", "3T 2026"],
        ["Personal", 45000, 45000, 50000],
        ["Licencias", 12000, 0, 0],
    ]
    got = _finance(_adopt(tmp_path, "es_q", "Presupuesto", rows))
    # spread flat over each quarter's months, as an English `Q1 2026` is
    assert got[(JAN, "Personal")] == (15000.0, None, None)
    assert got[(APR, "Personal")] == (15000.0, None, None)
    assert got[(MAR, "Licencias")] == (4000.0, None, None)
    assert len(got) == 18


@pytest.mark.parametrize(
    ("label", "quarter"),
    [
        ("1T 2026", 1),
        ("4T 2026", 4),
        ("K1 2026", 1),
        ("Kv3 2026", 3),
        ("1. Quartal 2026", 1),
        ("Quartal 2 2026", 2),
        ("1e kwartaal 2026", 1),
        ("1º trimestre 2026", 1),
        ("2° trimestre 2026", 2),
        ("1er trimestre 2026", 1),
    ],
)
def test_a_quarter_in_the_offices_words(label: str, quarter: int) -> None:
    assert quarter_label(label) == (quarter, 2026, False)


@pytest.mark.parametrize("label", ["1T", "K1", "1T 26", "K1 26", "K5 2026", "T1"])
def test_near_miss_a_letter_and_number_without_a_four_digit_year_is_no_quarter(
    label: str,
) -> None:
    assert quarter_label(label) is None


# --- 3. a Japanese budget's unit in brackets (WRONG: the budget was lost) -------------------


def test_a_japanese_budget_vs_actual_in_thousands_of_yen(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["年月", "費目", "予算(千円)", "実績(千円)"],
        ["2026年4月", "人件費", 1200, 1150],
        ["2026年4月", "外注費", 800, 860],
        ["2026年5月", "人件費", 1200, 1230],
    ]
    assert _finance(_adopt(tmp_path, "ja", "予実管理", rows)) == {
        (APR, "人件費"): (1200000.0, 1150000.0, None),
        (APR, "外注費"): (800000.0, 860000.0, None),
        (MAY, "人件費"): (1200000.0, 1230000.0, None),
    }


def test_near_miss_a_unit_label_alone_is_no_amount() -> None:
    from addin.adopt.match import candidates

    assert candidates("単位(千円)", "finance") == []


# --- 4. Czech and Nordic actuals, thousand crowns (MISSING before) ---------------------------


def test_a_czech_budget_with_skutecnost(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Měsíc", "Rozpočet", "Skutečnost", "Prognóza"],
        ["leden 2026", "125 000 Kč", "118 400 Kč", "125 000 Kč"],
        ["únor 2026", "125 000 Kč", "131 900 Kč", "125 000 Kč"],
        ["březen 2026", "140 000 Kč", None, "142 000 Kč"],
    ]
    assert _finance(_adopt(tmp_path, "cz", "Rozpočet", rows)) == {
        (JAN, None): (125000.0, 118400.0, 125000.0),
        (FEB, None): (125000.0, 131900.0, 125000.0),
        (MAR, None): (140000.0, None, 142000.0),
    }


def test_a_danish_month_report_in_thousand_crowns(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Budgetopfølgning 2026"],
        ["Periode: marts 2026"],
        ["Omkostningsart", "Budget (t.kr.)", "Forbrug (t.kr.)", None, "Bemærkning"],
        ["Konsulenter", 450, 412, None, None],
        ["Licenser", 120, 120, None, "betalt forud"],
        ["I alt", 570, 532, None, None],
    ]
    assert _finance(_adopt(tmp_path, "dk", "Budget", rows)) == {
        (MAR, "Konsulenter"): (450000.0, 412000.0, None),
        (MAR, "Licenser"): (120000.0, 120000.0, None),
    }


@pytest.mark.parametrize(
    ("header", "factor"),
    [
        ("Budget (t.kr.)", 1e3),
        ("Utfall tkr", 1e3),
        ("Budget (mkr)", 1e6),
        ("Budsjett mio. kr", 1e6),
    ],
)
def test_scandinavian_thousands_and_millions_of_crowns(header: str, factor: float) -> None:
    assert header_unit(header) is not None and header_unit(header)[0] == factor  # type: ignore[index]


@pytest.mark.parametrize("header", ["Budget (kr)", "Kostnad kr", "Pris (kr)", "Takst kr/t"])
def test_near_miss_crowns_alone_state_no_multiple(header: str) -> None:
    assert header_unit(header) is None


def test_near_miss_a_grants_drawdown_is_not_the_actual() -> None:
    assert translate("Čerpání") is None


# --- 5. a German Microsoft Project export (MISSING: no register) -----------------------------

_MSP: list[list[object]] = [
    ["Nr.", "Vorgangsname", "Dauer", "Anfang", "Ende", "Ressourcennamen", "% Abgeschlossen"],
    [1, "Projektstart", "0 Tage", "Mo 02.03.26", "Mo 02.03.26", "Müller", "100%"],
    [2, "Konzeption", "20 Tage", "Di 03.03.26", "Mo 30.03.26", "Schmidt", "100%"],
    [3, "Konzept abgenommen", "0 Tage", "Mo 30.03.26", "Mo 30.03.26", "Müller", "100%"],
    [4, "Umsetzung", "40 Tage", "Di 31.03.26", "Mo 25.05.26", "Schmidt", "35%"],
    [5, "Go-Live", "0 Tage", "Mo 01.06.26", "Mo 01.06.26", "Müller", "0%"],
]


def test_a_german_ms_project_export_gives_its_milestones(tmp_path: Path) -> None:
    adoption = _adopt(tmp_path, "msp", "Vorgänge", _MSP)
    assert _items(adoption, "milestones", "milestone", "forecast_date", "owner", "status") == [
        ("Projektstart", date(2026, 3, 2), "Müller", "Complete"),
        ("Konzept abgenommen", date(2026, 3, 30), "Müller", "Complete"),
        ("Go-Live", date(2026, 6, 1), "Müller", "Not Started"),
    ]


def test_near_miss_a_german_task_list_with_no_zero_duration_has_no_milestones(
    tmp_path: Path,
) -> None:
    rows = [r for r in _MSP if r[2] != "0 Tage"]
    adoption = _adopt(tmp_path, "tasks", "Vorgänge", rows)
    assert adoption.project.milestones == []


# --- 6. statuses in their language (MISSING before) ------------------------------------------


def test_a_czech_issue_log_with_vyreseny(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Č.", "Problém", "Datum zjištění", "Řešitel", "Termín", "Stav"],
        [1, "Chybí projektová dokumentace", "5. 3. 2026", "Petr Novák", "20. 3. 2026", "otevřený"],
        [
            2,
            "Zpoždění stavebního povolení",
            "12. 3. 2026",
            "Jana Dvořáková",
            "30. 4. 2026",
            "vyřešený",
        ],
    ]
    adoption = _adopt(tmp_path, "cz_issue", "Problémy", rows)
    assert _items(adoption, "issues", "title", "owner", "raised_date", "due_date", "status") == [
        ("Chybí projektová dokumentace", "Petr Novák", date(2026, 3, 5), date(2026, 3, 20), "Open"),
        (
            "Zpoždění stavebního povolení",
            "Jana Dvořáková",
            date(2026, 3, 12),
            date(2026, 4, 30),
            "Resolved",
        ),
    ]


def test_near_miss_unresolved_is_not_resolved() -> None:
    assert translate("nevyřešený", "values") is None


def test_a_dutch_milestone_plan_with_a_two_row_header_and_loopt(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Mijlpaal", "Eigenaar", "Datum", None, None, "Status"],
        [None, None, "Gepland", "Verwacht", "Gerealiseerd", None],
        ["Ontwerp gereed", "Pieter de Vries", "15-3-2026", "20-3-2026", "22-3-2026", "Gereed"],
        ["Vergunning verleend", "Sanne Bakker", "30-4-2026", "15-5-2026", None, "Loopt"],
        ["Oplevering", "Pieter de Vries", "1-9-2026", "1-9-2026", None, "Niet gestart"],
    ]
    adoption = _adopt(tmp_path, "nl_ms", "Planning", rows)
    keys = ("milestone", "baseline_date", "forecast_date", "actual_date", "status")
    assert _items(adoption, "milestones", *keys) == [
        ("Ontwerp gereed", date(2026, 3, 15), date(2026, 3, 20), date(2026, 3, 22), "Complete"),
        ("Vergunning verleend", date(2026, 4, 30), date(2026, 5, 15), None, "In Progress"),
        ("Oplevering", date(2026, 9, 1), date(2026, 9, 1), None, "Not Started"),
    ]


# --- 7. read right before this round, kept so ------------------------------------------------


def test_a_polish_risk_register(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Rejestr ryzyk projektu - Modernizacja linii kolejowej"],
        [],
        ["Lp.", "Opis ryzyka", "Prawdopodobieństwo", "Wpływ", "Właściciel", "Działania zaradcze",
         "Data identyfikacji", "Status"],
        [1, "Opóźnienie dostaw szyn", "wysokie", "średni", "Jan Kowalski", "Drugi dostawca",
         "15.03.2026", "otwarte"],
        [2, "Brak zgody środowiskowej", "niskie", "wysoki", "Anna Nowak", "Wcześniejszy wniosek",
         "02.04.2026", "zamknięte"],
    ]  # fmt: skip
    adoption = _adopt(tmp_path, "pl", "Rejestr ryzyk", rows)
    keys = ("title", "probability", "impact", "owner", "raised_date", "status")
    assert _items(adoption, "risks", *keys) == [
        ("Opóźnienie dostaw szyn", 5.0, 3.0, "Jan Kowalski", date(2026, 3, 15), "Open"),
        ("Brak zgody środowiskowej", 1.0, 5.0, "Anna Nowak", date(2026, 4, 2), "Closed"),
    ]


def test_a_turkish_milestone_plan_with_its_title_block(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Proje: Ankara Metro Hattı", None, None, "Proje Yöneticisi: Ayşe Yılmaz"],
        [],
        ["No", "Kilometre Taşı", "Sorumlu", "Planlanan Tarih", "Gerçekleşen Tarih", "Durum"],
        [
            "KT-01",
            "Zemin etüdü tamamlandı",
            "Mehmet Demir",
            "15.03.2026",
            "18.03.2026",
            "Tamamlandı",
        ],
        ["KT-02", "İhale sonuçlandı", "Ayşe Yılmaz", "30.04.2026", None, "Devam ediyor"],
    ]
    adoption = _adopt(tmp_path, "tr", "Kilometre Taşları", rows)
    assert adoption.project.header.project_name == "Ankara Metro Hattı"
    assert adoption.project.header.project_manager == "Ayşe Yılmaz"
    keys = ("milestone", "baseline_date", "actual_date", "status")
    assert _items(adoption, "milestones", *keys) == [
        ("Zemin etüdü tamamlandı", date(2026, 3, 15), date(2026, 3, 18), "Complete"),
        ("İhale sonuçlandı", date(2026, 4, 30), None, "In Progress"),
    ]


def test_a_brazilian_raid_log_by_its_tipo(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Registro RAID - Implantação ERP"],
        ["Gerente do projeto: Carla Souza"],
        [],
        ["ID", "Tipo", "Descrição", "Responsável", "Data de abertura", "Prazo", "Situação"],
        [1, "Risco", "Atraso na migração de dados", "Bruno Lima", "10/03/2026", "30/04/2026", "Aberto"],
        [2, "Problema", "Servidor indisponível", "Ana Costa", "12/03/2026", "20/03/2026", "Resolvido"],
        [3, "Premissa", "Equipe do cliente disponível 50%", "Carla Souza", "01/03/2026", None, "Aberto"],
        [4, "Dependência", "Contrato de licenças assinado", "Bruno Lima", "05/03/2026", "15/04/2026", "Aberto"],
    ]  # fmt: skip
    adoption = _adopt(tmp_path, "br", "RAID", rows)
    assert _items(adoption, "risks", "title", "due_date") == [
        ("Atraso na migração de dados", date(2026, 4, 30))
    ]
    assert _items(adoption, "issues", "status") == [("Resolved",)]
    assert _items(adoption, "assumptions", "assumption") == [("Equipe do cliente disponível 50%",)]
    assert _items(adoption, "dependencies", "need_by") == [(date(2026, 4, 15),)]


def test_an_indonesian_risk_register(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["No", "Risiko", "Kemungkinan", "Dampak", "Pemilik Risiko", "Mitigasi", "Status"],
        [1, "Keterlambatan pembebasan lahan", "Tinggi", "Tinggi", "Budi Santoso", "Koordinasi", "Terbuka"],
        [2, "Cuaca ekstrem", "Rendah", "Sedang", "Siti Rahayu", "Jadwal cadangan", "Ditutup"],
    ]  # fmt: skip
    adoption = _adopt(tmp_path, "id", "Risiko", rows)
    assert _items(adoption, "risks", "probability", "impact", "owner", "status") == [
        (5.0, 5.0, "Budi Santoso", "Open"),
        (1.0, 3.0, "Siti Rahayu", "Closed"),
    ]


def test_a_spanish_decision_log(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Registro de decisiones"],
        ["Nº", "Decisión", "Fecha", "Tomada por", "Justificación", "Estado"],
        ["D-01", "Cambio de proveedor de hormigón", "12/03/2026", "Comité de dirección", "Ahorro", "Aprobada"],
        ["D-02", "Aplazar la fase 2", "26/03/2026", "María García", "Financiación", "Aprobada"],
    ]  # fmt: skip
    adoption = _adopt(tmp_path, "es_dec", "Decisiones", rows)
    assert _items(adoption, "decisions", "decision", "date", "made_by", "rationale") == [
        ("Cambio de proveedor de hormigón", date(2026, 3, 12), "Comité de dirección", "Ahorro"),
        ("Aplazar la fase 2", date(2026, 3, 26), "María García", "Financiación"),
    ]


def test_a_norwegian_ledger_with_kr_amounts_months_down(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Prosjektregnskap 2026 (NOK)"],
        ["Periode", "Konto", "Budsjett", "Regnskap", "Avvik"],
        ["januar 2026", "Konsulenter", "kr 120 000", "kr 98 500", "kr 21 500"],
        ["februar 2026", "Konsulenter", "kr 120 000", "kr 131 250", "kr -11 250"],
    ]
    assert _finance(_adopt(tmp_path, "no", "Økonomi", rows)) == {
        (JAN, "Konsulenter"): (120000.0, 98500.0, None),
        (FEB, "Konsulenter"): (120000.0, 131250.0, None),
    }


def test_a_french_agency_tracker_with_budget_and_realise_rows(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Suivi budgétaire - Refonte site web (montants en €)"],
        [],
        ["Poste", "Type", "janv.-26", "févr.-26", "mars-26"],
        ["Prestations agence", "Budget", "12 500,00 €", "12 500,00 €", "10 000,00 €"],
        [None, "Réalisé", "11 800,00 €", "13 200,00 €", None],
        ["Hébergement", "Budget", "450,00 €", "450,00 €", "450,00 €"],
        [None, "Réalisé", "450,00 €", "450,00 €", None],
    ]
    got = _finance(_adopt(tmp_path, "fr", "Suivi budgétaire", rows))
    assert got[(FEB, "Prestations agence")] == (12500.0, 13200.0, None)
    assert got[(MAR, "Prestations agence")] == (10000.0, None, None)
    assert got[(JAN, "Hébergement")] == (450.0, 450.0, None)


def test_a_turkish_cost_plan_in_lira(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Maliyet Kalemi", "Ocak 2026", "Şubat 2026", "Mart 2026"],
        ["İşçilik", "₺125.000,00", "₺130.000,00", "₺128.500,00"],
        ["Malzeme", "₺80.000,00", "₺76.250,00", "₺91.000,00"],
    ]
    got = _finance(_adopt(tmp_path, "tr_fin", "Bütçe", rows))
    assert got[(MAR, "İşçilik")] == (128500.0, None, None)
    assert got[(FEB, "Malzeme")] == (76250.0, None, None)


def test_a_swiss_milestone_list_with_two_digit_years(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Meilenstein", "Verantwortlich", "Termin Soll", "Termin Ist", "Status"],
        ["Vorprojekt abgeschlossen", "R. Meier", "15.03.26", "20.03.26", "erledigt"],
        ["Baubewilligung", "S. Keller", "30.04.26", None, "in Arbeit"],
    ]
    adoption = _adopt(tmp_path, "ch", "Meilensteine", rows)
    assert _items(adoption, "milestones", "baseline_date", "actual_date", "status") == [
        (date(2026, 3, 15), date(2026, 3, 20), "Complete"),
        (date(2026, 4, 30), None, "In Progress"),
    ]


def test_a_korean_issue_list_with_dotted_dates(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["번호", "이슈", "등록일", "담당자", "조치기한", "상태"],
        [1, "테스트 서버 장애", "2026. 3. 2.", "김민수", "2026. 3. 9.", "완료"],
        [2, "요구사항 변경 요청", "2026. 3. 5.", "이지은", "2026. 3. 20.", "진행중"],
    ]
    adoption = _adopt(tmp_path, "ko", "이슈", rows)
    assert _items(adoption, "issues", "raised_date", "due_date", "status") == [
        (date(2026, 3, 2), date(2026, 3, 9), "Closed"),
        (date(2026, 3, 5), date(2026, 3, 20), "In Progress"),
    ]


def test_a_french_jira_export_by_its_ticket_type(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Clé", "Résumé", "Type de ticket", "État", "Responsable", "Créé", "Échéance"],
        ["PRJ-12", "Retard du fournisseur", "Risque", "Ouvert", "Claire Martin",
         "02/mars/26 10:15 AM", "30/avr./26"],
        ["PRJ-15", "Recette indisponible", "Problème", "Terminé", "Hugo Bernard",
         "05/mars/26 2:40 PM", "12/mars/26"],
        ["PRJ-18", "Perte d'un développeur clé", "Risque", "Ouvert", "Claire Martin",
         "11/mars/26 9:05 AM", "15/mai/26"],
    ]  # fmt: skip
    adoption = _adopt(tmp_path, "jira", "Export Jira", rows)
    assert _items(adoption, "risks", "title", "raised_date", "due_date") == [
        ("Retard du fournisseur", date(2026, 3, 2), date(2026, 4, 30)),
        ("Perte d'un développeur clé", date(2026, 3, 11), date(2026, 5, 15)),
    ]
    assert _items(adoption, "issues", "status") == [("Closed",)]


def test_italian_risks_and_problems_side_by_side(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["RISCHI", None, None, None, None, "PROBLEMI", None, None, None],
        ["N.", "Rischio", "Probabilità", "Impatto", None, "N.", "Problema", "Responsabile",
         "Scadenza"],
        [1, "Ritardo fornitore", "Alta", "Media", None, 1, "Server non disponibile",
         "Luca Conti", "20/03/2026"],
        [2, "Aumento costi", "Media", "Alta", None, 2, "Manca il collaudo", "Sara Greco",
         "31/03/2026"],
    ]  # fmt: skip
    adoption = _adopt(tmp_path, "it", "Registro", rows)
    assert registers(adoption) == ["risks", "issues"]
    assert _items(adoption, "issues", "owner", "due_date") == [
        ("Luca Conti", date(2026, 3, 20)),
        ("Sara Greco", date(2026, 3, 31)),
    ]


def test_a_brazilian_milestone_schedule_with_a_note_row(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["CRONOGRAMA DE MARCOS - Obra Escola Municipal"],
        [],
        ["Marco", "Responsável", "Data prevista", "Data real", "Observações"],
        ["Fundação concluída", "Eng. Paulo Mendes", "15/03/2026", "20/03/2026", None],
        ["Estrutura concluída", "Eng. Paulo Mendes", "30/05/2026", None, "chuva atrasou"],
        [],
        ["Obs.: datas sujeitas à aprovação da fiscalização."],
    ]
    adoption = _adopt(tmp_path, "pt_ms", "Marcos", rows)
    assert _items(adoption, "milestones", "milestone", "baseline_date", "actual_date") == [
        ("Fundação concluída", date(2026, 3, 15), date(2026, 3, 20)),
        ("Estrutura concluída", date(2026, 5, 30), None),
    ]


# --- 8. the second wave: Finnish dates, a Hungarian actual, Dutch whole amounts -------------


def test_a_finnish_milestone_plan_with_pvm_dates_and_kesken(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Virstanpylväs", "Vastuuhenkilö", "Suunniteltu pvm", "Toteutunut pvm", "Tila"],
        ["Esiselvitys valmis", "Matti Virtanen", "15.3.2026", "18.3.2026", "Valmis"],
        ["Hankinta päätetty", "Liisa Korhonen", "30.4.2026", None, "Kesken"],
        ["Käyttöönotto", "Matti Virtanen", "1.9.2026", None, "Ei aloitettu"],
    ]
    adoption = _adopt(tmp_path, "fi_ms", "Aikataulu", rows)
    keys = ("milestone", "baseline_date", "actual_date", "status")
    # before: the planned date left out (``pvm`` unread), ``Kesken`` not converted
    assert _items(adoption, "milestones", *keys) == [
        ("Esiselvitys valmis", date(2026, 3, 15), date(2026, 3, 18), "Complete"),
        ("Hankinta päätetty", date(2026, 4, 30), None, "In Progress"),
        ("Käyttöönotto", date(2026, 9, 1), None, "Not Started"),
    ]


def test_near_miss_suspended_is_not_in_progress() -> None:
    assert translate("Keskeytetty", "values") == "on hold"


def test_a_hungarian_terv_teny_tracker(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Hónap", "Terv", "Tény", "Eltérés"],
        ["2026. január", "1 250 000 Ft", "1 180 000 Ft", "70 000 Ft"],
        ["2026. február", "1 250 000 Ft", "1 320 000 Ft", "-70 000 Ft"],
    ]
    assert _finance(_adopt(tmp_path, "hu", "Költségvetés", rows)) == {
        (JAN, None): (1250000.0, 1180000.0, None),
        (FEB, None): (1250000.0, 1320000.0, None),
    }


def test_near_miss_a_factor_is_no_actual() -> None:
    assert translate("Tényező") is None


def test_a_dutch_budget_of_whole_euros_written_with_a_dash(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Kostenpost", "jan-26", "feb-26", "mrt-26"],
        ["Inhuur", "€ 12.500,-", "€ 12.500,-", "€ 15.000,-"],
        ["Licenties", "€ 1.250,-", "€ 1.250,-", "€ 1.250,-"],
    ]
    got = _finance(_adopt(tmp_path, "nl_fin", "Begroting", rows))
    # before: no amount read, the table refused
    assert got[(MAR, "Inhuur")] == (15000.0, None, None)
    assert got[(JAN, "Licenties")] == (1250.0, None, None)


@pytest.mark.parametrize(
    ("text", "amount"),
    [("€ 12.500,-", 12500.0), ("12.500,–", 12500.0), ("€ 1.250,--", 1250.0), ("12,-", 12.0)],
)
def test_a_whole_amount_after_a_decimal_comma(text: str, amount: float) -> None:
    from addin.adopt.amounts import parse_amount

    assert parse_amount(text) == amount


@pytest.mark.parametrize(("text", "amount"), [("-", None), ("1,-5", None), ("12,5-", -12.5)])
def test_near_miss_a_dash_that_is_no_zero_cents(text: str, amount: float | None) -> None:
    from addin.adopt.amounts import parse_amount

    # a dash alone is no amount, one inside is no shape, a trailing one is a minus (SAP)
    assert parse_amount(text) == amount
