"""Red team of adoption round 10 (issue 15): 36 languages, substring matching for scripts
written without spaces, and columns mapped by their values alone, probed for results that
are **wrong** (not missing) and that a PMO would trust. Each defect found has a test here
that failed before its fix; the probes found right are kept so a later change cannot quietly
break them. Every workbook is a shape a PMO keeps, written for these tests (docs/adopt.md,
"Red team of round 10").
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from adopt_sheets import adopt as _adopt
from adopt_sheets import book as _book
from adopt_sheets import column as _column
from adopt_sheets import field as _field
from adopt_sheets import only as _only

from addin.adopt.convert import level_word

# --- scripts without spaces: a negation before a list word --------------------------------


def test_a_chinese_not_closed_is_never_read_as_closed(tmp_path: Path) -> None:
    # 未关闭 = "not closed": read as 未 + 关闭 (closed), then "未 closed" passed as a close
    # spelling of Closed (0.86), so every open risk was adopted closed
    rows: list[list[object]] = [
        ["编号", "标题", "负责人", "可能性", "影响", "状态"],
        ["R-001", "供应商延迟", "王伟", "高", "低", "未关闭"],
        ["R-002", "数据丢失", "李娜", "低", "高", "已关闭"],
        ["R-003", "关键人员离职", "王伟", "中", "中", "未关闭"],
        ["R-004", "预算削减", "李娜", "低", "中", "未關閉"],
    ]
    adoption = _adopt(_book(tmp_path / "zh.xlsx", "风险登记册", rows))
    assert _field(adoption, "risks", "status") == ["Open", "Closed", "Open", "Open"]


def test_a_japanese_not_complete_milestone_is_not_complete(tmp_path: Path) -> None:
    # 未完了 = "not complete" (as 未完成 in Chinese, 미완료 in Korean): read as complete
    # before, so a go-live still to come showed as achieved
    rows: list[list[object]] = [
        ["ID", "マイルストーン", "担当者", "期限", "状態"],
        ["M1", "要件定義完了", "田中", date(2026, 3, 31), "完了"],
        ["M2", "設計完了", "佐藤", date(2026, 6, 30), "未完了"],
        ["M3", "本番稼働", "田中", date(2026, 9, 30), "未完了"],
    ]
    adoption = _adopt(_book(tmp_path / "ja.xlsx", "マイルストーン", rows))
    # "incomplete", as the English word reads: in progress
    assert _field(adoption, "milestones", "status") == ["Complete", "In Progress", "In Progress"]


def test_a_negation_the_file_does_not_know_is_listed_not_read_as_its_opposite(
    tmp_path: Path,
) -> None:
    # Korean 미종료 ("not ended": 미 + 종료 = closed) and Thai ยังไม่ปิด ("not closed yet"):
    # no word of the file says so, so the cells are kept and listed, never read as Closed
    rows: list[list[object]] = [
        ["ID", "이슈", "담당자", "상태"],
        ["I1", "서버 장애", "김민수", "종료"],
        ["I2", "라이선스 만료", "이지은", "진행 중"],
        ["I3", "사용자 부재", "김민수", "미종료"],
        ["I4", "보고서 지연", "이지은", "열림"],
        ["I5", "테스트 환경", "김민수", "종료"],
    ]
    adoption = _adopt(_book(tmp_path / "ko.xlsx", "이슈", rows))
    statuses = _field(adoption, "issues", "status")
    assert statuses == ["Closed", "In Progress", None, "Open", "Closed"]
    (unread,) = _only(adoption).unconverted
    assert (unread.cell, unread.value) == ("D4", "미종료")


# --- levels: "very" in scripts other than Latin ---------------------------------------------


def test_very_high_in_other_scripts_is_never_read_as_high(tmp_path: Path) -> None:
    # Очень высокая ("very high") read as High: the Russian "very" was dropped as a letter
    # outside a-z, so a five-level register read as three levels (very high = high = 5)
    rows: list[list[object]] = [
        ["ID", "Название", "Ответственный", "Вероятность", "Влияние", "Статус"],
        ["R1", "Задержка поставщика", "Анна Иванова", "Очень высокая", "Низкая", "Открыт"],
        ["R2", "Потеря данных", "Иван Петров", "Высокая", "Очень высокая", "Открыт"],
        ["R3", "Уход сотрудника", "Анна Иванова", "Средняя", "Очень низкая", "Закрыт"],
        ["R4", "Сокращение бюджета", "Иван Петров", "Низкая", "Высокая", "Открыт"],
    ]
    adoption = _adopt(_book(tmp_path / "ru.xlsx", "Риски", rows))
    # read on the five-level scale, as "Very High" / "High" / "Medium" / "Low" / "Very Low"
    assert _field(adoption, "risks", "probability") == [5.0, 4.0, 3.0, 2.0]
    assert _field(adoption, "risks", "impact") == [2.0, 5.0, 1.0, 4.0]


def test_very_and_its_place_in_each_script() -> None:
    assert level_word("很高") == "very high"  # Chinese: 很 before
    assert level_word("非常に高い") == "very high"  # Japanese
    assert level_word("매우 높음") == "very high"  # Korean
    assert level_word("πολύ υψηλή") == "very high"  # Greek
    assert level_word("बहुत उच्च") == "very high"  # Hindi
    assert level_word("גבוה מאוד") == "very high"  # Hebrew: "very" after
    assert level_word("สูงมาก") == "very high"  # Thai: "very" after
    assert level_word("bardzo wysoki") == "very high"  # Polish
    assert level_word("Очень низкая") == "very low"
    # a word the file does not know beside a level word leaves it unread, in every script
    # (as "bardzo high" already did in Latin letters): "不高" is "not high"
    assert level_word("不高") is None
    assert level_word("Высокая") == "high"  # unchanged
    assert level_word("高") == "high"


def test_a_single_character_word_is_not_read_inside_a_longer_word() -> None:
    # 中 ("medium") inside 中国 ("China"), 하 ("low") inside 하드웨어 ("hardware"), 상 ("high")
    # inside 상반기 ("first half"), 중 inside 검토 중 ("under review"): no level
    for text in ("中国", "하드웨어", "상반기", "검토 중", "高速道路"):
        assert level_word(text) is None, text
    for text, word in (("中", "medium"), ("상", "high"), ("하", "low"), ("低", "low")):
        assert level_word(text) == word


# --- columns known by their values: headers that name something else -----------------------


ASSUMPTIONS: list[list[object]] = [
    ["ID", "Assumption", "Owner", "Status", "Priority"],
    ["A1", "Vendor keeps price", "Anna Nowak", "Open", "High"],
    ["A2", "Team of five", "Jan Kowalski", "Validated", "Low"],
    ["A3", "No freeze in May", "Anna Nowak", "Open", "Medium"],
    ["A4", "Data centre ready", "Jan Kowalski", "Open", "High"],
]


def test_an_assumptions_priority_is_not_its_confidence(tmp_path: Path) -> None:
    # an assumption log has no Priority column, and Confidence is the one field taking
    # High / Medium / Low: the priorities were adopted as confidences (High priority =
    # High confidence). A header naming another register's column (an issue's Priority)
    # is that column's words, never this register's by content
    adoption = _adopt(_book(tmp_path / "a.xlsx", "Assumptions", ASSUMPTIONS))
    column = _column(_only(adoption), "Priority")
    assert column.target is None
    assert _field(adoption, "assumptions", "confidence") == [None, None, None, None]


def test_a_header_that_says_nothing_is_still_known_by_its_levels(tmp_path: Path) -> None:
    # a guard: round 10's mechanism still reads a column whose header names nothing
    rows = [[*r[:4], "Col E" if r[0] == "ID" else r[4]] for r in ASSUMPTIONS]
    adoption = _adopt(_book(tmp_path / "a.xlsx", "Assumptions", rows))
    assert _column(_only(adoption), "Col E").target == "confidence"
    assert _field(adoption, "assumptions", "confidence") == ["High", "Low", "Medium", "High"]


MILESTONES: list[list[object]] = [
    ["ID", "Milestone", "Owner", "Baseline", "Forecast", "Status", "Critical Path"],
    ["M1", "Design signed off", "Anna", date(2026, 3, 31), date(2026, 3, 31), "Complete", "Yes"],
    ["M2", "Build complete", "Jan", date(2026, 6, 30), date(2026, 7, 15), "In Progress", "Yes"],
    ["M3", "Training done", "Anna", date(2026, 8, 31), date(2026, 8, 31), "Not Started", "No"],
    ["M4", "Go live", "Jan", date(2026, 9, 30), date(2026, 9, 30), "Not Started", "Yes"],
]


def test_a_critical_path_flag_is_not_a_gate(tmp_path: Path) -> None:
    # Yes / No answers whatever the header asks; the milestone's Gate is the one field
    # taking them, so "on the critical path" was adopted as "is a stage gate" (Y, Y, N, Y)
    adoption = _adopt(_book(tmp_path / "m.xlsx", "Milestones", MILESTONES))
    column = _column(_only(adoption), "Critical Path")
    assert column.target is None
    assert column.note == "whether it is on the critical path has no standard column"
    assert _field(adoption, "milestones", "gate") == [None, None, None, None]


def test_a_payment_flag_is_not_a_gate(tmp_path: Path) -> None:
    for header in ("Invoiced", "Payment", "Paid?"):
        rows = [[*r[:6], header if r[0] == "ID" else r[6]] for r in MILESTONES]
        adoption = _adopt(_book(tmp_path / "m.xlsx", "Milestones", rows))
        column = _column(_only(adoption), header)
        assert column.target is None, header
        assert column.note == "a payment or invoice has no standard column outside Finance"
        assert _field(adoption, "milestones", "gate") == [None, None, None, None]


# --- scripts without spaces: a word the file does not know beside one it does ---------------


def test_a_chinese_decision_maker_is_who_decided(tmp_path: Path) -> None:
    # 决策人 ("decision person") read as "decision 人", then passed as a close spelling of
    # "decision id" (0.77): the ID column became the names, the real IDs were left out and
    # nobody was recorded as having made any decision
    rows: list[list[object]] = [
        ["编号", "决策", "决策人", "日期", "理由"],
        ["DC-001", "选择供应商A", "王伟", date(2026, 1, 5), "价格最低"],
        ["DC-002", "推迟上线", "李娜", date(2026, 2, 5), "测试未完成"],
        ["DC-003", "增加测试人员", "王伟", date(2026, 3, 5), "缺陷过多"],
    ]
    adoption = _adopt(_book(tmp_path / "zh.xlsx", "决策日志", rows))
    table = _only(adoption)
    assert _column(table, "决策人").target == "made_by"
    assert _column(table, "编号").target == "id"
    assert _field(adoption, "decisions", "made_by") == ["王伟", "李娜", "王伟"]
    assert _field(adoption, "decisions", "decision") == ["选择供应商A", "推迟上线", "增加测试人员"]


def test_a_korean_decision_maker_is_not_the_decision(tmp_path: Path) -> None:
    # 결정자 ("decision person") read as "decision 자" and matched Decision (0.80): every
    # decision's text was the name of the person who made it
    rows: list[list[object]] = [
        ["번호", "결정 사항", "결정자", "일자"],
        ["DC-1", "공급업체 A 선정", "박지훈", date(2026, 1, 5)],
        ["DC-2", "오픈 연기", "최수진", date(2026, 2, 5)],
        ["DC-3", "테스터 추가", "박지훈", date(2026, 3, 5)],
    ]
    adoption = _adopt(_book(tmp_path / "ko.xlsx", "결정 사항", rows))
    assert _field(adoption, "decisions", "made_by") == ["박지훈", "최수진", "박지훈"]
    assert _field(adoption, "decisions", "decision") == [
        "공급업체 A 선정",
        "오픈 연기",
        "테스터 추가",
    ]


def test_a_yes_no_flag_in_any_language_is_not_a_gate(tmp_path: Path) -> None:
    # Polish "critical path", "invoiced", "payment"; French, German, Chinese "critical
    # path"; English "Board Milestone" (reported to the board): each of these Yes / No
    # columns was adopted as the milestone's Gate. A milestone plan holds many Yes / No
    # flags, so the Gate is taken by content only from a header that names nothing
    for header in (
        "Ścieżka krytyczna",
        "Fakturowano",
        "Płatność",
        "Chemin critique",
        "Kritischer Pfad",
        "关键路径",
        "Board",
    ):
        rows: list[list[object]] = [
            ["Nr", "Kamień milowy", "Odpowiedzialny", "Termin realizacji", "Stan", header],
            ["KM1", "Uruchomienie", "Anna Nowak", date(2026, 1, 15), "Zakończony", "Tak"],
            ["KM2", "Projekt techniczny", "Jan Kowalski", date(2026, 5, 29), "W toku", "Tak"],
            ["KM3", "Szkolenia", "Anna Nowak", date(2026, 8, 28), "Nie rozpoczęto", "Nie"],
            ["KM4", "Wdrożenie", "Jan Kowalski", date(2027, 2, 26), "Nie rozpoczęto", "Tak"],
        ]
        adoption = _adopt(_book(tmp_path / "m.xlsx", "Kamienie milowe", rows))
        assert _column(_only(adoption), header).target is None, header
        assert _field(adoption, "milestones", "gate") == [None, None, None, None], header


def test_a_yes_no_column_under_a_header_that_names_nothing_is_still_the_gate(
    tmp_path: Path,
) -> None:
    # a guard: placeholders and Excel's own column names in several languages
    for header in ("Col F", "Column6", "Spalte6", "Kolumna6", "Field 7"):
        rows = [[*r[:6], header if r[0] == "ID" else r[6]] for r in MILESTONES]
        adoption = _adopt(_book(tmp_path / "m.xlsx", "Milestones", rows))
        column = _column(_only(adoption), header)
        assert (column.target, column.method) == ("gate", "content"), header
        assert _field(adoption, "milestones", "gate") == ["Y", "Y", "N", "Y"], header


def test_levels_under_an_effort_or_complexity_header_are_not_the_confidence(
    tmp_path: Path,
) -> None:
    # High / Medium / Low answer whatever the header asks: an assumption's Effort or
    # Complexity was adopted as its Confidence. Both are now known columns with no
    # standard field, listed with their reason (Cost, Criticality and headers the data
    # file cannot read still go to the Confidence: docs/adopt.md, "Red team of round 10")
    for header, why in (
        ("Effort", "effort has no standard column (a project's Job Size is on the Project sheet)"),
        ("Complexity", "complexity has no standard column"),
    ):
        rows = [[*r[:4], header if r[0] == "ID" else r[4]] for r in ASSUMPTIONS]
        adoption = _adopt(_book(tmp_path / "a.xlsx", "Assumptions", rows))
        column = _column(_only(adoption), header)
        assert (column.target, column.note) == (None, why), header
        assert _field(adoption, "assumptions", "confidence") == [None, None, None, None]


# --- a notes column is no item's title: 内容 is the item's text --------------------------------------------------------


def test_a_japanese_issue_content_is_its_title_and_remarks_stay_remarks(tmp_path: Path) -> None:
    # 課題内容 ("issue content") read as nothing, so the register had no title column and
    # the remarks (備考, read as notes: a weak Description) were taken as every issue's
    # title; 内容 (content) is now Japanese and Chinese for description
    rows: list[list[object]] = [
        ["No.", "課題種別", "課題内容", "起票日", "担当者", "対応期限", "ステータス", "備考"],
        [1, "技術", "サーバー停止", date(2026, 3, 1), "田中", date(2026, 3, 15), "完了", "交換"],
        [2, "契約", "ライセンス切れ", date(2026, 3, 5), "佐藤", date(2026, 4, 1), "対応中", "更新"],
        [
            3,
            "体制",
            "キーユーザー不在",
            date(2026, 3, 9),
            "田中",
            date(2026, 4, 30),
            "未対応",
            "代替",
        ],
    ]
    adoption = _adopt(_book(tmp_path / "ja.xlsx", "課題一覧", rows))
    assert _column(_only(adoption), "課題内容").target == "title"
    assert _field(adoption, "issues", "title") == [
        "サーバー停止",
        "ライセンス切れ",
        "キーユーザー不在",
    ]
    assert _column(_only(adoption), "備考").target != "title"


def test_a_title_block_with_the_full_width_colon_is_read(tmp_path: Path) -> None:
    # Chinese and Japanese keyboards type "：" after a label: the whole title block was
    # read as nothing (no project name, manager or report date); an ASCII colon read
    rows: list[list[object]] = [
        ["项目名称：智慧城市平台", None, None, "项目经理：王伟"],
        ["报告日期：2026-03-31"],
        [],
        ["编号", "问题", "负责人", "状态"],
        ["I-001", "服务器宕机", "王伟", "处理中"],
        ["I-002", "许可证过期", "李娜", "已关闭"],
    ]
    fields = _adopt(_book(tmp_path / "zh.xlsx", "问题清单", rows)).report.project_fields
    assert fields == {
        "project_name": "智慧城市平台 (from 问题清单!A1)",
        "project_manager": "王伟 (from 问题清单!D1)",
        "report_date": "2026-03-31 (from 问题清单!A2)",
    }


def test_a_decision_maker_in_an_issue_log_is_not_its_resolution(tmp_path: Path) -> None:
    # Korean 결정권자 (now read "decision maker", as English "Decision Maker" always was) in an
    # issue log: "decision" inside it matched the Resolution, so each issue's resolution
    # was the name of whoever may decide it. A maker is a person, never the thing made
    for header in ("결정권자", "Decision Maker"):
        rows: list[list[object]] = [
            ["번호", "이슈", "담당자", header, "상태"],
            ["I-1", "서버 장애", "김민수", "박지훈", "진행 중"],
            ["I-2", "라이선스 만료", "이지은", "박지훈", "종료"],
            ["I-3", "사용자 부재", "김민수", "최수진", "열림"],
        ]
        adoption = _adopt(_book(tmp_path / "ko.xlsx", "이슈 목록", rows))
        assert _column(_only(adoption), header).target is None, header
        assert _field(adoption, "issues", "resolution") == [None, None, None], header


# --- IDs by content: round 10's languages widened what a prefix may abbreviate --------------


def test_other_things_numbered_in_an_english_register_are_not_its_ids(tmp_path: Path) -> None:
    # an English register with no ID column: round 10's register names made new prefixes
    # "abbreviate" the register (SR and SO of Turkish sorun, MS of Indonesian masalah for
    # an issue; BR of Swedish beroende, KR of Indonesian ketergantungan for a dependency),
    # so service requests, milestones and business requirements became the items' IDs
    cases: list[tuple[str, str, str, list[str]]] = [
        ("Issue Log", "Issue", "Service Request", ["SR-10423", "SR-10467", "SR-10512"]),
        ("Issue Log", "Issue", "Sales Order", ["SO-4501", "SO-4502", "SO-4507"]),
        ("Issue Log", "Issue", "Milestone", ["MS-01", "MS-02", "MS-03"]),
        ("Dependencies", "Dependency", "Requirement", ["BR-101", "BR-117", "BR-123"]),
        ("Dependencies", "Dependency", "Objective", ["KR-1", "KR-2", "KR-3"]),
    ]
    for sheet, title, header, codes in cases:
        rows: list[list[object]] = [
            [title, "Owner", "Status", header],
            ["Printer fleet not on the network", "Anna", "Open", codes[0]],
            ["Laptops late from the supplier", "Jan", "Closed", codes[1]],
            ["VPN drops for remote staff", "Anna", "Open", codes[2]],
        ]
        adoption = _adopt(_book(tmp_path / "e.xlsx", sheet, rows))
        assert _column(_only(adoption), header).target is None, header
        register = "issues" if sheet == "Issue Log" else "dependencies"
        prefix = "I" if register == "issues" else "D"
        assert _field(adoption, register, "id") == [
            f"{prefix}-001",
            f"{prefix}-002",
            f"{prefix}-003",
        ]


def test_a_registers_own_foreign_prefix_still_reads() -> None:
    # a guard: a register's own prefixes, English (MS, RSK, PRB) or not (Polish ZAL)
    from addin.adopt.evidence import register_id_share

    assert register_id_share(["MS-01", "MS-02"], "milestones") == 1.0
    assert register_id_share(["ZAL-1", "ZAL-2"], "dependencies") == 1.0  # zależność
    assert register_id_share(["RSK-1", "RSK-2"], "risks") == 1.0
    assert register_id_share(["PRB-1", "PRB-2"], "issues") == 1.0
