"""Round 39 (t48a): tuning on the hundred-and-sixth batch (plans, status reports and
trackers); docs/adopt.md, "Round 39: tuning on the hundred-and-sixth batch".

Each rule is tested on a small workbook built here, with a near miss where one can fail.
"""

from __future__ import annotations

from pathlib import Path

from addin.adopt import Adoption
from addin.adopt.report import TableReport
from tests.adopt_sheets import adopt, book, registers


def _listed(adoption: Adoption) -> TableReport:
    """The workbook's one table, adopted or listed."""
    (table,) = adoption.report.tables
    return table


# --- a change request log named in its own language, or by its change board, is listed ---


def _italian_change_log(title: str, first: str, codes: str) -> list[list[object]]:
    """A restoration contract's change requests, the board's outcome on each."""
    head = [first, "Data apertura", "Richiedente", "Descrizione della modifica", "Priorità"]
    rows: list[list[object]] = [
        [f"{codes}-01", "12/11/2025", "Committente", "Nuovo serramento sul lato rio", "Alta"],
        [f"{codes}-02", "03/12/2025", "DL", "Impianto antincendio a nebbia d'acqua", "Media"],
        [f"{codes}-03", "20/01/2026", "Impresa", "Rifacimento dello scivolo in pietra", "Bassa"],
        [f"{codes}-04", "02/02/2026", "Committente", "Spostamento del deposito remi", "Alta"],
    ]
    return [[title], ["Progetto:", None, "Restauro dello squero"], [], [*head, "Esito CCB",
            "Responsabile attuazione"], *[[*r, "Approvata", "Marco Bianchi"] for r in rows]]  # fmt: skip


def test_italian_change_request_log_is_listed_not_adopted_as_issues(tmp_path: Path) -> None:
    """``Registro delle richieste di modifica (RdM)`` names a change request log in Italian:
    the standard has no change register, so its table is listed (the reason says so), not
    adopted as issues by its dates, people and priorities; the title block's
    ``Progetto:`` is still the project's name. Before, it was adopted as 4 issues."""
    rows = _italian_change_log("Registro delle richieste di modifica (RdM)", "N. RdM", "RdM")
    adoption = adopt(book(tmp_path / "rdm.xlsx", "Registro RdM", rows))
    table = _listed(adoption)
    assert registers(adoption) == [] and not table.adopted
    assert "a change request log" in table.reason
    assert adoption.project.items("issues") == []
    assert adoption.project.header.project_name == "Restauro dello squero"


def test_french_and_german_change_request_titles_are_change_words(tmp_path: Path) -> None:
    """The same rule in French and German titles (``Demandes de modification``,
    ``Änderungsanträge``) on a sheet named by a number."""
    for n, title in enumerate(("Demandes de modification", "Änderungsanträge")):
        rows = _italian_change_log(title, "N.", "X")
        adoption = adopt(book(tmp_path / f"log{n}.xlsx", "Tab 4", rows))
        assert registers(adoption) == [], title
        assert "a change request log" in _listed(adoption).reason


def test_change_board_outcome_or_rdm_codes_mark_a_change_log_without_a_title(
    tmp_path: Path,
) -> None:
    """No title names it: a column of the change board's outcome (``Esito CCB``) or codes
    all ``RdM-nn`` in the first column say the rows are change requests: listed."""
    untitled = _italian_change_log("", "N.", "X")[3:]
    adoption = adopt(book(tmp_path / "ccb.xlsx", "Foglio1", untitled))
    assert registers(adoption) == []
    assert "a change request log" in _listed(adoption).reason

    coded = _italian_change_log("", "N.", "RdM")[3:]
    coded = [[*r[:5], "Note", *r[6:]] if i == 0 else r for i, r in enumerate(coded)]
    adoption = adopt(book(tmp_path / "rdm_codes.xlsx", "Foglio1", coded))
    assert registers(adoption) == []


def test_an_issue_log_with_no_change_word_is_still_adopted(tmp_path: Path) -> None:
    """Near miss: the same columns with an issue log's title (``Registro delle criticità``)
    and a plain ``Esito`` (outcome) column, no board named: adopted as issues."""
    rows = _italian_change_log("Registro delle criticità", "N.", "X")
    rows[3] = [h if h != "Esito CCB" else "Esito" for h in rows[3]]  # type: ignore[misc]
    adoption = adopt(book(tmp_path / "issues.xlsx", "Criticità", rows))
    assert registers(adoption) == ["issues"]
    assert len(adoption.project.items("issues")) == 4


