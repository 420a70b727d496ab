"""Round 35's last half hour (task px37b): a mixed RAID log's last field right of a spacer.

``benchmarks/adopt_perturb.py --structural`` put a blank spacer column inside supplier RAID
extracts (``Ref | Log type | Title | Owner | Raised | Target`` then a blank column, then
``Status``): the status right of the spacer was lost on every item. Round 28's join of the
last group of fields right of a spacer (:func:`addin.adopt.spacers._with_strip_right`) took
only a register of one type; a mixed RAID log (its fields read under each type's register)
was never joined so. It is now, under round 23's test for RAID parts: the strip is no
register alone, names no id of its own and no column the log names.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.adopt_sheets import adopt, book, field, finance_by_line, registers

KINDS = ["Risk", "Issue", "Dependency", "Risk", "Assumption", "Issue"]
STATUS = ["Open", "Closed", "Open", "Closed", "Open", "Open"]


def _log(tmp_path: Path, strip: list[str], cells: list[list[object]]) -> Path:
    """A supplier's RAID extract under a title, a blank spacer column after ``Target``,
    then the ``strip`` headers with ``cells`` on each item's row."""
    header = ["Supplier ref", "Log type", "Title", "Owner", "Raised", "Target", None, *strip]
    rows: list[list[object]] = [["Supplier - RAID extract"], [], header]
    for k, kind in enumerate(KINDS):
        rows.append(
            [
                f"ARX-26-{400 + k}",
                kind,
                f"Item {k} of the works",
                "R. Imfeld",
                date(2026, 1, 5 + k),
                date(2026, 3, 5 + k),
                None,
                *cells[k],
            ]
        )
    return book(tmp_path / "raid.xlsx", "RAID Extract", rows)


@pytest.mark.parametrize("strip", [["Status"], ["Status", "Comment"]])
def test_a_raid_logs_status_right_of_a_spacer_is_read(strip: list[str], tmp_path: Path) -> None:
    cells = [[s, "chased"][: len(strip)] for s in STATUS]
    adoption = adopt(_log(tmp_path, strip, cells))
    assert set(registers(adoption)) == {"raid"}
    assert field(adoption, "risks", "status") == ["Open", "Closed"]
    assert field(adoption, "issues", "status") == ["Closed", "Open"]
    assert field(adoption, "dependencies", "status") == ["Open"]
    assert field(adoption, "assumptions", "status") == ["Open"]


def test_near_miss_an_action_list_with_its_own_ids_stays_apart(tmp_path: Path) -> None:
    """The near miss: right of the spacer, a list naming its own items (``Action ID``, a
    code on every row) is a table of its own, not more of the log's fields."""
    cells = [[f"ACT-{k}", "Open"] for k in range(len(KINDS))]
    adoption = adopt(_log(tmp_path, ["Action ID", "Status"], cells))
    assert field(adoption, "risks", "status") in ([None, None], ["", ""])
    assert field(adoption, "issues", "status") in ([None, None], ["", ""])


def _log_dates_right(tmp_path: Path, first: list[str]) -> Path:
    """A RAID extract whose ``Target`` (dates written as text) and ``Status`` stand right of
    a spacer column; ``first`` is the first cell under ``Target`` on each row."""
    header = ["Ref", "Type", "Description", "Owner", "Raised", None, "Target", "Status"]
    rows: list[list[object]] = [["Integrator - RAID extract"], [], header]
    for k, kind in enumerate(KINDS):
        rows.append(
            [
                f"LMX-{k:03d}",
                kind,
                f"Item {k} of the line",
                "T. Kruse",
                "15.11.2025",
                None,
                first[k],
                STATUS[k],
            ]
        )
    return book(tmp_path / "raid_dates.xlsx", "RAID extract", rows)


def test_text_dates_right_of_a_spacer_are_no_key_of_their_own(tmp_path: Path) -> None:
    """``Target | Status`` right of the spacer, the targets written ``05.12.2025``: dates
    differ on every row, as a key's codes do, but are no key; the part is the log's."""
    first = [f"{5 + k:02d}.12.2025" for k in range(len(KINDS))]
    adoption = adopt(_log_dates_right(tmp_path, first))
    assert set(registers(adoption)) == {"raid"}
    assert field(adoption, "risks", "status") == ["Open", "Closed"]
    assert field(adoption, "issues", "due_date") == [date(2025, 12, 6), date(2025, 12, 10)]


def test_near_miss_codes_right_of_a_spacer_stay_a_key(tmp_path: Path) -> None:
    """The near miss: a code with a digit on every row (``A-1``, ``A-2``) right of the
    spacer still starts a table of its own: the log's status is not read from it."""
    first = [f"A-{k + 1}" for k in range(len(KINDS))]
    adoption = adopt(_log_dates_right(tmp_path, first))
    assert field(adoption, "risks", "status") in ([None, None], ["", ""])


def _fee_tracker(tmp_path: Path, under: list[object] | None) -> Path:
    """A fee tracker ``Month | Workstream | | Fee budget | Fees invoiced | GST | Invoice no.``
    whose last two months hold the budget alone right of the spacer (not yet invoiced),
    then the row ``under`` (or nothing)."""
    header = ["Month", "Workstream", None, "Fee budget", "Fees invoiced", "GST 9%", "Invoice no."]
    rows: list[list[object]] = [["Consultancy fee tracker"], ["Fees in SGD"], [], header]
    lines = ["Exhibition design", "Lighting design", "Figure sculpting"]
    for m in range(1, 6):
        for k, line in enumerate(lines):
            budget = 1000.0 * (m + k)
            done = m <= 3
            rows.append(
                [date(2026, m, 1), line, None, budget]
                + ([budget, budget * 0.09, f"INV-{m}{k}"] if done else [None, None, None])
            )
    if under is not None:
        rows += [[], under]
    return book(tmp_path / "fees.xlsx", "Fee Tracker", rows)


def test_a_trackers_budget_only_months_right_of_a_spacer_are_kept(tmp_path: Path) -> None:
    adoption = adopt(_fee_tracker(tmp_path, None))
    assert registers(adoption) == ["finance"]
    lines = finance_by_line(adoption)
    assert len(lines) == 15
    assert lines[(date(2026, 5, 1), "Figure sculpting")].budget == 7000.0
    assert lines[(date(2026, 2, 1), "Lighting design")].actual == 3000.0


def test_near_miss_a_note_under_the_tracker_is_no_line(tmp_path: Path) -> None:
    """The near miss: a note under a blank row, in the left part only, is not read in."""
    adoption = adopt(_fee_tracker(tmp_path, ["Note: fees exclude GST", "see contract"]))
    assert len(finance_by_line(adoption)) == 15
