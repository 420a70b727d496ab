"""Round 32 (task k58): tuning on a stranger's finance trackers (tuning batch 25).

Each rule is proved on workbooks written here (other words, other positions, other forms
than the batch's), with a near-miss that must not fire:

- a dated expense or cost export's header words in the major languages (a posting's
  amount, cost centre, supplier): Norwegian, German, French and Danish lists adopt as an
  English ``Date | Supplier | Cost line | Amount`` list does, summed by month and line;
- Nordic budget follow-ups' actual (``Utfall``, ``Regnskap``, ``Forbrug``) where a
  finance measure is expected, and the variance in other languages (``Avvikelse``,
  ``Abweichung``, ``Écart``) as a derived figure; an assumption log's ``Utfall`` is no
  actual;
- a measure's total beside its parts (``Invoiced | Accrued | Total actual``, ``Paid |
  Accrued | Total spend``) is the measure; a running total or a total that is no sum is not;
- a unit line whose currency code follows the unit word with no ``in`` (``All figures
  AUD``, ``Figures: GBP``); ``All figures are provisional`` names none.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from addin.adopt.currency import currency_of_unit_lines
from addin.adopt.finance import derived_figure, measure_word
from tests.adopt_sheets import adopt, book, finance_by_line, only, targets

JAN, FEB, MAR = date(2026, 1, 1), date(2026, 2, 1), date(2026, 3, 1)


# --- a dated expense export in other languages -------------------------------------------


def _expenses(head: list[str], amounts: list[object]) -> list[list[object]]:
    """A title, a blank row, ``head`` and five postings: two lines over two months, two
    postings of one month and line added up."""
    days = [
        date(2026, 1, 5),
        date(2026, 1, 19),
        date(2026, 1, 22),
        date(2026, 2, 3),
        date(2026, 2, 9),
    ]
    lines = ["Ventilation", "Ventilation", "Electrical", "Electrical", "Ventilation"]
    supp = ["Fjord AS", "Nord Bygg", "Volt AB", "Volt AB", "Fjord AS"]
    rows: list[list[object]] = [["Project 2207 - expenses"], [], head]
    for k in range(5):
        rows.append([days[k], f"V{100 + k}", supp[k], lines[k], amounts[k], None])
    return rows


@pytest.mark.parametrize(
    ("head", "amounts"),
    [
        (  # Norwegian (Visma eAccounting, Tripletex): amounts as `12 345,00` text
            ["Dato", "Bilag", "Leverandør", "Kostnadssted", "Beløp", "Kommentar"],
            ["1 000,50", "2 000,00", "300,00", "450,25", "1 500,00"],
        ),
        (  # German (DATEV, Lexware): `1.000,50` text
            ["Datum", "Beleg", "Lieferant", "Kostenstelle", "Betrag", "Bemerkung"],
            ["1.000,50", "2.000,00", "300,00", "450,25", "1.500,00"],
        ),
        (  # French: numbers in cells
            ["Date", "Pièce", "Fournisseur", "Poste", "Montant", "Commentaire"],
            [1000.5, 2000.0, 300.0, 450.25, 1500.0],
        ),
        (  # Danish (e-conomic, Dinero)
            ["Dato", "Bilag", "Leverandør", "Omkostningssted", "Beløb", "Kommentar"],
            [1000.5, 2000.0, 300.0, 450.25, 1500.0],
        ),
        (  # Swedish (Fortnox): the ledger account as the line
            ["Datum", "Verifikation", "Leverantör", "Konto", "Belopp", "Kommentar"],
            ["1 000,50", "2 000,00", "300,00", "450,25", "1 500,00"],
        ),
    ],
    ids=["norwegian", "german", "french", "danish", "swedish"],
)
def test_a_dated_expense_export_in_another_language_is_summed_by_month_and_line(
    tmp_path: Path, head: list[str], amounts: list[object]
) -> None:
    adoption = adopt(book(tmp_path / "exp.xlsx", "Expenses", _expenses(head, amounts)))
    table = only(adoption)
    assert table.register == "finance"
    got = targets(table)
    assert (got[head[0]], got[head[3]], got[head[4]]) == ("month", "cost_line", "actual")
    assert got[head[2]] is None  # the supplier is a detail beside the named line
    lines = finance_by_line(adoption)
    assert lines[(JAN, "Ventilation")].actual == pytest.approx(3000.5)
    assert lines[(JAN, "Electrical")].actual == pytest.approx(300.0)
    assert lines[(FEB, "Electrical")].actual == pytest.approx(450.25)
    assert lines[(FEB, "Ventilation")].actual == pytest.approx(1500.0)
    assert len(lines) == 4


def test_an_amount_word_alone_makes_no_finance_table_of_a_list_of_names(
    tmp_path: Path,
) -> None:
    # near-miss: a German contact list with a `Betrag` (a membership fee) and no date or
    # cost line is no finance tracker
    rows: list[list[object]] = [
        ["Name", "Ort", "Betrag"],
        ["Anna Huber", "Linz", 40],
        ["Karl Maier", "Graz", 40],
        ["Eva Gruber", "Wels", 20],
    ]
    adoption = adopt(book(tmp_path / "names.xlsx", "Mitglieder", rows))
    assert not adoption.project.finance


# --- Nordic measures and variances in other languages ------------------------------------


@pytest.mark.parametrize(
    ("word", "measure"),
    [
        ("Utfall", "actual"),
        ("Regnskap", "actual"),
        ("Forbrug", "actual"),
        ("Bokfört", "actual"),
        ("Utfall (SEK)", "actual"),
        ("Prognos", "forecast"),
        ("Budsjett", "budget"),
        ("Utfallsrum", None),  # a longer word is no measure
    ],
)
def test_nordic_measure_words(word: str, measure: str | None) -> None:
    assert measure_word(word) == measure


@pytest.mark.parametrize(
    "word", ["Avvikelse", "Avvik", "Afvigelse", "Abweichung", "Afwijking", "Écart", "Scostamento"]
)
def test_variance_words_of_other_languages_are_derived_figures(word: str) -> None:
    assert derived_figure(word)


def test_words_that_only_begin_like_a_variance_are_no_derived_figure() -> None:
    # near-miss: the words are read whole (``Avvikning`` and ``Écartement`` are other words)
    for text in ("Avionics", "Scotland", "Avvikning", "Écartement", "Abweichungsanalyse-Team"):
        assert not derived_figure(text), text


def _grouped(lines: list[str], words: list[str]) -> tuple[list[list[object]], tuple[str, ...]]:
    """Months down, each cost line's merged label over its measure columns ``words``."""
    width = len(words)
    top: list[object] = [None]
    head: list[object] = ["Månad"]
    merged = []
    for k, line in enumerate(lines):
        top += [line] + [None] * (width - 1)
        head += words
        first = 2 + k * width
        merged.append(f"{_col(first)}2:{_col(first + width - 1)}2")
    rows: list[list[object]] = [["Projektuppföljning"], top, head]
    for m in range(3):
        row: list[object] = [f"2026-0{m + 1}"]
        for k in range(len(lines)):
            row += [1000 * (m + 1) + 100 * k + 10 * j for j in range(width)]
        rows.append(row)
    return rows, tuple(merged)


