"""The reader's value converters live in :mod:`addin.values.typed` (shared with adoption
and the UDFs); these names stay importable from here."""

from addin.values.cells import is_blank
from addin.values.typed import (
    SERIAL_MAX,
    SERIAL_MIN,
    Converted,
    convert,
    parse_date_text,
    parse_number_text,
    shown,
    to_date,
    to_number,
    to_text,
)

__all__ = [
    "SERIAL_MAX",
    "SERIAL_MIN",
    "Converted",
    "convert",
    "is_blank",
    "parse_date_text",
    "parse_number_text",
    "shown",
    "to_date",
    "to_number",
    "to_text",
]
