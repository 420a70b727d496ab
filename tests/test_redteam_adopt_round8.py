"""Red team of adoption round 8 (issue 15): tables split by structure, six languages, columns
mapped by their values alone, probed for results that are **wrong** (not missing) and that a
PMO would trust. Each defect found has a test here that failed before its fix; the probes
found right are kept so a later change cannot quietly break them. Every workbook is a shape
a PMO keeps, written for these tests (docs/adopt.md, "Red team of round 8").
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from adopt_sheets import adopt as _adopt
from adopt_sheets import book as _book
from adopt_sheets import only as _only
from adopt_sheets import targets as _targets

from addin.adopt import Adoption
from addin.adopt.amounts import parse_amount
from addin.adopt.evidence import register_id_share
from addin.adopt.languages import translate


def _items(adoption: Adoption, register: str) -> list[dict[str, object]]:
    return [item.model_dump() for item in adoption.project.items(register)]


# --- languages: false friends -------------------------------------------------------------


SPANISH_MILESTONES = [
    ["Plan de hitos - Proyecto Sol"],
    [],
    ["Nº", "Hito", "Responsable", "Fecha prevista", "Fecha actual", "Estado"],
    ["H1", "Kick-off", "Ana García", date(2026, 1, 15), date(2026, 1, 20), "Completado"],
    ["H2", "Diseño aprobado", "Luis Pérez", date(2026, 3, 1), date(2026, 3, 20), "En curso"],
    ["H3", "Go-live", "Ana García", date(2026, 6, 30), date(2026, 7, 15), "No iniciado"],
]


def test_spanish_fecha_actual_is_the_current_date_not_the_actual_date(tmp_path: Path) -> None:
    # Spanish "actual" = current: the milestones' current (forecast) dates. Read as the
    # actual date, a go-live still "No iniciado" showed as achieved on 15 Jul 2026.
    adoption = _adopt(_book(tmp_path / "hitos.xlsx", "Hitos", SPANISH_MILESTONES))
    table = _only(adoption)
    assert _targets(table)["Fecha actual"] == "forecast_date"
    assert _targets(table)["Fecha prevista"] == "baseline_date"
    go_live = _items(adoption, "milestones")[2]
    assert go_live["forecast_date"] == date(2026, 7, 15)
    assert go_live.get("actual_date") is None


def test_actual_stays_english_alone_and_beside_english_words() -> None:
    assert translate("Actual") is None
    assert translate("Actual Date") is None
    assert translate("Fecha real") == "date actual"  # Spanish "real" is the actual date
    assert translate("Fecha actual") == "date current"


FRENCH_RISKS_WITH_FOLLOW_UP = [
    ["Registre des risques"],
    [],
    ["Réf.", "Risque", "Porteur", "Probabilité", "Impact", "Statut", "Date de suivi"],
    ["R1", "Retard fournisseur", "Jean Dupont", "Élevée", "Moyen", "Ouvert", date(2026, 2, 10)],
    ["R2", "Perte de données", "Marie Curie", "Faible", "Élevé", "Ouvert", date(2026, 2, 17)],
    ["R3", "Dépassement budget", "Jean Dupont", "Moyenne", "Moyen", "Fermé", date(2026, 2, 24)],
]


def test_a_follow_up_date_is_the_review_date_not_the_raised_date(tmp_path: Path) -> None:
    # "suivi" names a register in a title ("Suivi des risques"), so "Date de suivi" read as
    # "date register" = the date raised: every risk "raised" on its next follow-up date.
    # It is the review date, which a risk register reads as its due date in English too.
    adoption = _adopt(_book(tmp_path / "risques.xlsx", "Risques", FRENCH_RISKS_WITH_FOLLOW_UP))
    table = _only(adoption)
    assert _targets(table)["Date de suivi"] == "due_date"
    first = _items(adoption, "risks")[0]
    assert first["due_date"] == date(2026, 2, 10)
    assert first.get("raised_date") is None


def test_review_dates_of_the_other_languages_read_as_review_date() -> None:
    for header in ("Fecha de revisión", "Wiedervorlage", "Data di revisione", "Reviewdatum"):
        assert translate(header) == "review date", header


# --- content-only IDs of other things --------------------------------------------------------


def _issue_log(extra_header: str, extra_values: list[str]) -> list[list[object]]:
    rows: list[list[object]] = [["Issue", "Raised", "Owner", "Priority", "Status", extra_header]]
    texts = ["Test environment unavailable", "Vendor API rate limits", "Licence count short"]
    people = ["J. Smith", "A. Jones", "P. Patel"]
    for n, (text, person, value) in enumerate(zip(texts, people, extra_values, strict=True)):
        rows.append(
            [text, date(2026, 1, 10 + n), person, "High", "Open" if n < 2 else "Closed", value]
        )
    return rows


def test_change_requests_purchase_orders_and_cost_centres_are_no_issue_ids(
    tmp_path: Path,
) -> None:
    # An issue log with no ID column: before, the letters CR (criticità), CC (criticità)
    # and PO (problem) "abbreviated the register's name", so each column became the ID and
    # every issue carried a change request's, cost centre's or order's number as its own.
    for header, values in (
        ("CR", ["CR-014", "CR-017", "CR-021"]),
        ("Cost Centre", ["CC-1001", "CC-1002", "CC-1003"]),
        ("PO", ["PO-4501", "PO-4502", "PO-4510"]),
    ):
        path = _book(tmp_path / f"{header}.xlsx", "Issue Log", _issue_log(header, values))
        adoption = _adopt(path)
        assert _targets(_only(adoption))[header] is None, header
        assert [i["id"] for i in _items(adoption, "issues")] == ["I-001", "I-002", "I-003"]


def test_action_points_are_no_assumption_ids(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Assumption", "Owner", "Validate By", "Status", "Action"],
        ["Vendor keeps 2025 price list", "J. Smith", date(2026, 2, 1), "Open", "AP-03"],
        ["Data centre move is after go-live", "A. Jones", date(2026, 3, 1), "Open", "AP-07"],
        ["Users trained by March", "P. Patel", date(2026, 3, 15), "Validated", "AP-09"],
    ]
    table = _only(_adopt(_book(tmp_path / "assumptions.xlsx", "Assumptions", rows)))
    assert _targets(table)["Action"] is None


def test_the_registers_own_prefixes_still_read_by_content() -> None:
    assert register_id_share(["RSK-1", "RSK-2"], "risks") == 1.0
    assert register_id_share(["RQ-1", "RQ-2"], "risks") == 1.0  # risque
    assert register_id_share(["ISS-1", "ISS-2"], "issues") == 1.0
    assert register_id_share(["PRB-1", "PRB-2"], "issues") == 1.0  # problem records
    assert register_id_share(["DC-1", "DC-2"], "decisions") == 1.0  # the standard prefix
    assert register_id_share(["CR-1", "CR-2"], "issues") == 0.0
    assert register_id_share(["AI-1", "AI-2"], "assumptions") == 0.0


# --- amounts in the languages' forms ------------------------------------------------------


def test_a_euro_amount_with_a_dot_before_three_digits_is_thousands() -> None:
    # "12.500 €" is twelve thousand five hundred euros wherever it is written; it was 12.5
    assert parse_amount("12.500 €") == 12500.0
    assert parse_amount("€ 1.500") == 1500.0
    assert parse_amount("10.000 EUR") == 10000.0
    assert parse_amount("-12.500 €") == -12500.0
    # unchanged: units, decimals, several dots, no currency
    assert parse_amount("£1.250m") == 1_250_000.0
    assert parse_amount("€ 2.50") == 2.5
    assert parse_amount("€ 1.500.000") == 1_500_000.0
    assert parse_amount("EUR 12.500,00") == 12500.0
    assert parse_amount("1.234") == 1.234


# --- tables by structure ------------------------------------------------------------------


def _phased_plan(m4_id: str | None) -> list[list[object]]:
    first = ["ID"] if m4_id is not None else []
    rows: list[list[object]] = [
        [*first, "Milestone", "Owner", "Baseline Date", "Forecast Date", "Status"]
    ]
    plan: list[tuple[str, str, str, object, object, str]] = [
        ("M1", "Design signed off", "J. Smith", date(2026, 2, 27), date(2026, 3, 6), "Complete"),
        ("M2", "Build complete", "A. Jones", date(2026, 5, 29), date(2026, 6, 12), "In Progress"),
        ("M3", "Phase 1 go-live", "P. Patel", date(2026, 6, 30), date(2026, 7, 15), "Late"),
        ("", "", "", None, None, ""),
        ("M4", "Phase 2 start", "K. Brown", "Q3 2026", "Q4 2026", "At Risk"),
        ("M5", "Phase 2 build", "A. Jones", date(2026, 11, 30), date(2026, 12, 18), "Not Started"),
        ("M6", "Phase 2 go-live", "P. Patel", date(2027, 1, 29), date(2027, 2, 26), "Not Started"),
    ]
    for ident, *rest in plan:
        if not rest[0]:
            rows.append([])
            continue
        rows.append([*([ident] if m4_id is not None else []), *rest])
    return rows


def test_a_phase_starting_with_a_loosely_dated_milestone_is_no_new_table(tmp_path: Path) -> None:
    # Phase 2 after a blank row, its first milestone dated "Q3 2026": the row read as the
    # header of a second table, so M4 was lost and M5-M6 kept no dates at all.
    for with_ids in (True, False):
        path = _book(
            tmp_path / f"plan{with_ids}.xlsx",
            "Milestones",
            _phased_plan("M4" if with_ids else None),
        )
        adoption = _adopt(path)
        table = _only(adoption)
        assert table.ref == ("A1:F8" if with_ids else "A1:E8")
        items = _items(adoption, "milestones")
        assert [i["milestone"] for i in items][3:] == [
            "Phase 2 start",
            "Phase 2 build",
            "Phase 2 go-live",
        ]
        assert items[4]["baseline_date"] == date(2026, 11, 30)
        assert items[3]["baseline_date"] == date(2026, 9, 30)  # the end of Q3, as before


def test_a_second_table_under_a_register_still_splits(tmp_path: Path) -> None:
    # the guard reads dates and IDs; a real header row over dates still starts a table
    rows: list[list[object]] = [
        ["ID", "Milestone", "Owner", "Due Date", "Status"],
        ["M1", "Design signed off", "J. Smith", date(2026, 2, 27), "Complete"],
        ["M2", "Build complete", "A. Jones", date(2026, 5, 29), "In Progress"],
        [],
        ["Ref", "Decision", "Made By", "Decision Date", "Rationale"],
        ["DC1", "Go with vendor A", "Board", date(2026, 1, 5), "Cheapest compliant bid"],
        ["DC2", "Delay phase 2", "Sponsor", date(2026, 2, 5), "Budget freeze"],
    ]
    adoption = _adopt(_book(tmp_path / "two.xlsx", "Plan", rows))
    assert sorted(t.ref for t in adoption.report.adopted_tables) == ["A1:E3", "A5:E7"]


def test_the_next_id_of_the_table_is_no_header_whatever_its_dates_say(tmp_path: Path) -> None:
    # M4 after M1-M3, its dates words ("Board to confirm"): a row of the plan, listed
    rows = _phased_plan("M4")
    rows[5] = ["M4", "Phase 2 start", "K. Brown", "Board to confirm", "After phase 1", "At Risk"]
    adoption = _adopt(_book(tmp_path / "plan.xlsx", "Milestones", rows))
    table = _only(adoption)
    assert table.ref == "A1:F8"
    assert len(adoption.project.milestones) == 6
    assert {u.value for u in table.unconverted} >= {"Board to confirm", "After phase 1"}


_REGISTER_PART: list[list[object]] = [
    ["Réf.", "Risque", "Porteur", "Probabilité", "Impact", "Statut"],
    ["R1", "Retard fournisseur", "Jean Dupont", "Élevée", "Moyen", "Ouvert"],
    ["R2", "Perte de données", "Marie Curie", "Faible", "Élevé", "Ouvert"],
    ["R3", "Dépassement budget", "Jean Dupont", "Moyenne", "Moyen", "Fermé"],
]
_LEGEND_PART: list[list[object]] = [
    ["Niveau", "Probabilité", "Impact"],
    ["Faible", "< 10 %", "Retard < 1 semaine"],
    ["Moyen", "10 - 50 %", "Retard 1 à 4 semaines"],
    ["Élevé", "> 50 %", "Retard > 1 mois"],
]
FRENCH_RISKS_WITH_LEGEND: list[list[object]] = [
    ["Registre des risques - Programme Atlas"],
    [],
    *([*left, None, *right] for left, right in zip(_REGISTER_PART, _LEGEND_PART, strict=True)),
]


def test_a_scale_legend_beside_a_register_is_no_second_register(tmp_path: Path) -> None:
    # The legend (level, probability band, what the impact means) split off by its empty
    # column, then its "Impact" texts taken as item texts: three more "risks" named
    # "Retard < 1 semaine"... A column named as another column is no item text.
    adoption = _adopt(_book(tmp_path / "risques.xlsx", "Risques", FRENCH_RISKS_WITH_LEGEND))
    table = _only(adoption)
    assert table.ref == "A3:F6"
    assert [r.title for r in adoption.project.risks] == [
        "Retard fournisseur",
        "Perte de données",
        "Dépassement budget",
    ]
    (legend,) = [t for t in adoption.report.tables if t.ref == "H3:J6"]
    assert legend.register is None
    assert "not a register table" in legend.reason


SPANISH_ISSUES_WITH_END_DATE = [
    ["Registro de incidencias"],
    [],
    ["Nº", "Incidencia", "Responsable", "Prioridad", "Estado", "Fecha de fin"],
    ["I1", "Entorno de pruebas caído", "Ana García", "Alta", "Cerrado", date(2026, 2, 10)],
    ["I2", "Licencias insuficientes", "Luis Pérez", "Media", "Abierto", None],
    ["I3", "Retraso en datos", "Ana García", "Baja", "Cerrado", date(2026, 2, 24)],
]


def test_an_end_date_is_no_misspelt_open_date(tmp_path: Path) -> None:
    # "end date" was a close spelling of the synonym "open date" (0.72-0.74): the day an
    # issue ended became the day it was raised, in Spanish and in English alike
    adoption = _adopt(_book(tmp_path / "inc.xlsx", "Incidencias", SPANISH_ISSUES_WITH_END_DATE))
    assert _targets(_only(adoption))["Fecha de fin"] != "raised_date"
    assert [i.raised_date for i in adoption.project.issues] == [None, None, None]
    english = [
        ["ID", "Issue", "Owner", "Priority", "Status", "End Date"],
        *(["I" + r[0][1:], *r[1:]] for r in SPANISH_ISSUES_WITH_END_DATE[3:]),
    ]
    adoption = _adopt(_book(tmp_path / "issues.xlsx", "Issues", english))
    assert _targets(_only(adoption))["End Date"] != "raised_date"


def test_close_spellings_still_read() -> None:
    from addin.adopt.match import candidates

    assert candidates("Probablity", "risks")[0].column_key == "probability"
    assert candidates("Ownr", "risks")[0].column_key == "owner"
    assert candidates("Date Raised", "issues")[0].column_key == "raised_date"
    assert candidates("Validated By", "assumptions")[0].column_key == "validate_by"
