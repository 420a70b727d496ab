"""Round 20 of issue 15: trackers adoption misread, tried on workbooks written for these
tests (no benchmark layout), each with a near-miss the mechanism must not take: months in
Roman numerals, a measure column with one word no vocabulary knows, a capital plan's title,
a plan's unit written as ``(h)`` or shown only by its figures, a code written with its
line's name, Austrian ``Feber``, ``Responsibility`` as the owner."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from adopt_sheets import adopt, book, column, field, only, targets

from addin.adopt.convert import month_number, numeric_month
from addin.adopt.match import candidates
from addin.adopt.measure_rows import MeasureRow, deduce
from addin.adopt.resources import hours_of_a_day

# ---------------------------------------------------------------------------------------
# Months in Roman numerals
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("III 2026", date(2026, 3, 1)),
        ("III.2026", date(2026, 3, 1)),
        ("XII/2025", date(2025, 12, 1)),
        ("2026-IV", date(2026, 4, 1)),
        ("IX 2026 r.", date(2026, 9, 1)),  # Polish "rok" after the year
    ],
)
def test_a_roman_month_with_its_year_is_a_month(text: str, month: date) -> None:
    assert numeric_month(text) == month
    assert month_number(text) == month.month


@pytest.mark.parametrize(
    "text",
    ["IV", "Phase II 2026", "iv 2026", "IIII 2026", "II kw. 2026", "XIII 2026", "MIX 2026"],
)
def test_a_roman_numeral_without_a_month_and_year_is_no_month(text: str) -> None:
    assert numeric_month(text) is None
    assert month_number(text) is None


def _czech_plan(values: list[list[object]], last: str = "I. čtvrtletí") -> list[list[object]]:
    """A Czech municipality's drawdown plan: Rozpočet (budget) and Čerpání (drawdown, the
    spend) rows under each item, months in Roman numerals, a quarter's subtotal."""
    head = ["Položka", "Ukazatel", "I.2026", "II.2026", "III.2026", "IV.2026", last]
    return [["Harmonogram čerpání 2026 - Revitalizace náměstí (Kč)"], [], head, *values]


def test_a_czech_plan_in_roman_months_is_read_with_its_measures(tmp_path: Path) -> None:
    rows = _czech_plan(
        [
            ["Stavební práce", "Rozpočet", 100, 200, 300, 400, 600],
            ["Stavební práce", "Čerpání", 90, 210, None, None, 300],
            ["Technický dozor", "Rozpočet", 10, 20, 30, 40, 60],
            ["Technický dozor", "Čerpání", 8, 19, None, None, 27],
        ]
    )
    adoption = adopt(book(tmp_path / "harmonogram.xlsx", "Harmonogram", rows))
    table = only(adoption)
    assert table.register == "finance"
    got = {(f.cost_line, f.month): (f.budget, f.actual) for f in adoption.project.finance}
    assert got[("Stavební práce", date(2026, 1, 1))] == (100, 90)
    assert got[("Stavební práce", date(2026, 4, 1))] == (400, None)
    assert got[("Technický dozor", date(2026, 2, 1))] == (20, 19)
    assert len(got) == 8  # four months of two items: the quarter is no month
    assert targets(table)["Ukazatel"] == "measure"
    assert "quarter" in column(table, "I. čtvrtletí").note
    said = " ".join(table.notes)
    assert "'Čerpání' names no measure in the vocabularies; read as Actual" in said


def test_roman_numerals_alone_over_figures_are_no_months(tmp_path: Path) -> None:
    """A stage plan's ``Etapa I`` .. ``III`` over figures: stages, not months, so no finance
    table is read."""
    rows = [
        ["Etapy projektu"],
        ["Zadanie", "I", "II", "III"],
        ["Dokumentacja", 10, 20, 30],
        ["Roboty", 40, 50, 60],
    ]
    adoption = adopt(book(tmp_path / "etapy.xlsx", "Etapy", rows))
    assert not adoption.project.finance


