"""Red team of round 33's first wave (task rt33b): the rules k61, lf33, k59 and rt33 added
to adoption, probed on small workbooks written here (no batch read) for WRONG results a
PMO would trust. Each finding is a failing test first, then a general mend:

1. **a yearless months-down log under a title naming two years** (``Budget 2025 vs
   2026``, ``Cost plan 2026-2030``) took the first year it met: the year is not the title's
   when the title states two, so the log stays unread (never guessed), as months out of
   order do;
2. **a contracts register's term end as the month** (``Contract | Supplier | Period to |
   Contract value | Invoiced``): lf33's order value beside an actual named the table a
   finance register, and each contract's invoices were booked in the month its term ENDS
   (2027's months, in the future), and a PO log's invoices in the month of each order's
   ``Delivery date`` / ``Due date`` / ``Start date``: only an order's own date, an
   invoice's or a payment's, or a bare ``Date`` / ``Month`` dates what was invoiced; any
   other leaves the table refused, as before round 33;
3. **a change request's or a risk's impact table as the project's RAGs** (``Impact area |
   Description of impact | Impact rating`` over ``Time``, ``Cost``, ``Scope``): k61's
   tolerance rows read each dimension's colour and the project came out Red on schedule
   from one change's assessment. A header row naming an impact (``impact``, ``effect``,
   ``consequence``), or a form titled or named as one item's (``Change Request``, ``Impact
   assessment``), rates one item, not the project: no RAG is read from it;
4. **a staff list's ``Type`` of ``P`` / ``A`` (permanent, agency)**: rt33's plan-and-actual
   rows fired when the one agency row named a person with a permanent row (two ``TBC``
   developers), and the agency developer's plan was dropped as actuals. A letter is a
   measure only when two rows or more of another measure pair at least half the planned
   people; ``Plan`` / ``Actual`` written as words are read as before;
5. **a workaround beside the action taken** (``Workaround | Action taken``, ``Proposed fix
   | Fix applied``): k59's workaround synonyms, read for certain, took the resolution from
   the column before them (``Action taken`` was the resolution before k59): each issue's
   resolution became what was done meanwhile. A workaround or a proposed fix is read as
   the resolution less surely; alone it still is.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from adopt_sheets import adopt, adopt_each_and_consolidate, book, books, registers, rolled_up

from addin.standards import default_standards


def _months(adoption: object) -> list[date]:
    return sorted({f.month for f in adoption.project.finance})  # type: ignore[attr-defined]


# ---------------------------------------------------------------------------------------
# 1. a title naming two years states no one year
# ---------------------------------------------------------------------------------------


def _log(title: str) -> list[list[object]]:
    return [
        [title],
        [],
        ["Month", "Budget", "Actual"],
        ["Jan", 100, 90],
        ["Feb", 100, 110],
        ["Mar", 100, 95],
    ]


def test_a_title_comparing_two_years_names_no_year(tmp_path: Path) -> None:
    adoption = adopt(book(tmp_path / "two.xlsx", "Costs", _log("Budget 2025 vs 2026")))
    assert adoption.project.finance == []


def test_a_title_of_a_span_of_years_names_no_year(tmp_path: Path) -> None:
    adoption = adopt(book(tmp_path / "span.xlsx", "Costs", _log("Cost plan 2026 - 2030")))
    assert adoption.project.finance == []


def test_a_title_of_one_year_still_names_it(tmp_path: Path) -> None:
    """Near-miss: lf33's own reading, the year once (twice written the same)."""
    adoption = adopt(book(tmp_path / "one.xlsx", "2026", _log("Cost tracker 2026")))
    assert _months(adoption) == [date(2026, 1, 1), date(2026, 2, 1), date(2026, 3, 1)]


def test_a_financial_year_range_is_one_year(tmp_path: Path) -> None:
    """Near-miss: ``FY2025/26`` is one financial year (April to March by default)."""
    rows = _log("Cost tracker FY2025/26")
    rows[3:] = [["Apr", 100, 90], ["May", 100, 110], ["Jun", 100, 95]]
    adoption = adopt(book(tmp_path / "fy.xlsx", "Costs", rows))
    assert _months(adoption) == [date(2025, 4, 1), date(2025, 5, 1), date(2025, 6, 1)]


# ---------------------------------------------------------------------------------------
# 2. a contract's term end is no order's date
# ---------------------------------------------------------------------------------------


