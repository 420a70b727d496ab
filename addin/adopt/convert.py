"""Converting legacy values to the standard ones: scales, lists, dates, numbers, Y/N.

Every converter returns a :class:`Converted`: the value to write and, when the source
value could not be converted, why (the value is then kept as text so ``pmo check`` flags
it, and the report lists it). Decisions that depend on a whole column (is it a 1-3 scale?
are its text dates day-first?) are taken once per column by the ``*_for_column``
functions, from all its values.

Scale mappings (standards-independent constants, documented in docs/adopt.md):

* three-level words or letters (L/M/H, Low/Medium/High): :data:`THREE_LEVEL` L=1, M=3, H=5
  (so High x High is the top band and Low x Low the bottom one, as on a 3x3 matrix);
* five-level words (Very low ... Very high, and the standards' own labels): 1..5;
* a 1-3 numeric scale (header says ``1=low 2=med 3=high``, ``1-3``...): 1->1, 2->3, 3->5;
* percentages or fractions (``60%``, ``0.6``, ``50% to 75%`` -> its midpoint):
  :data:`PERCENT_BANDS` <=10% 1, <=30% 2, <=50% 3, <=70% 4, above 5.
"""

from __future__ import annotations

import calendar
import math
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date, datetime
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import pairwise

from addin.adopt import cldr
from addin.adopt.aliases import LIST_ALIASES, STATUS_NOUNS
from addin.adopt.amounts import currency_in, has_own_unit, is_no_amount, parse_amount
from addin.adopt.category_words import category_of, funder_category
from addin.adopt.dates import (
    common_era,
    iso_week,
    labelled_month,
    parse_text_date,
    period_bounds,
    schedule_flag,
    weekday_named,
    without_month_word,
    without_week_label,
    without_weekday_and_time,
)
from addin.adopt.dates import month_of as foreign_month
from addin.adopt.eras import eras_now, eras_where, said_of, to_common, written_eras
from addin.adopt.grid import cell_text, is_blank
from addin.adopt.languages import (
    WORD_MARKS,
    fold,
    one_arrowed_value,
    translate,
    western_digits,
    words_of,
)
from addin.adopt.pasted_text import pasted_text
from addin.adopt.rag_letters import COLOURS, column_letters
from addin.adopt.readings import (
    DEFAULT_FISCAL_YEAR_START,
    DEFAULT_FIVE_LEVEL,
    DEFAULT_ONE_TO_THREE,
    DEFAULT_PERCENT_BANDS,
    DEFAULT_THREE_LEVEL,
    current,
    record_date_order,
    record_list_word,
    stated_date_order,
)
from addin.adopt.status_flags import (
    answered_either_way,
    flag_converter,
    flag_opposite,
    flag_status,
    yes_no_answers,
)
from addin.adopt.table_language import foreign, table_language_sample
from addin.adopt.workflow_states import read_state
from addin.cells import from_excel_serial
from addin.host import CellValue, ErrorValue
from addin.standards import Standards
from addin.standards.model import Scale
from addin.values.cells import MONTHS, Converted
from addin.values.typed import strip_weekday

#: The default readings (a mapping file's "readings" can change each one, see
#: :mod:`addin.adopt.readings`): three-level words/letters -> the 1-5 scale,
THREE_LEVEL: dict[str, int] = DEFAULT_THREE_LEVEL
#: five-level words -> the 1-5 scale,
FIVE_LEVEL: dict[str, int] = DEFAULT_FIVE_LEVEL
#: the upper bound (percent, inclusive) of each probability level 1..5,
PERCENT_BANDS: tuple[tuple[float, int], ...] = DEFAULT_PERCENT_BANDS
#: a 1-3 numeric scale -> the 1-5 scale.
ONE_TO_THREE: dict[int, int] = DEFAULT_ONE_TO_THREE

#: Spellings of the scale words (after lower-casing and trimming).
_LEVEL_WORDS: dict[str, str] = {
    "l": "low",
    "lo": "low",
    "low": "low",
    "minor": "low",
    "unlikely": "low",
    "small": "low",
    "m": "medium",
    "med": "medium",
    "medium": "medium",
    "moderate": "medium",
    "possible": "medium",
    "mid": "medium",
    "average": "medium",
    "amber": "medium",
    "h": "high",
    "hi": "high",
    "high": "high",
    "major": "high",
    "likely": "high",
    "significant": "high",
    "serious": "high",
    "vl": "very low",
    "very low": "very low",
    "rare": "very low",
    "negligible": "very low",
    "minimal": "very low",
    "insignificant": "very low",
    "remote": "very low",
    "very unlikely": "very low",
    "trivial": "very low",
    # red team of round 20: the lowest of a defect's or a security finding's severities
    # (High / Low / Cosmetic, High / Low / Informational): below Low, never the middle
    "cosmetic": "very low",
    "informational": "very low",
    "info": "very low",
    "vh": "very high",
    "very high": "very high",
    "almost certain": "very high",
    "severe": "very high",
    "critical": "very high",
    "extreme": "very high",
    "catastrophic": "very high",
    "certain": "very high",
    "very likely": "very high",
    # round 11: the other common 5x5 likelihood words
    "highly unlikely": "very low",
    "extremely unlikely": "very low",
    "highly likely": "very high",
    "extremely likely": "very high",
    "highly probable": "very high",
    "near certain": "very high",
    "nearly certain": "very high",
}
#: The level words before the tools' word scales were read (round 5): a tool's scale is
#: recognised by a word none of these is (``Highest``, ``Blocker``, ``Urgent``...).
_BASE_LEVEL_WORDS = frozenset(_LEVEL_WORDS)
#: The tools' scale words read alone, where no word scale of a tool fits the whole column.
_LEVEL_WORDS.update(
    {
        "highest": "very high",
        "lowest": "very low",
        "blocker": "very high",
        "showstopper": "very high",
        "urgent": "very high",
        "important": "high",
        # round 23 (its last hour): a wish is the lowest severity an issue tracker writes
        # (Taiga's Wishlist / Minor / Normal / Important / Critical, Debian's "wishlist")
        "wishlist": "very low",
        # and its middle (Bugzilla's and Taiga's "normal", as a priority list reads it)
        "normal": "medium",
        "frequent": "very high",
        "probable": "high",
        "occasional": "medium",
        "improbable": "very low",
        # round 40 (t50d): the ends of the ECSS likelihood scale a space project's legend
        # spells out (``A = Minimum, B = Low, C = Medium, D = High, E = Maximum``)
        "minimum": "very low",
        "maximum": "very high",
    }
)
_FIVE_ONLY = {"very low", "very high"}
#: What a problem says of a number on a stated 1-4 scale with no reading yet: the value is
#: the column's own (the column fits), only its level waits for a person or the mapping file.
UNREAD_SCALE = "is on a 1-4 scale"
#: A header naming a likelihood (its numbers above 10 are percentages).
_LIKELIHOOD_HEADER = re.compile(r"prob|likel|chance")


Converter = Callable[[CellValue], Converted]

# ---------------------------------------------------------------------------------------
# Numbers
# ---------------------------------------------------------------------------------------


def parse_number(value: CellValue, *, dot_thousands: bool = False) -> float | None:
    """A number from a number or from text such as ``"1,234"``, ``"$1,234.50"``, ``"(250)"``,
    ``"£1.2k"``, ``"€ 1.234,56"``, ``"USD 5,000"`` (:func:`addin.adopt.amounts.parse_amount`)."""
    if isinstance(value, bool) or value is None or isinstance(value, ErrorValue):
        return None
    if isinstance(value, int | float):
        return None if math.isnan(value) or math.isinf(value) else float(value)
    if not isinstance(value, str):
        return None
    return parse_amount(value, dot_thousands=dot_thousands)


#: The Arabic percent sign (``٤٥٪``) and decimal separator (``٣٫٥٪``), as the Latin ones.
_ARABIC_PERCENT = str.maketrans({"\u066a": "%", "\u066b": "."})


#: A percentage said in words after its number (round 29): ``45pc``, ``45 pct``, ``45 per
#: cent``, ``45 percent``, as British, Indian and Australian trackers write it.
_PERCENT_WORD = re.compile(r"(\d)\s*(?:pc|pct|per\s*cent|percent)\b\.?", re.IGNORECASE)


def percent_signs(value: str) -> str:
    """``value`` with a percentage said in words written with its sign: ``45pc`` -> ``45%``."""
    return _PERCENT_WORD.sub(r"\1%", value)


def percent_of(value: CellValue) -> float | None:
    """A probability in percent from ``"60%"``, ``0.6`` (a fraction), or ``"50% to 75%"``
    (``"60pc"``, ``"60 per cent"`` too: round 29)."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value) * 100 if 0 <= value <= 1 else None
    if not isinstance(value, str):
        return None
    value = percent_signs(value)
    # round 24: a country's own digits, the Arabic percent sign and decimal separator
    value = western_digits(value).translate(_ARABIC_PERCENT)
    # red team of round 18: "35,5 %" (a decimal comma) is 35.5 %, not 5 %
    value = re.sub(r"(?<![\d.,])(\d{1,3}),(\d{1,2})(?=\s*(?:%|[-–]\s*\d|to\s))", r"\1.\2", value)
    span = re.search(r"(\d+(?:\.\d+)?)\s*%?\s*(?:-|–|to)\s*(\d+(?:\.\d+)?)\s*%", value)
    if span:  # "30-50%", "30% - 50%": the midpoint
        return (float(span.group(1)) + float(span.group(2))) / 2
    above = re.match(r"^\s*(?:>|over|above|more than)\s*(\d+(?:\.\d+)?)\s*%\s*$", value, re.I)
    if above:  # "> 70%": above the band that ends at 70
        return float(above.group(1)) + 0.5
    found = re.findall(r"(\d+(?:\.\d+)?)\s*%", value)
    if not found:
        return None
    numbers = [float(n) for n in found]
    return sum(numbers) / len(numbers)


def band_for_percent(percent: float) -> int:
    bands = current().percent_bands
    for upper, level in bands:
        if percent <= upper:
            return level
    return bands[-1][1]


# ---------------------------------------------------------------------------------------
# Scales
# ---------------------------------------------------------------------------------------


#: Round 20: a likelihood or impact written as a RAG colour (Red / Amber / Green, in any
#: language the vocabulary knows: "Rooi", "Rot", "Vermelho") is its three levels, as amber
#: already was the medium one: red the high level, green the low. Read only in a column a
#: header already made a scale (:func:`scale_for_column`), never to find one by its values:
#: a column of RAG words with no scale header is a RAG, not a likelihood.
_COLOUR_LEVELS = {"red": "high", "amber": "medium", "green": "low"}


def _colour_level(value: CellValue) -> str | None:
    if not isinstance(value, str):
        return None
    text = " ".join(fold(value).split())
    if text not in _COLOUR_LEVELS:
        text = " ".join(fold(translate(value, "values") or "").split())
    return _COLOUR_LEVELS.get(text)


def level_word(value: CellValue) -> str | None:
    """The English level word ``value`` is (``"high"`` for ``High``, ``H``, ``Élevé``,
    ``Высокий``), or None."""
    return _level_word(value)


def _level_word(value: CellValue, translated: bool = False) -> str | None:
    if not isinstance(value, str):
        return None
    if translated and not fold(value).isascii():
        # "очень high" (очень высокий), "很 high": a word the file does not know beside a
        # level word ("very", "not") leaves it unread, as "bardzo high" did in Latin letters
        return None
    # "V.Low", "V. High", "v-high": a "v" before a level word is "very"
    lowered = re.sub(r"\bv\s*[.\-]?\s*(?=lo|hi|high|low)", "very ", fold(value))
    if translated:  # "high very": Thai สูงมาก, Hebrew גבוה מאוד put "very" after the word
        lowered = re.sub(r"^(\w+) very$", r"very \1", lowered.strip())
    text = re.sub(r"[^a-z ]+", " ", lowered)
    text = " ".join(text.split())
    if text in _LEVEL_WORDS:
        return _LEVEL_WORDS[text]
    # "High 4", "4 - High", "H (4)"
    words = [w for w in text.split() if w]
    joined = " ".join(words)
    if joined in _LEVEL_WORDS:
        return _LEVEL_WORDS[joined]
    # "Élevé", "sehr hoch", "Muy alta": the level word of another language (round 8)
    if translated:
        return None  # read through the data file once: its English reading is final
    english = translate(value, "values")
    return _level_word(english, translated=True) if english else None


#: A rank where 1 is the worst ("Sev 1", "S2", "Severity 3", "P1"): read reversed.
_RANKED = re.compile(r"^\s*(?:sev(?:erity)?|s|p|pri(?:ority)?)\s*[-.:]?\s*(\d)\s*$", re.IGNORECASE)

#: Words that may stand beside a score without making it something else ("Level 4").
_SCORE_WORDS = frozenset({"level", "score", "rating", "very", "v", "p", "i", "s"})


def _only_scale_words(text: str, label_words: frozenset[str]) -> bool:
    """True when every word beside the number is a level word (``High 4``, ``4 - Major``)."""
    for word in re.findall(r"[a-z]+", text.lower()):
        if word not in _LEVEL_WORDS and word not in _SCORE_WORDS and word not in label_words:
            return False
    return True


def _embedded_number(value: CellValue) -> float | None:
    if isinstance(value, str):
        found = re.findall(r"(?<![\d.])(\d{1,2}(?:\.\d+)?)(?![\d.%])", value)
        if len(found) == 1:
            return float(found[0])
    return None


def _word_level_reader(
    labels: dict[str, int], word_map: dict[str, int], five_level: dict[str, int]
) -> Callable[[CellValue], float | None]:
    """The level a value's words give on their own (``"1 - Severe"`` -> Severe's level)."""

    def level(value: CellValue) -> float | None:
        if not isinstance(value, str):
            return None
        words = " ".join(re.sub(r"[\d.\-–:()\[\]]+", " ", value).split())
        if not words:
            return None
        if words.casefold() in labels:
            return float(labels[words.casefold()])
        word = _level_word(words)
        if word is None:
            return None
        return float(word_map.get(word, five_level.get(word, 0))) or None

    return level


def _scale_words(value: CellValue) -> str | None:
    """A value's words without numbers and punctuation (``"1 - Blocker"`` -> ``blocker``)."""
    if not isinstance(value, str):
        return None
    words = re.sub(r"[^a-z' ]+", " ", value.lower()).split()
    short = {"med": "medium", "lo": "low", "hi": "high", "mod": "medium"}
    joined = " ".join(short.get(w, w) for w in words)
    return joined.replace("show stopper", "showstopper") or None  # Zoho's "Show stopper"


