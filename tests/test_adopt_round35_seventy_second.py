"""Round 35 (task t37c): tuning on the seventy-second batch, ORDINARY WORKBOOKS IN OTHER
LANGUAGES (round 34's end measure, promoted). Each miss was one general habit of writing
in one's own language, read with its variants (docs/adopt.md, "Round 35: tuning on the
seventy-second batch"):

- a participle or adjective agrees with the noun it describes, so the register's noun sets
  its gender: an Italian decision (``decisione``) is ``Decisa da``, a Polish dependency
  (``zależność``) ``Zagrożona`` / ``Dostarczona``, a Czech one ``Ohrožená`` / ``Dodaná``;
  the file held one gender of each word and now holds the others;
- a Polish dependency's required date (``Wymagana data``, ``Data wymagana``, ``Wymagany
  termin``), the Czech and Slovak ``Požadované datum`` / ``Požadovaný termín``;
- a Finnish report's date written as one compound (``Raportointipäivä``,
  ``Raporttipäivämäärä``), the Nordic ``Rapporteringsdatum``.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from addin.adopt import Adoption
from addin.adopt.languages import translate
from tests.adopt_sheets import adopt, books, only, targets


def _adopt(tmp_path: Path, name: str, sheet: str, rows: list[list[object]]) -> Adoption:
    return adopt(books(tmp_path / f"{name}.xlsx", {sheet: rows}))


def _items(adoption: Adoption, register: str, *keys: str) -> list[tuple[Any, ...]]:
    return [tuple(item.model_dump()[k] for k in keys) for item in adoption.project.items(register)]


# --- 1. the decision's maker in the feminine (the decision's gender) ----------------------

MAKERS = [
    ("it", "Registro delle decisioni", ["N.", "Data", "Decisione", "Motivazione", "Decisa da"]),
    ("es", "Registro de decisiones", ["Nº", "Fecha", "Decisión", "Justificación", "Aprobada por"]),
    ("pt", "Registo de decisões", ["Nº", "Data", "Decisão", "Justificação", "Decidida por"]),
    ("fr", "Journal des décisions", ["Réf", "Date", "Décision", "Justification", "Décidée par"]),
]


@pytest.mark.parametrize(("lang", "title", "head"), MAKERS)
def test_a_decisions_maker_in_the_feminine_is_its_person(
    lang: str, title: str, head: list[str], tmp_path: Path
) -> None:
    rows: list[list[object]] = [
        [title],
        head,
        [1, date(2026, 2, 3), "Adottare latte fresco", "Qualità costante", "Giulia Rossi"],
        [2, date(2026, 2, 10), "Sostituire il mantecatore", "Costi alti", "Comitato"],
    ]
    adoption = _adopt(tmp_path, lang, "Decisioni", rows)
    # before: the maker's column was left out ("no standard column matches")
    assert targets(only(adoption))[head[-1]] == "made_by"
    assert _items(adoption, "decisions", "made_by") == [("Giulia Rossi",), ("Comitato",)]


def test_the_participle_alone_names_no_person() -> None:
    # near-miss: "Decisa" (decided) alone, or the decision noun, is no maker
    assert translate("Decisa") is None
    assert translate("Decisione") == "decision"
    assert translate("Decisa da") == "made by"


# --- 2. a Polish or Czech dependency: its required date and its feminine statuses ---------


def test_a_polish_dependency_register_reads_its_required_date_and_statuses(
    tmp_path: Path,
) -> None:
    rows: list[list[object]] = [
        ["Rejestr zależności"],
        ["Lp.", "Opis zależności", "Kierunek", "Odpowiedzialny", "Wymagana data", "Status"],
        [1, "Dostawa miodu", "Przychodząca", "Anna Kowalczyk", date(2026, 5, 31), "Dostarczona"],
        [2, "Projekt opakowań", "Wychodząca", "Tomasz Wiśniewski", date(2026, 6, 20), "Otwarta"],
        [
            3,
            "Certyfikat sanepidu",
            "Przychodząca",
            "Anna Kowalczyk",
            date(2026, 8, 25),
            "Zagrożona",
        ],
    ]
    adoption = _adopt(tmp_path, "pl", "Zależności", rows)
    # before: Wymagana data left out, Status refused ("its values do not fit")
    assert targets(only(adoption))["Wymagana data"] == "need_by"
    assert _items(adoption, "dependencies", "need_by", "status") == [
        (date(2026, 5, 31), "Delivered"),
        (date(2026, 6, 20), "Open"),
        (date(2026, 8, 25), "At Risk"),
    ]


def test_a_czech_dependency_register_in_its_own_words(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Registr závislostí"],
        ["Č.", "Popis závislosti", "Odpovědná osoba", "Požadovaný termín", "Stav"],
        [1, "Dodávka medu", "Jana Nováková", date(2026, 4, 30), "Dodaná"],
        [2, "Revize plynu", "Petr Svoboda", date(2026, 5, 15), "Ohrožená"],
        [3, "Obaly od agentury", "Jana Nováková", date(2026, 6, 1), "Otevřená"],
    ]
    adoption = _adopt(tmp_path, "cs", "Závislosti", rows)
    assert targets(only(adoption))["Požadovaný termín"] == "need_by"
    assert _items(adoption, "dependencies", "need_by", "status") == [
        (date(2026, 4, 30), "Delivered"),
        (date(2026, 5, 15), "At Risk"),
        (date(2026, 6, 1), "Open"),
    ]


@pytest.mark.parametrize(
    ("text", "english"),
    [
        ("Wymagana data", "need by"),
        ("Data wymagana", "need by"),
        ("Wymagany termin", "need by"),
        ("Požadované datum", "need by"),
        ("Požadovaný dátum", "need by"),
    ],
)
def test_the_required_date_in_its_word_orders(text: str, english: str) -> None:
    assert translate(text) == english


@pytest.mark.parametrize(
    ("text", "english"),
    [
        ("Zagrożona", "at risk"),
        ("Dostarczona", "delivered"),
        ("Opóźniona", "late"),
        ("Zakończona", "complete"),
        ("Ohrožená", "at risk"),
        ("Dodaná", "delivered"),
        ("Zpožděná", "late"),
        ("Uzavřená", "closed"),
        ("Otvorená", "open"),
    ],
)
def test_a_status_in_each_gender(text: str, english: str) -> None:
    assert translate(text, "values") == english


def test_a_date_or_a_term_alone_is_no_required_date() -> None:
    # near-miss: Polish "Data" alone (a date) and "Termin" (the due date) keep their reading
    assert translate("Data") is None
    assert translate("Termin") == "due"


# --- 3. a Finnish report's date as one compound ------------------------------------------


@pytest.mark.parametrize("label", ["Raportointipäivä", "Raporttipäivämäärä", "Raportin pvm"])
def test_a_finnish_reports_date_compound_is_its_report_date(label: str, tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["TILANNERAPORTTI"],
        [],
        ["Projekti", "Kantelepajan laajennus"],
        ["Projektipäällikkö", "Liisa Korhonen"],
        [label, date(2026, 4, 24)],
        ["Kokonaistilanne", "Vihreä"],
        ["Aikataulu", "Keltainen"],
        [],
        ["Virstanpylväät"],
        ["Virstanpylväs", "Suunniteltu", "Ennuste", "Tila"],
        ["Prototyyppi valmis", date(2026, 2, 2), date(2026, 2, 9), "Valmis"],
        ["Sarjatuotanto", date(2026, 5, 4), date(2026, 5, 25), "Myöhässä"],
    ]
    adoption = _adopt(tmp_path, "fi", "Tilanneraportti", rows)
    # before: the report's date was not read (only "Raportin päivämäärä" was)
    assert adoption.project.header.report_date == date(2026, 4, 24)
    assert adoption.project.header.overall_rag == "Green"


def test_the_nordic_reporting_date_and_a_reporting_period_near_miss() -> None:
    assert translate("Rapporteringsdatum") == "as of"
    assert translate("Rapporteringsdato") == "as of"
    # near-miss: a reporting period (Raportointikausi) is no report date
    assert translate("Raportointikausi") != "as of"


# --- 4. the same agreement in an issue log: who raised it, and its statuses ---------------


def test_a_polish_issue_logs_feminine_statuses_and_its_raiser(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Rejestr problemów"],
        ["Lp.", "Opis problemu", "Zgłoszona przez", "Odpowiedzialny", "Status"],
        [1, "Piec nr 2 przegrzewa się", "Anna Kowalczyk", "Tomasz Wiśniewski", "Rozwiązana"],
        [2, "Brak opakowań", "Tomasz Wiśniewski", "Anna Kowalczyk", "Otwarta"],
        [3, "Opóźniona dostawa mąki", "Anna Kowalczyk", "Tomasz Wiśniewski", "Rozwiązana"],
    ]
    adoption = _adopt(tmp_path, "pl_i", "Problemy", rows)
    table = only(adoption)
    # who raised it has no standard column: left out, never taken as the owner
    assert targets(table)["Zgłoszona przez"] is None
    assert targets(table)["Odpowiedzialny"] == "owner"
    assert _items(adoption, "issues", "owner", "status") == [
        ("Tomasz Wiśniewski", "Resolved"),
        ("Anna Kowalczyk", "Open"),
        ("Tomasz Wiśniewski", "Resolved"),
    ]


@pytest.mark.parametrize(
    ("text", "section", "english"),
    [
        ("Segnalata da", "words", "raised by"),
        ("Reportada por", "words", "raised by"),
        ("Signalée par", "words", "raised by"),
        ("Zgłoszona przez", "words", "raised by"),
        ("Rozwiązana", "values", "resolved"),
        ("Anulowana", "values", "cancelled"),
        ("Wstrzymana", "values", "on hold"),
        ("Zrušená", "values", "cancelled"),
        ("Sospesa", "values", "on hold"),
        ("Suspendue", "values", "on hold"),
        ("Nezahájená", "values", "not started"),
    ],
)
def test_the_other_gender_of_a_raiser_and_a_status(text: str, section: str, english: str) -> None:
    assert translate(text, section) == english
