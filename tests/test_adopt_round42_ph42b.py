"""Round 42 (task ph42b): the phrasings PMOs write for each field in the languages beyond
Europe. Each language's register is built with phrasings that did not read before (a fuller
phrase, another synonym, a status written as a phrase, a particle between words), adopted,
and its fields and values asserted; a title block written noun first (Malay ``Tarikh
Laporan``, "date report") reads in the English order; words that mean something else stay
out (Indonesian ``Peluang`` is also an opportunity, Afrikaans ``Stand`` keeps German's "as
of", Vietnamese ``đỏ`` folds to English "do")."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from addin.adopt.languages import translate
from tests.adopt_sheets import adopt, book, column, field, finance_by_line, only

_D1 = datetime(2026, 3, 2)
_D2 = datetime(2026, 4, 15)
_D3 = datetime(2026, 5, 20)


def _targets(rows: list[list[object]], path: Path, sheet: str) -> tuple[str, dict[str, str | None]]:
    """The register a sheet of ``rows`` is adopted as, and each header's field."""
    table = only(adopt(book(path, sheet, rows)))
    headers = [h for h in rows[0] if isinstance(h, str)]
    return table.register, {h: column(table, h).target for h in headers}


def test_a_japanese_issue_list_reads_its_handler_and_how_it_is_handled(tmp_path: Path) -> None:
    """``問題点`` (the point at issue), ``対応者`` (who handles it), ``対処方法`` (how it is
    dealt with), ``対応状況`` (the state of handling: the status), ``作業中`` (being worked
    on) and ``終了`` (ended)."""
    rows: list[list[object]] = [
        ["No.", "問題点", "対応者", "優先度", "対処方法", "対応状況"],
        [1, "検証環境が不足", "佐藤", "高", "追加サーバを手配", "作業中"],
        [2, "仕様書の版ずれ", "鈴木", "中", "最新版に統一", "終了"],
    ]
    adoption = adopt(book(tmp_path / "ja.xlsx", "課題一覧", rows))
    table = only(adoption)
    assert table.register == "issues"
    assert column(table, "問題点").target == "title"
    assert column(table, "対応者").target == "owner"
    assert column(table, "対処方法").target == "resolution"
    assert column(table, "対応状況").target == "status"
    assert field(adoption, "issues", "status") == ["In Progress", "Closed"]
    assert field(adoption, "issues", "owner") == ["佐藤", "鈴木"]


def test_a_japanese_milestone_plan_and_its_decisions(tmp_path: Path) -> None:
    """``マイルストン`` (written without the long vowel), ``予測日`` (the forecast date),
    ``達成`` (achieved: Complete), ``遅れ`` (behind: Late); ``承認者`` and ``承認日`` of a
    decision log (who approved, when)."""
    rows: list[list[object]] = [
        ["No.", "マイルストン", "計画日", "予測日", "状態"],
        [1, "要件定義完了", _D1, _D1, "達成"],
        [2, "結合テスト完了", _D2, _D3, "遅れ"],
    ]
    adoption = adopt(book(tmp_path / "ms.xlsx", "マイルストン", rows))
    table = only(adoption)
    assert column(table, "マイルストン").target == "milestone"
    assert column(table, "予測日").target == "forecast_date"
    assert field(adoption, "milestones", "status") == ["Complete", "Late"]
    register, targets = _targets(
        [
            ["No.", "決定", "承認者", "承認日", "理由"],
            [1, "ベンダーAを採用", "部長会", _D1, "価格"],
            [2, "リリースを延期", "田中部長", _D2, "品質"],
        ],
        tmp_path / "dec.xlsx",
        "決定事項",
    )
    assert register == "decisions"
    assert targets["決定"] == "decision"
    assert targets["承認者"] == "made_by"
    assert targets["承認日"] == "date"


def test_a_chinese_assumption_log_reads_its_condition_and_outcomes(tmp_path: Path) -> None:
    """``假设条件`` (the assumed condition), ``已验证`` (verified) and ``不成立`` (does not
    hold: Invalid)."""
    rows: list[list[object]] = [
        ["编号", "假设条件", "负责人", "验证日期", "状态"],
        [1, "供应商按时供货", "王伟", _D1, "已验证"],
        [2, "场地五月可用", "李娜", _D2, "不成立"],
    ]
    adoption = adopt(book(tmp_path / "zh.xlsx", "假设", rows))
    table = only(adoption)
    assert table.register == "assumptions"
    assert column(table, "假设条件").target == "assumption"
    assert column(table, "验证日期").target == "validate_by"
    assert field(adoption, "assumptions", "status") == ["Validated", "Invalid"]


