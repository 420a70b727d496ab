"""What every rule is given (:class:`RuleContext`) and how a rule is registered (:func:`check`).

A rule is a small function ``def name(ctx: RuleContext) -> Iterator[Finding | None]`` in a
module under :mod:`addin.rules`, decorated with ``@check(CODE_INFO, ...)`` naming the codes
it may emit (declared with :func:`addin.catalogue.declare`). The engine runs every
registered rule, skips one whose codes are all switched off in the standards, and turns a
rule that crashes into one finding instead of stopping the others.

Rules yield findings made by the context's helpers, which look up the cell of the value
(``Risks!H12``) and apply the severity the standards set (None when switched off).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from operator import attrgetter, itemgetter
from typing import Any

from addin import derived, layout
from addin.catalogue import RuleInfo, make_finding
from addin.cells import column_letter
from addin.findings import Finding
from addin.models import ITEM_MODELS, Item, ProjectData, ProjectHeader
from addin.reading.result import ReadResult
from addin.standards import Standards

RuleFunc = Callable[["RuleContext"], Iterable[Finding | None]]
_vars = attrgetter("__dict__")
#: Register key -> its model's field names, once: pydantic's ``model_fields`` runs two
#: Python-level descriptors on each access, and :meth:`RuleContext.column` asks it about
#: 75 times a workbook.
_FIELD_NAMES: dict[str, frozenset[str]] = {
    key: frozenset(model.model_fields) for key, model in ITEM_MODELS.items()
}


@dataclass(frozen=True)
class Check:
    """A registered rule: its function and the codes it may emit."""

    name: str  # "addin.rules.raid_owner.missing_owner"
    codes: tuple[str, ...]
    func: RuleFunc


_CHECKS: dict[str, Check] = {}


def check(*infos: RuleInfo) -> Callable[[RuleFunc], RuleFunc]:
    """Register a rule function emitting the codes of ``infos``."""

    def register(func: RuleFunc) -> RuleFunc:
        name = f"{func.__module__}.{func.__qualname__}"
        _CHECKS[name] = Check(name, tuple(i.code for i in infos), func)
        return func

    return register


def registered_checks() -> list[Check]:
    """Every registered rule, in a stable order (module, then name)."""
    return [_CHECKS[name] for name in sorted(_CHECKS)]


# -- small value helpers shared by the rules ----------------------------------------------


def blank(value: object) -> bool:
    """True for None and for text that is only spaces."""
    return value is None or (isinstance(value, str) and not value.strip())


def fmt(value: object) -> str:
    """A value as a PM reads it in a message: dates ISO, whole numbers without '.0'."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return f"{int(value):,}"
    if isinstance(value, float):
        return f"{value:,.2f}"
    return str(value)


def clip(text: str, limit: int = 40) -> str:
    """Text as a message quotes it, cut to ``limit`` characters (a 40,000-character ID
    must not make a 40,000-character message)."""
    return text if len(text) <= limit else text[: limit - 3] + "..."


def same_text(a: str | None, b: str | None) -> bool:
    """Case- and space-insensitive text equality (Excel's dropdowns ignore case too)."""
    if a is None or b is None:
        return a is b
    return a.strip().casefold() == b.strip().casefold()


_ID = re.compile(r"^([A-Za-z]+)-(\d+)$")


def split_id(value: str) -> tuple[str, int] | None:
    """``"R-004"`` -> ``("R", 4)``; None when not in the PREFIX-number form."""
    match = _ID.match(value.strip())
    return (match.group(1).upper(), int(match.group(2))) if match else None


