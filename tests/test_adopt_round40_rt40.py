"""Round 40 (task rt40): red team of the round's first merged rules (t50a, t50c, t50d).
Each attack is a small workbook (or a reading) a PMO's other workbooks would hold: near
misses the rules must not fire on, and readings of the same shapes they must make."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from addin.adopt.convert import month_span
from addin.adopt.direction_headings import heading_direction
from addin.adopt.ids import _number
from addin.adopt.languages import translate
from addin.standards import default_standards
from tests.adopt_sheets import (
    adopt,
    best_candidate,
    book,
    field,
    finance_by_line,
    only,
    targets,
)

# --- t50d: a dependency log's band headings ------------------------------------------


def test_band_heading_by_others_reads_the_verb_before_it() -> None:
    """``by others`` says nothing of the side alone: what others *need* / *request* /
    *await* is outbound (they need it from us), what they *deliver* / *provide* inbound; and
    the same verbs with ``by us`` the other way round. Before, every ``by others`` read as
    inbound (``Needed by others`` too) and every ``by us`` as none."""
    standards = default_standards()
    assert heading_direction("Needed by others", standards) == "Outbound"
    assert heading_direction("Requested by other teams", standards) == "Outbound"
    assert heading_direction("Awaited by others", standards) == "Outbound"
    assert heading_direction("Delivered by others", standards) == "Inbound"
    assert heading_direction("Needed by us", standards) == "Inbound"
    assert heading_direction("Provided by us", standards) == "Outbound"
    assert heading_direction("Delivered by us", standards) == "Outbound"
    # the rule's own headings keep their reading
    assert heading_direction("WE NEED FROM OTHERS", standards) == "Inbound"
    assert heading_direction("OTHERS NEED FROM US", standards) == "Outbound"
    assert heading_direction("Dependencies on us", standards) == "Outbound"
    # a status report's bands name no side
    for text in ("Completed", "In flight", "Workstream 2 - Data", "Others"):
        assert heading_direction(text, standards) is None


def test_dependency_log_bands_needed_by_others(tmp_path: Path) -> None:
    """A dependency log in two bands, ``DELIVERED BY OTHERS`` then ``NEEDED BY OTHERS``:
    the second band's items are outbound."""
    rows: list[list[object]] = [["Dependency Log"], []]
    rows.append(["Ref", "Dependency", "Other project", "Owner", "Need by", "Status"])
    rows.append(["DELIVERED BY OTHERS"])
    rows.append(["D-01", "Network cut-over window", "P-201", "Ann Lee", "2026-03-10", "Open"])
    rows.append(["D-02", "Test data extract", "P-305", "Bob Roe", "2026-04-01", "Open"])
    rows.append(["NEEDED BY OTHERS"])
    rows.append(["D-03", "API specification", "P-118", "Cy Poe", "2026-05-04", "Open"])
    rows.append(["D-04", "Training rooms booked", "P-118", "Ann Lee", "2026-06-01", "Open"])
    adoption = adopt(book(tmp_path / "deps.xlsx", "Dependencies", rows))
    assert field(adoption, "dependencies", "direction") == ["Inbound"] * 2 + ["Outbound"] * 2


def test_status_report_band_rows_give_no_direction(tmp_path: Path) -> None:
    """A status report's milestone table banded by workstream (``Workstream A - from
    others``...) is no dependency log: its milestones carry no direction."""
    rows: list[list[object]] = [["Ref", "Milestone", "Planned", "Status"]]
    rows.append(["WORKSTREAM A"])
    rows.append(["M1", "Design freeze", "2026-03-10", "Complete"])
    rows.append(["M2", "Build complete", "2026-04-10", "In Progress"])
    rows.append(["WORKSTREAM B"])
    rows.append(["M3", "User testing", "2026-05-10", "Not Started"])
    adoption = adopt(book(tmp_path / "plan.xlsx", "Milestones", rows))
    assert only(adoption).register == "milestones"
    assert len(adoption.project.dependencies) == 0


