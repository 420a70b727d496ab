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
from collections import Counter
from collections.abc import Mapping
from datetime import date
from itertools import pairwise

from addin import layout
from addin.adopt.aliases import LIST_ALIASES
from addin.adopt.convert import parse_date
from addin.adopt.grid import cell_text, is_blank
from addin.adopt.languages import lexicon, translate, words_of
from addin.adopt.match import (
    CERTAIN,
    FOLLOW_UP,
    GENERIC_NOUNS,
    MINIMUM,
    SENSE_PREFIX,
    WEAK_SYNONYM,
    Candidate,
    document_reference,
    keep_candidates,
    normalise_header,
)
from addin.adopt.people import (
    ORGANISATION_WORDS,
    is_address,
    names_someone,
    surname_first_reading,
    swapped_list_words,
)
from addin.adopt.register_names import QUERY_LOG_WORDS
from addin.adopt.synonyms import JOB_TASK_LINES, KNOWN_UNMAPPED, REGISTER_WORDS
from addin.host import CellValue

#: Confidence of a mapping made from the values under a header that says too little.
CONTENT = 0.7

#: The register's one person column, where it is not ``owner`` (a decision's maker).
PERSON_COLUMN = {"decisions": "made_by"}

_PERSON_ASCII = re.compile(
    r"^(?:[A-Z][a-z'\-]+|[A-Z]\.)(?:\s+(?:[A-Z][a-z'\-]+|[A-Z]\.|van|de|der|von|da|di|le|la)){1,3}$"
)

#: Lower-case words inside a person's name: Dutch, German, French, Italian, Spanish and
#: Portuguese particles, and Malaysian patronymics (``Ahmad Faizal bin Razak``, ``Siti
#: Hajar binti Osman``, ``Rajesh a/l Kumar``: son or daughter of; round 15).
_PARTICLES = frozenset(
    {
        *("van", "de", "der", "den", "von", "da", "di", "le", "la", "du", "del", "della"),
        *("dos", "das", "do", "y", "bin", "binti", "bt", "bte", "ibn", "a/l", "a/p"),
        *("s/o", "d/o"),
    }
)
_NAME_WORD = re.compile(r"^[^\W\d_](?:[^\W\d_]|['\u2019\-])*$")
_INITIALS = re.compile(r"^(?:[^\W\d_]\.){1,3}$")


def _is_person(text: str) -> bool:
    """True for a person's name written in any alphabet with capitals: ``Grace Lee``,
    ``J. Murphy``, ``Zuzana Horváthová``, ``Marko Kovačević``, ``Ахметов Е.К.``, ``Ahmad
    Faizal bin Razak`` (two to five words, each capitalised or a particle, at least two
    capitalised; round 15, where only ASCII letters were read). Round 36 (t42a): never a
    text led by the article (``The Engineer``, ``The Employer``, ``The Client``: a
    contract's party named by its role, no person)."""
    if text.split()[:1] and text.split()[0].casefold() == "the":
        return False
    if _PERSON_ASCII.match(text):
        return True
    words = text.split()
    if not 2 <= len(words) <= 5:
        return False
    capitals = 0
    for word in words:
        if word in _PARTICLES:
            continue
        if not word[0].isupper():
            return False
        if _INITIALS.match(word) or (_NAME_WORD.match(word) and word[1:] != word[1:].upper()):
            capitals += 1
            continue
        if len(word) == 1:
            capitals += 1
            continue
        return False  # "NCR", "UAT", "v2.1": a code, no name
    return capitals >= 2


_DATE_WORDS = frozenset({"date", "when", "deadline", "dates", "day"})
#: The note of a bare date word's guess (the register's due date, by its values): the
#: register's order may still place such a column elsewhere (``date_order``, round 31).
BARE_DATE_GUESS = "(values are dates)"
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
        # rt36: the other words of a place (a ``Region`` of ``Paris, London``, ``North
        # West`` is written like a name, surname first or not, and is no one)
        *("sites", "locations", "region", "regions", "country", "countries", "city"),
        *("cities", "office", "offices", "market", "markets", "venue", "venues"),
        "department",
        "vendor",
        "supplier",
        # round 34: the supplier's other names (round 31's ``match.SUPPLIER_SIDE``): a
        # ``Provider`` or ``Contractor`` column of names is the supplier's side, not the
        # item's owner (the adopted project is the client's), as ``Supplier`` was not
        "provider",
        "contractor",
        "subcontractor",
        "consultancy",
        "integrator",
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

#: Words of an organisation's name, never of a person's (round 14): legal forms (``Northwind
#: Systems Ltd``, ``Contoso GmbH``, ``Maju Sdn Bhd``) and the nouns of companies and public
#: bodies (``ICT Authority``, ``Ministry of Lands``, ``Contoso Networks``).
_ORGANISATION_WORDS = ORGANISATION_WORDS


def _organisation(value: str) -> bool:
    return bool({w.lower().strip(",") for w in value.split()} & _ORGANISATION_WORDS)


