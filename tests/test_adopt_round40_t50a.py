"""Round 40 (task t50a): tuning on the hundred-and-eleventh batch (ordinary registers and
trackers in twelve little-used languages). Each rule on a small workbook of its own: the
words of the batch's languages (a Yoruba RAID log's kinds, an isiZulu assumption sheet, a
Somali list of what is awaited, a Kazakh report's stages, a Malayalam milestone plan, a
Kannada staffing plan, a Gujarati expense sheet, a Thai plan / result sheet), the Gujarati
and Devanagari candra o read as the plain o, the Kazakh ``ж.`` after a date's year and a
Gujarati unit line's word for the amount."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from addin.adopt import cldr
from addin.adopt.dates import without_weekday_and_time
from addin.adopt.languages import fold, translate
from tests.adopt_sheets import adopt, book, column, field, finance_by_line, only


def test_a_yoruba_raid_log_sorts_its_entries_by_their_kind(tmp_path: Path) -> None:
    """``Irú`` (kind) ``Ewu`` / ``Ìṣòro`` / ``Àròsọ`` / ``Ìgbẹ́kẹ̀lé``: risk, issue,
    assumption, dependency; ``Olùdarí`` the owner, ``Ọjọ́ tí a kọ ọ́`` the raised date, ``A
    ti tì í`` closed. Before, the assumption and dependency words were unknown and the whole
    log was refused."""
    rows: list[list[object]] = [
        ["Ìwé Àkọsílẹ̀ RAID — Ọjà Ìbílẹ̀"],
        [],
        ["Nọ́mbà", "Irú", "Àpèjúwe", "Olùdarí", "Ọjọ́ tí a kọ ọ́", "Ipò"],
        ["R1", "Ewu", "Owó ọjà lè gòkè", "Àdìó Bọ́lá", "12/02/2026", "Ó ṣí sílẹ̀"],
        ["I1", "Ìṣòro", "Ẹ̀rọ kan bàjẹ́", "Kẹ́mi Àlàó", "20/02/2026", "A ti tì í"],
        ["A1", "Àròsọ", "Ìjọba yóò fún wa ní ààyè", "Àdìó Bọ́lá", "03/03/2026", "Ó ṣí sílẹ̀"],
        [
            "D1",
            "Ìgbẹ́kẹ̀lé",
            "Iná mànàmáná láti ilé iṣẹ́ ìjọba",
            "Kẹ́mi Àlàó",
            "15/03/2026",
            "Ó ṣí sílẹ̀",
        ],
    ]
    adoption = adopt(book(tmp_path / "raid.xlsx", "RAID", rows))
    table = only(adoption)
    assert table.register == "raid"
    assert table.items == {"risks": 1, "issues": 1, "assumptions": 1, "dependencies": 1}
    assert column(table, "Olùdarí").target == "owner"
    assert column(table, "Ọjọ́ tí a kọ ọ́").target == "raised_date"
    assert field(adoption, "risks", "raised_date") == [date(2026, 2, 12)]
    assert field(adoption, "issues", "status") == ["Closed"]
    assert field(adoption, "assumptions", "assumption") == ["Ìjọba yóò fún wa ní ààyè"]


def test_an_isizulu_assumption_sheet_is_read_as_assumptions(tmp_path: Path) -> None:
    """``Okuthathwa njengeqiniso`` (what is taken as the truth), the impact if it is not
    true, ``Ukuzethemba`` ``Kuphezulu`` / ``Kuphansi``, who checks it and when, and
    ``Akulona iqiniso`` (not the truth: invalid)."""
    rows: list[list[object]] = [
        ["Izinkolelo zephrojekthi yamanzi"],
        [],
        [
            "Okuthathwa njengeqiniso",
            "Umthelela uma kungelona iqiniso",
            "Ukuzethemba",
            "Ubani ozohlola",
            "Kuzohlolwa nini",
            "Isimo",
        ],
        [
            "Umkhandlu uzokhokha ngoJuni",
            "Imali izophela",
            "Kuphezulu",
            "Thabo Mthembu",
            datetime(2026, 6, 1),
            "Kuvulekile",
        ],
        [
            "Amapayipi azofika ngesikhathi",
            "Ukubambezeleka",
            "Kuphansi",
            "Lindiwe Nkosi",
            datetime(2026, 4, 15),
            "Akulona iqiniso",
        ],
    ]
    adoption = adopt(book(tmp_path / "assumptions.xlsx", "Izinkolelo", rows))
    table = only(adoption)
    assert table.register == "assumptions"
    assert column(table, "Umthelela uma kungelona iqiniso").target == "impact_if_false"
    assert column(table, "Ukuzethemba").target == "confidence"
    assert column(table, "Kuzohlolwa nini").target == "validate_by"
    assert field(adoption, "assumptions", "confidence") == ["High", "Low"]
    assert field(adoption, "assumptions", "status") == ["Open", "Invalid"]
    assert field(adoption, "assumptions", "owner") == ["Thabo Mthembu", "Lindiwe Nkosi"]


def test_a_somali_list_of_what_is_awaited_is_a_dependency_register(tmp_path: Path) -> None:
    """``Waxa laga sugayo`` (what is awaited), ``Masuulka``, the date needed and the date
    promised, ``La helay`` (received: delivered) and ``Waqtigeeda ku socda`` (on track)."""
    rows: list[list[object]] = [
        ["Diiwaanka ku-tiirsanaanta — Mashruuca Biyaha"],
        [],
        [
            "Waxa laga sugayo",
            "Masuulka",
            "Taariikhda loo baahan yahay",
            "Taariikhda la ballanqaaday",
            "Xaaladda",
        ],
        ["Ruqsadda qodista ceelka", "Ayaan Warsame", "14/03/2026", "20/03/2026", "La helay"],
        ["Matoorka biyaha", "Cali Nuur", "28/04/2026", "25/04/2026", "Waqtigeeda ku socda"],
    ]
    adoption = adopt(book(tmp_path / "deps.xlsx", "Ku-tiirsanaanta", rows))
    table = only(adoption)
    assert table.register == "dependencies"
    assert column(table, "Taariikhda loo baahan yahay").target == "need_by"
    assert column(table, "Taariikhda la ballanqaaday").target == "committed_date"
    assert field(adoption, "dependencies", "status") == ["Delivered", "On Track"]
    assert field(adoption, "dependencies", "need_by") == [date(2026, 3, 14), date(2026, 4, 28)]


def test_a_kazakh_report_s_key_stages_and_its_date_with_the_year_word(tmp_path: Path) -> None:
    """``Есеп күні: 12.03.2026 ж.`` (``ж.``, жыл: the year) is the report date; the
    ``Негізгі кезеңдер`` (key stages) table is the milestones, ``Жоспар бойынша`` (by the
    plan) the baseline, ``Жағдайы`` the status, ``Орындалды`` complete, ``Кешігуде`` late."""
    rows: list[list[object]] = [
        ["Жоба есебі"],
        ["Жоба атауы:", "Су құбыры"],
        ["Есеп кезеңі:", "01.02.2026 – 28.02.2026"],
        ["Есеп күні:", "12.03.2026 ж."],
        [],
        ["Негізгі кезеңдер"],
        ["Кезең", "Жоспар бойынша", "Нақты", "Жағдайы"],
        ["Құбыр сатып алу", "10.01.2026", "14.01.2026", "Орындалды"],
        ["Траншея қазу", "20.02.2026", "19.02.2026", "Орындалды"],
        ["Сынақ", "15.03.2026", None, "Кешігуде"],
        ["Іске қосу", "30.05.2026", None, "Басталмаған"],
    ]
    adoption = adopt(book(tmp_path / "report.xlsx", "Есеп", rows))
    assert adoption.project.header.report_date == date(2026, 3, 12)
    (table,) = [t for t in adoption.report.tables if t.register == "milestones"]
    assert column(table, "Жоспар бойынша").target == "baseline_date"
    assert column(table, "Жағдайы").target == "status"
    assert field(adoption, "milestones", "status") == [
        "Complete",
        "Complete",
        "Late",
        "Not Started",
    ]
    assert field(adoption, "milestones", "actual_date")[:2] == [
        date(2026, 1, 14),
        date(2026, 2, 19),
    ]


def test_the_kazakh_year_word_and_the_russian_one_are_left_off_a_date() -> None:
    assert without_weekday_and_time("05.05.2026 ж.") == "05.05.2026"
    assert without_weekday_and_time("05.05.2026 жыл") == "05.05.2026"
    assert without_weekday_and_time("05.05.2026 г.") == "05.05.2026"
    assert without_weekday_and_time("ж. 05.05") == "ж. 05.05"  # no year before it


def test_a_malayalam_milestone_plan_s_owner_revised_and_completed_dates(tmp_path: Path) -> None:
    """``ചുമതല`` (in charge) the owner, ``പുതുക്കിയ തീയതി`` (revised) the forecast,
    ``പൂർത്തിയായ തീയതി`` (completed) the actual; ``പൂർത്തിയായി`` complete and
    ``പുരോഗതിയിൽ`` in progress."""
    rows: list[list[object]] = [
        ["നാഴികക്കല്ല് പട്ടിക"],
        [],
        ["നാഴികക്കല്ല്", "ചുമതല", "ആസൂത്രിത തീയതി", "പുതുക്കിയ തീയതി", "പൂർത്തിയായ തീയതി", "നില"],
        ["ടെൻഡർ", "സുനിൽ", datetime(2026, 1, 20), None, datetime(2026, 1, 22), "പൂർത്തിയായി"],
        ["നിർമ്മാണം", "മീര", datetime(2026, 3, 5), datetime(2026, 3, 25), None, "പുരോഗതിയിൽ"],
    ]
    adoption = adopt(book(tmp_path / "plan.xlsx", "നാഴികക്കല്ലുകൾ", rows))
    table = only(adoption)
    assert column(table, "ചുമതല").target == "owner"
    assert column(table, "പുതുക്കിയ തീയതി").target == "forecast_date"
    assert column(table, "പൂർത്തിയായ തീയതി").target == "actual_date"
    assert field(adoption, "milestones", "status") == ["Complete", "In Progress"]
    assert field(adoption, "milestones", "owner") == ["സുനിൽ", "മീര"]


def test_a_kannada_staffing_plan_in_days_is_a_resource_plan(tmp_path: Path) -> None:
    """``ಮಾನವ ಸಂಪನ್ಮೂಲ ಯೋಜನೆ 2026 (ದಿನಗಳಲ್ಲಿ)``: a human resource plan in days, its
    people's days by Kannada month; ``ಯೋಜನಾ ವ್ಯವಸ್ಥಾಪಕರು:`` the project manager. Before,
    small whole numbers by month with nothing saying days were refused."""
    rows: list[list[object]] = [
        ["ಮಾನವ ಸಂಪನ್ಮೂಲ ಯೋಜನೆ 2026 (ದಿನಗಳಲ್ಲಿ)"],
        ["ಯೋಜನಾ ವ್ಯವಸ್ಥಾಪಕರು:", "ಅನಿತಾ ರಾವ್"],
        [],
        ["ಹೆಸರು", "ಪಾತ್ರ", "ಜನವರಿ", "ಫೆಬ್ರವರಿ", "ಮಾರ್ಚ್"],
        ["ಸುರೇಶ್ ಭಟ್", "ಡೆವಲಪರ್", 10, 12, 8],
        ["ಲತಾ ಜೋಶಿ", "ಪರೀಕ್ಷಕ", 5, 6, 9],
    ]
    adoption = adopt(book(tmp_path / "plan.xlsx", "ಸಂಪನ್ಮೂಲ ಯೋಜನೆ", rows))
    table = only(adoption)
    assert table.register == "resources"
    assert column(table, "ಹೆಸರು").target == "person"
    assert column(table, "ಪಾತ್ರ").target == "role"
    days = {(r.person, r.month): r.planned_days for r in adoption.project.resources}
    assert days[("ಸುರೇಶ್ ಭಟ್", date(2026, 1, 1))] == 10
    assert days[("ಲತಾ ಜೋಶಿ", date(2026, 3, 1))] == 9
    assert adoption.project.header.project_manager == "ಅನಿತಾ ರಾವ್"


def test_a_gujarati_expense_sheet_with_the_plain_o_and_its_rupee_line(tmp_path: Path) -> None:
    """``રકમ ₹ માં`` (amounts in ₹): INR; ``ખર્ચ શીર્ષક`` the cost head (the line), a
    measure column of ``મંજૂર બજેટ`` / ``વાસ્તવિક ખર્ચ`` / ``અંદાજિત`` (approved budget,
    actual expense, estimated: the forecast), and months written with the plain o
    (``ઓગસ્ટ``, ``ઓક્ટોબર``) where CLDR writes the candra o (``ઑગસ્ટ``): every month read.
    Before, August and October were no months and the cost head no line."""
    rows: list[list[object]] = [
        ["પ્રોજેક્ટ નું નામ:", "નવું ગોડાઉન"],
        ["રકમ ₹ માં"],
        [],
        ["ખર્ચ શીર્ષક", "વિગત", "જુલાઈ 2026", "ઓગસ્ટ 2026", "સપ્ટેમ્બર 2026", "ઓક્ટોબર 2026"],
        ["બાંધકામ", "મંજૂર બજેટ", 100000, 200000, 150000, 50000],
        [None, "વાસ્તવિક ખર્ચ", 90000, 210000, None, None],
        [None, "અંદાજિત", None, None, 160000, 70000],
    ]
    path = book(tmp_path / "finance.xlsx", "ખર્ચ પત્રક", rows, merged=("A5:A7",))
    adoption = adopt(path)
    table = only(adoption)
    assert column(table, "ખર્ચ શીર્ષક").target == "cost_line"
    lines = finance_by_line(adoption)
    assert lines[(date(2026, 8, 1), "બાંધકામ")].budget == 200000
    assert lines[(date(2026, 8, 1), "બાંધકામ")].actual == 210000
    assert lines[(date(2026, 10, 1), "બાંધકામ")].forecast == 70000
    assert adoption.project.header.currency == "INR"


def test_the_candra_o_folds_to_the_plain_o_in_gujarati_and_devanagari() -> None:
    assert fold("ઑગસ્ટ") == fold("ઓગસ્ટ")
    assert fold("ઑક્ટોબર") == fold("ઓક્ટોબર")
    assert fold("ऑफिस") == fold("ओफिस")
    assert 8 in cldr.months_of("ઓગસ્ટ") and 8 in cldr.months_of("ઑગસ્ટ")
    assert 10 in cldr.months_of("ઓક્ટોબર")
    assert fold("ઓગસ્ટ") != fold("ઉગસ્ટ")  # another vowel stays another


def test_a_thai_plan_and_result_pair_is_budget_and_actual(tmp_path: Path) -> None:
    """``แผน`` / ``ผล`` (plan / result) under each month: the budget and the actual.
    Before, ``ผล`` was no word and the results were left out. Words beginning with it read
    first as what they are: ``ผลิต`` (production) and ``ผลลัพธ์`` (a result, the outcome)
    are no actual."""
    rows: list[list[object]] = [
        ["แผนและผลการเบิกจ่าย"],
        ["รายการ", "ม.ค. 69", None, "ก.พ. 69", None],
        [None, "แผน", "ผล", "แผน", "ผล"],
        ["ค่าวัสดุ", 1000, 900, 2000, 2100],
        ["ค่าจ้าง", 500, 450, 600, 650],
    ]
    path = book(tmp_path / "th.xlsx", "แผน-ผล", rows, merged=("B2:C2", "D2:E2"))
    adoption = adopt(path)
    lines = finance_by_line(adoption)
    assert lines[(date(2026, 1, 1), "ค่าวัสดุ")].budget == 1000
    assert lines[(date(2026, 1, 1), "ค่าวัสดุ")].actual == 900
    assert lines[(date(2026, 2, 1), "ค่าจ้าง")].actual == 650
    assert translate("ผลิต") == "production"
    assert translate("ผลลัพธ์") == "outcome"
    assert translate("ผลกระทบ") == "impact"


def test_the_other_words_of_the_batch_s_languages() -> None:
    """Telugu ``గుర్తించిన తేదీ`` (identified on: raised), Uzbek ``Kim qabul qildi`` (who
    adopted it: made by), Romanian issue types, Armenian ``Հսկողության տակ`` (under watch)
    and ``Կադրային`` (of the staff)."""
    assert translate("గుర్తించిన తేదీ") == "raised date"
    assert translate("Kim qabul qildi") == "made by"
    assert translate("Cerere de modificare", "values") == "request for change"
    assert translate("Neconformitate", "values") == "off specification"
    assert translate("Հսկողության տակ", "values") == "monitoring"
    assert translate("Կադրային", "values") == "people"


def test_a_romanian_issue_register_s_types(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["REGISTRUL PROBLEMELOR"],
        [],
        ["Descrierea problemei", "Tip", "Responsabil", "Stadiu"],
        ["Beneficiarul cere o ușă în plus", "Cerere de modificare", "Ion Pop", "Deschisă"],
        ["Cărămizi livrate crăpate", "Neconformitate", "Ana Rus", "Deschisă"],
        ["Macaraua s-a defectat", "Problemă", "Ion Pop", "Închisă"],
    ]
    adoption = adopt(book(tmp_path / "issues.xlsx", "Probleme", rows))
    assert field(adoption, "issues", "type") == [
        "Request for Change",
        "Off-Specification",
        "Problem",
    ]
