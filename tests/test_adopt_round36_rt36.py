"""Round 36 (rt36): red team of round 36's first wave (t40a and lx36).

Small workbooks where each new rule must not fire, or must fire in the right sense
(docs/adopt.md, "Round 36: red team of the first wave (rt36)"). Four wrong readings were
mended:

1. a plural record noun over numbers is a count (``Tickets`` 14, 3, 27), and a record's
   number is whole (``Ticket`` 245.5 is a price): neither is the items' ID;
2. a column of two-item lists whose words swap places (``Paris, London``, ``London,
   Berlin``), and a place's header (``Region``), name no one surname first;
3. a money label whose value is a bookkeeping code (``Cost centre: CAD``) names no currency;
4. a money label's code (``Contract value: GBP``) yields to the title's own currency
   (``Costs in EUR``).

The rest pin what the first wave's rules rightly leave alone.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from addin.adopt.currency import money_label_code
from addin.adopt.evidence import person_share
from addin.adopt.people import swapped_list_words
from tests.adopt_sheets import adopt, best_candidate, book, field, only, registers, targets

_ISSUES = ["Scanner files fail to import", "Milling queue loses jobs", "Licences not freed"]
_RISKS = ["Supplier insolvency", "Late steel delivery", "Key staff leave", "Scope creep"]

# --- 1. a record noun over counts, prices or dates ------------------------------------------


def _issue_log(tmp: Path, head: str, values: list[object]) -> Path:
    rows: list[list[object]] = [["Issue", head, "Raised", "Priority", "Status", "Owner"]]
    for i, (text, value) in enumerate(zip(_ISSUES, values, strict=True)):
        rows.append([text, value, datetime(2026, 2, 10 + i), "High", "Open", "Lea Brunner"])
    return book(tmp / "issues.xlsx", "Issues", rows)


@pytest.mark.parametrize(
    ("head", "values"),
    [
        ("Tickets", [14, 3, 27]),  # how many tickets the issue raised
        ("Cases", [120, 45, 7]),
        ("Ticket", [245.5, 310.0, 99.9]),  # a ticket's price
        ("Ticket", ["2026-02-01", "2026-02-03", "2026-02-05"]),
    ],
)
def test_a_record_noun_over_counts_prices_or_dates_is_no_id(
    head: str, values: list[object], tmp_path: Path
) -> None:
    adoption = adopt(_issue_log(tmp_path, head, values))
    assert registers(adoption) == ["issues"]
    assert targets(only(adoption))[head] != "id"
    assert field(adoption, "issues", "id") == ["I-001", "I-002", "I-003"]
    assert field(adoption, "issues", "title")[1] == "Milling queue loses jobs"


def test_a_ticket_over_whole_numbers_is_still_the_id(tmp_path: Path) -> None:
    adoption = adopt(_issue_log(tmp_path, "Ticket", [48450, 49081.0, "48212"]))
    assert targets(only(adoption))["Ticket"] == "id"
    assert field(adoption, "issues", "title")[2] == "Licences not freed"


def test_a_release_plan_s_bug_count_is_no_milestone_id(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Milestone", "Due", "Bugs", "Status"]]
    rows += [["Alpha", datetime(2026, 3, 1), 42, "Done"]]
    rows += [["Beta", datetime(2026, 5, 1), 17, "In progress"]]
    rows += [["RC", datetime(2026, 6, 1), 3, "Not started"]]
    adoption = adopt(book(tmp_path / "plan.xlsx", "Milestones", rows))
    assert registers(adoption) == ["milestones"]
    assert targets(only(adoption))["Bugs"] is None
    assert field(adoption, "milestones", "id") == ["M-001", "M-002", "M-003"]


# --- 2. lists of places are no surname-first names -----------------------------------------


def _risks_with(tmp: Path, head: str, values: list[str]) -> Path:
    rows: list[list[object]] = [["ID", "Risk", head, "Likelihood", "Impact", "Status"]]
    for i, (text, value) in enumerate(zip(_RISKS, values, strict=True)):
        rows.append([f"R{i + 1}", text, value, "High", "Medium", "Open"])
    return book(tmp / "risks.xlsx", "Risks", rows)


def test_swapped_list_words() -> None:
    assert swapped_list_words(["Paris, London", "London, Berlin"])
    assert not swapped_list_words(["Wagner, Theresa", "Murphy, John", "Lee, Ann"])
    assert person_share(["Paris, London", "London, Berlin", "Berlin, Madrid"]) == 0.0
    assert person_share(["Wagner, Theresa", "Murphy, John", "Lee, Ann"]) == 1.0


@pytest.mark.parametrize("head", ["Sites", "Affected"])
def test_a_column_of_city_lists_is_no_owner(head: str, tmp_path: Path) -> None:
    cities = ["Paris, London", "London, Berlin", "Berlin, Madrid", "Madrid, Paris"]
    adoption = adopt(_risks_with(tmp_path, head, cities))
    assert registers(adoption) == ["risks"]
    assert targets(only(adoption))[head] is None
    assert field(adoption, "risks", "owner") == [None, None, None, None]


def test_a_region_of_city_pairs_is_no_owner(tmp_path: Path) -> None:
    cities = ["Paris, London", "Berlin, Madrid", "Rome, Vienna", "Oslo, Riga"]
    adoption = adopt(_risks_with(tmp_path, "Region", cities))
    assert targets(only(adoption))["Region"] is None
    assert field(adoption, "risks", "owner") == [None, None, None, None]


def test_an_owner_written_surname_first_is_still_read(tmp_path: Path) -> None:
    people = ["Wagner, Theresa", "Murphy, John", "Lee, Ann", "Okafor, Sam"]
    adoption = adopt(_risks_with(tmp_path, "Owner", people))
    assert field(adoption, "risks", "owner")[0] == "Theresa Wagner"


# --- 3 and 4. a label's code that is no currency, or is not the table's ---------------------


def _costs(tmp: Path, preamble: list[str]) -> Path:
    rows: list[list[object]] = [[line] for line in preamble] + [[]]
    rows += [["Cost line", "Month", "Budget", "Actual"]]
    rows += [["Licences", datetime(2026, 1, 1), 1000.0, 900.0]]
    rows += [["Hosting", datetime(2026, 1, 1), 500.0, 520.0]]
    rows += [["Licences", datetime(2026, 2, 1), 1000.0, 950.0]]
    return book(tmp / "costs.xlsx", "Costs", rows)


def test_a_cost_centre_s_code_is_no_currency(tmp_path: Path) -> None:
    for label in ("Cost centre: CAD", "Cost code: EUR", "Budget holder: GBP"):
        assert money_label_code(label) is None, label
        adoption = adopt(_costs(tmp_path, ["Harbour ERP - costs", label]))
        assert registers(adoption) == ["finance"]
        assert adoption.project.header.currency is None, label
    assert money_label_code("Contract value: GBP") == "GBP"


def test_a_money_label_yields_to_the_title_s_currency(tmp_path: Path) -> None:
    adoption = adopt(_costs(tmp_path, ["Harbour ERP - costs in EUR", "Contract value: GBP"]))
    assert adoption.project.header.currency == "EUR"
    adoption = adopt(_costs(tmp_path, ["Harbour ERP - costs", "Contract value: GBP"]))
    assert adoption.project.header.currency == "GBP"


# --- what the first wave's rules rightly leave alone ----------------------------------------


def test_a_sheet_of_invoices_to_raise_is_no_spend(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Invoices to raise"], []]
    rows += [["Invoice No.", "Invoice date", "Client", "Description", "Net (EUR)", "VAT", "Total"]]
    rows += [["S-101", datetime(2026, 1, 22), "Acme GmbH", "Phase 1", 40000.0, 7600.0, 47600.0]]
    rows += [["S-102", datetime(2026, 2, 18), "Borg AG", "Phase 2", 30000.0, 5700.0, 35700.0]]
    rows += [["S-103", datetime(2026, 3, 26), "Acme GmbH", "Phase 3", 25000.0, 4750.0, 29750.0]]
    adoption = adopt(book(tmp_path / "sales.xlsx", "Invoices", rows))
    assert "finance" not in registers(adoption)


def test_a_bare_status_beside_the_vendor_s_wins(tmp_path: Path) -> None:
    rows: list[list[object]] = [["ID", "Issue", "Raised", "Status", "Vendor status", "Owner"]]
    for i, (text, ours, theirs) in enumerate(
        zip(_ISSUES, ["Open", "Closed", "Open"], ["Fixed", "Closed", "New"], strict=True)
    ):
        rows.append([f"I-{i + 1}", text, datetime(2026, 2, 10 + i), ours, theirs, "Lea Brunner"])
    adoption = adopt(book(tmp_path / "issues.xlsx", "Issues", rows))
    got = targets(only(adoption))
    assert got["Status"] == "status" and got["Vendor status"] is None
    assert field(adoption, "issues", "status") == ["Open", "Closed", "Open"]


def test_possessives_of_no_party_or_no_date_stay_as_they_were(tmp_path: Path) -> None:
    assert best_candidate("Supplier's risk", "risks") is None  # a flag, no date
    assert best_candidate("Client's comments", "issues") is None
    rows: list[list[object]] = [["ID", "Issue", "Raised", "Status", "Owner's name", "Due"]]
    for i, text in enumerate(_ISSUES):
        rows.append([f"I{i + 1}", text, datetime(2026, 2, 1 + i), "Open", "Ann Lee",
                     datetime(2026, 3, 1 + i)])  # fmt: skip
    adoption = adopt(book(tmp_path / "issues.xlsx", "Issues", rows))
    assert targets(only(adoption))["Owner's name"] == "owner"
    assert field(adoption, "issues", "owner") == ["Ann Lee"] * 3
    assert field(adoption, "issues", "due_date")[0] == date(2026, 3, 1)


@pytest.mark.parametrize("head", ["Net benefit", "Network", "Net this period"])
def test_a_net_of_no_money_or_no_tax_is_no_actual(head: str) -> None:
    found = best_candidate(head, "finance")
    assert found is None or found[0] != "actual"
