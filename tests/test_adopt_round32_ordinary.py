"""Round 32 (task k56): tuning on a stranger's batch of ordinary English workbooks
(``TUNING_23``). Its one miss adoption could mend was a tracker's: month labels typed once,
at the left of their pair, nothing merged (``Jul 2026`` over ``Budget | Actual``), so every
``Actual`` column was read under no month and lost. Each habit is read here with variants no
batch holds (other words, other positions, other forms) and a near-miss that must not fire:

1. **a group label typed once over its run, nothing merged** (a month over ``Budget |
   Actual``, ``Plan | Actual | Forecast``, ``Budget | Spend``; a month's date cell over its
   pair; ``Budget`` over three months, then ``Actual`` over the same three) covers its whole
   run, as a merge or "centre across selection" shows it; the line label typed on the upper
   row beside the months (``Cost line`` over an empty cell) heads its column. A header whose
   lone upper labels stand over different fields (``Risk`` over ``ID``, ``Due`` over
   ``Date``) and a title standing alone over a register's edge are no such groups;
2. **what the report says of such a tracker's columns**: an empty measure under a text month
   is a month still to come, a ``Total`` pair, ``Full Year`` and ``Annual`` are totals;
3. **a RAG panel that writes its word first** (``RAG - Overall``, ``RAG: Schedule``,
   ``Status - Budget``) and ``Financial status`` name the project's RAGs; ``RAG legend``
   names none;
4. **a task tool's folder or named list** (Wrike's ``Folders``, ClickUp's ``List Name``)
   holding one register's name on every row says the register, as Productive's ``Task
   list`` did; folders of work areas (``Design``, ``Build``) name none.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from adopt_sheets import adopt, book, finance_by_line, only, targets

# ---------------------------------------------------------------------------------------
# 1. group labels typed once over their run
# ---------------------------------------------------------------------------------------


def test_text_months_typed_once_over_budget_actual_pairs_read_every_actual(
    tmp_path: Path,
) -> None:
    """The batch's shape in other words: ``Apr 2026`` typed over the left cell of each
    ``Budget | Actual`` pair, the line label on the lower row; the last pair's actual too."""
    path = book(
        tmp_path / "pairs.xlsx",
        "Tracker",
        [
            ["Harbour wall repairs - Budget vs Actual (GBP)"],
            [],
            [None, "Apr 2026", None, "May 2026", None, "Jun 2026", None],
            ["Cost line", "Budget", "Actual", "Budget", "Actual", "Budget", "Actual"],
            ["Stone", 1000, 1100, 2000, 1900, 3000, 2950],
            ["Crane hire", 400, 380, 500, 520, 600, None],
            ["Fees", 250, 250, 250, None, 250, None],
        ],
    )
    adoption = adopt(path)
    table = only(adoption)
    assert table.register == "finance"
    got = finance_by_line(adoption)
    assert len(got) == 9
    assert got[(date(2026, 4, 1), "Stone")].actual == 1100
    assert got[(date(2026, 5, 1), "Crane hire")].actual == 520
    assert got[(date(2026, 6, 1), "Stone")].actual == 2950  # the last run, to the edge
    assert got[(date(2026, 6, 1), "Stone")].budget == 3000
    assert got[(date(2026, 6, 1), "Fees")].actual is None
    # the table's notes say which columns took a label typed once over their run
    assert any(
        n.startswith("columns C, E, G read under the group label typed once") for n in table.notes
    )
    # an empty actual is a month still to come, said so
    notes = {c.header: c.note for c in table.columns if c.target is None}
    assert notes == {}  # every month's actual column holds an amount somewhere


def test_a_months_date_typed_once_over_its_pair_is_read(tmp_path: Path) -> None:
    """Month dates (not text) typed in the first cell of each pair, nothing merged: before,
    no table was adopted at all (a date is no label)."""
    path = book(
        tmp_path / "dates.xlsx",
        "Costs",
        [
            ["Depot fit-out - monthly costs"],
            [],
            [None, date(2026, 1, 1), None, date(2026, 2, 1), None, date(2026, 3, 1), None],
            ["Cost Item", "Budget", "Actual", "Budget", "Actual", "Budget", "Actual"],
            ["Racking", 5000, 5200, 4000, None, 3000, None],
            ["Forklift lease", 900, 900, 900, None, 900, None],
            ["Signage", 300, 280, 0, None, 150, None],
        ],
    )
    adoption = adopt(path)
    table = only(adoption)
    assert table.register == "finance"
    got = finance_by_line(adoption)
    assert len(got) == 9
    assert got[(date(2026, 1, 1), "Racking")].actual == 5200
    assert got[(date(2026, 3, 1), "Forklift lease")].budget == 900
    notes = {c.header: c.note for c in table.columns if c.target is None}
    assert set(notes.values()) == {"a month column with no amounts in it"}


