"""Round 41 (task ox41): round 40's leftovers mended. Each rule on a small workbook built
here, with a near miss."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from addin.adopt.convert import month_span
from addin.adopt.legend_letters import legend_of
from addin.adopt.legend_pairs import pairs_of
from tests.adopt_sheets import adopt, book, field, finance_by_line, only, targets


def _milestones(title: str, header: str, marks: list[str]) -> list[list[object]]:
    rows: list[list[object]] = [["Milestone plan"], [title], []]
    rows.append(["ID", "Milestone", "Due date", header, "Owner"])
    names = ["Design approved", "Contract signed", "Site handed over", "Go-live", "Closure"]
    for n, (name, mark) in enumerate(zip(names, marks, strict=True), start=1):
        rows.append([n, name, f"2026-0{n}-15", mark, "Pat Lee"])
    return rows


@pytest.mark.parametrize(
    ("legend", "marks", "want"),
    [
        (
            "Legend: ✓ = done, ● = on track, ▲ = at risk, ✗ = late",
            ["✓", "✓", "●", "▲", "✗"],
            ["Complete", "Complete", "In Progress", "At Risk", "Late"],
        ),
        (
            "Status key: C = Complete, O = On track, R = At risk",
            ["C", "C", "O", "R", "O"],
            ["Complete", "Complete", "In Progress", "At Risk", "In Progress"],
        ),
    ],
)
def test_a_status_in_symbols_is_read_by_the_legend(
    tmp_path: Path, legend: str, marks: list[str], want: list[str]
) -> None:
    """A status column of symbols or letters that the title block's legend spells out is
    read as the legend's words (before: the symbols read as nothing)."""
    adoption = adopt(book(tmp_path / "plan.xlsx", "Plan", _milestones(legend, "Status", marks)))
    assert targets(only(adoption))["Status"] == "status"
    assert field(adoption, "milestones", "status") == want


def test_symbols_no_legend_names_are_not_read(tmp_path: Path) -> None:
    """Near miss: the same symbols beside a legend of other symbols read nothing."""
    rows = _milestones("Legend: ■ = done, ◆ = late", "Status", ["✓", "✓", "●", "▲", "✗"])
    adoption = adopt(book(tmp_path / "plan.xlsx", "Plan", rows))
    got = (
        field(adoption, "milestones", "status")
        if "status" in targets(only(adoption)).values()
        else []
    )
    assert "Complete" not in got


def test_the_one_grammar_of_a_legends_pairs() -> None:
    """Both readers of legends read the same pairs: ``=``, ``:``, full-width ``：`` and a
    spaced dash; prose (``Status: open``) is no legend."""
    assert pairs_of("済：完了　○：予定通り　△：要注意　×：遅延") == [
        ("済", "完了"),
        ("○", "予定通り"),
        ("△", "要注意"),
        ("×", "遅延"),
    ]
    assert pairs_of("A - Rare, B - Unlikely") == [("A", "Rare"), ("B", "Unlikely")]
    # a legend in brackets (full-width, as a Japanese title writes it): its last pair too
    assert pairs_of("（判定　済：完了　×：遅延）") == [("済", "完了"), ("×", "遅延")]
    assert pairs_of("Status: open") == []
    assert legend_of(["K = Kemungkinan (1-5), D = Dampak (1-5)"]) == {
        "K": "Kemungkinan",
        "D": "Dampak",
    }
    assert legend_of(["✓ = done, ● = on track"]) == {}  # symbols key values, not headers


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("1 March 2026 - 31 March 2026", date(2026, 3, 1)),
        ("1 Mar - 31 Mar 2026", date(2026, 3, 1)),
        ("1. März 2026 \u2013 31. März 2026", date(2026, 3, 1)),
        ("1 Feb 2026 to 28 Feb 2026", date(2026, 2, 1)),
        ("1 March - 14 March 2026", None),  # a fortnight
        ("1 March 2026 - 30 April 2026", None),  # two months
        ("1 Mar 2026", None),  # one day
    ],
)
def test_a_whole_month_written_with_month_names_is_that_month(text: str, want: date | None) -> None:
    """A range from a month's first day to its last written with month names is that
    month, as the numeric ranges are (round 40); a fortnight or two months is none."""
    assert month_span(text) == want


