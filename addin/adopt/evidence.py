"""Content evidence: what a column holds, weighed with its header.

A header alone can say too little (``Person``, ``Date``, ``Who``): the values then decide,
at a confidence below certain so that the report flags the mapping for a person to
confirm. A header that already reads as a column (at or above ``MINIMUM``) is never
overruled here; a header that reads as something with no standard column (``Raised By``,
``Author``) is never mapped by its content either.

=========================================  ==================================  ==========
values                                     header                              mapped to
=========================================  ==================================  ==========
person names (``Aoife Byrne``, ``J. Murphy``) any header that maps to nothing     Owner (a decision's Made By)
the register's statuses (``To Do``, ``Done``) any header that maps to nothing     Status
dates                                      a bare date word (``Date``, ``When``) the register's due date
one list's values only (``CapEx``, ``OpEx``) a header that maps to nothing        that list's column
                                           certain (``Type``)
no people (``Platform team``)              a party word (``Provider``)          the counterparty
                                                                               (round 5)
=========================================  ==================================  ==========
"""

from __future__ import annotations

import re
from datetime import date

from addin import layout
from addin.adopt.convert import parse_date
from addin.adopt.grid import is_blank
from addin.adopt.match import CERTAIN, MINIMUM, Candidate, normalise_header
from addin.adopt.synonyms import KNOWN_UNMAPPED
from addin.host import CellValue

#: Confidence of a mapping made from the values under a header that says too little.
CONTENT = 0.7

#: The register's one person column, where it is not ``owner`` (a decision's maker).
PERSON_COLUMN = {"decisions": "made_by"}

_PERSON = re.compile(
    r"^(?:[A-Z][a-z'\-]+|[A-Z]\.)(?:\s+(?:[A-Z][a-z'\-]+|[A-Z]\.|van|de|der|von|da|di|le|la)){1,3}$"
)
_DATE_WORDS = frozenset({"date", "when", "deadline", "dates", "day"})
_NOT_PEOPLE = frozenset(
    {"open", "closed", "high", "medium", "low", "yes", "no", "done", "in progress", "on track"}
)


#: Header words naming things that are written like names (``Project Mercury``).
_THING_WORDS = frozenset(
    [
        "project",
        "projects",
        "program",
        "programme",
        "team",
        "system",
        "site",
        "location",
        "department",
        "vendor",
        "supplier",
        "company",
        "client",
        "customer",
        "product",
        "workstream",
        "stream",
        "area",
        "category",
        "type",
        "phase",
        "stage",
    ]
)


def person_share(values: list[CellValue]) -> float:
    """Share of the filled values that read as a person's name (0 when fewer than 2, or
    when most are different values sharing one first word: ``Project Mercury``, ``Project
    Apollo`` are no people; one person named on most rows is)."""
    present = [v for v in values if not is_blank(v)]
    if len(present) < 2:
        return 0.0
    # different values sharing one first word ("Project Mercury", "Project Apollo") are
    # things; one person named on most rows ("Sam Okafor" three times) is still a person
    firsts = [str(v).split()[0].lower() for v in present if str(v).split()]
    distinct: dict[str, set[str]] = {}
    for v in present:
        words = str(v).split()
        if words:
            distinct.setdefault(words[0].lower(), set()).add(str(v).strip().lower())
    if (
        len(present) >= 3
        and firsts
        and any(
            firsts.count(f) * 2 > len(present) and len(distinct.get(f, ())) >= 2
            for f in set(firsts)
        )
    ):
        return 0.0
    names = sum(
        1
        for v in present
        if isinstance(v, str)
        and _PERSON.match(v.strip())
        and v.strip().lower() not in _NOT_PEOPLE
        and len(v.strip()) <= 40
    )
    return names / len(present)


def date_share(values: list[CellValue]) -> float:
    present = [v for v in values if not is_blank(v)]
    if len(present) < 2:
        return 0.0
    return sum(1 for v in present if isinstance(v, date) or parse_date(v) is not None) / len(
        present
    )


def _names_unmapped(reading: str) -> bool:
    """True when a header reading holds words of a known non-column (``Issue Report
    Author``, ``Reviewer Comments``), as whole words."""
    return any(re.search(rf"\b{re.escape(words)}\b", reading) for words in KNOWN_UNMAPPED)


