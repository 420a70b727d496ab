"""Round 33's merges: three readings two branches' rules changed together, found by the
lead's whole-scorer run against round 32's (docs/adopt.md, "Round 33: scored by the lead").

- a contractor's ``Valuations at month end`` under a ``Cash flow forecast`` title: the
  amounts are the forecast (a valuation word yields to a forecast's), while ``Budget vs
  valuations`` still names two measures;
- a cost line named ``Fees`` among others, periods down: a line, not the actual (a bare
  ``Fee`` is a weak actual synonym);
- a register's one text column ``Risk Statement``: the risk's title, as rounds 13-14 read it;
  beside a ``Risk Title`` the title's own word wins and the statement is the description.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from adopt_sheets import adopt, book, field, only, targets

from addin.adopt.finance import title_measure


def test_valuations_under_a_forecast_title_are_the_forecast(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["School extension - Cash flow forecast (revision 3, £)"],
        ["Valuations at month end; retention excluded"],
        [],
        ["Element", "Jan-26", "Feb-26", "Mar-26"],
        ["Substructure", 1000, 2000, 3000],
        ["Frame", 4000, 5000, 6000],
    ]
    adoption = adopt(book(tmp_path / "cf.xlsx", "Cashflow", rows))
    got = {(f.month, f.cost_line): (f.forecast, f.actual) for f in adoption.project.finance}
    assert got[(date(2026, 2, 1), "Frame")] == (5000, None)
    # near-miss: a budget against valuations still names two measures, neither the amounts'
    assert title_measure("budget vs valuations", ["Budget vs valuations"]) is None


def test_a_cost_line_named_fees_among_others_is_a_line(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Coolstore 4 - Cashflow Forecast (NZD)"],
        [],
        ["Period", "Grading line", "Fees", "Insulated panels", "Total"],
        ["Jul-26", 100, 200, 300, 600],
        ["Aug-26", 110, 210, 310, 630],
        ["Sep-26", 120, 220, 320, 660],
    ]
    adoption = adopt(book(tmp_path / "cash.xlsx", "Cashflow", rows))
    assert only(adoption).register == "finance"
    got = {(f.month, f.cost_line): f.forecast for f in adoption.project.finance}
    assert got[(date(2026, 8, 1), "Fees")] == 210
    assert got[(date(2026, 9, 1), "Grading line")] == 120


def test_a_lone_risk_statement_is_the_title_and_beside_a_title_the_description(
    tmp_path: Path,
) -> None:
    head = ["Risk No.", "Risk Statement", "Probability (1-5)", "Consequence (1-5)", "Status"]
    rows: list[list[object]] = [
        head,
        [1, "If the vendor is late, then the schedule slips", 3, 4, "Open"],
        [2, "If permits lapse, then work stops", 2, 5, "Open"],
        [3, "If rates rise, then costs grow", 4, 2, "Closed"],
    ]
    adoption = adopt(book(tmp_path / "lone.xlsx", "Risk Register", rows))
    assert targets(only(adoption))["Risk Statement"] == "title"
    assert field(adoption, "risks", "title")[0] == "If the vendor is late, then the schedule slips"
    both = [["Risk ID", "Risk Title", "Risk Statement", "Owner", "Status"]]
    both += [["R-01", "Vendor late", "If the vendor is late, then ...", "Ann Lee", "Open"]]
    both += [["R-02", "Permits", "If permits lapse, then ...", "Bob Ray", "Open"]]
    both += [["R-03", "Rates", "If rates rise, then ...", "Cal Day", "Closed"]]
    adoption = adopt(book(tmp_path / "both.xlsx", "Risk Register", both))
    mapped = targets(only(adoption))
    assert mapped["Risk Title"] == "title"
    assert mapped["Risk Statement"] == "description"
