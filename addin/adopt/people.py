"""People written the way tools and people write them. The standard workbook holds one
person's name per owner-like cell, so:

* ``Name <email>``, ``Name (email)`` or an e-mail address alone (Azure DevOps, Outlook,
  Airtable): the name (``j.murphy@x.org`` -> ``J. Murphy``); an address whose name cannot
  be read (``pnair@x.org``) is kept as it is;
* ``Murphy, John`` (a directory's surname first): ``John Murphy``, by the ``comma_names``
  reading (``several`` reads it as two people instead);
* ``J. Murphy (PMO)``: a team or role in brackets after a name is left out;
* ``@Marco Rossi``, ``@marco.rossi`` (a mention in Loop, Teams, Slack, Notion; round 13):
  ``Marco Rossi``; a handle with no readable name (``@mrossi``) is kept as written;
* ``[Priya Nair]``, ``[Priya Nair, Tom Walsh]``, ``["Priya Nair"]`` (a tool's list of
  people exported as an array: ClickUp's ``Assignees``, a JSON or Python list; round 13):
  the brackets and quotes set aside, the commas separating people when each is a full name;
* several people in one cell (``Priya Nair; Tom Walsh``, ``A / B``, ``A & B``, ``A and B``,
  one per line): the first is the owner, the others are named in the cell's note, which
  the report lists per column.
"""

from __future__ import annotations

import re

from addin.adopt import parties
from addin.adopt.convert import to_text
from addin.adopt.readings import current
from addin.host import CellValue
from addin.values.cells import Converted

#: Columns holding one person.
PERSON_COLUMNS = frozenset({"owner", "made_by", "counterparty_owner"})

_EMAIL = r"[A-Za-z0-9._%+'\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*"
_WITH_EMAIL = re.compile(rf"^\s*(.+?)\s*[<(\[]\s*(?:mailto:)?{_EMAIL}\s*[>)\]]\s*$")
_ONLY_EMAIL = re.compile(rf"^\s*(?:mailto:)?({_EMAIL})\s*$")


def person_name(text: str) -> str | None:
    """The name in ``Priya Nair <priya.nair@x.org>``, ``Priya Nair (priya.nair@x.org)`` or
    ``priya.nair@x.org`` (-> ``Priya Nair``; ``j.murphy@x.org`` -> ``J. Murphy``); None
    when the text holds no e-mail address or the address has no readable name."""
    match = _WITH_EMAIL.match(text)
    if match and not re.search(_EMAIL, match.group(1)):
        return match.group(1).strip().strip('"').strip()
    match = _ONLY_EMAIL.match(text)
    if not match:
        return None
    local = match.group(1).split("@", 1)[0]
    parts = [p for p in re.split(r"[._\-]+", re.sub(r"\d+", "", local)) if p]
    if len(parts) < 2:
        return None  # "pnair": no name to read
    return " ".join(p.upper() + "." if len(p) == 1 else p.capitalize() for p in parts)


def is_address(text: str) -> bool:
    """Whether a cell is an e-mail address (``aqo@metro.example.gov.za``, ``Priya Nair
    <priya.nair@x.org>``): where to reach someone, a person or a shared mailbox."""
    return bool(_ONLY_EMAIL.match(text) or _WITH_EMAIL.match(text))


#: Round 25: the local parts of a shared mailbox, no person's (``pmo@``, ``info@``,
#: ``noreply@``): an address of one of these names a team or a service, not someone who
#: owns an item.
ROLE_MAILBOXES = frozenset(
    {
        *("info", "admin", "administrator", "support", "help", "helpdesk", "servicedesk"),
        *("service", "services", "noreply", "donotreply", "contact", "contacts", "office"),
        *("sales", "pmo", "team", "hr", "it", "finance", "projects", "project", "ops"),
        *("operations", "security", "billing", "accounts", "mail", "webmaster", "hello"),
        *("postmaster", "enquiries", "inquiries", "reception", "procurement", "legal"),
        *("marketing", "jira", "bot", "system", "notifications", "alerts", "test"),
    }
)


