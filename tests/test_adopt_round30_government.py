"""Round 30 of issue 15 (task gv30): registers and trackers laid out as a funder, a
regulator or a central government body demands. Each rule tried on small workbooks written
for these tests (none is a benchmark layout), with a near-miss where one can fire wrongly:

1. **financial years across** (``2026-27``, ``FY28``) are twelve months each from the year
   start the file states (else the ``fiscal_year_start`` reading), the year's amount spread
   evenly (the ``quarter_amounts`` reading); a year alone (``2026``) is no financial year;
2. **a funder's cost categories** (``A. Personnel costs``, ``E. Indirect costs (25% flat
   rate)``) land on the standard's categories;
3. **a label with its initials** (``Senior Responsible Owner (SRO)``) is read as its words,
   and the **delivery confidence assessment** in five colours (``Amber/Green``) is the
   overall RAG, the word's reading recorded in the mapping file's list words;
4. **proximity in a return's guidance words** (``Medium term (3-6 months)``);
5. **an incident register** is an issue log, the date of the incident its raised date;
6. **a plan's stage dates** (``Bid Invitation - Planned`` ... ``Contract Signature -
   Actual``): the last stage is the milestone, the earlier stages' dates left out; a
   donor's **activity tracker** is a milestone plan.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from adopt_sheets import adopt, book, field, finance_by_line, only, targets

from addin.adopt.category_words import funder_category
from addin.adopt.quarters import year_label, year_months
from addin.adopt.stage_dates import stage_of

CATEGORIES = ["Labour", "Contractors", "Hardware", "Software", "Services", "Travel"]
CATEGORIES += ["Facilities", "Other"]


def test_financial_years_across_are_twelve_months_from_the_stated_start(tmp_path: Path) -> None:
    path = book(
        tmp_path / "costs.xlsx",
        "Costs",
        [
            ["Economic case - costs by financial year (April-March)"],
            ["£000"],
            [],
            ["Cost Item", "Capital / Resource", "2026-27", "2027-28", "Total"],
            ["Construction", "Capital", 1200, 2400, 3600],
            ["Project team", "Resource", 120, 60, 180],
            ["Total", None, 1320, 2460, 3780],
        ],
    )
    adoption = adopt(path)
    lines = finance_by_line(adoption)
    assert lines[(date(2026, 4, 1), "Construction")].budget == 100_000
    assert lines[(date(2027, 3, 1), "Construction")].budget == 100_000
    assert lines[(date(2028, 3, 1), "Construction")].budget == 200_000
    assert lines[(date(2026, 4, 1), "Construction")].capex_opex == "CapEx"
    assert lines[(date(2027, 9, 1), "Project team")].budget == 5_000
    assert lines[(date(2027, 9, 1), "Project team")].capex_opex == "OpEx"
    assert len(adoption.project.finance) == 48
    assert "spread evenly over its twelve months" in " ".join(only(adoption).notes)


def test_fy_labels_count_from_a_july_year(tmp_path: Path) -> None:
    path = book(
        tmp_path / "plan.xlsx",
        "Plan",
        [
            ["Capital plan - financial year starts 1 July"],
            [],
            ["Cost Line", "FY27", "FY28"],
            ["Seawall", 12_000, 24_000],
        ],
    )
    lines = finance_by_line(adopt(path))
    assert lines[(date(2026, 7, 1), "Seawall")].budget == 1000
    assert lines[(date(2027, 6, 1), "Seawall")].budget == 1000
    assert lines[(date(2027, 7, 1), "Seawall")].budget == 2000


def test_year_labels() -> None:
    assert year_label("2026-27") == (2026, 0)
    assert year_label("2026/2027") == (2026, 0)
    assert year_label("FY27") == (2027, 1)
    assert year_label("FY 2026/27") == (2026, 0)
    # near-misses: a year alone, a span of years, a year and month, a fraction
    assert year_label("2026") is None
    assert year_label("2026-30") is None
    assert year_label("2026/03") is None
    assert year_label("26/27") is None
    months = year_months("2026-27", ["Year starts in October"])
    assert months is not None
    assert (months[0], months[-1]) == (date(2026, 10, 1), date(2027, 9, 1))


def test_funder_cost_categories(tmp_path: Path) -> None:
    assert funder_category("A. Personnel costs", CATEGORIES) == "Labour"
    assert funder_category("B. Subcontracting costs", CATEGORIES) == "Contractors"
    assert funder_category("C.1 Travel and subsistence", CATEGORIES) == "Travel"
    assert funder_category("C.2 Equipment", CATEGORIES) == "Hardware"
    assert funder_category("E. Indirect costs (25% flat rate)", CATEGORIES) == "Other"
    # near-miss: a numbered line that names no category
    assert funder_category("2. Phase two", CATEGORIES) is None
    path = book(
        tmp_path / "grant.xlsx",
        "Budget",
        [
            ["Grant agreement - budget and claims (EUR)"],
            [],
            ["Budget Line", "Cost Category", "Planned / Claimed", "Q1 2026", "Q2 2026"],
            ["Researcher", "A. Personnel costs", "Planned", 3000, 3000],
            ["Researcher", "A. Personnel costs", "Claimed", 2700, None],
            ["Overheads", "E. Indirect costs (25% flat rate)", "Planned", 750, 750],
            ["Overheads", "E. Indirect costs (25% flat rate)", "Claimed", 675, None],
        ],
    )
    adoption = adopt(path)
    assert targets(only(adoption))["Cost Category"] == "category"
    lines = finance_by_line(adoption)
    assert lines[(date(2026, 1, 1), "Researcher")].category == "Labour"
    assert lines[(date(2026, 2, 1), "Overheads")].category == "Other"
    assert lines[(date(2026, 3, 1), "Researcher")].actual == 900


def _return(tmp_path: Path, dca: str) -> Path:
    return book(
        tmp_path / "return.xlsx",
        "Return",
        [
            ["Major projects - quarterly return"],
            ["Project Name", "Harbour Wall Renewal"],
            ["Senior Responsible Owner (SRO)", "Helen Marsh"],
            ["Delivery Confidence Assessment (DCA)", dca],
            [],
            ["Risk Ref", "Risk Description", "Proximity", "Likelihood", "Impact", "Owner"],
            ["KR1", "Consent is called in", "Medium term (3-6 months)", "H", "M", "Tom Okafor"],
            ["KR2", "Piling supplier fails", "Near term (1-3 months)", "M", "H", "Priya Shah"],
            ["KR3", "Steel prices rise", "Long term (6+ months)", "L", "M", "Tom Okafor"],
        ],
    )


@pytest.mark.parametrize(("dca", "rag"), [("Amber/Green", "Amber"), ("Amber-Red", "Amber")])
def test_return_reads_sro_and_delivery_confidence(tmp_path: Path, dca: str, rag: str) -> None:
    adoption = adopt(_return(tmp_path, dca))
    header = adoption.project.header
    assert header.sponsor == "Helen Marsh"
    assert header.overall_rag == rag
    assert field(adoption, "risks", "proximity") == ["3-6 months", "1-3 months", "Over 6 months"]


def test_near_miss_a_bracket_that_is_no_initials_is_kept() -> None:
    from addin.adopt.project import without_initials

    assert without_initials("Senior Responsible Owner (SRO)") == "Senior Responsible Owner"
    assert without_initials("Budget (USD)") == "Budget (USD)"


def test_incident_register_is_an_issue_log(tmp_path: Path) -> None:
    path = book(
        tmp_path / "incidents.xlsx",
        "Incidents",
        [
            ["Site incident register"],
            [],
            [
                "Incident No.",
                "Date of Incident",
                "Description",
                "Regulator Reference",
                "Investigating Officer",
                "Status",
            ],
            [
                "INC-001",
                date(2026, 3, 14),
                "Dumper struck the gate",
                "RIDDOR 1234567",
                "Tom Okafor",
                "Open",
            ],
            [
                "INC-002",
                date(2026, 4, 2),
                "Diesel spill at the drain",
                "N/A",
                "Priya Shah",
                "Closed",
            ],
        ],
    )
    adoption = adopt(path)
    table = only(adoption)
    assert table.register == "issues"
    assert targets(table)["Date of Incident"] == "raised_date"
    assert targets(table)["Regulator Reference"] is None
    assert field(adoption, "issues", "raised_date") == [date(2026, 3, 14), date(2026, 4, 2)]


def test_stage_dates_read_by_the_last_stage(tmp_path: Path) -> None:
    head = ["Package No.", "Description", "Bid Invitation - Planned", "Bid Invitation - Actual"]
    head += ["Contract Signature - Planned", "Contract Signature - Actual", "Status"]
    path = book(
        tmp_path / "pp.xlsx",
        "PP",
        [
            ["Procurement Plan - revision 2"],
            [],
            head,
            [
                "PK/01",
                "Intake works",
                date(2026, 1, 5),
                date(2026, 1, 9),
                date(2026, 6, 1),
                date(2026, 6, 20),
                "Signed",
            ],
            [
                "PK/02",
                "Water meters",
                date(2026, 2, 2),
                None,
                date(2026, 8, 3),
                None,
                "Under evaluation",
            ],
        ],
    )
    adoption = adopt(path)
    table = only(adoption)
    assert table.register == "milestones"
    mapped = targets(table)
    assert mapped["Contract Signature - Planned"] == "baseline_date"
    assert mapped["Contract Signature - Actual"] == "actual_date"
    assert mapped["Bid Invitation - Planned"] is None
    assert mapped["Bid Invitation - Actual"] is None
    assert field(adoption, "milestones", "baseline_date") == [date(2026, 6, 1), date(2026, 8, 3)]
    assert field(adoption, "milestones", "status") == ["Complete", "In Progress"]


def test_stage_of_near_misses() -> None:
    assert stage_of("Contract Award (planned)") == ("contract award", "baseline_date")
    assert stage_of("Planned Date") is None  # a date's own word: no stage
    assert stage_of("Owner") is None


def test_activity_tracker_is_a_milestone_plan(tmp_path: Path) -> None:
    path = book(
        tmp_path / "logframe.xlsx",
        "Tracker",
        [
            ["Annual report to donor: activity tracker"],
            [],
            ["Code", "Activity", "Responsible", "Planned Start", "Planned End", "Status"],
            [
                "1.1",
                "Train lead farmers",
                "Wanjiru Kamau",
                date(2026, 1, 5),
                date(2026, 6, 30),
                "Ongoing",
            ],
            [
                "1.2",
                "Open seed banks",
                "Peter Mwangi",
                date(2026, 2, 2),
                date(2026, 9, 30),
                "Completed",
            ],
        ],
    )
    adoption = adopt(path)
    assert only(adoption).register == "milestones"
    assert field(adoption, "milestones", "milestone") == ["Train lead farmers", "Open seed banks"]
    assert field(adoption, "milestones", "baseline_date") == [date(2026, 6, 30), date(2026, 9, 30)]


def test_delivery_confidence_reading_is_in_the_mapping_file(tmp_path: Path) -> None:
    """The five-colour scale's reading is stated in the mapping file's list words, and a
    PMO who reads Amber/Green as Green changes that line and adopts again."""
    from addin.adopt import adopt_host, open_source
    from addin.adopt.mapping_file import AdoptionMapping
    from addin.standards import default_standards

    path = _return(tmp_path, "Amber/Green")
    adoption = adopt(path)
    saved = adoption.mapping.to_dict()
    assert saved["readings"]["list_words"]["rag"] == {"amber/green": "Amber"}
    saved["readings"]["list_words"]["rag"]["amber/green"] = "Green"
    mapping = AdoptionMapping.from_dict(saved)
    again = adopt_host(open_source(path), default_standards(), mapping=mapping)
    assert again.project.header.overall_rag == "Green"


def test_what_the_template_holds_that_the_standard_lacks_is_said(tmp_path: Path) -> None:
    head = ["Package No.", "Description", "Procurement Method", "Bid Invitation - Planned"]
    head += ["Contract Signature - Planned", "Status"]
    path = book(
        tmp_path / "pp.xlsx",
        "PP",
        [
            ["Procurement Plan"],
            [],
            head,
            ["PK/01", "Intake works", "ICB", date(2026, 1, 5), date(2026, 6, 1), "Signed"],
            ["PK/02", "Meters", "NCB", date(2026, 2, 2), date(2026, 8, 3), "Tendering"],
        ],
    )
    notes = {c.header: c.note for c in only(adopt(path)).columns}
    assert "how a package is procured" in notes["Procurement Method"]
    assert "an earlier stage's date (bid invitation)" in notes["Bid Invitation - Planned"]