def _col(n: int) -> str:
    return chr(ord("A") + n - 1)


@pytest.mark.parametrize(
    ("words", "actual_at", "forecast_at"),
    [
        (["Budget", "Utfall", "Avvikelse"], 1, None),  # Swedish, the variance left out
        (["Budsjett", "Regnskap", "Prognose"], 1, 2),  # Norwegian
        (["Budget", "Forbrug", "Afvigelse", "Prognose"], 1, 3),  # Danish
    ],
    ids=["swedish", "norwegian", "danish"],
)
def test_a_nordic_follow_up_months_down_reads_its_actual_and_drops_its_variance(
    tmp_path: Path, words: list[str], actual_at: int, forecast_at: int | None
) -> None:
    rows, merged = _grouped(["Isbana", "Belysning"], words)
    adoption = adopt(book(tmp_path / "nordic.xlsx", "Rapport", rows, merged))
    lines = finance_by_line(adoption)
    assert set(lines) == {(m, n) for m in (JAN, FEB, MAR) for n in ("Isbana", "Belysning")}
    feb = lines[(FEB, "Belysning")]
    assert feb.budget == 2100.0
    assert feb.actual == 2100.0 + 10 * actual_at
    assert feb.forecast == (None if forecast_at is None else 2100.0 + 10 * forecast_at)


def test_months_across_with_nordic_measure_rows(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Kostnadsoppfølging"],
        [],
        ["Kostnadspost", "Type", JAN, FEB, MAR],
        ["Røykeovner", "Budsjett", 100, 200, 300],
        ["Røykeovner", "Regnskap", 110, 190, None],
        ["Elektro", "Budsjett", 50, 60, 70],
        ["Elektro", "Regnskap", 55, 58, None],
    ]
    adoption = adopt(book(tmp_path / "no.xlsx", "Oppfølging", rows))
    lines = finance_by_line(adoption)
    assert (lines[(FEB, "Røykeovner")].budget, lines[(FEB, "Røykeovner")].actual) == (200, 190)
    assert (lines[(JAN, "Elektro")].budget, lines[(JAN, "Elektro")].actual) == (50, 55)
    assert lines[(MAR, "Elektro")].actual is None


