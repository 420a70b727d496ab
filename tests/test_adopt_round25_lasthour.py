"""Round 25's last hour of issue 15: structural changes round 25 left. Each rule is tried
on workbooks written for these tests (no benchmark layout), each with a near-miss that
must not be taken."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from adopt_sheets import adopt, book

from addin.adopt.detect import find_tables
from addin.adopt.grid import Grid
from addin.adopt.legacy_host import CalamineHost
from addin.adopt.section_titles import section_title_rows

# ---------------------------------------------------------------------------------------
# a section title row (a team's name alone in the first column, over numeric IDs) is no
# item, and does not decide what the column holds
# ---------------------------------------------------------------------------------------

#: An issue log under headers no vocabulary reads (a tool's codes in Welsh-English slang):
#: numeric IDs, item texts, a status list, two people, raised and due dates.
_HEAD = ["Rhif", "Pwnc", "Cyflwr", "Perchennog", "Agorwyd", "Erbyn"]
_ITEMS: list[list[object]] = [
    [
        501,
        "Boiler feed pump leaks at full load",
        "Agored",
        "Gwen Price",
        date(2026, 2, 2),
        date(2026, 2, 20),
    ],
    [
        507,
        "Scaffold inspection certificate expired",
        "Ar gau",
        "Huw Jones",
        date(2026, 2, 9),
        date(2026, 2, 27),
    ],
    [
        512,
        "Night shift has no first aider rostered",
        "Agored",
        "Gwen Price",
        date(2026, 3, 1),
        date(2026, 3, 13),
    ],
    [
        518,
        "Crane radio channel clashes with the port",
        "Agored",
        "Huw Jones",
        date(2026, 3, 4),
        date(2026, 3, 25),
    ],
    [
        523,
        "Waste skip collections missed twice",
        "Ar gau",
        "Gwen Price",
        date(2026, 3, 10),
        date(2026, 3, 31),
    ],
]


def _sectioned() -> list[list[object]]:
    return [_HEAD, ["Civils"], *_ITEMS[:3], ["Mechanical"], *_ITEMS[3:]]


def _titles(adoption: object) -> list[str]:
    return [i.title for i in adoption.project.items("issues")]  # type: ignore[attr-defined]


def test_section_titles_over_numeric_ids_are_no_items(tmp_path: Path) -> None:
    adoption = adopt(book(tmp_path / "s.xlsx", "Log", _sectioned()))
    # before: the two titles made the ID column no run of numbers and the log was read as
    # no register (its fields "closest to" another); now it is the issue log, five items
    assert _titles(adoption) == [str(r[1]) for r in _ITEMS]
    owners = [i.owner for i in adoption.project.items("issues")]  # type: ignore[attr-defined]
    assert owners == ["Gwen Price", "Huw Jones", "Gwen Price", "Huw Jones", "Gwen Price"]


def test_the_unsectioned_log_reads_the_same(tmp_path: Path) -> None:
    # the control: the same log without sections is the issue log (the rule changes
    # nothing where there is no title row)
    adoption = adopt(book(tmp_path / "u.xlsx", "Log", [_HEAD, *_ITEMS]))
    assert _titles(adoption) == [str(r[1]) for r in _ITEMS]


def _title_rows(tmp_path: Path, rows: list[list[object]]) -> set[int]:
    path = book(tmp_path / "t.xlsx", "Log", rows)
    grid = Grid(CalamineHost(path).read_sheet("Log"))
    (block,) = find_tables(grid)
    return section_title_rows(block, grid)


def test_near_miss_an_item_with_only_its_id_is_no_title(tmp_path: Path) -> None:
    # an item logged with its number only (its other cells still empty) is of the ID
    # column's kind: it stays an item, while a word alone over the IDs is a title
    rows = [_HEAD, ["Civils"], *_ITEMS[:3], [530], *_ITEMS[3:]]
    assert _title_rows(tmp_path, rows) == {2}


def test_near_miss_a_lone_text_over_a_column_of_texts_is_no_title_here(tmp_path: Path) -> None:
    # the first column holds item texts, not IDs: a text alone there may be an item whose
    # other cells are empty, so the rule does not take it (the rows reader decides it)
    rows = [[r[1], r[2], r[3], r[4]] for r in _ITEMS]
    texts = [
        ["Pwnc", "Cyflwr", "Perchennog", "Agorwyd"],
        rows[0],
        rows[1],
        ["Gate shut"],
        *rows[2:],
    ]
    assert _title_rows(tmp_path, texts) == set()
