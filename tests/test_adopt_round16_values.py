"""Round 16: columns and values of register tables that are found (docs/adopt.md, "Round 16:
mechanisms (columns and values of found register tables)").

Scores written with their scale's labels (``3 - Moderately likely``, ``4 (Significant)``,
``Likely (4)``) are read by the number; a next-review date is no due date; the owner
headers of tools and sectors (``Action By``, ``Actionee``) name the owner when their values
are people. Every shape here was written for this test, not taken from a benchmark layout;
each pattern has negative cases, and tables that are no register stay out.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from addin.adopt.convert import labelled_scores, scale_for_column
from addin.standards import default_standards
from addin.standards.model import Scale
from tests.adopt_sheets import adopt, book, field, only, targets

_RISKS = [
    "Supplier late on the switch order",
    "Test data not anonymised",
    "Firewall change not approved",
    "Licences short for the pilot",
    "Interface spec still open",
]
_PEOPLE = ["Grace Lee", "Tomás Ortega", "Aisha Bello", "Henrik Larsen", "Mei Chen"]


def _days(start: date, n: int, step: int = 6) -> list[date]:
    return [start + timedelta(days=step * i) for i in range(n)]


def _probability_scale() -> Scale:
    return default_standards().scales.probability


# ---------------------------------------------------------------------------------------
# 1. A score written with its scale's label
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        (
            ["1 - Rarely seen", "3 - Moderately likely", "5 - Expected", "3 - Moderately likely"],
            [1.0, 3.0, 5.0, 3.0],
        ),
        (["4 (Significant)", "2 (Minor)", "5 (Extensive)"], [4.0, 2.0, 5.0]),
        (["Likely (4)", "Possible (3)", "Almost sure (5)", "Unlikely (2)"], [4.0, 3.0, 5.0, 2.0]),
        (["2: Poco probable", "4: Muy probable", "3: Posible"], [2.0, 4.0, 3.0]),
        (["1 - Low", "3 - Medium", "5 - High"], [1.0, 3.0, 5.0]),
    ],
)
def test_scores_with_their_labels_read_by_the_number(
    values: list[str], expected: list[float]
) -> None:
    scale = _probability_scale()
    assert labelled_scores(list(values), scale) is not None
    conv, note = scale_for_column(values, "Likelihood", scale)
    assert [conv(v).value for v in values] == expected
    assert all(conv(v).problem is None for v in values)
    assert "read by the number" in note


@pytest.mark.parametrize(
    "values",
    [
        ["3 - Moderately likely", "3 - Quite likely", "4 - Likely"],  # one number, two labels
        ["3 - Likely", "4 - Likely"],  # one label, two numbers
        ["2 weeks", "3 weeks", "4 weeks"],  # quantities
        ["7 - Very likely", "3 - Unlikely"],  # a number off the 1-5 scale
        ["1 - Very high chance", "3 - Medium chance", "5 - Very low chance"],  # falling
        ["3 - Moderately likely"],  # one number is no legend
        ["3 - Moderately likely", "Possible", "4 - Likely"],  # not every value labelled
    ],
)
def test_labels_that_are_no_legend_are_not_read(values: list[str]) -> None:
    assert labelled_scores(list(values), _probability_scale()) is None


def test_a_quantity_column_stays_unread() -> None:
    values = ["2 weeks", "3 weeks", "4 weeks"]
    conv, _ = scale_for_column(values, "Impact", default_standards().scales.impact)
    assert all(conv(v).problem for v in values)


def _labelled_register(tmp_path: Path, likelihood: list[str], impact: list[str]) -> Path:
    rows: list[list[object]] = [["Ref", "Risk", "Owner", "Likelihood", "Impact", "Status"]]
    for i, title in enumerate(_RISKS):
        rows.append([f"R{i + 1}", title, _PEOPLE[i], likelihood[i], impact[i], "Open"])
    return book(tmp_path / "risks.xlsx", "Risks", rows)


def test_a_risk_register_with_labelled_scores(tmp_path: Path) -> None:
    likelihood = [
        "2 - Unlikely",
        "4 - Likely",
        "3 - Possible",
        "5 - Almost certain",
        "2 - Unlikely",
    ]
    impact = ["Moderate (3)", "Major (4)", "Extreme (5)", "Minor (2)", "Moderate (3)"]
    adoption = adopt(_labelled_register(tmp_path, likelihood, impact))
    table = only(adoption)
    assert targets(table)["Likelihood"] == "probability"
    assert targets(table)["Impact"] == "impact"
    assert field(adoption, "risks", "probability") == [2.0, 4.0, 3.0, 5.0, 2.0]
    assert field(adoption, "risks", "impact") == [3.0, 4.0, 5.0, 2.0, 3.0]
    assert not table.unconverted


def test_a_register_of_mixed_labels_keeps_them_listed(tmp_path: Path) -> None:
    likelihood = [
        "3 - Moderately likely",
        "3 - Quite likely",
        "4 - Likely",
        "2 - Unlikely",
        "4 - Likely",
    ]
    impact = ["3", "4", "5", "2", "3"]
    adoption = adopt(_labelled_register(tmp_path, likelihood, impact))
    table = only(adoption)
    # one number with two labels is no legend: those cells are listed, never guessed
    unread = sorted(str(u.value) for u in table.unconverted)
    assert unread == ["3 - Moderately likely", "3 - Quite likely"]
    assert field(adoption, "risks", "probability")[2:] == [4.0, 2.0, 4.0]
