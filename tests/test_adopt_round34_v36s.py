"""Round 34 (v36s): my own strangers' supplier and consultancy reports.

Seventeen small workbooks written from what suppliers, contractors, consultancies, agencies
and public bodies hand their clients in many countries (no batch file read), each a habit
of its own, adopted and compared with what a PMO analyst would take (docs/adopt.md, "Round
34: my own strangers' supplier and consultancy reports, far from the English template").
New readings, each with a near-miss that must not fire:

1. **a group label naming the kind of date** (``Planned`` / ``Plan`` / ``予定`` over ``Start
   date | Completion date``): the field under it reads as the group says (the planned
   completion is the baseline, not the day it was done); near-miss: ``Dates`` over ``Raised
   | Due`` names no kind and moves nothing;
2. **a consultancy's time report in its own language** (``Summe Stunden``, ``Total heures``,
   ``Total horas``, ``(Stunden)``): hours are the plan's unit, the plan is resources, read
   in days; near-miss: a German cost plan in EUR with a ``Stundensatz`` stays finance;
3. **a Finnish deviation report's ``Havaittu``** (observed) is the raised date; ``Ratkaisu``
   stays the resolution;
4. **an agency's staffing plan across a spacer column** is one resource plan; near-miss: a
   staff cost plan across a spacer is no resource plan;
5. **a units row saying hours under the months** states the plan's unit; near-miss: a units
   row of ``£``, or one that also writes a note, says no hours;
6. **a tracker's line names left of a spacer** (a block of their own) are its lines;
   near-miss: an approvers' list beside a tracker naming its own cost lines stays apart.
"""

from __future__ import annotations

from datetime import date
from datetime import datetime as dt
from pathlib import Path

from adopt_sheets import adopt, book, field, only, targets

# --- habits already read: each adopted as a PMO analyst would take it --------------------


def test_polish_contractor_risk_register(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Rejestr ryzyk projektu - Wykonawca: Budimex S.A."],
        [],
        [
            "Lp.",
            "Opis ryzyka",
            "Prawdopodobieństwo",
            "Wpływ",
            "Właściciel",
            "Działania zaradcze",
            "Termin",
            "Status",
        ],
        [
            1,
            "Opóźnienie dostaw stali",
            "wysokie",
            "średni",
            "J. Kowalski",
            "Zamówienie",
            dt(2026, 5, 10),
            "otwarte",
        ],
        [
            2,
            "Brak pozwolenia na wycinkę",
            "niskie",
            "wysoki",
            "A. Nowak",
            "Kontakt z urzędem",
            dt(2026, 6, 1),
            "otwarte",
        ],
        [
            3,
            "Rotacja kadry",
            "średnie",
            "niski",
            "J. Kowalski",
            "Premie",
            dt(2026, 4, 20),
            "zamknięte",
        ],
    ]
    adoption = adopt(book(tmp_path / "pl.xlsx", "Rejestr ryzyk", rows))
    table = only(adoption)
    assert table.register == "risks"
    got = targets(table)
    assert got["Prawdopodobieństwo"] == "probability" and got["Działania zaradcze"] == "response"
    assert field(adoption, "risks", "status") == ["Open", "Open", "Closed"]
    assert field(adoption, "risks", "probability") == [5.0, 1.0, 3.0]


def test_italian_supplier_issue_log_with_text_dates(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Registro delle criticità - Fornitore: Accenture Italia"],
        ["Aggiornato al 31/03/2026"],
        [
            "ID",
            "Criticità",
            "Data apertura",
            "Responsabile",
            "Priorità",
            "Stato",
            "Data chiusura prevista",
            "Note",
        ],
        [
            "CR-01",
            "Ritardo ambiente di test",
            "03/03/2026",
            "L. Bianchi",
            "Alta",
            "Aperta",
            "15/04/2026",
            "attesa",
        ],
        [
            "CR-02",
            "Dati anagrafici incompleti",
            "10/03/2026",
            "M. Rossi",
            "Media",
            "Chiusa",
            "20/03/2026",
            "",
        ],
        [
            "CR-03",
            "Licenze scadute",
            "18/03/2026",
            "L. Bianchi",
            "Bassa",
            "Aperta",
            "30/04/2026",
            "",
        ],
    ]
    adoption = adopt(book(tmp_path / "it.xlsx", "Problemi", rows))
    assert only(adoption).register == "issues"
    assert field(adoption, "issues", "raised_date")[0] == date(2026, 3, 3)
    assert field(adoption, "issues", "due_date")[2] == date(2026, 4, 30)
    assert field(adoption, "issues", "priority") == ["High", "Medium", "Low"]


