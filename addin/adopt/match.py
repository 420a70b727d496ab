"""Header text -> canonical column, with a confidence between 0 and 1.

A header is normalised (case, punctuation, snake_case and camelCase, hints in brackets
such as ``(who)`` or ``(L/M/H)``, legends on later lines, "Prob-ability") and compared
with every synonym of every column of a register:

=========================================  ==========
how it matched                             confidence
=========================================  ==========
same words as a synonym                    1.00
(in any order: "title dependency")
same words once the register's own noun    0.95
is dropped ("Risk Owner" -> "Owner")
a synonym's words all inside the header    0.60-0.90 (more of the header explained, higher)
similar spelling (typos: "Cateogory")      0.9 x similarity, when similarity >= 0.82
by sense: the header's words are words of  0.85 (:data:`THESAURUS`), never above a
concepts that together name the column     listed synonym (round 5, :func:`sense_of`)
("Revised ETA" = forecast)
=========================================  ==========

Mappings at or above :data:`CERTAIN` are applied as certain; between :data:`MINIMUM`
and :data:`CERTAIN` they are applied but reported as low confidence for a person to
confirm; below :data:`MINIMUM` the column is left out (and listed).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

from addin import layout
from addin.adopt import parties
from addin.adopt.effort_units import EFFORT_UNIT, effort_measure
from addin.adopt.languages import (
    english_words,
    false_friends,
    fold,
    lexicon,
    spelt_out,
    translate,
    words_of,
)
from addin.adopt.questions import LAST_BRACKET, statement_of, without_numbering
from addin.adopt.synonyms import (
    CONCEPTS,
    DATE_CONCEPTS,
    DATE_WORDS,
    KNOWN_UNMAPPED,
    MEASURES,
    PERSON_WORDS,
    REGISTER_WORDS,
    SENSES,
    WORK_LINES,
    synonyms_for,
)
from addin.adopt.tax_names import TAX_BASIS_ABBREVIATIONS, TAX_NAMES, WITH_TAX_ABBREVIATIONS
from addin.adopt.units import CURRENCY_CODES

CERTAIN = 0.8
MINIMUM = 0.6
#: Confidence of a header read by sense through the thesaurus (round 5): certain, but
#: below every listed synonym (1.00, 0.95) and weak synonym (0.90), so it never moves one.
THESAURUS = 0.85
#: What the synonym of a candidate read by sense starts with (the report's method).
SENSE_PREFIX = "(sense: "

_BRACKETS = re.compile(r"\(.*?\)|\[.*?\]|\{.*?\}")
#: Round 34: a bracket in the full-width forms of Japanese, Chinese and Korean too.
_CJK_BRACKETS = re.compile(r"[(\uff08\u3010\[].*?[)\uff09\u3011\]]")


#: The measures a finance column's amounts are (what a money column is read as).
AMOUNT_KEYS = frozenset(MEASURES)


def amount_read_for_certain(scored: Mapping[int, Sequence[Candidate]]) -> bool:
    """Whether some column's best reading is an amount (:data:`AMOUNT_KEYS`) read for
    certain: a table whose money is already found needs no weaker reading of a bare
    header (round 40: an invoice register's ``Value``, a ledger entry's ``Total Cost``)."""
    return any(
        cands and cands[0].column_key in AMOUNT_KEYS and cands[0].confidence >= CERTAIN
        for cands in scored.values()
    )


def split_camel(text: str) -> str:
    """``text`` with a space where a lower-case letter meets an upper-case one, in any
    script that has cases (round 23): ``dueDate`` -> ``due Date``, ``fechaLímite``,
    ``срокИсполнения`` -> ``срок Исполнения``. A header's shape is not its meaning: a web
    tool's API names its fields in camelCase in every language; before, only ASCII letters
    were split, so a camelCase header whose letter before the join was accented or not
    Latin stayed one unread word. An acronym's run of capitals is not split (``RAG``)."""
    if text.isascii():
        return _CAMEL.sub(" ", text)
    out: list[str] = []
    prev = ""
    for ch in text:
        if prev and prev.islower() and ch.isupper():
            out.append(" ")
        out.append(ch)
        prev = ch
    return "".join(out)


_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_NON_WORD = re.compile(r"[^0-9a-z#]+")
_HINTS = re.compile(
    r"\b(dd|mm|yy|yyyy)([/.\-](dd|mm|yy|yyyy)){1,2}\b|\b\d\s*=\s*\w+|\by\s*/\s*n\b"
    r"|\b[lmh]\s*/\s*[lmh](\s*/\s*[lmh])?\b|(?<![0-9a-z])[01]\s*(?:-|_|to)\s*(?:3|4|5|10)(?![0-9])",
    re.IGNORECASE,
)


#: Round 24's last hour: the currency a header states its amounts in, after its words
#: (``Budget NZ$``, ``Forecast US$``, ``Actual A$``, ``Budget GBP``): the amounts' unit, not
#: a word of the header (``Budget (£)`` and ``Budget £`` lost theirs as punctuation; a
#: letter before ``$`` and a code written in capitals stayed a word, so ``Budget NZ$`` read
#: as nothing). Only last, after a word: ``USD rate`` and ``CAD Replacement`` keep theirs.
_CURRENCY_AFTER = re.compile(
    # round 35's second wave: or after ``in`` (``Budget in EUR``, ``Fees in CHF``); round 36
    # (lx36): or after a colon, ``en`` or ``em`` (``Budget: GBP``, ``Montants en CAD``)
    r"(?<=\w)(?:\s*[:\uff1a]\s*|\s+(?:(?:in|en|em)\s+)?)"
    rf"(?:[A-Za-z]{{1,3}}\$|(?-i:(?:{CURRENCY_CODES.upper()})))\s*$"
)

#: Round 34 (v36g): the unit a public body's or a finance export's amount header states
#: after its words, no bracket round it (``Budget £'000``, ``Actual €000s``, ``Forecast
#: $'000``, ``Spend EUR '000``, ``Outturn £m``, ``Cost '000``): the amounts' unit, read as a
#: bracket's is (the factor by ``amount_columns``), not a word of the header. Before,
#: ``Budget £'000`` read as "budget 000" and matched nothing, while ``Actual £'000`` matched
#: by a partial reading: a return lost its budget and forecast and kept its actual. Only a
#: currency sign or code with thousands / millions, or an apostrophe's ``'000``, last,
#: after a word: ``Budget 2026`` and ``Phase 000`` keep their numbers.
_UNIT_AFTER = re.compile(
    rf"(?<=\w)\s+(?:(?:[\u00a3\u20ac$\u00a5\u20b9]|(?-i:(?:{CURRENCY_CODES.upper()})))\s*"
    r"(?:'\s*000s?|000s?|k|m|mn|bn)|'\s*000s?)\s*$"
)

#: Round 32: what an amount takes in or leaves out, said after it without a bracket
#: (``Actual incl. accruals``, ``Cost excl. VAT``, ``Budget including contingency``): at
#: most three words after ``incl`` / ``including`` / ``excl`` / ``excluding`` / ``inc`` /
#: ``exc`` / ``ex``, ending the header, after a word of its own.
_INCLUSION_TAIL = re.compile(
    # (round 33's last hour: or after a currency sign: ``Fee budget € ex VAT``)
    # (round 35's second wave: or after a bracket: ``Budget fees (CHF) excl. VAT``)
    r"(?<=[\w\u20ac\u00a3$\u00a5)\]])[\s,;-]+"
    r"(?:incl|including|inclusive\s+of|excl|excluding|exclusive\s+of|inc|exc|ex)"
    r"\b\.?\s+[^\W\d_][\w'.&/-]*(?:\s+[\w'.&/-]+){0,2}\s*$",
    re.IGNORECASE,
)

#: Round 39 (t49b): the tax basis as a French ledger abbreviates it after the amount's
#: word (``Budget HT``, ``Réalisé HT``, ``Montant TTC``): dropped for another reading.
_TAX_BASIS_TAIL = re.compile(
    rf"(?<=[^\W\d_])\s+{TAX_BASIS_ABBREVIATIONS}(?=\s*(?:[(\[][^()\[\]]*[)\]]|[\u20ac\u00a3$]|\b[A-Z]{{3}}\b)?\s*$)",
    re.IGNORECASE,
)

#: Round 34's last hour: a tail leaving a tax out (``ex VAT``, ``excl. GST``, ``excluding
#: tax``) or taking it in (``incl. VAT``), and the money nouns it makes a net or a gross
#: amount of (``Value ex VAT`` = ``Net value``, ``Value incl. GST`` = ``Gross value``).
_TAX_LEFT_OUT = re.compile(
    r"\b(?:ex|excl|excluding|exclusive\s+of|exc)\b\.?[\s-]*"
    r"(?:vat|gst|hst|tax|taxes|sales\s+tax)\b\s*$",
    re.IGNORECASE,
)
_TAX_TAKEN_IN = re.compile(
    r"\b(?:incl|including|inclusive\s+of|inc)\b\.?[\s-]*"
    r"(?:vat|gst|hst|tax|taxes|sales\s+tax)\b\s*$",
    re.IGNORECASE,
)
_NETTED_NOUNS = frozenset({"value", "amount", "invoice value", "invoice amount"})


def netted_reading(variant: str) -> str | None:
    """Round 37 (t45c): a money noun and the tax it leaves out or takes in, read in words
    (a translated ``Valor antes de IVA`` = ``value excl vat``): its net (``net value``) or
    gross amount, as round 34's last hour reads the English header itself; else None."""
    tail = _INCLUSION_TAIL.search(variant)
    noun = variant[: tail.start()].strip() if tail else ""
    if noun not in _NETTED_NOUNS:
        return None
    if _TAX_LEFT_OUT.search(variant):
        return f"net {noun}"
    return f"gross {noun}" if _TAX_TAKEN_IN.search(variant) else None


#: A header, a colon and a legend of its values ("Status: Open/Closed", "Score: 1=low").
_HEAD_AND_LEGEND = re.compile(r"^\s*([^:]*[^\W\d_][^:]*?)\s*:\s*(?=.*[/,=\d]).+$")


@lru_cache(maxsize=4096)
def normalise_header(text: str) -> tuple[str, ...]:
    """The ways a header can be read, most literal first, each as lower-case words.

    ``"Prob-ability\\n1=low 2=med 3=high"`` -> ``("probability", "prob ability", ...)``.
    """
    raw = text.replace("\r", "\n").strip()
    if not raw:
        return ()
    raw = spelt_out(raw)  # "Č." (číslo): one letter once folded (round 13)
    # round 36 (lx36): a party's possessive is the party (``Supplier's promise``)
    raw = parties.without_possessive(raw)
    # "1. Risk description", "Q3 - Impact": the number says nothing (round 12)
    raw = without_numbering(raw) or raw
    variants: list[str] = []
    first_line = raw.split("\n", 1)[0]
    candidates_ = [raw, first_line]
    head = _HEAD_AND_LEGEND.match(first_line)
    if head:
        # "Status: Open/Closed", "Priority: H, M, L": the words before the legend (round 12)
        candidates_.append(head.group(1))
    statement = statement_of(raw)
    if statement:
        # "Who owns it?" is the header "owner" put as a question (round 12)
        candidates_.insert(0, statement)
    measured = _MEASURE_BRACKET.match(first_line)
    if measured:
        candidates_.insert(0, measured.group(1))
    generic = _GENERIC_WRAPPER.match(first_line)
    if generic:
        # "Custom field (Severity)", "Field [Due Date]": the words outside say nothing
        candidates_.insert(0, generic.group(1))
    field_name = _field_name_reading(first_line)
    if field_name:
        # round 23: a database's or an API's field name (``need_by_revised``,
        # ``needByOriginal``) is the header a person wrote, its brackets dropped: read
        # so, and not also word by word in its order
        candidates_ = [field_name, *(c for c in candidates_ if c not in (raw, first_line))]
    coded = _field_name_without_currency(first_line)
    if coded:
        # round 28's last hour: ``budget_eur``, ``forecastGbp``: a field name ending on its
        # currency's code is the field, its currency as ``Budget (EUR)``'s bracket states it
        candidates_.insert(0, coded)
    summed = _SUMMED.match(first_line)
    if summed:
        # round 14: a pivot's or BI export's summed field ("Sum of Budget (EUR)", "SUM(Cost)")
        candidates_.insert(0, summed.group(1) or summed.group(2))
    candidates_ = [_CURRENCY_AFTER.sub("", _UNIT_AFTER.sub("", c) or c) or c for c in candidates_]
    # round 33's last hour: also before a last bracket (``Fee ex VAT (USD)``, ``Cost excl.
    # GST (AUD)``): the bracket states the currency, the tail what the amount leaves out
    bracketed = LAST_BRACKET.sub("", first_line)
    included = _INCLUSION_TAIL.sub("", bracketed).strip()
    if included == bracketed.strip():
        included = _INCLUSION_TAIL.sub("", first_line).strip()
    if included != first_line.strip():
        # round 35's second wave: the currency stated between the amount's words and the
        # tail (``Budget fees CHF excl. VAT``, ``Cost EUR ex VAT``, ``Actual NZ$ incl.
        # GST``): the amounts' unit, as it is when it ends the header
        included = _CURRENCY_AFTER.sub("", _UNIT_AFTER.sub("", included) or included) or included
    if included and included != first_line.strip():
        # round 32: ``Actual incl. accruals``, ``Budget excl. contingency``: what the amount
        # takes in or leaves out, said after it, is a hint as its bracket is (``Actual (incl.
        # accruals)`` read as the actual); read after the header's own words
        candidates_.append(included)
        noun = fold(included).lower()
        if noun in _NETTED_NOUNS and _TAX_LEFT_OUT.search(bracketed):
            # round 34's last hour: a money noun said without the tax (``Value ex VAT``,
            # ``Amount excl. GST``) is its net amount (``Net value``); ``Value`` alone is not
            candidates_.append(f"net {noun}")
        elif noun in _NETTED_NOUNS and _TAX_TAKEN_IN.search(bracketed):
            # ... and with the tax its gross amount (``Gross value``: read less surely, as
            # ``Amount incl. VAT`` is: ``WITH_TAX``)
            candidates_.append(f"gross {noun}")
    untaxed = _TAX_BASIS_TAIL.sub("", first_line).strip()
    if untaxed and untaxed != first_line.strip():
        # round 39 (t49b): ``Budget HT`` is the budget, its tax basis said after it
        candidates_.append(untaxed)
    for candidate in candidates_:
        for joined in (re.sub(r"(?<=[a-z])-(?=[a-z])", "", candidate), candidate):
            text2 = split_camel(joined)
            # "Date (Actual)", "Finish (Baseline)", "Termin (Ist)": a bracket naming which
            # date is the header's own word, kept (round 13); other brackets are hints
            dated = [q for q in map(_dated_qualifier, _BRACKETS.findall(text2)) if q]
            text2 = " ".join([*dated, _BRACKETS.sub(" ", text2)])
            text2 = _HINTS.sub(" ", text2)
            text2 = fold(text2).replace("&", " and ")
            text2 = _CONTRACTED.sub(_contraction, text2)  # round 25: "Req'd By"
            words = _NON_WORD.sub(" ", text2).split()
            if words == ["#"] or not words:
                words = ["#"] if "#" in raw else words
            if words:
                variants.append(" ".join(words))
                expanded = [ABBREVIATIONS.get(w) or _short_form_of(w) or w for w in words]
                if len(words) == 1 and words[0] in LONE_SHORT_FORMS:
                    expanded = [LONE_SHORT_FORMS[words[0]]]  # round 39 (t49b): ``Per.``
                if expanded != words:
                    variants.append(" ".join(expanded))
    # a header in French, German, Spanish, Italian, Dutch or Portuguese: its English words
    # (round 8, addin/adopt/languages.toml), read after the header's own words
    variants += [e for e in dict.fromkeys(translate(v) for v in variants) if e]
    variants += [n for n in map(netted_reading, variants) if n]
    if not fold(raw).isascii():
        # a header in Greek, Cyrillic, Arabic, Hebrew, Hindi, Thai, Chinese, Japanese or
        # Korean: its words are not Latin letters, so it is read from the text itself
        # (round 10)
        # (round 23: a camelCase one, ``одговорноЛице``, as its words)
        texts = (raw, first_line, split_camel(raw), split_camel(first_line))
        variants += [e for e in dict.fromkeys(translate(t) for t in texts) if e]
        # round 34 (v36l): a bracket is a hint here too, as in a Latin header: a Japanese,
        # Chinese or Korean amount's unit (``予算(千円)``, ``実績（百万円）``, ``예산(천원)``)
        # was read as a word of the header, and the budget beside it as nothing
        hinted = _CJK_BRACKETS.sub(" ", first_line).strip()
        # a bracket whose word reads (``Срок (факт)``: the actual's deadline) qualifies
        # the header, no hint: round 13's reading of the pair stands alone
        qualifier = any(
            translate(m.group(0)[1:-1].strip()) for m in _CJK_BRACKETS.finditer(first_line)
        )
        if hinted and hinted != first_line.strip() and not qualifier:
            variants += [e for e in (translate(hinted),) if e and e not in variants]
    variants += [v for v in (_without_suffix(v) for v in variants) if v]
    variants += [v for v in (_mitigation_reading(v) for v in variants) if v]
    return tuple(dict.fromkeys(variants))