# --- a workload plan whose title states its unit, days, in its own language ---


def _workload_plan(title: str, role_header: str) -> list[list[object]]:
    months = ["févr.-26", "mars-26", "avr.-26"]
    return [
        [title],
        [],
        [],
        ["Intervenant", role_header, "Organisme", *months, "Total"],
        ["Claire Dubois", "Cheffe de projet", "Région", 10, 8, 12.5, 30.5],
        ["Hugo Martin", "Architecte", "Prestataire", 5, None, 4, 9],
        ["Total", None, None, 15, 8, 16.5, 39.5],
    ]


def test_french_workload_plan_in_days_is_a_resource_plan_not_a_budget(tmp_path: Path) -> None:
    """``Charge prévisionnelle 2026 (en jours)``: ``prévisionnelle`` reads as a budget's word
    (round 38), but ``(en jours)`` states the figures' unit, days: effort, a resource plan,
    with ``Rôle projet`` the role. Before, the table was adopted as finance with the people
    as cost lines."""
    rows = _workload_plan("ENT lycées - Charge prévisionnelle 2026 (en jours)", "Rôle projet")
    adoption = adopt(book(tmp_path / "charge.xlsx", "Plan de charge", rows))
    assert registers(adoption) == ["resources"]
    got = [(r.person, r.role, r.month.month, r.planned_days) for r in adoption.project.resources]
    assert ("Claire Dubois", "Cheffe de projet", 4, 12.5) in got
    assert ("Hugo Martin", "Architecte", 2, 5.0) in got
    assert len(got) == 5  # the blank cell plans nothing, the Total row is left out


def test_workload_plan_whose_title_states_euros_is_no_resource_plan(tmp_path: Path) -> None:
    """Near miss: the same grid whose title states euros (``Charge prévisionnelle 2026 (en
    €)``) is money: no resource plan, whatever its people."""
    rows = _workload_plan("ENT lycées - Charge prévisionnelle 2026 (en €)", "Rôle projet")
    adoption = adopt(book(tmp_path / "charge.xlsx", "Plan de charge", rows))
    assert adoption.project.resources == []


# --- a long export stating each allocation in two units is read in one of them ---


def _planview(units: tuple[str, str]) -> list[list[object]]:
    from datetime import date

    head = ["Work ID", "Resource Name", "Role", "Period Start", *units, "Allocation Status"]
    rows: list[list[object]] = [head]
    for who, role in (("Kylie Nguyen", "Business Analyst"), ("Liam O'Brien", "Architect")):
        for month, fte in ((7, 0.5), (8, 1.0), (9, 0.25)):
            rows.append(["PRJ-00417", who, role, date(2026, month, 1), fte * 160, fte, "Committed"])
    return rows


def test_long_export_in_hours_and_fte_is_read_in_hours(tmp_path: Path) -> None:
    """Planview's allocations, one row per resource and month, state each allocation as
    ``Allocated Hours`` and as ``FTE``: the same effort, read once, in hours (the unit
    nearer days); the FTE column is listed as left out. Before, two figure columns left the
    export unread."""
    adoption = adopt(book(tmp_path / "pv.xlsx", "Export", _planview(("Allocated Hours", "FTE"))))
    assert registers(adoption) == ["resources"]
    table = _listed(adoption)
    by_header = {c.header: c.target for c in table.columns}
    assert by_header["Allocated Hours"] == "planned_days"
    assert by_header["FTE"] is None
    got = {(r.person, r.role, r.month.month): r.planned_days for r in adoption.project.resources}
    assert len(got) == 6
    assert got[("Kylie Nguyen", "Business Analyst", 8)] == 20.0  # 160 hours, 8 a day
    assert got[("Liam O'Brien", "Architect", 9)] == 5.0


def test_long_export_with_two_figures_in_one_unit_is_not_a_plan(tmp_path: Path) -> None:
    """Near miss: ``Planned Hours`` beside ``Actual Hours`` are two measures in one unit, not
    one effort stated twice: not read as a long plan."""
    rows = _planview(("Planned Hours", "Actual Hours"))
    adoption = adopt(book(tmp_path / "pv.xlsx", "Export", rows))
    assert adoption.project.resources == []


