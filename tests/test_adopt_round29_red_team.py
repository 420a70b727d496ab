"""Red team of round 29's adoption rules (task rt29): wrong results a PMO would trust,
each on a small workbook written for this test, with the rule's own case kept beside it.

1. **a period line above a monthly budget** (``Period: 1/03/2026 to 31/03/2026`` over a
   table with ``Jan-26 | Feb-26 | Mar-26`` headers): round 29's one-month report rule set
   every row's month to March on top of the month headers, and every row was skipped
   ("could not be adopted") - the whole budget lost. The rule is for a table with no month
   anywhere; month headers are the months.
2. **design change notices** (``DCN-001`` on ``Sheet1``) were adopted as decisions (the
   letters spell decision's consonants); they number changes: listed as a change log.
3. **a units row under a long table's measures** (``£000`` under ``Budget | Actual``) was
   ignored (read under month columns only): every amount a thousand times too small.
4. **a side's person inside a longer header** (``Our lead time``) was the owner (``6 wks``).
5. **a register's title with only a remark beside it** (a risk not yet filled in) was read as
   a band (round 29's band-with-a-remark) and dropped.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from adopt_sheets import adopt, book, field, finance_by_line, only, targets


def test_a_period_line_over_a_monthly_budget_keeps_its_months(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Monthly budget"],
        ["Period: 1/03/2026 to 31/03/2026"],
        [],
        ["Cost line", "Jan-26", "Feb-26", "Mar-26"],
        ["Design", 10, 12, 14],
        ["Build", 20, 22, 24],
    ]
    adoption = adopt(book(tmp_path / "budget.xlsx", "Budget", rows))
    table = only(adoption)
    assert table.register == "finance"
    assert not table.skipped_rows
    lines = finance_by_line(adoption)
    assert len(lines) == 6
    assert lines[(date(2026, 1, 1), "Design")].budget == 10.0
    assert lines[(date(2026, 3, 1), "Build")].budget == 24.0


def _coded_log(prefix: str) -> list[list[object]]:
    rows: list[list[object]] = [["Ref", "Description", "Owner", "Due", "Status"]]
    for n, (owner, text) in enumerate(
        [
            ("Ann", "Revise the pier drawings to rev C"),
            ("Bob", "Move the switch room door 600 mm"),
            ("Cy", "Change the cladding to fibre cement"),
            ("Di", "Add a drainage channel at grid 4"),
        ],
        start=1,
    ):
        rows.append([f"{prefix}-00{n}", text, owner, date(2026, 4, n), "Open"])
    return rows


def test_design_change_notices_are_no_decision_log(tmp_path: Path) -> None:
    # DCN-001: a design (document) change notice, numbered so in engineering; its letters
    # also spell decision's consonants, so round 29 adopted the change log as decisions
    adoption = adopt(book(tmp_path / "dcn.xlsx", "Sheet1", _coded_log("DCN")))
    assert not adoption.report.adopted_tables
    assert not adoption.project.items("decisions")


def test_a_decision_log_keyed_dec_is_still_decisions(tmp_path: Path) -> None:
    # the rule's own case, kept: DEC- is decision cut short
    adoption = adopt(book(tmp_path / "dec.xlsx", "Sheet1", _coded_log("DEC")))
    assert only(adoption).register == "decisions"


def _long_tracker(units: str) -> list[list[object]]:
    return [
        ["Cost tracker"],
        [],
        ["Month", "Cost line", "Budget", "Actual"],
        [None, None, units, units],
        ["Apr-26", "Design", 10, 9],
        ["May-26", "Design", 12, 13],
    ]


def test_a_units_row_under_a_long_tables_measures_scales_them(tmp_path: Path) -> None:
    # round 29 read a units row under month columns only: under a long table's Budget and
    # Actual the row was set apart as guidance and its £000 ignored (10 read as £10)
    adoption = adopt(book(tmp_path / "long.xlsx", "Finance", _long_tracker("£000")))
    lines = finance_by_line(adoption)
    assert lines[(date(2026, 4, 1), "Design")].budget == 10000.0
    assert lines[(date(2026, 5, 1), "Design")].actual == 13000.0


def test_a_units_row_of_a_currency_sign_scales_nothing(tmp_path: Path) -> None:
    adoption = adopt(book(tmp_path / "long.xlsx", "Finance", _long_tracker("£")))
    assert finance_by_line(adoption)[(date(2026, 4, 1), "Design")].budget == 10.0


def _dependency_log(extra: str, values: list[object]) -> list[list[object]]:
    rows: list[list[object]] = [
        ["Dependency log"],
        [],
        ["ID", "Dependency", "Other project", "Need by", extra, "Status"],
    ]
    for n, (text, value) in enumerate(
        zip(["Signal design", "Power feed", "Track access"], values, strict=True), start=1
    ):
        rows.append([f"D-00{n}", text, "Metro West", date(2026, 5, n), value, "Open"])
    return rows


def test_our_lead_time_is_no_owner(tmp_path: Path) -> None:
    # round 29 read "our lead" inside "Our lead time" as our side's person: the owner
    # became "6 wks"
    rows = _dependency_log("Our lead time", ["6 wks", "2 wks", "3 wks"])
    adoption = adopt(book(tmp_path / "dep.xlsx", "Dependencies", rows))
    table = only(adoption)
    assert targets(table)["Our lead time"] != "owner"
    assert field(adoption, "dependencies", "owner") == [None, None, None]


def test_their_pm_name_is_still_the_counterparty_owner(tmp_path: Path) -> None:
    rows = _dependency_log("Their PM name", ["Ann Brown", "Carl Dee", "Eve Fox"])
    adoption = adopt(book(tmp_path / "dep.xlsx", "Dependencies", rows))
    assert targets(only(adoption))["Their PM name"] == "counterparty_owner"


def test_a_risk_not_yet_filled_in_with_a_comment_is_an_item(tmp_path: Path) -> None:
    # round 29 read a first-column text whose only other cell is a remark as a band: in a
    # register whose first column is the risk's own title, that dropped a real risk
    rows: list[list[object]] = [
        ["Risk register"],
        [],
        ["Risk", "Owner", "Likelihood", "Impact", "Status", "Comments"],
        ["Crane fails during lift", "Ann Lee", "High", "High", "Open", "Check weekly"],
        ["Piling hits old foundations", "Bob Marr", "Medium", "High", "Open", None],
        ["Ground conditions worse than surveyed", None, None, None, None, "Awaiting survey"],
        ["Permit refused", "Cy Dunn", "Low", "High", "Open", "Planning meeting 3 May"],
    ]
    adoption = adopt(book(tmp_path / "risks.xlsx", "Risks", rows))
    assert "Ground conditions worse than surveyed" in field(adoption, "risks", "title")