def test_an_assumption_logs_utfall_is_no_actual(tmp_path: Path) -> None:
    # near-miss: `Utfall` as a header of a register is the outcome, never a finance actual
    rows: list[list[object]] = [
        ["ID", "Antagande", "Ägare", "Status", "Utfall"],
        ["A1", "Leverantören levererar i tid", "Eva Berg", "Öppen", "Bekräftat"],
        ["A2", "Kylanläggningen räcker", "Olle Ek", "Stängd", "Ej bekräftat"],
    ]
    adoption = adopt(book(tmp_path / "ant.xlsx", "Antaganden", rows))
    assert not adoption.project.finance
    assert "actual" not in set(targets(only(adoption)).values())


# --- a measure's total beside its parts -------------------------------------------------


def _accruals(
    head: list[str], parts: list[tuple[float, float]], total: str = "sum"
) -> list[list[object]]:
    rows: list[list[object]] = [
        ["Accruals tracker"],
        [],
        head,
        *[
            [
                [JAN, JAN, FEB][k],
                ["Roof", "Floor", "Roof"][k],
                a,
                b,
                (a + b) if total == "sum" else 999.0 * (k + 1),
                "note" if b else None,
            ]
            for k, (a, b) in enumerate(parts)
        ],
    ]
    return rows


PARTS = [(1000.0, 200.0), (500.0, 0.0), (800.0, 50.0)]


@pytest.mark.parametrize(
    "head",
    [
        ["Month", "Cost line", "Invoiced", "Accrued", "Total actual", "Notes"],
        ["Period", "Cost code", "Billed", "Accrual", "Actual total", "Comments"],
        ["Month", "Budget line", "Paid", "Accrued", "Total spend", "Notes"],
        ["Period", "Cost centre", "Actual invoiced", "Accrual", "Total cost", "Notes"],
    ],
    ids=["invoiced-accrued", "billed-accrual", "paid-accrued", "total-cost"],
)
def test_a_measures_total_beside_its_parts_is_the_measure(tmp_path: Path, head: list[str]) -> None:
    adoption = adopt(book(tmp_path / "acc.xlsx", "Accruals", _accruals(head, PARTS)))
    got = targets(only(adoption))
    assert got[head[4]] == "actual"
    assert got[head[2]] != "actual" and got[head[3]] != "actual"
    lines = finance_by_line(adoption)
    assert lines[(JAN, "Roof")].actual == 1200.0
    assert lines[(JAN, "Floor")].actual == 500.0
    assert lines[(FEB, "Roof")].actual == 850.0


def test_a_total_that_is_not_the_sum_of_the_parts_is_left_as_it_was(tmp_path: Path) -> None:
    # near-miss: `Total actual` holding other figures (the line's total of all months) is
    # no sum of the row's parts: the invoiced amount stays the actual
    head = ["Month", "Cost line", "Invoiced", "Accrued", "Total actual", "Notes"]
    rows = _accruals(head, PARTS, total="other")
    adoption = adopt(book(tmp_path / "acc.xlsx", "Accruals", rows))
    got = targets(only(adoption))
    assert got["Invoiced"] == "actual"
    assert got["Total actual"] is None
    assert finance_by_line(adoption)[(JAN, "Roof")].actual == 1000.0


def test_a_running_total_is_no_total_of_parts(tmp_path: Path) -> None:
    # near-miss: `Total spend to date` says a running total; it is not moved onto the actual
    head = ["Month", "Cost line", "Invoiced", "Accrued", "Total spend to date", "Notes"]
    adoption = adopt(book(tmp_path / "acc.xlsx", "Accruals", _accruals(head, PARTS)))
    assert targets(only(adoption))["Invoiced"] == "actual"


# --- the currency after the unit word ---------------------------------------------------


@pytest.mark.parametrize(
    ("line", "code"),
    [
        ("All figures AUD", "AUD"),
        ("Figures: GBP", "GBP"),
        ("All amounts EUR '000", "EUR"),
        ("Values (CAD)", "CAD"),
        ("All figures are provisional", None),
        ("Amounts TBC", None),
        ("Figures AUD and NZD", None),
    ],
)
def test_a_unit_line_with_the_code_after_the_unit_word(line: str, code: str | None) -> None:
    found = currency_of_unit_lines([(line, "Tracker!A2")], ["AUD", "GBP", "EUR", "CAD"])
    assert (found[0] if found else None) == code


