"""The unit an amount column's header states: ``Budget (£k)``, ``Cost £000s``, ``in TEUR``.

Finance people write amounts in thousands or millions and say so once, in the header:
``Budget (£k)``, ``Cost (£000)``, ``Forecast £'000``, ``Cost £000s``, ``(000's)``,
``Budget ($M)``, ``(€m)``, ``Amount (k€)``, ``Kosten (TEUR)``, ``(T€)``, ``in Tsd. EUR``,
``(Mio. €)``, ``(Mrd)``, ``USD millions``, ``in thousands``, ``(lakhs)``, ``(crore)``; and
(round 20) in the sheet's language, through ``languages.toml``'s ``units`` words
(``Importes en miles de euros``, ``en milliers d'euros``, ``w tys. zł``, ``тыс. руб.``).
:func:`header_unit` finds that unit and the words that state it, so the column's amounts are
scaled (12 under ``Budget (£k)`` is 12,000) and the report and the mapping file say so
(reading ``amount_units``, :mod:`addin.adopt.readings`).

A unit must stand as a unit: a letter alone (``k``, ``m``, ``M``) only in brackets or after
``in`` (``Budget (m)``, ``Cost in k``); with a currency mark beside it anywhere (``£k``,
``$m``, ``k€``, ``TEUR``, ``£000s``); or as a word (``thousands``, ``millions``). So
``Cost (GBP)``, ``M1 Budget``, ``Kosten``, ``Cost (T&M)`` and ``Mark`` state none.
"""

from __future__ import annotations

import re

_CODES = r"gbp|eur|usd|chf|aud|cad|inr|sgd|jpy|nzd|zar|sek|nok|dkk"
#: The currency codes a header or title states its amounts in (one list: units read them
#: beside a multiple, :mod:`addin.adopt.match` drops them from a header's words).
CURRENCY_CODES = _CODES
_MARK = rf"(?:[£$€¥₹]|{_CODES})"
#: Round 21: the Scandinavian krone / krona as a title writes it (``1000 kr``): a unit only
#: beside a stated multiple, never a currency on its own (:mod:`addin.adopt.currency`).
_KR = r"(?:kr|kroner|kronor)"
#: ``1000``, ``1 000``, ``1.000``, ``1,000``, ``1'000`` written as the multiple itself, not
#: a figure (no further digits or decimals after it)
_ONE_THOUSAND = r"1[ .,'\u00a0]?000(?![0-9]|[.,]\d)"
_ONE_MILLION = r"1[ .,'\u00a0]?000[ .,'\u00a0]?000(?![0-9]|[.,]\d)"
#: Red team of round 21: a figure after a comparison is a threshold, not the amounts'
#: multiple (``Explain variances over 1000 EUR``, ``Grants up to 1 000 000 NOK need board
#: approval``, ``Petty cash (max. 1000 kr)``, ``> 1000 €``): a sign, or a comparison word in
#: English or a language the multiple is written in (Scandinavian, German, French,
#: Spanish). A comparison in another language is not seen: the unit read is then stated in
#: the report and the mapping file (``amount_units``), where a PMO corrects it.
THRESHOLD_WORDS = (
    "over", "above", "under", "below", "up to", "more than", "less than", "exceeding",
    "exceeds", "at least", "at most", "max", "maximum", "min", "minimum", "limit",
    "threshold", "inntil", "opptil", "mer enn", "mindre enn", "mer än", "mindre än",
    "upp till", "op til", "über", "unter", "bis", "ab", "mehr als", "weniger als",
    "plus de", "moins de", "jusqu'à", "au-delà de", "más de", "menos de", "hasta",
)  # fmt: skip
#: A figure after ``per`` or before ``per`` / ``/`` is a rate's base (``Cost per 1000 EUR``,
#: ``Grant 1000 EUR per participant``), and after ``from`` a lower bound: no multiple either.
RATE_WORDS = ("per", "pro", "par", "from")
#: A number in brackets after a code's label is that code (``cost centre (1000)``,
#: ``Account (1000)``, ``Fund (1000)``), not the multiple a bare ``(1000)`` states.
CODE_LABELS = (
    "cost centre", "cost center", "cc", "account", "acct", "gl", "fund", "code", "no",
    "nr", "number", "wbs", "job", "project", "kostenstelle", "konto", "kostnadsställe",
    "ansvar", "centro de coste", "centre de coût",
)  # fmt: skip
_BEFORE = "|".join(re.escape(w) for w in (*THRESHOLD_WORDS, *RATE_WORDS, *CODE_LABELS))
#: the text before a unit ending in a comparison, a rate's ``per`` or a code's label (see
#: :func:`header_unit`)
_COMPARED = re.compile(rf"(?:[<>≤≥]|(?<!\w)(?:{_BEFORE})\.?:?)\s*$", re.IGNORECASE)
#: the text after a unit opening with a rate's ``per`` or ``/`` (``1000 EUR per head``)
_RATE_AFTER = re.compile(r"^\s*(?:/|(?:per|pro|par)\b)", re.IGNORECASE)

