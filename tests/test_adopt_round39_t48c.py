"""Round 39 (task t48c): tuning on the hundred-and-fifth batch (ordinary registers and
trackers in other languages). Each rule on a small workbook of its own shape: letters a
legend spells out, the notes under a table, a title block's colon in a cell of its own, a
decision log's premises, a legend's product of the scales, a role in project, and the
words of the batch's languages."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from addin.adopt.legend_letters import legend_of, spelt_header
from tests.adopt_sheets import adopt, best_candidate, book, column, field, finance_by_line, only


def _lettered_register(note: list[object] | None) -> list[list[object]]:
    rows: list[list[object]] = [
        ["Cold store risk register"],
        [],
        ["No", "Kode", "Risk event", "K", "D", "K x D", "Owner", "Status"],
        [1, "R-01", "Grid supply unstable during trials", 2, 4, 8, "Agus", "Open"],
        [2, "R-02", "Environmental permit issued late", 3, 5, 15, "Budi", "Closed"],
        [3, "R-03", "Fill settles on site", 4, 3, 12, "Dewi", "Open"],
    ]
    if note is not None:
        rows += [[], note]
    return rows


def test_letters_a_legend_under_the_table_spells_out_are_read_as_its_words(
    tmp_path: Path,
) -> None:
    """``K | D | K x D`` with ``Keterangan: K = Kemungkinan (1-5), D = Dampak (1-5)`` under
    the table: K is the probability, D the impact, K x D their product (the typed score,
    recomputed, not imported)."""
    note: list[object] = ["Keterangan: K = Kemungkinan (1-5), D = Dampak (1-5)"]
    adoption = adopt(book(tmp_path / "risks.xlsx", "Risks", _lettered_register(note)))
    table = only(adoption)
    assert column(table, "K").target == "probability"
    assert column(table, "D").target == "impact"
    assert column(table, "K x D").target is None
    assert "computed" in column(table, "K x D").note
    assert field(adoption, "risks", "probability") == [2, 3, 4]
    assert field(adoption, "risks", "impact") == [4, 5, 3]


def test_letters_without_a_legend_stay_unread(tmp_path: Path) -> None:
    """Without the legend, ``K`` and ``D`` say nothing: left out, as before."""
    adoption = adopt(book(tmp_path / "risks.xlsx", "Risks", _lettered_register(None)))
    table = only(adoption)
    assert column(table, "K").target is None
    assert column(table, "D").target is None


def test_a_legend_reads_only_letters_and_their_products() -> None:
    """A legend pairs two letters or more; a header with another word is not spelt."""
    legend = legend_of(["Key: L = Likelihood; C = Consequence", "Status: open"])
    assert legend == {"L": "Likelihood", "C": "Consequence"}
    assert spelt_header("L", legend) == "Likelihood"
    assert spelt_header("L x C", legend) == "Likelihood x Consequence"
    assert spelt_header("L score", legend) is None
    assert legend_of(["Status: open"]) == {}


def test_notes_under_the_table_leave_the_row_number_a_row_number(tmp_path: Path) -> None:
    """``No`` 1, 2, 3 beside ``Kode`` R-01 ..: the codes are the IDs, though a note line
    under the table stands in the ``No`` column (it was read as a value of that column, so
    the numbers no longer ran 1..N and kept the ID)."""
    note: list[object] = ["Tingkat: 1-4 Rendah, 5-9 Sedang, 10-16 Tinggi, 20-25 Sangat Tinggi"]
    adoption = adopt(book(tmp_path / "risks.xlsx", "Risks", _lettered_register(note)))
    table = only(adoption)
    assert column(table, "Kode").target == "id"
    assert column(table, "No").target is None
    assert field(adoption, "risks", "id") == ["R-001", "R-002", "R-003"]
    assert table.items == {"risks": 3}


def test_a_colon_typed_in_its_own_cell_is_no_project_value(tmp_path: Path) -> None:
    """``Nama Proyek | : | Cold store`` (the colons lined up in a column of their own): the
    project's name is the cell after the colon."""
    rows: list[list[object]] = [
        ["DAFTAR RISIKO PROYEK"],
        ["Nama Proyek", ":", "Cold Storage PPI Muncar"],
        ["Manajer Proyek", ":", "Dewi Lestari"],
        [],
        ["Kode", "Peristiwa Risiko", "Penanggung Jawab", "Status"],
        ["R-01", "Grid supply unstable", "Agus", "Terbuka"],
        ["R-02", "Permit late", "Budi", "Ditutup"],
    ]
    header = adopt(book(tmp_path / "risks.xlsx", "Daftar Risiko", rows)).project.header
    assert header.project_name == "Cold Storage PPI Muncar"
    assert header.project_manager == "Dewi Lestari"


