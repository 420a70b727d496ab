"""`pmo prioritise` end to end: a folder (read as consolidate reads it) and a roll-up give
the same selection; JSON shape; exit codes; sources untouched; the roll-up's sheet."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import openpyxl
import pytest
from consolidate_inputs import AS_OF, make_project
from sheet_order import assert_in_order

from addin.cli import main
from addin.models import Dependency
from addin.standards import Standards
from addin.templates import build_project_workbook

#: (strategic value, time criticality, risk reduction, job size, funding, mandatory)
SPECS = {
    1: (5, 5, 5, 1, 600_000.0, "N"),  # best score, but greedy's pick blocks better pairs
    2: (5, 5, 4, 2, 500_000.0, "N"),
    3: (5, 5, 4, 2, 500_000.0, "N"),
    4: (2, 2, 2, 2, 100_000.0, "Y"),  # mandatory
    5: (3, 3, 3, None, 50_000.0, "N"),  # Job Size missing: listed, never ranked
    6: (4, 4, 4, 1, 50_000.0, "N"),  # depends on PRJ-0005, which cannot be funded
}


def _hashes(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from addin.standards import load_standards

    standards = load_standards(None)
    root = tmp_path_factory.mktemp("prio") / "projects"
    root.mkdir()
    for i, (sv, tc, rr, js, funding, mandatory) in SPECS.items():
        data = make_project(i, len(SPECS), raid=5, months=12)
        h = data.header
        h.strategic_value, h.time_criticality, h.risk_reduction, h.job_size = sv, tc, rr, js
        h.funding_requested, h.mandatory, h.portfolio = funding, mandatory, "Digital"
        data.dependencies = []
        if i == 6:
            data.dependencies = [
                Dependency(
                    id="D-001",
                    title="Needs the platform",
                    direction="Inbound",
                    counterparty_project_id="PRJ-0005",
                    owner="Alice Smith",
                    need_by=AS_OF,
                    status="Open",
                )
            ]
        build_project_workbook(root / f"P{i}.xlsx", standards, data)
    return root


def _json(capsys: pytest.CaptureFixture[str], argv: list[str]) -> tuple[int, object]:
    code = main(argv)
    return code, json.loads(capsys.readouterr().out)


def test_folder_selection_reasons_and_json_keys(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _hashes(folder)
    code, doc = _json(capsys, ["prioritise", str(folder), "--budget", "1100000", "--json"])
    assert code == 0
    assert isinstance(doc, dict)
    assert doc["method"] == "wsjf" and doc["budget"] == 1_100_000 and doc["currency"] == "GBP"
    assert doc["selected"] == ["PRJ-0002", "PRJ-0003", "PRJ-0004"]
    assert doc["value_selected"] == 28 + 6 and doc["cost_selected"] == 1_100_000
    assert doc["greedy"] == {
        "selected": ["PRJ-0001", "PRJ-0004"],
        "value": 21.0,
        "cost": 700_000.0,
    }
    by_id = {p["project_id"]: p for p in doc["projects"]}
    assert by_id["PRJ-0001"]["rank"] == 1 and by_id["PRJ-0001"]["score"] == 15
    assert by_id["PRJ-0001"]["reason"].startswith("over budget: costs 600,000")
    assert by_id["PRJ-0004"]["mandatory"] is True and by_id["PRJ-0004"]["selected"] is True
    assert by_id["PRJ-0005"]["rank"] is None
    assert by_id["PRJ-0005"]["reason"] == "criteria missing or invalid: Job Size is blank"
    assert by_id["PRJ-0006"]["reason"] == (
        "depends on PRJ-0005, which is not funded (criteria missing or invalid)"
    )
    assert by_id["PRJ-0002"]["cost_basis"] == "Funding Requested"
    assert [i["project_id"] for i in doc["invalid"]] == ["PRJ-0005"]
    assert doc["frontier"][-1]["value"] == 15 + 14 + 14 + 6
    assert _hashes(folder) == before  # sources never modified


def test_rollup_source_gives_the_same_selection_and_has_the_sheet(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rollup = tmp_path / "rollup.xlsx"
    main(["consolidate", str(folder), "--out", str(rollup), "--as-of", AS_OF.isoformat()])
    capsys.readouterr()
    names = openpyxl.load_workbook(rollup, read_only=True).sheetnames
    assert_in_order(names, "Prioritisation")
    argv = ["--budget", "1100000", "--budget", "2e6", "--json"]
    _, from_rollup = _json(capsys, ["prioritise", str(rollup), *argv])
    _, from_folder = _json(capsys, ["prioritise", str(folder), *argv])
    assert isinstance(from_rollup, list) and len(from_rollup) == 2  # one object per budget
    for a, b in zip(from_rollup, from_folder, strict=True):  # type: ignore[arg-type]
        assert a["selected"] == b["selected"]
        assert a["value_selected"] == b["value_selected"]
        assert [p["reason"] for p in a["projects"]] == [p["reason"] for p in b["projects"]]


def test_mandatory_over_budget_exits_1_said_plainly(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["prioritise", str(folder), "--budget", "50000"]) == 1
    out = capsys.readouterr().out
    assert (
        "NOT POSSIBLE: the mandatory projects alone cost 100,000, over the budget of 50,000" in out
    )


def test_bad_usage_exits_2_and_writes_nothing(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "p.xlsx"
    for argv, message in [
        (["--budget", "0"], "a budget must be above 0"),
        ([], "no budget: give --budget AMOUNT"),
        (["--budget", "1e6", "--require", "PRJ-9999"], "--require PRJ-9999: no such project"),
        (["--budget", "1e6", "--portfolio", "Estates"], "no project is in that portfolio"),
    ]:
        assert main(["prioritise", str(folder), *argv, "--out", str(out)]) == 2
        assert message in capsys.readouterr().err
        assert not out.exists()


def test_several_currencies(
    folder: Path, tmp_path: Path, standards: Standards, capsys: pytest.CaptureFixture[str]
) -> None:
    mixed = tmp_path / "mixed"
    mixed.mkdir()
    for i, (currency, portfolio) in enumerate([("GBP", "UK"), ("EUR", "Europe")], start=1):
        data = make_project(i, 2, raid=5, months=12)
        data.header.currency, data.header.portfolio = currency, portfolio
        data.header.funding_requested = 100_000.0
        data.dependencies = []
        build_project_workbook(mixed / f"M{i}.xlsx", standards, data)
    assert main(["prioritise", str(mixed), "--budget", "1e6"]) == 2
    assert "several currencies: EUR (1 projects), GBP (1 projects)" in capsys.readouterr().err
    code, doc = _json(
        capsys, ["prioritise", str(mixed), "--budget", "1e6", "--portfolio", "Europe", "--json"]
    )
    assert code == 0 and doc["currency"] == "EUR" and doc["selected"] == ["PRJ-0002"]  # type: ignore[index]

    rollup = tmp_path / "mixed-rollup.xlsx"
    main(["consolidate", str(mixed), "--out", str(rollup), "--as-of", AS_OF.isoformat()])
    capsys.readouterr()
    ws = openpyxl.load_workbook(rollup)["Prioritisation"]
    assert "no selection: the projects are in several currencies" in ws["A3"].value
    assert ws["B5"].value is None  # no budget: the EPMO fills it
    header = [c.value for c in ws[11]]
    cumulative = ws.cell(12, header.index("Cumulative Cost") + 1).value
    assert "$D$12:$D$13" in cumulative  # summed per currency, never across
    assert ws.cell(12, header.index("Optimal Selection") + 1).value is None


def test_out_writes_the_live_sheet(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "prio.xlsx"
    assert main(["prioritise", str(folder), "--budget", "1100000", "--out", str(out)]) == 0
    ws = openpyxl.load_workbook(out)["Prioritisation"]
    assert ws["B5"].value == 1_100_000
    assert ws["A8"].value == "Weight" and ws["B8"].value == 1


def test_ribbon_prioritise_asks_the_budget_writes_and_opens(folder: Path, tmp_path: Path) -> None:
    from addin.macros import MacroContext, run_macro
    from addin.standards import load_standards

    asked: list[str] = []
    opened: list[Path] = []

    def ask_text(prompt: str, default: str) -> str | None:
        asked.append(prompt)
        return "1100000 2e6"

    out = tmp_path / "ribbon.xlsx"
    ctx = MacroContext(
        standards=load_standards(None),
        as_of=AS_OF,
        ask_text=ask_text,
        open_workbook=opened.append,
        options={"source": str(folder), "out": str(out)},
    )
    result = run_macro("prioritise", ctx)
    assert asked and "Budget" in asked[0]
    assert result.ok and result.output == out and opened == [out]
    assert openpyxl.load_workbook(out).sheetnames == ["Prioritisation", "Prioritisation 2"]
    assert "optimal selection: 3 projects, value 34" in result.message
    cancelled = run_macro(
        "prioritise",
        MacroContext(standards=load_standards(None), as_of=AS_OF, options={"source": str(folder)}),
    )
    assert not cancelled.ok and cancelled.message == "Nothing prioritised: no budget was given."


def test_a_rollup_without_criteria_is_refused_plainly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = tmp_path / "old-rollup.xlsx"
    book = openpyxl.Workbook()
    ws = book.active
    assert ws is not None
    ws.title = "Projects"
    ws.append(["Project ID", "Project Name", "Currency", "ETC"])
    ws.append(["PRJ-0001", "Old", "GBP", 1000])
    book.save(old)
    before = old.read_bytes()
    assert main(["prioritise", str(old), "--budget", "1e6"]) == 2
    assert "this roll-up has no prioritisation criteria" in capsys.readouterr().err
    assert old.read_bytes() == before
