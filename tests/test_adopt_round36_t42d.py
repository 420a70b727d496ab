"""Round 36's third wave (task t42d, tuning on the ninety-first batch, ordinary workbooks in
other languages): the words of Lithuanian, Korean, Slovenian, Bulgarian, Icelandic and Malay
registers and reports adoption lacked, a Korean arrow direction read as ONE value, and the
other side's PERSON kept when its names are in a script adoption cannot tell.

Each is a small workbook in another trade than the batch's, adopted as a user would,
asserting the values a PMO sees; beside each, its near miss (an arrow between two values is
still a change, a party column of organisations still becomes the other project).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from addin.adopt.languages import one_arrowed_value, translate
from tests.adopt_sheets import adopt, book, field, finance_by_line, only, targets


def test_a_lithuanian_assumption_registers_confidence_consequence_and_status(
    tmp_path: Path,
) -> None:
    rows: list[list[object]] = [
        [
            "Nr.",
            "Prielaida",
            "Atsakingas asmuo",
            "Pasitikėjimas",
            "Pasekmės, jei prielaida neteisinga",
            "Būsena",
        ],
        [
            1,
            "Tiekėjas pristatys stiklą laiku",
            "Jonas Jonaitis",
            "Didelis",
            "Vėluotų montavimas",
            "Nepasitvirtino",
        ],
        [2, "Nuomos kaina nesikeis", "Asta Petraitė", "Mažas", "Išaugtų sąnaudos", "Atvira"],
        [3, "Leidimas bus gautas", "Jonas Jonaitis", "Vidutinis", "Darbai sustotų", "Atvira"],
    ]
    adoption = adopt(book(tmp_path / "lt.xlsx", "Prielaidos", rows))
    # before: the confidence and the consequence columns were lost, and "did not hold"
    assert field(adoption, "assumptions", "confidence") == ["High", "Low", "Medium"]
    assert field(adoption, "assumptions", "impact_if_false") == [
        "Vėluotų montavimas",
        "Išaugtų sąnaudos",
        "Darbai sustotų",
    ]
    assert field(adoption, "assumptions", "status") == ["Invalid", "Open", "Open"]


def test_a_korean_dependency_registers_arrow_directions_and_counterparty(
    tmp_path: Path,
) -> None:
    rows: list[list[object]] = [
        ["번호", "의존 항목", "구분", "담당자", "상대 담당자", "필요일", "상태"],
        ["D-1", "금형 도면 수령", "외부→당사", "김민준", "박서연", date(2026, 4, 1), "지연"],
        ["D-2", "시제품 납품", "당사→외부", "이도윤", "최지우", date(2026, 5, 6), "전달 완료"],
        ["D-3", "인증 서류 접수", "외부→당사", "김민준", "한지민", date(2026, 6, 3), "위험"],
    ]
    adoption = adopt(book(tmp_path / "ko.xlsx", "의존성", rows))
    # before: an arrow was read as a change of value and the direction left for a person;
    # the other side's contacts became the other project
    assert field(adoption, "dependencies", "direction") == ["Inbound", "Outbound", "Inbound"]
    assert field(adoption, "dependencies", "counterparty_owner") == ["박서연", "최지우", "한지민"]
    assert field(adoption, "dependencies", "status") == ["Late", "Delivered", "At Risk"]


def test_an_arrow_between_two_values_is_still_a_change() -> None:
    assert one_arrowed_value("외부→당사") and one_arrowed_value("당사 → 외부")
    assert not one_arrowed_value("진행 → 완료")  # in progress -> complete: two values
    assert not one_arrowed_value("Open -> Closed")
    assert translate("외부→당사", "values") == "inbound"


def test_a_party_column_of_organisations_is_still_the_other_project(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["ID", "Dependency", "Owner", "Counterparty owner", "Need by"],
        ["D1", "API spec", "Ann Lee", "Platform Team", date(2026, 4, 1)],
        ["D2", "Test data", "Bo Chen", "Data Services Ltd", date(2026, 5, 1)],
        ["D3", "Firewall", "Ann Lee", "Network Team", date(2026, 6, 1)],
    ]
    table = only(adopt(book(tmp_path / "en.xlsx", "Dependencies", rows)))
    assert targets(table)["Counterparty owner"] == "counterparty_project_id"


def test_a_slovenian_cost_tables_spend_is_the_actual(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Mesec", "Postavka", "Načrtovano (EUR)", "Porabljeno (EUR)"],
        ["januar 2026", "Gradbena dela", 12000.0, 11500.5],
        ["januar 2026", "Projektiranje", 3000.0, 3100.0],
        ["februar 2026", "Gradbena dela", 14000.0, None],
        ["februar 2026", "Projektiranje", 2000.0, None],
    ]
    lines = finance_by_line(adopt(book(tmp_path / "sl.xlsx", "Stroški", rows)))
    jan, feb = date(2026, 1, 1), date(2026, 2, 1)
    # before: `Porabljeno` (used up) was no column and every actual was lost
    assert (lines[jan, "Gradbena dela"].budget, lines[jan, "Gradbena dela"].actual) == (
        12000.0,
        11500.5,
    )
    assert lines[jan, "Projektiranje"].actual == 3100.0
    assert lines[feb, "Gradbena dela"].actual is None


def test_a_bulgarian_milestone_plans_statuses(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Нова пекарна – ключови етапи"],
        [],
        ["№", "Етап", "Отговорник", "Планирана дата", "Прогнозна дата", "Статус"],
        [1, "Доставка на пещта", "Иван Петров", date(2026, 3, 2), date(2026, 3, 9), "Забавен"],
        [2, "Монтаж на линията", "Мария Иванова", date(2026, 4, 6), None, "Не е започнат"],
        [3, "Пробно пускане", "Иван Петров", date(2026, 5, 4), None, "В изпълнение"],
    ]
    adoption = adopt(book(tmp_path / "bg.xlsx", "Етапи", rows))
    # before: the status column was left out, none of its words being read
    assert field(adoption, "milestones", "status") == ["Late", "Not Started", "In Progress"]


def test_an_icelandic_status_reports_labels_and_milestone_words(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["STÖÐUSKÝRSLA"],
        [],
        ["Heiti verkefnis", "Ný sundlaug á Höfn"],
        ["Eigandi verkefnis", "Sveitarfélagið Hornafjörður"],
        ["Verkefnastjóri", "Jón Jónsson"],
        ["Dagsetning skýrslu", "6. mars 2026"],
        [],
        ["Heildarstaða", "Rautt"],
        ["Samantekt", "Lagnir tefjast vegna frosts."],
        [],
        ["Vörður"],
        ["Varða", "Áætluð dagsetning", "Raundagsetning", "Staða"],
        ["Jarðvinna", date(2026, 1, 12), date(2026, 1, 14), "Lokið"],
        ["Lagnir", date(2026, 2, 16), None, "Seinkun"],
        ["Laug steypt", date(2026, 4, 20), None, "Í vinnslu"],
    ]
    adoption = adopt(book(tmp_path / "is.xlsx", "Skýrsla", rows))
    header = adoption.project.header
    # before: the owner, the report date, the overall colour and the summary were lost
    assert header.sponsor == "Sveitarfélagið Hornafjörður"
    assert header.report_date == date(2026, 3, 6)
    assert header.overall_rag == "Red"
    assert header.status_summary == "Lagnir tefjast vegna frosts."
    assert field(adoption, "milestones", "status") == ["Complete", "Late", "In Progress"]


def test_a_malay_schedules_not_started(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Projek Pusat Komuniti Kuantan – Jadual Pencapaian"],
        [],
        [
            "Bil.",
            "Pencapaian",
            "Pegawai Bertanggungjawab",
            "Tarikh Sasaran",
            "Tarikh Sebenar",
            "Status",
        ],
        [1, "Tapak dibersihkan", "Encik Razak", date(2026, 2, 2), date(2026, 2, 4), "Selesai"],
        [2, "Bangunan siap", "Puan Aminah", date(2026, 6, 1), None, "Belum Mula"],
        [3, "Jalan masuk diturap", "Encik Razak", date(2026, 4, 6), None, "Dalam Pelaksanaan"],
    ]
    adoption = adopt(book(tmp_path / "ms.xlsx", "Pencapaian", rows))
    assert field(adoption, "milestones", "status") == ["Complete", "Not Started", "In Progress"]
