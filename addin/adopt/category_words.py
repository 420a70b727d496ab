"""Round 29: a category heading row in a PM's words (``Staff costs``, ``Kit``,
``Licences & subscriptions``).

Round 28 read a finance tracker's heading row as a cost category only when its label was
the standard's very word (``Labour``, ``Hardware``), so that a cost line spelt close to a
category (``Service charges``) never became a heading. A PM heads groups in words of their
own: the category's usual name with ``costs`` after it (``Staff costs``, ``People costs``)
or two names of it joined (``Licences & subscriptions``, ``Software and licences``,
``Travel & subsistence``). A PMO analyst reads such a heading as the category when every
part of it is a word the standard's category is known by (the category itself, or a legacy
word of :data:`~addin.adopt.aliases.LIST_ALIASES` for it) and all parts name the SAME
category. A part nobody knows (``Service charges``, ``Phase 2``) or two categories
(``Staff & kit``) name none: the heading is read as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from addin.adopt.aliases import LIST_ALIASES
from addin.adopt.grid import cell_text, is_blank
from addin.adopt.match import CERTAIN, MINIMUM, Candidate
from addin.adopt.register_names import PAID_LINES
from addin.host import CellValue

#: The words after a category's name that say only "money spent on it" (``Staff costs``).
_SPEND_TAIL = re.compile(r"\s+(?:costs?|expenses?|expenditure|spend)$")
#: What joins two names of one category (``Licences & subscriptions``).
_JOIN = re.compile(r"\s*(?:&|\+|/|,|\band\b)\s*")


def _key(text: str) -> str:
    return " ".join(text.casefold().split())


def category_of(text: str, allowed: list[str]) -> str | None:
    """The standard category (a word of ``allowed``) a heading's label names, else None:
    the word itself, or every part of it (``costs`` after it dropped, parts joined by
    ``&``, ``and``, ``/``, ``+`` or a comma) a known word of one and the same category."""
    by_key = {_key(word): word for word in allowed}
    key = _key(text)
    if not key:
        return None
    if key in by_key:
        return by_key[key]
    key = _SPEND_TAIL.sub("", key)
    parts = [p for p in _JOIN.split(key) if p]
    if not parts:
        return None
    found: set[str] = set()
    for part in parts:
        word = by_key.get(part) or next(
            (by_key[_key(o)] for o in LIST_ALIASES.get(part, ()) if _key(o) in by_key), None
        )
        if word is None:
            return None
        found.add(word)
    return found.pop() if len(found) == 1 else None


def category_reader(allowed: list[str]) -> Callable[[str], str | None]:
    """:func:`category_of` for one list of categories (the standard's cost categories)."""
    return lambda text: category_of(text, allowed)


#: Round 30: a funder's numbering before a cost category (``A.``, ``C.1``, ``2.``, ``(b)``).
_FUNDER_CODE = re.compile(
    r"^\s*(?:\(?[A-Za-z0-9]{1,2}\)|[A-Za-z](?:\.\d+)+\.?|[A-Za-z]\.|\d+(?:\.\d+)*\.?)\s+(?=\S)"
)
#: A note in brackets after a category (``Indirect costs (25% flat rate)``).
_TRAILING_NOTE = re.compile(r"\s*[(\[][^)\]]*[)\]]\s*$")


def funder_category(text: str, allowed: list[str]) -> str | None:
    """Round 30: the standard category a funder's cost category names (``A. Personnel
    costs``, ``C.1 Travel and subsistence``, ``E. Indirect costs (25% flat rate)``), read
    as :func:`category_of` reads a heading once the budget form's numbering before it and
    its note in brackets after it are set aside; None when that leaves nothing new or
    names no one category."""
    bare = _TRAILING_NOTE.sub("", _FUNDER_CODE.sub("", text, count=1))
    if not bare.strip() or _key(bare) == _key(text):
        return None
    return category_of(bare, allowed)


#: Round 34: the confidence of a column read as the category by its values, its header
#: having read as the line (``Cost element`` over Labour / Software beside ``Project
#: activity``): certain, below a header that names the category itself.
CATEGORIES_BESIDE_LINE = 0.85


def line_beside_categories(
    scored: dict[int, list[Candidate]],
    values_of: Mapping[int, list[CellValue]],
    category_word: Callable[[str], str | None],
) -> None:
    """In place, round 34: of two columns of a finance table both read as the cost line, the
    one whose every value is a standard cost category (``Cost element`` over Labour /
    Hardware / Software, an ERP's ``Account`` or ``Resource`` over Labour / Travel) is the
    category, and the other, naming what was bought (``Project activity``, ``Task``, ``Work
    package``), is the line. An ERP's long export keeps both on every row (IFS's activity
    and cost element, SAP's WBS element and cost element, Oracle Projects' task and
    expenditure type), and a header reading alone took whichever read surer, so the line
    became the category and one month's rows of a category were summed into one line.

    Never when a column already reads as the category for certain, when the category
    words are not all one column's, when the other column's values are categories too, or
    when only one column reads as the line (a tracker kept by category has no finer
    line: its categories stay its lines). Red team of round 34: nor when the other column
    names the firm paid or a person (``Supplier``, ``Team member``: ``register_names
    .PAID_LINES``): a tracker's ``Cost line`` of Labour / Materials beside its supplier keeps
    its categories as the lines, the supplier a detail (round 32's last hour)."""
    if any(
        cs[0].column_key == "category" and cs[0].confidence >= CERTAIN
        for cs in scored.values()
        if cs
    ):
        return
    lines = [
        col
        for col, cs in scored.items()
        if any(c.column_key == "cost_line" and c.confidence >= MINIMUM for c in cs[:1])
    ]
    if len(lines) < 2:
        return

    def categories(col: int) -> bool:
        texts = [cell_text(v) for v in values_of.get(col, []) if not is_blank(v)]
        return len(texts) >= 2 and all(category_word(t) for t in texts)

    def names(col: int) -> bool:
        texts = [cell_text(v) for v in values_of.get(col, []) if not is_blank(v)]
        return len(set(texts)) >= 2 and not any(category_word(t) for t in texts)

    def paid(col: int) -> bool:  # red team of round 34: the firm paid or a person
        return bool(scored[col]) and scored[col][0].synonym.lstrip("~") in PAID_LINES

    sorts = [col for col in lines if categories(col)]
    if len(sorts) != 1 or not any(names(col) and not paid(col) for col in lines if col != sorts[0]):
        return
    col = sorts[0]
    sort = Candidate("category", CATEGORIES_BESIDE_LINE, "(values are cost categories)")
    scored[col] = [sort, *(c for c in scored[col] if c.column_key not in ("cost_line", "category"))]
