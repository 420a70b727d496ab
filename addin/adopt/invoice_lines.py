"""Round 36: an invoice register's ``Description`` that names the lines of the work.

A supplier's or a consultant's invoice log kept by the project (``Invoice Log``,
``Consultant invoice register``: ``register_names.invoice_register``) bills the same few
lines of the work month after month: ``Design fees``, ``Site supervision``, ``Quality
audits``, each invoiced again in the next month. Its ``Description`` column then names the
project's cost lines, as a ``Work package`` would, and confirms the invoice title as a
finance register (``register_names.CONFIRMING``), where a ``Description`` alone confirms
none: a purchase ledger's description says what each invoice bought, one text an invoice
(round 26's near-miss, round 32's rule).

The line is read so only when the description's texts recur: at least two different lines,
at most half as many lines as invoices, and three invoices in four billing a line billed
on another invoice too. Round 37 (t43a): a column headed only ``Line`` (``Lines``,
``Billing line``, ``Invoice line``) that no header reading keeps for certain names the same lines when
its texts recur so (a supplier's ``Invoice # | Service month | Line | Subtotal``): the
line of the work each invoice bills, read so under :data:`RECURRING_LINES` too; numbers
under it (an invoice's line numbers) are no line. A firm paid read as the line (round 34's
``classify.firm_line_of_invoice_register``) or any other line named for certain keeps its
reading; the rule then does nothing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from addin.adopt.convert import parse_number
from addin.adopt.grid import is_blank
from addin.adopt.match import CERTAIN, Candidate, amount_read_for_certain, value_noun
from addin.adopt.net_amounts import NET_OF_INVOICE, bare_net
from addin.adopt.register_names import invoice_register
from addin.host import CellValue

#: The synonym of a description read as the lines an invoice register bills again and again.
RECURRING_LINES = "(an invoice register's description, its lines billed month after month)"

#: Round 37 (t43a): the headers that say only that a column holds an invoice's line.
#: Round 39 (t49a): or only ``Stage`` / ``Phase`` (a consultant's fee notes billed by the
#: stage of its work, ``Fee note no. | Stage | Work month | Certified £``), as the named
#: ``Work stage`` / ``Fee stage`` are read everywhere.
BARE_LINE_HEADERS = frozenset(
    {"line", "lines", "billing line", "invoice line", "bill line", "stage", "phase"}
)

#: The fewest invoices whose descriptions can show lines billed again and again.
MIN_RECURRING = 4

#: The share of invoices whose description another invoice bills too.
RECURRING_SHARE = 0.75


#: Round 39 (t49a): under a header that says line or stage (:data:`BARE_LINE_HEADERS`) the
#: header already names the lines: half the invoices billing a line billed again is enough
#: (a fee note log of six notes over four stages, two billed twice).
BARE_RECURRING_SHARE = 0.5


def recurring_lines(values: list[CellValue], *, named: bool = False) -> bool:
    """Whether ``values`` (a description column's cells) name a few lines billed again and
    again rather than one thing an invoice (the module docstring); ``named`` when the
    header says line or stage (:data:`BARE_RECURRING_SHARE`)."""
    texts = [" ".join(str(v).split()).casefold() for v in values if not is_blank(v)]
    counts = Counter(texts)
    if len(texts) < MIN_RECURRING or len(counts) < 2 or len(counts) >= len(texts):
        return False
    if not named and 2 * len(counts) > len(texts):
        return False
    repeated = sum(n for n in counts.values() if n >= 2)
    return repeated >= (BARE_RECURRING_SHARE if named else RECURRING_SHARE) * len(texts)


def description_lines_of_invoice_register(
    scored: dict[int, list[Candidate]],
    values_of: Mapping[int, list[CellValue]],
    names: str,
    heads: Mapping[int, str] | None = None,
) -> None:
    """In place: in a table whose sheet name or title (``names``) names a project's own
    invoice register, the one ``Description`` read as the cost line for certain whose texts
    recur (:func:`recurring_lines`) is that line under :data:`RECURRING_LINES`, which
    confirms the invoice title (the module docstring). Round 38 (ox38): so is one firm's
    register of too few invoices to recur (:func:`_one_firms_few_invoices`; ``heads``, the
    table's headers, say whether a column names the firm)."""
    if not invoice_register(names):
        return
    lines = [
        col
        for col, cands in scored.items()
        if cands and cands[0].column_key == "cost_line" and cands[0].confidence >= CERTAIN
    ]
    if len(lines) != 1:
        return
    col = lines[0]
    top = scored[col][0]
    values = list(values_of.get(col, []))
    if top.synonym != "description" or not (
        recurring_lines(values) or _one_firms_few_invoices(scored, values, heads or {})
    ):
        return
    scored[col] = [Candidate("cost_line", top.confidence, RECURRING_LINES), *scored[col][1:]]


def _one_firms_few_invoices(
    scored: Mapping[int, list[Candidate]], values: list[CellValue], heads: Mapping[int, str]
) -> bool:
    """Round 38 (ox38): whether an invoice register too short to show its lines recurring
    (fewer invoices than :func:`recurring_lines` judges) has no column naming the firm paid
    (``Supplier``, ``Vendor``, ``Fornecedor``: round 34's firm as the line) nor the party
    billed (``Client``, ``Customer``: invoices raised): one supplier's log, every row the
    same firm, whose description can only name what that firm bills.
    A register of four invoices or more is judged by its recurring lines alone."""
    from addin.adopt.languages import translate
    from addin.adopt.match import candidates
    from addin.adopt.parties import CLIENT_SIDE
    from addin.adopt.register_names import PAID_LINES

    texts = [v for v in values if not is_blank(v)]
    if not 0 < len(texts) < MIN_RECURRING or not all(isinstance(v, str) for v in texts):
        return False
    for head in heads.values():
        found = candidates(head, "finance")[:1]
        if found and found[0].column_key == "cost_line" and found[0].synonym in PAID_LINES:
            return False
        if set((translate(head) or head).casefold().split()) & CLIENT_SIDE:
            return False  # the party billed (``Client``): invoices raised, no firm's spend
    return True


def bare_line_of_invoice_register(
    scored: dict[int, list[Candidate]],
    heads: Mapping[int, str],
    columns: Mapping[int, list[CellValue]],
    names: str,
) -> None:
    """In place: in a project's own invoice register (``names``, as for
    :func:`description_lines_of_invoice_register`) with no cost line read for certain, the
    one column headed only ``Line`` (:data:`BARE_LINE_HEADERS`) and read as nothing for
    certain, whose
    texts recur (:func:`recurring_lines`), is the cost line under :data:`RECURRING_LINES`
    (the module docstring)."""
    if not invoice_register(names) or any(
        cands and cands[0].column_key == "cost_line" and cands[0].confidence >= CERTAIN
        for cands in scored.values()
    ):
        return
    bare = [
        col
        for col, head in heads.items()
        if " ".join(head.casefold().split()) in BARE_LINE_HEADERS
        and not any(c.confidence >= CERTAIN for c in scored.get(col, []))
    ]
    if len(bare) != 1:
        return
    values = [v for v in columns.get(bare[0], []) if not is_blank(v)]
    if any(not isinstance(v, str) for v in values) or not recurring_lines(values, named=True):
        return
    scored[bare[0]] = [Candidate("cost_line", CERTAIN, RECURRING_LINES)]


#: Round 40 (ox40): the reading of an invoice register's bare value column.
INVOICE_VALUE = "(an invoice register's value: each invoice's amount)"


def _numeric_cells(values: list[CellValue]) -> bool:
    """A bare value's test (round 40, ox40): every filled cell a number, one at least."""
    return bool(values) and all(
        isinstance(v, int | float) and not isinstance(v, bool) for v in values
    )


def _parsed_numbers(values: list[CellValue]) -> bool:
    """A bare net's test (round 41, t52b): every filled cell a number, parsed from its text
    if need be (``1.234,50``), two at least."""
    numbers = [v for v in values if parse_number(v) is not None]
    return len(numbers) >= 2 and len(numbers) == len(values)


@dataclass(frozen=True)
class BareAmount:
    """One header word an invoice register heads each invoice's amount with, alone: which
    headers say it, which cells hold its amounts, the reading's reason, and whether a
    column another rule already reads for certain keeps that reading."""

    header: Callable[[str], bool]
    amounts: Callable[[list[CellValue]], bool]
    reason: str
    keeps_certain: bool


#: The bare amount headers of an invoice register, in the order they are tried (the first
#: read makes the amount certain, so the next reads nothing): round 40's value noun
#: (``Valor``, ``Value``, ``Wert``: :func:`~addin.adopt.match.value_noun`) over numeric
#: cells, round 41's net (``Netto €``, ``Net (EUR)``: :func:`~addin.adopt.net_amounts.bare_net`)
#: over numbers, read from their text too, where nothing reads the column for certain.
BARE_AMOUNTS: tuple[BareAmount, ...] = (
    BareAmount(value_noun, _numeric_cells, INVOICE_VALUE, keeps_certain=False),
    BareAmount(bare_net, _parsed_numbers, NET_OF_INVOICE, keeps_certain=True),
)


def amount_of_invoice_register(
    scored: dict[int, list[Candidate]],
    heads: Mapping[int, str],
    columns: Mapping[int, list[CellValue]],
    names: str,
) -> None:
    """In place, rounds 40 (ox40) and 41 (t52b): in a project's own invoice register
    (``names``: the sheet name or a title line names its invoices, ``Notas fiscais``,
    ``Rechnungseingangsbuch``, ``Invoice log``) with no amount read for certain, the one
    column headed by a bare amount word (:data:`BARE_AMOUNTS`) over that word's amounts is
    each invoice's amount, read as the actual for certain (as ``Invoice value`` is): the
    register's name says what the amount is of, so no tax column need stand beside a net.
    Elsewhere a bare ``Value`` is any value (a score, a quantity) and a bare ``Net`` with
    no tax beside it a margin or a net change: both stay unread."""
    if not invoice_register(names):
        return
    for word in BARE_AMOUNTS:
        if amount_read_for_certain(scored):
            return
        bare = [col for col, head in heads.items() if word.header(head)]
        if len(bare) != 1:
            continue
        col = bare[0]
        if word.keeps_certain and any(c.confidence >= CERTAIN for c in scored.get(col, [])):
            continue
        if not word.amounts([v for v in columns.get(col, []) if not is_blank(v)]):
            continue
        scored[col] = [Candidate("actual", CERTAIN, word.reason), *scored.get(col, [])]
