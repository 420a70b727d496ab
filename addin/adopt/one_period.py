"""Round 29: an accounting package's report of one period (MYOB, Sage, Xero, QuickBooks).

A job or cost-centre report lists accounts (the cost lines) with their ``Actual``,
``Budget`` and ``Difference`` for ONE period, and says which only in a line above the
table: ``1/03/2026 To 31/03/2026`` (MYOB's run line), ``Period: 01/04/2026 to
30/04/2026``. The table has no month column and no month headers, so before this round it
was refused ("amounts without months"). A PMO analyst reads it as that month's finance:
each line's actual (and budget) are the month's. The rule needs the period to be ONE
calendar month exactly (its first day to its last): a quarter's or a year's report
(``1/01/2026 To 31/03/2026``) is no month's, and is not adopted as one; a period of two
months in two lines, or two different periods, say none either.

Round 29's last hour widens it to the other forms packages write the period in and to a
ledger's two amount columns:

- **the days with their month's word** (TallyPrime's ``1-Apr-26 to 30-Apr-26``, ``1 April
  2026 to 30 April 2026``, ``For 1-Apr-2026 to 30-Apr-2026``): either side read by
  :func:`addin.adopt.convert.parse_date`, each a whole day (``April 2026 to May 2026`` names
  months, not days: none);
- **the month's end alone** (Xero's and QuickBooks' ``For the month ended 30 June 2026``,
  ``Month ending 30/04/2026``): a month's LAST day after ``month ended`` / ``ending`` is
  that month (``For the month ended 15 June 2026`` is no calendar month; ``For the year
  ended`` / ``quarter ended`` none);
- **Debit and Credit** (:func:`ledger_debit`, :func:`credit_column`): a package's report
  of a cost centre's or a job's accounts lists each ledger's amount under ``Debit`` (an
  expense) or ``Credit`` (a recovery), with no ``Actual`` column. In a report of ONE month
  (the period line above, no month column, no budget / actual / forecast column read) the
  ``Debit`` column is the month's actual, less the line's ``Credit`` where it has one (the
  ledger's net), and the ``Credit`` column is read with it, not as a field of its own. A
  ledger with a credit only (income, a recovery) gives no cost. Anywhere else a ``Debit``
  column is no amount of the register: a cash book's debit side is its receipts. In such a
  report the ledgers' names under ``Particulars`` (Tally's, and every Indian statement's)
  or ``Ledger`` are the cost lines; elsewhere ``Particulars`` says nothing (a South Asian
  budget's ``Particulars`` may hold its Budget / Actual measure).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Mapping
from datetime import date

from addin.adopt.convert import month_number, parse_date, parse_number
from addin.adopt.dates import period_bounds
from addin.adopt.detect import TableBlock
from addin.adopt.grid import Grid, is_blank
from addin.adopt.match import AMOUNT_KEYS, CERTAIN, PERIOD_MONEY, Candidate, work_of_the_period
from addin.adopt.synonyms import MEASURES

#: A period of two days written ``start To end`` (``-``, ``–`` or ``to`` between), after an
#: optional label (``Period:``, ``For the period``, ``Date from``).
#: Round 32: the period a supplier's document of one period names before ``period``
#: (``Valuation period``, ``Claim period``, ``Billing period``, ``Invoice period``): a
#: contractor's valuation, a consultancy's invoice or a payment claim is of one period, as
#: an accounting package's report is. Not ``Previous period`` / ``Next period`` (another
#: period than the table's): only these words. A status report's ``Reporting period``
#: reads only with its two days (as before): ``Reporting period: April 2026`` above a
#: status pack's budget may be the year to date.
_BILLING_WORDS = (
    r"(?:valuation|claim|billing|invoice|invoicing|application|payment|assessment"
    r"|measurement|certification|certificate)"
)
_PERIOD_WORDS = rf"(?:reporting|{_BILLING_WORDS})"
#: Round 34 (v36g): Dynamics NAV / Business Central's filter of a report's days (``Date
#: Filter: 01-03-26..31-03-26``, ``Posting Date Filter: 3/1/26..3/31/26``): its two days
#: joined by two dots, the month when they are a month's first and last (an open end,
#: ``..31-03-26``, is the year to date and no month).
_PERIOD = re.compile(
    rf"^\s*(?:(?:for\s+the\s+)?(?:{_PERIOD_WORDS}\s+)?period(?:\s+from)?|date\s+from|from"
    r"|(?:posting\s+)?date\s+filter)?\s*:?\s*"
    r"(?P<start>\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})\s*(?:to|-|–|\.\.)\s*(?:date\s+to\s*:?\s*)?"
    r"(?P<end>\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})\s*$",
    re.IGNORECASE,
)


#: The same two days written with their month's word (round 29's last hour: Tally's
#: ``1-Apr-26 to 30-Apr-26``, ``1 April 2026 to 30 April 2026``), after the same labels or
#: ``For``; a dash between them needs spaces round it (``1-Apr-26`` holds dashes itself).
_WORDED_DAY = (
    r"(?:\d{1,2}(?:st|nd|rd|th)?[\s/.-]*[^\W\d_]{3,}\.?[\s/.,-]*\d{2,4}"  # 1-Apr-26
    r"|[^\W\d_]{3,}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})"  # April 1, 2026
)
_WORDED_PERIOD = re.compile(
    rf"^\s*(?:(?:for\s+the\s+)?(?:{_PERIOD_WORDS}\s+)?period(?:\s+from)?|date\s+from|for|from)?"
    rf"\s*:?\s*(?P<start>{_WORDED_DAY})\s+(?:to|-|–)\s+(?P<end>{_WORDED_DAY})\s*$",
    re.IGNORECASE,
)
#: Round 32: a month's days written once with their month (a contractor's ``Valuation
#: period: 1 - 30 September 2026``, ``Claim period 1st to 31st October 2026``, ``1 Sep - 30
#: Sep 2026``; a US form ``September 1-30, 2026``), after the same labels: the month and
#: year written once, at the end (or the month first).
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_MONTH_WORD = r"[^\W\d_]{3,}\.?"
_RANGE_LABEL = (
    rf"^\s*(?:(?:for\s+the\s+)?(?:{_PERIOD_WORDS}\s+)?period(?:\s+from)?|for|from)?\s*:?\s*"
)
_DAY_RANGE = re.compile(
    rf"{_RANGE_LABEL}(?P<d1>{_DAY})(?:\s+(?P<m1>{_MONTH_WORD}))?\s*(?:to|-|–)\s*"
    rf"(?P<d2>{_DAY})\s+(?P<m2>{_MONTH_WORD}),?\s+(?P<y>\d{{4}})\s*$"
    rf"|{_RANGE_LABEL}(?P<um>{_MONTH_WORD})\s+(?P<ud1>{_DAY})\s*(?:to|-|–)\s*(?P<ud2>{_DAY}),?"
    r"\s+(?P<uy>\d{4})\s*$",
    re.IGNORECASE,
)


def day_range(text: str) -> tuple[date | None, date | None] | None:
    """The two days of a period written with its month and year once (:data:`_DAY_RANGE`),
    or None when the line is no such range."""
    found = _DAY_RANGE.match(text)
    if found is None:
        return None
    if found.group("um"):
        month, first, last, year = (found.group(k) for k in ("um", "ud1", "ud2", "uy"))
        start_month = month
    else:
        first, last, month, year = (found.group(k) for k in ("d1", "d2", "m2", "y"))
        start_month = found.group("m1") or month

    def day(d: str, m: str) -> date | None:
        return parse_date(f"{re.sub(r'[^0-9]', '', d)} {m} {year}", "dmy")

    return day(first, start_month), day(last, month)


#: A month named by its last day alone (Xero's and QuickBooks' ``For the month ended 30
#: June 2026``, ``Month ending 30/04/2026``).
#: Round 32: also a supplier's period named by its last day (``Valuation period ending 30
#: September 2026``, ``Claim period ended 31/10/2026``): a valuation's or a claim's
#: period, not a bare ``Period ending`` (a quarter's or a year's as often).
_MONTH_ENDED = re.compile(
    rf"^\s*(?:for\s+the\s+)?(?:month|{_BILLING_WORDS}\s+period)\s+(?:ended|ending)\s*:?\s*"
    r"(?P<end>\S.{3,30}?)\s*$",
    re.IGNORECASE,
)


#: Round 30: a month named in words after its label (``Period: April 2026``, ``For April
#: 2026``, ``For the month of April 2026``, ``Month: Apr-26``): the whole month is the period.
#: Only a label a package's report writes its period after; a status report's ``Reporting
#: month`` (the month, or the year to date?) and a month alone on its line are not read.
#: Round 32: also a report's ``Reporting period`` / ``Report period`` (a period, where a
#: ``Reporting month`` is still not read), and the month in figures after the label
#: (``Period: 03/2026``, ``Month: 2026-03``: a month and a four-digit year, no day).
#: Round 33's last hour (v35f): the same bare label in the major languages of finance
#: reports (``Période : mars 2026``, ``Periodo: marzo 2026``, ``Periode: 2026-05``, ``Monat:
#: 03/2026``, ``Mês: março 2026``, ``Okres: 03.2026``): a word for period or month alone,
#: never a reporting or reference month (``Mese di riferimento``, ``Berichtsmonat``: the
#: month, or the year to date? as English ``Reporting month``).
#: Round 34's last hour (t36c): the same bare label in the other languages of Europe's
#: project offices (Finnish ``Kausi: maaliskuu 2026`` / ``Jakso`` / ``Kuukausi``, Czech and
#: Slovak ``Období: 03/2026`` / ``Měsíc``, Hungarian ``Időszak`` / ``Hónap``, Romanian
#: ``Perioada`` / ``Luna``, Turkish ``Dönem``, Estonian ``Periood``, Lithuanian
#: ``Laikotarpis``, Russian ``Период`` / ``Месяц``): still the word alone before the month
#: (``Raportointikausi``, a reporting period, is not read, as English ``Reporting month``).
FOREIGN_PERIOD_LABEL = (
    r"(?:p[ée]riode|per[ií]odo|okres|mois|monat|mes|mese|m[êe]s|maand|m[åa]nad|m[åa]ned"
    r"|miesi[ąa]c|kausi|jakso|ajanjakso|kuukausi|obdob[ií]|m[ěe]s[ií]c|id[őo]szak|h[óo]nap"
    r"|perioad[aă]|lun[aă]|d[öo]nem|periood|laikotarpis|период|месяц)"
)
_NAMED_MONTH = re.compile(
    rf"^\s*(?:(?:for\s+the\s+)?(?:(?:reporting|report|{_BILLING_WORDS})\s+)?period"
    # round 33: a supplier's ``Billing month: June 2026`` / ``Invoice month`` on one line,
    # as round 32 read it as a label and the next cell of its row
    rf"|for(?:\s+the\s+month\s+of)?|(?:{_BILLING_WORDS}\s+)?month|{FOREIGN_PERIOD_LABEL})"
    r"\s*:?\s*"
    r"(?P<month>[^\W\d_]{3,}\.?[\s/-]*'?\d{2,4}|\d{1,2}[/.-]\d{4}|\d{4}[/-]\d{1,2})\s*$",
    re.IGNORECASE,
)


#: Round 31's last hour: a report's own name with its month (``Cost report: October 2026``,
#: ``Monthly finance report - Oct 2026``, ``Spend report for October 2026``, ``October 2026
#: cost report``): a report of one month names it so; a quarter's or a year's does not (the
#: month must be a calendar month's name with its year, :func:`period_bounds`).
_MONTH = r"(?P<month>[^\W\d_]{3,}\.?[\s/-]*'?\d{2,4})"
#: Round 32: a supplier's document of one month named so as a report is (``Interim Payment
#: Application No. 7 - September 2026``, ``Valuation 5: October 2026``, ``Fee statement for
#: October 2026``, ``Invoice for October 2026``), its number after its name or not.
_DOCUMENT = (
    r"(?:report|valuation|application|claim|invoice|statement|certificate"
    # round 34: a consultancy's time-and-materials backup of one month (round 33 made
    # ``T&M`` a finance word but left ``Time & materials - June 2026`` without its month)
    r"|(?:time\s*(?:&|and)\s*materials?|t\s*&\s*m)(?:\s+(?:backup|back-up|summary))?)"
    r"(?:\s+(?:no\.?\s*|number\s+|#\s*)?\d{1,4})?"
)
_REPORT_OF_MONTH = re.compile(
    rf"^\s*(?:[^\W\d_]+\s+){{0,3}}{_DOCUMENT}\s*(?:[:\-–]\s*|\s+for\s+|\s+of\s+)"
    rf"(?:the\s+month\s+of\s+)?{_MONTH}\s*$"
    rf"|^\s*{_MONTH.replace('month>', 'before>')}\s+(?:[^\W\d_]+\s+){{0,3}}{_DOCUMENT}\s*$",
    re.IGNORECASE,
)


def _whole_month(start: object, end: object) -> date | None:
    """``start`` when the two days are one calendar month's first and last, else None."""
    if not isinstance(start, date) or not isinstance(end, date):
        return None
    last = calendar.monthrange(start.year, start.month)[1]
    if start.day == 1 and (end.year, end.month, end.day) == (start.year, start.month, last):
        return start
    return None


