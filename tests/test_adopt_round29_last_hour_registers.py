"""Round 29's last hour (task t31a): the ordinary registers' leftovers, each rule tried on
small workbooks written for these tests (none is a benchmark layout), with a near-miss that
must not fire:

1. **an issue being worked** (``Being worked``, ``Being worked on``, ``Being actioned``) is
   In Progress, as ``Working on it`` is;
2. **an assumption found wrong** (``Wrong``, ``Incorrect``) is Invalid; a risk's or an
   issue's ``Wrong`` stays unread (their lists have no Invalid);
3. **"Still" before a state** (``Still open``, ``Still in progress``) reads as the state;
   ``Still`` alone and a word after it that reads as nothing stay unread;
4. **a dependency log's people by their side** (``Their PM``, ``Their contact``) are the
   counterparty owner, ``Our PM`` / ``Our lead`` the owner;
5. **a dependency log with no title column**: its one deliverable column (``What``) is the
   title; beside a title column it stays the deliverable.
"""

from __future__ import annotations

from pathlib import Path

from adopt_sheets import adopt, book, field, only, targets

from addin.adopt.convert import list_for_column
from addin.standards import default_standards

PEOPLE = ["Aroha Ngata", "Liam Fraser", "Priya Shah", "Ole Hansen", "Mei Lin"]


def _read(list_name: str, word: str) -> tuple[object, str | None]:
    found = list_for_column(list_name, default_standards())(word)
    return found.value, found.problem


def test_an_issue_being_worked_is_in_progress(tmp_path: Path) -> None:
    head = ["ID", "Issue", "Owner", "Raised", "Status"]
    words = ["Being worked", "Being worked on", "Being actioned", "Open", "Closed"]
    rows: list[list[object]] = [head]
    for n, word in enumerate(words):
        rows.append([f"ISS-{n + 1:02d}", f"Server room {n + 1} overheats", PEOPLE[n], None, word])
    adoption = adopt(book(tmp_path / "issues.xlsx", "Issue Log", rows))
    assert targets(only(adoption))["Status"] == "status"
    assert field(adoption, "issues", "status") == [
        "In Progress",
        "In Progress",
        "In Progress",
        "Open",
        "Closed",
    ]


def test_an_assumption_found_wrong_is_invalid_and_still_open_is_open(tmp_path: Path) -> None:
    head = ["Ref", "Assumption", "Owner", "Status"]
    words = ["Wrong", "Still open", "Incorrect", "Validated", "Still open"]
    rows: list[list[object]] = [head]
    for n, word in enumerate(words):
        rows.append([n + 1, f"Vendor {n + 1} keeps its price for a year", PEOPLE[n], word])
    adoption = adopt(book(tmp_path / "assumptions.xlsx", "Assumptions", rows))
    assert targets(only(adoption))["Status"] == "status"
    assert field(adoption, "assumptions", "status") == [
        "Invalid",
        "Open",
        "Invalid",
        "Validated",
        "Open",
    ]


def test_wrong_is_no_risk_or_issue_status() -> None:
    # near-miss: only the assumption list has Invalid
    for name in ("risk_status", "issue_status", "dependency_status"):
        value, problem = _read(name, "Wrong")
        assert (value, problem is not None) == ("Wrong", True)


def test_still_before_a_state_reads_as_the_state() -> None:
    assert _read("issue_status", "Still in progress") == ("In Progress", None)
    assert _read("risk_status", "still open")[0] == "Open"
    assert _read("dependency_status", "Still on track")[0] == "On Track"
    # near-misses: "Still" alone, and a word after it that reads as nothing
    for word in ("Still", "Still thinking about it"):
        value, problem = _read("issue_status", word)
        assert value == word and problem is not None


def _dep_rows(head: list[str], with_title: bool) -> list[list[object]]:
    things = [
        "Signed data-sharing agreement",
        "Test environment with production data masked",
        "Fibre link to the new depot",
        "Trained super-users from each branch",
        "Updated price file from the wholesaler",
    ]
    rows: list[list[object]] = [head]
    for n, thing in enumerate(things):
        them, ours = PEOPLE[n], PEOPLE[(n + 2) % len(PEOPLE)]
        row: list[object] = [f"D{n + 1:02d}"]
        row += [f"Depot go-live needs item {n + 1}"] if with_title else []
        row += [thing, ["Legal", "IT", "Network"][n % 3], them, ours, f"2026-07-{n + 3:02d}"]
        row += [["Open", "At risk"][n % 2]]
        rows.append(row)
    return rows


def test_their_pm_is_the_counterparty_owner_and_what_the_title(tmp_path: Path) -> None:
    head = ["Ref", "What", "From team", "Their PM", "Our PM", "Needed by", "Status"]
    adoption = adopt(book(tmp_path / "deps.xlsx", "Dependencies", _dep_rows(head, False)))
    mapped = targets(only(adoption))
    assert (mapped["What"], mapped["Their PM"], mapped["Our PM"]) == (
        "title",
        "counterparty_owner",
        "owner",
    )
    titles = field(adoption, "dependencies", "title")
    assert titles[0] == "Signed data-sharing agreement"
    assert field(adoption, "dependencies", "counterparty_owner")[:2] == PEOPLE[:2]
    assert field(adoption, "dependencies", "owner")[0] == PEOPLE[2]


def test_their_contact_and_our_lead_by_side(tmp_path: Path) -> None:
    head = ["Ref", "Deliverable", "From team", "Their contact", "Our lead", "Need by", "Status"]
    adoption = adopt(book(tmp_path / "deps.xlsx", "Dependency Log", _dep_rows(head, False)))
    mapped = targets(only(adoption))
    assert mapped["Their contact"] == "counterparty_owner" and mapped["Our lead"] == "owner"
    assert mapped["Deliverable"] == "title"


def test_a_deliverable_beside_a_title_stays_the_deliverable(tmp_path: Path) -> None:
    # near-miss: with a title column, the thing handed over is the deliverable
    head = ["Ref", "Dependency", "What", "From team", "Their PM", "Our PM", "Need by", "Status"]
    adoption = adopt(book(tmp_path / "deps.xlsx", "Dependencies", _dep_rows(head, True)))
    mapped = targets(only(adoption))
    assert (mapped["Dependency"], mapped["What"]) == ("title", "deliverable")
    assert field(adoption, "dependencies", "deliverable")[0] == "Signed data-sharing agreement"
