"""Source text made safe for the roll-up: no control characters, within Excel's limits.

Text is always written with ``write_string`` (never as a formula); this module only
cleans what the text contains.
"""

from __future__ import annotations

import functools
import re

#: Excel's limit on the characters of one cell.
MAX_CELL_CHARS = 32_767
_TRUNCATED = " [truncated]"

# C0 controls except tab and newline, DEL, C1 controls, lone surrogates and non-characters.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def clean_text(value: str) -> str:
    """``value`` without control characters (CR LF becomes LF), cut to Excel's cell limit."""
    if value.isprintable():  # the common case: nothing to remove (C-speed check)
        if len(value) > MAX_CELL_CHARS:
            return value[: MAX_CELL_CHARS - len(_TRUNCATED)] + _TRUNCATED
        return value
    if "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = _CONTROL.sub("", value)
    if len(value) > MAX_CELL_CHARS:
        value = value[: MAX_CELL_CHARS - len(_TRUNCATED)] + _TRUNCATED
    return value


def sheet_ref(sheet: str, cell: str) -> str:
    """``Risks!A12``; the sheet is quoted when its name needs it (``'Finance Summary'!B4``)."""
    return _sheet_prefix(sheet) + cell


@functools.lru_cache(maxsize=1024)  # one call per register row: decided once per sheet
def _sheet_prefix(sheet: str) -> str:
    cell_like = re.fullmatch(r"[A-Za-z]{1,3}[0-9]+|[Rr][0-9]*[Cc][0-9]*", sheet)  # Q1, FY2026
    if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_.]*", sheet) and not cell_like:
        return f"{sheet}!"
    return "'" + sheet.replace("'", "''") + "'!"
