"""Assemble the whole roll-up (SPEC section 7) as data: Summary, Projects, one sheet per
register, Finance with the month view, Dependencies Map, Findings, Load Report, Manifest."""

from __future__ import annotations

from dataclasses import dataclass

from addin import layout
from addin.capacity.demand import demand_only_view
from addin.findings import count_by_severity
from addin.rollup import spill
from addin.rollup.agile_sheet import agile_sheet
from addin.rollup.capacity_sheet import capacity_sheet
from addin.rollup.dependency_map import dependency_map_table, match_dependencies
from addin.rollup.history_sheets import history_sheets
from addin.rollup.inputs import RollupInputs
from addin.rollup.model import OutSheet
from addin.rollup.prioritisation_rollup import SHEET as PRIORITISATION_SHEET
from addin.rollup.prioritisation_rollup import prioritisation_placeholder
from addin.rollup.projects_sheet import month_view_table, projects_table
from addin.rollup.register_sheets import ROLLUP_REGISTERS, register_table
from addin.rollup.report_sheets import findings_table, load_report_table, manifest_table
from addin.rollup.summary import SummaryContent, build_summary, portfolio_totals
from addin.standards import Standards

SUMMARY_SHEET = "Summary"
PROJECTS_SHEET = "Projects"
DEPENDENCIES_MAP_SHEET = "Dependencies Map"
FINDINGS_SHEET = "Findings"
LOAD_REPORT_SHEET = "Load Report"
MANIFEST_SHEET = "Manifest"


@dataclass
class Rollup:
    summary: SummaryContent
    sheets: list[OutSheet]  # after Summary, in workbook order
    inputs: RollupInputs


def build_rollup(inputs: RollupInputs, standards: Standards) -> Rollup:
    """Every sheet's rows, computed from the projects used (already in roll-up order)."""
    projects = inputs.projects
    as_of = inputs.run.as_of
    totals = portfolio_totals(projects, standards)
    summary = build_summary(
        projects,
        inputs.files,
        totals,
        count_by_severity(inputs.findings),
        standards,
        as_of.isoformat(),
    )
    summary.notes.extend(inputs.notes)
    sheets = [OutSheet(PROJECTS_SHEET, [(0, 0, projects_table(projects, standards))])]
    for register in ROLLUP_REGISTERS:
        table = register_table(register, projects)
        sheet = OutSheet(register.sheet, [(0, 0, table)])
        if register.key == layout.FINANCE.key:
            sheet.tables.append((0, len(table.columns) + 1, month_view_table(projects)))
        sheets.append(sheet)
    pairs = inputs.dependency_rows
    if pairs is None:
        pairs = match_dependencies(projects)
    sheets.append(OutSheet(DEPENDENCIES_MAP_SHEET, [(0, 0, dependency_map_table(pairs))]))
    sheets.extend(history_sheets(inputs.history, standards))
    sheets.append(prioritisation_placeholder())
    sheets.append(capacity_sheet(inputs.capacity or demand_only_view(projects, standards)))
    sheets.append(agile_sheet(projects, standards, as_of))  # SPEC 16, after Capacity
    project_of = {p.source: p.project_id for p in projects}
    sheets.append(OutSheet(FINDINGS_SHEET, [(0, 0, findings_table(inputs.findings, project_of))]))
    sheets.append(OutSheet(LOAD_REPORT_SHEET, [(0, 0, load_report_table(inputs.files))]))
    facts, files = manifest_table(inputs.run, inputs.files)
    sheets.append(OutSheet(MANIFEST_SHEET, [(0, 0, facts), (len(facts.rows) + 3, 0, files)]))
    sheets, spilled = spill.spill_sheets(sheets)
    summary.notes.extend(spilled)
    return Rollup(summary, sheets, inputs)


def with_history(rollup: Rollup, standards: Standards) -> Rollup:
    """``rollup``, built while ``rollup.inputs.history`` was unknown (None), with the
    Changes and Trends of the history it now holds, where :func:`build_rollup` puts them:
    after the Dependencies Map (and its continuations), before the Prioritisation sheet;
    the other sheets are the same objects. Built again when Changes continues on another
    sheet (the Summary's notes say so in sheet order, among the others')."""
    added = history_sheets(rollup.inputs.history, standards)
    if not added:
        return rollup
    added, spilled = spill.spill_sheets(added)
    if spilled:
        return build_rollup(rollup.inputs, standards)
    at = [sheet.name for sheet in rollup.sheets].index(PRIORITISATION_SHEET)
    sheets = [*rollup.sheets[:at], *added, *rollup.sheets[at:]]
    return Rollup(rollup.summary, sheets, rollup.inputs)
