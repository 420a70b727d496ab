"""Round 22: registers in languages beyond round 18's 53, complete by construction.

``addin/adopt/languages.toml`` declares ten more languages in ``[coverage]`` (Mongolian,
Kazakh, Uzbek, Azerbaijani, Georgian, Armenian, Belarusian, Marathi, Nepali, Tamil) and
gives each every header and
value concept (``tests/test_adopt_round18_vocabulary.py`` holds the file complete). Every
register here was written for these tests in the language it names, with the words its
PMs write in offices; none is a batch layout. The near-misses are words of the new
languages that are English words or words of another language with another meaning.
"""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path

import pytest

from addin.adopt import cldr
from addin.adopt.dates import parse_text_date
from addin.adopt.languages import LANGUAGES, translate
from tests.adopt_sheets import adopt, book, field, only, targets

_DATA = Path(__file__).resolve().parents[1] / "addin" / "adopt" / "languages.toml"
_NEW = ("mn", "kk", "uz", "az", "ka", "hy", "be", "mr", "ne", "ta")


def test_the_new_languages_are_declared_and_read() -> None:
    data = tomllib.loads(_DATA.read_text(encoding="utf-8"))
    declared = data["coverage"]["languages"]
    for language in _NEW:
        assert language in declared and language in LANGUAGES, language
    # the 53 of round 18 keep their order: the new ones are appended after them (and the
    # languages of round 22's last hour after these: tests/test_adopt_round22_amharic.py)
    assert declared[:53][-1] == "cy" and tuple(declared[53:63]) == _NEW


# --- one register per language: its kind, its columns, its values ---------------------------


def test_a_mongolian_risk_register(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["№", "Эрсдэлийн нэр", "Хариуцагч", "Магадлал", "Нөлөө", "Төлөв", "Бүртгэсэн огноо"],
        [
            "R-1",
            "Нийлүүлэгчийн саатал",
            "Бат-Эрдэнэ",
            "Өндөр",
            "Дунд",
            "Нээлттэй",
            date(2026, 3, 2),
        ],
        ["R-2", "Өгөгдөл алдагдах", "Сарантуяа", "Бага", "Өндөр", "Хаагдсан", date(2026, 3, 9)],
        ["R-3", "Төсөв хэтрэх", "Ганбаатар", "Дунд", "Маш өндөр", "Хяналтад", date(2026, 3, 16)],
    ]
    adoption = adopt(book(tmp_path / "mn.xlsx", "Эрсдэлийн бүртгэл", rows))
    table = only(adoption)
    assert table.register == "risks"
    assert targets(table) == {
        "№": "id",
        "Эрсдэлийн нэр": "title",
        "Хариуцагч": "owner",
        "Магадлал": "probability",
        "Нөлөө": "impact",
        "Төлөв": "status",
        "Бүртгэсэн огноо": "raised_date",
    }
    assert field(adoption, "risks", "status") == ["Open", "Closed", "Monitoring"]
    assert field(adoption, "risks", "probability") == [5.0, 1.0, 3.0]
    assert field(adoption, "risks", "impact") == [3.0, 4.0, 5.0]  # Маш өндөр: very high
    assert field(adoption, "risks", "raised_date")[2] == date(2026, 3, 16)


def test_a_mongolian_milestone_plan(tmp_path: Path) -> None:
    # a milestone is "үе шат" (the stage a plan names), its estimated date "тооцоолсон", the
    # date it was met "гүйцэтгэсэн" (performed); "дууссан" is finished, "хэвийн" normal
    rows: list[list[object]] = [
        ["Д/д", "Чухал үе шат", "Хариуцагч", "Тооцоолсон огноо", "Гүйцэтгэсэн огноо", "Төлөв"],
        [
            1,
            "Зураг төсөл батлагдсан",
            "Д. Оюунчимэг",
            date(2026, 2, 6),
            date(2026, 2, 4),
            "Дууссан",
        ],
        [2, "Барилгын ажил эхэлсэн", "Б. Энхтуяа", date(2026, 4, 1), None, "Хэвийн"],
        [3, "Тоног төхөөрөмж суурилуулсан", "С. Ганбаатар", date(2026, 7, 15), None, "Хоцорсон"],
    ]
    adoption = adopt(book(tmp_path / "mn_ms.xlsx", "Үе шатны төлөвлөгөө", rows))
    table = only(adoption)
    assert table.register == "milestones"
    assert targets(table) == {
        "Д/д": "id",
        "Чухал үе шат": "milestone",
        "Хариуцагч": "owner",
        "Тооцоолсон огноо": "forecast_date",
        "Гүйцэтгэсэн огноо": "actual_date",
        "Төлөв": "status",
    }
    assert field(adoption, "milestones", "status")[0] == "Complete"
    assert field(adoption, "milestones", "status")[2] == "Late"
    assert field(adoption, "milestones", "actual_date")[0] == date(2026, 2, 4)


