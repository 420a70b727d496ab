"""The template's Excel formulas agree with addin.derived, row for row (issue 2, item 8).

Workbooks are built with every formula's cached value set to 0, so the only way a cell
can hold the right value is that LibreOffice recalculated it. All workbooks go through
one soffice call.
"""

from __future__ import annotations

import math
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from addin import derived
from addin.cells import parse_address
from addin.layout import FINANCE_SUMMARY_SHEET, REGISTERS_BY_KEY
from addin.libreoffice import compare_roundtrip, recalculate, soffice_available
from addin.models import (
    Dependency,
    FinanceLine,
    Item,
    Milestone,
    ProjectData,
    ProjectHeader,
    Risk,
)
from addin.standards import Standards, default_standards
from addin.templates import names, write_project_workbook
from addin.templates.finance_summary import MONTH_HEADERS, MONTHS_HEADER_ROW, total_formulas

pytestmark = pytest.mark.libreoffice

REPORT_DATE = date(2026, 6, 15)


def custom_standards() -> Standards:
    """Other bands and thresholds: formulas must follow them, not the defaults."""
    data = default_standards().model_dump()
    data["meta"]["version"] = "9.9-test"
    data["score_bands"] = [
        {"name": "Low", "min": 1, "max": 3, "colour": "#00FF00"},
        {"name": "Medium", "min": 4, "max": 7, "colour": "#FFFF00"},
        {"name": "High", "min": 8, "max": 14, "colour": "#FF9900"},
        {"name": "Critical", "min": 15, "max": 25, "colour": "#FF0000"},
    ]
    data["cost_rag"] = {"amber_overrun_pct": 2.0, "red_overrun_pct": 7.0}
    return Standards.model_validate(data)


# ---------------------------------------------------------------------------------------
# Sample rows covering the edges
# ---------------------------------------------------------------------------------------


def sample_risks() -> list[Risk]:
    risks = []
    pairs: list[tuple[float | None, float | None]] = [
        (p, i) for p in range(1, 6) for i in range(1, 6)
    ]  # every score, so band edges 4/5, 9/10, 16/20 ...
    pairs += [
        (None, 3),
        (4, None),
        (None, None),
        (2.5, 2),  # 5.0: Medium
        (1.5, 3),  # 4.5: between bands -> no rating
        (3.8, 5),  # 19: the top of High
        (3.9, 5),  # 19.5: between High and Critical -> no rating
        (0, 4),  # 0: below every band
        (6, 5),  # 30: above every band
        (3, 3),  # gets text typed over its probability (raw cell)
        (1, 4),
        (5, 4),
        (2, 2),
        (4, 5),
        (3, 5),
        (5, 5),
        (1, 1),
    ]
    for n, (p, i) in enumerate(pairs, start=1):
        residual = (
            (max(1, (p or 1) - 1), max(1, (i or 1) - 1)) if n % 3 else (None, i if n % 2 else None)
        )
        risks.append(
            Risk(
                id=f"R-{n:03d}",
                title=f"Risk {n}",
                owner="Ann Lee",
                status="Open" if n % 4 else "Closed",
                probability=p,
                impact=i,
                residual_probability=residual[0],
                residual_impact=residual[1],
                due_date=date(2026, 1, 1) + timedelta(days=7 * n),
            )
        )
    return risks


def sample_dependencies() -> list[Dependency]:
    base = date(2026, 2, 26)
    deps = []
    offsets: list[tuple[int | None, int | None]] = [
        (0, 0),
        (10, 0),
        (0, 10),  # committed after need-by: negative slack
        (None, 5),
        (5, None),
        (None, None),
        (3, 368),  # across a leap year
        (400, 1),
    ]
    for n in range(1, 41):
        need, committed = offsets[n % len(offsets)]
        shift = n * 3
        deps.append(
            Dependency(
                id=f"D-{n:03d}",
                title=f"Dependency {n}",
                direction="Inbound" if n % 2 else "Outbound",
                counterparty_project_id="PRJ-0002",
                owner="Raj Patel",
                need_by=None if need is None else base + timedelta(days=need + shift),
                committed_date=None
                if committed is None
                else base + timedelta(days=committed + shift),
                status="Open",
            )
        )
    return deps


