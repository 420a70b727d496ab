"""Dates written as text in any common form, and periods written where a date belongs.

A legacy register writes a date the way its tool or its author does: ``12/Mar/26 9:41 AM``
(Jira), ``Thu 12/03/26`` (MS Project), ``Mar 12, 2026``, ``12-March-2026``,
``2026-03-12T09:41:00Z``, ``12.03.2026``, ``20260312``, ``12. März 2026``, ``12 de marzo de
2026``, an Excel serial stored as text (``46093``). :func:`parse_text_date` reads all of them by their parts: a weekday before the
date and a time after it (``9:41 AM``, ``T09:41:00Z``, ``14:30 UTC``) are dropped; a month
name or abbreviation may stand first, second or last; a four-digit part is the year; two
numbers and no name are read in the column's day/month order; a two-digit year is 20xx
below 70, else 19xx.

A **period** written where a day belongs (``Q3 2026``, ``Mar-26``, ``March 2026``,
``2026-03``, ``H2 2026``) is read by the ``period_dates`` reading (its last day by default,
or its first; ``none`` keeps it as text for a person to fill): see :func:`period_bounds`.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from addin.adopt import cldr, eras
from addin.adopt.languages import INNER_DOT, WORD_MARKS, fold, western_digits
from addin.adopt.readings import current
from addin.cells import from_excel_serial
from addin.values.cells import MONTHS

#: Excel serials read as dates: 1954-10-03 .. 2119-01-08 (the same range for numbers).
SERIAL_RANGE = (20_000, 80_000)

_WEEKDAY = re.compile(
    r"^\s*(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)"
    r"(?:day|sday|nesday|rsday|urday)?\.?,?\s+",
    re.IGNORECASE,
)
#: A time after a date: ``9:41 AM``, ``at 9:41 AM``, ``09:41:00``, ``T09:41:00Z``, ``14:30 UTC``,
#: ``T09:41:00.000+0100``, ``9am``.
_TIME = re.compile(
    r"(?:[T\s,]+(?:at\s+)?|(?<=\d)T)"
    r"(?:\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)"
    r"\s*(?:z|utc|gmt|bst|cet|[+-]\d{2}:?\d{2})?\s*$",
    re.IGNORECASE,
)
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_SERIAL = re.compile(r"^\d{5}(?:\.\d+)?$")
#: A date's parts: a word (its letters WITH the vowel signs, viramas and accents of its
#: script, which ``\w`` does not hold: ``मार्च``, ``மார்ச்``, ``ဇန်နဝါရီ`` are one word, round
#: 24) or a run of digits of any script.
_PARTS = re.compile(rf"[^\W\d_](?:[^\W\d_]|[{WORD_MARKS}])*|\d+")
#: Anything a date does not write: not a letter, a mark, a digit, a space or a separator.
_NOT_DATE = re.compile(rf"[^\w{WORD_MARKS}\s/.\-,']")

#: Month names of the other languages registers are kept in (German, French, Spanish,
#: Italian, Dutch; Portuguese since round 8), with their common abbreviations, beside the
#: English ones.
_FOREIGN_MONTHS: dict[str, int] = {
    name: month
    for month, names in enumerate(
        (
            "januar janv janvier enero gennaio januari jan ene gen janeiro",
            "februar févr fevr février fevrier febrero febbraio februari feb fevereiro fev",
            "märz maerz mär mrz mars marzo maart mrt março",
            "avril avr abril aprile abr",
            "mai mayo maggio mei mag maio",
            "juni juin junio giugno junho",
            "juli juil juillet julio luglio lug julho",
            "août aout agosto augustus ago",
            "septembre septiembre settembre set setembro",
            "oktober octobre octubre ottobre okt ott outubro",
            "novembre noviembre novembro",
            "dezember décembre decembre diciembre dicembre dez dic dezembro",
        ),
        start=1,
    )
    for name in names.split()
}


def _months_of_the_data_file() -> dict[str, int]:
    """The month names of ``languages.toml``'s ``months_world`` (round 10), folded."""
    from addin.adopt.languages import entries

    return {
        fold(name): int(month)
        for month, by_language in entries("months")
        for names in by_language.values()
        for name in names
    }


_FOREIGN_MONTHS.update(
    (name, month)
    for name, month in _months_of_the_data_file().items()
    if name not in _FOREIGN_MONTHS and name not in MONTHS
)