# ---------------------------------------------------------------------------------------
# A measure column with one word no vocabulary knows
# ---------------------------------------------------------------------------------------


def _rows(pattern: list[tuple[str, bool, bool]], lines: int = 2) -> list[MeasureRow]:
    return [
        MeasureRow(n, word, first, last) for n, (word, first, last) in enumerate(pattern * lines)
    ]


def _known(word: str) -> str | None:
    return {"budget": "budget", "actual": "actual", "forecast": "forecast"}.get(word.lower())


def test_the_unknown_word_beside_the_budget_that_stops_early_is_the_actual() -> None:
    found = deduce(_rows([("Budget", True, True), ("Paid", True, False)]), _known)
    assert found is not None and (found.word, found.measure) == ("Paid", "actual")


def test_the_unknown_word_beside_actuals_that_stop_early_is_the_budget() -> None:
    found = deduce(_rows([("Approved", True, True), ("Actual", True, False)]), _known)
    assert found is not None and (found.word, found.measure) == ("Approved", "budget")


def test_the_third_word_beside_budget_and_actual_is_the_forecast_when_it_runs_on() -> None:
    rows = _rows([("Budget", True, True), ("Actual", True, False), ("Outturn", True, True)])
    found = deduce(rows, _known)
    assert found is not None and found.measure == "forecast"


@pytest.mark.parametrize(
    "pattern",
    [
        # a third word that stops early, as actuals do: no forecast (a ``Paid`` row)
        [("Budget", True, True), ("Actual", True, False), ("Paid", True, False)],
        # both run to the last month: the months say nothing of which is which
        [("Budget", True, True), ("Approved", True, True)],
        # two words no vocabulary knows
        [("Budget", True, True), ("Paid", True, False), ("Booked", True, False)],
        # no measure named at all: a type column (Hardware / Software)
        [("Hardware", True, True), ("Software", True, False)],
    ],
)
def test_nothing_is_deduced_where_the_words_or_months_do_not_decide(
    pattern: list[tuple[str, bool, bool]],
) -> None:
    assert deduce(_rows(pattern), _known) is None


def test_words_that_do_not_cycle_line_by_line_are_no_measure_column() -> None:
    rows = [
        MeasureRow(1, "Budget", True, True),
        MeasureRow(2, "Paid", True, False),
        MeasureRow(3, "Paid", True, False),
        MeasureRow(4, "Budget", True, True),
    ]
    assert deduce(rows, _known) is None


def _tracker(kinds: tuple[str, str], second_runs_on: bool) -> list[list[object]]:
    tail: list[object] = [5, 6] if second_runs_on else [None, None]
    return [
        ["Highways maintenance 2026 - spend profile"],
        ["Scheme", "Figure", "Jan-26", "Feb-26", "Mar-26", "Apr-26"],
        ["Resurfacing", kinds[0], 10, 20, 30, 40],
        ["Resurfacing", kinds[1], 11, 19, *tail],
        ["Drainage", kinds[0], 1, 2, 3, 4],
        ["Drainage", kinds[1], 1, 3, *tail],
    ]


def test_a_tracker_with_paid_rows_beside_its_budget_reads_them_as_actuals(
    tmp_path: Path,
) -> None:
    adoption = adopt(book(tmp_path / "paid.xlsx", "Spend", _tracker(("Budget", "Paid"), False)))
    got = {(f.cost_line, f.month): (f.budget, f.actual) for f in adoption.project.finance}
    assert got[("Resurfacing", date(2026, 1, 1))] == (10, 11)
    assert got[("Drainage", date(2026, 2, 1))] == (2, 3)
    assert got[("Drainage", date(2026, 4, 1))] == (4, None)
    assert targets(only(adoption))["Figure"] == "measure"


