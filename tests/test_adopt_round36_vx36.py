"""Round 36 (task vx36): the standard vocabularies of contract management, as a client
PMO meets them in its suppliers' registers and trackers.

- construction contracts: NEC's early warning register (risks, ``EWN-004`` codes, the
  date a party notified it), compensation events and project manager's instructions
  (changes: listed, no register of the standard's), key dates (milestones); FIDIC's and
  JCT's variations (changes), interim payment certificates (finance); JCT's snagging and
  AIA's punch lists, RFIs and technical queries, non-conformance reports (issues);
- IT and services contracts: a UAT defect log by priority and severity, a hypercare log
  (issues), a deliverables acceptance tracker (milestones), change requests (changes);
- consultancy: a fee burn report (finance).
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from addin.adopt.classify import CHANGE_WORDS
from addin.adopt.evidence import register_id_share
from tests.adopt_sheets import adopt, book, field, finance_by_line, only, registers, targets

PEOPLE = ["Jane Smith", "Arun Patel", "Mei Chen", "Rhys Jones"]
STATUS = ["Open", "Closed", "Open", "In progress"]


def _log(title: str, head: list[str], rows: list[list[object]]) -> list[list[object]]:
    return [[title], [], head, *rows]


# --- 1. NEC: early warnings, compensation events, key dates ------------------------------


def test_an_nec_early_warning_register_is_the_risks_with_its_notified_date(
    tmp_path: Path,
) -> None:
    head = ["EWN No.", "Description", "Date notified", "Notified by", "Owner", "Status"]
    rows: list[list[object]] = [
        [
            f"EWN-{n + 1:03d}",
            f"Ground conditions at pier {n}",
            datetime(2026, 1, n + 2),
            "Contractor",
            PEOPLE[n],
            STATUS[n],
        ]
        for n in range(4)
    ]
    adoption = adopt(
        book(tmp_path / "ewn.xlsx", "EWN Register", _log("Early warnings", head, rows))
    )
    assert registers(adoption) == ["risks"]
    got = targets(only(adoption))
    assert got["EWN No."] == "id"
    assert got["Date notified"] == "raised_date"
    assert got["Notified by"] is None
    assert field(adoption, "risks", "raised_date")[0] == date(2026, 1, 2)
    # the item keeps its number under the standard's own prefix
    assert field(adoption, "risks", "id")[:2] == ["R-001", "R-002"]


@pytest.mark.parametrize(
    ("sheet", "title", "first"),
    [
        ("CE Register", "Compensation events - NEC4 ECC", "CE No."),
        ("Variations", "Variation orders", "VO No."),
        ("PMIs", "Project Manager's Instructions", "Ref"),
        ("Site instructions", "Site instructions issued", "Ref"),
    ],
)
def test_a_contract_s_change_log_is_listed_as_a_change_log_not_adopted(
    sheet: str, title: str, first: str, tmp_path: Path
) -> None:
    head = [first, "Description", "Notified", "Quotation due", "Value (£)", "Status"]
    code = {"CE No.": "CE", "VO No.": "VO"}.get(first, "PMI")
    rows: list[list[object]] = [
        [
            f"{code}-{n + 1:03d}",
            f"Change to the drainage design {n}",
            datetime(2026, 2, n + 1),
            datetime(2026, 2, n + 20),
            5000.0 * (n + 1),
            STATUS[n],
        ]
        for n in range(4)
    ]
    adoption = adopt(book(tmp_path / "ce.xlsx", sheet, _log(title, head, rows)))
    assert adoption.report.adopted_tables == []
    (table,) = adoption.report.tables
    assert "a change request log" in table.reason


def test_near_miss_a_read_me_tab_s_instructions_name_no_change_log() -> None:
    assert "instruction" not in CHANGE_WORDS
    assert "instructions" not in CHANGE_WORDS


def test_near_miss_a_cost_variation_sheet_with_a_finance_tracker_stays_finance(
    tmp_path: Path,
) -> None:
    rows: list[list[object]] = [["Cost variations by month"], [], ["Month", "Cost line"]]
    rows[2] += ["Budget", "Actual"]
    for month in (1, 2, 3):
        rows.append([datetime(2026, month, 1), "Civils", 1000.0 * month, 900.0 * month])
    adoption = adopt(book(tmp_path / "v.xlsx", "Variations", rows))
    assert registers(adoption) == ["finance"]
    assert finance_by_line(adoption)[(date(2026, 2, 1), "Civils")].actual == 1800.0


def test_nec_key_dates_are_milestones(tmp_path: Path) -> None:
    head = ["Key date", "Condition to be met", "Key date (contract)", "Forecast", "Achieved"]
    rows: list[list[object]] = [
        [
            f"KD{n + 1}",
            f"Access to zone {n + 1} given",
            datetime(2026, 7, n + 1),
            datetime(2026, 7, n + 3),
            datetime(2026, 7, n + 4) if n < 2 else None,
        ]
        for n in range(4)
    ]
    adoption = adopt(book(tmp_path / "kd.xlsx", "Key Dates", _log("NEC Key Dates", head, rows)))
    assert registers(adoption) == ["milestones"]
    got = targets(only(adoption))
    assert got["Condition to be met"] == "milestone"
    assert got["Key date (contract)"] == "baseline_date"
    assert got["Achieved"] == "actual_date"
    assert field(adoption, "milestones", "actual_date")[2] is None


# --- 2. JCT / AIA: snagging and punch lists, RFIs and TQs, NCRs ---------------------------


@pytest.mark.parametrize(
    ("sheet", "title"),
    [
        ("Punch List", "Punch list - Level 3 fit-out"),
        ("Snagging", "Snagging list - Block A"),
        ("Sheet1", "Punch items open at practical completion"),
        ("Snags", "Snag log"),
    ],
)
def test_a_snagging_or_punch_list_is_the_issues(sheet: str, title: str, tmp_path: Path) -> None:
    head = ["Item #", "Location", "Description", "Responsible", "Due date", "Status"]
    rows: list[list[object]] = [
        [
            n + 1,
            f"Room 3.0{n}",
            f"Door closer missing on door {n}",
            PEOPLE[n],
            datetime(2026, 4, n + 1),
            STATUS[n],
        ]
        for n in range(4)
    ]
    adoption = adopt(book(tmp_path / "snag.xlsx", sheet, _log(title, head, rows)))
    assert registers(adoption) == ["issues"]
    got = targets(only(adoption))
    assert got["Description"] == "title"
    assert got["Responsible"] == "owner"
    assert got["Due date"] == "due_date"
    assert field(adoption, "issues", "title")[0] == "Door closer missing on door 0"


def test_near_miss_a_punch_word_alone_names_no_issue_log(tmp_path: Path) -> None:
    from addin.adopt.synonyms import REGISTER_WORDS

    assert "punch" not in REGISTER_WORDS["issues"]


@pytest.mark.parametrize(
    ("sheet", "first", "code"),
    [
        ("TQ Log", "TQ No.", "TQ"),
        ("RFI Log", "RFI No.", "RFI"),
        ("Technical Queries", "TQ ref", "TQ"),
    ],
)
def test_a_query_log_s_own_codes_are_its_ids_and_its_answer_closes_it(
    sheet: str, first: str, code: str, tmp_path: Path
) -> None:
    head = [first, "Query", "Date raised", "Response required by", "Date responded", "Status"]
    rows: list[list[object]] = [
        [
            f"{code}-{n + 1:03d}",
            f"Confirm the grout specification for base {n}",
            datetime(2026, 2, n + 1),
            datetime(2026, 2, n + 8),
            datetime(2026, 2, n + 6) if n % 2 else None,
            "Answered" if n % 2 else "Open",
        ]
        for n in range(4)
    ]
    adoption = adopt(
        book(tmp_path / "tq.xlsx", sheet, _log("Technical query register", head, rows))
    )
    assert registers(adoption) == ["issues"]
    got = targets(only(adoption))
    assert got[first] == "id"
    assert got["Response required by"] == "due_date"
    assert got["Date responded"] == "closed_date"
    assert field(adoption, "issues", "id")[:2] == ["I-001", "I-002"]
    assert field(adoption, "issues", "closed_date")[:2] == [None, date(2026, 2, 7)]


def test_query_codes_are_an_issue_log_s_ids_by_content() -> None:
    assert register_id_share(["TQ-001", "TQ-002", "TQ-003"], "issues") == 1.0
    assert register_id_share(["TQ-001", "TQ-002", "TQ-003"], "risks") == 0.0


def test_an_ncr_register_is_the_issues_with_its_close_out(tmp_path: Path) -> None:
    head = ["NCR No.", "Description", "Date raised", "Severity", "Corrective action"]
    head += ["Close-out date", "Status"]
    rows: list[list[object]] = [
        [
            f"NCR-{n + 1:03d}",
            f"Concrete cover below spec at slab {n}",
            datetime(2026, 2, n + 1),
            "Major",
            "Break out and recast",
            datetime(2026, 3, n + 1),
            STATUS[n],
        ]
        for n in range(4)
    ]
    adoption = adopt(
        book(tmp_path / "ncr.xlsx", "NCR Register", _log("Non-conformance register", head, rows))
    )
    assert registers(adoption) == ["issues"]
    got = targets(only(adoption))
    assert got["NCR No."] == "id"
    assert got["Corrective action"] == "resolution"
    assert got["Close-out date"] == "closed_date"


# --- 3. FIDIC / JCT money: interim payment certificates ------------------------------------


@pytest.mark.parametrize(
    ("sheet", "title"),
    [("IPC", "Interim payment certificates"), ("Sheet1", "Payment certificates - FIDIC")],
)
def test_interim_payment_certificates_are_the_money_certified_each_month(
    sheet: str, title: str, tmp_path: Path
) -> None:
    head = ["IPC No.", "Period ending", "Amount certified"]
    rows: list[list[object]] = [
        [n + 1, datetime(2026, n + 1, 28), 100000.0 * (n + 1)] for n in range(4)
    ]
    adoption = adopt(book(tmp_path / "ipc.xlsx", sheet, _log(title, head, rows)))
    assert registers(adoption) == ["finance"]
    assert targets(only(adoption))["Amount certified"] == "actual"
    assert finance_by_line(adoption)[(date(2026, 3, 1), None)].actual == 300000.0


# --- 4. IT and services contracts ----------------------------------------------------------


def test_a_uat_defect_log_by_p1_p4_is_the_issues_by_priority(tmp_path: Path) -> None:
    head = ["Defect ID", "Summary", "Priority", "Assigned to", "Raised", "Target fix date"]
    head += ["Status"]
    rows: list[list[object]] = [
        [
            f"DEF-{n + 1}",
            f"Invoice run fails for batch {n}",
            f"P{n + 1}",
            PEOPLE[n],
            datetime(2026, 5, n + 1),
            datetime(2026, 5, n + 10),
            STATUS[n],
        ]
        for n in range(4)
    ]
    adoption = adopt(book(tmp_path / "uat.xlsx", "UAT Defects", _log("UAT defect log", head, rows)))
    assert registers(adoption) == ["issues"]
    assert field(adoption, "issues", "priority") == ["Critical", "High", "Medium", "Low"]
    assert targets(only(adoption))["Target fix date"] == "due_date"


def test_a_hypercare_log_is_the_issues(tmp_path: Path) -> None:
    head = ["ID", "Issue", "Priority", "Owner", "Raised", "Status"]
    rows: list[list[object]] = [
        [
            n + 1,
            f"Overnight batch late on day {n}",
            f"P{n + 1}",
            PEOPLE[n],
            datetime(2026, 8, n + 1),
            STATUS[n],
        ]
        for n in range(4)
    ]
    adoption = adopt(
        book(tmp_path / "hc.xlsx", "Hypercare", _log("Hypercare issue log", head, rows))
    )
    assert registers(adoption) == ["issues"]
    assert field(adoption, "issues", "owner")[1] == "Arun Patel"


def test_a_deliverables_acceptance_tracker_is_the_milestones(tmp_path: Path) -> None:
    head = ["Deliverable", "Due date", "Forecast", "Accepted date", "Owner"]
    rows: list[list[object]] = [
        [
            f"D{n + 1} Solution design {n}",
            datetime(2026, 6, n + 1),
            datetime(2026, 6, n + 3),
            datetime(2026, 6, n + 4) if n < 2 else None,
            PEOPLE[n],
        ]
        for n in range(4)
    ]
    adoption = adopt(
        book(
            tmp_path / "d.xlsx", "Deliverables", _log("Deliverables acceptance tracker", head, rows)
        )
    )
    assert registers(adoption) == ["milestones"]
    got = targets(only(adoption))
    assert got["Deliverable"] == "milestone"
    assert got["Accepted date"] == "actual_date"


def test_a_change_request_log_of_a_services_contract_is_listed_not_adopted(
    tmp_path: Path,
) -> None:
    head = ["CR No.", "Title", "Raised", "Impact (days)", "Cost (£)", "Status"]
    rows: list[list[object]] = [
        [
            f"CR-{n + 1:03d}",
            f"Add a reporting interface {n}",
            datetime(2026, 3, n + 1),
            5,
            4000.0,
            STATUS[n],
        ]
        for n in range(4)
    ]
    adoption = adopt(book(tmp_path / "cr.xlsx", "Tab 4", _log("SOW 2", head, rows)))
    assert adoption.report.adopted_tables == []
    (table,) = adoption.report.tables
    assert "a change request log" in table.reason


# --- 5. consultancy --------------------------------------------------------------------------


def test_a_consultancy_fee_burn_report_is_finance(tmp_path: Path) -> None:
    head = ["Month", "Workstream", "Fee budget", "Fees billed", "WIP"]
    rows: list[list[object]] = [
        [datetime(2026, month, 1), line, 10000.0, 8000.0 + month, 500.0]
        for month in (1, 2, 3)
        for line in ("Strategy", "Delivery")
    ]
    adoption = adopt(book(tmp_path / "fee.xlsx", "Fee Burn", _log("Fee burn report", head, rows)))
    assert registers(adoption) == ["finance"]
    line = finance_by_line(adoption)[(date(2026, 2, 1), "Delivery")]
    assert (line.budget, line.actual) == (10000.0, 8002.0)
