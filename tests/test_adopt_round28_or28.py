"""Round 28 of issue 15 (task or28): exports of task tools nobody named, and template habits.
Each mechanism tried on small workbooks written for these tests (none is a benchmark
layout), with a near-miss that must not fire:

1. **a task export's shape** (a title, an assignee and three more of a task tool's field
   kinds, one of them its lists, tags or created / completed stamps) is a task tool's
   export even when no list holds the tool: on a sheet the tool names for its records
   (``Actions``, ``Tasks``), its file's name is weighed as its title. Not a hand-built
   ``Actions`` log (no such shape), which stays an action log;
2. **its lists or tags name the register** when every row's list (``Snagging issues``) or
   tag (``Risk``) names one and the same; lists naming none (``Design``) or a tag on some
   rows only name nothing, and a project plan with no register words is no register;
3. **``Blockers``** names the issues in a sheet name, with a column tracking an issue; a
   ``Blocker`` priority value or field names nothing;
4. **the budget's line headed with the standard's own name** (``Cost Line``) beats a
   ``Description`` (round 27's rule compared the header's case);
5. **a drop-down's placeholder** (``Select...``, ``Please select``) is a cell nobody
   filled: the column still reads as the status, the cell as empty; ``Selected`` is a value.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from adopt_sheets import adopt, book, field, finance_by_line, only, targets

from addin.adopt.convert import is_dropdown_placeholder
from addin.adopt.task_exports import task_shape

PEOPLE = ["Aroha Ngata", "Liam Fraser", "Priya Shah", "Ole Hansen", "Mei Lin"]


def _tool_rows(
    head: list[str], lists: list[str], tags: list[str], titles: list[str]
) -> list[list[object]]:
    """A task tool's export: Title | List | Assignee | Status | Due | Tags | Created."""
    rows: list[list[object]] = [head]
    for n, title in enumerate(titles):
        rows.append(
            [
                f"#{310 + n}",
                title,
                lists[n % len(lists)],
                PEOPLE[n % len(PEOPLE)],
                ["To do", "In progress", "To do"][n % 3],
                f"2026-05-{11 + n:02d}",
                tags[n % len(tags)],
                f"2026-04-{2 + n:02d}",
            ]
        )
    return rows


_HEAD = ["ID", "Card name", "List", "Assigned to", "Status", "Due date", "Labels", "Created on"]
_TITLES = [
    "Kitchen extract duct clashes with the beam",
    "Wrong tiles delivered to the changing rooms",
    "Pool hall dehumidifier trips on start-up",
    "Signage contractor has no site induction",
    "Disabled lift awaiting its certificate",
]


# --- 1. the general shape, and the file's name -------------------------------------------


def test_the_shape_of_a_task_export_and_not_of_a_hand_built_log() -> None:
    assert task_shape(dict(enumerate(_HEAD)))
    # a hand-built risk register has no lists, tags or stamps
    assert not task_shape(dict(enumerate(["Risk", "Owner", "Status", "Due date", "Priority"])))
    # a plan: a task and its resource, start and finish, nothing of a tool's bookkeeping
    assert not task_shape(dict(enumerate(["Task", "Resource", "Start", "Finish", "Status"])))


def test_a_tool_nobody_listed_on_its_actions_sheet_takes_its_file_name(tmp_path: Path) -> None:
    rows = _tool_rows(_HEAD, ["Backlog", "This week"], ["pool", "fit-out"], _TITLES)
    adoption = adopt(book(tmp_path / "Aquatic centre - issue log.xlsx", "Actions", rows))
    table = only(adoption)
    assert table.register == "issues"
    assert "a task tool's export" in table.reason and "file's name" in table.reason
    assert targets(table)["Card name"] == "title"
    assert targets(table)["Assigned to"] == "owner"
    assert field(adoption, "issues", "title")[0] == _TITLES[0]
    assert field(adoption, "issues", "due_date")[0] == date(2026, 5, 11)


