"""Round 28's last hour (issue 15): what converted and pasted workbooks still lost, read as
a PMO analyst reads it (docs/adopt.md, "Round 28 (its last hour): the forty-second batch's
misses"). Each rule on a small workbook of its own, and a near-miss where it must not fire.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from addin.adopt.match import field_name_currency
from addin.adopt.pasted_text import pasted_text
from tests.adopt_sheets import adopt, book, field, finance_by_line, only, targets

# -- a non-breaking space in any pasted text is an ordinary space ---------------------------

NBSP = "\u00a0"


def test_a_non_breaking_space_inside_a_pasted_text_is_an_ordinary_space(tmp_path: Path) -> None:
    rows: list[list[object]] = [["No.", "Decided on", "Decision", "Owner"]]
    rows += [
        ["1", "03/02/2026", f"Ferry{NBSP}timetable{NBSP}frozen until May ", "Ada Kerr"],
        ["2", "10/02/2026", "Harbour\u202fwall survey moves to March", f"Raj{NBSP}Iyer"],
    ]
    adoption = adopt(book(tmp_path / "decisions.xlsx", "Decision Log", rows))
    assert field(adoption, "decisions", "decision") == [
        "Ferry timetable frozen until May",
        "Harbour wall survey moves to March",
    ]


def test_near_miss_line_breaks_and_joiners_are_not_spaces() -> None:
    # only the spaces that keep words on one line become spaces: a line break, and the
    # zero-width joiner a script spells with, are kept as written
    assert pasted_text("Crane outage\nTug charter") == "Crane outage\nTug charter"
    assert pasted_text("ප්\u200dර") == "ප්\u200dර"


# -- a CSV's field-name header ending on a currency code --------------------------------------


def _csv_budget(tmp_path: Path, head: list[str], codes: list[str]) -> Path:
    rows: list[list[object]] = [head]
    lines = [("Pitch drainage", 1250.0, 1100.0), ("Kennel block", 800.0, 780.0)]
    for code, (line, budget, actual) in zip(codes, lines, strict=True):
        for month in ("2026-01-01", "2026-02-01"):
            rows.append([code, line, month, f"{budget:,.2f}", f"{actual:,.2f}", f"{budget:,.2f}"])
    return book(tmp_path / "club_costs.xlsx", "club_costs", rows)


def test_a_field_name_ending_on_a_currency_code_is_the_field_in_that_currency(
    tmp_path: Path,
) -> None:
    head = ["line_ref", "cost_line", "period", "budget_gbp", "actual_gbp", "forecast_gbp"]
    adoption = adopt(_csv_budget(tmp_path, head, ['"K-1"', '"K-2"']))
    mapped = targets(only(adoption))
    assert (mapped["budget_gbp"], mapped["forecast_gbp"]) == ("budget", "forecast")
    assert adoption.project.header.currency == "GBP"
    line = finance_by_line(adoption)[(date(2026, 1, 1), "Pitch drainage")]
    assert (line.budget, line.actual, line.forecast) == (1250.0, 1100.0, 1250.0)


def test_near_miss_a_field_name_of_one_word_or_no_code_states_no_currency() -> None:
    assert field_name_currency("budget_eur") == "EUR"
    assert field_name_currency("actualGbp") == "GBP"
    assert field_name_currency("eur") is None  # one word: the code alone
    assert field_name_currency("budget_total") is None
    assert field_name_currency("Budget eur") is None  # a spaced header: read as before


# -- a code column beside the line's words ------------------------------------------------------


def test_a_code_column_beside_the_lines_words_is_the_code_not_the_line(tmp_path: Path) -> None:
    head = ["cost_code", "cost_line", "period", "budget_eur", "actual_eur", "forecast_eur"]
    adoption = adopt(_csv_budget(tmp_path, head, ['"K-1"', '"K-2"']))
    mapped = targets(only(adoption))
    assert mapped["cost_line"] == "cost_line"
    assert mapped["cost_code"] != "cost_line"
    assert {line for _, line in finance_by_line(adoption)} == {"Pitch drainage", "Kennel block"}


def test_near_miss_a_code_column_alone_keeps_the_line(tmp_path: Path) -> None:
    # no column of words beside it: the codes are the only name the lines have
    rows: list[list[object]] = [["cost_code", "period", "budget_eur", "actual_eur"]]
    rows += [
        ["K-1", "2026-01-01", "1,250.00", "1,100.00"],
        ["K-2", "2026-01-01", "800.00", "780.00"],
    ]
    adoption = adopt(book(tmp_path / "codes.xlsx", "club_costs", rows))
    assert targets(only(adoption))["cost_code"] == "cost_line"
    assert {line for _, line in finance_by_line(adoption)} == {"K-1", "K-2"}


# -- two number columns a conversion joined with a space ------------------------------------------


def _risks(tmp_path: Path, cells: list[str], header: str = "Probability Severity") -> Path:
    rows: list[list[object]] = [["Ref", "Risk", header, "Owner", "Status"]]
    titles = ["Quay crane outage", "Tug charter lapses", "Pilot boat refit overruns"]
    for i, (title, cell) in enumerate(zip(titles, cells, strict=True)):
        rows.append([f"Q-{i + 1}", title, cell, "Ada Kerr", "Open"])
    return book(tmp_path / "risks.xlsx", "Risks", rows)


def test_two_numbers_under_a_two_word_header_are_both_fields_in_its_order(tmp_path: Path) -> None:
    adoption = adopt(_risks(tmp_path, ["4 3", "2 5", "1 2"]))
    assert field(adoption, "risks", "probability") == [4.0, 2.0, 1.0]
    assert field(adoption, "risks", "impact") == [3.0, 5.0, 2.0]
    assert any("holds two fields in one cell" in n for n in only(adoption).notes)


def test_near_miss_one_number_a_cell_or_a_one_field_header_is_not_split(tmp_path: Path) -> None:
    adoption = adopt(_risks(tmp_path, ["4", "2", "1"]))
    assert field(adoption, "risks", "impact") == [None, None, None]
    assert not any("two fields" in n for n in only(adoption).notes)
    # `Risk Owner` reads as one field: its cells are never split, whatever they hold
    adoption = adopt(_risks(tmp_path, ["Ada Kerr", "Raj Iyer", "Ada Kerr"], "Risk Owner"))
    assert not any("two fields" in n for n in only(adoption).notes)


# -- a grid of named people by month, in days by its figures -----------------------------------


def _people_grid(
    tmp_path: Path, first: str, names: list[str], figures: list[int], second: str = "Role"
) -> Path:
    rows: list[list[object]] = [["Table 1"], [first, second, "Jan 2026", "Feb 2026", "Mar 2026"]]
    roles = ["Site Engineer", "Electrician", "Scaffolder"]
    for name, role in zip(names, roles, strict=True):
        rows.append([name, role, *figures])
    return book(tmp_path / "plan.xlsx", "Table 1", rows, ("A1:E1",))


def test_people_and_roles_by_month_in_days_are_a_resource_plan(tmp_path: Path) -> None:
    names = ["Ann Hale", "Bo Reed", "Cy Dunn"]
    adoption = adopt(_people_grid(tmp_path, "Name", names, [4, 10, 20]))
    table = only(adoption)
    assert table.register == "resources"
    assert "in days as the figures show" in table.reason
    plan = adoption.project.resources
    assert len(plan) == 9
    assert {(r.person, r.month, r.planned_days) for r in plan if r.person == "Bo Reed"} == {
        ("Bo Reed", date(2026, 1, 1), 4.0),
        ("Bo Reed", date(2026, 2, 1), 10.0),
        ("Bo Reed", date(2026, 3, 1), 20.0),
    }


def test_near_miss_things_by_month_or_figures_no_day_count_fits_are_no_plan(
    tmp_path: Path,
) -> None:
    # a grid of equipment by month, no role beside it, is no one's time
    kit = ["Tower crane", "Mobile crane", "Forklift"]
    adoption = adopt(_people_grid(tmp_path, "Equipment", kit, [4, 10, 20], "Depot"))
    assert not adoption.report.adopted_tables
    # figures above a month's working days are no person's days: still refused
    adoption = adopt(
        _people_grid(tmp_path, "Name", ["Ann Hale", "Bo Reed", "Cy Dunn"], [40, 80, 160])
    )
    assert not adoption.report.adopted_tables


# -- a checkbox column with no box ticked yet ---------------------------------------------------


def _handoffs(tmp_path: Path, answers: list[object]) -> Path:
    rows: list[list[object]] = [["Ref", "Dependency", "Owner", "Needed by", "Delivered"]]
    titles = ["Grid connection from the utility", "Road permit", "Crane hire slot"]
    for i, (title, answer) in enumerate(zip(titles, answers, strict=True)):
        rows.append([f"H-{i + 1}", title, "Ada Kerr", date(2026, 4, 1 + i), answer])
    return book(tmp_path / "handoffs.xlsx", "Dependencies", rows)


def test_a_checkbox_column_with_no_box_ticked_is_still_the_status_flag(tmp_path: Path) -> None:
    adoption = adopt(_handoffs(tmp_path, [False, False, False]))
    assert targets(only(adoption))["Delivered"] == "status"
    # unticked: not delivered yet, but Open or In Progress is not said: empty, listed
    assert field(adoption, "dependencies", "status") == [None, None, None]


def test_near_miss_the_word_no_on_every_row_still_says_nothing(tmp_path: Path) -> None:
    adoption = adopt(_handoffs(tmp_path, ["No", "No", "No"]))
    assert targets(only(adoption)).get("Delivered") != "status"
