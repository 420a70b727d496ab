"""Generate the demo portfolio: plan the projects, link them, plant defects, write the
workbooks, the legacy registers and the hostile files, and record it all in a manifest."""

from __future__ import annotations

import os
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from addin import layout
from addin.cells import address
from addin.demo import agile_history, finance, registers
from addin.demo.capacity import CAPACITY_FILE, plant_capacity, write_demo_capacity
from addin.demo.defects import DEFECT_KINDS, DEFECTS_BY_KIND, DefectKind
from addin.demo.dependencies import DependencyMismatch, link_projects
from addin.demo.hostile import HOSTILE_FILES, HOSTILE_FOLDER, make_hostile_files
from addin.demo.legacy import write_legacy_files
from addin.demo.manifest import (
    MANIFEST_NAME,
    DemoFile,
    DemoManifest,
    HostileFile,
    PlantedDefect,
    ProjectEntry,
)
from addin.demo.old_templates import pick_version_1, write_version_1
from addin.demo.plan import ProjectPlan, Spot
from addin.demo.portfolio import plan_project
from addin.demo.portfolio_build import plan_portfolio_build
from addin.derived import finance_figures, rating, risk_score
from addin.errors import UsageError
from addin.models import ProjectData
from addin.standards import Standards

#: The template writes every register's table at A1: header in row 1, items from row 2.
FIRST_ITEM_ROW = 2
#: The Project sheet's value column.
PROJECT_VALUE_COLUMN = 2
#: Kinds never planted in the same project (one would undo the other).
CONFLICTS = ({"green_with_critical_risk", "eac_over_budget"},)

#: Above this many projects the workbooks are written by worker processes.
PARALLEL_FROM = 60

Progress = Callable[[str], None]


def spot_cell(spot: Spot) -> tuple[str, str | None]:
    """(sheet, A1 cell) of a spot in a workbook written by the template builder."""
    if spot.register == "project":
        keys = [f.key for f in layout.PROJECT_FIELDS]
        row = layout.PROJECT_FIRST_ROW + keys.index(spot.column or "")
        return layout.PROJECT_SHEET, address(row, PROJECT_VALUE_COLUMN)
    register = layout.REGISTERS_BY_KEY[spot.register]
    if spot.column is None or spot.index is None:
        return register.sheet, None
    col = [c.key for c in register.columns].index(spot.column) + 1
    return register.sheet, address(FIRST_ITEM_ROW + spot.index, col)


def _fill(plan: ProjectPlan, standards: Standards) -> None:
    data = plan.data
    data.risks = registers.make_risks(plan, standards)
    data.assumptions = registers.make_assumptions(plan, standards)
    data.issues = registers.make_issues(plan, standards)
    data.decisions = registers.make_decisions(plan)
    data.milestones = registers.make_milestones(plan, standards)
    data.finance = finance.make_finance(plan, standards)
    data.iterations = agile_history.make_iterations(plan, standards)
    data.resources = finance.make_resources(plan)
    finance.settle_cost_rag(plan, standards)
    _judge_rags(plan, standards)


def _judge_rags(plan: ProjectPlan, standards: Standards) -> None:
    """The PM's own RAGs: a realistic spread (about half Green, a third Amber, a few Red),
    never better than the Cost RAG and never Green with a Critical risk open."""
    header, rng = plan.data.header, plan.rng
    order = standards.lists["rag"]
    green, amber, red = order[:3]
    judged = rng.choices((green, amber, red), (55, 35, 10))[0]
    if _open_critical(plan, standards):
        judged = max(judged, amber, key=order.index)
    header.overall_rag = max(judged, header.cost_rag or green, key=order.index)
    if judged == green:
        header.schedule_rag = header.scope_rag = green
    elif judged == amber:
        header.schedule_rag = rng.choices((amber, green), (70, 30))[0]
        header.scope_rag = rng.choices((amber, green), (30, 70))[0]
    else:
        header.schedule_rag = rng.choice((red, amber))
        header.scope_rag = rng.choice((amber, green))


def _open_critical(plan: ProjectPlan, standards: Standards) -> bool:
    return any(
        rating(risk_score(r.probability, r.impact), standards) == standards.risk.critical_rating
        and not standards.is_closed("risk", r.status)
        for r in plan.data.risks
    )


def _plant(plans: list[ProjectPlan], standards: Standards, kinds: list[DefectKind]) -> None:
    """Plant each kind in the next project (round robin) that can take it."""
    if not plans:
        return
    cursor = 0
    for kind in kinds:
        for step in range(len(plans)):
            plan = plans[(cursor + step) % len(plans)]
            have = {p.kind for p in plan.planted}
            if any(kind.kind in pair and have & (pair - {kind.kind}) for pair in CONFLICTS):
                continue
            planted = kind.plant(plan, standards)
            if planted is not None:
                plan.planted.append(planted)
                cursor = (cursor + step + 1) % len(plans)
                break


