"""Red team of adoption round 14's column and value mechanisms (issue 15): statuses per
language and register, assumptions that no longer hold, header words of more languages and
tools, P6's actual flag, sparse notes, values repeated on every row, revised deadlines, codes
beside their names, header heads, organisations' names, ERP periods. Probed for results that
are **wrong** (not missing) and that a PMO would trust. Each defect found has a test here that
failed before its fix; the probes found right are kept so a later change cannot quietly break
them. Every workbook is a shape a PMO keeps, written for these tests (docs/adopt.md, "Red
team of round 14 (columns and values)").
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from adopt_sheets import adopt as _adopt
from adopt_sheets import book as _book
from adopt_sheets import field as _field
from adopt_sheets import only as _only

from addin.adopt.convert import list_for_column
from addin.standards import default_standards

# --- "valid" on a risk, an issue, a dependency or a milestone ----------------------------


@pytest.mark.parametrize("word", ["Gyldig", "Geçerli", "Érvényes", "Giltig", "Platné", "有効"])
@pytest.mark.parametrize(
    "list_name", ["risk_status", "issue_status", "dependency_status", "milestone_status"]
)
def test_valid_in_another_language_closes_no_risk_issue_or_milestone(
    list_name: str, word: str
) -> None:
    # a Danish risk register's `Gyldig` (the risk still applies) was read as the English
    # `Validated`, which closes a risk: every live risk adopted Closed. The English `Valid`
    # is left unread in these registers; so is its translation
    result = list_for_column(list_name, default_standards())(word)
    assert result.value == word
    assert result.problem is not None


@pytest.mark.parametrize("word", ["Gyldig", "Geçerli", "Érvényes", "有効", "Valid"])
def test_valid_in_any_language_is_still_an_assumptions_validated(word: str) -> None:
    result = list_for_column("assumption_status", default_standards())(word)
    assert (result.value, result.problem) == ("Validated", None)


def test_a_danish_risk_register_keeps_its_live_risks_open(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Risiko ID", "Beskrivelse", "Ejer", "Sandsynlighed", "Konsekvens", "Status"],
        ["R-1", "Leverandøren leverer for sent", "Mette Holm", 3, 4, "Gyldig"],
        ["R-2", "Nøglemedarbejder stopper", "Lars Berg", 2, 5, "Gyldig"],
        ["R-3", "Licensaftalen udløber", "Mette Holm", 2, 3, "Lukket"],
    ]
    adoption = _adopt(_book(tmp_path / "risici.xlsx", "Risici", rows))
    # before: every risk Closed; now the column two thirds unread is left out and listed
    # (a missing status a person fills, never a live risk shown closed)
    assert "Closed" not in _field(adoption, "risks", "status")[:2]
    (status,) = [c for c in _only(adoption).columns if c.header == "Status"]
    assert status.target is None and "do not fit" in status.note


# --- a revised deadline written only where the date moved --------------------------------


@pytest.mark.parametrize(
    ("first", "revised"),
    [
        ("Due Date", "Revised Due Date"),
        ("Original Due Date", "Revised Due Date"),
        ("Target Date (Original)", "Target Date (Revised)"),
    ],
)
def test_an_empty_revised_due_date_keeps_the_date_first_agreed(
    tmp_path: Path, first: str, revised: str
) -> None:
    # a re-planned date is written only where the date moved; round 14 dropped the first
    # column, so three issues of four had no due date at all (the overdue ones showed none)
    rows: list[list[object]] = [
        ["ID", "Issue", "Owner", first, revised, "Status"],
        ["I1", "Printer driver fails", "Ann Lee", date(2026, 3, 1), None, "Open"],
        ["I2", "VPN drops at night", "Tom Ray", date(2026, 3, 15), date(2026, 4, 30), "Open"],
        ["I3", "Licence expired", "Ann Lee", date(2026, 2, 1), None, "Open"],
        ["I4", "Server slow", "Tom Ray", date(2026, 5, 1), None, "Open"],
    ]
    adoption = _adopt(_book(tmp_path / "issues.xlsx", "Issues", rows))
    table = _only(adoption)
    assert _field(adoption, "issues", "due_date") == [
        date(2026, 3, 1),
        date(2026, 4, 30),  # the revised one where there is one
        date(2026, 2, 1),
        date(2026, 5, 1),
    ]
    assert any("the date first agreed" in n and repr(first) in n for n in table.notes)


def test_a_revised_due_date_of_n_a_keeps_the_first_and_tbc_does_not(tmp_path: Path) -> None:
    # `N/A` and `-` say the date was not re-planned: the first one stands; `TBC` says a new
    # date is coming: the first one is superseded, so the due date stays empty (listed)
    rows: list[list[object]] = [
        ["ID", "Issue", "Owner", "Due Date", "Revised Due Date"],
        ["I1", "Printer driver fails", "Ann Lee", date(2026, 3, 1), "N/A"],
        ["I2", "VPN drops at night", "Tom Ray", date(2026, 3, 15), date(2026, 4, 30)],
        ["I3", "Licence expired", "Ann Lee", date(2026, 2, 1), "-"],
        ["I4", "Server slow", "Tom Ray", date(2026, 5, 1), "TBC"],
    ]
    adoption = _adopt(_book(tmp_path / "issues.xlsx", "Issues", rows))
    assert _field(adoption, "issues", "due_date") == [
        date(2026, 3, 1),
        date(2026, 4, 30),
        date(2026, 2, 1),
        None,
    ]
    assert any("'TBC' means a date still to be confirmed" in n for n in _only(adoption).notes)


def test_a_dependency_need_by_revised_on_one_row_keeps_the_others(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Dep ID", "Dependency", "Provider", "Need By (Original)", "Need By (Revised)", "Status"],
        ["D1", "Firewall rules", "Network Team", date(2026, 3, 1), date(2026, 3, 20), "Open"],
        ["D2", "Test data extract", "Data Team", date(2026, 4, 1), None, "Open"],
    ]
    adoption = _adopt(_book(tmp_path / "deps.xlsx", "Dependencies", rows))
    assert _field(adoption, "dependencies", "need_by") == [date(2026, 3, 20), date(2026, 4, 1)]


def test_a_revised_due_date_filled_everywhere_is_read_as_before(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["ID", "Issue", "Owner", "Due Date", "Revised Due Date"],
        ["I1", "Printer driver fails", "Ann Lee", date(2026, 3, 1), date(2026, 3, 9)],
        ["I2", "VPN drops at night", "Tom Ray", date(2026, 3, 15), date(2026, 4, 30)],
    ]
    adoption = _adopt(_book(tmp_path / "issues.xlsx", "Issues", rows))
    table = _only(adoption)
    assert _field(adoption, "issues", "due_date") == [date(2026, 3, 9), date(2026, 4, 30)]
    assert not any("the date first agreed" in n for n in table.notes)


# --- probed and found right: words nothing decides stay unread ----------------------------


@pytest.mark.parametrize(
    ("list_name", "text"),
    [
        ("assumption_status", "Not valid yet"),
        ("assumption_status", "Not yet valid"),
        ("assumption_status", "Valid until March"),
        ("assumption_status", "Partly valid"),
        ("assumption_status", "Not proven false"),
        ("assumption_status", "Does not hold yet"),
        ("assumption_status", "Not invalid"),
        ("risk_status", "Proven false"),
        ("risk_status", "No longer holds"),
        ("risk_status", "Not monitored"),
        ("issue_status", "Not valid"),
        ("issue_status", "Nerezolvată"),  # Romanian: not resolved
        ("issue_status", "Megoldatlan"),  # Hungarian: unresolved
        ("issue_status", "Kapanmadı"),  # Turkish: not closed
        ("issue_status", "Nicht abgebrochen"),
        ("priority", "Not Immediate"),
        ("milestone_status", "Seurannassa"),
    ],
)
def test_a_negated_or_qualified_status_is_never_read_as_its_positive(
    list_name: str, text: str
) -> None:
    result = list_for_column(list_name, default_standards())(text)
    assert result.value == text
    assert result.problem is not None


def test_a_code_repeated_on_every_row_is_no_id_and_ids_are_generated(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Project Code", "Risk", "Owner", "Probability", "Impact"],
        ["PRJ-0042", "Supplier may fail to deliver", "Ann Lee", 3, 4],
        ["PRJ-0042", "Key staff may leave", "Tom Ray", 2, 5],
        ["PRJ-0042", "Data migration may overrun", "Ann Lee", 4, 3],
    ]
    adoption = _adopt(_book(tmp_path / "risks.xlsx", "Risks", rows))
    assert _field(adoption, "risks", "id") == ["R-001", "R-002", "R-003"]
    assert any("IDs were generated" in n for n in _only(adoption).notes)
