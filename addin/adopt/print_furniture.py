"""What a workbook laid out for printing adds around its register (round 28).

A register kept for a board pack IS the report: the PM lays it out to print, so the sheet
holds, besides the items, what a printed page needs. A PMO analyst reads none of it as an
item or a register:

- **page lines** between the rows, where a page ends (:func:`page_line`): the page's
  number (``Page 2 of 4``, ``Page 2``, ``p. 2/4``, ``Seite 2 von 4``), the date it was
  printed (``Printed 03/03/2026``, ``Print date: 3 Mar 2026``), its protective marking
  (``COMMERCIAL IN CONFIDENCE``, ``OFFICIAL-SENSITIVE``, ``Confidential``) and its
  continuation (``Continued overleaf``, ``(continued)``, ``cont. on next page``). A row
  every filled cell of which is one of these is no item; a row with any other text is
  left to the other rules (a risk titled ``Page load times exceed SLA`` is an item: the
  whole cell must be the page's line, not start with its word);
- **the header row repeated** at each page break (Excel's "rows to repeat at top" copied
  into the sheet, :func:`header_repeated`): a row whose cells are the table's header
  cells, cell for cell in their columns (three or more, and most of the header), is no
  item; the table goes on under it (one table, the repeat listed);
- **a document's version history** above the register (:func:`version_history_reason`):
  ``Version | Date | Author | Change``, the change log a controlled document opens with.
  Its rows are the document's versions, not the register's items; its header lends the
  register nothing (the register below keeps its own header).

The words are a printout's, not a register's (no standard field is named by them): round
28's last hour moved them to ``languages.toml``'s own ``page_lines`` section (English and
the business languages PMOs print in); this module keeps the SHAPES of the lines.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from addin.adopt.grid import CellValue, cell_text
from addin.adopt.languages import page_line_words


def _words(part: str) -> str:
    """An alternation of ``languages.toml``'s ``page_lines.<part>`` words, longest first (a
    phrase before its first word), each escaped; a space is any run of spaces, a hyphen (a
    marking's ``OFFICIAL-SENSITIVE``) a hyphen or a colon between optional spaces."""
    words = sorted(page_line_words().get(part, ()), key=lambda w: (-len(w), w))
    return "|".join(
        re.escape(w).replace(r"\ ", r"\s+").replace(r"\-", r"\s*[-:]\s*") for w in words
    )


#: A page's number: a page word, the number, the count after an ``of`` word (``Page 2 of 4``,
#: ``Page 2``, ``p. 2/4``, ``Seite 2 von 4``, ``Strona 2 z 4``, ``Страница 2 из 4``, ``صفحة 2
#: من 4``); a page word read only with its count (``p 2 of 4``: a bare ``P1`` is a priority,
#: never a page); the number before its page word (``2. oldal``, ``2/4ページ``, ``第2页 共4页``,
#: ``2쪽``); ``- 2 -``. The words are ``languages.toml``'s ``page_lines``.
_PAGE = re.compile(
    rf"^(?:{_words('page')})\s*\d{{1,3}}(?:\s*(?:{_words('of')})\s*\d{{1,3}})?$"
    rf"|^(?:{_words('page_counted')})\s*\d{{1,3}}\s*(?:{_words('of')})\s*\d{{1,3}}$"
    rf"|^(?:(?:{_words('page_ordinal')})\s*)?\d{{1,3}}\s*\.?\s*(?:/\s*\d{{1,3}}\s*\.?\s*)?"
    rf"(?:{_words('page_after')})(?:\s*[,\uff0c(]?\s*(?:{_words('of')})\s*\d{{1,3}}\s*"
    rf"(?:{_words('page_after')})?\s*\)?)?$"
    r"|^-\s*\d{1,3}\s*-$",
    re.I,
)

#: The print date or time stamp: ``Printed 03/03/2026``, ``Printed on: 3 Mar 2026``,
#: ``Print date 2026-03-03``, ``Gedruckt am 03.03.2026``, ``Data wydruku: 03.03.2026``,
#: ``打印日期：2026-03-03``: the stamp words (no letter glued after them: ``印刷日程`` is a
#: printing schedule), a value of digits (a date, a time), no more than a date's words.
_PRINTED = re.compile(
    rf"^(?:{_words('printed')})(?![^\W\d_])\s*[:\uff1a]?\s*[\w ./:\uff1a,-]{{0,30}}$",
    re.I,
)

#: Protective markings printed on each page (UK Government Security Classifications,
#: commercial markings, their forms in the other languages), the whole line; a
#: confidentiality marking may carry its caveat (``COMMERCIAL IN CONFIDENCE - Supplier X``).
_MARKING = re.compile(
    rf"^(?:(?:{_words('marking')})|(?:{_words('marking_caveat')})(?:\s*[-:]\s*[\w ]{{0,30}})?)"
    r"\s*$",
    re.I,
)

#: A page's continuation: ``Continued overleaf``, ``(continued)``, ``cont. on next page``,
#: ``Continued from previous page``, ``Fortsetzung``, ``suite au verso``, ``ciąg dalszy``,
#: ``続き``: a continuation word, in brackets or not, where it continues, a full stop.
_CONTINUED = re.compile(
    rf"^\(?(?:{_words('continued')})\)?(?:\s+(?:{_words('continued_where')}))?\.?$",
    re.I,
)

_LINES = (_PAGE, _PRINTED, _MARKING, _CONTINUED)


def is_page_text(value: CellValue) -> bool:
    """Whether ``value`` is, as a whole, one of a printed page's lines (its number, print
    stamp, protective marking or continuation): never an item's text."""
    if not isinstance(value, str):
        return False
    text = " ".join(value.split())
    if not text or len(text) > 60:
        return False
    if _PRINTED.match(text) and not any(ch.isdigit() for ch in text):
        return False  # "Printed circuit boards": the stamp says when
    return any(p.match(text) for p in _LINES)


def page_line(values: Sequence[CellValue]) -> str | None:
    """Why a row whose filled cells are ``values`` is a printed page's line, or None: every
    filled cell must be one (a real item beside a page number is an item)."""
    filled = [v for v in values if cell_text(v).strip()]
    if not filled or not all(is_page_text(v) for v in filled):
        return None
    shown = " | ".join(" ".join(cell_text(v).split()) for v in filled)
    return f"a printed page's line ({shown!r}: page number, print stamp, marking), not an item"


#: The version column of a document's change log, and its change column.
_VERSION_HEAD = re.compile(
    r"^(?:doc(?:ument)?\s+)?(?:version|ver\.?|rev(?:ision)?\.?|v(?:ersion)?\s*no\.?|"
    r"versi[oó]n|versione|versie|wersja|versio|revisi[oó]n)$",
    re.I,
)
_CHANGE_HEAD = re.compile(
    r"^(?:(?:summary|description|details|nature|reason)\s+(?:of\s+|for\s+)?)?(?:the\s+)?"
    r"(?:changes?|amendments?|revisions?|modifications?)(?:\s+(?:made|summary|description|"
    r"details))?$|^(?:änderung(?:en)?|modification|cambio|cambios|modifica|wijziging)$",
    re.I,
)
#: A version number: ``0.1``, ``1.0``, ``v2``, ``V1.2.3``, ``2``, ``Draft 0.3``.
_VERSION_VALUE = re.compile(r"^(?:draft\s*)?v?\d{1,2}(?:\.\d{1,3}){0,2}[a-z]?$", re.I)


def version_header(text: str) -> bool:
    """Whether a header names a document's version column (``Version``, ``Rev.``)."""
    return bool(_VERSION_HEAD.match(" ".join(text.split())))


def version_history_reason(headers: Sequence[str], first_values: Sequence[CellValue]) -> str | None:
    """Why a table is a document's version history (change log) and no register, or None.

    ``headers`` are the table's header texts left to right; ``first_values`` its version
    column's values. It is one when its first header is a version word (``Version``,
    ``Rev``: a change log opens with the version it records), another
    a change word (``Change``, ``Summary of changes``, ``Amendment``), and the version
    column's values are version numbers, every one (a release register's ``Version`` of
    ``Release 4 - payments`` is not)."""
    texts = [" ".join(h.split()) for h in headers]
    if (
        not texts
        or not _VERSION_HEAD.match(texts[0])
        or not any(_CHANGE_HEAD.match(h) for h in texts)
    ):
        return None
    values = [cell_text(v).strip() for v in first_values if cell_text(v).strip()]
    if not values or not all(_VERSION_VALUE.match(v) for v in values):
        return None
    return (
        f"not a register table (a document's version history: {' | '.join(texts)}; its rows "
        "are the document's versions, not items)"
    )


#: The share of a table's header cells a repeated header row must write again.
REPEATED_SHARE = 0.6


def _folded(value: CellValue) -> str:
    return " ".join(cell_text(value).split()).casefold()


def header_repeated(
    row_values: Sequence[tuple[int, CellValue]],
    header_rows: Sequence[Sequence[tuple[int, CellValue]]],
) -> str | None:
    """Why a row is the table's header written again (a printout's page header), or None.

    ``row_values`` are the row's filled (column, value) pairs; ``header_rows`` each header
    row's (column, value) pairs. Every filled cell must equal the header cell of its column
    in one header row, three cells or more and :data:`REPEATED_SHARE` of that row's cells
    at least (an item whose status is ``Status`` in the status column alone is an item)."""
    cells = {c: _folded(v) for c, v in row_values if _folded(v)}
    if len(cells) < 3:
        return None
    for header in header_rows:
        heads = {c: _folded(v) for c, v in header if _folded(v)}
        if len(heads) < 3 or any(heads.get(c) != text for c, text in cells.items()):
            continue
        if len(cells) >= REPEATED_SHARE * len(heads):
            return "the table's header row written again (a printed page's header), not an item"
    return None
