"""Round 14 of issue 15: register tables found, and their register right, when a regulated
sector names the register its own way (CAPA, NCR, deviation, interface, approvals), when a
tool numbers its records with the register's word (``ISSUE0010234``), when an ERP heads its
record numbers with the register's noun, and when a column repeats one value on every row.
Every shape was written for these tests (none is a batch layout); negatives included.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from adopt_sheets import adopt as _adopt
from adopt_sheets import book as _book
from adopt_sheets import column as _column
from adopt_sheets import field as _field
from adopt_sheets import only as _only
from adopt_sheets import targets as _targets

PEOPLE = ["Jane Smith", "Tom Brown", "Ann Lee", "Raj Patel"]


def _registers(adoption: object) -> list[str | None]:
    return [t.register for t in adoption.report.adopted_tables]  # type: ignore[attr-defined]


# --- 1. the quality records of regulated sectors are issues ----------------------------------


def test_a_construction_ncr_register_is_an_issue_log(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["NCR No.", "Description", "NCR Owner", "Date Raised", "Close-out Due", "Status"],
        [
            "NCR-014",
            "Rebar cover below specification at grid C4",
            PEOPLE[0],
            date(2026, 2, 3),
            date(2026, 3, 3),
            "Open",
        ],
        [
            "NCR-015",
            "Concrete cubes failed 28-day strength test",
            PEOPLE[1],
            date(2026, 2, 9),
            date(2026, 3, 9),
            "Closed",
        ],
        [
            "NCR-016",
            "Fire stopping missing at riser penetrations",
            PEOPLE[2],
            date(2026, 2, 20),
            date(2026, 3, 20),
            "Open",
        ],
    ]
    adoption = _adopt(_book(tmp_path / "ncr.xlsx", "NCR Register", rows))
    table = _only(adoption)
    assert table.register == "issues"
    assert _targets(table)["NCR Owner"] == "owner"
    assert _field(adoption, "issues", "owner") == PEOPLE[:3]
    assert _field(adoption, "issues", "status") == ["Open", "Closed", "Open"]


def test_a_capa_log_is_an_issue_log(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Ref", "Problem Statement", "Responsible", "Opened", "Due", "Status"],
        [
            "1",
            "Temperature excursion in cold room 2 not alarmed",
            PEOPLE[0],
            date(2026, 1, 12),
            date(2026, 2, 12),
            "Open",
        ],
        [
            "2",
            "Batch record page missing second-person check",
            PEOPLE[1],
            date(2026, 1, 19),
            date(2026, 2, 19),
            "In Progress",
        ],
    ]
    adoption = _adopt(_book(tmp_path / "capa.xlsx", "CAPAs", rows))
    assert _only(adoption).register == "issues"
    assert _field(adoption, "issues", "due_date") == [date(2026, 2, 12), date(2026, 2, 19)]


def test_a_tracked_deviation_log_is_an_issue_log(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Deviation Log - Fill/Finish Line 3", None, None, None],
        [None, None, None, None],
        ["ID", "Title", "Owner", "Status"],
        ["DV-01", "Line clearance not recorded before batch 2231", PEOPLE[0], "Open"],
        ["DV-02", "Environmental monitoring plate missed on shift B", PEOPLE[1], "Closed"],
    ]
    adoption = _adopt(_book(tmp_path / "dev.xlsx", "Sheet1", rows))
    table = _only(adoption)
    assert table.register == "issues"
    assert "named so" in table.reason


def test_a_deviations_sheet_that_tracks_nothing_is_not_an_issue_log(tmp_path: Path) -> None:
    """A schedule's deviations explained (no status, due date, priority): not open issues."""
    rows: list[list[object]] = [
        ["Task", "Deviation Explanation", "Reviewer"],
        ["Foundations poured two weeks late after the wet spell", "Weather", PEOPLE[0]],
        ["Steel frame erected ahead of plan with a second crane", "Resource", PEOPLE[1]],
        ["Cladding waits for the revised facade drawings", "Design", PEOPLE[2]],
    ]
    adoption = _adopt(_book(tmp_path / "devs.xlsx", "Deviations", rows))
    assert "issues" not in _registers(adoption)


def test_a_deviation_column_of_a_cost_plan_names_no_issue_log(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Month", "Cost Line", "Budget", "Actual", "Deviation"],
        [date(2026, 1, 1), "Contractors", 12000, 11500, -500],
        [date(2026, 2, 1), "Contractors", 12000, 12900, 900],
        [date(2026, 3, 1), "Contractors", 12000, 12100, 100],
    ]
    adoption = _adopt(_book(tmp_path / "cost.xlsx", "Cost Plan", rows))
    assert _registers(adoption) == ["finance"]


