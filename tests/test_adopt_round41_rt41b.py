"""Round 41 (task rt41b): red team of round 41's first merged rules (t52a, t52b, t52d).

Each attack is a small workbook of a PMO's other kinds, built here: near misses each rule
must not fire on, and the same shapes in English, German, French, Spanish, Italian and
Portuguese, which it should read."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from addin.adopt.convert import list_for_column, month_number
from addin.adopt.dates import month_period
from addin.adopt.status_flags import flag_status
from addin.standards import default_standards
from tests.adopt_sheets import adopt, book, field, only, registers, targets

_SPRINTS = [
    (datetime(2026, 1, 5), datetime(2026, 1, 16), 30, 27),
    (datetime(2026, 1, 19), datetime(2026, 1, 30), 28, 28),
    (datetime(2026, 2, 2), datetime(2026, 2, 13), 32, 25),
]


def _by_sprint(header: list[object], third: object, fourth: object) -> list[list[object]]:
    rows: list[list[object]] = [header]
    for n, (start, end, _, _) in enumerate(_SPRINTS, start=1):
        rows.append([f"Sprint {n}", start, end, third, fourth])
    return rows


@pytest.mark.parametrize(
    ("sheet", "header"),
    [
        ("Sprints", ["Sprint", "Beginn", "Ende", "Zugesagt", "Erledigt"]),
        ("Sprints", ["Sprint", "Début", "Fin", "Points engagés", "Points terminés"]),
        ("Sprints", ["Sprint", "Inicio", "Fin", "Puntos comprometidos", "Puntos completados"]),
        ("Sprint", ["Sprint", "Inizio", "Fine", "Punti pianificati", "Punti completati"]),
        ("Sprints", ["Sprint", "Início", "Fim", "Pontos planejados", "Pontos concluídos"]),
    ],
)
def test_a_sprint_report_in_five_languages_reads_points_done(
    tmp_path: Path, sheet: str, header: list[object]
) -> None:
    """A sprint report's points completed are read in its language: German ``Erledigt``
    (done), French ``Points terminés``, Portuguese ``Pontos concluídos`` were left out,
    since the points' words were read in English and as a header only; the header's words
    are read as values too (done, complete)."""
    rows: list[list[object]] = [header]
    for n, (start, end, committed, done) in enumerate(_SPRINTS, start=1):
        rows.append([f"Sprint {n}", start, end, committed, done])
    adoption = adopt(book(tmp_path / "sprints.xlsx", sheet, rows))
    table = only(adoption)
    assert table.register == "iterations"
    assert targets(table)[str(header[4])] == "completed_points"
    assert field(adoption, "iterations", "committed_points") == [30, 28, 32]
    assert field(adoption, "iterations", "completed_points") == [27, 28, 25]


@pytest.mark.parametrize(
    ("header", "third", "fourth"),
    [
        (["Sprint", "Start", "End", "Available hours", "Planned hours"], 300, 280),
        (["Sprint", "Start", "End", "Release", "Planned features"], "R1", 4),
        (["Sprint", "Start", "End", "Planned cost", "Actual cost"], 30000, 27000),
        (["Sprint", "Opened from", "Closed until", "Defects planned", "Defects done"], 5, 4),
        (["Sprint", "Beginn", "Ende", "Geplante Stunden", "Verfügbare Stunden"], 280, 300),
    ],
)
def test_a_plan_by_sprint_of_hours_money_or_features_is_no_sprint_report(
    tmp_path: Path, header: list[object], third: object, fourth: object
) -> None:
    """Near misses: a sprint capacity plan (hours), a release plan by sprint (features), a
    cost plan by sprint, a defect count by sprint say planned and done, but of another
    measure than story points: no velocity record, never the Iterations register (they
    were read so, their hours or costs as committed points)."""
    adoption = adopt(book(tmp_path / "plan.xlsx", "Plan", _by_sprint(header, third, fourth)))
    assert "iterations" not in registers(adoption)


def test_a_retrospective_and_a_velocity_chart_with_no_dates_are_no_sprint_report(
    tmp_path: Path,
) -> None:
    """Near misses that held: a retrospective's actions (one date each, no span) and a
    velocity chart's data (points, no dates) are no Iterations register."""
    rows: list[list[object]] = [["Sprint", "Action", "Owner", "Raised", "Due", "Votes"]]
    for n, (start, end, _, _) in enumerate(_SPRINTS, start=1):
        rows.append([f"Sprint {n}", "Fix the flaky build", "Ann Lee", start, end, 3])
    assert "iterations" not in registers(adopt(book(tmp_path / "retro.xlsx", "Retro", rows)))
    rows = [["Sprint", "Committed", "Completed"]]
    rows += [[f"Sprint {n}", c, d] for n, (_, _, c, d) in enumerate(_SPRINTS, start=1)]
    assert "iterations" not in registers(adopt(book(tmp_path / "vel.xlsx", "Velocity", rows)))