def test_plan_actual_forecast_triples_with_the_line_label_on_the_upper_row(
    tmp_path: Path,
) -> None:
    """Three measures under each ``Jan-26`` typed once, and the line label typed on the
    months' row with nothing under it: the label heads its column (before: ``(no header)``)."""
    path = book(
        tmp_path / "triples.xlsx",
        "Forecast",
        [
            ["Cost line", "Jan-26", None, None, "Feb-26", None, None, "Mar-26", None, None],
            [None, *["Plan", "Actual", "Forecast"] * 3],
            ["Labour", 100, 90, 95, 200, 210, 200, 300, None, 310],
            ["Materials", 50, 55, 50, 60, None, 65, 70, None, 75],
        ],
    )
    adoption = adopt(path)
    table = only(adoption)
    assert targets(table)["Cost line"] == "cost_line"
    got = finance_by_line(adoption)
    assert len(got) == 6
    assert (
        got[(date(2026, 1, 1), "Labour")].actual,
        got[(date(2026, 1, 1), "Labour")].forecast,
    ) == (
        90,
        95,
    )
    assert got[(date(2026, 2, 1), "Labour")].actual == 210
    assert got[(date(2026, 3, 1), "Materials")].forecast == 75
    assert targets(table)["Mar-26 Actual"] is None  # no amount yet
    assert {c.note for c in table.columns if c.header == "Mar-26 Actual"} == {
        "a month column with no amounts in it"
    }


def test_measures_typed_once_over_their_months(tmp_path: Path) -> None:
    """The other way round: ``Budget`` over three months, ``Actual`` over the same three,
    each typed once; an empty month under ``Actual`` is a month to come."""
    path = book(
        tmp_path / "blocks.xlsx",
        "Q1",
        [
            ["Project costs 2026 (EUR)"],
            [None, "Budget", None, None, "Actual", None, None],
            ["Cost line", "Jan-26", "Feb-26", "Mar-26", "Jan-26", "Feb-26", "Mar-26"],
            ["Labour", 100, 200, 300, 90, 210, None],
            ["Licences", 50, 60, 70, 55, None, None],
        ],
    )
    adoption = adopt(path)
    table = only(adoption)
    got = finance_by_line(adoption)
    assert got[(date(2026, 2, 1), "Labour")].budget == 200
    assert got[(date(2026, 2, 1), "Labour")].actual == 210
    assert got[(date(2026, 3, 1), "Licences")].actual is None
    assert {c.note for c in table.columns if c.header == "Actual Mar-26"} == {
        "a month column with no amounts in it"
    }


def test_a_risk_registers_before_and_after_typed_once_over_their_ratings(
    tmp_path: Path,
) -> None:
    """The same habit in a register: ``Before mitigation`` and ``After mitigation`` typed
    once over ``Likelihood | Impact`` each, an ``Owner`` after the last run with no group of
    its own. Before, the second ``Impact`` of each run stood under no group and the
    residual impact was lost."""
    path = book(
        tmp_path / "ratings.xlsx",
        "Risks",
        [
            ["Risk register"],
            [],
            [None, None, "Before mitigation", None, "After mitigation", None, None],
            ["Ref", "Risk", "Likelihood", "Impact", "Likelihood", "Impact", "Owner"],
            ["R1", "Supplier late", 4, 5, 2, 3, "Ann Lee"],
            ["R2", "Budget cut", 3, 4, 2, 2, "Bob Ray"],
            ["R3", "Staff leave", 2, 3, 1, 2, "Cy Tan"],
        ],
    )
    adoption = adopt(path)
    table = only(adoption)
    assert targets(table) == {
        "Ref": "id",
        "Risk": "title",
        "Before mitigation Likelihood": "probability",
        "Before mitigation Impact": "impact",
        "After mitigation Likelihood": "residual_probability",
        "After mitigation Impact": "residual_impact",
        "Owner": "owner",
    }
    risks = adoption.project.items("risks")
    assert [(r.impact, r.residual_impact) for r in risks] == [(5, 3), (4, 2), (3, 2)]
    assert [r.owner for r in risks] == ["Ann Lee", "Bob Ray", "Cy Tan"]


