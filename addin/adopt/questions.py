"""Headers as people write them (round 12): a numbered header (``1. Risk description``,
``2) Owner``, ``Q3 - Impact``) and a question (``Who owns it?``, ``When is it due?``,
``How likely?``) are read by the words a header would have had as a statement.

The statement is only a reading beside the header's own words: the synonyms and the
thesaurus in :mod:`addin.adopt.synonyms` stay the one source of truth for which column it
is; this module knows only how a question or a number is put around a column's name.
"""

from __future__ import annotations

import re

#: A number, letter or question number written before the header: ``1.``, ``2)``,
#: ``3 -``, ``4:``, ``1.2``, ``(a)``, ``b)``, ``Q3.``, ``#5``. Needs a separator and a word
#: after it, so ``1-5``, ``3 Month Forecast`` or ``2026 Budget`` keep their number.
_NUMBERING = re.compile(
    r"^\s*(?:#?\d{1,2}(?:\.\d{1,2})*\s*[.):\-]|\(\s*(?:\d{1,2}|[a-z])\s*\)|[a-z]\)|q\d{1,2}\s*[.):\-])"
    r"\s+(?=[^\W\d_])",
    re.IGNORECASE,
)

#: How a question asks for a scale ("How likely is it?"): the scale's own word.
_HOW: dict[str, str] = {
    "likely": "likelihood",
    "probable": "probability",
    "bad": "severity",
    "severe": "severity",
    "serious": "severity",
    "big": "impact",
    "much": "cost",
    "urgent": "urgency",
    "confident": "confidence",
    "sure": "confidence",
}

#: Verbs a person does to an item, as the noun a header would use ("Who owns it?" = Owner).
_PERSON_VERBS: dict[str, str] = {
    "owns": "owner",
    "own": "owner",
    "leads": "lead",
    "lead": "lead",
    "manages": "manager",
    "manage": "manager",
    "provides": "provider",
    "supplies": "supplier",
    "approves": "approver",
}

#: Words that only make the sentence a question: dropped.
_FILLER = frozenset(
    {
        "is",
        "are",
        "was",
        "were",
        "will",
        "would",
        "does",
        "do",
        "did",
        "has",
        "have",
        "it",
        "this",
        "that",
        "they",
        "the",
        "a",
        "an",
        "be",
        "being",
        "we",
    }
)
_ASKING = frozenset({"who", "what", "when", "which", "how"})
#: Round 13: a form's questions. A legend in brackets after the question, a condition
#: before it ending in a comma, "Describe the X" (an instruction, not a question), and the
#: verbs of doing something about the item ("What would you suggest we do about it?").
#: The last bracket of a text (``(1-5)``, ``[h/m/n]``, ``(LCY)``): its legend, scale or unit;
#: the one pattern match, classify and legend_letters take it off by.
LAST_BRACKET = re.compile(r"\s*[(\[][^()\[\]]*[)\]]\s*$")
_CONDITION = re.compile(r"^(?:if|once|should|assuming)\b[^,?]{1,40},\s*", re.IGNORECASE)
_DESCRIBE = re.compile(
    r"^(?:please\s+)?(?:briefly\s+)?describe\s+(?:the|this|your)\s+([^\W\d_]+(?:\s+[^\W\d_]+)?)\s*[.?:]?$",
    re.IGNORECASE,
)
_DOING = frozenset({"do", "doing", "done"})
_ABOUT = frozenset({"about", "done", "doing"})
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?")


def without_numbering(text: str) -> str | None:
    """``"1. Risk description"`` -> ``"Risk description"``; None when nothing numbers it."""
    stripped = _NUMBERING.sub("", text, count=1)
    return stripped if stripped != text else None


def statement_of(text: str) -> str | None:
    """The header a question stands for, or None when it is no question.

    ``"Who owns it?"`` -> ``"owner"``; ``"When is it due?"`` -> ``"due date"``; ``"How
    likely?"`` -> ``"likelihood"``; ``"What is the risk?"`` -> ``"risk"``; ``"Who raised
    it?"`` -> ``"raised by"`` (a person, never the date it was raised).
    """
    line = text.replace("\r", "\n").strip().split("\n", 1)[0].strip()
    # a form's question (round 13): its legend after it ("(1 = minor, 5 = severe)") and a
    # condition before it ("If it happens, how bad would it be?") say nothing of the column
    line = LAST_BRACKET.sub("", line).strip()
    line = _CONDITION.sub("", line).strip()
    described = _DESCRIBE.match(line)
    if described:
        # "Describe the risk", "Please describe the issue": the item's description
        return " ".join([*_words_without_filler(described.group(1)), "description"])
    words = [w.lower() for w in _WORD.findall(line)]
    if len(words) > 1 and words[:2] == ["by", "when"] and line.endswith("?"):
        return "due date"  # "By when does it need action?": a deadline
    if not words or words[0] not in _ASKING or len(words) > (10 if line.endswith("?") else 7):
        return None
    if not line.endswith("?") and (len(words) > 3 or words[0] in {"what", "which"}):
        return None  # "What if analysis" is no question; "When Due", "Who" + verb may be
    asking, rest = words[0], [w for w in words[1:] if w not in _FILLER]
    if asking == "what" and line.endswith("?") and _DOING & set(words) and _ABOUT & set(words):
        return "action"  # "What will we do about it?", "What is being done?" (round 13)
    if asking == "how":
        if not rest or rest[0] not in _HOW:
            return None
        return _HOW[rest[0]]
    if asking == "who":
        if not rest:
            return None
        if rest[0] in _PERSON_VERBS:
            return " ".join([_PERSON_VERBS[rest[0]], *rest[1:]])
        verb = next((w for w in rest if w in _PERSON_VERBS), None)
        if verb is not None and line.endswith("?"):
            # "Who is best placed to own this risk?" = owner (round 13)
            return _PERSON_VERBS[verb]
        if rest[0] == "by":
            return None
        if rest[0].endswith("ed") or rest[0] in {"made", "took", "signed"}:
            return " ".join([*rest, "by"])  # "Who raised it?" is who, not when
        # "Who is responsible?" = Responsible; "Who to contact" = who + contact
        return rest[0] if len(rest) == 1 else " ".join(["who", *rest])
    if asking == "when":
        if not rest:
            return "date"
        return " ".join([*rest, "date"]) if rest[-1] != "date" else " ".join(rest)
    # "What is the risk?", "Which team?"
    return " ".join(rest) or None


def _words_without_filler(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text) if w.lower() not in _FILLER]