# --- a scheduling tool's export filtered on its milestones: every row of no duration ---


def _p6(remaining: list[object], pct: list[object]) -> list[list[object]]:
    codes = ["task_code", "task_name", "remain_drtn_hr_cnt", "end_date", "bl1_end_date"]
    labels = ["Activity ID", "Activity Name", "Remaining Duration", "Finish", "BL1 Finish"]
    names = ["Notice to Proceed", "Foundations Complete", "Roof Dried-In", "Final Completion"]
    finish = ["17-Nov-25 A", "22-Jan-26 A", "16-Apr-26", "01-Nov-26"]
    base = ["13-Nov-25", "29-Jan-26", "07-Apr-26", "27-Oct-26"]
    rows: list[list[object]] = [[*codes, "complete_pct"], [*labels, "Activity % Complete"]]
    for i, name in enumerate(names):
        rows.append([f"MS{1000 + 10 * i}", name, remaining[i], finish[i], base[i], pct[i]])
    return rows


def test_p6_export_of_milestones_only_is_a_milestone_plan(tmp_path: Path) -> None:
    """A P6 export filtered on milestones: no word names milestones, but every activity has
    no remaining duration while two are not finished (0 %): every row is a milestone. The
    ``Finish`` marked `` A`` is the actual date, the others the forecast; ``BL1 Finish`` the
    baseline. Before, ``Remaining Duration`` called its rows tasks and nothing was read."""
    from datetime import date

    adoption = adopt(book(tmp_path / "p6.xlsx", "TASK", _p6([0, 0, 0, 0], [1, 1, 0, 0])))
    assert registers(adoption) == ["milestones"]
    got = [
        (m.milestone, m.baseline_date, m.forecast_date, m.actual_date)
        for m in adoption.project.milestones
    ]
    finished = date(2025, 11, 17)  # the finish, reached: the actual (and the last forecast)
    assert got[0] == ("Notice to Proceed", date(2025, 11, 13), finished, finished)
    assert got[3] == ("Final Completion", date(2026, 10, 27), date(2026, 11, 1), None)
    assert len(got) == 4


def test_remaining_duration_zero_on_finished_tasks_only_is_no_milestone_plan(
    tmp_path: Path,
) -> None:
    """Near misses: zero remaining work on activities all 100 % complete is finished tasks,
    not milestones; an activity with work left is no milestone: neither is read as one."""
    done = adopt(book(tmp_path / "done.xlsx", "TASK", _p6([0, 0, 0, 0], [1, 1, 1, 1])))
    assert done.project.milestones == []
    busy = adopt(book(tmp_path / "busy.xlsx", "TASK", _p6([0, 0, 80, 160], [1, 1, 0, 0])))
    assert busy.project.milestones == []


# --- a report's next section: a heading alone after a blank row, then its own header ---


def _status_report(second: list[list[object]]) -> list[list[object]]:
    from datetime import datetime

    ms = [
        ["M1", "Ausbau der Pfeifen abgeschlossen", datetime(2026, 2, 8), datetime(2026, 2, 15)],
        ["M2", "Windlade restauriert", datetime(2026, 3, 17), datetime(2026, 3, 24)],
        ["M3", "Spieltisch geliefert", datetime(2026, 4, 15), datetime(2026, 4, 29)],
    ]
    return [
        ["Monatlicher Statusbericht"],
        [],
        ["Meilensteine"],
        ["Nr", "Meilenstein", "Basisplan", "Prognose", "Ist", "Status"],
        *[
            [*m, m[3] if m[0] == "M1" else None, "erreicht" if m[0] == "M1" else "im Plan"]
            for m in ms
        ],
        [],
        *second,
    ]