def test_a_chinese_decision_log_reads_its_matter_and_approver(tmp_path: Path) -> None:
    """``决定事项`` (the matter decided) and ``批准人`` (the approver)."""
    register, targets = _targets(
        [
            ["序号", "决定事项", "批准人", "决策日期", "决策依据"],
            [1, "采用方案B", "项目委员会", _D1, "成本最低"],
            [2, "推迟上线", "张总", _D2, "测试未完成"],
        ],
        tmp_path / "zh.xlsx",
        "决策",
    )
    assert register == "decisions"
    assert targets["决定事项"] == "decision"
    assert targets["批准人"] == "made_by"
    assert targets["决策依据"] == "rationale"


def test_a_korean_risk_register_reads_its_likelihood_and_mitigation(tmp_path: Path) -> None:
    """``가능성`` (the likelihood), ``완화 방안`` (the mitigation), ``오픈`` and ``감시 중``
    (open, under watch: Monitoring)."""
    rows: list[list[object]] = [
        ["번호", "리스크명", "담당자", "가능성", "영향도", "완화 방안", "상태"],
        [1, "인력 이탈", "김민수", 3, 4, "대체 인력 확보", "오픈"],
        [2, "장비 납기 지연", "이지은", 2, 3, "공급사 주간 점검", "감시 중"],
    ]
    adoption = adopt(book(tmp_path / "ko.xlsx", "리스크", rows))
    table = only(adoption)
    assert table.register == "risks"
    assert column(table, "가능성").target == "probability"
    assert column(table, "완화 방안").target == "response"
    assert field(adoption, "risks", "status") == ["Open", "Monitoring"]
    assert field(adoption, "risks", "probability") == [3.0, 2.0]


def test_an_arabic_milestone_plan_reads_its_main_achievements(tmp_path: Path) -> None:
    """``الإنجاز الرئيسي`` (the main achievement: the milestone), ``منجز`` (accomplished)
    and ``جاري العمل`` (work under way)."""
    rows: list[list[object]] = [
        ["م", "الإنجاز الرئيسي", "التاريخ المخطط", "التاريخ المتوقع", "الحالة"],
        [1, "توقيع العقد", _D1, _D1, "منجز"],
        [2, "تسليم التصاميم", _D2, _D3, "جاري العمل"],
    ]
    adoption = adopt(book(tmp_path / "ar.xlsx", "المراحل", rows))
    table = only(adoption)
    assert table.register == "milestones"
    assert column(table, "الإنجاز الرئيسي").target == "milestone"
    assert column(table, "التاريخ المتوقع").target == "forecast_date"
    assert field(adoption, "milestones", "status") == ["Complete", "In Progress"]


def test_a_hebrew_issue_log_reads_its_handler_and_way_of_handling(tmp_path: Path) -> None:
    """``סוגיה`` (the matter), ``גורם מטפל`` (the handling party), ``דרך טיפול`` (the way it
    is handled), ``בביצוע`` (being carried out)."""
    rows: list[list[object]] = [
        ["מס'", "סוגיה", "גורם מטפל", "עדיפות", "דרך טיפול", "סטטוס"],
        [1, "חוסר בכוח אדם", "דנה כהן", "גבוהה", "גיוס קבלן", "בביצוע"],
        [2, "עיכוב בהיתר", "יוסי לוי", "בינונית", "פנייה לעירייה", "נפתר"],
    ]
    adoption = adopt(book(tmp_path / "he.xlsx", "סוגיות", rows))
    table = only(adoption)
    assert table.register == "issues"
    assert column(table, "סוגיה").target == "title"
    assert column(table, "גורם מטפל").target == "owner"
    assert column(table, "דרך טיפול").target == "resolution"
    assert field(adoption, "issues", "status") == ["In Progress", "Resolved"]