def field_name_words(text: str) -> str | None:
    """A header written as one field name of two words or more (``need_by_revised``,
    ``needByRevised``, ``Need-By``: no space) as its words, spaced (``need by revised``);
    None for a header with a space or of one word (round 23)."""
    if not text or any(ch.isspace() for ch in text):
        return None
    words = split_camel(text).replace("_", " ").split()
    return " ".join(words) if len(words) >= 2 else None


def field_name_currency(text: str) -> str | None:
    """The currency code a field-name header ends on (``budget_eur``, ``actualGbp`` ->
    ``EUR``, ``GBP``): a CSV's or a database's way of writing ``Budget (EUR)``, the code in
    lower case as the rest of the name. None for a header with spaces, a field name of
    one word (``eur``) or one whose last word is no currency code of the list (round 28's
    last hour)."""
    spaced = field_name_words(text)
    words = spaced.split() if spaced else []
    if len(words) < 2 or not re.fullmatch(CURRENCY_CODES, words[-1], re.IGNORECASE):
        return None
    return words[-1].upper()


def _field_name_without_currency(first_line: str) -> str | None:
    """A field-name header ending on a currency code, as its words without the code
    (``budget_eur`` -> ``budget``); None otherwise."""
    if field_name_currency(first_line) is None:
        return None
    return " ".join((field_name_words(first_line) or "").split()[:-1])


def _field_name_reading(first_line: str) -> str | None:
    """A header written as one field name (``snake_case`` or ``camelCase``, no space) read
    as the words a person wrote, with a last word that says which date the column holds
    put first, as a bracket's would be (round 23): ``needByRevised`` and ``need_by_revised``
    are ``Need By (Revised)`` -> ``revised need by``, not "need by" then "revised" (a
    revised need-by date is a need-by date; read in order, "need ... revised" leant to a
    forecast). A header's shape is not its meaning. None for a header with spaces, one
    word, or no date word last (its words are read as they are)."""
    spaced = field_name_words(first_line)
    words = spaced.split() if spaced else []
    if len(words) < 3:
        return None
    last = _dated_qualifier(f"({words[-1]})")
    if last is None or _dated_qualifier(f"({' '.join(words[:-1])})") is not None:
        return None
    return " ".join([last, *words[:-1]])


#: Concepts a bracket after a date names ("(Plan)", "(Actual)", "(Forecast)", "(Ist)").
_DATED_QUALIFIERS = frozenset({"plan", "forecast", "actual", "closed", "due", "commit", "raised"})


@lru_cache(maxsize=4096)
def _dated_qualifier(bracket: str) -> str | None:
    """The text of a bracket that says which date a column holds (``(Actual)``,
    ``(Baseline)``, German ``(Ist)``, ``(Soll)``, Russian ``(план)``, ``(факт)``): every word
    a word of a date concept, read in English when another language's; None for a hint
    (``(who)``, ``(L/M/H)``, ``(dd/mm/yyyy)``)."""
    inner = bracket[1:-1]
    own = [w for w in fold(inner).split() if w]
    if not own or any(not w.isalpha() for w in own):
        return None
    english = (translate(inner) or " ".join(own)).split()
    if not all(_CONCEPT_OF.get(w) in _DATED_QUALIFIERS for w in english):
        return None
    return inner  # its own words, read first ("Date (Plan)" = "Plan Date")


#: The scales a risk is assessed on: a bare "Pre" / "Post" before one of them says before
#: or after the response (round 25); before any other word it says nothing of the kind.
_RISK_SCALE = (
    r"(?:likelihood|probability|impact|score|rating|severity|consequence|exposure"
    # round 30: a risk's expected value (P x impact, in money or on the scale)
    r"|expected\s+(?:monetary\s+)?value|emv"
    # round 30: the scales' letters under a group label folded in ("Target" over "P | I",
    # "Current P"); a letter ends the header or stands before a bracket, never a word's start
    r"|[plic](?=\s*(?:$|\()))\b"
)
#: Round 30: "Target" before a risk scale qualifies the scale (the residual one): the
#: header names no target date ("Target Expected Value" over dollar amounts, read as a
#: due date when the amounts happened to fall in Excel's date range).
_TARGET_SCALE = re.compile(rf"\btarget\s*(?=(?:risk\s+)?{_RISK_SCALE})")
#: Round 30: a risk's expected value (``EMV``, ``Post-mitigation EMV``): the score's kind
#: of figure if any (its values decide), never an impact or a response by likeness of
#: its other words ("post mitigation emv" is no "post mitigation impact").
_EXPECTED_VALUE = re.compile(r"\b(?:expected\s+(?:monetary\s+)?value|emv)\b")
#: Words saying a score is taken after the response ("After mitigation" over Likelihood):
#: read as "residual"; words saying before it ("Pre-mitigation", "Inherent", "Gross"):
#: dropped, the score is the plain one.
_AFTER_RESPONSE = re.compile(
    r"\b(?:after|post)\s*(?:mitigation|treatment|response|controls?)\b"
    # round 22: "Pre-Mitigated Probability" (Safran) is before the response, not after
    r"|(?<!pre )(?<!pre)\b(?:mitigated|treated)\b|\bnet\b"
    # round 25: a bare "Post" before a risk scale ("Post Likelihood", "Post Impact",
    # Acuity's pre/post pair) is the scale after the response; never "Post Code"
    rf"|\bpost\s*(?={_RISK_SCALE})"
    # round 30: a "Target" assessment beside the "Current" one ("Target Likelihood",
    # "Target Impact") is where the planned response is to bring the risk: the residual
    # scale, as "Target Probability" already read; only before a risk scale ("Target
    # Date" is a date)
    rf"|\btarget\s*(?=(?:risk\s+)?{_RISK_SCALE})"
)
_BEFORE_RESPONSE = re.compile(
    r"\b(?:before|pre)\s*(?:mitigation|mitigated|treatment|treated|response|controls?)\b"
    r"|\b(?:inherent|gross|untreated|unmitigated)\b"
    rf"|\bpre\s*(?={_RISK_SCALE})"
    # round 30: "Current" beside "Target" is the risk as it stands: the plain scale
    rf"|\bcurrent\s*(?=(?:risk\s+)?{_RISK_SCALE})"
)


def _mitigation_reading(variant: str) -> str | None:
    """``"after mitigation likelihood"`` -> ``"residual likelihood"``; ``"pre mitigation
    probability"`` -> ``"probability"``; None when the reading names neither."""
    after = _AFTER_RESPONSE.sub(" residual ", variant)
    if after != variant:
        words = after.split()
        return " ".join(words) if len(words) > 1 else None
    before = " ".join(_BEFORE_RESPONSE.sub(" ", variant).split())
    return before if before and before != variant else None


#: Trailing words that qualify a scale without changing what it measures ("Severity
#: Rating", "Impact Level", "Priority Grade" read as Severity, Impact, Priority).
SCALE_QUALIFIERS = frozenset({"rating", "level", "grade"})
#: Trailing words of a tool's timestamp column ("Completed At", "Resolved On").
TIMESTAMP_SUFFIXES = frozenset({"at", "on"})
#: Trailing words of a column of notes on a text field ("Resolution Notes", "Mitigation
#: Comments"): the notes are that field (round 7). Only for fields that are themselves
#: free text; "Status Comments" is no status.
NOTE_SUFFIXES = frozenset(
    # "Response Description" (Primavera), "Mitigation Description": the text of that field
    # (round 13)
    {"notes", "note", "comments", "comment", "details", "remarks", "description"}
)
#: Words that make a header a detail of the matched phrase, not the phrase itself: a
#: ``Contact Phone``, ``Contact Number`` or ``Contact Centre`` holds a phone number or a
#: place, never the contact's name, so a synonym found inside such a header (``contact``)
#: is no partial match; a synonym that is the word itself (``number`` = ID) still is, and
#: is weighed by the values (a phone number is no ID: ``value_fit``). An e-mail address is
#: not here: ``Owner Email`` names the owner (``people.py`` reads the name from it). A
#: ``Decision Maker`` is a person, never the decision (red team of round 10: an issue log's
#: decision makers were read as its resolutions).
DETAIL_HEADS = frozenset(
    {"phone", "telephone", "tel", "mobile", "centre", "center", "number", "maker"}
)
NOTED_FIELDS = frozenset(
    {
        "resolution",
        "mitigation",
        "response",
        "action",
        "actions",
        "contingency",
        "decision",
        "outcome",
    }
)


def _without_suffix(variant: str) -> str | None:
    """A reading without a trailing qualifier: ``"severity rating"`` -> ``"severity"``,
    ``"completed at"`` -> ``"completed"`` (a past participle before "at" / "on"). None when
    nothing is dropped, or when only the register's noun would remain ("Risk Rating" is
    the computed rating)."""
    words = variant.split()
    if len(words) < 2:
        return None
    if words[-1] in SCALE_QUALIFIERS:
        rest = words[:-1]
        if all(w in _ALL_REGISTER_WORDS or w in GENERIC_NOUNS or w == "overall" for w in rest):
            return None
        return " ".join(rest)
    if words[-1] in TIMESTAMP_SUFFIXES and words[-2].endswith("ed"):
        return " ".join(words[:-1])
    if words[-1] in NOTE_SUFFIXES and len(words) == 2 and words[0] in NOTED_FIELDS:
        return words[0]
    return None


#: Where a header parts two alternatives: a spaced slash (``Rationale / Justification``);
#: round 39 (t48b): a Japanese middle dot between two words written in kanji
#: (``対応方針・対応内容``, the response's approach and what was done), never inside a
#: katakana loanword (``プロジェクト・マネージャー`` is one word, project manager)
_ALTERNATIVE_PARTS = re.compile(
    r"\s/\s|(?<=[\u4e00-\u9fff])\u30fb(?=[\u4e00-\u9fff])|\s(?:and|&|y|und|et)\s", re.IGNORECASE
)


#: Round 40 (t50b): what an alternative of a decision column names when its rows are
#: actions too (``Decision / Action``, Spanish ``Acuerdo / Acción``, ``Acuerdos y
#: acciones``): read through the header's own words and the languages' (``acciones``).
_ACTION_ALTERNATIVES = frozenset(
    {"action", "actions", "accion", "acciones", "action item", "action items", "response"}
)


def decision_or_action(text: str) -> bool:
    """Round 40 (t50b): whether a header names a decision OR an action (``Decision /
    Action``, ``Acuerdo / Acción``): minutes listing what was agreed and what is to be done,
    an owner and a date promised beside it, are an action list, and the standard has no
    actions register; such a column is no decision log's text (a decision's own header,
    ``Decision``, ``Tema tratado y acuerdo``, reads as before)."""
    first_line = text.replace("\r", "\n").strip().split("\n", 1)[0]
    parts = _ALTERNATIVE_PARTS.split(first_line)
    if len(parts) < 2:
        return False
    return any(set(normalise_header(part.strip())) & _ACTION_ALTERNATIVES for part in parts)


@lru_cache(maxsize=4096)
def alternative_readings(text: str) -> tuple[str, ...]:
    """The readings of each alternative of ``"Rationale / Justification"`` (a spaced
    slash), which match at most :data:`WEAK_SYNONYM`; () for other headers."""
    first_line = text.replace("\r", "\n").strip().split("\n", 1)[0]
    if not _ALTERNATIVE_PARTS.search(first_line):
        return ()
    whole = set(normalise_header(text))
    parts: list[str] = []
    for part in _ALTERNATIVE_PARTS.split(first_line):
        parts.extend(v for v in normalise_header(part.strip()) if v not in whole)
    return tuple(dict.fromkeys(parts))