def test_status_reports_next_section_under_its_heading_is_a_table_of_its_own(
    tmp_path: Path,
) -> None:
    """A German monthly report: its milestones, a blank row, the heading ``Top-Risiken``
    alone on its line, then the risks' own header (German words of a middling vocabulary:
    ``Lfd.``, ``Risikobeschreibung``, ``Gegenmaßnahme``, ``Zuständig``). The header under
    the heading starts the next table: 3 milestones and 2 risks, ``Ist`` the actual date.
    Before, the risks ran on as milestone rows (5 milestones, ``Ist`` unread)."""
    risks = [
        ["Top-Risiken"],
        ["Lfd.", "Risikobeschreibung", "Ursache", "Gegenmaßnahme", "Zuständig", "Trend"],
        [1, "Orgelbauwerkstatt überlastet", "Parallelaufträge", "Termine abstimmen", "Ulrike Sommer", "↑"],
        [2, "Spendeneingang unter Plan", "Weniger Großspenden", "Patenschaften", "Stefan Krüger", "→"],
    ]  # fmt: skip
    adoption = adopt(book(tmp_path / "bericht.xlsx", "Statusbericht", _status_report(risks)))
    assert sorted(r for r in registers(adoption) if r) == ["milestones", "risks"]
    ms = adoption.project.milestones
    assert [m.milestone for m in ms] == [
        "Ausbau der Pfeifen abgeschlossen",
        "Windlade restauriert",
        "Spieltisch geliefert",
    ]
    assert ms[0].actual_date is not None and ms[0].actual_date.day == 15
    assert [(r.title, r.owner) for r in adoption.project.risks] == [
        ("Orgelbauwerkstatt überlastet", "Ulrike Sommer"),
        ("Spendeneingang unter Plan", "Stefan Krüger"),
    ]


def test_a_phase_heading_between_items_keeps_one_table(tmp_path: Path) -> None:
    """Near miss: a heading after a blank row followed by more ITEMS (a second phase's
    milestones), not a header, keeps one table: 5 milestones."""
    from datetime import datetime

    more = [
        ["Phase 2"],
        ["M4", "Intonation Hauptwerk", datetime(2026, 5, 11), datetime(2026, 5, 11), None, "im Plan"],
        ["M5", "Abnahme", datetime(2026, 6, 5), datetime(2026, 6, 5), None, "im Plan"],
    ]  # fmt: skip
    adoption = adopt(book(tmp_path / "bericht.xlsx", "Statusbericht", _status_report(more)))
    assert registers(adoption) == ["milestones"]
    assert len(adoption.project.milestones) == 5


# --- an Indian progress report's hindrances are its issues ---


def _hindrances(title: str, first: str) -> list[list[object]]:
    return [
        [title],
        [first, "Since", "Impact on", "Responsibility", "Expected Resolution", "Open/Closed"],
        ["Right of way for 132 kV line not cleared", "04.03.2026", "Cooling tower",
         "Karkhana (Civil)", "06.06.2026", "Closed"],
        ["Storm damage to approach road", "03.04.2026", "Turbine erection", "EPC contractor",
         "13.05.2026", "Open"],
    ]  # fmt: skip


def test_hindrances_table_is_an_issue_log(tmp_path: Path) -> None:
    """``Hindrances`` (an Indian works contract's word: what holds the work up, from a date
    until removed) with ``Hindrance``, ``Since``, ``Responsibility``, ``Expected
    Resolution`` and ``Open/Closed``: issues, ``Since`` the date raised. Before, the table
    was listed as no register."""
    from datetime import date

    adoption = adopt(book(tmp_path / "fpr.xlsx", "FPR", _hindrances("Hindrances", "Hindrance")))
    assert registers(adoption) == ["issues"]
    got = [(i.title, i.raised_date, i.owner, i.due_date, i.status) for i in adoption.project.issues]
    assert got[0] == (
        "Right of way for 132 kV line not cleared",
        date(2026, 3, 4),
        "Karkhana (Civil)",
        date(2026, 6, 6),
        "Closed",
    )
    assert got[1][4] == "Open" and len(got) == 2


def test_hindrance_word_without_an_issue_column_names_no_register(tmp_path: Path) -> None:
    """Near miss: ``Hindrances`` over a list with no column an issue has (no status, due
    date, priority): the word alone (a hitch in a text) names no register."""
    rows = [
        ["Hindrances"],
        ["Hindrance", "Remarks"],
        ["Rain on site", "Two days lost"],
        ["Crane breakdown", "Repaired"],
    ]
    adoption = adopt(book(tmp_path / "notes.xlsx", "Notes", rows))
    assert adoption.project.issues == []


