"""Short measure headers of two meanings, read by the measures beside them (round 42, ox42;
rt41c's leftover).

A finance sheet in French or Italian cuts its measures short: French ``Prév.`` is the
budget's *prévu* (planned) or the forecast's *prévision*; Italian ``Prev.`` the budget's
*preventivo* or the forecast's *previsione*; ``Cons.`` the Italian *consuntivo* (the
actual) or the English *consumed* (spent: the actual too). Alone, ``Prév.`` says neither;
beside the sheet's other measures a person reads the one meaning left: ``Budget | Prév. |
Réel`` has its budget, so ``Prév.`` is the forecast; ``Prév. | Prévision`` has its
forecast, so ``Prév.`` is the budget; ``Budget | Prév. | Prévision`` leaves it nothing and
it stays listed. ``Cons.`` is the actual beside a budget or a forecast and no actual.
A short header a column already reads as keeps its reading, and a column of words (a
line ``Cons.`` for construction) is no measure.
"""

from __future__ import annotations

from collections.abc import Mapping

from addin.adopt.convert import parse_number
from addin.adopt.grid import is_blank
from addin.adopt.languages import fold
from addin.adopt.match import AMOUNT_KEYS, CERTAIN, MINIMUM, Candidate
from addin.host import CellValue

#: Each short header (folded, no dot) and the measures it may be.
_MEANINGS: dict[str, tuple[str, ...]] = {
    "prev": ("budget", "forecast"),
    "cons": ("actual",),
}
#: What the report says read such a column.
BY_THE_OTHERS = "(a short measure, read by the sheet's other measures)"


def _short(header: str) -> str:
    return fold(header).strip().rstrip(".").strip()


def _amounts(values: list[CellValue]) -> bool:
    present = [v for v in values if not is_blank(v)]
    return bool(present) and all(parse_number(v) is not None for v in present)


def short_measures(
    scored: dict[int, list[Candidate]],
    heads: Mapping[int, str],
    values_of: Mapping[int, list[CellValue]],
) -> None:
    """In place: each short header of :data:`_MEANINGS` over amounts, read by no field, is
    the one measure its meanings leave when the table's other columns read as measures (see
    the module)."""
    taken = {
        cands[0].column_key
        for cands in scored.values()
        if cands and cands[0].column_key in AMOUNT_KEYS and cands[0].confidence >= MINIMUM
    }
    if not taken:
        return  # no measure beside it: nothing decides
    for col, head in heads.items():
        meanings = _MEANINGS.get(_short(head))
        if meanings is None:
            continue
        if any(c.confidence >= MINIMUM for c in scored.get(col, [])):
            continue
        if not _amounts(list(values_of.get(col, []))):
            continue
        left = [m for m in meanings if m not in taken]
        if len(left) != 1:
            continue
        scored[col] = [Candidate(left[0], CERTAIN, BY_THE_OTHERS), *scored.get(col, [])]