def test_uk_interim_valuations_cumulative_gross(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Interim Payment Applications - JCT D&B 2016"],
        ["Project: Northgate Primary School extension"],
        [],
        [
            "Valuation No.",
            "Valuation date",
            "Gross valuation (£)",
            "Less retention 3% (£)",
            "Less previously certified (£)",
            "Amount due (£)",
        ],
        [1, dt(2026, 1, 31), 120000, 3600, 0, 116400],
        [2, dt(2026, 2, 28), 265000, 7950, 116400, 140650],
        [3, dt(2026, 3, 31), 410000, 12300, 257050, 140650],
    ]
    adoption = adopt(book(tmp_path / "val.xlsx", "Valuations", rows))
    table = only(adoption)
    assert table.register == "finance"
    assert targets(table)["Valuation No."] is None
    # the gross valuation is to date: each month's work is its difference
    assert {f.month: f.actual for f in adoption.project.finance} == {
        date(2026, 1, 1): 120000,
        date(2026, 2, 1): 145000,
        date(2026, 3, 1): 145000,
    }


def test_korean_vendor_milestones(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["프로젝트 마일스톤 현황"],
        [],
        ["번호", "마일스톤", "계획일", "실적일", "담당자", "상태"],
        [1, "요구사항 정의 완료", dt(2026, 2, 27), dt(2026, 3, 3), "김민수", "완료"],
        [2, "설계 승인", dt(2026, 4, 15), None, "이지은", "진행중"],
        [3, "시스템 오픈", dt(2026, 7, 1), None, "김민수", "예정"],
    ]
    adoption = adopt(book(tmp_path / "ko.xlsx", "일정", rows))
    got = targets(only(adoption))
    assert got["계획일"] == "baseline_date" and got["실적일"] == "actual_date"
    assert field(adoption, "milestones", "status")[:2] == ["Complete", "In Progress"]


def test_chinese_supplier_risk_list(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["项目风险登记表"],
        ["序号", "风险描述", "可能性", "影响程度", "应对措施", "责任人", "状态"],
        [1, "关键设备到货延迟", "高", "中", "提前下单", "王伟", "未关闭"],
        [2, "接口规范变更", "中", "高", "冻结接口版本", "李娜", "已关闭"],
        [3, "测试环境不足", "低", "中", "租用云资源", "王伟", "未关闭"],
    ]
    adoption = adopt(book(tmp_path / "zh.xlsx", "风险", rows))
    assert only(adoption).register == "risks"
    assert field(adoption, "risks", "status") == ["Open", "Closed", "Open"]
    assert field(adoption, "risks", "impact") == [3.0, 5.0, 3.0]


def test_dutch_steering_group_decisions(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Besluitenlijst stuurgroep"],
        ["Nr.", "Datum", "Besluit", "Genomen door", "Toelichting"],
        ["B-01", dt(2026, 1, 14), "Scope fase 2 vastgesteld", "Stuurgroep", "Zie memo"],
        ["B-02", dt(2026, 2, 11), "Leverancier X gegund", "Stuurgroep", ""],
        ["B-03", dt(2026, 3, 11), "Go-live verschoven naar juni", "Opdrachtgever", ""],
    ]
    adoption = adopt(book(tmp_path / "nl.xlsx", "Besluiten", rows))
    got = targets(only(adoption))
    assert got["Genomen door"] == "made_by" and got["Toelichting"] is None
    assert field(adoption, "decisions", "date")[2] == date(2026, 3, 11)


