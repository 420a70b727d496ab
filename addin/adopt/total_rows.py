"""Rows that total the others (round 25 gathers them here, read by the rows reader, the
register's classification and every reading of a column by its content).

A PMO analyst says it first: a totals row is not an item and does not decide a column's
kind. A register's last row ``Total | 12 | | 45,000`` puts a count in the title column and
a sum among the scores; read as an item, it makes the title column "not all text" and the
score column "not 1-5", and the register whose header words nobody knows is refused.
"""

from __future__ import annotations

import re

from addin.adopt.detect import TableBlock
from addin.adopt.grid import Grid, is_blank
from addin.adopt.languages import translate
from addin.adopt.legend_letters import note_rows
from addin.adopt.section_titles import section_title_rows

_TOTAL = re.compile(
    r"^\s*(sub\s*-?\s*)?totals?\b|^\s*grand total\b|^\s*cumulative\b"
    # round 24's last hour: ``Capital subtotal``, a group's name before its subtotal
    r"|\b(sub\s*-?\s*)?totals?\s*:?\s*$",
    re.IGNORECASE,
)


def is_total_label(text: str) -> bool:
    """True for a row label that says the row totals the others (``Grand Total``,
    ``Subtotal``, ``Total Q1``; round 24's last hour: or the label, less a count in
    brackets or any note in brackets, is the vocabularies' ``total`` in a language held, ``Итого``, ``Gesamt``):
    the rows reader leaves such a row out (``total row``)."""
    if _TOTAL.search(text):
        return True
    # round 36 (t41c): less any note in brackets, not only a count (Dutch ``Totaal
    # (afgerond op € 1.000)``, a rounded total, as English ``Total (rounded)`` reads)
    bare = re.sub(r"\([^()]*\)|[:\s]+$", "", text).strip()
    if 0 < len(bare) <= 20 and translate(bare) == "total":
        return True
    return _total_of_a_period(bare) or _total_word_first(bare)


def _total_word_first(label: str) -> bool:
    """Round 38 (ox38): a label of a few words whose first word alone is the vocabularies'
    ``total`` in a language held and whose other words say what is summed, a bare outcome
    or a finance measure (Turkish ``Toplam onaylanan``, total approved), as :data:`_TOTAL` reads English ``Total approved``: a change log's footer
    summing the approved changes was read as one more change. Other words after it
    (``Chiwerengero cha anthu``, a count of people: round 25) make no total row; a compound
    (``Gesamtkosten``) is one word, not asked."""
    from addin.adopt.classify import bare_outcome  # classify reads this module
    from addin.adopt.finance import measure_in

    words = label.split()
    if not 2 <= len(words) <= _TOTAL_WORDS + 1 or translate(words[0]) != "total":
        return False
    rest = " ".join(words[1:])
    return bare_outcome(rest) or measure_in(translate(rest) or rest) is not None


#: Round 38 (ox38): the words after a leading ``Total`` that say what it sums (money, a
#: measure, effort, the project or a contract): ``Total project cost``, ``Total labour
#: costs``, ``Total hours`` are totals by their words whatever their figures.
_SUMMED_WORDS = frozenset(
    {
        *("cost", "costs", "budget", "actual", "actuals", "forecast", "spend", "expenditure"),
        *("amount", "amounts", "value", "price", "fees", "revenue", "income", "savings"),
        *("project", "contract", "programme", "program", "portfolio", "hours", "days"),
        *("effort", "fte", "headcount", "items", "risks", "issues", "changes", "all"),
        *("approved", "committed", "invoiced", "paid", "claimed", "certified", "to", "for"),
        *("of", "in", "per", "by", "excl", "incl", "inc", "ex", "net", "gross", "vat", "tax"),
        *("expense", "expenses", "operating", "capital", "direct", "indirect", "overheads"),
        *("overhead", "labour", "labor", "materials", "staff", "payroll", "sales", "profit"),
        *("variance", "variances", "balance", "remaining", "income", "liabilities", "assets"),
    }
)
#: How near a total's figures must come to the sum of the lines above it (half a percent).
_SUM_TOLERANCE = 0.005


