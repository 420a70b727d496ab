"""Round 37's second wave (task t44b, tuning on the ninety-seventh batch, ordinary workbooks
in other languages): the header words and statuses of Tagalog, Armenian, Hebrew, Basque,
Afrikaans, Macedonian, Sinhala, Swahili and Uzbek registers and reports adoption lacked, a
month written with the ordinal dot after its year (Serbian ``фебруар 2026.``), and a unit
line's word for amounts (Marathi ``रक्कम ₹ मध्ये``).

Each is a small workbook in another trade than the batch's, adopted as a user would,
asserting the values a PMO sees; beside each, its near miss.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from addin.adopt.convert import parse_date
from addin.adopt.currency import unit_line_currencies
from addin.adopt.languages import translate
from tests.adopt_sheets import adopt, book, field, finance_by_line, only, targets


def test_a_tagalog_risk_registers_recorded_date_and_watched_status(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Rehistro ng mga Panganib – Panaderya sa Batangas"],
        [],
        ["Blg.", "Petsa ng Pagkatala", "Panganib", "Responsable", "Katayuan"],
        [1, "Marso 5, 2026", "Pagtaas ng presyo ng harina", "G. Pedro Garcia", "Binabantayan"],
        [2, "Abril 14, 2026", "Sira ang oven", "Gng. Liza Tan", "Bukas"],
        [3, "Mayo 2, 2026", "Kakulangan ng panadero", "G. Pedro Garcia", "Sarado"],
    ]
    adoption = adopt(book(tmp_path / "tl.xlsx", "Panganib", rows))
    # before: the date of recording was left out and "being watched" read as nothing
    assert targets(only(adoption))["Petsa ng Pagkatala"] == "raised_date"
    assert field(adoption, "risks", "raised_date") == [
        date(2026, 3, 5),
        date(2026, 4, 14),
        date(2026, 5, 2),
    ]
    assert field(adoption, "risks", "status") == ["Monitoring", "Open", "Closed"]


def test_an_armenian_decision_logs_decider(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Հ/Հ", "Ամսաթիվ", "Որոշում", "Հիմնավորում", "Որոշող"],
        [1, "12.01.2026", "Վարձել երկու խոհարար", "Պատվերների աճ", "Տնօրեն"],
        [2, "20.01.2026", "Գնել նոր վառարան", "Հինը հաճախ է փչանում", "Աննա Սարգսյան"],
        [3, "03.02.2026", "Բացել երկրորդ մասնաճյուղ", "Պահանջարկ", "Խորհուրդ"],
    ]
    adoption = adopt(book(tmp_path / "hy.xlsx", "Որոշումներ", rows))
    # before: `Որոշող` (the one deciding) was read as the decision and left out
    assert targets(only(adoption))["Որոշող"] == "made_by"
    assert field(adoption, "decisions", "made_by") == ["Տնօրեն", "Աննա Սարգսյան", "Խորհուրդ"]
    assert translate("Որոշում") == "decision"  # the decision itself stays the decision


def test_a_hebrew_dependency_registers_contact_and_on_time(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["מס'", "תלות", "כיוון", "אחראי", "איש קשר", "נדרש עד", "סטטוס"],
        [1, "אספקת מגשים", "נכנסת", "נועה לוי", "אורי כץ", date(2026, 4, 1), "בזמן"],
        [2, "דוח בדיקות ללקוח", "יוצאת", "גיל מור", "דנה רז", date(2026, 5, 6), "באיחור"],
        [3, "אישור כיבוי אש", "נכנסת", "נועה לוי", "אורי כץ", date(2026, 6, 3), "בסיכון"],
    ]
    adoption = adopt(book(tmp_path / "he.xlsx", "תלויות", rows))
    # before: the other side's contact person was left out and "on time" read as nothing
    assert field(adoption, "dependencies", "counterparty_owner") == ["אורי כץ", "דנה רז", "אורי כץ"]
    assert field(adoption, "dependencies", "owner") == ["נועה לוי", "גיל מור", "נועה לוי"]
    assert field(adoption, "dependencies", "status") == ["On Track", "Late", "At Risk"]


def test_a_basque_assumption_registers_confirmed_and_void(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Zk.", "Hipotesia", "Arduraduna", "Egoera"],
        [1, "Irina garaiz iritsiko da", "Ane Urkiola", "Baieztatuta"],
        [2, "Alokairua ez da igoko", "Jon Arana", "Baliogabea"],
        [3, "Baimena martxorako", "Ane Urkiola", "Irekita"],
    ]
    adoption = adopt(book(tmp_path / "eu.xlsx", "Hipotesiak", rows))
    # before: the status column was left out, its confirmed and void words read as nothing
    assert targets(only(adoption))["Egoera"] == "status"
    assert field(adoption, "assumptions", "status") == ["Validated", "Invalid", "Open"]
    assert field(adoption, "assumptions", "owner") == ["Ane Urkiola", "Jon Arana", "Ane Urkiola"]


def test_an_afrikaans_issue_logs_date_recorded(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Nr.", "Kwessie", "Eienaar", "Datum aangeteken", "Status"],
        ["K1", "Die oond is stukkend", "Johan Nel", "2026/03/05", "Oop"],
        ["K2", "Meel is laat afgelewer", "Annelie Botha", "2026/03/19", "Gesluit"],
        ["K3", "Etikette is verkeerd", "Johan Nel", "2026/04/02", "In proses"],
    ]
    adoption = adopt(book(tmp_path / "af.xlsx", "Kwessies", rows))
    # before: the date recorded was left out
    assert targets(only(adoption))["Datum aangeteken"] == "raised_date"
    assert field(adoption, "issues", "raised_date") == [
        date(2026, 3, 5),
        date(2026, 3, 19),
        date(2026, 4, 2),
    ]


def test_a_macedonian_risk_registers_ref_is_its_id(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Реф.", "Ризик", "Веројатност", "Влијание", "Сопственик", "Статус"],
        ["Р-01", "Доцнење на опремата", 3, 4, "Марко Илиевски", "Се следи"],
        ["Р-02", "Пораст на цената на брашно", 2, 2, "Ана Јованова", "Отворен"],
        ["Р-03", "Недостиг на работници", 4, 3, "Марко Илиевски", "Затворен"],
    ]
    adoption = adopt(book(tmp_path / "mk.xlsx", "Ризици", rows))
    # before: `Реф.` was left out (the ids generated) and "being watched" read as nothing
    assert targets(only(adoption))["Реф."] == "id"
    assert field(adoption, "risks", "id") == ["R-001", "R-002", "R-003"]
    assert field(adoption, "risks", "status") == ["Monitoring", "Open", "Closed"]
    assert translate("Оценка") == "score"  # a score column: recomputed, as every score is


def test_a_sinhala_milestone_plans_owner_dates_and_late(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["අංකය", "සන්ධිස්ථානය", "වගකීම", "සැලසුම් දිනය", "සැබෑ දිනය", "තත්ත්වය"],
        [1, "ඉඩම් අවසරය", "සුනිල් පෙරේරා මයා", "2026.01.12", "2026.01.15", "සම්පූර්ණයි"],
        [2, "ගොඩනැගිල්ල", "කමලා ජයසූරිය මිය", "2026.03.02", None, "ප්‍රමාදයි"],
        [3, "පළමු නිෂ්පාදනය", "සුනිල් පෙරේරා මයා", "2026.05.20", None, "ආරම්භ කර නැත"],
    ]
    adoption = adopt(book(tmp_path / "si.xlsx", "සන්ධිස්ථාන", rows))
    # before: the owner and both dates were left out, and "it is late" read as nothing
    assert field(adoption, "milestones", "owner") == [
        "සුනිල් පෙරේරා මයා",
        "කමලා ජයසූරිය මිය",
        "සුනිල් පෙරේරා මයා",
    ]
    assert field(adoption, "milestones", "baseline_date") == [
        date(2026, 1, 12),
        date(2026, 3, 2),
        date(2026, 5, 20),
    ]
    assert field(adoption, "milestones", "actual_date") == [date(2026, 1, 15), None, None]
    assert field(adoption, "milestones", "status") == ["Complete", "Late", "Not Started"]


def test_a_swahili_status_reports_date_overall_scope_and_summary(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["RIPOTI YA HALI YA MRADI"],
        [],
        ["Jina la Mradi", "Kiwanda cha Maji ya Machungwa, Tanga"],
        ["Meneja wa Mradi", "Bw. Juma Hassan"],
        ["Tarehe ya Ripoti", "6 Machi 2026"],
        [],
        ["Hali ya Jumla", "Njano"],
        ["Ratiba", "Nyekundu"],
        ["Wigo", "Kijani"],
        [],
        ["Muhtasari", "Mashine zimechelewa bandarini."],
    ]
    adoption = adopt(book(tmp_path / "sw.xlsx", "Ripoti", rows))
    header = adoption.project.header
    # before: the report date, the overall colour, the scope and the summary were lost
    assert header.project_manager == "Bw. Juma Hassan"
    assert header.report_date == date(2026, 3, 6)
    assert header.overall_rag == "Amber"
    assert header.schedule_rag == "Red"
    assert header.scope_rag == "Green"
    assert header.status_summary == "Mashine zimechelewa bandarini."


def test_an_uzbek_resource_plan_in_person_days(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Non zavodini kengaytirish – resurs rejasi (kishi-kun)"],
        [],
        ["T/r", "F.I.Sh.", "Lavozimi", "Yanvar 2026", "Fevral 2026", "Mart 2026", "Jami"],
        [1, "Karimov Aziz Botirovich", "Loyiha rahbari", 10, 12, None, 22],
        [2, "Yusupova Lola Anvarovna", "Texnolog", None, 5, 8, 13],
    ]
    adoption = adopt(book(tmp_path / "uz.xlsx", "Resurslar", rows))
    # before: the plan was left out (its unit and its people's columns not read)
    assert targets(only(adoption))["F.I.Sh."] == "person"
    assert targets(only(adoption))["Lavozimi"] == "role"
    plan = sorted((r.person, r.month, r.planned_days) for r in adoption.project.items("resources"))
    assert plan == [
        ("Karimov Aziz Botirovich", date(2026, 1, 1), 10.0),
        ("Karimov Aziz Botirovich", date(2026, 2, 1), 12.0),
        ("Yusupova Lola Anvarovna", date(2026, 2, 1), 5.0),
        ("Yusupova Lola Anvarovna", date(2026, 3, 1), 8.0),
    ]


def test_a_serbian_cost_table_writes_its_months_with_the_years_dot(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Пекара, Чачак – трошкови по месецима"],
        [],
        ["Месец", "Ставка", "План (дин.)", "Остварено (дин.)"],
        ["јануар 2026.", "Пећи", "1.250.000,00", "1.198.400,50"],
        ["јануар 2026.", "Радови", "400.000,00", "412.000,00"],
        ["фебруар 2026.", "Пећи", "300.000,00", None],
        ["фебруар 2026.", "Радови", "150.000,00", None],
    ]
    lines = finance_by_line(adopt(book(tmp_path / "sr.xlsx", "Трошкови", rows)))
    # before: the month column was not read as months, so the table was left out
    assert lines[(date(2026, 1, 1), "Пећи")].budget == 1_250_000.0
    assert lines[(date(2026, 1, 1), "Пећи")].actual == 1_198_400.5
    assert lines[(date(2026, 2, 1), "Радови")].budget == 150_000.0
    assert lines[(date(2026, 2, 1), "Радови")].actual is None


def test_the_years_dot_reads_a_month_and_nothing_else() -> None:
    assert parse_date("јануар 2026.") == date(2026, 1, 1)
    assert parse_date("siječanj 2026.") == date(2026, 1, 1)
    assert parse_date("12 Mar") is None  # a day with no year stays no date
    assert parse_date("Mar 26.") is None  # two digits and a dot: no year


def test_a_marathi_unit_line_names_the_rupee(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["साखर कारखाना प्रकल्प – मासिक खर्च"],
        ["रक्कम ₹ मध्ये"],
        [],
        ["खर्चाचा तपशील", "प्रकार", "जानेवारी 2026", "फेब्रुवारी 2026", "मार्च 2026"],
        ["मजुरी", "अंदाजपत्रक", 125000, 125000, 130000],
        ["मजुरी", "प्रत्यक्ष", 120000, 131000, None],
        ["वीज बिल", "अंदाजपत्रक", 40000, 42000, 45000],
        ["वीज बिल", "प्रत्यक्ष", 39000, 44000, None],
    ]
    adoption = adopt(book(tmp_path / "mr.xlsx", "खर्च", rows))
    # before: the line saying the amounts are in rupees named no currency
    assert adoption.project.header.currency == "INR"
    assert finance_by_line(adoption)[(date(2026, 2, 1), "मजुरी")].actual == 131000.0


def test_a_unit_line_naming_a_currency_off_the_list_or_none() -> None:
    assert unit_line_currencies("रक्कम ₹ मध्ये") == {"INR"}
    assert unit_line_currencies("Bedrae in €") == {"EUR"}
    assert "INR" not in unit_line_currencies("रक्कम लाखांमध्ये")  # in lakhs: a multiple