#: A header whose words outside the brackets are a tool's wrapper ("Custom field (X)").
_GENERIC_WRAPPER = re.compile(
    r"^\s*(?:custom\s*field|cf|field|column|attribute)\s*[(\[{]\s*([^)\]}]+?)\s*[)\]}]\s*$",
    re.IGNORECASE,
)

#: Round 34 (v36g): an ERP's amount column named by its measure in a bracket (NetSuite's
#: and Dynamics' ``Amount (Actual)`` / ``Amount (Budget)``, ``Net Amount [Forecast]``,
#: ``Value (Plan)``): the bracket is the header's own word, as a date's ``(Actual)`` is;
#: read as the bracket's measure. Before, both brackets were dropped as hints, both columns
#: read as "amount", and the table was refused. Only a generic amount word before the
#: bracket, and only a measure in it: ``Cost (USD)``, ``Budget (incl. VAT)`` read as before.
_MEASURE_BRACKET = re.compile(
    r"^\s*(?:net\s+)?(?:amount|amt|value|sum|balance)\s*[(\[]\s*"
    r"(actual|actuals|budget|budgeted|forecast|plan|planned)\s*[)\]]\s*$",
    re.IGNORECASE,
)

#: Round 38 (t47b): a short abbreviation and earned value's English acronym in brackets
#: (``VP (BCWS)``, ``CE (ACWP)``, ``VA (BCWP)``, ``VP (PV)``, ``CR (AC)``).
_EARNED_VALUE_BRACKET = re.compile(
    r"^\s*\w{1,4}\.?\s*[(\[]\s*(bcws|acwp|bcwp|pv|ac|ev)\s*[)\]]\s*$", re.IGNORECASE
)

#: A field summed by a pivot table or a BI tool's export (round 14): Excel's and Power BI's
#: ``Sum of Budget``, Google Sheets' ``SUM of Budget``, Tableau's ``SUM(Budget)``. Each row of
#: a summarized export is one group (a month and a cost line), so the sum is the field's
#: value; ``Count of`` and ``Average of`` are other figures and stay unread. Round 17: the
#: same caption as Excel writes it in German, French, Spanish, Italian, Dutch and Portuguese
#: (``Summe von Budget``, ``Somme de Budget``, ``Suma de``, ``Somma di``, ``Som van``, ``Soma
#: de``) and LibreOffice's ``Sum - Budget``.
_SUMMED = re.compile(
    r"^\s*(?:(?:sum\s+of|summe\s+von|somme\s+de|suma\s+de|somma\s+di|som\s+van|soma\s+de|"
    r"sum\s*-)\s+(.+?)|sum\s*\(\s*([^()]+?)\s*\))\s*$",
    re.IGNORECASE,
)

#: Nouns that name a log rather than a column ("RAID ID", "Item Title", "Entry Date"):
#: dropped like the register's own noun when matching.
GENERIC_NOUNS: tuple[str, ...] = (
    "raid",
    "item",
    "entry",
    "record",
    "log",
    "row",
    "task",
    "card",
    # round 13: what a bug tracker, a service desk or an audit calls the log's item
    # ("Bug ID", "Defect Title", "Ticket No", "Finding No.")
    "bug",
    "defect",
    "ticket",
    "finding",
)


@lru_cache(maxsize=1)
def _vocabulary() -> frozenset[str]:
    """Every word of every synonym of every register (for reading short forms)."""
    words: set[str] = set()
    for register in layout.REGISTERS:
        for _, phrases in _phrase_table(register.key):
            for phrase in phrases:
                words.update(phrase_words(phrase.lstrip("~")).split())
    return frozenset(w for w in words if w.isalpha())


def _skeleton(word: str) -> str:
    """The word's first letter and its consonants, doubled letters once ("target" -> "trgt")."""
    out = word[0]
    for ch in word[1:]:
        if ch not in "aeiou" and ch != out[-1]:
            out += ch
    return out


def _is_subsequence(short: str, word: str) -> bool:
    it = iter(word)
    return all(ch in it for ch in short)


@lru_cache(maxsize=8192)
def _short_form_of(word: str) -> str | None:
    """The one vocabulary word ``word`` abbreviates, or None.

    A short form is at least 3 letters, starts like the word and is either its start
    ("sev" -> severity) or its consonants in order ending on its last consonant ("tgt" ->
    target, "mgr" -> manager, "cmnt" -> comment). Only an unambiguous reading counts.

    Round 42 (ph42a): a word another language writes in full (a header word of
    ``languages.toml``: French ``Résolu``, Portuguese ``Custo``, Swedish ``Summa``) is no
    short form of an English word (``resolution``, ``customer``, ``summary``): it is read
    as its own language's word."""
    vocabulary = _vocabulary()
    if len(word) < 3 or not word.isalpha() or word in vocabulary or word in ABBREVIATIONS:
        return None
    if (word,) in lexicon("words").phrases:
        return None
    consonants_only = all(ch not in "aeiou" for ch in word[1:])
    found = {
        w
        for w in vocabulary
        if len(w) > len(word) + 1
        and w[0] == word[0]
        and (
            w.startswith(word)
            or (consonants_only and _is_subsequence(word, w) and word[-1] == _skeleton(w)[-1])
        )
    }
    return found.pop() if len(found) == 1 else None


#: A word shortened with an apostrophe before its last letter (``Req'd``, ``Rec'd``,
#: ``Appr'd``), as a hand-kept log writes a past participle: its letters joined (``reqd``),
#: so that the short form is read as :data:`ABBREVIATIONS` or :func:`_short_form_of` say.
_CONTRACTED = re.compile(r"\b([a-z]{2,})['\u2019]d\b", re.IGNORECASE)


def _contraction(match: re.Match[str]) -> str:
    """``req'd`` -> ``reqd`` (round 25): one short word, not ``req`` and ``d``."""
    return f"{match.group(1)}d"


#: Confidence of a weak synonym (written ``"~phrase"`` in :mod:`addin.adopt.synonyms`).
WEAK_SYNONYM = 0.9
#: Round 37 (t43a): how much less sure a weak synonym's partial reading is than a plain
#: synonym's partial reading of the same share of the header (a little, as a reading that
#: dropped text is).
WEAK_PARTIAL = 0.97

#: Short forms seen in legacy headers, read as the full word (as another reading).
ABBREVIATIONS: dict[str, str] = {
    "desc": "description",
    "descr": "description",
    "prob": "probability",
    "imp": "impact",
    "sev": "severity",
    "pri": "priority",
    "prio": "priority",
    "cat": "category",
    "resp": "responsible",
    "mitig": "mitigation",
    "stat": "status",
    "own": "owner",
    "mgr": "manager",
    "dt": "date",
    "mth": "month",
    "fcst": "forecast",
    "bgt": "budget",
    "bud": "budget",
    "est": "estimated",
    "amt": "amount",
    "upd": "updated",
    "res": "resolution",
    "depend": "dependency",
    "ms": "milestone",
    "bl": "baseline",
    "act": "actual",
    "ser": "serial",  # round 13: a defence log's serial ("Ser")
    # round 25: past participles shortened with an apostrophe (``Req'd By``, ``Rec'd``),
    # their letters joined by :func:`_contraction`
    "reqd": "required",
    "recd": "received",
}

#: Round 39 (t49b): short forms read only when they are the whole header, being a common
#: word inside a longer one: an ERP export's ``Per.`` (SAP's ``Per.`` beside ``GJahr``,
#: ``Per`` beside ``Year``) is its period, where ``Cost per unit`` keeps its preposition.
LONE_SHORT_FORMS: dict[str, str] = {"per": "period"}


@lru_cache(maxsize=8192)
def phrase_words(phrase: str) -> str:
    return " ".join(_NON_WORD.sub(" ", split_camel(phrase).lower()).split())


def phrase_score(
    header_variant: str, phrase: str, register_key: str, matcher: SequenceMatcher | None = None
) -> float:
    """How well one normalised header reading matches one synonym (0..1).

    ``matcher``, when given, already holds ``header_variant`` as its second sequence (a
    speed-up when one header is compared with many synonyms).
    """
    target, target_words, target_sorted, only_nouns = _phrase_facts(phrase, register_key)
    if not target:
        return 0.0
    if header_variant == target:
        return 1.0
    words, words_sorted, stripped, latin = _variant_facts(header_variant, register_key)
    if len(words) > 1 and words_sorted == target_sorted:
        # the synonym's words in another order (round 23): a header translated word by word
        # keeps its language's order, the noun before its modifier (Persian عنوان وابستگی,
        # "title dependency", is "dependency title"; Arabic, French and Spanish alike)
        return 1.0
    if stripped and stripped != words and " ".join(stripped) == target:
        return 0.95
    if (
        len(target) > 2
        and len(words) > len(target_words)
        and not only_nouns
        and target in header_variant
        and (_contains(words, target_words) or (stripped and _contains(stripped, target_words)))
        and not any(w in DETAIL_HEADS and w not in target_words for w in words)
    ):
        if stripped:
            own = _own_words(register_key)
            own_free = [w for w in target_words if w not in own] or target_words
            share = len(own_free) / max(len(stripped), 1)
        else:
            share = len(target_words) / max(len(words), 1)
        return round(min(0.95, 0.6 + 0.3 * share), 3)
    if len(target) >= 4 and len(header_variant) >= 4 and latin:
        # a close spelling is a typo of English: "decision 人" (决策人, who decided) is no
        # misspelt "decision id" (red team of round 10)
        if abs(len(target) - len(header_variant)) > 0.2 * max(len(target), len(header_variant)):
            return 0.0
        ratio = _close_ratio(target, header_variant, matcher)
        if (
            ratio >= 0.82
            and not _another_word(words, target_words)
            and not negated(words, target_words)
        ):
            return round(0.9 * ratio, 3)
    return 0.0


#: Round 35 (t38c): the prefixes that make a word its opposite (``Unexpended``,
#: ``Uninvoiced``, ``Unbudgeted``, ``Non-billable``).
_NEGATING = ("un", "non")


def negated(words: Sequence[str], target_words: Sequence[str]) -> bool:
    """True when a close spelling is a synonym's word with a negating prefix, its opposite,
    not a typo: ``Unexpended`` (what is left of a grant) is no misspelt ``Expended``, nor
    ``Uninvoiced`` ``Invoiced`` or ``Unbudgeted`` ``Budgeted`` (round 35, t38c)."""
    return any(
        w == p + t or w == f"{p}-{t}" for w in words for t in target_words for p in _NEGATING
    )


@lru_cache(maxsize=16384)
def _phrase_facts(
    phrase: str, register_key: str
) -> tuple[str, tuple[str, ...], tuple[str, ...], bool]:
    """Round 31 (speed): what :func:`phrase_score` reads of a synonym, once per synonym and
    register rather than once per header reading: its words, them sorted, and whether they
    are all the register's own nouns. A pure function of its strings and the module's fixed
    tables, so the cache holds nothing of a workbook or of a mapping file."""
    target = phrase_words(phrase)
    target_words = tuple(target.split())
    own = _own_words(register_key)
    return target, target_words, tuple(sorted(target_words)), all(w in own for w in target_words)


@lru_cache(maxsize=16384)
def _variant_facts(
    variant: str, register_key: str
) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], bool]:
    """Round 31 (speed): what :func:`phrase_score` reads of a header reading, once per
    reading and register rather than once per synonym: its words, them sorted, them without
    the register's own nouns, and whether it is Latin (a close spelling may be a typo)."""
    words = tuple(variant.split())
    own = _own_words(register_key)
    stripped = tuple(w for w in words if w not in own)
    latin = variant.isascii() or fold(variant).isascii()
    return words, tuple(sorted(words)), stripped, latin


#: Round 31 (speed): the likeness of a synonym and a header reading, at most this many pairs
#: remembered (a pure function of the two strings: the same pair recurs in every register).
_RATIO_PAIRS = 65536
_ratios: dict[tuple[str, str], float] = {}


def _close_ratio(target: str, variant: str, matcher: SequenceMatcher | None) -> float:
    """The likeness of ``target`` and ``variant`` when both quick bounds reach 0.82, else 0
    (the caller reads only a likeness of 0.82 or more)."""
    pair = (target, variant)
    found = _ratios.get(pair)
    if found is not None:
        return found
    if matcher is None:
        matcher = SequenceMatcher(None, target, variant)
    else:
        matcher.set_seq1(target)
    if matcher.real_quick_ratio() < 0.82 or matcher.quick_ratio() < 0.82:
        ratio = 0.0
    else:
        ratio = matcher.ratio()
    if len(_ratios) >= _RATIO_PAIRS:
        _ratios.clear()
    _ratios[pair] = ratio
    return ratio


def _another_word(words: Sequence[str], target_words: Sequence[str]) -> bool:
    """True when a close spelling differs from the synonym by a whole other word of the
    synonyms, not a typo: ``end date`` is no misspelt ``open date`` (red team of round 8:
    an issue's end date, ``Fecha de fin``, read as the date raised)."""
    if len(words) != len(target_words):
        return False
    known = english_words()
    # round 38: a word listed as making a measure's figure another one (``Used``, ``Over``)
    # is a word of its own too: ``Used Budget`` is no misspelt ``Phased budget``
    return any(
        (
            (a in known or a in NOT_THE_MEASURE)
            and b in known
            and not (a.startswith(b) or b.startswith(a))
        )
        or _unlike(a, b)
        for a, b in zip(words, target_words, strict=True)
    )  # "validated" / "validate", "dates" / "date": one word, inflected


#: Below this likeness two words of four letters or more are two words, not one misspelt.
TYPO_LIKENESS = 0.6


def _unlike(a: str, b: str) -> bool:
    """True when two words are too unlike for one to be a typo of the other: a typo changes
    a letter or two (``rsik`` / ``risk`` 0.75), another word most of them (``Related Work`` is
    no misspelt ``Related Risk``: ``work`` / ``risk`` 0.5; round 13)."""
    if a == b or min(len(a), len(b)) < 4:
        return False
    return SequenceMatcher(None, a, b).ratio() < TYPO_LIKENESS


_GENERIC_SET = frozenset(GENERIC_NOUNS)
_ALL_REGISTER_WORDS = frozenset(w for words in REGISTER_WORDS.values() for w in words)


@lru_cache(maxsize=64)
def _register_words(register_key: str) -> frozenset[str]:
    return frozenset(REGISTER_WORDS.get(register_key, ()))


@lru_cache(maxsize=64)
def _own_words(register_key: str) -> frozenset[str]:
    """The register's own nouns and the generic ones (round 31: once per register, not a
    new set per synonym compared)."""
    return _register_words(register_key) | _GENERIC_SET


