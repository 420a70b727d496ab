"""Round 34's merges: readings one branch's rule changed in a layout its no-loss sample did
not hold, found by the lead's runs of every floor (docs/adopt.md, "Round 34: scored by the
lead").

- a mixed RAID log's ``Priority`` of ``H`` / ``M`` / ``L`` letters: the issues' priority,
  and no assumption's confidence (round 34's reading of a list's legacy words by its values
  takes words only: letters name the items of every scale alike);
- a Swedish assumption log's ``Utfall``: its outcome (v36l's general Swedish ``utfall`` as
  the actual is taken back: round 32's ``match.NORDIC_ACTUAL`` reads it so where a finance
  measure is expected).
"""

from __future__ import annotations

import random
import sys
from datetime import datetime
from pathlib import Path

from adopt_sheets import adopt, book, field

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))


def test_priority_letters_in_a_mixed_log_are_no_assumption_confidence(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["RAID Log"],
        ["Project: Clubhouse Refurbishment 2026"],
        [],
        ["Ref", "Type", "Description", "Owner", "Date Raised", "Target Date", "Status", "Priority"],
    ]
    kinds = ["Risk", "Assumption", "Issue", "Dependency"] * 2
    for n, kind in enumerate(kinds):
        rows.append(
            [
                f"{kind[0]}{n + 1:02d}",
                kind,
                f"{kind} number {n + 1} of the clubhouse",
                "AM",
                datetime(2026, 1, 1 + n),
                datetime(2026, 2, 1 + n),
                "Open",
                "HML"[n % 3],
            ]
        )
    adoption = adopt(book(tmp_path / "raid.xlsx", "RAID Log", rows))
    (mapped,) = adoption.mapping.tables
    assert mapped.register_columns["issues"]["Priority"] == "priority"
    assert "Priority" not in mapped.register_columns["assumptions"]
    assert field(adoption, "assumptions", "confidence") == [None, None]
    assert field(adoption, "issues", "priority") == ["Low", "High"]


def test_utfall_in_an_assumption_log_is_its_outcome(tmp_path: Path) -> None:
    # v36l's general Swedish `utfall` (actual) took round 20's antagandelogg's outcome
    # column; round 32 reads bare `Utfall` as the actual only where a measure is expected
    from adopt_layouts_heldout20 import sweden_antagandelogg

    built = sweden_antagandelogg(tmp_path, random.Random(2026 * 1000 + 4))
    adoption = adopt(built.path)
    (mapped,) = adoption.mapping.tables
    assert mapped.columns["Utfall"] == "outcome"
    expected = {v.where: v.expected for v in built.values if v.column == "outcome"}
    got = field(adoption, "assumptions", "outcome")
    assert expected and all(got[k] == text for k, text in expected.items())