def test_a_total_pair_and_year_columns_are_said_to_be_totals(tmp_path: Path) -> None:
    path = book(
        tmp_path / "total.xlsx",
        "Tracker",
        [
            ["Kilns - Budget vs Actual (GBP)"],
            [],
            [None, "Jul 2026", None, "Aug 2026", None, "Total", None],
            ["Cost line", "Budget", "Actual", "Budget", "Actual", "Budget", "Actual"],
            ["Masonry", 100, 90, 200, None, 300, 90],
            ["Fees", 50, 45, 60, None, 110, 45],
        ],
    )
    adoption = adopt(path)
    table = only(adoption)
    got = finance_by_line(adoption)
    assert len(got) == 4  # the Total pair is no month
    assert got[(date(2026, 7, 1), "Fees")].actual == 45
    notes = {c.header: c.note for c in table.columns if c.target is None}
    assert notes["Total Budget"].startswith("a total")
    assert notes["Total Actual"].startswith("a total")
    assert notes["Aug 2026 Actual"] == "a month column with no amounts in it"


@pytest.mark.parametrize("label", ["Full Year", "Annual", "FY Total"])
def test_a_budgets_year_column_is_said_to_be_a_total(tmp_path: Path, label: str) -> None:
    path = book(
        tmp_path / "fy.xlsx",
        "Budget",
        [
            ["Approved Budget FY 2026/27"],
            [],
            ["Cost line", "Jul-26", "Aug-26", "Sep-26", label],
            ["Staff", 100, 200, 300, 600],
            ["Marketing", 10, 20, 30, 60],
            ["Cases", 5, 5, 5, 15],
        ],
    )
    adoption = adopt(path)
    table = only(adoption)
    assert len(finance_by_line(adoption)) == 9
    (note,) = [c.note for c in table.columns if c.header == label]
    assert note.startswith("a total")


def test_near_miss_lone_upper_labels_over_different_fields_stay_one_phrase(
    tmp_path: Path,
) -> None:
    """``Risk`` over ``ID`` and ``Due`` over ``Date``: two labels each over a run, but the
    runs hold different fields, so they are no groups of one run: each column reads its own
    two rows as before (``Risk ID``, ``Due Date``), and ``Title`` takes no ``Risk`` group."""
    path = book(
        tmp_path / "phrase.xlsx",
        "Risks",
        [
            ["Risk", None, "Due", None, None],
            ["ID", "Title", "Date", "Owner", "Status"],
            ["R1", "Supplier late", "01/03/2026", "Ann Lee", "Open"],
            ["R2", "Budget cut", "05/03/2026", "Bob Ray", "Closed"],
            ["R3", "Staff leave", "09/03/2026", "Cy Tan", "Open"],
        ],
    )
    table = only(adopt(path))
    assert targets(table) == {
        "Risk ID": "id",
        "Title": "title",
        "Due Date": "due_date",
        "Owner": "owner",
        "Status": "status",
    }


def test_near_miss_a_title_alone_over_the_tables_edge_heads_no_column(tmp_path: Path) -> None:
    """A title typed over the row-number column, beside nothing on its row, is no label of
    that column (the upper row's group is merged further right)."""
    path = book(
        tmp_path / "title.xlsx",
        "Risks",
        [
            ["Risk log", None, "Assessment", None],
            [None, "Risk", "Likelihood", "Impact", "Owner"],
            [1, "Supplier late", "High", "Low", "Ann Lee"],
            [2, "Budget cut", "Low", "High", "Bob Ray"],
            [3, "Staff leave", "Medium", "Medium", "Cy Tan"],
        ],
        ("C1:D1",),
    )
    table = only(adopt(path))
    assert "Risk log" not in targets(table)
    assert targets(table)["Assessment Likelihood"] == "probability"


def test_near_miss_one_date_above_a_header_is_no_group_row(tmp_path: Path) -> None:
    """A report date typed alone above an issue log's header is a value, not a month over
    the columns (two dates or more, evenly apart, make a group row)."""
    path = book(
        tmp_path / "one_date.xlsx",
        "Issues",
        [
            [None, date(2026, 3, 31)],
            ["Ref", "Issue", "Owner", "Status"],
            ["I-001", "Hall roof leaks", "Ann Lee", "Open"],
            ["I-002", "Boiler condemned", "Bob Ray", "Closed"],
            ["I-003", "Car park flooded", "Cy Tan", "Open"],
        ],
    )
    table = only(adopt(path))
    assert targets(table) == {"Ref": "id", "Issue": "title", "Owner": "owner", "Status": "status"}


# ---------------------------------------------------------------------------------------
# 3. a RAG panel that writes its word first
# ---------------------------------------------------------------------------------------


