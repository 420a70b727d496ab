"""A finance block's cost line named in the labelled line above it (round 39, issue 15).

Project and ledger reports (Dynamics, Visma, Oracle Projects, hand-made ones) print one
block per cost line: a line naming it (``Aktivitet: 3.1 Markarbeten``, ``Work package:
WP-4 Civils``, ``Cost centre: 4410 Design``), then the block's own table of the months down
with the measures across (``Period | Budget | Actual | Forecast``) and no line column. A
PMO analyst reads every row of that block as that line's month. Before, the rows had no
cost line at all and were lost.

:func:`titled_line` reads the text of the line nearest above the header (within
:data:`NEAREST` rows; alone on its row) written ``label: value``, whose label reads for
certain as the Finance register's cost line (``Activity``, ``Work package``, ``Task``,
``Cost centre``, ``Account`` and their words in the vocabularies' languages): the value
as written (its code kept: ``3.1 Markarbeten``) is the line. Near-misses: a label naming
anything else (``Project: ...``, ``Period: March 2026``, ``Currency: SEK``), a value
that is a number or a date alone, and a table that has a cost line column of its own
(only rows with no line take it).
"""

from __future__ import annotations

import re

from addin.adopt.convert import parse_number
from addin.adopt.detect import TableBlock, is_axis
from addin.adopt.match import CERTAIN, candidates

#: How many rows above the header the naming line may stand (a blank row between).
NEAREST = 2
#: ``label: value`` (the label short, the value a name of its own).
_LABELLED = re.compile(r"^\s*([^:\d][^:]{1,40}?)\s*:\s*(\S.{0,79}?)\s*$")


def titled_line(block: TableBlock) -> tuple[str, str] | None:
    """(cost line, the line's text) when the line nearest above ``block``'s header names
    the block's cost line (the module docstring), else None."""
    near = [(r, c, t) for r, c, t in block.preamble if 0 < block.header_row - r <= NEAREST]
    if not near:
        return None
    row = max(r for r, _, _ in near)
    texts = [t for r, _, t in near if r == row and t.strip()]
    if len(texts) != 1:
        return None
    found = _LABELLED.match(texts[0])
    if found is None:
        return None
    label, value = found.group(1), found.group(2)
    if parse_number(value) is not None or is_axis(value):
        return None
    read = candidates(label, "finance")
    if not read or read[0].column_key != "cost_line" or read[0].confidence < CERTAIN:
        return None
    return value, texts[0]
