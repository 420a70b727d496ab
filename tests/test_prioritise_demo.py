"""`pmo demo` shows the portfolio build: Mandatory projects, Funding Requested, and the
selection for a realistic budget, the same as `pmo prioritise` on its roll-up."""

from __future__ import annotations

import json
import re
from pathlib import Path

import openpyxl
from click.testing import CliRunner

from addin.cli import cli


def test_demo_prints_the_selection_that_pmo_prioritise_explains(tmp_path: Path) -> None:
    out = tmp_path / "demo"
    result = CliRunner().invoke(
        cli, ["demo", "--out", str(out), "--projects", "14", "--as-of", "2026-11-26"]
    )
    assert result.exit_code == 0, result.output
    line = next(x for x in result.output.splitlines() if "portfolio build:" in x)
    found = re.search(
        r"budget of ([\d,]+) GBP: the optimal selection funds (\d+) of (\d+) projects "
        r"\(value ([\d.]+), .* every one of the (\d+) Mandatory projects in; following the "
        r"ranking alone would fund (\d+) \(value ([\d.]+)\)",
        line,
    )
    assert found, line
    budget, selected, total, value, mandatory, greedy_n, greedy_value = found.groups()
    assert int(mandatory) >= 1 and int(selected) < int(total)
    assert float(greedy_value) <= float(value)

    rollup = out / "portfolio-rollup.xlsx"
    ws = openpyxl.load_workbook(rollup)["Prioritisation"]
    header = [c.value for c in ws[11]]
    rows = [dict(zip(header, r, strict=False)) for r in ws.iter_rows(min_row=12, values_only=True)]
    assert sum(1 for r in rows if r["Mandatory"] == "Y") == int(mandatory)
    assert any(r["Cost Basis"] == "Funding Requested" for r in rows)
    assert any(r["Cost Basis"] == "ETC" for r in rows)

    runner = CliRunner()
    answer = runner.invoke(
        cli, ["prioritise", str(rollup), "--budget", budget.replace(",", ""), "--json"]
    )
    assert answer.exit_code == 0, answer.output
    doc = json.loads(answer.output)
    assert len(doc["selected"]) == int(selected) and doc["value_selected"] == float(value)
    assert len(doc["greedy"]["selected"]) == int(greedy_n)
    chosen = set(doc["selected"])
    for p in doc["projects"]:
        assert (p["project_id"] in chosen) == (p["reason"] == "")
        if p["mandatory"]:
            assert p["selected"]
