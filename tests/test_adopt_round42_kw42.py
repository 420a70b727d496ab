"""Round 42 (task kw42): the kinds of log PMOs, contractors and auditors keep, named in every
common way. A register named only by its kind (a sheet name or a title) is read as the
standard register its kind is, with a column that register tracks: a deficiency list, an
open points list, a clarification log, an escalation log, a concerns log and a parking lot
are issues; threats, opportunities and a watch list are risks (by their columns, as before);
an authority's responsibilities and a principal's supplied items are dependencies.
The same names in French, German, Spanish, Portuguese, Italian and Dutch. Near misses keep
their reading: a CRM's opportunities, an accounts team's open items, a tender's
clarifications, a deficiency list with nothing tracked, a document's change history, an
escalation matrix."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from addin.adopt.languages import translate
from tests.adopt_sheets import adopt, book, column, field, only, registers

#: A punch of problems tracked: a reference, the text, who owns it, when raised, by when
#: and its status; the header words name no register.
TRACKED = [
    ["Ref", "Description", "Owner", "Date raised", "Due date", "Status"],
    [
        1,
        "Door frame scratched in room 2",
        "Ana Silva",
        datetime(2026, 3, 2),
        datetime(2026, 4, 1),
        "Open",
    ],
    [
        2,
        "Socket cover missing on level 3",
        "Tom Reed",
        datetime(2026, 3, 5),
        datetime(2026, 4, 10),
        "Closed",
    ],
]


@pytest.mark.parametrize(
    "name",
    [
        "Deficiency list",  # a Canadian or US builder's snag list
        "Deficiencies",
        "Open points",  # a steering group's OPL
        "Open items list",
        "Clarification log",  # a contract's queries, as an RFI log
        "Escalation log",
        "Concerns",  # PRINCE2's problems and concerns
        "Exception log",
        "Parking lot",  # a workshop's items parked for later
        "Delay log",
        "Punti aperti",  # Italian open points
        "Openstaande punten",  # Dutch open points
        "Mängelliste",  # German snag list
        "Liste des réserves",  # French snag list
        "Opleverpunten",  # Dutch snag list
        "Lista de deficiencias",  # Spanish deficiency list
        "Aclaraciones",  # Spanish clarifications
        "Esclarecimentos",  # Portuguese clarifications
        "Eskalationen",  # German escalations
        "Préoccupations",  # French concerns
        "Themenspeicher",  # German parking lot
    ],
)
def test_a_list_of_problems_named_by_its_kind_is_the_issues(tmp_path: Path, name: str) -> None:
    """The sheet's name alone says the list is of problems, and its status and due date
    say it tracks them: the issues, each column its field. Before, each was refused."""
    for where, path in (
        ("sheet", book(tmp_path / "sheet.xlsx", name, TRACKED)),
        ("title", book(tmp_path / "title.xlsx", "Sheet1", [[f"Hall Road - {name}"], [], *TRACKED])),
    ):
        adoption = adopt(path)
        table = only(adoption)
        assert table.register == "issues", (where, table.reason)
        assert column(table, "Owner").target == "owner"
        assert column(table, "Due date").target == "due_date"
        assert field(adoption, "issues", "due_date") == [date(2026, 4, 1), date(2026, 4, 10)]
        assert field(adoption, "issues", "status") == ["Open", "Closed"]


RATED = [
    ["Ref", "Description", "Probability", "Impact", "Response", "Owner"],
    [1, "Steel price rises", 4, 3, "Fix the price early", "Ana Silva"],
    [2, "Grant may be cut", 2, 5, "Seek a second funder", "Tom Reed"],
]


@pytest.mark.parametrize(
    "name", ["Threats", "Opportunities", "Threats and opportunities", "Watch list"]
)
def test_threats_opportunities_and_a_watch_list_are_the_risks(tmp_path: Path, name: str) -> None:
    """A list of threats, of opportunities or a risk watch list, rated by probability and
    impact: the risk register. It was read so before, by its columns (a risk's rating tells
    it whatever its name): no name rule is needed, and none is added; this guards it."""
    adoption = adopt(book(tmp_path / "r.xlsx", name, RATED))
    table = only(adoption)
    assert table.register == "risks", table.reason
    assert column(table, "Probability").target == "probability"
    assert column(table, "Impact").target == "impact"
    assert field(adoption, "risks", "owner") == ["Ana Silva", "Tom Reed"]


NEEDED = [
    ["Ref", "Item", "Responsible", "Required by", "Status"],
    [1, "Site access drawings", "Authority PM", datetime(2026, 3, 2), "Open"],
    [2, "Test data set", "Authority IT", datetime(2026, 4, 5), "Received"],
]


@pytest.mark.parametrize(
    "name", ["Authority responsibilities", "Principal supplied items", "Buyer responsibilities"]
)
def test_what_an_authority_principal_or_buyer_owes_is_the_dependencies(
    tmp_path: Path, name: str
) -> None:
    """A PPP concession's authority, an Australian principal and a UK public buyer are the
    party the supplier needs things from, as a client is: each item by its need date."""
    adoption = adopt(book(tmp_path / "d.xlsx", name, NEEDED))
    table = only(adoption)
    assert table.register == "dependencies", table.reason
    assert column(table, "Required by").target == "need_by"
    assert field(adoption, "dependencies", "need_by") == [date(2026, 3, 2), date(2026, 4, 5)]


def test_the_names_read_in_english() -> None:
    """Each foreign name reads as its English one; a word that is a header's field keeps it."""
    assert translate("Punti aperti") == "open points"
    assert translate("Mängelliste") == "snag list"
    assert translate("Liste des réserves") == "snag list"
    assert translate("Observaciones") == "notes"  # a Spanish column of notes stays so
    assert translate("Réserves") is None  # a finance reserve, no snag list, alone


