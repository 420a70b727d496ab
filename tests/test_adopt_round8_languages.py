"""Round 8 of issue 15, mechanism 2: registers kept in the languages of large multinational
PMOs (French, German, Spanish, Italian, Dutch, Portuguese), read through one data file of
concepts (``addin/adopt/languages.toml``). Every shape here was written for these tests;
none is a benchmark layout.
"""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path

import openpyxl
from adopt_sheets import adopt as _adopt

from addin.adopt import Adoption, adopt_file, adopt_host, open_source
from addin.adopt.languages import LANGUAGES, fold, translate
from addin.adopt.mapping_file import load_mapping
from addin.adopt.report import TableReport
from addin.check import check_file
from addin.standards import default_standards


def _book(path: Path, sheets: list[tuple[str, list[list[object]], int, int]]) -> Path:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)  # type: ignore[arg-type]
    for name, rows, top, left in sheets:
        ws = wb.create_sheet(name)
        for r, row in enumerate(rows, start=top):
            for c, value in enumerate(row, start=left):
                if value is not None:
                    ws.cell(r, c, value)
    wb.save(path)
    return path


def _only(adoption: Adoption) -> TableReport:
    (table,) = adoption.report.adopted_tables
    return table


def _targets(table: TableReport) -> dict[str, str | None]:
    return {c.header: c.target for c in table.columns}


FRENCH_RISKS = [
    ["Registre des risques - Programme Atlas"],
    [],
    [
        "N°",
        "Intitulé du risque",
        "Probabilité",
        "Gravité",
        "Propriétaire",
        "Statut",
        "Date d'échéance",
    ],
    [
        "R1",
        "Retard du fournisseur",
        "Élevée",
        "Moyenne",
        "Jean Dupont",
        "Ouvert",
        date(2026, 3, 31),
    ],
    [
        "R2",
        "Perte de données clients",
        "Faible",
        "Très élevée",
        "Marie Curie",
        "Fermé",
        date(2026, 4, 30),
    ],
    [
        "R3",
        "Budget insuffisant",
        "Moyenne",
        "Faible",
        "Paul Martin",
        "Sous surveillance",
        date(2026, 5, 31),
    ],
]


def test_a_french_risk_register_reads_its_headers_and_values(tmp_path: Path) -> None:
    adoption = _adopt(_book(tmp_path / "risques.xlsx", [("Feuil1", FRENCH_RISKS, 1, 2)]))
    table = _only(adoption)
    assert table.register == "risks"  # from the title "Registre des risques" and its columns
    assert _targets(table) == {
        "N°": "id",
        "Intitulé du risque": "title",
        "Probabilité": "probability",
        "Gravité": "impact",  # a risk's severity is its impact
        "Propriétaire": "owner",
        "Statut": "status",
        "Date d'échéance": "due_date",
    }
    risks = adoption.project.risks
    # probability on three levels; impact on five ("Très élevée" is there): Faible = 2
    assert [(r.probability, r.impact) for r in risks] == [(5, 3), (1, 5), (3, 2)]
    assert [r.status for r in risks] == ["Open", "Closed", "Monitoring"]
    assert [r.owner for r in risks] == ["Jean Dupont", "Marie Curie", "Paul Martin"]
    assert risks[0].due_date == date(2026, 3, 31)
    # the reading is stated: the report line says what English the header was read as
    notes = {c.header: c.note for c in table.columns}
    assert notes["Probabilité"] == "read in English as 'probability'"
    # each status word read other than as itself is a reading the mapping file holds
    assert adoption.mapping.readings.list_words["risk_status"] == {
        "ouvert": "Open",
        "fermé": "Closed",
        "sous surveillance": "Monitoring",
    }


GERMAN_RISKS = [
    [
        "Nr.",
        "Risikobeschreibung",
        "Eintrittswahrscheinlichkeit",
        "Auswirkung",
        "Risikoverantwortlicher",
        "Maßnahmen",
        "Status",
        "Faelligkeitsdatum",
    ],
    [
        "1",
        "Lieferverzug beim Lieferanten",
        "hoch",
        "mittel",
        "Hans Müller",
        "Zweitlieferant",
        "offen",
        date(2026, 3, 1),
    ],
    [
        "2",
        "Ausfall des Rechenzentrums",
        "niedrig",
        "sehr hoch",
        "Eva Schmidt",
        "Redundanz",
        "geschlossen",
        date(2026, 4, 1),
    ],
    [
        "3",
        "Fehlende Tester",
        "mittel",
        "gering",
        "Karl Weber",
        "Externe",
        "in Bearbeitung",
        date(2026, 5, 1),
    ],
]