# --- 2. a contract's interface register is the dependencies ----------------------------------


def test_an_interface_register_with_need_dates_is_a_dependency_log(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        [
            "Interface No",
            "Interface Description",
            "Providing Party",
            "Information Required",
            "Required By",
            "Owner",
            "Status",
        ],
        [
            "INT-07",
            "Substation earthing design",
            "Grid Operator",
            "Earthing study report",
            date(2026, 4, 1),
            PEOPLE[0],
            "Open",
        ],
        [
            "INT-08",
            "Track possession windows",
            "Infrastructure Manager",
            "Possession plan",
            date(2026, 5, 6),
            PEOPLE[1],
            "Closed",
        ],
        [
            "INT-09",
            "Utility diversions at the depot",
            "Water Utility",
            "Diversion drawings",
            date(2026, 6, 10),
            PEOPLE[2],
            "Open",
        ],
    ]
    adoption = _adopt(_book(tmp_path / "ifr.xlsx", "Interfaces", rows))
    table = _only(adoption)
    assert table.register == "dependencies"
    targets = _targets(table)
    assert targets["Required By"] == "need_by"
    assert targets["Information Required"] == "deliverable"
    assert _field(adoption, "dependencies", "need_by") == [
        date(2026, 4, 1),
        date(2026, 5, 6),
        date(2026, 6, 10),
    ]


def test_an_it_interface_catalogue_is_no_dependency_log(tmp_path: Path) -> None:
    """System interfaces (source, target, protocol) have no dates to need them by."""
    rows: list[list[object]] = [
        ["Interface ID", "Interface Name", "Source System", "Target System", "Protocol", "Status"],
        ["IF-01", "Customer master sync to billing", "CRM", "Billing", "REST", "Live"],
        ["IF-02", "Nightly GL journal feed", "Billing", "ERP", "SFTP", "Build"],
        ["IF-03", "Stock levels to the web shop", "WMS", "Web shop", "Kafka", "Design"],
    ]
    adoption = _adopt(_book(tmp_path / "cat.xlsx", "Interfaces", rows))
    assert "dependencies" not in _registers(adoption)


# --- 3. an approvals log is the decisions ------------------------------------------------------


def test_an_approvals_log_with_approvers_is_a_decision_log(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Request", "Outcome", "Approver", "Response date"],
        ["Extend the pilot to two more sites", "Approved", PEOPLE[0], date(2026, 2, 2)],
        ["Buy 20 extra scanner licences", "Rejected", PEOPLE[1], date(2026, 2, 9)],
        ["Move go-live after the quarter end", "Approved", PEOPLE[2], date(2026, 3, 2)],
    ]
    adoption = _adopt(_book(tmp_path / "appr.xlsx", "Approvals", rows))
    table = _only(adoption)
    assert table.register == "decisions"
    assert _targets(table)["Approver"] == "made_by"
    assert _targets(table)["Response date"] == "date"
    assert _field(adoption, "decisions", "made_by") == PEOPLE[:3]


def test_an_approvals_sheet_with_no_approver_is_no_decision_log(tmp_path: Path) -> None:
    """A document's approval status list names nobody who decided: not decisions."""
    rows: list[list[object]] = [
        ["Document", "Version", "Summary", "Status"],
        ["Business case", "2.1", "Updated benefits after the pilot results", "Approved"],
        ["Design authority pack", "1.0", "First issue for the design review", "Pending"],
        ["Test strategy", "1.3", "Adds the performance test approach", "Approved"],
    ]
    adoption = _adopt(_book(tmp_path / "docs.xlsx", "Approvals", rows))
    assert "decisions" not in _registers(adoption)


# --- 4. record numbers led by the register's word ----------------------------------------------


def _service_export(numbers: list[str]) -> list[list[object]]:
    return [
        ["Number", "Short description", "Project", "State", "Assigned to", "Due date"],
        [
            numbers[0],
            "Test environment not refreshed",
            "PRJ0012 - HR Cloud",
            "Open",
            PEOPLE[0],
            date(2026, 3, 1),
        ],
        [
            numbers[1],
            "Payroll interface rejects leavers",
            "PRJ0012 - HR Cloud",
            "Open",
            PEOPLE[1],
            date(2026, 3, 8),
        ],
        [
            numbers[2],
            "Vendor patch late for the upgrade",
            "PRJ0012 - HR Cloud",
            "Closed",
            PEOPLE[2],
            date(2026, 3, 15),
        ],
    ]


