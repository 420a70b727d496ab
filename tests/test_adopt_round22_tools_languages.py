"""Round 22's last hour (issue 15): the twenty-fifth batch's misses (tool exports and
workbooks in other languages), mended by general rules. Each rule is tried on workbooks
written for these tests (no benchmark layout), with a near-miss that must not be taken."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from adopt_sheets import adopt, book, finance_by_line, only, targets

from addin.adopt.workflow_states import workflow_category

# ---------------------------------------------------------------------------------------
# A finance table's month groups continue across an empty spacer column
# ---------------------------------------------------------------------------------------

_LINES = ["Civil works", "Design", "Supervision"]


def _spaced_budget(path: Path, right_fields: tuple[str, str], group: bool = True) -> Path:
    """A budget-vs-actual sheet: ``Mar 2026`` over ``Budget | Actual``, an empty column,
    then ``Apr 2026`` (or nothing, ``group`` false) over ``right_fields``."""
    rows: list[list[object]] = [["Depot upgrade - budget vs actual"], []]
    rows.append([None, "Mar 2026", None, None, "Apr 2026" if group else None, None])
    rows.append(["Cost line", "Budget", "Actual", None, *right_fields])
    for n, line in enumerate(_LINES):
        rows.append([line, 1000.0 * (n + 1), 900.0 * (n + 1), None, 2000.0 * (n + 1), 1500.0])
    return book(path, "BvA", rows, ("B3:C3", "E3:F3") if group else ("B3:C3",))


def test_month_groups_across_a_spacer_column_are_one_finance_table(tmp_path: Path) -> None:
    adoption = adopt(_spaced_budget(tmp_path / "s.xlsx", ("Budget", "Actual")))
    got = finance_by_line(adoption)
    assert got[(date(2026, 3, 1), "Design")].budget == 2000.0
    assert got[(date(2026, 4, 1), "Design")].budget == 4000.0
    assert got[(date(2026, 4, 1), "Supervision")].actual == 1500.0
    assert len(adoption.project.items("finance")) == 6


def test_a_part_without_a_month_over_it_stays_apart(tmp_path: Path) -> None:
    # near-miss: the same measures right of the spacer but no month above them (a
    # year-to-date pair): never April's figures
    adoption = adopt(_spaced_budget(tmp_path / "n.xlsx", ("Budget", "Actual"), group=False))
    got = finance_by_line(adoption)
    assert {month for month, _ in got} == {date(2026, 3, 1)}


def test_a_part_with_a_field_of_its_own_stays_apart(tmp_path: Path) -> None:
    # near-miss: under a month, but a field the left part has under no month (a second
    # table's own columns): not more months of this table
    adoption = adopt(_spaced_budget(tmp_path / "f.xlsx", ("Budget", "Headcount")))
    got = finance_by_line(adoption)
    assert {month for month, _ in got} == {date(2026, 3, 1)}


# ---------------------------------------------------------------------------------------
# Portuguese "Orçamentado" (budgeted, as Angola and Mozambique write it) is the budget
# ---------------------------------------------------------------------------------------


def _execucao(path: Path, budget_word: str) -> Path:
    """A Portuguese budget execution: ``budget_word`` and ``Realizado`` over two months."""
    rows: list[list[object]] = [["Execução do projecto"], []]
    rows.append([None, budget_word, None, "Realizado", None])
    rows.append(["Rubrica", "jan/26", "fev/26", "jan/26", "fev/26"])
    rows.append(["Obras", 500.0, 600.0, 450.0, 610.0])
    rows.append(["Estudos", 300.0, 200.0, 280.0, 190.0])
    return book(path, "Execução", rows, ("B3:C3", "D3:E3"))


def test_orcamentado_over_months_is_the_budget(tmp_path: Path) -> None:
    got = finance_by_line(adopt(_execucao(tmp_path / "o.xlsx", "Orçamentado")))
    assert got[(date(2026, 2, 1), "Obras")].budget == 600.0
    assert got[(date(2026, 2, 1), "Obras")].actual == 610.0
    assert got[(date(2026, 1, 1), "Estudos")].budget == 300.0


def test_an_unknown_group_word_is_no_budget(tmp_path: Path) -> None:
    # near-miss: a group word that is no budget (committed, "Cativado") is not read as one
    got = finance_by_line(adopt(_execucao(tmp_path / "c.xlsx", "Cativado")))
    assert all(line.budget is None for line in got.values())


# ---------------------------------------------------------------------------------------
# Tamil milestone dates: "திட்டமிட்ட தேதி" (planned) and "எதிர்பார்க்கும் தேதி" (expected)
# ---------------------------------------------------------------------------------------


def _tamil_plan(path: Path, second_date: str) -> Path:
    rows: list[list[object]] = [["மைல்கற்கள்"], []]
    rows.append(["மைல்கல்", "பொறுப்பாளர்", "திட்டமிட்ட தேதி", second_date])
    rows.append(["பாலம் அடித்தளம்", "ரவி சங்கர்", "10.02.2026", "24.02.2026"])
    rows.append(["சாலை மேற்பரப்பு", "மீனா கண்ணன்", "16.03.2026", "16.03.2026"])
    rows.append(["ஒப்படைப்பு", "ரவி சங்கர்", "30.04.2026", "15.05.2026"])
    return book(path, "மைல்கற்கள்", rows)


def test_tamil_planned_and_expected_dates_are_baseline_and_forecast(tmp_path: Path) -> None:
    adoption = adopt(_tamil_plan(tmp_path / "t.xlsx", "எதிர்பார்க்கும் தேதி"))
    got = targets(only(adoption))
    assert got["திட்டமிட்ட தேதி"] == "baseline_date"
    assert got["எதிர்பார்க்கும் தேதி"] == "forecast_date"
    first = adoption.project.items("milestones")[0]
    assert first.forecast_date == date(2026, 2, 24)


def test_a_tamil_date_of_another_kind_is_no_forecast(tmp_path: Path) -> None:
    # near-miss: "பதிவு தேதி" (the date recorded) is never the forecast
    got = targets(only(adopt(_tamil_plan(tmp_path / "r.xlsx", "பதிவு தேதி"))))
    assert got["பதிவு தேதி"] != "forecast_date"


# ---------------------------------------------------------------------------------------
# A tracker's "Under implementation" is in progress; "Original Submission" is the text
# ---------------------------------------------------------------------------------------


def test_under_implementation_is_in_progress_and_awaiting_it_is_not_started() -> None:
    assert workflow_category("Under implementation") == "in progress"
    assert workflow_category("In execution") == "in progress"
    assert workflow_category("Awaiting implementation") == "not started"
    # near-miss: a state of no step of the work is not placed
    assert workflow_category("Under consideration") is None


def test_original_submission_is_the_description(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Ticket", "Summary", "Assigned to", "Status", "Original Submission"]
    ]
    rows.append(
        [301, "Archiver drops samples", "Lena Berg", "Under implementation", "Seen at night"]
    )
    rows.append([302, "Panel shows stale state", "Omar Haddad", "New", "Reported by shift lead"])
    rows.append([303, "Gauge driver crash", "Lena Berg", "Closed", "After the firmware update"])
    adoption = adopt(book(tmp_path / "i.xlsx", "Issues", rows))
    assert targets(only(adoption))["Original Submission"] == "description"
    first = adoption.project.items("issues")[0]
    assert first.description == "Seen at night"
    assert first.status == "In Progress"


# ---------------------------------------------------------------------------------------
# "Pre-Mitigated Probability" is the probability before the response (not the residual)
# ---------------------------------------------------------------------------------------


def _risks(path: Path, probability_header: str) -> Path:
    rows: list[list[object]] = [["Ref", "Risk", "Owner", probability_header, "Status"]]
    rows.append(["R1", "Crane hire slips a month", "Aoife Byrne", "Medium", "Open"])
    rows.append(["R2", "Ground survey finds voids", "Ken Ito", "High", "Open"])
    rows.append(["R3", "Power outage at the depot", "Aoife Byrne", "Low", "Closed"])
    return book(path, "Risks", rows)


def test_a_pre_mitigated_probability_is_the_probability(tmp_path: Path) -> None:
    adoption = adopt(_risks(tmp_path / "p.xlsx", "Pre-Mitigated Likelihood"))
    assert targets(only(adoption))["Pre-Mitigated Likelihood"] == "probability"
    assert adoption.project.items("risks")[1].probability == 5


def test_a_mitigated_probability_stays_the_residual(tmp_path: Path) -> None:
    # near-miss: "Mitigated Likelihood" alone is the score after the response
    got = targets(only(adopt(_risks(tmp_path / "m.xlsx", "Mitigated Likelihood"))))
    assert got["Mitigated Likelihood"] == "residual_probability"


# ---------------------------------------------------------------------------------------
# Azerbaijani "Qeydə alınıb" (registered) is the date an item was raised
# ---------------------------------------------------------------------------------------


def _az_issues(path: Path, date_header: str) -> Path:
    rows: list[list[object]] = [["Problemlər"], []]
    rows.append(["№", "Təsvir", "Məsul şəxs", date_header, "Status"])
    rows.append([1, "Eskalator gecikir", "Nigar Əliyeva", "03.02.2026", "Açıq"])
    rows.append([2, "Kabel zədələnib", "Rauf Həsənov", "17.02.2026", "Bağlı"])
    rows.append([3, "Layihə sənədi yoxdur", "Nigar Əliyeva", "02.03.2026", "Açıq"])
    return book(path, "Problemlər", rows)


def test_registered_in_azerbaijani_is_the_raised_date(tmp_path: Path) -> None:
    adoption = adopt(_az_issues(tmp_path / "a.xlsx", "Qeydə alınıb"))
    assert targets(only(adoption))["Qeydə alınıb"] == "raised_date"
    assert adoption.project.items("issues")[1].raised_date == date(2026, 2, 17)


def test_an_azerbaijani_due_date_is_not_the_raised_date(tmp_path: Path) -> None:
    # near-miss: "Son tarix" (deadline) is the due date, never the raised date
    got = targets(only(adopt(_az_issues(tmp_path / "d.xlsx", "Son tarix"))))
    assert got["Son tarix"] != "raised_date"


# ---------------------------------------------------------------------------------------
# Quebec French: "Chargée de projet" is the project manager, "En bonne voie" on track
# ---------------------------------------------------------------------------------------


def _dependances(path: Path, label: str) -> Path:
    rows: list[list[object]] = [["Registre des dépendances"], [f"{label} : Sylvie Gagnon"], []]
    rows.append(["Dépendance", "Sens", "Responsable", "Requis pour le", "État"])
    rows.append(["Permis municipal", "Entrante", "Marc Roy", "2026-03-02", "En bonne voie"])
    rows.append(["Données de charge", "Entrante", "Julie Côté", "2026-03-16", "En retard"])
    rows.append(["Plan de relève", "Sortante", "Marc Roy", "2026-04-01", "Ouverte"])
    return book(path, "Dépendances", rows)


def test_chargee_de_projet_and_en_bonne_voie(tmp_path: Path) -> None:
    adoption = adopt(_dependances(tmp_path / "q.xlsx", "Chargée de projet"))
    assert adoption.project.header.project_manager == "Sylvie Gagnon"
    assert adoption.project.items("dependencies")[0].status == "On Track"


def test_another_chargee_is_no_project_manager(tmp_path: Path) -> None:
    # near-miss: the communications officer ("Chargée de communication") is not the PM
    adoption = adopt(_dependances(tmp_path / "c.xlsx", "Chargée de communication"))
    assert adoption.project.header.project_manager != "Sylvie Gagnon"
