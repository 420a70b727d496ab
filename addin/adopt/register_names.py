"""What names a table's register besides its own nouns (rounds 14 and 15).

Four kinds of naming, the first three weighed by ``classify`` like a title over the table:

- **Words that name a register only when the table tracks it so.** Regulated sectors keep
  their registers under their own names: a construction or rail contract's *interface
  register* lists what each party needs from another, by when (dependencies); a Teams or
  Power Automate *approvals* export lists the approvals asked for, who approved and when
  (decisions); a GxP site's *deviations* are its quality issues. The same words also name
  other things: an IT project's *interfaces* catalogue (source system, target system,
  protocol), a document's *approval* block, a finance table's *deviation* column. Each such
  word counts only when a column the register alone tracks that way is read for certain
  (:data:`CONFIRMING`): a need-by or committed date for an interface, who decided for an
  approval, a status, due date or rating for a deviation or a finding (the red team of round
  13 found a review's untracked ``Findings`` adopted as open issues).
- **IDs that carry the register's word.** Service-management tools number each record with
  its table's name (ServiceNow's ``ISSUE0010234``, ``RISK0001021``); quality systems number
  CAPAs ``CAPA-26-014``, non-conformance reports ``NCR-007``. When every value of the
  table's ID column starts with one of a register's words (``REGISTER_WORDS``: ``ISSUE``,
  ``RISK``, ``CAPA``, ``NCR``, ``DEP``; a letter such as ``R-`` or an abbreviation such as
  ``RSK-`` is read by the ID mapping alone, ``evidence.register_id_share``) and nearly all
  differ (an export may list a record twice), the IDs name the register.
- **Words governance and product teams give a register** (round 15, :data:`NAMED_IN_TITLES`):
  a board's *resolutions* are its decisions, a product team's *releases* its milestones, in
  a sheet name or a title only, with columns that track the register so.
- **The file's name, on a sheet nobody named** (round 15, :func:`file_words`): an export on
  ``Sheet1`` saved as ``Line 2 Issue Log.xlsx``; weighed like a header's word, not a title.
  Round 26's last hour: a task tool's ``Tasks`` sheet alone in its workbook, its headers
  the tool's (``Task Name``) and no schedule's, is such a sheet too (the tool names every
  export so).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache

from addin.adopt.languages import entries, fold, translate
from addin.adopt.match import CERTAIN, Candidate
from addin.adopt.synonyms import MEASURES, REGISTER_WORDS, SNAG_LIST_WORDS
from addin.host import CellValue

#: Round 39 (t49a): what British consultancies (architects, surveyors, engineers, heritage
#: and legal advisers) call the invoices they send: their fee notes.
FEE_NOTES = ("fee note", "fee notes")
#: A fee note read as the invoice it is, in a sheet name or a title.
_FEE_NOTE = re.compile(r"\bfee[\s-]+note(s?)\b", re.IGNORECASE)

#: Register words that name their register only with one of these columns read for certain.
CONFIRMING: dict[str, dict[str, frozenset[str]]] = {
    "issues": {
        word: frozenset({"status", "due_date", "priority", "severity", "resolution", "closed_date"})
        for word in (
            *("finding", "findings", "deviation", "deviations", "impediment", "impediments"),
            # round 39 (t48b, t48a): a works contract's hindrance register
            *("hindrance", "hindrances"),
            # round 36: a builder's snag or punch list (a snag is also a hitch in a text)
            *SNAG_LIST_WORDS,
        )
    },
    "dependencies": {
        word: frozenset({"need_by", "committed_date"}) for word in ("interface", "interfaces")
    },
    "decisions": {word: frozenset({"made_by"}) for word in ("approval", "approvals")},
    # round 32: a supplier's invoice log (``Consultant Invoice Log``, ``Invoices - Design
    # Services``) is the project's spend on it, by the line each invoice bills (a
    # workstream, a work package, a PO line); a purchase ledger of invoices by supplier and
    # description names no line of the project's (round 26's near-miss)
    # round 39 (t49a): a British consultant's invoice is its ``fee note`` (``Fee Notes``,
    # ``Consultant fee notes``): the same register by its profession's word
    "finance": {word: frozenset({"cost_line"}) for word in ("invoice", "invoices", *FEE_NOTES)},
}


#: Round 32: the finance cost line readings that name no line of the project's work: a
#: column describing each item (``Description``, ``Item``, ``Name``, ``Task``) or naming
#: the firm paid (``Supplier``, ``Vendor``). Such a column confirms no ``invoices`` title
#: (round 26's purchase ledger: ``Supplier | Description`` per invoice).
#: Round 32's last hour: the weak cost-line words naming the firm a project pays (the
#: ``~supplier`` synonyms of :mod:`addin.adopt.synonyms`); round 34: and a subcontractor.
#: (``Supplier name`` is read by its ``name``, a line of its own, as round 32 tested.)
FIRM_LINES = frozenset(
    {"supplier", "vendor", "contractor", "consultant", "subcontractor", "sub contractor"}
)
#: Round 34: and the person whose time or expenses a project pays (a T&M backup's
#: ``Staff member``, ``Employee``): the firm-paid and person lines, weak, a detail beside a
#: named line or category.
PAID_LINES = FIRM_LINES | {"staff member", "team member", "employee", "staff", "person"}
_NO_LINE_NAME = frozenset(
    {
        *("description", "item", "name", "code name", "codes name", "expense", "resource"),
        *("task", "tasks", "project tasks", "activity", "nominal description"),
        *FIRM_LINES,
    }
)


#: Round 34: a project's own register of the invoices its suppliers send (``Supplier
#: invoice register``, ``Contractor invoice log``, ``Vendor invoice tracker``, ``Invoice
#: log``): the word invoice(s) with a register's word after it, and no ledger's word (an
#: accounts team's ``Purchase ledger``, ``AP ledger``: every purchase of the firm).
#: Red team of round 34: not an invoice ``schedule`` (a contract's plan of the invoices to
#: come, by milestone: no spend yet).
#: Round 37 (rx38): or its check of them before they are paid (``Invoice control``,
#: ``Invoice check``, German ``Rechnungskontrolle``).
#: Round 41 (rt41b): or the register's word first, as the Romance languages write it
#: (``Registre des factures``, ``Registro de facturas``, ``Registro fatture``, ``Registo de
#: faturas``: read in English ``register invoices``, French ``factures`` as ``invoiced``).
_INVOICE_REGISTER = re.compile(
    # round 42 (ox42): or its book (``Invoice book``, German ``Rechnungsbuch``)
    r"\binvoices?\s+(?:register|log|tracker|tracking|control|check|checking|book)\b"
    r"|\b(?:register|log)\s+(?:of\s+)?invoice[sd]?\b",
    re.IGNORECASE,
)
#: Red team of round 34: nor a log of the invoices the project RAISES (``Client invoice
#: log``, ``Sales invoice register``, ``Customer invoice tracker``, ``Accounts receivable``):
#: its income, no spend.
_LEDGER = re.compile(
    r"\bledgers?\b|\baccounts\s+(?:payable|receivable)\b"
    r"|\b(?:clients?|customers?|sales|outgoing|issued)\s+invoices?\b"
    # round 41 (rt41b): the Romance order, the party after the invoices (``Registre des
    # factures clients``, ``Registro de facturas emitidas``: register invoiced client / issued)
    r"|\binvoice[sd]?\s+(?:to\s+)?(?:clients?|customers?|sales|outgoing|issued)\b",
    re.IGNORECASE,
)


#: Round 36 (t40a): a sheet or a title naming the invoices alone, as a project names the
#: sheet it keeps its suppliers' invoices on (``Invoices``, ``Supplier invoices``,
#: ``Invoices received``, ``Vendor invoices (JPY)``): the same register, unnamed as one.
_INVOICES_ALONE = re.compile(
    r"^\s*(?:(?:supplier|vendor|contractor|consultant|subcontractor|purchase)s?'?s?\s+)?"
    r"invoices(?:\s+received)?\s*(?:[(\[][^)\]]*[)\]])?\s*$",
    re.IGNORECASE,
)


def invoice_register(text: str) -> bool:
    """Whether ``text`` (a sheet name and a title) names a project's own invoice register
    (:data:`_INVOICE_REGISTER`), no accounts ledger (round 34). Round 36: or whether its
    sheet name or title names the invoices alone (:data:`_INVOICES_ALONE`), with no ledger's
    word in either; round 36 (rx37): a title's part after a dash does too (``Ikeja wig
    factory - consultant invoices``)."""
    # round 36 (t42a): a sheet or a title in another language, read in English
    # (``Rechnungen``, ``Factures fournisseurs``)
    text = " | ".join(translate(part) or part for part in text.split(" | "))
    text = _FEE_NOTE.sub(r"invoice\1", text)  # round 39 (t49a): a consultant's fee notes
    parts = [translate(part) or part for part in _TITLE_PARTS.split(text)]
    if _LEDGER.search(text) or any(_LEDGER.search(part) for part in parts):
        return False
    if _INVOICE_REGISTER.search(text):
        return True
    return any(_INVOICES_ALONE.match(part) for part in parts)


#: Round 36 (rx37): the parts of a sheet name and its title lines (joined by `` | ``), and
#: of a title whose last part names the sheet's content after the project's (``Lagos Hair
#: Industries - Ikeja wig factory - consultant invoices``): each may name the invoices alone.
_TITLE_PARTS = re.compile(r"\s+\|\s+|\s+[-\u2013\u2014]\s+|:\s+")


def confirming_columns(key: str, chosen: Mapping[int, Candidate]) -> set[str]:
    """The columns read for certain that may confirm a :data:`CONFIRMING` word of register
    ``key``: every certain column, but a finance cost line only where its header names a
    line of the work (:data:`_NO_LINE_NAME`; round 34: a project's own invoice register's
    firm paid is read as its line by ``classify.firm_line_of_invoice_register``)."""
    out = {c.column_key for c in chosen.values() if c.confidence >= CERTAIN}
    if key == "finance" and any(
        c.column_key == "cost_line" and c.confidence >= CERTAIN and c.synonym in _NO_LINE_NAME
        for c in chosen.values()
    ):
        out.discard("cost_line")
    return out


#: Words of :data:`CONFIRMING` that name a register in a sheet name or a title only: in a
#: header they are a field of many records (a change request's ``Approval Status``, a
#: milestone's ``Approval Date``, a plan's ``Deviation (days)``).
TITLE_ONLY = frozenset(
    {"approval", "approvals", "deviation", "deviations", "invoice", "invoices", *FEE_NOTES}
)

#: Round 15: what governance and product teams call a register they keep, in a sheet name
#: or a title only (never in a header, never among ``REGISTER_WORDS``, whose words are also
#: dropped from headers). A board's or a council's *resolutions* register is its decision
#: log (the motion carried, the meeting's date, who moved it); a product team's *releases*
#: (Aha! Roadmaps, Jira versions, Azure DevOps release plans) are its milestones. Both words
#: are other fields' too (an issue's ``Resolution``, a story's ``Release``), and a sheet of
#: screen resolutions or a version history is no register: each word counts only with as
#: many columns read for certain of those that track the register so (a decision's date or
#: maker; a release's planned, re-planned or shipped date, its status or owner, two of them:
#: a release history's one date and its notes track nothing), and only when no other
#: register's own word stands beside it (``Issue Resolutions`` are the issues').
#: Round 34: what a contract's query log is called in a sheet name or a title (issues).
QUERY_LOG_WORDS = (
    *("technical query", "technical queries", "tq", "tqs", "tq log", "tq register"),
    *("query log", "query register", "query tracker", "queries log", "queries"),
    *("rfi", "rfis", "rfi log", "rfi register"),
    *("request for information", "requests for information"),
)
#: Round 34: a procurement's words: its ``RFI`` is a request to vendors for information
#: (``RFI / RFP tracker``, ``RFI and tender responses``), no query the project must answer.
#: Red team of round 34: and a market sounding's (``Market sounding - supplier RFI
#: responses``, ``RFI - market engagement log``, ``Expressions of interest``, a PQQ):
#: the suppliers' answers before a tender.
_PROCUREMENT = re.compile(
    r"\b(?:rfps?|rfqs?|rfts?|itts?|tenders?|tendering|bids?|bidders?|vendor selection"
    r"|market\s+(?:sounding|engagement|testing)|expressions?\s+of\s+interest|eois?"
    r"|pqqs?|pre-?qualification|(?:supplier|vendor)\s+responses?)\b",
    re.IGNORECASE,
)
#: Round 36 (t42a): what a contractor or a supplier calls the schedule of what its CLIENT
#: must supply to it (``Client supplied items``, ``Owner-furnished equipment``, ``Free issue
#: materials``, a defence contract's ``GFE`` / ``Government furnished equipment``): each item
#: another party owes the project by a date, a dependency each (round 35's t38a read such a
#: schedule by its two dates; one need date with the title naming it says as much). In a
#: sheet name or a title only, with the date it is needed by read for certain.
#: Round 37 (t43a): or what the contractor calls the same schedule by its inputs, the
#: client's inputs to its work (``Client inputs``, ``Client inputs required by the
#: contractor``, ``Employer's inputs``), plural only: ``Client input`` alone is also the
#: client's say on a design.
_SUPPLYING_PARTIES = (
    *("client", "owner", "customer", "employer", "purchaser", "government"),
    # round 42 (kw42): a PPP concession's or a public works contract's ``Authority`` (its
    # ``Authority responsibilities``, ``Authority's obligations``), an Australian contract's
    # ``Principal`` (``Principal supplied items``) and a UK public contract's ``Buyer``
    # (``Buyer responsibilities``): the same party the supplier needs things from
    *("authority", "principal", "buyer"),
)
SUPPLIED_ITEMS_WORDS = (
    *(
        f"{party} {how} {what}"
        for party in _SUPPLYING_PARTIES
        for how in ("supplied", "furnished", "provided", "issued")
        for what in ("items", "item", "equipment", "materials", "material", "information")
    ),
    *(f"{party} {what}" for party in _SUPPLYING_PARTIES for what in ("inputs", "s inputs")),
    # round 37 (t45b): a supplier's register of its client's responsibilities (``Client
    # responsibilities register``, ``Customer responsibilities``): what the client must do
    # or provide by a date, plural only (a RACI's ``Roles and responsibilities`` names no
    # party)
    *(
        f"{party} {what}"
        for party in _SUPPLYING_PARTIES
        for what in ("responsibilities", "s responsibilities")
    ),
    # round 38 (t47a): or its client's obligations (``Schedule of client obligations``,
    # ``Employer's obligations``): the same duties a contract lays on the client, plural
    # only (``obligation`` alone is also a finance word: money committed)
    *(
        f"{party} {what}"
        for party in _SUPPLYING_PARTIES
        for what in ("obligations", "s obligations")
    ),
    *("free issue items", "free issue materials", "free issue material", "free issue"),
    *("gfe", "gfi", "cfe", "ofe", "ofci"),
    # round 37 (t44a): a supplier's list of what its client must deliver to it (``Client
    # deliverables``, ``Deliverables from the client``, Danish ``Kundeleverancer``)
    *(
        phrase
        for party in ("client", "owner", "customer", "employer", "purchaser", "government")
        for what in ("deliverables", "deliveries")
        for phrase in (f"{party} {what}", f"{what} from {party}", f"{what} from the {party}")
    ),
)
#: Round 42 (kw42): the other names PMOs, contractors and auditors give the lists of the
#: problems they track (a sheet name or a title only, with a column an issue has, as
#: ``blockers`` and the query log's words are): a North American builder's *deficiency list*
#: (the snag list's name in Canada and the US), a PRINCE2 *concerns* or *exception* log, an
#: *escalation* log (the issues sent up), an audit's or an inspection's *observations*, the
#: *open points* / *open items* list a steering group keeps (OPL), a workshop's *parking
#: lot*, a contract's *clarification* log (its queries, as an RFI log) and *delay* log (the
#: delays to the work, as a hindrance register). Never ``exception`` or ``delay`` alone (a
#: rule's exceptions, a plan's delay in days) nor ``points`` or ``items`` alone.
ISSUE_LOG_NAMES = (
    *("deficiency", "deficiencies", "deficiency list", "deficiency log", "deficiency lists"),
    *("concerns", "concern log", "concerns log", "concern register", "concerns register"),
    *("exception log", "exceptions log", "exception register", "exception report"),
    *("escalation log", "escalations log", "escalations", "escalation register"),
    *("observations", "observation log", "observations log", "observation register"),
    *("open points", "open points list", "open point list", "open items", "open items list"),
    *("open item list", "parking lot", "parking lot items"),
    *("clarification", "clarifications", "clarification log", "clarification register"),
    *("clarifications log", "clarification tracker", "clarification requests"),
    *("delay log", "delays log", "delay register", "delay events", "delay event log"),
)
_TRACKS_A_MILESTONE = frozenset(
    {"baseline_date", "forecast_date", "actual_date", "status", "owner"}
)
_PLANS = ("activity tracker", "activity plan", "work plan", "workplan", "procurement plan")
NAMED_IN_TITLES: dict[str, dict[str, tuple[frozenset[str], int]]] = {
    # round 28: a team's *blockers* (a task tool's list or sheet ``Blockers``, Pivotal's and
    # Scrum boards' word) are the issues stopping it, as its impediments are; the word is a
    # priority's value (Jira's ``Blocker``) and a tool's field (Pivotal's ``Blocker``), so it
    # names the register in a sheet name or a title only, with a column tracking an issue
    "issues": {
        word: (frozenset({"status", "due_date", "priority", "severity", "closed_date"}), 1)
        for word in ("blocker", "blockers")
    }
    # round 34: a contract's query log: a supplier's or a contractor's technical queries
    # (``TQ Log``, ``Technical Query Register``), requests for information (``RFI Log``)
    # and site or design queries are the questions the project must answer by a date,
    # owned by a named person (an issue each). Never a bare ``query`` (Power Query's sheet
    # name) nor a header's word (``Query`` is such a log's title column)
    | {
        word: (frozenset({"status", "due_date", "priority", "closed_date"}), 1)
        for word in QUERY_LOG_WORDS
    }
    # round 42 (kw42): the other names of the lists of problems tracked (ISSUE_LOG_NAMES)
    | {
        word: (frozenset({"status", "due_date", "priority", "severity", "closed_date"}), 1)
        for word in ISSUE_LOG_NAMES
    },
    "decisions": {
        word: (frozenset({"date", "made_by"}), 1) for word in ("resolution", "resolutions")
    },
    "dependencies": {
        word: (frozenset({"need_by", "committed_date"}), 1) for word in SUPPLIED_ITEMS_WORDS
    },
    "milestones": {
        word: (frozenset({"baseline_date", "forecast_date", "actual_date", "status", "owner"}), 2)
        for word in ("release", "releases")
    },
}


def names_register(
    key: str,
    text: str,
    certain: set[str],
    has_word: Callable[[str, tuple[str, ...]], bool],
    headers: bool = False,
    header_text: str = "",
    plans: bool = True,
    beside: str = "",
) -> bool:
    """Whether ``text`` (a sheet name, a title; the headers when ``headers``) names
    register ``key``: one of its plain words, or a word of :data:`CONFIRMING` with a
    confirming column in ``certain`` and no other register's plain word beside it (``Gate
    Approvals`` are the gates', ``Interface Issues`` the issues'). A word of
    :data:`NAMED_IN_TITLES` needs no other register's plain word in ``header_text`` either
    (red team of round 15: ``Problem | Resolution`` on a ``Resolutions`` sheet are a support
    team's fixes, no board's decisions). A plan's word (``work plan``, ``activity tracker``)
    counts only when ``plans``: a file's name (``Work plan v1.2 (Issue 4).xlsx``) names the
    document, whose task list is no milestone plan (round 30)."""
    words = REGISTER_WORDS[key]
    conditional = CONFIRMING.get(key, {})
    plain = tuple(w for w in words if w not in conditional)
    if not headers:
        text = _without_claims(_without_actions_of(text, words))
    if has_word(text, tuple(w for w in plain if w not in _PLANS)):
        return True
    if plans and has_word(text, tuple(w for w in plain if w in _PLANS)):
        # red team of round 30: a plan's word (`Work Plan - Risks`) beside another
        # register's own word names that register's list, the risks of the work plan
        return not any(
            has_word(text, _plain(other))
            for other in REGISTER_WORDS
            if other not in (key, "finance")
        )
    confirmed = tuple(
        w
        for w, needs in conditional.items()
        if certain & needs and not (headers and w in TITLE_ONLY)
    )
    if not headers and not any(
        has_word(header_text, _plain(other)) for other in REGISTER_WORDS if other != key
    ):
        confirmed += tuple(
            w
            for w, (needs, count) in NAMED_IN_TITLES.get(key, {}).items()
            if len(certain & needs) >= count
            # red team of round 34: a procurement's word in the title beside a sheet
            # named `RFI` (or in the sheet beside the title) makes it a request to vendors
            and not (
                (w in QUERY_LOG_WORDS or w in ISSUE_LOG_NAMES)
                and _PROCUREMENT.search(f"{text} {beside}")
            )
        )
    if not confirmed or not has_word(text, confirmed):
        return False
    return not any(has_word(text, _plain(other)) for other in REGISTER_WORDS if other != key)


#: Red team of round 30: the list a register's word may only qualify in a title.
_ACTIONS_OF = r"(?:(?:review|response|management|plan|post)\s+)*[-\u2013:]?\s*(?:actions?|tasks?)\b"


def _without_actions_of(text: str, words: tuple[str, ...]) -> str:
    """``text`` without the phrases where one of the register's ``words`` only says whose
    actions a list holds (``Incident actions``, ``Post-incident review actions``, ``Incident
    Response Plan - actions``): such a title names an action list, no register. Round 30's
    ``incident`` named the issues register, and an action list titled so was adopted as
    issues."""
    alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.sub(rf"\b(?:{alts})\s+{_ACTIONS_OF}", " ", text, flags=re.IGNORECASE)


#: Red team of round 31: a claim of money a person paid out (``Expense claim form``,
#: ``Expenses claim - April``, ``Staff expense claims``, ``Mileage claim``).
_CLAIMS = re.compile(
    r"\b(?:expenses?|travel|mileage|subsistence)\s+claims?\b(?:\s+forms?)?",
    re.IGNORECASE,
)


def _without_claims(text: str) -> str:
    """``text`` without a person's expense claim (:data:`_CLAIMS`): a claim form names the
    money one claimant asks back, no register of the project's. Round 30's last hour made
    ``expense`` a finance word (``Expenses by Category``), and an employee's ``Expense claim
    form`` (a date, a description and an amount per receipt) was adopted as the project's
    actual spend. A grant's ``Expenditure claim`` (the project's spend claimed from its funder)
    and ``Expenses claimed`` are still finance."""
    return _CLAIMS.sub(" ", text)


def _plain(key: str) -> tuple[str, ...]:
    conditional = CONFIRMING.get(key, {})
    return tuple(w for w in REGISTER_WORDS[key] if w not in conditional)


#: A record number led by a whole word: ``ISSUE0010234``, ``CAPA-26-014``, ``NCR 007``.
_WORD_NUMBER = re.compile(r"^([A-Za-z]{3,})[-_ ./#]?\d[\w./-]*$")

#: The share of an ID column's values that must differ (an export may list a record twice;
#: one number on every row is a filter's value, no record's).
DISTINCT_SHARE = 0.8

#: Registers an ID's word may name (finance lines are not numbered by a register word).
_NUMBERED = ("risks", "issues", "assumptions", "dependencies", "decisions", "milestones")


def register_named_by_ids(
    columns: Iterable[list[CellValue]], headers: Iterable[str] = ()
) -> tuple[str, str] | None:
    """(register, the word) when the values of one of ``columns`` (the table's ID columns)
    are record numbers led by one register's word, nearly all different
    (:data:`DISTINCT_SHARE`), two different at least. Round 30: ``headers`` (the columns'
    header texts, in the same order) may say the codes number another thing: an
    ``Assembly`` column of ``ASM-101`` codes numbers assemblies, though ``ASM`` shortens
    assumption too (:func:`codes_of_header_noun`)."""
    heads = list(headers)
    for n, values in enumerate(columns):
        header = heads[n] if n < len(heads) else ""
        present = [str(v).strip() for v in values if v is not None and str(v).strip()]
        distinct = len({p.casefold() for p in present})
        if distinct < 2 or distinct < DISTINCT_SHARE * len(present):
            continue
        leads = set()
        for text in present:
            match = _WORD_NUMBER.match(text)
            if match is None:
                break
            leads.add(match.group(1).casefold())
        else:
            if len(leads) != 1:
                continue
            lead = leads.pop()
            if codes_of_header_noun(lead, header):
                continue
            for key in _NUMBERED:
                if lead in REGISTER_WORDS[key]:
                    return key, lead
            abbreviated = abbreviated_register(lead)
            if abbreviated is not None:
                return abbreviated, lead
    return None


_VOWELS = frozenset("aeiouy")

#: Header words of an ID column that name no object (``Ref``, ``No.``, ``ID``, ``Code``).
_ID_WORDS = frozenset({"ref", "reference", "no", "number", "num", "id", "code", "key", "item"})


def codes_of_header_noun(lead: str, header: str) -> bool:
    """Round 30: True when the ID column's own header names, in a word of its own that is no
    register's word and no ID word, the thing the codes' letters shorten (``ASM`` under
    ``Assembly``, ``MIL`` under ``Military standard``): the codes number that thing, not a
    register's items."""
    lead = lead.casefold()
    registers = {w for key in _NUMBERED for w in REGISTER_WORDS[key]}
    if len(lead) == 1:
        return _one_letter_of_noun(lead, header, registers)
    if code_is_initials_of(lead, header):
        return True  # red team of round 30: `DP1` under `Design package`
    for word in re.findall(r"[^\W\d_]+", header.casefold()):
        if len(word) < 3 or word in _ID_WORDS or word in registers:
            continue
        if word.rstrip("s") in registers:
            continue
        if len(lead) >= 2 and _shortens(lead, word):
            return True
    return False


def code_is_initials_of(lead: str, text: str) -> bool:
    """Red team of round 30: True when ``text`` (an ID column's header, a title, a sheet's
    name) holds words in a row whose initials spell the codes' two or more letters, none of
    them a register's word nor an ID word (``Design package`` or ``Design Packages`` over
    ``DP1``, ``DP2``): the codes number those things, not a register's items (``DP`` was
    read as a dependency's short code, and a design package list adopted as dependencies)."""
    lead = lead.casefold()
    if len(lead) < 2:
        return False
    registers = {w for key in _NUMBERED for w in REGISTER_WORDS[key]}
    words = [w for w in re.findall(r"[^\W\d_]+", text.casefold()) if w not in _ID_WORDS]
    for i in range(len(words) - len(lead) + 1):
        run = words[i : i + len(lead)]
        if "".join(w[0] for w in run) != lead:
            continue
        if not any(w in registers or w.rstrip("s") in registers for w in run):
            return True
    return False


#: Words a header of one-letter codes may hold that name the list, not a thing numbered.
_LIST_WORDS = frozenset({"raid", "register", "record", "log", "row", "line", "entry", "list"})


def _one_letter_of_noun(letter: str, header: str, registers: set[str]) -> bool:
    """Red team of round 30: True when the header of one-letter codes (``R1``, ``I-04``) is
    one noun of its own beside ID words only, that letter its initial (``Room`` over
    ``R1``, ``Release no.`` over ``R3``, ``Item`` is an ID word): the codes number rooms or
    releases, not a register's items. A register's word (``Risk``, ``Issue ref``) or the
    list's (``RAID ref``, ``Record``) is no such noun."""
    words = [w for w in re.findall(r"[^\W\d_]+", header.casefold()) if w not in _ID_WORDS]
    if len(words) != 1:
        return False
    word = words[0]
    if len(word) < 3 or word in registers or word.rstrip("s") in registers:
        return False
    return word not in _LIST_WORDS and word[0] == letter


def _shortens(lead: str, word: str) -> bool:
    """True when ``lead`` is ``word`` cut short (``ISS``, ``DEC``, ``ASSUM``) or ``word``'s
    first letter and then consonants of it in order (``RSK``, ``MST``, ``DCN``, ``ASM``)."""
    if word.startswith(lead):
        return True
    if lead[0] != word[0] or any(ch in _VOWELS for ch in lead[1:]):
        return False
    rest = iter(word[1:])
    return all(ch in rest for ch in lead[1:])


def abbreviated_register(lead: str) -> str | None:
    """Round 29: the register whose own name (``risk``, ``issue``, ``assumption``,
    ``dependency``, ``decision``, ``milestone``) the letters of an item code shorten, when
    they shorten only one of them (``RSK``, ``ISS``, ``ASM``, ``DEC``, ``MST``); else None.

    A PM numbers a register's items with its name's short form, so a table nothing else
    names (``Sheet1``, headers ``Ref | Description | Owner | Due``) is the register its codes
    say. Only codes of three to five letters (``R-``, ``D-`` say too little: ``D`` is a
    decision's and a dependency's), only the registers' own names (``DEV``, ``FIN``,
    ``APP`` shorten ``deviation``, ``finding``, ``approval`` but number development,
    finance and application items), never a prefix another object is numbered by
    (``ACT``, ``CHG``, ``REQ``: :data:`evidence.OTHER_OBJECTS`), and a vowel inside a
    consonant form says a different word (``DES`` of design is no decision)."""
    from addin.adopt.evidence import OTHER_OBJECTS  # evidence reads the register words too

    lead = lead.casefold()
    if not 3 <= len(lead) <= 5 or not lead.isalpha() or lead.upper() in OTHER_OBJECTS:
        return None
    found = {key for key in _NUMBERED if _shortens(lead, REGISTER_WORDS[key][0])}
    return found.pop() if len(found) == 1 else None


#: Round 15: the name of the file being adopted (its stem), for :func:`file_words`.
_SOURCE_NAME: ContextVar[str] = ContextVar("source_name", default="")

#: The names spreadsheet programs and tools give a sheet nobody named: Excel's ``Sheet1`` in
#: the languages of ``languages.toml`` (``Feuil1``, ``Tabelle1``, ``Hoja1``, ``Blad1``,
#: ``Foglio1``, ``Planilha1``, ``Arkusz1``, ``List1``, ``Лист1``), an export's ``Export``,
#: ``Page 1``, ``Data``, ``Query``, ``Report``, ``Results``.
GENERIC_SHEET = re.compile(
    r"^\s*(?:sheet|feuil|tabelle|hoja|blad|foglio|planilha|arkusz|list|лист|munkalap|sayfa"
    r"|export|page|data|query|report|results?|worksheet|table)\s*\d*\s*$",
    re.IGNORECASE,
)


#: A document's issue number (``Project Plan Issue 3``, ``PID_Issue_2``, ``(Issue 4)``): PRINCE2
#: and UK public-sector documents are versioned by issue, so the word names no issue log
#: (red team of round 15: a task list in ``Project Plan Issue 3.xlsx`` was adopted as issues).
_ISSUE_NUMBER = re.compile(
    r"(?<![^\W\d_])issue[\s_.-]*(?:no\.?[\s_]*)?\d+(?:\.\d+)*", re.IGNORECASE
)


#: Round 26's last hour: the name a task tool gives the sheet of every export, whatever its
#: rows hold (Microsoft Planner's and Project for the web's ``Tasks``, a ``Task List``, MS
#: Project's export map ``Task_Table1``): the tool calls every row a task, so the name says no
#: more of what the list is than ``Sheet1`` does.
#: Round 27 (s27a): the noun a task tool writes for "task" in the languages of the major
#: business PMOs (Planner's and Project's French ``Tâches``, German ``Aufgaben``, Spanish
#: ``Tareas``, Portuguese ``Tarefas``, Italian ``Attività``, Dutch ``Taken``), accent-folded
#: and lower-case: the one list the sheet's name (:data:`TASK_TOOL_SHEET`) and the tool's
#: own field names (``signatures.task_export``: ``Aufgabenname``, ``Nom de la tâche``) read.
TASK_TOOL_NOUNS = ("task", "tache", "aufgabe", "tarea", "tarefa", "attivita", "taak", "taken")
#: The plural forms of :data:`TASK_TOOL_NOUNS` a sheet is named by, and the words for a list.
_TASK_SHEET_NOUN = r"(?:tasks?|t[aâ]ches?|aufgaben?|tareas?|tarefas?|attivit[aà]|taken|taak)"
_TASK_SHEET_LIST = r"(?:list|liste|lista|lijst|elenco|export|table|data)"
TASK_TOOL_SHEET = re.compile(
    rf"^\s*(?:(?:liste\s+des|lista\s+de|elenco)\s+)?{_TASK_SHEET_NOUN}"
    rf"(?:[\s_]*{_TASK_SHEET_LIST})?[\s_]*\d*\s*$",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _task_words() -> frozenset[str]:
    """The word each language's task tools write for a row, a task (``languages.toml``'s
    ``task``: Polish ``Zadania``, Japanese ``タスク``, Chinese ``任务`` / ``任務``, Korean
    ``작업``, Arabic ``المهام``, Turkish ``Görevler``, Russian ``Задачи``), folded."""
    return frozenset(
        fold(word)
        for english, by_language in entries("words")
        if english == "task"
        for words in by_language.values()
        for word in words
    )


def _task_word_sheet(sheet: str) -> bool:
    """Whether ``sheet`` is named only with a task tool's word for its rows in a language of
    the vocabularies (round 27: Planner's Polish export lands on ``Zadania``, its Russian on
    ``Задачи``, as its English one lands on ``Tasks``), with a number at most."""
    return fold(re.sub(r"[\s_]*\d*\s*$", "", sheet).strip()) in _task_words()


#: Round 26's last hour: the names of the adopted workbook's sheets, for :func:`file_words`.
_SHEET_NAMES: ContextVar[tuple[str, ...]] = ContextVar("sheet_names", default=())


@contextmanager
def source_named(stem: str, sheets: Iterable[str] = ()) -> Iterator[None]:
    """Within the block, :func:`file_words` reads ``stem`` as the adopted file's name and
    ``sheets`` as its workbook's sheet names."""
    token = _SOURCE_NAME.set(stem)
    named = _SHEET_NAMES.set(tuple(sheets))
    try:
        yield
    finally:
        _SHEET_NAMES.reset(named)
        _SOURCE_NAME.reset(token)


#: Round 28: the word a task tool writes for its records, as it names the sheet of every
#: export (Hive's ``Actions``, a card tool's ``Cards``, ``Items``, ``Records``): on a table of
#: a task export's shape (``task_exports.task_shape``), the name says no more of what the
#: list is than ``Tasks`` does. A person's ``Actions`` sheet of ``Action | Owner | Due`` has
#: no such shape, and stays an action log.
TOOL_RECORD_SHEET = re.compile(
    r"^\s*(?:actions?|cards?|items?|records?|work[\s_]*items?)[\s_]*\d*\s*$", re.IGNORECASE
)


def _tool_named(sheet: str, task_export: bool, records_sheet: bool = False) -> bool:
    """Whether ``sheet`` is a task tool's export sheet whose file's name speaks for it
    (round 26's last hour): named only as the tool names every export (:data:`TASK_TOOL_SHEET`),
    its table the tool's own fields and no schedule (``task_export``: ``Task ID``, ``Task
    Name``, no duration, link, effort or share done, which make a plan of work, never a
    register; ``signatures.task_export``), and the workbook's only sheet a person or tool
    named (a ``Tasks`` sheet beside ``Risks`` and ``Issues`` is that project's task list,
    and the file's name is the other sheets')."""
    tool_sheet = TASK_TOOL_SHEET.match(sheet) or _task_word_sheet(sheet)
    if not task_export or not (tool_sheet or (records_sheet and TOOL_RECORD_SHEET.match(sheet))):
        return False
    others = [s for s in _SHEET_NAMES.get() if s != sheet]
    return all(GENERIC_SHEET.match(s) for s in others)


def source_words() -> str:
    """The words of the adopted file's name, whatever its sheets are called (round 40,
    t51a: ``Tienda_online_2026_asana`` -> ``tienda online asana``)."""
    spaced = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", _SOURCE_NAME.get())
    return " ".join(re.findall(r"[^\W\d_]+", spaced)).lower()


def file_words(sheet: str, *, task_export: bool = False, records_sheet: bool = False) -> str:
    """The words of the adopted file's name (``odoo_tasks-IssueLog_v2`` -> ``odoo tasks issue
    log v``; a document's issue number, ``Plan Issue 3``, left out) when ``sheet`` is a name nobody gave (:data:`GENERIC_SHEET`): an export saved
    as ``Issue Log.xlsx`` lands on ``Sheet1``, and its file's name is the only place a person
    said what it holds. Round 26's last hour: so too a task tool's ``Tasks`` sheet alone in
    its workbook, its table the tool's and no schedule (``task_export``; :func:`_tool_named`): a Planner plan
    kept as an issue log and saved as ``Velodrome issues.xlsx``; round 28: so too a sheet
    named with a tool's word for its records (:data:`TOOL_RECORD_SHEET`, ``records_sheet``:
    the table has a task export's shape). Empty for a named sheet
    (its own name speaks for it)."""
    stem = _SOURCE_NAME.get()
    if not stem or not (
        GENERIC_SHEET.match(sheet) or _tool_named(sheet, task_export, records_sheet)
    ):
        return ""
    spaced = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", _ISSUE_NUMBER.sub(" ", stem))
    return " ".join(re.findall(r"[^\W\d_]+", spaced)).lower()


#: A document's revision history (red team of round 15): a version column of version
#: numbers beside who wrote or what changed, the document control templates open with.
_VERSION_HEAD = re.compile(
    r"^\s*(?:doc(?:ument)?\s+)?(?:version|ver\.?|revision|rev\.?)\s*(?:no\.?|#)?\s*$", re.IGNORECASE
)
_VERSION_VALUE = re.compile(r"^\s*v?\d{1,3}(?:\.\d{1,3}){0,2}[a-z]?\s*$", re.IGNORECASE)
_HISTORY_HEAD = re.compile(
    r"\b(?:author|authors|changes?|amendments?|modifications?)\b", re.IGNORECASE
)


def revision_history(headers: dict[int, str], values_of: Callable[[int], list[CellValue]]) -> bool:
    """Whether a table is a document's revision history (``Version | Date | Author |
    Description of change``): templates open with one on their first sheet, so the file's
    name (``Decision Log.xlsx``) says nothing of it (read by it, three versions were three
    decisions)."""
    if not any(_HISTORY_HEAD.search(text) for text in headers.values()):
        return False
    for col, text in headers.items():
        if not _VERSION_HEAD.match(text):
            continue
        present = [str(v) for v in values_of(col) if v is not None and str(v).strip()]
        if present and all(_VERSION_VALUE.match(p) for p in present):
            return True
    return False


# ---------------------------------------------------------------------------------------
# Round 18: when the words and the fields disagree
# ---------------------------------------------------------------------------------------

#: A register's name in the reason (``a decision log``, ``a milestone plan``).
KIND_NAMES = {
    "risks": "a risk register",
    "issues": "an issue log",
    "assumptions": "an assumptions log",
    "dependencies": "a dependency log",
    "decisions": "a decision log",
    "milestones": "a milestone plan",
    "finance": "a finance tracker",
}


def _item_texts(values: list[CellValue]) -> bool:
    """Whether a column's values read as its items' texts: filled on half the rows or more,
    different on most filled rows (a gate's ``Approved`` on every row names no decision)."""
    present = [str(v).strip().casefold() for v in values if v is not None and str(v).strip()]
    return (
        len(present) >= 2
        and 2 * len(present) >= len(values)
        and len(set(present)) >= DISTINCT_SHARE * len(present)
    )


def fits_named(
    key: str,
    chosen: Mapping[int, Candidate],
    values_of: Callable[[int], list[CellValue]],
    main: Iterable[str],
    own: Iterable[str],
) -> bool:
    """Whether the table's fields fit register ``key`` its words name: a column only that
    register has read for certain by its header (a decision's maker or rationale, a risk's
    probability), or its main text column read for certain by its header whose values are
    the items' texts. A text column found only by its values, dates in a partial sense and
    people by their names are no fit of their own: any list has them."""
    main_keys, own_keys = set(main), set(own) - set(main)
    for col, cand in chosen.items():
        if cand.confidence < CERTAIN or cand.synonym.startswith("("):
            continue  # by content or a value's sense, not by the header's words
        if cand.column_key in own_keys:
            return True
        if cand.column_key in main_keys and _item_texts(values_of(col)):
            return True
    return False


def words_and_fields(named: str, where: str, told: str, told_reason: str) -> str:
    """The reason of a table whose words name register ``named`` (``where``: the title, the
    sheet name, the headers) and whose fields fit register ``told`` clearly better: both
    readings said, the fields' taken, for review."""
    fields = told_reason.split("(", 1)[1].rstrip(")") if "(" in told_reason else told_reason
    return (
        f"words and fields disagree: {where} names {KIND_NAMES[named]}, but none of its "
        f"own fields is there, and its fields read as {KIND_NAMES[told]} ({fields}): read "
        f"as {KIND_NAMES[told]} by its fields (check; if it is "
        f'{KIND_NAMES[named]}, name its register in the mapping file ("register": '
        f'"{named}") and adopt again with --mapping)'
    )


def items_with_amounts(
    chosen: Mapping[int, Candidate], month_across: bool, other_kind: str | None
) -> str | None:
    """Round 18: why a table a money word names is no finance tracker, or None. A list of
    items of another kind (``Asset``, ``Action item``, ``Order``, ``Task``: ``other_kind``,
    the header saying so) each with an amount and a date (``Cost`` and ``Purchase date``,
    ``Budget`` and ``Due date``), read as finance only because a date's sense gives the
    month, one amount column (a tracker's rows carry several measures), and no cost line,
    category or period across says the amounts are a tracker's: an asset register or an
    action list priced, not amounts by month and cost line."""
    if month_across or other_kind is None:
        return None
    if any(
        c.column_key in ("cost_line", "category", "capex_opex") and c.confidence >= CERTAIN
        for c in chosen.values()
    ):
        return None
    months = [c for c in chosen.values() if c.column_key == "month"]
    if not months or any(c.confidence >= CERTAIN for c in months):
        return None
    # one figure per item (its cost, its budget); a tracker's rows carry its measures (an
    # ERP's cost summary: Budget, Actual and Forecast Amount on every task's row)
    if sum(1 for c in chosen.values() if c.column_key in MEASURES) != 1:
        return None
    return (
        f"words and fields disagree: a money word names a finance tracker, but its rows are "
        f"items headed {other_kind!r}, each with an amount and a date, not amounts by month "
        "and cost line (a priced list: an asset register, an action list, purchase orders); "
        "if it is a cost tracker, name its cost line and month columns in the mapping file "
        '("register": "finance") and adopt again with --mapping'
    )
