"""Round 35's third wave (task sx35): the recurring supplier habits made one rule per class.

Five rounds of supplier and consultancy batches each met the same habits in new spellings,
and each round added a word list for its spelling. These tests write each class's habit in
spellings no batch (and no earlier test) used, with near-misses that must not fire:

1. **a header qualified by the party whose field it is** (``addin.adopt.parties``): the
   buying and selling sides of a contract in their general words (``Purchaser``,
   ``Employer``, ``Seller``, ``Subconsultant``, ``Service provider``, ``Sub-contractor``),
   before or after the field, plural or possessive, read by every rule that weighs a
   party: the supplier's person and decision maker, a party's remarks, the client's
   project fields, a party's contact, a team before a person;
2. **a milestone's date named by the document that fixes it** (``match.contract_date``):
   one word of the contract's vocabulary (``agreement``, ``statement of work``, ``MSA``,
   ``PO``, ``committed``) and only words saying "the date" is the baseline, weak (the
   values decide: ``Agreed`` of Yes / No is no date); ``Contract value`` is none.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from adopt_sheets import adopt, book, column, field, only, targets

from addin.adopt.match import (
    candidates,
    contract_date,
    supplier_side_maker,
    supplier_side_person,
)
from addin.adopt.parties import header_words, party_qualified
from addin.adopt.people import team_before_person
from addin.adopt.project import client_field
from addin.adopt.signatures import item_kind_words

# --- 1. the party a header is qualified by ------------------------------------------------


def test_the_parties_are_read_singular_possessive_and_compound() -> None:
    assert header_words("Sub-contractors' PM") == ("subcontractor", "pm")
    assert header_words("Seller's PM") == ("seller", "s", "pm")
    assert header_words("Managed service provider lead") == ("provider", "lead")
    assert header_words("Third-party owner") == ("thirdparty", "owner")


def test_a_supplier_side_person_in_spellings_no_batch_used() -> None:
    for header in (
        "Owner (Seller)",
        "Subconsultant owner",
        "Owner - Service provider",
        "Sub-contractor's lead",
        "Resellers' PM",
        "Outsourcer owner name",
    ):
        assert supplier_side_person(header), header
    # near-misses: the client's side, no person, two parties, another word
    for header in (
        "Owner (Purchaser)",
        "Employer's PM",
        "Seller",
        "Owner (Seller / Buyer)",
        "Seller response",
        "Owner",
    ):
        assert not supplier_side_person(header), header


def test_a_supplier_side_decision_maker_in_new_spellings() -> None:
    for header in ("Approved by (Seller)", "Subconsultant decision maker", "Agreed by - reseller"):
        assert supplier_side_maker(header), header
    for header in ("Approved by (Purchaser)", "Decided by", "Seller"):
        assert not supplier_side_maker(header), header


def test_the_clients_owner_wins_in_new_spellings(tmp_path: Path) -> None:
    people = [("Ann Lee", "Bob Ray"), ("Cy Dee", "Di Eve"), ("Ann Lee", "Bob Ray")]
    for n, head in enumerate(
        (
            ["ID", "Risk", "Owner (Seller)", "Owner (Buyer)", "Status"],
            ["ID", "Risk", "Subconsultant owner", "Owner", "Status"],
            ["ID", "Risk", "Owner - Service provider", "Owner", "Status"],
        )
    ):
        rows: list[list[object]] = [["Risk register"], [], head]
        for i, (a, b) in enumerate(people, 1):
            rows.append([f"R{i}", f"Risk number {i} described", b, a, "Open"])
        (tmp_path / str(n)).mkdir()
        adoption = adopt(book(tmp_path / str(n) / "risks.xlsx", "Risks", rows))
        table = only(adoption)
        assert targets(table)[head[3]] == "owner", head
        assert targets(table)[head[2]] is None, head
        assert "supplier's person" in column(table, head[2]).note, head
        assert field(adoption, "risks", "owner")[:2] == ["Ann Lee", "Cy Dee"], head


def test_a_partys_remarks_in_new_spellings_are_no_party() -> None:
    for header in ("Seller remarks", "Notes (sub-contractor)", "Purchaser's feedback"):
        for register in ("dependencies", "risks", "issues"):
            assert not [c for c in candidates(header, register) if c.confidence < 1.0], (
                header,
                register,
            )
    assert party_qualified("Mitigation comments", frozenset({"comments"}), frozenset()) is None


def test_the_clients_project_fields_in_new_spellings() -> None:
    assert client_field("purchaser pm") == "project_manager"
    assert client_field("employer s project manager") == "project_manager"
    assert client_field("project manager buyer") == "project_manager"
    assert client_field("acquirer project") == "project_name"
    # near-misses: the buyer's name, the supplier's managers, an account manager
    assert client_field("buyer") is None
    assert client_field("purchaser account manager") is None
    assert client_field("project manager seller") is None
    assert client_field("seller project manager") is None


def test_a_suppliers_pack_names_the_employers_project(tmp_path: Path) -> None:
    rows: list[list[object]] = [["MONTHLY PROGRESS REPORT - Fenwick Civils Ltd"], []]
    rows += [["Employer's project", "Tarn Bridge Strengthening"]]
    rows += [["Project manager (contractor)", "Owen Price"]]
    rows += [
        ["Employer's project manager", "Rhiannon Hale"],
        ["Report date", datetime(2026, 5, 29)],
    ]
    rows += [[], ["Milestone", "Planned date", "Forecast", "Status"]]
    rows += [["Deck waterproofing", datetime(2026, 6, 1), datetime(2026, 6, 8), "In Progress"]]
    rows += [["Bridge reopened", datetime(2026, 8, 3), datetime(2026, 8, 3), "Not Started"]]
    header = adopt(book(tmp_path / "pack.xlsx", "Report", rows)).project.header
    assert header.project_name == "Tarn Bridge Strengthening"
    assert header.project_manager == "Rhiannon Hale"


def test_a_partys_contact_is_a_person_not_a_contact_list() -> None:
    for header in ("Purchaser contact", "Sub-contractor's contact", "Seller contact"):
        assert "contact" not in item_kind_words(header), header
    for header in ("Contact", "Contact name"):
        assert "contact" in item_kind_words(header), header


def test_a_party_before_a_person_in_brackets_is_kept() -> None:
    assert team_before_person("Purchaser", "Ann Lee")
    assert team_before_person("Subconsultant", "Jan de Vries")
    assert not team_before_person("Ann Lee", "Purchaser")


def test_a_seller_owned_dependency_is_the_counterpartys(tmp_path: Path) -> None:
    head = ["ID", "Dependency", "Owner (Buyer)", "Owner (Seller)", "Need by"]
    rows: list[list[object]] = [["Dependencies on the buyer"], [], head]
    for i, (a, b) in enumerate([("Ann Lee", "Bob Ray"), ("Cy Dee", "Di Eve")] * 2, 1):
        rows.append([f"D{i}", f"Test data set {i} supplied", a, b, datetime(2026, 4, i)])
    got = targets(only(adopt(book(tmp_path / "d.xlsx", "Deps", rows))))
    assert got["Owner (Buyer)"] == "owner"
    assert got["Owner (Seller)"] == "counterparty_owner"


# --- 2. a milestone date named by the document that fixes it ------------------------------


def test_a_date_named_by_its_contract_document_in_new_spellings() -> None:
    for header in (
        "Date per agreement",
        "Statement of work date",
        "MSA due",
        "Date - per PO",
        "Purchase order date",
        "Committed date",
    ):
        assert contract_date(header), header
        best = candidates(header, "milestones")[0]
        assert (best.column_key, best.confidence) == ("baseline_date", 0.9), header
    for header in ("Contract value", "Contract ref", "Contractor", "Date", "PO number"):
        assert not contract_date(header), header


def test_a_suppliers_milestones_dated_by_the_agreement_are_baselined(tmp_path: Path) -> None:
    for n, head in enumerate(("Date per agreement", "Statement of work date", "Date - per PO")):
        rows: list[list[object]] = [["Delivery milestones"], []]
        rows += [["Milestone", head, "Forecast", "Status"]]
        rows += [["Design signed off", datetime(2026, 3, 2), datetime(2026, 3, 9), "Complete"]]
        rows += [["Factory test", datetime(2026, 5, 4), datetime(2026, 5, 18), "In Progress"]]
        rows += [["Site handover", datetime(2026, 7, 6), datetime(2026, 7, 6), "Not Started"]]
        (tmp_path / str(n)).mkdir()
        adoption = adopt(book(tmp_path / str(n) / "m.xlsx", "Milestones", rows))
        assert targets(only(adoption))[head] == "baseline_date", head
        assert field(adoption, "milestones", "baseline_date")[0] == date(2026, 3, 2), head


def test_a_contract_column_of_words_or_flags_is_no_date(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Delivery milestones"], []]
    rows += [["Milestone", "Agreed", "Planned date", "Status"]]
    rows += [["Design signed off", "Yes", datetime(2026, 3, 2), "Complete"]]
    rows += [["Factory test", "Yes", datetime(2026, 5, 4), "In Progress"]]
    rows += [["Site handover", "No", datetime(2026, 7, 6), "Not Started"]]
    got = targets(only(adopt(book(tmp_path / "m.xlsx", "Milestones", rows))))
    assert got["Planned date"] == "baseline_date"
    assert got["Agreed"] != "baseline_date"
