"""Candidates from what prioritisation reads: the projects a consolidation read from a
folder, or a roll-up workbook's Projects, Dependencies and Prioritisation sheets."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from addin.errors import UsageError
from addin.prioritise.candidates import Candidate, cost_of, is_yes, unclear_flag
from addin.rollup.figures import is_open
from addin.rollup.inputs import ProjectInput
from addin.rollup.packed_rows import row_count
from addin.standards import Standards
from addin.standards.prioritisation import CRITERIA

#: How the reason of a Funding Requested the reader could not read begins.
FUNDING_TYPED = "cost unknown: Funding Requested "


def _inbound(direction: object) -> bool:
    return isinstance(direction, str) and direction.strip().casefold() == "inbound"


def from_projects(projects: list[ProjectInput], standards: Standards) -> list[Candidate]:
    """Candidates from consolidated projects (already in roll-up order, by Project ID)."""
    out = []
    for p in projects:
        h = p.header
        # what the PM typed where the reader found no number (a payload cached before
        # this field existed has none)
        unreadable: dict[str, tuple[object, str]] = p.payload.unreadable
        has_finance = row_count(p.payload.rows, "finance") > 0  # (counted, not unpacked)
        cost, basis = cost_of(h.funding_requested, p.figures.finance.etc if has_finance else None)
        cost_problem = None
        if h.funding_requested is None and "funding_requested" in unreadable:
            typed, cell = unreadable["funding_requested"]
            cost, basis = None, None  # filled, so never the ETC instead (SPEC 13)
            cost_problem = (
                f"{FUNDING_TYPED}{str(typed)!r} ({cell}) is not a number; enter the amount"
            )
        depends = [
            dep.counterparty_project_id.strip()
            for dep, _cell in p.payload.dependencies
            if _inbound(dep.direction)
            and dep.counterparty_project_id
            and is_open("dependencies", dep, standards)
        ]
        out.append(
            Candidate(
                project_id=p.project_id,
                name=h.project_name,
                portfolio=h.portfolio,
                currency=h.currency,
                criteria={
                    key: _criterion(getattr(h, key, None), unreadable.get(key)) for key in CRITERIA
                },
                mandatory=is_yes(h.mandatory),
                cost=cost,
                cost_basis=basis,
                depends_on=depends,
                source=p.source,
                cost_problem=cost_problem,
                mandatory_unclear=unclear_flag(h.mandatory),
            )
        )
    return out


def _criterion(value: object, unreadable: tuple[object, str] | None) -> object:
    """The criterion read, else what the PM typed there (so the reason names it: "is
    'high', not a number", not "is blank")."""
    return unreadable[0] if value is None and unreadable is not None else value


# -- a roll-up workbook ---------------------------------------------------------------------


def _table(rows: list[list[Any]], first: str) -> tuple[dict[str, int], list[list[Any]]]:
    """Header positions and data rows of the table whose header row starts with ``first``."""
    for r, row in enumerate(rows):
        if row and isinstance(row[0], str) and row[0].strip() == first:
            header = {str(v).strip(): c for c, v in enumerate(row) if isinstance(v, str) and v}
            data = [x for x in rows[r + 1 :] if x and x[0] not in (None, "")]
            return header, data
    return {}, []


def _get(row: list[Any], header: dict[str, int], name: str) -> Any:
    c = header.get(name)
    if c is None or c >= len(row):
        return None
    value = row[c]
    return None if value == "" else value


def from_rollup(path: Path, standards: Standards) -> list[Candidate]:
    """Candidates from a roll-up written by ``pmo consolidate`` (read with calamine).

    Projects sheet: ID, name, portfolio, currency, ETC. Criteria, Mandatory and Funding
    Requested: the Projects sheet's columns of those names when it has them, else the
    Prioritisation sheet's input columns. Dependencies sheet: open inbound dependencies.
    """
    from python_calamine import CalamineWorkbook

    from addin.files.sniff import sniff

    kind = sniff(path)  # screened first: calamine aborts the process on a zip bomb
    if not kind.readable:
        raise UsageError(
            f"{path}: {kind.reason}{' - ' + kind.fix if kind.fix else ''} (give a roll-up "
            "written by pmo consolidate, or the folder of project workbooks)"
        )
    try:
        book = CalamineWorkbook.from_path(str(path))
    except Exception as exc:  # calamine raises its own error types for every bad file
        raise UsageError(
            f"{path}: cannot be read as a workbook ({exc}); give a roll-up .xlsx written by "
            "pmo consolidate, or the folder of project workbooks"
        ) from None
    names = book.sheet_names
    if "Projects" not in names:
        raise UsageError(
            f"{path}: has no Projects sheet, so it is not a roll-up; give a roll-up written "
            "by pmo consolidate, or the folder of project workbooks"
        )

    def sheet(name: str) -> list[list[Any]]:
        if name not in names:
            return []
        return book.get_sheet_by_name(name).to_python(skip_empty_area=False)

    header, rows = _table(sheet("Projects"), "Project ID")
    if "Project ID" not in header:
        raise UsageError(f"{path}: Projects sheet has no Project ID header row (cell A1)")
    extra_header, extra_rows = _table(sheet("Prioritisation"), "Project ID")
    if not any(label in header or label in extra_header for label in CRITERIA.values()):
        raise UsageError(
            f"{path}: this roll-up has no prioritisation criteria (no Prioritisation sheet: "
            "written before prioritisation existed?); consolidate the folder again, or give "
            "the folder itself"
        )
    extra = {str(r[0]).strip().casefold(): r for r in extra_rows if isinstance(r[0], str)}
    dep_header, dep_rows = _table(sheet("Dependencies"), "Project ID")
    depends: dict[str, list[str]] = {}
    closed = {s.casefold() for s in standards.closed_statuses.dependency}
    for row in dep_rows:
        status = _get(row, dep_header, "Status")
        counterparty = _get(row, dep_header, "Counterparty Project ID")
        if not _inbound(_get(row, dep_header, "Direction")) or not counterparty:
            continue
        if isinstance(status, str) and status.strip().casefold() in closed:
            continue
        depends.setdefault(str(row[0]).strip().casefold(), []).append(str(counterparty).strip())

    def field(row: list[Any], key: str, label: str) -> Any:
        if label in header:
            return _get(row, header, label)
        other = extra.get(str(row[0]).strip().casefold())
        return _get(other, extra_header, label) if other is not None else None

    out = []
    for row in rows:
        pid = str(row[0]).strip()
        criteria = {key: field(row, key, label) for key, label in CRITERIA.items()}
        etc = _get(row, header, "ETC")
        funding = field(row, "funding_requested", "Funding Requested")
        has_etc = isinstance(etc, int | float)
        cost, basis = cost_of(funding, float(etc) if has_etc else None)
        other = extra.get(pid.casefold())
        cost_problem = None
        if "Funding Requested" not in header and other is not None and "Cost" in extra_header:
            # the Prioritisation sheet holds the cost the consolidation worked out
            written = _get(other, extra_header, "Cost")
            cost = float(written) if isinstance(written, int | float) else None
            basis = _get(other, extra_header, "Cost Basis") if cost is not None else None
            reason = _get(other, extra_header, "Reason")
            if cost is None and isinstance(reason, str) and reason.startswith(FUNDING_TYPED):
                cost_problem = reason  # what the consolidation read: keep its words
        source = _get(row, header, "Source File")
        flag = field(row, "mandatory", "Mandatory")
        out.append(
            Candidate(
                project_id=pid,
                name=_get(row, header, "Project Name"),
                portfolio=_get(row, header, "Portfolio"),
                currency=_get(row, header, "Currency"),
                criteria=criteria,
                mandatory=is_yes(flag),
                mandatory_unclear=unclear_flag(flag),
                cost_problem=cost_problem,
                cost=cost,
                cost_basis=basis,
                depends_on=depends.get(pid.casefold(), []),
                source=str(source) if source else None,
            )
        )
    return out