# --- the plan first agreed, in its own language, is the milestone's baseline ---


def test_dutch_original_planning_is_the_baseline(tmp_path: Path) -> None:
    """A Dutch gate plan's ``Oorspronkelijke planning`` (the plan first agreed) beside its
    ``Actuele prognose``: the baseline date. Before, it read as ``planned planning`` and was
    left out."""
    from datetime import date

    rows = [
        ["Beslismomenten en mijlpalen"],
        ["Nr.", "Beslismoment / mijlpaal", "Trekker", "Oorspronkelijke planning",
         "Actuele prognose", "Gerealiseerd"],
        ["1.1", "BM1 Projectopdracht vastgesteld", "Sanne de Vries", "04-08-2025",
         "11-08-2025", "11-08-2025"],
        ["2.1", "Aanbesteding gegund", "Pieter Bakker", "26-09-2025", "10-10-2025", None],
    ]  # fmt: skip
    adoption = adopt(book(tmp_path / "bm.xlsx", "Beslismomenten", rows))
    assert registers(adoption) == ["milestones"]
    ms = adoption.project.milestones
    assert [(m.baseline_date, m.forecast_date) for m in ms] == [
        (date(2025, 8, 4), date(2025, 8, 11)),
        (date(2025, 9, 26), date(2025, 10, 10)),
    ]


# --- a risk's effect is its impact ---


def test_spanish_efecto_beside_prob_is_the_impact(tmp_path: Path) -> None:
    """``Efecto`` (effect) beside ``Prob.`` in a Spanish risk table is the impact, as an
    English ``Effect`` is; before, it was left out."""
    rows = [
        ["Riesgos"],
        ["Riesgo", "Prob.", "Efecto", "Acción prevista", "Quién"],
        ["Retraso en la certificación EMV", "Alta", "Alta", "Seguimiento semanal", "Carmen Ruiz"],
        ["Comisiones superiores", "Media", "Baja", "Renegociar", "Alberto Navarro"],
    ]
    adoption = adopt(book(tmp_path / "riesgos.xlsx", "Riesgos", rows))
    assert registers(adoption) == ["risks"]
    assert {c.header: c.target for c in _listed(adoption).columns}["Efecto"] == "impact"
    assert [(r.probability, r.impact) for r in adoption.project.risks] == [(5.0, 5.0), (3.0, 1.0)]


# --- a legend at the table's foot spells out its letter codes and letter headers ---


def _german_risks(legend: str | None) -> list[list[object]]:
    rows: list[list[object]] = [
        ["Top-Risiken"],
        ["Lfd.", "Risikobeschreibung", "W (h/m/n)", "A (h/m/n)", "Gegenmaßnahme", "Zuständig"],
        [1, "Orgelbauwerkstatt überlastet", "h", "n", "Termine abstimmen", "Ulrike Sommer"],
        [2, "Denkmalamt fordert Befunde", "n", "h", "Frühzeitig abstimmen", "Stefan Krüger"],
        [3, "Klimatisierung nicht stabil", "m", "m", "Messungen", "Johanna Lindner"],
    ]
    return [*rows, [], [legend]] if legend else rows


def test_legend_below_spells_out_letter_headers_and_letter_levels(tmp_path: Path) -> None:
    """A German top-risks table writes its likelihood and impact as ``W`` and ``A`` and its
    levels as ``h`` / ``m`` / ``n``, spelt out by the legend under it (``W =
    Eintrittswahrscheinlichkeit, A = Auswirkung; h = hoch, m = mittel, n = niedrig``): ``W``
    is the probability, ``A`` the impact, ``h`` high (5), ``m`` medium (3), ``n`` low (1).
    Before, both columns were left out."""
    legend = "W = Eintrittswahrscheinlichkeit, A = Auswirkung; h = hoch, m = mittel, n = niedrig"
    adoption = adopt(book(tmp_path / "risiken.xlsx", "Risiken", _german_risks(legend)))
    assert registers(adoption) == ["risks"]
    read = {c.header: c.target for c in _listed(adoption).columns}
    assert (read["W (h/m/n)"], read["A (h/m/n)"]) == ("probability", "impact")
    got = [(r.title, r.probability, r.impact) for r in adoption.project.risks]
    assert got == [
        ("Orgelbauwerkstatt überlastet", 5.0, 1.0),
        ("Denkmalamt fordert Befunde", 1.0, 5.0),
        ("Klimatisierung nicht stabil", 3.0, 3.0),
    ]


