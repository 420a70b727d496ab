"""Round 28 of issue 15: structural changes round 27 left. Each rule is tried on workbooks
written for these tests (no benchmark layout), each with a near-miss that must not be
taken."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from adopt_sheets import adopt, book, field, only, registers

from addin.adopt.unread_headers import FOUND_BY_VALUES

# ---------------------------------------------------------------------------------------
# a remarks column says nothing about which list a table is
# ---------------------------------------------------------------------------------------

# an issue log exported from a tool whose field names no vocabulary holds (INVENTED words,
# as round 16's tests write them), where three headers are words every language file
# reads (`ID`, `Owner`, `Due`): three of seven headers read, so its values may say what it
# is
_HEADERS = ["ID", "Vraskelon", "Tolvimo", "Prendavak", "Owner", "Skorrelda", "Due"]
_ROWS: list[list[object]] = [
    [
        501,
        "Ferry timetable feed drops the late sailings",
        "Brolla",
        "Maren Østby",
        "Tavita Leaupepe",
        date(2026, 2, 2),
        date(2026, 2, 16),
    ],
    [
        502,
        "Ticket gates reject the new season passes",
        "Kvint",
        "Iosefa Lemalu",
        "Maren Østby",
        date(2026, 2, 9),
        date(2026, 3, 2),
    ],
    [
        503,
        "Harbour webcam stream freezes every evening",
        "Brolla",
        "Tavita Leaupepe",
        "Iosefa Lemalu",
        date(2026, 2, 20),
        date(2026, 3, 6),
    ],
    [
        504,
        "Refund form loses the booking reference field",
        "Drenn",
        "Maren Østby",
        "Tavita Leaupepe",
        date(2026, 3, 3),
        date(2026, 3, 24),
    ],
    [
        505,
        "Crew rota app shows the wrong time zone",
        "Kvint",
        "Iosefa Lemalu",
        "Iosefa Lemalu",
        date(2026, 3, 10),
        date(2026, 3, 31),
    ],
]
_REMARKS = ["chased by email", None, None, "waiting on supplier", None]


def _log(extra: str | None) -> list[list[object]]:
    """The log, with one more column right of it headed ``extra`` (remarks on some rows)."""
    if extra is None:
        return [list(_HEADERS), *(list(r) for r in _ROWS)]
    return [[*_HEADERS, extra], *([*r, n] for r, n in zip(_ROWS, _REMARKS, strict=True))]


def test_a_notes_column_right_of_an_unread_log_leaves_it_found_by_its_values(
    tmp_path: Path,
) -> None:
    plain = only(adopt(book(tmp_path / "plain.xlsx", "Log", _log(None))))
    assert plain.register == "issues" and plain.reason.startswith(FOUND_BY_VALUES)
    # a PM adds a `Notes` column right of the export: four of eight headers now read, but
    # the remarks header names no list (every register keeps remarks): still an issue log
    adoption = adopt(book(tmp_path / "notes.xlsx", "Log", _log("Notes")))
    table = only(adoption)
    assert table.register == "issues"
    assert table.reason.startswith(FOUND_BY_VALUES)
    assert table.items == {"issues": 5}
    assert field(adoption, "issues", "title")[1] == "Ticket gates reject the new season passes"
    assert field(adoption, "issues", "due_date")[3] == date(2026, 3, 24)


def test_near_miss_a_register_field_right_of_the_log_still_counts_as_read(
    tmp_path: Path,
) -> None:
    # `Resolution notes` is the resolution, a register field: the header row now
    # reads half its words, and a half-read header row is what its words say, never a
    # register guessed from its values
    adoption = adopt(book(tmp_path / "res.xlsx", "Log", _log("Resolution notes")))
    assert not any(t.reason.startswith(FOUND_BY_VALUES) for t in adoption.report.tables)
    assert registers(adoption) in ([], ["issues"])