def test_german_hoai_fees_plan_and_ist_rows(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Honorarübersicht Leistungsphasen 1-4 (netto, EUR)"],
        [],
        ["Leistungsphase", "Art", "Jan 2026", "Feb 2026", "Mär 2026", "Summe"],
        ["LP1 Grundlagenermittlung", "Plan", 12000, 0, 0, 12000],
        ["LP1 Grundlagenermittlung", "Ist", 11500, 0, 0, 11500],
        ["LP2 Vorplanung", "Plan", 8000, 20000, 10000, 38000],
        ["LP2 Vorplanung", "Ist", 6000, 21000, 9000, 36000],
    ]
    adoption = adopt(book(tmp_path / "hoai.xlsx", "Honorar", rows))
    cells = {(f.month, f.cost_line): (f.budget, f.actual) for f in adoption.project.finance}
    assert cells[(date(2026, 2, 1), "LP2 Vorplanung")] == (20000, 21000)
    assert cells[(date(2026, 1, 1), "LP1 Grundlagenermittlung")] == (12000, 11500)


def test_indian_vendor_raid_by_letter(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["RAID Log"],
        ["S.No", "Type (R/A/I/D)", "Description", "Raised On", "Owner", "Target Date", "Status"],
        [1, "R", "Attrition in testing team", "02-Mar-2026", "Ravi Kumar", "30-Apr-2026", "Open"],
        [2, "I", "VPN access not provisioned", "05-Mar-2026", "Client IT", "12-Mar-2026", "Closed"],
        [3, "A", "Client to provide UAT data", "01-Mar-2026", "Sunita Rao", "15-Mar-2026", "Open"],
        [
            4,
            "D",
            "Approved offshore-onshore ratio",
            "08-Mar-2026",
            "Steering Committee",
            "08-Mar-2026",
            "Closed",
        ],
    ]
    adoption = adopt(book(tmp_path / "raid.xlsx", "RAID", rows))
    assert only(adoption).register == "raid"
    assert len(field(adoption, "risks", "id")) == 1 and len(field(adoption, "issues", "id")) == 1
    assert field(adoption, "assumptions", "validate_by") == [date(2026, 3, 15)]


def test_danish_milestones_with_letter_rag(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Statusrapport leverandør - uge 12"],
        [],
        ["Milepæl", "Ansvarlig", "Planlagt dato", "Forventet dato", "Status (R/G/Y)", "Bemærkning"],
        ["Kravspecifikation godkendt", "Mette Jensen", dt(2026, 2, 1), dt(2026, 2, 1), "G", ""],
        ["Testmiljø klar", "Lars Nielsen", dt(2026, 3, 15), dt(2026, 4, 5), "R", "Afventer kunde"],
        ["Pilotdrift", "Mette Jensen", dt(2026, 5, 1), dt(2026, 5, 15), "Y", ""],
    ]
    adoption = adopt(book(tmp_path / "dk.xlsx", "Milepæle", rows))
    got = targets(only(adoption))
    assert got["Planlagt dato"] == "baseline_date" and got["Forventet dato"] == "forecast_date"
    assert field(adoption, "milestones", "forecast_date")[1] == date(2026, 4, 5)


def test_turkish_dependencies_on_the_client(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Bağımlılık listesi"],
        ["No", "Bağımlılık", "Sağlayan taraf", "Sorumlu", "İhtiyaç tarihi", "Durum"],
        [1, "Müşteri test verisi", "Müşteri", "Ayşe Yılmaz", dt(2026, 4, 1), "Açık"],
        [2, "Ağ erişimi", "Müşteri BT", "Mehmet Demir", dt(2026, 3, 20), "Kapalı"],
        [3, "Lisans anahtarları", "Tedarikçi", "Ayşe Yılmaz", dt(2026, 4, 10), "Açık"],
    ]
    adoption = adopt(book(tmp_path / "tr.xlsx", "Bağımlılıklar", rows))
    got = targets(only(adoption))
    assert got["İhtiyaç tarihi"] == "need_by" and got["Sağlayan taraf"] is None
    assert field(adoption, "dependencies", "status") == ["Open", "Closed", "Open"]