def test_without_a_legend_the_letter_headers_stay_unread(tmp_path: Path) -> None:
    """Near miss: the same table with no legend: ``W`` and ``A`` are not guessed."""
    adoption = adopt(book(tmp_path / "risiken.xlsx", "Risiken", _german_risks(None)))
    read = {c.header: c.target for c in _listed(adoption).columns}
    assert (read["W (h/m/n)"], read["A (h/m/n)"]) == (None, None)


def test_spanish_letter_levels_read_by_their_legend(tmp_path: Path) -> None:
    """A Spanish risk table's ``Prob.`` written ``A`` / ``M`` / ``B`` with the legend ``A =
    alta, M = media, B = baja`` under it: ``A`` is high (5), ``B`` low (1); before, ``A``
    was left empty."""
    rows = [
        ["Riesgos para los beneficios"],
        ["Amenaza al beneficio", "Prob.", "Efecto", "Acción prevista", "Quién"],
        ["Retraso en la certificación EMV", "A", "A", "Seguimiento semanal", "Carmen Ruiz"],
        ["Comisiones superiores", "M", "B", "Renegociar", "Alberto Navarro"],
        [],
        ["A = alta, M = media, B = baja"],
    ]
    adoption = adopt(book(tmp_path / "riesgos.xlsx", "Riesgos", rows))
    assert [(r.probability, r.impact) for r in adoption.project.risks] == [(5.0, 5.0), (3.0, 1.0)]


# --- a Japanese report's 事業 (undertaking) is its project ---


def test_japanese_jigyo_labels_name_the_project_and_its_manager(tmp_path: Path) -> None:
    """A Japanese co-operative's completion report labels its project ``事業名`` (the
    undertaking's name) and its manager ``事業責任者``: the project's name and manager.
    Before, both were left unread."""
    rows = [
        ["みなと漁業協同組合 荷さばき所建替事業 完了報告書"],
        [],
        ["事業名", "荷さばき所建替事業"],
        ["事業責任者", "高橋 誠"],
        [],
        ["No.", "マイルストーン", "計画日", "実績日", "担当"],
        [1, "基本設計完了", "2024/07/21", "2024/08/01", "渡辺 大輔"],
        [2, "実施設計完了", "2024/10/15", "2024/10/30", "佐藤 健一"],
    ]
    adoption = adopt(book(tmp_path / "kanryo.xlsx", "完了報告", rows))
    header = adoption.project.header
    assert (header.project_name, header.project_manager) == ("荷さばき所建替事業", "高橋 誠")


def test_raid_headings_over_dated_items_keep_one_table(tmp_path: Path) -> None:
    """Near miss (found by the tuning halves' run, the eighth batch's Qatari RAID log): a
    heading after a blank row (``ASSUMPTIONS``) over an item holding dates is the table's
    next section of items, never the next table's header: one RAID table, four items."""
    from datetime import datetime

    rows: list[list[object]] = [
        ["Pre-Opening RAID Log"],
        [],
        ["Ref", "Description", "Owner", "Date Raised", "Target Date", "Status"],
        ["RISKS"],
        ["R01", "Test environment late", "Marco Rossi", datetime(2026, 4, 18), datetime(2026, 5, 22), "Open"],
        ["R02", "Budget cut at review", "J. Murphy", datetime(2026, 6, 23), datetime(2026, 7, 12), "Closed"],
        [],
        ["ASSUMPTIONS"],
        ["A01", "Legacy stays read-only", "Tom Walsh", datetime(2026, 5, 10), datetime(2026, 6, 3), "Closed"],
        ["A02", "Users available for UAT", "Sam Okafor", datetime(2026, 6, 30), datetime(2026, 7, 17), "Closed"],
    ]  # fmt: skip
    adoption = adopt(book(tmp_path / "raid.xlsx", "RAID", rows))
    assert len(adoption.report.adopted_tables) == 1
    assert [r.title for r in adoption.project.risks] == [
        "Test environment late",
        "Budget cut at review",
    ]
    assert len(adoption.project.assumptions) == 2
