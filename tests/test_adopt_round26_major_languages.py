"""Round 26's last hour (issue 15): the thirty-seventh batch's major business languages.
Their misses were words and phrase forms the vocabularies lacked (``languages.toml``'s
``round26c`` sections) and two rules that did not reach these layouts (a long project name
in a title block, a unit line ``Importi in €``). Each is tried on workbooks written for
these tests (no benchmark layout: other sectors, other columns), with a near-miss that must
not be taken."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from adopt_sheets import adopt, book, field, only, targets

# ---------------------------------------------------------------------------------------
# Korean: 상세 내용 (description), 중요도 (importance: the priority), 진행상태 (status)
# with 미처리 / 처리중 / 미조치 / 조치중
# ---------------------------------------------------------------------------------------


def _korean_issues(path: Path, action_header: str) -> Path:
    """A Korean hospital's EMR upgrade issue list."""
    rows: list[list[object]] = [["EMR 고도화 이슈 목록"], []]
    rows.append(["번호", "이슈명", "상세 내용", "담당자", "중요도", "진행상태", action_header])
    rows.append([1, "처방 화면 지연", "피크 시간 응답 5초", "한지민", "상", "미처리", None])
    rows.append([2, "검사 결과 누락", "인터페이스 재전송 필요", "오세훈", "중", "처리중", "재전송"])
    rows.append([3, "권한 설정 오류", "간호부 권한 누락", "한지민", "하", "조치중", "권한 추가"])
    rows.append([4, "프린터 드라이버", "병동 프린터 교체", "오세훈", "중", "미조치", None])
    return book(path, "이슈", rows)


def test_a_korean_issue_lists_detail_importance_and_progress_are_read(tmp_path: Path) -> None:
    adoption = adopt(_korean_issues(tmp_path / "k.xlsx", "조치 내용"))
    got = targets(only(adoption))
    assert got["상세 내용"] == "description"
    assert got["중요도"] == "priority"
    assert got["진행상태"] == "status"
    assert field(adoption, "issues", "description")[1] == "인터페이스 재전송 필요"
    assert field(adoption, "issues", "priority") == ["High", "Medium", "Low", "Medium"]
    assert field(adoption, "issues", "status") == ["Open", "In Progress", "In Progress", "Open"]


def test_the_action_taken_is_still_the_resolution_not_the_description(tmp_path: Path) -> None:
    # near-miss: `조치 내용` (what was done) shares `내용` with `상세 내용` but is no description
    got = targets(only(adopt(_korean_issues(tmp_path / "n.xlsx", "조치 내용"))))
    assert got["조치 내용"] == "resolution"


# ---------------------------------------------------------------------------------------
# Arabic: المخرج المطلوب (the deliverable), تاريخ الاحتياج (the date of need: need-by),
# في المسار (on track)
# ---------------------------------------------------------------------------------------


def _arabic_dependencies(path: Path, third_status: str) -> Path:
    """A university's student system dependency register in Arabic."""
    rows: list[list[object]] = [["سجل الاعتماديات"], []]
    rows.append(["الاعتمادية", "المخرج المطلوب", "المسؤول", "تاريخ الاحتياج", "الحالة"])
    rows.append(["ربط نظام القبول", "واجهة القبول", "سالم الحارثي", datetime(2026, 5, 3), "مفتوحة"])
    rows.append(["بيانات الرسوم", "ملف الرسوم", "هدى الكندي", datetime(2026, 6, 9), "في المسار"])
    rows.append(["بوابة الدفع", "خدمة الدفع", "سالم الحارثي", datetime(2026, 7, 1), third_status])
    return book(path, "الاعتماديات", rows)


def test_an_arabic_dependencys_output_date_of_need_and_track_are_read(tmp_path: Path) -> None:
    adoption = adopt(_arabic_dependencies(tmp_path / "a.xlsx", "في المسار"))
    got = targets(only(adoption))
    assert got["المخرج المطلوب"] == "deliverable"
    assert got["تاريخ الاحتياج"] == "need_by"
    assert field(adoption, "dependencies", "deliverable")[0] == "واجهة القبول"
    assert field(adoption, "dependencies", "need_by")[1] == date(2026, 6, 9)
    assert field(adoption, "dependencies", "status") == ["Open", "On Track", "On Track"]


def test_off_the_track_is_not_on_track(tmp_path: Path) -> None:
    # near-miss: `خارج المسار` (off the track) shares `المسار` but is no On Track
    adoption = adopt(_arabic_dependencies(tmp_path / "o.xlsx", "خارج المسار"))
    assert field(adoption, "dependencies", "status")[2] != "On Track"


# ---------------------------------------------------------------------------------------
# Turkish: Yanlış Çıkarsa Etkisi (its impact if it turns out false)
# ---------------------------------------------------------------------------------------