def sample_milestones() -> list[Milestone]:
    base = date(2026, 3, 31)
    cases: list[tuple[int | None, int | None, int | None]] = [
        (0, 0, None),
        (0, 12, None),  # late forecast
        (0, -9, None),  # early forecast
        (0, 30, 5),  # actual set: it wins over the forecast
        (0, None, -3),  # actual without forecast
        (0, None, None),  # no forecast, no actual
        (None, 10, 4),  # no baseline
        (0, 366, None),
    ]
    out = []
    for n in range(1, 41):
        b, f, a = cases[n % len(cases)]
        start = base + timedelta(days=5 * n)
        out.append(
            Milestone(
                id=f"M-{n:03d}",
                milestone=f"Milestone {n}",
                owner="Ann Lee",
                baseline_date=None if b is None else start,
                forecast_date=None if f is None else start + timedelta(days=f),
                actual_date=None if a is None else start + timedelta(days=a),
                status="Complete" if a is not None else "In Progress",
            )
        )
    return out


def sample_finance() -> list[FinanceLine]:
    lines = []
    months = [date(2026, m, 1) for m in range(1, 13) if m != 9]  # September left out: a gap
    for n, month in enumerate(months):
        for line, (budget, actual, forecast) in {
            "Build team": (1000.0, 1000.0 + 10 * n, 1000.0 + 5 * n),
            "Licences": (250.0, 240.0 if n % 2 else None, None if n % 3 == 0 else 260.0),
            "Hardware": (0.0 if n % 4 else 500.0, 125.5 if n < 8 else 99.0, 130.25),
        }.items():
            lines.append(
                FinanceLine(
                    month=month if n != 3 else month.replace(day=15),  # mid-month date
                    cost_line=line,
                    category="Labour",
                    capex_opex="OpEx",
                    budget=budget,
                    actual=actual,
                    forecast=forecast,
                )
            )
    # month edges of the cost RAG: exactly 5 % and 10 % over budget in one month each
    lines.append(
        FinanceLine(month=date(2027, 1, 1), cost_line="Edge", budget=1000.0, forecast=1050.0)
    )
    lines.append(
        FinanceLine(month=date(2027, 2, 1), cost_line="Edge", budget=1000.0, forecast=1100.0)
    )
    lines.append(
        FinanceLine(month=date(2027, 3, 1), cost_line="Edge", budget=1000.0, forecast=1100.5)
    )
    lines.append(FinanceLine(month=date(2026, 5, 1), cost_line="Edge", budget=200.0, actual=202.0))
    lines.append(
        FinanceLine(month=None, cost_line="Undated", budget=300.0, actual=50.0, forecast=70.0)
    )
    return lines


def finance_scenario(budget: float, spent: float) -> list[FinanceLine]:
    """A project whose EAC is ``spent`` against a budget of ``budget``."""
    return [
        FinanceLine(month=date(2026, 5, 1), cost_line="Work", budget=budget / 2, actual=spent / 2),
        FinanceLine(
            month=date(2026, 7, 1), cost_line="Work", budget=budget / 2, forecast=spent / 2
        ),
    ]


#: Finance-only workbooks probing the totals' cost RAG edges: (budget, EAC, standards).
SCENARIOS: dict[str, tuple[float, float, str]] = {
    "over_5pct_default": (1000.0, 1050.0, "default"),
    "over_5pct_custom": (1000.0, 1050.0, "custom"),
    "over_10pct_default": (1000.0, 1100.0, "default"),
    "over_just_10pct_default": (1000.0, 1100.02, "default"),
    "no_budget_default": (0.0, 100.0, "default"),
}

PLANTED_TEXT = ("Risks", "H36")  # the 35th risk's Probability: text typed by a PM
PLANTED_FORMULA = ("Guide", "H1")


def sample_project(
    report_date: date | None = REPORT_DATE,
) -> tuple[ProjectData, dict[tuple[str, str], object]]:
    risks = sample_risks()
    planted_row = parse_address(PLANTED_TEXT[1])[0] - 2
    assert risks[planted_row].probability == 3
    risks[planted_row] = risks[planted_row].model_copy(update={"probability": None})
    project = ProjectData(
        header=ProjectHeader(project_id="PRJ-0001", project_name="Sample", report_date=report_date),
        risks=risks,
        dependencies=sample_dependencies(),
        milestones=sample_milestones(),
        finance=sample_finance(),
    )
    raw = {PLANTED_TEXT: "high", PLANTED_FORMULA: "=2+3"}
    return project, raw


# ---------------------------------------------------------------------------------------
# Build everything once, recalculate in one soffice call
# ---------------------------------------------------------------------------------------


class Case:
    def __init__(
        self,
        name: str,
        project: ProjectData,
        standards: Standards,
        raw: dict[tuple[str, str], object],
    ) -> None:
        self.name, self.project, self.standards, self.raw = name, project, standards, raw
        self.source: Path | None = None
        self.converted: Path | None = None
        self.book: Any = None


