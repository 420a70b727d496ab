"""Builds ``cldr_tables.json``, the compact table :mod:`addin.adopt.cldr` reads, from Unicode
CLDR as the ``babel`` package carries it (round 17). Run once after upgrading babel::

    .venv/bin/python -m addin.adopt.cldr_build

Adoption never imports this module (nor babel): it reads the table the build wrote.
``tests/test_adopt_round17_cldr.py`` rebuilds the table and compares, so a table that no
longer matches the installed CLDR fails a test rather than drifting.

The table holds, for every locale CLDR has (by language):

- ``months``: each month name (wide and abbreviated, format and stand-alone forms: the
  genitive ``marca`` and ``března`` are CLDR's format forms), accent- and case-folded by
  :func:`addin.adopt.languages.fold`, a trailing dot dropped, a particle before it dropped
  (Catalan ``de març``), as ``{word: {month: [languages]}}``; ``months_in_dates_only``: the
  wide format forms no locale writes standing alone (a genitive: read inside a date only);
- ``date_words``: the words date patterns write around a date's parts (Latvian ``gada``,
  Lithuanian ``m.`` and ``d.``, Spanish ``de``), dropped when a date is read;
- ``date_orders``: the order of day, month and year in each language's short date
  pattern (``dmy``, ``mdy``, ``ymd``);
- ``numbers``: each language's decimal and group symbols;
- ``compact_words`` (round 23): the words of CLDR's short compact number patterns of the
  languages of ``[coverage]`` (Polish ``tys.`` and ``mln``, Russian ``млн``, Japanese
  ``万``), folded, a trailing dot dropped, each with its multiplier (``mln`` 1e6, ``万`` 1e4),
  only those every language writing them gives ONE multiplier (``mil`` is a million in
  Czech, a thousand in Portuguese: left out), a thousand to ten million, a Latin word of
  three letters or more, no month word (:func:`_compact_word_kept`);
- ``weekdays`` (round 23): each weekday name (wide and abbreviated, format and
  stand-alone forms; not CLDR's two-letter short ones: English ``We`` and ``Mo`` are
  words) of the languages of ``languages.toml``'s ``[coverage]``, folded, a trailing dot
  dropped, whole (``chu nhat``, ``dé domhnaigh`` folded, ``日曜日``), leaving
  out any that is also a month word of some locale (Spanish ``mar.`` is Tuesday, English
  ``Mar`` March): dropped before or after a date when the rest is a date;
- ``weekday_numbers`` (round 24): the day (0 = Monday) each of those weekday names is,
  when every language writing it gives one day (a weekday beside a date tells its order);
- ``currencies``: every ISO 4217 code CLDR names, and each currency symbol a locale writes
  (``zł``, ``Kč``, ``₴``, ``лв.``, ``₸``, ``₦``, ``RM``, ``Rp``) with the codes it stands for;
- ``currency_names`` (round 26's last hour): each name of a currency some territory uses
  today that CLDR writes as ONE word in a language of ``[coverage]`` (its display name or a
  plural form: ``euros``, ``Euro``, ``eura``, ``złoty``, ``forint``, ``欧元``, ``人民币``),
  folded, with its code, only where the word names one currency in every such language
  (``dollar``, ``franc``, ``pound`` name several and are left out; a name of two words,
  ``real brasileiro``, is no single word to find).
- ``currency_nouns`` and ``currency_phrases`` (round 27): a currency named in its own
  country's language by a name of two words or more (Portuguese ``reais brasileiros``,
  Polish ``złote polskie`` / ``złotych polskich``, Czech ``českých korun``, Spanish ``dólares
  estadounidenses``). The name's noun is the word at the place the language puts a
  currency's noun (:func:`_noun_places`: first in Portuguese, Polish, Spanish, last in
  Czech, English, Hungarian); a noun naming one currency in every language of
  ``[coverage]`` (``reais``, ``złote``, ``złotych``) is kept alone; a noun naming several
  (``korun``, ``dólares``, ``franków``) only with the rest of its name, as an unordered
  phrase (``ceskych korun``, ``dolares estadounidenses``). Only the names of a currency in a
  language official in a territory using it, so the table stays small and an adjective
  alone (``brasileiro``) is never a currency.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

from addin.adopt.languages import INNER_DOT, fold, load_vocabularies, words_of

TABLE = Path(__file__).with_name("cldr_tables.json")

#: Words before a month name in a format form that are no part of it (Catalan ``de març``,
#: ``d'abril``; Galician and Asturian ``de xineru``).
_PARTICLES = frozenset({"de", "d", "del", "di", "of"})
_ORDER_LETTERS = re.compile(r"[yMLd]")


def _order(pattern: str) -> str | None:
    """``dd/MM/y`` -> ``dmy``; None for a pattern without the three parts."""
    seen: list[str] = []
    for letter in _ORDER_LETTERS.findall(re.sub(r"'[^']*'", "", pattern)):
        part = {"y": "y", "M": "m", "L": "m", "d": "d"}[letter]
        if part not in seen:
            seen.append(part)
    return "".join(seen) if len(seen) == 3 else None


#: The day whose currencies are named (round 26's last hour): fixed, so the table is
#: rebuilt the same on any day; moved when babel is upgraded.
_NAMES_ON = date(2026, 1, 1)


#: The multipliers a compact amount is read with: a thousand to ten million (lakh, crore,
#: 万 between). Above, long- and short-scale languages give one word two values for a
#: person (``bilj``, ``bil``: a thousand million or a million million).
_COMPACT_SIZES = (1e3, 1e7)


def _compact_word_kept(word: str, size: float, months: dict[str, Any]) -> bool:
    """A compact pattern's word read as a multiplier: one word, not a month, in the sizes
    above, and a Latin one of three letters at least (``km``, ``th``, ``mi`` are units and
    endings before they are multipliers; ``k`` and ``m`` are the hand list's)."""
    if " " in word or word in months or not _COMPACT_SIZES[0] <= size <= _COMPACT_SIZES[1]:
        return False
    return len(word) >= 3 or not word.isascii()


def _noun_places(names: dict[str, list[tuple[str, list[str]]]]) -> dict[str, int]:
    """Where each language puts a currency's noun in its names of several words: first
    (index 0) or last (-1), whichever place more names share with another currency's name
    (``Dólar americano`` / ``Dólar canadense``: the noun first; ``česká koruna`` / ``dánská
    koruna``: last). ``names`` maps a language to its (code, words) names of several words."""
    places: dict[str, int] = {}
    for language, named in names.items():
        shared = {}
        for place in (0, -1):
            codes: dict[str, set[str]] = {}
            for code, words in named:
                codes.setdefault(words[place], set()).add(code)
            shared[place] = sum(1 for _, words in named if len(codes[words[place]]) > 1)
        places[language] = 0 if shared[0] > shared[-1] else -1
    return places


def _currency_nouns(
    names: dict[str, list[tuple[str, list[str]]]], own: set[tuple[str, str]]
) -> tuple[dict[str, str], dict[str, str]]:
    """(``currency_nouns``, ``currency_phrases``): module docstring. ``own`` holds the
    (language, code) of a currency used in a territory where the language is official."""
    places = _noun_places(names)
    nouns: dict[str, set[str]] = {}
    phrases: dict[str, set[str]] = {}
    for language, named in names.items():
        for code, words in named:
            nouns.setdefault(words[places[language]], set()).add(code)
            phrases.setdefault(" ".join(sorted(words)), set()).add(code)
    kept_nouns: dict[str, str] = {}
    kept_phrases: dict[str, str] = {}
    for language, named in names.items():
        for code, words in named:
            if (language, code) not in own:
                continue
            noun = words[places[language]]
            phrase = " ".join(sorted(words))
            if nouns[noun] == {code}:
                kept_nouns[noun] = code
            elif phrases[phrase] == {code}:
                kept_phrases[phrase] = code
    return dict(sorted(kept_nouns.items())), dict(sorted(kept_phrases.items()))


#: The skeletons of a month written with its year (CLDR's "year-month" formats).
_YEAR_MONTH_SKELETONS = ("yM", "yMM", "yMMM", "yMMMM")


def _month_label_literals(locale: Any) -> set[str]:
    """Round 42 (tx42): the words a language's own year-month patterns write around the
    month and the year (Russian ``LLL y 'г'.``: ``г``; Latvian ``y. 'gada'. MMMM``; Vietnamese
    ``'tháng' MM, y``; Armenian ``y թ. MMM``, whose letters stand unquoted), folded."""
    found: set[str] = set()
    for skeleton in _YEAR_MONTH_SKELETONS:
        pattern = str(getattr(locale.datetime_skeletons.get(skeleton), "pattern", ""))
        for quoted in re.findall(r"'([^']+)'", pattern):
            found.update(w for w in words_of(quoted) if _label_word(w))
        bare = re.sub(r"'[^']*'|[A-Za-z]", " ", pattern)
        found.update(w for w in words_of(bare) if _label_word(w))
    return found


def _label_word(word: str) -> bool:
    """A word of letters only (no digit, no ``#`` of a numbered month name)."""
    return word.isalpha()


def build() -> dict[str, Any]:
    """The table (module docstring), from the installed babel."""
    from babel import Locale, localedata
    from babel.core import get_global
    from babel.languages import get_official_languages
    from babel.numbers import (
        get_decimal_symbol,
        get_group_symbol,
        get_territory_currencies,
        list_currencies,
    )

    months: dict[str, dict[int, set[str]]] = {}
    labels: set[str] = set()  # the words some locale writes standing alone (a month label)
    orders: dict[str, str] = {}
    numbers: dict[str, list[str]] = {}
    symbols: dict[str, set[str]] = {}
    literals: set[str] = set()  # words a date pattern writes around its parts ("gada")
    label_words: set[str] = set()  # round 42: words a month label writes ("г", "thang")
    weekdays: set[str] = set()
    numbers_of: dict[str, set[int]] = {}  # each weekday name's days (0 = Monday)
    compact: dict[str, set[float]] = {}
    coverage = set(load_vocabularies()["coverage"]["languages"])
    codes = sorted(list_currencies())
    # the currencies some territory uses on the day CLDR's data names (round 26's last
    # hour): a withdrawn one's name (the Polish złoty of 1950) is no amount's unit today
    in_use = {
        code
        for territory in get_global("territory_currencies")
        for code in get_territory_currencies(territory, _NAMES_ON)
    }
    names: dict[str, set[str]] = {}
    several: dict[str, list[tuple[str, list[str]]]] = {}  # round 27: names of 2+ words
    own = {
        (language, code)
        for territory in get_global("territory_currencies")
        for language in get_official_languages(territory, de_facto=True)
        if language in coverage
        for code in get_territory_currencies(territory, _NAMES_ON)
    }
    for identifier in sorted(localedata.locale_identifiers()):
        try:
            locale = Locale.parse(identifier)
        except Exception:  # a locale babel lists but cannot load: skipped
            continue
        language = locale.language
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for month, name in locale.months.get(context, {}).get(width, {}).items():
                    # Thai and Lao abbreviate with dots inside ("ม.ค."): one word (round 24)
                    name = INNER_DOT.sub("", str(name))
                    if str(int(month)) in re.findall(r"\d+", name):
                        # round 42 (tx42): a month named by a word and its number
                        # (Vietnamese ``thg 11``, Mongolian ``11-р сар``): the word marks it
                        label_words.update(w for w in words_of(name) if _label_word(w))
                    words = [w for w in words_of(name) if w not in _PARTICLES]
                    if len(words) != 1 or words[0].isdigit():
                        continue  # "Meán Fómhair", "1月": no single word to read
                    months.setdefault(words[0], {}).setdefault(int(month), set()).add(language)
                    if context == "stand-alone" or width == "abbreviated":
                        labels.add(words[0])
        if language in coverage and identifier == language:
            for by_size in locale.compact_decimal_formats.get("short", {}).values():
                for size, pattern in by_size.items():
                    text = re.sub(r"'([^']*)'", r"\1", str(getattr(pattern, "pattern", pattern)))
                    zeros = text.count("0")
                    word = fold(re.sub(r"[0#¤\s\u00a0\u200e\u200f]+", " ", text)).strip()
                    word = word.rstrip(".").strip()
                    if zeros and word:
                        compact.setdefault(word, set()).add(int(size) / 10 ** (zeros - 1))
        if language in coverage:
            for context in ("format", "stand-alone"):
                # not CLDR's "short" width: its two-letter forms are words ("We", "Mo")
                for width in ("wide", "abbreviated"):
                    for day, name in locale.days.get(context, {}).get(width, {}).items():
                        weekdays.add(fold(str(name)).strip().rstrip("."))
                        numbers_of.setdefault(fold(str(name)).strip().rstrip("."), set()).add(
                            int(day)
                        )
        if identifier == language:  # the language's own locale (en = en_US, pt = pt_BR)
            short = locale.date_formats.get("short")
            order = _order(getattr(short, "pattern", "")) if short is not None else None
            if order:
                orders[language] = order
            numbers[language] = [get_decimal_symbol(locale), get_group_symbol(locale)]
        for width in ("full", "long", "medium", "short"):
            pattern = getattr(locale.date_formats.get(width), "pattern", "")
            for quoted in re.findall(r"'([^']+)'", pattern):
                literals.update(w for w in words_of(quoted) if not w.isdigit())
        label_words.update(_month_label_literals(locale))
        if language in coverage and identifier == language:
            plural = locale._data["currency_names_plural"]
            for code in in_use:
                forms = {str(locale.currencies.get(code) or "")}
                forms.update(str(f) for f in (plural.get(code) or {}).values())
                for form in forms:
                    words = words_of(form)
                    if len(words) == 1 and not words[0].isdigit():
                        names.setdefault(words[0], set()).add(code)
                    elif len(words) > 1 and not any(w.isdigit() for w in words):
                        several.setdefault(language, []).append((code, words))
        for code, symbol in locale.currency_symbols.items():
            mark = str(symbol).strip()
            if code in codes and mark and mark != code and not mark.isdigit():
                symbols.setdefault(mark, set()).add(code)
    nouns_and_phrases = _currency_nouns(several, own)
    return {
        "source": "Unicode CLDR through babel (python -m addin.adopt.cldr_build)",
        "months": {
            word: {str(m): sorted(langs) for m, langs in sorted(by_month.items())}
            for word, by_month in sorted(months.items())
        },
        # format forms no locale writes alone: the genitive "marca", "března" (dates only)
        "months_in_dates_only": sorted(set(months) - labels),
        "date_orders": dict(sorted(orders.items())),
        "date_words": sorted(literals),
        # round 42 (tx42): the words of each language's own year-month patterns
        "month_label_words": sorted(label_words - set(months)),
        "numbers": dict(sorted(numbers.items())),
        # two letters at least: CLDR's narrow-like short forms ("b", "c") are no word to drop
        "compact_words": {
            word: next(iter(sizes))
            for word, sizes in sorted(compact.items())
            if len(sizes) == 1 and _compact_word_kept(word, next(iter(sizes)), months)
        },
        "weekdays": sorted(w for w in weekdays if len(w) >= 2 and w not in months),
        # round 24: the day (0 = Monday) of each of those names one day in every language
        "weekday_numbers": {
            w: next(iter(days))
            for w, days in sorted(numbers_of.items())
            if len(w) >= 2 and w not in months and len(days) == 1
        },
        "currency_codes": codes,
        "currency_symbols": {mark: sorted(c) for mark, c in sorted(symbols.items())},
        "currency_names": {name: next(iter(c)) for name, c in sorted(names.items()) if len(c) == 1},
        "currency_nouns": nouns_and_phrases[0],
        "currency_phrases": nouns_and_phrases[1],
    }


def write() -> Path:
    """Writes the table beside this module, compact, and returns its path."""
    TABLE.write_text(
        json.dumps(build(), ensure_ascii=False, separators=(",", ":"), sort_keys=True) + "\n",
        encoding="utf-8",
    )
    return TABLE


if __name__ == "__main__":
    print(write())
