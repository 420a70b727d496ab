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
from tests.adopt_sheets import adopt, book, column, field, only, targets

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


# ---------------------------------------------------------------------------------------
# 2. A next-review date is no due date
# ---------------------------------------------------------------------------------------


def _risk_rows(extra: list[str], values: list[list[object]]) -> list[list[object]]:
    rows: list[list[object]] = [["Risk", "Owner", "Date Raised", *extra]]
    raised = _days(date(2026, 1, 5), 5)
    for i, title in enumerate(_RISKS):
        rows.append([title, _PEOPLE[i], raised[i], *values[i]])
    return rows


@pytest.mark.parametrize("header", ["Next Review", "Next Review Date", "Next review date"])
def test_a_next_review_date_is_listed_not_the_due_date(tmp_path: Path, header: str) -> None:
    review = _days(date(2026, 4, 1), 5, 7)
    rows = _risk_rows([header], [[d] for d in review])
    table = only(adopt(book(tmp_path / "risks.xlsx", "Risks", rows)))
    assert targets(table)[header] is None
    assert "next reviewed" in (column(table, header).note or "")


def test_a_next_review_beside_the_due_date_leaves_the_due_date(tmp_path: Path) -> None:
    due = _days(date(2026, 5, 1), 5, 7)
    review = _days(date(2026, 4, 1), 5, 7)
    rows = _risk_rows(
        ["Action Due Date", "Next Review"], [[d, r] for d, r in zip(due, review, strict=True)]
    )
    adoption = adopt(book(tmp_path / "risks.xlsx", "Risks", rows))
    table = only(adoption)
    assert targets(table)["Action Due Date"] == "due_date"
    assert targets(table)["Next Review"] is None
    assert field(adoption, "risks", "due_date") == due


def test_a_review_date_alone_is_still_the_due_date(tmp_path: Path) -> None:
    """``Review Date`` / ``Review By`` are dates something must be done by (round 1)."""
    review = _days(date(2026, 4, 1), 5, 7)
    rows = _risk_rows(["Review By"], [[d] for d in review])
    adoption = adopt(book(tmp_path / "risks.xlsx", "Risks", rows))
    assert targets(only(adoption))["Review By"] == "due_date"


# ---------------------------------------------------------------------------------------
# 3. The owner headers of minutes, NCR and site registers: Action By, Action Party
# ---------------------------------------------------------------------------------------


def _issue_rows(heads: list[str], who: list[object]) -> list[list[object]]:
    rows: list[list[object]] = [["NCR No.", "Description", *heads, "Status"]]
    for i, title in enumerate(_RISKS):
        rows.append([f"NCR-{i + 21:04d}", title, *([who[i]] * len(heads)), "Open"])
    return rows


@pytest.mark.parametrize("header", ["Action By", "Actioned By", "Action Party"])
def test_an_action_by_column_of_people_is_the_owner(tmp_path: Path, header: str) -> None:
    adoption = adopt(book(tmp_path / "ncr.xlsx", "Issues", _issue_rows([header], _PEOPLE)))
    table = only(adoption)
    assert targets(table)[header] == "owner"
    assert field(adoption, "issues", "owner") == _PEOPLE


def test_action_by_beside_an_owner_leaves_the_owner_and_is_no_resolution(tmp_path: Path) -> None:
    rows = _issue_rows(["Owner", "Action By"], _PEOPLE)
    adoption = adopt(book(tmp_path / "ncr.xlsx", "Issues", rows))
    table = only(adoption)
    assert targets(table)["Owner"] == "owner"
    # the names are no action text: "Action By" was read as the Resolution before round 16
    assert targets(table)["Action By"] is None


def test_action_by_over_dates_is_no_owner(tmp_path: Path) -> None:
    rows = _issue_rows(["Action By"], _days(date(2026, 3, 2), 5))
    table = only(adopt(book(tmp_path / "ncr.xlsx", "Issues", rows)))
    assert targets(table)["Action By"] != "owner"


# ---------------------------------------------------------------------------------------
# 4. A payment milestone's state
# ---------------------------------------------------------------------------------------