def test_record_numbers_led_by_issue_name_the_issue_log(tmp_path: Path) -> None:
    rows = _service_export(["ISSUE0010231", "ISSUE0010245", "ISSUE0010262"])
    adoption = _adopt(_book(tmp_path / "sn.xlsx", "Page 1", rows))
    table = _only(adoption)
    assert table.register == "issues"
    assert "its IDs are numbered 'ISSUE'" in table.reason
    assert _targets(table)["Project"] is None  # the project filtered on, no counterparty
    assert _field(adoption, "issues", "due_date") == [
        date(2026, 3, 1),
        date(2026, 3, 8),
        date(2026, 3, 15),
    ]


def test_incident_numbers_name_no_register_and_project_is_no_dependency(tmp_path: Path) -> None:
    """INC numbers are service incidents, no register's word; a bare ``Project`` column and a
    due date do not make the table a dependency log (before round 14 they did)."""
    rows = _service_export(["INC0031001", "INC0031007", "INC0031019"])
    adoption = _adopt(_book(tmp_path / "inc.xlsx", "Page 1", rows))
    assert "dependencies" not in _registers(adoption)
    assert "issues" not in _registers(adoption)


def test_repeated_register_word_numbers_name_nothing(tmp_path: Path) -> None:
    """The same number on every row is no record number (a filter's value)."""
    rows = _service_export(["ISSUE0010231", "ISSUE0010231", "ISSUE0010231"])
    adoption = _adopt(_book(tmp_path / "rep.xlsx", "Page 1", rows))
    assert "issues" not in _registers(adoption)


def test_a_dependency_log_still_reads_its_project_column(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Dependency", "Project", "Need By", "Owner"],
        ["Identity service upgraded", "IAM Refresh", date(2026, 4, 1), PEOPLE[0]],
        ["Data warehouse schema v2", "Data Platform", date(2026, 5, 1), PEOPLE[1]],
    ]
    adoption = _adopt(_book(tmp_path / "dep.xlsx", "Dependencies", rows))
    table = _only(adoption)
    assert table.register == "dependencies"
    assert _targets(table)["Project"] == "counterparty_project_id"


# --- 5. record numbers under the register's noun; one value on every row -----------------------


def test_milestone_numbers_beside_their_description_are_the_ids(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Milestone", "Description", "Basic finish", "Person responsible"],
        ["000000008101", "Design freeze", "12.01.2026", PEOPLE[0]],
        ["000000008102", "Factory acceptance test passed", "16.02.2026", PEOPLE[1]],
        ["000000008103", "Site acceptance and handover", "30.03.2026", PEOPLE[2]],
    ]
    adoption = _adopt(_book(tmp_path / "ms.xlsx", "Sheet1", rows))
    table = _only(adoption)
    assert table.register == "milestones"
    targets = _targets(table)
    assert targets["Milestone"] == "id"
    assert targets["Description"] == "milestone"
    assert targets["Basic finish"] == "baseline_date"
    assert "record numbers" in _column(table, "Milestone").note
    assert _field(adoption, "milestones", "milestone") == [
        "Design freeze",
        "Factory acceptance test passed",
        "Site acceptance and handover",
    ]
    assert _field(adoption, "milestones", "baseline_date") == [
        date(2026, 1, 12),
        date(2026, 2, 16),
        date(2026, 3, 30),
    ]


def test_milestone_names_beside_a_description_stay_the_milestones(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Milestone", "Description", "Baseline Date"],
        ["Design freeze", "All interfaces agreed and signed off", date(2026, 1, 12)],
        ["FAT", "Factory acceptance test passed at the supplier", date(2026, 2, 16)],
    ]
    adoption = _adopt(_book(tmp_path / "ms2.xlsx", "Milestones", rows))
    targets = _targets(_only(adoption))
    assert targets["Milestone"] == "milestone"
    assert _field(adoption, "milestones", "milestone") == ["Design freeze", "FAT"]


@pytest.mark.parametrize("header", ["Trial Number", "Project Number"])
def test_one_number_on_every_row_is_no_item_id(tmp_path: Path, header: str) -> None:
    """A CTMS or portfolio export filtered on one trial or project repeats its number on
    every row: before round 14 the first milestone was adopted as M-2231, the others
    numbered after it."""
    rows: list[list[object]] = [
        [header, "Milestone", "Owner", "Baseline Date"],
        ["CT-2231", "First site initiated", PEOPLE[0], date(2026, 1, 5)],
        ["CT-2231", "First patient dosed", PEOPLE[1], date(2026, 2, 9)],
        ["CT-2231", "Database lock", PEOPLE[2], date(2026, 9, 1)],
    ]
    adoption = _adopt(_book(tmp_path / "study.xlsx", "Milestones", rows))
    table = _only(adoption)
    assert _targets(table)[header] is None
    assert _field(adoption, "milestones", "id") == ["M-001", "M-002", "M-003"]