def test_icelandic_minutes_decisions_and_their_premises(tmp_path: Path) -> None:
    """An Icelandic steering group's decisions: ``Fundardagur`` (the meeting day) the date,
    ``Niðurstaða`` (the conclusion) the decision, ``Forsendur`` (its premises) the rationale,
    ``Samþykkt af`` (approved by) who made it; ``Verkefnisstjóri`` the project manager."""
    rows: list[list[object]] = [
        ["Ákvarðanir stýrihóps"],
        [],
        ["Verkefni:", "Stækkun gróðurhúss"],
        ["Verkefnisstjóri:", "Guðrún Jónsdóttir"],
        [],
        ["Fundardagur", "Málefni", "Niðurstaða", "Forsendur", "Samþykkt af"],
        ["28. febrúar 2026", "Stálgrind", "Samið við innlendan", "Styttri afhending", "Guðrún"],
        ["14. apríl 2026", "Pökkun", "Pökkun frestað til 2027", "Fjármögnun ekki tryggð", "Stjórn"],
    ]
    adoption = adopt(book(tmp_path / "decisions.xlsx", "Niðurstöður funda", rows))
    assert only(adoption).register == "decisions"
    assert field(adoption, "decisions", "date") == [date(2026, 2, 28), date(2026, 4, 14)]
    assert field(adoption, "decisions", "decision")[1] == "Pökkun frestað til 2027"
    assert field(adoption, "decisions", "rationale")[0] == "Styttri afhending"
    assert field(adoption, "decisions", "made_by") == ["Guðrún", "Stjórn"]
    assert adoption.project.header.project_manager == "Guðrún Jónsdóttir"


def test_assumptions_beside_a_rationale_stay_out_of_a_decision(tmp_path: Path) -> None:
    """The premises are the rationale only when no column is named so (weak)."""
    assert best_candidate("Assumptions", "decisions") is not None
    rows: list[list[object]] = [
        ["Decision log"],
        ["Date", "Decision", "Rationale", "Assumptions", "Decided by"],
        ["2026-03-02", "Use local steel", "Shorter lead time", "Mill has capacity", "Board"],
        ["2026-04-09", "Defer packing hall", "No funding", "Grant in 2027", "Board"],
    ]
    adoption = adopt(book(tmp_path / "decisions.xlsx", "Decisions", rows))
    table = only(adoption)
    assert column(table, "Rationale").target == "rationale"
    assert column(table, "Assumptions").target is None


def test_estonian_dependency_promised_date_and_state(tmp_path: Path) -> None:
    """``Lubatud tähtaeg`` (promised) the committed date, ``Seis`` (state) the status, and
    ``Täidetud`` (fulfilled) a delivered dependency."""
    rows: list[list[object]] = [
        ["Sõltuvuste register"],
        [],
        ["Jrk", "Sõltuvus", "Vastutaja", "Vajalik hiljemalt", "Lubatud tähtaeg", "Seis"],
        [1, "Elektrivõrguga liitumine", "Rein Mägi", "20.03.2026", "25.03.2026", "Hilinenud"],
        [
            2,
            "Muinsuskaitseameti kooskõlastus",
            "Kadri Tamm",
            "30.04.2026",
            "30.04.2026",
            "Täidetud",
        ],
    ]
    adoption = adopt(book(tmp_path / "deps.xlsx", "Sõltuvused", rows))
    assert field(adoption, "dependencies", "committed_date") == [
        date(2026, 3, 25),
        date(2026, 4, 30),
    ]
    assert field(adoption, "dependencies", "status") == ["Late", "Delivered"]