def test_a_hindi_decision_log_reads_its_maker_and_basis(tmp_path: Path) -> None:
    """``निर्णय लेने वाला`` (the one who takes the decision), ``आधार`` (the basis) and a
    date written with the genitive ``की`` (``अनुमोदन की तिथि``) read as their fields."""
    register, targets = _targets(
        [
            ["क्रम", "निर्णय", "निर्णय लेने वाला", "निर्णय की तिथि", "आधार"],
            [1, "विक्रेता ख का चयन", "संचालन समिति", _D1, "न्यूनतम लागत"],
            [2, "लॉन्च स्थगित", "राहुल शर्मा", _D2, "परीक्षण अधूरा"],
        ],
        tmp_path / "hi.xlsx",
        "निर्णय",
    )
    assert register == "decisions"
    assert targets["निर्णय लेने वाला"] == "made_by"
    assert targets["आधार"] == "rationale"
    assert translate("सत्यापन की तिथि") == "validation date"


def test_an_indonesian_issue_list_reads_its_pic_and_follow_up(tmp_path: Path) -> None:
    """``Permasalahan`` (the problem), ``PIC`` (the person in charge), ``Tindak Lanjut``
    (the follow-up: the action taken), ``Proses`` and ``Teratasi`` (dealt with)."""
    rows: list[list[object]] = [
        ["No", "Permasalahan", "PIC", "Prioritas", "Tindak Lanjut", "Status"],
        [1, "Server uji belum tersedia", "Budi", "Tinggi", "Sewa server sementara", "Proses"],
        [2, "Data migrasi tidak lengkap", "Sari", "Sedang", "Lengkapi dari arsip", "Teratasi"],
    ]
    adoption = adopt(book(tmp_path / "id.xlsx", "Isu", rows))
    table = only(adoption)
    assert table.register == "issues"
    assert column(table, "Permasalahan").target == "title"
    assert column(table, "PIC").target == "owner"
    assert column(table, "Tindak Lanjut").target == "resolution"
    assert field(adoption, "issues", "status") == ["In Progress", "Resolved"]


def test_a_vietnamese_risk_register_reads_its_responsible_and_impact(tmp_path: Path) -> None:
    """``Người chịu trách nhiệm`` (who bears responsibility), ``Ảnh hưởng`` (the impact:
    folded, ``hưởng`` is no ``hướng``, a direction), ``Biện pháp xử lý`` (the measures),
    ``Tình trạng`` (the state) and ``Theo dõi`` (followed: Monitoring)."""
    rows: list[list[object]] = [
        ["STT", "Rủi ro", "Người chịu trách nhiệm", "Ảnh hưởng", "Biện pháp xử lý", "Tình trạng"],
        [1, "Thiếu nhân sự", "Nguyễn Văn An", "Cao", "Tuyển bổ sung", "Theo dõi"],
        [2, "Chậm giao thiết bị", "Trần Thị Bình", "Trung bình", "Đặt hàng sớm", "Đã đóng"],
    ]
    adoption = adopt(book(tmp_path / "vi.xlsx", "Rủi ro", rows))
    table = only(adoption)
    assert table.register == "risks"
    assert column(table, "Người chịu trách nhiệm").target == "owner"
    assert column(table, "Ảnh hưởng").target == "impact"
    assert column(table, "Biện pháp xử lý").target == "response"
    assert column(table, "Tình trạng").target == "status"
    assert field(adoption, "risks", "status") == ["Monitoring", "Closed"]


def test_a_thai_decision_log_reads_its_resolutions_and_approver(tmp_path: Path) -> None:
    """``มติ`` (a meeting's resolution: the decision) and ``ผู้อนุมัติ`` (the approver)."""
    register, targets = _targets(
        [
            ["ลำดับ", "มติ", "ผู้อนุมัติ", "วันที่อนุมัติ", "เหตุผล"],
            [1, "เลือกผู้รับเหมา ก", "คณะกรรมการ", _D1, "ราคาต่ำสุด"],
            [2, "เลื่อนการเปิดระบบ", "สมชาย ใจดี", _D2, "ทดสอบไม่ผ่าน"],
        ],
        tmp_path / "th.xlsx",
        "การตัดสินใจ",
    )
    assert register == "decisions"
    assert targets["มติ"] == "decision"
    assert targets["ผู้อนุมัติ"] == "made_by"
    assert translate("อยู่ระหว่างดำเนินการ", "values") == "in progress"
    assert translate("สีแดง", "values") == "red"


