"""A status written as a yes / no flag under a status word: ``Resolved?`` Y / N.

Registers kept by hand often have no status column, only a flag column whose header IS a
status (``Resolved``, ``Closed?``, Bosnian ``Riješeno``, German ``Erledigt``, Afrikaans
``Gesluit (J/N)``) and whose cells say yes or no in the register's language. A PMO analyst
reads such a column as the status: *yes* is the status the header names; *no* only says the
item has not reached it (Open or In Progress: two readings), so it is left empty and listed.

The rule (round 20) fires only when all of this holds, so a flag column of another meaning
(``Escalated?``, ``Gate``) or a status column of words is never taken:

- the header, its ``?`` and ``(Y/N)`` hint set aside, reads as one status of the
  register's status list (the list converter, every language of the vocabulary) that ends
  an item's life (the standards' closed statuses: Resolved, Closed, Delivered, Validated);
- the column holds two values or more, every one a yes or no word of the ``yes_no`` list,
  and both answers occur or the yes answer does (a column of only *no* says nothing).

Round 28's last hour: a column of checkboxes (every cell a boolean, TRUE / FALSE, as
Google Sheets, Smartsheet and Numbers export a checkbox) under such a header is the flag
even when no box is ticked yet: the tool drew a checkbox, so the column is a yes / no
answer whatever its answers; nothing is delivered yet, and each unticked box is read as
any *no* is (empty, listed). A column of the WORD *No* on every row still says nothing.

Round 30's last hour: an assumption log's or logframe's question whether the assumption is
true (``Holds?``, ``Still holds?``, ``Does it hold?``, ``Valid?``, ``True?``) is answered
both ways: *yes* it holds is Validated and *no* it does not hold is Invalid (the round 14
words ``does not hold`` / ``not valid``), not "not yet" as under ``Validated?`` or
``Resolved?``. A partial answer (``Partly``, ``Partially``, ``In part``) is neither: the
column is still the flag, the cell is left empty and listed. (A cell ``Holds`` under a
status header stays unread, round 14: the question is the header's, not the cell's.)

Round 40 (t50d): ``Closed?`` answered *no* is Open. Closed has one opposite on every
register's list that holds both (Open): a RAID log's ``Closed?`` Y / N is Closed / Open on
its risks, issues, assumptions and dependencies alike. ``Resolved?`` or ``Delivered?``
answered *no* still only says "not yet" (Open or In Progress), left empty and listed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from addin.adopt.grid import cell_text, is_blank
from addin.host import CellValue
from addin.standards import Standards
from addin.values.cells import Converted

#: A value converter (as :data:`addin.adopt.convert.Converter`, which imports this module).
Converter = Callable[[CellValue], Converted]

#: The hint a flag header carries after its word: ``?``, ``(Y/N)``, ``(Da/Ne)``, ``Y/N``.
_HINT = re.compile(r"\s*(?:\?|\(\s*[^()]{1,12}\s*/\s*[^()]{1,12}\s*\)|\b\w{1,3}\s*/\s*\w{1,3}$)\s*")


#: A question whether an assumption is true (round 30's last hour): ``Holds?``, ``Still
#: holds?``, ``Does it hold?``, ``Is it still valid?``, ``True?``.
#: Red team of round 31: a bare ``Hold?`` is no such question (whether the item is on
#: hold: its Yes was read as Validated); ``hold`` counts after ``does it`` only.
_TRUTH_QUESTION = re.compile(
    r"^(?:does\s+it\s+(?:still\s+)?hold"
    r"|(?:does\s+it\s+(?:still\s+)?|is\s+it\s+(?:still\s+)?|still\s+)?"
    r"(?:holds|valid|true|correct))$",
    re.IGNORECASE,
)
#: The yes and no of a truth question, in the assumption list.
_TRUTH_ANSWERS = ("Validated", "Invalid")
#: A partial answer: neither yes nor no, left empty.
PARTIAL = frozenset({"partly", "partially", "in part", "part"})


def _truth_question(words: str, list_name: str, standards: Standards) -> bool:
    return (
        list_name == "assumption_status"
        and all(a in standards.lists.get(list_name, ()) for a in _TRUTH_ANSWERS)
        and _TRUTH_QUESTION.match(re.sub(r"\s+", " ", words.strip())) is not None
    )


#: Round 40 (t50d): the status a ``Closed?`` flag names, and the one its *no* says.
_CLOSED = "Closed"
_OPEN = "Open"


def flag_opposite(header: str, list_name: str, standards: Standards) -> str | None:
    """The status a flag's *no* says (``Holds?`` No -> ``Invalid``), or None when *no* only
    says the item has not reached the header's status (module docstring)."""
    words = _HINT.sub(" ", header).strip()
    if _truth_question(words, list_name, standards):
        return _TRUTH_ANSWERS[1]
    # round 40 (t50d): ``Closed?`` No is open. Closed has one opposite on every register's
    # list, Open (a RAID log's ``Closed?`` Y / N over risks, issues, assumptions and
    # dependencies alike); ``Resolved?`` No still says only "not yet" (Open or In Progress)
    lists = standards.lists.get(list_name, ())
    if _CLOSED in lists and _OPEN in lists and flag_status(header, list_name, standards) == _CLOSED:
        return _OPEN
    return None