def _contracts(date_header: str) -> list[list[object]]:
    return [
        ["Contracts register"],
        [],
        ["Contract", "Supplier", date_header, "Contract value", "Invoiced"],
        ["C-01", "Acme Civils", date(2026, 12, 31), 100000, 20000],
        ["C-02", "Bolt Ltd", date(2027, 6, 30), 50000, 5000],
    ]


def test_a_contracts_term_end_books_no_invoices(tmp_path: Path) -> None:
    for header in ("Period to", "End date", "Contract end", "Expiry date"):
        adoption = adopt(book(tmp_path / "contracts.xlsx", "Contracts", _contracts(header)))
        assert adoption.project.finance == [], header


def test_a_po_logs_delivery_or_due_date_books_no_invoices(tmp_path: Path) -> None:
    for header in ("Delivery date", "Due date", "Start date"):
        rows = [
            ["Purchase order log"],
            [],
            ["PO number", "Supplier", "Description", header, "PO value", "Invoiced"],
            ["PO-1", "Acme", "Steel", date(2026, 9, 12), 5000, 4000],
            ["PO-2", "Bolt", "Cabling", date(2026, 11, 3), 3000, 1000],
        ]
        adoption = adopt(book(tmp_path / "po.xlsx", "POs", rows))
        assert adoption.project.finance == [], header


def test_a_po_logs_date_raised_still_dates_the_invoices(tmp_path: Path) -> None:
    """Near-miss: lf33's own case, the order's own date."""
    rows = [
        ["PO number", "Supplier", "Description", "Date raised", "PO value", "Invoiced"],
        ["PO-1", "Acme", "Steel", date(2026, 1, 12), 5000, 4000],
        ["PO-2", "Bolt", "Cabling", date(2026, 2, 3), 3000, 1000],
    ]
    adoption = adopt(book(tmp_path / "po.xlsx", "PO log", rows))
    assert registers(adoption) == ["finance"]
    assert _months(adoption) == [date(2026, 1, 1), date(2026, 2, 1)]
    for header in ("Invoice date", "Date", "PO date"):
        rows[0][3] = header
        adoption = adopt(book(tmp_path / "po2.xlsx", "PO log", rows))
        assert _months(adoption) == [date(2026, 1, 1), date(2026, 2, 1)], header


# ---------------------------------------------------------------------------------------
# 3. one item's impact on time, cost and scope is no project RAG
# ---------------------------------------------------------------------------------------


def _rags(adoption: object) -> tuple[object, ...]:
    header = adoption.project.header  # type: ignore[attr-defined]
    return (header.schedule_rag, header.cost_rag, header.scope_rag)


def test_a_change_requests_impact_ratings_are_no_project_rag(tmp_path: Path) -> None:
    for headers in (
        ["Impact area", "Description of impact", "Impact rating"],
        ["Impact on", "Assessment", "Status"],
        ["Dimension", "Effect if approved", "RAG"],
        ["Dimension", "Assessment", "Status"],
    ):
        rows = [
            ["Change Request CR-014: second loading bay"],
            ["Raised by", "Ann Lee"],
            [],
            headers,
            ["Time", "Adds three weeks to stage 3", "Red"],
            ["Cost", "Adds 40k to the build", "Amber"],
            ["Scope", "One more bay", "Green"],
        ]
        adoption = adopt(book(tmp_path / "cr.xlsx", "CR-014", rows))
        assert _rags(adoption) == (None, None, None), headers


def test_a_highlight_reports_tolerance_rows_still_read(tmp_path: Path) -> None:
    """Near-miss: k61's own table, the tolerance and the forecast beside each colour."""
    rows = [
        ["Highlight report"],
        ["Date of report: 31/03/2026"],
        [],
        ["Tolerance", "Agreed tolerance", "Forecast", "Status"],
        ["Time", "+/- 2 weeks", "+5 weeks", "Red"],
        ["Cost", "+/- 10%", "+4%", "Green"],
        ["Scope", "No change", "No change", "Amber"],
    ]
    adoption = adopt(book(tmp_path / "hr.xlsx", "Highlight", rows))
    assert _rags(adoption) == ("Red", "Green", "Amber")


# ---------------------------------------------------------------------------------------
# 4. a staff list's P / A (permanent, agency) is no plan and actual
# ---------------------------------------------------------------------------------------


