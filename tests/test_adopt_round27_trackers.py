"""Round 27's last hour (issue 15): the bilingual trackers.

- rupees grouped the Indian way before a decimal point (``12,34,567.00``: the last group of
  three digits, every group before it of two) are an amount (``amounts._LAKH_GROUPS``); a
  grouping that is neither the Indian nor the thousands one (``1,23,45.00``,
  ``1,234,56.00``) is none;
- a value of two halves between a spaced slash on the first row under a header
  (``Completed / Terminé``) is one of the column's bilingual values, an item, when the rows
  below it in that column write their values so too (``detect._column_in_halves``, t29c's rule, the same as t29b's); a
  template's ``Open / Closed`` over rows that write one word each stays a hint row.

The workbooks are written for these tests (a Pune metro depot, a Montreal library
renovation), no batch layout.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from adopt_sheets import adopt as _adopt
from adopt_sheets import book as _book
from adopt_sheets import field as _field
from adopt_sheets import finance_by_line as _finance_by_line
from adopt_sheets import only as _only

from addin.adopt.amounts import parse_amount


def test_indian_grouping_before_a_decimal_point_is_an_amount() -> None:
    assert parse_amount("12,34,567.00") == 1234567.0
    assert parse_amount("₹1,05,00,000.50") == 10500000.5
    assert parse_amount("4,500.75") == 4500.75  # the thousands grouping as before


def test_a_grouping_that_is_neither_is_no_amount() -> None:
    """Near-miss: a last group of two digits, or groups of two after one of three."""
    assert parse_amount("1,23,45.00") is None
    assert parse_amount("1,234,56.00") is None


def test_a_tracker_in_lakh_grouped_rupees(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Depot works - cost tracker"],
        [],
        ["Month", "Cost line", "Budget", "Actual"],
        ["Apr 2026", "Track slab", "3,75,000.00", "3,12,450.25"],
        ["Apr 2026", "Signalling", "12,00,000.00", "11,87,300.00"],
        ["May 2026", "Track slab", "2,50,000.00", "2,61,000.40"],
    ]
    adoption = _adopt(_book(tmp_path / "pune.xlsx", "Costs", rows))
    assert _only(adoption).register == "finance"
    lines = _finance_by_line(adoption)
    assert lines[(date(2026, 4, 1), "Signalling")].budget == 1200000.0
    assert lines[(date(2026, 5, 1), "Track slab")].actual == 261000.4


PEOPLE = ["Chloé Martin", "Daniel Roy", "Nadia Benali"]


def _milestones(first: list[object], later_status: list[str]) -> list[list[object]]:
    rows: list[list[object]] = [
        ["Jalons / Milestones"],
        [],
        ["No", "Milestone / Jalon", "Owner / Responsable", "Due / Échéance", "Status / État"],
        first,
    ]
    names = ["Shelving installed / Rayonnages installés", "Reopening / Réouverture"]
    for i, name in enumerate(names):
        rows.append([i + 2, name, PEOPLE[i + 1], date(2026, 6 + i, 1), later_status[i]])
    return rows


def test_a_first_milestone_written_in_two_languages_is_an_item(tmp_path: Path) -> None:
    first: list[object] = [1, "Site handover / Chantier remis", PEOPLE[0]]
    first += [date(2026, 5, 4), "Completed / Terminé"]
    states = ["In Progress / En cours", "Not Started / Non commencé"]
    adoption = _adopt(_book(tmp_path / "mtl.xlsx", "Jalons", _milestones(first, states)))
    assert _only(adoption).register == "milestones"
    assert _field(adoption, "milestones", "owner") == PEOPLE
    assert _field(adoption, "milestones", "status") == ["Complete", "In Progress", "Not Started"]


def test_a_hint_of_allowed_values_over_one_word_values_stays_a_hint(tmp_path: Path) -> None:
    """Near-miss: the template's ``Open / Closed`` and ``Low / High`` under the header, the
    rows below writing one word each: the row tells users what to write, no item."""
    rows: list[list[object]] = [
        ["Issue log"],
        [],
        ["Issue", "Owner", "Priority", "Status"],
        ["Describe the issue", "Name", "Low / High", "Open / Closed"],
        ["Lift out of service", PEOPLE[0], "High", "Open"],
        ["Fire doors uncertified", PEOPLE[1], "Low", "Closed"],
    ]
    adoption = _adopt(_book(tmp_path / "hint.xlsx", "Issues", rows))
    table = _only(adoption)
    assert _field(adoption, "issues", "title") == ["Lift out of service", "Fire doors uncertified"]
    assert any("guidance" in s.reason for s in table.skipped_rows)


def _spaced_months(
    months: list[object], subs: tuple[str, str]
) -> tuple[list[list[object]], tuple[str, ...]]:
    """A budget vs actual by month, each month merged over its two measures, one empty
    spacer column between months, the line label merged down over both header rows."""
    head: list[object] = ["Partida"]
    sub: list[object] = [None]
    merged = ["A3:A4"]
    for m, month in enumerate(months):
        head += [month, None, None]
        sub += [subs[0], subs[1], None]
        merged.append(f"{'BEH'[m]}3:{'CFI'[m]}3")
    rows: list[list[object]] = [["Library renovation - spend"], [], head, sub]
    for r, line in enumerate(["Shelving", "Lighting", "Furniture"]):
        cells: list[object] = [line]
        for m in range(len(months)):
            cells += [f"${(r + 1) * 1000 + m:,.2f}", f"${(r + 1) * 900 + m:,.2f}", None]
        rows.append(cells)
    return rows, tuple(merged)


def test_months_merged_over_measures_across_spacers_are_one_tracker(tmp_path: Path) -> None:
    rows, merged = _spaced_months(
        ["Abril 2026", "Mayo 2026", "Junio 2026"], ("Presupuesto", "Real")
    )
    adoption = _adopt(_book(tmp_path / "spaced.xlsx", "Gasto", rows, merged=merged))
    assert _only(adoption).register == "finance"
    lines = _finance_by_line(adoption)
    assert len(lines) == 9
    assert lines[(date(2026, 5, 1), "Lighting")].budget == 2001.0
    assert lines[(date(2026, 6, 1), "Furniture")].actual == 2702.0


def test_a_title_merged_over_one_part_is_no_month_group(tmp_path: Path) -> None:
    """Near-miss: a month merged over a table once, with nothing repeated after a spacer,
    is the table's title: its columns keep their own labels (no group, no month)."""
    rows: list[list[object]] = [
        ["April 2026", None, None],
        ["Risk", "Owner", "Status"],
        ["Roof leak over stacks", PEOPLE[0], "Open"],
        ["Asbestos survey late", PEOPLE[1], "Closed"],
    ]
    adoption = _adopt(_book(tmp_path / "title.xlsx", "Risks", rows, merged=("A1:C1",)))
    table = _only(adoption)
    assert table.register == "risks"
    assert [c.header for c in table.columns] == ["Risk", "Owner", "Status"]
    assert _field(adoption, "risks", "title") == ["Roof leak over stacks", "Asbestos survey late"]
    assert _field(adoption, "risks", "status") == ["Open", "Closed"]
