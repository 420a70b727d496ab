"""Round 24 (its last hour, t26b): a resource plan in hours whatever the tool.

A staffing tool's forecast (``Workforce forecast (hours)``) is effort, not finance: hours
and FTE are never money, so the word "forecast" (finance's word too) gives the plan to
finance only when no unit of effort is said. A resource plan has no item title, so its
``Title`` beside the person names the person's job title: the role. A plan may state its
unit of hours in its own language (Faroese ``tímar``). Each with a near-miss. The workbooks
are written for these tests (no benchmark layout)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from addin.adopt.languages import translate
from tests.adopt_sheets import adopt, book, only, targets

MONTHS = [date(2026, 9, 1), date(2026, 10, 1), date(2026, 11, 1)]


def _plan(path: Path, title: str, header: list[object]) -> Path:
    rows: list[list[object]] = [
        [title],
        [],
        [*header, *MONTHS],
        ["Aoife Byrne", "Site engineer", 80.0, 120.0, None],
        ["Tomasz Nowak", "Foreman", 160.0, 160.0, 80.0],
    ]
    return book(path, "Crew", rows)


def test_a_staffing_forecast_in_hours_is_a_resource_plan(tmp_path: Path) -> None:
    adoption = adopt(_plan(tmp_path / "f.xlsx", "Crew forecast (hours)", ["Name", "Title"]))
    table = only(adoption)
    assert table.register == "resources"
    assert targets(table)["Name"] == "person"
    assert targets(table)["Title"] == "role"
    people = {(r.person, r.month) for r in adoption.project.resources}
    assert ("Tomasz Nowak", date(2026, 11, 1)) in people
    assert len(people) == 5  # the empty cell plans nothing
    assert {r.role for r in adoption.project.resources} == {"Site engineer", "Foreman"}


def test_a_forecast_in_no_unit_stays_finance_s(tmp_path: Path) -> None:
    # near-miss: "forecast" and no unit of effort: finance's, as before
    adoption = adopt(_plan(tmp_path / "g.xlsx", "Crew forecast", ["Name", "Title"]))
    assert not adoption.project.resources


def test_a_title_outside_a_resource_plan_is_still_an_item_s_title(tmp_path: Path) -> None:
    # near-miss: a register's Title is its items' title, not a role
    rows: list[list[object]] = [
        ["ID", "Title", "Owner", "Status"],
        ["R1", "Crane hire delayed", "Aoife Byrne", "Open"],
        ["R2", "Steel price rise", "Tomasz Nowak", "Closed"],
    ]
    table = only(adopt(book(tmp_path / "r.xlsx", "Risks", rows)))
    assert table.register == "risks"
    assert targets(table)["Title"] == "title"


def test_a_faroese_plan_states_its_hours_in_faroese(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Mannagongd á byggiplássinum"],
        ["Eind: tímar"],
        [],
        ["Navn", "Leiklutur", "september 2026", "oktober 2026", "november 2026"],
        ["Jóannes Dam", "Smiður", 75.0, 150.0, 37.5],
        ["Guðrun Joensen", "Verkfrøðingur", 150.0, None, 75.0],
    ]
    adoption = adopt(book(tmp_path / "fo.xlsx", "Mannagongd", rows))
    table = only(adoption)
    assert table.register == "resources"
    assert targets(table)["Navn"] == "person"
    assert targets(table)["Leiklutur"] == "role"
    assert targets(table)["oktober 2026"] == "month"  # CLDR's Faroese month
    assert len(adoption.project.resources) == 5


def test_an_english_timer_is_no_unit_of_hours() -> None:
    # near-miss: Danish and Norwegian `timer` (hours) is left out, being English `timer`
    assert translate("Timer") is None
    assert translate("tímar") == "hours"
