"""The Summary sheet's content: portfolio totals, RAG counts, budget vs EAC, top risks and
the 5x5 risk heat map (charts are drawn from these tables by the writer)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from addin import derived
from addin.rollup.figures import UNRATED
from addin.rollup.inputs import LoadEntry, ProjectInput
from addin.rollup.model import ColumnKind, OutColumn, OutTable
from addin.standards import Standards

NOT_SET = "Not set"
NO_CURRENCY = "(not set)"
RAG_FIELDS = (
    ("Overall", "overall_rag"),
    ("Schedule", "schedule_rag"),
    ("Cost", "cost_rag"),
    ("Scope", "scope_rag"),
)
TOP_RISKS = 10
CHART_PROJECTS = 20


@dataclass
class PortfolioTotals:
    projects: int = 0
    bac: float = 0.0
    actual_to_date: float = 0.0
    etc: float = 0.0
    eac: float = 0.0
    vac: float = 0.0
    vac_pct: float | None = None
    open_risks: dict[str, int] = field(default_factory=dict)
    open_issues: int = 0
    overdue_items: int = 0
    currencies: list[str] = field(default_factory=list)
    #: money totals per currency ("(not set)" for projects that name none), so totals of
    #: a portfolio that mixes currencies can be read without adding GBP to EUR
    by_currency: dict[str, dict[str, Any]] = field(default_factory=dict)

    @property
    def mixed_currencies(self) -> bool:
        return len(self.by_currency) > 1

    def to_json(self) -> dict[str, Any]:
        return {
            "projects": self.projects,
            "bac": self.bac,
            "actual_to_date": self.actual_to_date,
            "etc": self.etc,
            "eac": self.eac,
            "vac": self.vac,
            "vac_pct": self.vac_pct,
            "open_risks": dict(self.open_risks),
            "open_issues": self.open_issues,
            "overdue_items": self.overdue_items,
            "currencies": list(self.currencies),
            "by_currency": {k: dict(v) for k, v in self.by_currency.items()},
        }


def portfolio_totals(projects: list[ProjectInput], standards: Standards) -> PortfolioTotals:
    t = PortfolioTotals(projects=len(projects))
    t.open_risks = {b.name: 0 for b in reversed(standards.score_bands)}
    t.open_risks[UNRATED] = 0
    currencies: set[str] = set()
    for p in projects:
        f = p.figures
        t.bac += f.finance.bac
        t.actual_to_date += f.finance.actual_to_date
        t.etc += f.finance.etc
        t.eac += f.finance.eac
        for name, count in f.open_risks.items():
            t.open_risks[name] = t.open_risks.get(name, 0) + count
        t.open_issues += f.open_issues
        t.overdue_items += f.overdue_items
        currency = " ".join((p.header.currency or "").split()).upper()  # "gbp " is GBP
        if currency:
            currencies.add(currency)
        if currency or f.finance.bac or f.finance.eac:
            _add_to_currency(t.by_currency, currency or NO_CURRENCY, f.finance)
    for money in t.by_currency.values():
        money["vac"] = derived.vac(money["bac"], money["eac"])
        money["vac_pct"] = derived.vac_pct(money["bac"], money["eac"])
    t.by_currency = dict(sorted(t.by_currency.items()))
    t.vac = derived.vac(t.bac, t.eac)
    t.vac_pct = derived.vac_pct(t.bac, t.eac)
    t.currencies = sorted(currencies)
    return t


def _add_to_currency(
    by_currency: dict[str, dict[str, Any]], currency: str, finance: derived.FinanceFigures
) -> None:
    money = by_currency.setdefault(
        currency, {"projects": 0, "bac": 0.0, "actual_to_date": 0.0, "etc": 0.0, "eac": 0.0}
    )
    money["projects"] += 1
    money["bac"] += finance.bac
    money["actual_to_date"] += finance.actual_to_date
    money["etc"] += finance.etc
    money["eac"] += finance.eac


@dataclass
class SummaryContent:
    title: str
    notes: list[str]
    totals: OutTable
    totals_kinds: list[ColumnKind]  # the Value column's format, row by row
    rag_counts: OutTable
    budget_vs_eac: OutTable
    heat_map: OutTable
    heat_map_colours: list[list[str]]  # band colour per grid cell, rows as in heat_map
    top_risks: OutTable


def build_summary(
    projects: list[ProjectInput],
    files: list[LoadEntry],
    totals: PortfolioTotals,
    findings_by_severity: dict[str, int],
    standards: Standards,
    as_of_text: str,
) -> SummaryContent:
    counts = {s: sum(1 for e in files if e.status == s) for s in ("rejected", "skipped")}
    measures: list[tuple[str, object, ColumnKind]] = [
        ("Projects in the roll-up", totals.projects, "int"),
        ("Files found", len(files), "int"),
        ("Files rejected", counts["rejected"], "int"),
        ("Files skipped", counts["skipped"], "int"),
        ("Budget (BAC)", totals.bac, "money"),
        ("Actual to date", totals.actual_to_date, "money"),
        ("Estimate to complete (ETC)", totals.etc, "money"),
        ("Estimate at completion (EAC)", totals.eac, "money"),
        ("Variance at completion (VAC)", totals.vac, "money"),
        ("VAC %", totals.vac_pct, "pct"),
        *[(f"Open {name} risks", n, "int") for name, n in totals.open_risks.items()],
        ("Open issues", totals.open_issues, "int"),
        ("Overdue items", totals.overdue_items, "int"),
        ("Errors found", findings_by_severity.get("error", 0), "int"),
        ("Warnings found", findings_by_severity.get("warning", 0), "int"),
    ]
    if totals.mixed_currencies:
        for currency, money in totals.by_currency.items():
            measures += [
                (f"Budget (BAC), {currency}", money["bac"], "money"),
                (f"EAC, {currency}", money["eac"], "money"),
                (f"VAC, {currency}", money["vac"], "money"),
            ]
    totals_table = OutTable(
        "tblPortfolioTotals",
        [OutColumn("Measure", "text", 30), OutColumn("Value", "number", 16)],
        [(m, v) for m, v, _ in measures],
        title="Portfolio totals",
    )
    notes = []
    if totals.mixed_currencies:
        notes.append(
            "Projects report in several currencies (" + ", ".join(totals.by_currency) + "): "
            "the portfolio money totals add them without conversion; read the per-currency "
            "rows at the end of the totals."
        )
    heat_map, heat_map_colours = _heat_map(projects, standards)
    return SummaryContent(
        title=f"Portfolio roll-up as of {as_of_text}",
        notes=notes,
        totals=totals_table,
        totals_kinds=[k for _, _, k in measures],
        rag_counts=_rag_counts(projects, standards),
        budget_vs_eac=_budget_vs_eac(projects),
        heat_map=heat_map,
        heat_map_colours=heat_map_colours,
        top_risks=_top_risks(projects, standards),
    )


def _rag_counts(projects: list[ProjectInput], standards: Standards) -> OutTable:
    rags = list(standards.lists["rag"])
    rows = []
    for rag in [*rags, NOT_SET]:
        row: list[object] = [rag]
        for _, attr in RAG_FIELDS:
            n = 0
            for p in projects:
                value = getattr(p.header, attr)
                if (value or NOT_SET) == rag or (rag == NOT_SET and value not in rags):
                    n += 1
            row.append(n)
        rows.append(tuple(row))
    columns = [OutColumn("RAG", "rag", 10)] + [OutColumn(name, "int", 10) for name, _ in RAG_FIELDS]
    return OutTable("tblRagCounts", columns, rows, title="Projects by RAG")


def _budget_vs_eac(projects: list[ProjectInput]) -> OutTable:
    ordered = sorted(projects, key=lambda p: (-p.figures.finance.bac, p.project_id, p.source))
    rows = [
        (
            p.project_id,
            p.header.project_name,
            p.figures.finance.bac,
            p.figures.finance.eac,
            p.figures.finance.vac,
            p.figures.finance.vac_pct,
            p.figures.finance.cost_rag,
        )
        for p in ordered
    ]
    columns = [
        OutColumn("Project ID", "text", 12),
        OutColumn("Project Name", "text", 26),
        OutColumn("Budget (BAC)", "money", 14),
        OutColumn("EAC", "money", 14),
        OutColumn("VAC", "money", 14),
        OutColumn("VAC %", "pct", 8),
        OutColumn("Cost RAG", "rag", 9),
    ]
    return OutTable("tblBudgetVsEAC", columns, rows, title="Budget vs EAC by project")


def _heat_map(
    projects: list[ProjectInput], standards: Standards
) -> tuple[OutTable, list[list[str]]]:
    ps, imp = standards.scales.probability, standards.scales.impact
    grid: dict[tuple[int, int], int] = {}
    for p in projects:
        for key, count in p.payload.risk_grid.items():
            grid[key] = grid.get(key, 0) + count
    rows = []
    colours = []
    for prob in range(ps.max, ps.min - 1, -1):
        label = f"{prob} {ps.labels[prob - ps.min]}" if ps.labels else str(prob)
        rows.append((label, *[grid.get((prob, i), 0) for i in range(imp.min, imp.max + 1)]))
        colour_row = []
        for i in range(imp.min, imp.max + 1):
            band = standards.band_for(prob * i)
            colour_row.append(band.colour if band else "#FFFFFF")
        colours.append(colour_row)
    columns = [OutColumn("Probability \\ Impact", "text", 20)] + [
        OutColumn(f"{i} {imp.labels[i - imp.min]}" if imp.labels else f"Impact {i}", "int", 10)
        for i in range(imp.min, imp.max + 1)
    ]
    return OutTable("tblRiskHeatMap", columns, rows, title="Open risks: heat map"), colours


def _top_risks(projects: list[ProjectInput], standards: Standards) -> OutTable:
    found = [(r.score, p, r) for p in projects for r in p.payload.top_risks]
    found.sort(key=lambda t: (-t[0], t[1].project_id, t[1].source, t[2].source_row))
    rows = [
        (
            p.project_id,
            r.id,
            r.title,
            score,
            derived.rating(score, standards),
            r.owner,
            r.response,
            p.source,
        )
        for score, p, r in found[:TOP_RISKS]
    ]
    columns = [
        OutColumn("Project ID", "text", 12),
        OutColumn("Risk ID", "text", 9),
        OutColumn("Title", "text", 30),
        OutColumn("Score", "int", 7),
        OutColumn("Rating", "rating", 9),
        OutColumn("Owner", "text", 16),
        OutColumn("Response", "text", 30),
        OutColumn("Source File", "text", 26),
    ]
    return OutTable("tblTopRisks", columns, rows, title=f"Top {TOP_RISKS} open risks")
