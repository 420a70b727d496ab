"""Round 24 of issue 15: whole-table structure fresh workbooks keep showing (a list of
people beside a register, ...). Each rule is tried on workbooks written for these tests (no
benchmark layout), each with a near-miss that must not be taken."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from adopt_sheets import adopt, book, registers

# ---------------------------------------------------------------------------------------
# a list of people beside a register is no register
# ---------------------------------------------------------------------------------------

_RISKS: list[list[object]] = [
    ["Risk ID", "Risk", "Owner", "Likelihood", "Impact", "Raised", "Status"],
    ["R-1", "Test rig booked twice", "Mia Hart", "High", "Low", date(2026, 2, 3), "Open"],
    ["R-2", "Vendor invoice disputed", "Raj Nair", "Low", "High", date(2026, 2, 9), "Open"],
    ["R-3", "Training room unavailable", "Mia Hart", "Low", "Low", date(2026, 2, 20), "Closed"],
]

_CONTACTS = [
    ["Name", "Role", "Email"],
    ["Hannah Berg", "Project manager", "hannah@example.com"],
    ["Tomas Ruiz", "PMO analyst", "tomas@example.com"],
    ["Leila Haddad", "Sponsor", "leila@example.com"],
]


def _beside(gap: int) -> list[list[object]]:
    rows: list[list[object]] = []
    for n in range(max(len(_RISKS), len(_CONTACTS))):
        left = _RISKS[n] if n < len(_RISKS) else [None] * 7
        right = _CONTACTS[n] if n < len(_CONTACTS) else []
        rows.append([*left, *([None] * gap), *right])
    return rows


def test_a_contacts_list_one_blank_column_right_of_a_register_is_no_items(
    tmp_path: Path,
) -> None:
    for gap in (1, 2):
        adoption = adopt(book(tmp_path / f"c{gap}.xlsx", "Risks", _beside(gap)))
        assert len(adoption.project.items("risks")) == 3  # before: 6, the people as risks
        assert registers(adoption) == ["risks"]
        people = [t for t in adoption.report.tables if t.register is None]
        assert people and "list of people" in people[0].reason  # listed, with its reason


def test_near_miss_a_register_whose_text_column_holds_item_texts_is_adopted(
    tmp_path: Path,
) -> None:
    # the same shape, but ``Name`` holds the items' texts: a register, not people
    rows: list[list[object]] = [
        ["Name", "Role", "Email"],
        ["Crane hire overruns", "Site", "site@example.com"],
        ["Design sign-off late", "Design", "design@example.com"],
        ["Permit appeal pending", "Legal", "legal@example.com"],
    ]
    adoption = adopt(book(tmp_path / "n.xlsx", "Issues", rows))
    assert len(adoption.project.items("issues")) == 3


def test_near_miss_people_as_owners_beside_item_texts_stay_a_register(tmp_path: Path) -> None:
    # people's names under a second column read as the owner: the table is items
    rows: list[list[object]] = [
        ["Risk", "Owner"],
        ["Supplier insolvency", "Hannah Berg"],
        ["Late permit", "Tomas Ruiz"],
        ["Scope creep in phase 2", "Leila Haddad"],
    ]
    adoption = adopt(book(tmp_path / "r.xlsx", "Risks", rows))
    assert len(adoption.project.items("risks")) == 3


# ---------------------------------------------------------------------------------------
# a section title row does not end a text table
# ---------------------------------------------------------------------------------------

_HEAD = [
    *("Type", "Key", "Summary", "Assignee", "Reporter"),
    *("Priority", "Status", "Resolution", "Created", "Updated", "Due Date"),
    *("Likelihood", "Impact", "Mitigation", "Labels"),
]


def _row(key: str, summary: str, who: str, prio: str, status: str, day: str) -> list[object]:
    done = "Done" if status == "Closed" else "Unresolved"
    scale = {"High": "4 - Likely", "Low": "2 - Unlikely"}[prio]
    fix = f"Agree a fallback for {key} with the site lead"
    return [
        *("Risk", key, summary, who, "Ali Shah", prio, status, done, day, day, day[:9]),
        *(scale, "3 - Moderate", fix, "ops"),
    ]


def test_section_title_rows_between_text_items_keep_one_table(tmp_path: Path) -> None:
    # every cell text (an export's dates as text): each item row reads like a header, so a
    # section title before it used to start a new table there
    rows: list[list[object]] = [
        _HEAD,
        ["Phase 1 - Discovery"],
        _row(
            "OPS-1",
            "Badge readers offline at depot",
            "Kai Moss",
            "High",
            "Open",
            "3/Feb/26 9:41 AM",
        ),
        _row("OPS-2", "Forklift licence lapsed", "Uma Reid", "Low", "Closed", "9/Feb/26 9:41 AM"),
        [],
        ["Phase 2 - Build"],
        _row("OPS-3", "Racking delivery short", "Kai Moss", "High", "Open", "2/Mar/26 9:41 AM"),
        _row("OPS-4", "Scanner firmware rollback", "Uma Reid", "Low", "Open", "8/Mar/26 9:41 AM"),
    ]
    adoption = adopt(book(tmp_path / "s.xlsx", "Risks", rows))
    (table,) = adoption.report.adopted_tables
    assert [i.title for i in adoption.project.items("risks")] == [
        "Badge readers offline at depot",
        "Forklift licence lapsed",
        "Racking delivery short",
        "Scanner firmware rollback",
    ]
    assert any("Phase 2 - Build" in s.value for s in table.skipped_rows)  # listed, not dropped


def test_near_miss_a_title_over_a_second_table_stays_a_second_table(tmp_path: Path) -> None:
    # a title between two tables: the row under it is a header, repeating no item's value
    rows: list[list[object]] = [
        _HEAD,
        _row(
            "OPS-1",
            "Badge readers offline at depot",
            "Kai Moss",
            "High",
            "Open",
            "3/Feb/26 9:41 AM",
        ),
        _row("OPS-2", "Forklift licence lapsed", "Uma Reid", "Low", "Closed", "9/Feb/26 9:41 AM"),
        [],
        ["Closed last quarter"],
        ["Category", "Ref", "Headline", "Lead", "Raised by", "Severity", "Outcome", "Closure"],
        ["Risk", "OLD-1", "Dock door jammed", "Kai Moss", "Ali Shah", "High", "Fixed", "Done"],
        ["Risk", "OLD-2", "Label printer empty", "Uma Reid", "Ali Shah", "Low", "Fixed", "Done"],
    ]
    adoption = adopt(book(tmp_path / "t.xlsx", "Risks", rows))
    assert [t.header_row for t in adoption.report.adopted_tables] == [1, 6]
