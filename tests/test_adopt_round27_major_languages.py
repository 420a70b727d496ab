"""Round 27 (issue 15): the major business languages in depth (Polish, Japanese, Chinese,
Korean, Arabic, Turkish, Russian). The words a local PM writes for concepts the vocabularies
hold (abbreviated owners, register phrases, PMBOK response types, Planner's priorities and
"assigned to"), a task tool's export sheet named in the language (``Zadania``, ``Задачи``,
``任務``) read by the file's name as ``Tasks`` is, and a report's filter line and reporting
period in these languages. Each on a workbook written for these tests (other sectors than
the benchmarks'), with a near-miss that must not be taken."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from adopt_sheets import adopt, best_candidate, book, books, field, only, targets

from addin.adopt.project import period_end

# ---------------------------------------------------------------------------------------
# Polish: `Odp.` (odpowiedzialny, the owner), `Plan reakcji`, `Data aktualizacji`, and the
# response types unikanie / łagodzenie / przeniesienie / akceptacja
# ---------------------------------------------------------------------------------------


def _polish_risks(path: Path, strategies: list[str]) -> Path:
    """A Polish dairy cooperative's cheese-line automation risk register."""
    rows: list[list[object]] = [["Rejestr ryzyk – automatyzacja linii serowarskiej"], []]
    rows.append(["Lp.", "Ryzyko", "Odp.", "Strategia", "Plan reakcji", "Data aktualizacji"])
    people = ["Marta Kowalczyk", "Jan Mazur", "Marta Kowalczyk", "Ewa Wójcik"]
    texts = ["Awaria prasy", "Brak części", "Zmiana normy HACCP", "Odejście technologa"]
    for n, (text, who, strategy) in enumerate(zip(texts, people, strategies, strict=True)):
        rows.append([n + 1, text, who, strategy, f"Działanie {n + 1}", datetime(2026, 4, n + 2)])
    return book(path, "Ryzyka", rows)


def test_a_polish_registers_abbreviated_owner_and_response_types_are_read(tmp_path: Path) -> None:
    strategies = ["Unikanie", "Łagodzenie", "Przeniesienie", "Akceptacja"]
    adoption = adopt(_polish_risks(tmp_path / "p.xlsx", strategies))
    got = targets(only(adoption))
    assert got["Odp."] == "owner"
    assert got["Plan reakcji"] == "response"
    assert got["Data aktualizacji"] == "last_updated"
    assert field(adoption, "risks", "owner")[1] == "Jan Mazur"
    assert field(adoption, "risks", "response_type") == ["Avoid", "Reduce", "Transfer", "Accept"]


def test_statuses_in_the_strategy_column_are_no_response_types(tmp_path: Path) -> None:
    # near-miss: a column headed `Strategia` holding statuses is not read as response types
    adoption = adopt(_polish_risks(tmp_path / "n.xlsx", ["Otwarte", "Zamknięte"] * 2))
    assert set(field(adoption, "risks", "response_type")) <= {None, ""}


# ---------------------------------------------------------------------------------------
# Japanese: 対策 (the countermeasure: the response), 対応期限 (the due date), 回避 / 軽減 /
# 転嫁 / 受容; Korean 조치기한, 모니터링; Korean 기준일 (the as-of date) is no baseline
# ---------------------------------------------------------------------------------------


def test_a_japanese_risk_tables_countermeasure_deadline_and_strategies(tmp_path: Path) -> None:
    rows: list[list[object]] = [["物流センター自動倉庫更新 リスク一覧"], []]
    rows.append(["No.", "リスク名", "担当者", "対応方針", "対策", "対応期限"])
    responses = ["受容", "回避", "軽減", "転嫁"]
    for n, response in enumerate(responses):
        rows.append(
            [n + 1, f"搬送機の停止 {n}", "山本 翔", response, "予備品を確保", date(2026, 5, n + 1)]
        )
    adoption = adopt(book(tmp_path / "j.xlsx", "リスク", rows))
    got = targets(only(adoption))
    assert got["対策"] == "response"
    assert got["対応期限"] == "due_date"
    assert field(adoption, "risks", "response_type") == ["Accept", "Avoid", "Reduce", "Transfer"]
    assert field(adoption, "risks", "due_date")[2] == date(2026, 5, 3)