def named_month(text: str) -> date | None:
    """Round 30: the month (its first day) a period line names in words after its label
    (:data:`_NAMED_MONTH`: ``Period: April 2026``), else None."""
    named = _NAMED_MONTH.match(text)
    if named is None:
        return None
    bounds = period_bounds(named.group("month"))
    return bounds[0] if bounds is not None and bounds[2] == "month" else None


#: Round 32: where a title written in parts starts a part (``Harbour Works - Valuation No.
#: 5 - October 2026``: the project, then the document and its month).
_PART = re.compile(r"\s[-–|]\s")


def _report_match(text: str) -> re.Match[str] | None:
    """:data:`_REPORT_OF_MONTH` matched on the line, or on its last parts (a title in parts,
    the project's name first)."""
    found = _REPORT_OF_MONTH.match(text)
    for part in _PART.finditer(text):
        if found is not None:
            break
        found = _REPORT_OF_MONTH.match(text[part.end() :])
    return found


def report_of_month(text: str) -> date | None:
    """Round 31's last hour: the month (its first day) a report's name gives as its period
    (:data:`_REPORT_OF_MONTH`: ``Cost report: October 2026``), else None. Read as a finance
    table's month only, never as the report's date (a month has no day)."""
    named = _report_match(text)
    if named is None:
        return None
    bounds = period_bounds(named.group("month") or named.group("before"))
    return bounds[0] if bounds is not None and bounds[2] == "month" else None