def _typed_log(header: list[object], kinds: list[str]) -> list[list[object]]:
    rows: list[list[object]] = [header]
    for n, kind in enumerate(kinds, start=1):
        status = "Open" if n % 2 else "Closed"
        priority = "High" if n % 2 else "Low"
        rows.append([n, kind, f"Entry {n} of the log", datetime(2026, 2, n), "Ann Lee", priority])
        rows[-1].append(status)
    return rows


_EN = ["ID", "Type", "Title", "Raised", "Owner", "Priority", "Status"]


@pytest.mark.parametrize(
    ("header", "kind"),
    [
        (_EN, "Change Request"),
        (_EN, "RFC"),
        (
            ["Nr.", "Art", "Titel", "Gemeldet am", "Bearbeiter", "Dringlichkeit", "Status"],
            "Änderungsantrag",
        ),
        (
            ["N°", "Type", "Titre", "Ouvert", "Responsable", "Priorité", "Statut"],
            "Demande de changement",
        ),
        (
            ["ID", "Tipo", "Título", "Alta", "Responsable", "Prioridad", "Estado"],
            "Solicitud de cambio",
        ),
    ],
)
def test_a_log_of_change_requests_only_is_no_register(
    tmp_path: Path, header: list[object], kind: str
) -> None:
    """Near miss of t52d's rule: a list whose type column says every entry is a change
    request (``Change Request``, ``RFC``, ``Änderungsantrag``, ``Demande de changement``,
    ``Solicitud de cambio``) is a change request log, which the standard holds no register
    of (the lead's standing ruling): listed, not adopted. It was read as the issue
    register."""
    adoption = adopt(book(tmp_path / "log.xlsx", "Log", _typed_log(header, [kind] * 4)))
    assert not adoption.report.adopted_tables
    (refused,) = adoption.report.tables
    assert "change request log" in refused.reason


def test_a_log_of_problems_and_change_requests_stays_the_issue_register(tmp_path: Path) -> None:
    """t52d's rule in English: problems beside change requests are issues of the
    standard's own types."""
    kinds = ["Problem", "Change Request", "Problem", "Change Request"]
    adoption = adopt(book(tmp_path / "log.xlsx", "Log", _typed_log(_EN, kinds)))
    assert only(adoption).register == "issues"
    assert field(adoption, "issues", "type")[:2] == ["Problem", "Request for Change"]


def _assumptions(flag: str) -> list[list[object]]:
    return [
        ["Assumption", "Owner", flag],
        ["Site access from 7am", "Ann Lee", "Yes"],
        ["Drawings supplied as DWG", "Ann Lee", "No"],
        ["No permit needed", "Bo Chan", "Yes"],
    ]


