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
from collections.abc import Callable

from addin.adopt.aliases import LIST_ALIASES

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