#: Round 33: a title's last part a unit or a state in brackets, no figure in it (``Cost
#: report - March 2026 (USD)``, ``... - Janv. 2026 (FCFA)``, ``(draft)``): dropped before
#: the title's month is read.
_TRAILING_BRACKET = re.compile(r"\s*[(\[][^()\[\]\d]{1,20}[)\]]\s*$")
#: Round 33: a finance title's words in the major languages (a tracker of the budget, the
#: costs or the spend: ``Budget vs actual``, ``Suivi budgétaire``, ``Kostenübersicht``,
#: ``Control de costes``, ``Spend tracker``), the part before a title's month.
_FINANCE_TITLE = re.compile(
    r"\b(?:budg[eé]t\w*|costs?|co[uû]ts?|spend(?:ing)?|expenditures?|d[ée]penses?|finance"
    r"|financial|financi[eè]re?s?|kosten\w*|ausgaben|presupuest\w*|costes?|gastos?"
    r"|or[çc]ament\w*|custos?|despesas?|bilancio|spese|begroting\w*|uitgaven)\b",
    re.IGNORECASE,
)


def finance_title_month(text: str) -> date | None:
    """Round 33: the month a finance title names as its last part (``Budget vs actual -
    March 2026``, ``Kits - suivi budgétaire - Janv. 2026 (FCFA)``, ``Project costs: Mar
    2026``), a bracketed unit after it dropped, when a part before it names the budget, the
    costs or the spend (:data:`_FINANCE_TITLE`); else None. A title naming the project and
    a month only (``Harbour works - March 2026``: the status date, round 30) says none."""
    line = _TRAILING_BRACKET.sub("", text)
    cuts = [m.start() for m in re.finditer(r"\s[-–|]\s|:\s", line)]
    if not cuts:
        return None
    head, last = line[: cuts[-1]], line[cuts[-1] :].lstrip(" -–|:")
    if not _FINANCE_TITLE.search(head):
        return None
    bounds = period_bounds(last.strip())
    return bounds[0] if bounds is not None and bounds[2] == "month" else None