#: (pattern over the folded header, factor, what it is called in the report)
_UNITS: tuple[tuple[re.Pattern[str], float, str], ...] = tuple(
    (re.compile(pattern), factor, name)
    for pattern, factor, name in (
        # thousands: £k, k€, kEUR, EURk, TEUR, T€, Tsd., '000, 000s, thousands
        (rf"(?<![a-z0-9]){_MARK}\s?k(?![a-z0-9])", 1e3, "thousands"),
        (rf"(?<![a-z0-9])k\s?{_MARK}(?![a-z0-9])", 1e3, "thousands"),
        (rf"(?<![a-z0-9])t\s?(?:{_CODES}|€)(?![a-z0-9])", 1e3, "thousands"),
        (r"(?<![a-z0-9])tsd\b\.?", 1e3, "thousands"),
        # round 34 (v36l): the Scandinavian thousand crowns (``Budget (t.kr.)``, ``Utfall
        # tkr``, ``Budsjett (TNOK)`` is a code's already) and millions (``mkr``, ``mio. kr``)
        (rf"(?<![a-z0-9])t\.?\s?{_KR}(?![a-z0-9])\.?", 1e3, "thousands"),
        (rf"(?<![a-z0-9])(?:m|mio|mn)\.?\s?{_KR}(?![a-z0-9])\.?", 1e6, "millions"),
        # (not the last group of a written figure: ``1 000 000 NOK`` is millions, round 21)
        (rf"(?<![a-z0-9])(?<!\d[ .,'\u00a0]){_MARK}?\s?'?000(?:'?s)?(?![0-9])", 1e3, "thousands"),
        (r"\bthousands?\b", 1e3, "thousands"),
        # round 34 (v36f): Hungarian ``eFt`` / ``E Ft`` / ``ezer Ft`` (ezer forint: a
        # thousand forints), as a Hungarian cost report heads its figures
        (r"(?<![a-z0-9])e\.?\s?ft(?![a-z0-9])|\bezer\s(?:ft|forint|huf)\b", 1e3, "thousands"),
        (r"[(\[]\s*k\s*[)\]]|\bin k\b", 1e3, "thousands"),
        (r"\bx\s?1[,.]?000\b(?![,.]?\d)", 1e3, "thousands"),
        # round 21: the multiple written as a number before the currency (``Beløp i 1000 kr``,
        # ``(1.000 EUR)``, ``in 1 000 €``) or bracketed alone (``(1000)``): thousands
        (rf"(?<![0-9.,]){_ONE_THOUSAND}\s?(?:{_MARK}|{_KR})(?![a-z])", 1e3, "thousands"),
        # (``in 1000`` before another word counts something else: ``in 1000 days``)
        (
            r"[(\[]\s*1[ .,']?000\s*[)\]]|\bin 1[ .,']?000\b(?![ .,']?\d)(?!\s*[^\W\d_])",
            1e3,
            "thousands",
        ),
        # millions: £m, $M, €m, m€, mEUR, MEUR, Mio., mn, MM, millions
        (rf"(?<![a-z0-9]){_MARK}\s?(?:m|mm|mn|mio\.?)(?![a-z0-9])", 1e6, "millions"),
        (rf"(?<![a-z0-9])(?:m|mm|mn)\s?{_MARK}(?![a-z0-9])", 1e6, "millions"),
        (r"(?<![a-z0-9])mio\b\.?", 1e6, "millions"),
        (r"\bmillions?\b", 1e6, "millions"),
        # round 34 (v36f): Hungarian ``MFt`` / ``millió Ft`` (a million forints)
        (r"(?<![a-z0-9])m\.?ft(?![a-z0-9])|\bmillió\s(?:ft|forint|huf)\b", 1e6, "millions"),
        (r"[(\[]\s*(?:m|mm|mn)\s*[)\]]|\bin (?:m|mn)\b", 1e6, "millions"),
        (r"\bx\s?1[,.]?000[,.]?000\b", 1e6, "millions"),
        (rf"(?<![0-9.,]){_ONE_MILLION}\s?(?:{_MARK}|{_KR})(?![a-z])", 1e6, "millions"),
        # billions: £bn, $bn, Mrd., billions
        (rf"(?<![a-z0-9]){_MARK}\s?bn(?![a-z0-9])", 1e9, "billions"),
        (r"(?<![a-z0-9])mrd\b\.?|\bbillions?\b|[(\[]\s*bn\s*[)\]]", 1e9, "billions"),
        # the Indian numbering system: a lakh is 100,000, a crore 10,000,000
        (r"\b(?:lakhs?|lacs?)\b", 1e5, "lakhs"),
        (r"\bcrores?\b", 1e7, "crores"),
        # round 16: Japanese, Chinese and Korean units of money (``単位：千円``, ``百万円``,
        # ``万元``, ``亿元``, ``천원``, ``백만원``): the multiple before the currency's character
        (r"(?<![百万])千\s*(?:円|元)", 1e3, "thousands"),
        (r"(?<!千)百万\s*(?:円|元)", 1e6, "millions"),
        (r"(?<![百千])万\s*(?:円|元)", 1e4, "ten thousands"),
        (r"(?:億|亿)\s*(?:円|元)", 1e8, "hundred millions"),
        (r"(?<!백)천\s*원", 1e3, "thousands"),
        (r"백만\s*원", 1e6, "millions"),
    )
)


