"""The demo portfolio: realistic, deterministic, and every planted defect is found by the
rules at its code and cell (issue 3's done criterion)."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from addin import layout
from addin.catalogue import known_codes
from addin.check import check_file
from addin.demo import DEFECT_KINDS, HOSTILE_FILES, MANIFEST_NAME, DemoManifest, generate_portfolio
from addin.demo.dependencies import OUTSIDE_PROJECT_ID
from addin.demo.generate import plan_portfolio
from addin.demo.plan import ProjectPlan
from addin.derived import month_start
from addin.standards import Standards, default_standards

AS_OF = date(2026, 11, 26)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> DemoManifest:
    """Eight projects (enough for every defect kind), with legacy and hostile files."""
    root = tmp_path_factory.mktemp("demo")
    return generate_portfolio(root / "portfolio", default_standards(), AS_OF, projects=8)


def _values(path: Path) -> dict[str, list[list[object]]]:
    book = CalamineWorkbook.from_path(str(path))
    return {name: book.get_sheet_by_name(name).to_python() for name in book.sheet_names}


def test_every_defect_kind_maps_to_a_declared_rule_code() -> None:
    known = known_codes()
    unmapped = [k.kind for k in DEFECT_KINDS if k.code is None]
    undeclared = [f"{k.kind} -> {k.code}" for k in DEFECT_KINDS if k.code and k.code not in known]
    assert not unmapped, f"defect kinds with no rule code yet: {unmapped}"
    assert not undeclared, f"defect kinds mapped to codes no rule declares: {undeclared}"


def test_every_defect_kind_is_planted_in_eight_projects(demo: DemoManifest) -> None:
    planted = Counter(p.kind for p in demo.planted)
    assert sorted(planted) == sorted(k.kind for k in DEFECT_KINDS)
    assert len(demo.duplicate_project_ids) == 1
    (shared, files) = next(iter(demo.duplicate_project_ids.items()))
    assert len(files) == 2
    assert [p.project_id for p in demo.projects if p.file in files] == [shared, shared]


def test_every_planted_defect_is_found_at_its_code_and_cell(demo: DemoManifest) -> None:
    standards = default_standards()
    folder = Path(demo.folder)
    missed: list[str] = []
    for project in demo.projects:
        planted = demo.planted_in(project.file)
        if not planted:
            continue
        report = check_file(folder / project.file, standards, AS_OF)
        assert report.unreadable is None, report.unreadable
        found = {(f.code, f.sheet, f.cell) for f in report.findings}
        missed += [
            f"{d.kind}: {d.code} at {d.sheet}!{d.cell} in {project.file}"
            for d in planted
            if (d.code, d.sheet, d.cell) not in found
        ]
    assert not missed, "planted defects the checks did not find:\n" + "\n".join(missed)


def test_clean_projects_have_no_errors(demo: DemoManifest) -> None:
    standards = default_standards()
    clean = [p for p in demo.projects if p.clean]
    assert clean
    for project in clean:
        report = check_file(Path(demo.folder) / project.file, standards, AS_OF)
        found = [f"{f.severity} {f.code} {f.address}: {f.message}" for f in report.findings]
        assert found == [], project.file  # no errors, and with the built-in standards no warnings


def test_manifest_is_written_beside_the_portfolio_and_reads_back(demo: DemoManifest) -> None:
    folder = Path(demo.folder)
    path = folder.parent / MANIFEST_NAME
    assert path.is_file()
    assert not (folder / MANIFEST_NAME).exists()
    assert DemoManifest.read(path) == demo
    for entry in demo.files:
        assert (folder / entry.path).is_file(), entry.path
    assert {f.kind for f in demo.files} == {"project", "legacy", "hostile", "capacity"}


def test_legacy_registers_are_not_standard_workbooks(demo: DemoManifest) -> None:
    assert len(demo.legacy) == 16
    for entry in demo.legacy:
        report = check_file(Path(demo.folder) / entry.path, default_standards(), AS_OF)
        assert report.unreadable is None, entry.path
        assert "WB-002" in {f.code for f in report.findings}, entry.path


def test_legacy_raid_log_has_its_header_in_row_11_from_column_b(demo: DemoManifest) -> None:
    entry = next(e for e in demo.legacy if "RAID log" in e.path)
    book = openpyxl.load_workbook(Path(demo.folder) / entry.path, read_only=True)
    rows = list(book["Risks"].iter_rows(min_row=11, max_row=12, values_only=True))
    book.close()
    assert rows[0][1:6] == (
        "Risk ID",
        "Category",
        "Risk Description",
        "Trigger / Cause",
        "Likelihood (L/M/H)",
    )
    assert rows[1][5] in ("L", "M", "H")
    assert isinstance(rows[1][10], str) and rows[1][10].count("/") == 2  # a text date


def test_same_seed_and_as_of_give_the_same_workbooks(tmp_path: Path) -> None:
    standards = default_standards()
    first = generate_portfolio(tmp_path / "a" / "portfolio", standards, AS_OF, projects=4, jobs=1)
    second = generate_portfolio(tmp_path / "b" / "portfolio", standards, AS_OF, projects=4, jobs=2)
    assert [f.path for f in first.files] == [f.path for f in second.files]
    assert first.planted == second.planted
    for entry in first.files:
        a, b = Path(first.folder) / entry.path, Path(second.folder) / entry.path
        if entry.kind == "hostile":
            assert a.read_bytes() == b.read_bytes(), entry.path
        else:
            assert _values(a) == _values(b), entry.path
    other = generate_portfolio(tmp_path / "c" / "portfolio", standards, AS_OF, projects=1, seed=7)
    path = Path(other.folder) / other.projects[0].file
    assert _values(path) != _values(Path(first.folder) / first.projects[0].file)


def test_generate_refuses_a_folder_with_files(tmp_path: Path) -> None:
    (tmp_path / "keep.txt").write_text("mine")
    with pytest.raises(ValueError, match="not empty"):
        generate_portfolio(tmp_path, default_standards(), AS_OF, projects=1)
    assert (tmp_path / "keep.txt").read_text() == "mine"


# -- the shape of a 30-project portfolio (planned in memory: no files written) -----------


@pytest.fixture(scope="module")
def thirty() -> tuple[Standards, list[ProjectPlan]]:
    standards = default_standards()
    return standards, plan_portfolio(standards, AS_OF, 30, 2026).plans


def test_thirty_projects_are_mostly_clean_or_lightly_defective() -> None:
    portfolio = plan_portfolio(default_standards(), AS_OF, 30, 2026)
    clean = [p for p in portfolio.plans if portfolio.is_clean(p)]
    assert len(clean) >= 8
    assert max(len(p.planted) for p in portfolio.plans) <= 4


def test_thirty_projects_span_portfolios_methods_stages_and_sizes(
    thirty: tuple[Standards, list[ProjectPlan]],
) -> None:
    _standards, plans = thirty
    assert len({p.portfolio for p in plans}) >= 3
    assert {p.method for p in plans} == {"Waterfall", "Agile", "Hybrid"}
    assert {p.stage for p in plans} >= {"Initiation", "Planning", "Delivery", "Closure"}
    assert {p.size for p in plans} == {"small", "medium", "large"}
    assert len({p.name for p in plans}) == 30
    small = min(plans, key=lambda p: len(p.data.risks))
    big = max(plans, key=lambda p: sum(len(p.data.items(k)) for k in layout.RAID_KEYS))
    assert len(small.data.risks) == 10
    assert len({line.month for line in small.data.finance}) == 12
    assert sum(len(big.data.items(k)) for k in layout.RAID_KEYS) >= 150
    assert len({line.month for line in big.data.finance}) == 36
    assert len({line.cost_line for line in big.data.finance}) >= 5


def test_finance_has_actuals_to_the_report_month_and_forecasts_after(
    thirty: tuple[Standards, list[ProjectPlan]],
) -> None:
    _standards, plans = thirty
    for plan in plans:
        report = month_start(plan.report_date)
        for index, line in enumerate(plan.data.finance):
            if ("finance", index) in plan.used:  # a planted defect
                continue
            assert line.month is not None and line.budget is not None
            if line.month <= report:
                assert line.actual is not None and line.actual == line.forecast
            else:
                assert line.actual is None and line.forecast is not None


def test_iterations_only_for_agile_and_hybrid(thirty: tuple[Standards, list[ProjectPlan]]) -> None:
    _standards, plans = thirty
    for plan in plans:
        assert bool(plan.data.iterations) == (plan.method != "Waterfall"), plan.name
        assert plan.data.resources


def test_dependencies_match_across_projects_except_the_planted_mismatches(
    thirty: tuple[Standards, list[ProjectPlan]],
) -> None:
    standards, plans = thirty
    inbound, outbound = standards.lists["dependency_direction"][:2]
    by_id = {p.project_id: p for p in plans}
    unmatched = []
    for plan in plans:
        for dep in plan.data.dependencies:
            if dep.direction != inbound or dep.counterparty_project_id is None:
                continue  # outbound, or the planted dependency without a counterparty
            other = by_id.get(dep.counterparty_project_id or "")
            match = other and any(
                d.direction == outbound
                and d.counterparty_project_id == plan.project_id
                and d.deliverable == dep.deliverable
                and d.need_by == dep.need_by
                for d in other.data.dependencies
            )
            if not match:
                unmatched.append(dep.counterparty_project_id)
    assert len(unmatched) == 3  # dates disagree, counterpart missing, not in the portfolio
    assert OUTSIDE_PROJECT_ID in unmatched
    assert sum(len(p.data.dependencies) for p in plans) >= 40


def test_dates_follow_the_as_of_date() -> None:
    standards = default_standards()
    later = date(2027, 6, 30)
    plans = plan_portfolio(standards, later, 3, 2026).plans
    for plan in plans:
        if not any(d.kind == "stale_report_date" for d in plan.planted):
            assert 0 <= (later - plan.report_date).days <= 6
        assert all(r.raised_date and r.raised_date <= later for r in plan.data.risks)


def test_docs_list_every_defect_kind_code_and_hostile_file() -> None:
    text = (Path(__file__).resolve().parent.parent / "docs" / "demo.md").read_text("utf-8")
    missing = [k.kind for k in DEFECT_KINDS if f"`{k.kind}`" not in text]
    missing += [str(k.code) for k in DEFECT_KINDS if f"`{k.code}`" not in text]
    missing += [name for name in HOSTILE_FILES if f"`{name}`" not in text]
    assert missing == [], f"document these in docs/demo.md: {missing}"


def strict_standards() -> Standards:
    """Other windows, thresholds, bands and statuses: the demo must follow them."""
    data = default_standards().model_dump()
    data["meta"]["version"] = "demo-strict"
    data["staleness"] = {"report_days": 5, "item_days": 10}
    data["milestones"] = {"slip_warning_days": 3}
    data["cost_rag"] = {"amber_overrun_pct": 2.0, "red_overrun_pct": 4.0}
    data["score_bands"] = [
        {"name": "Low", "min": 1, "max": 3, "colour": "#00FF00"},
        {"name": "Medium", "min": 4, "max": 7, "colour": "#FFFF00"},
        {"name": "High", "min": 8, "max": 14, "colour": "#FF9900"},
        {"name": "Critical", "min": 15, "max": 25, "colour": "#FF0000"},
    ]
    data["lists"]["risk_status"] = ["Active", "Watching", "Closed"]
    return Standards.model_validate(data)


def test_the_demo_follows_other_standards(tmp_path: Path) -> None:
    standards = strict_standards()
    demo = generate_portfolio(
        tmp_path / "portfolio", standards, AS_OF, projects=8, legacy=False, hostile=False
    )
    assert {p.kind for p in demo.planted} == {k.kind for k in DEFECT_KINDS}
    missed: list[str] = []
    for project in demo.projects:
        report = check_file(Path(demo.folder) / project.file, standards, AS_OF)
        found = {(f.code, f.sheet, f.cell) for f in report.findings}
        if project.clean:
            assert [f"{f.code} {f.address} {f.message}" for f in report.findings] == []
        missed += [
            f"{d.kind} {d.code} {d.sheet}!{d.cell}"
            for d in demo.planted_in(project.file)
            if (d.code, d.sheet, d.cell) not in found
        ]
    assert missed == []


@pytest.mark.parametrize("seed", [7, 42])
def test_other_seeds_plant_defects_the_checks_find(tmp_path: Path, seed: int) -> None:
    standards = default_standards()
    demo = generate_portfolio(
        tmp_path / "portfolio", standards, AS_OF, projects=8, seed=seed, legacy=False, hostile=False
    )
    missed: list[str] = []
    for project in demo.projects:
        report = check_file(Path(demo.folder) / project.file, standards, AS_OF)
        found = {(f.code, f.sheet, f.cell) for f in report.findings}
        if project.clean:
            assert [f"{f.code} {f.address}" for f in report.findings] == [], project.file
        missed += [
            f"{d.kind} {d.code} {d.sheet}!{d.cell}"
            for d in demo.planted_in(project.file)
            if (d.code, d.sheet, d.cell) not in found
        ]
    assert missed == []