#: Round 35: a period's bounds each after its own label, ``From`` and ``To`` (Sage's
#: ``Period From: Month 1, January 2026 To: Month 1, January 2026``, a ledger report's
#: ``Period From: 01/03/2026 To: 31/03/2026``, ``Date From: .. Date To: ..``, ``From
#: March 2026 To March 2026``): colons after the labels, a label word repeated before
#: ``To``, which :data:`_PERIOD` does not read. Each bound a day, or a month (Sage writes
#: its period's number first: ``Month 1,``, ``Period 3 -``).
_FROM_TO = re.compile(
    r"^\s*(?:(?:for\s+the\s+)?(?:period|date|month)\s+)?from\s*:?\s*(?P<start>.+?)\s+"
    r"(?:(?:period|date|month)\s+)?to\s*:?\s*(?P<end>.+?)\s*$",
    re.IGNORECASE,
)
_PERIOD_NUMBER = re.compile(r"^(?:month|period|p)\s*\d{1,2}\s*[,:\-–]?\s+", re.IGNORECASE)


def _from_to_month(text: str) -> date | None:
    """The month a :data:`_FROM_TO` line's two bounds make: a month's first and last days,
    or one month written at both ends; None for anything else (two months: a quarter's or
    the year's report, no month)."""
    found = _FROM_TO.match(text)
    if found is None:
        return None
    start, end = (_PERIOD_NUMBER.sub("", found.group(k)).strip() for k in ("start", "end"))
    first, last = period_bounds(start), period_bounds(end)
    if first is not None and last is not None:
        if first[2] == "month" and first == last:
            return first[0]
        return None
    for order in ("dmy", "mdy"):
        month = _whole_month(parse_date(start, order), parse_date(end, order))
        if month is not None:
            return month
    return None


def month_of_line(text: str) -> date | None:
    """The month (its first day) a line's period is, when the period runs from a month's
    first day to its last (written in figures or with the month's word), or the line names
    a month by its last day (``For the month ended 30 June 2026``); else None."""
    found = _PERIOD.match(text) or _WORDED_PERIOD.match(text)
    if found is not None:
        for order in ("dmy", "mdy"):  # day first, else a US report's month first
            start = parse_date(found.group("start"), order)
            month = _whole_month(start, parse_date(found.group("end"), order))
            if month is not None:
                return month
        return None
    span = day_range(text)
    if span is not None:
        return _whole_month(*span)
    from_to = _from_to_month(text)
    if from_to is not None:
        return from_to
    named = named_month(text)
    if named is not None or _NAMED_MONTH.match(text):
        return named
    if _report_match(text):
        return report_of_month(text)
    bare = _TRAILING_BRACKET.sub("", text)
    if bare != text and _report_match(bare):  # ``Cost report - March 2026 (USD)``
        return report_of_month(bare)
    titled = finance_title_month(text)
    if titled is not None:
        return titled
    ended = _MONTH_ENDED.match(text)
    if ended is None:
        return None
    for order in ("dmy", "mdy"):
        end = parse_date(ended.group("end"), order)
        if isinstance(end, date):
            month = _whole_month(end.replace(day=1), end)
            if month is not None:
                return month
    return None


def report_month(titles: list[str]) -> tuple[date, str] | None:
    """The one month the lines above a table give as its period, and the line; None when
    none does or two lines give two different months."""
    found = {(m, t.strip()) for t in titles if (m := month_of_line(t)) is not None}
    months = {m for m, _ in found}
    if len(months) != 1:
        return None
    return min(found)