def _turkish_assumptions(path: Path, last: str) -> Path:
    """A Turkish port expansion's assumption list."""
    rows: list[list[object]] = [["Varsayımlar"], []]
    rows.append(["Varsayım", "Sorumlu", "Durum", last])
    rows.append(["Vinç teslimi Mart ayında", "Ayşe Demir", "Açık", "Açılış 2 ay kayar"])
    rows.append(["Liman izni yenilenecek", "Can Yıldız", "Doğrulandı", "İşletme durur"])
    rows.append(["Kur sabit kalacak", "Ayşe Demir", "Açık", "Maliyet %5 artar"])
    return book(path, "Varsayımlar", rows)


def test_a_turkish_impact_if_it_turns_out_false_is_read(tmp_path: Path) -> None:
    adoption = adopt(_turkish_assumptions(tmp_path / "t.xlsx", "Yanlış Çıkarsa Etkisi"))
    assert targets(only(adoption))["Yanlış Çıkarsa Etkisi"] == "impact_if_false"
    assert field(adoption, "assumptions", "impact_if_false")[1] == "İşletme durur"


def test_what_to_do_if_false_is_no_impact(tmp_path: Path) -> None:
    # near-miss: `Yanlış Çıkarsa Yapılacak` (what is done if false) names no impact
    adoption = adopt(_turkish_assumptions(tmp_path / "y.xlsx", "Yanlış Çıkarsa Yapılacak"))
    assert targets(only(adoption))["Yanlış Çıkarsa Yapılacak"] != "impact_if_false"


# ---------------------------------------------------------------------------------------
# Polish: bazowy (baseline) and zrealizowany (complete) in their inflections
# ---------------------------------------------------------------------------------------


def _polish_milestones(path: Path, done: str) -> Path:
    """A Polish rail depot's milestone plan: `Termin bazowy`, statuses in -a / -y forms."""
    rows: list[list[object]] = [["Kamienie milowe"], []]
    rows.append(["Kamień milowy", "Odpowiedzialny", "Termin bazowy", "Status"])
    rows.append(["Projekt wykonawczy", "Anna Wiśniewska", datetime(2026, 2, 2), done])
    rows.append(["Dostawa rozjazdów", "Piotr Mazur", datetime(2026, 4, 6), "W realizacji"])
    rows.append(["Odbiór końcowy", "Anna Wiśniewska", datetime(2026, 9, 1), "Zrealizowany"])
    return book(path, "Harmonogram", rows)


def test_a_polish_baseline_and_a_carried_out_milestone_are_read(tmp_path: Path) -> None:
    adoption = adopt(_polish_milestones(tmp_path / "p.xlsx", "Zrealizowana"))
    assert targets(only(adoption))["Termin bazowy"] == "baseline_date"
    assert field(adoption, "milestones", "baseline_date")[1] == date(2026, 4, 6)
    assert field(adoption, "milestones", "status") == ["Complete", "In Progress", "Complete"]


def test_not_carried_out_is_not_complete(tmp_path: Path) -> None:
    # near-miss: `Niezrealizowany` (not carried out) is no inflection of `zrealizowany`
    adoption = adopt(_polish_milestones(tmp_path / "n.xlsx", "Niezrealizowany"))
    assert field(adoption, "milestones", "status")[0] != "Complete"


# ---------------------------------------------------------------------------------------
# Japanese: 大 / 中 / 小 as an impact scale under a merged `評価` group; 案件名 (the project)
# ---------------------------------------------------------------------------------------


def _japanese_risks(path: Path, label: str) -> Path:
    """A Japanese logistics centre's risk table: `評価` merged over two scales."""
    rows: list[list[object]] = [["リスク一覧"], [f"{label}：物流センター自動倉庫更新"], []]
    rows.append(["リスク内容", "評価", None, "担当", "状態"])
    rows.append([None, "発生確率", "影響度", None, None])
    rows.append(["搬送装置の納期遅延", "高", "大", "田中 一郎", "対応中"])
    rows.append(["電源工事の停電調整", "中", "小", "山本 花子", "監視中"])
    rows.append(["倉庫管理システム移行", "低", "中", "田中 一郎", "クローズ"])
    return book(path, "リスク", rows, merged=("B4:C4", "A4:A5", "D4:D5", "E4:E5"))


def test_a_size_scale_is_an_impact_and_the_matter_name_the_project(tmp_path: Path) -> None:
    adoption = adopt(_japanese_risks(tmp_path / "j.xlsx", "案件名"))
    assert field(adoption, "risks", "impact") == [5, 1, 3]
    assert field(adoption, "risks", "probability") == [5, 3, 1]
    assert adoption.project.header.project_name == "物流センター自動倉庫更新"


def test_a_matter_number_is_no_project_name(tmp_path: Path) -> None:
    # near-miss: `案件番号` (the matter's number) is no name of the project
    adoption = adopt(_japanese_risks(tmp_path / "n.xlsx", "案件番号"))
    assert adoption.project.header.project_name != "物流センター自動倉庫更新"


# ---------------------------------------------------------------------------------------
# A title block's long project name is a name; a long labelled sentence is still prose
# ---------------------------------------------------------------------------------------