def test_a_tracker_under_all_figures_aud_has_its_currency(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Seawall extension - finance tracker"],
        ["All figures AUD"],
        [],
        ["Cost line", "Measure", JAN, FEB],
        ["Rock armour", "Budget", 100, 200],
        ["Rock armour", "Actual", 90, None],
        ["Barge hire", "Budget", 50, 60],
        ["Barge hire", "Actual", 40, None],
    ]
    adoption = adopt(book(tmp_path / "aud.xlsx", "Tracker", rows))
    assert adoption.project.header.currency == "AUD"
    assert finance_by_line(adoption)[(JAN, "Barge hire")].actual == 40


# --- measure abbreviations under a month and measure initials down a column ---------------


@pytest.mark.parametrize(
    ("words", "group"),
    [
        (["Bud", "Act"], "Jan-26"),
        (["Bgt", "Act", "Fct"], "Jan 2026"),
        (["BUD", "ACT"], "January 2026"),
    ],
)
def test_measure_abbreviations_under_each_month_are_the_measures(
    tmp_path: Path, words: list[str], group: str
) -> None:
    width = len(words)
    feb = group.replace("January", "February").replace("Jan", "Feb")
    top: list[object] = [None, group, *[None] * (width - 1), feb, *[None] * (width - 1)]
    merged = (f"B1:{_col(1 + width)}1", f"{_col(2 + width)}1:{_col(1 + 2 * width)}1")
    rows: list[list[object]] = [
        top,
        ["Cost line", *words, *words],
        ["Design", *[100 + j for j in range(width)], *[200 + j for j in range(width)]],
        ["Build", *[50 + j for j in range(width)], *[60 + j for j in range(width)]],
    ]
    adoption = adopt(book(tmp_path / "pairs.xlsx", "Costs", rows, merged))
    lines = finance_by_line(adoption)
    assert (lines[(JAN, "Design")].budget, lines[(JAN, "Design")].actual) == (100, 101)
    assert (lines[(FEB, "Build")].budget, lines[(FEB, "Build")].actual) == (60, 61)
    if width == 3:
        assert lines[(FEB, "Design")].forecast == 202


@pytest.mark.parametrize(
    ("head", "marks"),
    [("Measure", ("B", "A", "F")), ("Line type", ("BUD", "ACT", "FC")), ("", ("P", "A", "F"))],
)
def test_measure_initials_cycling_under_each_line(
    tmp_path: Path, head: str, marks: tuple[str, str, str]
) -> None:
    rows: list[list[object]] = [["Cost line", head or None, JAN, FEB, MAR]]
    for k, line in enumerate(["Design", "Build"]):
        base = 10 * (k + 1)
        rows += [
            [line, marks[0], base, base + 1, base + 2],
            [line, marks[1], base + 0.5, base + 1.5, None],
            [line, marks[2], None, None, base + 2.5],
        ]
    adoption = adopt(book(tmp_path / "initials.xlsx", "Tracker", rows))
    lines = finance_by_line(adoption)
    assert (lines[(JAN, "Build")].budget, lines[(JAN, "Build")].actual) == (20, 20.5)
    assert (lines[(MAR, "Design")].budget, lines[(MAR, "Design")].forecast) == (12, 12.5)
    assert lines[(MAR, "Design")].actual is None


def test_grade_letters_once_per_line_are_no_measures(tmp_path: Path) -> None:
    # near-miss: a `Grade` of A / B / F given once per cost line (no cycle under each line)
    # says nothing of the measure: every line's months are its budget, as the title says
    rows: list[list[object]] = [
        ["Budget phasing"],
        ["Cost line", "Grade", JAN, FEB],
        ["Design", "A", 10, 11],
        ["Build", "B", 20, 21],
        ["Fit-out", "F", 30, 31],
    ]
    adoption = adopt(book(tmp_path / "grades.xlsx", "Budget", rows))
    lines = finance_by_line(adoption)
    assert len(lines) == 6
    assert (lines[(FEB, "Build")].budget, lines[(FEB, "Build")].actual) == (21, None)


