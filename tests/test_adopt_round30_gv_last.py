"""Round 30's last hour (task t32b): funder and government templates' misses mended by
general rules, each tried on small workbooks written for these tests (none is a benchmark
layout), with a near-miss that must not fire:

1. a **spend profile** (``Monthly expenditure profile``) is the plan, not spend incurred;
2. a grant budget's **Claimed** beside its **Planned** is the actual;
3. a **summary by kind of spend** (rows ``Capital`` / ``Resource`` by year) beside cost
   lines marked CapEx / OpEx for the same months is left out (it would count twice);
4. an assumption's **truth question** (``Holds?`` Yes / No / Partly): Validated / Invalid /
   empty; ``Monitored by`` is the owner;
5. a government return's **Return date** is the report date and its **DCA rationale** the
   status summary.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from adopt_sheets import adopt, book, books, field, finance_by_line, targets

MONTHS = [datetime(2026, m, 1) for m in (7, 8, 9)]


def test_a_spend_profile_is_the_plan(tmp_path: Path) -> None:
    path = book(
        tmp_path / "profile.xlsx",
        "Profile",
        [
            ["Bridge renewal - monthly expenditure profile (GBP)"],
            [],
            ["Cost line", *MONTHS],
            ["Steelwork", 1000, 2000, 3000],
            ["Design", 500, 500, 0],
        ],
    )
    lines = finance_by_line(adopt(path))
    assert lines[(date(2026, 8, 1), "Steelwork")].budget == 2000
    assert lines[(date(2026, 8, 1), "Steelwork")].actual is None


def test_monthly_spend_without_a_plan_word_stays_actual(tmp_path: Path) -> None:
    path = book(
        tmp_path / "spend.xlsx",
        "Spend",
        [
            ["Bridge renewal - monthly spend (GBP)"],
            [],
            ["Cost line", *MONTHS],
            ["Steelwork", 1000, 2000, 3000],
            ["Design", 500, 500, 0],
        ],
    )
    lines = finance_by_line(adopt(path))
    assert lines[(date(2026, 8, 1), "Steelwork")].actual == 2000
    assert lines[(date(2026, 8, 1), "Steelwork")].budget is None


def test_claimed_beside_planned_is_the_actual(tmp_path: Path) -> None:
    path = book(
        tmp_path / "grant.xlsx",
        "Grant",
        [
            ["Heathland grant - budget by category (EUR)"],
            [],
            ["Period", MONTHS[0], None, MONTHS[1], None],
            ["Category", "Planned", "Claimed", "Planned", "Claimed"],
            ["Staff", 4000, 3900, 4000, None],
            ["Travel", 800, 650, 800, None],
        ],
        merged=("B3:C3", "D3:E3"),
    )
    lines = finance_by_line(adopt(path))
    assert lines[(date(2026, 7, 1), "Staff")].budget == 4000
    assert lines[(date(2026, 7, 1), "Staff")].actual == 3900
    assert lines[(date(2026, 8, 1), "Travel")].actual is None


def _summary_rows() -> list[list[object]]:
    return [
        ["Depot rebuild - costs by year (GBP)"],
        [],
        ["Cost type", "2026-27", "2027-28", "Total"],
        ["Capital", 1_200_000, 600_000, 1_800_000],
        ["Resource", 240_000, 120_000, 360_000],
    ]


def test_a_summary_by_kind_beside_its_lines_is_left_out(tmp_path: Path) -> None:
    months = [datetime(2026, m, 1) for m in (4, 5, 6)]
    path = books(
        tmp_path / "case.xlsx",
        {
            "Summary": _summary_rows(),
            "Profile": [
                ["Depot rebuild - monthly spend profile (GBP)"],
                [],
                ["Cost line", "Capital / Resource", *months],
                ["Groundworks", "Capital", 100_000, 90_000, 80_000],
                ["Project office", "Resource", 20_000, 20_000, 20_000],
            ],
        },
    )
    adoption = adopt(path)
    assert len(adoption.project.finance) == 6
    lines = finance_by_line(adoption)
    assert lines[(date(2026, 5, 1), "Groundworks")].budget == 90_000
    assert lines[(date(2026, 5, 1), "Groundworks")].capex_opex == "CapEx"
    summary = next(t for t in adoption.report.tables if t.sheet == "Summary")
    assert summary.items == {"finance": 0}
    assert "summary of the cost lines" in " ".join(summary.notes)


def test_a_summary_by_kind_alone_is_read(tmp_path: Path) -> None:
    adoption = adopt(book(tmp_path / "alone.xlsx", "Summary", _summary_rows()))
    assert len(adoption.project.finance) == 48


def test_a_summary_beside_lines_of_other_months_is_read(tmp_path: Path) -> None:
    months = [datetime(2030, m, 1) for m in (4, 5)]
    path = books(
        tmp_path / "later.xlsx",
        {
            "Summary": _summary_rows(),
            "Profile": [
                ["Depot rebuild - monthly spend profile (GBP)"],
                [],
                ["Cost line", "Capital / Resource", *months],
                ["Groundworks", "Capital", 100_000, 90_000],
                ["Project office", "Resource", 20_000, 20_000],
            ],
        },
    )
    assert len(adopt(path).project.finance) == 48 + 4


def _assumptions(header: str) -> list[list[object]]:
    return [
        ["Logframe assumptions"],
        [],
        ["Assumption", "Monitored by", header],
        ["Farmers keep records of yields", "Ama Owusu", "Yes"],
        ["Input prices stay stable", "Kofi Mensah", "No"],
        ["Rains arrive on time", "Ama Owusu", "Partly"],
    ]


def test_a_truth_question_reads_yes_no_and_partly(tmp_path: Path) -> None:
    adoption = adopt(book(tmp_path / "a.xlsx", "Assumptions", _assumptions("Holds?")))
    table = adoption.report.tables[0]
    assert targets(table)["Monitored by"] == "owner"
    assert targets(table)["Holds?"] == "status"
    assert field(adoption, "assumptions", "status") == ["Validated", "Invalid", None]
    assert field(adoption, "assumptions", "owner") == ["Ama Owusu", "Kofi Mensah", "Ama Owusu"]


def test_a_validated_flag_still_leaves_no_empty(tmp_path: Path) -> None:
    adoption = adopt(book(tmp_path / "v.xlsx", "Assumptions", _assumptions("Validated?")))
    assert field(adoption, "assumptions", "status") == ["Validated", None, None]


def test_a_return_date_and_a_dca_rationale(tmp_path: Path) -> None:
    path = book(
        tmp_path / "return.xlsx",
        "Return",
        [
            ["Quarterly data return"],
            [],
            ["Project name", "Harbour wall renewal"],
            ["Return date", "31 March 2026"],
            ["Delivery Confidence Assessment", "Amber"],
            ["DCA rationale", "Piling behind plan; recovery agreed with the contractor."],
            [],
            ["Milestone", "Baseline", "Forecast"],
            ["Piling complete", datetime(2026, 2, 1), datetime(2026, 4, 1)],
            ["Wall complete", datetime(2026, 9, 1), datetime(2026, 10, 1)],
        ],
    )
    header = adopt(path).project.header
    assert header.report_date == date(2026, 3, 31)
    assert header.status_summary == "Piling behind plan; recovery agreed with the contractor."


def test_a_truth_question_with_no_yes_yet_is_read(tmp_path: Path) -> None:
    rows = _assumptions("Holds?")
    rows[3][2] = "Partly"
    adoption = adopt(book(tmp_path / "p.xlsx", "Assumptions", rows))
    assert field(adoption, "assumptions", "status") == [None, "Invalid", None]


def test_a_flag_of_only_no_and_partly_under_a_closing_word_says_nothing(tmp_path: Path) -> None:
    rows = _assumptions("Validated?")
    rows[3][2] = "Partly"
    adoption = adopt(book(tmp_path / "q.xlsx", "Assumptions", rows))
    assert field(adoption, "assumptions", "status") == [None, None, None]


def test_a_reportable_event_log_is_an_issue_log(tmp_path: Path) -> None:
    path = book(
        tmp_path / "events.xlsx",
        "Log",
        [
            ["Reportable events log"],
            [],
            ["Event ID", "Date Reported", "Event Description", "Follow-up Owner", "Status"],
            ["E-1", datetime(2026, 3, 2), "Dosimeter lost during outage", "Ann Roy", "Open"],
            ["E-2", datetime(2026, 3, 9), "Door interlock fault", "Ben Wu", "Closed"],
        ],
    )
    adoption = adopt(path)
    table = adoption.report.tables[0]
    assert table.register == "issues"
    assert targets(table)["Event ID"] == "id"
    assert field(adoption, "issues", "title") == [
        "Dosimeter lost during outage",
        "Door interlock fault",
    ]


def test_an_event_calendar_is_no_issue_log(tmp_path: Path) -> None:
    path = book(
        tmp_path / "calendar.xlsx",
        "Events",
        [
            ["Events"],
            [],
            ["Event", "Venue", "Date"],
            ["Open day", "Town hall", datetime(2026, 3, 2)],
            ["Site visit", "Depot", datetime(2026, 3, 9)],
        ],
    )
    assert adopt(path).project.issues == []


def test_half_years_across_are_six_months_each(tmp_path: Path) -> None:
    path = book(
        tmp_path / "halves.xlsx",
        "Budget",
        [
            ["Heathland grant - budget (EUR)"],
            [],
            ["Cost line", "H1 2026", "H2 2026"],
            ["Staff", 6000, 12000],
            ["Travel", 600, 1200],
        ],
    )
    adoption = adopt(path)
    lines = finance_by_line(adoption)
    assert lines[(date(2026, 1, 1), "Staff")].budget == 1000
    assert lines[(date(2026, 12, 1), "Staff")].budget == 2000
    assert len(adoption.project.finance) == 24
    assert "six months" in " ".join(adoption.report.tables[0].notes)


def test_half_labels() -> None:
    from addin.adopt.quarters import half_label

    assert half_label("H1 2026") == (1, 2026, False)
    assert half_label("2026 H2") == (2, 2026, False)
    assert half_label("H2 FY27") == (2, 2027, True)
    assert half_label("H1") is None  # a heading level, no year
    assert half_label("H1 26") is None


def test_years_ending_30_june_start_in_july() -> None:
    from addin.adopt.periods import fiscal_start_in

    assert fiscal_start_in(["Whole of life costs (years ending 30 June)"]) == 7
    assert fiscal_start_in(["Accounts for the year ended 31 March 2026"]) == 4
    assert fiscal_start_in(["Costs for the years ahead, ending soon"]) is None


def test_financial_years_ending_in_june_across(tmp_path: Path) -> None:
    path = book(
        tmp_path / "nz.xlsx",
        "Costs",
        [
            ["Whole of life costs (years ending 30 June)"],
            [],
            ["Cost line", "Capital / Operating", "FY27", "FY28"],
            ["Pump station", "Capital", 1200, 2400],
            ["Operations team", "Operating", 120, 240],
        ],
    )
    lines = finance_by_line(adopt(path))
    assert lines[(date(2026, 7, 1), "Pump station")].budget == 100
    assert lines[(date(2027, 6, 1), "Pump station")].budget == 100
    assert lines[(date(2027, 7, 1), "Pump station")].budget == 200


def test_a_capital_programme_of_schemes_is_a_milestone_plan(tmp_path: Path) -> None:
    path = book(
        tmp_path / "capital.xlsx",
        "Programme",
        [
            ["Capital programme - scheme status"],
            [],
            ["Scheme", "Project Manager", "Baseline Completion", "Forecast Completion"],
            ["Library roof", "Sam Reid", datetime(2026, 5, 1), datetime(2026, 6, 1)],
            ["Park lighting", "Jo Kerr", datetime(2026, 8, 1), datetime(2026, 8, 1)],
        ],
    )
    adoption = adopt(path)
    assert adoption.report.tables[0].register == "milestones"
    assert field(adoption, "milestones", "owner") == ["Sam Reid", "Jo Kerr"]
    assert field(adoption, "milestones", "baseline_date") == [date(2026, 5, 1), date(2026, 8, 1)]


def test_a_plain_owner_beside_a_project_manager_keeps_the_owner(tmp_path: Path) -> None:
    path = book(
        tmp_path / "owners.xlsx",
        "Milestones",
        [
            ["Milestone plan"],
            [],
            ["Milestone", "Owner", "Project Manager", "Baseline Date"],
            ["Design frozen", "Ann Roy", "Ben Wu", datetime(2026, 5, 1)],
            ["Build done", "Cal Dee", "Ben Wu", datetime(2026, 8, 1)],
        ],
    )
    assert field(adopt(path), "milestones", "owner") == ["Ann Roy", "Cal Dee"]
