"""Round 36's second wave (task t41a): tuning on the eighty-fourth batch (supplier and
consultancy reports).

- a builder's snag list or punch list (``Snag List``, ``Snagging register``, ``Punch
  list``) is the project's issues register when a column tracks its items as an issue's
  (a status, a due date, a priority): the word alone, over a list of places and notes, is
  no register;
- a project's own invoice register (``Invoice Log``) whose ``Description`` names the few
  lines it bills month after month (``Design fees``, ``Quality audits``) is a finance
  register by those lines; an invoice log whose every description is its own (what each
  invoice bought) is still refused, as round 32 ruled.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from addin.adopt.invoice_lines import recurring_lines
from tests.adopt_sheets import adopt, book, field, finance_by_line, only, registers, targets

SNAGS = [
    ("SN001", "Dining hall", "Ceiling boards sagging near the vent", "High", "Open"),
    ("SN002", "Kitchen", "Gas line not pressure tested", "Medium", "WIP"),
    ("SN003", "Classroom 2", "Door frames out of plumb", "Low", "Closed"),
    ("SN004", "Dormitory B", "Mosquito mesh torn on delivery", "High", "Open"),
]


def _snags(title: str) -> list[list[object]]:
    rows: list[list[object]] = [[title], []]
    rows.append(["Snag No.", "Location", "Description", "Date noted", "Responsible"])
    rows[-1] += ["Priority", "Target", "Status"]
    for i, (ref, place, text, priority, status) in enumerate(SNAGS):
        noted = datetime(2026, 2, 2) + timedelta(days=7 * i)
        rows.append([ref, place, text, noted, "Mwangi Njoroge", priority])
        rows[-1] += [noted + timedelta(days=14), status]
    return rows


@pytest.mark.parametrize(
    ("sheet", "title"),
    [
        ("Snag List", "Tumaini Children's Home - Phase 2"),
        ("Sheet1", "Contractor's snagging register (Rift Valley Construction Ltd)"),
        ("Handover", "Punch list - Block C"),
    ],
)
def test_a_snag_or_punch_list_is_the_issues_register(
    sheet: str, title: str, tmp_path: Path
) -> None:
    adoption = adopt(book(tmp_path / "snags.xlsx", sheet, _snags(title)))
    assert registers(adoption) == ["issues"]
    mapped = targets(only(adoption))
    assert mapped["Description"] in ("title", "description")
    assert mapped["Target"] == "due_date"
    assert field(adoption, "issues", "title")[1] == "Gas line not pressure tested"
    assert field(adoption, "issues", "due_date")[2] == date(2026, 3, 2)
    assert field(adoption, "issues", "raised_date")[3] == date(2026, 2, 23)
    assert field(adoption, "issues", "priority")[0] == "High"
    assert field(adoption, "issues", "status") == ["Open", "In Progress", "Closed", "Open"]


def test_a_snag_word_over_places_and_notes_is_no_register(tmp_path: Path) -> None:
    # nothing tracks the rows as issues (no status, due date or priority): a site
    # walk's notes, not a register to adopt
    rows: list[list[object]] = [["Snags noted on the site walk"], []]
    rows.append(["Location", "Note"])
    rows += [[place, text] for _, place, text, _, _ in SNAGS]
    adoption = adopt(book(tmp_path / "walk.xlsx", "Snags", rows))
    assert "issues" not in registers(adoption)


LINES = ["Design fees", "Quality audits", "Machinery sourcing"]


def _invoices(descriptions: list[str]) -> list[list[object]]:
    rows: list[list[object]] = [["Lagos Hair Industries - consultant invoices"], []]
    rows.append(["Invoice No", "Invoice Date", "Month", "Description", "Amount (₦)"])
    rows[-1] += ["VAT (7.5%)", "Total", "Paid"]
    for i, text in enumerate(descriptions):
        month = datetime(2025, 9 + i // 3, 1)
        amount = 100000.0 * (i + 1)
        rows.append([f"LHI/2025/{17 + i:03d}", datetime(2025, 10 + i // 3, 5), month, text])
        rows[-1] += [amount, amount * 0.075, amount * 1.075, "Yes" if i % 2 else "No"]
    return rows


def test_an_invoice_log_billing_the_same_lines_each_month_is_finance(tmp_path: Path) -> None:
    adoption = adopt(book(tmp_path / "invoices.xlsx", "Invoice Log", _invoices(LINES * 3)))
    assert registers(adoption) == ["finance"]
    mapped = targets(only(adoption))
    assert mapped["Month"] == "month"
    assert mapped["Description"] == "cost_line"
    assert mapped["Amount (₦)"] == "actual"
    assert mapped["Total"] is None
    lines = finance_by_line(adoption)
    assert len(lines) == 9
    # the amount before VAT is the money spent: October's second invoice (the fifth)
    assert lines[(date(2025, 10, 1), "Quality audits")].actual == 500000.0
    assert lines[(date(2025, 11, 1), "Machinery sourcing")].actual == 900000.0


def test_an_invoice_log_of_one_description_an_invoice_stays_refused(tmp_path: Path) -> None:
    # what each invoice bought, each its own text: no line of the project's (round 32)
    texts = [f"Consulting services, visit {n}" for n in range(1, 10)]
    adoption = adopt(book(tmp_path / "invoices.xlsx", "Invoice Log", _invoices(texts)))
    assert "finance" not in registers(adoption)


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        (["Design fees", "Audits", "Design fees", "Audits", "Design fees", None], True),
        (["Design fees", "Audits", "Design fees", "Audits", "Travel", "Design fees"], True),
        (["Visit 1", "Visit 2", "Visit 3", "Visit 4", "Visit 5", "Visit 6"], False),
        # one text on every row names no lines (a filter's value, a bare fee)
        (["Fees", "Fees", "Fees", "Fees"], False),
        # too few invoices to tell
        (["Design fees", "Design fees", "Audits"], False),
        # half the invoices each their own text
        (["A", "A", "B", "B", "C", "D", "E", "F"], False),
    ],
)
def test_recurring_lines(values: list[object], expected: bool) -> None:
    assert recurring_lines(values) is expected  # type: ignore[arg-type]