#: Round 32: a label a period's value stands beside, in the next cell of its row
#: (``Valuation period | 1 - 30 September 2026``, ``Period | Sep-26``, ``Billing month |
#: 01/10/2026``): a supplier's document writes its period as a field of its title block.
#: Not ``Reporting period`` / ``Reporting month`` (a status report's: maybe the year to date).
_PERIOD_LABEL_CELL = re.compile(
    rf"^\s*(?:for\s+the\s+)?(?:{_BILLING_WORDS}\s+)?(?:period|month)"
    rf"(?:\s+(?:ended|ending))?\s*:?\s*$|^\s*{FOREIGN_PERIOD_LABEL}\s*:?\s*$",
    re.IGNORECASE,
)
_FIRST_OF_MONTH = re.compile(r"^\s*(?P<y>\d{4})-(?P<m>\d{2})-01(?:\s+00:00(?::00)?)?\s*$")


def period_pairs(preamble: list[tuple[int, int, str]]) -> list[str]:
    """The title block's period fields as one line each (``Valuation period: September
    2026``): a :data:`_PERIOD_LABEL_CELL` label and the next filled cell right of it on its
    row, whose text is a period (a month, two days) or a month's first day (a date cell of
    the month, as month cells are kept)."""
    cells = {(r, c): t for r, c, t in preamble}
    out: list[str] = []
    for (r, c), text in sorted(cells.items()):
        if not _PERIOD_LABEL_CELL.match(text):
            continue
        value = next((cells[(r, k)] for k in range(c + 1, c + 4) if (r, k) in cells), None)
        if value is None:
            continue
        label = text.strip().rstrip(":").strip()
        first = _FIRST_OF_MONTH.match(value)
        if first is not None:
            month = date(int(first["y"]), int(first["m"]), 1)
            out.append(f"{label}: {month:%B %Y}")
        else:
            out.append(f"{label}: {value.strip()}")
    return out


#: Round 32's last hour: a supplier's document of one period, named in its title or sheet
#: name (``Interim Valuation``, ``Payment Application No. 4``, ``Application for Payment``,
#: ``Progress Claim 6``, ``Interim Certificate``, ``Invoice``): a contractor values, claims
#: and invoices its work period by period, so a bare period end in its title block is the
#: period's, as its ``Valuation period ending`` would be.
#: Round 33: also the forms a US contractor's pay application takes (AIA G702 / G703 and
#: their copies): ``Pay Application``, ``Pay App 7``, ``Application No.: 7`` (the document's
#: number field), a G703's own name ``Continuation Sheet``, a ``Progress Payment`` or
#: ``Payment Request``. Not ``Application`` alone (a software application), nor a
#: ``Requisition`` (a purchase requisition is no document of a period).
_BILLING_DOCUMENT = re.compile(
    r"\b(?:valuations?|(?:payment\s+)?applications?\s+for\s+payment|payment\s+applications?"
    r"|(?:progress|payment|interim)\s+claims?|(?:payment|interim)\s+certificates?"
    r"|certificates?\s+of\s+payment|invoices?"
    r"|pay\s+app(?:lication)?s?|application\s+(?:no\b\.?|number|#)|continuation\s+sheets?"
    r"|progress\s+payments?|payment\s+requests?)(?=\W|$)",
    re.IGNORECASE,
)
#: A bare period end (``Period ending``, ``Period ended``, ``Period end``) or a valuation's
#: date, as a line (``Period ending 31 January 2026``) or a title-block field (``Period
#: ending | 31/01/2026``): read as the billing period's end in such a document only.
#: Round 33: also the AIA forms' ``Period to: 3/31/2026`` / ``Period to | 31/03/2026`` and
#: ``Period through``, never ``Period to date`` (a cumulative column's words).
_BARE_END = re.compile(
    r"^\s*(?:period\s+(?:ended|ending|end|to(?!\s+date)|through|thru)|(?:valuation|claim)\s+date"
    r"|date\s+of\s+valuation)(?=\s|:|$)\s*:?\s*",
    re.IGNORECASE,
)
_BARE_END_CELL = re.compile(
    r"^\s*(?:period\s+(?:end|ended|ending|to|through|thru)|(?:valuation|claim)\s+date"
    r"|date\s+of\s+valuation)\s*:?\s*$",
    re.IGNORECASE,
)


def billing_document(block: TableBlock) -> bool:
    """True when a line above the table or its sheet's name names a supplier's document of
    one period (:data:`_BILLING_DOCUMENT`)."""
    return any(_BILLING_DOCUMENT.search(t) for t in block.titles)


