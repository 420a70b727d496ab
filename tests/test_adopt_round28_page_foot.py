"""Round 28's last hour of issue 15: a printed page's foot above a repeated header.

A register printed over pages and pasted back into Excel holds, at each page break, the
page's foot (``Page 1 of 2``; ``COMMERCIAL IN CONFIDENCE | Printed 26/11/2026 | Page 1 of
2`` on one row) and the header written again at the next page's top. A PMO analyst reads
one table: the foot and the repeat are no items and are listed, every page's items are
items (``detect._page_break_repeat``; a page's foot is no tier of the header under it,
``detect._fold_tiers``). Near-misses: an item titled ``Page 2 of the contract is unsigned``
is an item; a second table under a heading of its own (``Closed issues``) with the same
header stays a table of its own; the same header after a blank row alone stays round 22's
next block.

The workbooks are written here (an estates team's issue log), no batch layout.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from adopt_sheets import adopt as _adopt
from adopt_sheets import book as _book
from adopt_sheets import field as _field

TEXT_HEADER = ["Issue ID", "Issue", "Owner", "Priority", "Status"]
DATED_HEADER = [*TEXT_HEADER, "Date Raised", "Due Date"]
TITLES = [
    "Lift motor overheating",
    "Fire door propped open",
    "Roof drain blocked",
    "Badge readers offline",
    "Generator test overdue",
    "Sprinkler valve seized",
    "Loading bay lights out",
    "Asbestos survey missing",
    "Boiler pressure low",
]
FEET = {
    "one cell": [["Page {p} of {n}"]],
    "three cells": [["COMMERCIAL IN CONFIDENCE", "Printed 26/11/2026", "Page {p} of {n}"]],
    "two lines": [["Page {p} of {n}"], ["OFFICIAL-SENSITIVE"]],
}


def _item(i: int, dated: bool, title: str = "") -> list[object]:
    row: list[object] = [f"EST-{i + 1:02d}", title or TITLES[i], "Ann Lee", "High", "Open"]
    return [*row, date(2026, 3, i + 1), date(2026, 5, i + 1)] if dated else row


def _printed(foot: str, blank: bool, dated: bool, pages: int) -> list[list[object]]:
    """The nine issues printed over ``pages`` pages, each page's foot under its items and
    the header again at the next page's top (after a blank row when ``blank``)."""
    header = DATED_HEADER if dated else TEXT_HEADER
    rows: list[list[object]] = [["Estates - Issue Log"], [], header]
    per, k = len(TITLES) // pages, 0
    for page in range(1, pages + 1):
        for _ in range(per if page < pages else len(TITLES) - k):
            rows.append(_item(k, dated))
            k += 1
        rows += [[c.format(p=page, n=pages) for c in line] for line in FEET[foot]]
        if page < pages:
            rows += [[]] * blank + [header]
    return rows


@pytest.mark.parametrize(
    ("foot", "blank", "dated", "pages"),
    [
        ("three cells", False, True, 2),  # the demo engineer's fault: page 2 was lost
        ("three cells", False, True, 3),
        ("three cells", True, False, 2),
        ("one cell", False, False, 3),
        ("one cell", True, True, 2),
        ("two lines", False, True, 2),
        ("two lines", True, False, 3),
    ],
)
def test_a_page_foot_above_the_repeated_header_loses_nothing(
    tmp_path: Path, foot: str, blank: bool, dated: bool, pages: int
) -> None:
    rows = _printed(foot, blank, dated, pages)
    adoption = _adopt(_book(tmp_path / "printed.xlsx", "Issues", rows))
    assert _field(adoption, "issues", "title") == TITLES  # every page's items
    (table,) = adoption.report.adopted_tables  # one table over the pages
    reasons = [r.reason for r in table.skipped_rows]
    assert sum("header row written again" in r for r in reasons) == pages - 1
    # every foot but the last page's (under the table's last item, outside it) is listed
    listed = sum("printed page's line" in r for r in reasons)
    outside = "\n".join(adoption.report.lines())
    assert listed == len(FEET[foot]) * (pages - 1) or listed == len(FEET[foot]) * pages
    assert f"Page {pages} of {pages}" in outside  # the last foot listed somewhere


def test_an_item_titled_like_a_page_above_the_repeat_is_an_item(tmp_path: Path) -> None:
    # near-miss: "Page 2 of the contract is unsigned" is an issue, not a page's line
    title = "Page 2 of the contract is unsigned"
    rows: list[list[object]] = [DATED_HEADER, _item(0, True), _item(1, True, title)]
    rows += [DATED_HEADER, _item(2, True)]
    adoption = _adopt(_book(tmp_path / "contract.xlsx", "Issues", rows))
    assert _field(adoption, "issues", "title") == [TITLES[0], title, TITLES[2]]
    (table,) = adoption.report.adopted_tables
    assert [r.row for r in table.skipped_rows] == [4]  # the repeat only


@pytest.mark.parametrize("blank", [False, True])
def test_a_second_table_under_its_own_heading_stays_its_own(tmp_path: Path, blank: bool) -> None:
    # near-miss: the same header words under a heading of its own ("Closed issues") head
    # another table, not a page's repeat
    rows: list[list[object]] = [["Open issues"], DATED_HEADER]
    rows += [_item(0, True), _item(1, True), _item(2, True)]
    rows += [[]] * blank + [["Closed issues"], DATED_HEADER, _item(3, True), _item(4, True)]
    adoption = _adopt(_book(tmp_path / "closed.xlsx", "Issues", rows))
    assert _field(adoption, "issues", "title") == TITLES[:5]
    first, second = adoption.report.adopted_tables
    assert (first.ref, second.ref) == ("A2:G5", f"A{7 + blank}:G{9 + blank}")
    assert not any("written again" in r.reason for r in first.skipped_rows)


def test_the_same_header_after_a_blank_row_alone_stays_the_next_block(tmp_path: Path) -> None:
    # near-miss: no page line between, only a blank row: round 22's next block
    rows: list[list[object]] = [DATED_HEADER, _item(0, True), _item(1, True), _item(2, True)]
    rows += [[], DATED_HEADER, _item(3, True), _item(4, True)]
    adoption = _adopt(_book(tmp_path / "blocks.xlsx", "Issues", rows))
    assert _field(adoption, "issues", "title") == TITLES[:5]
    assert [t.ref for t in adoption.report.adopted_tables] == ["A1:G4", "A6:G8"]