def test_a_mongolian_register_written_with_the_loanword_risk(tmp_path: Path) -> None:
    # Mongolian offices write the Russian loanword риск beside the native эрсдэл
    assert translate("Риск хариуцагч") == "risk owner"
    assert translate("Эрсдэл хариуцагч") == "risk owner"


def test_a_kazakh_issue_log_with_dates_written_in_words(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Нөмір", "Мәселе", "Жауапты", "Басымдық", "Мәртебе", "Орындау мерзімі"],
        ["1", "Серверге қол жеткізу жоқ", "Айгүл Сейітова", "Жоғары", "Ашық", "15 наурыз 2026"],
        [
            "2",
            "Лицензия мерзімі аяқталды",
            "Ерлан Нұрланов",
            "Орташа",
            "Орындалуда",
            "2 сәуір 2026",
        ],
        ["3", "Құжаттар аударылмаған", "Дана Әлиева", "Төмен", "Шешілді", "30 мамыр 2026"],
    ]
    adoption = adopt(book(tmp_path / "kk.xlsx", "Мәселелер тізілімі", rows))
    table = only(adoption)
    assert table.register == "issues"
    assert targets(table) == {
        "Нөмір": "id",
        "Мәселе": "title",
        "Жауапты": "owner",
        "Басымдық": "priority",
        "Мәртебе": "status",
        "Орындау мерзімі": "due_date",
    }
    assert field(adoption, "issues", "status") == ["Open", "In Progress", "Resolved"]
    assert field(adoption, "issues", "priority") == ["High", "Medium", "Low"]
    assert field(adoption, "issues", "due_date") == [
        date(2026, 3, 15),
        date(2026, 4, 2),
        date(2026, 5, 30),
    ]


def test_an_uzbek_risk_register_with_either_apostrophe(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["T/r", "Xavf nomi", "Masʼul", "Ehtimollik", "Ta'sir", "Holati", "Muddati"],
        [
            "X-1",
            "Uskunalar kechikadi",
            "Dilshod Karimov",
            "Yuqori",
            "Oʻrta",
            "Ochiq",
            date(2026, 5, 4),
        ],
        ["X-2", "Mutaxassislar yetishmaydi", "Nodira Tosheva", "O'rta", "Yuqori", "Yopilgan", None],
        [
            "X-3",
            "Valyuta kursi o'zgarishi",
            "Sardor Aliyev",
            "O`rta",
            "Juda yuqori",
            "Nazoratda",
            None,
        ],
    ]
    adoption = adopt(book(tmp_path / "uz.xlsx", "Xavflar reyestri", rows))
    table = only(adoption)
    assert table.register == "risks"
    assert targets(table) == {
        "T/r": "id",
        "Xavf nomi": "title",
        "Masʼul": "owner",
        "Ehtimollik": "probability",
        "Ta'sir": "impact",
        "Holati": "status",
        "Muddati": "due_date",
    }
    assert field(adoption, "risks", "status") == ["Open", "Closed", "Monitoring"]
    # o'rta (medium) typed with the turned comma, the apostrophe and the backtick alike
    assert field(adoption, "risks", "probability") == [5.0, 3.0, 3.0]
    assert field(adoption, "risks", "impact") == [3.0, 4.0, 5.0]
    assert field(adoption, "risks", "owner") == [
        "Dilshod Karimov",
        "Nodira Tosheva",
        "Sardor Aliyev",
    ]


