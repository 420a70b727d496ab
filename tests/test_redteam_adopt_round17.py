"""Red team of round 17 (issue 15): workbooks a new user hands over, each a result a PMO
would trust that was wrong before its fix (a German tracker's ``2.500`` read as 2.5, a risk
matrix's legend adopted as five risks, exchange rates adopted as the budget), and guards of
what must stay right. See "Red team of round 17 (a new user's workbooks)" in docs/adopt.md."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from adopt_sheets import adopt, book, field
from adopt_sheets import registers as _registers

from addin.adopt import Adoption

PEOPLE = ("Jane Smith", "Tom Brown", "Ann Lee")


def _budgets(adoption: Adoption) -> dict[tuple[str, date], float | None]:
    return {
        (item.cost_line, item.month): item.budget
        for item in adoption.project.items("finance")  # type: ignore[attr-defined]
    }


# --- a months-across tracker written with a decimal comma ------------------------------------


def test_a_tracker_with_a_decimal_comma_reads_its_dot_as_thousands(tmp_path: Path) -> None:
    # the amounts show a decimal comma (1.250,50; 980,25): the file writes 2.500 for two
    # thousand five hundred, and the months-across path read it as 2.5 (12.000 as 12)
    path = book(
        tmp_path / "Kostenplan.xlsx",
        "Kosten",
        [
            ["Kostenplan 2026 (EUR)"],
            [],
            ["Kostenart", "Jan 26", "Feb 26", "Mär 26"],
            ["Beratung", "1.250,50", "2.500", "12.000"],
            ["Lizenzen", "1.250", "980,25", "3.750"],
        ],
    )
    budgets = _budgets(adopt(path))
    assert budgets[("Beratung", date(2026, 1, 1))] == 1250.5
    assert budgets[("Beratung", date(2026, 2, 1))] == 2500
    assert budgets[("Beratung", date(2026, 3, 1))] == 12000
    assert budgets[("Lizenzen", date(2026, 1, 1))] == 1250
    assert budgets[("Lizenzen", date(2026, 2, 1))] == 980.25
    assert budgets[("Lizenzen", date(2026, 3, 1))] == 3750


def test_a_tracker_with_a_decimal_point_keeps_its_dot_as_the_decimal(tmp_path: Path) -> None:
    path = book(
        tmp_path / "costs.xlsx",
        "Budget",
        [
            ["Budget 2026 (GBP)"],
            [],
            ["Cost line", "Jan-26", "Feb-26", "Mar-26"],
            ["Hosting", "1,250.50", "2.500", "12.75"],
        ],
    )
    budgets = _budgets(adopt(path))
    assert budgets[("Hosting", date(2026, 2, 1))] == 2.5
    assert budgets[("Hosting", date(2026, 1, 1))] == 1250.5


# --- a risk matrix's legend is no risk register -----------------------------------------------


def test_a_risk_matrix_legend_is_not_adopted_as_risks(tmp_path: Path) -> None:
    # its row labels are the likelihood scale's labels: five "risks" titled "5 - Almost certain"
    path = book(
        tmp_path / "matrix.xlsx",
        "Risk Matrix",
        [
            ["Risk scoring matrix"],
            ["Likelihood \\ Impact", "1 - Negligible", "2 - Minor", "3 - Moderate", "4 - Major"],
            ["5 - Almost certain", 5, 10, 15, 20],
            ["4 - Likely", 4, 8, 12, 16],
            ["3 - Possible", 3, 6, 9, 12],
            ["2 - Unlikely", 2, 4, 6, 8],
            ["1 - Rare", 1, 2, 3, 4],
        ],
    )
    assert _registers(adopt(path)) == []


def test_the_legend_with_no_corner_label_is_not_adopted_either(tmp_path: Path) -> None:
    path = book(
        tmp_path / "matrix.xlsx",
        "Risk Matrix",
        [
            ["Probability x Impact"],
            ["", "Low (1)", "Medium (2)", "High (3)"],
            ["High (3)", "Medium", "High", "High"],
            ["Medium (2)", "Low", "Medium", "High"],
            ["Low (1)", "Low", "Low", "Medium"],
        ],
    )
    assert _registers(adopt(path)) == []


def test_numbered_risk_texts_under_no_header_are_still_the_title(tmp_path: Path) -> None:
    # a number before words that are no level: the register's items, as before
    path = book(
        tmp_path / "risks.xlsx",
        "Risk Register",
        [
            ["", "Owner", "Probability", "Impact"],
            ["1 - Vendor may go into administration", PEOPLE[0], 3, 4],
            ["2 - Data migration runs over the cutover weekend", PEOPLE[1], 2, 5],
            ["3 - Key architect leaves before design sign-off", PEOPLE[2], 2, 3],
        ],
    )
    adoption = adopt(path)
    assert _registers(adoption) == ["risks"]
    assert field(adoption, "risks", "title")[0] == "1 - Vendor may go into administration"


# --- exchange rates by month are no budget ----------------------------------------------------


def test_exchange_rates_by_month_are_not_adopted_as_the_budget(tmp_path: Path) -> None:
    # the rows are currencies: adopted as cost lines EUR, USD, CHF with a budget of 1.17
    path = book(
        tmp_path / "rates.xlsx",
        "FX Rates",
        [
            ["Exchange rates to GBP (monthly average)"],
            [],
            ["Currency", "Jan-26", "Feb-26", "Mar-26"],
            ["EUR", 1.1712, 1.1689, 1.1745],
            ["USD", 1.2655, 1.2701, 1.2598],
            ["CHF", 1.1021, 1.0998, 1.1055],
        ],
    )
    adoption = adopt(path)
    assert _registers(adoption) == []
    (table,) = adoption.report.tables
    assert "currenc" in table.reason


def test_a_tracker_with_a_currency_column_beside_its_lines_is_still_finance(
    tmp_path: Path,
) -> None:
    path = book(
        tmp_path / "costs.xlsx",
        "Budget",
        [
            ["Cost line", "Currency", "Jan-26", "Feb-26", "Mar-26"],
            ["Hosting", "EUR", 100, 100, 120],
            ["Travel", "EUR", 50, 0, 75],
        ],
    )
    adoption = adopt(path)
    assert _registers(adoption) == ["finance"]
    assert _budgets(adoption)[("Hosting", date(2026, 3, 1))] == 120


# --- a Smartsheet export's section rows, type written once per group --------------------------


def test_section_rows_of_a_type_written_once_are_no_items(tmp_path: Path) -> None:
    # the `Issues` and `Assumptions` parent rows (a Row ID beside them) were carried down as
    # a risk titled "Issues" and an issue titled "Assumptions"
    path = book(
        tmp_path / "raid.xlsx",
        "RAID",
        [
            ["Row ID", "Primary", "Type", "Owner", "Status", "Due", "Likelihood", "Impact"],
            [1, "Risks", None, None, None, None, None, None],
            [2, "Vendor insolvency", "Risk", PEOPLE[0], "Open", date(2026, 4, 1), "High", "High"],
            [3, "Issues", None, None, None, None, None, None],
            [4, "VPN outage", "Issue", PEOPLE[1], "Open", date(2026, 3, 15), None, "Medium"],
            [5, "Assumptions", None, None, None, None, None, None],
            [6, "Budget approved by April", "Assumption", PEOPLE[2], "Open", date(2026, 4, 30)],
        ],
    )
    adoption = adopt(path)
    assert field(adoption, "risks", "title") == ["Vendor insolvency"]
    assert field(adoption, "issues", "title") == ["VPN outage"]
    assert field(adoption, "assumptions", "assumption") == ["Budget approved by April"]
    (table,) = adoption.report.adopted_tables
    headings = [s.value for s in table.skipped_rows if "section heading" in s.reason]
    assert headings == ["Risks", "Issues", "Assumptions"]


def test_a_type_written_once_still_carries_down_to_its_items(tmp_path: Path) -> None:
    path = book(
        tmp_path / "raid.xlsx",
        "RAID",
        [
            ["Type", "Description", "Owner", "Status"],
            ["Risk", "Vendor insolvency", PEOPLE[0], "Open"],
            [None, "Data centre move slips", PEOPLE[1], "Open"],
            ["Issue", "VPN outage", PEOPLE[1], "Open"],
            [None, "Payroll file rejected", PEOPLE[2], "Open"],
        ],
    )
    adoption = adopt(path)
    assert field(adoption, "risks", "title") == ["Vendor insolvency", "Data centre move slips"]
    assert field(adoption, "issues", "title") == ["VPN outage", "Payroll file rejected"]


# --- a column of dates that cannot tell its order, beside one that can ------------------------


def test_an_ambiguous_date_column_takes_the_order_its_table_shows(tmp_path: Path) -> None:
    # Target Date shows month-first (03/25/2026); Date Raised alone cannot tell and was read
    # day-first: risk R-2 raised on 2 October, after its 15 April target
    path = book(
        tmp_path / "risks.xlsx",
        "Risk Log",
        [
            ["Risk ID", "Risk", "Owner", "Probability", "Impact", "Date Raised", "Target Date"],
            ["R-1", "Vendor insolvency", PEOPLE[0], "High", "High", "02/03/2026", "03/25/2026"],
            ["R-2", "Data loss", PEOPLE[1], "Low", "High", "02/10/2026", "04/15/2026"],
            ["R-3", "Key person leaves", PEOPLE[2], "Medium", "Medium", "03/01/2026", "06/30/2026"],
        ],
    )
    adoption = adopt(path)
    assert field(adoption, "risks", "raised_date") == [
        date(2026, 2, 3),
        date(2026, 2, 10),
        date(2026, 3, 1),
    ]
    (table,) = adoption.report.adopted_tables
    assert any("month-first, as column 'Target Date'" in n for n in table.notes)
    assert not any("day-first" in w for w in adoption.report.warnings)


def test_a_milestone_plans_baseline_takes_its_forecasts_order(tmp_path: Path) -> None:
    path = book(
        tmp_path / "plan.xlsx",
        "Milestones",
        [
            ["Milestone", "Owner", "Baseline", "Forecast"],
            ["Design sign-off", PEOPLE[0], "03/04/2026", "03/18/2026"],
            ["Build complete", PEOPLE[1], "05/01/2026", "05/08/2026"],
            ["Go-live", PEOPLE[2], "06/01/2026", "06/02/2026"],
        ],
    )
    adoption = adopt(path)
    assert field(adoption, "milestones", "baseline_date") == [
        date(2026, 3, 4),
        date(2026, 5, 1),
        date(2026, 6, 1),
    ]


def test_columns_that_disagree_leave_the_ambiguous_one_to_the_old_rule(tmp_path: Path) -> None:
    # one column day-first, another month-first: the table tells nothing, day-first as before
    path = book(
        tmp_path / "issues.xlsx",
        "Issue Log",
        [
            ["Issue", "Owner", "Opened", "Due", "Closed"],
            ["Printer fleet lapses", PEOPLE[0], "25/03/2026", "04/01/2026", "03/25/2026"],
            ["Test environment down", PEOPLE[1], "26/03/2026", "04/02/2026", "03/27/2026"],
        ],
    )
    adoption = adopt(path)
    assert field(adoption, "issues", "due_date") == [date(2026, 1, 4), date(2026, 2, 4)]
    assert any("day-first" in w for w in adoption.report.warnings)


def test_an_english_table_with_every_column_ambiguous_still_warns(tmp_path: Path) -> None:
    path = book(
        tmp_path / "issues.xlsx",
        "Issue Log",
        [
            ["Issue", "Owner", "Opened", "Due"],
            ["Printer fleet lapses", PEOPLE[0], "03/04/2026", "04/10/2026"],
            ["Test environment down", PEOPLE[1], "03/05/2026", "05/01/2026"],
        ],
    )
    adoption = adopt(path)
    assert any("day-first" in w for w in adoption.report.warnings)


# --- a label and its value under the table ----------------------------------------------------


def test_a_last_reviewed_line_under_the_table_is_no_item(tmp_path: Path) -> None:
    # `Last reviewed | | Raj Patel | | 06/03/2026` under an issue log (in the ID column) was
    # adopted as a fourth issue, untitled, owned by the reviewer and due on the review date
    path = book(
        tmp_path / "issues.xlsx",
        "Issues",
        [
            ["ID", "Issue", "Owner", "Priority", "Due Date", "Status"],
            ["I-01", "Firewall rules missing", PEOPLE[0], "High", date(2026, 3, 20), "Open"],
            ["I-02", "Laptop shortage", PEOPLE[1], "Medium", date(2026, 3, 25), "Open"],
            ["I-03", "Supplier invoice dispute", PEOPLE[2], "Low", date(2026, 4, 2), "Closed"],
            [],
            ["Last reviewed", None, "Raj Patel", None, date(2026, 3, 6)],
        ],
    )
    adoption = adopt(path)
    assert field(adoption, "issues", "title") == [
        "Firewall rules missing",
        "Laptop shortage",
        "Supplier invoice dispute",
    ]
    (table,) = adoption.report.adopted_tables
    assert any(
        s.value == "Last reviewed" or "Last reviewed" in s.reason for s in table.skipped_rows
    )


def test_an_untitled_item_with_its_id_is_still_an_item(tmp_path: Path) -> None:
    path = book(
        tmp_path / "issues.xlsx",
        "Issues",
        [
            ["ID", "Issue", "Owner", "Priority", "Due Date", "Status"],
            ["I-01", "Firewall rules missing", PEOPLE[0], "High", date(2026, 3, 20), "Open"],
            ["I-02", None, PEOPLE[1], "Medium", date(2026, 3, 25), "Open"],
        ],
    )
    assert field(adopt(path), "issues", "id") == ["I-001", "I-002"]


# --- a score without the probability and impact it is worked out from -------------------------


def test_an_options_appraisal_with_a_risk_score_is_no_risk_register(tmp_path: Path) -> None:
    # its `Risk score` (the word risk in a header, and a score) made three options three risks
    path = book(
        tmp_path / "appraisal.xlsx",
        "Options Appraisal",
        [
            ["Option", "Description", "Cost (£k)", "Benefit score", "Risk score", "Recommended"],
            ["1", "Do nothing: keep the current system running", 0, 1, 4, "No"],
            ["2", "Upgrade the current system in place", 450, 3, 3, "No"],
            ["3", "Replace with a cloud service", 700, 5, 2, "Yes"],
        ],
    )
    assert _registers(adopt(path)) == []


def test_a_risk_list_with_its_score_and_inputs_is_still_a_risk_register(tmp_path: Path) -> None:
    path = book(
        tmp_path / "list.xlsx",
        "Sheet1",
        [
            ["Description", "Owner", "Probability", "Risk score"],
            ["Vendor may go into administration", PEOPLE[0], 3, 12],
            ["Data migration runs over the cutover weekend", PEOPLE[1], 2, 10],
        ],
    )
    assert _registers(adopt(path)) == ["risks"]


# --- formulas the file never calculated ------------------------------------------------------


def test_a_formula_with_no_saved_result_is_listed_not_dropped(tmp_path: Path) -> None:
    # a script wrote `Due = Raised + 30` as formulas without results: every due date was
    # left empty without a word (as if none were set)
    path = book(
        tmp_path / "risks.xlsx",
        "Risks",
        [
            ["Risk ID", "Risk", "Owner", "Probability", "Impact", "Raised", "Due"],
            ["R-01", "Cloud costs overrun", PEOPLE[0], 3, 4, date(2026, 3, 1), "=F2+30"],
            ["R-02", "Vendor delay", PEOPLE[1], 2, 3, date(2026, 3, 2), "=F3+30"],
        ],
    )
    adoption = adopt(path)
    assert field(adoption, "risks", "due_date") == [None, None]
    (table,) = adoption.report.adopted_tables
    listed = [(u.cell, u.value) for u in table.unconverted if "no saved result" in u.reason]
    assert listed == [("G2", "=F2+30"), ("G3", "=F3+30")]


# --- a decision still to be made ---------------------------------------------------------------


def test_a_decision_still_pending_is_not_adopted_as_made(tmp_path: Path) -> None:
    # `Go-live date`: no decision, no date decided, status Pending; adopted as a decision
    # made by Tom Brown (who is to decide)
    path = book(
        tmp_path / "decisions.xlsx",
        "Decision Log",
        [
            ["ID", "Decision Required", "Decision", "Decision Maker", "Date Decided", "Status"],
            ["D1", "Which hosting model", "Cloud", PEOPLE[0], "03/03/2026", "Approved"],
            ["D2", "Go-live date", None, PEOPLE[1], None, "Pending"],
            [
                "D3",
                "Keep legacy reports",
                "Retire them in June",
                PEOPLE[2],
                "22/03/2026",
                "Approved",
            ],
        ],
    )
    adoption = adopt(path)
    assert field(adoption, "decisions", "made_by") == [PEOPLE[0], PEOPLE[2]]
    (table,) = adoption.report.adopted_tables
    assert any(s.row == 3 and "still to be made" in s.reason for s in table.skipped_rows)


def test_a_decision_with_its_date_and_no_text_is_still_adopted(tmp_path: Path) -> None:
    path = book(
        tmp_path / "decisions.xlsx",
        "Decision Log",
        [
            ["ID", "Decision", "Decision Maker", "Date Decided"],
            ["D1", "Cloud hosting", PEOPLE[0], "03/03/2026"],
            ["D2", None, PEOPLE[1], "05/03/2026"],
        ],
    )
    assert field(adopt(path), "decisions", "made_by") == [PEOPLE[0], PEOPLE[1]]
