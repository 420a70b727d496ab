"""Round 24's last hour of issue 15 (task t26a): the thirty-first and twenty-ninth batches'
misses, by general rules. Each mechanism tried on small workbooks written for these tests
(none is a benchmark layout), with near-misses that must not fire:

1. **the line is the column that tells the lines apart**: when no header names the cost
   line, a text column whose names repeat down the rows (``Stations``, ``Stations``,
   ``Track``) groups the lines; a later column with more different names is the line;
2. **a group's subtotal row** (``Stations subtotal``) is a total row like ``Subtotal``; a
   column of CapEx / OpEx words (``Capital`` / ``Revenue``) is one whatever subtotal and
   total labels sit in it;
3. **a currency after a header's words** (``Budget NZ$``, ``Forecast US$``, ``Budget GBP``)
   is the amounts' unit, not a word of the header; a code first (``USD rate``) or in small
   letters stays a word;
4. **periods counted under dates**: ``Month 1``, ``Month 2``, ``Month 3`` (one word, counting
   up) under a row of rising dates, one over each, are those months; counted periods under
   text, or under dates that do not rise, are not given dates;
5. **a titled summary under a table**: after a blank row, a title alone over lines of a
   label and an amount (``Approved budget | 250000``) ends the table above; a title over
   rows as wide as the table's stays inside it;
6. **a team's total row in a resource plan** (``Design total``: the group's name, then
   ``total``) is no one's plan, as ``Total`` and ``Subtotal`` rows are not; a person whose
   name only holds the word's letters is planned.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from adopt_sheets import adopt, book, only, targets
from adopt_sheets import finance_by_line as _lines

from addin.adopt.match import candidates
from addin.adopt.rows import is_total_label

JAN, FEB, MAR = date(2026, 1, 1), date(2026, 2, 1), date(2026, 3, 1)


# --- 1. the line is the column that tells the lines apart ---------------------------------


def _grouped(first: tuple[str, str], rows: list[tuple[str, str]]) -> list[list[object]]:
    out: list[list[object]] = [["Harbour tram extension - budget by month (£)"], [None]]
    out.append([first[0], first[1], JAN, FEB, MAR])
    for n, (a, b) in enumerate(rows):
        out.append([a, b, 1000 + n * 100, 2000 + n * 100, 3000 + n * 100])
    return out


def test_a_grouping_column_gives_way_to_the_names_beside_it(tmp_path: Path) -> None:
    rows = [
        ("Stations", "Platform canopies"),
        ("Stations", "Ticket machines"),
        ("Track", "Rail grinding"),
        ("Track", "Sleepers"),
    ]
    adoption = adopt(book(tmp_path / "tram.xlsx", "Budget", _grouped(("Area", "Works"), rows)))
    table = only(adoption)
    assert table.register == "finance"
    assert targets(table)["Works"] == "cost_line"
    lines = _lines(adoption)
    assert len(lines) == 12
    assert lines[(JAN, "Ticket machines")].budget == 1100
    assert lines[(MAR, "Sleepers")].budget == 3300
    assert not any(line == "Stations" for _, line in lines)


def test_a_first_column_of_different_names_stays_the_line(tmp_path: Path) -> None:
    # near-miss: the names come first and the repeating column after them (a kind of
    # spend written per line): the first column is still the line
    rows = [
        ("Platform canopies", "Stations"),
        ("Ticket machines", "Stations"),
        ("Rail grinding", "Track"),
        ("Sleepers", "Track"),
    ]
    adoption = adopt(book(tmp_path / "tram2.xlsx", "Budget", _grouped(("Works", "Area"), rows)))
    lines = _lines(adoption)
    assert lines[(FEB, "Rail grinding")].budget == 2200
    assert {line for _, line in lines} == {
        "Platform canopies",
        "Ticket machines",
        "Rail grinding",
        "Sleepers",
    }


# --- 2. a group's subtotal row; CapEx / OpEx words among subtotal labels --------------------


def test_a_groups_subtotal_label_is_a_total_row() -> None:
    assert is_total_label("Stations subtotal")
    assert is_total_label("Capital sub-total")
    assert is_total_label("Revenue total")
    # near-misses: a line whose name only holds the word
    assert not is_total_label("Subtotalling software licence")
    assert not is_total_label("Totaliser meters")


def _with_subtotals(kinds: tuple[str, str]) -> list[list[object]]:
    return [
        ["Marina pontoons - budget by month"],
        [None],
        ["Spend", "Works", JAN, FEB],
        [kinds[0], "Pontoon anchors", 4000, 4500],
        [kinds[0], "Gangway", 2500, 1000],
        [f"{kinds[0]} subtotal", None, None, None],
        [kinds[1], "Berth staff", 800, 800],
        [kinds[1], "Insurance", 300, 300],
        [f"{kinds[1]} subtotal", None, None, None],
        ["TOTAL", None, None, None],
    ]


def test_capital_and_revenue_with_subtotals_are_the_kind_of_spend(tmp_path: Path) -> None:
    path = book(tmp_path / "marina.xlsx", "Budget", _with_subtotals(("Capital", "Revenue")))
    adoption = adopt(path)
    table = only(adoption)
    assert targets(table)["Spend"] == "capex_opex"
    assert targets(table)["Works"] == "cost_line"
    lines = _lines(adoption)
    assert lines[(JAN, "Gangway")].capex_opex == "CapEx"
    assert lines[(FEB, "Insurance")].capex_opex == "OpEx"
    assert len(lines) == 8


def test_other_words_among_subtotals_are_no_kind_of_spend(tmp_path: Path) -> None:
    # near-miss: ``Grants`` is no CapEx / OpEx word: the column is no kind of spend
    path = book(tmp_path / "marina2.xlsx", "Budget", _with_subtotals(("Capital", "Grants")))
    adoption = adopt(path)
    assert targets(only(adoption))["Spend"] != "capex_opex"
    assert all(line.capex_opex is None for line in _lines(adoption).values())


# --- 3. a currency after a header's words --------------------------------------------------


def test_measures_with_a_currency_after_them_are_read(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Orchard irrigation - monthly log"],
        [None],
        ["Month", "Cost line", "Budget A$", "Actual A$", "Forecast USD"],
        [JAN, "Pumps", 1200, 1100, 1100],
        [JAN, "Pipework", 800, 900, 900],
        [FEB, "Pumps", 600, 650, 650],
        [FEB, "Pipework", 300, None, 300],
    ]
    adoption = adopt(book(tmp_path / "orchard.xlsx", "Log", rows))
    table = only(adoption)
    assert targets(table)["Budget A$"] == "budget"
    assert targets(table)["Forecast USD"] == "forecast"
    lines = _lines(adoption)
    assert lines[(JAN, "Pipework")].budget == 800
    assert lines[(FEB, "Pumps")].forecast == 650
    assert lines[(JAN, "Pumps")].actual == 1100


def test_a_currency_code_first_or_in_small_letters_stays_a_word() -> None:
    # near-misses: the code leads the header, or is written as a word in small letters
    assert not [c for c in candidates("USD rate", "finance") if c.column_key == "budget"]
    assert [c.column_key for c in candidates("Budget GBP", "finance")][:1] == ["budget"]
    assert not [c for c in candidates("Budget gbp", "finance") if c.confidence >= 1.0]


# --- 4. periods counted under dates -------------------------------------------------------


def _counted_plan(above: list[object]) -> list[list[object]]:
    return [
        ["Festival stage build - crew plan (days)"],
        [None, None, *above],
        ["Role", "Team", "Month 1", "Month 2", "Month 3", "Month 4"],
        ["Stage manager", "Production", 10, 12, 8, None],
        ["Rigger", "Crew", 5, None, 15, 20],
        ["Electrician", "Crew", None, 4, 6, 6],
    ]


def test_counted_months_under_dates_are_those_months(tmp_path: Path) -> None:
    dates = [date(2026, 5, 1), date(2026, 6, 1), date(2026, 7, 1), date(2026, 8, 1)]
    adoption = adopt(book(tmp_path / "stage.xlsx", "Crew", _counted_plan(list(dates))))
    assert only(adoption).register == "resources"
    plan = {(r.role, r.month): r.planned_days for r in adoption.project.resources}
    assert len(plan) == 9
    assert plan[("Stage manager", date(2026, 6, 1))] == 12
    assert plan[("Rigger", date(2026, 8, 1))] == 20


def test_counted_months_under_text_or_unordered_dates_get_no_dates(tmp_path: Path) -> None:
    # near-misses: a row of notes over the months, and dates that do not rise
    notes: list[object] = ["kick-off", "build", "show", "strike"]
    adoption = adopt(book(tmp_path / "stage2.xlsx", "Crew", _counted_plan(notes)))
    assert not adoption.project.resources
    jumbled = [date(2026, 7, 1), date(2026, 5, 1), date(2026, 6, 1), date(2026, 4, 1)]
    adoption = adopt(book(tmp_path / "stage3.xlsx", "Crew", _counted_plan(list(jumbled))))
    assert not adoption.project.resources


# --- 5. a titled summary under a table -----------------------------------------------------


def _issues_then(tail: list[list[object]]) -> list[list[object]]:
    return [
        ["Library refurbishment - weekly report"],
        [None],
        ["Issue", "Owner", "Resolution"],
        ["Asbestos found in the plant room", "Ruth Ellis", "Licensed removal booked"],
        ["Shelving supplier in administration", "Omar Haddad", "Second supplier"],
        ["Lift certificate lapsed", "Ruth Ellis", "Inspection on Monday"],
        [None],
        *tail,
    ]


def test_a_titled_summary_of_amounts_is_no_rows_of_the_table(tmp_path: Path) -> None:
    summary: list[list[object]] = [
        ["Budget position (£)"],
        ["Approved budget", 250000],
        ["Spent to date", 120500],
        ["Forecast outturn", 262000],
    ]
    adoption = adopt(book(tmp_path / "library.xlsx", "Report", _issues_then(summary)))
    issues = adoption.project.issues
    assert len(issues) == 3
    assert [i.owner for i in issues] == ["Ruth Ellis", "Omar Haddad", "Ruth Ellis"]


def test_a_title_over_rows_as_wide_as_the_tables_stays_inside_it(tmp_path: Path) -> None:
    # near-miss: a section of more issues under its title is the same table's rows
    section: list[list[object]] = [
        ["Phase 2 - fit-out"],
        ["Carpet tiles on back order", "Omar Haddad", "Alternative range"],
        ["Data cabling not certified", "Ruth Ellis", "Retest booked"],
    ]
    adoption = adopt(book(tmp_path / "library2.xlsx", "Report", _issues_then(section)))
    titles = [i.title for i in adoption.project.issues]
    assert "Data cabling not certified" in titles
    assert len(titles) == 5


# --- 6. a team's total row in a resource plan ----------------------------------------------


def test_a_teams_total_row_is_no_ones_plan(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Ferry terminal 2026 - effort plan (days)"],
        [None],
        ["Person", "Role", "Jan", "Feb", "Mar"],
        ["Design", None, None, None, None],
        ["Ines Duarte", "Architect", 10, 12, None],
        ["Totaro Kenji", "Engineer", 5, 5, 6],
        ["Design total", None, 15, 17, 6],
        ["Build", None, None, None, None],
        ["Lars Holm", "Site manager", 20, 20, 20],
        ["Build total", None, 20, 20, 20],
    ]
    adoption = adopt(book(tmp_path / "ferry.xlsx", "Effort", rows))
    people = {(r.person, r.month) for r in adoption.project.resources}
    assert len(people) == 8
    # near-miss: a person whose name begins with the word's letters is still planned
    assert ("Totaro Kenji", date(2026, 3, 1)) in people
    assert not any(p and "total" in p.casefold() for p, _ in people)
    skipped = [i for t in adoption.report.tables for i in t.skipped_rows]
    assert any(i.value and "Design total" in i.value for i in skipped)