def header_unit(header: str) -> tuple[float, str] | None:
    """``(factor, the words that state it)`` for an amount header that states a unit
    (``Budget (£k)`` -> ``(1000.0, "£k")``), or None. Two different units (``£k`` and
    ``millions`` in one header) state none: the header contradicts itself."""
    spaced = " ".join(header.replace("\u00a0", " ").split())
    # folded a character at a time, each folded place mapped back to its character (a
    # letter may fold to two: "Maß" -> "mass"), so the words shown are the header's own
    folded = "".join(ch.casefold() for ch in spaced)
    where = [i for i, ch in enumerate(spaced) for _ in ch.casefold()]
    found: dict[float, str] = _sign_and_multiple(spaced)  # the whole text a sign's multiple
    for pattern, factor, _ in () if found else _UNITS:
        match = next((m for m in pattern.finditer(folded) if not _not_a_multiple(folded, m)), None)
        if match:
            words = spaced[where[match.start()] : where[match.end() - 1] + 1]
            found.setdefault(factor, words.strip(" ()[]") or spaced)
    if not found:
        found = _unit_in_language(spaced)
    if len(found) != 1:
        return None
    factor, words = next(iter(found.items()))
    return factor, words


#: a unit written as a number (round 21: ``1000 kr``, ``(1.000 €)``, ``in 1000``)
_WRITTEN_NUMBER = re.compile(r"(?:[(\[]\s*|in\s+)?1")