def test_german_compound_headers_are_split_into_their_words(tmp_path: Path) -> None:
    adoption = _adopt(_book(tmp_path / "risiken.xlsx", [("Risiken", GERMAN_RISKS, 1, 1)]))
    table = _only(adoption)
    assert table.register == "risks"
    assert _targets(table) == {
        "Nr.": "id",
        "Risikobeschreibung": "title",  # Risiko + Beschreibung: the register's description
        "Eintrittswahrscheinlichkeit": "probability",
        "Auswirkung": "impact",
        "Risikoverantwortlicher": "owner",  # Risiko + verantwortlicher
        "Maßnahmen": "response",
        "Status": "status",
        "Faelligkeitsdatum": "due_date",  # Fälligkeit + s + Datum, umlaut written as ae
    }
    risks = adoption.project.risks
    assert [(r.probability, r.impact) for r in risks] == [(5, 3), (1, 5), (3, 2)]
    assert [r.status for r in risks] == ["Open", "Closed", "Open"]
    assert [r.response for r in risks] == ["Zweitlieferant", "Redundanz", "Externe"]


SPANISH_MILESTONES = [
    ["Hito", "Responsable", "Fecha prevista", "Fecha real", "Puerta (S/N)", "Estado"],
    ["Inicio del proyecto", "Ana Gómez", date(2026, 1, 15), date(2026, 1, 20), "S", "Completado"],
    ["Diseño aprobado", "Luis Pérez", date(2026, 3, 1), None, "N", "En curso"],
    ["Puesta en marcha", "Ana Gómez", date(2026, 6, 30), None, "S", "No iniciado"],
]


def test_a_spanish_milestone_plan(tmp_path: Path) -> None:
    adoption = _adopt(_book(tmp_path / "hitos.xlsx", [("Hitos", SPANISH_MILESTONES, 2, 2)]))
    table = _only(adoption)
    assert table.register == "milestones"
    assert _targets(table) == {
        "Hito": "milestone",
        "Responsable": "owner",
        "Fecha prevista": "baseline_date",
        "Fecha real": "actual_date",
        "Puerta (S/N)": "gate",
        "Estado": "status",
    }
    ms = adoption.project.milestones
    assert [m.gate for m in ms] == ["Y", "N", "Y"]
    assert [m.status for m in ms] == ["Complete", "In Progress", "Not Started"]
    assert ms[0].actual_date == date(2026, 1, 20)


ITALIAN_ISSUES = [
    ["Rif", "Problema", "Priorità", "Responsabile", "Data di scadenza", "Stato"],
    ["P-1", "Server saturo", "Alta", "Marco Rossi", date(2026, 2, 1), "Aperto"],
    ["P-2", "Licenze scadute", "Bassa", "Giulia Bianchi", date(2026, 2, 15), "Chiuso"],
    ["P-3", "VPN lenta", "Media", "Marco Rossi", date(2026, 3, 1), "In corso"],
]


def test_an_italian_issue_log(tmp_path: Path) -> None:
    adoption = _adopt(_book(tmp_path / "problemi.xlsx", [("Problemi", ITALIAN_ISSUES, 1, 1)]))
    table = _only(adoption)
    assert table.register == "issues"
    assert _targets(table) == {
        "Rif": "id",
        "Problema": "title",
        "Priorità": "priority",
        "Responsabile": "owner",
        "Data di scadenza": "due_date",
        "Stato": "status",
    }
    issues = adoption.project.issues
    assert [i.priority for i in issues] == ["High", "Low", "Medium"]
    assert [i.status for i in issues] == ["Open", "Closed", "In Progress"]


DUTCH_DEPENDENCIES = [
    ["Afhankelijkheid", "Richting", "Eigenaar", "Nodig voor", "Toegezegde datum", "Status"],
    [
        "Testomgeving van team Data",
        "Inkomend",
        "Jan de Vries",
        date(2026, 3, 1),
        date(2026, 2, 20),
        "Geleverd",
    ],
    [
        "API-koppeling voor Finance",
        "Uitgaand",
        "Eva Jansen",
        date(2026, 4, 1),
        date(2026, 4, 10),
        "Vertraagd",
    ],
]