@lru_cache(maxsize=64)
def _phrase_table(register_key: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(column key, its synonyms) for every column of a register, computed once."""
    register = layout.REGISTERS_BY_KEY[register_key]
    return tuple(
        (column.key, synonyms_for(register_key, column.key)) for column in register.columns
    )


def _contains(words: Sequence[str], part: Sequence[str]) -> bool:
    """True when ``part`` appears in ``words`` as a run of consecutive words."""
    n = len(part)
    whole = tuple(part)
    return any(tuple(words[i : i + n]) == whole for i in range(len(words) - n + 1))


@dataclass(frozen=True)
class Candidate:
    """One possible destination of a source column."""

    column_key: str
    confidence: float
    synonym: str


def keep_candidates(scored: dict[int, list[Candidate]], col: int, kept: list[Candidate]) -> None:
    """Narrow a column's candidates to ``kept``: a column left with none is no longer a
    candidate column at all (the one way every rule that takes a reading away does it)."""
    if kept:
        scored[col] = kept
    else:
        del scored[col]


#: Round 32: the words Nordic budget follow-ups head their actual by, read as the actual only
#: where a finance measure is expected (a finance table's header, a column under a cost
#: line, a measure column's cell, a block heading), never as a header word of another
#: register: Swedish ``Budget | Utfall | Prognos`` (Fortnox, Visma), Norwegian ``Budsjett |
#: Regnskap | Prognose``, Danish ``Budget | Forbrug | Prognose`` (the outcome, the books'
#: figure and the spend are the actual). ``Utfall`` is no actual in the general
#: vocabulary: an assumption log's outcome column is headed so.
NORDIC_ACTUAL = frozenset(
    {
        *("utfall", "utfallet", "utfall hittills", "bokfört", "bokført", "bogført"),
        *("regnskap", "regnskab", "forbruk", "forbrug", "förbrukat", "forbrukt", "forbrugt"),
    }
)


def nordic_actual(text: str) -> bool:
    """True when ``text`` is one of :data:`NORDIC_ACTUAL` (a qualifier in brackets or a
    currency code after it dropped: ``Utfall (SEK)``)."""
    words = re.sub(r"\(.*?\)|\b[A-Z]{3}\b", " ", text).casefold().split()
    return bool(words) and " ".join(words) in NORDIC_ACTUAL


def candidates(header: str, register_key: str) -> list[Candidate]:
    """Every column of the register the header could mean, best first."""
    return list(_candidates(header, register_key))


#: Round 32's last hour: a register's noun cut to a month's short form before an id's mark
#: (a decision log's ``Dec #``, ``Dec No.``, ``Dec. Ref``, ``Dec ID``): the short forms'
#: rule never reads a month's word (``Dec`` is December in a finance table), so the
#: register's own short form is written out here, in that register only, and only before
#: the mark (``Dec`` alone or ``Dec 2026`` stays unread).
_MONTH_SHORT_NOUN = {"decisions": "Decision"}
_MONTH_SHORT_ID = re.compile(
    r"^\s*dec\.?\s*(?P<mark>#|no\.?|nr\.?|num(?:ber)?|ref(?:erence)?\.?|id)\s*$",
    re.IGNORECASE,
)


def month_short_id(header: str, register_key: str) -> str | None:
    """The header written out (``Decision #``) when it is the register's noun cut to a
    month's short form before an id's mark (:data:`_MONTH_SHORT_ID`), else None: such a
    header is no month label (``Dec #`` is no December)."""
    noun = _MONTH_SHORT_NOUN.get(register_key)
    short_id = _MONTH_SHORT_ID.match(header) if noun else None
    return None if short_id is None else f"{noun} {short_id.group('mark')}"


#: Round 32's last hour: the state of the money an item triggers (a SOW payment plan's
#: ``Invoice status`` Raised / Paid / Not due, ``Payment status``, ``Billing status``) is the
#: invoice's, not the item's: a milestone accepted may be not yet invoiced, and ``Paid`` is
#: no milestone's state. Never the register's status (before, read at 0.75 as any
#: ``<noun> status``); ``Milestone status`` and ``Status`` are still.
_MONEY_STATUS = re.compile(
    r"^\s*(?:invoice|invoicing|invoiced|payment|billing|claim)\s+status\b", re.IGNORECASE
)


def money_status(header: str) -> bool:
    """Whether a header names the state of a payment or an invoice (``Payment status``,
    ``Invoice status``), no item's status; round 40 (t50b): or reads so in English (German
    ``Zahlstatus``, ``Zahlungsstatus``)."""
    return bool(_MONEY_STATUS.match(header)) or any(
        _MONEY_STATUS.match(v) for v in normalise_header(header)
    )


#: Round 33: one side's remarks on each item in a supplier's or a client's copy of a log
#: (``Supplier comment``, ``Vendor notes``, ``Client remarks``, ``Contractor's update``,
#: ``Customer feedback``): the party's words, never the party (a dependency's supplier or
#: counterparty) nor its person (an owner).
#: Round 35's third wave: any party of :mod:`addin.adopt.parties` (``Buyer remarks``,
#: ``Notes (sub-contractor)``, ``Seller's feedback``), written before or after its remarks.
_REMARK_WORDS = frozenset(
    {
        *("comment", "comments", "commentary", "note", "notes", "remark", "remarks"),
        *("feedback", "update", "updates", "observation", "observations"),
    }
)


def party_comment(found: list[Candidate], header: str) -> list[Candidate]:
    """Round 33: no partial reading of a party's remarks (:data:`_REMARK_WORDS`): a
    contractor's RAID extract's ``Supplier comment`` (``Awaiting client``) was read as a
    dependency's counterparty by its word ``supplier``. A whole synonym (a vocabulary
    listing ``Client comments`` for a column) still reads it; ``Supplier`` alone and
    ``Supplier contact`` are still the party."""
    if parties.party_qualified(header, _REMARK_WORDS, frozenset({"s"})) is None:
        return found
    return [c for c in found if c.confidence >= 1.0]


#: Round 36 (t40a): a register's status as one side keeps it (a vendor's issue log sent to
#: the client: ``Vendor status``; ``Status (supplier)``, ``Client status``): the items'
#: status, read for certain, a little below a bare ``Status`` (which wins beside it).
_STATUS_WORDS = frozenset({"status", "state"})
PARTY_STATUS = 0.9


def party_status(found: list[Candidate], header: str) -> list[Candidate]:
    """Round 36: ``found`` with the status at :data:`PARTY_STATUS` for a header that is one
    party's word and the status only (``parties.party_qualified``): before, the party's word
    left a partial reading (0.75) that no field test counted, and a vendor's issue log lost
    its status. A money status (``Invoice status``) or any other word keeps its reading."""
    if parties.party_qualified(header, _STATUS_WORDS, frozenset({"s", "the"})) is None:
        return found
    if not any(c.column_key == "status" for c in found):
        return found
    out = [
        Candidate("status", max(c.confidence, PARTY_STATUS), c.synonym)
        if c.column_key == "status"
        else c
        for c in found
    ]
    return sorted(out, key=lambda c: -c.confidence)


@lru_cache(maxsize=16384)
def _candidates(header: str, register_key: str) -> tuple[Candidate, ...]:
    written_out = month_short_id(header, register_key)
    if written_out is not None:
        return _candidates(written_out, register_key)
    variants = normalise_header(header)
    if not variants:
        return ()
    parts_from = len(variants)
    variants = variants + alternative_readings(header)
    matchers = [SequenceMatcher(None, "", v) for v in variants]
    found: list[Candidate] = []
    for column_key, phrases in _phrase_table(register_key):
        best = Candidate(column_key, 0.0, "")
        for phrase in phrases:
            # a "~" phrase is a weaker synonym: it never outranks a plain one (RAG vs Status)
            weak = WEAK_SYNONYM if phrase.startswith("~") else 1.0
            for index, variant in enumerate(variants):
                cap = min(weak, WEAK_SYNONYM) if index >= parts_from else weak
                score = phrase_score(variant, phrase.lstrip("~"), register_key, matchers[index])
                if weak < 1.0 and score < 1.0:
                    # round 37 (t43a): nor does its partial reading outrank a plain one's
                    # (an invoice log's ``Invoice date`` read by ``~date`` beside its
                    # ``Service month`` read by ``month``: the month is the one headed so)
                    score *= WEAK_PARTIAL
                score = min(cap, score)
                if index and score < 1.0:
                    score *= 0.97  # a reading that dropped text is a little less sure
                if score > best.confidence:
                    best = Candidate(column_key, round(score, 3), phrase.lstrip("~"))
            if best.confidence >= 1.0:
                break
        if best.confidence >= 0.5:
            found.append(best)
    found.sort(key=lambda c: -c.confidence)
    found = _side_person_ends(found, variants[:parts_from])
    found = _not_text_by_whom(found, variants[:parts_from], register_key)
    if any(v in KNOWN_UNMAPPED for v in variants[:parts_from]):
        # a header listed as no column ("Next Review Date") is not partly one ("review
        # date"): only a whole synonym still reads it (round 16)
        found = [c for c in found if c.confidence >= 1.0]
    if register_key == "decisions" and decision_or_action(header):
        found = [c for c in found if c.column_key != "decision"]
    agreed = _agreed_alternative(header, register_key)
    if agreed is not None:
        found = [agreed, *(c for c in found if c.column_key != agreed.column_key)]
    found = _by_sense(found, variants[:parts_from], register_key, header)
    if money_status(header):
        found = [c for c in found if c.column_key != "status"]
    found = party_comment(found, header)
    found = party_status(found, header)
    if register_key == "finance":
        if share_of_amount(header):
            # round 38 (t46a): ``% honoraires``, ``% of fee``: the share a row is of the
            # whole (a fee schedule's stage), never an amount of money itself
            found = [c for c in found if c.column_key not in AMOUNT_KEYS]
        if any(v in WORK_LINES for v in variants) and not any(
            c.column_key == "cost_line" and c.confidence >= 1.0 for c in found
        ):
            # round 41 (ox41): a cost sheet's ``Work`` / ``Arbeiten`` (whole header only)
            found = [
                Candidate("cost_line", 1.0, "works"),
                *(c for c in found if c.column_key != "cost_line"),
            ]
        if not found and nordic_actual(header):  # round 32: `Budget | Utfall | Prognos`
            found = [Candidate("actual", 1.0, "(a Nordic word for the actual)")]
        if not found and value_in_currency(header):
            found = [Candidate("actual", 0.9, "(a value stated in a currency)")]
        if not found and (acronym := _EARNED_VALUE_BRACKET.match(header)):
            # round 38 (t47b): an earned-value measure abbreviated in the team's language
            # with its English acronym in brackets (Italian ``VP (BCWS)``, ``CE (ACWP)``,
            # Spanish ``CR (AC)``) is read by the acronym: the planned value is the budget,
            # the actual cost the actual; ``VA (BCWP)`` (earned value) stays unread
            found = list(_candidates(acronym.group(1), register_key))
        if effort_measure(header):
            # round 42 (ox42): a measure whose unit is time (``Budget (hrs)``, ``Budget
            # hours``, ``Budgeted effort (days)``, ``Budget (Stunden)``) is effort, no money
            found = [c for c in found if c.column_key not in AMOUNT_KEYS]
        if not EFFORT_UNIT.search(header):
            found = _money_measure(found, variants[:parts_from])
            found = _measure_of_a_cost(found, variants[:parts_from])
            found = _period_amount(found, variants[:parts_from])
            found = _qualified_measure(found, variants[:parts_from], header)
        if _WITH_TAX.search(header):
            # round 31: a project's costs are counted without the tax a supplier adds
            # (``Invoiced (ex VAT)`` beside ``Invoiced (inc VAT)``); alone it is still read
            found = sorted(
                (
                    Candidate(c.column_key, round(c.confidence * WITH_TAX, 3), c.synonym)
                    if c.column_key in AMOUNT_KEYS
                    else c
                    for c in found
                ),
                key=lambda c: -c.confidence,
            )
    if any(_TARGET_SCALE.search(v) for v in variants[:parts_from]):
        # "Target Likelihood", "Target Rating": the residual scale, no target (due) date
        found = [c for c in found if fold(c.synonym) != "target" and c.column_key != "due_date"]
    if register_key == "risks" and any(_EXPECTED_VALUE.search(v) for v in variants[:parts_from]):
        found = [c for c in found if c.column_key in ("score", "residual_score")]
    if any(FOLLOW_UP & set(v.split()) for v in variants):
        # round 23 (its last hour): "Action owner" in a decision log is who follows the
        # decision up, not who made it: no partial reading of its "owner" as the maker
        found = [c for c in found if not (c.column_key == "made_by" and c.confidence < 1.0)]
    if document_reference(header):
        # round 33: ``Drawing ref``: another document's number, not the item's own
        found = [c for c in found if not (c.column_key == "id" and c.confidence < 1.0)]
    if supplier_side_person(header):
        found = _supplier_side(found, register_key)
    elif register_key == "decisions" and supplier_side_maker(header):
        # round 33: ``Decided by (Vendor)`` beside ``Decided by (Client)``: the project's
        # decision is its own side's, whichever column stands first (as an owner's)
        found = [
            Candidate(c.column_key, round(min(c.confidence, 0.75) * SUPPLIER_OWNER, 3), c.synonym)
            if c.column_key == "made_by"
            else c
            for c in found
        ]
        found.sort(key=lambda c: -c.confidence)
    elif owner_party(header):
        found = _owner_party(found)
    if register_key == "issues" and stopgap_fix(header):
        # rt33b: a workaround or a proposed fix is what was done meanwhile or meant: beside
        # ``Action taken`` or ``Fix applied`` the issue's resolution is that column's
        found = sorted(
            (
                Candidate(
                    c.column_key, round(min(c.confidence, 0.75) * SUPPLIER_OWNER, 3), c.synonym
                )
                if c.column_key == "resolution"
                else c
                for c in found
            ),
            key=lambda c: -c.confidence,
        )
    if register_key == "finance" and (
        _TO_DATE.search(header) or any(_TO_DATE.search(v) for v in variants[:parts_from])
    ):
        # red team of round 31: "Budget to date", "Spend to date" hold amounts so far, no
        # month ("date" was their partial reading: 40,000 read as a date, July 2009); round
        # 31's last hour: tested on the header's readings too, so a tool's "Spent_to_date"
        # or "CertifiedToDate" (no space before "to") is no month either
        found = [c for c in found if not (c.column_key == "month" and c.confidence < 1.0)]
        found = _actual_to_date(found, variants[:parts_from])
    if register_key == "finance" and (NOT_SPENT.search(header) or order_value(header)):
        # red team of round 32's first wave: ``Amount committed``, ``Amount outstanding``,
        # reached the actual only partly (by ``amount``): orders raised and what is left
        # are not spent
        found = [c for c in found if not (c.column_key == "actual" and c.confidence < 1.0)]
    if register_key == "finance" and PRIOR_YEAR.search(header):
        # rt33: ``Budget (prior year)``, ``Actual - previous year``: last year's figure
        # beside this year's is a comparison, no measure of the row's month (its bracket
        # read as a hint made it the budget, last year's adopted as this year's)
        found = [c for c in found if c.column_key not in AMOUNT_KEYS]
    if register_key == "milestones" and (
        # round 40 (t50b): or its reading in English (German ``vertragl. Termin``, the
        # contractual date), as every other reading of a header is
        contract_date(header) or any(contract_date(v) for v in variants[:parts_from])
    ):
        found = _contract_date(found)
    return tuple(_planned_beside_baseline(found, variants[:parts_from], register_key))


#: Round 35's third wave: the general words of the document that fixes a supplier's dates
#: (the contract, its statement of work or master agreement, the purchase order, what was
#: agreed or committed). Rounds 31, 32 and 35 each listed the spellings their batch used
#: (``SOW date``, ``Date per contract``, ``Contract | Forecast``); this is the vocabulary.
CONTRACT_DOCUMENT = frozenset(
    {
        *("contract", "contracts", "contractual", "contracted", "contractually"),
        *("agreement", "agreed", "sow", "msa", "po", "committed", "commitment"),
    }
)
#: Two-word documents read as one word (``Statement of work``, ``Purchase order``).
_CONTRACT_PHRASE = re.compile(r"\bstatement\s+of\s+works?\b|\bpurchase\s+order\b")
#: Words that only say "the date" around the document (``Date per SOW``, ``Due as per PO``).
_DATE_FILLER = frozenset(
    {"date", "dates", "due", "deadline", "per", "as", "in", "by", "the", "on", "under", "s"}
)


@lru_cache(maxsize=4096)
def contract_date(header: str) -> bool:
    """Round 35's third wave: True when a milestone table's header names a date by the
    document that fixes it and nothing else: one word of :data:`CONTRACT_DOCUMENT` (or
    ``Statement of work``, ``Purchase order``) and only words saying "the date"
    (``Date per agreement``, ``Statement of work date``, ``Date - per PO``, ``MSA due``).
    ``Contract value``, ``Contract ref``, ``Contractor`` and a date word alone are not."""
    text = _CONTRACT_PHRASE.sub(" sow ", fold(header).casefold())
    words = re.findall(r"[a-z]+", text)
    documents = [w for w in words if w in CONTRACT_DOCUMENT]
    return len(documents) == 1 and all(w in CONTRACT_DOCUMENT or w in _DATE_FILLER for w in words)


#: How sure a date named by its contract is the baseline: as ``~contract`` alone (weak
#: synonyms), so the column's values still decide (contract names are no dates).
CONTRACT_DATE = 0.9


def _contract_date(found: list[Candidate]) -> list[Candidate]:
    if any(c.column_key == "baseline_date" and c.confidence >= CONTRACT_DATE for c in found):
        return found
    kept = [c for c in found if c.column_key != "baseline_date"]
    kept.append(Candidate("baseline_date", CONTRACT_DATE, "(a date the contract fixes)"))
    return sorted(kept, key=lambda c: -c.confidence)


#: rt33: a figure said to be a prior year's (``Budget (prior year)``, ``Actual last FY``).
PRIOR_YEAR = re.compile(
    r"\b(?:last|prior|previous)\s+(?:financial\s+|fiscal\s+)?(?:year|fy)\b"
    r"|\b(?:py|ly)\b(?=\s*[)\]]|\s*$)",
    re.IGNORECASE,
)


#: Red team of round 32's first wave: what a cost report writes beside the actual that is
#: not spent: orders raised (``Committed``, ``Open POs``), what is left (``Remaining``,
#: ``Balance``, ``Cost to go``, ``Estimate to complete``), a reserve. Not ``Claimed``: a
#: grant claim's ``Amount claimed`` is the spend claimed back (the forty-eighth batch's
#: grant claims lost 13 facts when it was in the list).
NOT_SPENT = re.compile(
    r"\b(?:committed|commitments?|uncommitted|open\s+(?:pos?|orders?|purchase\s+orders?)|"
    r"remaining|balance|left|available|outstanding|unspent|to\s+go|to\s+complete|"
    r"contingency|contingencies|reserves?|headroom)\b",
    re.IGNORECASE,
)


#: Round 33: a purchase order's or a contract's value (``PO value``, ``PO amount``,
#: ``Order value``, ``Value of PO``, ``Purchase order total``, ``Contract sum``): what was
#: ordered, a commitment, not spent. A word of spending beside it (``PO invoiced``,
#: ``Paid against PO``) is the spend, not the order.
_ORDER = re.compile(
    r"\b(?:p\.?\s?o\.?s?|purchase\s+orders?|orders?|contracts?|commitments?)\b", re.IGNORECASE
)
_ORDER_FIGURE = re.compile(r"\b(?:value|amount|amt|total|sum|price)\b", re.IGNORECASE)
_SPENDING = re.compile(
    r"\b(?:invoiced|invoices?|paid|payments?|spent|spend|actuals?|billed|receipted|"
    r"certified|claimed|accrued|to\s+date|remaining|balance|outstanding)\b",
    re.IGNORECASE,
)


#: Round 35's second wave: the VALUE noun of a cost list's one amount column, in the
#: languages a PMO writes one in (Portuguese and Spanish ``Valor``, French ``Valeur``,
#: Italian ``Valore``, German ``Wert``, Dutch ``Waarde``, Polish ``Wartość``, Czech and
#: Slovak ``Hodnota``, Romanian ``Valoare``, the Nordic ``Värde`` / ``Værdi`` / ``Verdi``,
#: Hungarian ``Érték``, Turkish ``Değer``, the South Slavic ``Vrijednost``), folded.
_VALUE_NOUNS = frozenset(
    {"value", "values", "valor", "valores", "valeur", "valeurs", "valore", "valori", "wert"}
    | {"werte", "waarde", "wartosc", "hodnota", "valoare", "varde", "vaerdi", "verdi"}
    | {"ertek", "deger", "vrijednost", "vrednost"}
)


def value_noun(header: str) -> bool:
    """Round 40 (ox40): whether a header is a value noun alone (:data:`_VALUE_NOUNS`:
    ``Valor``, ``Value``, ``Wert``), with no unit and no other word."""
    words = words_of(fold(header))
    return len(words) == 1 and words[0] in _VALUE_NOUNS


@lru_cache(maxsize=4096)
def value_in_currency(header: str) -> bool:
    """True when a finance table's header is a value noun (:data:`_VALUE_NOUNS`) and a
    currency and nothing else (``Valor (€)``, ``Value (£)``, ``Wert in EUR``, ``Hodnota
    (Kč)``): the amount of each line, read as ``Amount`` is (the actual). ``Value`` alone
    is any value (a score, a quantity) and stays unread; so does ``Valor (%)``."""
    from addin.adopt import cldr
    from addin.adopt.currency import states_currency

    unit = _VALUE_UNIT.search(header)
    if unit is None:
        return False
    mark = (unit.group("b") or unit.group("m") or "").strip()
    if not (
        states_currency(header) or mark.upper() in cldr.currency_codes() or fold(mark) in _MARKS
    ):
        return False
    # round 37 (t45b): the tax the value leaves out, said before its currency (``Valor s/
    # IVA (€)``, ``Valor sem IVA (€)``, ``Wert ohne MwSt. (EUR)``): the net value
    before = _TAX_LEFT_OUT_ABROAD.sub("", header[: unit.start()])
    words = words_of(fold(before))
    return len(words) == 1 and words[0] in _VALUE_NOUNS


#: The unit after a value noun: a bracket (``Valor (€)``, ``Hodnota (Kč)``) or ``in`` /
#: ``em`` / ``en`` / ``w`` / ``v`` and a mark (``Wert in EUR``, ``Valor em R$``).
_VALUE_UNIT = re.compile(
    r"\s*(?:[(\[](?P<b>[^()\[\]]{1,4})[)\]]|\s(?:in|em|en|w|v)\s+(?P<m>\S{1,4}))\s*$",
    re.IGNORECASE,
)
#: Round 37 (t45b): a tail leaving the tax out in the languages a value noun is written in
#: (Portuguese ``s/`` / ``sem``, Spanish ``s/`` / ``sin``, Italian ``senza``, French
#: ``hors``, German ``ohne`` / ``exkl.``, Dutch ``zonder`` / ``excl.``, Nordic ``exkl.`` /
#: ``ekskl.`` / ``utan`` / ``uden`` / ``uten``, Czech and Polish ``bez``, English ``excl.``
#: / ``ex``): the value before the tax, as ``Value ex VAT`` is the net value.
_TAX_LEFT_OUT_ABROAD = re.compile(
    r"[\s,;-]+(?:s\s*/|sem|sin|senza|hors|ohne|exkl|ekskl|zonder|excl|excluding|ex|utan|uden"
    rf"|uten|bez)\.?\s*{TAX_NAMES}\.?\s*$",
    re.IGNORECASE,
)
#: The currency marks CLDR's codes and :func:`states_currency`'s signs leave out, folded
#: (Czech ``Kč``, Polish ``zł``, Nordic ``kr``, Brazilian ``R$``, Hungarian ``Ft``, Romanian
#: ``lei``, Turkish ``TL`` and ``₺``).
_MARKS = frozenset({"kc", "zl", "kr", "r$", "ft", "lei", "tl", "\u20ba", "€", "£", "$"})


@lru_cache(maxsize=4096)
def order_value(header: str) -> bool:
    """True when ``header`` names a purchase order's or a contract's value (round 33): a
    commitment, which the standard's Finance register (budget, actual, forecast) has no
    column for; never read as the actual."""
    text = " ".join(header.replace("_", " ").split())
    return bool(_ORDER.search(text) and _ORDER_FIGURE.search(text) and not _SPENDING.search(text))


#: Round 31's last hour: the words a client's project calls its supplier by, in a person
#: column's header (``Owner (Vendor)``, ``Supplier owner``, ``Owner - Contractor``); round
#: 35's third wave: the one vocabulary of contract parties (:mod:`addin.adopt.parties`).
SUPPLIER_SIDE = parties.SUPPLIER_SIDE
#: The person words (``owner``, ``lead``, ``PM``, ``contact``: the thesaurus's person).
PERSON_CONCEPT = frozenset(CONCEPTS["person"])
#: Words that say only "a person" beside the side (``Supplier owner name``).
#: Round 32's last hour (k57's leftover): also the action a person owns (``Supplier action
#: owner`` beside ``Client action owner``: the supplier's person, whichever stands first).
_SIDE_PERSON_FILLER = frozenset({"name", "side", "s", "the", "of", "action"})
#: How much less sure a supplier's person is as the owner than the client's: below an
#: unqualified ``Owner`` and a ``Client owner`` (0.75) whichever column comes first.
SUPPLIER_OWNER = 0.9


@lru_cache(maxsize=4096)
def supplier_side_person(header: str) -> bool:
    """True when a header names a person of the supplier's side and nothing else: one word
    of :data:`SUPPLIER_SIDE` and person words (``Owner (Vendor)``, ``Supplier owner``,
    ``Owner - Contractor``, ``Vendor's PM``). ``Supplier`` alone (no person), ``Owner``,
    ``Owner (Client)`` and ``Supplier response`` are not."""
    return parties.party_qualified(header, PERSON_CONCEPT, _SIDE_PERSON_FILLER) == "supplier"


#: Round 33: what a decision log calls the one who decided (``Decided by``, ``Approved
#: by``, ``Decision maker``), beside a side's word in :func:`supplier_side_maker`.
_MAKER_WORDS = frozenset(
    {"decided", "made", "approved", "authorised", "authorized", "agreed", "signed", "off"}
    | {"decision", "maker", "approver", "by", "owner"}
)


#: Round 33: the documents a register's line refers to by their number (a consultant's
#: ``Drawing ref``, ``Spec ref``, ``Contract clause ref``, ``Minutes ref``, ``Invoice no.``):
#: the partial reading of ``ref`` / ``no.`` as the item's own ID is no reading there (before,
#: a design decision record's ``Drawing ref`` L-115 replaced its decisions' numbers).
_REFERRED_DOCUMENTS = frozenset(
    {
        *("drawing", "drawings", "dwg", "sketch", "spec", "specification", "clause"),
        *("contract", "invoice", "po", "minutes", "minute", "meeting", "letter"),
        *("email", "e-mail"),
        # round 38 (t47a): the minutes of a meeting in the Romance languages (Portuguese
        # ``Ata n.º``, Spanish ``Acta n.º``, Italian ``Verbale n.``): the meeting's record
        # a decision was taken in, not the decision's own number
        *("ata", "acta", "verbale"),
    }
)
_REFERENCE_MARK = re.compile(
    r"^(?P<doc>[\w\s-]+?)\s*(?:ref(?:erence)?s?|no|nos|number|numbers|#|id|n o|n|nr)\s*$"
)


@lru_cache(maxsize=4096)
def supplier_side_maker(header: str) -> bool:
    """True when a decision log's header names who decided on the supplier's side and
    nothing else (round 33): ``Decided by (Vendor)``, ``Approved by - Supplier``, ``Vendor
    decision maker``. ``Decided by``, ``Decided by (Client)`` and ``Vendor`` are not."""
    return parties.party_qualified(header, _MAKER_WORDS, _SIDE_PERSON_FILLER) == "supplier"


@lru_cache(maxsize=4096)
def document_reference(header: str) -> bool:
    """Round 33: True when a header is another document's number or reference
    (:data:`_REFERRED_DOCUMENTS` before ``ref`` / ``no.`` / ``#``: ``Drawing ref``, ``Spec
    no.``, ``Dwg #``). ``Ref``, ``Risk ref``, ``CR No.``, ``RFI #`` (an RFI log adopted as
    issues: the item's own) are not."""
    text = re.sub(r"[.:()]", " ", fold(header).casefold()).strip()
    found = _REFERENCE_MARK.match(text)
    if found is None:
        return False
    words = found.group("doc").split()
    return bool(words) and words[-1] in _REFERRED_DOCUMENTS


@lru_cache(maxsize=4096)
def stopgap_fix(header: str) -> bool:
    """rt33b: True when an issue log's header names a workaround or a fix proposed, not the
    fix made (``Workaround``, ``Proposed fix``, ``Interim solution``): read as the
    resolution less surely than ``Action taken`` or ``Fix applied``. ``Fix / workaround``
    and ``Resolution / workaround`` name the fix too, and are read as before."""
    words = set(re.findall(r"[a-z]+", fold(header).casefold()))
    text = " ".join(re.findall(r"[a-z]+", fold(header).casefold()))
    stopgap = bool(
        words & {"workaround", "workarounds", "proposed", "interim", "temporary"}
        or "work around" in text
    )
    made = words & {"resolution", "resolved", "applied", "final", "implemented", "taken"}
    return stopgap and not made and not ("fix" in words and "proposed" not in words)


@lru_cache(maxsize=4096)
def owner_party(header: str) -> bool:
    """Round 33: True when a header names the party a person column's person belongs to, and
    nothing else: a person word and one word of :data:`addin.adopt.parties.OWNER_PARTY`
    (``Owner (party)``, ``Owner organisation``, ``Owning party``, ``Risk owner - company``,
    ``Responsible party``); :func:`_owner_party` still reads a listed synonym written whole
    as it is."""
    words = re.findall(r"[a-z]+", fold(header).casefold())
    organisations = [w for w in words if w in parties.OWNER_PARTY]
    people = [w for w in words if w in PERSON_CONCEPT or w == "owning"]
    if len(organisations) != 1 or not people:
        return False
    allowed = (
        parties.OWNER_PARTY | PERSON_CONCEPT | _SIDE_PERSON_FILLER | {"owning", "risk", "issue"}
    )
    return all(w in allowed for w in words)


def _owner_party(found: list[Candidate]) -> list[Candidate]:
    """``found`` for an owner's party column (round 33): read as the owner only less surely
    than any person column, as a supplier's person is (:func:`_supplier_side`), unless the
    header is a listed synonym whole (``Responsible party``)."""
    out = [
        Candidate(c.column_key, round(min(c.confidence, 0.75) * SUPPLIER_OWNER, 3), c.synonym)
        if c.column_key == "owner" and not owner_party(c.synonym)
        else c
        for c in found
    ]
    return sorted(out, key=lambda c: -c.confidence)


def _supplier_side(found: list[Candidate], register_key: str) -> list[Candidate]:
    """``found`` for a supplier's person (round 31's last hour): the project adopting a
    supplier's register is the client's, so its owner is the client's person (``Owner
    (Client)``) or the unqualified ``Owner`` whichever column stands first; the supplier's
    is the owner only where no such column is (read less surely, for review). In a
    dependency log the supplier is the other party: its person is the counterparty owner,
    as ``Supplier owner`` already read by sense (party + person)."""
    out = [
        Candidate(c.column_key, round(min(c.confidence, 0.75) * SUPPLIER_OWNER, 3), c.synonym)
        if c.column_key == "owner"
        else c
        for c in found
    ]
    if register_key == "dependencies" and not any(
        c.column_key == "counterparty_owner" for c in out
    ):
        out.append(Candidate("counterparty_owner", THESAURUS, f"{SENSE_PREFIX}party + person)"))
    return sorted(out, key=lambda c: -c.confidence)


#: An amount so far (``Budget to date``, ``Cost-to-date``): no month (red team of round 31).
_TO_DATE = re.compile(r"\bto[\s-]+date\b", re.IGNORECASE)
#: Round 31's last hour: the words before ``to date`` that say the money spent so far
#: (``Cost to date``, ``Spend to date``, ``Certified to date``, ``Value invoiced to date``).
_SO_FAR = re.compile(r"^(?P<rest>.+?) to date$")
#: How sure a running total of the actual is read as the actual: below any in-month reading
#: (``Actual``, ``Invoiced``, ``Value this period`` beside it keep the actual).
ACTUAL_TO_DATE = 0.7


def actual_so_far(variant: str) -> bool:
    """True when a finance header reading says the money spent so far: its words before a
    last ``to date`` are money nouns (``cost``, ``spend``, ``fees``, ``value``) and at most
    one measure word saying spent (``invoiced``, ``certified``, ``billed``, ``actual``).
    ``budget to date`` (a budget so far), ``paid to date`` (what the project paid: no
    measure), ``days to date`` (effort) are not."""
    found = _SO_FAR.match(variant)
    if found is None:
        return False
    words = found.group("rest").split()
    measures = [w for w in words if w in MONEY_MEASURES]
    if len(measures) > 1 or any(MONEY_MEASURES[w] != "actual" for w in measures):
        return False
    return all(w in MONEY_NOUNS or w in MONEY_MEASURES or w == "expenditure" for w in words)


def _actual_to_date(found: list[Candidate], variants: tuple[str, ...]) -> list[Candidate]:
    """``found`` with the actual at :data:`ACTUAL_TO_DATE` for a header saying the money spent
    so far (``Cost to date``, ``Certified to date``), where nothing reads it so already: a
    running total of the actual, which ``finance.running_totals_down`` turns into in-month
    amounts (months down) and which an in-month actual beside it outranks (left out)."""
    if any(c.column_key == "actual" for c in found):
        return found
    if not any(actual_so_far(v) for v in variants):
        return found
    out = [*found, Candidate("actual", ACTUAL_TO_DATE, "(money so far)")]
    return sorted(out, key=lambda c: -c.confidence)


#: Words after a side's person (``Their PM name``) that keep it the person.
_PERSON_TAIL = frozenset({"name", "names", "s"})


def _side_person_ends(found: list[Candidate], variants: tuple[str, ...]) -> list[Candidate]:
    """Red team of round 29: a side's person (``Their lead``, ``Our PM``, round 29's
    :data:`synonyms.THEIR_SIDE_PEOPLE`) read inside a longer header only where the person
    word ends it (``Their PM name``): ``Our lead time`` (weeks) or ``Their contact date`` is
    a time or a date, not who, and was adopted as the owner (``6 wks``)."""
    from addin.adopt.synonyms import OUR_SIDE_PEOPLE, THEIR_SIDE_PEOPLE

    sides = set(THEIR_SIDE_PEOPLE) | set(OUR_SIDE_PEOPLE)
    kept = []
    for cand in found:
        if cand.confidence < 1.0 and cand.synonym in sides:
            part = phrase_words(cand.synonym).split()
            tails = [
                words[i + len(part) :]
                for words in (v.split() for v in variants)
                for i in range(len(words) - len(part) + 1)
                if words[i : i + len(part)] == part
            ]
            if tails and not any(set(tail) <= _PERSON_TAIL for tail in tails):
                continue
        kept.append(cand)
    return kept


def _not_text_by_whom(
    found: list[Candidate], variants: tuple[str, ...], register_key: str
) -> list[Candidate]:
    """A header ending in "by" (``Action By``, ``Mitigation By``) names who or by when, never
    the text of the action: a partial match of its other words to a text column
    (``action`` -> Resolution) is dropped (round 16). Whole synonyms stay (``Owned by``)."""
    if not any(v.split()[-1:] == ["by"] for v in variants):
        return found
    register = layout.REGISTERS_BY_KEY.get(register_key)
    if register is None:
        return found
    kept = []
    for cand in found:
        try:
            kind = register.column(cand.column_key).kind
        except KeyError:
            kept.append(cand)
            continue
        partial = cand.confidence < 1.0 and "by" not in cand.synonym.split()
        if partial and kind in ("text", "longtext"):
            continue
        kept.append(cand)
    return kept


#: Confidence of a milestone's planned date read as its forecast when the table has a
#: baseline column too (round 13): certain, below every plain reading of a forecast.
PLANNED_AS_FORECAST = 0.8
#: Words of a plan that is the current one ("Planned", "Scheduled", Spanish "prevista"),
#: not the one first agreed ("Baseline", "Original", "Initial", "Contract").
_CURRENT_PLAN = frozenset({"plan", "planned", "scheduled", "due"})
_FIRST_PLAN = frozenset({"baseline", "baselined", "original", "orig", "initial", "contract", "bl"})
#: The synonym of a current plan's date read as the forecast beside a baseline.
PLAN_BESIDE_BASELINE = "(sense: plan, beside a baseline)"


def _first_plan_columns(scored: dict[int, list[Candidate]]) -> set[int]:
    """The columns whose best reading is a milestone's baseline by a first plan's word
    (``Original date``, ``Baseline finish``, a Japanese ``当初予定日``)."""
    out = set()
    for col, cands in scored.items():
        if (
            cands
            and cands[0].column_key == "baseline_date"
            and cands[0].confidence >= 1.0
            and set(cands[0].synonym.casefold().split()) & _FIRST_PLAN
        ):
            out.add(col)
    return out


def _planned_beside_baseline(
    found: list[Candidate], variants: tuple[str, ...], register_key: str
) -> list[Candidate]:
    """A milestone's ``Planned Date`` is its Baseline Date, unless the table has a baseline
    column too (``Baseline | Planned | Actual``, Spanish ``Fecha base | Fecha prevista``):
    then the planned date is the current plan, its Forecast Date. Given as a second
    candidate, below the baseline one, so the assignment takes it only when a plainer
    baseline column has the Baseline Date (round 13)."""
    if register_key != "milestones" or not found or found[0].column_key != "baseline_date":
        return found
    words = {w for v in variants for w in v.split()}
    if not words & _CURRENT_PLAN or words & _FIRST_PLAN:
        return found
    if any(c.column_key == "forecast_date" for c in found):
        return found
    return [
        *found,
        Candidate("forecast_date", PLANNED_AS_FORECAST, PLAN_BESIDE_BASELINE),
    ]


#: Confidence of a compound header whose parts all read as one column (round 12).
AGREED_ALTERNATIVES = 0.95

_ALTERNATIVES = re.compile(r"\s*/\s*|\s+&\s+|\s+or\s+", re.IGNORECASE)


def _agreed_alternative(header: str, register_key: str) -> Candidate | None:
    """``"Owner / Action Owner"``, ``"Owner/Assignee"``, ``"Mitigation or Response"``: when
    every alternative reads as the same column for certain, the header is that column
    (round 12); None when they disagree (``"Raised by & date"``) or any reads as nothing."""
    first_line = header.replace("\r", "\n").strip().split("\n", 1)[0]
    parts = [p for p in _ALTERNATIVES.split(first_line) if p.strip()]
    if len(parts) < 2 or any(not re.search(r"[^\W\d_]{2}", p) for p in parts):
        return None
    bests: list[Candidate] = []
    for part in parts:
        found = _candidates(part.strip(), register_key)
        if not found or found[0].confidence < 1.0:
            return None
        bests.append(found[0])
    if len({b.column_key for b in bests}) != 1:
        return None
    # certain, yet a plain header of the same column still wins it ("Owner" beside
    # "Owner / Action Owner")
    return Candidate(bests[0].column_key, AGREED_ALTERNATIVES, bests[0].synonym)


_CONCEPT_OF: dict[str, str] = {w: c for c, words in CONCEPTS.items() for w in words}


@lru_cache(maxsize=16384)
def sense_of(variant: str, register_key: str) -> tuple[str, str] | None:
    """The column one header reading means by sense in ``register_key`` (round 5), and the
    concepts that said so: every word, once the register's own nouns are dropped, is a word
    of a concept (:data:`~addin.adopt.synonyms.CONCEPTS`) or only says "a date" / "a
    person"; the concepts together name a column in
    :data:`~addin.adopt.synonyms.SENSES`. ``"planned finish"`` -> baseline date (plan) in a
    milestone log; ``"raised by"`` -> None (a person, not a date); ``"workstream lead"``
    -> None (a word of no concept)."""
    senses = SENSES.get(register_key)
    if not senses:
        return None
    if variant.split() == ["by"] and register_key in _BY_ALONE:
        # round 37 (t44a): a bare "at the latest" (Danish ``Senest``, Swedish ``Senast``,
        # read as "by") heads the date a dependency is needed by; in the registers whose
        # "By" may be who raised or did it, it stays unread
        return senses[frozenset({"due"})], "due"
    own = _register_words(register_key) | _GENERIC_SET
    words = [
        w if w in _CONCEPT_OF or w in DATE_WORDS or w in PERSON_WORDS else _concept_word(w)
        for w in variant.split()
        if w not in own
    ]
    concepts = {_CONCEPT_OF[w] for w in words if w in _CONCEPT_OF}
    # round 36 (lx36): the parties' one vocabulary (``parties.PARTIES``: ``client``,
    # ``customer``, ``buyer`` too) qualifies a date as the concept's party words do
    party = [w for w in words if _CONCEPT_OF.get(w) == "party" or parties.party_of(w)]
    if party and not concepts - {"party"}:
        side = _party_date(words, party, senses)
        if side is not None:
            # round 36 (lx36): a party's bare date (``Contractor's date``, ``Supplier
            # date``, ``Client date``) in a log keeping both sides' dates: the supplier
            # side's date is its commitment, the client side's the date it needs it by
            words, concepts = [w for w in words if w not in party], {side}
    if not concepts:
        return None
    if party and concepts - {"party"} and concepts - {"party"} <= DATE_CONCEPTS:
        # round 35's third wave: whose date it is ("Supplier promise", "Vendor committed
        # date", "Supplier ETA"): the party word says which side keeps the date, and the
        # date's own concept names the column; a party's person or team reads as before
        # (round 36: ``Client need-by``, ``Customer's required date`` too)
        words = [w for w in words if w not in party]
        concepts -= {"party"}
    key = senses.get(frozenset(concepts))
    if key is None:
        return None
    if len(words) > 1 and words[-1] in NOUN_HEADS:
        return None  # "Resolution Plan" is a plan (a text), not a planned date
    dated = concepts <= DATE_CONCEPTS
    allowed = DATE_WORDS if dated else PERSON_WORDS
    if any(w not in _CONCEPT_OF and w not in allowed for w in words):
        return None
    if dated and words[-1] == "by" and concepts == {"commit"} and register_key in _OWN_DEADLINE:
        return None  # "Agreed By" in a risk or issue log: who agreed (round 13)
    if (
        dated
        and concepts == {"commit"}
        and register_key in _OWN_DEADLINE
        and len(words) > 1
        and words[-1] in _CONCEPT_OF
        and words[0] in DATE_WORDS
    ):
        # "Date Agreed", "Date Committed" in a risk or issue log: the day it was agreed (a
        # board's meeting), not a deadline (red team of round 13's columns)
        return None
    if key == "made_by" and FOLLOW_UP & set(words):
        # round 23 (its last hour): the owner of a decision's follow-up action ("Action
        # owner", "Delivery lead") acts on it after it is made: not who made it
        return None
    if dated and words[-1] == "by" and not concepts <= _DEADLINES and "due" not in concepts:
        # (round 39, t48b: a need or a target beside it, ``Need unblocked by``, ``Needs
        # resolving by``, ``Target closed by``, is a deadline: the date it must be done by)
        # "Raised By", "Completed By": who, not when; "Signed Off By": who decided
        made = senses.get(frozenset({"person"} | concepts)) if concepts == {"decide"} else None
        return (made, "person + decide") if made else None
    return key, " + ".join(sorted(concepts))


def _party_date(
    words: list[str], party: list[str], senses: dict[frozenset[str], str]
) -> str | None:
    """Round 36 (lx36): the concept (``"commit"`` / ``"due"``) of a header that is ONE side's
    party words and date words only (``contractor date``, ``client date``), in a register
    whose committed date and need-by date are two columns (a dependency log): the selling
    side keeps the commitment, the buying side the date it needs the item by. None for any
    other header, for a party of neither side (``partner``, ``other``) and in a register
    keeping one such date."""
    rest = [w for w in words if w not in party]
    if not rest or any(w not in DATE_WORDS for w in rest):
        return None
    sides = {parties.side_of(w) for w in party}
    commit, due = senses.get(frozenset({"commit"})), senses.get(frozenset({"due"}))
    if len(sides) != 1 or commit is None or due is None or commit == due:
        return None
    return {"supplier": "commit", "client": "due"}.get(sides.pop() or "")


#: Person words that say what the person is answerable for after the fact (an action, a
#: response, a delivery): such a person follows an item up, never made it (round 23).
FOLLOW_UP = frozenset({"mitigation", "action", "actions", "response", "resolution", "delivery"})
#: Registers whose commitment date is their own due date (round 13): "Agreed By" there is
#: who agreed, not a date (a dependency's "Promised By" is the other side's date).
_OWN_DEADLINE = frozenset({"risks", "issues"})
#: Concepts of a date something must happen by: "X By" is then a date, not a person.
_DEADLINES = frozenset({"due", "commit", "verify"})
#: Round 37 (t44a): the registers whose bare ``By`` (a Nordic ``Senest``) is a deadline: a
#: dependency is needed by a date.
_BY_ALONE = frozenset({"dependencies"})
#: Concept words that, last in a header of several words, name a thing, not a date.
NOUN_HEADS = frozenset({"plan"})
#: A share is no date and no person ("% Done", "Percent Complete").
_SHARE = re.compile(r"%|\bper\s*cent|\bpct\b|percentage", re.IGNORECASE)
#: A rate written in a header (``incl. 20 % VAT``, ``USt 20%``): no share of the row's own.
_RATE = re.compile(r"\d+(?:[.,]\d+)?\s*%")


def share_of_amount(header: str) -> bool:
    """Round 38 (t46a): whether ``header`` heads a share rather than an amount (``% of
    fee``, ``% honoraires``, ``Percentage``, ``Budget %``); a rate written in it (``Gross
    incl. 20 % VAT``) names the tax, not a share, and is no such header."""
    return _SHARE.search(_RATE.sub(" ", header)) is not None


#: Month names and their short forms: never short forms of a concept word (``Dec``).
_MONTHS = frozenset(
    [
        "jan",
        "feb",
        "mar",
        "apr",
        "may",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "june",
        "july",
    ]
)


@lru_cache(maxsize=8192)
def _concept_word(word: str) -> str:
    """A short form of a concept word read as that word (``rev`` -> revised, ``actl`` ->
    actual, ``exp`` -> expected), as :func:`_short_form_of` reads them: three letters or
    more, the start of the word or its consonants in order ending on its last one; every
    word it could be of one concept (``dat``: date or department, neither); no month
    (``Dec``) and no word the synonyms use; three letters are no short form of a word of
    four (round 31's last hour: Bambara ``Don``, a day, is no ``Done``; nor ``Tea`` a team,
    ``Pla`` a plan: nobody shortens a word by its last letter to three). Else ``word``
    itself."""
    if len(word) < 3 or not word.isalpha() or word in _vocabulary() or word in _MONTHS:
        return word
    kinds = {**dict.fromkeys(DATE_WORDS | PERSON_WORDS, "(filler)"), **_CONCEPT_OF}
    consonants_only = all(ch not in "aeiou" for ch in word[1:])
    found = {
        w
        for w in kinds
        if len(w) > len(word)
        and w[0] == word[0]
        and (
            (w.startswith(word) and (len(word) > 3 or len(w) > 4))
            or (consonants_only and _is_subsequence(word, w) and word[-1] == _skeleton(w)[-1])
        )
    }
    if not found or len({kinds[w] for w in found}) != 1 or kinds[min(found)] == "(filler)":
        return word
    return min(found)


#: Round 31: the nouns a supplier's, a contractor's or a consultancy's tracker calls its money
#: by (``Fees budget``, ``Cost forecast``, ``Invoiced value``): said beside a measure word,
#: the column is that measure's amount. Effort (``Days budget``, ``Hours used``) is none of
#: them, so it stays unread.
MONEY_NOUNS = frozenset(
    {"fee", "fees", "cost", "costs", "spend", "value", "amount", "amounts", "charges", "price"}
)
#: The measure words such a header qualifies its money noun with, and the amount each is.
MONEY_MEASURES: dict[str, str] = {
    "budget": "budget",
    "budgeted": "budget",
    "planned": "budget",
    "plan": "budget",
    "actual": "actual",
    "actuals": "actual",
    "invoiced": "actual",
    "billed": "actual",
    "spent": "actual",
    "incurred": "actual",
    "expended": "actual",  # round 35 (t38c): a grant report's ``Amount expended``
    # a payment application's amount the client's engineer certified (what is owed, not
    # what the contractor applied for); ``Certified`` alone is as often a Yes / No
    "certified": "actual",
    "forecast": "forecast",
    "forecasted": "forecast",
    "projected": "forecast",
}
#: The confidence of a measure read from a money noun and its measure word.
MONEY_MEASURE = 0.9
#: Round 31: an amount said to include the tax (``Invoiced (inc VAT)``, ``Total incl. GST``).
#: The tax's names are the one list of :data:`addin.adopt.tax_names.TAX_NAMES`.
_WITH_TAX = re.compile(
    rf"\b(?:inc|incl|including|inclusive\s+of)\b\.?\s*{TAX_NAMES}\b"
    rf"|\b{TAX_NAMES}[\s-]*(?:inc|incl|inclusive|included)\b"
    # an invoice's gross amount beside its net one and the VAT (a valuation's ``Gross
    # valuation``, before retention, is no invoice's gross)
    r"|\bgross\s+(?:amount|total|invoice|invoiced|value)\b"
    # round 39 (t49b): the French ``TTC`` / ``TVAC`` (all taxes in)
    rf"|\b{WITH_TAX_ABBREVIATIONS}(?!\w)",
    re.IGNORECASE,
)
#: How much less sure an amount with the tax is than the same amount without it.
WITH_TAX = 0.8
#: Round 31: a period's amount said so after its measure (``Valuation this period``, ``Fees
#: invoiced in the month``): the row's own period, no month column of its own.
_PERIOD_QUALIFIER = re.compile(r" (?:this|in|for) (?:the )?(?:period|month|week) $")


def money_measure(variant: str) -> str | None:
    """The amount (``budget``, ``actual``, ``forecast``) a finance header reading of one or
    more money nouns and ONE measure word names, in either order (``fees budget``,
    ``invoiced fees``, ``cost forecast``); None for anything else (``days budget``: effort;
    ``fees``: no measure; ``budget forecast``: two measures)."""
    words = _PERIOD_QUALIFIER.sub("", f" {variant} ").split()
    measures = [w for w in words if w in MONEY_MEASURES]
    if len(words) < 2 or len(measures) != 1:
        return None
    if not all(w in MONEY_NOUNS or w in MONEY_MEASURES for w in words):
        return None
    return MONEY_MEASURES[measures[0]]


def _money_measure(found: list[Candidate], variants: tuple[str, ...]) -> list[Candidate]:
    """``found`` with the amount a money noun and its measure word name (round 31), where no
    synonym already reads the header as well. A header of a period's amount (``Valuation
    this period``) is no month column, however its ``period`` reads."""
    for variant in variants:
        rest = _PERIOD_QUALIFIER.sub("", f" {variant} ").strip()
        if rest == variant or not rest:
            continue
        found = [c for c in found if not (c.column_key == "month" and c.confidence < 1.0)]
        amounts = [c for c in _candidates(rest, "finance") if c.column_key in AMOUNT_KEYS]
        if not amounts and rest.split() and all(w in MONEY_NOUNS for w in rest.split()):
            # round 32: money alone said of this period (``Value this period``, ``Amount
            # this month``, ``Fees for the period``) is what the period cost: its actual (a
            # plan says so: ``Planned value this period``); ``Value`` alone stays unread
            amounts = [Candidate("actual", THESAURUS, f"(money this period: {rest})")]
        if amounts and not any(c.column_key in AMOUNT_KEYS for c in found):
            best = amounts[0]
            found = [*found, Candidate(best.column_key, min(best.confidence, 0.95), best.synonym)]
        break
    for variant in variants:
        key = money_measure(variant)
        if key is not None:
            # round 33's last hour: the money noun alone (``fee``, ``charge``: an actual's
            # synonyms) reads no other amount beside its measure word (``Fee budget``)
            found = [
                c
                for c in found
                if not (
                    c.column_key in AMOUNT_KEYS and c.column_key != key and c.synonym in MONEY_NOUNS
                )
            ]
            return _read_as(found, Candidate(key, MONEY_MEASURE, f"(money: {variant})"))
    return found


def _measure_of_a_cost(found: list[Candidate], variants: tuple[str, ...]) -> list[Candidate]:
    """Round 40 (t50c): a measure word FIRST, then a kind of cost an amount's synonym reads
    whole (Oracle Projects' ``Budget Burdened Cost`` | ``Actual Burdened Cost`` |
    ``Forecast Burdened Cost``, ``Budget Raw Cost``, ``Planned Expenditure``): the measure
    word says which amount of that cost the column holds, as ``Budget cost`` is the budget.
    Before, the cost's own synonym (``burdened cost``: the actual) read all three as the
    actual. Where a synonym already reads the header surely as an amount, or the rest holds
    another measure or a word making the figure no row's amount (``Budget cost to date``,
    ``Budget total cost``), nothing changes."""
    if any(c.column_key in AMOUNT_KEYS and c.confidence >= 1.0 for c in found):
        return found
    for variant in variants:
        words = variant.split()
        if len(words) < 2 or words[0] not in MONEY_MEASURES:
            continue
        rest = words[1:]
        if any(w in MONEY_MEASURES or w in NOT_THE_MEASURE for w in rest):
            continue
        cost = " ".join(rest)
        amounts = [c for c in _candidates(cost, "finance") if c.column_key in AMOUNT_KEYS]
        if amounts and amounts[0].synonym == cost:  # the cost's whole synonym, weak or not
            key = MONEY_MEASURES[words[0]]
            reading = Candidate(key, MONEY_MEASURE, f"(measure of a cost: {variant})")
            kept = [c for c in found if c.column_key not in AMOUNT_KEYS or c.column_key == key]
            return _read_as(kept, reading)
    return found


#: Round 35: the words before a measure that make its figure something other than the
#: row's own budget, actual or forecast (a sum over lines or periods, a year's figure, what
#: is left or ordered, a difference, income): ``Total Budget``, ``YTD Budget``, ``Annual
#: Forecast``, ``Remaining Budget``, ``Income Budget`` stay unread by
#: :func:`_qualified_measure` (a synonym that lists one still reads it).
NOT_THE_MEASURE = frozenset(
    {
        *("total", "totals", "ytd", "cumulative", "cum", "running", "annual", "yearly"),
        *("year", "full", "lifetime", "whole", "remaining", "available", "balance"),
        *("unspent", "committed", "variance", "difference", "prior", "previous", "last"),
        *("next", "income", "revenue", "sales", "profit", "margin", "contingency"),
        *("reserve", "outstanding", "to", "date", "of", "vs", "versus", "and", "or"),
        *("no", "number", "code", "ref", "id", "line", "type", "category", "status"),
        # round 35's red team: a figure beside the measure (over or under it, what is used
        # of it: the actual), or a measure of no money (people, time, carbon, units)
        *("over", "under", "overrun", "underrun", "overspend", "underspend", "excess"),
        *("used", "consumed", "burned", "burnt", "burn", "drawn", "utilised", "utilized"),
        *("saving", "savings", "headcount", "fte", "effort", "time", "hours", "days"),
        *("weeks", "percent", "pct", "carbon", "co2", "emissions", "energy", "units"),
        *("unit", "tonnes", "tons", "volume", "quantity", "qty", "resource", "resources"),
        *("fy", "fullyear", "yearend", "end", "outturn", "life", "wholelife", "completion"),
        *("at", "eac", "bac", "etc"),
    }
)
#: How sure a measure word read with its qualifier is (``Builder Budget``): applied but
#: flagged for review, as a partial reading of ``Builder Actual`` (0.75) is.
QUALIFIED_MEASURE = 0.75


def qualified_measure(variant: str) -> str | None:
    """Round 35: the amount a finance header of one or two qualifier words and a measure
    word LAST names (``Builder Budget``, ``Owner Budget``, ``Client Forecast``, ``Project
    Budget``): English puts a qualifier before its noun, so the figure is a kind of that
    measure, whose side or scope the qualifier says. ``budget`` and ``forecast`` are the
    finance register's own nouns, so no partial reading reads them (``Budget Holder``,
    ``Budget Code``, ``Forecast Date`` are no amounts: their last word is the head);
    None for a measure word not last, a qualifier with a digit, or one of
    :data:`NOT_THE_MEASURE` (``Total Budget``, ``YTD Budget``, ``Remaining Budget``)."""
    words = variant.split()
    if not 2 <= len(words) <= 3 or words[-1] not in MONEY_MEASURES:
        return None
    qualifiers = words[:-1]
    if any(
        not w.isalpha() or w in MONEY_MEASURES or w in MONEY_NOUNS or w in NOT_THE_MEASURE
        for w in qualifiers
    ):
        return None
    return MONEY_MEASURES[words[-1]]


def _qualified_measure(
    found: list[Candidate], variants: tuple[str, ...], header: str
) -> list[Candidate]:
    """``found`` with the measure :func:`qualified_measure` reads, where nothing reads the
    header surely and no amount reads it at all (round 35)."""
    if any(c.column_key in AMOUNT_KEYS or c.confidence >= CERTAIN for c in found):
        return found
    if NOT_SPENT.search(header) or PRIOR_YEAR.search(header) or _TO_DATE.search(header):
        return found
    from addin.adopt.measure_headers import more_than_the_measure

    if more_than_the_measure(header):
        return found  # red team of round 41: ``Verbleibendes Budget`` is what is left of it
    if any(w in NOT_THE_MEASURE for v in variants for w in v.split()):
        return found  # ``Full-year forecast`` read as ``fullyear`` and ``full year``
    for variant in variants:
        key = qualified_measure(variant)
        if key is not None:
            reading = Candidate(key, QUALIFIED_MEASURE, f"(qualified measure: {variant})")
            return sorted([*found, reading], key=lambda c: -c.confidence)
    return found


def _read_as(found: list[Candidate], reading: Candidate) -> list[Candidate]:
    """``found`` with ``reading`` in place of the field's other readings, unless a reading
    of the same field at least as sure is already there (then ``found`` as it is); surest
    first. What the money-noun and by-sense readings each add to a header's candidates."""
    key = reading.column_key
    if any(c.column_key == key and c.confidence >= reading.confidence for c in found):
        return found
    out = [c for c in found if c.column_key != key]
    out.append(reading)
    return sorted(out, key=lambda c: -c.confidence)


#: Round 38 (t46b): a measure's header naming the period it is of (``Actual this period``,
#: ``Budget this month``, ``In-month actual``, ``Period budget``, ``MTD``): beside such an
#: actual a budget naming no period is the whole budget (``classify``), and the report says
#: so (``supplier_columns``).
OF_THE_PERIOD = re.compile(
    r"\b(?:this|current|in)[\s-]+(?:period|month)\b|\bperiod\b|\bmonth(?:ly)?\b|\bmtd\b",
    re.IGNORECASE,
)


#: Round 32: a column headed by the period alone (``This period``, ``Current month``, ``In
#: month``) or by the document of the period (``This valuation``, ``This claim``, ``Current
#: application``), or by a money noun and the period (``Value this period``, ``Amount this
#: month``, ``Fees this period``; or its one measure of money spent: ``Certified this
#: period``, ``Invoiced this month``): a payment application's, a one-month cost report's or a
#: fee statement's amount of the period, between its ``Previous`` and ``Cumulative``
#: columns. The actual (what happened in the period): the amount of work valued, billed or
#: spent; a budget or forecast says so (``Budget this period``: round 31's qualifier).
#: Round 33: also ``Current billing`` / ``This invoice`` (a US pay application's words for
#: its period's document).
_PERIOD_ONLY = re.compile(
    r"^(?:this|current|in)(?: the)? (?:period|month|valuation|claim|application|certificate"
    r"|billing|invoice)$"
)
#: Round 33: the work valued in the period, as a pay application's continuation sheet heads
#: its period's amount (AIA G703: ``Work Completed`` over ``This Period``; ``Work completed
#: this period``, ``Completed this period``, ``Work done this period``): read as a money
#: noun with the period. Never without the period (``Work completed`` alone is a share or a
#: running total as often).
_WORK_VALUED = frozenset({"work", "completed", "done", "performed", "executed"})
#: How sure a period's header alone is read as the actual: below a listed synonym and
#: below certain (flagged for review), above the month its ``period`` partly reads as, so
#: its values decide (amounts: the actual; dates or month labels: the month).
PERIOD_AMOUNT = 0.78
#: The same with a money noun (``Value this period``): certain.
PERIOD_MONEY = 0.85


def work_of_the_period(header: str) -> bool:
    """Round 38 (t46b): whether a header names the work of a period alone (``Work this
    period``, ``Work this month``): no amount by its words (round 33: a plan's ``Work`` is
    its hours), the period's value of work in a contractor's claim (``one_period
    .claimed_work``)."""
    for variant in normalise_header(header):
        rest = _PERIOD_QUALIFIER.sub("", f" {variant} ").split()
        if rest == ["work"] and rest != variant.split():
            return True
    return False


def _period_amount(found: list[Candidate], variants: tuple[str, ...]) -> list[Candidate]:
    """``found`` with the actual for a header naming only the period, or a money noun and
    the period (:data:`_PERIOD_ONLY`, round 32), where nothing reads it as an amount."""
    if any(c.column_key in AMOUNT_KEYS and c.confidence >= CERTAIN for c in found):
        return found
    for variant in variants:
        rest = _PERIOD_QUALIFIER.sub("", f" {variant} ").split()
        if _PERIOD_ONLY.match(variant):
            confidence = PERIOD_AMOUNT
        elif (
            rest
            and rest != variant.split()
            and rest != ["work"]  # round 33: a plan's ``Work`` is its hours (MS Project)
            and all(
                w in MONEY_NOUNS or MONEY_MEASURES.get(w) == "actual" or w in _WORK_VALUED
                for w in rest
            )
            and sum(w in MONEY_MEASURES for w in rest) <= 1
        ):
            confidence = PERIOD_MONEY  # ``Value this period``, ``Certified this period``
        else:
            continue
        out = [c for c in found if c.column_key not in AMOUNT_KEYS]
        if confidence == PERIOD_MONEY:  # ``Value this period`` names no month
            out = [c for c in out if not (c.column_key == "month" and c.confidence < 1.0)]
        out.append(Candidate("actual", confidence, f"(the period's amount: {variant})"))
        return sorted(out, key=lambda c: -c.confidence)
    return found


def _by_sense(
    found: list[Candidate], variants: tuple[str, ...], register_key: str, header: str = ""
) -> list[Candidate]:
    """``found`` with the column the header means by sense, at :data:`THESAURUS`, where no
    listed synonym already reads it as well (never for a share: ``% Done``)."""
    if _SHARE.search(header):
        return found
    if any(v in KNOWN_UNMAPPED for v in variants):
        return found  # a listed field ("Time Estimate": time tracking) is no date by sense
    for variant in variants:
        sense = sense_of(variant, register_key)
        if sense is not None:
            key, how = sense
            return _read_as(found, Candidate(key, THESAURUS, f"{SENSE_PREFIX}{how})"))
    return found


#: The long-text fields of every register (a decision, a rationale, a description): the
#: fields a second column can read by a looser synonym (``Subject`` as the Decision).
_LONG_TEXTS = frozenset(c.key for r in layout.REGISTERS for c in r.columns if c.kind == "longtext")


#: Fields that the column named by the field's own name takes from another column reading
#: it equally well: the long texts (round 20), and the status (round 22: a register's
#: ``Status`` beside a tool's workflow ``State``, both read for certain, is the status; the
#: workflow column is left out and the report says which was taken and why). Round 23's
#: last hour tried every field (an export's ``Name`` beside its ``Cost Line``) and did not
#: keep it: a translated header's reading is recorded as the field's own name too
#: (``Concepto`` read as ``Cost Line``), and it took the cost line from ``Descripción``.
_OWN_NAME_WINS = _LONG_TEXTS | {"status"}


def _own_name(cand: Candidate) -> bool:
    """True when the header was read as its field by the field's own name (``Decision``
    for the Decision), not by another synonym of it."""
    return " ".join(cand.synonym.casefold().split()) == cand.column_key.replace("_", " ")


#: Round 32: the words a field's own header is written with beyond its standard name's
#: (``Due`` for a milestone's baseline date: ``Due date`` is the date a plan is held to).
_DEFINING_WORDS: dict[str, frozenset[str]] = {
    "baseline_date": frozenset({"due"}),
    "actual": frozenset({"actuals"}),
    "owner": frozenset({"owners"}),
}
#: Words of a standard name that name no field on their own (``Due Date``'s ``date``).
_NAME_FILLERS = frozenset({"date", "id", "ids", "days", "points", "by", "if", "last", "linked"})


@lru_cache(maxsize=64)
def own_words(register_key: str) -> dict[str, frozenset[str]]:
    """Round 32: each field of a register and the words naming it itself: its standard
    name's words (``Actual``, ``Budget``, ``Owner``, ``Baseline``) and its defining words
    (:data:`_DEFINING_WORDS`), fillers such as ``date`` left out."""
    register = layout.REGISTERS_BY_KEY[register_key]
    out: dict[str, frozenset[str]] = {}
    for column in register.columns:
        words = set(phrase_words(column.name).split()) - _NAME_FILLERS
        out[column.key] = frozenset(words | _DEFINING_WORDS.get(column.key, frozenset()))
    return out


def names_own_word(header: str, column_key: str, register_key: str) -> bool:
    """Round 32: True when ``header``, as written, names the field ``column_key`` by its own
    word (``Actual incl. accruals``, ``Owner``, ``Due date``) and by no other field's
    (``Actual vs budget %`` names the budget too) nor as a share (``% actual``). A
    synonym's reading (``Invoiced``, ``Assigned to``, ``Target``) and a translated one are
    not its own word."""
    if _SHARE.search(header):
        return False
    if register_key == "finance" and column_key in AMOUNT_KEYS and EFFORT_UNIT.search(header):
        # red team of round 32's first wave: ``Actual (days)`` names the actual's effort,
        # no money; beside ``Invoiced`` it took the actual, the days read as the spend
        return False
    owns = own_words(register_key)
    own = owns.get(column_key)
    if not own:
        return False
    variants = normalise_header(header)
    if not variants:
        return False
    words = set(variants[0].split())
    if not words & own and register_key == "finance" and column_key in AMOUNT_KEYS:
        # round 33's last hour (v35s): a finance amount named by its own word in another
        # language (a French cost report's ``Réel`` beside ``Facturé``, the invoiced part
        # of it, read as the actual since the words ``facturé`` / ``honoraires`` joined
        # the data file): the translated reading names the measure as ``Actual`` would
        translated = translate(header)
        words = set(translated.split()) if translated else set()
    if not words & own:
        return False
    others = {w for key, ws in owns.items() if key != column_key for w in ws} - own
    if register_key == "finance" and column_key in AMOUNT_KEYS:
        # round 33's last hour (v35s): ``Actual cost`` names the actual; its ``cost`` is the
        # money the amount is of, not the Cost Line (whose ``line`` still counts: ``Cost
        # line actual``). Beside ``Invoiced | Accrued`` the invoiced part took the actual.
        others -= {"cost", "costs"}
    return not words & others


def assign(
    scored: dict[int, list[Candidate]],
    headers: dict[int, str] | None = None,
    register_key: str | None = None,
) -> dict[int, Candidate]:
    """Give each source column (by position) at most one destination and each destination
    at most one source, best confidence first (ties: the leftmost source column). Round 20:
    two columns reading one long-text field equally well (a decision log's ``Onderwerp |
    Beslissing``, subject and decision, both the Decision for certain, the subject by the
    synonym ``title``): the column named by the field's own name takes it.

    Round 32, the same rule for every field, given the headers as written and the register:
    where two columns read one field equally surely (a tie, which the leftmost won), the
    column whose header names the field by its own word (:func:`names_own_word`: ``Actual
    incl. accruals``, ``Owner``, ``Due date``) takes it from one reaching it only by a
    synonym (``Invoiced``, ``Assigned to``, ``Target date``), whichever stands first; the
    other is left to its next reading (or out). A surer synonym still wins (a tool's
    workflow ``Section`` read by its values beside its coarse ``Status``). The own-word
    column must read the field for certain as its best reading, so the field is never
    left empty by the rule."""
    pairs = sorted(
        ((cand.confidence, -col, col, cand) for col, cands in scored.items() for cand in cands),
        key=lambda p: (-p[0], -p[1]),
    )
    named = {
        (cand.column_key, cand.confidence, col)
        for _, _, col, cand in pairs
        if cand.column_key in _OWN_NAME_WINS and _own_name(cand)
    }
    own_worded: dict[str, dict[int, float]] = {}
    if headers and register_key in layout.REGISTERS_BY_KEY:
        for col, cands in scored.items():
            header = headers.get(col)
            if not header or not cands:
                continue
            top = max(c.confidence for c in cands)
            best = [c for c in cands if c.confidence == top]
            if (
                len(best) == 1
                and top >= CERTAIN
                and not best[0].synonym.startswith("(")
                and names_own_word(header, best[0].column_key, str(register_key))
                # round 40 (t51a): a current plan's date (``Due date``) beside a column of
                # the first plan (``Original date``) is the forecast, not the baseline its
                # own word names (a ClickUp list's custom original date beside its due date)
                and not (
                    any(c.synonym == PLAN_BESIDE_BASELINE for c in cands)
                    and _first_plan_columns(scored) - {col}
                )
            ):
                own_worded.setdefault(best[0].column_key, {})[col] = top
    taken_cols: set[int] = set()
    taken_keys: set[str] = set()
    chosen: dict[int, Candidate] = {}
    for confidence, _, col, cand in pairs:
        if confidence < MINIMUM or col in taken_cols or cand.column_key in taken_keys:
            continue
        if not _own_name(cand) and any(
            key == cand.column_key
            and conf == confidence
            and other != col
            and other not in taken_cols
            for key, conf, other in named
        ):
            continue  # the column named by the field's own name takes it (round 20)
        owning = own_worded.get(cand.column_key, {})
        if col not in owning and any(
            other not in taken_cols and conf >= confidence for other, conf in owning.items()
        ):
            continue  # a column naming the field by its own word takes it (round 32)
        chosen[col] = cand
        taken_cols.add(col)
        taken_keys.add(cand.column_key)
    return chosen


#: What the synonym of a candidate read through its table's language starts with.
TABLE_LANGUAGE_PREFIX = "(table language: "


def lone_false_friend(header: str) -> str | None:
    """The other language's reading of a header that is one false friend alone (``Data``
    = date in Portuguese, Italian, Polish, Romanian), or None."""
    words = words_of(header)
    return false_friends().get(words[0]) if len(words) == 1 else None


def table_language_candidates(header: str, register_key: str) -> list[Candidate]:
    """A header that reads as nothing in English but is a false friend alone, in a table
    whose other headers are in another language (round 13): read in that language's sense
    (a Portuguese decision log's ``Data`` is its Date). In an English table the same header
    is English (``Data`` is data) and this is not asked."""
    reading = lone_false_friend(header)
    if reading is None:
        return []
    return [
        Candidate(c.column_key, c.confidence, f"{TABLE_LANGUAGE_PREFIX}{reading})")
        for c in candidates(reading, register_key)
    ]