def _not_a_multiple(folded: str, match: re.Match[str]) -> bool:
    """Red team of round 21: whether a unit written as a number is a figure of another kind
    instead: after a comparison a threshold (``over 1000 EUR``), after ``per`` or before
    ``per`` / ``/`` a rate's base (``1000 EUR per participant``), after a code's label a
    code (``cost centre (1000)``). Units written as words or signs (``£k``, ``TEUR``) are
    read as before."""
    if not _WRITTEN_NUMBER.match(match.group(0)):
        return False
    return bool(
        _COMPARED.search(folded[: match.start()]) or _RATE_AFTER.match(folded[match.end() :])
    )


#: Round 31: a whole cell written as a currency's sign and a multiple after it (``Rm``,
#: ``R'000``, ``Rk``, ``KShm``, ``RM'000``, ``zł k``): the sign, the multiple.
_SIGN_MULTIPLE = re.compile(r"^(?P<sign>[^\W\d_]{1,3}\.?|[^\w\s])\s?(?P<multiple>'?000|k|m|mn|bn)$")
#: the multiples those cells write, by their factor
_SIGN_FACTORS = {"'000": 1e3, "000": 1e3, "k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9}
#: signs a multiple's letter or a measure's unit would read as (``Km``: kilometres; ``Mm``,
#: ``Gm``, ``Tm``, ``Bm``): never a currency's sign here
_NOT_SIGNS = frozenset({"k", "m", "g", "t", "b", "c", "d", "h", "n", "p", "mm", "cm", "dm"})


def _sign_and_multiple(spaced: str) -> dict[float, str]:
    """Round 31: the multiple a cell written as a currency's sign and a multiple ALONE
    states (``Rm`` under a forecast column: rand millions; ``KSh'000``): the sign one CLDR
    writes for a currency in some locale (:func:`addin.adopt.cldr.codes_of_mark`), the
    multiple right after it. The marks :data:`_MARK` reads (``£k``) are read above; this
    reads the other currencies' signs, only as the whole text (a units row's cell or a
    header of only the unit), so ``Rm 4`` (a room), ``Km`` (kilometres), ``Mm`` and a sign
    no currency writes (``Xm``) state nothing."""
    from addin.adopt.cldr import codes_of_mark

    match = _SIGN_MULTIPLE.match(spaced.strip(" ()[]"))
    if match is None:
        return {}
    sign, multiple = match.group("sign"), match.group("multiple")
    if sign.casefold().rstrip(".") in _NOT_SIGNS or not codes_of_mark(sign):
        return {}
    if sign.islower() and len(sign) == 1:
        return {}  # a lower-case letter alone (``rm``) is a word's start, not a sign
    return {_SIGN_FACTORS[multiple.casefold()]: spaced.strip(" ()[]")}


#: An abbreviation in capitals standing alone (two or three letters, no dot after it, no
#: currency code or sign next to it): ``TIS``, a system's name.
_ACRONYM = re.compile(r"(?<![\w.])[A-Z]{2,3}(?![\w.])(?!\s*(?:[A-Z]{3}\b|[^\w\s()\-–—:;,/|.]))")
#: A unit line's short preposition before its unit (``in TSD``, ``v TIS``, ``w TYS``).
_UNIT_PREPOSITION = re.compile(r"(?:^|\s)[a-z]{1,2}\s+$")


def _acronyms_out(text: str) -> str:
    """``text`` without its abbreviations in capitals (:data:`_ACRONYM`) that follow no short
    preposition (``TIS replacement`` -> `` replacement``; ``Kosten in TSD`` stays)."""
    return _ACRONYM.sub(
        lambda m: m.group(0) if _UNIT_PREPOSITION.search(text[: m.start()]) else " ", text
    )


def _unit_in_language(spaced: str) -> dict[float, str]:
    """Round 20: the unit a header or title states in its own language (``Importes en miles
    de euros``, ``w tys. zł``, ``dalam jutaan rupiah``), read through ``languages.toml``'s
    ``units`` words as the English word it stands for; factor -> the header's words."""
    from addin.adopt.languages import outside_phrases, translate

    if not any(ch.isalpha() for ch in spaced):
        return {}
    read = spaced
    if any(ch.islower() for ch in spaced):
        # red team of round 37 (rt37): in a text of lower-case words, an abbreviation in
        # capitals without its dot, no currency after it and no ``in`` before it is an
        # acronym (``TIS replacement``, a system's name), not a unit (``v tis. Kč``,
        # ``TSD EUR``, ``in TSD`` still are)
        read = _acronyms_out(spaced)
    reading = translate(read, "units")
    if reading and any(ch.islower() for ch in spaced):
        # round 42: a unit word inside a header phrase the vocabulary reads is that
        # phrase's word (Vietnamese ``Ngân sách``, the budget, is no ``ngàn``, thousands)
        reading = translate(outside_phrases(read), "units")
    if not reading:
        return {}
    found: dict[float, str] = {}
    for pattern, factor, _ in _UNITS:
        if pattern.search(reading):
            found.setdefault(factor, spaced)
    return found


def unit_name(factor: float) -> str:
    """``thousands``, ``millions``... for a factor of the table above, else ``x factor``."""
    names = {f: name for _, f, name in _UNITS}
    return names.get(factor, f"x {factor:g}")


#: Round 17: effort written with its unit in the cell, as scheduling tools export work and
#: durations (MS Project's ``40h`` / ``40 hrs`` / ``5d`` / ``1.5 wks``, Smartsheet's ``5d``,
#: Wrike's and P6's ``40h``): the number and the unit it states.
_EFFORT_VALUE = re.compile(
    r"^\s*(\d{1,3}(?:[,\u00a0\u202f ]\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?)\s*"
    r"(h|hr|hrs|hour|hours|d|dy|dys|day|days|w|wk|wks|week|weeks|%)\.?\s*\??\s*$",
    re.IGNORECASE,
)
#: A figure whose thousands are grouped (``1,200``, ``1 200``): a comma before three digits
#: and no decimal comma after is a thousands separator, as in every amount (``2,5`` stays 2.5).
_GROUPED = re.compile(r"^[1-9]\d{0,2}(?:[,\u00a0\u202f ]\d{3})+(?:\.\d+)?$")
#: Round 20: ``50%`` is a share of a person's time (an allocation plan's CSV or text cell).
_EFFORT_UNITS = {"h": "hours", "d": "days", "w": "weeks", "%": "percent"}
#: A week of effort is five working days (the standards hold no other).
DAYS_A_WEEK = 5.0


def effort_value(value: object) -> tuple[float, str] | None:
    """``(number, unit)`` for effort written with its unit (``"40h"`` -> ``(40.0,
    "hours")``, ``"1.5 wks"`` -> ``(1.5, "weeks")``, ``"5d"`` -> ``(5.0, "days")``), None for
    anything else (a bare number states no unit)."""
    if not isinstance(value, str):
        return None
    match = _EFFORT_VALUE.match(value)
    if match is None:
        return None
    unit = _EFFORT_UNITS[match.group(2)[0].lower()]
    number = match.group(1)
    if _GROUPED.match(number):  # "1,200h", "1 200 h": thousands grouped (red team of round 18)
        return float(re.sub(r"[,\u00a0\u202f ]", "", number)), unit
    return float(number.replace(",", ".")), unit


def cells_unit(values: list[object]) -> str | None:
    """The one unit every filled cell states (``hours`` for ``40h``, ``16h``...), None when
    a cell states none or two units are mixed."""
    from addin.adopt.amounts import NO_AMOUNT_WORDS

    units = set()
    for value in values:
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        if isinstance(value, str) and value.strip().casefold() in NO_AMOUNT_WORDS:
            continue  # round 22: ``N/A``, ``-``, ``TBC`` say "nothing", as an empty cell does
        read = effort_value(value)
        if read is None:
            return None
        units.add(read[1])
    return units.pop() if len(units) == 1 else None