def word_scale_for(
    values: list[CellValue], scales: dict[str, dict[str, int]], labels: dict[str, int]
) -> tuple[str, dict[str, int]] | None:
    """The tool's word scale a column uses (the ``word_scales`` reading): the one scale
    that holds every word of the column and at least one word only it has (``Highest``,
    ``Blocker``, ``Urgent``, ``Occasional``: none of the plain level words, the scale's own
    labels or another tool's words). None when no scale fits the whole column."""
    words = {w for w in (_scale_words(v) for v in values) if w}
    if not words:
        return None
    fitting = []
    for name, scale in scales.items():
        others = {w for n, sc in scales.items() if n != name for w in sc}
        own = set(scale) - _BASE_LEVEL_WORDS - set(labels) - others
        if words <= set(scale) and words & own:
            fitting.append((name, scale))
    return fitting[0] if len(fitting) == 1 else None


def numbers_are_ranks(
    values: list[CellValue], word_level: Callable[[CellValue], float | None]
) -> str | None:
    """A column of ``"N - word"`` values whose numbers fall as the words rise (``1 -
    Critical``, ``2 - High``, ``4 - Low``: ServiceNow, Azure DevOps, risk tools) numbers
    ranks, not scores: returns one such value (for the note), else None. At least two
    different numbers with known words are needed, all running the other way."""
    pairs: dict[float, float] = {}
    example = None
    for value in values:
        if not isinstance(value, str):
            continue
        number = _embedded_number(value)
        level = word_level(value)
        if number is None or level is None:
            continue
        if pairs.get(number, level) != level:
            return None  # one number, two words: no pattern
        pairs[number] = level
        example = example or value.strip()
    if len(pairs) < 2:
        return None
    ordered = [pairs[n] for n in sorted(pairs)]
    falling = all(a > b for a, b in pairwise(ordered))
    return example if falling else None


def _ranks_beyond_three(
    values: list[CellValue], word_level: Callable[[CellValue], float | None]
) -> bool:
    """True when ranks written before three-level words leave room for more levels: a
    rank beyond 3 (``4 - Low``), or a rank behind its word's place among three (``2 -
    High``: something ranks above High, so High is not the top)."""
    place = {5.0: 1, 3.0: 2, 1.0: 3}  # High, Medium, Low as ranks of three
    for value in values:
        if not isinstance(value, str):
            continue
        m = re.match(r"^\s*(\d)\s*[-\u2013:.)]\s*[A-Za-z]", value)
        level = word_level(value)
        if m and (int(m.group(1)) > 3 or (level in place and int(m.group(1)) > place[level])):
            return True
    return False


#: A score written with its label (round 16): ``3 - Moderately likely``, ``4 (Significant)``,
#: ``Likely (4)``, ``4: Major``: the number first or in brackets after the words.
_NUMBER_THEN_LABEL = re.compile(
    r"^\s*(\d{1,2})\s*(?:[-\u2013:.)]|\s)\s*\(?\s*([^\W\d_][^\d]*?)\)?\s*$"
)
_LABEL_THEN_NUMBER = re.compile(r"^\s*([^\W\d_][^\d]*?)\s*[(\[]\s*(\d{1,2})\s*[)\]]\s*$")
#: Words that make a number a quantity, not a score (``2 weeks``, ``3 days``).
_UNIT_WORDS = re.compile(
    r"\b(?:days?|weeks?|wks?|months?|years?|yrs?|hours?|hrs?|mins?|minutes?|people|persons?|"
    r"k|m|bn|eur|usd|gbp|aud|percent|pct|times)\b",
    re.IGNORECASE,
)
#: A level word inside a label, for the label's direction (``Very high chance`` is high).
_LABEL_LEVELS = (("very low", 1), ("very high", 5), ("low", 2), ("medium", 3), ("high", 4))


def _label_level(words: str) -> int | None:
    folded = " " + " ".join(re.sub(r"[^a-z ]+", " ", fold(words)).split()) + " "
    for phrase, level in _LABEL_LEVELS:
        if f" {phrase} " in folded:
            return level
    return None


def labelled_scores(values: list[CellValue], scale: Scale) -> str | None:
    """A column of scores written with their scale's labels (round 16): every text value a
    number on the scale beside words (``3 - Moderately likely``, ``4 (Significant)``,
    ``Likely (4)``), each number always with the same words and the same words always with
    the same number, two numbers at least. The words are then the scale's legend, whatever
    its language or wording, and the number is the score: returns one such value (for the
    note), else None. Never when a label is a quantity (``2 weeks``) or when labels holding a
    level word fall as the numbers rise (``1 - Very high chance``: ranks, not scores)."""
    by_number: dict[int, str] = {}
    by_words: dict[str, int] = {}
    example = None
    for value in values:
        if not isinstance(value, str):
            continue
        m = _NUMBER_THEN_LABEL.match(value)
        number, words = (m.group(1), m.group(2)) if m else (None, None)
        if m is None:
            m = _LABEL_THEN_NUMBER.match(value)
            if m is None:
                return None
            words, number = m.group(1), m.group(2)
        assert number is not None and words is not None
        n, key = int(number), " ".join(words.casefold().split())
        if not scale.min <= n <= scale.max or _UNIT_WORDS.search(key):
            return None
        if by_number.setdefault(n, key) != key or by_words.setdefault(key, n) != n:
            return None  # one number, two labels (or one label, two numbers): no legend
        example = example or value.strip()
    if len(by_number) < 2:
        return None
    hinted = [(n, _label_level(w)) for n, w in sorted(by_number.items())]
    levels = [lv for _, lv in hinted if lv is not None]
    if len(levels) >= 2 and any(a > b for a, b in pairwise(levels)):
        return None  # labels that fall as the numbers rise: ranks, read by no rule here
    return example


def scale_for_column(
    values: Iterable[CellValue], header: str, scale: Scale
) -> tuple[Converter, str]:
    """A converter for one scale column, and a note saying which reading was chosen.

    The column is read as 1-3 when its header says so (``1=low 2=med 3=high``, ``1-3``,
    ``(L/M/H)``) or, for words, when it uses only three levels.
    """
    present = [v for v in values if not is_blank(v)]
    words = {_level_word(v) for v in present} - {None}
    header_lower = western_digits(header).lower()  # "প্রভাব (১-৩)" is "(1-3)" (round 20)
    three_numeric = bool(re.search(r"3\s*=\s*high|\b1\s*(-|to|_)\s*3\b|\(1-3\)", header_lower))
    # a 1-4 scale (a 4x4 matrix) has no honest reading on 1-5 unless the PMO gives one
    four_numeric = bool(
        re.search(r"4\s*=\s*(?:high|very high)|\b1\s*(-|to|_)\s*4\b", header_lower)
    ) and not re.search(r"\b5\s*=|\b1\s*(-|to|_)\s*5\b", header_lower)  # "1-5 (4=high, 5=...)"
    numbers = [n for n in (parse_number(v) for v in present) if n is not None]
    ten_numeric = bool(re.search(r"\b[01]\s*(-|to|_)\s*10\b|10\s*=", header_lower)) or (
        bool(numbers)
        and all(float(n).is_integer() for n in numbers)
        and scale.max < max(numbers) <= 10
        and min(numbers) >= 0
    )
    # "Probability (%)" over 35, 60, 80: whole percentages, read by the bands; under a
    # header naming a likelihood, numbers above 10 are percentages too (round 11: no 1-5 or
    # 1-10 scale writes 35)
    percent_numeric = (
        bool(re.search(r"%|percent|\bpct\b", header_lower))
        and bool(numbers)
        and scale.max < max(numbers) <= 100
        and min(numbers) >= 0
    ) or (
        bool(_LIKELIHOOD_HEADER.search(header_lower))
        and bool(numbers)
        and 10 < max(numbers) <= 100
        and min(numbers) >= 0
        # most of them above 10: scores with one typo (1, 2, 3, 45) are no percentages
        and 2 * sum(1 for n in numbers if n > 10) >= len(numbers)
    )
    # 0.1, 0.35, 1: fractions of one (round 11), so its 1 is 100% and its 0 is 0%
    fractions = (
        bool(numbers) and all(0 <= n <= 1 for n in numbers) and any(0 < n < 1 for n in numbers)
    )
    labels = {label.casefold(): scale.min + i for i, label in enumerate(scale.labels)}
    label_words = frozenset(w for label in labels for w in re.findall(r"[a-z]+", label))
    five_words = bool(words & _FIVE_ONLY)
    readings = current()
    five_level, one_to_three = readings.five_level, readings.one_to_three
    word_map = five_level if five_words else readings.three_level
    percents = [percent_of(v) for v in present if isinstance(v, str) and "%" in percent_signs(v)]
    ranked = [v for v in present if isinstance(v, str) and _RANKED.match(v)]
    word_level = _word_level_reader(labels, word_map, five_level)
    # round 40 (t50d): the table's own legend first (``A = Minimum ... E = Maximum`` runs
    # the other way from the handbook's A = Almost certain), then the handbook's letters
    keyed = _letters_by_legend(present, header, scale)
    if keyed is not None:
        return keyed
    letters = _likelihood_letters(present, header)
    if letters is not None:
        return letters
    tool_scale = word_scale_for(present, readings.word_scales, labels)
    if tool_scale is not None:
        return _tool_scale_converter(tool_scale, scale)
    by_word = numbers_are_ranks(present, word_level)
    if by_word and not five_words and _ranks_beyond_three(present, word_level):
        # ranks leave room for more than three levels (`2 - High`: something ranks above
        # High; `4 - Low`): the words are read on the five-level scale (High = 4)
        five_words = True
        word_map = five_level
        word_level = _word_level_reader(labels, word_map, five_level)
    labelled = None if by_word else labelled_scores(present, scale)
    notes: list[str] = []
    if labelled:
        notes.append(
            f"scores written with their labels ({labelled!r}): the labels are the scale's "
            "legend, read by the number"
        )
    if by_word:
        notes.append(
            f"numbers beside level words run the other way ({by_word!r}): ranks, where 1 is "
            "the most severe; read by the word"
        )
    if ranked:
        notes.append(
            f"ranks such as {ranked[0]!r} read reversed: 1 is the most severe "
            f"(Sev 1 = {scale.max}, Sev {scale.max} = {scale.min})"
        )
    if words:
        levels = ", ".join(f"{w.title()}={n}" for w, n in word_map.items())
        notes.append(
            f"words read on a five-level scale ({levels})"
            if five_words
            else f"words read as three levels ({levels})"
        )
    one_to_four = readings.one_to_four
    if four_numeric:
        notes.append(
            "numbers read as a 1-4 scale ("
            + ", ".join(f"{k}->{v}" for k, v in one_to_four.items())
            + "; reading one_to_four)"
            if one_to_four
            else "numbers on a 1-4 scale: no honest reading on 1-5, listed (give one in the "
            'mapping file\'s readings "one_to_four")'
        )
    if three_numeric:
        steps = ", ".join(f"{k}->{v}" for k, v in one_to_three.items())
        notes.append(f"numbers read as a 1-3 scale ({steps})")
    elif ten_numeric:
        steps = ", ".join(f"{k}->{v}" for k, v in readings.one_to_ten.items())
        notes.append(f"numbers read as a 1-10 scale ({steps}; reading one_to_ten)")
    if fractions:
        notes.append("numbers from 0 to 1 read as fractions (0.35 = 35%, 1 = 100%)")
    if percents or percent_numeric:
        bands = readings.percent_bands
        notes.append(
            "percentages read as probability bands ("
            + ", ".join(f"<={u:g}%={n}" for u, n in bands[:-1])
            + f", above={bands[-1][1]})"
        )

    out_of = [v for v in present if isinstance(v, str) and _OUT_OF.match(v)]
    likelihood = bool(scale.percent_bands) or bool(_LIKELIHOOD_HEADER.search(header_lower))
    if out_of and not likelihood:
        notes.append(
            f"scores written out of their scale ({out_of[0].strip()!r}) read on that scale: "
            "out of 5 as written, out of 3 by one_to_three, out of 10 by one_to_ten"
        )

    def convert(value: CellValue) -> Converted:
        if is_blank(value):
            return Converted(None)
        text = cell_text(value)
        if isinstance(value, str) and is_no_amount(text):
            return Converted(None, note=f"{text!r} means no score; left empty")
        whole = _OUT_OF.match(text) if isinstance(value, str) else None
        if whole:
            return _score_out_of(int(whole.group(1)), int(whole.group(2)), text, scale, likelihood)
        if isinstance(value, str) and value.strip().casefold() in labels:
            return Converted(float(labels[value.strip().casefold()]))
        if by_word and isinstance(value, str):
            level = word_level(value)
            if level is not None:
                return Converted(level)
        number = parse_number(value)
        if number is None and isinstance(value, str) and "%" in percent_signs(value):
            pct = percent_of(value)
            if pct is not None:
                return Converted(float(band_for_percent(pct)))
        rank = _RANKED.match(text) if isinstance(value, str) else None
        if rank and scale.min <= int(rank.group(1)) <= scale.max:
            return Converted(float(scale.max + scale.min - int(rank.group(1))))
        if number is None:
            # "High 4", "4 - Major": the number says more than the word; "2 weeks" is
            # a number but not a score
            number = _embedded_number(value)
            if number is not None and not labelled and not _only_scale_words(text, label_words):
                number = None
            if number is None:
                word = _level_word(value) or _colour_level(value)
                if word is not None:
                    return Converted(float(word_map.get(word, five_level[word])))
        if number is None:
            return Converted(
                text, f"{text!r} is not a {scale.min}-{scale.max} score or a level word"
            )
        if percent_numeric and 0 <= number <= 100 and not 0 < number < 1:
            return Converted(float(band_for_percent(number)))
        if four_numeric and not three_numeric and float(number).is_integer() and 1 <= number <= 4:
            if int(number) in one_to_four:
                return Converted(float(one_to_four[int(number)]))
            return Converted(
                text,
                f"{text} {UNREAD_SCALE} ({header!r}): no honest reading on 1-5; set the "
                'level, or give the mapping file\'s readings "one_to_four" '
                '(e.g. {"1": 1, "2": 2, "3": 4, "4": 5})',
            )
        if three_numeric and number in one_to_three:
            return Converted(float(one_to_three[int(number)]))
        if fractions and 0 <= number <= 1:
            return Converted(float(band_for_percent(number * 100)))
        if ten_numeric and not three_numeric and 0 <= number <= 10 and float(number).is_integer():
            level = readings.one_to_ten.get(int(number), scale.min)  # 0 of a 0-10 scale: 1
            return Converted(float(max(scale.min, level)))
        if scale.min <= number <= scale.max and float(number).is_integer():
            return Converted(float(number))
        if 0 < number < 1:
            return Converted(float(band_for_percent(number * 100)))
        return Converted(text, f"{text} is outside the {scale.min}-{scale.max} scale")

    return convert, "; ".join(notes)


#: A likelihood letter, alone or before its word (``B``, ``B - Likely``).
_LETTER = re.compile(r"^\s*([A-Ea-e])\s*(?:[-\u2013:.)]\s*[^\W\d_][\w ]*)?$")
_LETTER_HEADER = re.compile(r"prob|likel|chance|frequen|occurr")


#: The five likelihood levels, 1 to 5, as :func:`level_word` names them.
_FIVE_LEVELS = {"very low": 1, "low": 2, "medium": 3, "high": 4, "very high": 5}