def names_someone(text: str) -> bool:
    """Whether a cell that is an e-mail address (``priya.nair@x.org``, ``Priya Nair
    <priya.nair@x.org>``, ``jdoe@corp.example``) names a person (round 25: a tool's
    assignee exported as an address is a person as a name is). The address's local part
    must read as someone's: a name of two parts (``first.last``, ``j_murphy``), or one word
    of letters (``jdoe``, ``pnair``) that is no shared mailbox (``pmo@``, ``info@``,
    ``noreply@``: ``ROLE_MAILBOXES``). False for any text that is no address."""
    match = _WITH_EMAIL.match(text)
    if match and not re.search(_EMAIL, match.group(1)):
        named = match.group(1).strip().strip('"').strip()
        address = re.search(_EMAIL, text)
        local = address.group(0).split("@", 1)[0].casefold() if address else ""
        if any(p in ROLE_MAILBOXES for p in re.split(r"[._\-+]+", local)):
            return False  # "Ops Team <ops@x.org>": a team's mailbox
        return bool(_NAME.match(named) or _SURNAME_FIRST.match(named))
    match = _ONLY_EMAIL.match(text)
    if not match:
        return False
    local = match.group(1).split("@", 1)[0].casefold()
    parts = [p for p in re.split(r"[._\-+]+", re.sub(r"\d+", "", local)) if p]
    if not parts or any(p in ROLE_MAILBOXES for p in parts):
        return False
    if len(parts) >= 2:
        return all(p.isalpha() for p in parts)
    return parts[0].isalpha() and 3 <= len(parts[0]) <= 20


#: Round 20: the capital letters a name starts with, in every alphabet a register is kept in
#: with capitals (Latin with its accents, Greek, Cyrillic): ``Hodžić``, ``Iñaki``,
#: ``Ćosić``, ``Łukasz`` are names as ``Murphy`` is (before, only A-Z: a name with a
#: letter beyond ASCII was no name, so its team in brackets stayed in the owner cell).
_CAPITALS = "".join(c for c in map(chr, range(0x41, 0x0530)) if c.isupper() and c.isalpha())
#: Words that stand lower-case inside a name (``Johan van der Merwe``, ``Ana de la Cruz``,
#: ``Nur Aisyah binte Rahman``, ``Ahmad bin Ismail``): never the name's first or last word.
NAME_PARTICLES = (
    "van", "der", "den", "de", "del", "della", "di", "da", "do", "dos", "das", "du", "la",
    "le", "von", "zu", "bin", "binti", "binte", "ter", "ten", "te", "y", "e",
)  # fmt: skip
_WORD = r"(?:[^\W\d_]|['\-])"
_TOKEN = rf"(?:[{_CAPITALS}]{_WORD}+|[{_CAPITALS}]\.?(?:[{_CAPITALS}]\.?)?)"
_PARTICLE = rf"(?:{'|'.join(NAME_PARTICLES)})"
_NAME = re.compile(rf"^{_TOKEN}(?:\s+(?:{_PARTICLE}\s+){{0,2}}{_TOKEN}){{1,3}}$")
#: ``Murphy, John``, ``Smith-Jones, Ann``, ``Murphy, John P.``: one surname (no space), then
#: one given name and maybe initials
#: (round 36, lx36: a surname with its particles before it, in either case, ``van den Berg,
#: Joost``, ``De la Cruz, Ana``, ``O'Neill, Mary-Kate``, and two given names, ``Wagner,
#: Theresa Maria``)
_SURNAME_FIRST = re.compile(
    rf"^((?:(?i:{_PARTICLE})\s+){{0,2}}{_TOKEN}(?:-{_TOKEN})?)\s*,\s*"
    rf"({_TOKEN}(?:\s+{_TOKEN})?(?:\s+[A-Z]\.?(?:[A-Z]\.?)?)?)$"
)
#: Round 27's last hour: words of a job title. ``Director, Recreation``, ``Manager,
#: Facilities``, ``Head, Estates`` are a role written before its department (an org chart's
#: and a council's way), not a surname before a given name: kept as written.
JOB_TITLES = frozenset(
    {
        *("director", "manager", "head", "chief", "officer", "lead", "coordinator"),
        *("supervisor", "engineer", "administrator", "controller", "sponsor", "chair"),
        *("chairperson", "chairman", "chairwoman", "secretary", "superintendent"),
        *("commissioner", "president", "treasurer", "deputy", "assistant", "executive"),
        *("advisor", "adviser", "analyst", "architect", "specialist", "planner", "clerk"),
    }
)