def _titled(path: Path, line: str) -> Path:
    rows: list[list[object]] = [["Registro de riesgos"], [line], []]
    rows.append(["Riesgo", "Responsable", "Estado"])
    rows.append(["Retraso del proveedor de hornos", "Lucía Martín", "Abierto"])
    rows.append(["Cambio normativo de emisiones", "Jorge Pérez", "Cerrado"])
    return book(path, "Riesgos", rows)


def test_a_long_name_with_its_client_and_place_is_the_project(tmp_path: Path) -> None:
    name = "Renovación del sistema de hornos – Cerámicas del Levante (Onda)"
    assert len(name) > 60 and len(name.split()) <= 10
    adoption = adopt(_titled(tmp_path / "l.xlsx", f"Proyecto: {name}"))
    assert adoption.project.header.project_name == name


def test_a_long_labelled_instruction_is_no_project_name(tmp_path: Path) -> None:
    # near-miss: guidance after the label, longer and of more words than a name
    line = "Proyecto: indique aquí el nombre del proyecto tal como figura en el contrato"
    assert adopt(_titled(tmp_path / "g.xlsx", line)).project.header.project_name is None


# ---------------------------------------------------------------------------------------
# A unit line of a few words ending "in €" in any language states the currency
# ---------------------------------------------------------------------------------------


def _german_costs(path: Path, unit: str) -> Path:
    """A German depot's cost plan: a unit line under the title, months across."""
    rows: list[list[object]] = [["Kostenplan Depot Nord"], [unit], []]
    rows.append(["Monat", "Kostenart", "Budget", "Ist"])
    for line, base in (("Stahlbau", 120000.0), ("Elektro", 45000.0)):
        for m, month in enumerate((date(2026, 3, 1), date(2026, 4, 1))):
            rows.append([month, line, base + 1000 * m, base * 0.9 + 700 * m])
    return book(path, "Kosten", rows)


def test_amounts_in_the_euro_sign_state_the_currency(tmp_path: Path) -> None:
    assert adopt(_german_costs(tmp_path / "e.xlsx", "Beträge in €")).project.header.currency == (
        "EUR"
    )


def test_amounts_in_a_bare_dollar_state_none(tmp_path: Path) -> None:
    # near-miss: `$` alone names no one currency (US, Canadian, Australian ...)
    assert adopt(_german_costs(tmp_path / "d.xlsx", "Beträge in $")).project.header.currency is None


# ---------------------------------------------------------------------------------------
# German: Gesamtstatus (overall) and Termine (the dates: the schedule) as RAG labels
# ---------------------------------------------------------------------------------------


def _status_report(path: Path, dates_value: str) -> Path:
    rows: list[list[object]] = [["Statusbericht April"], []]
    rows.append(["Projekt:", "Neubau Werkhof Thun"])
    rows.append(["Gesamtstatus:", "rot"])
    rows.append(["Termine:", dates_value])
    rows.append([])
    rows.append(["Meilenstein", "Verantwortlich", "Basistermin", "Status"])
    rows.append(["Baubewilligung", "Urs Keller", datetime(2026, 3, 2), "erreicht"])
    rows.append(["Rohbau", "Lea Frei", datetime(2026, 8, 14), "in Arbeit"])
    return book(path, "Status", rows)


def test_overall_status_and_dates_are_the_overall_and_schedule_rags(tmp_path: Path) -> None:
    header = adopt(_status_report(tmp_path / "s.xlsx", "gelb")).project.header
    assert (header.overall_rag, header.schedule_rag) == ("Red", "Amber")


def test_dates_that_are_no_colour_are_no_schedule_rag(tmp_path: Path) -> None:
    # near-miss: `Termine: 12 Meilensteine` counts the dates; it is no RAG
    header = adopt(_status_report(tmp_path / "n.xlsx", "12 Meilensteine")).project.header
    assert header.schedule_rag is None
    assert header.overall_rag == "Red"


# ---------------------------------------------------------------------------------------
# Spanish / Portuguese: Perfil (the profile a person is booked as) is the role
# ---------------------------------------------------------------------------------------


def _staffing(path: Path, second: str) -> Path:
    rows: list[list[object]] = [["Plan de recursos del equipo de datos (jornadas)"], []]
    rows.append(["Nombre", second, "ene 2026", "feb 2026", "mar 2026"])
    rows.append(["Joana Reis", "Analista de datos", 10, 12, 6])
    rows.append(["Rui Costa", "Jefe de proyecto", 8, 8, 4])
    rows.append(["Inés López", "Arquitecta de integración", 5, 10, 10])
    return book(path, "Recursos", rows)


def test_a_profile_column_is_the_role(tmp_path: Path) -> None:
    adoption = adopt(_staffing(tmp_path / "p.xlsx", "Perfil"))
    assert targets(only(adoption))["Perfil"] == "role"
    assert sorted({r.role for r in adoption.project.resources})[0] == "Analista de datos"


def test_a_company_column_is_no_role(tmp_path: Path) -> None:
    # near-miss: `Empresa` (the employer) beside the person names no role
    adoption = adopt(_staffing(tmp_path / "e.xlsx", "Empresa"))
    assert targets(only(adoption))["Empresa"] != "role"
