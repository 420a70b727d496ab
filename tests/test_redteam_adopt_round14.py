"""Red team of round 14's adoption mechanisms (issue 15): registers and trackers written
for this purpose, each a result a PMO would trust that was wrong before its fix (currency
codes adopted as cost lines, ``P01`` read as January, budget holders adopted as cost
lines), and guards of what must stay right. See "Red team of round 14" in docs/adopt.md."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from adopt_sheets import adopt, book

from addin.adopt import Adoption


def _finance(adoption: Adoption) -> list[tuple[date, str, float | None, float | None]]:
    return [(f.month, f.cost_line, f.budget, f.actual) for f in adoption.project.finance]


# --- a long export's measure column holding currencies, not measures -----------------------


def test_a_column_of_currency_codes_is_never_the_cost_line(tmp_path: Path) -> None:
    # one amount per currency of the same line and month (a ledger's transaction and
    # reporting currency): the codes were adopted as the cost lines ("GBP", "EUR") and the
    # real "Cost line" column left out
    rows: list[list[object]] = [
        ["Month", "Cost line", "Measure", "Amount"],
        ["2026-01", "Hosting", "GBP", 100],
        ["2026-01", "Hosting", "EUR", 117],
        ["2026-02", "Hosting", "GBP", 120],
        ["2026-02", "Hosting", "EUR", 140],
    ]
    adoption = adopt(book(tmp_path / "ccy.xlsx", "Export", rows))
    lines = {line for _, line, _, _ in _finance(adoption)}
    assert not lines & {"GBP", "EUR"}


# --- a period written as a period beside a Year is no calendar month -----------------------


def test_p01_beside_a_year_is_a_fiscal_period_not_january(tmp_path: Path) -> None:
    # `P01` says "period", whatever the header: read as January 2026 since round 14's
    # calendar month beside a Year; the standards' financial year starts in April
    rows: list[list[object]] = [
        ["Year", "Month", "Cost line", "Actual"],
        [2026, "P01", "Hosting", 100],
        [2026, "P02", "Hosting", 110],
        [2026, "P03", "Hosting", 120],
    ]
    adoption = adopt(book(tmp_path / "p01.xlsx", "Spend", rows))
    assert [m for m, _, _, _ in _finance(adoption)] == [
        date(2026, 4, 1),
        date(2026, 5, 1),
        date(2026, 6, 1),
    ]


def test_month_numbers_beside_a_year_are_still_calendar_months(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Year", "Month", "Cost line", "Actual"],
        [2026, 1, "Hosting", 100],
        [2026, 2, "Hosting", 110],
        [2026, 4, "Hosting", 120],
    ]
    adoption = adopt(book(tmp_path / "cal.xlsx", "Spend", rows))
    assert [m for m, _, _, _ in _finance(adoption)] == [
        date(2026, 1, 1),
        date(2026, 2, 1),
        date(2026, 4, 1),
    ]


# --- the names beside an account code: a budget holder is no cost line ---------------------


@pytest.mark.parametrize(
    ("codes", "holder"),
    [((6100, 6200, 6300), "Budget holder"), (("6100", "6200", "6300"), "Cost Owner")],
)
def test_budget_holders_beside_account_numbers_are_not_the_cost_lines(
    tmp_path: Path, codes: tuple[object, ...], holder: str
) -> None:
    # round 14 takes the names beside a code column as the lines (codes as text), and the
    # first text column is the line when the codes are numbers: here the names are people
    rows: list[list[object]] = [
        ["Budget 2026 (GBP)"],
        ["Account", holder, "Jan", "Feb", "Mar"],
        [codes[0], "Ann Lee", 10, 20, 30],
        [codes[1], "Bob Ray", 100, 100, 100],
        [codes[2], "Cat Jones", 50, 50, 50],
    ]
    adoption = adopt(book(tmp_path / "holder.xlsx", "Budget", rows))
    lines = {line for _, line, _, _ in _finance(adoption)}
    assert not lines & {"Ann Lee", "Bob Ray", "Cat Jones"}


def test_account_names_beside_account_numbers_are_still_the_cost_lines(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Budget 2026 (GBP)"],
        ["Account", "Account name", "Jan", "Feb", "Mar"],
        [6100, "Travel", 10, 20, 30],
        [6200, "Hosting", 100, 100, 100],
    ]
    adoption = adopt(book(tmp_path / "names.xlsx", "Budget", rows))
    assert {line for _, line, _, _ in _finance(adoption)} == {"Travel", "Hosting"}


# --- a revised deadline filled only where the date moved --------------------------------


def _issues(adoption: Adoption, key: str) -> list[object]:
    return [getattr(i, key) for i in adoption.project.issues]


@pytest.mark.parametrize(
    ("first", "revised"),
    [("Due Date", "Revised Due Date"), ("Target Date (Original)", "Target Date (Revised)")],
)
def test_an_empty_revised_deadline_keeps_the_row_s_first_one(
    tmp_path: Path, first: str, revised: str
) -> None:
    # a log revises a date only where it moved: round 14 adopted the revised column alone,
    # and three open issues of four lost their deadline (never shown overdue)
    rows: list[list[object]] = [
        ["ID", "Issue", "Owner", "Status", first, revised],
        ["I-1", "Vendor late", "Ann Lee", "Open", date(2026, 3, 1), None],
        ["I-2", "Spec gap", "Bob Ray", "Open", date(2026, 3, 8), date(2026, 4, 1)],
        ["I-3", "Env down", "Ann Lee", "Open", date(2026, 3, 15), None],
        ["I-4", "Bad data", "Bob Ray", "Open", date(2026, 3, 22), None],
    ]
    adoption = adopt(book(tmp_path / "rev.xlsx", "Issues", rows))
    assert _issues(adoption, "due_date") == [
        date(2026, 3, 1),
        date(2026, 4, 1),
        date(2026, 3, 15),
        date(2026, 3, 22),
    ]
    notes = " ".join(n for t in adoption.report.adopted_tables for n in t.notes)
    # one mechanism with the columns' red team (rows.first_agreed_dates): its note says so
    assert f"where {revised!r} is empty or N/A, {first!r} (the date first agreed" in notes


def test_a_revised_deadline_filled_on_every_row_is_the_deadline(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["ID", "Issue", "Owner", "Status", "Due Date", "Revised Due Date"],
        ["I-1", "Vendor late", "Ann Lee", "Open", date(2026, 3, 1), date(2026, 5, 1)],
        ["I-2", "Spec gap", "Bob Ray", "Open", date(2026, 3, 8), date(2026, 4, 1)],
    ]
    adoption = adopt(book(tmp_path / "rev2.xlsx", "Issues", rows))
    assert _issues(adoption, "due_date") == [date(2026, 5, 1), date(2026, 4, 1)]


# --- a long export whose measures include a variance -------------------------------------


def test_a_long_export_with_a_variance_measure_reads_its_measures(tmp_path: Path) -> None:
    # BI exports list Variance among the measures: the Measure column was not read as one
    # (Variance is no measure), so "Budget", "Actual", "Variance" became the cost lines and
    # every amount an actual
    rows: list[list[object]] = [
        ["Month", "Cost line", "Measure", "Amount"],
        ["2026-01", "Hosting", "Budget", 100],
        ["2026-01", "Hosting", "Actual", 90],
        ["2026-01", "Hosting", "Variance", 10],
        ["2026-02", "Hosting", "Budget", 100],
        ["2026-02", "Hosting", "Var %", 0],
    ]
    adoption = adopt(book(tmp_path / "var.xlsx", "Export", rows))
    assert _finance(adoption) == [
        (date(2026, 1, 1), "Hosting", 100.0, 90.0),
        (date(2026, 2, 1), "Hosting", 100.0, None),
    ]
    skipped = [(s.row, s.reason) for t in adoption.report.adopted_tables for s in t.skipped_rows]
    assert [r for r, _ in skipped] == [4, 6]
    assert all("variance" in why for _, why in skipped)


# --- a person whose days happen to equal the sum of two people above ---------------------


def test_a_person_with_a_role_is_never_a_resource_plans_total(tmp_path: Path) -> None:
    # the lead's days equal the two developers' in every month: round 14 dropped her as a
    # subtotal, and the plan lost 36 days; a row naming a role and a person is a person
    rows: list[list[object]] = [
        ["Resource plan (days)"],
        ["Name", "Role", "Jan-26", "Feb-26", "Mar-26"],
        ["Ann Lee", "Developer", 10, 8, 6],
        ["Bob Ray", "Developer", 5, 4, 3],
        ["Cat Jones", "Tech lead", 15, 12, 9],
        ["Team", None, 30, 24, 18],
    ]
    adoption = adopt(book(tmp_path / "lead.xlsx", "Resource Plan", rows))
    days = {(r.person, r.month): r.planned_days for r in adoption.project.resources}
    assert days[("Cat Jones", date(2026, 1, 1))] == 15
    assert sum(days.values()) == 72


# --- a programme named after what it saves ----------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "OpEx Reduction Programme - budget 2026 (GBP)",
        "Capex Optimisation Project: budget 2026 (GBP)",
        "Opex savings initiative - budget 2026 (GBP)",
    ],
)
def test_a_programme_named_after_the_spend_it_cuts_names_no_line_s_capex_opex(
    tmp_path: Path, title: str
) -> None:
    # the title names what the programme reduces, not what its lines are: every line
    # (servers bought outright among them) was adopted as OpEx
    rows: list[list[object]] = [
        [title],
        ["Cost line", "Jan", "Feb"],
        ["Servers", 1000, 0],
        ["Consultants", 100, 100],
    ]
    adoption = adopt(book(tmp_path / "opex.xlsx", "Budget", rows))
    assert {f.capex_opex for f in adoption.project.finance} == {None}


def test_a_capex_tracker_title_still_names_every_line(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["5G Rollout - Actual Capex (GBP)"],
        ["Cost line", "Jan", "Feb"],
        ["Towers", 1000, 500],
        ["Radios", 100, 100],
    ]
    adoption = adopt(book(tmp_path / "capex.xlsx", "Tracker", rows))
    assert {f.capex_opex for f in adoption.project.finance} == {"CapEx"}


# --- an approvals log's rejected requests ------------------------------------------------


def test_a_rejected_approval_is_not_adopted_as_the_request_decided(tmp_path: Path) -> None:
    # an approvals log is the decisions taken (round 14); its outcome column (Approved /
    # Rejected) was left out, so the rejected "Drop report" read as a decision to drop it
    rows: list[list[object]] = [
        ["Request", "Change Description", "Approver", "Decision", "Response date"],
        ["CR-1", "Add SSO", "Ann Lee", "Approved", date(2026, 3, 1)],
        ["CR-2", "Drop report", "Bob Ray", "Rejected", date(2026, 3, 2)],
        ["CR-3", "New field", "Ann Lee", "Approved", date(2026, 3, 3)],
    ]
    adoption = adopt(book(tmp_path / "appr.xlsx", "Approvals", rows))
    texts = [d.decision for d in adoption.project.decisions]
    assert texts == ["Add SSO", "Drop report (Rejected)", "New field"]
    notes = " ".join(n for t in adoption.report.adopted_tables for n in t.notes)
    assert "'Decision' says a request was not approved" in notes