# --- t50d: Closed?, legends, register codes, Forum -----------------------------------


def test_closed_flag_beside_a_status_column_leaves_the_status(tmp_path: Path) -> None:
    """A risk register with its own ``Status`` (Open / Monitoring / Closed) and a ``Closed?``
    flag: the status column keeps the status, Monitoring is not made Open by the flag."""
    rows: list[list[object]] = [["ID", "Risk", "Owner", "Status", "Closed?"]]
    rows.append(["R-001", "Supplier may fold", "Ann Lee", "Monitoring", "N"])
    rows.append(["R-002", "Key engineer may leave", "Bob Roe", "Closed", "Y"])
    rows.append(["R-003", "Licence cost may rise", "Cy Poe", "Open", "N"])
    adoption = adopt(book(tmp_path / "risks.xlsx", "Risks", rows))
    assert targets(only(adoption))["Status"] == "status"
    assert field(adoption, "risks", "status") == ["Monitoring", "Closed", "Open"]


def _letter_register(legend: str) -> list[list[object]]:
    rows: list[list[object]] = [["Risk Register"], []]
    rows.append(["Risk ID", "Risk description", "Likelihood", "Impact", "Owner"])
    texts = [
        "Supplier may miss the first delivery",
        "Data migration may overrun",
        "Key engineer may leave mid-build",
        "Licence cost may rise at renewal",
    ]
    for i, (text, lik, imp) in enumerate(zip(texts, "ABCE", "EDCA", strict=True)):
        rows.append([f"R-{i + 1:03d}", text, lik, imp, "Ann Lee"])
    rows += [[], [legend]]
    return rows


def test_a_legend_keying_another_column_leaves_likelihood_letters(tmp_path: Path) -> None:
    """A legend under the table that names the column it keys (``Impact: A = Negligible ...
    E = Severe``) keys that column only: the likelihood's letters keep the handbook's
    reading (A = Almost certain = 5). Before, the impact's legend read them A = 1."""
    legend = "Impact: A = Negligible, B = Minor, C = Moderate, D = Major, E = Severe"
    adoption = adopt(book(tmp_path / "rr.xlsx", "Risk Register", _letter_register(legend)))
    assert field(adoption, "risks", "probability") == [5.0, 4.0, 3.0, 1.0]
    assert field(adoption, "risks", "impact") == [5.0, 4.0, 3.0, 1.0]


def test_a_legend_naming_the_likelihood_still_keys_it(tmp_path: Path) -> None:
    """The legend naming the likelihood (t50d's ECSS line) still keys its letters."""
    legend = "Likelihood: A = Minimum, B = Low, C = Medium, D = High, E = Maximum"
    adoption = adopt(book(tmp_path / "rr.xlsx", "Risk Register", _letter_register(legend)))
    assert field(adoption, "risks", "probability") == [1.0, 2.0, 3.0, 5.0]


def test_a_code_ending_in_a_year_keeps_no_number() -> None:
    """``PRJ-R-2026`` (the project's register of the year 2026) names no item: a year after
    the register's letters is no item's number. ``PL-R-012`` keeps its 12."""
    assert _number("PRJ-R-2026", "R") is None
    assert _number("FIN-RSK-2025", "R") is None
    assert _number("PL-R-012", "R") == 12
    assert _number("PL-R-0203", "R") == 203


