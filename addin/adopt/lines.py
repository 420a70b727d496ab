"""The finest cost line of a months-down finance table (round 7).

Cost exports down the months (Oracle Projects, a ledger extract, a hand-made tracker) often
carry several label columns on every row: a project and task, a coarse category (``Labor`` /
``Non-Labor``) and the finer expense the amounts are booked to. The cost line is the label
that, with the month, tells each row apart: two rows of one month under one line would be
summed into one. When the column the headers chose does not tell the rows apart (one task
name on every row) and exactly one other label column does, that column is the cost line;
the header's choice is left out (and listed as such by the report). A header-mapped label
(a category) is tried first, then a column no header reading kept, when its values are
names rather than codes (task numbers and cost element numbers tell rows apart too). A
table with one row a month needs no line to tell its rows apart: nothing is moved there.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from addin.adopt.detect import TableBlock
from addin.adopt.grid import Grid, cell_text, is_blank
from addin.adopt.languages import translate
from addin.adopt.match import CERTAIN, Candidate
from addin.adopt.synonyms import JOB_TASK_LINES
from addin.host import CellValue

#: Round 34: a ledger's line header (``Account``, ``GL account``, ``Nominal code``): the
#: lines of an accounts package's spend (moved here from classify.py in round 36, t42c).
ACCOUNT_LINES = frozenset(
    {
        "account",
        "accounts",
        "account name",
        "account code",
        "gl account",
        "gl code",
        "gl",
        "g/l account",
        "ledger account",
        "nominal",
        "nominal code",
        "nominal account",
    }
)


def account_header(text: str) -> bool:
    """Whether a header is a ledger's account (``Account``, ``G/L Account``) or, round 40
    (ox40), a job ledger's job task (:func:`job_task_header`)."""
    words = " ".join(re.findall(r"[a-z/]+", text.casefold()))
    return words in ACCOUNT_LINES or job_task_header(text)


def job_task_header(text: str) -> bool:
    """Round 40 (ox40): whether a header is a job ledger's job task (``Job Task No.``;
    Danish ``Sagsopgavenr.`` read so: :data:`~addin.adopt.synonyms.JOB_TASK_LINES`)."""
    for reading in (text, translate(text) or ""):
        if " ".join(re.findall(r"[a-z]+", reading.casefold())) in JOB_TASK_LINES:
            return True
    return False


#: Round 38 (t46b): Oracle Projects' (and E-Business Suite's) finest line of an expenditure
#: item, the type it is booked to (``Expenditure Type``: ``Network Cabling``, ``Headsets``),
#: under its coarser ``Expenditure Category``. Its header reads as CapEx / OpEx too (a UK
#: return's ``Expenditure type`` of Capital / Revenue), which its values then decide.
EXPENDITURE_TYPES = frozenset({"expenditure type", "expenditure type name", "exp type"})


def expenditure_type_header(text: str) -> bool:
    """Whether a header is an ERP's expenditure type (:data:`EXPENDITURE_TYPES`)."""
    return " ".join(re.findall(r"[a-z]+", text.casefold())) in EXPENDITURE_TYPES


def expenditure_type_line(
    scored: dict[int, list[Candidate]],
    heads: Mapping[int, str],
    values_of: Mapping[int, list[CellValue]],
) -> None:
    """In place, round 38 (t46b): an ERP's ``Expenditure Type`` whose values are no CapEx /
    OpEx words (its CapEx / OpEx reading is not sure: the values did not fit) is the line
    each cost is booked to, read for certain, when no other column is the line for certain
    and its texts name two lines at least (an Oracle Projects export's ``Network Cabling``,
    ``Headsets``; the ``Expenditure Category`` beside it is the coarser category). A UK
    return's ``Expenditure type`` of Capital / Revenue keeps its CapEx / OpEx reading."""
    for col, cands in scored.items():
        if not cands or not expenditure_type_header(heads.get(col, "")):
            continue
        if any(c.column_key == "capex_opex" and c.confidence >= CERTAIN for c in cands):
            return
        others = [
            c
            for other, cs in scored.items()
            if other != col
            for c in cs[:1]
            if c.column_key == "cost_line" and c.confidence >= CERTAIN
        ]
        texts = {cell_text(v).strip().casefold() for v in values_of.get(col, []) if not is_blank(v)}
        if others or len(texts) < 2:
            return
        line = Candidate("cost_line", CERTAIN, "expenditure type")
        scored[col] = [line, *(c for c in cands if c.column_key != "cost_line")]
        return


