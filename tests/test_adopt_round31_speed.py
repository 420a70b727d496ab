"""Round 31 (speed): the caches adoption keeps are pure functions of strings and the
module's fixed tables, so nothing one workbook or one mapping file says leaks into the next
adoption: a PMO's edit of the mapping file takes effect on the next run, and a run without
it reads as the first run did."""

from __future__ import annotations

import json
from pathlib import Path

from adopt_sheets import books

from addin.adopt import adopt_file
from addin.adopt.convert import closest_key, list_for_column
from addin.adopt.match import candidates, phrase_score
from addin.standards import default_standards

_ROWS: list[list[object]] = [
    ["Issue", "Assigned to", "Status", "Priority"],
    ["Build server out of disk", "Grace Lee", "Closd", "High"],
    ["Supplier invoice disputed", "Tom Walsh", "Open", "Low"],
    ["Login fails for SSO users", "Priya Nair", "Closd", "Medium"],
    ["Two testers off sick", "Dev Patel", "Closed", "Low"],
    ["Licence renewal late", "Grace Lee", "Open", "High"],
]


def test_a_mapping_edit_takes_effect_and_does_not_outlive_its_run(tmp_path: Path) -> None:
    std = default_standards()
    source = books(tmp_path / "log.xlsx", {"Issue log": _ROWS})
    first = adopt_file(source, tmp_path / "out.xlsx", std)
    assert [i.status for i in first.project.issues] == [
        "Closed",
        "Open",
        "Closed",
        "Closed",
        "Open",
    ]
    assert [i.owner for i in first.project.issues] == [
        "Grace Lee",
        "Tom Walsh",
        "Priya Nair",
        "Dev Patel",
        "Grace Lee",
    ]
    mapping_path = tmp_path / "out.mapping.json"
    data = json.loads(mapping_path.read_text(encoding="utf-8"))
    # the PMO reads the typo as Open, and "Assigned to" as no column of the register
    data["readings"].setdefault("list_words", {}).setdefault("issue_status", {})["closd"] = "Open"
    data["tables"][0]["columns"]["Assigned to"] = None
    edited = tmp_path / "edited.mapping.json"
    edited.write_text(json.dumps(data), encoding="utf-8")
    again = adopt_file(source, tmp_path / "again.xlsx", std, mapping_path=edited)
    assert [i.status for i in again.project.issues] == ["Open", "Open", "Open", "Closed", "Open"]
    assert [i.owner for i in again.project.issues] == [None] * 5
    # the same workbook without the edited file reads as the first run did
    third = adopt_file(source, tmp_path / "third.xlsx", std)
    assert [i.status for i in third.project.issues] == [
        "Closed",
        "Open",
        "Closed",
        "Closed",
        "Open",
    ]
    assert [i.owner for i in third.project.issues] == [
        "Grace Lee",
        "Tom Walsh",
        "Priya Nair",
        "Dev Patel",
        "Grace Lee",
    ]


def test_cached_readings_equal_fresh_ones() -> None:
    """The cached facts of a synonym and a header reading give the score a fresh reading
    gives: the same header scored cold and warm, in any order of registers."""
    headers = ["Risk Owner", "Rsik Ownr", "Due Dt", "Target Date", "Mitigation Actions", "Stat"]
    cold = {(h, r): candidates(h, r) for h in headers for r in ("risks", "issues", "milestones")}
    for (h, r), found in reversed(list(cold.items())):
        assert candidates(h, r) == found
    assert phrase_score("rsik owner", "risk owner", "risks") == phrase_score(
        "rsik owner", "risk owner", "risks"
    )


def test_the_closest_list_word_is_one_lists_own() -> None:
    """The closest-word cache is keyed by the list's words: two lists never share a reading."""
    assert closest_key("closd", ("open", "closed"))[0] == 1
    assert closest_key("closd", ("closed", "open"))[0] == 0
    assert closest_key("closd", ("high", "low"))[1] < 0.85
    std = default_standards()
    assert list_for_column("issue_status", std)("Closd").value == "Closed"
    assert list_for_column("priority", std)("Closd").problem is not None
