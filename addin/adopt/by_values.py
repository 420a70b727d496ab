"""A column known by its values (round 10 of issue 15, docs/adopt.md).

When a column's header maps to nothing, and most of its filled values are words of one
standard list (a status, RAG, a High / Medium / Low or 1-5 word scale, Yes / No, a register's
type) in any language of ``languages.toml``, and the register has exactly one field taking
those words that no other column fills, the column is that field: method ``content``, at
:data:`~addin.adopt.evidence.CONTENT` (0.70, flagged for review), its note saying which
values decided. Never when two fields could take the words (a risk register's Probability
and Impact both take High / Medium / Low): both are left out, each with the reason. Never
under a header naming another register's column (``Priority``) or a column the synonyms
know has no standard field (``Critical Path``, ``Effort``); and Yes / No, which answers
any question, only under a header that names nothing (``Col F``, ``Column6``): red team of
round 10.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from addin import layout
from addin.adopt.convert import level_word
from addin.adopt.evidence import CONTENT, RATING, approvals_mostly
from addin.adopt.grid import is_blank
from addin.adopt.languages import fold, plain, translate, words_of
from addin.adopt.mapping_file import header_key
from addin.adopt.match import (
    CERTAIN,
    MINIMUM,
    Candidate,
    candidates,
    money_status,
    normalise_header,
)
from addin.adopt.synonyms import KNOWN_UNMAPPED
from addin.host import CellValue

#: The share of a column's filled values that must be words of the list.
MOST = 0.8
#: Fewest filled values a column is judged by.
FEWEST = 3
#: The most different words a column of one list holds (its values in a few spellings).
MOST_WORDS = 20
#: What the synonym of a candidate found here starts with (read by ``tables.column_reading``).
PREFIX = "(values are words "

Fit = Callable[[layout.Column, list[CellValue]], float | None]

#: The registers whose columns a header may name (finance's are amounts, never list words).
_REGISTERS = ("risks", "issues", "assumptions", "dependencies", "decisions", "milestones")

#: Words of a header that names nothing: a placeholder, or Excel's name for a new table
#: column (``Column1``) in English, German, French, Spanish, Italian, Dutch, Portuguese,
#: Polish, Swedish, Danish and Norwegian, Czech.
_PLACEHOLDERS = frozenset(
    {
        *("col", "column", "field", "untitled", "unnamed", "custom", "spalte", "colonne"),
        *("columna", "colonna", "kolom", "coluna", "kolumna", "kolumn", "kolonne", "sloupec"),
    }
)

#: Yes and No, whatever list holds them.
_YES_NO = frozenset({"y", "n", "yes", "no"})


def list_word(column: layout.Column, value: str, items: frozenset[str], fit: Fit) -> bool:
    """True when ``value`` is a word of ``column``'s list or scale (whose values, folded,
    are ``items``), in English or in a language of ``languages.toml``: a level word
    (``High``, ``Élevé``, ``Высокий``) for a scale; for a list, one of its values or one the
    list's reading takes as one of them (``Ouvert`` = Open), never a name a list reads as a
    yes (a gate's ``Business``)."""
    if column.kind == "scale":
        return level_word(value) is not None
    english = translate(value, "values")
    keys = {plain(value), *([plain(english)] if english else [])}
    if column.list_name == "yes_no":
        return bool(keys & _YES_NO)
    if keys & items:
        return True
    # a fit is read over two values or more: the one value twice (``Upstream`` is a
    # direction's Inbound by the list's reading; round 15)
    return not (items & _YES_NO) and bool(fit(column, [value, value]))


def _words(values: list[CellValue]) -> list[str]:
    """The filled values that are words (not numbers, not dates, not digits)."""
    return [
        v.strip()
        for v in values
        if isinstance(v, str) and v.strip() and not any(ch.isdigit() for ch in v)
    ]


def fields_taking(
    register_key: str, values: list[CellValue], lists: dict[str, list[str]], fit: Fit
) -> list[str]:
    """The list and scale fields of ``register_key`` that most of ``values`` are words of,
    in the register's column order (empty when the values are no words of a list)."""
    present = [v for v in values if not is_blank(v)]
    words = Counter(_words(present))
    if sum(words.values()) < FEWEST or sum(words.values()) < MOST * len(present):
        return []
    if len(words) > MOST_WORDS:
        return []  # a list holds a few words; more different texts are no list's
    register = layout.REGISTERS_BY_KEY[register_key]
    taking: list[str] = []
    for column in register.columns:
        if column.computed or column.kind not in ("list", "scale"):
            continue
        items = frozenset(plain(i) for i in lists.get(column.list_name or "", []))
        good = sum(n for w, n in words.items() if list_word(column, w, items, fit))
        if good >= MOST * len(present):
            taking.append(column.key)
    return taking


def names_nothing(text: str) -> bool:
    """True for a header that names nothing: a placeholder (``Col F``, ``Field 7``),
    or the name Excel gives a new table's column in its languages (``Column6``,
    ``Spalte6``, ``Kolumna6``). Only such a column's Yes / No is taken by content (as a
    milestone's Gate): a milestone plan holds many Yes / No flags (on the critical path,
    invoiced, reported to the board), each the answer to what its header asks (red team
    of round 10). High / Low is not held to this: an assumption log's one level column
    under a header the data file cannot read is most often its Confidence."""
    words = re.findall(r"[^\W\d_]+", fold(text))
    return all(w in _PLACEHOLDERS or len(w) == 1 for w in words)


def _answers(values: list[CellValue]) -> bool:
    """True when the words of ``values`` are Yes / No answers, in any language."""
    words = set(_words([v for v in values if not is_blank(v)]))
    return bool(words) and all(_yes_no(w) for w in words)


def _yes_no(word: str) -> bool:
    english = translate(word, "values")
    return bool({plain(word), *([plain(english)] if english else [])} & _YES_NO)


def unmapped_header(text: str, register_key: str) -> bool:
    """True when the header alone maps to no field of the register."""
    found = candidates(text, register_key)
    return not found or found[0].confidence < MINIMUM


def names_something_else(text: str, register_key: str) -> bool:
    """True when the header names a column of another register (an assumption log's
    ``Priority`` is an issue's Priority: its High / Medium / Low are priorities, not
    confidences) or a column the synonyms know has no standard field (``Critical Path``,
    ``Invoiced``: their Yes / No is not a gate's); red team of round 10."""
    key = header_key(text)
    if any(re.search(rf"\b{re.escape(words)}\b", key) for words in KNOWN_UNMAPPED):
        return True
    if money_status(text):  # round 40 (t50b): German ``Zahlstatus``, a payment's state
        return True
    for other in _REGISTERS:
        found = candidates(text, other) if other != register_key else []
        if found and found[0].confidence >= CERTAIN and found[0].column_key not in _SORTS:
            return True
    return False


#: Another register's fields a header like ``Type``, ``Tipo``, ``Kind`` or ``Category``
#: names: they say only that the column sorts the items, and the values say by what (a
#: dependency log's ``Type`` of Inbound / Outbound is its Direction; round 13). A header
#: naming such a field is no reason to refuse the column its values' one field.
_SORTS = frozenset({"type", "category"})


def list_by_values(
    scored: dict[int, list[Candidate]],
    all_values: dict[int, list[CellValue]],
    texts: dict[int, str],
    register_key: str,
    lists: dict[str, list[str]],
    fit: Fit,
) -> dict[int, list[str]]:
    """Adds a ``content`` candidate to each column whose header maps to nothing and whose
    values are words of exactly one free field's list; returns the columns left out because
    several free fields take their words (column -> those fields' keys), for the report."""
    register = layout.REGISTERS_BY_KEY[register_key]
    taken = {
        cands[0].column_key
        for cands in scored.values()
        if cands and cands[0].confidence >= MINIMUM and not cands[0].synonym.startswith(PREFIX)
    }
    wanted: dict[int, list[str]] = {}
    for col, text in texts.items():
        top = scored.get(col)
        if top and top[0].confidence >= MINIMUM:
            continue  # something already reads this column (its header, or its content)
        if not unmapped_header(text, register_key):
            continue
        fields = [
            f
            for f in fields_taking(register_key, all_values.get(col, []), lists, fit)
            if f not in taken
        ]
        if not fields or names_something_else(text, register_key):
            continue
        if not names_nothing(text) and _answers(all_values.get(col, [])):
            continue  # Yes / No under a header that asks something else
        if register_key == "milestones" and approvals_mostly(all_values.get(col, [])):
            fields = [f for f in fields if f != "status"]  # round 32: `Contract` of Signed
            if not fields:
                continue
        wanted[col] = fields
    for col, fields in wanted.items():
        rated = [f for f in fields if register.column(f).kind == "scale"]
        if len(fields) > 1 and len(rated) == 1 and RATING.search(texts.get(col, "")):
            # a rating is a scale: an issue's ``Rating`` of Critical / High / Low is its
            # Severity, not its Priority (a list of ranks); round 15
            wanted[col] = rated
    ambiguous: dict[int, list[str]] = {}
    claims: dict[str, int] = {}
    for fields in wanted.values():
        if len(fields) == 1:
            claims[fields[0]] = claims.get(fields[0], 0) + 1
    for col, fields in wanted.items():
        if len(fields) != 1 or claims[fields[0]] != 1:
            # two fields could take these words, or two columns the one field: none is sure
            ambiguous[col] = fields
            continue
        name = register.column(fields[0]).name
        cand = Candidate(fields[0], CONTENT, f"{PREFIX}of the {name} list)")
        scored[col] = [cand, *scored.get(col, [])]
    return ambiguous


# round 42 (ce42): a header nobody knows, for the rules that read such a column by content
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