def _duplicate_project_id(plans: list[ProjectPlan], defective: list[ProjectPlan]) -> list[str]:
    """Give one project the Project ID of another (a workbook copied to start a new
    project, its ID never changed). Returns the two files, the original first."""
    with_id = [p for p in defective if p.data.header.project_id == p.project_id]
    if len(plans) < 3 or len(with_id) < 2:
        return []
    copy = with_id[-1]
    same = [p for p in with_id[:-1] if p.programme == copy.programme]  # copied from a sibling
    original = same[0] if same else with_id[0]
    copy.data.header.project_id = original.data.header.project_id
    return [original.relpath, copy.relpath]


def _summary(plan: ProjectPlan, standards: Standards) -> str:
    data = plan.data
    open_risks = [r for r in data.risks if not standards.is_closed("risk", r.status)]
    high = [
        r
        for r in open_risks
        if rating(risk_score(r.probability, r.impact), standards)
        in standards.risk.response_required_ratings
    ]
    open_issues = [i for i in data.issues if not standards.is_closed("issue", i.status)]
    upcoming = sorted(
        (m for m in data.milestones if not standards.is_closed("milestone", m.status)),
        key=lambda m: m.forecast_date or plan.as_of,
    )
    text = (
        f"{plan.stage} stage. {len(open_risks)} open risks ({len(high)} High or Critical), "
        f"{len(open_issues)} open issues."
    )
    if upcoming and upcoming[0].forecast_date:
        text += f" Next milestone: {upcoming[0].milestone}, forecast {upcoming[0].forecast_date:%d %b %Y}."
    return text


RawCells = dict[tuple[str, str], object]


def write_project(path: Path, standards: Standards, payload: tuple[ProjectData, RawCells]) -> str:
    """Write one workbook (a module-level function, so a worker process can run it)."""
    from addin.templates import build_project_workbook

    data, raw_cells = payload
    build_project_workbook(path, standards, data, raw_cells=raw_cells)
    return str(path)


def plan_raw_cells(plan: ProjectPlan) -> RawCells:
    cells: RawCells = {}
    for spot, value in plan.raw.items():
        sheet, cell = spot_cell(spot)
        if cell is not None:
            cells[(sheet, cell)] = value
    return cells


@dataclass
class PortfolioPlan:
    """The whole demo portfolio in memory, before anything is written."""

    plans: list[ProjectPlan]
    mismatches: list[DependencyMismatch]
    duplicates: list[str]  # the two files sharing one Project ID (original first)

    def is_clean(self, plan: ProjectPlan) -> bool:
        """Nothing planted: no defect, no shared Project ID, no dependency mismatch."""
        return (
            not plan.planted
            and plan.relpath not in self.duplicates
            and plan.project_id not in {m.project_id for m in self.mismatches}
        )


def plan_portfolio(standards: Standards, as_of: date, projects: int, seed: int) -> PortfolioPlan:
    """Every project's data, the links between them and the planted defects (no files)."""
    if projects < 1:
        raise UsageError(f"--projects must be 1 or more, not {projects}")
    plans = [plan_project(i, seed, as_of, standards) for i in range(projects)]
    clean = [p for p in plans if p.index % 3 == 0] if projects >= 3 else []
    defective = [p for p in plans if p not in clean]
    header_kinds = [k for k in DEFECT_KINDS if k.phase == "header"]
    content_kinds = [k for k in DEFECT_KINDS if k.phase != "header"]
    _plant(defective, standards, header_kinds)
    for plan in plans:
        _fill(plan, standards)
    duplicates = _duplicate_project_id(plans, defective)
    # projects whose ID is missing, malformed or shared keep out of the dependency web, so that the
    # Dependencies Map shows only the mismatches planted on purpose
    linkable = [
        p for p in plans if p.data.header.project_id == p.project_id and p.relpath not in duplicates
    ]
    prefer = [p for p in linkable if p not in clean]
    mismatches = link_projects(linkable, standards, seed, prefer)
    _plant(
        defective[len(header_kinds) :] + defective[: len(header_kinds)], standards, content_kinds
    )
    for plan in plans:
        header = plan.data.header
        header.cost_rag = finance_figures(plan.data.finance, header.report_date, standards).cost_rag
        header.status_summary = _summary(plan, standards)
    plan_portfolio_build(plans)
    return PortfolioPlan(plans, mismatches, duplicates)