def test_a_dutch_dependency_register(tmp_path: Path) -> None:
    adoption = _adopt(
        _book(tmp_path / "afhankelijkheden.xlsx", [("Afhankelijkheden", DUTCH_DEPENDENCIES, 1, 1)])
    )
    table = _only(adoption)
    assert table.register == "dependencies"
    assert _targets(table) == {
        "Afhankelijkheid": "title",
        "Richting": "direction",
        "Eigenaar": "owner",
        "Nodig voor": "need_by",
        "Toegezegde datum": "committed_date",
        "Status": "status",
    }
    deps = adoption.project.dependencies
    assert [d.direction for d in deps] == ["Inbound", "Outbound"]
    assert [d.status for d in deps] == ["Delivered", "Late"]


PORTUGUESE_DECISIONS = [
    ["Decisão", "Decidido por", "Data da decisão", "Justificação"],
    ["Adotar a nuvem pública", "Rui Costa", date(2026, 1, 10), "Custo menor"],
    ["Adiar a fase 2", "Ana Sousa", date(2026, 2, 12), "Orçamento"],
]


def test_a_portuguese_decision_log(tmp_path: Path) -> None:
    adoption = _adopt(_book(tmp_path / "decisoes.xlsx", [("Decisões", PORTUGUESE_DECISIONS, 1, 1)]))
    table = _only(adoption)
    assert table.register == "decisions"
    assert _targets(table) == {
        "Decisão": "decision",
        "Decidido por": "made_by",
        "Data da decisão": "date",
        "Justificação": "rationale",
    }
    assert [d.made_by for d in adoption.project.decisions] == ["Rui Costa", "Ana Sousa"]


def test_rag_words_of_another_language_read_as_the_status(tmp_path: Path) -> None:
    rows = [
        ["Marco", "Responsável", "Data prevista", "RAG"],
        ["Arranque", "Rui Costa", date(2026, 1, 10), "Verde"],
        ["Piloto", "Ana Sousa", date(2026, 2, 12), "Amarelo"],
        ["Lançamento", "Ana Sousa", date(2026, 5, 12), "Vermelho"],
    ]
    adoption = _adopt(_book(tmp_path / "marcos.xlsx", [("Marcos", rows, 1, 1)]))
    assert _only(adoption).register == "milestones"
    assert [m.status for m in adoption.project.milestones] == ["In Progress", "At Risk", "Late"]


def test_next_months_file_reads_the_same_with_the_saved_mapping(tmp_path: Path) -> None:
    standards = default_standards()
    first = _book(tmp_path / "jan.xlsx", [("Feuil1", FRENCH_RISKS, 1, 2)])
    out = tmp_path / "jan.adopted.xlsx"
    adopt_file(first, out, standards)
    mapping_path = tmp_path / "jan.adopted.mapping.json"
    mapping = load_mapping(mapping_path)
    (entry,) = mapping.tables
    assert entry.column_readings["Probabilité"] == "read in English as 'probability'"
    # next month: columns moved, a row added, the same words
    header, *rows = FRENCH_RISKS[2:]
    order = [1, 0, 2, 3, 4, 5, 6]
    moved = [[row[i] for i in order] for row in [header, *rows]]
    moved.append(["R4", "Départ d'un expert", "Moyenne", "Élevée", "Jean Dupont", "Fermé", None])
    second = _book(tmp_path / "feb.xlsx", [("Feuil1", [*FRENCH_RISKS[:2], *moved], 1, 2)])
    again = adopt_host(open_source(second), standards, mapping=mapping)
    table = _only(again)
    assert {c.header: c.target for c in table.columns} == _targets(_only(_adopt(first)))
    assert [r.status for r in again.project.risks] == ["Open", "Closed", "Monitoring", "Closed"]
    assert again.project.risks[3].probability == 3
    assert {c.header: c.note for c in table.columns}["Probabilité"] == (
        "read in English as 'probability'"
    )
    # the output passes the checker like any adopted workbook
    result = check_file(out, standards, date(2026, 3, 1))
    assert not [f for f in result.findings if f.code.startswith("WB-")]


# --- negative cases --------------------------------------------------------------------------