def test_a_malay_milestone_plan_reads_its_expected_dates_and_statuses(tmp_path: Path) -> None:
    """``Tarikh Jangkaan`` (the expected date), ``Siap`` (finished: Complete) and ``Belum
    Bermula`` (not yet begun)."""
    rows: list[list[object]] = [
        ["Bil", "Pencapaian Utama", "Tarikh Dirancang", "Tarikh Jangkaan", "Status"],
        [1, "Serahan tapak", _D1, _D1, "Siap"],
        [2, "Pemasangan peralatan", _D2, _D3, "Belum Bermula"],
    ]
    adoption = adopt(book(tmp_path / "ms.xlsx", "Pencapaian", rows))
    table = only(adoption)
    assert table.register == "milestones"
    assert column(table, "Tarikh Jangkaan").target == "forecast_date"
    assert field(adoption, "milestones", "status") == ["Complete", "Not Started"]
    assert field(adoption, "milestones", "forecast_date") == [date(2026, 3, 2), date(2026, 5, 20)]


def test_a_persian_milestone_plan_reads_its_key_events_and_dates(tmp_path: Path) -> None:
    """``رویداد کلیدی`` (the key event), ``تاریخ برنامه ریزی شده`` (the planned date),
    ``تاریخ پیش بینی شده`` (the forecast date), ``تاریخ تحقق`` (the date it came true) and
    ``تکمیل شده`` (completed)."""
    rows: list[list[object]] = [
        [
            "ردیف",
            "رویداد کلیدی",
            "تاریخ برنامه ریزی شده",
            "تاریخ پیش بینی شده",
            "تاریخ تحقق",
            "وضعیت",
        ],
        [1, "تحویل زمین", _D1, _D1, _D1, "تکمیل شده"],
        [2, "نصب تجهیزات", _D2, _D3, None, "با تأخیر"],
    ]
    adoption = adopt(book(tmp_path / "fa.xlsx", "نقاط عطف", rows))
    table = only(adoption)
    assert table.register == "milestones"
    assert column(table, "رویداد کلیدی").target == "milestone"
    assert column(table, "تاریخ برنامه ریزی شده").target == "baseline_date"
    assert column(table, "تاریخ پیش بینی شده").target == "forecast_date"
    assert column(table, "تاریخ تحقق").target == "actual_date"
    assert field(adoption, "milestones", "status") == ["Complete", "Late"]


def test_an_urdu_risk_register_reads_its_target_date_and_status(tmp_path: Path) -> None:
    """``ہدف تاریخ`` (the target date), ``اسٹیٹس`` (status, in Urdu letters) and ``زیر
    نگرانی`` (under watch)."""
    rows: list[list[object]] = [
        ["نمبر", "خطرہ", "ذمہ دار", "امکان", "اثر", "ہدف تاریخ", "اسٹیٹس"],
        [1, "عملے کی کمی", "احمد علی", 3, 4, _D2, "زیر نگرانی"],
        [2, "سامان کی تاخیر", "فاطمہ خان", 2, 3, _D3, "بند"],
    ]
    adoption = adopt(book(tmp_path / "ur.xlsx", "خطرات", rows))
    table = only(adoption)
    assert table.register == "risks"
    assert column(table, "ہدف تاریخ").target == "due_date"
    assert column(table, "اسٹیٹس").target == "status"
    assert field(adoption, "risks", "status") == ["Monitoring", "Closed"]


def test_a_bengali_issue_list_reads_the_action_taken(tmp_path: Path) -> None:
    """``ইস্যু`` (issue, in Bengali letters), ``গৃহীত ব্যবস্থা`` (the measure taken),
    ``স্ট্যাটাস`` and ``প্রক্রিয়াধীন`` (under process)."""
    rows: list[list[object]] = [
        ["ক্রম", "ইস্যু", "দায়িত্বপ্রাপ্ত", "অগ্রাধিকার", "গৃহীত ব্যবস্থা", "স্ট্যাটাস"],
        [1, "সার্ভার অপ্রতুল", "রহিম উদ্দিন", "উচ্চ", "নতুন সার্ভার ভাড়া", "প্রক্রিয়াধীন"],
        [2, "তথ্য অসম্পূর্ণ", "সালমা বেগম", "মাঝারি", "আর্কাইভ থেকে পূরণ", "বন্ধ"],
    ]
    adoption = adopt(book(tmp_path / "bn.xlsx", "ইস্যু", rows))
    table = only(adoption)
    assert table.register == "issues"
    assert column(table, "ইস্যু").target == "title"
    assert column(table, "গৃহীত ব্যবস্থা").target == "resolution"
    assert column(table, "স্ট্যাটাস").target == "status"
    assert field(adoption, "issues", "status") == ["In Progress", "Closed"]


