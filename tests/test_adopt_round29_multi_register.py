"""Round 29 (task mt29): workbooks that hold several registers and trackers (docs/adopt.md,
"Round 29: workbooks that hold several registers and trackers"). Each rule on a small
workbook of its own (no copy of a batch layout) and a near-miss where it must not fire."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from addin.adopt.register_names import abbreviated_register
from tests.adopt_sheets import adopt, books, field

GENERIC = ["Ref", "Description", "Owner", "Due", "Status"]


def _generic(prefix: str, titles: list[str]) -> list[list[object]]:
    rows: list[list[object]] = [GENERIC]
    people = ["Ana Silva", "Ben Ode", "Cara Lund"]
    for n, title in enumerate(titles, start=1):
        rows.append([f"{prefix}-{n:03d}", title, people[n % 3], date(2026, 3, 10 + n), "Open"])
    return rows


# -- a short form of a register's name in the item codes says the register ----------------


def test_codes_in_a_short_form_of_a_register_name_say_the_register(tmp_path: Path) -> None:
    path = books(
        tmp_path / "log.xlsx",
        {
            "Sheet1": _generic("RSK", ["Steel price rise", "Permit refused", "Crane failure"]),
            "Sheet2": _generic("ISS", ["Pump leaks", "Road closed", "Office flooded"]),
        },
    )
    adoption = adopt(path)
    tables = {t.sheet: t for t in adoption.report.tables}
    assert tables["Sheet1"].register == "risks"
    assert "its IDs are numbered 'RSK'" in tables["Sheet1"].reason
    assert tables["Sheet2"].register == "issues"
    assert field(adoption, "risks", "title") == [
        "Steel price rise",
        "Permit refused",
        "Crane failure",
    ]
    assert field(adoption, "issues", "owner") == ["Ben Ode", "Cara Lund", "Ana Silva"]
    assert field(adoption, "issues", "due_date")[0] == date(2026, 3, 11)


def test_near_miss_codes_of_a_word_no_register_is_named_by_say_nothing(
    tmp_path: Path,
) -> None:
    # `DES-001` (design items) and `DEV-` (development) are no decisions nor deviations
    path = books(
        tmp_path / "log.xlsx",
        {"Sheet1": _generic("DES", ["Facade option", "Stair core", "Roof plant"])},
    )
    adoption = adopt(path)
    assert not adoption.report.adopted_tables
    assert abbreviated_register("DES") is None
    assert abbreviated_register("DEV") is None
    assert abbreviated_register("ACT") is None  # an action, never an assumption
    assert abbreviated_register("DEC") == "decisions"
    assert abbreviated_register("ASM") == "assumptions"
    assert abbreviated_register("MST") == "milestones"


# -- a change or action log keyed by its own codes is no issue log --------------------------


def _log(first: str, prefix: str) -> list[list[object]]:
    rows: list[list[object]] = [[first, "Description", "Raised by", "Priority", "Impact", "Status"]]
    for n, title in enumerate(["Add a lift", "Change cladding", "Extend car park"], start=1):
        rows.append([f"{prefix}-{n:03d}", title, "Ana Silva", "High", "Medium", "Open"])
    return rows


def test_a_change_log_on_a_numbered_tab_is_left_out_not_taken_as_issues(
    tmp_path: Path,
) -> None:
    path = books(tmp_path / "pm.xlsx", {"Tab 4": _log("Change ID", "CR")})
    adoption = adopt(path)
    (table,) = adoption.report.tables
    assert table.register is None
    assert "a change request log" in table.reason
    assert adoption.project.items("issues") == []


def test_an_action_log_by_its_codes_alone_is_left_out(tmp_path: Path) -> None:
    path = books(tmp_path / "pm.xlsx", {"Tab 2": _log("Ref", "ACT")})
    adoption = adopt(path)
    (table,) = adoption.report.tables
    assert table.register is None
    assert "an action log" in table.reason


def test_near_miss_an_issue_log_numbered_by_its_own_codes_is_adopted(tmp_path: Path) -> None:
    path = books(tmp_path / "pm.xlsx", {"Tab 4": _log("Issue ID", "ISS")})
    adoption = adopt(path)
    assert field(adoption, "issues", "title") == [
        "Add a lift",
        "Change cladding",
        "Extend car park",
    ]
    assert field(adoption, "issues", "priority") == ["High", "High", "High"]


def test_near_miss_a_sheet_named_issues_keeps_its_change_coded_rows(tmp_path: Path) -> None:
    # a sheet's name says the register: the rule asks only when nothing names the table
    path = books(tmp_path / "pm.xlsx", {"Issues": _log("Ref", "CR")})
    adoption = adopt(path)
    assert len(adoption.project.items("issues")) == 3


def test_near_miss_a_file_named_as_an_issue_log_keeps_a_tool_s_action_ids(
    tmp_path: Path,
) -> None:
    # a task tool numbers every record an `Action ID` (Hive): the file's name says what the
    # team kept the export as, so the rule does not ask
    rows = _log("Action ID", "X")
    for n, row in enumerate(rows[1:], start=1):
        row[0] = 4811020000 + 7919 * n
    path = books(tmp_path / "Riverside depot - issue log.xlsx", {"Sheet1": rows})
    adoption = adopt(path)
    assert field(adoption, "issues", "title") == [
        "Add a lift",
        "Change cladding",
        "Extend car park",
    ]