def _letters_against_their_words(present: list[CellValue], levels: dict[str, int]) -> bool:
    """Whether a letter's own word gives another level than the letter's reading (red
    team of round 13): a matrix lettered from the rarest (``A - Rare`` ... ``E - Almost
    certain``) runs the other way, and its letters are not read A = 5."""
    for value in present:
        text = str(value)
        match = _LETTER.match(text)
        if match is None:
            continue
        word = re.sub(r"^\s*[A-Ea-e]\s*[-\u2013:.)]\s*", "", text, count=1)
        if word == text:
            continue
        level = _FIVE_LEVELS.get(level_word(word.strip()) or "")
        if level is not None and level != levels[match.group(1).lower()]:
            return True
    return False


#: Round 41 (rt41): the words only a likelihood scale is written with, and only an impact
#: scale: a legend of one of them, with no label, keys no column of the other.
_LIKELIHOOD_ONLY_WORDS = frozenset(
    {
        *("rare", "unlikely", "possible", "likely", "almost certain", "certain"),
        *("very unlikely", "very likely", "highly unlikely", "highly likely", "remote"),
        *("improbable", "probable", "frequent", "occasional", "near certain"),
    }
)
_IMPACT_ONLY_WORDS = frozenset(
    {"negligible", "insignificant", "minor", "moderate", "major", "severe", "catastrophic"}
)
#: A header naming an impact (its consequence, severity or effect).
_IMPACT_HEADER = re.compile(r"impact|conseq|sever|effect")


def _legend_of_the_other_scale(words: Iterable[str], header: str) -> bool:
    """Round 41 (rt41): whether a legend with no label (``A = Almost certain, B = Likely ...
    E = Rare``) is written in one scale's own words and the column is the other scale's
    (an ``Impact`` in letters beside the likelihood the legend keys): it keys no such
    column (before, the impact's letters were read as the likelihood's words). A legend
    of words both scales use (``Very low`` .. ``Very high``) keys either, as before."""
    english = " ".join(x for x in (header, translate(header) or "") if x).lower()
    likelihood = bool(_LETTER_HEADER.search(english))
    impact = bool(_IMPACT_HEADER.search(english))
    said = {" ".join(w.casefold().split()) for w in words}
    if said <= _LIKELIHOOD_ONLY_WORDS:
        return impact and not likelihood
    if said <= _IMPACT_ONLY_WORDS:
        return likelihood and not impact
    return False


def _letters_by_legend(
    present: list[CellValue], header: str, scale: Scale
) -> tuple[Converter, str] | None:
    """Round 39 (t48a): a scale written in letters its table's legend spells out
    (:func:`addin.adopt.key_lines.letter_key`: ``h = hoch, m = mittel, n = niedrig`` under a
    German risk table, ``A = alta, M = media, B = baja`` under a Spanish one): each letter
    is read as its word is. None when no legend covers the column's letters, or a word of
    it reads as no level."""
    from addin.adopt.key_lines import letter_key

    key = letter_key(present, header)
    if key is None or _legend_of_the_other_scale(key.values(), header):
        return None
    conv, _ = scale_for_column(list(key.values()), header, scale)
    read = {letter: conv(word) for letter, word in key.items()}
    if any(r.problem is not None or r.value is None for r in read.values()):
        return None

    def convert(value: CellValue) -> Converted:
        if is_blank(value):
            return Converted(None)
        text = cell_text(value).strip()
        found = read.get(text.casefold())
        if found is None:
            return Converted(text, f"{text!r} is not a letter of the legend")
        return Converted(found.value, note=f"{text!r} read as {key[text.casefold()]!r} (legend)")

    shown = ", ".join(f"{k} = {w}" for k, w in key.items())
    return convert, f"letters read by the table's legend: {shown}"


def _likelihood_letters(present: list[CellValue], header: str) -> tuple[Converter, str] | None:
    """A likelihood written as letters (round 13): ``Likelihood (A-E)`` over ``A`` ...
    ``E``, the AS/NZS 4360 / ISO 31000 handbook matrix (A Almost certain ... E Rare) and
    MIL-STD-882's (A Frequent ... E Improbable), read by the ``likelihood_letters`` reading
    (A = 5 ... E = 1). Only under a header naming a likelihood, and only when the header
    names the letters (``A-E``) or the column holds three different ones; None otherwise
    (a consequence in letters has no such common order: its cells are listed)."""
    english = " ".join(x for x in (header, translate(header) or "") if x).lower()
    if not present or not _LETTER_HEADER.search(english):
        return None
    found = [_LETTER.match(v) if isinstance(v, str) else None for v in present]
    if any(m is None for m in found):
        return None
    letters = {m.group(1).lower() for m in found if m is not None}
    stated = re.search(r"\ba\s*(?:-|\u2013|to)\s*e\b", header.lower())
    if not stated and len(letters) < 3:
        return None
    levels = current().likelihood_letters
    if _letters_against_their_words(present, levels):
        return None

    def convert(value: CellValue) -> Converted:
        if is_blank(value):
            return Converted(None)
        match = _LETTER.match(value) if isinstance(value, str) else None
        if match is None:
            text = cell_text(value)
            return Converted(text, f"{text!r} is not a likelihood letter A-E")
        return Converted(float(levels[match.group(1).lower()]))

    shown = ", ".join(f"{k.upper()}={v}" for k, v in levels.items())
    return convert, (
        f"letters read as a likelihood, A the most likely ({shown}; reading likelihood_letters)"
    )


#: A score written out of its scale (round 13): ``4/5``, ``4 / 5``, ``3 of 5``, ``7 out of
#: 10``, German ``4 von 5``, French ``4 sur 5``, Spanish ``4 de 5``, Italian ``4 su 5``.
_OUT_OF = re.compile(
    r"^\s*(\d{1,2})\s*(?:/|of|out of|von|sur|de|su|van|z)\s*(\d{1,2})\s*$", re.IGNORECASE
)


def _score_out_of(
    number: int, top: int, text: str, scale: Scale, likelihood: bool = False
) -> Converted:
    """A score ``number`` out of ``top`` on the standards' scale: out of the scale's own
    top as written, out of 3 and 10 by the readings ``one_to_three`` and ``one_to_ten``,
    out of 4 by ``one_to_four`` (listed while it is empty); listed otherwise."""
    readings = current()
    if likelihood:
        # a likelihood's "1/3" is a third as well as one of three: both are fair, neither sure
        return Converted(
            text,
            f"{text!r} is a fraction or a score out of {top}: not read as a likelihood; set "
            "the level",
        )
    if not 0 <= number <= top:
        return Converted(text, f"{text!r} is more than its scale: not a score")
    if top == scale.max and scale.min <= number:
        return Converted(float(number))
    steps = {3: readings.one_to_three, 10: readings.one_to_ten, 4: readings.one_to_four}.get(top)
    if steps and number in steps:
        return Converted(float(steps[number]))
    if top == 4:
        return Converted(
            text,
            f"{text} {UNREAD_SCALE}: no honest reading on 1-5; set the level, or give the "
            'mapping file\'s readings "one_to_four"',
        )
    return Converted(
        text, f"{text!r} is a score out of {top}: no reading on {scale.min}-{scale.max}"
    )


def _tool_scale_converter(
    tool_scale: tuple[str, dict[str, int]], scale: Scale
) -> tuple[Converter, str]:
    """A converter reading a column on a tool's word scale (``Highest`` ... ``Lowest``)."""
    name, levels = tool_scale

    def convert(value: CellValue) -> Converted:
        if is_blank(value):
            return Converted(None)
        if isinstance(value, str) and is_no_amount(value):
            return Converted(None, note=f"{value.strip()!r} means no score; left empty")
        words = _scale_words(value)
        if words in levels and scale.min <= levels[words] <= scale.max:
            return Converted(float(levels[words]))
        text = cell_text(value)
        return Converted(text, f"{text!r} is not a word of the {name} scale ({', '.join(levels)})")

    shown = ", ".join(f"{w.title()}={n}" for w, n in levels.items())
    return convert, f"words read on the {name} word scale ({shown}; reading word_scales.{name})"


# ---------------------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------------------

_NUMERIC_DATE = re.compile(r"^(\d{1,4})[/.\-](\d{1,2})[/.\-](\d{1,4})")
#: What may follow a numeric date: a weekday or note in brackets, a time (``09:41``, ``9:41 AM``,
#: ``T09:41:00Z``).
_AFTER_A_DATE = re.compile(
    r"\s*(?:\([^()]*\))?\s*(?:[T\s]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[ap]\.?m\.?)?"
    r"\s*(?:z|utc|gmt|bst|cet|[+-]\d{2}:?\d{2})?)?\s*",
    re.IGNORECASE,
)
_MONTHS = MONTHS
_PLACEHOLDER_BEFORE = date(1901, 1, 1)
#: Dates after this year are typos (``2926``), kept as text and listed; the year 9999 (``31/12/9999``,
#: "no end date" in SAP and other ERPs) is a placeholder, left empty and noted.
_LATEST_YEAR = 2200
#: Numbers read as Excel date serials in a date column: 1954-10-03 .. 2119-01-08.
SERIAL_RANGE = (20_000, 80_000)


#: A month of another language heading a column, alone or with its year: three letters or
#: more, the vowel signs and viramas of an Indic script inside the word (round 25: Odia
#: ``ମାର୍ଚ୍ଚ 2026``, Hindi ``मार्च 2026``; ``\w`` holds no combining mark, so such a month was
#: cut at its first vowel sign and no tracker by month written in those scripts was read).
#: Round 26's last hour: a month of two characters in a script other than the Latin one
#: (Telugu ``మే``, Hindi ``मई``, May: a syllable and its vowel): such a word is read only in
#: the table's own language (:func:`cldr.month_in` reads no word under four letters alone),
#: so ``మే 2026`` heads May in a Telugu table; a Latin word stays three letters or more.
_FOREIGN_MONTH_HEADER = re.compile(
    rf"^\s*([^\W\d_](?:[^\W\d_]|[{WORD_MARKS}]){{1,}})\.?\s*[-/]?\s*(?:\d{{2}}|\d{{4}})?\s*$"
)
#: Round 41 (t52a): the same month written after its year, as the languages that write a
#: date year first head a month (Hungarian ``2026. febr.``, ``2026. márc.``; ``2026 febr``):
#: the year of four digits, its dot, then the month's word and its dot, nothing after.
_YEAR_FIRST_MONTH_HEADER = re.compile(
    rf"^\s*\d{{4}}\s*[.\-/]?\s*([^\W\d_](?:[^\W\d_]|[{WORD_MARKS}]){{1,}})\.?\s*$"
)
#: Round 16: a month as Japanese, Chinese and Korean write it, a number before the month
#: character (``4月``, ``2026年4月``, ``4월``, ``2026년 4월``), with its year when written.
_CJK_MONTH = re.compile(r"^\s*(?:(\d{4})\s*[年년]\s*)?(\d{1,2})\s*[月월]\s*$")


def month_number(text: str) -> int | None:
    """1..12 for a month name or abbreviation (``"Sept"``, ``"July Forecast"`` -> 7), or a
    numeric month header such as ``2024-03`` or ``03/2024``; a year of a national era is read
    first (``115年1月``, ``令和8年1月``, ``ม.ค. 69``: :mod:`addin.adopt.eras`)."""
    text = to_common(text)[0]
    for word in re.findall(r"[a-z]+", text.lower()):
        if word in _MONTHS:
            return _MONTHS[word]
    numeric = numeric_month(text)
    if numeric:
        return numeric.month
    labelled = labelled_month(text)  # round 42 (tx42): ``noviembre de 2026``, ``2026. 11.``
    if labelled:
        return labelled.month
    cjk = _CJK_MONTH.match(text)
    if cjk and 1 <= int(cjk.group(2)) <= 12:
        return int(cjk.group(2))
    # a month of another language, standing alone or with its year ("März", "janv.-26",
    # "Set 2026"): never inside other words, where "set" or "mag" are no months (round 8)
    alone = _FOREIGN_MONTH_HEADER.match(text) or _YEAR_FIRST_MONTH_HEADER.match(text)
    if alone and len(alone.group(1)) < 3:
        # round 26: a month of two letters or one Indic syllable cluster (``मई``, ``Du``)
        # only where the languages of the table or of its row of months decide it; never
        # a hand list's word or a Roman numeral (``II``, ``IV`` are no month headers)
        return cldr.month_in(alone.group(1))
    return foreign_month(alone.group(1)) if alone else None


_WEEK = re.compile(
    r"^\s*(?:week\s+(?:commencing|beginning|starting|ending|of)|w\s*/\s*[ceb]|"
    r"(?:wc|we|wb|wk|week)\b)\s*[:.]?\s*(.+?)\s*$",
    re.IGNORECASE,
)


def week_date(text: str) -> date | None:
    """The date of a week column's label (``w/c 05/01/2026``, ``WE 09/01/2026``, ``Week
    ending 9 Jan 2026``, ``wk 2026-01-05``), day-first when the order cannot tell; None
    for other text. Its amounts belong to that date's month."""
    match = _WEEK.match(text)
    if not match:
        return None
    rest = match.group(1)
    if not re.search(
        r"\d{1,2}\D+\d{1,2}\D+\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}\s+[a-z]{3}", rest, re.I
    ):
        return None  # "Week 3" is no date
    return parse_date(
        rest, current().date_order if current().date_order in ("dmy", "mdy") else "dmy"
    )


_YEAR_MONTH = re.compile(r"^\s*(\d{4})[-/.](\d{1,2})\s*$")
_MONTH_YEAR = re.compile(r"^\s*(\d{1,2})[-/.](\d{4})\s*$")
#: An ERP's accounting period written as one number, year then month (Unit4, Oracle, SAP
#: BW: ``202601``), as text (round 14).
_PERIOD_YYYYMM = re.compile(r"^\s*(20\d{2})(0[1-9]|1[0-2])\s*$")


def cjk_month(text: str) -> date | None:
    """``2026年4月`` / ``2026년 4월`` -> 2026-04-01, a month header with its year as Japanese,
    Chinese and Korean write it (round 16); None for anything else. Kept apart from
    :func:`numeric_month`, which dates also read: such a text in a date column is a month,
    not a day (round 13)."""
    match = _CJK_MONTH.match(to_common(text)[0])  # "民國115年4月" (round 19)
    if not match or not match.group(1):
        return None
    year, month = int(match.group(1)), int(match.group(2))
    return date(year, month, 1) if 1 <= month <= 12 and 1990 <= year <= 2100 else None