#: Words of an organisation's name, never of a person's (round 14, in ``evidence`` until
#: round 36): legal forms (``Northwind Systems Ltd``, ``Contoso GmbH``, ``Maju Sdn Bhd``) and
#: the nouns of companies and public bodies (``ICT Authority``, ``Contoso Networks``).
ORGANISATION_WORDS = frozenset(
    [
        "ltd",
        "ltd.",
        "limited",
        "inc",
        "inc.",
        "llc",
        "llp",
        "plc",
        "gmbh",
        "corp",
        "corp.",
        "corporation",
        "pty",
        # round 37 (px42): India's and Pakistan's ``Pvt. Ltd.`` (private limited)
        "pvt",
        "bhd",
        "sdn",
        "srl",
        "bv",
        "nv",
        "authority",
        "ministry",
        "agency",
        "council",
        "commission",
        "directorate",
        "bureau",
        "institute",
        "university",
        "networks",
        "systems",
        "solutions",
        "services",
        "technologies",
        "consulting",
        "consultants",
        "holdings",
        "partners",
        # round 36 (ox36): a firm's ``& Co`` (``Smith, Jones & Co.``)
        "co",
        "co.",
    ]
)


def _surname_first(text: str) -> re.Match[str] | None:
    """``Murphy, John`` read as surname first (:data:`_SURNAME_FIRST`), unless a part is a
    job title (:data:`JOB_TITLES`: ``Director, Recreation`` is a role and its department)."""
    match = _SURNAME_FIRST.match(text)
    if match is None or any(p.strip(".").casefold() in JOB_TITLES for p in match.groups()):
        return None
    if {w.strip(".,").casefold() for w in text.split()} & ORGANISATION_WORDS:
        return None  # round 36 (ox36): ``Ernst, Young LLP``, ``Wagner, Klein GmbH``: a firm
    return match


def swapped_list_words(texts: list[str]) -> bool:
    """rt36 (red team of round 36): True when a word stands before the comma in one of
    ``texts`` and after it in another (``Paris, London`` and ``London, Berlin``; ``Ernst,
    Young`` and ``Young, Price``): a column of two-item lists of the same things in any
    order, no surnames before given names (a surname is seldom someone else's given name in
    one column). Such a column is read as written, not as people named surname first."""
    befores: set[str] = set()
    afters: set[str] = set()
    for text in texts:
        match = _surname_first(text.strip())
        if match is None:
            continue
        surname, given = match.groups()
        befores.add(surname.casefold())
        afters.add(given.split()[0].casefold())
    return bool(befores & afters)


def surname_first_reading(text: str) -> str | None:
    """Round 36 (lx36): a name written surname first with a comma read in its usual order
    (``Wagner, Theresa`` -> ``Theresa Wagner``, ``van den Berg, Joost`` -> ``Joost van den
    Berg``), the content evidence of a person column (``evidence.person_share``); None for
    any other text, a job title and its department (``Director, Recreation``) too."""
    match = _surname_first(text.strip())
    if match is None:
        return None
    surname, first = match.groups()
    return f"{first} {surname}"


_SEPARATORS = re.compile(r"\s*(?:;|\n|\s/\s|/|&|\+|\s+and\s+|,)\s*")
#: Separators that never sit inside one name: ``Smith, J.; Doe, A`` is two people, each
#: written surname first.
_STRONG_SEPARATORS = re.compile(r"\s*(?:;|\n|\s/\s|&|\s+and\s+)\s*")
_ROLE = re.compile(r"^(.+?)\s*[(\[]\s*([^()\[\]@]{1,24})\s*[)\]]\s*$")


#: A mention (Microsoft Loop, Teams, Slack, Confluence, Notion, GitHub): ``@Marco Rossi``,
#: ``@marco.rossi``, ``@marco_rossi``, ``@marco-rossi``.
_MENTION = re.compile(r"^@\s*([^\s@].*)$")