def _months_inside_dates() -> dict[str, int]:
    """The month names that stand only inside a written date (round 11: genitives such as
    Polish ``marca``, Finnish ``maaliskuuta``, abbreviations such as Turkish ``Oca``):
    ``languages.toml``'s ``months_in_dates_world``, folded; never read in a header."""
    from addin.adopt.languages import entries

    return {
        fold(name): int(month)
        for month, by_language in entries("months_in_dates")
        for names in by_language.values()
        for name in names
    }


_DATE_MONTHS: dict[str, int] = _months_inside_dates()

#: ``2026年3月12日`` (Chinese, Japanese), ``2026년 3월 12일`` (Korean): year, month, day.
_CJK_DATE = re.compile(r"^(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?$")

#: An ISO week: ``2026-W14``, ``2026W14``, ``W14 2026``, ``wk 14 2026``, ``Week 14, 2026``,
#: ``KW 14/2026`` (German Kalenderwoche), ``CW14 2026`` (calendar week), ``2026 wk 14``.
_WEEK_WORD = r"(?:w|wk|wks|week|kw|cw|sem|semaine|semana|settimana|woche)"
_ISO_WEEK = re.compile(
    rf"^\s*(?:(?P<y1>\d{{4}})\s*[-/ ]?\s*{_WEEK_WORD}\.?\s*(?P<w1>\d{{1,2}})"
    rf"|{_WEEK_WORD}\.?\s*(?P<w2>\d{{1,2}})\s*[-/ ,']+\s*(?P<y2>\d{{4}}|\d{{2}}))\s*$",
    re.IGNORECASE,
)


def iso_week(text: str) -> tuple[date, date] | None:
    """The Monday and the Sunday of an ISO week written as text (``2026-W14``, ``wk 14
    2026``), or None. A week number above the year's last week is no week."""
    match = _ISO_WEEK.match(text)
    if not match:
        return None
    year_part = match.group("y1") or match.group("y2")
    week = int(match.group("w1") or match.group("w2"))
    year = _year(year_part)
    if not 1900 <= year <= 2200 or not 1 <= week <= date(year, 12, 28).isocalendar()[1]:
        return None
    monday = date.fromisocalendar(year, week, 1)
    return monday, monday + timedelta(days=6)


#: Words between a day and its month that say nothing of the date.
#: Words a date writes between its day and month that no CLDR pattern holds: English ``of``
#: (``12th of March``), Spanish ``de``, Italian ``di``; round 24's last hour: Hausa ``ga``
#: (``14 ga Maris, 2026``, the 14th of March, as Hausa speakers write a date in text).
_FILLERS = frozenset({"of", "the", "de", "del", "di", "ga"})


def month_of(word: str, *, in_date: bool = False) -> int | None:
    """1..12 for an English month name or abbreviation, one of :data:`_FOREIGN_MONTHS`, or
    (round 17) a month word of any locale CLDR has, when it can be read alone or the
    sheet's languages decide it (:func:`addin.adopt.cldr.month_in`); a Roman numeral
    ``I``..``XII`` written in capitals ``in_date`` or as a month label (``14.III.2026``,
    ``III 2026``, as Central and Eastern Europe write them)."""
    found = _listed_month(word)
    # round 26's last hour: two characters are enough for a word of a script other than
    # the Latin one (Telugu ``మే``, May), which CLDR reads only in the sheet's language
    shortest = 2 if in_date or not word.strip()[:1].isascii() else 3
    if found is None and len(word.strip().rstrip(".")) >= shortest:
        found = cldr.month_in(word, in_date=in_date)
    return found


def _listed_month(word: str) -> int | None:
    """1..12 for a month word of the hand lists (English, :data:`_FOREIGN_MONTHS`) or a
    Roman numeral in capitals; read before CLDR."""
    lowered = word.lower().rstrip(".")
    found = MONTHS.get(lowered) or _FOREIGN_MONTHS.get(lowered)
    if found is None and not lowered.isascii():  # "déc" = dec, "févr" = fevr (round 8)
        folded = fold(lowered)
        found = MONTHS.get(folded) or _FOREIGN_MONTHS.get(folded)
    return found if found is not None else _ROMAN.get(word.strip())