#: Round 41 (t52b): a flag saying whether the money moved (``Paid?``, ``Invoiced (Y/N)``,
#: ``Billed``, ``Payment received``): a payment schedule's or a milestone plan's money
#: beside the item's own dates (``Accepted On``), no status flag. Round 10's red team left
#: such a column out (no standard field); a *value* ``Paid`` under a ``Status`` header
#: still reads as the payment milestone achieved (round 16's aliases).
_MONEY_FLAG = re.compile(
    r"^\s*(?:(?:fully\s+)?paid(?:\s+in\s+full)?|invoiced|billed|payment\s+(?:made|received)"
    r"|invoice\s+(?:sent|raised|paid))\s*$",
    re.IGNORECASE,
)


#: Round 41 (rt41b): the word joining a flag to the party that answered it, contracted with
#: the article, which the vocabulary's ``by`` (``von``, ``par``, ``por``) does not hold:
#: German ``vom Kunden``, Italian ``dal cliente``, Portuguese ``pelo cliente``.
_BY_CONTRACTED = frozenset({"vom", "dal", "dalla", "dai", "dallo", "pelo", "pela", "pelos"})


def _by_word(word: str) -> bool:
    """``word`` says by whom (``by``, ``von``, ``par``, ``por``, ``vom``, ``dal``, ``pelo``)."""
    from addin.adopt.languages import translate

    return word == "by" or word in _BY_CONTRACTED or translate(word) == "by"


def _status_readings(words: str) -> list[str]:
    """Round 41 (t52b): the readings of a flag header's words to try as a status, in order:
    the words as written, their English reading (Hungarian ``Megrendelő visszaigazolta``:
    the client confirmed), and either with the ONE party it names set aside (``Client
    confirmed?``, ``Confirmed by client``: who answered the flag, as ``Resolved?`` names none)."""
    from addin.adopt.languages import translate
    from addin.adopt.parties import PARTIES, header_words

    readings = [words]
    english = translate(words)
    if english and english != words:
        readings.append(english)
    for reading in list(readings):
        said = header_words(reading)
        if sum(1 for w in said if w in PARTIES) != 1:
            continue
        kept = [w for w in said if w not in PARTIES and not _by_word(w)]
        if kept:
            readings.append(" ".join(kept))
    return readings


def flag_status(header: str, list_name: str, standards: Standards) -> str | None:
    """The status a flag header names (``Riješeno`` -> ``Resolved`` in ``issue_status``), or
    None when the header, its hint set aside, is no single status of the list."""
    from addin.adopt.convert import list_for_column

    words = _HINT.sub(" ", header).strip()
    if not words or list_name not in standards.lists:
        return None
    if _truth_question(words, list_name, standards):
        return _TRUTH_ANSWERS[0]
    from addin.adopt.languages import translate

    money = [*_status_readings(words), translate(words, "values") or words]
    if any(_MONEY_FLAG.match(reading) for reading in money):
        return None  # round 41 (t52b): whether the money moved, not the item's state
    convert = list_for_column(list_name, standards)
    result = next(
        (
            read
            for read in (convert(reading) for reading in _status_readings(words))
            if read.problem is None and isinstance(read.value, str)
        ),
        None,
    )
    if result is None or not isinstance(result.value, str):
        return None
    closing = {
        status
        for register in ("risk", "assumption", "issue", "dependency", "milestone")
        for status in getattr(standards.closed_statuses, register)
    }
    # only a status that ends an item's life is a flag's (`Escalated?` reads as Open: no flag)
    return result.value if result.value in closing else None


