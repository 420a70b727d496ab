"""Round 23's last hour: Burmese, Lao, Malagasy and Tajik, complete by construction, and one
rule for every script written without spaces.

Burmese and Lao (as Thai and Khmer) write a phrase without spaces between its words, and
their vowel signs and tone marks are combining marks (``\\w`` does not hold them): a header
is read by the vocabulary's words found inside it, and a run of the script's letters and
marks is one word, for each script of ``languages._UNSPACED_SCRIPTS`` alike. Their own
digits (Burmese ၀-၉, Lao ໐-໙, Persian ۰-۹) read as numbers and dates. Every register here
was written for these tests; none is a batch layout.
"""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path

import pytest

from addin.adopt.languages import LANGUAGES, translate, words_of
from tests.adopt_sheets import adopt, best_candidate, book, field, only, targets

_DATA = Path(__file__).resolve().parents[1] / "addin" / "adopt" / "languages.toml"
_BURMESE = str.maketrans("0123456789", "၀၁၂၃၄၅၆၇၈၉")
_LAO = str.maketrans("0123456789", "໐໑໒໓໔໕໖໗໘໙")
_PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def test_the_four_are_declared_after_round_22s_languages() -> None:
    declared = tomllib.loads(_DATA.read_text(encoding="utf-8"))["coverage"]["languages"]
    start = declared.index("so") + 1  # round 22's last language
    # round 24's languages come after these six
    assert declared[start : start + 6] == ["my", "lo", "mg", "tg", "km", "si"]
    assert LANGUAGES[start - 1 : start + 5] == (
        "my",
        "lo",
        "mg",
        "tg",
        "km",
        "si",
    )  # "en" is not in LANGUAGES


@pytest.mark.parametrize(
    ("header", "english"),
    [
        ("ผู้รับผิดชอบความเสี่ยง", "owner risk"),  # Thai, as since round 10
        ("ສະຖານະຄວາມສ່ຽງ", "status risk"),  # Lao: status of the risk, no space
        ("ຜູ້ຮັບຜິດຊອບ", "owner"),
        ("အန္တရာယ်အခြေအနေ", "risk status"),  # Burmese: risk status, no space
        ("တာဝန်ခံ", "owner"),
    ],
)
def test_a_header_of_a_script_without_spaces_is_read_by_the_words_inside_it(
    header: str, english: str
) -> None:
    assert translate(header) == english


@pytest.mark.parametrize(
    "text",
    ["ວັນທີຕາມແຜນ", "နောက်ဆုံးရက်", "ស្ថានភាព", "ผู้รับผิดชอบ", "ຫຼັກໄມ", "ဖြစ်နိုင်ခြေ"],
)
def test_a_run_of_a_script_without_spaces_is_one_word_marks_and_all(text: str) -> None:
    # Lao, Burmese, Khmer and Thai vowel signs stay inside the word (before round 23 a Lao
    # or Burmese header split at each vowel sign into letters no vocabulary holds)
    assert len(words_of(text)) == 1


def test_a_burmese_risk_register_with_dates_in_burmese_digits(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["စဉ်", "ခေါင်းစဉ်", "တာဝန်ရှိသူ", "ဖြစ်နိုင်ခြေ", "သက်ရောက်မှု", "အခြေအနေ", "နောက်ဆုံးရက်"],
        ["1", "ဆာဗာ ပျက်စီးခြင်း", "ဦးမြင့်ဆွေ", "မြင့်", "အလယ်အလတ်", "ဖွင့်", "03/04/2026"],
        ["2", "ငွေကြေး လဲလှယ်နှုန်း", "ဒေါ်နီလာ", "နိမ့်", "မြင့်", "ပိတ်", "17/04/2026"],
        ["3", "ပစ္စည်း နောက်ကျခြင်း", "ကိုအောင်", "အလယ်အလတ်", "နိမ့်", "ဖွင့်", "08/05/2026"],
    ]
    for row in rows[1:]:
        row[0] = str(row[0]).translate(_BURMESE)
        row[6] = str(row[6]).translate(_BURMESE)
    adoption = adopt(book(tmp_path / "my.xlsx", "အန္တရာယ်စာရင်း", rows))
    table = only(adoption)
    assert table.register == "risks"
    assert targets(table) == {
        "စဉ်": "id",
        "ခေါင်းစဉ်": "title",
        "တာဝန်ရှိသူ": "owner",
        "ဖြစ်နိုင်ခြေ": "probability",
        "သက်ရောက်မှု": "impact",
        "အခြေအနေ": "status",
        "နောက်ဆုံးရက်": "due_date",
    }
    assert field(adoption, "risks", "status") == ["Open", "Closed", "Open"]
    assert field(adoption, "risks", "probability") == [5.0, 1.0, 3.0]
    assert field(adoption, "risks", "due_date") == [
        date(2026, 4, 3),
        date(2026, 4, 17),
        date(2026, 5, 8),
    ]


