"""Round 41 (task ox41): round 40's leftovers mended. Each rule on a small workbook built
here, with a near miss."""

from __future__ import annotations

from pathlib import Path

import pytest

from addin.adopt.legend_letters import legend_of
from addin.adopt.legend_pairs import pairs_of
from tests.adopt_sheets import adopt, book, field, only, targets


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
    assert pairs_of("Status: open") == []
    assert legend_of(["K = Kemungkinan (1-5), D = Dampak (1-5)"]) == {
        "K": "Kemungkinan",
        "D": "Dampak",
    }
    assert legend_of(["✓ = done, ● = on track"]) == {}  # symbols key values, not headers