def mentioned(text: str) -> str | None:
    """The person a mention names (round 13): ``@Marco Rossi`` -> ``Marco Rossi``; a handle
    of a first and a last name, ``@marco.rossi`` / ``@marco_rossi`` / ``@marco-rossi`` ->
    ``Marco Rossi`` (read as an e-mail address's name is); None when the text is no mention,
    or a handle whose name cannot be read (``@mrossi``, ``@jm``: kept as written)."""
    match = _MENTION.match(text.strip())
    if not match:
        return None
    body = match.group(1).strip()
    if _NAME.match(body) or _SURNAME_FIRST.match(body):
        return body
    if re.fullmatch(r"[A-Za-z]+(?:[._\-][A-Za-z]+){1,2}", body):
        parts = re.split(r"[._\-]", body)
        return " ".join(p.upper() + "." if len(p) == 1 else p.capitalize() for p in parts)
    return None


#: Round 35's second wave: words naming a team, a side or a function, not a person
#: (``Client HR``, ``Supplier PM``, ``Finance team``, ``IT Service Desk``).
TEAM_WORDS = frozenset(
    {
        *("team", "client", "supplier", "contractor", "vendor", "customer", "consultant"),
        *("department", "dept", "office", "board", "committee", "group", "unit", "desk"),
        *("service", "services", "finance", "legal", "procurement", "operations", "ops"),
        *("support", "helpdesk", "payroll", "engineering", "sales", "marketing"),
        *("security", "facilities", "owner", "employer", "partner", "agency", "steerco"),
        # round 35's third wave: every party of a contract (``Purchaser PMO (Ann Lee)``)
        *parties.PARTIES,
    }
)


def _names_a_team(text: str) -> bool:
    """A text naming a team or a role: an acronym of two capitals or more (``HR``, ``IT``,
    ``PMO``, ``QA``) or a word of :data:`TEAM_WORDS` or :data:`JOB_TITLES`."""
    for word in re.findall(r"[^\W\d_]+", text):
        if len(word) >= 2 and word.isupper():
            return True
        if word.casefold() in TEAM_WORDS or word.casefold() in JOB_TITLES:
            return True
    return False


def team_before_person(outside: str, inside: str) -> bool:
    """Round 35's second wave: ``Client HR (M. Keller)``, ``Supplier PM (Jan de Vries)``,
    ``Finance team (Ann Lee)``: a team or role written first and the person in brackets
    after it, the other way round from ``J. Murphy (PMO)``. Leaving the bracket out kept
    the team and lost the person; reading the person alone drops who the item sits with:
    the cell is kept as written (a person reviews it). Only where the bracket is a person's
    name naming no team (:func:`_names_a_team`) and the words before it name one."""
    if not _NAME.match(inside) or _names_a_team(inside):
        return False
    return _names_a_team(outside)


def no_person_before(outside: str) -> bool:
    """Round 37 (t45c): the words before a bracket that name no person but a side, a team,
    a role or a body (``The Trust (CEO)``, ``Project Manager (Client)``, ``Gerente de
    Proyecto (Minera)``: a role in the sheet's language, read through ``languages.toml``):
    the bracket then says whose role or which part of the body, and leaving it out keeps no
    person either: the cell is kept as written. A person's name never opens with ``The``."""
    from addin.adopt.languages import translate

    if re.match(r"(?i)the\s", outside):
        return True
    return _names_a_team(outside) or _names_a_team(translate(outside) or "")


def _one_person(text: str, *, turn_surname_first: bool = True) -> tuple[str, str | None]:
    """One person's cell text read: the name, and a note when it was read other than as
    written (a mention, an e-mail, surname first unless ``turn_surname_first`` is False, a
    role in brackets)."""
    named = mentioned(text)
    if named:
        read, more = _one_person(named, turn_surname_first=turn_surname_first)
        said = f"{text!r} is a mention: read as {read!r}"
        return read, f"{said}; {more}" if more else said
    name = person_name(text)
    if name:
        text = name
    role = _ROLE.match(text)
    note = None
    if role and team_before_person(role.group(1).strip(), role.group(2).strip()):
        return text, f"{text!r}: a team or role with a person in brackets: kept as written"
    if role and no_person_before(role.group(1).strip()):
        return text, None
    if role and (_NAME.match(role.group(1).strip()) or _SURNAME_FIRST.match(role.group(1).strip())):
        note = f"{text!r}: the team or role in brackets left out"
        text = role.group(1).strip()
    surname_first = _surname_first(text) if turn_surname_first else None
    if surname_first and current().comma_names == "surname_first":
        surname, first = surname_first.groups()
        read = f"{first} {surname}"
        said = f"{text!r} read as {read!r} (surname first)"
        return read, f"{note}; {said}" if note else said
    return text, note


