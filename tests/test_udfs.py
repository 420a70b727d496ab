"""The PMO functions, called as plain Python with the values Excel passes: floats for
whole numbers, None and "" for blanks, datetimes and serials for dates, error text, 2-D
lists. Results must equal what the core (addin.derived, the rules) computes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl
import pytest

import udfs
from addin import derived
from addin.cells import excel_serial
from addin.layout import RISKS
from addin.standards import Standards, default_standards
from udfs.registers import CHECK_HEADER, NO_FINDINGS

S = default_standards()
NOV1 = dt.datetime(2026, 11, 1)
NOV30 = dt.datetime(2026, 11, 30)

# The same day as Excel may pass it: a datetime (date-formatted cell), a serial number
# (general-formatted cell), ISO text, or day-first text typed by a UK user.
NOV1_SHAPES = [NOV1, excel_serial(NOV1), "2026-11-01", "01/11/2026"]


@pytest.mark.parametrize(
    "p,i",
    [(1.0, 1.0), (3.0, 4.0), (5.0, 5.0), (4, 5), ("4", "5"), (2.0, 3.5)],
)
def test_risk_score_and_rating_equal_the_core(p: Any, i: Any) -> None:
    score = derived.risk_score(float(p), float(i))
    assert udfs.PMO_RISKSCORE(p, i) == score
    assert udfs.PMO_RISKRATING(p, i) == derived.rating(score, S)
    assert udfs.PMO_RESIDUALSCORE(p, i) == derived.residual_score(float(p), float(i))


def test_rating_bands_are_the_standards() -> None:
    assert [
        udfs.PMO_RISKRATING(p, i) for p, i in [(1.0, 2.0), (2.0, 3.0), (3.0, 4.0), (4.0, 5.0)]
    ] == [
        "Low",
        "Medium",
        "High",
        "Critical",
    ]


@pytest.mark.parametrize("blank", [None, "", "   "])
def test_blank_inputs_give_an_empty_cell(blank: Any) -> None:
    assert udfs.PMO_RISKSCORE(blank, 4.0) == ""
    assert udfs.PMO_RISKRATING(3.0, blank) == ""
    assert udfs.PMO_SLIPPAGEDAYS(blank, NOV1) == ""
    assert udfs.PMO_EAC(blank, 10.0) == ""
    assert udfs.PMO_VACPCT(blank, 10.0) == ""
    assert udfs.PMO_COSTRAG(blank, 10.0) == ""
    assert udfs.PMO_WSJF(5.0, 3.0, blank, 2.0) == ""
    assert udfs.PMO_DAYSOVERDUE(blank, "Open", "risk", NOV30) == 0


@pytest.mark.parametrize("error", ["#N/A", "#REF!", "#DIV/0!", "#VALUE!"])
def test_error_inputs_come_back_as_the_same_error(error: str) -> None:
    assert udfs.PMO_RISKSCORE(error, 4.0) == error
    assert udfs.PMO_VAC(100.0, error) == error
    assert udfs.PMO_DAYSOVERDUE(error, "Open", "risk", NOV30) == error


def test_unusable_inputs_say_which_argument_and_why() -> None:
    assert udfs.PMO_RISKSCORE("high", 4.0) == "#VALUE! probability 'high' is not a number"
    assert udfs.PMO_RISKSCORE(True, 4.0) == "#VALUE! probability True is TRUE/FALSE, not a number"
    assert udfs.PMO_SLIPPAGEDAYS("next week", NOV1) == (
        "#VALUE! baseline_date 'next week' is not a date"
    )
    assert udfs.PMO_DAYSOVERDUE(NOV1, "Open", "decisions", NOV30).startswith(
        "#VALUE! register 'decision' has no due dates"
    )
    assert udfs.PMO_DAYSOVERDUE(NOV1, "Open", "nonsense", NOV30).startswith(
        "#VALUE! 'nonsense' is not a register"
    )


@pytest.mark.parametrize("due", NOV1_SHAPES)
@pytest.mark.parametrize("as_of", [NOV30, excel_serial(NOV30), "2026-11-30"])
def test_days_overdue_takes_every_date_shape(due: Any, as_of: Any) -> None:
    expected = derived.days_overdue(NOV1.date(), NOV30.date(), is_open=True)
    assert expected == 29
    assert udfs.PMO_DAYSOVERDUE(due, "Open", "issue", as_of) == expected


@pytest.mark.parametrize(
    "status,register,expected",
    [
        ("Open", "risk", 29),
        ("Closed", "risk", 0),
        ("Resolved", "issues", 0),  # closed for issues...
        ("Resolved", "Dependencies", 29),  # ...but not a closed status for dependencies
        ("Delivered", "D", 0),
        ("Complete", "milestones", 0),
        (None, None, 29),  # no status: open; default register: risk
    ],
)
def test_days_overdue_uses_the_standards_closed_statuses(
    status: Any, register: Any, expected: int
) -> None:
    assert udfs.PMO_DAYSOVERDUE(NOV1, status, register, NOV30) == expected


def test_days_overdue_is_zero_when_not_yet_due() -> None:
    assert udfs.PMO_DAYSOVERDUE(NOV30, "Open", "risk", NOV1) == 0


def test_days_overdue_defaults_to_today() -> None:
    yesterday = dt.date.today() - dt.timedelta(days=1)
    assert udfs.PMO_DAYSOVERDUE(dt.datetime.combine(yesterday, dt.time()), "Open") == 1


@pytest.mark.parametrize("baseline", NOV1_SHAPES)
def test_slippage_and_slack_equal_the_core(baseline: Any) -> None:
    forecast = dt.datetime(2026, 11, 15)
    actual = dt.datetime(2026, 11, 20)
    assert udfs.PMO_SLIPPAGEDAYS(baseline, forecast) == derived.slippage_days(
        NOV1.date(), forecast.date()
    )
    assert udfs.PMO_SLIPPAGEDAYS(baseline, forecast, actual) == 19  # actual wins
    assert udfs.PMO_SLIPPAGEDAYS(baseline, dt.datetime(2026, 10, 30)) == -2  # early
    assert udfs.PMO_SLACKDAYS(baseline, dt.datetime(2026, 10, 20)) == derived.slack_days(
        NOV1.date(), dt.date(2026, 10, 20)
    )


@pytest.mark.parametrize(
    "bac,eac",
    [
        (100000.0, 105000.0),
        (100000.0, 95000.0),
        (100000.0, 111000.0),
        (100000, 110000),
        ("£100,000", "105,000"),
    ],
)
def test_finance_figures_equal_the_core(bac: Any, eac: Any, standards: Standards) -> None:
    b = float(str(bac).replace("£", "").replace(",", ""))
    e = float(str(eac).replace(",", ""))
    assert udfs.PMO_VAC(bac, eac) == derived.vac(b, e)
    assert udfs.PMO_VACPCT(bac, eac) == pytest.approx(derived.vac_pct(b, e))
    assert udfs.PMO_COSTRAG(bac, eac) == derived.cost_rag(derived.vac_pct(b, e), standards)
    assert udfs.PMO_EAC(60000.0, 45000.0) == derived.eac(60000.0, 45000.0) == 105000.0


def test_cost_rag_thresholds() -> None:
    assert [udfs.PMO_COSTRAG(100.0, eac) for eac in (100.0, 105.0, 105.5, 110.0, 110.5)] == [
        "Green",
        "Green",
        "Amber",
        "Amber",
        "Red",
    ]
    assert udfs.PMO_VACPCT(0.0, 10.0) == ""  # no budget: no percentage


def test_cpi_spi_wsjf_equal_the_core() -> None:
    assert udfs.PMO_CPI(50000.0, 40000.0) == derived.cpi(50000.0, 40000.0) == 1.25
    assert udfs.PMO_SPI(45000.0, 50000.0) == derived.spi(45000.0, 50000.0) == 0.9
    assert udfs.PMO_CPI(50000.0, 0.0) == ""  # AC zero: undefined, shown empty
    assert udfs.PMO_SPI(45000.0, None) == ""
    assert udfs.PMO_WSJF(5.0, 3.0, 2.0, 2.0) == derived.wsjf(5.0, 3.0, 2.0, 2.0) == 5.0
    assert udfs.PMO_WSJF(5.0, 3.0, 2.0, 0.0) == ""


@pytest.mark.parametrize(
    "ids,expected",
    [
        ([["R-001"], ["R-007"], [None], [""]], "R-008"),  # a column range, with blanks
        ([["R-001", "R-003"]], "R-004"),  # a row range
        (["R-002", "r-010", "I-050"], "R-011"),  # 1-D; other prefixes ignored
        ("R-004", "R-005"),  # a single cell
        (None, "R-001"),  # an empty register
        ([["#N/A"], ["R-002"]], "R-003"),  # an error cell is skipped
    ],
)
def test_next_id(ids: Any, expected: str) -> None:
    assert udfs.PMO_NEXTID("risks", ids) == expected
    assert udfs.PMO_NEXTID("R", ids) == expected
    prefix_only = [derived.next_id("R", [v for v in _flat(ids)])]
    assert prefix_only == [expected]


def _flat(value: Any) -> list[Any]:
    if isinstance(value, list):
        return [v for item in value for v in (item if isinstance(item, list) else [item])]
    return [value]


def test_next_id_for_other_registers_and_errors() -> None:
    assert udfs.PMO_NEXTID("decisions", [["DC-004"]]) == "DC-005"
    assert udfs.PMO_NEXTID("Milestones", [[None]]) == "M-001"
    assert udfs.PMO_NEXTID("finance", [["x"]]) == "#VALUE! the finance register has no IDs"


def _risk_row(**values: Any) -> list[Any]:
    row = dict.fromkeys(RISKS.headers)
    row.update(values)
    return [row[h] for h in RISKS.headers]


GOOD = {
    "ID": "R-001",
    "Title": "Vendor late",
    "Category": "Technical",
    "Owner": "Ann Lee",
    "Raised Date": excel_serial(dt.date(2026, 11, 2)),
    "Status": "Open",
    "Probability": 2.0,
    "Impact": 2.0,
    "Last Updated": dt.datetime(2026, 11, 20),
    "Due Date": dt.datetime(2027, 1, 31),
}


def test_check_range_of_a_clean_register_has_no_findings() -> None:
    data = [RISKS.headers, _risk_row(**GOOD), [None] * len(RISKS.headers)]
    assert udfs.PMO_CHECKRANGE(data, "risks", NOV30) == [CHECK_HEADER, NO_FINDINGS]


def test_check_range_reports_each_problem_at_its_cell() -> None:
    bad = dict(GOOD, ID="R-002", Owner="TBC", Impact="abc")
    dup = dict(GOOD, ID="R-001", Title="Again", Score=12.0, Probability=3.0, Impact=3.0)
    data = [RISKS.headers, _risk_row(**GOOD), _risk_row(**bad), _risk_row(**dup), ["#REF!"]]
    rows = udfs.PMO_CHECKRANGE(data, "Risks", excel_serial(NOV30), "B4")
    assert rows[0] == CHECK_HEADER
    found = {(r[1], r[2], r[3]) for r in rows[1:]}
    owner_col = "F"  # Owner is the 5th column; the range starts in column B
    assert ("RAID-007", f"{owner_col}6", "R-002") in found  # placeholder owner, row 6
    assert ("WB-013", "J6", "R-002") in found  # Impact 'abc' is not a number
    assert ("RAID-002", "B7", "R-001") in found  # duplicate ID on row 7
    assert ("RAID-009", "K7", "R-001") in found  # typed score 12 is not 3 x 3
    assert any(code.startswith("WB-") and cell == "B8" for code, cell, _ in found)  # #REF!
    severities = {r[0] for r in rows[1:]}
    assert severities <= {"error", "warning", "info"}


def test_check_range_usage_errors() -> None:
    assert udfs.PMO_CHECKRANGE([RISKS.headers], "", NOV30).startswith("#VALUE! name the register")
    assert udfs.PMO_CHECKRANGE([RISKS.headers], "risks", NOV30, "nowhere").startswith(
        "#VALUE! 'nowhere' is not a cell address"
    )


@pytest.fixture
def rollup(tmp_path: Path) -> Path:
    wb = openpyxl.Workbook()
    sheet = wb.active
    assert sheet is not None
    sheet.title = "Projects"
    sheet.append(["Project ID", "Project Name", "Overall RAG", "EAC", "Report Date"])
    sheet.append(["PRJ-0042", "Payroll", "Amber", 105000, dt.datetime(2026, 11, 28)])
    path = tmp_path / "rollup.xlsx"
    wb.save(path)
    return path


def test_rollup_lookup(rollup: Path) -> None:
    assert udfs.PMO_ROLLUP("PRJ-0042", "Overall RAG", str(rollup)) == "Amber"
    assert udfs.PMO_ROLLUP("prj-0042 ", "eac", str(rollup)) == 105000
    assert udfs.PMO_ROLLUP("PRJ-0042", "Report Date", str(rollup)) == dt.datetime(2026, 11, 28)
    assert udfs.PMO_ROLLUP("PRJ-9", "EAC", str(rollup)).startswith("#N/A project 'PRJ-9'")
    assert udfs.PMO_ROLLUP("PRJ-0042", "Colour", str(rollup)).startswith("#N/A 'Colour' is not")
    assert udfs.PMO_ROLLUP(None, "EAC", str(rollup)) == ""


def test_rollup_without_any_rollup_says_so(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PMO_STATE_DIR", str(tmp_path))
    assert udfs.PMO_ROLLUP("PRJ-0042", "EAC").startswith("#N/A no roll-up yet")


def test_functions_follow_the_standards_file(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = tmp_path / "std.toml"
    path.write_text("[cost_rag]\namber_overrun_pct = 1\nred_overrun_pct = 2\n", encoding="utf-8")
    monkeypatch.setenv("PMO_STANDARDS", str(path))
    assert udfs.PMO_COSTRAG(100.0, 101.5) == "Amber"
    assert udfs.PMO_COSTRAG(100.0, 103.0) == "Red"
    monkeypatch.delenv("PMO_STANDARDS")
    assert udfs.PMO_COSTRAG(100.0, 103.0) == "Green"


def test_a_bad_standards_file_shows_in_the_cell(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("PMO_STANDARDS", str(tmp_path / "missing.toml"))
    shown = udfs.PMO_RISKRATING(4.0, 5.0)
    assert shown.startswith("#VALUE! ") and "standards file not found" in shown
    assert udfs.PMO_RISKSCORE(4.0, 5.0) == 20.0  # a function that needs no standards works


def test_check_range_of_finance_uses_the_as_of_date_as_report_date() -> None:
    from addin.layout import FINANCE

    def line(month: dt.datetime, actual: float) -> list[Any]:
        row = dict.fromkeys(FINANCE.headers)
        row.update({"Month": month, "Cost Line": "Dev", "Category": "Labour", "CapEx/OpEx": "OpEx"})
        row.update({"Budget": 1000.0, "Actual": actual, "Forecast": actual})
        return [row[h] for h in FINANCE.headers]

    data = [
        FINANCE.headers,
        line(dt.datetime(2026, 1, 1), 900.0),
        line(dt.datetime(2026, 2, 1), 300.0),
    ]
    january = udfs.PMO_CHECKRANGE(data, "finance", dt.datetime(2026, 1, 30))
    assert [(r[1], r[2]) for r in january[1:]] == [("FIN-001", "F3")]  # actual after January
    assert udfs.PMO_CHECKRANGE(data, "finance", dt.datetime(2026, 2, 28))[1] == NO_FINDINGS