#: The columns whose text can stand as the line instead.
_LABELS = ("cost_line", "category", "capex_opex", "notes")
#: The confidence of a cost line chosen by its values (what the report shows).
FINEST = 0.75
#: Currency codes (ISO 4217, the commonest): a column of them says in which currency each
#: row's amount is, never what it was spent on (red team of round 14).
_CURRENCY_CODES = frozenset(
    [
        "GBP",
        "EUR",
        "USD",
        "CHF",
        "AUD",
        "CAD",
        "INR",
        "SGD",
        "JPY",
        "CNY",
        "HKD",
        "NZD",
        "SEK",
        "NOK",
        "DKK",
        "PLN",
        "CZK",
        "HUF",
        "ZAR",
        "BRL",
        "MXN",
        "AED",
        "SAR",
        "QAR",
        "KWD",
        "EGP",
        "NGN",
        "KES",
        "MYR",
        "IDR",
        "THB",
        "PHP",
        "KRW",
        "TWD",
        "TRY",
        "ILS",
        "RON",
        "BGN",
        "RUB",
        "COP",
        "CLP",
        "ARS",
        "PEN",
    ]
)


def _currencies(grid: Grid, rows: list[int], col: int) -> bool:
    """True when every value of the column is a currency code (``GBP``, ``EUR``)."""
    return all(cell_text(grid.value(r, col)).strip().upper() in _CURRENCY_CODES for r in rows)


def rates_by_currency(block: TableBlock, grid: Grid, month_cols: list[int]) -> str | None:
    """Why a table of months across is no cost tracker when every row is named by a
    currency code (``EUR``, ``USD``, ``CHF``) and nothing else names it: exchange rates by
    month (red team of round 17: adopted as cost lines ``EUR`` and ``USD`` budgeted 1.17 a
    month). None when a column left of the months holds anything else (a cost line beside a
    ``Currency`` column), or the rows name fewer than two currencies."""
    if not month_cols:
        return None
    rows = [
        r
        for r in range(block.first_data_row, block.last_data_row + 1)
        if not grid.row_is_blank(r, block.first_col, block.last_col)
    ]
    codes: set[str] = set()
    for col in range(block.first_col, min(month_cols)):
        filled = [r for r in rows if not is_blank(grid.value(r, col))]
        if not filled:
            continue
        if not _currencies(grid, filled, col):
            return None
        codes |= {cell_text(grid.value(r, col)).strip().upper() for r in filled}
    if len(codes) < 2:
        return None
    return (
        f"rates by currency, not costs: every row is named by a currency code "
        f"({', '.join(sorted(codes))}), as an exchange-rate table is; if the figures are "
        "costs, name each row's cost line in the mapping file"
    )


def _tells_rows_apart(
    grid: Grid, rows: list[int], month_col: int | tuple[int, ...], col: int, lines: int = 2
) -> bool:
    """True when no two rows share a month and this column's text, and the column holds
    at least ``lines`` different texts. ``month_col`` may be the month and the measure
    column together (round 41: a month's rows are one per measure and line)."""
    period = (month_col,) if isinstance(month_col, int) else month_col
    seen: set[tuple[str, ...]] = set()
    distinct: set[str] = set()
    for row in rows:
        value = grid.value(row, col)
        if is_blank(value) or not isinstance(value, str):
            return False
        text = cell_text(value).strip().casefold()
        key = (*(cell_text(grid.value(row, c)).strip().casefold() for c in period), text)
        if key in seen:
            return False
        seen.add(key)
        distinct.add(text)
    return len(distinct) >= lines


def _codes(grid: Grid, rows: list[int], col: int) -> bool:
    """True when most of the column's values are codes (task numbers, WBS codes: ``1.2``,
    ``400200``, ``WP-03``). A code written with its name (``C2.01 Enabling Works``, ``KST
    4711 Fachanwendung``, as an ERP's WBS element or cost centre is listed) names the line:
    no code (round 20)."""
    texts = [cell_text(grid.value(r, col)) for r in rows]
    return sum(_code_only(t) for t in texts) * 2 > len(texts)