#: Round 40 (t50c): a range of two numeric dates, as an ERP's date filter writes a period
#: (Business Central's ``2026-01-01..2026-01-31``, ``01.01.2026 - 31.01.2026``,
#: ``1/1/2026 – 31/1/2026``): two dots, or a dash or ``to`` with spaces, or an en or em dash.
#: Round 40 (rt40): the range's words in German, French, Spanish, Italian and Portuguese
#: too (``vom 01.03.2026 bis 31.03.2026``, ``du 01/03/2026 au 31/03/2026``, ``del ... al``,
#: ``dal ... al``, ``de ... a`` / ``até``), as English ``from ... to``.
_DATE_SPAN = re.compile(
    r"^\s*(?:(?:from|vom|von|du|dal|del|de|desde)\s+)?"
    r"(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{4})"
    r"\s*(?:\.\.|\s[-\u2013\u2014]\s|[\u2013\u2014]|\s(?:to|bis|au|al|a|até|ate)\s)\s*"
    r"(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{4})\s*$",
    re.IGNORECASE,
)


def _span_ends(text: str) -> list[tuple[int, int, int]]:
    """The (year, month, day) readings of one numeric date: ISO's one, or a dotted or
    slashed date's day-first and month-first ones."""
    parts = [int(p) for p in re.split(r"[-./]", text)]
    if len(text.split("-")) == 3 and len(text.split("-")[0]) == 4:
        return [(parts[0], parts[1], parts[2])]
    return [(parts[2], parts[1], parts[0]), (parts[2], parts[0], parts[1])]


def month_span(text: str) -> date | None:
    """Round 40 (t50c): the month a range of dates spans whole, from its first day to its
    last (``2026-02-01..2026-02-28`` -> 2026-02-01), as an ERP export's period column writes
    each row's month (Business Central's ``Budget jämfört med utfall``, a date filter); None
    for a range that is no one calendar month (``2026-01-01..2026-03-31``, a quarter). Read
    in a month's cell only (:func:`month_for_column`, ``finance.month_of_value``): a date
    field's range is read by its own rules (a reporting period's last day)."""
    match = _DATE_SPAN.match(text)
    if match is None:
        return _named_month_span(text) or _days_of_one_month(text)
    for y1, m1, d1 in _span_ends(match.group(1)):
        for y2, m2, d2 in _span_ends(match.group(2)):
            if d1 != 1 or (y1, m1) != (y2, m2):
                continue
            if not (1 <= m1 <= 12 and 1990 <= y1 <= 2100):
                continue
            if d2 == calendar.monthrange(y1, m1)[1]:
                return date(y1, m1, 1)
    return None


#: Round 41 (ox41): a range of dates written with month names, its two ends apart by a
#: spaced dash, an en or em dash, ``..`` or ``to`` / ``bis`` / ``au`` / ``al`` / ``a`` / ``até``
#: (``1 March 2026 - 31 March 2026``, ``1 Mar - 31 Mar 2026``, ``1. März 2026 – 31. März
#: 2026``).
_NAMED_SPAN = re.compile(
    r"^\s*(?:(?:from|vom|von|du|dal|del|de|desde)\s+)?(.*?[^\W\d_].*?)"
    r"\s*(?:\.\.|\s[-\u2013\u2014]\s|[\u2013\u2014]|\s(?:to|bis|au|al|a|até|ate)\s)\s*"
    r"(.*?[^\W\d_].*?\d{4})\s*$",
    re.IGNORECASE,
)


def _named_month_span(text: str) -> date | None:
    """Round 41 (ox41): :func:`month_span` of a range written with month names (see
    ``_NAMED_SPAN``): its first end the month's first day, its last the same month's last
    day; the first end without its year takes the last's (``1 Mar - 31 Mar 2026``). None
    for any other range (a fortnight, two months)."""
    match = _NAMED_SPAN.match(text)
    if match is None:
        return None
    last = parse_date(match.group(2))
    if last is None:
        return None
    first = parse_date(match.group(1)) or parse_date(f"{match.group(1).strip()} {last.year}")
    if first is None or first.day != 1 or (first.year, first.month) != (last.year, last.month):
        return None
    if last.day != calendar.monthrange(last.year, last.month)[1]:
        return None
    return first


#: Round 42 (rt42): a month's days as one range, its month and year written once, at the
#: last day (``1-31 March 2026``, ``1.–31. März 2026``, ``du 1 au 31 mars 2026``, ``del 1
#: al 31 de marzo de 2026``, ``1.-31.03.2026``) ...
_DAYS_THEN_MONTH = re.compile(
    r"^\s*(?:(?:from|vom|von|du|dal|del|de|desde)\s+)?0?1(?:\.|er|st|º)?(?!\d)"
    r"\s*(?:[-\u2013\u2014]|\.\.|\s(?:to|bis|au|al|a|até|ate)\s)\s*(\d{1,2}\D.*\d{4})\s*$",
    re.IGNORECASE,
)
#: ... or after the month's name, as an American writes it (``March 1-31, 2026``).
_MONTH_THEN_DAYS = re.compile(
    r"^\s*([^\W\d_]+\.?)\s+0?1(?:st)?(?!\d)\s*(?:[-\u2013\u2014]|\s(?:to|through)\s)\s*"
    r"(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\s*$",
    re.IGNORECASE,
)


def _days_of_one_month(text: str) -> date | None:
    """Round 42 (rt42): :func:`month_span` of a range of days written with its month once
    (``_DAYS_THEN_MONTH``, ``_MONTH_THEN_DAYS``): from the 1st to the month's last day is
    that month. None for any other span of days (``1-14 March 2026``, a fortnight; ``1-30
    March 2026``) or a text naming no date at its end."""
    days = _DAYS_THEN_MONTH.match(text)
    if days is not None:
        last = parse_date(days.group(1).strip())
    elif (american := _MONTH_THEN_DAYS.match(text)) is not None:
        month, day, year = american.groups()
        last = parse_date(f"{month} {day}, {year}") or parse_date(f"{day} {month} {year}")
    else:
        return None
    if last is None or last.day != calendar.monthrange(last.year, last.month)[1]:
        return None
    return last.replace(day=1)


def numeric_month(text: str) -> date | None:
    """``2024-03`` / ``2024/3`` / ``03/2024`` / ``202403`` -> 2024-03-01, and a month in Roman
    numerals with its year (``III 2026``, ``III.2026``, ``2026-III``: round 20,
    :func:`roman_month`); None for anything else."""
    match = _YEAR_MONTH.match(text) or _PERIOD_YYYYMM.match(text)
    if match:
        year, month = int(match.group(1)), int(match.group(2))
    else:
        match = _MONTH_YEAR.match(without_month_word(text))  # round 37 (t45a): ``T5/2026``
        if not match:
            return roman_month(text)
        month, year = int(match.group(1)), int(match.group(2))
    return date(year, month, 1) if 1 <= month <= 12 and 1990 <= year <= 2100 else None


#: The months in Roman numerals, as Polish, Czech, Slovak, Hungarian, Romanian, Croatian,
#: Serbian, Slovene, Lithuanian and Bulgarian schedules and dates write them (``III 2026``,
#: ``III.2026``, ``15.III.2026``). Upper case only: ``vi`` and ``mix`` are words.
ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
_ROMAN = "|".join(sorted(ROMAN_MONTHS, key=len, reverse=True))
#: A Roman month and a four-digit year, either way round, apart by a space, dot, slash or
#: dash (``I 2026``, ``I.2026``, ``IV/2026``, ``2026-IV``, ``2026 IV``). A month alone (``IV``)
#: is no month: a phase, a quarter, a grade.
_ROMAN_MONTH_YEAR = re.compile(rf"^\s*({_ROMAN})\s*[./-]?\s*(\d{{4}})\s*r?\.?\s*$")
_YEAR_ROMAN_MONTH = re.compile(rf"^\s*(\d{{4}})\s*[./-]?\s*({_ROMAN})\s*$")


def roman_month(text: str) -> date | None:
    """The month of a label writing it in Roman numerals beside its year (``III 2026`` ->
    2026-03-01, ``2026.III``, Polish ``IV 2026 r.``); None for anything else (round 20).
    Central European schedules and public-body plans (a Polish "harmonogram
    rzeczowo-finansowy", a Czech "harmonogram") write months so; the year must be there, so
    that a phase ``II`` or a quarter ``IV kw.`` is never read as a month."""
    match = _ROMAN_MONTH_YEAR.match(text)
    if match:
        roman, year = match.group(1), int(match.group(2))
    else:
        match = _YEAR_ROMAN_MONTH.match(text)
        if not match:
            return None
        year, roman = int(match.group(1)), match.group(2)
    month = ROMAN_MONTHS.index(roman) + 1
    return date(year, month, 1) if 1990 <= year <= 2100 else None


#: Words saying a plan's columns are quarters or halves of a year (red team of round 20),
#: in the languages whose plans write them in Roman numerals (``I 2026`` .. ``IV 2026`` under
#: ``Budget 2026 by quarter``; a Peruvian ``2026-I``, ``2026-II`` semester).
_QUARTERS_OR_HALVES = re.compile(
    r"\b(?:quarters?|quarterly|qtrs?|semesters?|semestre|semestres|semestral|half[\s-]?years?|"
    r"kw|kwarta[lł]y?|kwartał|čtvrtletí|ctvrtleti|štvrťrok|negyedév|trimestres?|trimestrul|"
    r"tromjesečje|četrtletje|ketvirtis|ceturksnis|тримесечие|квартал|kvartal|quartal|"
    r"półrocze|polrocze|pololetí|polrok|félév|halbjahr)\b",
    re.IGNORECASE,
)


def roman_periods(labels: list[str], titles: list[str]) -> str | None:
    """Why a run of Roman-numeral labels with their year (:func:`roman_month`) are quarters
    or halves of the year, not months (red team of round 20), else None: a title or label
    says quarter or semester, or the numerals start again at ``I`` in the next year after
    stopping at ``IV`` or below (``2026-I``, ``2026-II``, ``2027-I``: no year's months stop
    at February). Labels in column order."""
    read = [(m, label) for label in labels if (m := roman_month(label)) is not None]
    if not read:
        return None
    said = next((t for t in [*titles, *labels] if _QUARTERS_OR_HALVES.search(t)), None)
    if said is not None:
        return f"{said!r} says quarters or halves of a year"
    highest: dict[int, int] = {}
    for month, label in read:
        if month.year - 1 in highest and highest[month.year - 1] <= 4 and month.month == 1:
            return (
                f"the numerals start again at {label!r} after stopping at "
                f"{ROMAN_MONTHS[highest[month.year - 1] - 1]} the year before"
            )
        highest[month.year] = max(highest.get(month.year, 0), month.month)
    return None


def _order_counts(values: Iterable[CellValue]) -> tuple[int, int]:
    """How many of a column's numeric text dates show day-first (a first part above 12) and
    how many month-first (a second part above 12)."""
    day_first = month_first = 0
    for value in values:
        if not isinstance(value, str):
            continue
        match = _NUMERIC_DATE.match(strip_weekday(value)) or _NUMERIC_DATE.match(
            without_weekday_and_time(value)  # "Montag, 02.03.2026" (round 24)
        )
        if not match or len(match.group(1)) == 4:
            continue
        a, b = int(match.group(1)), int(match.group(2))
        if a > 12 >= b:
            day_first += 1
        elif b > 12 >= a:
            month_first += 1
        elif (told := _weekday_tells(value, a, b, int(match.group(3)))) is not None:
            day_first += told == "dmy"
            month_first += told == "mdy"
    return day_first, month_first


def _weekday_tells(value: str, a: int, b: int, year: int) -> str | None:
    """The order (``"dmy"`` or ``"mdy"``) a weekday written beside a numeric date shows
    when neither part is above 12 (red team of round 23): ``Mon 02/03/2026`` is Monday 2
    March, as 3 February 2026 is a Tuesday. None when there is no weekday, when both
    orders fall on it (the day and month alike), or when neither does (the weekday or
    the date is wrong: it tells nothing)."""
    weekday = weekday_named(value)  # round 24: a weekday of any language held
    if weekday is None or a == b:
        return None
    year += 2000 if year < 100 else 0
    fits = []
    for order, (day, month) in (("dmy", (a, b)), ("mdy", (b, a))):
        try:
            if date(year, month, day).weekday() == weekday:
                fits.append(order)
        except ValueError:
            continue
    return fits[0] if len(fits) == 1 else None


#: The order the table's text-date columns show, and a column showing it (red team of
#: round 17), while its columns' converters are made: see :func:`table_date_order`.
_TABLE_ORDER: ContextVar[tuple[str, str] | None] = ContextVar("table_date_order", default=None)


#: The date order a title line states (round 29), and that line: see :func:`title_date_order`.
_TITLE_ORDER: ContextVar[tuple[str, str] | None] = ContextVar("title_date_order", default=None)

_SAYS_MDY = re.compile(
    r"(?<![a-z])mm\s*[/.\-]\s*dd\s*[/.\-]\s*(?:yy|ccyy)|\bmonth[\s-]+first\b"
    r"|\bus\s+date\s+format\b",
    re.IGNORECASE,
)
_SAYS_DMY = re.compile(
    r"(?<![a-z])dd\s*[/.\-]\s*mm\s*[/.\-]\s*(?:yy|ccyy)|\bday[\s-]+first\b"
    r"|\buk\s+date\s+format\b",
    re.IGNORECASE,
)


def title_date_order(texts: Iterable[str]) -> tuple[str, str] | None:
    """``("mdy" | "dmy", the line)`` when a line above a table states its text dates'
    order (round 29): ``All dates MM/DD/YYYY``, ``Dates are month-first``, ``(dd/mm/yy)``,
    ``US date format``; None when no line says, or lines say both."""
    said: dict[str, str] = {}
    for text in texts:
        if not isinstance(text, str) or len(text) > 120:
            continue
        mdy, dmy = bool(_SAYS_MDY.search(text)), bool(_SAYS_DMY.search(text))
        if mdy != dmy:
            said.setdefault("mdy" if mdy else "dmy", text.strip())
    return next(iter(said.items())) if len(said) == 1 else None


@contextmanager
def table_date_order(
    columns: Iterable[tuple[str, list[CellValue]]], titles: Iterable[str] = ()
) -> Iterator[None]:
    """Inside, a date column whose values cannot tell day-first from month-first takes the
    order the table's other date columns show, when every column that tells shows the same
    one (one table is written in one locale: ``03/25/2026`` in the Target Date says the
    Date Raised's ``02/10/2026`` is 10 February). Columns that disagree tell nothing. With
    no column to tell, a line above the table stating the order (``All dates MM/DD/YYYY``,
    round 29: :func:`title_date_order`) tells it."""
    columns = list(columns)
    title_token = _TITLE_ORDER.set(title_date_order(titles))
    told: dict[str, str] = {}
    for header, values in columns:
        day_first, month_first = _order_counts(values)
        if day_first:
            told.setdefault("dmy", header)
        if month_first:
            told.setdefault("mdy", header)
    token = _TABLE_ORDER.set(next(iter(told.items())) if len(told) == 1 else None)
    try:
        # round 19: a table writing "民國115年" somewhere reads its bare "115/01/15" so too
        with eras_where(written_eras(v for _, values in columns for v in values)):
            yield
    finally:
        _TABLE_ORDER.reset(token)
        _TITLE_ORDER.reset(title_token)


#: The note of a column whose numeric text dates nothing tells the order of (read day-first).
_GUESSED_DAY_FIRST = "ambiguous text dates read day-first (no day above 12)"


