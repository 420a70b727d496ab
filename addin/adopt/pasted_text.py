"""What a conversion or a paste leaves in a cell's text, read away as a PMO analyst reads
past it (round 28).

A register that reached Excel from a PDF, a Word table, a web page, a CSV or a BI tool's
export carries characters nobody typed into the register:

- **invisible characters**: the zero-width space (U+200B), the word joiner (U+2060) and the
  byte-order mark (U+FEFF). They show nothing, and a text holding one is the text without
  it. The zero-width joiner and non-joiner (U+200D, U+200C) are NOT junk: Sinhala, Persian
  and the Indic scripts spell words with them (``ප්‍ර``, ``داده‌های``), so they are kept;
- a **list bullet** before a one-line text (``• Vendor delay``, ``▪ Crane breakdown``): a
  Word table's bulleted cell. A text of several bulleted lines is a list and keeps them;
- a **non-breaking space** (U+00A0, and the narrow and figure ones, U+202F, U+2007)
  inside a text: a web page's or a wiki's way of keeping two words on one line, which a
  PMO reads (and searches, and sorts) as the ordinary space it stands for (round 28's last
  hour: before, only IDs and amounts read it so, and a pasted decision's title kept it);
- an **ID in quotes or after an apostrophe** (``"R-014"``, ``'R-016``): a CSV's quoting or
  Excel's text prefix written out. The ID is the code inside.

Nothing else is changed: a quote inside a title, a dash starting a text, line breaks.
"""

from __future__ import annotations

import re

#: The characters that show nothing and spell nothing (zero-width space, word joiner,
#: byte-order mark); never the joiner and non-joiner a script spells with.
INVISIBLE = re.compile("[\u200b\u2060\ufeff]")

#: A list bullet and its space at a one-line text's start (hyphens and dashes are not
#: bullets here: ``- 5 days`` or ``-`` say something).
_BULLET = re.compile(
    r"^[\u2022\u25e6\u25aa\u25ab\u2023\u2043\u25cf\u25cb\u25a0\u25a1\u27a2\u25ba]\s+"
)

#: An ID wrapped in straight or curly quotes, or after an apostrophe.
_QUOTED = re.compile(r"""^(?:"([^"\s]+)"|“([^”\s]+)”|'([^'\s]+)'?)$""")


#: The spaces that only keep words together on a line: each is an ordinary space.
NON_BREAKING = re.compile("[\u00a0\u202f\u2007]")


def without_invisibles(text: str) -> str:
    """The text without its invisible characters."""
    return INVISIBLE.sub("", text)


def ordinary_spaces(text: str) -> str:
    """The text with each non-breaking space written as the ordinary space it stands for."""
    return NON_BREAKING.sub(" ", text)


def pasted_text(text: str) -> str:
    """A cell's text as it was written: no invisible characters, no bullet before a one-line
    text, ordinary spaces for non-breaking ones; trimmed."""
    clean = ordinary_spaces(without_invisibles(text)).strip()
    return clean if "\n" in clean else _BULLET.sub("", clean)


def unquoted_id(text: str) -> str:
    """An ID without the quotes or apostrophe a CSV or a paste put round it (``"R-014"`` ->
    ``R-014``); any other text as it is (trimmed, without invisible characters)."""
    clean = without_invisibles(text).strip()
    match = _QUOTED.match(clean)
    return next(g for g in match.groups() if g) if match else clean
