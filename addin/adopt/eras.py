"""Years written in a national calendar era, read as common-era years (round 19).

Official and many business documents of Taiwan, Japan and Thailand write the year in a
national era, not the Gregorian year. CLDR (through ``babel``) names only the Gregorian eras
of these locales (``Locale('ja').eras`` is ``紀元前`` / ``西暦``; ``zh_Hant_TW`` ``西元``;
``th`` ``ค.ศ.``), so the eras are this small table, each with its offset and the forms a
sheet writes:

========================  ==========  ===========================================
era                       offset      written forms read
========================  ==========  ===========================================
Republic of China (ROC)   +1911       ``民國115年``, ``中華民國115年``, ``民国115年``;
                                      ``115年1月`` (three digits before 年: no
                                      Gregorian year a tracker plans in has three)
Reiwa (Japan)             +2018       ``令和8年``, ``令和元年`` (= 2019), ``R8.1.15``
Heisei (Japan)            +1988       ``平成30年``, ``H30.4.1``
Showa (Japan)             +1925       ``昭和64年``, ``S64.1.7``
Buddhist Era (Thailand)   -543        ``พ.ศ. 2569``; a Thai month with its year
                                      (``ม.ค. 69``, ``มกราคม 2569``: two digits are
                                      25xx)
========================  ==========  ===========================================

Only a mark of the era makes a reading: a bare ``115/01`` or ``8.1.15`` is no date (nothing
on the cell says which era), and a year read outside 1990-2100 is refused, never guessed.
Each reading is said (:func:`to_common` returns it: ``'115年' read as the ROC year 2026``)
so a PMO can check it. A four-digit Buddhist-era year inside a date (``15/01/2569``) is
read by :func:`addin.adopt.dates.common_era` (round 15).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass


@dataclass(frozen=True)
class Era:
    """One national era: its name in the report, the years it adds, its written marks."""

    name: str
    offset: int
    marks: tuple[str, ...]
    letter: str = ""


ERAS: tuple[Era, ...] = (
    Era("ROC", 1911, ("中華民國", "中华民国", "民國", "民国")),
    Era("Reiwa", 2018, ("令和",), "R"),
    Era("Heisei", 1988, ("平成",), "H"),
    Era("Showa", 1925, ("昭和",), "S"),
    Era("Buddhist Era", -543, ("พ.ศ.", "พ.ศ")),
)

#: The years an era reading may give: a plan's, a register's, a budget's.
PLAUSIBLE = (1990, 2100)

#: Thai month names of CLDR's ``th`` locale, abbreviated and wide (``babel``'s
#: ``Locale('th').months['format']``).
THAI_MONTHS: dict[str, int] = {
    name: month
    for month, names in enumerate(
        (
            "ม.ค. มกราคม",
            "ก.พ. กุมภาพันธ์",
            "มี.ค. มีนาคม",
            "เม.ย. เมษายน",
            "พ.ค. พฤษภาคม",
            "มิ.ย. มิถุนายน",
            "ก.ค. กรกฎาคม",
            "ส.ค. สิงหาคม",
            "ก.ย. กันยายน",
            "ต.ค. ตุลาคม",
            "พ.ย. พฤศจิกายน",
            "ธ.ค. ธันวาคม",
        ),
        start=1,
    )
    for name in names.split()
}
_ENGLISH = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

_BY_MARK = {mark: era for era in ERAS for mark in era.marks}
_MARKED = re.compile(
    r"(?P<mark>" + "|".join(re.escape(m) for m in sorted(_BY_MARK, key=len, reverse=True)) + r")"
    r"\s*(?P<year>\d{1,4}|元)(?!\d)(?P<nen>\s*年)?"
)
_LETTER = re.compile(
    r"^\s*(?P<letter>[RHS])\s*(?P<year>\d{1,2})(?P<rest>[./-]\d{1,2}[./-]\d{1,2})\s*$"
)
_ROC_BARE = re.compile(r"(?<![\d.,])(?P<year>1\d\d)\s*(?=年)")
#: A Republic of China date or month in numbers (``115/01/15``, ``115.1.15``, ``115-01``):
#: read only where the sheet writes the era elsewhere (:func:`eras_where`).
_ROC_NUMERIC = re.compile(r"^\s*(?P<year>1\d\d)(?=\s*([./-])\s*\d{1,2}(?:\s*\2\s*\d{1,2})?\s*$)")
_WRITTEN: ContextVar[frozenset[str]] = ContextVar("eras_written", default=frozenset())
_JAPANESE = frozenset({"Reiwa", "Heisei", "Showa"})
_THAI_MONTH = re.compile(
    r"(?P<month>"
    + "|".join(re.escape(m) for m in sorted(THAI_MONTHS, key=len, reverse=True))
    + r")"
    r"\s*(?P<year>\d{4}|\d{2})?(?!\d)"
)


def _common(era: Era, written: str) -> int | None:
    number = 1 if written == "元" else int(written)
    year = number + era.offset
    return year if PLAUSIBLE[0] <= year <= PLAUSIBLE[1] else None


def _said(written: str, era: Era, year: int) -> str:
    return f"{written.strip()!r} read as the {era.name} year {year}"


def to_common(text: str) -> tuple[str, str | None]:
    """``text`` with a year written in a national era rewritten as its common-era year, and
    the reading said (module docstring): ``民國115年1月`` -> (``2026年1月``, ``'民國115年'
    read as the ROC year 2026``); ``R8.1.15`` -> ``2026.1.15``; ``ม.ค. 69`` -> ``Jan 2026``.
    Text without an era mark, or whose era year falls outside 1990-2100, comes back as it
    is with no reading."""
    marked = _MARKED.search(text)
    if marked:
        era = _BY_MARK[marked.group("mark")]
        year = _common(era, marked.group("year"))
        if year is None:
            return text, None
        nen = "年" if marked.group("nen") else ""
        rest = text[: marked.start()] + str(year) + nen + text[marked.end() :]
        reading = _said(marked.group(0), era, year)
        return _thai_months(rest)[0] if era.offset < 0 else rest, reading
    letter = _LETTER.match(text) if _JAPANESE & _WRITTEN.get() else None
    if letter:  # "R8.3.12" is a release number as much, but not beside "令和8年"
        era = next(e for e in ERAS if e.letter == letter.group("letter"))
        year = _common(era, letter.group("year"))
        if year is None:
            return text, None
        return f"{year}{letter.group('rest')}", _said(text, era, year)
    bare = _ROC_BARE.search(text)
    if bare:
        roc = ERAS[0]
        year = _common(roc, bare.group("year"))
        if year is None:
            return text, None
        return text[: bare.start("year")] + str(year) + text[bare.end("year") :], _said(
            bare.group("year") + "年", roc, year
        )
    roc_numeric = _ROC_NUMERIC.match(text) if "ROC" in _WRITTEN.get() else None
    if roc_numeric:
        roc = ERAS[0]
        year = _common(roc, roc_numeric.group("year"))
        if year is None:
            return text, None
        rest = text[roc_numeric.end("year") :]
        return f"{year}{rest}", _said(text, roc, year)
    return _thai_months(text)


def _thai_months(text: str) -> tuple[str, str | None]:
    """A Thai month name as its English abbreviation, and its year, when written, as the
    common-era year of the Buddhist Era (two digits: 25xx)."""
    found = _THAI_MONTH.search(text)
    if not found:
        return text, None
    month = _ENGLISH[THAI_MONTHS[found.group("month")] - 1]
    written = found.group("year")
    if not written:
        return text[: found.start()] + month + text[found.end() :], None
    be = int(written) + (2500 if len(written) == 2 else 0)
    year = be - 543
    if not PLAUSIBLE[0] <= year <= PLAUSIBLE[1]:
        return text, None
    rewritten = text[: found.start()] + f"{month} {year}" + text[found.end() :]
    return rewritten, _said(found.group(0), ERAS[-1], year)


def marked(text: str) -> bool:
    """True when ``text`` writes a national era's year (a reading :func:`to_common` makes)."""
    return to_common(text)[1] is not None