def _status_report(tmp_path: Path, panel: list[list[object]]) -> Path:
    return book(
        tmp_path / "report.xlsx",
        "Report",
        [
            ["Monthly Project Status Report"],
            [],
            ["Project:", "Market Hall Refit"],
            ["PM:", "Tan Wei"],
            ["Period ending:", date(2026, 3, 20)],
            [],
            *panel,
            [],
            ["Milestone", "Target", "Forecast", "Status"],
            ["Drains relaid", date(2026, 1, 5), date(2026, 1, 5), "Complete"],
            ["Tiles laid", date(2026, 2, 5), date(2026, 2, 25), "Complete"],
            ["Reopening", date(2026, 5, 5), date(2026, 5, 25), "At Risk"],
        ],
    )


@pytest.mark.parametrize(
    "labels",
    [
        ("RAG - Overall", "RAG - Schedule", "RAG - Budget"),
        ("RAG Overall", "RAG Schedule", "RAG Cost"),
        ("Status - Overall", "Status - Schedule", "Financial status"),
        ("Overall RAG", "Schedule RAG", "Finance status"),
    ],
)
def test_a_rag_panel_names_its_rags_whichever_word_comes_first(
    tmp_path: Path, labels: tuple[str, str, str]
) -> None:
    panel = [
        [label, colour] for label, colour in zip(labels, ["Amber", "Red", "Green"], strict=True)
    ]
    header = adopt(_status_report(tmp_path, panel)).project.header
    assert (header.overall_rag, header.schedule_rag, header.cost_rag) == ("Amber", "Red", "Green")
    assert header.report_date == date(2026, 3, 20)


def test_near_miss_a_rag_legend_names_no_rag(tmp_path: Path) -> None:
    panel: list[list[object]] = [["RAG legend", "Green"], ["Status - Draft", "Amber"]]
    header = adopt(_status_report(tmp_path, panel)).project.header
    assert (header.overall_rag, header.schedule_rag, header.cost_rag) == (None, None, None)


# ---------------------------------------------------------------------------------------
# 4. a task tool's folder or named list says the register
# ---------------------------------------------------------------------------------------


def test_a_wrike_export_whose_folder_is_issues_is_an_issue_log(tmp_path: Path) -> None:
    path = book(
        tmp_path / "wrike.xlsx",
        "Export",
        [
            ["ID", "Title", "Folders", "Assignee", "Status", "Created date", "Due date"],
            ["4G7YTR", "Sewing machine motor burnt out", "Issues", "Mere Tane", "Active",
             "12/01/2026", "22/01/2026"],
            ["4G7YTS", "Plotter licence expired", "Issues", "Sam Iti", "Completed",
             "14/01/2026", "24/01/2026"],
            ["4G7YTT", "Courier lost the order", "Issues", "Kate Brennan", "Active",
             "15/01/2026", "04/02/2026"],
        ],
    )  # fmt: skip
    adoption = adopt(path)
    table = only(adoption)
    assert table.register == "issues"
    assert targets(table)["Assignee"] == "owner"
    assert targets(table)["Created date"] == "raised_date"
    (first, *_) = adoption.project.items("issues")
    assert (first.title, first.owner, first.raised_date) == (
        "Sewing machine motor burnt out",
        "Mere Tane",
        date(2026, 1, 12),
    )


def test_a_clickup_export_whose_list_name_is_risks_is_a_risk_register(tmp_path: Path) -> None:
    path = book(
        tmp_path / "clickup.xlsx",
        "Tasks",
        [
            ["Task Name", "List Name", "Assignee", "Workflow status", "Date Created", "Due Date"],
            ["Storm damage to the loft roof", "Risks", "Josh Hollis", "Open", "2026-02-02",
             "2026-03-02"],
            ["Sailcloth price rise", "Risks", "Sam Iti", "Open", "2026-02-03", "2026-03-10"],
            ["Cutter retires early", "Risks", "Mere Tane", "Closed", "2026-02-04",
             "2026-04-01"],
        ],
    )  # fmt: skip
    adoption = adopt(path)
    assert only(adoption).register == "risks"
    assert [r.owner for r in adoption.project.items("risks")] == [
        "Josh Hollis",
        "Sam Iti",
        "Mere Tane",
    ]


def test_near_miss_folders_of_work_areas_name_no_register(tmp_path: Path) -> None:
    path = book(
        tmp_path / "areas.xlsx",
        "Export",
        [
            ["ID", "Title", "Folders", "Assignee", "Status", "Created date", "Due date"],
            ["4G7YTR", "Draw the sail plan", "Design", "Mere Tane", "Active", "12/01/2026",
             "22/01/2026"],
            ["4G7YTS", "Cut the panels", "Build", "Sam Iti", "Completed", "14/01/2026",
             "24/01/2026"],
            ["4G7YTT", "Fit the battens", "Build", "Kate Brennan", "Active", "15/01/2026",
             "04/02/2026"],
        ],
    )  # fmt: skip
    adoption = adopt(path)
    assert adoption.report.adopted_tables == []
