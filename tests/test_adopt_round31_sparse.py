"""Round 31 of issue 15 (task k52): sparse and early-life workbooks, tuned on a stranger's
batch (``TUNING_21``). Each rule tried on small workbooks written for these tests (none is a
benchmark layout, each habit in two or three forms), with the near-miss it must not fire on:

1. **a budget barely started**: a month axis across (twelve months) with amounts in the
   first month only is still a finance tracker when a word names it one; the empty months
   give no amount (never a zero); empty months beside a Gantt's marks are no axis;
2. **the template's example row** under the header with its marker before a dash
   (``Example - Travel``) or closing the text (``Travel (example)``): no item, no line;
3. **a template's placeholder rows** left among the items (``[Milestone]``, ``<insert
   decision> | <why> | <who>``, ``Risk 4 | TBC``, ``Enter milestone name``): no items; a
   real milestone named ``Milestone 1`` with its date, and a title with brackets inside it,
   are items.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from adopt_sheets import adopt, book, field, finance_by_line

from addin.adopt.placeholders import header_echo, placeholder_text

MONTHS_2026 = [datetime(2026, m, 1) for m in range(1, 13)]


# 1. a budget barely started ---------------------------------------------------------------


def test_a_budget_with_only_its_first_month_filled_is_read(tmp_path: Path) -> None:
    path = book(
        tmp_path / "b.xlsx",
        "Budget",
        [
            ["Harbour crane refit - Budget 2026"],
            [],
            ["Cost line", *MONTHS_2026, "Total"],
            ["Crane survey", 12_000, *[None] * 11, 12_000],
            ["Site cabins", 3_500, *[None] * 11, 3_500],
            ["Other (specify)"],
        ],
    )
    adoption = adopt(path)
    lines = finance_by_line(adoption)
    assert lines[(date(2026, 1, 1), "Crane survey")].budget == 12_000
    assert lines[(date(2026, 1, 1), "Site cabins")].budget == 3_500
    assert len(adoption.project.finance) == 2  # no zero for the months still empty


def test_a_forecast_of_text_months_with_one_month_filled_is_read(tmp_path: Path) -> None:
    months = [f"{m} 2026" for m in ("Apr", "May", "Jun", "Jul", "Aug", "Sep")]
    path = book(
        tmp_path / "f.xlsx",
        "Spend forecast",
        [
            ["Clinic fit-out - spend forecast (EUR)"],
            ["Expense", *months],
            ["Dental chairs", None, 8_400, None, None, None, None],
            ["Sterilisers", None, 2_100, None, None, None, None],
        ],
    )
    lines = finance_by_line(adopt(path))
    assert set(lines) == {(date(2026, 5, 1), "Dental chairs"), (date(2026, 5, 1), "Sterilisers")}
    assert lines[(date(2026, 5, 1), "Sterilisers")].forecast == 2_100


def test_one_filled_month_that_nothing_names_money_is_no_budget(tmp_path: Path) -> None:
    path = book(
        tmp_path / "g.xlsx",
        "Sheet1",
        [
            ["Item", *MONTHS_2026[:6]],
            ["Crew A", 3, None, None, None, None, None],
            ["Crew B", 2, None, None, None, None, None],
        ],
    )
    assert adopt(path).project.finance == []


def test_months_holding_a_gantts_marks_are_no_empty_axis(tmp_path: Path) -> None:
    path = book(
        tmp_path / "h.xlsx",
        "Budget",
        [
            ["Budget 2026"],
            ["Cost line", *MONTHS_2026[:6]],
            ["Piling", 40_000, "X", "X", None, None, None],
            ["Deck", 25_000, None, "X", "X", None, None],
        ],
    )
    # the marks are no empty months still to be filled: one month of amounts is no tracker
    assert adopt(path).project.finance == []


# 2. the template's example row ------------------------------------------------------------


def test_an_example_row_with_a_dash_is_no_line(tmp_path: Path) -> None:
    path = book(
        tmp_path / "t.xlsx",
        "Tracker",
        [
            ["Well drilling - cost tracker"],
            ["Month", "Cost category", "Budget", "Actual"],
            [None, "Example - Travel", 500, 450],
            [datetime(2026, 2, 1), "Drilling rig", 9_000, 8_700],
            [datetime(2026, 2, 1), "Camp", 1_200, 1_150],
            [datetime(2026, 3, 1), "Drilling rig", 9_000, None],
            [datetime(2026, 3, 1), "Camp", 1_200, None],
        ],
    )
    adoption = adopt(path)
    assert (
        sorted(f.cost_line for f in adoption.project.finance)
        == ["Camp", "Camp"] + ["Drilling rig"] * 2
    )
    assert "example" in adoption.report.adopted_tables[0].skipped_rows[0].reason


def test_an_example_row_marked_at_its_end_is_no_risk(tmp_path: Path) -> None:
    path = book(
        tmp_path / "r.xlsx",
        "Risks",
        [
            ["Risk", "Owner", "Impact", "Status"],
            ["Supplier goes out of business (example)", "Name", 4, "Open"],
            ["Quarry access road washed out", "Ana Lima", 3, "Open"],
        ],
    )
    assert field(adopt(path), "risks", "title") == ["Quarry access road washed out"]


def test_an_item_that_merely_opens_with_sample_is_an_item(tmp_path: Path) -> None:
    path = book(
        tmp_path / "m.xlsx",
        "Milestones",
        [
            ["Milestone", "Baseline", "Status"],
            ["Sample testing lab fitted", datetime(2026, 4, 1), "Complete"],
            ["Sample - soil batch 2 received", datetime(2026, 5, 1), "Not Started"],
            ["Well commissioned", datetime(2026, 6, 1), "Not Started"],
        ],
    )
    names = field(adopt(path), "milestones", "milestone")
    assert names[0] == "Sample testing lab fitted"
    assert "Well commissioned" in names


# 3. a template's placeholder rows ---------------------------------------------------------


def test_bracketed_placeholder_milestones_are_no_items(tmp_path: Path) -> None:
    path = book(
        tmp_path / "s.xlsx",
        "Status",
        [
            ["Milestone", "Due", "Status"],
            ["Boreholes drilled", datetime(2026, 4, 6), "Complete"],
            ["Pump house roofed", datetime(2026, 5, 4), None],
            ["[Milestone]", None, None],
            ["<Milestone name>", "<dd/mm/yy>", "Not Started"],
            ["{milestone}", None, None],
        ],
    )
    adoption = adopt(path)
    assert field(adoption, "milestones", "milestone") == ["Boreholes drilled", "Pump house roofed"]
    reasons = [r.reason for r in adoption.report.adopted_tables[0].skipped_rows]
    assert sum("placeholder" in r for r in reasons) == 3


def test_placeholder_decisions_and_numbered_risks_are_no_items(tmp_path: Path) -> None:
    decisions = book(
        tmp_path / "d.xlsx",
        "Decisions",
        [
            ["Decision", "Date", "Made by"],
            ["Kiln sited by the river", datetime(2026, 1, 20), "Board"],
            ["<Insert decision here>", None, "<who>"],
            ["Enter decision", "TBC", None],
            ["Decision 4", "dd/mm/yyyy", "Name"],
        ],
    )
    assert field(adopt(decisions), "decisions", "decision") == ["Kiln sited by the river"]
    risks = book(
        tmp_path / "r.xlsx",
        "Risks",
        [
            ["Risk Description", "Owner", "Status"],
            ["Rock harder than surveyed", "Ana Lima", "Open"],
            ["Permit delayed", "TBC", "Open"],
            ["Risk 3", "TBC", None],
            ["New risk", None, None],
        ],
    )
    assert field(adopt(risks), "risks", "title") == ["Rock harder than surveyed", "Permit delayed"]


def test_real_items_named_like_placeholders_are_kept(tmp_path: Path) -> None:
    path = book(
        tmp_path / "k.xlsx",
        "Milestones",
        [
            ["Milestone", "Baseline", "Status"],
            ["Milestone 1", datetime(2026, 3, 2), "Complete"],
            ["Milestone 2", datetime(2026, 6, 1), "Not Started"],
            ["[Draft] contract signed", datetime(2026, 7, 6), "Not Started"],
        ],
    )
    names = field(adopt(path), "milestones", "milestone")
    assert names == ["Milestone 1", "Milestone 2", "[Draft] contract signed"]


def test_placeholder_words() -> None:
    assert header_echo("Milestone 5", "Milestone")
    assert header_echo("Risk #4", "Risk Description")
    assert header_echo("New risk", "Description")  # the register's item word
    assert not header_echo("Risk workshop held", "Milestone")
    assert not header_echo("Permit delayed", "Risk")
    assert placeholder_text("<who>", "Owner")
    assert placeholder_text("Add risk description", "Risk")
    assert not placeholder_text("Add a second kiln", "Decision")
    assert not placeholder_text("[Draft] contract signed", "Milestone")


def test_an_example_row_below_the_items_is_no_item(tmp_path: Path) -> None:
    path = book(
        tmp_path / "x.xlsx",
        "Risks",
        [
            ["Risk ID", "Risk", "Owner", "Probability", "Impact", "Status"],
            ["R1", "Quarry road washes out", "Ana Lima", 3, 4, "Open"],
            ["R2", "Permit slips", "Ben Ode", 2, 3, "Open"],
            ["R3", "e.g. Supplier goes out of business", "Name", 3, 4, "Open"],
            ["R4", "Example - crane unavailable", "Name", 2, 2, "Open"],
        ],
    )
    adoption = adopt(path)
    assert field(adoption, "risks", "title") == ["Quarry road washes out", "Permit slips"]
    # near-miss: a real title that names an example without a marker is an item
    path = book(
        tmp_path / "y.xlsx",
        "Risks",
        [
            ["Risk ID", "Risk", "Owner", "Status"],
            ["R1", "Example Street depot lease ends", "Ana Lima", "Open"],
            ["R2", "Permit slips", "Ben Ode", "Open"],
        ],
    )
    assert len(field(adopt(path), "risks", "title")) == 2


# 4. a list cell nobody has filled yet -----------------------------------------------------


def test_a_status_or_priority_still_to_come_is_left_empty_not_a_finding(tmp_path: Path) -> None:
    path = book(
        tmp_path / "i.xlsx",
        "Issues",
        [
            ["Issue ID", "Issue", "Owner", "Priority", "Status"],
            ["I-001", "Membranes held at customs", "Ana Lima", "TBC", "Open"],
            ["I-002", "Grid point not confirmed", "Ben Ode", "High", "-"],
            ["I-003", "Site cabin not delivered", "Ben Ode", "?", "TBD"],
        ],
    )
    adoption = adopt(path)
    assert field(adoption, "issues", "status") == ["Open", None, None]
    table = adoption.report.adopted_tables[0]
    assert table.unconverted == []
    assert any("says no value yet" in n for n in table.notes)
    # near-miss: a word that is no list value is still listed for a person to read
    path = book(
        tmp_path / "j.xlsx",
        "Issues",
        [
            ["Issue ID", "Issue", "Owner", "Status"],
            ["I-001", "Membranes held at customs", "Ana Lima", "Parked with legal"],
            ["I-002", "Grid point not confirmed", "Ben Ode", "Open"],
        ],
    )
    assert [u.value for u in adopt(path).report.adopted_tables[0].unconverted] == [
        "Parked with legal"
    ]


# 5. a short tracker's only label column ---------------------------------------------------


def test_a_short_trackers_category_of_lines_is_its_cost_line(tmp_path: Path) -> None:
    for n, rows in enumerate(
        (
            [
                [datetime(2026, 2, 1), "Drilling rig", 9_000, 8_700],
                [datetime(2026, 3, 1), "Drilling rig", 9_000, None],
            ],
            [
                [datetime(2026, 2, 1), "Drilling rig", 9_000, 8_700],
                [datetime(2026, 3, 1), "Drilling rig", 9_000, None],
                [datetime(2026, 3, 1), "Camp", 900, None],
            ],
        )
    ):
        path = book(
            tmp_path / f"c{n}.xlsx",
            "Tracker",
            [
                ["Well drilling - cost tracker"],
                ["Month", "Cost category", "Budget", "Actual"],
                *rows,
            ],
        )
        lines = finance_by_line(adopt(path))
        assert lines[(date(2026, 2, 1), "Drilling rig")].budget == 9_000
        assert lines[(date(2026, 2, 1), "Drilling rig")].actual == 8_700


def test_near_miss_a_category_of_standard_categories_stays_the_category(tmp_path: Path) -> None:
    path = book(
        tmp_path / "k.xlsx",
        "Tracker",
        [
            ["Month", "Cost category", "Budget"],
            [datetime(2026, 2, 1), "Labour", 9_000],
            [datetime(2026, 3, 1), "Travel", 500],
        ],
    )
    adoption = adopt(path)
    assert [(f.category, f.cost_line) for f in adoption.project.finance] == [
        ("Labour", None),
        ("Travel", None),
    ]


# 6. dates not yet known to the day --------------------------------------------------------


def test_a_baseline_column_of_quarters_and_months_without_a_year_is_kept(tmp_path: Path) -> None:
    path = book(
        tmp_path / "q.xlsx",
        "Milestones",
        [
            ["Milestone", "Baseline", "Owner"],
            ["Site survey", datetime(2026, 3, 2), "Ana Lima"],
            ["Design freeze", "Q3", "Ben Ode"],
            ["Planning consent", "Sept", "Ana Lima"],
            ["Handover", "mid June", "Ben Ode"],
        ],
    )
    adoption = adopt(path)
    # the one date written is read; the periods with no year are listed, never guessed
    assert field(adoption, "milestones", "baseline_date") == [date(2026, 3, 2), None, None, None]
    unread = {u.value for u in adoption.report.adopted_tables[0].unconverted}
    assert unread == {"Q3", "Sept", "mid June"}


def test_near_miss_a_column_of_phase_names_is_no_date(tmp_path: Path) -> None:
    path = book(
        tmp_path / "p.xlsx",
        "Milestones",
        [
            ["Milestone", "Stage", "Baseline"],
            ["Site survey", "Design", datetime(2026, 3, 2)],
            ["Design freeze", "Design", datetime(2026, 5, 4)],
            ["Piling done", "Build", datetime(2026, 8, 3)],
        ],
    )
    adoption = adopt(path)
    assert field(adoption, "milestones", "baseline_date") == [
        date(2026, 3, 2),
        date(2026, 5, 4),
        date(2026, 8, 3),
    ]
