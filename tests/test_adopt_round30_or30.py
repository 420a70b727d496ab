"""Round 30 of issue 15 (task or30): the ordinary workbooks' leftovers. Each rule tried on
small workbooks written for these tests (none is a benchmark layout), with near-misses that
must not fire:

1. **a dependency log's ``From`` / ``To`` columns** naming this project on one side of every
   row give each dependency's direction (Inbound where the project takes) and the other
   side as the counterparty; two teams with no side constant give none;
2. **a list no word names, told by its short codes** (``I-04`` an issue log, ``DP3`` a
   dependency log) among the registers its fields tie between; ``A1`` (an action's as much
   as an assumption's) and ``D1`` say nothing;
3. **a list told by its items' words** (``Risk that ...``, ``We assume ...``); items in two
   registers' ways say nothing;
4. **an ID column's own noun** (``Assembly`` over ``ASM-101``) numbers that thing, not the
   register its letters shorten;
5. **a one-month report's period named in words** (``Period: April 2026``) is that month's
   finance, as at its last day; a quarter (``Period: Q2 2026``) and a status report's
   ``Reporting month`` are not read;
6. **a code before another currency's sign** (``Budget ALL $'000``) is no currency (all
   figures, in dollars); ``AUD $'000`` still names the Australian dollar.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from adopt_sheets import adopt, book, books, field, finance_by_line, only, registers, targets

from addin.adopt.item_words import register_of_item_words, register_of_short_codes
from addin.adopt.one_period import month_of_line
from addin.adopt.register_names import codes_of_header_noun

# --- 1. From / To ------------------------------------------------------------------------


def _from_to_rows(us: str, pairs: list[tuple[str, str]]) -> list[list[object]]:
    rows: list[list[object]] = [
        ["Harbour Bridge Repaint - Dependency Log"],
        [],
        ["Ref", "Dependency", "From", "To", "Needed by", "Status"],
    ]
    texts = ["Lane closure permit", "Scaffold design", "Paint system approval", "Night works"]
    for n, ((frm, to), text) in enumerate(zip(pairs, texts, strict=False), start=1):
        rows.append([f"D{n:02d}", text, frm, to, datetime(2026, 4, n * 3), "Open"])
    return rows


def test_from_to_columns_give_each_dependencys_direction(tmp_path: Path) -> None:
    us = "Bridge Repaint"
    pairs = [
        ("Roads Authority", us),
        (us, "Tolling Team"),
        ("Heritage Office", us),
        (us, "Roads Authority"),
    ]
    adoption = adopt(book(tmp_path / "deps.xlsx", "Dependencies", _from_to_rows(us, pairs)))
    table = only(adoption)
    assert table.register == "dependencies"
    assert targets(table)["From"] == "direction"
    assert targets(table)["To"] == "counterparty_project_id"
    assert field(adoption, "dependencies", "direction") == [
        "Inbound",
        "Outbound",
        "Inbound",
        "Outbound",
    ]
    assert field(adoption, "dependencies", "counterparty_project_id") == [
        "Roads Authority",
        "Tolling Team",
        "Heritage Office",
        "Roads Authority",
    ]


def test_from_to_columns_with_no_side_on_every_row_give_no_direction(tmp_path: Path) -> None:
    pairs = [("Roads Authority", "Tolling Team"), ("Heritage Office", "Bridge Repaint")]
    pairs += [("Tolling Team", "Heritage Office"), ("Bridge Repaint", "Roads Authority")]
    adoption = adopt(book(tmp_path / "deps.xlsx", "Dependencies", _from_to_rows("x", pairs)))
    table = only(adoption)
    assert table.register == "dependencies"
    assert "direction" not in targets(table).values()
    assert all(v is None for v in field(adoption, "dependencies", "direction"))


# --- 2. short codes ------------------------------------------------------------------------


def _plain_log(codes: list[str], texts: list[str]) -> list[list[object]]:
    rows: list[list[object]] = [["Ref", "Description", "Owner", "Logged", "Status"]]
    people = ["Ana Silva", "Ben Carter", "Chloe Martin", "Dev Patel", "Eve Moore"]
    for n, (code, text) in enumerate(zip(codes, texts, strict=True)):
        rows.append([code, text, people[n], datetime(2026, 2, n + 3), "Open"])
    return rows


_PLAIN = [
    "Lift out of service on level 2",
    "Kiosk printer jams on long receipts",
    "Roof drain blocked above the plant room",
    "Staff car park barrier stuck open",
]


def test_one_letter_codes_name_the_register_the_fields_tie_on(tmp_path: Path) -> None:
    rows = _plain_log([f"I-{n:02d}" for n in range(1, 5)], _PLAIN)
    adoption = adopt(book(tmp_path / "log.xlsx", "Log", rows))
    table = only(adoption)
    assert table.register == "issues"
    assert "numbered 'I'" in table.reason
    assert field(adoption, "issues", "title")[0] == "Lift out of service on level 2"
    assert field(adoption, "issues", "owner")[1] == "Ben Carter"


def test_action_and_two_register_initials_name_no_register(tmp_path: Path) -> None:
    for letter in ("A", "D"):
        rows = _plain_log([f"{letter}{n}" for n in range(1, 5)], _PLAIN)
        adoption = adopt(book(tmp_path / f"log_{letter}.xlsx", "Log", rows))
        assert registers(adoption) == []  # listed, not adopted


def test_short_codes_among_the_tied_registers() -> None:
    tie = ["risks", "issues", "assumptions", "dependencies"]
    assert register_of_short_codes(["DP1", "DP2", "DP3"], tie) == "dependencies"
    assert register_of_short_codes(["R1", "R2", "R3"], tie) == "risks"
    assert register_of_short_codes(["R1", "R2", "R3"], ["issues", "assumptions"]) is None
    assert register_of_short_codes(["AP-1", "AP-2"], tie) is None  # an action point
    assert register_of_short_codes(["A.1", "A.2", "A.3"], tie) is None
    assert register_of_short_codes(["RSK-1", "RSK-2"], tie) is None  # round 29's (3+ letters)


# --- 3. items' words -----------------------------------------------------------------------


def test_items_written_as_risks_make_a_risk_list(tmp_path: Path) -> None:
    texts = [
        "Risk that the crane permit is refused",
        "There is a risk of flooding in the basement dig",
        "If the steel arrives late, then the frame slips",
        "Risk of a strike at the port",
    ]
    rows = [["#", "Description", "Who", "Status"]]
    rows += [
        [n + 1, t, p, "Open"]
        for n, (t, p) in enumerate(
            zip(texts, ["Ana Silva", "Ben Carter", "Dev Patel", "Eve Moore"], strict=True)
        )
    ]
    adoption = adopt(book(tmp_path / "list.xlsx", "Sheet1", rows))
    table = only(adoption)
    assert table.register == "risks"
    assert "written as a risk" in table.reason
    assert field(adoption, "risks", "title")[2] == "If the steel arrives late, then the frame slips"


def test_items_words_near_misses() -> None:
    tie = ["risks", "issues", "assumptions"]
    assumed = ["We assume the hall is free", "It is assumed the grant is paid", "Assumes no strike"]
    assert register_of_item_words(assumed, tie) == "assumptions"
    assert register_of_item_words(assumed, ["risks", "issues"]) is None  # not a tied register
    mixed = [*assumed[:2], "Risk that the hall is double booked", "Risk of rain"]
    assert register_of_item_words(mixed, tie) is None
    plain = ["Hall booking", "Grant payment", "Caterer contract", "Sound system"]
    assert register_of_item_words(plain, tie) is None


# --- 4. an ID column's own noun ---------------------------------------------------------


def test_assembly_codes_are_no_assumptions(tmp_path: Path) -> None:
    assumptions = [
        ["No.", "Assumption", "Owner", "Validate by", "Status"],
        ["A1", "Press line available in May", "Petr Novak", datetime(2026, 5, 4), "Open"],
        ["A2", "Customer signs off the sample", "Jana Dvorak", datetime(2026, 6, 1), "Open"],
    ]
    build = [["Assembly", "Description", "Work cell", "Qty built", "State"]]
    build += [
        [f"ASM-{100 + n}", part, f"Cell {n}", 40 * n, "Built"]
        for n, part in enumerate(["Hub", "Axle beam", "Brake drum"], start=1)
    ]
    adoption = adopt(books(tmp_path / "plant.xlsx", {"Assumptions": assumptions, "Build": build}))
    assert len(adoption.project.items("assumptions")) == 2
    assert codes_of_header_noun("asm", "Assembly")
    assert not codes_of_header_noun("asm", "Ref")
    assert not codes_of_header_noun("asm", "Assumption ID")


# --- 5. a period named in words -------------------------------------------------------


def test_a_report_whose_period_is_a_month_in_words(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Fjord Ferries AS"],
        ["Cost Centre Report - Quay Upgrade"],
        ["Period: April 2026"],
        [],
        ["Account", "Actual", "Budget", "Variance"],
        ["Piling", 18250.5, 20000.0, -1749.5],
        ["Fenders", 6400.0, 5000.0, 1400.0],
        ["Total", 24650.5, 25000.0, -349.5],
    ]
    adoption = adopt(book(tmp_path / "cc.xlsx", "CC Report", rows))
    assert only(adoption).register == "finance"
    lines = finance_by_line(adoption)
    assert lines[(date(2026, 4, 1), "Piling")].actual == 18250.5
    assert adoption.project.header.report_date == date(2026, 4, 30)


def test_period_words_near_misses() -> None:
    assert month_of_line("For the month of May 2026") == date(2026, 5, 1)
    assert month_of_line("Month: Apr-26") == date(2026, 4, 1)
    assert month_of_line("Period: Q2 2026") is None
    assert month_of_line("Reporting month: March 2026") is None
    assert month_of_line("April 2026") is None


# --- 6. a code before another currency's sign -------------------------------------------


def test_an_upper_case_word_before_a_dollar_sign_is_no_currency(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Dam Safety Works - Budget ALL $'000"], []]
    rows.append(["Month", "Cost line", "Budget", "Actual"])
    rows += [[m, "Spillway", 12.5, 11.0] for m in ("Jan-26", "Feb-26", "Mar-26")]
    adoption = adopt(book(tmp_path / "dam.xlsx", "Budget", rows))
    assert finance_by_line(adoption)[(date(2026, 1, 1), "Spillway")].budget == 12500.0
    assert adoption.project.header.currency is None
    assert not any("ALL" in w for w in adoption.report.warnings)


def test_a_code_before_its_own_sign_is_still_the_currency(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Dam Safety Works - Budget AUD $'000"], []]
    rows.append(["Month", "Cost line", "Budget", "Actual"])
    rows += [[m, "Spillway", 12.5, 11.0] for m in ("Jan-26", "Feb-26", "Mar-26")]
    adoption = adopt(book(tmp_path / "dam.xlsx", "Budget", rows))
    assert adoption.project.header.currency == "AUD"
    assert finance_by_line(adoption)[(date(2026, 2, 1), "Spillway")].actual == 11000.0