def claimed_work(
    block: TableBlock, scored: dict[int, list[Candidate]], heads: Mapping[int, str]
) -> None:
    """In place, round 38 (t46b): in a contractor's claim of its work period by period (a
    title or sheet name naming a billing document, :func:`billing_document`: ``Progress
    Claims``, ``Payment applications``), a column headed by the work of the period alone
    (``Work this period``: ``match.work_of_the_period``) is the period's gross value of
    work, the actual, as ``Work completed this period`` is (round 33), when no column is
    the actual for certain. Elsewhere the header stays unread (a plan's work is hours)."""
    if not billing_document(block):
        return
    if any(
        cs and cs[0].column_key == "actual" and cs[0].confidence >= CERTAIN
        for cs in scored.values()
    ):
        return
    for col, text in heads.items():
        if work_of_the_period(text):
            claimed = Candidate("actual", PERIOD_MONEY, "(a claim's work of the period, valued)")
            scored[col] = [
                claimed,
                *(c for c in scored.get(col, []) if c.column_key not in AMOUNT_KEYS),
            ]
            return


def _billing_ends(block: TableBlock, lines: list[str]) -> list[str]:
    """Round 32's last hour: in a supplier's document of one period, each bare period end
    (:data:`_BARE_END`) read as the billing period's (``Valuation period ending: ...``),
    which :func:`month_of_line` reads as its month when the day is a month's last; a
    ``Valuation date`` field written as its own cell pair is read so too. Elsewhere a bare
    ``Period ending`` closes a quarter or a year as often (k57's near-miss), and is left."""
    if not billing_document(block):
        return lines
    cells = {(r, c): t for r, c, t in block.preamble}
    extra = []
    for (r, c), text in sorted(cells.items()):
        if not _BARE_END_CELL.match(text):
            continue
        value = next((cells[(r, k)] for k in range(c + 1, c + 4) if (r, k) in cells), None)
        if value is not None:
            extra.append(f"{text.strip().rstrip(':').strip()}: {value.strip()}")
    return [_BARE_END.sub("Valuation period ending ", t, count=1) for t in lines + extra]


#: Red team of round 32's code (rt33): a document saying it covers more than a month
#: (``Quarterly Valuation No. 1``, ``Interim Valuation - Q1 2026``, ``Annual invoice``):
#: its period's end (``Period ending 31/03/2026``, ``Valuation period ending 31 March
#: 2026``) closes a quarter or a year, so it names no month (before, the quarter's work
#: was adopted as its last month's actual). A month named as such (``For the month ended``,
#: ``Valuation: March 2026``) is still read.
LONGER_PERIOD = re.compile(
    r"\b(?:quarterly|quarters?|q[1-4]|annual|annually|yearly|half[\s-]?year(?:ly)?"
    r"|six[\s-]?monthly|bi[\s-]?monthly|two[\s-]?monthly|year[\s-]end)\b",
    re.IGNORECASE,
)
_MONTH_NAMED_END = re.compile(r"^\s*(?:for\s+the\s+)?month\b", re.IGNORECASE)


def _period_end_only(line: str) -> bool:
    """True when ``line`` names its period by its last day alone (a billing period's end,
    :data:`_MONTH_ENDED`), not as a month's (``For the month ended ...``)."""
    return bool(_MONTH_ENDED.match(line)) and not _MONTH_NAMED_END.match(line)


def month_of_sheet_name(sheet: str) -> date | None:
    """Round 33: the month (its first day) a sheet's whole name is (``Janv. 2026``, ``Mar
    2026``, ``Mar-26``, ``2026-03``, ``03.2026``, ``March 2026``, ``2026年4月``), else None.

    A finance tracker kept as one sheet per month names each sheet by its month (an
    accountant's ``Jan 2026`` tab, a French ``Janv. 2026``, a package's ``2026-03``): the
    sheet's table of lines with their budget and actual, with no month column, is that
    month's, as a report's period line above it says (:func:`block_month`). The name must
    be ONE calendar month with its year and nothing else: ``2026``, ``Q1 2026``, ``FY26``,
    ``Jan`` (no year: :func:`sheet_month` reads it with the title's year), ``Budget Mar
    2026``, ``Apr-26 YTD`` and ``Mar 2026 (draft)`` name none."""
    from addin.adopt.convert import cjk_month

    text = sheet.strip()
    if not text or not re.search(r"\d", text):
        return None
    bounds = period_bounds(text)
    return bounds[0] if bounds is not None and bounds[2] == "month" else cjk_month(text)


#: Round 33: a sheet named by its month's word alone (``Jan``, ``Janv.``, ``March``).
_MONTH_WORD_NAME = re.compile(r"^\s*[^\W\d_]{3,}\.?\s*$")


def _month_of_titled_year(sheet: str, lines: list[str]) -> date | None:
    """Round 33: the month a sheet named by a month's word alone (``Jan``, ``Janv.``,
    ``March``: one sheet per month, the year written once in the title) is: in the ONE
    calendar year the lines above its table name (``Project costs 2026``), or in a financial
    year named by both its calendar years (``FY2026/27``: its months from its first month,
    as stated or the standards' default, in the first year, the rest in the next). A tab
    ``Jan`` with no year above, two years, or a financial year of one number (``FY2026``,
    ``Fiscal year 2026``: which calendar year is its January in?) names no month."""
    from addin.adopt.periods import calendar_years, financial_years, fiscal_start_in
    from addin.adopt.readings import current

    if not _MONTH_WORD_NAME.match(sheet):
        return None
    number = month_number(sheet.strip())
    if number is None:
        return None
    mentions = [f for t in lines for f in financial_years(t)]  # round 34: the one reader
    if mentions:
        firsts = {f.first for f in mentions if f.first is not None and f.second is not None}
        if len(firsts) != 1:
            return None
        first = firsts.pop()
        start = fiscal_start_in(lines) or current().fiscal_year_start
        return date(first if number >= start else first + 1, number, 1)
    years = calendar_years(lines)
    return date(years.pop(), number, 1) if len(years) == 1 else None