def organisation_share(values: list[CellValue]) -> float:
    """Share of the different filled values named as organisations by their words
    (``Northwind Systems Ltd``, ``ICT Authority``): a column where half of them are holds
    organisations, though others read like names (``Kenya Power``, ``Fabrikam Facilities``;
    round 14)."""
    distinct = {str(v).strip().casefold() for v in values if not is_blank(v)}
    if not distinct:
        return 0.0
    return sum(1 for v in distinct if _organisation(v)) / len(distinct)


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
            # counted once, not by a scan of every row per first word (round 30: a
            # register's titles have about as many first words as rows)
            n * 2 > len(present) and len(distinct.get(f, ())) >= 2
            for f, n in Counter(firsts).items()
        )
    ):
        return 0.0
    # rt36: a column of two-item lists whose words swap places (``Paris, London``,
    # ``London, Berlin``) names no one surname first
    lists = swapped_list_words([v for v in present if isinstance(v, str)])
    names = sum(
        1
        for v in present
        if isinstance(v, str)
        and (
            (
                # round 36 (lx36): or written surname first (``Wagner, Theresa``)
                (
                    _is_person(v.strip())
                    or (not lists and _is_person(surname_first_reading(v) or ""))
                )
                and v.strip().lower() not in _NOT_PEOPLE
                and len(v.strip()) <= 40
                and not _organisation(v)
            )
            or ("@" in v and names_someone(v))  # round 25: an e-mail address names a person
        )
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


#: Round 32 (red team of round 31): the words round 31 reads as a milestone's Complete
#: because a contract or a gate was signed, awarded or approved.
_APPROVAL_WORDS = frozenset(
    {"signed", "contract signed", "awarded", "contract awarded", "approved", "signed off"}
)


def approvals_mostly(values: list[CellValue]) -> bool:
    """Whether half or more of a column's filled values are approval words (``Signed``,
    ``Awarded``, ``Approved``): under a header that names no status (``Contract``,
    ``Approval status``), such a column says a contract or a paper's state, not whether the
    milestone is reached. Read by its values as the status, every milestone whose works
    contract was signed became Complete, dates ahead included. Under ``Status`` the header
    decides, as round 31 ruled."""
    present = [" ".join(cell_text(v).casefold().split()) for v in values if not is_blank(v)]
    return bool(present) and 2 * sum(1 for t in present if t in _APPROVAL_WORDS) >= len(present)


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
        and not (register_key == "milestones" and approvals_mostly(values))
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
    if (
        "id" in keys
        and register_id_share(values, register_key) >= 1.0
        # round 38 (t47a): another document's number (``Ata n.º``, the minutes a decision
        # was taken in: ``CD-03/2026``) is not the item's own, whatever its codes look like
        and not document_reference(header)
    ):
        # every value an ID of the register's own prefix (``RSK-012``, ``RQ-3``): its ID
        # column, whatever the header says (round 8)
        prefix = id_prefix(values) or ""
        out.append(Candidate("id", CONTENT, f"(values are {prefix}- IDs, the register's prefix)"))
    elif "id" in keys and (named := header_named_prefix(header, values, register_key)):
        # round 41 (ox41b): ``PÄ-Nr.`` over ``PÄ-001``, ``PÄ-002``: the header names the
        # codes' own letters and a number word, so the column numbers the list's items
        out.append(Candidate("id", CONTENT, f"(header and values number {named}- items)"))
    words = {w for r in readings for w in r.split()}
    person = PERSON_COLUMN.get(register_key, "owner")
    if person == "made_by" and words & FOLLOW_UP:
        person = ""  # round 23 (its last hour): "Action owner" follows a decision up
    if person in keys and not words & _THING_WORDS and person_share(values) >= 0.7:
        out.append(Candidate(person, CONTENT, "(values are person names)"))
    # a bare date word in English, or (round 31) a header whose whole reading in another
    # language is one (``Fecha``, ``Datum``, ``Olunaku``, ``Itariki``: a date, a day)
    if any(set(r.split()) <= _DATE_WORDS for r in readings) and date_share(values) >= 0.8:
        due = register.due_column or ("date" if "date" in keys else None)
        if due is not None:
            out.append(Candidate(due, CONTENT, BARE_DATE_GUESS))
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
        and _is_person(v.strip())
        and v.strip().lower() not in _NOT_PEOPLE
        and not {w.lower() for w in v.split()} & _THING_WORDS
        and not _organisation(v)
    )
    return names / len(present)


#: A header word naming a person of the other side, not the side itself (round 36, t42d).
_PERSON_WORD = re.compile(r"\b(?:owner|contact|person)\b", re.IGNORECASE)

#: Columns a party word (``Provider``, ``Supplier``, ``Vendor``) can mean: the other side's
#: person, or the other side itself (round 5); the values decide.
_PARTY_COLUMNS = ("counterparty_owner", "counterparty_project_id")


def party_by_values(
    scored: dict[int, list[Candidate]], values_of: dict[int, list[CellValue]], register_key: str
) -> None:
    """A column read as the other party's owner by a party word (``Provider``,
    ``Supplier``) whose values are no people (``Platform team``) is the other party itself,
    the counterparty (round 5), when no other column of the table reads as that. A column
    of e-mail addresses (``Their contact``: ``ppa@metro.example.gov.za``) is where to reach
    someone on the other side, a person or their team's mailbox: it stays the other
    party's owner (round 27's last hour)."""
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
        if name_share(present) > 0.2 and organisation_share(present) < 0.5:
            continue
        if _PERSON_WORD.search(cands[0].synonym) and organisation_share(present) == 0:
            # round 36 (t42d): a header that names the other side's PERSON (``Counterparty
            # owner``, Korean ``상대 담당자``) whose values name no organisation keeps its
            # person, even in a script whose names adoption cannot tell (``최영호``)
            continue
        if all(is_address(v) for v in present):
            continue  # round 27's last hour: e-mail addresses are a contact's, no party's
        top = cands[0]
        moved = Candidate("counterparty_project_id", top.confidence, f"{top.synonym} (not people)")
        scored[col] = [moved, *(c for c in cands if c.column_key not in _PARTY_COLUMNS)]
        return


#: Header words saying the column is a rating on a scale (round 15): an issue's ``Rating``
#: of Critical / High / Low is its Severity (a scale), not its Priority (a list).
RATING = re.compile(r"\b(?:rating|rated|grade|grading|level|score)\b", re.IGNORECASE)

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
    list_columns = [
        column
        for column in layout.REGISTERS_BY_KEY[register_key].columns
        if column.kind == "list" and column.key != "status" and column.list_name in lists
    ]
    fits = [
        column.key
        for column in list_columns
        if present <= {item.casefold() for item in lists[column.list_name or ""]}
    ]
    if not fits and all(len(value.strip()) > 1 for value in present):
        # round 34: the list's values in the legacy or local words a conversion reads them
        # by (a CapEx / OpEx column of ``Capital`` / ``Operating``, ``Investissement`` /
        # ``Fonctionnement``), two of its items or more named: that list's column, as its
        # own words are (before, such a column under ``Type`` was left out). Words, not
        # letters: ``H`` / ``M`` / ``L`` name the items of every scale alike, so an
        # assumption log's ``Priority`` of letters is no confidence (round 25's golf club)
        fits = [
            column.key
            for column in list_columns
            if _named_items(present, lists[column.list_name or ""])
        ]
    if len(fits) != 1:
        return []
    if RATING.search(header) and any(
        c.kind == "scale" and not c.computed for c in layout.REGISTERS_BY_KEY[register_key].columns
    ):
        return []  # a rating is a scale's: see by_values.list_by_values (round 15)
    words = {w for r in readings for w in r.split()}
    confidence = 0.85 if readings and words <= _CLASS_WORDS else CONTENT
    return [Candidate(fits[0], confidence, "(values are its list)")]