def test_distinct_ids_are_still_the_ids(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["ID", "Milestone", "Owner", "Baseline Date"],
        ["M-1", "First site initiated", PEOPLE[0], date(2026, 1, 5)],
        ["M-2", "First patient dosed", PEOPLE[1], date(2026, 2, 9)],
        ["M-3", "Database lock", PEOPLE[2], date(2026, 9, 1)],
    ]
    adoption = _adopt(_book(tmp_path / "m.xlsx", "Milestones", rows))
    assert _targets(_only(adoption))["ID"] == "id"


# --- 6. Greek decision logs -------------------------------------------------------------------


def test_a_greek_decision_log_reads_its_row_number_and_who_decided(tmp_path: Path) -> None:
    people = ["Νίκος Αλεξίου", "Σοφία Καραγιάννη"]
    rows: list[list[object]] = [
        ["Α/Α", "Απόφαση", "Αποφασίστηκε από", "Ημερομηνία"],
        [1, "Έγκριση του σχεδίου δοκιμών", people[0], date(2026, 2, 3)],
        [2, "Επέκταση της πιλοτικής φάσης", people[1], date(2026, 2, 17)],
    ]
    adoption = _adopt(_book(tmp_path / "el.xlsx", "Αποφάσεις", rows))
    table = _only(adoption)
    assert table.register == "decisions"
    targets = _targets(table)
    assert targets["Α/Α"] == "id"
    assert targets["Αποφασίστηκε από"] == "made_by"
    assert _field(adoption, "decisions", "made_by") == people


# --- 7. the words that name a register only as a title, and give way to another's ------------


def test_a_change_log_approval_status_names_no_decision_log(tmp_path: Path) -> None:
    """``Approval Status`` and ``Approved By`` are a change request's fields: the table stays
    a change log, listed with the reason (an approval word names decisions only as a sheet
    name or a title; a first version read the header and adopted it as decisions)."""
    rows: list[list[object]] = [
        ["CR ID", "Description", "Requested By", "Approval Status", "Approved By"],
        ["CR-01", "Add a new data field to the customer form", PEOPLE[0], "Approved", PEOPLE[1]],
        ["CR-02", "Move go-live by two weeks", PEOPLE[1], "Rejected", PEOPLE[2]],
        ["CR-03", "Extra test environment for UAT", PEOPLE[2], "Approved", PEOPLE[0]],
    ]
    adoption = _adopt(_book(tmp_path / "cr.xlsx", "Sheet1", rows))
    assert adoption.report.adopted_tables == []
    (table,) = adoption.report.tables
    assert "a change request log" in table.reason


def test_gate_approvals_stay_the_milestones(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Gate", "Description", "Approver", "Approval Date"],
        ["G1", "Concept approved by the board", PEOPLE[0], date(2026, 1, 5)],
        ["G2", "Design approved for build", PEOPLE[1], date(2026, 2, 5)],
        ["G3", "Ready for service", PEOPLE[2], date(2026, 3, 5)],
    ]
    adoption = _adopt(_book(tmp_path / "gates.xlsx", "Gate Approvals", rows))
    assert _only(adoption).register == "milestones"


def test_interface_issues_are_issues(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Ref", "Issue", "Owner", "Need By", "Status"],
        [
            "1",
            "Signalling drawings arrive without the cable schedule",
            PEOPLE[0],
            date(2026, 4, 1),
            "Open",
        ],
        [
            "2",
            "Power isolation plan disputed by the tunnels contractor",
            PEOPLE[1],
            date(2026, 5, 1),
            "Open",
        ],
    ]
    adoption = _adopt(_book(tmp_path / "ii.xlsx", "Interface Issues", rows))
    assert _only(adoption).register == "issues"


# --- 8. one register across spacer columns ------------------------------------------------------