@pytest.mark.parametrize(
    "flag",
    [
        "Confirmed by client",
        "Vom Kunden bestätigt?",
        "Confirmé par le client",
        "Confirmado por el cliente",
        "Confermato dal cliente",
        "Confirmado pelo cliente",
    ],
)
def test_a_flag_naming_who_confirmed_in_six_languages(tmp_path: Path, flag: str) -> None:
    """t52b's flag naming the party that answered, in six languages: German ``vom``,
    Italian ``dal``, Portuguese ``pelo`` (by, with the article) are set aside with the party
    as ``by`` / ``par`` / ``por`` are; they were left unread."""
    adoption = adopt(book(tmp_path / "a.xlsx", "Assumptions", _assumptions(flag)))
    assert targets(only(adoption))[flag] == "status"
    assert field(adoption, "assumptions", "status") == ["Validated", None, "Validated"]


@pytest.mark.parametrize(
    "flag", ["Client informed?", "Client notified", "Kunde informiert?", "Escalated to client?"]
)
def test_a_flag_naming_a_party_and_no_closing_status_stays_unread(
    tmp_path: Path, flag: str
) -> None:
    """Near misses that held: informing or notifying the client closes nothing."""
    adoption = adopt(book(tmp_path / "a.xlsx", "Assumptions", _assumptions(flag)))
    assert targets(only(adoption))[flag] is None


def test_a_negated_status_in_romance_languages_is_not_its_opposite() -> None:
    """``Non confermato`` (Italian), ``No confirmado`` (Spanish), ``Não confirmado``
    (Portuguese) read in English as ``no validated``, which the list read as Validated (a
    close spelling): ``no`` before a list word negates it, as ``non`` / ``not`` / ``un``
    did. The flag header ``Non confermato dal cliente`` is no status flag either."""
    standards = default_standards()
    status = list_for_column("assumption_status", standards)
    for text in ("Non confermato", "No confirmado", "Não confirmado"):
        assert status(text).value == text and status(text).problem is not None
    assert status("Confermato").value == "Validated"
    assert status("Confirmado").value == "Validated"
    issue = list_for_column("issue_status", standards)
    assert issue("Non risolto").value == "Non risolto"
    assert issue("Risolto").value == "Resolved"
    assert flag_status("Non confermato dal cliente", "assumption_status", standards) is None
    assert flag_status("Confermato dal cliente", "assumption_status", standards) == "Validated"


def test_a_payment_plan_whose_paid_flag_is_its_only_sign_stays_without_status(
    tmp_path: Path,
) -> None:
    """Near miss of t52b's money flags (held, as ruled here): a payment milestone plan with
    only ``Paid?`` beside each payment's due date says the money moved, not that the
    milestone was reached: the flag is left out and no status is guessed from it, in any
    language (``Payé``, ``Pagado``, ``Pagato``, ``Pago``)."""
    rows: list[list[object]] = [
        ["No.", "Payment milestone", "Due date", "Amount", "Paid?"],
        [1, "Mobilisation", datetime(2026, 1, 16), 10000, "Yes"],
        [2, "Design", datetime(2026, 3, 13), 20000, "No"],
        [3, "Launch", datetime(2026, 5, 8), 30000, None],
    ]
    adoption = adopt(book(tmp_path / "pay.xlsx", "Payment plan", rows))
    assert targets(only(adoption))["Paid?"] is None
    assert field(adoption, "milestones", "status") == [None, None, None]
    for word in ("Payé", "Pagado", "Pagato", "Pago"):
        rows = [["Milestone", "Planned Date", word], ["Kick-off", "2026-01-16", "Yes"]]
        rows.append(["Launch", "2026-05-08", "No"])
        adoption = adopt(book(tmp_path / f"{word}.xlsx", "Milestones", rows))
        assert targets(only(adoption))[word] is None


