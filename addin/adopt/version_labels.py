"""A version number is no month (round 42, ox42; rt41b's leftover).

Release and budget versions are numbered by year and a count after a dot: ``2026.1``,
``2026.2`` (a product's release, a budget's first revision of the year), written without
a leading zero. The same form is a month as some East Asian and European workbooks write
it (``2026.1`` .. ``2026.12`` across the top), and ``2026.01`` is a month in any workbook.
A person tells the two apart by the row: among months written otherwise (``Jan 2026 | Feb
2026 | 2026.1``) or standing alone, ``2026.1`` is a version; a row of months written so
throughout (``2026.1 | 2026.2 | 2026.3``) is months.
"""

from __future__ import annotations

import re

#: A year, a dot and a count without a leading zero (``2026.1``, ``2026.10``); ``2026.01``,
#: ``2026-1`` and ``2026/1`` are months' forms only.
_VERSION_FORM = re.compile(r"^\s*(?:19|20)\d{2}\.[1-9]\d?\s*$")


def version_form(text: str) -> bool:
    """Whether a label is written as a version number (:data:`_VERSION_FORM`)."""
    return bool(_VERSION_FORM.match(text))


def version_columns(labels: dict[int, str]) -> set[int]:
    """The columns, of a row's month columns and their labels, that are version numbers, not
    months: those in the version form when the row's other months are written otherwise,
    or the one such label of a row of no other month."""
    versions = {col for col, text in labels.items() if version_form(text)}
    if len(versions) == 1 or len(versions) < len(labels):
        return versions
    return set()
