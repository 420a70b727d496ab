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
from addin.adopt.pasted_text import unquoted_id
from addin.adopt.synonyms import JOB_TASK_LINES
from addin.host import CellValue

_NAME_WORDS = frozenset({"name", "description", "desc", "title", "text", "label"})
_CODE = re.compile(r"^[A-Za-z]{0,4}[-_./]?\d[\w./-]*$")
#: The last word of a header that says its column holds the codes of what the rest names
#: (``cost_code``, ``Line No``, ``WBS Ref``): round 28's last hour.
_CODE_WORDS = frozenset({"code", "id", "no", "number", "ref", "reference", "nr"})


def _codes(values: list[CellValue]) -> bool:
    # a CSV's quotes round a code (``"GS-210"``) are no part of it (round 28)
    present = [unquoted_id(cell_text(v)) for v in values if not is_blank(v)]
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


def words_over_codes(
    scored: dict[int, list[Candidate]],
    headers: dict[int, str],
    values_of: dict[int, list[CellValue]],
    register_key: str,
) -> None:
    """Of two columns whose first reading is the same text field, the one whose header
    ends on a word of codes (``cost_code`` beside ``cost_line``, ``Risk No`` beside ``Risk``)
    and whose cells are all codes is that field's code, not the field: it loses the
    reading, in place, when the other column's cells are words (round 28's last hour; the
    rule above is the same with the name word on the other header). Two columns of words,
    or a code column alone, keep their readings."""
    register = layout.REGISTERS_BY_KEY[register_key]
    first = {col: found[0].column_key for col, found in scored.items() if found}
    for code_col, key in list(first.items()):
        if register.column(key).kind != "text":
            continue
        code_words = (normalise_header(headers.get(code_col, "")) or ("",))[0].split()
        if len(code_words) < 2 or code_words[-1] not in _CODE_WORDS:
            continue
        if not _codes(values_of.get(code_col, [])):
            continue
        if key == "cost_line" and scored[code_col][0].synonym in JOB_TASK_LINES:
            # round 40 (ox40): a job ledger's ``Job Task No.`` is the line itself, its
            # number what the ERP reports a job's budget and usage by; the description
            # beside it names what each entry bought (``evidence.line_over_description``)
            continue
        named = [
            col
            for col, other in first.items()
            if col != code_col and other == key and _words(values_of.get(col, []))
        ]
        if not named:
            continue
        kept = [c for c in scored[code_col] if c.column_key != key]
        if kept:
            scored[code_col] = kept
        else:
            del scored[code_col]