#: Roman month numerals, in capitals only (``III``; ``iii`` or ``I`` in a sentence is no
#: month: the callers read them only where a month stands, between a day and a year or
#: before a year).
_ROMAN = {
    numeral: month
    for month, numeral in enumerate(
        ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"), start=1
    )
}


_QUARTER = re.compile(
    r"^\s*(?:(?:q|qtr|quarter)\s*([1-4])|([1-4])\s*q)\s*[-/ ,']*\s*(?:fy|cy)?\s*'?(\d{4}|\d{2})\s*$"
    r"|^\s*(\d{4})\s*[-/ ]?\s*(?:q|qtr|quarter)\s*([1-4])\s*$",
    re.IGNORECASE,
)
_HALF = re.compile(
    r"^\s*h\s*([12])\s*[-/ ,']*\s*'?(\d{4}|\d{2})\s*$|^\s*(\d{4})\s*[-/ ]?\s*h\s*([12])\s*$",
    re.IGNORECASE,
)


#: Round 13: what countries write around a date that is not the date. A weekday in
#: brackets after it, as Chinese, Japanese and Korean calendars and Excel's CJK formats
#: show it (``2026年3月12日(木)``, ``2026/3/12（周四）``, ``2026.3.12(목)``); the word for
#: "year" after the year in Russian, Ukrainian, Bulgarian and Polish documents
#: (``12.03.2026 г.``, ``12 марта 2026 г.``, ``12.03.2026 r.``); a German weekday's two
#: letters before it (``Do, 12.03.2026``, as Outlook and SAP write it); French ``le``.
_CJK_WEEKDAY = re.compile(
    r"\s*[(\uff08]\s*(?:[月火水木金土日](?:曜日?)?|(?:周|星期|週)[一二三四五六日天]"
    r"|[월화수목금토일](?:요일)?)\s*[)\uff09]\s*$"
)
#: Round 40 (t50a): Kazakh and Kyrgyz write ``ж.`` (жыл, year) after it (``05.05.2026 ж.``).
_YEAR_WORD = re.compile(r"(?<=\d{4})\s*(?:г|р|r|ж|жыл|год[аy]?|roku)\.?\s*$", re.IGNORECASE)
#: Round 40 (t51a): or a space alone, as German MS Project writes its dates (``Sa 21.02.26``:
#: ``Sa`` is a month word of another language, so CLDR's weekday names leave it out).
_GERMAN_WEEKDAY = re.compile(r"^\s*(?:Mo|Di|Mi|Do|Fr|Sa|So)(?:[.,]\s*|\s+)(?=\d)")
_FRENCH_ARTICLE = re.compile(r"^\s*le\s+(?=\d)", re.IGNORECASE)


#: A week label before its date, as UK plans write a week's deadline: ``w/c 16/03/2026``
#: (week commencing), ``w/b``, ``WC``, ``w/e 20/03/2026`` (week ending), or spelt out;
#: the date written is the day read (round 15).
_WEEK_LABEL = re.compile(
    r"^\s*(?:w/[cbe]|w\.[cbe]\.|wc|wb|week\s+(?:commencing|beginning|starting|ending))"
    r"\s*:?\s+(?=\d)",
    re.IGNORECASE,
)


def without_week_label(text: str) -> str:
    """``w/c 16/03/2026`` -> ``16/03/2026``; other text unchanged."""
    return _WEEK_LABEL.sub("", text)


def without_weekday_and_time(text: str) -> str:
    """``Thu 12/03/26 9:41 AM`` -> ``12/03/26``; ``2026年3月12日(木)`` -> ``2026年3月12日``;
    ``12.03.2026 г.`` -> ``12.03.2026``; other text unchanged but trimmed."""
    text = _WEEKDAY.sub("", without_week_label(text.strip()))
    text = _GERMAN_WEEKDAY.sub("", _FRENCH_ARTICLE.sub("", text))
    text = eras.to_common(text)[0]  # "令和8年3月12日", "R8.3.12", "15 ม.ค. 69" (round 19)
    text = _CJK_WEEKDAY.sub("", text)
    text = _TIME.sub("", text).strip(" ,")
    text = _without_cldr_weekday(text)
    return _YEAR_WORD.sub("", text).strip(" ,")


