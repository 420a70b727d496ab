"""Round 26 of issue 15: trackers found from their CONTENT when nobody knows their header
words. Workbooks written for these tests (no benchmark layout), each mechanism with a
near-miss that must not be taken:

- a row of weeks named by their dates under a word nobody knows (``Tes/mo 02/03/2026``,
  the same word on three columns at least, the dates a week apart) reads as weeks
  (``addin/adopt/dated_labels.py``), in either day order;
- figures by period against people's names, when nothing names money, are a timesheet or
  an effort plan, not a finance tracker (``finance.unnamed_month_grid``).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from adopt_sheets import adopt, book, finance_by_line

from addin.adopt.dated_labels import take_dated_labels
from addin.adopt.detect import HeaderCell, TableBlock

_MONDAYS = [date(2026, 3, 2) + timedelta(weeks=w) for w in range(6)]  # 2 Mar .. 6 Apr
_LINES = ["Scaffold hire", "Site surveys", "Skip collections"]


def _weekly_rows(label: str, fmt: str, lines: list[str], figure: float) -> list[list[object]]:
    """A weekly tracker: a column of lines, six week columns named ``label`` and a date."""
    rows: list[list[object]] = [["Ruvek", *[f"{label} {d.strftime(fmt)}" for d in _MONDAYS]]]
    for i, line in enumerate(lines):
        rows.append([line, *[figure + 100 * i + 10 * w for w in range(6)]])
    return rows


def test_weeks_named_by_their_dates_under_an_unknown_word_are_a_finance_tracker(
    tmp_path: Path,
) -> None:
    rows = [["Actual spend by week"], [], *_weekly_rows("Tes/mo", "%d/%m/%Y", _LINES, 1200.0)]
    adoption = adopt(book(tmp_path / "weekly.xlsx", "Dalvo", rows))
    (table,) = adoption.report.adopted_tables
    assert table.register == "finance"
    lines = finance_by_line(adoption)
    # March holds the weeks of 2, 9, 16, 23 and 30 March; April the week of 6 April
    march = lines[(date(2026, 3, 1), "Scaffold hire")]
    assert march.actual == 1200 + 1210 + 1220 + 1230 + 1240
    assert lines[(date(2026, 4, 1), "Skip collections")].actual == 1400 + 50


def test_month_first_dates_are_read_in_the_order_that_makes_them_a_week_apart() -> None:
    labels = [f"Sm. {d:%m/%d/%Y}" for d in _MONDAYS[:4]]  # 03/02/2026 .. 03/23/2026
    block = _block(["Ruvek", *labels])
    take_dated_labels(block)
    assert [h.value for h in block.headers[1:]] == [
        datetime(2026, 3, 2),
        datetime(2026, 3, 9),
        datetime(2026, 3, 16),
        datetime(2026, 3, 23),
    ]


def _block(texts: list[str]) -> TableBlock:
    headers = [HeaderCell(c, t, value=t) for c, t in enumerate(texts, start=1)]
    return TableBlock("Dalvo", 1, 1, len(texts), 2, 4, headers=headers)


def test_near_misses_of_dated_labels_keep_their_text() -> None:
    near_misses = [
        # a word a vocabulary knows says what the dates are: a snapshot's figure
        ["Baseline 02/03/2026", "Baseline 09/03/2026", "Baseline 16/03/2026"],
        # different words: three fields, each with its own date
        ["Tavo 02/03/2026", "Merisulka 09/03/2026", "Odrapen 16/03/2026"],
        # a month apart: status snapshots, not weeks
        ["Tes/mo 02/03/2026", "Tes/mo 02/04/2026", "Tes/mo 02/05/2026"],
        # two columns only
        ["Tes/mo 02/03/2026", "Tes/mo 09/03/2026"],
    ]
    for texts in near_misses:
        block = _block(texts)
        take_dated_labels(block)
        assert [h.value for h in block.headers] == texts, texts


@pytest.mark.parametrize("label", ["Tes/mo", "w/c"])
def test_a_weekly_timesheet_of_people_is_not_a_finance_tracker(tmp_path: Path, label: str) -> None:
    people = ["Ines Moreau", "Kofi Mensah", "Lena Fischer"]
    rows = _weekly_rows(label, "%d/%m/%Y", people, 37.5)
    adoption = adopt(book(tmp_path / "timesheet.xlsx", "Vorlam", rows))
    assert adoption.report.adopted_tables == []
    assert adoption.project.finance == []
    (table,) = adoption.report.tables
    assert "against people's names (column 'Ruvek')" in table.reason
    # the same grid of cost lines (things paid for) is read as the finance tracker
    lines = adopt(
        book(tmp_path / "lines.xlsx", "Vorlam", _weekly_rows(label, "%d/%m/%Y", _LINES, 37.5))
    )
    assert [t.register for t in lines.report.adopted_tables] == ["finance"]