def test_net_beside_gross_and_net_variance_in_an_invoice_register(tmp_path: Path) -> None:
    """Near misses that held: ``Net`` beside ``VAT`` and ``Gross`` is the actual (round
    35's rule), a ``Net variance`` beside the invoiced amount is no amount, and a ``Net``
    on a budget sheet stays unread."""
    rows: list[list[object]] = [
        ["Invoice", "Supplier", "Month", "Cost line", "Net", "VAT", "Gross"],
        ["I-1", "Acme", "Jan 2026", "Design", 1000, 200, 1200],
        ["I-2", "Acme", "Feb 2026", "Build", 2000, 400, 2400],
    ]
    adoption = adopt(book(tmp_path / "inv.xlsx", "Invoice log", rows))
    assert targets(only(adoption))["Net"] == "actual"
    assert field(adoption, "finance", "actual") == [1000, 2000]
    rows = [
        ["Invoice", "Month", "Cost line", "Invoiced", "Net variance"],
        ["I-1", "Jan 2026", "Design", 1000, -50],
        ["I-2", "Feb 2026", "Build", 2000, 30],
    ]
    adoption = adopt(book(tmp_path / "var.xlsx", "Invoice log", rows))
    assert targets(only(adoption))["Net variance"] is None
    assert field(adoption, "finance", "actual") == [1000, 2000]
    rows = [["Cost line", "Month", "Budget", "Net"], ["Design", "Jan 2026", 1000, -50]]
    rows.append(["Build", "Feb 2026", 2000, 30])
    adoption = adopt(book(tmp_path / "bud.xlsx", "Budget", rows))
    assert targets(only(adoption))["Net"] is None


def test_a_short_word_beside_a_year_that_is_no_month() -> None:
    """Near misses of t52a's month beside its year that held: the words for year and total
    of non-Latin scripts (Hindi, Arabic, Thai, Japanese, Korean, Greek, Russian) and a name
    beside 2026 are no month; the six languages' short months beside their year are."""
    for text in ("वर्ष 2026", "कुल 2026", "عام 2026", "ปี 2026", "รวม 2026", "合計 2026"):
        assert month_period(text) is None, text
    for text in ("년 2026", "Σύνολο 2026", "Итого 2026", "Год 2026", "सुनीता 2026"):
        assert month_period(text) is None, text
    assert month_period("Mar 2026") == (2026, 3)
    assert month_period("Mai 2026") == (2026, 5)
    assert month_period("févr. 2026") == (2026, 2)
    assert month_period("dic 2026") == (2026, 12)
    assert month_period("fev 2026") == (2026, 2)


def test_a_year_first_quarter_is_no_month_and_year_first_months_read() -> None:
    """Near misses of t52a's year-first month that held: a Hungarian quarter (``2026. 1.
    negyedév``) and ``2026. Q1`` are no month; ``2026 Feb``, ``2026 févr.``, ``2026 Mär``,
    ``2026 mars`` are."""
    assert month_number("2026. 1. negyedév") is None
    assert month_number("2026. Q1") is None
    assert month_number("2026 Feb") == 2
    assert month_number("2026 févr.") == 2
    assert month_number("2026 Mär") == 3
    assert month_number("2026 mars") == 3


def test_a_first_of_the_month_that_is_an_items_own_date_is_not_carried() -> None:
    """Near miss of t52a's carried month that held: a column of items' own dates, one on the
    1st, another on the 14th of the same month, is no block of months."""
    from addin.adopt.periods import carried_down_months

    assert carried_down_months([datetime(2026, 3, 1), None, None, datetime(2026, 4, 1), None])
    dates = [datetime(2026, 3, 1), None, datetime(2026, 3, 14), datetime(2026, 4, 1), None]
    assert not carried_down_months(dates)


@pytest.mark.parametrize("header", ["Dringlichkeit", "Urgence", "Urgencia", "Urgenza", "Urgência"])
def test_urgency_is_an_issue_lists_priority_in_five_languages(tmp_path: Path, header: str) -> None:
    """t52d's ``Dringlichkeit`` (urgency) read as the priority, as English ``Urgency`` is:
    the Spanish, Italian and Portuguese words were left out."""
    rows: list[list[object]] = [
        ["ID", "Issue", "Owner", header, "Status"],
        [1, "Late drawings for the hall", "Ann Lee", "High", "Open"],
        [2, "Crane booking lost", "Bo Chan", "Low", "Closed"],
    ]
    adoption = adopt(book(tmp_path / "issues.xlsx", "Issues", rows))
    assert targets(only(adoption))[header] == "priority"
    assert field(adoption, "issues", "priority") == ["High", "Low"]


