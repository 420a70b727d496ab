"""The two sides of a dependency in two columns (round 17, issue 15).

Cross-programme dependency trackers often name both parties of each dependency instead of
a direction: ``Providing Team | Receiving Team``, ``From | To``, ``Supplier | Consumer``,
``Giver | Receiver``. The project keeping the tracker stands on one side of every row, the
other party on the other side, and which side changes from row to row (an inbound
dependency has the project receiving, an outbound one providing). Neither column then is
the counterparty: on some rows it holds the project itself. :func:`two_sides` finds such a
pair by its values alone (one value, the project, in one column or the other on every row,
in each column on some rows; teams, projects or organisations, not people: an owner and
the other party's owner may be the same person on different rows) and takes the counterparty reading off both columns, which are
then listed, not guessed: a person reads the other party per row.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from addin.adopt import parties
from addin.adopt.grid import cell_text, is_blank
from addin.adopt.match import CERTAIN, Candidate, keep_candidates
from addin.host import CellValue

#: What a counterparty column of teams or projects is read as (no side of a pair is).
PARTY_KEYS = frozenset({"counterparty_project_id"})
#: Columns of people: never a side.
PERSON_KEYS = frozenset({"owner", "counterparty_owner", "made_by"})


def _texts(values: list[CellValue]) -> list[str]:
    return [cell_text(v).strip().casefold() if not is_blank(v) else "" for v in values]


def two_sides(values_of: Mapping[int, list[CellValue]]) -> set[int]:
    """The columns of every pair naming both sides of each row's dependency (see the
    module docstring); three rows at least.

    Each column's texts are read once, not once per pair; and the one value standing on
    exactly one side of every row stands on one side of the first row, so only the first
    row's two texts are tried, not every value the two columns share (a tracker's amounts
    share hundreds, and trying each over every row grew with the rows squared: round 30).
    """
    cols = sorted(values_of)
    texts = {col: _texts(values_of[col]) for col in cols}
    found: set[int] = set()
    for i, a in enumerate(cols):
        left = texts[a]
        if len(left) < 3:
            continue
        for b in cols[i + 1 :]:
            right = texts[b]
            for own in {left[0], right[0]} - {""}:
                if one_side_each_row(left, right, own):
                    found |= {a, b}
    return found


def one_side_each_row(left: list[str], right: list[str], own: str) -> bool:
    """True when ``own`` stands in exactly one of the two columns on every row, in the
    left one on some rows and in the right one on others."""
    on_left = on_right = False
    for x, y in zip(left, right, strict=True):
        p, q = x == own, y == own
        if p == q:
            return False  # on both sides of this row, or on neither
        on_left, on_right = on_left or p, on_right or q
    return on_left and on_right


def drop_sides(
    scored: dict[int, list[Candidate]], values_of: Mapping[int, list[CellValue]]
) -> None:
    """Take the counterparty reading off both columns of a two-sided pair (in place)."""
    # teams, projects, organisations: two columns read as people are an owner and the
    # other party's owner, whoever stands in both (a Kenyan county tracker)
    people = {c for c, cands in scored.items() if cands and cands[0].column_key in PERSON_KEYS}
    sides = two_sides({c: v for c, v in values_of.items() if c not in people})
    for col in sides & set(scored):
        kept = [c for c in scored[col] if c.column_key not in PARTY_KEYS]
        keep_candidates(scored, col, kept)


#: Round 30: header words of the side that gives (``From``, ``Provider``, ``Supplier``) and
#: the side that takes (``To``, ``Receiver``, ``Consumer``), with ``team`` / ``project`` /
#: ``party`` / ``side`` after them or not (``From team``, ``Providing project``).
_GIVING = frozenset(
    {"from", "provider", "providing", "provided by", "supplier", "supplying", "giver", "giving"}
    | {"delivering", "delivered by"}
)
_TAKING = frozenset(
    {"to", "receiver", "receiving", "recipient", "consumer", "consuming", "taker", "taking"}
)
#: Round 40 (t51a): and the tails a government template adds (an MSP dependency register's
#: ``Providing Project / Body``, a ``Receiving Organisation``)
_SIDE_TAIL: tuple[str, ...] = (
    *("team", "project", "party", "side", "programme", "program", "org", "workstream"),
    *("body", "organisation", "organization", "department", "unit"),
)


def side_of_header(text: str) -> str | None:
    """``"giving"`` or ``"taking"`` when a header names that side of a dependency, else None."""
    words = " ".join(w for w in re.findall(r"[^\W\d_]+", text.casefold()))
    for _ in range(2):  # round 40 (t51a): ``Providing Project / Body``, two tails
        for tail in _SIDE_TAIL:
            if words.endswith(f" {tail}"):
                words = words[: -len(tail) - 1]
                break
    if words in _GIVING:
        return "giving"
    if words in _TAKING:
        return "taking"
    return None


def direction_pair(
    headers: Mapping[int, str],
    values_of: Mapping[int, list[CellValue]],
    titles: list[str] | None = None,
) -> tuple[int, int, str] | None:
    """Round 30: (the giving column, the taking column, this project's name as written) when
    two columns are headed as a dependency's two sides (:func:`side_of_header`: ``From`` /
    ``To``, ``Provider`` / ``Receiver``) and name this project on one side of every row, the
    other party on the other (:func:`two_sides`); else None. This project is the one name
    on every row: the rows say it, as the title or the project's field would.

    Red team of round 30: when two names each stand on one side of every row (an interface
    log between two parties only, ``Civils`` / ``Systems``), the rows cannot say which one
    keeps the log: the one the ``titles`` name (the sheet's title, its name) is this
    project, and with none or both named no direction is read (never the first in
    alphabetical order, which turned every direction round when the other kept the log)."""
    giving = [c for c, t in headers.items() if side_of_header(t) == "giving"]
    taking = [c for c, t in headers.items() if side_of_header(t) == "taking"]
    if len(giving) != 1 or len(taking) != 1:
        return None
    give, take = giving[0], taking[0]
    left, right = _texts(values_of.get(give, [])), _texts(values_of.get(take, []))
    if len(left) < 3 or len(left) != len(right):
        return None
    rows = [(x, y) for x, y in zip(left, right, strict=True) if x or y]
    if not rows:
        return None
    # the name on one side of every row is on one side of the first: only its two texts are
    # tried, not every name the columns share (as two_sides, round 30)
    owns = []
    gives, takes = [x for x, _ in rows], [y for _, y in rows]
    for own in sorted(set(rows[0]) - {""}):
        if one_side_each_row(gives, takes, own):
            owns.append(own)
    if len(owns) == 1:
        return give, take, owns[0]
    named = [own for own in owns if any(_names(title, own) for title in titles or ())]
    return (give, take, named[0]) if len(named) == 1 else None


def _names(title: str, name: str) -> bool:
    """True when ``title`` holds ``name`` (folded) as whole words."""
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", title.casefold()) is not None


def direction_of_row(giving: CellValue, taking: CellValue, own: str) -> str | None:
    """``"Inbound"`` when this project (``own``) takes, ``"Outbound"`` when it gives."""
    give = cell_text(giving).strip().casefold() if not is_blank(giving) else ""
    take = cell_text(taking).strip().casefold() if not is_blank(taking) else ""
    if take == own and give != own:
        return "Inbound"
    if give == own and take != own:
        return "Outbound"
    return None


#: Round 35's third wave: the two sides of a supply contract, as a supplier's log marks
#: whose action each item is (``Side``, ``Party``, ``With``: Client / Supplier). The
#: category reader folds each word to ``Third Party`` (a supplier risk, a client risk), but
#: a column holding BOTH sides says whose the item is, no kind of risk.
BUYER_SIDE = frozenset({"client", "customer", "employer", "buyer", "purchaser", "us", "ours"})
SELLER_SIDE = frozenset(
    {"supplier", "vendor", "contractor", "consultant", "consultancy", "integrator", "agency"}
    | {"subcontractor", "provider", "seller", "them", "theirs"}
)
#: Words a side column holds beside the two sides (an item both own, or no one yet).
BOTH_SIDES = frozenset({"both", "joint", "shared", "all", "tbc", "n/a", "-"})


def contract_sides(values: list[CellValue]) -> bool:
    """True when ``values`` (a column's cells) are the two sides of a supply contract: each
    a buyer's or a seller's word (:data:`BUYER_SIDE`, :data:`SELLER_SIDE`) or ``Both``, at
    least one of each side, three cells at least. ``Supplier | Technical | Client`` is a
    category column (other words), ``Supplier`` alone a supplier-risk category."""
    texts = [t for t in _texts(values) if t]
    if len(texts) < 3 or not all(t in BUYER_SIDE | SELLER_SIDE | BOTH_SIDES for t in texts):
        return False
    return any(t in BUYER_SIDE for t in texts) and any(t in SELLER_SIDE for t in texts)


def drop_side_categories(
    values_of: Mapping[int, list[CellValue]], mappings: Mapping[str, dict[int, Candidate]]
) -> None:
    """Take the category reading off a column of contract sides (:func:`contract_sides`)
    in every register's mapping when only its values read it so (a ``Category`` header
    keeps it): the column is left out, as a person reads it (whose action), never folded
    to one category."""
    for chosen in mappings.values():
        for col, cand in list(chosen.items()):
            if (
                cand.column_key == "category"
                and cand.confidence < CERTAIN  # a header naming the category keeps it
                and contract_sides(list(values_of.get(col, [])))
            ):
                del chosen[col]


def own_side_named(
    scored: dict[int, list[Candidate]], values_of: Mapping[int, list[CellValue]]
) -> None:
    """In place, round 36 (t40a): a dependency log's party column (``Provider``,
    ``Provided by``) naming the CLIENT'S own side on some rows (``Client`` / ``CRO``,
    ``Customer`` / ``Vendor``: a contractor's log of what each side of the contract
    provides) is no counterparty: on those rows it names the adopted project itself, and
    whether each row is inbound or outbound depends on whose log it is, so the column is
    listed, not guessed (as a pair of sides is, :func:`drop_sides`). A column of other
    teams or projects, or of a supplier's side alone, keeps its reading."""
    for col, cands in list(scored.items()):
        if not cands or cands[0].column_key not in PARTY_KEYS:
            continue
        texts = [t for t in _texts(list(values_of.get(col, []))) if t]
        own = [t for t in texts if parties.side_of(t) == "client"]
        if own and len(own) < len(texts):
            kept = [c for c in cands if c.column_key not in PARTY_KEYS]
            keep_candidates(scored, col, kept)


def own_project_as_party(
    scored: dict[int, list[Candidate]], values_of: Mapping[int, list[CellValue]], names: str
) -> None:
    """In place, round 40 (t51a): a party column holding one name on every row, a name the
    sheet's or the file's name holds word for word (Asana's ``Projects`` column, ``Tienda
    online 2026`` on every task of ``Tienda_online_2026_asana``), is the project keeping the
    log, no counterparty: its reading is taken off. A column of one other party on every
    row (every dependency on one supplier) keeps its reading."""
    named = set(re.findall(r"[^\W\d_]+", names.casefold()))
    for col, cands in list(scored.items()):
        if not cands or cands[0].column_key not in PARTY_KEYS:
            continue
        texts = [t for t in _texts(list(values_of.get(col, []))) if t]
        if len(texts) < 3 or len(set(texts)) != 1:
            continue
        words = set(re.findall(r"[^\W\d_]+", texts[0]))
        if words and words <= named:
            keep_candidates(scored, col, [c for c in cands if c.column_key not in PARTY_KEYS])