def staff_member(value: CellValue) -> Converted:
    """Round 42 (ox42): a resource plan's person read as one person's name: a role or team
    in brackets after the name left out (``Ana Ruiz (PMO)``, ``J. Murphy [Finance]`` ->
    ``Ana Ruiz``, ``J. Murphy``), an e-mail address read as its name, as an owner's is
    (:func:`_one_person`). The plan's days are the person's whatever team the bracket
    names, and the capacity plan names the person alone: kept whole, ``Ana Ruiz (PMO)``
    was another person than the ``Ana Ruiz`` of the capacity. A team before a person in
    brackets (``Finance team (Ann Lee)``) and a cell naming no person are kept as written;
    no list of people is split (a plan's row is one person's days), and a name written
    surname first (``de Vries, Joost``, a tool's staff list) is kept as the plan writes it."""
    if not isinstance(value, str):
        return to_text(value)
    text = value.strip()
    if not text:
        return Converted(None)
    read, note = _one_person(text, turn_surname_first=False)
    return Converted(read, note=note) if read else to_text(value)


#: A tool's list of people exported as an array: ``[A]``, ``[A, B]``, ``["A", "B"]``.
_ARRAY = re.compile(r"^\[\s*([^\[\]]*?)\s*\]$")


def _people_list(text: str) -> str | None:
    """The people of an array cell (``[Priya Nair, Tom Walsh]`` -> ``Priya Nair; Tom
    Walsh``), or None when the cell is no array. Commas separate people only when every
    item is a full name (two words or more): ``[Murphy, John]`` stays one cell's text."""
    match = _ARRAY.match(text)
    if match is None:
        return None
    items = [i.strip().strip("'\"").strip() for i in match.group(1).split(",")]
    items = [i for i in items if i]
    if len(items) > 1 and all(len(i.split()) >= 2 for i in items):
        return "; ".join(items)
    return ", ".join(items)


def person_converter(value: CellValue) -> Converted:
    """An owner-like cell read as one person's name (module docstring); when it names
    several people, the first is the owner and the note names the others."""
    if not isinstance(value, str):
        return to_text(value)
    text = value.strip()
    if not text:
        return Converted(None)
    if current().comma_names == "several" and _surname_first(text):
        owner, other = (part.strip() for part in text.split(",", 1))
        return Converted(
            owner, note=f"{text!r} names several people: {owner!r} is the owner; also {other!r}"
        )
    listed = _people_list(text)
    if listed == "":
        return Converted(None)
    if listed is not None:
        got = person_converter(listed)
        said = f"{text!r}: a list of people, its brackets set aside"
        return Converted(got.value, note=f"{said}; {got.note}" if got.note else said)
    first, note = _one_person(text)
    if first != text or note or _NAME.match(text) or person_name(text):
        return Converted(first, note=note) if first else to_text(value)
    parts = [p for p in _STRONG_SEPARATORS.split(text) if p and p.strip()]
    if len(parts) < 2 or not all(_SURNAME_FIRST.match(p.strip()) for p in parts):
        parts = [p for p in _SEPARATORS.split(text) if p and p.strip()]
    people = [_one_person(p.strip())[0] for p in parts]
    if len(people) > 1 and all(_NAME.match(p) or "@" in p for p in people):
        others = ", ".join(repr(p) for p in people[1:])
        return Converted(
            people[0],
            note=f"{text!r} names several people: {people[0]!r} is the owner; also {others}",
        )
    return to_text(value)


def email_note(values: list[CellValue]) -> str | None:
    """The report note for a person column holding e-mail addresses, or None."""
    for value in values:
        if isinstance(value, str):
            name = person_name(value)
            if name:
                return f"people written with e-mail addresses read as names ({value.strip()!r} -> {name!r})"
    return None