def date_order_for_column(values: Iterable[CellValue], header: str = "") -> tuple[str, str | None]:
    """``("dmy" | "mdy", note)`` for a column's numeric text dates.

    A first part above 12 means day-first, a second part above 12 month-first; a header
    hint (``DD/MM/YYYY``, ``MM/DD/YY``) decides when the values cannot. Otherwise day-first,
    and the note says the order was a guess.
    """
    values = list(values)
    day_first, month_first = _order_counts(values)
    hint = header.lower()
    if day_first and month_first:
        order = "dmy" if day_first >= month_first else "mdy"
        record_date_order(header, order)
        return order, (
            f"text dates disagree ({day_first} day-first, {month_first} month-first); "
            f"read as {'day' if order == 'dmy' else 'month'}-first"
        )
    if day_first:
        record_date_order(header, "dmy")
        return "dmy", None
    if month_first:
        record_date_order(header, "mdy")
        return "mdy", None
    stated = stated_date_order(header)
    if stated is not None:
        return stated, None  # what this column's values showed when the mapping was saved
    if re.search(r"mm\s*[/.\-]\s*dd", hint):
        return "mdy", None
    if re.search(r"dd\s*[/.\-]\s*mm", hint):
        return "dmy", None
    if current().date_order != "auto":
        return current().date_order, None  # the mapping file says which order to read
    has_text_dates = False
    for v in values:
        found = _NUMERIC_DATE.match(strip_weekday(v)) if isinstance(v, str) else None
        if found and len(found.group(1)) != 4:
            has_text_dates = True
            break
    told = _TABLE_ORDER.get()
    if told is not None and has_text_dates:  # red team of round 17
        order, shown_by = told
        record_date_order(header, order)
        first = "day" if order == "dmy" else "month"
        return order, (
            f"text dates read {first}-first, as column {shown_by!r} of the same table shows "
            "(no day above 12 here to tell)"
        )
    said = _TITLE_ORDER.get()
    if said is not None and has_text_dates:  # round 29: a line above the table says
        order, line = said
        record_date_order(header, order)
        first = "day" if order == "dmy" else "month"
        return order, (
            f"text dates read {first}-first, as the line above the table {line!r} says "
            "(no day above 12 to tell)"
        )
    # a header, or the table's other headers, in another language of languages.toml: every
    # one of them writes the day first (a year-first date, 2026-03-12 or 2026年3月12日,
    # needs no order)
    whose = (
        f"the header's language writes them ({header!r}"
        if foreign(header)
        else f"the table's language writes them (its headers, e.g. {sample!r}"
        if (sample := table_language_sample())
        else None
    )
    if whose is not None:
        record_date_order(header, "dmy")
        return "dmy", (
            f"text dates read day-first, as {whose}; no day above 12 to tell)"
            if has_text_dates
            else None
        )
    return "dmy", (_GUESSED_DAY_FIRST if has_text_dates else None)


#: First calendar month of a financial year, for fiscal periods such as ``P01 FY26``
#: (April: the UK convention; FY26 = April 2025 to March 2026). Reported when used.
FISCAL_YEAR_START = DEFAULT_FISCAL_YEAR_START
_FISCAL_PERIOD = re.compile(
    r"^\s*(?:P|Period|M)\s*0?(\d{1,2})\s*[-/ ]?\s*FY\s*'?(\d{2}|\d{4})"
    r"(?:\s*[-/]\s*(\d{2}|\d{4}))?\s*$",
    re.IGNORECASE,
)


#: The same label with its financial year first (round 25): ``FY27 P01``, ``FY2026/27 P03``,
#: ``FY27-Period 4``, as a cost report whose year runs July-June heads its columns.
_FY_THEN_PERIOD = re.compile(
    r"^\s*FY\s*'?(\d{2}|\d{4})(?:\s*[-/]\s*(\d{2}|\d{4}))?\s*[-/ ]?\s*"
    r"(?:P|Period|M)\s*0?(\d{1,2})\s*$",
    re.IGNORECASE,
)


#: Round 34 (v36g): a UK public body's or university's period with its financial year
#: written as two years and no ``FY`` (``M01 2026/27``, ``P06 2025-26``, ``Period 3
#: 2026/27``, ``2026/27 M01``): the two years, the second the first's next, say a
#: financial year as ``FY`` would. ``M01 2026`` (one year) and ``P01 2026/03`` (a month
#: after the year, not its next) are no such label.
_SPLIT_YEAR = r"(\d{4})\s*[-/]\s*(\d{2}|\d{4})"
_PERIOD_SPLIT_YEAR = re.compile(
    rf"^\s*(?:P|Period|M|Month)\s*0?(\d{{1,2}})\s*[-/ ]?\s*{_SPLIT_YEAR}\s*$", re.IGNORECASE
)
_SPLIT_YEAR_PERIOD = re.compile(
    rf"^\s*{_SPLIT_YEAR}\s*[-/ ]?\s*(?:P|Period|M|Month)\s*0?(\d{{1,2}})\s*$", re.IGNORECASE
)


