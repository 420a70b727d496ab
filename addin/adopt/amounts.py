"""Amounts written as text the ways finance trackers write them.

``£1.2k``, ``1.2m``, ``$3bn``, ``(1,200)`` (accounting brackets: negative), ``-1,200``,
``€ 1.234,56`` and ``1 234,56`` (a decimal comma), ``1.234.567`` (dots as thousands),
``12.500 €`` (one dot before three digits beside a currency: thousands; a bare ``1.234``
stays 1.234),
``USD 5,000``, ``5,000 GBP`` and ``5 000 €`` (a currency before or after), ``£(1,200)``,
``1.2 million``, ``1'234.50`` (Swiss), ``1,200.00-`` (a trailing minus, as ERP exports write it).
Spaces or apostrophes inside the number must separate groups of three (``1 234 567``):
``07700 900123`` or ``+44 20 7946 0958`` is a phone number, not an amount.

The separators are read by their places: when both a comma and a dot are there, the last
one is the decimal point; a lone comma followed by one or two digits at the end is a
decimal comma (``12,50``); a comma followed by groups of three digits, or several dots
between groups of three, separate thousands. ``-``, ``n/a`` and friends are no amount
(:func:`is_no_amount`): an adopted cell stays empty and the report says so.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from addin.adopt.pasted_text import without_invisibles

#: ISO 4217 codes of the currencies registers are kept in (round 11: beyond the fourteen of
#: round 5, those of the languages in ``languages.toml`` and of large economies).
_CODES = (
    r"GBP|EUR|USD|CHF|AUD|CAD|INR|SGD|JPY|NZD|ZAR|SEK|NOK|DKK"
    r"|PLN|CZK|HUF|RON|BGN|ISK|TRY|RUB|UAH|CNY|RMB|HKD|TWD|KRW|IDR|THB|MYR|PHP|VND"
    r"|BRL|MXN|ARS|CLP|COP|PEN|AED|SAR|QAR|KWD|ILS|EGP|NGN|KES|PKR"
)
_SYMBOLS = "$£€¥₹₩₺₽₪₴₦₱฿₫"
#: Symbols of more than one character written before an amount (``US$ 1,200``, ``A$1,200``,
#: ``R$ 1.234,56``, ``Fr. 1'200``, ``RM 50``, ``Rp 50.000``) and after one (``1 234,50 zł``,
#: ``1 234 kr``, ``12 500 Kč``, ``1 200 Ft``, ``50 lei``, ``1 234 руб.``, ``50 грн``).
_BEFORE = (
    r"US\$|AU?\$|CA?\$|HK\$|NZ\$|S\$|R\$|MX\$|Fr\.|(?-i:RM|Rp)"
    # round 15: the rand (``R 1 250 000``: South Africa, Lesotho, Eswatini), the rupee
    # (``Rs. 12,500``: India, Pakistan, Sri Lanka, Nepal), the East African shillings
    # (``KSh``, ``USh``, ``TSh``), the cedi (``GH₵``), the krone or krona written before
    # (``kr 1 250``, Denmark and Norway) and the Peruvian sol (``S/ 1,200``)
    # (an ``R`` right before the digits only with thousands after it, ``R1 250``, ``R1,250``:
    # ``R1``, ``R12`` are risk IDs)
    r"|(?-i:R)(?=\s|\d{1,3}[,\s]\d{3}(?!\d))"
    r"|(?:(?-i:Rs\.?|KSh|Ksh|USh|Ush|TSh|Tsh|kr\.?)|GH₵|₵|(?-i:S/))(?![^\W\d_]|[$])"
)
_AFTER = r"zł|kr\.?|(?-i:Kč|Ft)|lei|руб\.?|грн\.?"
_SHAPE = re.compile(
    rf"^(?:(?:{_BEFORE}|[{_SYMBOLS}])\s*)?(?P<open>\()?\s*(?P<sign1>[-+\u2212])?\s*"
    rf"(?:(?:{_CODES}|{_BEFORE})\s*)?"
    rf"[{_SYMBOLS}]?\s*(?P<sign2>[-+\u2212])?\s*(?P<body>\d[\d,.'\s]*?)\s*"
    rf"(?:(?P<unit>k|m|mm|mn|mio|bn|b|mrd|thousand|million|billion|lakhs?|lacs?|crores?)\.?)?\s*"
    rf"(?:{_CODES}|{_AFTER}|[{_SYMBOLS}])?\s*"
    rf"(?P<sign3>-)?(?P<close>\))?$",
    re.IGNORECASE,
)
_PLAIN = re.compile(r"^-?\d{1,15}(?:\.\d+)?$")
_UNITS = {
    "k": 1e3,
    "thousand": 1e3,
    "m": 1e6,
    "mm": 1e6,
    "mn": 1e6,
    "mio": 1e6,
    "mrd": 1e9,
    "lakh": 1e5,
    "lakhs": 1e5,
    "lac": 1e5,
    "lacs": 1e5,
    "crore": 1e7,
    "crores": 1e7,
    "million": 1e6,
    "b": 1e9,
    "bn": 1e9,
    "billion": 1e9,
}

#: Text a finance cell holds for "no amount".
NO_AMOUNT_WORDS = frozenset(
    {"-", "–", "—", "--", "n/a", "na", "n.a.", "nil", "none", "tbc", "tbd", "tba", "?", "??"}
)


#: The currency a symbol stands for (``$`` read as USD; ``kr``, ``Rs`` and ``¥`` stand for
#: several: ``kr`` names none, ``¥`` is read as JPY).
_SYMBOL_CODES = {
    "$": "USD",
    "£": "GBP",
    "€": "EUR",
    "¥": "JPY",
    "₹": "INR",
    "₩": "KRW",
    "₺": "TRY",
    "₽": "RUB",
    "₪": "ILS",
    "₴": "UAH",
    "₦": "NGN",
    "₱": "PHP",
    "฿": "THB",
    "₫": "VND",
}
_WORD_CODES = {
    "us$": "USD",
    "a$": "AUD",
    "au$": "AUD",
    "c$": "CAD",
    "ca$": "CAD",
    "hk$": "HKD",
    "nz$": "NZD",
    "s$": "SGD",
    "r$": "BRL",
    "mx$": "MXN",
    "fr.": "CHF",
    "rm": "MYR",
    "rp": "IDR",
    "zł": "PLN",
    "kč": "CZK",
    "ft": "HUF",
    "lei": "RON",
    "руб": "RUB",
    "грн": "UAH",
    "ksh": "KES",
}
_WORD_SYMBOL = re.compile(
    r"(?<![^\W\d_])(US\$|AU?\$|CA?\$|HK\$|NZ\$|S\$|R\$|MX\$|Fr\.|(?-i:RM|Rp|Kč|Ft|KSh|Ksh)|zł|lei|руб"
    r"|грн)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)


#: ``kr``: the krona or krone of Sweden, Norway, Denmark or Iceland (a currency, but which
#: one the text does not say).
_KRONE = re.compile(r"(?<![^\W\d_])kr\.?(?![^\W\d_])", re.IGNORECASE)


def currency_in(text: str) -> str | None:
    """The currency an amount's text names (``EUR 500`` -> EUR, ``£1,000`` -> GBP,
    ``A$1,200`` -> AUD, ``1 234,50 zł`` -> PLN), or None."""
    code = re.search(rf"(?<![A-Za-z])({_CODES})(?![A-Za-z])", text, re.IGNORECASE)
    if code:
        return code.group(1).upper()
    word = _WORD_SYMBOL.search(text)
    if word:
        return _WORD_CODES[word.group(1).lower()]
    if _RAND.match(text):
        return "ZAR"
    symbol = next((c for c in text if c in _SYMBOL_CODES), None)
    if symbol is None and _YEN.search(text):
        return "JPY"
    if symbol is None and not _HAND_MARK.match(text) and (marked := cldr_mark(text)) is not None:
        return marked[1]  # round 17: any currency CLDR knows ("12 500 лв." = BGN)
    return _SYMBOL_CODES[symbol] if symbol else None


#: Round 16: the yen written as Japan writes it, ``円`` after an amount or a multiple
#: (``1,200円``, ``千円``, ``百万円``, ``（単位：円）``), never inside a word (``円滑``,
#: smooth). The yuan's ``元`` is left unread: the renminbi, the New Taiwan and Hong Kong
#: dollars are all written so.
_YEN = re.compile(r"(?:^|[\d\s（(：:千万億])円(?![\u3040-\u30ff\u4e00-\u9fff])")


#: ``R 1 250 000``, ``R1,250``: the South African rand, a capital R right before the amount
#: (round 15; the Brazilian real is ``R$``).
_RAND = re.compile(r"^\s*\(?\s*(?-i:R)(?:\s[-\u2212]?\d|\d{1,3}[,\s]\d{3}(?!\d))")


def is_no_amount(text: str) -> bool:
    """True for ``-``, ``n/a``, ``nil``... in an amount cell."""
    return " ".join(text.strip().lower().split()) in NO_AMOUNT_WORDS


#: Round 27's last hour: the Indian digit grouping, the last group of three digits and every
#: group before it of two (``12,34,567``: twelve lakh), as India writes rupees, also before a
#: decimal point (``12,34,567.00``). Groups of two after a group of three (``1,234,56.00``) or a
#: last group of two (``1,23,45.00``) are no grouping at all.
_LAKH_GROUPS = re.compile(r"\d{1,2}(?:,\d{2})+,\d{3}")


def _digits(body: str) -> str | None:
    """The body's digits with ``.`` as the decimal point, or None when the separators
    cannot be read."""
    spaced = body.strip()
    if re.search(r"[\s']", spaced) and not re.fullmatch(
        r"\d{1,3}(?:[\s']\d{3})+(?:[.,]\d+)?", spaced
    ):
        return None  # "07700 900123": spaces between groups other than thousands (a phone)
    body = re.sub(r"[\s']", "", spaced)
    commas, dots = body.count(","), body.count(".")
    if commas and dots:
        decimal = "," if body.rfind(",") > body.rfind(".") else "."
        thousands = "." if decimal == "," else ","
        whole, _, frac = body.rpartition(decimal)
        if thousands in frac or not (
            re.fullmatch(rf"\d{{1,3}}(\{thousands}\d{{3}})*", whole)
            or (thousands == "," and _LAKH_GROUPS.fullmatch(whole))
        ):
            return None
        return whole.replace(thousands, "") + "." + frac
    if commas:
        if commas == 1 and re.fullmatch(r"\d+,\d{1,2}", body):
            return body.replace(",", ".")  # 12,50: a decimal comma
        if re.fullmatch(r"\d{1,3}(,\d{2,3})*,\d{3}", body):  # also 1,23,456 (lakh)
            return body.replace(",", "")
        return None
    if dots > 1:
        return body.replace(".", "") if re.fullmatch(r"\d{1,3}(\.\d{3})+", body) else None
    return body


#: The bodies that show a column's decimal separator: a comma (``12,50``, ``1.234,56``) or a
#: point (``2.5``, ``1,234.56``, ``0.1234``). ``2.500`` shows neither: it is the question.
_COMMA_DECIMAL = re.compile(r"\d{1,3}(?:\.\d{3})+,\d+|\d+,\d{1,2}")
_POINT_DECIMAL = re.compile(r"\d{1,3}(?:,\d{3})+\.\d+|\d+\.(?:\d{1,2}|\d{4,})")
_DOT_THOUSANDS = re.compile(r"\d{1,3}\.\d{3}")
#: Round 34 (v36f): two dots or more between groups of three (``1.200.000``): the dots
#: separate thousands, so the column writes the decimal comma of the languages that do
#: (a Danish ``Regnskab`` of ``150.000`` beside ``1.310.000`` is 150,000, never 150).
_DOT_GROUPS = re.compile(r"-?[1-9]\d{0,2}(?:\.\d{3}){2,}")


def _cleaned(text: str) -> str:
    """The text with its no-break and thin spaces as spaces, stripped; without the invisible
    characters and the leading apostrophe (Excel's text prefix written out) a conversion or
    a paste leaves before an amount (round 28: ``'£ 250,00`` is 250)."""
    text = without_invisibles(text).strip().removeprefix("'")
    text = text.strip().replace("\u00a0", " ").replace("\u202f", " ").replace("\u2009", " ")
    # round 34 (v36f): whole money with its cents written as a dash (Dutch and German
    # ``€ 12.500,-``, ``250,--``, Swiss ``CHF 1'250.–``) keeps its decimal mark, so the
    # column's mark reads as before: ``12.500,-`` is 12,500.00 (a trailing minus follows a
    # digit: ``1,200.00-``, never a mark)
    return _WHOLE_DASH.sub(r"\1\g<mark>00\3", text)


#: Round 34 (v36f): the cents written as one or two dashes right after the decimal mark.
_WHOLE_DASH = re.compile(r"(\d)(?P<mark>[.,])[-\u2013\u2014]{1,2}(\s*[^\d\s]*)$")


#: A mark the lists above read and that names no one currency (``Rs.``: India, Pakistan,
#: Sri Lanka, Nepal; ``S/``, ``kr``): CLDR's one locale writing it does not decide.
_HAND_MARK = re.compile(rf"^\s*\(?\s*(?:{_BEFORE})", re.IGNORECASE)
#: ISO codes that spell English words a cell writes before a number (``TOP 5``, ``ALL 3``):
#: no currency there.
_CODES_THAT_ARE_WORDS = frozenset({"ALL", "TOP", "CUP", "MOP", "SOS", "SIT"})
#: A mark before or after an amount (round 17): a run of non-digits standing apart.
_EDGE_BEFORE = re.compile(r"^\s*(?P<mark>[^\d\s()+\-\u2212]+)\s*(?=[-+\u2212(]?\s*\d)")
_EDGE_AFTER = re.compile(r"(?<=[\d)])\s*(?P<mark>[^\d\s()]+)\s*$")


def cldr_mark(text: str) -> tuple[str, str] | None:
    """``(the amount's text without its mark, the currency's code)`` for an amount written
    with a currency symbol or ISO code the lists above lack but CLDR has, before or after it
    (``₸ 12 500``, ``12 500 лв.``, ``KES 1,200``, ``1 200 ден.``); None when the text has no
    such mark. A mark of one Latin letter (``K``, ``R``) or a multiplier (``k``, ``m``)
    names none."""
    from addin.adopt import cldr

    cleaned = _cleaned(text)
    for edge in (_EDGE_BEFORE, _EDGE_AFTER):
        match = edge.search(cleaned)
        if match is None:
            continue
        mark = match.group("mark")
        if (mark.isascii() and len(mark.rstrip(".")) < 2) or mark.lower().rstrip(".") in _UNITS:
            continue
        code = cldr.currency_of_mark(mark)
        if code is not None and mark.rstrip(".").upper() not in _CODES_THAT_ARE_WORDS:
            return (cleaned[: match.start()] + " " + cleaned[match.end() :]).strip(), code
    return None


#: ``12 TEUR``, ``12 T€`` (German Tausend): thousands, written before the currency.
_TAUSEND = re.compile(rf"(?<=[\d\s])T(?=\s*(?:{_CODES}|€))")
#: ``CHF 1'200.-``: a Swiss whole amount, the dash standing for no cents; round 20: South
#: Asia's ``Rs. 12,500/-`` (Pakistan, India, Bangladesh, Nepal), the slash and dash saying
#: the same.
_SWISS_DASH = re.compile(r"(?<=\d)(?:\.[-\u2013]|\s?/[-\u2013])$")
#: Round 34 (v36l): the Dutch, Belgian, German and Scandinavian whole amount ``€ 12.500,-``
#: (``,--``, ``,–``): the dash stands for no cents after a DECIMAL COMMA, so it is read as
#: ``,00`` (the comma says the dot before it groups thousands).
_COMMA_DASH = re.compile(r"(?<=\d),[-\u2013]{1,2}$")
#: Round 20: the Arabic thousands separator and decimal point (U+066C, U+066B) that Persian
#: and Urdu amounts write between their own digits (``۱۲٬۵۰۰``), as ``,`` and ``.``.
_ARABIC_SEPARATORS = str.maketrans({"\u066c": ",", "\u066b": "."})


#: Round 29: ``Rs 1.2 Cr``, ``₹450 Cr``, ``INR 3,400 cr``: India's crore abbreviated, read
#: only with a rupee mark before the amount (a ledger's ``1,200.00 Cr`` is a credit) and
#: never on an amount written to two decimals (``Rs. 1,200.00 Cr``: paise, a ledger's credit).
_RUPEE_CRORE = re.compile(
    r"^(\(?\s*(?:(?-i:Rs)\.?|₹|INR)\s*\d[\d,]*(?:\.\d|\.\d{3,})?)\s*cr\.?(\s*\)?)$",
    re.IGNORECASE,
)


def _normalised(text: str) -> str:
    """``12 TEUR`` as ``12 kEUR``, ``1'200.-`` and ``12,500/-`` as ``1'200`` and ``12,500``,
    ``۱۲٬۵۰۰`` with a comma, ``Rs 1.2 Cr`` as ``Rs 1.2 crore``: shapes read like the others."""
    text = _RUPEE_CRORE.sub(r"\1 crore\2", text)
    text = _COMMA_DASH.sub(",00", text.strip())
    return _SWISS_DASH.sub("", _TAUSEND.sub("k", text.translate(_ARABIC_SEPARATORS)))


def _body(text: str) -> str | None:
    match = _SHAPE.match(_cleaned(text))
    return re.sub(r"[\s']", "", match.group("body")) if match else None


def decimal_mark_of_column(values: Iterable[object]) -> str | None:
    """``","`` when a column's amounts written as text use a decimal comma (``12,50``,
    ``1.234,56``) and none a decimal point: then its ``2.500`` is 2,500, as the file writes
    it, not 2.5 (round 34: dots between three groups or more, ``1.200.000``, show it too);
    ``"."`` when they show a decimal point and no decimal comma; None when they
    show both or neither (then the cells are read one by one, or by the mark the mapping
    file recorded for the column). Numbers typed as numbers decide nothing."""
    comma = point = False
    for value in values:
        if not isinstance(value, str) or (body := _body(value)) is None:
            continue
        comma = comma or bool(_COMMA_DECIMAL.fullmatch(body) or _DOT_GROUPS.fullmatch(body))
        point = point or bool(_POINT_DECIMAL.fullmatch(body))
    if comma != point:
        return "," if comma else "."
    return None


def decimal_comma_column(values: Iterable[object]) -> bool:
    """True when a column's amounts show a decimal comma and no decimal point."""
    return decimal_mark_of_column(values) == ","


def has_own_unit(text: str) -> bool:
    """True when an amount's text carries its own unit (``£12k``, ``1.2m``, ``12 TEUR``):
    a header's unit (``Budget (£k)``) is then not applied to it again."""
    match = _SHAPE.match(_normalised(_cleaned(text)))
    return bool(match and match.group("unit"))


#: An amount of one dot group, bracketed or signed (``(12.500)``, ``-1.500``): thousands when
#: a currency is written beside it.
#: Red team of round 20: never ``(0.750)``, no group starts with a zero (0.75 to three decimals).
_ONE_DOT_GROUP = re.compile(r"[(\-\u2212]?\s*[1-9]\d{0,2}\.\d{3}\s*\)?")


#: Round 23: a compact amount of CLDR (``1,2 mln``, ``12,5 тыс. ₽``, ``120万``, ``12 लाख``): a
#: figure with one decimal mark at most, the language's multiplier word glued or spaced
#: after it, a currency mark before or after the whole or none.
_COMPACT_CLDR = re.compile(
    r"^(?P<before>[^\d\s]*)\s*(?P<figure>\d{1,3}(?:[.,]\d{1,3})?)\s*"
    r"(?P<word>[^\W\d_][^\s\d.]*)\.?(?:\s*(?P<after>[^\d\s]+))?$"
)


def _cldr_compact(text: str) -> float | None:
    """The amount of a compact form whose multiplier word CLDR gives one value in every
    language writing it (:func:`addin.adopt.cldr.compact_multiplier`), with no mark or a
    currency mark beside it; None otherwise (``1,2 mil``: a million in Czech, a thousand
    in Portuguese; ``1.2.3``; ``12 km``)."""
    from addin.adopt import cldr

    match = _COMPACT_CLDR.match(text)
    if match is None:
        return None
    multiplier = cldr.compact_multiplier(match.group("word"))
    if multiplier is None:
        return None
    for mark in (match.group("before"), match.group("after")):
        if mark and mark.isascii() and len(mark.rstrip(".")) < 2 and mark not in _SYMBOLS:
            return None  # "R12 mln": a risk's ID, no rand (as cldr_mark reads one letter)
        if mark and currency_in(mark) is None and cldr.currency_of_mark(mark) is None:
            return None
    return round(float(match.group("figure").replace(",", ".")) * multiplier, 2)


#: Round 35: a ledger's debit or credit mark after an amount (Sage's, Tally's, a nominal
#: ledger export's ``1,200.00 DR`` / ``300.00 CR``, ``1,200.00 Dr``): on a cost account a
#: debit is spent and a credit takes it back (a refund, a reversal, an accrual released).
#: ``Cr`` is also India's crore (``Rs 1.2 Cr``, read before this by :data:`_RUPEE_CRORE`
#: with a rupee mark only): a credit is read only on an amount written to two decimals
#: (paise or cents: no crore figure is), a bare ``450 Cr`` stays unread.
_LEDGER_MARK = re.compile(
    r"^(?P<amount>.*?\d(?P<cents>[.,]\d{2})?)\s*(?P<mark>dr|cr)\.?$", re.IGNORECASE
)


#: A rupee's mark before an amount (``₹``, ``Rs``, ``Rs.``, ``INR``): its ``Cr`` is a crore.
_RUPEE_MARK = re.compile(r"₹|(?-i:\bRs\b)|\bINR\b", re.IGNORECASE)


def _ledger_amount(text: str, dot_thousands: bool) -> float | None:
    """The amount of a :data:`_LEDGER_MARK` cell, debit plus and credit minus; None when the
    text has no mark, the credit has no cents, or the amount before the mark is signed."""
    found = _LEDGER_MARK.match(text)
    if found is None:
        return None
    credit = found.group("mark").lower() == "cr"
    if credit and not found.group("cents"):
        return None
    amount = parse_amount(found.group("amount"), dot_thousands=dot_thousands)
    if amount is None or amount < 0:
        return None
    return -amount if credit and amount else amount


def parse_amount(text: str, *, dot_thousands: bool = False) -> float | None:
    """An amount from text (module docstring); None when the text is no amount.
    ``dot_thousands``: the column writes a decimal comma (:func:`decimal_comma_column`), so a
    lone dot before three digits separates thousands (``2.500`` = 2500)."""
    cleaned = _normalised(_cleaned(text))
    if not cleaned:
        return None
    if cleaned[-1] in "rR." and (ledger := _ledger_amount(cleaned, dot_thousands)) is not None:
        if ledger < 0 and _RUPEE_MARK.search(cleaned):
            # round 35's red team: a rupee amount's ``Cr`` is its crore, to two decimals as
            # often as not (``₹ 12.50 Cr``, ``Rs. 1,250.00 Cr``): no ledger credit (-12.50),
            # left unread as before the ledger's marks were read (nor read once the mark
            # is taken off below)
            return None
        return ledger
    if dot_thousands and _DOT_THOUSANDS.fullmatch(cleaned.lstrip("-")):
        return float(cleaned.replace(".", ""))
    if _PLAIN.match(cleaned):  # "1234.5", "-12": most cells, read at once
        return float(cleaned)
    match = _SHAPE.match(cleaned)
    if match is None and (compact := _cldr_compact(cleaned)) is not None:
        return compact
    if match is None and (marked := cldr_mark(cleaned)) is not None:
        # "₸ 12 500" (round 17); "(12.500) €", "(100.000) ₺" (round 20): a negative in
        # brackets with its currency after them, where the amount alone would read "12.500"
        # as 12.5: no currency is written to three decimals, as below
        grouped = dot_thousands or _ONE_DOT_GROUP.fullmatch(marked[0]) is not None
        return parse_amount(marked[0], dot_thousands=grouped)
    if not match or bool(match.group("open")) != bool(match.group("close")):
        return None
    body = match.group("body").strip()
    if dot_thousands and not match.group("unit") and _DOT_THOUSANDS.fullmatch(body):
        body = body.replace(".", "")
    if (
        not match.group("unit")
        and (currency_in(cleaned) or _KRONE.search(cleaned))
        and re.fullmatch(r"\d{1,3}\.\d{3}", body)
    ):
        # "12.500 €", "€ 1.500": no currency is written to three decimals, so the dot
        # separates thousands, as the six languages of round 8 write them (red team)
        body = body.replace(".", "")
    digits = _digits(body)
    if digits is None or not re.fullmatch(r"\d+(\.\d+)?", digits):
        return None
    number = float(digits) * _UNITS.get((match.group("unit") or "").lower(), 1.0)
    signs = "".join(match.group(g) or "" for g in ("sign1", "sign2", "sign3"))
    negative = bool(match.group("open")) or "-" in signs.replace("\u2212", "-")
    return -number if negative else number