@pytest.fixture(scope="module")
def cases(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Case]:
    if not soffice_available():
        pytest.skip("LibreOffice (soffice) is not installed: cannot recalculate the template")
    folder = tmp_path_factory.mktemp("agreement")
    built = {}
    project, raw = sample_project()
    built["default"] = Case("default", project, default_standards(), raw)
    built["custom"] = Case("custom", project, custom_standards(), raw)
    no_report, raw2 = sample_project(report_date=None)
    built["no_report_date"] = Case("no_report_date", no_report, default_standards(), raw2)
    for name, (budget, spent, which) in SCENARIOS.items():
        data = ProjectData(
            header=ProjectHeader(project_id="PRJ-F", report_date=REPORT_DATE),
            finance=finance_scenario(budget, spent),
        )
        standards = default_standards() if which == "default" else custom_standards()
        built[name] = Case(name, data, standards, {})
    built["empty"] = Case("empty", ProjectData(), default_standards(), {})
    for case in built.values():
        case.source = write_project_workbook(
            folder / "in" / f"{case.name}.xlsx",
            case.standards,
            case.project,
            raw_cells=case.raw,
            cache_values=False,
        )
    sources = [c.source for c in built.values() if c.source]
    converted = recalculate(sources, folder / "out", chunk_size=6, workers=2)
    for case in built.values():
        assert case.source is not None
        case.converted = converted[case.source]
        case.book = openpyxl.load_workbook(case.converted, data_only=True)
    return built


def _book(case: Case) -> Any:
    return case.book


def _shown(value: object) -> object:
    """A recalculated cell as Python sees it: empty text and empty cells alike are None."""
    return None if value == "" else value


def _expected_register(
    register_key: str, items: list[Item], standards: Standards
) -> list[dict[str, object]]:
    rows = []
    for item in items:
        if isinstance(item, Risk):
            score = derived.risk_score(item.probability, item.impact)
            rows.append(
                {
                    "score": score,
                    "rating": derived.rating(score, standards),
                    "residual_score": derived.residual_score(
                        item.residual_probability, item.residual_impact
                    ),
                }
            )
        elif isinstance(item, Dependency):
            rows.append({"slack_days": derived.slack_days(item.need_by, item.committed_date)})
        elif isinstance(item, Milestone):
            rows.append(
                {
                    "slippage_days": derived.slippage_days(
                        item.baseline_date, item.forecast_date, item.actual_date
                    )
                }
            )
    return rows


def _assert_same(actual: object, expected: object, where: str) -> None:
    if expected is None:
        assert _shown(actual) is None, f"{where}: Excel formula gives {actual!r}, Python gives None"
    elif isinstance(expected, float | int):
        assert isinstance(actual, int | float), (
            f"{where}: Excel gives {actual!r}, Python {expected!r}"
        )
        assert math.isclose(actual, expected, rel_tol=1e-12, abs_tol=1e-9), (
            f"{where}: Excel {actual!r} != Python {expected!r}"
        )
    else:
        assert actual == expected, f"{where}: Excel gives {actual!r}, Python gives {expected!r}"


@pytest.mark.parametrize("case_name", ["default", "custom", "no_report_date"])
@pytest.mark.parametrize("register_key", ["risks", "dependencies", "milestones"])
def test_computed_columns_equal_python(
    cases: dict[str, Case], case_name: str, register_key: str
) -> None:
    case = cases[case_name]
    register = REGISTERS_BY_KEY[register_key]
    sheet = _book(case)[register.sheet]
    items = case.project.items(register_key)
    expected = _expected_register(register_key, items, case.standards)
    keys = [c.key for c in register.columns]
    checked = 0
    for index, want in enumerate(expected):
        row = index + 2
        for key, value in want.items():
            col = keys.index(key) + 1
            cell = sheet.cell(row, col)
            _assert_same(
                cell.value,
                value,
                f"{case_name} {register.sheet}!{cell.coordinate} ({key}, {items[index]})",
            )
            checked += 1
    assert checked >= 40


def test_recalculation_really_happened(cases: dict[str, Case]) -> None:
    book = _book(cases["default"])
    sheet_name, ref = PLANTED_FORMULA
    assert book[sheet_name][ref].value == 5
    # text typed over a probability: the score formula treats it as blank, like Python
    text_row = parse_address(PLANTED_TEXT[1])[0]
    assert book["Risks"][PLANTED_TEXT[1]].value == "high"
    assert _shown(book["Risks"].cell(text_row, 10).value) is None