def test_a_tracker_whose_unknown_rows_run_on_is_not_given_a_measure(tmp_path: Path) -> None:
    """``Paid`` rows that run to the last month as the budget does: the months do not say
    they are actuals, so the column is no measure column and nothing reads them so."""
    adoption = adopt(book(tmp_path / "paid.xlsx", "Spend", _tracker(("Budget", "Paid"), True)))
    assert targets(only(adoption))["Figure"] is None
    assert all("names no measure" not in n for t in adoption.report.tables for n in t.notes)


# ---------------------------------------------------------------------------------------
# A capital plan's title
# ---------------------------------------------------------------------------------------


def _plan(title: str) -> list[list[object]]:
    return [
        [title],
        [],
        ["Project", "Apr-26", "May-26", "Jun-26"],
        ["Library roof", 120, 80, 40],
        ["Fleet replacement", 300, 0, 150],
    ]


@pytest.mark.parametrize(
    "title",
    ["Capital plan 2026/27 (£k)", "County Council - Capital Schemes 2026", "Capital works budget"],
)
def test_a_capital_plan_s_lines_are_capex(tmp_path: Path, title: str) -> None:
    adoption = adopt(book(tmp_path / "capital.xlsx", "Plan", _plan(title)))
    assert set(field(adoption, "finance", "capex_opex")) == {"CapEx"}


@pytest.mark.parametrize(
    "title", ["Human capital plan 2026", "Working capital budget 2026", "Spend in the capital city"]
)
def test_capital_of_another_kind_says_nothing_of_the_lines(tmp_path: Path, title: str) -> None:
    adoption = adopt(book(tmp_path / "capital.xlsx", "Plan", _plan(title)))
    assert adoption.project.finance
    assert set(field(adoption, "finance", "capex_opex")) == {None}


# ---------------------------------------------------------------------------------------
# A plan's unit: written as (h), or shown only by its figures
# ---------------------------------------------------------------------------------------


def _staff(head: list[str], figures: list[list[object]]) -> list[list[object]]:
    people = [["Ana Costa", "Analyst"], ["Jon Berg", "Developer"], ["Eva Lind", "Tester"]]
    return [head, *[[*p, *f] for p, f in zip(people, figures, strict=True)]]


def test_a_plan_whose_total_is_written_in_h_is_a_plan_in_hours(tmp_path: Path) -> None:
    head = ["Name", "Role", "Apr 2026", "May 2026", "Jun 2026", "Total (h)"]
    rows = _staff(head, [[80, 40, 0, 120], [160, 160, 80, 400], [40, 80, 120, 240]])
    adoption = adopt(book(tmp_path / "hours.xlsx", "Jira export", rows))
    table = only(adoption)
    assert table.register == "resources" and "in hours" in table.reason
    days = {(r.person, r.month): r.planned_days for r in adoption.project.resources}
    assert days[("Jon Berg", date(2026, 4, 1))] == 20  # 160 hours of 8
    assert not adoption.project.finance


def test_a_day_of_a_37_hour_week_is_one_the_figures_can_show() -> None:
    assert hours_of_a_day([37, 74, 111]) == 7.4
    assert hours_of_a_day([40, 120]) == 8.0  # 8 and 7.5 would both fit 120; 40 is 8's
    assert hours_of_a_day([148]) is None  # 8 and 7.4 alike: the default says


def test_a_plan_whose_figures_only_days_can_be_is_read_in_days(tmp_path: Path) -> None:
    head = ["Consultant", "Role", "Apr 2026", "May 2026", "Jun 2026"]
    rows = _staff(head, [[5, 10, 2.5], [20, 18, 0], [None, 4, 8]])
    adoption = adopt(book(tmp_path / "alloc.xlsx", "Allocations", rows))
    table = only(adoption)
    assert table.register == "resources" and "in days as the figures show" in table.reason
    days = {(r.person, r.month): r.planned_days for r in adoption.project.resources}
    assert days[("Jon Berg", date(2026, 4, 1))] == 20
    assert days[("Ana Costa", date(2026, 6, 1))] == 2.5
    assert len(days) == 7  # the empty and zero cells plan nothing