def test_an_azerbaijani_issue_log(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        [
            "Nömrə",
            "Problem",
            "Məsul şəxs",
            "Prioritet",
            "Vəziyyət",
            "Qeydiyyat tarixi",
            "Son tarix",
        ],
        [
            "P-1",
            "Serverə giriş yoxdur",
            "Elvin Məmmədov",
            "Yüksək",
            "Açıq",
            date(2026, 1, 12),
            date(2026, 1, 30),
        ],
        [
            "P-2",
            "Lisenziya bitib",
            "Leyla Həsənova",
            "Orta",
            "İcra olunur",
            date(2026, 1, 19),
            date(2026, 2, 6),
        ],
        [
            "P-3",
            "Sənədlər hazır deyil",
            "Rəşad Quliyev",
            "Aşağı",
            "Həll edilib",
            date(2026, 1, 26),
            date(2026, 2, 13),
        ],
    ]
    adoption = adopt(book(tmp_path / "az.xlsx", "Problemlər", rows))
    table = only(adoption)
    assert table.register == "issues"
    assert targets(table) == {
        "Nömrə": "id",
        "Problem": "title",
        "Məsul şəxs": "owner",
        "Prioritet": "priority",
        "Vəziyyət": "status",
        "Qeydiyyat tarixi": "raised_date",
        "Son tarix": "due_date",
    }
    assert field(adoption, "issues", "status") == ["Open", "In Progress", "Resolved"]
    assert field(adoption, "issues", "priority") == ["High", "Medium", "Low"]
    assert field(adoption, "issues", "due_date")[0] == date(2026, 1, 30)


def test_a_georgian_risk_register(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["ნომერი", "რისკის აღწერა", "პასუხისმგებელი", "ალბათობა", "გავლენა", "სტატუსი", "ვადა"],
        [
            "R1",
            "მომწოდებლის დაგვიანება",
            "გიორგი ბერიძე",
            "მაღალი",
            "საშუალო",
            "ღია",
            "30 აპრილი 2026",
        ],
        [
            "R2",
            "მონაცემების დაკარგვა",
            "ნინო კაპანაძე",
            "დაბალი",
            "მაღალი",
            "დახურული",
            "15 მაისი 2026",
        ],
        [
            "R3",
            "ბიუჯეტის გადახარჯვა",
            "ლევან ჯაფარიძე",
            "საშუალო",
            "ძალიან მაღალი",
            "მონიტორინგში",
            "1 ივნისი 2026",
        ],
    ]
    adoption = adopt(book(tmp_path / "ka.xlsx", "რისკების რეესტრი", rows))
    table = only(adoption)
    assert table.register == "risks"
    assert targets(table) == {
        "ნომერი": "id",
        "რისკის აღწერა": "title",
        "პასუხისმგებელი": "owner",
        "ალბათობა": "probability",
        "გავლენა": "impact",
        "სტატუსი": "status",
        "ვადა": "due_date",
    }
    assert field(adoption, "risks", "status") == ["Open", "Closed", "Monitoring"]
    assert field(adoption, "risks", "impact") == [3.0, 4.0, 5.0]
    assert field(adoption, "risks", "due_date") == [
        date(2026, 4, 30),
        date(2026, 5, 15),
        date(2026, 6, 1),
    ]