def test_a_tagalog_issue_list_reads_its_problem_and_action(tmp_path: Path) -> None:
    """``Suliranin`` (the problem), ``Aksyong Ginawa`` (the action done), ``Kalagayan`` (the
    state), ``Ginagawa`` (being done) and ``Naayos`` (fixed)."""
    rows: list[list[object]] = [
        ["Blg.", "Suliranin", "Responsable", "Prayoridad", "Aksyong Ginawa", "Kalagayan"],
        [1, "Kulang ang tauhan", "Juan Cruz", "Mataas", "Kumuha ng kontraktor", "Ginagawa"],
        [2, "Naantala ang permit", "Maria Santos", "Katamtaman", "Sumulat sa LGU", "Naayos"],
    ]
    adoption = adopt(book(tmp_path / "tl.xlsx", "Mga Isyu", rows))
    table = only(adoption)
    assert table.register == "issues"
    assert column(table, "Suliranin").target == "title"
    assert column(table, "Aksyong Ginawa").target == "resolution"
    assert column(table, "Kalagayan").target == "status"
    assert field(adoption, "issues", "status") == ["In Progress", "Resolved"]


def test_a_swahili_decision_log_reads_its_maker_and_basis(tmp_path: Path) -> None:
    """``Mfanya Uamuzi`` (the decision maker) and ``Msingi wa Uamuzi`` (the decision's
    basis: its rationale)."""
    register, targets = _targets(
        [
            ["Na.", "Uamuzi", "Mfanya Uamuzi", "Tarehe ya Uamuzi", "Msingi wa Uamuzi"],
            [1, "Mkandarasi B achaguliwe", "Kamati ya Uongozi", _D1, "Gharama ndogo"],
            [2, "Uzinduzi uahirishwe", "Amina Juma", _D2, "Majaribio hayajakamilika"],
        ],
        tmp_path / "sw.xlsx",
        "Maamuzi",
    )
    assert register == "decisions"
    assert targets["Mfanya Uamuzi"] == "made_by"
    assert targets["Msingi wa Uamuzi"] == "rationale"
    assert translate("Chini ya Ufuatiliaji", "values") == "monitoring"


def test_an_afrikaans_budget_follow_up_reads_its_lines_and_spend(tmp_path: Path) -> None:
    """``Kostelyn`` (the cost line) and ``Besteding`` (the spend: the actual)."""
    rows: list[list[object]] = [
        ["Maand", "Kostelyn", "Begroting", "Besteding", "Voorspelling"],
        [datetime(2026, 3, 1), "Konsultante", 50000, 48000, 52000],
        [datetime(2026, 3, 1), "Toerusting", 120000, 90000, 118000],
    ]
    adoption = adopt(book(tmp_path / "af.xlsx", "Begroting", rows))
    table = only(adoption)
    assert table.register == "finance"
    assert column(table, "Kostelyn").target == "cost_line"
    assert column(table, "Besteding").target == "actual"
    line = finance_by_line(adoption)[(date(2026, 3, 1), "Toerusting")]
    assert (line.budget, line.actual, line.forecast) == (120000, 90000, 118000)


def test_a_title_block_written_noun_first_names_its_fields(tmp_path: Path) -> None:
    """Malay ``Tarikh Laporan`` and ``Penaja Projek`` (date report, sponsor project): a label
    read word by word in its language's order is the field its English order names."""
    rows: list[list[object]] = [
        ["Laporan Status Projek"],
        ["Nama Projek:", "Sistem Hasil Negeri"],
        ["Penaja Projek:", "Datuk Ahmad Rahman"],
        ["Tarikh Laporan:", datetime(2026, 3, 31)],
        [None],
        ["Bil", "Risiko", "Pemilik Risiko", "Kebarangkalian", "Impak", "Status"],
        [1, "Kekurangan kakitangan", "Siti Aminah", 3, 4, "Terbuka"],
        [2, "Kelewatan perkakasan", "Lim Wei", 2, 3, "Ditutup"],
    ]
    adoption = adopt(book(tmp_path / "ms.xlsx", "Laporan", rows))
    assert adoption.project.header.sponsor == "Datuk Ahmad Rahman"
    assert adoption.project.header.report_date == date(2026, 3, 31)
    assert field(adoption, "risks", "status") == ["Open", "Closed"]