def test_an_english_register_reads_as_before_with_no_language_notes(tmp_path: Path) -> None:
    rows = [
        [
            "Ref",
            "Risk",
            "Likelihood (L/M/H)",
            "Impact (L/M/H)",
            "Owner",
            "Status",
            "Due Date",
            "Plan",
        ],
        ["R1", "Supplier late", "H", "M", "Jane Smith", "Open", date(2026, 3, 1), "Second source"],
        ["R2", "Data loss", "L", "H", "Tom Brown", "Closed", date(2026, 4, 1), "Backups"],
    ]
    table = _only(_adopt(_book(tmp_path / "english.xlsx", [("Risks", rows, 1, 1)])))
    assert not [c.note for c in table.columns if "read in English" in c.note]
    assert _targets(table)["Due Date"] == "due_date"


def test_words_english_has_with_another_meaning_are_not_translated() -> None:
    # Spanish "actual" is "current"; Italian "data" alone, English "Data Owner"; German
    # "Stand": left out of the file on purpose, so an English header keeps its meaning
    assert translate("Actual") is None
    assert translate("Data Owner") is None
    assert translate("Position") is None
    assert translate("Due Date") is None
    assert translate("Risk Description (there may be a risk that...)") is None


def test_a_language_outside_the_file_is_listed_not_guessed(tmp_path: Path) -> None:
    rows = [  # Chichewa: not in the file (Polish is since round 10, Kiswahili since round 18,
        # Hausa, this test's language before, since round 24); nothing names a register
        ["Nambala", "Kufotokozera", "Mwayi", "Zotsatira", "Woyang'anira"],
        ["1", "Kuchedwa kwa katundu", "chapamwamba", "chapakati", "Jan Kowalski"],
        ["2", "Kutayika kwa deta", "chotsika", "chapamwamba", "Anna Nowak"],
    ]
    adoption = _adopt(_book(tmp_path / "ngozi.xlsx", [("Arkusz1", rows, 1, 1)]))
    assert not adoption.report.adopted_tables
    (table,) = adoption.report.tables
    assert (table.sheet, table.ref) == ("Arkusz1", "A1:E3")
    assert table.reason.startswith("not a register table")


def test_a_status_word_of_another_language_outside_the_list_is_kept_and_listed(
    tmp_path: Path,
) -> None:
    rows = [
        ["Réf.", "Risque", "Probabilité", "Impact", "Statut"],
        ["R1", "Retard", "Élevée", "Faible", "Ouvert"],
        ["R2", "Perte", "Faible", "Élevée", "Peut-être"],
    ]
    adoption = _adopt(_book(tmp_path / "r.xlsx", [("Risques", rows, 1, 1)]))
    table = _only(adoption)
    assert adoption.project.risks[0].status == "Open"
    assert [(u.cell, u.value) for u in table.unconverted] == [("E3", "Peut-être")]
    assert adoption.raw_cells[("risks", 1, "status")] == "Peut-être"  # kept in the workbook


# --- the data file and the reader ---------------------------------------------------------


def test_the_data_file_is_one_consistent_source() -> None:
    path = Path(__file__).resolve().parents[1] / "addin" / "adopt" / "languages.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    assert {"words", "values", "false_friends"} <= set(data)  # and round 10's *_world
    for section, entries in data.items():
        if section.startswith("coverage"):
            continue  # round 18: what the file declares it covers, no words
        if section == "currency_names":
            # round 23: currencies named in words, by ISO code, English ("en") among the
            # languages; each name one code
            code_of: dict[str, str] = {}
            for code, by_language in entries.items():
                for names in by_language.values():
                    for name in names:
                        key = " ".join(fold(name).split())
                        assert code_of.setdefault(key, code) == code, name
            assert all(set(v) <= {"en", *LANGUAGES} for v in entries.values())
            continue
        # round 26's last hour: a unit line's words name English ("en") among the languages;
        # round 28's last hour: so do a printed page's lines' words
        english_too = section in ("unit_lines", "page_lines")
        languages = {"en", *LANGUAGES} if english_too else set(LANGUAGES)
        meaning: dict[str, str] = {}
        for english, by_language in entries.items():
            assert set(by_language) <= languages, english
            # round 29: a page word written before its number (``page``) or after it
            # (``page_after``: Korean ``2 페이지`` as ``페이지 2``) means the same
            sense = english.removesuffix("_after") if section == "page_lines" else english
            for words in by_language.values():
                for word in words:
                    key = " ".join(fold(word).replace("'", " ").split())
                    # one foreign word, one English meaning per section
                    assert meaning.setdefault(key, sense) == sense, (section, word)


