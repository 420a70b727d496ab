"""The project's currency when no label gives it: from a finance table (round 7).

A cost plan often says its currency once per line (a ``Currency`` / ``Crcy`` / ``CCY``
column) or once in its title ("all amounts in EUR") rather than in a ``Currency:`` field.
The standard workbook has one currency per project, so a finance table whose currency
column holds one code of the standards' currency list on every line, or whose title names
exactly one such code as a currency (``in GBP``, ``(EUR)``, ``Currency: USD``, ``GBP '000``,
since round 13 ``Cost tracker - USD``: not an acronym such as ``CAD Replacement``), gives it.
A column of several codes gives none (and is listed by the report as a column left out, as
before). Round 13: else a sign that names one currency as the title's unit (``(£)``, ``in
€``, ``£'000``; never ``$`` or ``¥`` alone), else the amounts themselves, when three or more
are written with a currency and all with the same one (``£12.5k``, ``GBP 3,400``).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

from addin.adopt.detect import TableBlock
from addin.adopt.grid import Grid, cell_text, is_blank
from addin.adopt.languages import (
    currencies_named,
    translate,
    unit_statement,
    unspaced,
    words_of,
)
from addin.adopt.match import MONEY_NOUNS, field_name_currency
from addin.adopt.tax_names import TAX_NAMES

_CURRENCY_HEADER = re.compile(
    r"^\s*(?:currency|curr\.?|crcy|crncy|ccy|cur)(?:[\s_]*code)?\s*[.:]?\s*$", re.I
)
#: a currency column's header in the languages of ERP exports (``Währung``, ``Devise``)
_FOREIGN_CURRENCY_HEADERS = frozenset(
    {"währung", "wahrung", "devise", "monnaie", "moneda", "moeda", "valuta", "divisa"}
)


def currency_header(text: str) -> bool:
    """True for a currency column's header: ``Currency``, ``Curr.``, ``Ccy``, ``Currency
    code``, an export's ``CURRENCY_CODE``, ``Währung``, ``Devise``, ``Moneda`` or a header
    whose English reading is one. Round 36 (t41c): the one test of the project currency's
    column and of the rows' currencies (:mod:`addin.adopt.row_currencies`); before, the
    project's currency read only the English words, so SAP's ``Währung`` and Oracle's
    ``CURRENCY_CODE`` of one code on every line named no currency."""
    if _CURRENCY_HEADER.match(text):
        return True
    if text.strip().rstrip(".:").strip().casefold() in _FOREIGN_CURRENCY_HEADERS:
        return True
    english = translate(text)
    return english is not None and bool(_CURRENCY_HEADER.match(english))


#: Round 32: the tax an amount is given without or with, after a currency code (``, excl.
#: GST``, `` ex VAT``, `` (net of VAT)``, `` plus tax``): the code is the amounts' currency.
_TAX_BASIS = (
    r"\s*[,;(]?\s*(?:ex|excl|excluding|exclusive\s+of|exc|incl|inc|including|inclusive\s+of"
    r"|net\s+of|before|plus|\+)\.?[\s-]*(?:of\s+)?"
    # round 35 (t38a): the tax under its names in the languages of the EU and Latin America
    # too (``EUR excl. IVA``, ``CHF ex MwSt``), one list with the other rules' (tax_names)
    rf"{TAX_NAMES}\b"
)


#: A code standing as a currency in a title: ``in GBP``, ``(EUR)``, ``Currency: USD``,
#: ``GBP '000``; not an acronym that spells one (``CAD Replacement``, ``ZAR Office Move``).
_TITLE_CODE = re.compile(
    # round 36 (lx36): after the French / Spanish ``en`` and the Portuguese ``em`` as after
    # ``in`` (``Montants en CAD``, ``Importes en USD``, ``Valores em BRL``)
    r"(?:\b(?:in|en|em|currency|ccy|crcy)\s*:?\s+|\(\s*)([A-Za-z]{3})\b"
    # round 29: the code before its sign and unit (``AUD $'000``, ``CAD $m``, ``INR ₹ lakh``)
    r"|\b([A-Za-z]{3})(?=\s*(?:[$£€¥₹]\s*)?(?:\)|'?000s?\b|k\b|m\b|lakhs?\b|crores?\b|cr\b))"
    # round 13: a code set apart at the end of the title ("Cost tracker - USD", "| EUR");
    # round 38 (t46b): or followed by what its amounts include or leave out, whatever that
    # is (``FY2026-27 - AUD incl. accruals, ex GST``, ``- EUR excl. contingency``)
    r"|(?:\s[-\u2013\u2014]|[|,;])\s*([A-Za-z]{3})"
    r"(?:\s*$|(?=\s+(?:incl|excl|inc|exc|including|excluding)\b))"
    # round 32: a code followed by the tax it is given without or with, as suppliers state
    # their fees (``SGD, excl. GST``, ``CHF ex VAT``, ``EUR (net of VAT)``, ``USD plus tax``)
    rf"|\b([A-Za-z]{{3}})(?={_TAX_BASIS})",
    re.IGNORECASE,
)


_SIGN_AFTER = re.compile(r"\s*([$£€¥₹])")


def title_code(match: re.Match[str]) -> str | None:
    """The code a :data:`_TITLE_CODE` match stands for, or None. Round 30: a code before a
    currency sign must be one the sign is written for (``AUD $'000``, ``INR ₹ lakh``); an
    upper-case word that spells a code before another currency's sign (``Budget ALL
    $'000``: all figures, in dollars, not the Albanian lek) is no currency."""
    from addin.adopt import cldr

    code = match.group(1) or match.group(2) or match.group(3) or match.group(4)
    if match.group(4) and code.upper() == "ALL":
        return None  # round 32: ``PRICES ALL EXCL. VAT``: every price, no Albanian lek
    if not code or match.group(2) is None:
        return code
    sign = _SIGN_AFTER.match(match.string, match.end(2))
    if sign is None:
        return code
    mark = sign.group(1)
    given = set(cldr.codes_of_mark(mark)) | {_MARK_CODES.get(mark, "")}
    return code if code.upper() in given else None


#: Round 32's last hour: a title block's line that is a currency code and nothing else
#: (upper case, a unit after it at most: ``EUR``, ``GBP '000``, ``USD k``).
_BARE_CODE = re.compile(r"^\s*([A-Z]{3})(?:\s*(?:'?000s?|k|m|mn|bn))?\s*\.?\s*$")


def bare_code(text: str) -> str | None:
    """The code a line holding a currency code alone states (``EUR``), else None; ``ALL``
    (a word in capitals before the Albanian lek) never."""
    match = _BARE_CODE.match(text)
    return match.group(1) if match is not None and match.group(1) != "ALL" else None


def _one_code(texts: Iterable[str], codes: set[str]) -> str | None:
    found = {t.strip().upper() for t in texts if t.strip()}
    return found.pop() if len(found) == 1 and found <= codes else None


#: Round 36 (t42c): a currency code with its multiple glued before it, as a German or
#: Nordic cost report states its unit (``TEUR``, ``T€``'s code form; ``kEUR``, ``KCHF``,
#: ``MEUR``): the code names the currency as it does alone.
_MULTIPLE_CODE = re.compile(r"(?<![A-Za-z0-9])(?:T|k|K|M)([A-Z]{3})(?![A-Za-z0-9])")


def currency_of(
    block: TableBlock,
    grid: Grid,
    codes: list[str],
    amount_cols: frozenset[int] = frozenset(),
    by_format: bool = True,
) -> tuple[str, str] | None:
    """(code, where) for a finance table that names one currency, else None. ``amount_cols``
    are the columns the table's mapping reads as amounts (budget, actual, forecast, a
    month): when there is one and its header states the currency, that is every amount's
    (round 30's last hour, :func:`_headers_currency`)."""
    known = {c.upper() for c in codes}
    for head in block.headers:
        if not currency_header(head.text or ""):
            continue
        values = [
            cell_text(grid.value(r, head.col))
            for r in range(block.first_data_row, block.last_data_row + 1)
            if not is_blank(grid.value(r, head.col))
        ]
        code = _one_code(values, known) if len(values) >= 2 else None
        if code:
            return code, f"{block.sheet} column {head.text!r}, the same on every line"
    words = {
        w.upper()
        for _, _, text in block.preamble
        for match in _TITLE_CODE.finditer(text)
        for w in (title_code(match) or "",)
        if w.isupper() and w in known  # "EUR", not a word that spells one
    }
    # round 32's last hour: a line of the title block holding the code alone (``EUR``
    # under the title, ``USD '000``), as a plan states its unit in a cell of its own
    words |= {
        code
        for _, _, text in block.preamble
        if (code := bare_code(text)) is not None and code in known
    }
    # round 23: a currency named in words (``Canadian dollars``, ``(euros)``)
    words |= {c for _, _, text in block.preamble for c in currencies_named(text) if c in known}
    # round 36 (t42c): a code with its multiple glued before (``Angaben in TEUR``, ``kEUR``,
    # ``MEUR``): thousands or millions of that currency
    words |= {
        m.group(1)
        for _, _, text in block.preamble
        for m in _MULTIPLE_CODE.finditer(text)
        if m.group(1) in known
    }
    # round 26's last hour: a unit line in any language held ("montants en euros")
    words |= {c for _, _, text in block.preamble for c in unit_line_currencies(text) if c in known}
    # round 36 (lx36): a money label's code after its colon (``Contract value: GBP``);
    # rt36: only where the title names no currency itself (``Costs in EUR`` over a
    # ``Contract value: GBP`` line: the title says what the table's amounts are in)
    if not words:
        words = {
            code
            for _, _, text in block.preamble
            if (code := money_label_code(text)) is not None and code in known
        }
    marks = {
        _MARK_CODES[next(g for g in m.groups() if g).lower()]
        for _, _, text in block.preamble
        for m in _TITLE_MARK.finditer(text)
    }
    if any(_YEN_UNIT.search(text) for _, _, text in block.preamble):
        marks.add("JPY")  # round 16: "（単位：千円）", the unit line of a Japanese table
    rupee = _one_rupee(known)
    rupee_said = rupee is not None and any(
        _RUPEE_UNIT.search(text) for _, _, text in block.preamble
    )
    if rupee_said and rupee is not None:
        marks.add(rupee)  # round 26: "(Amount in Rs.)"
    # round 40 (rt40): a unit line of the title naming two currencies (``All figures EUR -
    # GBP for the UK entity``, ``All values CAD - US$ at 1.35``) says neither is the unit
    for _, _, text in block.preamble:
        statement = _unit_statement(text)
        named = _line_codes(statement, codes) if statement is not None else set()
        # round 42 (rt42): or by their names, one of them off the standards' list (``Costs
        # in Hong Kong dollars and US dollars`` was read as USD, the one the list holds)
        if len(named) < 2:
            named = unit_line_currencies(text)
        if len(named) > 1:
            words |= named
    if len(words) == 1 and marks <= words:
        return words.pop(), f"{block.sheet} title"
    if words:
        return None  # two currencies in the title: none is the project's
    if len(marks) == 1 and marks <= known:
        code = marks.pop()
        if rupee_said and code == rupee:
            return code, (
                f"{block.sheet} title (its unit 'Rs.', the rupee: {code} is the one rupee "
                "the standards' currency list holds)"
            )
        return code, f"{block.sheet} title (its currency sign)"
    if marks:
        return None
    units = _units_row_currency(block, grid, known)
    headers = _headers_currency(block, known, amount_cols)
    if units is not None and headers is not None and units[0] != headers[0]:
        # red team of round 30: `£k` under one column (a UK subcontract's) where the money
        # columns' own headers say EUR: the measures' own headers name the currency
        return headers
    written = units or headers or _amounts_currency(block, grid, known)
    if written is not None or not by_format:
        # red team of round 37 (rt37): the project reads every currency the workbook states
        # in words first (another table's title, a ``Total Budget (USD):`` label) and the
        # amounts' number format only after (:func:`formats_currency`)
        return written
    return formats_currency(block, grid, codes, amount_cols)


def _units_row_currency(block: TableBlock, grid: Grid, known: set[str]) -> tuple[str, str] | None:
    """Round 30: the currency the units row under the header states (``£k`` under each
    money column), when its cells that hold a sign all hold the same one: the sign names
    the currency as a title's ``(£k)`` does."""
    from addin.adopt.finance import units_row

    row = units_row(block, grid)
    if row is None:
        return None
    codes: set[str] = set()
    for col in range(block.first_col, block.last_col + 1):
        match = _UNIT_CELL.match(cell_text(grid.value(row, col)))
        if match:
            codes.add(_MARK_CODES[next(g for g in match.groups() if g).lower()])
    if len(codes) == 1 and codes <= known:
        return codes.pop(), f"{block.sheet} units row {row}"
    return None


#: Round 26 (t28a): the rupee as a title's unit line writes it (``(Amount in Rs.)``, ``(Rs.
#: in lakhs)``, ``Amount: Rs``, ``in Rupees``). Several countries' currency is the rupee
#: (India, Pakistan, Sri Lanka, Nepal, Mauritius, Seychelles), so the sign names the one
#: the standards' currency list holds, and only when it holds exactly one of them.
_RUPEE_UNIT = re.compile(
    r"(?:\(\s*|\bin\s+|[:：]\s*)(?:(?-i:Rs)\.?|₨|rupees)(?=[\s).,]|$)", re.IGNORECASE
)
_RUPEES = ("INR", "PKR", "LKR", "NPR", "MUR", "SCR")


def _one_rupee(known: set[str]) -> str | None:
    """The one rupee the currency list holds, or None (none, or two of them)."""
    held = [code for code in _RUPEES if code in known]
    return held[0] if len(held) == 1 else None


def header_codes(text: str, known: Collection[str]) -> set[str]:
    """Round 34: THE reader of the currency codes (of ``known``) a column header states, in
    every form a header writes one: a code in brackets or after ``in`` (``Sum of Budget
    (EUR)``, ``Forecast in EUR``), set apart at its end (``Total, EUR``, ``Cost - USD``), a
    sign naming one currency (``Planned (€)``), a currency's name, a field name ending on
    its code (``budget_eur``), a measure beside its code (``Budget CHF``, ``EUR Actual``) or
    a unit line (``Kosten in €``). ``Amount ($)`` names none (the dollar names several).
    :func:`_headers_currency` reads each header of a table with it, and
    :func:`states_currency` (a priced effort's amount, round 33) too."""
    text = text or ""
    codes = {
        w.upper()
        for match in _TITLE_CODE.finditer(text)
        for w in (title_code(match) if match.group(3) is None else None,)
        if w and w.isupper() and w in known
    }
    codes |= {
        code
        for m in _TITLE_MARK.finditer(text)
        if (code := _MARK_CODES[next(g for g in m.groups() if g).lower()]) in known
    }
    # round 37 (t44a): a sign closing the header after its word, a bracketed note at most
    # after it (``Tuntihinta €``, ``Veloitus € (alv 0 %)``, ``Yhteensä €``)
    codes |= {
        code
        for m in _HEADER_SIGN.finditer(text)
        if (code := _MARK_CODES[m.group(1).lower()]) in known
    }
    codes |= {c for c in currencies_named(text) if c in known}  # round 23
    # round 28's last hour: a field name ending on its code (``budget_eur``)
    coded = field_name_currency(text.strip())
    if coded is not None and coded in known:
        codes.add(coded)
    # round 33's last hour: a measure's header with its code beside it, no bracket
    # (``Budget CHF``, ``Ist CHF``, ``CHF Forecast``, ``Réalisé EUR``), as a Swiss or a
    # German accounting export writes the unit on each amount column
    coded = measure_header_code(text.strip())
    if coded is not None and coded in known:
        codes.add(coded)
    # round 27: a header written as a unit line ("Kosten in €", "Amounts in £")
    codes |= {c for c in unit_line_currencies(text) if c in known}
    # round 36 (lx36): a money label and its code after a colon (``Contract value: GBP``)
    coded = money_label_code(text)
    if coded is not None and coded in known:
        codes.add(coded)
    return codes


#: Round 36 (lx36): a label of money and the code its amounts are in after a colon
#: (``Contract value: GBP``, ``Fees: CHF``, ``Budget total: EUR '000``, ``Vertragswert:
#: EUR``): at most four words, the colon, the code in capitals closing the text (a unit or
#: the tax basis after it at most).
_LABEL_COLON_CODE = re.compile(
    r"^\s*(?P<label>[^\W\d_]+(?:[\s-]+[^\W\d_]+){0,3})\s*[:：]\s*\(?(?P<code>[A-Z]{3})\)?"
    rf"(?:\s*(?:'?000s?|k|m|mn|bn))?(?:{_TAX_BASIS})?\s*\.?\s*$"
)


#: rt36 (red team of round 36): the words of a label whose value is a code of the money's
#: bookkeeping, not its currency (``Cost centre: CAD``, ``Cost code: EUR``, ``Budget holder:
#: ANG``, ``Fee type: ALL``): a department's or a ledger's code that spells a currency.
_CODE_SLOTS = frozenset(
    {
        *("centre", "center", "code", "codes", "holder", "owner", "type", "category"),
        *("class", "element", "ref", "reference", "number", "no", "id", "status"),
    }
)


def money_label_code(text: str) -> str | None:
    """Round 36 (lx36): the code a money label names after its colon (``Contract value:
    GBP``, ``Fees: CHF``, ``Montant total : EUR``), when one of the label's words names
    money (:data:`addin.adopt.match.MONEY_NOUNS` in any language held, a finance measure,
    a unit word of :func:`unit_statement`); None for any other label (``Tool: CAD``,
    ``Ref: ABC``: a code that spells a currency names none there)."""
    from addin.adopt.quarters import names_money

    match = _LABEL_COLON_CODE.match(text or "")
    if match is None or match["code"] == "ALL":
        return None
    label = match["label"]
    words = words_of(label)
    if any(w in _CODE_SLOTS for w in words):
        return None  # rt36: ``Cost centre: CAD`` names a cost centre's code
    money = (
        names_money([label])
        or unit_statement(label) is not None
        or any(w in MONEY_NOUNS for w in (*words, *words_of(translate(label) or "")))
    )
    return match["code"] if money else None


#: Round 33: the forms of a priced column's header :func:`header_codes` does not read as
#: one currency, yet state money in a currency: a sign alone (``Day rate ($)``: the dollar
#: names several), a listed code after a space at the end (``Day rate USD``) or alone.
_PRICED = re.compile(r"[£€$¥₹]|[\s-](?P<b>[A-Z]{3})\s*$|^\s*(?P<d>[A-Z]{3})\s*$")


def states_currency(header: str) -> bool:
    """Whether a column header states a currency (round 33, moved here in round 34 so that
    one reader reads a header's currency): a code of CLDR's list :func:`header_codes`
    reads (``Amount (USD)``, ``Total, EUR``, ``Value in CAD``, ``Cost (£)``), a sign, or a
    listed code at its end or alone (:data:`_PRICED`). ``Actual YTD`` and ``Budget (FTE)``
    name none."""
    from addin.adopt import cldr

    codes = cldr.currency_codes()
    if header_codes(header, codes):
        return True
    for match in _PRICED.finditer(header):
        code = match.group("b") or match.group("d")
        if code is None or code in codes:
            return True
    return False


def _headers_currency(
    block: TableBlock, known: set[str], amount_cols: frozenset[int] = frozenset()
) -> tuple[str, str] | None:
    """The currency the amount columns' headers state, when two or more do and all state
    the same one (``Sum of Budget (EUR)``, ``Actual (EUR)``, ``Forecast in EUR``), as a BI
    tool's export or a pivot writes the unit on each measure (round 14). Round 22's last
    hour: a sign that names one currency counts as its code (``Planned (€)``, ``Actual
    (€)``: a Smartsheet or hand-made sheet's unit on each amount column); ``($)`` names
    none, as in a title. Round 30's last hour: a report of ONE amount column (an accounting
    package's ``Expenses by Category``: ``Category Name | Expense Count | Amount (SGD)``)
    states its unit once, on that column: when the table's one amount column (``amount_cols``)
    is the one header stating a currency, that currency is every amount's. A code on a
    column that is no amount (``Budget | Rate (USD)``) or beside a second amount column that
    states nothing says none."""
    found: set[str] = set()
    stated = 0
    stated_cols: set[int] = set()
    for head in block.headers:
        codes = header_codes(head.full or "", known)
        if codes:
            found |= codes
            stated += 1
            stated_cols.add(head.col)
    if stated >= 2 and len(found) == 1:
        return found.pop(), f"{block.sheet} headers ({stated} amount columns in it)"
    if stated == 1 and len(found) == 1 and len(amount_cols) == 1 and stated_cols == amount_cols:
        return found.pop(), f"{block.sheet} headers (its one amount column states it)"
    return None


_SPACED_CODE = re.compile(r"^(?:([A-Z]{3})\s+(\S.*)|(.*\S)\s+([A-Z]{3}))$")


def measure_header_code(text: str) -> str | None:
    """Round 33's last hour: the code a header written as a measure and a currency code
    side by side states (``Budget CHF``, ``Ist CHF``, ``EUR Actual``, ``Prognose EUR``):
    the code in capitals, the rest of the header a measure in any language the measure
    reader holds. None for anything else (``Cost line ABC``, ``Task CAD``: no measure;
    ``Budget ALL``: a word in capitals)."""
    from addin.adopt.finance import derived_figure, measure_word
    from addin.adopt.net_amounts import is_net_or_gross

    match = _SPACED_CODE.match(text)
    if match is None:
        return None
    code = match.group(1) or match.group(4)
    rest = (match.group(2) or match.group(3) or "").strip()
    if code == "ALL" or not rest:
        return None
    # round 36 (t41b): an invoice log's ``Net EUR`` / ``Gross EUR`` (the amount before and
    # with its tax) state their currency as ``Budget CHF`` does
    # round 38 (t47b): nor a variance's (Xero's ``Var SGD`` beside ``Actual | Budget``):
    # the difference of two amounts is in their currency
    if measure_word(rest) is None and not is_net_or_gross(rest) and not derived_figure(rest):
        return None
    return code


#: A currency sign that names one currency, standing as the unit of a title's figures
#: (round 13): ``(£)``, ``(€k)``, ``in £``, ``£'000``, ``£000s``, ``(US$)``. ``$`` alone (US,
#: Australian, Canadian, Singapore dollars...), ``¥`` (yen or yuan) and ``kr`` name none.
_MARK_CODES = {
    "£": "GBP",
    "€": "EUR",
    "₹": "INR",
    "us$": "USD",
    "a$": "AUD",
    "au$": "AUD",
    "c$": "CAD",
    "ca$": "CAD",
    "s$": "SGD",
    "r": "ZAR",  # only as ``R'000`` (round 29)
}
_MARK = r"(£|€|₹|US\$|AU?\$|CA?\$|S\$)"
#: Round 30: a units row's cell that is a sign and its multiple, alone (``£k``, ``£000``,
#: ``€m``, ``R'000``; never ``$k``: the dollar names several currencies).
_UNIT_CELL = re.compile(rf"^\s*(?:{_MARK}|(R)(?='))\s*(?:'?000s?|k|m|mn|bn)?\s*$", re.IGNORECASE)
_TITLE_MARK = re.compile(
    # round 16: also the last of a bracket's notes ("(revision 3, £)")
    # (round 36, t42c: or a multiple's word, ``(₹ lakhs)``, ``(€ thousands)``)
    # round 41 (t52c): or the first of a bracket's notes, before a comma (a Finnish title's
    # ``(€, alv 0 %)``: euros, VAT 0 %), as the last one is
    rf"(?:\(\s*|\(\s*[^()]*,\s*|\bin\s+){_MARK}(?=\s*(?:\)|[,;]|'?000s?\b|k\b|m\b|mn\b|bn\b"
    r"|lakhs?\b|lacs?\b|crores?\b|thousands?\b|millions?\b"
    # round 38 (t47b): or ``in`` and the multiple's word (India's ``(₹ in lakh)``, ``(€ in
    # thousands)``): the sign in brackets still names what the amounts are counted in
    r"|in\s+(?:lakhs?|lacs?|crores?|thousands?|millions?)\b))"
    # round 33: the sign with the tax its amounts are given without or with, as round 32's
    # code is (``(€ ex VAT)``, ``(£, excl. VAT)``, ``(₹ incl. GST)``, ``Fees € ex VAT``)
    rf"|(?<![\w$]){_MARK}(?={_TAX_BASIS})"
    rf"|(?<![\w$]){_MARK}\s*'?000s?\b"
    # round 29: the rand's units line, ``R'000`` (with its apostrophe: a bare ``R`` is anything)
    r"|(?<![\w$'])(R)'000s?\b"
    # round 16: a sign set apart at the end of the title ("Forecast return, Month 3 - £")
    rf"|(?:\s[-\u2013\u2014]|[|,;])\s*{_MARK}\s*$",
    # round 25's unit line ("All figures £", "Amounts in £") and round 26's (t28a) "Importi
    # in €" are read since round 27 by :func:`unit_line_currencies`, the one rule of a unit line
    re.IGNORECASE,
)

#: Round 37 (t44a): a sign closing a column header after its word (``Fee €``, ``Hourly
#: rate €``), with at most a bracketed note after it (``Charge € (VAT 0 %)``): the column's
#: unit, as ``(€)`` is. ``$`` alone still names none.
_HEADER_SIGN = re.compile(rf"(?<=\w)\s+{_MARK}\s*(?:\([^()]*\))?\s*$", re.IGNORECASE)

#: Round 26 (t28a), folded into the unit line in round 27: a line ending on its word for
#: "in" and a sign (Italian ``Importi in €``, German ``Kosten in €``, French / Spanish
#: ``Montants en €``, ``Importes en €``, Portuguese ``Valores em €``) says what its amounts
#: are counted in even when no word of amounts stands before (``Kosten``: costs).
_CLOSING_SIGN = re.compile(r"\b(?:in|en|em)\s+(\S+)\s*$", re.IGNORECASE)


def _sign_code(token: str) -> str | None:
    """The currency a sign standing as a unit names: the register's signs first (``£`` is
    the pound sterling, as a British register writes it, where CLDR gives ``£`` to several
    pounds; ``US$``, ``A$``), else a mark CLDR gives one currency (``zł``, ``Kč``, ``€``, ``R$``);
    never a word of Latin letters (``All``: no Albanian lek; ``CHF``: codes are read as
    codes) nor ``$`` or ``¥`` alone (several)."""
    from addin.adopt import cldr

    code = _MARK_CODES.get(token.lower())
    if code is None and not (token.isascii() and token.rstrip(".").isalpha()):
        code = cldr.currency_of_mark(token)
    bare = _SIGN_MULTIPLE.sub("", token)
    if code is None and bare and bare != token:
        return _sign_code(bare)  # round 36 (t41c): ``k€``, ``M€``, ``€k``, ``£m``
    return code


#: Round 36 (t41c): a sign glued to its multiple, as a unit line writes thousands or
#: millions (French ``Montants en k€``, ``M€``; ``€k``, ``£m``): the sign names the currency
#: as it does alone (``$k`` still names none: the dollar is several currencies').
_SIGN_MULTIPLE = re.compile(r"^(?:k|m|mn|md|mrd|bn)(?=[^\w\s])|(?<=[^\w\s])(?:k|m|mn|bn)$", re.I)


#: Round 16: the unit line of a Japanese table (``（単位：千円）``, ``単位：円``, ``単位:百万円``):
#: the yen, written as ``円`` after the multiple (``¥`` alone names none: yen or yuan).
_YEN_UNIT = re.compile(r"単位\s*[:：]?\s*(?:千|百万|万|億)?\s*円")


#: Round 26's last hour: the unit line of a Chinese table in simplified characters
#: (``金额单位：元``, ``单位：万元``): the renminbi, written ``元`` after the multiple. Only
#: simplified ``单位``: Taiwan's ``單位：元`` counts New Taiwan dollars.
_YUAN_UNIT = re.compile(r"单位\s*[:：]?\s*(?:千|万|百万|亿)?\s*元")
#: A token of a line that may be a currency's mark (``zł``, ``Kč``, ``лв.``)
_MARK_TOKEN = re.compile(r"[^\s\d(),:;/|]+")


def _unit_statement(text: str) -> str | None:
    """A unit line's statement (:func:`~addin.adopt.languages.unit_statement`), from the
    start of the currency's name when the unit word is that name's own noun (round 41: t52c
    made ``dollars`` a unit word, ``All dollars USD.``; the lead, after CI: ``Costs in US
    dollars and Canadian dollars`` is read from ``US dollars``, naming both, not from
    ``dollars and Canadian dollars``, naming one). Round 42 (rt42): the name's words before
    its noun, as many as it has (``Hong Kong dollars``, ``East Caribbean dollars``: the
    longest run of words before the noun that names a currency with it), not one only
    (``Costs in Hong Kong dollars and US dollars`` was read as USD alone)."""
    statement = unit_statement(text)
    if statement is None:
        return None
    before = text[: len(text) - len(statement)]
    noun = words_of(statement)[:1]
    start = None
    for prev in _WORDS_BEFORE.finditer(before):
        if _phrase_currencies([*words_of(prev.group(1)), *noun]):
            start = prev.start() if start is None else min(start, prev.start())
    return text[start:] if start is not None else statement


#: The last words before a unit line's statement (one, two or three), and the space after.
_WORDS_BEFORE = re.compile(r"(?=((?:\S+\s+){1,3})$)")


def unit_line_currencies(text: str) -> set[str]:
    """The currencies a unit line names: *a line saying what its amounts are counted in
    names the currency it counts them in* (round 26's last hour, one rule since round 27).
    A line says so in either of two ways, in any language held:

    - a word for amounts, values, figures or unit (:func:`addin.adopt.languages.
      unit_statement`: ``amounts``, ``figures``, ``montants``, ``Beträge``, ``importi``,
      ``kwota``, ``金额``), the currency after it: a name CLDR writes as one word
      (``euros``, ``Euro``, ``eura``, ``欧元``), the noun of a longer name (``reais``,
      ``złotych``), a longer name whose noun names several (``korun českých``, ``dólares
      estadounidenses``) or a sign (:func:`_sign_code`: ``£``, ``zł``, ``Kč``);
    - its closing words, its word for "in" and a sign (``Kosten in €``, ``Importi in €``).

    A project's name holding a currency's name (``Euro Tunnel Upgrade``, ``Euro Tunnel
    Upgrade - amounts in GBP``) states no unit: it stands before the line says amounts. A
    name the vocabularies read as a word (Spanish and Portuguese ``real``: actual;
    ``reales``) is that word, no currency. Codes (``in GBP``) are :data:`_TITLE_CODE`'s."""
    from addin.adopt import cldr

    closing = _CLOSING_SIGN.search(text)
    found = {code} if closing and (code := _sign_code(closing.group(1))) else set()
    statement = _unit_statement(text)
    if statement is None:
        return found
    text = statement  # "Euro Tunnel Upgrade - amounts in GBP": the name before says no unit
    names = cldr.currency_names()
    nouns = cldr.currency_nouns()  # round 27: "valores em reais", "kwoty w złotych"
    words = words_of(text)
    found |= {
        code
        for w in words
        if (code := names.get(w) or nouns.get(w)) is not None
        and not unspaced(w)
        and translate(w) is None
    }
    found |= _phrase_currencies(words)
    # round 38 (t47b): a Finnish name in the case a unit line puts it in (``Summat
    # euroina``: in euros, essive; ``euroissa``): CLDR's name and the
    # case ending
    found |= {
        code
        for w in words
        if (m := _FINNISH_CASE.match(w)) is not None
        and (code := names.get(m.group(1)) or names.get(m.group(1)[:-1])) is not None
    }
    found |= {code for name, code in names.items() if unspaced(name) and name in text}
    found |= {code for token in _MARK_TOKEN.findall(text) if (code := _sign_code(token))}
    # round 41 (t52c): a code in capitals closing the line (``All figures USD``, ``All
    # dollars USD.``): what the amounts are counted in, as ``in USD`` is (a code the title's
    # reader takes, ``amounts in GBP``, stays its)
    if not any(title_code(m) for m in _TITLE_CODE.finditer(text)):
        codes = cldr.currency_codes()
        found |= {c for c in _CAPITAL_CODE.findall(text) if c in codes and c != "ALL"}
    if _YUAN_UNIT.search(text):
        found.add("CNY")
    return found


#: Round 41 (t52c): a currency code written in capitals closing a unit line.
#: Only as the line's last word (a multiple or a full stop after it at most): ``Amounts: see
#: CAD drawings`` names drawings.
_CAPITAL_CODE = re.compile(r"(?<![\w$])([A-Z]{3})\s*(?:'?000s?|k|m|mn|bn)?\s*[.)]?\s*$")

#: Round 38 (t47b): the Finnish essive and inessive endings (``-na`` / ``-ina``, ``-ssa`` /
#: ``-issa``) after a stem of four letters or more (``euroina`` = euro + ina).
_FINNISH_CASE = re.compile(r"^(\w{4,}?)(?:ina|issa|na|ssa)$")


def _phrase_currencies(words: list[str]) -> set[str]:
    """Round 27: the currencies a line names by a name of several words whose noun alone
    names several (``korun českých`` or ``českých korun``: the Czech koruna, where ``korun``
    is also the Danish, Swedish, Norwegian one; ``dólares estadounidenses``), its words side
    by side in either order (:func:`addin.adopt.cldr.currency_phrases`)."""
    from addin.adopt import cldr

    phrases = cldr.currency_phrases()
    sizes = {len(key) for key in phrases}
    return {
        code
        for size in sizes
        for start in range(len(words) - size + 1)
        if (code := phrases.get(tuple(sorted(words[start : start + size])))) is not None
    }


def _amounts_currency(block: TableBlock, grid: Grid, known: set[str]) -> tuple[str, str] | None:
    """The currency every amount written with one names (``£12.5k``, ``GBP 3,400``), when
    three amounts or more do and all name the same one (round 13). ``$`` and ``¥`` alone
    name none (several dollars, yen or yuan)."""
    from addin.adopt.amounts import currency_in
    from addin.adopt.convert import parse_number

    found: set[str] = set()
    marked = 0
    for row in range(block.first_data_row, block.last_data_row + 1):
        for col in range(block.first_col, block.last_col + 1):
            value = grid.value(row, col)
            if not isinstance(value, str) or parse_number(value) is None:
                continue
            code = currency_in(value)
            if code is None:
                continue
            if code in ("USD", "JPY") and not re.search(r"USD|JPY|US\$", value, re.IGNORECASE):
                return None  # a bare "$" or "¥": which dollar or yen-or-yuan is unsaid
            found.add(code)
            marked += 1
            if len(found) > 1:
                return None
    if marked >= 3 and len(found) == 1 and found <= known:
        return found.pop(), f"{block.sheet} amounts ({marked} written with the currency)"
    return None


def format_currency(code: str, known: Collection[str]) -> str | None:
    """The one currency a number format writes beside its number, as Excel shows it: a
    code (``#,##0 "SGD"``, ``[$SGD] #,##0``) or a sign naming one (``"£"#,##0``, ``[$€-407]
    #,##0.00``); None for a format writing no currency (``0.0 "days"``), two, or a ``$``
    alone (several dollars). Round 37 (px41)."""
    from addin.files.xml_parts import format_texts

    found: set[str] = set()
    for text in format_texts(code):
        for token in text.split():
            upper = token.upper()
            # red team of round 37 (rt37): a code in capitals, as a title's is read
            # (``#,##0 "all"`` writes a word, no Albanian lek)
            code_like = token.isupper() and len(upper) == 3 and upper.isalpha()
            named = upper if code_like and upper in known else None
            named = named or _sign_code(token)
            if named is not None:
                found.add(named)
    return found.pop() if len(found) == 1 and found <= set(known) else None


def formats_currency(
    block: TableBlock, grid: Grid, codes: list[str], amount_cols: frozenset[int] = frozenset()
) -> tuple[str, str] | None:
    """The currency the amounts' number format shows beside them (``#,##0 "SGD"``: ``12,500
    SGD`` in Excel), when three amounts or more are shown so, all with the same one, no
    amount is shown with another, and (red team of round 37, rt37) they are most of the
    table's amounts: one line of twelve shown in ``[$€-407]`` is that line's own currency (a
    subcontract's), not the project's (round 37, px41): a person reading the sheet in Excel
    reads the currency there, as they would in a header. Only the amount columns are read
    when the table's mapping names them."""
    known = {c.upper() for c in codes}
    formats = grid.sheet.number_formats
    if not formats:
        return None
    cols = sorted(amount_cols) or list(range(block.first_col, block.last_col + 1))
    found: set[str] = set()
    shown = amounts = 0
    for row in range(block.first_data_row, block.last_data_row + 1):
        for col in cols:
            value = grid.value(row, col)
            if isinstance(value, bool) or not isinstance(value, int | float):
                continue
            amounts += 1
            code = formats.get((row, col))
            named = format_currency(code, known) if code is not None else None
            if named is None:
                continue
            found.add(named)
            shown += 1
            if len(found) > 1:
                return None
    if shown >= 3 and len(found) == 1 and 2 * shown > amounts:
        return found.pop(), f"{block.sheet} amounts (their number format shows the currency)"
    return None


def currency_in_notes(texts: Iterable[str], codes: list[str]) -> str | None:
    """The one currency code the notes of a sheet holding no table state as a currency
    (round 16: a cost tracker's ``Summary`` or ``Read me`` sheet, "All amounts in CAD. One
    sheet per cost line"), or None when they state none or two."""
    known = {c.upper() for c in codes}
    found = {
        w.upper()
        for text in texts
        for match in _TITLE_CODE.finditer(text)
        for w in (title_code(match),)
        if w and w.isupper() and w in known
    }
    found |= {c for text in texts for c in currencies_named(text) if c in known}  # round 23
    found |= {c for text in texts for c in unit_line_currencies(text) if c in known}
    return found.pop() if len(found) == 1 else None


def mixed_currencies(
    cells: Iterable[tuple[int, int, str]],
) -> tuple[str, dict[tuple[int, int], str]] | None:
    """Round 17: amounts written in two currencies or more (``€1,000`` beside ``$500``): the
    currency most of them are written in is kept (on a tie, the first written) and the
    others' cells are returned, (row, col) -> their currency, to be listed and never added
    to the kept ones. None when every marked amount has one currency (or none is marked).
    ``cells`` are (row, col, text) of the amount cells written as text."""
    from collections import Counter

    from addin.adopt.amounts import currency_in

    marked = {(r, c): code for r, c, text in cells if (code := currency_in(text)) is not None}
    counts = Counter(marked.values())
    if len(counts) < 2:
        return None
    top = max(counts.values())
    kept = next(code for code in marked.values() if counts[code] == top)
    return kept, {where: code for where, code in marked.items() if code != kept}


#: A code in brackets after a label's words: ``Total Budget (USD)``, ``Funding (EUR):``.
_LABEL_CODE = re.compile(r"\(\s*([A-Z]{3})\s*\)\s*:?\s*$")
#: A label of an exchange rate names two currencies' ratio, never the project's money.
_RATE_LABEL = re.compile(r"\b(?:rate|rates|fx|exchange)\b", re.IGNORECASE)


def currency_of_money_labels(
    labels: Iterable[tuple[str, str]], codes: list[str]
) -> tuple[str, str] | None:
    """Round 26's last hour: (code, where) when the title block's labels of money state one
    currency in brackets (``Total Budget (USD): 2,450,000``, ``Funding (USD)``): the amount's
    currency is the project's, as a finance table's title gives it; ``labels`` are the
    (text, "Sheet!A10") of the label cells outside every table. None when no label of money
    states one, when two codes differ, or for an exchange rate's label (``FX rate (USD)``)."""
    from addin.adopt.quarters import names_money

    known = {c.upper() for c in codes}
    found: dict[str, str] = {}
    for text, where in labels:
        match = _LABEL_CODE.search(text)
        if match is None or match.group(1) not in known or _RATE_LABEL.search(text):
            continue
        label = text[: match.start()]
        # round 27 (s27a): a label in the register's language names money as its English
        # words do (``Presupuesto total``, ``Gesamtkosten``, ``Orçamento total``)
        if names_money([label]) or names_money([translate(label) or ""]):
            found.setdefault(match.group(1), where)
    if len(found) != 1:
        return None
    code, where = next(iter(found.items()))
    return code, f"{where}, a label of money"


def currency_of_money_values(
    pairs: Iterable[tuple[str, str, str]], codes: list[str]
) -> tuple[str, str] | None:
    """Round 29's last hour: (code, where) when the title block's amounts of money are written
    with one currency (``Budget: | € 1.250.000``, ``Spent to date: | € 412.345,67``): a status
    report's budget line in euros says the project counts in euros, as a label ``Total Budget
    (EUR):`` does. ``pairs`` are (label, value, "Sheet!B6") of each label cell outside every
    table and the value right of it. Only a label of money counts (a ``Progress:`` value
    names none); ``$`` or ``¥`` alone name no currency (which dollar, yen or yuan?); two
    currencies, or one the standards do not list, give None."""
    from addin.adopt.amounts import currency_in
    from addin.adopt.convert import parse_number
    from addin.adopt.quarters import names_money

    known = {c.upper() for c in codes}
    found: dict[str, str] = {}
    for label, value, where in pairs:
        if _RATE_LABEL.search(label) or parse_number(value) is None:
            continue
        code = currency_in(value)
        if code is None:
            continue
        if code in ("USD", "JPY") and not re.search(r"USD|JPY|US\$", value, re.IGNORECASE):
            return None  # a bare "$" or "¥"
        text = label.strip().rstrip(":").strip()
        if names_money([text]) or names_money([translate(text) or ""]):
            found.setdefault(code, where)
    if len(found) != 1:
        return None
    code, where = next(iter(found.items()))
    if code not in known:
        return None
    return code, f"{where}, an amount of money written in it"


#: Round 31: a line saying in what all its report's money is given, in other words than a
#: unit word's (``All costs in AUD``, ``All prices shown in €``, ``Costs shown in £k``):
#: ``All`` or not, one noun, a verb of showing at most, ``in`` and the currency closing the
#: line (``'000`` or ``k`` after it). Without ``All`` the noun must name money.
_ALL_IN = re.compile(
    r"^\s*(?P<all>all\s+)?(?P<noun>[^\W\d_]+)(?:\s+(?:are|is))?"
    r"(?:\s+(?:shown|stated|expressed|quoted|reported|given|presented))?"
    r"\s+in\s+(?P<unit>\S+(?:\s*(?:'?000s?|k|m|mn|bn))?)"
    # round 35 (t38a): the tax the amounts are given without or with may close the line
    # (``Prices in EUR excl. IVA``, ``All costs in GBP ex VAT``)
    rf"(?:{_TAX_BASIS})?\s*\.?\s*$",
    re.IGNORECASE,
)


def currency_of_unit_lines(
    labels: Iterable[tuple[str, str]], codes: list[str]
) -> tuple[str, str] | None:
    """Round 31: (code, where) when the lines outside every table that say what the report's
    amounts are given in (a unit line: ``All figures in GBP``, ``Amounts shown in NZD '000``,
    ``All amounts £k``; or ``All costs in AUD``, ``Costs shown in £k``, :data:`_ALL_IN`) name
    one currency of the
    standards' list: a highlight report with no finance table states its currency so, as a
    finance table's title does (:func:`currency_of`). ``labels`` are the (text, "Sheet!A14")
    of the short texts outside the tables (the title blocks). A line that says no unit
    (``Euro Tunnel Upgrade``, ``Values in red are overdue``) names none; two lines naming
    two currencies, or one naming two (``Figures in GBP and EUR``), give None."""
    from addin.adopt.quarters import names_money

    found: dict[str, str] = {}
    for text, where in labels:
        statement = _unit_statement(text)
        match = _ALL_IN.match(text) if statement is None else None
        if match is not None and (
            match["all"]
            or names_money([match["noun"]])
            # round 35 (t38a): a plural noun of money (``Prices in EUR``, ``Fees in CHF``)
            or names_money([re.sub(r"(?i)s$", "", match["noun"])])
        ):
            statement = f"amounts in {match['unit']}"
        if statement is None:
            # round 36 (lx36): a money label and its code (``Contract value: GBP``)
            labelled = money_label_code(text)
            if labelled is not None and labelled in {c.upper() for c in codes}:
                found.setdefault(labelled, where)
            continue
        named = _line_codes(statement, codes)
        if len(named) > 1 or len(unit_line_currencies(text)) > 1:
            # round 42 (rt42): two currencies named, one off the standards' list (``Costs in
            # Hong Kong dollars and US dollars``) say neither is the report's unit either
            return None
        for code in named:
            found.setdefault(code, where)
    if len(found) != 1:
        return None
    code, where = next(iter(found.items()))
    return code, f"{where}, a line saying what the amounts are in"


def _line_codes(statement: str, codes: list[str]) -> set[str]:
    """The standards' currencies one unit statement names: a code standing as a currency
    (:data:`_TITLE_CODE`, upper case), a sign as a title's unit (:data:`_TITLE_MARK`), a
    currency's name or a sign (:func:`unit_line_currencies`)."""
    known = {c.upper() for c in codes}
    found = {
        w.upper()
        for match in _TITLE_CODE.finditer(statement)
        for w in (title_code(match),)
        if w and w.isupper() and w.upper() in known
    }
    found |= {
        code
        for m in _TITLE_MARK.finditer(statement)  # ``in €k``, ``£'000``
        if (code := _MARK_CODES[next(g for g in m.groups() if g).lower()]) in known
    }
    found |= {c for c in currencies_named(statement) if c in known}
    found |= {c for c in unit_line_currencies(statement) if c in known}
    bare = _CODE_AFTER_UNIT.match(statement)
    if bare is not None and bare.group(1) in known:
        found.add(bare.group(1))
    if found:
        # round 40 (rt40): a second code anywhere on the line (``All figures EUR - GBP for
        # the UK entity``, ``All values CAD - USD``) makes it name two: which the amounts
        # are in is not said (``ALL`` upper case is every amount, round 32's lek aside)
        found |= {w for w in _CODE_ON_LINE.findall(statement) if w in known and w != "ALL"}
    return found


#: Round 40 (rt40): a currency code standing anywhere on a unit line, upper case.
_CODE_ON_LINE = re.compile(r"(?<![A-Za-z])([A-Z]{3})(?![A-Za-z])")


#: Round 32: a unit line whose code follows the unit word with no ``in`` (``All figures
#: AUD``, ``Figures: AUD``, ``Amounts - GBP '000``, ``Values (EUR)``): the whole statement
#: is the word and the code (upper case, a standards' currency), a unit after it at most.
#: ``Figures AUD and NZD`` or ``Amounts TBC`` name none.
#: Round 39 (t49b): what else the line says of the amounts may follow after a comma or a
#: semicolon (``All values USD, monthly (not cumulative)``, ``Figures EUR; excl. VAT``),
#: when it names no second code. Round 40 (t50c): or after a dash set apart by spaces
#: (``All values CAD - period values (not cumulative)``).
_CODE_AFTER_UNIT = re.compile(
    r"^\s*[^\W\d_]+\s*[:\-\u2013]?\s*\(?([A-Z]{3})\)?(?:\s*(?:'?000s?|k|m|mn|bn))?"
    r"(?:\s*(?:[,;]|\s[-\u2013\u2014])\s*(?![^,;]*\b[A-Z]{3}\b)[^\d,;][^,;]*)?\s*\.?\s*$"
)


#: Round 35 (t38a): a title block's line stating a price or a contract's value with its code
#: before the amount (``fixed price EUR 480,000 excl. VAT``, ``Fixed price: CHF
#: 1,200,000``, ``Budget USD 2.4m``): a word of money (one or two words before the code),
#: the code in capitals, the amount.
_PRICE_LINE = re.compile(
    r"\b(?P<noun>(?:[^\W\d_]+\s+)?[^\W\d_]+)\s*:?\s+(?P<code>[A-Z]{3})\s?(?P<amount>\d[\d,.' ]*)"
    r"(?:\s*(?:k|m|mn|bn|million))?\b"
)


def currency_of_price_lines(
    lines: Iterable[tuple[str, str]], codes: list[str]
) -> tuple[str, str] | None:
    """Round 35 (t38a): (code, where) when the lines outside every table state an amount of
    money with one currency's code before it, after a word of money (:data:`_PRICE_LINE`: a
    supplier's ``fixed price EUR 480,000 excl. VAT`` under its SOW's title, ``Budget USD
    2.4m``): the contract's money is the project's, as a label ``Total
    Budget (EUR):`` says (:func:`currency_of_money_labels`). ``lines`` are (text,
    "Sheet!A2"). A line naming two codes, lines naming two currencies, a code the
    standards do not list, or a word that names no money (``Order EUR 12`` is a code)
    give None."""
    from addin.adopt.quarters import names_money

    known = {c.upper() for c in codes}
    found: dict[str, str] = {}
    for text, where in lines:
        named = {m.group(0) for m in re.finditer(r"\b[A-Z]{3}\b", text)} & known
        if len(named) > 1:
            return None
        for match in _PRICE_LINE.finditer(text):
            noun = match["noun"]
            if match["code"] in known and (
                names_money([noun]) or names_money([re.sub(r"(?i)s$", "", noun)])
            ):
                found.setdefault(match["code"], where)
    if len(found) != 1:
        return None
    code, where = next(iter(found.items()))
    return code, f"{where}, an amount of money stated in it"


#: Round 36 (ox36): a currency label and what follows it (``Currency: EUR``, ``Currencies:
#: EUR, USD``, ``Currency = GBP``): what follows it up to the next label's colon is its value.
_CURRENCY_LABEL = re.compile(r"\bcurrenc(?:y|ies)\s*[:=]", re.IGNORECASE)


def legend_currencies(labels: list[tuple[str, str]], codes: list[str]) -> list[str]:
    """Round 36 (ox36): the different currency codes the title blocks' currency labels name
    (``labels``: (text, where) outside the tables), in the order first named: a legend of
    ``Currency: EUR`` and ``Currency: USD`` rows, or in one cell (``Currency: EUR /
    Currency: USD``, ``Currencies: EUR, USD``). Two or more name no project currency."""
    known = {c.upper() for c in codes}
    out: list[str] = []
    for text, _ in labels:
        for value in _CURRENCY_LABEL.split(text)[1:]:
            for word in re.findall(r"\b[A-Z]{3}\b", re.split(r"[:=]", value)[0]):
                if word in known and word not in out:
                    out.append(word)
    return out