def test_ukrainian_assumption_if_false_and_its_check(tmp_path: Path) -> None:
    """``Наслідки, якщо хибне`` the impact if false, ``Результат перевірки`` the outcome,
    ``Хибне`` (false) an invalid assumption."""
    rows: list[list[object]] = [
        ["Реєстр припущень"],
        [],
        [
            "№ з/п",
            "Припущення",
            "Відповідальний",
            "Наслідки, якщо хибне",
            "Статус",
            "Результат перевірки",
        ],
        [
            1,
            "Генератор покриває навантаження",
            "Петро",
            "Потрібен другий генератор",
            "Хибне",
            "Не підтвердилось",
        ],
        [2, "Громада виділить ділянку", "Ірина", "Затримка на 2-3 місяці", "Відкрите", None],
    ]
    adoption = adopt(book(tmp_path / "assumptions.xlsx", "Припущення", rows))
    assert field(adoption, "assumptions", "impact_if_false")[0] == "Потрібен другий генератор"
    assert field(adoption, "assumptions", "outcome")[0] == "Не підтвердилось"
    assert field(adoption, "assumptions", "status") == ["Invalid", "Open"]


def test_georgian_status_panel_and_milestone_actuals(tmp_path: Path) -> None:
    """``საერთო სტატუსი`` the overall RAG, ``ვადები`` (deadlines) the schedule's,
    ``მასშტაბი`` the scope's; a milestone's ``ფაქტიური`` its actual date, ``შესრულებულია``
    Complete and ``მიმდინარეობს`` In Progress."""
    rows: list[list[object]] = [
        ["პროექტის სტატუსის ანგარიში"],
        [],
        ["პროექტი:", "სასმელი გალერეის რეაბილიტაცია"],
        ["ანგარიშის თარიღი:", "28.03.2026"],
        [],
        ["სტატუსი", "შეფასება"],
        ["საერთო სტატუსი", "წითელი"],
        ["ვადები", "ყვითელი"],
        ["ბიუჯეტი", "მწვანე"],
        ["მასშტაბი", "ყვითელი"],
        [],
        ["№", "ეტაპი", "დაგეგმილი", "პროგნოზი", "ფაქტიური", "სტატუსი"],
        [
            1,
            "დოკუმენტაციის დამტკიცება",
            date(2026, 1, 23),
            date(2026, 2, 13),
            date(2026, 2, 13),
            "შესრულებულია",
        ],
        [2, "მშენებლობის ნებართვა", date(2026, 3, 30), date(2026, 4, 2), None, "მიმდინარეობს"],
    ]
    adoption = adopt(book(tmp_path / "status.xlsx", "სტატუსი", rows))
    header = adoption.project.header
    assert (header.overall_rag, header.schedule_rag, header.scope_rag) == ("Red", "Amber", "Amber")
    assert field(adoption, "milestones", "actual_date") == [date(2026, 2, 13), None]
    assert field(adoption, "milestones", "status") == ["Complete", "In Progress"]


MONTHS = ("feb 26", "mar 26", "apr 26", "máj 26")


def test_slovak_resource_plan_role_in_project_and_worker(tmp_path: Path) -> None:
    """``Pozícia v projekte`` (the post in the project) the role, ``Pracovník`` (the worker)
    the person, person-days (``v človekodňoch``) by month: the plan was refused before."""
    rows: list[list[object]] = [
        ["Alokácia zdrojov"],
        ["v človekodňoch"],
        [],
        ["Pozícia v projekte", "Pracovník", "Organizácia", *MONTHS, "Celkom"],
        ["Projektový manažér", "Ján Novák", "HZS", 6, 10, 8, 5, "=SUM(D5:G5)"],
        ["Projektant", "Peter Kováč", "Ateliér K2", 8, 5, None, 10, "=SUM(D6:G6)"],
        ["Rozpočtár", "Martina Vargová", "HZS", 3.5, None, 2, 10, "=SUM(D7:G7)"],
    ]
    adoption = adopt(book(tmp_path / "plan.xlsx", "Zdroje", rows))
    lines = adoption.project.resources
    assert {(r.role, r.person, r.month, r.planned_days) for r in lines} >= {
        ("Projektový manažér", "Ján Novák", date(2026, 2, 1), 6),
        ("Projektant", "Peter Kováč", date(2026, 3, 1), 5),
    }