def test_fold_and_translate() -> None:
    assert fold("Échéance") == "echeance"
    assert fold("Maßnahme") == "massnahme"
    assert translate("Date d'échéance") == "date d due"
    assert translate("Risikoverantwortlicher") == "risk owner"
    assert translate("Eintrittswahrscheinlichkeit") == "probability"
    assert translate("Fälligkeitsdatum") == translate("Faelligkeitsdatum") == "due date"
    assert translate("Risicoeigenaar") == "risk owner"  # Dutch compounds too
    assert translate("Très élevé", "values") == "very high"
    assert translate("in Bearbeitung", "values") == "in progress"
    assert translate("Open", "values") is None


# --- title blocks and month headers ------------------------------------------------------


def test_project_fields_of_a_title_block_in_german_and_french(tmp_path: Path) -> None:
    german = [
        ["Projektname:", "Atlas Migration", None, "Auftraggeber:", "Eva Schmidt"],
        ["Projektleiter:", "Hans Müller"],
        ["Stand:", date(2026, 3, 12)],
        [],
        ["Nr.", "Risiko", "Wahrscheinlichkeit", "Auswirkung", "Verantwortlich", "Status"],
        ["1", "Lieferverzug", "hoch", "mittel", "Karl Weber", "offen"],
        ["2", "Ausfall RZ", "niedrig", "hoch", "Eva Schmidt", "geschlossen"],
    ]
    header = _adopt(_book(tmp_path / "de.xlsx", [("Risiken", german, 1, 1)])).project.header
    assert (header.project_name, header.project_manager, header.sponsor, header.report_date) == (
        "Atlas Migration",
        "Hans Müller",
        "Eva Schmidt",
        date(2026, 3, 12),
    )
    french = [
        ["Projet : Refonte CRM    Chef de projet : Jean Dupont"],
        ["Code projet : PRJ-0042"],
        [],
        ["Réf.", "Risque", "Probabilité", "Impact", "Responsable", "Statut"],
        ["R1", "Retard", "Élevée", "Moyenne", "Jean Dupont", "Ouvert"],
        ["R2", "Perte", "Faible", "Élevée", "Marie Curie", "Fermé"],
    ]
    header = _adopt(_book(tmp_path / "fr.xlsx", [("Suivi", french, 1, 1)])).project.header
    assert (header.project_id, header.project_name, header.project_manager) == (
        "PRJ-0042",
        "Refonte CRM",
        "Jean Dupont",
    )


def test_month_headers_of_other_languages_make_a_months_across_tracker(tmp_path: Path) -> None:
    rows = [
        ["Poste", "Janv.", "Févr.", "Mars", "Avr.", "Total"],
        ["Prestataires", 1000, 1200, 900, 1100, 4200],
        ["Licences", 500, 500, 500, 500, 2000],
    ]
    path = _book(tmp_path / "budget.xlsx", [("Budget 2026", rows, 1, 1)])
    adoption = adopt_host(open_source(path), default_standards(), year_hint=2026)
    assert _only(adoption).register == "finance"
    lines = {(f.month, f.cost_line): f.budget for f in adoption.project.finance}
    assert lines[(date(2026, 2, 1), "Prestataires")] == 1200
    assert lines[(date(2026, 4, 1), "Licences")] == 500
    assert len(lines) == 8  # the Total column is no month


def test_month_names_of_other_languages_only_standing_alone() -> None:
    from addin.adopt.convert import month_number

    assert [month_number(t) for t in ("März 26", "déc. 2025", "ene-26", "Set 2026", "maio")] == [
        3,
        12,
        1,
        9,
        5,
    ]
    # inside other words they are no months: "Set up", "Gen. costs"
    assert month_number("Set up costs") is None
    assert month_number("Gen costs") is None


def test_categories_and_types_of_other_languages_read_as_the_lists_values() -> None:
    from addin.adopt.convert import list_for_column

    standards = default_standards()
    risk_category = list_for_column("risk_category", standards)
    cost_category = list_for_column("cost_category", standards)
    issue_type = list_for_column("issue_type", standards)
    assert [risk_category(v).value for v in ("Technique", "Fournisseur", "Finanzen")] == [
        "Technical",
        "Third Party",
        "Financial",
    ]
    assert [cost_category(v).value for v in ("Prestataires", "Reisekosten", "Divers")] == [
        "Contractors",
        "Travel",
        "Other",
    ]
    assert issue_type("Demande de modification").value == "Request for Change"
    # a word of no list stays itself, with the reason
    assert issue_type("Anomalie").problem is not None
