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


# ---------------------------------------------------------------------------------------
# an empty spacer column does not end a table whose header goes on past it: the fields
# named again right of it under a group label (``After controls``) are the items' own
# ---------------------------------------------------------------------------------------


def _scored(group: str | None) -> list[list[object]]:
    return [
        [None, None, None, None, None, None, group, None, None],
        ["Ref", "Risk", "Owner", "Likelihood", "Impact", None, "Likelihood", "Impact", "Logged"],
        ["H1", "Fall from the gantry", "Ola Berg", 4, 5, None, 2, 5, date(2026, 1, 12)],
        ["H2", "Forklift meets walker", "Ben Ito", 3, 4, None, 1, 4, date(2026, 1, 19)],
        ["H3", "Dust in the mixing bay", "Ola Berg", 3, 3, None, 2, 2, date(2026, 2, 2)],
        ["H4", "Night lone working", "Ben Ito", 2, 4, None, 1, 3, date(2026, 2, 16)],
    ]


def _risk_items(adoption: object) -> list[object]:
    return list(adoption.project.items("risks"))  # type: ignore[attr-defined]


def test_scores_named_again_under_a_group_past_a_spacer_are_the_residual_ones(
    tmp_path: Path,
) -> None:
    adoption = adopt(
        book(tmp_path / "g.xlsx", "Risk log", _scored("After controls"), merged=("G1:H1",))
    )
    risks = _risk_items(adoption)
    assert [r.title for r in risks] == [
        "Fall from the gantry",
        "Forklift meets walker",
        "Dust in the mixing bay",
        "Night lone working",
    ]
    # before: the part right of the spacer named Likelihood and Impact again and was
    # refused as a scale legend, so the residual scores and the logged date were lost
    assert [r.probability for r in risks] == [4, 3, 3, 2]
    assert [r.residual_probability for r in risks] == [2, 1, 2, 1]
    assert [r.residual_impact for r in risks] == [5, 4, 2, 3]


def test_near_miss_scores_named_again_with_no_group_are_not_taken_as_residual(
    tmp_path: Path,
) -> None:
    # without a group label, Likelihood | Impact right of the spacer are the same fields
    # named twice (a legend's, or a second table's): they are not read as the residual
    # scores, and the register keeps its own scores
    adoption = adopt(book(tmp_path / "n.xlsx", "Risk log", _scored(None)))
    risks = _risk_items(adoption)
    assert [r.probability for r in risks] == [4, 3, 3, 2]
    assert all(r.residual_probability is None for r in risks)


# ---------------------------------------------------------------------------------------
# a strip of a register's first fields left of a spacer, too narrow to be a table alone,
# is the register's, when the fields right of the spacer name no item of their own
# ---------------------------------------------------------------------------------------

_AGREED: list[list[object]] = [
    ["Item", "Matter", None, "Decided by", "Decided on", "Rationale"],
    [1, "Move the cutover to a Sunday", None, "Ivo Petrov", date(2026, 3, 2), "Fewer users"],
    [2, "Drop the legacy fax interface", None, "Lena Koch", date(2026, 3, 9), "Unused"],
    [3, "Hire a second test lead", None, "Ivo Petrov", date(2026, 3, 16), "Backlog"],
]


def _decisions(adoption: object) -> list[object]:
    return list(adoption.project.items("decisions"))  # type: ignore[attr-defined]


def test_a_two_field_strip_left_of_a_spacer_is_the_registers(tmp_path: Path) -> None:
    adoption = adopt(book(tmp_path / "d.xlsx", "Decision log", _AGREED))
    decisions = _decisions(adoption)
    # before: the strip Ref | Decision was no table, the part right of the spacer no
    # register (no decision column): the log was not adopted at all
    assert [d.made_by for d in decisions] == ["Ivo Petrov", "Lena Koch", "Ivo Petrov"]
    assert [d.date for d in decisions] == [date(2026, 3, 2), date(2026, 3, 9), date(2026, 3, 16)]


def test_near_miss_a_list_left_of_a_spacer_on_other_rows_is_not_joined(tmp_path: Path) -> None:
    # a two-column lookup list (its own rows: five codes beside three decisions) one blank
    # column left of a log that names its own items: two tables, not one
    rows: list[list[object]] = [
        ["Code", "Meaning", None, "Ref", "Decision", "Decided by", "Decided on"],
        ["A", "Approved", None, "D-1", "Move the cutover", "Ivo Petrov", date(2026, 3, 2)],
        ["R", "Rejected", None, "D-2", "Drop the fax link", "Lena Koch", date(2026, 3, 9)],
        ["P", "Parked", None, "D-3", "Hire a test lead", "Ivo Petrov", date(2026, 3, 16)],
        ["W", "Withdrawn"],
        ["S", "Superseded"],
    ]
    adoption = adopt(book(tmp_path / "l.xlsx", "Decision log", rows))
    decisions = _decisions(adoption)
    assert [d.made_by for d in decisions] == ["Ivo Petrov", "Lena Koch", "Ivo Petrov"]
    assert len(decisions) == 3


def _typed(first: list[object]) -> list[list[object]]:
    rest: list[list[object]] = [
        ["Title", "Assigned to", "State", "Opened", "Due"],
        [
            "Scanner firmware rejects the new labels",
            "Rui Costa",
            "Active",
            date(2026, 4, 1),
            date(2026, 4, 20),
        ],
        [
            "Cloud costs may exceed the run budget",
            "Mei Tan",
            "New",
            date(2026, 4, 3),
            date(2026, 5, 1),
        ],
        [
            "Pallet wrapper broken on line two",
            "Rui Costa",
            "Closed",
            date(2026, 4, 8),
            date(2026, 4, 15),
        ],
        [
            "Carrier may withdraw the Friday slot",
            "Mei Tan",
            "Active",
            date(2026, 4, 9),
            date(2026, 5, 9),
        ],
    ]
    kinds = ["Kind", "Issue", "Risk", "Issue", "Risk"]
    return [[k, t, None, *r] for k, t, r in zip(first, kinds, rest, strict=True)]


def test_a_keyed_strip_left_of_a_spacer_holds_the_items_ids(tmp_path: Path) -> None:
    rows = _typed(["Ticket", 9101, 9102, 9103, 9104])
    adoption = adopt(book(tmp_path / "k.xlsx", "Work items", rows))
    issues = list(adoption.project.items("issues"))  # type: ignore[attr-defined]
    risks = _risk_items(adoption)
    # before: the strip Ticket | Kind was no table, and the four items were all issues
    # with no ID; now the kind column splits them and the ticket is their ID
    assert [i.title for i in issues] == [
        "Scanner firmware rejects the new labels",
        "Pallet wrapper broken on line two",
    ]
    assert [r.title for r in risks] == [
        "Cloud costs may exceed the run budget",
        "Carrier may withdraw the Friday slot",
    ]


def test_near_miss_a_strip_of_words_left_of_a_titled_register_is_not_joined(
    tmp_path: Path,
) -> None:
    # the strip's first column is no key (site names, one repeated) and the part right of
    # the spacer names its items' text: the strip holds no IDs of theirs and is not joined
    # (the table found starts right of the spacer; its rows are read as before)
    rows = _typed(["Site", "Leeds", "York", "Leeds", "Hull"])
    adoption = adopt(book(tmp_path / "w.xlsx", "Work items", rows))
    refs = [t.ref for t in adoption.report.tables]  # type: ignore[attr-defined]
    assert refs and all(not ref.startswith("A") for ref in refs)
    assert _risk_items(adoption) == []
