"""A text field's column that holds only a list's words (round 26's last hour, issue 15).

A risk register's ``Response`` column may hold the response STRATEGY (Accept, Mitigate,
Transfer), with the actions written out in the next column (``Action Plan``): the header
names the register's long-text field (the response), the values are the words of one of its
list fields (the response type). A PMO analyst reads the column by its values: a column
whose every value is a word of one list field of the register is that field, and the text
the header promised is in the column beside it, which then takes the text field.

:func:`list_words_not_texts` reads that, and nothing more:

- only a column whose best reading is a long-text field (a response, a resolution, a
  rationale), whose values are three words or more, nearly all words of exactly ONE list
  field of the register (``by_values.fields_taking``: in English or in a language of
  ``languages.toml``, through the list's own readings, so ``Mitigate`` is Reduce), never
  the status (its words are shared by every register's text: ``Closed``), never Yes / No;
- never when another column already reads as that list field for certain (a register with
  both a ``Response Type`` and a ``Response`` of one-word texts keeps both); round 27's last
  hour: nor when another column's HEADER names that field, though its values are written
  otherwise and read it only weakly (an assumptions log's ``Confidence`` of ``70%`` beside
  ``If wrong, impact`` of High / Medium / Low: the person said where the confidence is, and
  the rated column is the impact it is headed);
- the column keeps its text reading too weak to be taken (:data:`TEXT_KEPT`), so a column
  beside it that also reads as the text field (``Action Plan``) takes it, and none is
  invented where none does (the field stays empty).

The reading is stated in the report (``values are response type words, not texts``).
"""

from __future__ import annotations

from addin import layout
from addin.adopt.by_values import Fit, fields_taking
from addin.adopt.match import CERTAIN, Candidate
from addin.host import CellValue

#: What the synonym of a column re-read here starts with (shown as the mapping's reason).
PREFIX = "(values are "
#: The share of its confidence the header's text reading keeps: below ``match.MINIMUM``, so
#: the column never takes the text field its values are not.
TEXT_KEPT = 0.5


def list_words_not_texts(
    scored: dict[int, list[Candidate]],
    values_of: dict[int, list[CellValue]],
    register_key: str,
    lists: dict[str, list[str]],
    fit: Fit,
) -> None:
    """In place: each column read as a long-text field whose values are only the words of one
    list field of ``register_key`` is read as that list field first (the module docstring
    says when)."""
    if register_key not in layout.REGISTERS_BY_KEY:
        return
    register = layout.REGISTERS_BY_KEY[register_key]
    kinds = {c.key: c for c in register.columns}
    for col, cands in scored.items():
        if not cands or col not in values_of:
            continue
        top = kinds.get(cands[0].column_key)
        if top is None or top.kind != "longtext":
            continue
        taking = [
            key
            for key in fields_taking(register_key, values_of[col], lists, fit)
            if kinds[key].kind == "list" and key != "status" and kinds[key].list_name != "yes_no"
        ]
        if len(taking) != 1:
            continue
        field = taking[0]
        if any(
            other != col
            and cs
            and cs[0].column_key == field
            and (cs[0].confidence >= CERTAIN or _headed(cs[0]))
            for other, cs in scored.items()
        ):
            continue
        label = kinds[field].name.lower()
        sure = max(CERTAIN, cands[0].confidence)
        reading = Candidate(field, sure, f"{PREFIX}{label} words, not texts)")
        # the header's text reading stays, too weak to take the field: the text is in the
        # column beside it when one reads so, and nowhere when none does
        kept = [
            Candidate(c.column_key, round(c.confidence * TEXT_KEPT, 3), c.synonym)
            if kinds.get(c.column_key) is top
            else c
            for c in cands
            if c.column_key != field
        ]
        scored[col] = [reading, *kept]


def _headed(cand: Candidate) -> bool:
    """Whether a candidate is read from its column's header words (``Confidence``), not from
    its values or by sense (those readings are written ``(values are ...)``, ``(sense:
    ...)``)."""
    return not cand.synonym.startswith("(")