def sheet_month(block: TableBlock) -> tuple[date, str] | None:
    """Round 33: the month a table's sheet NAME is (:func:`month_of_sheet_name`; a month's
    word alone in its title's year, :func:`_month_of_titled_year`), with the words saying
    so; else None. A tracker kept as one sheet per month (a monthly cost sheet copied each
    month and renamed) writes no period line: the sheet's cost lines and their Budget /
    Actual / Forecast are that month's, as under a ``Period: April 2026`` line."""
    name = block.sheet.strip()
    above = [t for _, _, t in block.preamble]
    month = (
        month_of_sheet_name(name)
        or _month_of_titled_year(name, above)
        or _month_of_period_tab(name, above)
    )
    return (month, f"the sheet's name ({name!r})") if month is not None else None


def _month_of_period_tab(sheet: str, lines: list[str]) -> date | None:
    """Round 34 (round 33's left line): the month a sheet named by a fiscal period alone
    is (``P03``, ``Period 3``, ``P 04``: a finance tracker kept as one sheet per fiscal
    period, as an ERP's period close writes it), when the lines above its table name ONE
    financial year with its year (``FY2026/27``, ``FY26``, ``Financial year 2026-27``):
    period n counts from the financial year's first month, as the lines state it
    (``Financial year starts July``) or the value readings' ``fiscal_year_start`` (April
    unless set; the adoption warns of the assumption where months are read so). A tab
    ``P03`` under no financial year (``Project costs 2026``: a calendar year's third
    period is its March as often as an April year's June), under two, or under a
    calendar-named one (``Exercice 2026``) names no month: never guessed."""
    from addin.adopt.finance import year_in
    from addin.adopt.periods import (
        financial_years,
        fiscal_month,
        fiscal_range_in,
        fiscal_start_in,
        period_number,
    )
    from addin.adopt.readings import current

    number = period_number(sheet)
    if number is None:
        return None
    mentions = [f for t in lines for f in financial_years(t) if f.named_year and f.from_start]
    if len({(f.first, f.second) for f in mentions}) != 1 and fiscal_range_in(lines) is None:
        return None
    first_year = year_in(lines)
    if first_year is None:
        return None
    start = fiscal_start_in(lines) or current().fiscal_year_start
    return fiscal_month(number, start, first_year)


def names_a_month(sheet: str) -> bool:
    """Whether a sheet's whole name is a month, with its year (:func:`month_of_sheet_name`)
    or its word alone (``Jan``: :func:`sheet_month` reads its year from the title)."""
    if month_of_sheet_name(sheet) is not None:
        return True
    return bool(_MONTH_WORD_NAME.match(sheet)) and month_number(sheet.strip()) is not None


def block_month(block: TableBlock) -> tuple[date, str] | None:
    """The one month the lines above a table give as its period (:func:`report_month`),
    its title block's period fields among them (:func:`period_pairs`, round 32), a bare
    period end read as the billing period's in a supplier's document of one period
    (:func:`_billing_ends`, round 32's last hour), and a sheet named by its month
    (:func:`sheet_month`, round 33: one sheet per month), read as one more period line, so
    that a period line naming another month leaves the table's month unread."""
    lines = block.titles + period_pairs(block.preamble)
    read = _billing_ends(block, lines)
    if any(LONGER_PERIOD.search(t) for t in block.titles):
        # rt33: a quarterly valuation's period end closes a quarter, not a month
        read = ["" if _period_end_only(r) else r for r in read]
    named = sheet_month(block)
    if named is not None:  # the sheet's name, read as a period line of its own
        read = [*read, f"Period: {named[0]:%B %Y}"]
    found = report_month(read)
    if found is None:
        return None
    if named is not None and found[1] == f"Period: {named[0]:%B %Y}":
        return named
    if found[1] in (t.strip() for t in lines):
        return found
    # the line as written, not as read (``Period ending: 2026-01-31``)
    original = [t for t, r in zip(lines, read, strict=False) if r.strip() == found[1]]
    return found[0], (original[0].strip() if original else found[1])


#: A ledger report's two amount columns, by their header's words (``Debit``, ``Dr``,
#: ``Debit amount``; ``Credit``, ``Cr``), currency signs and brackets dropped.
_SIDES = {
    "debit": frozenset({"debit", "debits", "dr", "debit amount", "debit amt", "debit balance"}),
    "credit": frozenset(
        {"credit", "credits", "cr", "credit amount", "credit amt", "credit balance"}
    ),
}
#: What a finance table's amount columns are, read by their headers: a report that has one
#: already has no need of its Debit column.
_READ_AMOUNTS = frozenset({"month", *MEASURES})