def test_an_armenian_issue_log(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Համար", "Խնդիր", "Պատասխանատու", "Առաջնահերթություն", "Կարգավիճակ", "Գրանցման ամսաթիվ"],
        ["Խ-1", "Սերվերի հասանելիություն չկա", "Արամ Պետրոսյան", "Բարձր", "Բաց", date(2026, 2, 2)],
        ["Խ-2", "Լիցենզիան ավարտվել է", "Անի Գրիգորյան", "Միջին", "Ընթացքում", date(2026, 2, 9)],
        [
            "Խ-3",
            "Փաստաթղթերը թարգմանված չեն",
            "Տիգրան Հակոբյան",
            "Ցածր",
            "Լուծված",
            date(2026, 2, 16),
        ],
    ]
    adoption = adopt(book(tmp_path / "hy.xlsx", "Խնդիրներ", rows))
    table = only(adoption)
    assert table.register == "issues"
    assert targets(table) == {
        "Համար": "id",
        "Խնդիր": "title",
        "Պատասխանատու": "owner",
        "Առաջնահերթություն": "priority",
        "Կարգավիճակ": "status",
        "Գրանցման ամսաթիվ": "raised_date",
    }
    assert field(adoption, "issues", "status") == ["Open", "In Progress", "Resolved"]
    assert field(adoption, "issues", "priority") == ["High", "Medium", "Low"]


def test_a_belarusian_risk_register(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Нумар", "Назва рызыкі", "Адказны", "Верагоднасць", "Уплыў", "Стан", "Тэрмін"],
        [
            "Р-1",
            "Затрымка пастаўкі",
            "Аляксей Каваленка",
            "Высокая",
            "Сярэдняя",
            "Адкрыта",
            date(2026, 4, 30),
        ],
        [
            "Р-2",
            "Страта даных",
            "Вольга Шыманская",
            "Нізкая",
            "Высокая",
            "Закрыта",
            date(2026, 5, 15),
        ],
        [
            "Р-3",
            "Перавышэнне бюджэту",
            "Сяргей Лукашэвіч",
            "Сярэдняя",
            "Вельмі высокая",
            "На кантролі",
            date(2026, 6, 1),
        ],
    ]
    adoption = adopt(book(tmp_path / "be.xlsx", "Рэестр рызык", rows))
    table = only(adoption)
    assert table.register == "risks"
    assert targets(table) == {
        "Нумар": "id",
        "Назва рызыкі": "title",
        "Адказны": "owner",
        "Верагоднасць": "probability",
        "Уплыў": "impact",
        "Стан": "status",
        "Тэрмін": "due_date",
    }
    assert field(adoption, "risks", "status") == ["Open", "Closed", "Monitoring"]
    assert field(adoption, "risks", "probability") == [5.0, 1.0, 3.0]
    assert field(adoption, "risks", "impact") == [3.0, 4.0, 5.0]


def test_a_marathi_risk_register(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["अनुक्रमांक", "जोखीम", "जबाबदार व्यक्ती", "शक्यता", "प्रभाव", "स्थिती", "अंतिम मुदत"],
        ["1", "कंत्राटदाराकडून विलंब", "सुनील पाटील", "उच्च", "मध्यम", "खुले", date(2026, 4, 30)],
        ["2", "निधी वेळेत न मिळणे", "अनिता देशमुख", "कमी", "उच्च", "बंद", date(2026, 5, 15)],
        ["3", "जमीन संपादनास उशीर", "राहुल जोशी", "मध्यम", "खूप उच्च", "देखरेखीखाली", date(2026, 6, 1)],
    ]
    adoption = adopt(book(tmp_path / "mr.xlsx", "जोखीम नोंदवही", rows))
    table = only(adoption)
    assert table.register == "risks"
    assert targets(table) == {
        "अनुक्रमांक": "id",
        "जोखीम": "title",
        "जबाबदार व्यक्ती": "owner",
        "शक्यता": "probability",
        "प्रभाव": "impact",
        "स्थिती": "status",
        "अंतिम मुदत": "due_date",
    }
    assert field(adoption, "risks", "status") == ["Open", "Closed", "Monitoring"]
    assert field(adoption, "risks", "probability") == [5.0, 1.0, 3.0]  # कमी: low
    assert field(adoption, "risks", "impact") == [3.0, 4.0, 5.0]  # खूप उच्च: very high


