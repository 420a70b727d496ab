"""The two sides of a contract, one vocabulary for every rule that reads a header by its party.

Round 35's third wave. Five rounds of supplier and consultancy batches each met the same
habit in a new spelling: a header qualified by the PARTY whose field it is (``Client
owner``, ``Owner (Vendor)``, ``Project manager (client)``, ``Supplier comment``, ``Client
contact``, ``Vendor's PM``). Each round answered its spelling with a word list of its own
(``match.SUPPLIER_SIDE``, ``match._PARTY_COMMENT``, ``project.CLIENT_WORDS``,
``signatures._PARTY_CONTACT``, ``people.TEAM_WORDS``), and each list knew a different
subset of the parties, so the next batch's ``Purchaser PM`` or ``Owner (sub-contractor)``
read as nothing. Here the parties are ONE vocabulary, the general words of contracting
(the buying side and the selling side, in their common forms), and ONE way to find them in a
header: plural, possessive (``Vendor's``, ``Suppliers'``), hyphenated or spaced compounds
(``sub-contractor``, ``service provider``, ``third party``) and the side written before the
field, after it, in brackets or after a dash all read the same.
"""

from __future__ import annotations

import re
from functools import lru_cache

from addin.adopt.languages import fold

#: The selling side: the firm the adopted (client's) project buys from.
SUPPLIER_SIDE = frozenset(
    {
        *("supplier", "vendor", "contractor", "subcontractor", "consultant", "consultancy"),
        *("subconsultant", "integrator", "provider", "msp", "seller", "reseller", "outsourcer"),
        *("tenderer", "bidder"),
    }
)
#: The buying side: the project's own organisation as a supplier's pack names it
#: (``Employer`` in NEC / JCT contracts, ``Purchaser`` / ``Buyer`` in supply contracts,
#: ``Acquirer`` in systems engineering).
CLIENT_SIDE = frozenset({"client", "customer", "buyer", "purchaser", "employer", "acquirer"})
#: Parties of neither side (a third party, a delivery partner): a party all the same.
OTHER_PARTIES = frozenset({"partner", "thirdparty"})
PARTIES = SUPPLIER_SIDE | CLIENT_SIDE | OTHER_PARTIES
#: Round 33 (moved here from ``match`` in round 36): the words for the organisation a
#: person belongs to, after a person word (``Owner (party)``, ``Owner organisation``,
#: ``Owner - company``, ``Owner org``): a contractor's register names which party owns each
#: risk beside the person who does. Not a party itself but the party's slot: ``employer``
#: is the one word that is both (the buying side in NEC / JCT, a person's organisation).
OWNER_PARTY = frozenset(
    {"party", "organisation", "organization", "org", "company", "firm", "entity", "employer"}
)

#: Compounds read as one party word before the words are split.
_COMPOUNDS = (
    (re.compile(r"\bsub[\s-]+(contractor|consultant)"), r"sub\1"),
    (re.compile(r"\b(?:managed\s+)?service[\s-]+provider"), "provider"),
    (re.compile(r"\bthird[\s-]+part(?:y|ies)"), "thirdparty"),
    (re.compile(r"\bsystems?[\s-]+integrator"), "integrator"),
)


def party_of(word: str) -> str | None:
    """The party word ``word`` is, singular (``vendors`` -> ``vendor``), or None."""
    if word in PARTIES:
        return word
    if word.endswith("s") and word[:-1] in PARTIES:
        return word[:-1]
    return None


def side_of(word: str) -> str | None:
    """``"supplier"``, ``"client"``, ``"other"`` for a party word, None for any other."""
    party = party_of(word)
    if party is None:
        return None
    if party in SUPPLIER_SIDE:
        return "supplier"
    return "client" if party in CLIENT_SIDE else "other"


@lru_cache(maxsize=8192)
def header_words(header: str) -> tuple[str, ...]:
    """The header's words, lower case and folded, compounds of a party joined and every
    party word singular (``Sub-contractors' PM`` -> ``subcontractor``, ``s``, ``pm``)."""
    text = fold(header).casefold().replace("_", " ")
    for pattern, joined in _COMPOUNDS:
        text = pattern.sub(joined, text)
    return tuple(party_of(w) or w for w in re.findall(r"[a-z]+", text))


#: A word's possessive: ``Supplier's``, ``Vendor’s``, ``Suppliers'``, ``Sub-contractor's``.
_POSSESSIVE = re.compile(r"\b([^\W\d_]+(?:-[^\W\d_]+)*)['\u2019](s?)(?![^\W_])")


def without_possessive(header: str) -> str:
    """Round 36 (lx36): ``header`` with each party word's possessive written as the party
    word (``Supplier's promise`` -> ``Supplier promise``, ``Suppliers' ref`` -> ``Suppliers
    ref``, ``Client’s need-by`` -> ``Client need-by``), so that a header qualified by a
    party's possessive reads as the party written before its field does
    (:func:`party_qualified`, ``match.sense_of``). Any other possessive or apostrophe stays
    (``Owner's name``, ``O'Neill``, ``Req'd by``)."""

    def plain(match: re.Match[str]) -> str:
        word, after = match.group(1), match.group(2)
        if not after and not word.lower().endswith("s"):
            return match.group(0)  # ``O'`` of ``O'Neill`` (a letter follows: no match)
        words = header_words(word)
        if len(words) != 1 or words[0] not in PARTIES:
            return match.group(0)
        return word

    return _POSSESSIVE.sub(plain, header)


def parties_in(header: str) -> list[str]:
    """The party words of ``header``, in order (singular)."""
    return [w for w in header_words(header) if w in PARTIES]


def party_qualified(
    header: str, field_words: frozenset[str], fillers: frozenset[str]
) -> str | None:
    """The side (``"supplier"`` / ``"client"`` / ``"other"``) of a header that is ONE party
    and the field's words only, in any order and punctuation (``Supplier owner``, ``Owner
    (Vendor)``, ``Buyer's PM``, ``Remarks - sub-contractor``); None otherwise (no party, two
    parties, no field word, or any other word)."""
    words = header_words(header)
    parties = [w for w in words if w in PARTIES]
    if len(parties) != 1 or not any(w in field_words for w in words):
        return None
    if not all(w in PARTIES or w in field_words or w in fillers for w in words):
        return None
    return side_of(parties[0])