def _milestone_rows(states: list[str]) -> list[list[object]]:
    names = ["Contract signed", "Design approved", "Pilot live", "Rollout done", "Handover"]
    due = _days(date(2026, 2, 2), 5, 30)
    rows: list[list[object]] = [["Milestone No.", "Milestone", "Due date", "Status"]]
    for i, name in enumerate(names):
        rows.append([i + 1, name, due[i], states[i]])
    return rows


def test_payment_states_of_a_milestone_are_read(tmp_path: Path) -> None:
    states = ["Paid", "Invoiced", "Claim submitted", "Not yet due", "Not due"]
    path = book(tmp_path / "grant.xlsx", "Milestones", _milestone_rows(states))
    adoption = adopt(path)
    assert targets(only(adoption))["Status"] == "status"
    expected = ["Complete", "Complete", "In Progress", "Not Started", "Not Started"]
    assert field(adoption, "milestones", "status") == expected


def test_paid_is_no_risk_status(tmp_path: Path) -> None:
    """Only lists holding Complete or Delivered read a payment: a risk "Paid" stays text."""
    from addin.adopt.convert import list_for_column

    read = list_for_column("risk_status", default_standards())
    assert read("Paid").problem is not None
    assert read("Invoiced").problem is not None


# ---------------------------------------------------------------------------------------
# 5. Decisions taken at a meeting: the meeting's date above them
# ---------------------------------------------------------------------------------------

_DECISIONS = ["Approve the pilot", "Defer the data migration", "Extend the contract by 3 months"]


def _minutes(
    label: str, when: object, title: str = "Project Board - Minutes"
) -> list[list[object]]:
    rows: list[list[object]] = [
        [title],
        [label, when],
        [],
        ["Decision No.", "Decision", "Decided by"],
    ]
    for i, text in enumerate(_DECISIONS):
        rows.append([f"DEC-{i + 1:02d}", text, _PEOPLE[i]])
    return rows


@pytest.mark.parametrize(
    ("label", "when"),
    [
        ("Meeting date:", date(2026, 3, 11)),
        ("Date of meeting", "11/03/2026"),
        ("Board date", date(2026, 3, 11)),
        ("Date:", date(2026, 3, 11)),  # a bare date under a minutes title
        ("Meeting held on: 11 March 2026", None),
    ],
)
def test_decisions_take_the_meeting_date(tmp_path: Path, label: str, when: object) -> None:
    adoption = adopt(book(tmp_path / "minutes.xlsx", "Minutes", _minutes(label, when)))
    assert field(adoption, "decisions", "date") == [date(2026, 3, 11)] * 3
    assert any("the meeting's date" in n for n in only(adoption).notes)


def test_a_bare_date_without_minutes_words_is_no_meeting(tmp_path: Path) -> None:
    rows = _minutes("Date:", date(2026, 3, 11), title="Decision Log")
    adoption = adopt(book(tmp_path / "log.xlsx", "Decisions", rows))
    assert field(adoption, "decisions", "date") == [None] * 3


def test_a_date_column_beats_the_meeting_date(tmp_path: Path) -> None:
    rows = _minutes("Meeting date:", date(2026, 3, 11))
    rows[3].append("Date")
    for i, row in enumerate(rows[4:]):
        row.append(date(2026, 2, 1 + i))
    adoption = adopt(book(tmp_path / "minutes.xlsx", "Minutes", rows))
    assert field(adoption, "decisions", "date") == [date(2026, 2, 1 + i) for i in range(3)]


def test_two_meeting_dates_are_not_guessed(tmp_path: Path) -> None:
    rows = _minutes("Meeting date:", date(2026, 3, 11))
    rows[2] = ["Next meeting date:", date(2026, 4, 8)]
    rows.insert(2, ["Board date", date(2026, 3, 12)])
    adoption = adopt(book(tmp_path / "minutes.xlsx", "Minutes", rows))
    assert field(adoption, "decisions", "date") == [None] * 3


def test_a_contact_list_under_a_meeting_date_is_no_register(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Board - Minutes"], ["Meeting date:", date(2026, 3, 11)], []]
    rows.append(["Name", "Role", "Email", "Phone"])
    for i, who in enumerate(_PEOPLE):
        rows.append([who, "Member", f"p{i}@example.org", f"+44 20 7946 09{i:02d}"])
    adoption = adopt(book(tmp_path / "attendees.xlsx", "Attendees", rows))
    assert not adoption.project.items("decisions")
