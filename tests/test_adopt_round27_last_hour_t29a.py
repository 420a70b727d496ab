"""Round 27's last hour of issue 15 (task t29a): the thirty-eighth batch's misses, by general
rules. Each mechanism tried on small workbooks written for these tests (none is a benchmark
layout), with a near-miss that must not fire:

1. **a task tool's export names no register**: MeisterTask's export (its own fields:
   ``Checklists``, ``Section``, ``Created at``) on a sheet nobody named takes the register the
   file's name says, weighed as a title; its ``Notes`` field is the record's description even
   when the remarks repeat. Not the same export in a file named for no register; not a
   hand-built log's ``Notes`` of stock remarks;
2. **the template's example row** (``e.g.`` / ``Example: ...``) left under the header is no
   item and is listed; a first item whose text merely opens with ``Example`` is an item;
3. **a rated column headed as the impact** (``Impact if wrong``: High / Medium / Low) stays the
   impact when another column's header names the confidence (written ``70%``); without such
   a column, round 26's reading of list words stands;
4. **a budget line beats a description** for a finance log's cost line; a description alone
   is still the line;
5. **group headings naming categories** (``LEGAL``, ``SCHEDULE``) give the risks under them
   their category; headings naming none (``Workstream A``) and a table with its own category
   column set nothing;
6. **a party column of e-mail addresses** is the other side's contact (counterparty owner);
   a ``Supplier`` of organisations is still the counterparty;
7. **a task tool's sections over its done flag**: MeisterTask's ``Status`` of open /
   completed only says done or not; a ``Section`` of workflow states (Logged, Investigating,
   Resolved) is the status. A section of sprints names no status, and the flag stays;
8. **a comma name whose part is a job title** (``Manager, Facilities``) is kept as written;
   ``Murphy, John`` is still read surname first.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from adopt_sheets import adopt, book, field, finance_by_line, only, targets

# --- 1. a task tool's export names no register --------------------------------------------

_MEISTER_HEAD = ["Name", "Notes", "Section", "Assignee", "Status", "Due date", "Tags"]
_MEISTER_HEAD += ["Created at", "Checklists", "Comments"]


def _meister_rows() -> list[list[object]]:
    rows: list[list[object]] = [list(_MEISTER_HEAD)]
    for n, (title, who) in enumerate(
        [
            ("Sprinkler heads in the loading bay painted over", "Gráinne Walsh"),
            ("Lift controller board arrived damaged", "Colm Byrne"),
            ("Roof membrane leaks above plant room 2", "Gráinne Walsh"),
            ("Access control panel not on the BMS network", "Colm Byrne"),
        ]
    ):
        note = "From the snag walk" if n % 2 else "Client's engineer"
        rows.append(
            [
                title,
                note,
                "Open items",
                who,
                "open",
                f"2026-04-{10 + n} 17:00",
                "site",
                f"2026-03-{2 + n} 09:1{n}:00",
                "1/4",
                n,
            ]
        )
    return rows


def test_a_meistertask_export_takes_the_register_its_file_names(tmp_path: Path) -> None:
    adoption = adopt(
        book(tmp_path / "Hospital wing snags - issues.xlsx", "export", _meister_rows())
    )
    table = only(adoption)
    assert table.register == "issues"
    assert "MeisterTask" in table.reason
    assert targets(table)["Name"] == "title"
    assert targets(table)["Notes"] == "description"
    assert targets(table)["Checklists"] is None
    assert field(adoption, "issues", "description")[:2] == [
        "Client's engineer",
        "From the snag walk",
    ]
    assert field(adoption, "issues", "raised_date")[1] == date(2026, 3, 3)


def test_a_meistertask_export_in_a_file_named_for_no_register_is_not_adopted(
    tmp_path: Path,
) -> None:
    adoption = adopt(book(tmp_path / "Hospital wing fit-out.xlsx", "export", _meister_rows()))
    assert adoption.report.adopted_tables == []


def test_a_hand_built_logs_notes_of_stock_remarks_are_no_description(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Issue ID", "Issue", "Owner", "Severity", "Status", "Notes"]]
    for n, title in enumerate(
        [
            "Kiln burner trips on start",
            "Clay supplier short-shipped",
            "Dryer fan bearing hot",
            "Forklift battery failing",
        ]
    ):
        rows.append([f"IS-{n + 1}", title, "Ruth Okafor", "High", "Open", "See weekly minutes"])
    table = only(adopt(book(tmp_path / "Brickworks issue log.xlsx", "Issues", rows)))
    assert table.register == "issues"
    assert targets(table)["Notes"] != "description"


# --- 2. the template's example row --------------------------------------------------------

_ASSUMPTION_HEAD = ["No.", "Assumption", "Impact if wrong", "Owner", "Validate by", "Status"]


def test_the_templates_example_row_is_no_item_and_is_listed(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Library Refurbishment - Assumptions"],
        [],
        list(_ASSUMPTION_HEAD),
        ["e.g.", "Example: the contractor keeps the site open", "High", "PM"],
        [
            1,
            "The archive can move to the annex in July",
            "High",
            "T. Ruiz",
            date(2026, 5, 4),
            "Open",
        ],
        [
            2,
            "Shelving supplier holds its 2025 prices",
            "Medium",
            "L. Chen",
            date(2026, 6, 1),
            "Open",
        ],
        [
            3,
            "Asbestos survey finds nothing in the stacks",
            "High",
            "T. Ruiz",
            date(2026, 3, 2),
            "Closed",
        ],
    ]
    adoption = adopt(book(tmp_path / "library assumptions.xlsx", "Assumptions", rows))
    table = only(adoption)
    assert field(adoption, "assumptions", "assumption")[0] == (
        "The archive can move to the annex in July"
    )
    assert len(field(adoption, "assumptions", "assumption")) == 3
    skipped = [s for s in table.skipped_rows if s.row == 4]
    assert skipped and "example" in skipped[0].reason


def test_an_item_that_opens_with_the_word_example_is_an_item(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        list(_ASSUMPTION_HEAD),
        [
            1,
            "Example Street depot stays available for storage",
            "High",
            "T. Ruiz",
            date(2026, 5, 4),
            "Open",
        ],
        [
            2,
            "Shelving supplier holds its 2025 prices",
            "Medium",
            "L. Chen",
            date(2026, 6, 1),
            "Open",
        ],
        [
            3,
            "The archive can move to the annex in July",
            "Low",
            "T. Ruiz",
            date(2026, 3, 2),
            "Open",
        ],
    ]
    adoption = adopt(book(tmp_path / "library assumptions.xlsx", "Assumptions", rows))
    assert field(adoption, "assumptions", "assumption")[0] == (
        "Example Street depot stays available for storage"
    )


# --- 3. a rated column headed as the impact ------------------------------------------------


def _rated_assumptions(with_confidence: bool) -> list[list[object]]:
    head = ["Ref", "Assumption", "Impact if wrong", "Owner", "Status"]
    rows: list[list[object]] = [head[:3] + (["Confidence"] if with_confidence else []) + head[3:]]
    for n, (text, rating, sure) in enumerate(
        [
            ("Ferry timetable unchanged over the works", "High", 0.6),
            ("Harbour board grants night working", "Medium", 0.8),
            ("Crane hire available in week 12", "Low", 0.9),
            ("Fuel price stays under the allowance", "High", 0.5),
        ]
    ):
        row: list[object] = [f"A{n + 1}", text, rating]
        rows.append(row + ([sure] if with_confidence else []) + ["Ewan Ross", "Open"])
    return rows


def test_a_rated_impact_stays_the_impact_beside_a_percentage_confidence(tmp_path: Path) -> None:
    adoption = adopt(book(tmp_path / "pier.xlsx", "Assumptions", _rated_assumptions(True)))
    table = only(adoption)
    assert targets(table)["Impact if wrong"] == "impact_if_false"
    assert field(adoption, "assumptions", "impact_if_false")[:2] == ["High", "Medium"]


def test_without_a_confidence_header_the_rated_column_is_read_by_its_words(
    tmp_path: Path,
) -> None:
    adoption = adopt(book(tmp_path / "pier.xlsx", "Assumptions", _rated_assumptions(False)))
    assert targets(only(adoption))["Impact if wrong"] == "confidence"


# --- 4. a budget line beats a description -------------------------------------------------


def _invoices(with_line: bool) -> list[list[object]]:
    rows: list[list[object]] = [
        ["Date", "Supplier", "Description"] + (["Budget Line"] if with_line else []) + ["Amount"]
    ]
    for day, what, line, amount in [
        (date(2026, 1, 9), "Scaffold hire January", "Access", 4200),
        (date(2026, 1, 20), "Stone for the west gable", "Masonry", 9100),
        (date(2026, 2, 11), "Scaffold hire February", "Access", 4200),
        (date(2026, 2, 25), "Lime mortar and sand", "Masonry", 1350),
        (date(2026, 3, 6), "Scaffold hire March", "Access", 4200),
    ]:
        rows.append([day, "Supplier A", what] + ([line] if with_line else []) + [amount])
    return rows


def test_a_budget_line_column_is_the_cost_line_beside_a_description(tmp_path: Path) -> None:
    adoption = adopt(book(tmp_path / "chapel spend.xlsx", "Spend Log", _invoices(True)))
    table = only(adoption)
    assert targets(table)["Budget Line"] == "cost_line"
    assert targets(table)["Description"] != "cost_line"
    lines = finance_by_line(adoption)
    assert lines[(date(2026, 1, 1), "Masonry")].actual == 9100


def test_a_description_alone_is_still_the_cost_line(tmp_path: Path) -> None:
    adoption = adopt(book(tmp_path / "chapel spend.xlsx", "Spend Log", _invoices(False)))
    assert targets(only(adoption))["Description"] == "cost_line"


# --- 5. group headings naming categories ---------------------------------------------------

_RISK_HEAD = ["Risk ID", "Risk", "Likelihood", "Impact", "Owner", "Status"]


def _grouped_risks(headings: tuple[str, str], category_column: bool) -> list[list[object]]:
    head = list(_RISK_HEAD) + (["Category"] if category_column else [])
    rows: list[list[object]] = [["Museum Extension Risk Register"], [], head]
    groups = {
        headings[0]: ["Planning condition on the listed wall", "Neighbour party wall claim"],
        headings[1]: [
            "Steel delivery slips past the crane booking",
            "Late design freeze",
            "Glazing lead time doubles",
        ],
    }
    n = 0
    for heading, risks in groups.items():
        rows.append([heading])
        for text in risks:
            n += 1
            extra: list[object] = ["Operational"] if category_column else []
            rows.append([f"R{n}", text, 3, 4, "Ines Duarte", "Open", *extra])
    return rows


def test_group_headings_naming_categories_give_their_risks_the_category(tmp_path: Path) -> None:
    rows = _grouped_risks(("LEGAL", "SCHEDULE RISKS"), False)
    adoption = adopt(book(tmp_path / "museum risks.xlsx", "Risks", rows))
    assert field(adoption, "risks", "category") == ["Legal", "Legal"] + ["Schedule"] * 3
    assert any("category" in note for note in only(adoption).notes)


def test_headings_naming_no_category_set_none(tmp_path: Path) -> None:
    rows = _grouped_risks(("Workstream A", "Workstream B"), False)
    adoption = adopt(book(tmp_path / "museum risks.xlsx", "Risks", rows))
    assert field(adoption, "risks", "category") == [None] * 5


def test_a_category_column_wins_over_the_headings(tmp_path: Path) -> None:
    rows = _grouped_risks(("LEGAL", "SCHEDULE"), True)
    adoption = adopt(book(tmp_path / "museum risks.xlsx", "Risks", rows))
    assert field(adoption, "risks", "category") == ["Operational"] * 5


# --- 6. a party column of e-mail addresses ------------------------------------------------


def _dependencies(party_head: str, parties: list[str]) -> list[list[object]]:
    rows: list[list[object]] = [["Dep ID", "Dependency", party_head, "Owner", "Need by"]]
    for n, (text, party) in enumerate(
        zip(
            ["Road closure permit", "Water main diversion", "Bus stop relocation"],
            parties,
            strict=True,
        )
    ):
        rows.append([f"D{n + 1}", text, party, "Femi Adeyemi", date(2026, 4, 6 + n)])
    return rows


def test_a_contact_column_of_addresses_is_the_counterpartys_owner(tmp_path: Path) -> None:
    mails = ["permits@city.example.org", "diversions@water.example.com", "stops@bus.example.org"]
    rows = _dependencies("Contact", mails)
    table = only(adopt(book(tmp_path / "tram dependencies.xlsx", "Dependencies", rows)))
    assert targets(table)["Contact"] == "counterparty_owner"


def test_a_supplier_column_of_organisations_is_still_the_counterparty(tmp_path: Path) -> None:
    rows = _dependencies("Supplier", ["City Council", "Metro Water Authority", "Bus Services Ltd"])
    table = only(adopt(book(tmp_path / "tram dependencies.xlsx", "Dependencies", rows)))
    assert targets(table)["Supplier"] == "counterparty_project_id"


# --- 7. a task tool's sections over its done flag -----------------------------------------


def _sectioned(sections: list[str]) -> list[list[object]]:
    rows = _meister_rows()
    for row, section in zip(rows[1:], sections, strict=True):
        row[2] = section
        row[4] = "completed" if section == "Resolved" else "open"
    return rows


def test_a_boards_sections_of_workflow_states_are_the_status(tmp_path: Path) -> None:
    rows = _sectioned(["Logged", "Investigating", "Resolved", "Investigating"])
    adoption = adopt(book(tmp_path / "Hospital wing snags - issues.xlsx", "export", rows))
    table = only(adoption)
    assert targets(table)["Section"] == "status"
    assert targets(table)["Status"] is None
    assert field(adoption, "issues", "status") == ["Open", "In Progress", "Resolved", "In Progress"]


def test_a_section_of_sprints_leaves_the_tools_status(tmp_path: Path) -> None:
    rows = _sectioned(["Sprint 4", "Sprint 5", "Backlog", "Sprint 4"])
    adoption = adopt(book(tmp_path / "Hospital wing snags - issues.xlsx", "export", rows))
    assert targets(only(adoption))["Status"] == "status"
    assert field(adoption, "issues", "status")[0] == "Open"


# --- 8. a comma name whose part is a job title --------------------------------------------


def _decisions(makers: list[str]) -> list[list[object]]:
    rows: list[list[object]] = [["Ref", "Date", "Decision", "Decided by"]]
    for n, (text, who) in enumerate(
        zip(
            ["Close the east car park", "Reuse the old seating", "Appoint a clerk of works"],
            makers,
            strict=True,
        )
    ):
        rows.append([f"DEC-{n + 1}", date(2026, 2, 2 + 7 * n), text, who])
    return rows


def test_a_role_before_its_department_is_kept_as_written(tmp_path: Path) -> None:
    rows = _decisions(["Manager, Facilities", "Board", "Head, Estates"])
    adoption = adopt(book(tmp_path / "theatre decisions.xlsx", "Decisions", rows))
    assert field(adoption, "decisions", "made_by") == [
        "Manager, Facilities",
        "Board",
        "Head, Estates",
    ]


def test_a_surname_first_name_is_still_read_as_a_name(tmp_path: Path) -> None:
    rows = _decisions(["Murphy, John", "Board", "Kelly, Anne"])
    adoption = adopt(book(tmp_path / "theatre decisions.xlsx", "Decisions", rows))
    assert field(adoption, "decisions", "made_by") == ["John Murphy", "Board", "Anne Kelly"]


# --- 9. an assumption not yet checked is open ----------------------------------------------


def test_an_assumption_not_yet_checked_is_open_and_an_unknown_word_is_listed(
    tmp_path: Path,
) -> None:
    rows = _rated_assumptions(True)
    rows[1][-1], rows[2][-1], rows[3][-1] = "Not yet checked", "Checked twice", "Unchecked"
    adoption = adopt(book(tmp_path / "pier.xlsx", "Assumptions", rows))
    assert field(adoption, "assumptions", "status")[:3] == ["Open", None, "Open"]
    assert any(
        "'Checked twice' is not in the list" in issue.reason for issue in only(adoption).unconverted
    )
