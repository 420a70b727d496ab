"""Round 17 of issue 15: a dependency tracker naming both sides of each dependency
(``Providing Team | Receiving Team``), the project itself on one side of every row: neither
column is the counterparty (``addin/adopt/sides.py``). Shapes written for these tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from adopt_sheets import adopt as _adopt
from adopt_sheets import book as _book
from adopt_sheets import column as _column
from adopt_sheets import only as _only

from addin.adopt.sides import two_sides

OWN = "Billing Replacement"
OTHERS = ["Data Platform", "Identity", "Payments Hub", "Network Services"]
DEPS = [
    "Customer master extract",
    "Single sign-on for agents",
    "Card tokenisation service",
    "Firewall rules for the new hosts",
]


def _tracker(giving: list[str], receiving: list[str]) -> list[list[object]]:
    rows: list[list[object]] = [
        ["Dep ID", "Dependency", "Providing Team", "Receiving Team", "Need By", "Status"]
    ]
    for i in range(4):
        rows.append(
            [f"D-{i + 1}", DEPS[i], giving[i], receiving[i], date(2026, 4, 1 + i), "On Track"]
        )
    return rows


def test_both_sides_named_leave_no_counterparty_guessed(tmp_path: Path) -> None:
    """Neither column is the counterparty as a whole; since round 30 (``sides.
    direction_pair``) the pair is read per row: the providing column gives the direction
    and the receiving one the other side (never a column of this project's own name)."""
    giving = [OTHERS[0], OWN, OTHERS[2], OWN]
    receiving = [OWN, OTHERS[1], OWN, OTHERS[3]]
    adoption = _adopt(_book(tmp_path / "d.xlsx", "Dependencies", _tracker(giving, receiving)))
    table = _only(adoption)
    assert table.register == "dependencies"
    assert _column(table, "Providing Team").target == "direction"
    assert _column(table, "Receiving Team").target == "counterparty_project_id"
    assert _column(table, "Need By").target == "need_by"
    deps = adoption.project.dependencies
    assert [d.direction for d in deps] == ["Inbound", "Outbound", "Inbound", "Outbound"]
    assert [d.counterparty_project_id for d in deps] == [OTHERS[0], OTHERS[1], OTHERS[2], OTHERS[3]]


def test_a_providing_column_of_other_teams_is_still_the_counterparty(tmp_path: Path) -> None:
    receiving = ["Ann Lee team", "Bob Ray team", "Cy Doe team", "Di Fox team"]
    table = _only(_adopt(_book(tmp_path / "d.xlsx", "Dependencies", _tracker(OTHERS, receiving))))
    assert _column(table, "Providing Team").target == "counterparty_project_id"


def test_what_makes_two_sides() -> None:
    own, a, b = "Us", "Them", "Others"
    assert two_sides({1: [a, own, b], 2: [own, a, own]}) == {1, 2}
    assert two_sides({1: [a, own, own], 2: [own, a, b]}) == {1, 2}
    assert two_sides({1: [a, b, a], 2: [own, own, own]}) == set()  # one side always ours
    assert two_sides({1: [own, own, b], 2: [own, a, own]}) == set()  # ours on both sides
    assert two_sides({1: [a, own], 2: [own, a]}) == set()  # too few rows


def test_people_on_both_sides_are_an_owner_and_the_other_partys_owner(tmp_path: Path) -> None:
    """Negative: one person owning some rows and being the other party's owner on others is
    no pair of sides (people are owners, not the project)."""
    own, a, b = "Otieno Odhiambo", "Mwangi Njoroge", "Chebet Langat"
    rows: list[list[object]] = [["Dep ID", "Dependency", "Other Party Owner", "Owner", "Need By"]]
    for i, (x, y) in enumerate([(a, own), (own, a), (b, own), (own, b)]):
        rows.append([f"D-{i + 1}", DEPS[i], x, y, date(2026, 4, 1 + i)])
    table = _only(_adopt(_book(tmp_path / "d.xlsx", "Dependencies", rows)))
    assert _column(table, "Other Party Owner").target == "counterparty_owner"
    assert _column(table, "Owner").target == "owner"
