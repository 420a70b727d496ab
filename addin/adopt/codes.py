"""A code and its name side by side (round 14).

Ledgers and ERP exports write each line twice: its code and its name (Deltek's ``Account``
| ``Account Name``, SAP's ``Cost Element`` | ``Cost Element Name``, ``WBS`` | ``WBS
Description``, Unit4's ``Activity`` | ``Activity (T)``). Both headers read as the same
column (the cost line); the leftmost used to win, so lines were named ``5000``. The name is
what a person reads: where two columns read as one column, one header being the other's
with ``name``, ``description``, ``desc``, ``title`` or ``text`` after it, and the other
column holds codes (no spaces, a digit in each: ``5000``, ``2.1.00``, ``CE-4100``) while
this one holds words, the code column loses that reading (the report lists it as another
column's).
"""

from __future__ import annotations

import re

from addin import layout
from addin.adopt.grid import cell_text, is_blank
from addin.adopt.match import Candidate, normalise_header
from addin.host import CellValue

_NAME_WORDS = frozenset({"name", "description", "desc", "title", "text", "label"})
_CODE = re.compile(r"^[A-Za-z]{0,4}[-_./]?\d[\w./-]*$")


def _codes(values: list[CellValue]) -> bool:
    present = [cell_text(v).strip() for v in values if not is_blank(v)]
    return bool(present) and all(_CODE.match(v) for v in present)


def _words(values: list[CellValue]) -> bool:
    present = [cell_text(v).strip() for v in values if not is_blank(v)]
    return bool(present) and all(re.search(r"[^\W\d_]{3,}", v) for v in present)


def name_beside_code(
    scored: dict[int, list[Candidate]],
    headers: dict[int, str],
    values_of: dict[int, list[CellValue]],
    register_key: str,
) -> None:
    """Drop, in place, the text reading a code column shares with its name column (a
    number's reading stays: ``Consequence (1-5)`` beside ``Consequence Description`` is
    the impact)."""
    register = layout.REGISTERS_BY_KEY[register_key]
    words = {col: (normalise_header(text) or ("",))[0].split() for col, text in headers.items()}
    for name_col, name_words in words.items():
        if len(name_words) < 2 or name_words[-1] not in _NAME_WORDS:
            continue
        for code_col, code_words in words.items():
            if code_col == name_col or code_words != name_words[:-1]:
                continue
            if code_col not in scored or name_col not in scored:
                continue
            if not _codes(values_of.get(code_col, [])) or not _words(values_of.get(name_col, [])):
                continue
            shared = {
                c.column_key
                for c in scored[name_col]
                if register.column(c.column_key).kind == "text"
            }
            kept = [c for c in scored[code_col] if c.column_key not in shared]
            if kept:
                scored[code_col] = kept
            else:
                del scored[code_col]