NEAR_MISSES = {
    # a CRM's pipeline: a probability and no impact is no risk
    "Opportunities": [
        ["Account", "Opportunity", "Stage", "Probability", "Amount", "Close date", "Owner"],
        ["Acme", "Renewal 2026", "Proposal", 60, 120000, datetime(2026, 5, 1), "Jo Hart"],
        ["Beta", "New site", "Qualify", 20, 40000, datetime(2026, 6, 1), "Sam Lee"],
    ],
    # an accounts team's unpaid invoices
    "Open items": [
        ["Vendor", "Invoice no", "Invoice date", "Due date", "Amount"],
        ["Acme Ltd", "INV-001", datetime(2026, 3, 2), datetime(2026, 4, 1), 1200],
        ["Beta plc", "INV-104", datetime(2026, 3, 5), datetime(2026, 4, 5), 800],
    ],
    # a tender's questions from bidders
    "Tender clarifications": [
        ["No", "Question", "Bidder", "Date received", "Response due", "Status"],
        [
            1,
            "Is the car park in scope?",
            "Bidder A",
            datetime(2026, 3, 2),
            datetime(2026, 3, 9),
            "Answered",
        ],
        [
            2,
            "Can we visit the site?",
            "Bidder B",
            datetime(2026, 3, 3),
            datetime(2026, 3, 10),
            "Open",
        ],
    ],
    # a deficiency list that tracks nothing
    "Deficiencies": [
        ["Room", "Deficiency", "Trade"],
        ["101", "Paint", "Painter"],
        ["102", "Door", "Joiner"],
    ],
    # a document's change history
    "Changes": [
        ["Version", "Date", "Author", "Description of change"],
        ["0.1", datetime(2026, 1, 5), "A. Smith", "First draft"],
        ["1.0", datetime(2026, 2, 1), "B. Jones", "Issued"],
    ],
    # an escalation matrix: whom to call at each level
    "Escalations": [
        ["Level", "Contact", "Role", "Timeframe"],
        ["1", "Team lead", "Lead", "1 day"],
        ["2", "PM", "Project manager", "3 days"],
    ],
    # an invoice list with no amounts
    "Invoices": [
        ["Invoice no", "Supplier", "Date received", "Approved by"],
        ["INV-1", "Acme", datetime(2026, 3, 2), "Jo"],
        ["INV-2", "Beta", datetime(2026, 4, 2), "Sam"],
    ],
}


@pytest.mark.parametrize("name", sorted(NEAR_MISSES))
def test_near_misses_keep_their_reading(tmp_path: Path, name: str) -> None:
    """None of these is a register of the kind its name says: none is read as issues or
    risks (a CRM's pipeline with its amounts is read as money, as it was before)."""
    found = registers(adopt(book(tmp_path / "n.xlsx", name, NEAR_MISSES[name])))
    assert "issues" not in found and "risks" not in found, found


def test_a_plan_of_deliverables_with_dates_stays_a_milestone_plan(tmp_path: Path) -> None:
    """``Deliverables`` with planned and actual dates and a status: milestones, as before."""
    rows: list[list[object]] = [
        ["Deliverable", "Owner", "Planned date", "Actual date", "Status"],
        ["Design report", "Ana", datetime(2026, 3, 1), datetime(2026, 3, 4), "Complete"],
        ["Test plan", "Tom", datetime(2026, 4, 1), None, "In progress"],
    ]
    adoption = adopt(book(tmp_path / "m.xlsx", "Deliverables", rows))
    assert only(adoption).register == "milestones"
    assert field(adoption, "milestones", "actual_date") == [date(2026, 3, 4), None]