def _write_all(
    plans: list[ProjectPlan], folder: Path, standards: Standards, jobs: int, say: Progress
) -> None:
    work = [(folder / p.relpath, (p.data, plan_raw_cells(p))) for p in plans]
    if jobs <= 1 or len(work) < 4:
        for number, (path, payload) in enumerate(work, start=1):
            say(f"writing {number}/{len(work)}: {path.name}")
            write_project(path, standards, payload)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        futures = [pool.submit(write_project, path, standards, payload) for path, payload in work]
        for number, future in enumerate(futures, start=1):
            say(f"writing {number}/{len(work)}: {Path(future.result()).name}")


def generate_portfolio(
    folder: Path,
    standards: Standards,
    as_of: date,
    *,
    projects: int = 30,
    seed: int = 2026,
    legacy: bool = True,
    hostile: bool = True,
    manifest_path: Path | None = None,
    progress: Progress | None = None,
    jobs: int | None = None,
) -> DemoManifest:
    """Write a sample portfolio into ``folder`` (which must be new or empty) and return
    what was written and planted. The manifest is also written as JSON to
    ``manifest_path`` (default: ``demo-manifest.json`` beside ``folder``, outside it).
    ``jobs`` worker processes write the workbooks (default: one, or the CPUs up to four
    for more than :data:`PARALLEL_FROM` projects)."""
    folder = Path(folder)
    if folder.exists() and any(folder.iterdir()):
        raise UsageError(f"{folder} is not empty; give a new or empty folder for the demo")
    say = progress or (lambda _text: None)
    portfolio = plan_portfolio(standards, as_of, projects, seed)
    plans, duplicates = portfolio.plans, portfolio.duplicates
    keep_clean = {p.relpath for p in plans if portfolio.is_clean(p)} | set(duplicates)
    plant_capacity(plans, keep_clean, seed)  # over-allocations, on projects with defects
    folder.mkdir(parents=True, exist_ok=True)
    if jobs is None:  # a workbook takes ~85 ms: worker processes pay only for big demos
        jobs = min(4, os.cpu_count() or 1) if len(plans) > PARALLEL_FROM else 1
    _write_all(plans, folder, standards, jobs, say)
    old_plans = pick_version_1(plans, portfolio.is_clean)  # template version 1 (pmo upgrade)
    for plan in old_plans:
        write_version_1(folder / plan.relpath, standards, plan.data, plan_raw_cells(plan))
    write_demo_capacity(folder, plans, standards, seed)

    manifest = DemoManifest(str(folder), as_of, seed, standards.version)
    manifest.files.append(DemoFile(CAPACITY_FILE, "capacity", "the EPMO's capacity workbook"))
    for plan in plans:
        manifest.files.append(DemoFile(plan.relpath, "project", plan.name))
        manifest.projects.append(
            ProjectEntry(
                plan.data.header.project_id,
                plan.name,
                plan.relpath,
                plan.portfolio,
                plan.programme,
                plan.method,
                plan.stage,
                plan.size,
                portfolio.is_clean(plan),
            )
        )
        for planted in plan.planted:
            sheet, cell = spot_cell(planted.spot)
            manifest.planted.append(
                PlantedDefect(
                    plan.relpath,
                    planted.kind,
                    DEFECTS_BY_KIND[planted.kind].code,
                    sheet,
                    cell,
                    planted.item_id,
                    planted.description,
                )
            )
    if duplicates:
        shared = next(p.data.header.project_id for p in plans if p.relpath == duplicates[0])
        manifest.duplicate_project_ids = {str(shared): duplicates}
    manifest.dependency_mismatches = [
        {
            "kind": m.kind,
            "project_id": m.project_id,
            "dependency_id": m.dependency_id,
            "counterparty_project_id": m.counterparty_project_id,
            "description": m.description,
        }
        for m in portfolio.mismatches
    ]
    if legacy:
        say("writing the legacy registers")
        for item in write_legacy_files(folder, as_of, seed):
            entry = DemoFile(item.file, "legacy", item.style, list(item.registers))
            manifest.files.append(entry)
            manifest.legacy.append(entry)
    if hostile:
        say("writing the broken and hostile files")
        for name, kind in make_hostile_files(folder / HOSTILE_FOLDER).items():
            rel = f"{HOSTILE_FOLDER}/{name}"
            manifest.files.append(DemoFile(rel, "hostile", HOSTILE_FILES[name][1]))
            manifest.hostile.append(HostileFile(rel, kind, HOSTILE_FILES[name][1]))
    manifest.version_1 = [p.relpath for p in old_plans]
    target = manifest_path or folder.parent / MANIFEST_NAME
    manifest.write(target)
    return manifest
