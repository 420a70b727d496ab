"""Round 42 (task tx42): a month label written as its language's own year-month pattern
writes it (Unicode CLDR's ``yM`` .. ``yMMMM``: Spanish ``noviembre de 2026``, Russian
``нояб. 2026 г.``, Bulgarian ``11.2026 г.``, Croatian and Serbian ``11. 2026.``, Hungarian
``2026. 11.``, Latvian ``2026. gada novembris``, Lithuanian ``2026 m. lapkritis``,
Vietnamese ``tháng 11, 2026``, Catalan ``nov. del 2026``) is read as that month, across
and down. Rounds 33-41 met such forms one batch at a time (Serbian ``јануар 2026.``,
Hungarian ``2026. febr.``, Vietnamese ``Tháng 5/2026``), each refusing a whole tracker;
the rule reads the pattern's words from CLDR for every language at once. Near misses: a
label with any other word, a quarter, a month's number apart from its year by a space
alone, a number past twelve."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from addin.adopt import cldr
from addin.adopt.convert import month_number
from addin.adopt.dates import labelled_month, month_period
from tests.adopt_sheets import adopt, book, finance_by_line, only

_NOV, _DEC, _JAN = date(2026, 11, 1), date(2026, 12, 1), date(2027, 1, 1)


def _months_across(tmp_path: Path, name: str, title: str, line: str, labels: list[str]) -> set:
    rows: list[list[object]] = [
        [title],
        [],
        [line, *labels],
        ["A", 100, 200, 300],
        ["B", 400, 500, 600],
    ]
    adoption = adopt(book(tmp_path / f"{name}.xlsx", "Sheet1", rows))
    assert only(adoption).register == "finance"
    return adoption


def test_a_spanish_tracker_with_months_written_de_year_across(tmp_path: Path) -> None:
    """``noviembre de 2026`` (CLDR's Spanish ``MMMM 'de' y``): before, no month across was
    read and the tracker was refused ("amounts without months")."""
    adoption = _months_across(
        tmp_path,
        "es",
        "Presupuesto de obra",
        "Partida",
        ["noviembre de 2026", "diciembre de 2026", "enero de 2027"],
    )
    lines = finance_by_line(adoption)
    assert lines[(_NOV, "A")].budget == 100
    assert lines[(_DEC, "B")].budget == 500
    assert lines[(_JAN, "B")].budget == 600


def test_a_russian_tracker_with_the_year_word_down(tmp_path: Path) -> None:
    """``нояб. 2026 г.`` (the abbreviation, the year and ``г.``, its word) in a month column
    down, as a Russian ledger export writes its period."""
    rows: list[list[object]] = [
        ["Учёт затрат по проекту"],
        [],
        ["Месяц", "Статья затрат", "Бюджет", "Факт"],
        ["нояб. 2026 г.", "Проектирование", 1000, 900],
        ["нояб. 2026 г.", "Строительство", 5000, 5100],
        ["дек. 2026 г.", "Проектирование", 800, 850],
        ["дек. 2026 г.", "Строительство", 6000, None],
    ]
    adoption = adopt(book(tmp_path / "ru.xlsx", "Затраты", rows))
    assert only(adoption).register == "finance"
    lines = finance_by_line(adoption)
    assert lines[(_NOV, "Строительство")].actual == 5100
    assert lines[(_DEC, "Проектирование")].budget == 800


@pytest.mark.parametrize(
    ("labels", "line"),
    [
        (["11. 2026.", "12. 2026.", "1. 2027."], "Stavka"),  # Croatian, Serbian, Bosnian
        (["11.2026.", "12.2026.", "01.2027."], "Pozīcija"),  # Latvian, Serbian figures
        (["2026. 11.", "2026. 12.", "2027. 01."], "Költségsor"),  # Hungarian, year first
        (["11.2026 г.", "12.2026 г.", "01.2027 г."], "Перо"),  # Bulgarian, Macedonian
        (["11\u200f/2026", "12\u200f/2026", "01\u200f/2027"], "البند"),  # Arabic, with its RLM
    ],
)
def test_months_in_figures_with_the_languages_own_dots_and_marks(
    tmp_path: Path, labels: list[str], line: str
) -> None:
    """A month's number and its year as each language's pattern writes them: a dot after
    the year (the South Slavic and Latvian ordinal), the year first (Hungarian), the year's
    word (``г.``), a right-to-left mark between them (Arabic)."""
    adoption = _months_across(tmp_path, "figures", "Budget", line, labels)
    months = sorted({f.month for f in adoption.project.finance})
    assert months == [_NOV, _DEC, _JAN]


def test_a_vietnamese_and_a_lithuanian_month_with_their_month_and_year_words() -> None:
    """``tháng 11, 2026`` / ``thg 11 2026`` (the word *tháng*, month, before its number) and
    ``2026 m. lapkritis`` (``m.``, *metai*, the year) read as November 2026, and so do the
    Latvian ``2026. gada novembris``, Catalan ``nov. del 2026`` and Basque ``2026(e)ko
    azaroa``."""
    assert labelled_month("tháng 11, 2026") == _NOV
    assert labelled_month("thg 11 2026") == _NOV
    assert labelled_month("tháng 11 năm 2026") == _NOV
    assert labelled_month("2026 m. lapkritis") == _NOV
    assert labelled_month("2026. gada novembris") == _NOV
    assert labelled_month("2026. g. nov.") == _NOV
    assert labelled_month("nov. del 2026") == _NOV
    assert labelled_month("2026(e)ko azaroa") == _NOV
    assert month_period("noviembre de 2026") == (2026, 11)
    assert month_number("нояб. 2026 г.") == 11


def test_a_vietnamese_tracker_down_with_thang(tmp_path: Path) -> None:
    """A Vietnamese cost table one row per month and item (``Tháng`` column, ``tháng 11,
    2026``), as round 37's ``Tháng 5/2026`` was read with a slash."""
    rows: list[list[object]] = [
        ["Theo dõi chi phí dự án"],
        [],
        ["Tháng", "Hạng mục", "Ngân sách", "Thực tế"],
        ["tháng 11, 2026", "Thiết kế", 120, 110],
        ["tháng 12, 2026", "Thiết kế", 130, 140],
        ["tháng 01, 2027", "Thiết kế", 150, None],
    ]
    adoption = adopt(book(tmp_path / "vi.xlsx", "Chi phí", rows))
    assert only(adoption).register == "finance"
    lines = finance_by_line(adoption)
    assert sorted(month for month, _ in lines) == [_NOV, _DEC, _JAN]
    assert lines[(_DEC, "Thiết kế")].actual == 140
    # (the budget's amounts are not asserted: ``Ngân sách`` folds to ``ngan``, which the
    # units vocabulary reads as ``ngàn``, a thousand; an older reading, listed in docs)


def test_every_coverage_language_s_own_year_month_patterns_read() -> None:
    """The rule's general proof: each month of 2026 written by CLDR's year-month patterns of
    the languages registers are kept in reads as that month (the table's language known,
    as a sheet's headers make it). Babel writes the labels; adoption reads them from its
    own table, never babel."""
    babel_dates = pytest.importorskip("babel.dates", reason="babel writes CLDR's patterns")
    from babel import Locale

    missed = []
    languages = ("es", "pt", "ca", "gl", "ru", "uk", "bg", "mk", "sr", "hr", "bs", "hu")
    languages += ("lv", "lt", "vi", "kk", "ky", "hy", "mn", "ar", "he", "eu", "uz", "ka")
    for language in languages:
        locale = Locale.parse(language)
        with cldr.languages_in([language]):
            for skeleton in ("yM", "yMM", "yMMM", "yMMMM"):
                for month in range(1, 13):
                    label = babel_dates.format_skeleton(
                        skeleton, date(2026, month, 1), locale=locale
                    )
                    if label in _LEFT or (language, skeleton) in _LEFT:
                        continue
                    read = labelled_month(label) or _plain(label)
                    if read != date(2026, month, 1):
                        missed.append((language, skeleton, label, read))
    assert missed == []


#: Left, and why: Catalan's ``ag.`` (August) is a Latin word of two letters, which no month
#: reader takes alone (``du``, ``ag`` are words too); Mongolian's wide months are two words
#: (``нэгдүгээр сар``, "first month"), which CLDR's table of single month words lacks.
_LEFT = {"ag. del 2026", ("mn", "yMMMM")}


def _plain(label: str) -> date | None:
    """A label the earlier readers already read (``Nov 2026``, ``11/2026``)."""
    found = month_period(label)
    return date(found[0], found[1], 1) if found else None


@pytest.mark.parametrize(
    "text",
    [
        "Budget noviembre 2026",  # another word beside the month: no label
        "Q1 2026",  # a quarter
        "Lot 2 2026",  # a lot's number and a year
        "2 2026",  # a number and a year apart by a space alone
        "13.2026",  # no month thirteen
        "Phase 2, 2026",
        "de 2026",  # the pattern's word and a year, no month
        "2026",
        "11.2026.1",  # a version number
    ],
)
def test_near_misses_are_no_month_label(text: str) -> None:
    assert labelled_month(text) is None


def test_a_header_of_lots_and_a_year_is_no_month_across(tmp_path: Path) -> None:
    """``Lot 1 2026`` .. are lots of a tender in a year, not months: the table is not read
    with months across (it reads no month at all, as before)."""
    rows: list[list[object]] = [
        ["Budget"],
        [],
        ["Cost line", "Lot 1 2026", "Lot 2 2026", "Lot 3 2026"],
        ["Design", 100, 200, 300],
    ]
    adoption = adopt(book(tmp_path / "lots.xlsx", "Sheet1", rows))
    assert not any(f.month for f in adoption.project.finance)