def _split_year_period(text: str) -> tuple[int, int] | None:
    """(period, the year the financial year ends in) of a :data:`_PERIOD_SPLIT_YEAR` or
    :data:`_SPLIT_YEAR_PERIOD` label, or None."""
    match = _PERIOD_SPLIT_YEAR.match(text)
    if match:
        period, first, second = match.group(1), match.group(2), match.group(3)
    else:
        match = _SPLIT_YEAR_PERIOD.match(text)
        if not match:
            return None
        first, second, period = match.group(1), match.group(2), match.group(3)
    start = int(first)
    end = int(second) + (start // 100) * 100 if len(second) == 2 else int(second)
    number = int(period)
    return (number, end) if end == start + 1 and 1 <= number <= 12 else None


def fiscal_period_parts(text: str) -> tuple[int, int] | None:
    """(period 1..12, the calendar year the financial year ENDS in) of a fiscal period
    label with its financial year, in either order: ``P01 FY26`` and ``FY26 P01`` ->
    (1, 2026); ``Period 3 FY2025/26`` -> (3, 2026). A financial year is named by the year
    it ends in (FY27 = July 2026 to June 2027); None for anything else, and for the
    special periods 13-16 (adjustments, no month)."""
    match = _FISCAL_PERIOD.match(text)
    if match:
        period, first, second = match.group(1), match.group(2), match.group(3)
    else:
        match = _FY_THEN_PERIOD.match(text)
        if not match:
            return _split_year_period(text)
        first, second, period = match.group(1), match.group(2), match.group(3)
    end = int(second or first)
    if end < 100:
        end += 2000
    number = int(period)
    return (number, end) if 1 <= number <= 12 else None


def fiscal_period(text: str) -> date | None:
    """``P01 FY26`` / ``Period 3 FY2025/26`` / ``FY26 P01`` -> the first day of that month,
    the financial year starting in :data:`FISCAL_YEAR_START` and named by the year it ends
    in."""
    parts = fiscal_period_parts(text)
    if parts is None:
        return None
    period, end = parts
    start = current().fiscal_year_start
    month = (start - 1 + period - 1) % 12 + 1
    year = end - 1 if month >= start and start > 1 else end
    return date(year, month, 1)


#: A month word with its year (round 20): a four-digit year on either side (``xaneiro
#: 2026``, ``2026 xaneiro``), or two digits after the word (``enero-26``); ``12 Mar`` is a
#: day with no year, never March 2012. Round 37 (t44b): a four-digit year may end in the
#: ordinal dot the South Slavic languages and Hungarian write after a year (Serbian
#: ``јануар 2026.``, Croatian ``siječanj 2026.``): the month of that year.
_MONTH_THEN_YEAR = re.compile(r"^\s*(?:\d{4}\b.*|\D+(?:\d{2}|\d{4}\.?)\s*)$")


def parse_date(value: CellValue, order: str = "dmy") -> date | None:
    """A date from a date, an Excel serial number, or text in the usual forms.

    Text forms: ISO ``2024-03-01`` (also ``2024-03-01 (Friday)``), numeric ``05/02/25`` in the
    given order, ``1 March 2024``, ``Mar 1, 2024``, ``01-Mar-24``. Returns None when none fits.
    """
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        if SERIAL_RANGE[0] <= value <= SERIAL_RANGE[1]:
            return from_excel_serial(float(value)).date()
        return None
    if not isinstance(value, str):
        return None
    # round 28: invisible characters and a bullet a conversion or a paste left are no part
    text = pasted_text(value)
    text = strip_weekday(without_week_label(text))  # "Mon 02/03/26", "w/c 16/03/26"
    if not text:
        return None
    if eras_now():
        text = to_common(text)[0]  # "115/01/15" in a table writing "民國115年" (round 19)
    if re.search(
        r"[年년]|[(\uff08]|\d{4}\s*(?:г|р|r|год|roku)\.?\s*$|^\s*(?:\w\w[.,]|le)\s+\d", text
    ):
        # a CJK date with its weekday, a year word, a German weekday (round 13): the text
        # reader takes them off first
        as_text = parse_text_date(text, order)
        if as_text is not None:
            return as_text
    match = _NUMERIC_DATE.match(text)
    rest = text[match.end() :] if match else ""
    if match and rest.strip() and not _AFTER_A_DATE.fullmatch(rest):
        match = None  # "12/03/2026 - 15/03/2026", "12/03/2026 or later": more than a date
    if match:
        a, b, c = (int(g) for g in match.groups())
        if len(match.group(1)) == 4:
            year, month, day = a, b, c
        elif order == "mdy":
            month, day, year = a, b, c
        else:
            day, month, year = a, b, c
        if year < 100:
            year += 2000 if year < 70 else 1900
        try:
            return date(common_era(year), month, day)
        except ValueError:
            return None
    cleaned = re.sub(r"\(.*?\)", " ", text).replace(",", " ")
    cleaned = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", cleaned, flags=re.IGNORECASE)
    cleaned = re.sub(r"\bsept\b", "Sep", cleaned, flags=re.IGNORECASE)
    for fmt in ("%d %B %Y", "%d %b %Y", "%B %d %Y", "%b %d %Y", "%d-%b-%y", "%d-%b-%Y", "%d %b %y"):
        try:
            return datetime.strptime(" ".join(cleaned.split()), fmt).date()
        except ValueError:
            continue
    fiscal = fiscal_period(text)
    if fiscal is not None:
        return fiscal
    # any other common form: month names anywhere, times, AM/PM, 20260312, serials as text
    as_text = parse_text_date(value, order)
    if as_text is not None:
        return as_text
    # a month alone ("Mar-24", "March 2024", "2024-03", "03/2024"): its first day
    first_of_month = numeric_month(text)
    if first_of_month is not None:
        return first_of_month
    if re.search(r"\d(?:st|nd|rd|th)\b", text, re.IGNORECASE):
        return None  # "Mar 12th": a day with no year, not March 2012 (round 13)
    # round 20: a month of any language CLDR writes, with its year ("xaneiro 2026",
    # "enero-26", "Oktober 2026"), is its first day as "January 2026" is: a finance table's
    # months down in Galician read as months, not as text
    period = period_bounds(text) if _MONTH_THEN_YEAR.match(text) else None
    if period is not None and period[2] == "month":
        return period[0]
    for fmt in ("%b-%y", "%b %y", "%b-%Y", "%b %Y", "%B %Y", "%B-%Y", "%B %y"):
        try:
            return datetime.strptime(" ".join(cleaned.replace("'", " ").split()), fmt).date()
        except ValueError:
            continue
    return None


#: Words a date column holds for "no date" (MS Project's ``NA``, ``N/A``, a dash): read
#: as empty. ``TBC`` / ``TBD`` are not among them: a date is still owed, so they are kept
#: as text and listed for the PM.
NO_DATE_WORDS = frozenset(
    {"na", "n/a", "n.a.", "n.a", "n/a.", "-", "--", "–", "—", "none", "nil", "not applicable"}
    # round 11: an item that runs on, or a date nobody knows, has no date to adopt
    | {"ongoing", "on-going", "open-ended", "open ended", "continuous", "no date", "unknown"}
    | {"not known", "n/k", "nk", "not set", "none yet", "bau", "n.v.", "k.a."}
    # round 38 (t47a): a re-planned date's cell left as the plan (Italian ``Ripianificata``
    # over ``invariata``): no new date, the baseline stands, so nothing is re-forecast
    | {"unchanged", "no change", "invariata", "invariato", "inchangé", "inchangée"}
    | {"sin cambios", "sin cambio", "unverändert", "ongewijzigd", "inalterada", "inalterado"}
    # round 40 (t51a): German MS Project's ``NV`` (nicht verfügbar), its ``NA`` of a date
    # not yet reached (an actual finish still to come)
    | {"nv"}
)


#: Words a date column holds for "a date still to come" (``TBC``): read as empty, and the
#: report says how many cells (so the PM knows a date is owed).
TO_CONFIRM_WORDS = frozenset(
    {"tbc", "tbd", "tba", "to be confirmed", "to be decided", "to be agreed", "tbc.", "?", "??"}
)


#: Round 31: what a list cell (a status, a priority, a category) holds when nobody has
#: chosen its value yet: a date's "still to come" words, a dash, a question mark, n/a.
NO_VALUE_YET_WORDS = TO_CONFIRM_WORDS | {"-", "–", "—", "--", "n/a", "na", "n.a.", "unknown"}


def no_value_yet(text: str) -> bool:
    """True for a list cell nobody has filled yet (:data:`NO_VALUE_YET_WORDS`)."""
    return " ".join(text.strip().lower().split()) in NO_VALUE_YET_WORDS


#: Round 31: a date not yet known to the day or the year, as a project's first weeks write
#: it: a quarter, a half or a month alone, maybe qualified (``Q3``, ``H2``, ``Sept``, ``mid
#: June``, ``end of Q3``).
_PERIOD_WITHOUT_YEAR = re.compile(
    r"^(?:(?:early|mid|late|end of|end|start of|start|beginning of|by)[\s-]+)?"
    r"(?:q[1-4]|h[12]|(?P<month>[^\W\d_]{3,9}\.?))$",
    re.IGNORECASE,
)


def period_without_year(text: str) -> bool:
    """True for a date written as a period with no year (:data:`_PERIOD_WITHOUT_YEAR`): no
    date can be read from it, nor is it a column's other content."""
    match = _PERIOD_WITHOUT_YEAR.match(" ".join(text.strip().split()))
    if match is None:
        return False
    word = match.group("month")
    return word is None or month_number(word.rstrip(".")) is not None


def is_no_date(text: str) -> bool:
    """True for a placeholder meaning "no date" (``NA``, ``N/A``, ``-``, ``None``)."""
    return " ".join(text.strip().lower().split()) in NO_DATE_WORDS


def is_date_to_confirm(text: str) -> bool:
    """True for a placeholder meaning "a date still to be set" (``TBC``, ``TBD``)."""
    return " ".join(text.strip().lower().split()) in TO_CONFIRM_WORDS


#: A year of four digits written in a date's text.
_TEXT_YEAR = re.compile(r"(?<!\d)(\d{4})(?!\d)")


def _era_years(values: list[CellValue]) -> tuple[bool, set[int]]:
    """Whether some text date of the column is written in the common era, and the years of
    the Buddhist era's range its texts hold (red team of round 15)."""
    common, buddhist = False, set()
    for value in values:
        if not isinstance(value, str):
            continue
        for found in _TEXT_YEAR.findall(value):
            year = int(found)
            if common_era(year) != year:
                buddhist.add(year)
            elif 1900 <= year <= _LATEST_YEAR:
                common = True
    return common, buddhist


#: Round 32: a day and a month with no year after a week label (``w/c 9 Feb``, ``WC 16
#: March``, ``week commencing 9th Feb``): a weekly plan's dates typed
#: short. A bare ``Mar 12th`` stays listed (round 13: a day with no year is never guessed;
#: the week label is what says the plan counts in weeks of the plan's own year).
_DAY_MONTH = re.compile(
    r"^(?:(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m1>[^\W\d_]{3,9})\.?"
    r"|(?P<m2>[^\W\d_]{3,9})\.?\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?)$",
    re.IGNORECASE,
)
#: How far outside the column's other dates a day with no year may fall and be read.
_YEARLESS_REACH_DAYS = 92


def day_without_year(text: str) -> bool:
    """Round 32: True for a day and a month written with no year (:data:`_DAY_MONTH`)
    after a week label (and maybe a weekday)."""
    unlabelled = without_week_label(text.strip())
    if unlabelled == text.strip():
        return False
    bare = " ".join(strip_weekday(unlabelled).replace(",", " ").split())
    match = _DAY_MONTH.match(bare)
    if match is None:
        return False
    word = (match.group("m1") or match.group("m2")).rstrip(".")
    day = int(match.group("d1") or match.group("d2"))
    return 1 <= day <= 31 and month_number(word) is not None


def year_from_column(text: str, known: list[date], order: str) -> date | None:
    """Round 32: a day with no year (``w/c 9 Feb``) read in the one year that puts it among
    the column's other dates (at most :data:`_YEARLESS_REACH_DAYS` outside their span);
    None when no year or two years do (never guessed)."""
    if not known:
        return None
    low, high = known[0], known[-1]
    years = range(low.year - 1, high.year + 2)
    bare = strip_weekday(without_week_label(text.strip()))
    fits = []
    for year in years:
        found = parse_date(f"{bare} {year}", order)
        if found is None:
            continue
        if (low - found).days <= _YEARLESS_REACH_DAYS and (found - high).days <= (
            _YEARLESS_REACH_DAYS
        ):
            fits.append(found)
    return fits[0] if len(fits) == 1 else None


def date_for_column(values: list[CellValue], header: str) -> tuple[Converter, str | None]:
    """A converter for one date column (order decided once for the column) and a note.

    Red team of round 15: a Buddhist-era year (2443-2743) among text dates written in the
    common era is no Thai date but a typo (2500 for 2050) or a far horizon: not a date."""
    order, note = date_order_for_column(values, header)
    # round 17: the languages of the column's own month words decide a word CLDR gives two
    # months ("listopad" beside "14 listopadu 2026" is Czech November)
    month_languages = cldr.column_languages(values)
    common, buddhist = _era_years(values)
    typos = buddhist if common else set()
    written = eras_now() | written_eras(values)
    with eras_where(written):
        in_era = said_of(values)  # round 19: "令和8年1月15日", "R8.3.31", "15 ม.ค. 69"
    if in_era:
        era_note = f"dates in a national era in {header!r}: {in_era}"
        note = f"{note}; {era_note}" if note else era_note
    if any(isinstance(v, str) and fiscal_period(v) for v in values):
        fiscal = (
            f"fiscal periods read with the financial year starting in month "
            f"{current().fiscal_year_start} (P01 FY26 = {fiscal_period('P01 FY26'):%b %Y}); "
            "check"
        )
        note = f"{note}; {fiscal}" if note else fiscal

    known: list[date] = []
    if any(isinstance(v, str) and day_without_year(v) for v in values):
        with cldr.languages_in(month_languages), eras_where(written):
            known = sorted(
                d for d in (parse_date(v, order) for v in values if not is_blank(v)) if d
            )

    def convert(value: CellValue) -> Converted:
        if is_blank(value):
            return Converted(None)
        if known and isinstance(value, str) and day_without_year(value):
            dated = year_from_column(value, known, order)
            if dated is not None:
                return Converted(
                    dated,
                    note=f"{value.strip()!r} read as {dated:%d %b %Y} (its year from the "
                    "column's other dates)",
                )
        if typos and isinstance(value, str):
            years = {int(y) for y in _TEXT_YEAR.findall(value)} & typos
            if years:
                return Converted(
                    value,
                    f"{value!r} is not a date (the year {min(years)} is no year of the column's "
                    "other dates, written in the common era; a Buddhist-era year is read only "
                    "in a column of them)",
                )
        with cldr.languages_in(month_languages), eras_where(written):
            parsed = parse_date(value, order)
        flagged = schedule_flag(cell_text(value)) if parsed is None else None
        if flagged is not None and (bare := parse_date(flagged[0], order)) is not None:
            # Primavera P6's "14-Mar-26 A" (an actual date) or "14-Mar-26*" (constrained):
            # the date, the flag said in a note (round 14; see actual_dates_flagged in rows.py)
            flag = "an actual date" if flagged[1] else "a constrained date"
            note = f"{cell_text(value)!r} is {flag} in the scheduling tool's notation"
            return Converted(bare, note=note)
        if parsed is None:
            text = cell_text(value)
            week = iso_week(text)
            if week is not None:  # "2026-W14" (the rows read it by period_dates)
                return Converted(week[0] if current().period_dates == "start" else week[1])
            if is_no_date(text):
                return Converted(None, note=f"{text!r} means no date; left empty")
            if is_date_to_confirm(text):
                return Converted(
                    None, note=f"{text!r} means a date still to be confirmed; left empty"
                )
            unsure = (
                next(filter(None, map(cldr.ambiguous_month, words_of(text))), None)
                if len(re.findall(r"\d+", text)) == 2  # a day and a year beside the word
                else None
            )
            if unsure is not None:  # round 17: listed, never guessed
                return Converted(
                    text,
                    f"{text!r} is not read as a date: {unsure}, and the sheet does not say which",
                )
            return Converted(text, f"{text!r} is not a date")
        if parsed < _PLACEHOLDER_BEFORE or parsed.year == 9999:
            return Converted(None, note=f"{cell_text(value)!r} is a placeholder date; left empty")
        if parsed.year > _LATEST_YEAR:  # "12/03/2926": a typo no plan means
            text = cell_text(value)
            return Converted(
                text, f"{text!r} is not a date (the year {parsed.year} is after {_LATEST_YEAR})"
            )
        return Converted(parsed)

    return convert, note


def period_number(value: CellValue) -> date | None:
    """Round 33: the month an ERP's period NUMBER names, year then month (``202604`` ->
    2026-04-01: a whole number of six digits, the year 1990-2100, the month 01-12; SAP's
    seven digits ``2026004`` the same, its periods 013-016 none); None
    for anything else (a text is read by :func:`numeric_month`, a float with a fraction or
    another length is no period). Read only where a month is expected."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if isinstance(value, float) and not value.is_integer():
        return None
    if 1_990_001 <= value <= 2_100_012:
        # round 33's last hour: SAP's fiscal year and period of three digits (``0FISCPER``
        # ``2026004``), read as round 33 reads ``202604``: the calendar month (period 004
        # is April); the special periods 013-016 (the year's closing postings) are none
        year, period = divmod(int(value), 1000)
        return date(year, period, 1) if 1 <= period <= 12 else None
    return numeric_month(str(int(value))) if 100_000 <= value <= 999_999 else None


def _first_days_order(values: list[CellValue]) -> str | None:
    """Round 33's last hour (v35f): ``"mdy"`` when a month column's numeric text dates,
    none telling its order (no part above 12), are each a month's FIRST day read month-first
    (``1/1/2026``, ``2/1/2026``, ``3/1/2026``: January to March, as a US export writes its
    months) and days of one month read day-first; else None (day-first stays the reading:
    ``1/2/2026``, ``1/3/2026`` are first days either way round, or neither reading is)."""
    texts = [
        v.strip()
        for v in values
        if isinstance(v, str) and (m := _NUMERIC_DATE.match(v.strip())) and len(m.group(1)) != 4
    ]
    if len(texts) < 2:
        return None
    month_first = [parse_date(t, "mdy") for t in texts]
    day_first = [parse_date(t, "dmy") for t in texts]
    if not all(isinstance(d, date) for d in month_first + day_first):
        return None
    firsts = all(isinstance(d, date) and d.day == 1 for d in month_first)
    months = {(d.year, d.month) for d in month_first if isinstance(d, date)}
    if (
        firsts
        and len(months) >= 2
        and not all(isinstance(d, date) and d.day == 1 for d in day_first)
    ):
        return "mdy"
    return None


def month_for_column(values: list[CellValue], header: str) -> tuple[Converter, str | None]:
    """A converter for a tracker's MONTH column (round 26, t28a): a date column's, which
    also reads a month as Chinese, Japanese and Korean write it with its year (``2026年1月``,
    ``2026년 1월``: :func:`cjk_month`). A date column does not read such a text (a due date
    of ``2026年4月`` is a month, not the 1st), but a month column's every value is a month:
    a long cost tracker written in those languages gives its periods so.

    Round 33: an ERP's accounting period as a NUMBER, year then month (Unit4 Agresso's,
    Oracle's, SAP BW's ``202604``, kept as a number cell, where the text ``202604`` was read
    since round 14): in a month column it is that month (:func:`period_number`); anywhere
    else a six-digit number stays a number (an amount of 202,510 is no October 2025)."""
    dates, note = date_for_column(values, header)
    first_days = _first_days_order(values) if note == _GUESSED_DAY_FIRST else None
    if first_days is not None:
        note = (
            "text dates read month-first: so each is a month's first day (day-first they "
            "would be days of one month), as a month column's values are"
        )

    def convert(value: CellValue) -> Converted:
        if isinstance(value, str) and (spanned := month_span(value)) is not None:
            return Converted(spanned)  # round 40 (t50c): a date filter over one month
        if first_days is not None and isinstance(value, str):
            day = parse_date(value, first_days)
            if isinstance(day, date):
                return Converted(day)
        read = dates(value)
        if read.problem is not None and isinstance(value, str):
            # round 42 (tx42): a month as its language's year-month pattern writes it
            month = cjk_month(value) or labelled_month(value)
            if month is not None:
                return Converted(month)
        if read.problem is not None or read.value is None:
            numbered = period_number(value)
            if numbered is not None:
                return Converted(numbered)
        return read

    return convert, note


# ---------------------------------------------------------------------------------------
# Lists
# ---------------------------------------------------------------------------------------


_LIST_NUMBER = re.compile(
    r"^\s*(?:\(\d{1,2}\)|\d{1,2}\s*[.)]|\d{1,2}\s+-|\d{1,2}\s*[-\u2013]\s*(?=[^\W\d_]))\s*"
)


def numbered_option(value: object) -> bool:
    """``value`` is a numbered choice of a tool's list (``5 - Planning``, ``(2) High``): a
    number before a word (round 40, t51a)."""
    if not isinstance(value, str):
        return False
    rest = _LIST_NUMBER.sub("", value, count=1)
    return rest != value and any(ch.isalpha() for ch in rest)


def undecorated(text: str) -> str:
    """A list value without the marks a tool puts before or after its word (round 13):
    ``🟡 In progress``, ``✅ Done``, ``⚪ Not started`` (Loop, Notion, Monday.com, Smartsheet
    symbols), ``● Open``, ``[Closed]``. The word says the value; a mark alone (``🟢``) is
    read by :data:`_MARKS`. Returns the text stripped of such marks (``""`` when nothing
    else is left)."""
    chars = list(text.strip())

    def is_mark(ch: str) -> bool:
        return unicodedata.category(ch) in _MARK_CATEGORIES or ch in _MARK_PUNCTUATION

    while chars and (is_mark(chars[0]) or chars[0].isspace()):
        chars.pop(0)
    while chars and (is_mark(chars[-1]) or chars[-1].isspace()):
        chars.pop()
    bare = "".join(chars)
    if bare.startswith("[") and bare.endswith("]"):
        bare = bare[1:-1].strip()
    return bare


#: Unicode categories of marks around a word: symbols (emoji, ●, ■, ✓), the variation
#: selectors and joiners of emoji, and the skin-tone modifiers.
_MARK_CATEGORIES = frozenset({"So", "Sk", "Cf", "Mn", "Co"})
_MARK_PUNCTUATION = frozenset("*•·|~")


#: Marks that tools export for RAG colours and ticks (Notion, Monday.com, Smartsheet
#: symbols): read as the word they show.
_MARKS = {
    "\U0001f534": "red",
    "\U0001f7e5": "red",
    "\U0001f7e0": "amber",
    "\U0001f7e1": "amber",
    "\U0001f7e7": "amber",
    "\U0001f7e8": "amber",
    "\U0001f7e2": "green",
    "\U0001f7e9": "green",
    "\U0001f535": "blue",
    "\U0001f7e6": "blue",
    "\u2611": "yes",
    "\u2610": "no",
    "\u2714": "yes",
    "\u2713": "yes",
    "\u2705": "yes",
    "\u2718": "no",
    "\u2717": "no",
    "\u274c": "no",
}


#: Words saying a thing is done, which a cross or an empty box beside them denies
#: (``❌ Cancelled``, ``❌ Rejected`` agree with their cross and are read).
_DONE_WORDS = frozenset(
    {"done", "complete", "completed", "closed", "resolved", "achieved", "delivered"}
    | {"finished", "fixed", "met", "passed", "approved", "validated", "yes"}
)


def _denying_mark(text: str) -> bool:
    """Whether ``text`` holds a mark that reads as "no" (``❌``, ``✗``, ``☐``)."""
    return any(_MARKS.get(ch) == "no" for ch in text)


#: "Still" before a state ("Still open", "still in progress"): the state unchanged.
_STILL = re.compile(r"^\s*still\s+", re.IGNORECASE)


@lru_cache(maxsize=16384)  # round 31 (speed): a pure function of the text, read per cell
def _key(text: str) -> str:
    lowered = fold(text)
    for mark, word in _MARKS.items():
        lowered = lowered.replace(mark, f" {word} ")
    words = re.sub(r"[^a-z0-9]+", " ", lowered).split() if lowered.isascii() else _words(lowered)
    return " ".join(w for i, w in enumerate(words) if i == 0 or w != words[i - 1])


#: Round 40 (ox40): the lists of a register's classes, whose cells name a class in the
#: header words' sense (a risk's category: ``Termine``, the schedule), never a state; a
#: status or a flag's column (``Facturé`` over Oui / Non) keeps the values' reading alone.
_CLASS_LISTS = frozenset({"risk_category"})


def _named_by_header_words(text: str, by_values: str | None) -> str | None:
    """Round 40 (ox40): the English a list cell's words have as a header's words
    (``languages.toml``'s ``words``: German ``Termine`` and Italian ``Tempi`` the schedule,
    Portuguese ``Cliente`` the client), when it differs from the values' reading
    (``by_values``: ``Termine`` is French ``terminé``, complete, to the values, which a
    category list does not hold) and from the text itself; None otherwise. The caller reads
    it only in a list of classes (:data:`_CLASS_LISTS`) and only where the list holds it."""
    named = translate(text)
    if not named or _key(named) in (_key(text), _key(by_values or "")):
        return None
    return named


def _words(folded: str) -> list[str]:
    """The words of a folded text in another script (``Открыт``, ``进行中``): its letters,
    not only Latin ones (round 10)."""
    return [
        w.replace("#", " ").replace("%", " ").strip() for w in words_of(folded) if w.strip("#%")
    ]


#: Words after a closed status that say the item is not closed yet (``Done - pending
#: sign-off``, ``Closed (reopened)``, ``Resolved - awaiting confirmation``).
_OPEN_SIGNAL = re.compile(
    r"\b(?:pending|awaiting|waiting|re-?opened|reopen|not|until|unless|subject to|tbc|"
    r"to be|partially|partly|except|but)\b",
    re.IGNORECASE,
)


#: A reason for closing that says "not" without the item being open (round 13): ``Closed -
#: Not Required``, ``Closed - not applicable``, ``Closed – not a risk``, ``Rejected - not
#: an issue``, ``Closed - no longer relevant``.
_CLOSURE_REASON = re.compile(
    r"\b(?:not|no longer)\s+(?:required|needed|applicable|relevant|valid|proceeding|"
    r"pursued|a risk|an issue|a dependency|an assumption|in scope|"
    # an assumption that does not hold (round 14): "Does not hold", "Not true"
    r"holds?|holding|true)\b",
    re.IGNORECASE,
)


def _status_doubt(text: str) -> str | None:
    """Why a list cell cannot be read as one value: a question (``Resolved?``) or a change
    of value (``Open -> Closed``); None when nothing casts doubt on it."""
    stripped = text.strip()
    if "?" in stripped and stripped.strip("?"):
        return "is a question"
    if re.search(r"->|=>|\u2192", stripped) and not one_arrowed_value(stripped):
        return "names a change, not one value"
    return None


@lru_cache(maxsize=16384)
def closest_key(key: str, keys: tuple[str, ...]) -> tuple[int | None, float]:
    """The place in ``keys`` of the list key most like ``key`` and its likeness (None, 0
    when none is a spelling of it): round 31 (speed), once per word and list, not per cell.
    "unclosed" is not a spelling of "closed"; nor is "未 closed" (未关闭, "not closed"): a
    word of another script left beside a list word is no typo."""
    best, best_ratio = None, 0.0
    if not key.isascii():
        return best, best_ratio
    for at, k in enumerate(keys):
        if _negates(key, k):
            continue
        ratio = SequenceMatcher(None, key, k).ratio()
        if ratio > best_ratio:
            best, best_ratio = at, ratio
    return best, best_ratio


def _negates(key: str, value_key: str) -> bool:
    """True when ``key`` is ``value_key`` with a negating prefix (``unclosed``,
    ``non closed``, ``undelivered``): the opposite, not a misspelling. Round 41 (rt41b):
    ``no`` too, the negation Italian ``Non confermato``, Spanish ``No confirmado`` and
    Portuguese ``Não confirmado`` read as (``no validated``), which was read Validated."""
    squeezed, value = key.replace(" ", ""), value_key.replace(" ", "")
    return any(squeezed == prefix + value for prefix in ("un", "non", "not", "no", "dis", "in"))


def _doubt_problem(text: str, list_name: str, why: str) -> str:
    return (
        f"{text!r} {why}: not read as a value of the list {list_name}; kept for a person "
        f'to choose (or say how to read it in the mapping file\'s readings "list_words")'
    )


#: Round 28: a drop-down's placeholder a template leaves in every cell nobody chose
#: (``Select...``, ``Please select``, ``-- Select --``, ``Choose an item.``, Word's and Excel
#: templates' words; ``Seleccione...``, ``Sélectionner``, ``Bitte auswählen``, ``Selecione``,
#: ``Seleziona``, ``Selecteer``): nothing was chosen, so the cell is empty, as a blank one is.
_DROPDOWN_PLACEHOLDER = re.compile(
    r"^[\s\-–—<\[(]*(?:please\s+|bitte\s+)?"
    r"(?:select|choose|pick|seleccion[ae]r?|seleccione|s[ée]lectionner|s[ée]lectionnez"
    r"|ausw[äa]hlen|w[äa]hlen|selecione|selecionar|seleziona(?:re)?|selecteer|kies)"
    r"(?:\s+(?:one|an?\s+(?:item|option|value)|from\s+(?:the\s+)?(?:list|drop[\s-]?down)))?"
    r"[\s.…:\-–—>\])]*$",
    re.IGNORECASE,
)


def is_dropdown_placeholder(value: CellValue) -> bool:
    """Whether ``value`` is a drop-down's placeholder (:data:`_DROPDOWN_PLACEHOLDER`): a
    template's ``Select...`` in a cell nobody chose, no value. A status ``Selected`` (a
    backlog's state) or ``Select committee approves`` is a value."""
    return isinstance(value, str) and bool(_DROPDOWN_PLACEHOLDER.match(value.strip()))


