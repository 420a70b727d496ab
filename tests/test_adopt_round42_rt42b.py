"""Round 42 (task rt42b): red team of the round's sweeps, attacked with tool exports and
method templates as Jira, Azure DevOps, MS Project, ServiceNow and PRINCE2 users write them.

The one wrong reading the round added that these workbooks found: ce42's closed date read
by its values took an Azure DevOps query's ``Activated Date`` (a date on the items work has
started on, every one of them ``Active``) as the date they were closed. A closed date stands
on closed items only: a date on an item whose status reads as open closes nothing."""

from __future__ import annotations

from pathlib import Path

from tests.adopt_sheets import adopt, book, field, only, targets


def _work_items(
    state: str, dated: tuple[str, str], header: str, states: tuple[str, ...]
) -> list[list[object]]:
    """An Azure DevOps query exported to Excel: four issues, ``header`` (a date column no
    vocabulary reads) filled on the first two, whose states are ``states``."""
    heads = ("ID", "Work Item Type", "Title", state, "Assigned To", "Created Date")
    rows: list[list[object]] = [[*heads, "Target Date", header, "Priority"]]
    titles = ("Licence renewal blocked", "Data migration overrun", "Test env unstable", "Docs")
    people = ("Ann Lee", "Bob Roe", "Cy Doe", "Cy Doe")
    for n, (title, who, status) in enumerate(zip(titles, people, states, strict=True)):
        on = dated[n] if n < 2 else ""
        raised, due = f"2026-01-0{5 + n}", f"2026-03-1{n}"
        rows.append([4101 + n, "Issue", title, status, who, raised, due, on, n + 1])
    return rows


def test_an_azure_devops_activated_date_on_active_items_is_no_closed_date(
    tmp_path: Path,
) -> None:
    """``Activated Date`` is written on the items work started on: all ``Active``. Before,
    ce42's rule read it as their closed date (every active issue shown closed on a date)."""
    rows = _work_items(
        "State", ("2026-01-09", "2026-01-20"), "Activated Date", ("Active", "Active", "New", "New")
    )
    adoption = adopt(book(tmp_path / "ado.xlsx", "Work items", rows))
    assert targets(only(adoption))["Activated Date"] is None
    assert field(adoption, "issues", "closed_date") == [None, None, None, None]


def test_a_german_start_date_on_items_in_progress_is_no_closed_date(tmp_path: Path) -> None:
    """The same in a German tracker: ``Begonnen am`` (begun on) on the items ``In Arbeit``."""
    rows = _work_items(
        "Status",
        ("2026-01-12", "2026-01-22"),
        "Begonnen am",
        ("In Arbeit", "In Arbeit", "Neu", "Offen"),
    )
    adoption = adopt(book(tmp_path / "de.xlsx", "Probleme", rows))
    assert targets(only(adoption))["Begonnen am"] is None
    assert field(adoption, "issues", "closed_date") == [None, None, None, None]


def test_dates_on_the_closed_items_only_are_still_the_closed_date(tmp_path: Path) -> None:
    """ce42's reading holds where the dated items are the closed ones: ``Closed`` and
    ``Resolved`` in English, ``Geschlossen`` and ``Erledigt`` in German, ``已关闭`` in an
    Azure DevOps export in Chinese."""
    cases = (
        ("Activity end", ("Closed", "Resolved", "Active", "New")),
        ("Abschluss am", ("Geschlossen", "Erledigt", "Aktiv", "Neu")),
        ("Fertigstellung", ("已关闭", "Done", "活动", "新建")),
    )
    for n, (header, states) in enumerate(cases):
        rows = _work_items("State", ("2026-02-01", "2026-02-20"), header, states)
        adoption = adopt(book(tmp_path / f"closed{n}.xlsx", "Work items", rows))
        assert targets(only(adoption))[header] == "closed_date", header
        assert [str(d) for d in field(adoption, "issues", "closed_date")] == [
            "2026-02-01",
            "2026-02-20",
            "None",
            "None",
        ]


def test_a_status_no_list_reads_does_not_refuse_the_closed_date(tmp_path: Path) -> None:
    """A team's own workflow words (``Parked``, ``Gate 3``) say nothing either way: the
    closed date is read as before."""
    rows = _work_items(
        "State", ("2026-02-01", "2026-02-20"), "Activity end", ("Gate 3", "Gate 3", "X1", "X1")
    )
    adoption = adopt(book(tmp_path / "own.xlsx", "Work items", rows))
    assert targets(only(adoption))["Activity end"] == "closed_date"