def test_swahili_budget_and_spending_by_month(tmp_path: Path) -> None:
    """``Bajeti`` / ``Matumizi`` (budget / spending) under each month: the spending is the
    actual (it was left out)."""
    rows: list[list[object]] = [
        ["UFUATILIAJI WA BAJETI (TZS)"],
        [],
        ["Kifungu", "Julai 2025", None, "Agosti 2025", None],
        [None, "Bajeti", "Matumizi", "Bajeti", "Matumizi"],
        ["Usafiri", 5000000, 5280000, 9250000, 5485000],
        ["Jenereta", 12250000, 9326000, 8750000, 4062000],
    ]
    path = book(tmp_path / "budget.xlsx", "Bajeti", rows, merged=("A3:A4", "B3:C3", "D3:E3"))
    lines = finance_by_line(adopt(path))
    assert lines[(date(2025, 7, 1), "Usafiri")].actual == 5280000
    assert lines[(date(2025, 8, 1), "Jenereta")].budget == 8750000
    assert lines[(date(2025, 8, 1), "Jenereta")].actual == 4062000


def test_maltese_actual_spend_and_categories(tmp_path: Path) -> None:
    """``Nefqa Attwali`` (actual spend) the actual; ``Kategorija`` the category, its
    ``Servizzi`` Services and ``Materjali`` materials (Hardware)."""
    rows: list[list[object]] = [
        ["Rapport finanzjarju (EUR)"],
        [],
        ["Xahar", "Kategorija", "Deskrizzjoni", "Baġit (€)", "Nefqa Attwali (€)"],
        ["Jannar 2026", "Servizzi", "Kiri tal-kran", 3500, 2999.07],
        ["Jannar 2026", "Materjali", "Injam", 2000, 2048],
        ["Frar 2026", "Servizzi", "Kiri tal-kran", 3300, 3742.25],
    ]
    adoption = adopt(book(tmp_path / "finance.xlsx", "Finanzi", rows))
    assert column(only(adoption), "Kategorija").target == "category"
    lines = finance_by_line(adoption)
    assert lines[(date(2026, 1, 1), "Kiri tal-kran")].actual == 2999.07
    assert lines[(date(2026, 1, 1), "Kiri tal-kran")].category == "Services"
    assert lines[(date(2026, 1, 1), "Injam")].category == "Hardware"


def test_chinese_planned_resolution_date_is_the_due_date() -> None:
    """``计划解决日期`` (the date planned to solve it by) is an issue's due date."""
    assert best_candidate("计划解决日期", "issues") == ("due_date", 1.0)


def test_role_in_project_is_the_role() -> None:
    """``Role in project`` (Slovak ``Pozícia v projekte``) is a resource plan's role."""
    assert best_candidate("Role in project", "resources") == ("role", 1.0)


def test_indonesian_level_beside_the_scales_is_the_risk_level() -> None:
    """Indonesian ``Tingkat`` (level) in a risk register is the risk's level, its rating;
    ``Tingkat Keparahan`` stays the severity."""
    assert best_candidate("Tingkat", "risks") == ("rating", 1.0)
    assert best_candidate("Tingkat Keparahan", "issues") == ("severity", 1.0)


def test_a_legend_of_the_columns_values_leaves_its_header_alone(tmp_path: Path) -> None:
    """``R = Risk, I = Issue`` over an ``R/I`` column of ``R`` and ``I``: the legend keys the
    values (each row's register), so the header is not spelt and the rows are still split
    into risks and issues with their descriptions as titles."""
    rows: list[list[object]] = [
        ["Copra mill - supplier risk & issue log"],
        ["R = Risk, I = Issue"],
        [],
        ["Item", "R/I", "Description", "Owner", "Date raised", "Status"],
        [1, "R", "Solar dryer output short in the wet season", "Ben", date(2026, 3, 3), "Open"],
        [2, "I", "Generator fuel contract expired", "Joel", date(2026, 3, 27), "Open"],
        [3, "I", "Growers paid late for the first lots", "Ben", date(2026, 4, 10), "Open"],
    ]
    adoption = adopt(book(tmp_path / "log.xlsx", "Risks & Issues", rows))
    assert field(adoption, "risks", "title") == ["Solar dryer output short in the wet season"]
    assert field(adoption, "issues", "title") == [
        "Generator fuel contract expired",
        "Growers paid late for the first lots",
    ]
