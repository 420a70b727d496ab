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


@dataclass
class RunningSums:
    """The sums of the lines read so far: since the last total, and of every line."""

    group: dict[int, float] = field(default_factory=dict)
    group_rows: int = 0
    every: dict[int, float] = field(default_factory=dict)
    every_rows: int = 0

    def total_of(self, present: dict[int, float]) -> str | None:
        """Which sum a row's amounts are (``"subtotal"``: the lines since the last total;
        ``"grand total"``: every line), else None. Resets the group's sums on a total."""
        said = None
        if self.group_rows >= 2 and _equal(present, self.group):
            said = "subtotal"
        elif (
            self.every_rows >= 2
            and self.every_rows > self.group_rows
            and _equal(present, self.every)
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


def _equal(present: dict[int, float], sums: dict[int, float]) -> bool:
    """True when a row of two amounts or more, not all zero, equals the sums in every
    period it fills."""
    return (
        len(present) >= 2
        and any(present.values())
        and all(abs(a - sums.get(c, 0.0)) < 0.01 for c, a in present.items())
    )


def total_reason(kind: str) -> str:
    """The reason a total row is listed with."""
    if kind == "grand total":
        return "total row (equals the sum of every line above: a grand total)"
    return "total row (equals the sum of the rows above)"