def content_candidates(
    header: str,
    values: list[CellValue],
    register_key: str,
    found: list[Candidate],
    status_fit: float | None = None,
) -> list[Candidate]:
    """Candidates from the column's values when its header says too little."""
    best = found[0].confidence if found else 0.0
    out: list[Candidate] = []
    register = layout.REGISTERS_BY_KEY[register_key]
    keys = {c.key for c in register.columns}
    if (
        "status" in keys
        and best < CERTAIN
        and not (found and found[0].column_key == "status")
        and status_fit is not None
        and status_fit >= 0.8
    ):
        # "List Name" of a Trello board holding To Do / Doing / Done: a weak header
        # reading ("name") must not hide a column of statuses
        out.append(Candidate("status", CONTENT, "(values are statuses)"))
    if best >= MINIMUM:
        return out
    readings = normalise_header(header)
    if any(r.endswith(" by") or _names_unmapped(r) for r in readings):
        return []  # "Raised By", "Report Author": a person, but not the owner
    if "cost_line" in keys and grouping_share(values) >= 0.8:
        # months down, one row per month and line: the text column whose few values repeat
        # month after month is the cost line, whatever it is called (round 6)
        return [*out, Candidate("cost_line", CONTENT, "(values repeat as lines by month)")]
    words = {w for r in readings for w in r.split()}
    person = PERSON_COLUMN.get(register_key, "owner")
    if person in keys and not words & _THING_WORDS and person_share(values) >= 0.7:
        out.append(Candidate(person, CONTENT, "(values are person names)"))
    if readings and set(readings[0].split()) <= _DATE_WORDS and date_share(values) >= 0.8:
        due = register.due_column or ("date" if "date" in keys else None)
        if due is not None:
            out.append(Candidate(due, CONTENT, "(values are dates)"))
    return out


_PERIOD_WORD = re.compile(r"^(?:q[1-4]|h[12]|p\d{1,2}|fy\s?\d+|\d{4})\b", re.I)


def grouping_share(values: list[CellValue]) -> float:
    """Share of the filled values that are a repeating group word: text (not a number, a
    date, a period such as ``Q1`` or ``P3``), one of a few values each on two rows at least.
    0.0 when the column has fewer than four values or fewer than two groups."""
    from addin.adopt.finance import measure_in  # finance reads rows, which read this module

    texts = [str(v).strip() for v in values if not is_blank(v)]
    if len(texts) < 4:
        return 0.0
    if any(not isinstance(v, str) for v in values if not is_blank(v)):
        return 0.0
    groups: dict[str, int] = {}
    for text in texts:
        groups[text.casefold()] = groups.get(text.casefold(), 0) + 1
    if len(groups) < 2 or len(groups) > len(texts) / 2:
        return 0.0
    good = sum(
        n
        for text, n in groups.items()
        if n >= 2
        and not _PERIOD_WORD.match(text)
        and parse_date(text) is None
        and measure_in(text) is None  # Budget / Actual / Forecast rows: measures, no lines
    )
    return good / len(texts)


def name_share(values: list[CellValue]) -> float:
    """Share of the filled values written as one person's name each (``Grace Lee``,
    ``J. Murphy``), with no organisation word (``Platform Team``). Unlike
    :func:`person_share`, the same person in every row still counts."""
    present = [v for v in values if not is_blank(v)]
    if not present:
        return 0.0
    names = sum(
        1
        for v in present
        if isinstance(v, str)
        and _PERSON.match(v.strip())
        and v.strip().lower() not in _NOT_PEOPLE
        and not {w.lower() for w in v.split()} & _THING_WORDS
    )
    return names / len(present)


#: Columns a party word (``Provider``, ``Supplier``, ``Vendor``) can mean: the other side's
#: person, or the other side itself (round 5); the values decide.
_PARTY_COLUMNS = ("counterparty_owner", "counterparty_project_id")


