"""Round 11: dates decided per column from the column's evidence (docs/adopt.md, "Round 11:
mechanisms (values read per column)").

A day above 12 anywhere in the column decides the order; else the header's language (every
language of ``languages.toml`` writes the day first) decides and the order is saved in the
mapping file's ``date_orders``; else the report says the dates were ambiguous and which order
was used. Month names inside dates are read in every language of the data file, ISO weeks by
the ``period_dates`` reading, Excel serials as numbers or text, and placeholders (``TBC``,
``n/a``, ``-``, ``?``, ``ongoing``) as blank and counted. Every shape here was written for
this test.
"""

from __future__ import annotations

import json
import tomllib
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from addin.adopt import adopt_file
from addin.adopt.convert import date_for_column, date_order_for_column
from addin.adopt.dates import iso_week, parse_text_date, period_bounds
from addin.adopt.languages import LANGUAGES, fold
from addin.standards import default_standards

MARCH_12 = date(2026, 3, 12)
_DATA = Path(__file__).resolve().parents[1] / "addin" / "adopt" / "languages.toml"


@pytest.mark.parametrize(
    "text",
    [
        "12 marca 2026",  # Polish genitive
        "12. března 2026",  # Czech
        "12. marca 2026",  # Slovak
        "12. ožujka 2026.",  # Croatian
        "12 березня 2026",  # Ukrainian
        "12 марта 2026",  # Russian
        "12 Μαρτίου 2026",  # Greek genitive
        "12. maaliskuuta 2026",  # Finnish partitive
        "12 март 2026",  # Bulgarian
        "2026. március 12.",  # Hungarian: year, month, day
        "12 mar. 2026",  # Romanian abbreviation
        "12 Mart 2026",  # Turkish
        "12 mars 2026",  # Swedish, French
        "12 maart 2026",  # Dutch
        "2026年3月12日",  # Chinese, Japanese
        "2026년 3월 12일",  # Korean
        "12 Maret 2026",  # Indonesian
    ],
)
def test_month_names_inside_dates_in_every_language_of_the_data_file(text: str) -> None:
    assert parse_text_date(text) == MARCH_12


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("3 Oca 2026", date(2026, 1, 3)),  # Turkish abbreviations
        ("3 Şub 2026", date(2026, 2, 3)),
        ("3 сент. 2026", date(2026, 9, 3)),  # Russian abbreviation
        ("3 listopadu 2026", date(2026, 11, 3)),  # Czech November
        ("3 lipca 2026", date(2026, 7, 3)),  # Polish July
        ("3 lipnja 2026", date(2026, 6, 3)),  # Croatian June
    ],
)
def test_months_whose_names_differ_between_languages(text: str, day: date) -> None:
    assert parse_text_date(text) == day


def test_listopada_is_left_unread_it_is_november_in_polish_and_october_in_croatian() -> None:
    assert parse_text_date("3 listopada 2026") is None


def test_date_only_month_names_are_one_month_each_and_never_read_in_a_header() -> None:
    data = tomllib.loads(_DATA.read_text(encoding="utf-8"))["months_in_dates_world"]
    meaning: dict[str, str] = {}
    for month, by_language in data.items():
        assert 1 <= int(month) <= 12
        assert set(by_language) <= set(LANGUAGES)
        for names in by_language.values():
            for name in names:
                assert meaning.setdefault(fold(name), month) == month, name
    # "marca" stands only inside a date: a header or a month label alone is not a month
    assert period_bounds("marca 2026") is None


@pytest.mark.parametrize(
    "text",
    [
        "2026-W14",
        "2026W14",
        "W14 2026",
        "wk 14 2026",
        "Wk14 2026",
        "Week 14, 2026",
        "KW 14/2026",
        "CW14 2026",
        "2026 wk 14",
        "W14-26",
    ],
)
def test_iso_weeks(text: str) -> None:
    assert iso_week(text) == (date(2026, 3, 30), date(2026, 4, 5))
    assert period_bounds(text) == (date(2026, 3, 30), date(2026, 4, 5), "week")


@pytest.mark.parametrize("text", ["week 14", "W14", "2026-W00", "2025-W53", "Week 60 2026"])
def test_no_iso_week(text: str) -> None:
    assert iso_week(text) is None  # no year, week 0, a 52-week year's week 53, week 60


def test_week_53_exists_in_a_53_week_year() -> None:
    assert iso_week("2026-W53") == (date(2026, 12, 28), date(2027, 1, 3))


@pytest.mark.parametrize(
    ("header", "order", "note"),
    [
        ("Fälligkeitsdatum", "dmy", "as the header's language writes them"),
        ("Date d'échéance", "dmy", "as the header's language writes them"),
        ("Termin realizacji", "dmy", "as the header's language writes them"),
        ("Due Date", "dmy", "ambiguous text dates read day-first"),
        ("Due (MM/DD/YYYY)", "mdy", None),
    ],
)
def test_without_a_day_above_12_the_header_decides_or_the_guess_is_said(
    header: str, order: str, note: str | None
) -> None:
    found, said = date_order_for_column(["03/04/2026", "05/06/2026"], header)
    assert found == order
    assert (said is None) if note is None else (said is not None and note in said)


def test_a_day_above_12_anywhere_in_the_column_decides_whatever_the_header() -> None:
    assert date_order_for_column(["03/04/2026", "04/25/2026"], "Fälligkeitsdatum")[0] == "mdy"
    assert date_order_for_column(["03/04/2026", "25/04/2026"], "Due Date") == ("dmy", None)


