"""The worksheet that skips XlsxWriter's rewriting of newer functions where no formula
needs it (addin/rollup/formula_sheet.py) writes exactly what XlsxWriter writes."""

from __future__ import annotations

import io
import random
import zipfile

import pytest
import xlsxwriter
from xlsxwriter.worksheet import Worksheet

from addin.prioritise.candidates import Candidate
from addin.rollup.cumulative_cost import cumulative_costs
from addin.rollup.formula_sheet import FormulaWorksheet
from addin.rollup.prioritisation_rollup import prioritise_for_rollup, rollup_prioritisation
from addin.rollup.prioritisation_sheet import write_prioritisation
from addin.standards import default_standards

FORMULAS = [
    # The Prioritisation sheet's own
    '=IF(COUNT(F12:I12)<>4,"",IF(OR(MIN(F12:I12)<1,MAX(F12:I12)>5,'
    'SUMPRODUCT(MOD(F12:I12,1))<>0),"",SUMPRODUCT($B$8:$D$8,F12:H12)/I12))',
    '=IF(M12="","",COUNTIF($M$12:$M$311,">"&M12)+COUNTIF($M$11:M11,M12)+1)',
    '=IF(OR(O12="",K12=""),"",SUMIFS($K$12:$K$311,$O$12:$O$311,"<="&O12,$D$12:$D$311,D12))',
    '=IF(OR($B$5="",P12=""),"",IF(P12<=$B$5,"Yes","No"))',
    # Others: XlsxWriter's rewriting applies, or might
    "=FILTER(A1:A9,B1:B9>0)",
    "=SUM(FILTER(A1:A9,B1:B9>0))",
    "=IF(A1>0,XLOOKUP(A1,B1:B9,C1:C9),0)",
    "=SORT(A1:A9)",
    '=IF(A1="FILTER(",1,0)',
    "=XSINGLE(A1)",
    "=1SINGLE(A1)",
    "=A1+SINGLE(B1)",
    "=_xlfn.STDEV.S(A1:A9)",
    "=STDEV.S(A1:A9)",
    "{=SUM(A1:A9*B1:B9)}",
    "=sum(a1:a9)",
    "=A1+B1",
    "=Sheet1!A1",
    "=IF(A1,LAMBDA(x,x+1)(2),0)",
    "=MAX(A1:A3)+MAP(A1:A3,LAMBDA(x,x))",
    # Without a call: the conditional formats' values (prepared with the newer functions)
    '"Red"',
    '"loaded with findings"',
    '"Date mismatch"',
    "=A1",
    '{="Yes"}',
    '"_xlfn.X"',
    '"FILTER"',
    "100",
]


@pytest.mark.parametrize("formula", FORMULAS)
@pytest.mark.parametrize("future", [False, True])
def test_a_formula_is_prepared_as_xlsxwriter_prepares_it(formula: str, future: bool) -> None:
    wb = xlsxwriter.Workbook(io.BytesIO(), {"in_memory": True})
    plain, fast = wb.add_worksheet("A"), wb.add_worksheet("B", FormulaWorksheet)
    for expand in (False, True):
        assert fast._prepare_formula(formula, expand) == plain._prepare_formula(formula, expand)
    plain.use_future_functions = fast.use_future_functions = future
    assert fast._prepare_formula(formula) == plain._prepare_formula(formula)
    wb.close()


def _candidates(count: int, seed: int) -> list[Candidate]:
    rng = random.Random(seed)
    return [
        Candidate(
            project_id=f"PRJ-{i:04d}",
            name=f"Project {i}",
            currency=rng.choice(["GBP", "EUR"]),
            criteria={
                "strategic_value": rng.randint(1, 5),
                "time_criticality": rng.choice([rng.randint(1, 5), None, "high"]),
                "risk_reduction": rng.randint(1, 5),
                "job_size": rng.randint(1, 5),
            },
            mandatory=i % 7 == 0,
            cost=float(rng.randint(50, 900) * 1000),
            cost_basis="ETC",
            depends_on=[f"PRJ-{rng.randrange(count):04d}"] if i % 5 == 0 else [],
        )
        for i in range(count)
    ]


