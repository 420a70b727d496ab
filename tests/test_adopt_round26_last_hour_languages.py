"""Round 26 (its last hour): the thirty-sixth batch's languages. Each rule is read on a small
workbook written for these tests (no benchmark layout), with a near-miss beside it:

- a word that is a reason and a cause (Kinyarwanda ``Impamvu``) reads as English ``Reason``:
  a decision's rationale, and no column of a risk register;
- ``ID`` in an Indian script (Hindi ``आईडी``) and ``target`` (``लक्ष्य तिथि``, a dependency's
  need-by in a mixed RAID log), Hindi ``प्रगति पर`` (in progress);
- a Sinhala date group (``දින`` merged over ``ඇතුළත් කළ`` / ``තහවුරු කළ යුතු``) with
  Sinhala's Gregorian month words, and its statuses;
- a Telugu plan in days (``రోజులు``) whose month headers include the two-character ``మే``;
- the Khmer colon ``៖`` after a title block's label.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from addin.adopt import cldr
from addin.adopt.convert import month_number
from addin.adopt.languages import translate
from addin.adopt.project import ascii_colons
from tests.adopt_sheets import adopt, book, field, only, targets


def _rw_decisions(reason_header: str) -> list[list[object]]:
    return [
        ["Ibyemezo by'umushinga w'amazi"],
        [],
        ["Nomero", "Itariki", "Icyemezo", reason_header, "Uwafashe icyemezo"],
        ["1", "3 Werurwe 2026", "Gukoresha amapompe y'izuba", "Igiciro gito", "Eric Mugisha"],
        ["2", "17 Werurwe 2026", "Kongera abakozi babiri", "Igihe", "Diane Umutoni"],
        ["3", "2 Mata 2026", "Gusubika icyiciro cya gatatu", "Ingengo y'imari", "Eric Mugisha"],
    ]


def test_a_kinyarwanda_reason_column_is_a_decision_s_rationale(tmp_path: Path) -> None:
    adoption = adopt(book(tmp_path / "rw.xlsx", "Ibyemezo", _rw_decisions("Impamvu")))
    table = only(adoption)
    assert table.register == "decisions"
    assert targets(table)["Impamvu"] == "rationale"
    assert field(adoption, "decisions", "rationale") == [
        "Igiciro gito",
        "Igihe",
        "Ingengo y'imari",
    ]
    assert field(adoption, "decisions", "date") == [
        date(2026, 3, 3),
        date(2026, 3, 17),
        date(2026, 4, 2),
    ]


def test_a_kinyarwanda_cause_column_of_a_risk_register_is_no_rationale(tmp_path: Path) -> None:
    # near-miss: impamvu heads a risk's cause; a risk has no rationale, so it stays unmapped
    rows: list[list[object]] = [
        ["Urutonde rw'ibyago"],
        [],
        ["Nomero", "Icyago", "Impamvu", "Ushinzwe", "Ingaruka", "Itariki ntarengwa"],
        ["1", "Imvura nyinshi", "Ikirere", "Eric Mugisha", "Hejuru", "3 Werurwe 2026"],
        ["2", "Ibikoresho bitinda", "Icyambu", "Diane Umutoni", "Hasi", "17 Werurwe 2026"],
        ["3", "Abakozi bagenda", "Umushahara", "Eric Mugisha", "Hejuru", "2 Mata 2026"],
    ]
    adoption = adopt(book(tmp_path / "rw_r.xlsx", "Ibyago", rows))
    table = only(adoption)
    assert table.register == "risks"
    assert targets(table)["Impamvu"] is None


def _hi_raid(id_header: str) -> list[list[object]]:
    return [
        ["RAID लॉग - गोदाम परियोजना"],
        [],
        [id_header, "प्रकार", "विवरण", "ज़िम्मेदार", "लक्ष्य तिथि", "स्थिति"],
        ["J-1", "जोखिम", "बारिश से काम रुक सकता है", "अनिल मेहता", "10 अप्रैल 2026", "खुला"],
        ["N-1", "निर्भरता", "बिजली विभाग से कनेक्शन", "कविता जोशी", "20 अप्रैल 2026", "खुला"],
        ["M-1", "मुद्दा", "ठेकेदार का भुगतान अटका", "अनिल मेहता", "5 मई 2026", "प्रगति पर"],
    ]


def test_a_hindi_raid_log_reads_its_id_target_date_and_in_progress(tmp_path: Path) -> None:
    adoption = adopt(book(tmp_path / "hi.xlsx", "RAID", _hi_raid("आईडी")))
    table = only(adoption)
    assert table.register == "raid"
    assert targets(table)["आईडी"] == "id"
    assert field(adoption, "dependencies", "need_by") == [date(2026, 4, 20)]
    assert field(adoption, "issues", "status") == ["In Progress"]
    assert field(adoption, "risks", "due_date") == [date(2026, 4, 10)]


def test_a_hindi_column_of_no_id_word_is_no_id(tmp_path: Path) -> None:
    # near-miss: a header word the file does not know (आईना, a mirror) stays unmapped
    adoption = adopt(book(tmp_path / "hi_n.xlsx", "RAID", _hi_raid("आईना")))  # a mirror
    assert targets(only(adoption))["आईना"] is None


def _si_assumptions(group: str) -> tuple[list[list[object]], tuple[str, ...]]:
    rows: list[list[object]] = [
        ["උපකල්පන ලේඛනය - ගාල්ල ගබඩාව"],
        [],
        ["අංකය", "උපකල්පනය", "වගකිව යුත්තා", group, None, "තත්ත්වය"],
        [None, None, None, "ඇතුළත් කළ", "තහවුරු කළ යුතු", None],
        ["1", "ඉඩම මැයි අවසානයට ලැබේ", "කමල් සිල්වා", "2026 පෙබරවාරි 2", "2026 ජූනි 15", "තහවුරු විය"],
        ["2", "බදු සහන ලැබේ", "නදීකා පෙරේරා", "2026 මාර්තු 9", "2026 ජූලි 1", "වලංගු නැත"],
        ["3", "රියදුරන් එකඟ වේ", "කමල් සිල්වා", "2026 අප්‍රේල් 20", "2026 අගෝස්තු 3", "විවෘත"],
    ]
    return rows, ("A3:A4", "B3:B4", "C3:C4", "D3:E3", "F3:F4")


def test_a_sinhala_date_group_over_two_sub_labels(tmp_path: Path) -> None:
    rows, merged = _si_assumptions("දින")
    adoption = adopt(book(tmp_path / "si.xlsx", "උපකල්පන", rows, merged))
    table = only(adoption)
    assert table.register == "assumptions"
    assert field(adoption, "assumptions", "raised_date") == [
        date(2026, 2, 2),
        date(2026, 3, 9),
        date(2026, 4, 20),
    ]
    assert field(adoption, "assumptions", "validate_by") == [
        date(2026, 6, 15),
        date(2026, 7, 1),
        date(2026, 8, 3),
    ]
    assert field(adoption, "assumptions", "status") == ["Validated", "Invalid", "Open"]


def test_a_sinhala_date_word_over_no_dates_maps_no_date(tmp_path: Path) -> None:
    # near-miss: දින heads a column of words (when: "soon", "on Monday"), no dates; the
    # header alone does not make it a date column
    rows: list[list[object]] = [
        ["උපකල්පන ලේඛනය"],
        [],
        ["අංකය", "උපකල්පනය", "වගකිව යුත්තා", "දින", "තත්ත්වය"],
        ["1", "ඉඩම මැයි අවසානයට ලැබේ", "කමල් සිල්වා", "ඉක්මනින්", "විවෘත"],
        ["2", "බදු සහන ලැබේ", "නදීකා පෙරේරා", "සඳුදා", "විවෘත"],
        ["3", "රියදුරන් එකඟ වේ", "කමල් සිල්වා", "පසුව", "විවෘත"],
    ]
    adoption = adopt(book(tmp_path / "si_n.xlsx", "උපකල්පන", rows))
    table = only(adoption)
    assert table.register == "assumptions"
    assert targets(table)["දින"] is None


def _te_plan(title: str) -> list[list[object]]:
    return [
        [title],
        [],
        ["పేరు", "పాత్ర", "మే 2026", "జూన్ 2026", "జూలై 2026", "మొత్తం"],
        ["కిరణ్ రాజు", "డెవలపర్", 10.0, 5.0, 15.0, 30.0],
        ["పద్మ వాణి", "టెస్టర్", 5.0, None, 10.0, 15.0],
        ["మహేష్ బాబు", "అనలిస్ట్", None, 20.0, 5.0, 25.0],
    ]


def test_a_telugu_plan_in_days_reads_may_and_july(tmp_path: Path) -> None:
    adoption = adopt(book(tmp_path / "te.xlsx", "బృందం", _te_plan("బృంద ప్రణాళిక (రోజులు)")))
    table = only(adoption)
    assert table.register == "resources"
    assert targets(table)["పేరు"] == "person"
    items = adoption.project.items("resources")
    assert len(items) == 7  # every booked cell, the total column left out
    booked = {(i.person, i.month.month): i.planned_days for i in items}  # type: ignore[attr-defined]
    assert booked[("కిరణ్ రాజు", 5)] == 10.0  # మే (May), two characters
    assert booked[("పద్మ వాణి", 7)] == 10.0  # జూలై (July), beside CLDR's జులై


def test_a_telugu_plan_stating_no_unit_is_not_taken_for_effort(tmp_path: Path) -> None:
    # near-miss: the title says a plan and no unit (days, FTE, hours, money): not read
    adoption = adopt(book(tmp_path / "te_n.xlsx", "బృందం", _te_plan("బృంద ప్రణాళిక")))
    assert adoption.report.adopted_tables == []


def test_a_two_letter_month_reads_only_in_its_script_and_language() -> None:
    with cldr.languages_in({"te"}):
        assert month_number("మే 2026") == 5
        assert month_number("Ma 2026") is None  # a Latin word stays three letters or more
    assert month_number("మే 2026") is None  # no table language: two characters say nothing


def test_the_khmer_colon_ends_a_title_block_label(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["បញ្ជីតាមដានបញ្ហា"],
        ["គម្រោង៖ ស្ពានថ្មី ខេត្តកំពត"],
        [],
        ["ល.រ", "បញ្ហា", "អ្នកទទួលខុសត្រូវ", "ស្ថានភាព"],
        ["1", "ដែកមកដល់យឺត", "សុខ ចាន់ថា", "កំពុងដោះស្រាយ"],
        ["2", "ភ្លៀងខ្លាំង", "ចាន់ ដារ៉ា", "បិទ"],
    ]
    adoption = adopt(book(tmp_path / "km.xlsx", "បញ្ហា", rows))
    assert adoption.project.header.project_name == "ស្ពានថ្មី ខេត្តកំពត"
    assert field(adoption, "issues", "status") == ["In Progress", "Closed"]


def test_a_khmer_colon_after_no_label_names_no_project(tmp_path: Path) -> None:
    # near-miss: the colon after words that are no label (a meeting note) gives no field
    assert ascii_colons("ការប្រជុំ៖ ថ្ងៃច័ន្ទ") == "ការប្រជុំ: ថ្ងៃច័ន្ទ"
    rows: list[list[object]] = [
        ["បញ្ជីតាមដានបញ្ហា"],
        ["ការប្រជុំ៖ ថ្ងៃច័ន្ទ"],
        [],
        ["ល.រ", "បញ្ហា", "អ្នកទទួលខុសត្រូវ", "ស្ថានភាព"],
        ["1", "ដែកមកដល់យឺត", "សុខ ចាន់ថា", "បិទ"],
    ]
    adoption = adopt(book(tmp_path / "km_n.xlsx", "បញ្ហា", rows))
    assert adoption.project.header.project_name != "ថ្ងៃច័ន្ទ"


def test_every_reason_and_cause_word_reads_as_english_reason() -> None:
    # the words earlier rounds left out ("a risk's cause column would read as a
    # rationale"): the rationale is a decision's column only, so they read as English
    # Reason does; as a value (a status, a category) they still say nothing
    for word in ("Impamvu", "Ihe kpatara", "Sababa", "Isizathu", "Dalili", "కారణం"):
        assert translate(word) == "reason", word
        assert translate(word, "values") is None, word