def test_custom_bands_change_ratings(cases: dict[str, Case]) -> None:
    default = _book(cases["default"])["Risks"]
    custom = _book(cases["custom"])["Risks"]
    ratings = [
        (default.cell(r, 11).value, custom.cell(r, 11).value, default.cell(r, 10).value)
        for r in range(2, 42)
    ]
    changed = [(score, a, b) for a, b, score in ratings if a != b]
    assert changed, "a different score-band table must give different ratings"
    assert (4, "Low", "Medium") in changed


def _named_cell(book: Any, name: str) -> object:
    text = book.defined_names[name].attr_text
    sheet, ref = text.split("!")
    return book[sheet.strip("'")][ref.replace("$", "")].value


def _figures_as_cells(figures: derived.FinanceFigures) -> dict[str, object]:
    return {
        names.FIN_BAC: figures.bac,
        names.FIN_ACTUAL_TO_DATE: figures.actual_to_date,
        names.FIN_ETC: figures.etc,
        names.FIN_EAC: figures.eac,
        names.FIN_VAC: figures.vac,
        names.FIN_VAC_PCT: figures.vac_pct,
        names.FIN_COST_RAG: figures.cost_rag,
    }


def test_finance_totals_equal_python(cases: dict[str, Case]) -> None:
    assert [n for _, n, _ in total_formulas()] == list(
        _figures_as_cells(derived.finance_figures([], None, default_standards()))
    )
    seen_rags = set()
    for case in cases.values():
        book = _book(case)
        want = derived.finance_figures(
            case.project.finance, case.project.header.report_date, case.standards
        )
        for name, value in _figures_as_cells(want).items():
            _assert_same(_named_cell(book, name), value, f"{case.name} {name}")
        seen_rags.add((case.name, want.cost_rag))
    # the edges really were probed: exactly 5 % is Green, exactly 10 % Amber, beyond Red
    rags = dict(seen_rags)
    assert rags["over_5pct_default"] == "Green"
    assert rags["over_10pct_default"] == "Amber"
    assert rags["over_just_10pct_default"] == "Red"
    assert rags["over_5pct_custom"] == "Amber"
    assert rags["no_budget_default"] is None


@pytest.mark.parametrize("case_name", ["default", "custom", "no_report_date", "empty"])
def test_finance_months_equal_python(cases: dict[str, Case], case_name: str) -> None:
    case = cases[case_name]
    sheet = _book(case)[FINANCE_SUMMARY_SHEET]
    report_date = case.project.header.report_date
    groups: dict[date, list[FinanceLine]] = defaultdict(list)
    for line in case.project.finance:
        if line.month is not None:
            groups[derived.month_start(line.month)].append(line)
    months: list[date] = []
    if groups:
        month, last = min(groups), max(groups)
        while month <= last:
            months.append(month)
            month = date(month.year + month.month // 12, month.month % 12 + 1, 1)
    first = MONTHS_HEADER_ROW + 1
    for index, month in enumerate(months):
        row = first + index
        lines = groups.get(month, [])
        f = derived.finance_figures(lines, report_date, case.standards)
        want = [
            month,
            sum(x.budget or 0 for x in lines),
            sum(x.actual or 0 for x in lines),
            sum(x.forecast or 0 for x in lines),
            f.actual_to_date,
            f.etc,
            f.eac,
            f.vac,
            f.vac_pct,
            f.cost_rag,
        ]
        got = [sheet.cell(row, col).value for col in range(1, len(MONTH_HEADERS) + 1)]
        got[0] = got[0].date() if hasattr(got[0], "date") else got[0]
        for header, g, w in zip(MONTH_HEADERS, got, want, strict=True):
            _assert_same(g, w, f"{case_name} {FINANCE_SUMMARY_SHEET} row {row} {header} ({month})")
    # below the last month the view is blank
    assert _shown(sheet.cell(first + len(months), 1).value) is None
    if case_name == "default":
        rags = {
            sheet.cell(first + i, 1).value.date(): sheet.cell(first + i, 10).value
            for i in range(len(months))
        }
        assert rags[date(2027, 1, 1)] == "Green"  # exactly 5 % over
        assert rags[date(2027, 2, 1)] == "Amber"  # exactly 10 % over
        assert rags[date(2027, 3, 1)] == "Red"
        assert date(2026, 9, 1) in rags  # the gap month is listed


@pytest.mark.parametrize("case_name", ["empty", "default"])
def test_template_opens_in_libreoffice_with_everything(
    cases: dict[str, Case], case_name: str
) -> None:
    case = cases[case_name]
    assert case.source is not None and case.converted is not None
    assert compare_roundtrip(case.source, case.converted) == []
    names_after = set(case.book.defined_names)
    assert {
        "ProjectID",
        "ReportDate",
        names.FIN_BAC,
        "lst_risk_status",
        names.BAND_MIN,
    } <= names_after
