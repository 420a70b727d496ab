"""Round 37 (ox37): wrong readings and refused tables round 36's engineers left.

Each a general rule on small workbooks built here (docs/adopt.md, "Round 37: round 36's
leftovers mended (ox37)"), each with a near miss that keeps its reading:

1. ``Workaround`` as an issue's status is the issue still worked on: ``In Progress``
   (``aliases.LIST_ALIASES``), never Resolved; a risk's list reads it ``Open``;
2. ``Text`` alone is no name (``languages.COMPOUND_PARTS_ONLY``): German ``Text`` is read
   as a compound's part only (``Kostenartentext``, the cost element's name);
3. English ``Gun`` is no Turkish ``gün`` (days): a text of ASCII letters alone is English
   (``languages._ENGLISH_UNACCENTED``, now for headers and titles too);
4. a payment certificates log whose periods-down turn reads no row keeps its direct
   reading (``api._adopt_turned_as``), and a header saying its running total itself is
   differenced once (``rows._valued_to_date``);
5. a financial year named in German, French, Spanish, Italian, Dutch or Portuguese counts
   from January unless stated (``periods.calendar_year_by_language``);
6. a Malay ``Pencapaian`` / Bulgarian ``Етап`` column names a milestone plan.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from addin.adopt.languages import translate
from addin.adopt.periods import calendar_year_by_language
from tests.adopt_sheets import adopt, book, field, finance_by_line, only, registers, targets

# --- 1. a workaround is no fix --------------------------------------------------------------

_ISSUES = [
    ("Printer queue jams at month end", "Ann Lee"),
    ("VPN drops every night at two", "Bob Stone"),
    ("Login takes a minute on Mondays", "Ann Lee"),
    ("Backup job fails on the file server", "Cy Dune"),
]


def _issue_log(tmp: Path, sheet: str, statuses: list[str]) -> Path:
    rows: list[list[object]] = [["Ref", "Description", "Date raised", "Owner", "Status"]]
    for i, ((text, who), status) in enumerate(zip(_ISSUES, statuses, strict=True)):
        rows.append([f"I-{i + 1:03d}", text, date(2026, 3, i + 2), who, status])
    return book(tmp / f"issues_{sheet}.xlsx", sheet, rows)


def test_an_issue_with_a_workaround_is_in_progress(tmp_path: Path) -> None:
    statuses = ["Open", "Workaround", "Resolved", "Workaround in place"]
    adoption = adopt(_issue_log(tmp_path, "Issue log", statuses))
    assert registers(adoption) == ["issues"]
    # before: None twice (no status list read the word; the text was kept and reported)
    assert field(adoption, "issues", "status") == ["Open", "In Progress", "Resolved", "In Progress"]


def test_a_workaround_closes_no_issue_on_a_neutral_sheet_either(tmp_path: Path) -> None:
    # rx37's rule: every status word must be one of the issue list's; the workaround now is
    adoption = adopt(_issue_log(tmp_path, "Data", ["Open", "Workaround", "Resolved", "Open"]))
    assert registers(adoption) == ["issues"]
    assert field(adoption, "issues", "status")[1] == "In Progress"


def test_near_miss_a_risk_with_a_workaround_is_open_and_the_header_still_the_fix(
    tmp_path: Path,
) -> None:
    rows: list[list[object]] = [["Risk", "Owner", "Probability", "Impact", "Status"]]
    rows += [
        [f"Supplier {n} may fail to deliver", "Ann Lee", "High", "Low", s]
        for n, s in enumerate(["Open", "Workaround", "Closed"])
    ]
    adoption = adopt(book(tmp_path / "risks.xlsx", "Risk register", rows))
    assert field(adoption, "risks", "status") == ["Open", "Open", "Closed"]
    # a ``Workaround`` COLUMN is still the resolution (rt33b), not a status
    rows = [["ID", "Issue", "Owner", "Status", "Workaround"]]
    rows += [
        [f"I-{n}", text, who, "Open", "Restart the service"]
        for n, (text, who) in enumerate(_ISSUES)
    ]
    table = only(adopt(book(tmp_path / "wa.xlsx", "Issues", rows)))
    assert targets(table)["Workaround"] == "resolution"


# --- 2. ``Text`` alone is no name -----------------------------------------------------------


def test_a_text_column_beside_the_milestone_is_no_milestone_name(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Milestone", "Text", "Due date", "Status"]]
    for n in range(3):
        rows.append([f"Gate {n + 1}", f"note {n + 1}", date(2026, 3 + n, 1), "Not Started"])
    adoption = adopt(book(tmp_path / "ms.xlsx", "Milestones", rows))
    got = targets(only(adoption))
    # before: ``Text`` (German for a name) took the milestone, ``Milestone`` became the id
    assert (got["Milestone"], got["Text"]) == ("milestone", None)
    assert field(adoption, "milestones", "milestone") == ["Gate 1", "Gate 2", "Gate 3"]


def test_a_postings_text_is_no_cost_line(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Date", "Text", "Amount"]]
    for n in range(4):
        rows.append([date(2026, 1 + n, 3), f"Invoice {n} from Acme", 100.0 * (n + 1)])
    table = only(adopt(book(tmp_path / "costs.xlsx", "Costs", rows)))
    assert targets(table) == {"Date": "month", "Text": None, "Amount": "actual"}


def test_near_miss_an_sap_text_compound_and_a_text_column_alone_keep_their_readings(
    tmp_path: Path,
) -> None:
    assert translate("Kostenartentext") == "cost line name"  # the element's name (t41c)
    assert translate("Text") is None
    # a register's only text column is still its title, by its content
    rows: list[list[object]] = [["ID", "Text", "Owner", "Status"]]
    rows += [
        [f"R-{n}", f"Supplier may fail to deliver part {n}", "Ann Lee", "Open"] for n in range(4)
    ]
    adoption = adopt(book(tmp_path / "r.xlsx", "Risk register", rows))
    assert targets(only(adoption))["Text"] == "title"


# --- 3. English ``Gun`` is no Turkish ``gün`` -------------------------------------------------


def _crew_plan(tmp: Path, title: str, figures: tuple[int, int, int]) -> Path:
    rows: list[list[object]] = [[title], [], ["Name", "Role", "Jan 26", "Feb 26", "Mar 26"]]
    for n, (who, role) in enumerate(
        [("Ann Lee", "Range officer"), ("Bob Stone", "Armourer"), ("Cy Dune", "Safety")]
    ):
        rows.append([who, role, *(f * (n + 1) for f in figures)])
    return book(tmp / f"crew_{len(title)}.xlsx", "Crew", rows)


def test_a_gun_crews_hours_are_no_days(tmp_path: Path) -> None:
    assert translate("Gun") is None and translate("Nail gun") is None
    adoption = adopt(_crew_plan(tmp_path, "Gun crew plan", (40, 60, 80)))
    # before: ``gun`` read as days, 120 and 160 "days" a month planned for one person
    assert adoption.project.resources == []


def test_near_miss_a_turkish_plans_gun_is_still_days(tmp_path: Path) -> None:
    assert translate("Toplam (gün)") == "total days"
    adoption = adopt(_crew_plan(tmp_path, "Atış ekibi planı (adam/gün)", (2, 3, 4)))
    assert registers(adoption) == ["resources"]
    assert field(adoption, "resources", "planned_days")[:3] == [2.0, 3.0, 4.0]


# --- 4. interim payment certificates --------------------------------------------------------


def _ipc(tmp: Path, deductions_negative: bool) -> Path:
    head = ["IPC No.", "Period ending", "Gross valuation (cumulative)", "Less retention"]
    rows: list[list[object]] = [["Interim payment certificates"], [], head]
    head += ["Less previously certified", "Amount certified"]
    sign = -1.0 if deductions_negative else 1.0
    before = 0.0
    for n in range(4):
        gross = 100000.0 * (n + 1) * (n + 2) / 2  # 100k, 300k, 600k, 1m: 100k more a month
        retention = gross * 0.05
        net = gross - retention - before
        rows.append([n + 1, datetime(2026, n + 1, 28), gross, sign * retention, sign * before])
        rows[-1].append(net)
        before += net
    return book(tmp / f"ipc_{deductions_negative}.xlsx", "IPC", rows)


@pytest.mark.parametrize("deductions_negative", [True, False])
def test_an_ipc_log_reads_each_months_gross_work(deductions_negative: bool, tmp_path: Path) -> None:
    adoption = adopt(_ipc(tmp_path, deductions_negative))
    assert registers(adoption) == ["finance"]
    assert targets(only(adoption))["Gross valuation (cumulative)"] == "actual"
    got = {month: line.actual for (month, _), line in finance_by_line(adoption).items()}
    # before: adopted with no row (turned into lines: a total and three payment summaries);
    # with the deductions positive, the running total was differenced twice (100k a month)
    assert got == {
        date(2026, 1, 1): 100000.0,
        date(2026, 2, 1): 200000.0,
        date(2026, 3, 1): 300000.0,
        date(2026, 4, 1): 400000.0,
    }


def test_near_miss_valuations_with_their_trades_across_are_still_turned(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Contractor valuations"], []]
    rows.append(["Period to", "Groundworks", "Steel frame", "Cladding"])
    for n in range(3):
        rows.append([datetime(2026, n + 1, 28), 1000.0 * (n + 1), 2000.0, 500.0 * n])
    adoption = adopt(book(tmp_path / "vals.xlsx", "Valuations", rows))
    got = finance_by_line(adoption)
    assert got[(date(2026, 2, 1), "Groundworks")].actual == 2000.0
    assert got[(date(2026, 3, 1), "Steel frame")].actual == 2000.0


# --- 5. a financial year in a language whose year is the calendar year ----------------------


def _long(tmp: Path, name: str, head: list[str]) -> dict[tuple[date, str], float | None]:
    rows: list[list[object]] = [head]
    rows += [[2026, 1, "Personalkosten", 1000, 900], [2026, 2, "Personalkosten", 1000, 950]]
    rows += [[2026, 3, "Reisekosten", 200, 150]]
    adoption = adopt(book(tmp / f"{name}.xlsx", "Export", rows))
    return {key: line.actual for key, line in finance_by_line(adoption).items()}


@pytest.mark.parametrize(
    "head",
    [
        ["Geschäftsjahr", "Periode", "Kostenart", "Plan", "Ist"],
        ["GJahr", "Periode", "Kostenart", "Plan", "Ist"],
        ["Exercice", "Période", "Poste", "Budget", "Réel"],
        ["Ejercicio", "Período", "Partida", "Presupuesto", "Real"],
    ],
)
def test_an_erp_export_s_financial_year_in_its_language_starts_in_january(
    head: list[str], tmp_path: Path
) -> None:
    got = _long(tmp_path, head[0], head)
    # before: April (the reading's default), period 1 = April 2026
    assert got[(date(2026, 1, 1), "Personalkosten")] == 900
    assert got[(date(2026, 3, 1), "Reisekosten")] == 150


def test_near_miss_an_english_fiscal_year_keeps_the_april_default(tmp_path: Path) -> None:
    got = _long(tmp_path, "en", ["Fiscal Year", "Period", "Cost Element", "Plan", "Actual"])
    assert got[(date(2026, 4, 1), "Personalkosten")] == 900
    # a financial year over two calendar years is none, whatever its language
    assert calendar_year_by_language(["Exercice 2025/26"]) is None
    assert calendar_year_by_language(["Kostenbericht Geschäftsjahr 2026"]) is not None


# --- 6. a Malay or Bulgarian milestone plan by its column word --------------------------------


def test_a_malay_milestone_plan_without_an_actual_date(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Pelan Projek Klinik Desa"], []]
    rows.append(["Pencapaian", "Pemilik", "Tarikh Sasaran", "Status"])
    rows += [
        ["Reka bentuk diluluskan", "Siti Aminah", date(2026, 3, 1), "Belum Mula"],
        ["Pembinaan siap", "Ahmad Razak", date(2026, 5, 1), "Dalam Pelaksanaan"],
        ["Serah terima", "Siti Aminah", date(2026, 7, 1), "Belum Mula"],
    ]
    adoption = adopt(book(tmp_path / "ms.xlsx", "Jadual", rows))
    # before: refused ("no milestone column")
    assert registers(adoption) == ["milestones"]
    assert targets(only(adoption))["Pencapaian"] == "milestone"
    assert field(adoption, "milestones", "baseline_date")[1] == date(2026, 5, 1)


def test_a_bulgarian_milestone_plan_without_an_actual_date(tmp_path: Path) -> None:
    rows: list[list[object]] = [["План на проекта"], []]
    rows.append(["Етап", "Отговорник", "Планирана дата", "Статус"])
    rows += [
        ["Проект одобрен", "Иван Петров", date(2026, 3, 1), "Не е започнат"],
        ["Строителство завършено", "Мария Иванова", date(2026, 5, 1), "В изпълнение"],
        ["Предаване", "Иван Петров", date(2026, 7, 1), "Не е започнат"],
    ]
    adoption = adopt(book(tmp_path / "bg.xlsx", "График", rows))
    assert registers(adoption) == ["milestones"]
    assert field(adoption, "milestones", "milestone")[0] == "Проект одобрен"
    assert field(adoption, "milestones", "status") == ["Not Started", "In Progress", "Not Started"]


def test_near_miss_a_bulgarian_risks_stage_and_a_malay_reports_achievements(
    tmp_path: Path,
) -> None:
    rows: list[list[object]] = [["Регистър на рисковете"], []]
    rows.append(["№", "Риск", "Етап", "Отговорник", "Вероятност", "Въздействие", "Статус"])
    rows += [
        [
            1,
            "Забавяне на доставката на стомана",
            "Строителство",
            "Иван Петров",
            "Висока",
            "Средно",
            "Отворен",
        ],
        [2, "Липса на разрешение", "Проектиране", "Мария Иванова", "Ниска", "Високо", "Отворен"],
        [
            3,
            "Поскъпване на материалите",
            "Строителство",
            "Иван Петров",
            "Средна",
            "Средно",
            "Затворен",
        ],
    ]
    adoption = adopt(book(tmp_path / "bgr.xlsx", "Рискове", rows))
    assert registers(adoption) == ["risks"]
    assert targets(only(adoption))["Етап"] is None  # the risk's stage names no milestone
    rows = [["Laporan Status Projek"], [], ["Perkara", "Pencapaian", "Isu", "Tindakan"]]
    rows += [
        ["Minggu 12", "Bumbung siap", "Hujan lebat", "Tambah pekerja"],
        ["Minggu 13", "Lantai siap", "Simen lewat", "Hubungi pembekal"],
        ["Minggu 14", "Dinding siap", "Tiada", "Tiada"],
    ]
    assert "milestones" not in registers(adopt(book(tmp_path / "msr.xlsx", "Status", rows)))