def test_an_action_list_is_no_register(tmp_path: Path) -> None:
    """A Mexican steering committee's agreements and actions: the standard has no action
    register, so nothing is adopted and the report says so (no guess at issues)."""
    rows: list[list[object]] = [
        ["Minuta - Comité de seguimiento", None, None, "Fecha: 12/03/2026"],
        [],
        ["No.", "Acuerdo / Acción", "Responsable", "Fecha compromiso", "Estatus", "Comentarios"],
        [1, "Enviar plan de pruebas", "R. Hernández (Proveedor)", "20/03/2026", "Abierto", ""],
        [2, "Validar matriz de roles", "C. Gómez (Cliente)", "27/03/2026", "Cerrado", ""],
        [
            3,
            "Confirmar fecha de migración",
            "R. Hernández (Proveedor)",
            "03/04/2026",
            "Abierto",
            "",
        ],
    ]
    adoption = adopt(book(tmp_path / "mx.xlsx", "Acuerdos", rows))
    assert adoption.report.adopted_tables == []
    assert any("no register table" in str(w) for w in adoption.report.warnings)


# --- 1. a group label naming the kind of date --------------------------------------------


def _schedule(group: str, start: str, end: str) -> list[list[object]]:
    return [
        ["Milestones"],
        ["No.", "Milestone", "Owner", group, None, "Status"],
        [None, None, None, start, end, None],
        [1, "Design", "Sato", dt(2026, 1, 5), dt(2026, 2, 27), "Complete"],
        [2, "Build", "Suzuki", dt(2026, 3, 2), dt(2026, 4, 30), "In progress"],
        [3, "Test", "Sato", dt(2026, 5, 7), dt(2026, 6, 30), "Not started"],
    ]


def test_japanese_planned_over_start_and_end_is_the_baseline(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["マイルストーン一覧"],
        ["No.", "マイルストーン", "担当", "予定", None, "状況"],
        [None, None, None, "開始日", "終了日", None],
        [1, "基本設計", "佐藤", dt(2026, 1, 5), dt(2026, 2, 27), "完了"],
        [2, "詳細設計", "鈴木", dt(2026, 3, 2), dt(2026, 4, 30), "進行中"],
        [3, "結合テスト", "佐藤", dt(2026, 5, 7), dt(2026, 6, 30), "未着手"],
    ]
    adoption = adopt(book(tmp_path / "jp.xlsx", "工程表", rows, ("D2:E2",)))
    got = targets(only(adoption))
    assert got["予定 終了日"] == "baseline_date" and got["予定 開始日"] is None
    assert field(adoption, "milestones", "baseline_date")[1] == date(2026, 4, 30)
    assert field(adoption, "milestones", "actual_date") == [None, None, None]
    assert field(adoption, "milestones", "status") == ["Complete", "In Progress", "Not Started"]


def test_planned_over_a_completion_date_in_english(tmp_path: Path) -> None:
    for group, end in (("Planned", "Completion date"), ("Plan", "End")):
        adoption = adopt(
            book(tmp_path / "en.xlsx", "Plan", _schedule(group, "Start date", end), ("D2:E2",))
        )
        assert targets(only(adoption))[f"{group} {end}"] == "baseline_date", group


def test_actual_over_a_finish_is_the_actual(tmp_path: Path) -> None:
    adoption = adopt(
        book(tmp_path / "act.xlsx", "Plan", _schedule("Actual", "Start", "Finish"), ("D2:E2",))
    )
    assert targets(only(adoption))["Actual Finish"] == "actual_date"


def test_a_group_naming_no_kind_of_date_moves_nothing(tmp_path: Path) -> None:
    adoption = adopt(
        book(
            tmp_path / "dates.xlsx",
            "Plan",
            _schedule("Dates", "Start date", "Completion date"),
            ("D2:E2",),
        )
    )
    assert targets(only(adoption))["Dates Completion date"] == "actual_date"


# --- 2. a consultancy's time report in its own language ----------------------------------


def _hours(title: str, heads: list[str]) -> list[list[object]]:
    return [
        [title],
        [],
        heads,
        ["Anna Weber", "Projektleiterin", 120, 110, 132, 362],
        ["Erik Braun", "Entwickler", 160, 152, 168, 480],
    ]