def test_register_codes_ending_in_a_year_take_fresh_numbers(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Code", "Risk", "Owner", "Status"]]
    rows.append(["PRJ-R-2025", "Supplier may fold", "Ann Lee", "Open"])
    rows.append(["PRJ-R-2026", "Key engineer may leave", "Bob Roe", "Open"])
    adoption = adopt(book(tmp_path / "risks.xlsx", "Risks", rows))
    assert field(adoption, "risks", "id") == ["R-001", "R-002"]


def test_forum_beside_decided_by_leaves_who_decided(tmp_path: Path) -> None:
    """A decision log naming both who decided and the meeting it was taken in: ``Decided
    by`` stays the decision's maker, ``Forum`` (the meeting) does not take it."""
    rows: list[list[object]] = [["Ref", "Date", "Decision", "Decided by", "Forum"]]
    rows.append(["D1", "2026-02-03", "Move go-live to June", "Steering Committee", "Room 4B"])
    rows.append(["D2", "2026-02-17", "Drop the mobile app", "Sponsor", "Teams call"])
    adoption = adopt(book(tmp_path / "decisions.xlsx", "Decisions", rows))
    assert targets(only(adoption))["Decided by"] == "made_by"
    assert field(adoption, "decisions", "made_by") == ["Steering Committee", "Sponsor"]


# --- t50c: finance --------------------------------------------------------------------


def test_date_ranges_that_are_no_one_month() -> None:
    """Two months, a fortnight, a month from its 16th, a leap February stopping on the 28th:
    none is a month. A whole month in day-first dates with slashes is one."""
    assert month_span("2026-03-01..2026-04-30") is None
    assert month_span("2026-03-01..2026-03-15") is None
    assert month_span("2026-03-16..2026-04-15") is None
    assert month_span("2028-02-01..2028-02-28") is None
    assert month_span("01/03/2026 - 31/03/2026") == date(2026, 3, 1)


def test_budget_cost_centre_is_no_budget() -> None:
    """``Budget Cost Centre`` (the centre the budget sits in) is the cost line, not the
    budget; ``Forecast cost type`` the category."""
    assert best_candidate("Budget Cost Centre", "finance") == ("cost_line", 0.9)
    assert best_candidate("Forecast cost type", "finance") == ("category", 0.95)


def test_certificate_number_is_no_actual(tmp_path: Path) -> None:
    """A Spanish works follow-up names each certificate (``Nº Certificado``: CERT-01) beside
    its certified amount (``Importe certificado``): the number is no amount."""
    rows: list[list[object]] = [["Partida", "Mes", "Nº Certificado", "Importe certificado"]]
    rows.append(["Cimentación", "2026-03", "CERT-01", 12_500])
    rows.append(["Estructura", "2026-03", "CERT-02", 30_000])
    rows.append(["Cimentación", "2026-04", "CERT-03", 4_000])
    adoption = adopt(book(tmp_path / "obra.xlsx", "Seguimiento", rows))
    mapped = targets(only(adoption))
    assert mapped.get("Nº Certificado") != "actual"
    assert mapped["Importe certificado"] == "actual"


def test_betrieb_as_a_supplier_is_no_opex(tmp_path: Path) -> None:
    """A German cost list's supplier column naming a firm ``Betrieb`` (a works, a
    business): it is no CapEx / OpEx column."""
    rows: list[list[object]] = [["Kostenstelle", "Lieferant", "Monat", "Ist"]]
    rows.append(["Bau", "Betrieb Schmidt", "2026-03", 1_200])
    rows.append(["IT", "Müller GmbH", "2026-03", 800])
    rows.append(["Bau", "Betrieb Schmidt", "2026-04", 900])
    adoption = adopt(book(tmp_path / "kosten.xlsx", "Kosten", rows))
    assert targets(only(adoption)).get("Lieferant") != "capex_opex"


# --- t50a: words ----------------------------------------------------------------------


def test_thai_compounds_starting_with_phon_are_no_actual() -> None:
    """Thai ``ผล`` alone (or before an unknown word) is the actual; the compounds of it
    that are words of their own are not: ``ผลประโยชน์`` (benefit), ``ผลตอบแทน`` (return),
    ``ผลงาน`` (work done), ``ผลการประเมิน`` (the assessment's result). Before, each read
    as the actual."""
    assert best_candidate("ผล", "finance") == ("actual", 1.0)
    for word in ("ผลประโยชน์", "ผลตอบแทน", "ผลงาน", "ผลการประเมิน"):
        assert "actual" not in (translate(word) or ""), word
        assert (best_candidate(word, "finance") or ("",))[0] != "actual", word


# --- the same shapes in German, French, Spanish, Italian and Portuguese ---------------


def test_band_headings_in_five_more_languages() -> None:
    """t50d's band headings as German, French, Spanish, Italian and Portuguese logs write
    them. Before, none named a side (only the Swedish, Norwegian and Danish did)."""
    standards = default_standards()
    inbound = [
        "WIR BRAUCHEN VON ANDEREN",
        "Ce dont nous avons besoin",
        "LO QUE NECESITAMOS DE OTROS",
        "Ciò di cui abbiamo bisogno dagli altri",
        "O que precisamos de outros",
        "Eingehende Abhängigkeiten",
    ]
    outbound = [
        "ANDERE BRAUCHEN VON UNS",
        "Ce que les autres attendent de nous",
        "Lo que otros necesitan de nosotros",
        "Ciò che gli altri si aspettano da noi",
        "O que outros precisam de nós",
        "Ausgehende Abhängigkeiten",
    ]
    for text in inbound:
        assert heading_direction(text, standards) == "Inbound", text
    for text in outbound:
        assert heading_direction(text, standards) == "Outbound", text


def test_german_dependency_log_in_two_bands(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Abhängigkeiten"], []]
    rows.append(["Nr.", "Abhängigkeit", "Anderes Projekt", "Verantwortlich", "Benötigt bis"])
    rows.append(["WIR BRAUCHEN VON ANDEREN"])
    rows.append(["1", "Netzfreischaltung", "P-201", "Anna Lang", "10.03.2026"])
    rows.append(["2", "Testdatenabzug", "P-305", "Bernd Roth", "01.04.2026"])
    rows.append(["ANDERE BRAUCHEN VON UNS"])
    rows.append(["3", "Schnittstellenbeschreibung", "P-118", "Carla Pohl", "04.05.2026"])
    adoption = adopt(book(tmp_path / "abh.xlsx", "Abhängigkeiten", rows))
    assert only(adoption).register == "dependencies"
    assert field(adoption, "dependencies", "direction") == ["Inbound", "Inbound", "Outbound"]


def test_summary_labels_with_their_period_in_five_more_languages() -> None:
    """t50d's ``Key messages this month`` in German, French, Spanish, Italian and
    Portuguese is the status summary; a budget or the risks of the month are not."""
    from addin.adopt.project import _field_for

    for label in (
        "Kernbotschaften des Monats",
        "Zusammenfassung des Berichtszeitraums",
        "Messages clés du mois",
        "Résumé de la période",
        "Mensajes clave del mes",
        "Resumen del periodo",
        "Messaggi chiave del mese",
        "Mensagens-chave do mês",
        "Resumo do mês",
    ):
        assert _field_for(label) == "status_summary", label
    for label in ("Budget des Monats", "Coût du mois", "Risques du mois"):
        assert _field_for(label) != "status_summary", label


def test_french_status_report_key_messages_of_the_month(tmp_path: Path) -> None:
    text = "Le permis est obtenu. Les offres dépassent l'estimation."
    rows: list[list[object]] = [["RAPPORT D'AVANCEMENT"], []]
    rows.append(["Nom du projet", "Rénovation du centre d'accueil"])
    rows.append(["Chef de projet", "Claire Martin"])
    rows.append(["Messages clés du mois", text])
    rows.append([])
    rows.append(["Réf.", "Jalon", "Date prévue", "Statut"])
    rows.append(["J1", "Gel de la conception", "2025-11-11", "Terminé"])
    rows.append(["J2", "Permis de construire", "2026-01-11", "En cours"])
    rows.append(["J3", "Démarrage du chantier", "2026-03-02", "Non démarré"])
    adoption = adopt(book(tmp_path / "rapport.xlsx", "Rapport", rows))
    assert adoption.project.header.status_summary == text


# --- t50c: a unit line's code before a spaced dash ------------------------------------


def _unit_line_costs(line: str) -> list[list[object]]:
    rows: list[list[object]] = [["Arena roof replacement - cost by month"], [line], []]
    rows.append(["Work Package", "Month", "Budget", "Actual"])
    rows.append(["Roof membrane", "Jan 2026", 80_000, 78_400])
    rows.append(["Roof membrane", "Feb 2026", 60_000, 61_900])
    rows.append(["Drainage", "Jan 2026", 20_000, 19_750])
    return rows


def test_a_unit_line_naming_two_currencies_names_none(tmp_path: Path) -> None:
    """A unit line whose dash is followed by a second currency (``All figures EUR - GBP for
    the UK entity``, ``All values CAD - USD``, ``All values CAD - US$ at 1.35``) does not
    say which the amounts are in: no currency. Before, the first or the second was taken."""
    for n, line in enumerate(
        (
            "All figures EUR - GBP for the UK entity",
            "All values CAD - USD",
            "All values CAD - US$ at 1.35",
        )
    ):
        adoption = adopt(book(tmp_path / f"roof{n}.xlsx", "Costs", _unit_line_costs(line)))
        assert adoption.project.header.currency is None, line


def test_a_unit_line_with_one_code_then_a_dash_in_five_languages(tmp_path: Path) -> None:
    """The one code before the dash names the currency, in English as in German, French,
    Spanish, Italian and Portuguese unit lines."""
    for n, line in enumerate(
        (
            "All values CAD - period values (not cumulative)",
            "Alle Werte CAD - Periodenwerte",
            "Tous les montants CAD - valeurs de la période",
            "Todos los importes CAD - valores del periodo",
            "Tutti gli importi CAD - valori del periodo",
            "Todos os valores CAD - valores do período",
        )
    ):
        adoption = adopt(book(tmp_path / f"roof{n}.xlsx", "Costs", _unit_line_costs(line)))
        assert adoption.project.header.currency == "CAD", line


def test_a_whole_months_range_in_five_more_languages() -> None:
    """t50c's date filter over one month, written with the range's words of German,
    French, Spanish, Italian and Portuguese (``vom ... bis``, ``du ... au``, ``del ... al``,
    ``dal ... al``, ``de ... a`` / ``até``), is that month; before, only ``..``, a dash or
    English ``to`` joined the two dates. A fortnight or two months in those words is none."""
    for text in (
        "vom 01.03.2026 bis 31.03.2026",
        "01.03.2026 bis 31.03.2026",
        "du 01/03/2026 au 31/03/2026",
        "del 01/03/2026 al 31/03/2026",
        "dal 01/03/2026 al 31/03/2026",
        "de 01/03/2026 a 31/03/2026",
        "01/03/2026 até 31/03/2026",
        "from 01/03/2026 to 31/03/2026",
    ):
        assert month_span(text) == date(2026, 3, 1), text
    assert month_span("01.03.2026 bis 15.03.2026") is None
    assert month_span("du 01/03/2026 au 30/04/2026") is None


def test_german_export_period_vom_bis_reads_as_the_month(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Zeitraum", "Konto", "Kontoname", "Budget", "Ist"]]
    rows += [
        ["01.03.2026 bis 31.03.2026", 4100, "Bühnenlicht", 12_000, 11_480],
        ["01.03.2026 bis 31.03.2026", 5200, "Bestuhlung", 30_000, 29_100],
        ["01.04.2026 bis 30.04.2026", 4100, "Bühnenlicht", 8_000, 8_240],
        ["01.04.2026 bis 30.04.2026", 5200, "Bestuhlung", 15_000, 14_950],
    ]
    adoption = adopt(book(tmp_path / "bva.xlsx", "Budget Ist", rows))
    table = only(adoption)
    assert table.register == "finance"
    assert targets(table)["Zeitraum"] == "month"
    lines = finance_by_line(adoption)
    assert lines[date(2026, 3, 1), "Bühnenlicht"].actual == 11_480
    assert lines[date(2026, 4, 1), "Bestuhlung"].budget == 15_000