#: Round 37 (t45a): a value ending in a bracketed gloss (``Chi đầu tư (CAPEX)``)
_GLOSS = re.compile(r"^\s*[^()]*\S\s*\(\s*([^()]+?)\s*\)\s*$")


def list_for_column(list_name: str, standards: Standards) -> Converter:
    """A converter to the standards list ``list_name``: same word, a word the mapping file's
    ``list_words`` reading names, a known alias, or a close spelling (similarity >= 0.85);
    anything else is kept as text and reported. A word read other than as itself is
    recorded in the readings (saved in the mapping file, stated in the report)."""
    allowed = standards.lists[list_name]
    by_key = {_key(v): v for v in allowed}

    def read(text: str, key: str, found: str) -> Converted:
        if recording_words[0]:
            record_list_word(list_name, " ".join(text.lower().split()), found)
        return Converted(found, note=f"{text!r} read as {found!r}")

    recording_words = [True]
    closed = {
        c
        for register in ("risk", "assumption", "issue", "dependency", "milestone")
        for c in getattr(standards.closed_statuses, register)
    }

    def convert(value: CellValue) -> Converted:
        if is_blank(value):
            return Converted(None)
        text = cell_text(value)
        if is_dropdown_placeholder(value):
            return Converted(
                None, note=f"{text!r} is the drop-down's placeholder (nothing chosen); left empty"
            )
        stated = {
            " ".join(k.lower().split()): v
            for k, v in current().list_words.get(list_name, {}).items()
        }
        found = stated.get(" ".join(text.lower().split()))
        if found is not None and _key(found) in by_key:  # the mapping file says, word for word
            return Converted(by_key[_key(found)], note=f"{text!r} read as {by_key[_key(found)]!r}")
        if _key(text) not in by_key and no_value_yet(text):
            # round 31: a list cell a PM has not filled yet (``TBC``, ``-``, ``?``): no value
            return Converted(None, note=f"{text!r} says no value yet; left empty")
        doubt = _status_doubt(text)
        if doubt is not None:
            return Converted(text, _doubt_problem(text, list_name, doubt))
        signal = _OPEN_SIGNAL.search(_CLOSURE_REASON.sub(" ", text))
        if signal:  # read without recording, so a doubtful word is never saved as read
            dry = read_value(text, record=False)
            if dry.problem is None and dry.value in closed:
                return Converted(text, _doubt_problem(text, list_name, f"says {signal.group(0)!r}"))
        return read_value(text)

    def read_value(text: str, record: bool = True) -> Converted:
        recording_words[0] = record
        try:
            return read_words(text)
        finally:
            recording_words[0] = True

    def read_unrecorded(text: str) -> Converted:
        """``text`` read as a value alone is, without recording it as a reading of its own:
        the inner words of a translated, ``Still ...`` or marked value."""
        prior, recording_words[0] = recording_words[0], False
        try:
            return read_words(text)
        finally:
            recording_words[0] = prior

    def read_words(text: str) -> Converted:
        key = _key(text)
        if key in by_key:
            return Converted(by_key[key])
        stated = {_key(k): v for k, v in current().list_words.get(list_name, {}).items()}
        if key in stated:
            if _key(stated[key]) in by_key:
                return read(text, key, by_key[_key(stated[key])])
            return Converted(
                text,
                f'the mapping file reads {text!r} as {stated[key]!r} (readings "list_words" '
                f'"{list_name}"), which is not in the list ({", ".join(allowed)})',
            )
        english = translate(text, "values")
        if english is None and translate(text) in STATUS_NOUNS:
            english = translate(text)  # "Risico": the noun as a status (round 20)
        if english and _key(english) != key:
            # a value in another language ("En cours", "offen", "Rot"): read as its English
            # words (round 8), recorded as this word's reading
            inner = read_unrecorded(english)
            if inner.problem is None and inner.value is not None:
                return read(text, key, str(inner.value))
        named = _named_by_header_words(text, english) if list_name in _CLASS_LISTS else None
        if named is not None:
            # round 40 (ox40): a false friend by column: German ``Termine`` (deadlines) is
            # French ``terminé`` (complete) to the values, no class of a category list; the
            # header words read it as the schedule, which the list holds
            inner = read_unrecorded(named)
            if inner.problem is None and inner.value is not None:
                return read(text, key, str(inner.value))
        numbered = _LIST_NUMBER.sub("", text)
        if numbered != text and _key(numbered) in by_key:
            # "(1) High", "2. Medium": a choice list's numbering before the value
            return read(text, key, by_key[_key(numbered)])
        if numbered != text:
            # "3 - Moderate" (ServiceNow's priorities), "2. Normal": the numbered word read as
            # the word alone is, by its legacy aliases (round 13)
            for option in LIST_ALIASES.get(_key(numbered), ()):
                if _key(option) in by_key:
                    return read(text, key, by_key[_key(option)])
            if any(ch.isalpha() for ch in numbered):
                # round 41 (t52d): a tool's numbered choice in another language (French
                # ServiceNow's ``4 - Faible``, ``2 - Élevée``): the word read as it would
                # be alone, in its language, not with its number as one phrase
                inner = read_unrecorded(numbered)
                if inner.problem is None and inner.value is not None:
                    return read(text, key, str(inner.value))
        for option in LIST_ALIASES.get(key, ()):
            if _key(option) in by_key:
                return read(text, key, by_key[_key(option)])
        still = _STILL.sub("", text, count=1)
        if still != text and still.strip():
            # round 29's last hour: "Still open", "Still in progress": the word says the
            # state has not changed, the rest is the state, read as it would be alone
            inner = read_unrecorded(still)
            if inner.problem is None and inner.value is not None:
                return read(text, key, str(inner.value))
        bare = undecorated(text)
        if bare and bare != text.strip() and any(ch.isalpha() for ch in bare):
            # "🟡 In progress", "✅ Done": a tool's mark before the word (round 13); the
            # word is read as it would be alone, recorded as this value's reading
            inner = read_unrecorded(bare)
            if inner.problem is not None or inner.value is None:
                pass
            elif _denying_mark(text) and _key(bare) in _DONE_WORDS:
                # "❌ Done", "☐ Complete": a cross or an empty box beside a done word says
                # it is not done (red team of round 13): listed, never read as done
                return Converted(
                    text, f"{text!r}: a cross or an empty box beside {bare!r}: not read as done"
                )
            else:
                return read(text, key, str(inner.value))
        head = re.split(r"\s+[-–:/(]\s*|\s*[(:]", text.strip(), maxsplit=1)[0]
        if head == text.strip():  # "Closed-Accepted", "Closed–Effective" (round 13)
            tight = re.split(r"[-\u2013](?=[^\W\d_])", text.strip(), maxsplit=1)[0]
            if _key(tight) in by_key or any(
                _key(o) in by_key for o in LIST_ALIASES.get(_key(tight), ())
            ):
                head = tight
        head_key = _key(head)
        # red team of round 18: "Complete / Cancelled", "On Track / At Risk": two values
        # either side of a slash are a choice nobody made, not the first one
        if (
            head_key
            and head_key != key
            and " / " in text
            and _other_alternative(text, head, read_unrecorded)
        ):
            head_key = ""
        if head_key and head_key != key:
            if head_key in by_key:
                return read(text, key, by_key[head_key])
            for option in LIST_ALIASES.get(head_key, ()):
                if _key(option) in by_key:
                    return read(text, key, by_key[_key(option)])
        gloss = _GLOSS.match(text)
        if gloss:
            # round 37 (t45a): a local word glossed in brackets by the standard's own word
            # (Vietnamese ``Chi đầu tư (CAPEX)``, ``Operating expenditure (OPEX)``): the
            # word in brackets is the value, when it is a list value or its alias exactly
            inner_key = _key(gloss.group(1))
            if inner_key in by_key:
                return read(text, key, by_key[inner_key])
            for option in LIST_ALIASES.get(inner_key, ()):
                if _key(option) in by_key:
                    return read(text, key, by_key[_key(option)])
            # round 40 (t51a): or glossed by a word of the list in any language (a Spanish
            # Asana section ``Recibimos (entrantes)``: "we receive (incoming)"), when the
            # word before the brackets reads as no other value of the list
            inner = read_unrecorded(gloss.group(1))
            outer = read_unrecorded(text[: gloss.start(1)].rstrip(" (（"))
            if (
                inner.problem is None
                and inner.value is not None
                and (outer.problem is not None or outer.value in (None, inner.value))
            ):
                return read(text, key, str(inner.value))
        parts = [p for p in re.split(r"\s*/\s*", text.strip()) if p]
        if len(parts) > 1 and "/" in text:
            # "Closed/Resolved" where both are the risk list's Closed (round 13); parts
            # that read differently ("Open/In progress") stay unread
            each = [read_unrecorded(p) for p in parts]
            found = {str(r.value) for r in each if r.problem is None and r.value is not None}
            if len(found) == 1 and all(r.problem is None for r in each):
                return read(text, key, found.pop())
        if list_name == "cost_category":
            # round 30: a funder's cost category, numbered and noted (``A. Personnel
            # costs``, ``E. Indirect costs (25% flat rate)``), or a PM's (``Staff costs``)
            category = category_of(text, list(allowed)) or funder_category(text, list(allowed))
            if category is not None:
                return read(text, key, category)
        at, best_ratio = closest_key(key, tuple(by_key))
        if at is not None and best_ratio >= 0.85:
            return read(text, key, list(by_key.values())[at])
        if list_name.endswith("_status"):
            # round 22: a tool's workflow state read by its category (``Ready for QA`` is
            # in progress, ``Icebox`` not started), recorded as this word's reading
            state = read_state(text, list(allowed))
            if state is not None:
                found_value, category = state
                if recording_words[0]:
                    record_list_word(list_name, " ".join(text.lower().split()), found_value)
                return Converted(
                    found_value,
                    note=f"{text!r} read as {found_value!r} (a workflow state: {category})",
                )
        if key in ("blue", "b") and {"red", "amber", "green"} <= set(by_key):
            return Converted(
                text,
                f"{text!r} is BRAG's blue (done): the list {list_name} ({', '.join(allowed)}) "
                "has no such colour; kept for a person to choose (or read it in the mapping "
                'file\'s readings "list_words", e.g. "blue": "Green")',
            )
        return Converted(text, f"{text!r} is not in the list {list_name} ({', '.join(allowed)})")

    return convert