def test_a_korean_risk_lists_deadline_and_monitoring(tmp_path: Path) -> None:
    rows: list[list[object]] = [["항만 크레인 교체 리스크 목록"], []]
    rows.append(["번호", "리스크명", "담당자", "상태", "조치기한"])
    statuses = ["미조치", "모니터링", "종료"]
    for n, status in enumerate(statuses):
        rows.append([n + 1, f"크레인 납기 {n}", "정하늘", status, date(2026, 6, n + 1)])
    adoption = adopt(book(tmp_path / "k.xlsx", "리스크", rows))
    assert targets(only(adoption))["조치기한"] == "due_date"
    assert field(adoption, "risks", "status") == ["Open", "Monitoring", "Closed"]


def test_a_korean_reference_date_is_no_baseline() -> None:
    # near-miss: 기준일 is the date a report is as at, not a milestone's baseline
    found = best_candidate("기준일", "milestones")
    assert found is None or found[0] != "baseline_date"
    assert best_candidate("예상 완료일", "milestones") == ("forecast_date", 1.0)


# ---------------------------------------------------------------------------------------
# Arabic: المعلم الرئيسي (the milestone), تاريخ خط الأساس (the baseline date); a bare
# المعلم ("the teacher" too) is not taken
# ---------------------------------------------------------------------------------------


def test_an_arabic_milestone_plan_is_read(tmp_path: Path) -> None:
    # no title: the sheet's name and the headers alone say what it is
    rows: list[list[object]] = []
    rows.append(["المعلم الرئيسي", "المسؤول", "تاريخ خط الأساس", "التاريخ المتوقع", "الحالة"])
    rows.append(
        ["اعتماد التصميم", "سعيد البلوشي", datetime(2026, 3, 1), datetime(2026, 3, 9), "مكتمل"]
    )
    rows.append(
        ["توريد المضخات", "مريم الهاشمي", datetime(2026, 5, 1), datetime(2026, 6, 2), "متأخر"]
    )
    rows.append(
        ["التشغيل التجريبي", "سعيد البلوشي", datetime(2026, 9, 1), datetime(2026, 9, 1), "لم يبدأ"]
    )
    adoption = adopt(book(tmp_path / "a.xlsx", "المعالم الرئيسية", rows))
    got = targets(only(adoption))
    assert got["المعلم الرئيسي"] == "milestone"
    assert got["تاريخ خط الأساس"] == "baseline_date"
    assert field(adoption, "milestones", "status") == ["Complete", "Late", "Not Started"]


def test_a_bare_arabic_teacher_word_is_no_milestone() -> None:
    # near-miss: المعلم alone is also "the teacher"; only the milestone phrases are taken
    assert best_candidate("المعلم", "milestones") is None


# ---------------------------------------------------------------------------------------
# A task tool's export in the language: its sheet named as the tool names every export is a
# sheet nobody named, so the file's name says what it holds
# ---------------------------------------------------------------------------------------

_RU_EXPORT = ["Ид. задачи", "Название задачи", "Назначено", "Приоритет", "Срок выполнения"]


def _russian_export_rows() -> list[list[object]]:
    rows: list[list[object]] = [list(_RU_EXPORT)]
    priorities = ["Срочный", "Важный", "Средний", "Низкий"]
    for n, priority in enumerate(priorities):
        rows.append(
            [f"kQ{n}x7Lm", f"Сбой датчика {n}", "Орлова Н.В.", priority, datetime(2026, 4, n + 3)]
        )
    return rows


