"""Round 36 (t40b): tuning on the eighty-third batch (ordinary workbooks in other languages)
and the languages' word forms (docs/adopt.md, "Round 36: tuning on the eighty-third batch").

1. a header's NOUN in another case (``languages.NOUN_CASES``): Polish and Czech decline it
   (``Właściciel`` / ``właściciela``, ``Koszty`` / ``Kosztów``, ``Náklady`` /
   ``nákladů``; a measure's word, ``rozpočtu``, none), Finnish and Estonian change its stem
   (``kustannus`` / ``kustannuksen``, ``tähtaeg`` / ``tähtaja``, ``kulud`` / ``kulude``);
2. a column of explanation (Dutch ``Toelichting``, German ``Erläuterung``) is notes;
3. an Indonesian status report's overall and scope colours and its summary;
4. a Turkish resource plan: ``gün`` (days) says effort, and ``Görev`` beside the people is
   their role.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from addin.adopt import Adoption
from addin.adopt.languages import noun_forms, translate
from tests.adopt_sheets import adopt, books, only, targets


def _adopt(tmp_path: Path, name: str, sheet: str, rows: list[list[object]]) -> Adoption:
    return adopt(books(tmp_path / f"{name}.xlsx", {sheet: rows}))


def _items(adoption: Adoption, register: str, *keys: str) -> list[tuple[Any, ...]]:
    return [tuple(item.model_dump()[k] for k in keys) for item in adoption.project.items(register)]


# --- 1. a noun of a header in its cases ----------------------------------------------------


@pytest.mark.parametrize(
    ("header", "english"),
    [
        # Polish: genitive singular and plural, before: no word of the file
        ("Właściciela", "owner"),
        ("Kosztów", "costs"),
        ("Suma kosztów", "total costs"),
        # Czech: genitive plural, and the fleeting e of a noun in -ek
        ("Nákladů", "costs"),
        ("Vlastníka", "owner"),
        # Finnish: -us nouns take -uks- before a case ending
        ("Kustannuksen", "cost"),
        ("Kustannukset", "costs"),
        # Estonian: aeg / aja, and the plural's genitive
        ("Tähtaja", "due"),
        ("Kulude", "costs"),
    ],
)
def test_a_header_noun_in_another_case_reads_as_its_word(header: str, english: str) -> None:
    assert translate(header) == english


def test_a_measures_word_in_another_case_is_no_measure() -> None:
    # "Čerpání rozpočtu" is the budget's drawing (the actual), "Položka rozpočtu" its line:
    # a case form of the budget's word names what is of the budget, not the amount
    assert translate("Rozpočet") == "budget"
    assert translate("Rozpočtu") is None
    assert "budget" not in (translate("Čerpání rozpočtu - skutečnost") or "")


def test_the_case_rules_follow_each_languages_endings() -> None:
    # each rule changes the ending it names, and only for a stem of three letters or more
    assert {"wlasciciela", "wlascicielem"} <= noun_forms("Właściciel", "pl")
    assert {"rozpoctu", "rozpoctem"} <= noun_forms("Rozpočet", "cs")
    assert {"kustannuksen", "kustannukset"} <= noun_forms("kustannus", "fi")
    assert {"tahtaja", "tahtajad"} <= noun_forms("tähtaeg", "et")
    assert noun_forms("Rok", "pl") == set()  # a stem too short
    assert noun_forms("Kosten", "de") == set()  # German has no rule here


@pytest.mark.parametrize("english", ["Owner", "Costs", "Budget", "Gun", "Status", "Total cost"])
def test_english_headers_are_no_inflected_forms(english: str) -> None:
    assert translate(english) in (None, "days")  # Turkish gün (days) folds to "gun"
    if english != "Gun":
        assert translate(english) is None


def test_a_polish_cost_table_reads_its_genitive_headers(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Zestawienie kosztów"],
        ["Nr", "Opis ryzyka", "Właściciel ryzyka", "Status"],
        [1, "Opóźnienie dostawy paszy", "Jan Nowak", "Otwarte"],
        [2, "Brak weterynarza", "Anna Kowalska", "Zamknięte"],
    ]
    adoption = _adopt(tmp_path, "pl", "Ryzyka", rows)
    assert targets(only(adoption))["Właściciel ryzyka"] == "owner"
    assert _items(adoption, "risks", "owner") == [("Jan Nowak",), ("Anna Kowalska",)]


# --- 2. a column of explanation is notes ---------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "description", "explanation"),
    [
        ("nl", "Omschrijving", "Toelichting"),
        ("de", "Beschreibung", "Erläuterung"),
        ("es", "Descripción", "Explicación"),
        ("it", "Descrizione", "Spiegazione"),
        ("pl", "Opis", "Wyjaśnienie"),
        ("sv", "Beskrivning", "Förklaring"),
    ],
)
def test_an_explanation_beside_the_description_reads_as_english_notes_does(
    lang: str, description: str, explanation: str, tmp_path: Path
) -> None:
    assert translate(explanation) == "notes"
    data: list[list[object]] = [
        ["R1", "Leverancier failliet", "Zie memo van 3 maart", "Open"],
        ["R2", "Vergunning vertraagd", "Gemeente vraagt extra stukken", "Open"],
    ]
    english = _adopt(tmp_path, "en", "Risks", [["ID", "Description", "Notes", "Status"], *data])
    foreign = _adopt(tmp_path, lang, "Risks", [["ID", description, explanation, "Status"], *data])
    english_targets = list(targets(only(english)).values())
    # before: the explanation was no column (Toelichting alone was read)
    assert list(targets(only(foreign)).values()) == english_targets
    assert english_targets == ["id", "title", "description", "status"]
    assert _items(foreign, "risks", "title", "description") == [
        ("Leverancier failliet", "Zie memo van 3 maart"),
        ("Vergunning vertraagd", "Gemeente vraagt extra stukken"),
    ]


# --- 3. an Indonesian status report --------------------------------------------------------


def test_an_indonesian_status_reports_colours_and_summary(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["LAPORAN STATUS PROYEK"],
        [],
        ["Nama Proyek", "Renovasi Gudang Kopi"],
        ["Manajer Proyek", "Budi Hartono"],
        [],
        ["Status Keseluruhan", "Kuning"],
        ["Jadwal", "Hijau"],
        ["Biaya", "Merah"],
        ["Ruang Lingkup", "Hijau"],
        [],
        ["Ringkasan", "Atap selesai; lantai menunggu semen."],
        [],
        ["Milestone", "Target", "Status"],
        ["Atap", date(2026, 2, 2), "Selesai"],
        ["Lantai", date(2026, 3, 9), "Terlambat"],
    ]
    header = _adopt(tmp_path, "id", "Laporan", rows).project.header
    # before: the overall and scope colours and the summary were lost
    assert (header.overall_rag, header.schedule_rag, header.cost_rag, header.scope_rag) == (
        "Amber",
        "Green",
        "Red",
        "Green",
    )
    assert header.status_summary == "Atap selesai; lantai menunggu semen."


# --- 4. a Turkish resource plan ------------------------------------------------------------

_PLAN_ROWS: list[list[object]] = [
    ["Fırın Projesi – Kaynak Planı (adam/gün)"],
    [],
    ["Ad Soyad", "Firma", "Görev", "Oca 26", "Şub 26", "Mar 26", "Toplam (gün)"],
    ["Ayşe Yılmaz", "Simitçi A.Ş.", "Usta", 5, None, 10, 15],
    ["Mehmet Kaya", "Fırın Ltd.", "Aşçı", 10, 10, None, 20],
    ["Zeynep Demir", "Simitçi A.Ş.", "Planlamacı", None, 22, 22, 44],
]


def test_a_turkish_resource_plan_in_days_with_its_duty_column(tmp_path: Path) -> None:
    assert translate("Toplam (gün)") == "total days"
    adoption = _adopt(tmp_path, "tr", "Kaynak Planı", _PLAN_ROWS)
    table = only(adoption)
    assert table.register == "resources"  # before: no register (nothing said effort)
    got = targets(table)
    assert (got["Ad Soyad"], got["Görev"], got["Firma"]) == ("person", "role", None)
    lines = _items(adoption, "resources", "person", "role", "month", "planned_days")
    assert ("Ayşe Yılmaz", "Usta", date(2026, 1, 1), 5.0) in lines
    assert ("Zeynep Demir", "Planlamacı", date(2026, 3, 1), 22.0) in lines
    assert len(lines) == 6


def test_an_english_task_column_stays_no_role(tmp_path: Path) -> None:
    rows = [list(r) for r in _PLAN_ROWS]
    rows[2] = ["Name", "Company", "Task", "Jan 26", "Feb 26", "Mar 26", "Total (days)"]
    table = only(_adopt(tmp_path, "en", "Resource Plan", rows))
    assert table.register == "resources"
    assert targets(table)["Task"] is None