def test_german_time_report_in_hours_is_resources(tmp_path: Path) -> None:
    for n, (title, heads) in enumerate(
        (
            (
                "Stundennachweis Berater - Q1 2026 (Stunden)",
                ["Name", "Rolle", "Jan 2026", "Feb 2026", "Mär 2026", "Summe"],
            ),
            (
                "Zeiterfassung je Berater - Q1 2026",
                ["Name", "Rolle", "Jan 2026", "Feb 2026", "Mär 2026", "Summe Stunden"],
            ),
            (
                "Relevé d'heures par consultant - T1 2026",
                ["Nom", "Rôle", "janv. 2026", "févr. 2026", "mars 2026", "Total heures"],
            ),
            (
                "Horas por consultor - T1 2026",
                ["Nombre", "Rol", "ene 2026", "feb 2026", "mar 2026", "Total horas"],
            ),
        )
    ):
        adoption = adopt(book(tmp_path / f"h{n}.xlsx", "Zeit", _hours(title, heads)))
        table = only(adoption)
        assert table.register == "resources", title
        assert adoption.project.finance == [], title
        days = {(r.person, r.month): r.planned_days for r in adoption.project.items("resources")}
        assert days[("Anna Weber", date(2026, 1, 1))] == 15.0, title  # 120 hours of 8


def test_a_german_cost_plan_with_an_hourly_rate_stays_finance(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Kostenplan Beratung (EUR)"],
        [],
        ["Name", "Rolle", "Stundensatz (€)", "Jan 2026", "Feb 2026", "Mär 2026"],
        ["Anna Weber", "Projektleiterin", 150, 18000, 16500, 19800],
        ["Erik Braun", "Entwickler", 110, 17600, 16720, 18480],
    ]
    adoption = adopt(book(tmp_path / "kosten.xlsx", "Kosten", rows))
    assert adoption.project.items("resources") == []
    assert {f.month for f in adoption.project.finance} >= {date(2026, 1, 1)}


# --- 3. a Finnish deviation report's date observed ---------------------------------------


def test_finnish_deviation_report_date_observed(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Poikkeamaraportti"],
        ["Tunnus", "Kuvaus", "Havaittu", "Vastuuhenkilö", "Prioriteetti", "Tila", "Ratkaisu"],
        [
            "P-101",
            "Raportin summat eivät täsmää",
            dt(2026, 3, 2),
            "Jari Virtanen",
            "Korkea",
            "Avoin",
            "",
        ],
        [
            "P-102",
            "Kirjautuminen hidas",
            dt(2026, 3, 5),
            "Sanna Mäkinen",
            "Keskitaso",
            "Suljettu",
            "Välimuisti",
        ],
        ["P-103", "Tulostus puuttuu", dt(2026, 3, 9), "Jari Virtanen", "Matala", "Avoin", ""],
    ]
    adoption = adopt(book(tmp_path / "fi.xlsx", "Poikkeamat", rows))
    got = targets(only(adoption))
    assert got["Havaittu"] == "raised_date" and got["Ratkaisu"] == "resolution"
    assert field(adoption, "issues", "raised_date") == [
        date(2026, 3, 2),
        date(2026, 3, 5),
        date(2026, 3, 9),
    ]


# --- 4 and 5. an agency's staffing plan: a spacer column, a units row --------------------

_PEOPLE: list[list[object]] = [
    ["Jordan Miles", "Creative Director", 225],
    ["Priya Shah", "Copywriter", 140],
    ["Leo Park", "Designer", 150],
]
_HOURS: list[list[object]] = [[40, 60, 20], [120, 140, 80], [100, 120, 100]]


def _staffing(title: str, spacer: bool, units: str | None) -> list[list[object]]:
    gap: list[object] = [None] if spacer else []
    rows: list[list[object]] = [
        [title],
        [],
        ["Name", "Title", "Bill rate ($/hr)", *gap, "Apr 2026", "May 2026", "Jun 2026"],
    ]
    if units is not None:
        rows.append([None, None, None, *gap, units, units, units])
    return rows + [p + gap + h for p, h in zip(_PEOPLE, _HOURS, strict=True)]