def named_after_total(label: str) -> bool:
    """Round 38 (ox38): whether a label opening with ``Total`` is a name the word begins
    (``Total Quality Management``, ``Total Station Survey``, ``Total Productive
    Maintenance``): two words or more after it, none a word of what a total sums
    (:data:`_SUMMED_WORDS`), no figure, no period, no bracket. Such a label is a total
    only where its figures are the sum of the lines beside it (the callers ask)."""
    from addin.adopt.dates import period_bounds

    words = re.findall(r"[^\W\d_]+|\d+", label.casefold())
    if len(words) < 3 or words[0] != "total" or re.search(r"[\d(\[/:]", label):
        return False
    rest = words[1:]
    return not (set(rest) & _SUMMED_WORDS) and not period_bounds(" ".join(rest))


def sums_rows_above(block: TableBlock, grid: Grid, row: int) -> bool:
    """Round 38 (ox38): whether ``row``'s figures are the sum of a run of two rows or more
    just above it (back to the table's first row or a blank), column by column, within
    half a percent, in half its columns at least (:func:`_mostly_summed`): a subtotal's
    figures, whatever its label. A row of no figures, or
    with none above to sum, sums nothing."""
    from addin.adopt.convert import parse_number

    def figures(r: int) -> dict[int, float]:
        out: dict[int, float] = {}
        for c in range(block.first_col, block.last_col + 1):
            v = grid.value(r, c)
            n = None if isinstance(v, str) or is_blank(v) else parse_number(v)
            if n is not None and not isinstance(v, bool):
                out[c] = n
        return out

    own = figures(row)
    if not own:
        return False
    sums = dict.fromkeys(own, 0.0)
    for count, r in enumerate(range(row - 1, block.first_data_row - 1, -1), start=1):
        if not grid.nonblank_cols(r, block.first_col, block.last_col):
            break
        above = figures(r)
        for c in sums:
            sums[c] += above.get(c, 0.0)
        if count >= 2 and _mostly_summed(sums, own):
            return True
    return False


def _mostly_summed(sums: dict[int, float], own: dict[int, float]) -> bool:
    """Whether at least half of a total's figures (one at least) are the sums: a share
    beside the amounts (``Variance %``) is no sum of the shares above."""
    same = sum(abs(sums[k] - own[k]) <= _SUM_TOLERANCE * max(abs(own[k]), 1.0) for k in own)
    return same >= 1 and 2 * same >= len(own)


def sums_columns_before(block: TableBlock, grid: Grid, col: int, rows: list[int]) -> bool:
    """Round 38 (ox38): whether column ``col``'s figures are, on every row of ``rows``
    holding one, the sum of a run of two columns or more just left of it (a subtotal's
    column across, whatever its header), within half a percent."""
    from addin.adopt.convert import parse_number

    def number(r: int, c: int) -> float | None:
        v = grid.value(r, c)
        return None if isinstance(v, str | bool) or is_blank(v) else parse_number(v)

    own = {r: n for r in rows if (n := number(r, col)) is not None}
    if not own:
        return False
    sums = dict.fromkeys(own, 0.0)
    for count, c in enumerate(range(col - 1, block.first_col - 1, -1), start=1):
        for r in sums:
            sums[r] += number(r, c) or 0.0
        if count >= 2 and _mostly_summed(sums, own):
            return True
    return False


#: The most words a language's ``total`` takes before or after the period it totals.
_TOTAL_WORDS = 3


def _total_of_a_period(label: str) -> bool:
    """True for a subtotal row labelled as English ``Total Mar 2026`` is, in a language
    held: the vocabularies' ``total`` before or after a period (a month, a quarter) that
    the dates reader reads (Chichewa ``Chiwerengero Malichi 2026``, Russian ``Итого март
    2026``). Round 25's last hour: a long-format tracker's subtotal after each month was
    read as an item with no month and no cost line. A label whose other words are no
    period (``Chiwerengero cha anthu``, a count of people) is no total row."""
    from addin.adopt.dates import period_bounds
    from addin.adopt.periods import month_name_value

    words = label.split()
    for k in range(1, min(_TOTAL_WORDS, len(words) - 1) + 1):
        for total, rest in ((words[:k], words[k:]), (words[-k:], words[:-k])):
            if translate(" ".join(total)) != "total":
                continue
            # round 39 (rt39): or a bare month's name, as English ``Subtotal January``
            # reads (``Zwischensumme Januar``, ``Sous-total janvier`` close a month's block)
            if period_bounds(" ".join(rest)) or month_name_value(" ".join(rest)):
                return True
    return False


