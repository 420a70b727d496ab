"""Total rows among the lines of a finance tracker or a resource plan (round 14).

Trackers add their lines up in more than one place: a subtotal under each group of lines
(``Internal staff``, ``Contractors``, then ``Labour`` holding their sum) and a grand total
under the groups (``Programme``: the sum of the subtotals, which is the sum of every line).
A row is a total when its amounts equal, in every period it fills, the sum of the two rows
or more since the last total (a subtotal) or of every line read so far (a grand total): it
is listed and never counted, so no amount is counted twice. A row equal to one row above
it is that line again, no total (round 13's red team).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from addin.adopt.synonyms import MEASURES


@dataclass
class RunningSums:
    """The sums of the lines read so far: since the last total, and of every line."""

    group: dict[int, float] = field(default_factory=dict)
    group_rows: int = 0
    every: dict[int, float] = field(default_factory=dict)
    every_rows: int = 0

    def total_of(self, present: dict[int, float], fewest_amounts: int = 2) -> str | None:
        """Which sum a row's amounts are (``"subtotal"``: the lines since the last total;
        ``"grand total"``: every line), else None. Resets the group's sums on a total.
        ``fewest_amounts``: how many amounts the row must fill (one for a row that names
        no line, where the blank line is evidence of its own)."""
        said = None
        if self.group_rows >= 2 and _equal(present, self.group, fewest_amounts):
            said = "subtotal"
        elif (
            self.every_rows >= 2
            and self.every_rows > self.group_rows
            and _equal(present, self.every, fewest_amounts)
        ):
            said = "grand total"
        if said is not None:
            self.group, self.group_rows = {}, 0
        return said

    def add(self, present: dict[int, float]) -> None:
        """Count a line's amounts (period -> amount)."""
        for c, a in present.items():
            self.group[c] = self.group.get(c, 0.0) + a
            self.every[c] = self.every.get(c, 0.0) + a
        self.group_rows += bool(present)
        self.every_rows += bool(present)


def _equal(present: dict[int, float], sums: dict[int, float], fewest: int = 2) -> bool:
    """True when a row of two amounts or more (``fewest``), not all zero, equals the sums
    in every period it fills."""
    return (
        len(present) >= fewest
        and any(present.values())
        and all(abs(a - sums.get(c, 0.0)) < 0.01 for c, a in present.items())
    )


def total_reason(kind: str) -> str:
    """The reason a total row is listed with."""
    if kind == "grand total":
        return "total row (equals the sum of every line above: a grand total)"
    return "total row (equals the sum of the rows above)"


def indent_of(value: object) -> int:
    """How far a label is indented by leading spaces (a tab is four, a no-break space one):
    a scheduling tool's outline pasted or exported as text (MS Project's Resource Usage and
    Task Usage views: assignments under their resource)."""
    if not isinstance(value, str) or not value.strip():
        return 0
    lead = value[: len(value) - len(value.lstrip(" \t\u00a0\u3000"))]
    return sum(4 if ch == "\t" else 1 for ch in lead)


def outline_children(
    rows: list[int], levels: dict[int, int], figures: dict[int, dict[int, float]]
) -> dict[int, int]:
    """Round 17: rows of a tool's outline that are parts of the row above them: row ->
    its summary row. A row deeper (``levels``: indentation or an outline level) than the
    last row of the shallowest level is under it; the rows under a summary row are its
    parts when, in every period either fills, their figures add up to its (the summary
    carries their total: counting both counts twice). A summary row with no figures (a
    heading) has no parts: the rows under it are the lines."""
    if not rows:
        return {}
    top = min(levels.get(r, 0) for r in rows)
    out: dict[int, int] = {}
    parent: int | None = None
    under: list[int] = []

    def close() -> None:
        if parent is None or not under or not figures.get(parent):
            return
        sums: dict[int, float] = {}
        for r in under:
            for c, a in figures.get(r, {}).items():
                sums[c] = sums.get(c, 0.0) + a
        cols = set(sums) | set(figures[parent])
        if all(abs(sums.get(c, 0.0) - figures[parent].get(c, 0.0)) < 0.01 for c in cols):
            out.update(dict.fromkeys(under, parent))

    for r in rows:
        if levels.get(r, 0) <= top:
            close()
            parent, under = r, []
        elif parent is not None:
            under.append(r)
    close()
    return out