def test_a_lao_issue_log_with_dates_in_lao_digits(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["ລຳດັບ", "ບັນຫາ", "ຜູ້ຮັບຜິດຊອບ", "ບຸລິມະສິດ", "ສະຖານະ", "ວັນຄົບກຳນົດ"],
        ["1", "ເຄື່ອງປັ່ນໄຟເພ", "ສົມສັກ ວົງໄຊ", "ສູງ", "ກຳລັງດຳເນີນ", "12/05/2026"],
        ["2", "ຂາດອາໄຫຼ່", "ນາງ ມະນີວັນ", "ຕ່ຳ", "ແກ້ໄຂແລ້ວ", "26/05/2026"],
        ["3", "ຖະໜົນເຂົ້າເຖິງເປ່ເພ", "ທ້າວ ບຸນມີ", "ປານກາງ", "ເປີດ", "09/06/2026"],
    ]
    for row in rows[1:]:
        row[0] = str(row[0]).translate(_LAO)
        row[5] = str(row[5]).translate(_LAO)
    adoption = adopt(book(tmp_path / "lo.xlsx", "ບັນຊີບັນຫາ", rows))
    table = only(adoption)
    assert table.register == "issues"
    assert targets(table)["ຜູ້ຮັບຜິດຊອບ"] == "owner"
    assert targets(table)["ສະຖານະ"] == "status"
    assert targets(table)["ວັນຄົບກຳນົດ"] == "due_date"
    assert field(adoption, "issues", "status") == ["In Progress", "Resolved", "Open"]
    assert field(adoption, "issues", "priority") == ["High", "Low", "Medium"]
    assert field(adoption, "issues", "due_date")[0] == date(2026, 5, 12)


def test_a_malagasy_risk_register(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Laharana", "Lohateny", "Tompon'andraikitra", "Mety hitranga", "Vokany", "Sata"],
        ["R-1", "Tara ny sambo", "Rabe Niry", "Ambony", "Antonony", "Misokatra"],
        ["R-2", "Fiakaran'ny vidin'ny solika", "Rasoa Lalao", "Ambany", "Ambony", "Mihidy"],
        ["R-3", "Rivodoza", "Randria Haja", "Antonony", "Ambany", "Misokatra"],
    ]
    adoption = adopt(book(tmp_path / "mg.xlsx", "Rejisitry ny risika", rows))
    table = only(adoption)
    assert table.register == "risks"
    assert targets(table) == {
        "Laharana": "id",
        "Lohateny": "title",
        "Tompon'andraikitra": "owner",
        "Mety hitranga": "probability",
        "Vokany": "impact",
        "Sata": "status",
    }
    assert field(adoption, "risks", "status") == ["Open", "Closed", "Open"]
    assert field(adoption, "risks", "impact") == [3.0, 5.0, 1.0]


def test_a_tajik_issue_log(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Рақам", "Масъала", "Масъул", "Афзалият", "Ҳолат", "Мӯҳлат"],
        ["1", "Таъхири таҷҳизот", "Раҳимов Ф.", "Баланд", "Кушода", date(2026, 6, 1)],
        ["2", "Норасоии кадрҳо", "Каримова М.", "Паст", "Пӯшида", date(2026, 6, 15)],
        ["3", "Иҷозатномаи сохтмон", "Сафаров Д.", "Миёна", "Дар ҷараён", date(2026, 7, 1)],
    ]
    adoption = adopt(book(tmp_path / "tg.xlsx", "Феҳристи мушкилот", rows))
    table = only(adoption)
    assert table.register == "issues"
    assert targets(table) == {
        "Рақам": "id",
        "Масъала": "title",
        "Масъул": "owner",
        "Афзалият": "priority",
        "Ҳолат": "status",
        "Мӯҳлат": "due_date",
    }
    assert field(adoption, "issues", "status") == ["Open", "Closed", "In Progress"]
    assert field(adoption, "issues", "priority") == ["High", "Low", "Medium"]