@dataclass
class RuleContext:
    """One workbook's read result with the standards and the as-of date, plus helpers."""

    result: ReadResult
    standards: Standards
    as_of: date
    _closed: dict[str, set[str]] = field(default_factory=dict, repr=False)
    _statuses: dict[str, set[str]] = field(default_factory=dict, repr=False)
    _open: dict[tuple[str, str | None], bool] = field(default_factory=dict, repr=False)
    _columns: dict[tuple[str, str], list[Any]] = field(default_factory=dict, repr=False)
    _dicts: dict[str, list[dict[str, Any]]] = field(default_factory=dict, repr=False)
    _flags: dict[tuple[str, bool], list[bool]] = field(default_factory=dict, repr=False)
    _places: dict[tuple[str, str], tuple[str, str | None, bool]] = field(
        default_factory=dict, repr=False
    )

    # -- what is being checked -------------------------------------------------------------

    @property
    def project(self) -> ProjectData:
        return self.result.project

    @property
    def header(self) -> ProjectHeader:
        return self.result.project.header

    def items(self, register_key: str) -> list[Item]:
        return self.result.project.items(register_key)

    def has_register(self, register_key: str) -> bool:
        """True when the reader found the register's sheet (or the register holds rows)."""
        return register_key in self.result.registers or bool(self.items(register_key))

    @property
    def has_project_sheet(self) -> bool:
        return bool(self.result.project_cells)

    # -- what several rules read of every item, worked out once per workbook --------------

    def column(self, register_key: str, column_key: str) -> list[Any]:
        """Every item's ``column_key`` value, in item order (None where the model has no
        such field). Made once per workbook: a dozen rules read the same few fields of
        every item, and a list walked beside the items costs less than a look-up each."""
        key = (register_key, column_key)
        found = self._columns.get(key)
        if found is None:
            if column_key in _FIELD_NAMES[register_key]:
                # a model keeps every field in its __dict__ (pydantic sets defaults there)
                found = list(map(itemgetter(column_key), self._fields(register_key)))
            else:
                found = [None] * len(self.items(register_key))
            self._columns[key] = found
        return found

    def _fields(self, register_key: str) -> list[dict[str, Any]]:
        """Every item's field dict (its ``__dict__``), in item order."""
        found = self._dicts.get(register_key)
        if found is None:
            found = self._dicts[register_key] = list(map(_vars, self.items(register_key)))
        return found

    @cached_property
    def finance_months(self) -> list[date | None]:
        """The first day of every finance line's month (None without a month), in item
        order: half the finance rules and the figures need it."""
        return [
            None if month is None else derived.month_start(month)
            for month in self.column("finance", "month")
        ]

    def open_flags(self, register_key: str) -> list[bool]:
        """:meth:`is_open` of every item's status, in item order (asked once per status)."""
        return self._status_flags(register_key, True)

    def closed_flags(self, register_key: str) -> list[bool]:
        """:meth:`is_closed` of every item's status, in item order (asked once per status)."""
        return self._status_flags(register_key, False)

    def _status_flags(self, register_key: str, is_open: bool) -> list[bool]:
        found = self._flags.get((register_key, is_open))
        if found is None:
            statuses = self.column(register_key, "status")
            test = self.is_open if is_open else self.is_closed
            answers = {status: test(register_key, status) for status in set(statuses)}
            found = list(map(answers.__getitem__, statuses))
            self._flags[(register_key, is_open)] = found
        return found

    @cached_property
    def risk_scores(self) -> list[float | None]:
        """:meth:`valid_score` of every risk's Probability and Impact, in item order."""
        return self._valid_scores("probability", "impact")

    @cached_property
    def residual_scores(self) -> list[float | None]:
        """:meth:`valid_score` of every risk's residual Probability and Impact."""
        return self._valid_scores("residual_probability", "residual_impact")

    @cached_property
    def risk_ratings(self) -> list[str | None]:
        """The rating of every risk's valid score (:meth:`risk_rating`), in item order."""
        scores = self.risk_scores
        bands = {score: derived.rating(score, self.standards) for score in set(scores)}
        return list(map(bands.__getitem__, scores))

    def _valid_scores(self, probability: str, impact: str) -> list[float | None]:
        pairs = list(
            zip(self.column("risks", probability), self.column("risks", impact), strict=True)
        )
        # a register's scores take a few dozen (P, I) pairs: each is worked out once
        known = {pair: self.valid_score(*pair) for pair in set(pairs)}
        return list(map(known.__getitem__, pairs))

    # -- definitions (SPEC section 4) ------------------------------------------------------

    def is_open(self, register_key: str, status: str | None) -> bool:
        """Open = any status of the register's list but its closed ones (as
        Standards.is_closed), or no status. A status not in the list ('Done', 'Active') is
        neither open nor closed: RAID-008/MS-009 report it once, and the rules that depend
        on it (overdue, stale, closed dates) do not guess."""
        key = (register_key, status)
        found = self._open.get(key)  # a dozen rules ask about each item's status
        if found is None:
            found = not self.is_closed(register_key, status) and not self.status_unknown(
                register_key, status
            )
            self._open[key] = found
        return found

    def status_unknown(self, register_key: str, status: str | None) -> bool:
        """True for a status that is filled but not a value of the register's list."""
        if blank(status):
            return False
        known = self._statuses.get(register_key)
        if known is None:
            register = layout.REGISTERS_BY_KEY[register_key]
            column = next((c for c in register.columns if c.key == "status"), None)
            values = self.standards.lists.get(column.list_name or "") if column else None
            known = {v.strip().casefold() for v in values} if values else set()
            self._statuses[register_key] = known
        return bool(known) and str(status).strip().casefold() not in known

    def is_closed(self, register_key: str, status: str | None) -> bool:
        if status is None:
            return False
        closed = self._closed.get(register_key)
        if closed is None:
            item = layout.REGISTERS_BY_KEY[register_key].item
            closed = {c.casefold() for c in getattr(self.standards.closed_statuses, item)}
            self._closed[register_key] = closed
        return status.strip().casefold() in closed

    @cached_property
    def happened_by(self) -> date:
        """The latest date a past event (raised, updated, closed, achieved) may carry: the
        as-of date, or the Report Date when that is later (PRJ-008 reports it once; the
        items dated up to it are not reported again)."""
        report = self.header.report_date
        return max(self.as_of, report) if isinstance(report, date) else self.as_of

    @cached_property
    def report_month(self) -> date | None:
        report = self.header.report_date
        return derived.month_start(report) if report else None

    @cached_property
    def project_months(self) -> tuple[date | None, date | None]:
        """The first and last month the project runs: the Start Date's month and the month
        of the later of Planned End Date and Forecast End Date (None where not given).
        Finance lines (FIN) and resource demand (CAP-004) are both judged against them."""
        header = self.header
        start = derived.month_start(header.start_date) if header.start_date else None
        ends = [d for d in (header.planned_end_date, header.forecast_end_date) if d is not None]
        end = derived.month_start(max(ends)) if ends else None
        return start, end

    def outside_project_months(self, month: date) -> str | None:
        """Why ``month`` (a month's first day) lies outside :attr:`project_months`, as a
        message says it ("before the project starts (2026-01)"); None inside them."""
        start, end = self.project_months
        if start is not None and month < start:
            return f"before the project starts ({start:%Y-%m})"
        if end is not None and month > end:
            return f"after the project ends ({end:%Y-%m})"
        return None

    @cached_property
    def finance(self) -> derived.FinanceFigures | None:
        """The project's finance figures; None when the workbook has no finance lines."""
        if not self.project.finance:
            return None
        return derived.finance_figures(
            self.project.finance, self.header.report_date, self.standards
        )

    def valid_score(self, probability: float | None, impact: float | None) -> float | None:
        """P x I when both are on their scales, else None (RAID-003 reports an off-scale
        value; a probability of 10 must not make a risk Critical)."""
        scales = self.standards.scales
        if probability is None or impact is None:
            return None
        if not (scales.probability.contains(probability) and scales.impact.contains(impact)):
            return None
        return derived.risk_score(probability, impact)

    def risk_rating(self, probability: float | None, impact: float | None) -> str | None:
        """The rating of P x I; None when either is missing or off its scale."""
        return derived.rating(self.valid_score(probability, impact), self.standards)

    # -- making findings -------------------------------------------------------------------

    def column_absent(self, register_key: str, column_key: str) -> bool:
        """True when the register was read but has no column for ``column_key`` (the
        reader reported it): a value of that column is empty for every item."""
        location = self.result.registers.get(register_key)
        if location is None or column_key in location.columns:
            return False
        register = layout.REGISTERS_BY_KEY[register_key]
        column = next((c for c in register.columns if c.key == column_key), None)
        return column is not None and not column.computed  # a computed one is recomputed

    def _where(self, register_key: str, row: int | None, column_key: str) -> tuple[str, str | None]:
        found = self.result.cell_of(register_key, row, column_key)
        if found:
            return found
        location = self.result.registers.get(register_key)
        sheet = location.sheet if location else layout.REGISTERS_BY_KEY[register_key].sheet
        return sheet, None

    def item_finding(
        self,
        info: RuleInfo,
        item: Item,
        column_key: str,
        message: str,
        *,
        value: Any = None,
        label: str | None = None,
    ) -> Finding | None:
        """A finding about ``column_key`` of ``item`` (its cell is looked up), at the
        severity the standards set; the message is prefixed with the item's ID (else
        ``label``, else ``row N``)."""
        register_key = item.register_key
        place = self._places.get((register_key, column_key))
        if place is None:
            place = self._places[(register_key, column_key)] = self._place(register_key, column_key)
        sheet, letter, absent = place
        if absent and blank(getattr(item, column_key, None)):
            return None  # the reader's WB-005/WB-006 says once that the column is missing
        row = item.source_row
        cell = None if letter is None or row is None else f"{letter}{row}"
        item_id = getattr(item, "id", None)
        item_id = item_id.strip() if isinstance(item_id, str) and item_id.strip() else None
        prefix = clip(item_id or label or self.row_label(item))
        return make_finding(
            info,
            self.standards,
            f"{prefix}: {message}",
            file=self.result.file,
            sheet=sheet,
            cell=cell,
            register=register_key,
            item_id=item_id,
            value=value,
        )

    def _place(self, register_key: str, column_key: str) -> tuple[str, str | None, bool]:
        """Where a register's column is: its sheet, its column's letters (None when the
        column was not found) and whether it is absent (:meth:`column_absent`). Asked once
        per column and workbook: a workbook's findings fall in a few dozen columns."""
        location = self.result.registers.get(register_key)
        if location is None:
            return layout.REGISTERS_BY_KEY[register_key].sheet, None, False
        col = location.columns.get(column_key)
        letter = column_letter(col) if col else None  # the cell as RegisterLocation.cell
        return location.sheet, letter, self.column_absent(register_key, column_key)

    def row_label(self, item: Item) -> str:
        """How a row without an ID is named in a message: ``row 12``."""
        return f"row {item.source_row}" if item.source_row else "a row"

    def project_finding(
        self, info: RuleInfo, field_key: str, message: str, *, value: Any = None
    ) -> Finding | None:
        """A finding about a Project sheet field (its value cell is looked up)."""
        sheet, cell = self.result.project_cells.get(field_key, (layout.PROJECT_SHEET, None))
        return make_finding(
            info,
            self.standards,
            message,
            file=self.result.file,
            sheet=sheet,
            cell=cell,
            register="project",
            item_id=self.header.project_id,
            value=value,
        )

    def sheet_finding(
        self, info: RuleInfo, register_key: str, message: str, *, value: Any = None
    ) -> Finding | None:
        """A finding about a register as a whole (no single cell)."""
        sheet, _ = self._where(register_key, None, "")
        return make_finding(
            info,
            self.standards,
            message,
            file=self.result.file,
            sheet=sheet,
            register=register_key,
            value=value,
        )


def column_name(register_key: str, column_key: str) -> str:
    """The header a PM sees for a column key: ``("risks", "probability")`` -> ``"Probability"``."""
    return layout.REGISTERS_BY_KEY[register_key].column(column_key).name