def test_a_nepali_issue_log(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["क्र.सं.", "समस्या", "जिम्मेवार व्यक्ति", "प्राथमिकता", "अवस्था", "दर्ता मिति", "अन्तिम मिति"],
        ["1", "सर्भरमा पहुँच छैन", "राम शर्मा", "उच्च", "खुला", date(2026, 2, 3), date(2026, 2, 20)],
        ["2", "इजाजतपत्रको म्याद सकियो", "सीता थापा", "मध्यम", "प्रगतिमा", date(2026, 2, 10), None],
        ["3", "कागजात अनुवाद भएको छैन", "हरि गुरुङ", "न्यून", "समाधान भएको", date(2026, 2, 17), None],
    ]
    adoption = adopt(book(tmp_path / "ne.xlsx", "समस्याहरू", rows))
    table = only(adoption)
    assert table.register == "issues"
    assert targets(table) == {
        "क्र.सं.": "id",
        "समस्या": "title",
        "जिम्मेवार व्यक्ति": "owner",
        "प्राथमिकता": "priority",
        "अवस्था": "status",
        "दर्ता मिति": "raised_date",
        "अन्तिम मिति": "due_date",
    }
    assert field(adoption, "issues", "status") == ["Open", "In Progress", "Resolved"]
    assert field(adoption, "issues", "priority") == ["High", "Medium", "Low"]
    assert field(adoption, "issues", "raised_date")[1] == date(2026, 2, 10)


def test_a_tamil_risk_register(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["வரிசை எண்", "இடர்", "பொறுப்பாளர்", "நிகழ்தகவு", "தாக்கம்", "நிலை", "இறுதி தேதி"],
        ["1", "ஒப்பந்ததாரர் தாமதம்", "முருகன் செல்வம்", "அதிகம்", "நடுத்தரம்", "திறந்துள்ளது", None],
        ["2", "நிதி கிடைப்பதில் தாமதம்", "லட்சுமி ராஜன்", "குறைவு", "அதிகம்", "மூடப்பட்டது", None],
        ["3", "நில கையகப்படுத்தல்", "கார்த்திக் சுந்தரம்", "நடுத்தரம்", "மிக அதிகம்", "கண்காணிப்பில்", None],
    ]
    rows[1][6], rows[2][6], rows[3][6] = date(2026, 4, 30), date(2026, 5, 15), date(2026, 6, 1)
    adoption = adopt(book(tmp_path / "ta.xlsx", "இடர் பதிவேடு", rows))
    table = only(adoption)
    assert table.register == "risks"
    assert targets(table) == {
        "வரிசை எண்": "id",
        "இடர்": "title",
        "பொறுப்பாளர்": "owner",
        "நிகழ்தகவு": "probability",
        "தாக்கம்": "impact",
        "நிலை": "status",
        "இறுதி தேதி": "due_date",
    }
    assert field(adoption, "risks", "status") == ["Open", "Closed", "Monitoring"]
    assert field(adoption, "risks", "probability") == [5.0, 1.0, 3.0]
    assert field(adoption, "risks", "impact") == [3.0, 4.0, 5.0]  # மிக அதிகம்: very high


# --- month names: CLDR's, read in dates and as a tracker's month labels ----------------------


@pytest.mark.parametrize(
    ("language", "january", "march", "december"),
    [
        ("kk", "Қаңтар", "Наурыз", "Желтоқсан"),
        ("uz", "Yanvar", "Mart", "Dekabr"),
        ("az", "Yanvar", "Mart", "Dekabr"),
        ("ka", "იანვარი", "მარტი", "დეკემბერი"),
        ("hy", "Հունվար", "Մարտ", "Դեկտեմբեր"),
        ("be", "Студзень", "Сакавік", "Снежань"),
    ],
)
def test_month_labels_of_the_new_languages_are_read(
    language: str, january: str, march: str, december: str
) -> None:
    assert (cldr.month_in(january), cldr.month_in(march), cldr.month_in(december)) == (1, 3, 12)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("15 наурыз 2026", date(2026, 3, 15)),  # Kazakh
        ("15-dekabr, 2026", date(2026, 12, 15)),  # Uzbek
        ("15 sentyabr 2026", date(2026, 9, 15)),  # Azerbaijani
        ("30 აპრილი 2026", date(2026, 4, 30)),  # Georgian
        ("15 մարտի 2026", date(2026, 3, 15)),  # Armenian genitive, inside a date only
        ("15 сакавіка 2026", date(2026, 3, 15)),  # Belarusian genitive, inside a date only
    ],
)
def test_dates_written_in_the_new_languages_are_read(text: str, expected: date) -> None:
    assert parse_text_date(text) == expected


