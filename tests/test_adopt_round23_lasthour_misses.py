"""Round 23's last hour (t25a): the twenty-sixth and twenty-eighth batches' misses
(ordinary and lived-in English workbooks), mended by general rules and tried here on
workbooks written for these tests (no benchmark layout), each with a near-miss the rule
must not take."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from adopt_sheets import adopt, book, field, only, targets

# ---------------------------------------------------------------------------------------
# A note under a register (after a blank row, one cell) does not make the part left of a
# spacer column end lower than the part right of it: the two parts are still one table
# ---------------------------------------------------------------------------------------

_ACTIONS = [
    ["A1", "Book the crane for the roof lift", "Priya Nair", date(2026, 4, 2), "Open"],
    ["A2", "Confirm the scaffold licence", "Tom Reid", date(2026, 4, 9), "Closed"],
    ["A3", "Send the drawings to the council", "Priya Nair", date(2026, 4, 16), "Open"],
    ["A4", "Agree the delivery slots", "Ana Costa", date(2026, 4, 23), "Open"],
]


def _risk_log(path: Path, note: list[object], right_rows: int) -> Path:
    """A risk log: ref, risk and owner, a blank spacer column, due date and status;
    ``note`` under it after a blank row; only ``right_rows`` rows filled right of the
    spacer."""
    rows: list[list[object]] = [["Library refurbishment - risk log"], []]
    rows.append(["Ref", "Risk", "Risk Owner", None, "Target Date", "Status"])
    for i, item in enumerate(_ACTIONS):
        right = item[3:] if i < right_rows else [None, None]
        rows.append([*item[:3], None, *right])
    rows += [[], note]
    return book(path, "Risks", rows)


def test_a_note_under_the_left_part_does_not_cut_the_table_at_the_spacer(
    tmp_path: Path,
) -> None:
    note: list[object] = ["Review weekly; anything overdue goes to the project board."]
    table_adoption = adopt(_risk_log(tmp_path / "n.xlsx", note, len(_ACTIONS)))
    table = only(table_adoption)
    assert table.register == "risks"
    got = targets(table)
    assert got["Status"] == "status"
    assert field(table_adoption, "risks", "status") == [a[4] for a in _ACTIONS]
    assert field(table_adoption, "risks", "owner") == [a[2] for a in _ACTIONS]


def test_a_shorter_table_right_of_the_spacer_is_not_joined(tmp_path: Path) -> None:
    # near-miss: right of the spacer only the first two rows are filled, the left part's
    # items go on below them: not the same rows, so not one table (the note rule trims a
    # note, never items)
    note: list[object] = ["Review weekly; anything overdue goes to the project board."]
    adoption = adopt(_risk_log(tmp_path / "s.xlsx", note, 2))
    risks = [t for t in adoption.report.adopted_tables if t.register == "risks"]
    assert len(risks) == 1
    assert "Status" not in targets(risks[0])
    assert field(adoption, "risks", "title") == [a[1] for a in _ACTIONS]