def test_a_hand_built_actions_sheet_stays_an_action_log(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Action", "Owner", "Due", "Status"]]
    rows += [[t, PEOPLE[n], date(2026, 5, 11 + n), "Open"] for n, t in enumerate(_TITLES)]
    adoption = adopt(book(tmp_path / "Aquatic centre - issue log.xlsx", "Actions", rows))
    assert adoption.report.adopted_tables == []
    assert "action log" in adoption.report.tables[0].reason


def test_the_same_export_in_a_file_named_for_no_register_is_not_adopted(
    tmp_path: Path,
) -> None:
    rows = _tool_rows(_HEAD, ["Backlog", "This week"], ["pool", "fit-out"], _TITLES)
    adoption = adopt(book(tmp_path / "Aquatic centre.xlsx", "Actions", rows))
    assert adoption.report.adopted_tables == []


# --- 2. the lists or the tags name the register ------------------------------------------


def test_every_row_in_a_list_of_issues_names_the_register(tmp_path: Path) -> None:
    rows = _tool_rows(_HEAD, ["Snagging issues"], ["pool", "fit-out"], _TITLES)
    adoption = adopt(book(tmp_path / "board_export.xlsx", "Sheet1", rows))
    table = only(adoption)
    assert table.register == "issues"
    assert "'List' says so on every row" in table.reason
    assert len(field(adoption, "issues", "title")) == len(_TITLES)


def test_every_row_tagged_risk_names_the_register(tmp_path: Path) -> None:
    risks = [
        "Steel price rise before the frame order",
        "Bat roost found in the old pavilion",
        "Groundworks hit the old culvert",
        "Main contractor's site manager leaves",
        "Pool tank fails its water test",
    ]
    rows = _tool_rows(_HEAD, ["Backlog", "Watching"], ["Risk"], risks)
    adoption = adopt(book(tmp_path / "board_export.xlsx", "Sheet1", rows))
    table = only(adoption)
    assert table.register == "risks"
    assert field(adoption, "risks", "title")[1] == risks[1]


def test_lists_naming_nothing_or_some_rows_tagged_name_no_register(tmp_path: Path) -> None:
    # a project's task list: its lists are work stages, its tags are trades
    plan = _tool_rows(_HEAD, ["Design", "Site works"], ["pool", "fit-out"], _TITLES)
    assert adopt(book(tmp_path / "board_export.xlsx", "Sheet1", plan)).report.adopted_tables == []
    # an issue tag on some tasks only labels them; the board is no issue log
    some = _tool_rows(_HEAD, ["Design", "Site works"], ["issue", "fit-out", "pool"], _TITLES)
    assert adopt(book(tmp_path / "board_2.xlsx", "Sheet1", some)).report.adopted_tables == []


# --- 3. Blockers -------------------------------------------------------------------------


def test_a_blockers_sheet_is_the_issues(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Id", "Title", "Current State", "Deadline", "Owned By"]]
    rows += [
        [4_811_020 + n, t, ["unstarted", "started"][n % 2], f"May {11 + n}, 2026", PEOPLE[n]]
        for n, t in enumerate(_TITLES)
    ]
    adoption = adopt(book(tmp_path / "tracker_export.xlsx", "Blockers", rows))
    table = only(adoption)
    assert table.register == "issues"
    assert field(adoption, "issues", "status")[:2] == ["Open", "In Progress"]


def test_a_blocker_priority_names_no_register(tmp_path: Path) -> None:
    # a list of things to buy whose priority says Blocker: no register's word names it
    rows: list[list[object]] = [["Item", "Supplier", "Priority", "Quantity"]]
    rows += [[t, "Acme", "Blocker", n + 1] for n, t in enumerate(_TITLES)]
    adoption = adopt(book(tmp_path / "purchases.xlsx", "Orders", rows))
    assert adoption.report.adopted_tables == []


# --- 4. the budget's line under its standard name ----------------------------------------


def _spend_rows(line_head: str) -> list[list[object]]:
    rows: list[list[object]] = [["Date", "Supplier", "Description", line_head, "Amount"]]
    for n, (month, line, amount) in enumerate(
        [(1, "Design fees", 4200), (1, "Construction", 18000), (2, "Design fees", 3100)]
    ):
        rows.append([date(2026, month, 5 + n), "Arup", f"Invoice {n} - stage {n}", line, amount])
    return rows


def test_a_cost_line_column_beats_the_description(tmp_path: Path) -> None:
    adoption = adopt(book(tmp_path / "spend.xlsx", "Actuals", _spend_rows("Cost Line")))
    table = only(adoption)
    assert targets(table)["Cost Line"] == "cost_line"
    assert targets(table)["Description"] != "cost_line"
    lines = finance_by_line(adoption)
    assert lines[(date(2026, 1, 1), "Construction")].actual == 18000


def test_a_description_with_no_line_column_stays_the_line(tmp_path: Path) -> None:
    rows = [[r[0], r[1], r[2], r[4]] for r in _spend_rows("x")]
    adoption = adopt(book(tmp_path / "spend.xlsx", "Actuals", rows))
    assert targets(only(adoption))["Description"] == "cost_line"


# --- 5. a drop-down's placeholder --------------------------------------------------------


def test_placeholder_words() -> None:
    for text in ("Select...", "Please select", "-- Select --", "Choose an item.", "<Select>"):
        assert is_dropdown_placeholder(text), text
    for text in ("Selected", "Select committee approves", "Closed", "Choose supplier by May"):
        assert not is_dropdown_placeholder(text), text


def test_a_status_left_at_select_on_most_rows_is_still_the_status(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Ref", "Risk", "Owner", "Status (select from list)"]]
    statuses = ["Select...", "Closed", "Select...", "Select...", "Please select"]
    rows += [[f"R{n + 1}", t, PEOPLE[n], statuses[n]] for n, t in enumerate(_TITLES)]
    adoption = adopt(book(tmp_path / "register.xlsx", "Risk Register", rows))
    table = only(adoption)
    assert targets(table)["Status (select from list)"] == "status"
    got = field(adoption, "risks", "status")
    assert got[1] == "Closed"
    assert "Select..." not in got and "Please select" not in got


def test_a_status_selected_is_read_as_a_value(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Ref", "Issue", "Owner", "Status"]]
    statuses = ["Selected", "Open", "Closed", "Selected", "Open"]
    rows += [[f"I{n + 1}", t, PEOPLE[n], statuses[n]] for n, t in enumerate(_TITLES)]
    adoption = adopt(book(tmp_path / "issues.xlsx", "Issue Log", rows))
    assert field(adoption, "issues", "status")[0] == "Open"  # a backlog's Selected (aliases)