def _code_only(text: str) -> bool:
    """True when a value holds a digit and no word of three letters or more beside its
    codes (the words of a token holding a digit, ``WP-03``, are the code's)."""
    if not any(ch.isdigit() for ch in text):
        return False
    plain = [t for t in text.split() if not any(ch.isdigit() for ch in t)]
    return not any(len(re.sub(r"[^\w]|[\d_]", "", t)) >= 3 for t in plain)


def finest_line(
    block: TableBlock, grid: Grid, chosen: dict[int, Candidate], *, invoice_log: bool = False
) -> None:
    """Make the label column that tells each month's rows apart the cost line, in place,
    when the header's cost line does not (see the module's docstring). Round 38 (t46b): in
    a project's own invoice register (``invoice_log``: its sheet name or title says so,
    ``register_names.invoice_register``) a line its header names for certain stays: the
    invoices of one line in one month are summed, as a ledger's postings are (two invoices
    of one line on one day are two bills, and the firm paid beside them is who was paid, no
    line)."""
    month_col = next((c for c, m in chosen.items() if m.column_key == "month"), None)
    if month_col is None:
        return
    from addin.adopt.rows import is_total_label  # rows reads classify, which reads this

    # round 21: a ``Grand Total`` row under the months is no line (the rows reader leaves
    # it out): its blank label must not stop a column from telling the lines apart
    rows = [
        r
        for r in range(block.first_data_row, block.last_data_row + 1)
        if not is_blank(grid.value(r, month_col))
        and not is_total_label(cell_text(grid.value(r, month_col)))
    ]
    if len(rows) < 3:  # round 33 (v35f): three rows of two months are enough
        return
    months = [cell_text(grid.value(r, month_col)).strip().casefold() for r in rows]
    if len(set(months)) == len(months):
        # one row a month: the month tells the rows apart, nothing needs a line (a
        # column of comments beside one line's amounts is no line)
        return
    from addin.adopt.finance import measure_values_column  # finance reads this module

    period: int | tuple[int, int] = month_col
    measure_col = measure_values_column(block, grid, {month_col})
    if measure_col is not None:
        # round 14: a measure column (Budget / Actual rows) tells the rows apart; round 41
        # (t52c): unless two rows share a month and a measure (an ERP export's
        # ``Amount type`` beside three cost categories each month): then the label that
        # tells those apart is the line, as without a measure column
        if _tells_rows_apart(grid, rows, month_col, measure_col, lines=1):
            return
        period = (month_col, measure_col)
    line_col = next((c for c, m in chosen.items() if m.column_key == "cost_line"), None)
    if line_col is not None and _tells_rows_apart(grid, rows, period, line_col, lines=1):
        return
    head = block.header_at(line_col) if line_col is not None else None
    if head is not None and (
        account_header(head.text or "") or expenditure_type_header(head.text or "")
    ):
        # round 36 (t42c): a ledger's account is its line: the postings of one account in
        # one month are summed (a vendor or payee beside it says who was paid, no line);
        # round 38 (t46b): an ERP's expenditure type too (an export's finest line)
        return
    if invoice_log and line_col is not None and chosen[line_col].confidence >= CERTAIN:
        return  # round 38 (t46b): an invoice register's line named by its header (docstring)
    finer = [
        c
        for c, m in chosen.items()
        if c != line_col
        and c != measure_col
        and m.column_key in _LABELS
        and _tells_rows_apart(grid, rows, period, c)
    ]
    if not finer:
        # a label no header reading kept (a second "line" word: "Account" beside "Task"),
        # when its values are names, not codes ("1.2", "400200")
        finer = [
            h.col
            for h in block.headers
            if h.col not in chosen
            and not _codes(grid, rows, h.col)
            and not _currencies(grid, rows, h.col)
            and h.col != measure_col
            and _tells_rows_apart(grid, rows, period, h.col)
        ]
    if len(finer) != 1:
        return
    if line_col is not None:
        del chosen[line_col]
    chosen[finer[0]] = Candidate("cost_line", FINEST, "(with the month, tells each row apart)")