@pytest.mark.parametrize(
    ("text", "section"),
    [
        ("не начато", "values"),  # Russian "not started", not Tajik "no" + a word
        ("Tara", "values"),  # a given name, not Malagasy "late"
        ("Maya", "values"),  # as round 22 kept Somali's "no" out
    ],
)
def test_words_left_out_on_purpose_read_as_nothing_new(text: str, section: str) -> None:
    assert translate(text, section) in (None, "not started")


@pytest.mark.parametrize(
    ("header", "english"),
    [
        ("Status", None),
        ("Owner", None),
        ("Date d'échéance", "date d due"),  # as before round 23
        ("Total", None),
        ("Vita", None),  # English / Latin "vita" (a CV): no Malagasy word in a header
    ],
)
def test_near_misses_english_and_french_headers_read_as_before(
    header: str, english: str | None
) -> None:
    assert translate(header) == english


def test_a_persian_dependency_register_title_first_and_dates_in_persian_digits(
    tmp_path: Path,
) -> None:
    # Persian puts the noun before its modifier: عنوان وابستگی is "title (of the) dependency",
    # the dependency title, and wins over the notes column (توضیحات) as the item's title
    rows: list[list[object]] = [
        ["ردیف", "عنوان وابستگی", "مسئول", "تاریخ نیاز", "وضعیت", "توضیحات"],
        ["1", "تحویل سرور از تأمین‌کننده", "علی رضایی", "2026/04/02", "باز", "هفتگی"],
        ["2", "مجوز محیط زیست", "مریم احمدی", "2026/04/20", "در مسیر", "هفتگی"],
        ["3", "داده‌های آزمایشگاه", "حسین کریمی", "2026/05/11", "با تأخیر", "ماهانه"],
    ]
    for row in rows[1:]:
        row[3] = str(row[3]).translate(_PERSIAN)
    adoption = adopt(book(tmp_path / "fa.xlsx", "وابستگی‌ها", rows))
    table = only(adoption)
    assert table.register == "dependencies"
    assert targets(table)["عنوان وابستگی"] == "title"
    assert targets(table)["تاریخ نیاز"] == "need_by"
    assert field(adoption, "dependencies", "title")[0] == "تحویل سرور از تأمین‌کننده"
    assert field(adoption, "dependencies", "need_by") == [
        date(2026, 4, 2),
        date(2026, 4, 20),
        date(2026, 5, 11),
    ]
    assert field(adoption, "dependencies", "status")[1:] == ["On Track", "Late"]


@pytest.mark.parametrize(
    ("header", "register", "column"),
    [
        ("Title dependency", "dependencies", "title"),  # the synonym's words reordered
        ("Date due", "risks", "due_date"),
    ],
)
def test_a_synonyms_words_in_another_order_are_the_synonym(
    header: str, register: str, column: str
) -> None:
    assert best_candidate(header, register) == (column, 1.0)


def test_words_in_another_order_with_a_word_more_are_no_synonym() -> None:
    # near-miss: reordering reads only the same words; a word more is the usual partial
    # match, below a listed synonym
    found = best_candidate("Title dependency external", "dependencies")
    assert found is None or found[1] < 1.0


def _somali_plan(unit_line: str) -> list[list[object]]:
    return [
        ["Qorshaha shaqaalaha xafiiska"],
        [unit_line],
        [],
        ["Magaca", "Doorka", "Febraayo 2026", "Maarso 2026", "Abriil 2026", "Wadar"],
        ["Ali Nur", "Injineer", 5.0, 10.0, 5.0, 20.0],
        ["Hodan Abdi", "Xisaabiye", 5.0, 5.0, 5.0, 15.0],
        ["Ahmed Farah", "Sahamiye", 10.0, 10.0, None, 20.0],
    ]


