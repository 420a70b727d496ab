"""Month names, date orders and currency symbols of every locale Unicode CLDR has (round 17).

Sixteen rounds added a few languages' month names and currency signs by hand, one batch at
a time; every fresh batch brought one the lists lacked. CLDR holds them all: this module
reads ``cldr_tables.json``, the compact table :mod:`addin.adopt.cldr_build` wrote from the
``babel`` package (never imported here: adoption's start-up reads one JSON file, lazily,
the first time a word is not one of the hand lists; ``pmo consolidate`` never reads it).

**Month words** (:func:`month_in`): a word is read as a month

- when CLDR gives it one month in every locale that has it, and it is no common word: four
  letters or more, not an English word of the synonyms, not a word of ``languages.toml``
  with another meaning; standing alone (a month label), only when a language of
  ``languages.toml`` or a national language (:data:`_NATIONAL`) writes it (``12 marca 2026``, ``14 Ekim 2026``, ``3 серпня 2026``, ``Kasım
  2026``, ``12 Φεβ 2026`` once the language is known);
- else when the languages of the sheet (its headers, :func:`languages_in`) or of the
  column's other cells (:func:`column_languages`) give it one month: ``listopad`` is
  November in Polish and Czech, October in Croatian, ``sty`` and ``lut`` (Polish January,
  February) are read in a Polish sheet only;
- never otherwise: :func:`ambiguous_month` says why, and the date is listed, not guessed.

**Currencies** (:func:`currency_of_mark`): a symbol CLDR gives one currency in every
locale (``zł`` = PLN, ``₸`` = KZT, ``лв.`` = BGN), or any ISO 4217 code.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from importlib import resources
from typing import Any

from addin.adopt.languages import fold, words_of

#: The shortest month word read without a language to decide it: ``mar``, ``sty``, ``lut``,
#: ``dec`` are words too (Polish ``lut`` is solder, ``sty`` a pigsty).
SHORTEST_ALONE = 4

_LANGUAGES: ContextVar[frozenset[str]] = ContextVar("cldr_languages", default=frozenset())


@cache
def _table() -> dict[str, Any]:
    text = resources.files("addin.adopt").joinpath("cldr_tables.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def _key(word: str) -> str:
    return fold(word.strip()).rstrip(".")


def months_of(word: str) -> dict[int, frozenset[str]]:
    """The months a word names in CLDR, each with the languages naming it so; ``{}`` for
    no month word. ``"listopad"`` -> ``{10: {"hr"}, 11: {"cs", "pl", ...}}``."""
    found = _table()["months"].get(_key(word))
    if not found:
        return {}
    return {int(month): frozenset(languages) for month, languages in found.items()}


@cache
def _other_meanings() -> frozenset[str]:
    """Words a register writes with another meaning than a month: the English words of the
    synonyms and every word of ``languages.toml``'s headers and values (Polish ``data``,
    Turkish ``mart`` is not among them), and (round 37, px41) the names of the taxes
    (``tax_names.TAX_WORDS``): an invoice log's ``GST`` (Volapük August) is a tax column,
    never a month, and three headers naming it are no row of months in a language."""
    from addin.adopt.languages import english_words, lexicon
    from addin.adopt.tax_names import TAX_WORDS

    words = set(english_words())
    for section in ("words", "values"):
        for phrase in lexicon(section).phrases:
            words.update(phrase)
    words.update(_key(word) for name in TAX_WORDS for word in name.split())
    return frozenset(words)


def _common(word: str) -> bool:
    key = _key(word)
    letters = [w for w in words_of(key) if w]
    return len(key) < SHORTEST_ALONE or len(letters) != 1 or key in _other_meanings()


@cache
def _in_dates_only() -> frozenset[str]:
    return frozenset(_table()["months_in_dates_only"])


def only_in_dates(word: str) -> bool:
    """True for a month word no locale writes alone (a genitive: ``marca``, ``марта``),
    read as a month only inside a date with its day (round 41, t52a)."""
    return _key(word) in _in_dates_only()


def month_in(
    word: str, languages: Iterable[str] | None = None, *, in_date: bool = False
) -> int | None:
    """1..12 for a month word of any CLDR locale when it can be read (module docstring);
    ``languages``, else those :func:`languages_in` set, decide a word that needs them. A
    genitive no locale writes alone (``marca``: Spanish for a brand) is read only
    ``in_date``, a day and a year beside it."""
    found = months_of(word)
    if not found or (not in_date and _key(word) in _in_dates_only()):
        return None
    chosen = frozenset(languages) if languages is not None else _LANGUAGES.get()
    if chosen:
        in_them = [month for month, langs in found.items() if langs & chosen]
        if len(in_them) == 1:
            return in_them[0]
        if in_them:
            return None  # two months in the sheet's own languages
    if len(found) == 1 and not _common(word):
        month, langs = next(iter(found.items()))
        if in_date or langs & _label_languages():
            return month
    if in_date and not any(ch.isdigit() for ch in _key(word)):  # round 24 (``M03``: no word)
        # an abbreviation one month in every language held (``sty.``, ``जन॰``, ``Ιαν``)
        # every language held, those read in dates only too (round 26: Breton ``du``,
        # Gaelic ``faoi`` are November and January inside a date)
        held = [
            month for month, langs in found.items() if langs & (_label_languages() | _DATES_ONLY)
        ]
        if len(held) == 1:
            return held[0]
    return None


#: National languages beyond ``languages.toml``'s whose month names head a tracker's
#: columns (Serbian, Bosnian, Macedonian, Belarusian, Kazakh, Azerbaijani, Georgian,
#: Armenian, Albanian, Icelandic, Filipino, Swahili, Uzbek, Persian, Urdu, Bengali...).
#: A month word of another locale alone is read only inside a date: Breton ``here``
#: (October) and Afrikaans ``Julie`` (July) are a word and a name as headers.
_NATIONAL = frozenset(
    [
        "en",
        "sr",
        "bs",
        "mk",
        "be",
        "kk",
        "az",
        "ka",
        "hy",
        "sq",
        "is",
        "fil",
        "sw",
        "uz",
        "fa",
        "ur",
        "bn",
        "ta",
        "te",
        "mr",
        "ne",
        "si",
        "km",
        "lo",
        "my",
        "mn",
    ]
)


#: Languages of ``languages.toml`` whose month names are still read inside a date only
#: (round 18 reads Afrikaans headers; its ``Julie`` stays a name as a header, as above), or
#: where the table's or its row's languages are theirs (round 26: Breton ``Here`` is
#: English here and ``Gwen`` a name; Scottish Gaelic ``Dubh`` is black, ``Gearr`` short).
_DATES_ONLY = frozenset({"af", "br", "gd"})


@cache
def _label_languages() -> frozenset[str]:
    from addin.adopt.languages import LANGUAGES

    return (_NATIONAL | frozenset(LANGUAGES)) - _DATES_ONLY


def ambiguous_month(word: str) -> str | None:
    """Why a month word was not read, for the report (``'listopad' is October in hr,
    November in cs, pl, ...``), or None when it is no month word or was read."""
    found = months_of(word)
    if not found or month_in(word, in_date=True) is not None:
        return None
    names = "; ".join(
        f"month {month} in {', '.join(sorted(langs)[:6])}{', ...' if len(langs) > 6 else ''}"
        for month, langs in sorted(found.items())
    )
    if len(found) > 1:
        return f"{word.strip()!r} names different months by language ({names})"
    return f"{word.strip()!r} is a month ({names}) but also a common word"


@contextmanager
def languages_in(languages: Iterable[str]) -> Iterator[None]:
    """Inside, month words are read in ``languages`` first (ISO 639 codes)."""
    token = _LANGUAGES.set(_LANGUAGES.get() | frozenset(languages))
    try:
        yield
    finally:
        _LANGUAGES.reset(token)


def current_languages() -> frozenset[str]:
    """The languages set by :func:`languages_in` (the table being adopted's), or none."""
    return _LANGUAGES.get()


def column_languages(texts: Iterable[object]) -> frozenset[str]:
    """The languages every month word a column's cells write that CLDR reads alone shares
    (``14 listopadu 2026`` is Czech only: the column's ``listopad`` is then Czech November);
    empty when the cells write none or disagree."""
    shared: frozenset[str] | None = None
    for text in texts:
        if not isinstance(text, str):
            continue
        for word in words_of(text):
            found = months_of(word)
            if len(found) != 1 or _common(word):
                continue
            langs = next(iter(found.values()))
            shared = langs if shared is None else shared & langs
            if not shared:
                return frozenset()
    return shared or frozenset()


#: Round 26: the fewest cells of a header row naming months of one language that read its
#: short month names (two letters, one Indic syllable cluster) in that language.
ROW_MONTHS = 3


def row_languages(texts: Iterable[object]) -> frozenset[str]:
    """The languages a row's month names share, when three cells or more name a month CLDR
    gives ONE month and no other meaning (round 26): a short month (Hindi ``मई``, Marathi
    ``मे``, Breton ``Du``) is then read in those languages, as a month where the row's other
    cells are months of the same language. Empty for a row of English months (read by the
    hand list) or one whose month names share no language: a lone ``Me`` or ``Du`` among
    other headers stays a word."""
    shared: frozenset[str] | None = None
    cells = 0
    for text in texts:
        if not isinstance(text, str):
            continue
        named = [
            next(iter(found.values()))
            for word in words_of(text)
            if len(found := months_of(word)) == 1 and _key(word) not in _other_meanings()
        ]
        if len(named) != 1:
            continue  # no month, or two (a range, a sentence): no label to count
        cells += 1
        shared = named[0] if shared is None else shared & named[0]
        if not shared:
            return frozenset()
    if cells < ROW_MONTHS or not shared or "en" in shared:
        return frozenset()
    return shared


@cache
def date_words() -> frozenset[str]:
    """The words CLDR's date patterns write around a date's parts, folded (Latvian
    ``gada``, Lithuanian ``m`` and ``d``, Spanish and Portuguese ``de``, Russian ``г``)."""
    return frozenset(_table()["date_words"])


@cache
def month_label_words() -> frozenset[str]:
    """Round 42 (tx42): the words a language's own year-month patterns write around a
    month and its year (Russian ``ноябрь 2026 г.``: ``г``; Latvian ``2026. g. nov.``: ``g``;
    Vietnamese ``tháng 11, 2026``, ``thg 11 2026``; Mongolian ``2026 оны 11-р сар``),
    folded, beside :func:`date_words`."""
    return frozenset(_table()["month_label_words"]) | date_words()


def compact_multiplier(word: str) -> float | None:
    """The multiplier of a word of CLDR's compact amounts (``mln`` 1e6, ``tys.`` 1e3, ``万``
    1e4, ``लाख`` 1e5) when every [coverage] language writing it gives one (round 23)."""
    found = _table()["compact_words"].get(_key(word))
    return float(found) if found else None


@cache
def weekdays() -> frozenset[str]:
    """Every weekday name of the languages of ``[coverage]`` (wide, abbreviated, short; format
    and stand-alone), folded, none that is also a month word (round 23)."""
    return frozenset(_table()["weekdays"])


def weekday_number(name: str) -> int | None:
    """The day (0 = Monday .. 6 = Sunday) a weekday name of a language of ``[coverage]``
    names (``Montag``, ``lun.``, ``пн``, ``月曜日``), when every language writing it gives one
    day (round 24); None otherwise."""
    found = _table()["weekday_numbers"].get(_key(name))
    return int(found) if found is not None else None


def date_order(language: str) -> str | None:
    """``dmy``, ``mdy`` or ``ymd``: the order of a language's short dates in CLDR."""
    order = _table()["date_orders"].get(language)
    return str(order) if order else None


@cache
def currency_codes() -> frozenset[str]:
    """Every ISO 4217 code CLDR names."""
    return frozenset(_table()["currency_codes"])


def currency_of_mark(mark: str) -> str | None:
    """The ISO code of a currency symbol or code (``zł`` -> PLN, ``₸`` -> KZT, ``eur`` ->
    EUR), when CLDR gives it one currency in every locale; None for ``$``, ``kr``, ``¥``
    (several) and anything else."""
    text = mark.strip()
    if text.upper() in currency_codes() and len(text) == 3 and text.isalpha():
        return text.upper()
    for candidate in (text, text.rstrip("."), f"{text.rstrip('.')}."):
        codes = _table()["currency_symbols"].get(candidate)
        if codes:
            return str(codes[0]) if len(codes) == 1 else None
    return None


def codes_of_mark(mark: str) -> frozenset[str]:
    """Round 30: every ISO code CLDR writes a currency symbol for (``$``: the dollars and
    pesos; ``£``: the pounds), in any locale."""
    return frozenset(str(c) for c in _table()["currency_symbols"].get(mark.strip(), ()))


@cache
def currency_names() -> dict[str, str]:
    """Round 26's last hour: a currency's name written as one word in a language of
    ``[coverage]`` (``euros``, ``Euro``, ``eura``, ``złoty``, ``欧元``), folded, -> its ISO code,
    where the word names one currency in every such language (``dollar`` names none)."""
    return {str(k): str(v) for k, v in _table()["currency_names"].items()}


@cache
def currency_nouns() -> dict[str, str]:
    """Round 27: the noun of a currency's name of several words, in a language official
    where the currency is used, folded, -> its ISO code, where the noun names one currency
    in every language of ``[coverage]`` (Portuguese ``reais``, Polish ``złote``,
    ``złotych``); ``korun``, ``dólares``, ``franków`` name several and are left out."""
    return {str(k): str(v) for k, v in _table()["currency_nouns"].items()}


@cache
def currency_phrases() -> dict[tuple[str, ...], str]:
    """Round 27: a currency's name of several words whose noun names several currencies
    (Czech ``českých korun``, Spanish ``dólares estadounidenses``), as its folded words
    sorted (the words may stand in either order: ``korun českých``), -> its ISO code."""
    return {tuple(str(k).split()): str(v) for k, v in _table()["currency_phrases"].items()}