def test_a_russian_planner_export_saved_as_a_problem_log_is_an_issue_log(tmp_path: Path) -> None:
    adoption = adopt(
        book(tmp_path / "Журнал проблем котельной.xlsx", "Задачи", _russian_export_rows())
    )
    table = only(adoption)
    assert table.register == "issues"
    assert targets(table)["Назначено"] == "owner"
    assert field(adoption, "issues", "priority") == ["Critical", "High", "Medium", "Low"]


def test_a_task_sheet_a_person_named_or_beside_a_register_keeps_its_own_name(
    tmp_path: Path,
) -> None:
    # near-misses: `Задачи проекта` is a name a person gave; a `Задачи` sheet beside a
    # `Риски` sheet is that project's task list, and the file's name is the other sheet's
    named = adopt(book(tmp_path / "Журнал проблем.xlsx", "Задачи проекта", _russian_export_rows()))
    assert "issues" not in [t.register for t in named.report.adopted_tables]
    risks: list[list[object]] = [
        ["№", "Риск", "Ответственный", "Статус"],
        [1, "Рост цен", "Орлова Н.В.", "Открыт"],
    ]
    beside = adopt(
        books(
            tmp_path / "Журнал проблем 2.xlsx", {"Задачи": _russian_export_rows(), "Риски": risks}
        )
    )
    assert "issues" not in [t.register for t in beside.report.adopted_tables]


def test_a_traditional_chinese_export_is_read_by_its_file_name(tmp_path: Path) -> None:
    rows: list[list[object]] = [["任務 ID", "任務名稱", "指派給", "優先順序", "截止日期"]]
    for n, priority in enumerate(["緊急", "重要", "中等"]):
        rows.append(
            [f"Zp{n}q8Rt", f"閘門感測器異常 {n}", "陳冠宇", priority, datetime(2026, 7, n + 1)]
        )
    adoption = adopt(book(tmp_path / "問題清單 水閘.xlsx", "任務", rows))
    table = only(adoption)
    assert table.register == "issues"
    assert targets(table)["指派給"] == "owner"
    assert field(adoption, "issues", "priority") == ["Critical", "High", "Medium"]


# ---------------------------------------------------------------------------------------
# A report's filter line and reporting period in the languages
# ---------------------------------------------------------------------------------------


def _turkish_report(path: Path, lines: list[list[object]]) -> Path:
    rows: list[list[object]] = [*lines, [], ["Sıra No", "Risk", "Sorumlu", "Durum"]]
    rows += [
        [1, "Vinç arızası", "Deniz Aydın", "Açık"],
        [2, "Gümrük gecikmesi", "Can Öztürk", "Kapalı"],
    ]
    return book(path, "Riskler", rows)


def test_a_turkish_filter_line_and_reporting_period_give_project_and_date(tmp_path: Path) -> None:
    lines: list[list[object]] = [
        ["Rapor: 02.04.2026 | Filtre: Proje = Liman Vinç Yenileme"],
        ["Raporlama Dönemi:", "01.03.2026 - 31.03.2026"],
    ]
    header = adopt(_turkish_report(tmp_path / "t.xlsx", lines)).project.header
    assert header.project_name == "Liman Vinç Yenileme"
    assert header.report_date == date(2026, 3, 31)


def test_a_turkish_filter_of_many_projects_and_a_phase_period_give_neither(tmp_path: Path) -> None:
    # near-misses: `<>` selects every project but one; a period over a phase name is no date
    lines: list[list[object]] = [
        ["Filtre: Proje <> Liman Vinç Yenileme"],
        ["Raporlama Dönemi:", "Faz 2 - kurulum"],
    ]
    header = adopt(_turkish_report(tmp_path / "n.xlsx", lines)).project.header
    assert not header.project_name
    assert header.report_date is None


def test_a_japanese_range_written_with_a_wave_dash_ends_on_its_last_day() -> None:
    assert period_end("2026/3/1～2026/3/31") == date(2026, 3, 31)
    assert period_end("2026-01-01 至 2026-03-31") == date(2026, 3, 31)
    # near-miss: a wave dash between two names is no period
    assert period_end("第2期～運用開始") is None