#: A header saying its numbers are scores, not ranks (``3 = high``, ``1 = low``): numbers
#: that rise with the priority are not read as ranks.
_SCORE_LEGEND = re.compile(
    r"\b1\s*=\s*(?:low|lowest|minor)|\b[2-5]\s*=\s*(?:high|highest|critical|urgent)"
)


#: A backlog's order under a priority header (red team of round 13): ``Priority Order``,
#: ``Priority Rank``, ``Stack Rank``, ``Sequence``: each item's place, not a level.
_BACKLOG_ORDER = re.compile(r"\b(?:order|rank|ranking|sequence|seq|position)\b")

#: The scale a priority header states (``Priority (1-5)``, ``Pri 1 to 4``): its top.
_STATED_SCALE = re.compile(r"\b1\s*(?:-|\u2013|to)\s*(\d{1,2})\b")


def _whole(value: CellValue) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float) and float(value).is_integer():
        return int(value)
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return None


def priority_ranks(values: Iterable[CellValue], header: str, allowed: list[str]) -> dict[int, str]:
    """How a priority column of bare numbers reads (round 13): ranks where 1 is the most
    urgent (MoD and government logs' ``Pri`` 1-3, Azure DevOps' Priority 1-4, ITIL's P1),
    each number the list value at its place counted from the end: a column whose numbers
    reach 4 reads 1-4 as Critical, High, Medium, Low; one whose numbers reach 3 reads 1-3
    as High, Medium, Low. Empty (not read) when any value is no whole number, the numbers
    are fewer than two different ones or beyond the list, or the header says they are
    scores (``3 = high``)."""
    present = [v for v in values if not is_blank(v)]
    numbers = [_whole(v) for v in present]
    lowered = header.lower()
    if not present or any(n is None for n in numbers) or _SCORE_LEGEND.search(lowered):
        return {}
    if _BACKLOG_ORDER.search(lowered):
        # "Priority Order", "Priority Rank": each item's place in a backlog, not a level
        return {}
    found = {n for n in numbers if n is not None}
    top = max(found)
    stated = _STATED_SCALE.search(lowered)
    if stated:
        # "Priority (1-5)": the scale the header states, not the column's own top
        top = max(top, int(stated.group(1)))
    if len(found) < 2 or min(found) != 1 or not 3 <= top <= len(allowed):
        # no 1 (the most urgent rank): 2-4 may be a 1-5 score's middle, 5 the most urgent
        return {}
    return {n: allowed[len(allowed) - top + n - 1] for n in range(1, top + 1)}


def _other_alternative(text: str, head: str, read_words: Callable[[CellValue], Converted]) -> bool:
    """Whether ``text`` is ``head`` and another value of the list either side of a spaced
    slash (``Complete / Cancelled``): the part after the slash reads as a value of the list
    other than the head's. A part that reads as nothing (``Open / Ouvert``'s other language,
    ``Agored / Open``) or as the same value (``Closed / Fermé``) is no other alternative."""
    parts = re.split(r"\s+/\s+", text.strip())
    if len(parts) != 2 or parts[0] != head:
        return False
    first, second = read_words(head), read_words(parts[1])
    return (
        first.problem is None
        and second.problem is None
        and second.value is not None
        and str(second.value) != str(first.value)
    )


def list_converter_for_column(
    list_name: str, standards: Standards, values: Iterable[CellValue], header: str
) -> tuple[Converter, str | None]:
    """The converter of a list column set up from its values: :func:`list_for_column`,
    and for a priority column of bare numbers, the numbers read as ranks
    (:func:`priority_ranks`), each recorded in the readings' ``list_words`` so the mapping
    file holds it and a PMO can change it (``"priority": {"1": "Critical"}``)."""
    conv = list_for_column(list_name, standards)
    values = list(values)
    # round 20: a status written as a yes / no flag under a status word (`Riješeno` Da / Ne)
    status = flag_status(header, list_name, standards) if list_name.endswith("_status") else None
    opposite = flag_opposite(header, list_name, standards) if status is not None else None
    either = status is not None and answered_either_way(header, list_name, standards)
    if status is not None and yes_no_answers(values, standards, either) is not None:
        no = f"no read as {opposite!r}" if opposite else "no left empty"
        note = f"a yes / no flag under {header.strip()!r}: yes read as {status!r}, {no}"
        return flag_converter(status, standards, opposite), note
    keyed = keyed_codes(conv, list_name, values, header) or keyed_symbols(
        conv, list_name, values, header
    )
    if keyed is not None:
        return keyed
    if list_name != "priority":
        return _rag_letters_read(conv, list_name, values)
    ranks = priority_ranks(values, header, list(standards.lists[list_name]))
    if not ranks:
        return conv, None

    def convert(value: CellValue) -> Converted:
        result = conv(value)
        number = _whole(value)
        if result.problem is None or number not in ranks:
            return result
        record_list_word(list_name, str(number), ranks[number])
        return Converted(ranks[number], note=f"{number} read as {ranks[number]!r} (a rank)")

    shown = ", ".join(f"{n} = {v}" for n, v in ranks.items())
    note = (
        f'numbers read as ranks, 1 the most urgent: {shown} (readings "list_words" '
        '"priority" holds them)'
    )
    return convert, note


def keyed_codes(
    conv: Converter, list_name: str, values: Iterable[CellValue], header: str
) -> tuple[Converter, str] | None:
    """Round 35's second wave: a list column of bare numbers read by the key its table
    states (:func:`addin.adopt.key_lines.key_for`: ``Prio: 1 = high, 2 = medium, 3 = low``
    above it, or in its header): each number the list value its word reads as. None when
    no key names the column, a value is no whole number the key pairs, or a word of the
    key reads as no value of the list (or two numbers as one value)."""
    from addin.adopt.key_lines import key_for

    present = [v for v in values if not is_blank(v)]
    numbers = [_whole(v) for v in present]
    if not present or any(n is None for n in numbers):
        return None
    found = key_for(header)
    if found is None:
        return None
    pairs, key_text = found
    read: dict[int, str] = {}
    for number, word in pairs.items():
        result = conv(word)
        if result.problem is not None or result.value is None:
            return None
        read[number] = str(result.value)
    if len(set(read.values())) != len(read) or not {n for n in numbers if n is not None} <= set(
        read
    ):
        return None

    def convert(value: CellValue) -> Converted:
        number = _whole(value)
        if number not in read:
            return conv(value)
        record_list_word(list_name, str(number), read[number])
        return Converted(read[number], note=f"{number} read as {read[number]!r} (the key)")

    shown = ", ".join(f"{n} = {v}" for n, v in sorted(read.items()))
    return convert, f"numbers read by the key {key_text!r}: {shown}"


def keyed_symbols(
    conv: Converter, list_name: str, values: Iterable[CellValue], header: str
) -> tuple[Converter, str] | None:
    """Round 41 (ox41): a list column of symbols or letters its table's legend spells out
    (:func:`addin.adopt.key_lines.symbol_key`: ``済：完了　○：予定通り　△：要注意　×：遅延``
    in the title line over a ``判定`` column, ``✓ = done, ● = on track, ▲ = at risk``,
    ``C = Complete, O = On track, R = At risk`` under a status column): each value is the
    list value its word reads as. None when no legend covers the column's values, a word of
    it reads as no value of the list, or the values read so already (``R`` / ``A`` / ``G``
    in English)."""
    from addin.adopt.key_lines import symbol_key

    present = [v for v in values if not is_blank(v)]
    key = symbol_key(present, header)
    if key is None:
        return None
    read: dict[str, str] = {}
    for symbol, word in key.items():
        result = conv(word)
        if result.problem is not None or result.value is None:
            return None
        read[symbol] = str(result.value)
    used = {cell_text(v).strip().casefold() for v in present}
    if all(
        (own := conv(cell_text(v).strip())).problem is None
        and own.value is not None
        and str(own.value) == read[cell_text(v).strip().casefold()]
        for v in present
    ):
        return None  # the values read as the legend says already

    def convert(value: CellValue) -> Converted:
        text = cell_text(value).strip() if not is_blank(value) else ""
        found = read.get(text.casefold())
        if found is None:
            return conv(value)
        record_list_word(list_name, text, found)
        return Converted(found, note=f"{text!r} read as {key[text.casefold()]!r} (the legend)")

    shown = ", ".join(f"{k} = {read[k]}" for k in sorted(read) if k in used)
    return convert, f"symbols read by the table's legend: {shown}"


def _rag_letters_read(
    conv: Converter, list_name: str, values: Iterable[CellValue]
) -> tuple[Converter, str | None]:
    """A column of RAG letters (round 20): two letters or more, each read as the colour it
    names in the table's languages (:func:`~addin.adopt.rag_letters.column_letters`:
    Italian ``R`` / ``G`` / ``V``, Dutch ``R`` / ``O`` / ``G``), then as that colour reads
    in the list (a RAG, or a milestone's Late / At Risk / In Progress); only for a list the
    three colours read in. Recorded in the readings' ``list_words``. Else ``conv``."""
    present = [v for v in values if not is_blank(v)]
    letters = column_letters(present, cldr.current_languages())
    if len(letters) < 2 or any(conv(c).problem for c in COLOURS.values()):
        return conv, None
    read_as = {letter: conv(colour).value for letter, colour in letters.items()}
    if all(conv(letter.upper()).value == found for letter, found in read_as.items()):
        return conv, None  # English R / A / G: the aliases read them already

    def convert(value: CellValue) -> Converted:
        text = cell_text(value).strip() if not is_blank(value) else ""
        found = read_as.get(text.casefold())
        if found is None:
            return conv(value)
        record_list_word(list_name, text.lower(), str(found))
        return Converted(found, note=f"{text!r} read as {found!r} (a RAG letter)")

    shown = ", ".join(f"{k.upper()} = {letters[k]}" for k in sorted(letters))
    return convert, f"RAG letters read in the table's language: {shown}"


def gate_for_column(standards: Standards) -> Converter:
    """A Y/N gate column; a column naming its gates (``Gate 2``, ``SG3``, ``Investment
    decision``) reads a named gate as Y and says so."""
    yes_no = list_for_column("yes_no", standards)
    yes = standards.lists["yes_no"][0]

    def convert(value: CellValue) -> Converted:
        result = yes_no(value)
        if result.problem is None or isinstance(value, int | float | date):
            return result
        text = cell_text(value)
        return Converted(yes, note=f"{text!r} names a gate: read as {yes!r}")

    return convert


# ---------------------------------------------------------------------------------------
# Text, numbers, money
# ---------------------------------------------------------------------------------------


def to_text(value: CellValue) -> Converted:
    if is_blank(value):
        return Converted(None)
    if isinstance(value, ErrorValue):
        return Converted(None, f"the cell holds the error {value.text}")
    # round 28: what a conversion or a paste left in the text (invisible characters, a
    # bullet before a one-line text) is read away
    return Converted(cell_text(value) if not isinstance(value, str) else pasted_text(value))


#: Round 34 (v36f): a note written after an amount in the same cell: a bracket of words
#: with no figure (``12,000 (incl VAT)``, ``4.500 (geschätzt)``) or footnote marks (``47,250
#: *``, ``9,800 †``, ``1,200 ¹``).
_BRACKET_NOTE = re.compile(r"^(?P<amount>.*?\d.*?)\s*\((?P<note>[^\d()]*[^\W\d_][^\d()]*)\)$")
_FOOTNOTE_MARKS = re.compile(
    r"^(?P<amount>.*?\d.*?)\s*(?P<note>[*\u2020\u2021\u00b9\u00b2\u00b3]+)$"
)


def annotated_amount(text: str, *, dot_thousands: bool = False) -> tuple[float, str] | None:
    """``(amount, what was left out)`` for an amount the writer annotated in its cell (a
    cost controller's ``12,000 (incl VAT)``, a footnote's ``47,250 *``): the figure is one
    reading, the note is no part of it; None when the rest is no amount either, or when the
    bracket holds a figure (``12,000 (of 15,000)``: two amounts) or names a currency (the
    amount's own unit, read by :func:`parse_number`)."""
    for shape, what in ((_BRACKET_NOTE, "bracketed note"), (_FOOTNOTE_MARKS, "footnote mark")):
        match = shape.match(text.strip())
        if match is None:
            continue
        note = match.group("note").strip()
        if what == "bracketed note" and currency_in(f"({note})") is not None:
            return None
        amount = parse_number(match.group("amount"), dot_thousands=dot_thousands)
        if amount is not None:
            return amount, f"{what} {note!r}"
    return None


def number_converter(
    factor: float = 1.0, *, dot_thousands: bool = False, annotated: bool = False
) -> Converter:
    """Numbers (and numeric text), multiplied by ``factor`` (e.g. 1000 for a ``(000s)`` column).
    ``annotated`` (a money column, round 34): an amount with a note after it in its cell
    (:func:`annotated_amount`) is the amount, the note left out and said.

    One converter serves one column: the first currency its cells name (``£1,000``) is the
    column's, and a cell naming another (``EUR 500``) is kept as text and listed rather than
    added as if it were the same money."""
    column_currency: list[str] = []

    def convert(value: CellValue) -> Converted:
        if is_blank(value):
            return Converted(None)
        number = parse_number(value, dot_thousands=dot_thousands)
        currency = currency_in(value) if isinstance(value, str) and number is not None else None
        if currency is not None:
            if not column_currency:
                column_currency.append(currency)
            elif currency != column_currency[0]:
                text = cell_text(value)
                return Converted(
                    text,
                    f"{text!r} is in {currency} where this column's amounts are in "
                    f"{column_currency[0]}: not added as {column_currency[0]}; convert it, "
                    f"or adopt the {currency} lines separately",
                )
        if number is None:
            text = cell_text(value)
            if is_no_amount(text):
                return Converted(None, note=f"{text!r} means no amount; left empty")
            noted = annotated_amount(text, dot_thousands=dot_thousands) if annotated else None
            if noted is None:
                return Converted(text, f"{text!r} is not a number")
            amount, remark = noted
            return Converted(
                amount * factor,
                note=f"{text!r}: the amount read, its {remark} left out (check it)",
            )
        if factor != 1 and isinstance(value, str) and has_own_unit(value):
            return Converted(number)  # "£12k" under "Budget (£k)": its own unit, once
        return Converted(number * factor)

    return convert