def test_a_genitive_month_stays_unread_as_a_header() -> None:
    # Belarusian "сакавіка" (of March) stands only inside a date
    assert cldr.month_in("сакавіка") is None
    assert cldr.month_in("сакавіка", in_date=True) == 3


# --- near-misses: words of the new languages that are other words elsewhere -----------------


def test_english_words_near_the_new_languages_words_are_not_read_as_them() -> None:
    # Azerbaijani "növ" (type) folds to English Nov (November): only "növü" is listed
    assert translate("Nov") is None
    assert translate("Növü") == "type"
    # Uzbek "oy" (month) is OY, an option year, and "past" (low) English past: left out
    assert translate("OY1") is None and translate("Oy") is None
    assert translate("Past", "values") is None
    assert translate("Past due", "values") is None
    # Uzbek "ha" (yes) is Icelandic "há" (high) unaccented: left out, it keeps that meaning
    assert translate("Ha", "values") == "high"


def test_an_english_list_with_past_is_not_read_as_a_level(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["ID", "Issue", "Owner", "Priority", "Status"],
        ["I-1", "Server access", "Ann Lee", "High", "Open"],
        ["I-2", "Licence expired", "Bob Ray", "Past", "Closed"],
    ]
    adoption = adopt(book(tmp_path / "en.xlsx", "Issue Log", rows))
    assert field(adoption, "issues", "priority") == ["High", None]


def test_words_shared_with_another_language_keep_one_meaning() -> None:
    # Marathi "परिणाम" (impact) is Hindi's result, "कारण" (rationale) Hindi's cause: left
    # out, so a Hindi risk register's cause column is not read as a rationale
    assert translate("परिणाम") is None and translate("कारण") is None
    assert translate("प्रभाव") == "impact"
    # Tamil "முடிவு" is a decision and an end ("முடிவு தேதி", the end date): never a decision
    assert translate("முடிவு") is None and translate("முடிவு தேதி") == "முடிவு date"
    assert translate("முடிவு எடுத்த தேதி") == "decision date"
    # Belarusian "не" (no) inside Russian "не начато" (not started): the phrase first
    assert translate("Не начато", "values") == "not started"
    assert translate("Не", "values") == "no"
    # Belarusian "выходны" is a day off: outbound is "зыходны"
    assert translate("Выходны", "values") is None
    assert translate("Зыходны", "values") == "outbound"
    # Kazakh "шығыс" is an expense in a header and outbound in a direction column
    assert translate("Шығыс бабы") == "cost line"
    assert translate("Шығыс", "values") == "outbound"


def test_a_georgian_contact_list_and_a_kazakh_glossary_are_not_registers(tmp_path: Path) -> None:
    contacts: list[list[object]] = [
        ["სახელი", "ტელეფონი", "ელ-ფოსტა", "თანამდებობა"],
        ["გიორგი ბერიძე", "+995 555 12 34 56", "g.beridze@example.ge", "ინჟინერი"],
        ["ნინო კაპანაძე", "+995 555 65 43 21", "n.kapanadze@example.ge", "ბუღალტერი"],
        ["ლევან ჯაფარიძე", "+995 555 11 22 33", "l.japaridze@example.ge", "მენეჯერი"],
    ]
    adoption = adopt(book(tmp_path / "ka.xlsx", "კონტაქტები", contacts))
    assert not adoption.report.adopted_tables
    glossary: list[list[object]] = [
        ["Термин", "Анықтама"],
        ["Тәуекел", "Жобаға әсер етуі мүмкін белгісіз оқиға"],
        ["Мәселе", "Қазір шешуді қажет ететін жағдай"],
        ["Жорамал", "Дәлелсіз шындық деп қабылданған тұжырым"],
    ]
    adoption = adopt(book(tmp_path / "kk.xlsx", "Глоссарий", glossary))
    assert not adoption.report.adopted_tables