def ledger_side(header: str) -> str | None:
    """``"debit"`` or ``"credit"`` when a header names that side of a ledger, else None."""
    plain = re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", header.lower())  # `Debit (INR)`
    words = " ".join(re.sub(r"[^a-z]+", " ", plain).split())
    return next((side for side, names in _SIDES.items() if words in names), None)


def _side_column(block: TableBlock, side: str) -> int | None:
    """The one column headed as ``side`` of the ledger (None for none or two)."""
    cols = [c.col for c in block.headers if c.text and ledger_side(c.text) == side]
    return cols[0] if len(cols) == 1 else None


def _holds_amounts(block: TableBlock, grid: Grid, col: int) -> bool:
    """True when the column holds a number, and most of its filled cells are numbers."""
    rows = range(block.first_data_row, block.last_data_row + 1)
    present = [v for r in rows if not is_blank(v := grid.value(r, col))]
    numbers = sum(1 for v in present if parse_number(v) is not None)
    return numbers > 0 and numbers * 2 >= len(present)


#: A ledger report's column of ledger names (Tally's ``Particulars``), read as the lines only
#: in such a report: elsewhere ``Particulars`` may hold a budget's Budget / Actual rows (a
#: South Asian capex tracker's measure beside its ``Head of Expenditure``).
_LEDGER_NAMES = frozenset({"particulars", "ledger", "ledger name", "ledger account"})


def _ledger_names_column(block: TableBlock, grid: Grid, chosen: dict[int, Candidate]) -> int | None:
    """The one unmapped column headed as the ledgers' names and holding text, or None."""
    cols = [
        c.col
        for c in block.headers
        if c.text
        and " ".join(re.sub(r"[^a-z]+", " ", c.text.lower()).split()) in _LEDGER_NAMES
        and c.col not in chosen
    ]
    if len(cols) != 1:
        return None
    rows = range(block.first_data_row, block.last_data_row + 1)
    texts = [v for r in rows if isinstance(v := grid.value(r, cols[0]), str) and v.strip()]
    return cols[0] if len(texts) >= 2 else None


def ledger_debit(block: TableBlock, grid: Grid, chosen: dict[int, Candidate]) -> None:
    """Map a one-month report's ``Debit`` column to the actual, in place (see the module's
    docstring): only when the table's lines are read (a cost line mapped, or a column of
    ledger names: Tally's ``Particulars``), no month, budget, actual or forecast is, the
    line above gives the period as one month, and the Debit column holds amounts; a
    ``Credit`` column beside it is mapped to nothing (it is read with the Debit
    by the rows reader)."""
    mapped = {c.column_key for c in chosen.values()}
    if mapped & _READ_AMOUNTS:
        return
    names = None if "cost_line" in mapped else _ledger_names_column(block, grid, chosen)
    if "cost_line" not in mapped and names is None:
        return
    debit = _side_column(block, "debit")
    if debit is None or not _holds_amounts(block, grid, debit):
        return
    if block_month(block) is None:
        return
    if names is not None:
        chosen[names] = Candidate("cost_line", CERTAIN, "the ledgers' names")
    chosen[debit] = Candidate("actual", CERTAIN, "debit")
    credit = _side_column(block, "credit")
    if credit is not None:
        chosen.pop(credit, None)


def particulars_lines(block: TableBlock, grid: Grid, chosen: dict[int, Candidate]) -> None:
    """Round 33's last hour (v35f): an Indian or South Asian cost statement's ``Particulars``
    (a ledger's ``Ledger`` too) are its cost lines wherever the table's amounts stand under
    their measures' own headers (``Particulars | Month | Budget (₹) | Actual (₹)``, or one
    month's ``Particulars | Budget | Actual``): the rows then hold no measure, so the doubt
    that kept ``Particulars`` unread (a capex tracker's Budget / Actual rows under it) is
    gone. Read only with no cost line mapped, a budget, actual or forecast column mapped,
    and the column's texts naming no measure (``Budget``, ``Actual``, ``Ist``: the rows'
    measure after all, left out as before); mapped in place."""
    from addin.adopt.finance import measure_word  # finance imports this module's kin

    mapped = {c.column_key for c in chosen.values()}
    # where a measure is a column the rows hold none (round 33's last hour)
    if "cost_line" in mapped or not mapped & AMOUNT_KEYS:
        return
    col = _ledger_names_column(block, grid, chosen)
    if col is None:
        return
    rows = range(block.first_data_row, block.last_data_row + 1)
    texts = [v for r in rows if isinstance(v := grid.value(r, col), str) and v.strip()]
    if any(measure_word(t) for t in texts):
        return
    chosen[col] = Candidate("cost_line", CERTAIN, "the lines' names, the measures being columns")


def credit_column(block: TableBlock, debit_col: int) -> int | None:
    """The ``Credit`` column to read with a ``Debit`` column read as the actual, or None
    (the column at ``debit_col`` is no Debit, or the table has no one Credit column)."""
    head = block.header_at(debit_col)
    if head is None or ledger_side(head.text) != "debit":
        return None
    return _side_column(block, "credit")
