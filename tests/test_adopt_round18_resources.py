"""Round 18 (issue 15): a resource plan's person column known by whom it names, and tool
export record keys read as IDs.

A resource plan's person column is the one whose values are people's names (``people.py``'s
reading), beside the role, team and period columns, whatever its header says
(``Mitarbeiter/in``, ``Ressource``, ``Wer``, no header word known). Every shape here is
written for this test (none is a benchmark layout)."""

from __future__ import annotations

from pathlib import Path

from adopt_sheets import adopt, book, column, field, only, targets

from addin.adopt.match import candidates

MONTHS = ["Jan-26", "Feb-26", "Mar-26"]


def _plan(person_header: str, people: list[str]) -> list[list[object]]:
    rows: list[list[object]] = [
        ["Resource plan (days per month)"],
        [],
        [person_header, "Rolle", "Team", *MONTHS],
    ]
    for i, person in enumerate(people):
        rows.append([person, "Berater", "SAP", 5 + i, 10, 2])
    return rows


def test_the_person_column_is_known_by_its_names(tmp_path: Path) -> None:
    people = ["Anna Schmidt", "Jonas Weber", "Lea Fischer"]
    # round 42 (ox42): ``Mitarbeiter/in`` is read by its header now (German for employee);
    # ``Besetzung`` (staffing) is a header no vocabulary knows, so its names decide it
    adoption = adopt(book(tmp_path / "plan.xlsx", "Plan", _plan("Besetzung", people)))
    table = only(adoption)
    assert table.register == "resources"
    person = column(table, "Besetzung")
    assert person.target == "person"
    assert person.confidence < 0.8  # by content: flagged for review
    assert field(adoption, "resources", "person")[:2] == ["Anna Schmidt", "Anna Schmidt"]
    assert len(adoption.project.resources) == 9


def test_a_person_column_beside_a_total_row(tmp_path: Path) -> None:
    rows = _plan("Wer", ["Anna Schmidt", "Jonas Weber"])
    rows.append(["Summe", None, None, 11, 20, 4])
    adoption = adopt(book(tmp_path / "plan.xlsx", "Plan", rows))
    assert targets(only(adoption))["Wer"] == "person"
    assert "Summe" not in field(adoption, "resources", "person")


def test_a_named_person_column_is_read_by_its_header(tmp_path: Path) -> None:
    adoption = adopt(
        book(tmp_path / "plan.xlsx", "Plan", _plan("Name", ["Anna Schmidt", "Jo Lee"]))
    )
    person = column(only(adoption), "Name")
    assert person.target == "person" and person.confidence >= 0.8


def test_columns_of_no_people_are_no_person(tmp_path: Path) -> None:
    """Teams, workstreams and codes left of the months are not people."""
    for values in (["Finance", "Logistics", "Sales"], ["WS-01", "WS-02", "WS-03"]):
        rows = _plan("Bereich", values)
        adoption = adopt(book(tmp_path / "plan.xlsx", "Plan", rows))
        for table in adoption.report.tables:
            assert all(c.target != "person" for c in table.columns), values


def test_a_contact_list_with_months_is_no_resource_plan(tmp_path: Path) -> None:
    """People's names beside three months of phone numbers say no effort: nothing says
    days, FTE or hours, so nothing is adopted as a plan."""
    rows = [
        ["Team contacts"],
        ["Wer", "Jan-26", "Feb-26", "Mar-26"],
        ["Anna Schmidt", 4455, 4456, 4457],
        ["Jonas Weber", 4460, 4461, 4462],
    ]
    adoption = adopt(book(tmp_path / "contacts.xlsx", "Contacts", rows))
    assert not adoption.project.resources


def test_tool_record_keys_are_ids() -> None:
    for header in ("Record ID#", "Record ID"):
        (best, *_) = candidates(header, "risks")
        assert (best.column_key, best.confidence) == ("id", 1.0)
    (best, *_) = candidates("Record Owner", "issues")
    assert best.column_key == "owner"