def _spaced_issue_log(n: int) -> list[list[object]]:
    """An issue log with an empty spacer column before its dates and one before its status."""
    texts = [
        "Supplier cannot staff the second data migration wave",
        "Test environment refresh overwrote the UAT data",
        "Security review of the portal not booked",
        "Printer drivers missing on the new laptop build",
    ]
    rows: list[list[object]] = [
        ["Issue Log - Finance Transformation"] + [None] * 9,
        [None] * 10,
        ["Ref", "Issue", "Owner", None, "Raised", "Due", None, "Status", "Priority", "Notes"],
    ]
    for i in range(n):
        rows.append(
            [
                f"I-{i + 1:02d}",
                texts[i],
                PEOPLE[i],
                None,
                date(2026, 1, 5 + i),
                date(2026, 2, 5 + i),
                None,
                "Open" if i % 2 else "Closed",
                "High",
                None,
            ]
        )
    return rows


def test_an_issue_log_across_spacer_columns_is_one_table(tmp_path: Path) -> None:
    adoption = _adopt(_book(tmp_path / "sp.xlsx", "Issues", _spaced_issue_log(4)))
    table = _only(adoption)
    assert table.register == "issues"
    assert table.ref == "A3:J7"
    targets = _targets(table)
    assert targets["Due"] == "due_date"
    assert targets["Status"] == "status"
    assert _field(adoption, "issues", "due_date") == [date(2026, 2, 5 + i) for i in range(4)]
    assert _field(adoption, "issues", "status") == ["Closed", "Open", "Closed", "Open"]


def test_the_joined_range_travels_in_the_mapping_file_to_next_month(tmp_path: Path) -> None:
    from addin.adopt import adopt_host, open_source
    from addin.adopt.mapping_file import load_mapping, save_mapping
    from addin.standards import default_standards

    first = _adopt(_book(tmp_path / "m1.xlsx", "Issues", _spaced_issue_log(3)))
    saved = save_mapping(first.mapping, tmp_path / "issues.mapping.json")
    second = adopt_host(
        open_source(_book(tmp_path / "m2.xlsx", "Issues", _spaced_issue_log(4))),
        default_standards(),
        mapping=load_mapping(saved),
    )
    assert _field(second, "issues", "due_date") == [date(2026, 2, 5 + i) for i in range(4)]


def test_two_registers_side_by_side_stay_two_tables(tmp_path: Path) -> None:
    """A RAID on a page: risks and issues one empty column apart, on the same rows."""
    rows: list[list[object]] = [
        ["Risk", "Owner", "Likelihood", None, "Issue", "Owner", "Priority"],
        [
            "Supplier may go out of business",
            PEOPLE[0],
            "High",
            None,
            "Server out of disk",
            PEOPLE[1],
            "High",
        ],
        [
            "Key engineer may leave",
            PEOPLE[1],
            "Low",
            None,
            "Vendor patch late",
            PEOPLE[2],
            "Medium",
        ],
        ["Budget may be cut", PEOPLE[2], "Medium", None, "Test data not masked", PEOPLE[0], "Low"],
    ]
    adoption = _adopt(_book(tmp_path / "rp.xlsx", "RAID", rows))
    assert sorted(_registers(adoption)) == ["issues", "risks"]
    assert [t.ref for t in adoption.report.adopted_tables] == ["A1:C4", "E1:G4"]


def test_a_register_beside_a_key_on_other_rows_stays_apart(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Ref", "Issue", "Owner", "Status", None, "Key", "Meaning"],
        ["I-01", "Server out of disk", PEOPLE[0], "Open", None, "Open", "Being worked"],
        ["I-02", "Vendor patch late", PEOPLE[1], "Closed", None, "Closed", "Done"],
        ["I-03", "Test data not masked", PEOPLE[2], "Open", None, None, None],
        ["I-04", "Printer drivers missing", PEOPLE[3], "Open", None, None, None],
    ]
    adoption = _adopt(_book(tmp_path / "key.xlsx", "Issues", rows))
    table = _only(adoption)
    assert table.ref == "A1:D5"


def test_a_record_listed_twice_still_names_the_register(tmp_path: Path) -> None:
    """An export that lists one record twice (a report joined to its tasks): the numbers
    still name the issues (nearly all differ)."""
    numbers = ["ISSUE0010231", "ISSUE0010245", "ISSUE0010262", "ISSUE0010270", "ISSUE0010245"]
    rows = _service_export(numbers[:3])
    rows += [[numbers[3], "Licence count short for go-live", "PRJ0012 - HR Cloud", "Open"]]
    rows[-1] += [PEOPLE[3], date(2026, 3, 22)]
    rows += [[numbers[4], "Payroll interface rejects leavers", "PRJ0012 - HR Cloud", "Open"]]
    rows[-1] += [PEOPLE[1], date(2026, 3, 8)]
    adoption = _adopt(_book(tmp_path / "twice.xlsx", "Page 1", rows))
    assert _only(adoption).register == "issues"