def said_of(texts: Iterable[object]) -> str:
    """The era readings of ``texts`` for a note, one written form per year read (with how
    many other forms read as that year): ``'ม.ค. 69' read as the Buddhist Era year 2026 (and
    2 more)``; "" when no text writes an era."""
    first: dict[str, str] = {}
    more: dict[str, set[str]] = {}
    for text in texts:
        reading = to_common(text)[1] if isinstance(text, str) else None
        if reading is None:
            continue
        written, year = reading.split(" read as ", 1)
        first.setdefault(year, written)
        more.setdefault(year, set())
        if written != first[year]:
            more[year].add(written)
    return "; ".join(
        f"{written} read as {year}" + (f" (and {len(more[year])} more)" if more[year] else "")
        for year, written in first.items()
    )


def written_eras(texts: Iterable[object]) -> frozenset[str]:
    """The eras ``texts`` write with their mark (``民國115年``, ``令和8年``, ``พ.ศ. 2569``) or,
    for the ROC, before 年 (``115年1月``): where one is written, that era's bare forms are
    read too (``115/01/15`` for the ROC, ``R8.1.15`` for Japan's eras)."""
    found: set[str] = set()
    for text in texts:
        if not isinstance(text, str):
            continue
        marked = _MARKED.search(text)
        if marked:
            found.add(_BY_MARK[marked.group("mark")].name)
        elif _ROC_BARE.search(text):
            found.add(ERAS[0].name)
    return frozenset(found)


def eras_now() -> frozenset[str]:
    """The eras written where the text being read stands (inside :func:`eras_where`)."""
    return _WRITTEN.get()


@contextmanager
def eras_where(names: Iterable[str]) -> Iterator[None]:
    """Inside, the bare forms of the eras ``names`` are read (:func:`written_eras`)."""
    token = _WRITTEN.set(_WRITTEN.get() | frozenset(names))
    try:
        yield
    finally:
        _WRITTEN.reset(token)
