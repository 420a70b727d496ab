"""Red team of round 23's readings (issue 15): each attack is a workbook a PMO really has
on which one of round 23's inferences must NOT fire (or must give another answer), beside
the near case where it must fire. Workbooks written for these tests, no benchmark layout.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from adopt_sheets import adopt, book, column, field, only

# Invented header words (no language of languages.toml holds them): a team's own.
_HEADERS = ["Kavot", "Sirumelo", "Tepana", "Hulori", "Bazeki"]
_PEOPLE = ["Ines Moreau", "Kofi Mensah", "Lena Fischer", "Ravi Patel", "Ana Souza"]


def _issue_log(lefts: list[str]) -> list[list[object]]:
    rows: list[list[object]] = [list(_HEADERS)]
    for n, left in enumerate(lefts):
        rows.append(
            [
                left,
                f"Scanner batch {n + 1} rejects the courier's barcode labels",
                _PEOPLE[n % len(_PEOPLE)],
                ["Open", "Closed", "Open", "In Progress", "Open"][n % 5],
                date(2026, 3, 2 + n),
            ]
        )
    return rows


# ---------------------------------------------------------------------------------------
# 1. The ID down the left: a period's labels are no item codes
# ---------------------------------------------------------------------------------------


def test_weeks_down_the_left_are_not_the_id(tmp_path: Path) -> None:
    """An issue log kept week by week (``W10``, ``W11``...: the week each was raised) under
    a team's own headers: the weeks say when, not which issue; IDs are generated."""
    weeks = ["W10", "W11", "W12", "W13", "W14"]
    adoption = adopt(book(tmp_path / "log.xlsx", "Issues", _issue_log(weeks)))
    assert column(only(adoption), "Kavot").target is None
    assert field(adoption, "issues", "id") == ["I-001", "I-002", "I-003", "I-004", "I-005"]


def test_quarters_down_the_left_are_not_the_id(tmp_path: Path) -> None:
    quarters = ["Q1", "Q2", "Q3", "Q4"]  # the quarter each was raised
    adoption = adopt(book(tmp_path / "log.xlsx", "Issues", _issue_log(quarters)))
    assert column(only(adoption), "Kavot").target is None


def test_codes_that_only_start_like_a_week_are_still_the_id(tmp_path: Path) -> None:
    """The near case: a warehouse team's ``WH-`` codes (letters and a number, not a week's
    ``W`` and one or two digits) are its issues' IDs."""
    codes = ["WH-410", "WH-413", "WH-417", "WH-420", "WH-426"]
    adoption = adopt(book(tmp_path / "log.xlsx", "Issues", _issue_log(codes)))
    assert column(only(adoption), "Kavot").target == "id"
    assert field(adoption, "issues", "id") == ["I-410", "I-413", "I-417", "I-420", "I-426"]


# ---------------------------------------------------------------------------------------
# 2. A spacer column between a register and a second register's list
# ---------------------------------------------------------------------------------------


def _risks_beside(right: list[str]) -> list[list[object]]:
    rows: list[list[object]] = [["What could go wrong", "Owner", "Status", None, *right]]
    for n in range(5):
        rows.append(
            [
                f"The crane hire firm may not release the crane in week {n + 10}",
                _PEOPLE[n],
                "Open",
                None,
                f"Site cabin {n + 1} flooded after the storm",
                _PEOPLE[(n + 1) % 5],
                date(2026, 2, 2 + n),
            ]
        )
    return rows


def test_a_second_registers_list_beside_a_spacer_is_not_joined(tmp_path: Path) -> None:
    """A risk register's sheet whose risks (text read by content) stand beside the issues
    they became (``Issue | Raised by | Date raised``), one empty column apart on the same
    rows: two lists, not one; the risks do not take the issues' dates, the issues' texts
    are not dropped."""
    src = book(
        tmp_path / "r.xlsx", "Risk Register", _risks_beside(["Issue", "Raised by", "Date raised"])
    )
    adoption = adopt(src)
    tables = adoption.report.adopted_tables
    assert [t.ref for t in tables] == ["A1:C6", "E1:G6"]
    assert all(d is None for d in field(adoption, "risks", "raised_date")[:5])
    assert "Site cabin 1 flooded after the storm" in field(adoption, "risks", "title")


def test_more_fields_beside_a_spacer_are_still_joined(tmp_path: Path) -> None:
    """The near case: the fields right of the spacer are the risks' own (``Raised by |
    Date raised``, no other register's title): one table, as round 14 reads it."""
    src = book(
        tmp_path / "r.xlsx", "Risk Register", _risks_beside(["Cause", "Raised by", "Date raised"])
    )
    table = only(adopt(src))
    assert table.ref == "A1:G6"
    assert column(table, "Date raised").target == "raised_date"


# ---------------------------------------------------------------------------------------
# 3. A weekday beside a date: it tells the order when the digits cannot
# ---------------------------------------------------------------------------------------


def _raised(raised: list[str]) -> list[list[object]]:
    rows: list[list[object]] = [["ID", "Issue", "Owner", "Raised"]]
    for n, when in enumerate(raised):
        rows.append(
            [f"I-{n + 1}", f"Badge reader {n + 1} rejects contractor cards", _PEOPLE[n], when]
        )
    return rows


def test_weekdays_tell_month_first_dates(tmp_path: Path) -> None:
    """A US tool's ``Tue 02/03/2026``: no part above 12, but 3 February 2026 is a Tuesday
    and 2 March a Monday: month-first, not the day-first guess."""
    src = book(
        tmp_path / "us.xlsx",
        "Issues",
        _raised(["Tue 02/03/2026", "Wed 03/04/2026", "Fri 04/10/2026"]),
    )
    adoption = adopt(src)
    assert field(adoption, "issues", "raised_date") == [
        date(2026, 2, 3),
        date(2026, 3, 4),
        date(2026, 4, 10),
    ]
    assert not any("ambiguous" in n for n in only(adoption).notes)


def test_weekdays_tell_day_first_dates(tmp_path: Path) -> None:
    src = book(
        tmp_path / "uk.xlsx",
        "Issues",
        _raised(["Mon 02/03/2026", "Fri 03/04/2026", "Wed 10/06/2026"]),
    )
    assert field(adopt(src), "issues", "raised_date") == [
        date(2026, 3, 2),
        date(2026, 4, 3),
        date(2026, 6, 10),
    ]


def test_weekdays_that_fit_neither_order_tell_nothing(tmp_path: Path) -> None:
    """The near-miss: a weekday that disagrees with the date either way (a copied cell, a
    typo) decides nothing; the day-first guess is said, as without a weekday."""
    src = book(
        tmp_path / "x.xlsx",
        "Issues",
        _raised(["Sat 02/03/2026", "Sat 03/04/2026", "Sat 04/10/2026"]),
    )
    adoption = adopt(src)
    assert field(adoption, "issues", "raised_date")[0] == date(2026, 3, 2)
    assert any("ambiguous text dates read day-first" in n for n in only(adoption).notes)