@pytest.mark.parametrize(
    "header",
    [
        ["Risorsa", "Ruolo", "Mese", "Giorni assegnati", "Giorni disponibili"],
        ["Recurso", "Função", "Mês", "Dias alocados", "Dias disponíveis"],
        ["Ressource", "Rôle", "Mois", "Jours affectés", "Jours disponibles"],
        ["Mitarbeiter", "Rolle", "Monat", "Zugewiesen (Tage)", "Verfügbar (Tage)"],
    ],
)
def test_a_long_resource_plan_reads_days_allocated_in_its_language(
    tmp_path: Path, header: list[object]
) -> None:
    """t52d's long plan of days allocated and available in Italian and Portuguese (both
    refused: ``assegnati`` / ``alocados``, ``disponibili`` / ``disponíveis`` were unknown),
    as in French and German: the days allocated are the plan, the days available left out."""
    rows: list[list[object]] = [
        header,
        ["Anna", "Dev", "Jan 2026", 6, 15],
        ["Anna", "Dev", "Feb 2026", 8, 16],
        ["Ben", "Test", "Jan 2026", 3, 12],
        ["Ben", "Test", "Feb 2026", 9, 17],
    ]
    adoption = adopt(book(tmp_path / "plan.xlsx", "Plan", rows))
    table = only(adoption)
    assert table.register == "resources"
    assert targets(table)[str(header[3])] == "planned_days"
    assert targets(table)[str(header[4])] is None
    assert field(adoption, "resources", "planned_days") == [6, 8, 3, 9]


def test_a_finish_column_with_grade_letters_gains_no_certainty() -> None:
    """Near miss of t52d's actual flag that held: an ``Ende`` column of dates with trailing
    grade letters (``20.03.26 B``, ``01.07.26 C``) beside an ``A`` is no tool's actual flag."""
    from addin.adopt.classify import _flagged_finish
    from addin.adopt.match import Candidate

    weak = [Candidate("forecast_date", 0.873, "end")]
    assert _flagged_finish(weak, ["03.02.26 A", "20.03.26 B", "15.06.26"]) == weak
    assert _flagged_finish(weak, ["03.02.26 A", "15.06.26 B", "01.07.26 C"]) == weak


@pytest.mark.parametrize(
    "header",
    [
        ["Kostenposition", "Monat", "Budget", "Ist"],
        ["Poste", "Mois", "Budget", "Réel"],
        ["Partida", "Mes", "Presupuesto", "Real"],
        ["Voce", "Mese", "Budget", "Consuntivo"],
        ["Rubrica", "Mês", "Orçamento", "Realizado"],
    ],
)
def test_parent_rows_carry_their_line_in_five_languages(
    tmp_path: Path, header: list[object]
) -> None:
    """t52d's parent rows (a line with no month, its amounts the sums of the month rows
    under it) in German, French, Spanish, Italian and Portuguese: held."""
    rows: list[list[object]] = [
        header,
        ["Licences", None, 3000.0, 2950.0],
        [None, datetime(2026, 1, 1), 1000.0, 950.0],
        [None, datetime(2026, 2, 1), 2000.0, 2000.0],
        ["Consultancy", None, 9000.0, 8100.5],
        [None, datetime(2026, 1, 1), 4000.0, 3600.5],
        [None, datetime(2026, 2, 1), 5000.0, 4500.0],
    ]
    adoption = adopt(book(tmp_path / "budget.xlsx", "Budget", rows))
    assert field(adoption, "finance", "cost_line") == [
        "Licences",
        "Licences",
        "Consultancy",
        "Consultancy",
    ]
    assert field(adoption, "finance", "budget") == [1000.0, 2000.0, 4000.0, 5000.0]