#: What separates a weekday from its date: a comma (Latin or Arabic), a space, a dot.
_WEEKDAY_SEPARATORS = " ,،.\u202f\u00a0"
#: The most words a weekday name has (``Dé Domhnaigh``, ``Chủ Nhật``, ``יום ראשון``).
_WEEKDAY_WORDS = 3


_ENGLISH_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def weekday_named(text: str) -> int | None:
    """The day (0 = Monday) a weekday written before or after a date names, in English or
    any language of ``[coverage]`` (``Mon 02/03/2026``, ``Montag, 02.03.2026``, ``02/03/2026
    Pazartesi``, ``lun. 02/03/2026``), or None (round 24: the weekday tells a numeric date's
    order, :func:`addin.adopt.convert._weekday_tells`)."""
    text = text.strip()
    english = _WEEKDAY.match(text)
    if english is not None:  # "Thurs", "Tues", "Sat": by their first three letters
        return _ENGLISH_WEEKDAYS.index(english.group(0).strip(" ,.")[:3].casefold())
    name = _cldr_weekday(text)[1]
    return cldr.weekday_number(name) if name is not None else None


def _without_cldr_weekday(text: str) -> str:
    """``text`` without a CLDR weekday before or after the date (:func:`_cldr_weekday`)."""
    return _cldr_weekday(text)[0]


def _cldr_weekday(text: str) -> tuple[str, str | None]:
    """Round 23: ``text`` without a weekday name of any language of ``[coverage]`` before or
    after the date (``Sonntag, 15. März 2026``, ``15 Mart 2026 Pazar``, ``2026. március
    15., vasárnap``, ``2026年3月15日日曜日``), CLDR's names (:func:`cldr.weekdays`), only when
    a digit is left: a date names its day, the weekday only repeats it. Other text
    unchanged. Round 24: with the weekday name found (folded), or None, so that the day it
    names can tell a numeric date's order (:func:`weekday_named`)."""
    if not any(ch.isdigit() for ch in text) or not any(ch.isalpha() for ch in text):
        return text, None
    names = cldr.weekdays()
    tokens = text.split()
    for k in range(min(_WEEKDAY_WORDS, len(tokens) - 1), 0, -1):
        head = fold(" ".join(tokens[:k])).strip(_WEEKDAY_SEPARATORS)
        if head in names:
            rest = " ".join(tokens[k:])
            return (rest, head) if any(ch.isdigit() for ch in rest) else (text, None)
        tail = fold(" ".join(tokens[-k:])).strip(_WEEKDAY_SEPARATORS)
        if tail in names:
            rest = " ".join(tokens[:-k]).rstrip(_WEEKDAY_SEPARATORS.replace(".", ""))
            return (rest, tail) if any(ch.isdigit() for ch in rest) else (text, None)
    if text[-1].isascii():
        return text, None
    for name in names:  # glued after the day's own mark: "3月15日日曜日", "15日星期日"
        if not name.isascii() and text.endswith(name) and text[: -len(name)].endswith("日"):
            return text[: -len(name)], name
    return text, None


def _year(part: str) -> int:
    year = int(part)
    if len(part) <= 2:
        year += 2000 if year < 70 else 1900
    return year


#: Round 15: the Buddhist era, Thailand's official calendar (2569 BE = 2026 CE): a year of a
#: date in its range (2443-2743, no year anyone plans in) is read less 543. Thai plans,
#: letters and government templates date everything so (``14/03/2569``).
BUDDHIST_ERA = 543


def common_era(year: int) -> int:
    """``year`` in the common era: a Buddhist-era year (2443-2743) less 543, any other as
    it is (a year 2926 stays a typo, listed by the date reader)."""
    return year - BUDDHIST_ERA if 1900 + BUDDHIST_ERA <= year <= 2200 + BUDDHIST_ERA else year


def _make(year: int, month: int, day: int) -> date | None:
    year = common_era(year)
    if not 1900 <= year <= 2200:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


#: Round 20: an ISO week date naming its day (``2026-W11-6``, ``2026W116``: the sixth day,
#: Saturday, of week 11), as planning tools and ISO 8601 write a day by its week; a week
#: alone (``2026-W11``) is a period (:func:`iso_week`), never a day.
_ISO_WEEK_DAY = re.compile(r"^(\d{4})-?W(\d{2})-?([1-7])$", re.IGNORECASE)
#: Round 20: a number with a case or ordinal ending glued on (Basque ``2026ko martxoaren
#: 14a``, "of 2026, March's 14th"): inside a date that names its month, the number.
_NUMBER_ENDING = re.compile(r"(?<![\w])(\d{1,4})([a-z]{1,3})\b")