def _named_items(present: set[str], items: list[str]) -> bool:
    """True when every value of ``present`` (casefolded) is an item of ``items`` or names
    one through its legacy aliases (:data:`~addin.adopt.aliases.LIST_ALIASES`) or its
    English translation (``languages.toml``'s values), and two items or more are named, not
    all of them items many lists share (:data:`_SHARED_LIST_VALUES`)."""
    by_key = {" ".join(item.casefold().split()): item for item in items}
    named: set[str] = set()
    for value in present:
        key = " ".join(value.split())
        english = translate(value, "values")
        keys = [key, *([" ".join(english.casefold().split())] if english else [])]
        found = next(
            (
                by_key[k]
                for k in keys
                for k in (k, *(o.casefold() for o in LIST_ALIASES.get(k, ())))
                if k in by_key
            ),
            None,
        )
        if found is None:
            return False
        named.add(found)
    # items many lists share (``High`` / ``Low``, ``Y`` / ``N``) say nothing of which list:
    # a Polish ``Tak`` / ``Nie`` flag is no gate, an Icelandic weight's grades no priority
    return len(named) >= 2 and not {n.casefold() for n in named} <= _SHARED_LIST_VALUES


def short_lines(values: list[CellValue]) -> bool:
    """True when the filled values read as titles: one line each, mostly short."""
    texts = [v.strip() for v in values if isinstance(v, str) and v.strip()]
    if len(texts) < 2 or any("\n" in t for t in texts):
        return False
    lengths = sorted(len(t) for t in texts)
    return lengths[len(lengths) // 2] <= 60 and lengths[-1] <= 100


def noun_as_title(
    scored: dict[int, list[Candidate]],
    columns: Mapping[int, list[CellValue]],
    heads: Mapping[int, str],
    register_key: str,
) -> None:
    """In place (round 29): a register with a title and no column reading as one: a column
    headed by the record's noun alone (``Task``, ``Card``, ``Item``, ``Ticket``: what a
    tool calls each row) whose values read as titles is the title. A task tool's export
    names its record's name so (Teamwork's ``Task``); the noun is dropped from headers
    when matching (``Task Name`` is the name), so the noun alone matched nothing and the
    description was taken as the title. Not where another column reads as the title, nor
    over long or multi-line texts (a note), nor over numbers (``Item`` over 1, 2, 3)."""
    keys = {c.key for c in layout.REGISTERS_BY_KEY[register_key].columns}
    if "title" not in keys or any(
        c.column_key == "title" and c.confidence >= MINIMUM for cs in scored.values() for c in cs
    ):
        return
    nouns = set(GENERIC_NOUNS) | {f"{n}s" for n in GENERIC_NOUNS}
    for col, head in heads.items():
        if " ".join(head.casefold().split()) not in nouns:
            continue
        if any(c.confidence >= MINIMUM for c in scored.get(col, [])):
            continue
        if short_lines(list(columns.get(col, []))):
            scored[col] = [Candidate("title", CERTAIN, f"(the record's noun {head!r}: its name)")]
            return


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


# --- Round 8: columns mapped by their content alone ------------------------------------

#: An item ID: letters, maybe a separator, a number (``RSK-012``, ``R7``, ``ISS_3``).
_ID_VALUE = re.compile(r"^([A-Za-z]{1,6})\s?[-_.#/]?\s?(\d{1,6})$")


def id_prefix(values: list[CellValue]) -> str | None:
    """The letters every filled value starts with, when each value is those letters and a
    number and no two values are the same (two values at least); else None."""
    present = [str(v).strip() for v in values if not is_blank(v)]
    if len(present) < 2 or len(set(p.casefold() for p in present)) < len(present):
        return None
    prefixes = set()
    for text in present:
        match = _ID_VALUE.match(text)
        if match is None:
            return None
        prefixes.add(match.group(1).upper())
    return prefixes.pop() if len(prefixes) == 1 else None


#: Round 41 (ox41b): a header of a code's letters and a number word (``PÄ-Nr.``, ``PA No.``,
#: ``CCR #``, ``AR-Nummer``), and a code of letters (any alphabet's) and a number.
_PREFIX_NUMBER_HEADER = re.compile(
    r"^\s*([^\W\d_]{1,5})\s*[-.]?\s*(?:nr|no|nummer|number|num|#)\.?\s*:?\s*$", re.IGNORECASE
)
_LETTERS_NUMBER = re.compile(r"^([^\W\d_]{1,5})\s?[-_./#]?\s?(\d{1,6})$")


def header_named_prefix(header: str, values: list[CellValue], register_key: str) -> str | None:
    """Round 41 (ox41b): the letters a header and its column's codes share, when the header
    is those letters and a number word (``PÄ-Nr.``) and every filled value is those letters
    and a number, all different (two at least): the items' own numbers, whatever the
    letters abbreviate (a method's ``PÄ``, Problem / Änderung). Not another object's
    letters (``CHG``, ``PO``: :data:`OTHER_OBJECTS`) nor another register's (``MS``)."""
    head = _PREFIX_NUMBER_HEADER.match(header.strip())
    if head is None:
        return None
    letters = head.group(1)
    present = [str(v).strip() for v in values if not is_blank(v)]
    if len(present) < 2 or len({p.casefold() for p in present}) < len(present):
        return None
    for text in present:
        code = _LETTERS_NUMBER.match(text)
        if code is None or code.group(1).casefold() != letters.casefold():
            return None
    upper = letters.upper()
    if upper in OTHER_OBJECTS or (upper.isascii() and another_registers(upper, register_key)):
        return None
    return upper


#: Round 27: a compound item code, letters and numbers joined by marks and ending in the
#: item's number (``HW-R01``, ``PRJ-042-R-007``, ``R.2.14``, ``CAPA-26-014``): no spaces.
_COMPOUND_ID = re.compile(r"^[A-Za-z0-9]+(?:[-_./#][A-Za-z0-9]+)*$")
_DIGITS = re.compile(r"\d+")
_LETTERS = re.compile(r"[A-Za-z]+")


def compound_id_prefix(values: list[CellValue]) -> str | None:
    """Round 27: the letters that name the item in a column of compound codes, else None.

    A team that numbers its items inside a project, a workstream or a category writes the
    code in parts (``HW-R01`` is risk 1 of the hardware stream, ``PRJ-042-R-007`` risk 7
    of project 42, ``R.2.14`` risk 14 of category 2). The codes of one column are one
    register's when every filled value has the SAME shape once its numbers are set aside
    (``HW-R#``, ``PRJ-#-R-#``, ``R.#.#``), the shape holds letters and ends in a number, and
    no two values are the same (two values at least). The item's letters are the last
    letters before its number (``R`` in each example): the prefix :func:`id_prefix` gives
    for a simple code. A shape without letters (``1.2.3``, an outline or WBS number) or with
    spaces (``Phase 1 step 2``) is no item code; nor are codes whose letters differ
    (``Jan-26``, ``Feb-26``: month labels)."""
    present = [str(v).strip() for v in values if not is_blank(v)]
    if len(present) < 2 or len(set(p.casefold() for p in present)) < len(present):
        return None
    shapes = set()
    for text in present:
        if _COMPOUND_ID.match(text) is None or not text[-1].isdigit():
            return None
        shapes.add(_DIGITS.sub("#", text.upper()))
    if len(shapes) != 1:
        return None
    letters = _LETTERS.findall(shapes.pop())
    return letters[-1] if letters else None


def _register_names(register_key: str) -> tuple[str, ...]:
    """The register's words in English and in the languages of ``languages.toml``. Round 36
    (vx36): an issue log's also a contract's query log's (``register_names.QUERY_LOG_WORDS``):
    a supplier's technical queries numbered ``TQ-014``, its RFIs ``RFI-007``."""
    english = set(REGISTER_WORDS.get(register_key, ()))
    if register_key == "issues":
        english |= set(QUERY_LOG_WORDS)
    foreign = {
        " ".join(key)
        for key, target in lexicon("words").phrases.items()
        if target in english and len(key) == 1
    }
    return tuple(sorted(english | foreign))


def abbreviates(prefix: str, word: str) -> bool:
    """True when ``prefix`` is ``word``'s first letter and then letters of it in order
    (``RSK`` of risk, ``RQ`` of risque, ``DEP`` of dependency)."""
    prefix, word = prefix.casefold(), "".join(words_of(word))
    if len(prefix) < 2 or not word or prefix[0] != word[0]:
        return False
    rest = iter(word[1:])
    return all(ch in rest for ch in prefix[1:])


#: Prefixes of the other things a PMO numbers, never a register's own items, though their
#: letters happen to abbreviate a register's name in some language (red team of round 8):
#: change requests (``CR`` of criticità, ``RFC``, ``CHG``), purchase and work orders (``PO``
#: of problem, ``WO``), actions (``AP``, ``AI`` of assumption, ``ACT``), cost centres (``CC``
#: of criticità), work packages, projects, invoices, requirements, tasks.
OTHER_OBJECTS = frozenset(
    {"CR", "CRQ", "RFC", "CHG", "PO", "WO", "AP", "AI", "ACT", "CC", "WP", "PRJ", "INV"}
    | {"REQ", "TSK", "TASK"}
    # red team of round 10: service requests and sales orders (SR, SO of Turkish sorun),
    # business requirements (BR of Swedish beroende), key results (KR of Indonesian
    # ketergantungan, Turkish karar), bugs (BUG of Danish beslutning)
    | {"SR", "SO", "BR", "KR", "BUG"}
    # red team of round 29: engineering's change notices and requests (a design or
    # document change notice ``DCN-004``, an engineering change ``ECN`` / ``ECR``); ``DCN``
    # also spells decision's consonants, but a change log is what it numbers
    | {"DCN", "DCR", "ECN", "ECR"}
)


def register_id_share(values: list[CellValue], register_key: str) -> float:
    """1.0 when the column's values are IDs of the register's own prefix (its standard one,
    ``R`` for risks, or one abbreviating its name in any language of ``languages.toml``:
    ``RSK``, ``RISK``, ``RQ``, ``ISS``, ``DEP``), all different; else 0.0. A shared prefix
    naming something else (``CC-100``, ``WP-3``) is no item ID of the register."""
    prefix = id_prefix(values)
    if prefix is None:
        return 0.0
    register = layout.REGISTERS_BY_KEY[register_key]
    if register.id_prefix and prefix == register.id_prefix.upper():
        return 1.0
    if prefix in OTHER_OBJECTS:
        return 0.0  # "CR-014" abbreviates criticità, but it is a change request
    if another_registers(prefix, register_key):
        return 0.0  # "MS-01" in an issue log (Indonesian masalah): the milestone it touches
    return 1.0 if any(abbreviates(prefix, w) for w in _register_names(register_key)) else 0.0


def another_registers(prefix: str, register_key: str) -> bool:
    """True when ``prefix`` abbreviates another register's English name (``MS`` of
    milestone, ``DEP``) and not this register's: another register's items, referred to
    (red team of round 10)."""
    if any(abbreviates(prefix, w) for w in REGISTER_WORDS.get(register_key, ())):
        return False
    return any(
        _abbreviates_phrase(prefix, w)
        for key, words in REGISTER_WORDS.items()
        if key not in (register_key, "finance")
        for w in words
    )


def _abbreviates_phrase(prefix: str, phrase: str) -> bool:
    """:func:`abbreviates` for one word; a phrase of several (``reportable event``, ``key
    date``) is abbreviated word by word: each word's first letter in turn, each maybe
    followed by more of its letters in order (``RE``, ``KD``, ``NCR`` of ``non
    conformance``), never by letters of one word alone (``RR``, a Vietnamese risk's code,
    spells no reportable event: round 30)."""
    parts = [w for w in (words_of(part) for part in phrase.split()) if w]
    words = ["".join(w) for w in parts]
    if len(words) < 2:
        return abbreviates(prefix, phrase)
    return _spells(prefix.casefold(), words)


def _spells(letters: str, words: list[str]) -> bool:
    """Whether ``letters`` are each word's first letter in turn, each maybe followed by
    more of that word's letters in order."""
    if not words:
        return not letters
    if not letters or letters[0] != words[0][0]:
        return False
    word, rest = words[0], letters[1:]
    for taken in range(len(rest) + 1):  # how many more letters this word gives
        extra = iter(word[1:])
        if all(ch in extra for ch in rest[:taken]) and _spells(rest[taken:], words[1:]):
            return True
    return False


#: Header words saying a column holds a score or rating (``Score``, ``Rating``, ``(1-5)``).
_SCORE_HEADER = re.compile(
    r"\b(?:score|scores|rating|rated|level|scale|grade|points?|1\s*-\s*5|1\s*to\s*5)\b",
    re.IGNORECASE,
)


def _one_to_five(values: list[CellValue]) -> bool:
    """True when every filled value is a whole number 1-5, and there are two at least."""
    present = [v for v in values if not is_blank(v)]
    if len(present) < 2:
        return False
    for value in present:
        text = str(value).strip()
        try:
            number = float(text)
        except ValueError:
            return False
        if number != int(number) or not 1 <= number <= 5:
            return False
    return True


def score_pair(
    scored: dict[int, list[Candidate]],
    values_of: dict[int, list[CellValue]],
    headers: dict[int, str],
    register_key: str,
) -> None:
    """Two columns side by side, each of whole numbers 1-5 under a header that says only
    "a score" (``Score A``, ``Rating 1``, ``Level (1-5)``) and reads as no column but
    perhaps the computed Score by a part of it (``Score A``; a ``Risk Score`` or a ``Rating``
    named so is the computed one, whatever its numbers), in a
    register with a probability and an impact and neither mapped: the left one is the
    Probability and the right one the Impact, as risk matrices write them (round 8), at
    :data:`CONTENT` (flagged). Never without the score words in both headers: two columns
    of small numbers are not a probability and an impact by themselves."""
    keys = {c.key for c in layout.REGISTERS_BY_KEY[register_key].columns}
    if not {"probability", "impact"} <= keys:
        return
    if any(
        c.column_key in ("probability", "impact") and c.confidence >= MINIMUM
        for cands in scored.values()
        for c in cands
    ):
        return
    computed = {c.key for c in layout.REGISTERS_BY_KEY[register_key].columns if c.computed}
    loose = [
        col
        for col in sorted(headers)
        if _SCORE_HEADER.search(headers[col])
        and _one_to_five(values_of.get(col, []))
        and not any(
            c.confidence >= MINIMUM and (c.column_key not in computed or c.confidence >= 0.95)
            for c in scored.get(col, [])
        )
    ]
    pairs = [(a, b) for a, b in pairwise(loose) if b == a + 1]
    if len(loose) != 2 or len(pairs) != 1:
        return  # none, or more than one way to pair them: ambiguous, left out
    left, right = pairs[0]
    scored[left] = [Candidate("probability", CONTENT, "(values are 1-5 scores, left of a pair)")]
    scored[right] = [Candidate("impact", CONTENT, "(values are 1-5 scores, right of a pair)")]


# --- Round 13: who filled a form in --------------------------------------------------------

#: The columns of the item's own text: a column of people's names is none of them.
_ITEM_TEXT = frozenset({"title", "description", "milestone", "assumption", "decision"})


def form_respondent(
    scored: dict[int, list[Candidate]], all_values: dict[int, list[CellValue]]
) -> None:
    """A column of people's names that are, row by row, the names of the e-mail addresses
    in another column (MS Forms' and Google Forms' ``Email`` and ``Name``) says who filled
    the row in: it is never the item's own text, so its readings as the title, description,
    milestone, assumption or decision are dropped (round 13). A person column (``Owner``
    beside ``Owner Email``) keeps its owner reading."""
    from addin.adopt.people import person_name  # people reads nothing of this module

    for email_col, emails in all_values.items():
        names = [person_name(v) if isinstance(v, str) else None for v in emails]
        if sum(1 for n in names if n) < 2:
            continue
        for col, cands in list(scored.items()):
            if col == email_col or not any(c.column_key in _ITEM_TEXT for c in cands):
                continue
            pairs = [
                (n, str(v).strip())
                for n, v in zip(names, all_values.get(col, []), strict=False)
                if n and not is_blank(v)
            ]
            if len(pairs) >= 2 and all(n.casefold() == v.casefold() for n, v in pairs):
                kept = [c for c in cands if c.column_key not in _ITEM_TEXT]
                keep_candidates(scored, col, kept)


_ID_CODE = re.compile(r"(?=.*[^\W\d_])(?=.*\d)\S+$")


def row_number_beside_id(
    scored: dict[int, list[Candidate]], values_of: dict[int, list[CellValue]]
) -> None:
    """A column numbering the rows 1, 2, 3 ... (``Lp.``, ``S No``, ``#``) beside another
    column read as the ID first whose every cell is a distinct code (``R-101``) is the row's
    number, not the item's: its ID reading is dropped, so the register's own IDs are
    adopted as written (red team of round 13's columns). A row number alone stays the ID."""
    id_cols = [col for col, cands in scored.items() if any(c.column_key == "id" for c in cands)]
    if len(id_cols) < 2:
        return
    # the codes must read as the ID first (``Other project ref`` of ``PRJ-0245`` codes is
    # the other project's, read first as the counterparty's ID)
    coded = [
        col
        for col in id_cols
        if max(scored[col], key=lambda c: c.confidence).column_key == "id"
        and _distinct_codes(values_of.get(col, []))
    ]
    if not coded:
        return
    for col in id_cols:
        if col in coded or not _numbers_the_rows(values_of.get(col, [])):
            continue
        kept = [c for c in scored[col] if c.column_key != "id"]
        keep_candidates(scored, col, kept)


def _numbers_the_rows(values: list[CellValue]) -> bool:
    filled = [v for v in values if not is_blank(v)]
    if len(filled) < 2 or len(filled) != len(values):
        return False
    numbers = []
    for v in filled:
        if isinstance(v, bool) or not isinstance(v, int | float | str):
            return False
        text = str(v).strip().rstrip(".")
        try:
            number = float(text)
        except ValueError:
            return False
        numbers.append(number)
    return numbers == [float(i) for i in range(1, len(numbers) + 1)]


def _distinct_codes(values: list[CellValue]) -> bool:
    codes = [str(v).strip() for v in values if not is_blank(v)]
    return (
        len(codes) >= 2 and len(set(codes)) == len(codes) and all(_ID_CODE.match(c) for c in codes)
    )


def _sense_words(cand: Candidate) -> set[str]:
    if not cand.synonym.startswith(SENSE_PREFIX):
        return set()
    return set(cand.synonym[len(SENSE_PREFIX) :].rstrip(")").split(" + "))


def original_beside_revised(scored: dict[int, list[Candidate]]) -> None:
    """Where a register has one date for both (a risk's or issue's due date), a column read
    so as the *planned* one (``Original Target Date``, ``Target Date (Original)``) beside a
    column read so as the *forecast* one (``Revised Target Date``, ``(Revised)``,
    ``(Current)``) is the superseded date: it loses that reading, so the revised date is
    adopted (red team of round 13's columns; both were read at 0.85 and the leftmost won).
    Alone, the original is still the due date."""
    revised_keys = {
        c.column_key for cands in scored.values() for c in cands if "forecast" in _sense_words(c)
    }
    if not revised_keys:
        return
    for col, cands in list(scored.items()):
        stale = [
            c
            for c in cands
            if c.column_key in revised_keys
            and "plan" in _sense_words(c)
            and "forecast" not in _sense_words(c)
        ]
        if not stale:
            continue
        kept = [c for c in cands if c not in stale]
        keep_candidates(scored, col, kept)


#: Round 41 (ox41b): the words that make a date the first one planned.
_ORIGINAL_WORDS = ("original", "orig", "initial", "baseline")


def current_beside_original(
    scored: dict[int, list[Candidate]], headers: Mapping[int, str], register_key: str
) -> None:
    """Round 41 (ox41b), in place: in a register with a baseline and a forecast date (a
    milestone plan), a header that is another header's words with ``Original`` (or
    ``Initial``, ``Baseline``) before them (``Original target date`` beside ``Target
    date``) is the first plan; the same words alone are the date as it stands now: the
    forecast. Both were read as the baseline, and the original was left unread. Only where
    no column is read as the forecast already; a plan whose ``Target date`` stands alone
    keeps it as the baseline. Round 42 (rt42): the word ``Original`` after the words as
    well as before them (``Target date (original)``, ``Planned date - initial``), and "read
    as the forecast" is a column's first reading: ``Planned date``, whose second reading is
    a forecast, no longer stops the rule for itself."""
    keys = {c.key for c in layout.REGISTERS_BY_KEY[register_key].columns}
    if not {"baseline_date", "forecast_date"} <= keys:
        return
    if any(cands[0].column_key == "forecast_date" for cands in scored.values() if cands):
        return
    texts = {col: " ".join(words_of(headers.get(col, ""))) for col in scored}
    for col, text in texts.items():
        if not text or not any(c.column_key == "baseline_date" for c in scored[col]):
            continue
        twins = {f"{w} {text}" for w in _ORIGINAL_WORDS} | {f"{text} {w}" for w in _ORIGINAL_WORDS}
        originals = [
            other
            for other, words in texts.items()
            if other != col
            and words in twins
            and any(c.column_key == "baseline_date" for c in scored[other])
        ]
        if len(originals) != 1:
            continue
        scored[col] = [
            Candidate("forecast_date", c.confidence, c.synonym)
            if c.column_key == "baseline_date"
            else c
            for c in scored[col]
            if c.column_key != "forecast_date"
        ]
        return


#: The words of a remarks column read (weakly) as the item's description: a tool's
#: ``Notes`` (Asana), in English or read through the languages file (``Megjegyzés``).
NOTE_WORDS = frozenset({"notes", "note"})


def remarks_reading(cand: Candidate) -> bool:
    """Whether a column's reading is a remarks column's (round 28): a register's own
    ``notes`` field, or the weak description reading of a ``Notes`` header. Every register
    keeps remarks beside its items, so such a header says nothing about which list a
    table is."""
    return cand.column_key == "notes" or (
        cand.column_key == "description" and cand.synonym in NOTE_WORDS
    )


def sparse_notes(
    scored: dict[int, list[Candidate]],
    values_of: dict[int, list[CellValue]],
    tool_export: bool = False,
) -> None:
    """A notes column filled on half of the table's rows or fewer (a remark here and there,
    ``Chased supplier``, or none yet) is a running comment beside the items, not their
    description (round 14): its description reading, a weak synonym, is dropped and the
    column is listed. A tool's notes field filled on most rows (Asana's ``Notes``) keeps it.

    Round 23: so is a notes column whose filled cells repeat the same few remarks (``See
    board paper`` on one row in three, ``Raised at the weekly meeting`` on others, or one
    stock remark on every row): an item's description is its own, and a column where at
    most half the filled cells are texts of their own (distinct) holds remarks about the
    items, not their text.

    Round 27's last hour: in a known tool's export (``tool_export``: its headers are the
    tool's own field set, ``exports``) the notes field is the one text the tool keeps
    beside the record's name, its description, whatever the team wrote there: filled on
    most rows, it keeps its reading even when the remarks repeat (a hand-built log's
    ``Notes`` of stock remarks is still listed)."""
    for col, cands in list(scored.items()):
        weak = [c for c in cands if c.column_key == "description" and c.synonym in NOTE_WORDS]
        values = values_of.get(col, [])
        if not weak or not values:
            continue
        filled = [str(v).strip().casefold() for v in values if not is_blank(v)]
        if 2 * len(filled) > len(values) and (tool_export or not _repeated_remarks(filled)):
            continue
        kept = [c for c in cands if c not in weak]
        keep_candidates(scored, col, kept)


def _repeated_remarks(filled: list[str]) -> bool:
    """Whether a notes column's filled cells (three or more) are the same few remarks
    again: at most half of them distinct (``sparse_notes``, round 23)."""
    return len(filled) >= 3 and 2 * len(set(filled)) <= len(filled)


#: Round 17: a header that numbers the rows and names nothing of the item: a number sign
#: alone (``#``, ``№``, ``No.``, ``Nº``, ``Nr.``) or a "row / sequence number" in the
#: languages registers are kept in (``S.No``, ``Sr. No.``, ``Sl. No.``, ``Lp.``, ``Nr.
#: crt.``, ``Zap. št.``, ``Eil. Nr.``, ``№ п/п``, ``R. br.``, ``Poř. č.``, ``Lfd. Nr.``,
#: ``Sorszám``). ``Risk No.``, ``ID`` or ``Ref`` name the item's own number: never these.
_ROW_NUMBER_HEADER = re.compile(
    r"^(?:#|№|n|no|nº|n°|nr|num|s ?no|sr ?no|sl ?no|s ?n|serial ?no|lp|l ?p|nr ?crt|"
    r"zap ?št|eil ?nr|№ ?п ?п|п ?п|r ?br|rb|poř ?č|lfd ?nr|sorszám|sor ?sz)$"
)
#: A system key: a GUID (Teams, SharePoint, Dataverse and Power Automate exports).
_GUID = re.compile(r"^\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}?$", re.I)


def row_number_header(header: str) -> bool:
    """True for a header that only numbers the rows (``№``, ``#``, ``S.No``, ``Lp.``)."""
    text = re.sub(r"[.:/()\-_]+", " ", header.casefold())
    return bool(_ROW_NUMBER_HEADER.match(" ".join(text.split())))


def system_keys(values: list[CellValue]) -> bool:
    """True when every filled value (two or more) is a GUID, or a random token (below): a
    tool's record key, which nobody quotes."""
    filled = [str(v).strip() for v in values if not is_blank(v)]
    if len(filled) >= 2 and all(_GUID.match(v) for v in filled):
        return True
    return _random_tokens(filled)


#: A token a tool draws at random for a record (Microsoft Planner's ``Task ID``, a Notion
#: page id): ten characters or more of letters and digits (and ``-`` / ``_``), with no
#: spaces.
_TOKEN = re.compile(r"^[A-Za-z0-9_-]{10,}$")
#: The shape a person quotes: a prefix and a running number (``RISK-0012``, ``INC0012345``).
_PREFIX_AND_NUMBER = re.compile(r"^[A-Za-z]*[-_ ]?\d+$")


def _random_tokens(filled: list[str]) -> bool:
    """Round 23: whether a key column's filled values (three or more) are random tokens, a
    tool's record keys that nobody quotes: each a :data:`_TOKEN` with letters in it, none
    of a prefix-and-number shape, digits in at least half of them, and no first character
    common to all (a tool that numbers its records in order, ClickUp's ``86b…`` keys or
    Airtable's ``rec…``, gives them a common start; a person's code has a prefix)."""
    if len(filled) < 3 or not all(_TOKEN.match(v) for v in filled):
        return False
    if any(_PREFIX_AND_NUMBER.match(v) or not re.search(r"[A-Za-z]", v) for v in filled):
        return False
    if 2 * sum(1 for v in filled if re.search(r"\d", v)) < len(filled):
        return False
    return len({v[0].casefold() for v in filled}) > 1


def row_numbers_not_ids(
    scored: dict[int, list[Candidate]],
    headers: dict[int, str],
    all_values: dict[int, list[CellValue]],
) -> None:
    """Round 17, in place. A column of GUIDs is a tool's record key (Teams, SharePoint,
    Dataverse), and so is one of random tokens (Planner, round 23): its ID reading is
    dropped (IDs are generated). A column numbering the rows 1,
    2, 3 ... under a header that only numbers them (``№``, ``#``, ``S.No``, ``Zap. št.``)
    beside a column nothing reads whose every cell is a distinct code of one prefix
    (``PR-01``, ``PR-02`` under ``Oznaka``, ``Sigla``) is the row's place: the codes are the
    ID (content, 0.80: flagged for review). A row number with no such codes beside it stays
    the ID, as round 13 read it (the IDs come out the same, ``R-001``...)."""
    for col, cands in list(scored.items()):
        if any(c.column_key == "id" for c in cands) and system_keys(all_values.get(col, [])):
            _drop_id(scored, col)
    ids = [col for col, cands in scored.items() if any(c.column_key == "id" for c in cands)]
    if len(ids) > 1:
        ids = _named_id_over_row_number(scored, headers, all_values, ids)
    if len(ids) != 1:
        return
    (col,) = ids
    if not (row_number_header(headers.get(col, "")) and _numbers_the_rows(all_values.get(col, []))):
        return
    coded = [
        other
        for other, values in all_values.items()
        if other not in scored
        and _distinct_codes(values)
        and _one_prefix(values)
        # round 18: an item's code is on every row; codes on some rows are links to others
        and not any(is_blank(v) for v in values)
    ]
    if len(coded) == 1:
        _drop_id(scored, col)
        scored[coded[0]] = [Candidate("id", 0.8, "(values are distinct codes of one prefix)")]


def running_number(header: str, values: list[CellValue]) -> bool:
    """True for a column that only numbers the rows: a row-number header (``No.``, ``#``)
    over 1, 2, 3 ... on every row (round 24's last hour). It is no measure of the items."""
    return row_number_header(header) and _numbers_the_rows(values)


def _named_id_over_row_number(
    scored: dict[int, list[Candidate]],
    headers: dict[int, str],
    all_values: dict[int, list[CellValue]],
    ids: list[int],
) -> list[int]:
    """Round 24's last hour: a running number 1..N under a header that only numbers the
    rows (``No.``, ``#``) is no ID when another column read as the ID first, under a header
    that NAMES the ID (``ID``, ``Card ID``, ``Risk Ref``), holds a distinct value on every row
    (codes, or a tool's own numbers even when they too run 1..N): the running number loses
    its ID reading (the report lists it, unmapped); so does it beside another row-number
    header over distinct values that do not run 1..N (a tool's ``#`` of 4527, 4736). Two
    columns both running 1..N are left as they are: nothing tells them apart. The column
    ids left are returned."""
    named = [
        col
        for col in ids
        if max(scored[col], key=lambda c: c.confidence).column_key == "id"
        and _distinct_on_every_row(all_values.get(col, []))
        # a header naming the ID, or one numbering rows over values that do not run 1..N
        # (Redmine's ``#`` over 4527, 4736 beside a PM's ``No.``)
        and (
            not row_number_header(headers.get(col, ""))
            or not _numbers_the_rows(all_values.get(col, []))
        )
    ]
    if not named:
        return ids
    for col in ids:
        if (
            col not in named
            and row_number_header(headers.get(col, ""))
            and _numbers_the_rows(all_values.get(col, []))
        ):
            _drop_id(scored, col)
    return [col for col, cands in scored.items() if any(c.column_key == "id" for c in cands)]


def _distinct_on_every_row(values: list[CellValue]) -> bool:
    texts = [str(v).strip() for v in values if not is_blank(v)]
    return len(texts) >= 2 and len(texts) == len(values) and len(set(texts)) == len(texts)


#: Round 41 (ox41b): a machine's code (``i-0abc123``, ``prod-eu-1``, ``srv042``): no space,
#: a digit, a letter.
_MACHINE_CODE = re.compile(r"^(?=[^\s]*\d)(?=[^\s]*[A-Za-z])[A-Za-z0-9]+(?:[-_.:/][A-Za-z0-9]+)*$")


def codes_not_makers(
    scored: dict[int, list[Candidate]], values_of: Mapping[int, list[CellValue]]
) -> None:
    """Round 41 (ox41b), in place: who made a decision is a person or a body, never a code.
    A column read as the decision's maker whose every filled value (two or more) is a
    machine's code (an IT log's ``Instance`` over ``i-0abc123``, ``prod-eu-1``: the
    server the decision is about) is not its maker; its other readings stay. Round 42
    (rt42): only a header that names the maker weakly (``Instance``, ``Forum``: a weak
    synonym, :data:`addin.adopt.match.WEAK_SYNONYM`): one that
    says who decided for certain (``Approved by``, ``Approver``, ``Decided by``) keeps its
    codes, for a tool names its users and a company its staff by codes (``jsmith01``,
    ``E10234``) and a board its sittings (``SC-01``)."""
    for col, cands in list(scored.items()):
        if not any(c.column_key == "made_by" for c in cands):
            continue
        if any(c.column_key == "made_by" and c.confidence > WEAK_SYNONYM for c in cands):
            continue
        filled = [str(v).strip() for v in values_of.get(col, []) if not is_blank(v)]
        if len(filled) >= 2 and all(_MACHINE_CODE.match(v) for v in filled):
            keep_candidates(scored, col, [c for c in cands if c.column_key != "made_by"])


def names_not_dates(
    scored: dict[int, list[Candidate]],
    headers: Mapping[int, str],
    values_of: Mapping[int, list[CellValue]],
    register_key: str,
) -> None:
    """Round 41 (ox41b), in place: a header ending on ``by`` says a date (``Closed by``,
    ``Complete by``: the day it is done by) or a person (the one who closed it). Its values
    decide, however few: a column whose every filled value (one or more) is a person's
    name and none a date is not read as a date (``Closed by`` with one row's ``C. Brown``
    was read as the closed date, its one value then lost)."""
    kinds = {c.key: c.kind for c in layout.REGISTERS_BY_KEY[register_key].columns}
    for col, cands in list(scored.items()):
        if not any(kinds.get(c.column_key) == "date" for c in cands):
            continue
        if not any(r.endswith(" by") for r in normalise_header(headers.get(col, ""))):
            continue
        filled = [v for v in values_of.get(col, []) if not is_blank(v)]
        if not filled or any(parse_date(v) is not None for v in filled):
            continue
        if all(isinstance(v, str) and _is_person(v) for v in filled):
            kept = [c for c in cands if kinds.get(c.column_key) != "date"]
            keep_candidates(scored, col, kept)


#: Round 41 (ox41b): the change prefixes an issue log may number its own items by (a log of
#: requests for change is an issue log: ``CR-014``, ``RFC-7``).
_CHANGE_PREFIXES = frozenset({"CR", "CRQ", "RFC", "CHG", "DCR", "ECR"})
#: A ticket number a tool gives (ServiceNow's ``CHG0012345``, ``PRB0040123``): letters and
#: five digits or more, no mark between (a person's code has one: ``CHG-014``, kept).
_TICKET = re.compile(r"^([A-Za-z]{2,4})(\d{5,10})$")


def other_tools_ids(
    scored: dict[int, list[Candidate]],
    values_of: Mapping[int, list[CellValue]],
    register_key: str,
) -> None:
    """Round 41 (ox41b), in place: a column read as the register's ID whose every filled
    value (two or more) is a ticket of one other object's prefix (:data:`OTHER_OBJECTS`:
    a risk register's ``Ref`` of ``CHG0012345``, a change ticket in ServiceNow) is not the
    register's ID: it numbered the items in another tool, and keeping its number
    (``R-12345``) made the risk a number it never had; the items are numbered afresh. An
    issue log keeps a change prefix (its own requests for change)."""
    for col, cands in list(scored.items()):
        if not any(c.column_key == "id" for c in cands):
            continue
        filled = [str(v).strip() for v in values_of.get(col, []) if not is_blank(v)]
        tickets = [_TICKET.match(v) for v in filled]
        prefixes = {m.group(1).upper() for m in tickets if m is not None}
        if len(filled) < 2 or None in tickets or len(prefixes) != 1:
            continue
        (prefix,) = prefixes
        if prefix not in OTHER_OBJECTS:
            continue
        if register_key == "issues" and prefix in _CHANGE_PREFIXES:
            continue
        _drop_id(scored, col)


def _drop_id(scored: dict[int, list[Candidate]], col: int) -> None:
    kept = [c for c in scored[col] if c.column_key != "id"]
    keep_candidates(scored, col, kept)


def _one_prefix(values: list[CellValue]) -> bool:
    prefixes = {re.sub(r"\d+$", "", str(v).strip()) for v in values if not is_blank(v)}
    codes = [str(v).strip() for v in values if not is_blank(v)]
    return (
        len(prefixes) == 1
        and all(re.search(r"\d+$", c) for c in codes)
        and all(len(c) <= 16 for c in codes)
    )


#: Round 27's last hour: the header phrases that name the budget's own line an amount is
#: charged to (not what was bought): ``Budget Line``, ``Cost Line``, ``Budget Item``.
LINE_PHRASES = frozenset(
    {"budget line", "cost line", "budget item", "expense line", "budget head", "cost head"}
    # round 29: what a purchase-order or invoice log charges each amount to in an
    # accounting package's words: the cost centre, the budget code, the ledger account
    | {"cost centre", "cost center", "budget code", "gl account", "gl code", "nominal code"}
    # round 40 (ox40): a job ledger's job task (``synonyms.JOB_TASK_LINES``): the line each
    # entry is posted to, its description what was bought
    | JOB_TASK_LINES
)


#: Round 34: a rate card's grade read as a cost line (``~grade`` in the synonyms) and the
#: person words a T&M backup heads its named column with.
_GRADE_LINES = frozenset({"grade", "staff grade", "rate card grade"})
_PERSON_LINES = frozenset(
    {"consultant", "name", "resource", "staff member", "team member", "employee", "staff"}
    | {"person", "resource name", "staff name", "employee name"}
)


def grade_beside_person(scored: dict[int, list[Candidate]]) -> None:
    """In place, round 34: a finance table's grade gives up its cost-line reading when a
    column of the person billed reads as the line too (``Grade | Consultant`` as
    ``Consultant | Grade``: round 33 read the left one, so a grade written first was the
    line and two analysts' days were added up). A grade alone stays the line."""
    person = any(
        cands and cands[0].column_key == "cost_line" and cands[0].synonym in _PERSON_LINES
        for cands in scored.values()
    )
    if not person:
        return
    for col, cands in list(scored.items()):
        if cands and cands[0].column_key == "cost_line" and cands[0].synonym in _GRADE_LINES:
            keep_candidates(scored, col, [c for c in cands if c.column_key != "cost_line"])


def line_over_description(
    scored: dict[int, list[Candidate]], heads: Mapping[int, str] | None = None
) -> None:
    """In place: a finance log's ``Description`` gives up its cost-line reading when another
    column is headed as the budget's line (:data:`LINE_PHRASES`) and reads so for certain.
    In a log of one invoice a row, the description says what was bought and the budget line
    the line it was charged to (round 27's last hour: both read at 1.0 and the left one won).
    A description with no such column beside it stays the line (names beside codes too:
    ``codes.name_beside_code``)."""
    headed = any(
        c.column_key == "cost_line"
        and c.confidence >= CERTAIN
        # round 28: the header itself is the phrase (``Cost Line``, the standard's own name,
        # as written); a vocabulary word read as the line (``Concepto``, reported under the
        # standard's label) is no budget line's heading beside a description
        and (
            c.synonym in LINE_PHRASES
            or " ".join((heads or {}).get(col, "").casefold().split()) in LINE_PHRASES
        )
        for col, cands in scored.items()
        for c in cands[:1]
    )
    if not headed:
        return
    for col, cands in list(scored.items()):
        if cands and cands[0].column_key == "cost_line" and cands[0].synonym == "description":
            keep_candidates(scored, col, [c for c in cands if c.column_key != "cost_line"])