def test_a_subtotal_row_under_its_items_is_no_parent(tmp_path: Path) -> None:
    """Near miss of t52d's parent rows that held: a subtotal row closing its month rows
    (its line named under them) carries nothing up or down; the months keep no line."""
    rows: list[list[object]] = [
        ["Cost line", "Month", "Budget", "Actual"],
        [None, datetime(2026, 1, 1), 1000.0, 950.0],
        [None, datetime(2026, 2, 1), 2000.0, 2000.0],
        ["Licences subtotal", None, 3000.0, 2950.0],
        [None, datetime(2026, 1, 1), 4000.0, 3600.5],
        [None, datetime(2026, 2, 1), 5000.0, 4500.0],
        ["Consultancy subtotal", None, 9000.0, 8100.5],
    ]
    adoption = adopt(book(tmp_path / "budget.xlsx", "Budget", rows))
    assert "Consultancy subtotal" not in field(adoption, "finance", "cost_line")
    assert field(adoption, "finance", "budget") == [1000.0, 2000.0, 4000.0, 5000.0]


@pytest.mark.parametrize(
    ("sheet", "header"),
    [
        ("Invoice register", ["No.", "Supplier", "Month", "Cost line", "Net"]),
        ("Registre des factures", ["N°", "Fournisseur", "Mois", "Poste", "Net"]),
        ("Registro de facturas", ["N.º", "Proveedor", "Mes", "Partida", "Neto"]),
        ("Registro fatture", ["N.", "Fornitore", "Mese", "Voce", "Netto"]),
    ],
)
def test_a_bare_net_in_an_invoice_register_named_register_first(
    tmp_path: Path, sheet: str, header: list[object]
) -> None:
    """t52b's bare ``Net`` of a project's own invoice register, where the Romance languages
    name the register first (``Registre des factures``, ``Registro de facturas``,
    ``Registro fatture``: read ``register invoices``) and Spanish writes ``Neto``: each was
    refused, since only ``invoice register`` (the English order) named one."""
    rows: list[list[object]] = [
        header,
        [1, "Alfa", "01/2026", "Design", 100.0],
        [2, "Beta", "02/2026", "Build", 200.0],
        [3, "Beta", "02/2026", "Design", 300.0],
    ]
    adoption = adopt(book(tmp_path / "inv.xlsx", sheet, rows))
    table = only(adoption)
    assert table.register == "finance"
    assert targets(table)[str(header[4])] == "actual"
    assert field(adoption, "finance", "actual") == [100.0, 200.0, 300.0]


def test_a_register_of_invoices_issued_to_clients_is_no_invoice_register() -> None:
    """Near miss: the invoices a project raises (``Registre des factures clients``,
    ``Registro de facturas emitidas``, ``Registro fatture emesse``) are its income, no
    spend, in the Romance order too; the suppliers' invoices are the register."""
    from addin.adopt.register_names import invoice_register

    for text in (
        "Registre des factures clients",
        "Registro de facturas emitidas",
        "Registro fatture emesse",
        "Client invoice log",
    ):
        assert not invoice_register(text), text
    for text in ("Registre des factures fournisseurs", "Registro de facturas", "Invoice log"):
        assert invoice_register(text), text


@pytest.mark.parametrize(
    "choices",
    [
        ["1 - Kritisch", "2 - Hoch", "3 - Mittel", "4 - Niedrig"],
        ["1 - Crítica", "2 - Alta", "3 - Media", "4 - Baja"],
        ["1 - Critica", "2 - Alta", "3 - Media", "4 - Bassa"],
        ["1 - Crítica", "2 - Alta", "3 - Média", "4 - Baixa"],
    ],
)
def test_a_tools_numbered_choice_in_four_more_languages(tmp_path: Path, choices: list[str]) -> None:
    """t52d's numbered choice read by its word, in German, Spanish, Italian, Portuguese: held."""
    rows: list[list[object]] = [["Number", "Short description", "Priority", "State", "Opened"]]
    for n, choice in enumerate(choices, start=1):
        rows.append([f"PRB00{n}", f"Problem number {n} in the portal", choice, "Open"])
        rows[-1].append(datetime(2026, 2, n))
    adoption = adopt(book(tmp_path / "p.xlsx", "Problems", rows))
    assert field(adoption, "issues", "priority") == ["Critical", "High", "Medium", "Low"]