# --- a year's label over its months -------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second", "title"),
    [
        ("FY2026/27", "FY2027/28", "Two-year budget"),
        ("2026/27", "2027/28", "Two-year budget"),
        ("Year 1", "Year 2", "Budget from April 2026"),
        ("FY 26-27", "FY 27-28", "Budget 2026"),
    ],
)
def test_year_labels_over_month_words_run_on_across_years(
    tmp_path: Path, first: str, second: str, title: str
) -> None:
    months = ["Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar"]
    top: list[object] = [None, first, *[None] * 11, second, *[None] * 11]
    rows: list[list[object]] = [
        [title],
        top,
        ["Cost line", *months, *months],
        ["Design", *range(1, 25)],
    ]
    merged = ("B2:M2", "N2:Y2")
    adoption = adopt(book(tmp_path / "years.xlsx", "Budget", rows, merged))
    lines = finance_by_line(adoption)
    assert len(lines) == 24
    assert lines[(date(2026, 4, 1), "Design")].budget == 1
    assert lines[(date(2027, 3, 1), "Design")].budget == 12
    assert lines[(date(2027, 4, 1), "Design")].budget == 13
    assert lines[(date(2028, 3, 1), "Design")].budget == 24


def test_measure_groups_over_the_same_months_stay_apart(tmp_path: Path) -> None:
    # near-miss: `Budget` and `Actual` over the same months are two measures of one year,
    # not a second year
    rows: list[list[object]] = [
        ["Tracker 2026"],
        [None, "Budget", None, None, "Actual", None, None],
        ["Cost line", "Jan", "Feb", "Mar", "Jan", "Feb", "Mar"],
        ["Design", 1, 2, 3, 4, 5, None],
    ]
    adoption = adopt(book(tmp_path / "ba.xlsx", "Tracker", rows, ("B2:D2", "E2:G2")))
    lines = finance_by_line(adoption)
    assert len(lines) == 3
    assert (lines[(FEB, "Design")].budget, lines[(FEB, "Design")].actual) == (2, 5)


# --- a one-month report's period line ------------------------------------------------------


def _month_report(line: str) -> list[list[object]]:
    return [
        ["Monthly cost report"],
        [line],
        [],
        ["Cost line", "Budget (month)", "Actual (month)", "YTD budget", "YTD actual"],
        ["Design", 100, 90, 300, 280],
        ["Build", 200, 230, 600, 650],
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Reporting period: Mar 2026",
        "Report period: March 2026",
        "Period: 03/2026",
        "Month: 2026-03",
    ],
)
def test_a_one_month_reports_period_line_in_other_forms(tmp_path: Path, line: str) -> None:
    adoption = adopt(book(tmp_path / "month.xlsx", "Report", _month_report(line)))
    lines = finance_by_line(adoption)
    assert set(lines) == {(MAR, "Design"), (MAR, "Build")}
    assert (lines[(MAR, "Build")].budget, lines[(MAR, "Build")].actual) == (200, 230)


@pytest.mark.parametrize("line", ["Reporting month: March 2026", "March 2026", "Period: 03/26"])
def test_a_line_that_says_no_period_of_one_month_adopts_no_month(tmp_path: Path, line: str) -> None:
    # near-miss: `Reporting month` (the month, or the year to date?), a month alone on its
    # line, a month with a two-digit year in figures (a day and a month?) say no period
    adoption = adopt(book(tmp_path / "month.xlsx", "Report", _month_report(line)))
    assert not adoption.project.finance


@pytest.mark.parametrize(
    ("head", "actual"),
    [
        (["Period", "Kostnadsställe", "Budget", "Utfall", "Prognos"], "Utfall"),
        (["Periode", "Kostnadssted", "Budsjett", "Regnskap", "Prognose"], "Regnskap"),
        (["Periode", "Omkostningssted", "Budget", "Forbrug (DKK)", "Prognose"], "Forbrug (DKK)"),
    ],
    ids=["swedish", "norwegian", "danish"],
)
def test_a_long_nordic_follow_up_headed_by_its_measures(
    tmp_path: Path, head: list[str], actual: str
) -> None:
    rows: list[list[object]] = [
        ["Uppföljning"],
        [],
        head,
        ["2026-01", "Arbete", 100, 90, None],
        ["2026-02", "Arbete", 100, None, 110],
    ]
    adoption = adopt(book(tmp_path / "long.xlsx", "Data", rows))
    assert targets(only(adoption))[actual] == "actual"
    lines = finance_by_line(adoption)
    assert (lines[(JAN, "Arbete")].budget, lines[(JAN, "Arbete")].actual) == (100, 90)
    assert lines[(FEB, "Arbete")].forecast == 110
