"""Round 31 (task k50): tuning on a stranger's batch of ordinary English workbooks
(``TUNING_19``). Its two misses were one highlight report's; each is read here as the
habit behind it, with variants no batch holds (other words, other positions, other forms)
and a near-miss that must not fire:

1. **the paragraph a highlight report's PM writes under ``Commentary``** (or ``Comments``,
   ``PM commentary``, ``Narrative``, ``Latest update``, ``Progress this period``) is the
   project's status summary, as ``Summary`` and ``Key messages`` already were; a number
   beside the label (``Comments | 12,400``) is no summary;
2. **a line outside every table saying what the report's amounts are in** (``All figures in
   GBP``, ``Amounts shown in EUR``, ``Figures in CAD '000``, ``All amounts in £``, ``All
   costs in AUD``) gives the project's currency when no table does; a line that names two
   currencies, one that says no unit (``Values in red are overdue``) and a code inside a
   sentence (``All staff in CAD training this month``) give none;
3. **a title block's PRINCE2 ``Project Executive``** (or ``Executive``, ``Business sponsor``)
   is the sponsor, and UK government's ``Delivery Manager`` the project manager; an
   ``Executive summary`` stays the summary, no sponsor; a monthly report's ``Report for
   month`` / ``Reporting month`` is the report date, the month's last day (``Next report``
   gives none); ``Costs shown in £k`` states the currency as ``All costs in`` does, when its
   noun names money (``Staff shown in CAD`` states none). (Variants of the batch's other habits,
   tried while tuning, were read already: ``Date agreed`` / ``Approved by`` in a decision
   log, ``Direction`` Incoming / Outgoing, ``Person responsible``, a Budget / Actual /
   Forecast ``Measure`` column, ``Period`` / ``Cost category`` kept long, ``Baseline`` /
   ``Revised`` / ``Actual`` milestone dates, ``Live`` / ``Retired`` risk statuses.)
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from adopt_sheets import adopt, book, only, targets

from addin.adopt.currency import currency_of_unit_lines

CODES = ["GBP", "EUR", "USD", "CHF", "AUD", "CAD", "INR", "SGD", "JPY"]


def _report(tmp_path: Path, label: str, value: object, unit_line: str, at_top: bool) -> Path:
    """A highlight report of label / value rows and a milestone table under them; the
    unit line either right under the title (``at_top``) or after the commentary."""
    head: list[list[object]] = [["Monthly Highlight Report"]]
    if at_top:
        head.append([unit_line])
    head += [
        [],
        ["Project", "Riverside Library Extension"],
        ["Project Manager", "Dana Okafor"],
        ["Report date", "20/02/2026"],
        [],
        ["Overall", "Amber"],
        [label, value],
    ]
    if not at_top:
        head.append([unit_line])
    return book(
        tmp_path / "report.xlsx",
        "Report",
        [
            *head,
            [],
            ["Milestone", "Planned", "Forecast", "Status"],
            ["Design frozen", "01/12/2025", "01/12/2025", "Complete"],
            ["Steel erected", "12/01/2026", "26/01/2026", "In Progress"],
            ["Handover", "30/03/2026", "13/04/2026", "Not Started"],
        ],
    )


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("Commentary", "Roof done; joiner starts on the drum store next week."),
        ("Comments", "Slater delayed by the weather; hall still closed."),
        ("PM commentary", "Steel on site, crane booked for Monday."),
        ("Narrative", "Design signed off by the board in January."),
        ("Latest update", "Contractor mobilised; hoarding up."),
        ("Progress this period:", "Fit-out started in the east wing."),
    ],
)
def test_a_reports_commentary_is_its_status_summary(tmp_path: Path, label: str, text: str) -> None:
    adoption = adopt(_report(tmp_path, label, text, "All figures in GBP", at_top=False))
    header = adoption.project.header
    assert header.status_summary == text
    assert header.project_name == "Riverside Library Extension"
    # the milestone table under the block is read as before, its columns unchanged
    assert targets(only(adoption)) == {
        "Milestone": "milestone",
        "Planned": "baseline_date",
        "Forecast": "forecast_date",
        "Status": "status",
    }


def test_a_number_beside_comments_is_no_summary(tmp_path: Path) -> None:
    # near-miss: a count under a comments label is no paragraph of the week
    adoption = adopt(_report(tmp_path, "Comments", 12_400, "All figures in GBP", at_top=False))
    assert adoption.project.header.status_summary is None


@pytest.mark.parametrize(
    ("line", "at_top", "code"),
    [
        ("All figures in GBP", False, "GBP"),
        ("Amounts shown in EUR", True, "EUR"),
        ("Figures in CAD '000", False, "CAD"),
        ("All amounts in £", True, "GBP"),
        ("All costs in AUD", False, "AUD"),
        ("All prices shown in €k", True, "EUR"),
    ],
)
def test_a_unit_line_outside_the_tables_gives_the_currency(
    tmp_path: Path, line: str, at_top: bool, code: str
) -> None:
    path = _report(tmp_path, "Commentary", "On track this month.", line, at_top)
    assert adopt(path).project.header.currency == code


@pytest.mark.parametrize(
    "line",
    [
        "Figures in GBP and EUR",  # two currencies: which one?
        "Values in red are overdue",  # a unit word, no currency
        "All staff in CAD training this month",  # a code in a sentence, not closing it
        "Euro Tunnel works - figures exclude VAT",  # a name before the unit words
        "Figures in NZD",  # a currency the standards do not list
    ],
)
def test_a_line_naming_no_one_listed_currency_gives_none(tmp_path: Path, line: str) -> None:
    path = _report(tmp_path, "Commentary", "On track this month.", line, at_top=False)
    assert adopt(path).project.header.currency is None


def test_two_unit_lines_naming_two_currencies_give_none() -> None:
    lines = [("All figures in GBP", "Report!A3"), ("Amounts in EUR", "Summary!A2")]
    assert currency_of_unit_lines(lines, CODES) is None
    same = [("All figures in GBP", "Report!A3"), ("Amounts in £k", "Summary!A2")]
    assert currency_of_unit_lines(same, CODES) == (
        "GBP",
        "Report!A3, a line saying what the amounts are in",
    )


def _board(tmp_path: Path, rows: list[list[object]]) -> Path:
    return book(
        tmp_path / "highlight.xlsx",
        "Highlight",
        [
            ["Highlight Report"],
            *rows,
            [],
            ["Milestone", "Planned", "Forecast", "Status"],
            ["Design frozen", "01/12/2025", "01/12/2025", "Complete"],
            ["Steel erected", "12/01/2026", "26/01/2026", "In Progress"],
            ["Handover", "30/03/2026", "13/04/2026", "Not Started"],
        ],
    )


@pytest.mark.parametrize("label", ["Project Executive:", "Executive", "Business sponsor"])
def test_a_prince2_executive_is_the_sponsor(tmp_path: Path, label: str) -> None:
    # 3. PRINCE2's project board names the sponsor its Executive
    path = _board(
        tmp_path,
        [["Project:", "Hall Refit"], [label, "Alasdair Munro"], ["Project Manager", "Fiona Reid"]],
    )
    header = adopt(path).project.header
    assert header.sponsor == "Alasdair Munro"
    assert header.project_manager == "Fiona Reid"


def test_an_executive_summary_is_no_sponsor(tmp_path: Path) -> None:
    # near-miss: a label that starts with the word is another field
    path = _board(
        tmp_path,
        [["Project:", "Hall Refit"], ["Executive summary", "Roof done; joiner next week."]],
    )
    header = adopt(path).project.header
    assert header.sponsor is None
    assert header.status_summary == "Roof done; joiner next week."


def test_a_delivery_manager_is_the_project_manager(tmp_path: Path) -> None:
    path = _board(
        tmp_path,
        [
            ["Service:", "Apply for a permit"],
            ["Delivery Manager", "Priya Shah"],
            ["SRO", "Tom Hale"],
        ],
    )
    header = adopt(path).project.header
    assert header.project_manager == "Priya Shah"
    assert header.sponsor == "Tom Hale"


def test_a_money_noun_without_all_states_the_currency(tmp_path: Path) -> None:
    path = _report(
        tmp_path, "Status this week", "Steel erection started.", "Costs shown in £k", False
    )
    header = adopt(path).project.header
    assert header.currency == "GBP"
    assert header.status_summary == "Steel erection started."


def test_a_noun_naming_no_money_states_no_currency(tmp_path: Path) -> None:
    # near-miss: without `All` the noun must name money (`Staff`, `Drawings`: no amounts)
    path = _report(tmp_path, "Commentary", "On track.", "Staff shown in CAD", at_top=False)
    assert adopt(path).project.header.currency is None


@pytest.mark.parametrize("label", ["Report for month:", "Reporting month", "Report month"])
def test_a_reports_month_is_as_at_its_last_day(tmp_path: Path, label: str) -> None:
    path = _board(tmp_path, [["Project:", "Hall Refit"], [label, "January 2026"]])
    assert adopt(path).project.header.report_date == date(2026, 1, 31)


def test_the_next_reports_month_is_no_report_date(tmp_path: Path) -> None:
    # near-miss: a month under another label (the next report's) is no as-at
    path = _board(tmp_path, [["Project:", "Hall Refit"], ["Next report", "March 2026"]])
    assert adopt(path).project.header.report_date is None