def yes_no_answers(
    values: Iterable[CellValue], standards: Standards, either: bool = False
) -> list[bool] | None:
    """Each present value as True (yes) or False (no) when every one is a yes / no word and
    two or more are present, one of them a yes (or every one a checkbox's boolean, or one
    tick mark alone: :data:`TICKS`); else None."""
    from addin.adopt.convert import list_for_column

    values = list(values)
    yes_no = list_for_column("yes_no", standards)
    yes = standards.lists["yes_no"][0]
    answers: list[bool] = []
    boxes = True  # every present cell a checkbox's boolean (round 28's last hour)
    for value in values:
        if is_blank(value) or _partial(value):
            continue
        # a checkbox exported by Google Sheets, Smartsheet or Numbers is a boolean cell
        # (TRUE / FALSE), the same yes / no as the words (round 28)
        if not isinstance(value, str | bool):
            return None
        boxes = boxes and isinstance(value, bool)
        result = yes_no(value)
        if result.problem is not None or result.value not in standards.lists["yes_no"]:
            return None
        answers.append(result.value == yes)
    if len(answers) == 1 and answers[0] and is_tick(present_one(values)):
        # round 28's last hour: one tick mark in a column of ticks and blanks (the one
        # milestone done so far) is a flag: a tick is no word of any other column's
        return answers
    if either and answers and sum(1 for v in values if _partial(v)) + len(answers) >= 2:
        # a truth question's no is a status too (``Holds?`` No: Invalid): either answer will
        # do, and its partial answers count as answers given
        return answers
    return answers if len(answers) >= 2 and (any(answers) or boxes) else None


def _partial(value: CellValue) -> bool:
    """Whether a cell is a partial answer (``Partly``): neither yes nor no."""
    return isinstance(value, str) and value.strip().casefold() in PARTIAL


#: Tick marks a tracker's done column holds (a checkbox pasted as a symbol).
TICKS = frozenset({"✓", "✔", "☑", "✅", "✔️"})


def is_tick(value: CellValue) -> bool:
    """Whether a cell holds one tick mark alone (``✓``, ``✔``, ``☑``)."""
    return isinstance(value, str) and value.strip() in TICKS


def ticks_only(values: Iterable[CellValue]) -> bool:
    """Whether every filled cell of a column is a tick mark alone, one at least."""
    present = [v for v in values if not is_blank(v)]
    return bool(present) and all(is_tick(v) for v in present)


def present_one(values: Iterable[CellValue]) -> CellValue:
    """The first filled value of ``values`` (None when none is)."""
    return next((v for v in values if not is_blank(v)), None)


def is_status_flag(
    header: str, values: Iterable[CellValue], list_name: str, standards: Standards
) -> bool:
    """Whether a column is a status written as a yes / no flag (module docstring)."""
    return (
        flag_status(header, list_name, standards) is not None
        and yes_no_answers(
            values, standards, either=answered_either_way(header, list_name, standards)
        )
        is not None
    )


def answered_either_way(header: str, list_name: str, standards: Standards) -> bool:
    """Whether the flag's *no* alone says as much as its *yes* (a truth question's: ``Holds?``
    No is Invalid), so a column of only *no* is still the flag. A ``Closed?`` column of only
    *no* (round 40) says nothing more than a flag never ticked: it needs a *yes* to be read
    as the status (a Trello export's ``Closed`` FALSE on every card leaves its list's
    name the status)."""
    return _truth_question(_HINT.sub(" ", header).strip(), list_name, standards)


def flag_converter(status: str, standards: Standards, opposite: str | None = None) -> Converter:
    """Yes -> ``status``; no -> ``opposite`` when the question has one (``Holds?`` No ->
    Invalid), else empty, with a note saying why (two readings); a partial answer -> empty."""
    from addin.adopt.convert import list_for_column

    yes_no = list_for_column("yes_no", standards)
    yes = standards.lists["yes_no"][0]

    def convert(value: CellValue) -> Converted:
        if is_blank(value):
            return Converted(None)
        result = yes_no(value)
        if result.problem is None and result.value == yes:
            return Converted(status, note=f"{cell_text(value)!r} (yes) read as {status!r}")
        if _partial(value):
            return Converted(
                None,
                note=f"{cell_text(value)!r}: a partial answer, neither yes nor no; set the status",
            )
        if opposite is not None and result.problem is None:
            return Converted(opposite, note=f"{cell_text(value)!r} (no) read as {opposite!r}")
        return Converted(
            None,
            note=f"{cell_text(value)!r} (no): not {status}, but Open or In Progress is not "
            "said; set the status",
        )

    return convert