def test_a_range_or_a_code_with_a_number_is_no_numbered_choice(tmp_path: Path) -> None:
    """Near misses of t52d's numbered choice that held: a code ``3 - B`` under Priority and
    a range ``2 - 3 weeks`` under an estimate are read as no priority."""
    rows: list[list[object]] = [["Number", "Short description", "Priority", "Estimate", "State"]]
    for n, (code, weeks) in enumerate([("3 - B", "2 - 3 weeks"), ("1 - A", "1 - 2 days")], 1):
        rows.append([f"PRB00{n}", f"Problem number {n} in the portal", code, weeks, "Open"])
    rows.append(["PRB003", "Problem number 3 in the portal", "2 - C", "3 - 4 days", "Open"])
    adoption = adopt(book(tmp_path / "p.xlsx", "Problems", rows))
    mapped = targets(only(adoption))
    assert mapped["Priority"] is None
    assert mapped["Estimate"] is None


def test_a_milestone_plan_with_a_sprint_column_stays_milestones(tmp_path: Path) -> None:
    """Near miss of t52d's sprint report that held: a milestone plan whose first column is
    the sprint each milestone falls in is the milestone plan."""
    rows: list[list[object]] = [["Sprint", "Milestone", "Planned date", "Forecast date", "Status"]]
    for n, (start, end, _, _) in enumerate(_SPRINTS, start=1):
        rows.append([f"Sprint {n}", f"Gate {n}", start, end, "On Track"])
    adoption = adopt(book(tmp_path / "m.xlsx", "Milestones", rows))
    assert registers(adoption) == ["milestones"]
    assert field(adoption, "milestones", "milestone") == ["Gate 1", "Gate 2", "Gate 3"]


def test_dutch_severity_words_on_an_issue_list_and_a_risk_register(tmp_path: Path) -> None:
    """t52b's Dutch severity words beside other Dutch registers: held (an issue list's
    severity, a risk's impact)."""
    rows: list[list[object]] = [
        ["Nr", "Omschrijving", "Ernst", "Prioriteit", "Status", "Eigenaar"],
        [1, "Knop werkt niet", "Blokkerend", "Hoog", "Open", "Jan"],
        [2, "Typfout op het scherm", "Cosmetisch", "Laag", "Gesloten", "Piet"],
        [3, "Traag bij het opslaan", "Ernstig", "Hoog", "Open", "Kees"],
    ]
    adoption = adopt(book(tmp_path / "i.xlsx", "Issues", rows))
    assert field(adoption, "issues", "severity") == [5.0, 1.0, 4.0]


def test_grade_letters_beside_dates_are_no_tools_actual_flag(tmp_path: Path) -> None:
    """A column of dates with a grade letter after each (``03.02.26 A``, ``20.03.26 B``):
    the ``A`` is a grade as the ``B`` is, not P6's actual flag, so no row gains an Actual
    Date from it (the first row was read as done on 3 February). P6's own column (``A`` on
    done rows, nothing on the others) keeps round 14's reading."""
    rows: list[list[object]] = [
        ["Milestone", "Owner", "Ende"],
        ["Design review", "Ann Lee", "03.02.26 A"],
        ["Code review", "Bo Chan", "20.03.26 B"],
        ["Go-live", "Cy Diaz", "15.06.26"],
    ]
    adoption = adopt(book(tmp_path / "graded.xlsx", "Reviews", rows))
    assert field(adoption, "milestones", "actual_date") == [None, None, None]
    rows = [[*row[:2], str(row[2]).replace(" B", "")] for row in rows]
    adoption = adopt(book(tmp_path / "p6.xlsx", "Reviews", rows))
    assert field(adoption, "milestones", "actual_date")[0] == date(2026, 2, 3)
