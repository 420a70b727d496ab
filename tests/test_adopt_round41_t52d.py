"""Round 41 (task t52d): tuning on the hundred-and-nineteenth batch (tool exports and method
templates). Each rule on a small workbook of its own shape, not the batch's."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from tests.adopt_sheets import adopt, book, field, only, targets


def _change_list(title: str | None) -> list[list[object]]:
    rows: list[list[object]] = [[title], []] if title else []
    rows.append(
        [
            "Lfd. Nr.",
            "Art",
            "Titel",
            "Gemeldet am",
            "Bearbeiter",
            "Dringlichkeit",
            "Status",
            "Erledigt am",
        ]
    )
    rows.append(
        [
            1,
            "Änderungsantrag",
            "Zusätzliche Schnittstelle zum Lager",
            datetime(2026, 2, 3),
            "K. Roth",
            "hoch",
            "offen",
            None,
        ]
    )
    rows.append(
        [
            2,
            "Problemmeldung",
            "Anmeldung schlägt nach Update fehl",
            datetime(2026, 2, 9),
            "L. Vogt",
            "mittel",
            "erledigt",
            datetime(2026, 2, 20),
        ]
    )
    rows.append(
        [
            3,
            "Problemmeldung",
            "Bericht zeigt falsche Summen",
            datetime(2026, 3, 1),
            "K. Roth",
            "niedrig",
            "offen",
            None,
        ]
    )
    rows.append(
        [
            4,
            "Änderungsantrag",
            "Neues Feld Kostenstelle im Auftrag",
            datetime(2026, 3, 4),
            "L. Vogt",
            "mittel",
            "offen",
            None,
        ]
    )
    return rows


def test_german_problem_and_change_list_is_an_issue_register(tmp_path: Path) -> None:
    """A German list of problem reports and change requests (V-Modell XT's habit): its
    ``Art`` column says each entry is a Problem or a Request for Change, the issue
    register's own types, so the list is the issue register, even under a title naming
    change requests; ``Bearbeiter`` is the owner and ``Dringlichkeit`` (urgency) the
    priority. Before, it was refused as a change request log, or as not clearly a register."""
    for n, title in enumerate((None, "Problemmeldungen und Änderungsanträge")):
        adoption = adopt(book(tmp_path / f"pae{n}.xlsx", "Liste", _change_list(title)))
        table = only(adoption)
        assert table.register == "issues"
        mapped = targets(table)
        assert mapped["Bearbeiter"] == "owner"
        assert mapped["Dringlichkeit"] == "priority"
        assert mapped["Erledigt am"] == "closed_date"
        assert field(adoption, "issues", "type") == [
            "Request for Change",
            "Problem",
            "Problem",
            "Request for Change",
        ]
        assert field(adoption, "issues", "owner") == ["K. Roth", "L. Vogt", "K. Roth", "L. Vogt"]
        assert field(adoption, "issues", "priority") == ["High", "Medium", "Low", "Medium"]
        assert field(adoption, "issues", "closed_date")[1] == date(2026, 2, 20)


def test_a_change_log_with_no_issue_types_stays_refused(tmp_path: Path) -> None:
    """A change request log whose entries are all change requests of its own kinds (no
    problem among them) stays no register of the standard's."""
    rows: list[list[object]] = [["Änderungsanträge"], []]
    rows.append(["CR-Nr.", "Änderung", "Beantragt am", "Antragsteller", "Kosten (EUR)", "Status"])
    rows.append(["CR-01", "Zweiter Serverraum", datetime(2026, 1, 5), "IT", 12000, "genehmigt"])
    rows.append(["CR-02", "Mehr Lizenzen", datetime(2026, 1, 19), "Einkauf", 3000, "offen"])
    rows.append(["CR-03", "Neue Schnittstelle", datetime(2026, 2, 2), "Vertrieb", 8000, "offen"])
    adoption = adopt(book(tmp_path / "cr.xlsx", "CR-Liste", rows))
    assert not adoption.report.adopted_tables


def test_dutch_long_resource_plan_reads_allocated_and_available_days(tmp_path: Path) -> None:
    """A Dutch tool's assignment export, one row per person and month: ``Toegewezen
    (dagen)`` is the days allocated (the plan), ``Beschikbaar (dagen)`` the days available
    (left out), as ``Allocated (days)`` / ``Available (days)`` are read. Before, the two
    columns of days said no plan in Dutch, and the table was refused."""
    rows: list[list[object]] = [
        ["Medewerker", "Rol", "Periode", "Toegewezen (dagen)", "Beschikbaar (dagen)"],
        ["Visser, Anouk", "Ontwerper", "jan 2026", 6, 15],
        ["Visser, Anouk", "Ontwerper", "feb 2026", 8, 16],
        ["Smit, Daan", "Tester", "jan 2026", 3, 12],
        ["Smit, Daan", "Tester", "feb 2026", 9, 17],
    ]
    adoption = adopt(book(tmp_path / "inzet.xlsx", "Inzet", rows))
    table = only(adoption)
    assert table.register == "resources"
    mapped = targets(table)
    assert mapped["Toegewezen (dagen)"] == "planned_days"
    assert mapped["Beschikbaar (dagen)"] is None
    assert field(adoption, "resources", "planned_days") == [6, 8, 3, 9]
    assert field(adoption, "resources", "month")[1] == date(2026, 2, 1)
    assert field(adoption, "resources", "role") == ["Ontwerper", "Ontwerper", "Tester", "Tester"]


def test_german_long_plan_with_only_available_days_is_no_plan(tmp_path: Path) -> None:
    """Near-miss: a German capacity list holding only the days available per person and
    month (``Verfügbar (Tage)``) plans no work: not adopted as a resource plan."""
    rows: list[list[object]] = [
        ["Mitarbeiter", "Rolle", "Monat", "Verfügbar (Tage)"],
        ["Anna Kurz", "Entwicklerin", "Jan 2026", 18],
        ["Anna Kurz", "Entwicklerin", "Feb 2026", 17],
        ["Ben Lang", "Tester", "Jan 2026", 20],
        ["Ben Lang", "Tester", "Feb 2026", 19],
    ]
    adoption = adopt(book(tmp_path / "kap.xlsx", "Kapazität", rows))
    assert "resources" not in [t.register for t in adoption.report.adopted_tables]


def _grouped_budget(parent_budget: float) -> list[list[object]]:
    return [
        ["Cost line", "Month", "Budget (EUR)", "Actual (EUR)", "Notes"],
        ["Licences", None, parent_budget, 2950.0, None],
        [None, datetime(2026, 1, 1), 1000.0, 950.0, "renewal"],
        [None, datetime(2026, 2, 1), 2000.0, 2000.0, None],
        ["Consultancy", None, 9000.0, 8100.5, None],
        [None, datetime(2026, 1, 1), 4000.0, 3600.5, None],
        [None, datetime(2026, 2, 1), 5000.0, 4500.0, "two days extra"],
    ]


def test_parent_rows_of_a_long_budget_carry_their_line_down(tmp_path: Path) -> None:
    """A budget kept one row per line and month under a parent row per line (Smartsheet's
    outline, or a sheet grouped by hand): the parent names the line, its amounts are the
    sums of the month rows under it. Each month row is read under its parent's line and the
    parent row is no item (its amounts would count twice). Before, the parents were read as
    lines of no month and the month rows as lines of no name."""
    adoption = adopt(book(tmp_path / "budget.xlsx", "Budget", _grouped_budget(3000.0)))
    table = only(adoption)
    assert table.register == "finance"
    assert table.items == {"finance": 4}
    assert field(adoption, "finance", "cost_line") == [
        "Licences",
        "Licences",
        "Consultancy",
        "Consultancy",
    ]
    assert field(adoption, "finance", "budget") == [1000.0, 2000.0, 4000.0, 5000.0]
    assert field(adoption, "finance", "actual")[3] == 4500.0
    assert [s.row for s in table.skipped_rows] == [2, 5]
    assert all("a parent row" in s.reason for s in table.skipped_rows)


def test_a_line_row_that_is_not_the_sum_stays_an_item(tmp_path: Path) -> None:
    """Near-miss: when a line row's amounts are not the sums of the rows under it, it is no
    roll-up: nothing is carried down and the rows are read as written."""
    adoption = adopt(book(tmp_path / "budget2.xlsx", "Budget", _grouped_budget(3500.0)))
    assert "Licences" not in field(adoption, "finance", "cost_line")[1:3]
    assert 3500.0 in field(adoption, "finance", "budget")


def test_french_ticket_export_reads_numbered_choices_and_its_dates(tmp_path: Path) -> None:
    """A French ticket tool's problem list: its numbered choices (``4 - Faible``, ``2 -
    Élevée``) are read by their word in its language, as ``4 - Low`` is; ``Ouvert`` is when
    each was opened (raised) and ``Mis à jour`` when it was last changed; ``Correctif en
    cours`` (a fix under way) is In Progress. Before, the priority and status were left
    out as not fitting, and the update date was read as a due date."""
    rows: list[list[object]] = [
        ["Numéro", "Description courte", "Priorité", "État", "Attribué à", "Ouvert", "Mis à jour"],
        [
            "PRB0010021",
            "Lenteur du portail des adhérents le lundi matin",
            "4 - Faible",
            "Clôturé",
            "Luc Martin",
            "02/02/2026 09:10:00",
            "20/02/2026 11:00:00",
        ],
        [
            "PRB0010035",
            "Export comptable incomplet en fin de mois",
            "2 - Élevée",
            "Correctif en cours",
            "Inès Petit",
            "05/02/2026 14:22:10",
            "09/02/2026 08:30:00",
        ],
        [
            "PRB0010040",
            "Doublons dans la liste des fournisseurs",
            "3 - Modérée",
            "Correctif en cours",
            "Luc Martin",
            "11/02/2026 10:05:00",
            "12/02/2026 16:45:00",
        ],
        [
            "PRB0010052",
            "Courriels de relance envoyés deux fois",
            "2 - Élevée",
            "Clôturé",
            "Inès Petit",
            "16/02/2026 08:00:00",
            "03/03/2026 17:20:00",
        ],
    ]
    adoption = adopt(book(tmp_path / "problemes.xlsx", "Page 1", rows))
    table = only(adoption)
    assert table.register == "issues"
    mapped = targets(table)
    assert mapped["Priorité"] == "priority"
    assert mapped["État"] == "status"
    assert mapped["Ouvert"] == "raised_date"
    assert mapped["Mis à jour"] == "last_updated"
    assert field(adoption, "issues", "priority") == ["Low", "High", "Medium", "High"]
    assert field(adoption, "issues", "status") == ["Closed", "In Progress", "In Progress", "Closed"]
    assert field(adoption, "issues", "raised_date")[1] == date(2026, 2, 5)
    assert field(adoption, "issues", "last_updated")[3] == date(2026, 3, 3)


def test_swiss_decision_log_names_its_deciding_body(tmp_path: Path) -> None:
    """A Swiss decision log's ``Entscheidungsinstanz`` (the body that decided: a steering
    committee, the client) is the decision's Made By. Before, it was left out."""
    rows: list[list[object]] = [
        ["Nr.", "Datum", "Entscheid", "Begründung", "Entscheidungsinstanz"],
        [
            1,
            datetime(2026, 3, 2),
            "Pilot in zwei Gemeinden",
            "Risiko begrenzen",
            "Lenkungsausschuss",
        ],
        [2, datetime(2026, 3, 16), "Cloud-Betrieb gewählt", "Kosten", "Auftraggeber"],
        [3, datetime(2026, 4, 1), "Schulung extern vergeben", "Kapazität", "Lenkungsausschuss"],
    ]
    adoption = adopt(book(tmp_path / "entscheide.xlsx", "Entscheide", rows))
    table = only(adoption)
    assert table.register == "decisions"
    assert targets(table)["Entscheidungsinstanz"] == "made_by"
    assert field(adoption, "decisions", "made_by") == [
        "Lenkungsausschuss",
        "Auftraggeber",
        "Lenkungsausschuss",
    ]


def _sprints(header: list[object], with_points: bool = True) -> list[list[object]]:
    rows: list[list[object]] = [["Team Falcon - velocity"], [], header]
    for n, (start, end, planned, done, added) in enumerate(
        [
            (date(2026, 1, 5), date(2026, 1, 16), 30, 27, 3),
            (date(2026, 1, 19), date(2026, 1, 30), 28, 28, 0),
            (date(2026, 2, 2), date(2026, 2, 13), 32, 25, 5),
        ],
        start=14,
    ):
        row: list[object] = [f"Falcon It. {n}", start, end]
        rows.append(row + ([planned, done, added] if with_points else ["Release prep"]))
    return rows


def test_sprint_report_is_the_iterations_register(tmp_path: Path) -> None:
    """A team's sprint report (one row per sprint: its name, start and end, points
    committed, completed and added after it began) is the standard Iterations register,
    written to its sheet. Before, iterations were never adopted from a legacy file."""
    from openpyxl import load_workbook

    from addin.adopt.writer import write_adoption
    from addin.standards import default_standards

    header: list[object] = ["Iteration", "Begin", "Finish", "Planned pts", "Done pts"]
    header.append("Added mid-sprint")
    adoption = adopt(book(tmp_path / "velocity.xlsx", "Velocity", _sprints(header)))
    table = only(adoption)
    assert table.register == "iterations"
    mapped = targets(table)
    assert mapped["Planned pts"] == "committed_points"
    assert mapped["Done pts"] == "completed_points"
    assert mapped["Added mid-sprint"] == "scope_added"
    assert field(adoption, "iterations", "iteration") == [
        "Falcon It. 14",
        "Falcon It. 15",
        "Falcon It. 16",
    ]
    assert field(adoption, "iterations", "start")[2] == date(2026, 2, 2)
    assert field(adoption, "iterations", "end")[0] == date(2026, 1, 16)
    assert field(adoption, "iterations", "completed_points") == [27, 28, 25]
    out = write_adoption(adoption, tmp_path / "out.xlsx", default_standards())
    sheet = load_workbook(out)["Iterations"]
    assert sheet["A3"].value == "Falcon It. 15"
    assert sheet["D4"].value == 32


def test_sprint_calendar_without_points_is_no_iterations_register(tmp_path: Path) -> None:
    """Near-miss: a sprint calendar (each sprint's dates and goal, no points) records no
    velocity: not adopted as iterations."""
    header: list[object] = ["Sprint", "Start", "End", "Goal"]
    adoption = adopt(book(tmp_path / "calendar.xlsx", "Sprints", _sprints(header, False)))
    assert "iterations" not in [t.register for t in adoption.report.adopted_tables]


def test_german_p6_export_is_a_milestone_plan(tmp_path: Path) -> None:
    """A Primavera P6 export with German labels under P6's field names: ``Vorgangs-ID``,
    ``Vorgangsname``, ``Vorgangsstatus``, ``PSP-Code``, ``BL Projekt-Ende`` are P6's
    Activity ID, Name, Status, WBS Code and BL Project Finish; ``Ende`` ("end") is the
    finish, made sure by P6's actual flag on the done rows (``03.02.26 A``: the actual
    date; unflagged: the forecast). Before, the table was refused as a task list."""
    rows: list[list[object]] = [
        ["task_code", "task_name", "status_code", "wbs_id", "end_date", "base_end_date"],
        ["Vorgangs-ID", "Vorgangsname", "Vorgangsstatus", "PSP-Code", "Ende", "BL Projekt-Ende"],
        [
            "A100",
            "Vertrag unterzeichnet",
            "Abgeschlossen",
            "HAF.1",
            "03.02.26 A",
            datetime(2026, 2, 1),
        ],
        ["A110", "Kran montiert", "Abgeschlossen", "HAF.2", "20.03.26 A", datetime(2026, 3, 10)],
        ["A120", "Kaimauer fertig", "Nicht begonnen", "HAF.3", "15.06.26", datetime(2026, 6, 1)],
        [
            "A130",
            "Probebetrieb beendet",
            "Nicht begonnen",
            "HAF.4",
            "30.09.26",
            datetime(2026, 9, 30),
        ],
    ]
    adoption = adopt(book(tmp_path / "p6.xlsx", "TASK", rows))
    table = only(adoption)
    assert table.register == "milestones"
    mapped = targets(table)
    assert mapped["Vorgangsname"] == "milestone"
    assert mapped["BL Projekt-Ende"] == "baseline_date"
    assert field(adoption, "milestones", "actual_date")[:2] == [date(2026, 2, 3), date(2026, 3, 20)]
    assert field(adoption, "milestones", "forecast_date")[2] == date(2026, 6, 15)
    assert field(adoption, "milestones", "baseline_date")[3] == date(2026, 9, 30)


def test_an_unflagged_end_column_gains_no_certainty() -> None:
    """Near-miss: an ``End`` column of plain dates (no tool's actual flag) keeps the
    reading its header gives; the flag, not the word, makes it sure."""
    from addin.adopt.classify import _flagged_finish
    from addin.adopt.match import Candidate

    weak = [Candidate("forecast_date", 0.873, "end")]
    assert _flagged_finish(weak, ["03.02.26", "20.03.26", "15.06.26"]) == weak
    assert _flagged_finish(weak, ["03.02.26 A", "20.03.26 A"]) == weak  # all done: no plan
    sure = _flagged_finish(weak, ["03.02.26 A", "20.03.26", "15.06.26"])
    assert sure[0].column_key == "forecast_date" and sure[0].confidence >= 0.9
