"""Cell values typed for the project's columns: the one set of value converters that
reading, adoption and the UDFs share.

Floor: below reading and adoption (it imports only :mod:`addin.cells`).

- :mod:`addin.values.cells`: what every converter needs: blank tests, the month-name
  table, the :class:`Converted` result (value, problem, note), the Excel serial range.
- :mod:`addin.values.typed`: the strict converters of the standard workbook (reading and
  the UDFs): day-first dates, UK numbers, text; each returns ``(value, problem)``.

Adoption's lenient, column-aware converters (level words, percentage bands, month-first
columns, list aliases) stand on these in :mod:`addin.adopt.convert`.
"""

from addin.values.cells import MONTHS, Converted, is_blank, is_empty, month_of_word
from addin.values.typed import (
    convert,
    parse_date_text,
    parse_number_text,
    shown,
    to_date,
    to_number,
    to_text,
)

__all__ = [
    "MONTHS",
    "Converted",
    "convert",
    "is_blank",
    "is_empty",
    "month_of_word",
    "parse_date_text",
    "parse_number_text",
    "shown",
    "to_date",
    "to_number",
    "to_text",
]