def _sheet_parts(worksheet_class: type[Worksheet] | None, multi: bool) -> dict[str, bytes]:
    candidates = _candidates(60, seed=8)
    if not multi:
        for c in candidates:
            c.currency = "GBP"
    run = rollup_prioritisation(candidates, default_standards())
    out = io.BytesIO()
    wb = xlsxwriter.Workbook(out, {"in_memory": True})
    ws = wb.add_worksheet("Prioritisation", worksheet_class)
    write_prioritisation(
        wb, ws, run, run.outcomes[0] if run.outcomes else None, multi_currency=multi
    )
    wb.close()
    with zipfile.ZipFile(out) as package:
        return {
            name: package.read(name)
            for name in package.namelist()
            if not name.startswith("docProps")
        }


@pytest.mark.parametrize("multi", [False, True])
def test_the_prioritisation_sheet_is_the_same_part_for_part(multi: bool) -> None:
    fast = _sheet_parts(FormulaWorksheet, multi)
    assert fast == _sheet_parts(None, multi)
    assert b"SUMPRODUCT(" in fast["xl/worksheets/sheet1.xml"]


def _colour_rule_parts(worksheet_class: type[Worksheet] | None) -> dict[str, bytes]:
    """A sheet with the roll-up's kind of colour rules (a text equal to a value), some
    values holding brackets or a function's name as text."""
    out = io.BytesIO()
    wb = xlsxwriter.Workbook(out, {"in_memory": True})
    ws = wb.add_worksheet("Summary", worksheet_class)
    fill = wb.add_format({"bg_color": "#FFC000"})
    texts = ["Red", "loaded with findings", "Not (yet) set", "FILTER(", 'Say "hi"', "_xlfn.X"]
    for c, text in enumerate(texts):
        ws.write_string(0, c, text)
        value = '"' + text.replace('"', '""') + '"'
        ws.conditional_format(
            1, c, 9, c, {"type": "cell", "criteria": "==", "value": value, "format": fill}
        )
    ws.conditional_format(1, 9, 9, 9, {"type": "cell", "criteria": ">", "value": 3, "format": fill})
    wb.close()
    with zipfile.ZipFile(out) as package:
        return {n: package.read(n) for n in package.namelist() if not n.startswith("docProps")}


def test_colour_rules_are_the_same_part_for_part() -> None:
    fast = _colour_rule_parts(FormulaWorksheet)
    assert fast == _colour_rule_parts(None)
    assert b'<formula>"Not (yet) set"</formula>' in fast["xl/worksheets/sheet1.xml"]


@pytest.mark.parametrize("multi", [False, True])
def test_cumulative_costs_worked_out_ahead_give_the_same_sheet(multi: bool) -> None:
    candidates = _candidates(60, seed=9)
    if not multi:
        for c in candidates:
            c.currency = "GBP"
    run = rollup_prioritisation(candidates, default_standards())
    ahead = cumulative_costs(run, multi)
    assert any(v is not None for v in ahead)

    def parts(cumulative: list[float | None] | None) -> dict[str, bytes]:
        out = io.BytesIO()
        wb = xlsxwriter.Workbook(out, {"in_memory": True})
        ws = wb.add_worksheet("Prioritisation", FormulaWorksheet)
        outcome = run.outcomes[0] if run.outcomes else None
        write_prioritisation(wb, ws, run, outcome, multi_currency=multi, cumulative=cumulative)
        wb.close()
        with zipfile.ZipFile(out) as package:
            return {n: package.read(n) for n in package.namelist() if not n.startswith("docProps")}

    assert parts(ahead) == parts(None)


def test_the_rollup_s_prioritisation_carries_its_cumulative_costs(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from addin.prioritise import sources

    candidates = _candidates(60, seed=10)  # (the projects' candidates, as from_projects gives)
    monkeypatch.setattr(sources, "from_projects", lambda projects, standards: candidates)
    got = prioritise_for_rollup([], default_standards())
    assert got.multi_currency
    assert got.cumulative == cumulative_costs(got.run, got.multi_currency)
    assert len(got.cumulative or []) == len(got.run.projects)