def party_by_values(
    scored: dict[int, list[Candidate]], values_of: dict[int, list[CellValue]], register_key: str
) -> None:
    """A column read as the other party's owner by a party word (``Provider``,
    ``Supplier``) whose values are no people (``Platform team``) is the other party itself,
    the counterparty (round 5), when no other column of the table reads as that."""
    keys = {c.key for c in layout.REGISTERS_BY_KEY[register_key].columns}
    if not set(_PARTY_COLUMNS) <= keys:
        return
    for col, cands in scored.items():
        if not cands or cands[0].column_key != "counterparty_owner":
            continue
        if any(
            c.column_key == "counterparty_project_id" and c.confidence >= CERTAIN
            for other, cs in scored.items()
            if other != col
            for c in cs
        ):
            return
        present = [v for v in values_of[col] if not is_blank(v)]
        if len(present) < 2 or not all(isinstance(v, str) for v in present):
            continue
        if name_share(present) > 0.2:
            continue
        top = cands[0]
        moved = Candidate("counterparty_project_id", top.confidence, f"{top.synonym} (not people)")
        scored[col] = [moved, *(c for c in cands if c.column_key not in _PARTY_COLUMNS)]
        return


#: Headers that only say "a classification" (``Type``, ``Category``): the values say which.
_CLASS_WORDS = frozenset({"type", "category", "kind", "class", "classification", "group"})
#: Values shared by many lists: a column of them says nothing about which list it is.
_SHARED_LIST_VALUES = frozenset(
    {"high", "medium", "low", "y", "n", "yes", "no", "open", "closed", "green", "amber", "red"}
)


def list_candidates(
    header: str,
    values: list[CellValue],
    register_key: str,
    found: list[Candidate],
    lists: dict[str, list[str]],
) -> list[Candidate]:
    """A column whose every value is a value of one standards list of the register is that
    list's column (``Type`` holding CapEx / OpEx -> CapEx/OpEx), when its header reads as
    nothing certain. Certain (0.85) under a header that only says "a classification"
    (``Type``, ``Category``), else :data:`CONTENT` (flagged for review). Never for values
    many lists share (High / Medium / Low, Y / N, Open / Closed), never for the status
    column (see :func:`content_candidates`), never under a header read as no column."""
    if found and found[0].confidence >= CERTAIN:
        return []
    present = {str(v).strip().casefold() for v in values if not is_blank(v)}
    if len([v for v in values if not is_blank(v)]) < 2 or present <= _SHARED_LIST_VALUES:
        return []
    readings = normalise_header(header)
    if any(r in KNOWN_UNMAPPED for r in readings):
        return []
    fits = [
        column.key
        for column in layout.REGISTERS_BY_KEY[register_key].columns
        if column.kind == "list"
        and column.key != "status"
        and column.list_name in lists
        and present <= {item.casefold() for item in lists[column.list_name]}
    ]
    if len(fits) != 1:
        return []
    words = {w for r in readings for w in r.split()}
    confidence = 0.85 if readings and words <= _CLASS_WORDS else CONTENT
    return [Candidate(fits[0], confidence, "(values are its list)")]


def short_lines(values: list[CellValue]) -> bool:
    """True when the filled values read as titles: one line each, mostly short."""
    texts = [v.strip() for v in values if isinstance(v, str) and v.strip()]
    if len(texts) < 2 or any("\n" in t for t in texts):
        return False
    lengths = sorted(len(t) for t in texts)
    return lengths[len(lengths) // 2] <= 60 and lengths[-1] <= 100


def description_as_title(
    scored: dict[int, list[Candidate]], values_of: dict[int, list[CellValue]], register_key: str
) -> None:
    """A register with a title and no column reading as one: a description column of short
    one-line values is its title (``Desc``: "Build server out of disk")."""
    keys = {c.key for c in layout.REGISTERS_BY_KEY[register_key].columns}
    if not {"title", "description"} <= keys:
        return
    if any(
        c.column_key == "title" and c.confidence >= MINIMUM for cs in scored.values() for c in cs
    ):
        return
    for col, cands in scored.items():
        if cands and cands[0].column_key == "description" and short_lines(values_of[col]):
            title = Candidate("title", min(1.0, cands[0].confidence), "(short one-line values)")
            scored[col] = [title, *cands]
            return
