"""A level column beside its mapped partner, under a header that reads as nothing (round 42).

Every risk register writes its probability and its impact side by side, the probability
first (``Probability | Impact``, ``Likelihood | Consequence``, ``P | I``), and its residual
pair the same way after the response. A stranger's header nobody listed (``Uwezekano``,
``Wie schlimm``, ``Qzv 1``) over one of the two leaves that column out with every level in
it, though a person reads it at once: the table's Probability is read, its Impact is
missing, and the column right beside the Probability holds levels of the same scale. The
rule, :func:`partner_by_values`:

- the register has the pair (``probability`` / ``impact``, or ``residual_probability`` /
  ``residual_impact``), one member is mapped by its header and the other is MISSING from
  the table;
- the column written right beside the mapped member, on the side its partner takes (the
  impact right of the probability, the probability left of the impact), is left out under
  a header that reads as nothing: no field of the register at :data:`~addin.adopt.match.MINIMUM`,
  no known non-column (``Comments``, ``Cause``), no column of another register, not a
  ``... by`` person;
- its values are levels of the SAME scale as the mapped member's: whole numbers 1-5 (1-10
  when the member's go past 5) beside whole numbers, or level words in any language
  (``High`` / ``M`` / ``Élevé`` / ``Juu``: ``convert.level_word``) beside level words, on
  three item rows at least, every filled value one;
- the other side of the mapped member is no such column too (two level columns around a
  probability: which is its impact, the values do not say), and no other column already
  holds the missing member.

The mapping is at :data:`~addin.adopt.evidence.CONTENT` (flagged for a person to confirm),
its note saying which evidence decided (``mapped by content: values are levels of the
Probability's scale, the missing Impact written beside it``). A column that fits none of
this stays left out, listed as before: a wrong mapping is worse than none.
"""

from __future__ import annotations

from collections.abc import Mapping

from addin import layout
from addin.adopt.by_values import names_something_else, unmapped_header
from addin.adopt.convert import level_word, parse_number
from addin.adopt.detect import TableBlock
from addin.adopt.evidence import CONTENT
from addin.adopt.grid import Grid, is_blank
from addin.adopt.languages import words_of
from addin.adopt.match import Candidate, normalise_header
from addin.adopt.total_rows import item_rows
from addin.host import CellValue

#: The pairs a register writes side by side, the first left of the second.
PAIRS = (("probability", "impact"), ("residual_probability", "residual_impact"))
#: Item rows a column needs before its values can say it holds levels.
FEWEST_ROWS = 3


def _values(block: TableBlock, grid: Grid, col: int) -> list[CellValue]:
    return [grid.value(r, col) for r in item_rows(block, grid)]


def _whole_numbers(values: list[CellValue]) -> list[int] | None:
    """Every filled value a whole number 1-10 (three at least), or None."""
    out: list[int] = []
    for value in values:
        if is_blank(value):
            continue
        if isinstance(value, bool) or not isinstance(value, int | float | str):
            return None
        number = parse_number(value)
        if number is None or number != int(number) or not 1 <= number <= 10:
            return None
        out.append(int(number))
    return out if len(out) >= FEWEST_ROWS else None


def _level_words(values: list[CellValue]) -> bool:
    """Every filled value a level word of any language (three at least)."""
    present = [v for v in values if not is_blank(v)]
    return len(present) >= FEWEST_ROWS and all(level_word(v) is not None for v in present)


def same_scale(member: list[CellValue], other: list[CellValue]) -> bool:
    """Whether ``other`` holds levels of the scale ``member`` holds: whole numbers 1-5
    beside whole numbers (1-10 when the member's go past 5), or level words beside level
    words. Two different values at least in ``other`` (one repeated level is a default)."""
    if len({str(v).strip().casefold() for v in other if not is_blank(v)}) < 2:
        return False
    numbers, theirs = _whole_numbers(member), _whole_numbers(other)
    if numbers is not None:
        return theirs is not None and max(theirs) <= (10 if max(numbers) > 5 else 5)
    return theirs is None and _level_words(member) and _level_words(other)


def reads_as_nothing(header: str, register_key: str) -> bool:
    """A header that names no field of the register, no known non-column (``Comments``,
    ``Cause``), no column of another register and no ``... by`` person, and holds a word
    (two letters or more): a lone letter (``S`` beside ``Likelihood``) or a mark (``#``) is
    an abbreviation its writer meant as something, which the values cannot tell (a score,
    a severity: round 34's near miss)."""
    if not any(len(w) > 1 and not w.isdigit() for w in words_of(header)):
        return False
    if not unmapped_header(header, register_key):
        return False
    if names_something_else(header, register_key):
        return False
    return not any(r.endswith(" by") for r in normalise_header(header))


def _neighbours(block: TableBlock, col: int) -> tuple[int | None, int | None]:
    """The header columns written right before and right after ``col``."""
    cols = sorted(c.col for c in block.headers if c.text.strip())
    at = cols.index(col) if col in cols else -1
    if at < 0:
        return None, None
    return (cols[at - 1] if at > 0 else None), (cols[at + 1] if at + 1 < len(cols) else None)


def _candidate_beside(
    block: TableBlock,
    grid: Grid,
    chosen: Mapping[int, Candidate],
    register_key: str,
    member_col: int,
    side: int,
) -> int | None:
    """The column on ``side`` (-1 left, +1 right) of the mapped member when it is left out
    under a header that reads as nothing and holds levels of the member's scale, while the
    other side holds no such column; else None."""
    before, after = _neighbours(block, member_col)
    near, far = (before, after) if side < 0 else (after, before)
    member = _values(block, grid, member_col)

    def fits(col: int | None) -> bool:
        if col is None or col in chosen:
            return False
        cell = block.header_at(col)
        if cell is None or not reads_as_nothing(cell.text, register_key):
            return False
        return same_scale(member, _values(block, grid, col))

    return near if fits(near) and not fits(far) else None


def partner_by_values(
    block: TableBlock, grid: Grid, chosen: dict[int, Candidate], register_key: str
) -> None:
    """In place: the missing member of a probability / impact pair is the level column
    written beside its mapped partner (the module docstring says when)."""
    register = layout.REGISTERS_BY_KEY.get(register_key)
    if register is None:
        return
    keys = {c.key for c in register.columns}
    names = {c.key: c.name for c in register.columns}
    for first, second in PAIRS:
        if not {first, second} <= keys:
            continue
        where = {c.column_key: col for col, c in chosen.items()}
        if (first in where) == (second in where):
            continue  # both mapped, or neither: nothing beside anything to read
        mapped, missing, side = (first, second, 1) if first in where else (second, first, -1)
        col = _candidate_beside(block, grid, chosen, register_key, where[mapped], side)
        if col is not None:
            why = (
                f"(values are levels of the {names[mapped]}'s scale, the missing "
                f"{names[missing]} written beside it: no header word known)"
            )
            chosen[col] = Candidate(missing, CONTENT, why)
