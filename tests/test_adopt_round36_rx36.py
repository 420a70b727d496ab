"""Round 36 (rx36): registers a person recognises without a register word.

A table on a sheet nobody named (``Export``, ``Sheet1``) under no title, whose fields come
closest to ONE register but not clearly enough to adopt on their own (``ID | Title |
Priority | Owner | Status``), is that register when its item codes name it too
(``I-001``): two independent signs agreeing (docs/adopt.md, "Round 36: registers a person
recognises without a register word (rx36)"). Near misses: codes naming another register
than the fields, or another object, and a list that is nothing like a register, stay
refused.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.adopt_sheets import adopt, book, field, only, registers, targets

_TITLES = [
    "Dutch copy for 40 pages missing",
    "Analytics consent banner misconfigured",
    "Staging server down since Friday",
]
_PEOPLE = ["Bram Jansen", "Fleur Bakker", "Bram Jansen"]


def _log(tmp: Path, sheet: str, prefix: str) -> Path:
    rows: list[list[object]] = [["ID", "Title", "Priority", "Owner", "Status"]]
    for i, (text, who) in enumerate(zip(_TITLES, _PEOPLE, strict=True)):
        status = "Closed" if i == 0 else "Open"
        rows.append([f"{prefix}-{i + 1:03d}", text, ["Low", "Medium", "High"][i], who, status])
    return book(tmp / f"{prefix}_{sheet}.xlsx", sheet, rows)


@pytest.mark.parametrize("sheet", ["Export (2)", "Sheet1", "Data"])
def test_fields_closest_to_issues_and_issue_codes_adopt_an_issue_log(
    sheet: str, tmp_path: Path
) -> None:
    adoption = adopt(_log(tmp_path, sheet, "I"))
    assert registers(adoption) == ["issues"]
    table = only(adoption)
    assert "numbered 'I'" in table.reason
    assert targets(table) == {
        "ID": "id",
        "Title": "title",
        "Priority": "priority",
        "Owner": "owner",
        "Status": "status",
    }
    assert field(adoption, "issues", "id") == ["I-001", "I-002", "I-003"]
    assert field(adoption, "issues", "title")[2] == "Staging server down since Friday"
    assert field(adoption, "issues", "owner")[1] == "Fleur Bakker"
    assert field(adoption, "issues", "priority") == ["Low", "Medium", "High"]


@pytest.mark.parametrize(
    "prefix",
    [
        "A",  # an action's number, or an assumption's: not what the fields say
        "R",  # a risk's code beside an issue's fields: the two signs disagree
        "T",  # a task's number
        "X",  # a code naming nothing
    ],
)
def test_codes_that_do_not_name_the_closest_register_keep_the_refusal(
    prefix: str, tmp_path: Path
) -> None:
    adoption = adopt(_log(tmp_path, "Export", prefix))
    assert adoption.report.adopted_tables == []
    (table,) = adoption.report.tables
    assert table.register is None
    assert "closest to an issue register, but not clearly one" in table.reason


def test_issue_codes_on_a_list_nothing_like_a_register_adopt_nothing(tmp_path: Path) -> None:
    rows: list[list[object]] = [["ID", "Name", "Email", "Phone"]]
    rows += [["I-001", "Bram Jansen", "bram@example.nl", "+31 20 555 0101"]]
    rows += [["I-002", "Fleur Bakker", "fleur@example.nl", "+31 20 555 0102"]]
    rows += [["I-003", "Sanne de Vries", "sanne@example.nl", "+31 20 555 0103"]]
    adoption = adopt(book(tmp_path / "contacts.xlsx", "Sheet1", rows))
    assert adoption.report.adopted_tables == []


def test_an_action_log_with_issue_codes_stays_refused(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Action", "Priority", "Owner", "Status"]]
    rows += [["I-001", "High", "Bram Jansen", "Open"]]
    rows += [["I-002", "Low", "Fleur Bakker", "Open"]]
    rows += [["I-003", "Medium", "Bram Jansen", "Closed"]]
    adoption = adopt(book(tmp_path / "actions.xlsx", "Sheet1", rows))
    assert "issues" not in registers(adoption)