def _week_day(core: str) -> date | None:
    match = _ISO_WEEK_DAY.match(core)
    if not match:
        return None
    year, week, day = (int(g) for g in match.groups())
    try:
        return _make(*date.fromisocalendar(year, week, day).timetuple()[:3])
    except ValueError:  # week 53 of a year of 52 weeks
        return None


def _without_number_endings(core: str) -> str:
    """``2026ko martxoaren 14a`` -> ``2026 martxoaren 14`` when a month word stands in the
    text; any other text unchanged (``14a`` alone is a house number, not a day)."""
    if not _NUMBER_ENDING.search(core):
        return core
    stripped = _NUMBER_ENDING.sub(r"\1", core)
    words = [w for w in _PARTS.findall(stripped) if not w.isdigit()]
    if len(words) != 1 or not (
        _DATE_MONTHS.get(fold(words[0])) or month_of(words[0], in_date=True)
    ):
        return core
    return stripped


def parse_text_date(text: str, order: str = "dmy") -> date | None:
    """A day from date text in any common form (module docstring); None for a period
    (``Mar-26``: see :func:`period_bounds`) or anything that is no date."""
    core = without_weekday_and_time(text)
    if not core:
        return None
    compact = _COMPACT.match(core) or _CJK_DATE.match(core)
    if compact:
        return _make(*(int(g) for g in compact.groups()))
    week_day = _week_day(core)
    if week_day is not None:
        return week_day
    core = _without_number_endings(core)
    if _SERIAL.match(core):
        serial = float(core)
        if SERIAL_RANGE[0] <= serial <= SERIAL_RANGE[1]:
            return from_excel_serial(serial).date()
        return None
    core = _as_date_punctuation(core)
    if _NOT_DATE.search(core.replace("(", "").replace(")", "")):
        return None
    core = re.sub(r"(?<=\d)\.(?=\s*[^\W\d_])", " ", core)  # "12. März 2026"
    parts = _PARTS.findall(re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", core, flags=re.IGNORECASE))
    parts = [p for p in parts if p.lower() not in _FILLERS]  # "12th of March", "12 de marzo"
    words = [p for p in parts if not p.isdigit()]
    if len(words) > 1:  # "2026. gada 12. marts", "2026 m. kovo 12 d." (round 17: CLDR's words)
        parts = [p for p in parts if not _date_word(p)]
        words = [p for p in parts if not p.isdigit()]
    numbers = [p for p in parts if p.isdigit()]
    if len(words) > 1 or len(numbers) != 3 - len(words):
        return None
    if words:
        month = (
            _listed_month(words[0])
            or _DATE_MONTHS.get(fold(words[0]).rstrip("."))
            or month_of(words[0], in_date=True)
        )
        if month is None or len(numbers) != 2:
            return None
        at = parts.index(words[0])
        four = [n for n in numbers if len(n) == 4]
        if len(four) == 1:
            year_part = four[0]
            day_part = numbers[1] if numbers[0] == year_part else numbers[0]
        elif four:
            return None
        elif at == 0:  # "Mar 12 26"
            day_part, year_part = numbers
        else:  # "12 Mar 26", "12/Mar/26"
            day_part, year_part = numbers
        if len(day_part) > 2:
            return None
        return _make(_year(year_part), month, int(day_part))
    a, b, c = numbers
    if len(a) == 4:
        return _make(int(a), int(b), int(c))
    if len(a) > 2 or len(b) > 2 or len(c) not in (2, 4):
        return None
    day, month = (int(b), int(a)) if order == "mdy" else (int(a), int(b))
    return _make(_year(c), month, day)


#: Round 24: what a month abbreviation writes for its dot or apostrophe in other scripts:
#: Hebrew's geresh and gershayim (``ינו׳``), the typographic apostrophe (Catalan ``d’abril``).
_ABBREVIATION_MARKS = str.maketrans({"\u05f3": ".", "\u05f4": ".", "\u2019": "'"})


def _as_date_punctuation(core: str) -> str:
    """``18 ינו׳ 2026`` -> ``18 ינו. 2026``, ``11 ม.ค. 2026`` -> ``11 มค. 2026``."""
    if core.isascii():
        return core
    return INNER_DOT.sub("", core.translate(_ABBREVIATION_MARKS))


def _date_word(part: str) -> bool:
    """True for a word CLDR's date patterns write around a date's parts (``gada``; ``m`` and
    ``d`` in lower case only: Primavera's ``A`` after a date is its flag, not a word)."""
    if part.isdigit() or (len(part) == 1 and not part.islower()):
        return False
    return fold(part) in cldr.date_words()


#: Round 37 (t45a): Vietnamese writes a month as its word ``Tháng`` (or its letters ``Th``,
#: ``T``) glued to the month's number before the year: ``Tháng 5/2026``, ``T5/2026``; the
#: word is dropped and ``5/2026`` read as any numeric month (only before a month / year
#: pair, so ``T5`` alone is no month). A bare ``T`` before 1 to 4 is a quarter's letter
#: in French or Spanish (``T2/2026``, the second *trimestre*): a month only in a table of
#: a language writing ``T`` for its month (:func:`month_letter_table`)
_VIETNAMESE_MONTH = re.compile(
    r"^\s*(?:th[aá]ng|th|(?P<t>t))\s*(?=(?P<m>\d{1,2})\s*[/.\-]\s*\d{4}\s*$)", re.I
)
#: The languages whose ``T`` before a number is the month's word, never a quarter's
_MONTH_LETTER_LANGUAGES = frozenset({"vi"})


def month_letter_table() -> bool:
    """True when the table being read is in a language writing ``T`` for its month."""
    return bool(cldr.current_languages() & _MONTH_LETTER_LANGUAGES)


def without_month_word(text: str) -> str:
    """``T5/2026`` / ``Tháng 5/2026`` -> ``5/2026``; any other text as it is."""
    match = _VIETNAMESE_MONTH.match(text)
    if match is None:
        return text
    if match["t"] and int(match["m"]) <= 4 and not month_letter_table():
        return text  # ``T2/2026``: a quarter's letter outside a Vietnamese table
    return text[match.end() :]


def _month_period(text: str) -> tuple[int, int] | None:
    """``Mar-26``, ``March 2026``, ``2026-03``, ``03/2026`` -> (year, month)."""
    core = without_month_word(text.strip())
    parts = _PARTS.findall(core)
    if len(parts) != 2 or _NOT_DATE.search(core):
        return None
    words = [p for p in parts if not p.isdigit()]
    numbers = [p for p in parts if p.isdigit()]
    if len(words) == 1 and len(numbers) == 1:
        month = month_of(words[0])
        if (
            month is None
            and len(numbers[0]) == 4
            and not words[0].isascii()
            and not cldr.only_in_dates(words[0])
        ):
            # round 41 (t52a): a short month word of a script other than the Latin one
            # beside its four-digit year is a month label (Hindi ``मई 2026``, ``जून 2026``),
            # read as ``14 मई 2026`` is, though alone it may be another word; a genitive
            # (``marca 2026``) stays none, as a Latin word of two letters does
            month = month_of(words[0], in_date=True)
        if month is None or len(numbers[0]) not in (2, 4):
            return None
        return _year(numbers[0]), month
    if len(numbers) == 2:
        year, month_part = (
            (numbers[0], numbers[1]) if len(numbers[0]) == 4 else (numbers[1], numbers[0])
        )
        if len(year) != 4 or len(month_part) > 2 or not 1 <= int(month_part) <= 12:
            return None
        return int(year), int(month_part)
    return None


def month_period(text: str) -> tuple[int, int] | None:
    """(year, month) for a month written without a day (``Mar-26``, ``March 2026``,
    ``2026-03``, ``03/2026``), else None: a long export's period column (round 23); round 42
    (tx42): or as its language's own year-month pattern writes it (:func:`labelled_month`:
    ``noviembre de 2026``, ``11.2026 г.``)."""
    found = _month_period(text)
    if found is None and (labelled := labelled_month(text)) is not None:
        return labelled.year, labelled.month
    return found


#: Round 42 (tx42): what a month label writes between its month and its year besides
#: words: spaces (a narrow no-break one too), dots, commas, dashes, slashes, brackets
#: (Basque ``2026(e)ko``) and an apostrophe; a right-to-left mark (Arabic ``11‏/2026``) is
#: dropped before, and Armenian's one dot leader read as a dot.
_LABEL_MARKS = re.compile(r"[\s.,\-/()'\u2019]+")
#: Armenian's one dot leader (``2026 թ․``) is its full stop.
_BIDI_MARKS = str.maketrans(
    {"\u200f": "", "\u200e": "", "\u061c": "", "\u202f": " ", "\u2024": "."}
)
#: The numbers of a month label written in figures: the month and the year apart by a dot,
#: a slash or a dash (``11.2026.``, ``2026. 11.``, ``11‏/2026``), never by a space alone
#: (``2 2026`` is no month).
_FIGURES_LABEL = re.compile(r"^\s*(\d{1,4})\s*[./-]\s*(\d{1,4})\s*\.?\s*$")


def labelled_month(text: str) -> date | None:
    """Round 42 (tx42): the month of a label written as its language's own year-month
    pattern writes it (CLDR's ``yM`` .. ``yMMMM``), as its first day: Spanish ``noviembre de
    2026``, Russian ``нояб. 2026 г.``, Bulgarian ``11.2026 г.``, Serbian and Croatian
    ``новембар 2026.`` / ``11. 2026.``, Hungarian ``2026. 11.``, Latvian ``2026. gada.
    novembris``, Lithuanian ``2026 m. lapkritis``, Vietnamese ``tháng 11, 2026``, Catalan
    ``nov. del 2026``, Basque ``2026(e)ko azaroa``, Kazakh ``2026 ж. қар.``, Armenian ``2026
    թ. նոյ``, Mongolian ``2026 оны 11-р сар``, Arabic ``11‏/2026``, Hebrew ``נוב׳ 2026``.

    The rule: the words the patterns write around the month and the year
    (:func:`cldr.month_label_words`) are set aside; what is left must be one four-digit
    year (1990-2100) and one month: a month word (read as a month label's, and as inside a
    date when a word of the pattern stands beside it) or a month's number apart from the
    year by a dot, a slash or a dash, or named by the pattern's word (``tháng 11, 2026``).
    Anything else left (``Budget noviembre 2026``, ``Q1 2026``, ``Lot 2 2026``) is no
    label. None when the text is no such label."""
    core = _as_date_punctuation(text.translate(_BIDI_MARKS)).strip()
    if not core or len(core) > 40 or _NOT_DATE.search(_LABEL_MARKS.sub(" ", core)):
        return None
    parts = _PARTS.findall(core)
    kept = [part for part in parts if part.isdigit() or not _month_label_word(part)]
    if len(kept) != 2:
        return None
    years = [p for p in kept if p.isdigit() and len(p) == 4 and 1990 <= int(p) <= 2100]
    if len(years) != 1:
        return None
    year = int(years[0])
    other = kept[1] if kept[0] == years[0] else kept[0]
    if other.isdigit():
        if len(other) > 2 or not 1 <= int(other) <= 12:
            return None
        # a month's number needs the pattern's word (``tháng 11, 2026``, ``11.2026 г.``) or
        # a dot, a slash or a dash between it and the year
        if len(parts) == 2 and _FIGURES_LABEL.match(core) is None:
            return None
        return date(year, int(other), 1)
    # a month word as a month label's is read (round 26: two characters of a script other
    # than the Latin one only in the table's language); beside a word of the pattern (``г``,
    # ``ж``, ``de``) as inside a date, since the pattern says it is one
    month = month_of(other)
    if month is None and len(parts) > len(kept):
        month = month_of(other, in_date=True)
    return date(year, month, 1) if month is not None else None


def _month_label_word(part: str) -> bool:
    """True for a word a year-month pattern writes (``г``, ``gada``, ``de``; one letter in
    lower case only, as :func:`_date_word`)."""
    if len(part) == 1 and not part.islower():
        return False
    return fold(part) in cldr.month_label_words()


#: A day and a month with no year: ``14 Mar``, ``30-Apr``, ``3rd March`` (round 20).
_DAY_THEN_MONTH = re.compile(r"^\s*(\d{1,2})(?:st|nd|rd|th)?[\s\-/.]*([^\W\d_]+)\.?\s*$")


def day_month_without_year(text: str) -> bool:
    """True for a day then a month name with no year (``14 Mar``, ``30-Apr``): a day whose
    year the cell does not say, never the month of a two-digit year (``14 Mar`` is not
    March 2014; a month's two-digit year comes after it: ``Mar-14``). Round 20."""
    match = _DAY_THEN_MONTH.match(text)
    if match is None:
        return False
    return 1 <= int(match.group(1)) <= 31 and month_of(match.group(2)) is not None


def period_bounds(text: str) -> tuple[date, date, str] | None:
    """The first and last day of a period written as text, and what kind it is: a month
    (``Mar-26``), a quarter (``Q3 2026``, ``2026 Q3``, ``3Q26``), a week (ISO 8601: ``2026-W14``,
    Monday to Sunday; round 11) or a half (``H2 2026``).
    Calendar quarters and halves, except a quarter of a financial year (``Q1 FY27``): read in
    the ``fiscal_year_start`` reading's year, named by the year it ends in (FY27 = April 2026 -
    March 2027, so Q1 FY27 = April-June 2026). None for anything else. A country's own
    digits are its digits (``Q٣ ٢٠٢٦``, round 24)."""
    text = western_digits(text)
    month = _month_period(text)
    if month is not None:
        year, m = month
        if not 1900 <= year <= 2200:
            return None
        return date(year, m, 1), date(year, m, calendar.monthrange(year, m)[1]), "month"
    quarter = _QUARTER.match(text)
    if quarter:
        q, year_part = (
            (quarter.group(1) or quarter.group(2), quarter.group(3))
            if quarter.group(3)
            else (quarter.group(5), quarter.group(4))
        )
        year, first = _year(year_part), (int(q) - 1) * 3 + 1
        if re.search(r"fy", text, re.IGNORECASE):  # "Q1 FY27": the financial year's quarter
            start = current().fiscal_year_start
            year, first = (year - 1, first + start - 1) if start > 1 else (year, first)
            year, first = (year + 1, first - 12) if first > 12 else (year, first)
        end = date(year + (first + 3 > 12), (first + 2) % 12 + 1, 1) - timedelta(days=1)
        return date(year, first, 1), end, "quarter"
    week = iso_week(text)
    if week is not None:
        return week[0], week[1], "week"
    half = _HALF.match(text)
    if half:
        h, year_part = (half.group(1), half.group(2)) if half.group(2) else half.group(4, 3)
        year = _year(year_part)
        if h == "1":
            return date(year, 1, 1), date(year, 6, 30), "half-year"
        return date(year, 7, 1), date(year, 12, 31), "half-year"
    return None


#: Primavera P6's flags after a date (round 14): ``14-Mar-26 A`` is an actual date, ``14-Mar-26*``
#: a constrained one, ``14-Mar-26 A*`` both. The ``A`` stands apart from the date (``26 A``).
_SCHEDULE_FLAG = re.compile(r"^(?P<date>.*\d)(?:\s+(?P<actual>A))?\s*(?P<constrained>\*)?\s*$")


#: Round 41 (rt41b): a date with another single letter after it (``20.03.26 B``,
#: ``15.06.26 C``): a grade or a class written beside each date, no scheduling tool's flag.
_OTHER_LETTER = re.compile(r"^.*\d\s+(?![Aa]\b)[^\W\d_]\s*\*?\s*$")


def letters_after_dates(texts: list[str]) -> bool:
    """Round 41 (rt41b): whether a date of ``texts`` carries a letter other than P6's ``A``
    after it: then the column's letters grade its dates, and an ``A`` among them (``03.02.26
    A``) is a grade too, no actual date."""
    return any(_OTHER_LETTER.match(t.strip()) for t in texts)


def schedule_flag(text: str) -> tuple[str, bool] | None:
    """A date text with a scheduling tool's flag after it, as ``(the date text, actual)``:
    ``"14-Mar-26 A"`` -> ``("14-Mar-26", True)``, ``"14-Mar-26*"`` -> ``("14-Mar-26",
    False)``; None when the text carries no flag (the caller still checks the rest is a
    date)."""
    match = _SCHEDULE_FLAG.match(text.strip())
    if match is None or not (match.group("actual") or match.group("constrained")):
        return None
    return match.group("date").strip(), match.group("actual") is not None