def test_a_cost_report_by_month_ranges_in_words(tmp_path: Path) -> None:
    """A budget-versus-actual sheet whose ``Period`` writes each month as a range in words
    reads each row's month (before: no cell read as a month)."""
    rows: list[list[object]] = [["Period", "Cost item", "Budget", "Actual"]]
    rows += [
        ["1 March 2026 - 31 March 2026", "Stage lighting", 12_000, 11_480.5],
        ["1 March 2026 - 31 March 2026", "Seating", 30_000, 29_100],
        ["1 April 2026 - 30 April 2026", "Stage lighting", 8_000, 8_240],
        ["1 April 2026 - 30 April 2026", "Seating", 15_000, 14_950],
    ]
    adoption = adopt(book(tmp_path / "bva.xlsx", "Budget vs Actual", rows))
    table = only(adoption)
    assert table.register == "finance"
    assert targets(table)["Period"] == "month"
    lines = finance_by_line(adoption)
    assert lines[date(2026, 3, 1), "Stage lighting"].actual == 11_480.5
    assert lines[date(2026, 4, 1), "Seating"].budget == 15_000


def _cost_sheet(heads: list[str], works: list[object]) -> list[list[object]]:
    rows: list[list[object]] = [["Cost plan 2026"], [], heads]
    suppliers = ["Acme Scaffolds Ltd", "Top Roofing Ltd", "Spark Electric Ltd"]
    amounts = [[1_000, 1_100, 900], [2_300, 2_150, 1_800], [1_500, 1_650, 1_200]]
    for n, (work, supplier) in enumerate(zip(works, suppliers, strict=True), start=1):
        rows.append([n, work, supplier, *amounts[n - 1]])
    return rows


@pytest.mark.parametrize(
    "heads",
    [
        ["No.", "Work", "Supplier", "Jan 2026", "Feb 2026", "Mar 2026"],
        ["Nr.", "Arbeiten", "Lieferant", "Jan 2026", "Feb 2026", "Mär 2026"],
    ],
)
def test_the_work_beside_its_supplier_is_the_cost_line(tmp_path: Path, heads: list[str]) -> None:
    """A months-across cost sheet ``No. | Work | Supplier | Jan ...`` is kept by the work
    each row pays for; the supplier doing it is its party (before: the supplier was the
    line and the work left out)."""
    rows = _cost_sheet(heads, ["Scaffolding", "Roof repair", "Electrics"])
    adoption = adopt(book(tmp_path / "costs.xlsx", "Costs", rows))
    assert targets(only(adoption))[heads[1]] == "cost_line"
    lines = finance_by_line(adoption)
    assert (
        lines[date(2026, 2, 1), "Roof repair"].budget
        or lines[date(2026, 2, 1), "Roof repair"].actual
    )
    assert not any(line == "Top Roofing Ltd" for _, line in lines)


def test_work_in_hours_leaves_the_supplier_the_line(tmp_path: Path) -> None:
    """Near miss: ``Work`` as a number of hours (a plan's work) is no line; a supplier's
    tracker whose only label is the supplier stays kept by supplier."""
    rows = _cost_sheet(
        ["No.", "Work", "Supplier", "Jan 2026", "Feb 2026", "Mar 2026"], [40, 16, 24]
    )
    adoption = adopt(book(tmp_path / "costs.xlsx", "Costs", rows))
    assert targets(only(adoption))["Work"] is None
    assert {line for _, line in finance_by_line(adoption)} == {
        "Acme Scaffolds Ltd",
        "Top Roofing Ltd",
        "Spark Electric Ltd",
    }