def test_words_of_another_meaning_stay_out() -> None:
    """Indonesian ``Peluang`` is a risk register's opportunity as often as its likelihood;
    Afrikaans ``Stand`` keeps German's "as of"; Urdu ``سمت`` (a direction) is Persian's
    position (a role); Vietnamese ``đỏ`` (red) folds to English "do" ("To Do"), and stays
    out; an English two-word label is never turned round."""
    assert translate("Peluang") is None
    assert translate("Stand") == "as of"
    assert translate("سمت") == "role"
    assert translate("To Do", "values") is None
    assert translate("Project Status") is None


#: The rest of the languages swept, in their order, each a register a PM of that language
#: writes: (language, sheet, rows, register, the fields of headers, the statuses read).
_MORE: list[tuple[str, str, list[list[object]], str, dict[str, str], list[str]]] = [
    (
        "mn",
        "Эрсдэл",
        [
            ["№", "Эрсдэл", "Эрсдэлийн эзэн", "Магадлал", "Нөлөөлөл", "Төлөв"],
            [1, "Ажилтан дутагдах", "Бат", 3, 4, "Нээлттэй"],
            [2, "Тоног төхөөрөмж хоцрох", "Сараа", 2, 3, "Хаагдсан"],
        ],
        "risks",
        {"Эрсдэлийн эзэн": "owner"},
        ["Open", "Closed"],
    ),
    (
        "kk",
        "Шешімдер",
        [
            ["№", "Шешім", "Шешім қабылдаушы", "Шешім күні", "Себебі"],
            [1, "Б нұсқасы таңдалды", "Басқару комитеті", _D1, "Құны төмен"],
            [2, "Іске қосу кейінге қалдырылды", "Ержан", _D2, "Сынақ аяқталмады"],
        ],
        "decisions",
        {"Шешім қабылдаушы": "made_by", "Себебі": "rationale"},
        [],
    ),
    (
        "uz",
        "Bosqichlar",
        [
            ["№", "Nazorat nuqtasi", "Rejalashtirilgan sana", "Kutilayotgan sana", "Holati"],
            [1, "Shartnoma imzolandi", _D1, _D1, "Yakunlangan"],
            [2, "Uskunalar o'rnatildi", _D2, _D3, "Kechikkan"],
        ],
        "milestones",
        {"Nazorat nuqtasi": "milestone", "Kutilayotgan sana": "forecast_date"},
        ["Complete", "Late"],
    ),
    (
        "az",
        "Qərarlar",
        [
            ["№", "Qərar", "Qərarı qəbul edən", "Qərar tarixi", "Səbəb"],
            [1, "B variantı seçildi", "İdarə heyəti", _D1, "Ucuzdur"],
            [2, "Açılış təxirə salındı", "Elvin Məmmədov", _D2, "Sınaq bitməyib"],
        ],
        "decisions",
        {"Qərarı qəbul edən": "made_by", "Səbəb": "rationale"},
        [],
    ),
    (
        "ka",
        "საკითხები",
        [
            ["№", "საკითხი", "პასუხისმგებელი", "პრიორიტეტი", "მიღებული ზომები", "სტატუსი"],
            [1, "კადრების ნაკლებობა", "გიორგი", "მაღალი", "კონტრაქტორის აყვანა", "მიმდინარე"],
            [2, "ნებართვის დაგვიანება", "ნინო", "საშუალო", "წერილი მერიას", "დახურული"],
        ],
        "issues",
        {"მიღებული ზომები": "resolution"},
        ["In Progress", "Closed"],
    ),
    (
        "hy",
        "Ռիսկեր",
        [
            ["№", "Ռիսկ", "Ռիսկի տեր", "Հավանականություն", "Ազդեցություն", "Կարգավիճակ"],
            [1, "Կադրերի պակաս", "Արամ", 3, 4, "Բաց"],
            [2, "Սարքավորման ուշացում", "Անի", 2, 3, "Փակված"],
        ],
        "risks",
        {"Ռիսկի տեր": "owner"},
        ["Open", "Closed"],
    ),
    (
        "be",
        "Пытанні",
        [
            ["№", "Пытанне", "Адказны", "Прыярытэт", "Прынятыя меры", "Статус"],
            [1, "Не хапае людзей", "Алесь", "Высокі", "Наняць падрадчыка", "Выконваецца"],
            [2, "Затрымка дазволу", "Ганна", "Сярэдні", "Ліст у выканкам", "Закрыта"],
        ],
        "issues",
        {"Пытанне": "title", "Прынятыя меры": "resolution"},
        ["In Progress", "Closed"],
    ),
    (
        "mr",
        "जोखीम",
        [
            ["क्र.", "जोखीम", "जोखीम मालक", "संभाव्यता", "प्रभाव", "अंतिम तारीख", "स्थिती"],
            [1, "मनुष्यबळाची कमतरता", "सुनील पाटील", 3, 4, _D2, "बंद"],
            [2, "उपकरणांना उशीर", "अनिता जोशी", 2, 3, _D3, "देखरेखीखाली"],
        ],
        "risks",
        {"जोखीम मालक": "owner", "संभाव्यता": "probability", "अंतिम तारीख": "due_date"},
        ["Closed", "Monitoring"],
    ),
    (
        "ne",
        "कोसेढुङ्गा",
        [
            ["क्र.सं.", "कोसेढुङ्गा", "योजनाबद्ध मिति", "अपेक्षित मिति", "स्थिति"],
            [1, "सम्झौता हस्ताक्षर", _D1, _D1, "सम्पन्न"],
            [2, "उपकरण जडान", _D2, _D3, "ढिलाइ"],
        ],
        "milestones",
        {"कोसेढुङ्गा": "milestone", "योजनाबद्ध मिति": "baseline_date"},
        ["Complete", "Late"],
    ),
    (
        "ta",
        "இடர் பதிவேடு",
        [
            ["எண்", "இடர்", "இடர் உரிமையாளர்", "நிகழ்தகவு", "தாக்கம்", "நிலை"],
            [1, "பணியாளர் பற்றாக்குறை", "ராஜேஷ்", 3, 4, "திறந்த"],
            [2, "உபகரண தாமதம்", "கவிதா", 2, 3, "மூடப்பட்டது"],
        ],
        "risks",
        {"இடர் உரிமையாளர்": "owner"},
        ["Open", "Closed"],
    ),
    (
        "te",
        "సమస్యలు",
        [
            ["క్రమ సం.", "సమస్య", "బాధ్యత వహించేవారు", "ప్రాధాన్యత", "తీసుకున్న చర్య", "స్థితి"],
            [1, "సిబ్బంది కొరత", "రవి", "అధికం", "కాంట్రాక్టర్ నియామకం", "పురోగతిలో"],
            [2, "అనుమతి ఆలస్యం", "లక్ష్మి", "తక్కువ", "లేఖ పంపారు", "పరిష్కరించబడింది"],
        ],
        "issues",
        {"బాధ్యత వహించేవారు": "owner", "తీసుకున్న చర్య": "resolution"},
        ["In Progress", "Resolved"],
    ),
    (
        "gu",
        "માઇલસ્ટોન",
        [
            ["ક્રમ", "માઇલસ્ટોન", "આયોજિત તારીખ", "અપેક્ષિત તારીખ", "સ્થિતિ"],
            [1, "કરાર પર સહી", _D1, _D1, "પૂર્ણ"],
            [2, "સાધનોની સ્થાપના", _D2, _D3, "વિલંબિત"],
        ],
        "milestones",
        {"માઇલસ્ટોન": "milestone", "અપેક્ષિત તારીખ": "forecast_date"},
        ["Complete", "Late"],
    ),
    (
        "kn",
        "ಸಮಸ್ಯೆಗಳು",
        [
            ["ಕ್ರ.ಸಂ.", "ಸಮಸ್ಯೆ", "ಜವಾಬ್ದಾರರು", "ಆದ್ಯತೆ", "ಕೈಗೊಂಡ ಕ್ರಮ", "ಸ್ಥಿತಿ"],
            [1, "ಸಿಬ್ಬಂದಿ ಕೊರತೆ", "ರಮೇಶ್", "ಹೆಚ್ಚು", "ಗುತ್ತಿಗೆದಾರರ ನೇಮಕ", "ಪ್ರಗತಿಯಲ್ಲಿದೆ"],
            [2, "ಅನುಮತಿ ವಿಳಂಬ", "ಸುಮಾ", "ಕಡಿಮೆ", "ಪತ್ರ ಕಳುಹಿಸಲಾಗಿದೆ", "ಪರಿಹರಿಸಲಾಗಿದೆ"],
        ],
        "issues",
        {"ಕೈಗೊಂಡ ಕ್ರಮ": "resolution"},
        ["In Progress", "Resolved"],
    ),
    (
        "ml",
        "നാഴികക്കല്ലുകൾ",
        [
            ["ക്രമ നം.", "നാഴികക്കല്ല്", "ആസൂത്രിത തീയതി", "പ്രതീക്ഷിക്കുന്ന തീയതി", "നില"],
            [1, "കരാർ ഒപ്പിടൽ", _D1, _D1, "പൂർത്തിയായി"],
            [2, "ഉപകരണ സ്ഥാപനം", _D2, _D3, "വൈകി"],
        ],
        "milestones",
        {"പ്രതീക്ഷിക്കുന്ന തീയതി": "forecast_date"},
        ["Complete", "Late"],
    ),
    (
        "pa",
        "ਜੋਖਮ",
        [
            ["ਲੜੀ ਨੰ.", "ਜੋਖਮ", "ਜ਼ਿੰਮੇਵਾਰ", "ਸੰਭਾਵਨਾ", "ਅਸਰ", "ਅੰਤਿਮ ਮਿਤੀ", "ਸਥਿਤੀ"],
            [1, "ਸਟਾਫ਼ ਦੀ ਘਾਟ", "ਗੁਰਪ੍ਰੀਤ", 3, 4, _D2, "ਖੁੱਲ੍ਹਾ"],
            [2, "ਸਾਮਾਨ ਵਿੱਚ ਦੇਰੀ", "ਹਰਜੀਤ", 2, 3, _D3, "ਬੰਦ"],
        ],
        "risks",
        {"ਅਸਰ": "impact", "ਅੰਤਿਮ ਮਿਤੀ": "due_date"},
        ["Open", "Closed"],
    ),
    (
        "so",
        "Khataraha",
        [
            ["Tr.", "Khatar", "Mas'uulka", "Saamaynta", "Qorshaha wax ka qabashada", "Xaaladda"],
            [1, "Shaqaale yaraan", "Axmed", "Sare", "Shaqaale cusub", "La socodka"],
            [2, "Dib u dhac qalabka", "Faadumo", "Hoose", "Dalab hore", "La xiray"],
        ],
        "risks",
        {"Saamaynta": "impact", "Qorshaha wax ka qabashada": "response"},
        ["Monitoring", "Closed"],
    ),
]