def item_rows(block: TableBlock, grid: Grid) -> list[int]:
    """The block's data rows less those whose first filled cell says they total the others
    (``Subtotal (3)``, ``Итого``, ``Gesamt``; round 24's last hour): a section's subtotal is
    no item, and its sums (18 under a 1-5 impact) must not decide what a column holds. The
    rows reader leaves such rows out and lists them (``total row``). Round 25's last hour:
    a section's title row (``Team North`` alone over IDs, :mod:`section_titles`) is no item
    either, and its word must not make a column of IDs read as no run of numbers."""
    titles = section_title_rows(block, grid) | note_rows(block, grid)  # round 39: notes
    # round 40 (t51a): nor is a template's guidance row under the headings (``Who
    # delivers | Who needs it``, ``dd/mm/yyyy``): its hints decide no column
    titles |= set(block.guidance_rows)
    kept = []
    for r in range(block.first_data_row, block.last_data_row + 1):
        if r in titles:
            continue
        first = next(
            (v for v in grid.row_values(r, block.first_col, block.last_col) if not is_blank(v)),
            None,
        )
        if not (isinstance(first, str) and is_total_label(first)) or (
            named_after_total(first) and not sums_rows_above(block, grid, r)
        ):
            kept.append(r)  # round 38 (ox38): ``Total Quality Management``, a line's name
    return kept


#: Round 32: a payment application's or an invoice's summary lines under its items: what
#: is taken off (``Less retention 5%``, ``Less previously certified``, ``Less advance
#: recovery``), the tax added (``VAT 20%``, ``Consumption tax 10%``, ``GST``) and the sum
#: owed (``Amount due``, ``Net amount payable``, ``Balance due``), the sum so far (``Gross
#: valuation to date``): no cost line's amount.
_PAYMENT_SUMMARY = re.compile(
    r"^\s*less\s+(?:the\s+)?(?:retention|previous(?:ly)?|amounts?|payments?|advance|"
    r"discount|deductions?|paid|certified)\b"
    r"|^\s*(?:net\s+|gross\s+)?(?:amount|sum|balance|payment)\s+(?:now\s+)?"
    r"(?:due|payable|owed)\b"
    r"|^\s*(?:net\s+)?(?:due|payable)\s*(?:\(|$)"
    r"|^\s*(?:gross\s+|net\s+)?(?:valuation|value|amount|certified|work\s+done)\s+to\s+date\b"
    # round 32's last hour: the valuation's own sum and what is certified of it, under its
    # packages (``Gross valuation``, ``Net valuation``, ``Amount certified``, ``Certified
    # amount``): the packages' sum, no cost line
    r"|^\s*(?:gross|net)\s+(?:valuation|value\s+of\s+work(?:\s+done)?)\s*:?\s*$"
    r"|^\s*(?:(?:net\s+)?amount|total|sum)\s+certified\s*:?\s*$"
    r"|^\s*(?:net\s+)?certified\s+(?:amount|sum|value|total)\s*:?\s*$"
    r"|^\s*(?:retention|vat|gst|hst|consumption\s+tax|sales\s+tax|tax)\s*(?:@\s*)?"
    r"(?:\(?\s*\d+(?:[.,]\d+)?\s*%\s*\)?)?\s*:?\s*$",
    re.IGNORECASE,
)


def is_payment_summary(text: str) -> bool:
    """True for a finance table's row label that is a payment application's or an
    invoice's summary line (:data:`_PAYMENT_SUMMARY`), no line of cost: the rows reader
    leaves it out of a finance table (round 32). ``Less staff than planned`` (an issue's
    words) is no such line."""
    return bool(_PAYMENT_SUMMARY.search(text))