@pytest.mark.parametrize(
    ("value", "day"),
    [
        (46093, MARCH_12),  # an Excel serial held as a number
        ("46093", MARCH_12),  # ... or as text
        ("46093.75", MARCH_12),  # with a time
        ("12/03/26 14:30", MARCH_12),  # a two-digit year and a time
        ("2026-03-12T09:41:00Z", MARCH_12),
        ("2026-W11", date(2026, 3, 15)),  # an ISO week: its last day by default
    ],
)
def test_a_date_column_reads_serials_times_and_weeks(value: object, day: date) -> None:
    convert, _ = date_for_column([value], "Due Date")
    assert convert(value).value == day  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "meaning"),
    [
        ("TBC", "a date still to be confirmed"),
        ("?", "a date still to be confirmed"),
        ("n/a", "no date"),
        ("-", "no date"),
        ("ongoing", "no date"),
        ("Ongoing", "no date"),
        ("open-ended", "no date"),
        ("BAU", "no date"),
        ("unknown", "no date"),
    ],
)
def test_placeholders_are_blank_and_said(text: str, meaning: str) -> None:
    convert, _ = date_for_column([text], "Due Date")
    result = convert(text)
    assert result.value is None and result.problem is None
    assert result.note == f"{text!r} means {meaning}; left empty"


def test_various_is_not_a_placeholder_it_is_kept_and_listed() -> None:
    convert, _ = date_for_column(["various"], "Due Date")
    assert convert("various").problem == "'various' is not a date"


# ---------------------------------------------------------------------------------------
# End to end: counted in the report, the order saved, next month alike
# ---------------------------------------------------------------------------------------


def _issues(path: Path, header: str, dates: list[object]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Offene Punkte"
    sheet.append(["ID", "Titel", "Verantwortlich", header])
    for n, when in enumerate(dates, start=1):
        sheet.append([f"OP-{n}", f"Schnittstelle {n} fehlt noch", "Anna Weber", when])
    book.save(path)
    return path


def test_a_german_log_reads_day_first_and_next_month_reads_alike(tmp_path: Path) -> None:
    std = default_standards()
    march = _issues(
        tmp_path / "maerz.xlsx",
        "Fälligkeitsdatum",
        ["03/04/2026", "05/06/2026", "ongoing", "TBC", "2026-W20", "15 marca 2026"],
    )
    first = adopt_file(march, tmp_path / "maerz.adopted.xlsx", std)
    assert [i.due_date for i in first.project.issues] == [
        date(2026, 4, 3),
        date(2026, 6, 5),
        None,
        None,
        date(2026, 5, 17),  # the last day of ISO week 20
        date(2026, 3, 15),
    ]
    notes = first.report.tables[0].notes
    assert any("as the header's language writes them" in n for n in notes)
    assert not any("ambiguous" in n for n in notes)
    assert not any("ambiguous" in w or "day-first" in w for w in first.report.warnings)
    text = "\n".join(first.report.lines(limit=200))
    assert "'ongoing' means no date; left empty (1 cell" in text
    assert "'TBC' means a date still to be confirmed; left empty (1 cell" in text
    assert "'2026-W20' names a week: read as its last day, 17 May 2026" in text
    mapping_path = tmp_path / "maerz.adopted.mapping.json"
    saved = json.loads(mapping_path.read_text(encoding="utf-8"))["readings"]
    assert saved["date_orders"] == {"fälligkeitsdatum": "dmy"}

    # the PMO knows this team writes month-first: one line, and re-run
    data = json.loads(mapping_path.read_text(encoding="utf-8"))
    data["readings"]["date_orders"]["fälligkeitsdatum"] = "mdy"
    data["readings"]["period_dates"] = "start"
    mapping_path.write_text(json.dumps(data), encoding="utf-8")
    edited = adopt_file(march, tmp_path / "edited.xlsx", std, mapping_path=mapping_path)
    assert [i.due_date for i in edited.project.issues][:2] == [date(2026, 3, 4), date(2026, 5, 6)]
    assert edited.project.issues[4].due_date == date(2026, 5, 11)  # the Monday of week 20


def test_an_english_date_header_in_a_german_table_reads_as_the_table_writes(
    tmp_path: Path,
) -> None:
    """Headers ``Titel``, ``Verantwortlich`` and an English ``Due``: the table is German, so
    its ``03/04/2026`` is 3 April, said and saved; an English table still warns."""
    std = default_standards()
    german = _issues(tmp_path / "de.xlsx", "Due", ["03/04/2026", "05/06/2026"])
    adoption = adopt_file(german, tmp_path / "de.adopted.xlsx", std)
    assert [i.due_date for i in adoption.project.issues] == [date(2026, 4, 3), date(2026, 6, 5)]
    notes = adoption.report.tables[0].notes
    assert any("as the table's language writes them (its headers, e.g. 'Titel'" in n for n in notes)
    saved = json.loads((tmp_path / "de.adopted.mapping.json").read_text(encoding="utf-8"))
    assert saved["readings"]["date_orders"] == {"due": "dmy"}

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Issues"
    sheet.append(["ID", "Title", "Owner", "Due"])
    sheet.append(["I1", "Interface spec missing fields", "Tom Walsh", "03/04/2026"])
    sheet.append(["I2", "Supplier invoice disputed", "Tom Walsh", "05/06/2026"])
    english = tmp_path / "en.xlsx"
    book.save(english)
    guessed = adopt_file(english, tmp_path / "en.adopted.xlsx", std)
    assert any("ambiguous text dates read day-first" in n for n in guessed.report.tables[0].notes)
    assert guessed.report.needs_review