def long_subtotal_rows(
    grid: Any, rows: list[int], plans: list[Any], register_key: str
) -> dict[int, str]:
    """Row -> reason, for the subtotal rows of a finance table written one row per line
    and month (round 25): a row that names no cost line and whose amounts equal, in every
    amount column it fills, the sum of the two lines or more since the last such row (or
    of every line: a grand total) adds them up, whatever its label says (``Chiwerengero
    Malichi 2026``, ``March total``, or nothing). It is listed, never counted. A row that
    names its cost line is always a line; a lineless row whose amounts are not that sum
    stays an item (and is reported as the other lineless rows are)."""
    if register_key != "finance":
        return {}
    line_cols = [p.col for p in plans if p.key == "cost_line"]
    amounts = [p for p in plans if p.key in MEASURES and p.convert_row is None]
    if not line_cols or not amounts:
        return {}
    sums = RunningSums()
    found: dict[int, str] = {}
    for row in rows:
        present: dict[int, float] = {}
        for plan in amounts:
            value = grid.value(row, plan.col)
            if value is None or (isinstance(value, str) and not value.strip()):
                continue
            read = plan.convert(value).value
            if isinstance(read, (int, float)) and not isinstance(read, bool):
                present[plan.col] = float(read)
        if not present:
            continue
        named = any((v := grid.value(row, c)) is not None and str(v).strip() for c in line_cols)
        if not named:
            kind = sums.total_of(present, fewest_amounts=1)
            if kind is not None:
                found[row] = total_reason(kind)
                continue
        sums.add(present)
    return found


#: Why a parent row of a long finance table is listed (round 41, t52d).
PARENT_LINE = (
    "a parent row: it names the cost line of the month rows under it and its amounts are "
    "their sums (a roll-up), so the line is carried down onto them and the row is no item"
)


def parent_line_rows(
    grid: Any, rows: list[int], plans: list[Any], register_key: str
) -> tuple[set[int], dict[int, str]]:
    """Round 41 (t52d): the parent rows of a finance table written one row per line and
    month, as a tool exports its outline (Smartsheet, a hand-kept sheet grouped by line): a
    row naming a cost line with no month, its amounts the sums of the rows under it, each of
    which has a month and no line of its own, up to the next row naming a line. Returns the
    parent rows (listed, never counted) and, for each row under one, the line it carries
    down. A row naming a line whose amounts are not that sum, or with one row or none under
    it, stays as it is."""
    if register_key != "finance":
        return set(), {}
    line_cols = [p.col for p in plans if p.key == "cost_line"]
    month_cols = [p.col for p in plans if p.key == "month"]
    amounts = [p for p in plans if p.key in MEASURES and p.convert_row is None]
    if len(line_cols) != 1 or len(month_cols) != 1 or not amounts:
        return set(), {}
    line_col, month_col = line_cols[0], month_cols[0]

    def filled(row: int, col: int) -> bool:
        value = grid.value(row, col)
        return value is not None and bool(str(value).strip())

    def figures(row: int) -> dict[int, float]:
        out: dict[int, float] = {}
        for plan in amounts:
            if not filled(row, plan.col):
                continue
            read = plan.convert(grid.value(row, plan.col)).value
            if isinstance(read, (int, float)) and not isinstance(read, bool):
                out[plan.col] = float(read)
        return out

    parents: set[int] = set()
    carried: dict[int, str] = {}
    for i, row in enumerate(rows):
        if not filled(row, line_col) or filled(row, month_col):
            continue
        under: list[int] = []
        for below in rows[i + 1 :]:
            if filled(below, line_col):
                break
            if filled(below, month_col):
                under.append(below)
        own = figures(row)
        if len(under) < 2 or not own:
            continue
        sums: dict[int, float] = {}
        for r in under:
            for c, a in figures(r).items():
                sums[c] = sums.get(c, 0.0) + a
        if _equal(own, sums, fewest=1):
            parents.add(row)
            label = str(grid.value(row, line_col)).strip()
            carried.update(dict.fromkeys(under, label))
    return parents, carried