@pytest.mark.parametrize(
    "figures",
    [
        [[40, 80, 120], [160, 160, 80], [20, 40, 60]],  # above a month's days: hours
        [[0.5, 1, 1], [1, 1, 0.5], [0.2, 0.5, 1]],  # none above 2: FTE as much as days
        [[3.3, 7.1, 2], [5, 6, 7], [1, 2, 3]],  # not whole or half days
    ],
)
def test_figures_days_do_not_explain_leave_the_plan_unread(
    tmp_path: Path, figures: list[list[object]]
) -> None:
    head = ["Consultant", "Role", "Apr 2026", "May 2026", "Jun 2026"]
    adoption = adopt(book(tmp_path / "alloc.xlsx", "Allocations", _staff(head, figures)))
    assert not adoption.project.resources
    why = "nothing says whether the figures are days, FTE or hours"
    assert any(why in t.reason for t in adoption.report.tables)


def test_a_headcount_plan_s_small_figures_are_people_not_days(tmp_path: Path) -> None:
    """Heads by role and month (2, 5, 8 people) fit days as well; the title says they are
    people, so nothing reads them as days."""
    rows = [
        ["Headcount plan 2026"],
        ["Role", "Apr 2026", "May 2026", "Jun 2026"],
        ["Developer", 4, 6, 8],
        ["Tester", 2, 2, 3],
    ]
    adoption = adopt(book(tmp_path / "heads.xlsx", "Plan", rows))
    assert not adoption.project.resources
    why = "nothing says whether the figures are days, FTE or hours"
    assert any(why in t.reason for t in adoption.report.tables)


# ---------------------------------------------------------------------------------------
# A code written with its line's name; Austrian months; Responsibility
# ---------------------------------------------------------------------------------------


def _long(lines: list[str]) -> list[list[object]]:
    """A long cash flow by WBS code (a header naming no standard column) and month."""
    rows: list[list[object]] = [["WBS code", "Month", "Budget", "Actual"]]
    for n, line in enumerate(lines):
        for m in (1, 2, 3):
            rows.append([line, f"2026-{m:02d}", 100 * (n + 1) + m, 90 * (n + 1) + m])
    return rows


def test_a_code_written_with_its_name_is_the_cost_line(tmp_path: Path) -> None:
    rows = _long(["4711 Hosting", "4712 Licences"])
    adoption = adopt(book(tmp_path / "long.xlsx", "Costs", rows))
    assert set(field(adoption, "finance", "cost_line")) == {"4711 Hosting", "4712 Licences"}
    assert targets(only(adoption))["WBS code"] == "cost_line"


def test_bare_codes_are_still_no_cost_line(tmp_path: Path) -> None:
    adoption = adopt(book(tmp_path / "long.xlsx", "Costs", _long(["1.1", "1.2"])))
    assert set(field(adoption, "finance", "cost_line")) <= {None}


def test_austrian_feber_is_february() -> None:
    assert month_number("Feber 2026") == 2 and month_number("Jänner 2026") == 1
    assert month_number("Fieber") is None  # a fever


def test_responsibility_heads_the_party_a_milestone_falls_to(tmp_path: Path) -> None:
    (best, *_) = candidates("Responsibility", "milestones")
    assert best.column_key == "owner"
    rows = [
        ["Contract C-12 key dates"],
        ["No.", "Milestone", "Responsibility", "Contractual Date"],
        [1, "Site possession", "Employer", date(2026, 2, 1)],
        [2, "Foundations complete", "Contractor", date(2026, 5, 1)],
        [3, "Taking-over certificate", "Engineer", date(2026, 11, 30)],
    ]
    adoption = adopt(book(tmp_path / "dates.xlsx", "Milestones", rows))
    assert field(adoption, "milestones", "owner") == ["Employer", "Contractor", "Engineer"]