def test_agency_staffing_plan_across_a_spacer_and_under_a_units_row(tmp_path: Path) -> None:
    for n, (title, spacer, units) in enumerate(
        (
            ("Resource Plan - Statement of Work #3", True, "hours"),  # both
            ("Resource Plan - Statement of Work #3 (hours)", True, None),  # the spacer
            ("Resource Plan - Statement of Work #3", False, "hours"),  # the units row
            ("Resource Plan - Statement of Work #3", False, "Hrs"),
        )
    ):
        adoption = adopt(book(tmp_path / f"s{n}.xlsx", "Staffing", _staffing(title, spacer, units)))
        table = only(adoption)
        assert table.register == "resources", (spacer, units)
        got = targets(table)
        assert got["Name"] == "person" and got["Title"] == "role", (spacer, units)
        assert adoption.project.finance == [], (spacer, units)
        days = {(r.person, r.month): r.planned_days for r in adoption.project.items("resources")}
        assert days[("Jordan Miles", date(2026, 4, 1))] == 5.0, (spacer, units)  # 40 hours
        assert days[("Priya Shah", date(2026, 5, 1))] == 17.5, (spacer, units)


def test_a_staff_cost_plan_across_a_spacer_stays_finance(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Staff cost plan - SOW #3"],
        [],
        ["Name", "Title", None, "Apr 2026", "May 2026", "Jun 2026"],
        ["Jordan Miles", "Creative Director", None, 6000, 9000, 3000],
        ["Priya Shah", "Copywriter", None, 16800, 19600, 11200],
        ["Leo Park", "Designer", None, 15000, 18000, 15000],
    ]
    adoption = adopt(book(tmp_path / "cost.xlsx", "Plan", rows))
    assert adoption.project.items("resources") == []
    # rule 6: the names left of the spacer are the tracker's lines (not Row 4, Row 5)
    cells = {(f.cost_line, f.month): f.budget for f in adoption.project.finance}
    assert cells[("Priya Shah", date(2026, 5, 1))] == 19600
    assert targets(only(adoption))["Name"] == "cost_line"


def test_a_list_on_other_rows_beside_a_tracker_is_not_its_lines(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Staff cost plan - SOW #3"],
        [],
        ["Approver", "Role", None, "Cost line", "Apr 2026", "May 2026", "Jun 2026"],
        ["Jordan Miles", "Sponsor", None, "Design", 6000, 9000, 3000],
        [None, None, None, "Copy", 16800, 19600, 11200],
        [None, None, None, "Artwork", 15000, 18000, 15000],
        [None, None, None, "Print", 2000, 2500, 1000],
    ]
    adoption = adopt(book(tmp_path / "beside.xlsx", "Plan", rows))
    assert {f.cost_line for f in adoption.project.finance} == {"Design", "Copy", "Artwork", "Print"}


def test_a_units_row_of_money_or_of_a_note_says_no_hours(tmp_path: Path) -> None:
    people = [p[:2] for p in _PEOPLE]
    money = [[6000, 9000, 3000], [16800, 19600, 11200], [15000, 18000, 15000]]
    rows: list[list[object]] = [
        ["Staff cost plan - SOW #3"],
        [],
        ["Name", "Title", "Apr 2026", "May 2026", "Jun 2026"],
        [None, None, "£", "£", "£"],
    ] + [p + m for p, m in zip(people, money, strict=True)]
    adoption = adopt(book(tmp_path / "pounds.xlsx", "Plan", rows))
    assert adoption.project.items("resources") == []
    assert {f.budget for f in adoption.project.finance} >= {6000.0}
    # a units row that also writes a note is no units row: nothing states the plan's unit
    noted: list[list[object]] = [
        ["Resource Plan - SOW #3"],
        [],
        ["Name", "Title", "Apr 2026", "May 2026", "Jun 2026"],
        [None, "see note", "hours", "hours", "hours"],
    ] + [p + h for p, h in zip(people, _HOURS, strict=True)]
    adoption = adopt(book(tmp_path / "noted.xlsx", "Plan", noted))
    assert adoption.project.items("resources") == []
