"""Round 35's second wave (task lx35): a header or value word of a supported language read
in any of its regular inflected forms, by the language's own ending rules applied to the
data file's words (``languages.INFLECTIONS``, ``languages.CASE_ENDINGS``), never by a loose
prefix: a participle or adjective takes the gender, number or case of its noun (Italian
``chiuso`` / ``chiusi``, Spanish ``cerrado`` / ``cerradas``, Polish ``zamknięty`` /
``zamkniętego``, Czech ``vyřešený`` / ``vyřešené``), a Finnish noun its case (``omistaja``
/ ``omistajan``). docs/adopt.md, "Round 35 (its second wave)".
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from addin.adopt import languages
from addin.adopt.languages import english_words, inflected_forms, lexicon, translate, words_of
from tests.adopt_sheets import adopt, books, only, targets

# --- 1. a register in each language, its statuses in forms the file does not list ----------

REGISTERS = [
    (
        "it",
        ["N.", "Descrizione", "Responsabile", "Stato"],
        [("Marco Rossi", "Chiusi"), ("Giulia Costa", "Aperti")],
        ["Closed", "Open"],
    ),
    (
        "es",
        ["Nº", "Descripción", "Responsable", "Estado"],
        [("Ana Pendientes", "Cerradas"), ("Luis Cerrada", "Abiertas")],
        ["Closed", "Open"],
    ),
    (
        "pt",
        ["Nº", "Descrição", "Responsável", "Estado"],
        [("Ana Costa", "Resolvidas"), ("Rui Encerrado", "Encerrados")],
        ["Resolved", "Closed"],
    ),
    (
        "fr",
        ["N°", "Description", "Responsable", "Statut"],
        [("Claire Fermé", "Résolues"), ("Paul Martin", "Ouvertes")],
        ["Resolved", "Open"],
    ),
    (
        "pl",
        ["Lp.", "Opis problemu", "Odpowiedzialny", "Status"],
        [("Anna Otwarta", "Zamkniętego"), ("Jan Kowalski", "Otwarta")],
        ["Closed", "Open"],
    ),
    (
        "cs",
        ["Č.", "Popis", "Odpovědná osoba", "Stav"],
        [("Jana Nováková", "Vyřešené"), ("Petr Dvořák", "Otevřené")],
        ["Resolved", "Open"],
    ),
]


@pytest.mark.parametrize(("lang", "head", "rows", "statuses"), REGISTERS)
def test_an_issue_register_reads_its_statuses_in_every_gender_and_number(
    lang: str,
    head: list[str],
    rows: list[tuple[str, str]],
    statuses: list[str],
    tmp_path: Path,
) -> None:
    sheet: list[list[object]] = [["Issues"], head]
    sheet += [[n + 1, f"Problem {n + 1}", owner, status] for n, (owner, status) in enumerate(rows)]
    adoption = adopt(books(tmp_path / f"{lang}.xlsx", {"Issues": sheet}))
    table = only(adoption)
    assert targets(table)[head[-1]] == "status"
    # a surname that ends like a status word (Cerrada, Otwarta, Fermé) stays a person
    assert [(i.owner, i.status) for i in adoption.project.items("issues")] == list(
        zip([o for o, _ in rows], statuses, strict=True)
    )


def test_a_finnish_risk_register_reads_its_headers_in_their_cases(tmp_path: Path) -> None:
    sheet: list[list[object]] = [
        ["Riskirekisteri"],
        ["Nro", "Riskin kuvaus", "Riskin omistajan nimi", "Tila"],
        [1, "Uuni ylikuumenee", "Anna Virtanen", "Avoin"],
        [2, "Pakkaukset puuttuvat", "Mikko Laine", "Suljettu"],
    ]
    adoption = adopt(books(tmp_path / "fi.xlsx", {"Riskit": sheet}))
    # before: "omistajan" (the owner's, genitive) was no word of the file: left out
    assert targets(only(adoption))["Riskin omistajan nimi"] == "owner"
    assert [(r.owner, r.status) for r in adoption.project.items("risks")] == [
        ("Anna Virtanen", "Open"),
        ("Mikko Laine", "Closed"),
    ]


# --- 2. a milestone tracker in each language ------------------------------------------------

TRACKERS = [
    ("it", ["Milestone", "Responsabile", "Data prevista", "Stato"], ["Completati", "Annullati"]),
    ("es", ["Hito", "Responsable", "Fecha prevista", "Estado"], ["Completadas", "Cancelados"]),
    ("pt", ["Marco", "Responsável", "Data prevista", "Estado"], ["Concluídas", "Canceladas"]),
    ("fr", ["Jalon", "Responsable", "Date prévue", "Statut"], ["Clôturés", "Annulées"]),
    ("pl", ["Kamień milowy", "Odpowiedzialny", "Data planowana", "Status"], ["Zamkniętego", "X"]),
    ("cs", ["Milník", "Odpovědná osoba", "Plánované datum", "Stav"], ["Vyřešené", "X"]),
    ("fi", ["Virstanpylväs", "Omistajan nimi", "Suunniteltu päivämäärä", "Tila"], ["Valmis", "X"]),
]

_TRACKER_STATUSES = {
    "it": ["Complete", "Closed"],
    "es": ["Complete", "Closed"],
    "pt": ["Complete", "Closed"],
    "fr": ["Closed", "Closed"],
    "pl": ["Closed", "Not Started"],
    "cs": ["Closed", "Not Started"],
    "fi": ["Complete", "Not Started"],
}


@pytest.mark.parametrize(("lang", "head", "statuses"), TRACKERS)
def test_a_milestone_tracker_reads_its_inflected_statuses_and_headers(
    lang: str, head: list[str], statuses: list[str], tmp_path: Path
) -> None:
    second = {"pl": "Otwarta", "cs": "Otevřené", "fi": "Avoin"}.get(lang, statuses[1])
    sheet: list[list[object]] = [
        ["Milestones"],
        head,
        ["Design freeze", "Anna Rossi", date(2026, 3, 2), statuses[0]],
        ["Go live", "Marco Costa", date(2026, 4, 6), second],
    ]
    adoption = adopt(books(tmp_path / f"m{lang}.xlsx", {"Milestones": sheet}))
    assert targets(only(adoption))[head[1]] == "owner"
    assert [(m.owner, m.status) for m in adoption.project.milestones] == [
        ("Anna Rossi", _TRACKER_STATUSES[lang][0]),
        ("Marco Costa", _TRACKER_STATUSES[lang][1]),
    ]


# --- 3. forms the file does not list, read by their language's endings ----------------------


@pytest.mark.parametrize(
    ("text", "section", "english"),
    [
        ("Chiusi", "values", "closed"),
        ("Sospesi", "values", "on hold"),
        ("Cerradas", "values", "closed"),
        ("Canceladas", "values", "cancelled"),
        ("Encerrados", "values", "closed"),
        ("Fermées", "values", "closed"),
        ("Annulées", "values", "cancelled"),
        ("Zamkniętego", "values", "closed"),
        ("Vyřešené", "values", "resolved"),
        ("Chiusa il", "words", "closed date"),
        ("Aprobados por", "words", "made by"),
        ("Omistajan", "words", "owner"),
        ("Tilan", "words", "status"),
        ("Päivämäärän", "words", "date"),
    ],
)
def test_a_form_the_file_does_not_list_reads_as_its_word(
    text: str, section: str, english: str
) -> None:
    assert translate(text, section) == english


# --- 4. near-misses: one ending away, English, other languages ------------------------------


def test_a_word_one_ending_away_from_another_entry_keeps_its_own_meaning() -> None:
    assert translate("Otwarta", "values") == "open"
    assert translate("Otwarcie", "values") is None  # opening, no form of "otwarty"
    assert translate("Chiuso") == "closed"
    assert translate("Chiusura") == "closure"  # the closing date's word, not "closed"
    assert translate("Pendiente", "values") == "open"
    assert translate("Pendientes") is None  # a column of open items is no status header


@pytest.mark.parametrize(
    "text",
    ["Closed by", "Delivered", "Open items", "Dates", "State", "Notes", "Updated", "Validate"],
)
def test_english_reads_as_before(text: str) -> None:
    assert translate(text) is None
    assert translate(text, "values") is None


@pytest.mark.parametrize("surname", ["Rossi", "Costa", "Bianchi", "Kowalski"])
def test_a_surname_ending_like_a_status_is_no_status(surname: str) -> None:
    assert translate(surname, "values") is None


def test_the_rules_name_whole_endings_and_never_an_english_word() -> None:
    assert inflected_forms("chiuso", "it") == {"chiusa", "chiusi", "chiuse"}
    assert "otwarcie" not in inflected_forms("otwarty", "pl")
    assert inflected_forms("rosso", "it") == set()  # "Rossi" is a surname, not red
    assert inflected_forms("data", "it") == set()
    # an English verb is never a form (Italian "creato" is no "create")
    assert inflected_forms("creato", "it") == {"creata", "creati"}
    assert translate("Create profile screen") is None
    assert inflected_forms("fermé", "fr") == {"fermee", "fermes", "fermees"}
    assert inflected_forms("date", "fr") == set()  # no accent: no participle
    assert inflected_forms("closed", "en") == set()
    for section in ("words", "values"):
        lex = lexicon(section)
        forms = [k for k in lex.phrases if len(k) == 1 and k[0] in english_words()]
        assert all(lex.phrases[k] in ("", k[0]) or k in _listed(section) for k in forms)


def _listed(section: str) -> set[tuple[str, ...]]:
    return {
        tuple(words_of(p))
        for _, by_language in languages.entries(section)
        for phrases in by_language.values()
        for p in phrases
    }