def test_a_permanent_and_an_agency_developer_are_both_planned(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Resource plan 2026 (hours)"],
        [],
        ["Name", "Role", "Type", "Jan-26", "Feb-26", "Mar-26"],
        ["Ann Lee", "PM", "P", 80, 80, 80],
        ["Bob Ray", "Analyst", "P", 100, 100, 100],
        ["Cal Day", "Architect", "P", 60, 60, 60],
        ["TBC", "Developer", "P", 160, 160, 160],
        ["TBC", "Developer", "A", 160, 160, 160],
    ]
    adoption = adopt(book(tmp_path / "staff.xlsx", "Resources", rows))
    days = sum(r.planned_days or 0 for r in adoption.project.resources if r.person == "TBC")
    assert days == 3 * 2 * 160 / 8


# ---------------------------------------------------------------------------------------
# 5. a workaround is the resolution only when nothing says what was done
# ---------------------------------------------------------------------------------------


def _issues(headers: list[str]) -> list[list[object]]:
    return [
        ["Issue log"],
        [],
        ["Issue ID", "Description", "Priority", "Owner", "Status", *headers],
        [
            "I-1",
            "Server outage on the test rig",
            "High",
            "Ann Lee",
            "Closed",
            "Use rig B",
            "New PSU",
        ],
        ["I-2", "Late delivery of steel beams", "Low", "Bob Ray", "Closed", "East wing", "Penalty"],
    ]


def test_the_action_taken_not_the_workaround_is_the_resolution(tmp_path: Path) -> None:
    for headers in (["Workaround", "Action taken"], ["Proposed fix", "Fix applied"]):
        adoption = adopt(book(tmp_path / "issues.xlsx", "Issues", _issues(headers)))
        assert [i.resolution for i in adoption.project.issues] == ["New PSU", "Penalty"], headers


def test_a_workaround_alone_is_still_the_resolution(tmp_path: Path) -> None:
    """Near-miss: k59's own reading."""
    for header in ("Workaround", "Fix / workaround"):
        rows = [row[:-1] for row in _issues([header, "x"])]
        adoption = adopt(book(tmp_path / "alone.xlsx", "Issues", rows))
        assert [i.resolution for i in adoption.project.issues] == ["Use rig B", "East wing"]


# ---------------------------------------------------------------------------------------
# followed through ``pmo check`` and ``pmo consolidate``
# ---------------------------------------------------------------------------------------


def _risks() -> list[list[object]]:
    return [
        ["Risk ID", "Description", "Probability", "Impact", "Owner", "Status"],
        ["R1", "Supplier delivers the steel late", "High", "High", "Ann Lee", "Open"],
        ["R2", "Test rig not available in March", "Low", "Medium", "Bob Ray", "Open"],
    ]


def test_the_mended_workbooks_roll_up_without_the_wrong_figures(tmp_path: Path) -> None:
    """A PO log dated by its orders (5,000 invoiced), one dated by deliveries to come and a
    yearless log under ``Budget 2025 vs 2026`` (nothing booked) roll up to the first's
    actuals alone; a change request's impact ratings give its project no RAG."""
    src, out = tmp_path / "src", tmp_path / "out"
    src.mkdir()
    out.mkdir()
    po = [
        ["PO number", "Supplier", "Description", "Date raised", "PO value", "Invoiced"],
        ["PO-1", "Acme", "Steel", date(2026, 1, 12), 5000, 4000],
        ["PO-2", "Bolt", "Cabling", date(2026, 2, 3), 3000, 1000],
    ]
    later = [list(row) for row in po]
    later[0][3] = "Delivery date"
    cr = [
        ["Change Request CR-014: second loading bay"],
        [],
        ["Impact area", "Description of impact", "Impact rating"],
        ["Time", "Adds three weeks to stage 3", "Red"],
        ["Cost", "Adds 40k to the build", "Amber"],
    ]
    sources = [
        book(src / "a_po.xlsx", "PO log", po),
        books(src / "b_po.xlsx", {"PO log": later, "Risks": _risks()}),
        books(
            src / "c_log.xlsx",
            {"Costs": _log("Budget 2025 vs 2026"), "CR-014": cr, "Risks": _risks()},
        ),
    ]
    result = adopt_each_and_consolidate(
        sources, out, default_standards(), 1, tmp_path / "rollup.xlsx"
    )
    assert result.rejected == 0
    actuals = rolled_up(tmp_path / "rollup.xlsx", "finance", "Actual")
    assert sum(float(a) for a in actuals if isinstance(a, int | float)) == 5000
    third = adopt(sources[2]).project.header
    assert (third.schedule_rag, third.cost_rag) == (None, None)
