"""A template's placeholder rows left among a register's items (round 31).

A template ships rows for its users to overwrite, and a PM in a project's first weeks
leaves the ones not yet needed: ``[Milestone]``, ``<insert decision> | <why> | <who>``,
``Milestone 5`` under ``Milestone``, ``Enter risk description``, ``Risk 4 | TBC``. A PMO
analyst reads them as no item. The test is on the item's own text (its title, decision,
milestone or assumption column): it is a placeholder when it is

- a text wholly inside brackets (``[Milestone]``, ``<insert decision>``, ``{name}``,
  ``(milestone name)``): nobody writes an item's name so;
- the column's header said again, with a number or a filler word at most (``Milestone 5``
  under ``Milestone``, ``Risk 4`` or ``New risk`` under ``Risk Description``,
  ``Description``): the header's words and the register's item words only;
- a typing instruction naming its column (``Enter milestone``, ``Insert decision here``,
  ``Add risk description``);
- the template's example marker (``e.g. ...``, ``Example: ...``, ``Example - Travel``);
- round 32's last hour: a filler typed where the name will go (``xxx``, ``XXXX``, ``...``,
  ``___``): nobody names an item so.

and every other filled cell of the row is one too, or says what to type (``dd/mm/yyyy``,
``Name``, ``H/M/L``: ``detect.hint_cell``) (the example's own values aside: an
example marker says the whole row is one), or an unknown value (``TBC``, ``TBD``,
``n/a``, ``-``, ``?``), or in the ID column (a pre-filled ``R-012``), or (after a bracketed,
instruction or example title only) in the status column (a drop-down's default). A row
with one real value beside a header-like title (``Milestone 1 | 12/03/2026 | Complete``:
milestones are named so) is an item; a title with brackets inside it (``[Draft] Contract
signed``) is an item. Money is never dropped here: finance rows are not asked.

Round 31's last hour: a register with no title column (a risk log naming its risks in
``Risk Description``) is asked on its description, so a row of ``<...>`` prompts under it
is the template's too; and an item text saying none yet (``TBD``, ``TBC``) is a placeholder
when nothing else on its row is written (a pre-numbered ``DEC-04 | | TBD``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from addin import layout
from addin.adopt.convert import is_date_to_confirm, is_no_date, no_value_yet
from addin.adopt.detect import example_row, hint_cell
from addin.adopt.grid import Grid, cell_text

#: The columns holding an item's own text, asked whether it is a placeholder.
TITLE_KEYS = frozenset({"title", "assumption", "decision", "milestone"})

#: The longest text read as a placeholder.
MAX_PLACEHOLDER = 60

_BRACKETED = re.compile(r"^(?:\[[^\[\]]+\]|<[^<>]+>|\{[^{}]+\}|\([^()]+\))$")
_INSTRUCTION = re.compile(
    r"^(?:enter|insert|add|type|describe|write|fill in|input)\b(?P<rest>.*)$", re.IGNORECASE
)
#: Words a template writes beside a header's words in a placeholder (``New risk``,
#: ``Milestone name here``, ``Risk #4``, ``Decision No. 3``).
_FILLER = frozenset(
    {"new", "name", "title", "description", "text", "here", "item", "details", "your", "the"}
    | {"a", "an", "no", "no.", "nr", "nr.", "number", "#", "of", "short", "brief", "here."}
)
_WORD = re.compile(r"[#]|[^\W_]+\.?", re.UNICODE)
#: Round 32's last hour: a filler a template (or a PM's copy of last project's file) types
#: where a name will go: ``xxx``, ``XXXX``, ``...``, ``…``, ``___``, ``***``, ``---``, each
#: character at least twice (an ``x`` or a dash alone is another matter).
_FILLER_TEXT = re.compile(r"^(?:x{2,}|[.…]{2,}|…|_{2,}|\*{2,}|[-–—]{2,}|\?{2,})$", re.IGNORECASE)
#: At most as many words in a placeholder instruction.
MAX_INSTRUCTION_WORDS = 6


class _Plan(Protocol):
    col: int
    key: str
    header: str


def _words(text: str) -> list[str]:
    return [w.casefold().rstrip(".") or w for w in _WORD.findall(text)]


def _item_words() -> frozenset[str]:
    words: set[str] = set()
    for register in layout.REGISTERS:
        words.add(register.item.casefold())
        words.add(register.item.casefold().split()[-1])
    return frozenset(words)


_ITEM_WORDS = _item_words()


#: A header's examples or guidance (``Milestone (e.g. go live, handover)``, ``Risk - such
#: as supplier failure``): the template's hint of what items look like, not the column's name.
_HEADER_HINT = re.compile(
    r"[(\[][^()\[\]]*[)\]]|\b(?:e\.?g\.?|i\.?e\.?|such as|for example|for instance)\b.*$",
    re.IGNORECASE,
)


def header_own_words(header: str) -> str:
    """A header without its examples or guidance (red team of round 31's first wave): a
    real milestone ``Go live`` (date TBC) under ``Milestone (e.g. go live, handover)`` said
    the header's hint again and was dropped as a placeholder row."""
    own = _HEADER_HINT.sub(" ", header).strip()
    return own or header


def header_echo(text: str, header: str) -> bool:
    """True when ``text`` says its column's header again, with a number or a filler word
    at most (``Milestone 5`` under ``Milestone``, ``Risk 4`` under ``Risk Description``).
    Its words must include the header's own word or the register's item word."""
    words = [w for w in _words(text) if not w.isdigit()]
    heads = set(_words(header_own_words(header)))
    named = heads | _ITEM_WORDS
    if not words or not any(w in named for w in words):
        return False
    if len({w for w in words if w in _ITEM_WORDS}) > 1:
        # red team of round 31's first wave: two registers' item words name a real item
        # (``Dependency risk``, ``Decision milestone``), not a template's numbered row
        return False
    return all(w in named or w in _FILLER for w in words)


def _instruction(text: str, header: str) -> bool:
    match = _INSTRUCTION.match(text)
    if match is None or len(text.split()) > MAX_INSTRUCTION_WORDS:
        return False
    rest = match.group("rest").strip(" :.-")
    return bool(rest) and header_echo(rest, header)


def strong_placeholder(text: str, header: str) -> bool:
    """A text no item is named: bracketed whole, an instruction naming its column, or the
    template's example marker."""
    text = text.strip()
    if not text or len(text) > MAX_PLACEHOLDER:
        return False
    if _FILLER_TEXT.match("".join(text.split())):
        return True  # round 32's last hour: ``xxx``, ``...``: nobody names an item so
    return bool(_BRACKETED.match(text)) or _instruction(text, header) or example_row([text])


def placeholder_text(text: str, header: str) -> bool:
    """A placeholder of any kind (:func:`strong_placeholder` or :func:`header_echo`)."""
    text = text.strip()
    if not text or len(text) > MAX_PLACEHOLDER:
        return False
    return strong_placeholder(text, header) or header_echo(text, header)


def _unknown(text: str) -> bool:
    return is_date_to_confirm(text) or is_no_date(text)


def placeholder_row(
    grid: Grid, row: int, cols: Sequence[int], plans: Sequence[_Plan], id_col: int | None
) -> str | None:
    """Why ``row`` is a template's placeholder row (module docstring), or None."""
    title = next((p for p in plans if p.key in TITLE_KEYS and p.col in cols), None)
    if title is None and not any(p.key in TITLE_KEYS for p in plans):
        # a register with no title column names its items in its description (the
        # title is taken from it): that text is the item's own (round 31's last hour)
        title = next((p for p in plans if p.key == "description" and p.col in cols), None)
    if title is None:
        return None
    text = cell_text(grid.value(row, title.col)).strip()
    if example_row([text]):
        # the template's example, wherever it stands: its other cells are the example's
        return f"the template's example row ({text!r}), not an item"
    strong = strong_placeholder(text, title.header)
    # round 31's last hour: an item's text that says none yet (``TBD``, ``TBC``, ``?``)
    # under a pre-numbered ref names no item, when nothing else on the row is written
    unknown = no_value_yet(text)
    if not strong and not unknown and not header_echo(text, title.header):
        return None
    by_col = {p.col: p for p in plans}
    for col in cols:
        if col in (title.col, id_col):
            continue
        plan = by_col.get(col)
        other = cell_text(grid.value(row, col)).strip()
        if _unknown(other) or (strong and plan is not None and plan.key == "status"):
            continue
        if not isinstance(grid.value(row, col), str):
            return None  # a date, a number: a value somebody wrote
        if hint_cell(other):
            continue  # what to type there (``dd/mm/yyyy``, ``Name``, ``H/M/L``)
        if not placeholder_text(other, plan.header if plan is not None else ""):
            return None
    return f"the template's placeholder row ({text!r}), not an item"
