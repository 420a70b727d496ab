"""An issue row's rating in a mixed RAID log (round 42, ox42; round 40's leftover of the
hundred-and-tenth batch).

A RAID log kept as one table (a ``Type`` column saying Risk, Issue, Assumption,
Dependency on each row) rates every row in one ``Rating`` column (High / Medium / Low).
On a risk row the rating is the risk's score, which the standard workbook computes from
the likelihood and impact (no column of its own to fill); on an issue row, which has
already happened, it can only say how serious the issue is: the issue's severity.

An issue register's own ``Rating`` alone stays out (round 15: ``tests/
test_adopt_round15_columns.py``); only a mixed log's, where the risk rows say what the
column is, is read for the issue rows, and only when the issue rows' values read on the
severity scale and the issues have no severity or priority column of their own.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from addin.adopt.grid import is_blank
from addin.adopt.match import CERTAIN, Candidate, normalise_header
from addin.host import CellValue

#: The headers of a log's one rating (``Rating``, ``Overall rating``, ``RAG rating``;
#: German ``Bewertung`` read so by its English).
_RATING_HEADS = frozenset({"rating", "overall rating", "rag rating", "current rating"})
#: What the report says read the column.
ISSUE_RATING = "rating (an issue row's, in a mixed RAID log)"


def issue_rows_rating(
    mapped: dict[str, dict[int, Candidate]],
    heads: Mapping[int, str],
    issue_values: Mapping[int, list[CellValue]],
    severity_fit: Callable[[list[CellValue]], float | None],
) -> None:
    """In place: a mixed log's one rating column (:data:`_RATING_HEADS`), read by no field of
    the issues, is the issue rows' severity when their values (``issue_values``, the column's
    cells on the issue rows) read on the severity scale (``severity_fit`` 1.0) and the
    issues have no severity or priority of their own."""
    issues = mapped.get("issues")
    if issues is None or any(c.column_key in ("severity", "priority") for c in issues.values()):
        return
    found = [
        col
        for col, head in heads.items()
        if col not in issues and any(v in _RATING_HEADS for v in normalise_header(head))
    ]
    if len(found) != 1:
        return
    values = [v for v in issue_values.get(found[0], []) if not is_blank(v)]
    if not values or severity_fit(values) != 1.0:
        return
    issues[found[0]] = Candidate("severity", CERTAIN, ISSUE_RATING)