@pytest.mark.parametrize(
    ("language", "sheet", "rows", "register", "targets", "statuses"),
    _MORE,
    ids=[case[0] for case in _MORE],
)
def test_each_further_language_reads_its_new_phrasings(
    tmp_path: Path,
    language: str,
    sheet: str,
    rows: list[list[object]],
    register: str,
    targets: dict[str, str],
    statuses: list[str],
) -> None:
    """Mongolian ``Эрсдэлийн эзэн`` (the risk's owner), Kazakh ``Шешім қабылдаушы`` (the
    decision taker), Uzbek ``Kutilayotgan sana`` (the expected date) and ``Yakunlangan``
    (finished), Azerbaijani ``Qərarı qəbul edən``, Georgian ``მიღებული ზომები`` (the
    measures taken), Armenian ``Ռիսկի տեր``, Belarusian ``Пытанне`` (a question: the issue),
    Marathi ``जोखीम मालक`` and ``अंतिम तारीख`` (the last date), Nepali ``कोसेढुङ्गा`` (a
    milestone), Tamil ``இடர் உரிமையாளர்``, Telugu ``తీసుకున్న చర్య``, Gujarati ``માઇલસ્ટોન`` and
    ``પૂર્ણ``, Kannada ``ಕೈಗೊಂಡ ಕ್ರಮ``, Malayalam ``പൂർത്തിയായി`` (completed: it read Late),
    Punjabi ``ਅਸਰ`` (the effect), Somali ``Qorshaha wax ka qabashada`` (the plan of
    dealing with it) and ``La socodka`` (followed)."""
    adoption = adopt(book(tmp_path / f"{language}.xlsx", sheet, rows))
    table = only(adoption)
    assert table.register == register
    for header, target in targets.items():
        assert column(table, header).target == target, header
    if statuses:
        assert field(adoption, register, "status") == statuses