def test_a_somali_staffing_plan_states_its_unit_in_somali(tmp_path: Path) -> None:
    # "Halbeegga: maalmo" (unit: days) says the figures are days of effort, as "Unit: days"
    adoption = adopt(book(tmp_path / "so.xlsx", "Shaqaalaha", _somali_plan("Halbeegga: maalmo")))
    table = only(adoption)
    assert table.register == "resources"
    assert targets(table)["Magaca"] == "person"
    assert targets(table)["Doorka"] == "role"  # doorka, "the role" (door alone is English)
    assert len(adoption.project.items("resources")) == 8


def test_a_somali_plan_stating_no_unit_is_read_in_days_by_its_figures_and_says_so(
    tmp_path: Path,
) -> None:
    # a line in Somali that states no unit (Mashruuca: the project) says nothing of the
    # figures. Round 23 left them unread; round 28's last hour (t30b) reads people and their
    # roles by month, in figures that can only be days (whole or half, none above a month's
    # working days), as a resource plan in days, and the report says so and how to say
    # otherwise (the issue: read every value right or say which reading it used)
    adoption = adopt(book(tmp_path / "so.xlsx", "Shaqaalaha", _somali_plan("Mashruuca: Dekedda")))
    table = only(adoption)
    assert table.register == "resources"
    assert "in days as the figures show" in table.reason
    assert "say 'hours' or 'FTE' in the title if they are not days" in table.reason
    assert targets(table)["Magaca"] == "person"


def test_a_khmer_risk_register(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["លេខរៀង", "ចំណងជើង", "អ្នកទទួលខុសត្រូវ", "ផលប៉ះពាល់", "ស្ថានភាព", "កាលកំណត់"],
        ["1", "ការផ្គត់ផ្គង់យឺត", "សុខ ចាន់ថា", "ខ្ពស់ខ្លាំង", "បើក", date(2026, 3, 2)],
        ["2", "ខ្វះបុគ្គលិក", "ហេង សុភា", "ទាប", "បិទ", date(2026, 3, 9)],
        ["3", "ថ្លៃប្រេងឡើង", "គឹម សំណាង", "មធ្យម", "បើក", date(2026, 3, 16)],
    ]
    adoption = adopt(book(tmp_path / "km.xlsx", "បញ្ជីហានិភ័យ", rows))
    table = only(adoption)
    assert table.register == "risks"
    assert targets(table) == {
        "លេខរៀង": "id",
        "ចំណងជើង": "title",
        "អ្នកទទួលខុសត្រូវ": "owner",
        "ផលប៉ះពាល់": "impact",
        "ស្ថានភាព": "status",
        "កាលកំណត់": "due_date",
    }
    assert field(adoption, "risks", "status") == ["Open", "Closed", "Open"]
    # ខ្ពស់ខ្លាំង (very high) makes the column a five-level scale: Low is 2
    assert field(adoption, "risks", "impact") == [5.0, 2.0, 3.0]


def test_a_sinhala_issue_log(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["අනු අංකය", "ගැටලුව", "වගකිව යුත්තා", "ප්‍රමුඛතාව", "තත්ත්වය", "නියමිත දිනය"],
        ["1", "සේවාදායකය බිඳ වැටීම", "නිමල් පෙරේරා", "ඉහළ", "විවෘත", date(2026, 4, 6)],
        ["2", "බලපත්‍ර ප්‍රමාදය", "කමලා සිල්වා", "අඩු", "වසා ඇත", date(2026, 4, 20)],
        ["3", "කාර්ය මණ්ඩල හිඟය", "සුනිල් ප්‍රනාන්දු", "මධ්‍යම", "විවෘත", date(2026, 5, 4)],
    ]
    adoption = adopt(book(tmp_path / "si.xlsx", "ගැටලු ලේඛනය", rows))
    table = only(adoption)
    assert table.register == "issues"
    assert targets(table) == {
        "අනු අංකය": "id",
        "ගැටලුව": "title",
        "වගකිව යුත්තා": "owner",
        "ප්‍රමුඛතාව": "priority",
        "තත්ත්වය": "status",
        "නියමිත දිනය": "due_date",
    }
    assert field(adoption, "issues", "status") == ["Open", "Closed", "Open"]
    assert field(adoption, "issues", "priority") == ["High", "Low", "Medium"]
