"""The unit a finance table's title states, for its measure columns written down (round 26).

A cost tracker states its unit once, beside or under its title (``单位：万元``, ``All figures
in £000s``, ``(Rs. in lakhs)``), and that unit scales EVERY amount of the table. A tracker
with its months across had it read on each month column (:func:`addin.adopt.finance._with_units`);
a tracker written LONG (one row per month and cost line, the measures as columns: ``Month |
Cost line | Budget | Actual``) read its measure columns by their headers alone, so ``32.8``
under ``预算`` with ``单位：万元`` beside the title stayed 32.8 yuan, not 328,000. A measure
column whose own header states no unit now takes the title's, said in the report and kept
as the ``amount_units`` reading, as a month column across does.
"""

from __future__ import annotations

from addin.adopt.detect import TableBlock
from addin.adopt.readings import stated_amount_unit
from addin.adopt.units import header_unit


def states_unit(text: str) -> bool:
    """Whether a header or title line states a unit of amounts (or the mapping file's
    ``amount_units`` reading names it)."""
    return stated_amount_unit(text) is not None or header_unit(text) is not None


def title_unit_line(block: TableBlock) -> str | None:
    """The first line above the table (its title block: the title, a unit line beside it)
    that states a unit of amounts, or None."""
    return next((text for _, _, text in block.preamble if text and states_unit(text)), None)
