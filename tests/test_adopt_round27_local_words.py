"""Round 27 (s27a, issue 15): the major business languages in depth, part 1. The words a
local PM of France, Germany, Spain or Mexico, Brazil, Italy and the Netherlands writes for
concepts the vocabularies hold (``languages.toml``'s ``round27a`` sections), a task tool's
export in these languages read by its file's name as round 26 reads ``Tasks``, and a
report's filter line and period in these languages. Each is tried on workbooks written for
these tests (other sectors and columns than any benchmark layout), with a near-miss that
must not be taken."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from adopt_sheets import adopt, book, books, field, only, registers, targets

# ---------------------------------------------------------------------------------------
# German: an Austrian hospital's risk list in the abbreviations a PMO writes
# ---------------------------------------------------------------------------------------


def _austrian_risks(path: Path, status_word: str) -> Path:
    rows: list[list[object]] = [["Risikoliste Neubau OP-Trakt"], []]
    rows.append(
        [
            "Nr.",
            "Kurzbeschreibung",
            "Verantw.",
            "W'keit",
            "Ausmaß",
            "Bearbeitungsstand",
            "Aufgenommen am",
        ]
    )
    rows.append(
        [
            1,
            "Lüftungsanlage verspätet",
            "M. Gruber",
            "hoch",
            "mittel",
            "offen",
            datetime(2026, 2, 3),
        ]
    )
    rows.append(
        [2, "Statik Dachaufbau", "K. Huber", "gering", "hoch", status_word, datetime(2026, 2, 10)]
    )
    rows.append(
        [3, "Medizingase Abnahme", "M. Gruber", "mittel", "hoch", "offen", datetime(2026, 2, 17)]
    )
    rows.append(
        [4, "Brandschutzklappen", "K. Huber", "hoch", "gering", "erledigt", datetime(2026, 3, 2)]
    )
    return book(path, "Risiken", rows)


def test_an_austrian_risk_lists_abbreviations_are_read(tmp_path: Path) -> None:
    adoption = adopt(_austrian_risks(tmp_path / "at.xlsx", "in Bearbeitung"))
    got = targets(only(adoption))
    assert got["Kurzbeschreibung"] == "title"
    assert got["Verantw."] == "owner"
    assert got["W'keit"] == "probability"
    assert got["Ausmaß"] == "impact"
    assert got["Bearbeitungsstand"] == "status"
    assert got["Aufgenommen am"] == "raised_date"
    assert field(adoption, "risks", "owner")[1] == "K. Huber"
    assert field(adoption, "risks", "raised_date")[2] == date(2026, 2, 17)


def test_a_postponed_risk_is_not_read_as_on_hold(tmp_path: Path) -> None:
    # near-miss: `verschoben` (postponed) is neither surely on hold nor late: left unread,
    # so the value is kept as written, never turned into a state it may not be
    adoption = adopt(_austrian_risks(tmp_path / "v.xlsx", "verschoben"))
    assert field(adoption, "risks", "status")[1] not in ("On Hold", "Late", "Closed")


# ---------------------------------------------------------------------------------------
# Spanish (Mexico): a state water utility's risk matrix
# ---------------------------------------------------------------------------------------


def _mexican_risks(path: Path, impact_header: str) -> Path:
    rows: list[list[object]] = [["Matriz de riesgos - Planta potabilizadora"], []]
    rows.append(
        [
            "Folio",
            "Denominación",
            "Encargado",
            "Probabilidad",
            impact_header,
            "Estatus",
            "Fecha lím.",
        ]
    )
    rows.append(
        [
            "RSG-01",
            "Retraso en bombas",
            "Luis Ortega",
            "Alta",
            "Media",
            "Abierto",
            datetime(2026, 5, 4),
        ]
    )
    rows.append(
        ["RSG-02", "Permiso CONAGUA", "Ana Ruiz", "Media", "Alta", "En curso", datetime(2026, 6, 1)]
    )
    rows.append(
        [
            "RSG-03",
            "Suministro eléctrico",
            "Luis Ortega",
            "Baja",
            "Alta",
            "Cerrado",
            datetime(2026, 4, 20),
        ]
    )
    rows.append(
        ["RSG-04", "Lluvias en obra", "Ana Ruiz", "Alta", "Baja", "Abierto", datetime(2026, 7, 15)]
    )
    return book(path, "Riesgos", rows)


def test_a_mexican_risk_matrixs_local_words_are_read(tmp_path: Path) -> None:
    adoption = adopt(_mexican_risks(tmp_path / "mx.xlsx", "Consecuencia"))
    got = targets(only(adoption))
    assert got["Folio"] == "id"
    assert got["Denominación"] == "title"
    assert got["Encargado"] == "owner"
    assert got["Consecuencia"] == "impact"
    assert got["Estatus"] == "status"
    assert got["Fecha lím."] == "due_date"
    assert field(adoption, "risks", "due_date")[0] == date(2026, 5, 4)
    assert field(adoption, "risks", "owner")[1] == "Ana Ruiz"


def test_the_treatment_column_is_not_taken_for_a_response_or_an_impact(tmp_path: Path) -> None:
    # near-miss: `Tratamiento` (a response or its type) is left out on purpose: not mapped
    got = targets(only(adopt(_mexican_risks(tmp_path / "t.xlsx", "Tratamiento"))))
    assert got["Tratamiento"] not in ("impact", "response", "response_type")


# ---------------------------------------------------------------------------------------
# Portuguese (Brazil): a port authority's milestone tracker with a "Farol" (RAG)
# ---------------------------------------------------------------------------------------


def _brazilian_milestones(path: Path) -> Path:
    rows: list[list[object]] = [["Cronograma de marcos - Dragagem do canal"], []]
    rows.append(
        ["Marco", "Data prevista de conclusão", "Data de conclusão", "Farol", "Responsável"]
    )
    rows.append(
        ["Licença de instalação", datetime(2026, 3, 2), datetime(2026, 3, 6), "Verde", "Paulo Lima"]
    )
    rows.append(
        [
            "Mobilização da draga",
            datetime(2026, 4, 13),
            datetime(2026, 4, 20),
            "Amarelo",
            "Rita Alves",
        ]
    )
    rows.append(["Batimetria final", datetime(2026, 7, 1), None, "Vermelho", "Paulo Lima"])
    rows.append(["Entrega do canal", datetime(2026, 9, 30), None, "Verde", "Rita Alves"])
    return book(path, "Marcos", rows)


def test_a_brazilian_trackers_planned_completion_done_date_and_farol_are_read(
    tmp_path: Path,
) -> None:
    adoption = adopt(_brazilian_milestones(tmp_path / "br.xlsx"))
    got = targets(only(adoption))
    assert got["Data prevista de conclusão"] == "baseline_date"
    assert got["Data de conclusão"] == "actual_date"
    assert got["Farol"] is not None
    assert field(adoption, "milestones", "actual_date")[1] == date(2026, 4, 20)
    assert field(adoption, "milestones", "baseline_date")[3] == date(2026, 9, 30)


# ---------------------------------------------------------------------------------------
# Italian and French: the person of reference is an owner, a reference is an ID
# ---------------------------------------------------------------------------------------


def _italian_risks(path: Path, person_header: str) -> Path:
    rows: list[list[object]] = [["Registro dei rischi - Nuova linea di imbottigliamento"], []]
    rows.append(
        ["Rif.", "Denominazione", person_header, "Probabilità", "Impatto", "Contromisure", "Stato"]
    )
    rows.append(
        ["R1", "Ritardo fornitore", "Marco Bianchi", "Alta", "Media", "Secondo fornitore", "Aperto"]
    )
    rows.append(
        ["R2", "Collaudo CE", "Elena Russo", "Media", "Alta", "Ente notificato", "Concluso"]
    )
    rows.append(
        ["R3", "Formazione operatori", "Marco Bianchi", "Bassa", "Media", "Corso in sede", "Aperto"]
    )
    rows.append(
        ["R4", "Spazi magazzino", "Elena Russo", "Media", "Bassa", "Affitto area", "In corso"]
    )
    return book(path, "Rischi", rows)


def test_an_italian_referente_is_the_owner_and_contromisure_the_response(tmp_path: Path) -> None:
    adoption = adopt(_italian_risks(tmp_path / "it.xlsx", "Referente"))
    got = targets(only(adoption))
    assert got["Referente"] == "owner"
    assert got["Denominazione"] == "title"
    assert got["Contromisure"] == "response"
    assert field(adoption, "risks", "owner")[1] == "Elena Russo"


def test_an_italian_riferimento_is_still_no_owner(tmp_path: Path) -> None:
    # near-miss: `Riferimento` (the reference) shares its stem with `Referente` but is the ID
    got = targets(only(adopt(_italian_risks(tmp_path / "r.xlsx", "Riferimento"))))
    assert got["Riferimento"] != "owner"


def _french_actions_risks(path: Path, status: str) -> Path:
    rows: list[list[object]] = [["Registre des risques - Rénovation du collège"], []]
    rows.append(["Réf.", "Désignation", "Référent", "Probabilité", "Impact", "Parade", "Statut"])
    rows.append(
        [
            "RQ-1",
            "Amiante dans les faux plafonds",
            "S. Morel",
            "Forte",
            "Forte",
            "Diagnostic",
            "Ouvert",
        ]
    )
    rows.append(["RQ-2", "Retard menuiseries", "A. Petit", "Moyenne", "Moyenne", "Relance", status])
    rows.append(
        ["RQ-3", "Accès chantier", "S. Morel", "Faible", "Moyenne", "Plan de circulation", "Ouvert"]
    )
    rows.append(
        ["RQ-4", "Bruit riverains", "A. Petit", "Moyenne", "Faible", "Horaires", "En cours"]
    )
    return book(path, "Risques", rows)


def test_a_french_referent_parade_and_settled_risk_are_read(tmp_path: Path) -> None:
    adoption = adopt(_french_actions_risks(tmp_path / "fr.xlsx", "Soldé"))
    got = targets(only(adoption))
    assert got["Référent"] == "owner"
    assert got["Réf."] == "id"
    assert got["Désignation"] == "title"
    assert got["Parade"] == "response"
    assert field(adoption, "risks", "status")[1] == "Closed"


# ---------------------------------------------------------------------------------------
# Dutch: a municipality's issue list with the action holder and "afgehandeld"
# ---------------------------------------------------------------------------------------


def _dutch_issues(path: Path, status: str) -> Path:
    rows: list[list[object]] = [["Issuelijst herinrichting Stationsplein"], []]
    rows.append(
        ["Volgnr.", "Onderwerp", "Actiehouder", "Datum melding", "Status", "Afgehandeld op"]
    )
    rows.append(
        [
            1,
            "Kabels en leidingen",
            "Bram Jansen",
            datetime(2026, 1, 12),
            "Afgehandeld",
            datetime(2026, 2, 2),
        ]
    )
    rows.append([2, "Vergunning kap bomen", "Eva Visser", datetime(2026, 1, 19), status, None])
    rows.append(
        [3, "Omleiding bussen", "Bram Jansen", datetime(2026, 2, 4), "In behandeling", None]
    )
    rows.append([4, "Klachten bewoners", "Eva Visser", datetime(2026, 2, 9), "Open", None])
    return book(path, "Issues", rows)


def test_a_dutch_issue_lists_action_holder_and_settled_issue_are_read(tmp_path: Path) -> None:
    adoption = adopt(_dutch_issues(tmp_path / "nl.xlsx", "Open"))
    got = targets(only(adoption))
    assert got["Volgnr."] == "id"
    assert got["Actiehouder"] == "owner"
    assert got["Datum melding"] == "raised_date"
    assert got["Afgehandeld op"] == "closed_date"
    assert field(adoption, "issues", "status")[0] == "Closed"
    assert field(adoption, "issues", "closed_date")[0] == date(2026, 2, 2)


def test_a_lapsed_dutch_issue_is_not_read_as_closed(tmp_path: Path) -> None:
    # near-miss: `Vervallen` (lapsed) is left out on purpose: not surely closed
    adoption = adopt(_dutch_issues(tmp_path / "v.xlsx", "Vervallen"))
    assert field(adoption, "issues", "status")[1] != "Closed"


# ---------------------------------------------------------------------------------------
# A task tool's export in German and French, read by its file's name (round 26's rule)
# ---------------------------------------------------------------------------------------

_PLANNER_DE = [
    "Aufgaben-ID",
    "Aufgabenname",
    "Bucketname",
    "Priorität",
    "Zugewiesen an",
    "Fälligkeitsdatum",
]


def _planner_rows(headers: list[str]) -> list[list[object]]:
    return [
        headers,
        [
            "k1Q",
            "Weiche 12 meldet Störung",
            "Stellwerk",
            "Wichtig",
            "Jonas Weber",
            datetime(2026, 4, 1),
        ],
        ["m2R", "Kabeltrasse beschädigt", "Tiefbau", "Mittel", "Lea Braun", datetime(2026, 4, 9)],
        [
            "p3S",
            "Zulassung verzögert",
            "Behörden",
            "Dringend",
            "Jonas Weber",
            datetime(2026, 3, 30),
        ],
        ["t4U", "Relais nicht geliefert", "Einkauf", "Niedrig", "Lea Braun", datetime(2026, 4, 20)],
    ]


def test_a_german_planner_export_in_a_file_named_as_issues_is_an_issue_log(tmp_path: Path) -> None:
    adoption = adopt(
        books(tmp_path / "Stellwerk Probleme.xlsx", {"Aufgaben": _planner_rows(_PLANNER_DE)})
    )
    assert registers(adoption) == ["issues"]
    got = targets(only(adoption))
    assert got["Aufgabenname"] == "title"
    assert field(adoption, "issues", "title")[1] == "Kabeltrasse beschädigt"


def test_a_german_planner_export_in_a_file_named_as_a_plan_is_no_register(tmp_path: Path) -> None:
    # near-miss: the same export saved as a construction plan: its rows are tasks
    adoption = adopt(
        books(tmp_path / "Stellwerk Bauplan.xlsx", {"Aufgaben": _planner_rows(_PLANNER_DE)})
    )
    assert registers(adoption) == []


def test_a_french_project_export_with_durations_is_a_schedule_not_an_issue_log(
    tmp_path: Path,
) -> None:
    # near-miss: MS Project's French export has a duration and a share done: a plan of work,
    # whatever the file is called
    headers = ["N° de tâche", "Nom de la tâche", "Durée", "% achevé", "Attribué à", "Fin"]
    rows: list[list[object]] = [headers]
    for n, name in enumerate(["Dépose voie", "Pose rails", "Soudures", "Essais"], start=1):
        rows.append([n, name, f"{n + 2} j", 50, "Camille Roux", datetime(2026, 5, n)])
    adoption = adopt(books(tmp_path / "Tramway problèmes.xlsx", {"Tâches": rows}))
    assert "issues" not in registers(adoption)


# ---------------------------------------------------------------------------------------
# A report's filter line and period, in French, German and Italian
# ---------------------------------------------------------------------------------------


def _status_report(path: Path, top: list[list[object]]) -> Path:
    rows: list[list[object]] = [*top, []]
    rows.append(["N°", "Intitulé", "Responsable", "Probabilité", "Impact", "Statut"])
    for n in range(1, 5):
        rows.append([n, f"Risque de chantier {n}", "L. Girard", "Élevée", "Faible", "Ouvert"])
    return book(path, "Risques", rows)


def test_a_french_filter_line_names_the_programme(tmp_path: Path) -> None:
    top: list[list[object]] = [["Export du 04/05/2026 | Filtré par : Programme = Tramway Ouest"]]
    adoption = adopt(_status_report(tmp_path / "f.xlsx", top))
    assert adoption.project.header.programme == "Tramway Ouest"


def test_a_water_filter_line_names_no_programme(tmp_path: Path) -> None:
    # near-miss: "Filtre à eau" is a thing, not a report's filter
    top: list[list[object]] = [["Filtre à eau : remplacer en mai"]]
    adoption = adopt(_status_report(tmp_path / "w.xlsx", top))
    assert adoption.project.header.programme is None


def test_a_german_reporting_period_is_as_at_its_last_day(tmp_path: Path) -> None:
    top: list[list[object]] = [["Berichtszeitraum: 01.01.2026 bis 31.03.2026"]]
    adoption = adopt(_status_report(tmp_path / "b.xlsx", top))
    assert adoption.project.header.report_date == date(2026, 3, 31)


def test_an_italian_period_over_phases_gives_no_date(tmp_path: Path) -> None:
    # near-miss: a period written as phases ("dalla progettazione al collaudo") has no day
    top: list[list[object]] = [["Periodo di riferimento: dalla progettazione al collaudo"]]
    adoption = adopt(_status_report(tmp_path / "p.xlsx", top))
    assert adoption.project.header.report_date is None


# ---------------------------------------------------------------------------------------
# A title block's money label in Spanish (Spain) states the currency
# ---------------------------------------------------------------------------------------


def _colombian_report(path: Path, label: str) -> Path:
    rows: list[list[object]] = [["INFORME TRIMESTRAL"], [None]]
    rows += [["Proyecto:", "Depuradora comarcal del Alto Jiloca"], [label, 4500000000], [None]]
    rows += [["Nº", "Hito", "Fecha planificada", "Estado"]]
    rows += [[1, "Diseños aprobados", datetime(2026, 5, 4), "Cumplido"]]
    rows += [[2, "Tubería instalada", datetime(2026, 8, 3), "En curso"]]
    rows += [[3, "Planta en operación", datetime(2026, 11, 2), "No iniciado"]]
    return book(path, "Informe", rows)


def test_a_spanish_total_budget_label_states_the_currency(tmp_path: Path) -> None:
    adoption = adopt(_colombian_report(tmp_path / "co.xlsx", "Presupuesto total (EUR):"))
    assert adoption.project.header.currency == "EUR"


def test_a_colombian_exchange_rate_label_states_no_currency(tmp_path: Path) -> None:
    # near-miss: an exchange rate's label names a currency but no amount of the project's
    adoption = adopt(_colombian_report(tmp_path / "fx.xlsx", "Tipo de cambio (USD):"))
    assert adoption.project.header.currency in (None, "")
