"""Header texts that legacy registers use for each canonical column.

Keys are :mod:`addin.layout` column keys; phrases are compared after
:func:`addin.adopt.match.normalise_header` (lower case, no punctuation, no hints in
brackets); each column's own name comes first. A phrase listed under :data:`COMMON`
applies to every register that has that column.

Computed columns (score, rating, slippage, slack) are listed too, so that a legacy
``Risk Score (P x I)`` column is recognised and reported as "recomputed, not imported"
instead of being left out as unknown.
"""

from __future__ import annotations

from functools import lru_cache

from addin import layout

#: The three measures of a finance tracker (a Finance row's amounts), in the order the
#: Finance sheet and a tracker write them: the one list every module reads them from
#: (:data:`addin.adopt.match.AMOUNT_KEYS` is its set).
MEASURES: tuple[str, ...] = ("budget", "actual", "forecast")

#: The people a dependency log names by the side they are on (round 29's last hour): "Their
#: PM", "Their lead", "Other side's contact" are the counterparty owner; "Our lead", "Our PM"
#: the owner. A person word alone says no side; a side word alone names no person.
_PERSON_WORDS = ("pm", "project manager", "lead", "owner", "contact", "manager", "poc")
THEIR_SIDE_PEOPLE: tuple[str, ...] = tuple(
    f"{side} {person}"
    for side in ("their", "other side", "other side s", "counterparty", "partner")
    for person in _PERSON_WORDS
    if f"{side} {person}" != "counterparty owner"
)
OUR_SIDE_PEOPLE: tuple[str, ...] = tuple(
    f"{side} {person}"
    for side in ("our", "our side", "our side s")
    for person in _PERSON_WORDS
    if f"{side} {person}" != "our owner"
)

#: Phrases shared by every register having the column.
COMMON: dict[str, tuple[str, ...]] = {
    "id": (
        "id",
        "ref",
        "ref no",
        "reference",
        "reference no",
        "no",
        "nr",
        "num",
        "number",
        "#",
        "s no",
        "sno",
        "sl no",
        "serial",
        "serial no",
        "item id",
        "item no",
        "item",
        "key",
        "log id",
        "log no",
        "id code",
        "code",
        "identifier",
        # round 30: a procurement plan numbers its contract packages (``LVWSP/W/01``)
        *("package no", "package number", "package ref", "contract package no"),
        "key id",
        "~row id",
    ),
    "owner": (
        "owner",
        "assigned to",
        "assigned to owner",
        "assignee",
        "responsible",
        "responsible person",
        "action owner",
        "accountable",
        "owned by",
        "who",
        # round 23 (its last hour): an action plan's "By whom | By when" pair
        "by whom",
        "lead",
        "responsible party",
        "person responsible",
        # round 20: the party a contract's milestone or obligation falls to (FIDIC and
        # public-works milestone sheets: ``Responsibility`` over Employer / Contractor /
        # Engineer), the noun of "responsible"
        "responsibility",
        "actionee",
        # round 13: the holder of the action in UK and defence logs ("Action Holder")
        "action holder",
        # round 14: the civil service's officer of an action (Nigeria, Kenya, India, UK) and
        # the focal person or point of development agencies, the UN and African and Asian
        # governments
        # round 20: the person working a ticket in service desk tools (Freshservice,
        # Freshdesk, Zendesk: "Agent"), when problems or incidents are kept as the issue log
        "agent",
        "assigned agent",
        "action officer",
        "responsible officer",
        "focal person",
        "focal point",
        "~members",
        "~member",
        # round 16: the person an action is given to in minutes, NCR and site registers of
        # the UK, Australia and the Commonwealth ("Action By: JM", "Action Party"); weak, so
        # a plain Owner beside it keeps the owner, and dates under it fit no person column
        "~action by",
        "~actioned by",
        "~action party",
        # round 40 (t50b): a query log's ``Action With`` (the TQ or RFI waits with that
        # person for the answer: the ball in their court), as ``Action by``
        *("~action with", "~currently with", "~ball in court"),
        # round 30's last hour: the person who watches an assumption or a risk in a logframe
        # or a donor's log ("Monitored by"); weak, so a plain Owner beside it keeps the owner
        "~monitored by",
        # round 20: the party that answers for an item in contract and works programmes
        # ("Responsibility": the employer, the contractor, the engineer; an organisation is
        # an owner as a person is)
        "responsibility",
    ),
    "raised_date": (
        # round 40 (t50d): the day an item went into the log (a RAID log's ``Log date``,
        # ``Logging date``, ``Date of log``), as its date logged
        *("log date", "logging date", "date of log", "date of logging", "log entry date"),
        # round 39 (t49a): a snag list's or an inspection's date a defect was noted (``Date
        # Noted``), as an issue's date logged
        *("date noted", "noted on", "noted date", "noted"),
        # round 36 (vx36): a contract's notices (an NEC early warning, a compensation
        # event, a claim) are dated when a party notified them
        *("date notified", "notified on", "notification date", "date of notification"),
        "raised date",
        "date raised",
        "date identified",
        "identified date",
        "identified on",
        "date logged",
        "logged date",
        "logged on",
        "reported on",
        "date reported",
        "reported date",
        "date opened",
        "opened",
        "opened on",
        "date created",
        "created",
        "created date",
        "created on",
        "raised on",
        "date entered",
        "entry date",
        "date added",
        "raised",
        "logged",
        "identified",
        "reported",
        "open date",
        "date registered",
        "date requested",
        "requested on",
        "registered",
        "registered on",
        "date recorded",
        "recorded on",
        # round 13: the noun of "created" (Sciforma "Creation Date")
        "creation date",
        "date of creation",
    ),
    "status": ("status", "current status", "state", "item status", "open closed"),
    "last_updated": (
        "last updated",
        "last update",
        "date of last update",
        "updated",
        "updated on",
        "last modified",
        "modified",
        "last activity",
        "last activity date",
        "date updated",
        "last review date",
        "last reviewed",
        # round 39 (t48a): the day the item was last looked at (a Spanish ``Revisado``)
        *("reviewed", "reviewed on", "date reviewed"),
        # round 13: Notion's "Last edited time", Confluence's "Last edited"
        "last edited",
        "last edited time",
        "edited",
        # round 29's last hour: a log's "Last change" stamp (the day it last changed)
        "last change",
        "last changed",
        "last changed on",
        "date last changed",
    ),
    "closed_date": (
        "closed date",
        "date closed",
        "closure date",
        "close date",
        "closed on",
        "date of closure",
        "actual closure date",
        "date completed",
        # round 29: as ``date completed`` (Zoho Projects' task field; issues had it already)
        "completion date",
        "closed",
        "resolved",
        "date resolved",
        "resolved date",
        "completed",
        # round 36 (t42a): a quality or a site log's close-out (an NCR, a snag, an
        # observation is closed out when the fix is verified)
        *("close out", "closeout", "close out date", "closeout date", "closed out"),
        *("closed out on", "date closed out"),
        # round 39 (t49a): a snag list's date a snag was put right (``Cleared``), beside
        # the date it was noted
        *("cleared", "date cleared", "cleared on", "cleared date", "rectified"),
        *("date rectified", "rectified on"),
        # round 42 (v42c): PRINCE2 and government risk registers retire a risk that can no
        # longer happen (``Date retired``; before: read as the date raised, by likeness)
        *("date retired", "retired date", "retired on"),
    ),
    "due_date": (
        "due date",
        "due",
        "due by",
        "target",
        "target date",
        "target resolution",
        "target resolution date",
        "expected resolution date",
        "resolve by",
        "deadline",
        "action due date",
        # round 38 (t47a): a RAID log read in the weekly call dates each line's next step
        # (``Next action | Next action date``): the date it is next due, as an action's
        # due date (a review cadence, ``Next review date``, stays unread)
        *("next action date", "next action due", "next action due date", "next step date"),
        "target completion date",
        "target close date",
        # round 23 (its last hour): an action plan's "By whom | By when" pair
        "by when",
        # round 42 (v42c): the date an item's action is expected to be done by, as US
        # federal and contractor RAID logs write it (``ECD``, ``Est. Completion``,
        # ``Estimated Completion Date``; before: a risk's read as its closure date)
        *("ecd", "estimated completion date", "estimated completion"),
        *("expected completion date", "expected completion"),
    ),
    "linked_ids": (
        "linked ids",
        "linked id",
        # the items a decision links to, by whatever word the log uses (round 6)
        "linked items",
        "linked item",
        "related items",
        "linked",
        "links",
        "assoc id",
        "associated id",
        "associated ids",
        "related ids",
        "related id",
        "related items",
        "cross reference",
        "related",
    ),
    "description": (
        "description",
        "details",
        "detail",
        "detailed description",
        # round 31: a procurement plan's (and many registers') text column, `General
        # Description` of the package or item: `general` says nothing more
        "general description",
        "narrative",
        # a tool's notes field (Asana "Notes") holds the item's text when nothing else does
        "~notes",
        "~note",
        # round 22: Tuleap's tracker field for an artifact's text as first submitted
        "original submission",
    ),
    # Smartsheet's "Primary" column names each row
    "title": ("~primary", "~primary column"),
    "escalation_level": ("escalation level", "escalation", "escalated to", "escalate to"),
}

#: Phrases per register (added to :data:`COMMON`).
#: Round 41 (ox41): a months-across cost sheet's ``Work`` / ``Works`` (German ``Arbeiten``),
#: the work each row pays for beside the supplier doing it: the line, the supplier its party.
#: The whole header only (``match``): ``Work this period`` is a claim's amount and ``Scope of
#: Works`` a line by its own synonym; a plan's ``Work`` of hours fits no line's values.
WORK_LINES = frozenset({"work", "works"})
#: Round 40 (ox40): a job ledger's line: the job task each entry is posted to and each
#: planning line budgets (Dynamics 365 Business Central's and NAV's ``Job Task No.``,
#: Danish ``Sagsopgavenr.`` through ``languages.toml``), the line the ERP reports a job's
#: budget against its usage by: the finance cost line, a budget line's heading beside a
#: description (``evidence.LINE_PHRASES``) and a ledger's line (``lines.account_header``).
JOB_TASK_LINES = frozenset({"job task", "job task no", "job task number", "job task code"})

REGISTER: dict[str, dict[str, tuple[str, ...]]] = {
    "risks": {
        "title": (
            "title",
            "risk",
            "risk title",
            "risk name",
            "name",
            "summary",
            "short description",
            "risk event",
            "event",
            "risk summary",
            "headline",
            # round 33: a register's one text column headed as PMI's statement (``If ...,
            # then ...``): the risk's title, as rounds 13-14 read it (beside a ``Risk
            # title``, the title's own word wins and the statement is the description)
            "~risk statement",
        ),
        "description": (
            "risk description",
            "description of risk",
            "risk details",
            # round 33: PMI / PMBOK's and APM's word for a risk's cause-event-effect text,
            # beside a title column (alone, it is the risk's title: below)
            "~risk statement",
            "~statement of risk",
        ),
        "category": (
            *("category", "risk category", "categories", "risk type", "type", "risk area"),
            # round 42 (v42c): PMBOK's risk breakdown structure classes risks by source (its
            # ``RBS category``, ``Risk source``, ``Source of risk``), and ISO 31000 and
            # government registers by class (``Risk classification``): the category
            *("risk source", "source of risk", "rbs category", "rbs", "risk classification"),
            "classification",
        ),
        "probability": (
            "probability",
            "likelihood",
            "prob",
            "probability value",
            "likelihood value",
            "likelihood of occurrence",
            "probability of occurrence",
            "chance",
            "probability rating",
            "likelihood rating",
            "probability score",
            "likelihood score",
            # round 13: FMEA's and Jira Align's word for the likelihood ("Occurrence")
            "occurrence",
            "occurrence rating",
            "p",
            "l",
        ),
        "impact": (
            "impact",
            "impact value",
            "impact rating",
            "impact score",
            "consequence",
            "impact level",
            "severity",
            "i",
            # round 39 (t48a): what the risk would do, its effect (a Spanish ``Efecto``)
            "effect",
        ),
        "score": (
            "score",
            "risk score",
            "risk value",
            "exposure",
            "rpn",
            "risk priority number",
            "p x i",
            "pxi",
            "ev",
            "expected value",
            "importance",
            "risk ranking",
            "ranking",
            "inherent score",
            # round 42 (v42c): the product of likelihood and consequence (``L x C``); a bare
            # ``P*I`` reads as a heat map's corner ``P \ I`` does, as nothing
            *("l x c", "lxc", "l x i", "lxi"),
        ),
        "rating": (
            *("rating", "risk rating", "rag", "rag status", "risk level", "risk rag"),
            # round 42 (v42c): the rating before any response (ISO 31000 and government
            # registers' ``Inherent risk rating``, ``Gross rating``; before: read as the
            # risk's title by its word ``risk``), BRAG (RAG with blue for done), and the
            # PMBOK priority the rating ranks a risk by
            *("inherent risk rating", "inherent rating", "inherent risk level", "gross rating"),
            *("gross risk rating", "brag", "brag status", "risk priority"),
        ),
        "proximity": ("proximity", "timeframe", "time frame", "when", "risk proximity"),
        "response_type": (
            "response type",
            "strategy",
            "risk strategy",
            "response strategy",
            "treatment",
            "risk treatment",
            "risk response",
            "response category",
            # round 42 (v42c): ISO 31000's choice among ways to treat a risk (``Treatment
            # option``), and a register's ``Response option`` (Avoid / Reduce / Accept)
            *("treatment option", "treatment options", "risk treatment option", "treatment type"),
            *("response option", "response options"),
        ),
        "response": (
            "response",
            "responses",
            "mitigation",
            "mitigation action",
            "mitigation actions",
            "mitigation plan",
            "mitigation in place",
            "action",
            "actions",
            "response action",
            "short mitigation brief",
            "mitigation brief",
            "response plan",
            "risk response",
            "treatment plan",
            "countermeasures",
            "mitigation strategy",
            "action plan",
            "strategy",
            "risk strategy",
            "contingency",
            "contingency plan",
            # ISO 31000 / AS/NZS registers: a treatment column of prose is the plan, one of
            # Avoid / Reduce / Accept words the type (the values decide, as for "strategy")
            "treatment",
            "risk treatment",
            "treatment actions",
            # round 14: the US DoD Risk, Issue and Opportunity guide's "Risk Handling Plan"
            # (its "Handling Strategy" is the response type, by its values)
            "handling plan",
            "risk handling plan",
            # round 42 (v42c): the actions of the response (before: read as its type by
            # ``risk response``), and the mitigation proposed or planned
            *("risk response actions", "risk response action"),
            *("proposed mitigation", "planned mitigation"),
        ),
        "residual_probability": (
            "residual probability",
            "residual likelihood",
            "post mitigation probability",
            "target probability",
            "residual p",
            # round 30: the letter of a likelihood under a residual / target group label
            "residual l",
        ),
        "residual_impact": (
            "residual impact",
            "post mitigation impact",
            "target impact",
            "residual i",
            # round 30: the letter of a consequence under a residual / target group label
            "residual c",
            "residual consequence",
            "residual severity",
        ),
        # (round 42: v42c's residual ratings taken out at the merge: ``Target Rating`` is the
        # rating and a post-mitigation EMV no score, round 30's near misses)
        "residual_score": ("residual score", "residual risk score", "residual exposure"),
        "escalation_level": ("escalation required",),
        # round 16: "Next Review" is when the entry is looked at again (a review cadence),
        # not when the risk's response is due: listed in KNOWN_UNMAPPED
        "due_date": ("review date", "review by"),
    },
    "issues": {
        # round 30's last hour: an incident or reportable event log numbers its entries
        "id": ("event id", "incident id", "event ref", "incident ref"),
        # round 30: a regulator's incident register is an issue log: the date the incident
        # (or event) happened is the date it was raised
        "raised_date": (
            *("date of incident", "incident date", "date of event", "event date"),
            *("date of occurrence", "occurrence date", "date occurred"),
            # round 36 (t42a): a non-conformance report, a site instruction or a query is
            # ISSUED (to the party that must act on it) the day it is raised
            *("date issued", "issued on", "date of issue", "issued date"),
            # round 39 (t48b): a hindrance register dates each hindrance from its start
            # (``Date of Start of Hindrance``): the day the issue began, as an incident's
            *("date of start of hindrance", "start of hindrance", "hindrance start date"),
            *("hindrance start", "hindrance started on"),
            # round 39 (t48a): the day an issue began holding the work up (a hindrance
            # register's ``Since``, ``Open since``, ``Pending since``)
            *("since", "open since", "pending since"),
        ),
        "title": (
            "title",
            "issue",
            "hindrance",  # round 39 (t48a): a hindrance register's text column
            "issue title",
            "issue name",
            "name",
            "summary",
            "subject",
            "headline",
            # round 39 (t48b): what the issue is, in the words of Indian and British forms
            # (``Nature of Hindrance``, ``Nature of Issue``, ``Nature of Problem``)
            *("nature of issue", "nature of hindrance", "nature of problem"),
        ),
        "description": (
            "issue description",
            "description of issue",
            "impact summary",
            # round 17: an audit finding's text (the IIA's "observation": what was found)
            "observation",
            "audit observation",
            # round 30's last hour: an incident or reportable event log's text (what happened)
            *("incident description", "description of incident", "details of incident"),
            *("event description", "description of event", "details of event"),
            # round 33: a method form's statement of the issue (PMI's "issue statement")
            *("issue statement", "statement of issue", "problem statement"),
        ),
        "type": ("type", "issue type", "kind"),
        "severity": ("severity", "impact", "impact level", "impact rating", "seriousness"),
        # Wrike, Outlook and To Do call the priority "Importance" (round 6)
        "priority": ("priority", "urgency", "issue priority", "importance"),
        "resolution": (
            "resolution",
            "resolution action",
            "response",
            "response action",
            "action",
            "actions",
            "action steps",
            "action plan",
            "final resolution",
            "final resolution and rationale",
            "decision",
            "next steps",
            "actions taken",
            # round 33: a vendor's ticket log writes what resolved a ticket as its fix or
            # the workaround given meanwhile (not a bare ``Fix``: Jira's ``Fix Version``)
            *("fix / workaround", "fix or workaround", "workaround / fix", "fix applied"),
            *("fix description", "fix details", "solution", "resolution / workaround"),
            # a workaround or a fix proposed is the resolution less surely than the fix made
            # (rt33b: ``match.stopgap_fix``), so they are listed as weak
            *("~workaround", "~workarounds", "~work around", "~work-around", "~proposed fix"),
            # round 39 (t48b): a team's own property asking how the issue or blocker went
            # away (a Notion database's ``How it got unblocked``): the text of its resolution
            *("how resolved", "how it was resolved", "how it got resolved", "how fixed"),
            *("how it was fixed", "how it got fixed", "how unblocked", "how it was unblocked"),
            *("how it got unblocked", "how it was solved", "how it got solved"),
        ),
        # round 34: a query log's (RFI, technical query) date its answer is owed by
        "due_date": (
            # round 40 (t51a): an issue's end date is the date it is to be ended by (Jira's
            # Dutch ``Einddatum``, its due date): weak, a plainer due date wins
            "~end date",
            *("reply required by", "reply required", "reply by", "reply due", "reply due by"),
            *("response required by", "response required", "response due", "response due by"),
            *("answer required by", "answer by", "answer due", "date reply required"),
            *("date response required", "required response date", "response date required"),
            # round 40 (t50b): a snag list's or a defects log's date a defect is to be put
            # right by (``To Be Fixed By``, ``Fix by``, ``Rectify by``): its due date
            *("to be fixed by", "fix by", "fix date", "target fix date", "to be rectified by"),
            *("rectify by", "rectification due", "to be completed by", "to be closed by"),
        ),
        "escalation_level": ("escalation required", "escalated"),
        "source_risk_id": (
            *("source risk id", "risk id", "related risk", "linked risk", "risk ref"),
            # round 42 (v42c): the risk an issue came from, as PRINCE2 and PMBOK logs say
            *("source risk", "risk reference", "from risk", "raised from risk"),
        ),
        "closed_date": (
            "actual resolution date",
            "actual res date",
            "resolved date",
            "date resolved",
            "resolution date",
            "completion date",
            "resolved on",
            # round 36 (vx36): a query log's (RFI, TQ) answer closes the query: the date it
            # was answered or responded to, beside the date the answer was owed by
            *("date responded", "responded", "responded on", "date answered", "answered"),
            *("answered on", "date replied", "replied", "replied on"),
            # round 39 (t48b): a hindrance ends when it is removed (``Date of Removal of
            # Hindrance``): the day the issue was closed
            *("date of removal of hindrance", "removal of hindrance", "date of removal"),
            *("hindrance removed on", "hindrance removal date", "removal date", "removed on"),
            # round 40 (t50b): a snag list's date the client or the inspector signed the
            # fix off (``Signed Off``): the day the snag was closed, as ``Cleared``; a
            # person's ``Signed off by`` stays unread (no date)
            *("signed off", "signed off on"),
        ),
    },
    "assumptions": {
        "assumption": (
            "assumption",
            "assumption description",
            "description",
            "title",
            "statement",
            "assumption statement",
            "summary",
            # round 42 (v42c): the assumption's text as a PMBOK assumption log heads it
            *("assumption details", "details of assumption", "assumption detail"),
        ),
        "validate_by": (
            "validate by",
            "validation date",
            "validation due",
            "date to validate",
            "validate by date",
            "target date",
            "due date",
            "validation due date",
            "target",
            "test by",
            "date to be validated",
            "to be validated by",
            "validation deadline",
            "confirm by",
            "due",
            "due by",
            "deadline",
            # round 38 (t47a): a RAID log's date of each line's next step, an assumption's
            # date to be checked by (as a risk's or an issue's due date)
            "next action date",
        ),
        "confidence": ("confidence", "confidence level", "certainty", "likelihood"),
        "impact_if_false": (
            "impact if false",
            "impact if wrong",
            "impact if invalid",
            "impact if not true",
            "impact if assumption is proven invalid",
            "impact if incorrect",
            "impact",
            "consequence if wrong",
            # the header says only the condition: "If Untrue...", "If False" (round 7)
            "if untrue",
            "if false",
            "if wrong",
            "if invalid",
            "if not true",
            "if incorrect",
            "if proven wrong",
            # round 14: a logframe's or assumption log's "If it does not hold" / "If it
            # fails" (what happens when the assumption is false)
            "if it does not hold",
            "if it doesn t hold",
            "if not holding",
            "if it fails",
            "if it proves false",
            "if it proves wrong",
            "impact if it does not hold",
            "consequence if it does not hold",
            # round 37 (t45c): a tender's assumptions priced if they fail (``Cost
            # implication if not valid``, ``Impact if not confirmed``): the condition "not
            # valid" says what "invalid" says
            "if not valid",
            "if it is not valid",
            "impact if not valid",
            "if not confirmed",
            "impact if not confirmed",
        ),
        "outcome": (
            *("outcome", "validation outcome", "result", "validation result", "conclusion"),
            # round 42 (v42c): what the check found, as a log's notes on it
            *("validation notes", "validation comments", "validation details"),
        ),
    },
    "dependencies": {
        "title": (
            "title",
            "dependency",
            "dependency description",
            "dependency title",
            "name",
            "summary",
            "description",
            # round 37 (t45b): a supplier's list of its client's responsibilities (``Item |
            # Client responsibility | Responsible | Required by``): the duty the party
            # named bears, the item's text; ``Responsibility`` alone is still the party
            *(
                f"{party} {duty}"
                for party in ("client", "customer", "employer", "purchaser")
                for duty in ("responsibility", "responsibilities", "s responsibility")
            ),
        ),
        "direction": (
            "direction",
            "inbound outbound",
            "in out",
            "dependency direction",
            "give get",
            "get give",
            "give or get",
            "provide receive",
            # round 29: the two ways as a dependency log's header names them
            "upstream downstream",
            "incoming outgoing",
            "inbound or outbound",
            "we need we provide",
            "need provide",
            "giver taker",
            "taker giver",
            "provider receiver",
            "receiver provider",
            # round 42 (v42c): the giver and the receiver of MSP's and government
            # programmes' dependency registers
            *("giver receiver", "receiver giver", "giver or receiver", "give receive"),
        ),
        # a RAG column reads as the status (Green = On Track...) when no Status column says more
        "status": ("~rag", "~rag status", "~status rag", "~brag", "~brag status"),
        "owner": ("our owner", "internal owner", "owner our side", *OUR_SIDE_PEOPLE),
        "counterparty_project_id": (
            "counterparty project id",
            "counterparty project",
            "dependent on",
            "depends on",
            "counterparty",
            "other project",
            # round 29: the other side of a dependency named by its role
            "other party",
            "interfacing project",
            "related project",
            "from project",
            "to project",
            "project",
            "provider project",
            "providing project",
            "supplier project",
            "receiving project",
            "consumer project",
            "source project",
            "target project",
            "dependent project",
        ),
        "deliverable": (
            *("deliverable", "what", "product", "deliverable required"),
            # round 14: an interface register's information one party needs from another
            *("information required", "required information", "input required"),
            # round 37 (t43a): a contractor's schedule of its client's inputs names each
            # item by the input (``Client input``, ``Input``): the thing handed over
            *("input", "client input", "customer input", "owner input", "employer input"),
            # round 42 (v42c): the item one side needs from the other (before: ``Item
            # required`` read as the date it is needed by, by its word ``required``)
            *("item required", "required item", "what is required", "what is needed"),
            "item needed",
        ),
        "counterparty_owner": (
            "counterparty owner",
            "external party",
            "supplier",
            "provider",
            "third party",
            "contact",
            "external owner",
            "other owner",
            *THEIR_SIDE_PEOPLE,
            # round 42 (v42c): the other project's person (before: ``Other project contact``
            # read as the other project, by its words ``other project``)
            *("other project contact", "other project owner", "other project lead"),
            *("other project manager", "other project pm"),
        ),
        "need_by": (
            "need by",
            "needed by",
            "required by",
            "required date",
            "need date",
            "target",
            "target date",
            "date required",
            "need by date",
            "due date",
            "due",
            "date needed",
            "needed date",
            "date required by",
            "required",
        ),
        "committed_date": (
            "committed date",
            "commit date",
            "promised date",
            "agreed date",
            "expected date",
            "forecast date",
            "eta",
            "committed",
            # round 42 (v42c): the providing side's estimated completion (``ECD``), read by
            # its sense (forecast) before the short form was written out for the risks'
            *("ecd", "estimated completion date", "estimated completion"),
        ),
        "slack_days": ("slack", "slack days", "float", "buffer"),
    },
    "decisions": {
        "id": ("decision id", "decision id code", "decision ref", "decision no"),
        "decision": (
            "decision",
            "decision description",
            "description",
            "title",
            "decision made",
            "summary",
            "decision taken",
            # round 42 (v42c): the decision as agreed at a board (``Agreed decision``); a bare
            # ``Outcome`` stays unread (an approvals log's Approved / Rejected)
            *("agreed decision", "decision agreed", "decision outcome"),
            # round 13: the decision of the body that took it (ITIL's change advisory board)
            "cab decision",
            "board decision",
            "committee decision",
            "steerco decision",
            "steering committee decision",
            "steering group decision",
        ),
        "made_by": (
            "made by",
            "decided by",
            "decision maker",
            "decision owner",
            "approved by",
            "approver",
            "owner",
            "reviewed by",
            "authorised by",
            "agreed by",
            "decision by",  # round 13
            # round 20: a decision is taken by someone (Dutch "genomen door", French "prise
            # par", Spanish "tomada por": the languages' own idiom)
            "taken by",
            # round 36 (t42b): a decision validated by someone was made by them (an agency's
            # French log's ``Validée par``: the client who signed the decision off)
            "validated by",
            # round 39 (t48b): minutes of several bodies name which one decided each item
            # (``Gremium``: the steering committee, the project board, the project lead)
            *("committee", "decision body", "decision making body", "decision forum"),
            *("governance body", "governance forum", "approving body", "deciding body"),
            # round 40 (t50d): the body a decision log names as deciding each item, as French
            # and European institutions' English write it (``Instance``: the technical
            # committee, the project review, the steering committee; ``Forum``)
            # round 41 (rt41): weak (``~``), so a log's own ``Decided by`` / ``Approved by``
            # beside a ``Forum`` or an IT project's ``Instance`` (a server) keeps who decided
            *("~instance", "deciding instance", "decision instance", "~forum"),
        ),
        "date": (
            "date",
            "decision date",
            "date decided",
            "date made",
            "date of decision",
            "approved date",
            "date approved",
            "reviewed date",
            "decided on",
            "date agreed",
            "agreed on",
            "approval date",
            # round 13: the date the deciding body met
            # round 15: a board's or committee's minutes date their decisions by the meeting
            "meeting date",
            "date of meeting",
            # round 39 (t48b): minutes dated by the meeting that took the decision
            # (``Sitzung vom``: the meeting of ...; ``Meeting held on``)
            *("meeting of", "meeting on", "meeting held on", "meeting held"),
            "cab date",
            "board date",
            "committee date",
            "steerco date",
            # round 14: an approval's answer is the decision (Teams / Power Automate
            # Approvals: the request is completed when the approver responds)
            "completed",
            "completed on",
            "date completed",
            "response date",
            "responded on",
        ),
        "rationale": (
            "rationale",
            "reason",
            "justification",
            "basis",
            "rational",
            "reasoning",
            "why",
            # round 39 (t48c): the premises a decision rests on (Icelandic minutes'
            # ``Forsendur``, English ``Assumptions`` beside a decision): its grounds, weak
            # (a column named ``Rationale`` outranks it)
            "~assumptions",
            "~premises",
            "~grounds",
            # round 39 (t49a): South African and British engineers' and boards' word for the
            # case made for a decision (``Motivation`` beside ``Decision``)
            "motivation",
        ),
    },
    "milestones": {
        "milestone": (
            "milestone",
            "milestone name",
            "milestone title",
            "name",
            "title",
            "description",
            "general description",
            "milestone description",
            "deliverable",
            "key milestone",
            # round 31: a statement of work's payment plan names each milestone by what it
            # pays (``Payment milestone``, ``Billing milestone``) or by the contract's word
            *("payment milestone", "billing milestone", "invoice milestone"),
            *("contract milestone", "contractual milestone", "sow milestone"),
            # round 15: a release plan names each milestone by its release (Aha! Roadmaps,
            # Jira versions); only a milestone plan reads it so (a story's Release is listed)
            "release",
            "release name",
            # round 30: a donor's activity tracker names each planned step an activity (weak:
            # a milestone's own word wins)
            "~activity",
            "~activity description",
            # round 30's last hour: a capital programme's status report lists its schemes,
            # each by its completion dates: the scheme's completion is the milestone (weak)
            "~scheme",
            "~scheme name",
            # round 38 (t46a): an architect's or engineer's fee schedule names each stage of
            # its work it is paid on (French ``Étape``), each dated when planned and reached
            # (weak: beside a milestone's own column the stage is its group)
            *("~stage", "~fee stage", "~work stage"),
        ),
        "gate": ("gate", "gate y n", "governance gate", "is gate", "stage gate", "gate review"),
        # round 42 (v42c): MS Project's and Project for the Web's task number kept across
        # edits (``Unique ID``), weak: a plain ID beside it keeps the id
        "id": ("~unique id", "~task unique id"),
        # a RAG column reads as the status (Green = On Track...) when no Status column says more
        "status": ("~rag", "~rag status", "~status rag", "~milestone rag", "~brag", "~brag status"),
        "baseline_date": (
            "baseline date",
            "baseline",
            "planned date",
            "planned end",
            "plan date",
            "original date",
            # round 39 (t48a): the plan first agreed, beside its current forecast (a Dutch
            # gate plan's ``Oorspronkelijke planning`` | ``Actuele prognose``)
            *("original plan", "original planning", "original schedule"),
            *("initial plan", "initial planning", "planning initial"),
            "due date",
            "target date",
            "planned finish",
            "planned end date",
            "original end",
            "orig end",
            "baseline end",
            "baseline finish",
            "planned completion",
            "due",
            "original due date",
            "planned completion date",
            "baseline due date",
            "contract date",
            # round 16: a construction contract's dates to meet (NEC's Key Dates, the
            # Contract Key Date of its schedule)
            "key date",
            "contract key date",
            # round 30's last hour: the completion date first approved, beside its forecast
            "baseline completion",
            "baseline completion date",
            # round 32: a supplier's plan dates each milestone as its contract or statement
            # of work fixes it (``SOW date``, ``Contractual date``, ``Date per contract``):
            # the date agreed, its baseline (as ``Contract date``)
            *("sow date", "sow due date", "contractual date", "contracted date"),
            *("contract due date", "date per sow", "date per contract", "agreed date"),
            # round 38 (t46a): a contractor's report dates each milestone as scheduled
            # (Spanish ``Fecha programada``) beside the date it was reached (``Fecha real``)
            *("scheduled date", "date scheduled"),
            # round 38 (t47a): a payment schedule heads the same date by the word alone
            # (``Scheduled | Achieved``), as ``Baseline`` and ``Forecast`` are read alone
            # (weak: a milestone's own baseline column beside it wins)
            "~scheduled",
            # round 35: a supplier's milestone table heads its dates by their sense alone
            # (``Contract | Forecast | Actual``, as ``Baseline`` and ``Forecast`` are read
            # alone): the contract's date (weak; a column of contract names or numbers is
            # no date, and its values say so)
            *("~contract", "~contractual", "~per contract", "~sow", "~per sow"),
        ),
        # round 30's last hour: the project manager of each scheme in a capital programme's
        # status report is its milestone's owner (weak: a plain Owner beside it wins)
        "owner": ("~project manager", "~scheme manager"),
        "forecast_date": (
            "forecast date",
            "forecast",
            "~finish",
            "~finish date",
            "~scheduled finish",
            # round 26's last hour: a planning tool's schedule end (GanttPRO's, TeamGantt's
            # `End date` beside its `Baseline end`) is the date the plan shows now, as MS
            # Project's `Finish` is: weak, so a baseline's own words always win
            "~end date",
            "~end",
            "expected date",
            "revised date",
            "current forecast",
            "estimated end",
            "forecast end",
            "forecast finish",
            "eta",
            "estimated date",
            "revised end",
            "current date",
            "latest forecast",
            "revised forecast",
            "forecast completion",
            "expected completion",
            # round 42 (v42c): a milestone's estimated completion (``ECD``, ``Est.
            # completion``) is its forecast, where a risk's or an issue's is its due date
            *("ecd", "estimated completion date", "estimated completion"),
        ),
        "actual_date": (
            "actual date",
            "actual end",
            "actual",
            "completed date",
            "completion date",
            "actual finish",
            "achieved date",
            "date achieved",
            "actual completion",
            "date completed",
            "completed",
            "date met",  # round 16: a key date's condition met (NEC)
            # round 38 (t46a): a fee schedule's stage dated when it was reached (French
            # ``Date atteinte``), beside the date it was planned for
            *("date reached", "reached date", "reached on"),
            # round 40 (t50b): a milestone's ``Completion`` over dates is its completion
            # date with the word date left off (a Japanese report's ``完了``, read so),
            # as ``Completed`` is; weak, so a plan's ``Forecast completion`` keeps its own
            "~completion",
        ),
        "slippage_days": (
            "slippage",
            "slippage days",
            "days variance",
            "variance days",
            "variance",
            "slip",
            "delay days",
            # round 42 (v42c): the days a milestone is late, as trackers head them
            *("days delay", "days slippage", "delay in days", "finish variance"),
            "schedule variance days",
        ),
    },
    "finance": {
        "month": (
            "month",
            "period",
            # round 36 (t42b): a date is a weaker month than a column headed as the period:
            # an invoice log's ``Fecha`` (the invoice's date, which may fall in the next
            # month) beside its ``Periodo`` (the month invoiced); alone it still reads
            "~date",
            # round 40 (ox40): an invoice log's date of issue (``Issued``, ``Date issued``;
            # Portuguese ``Emissão``, Spanish ``Emisión``): the invoice's date, as weak
            *("~issued", "~date issued"),
            "month start",
            "fy month",
            "posting month",
            "month ending",
            # round 37 (t44a): the period a supplier's claim or invoice bills (a contractor's
            # invoice register: ``Invoice Date | Claim Period``, the invoice dated in the
            # next month): the month its amount is for, above the invoice's date
            *("claim period", "claim month", "period claimed", "billing period"),
            *("billing month", "period billed", "invoice period", "period invoiced"),
            # round 38 (t46a): an architect's or engineer's invoice list heads the same
            # month by the period its service was performed in (German
            # ``Leistungszeitraum``): the month the amount is for, above the invoice's date
            *("service period", "period of service", "period of performance"),
            # round 38 (ox38): the month an invoice or a booking refers to (a Portuguese
            # invoice log's ``Mês ref.`` beside ``Data``, the invoice's own date; Brazilian
            # and Spanish ledgers' ``mês / mes de referência``): the month its amount is for
            *("reference month", "month of reference", "ref month", "month ref"),
            # round 38 (t46b): the accounting period an ERP books each cost to (Oracle's
            # ``Period Name``, ``MAR-26``; a ledger's ``GL period``), above the item's date
            *("period name", "accounting period", "gl period", "pa period"),
            # round 39 (t49a): a consultant's fee note log heads the month its work was done
            # (``Work month``, ``Month of work``) beside the date the note came in
            *("work month", "month of work", "month worked"),
        ),
        "cost_line": (
            "cost line",
            # round 40 (ox40): a job ledger's job task
            *sorted(JOB_TASK_LINES),
            "cost item",
            "item",
            "line item",
            # (round 27's last hour: beside a column headed as the budget's line, a
            # description is what was bought, not the line: ``evidence.line_over_description``)
            "description",
            "activity",
            "task",
            "project tasks",
            "tasks",
            "deliverable",
            "project deliverable",
            "cost code",
            "codes name",
            "wbs description",
            # round 34: SAP Project System's line a cost is booked to (its cost element,
            # beside it, is the ledger's category: ``category_words.line_beside_categories``)
            *("wbs element", "wbs element name"),
            "expense",
            "cost element",
            "resource",
            "name",
            "code name",
            "budget line",
            "cost centre",
            "cost center",
            "cost centre name",
            "cost center name",
            "account",
            "account name",
            "gl account",
            "expense line",
            "budget item",
            "work package",  # round 13: earned value reports' lines
            # round 34 (v36g): a UK council's or public body's capital programme return is
            # kept by scheme (``Scheme | Budget £'000 | Actual £'000``): its lines
            *("scheme", "scheme name", "capital scheme"),
            "control account",
            # Clarity PPM's, Deltek's and Oracle's line a cost is booked to (round 13)
            "charge code",
            # round 14: the US federal budget's object class (OMB Circular A-11), SAP Funds
            # Management's commitment item, the "head" of South Asian accounts
            "object class",
            # round 35 (t38c): a US grant's budget is kept by its budget categories
            # (SF-424A: ``Personnel``, ``Fringe benefits``, ``Travel``...), its lines
            "budget category",
            "commitment item",
            "cost head",
            # round 37 (t45d): a UK invoice log's or cost report's ``Cost heading`` (the
            # heading a cost is booked under), as ``Cost head`` is; beside it the supplier
            # is a detail (``~supplier``)
            *("cost heading", "budget heading", "expense heading"),
            "budget head",
            "expense head",
            "account head",
            "head of account",
            # round 31: the lines a consultancy bills its fees by (``Workstream``) and a
            # contractor's payment application values its work by (the contract's
            # ``Section``, a bill of quantities' sections)
            # (``Workstream`` reads as ``work stream`` by its spelling: listed as one word,
            # it would be the short form every ``Works`` is read as)
            "work stream",
            "section",
            # a purchase order's line (a supplier's budget vs actual by PO line), and a
            # project's spend tracked by the firm it pays (weak: a named line beside the
            # supplier is the line, the supplier a detail)
            *("po line", "purchase order line", "po item"),
            # round 32: the items a contractor's valuation or a bill of quantities prices
            # (``Work item``, ``BoQ item``, ``Description of works``), and the trades and
            # elements a construction cost report is kept by
            *("work item", "boq item", "bill item", "description of works"),
            *("description of work", "works description", "trade", "trade package"),
            *("element", "cost plan element", "package"),
            *("~supplier", "~vendor", "~contractor", "~consultant"),
            # round 36 (t42a): the service a facilities or managed-services supplier bills
            # each month (``Cleaning``, ``Security``, ``Winter service``), and a cloud
            # bill's service: the lines the spend is kept by
            *("service", "service line"),
            # round 38 (t46a): the stage of the work a design consultant's fee or invoice
            # bills (RIBA's ``Work stage``, a fee proposal's ``Fee stage``, the German
            # HOAI's ``Leistungsphase``): the line its spend is kept by
            *("work stage", "fee stage", "stage of work", "service phase"),
            # round 34: a subcontractor paid (``register_names.FIRM_LINES``)
            *("~subcontractor", "~sub contractor"),
            # round 33's last hour: a consultancy bills its time by the grade of its rate
            # card (``Partner``, ``Senior Consultant``, ``Analyst``): an invoice's or a T&M
            # statement's line per grade and period (weak: beside a named consultant, the
            # consultant is the line)
            *("~grade", "~staff grade", "~rate card grade"),
            # round 34: the person a T&M backup bills under the other words PMs head a
            # person column with (``Consultant``, ``Name`` and ``Resource`` read before):
            # weak, as the consultant, so a named line beside them still outranks them
            # (``Engineer``: round 33's left line, lf34)
            *("~staff member", "~team member", "~employee", "~staff", "~person", "~engineer"),
            # round 37 (t45d): a cost report's line named by its title (German ``Bezeichnung``
            # beside the account number ``Kto.``, an English ``Title``): weak, as a named
            # line or a description beside it is the line
            "~title",
            # round 29: the ledger account in a UK package's words (Sage's nominal ledger)
            "nominal",
            "nominal account",
            "nominal name",
            "nominal description",
        ),
        "category": (
            "category",
            "cost category",
            "cost type",
            "type",
            "cost factor",
            "expense type",
        ),
        "capex_opex": (
            "capex opex",
            "capex or opex",
            "expenditure type",
            "capital or operating",
            "capital operating",
            "capex",
            "opex",
            "spend type",
            "~cost type",
            "~expense type",
            # round 40 (t51a): a financial planning tool's account class (Planview's
            # ``Account Type`` over ``Capital`` / ``Expense``): weak, its values decide
            "~account type",
            # round 42 (v42c): the UK public sector's capital and revenue (resource)
            # split, and a tracker's short form (``Cap/Op``; ``Cap/Rev`` is left: ``rev``
            # is read as revised, ``Rev. Date``)
            *("capital revenue", "capital or revenue", "cap op", "cap opex"),
            *("capital resource", "capital or resource"),
        ),
        "budget": (
            "budget",
            "planned",
            "plan",
            "planned cost",
            "budgeted",
            "budget cost",
            "pv",
            "planned value",
            "bcws",  # round 13: earned value's budgeted cost of work scheduled
            # round 38 (t47b): the budget spread over the months it is planned in (a
            # public budget's ``Presupuesto calendarizado``, a ``Phased budget``)
            *("phased budget", "calendarised budget", "calendarized budget"),
            "estimated cost",
            "estimate",
            "cost estimate",
            # round 30 (its last hour): the budget at completion is the line's whole budget,
            # written again on every period's row of a long earned-value report: a weaker
            # synonym, so the period's planned value (``PV (period)``, ``BCWS``) or a plain
            # ``Budget`` beside it is the month's budget (alone, BAC is still read)
            "~bac",
            "budget amount",
            "baseline",
            "baseline cost",
            "~approved budget",  # round 37 (t45a): weaker than the period's own budget
            # round 26 (t28a): South Asian public accounts' approved budget (a budget
            # "sanctioned" by the authority that releases the funds)
            "sanctioned budget",
            "sanctioned amount",
            # round 34 (v36f): an Indian public body's or PSU's cost statement heads the
            # approved project cost ``Sanctioned cost`` (``Sanctioned estimate``)
            "sanctioned cost",
            "sanctioned estimate",
            # round 33: a job cost report's budget as changes have left it (CMiC, Procore,
            # Viewpoint, Sage 300 CRE, a QS's cost report: ``Original Budget | Approved
            # Changes | Revised Budget``): the budget the month's actual is measured
            # against. ``revised`` alone is a forecast's word (``Revised ETA``), so with
            # ``budget`` the sense reading found no column. The first budget agreed is a
            # weaker reading, so the current one wins where both stand side by side.
            "revised budget",
            "current budget",
            "adjusted budget",
            "amended budget",
            "updated budget",
            "working budget",
            "revised approved budget",
            "current approved budget",
            "~original budget",
            "~initial budget",
            # round 33: the month's budget named by its period (``Month budget``, ``Period
            # budget``, ``Budget this month``), as ``Budget (month)`` is: the budget, never
            # the month (a tracker's ``Month`` column stands beside it)
            *("month budget", "monthly budget", "period budget", "budget this month"),
            *("budget this period", "in month budget"),
            # round 36 (fx36): public finance's budget is the appropriation voted for it
            # (a state agency's or a municipality's ``Appropriation | Obligations |
            # Expenditures``, a fund report's ``Adopted budget``); its obligations and
            # encumbrances are commitments, no measure (``finance._OTHER_FIGURE``)
            *("appropriation", "appropriations", "appropriated", "revised appropriation"),
            *("final appropriation", "adopted budget", "budgeted amount"),
            # round 36 (t42b): a consultancy's retainer is the fee agreed for each period (a
            # retainer burn tracker's ``Retainer (SGD)`` beside ``Fees burned``): the
            # period's budget the fees burned are measured against
            *("retainer", "monthly retainer", "retainer fee", "retainer amount"),
        ),
        "actual": (
            "actual",
            "actuals",
            "actual cost",
            "spend",
            "spent",
            "actual spend",
            "ac",
            "acwp",  # round 13: earned value's actual cost of work performed
            "expenditure",
            # round 35 (t38c): a grant's expenditure report's ``Expended`` beside its
            # ``Budgeted`` (``Encumbered``, a commitment, and ``Balance`` are neither)
            *("expended", "expenditures", "amount expended", "funds expended"),
            # round 42 (v42c): the cost incurred (accrued and earned-value trackers:
            # ``Incurred``, ``Incurred cost``), spent whether yet paid or not
            *("incurred", "incurred cost", "incurred costs", "cost incurred", "amount incurred"),
            "actual amount",
            "amount spent",
            "cost",
            "amount",
            # round 26 (t28a): a general ledger's movement in the period (Business Central's,
            # Dynamics NAV's and Sage's budget vs actual reports): what was posted, the actual
            "net change",
            # round 31: what a supplier invoiced or billed is what the project spent on it;
            # a contractor's payment application values the work done in the period (its
            # gross valuation, before retention and what was paid before)
            "invoiced",
            "billed",
            "value of work",
            "value of work done",
            "work done",
            "value of work this period",
            "work done this period",
            # an invoice's amount before VAT (its gross amount, with the tax, is read less
            # surely: ``match.WITH_TAX``)
            "net amount",
            "net invoiced",
            # (``Valuation`` alone is as often the valuation's number: not listed)
            "valuation this period",
            "valuation amount",
            "gross valuation",
            # round 37 (t43b): what the engineer or quantity surveyor certified of a
            # valuation is what the project owes for the period's work, its actual, as
            # ``Invoiced`` is (a payment certificate register's ``Certified (excl. VAT)``;
            # the register's name, ``payment certificates``, is read since round 36)
            *("certified", "amount certified", "certified amount", "certified value"),
            *("value certified", "certified this period"),
            # round 31's last hour: a month's report names its actual by the period it is
            # (``Actual this month``), not by a month column: the actual, not the month
            "actual this month",
            "actuals this month",
            "actual this period",
            "actuals this period",
            "spend this month",
            "spent this month",
            "spend this period",
            "actual in month",
            "in month actual",
            # round 32: an invoice log's amount of each invoice (before the tax, as a
            # project counts its costs; ``match.WITH_TAX`` weighs the one with the tax less)
            *("invoice value", "invoice amount", "net invoice value", "invoice net"),
            # round 33: the month's own figure named by its period before or after the
            # measure (a monthly cost report's ``Month actual``, ``Period actual``, beside
            # the year to date), as ``Actual this month`` is
            *("month actual", "monthly actual", "period actual", "actual for the month"),
            # round 33's last hour: what a consultancy or a contractor charged for the row's
            # period (an invoice line's ``Fee ex VAT (USD)``, a T&M statement's ``Fees
            # (EUR)``, ``Charge ($)``) is the money the project spent, as ``Amount`` is; a
            # fee planned says so (``Fees budget``: ``match.MONEY_MEASURES``); a bare ``Fee`` is
            # weak, as it is also a cost line among others (round 29's ``Period | Fees | ...``)
            *("~fee", "~fees", "fee amount", "net fee", "fees charged", "~charge", "~charges"),
            # round 34's last hour: an invoice's amount before the tax named as its value or
            # its tax's base (a GST invoice's ``Taxable value``, an excise ``Assessable
            # value``, a VAT invoice's ``Net value`` / ``Goods value``, ``Basic amount``), as
            # ``Net amount`` is; ``Value`` alone stays unread (round 32)
            *("net value", "taxable value", "taxable amount", "assessable value"),
            *("goods value", "basic value", "basic amount", "value before tax"),
            # and its amount with the tax (``Gross value``; ``match.WITH_TAX`` weighs it less
            # than the net one beside it, as ``Amount incl. VAT`` is weighed)
            *("gross value", "gross invoice value"),
            # round 36 (fx36): Oracle Projects' cost of an expenditure item: its burdened
            # cost (the raw cost with its overheads) is the project's actual cost, its raw
            # cost a weaker reading, so where both stand the burdened one is the actual
            *("burdened cost", "~raw cost"),
            # round 36 (t42b): what a retainer or a budget has burned is what was spent of
            # it (``Fees burned (SGD)``, ``Burned``), as ``Spent`` is
            *("burned", "burnt", "fees burned", "fees burnt", "amount burned", "budget burned"),
            # and an invoice's subtotal is its amount before the tax (``Subtotal | IVA 16% |
            # Total``), as ``Net amount`` is
            *("~subtotal", "~sub total"),
            # round 37 (t45d): an accrual tracker's cost recognised in the period (what was
            # invoiced plus the accrual's movement) is the period's actual, as accounting
            # books it; ``Invoiced in month`` beside it is only its cash part
            *("cost recognised", "cost recognized", "recognised cost", "recognized cost"),
        ),
        "forecast": (
            "forecast",
            "reforecast",  # round 22 (t23a): the forecast made again is the forecast
            "forecast cost",
            "etc",
            "estimate to complete",
            "outlook",
            "projected",
            "projected cost",
            # round 34: the figure projected (``Projection``, ``Cost projection``), as
            # ``Projected`` is: a PM's forecast column in the noun's form
            *("projection", "projections", "cost projection"),
            # red team of round 38 (rt38): the amount expected or anticipated (t46a's
            # measure words of a title, ``finance.MEASURE_WORDS``) heading a column beside
            # ``Budget`` and ``Actual``, as ``Projected`` does
            *("expected", "anticipated", "expected spend", "anticipated spend"),
            *("expected cost", "anticipated cost"),
            "forecast amount",
            "latest estimate",
            # round 33: the month's forecast named by its period, as the budget's and actual's
            *("month forecast", "monthly forecast", "period forecast", "forecast this month"),
        ),
        "notes": (
            "notes",
            "note",
            "comments",
            "comment",
            "remarks",
            "reason for expenditure",
            "reason",
            # round 42 (v42c): a budget tracker's explanation of each line's variance (the
            # finance commentary boards read: ``Variance explanation``, ``Commentary``)
            *("commentary", "variance explanation", "variance commentary", "variance notes"),
            *("variance comments", "variance reason", "reason for variance", "explanation"),
            *("narrative", "variance narrative", "finance commentary"),
        ),
    },
    # round 13: resource plans (planned days by role or person and month), read by
    # ``addin/adopt/resources.py``; no other register is scored on these
    "resources": {
        "role": (
            "role",
            # round 22: a tool's role field beside a resource type (Tempus Resource)
            "primary role",
            "main role",
            "job title",
            # round 39 (t48c): the post a person holds on the project (Slovak ``Pozícia v
            # projekte``, English ``Role in project``)
            "role in project",
            "position in project",
            "project role",
            # round 24's last hour: a resource plan has no item title, so its ``Title``
            # beside the person is the person's job title (staffing tools' and HR exports'
            # field)
            "title",
            "job role",
            "position",
            "grade",
            "skill",
            "skill set",
            "skillset",
            "discipline",
            "resource type",
            "resource role",
            # round 39 (t48a): the role a person plays on the project (a French workload
            # plan's ``Rôle projet``; ``Project role`` and ``Role in project`` are above)
            "role in the project",
            "profile",
            # round 15: the post a person holds (UK universities' and public bodies' staff
            # plans: ``Post``, ``Post title``)
            "post",
            "post title",
            # round 17: MS Project's resource field ``Group`` (the resource's department or
            # discipline), weak: a team is no role where another column names one
            "~group",
            "~resource group",
        ),
        "person": (
            "person",
            "name",
            "resource",
            "resource name",
            "named resource",
            "staff",
            "staff member",
            "staff name",
            "employee",
            "employee name",
            "team member",
            "consultant",
            # round 28's last hour: a plan's `Who` beside the role (initials or names) is
            # the person booked, as a register's `Who` is its owner
            "who",
        ),
    },
}

#: Words naming each register: found in sheet names, titles above a table, or headers.
#: A builder's list of defects at handover, in its names (round 36: t41a, vx36): issues
#: when a column an issue has confirms it (``register_names.CONFIRMING``).
SNAG_LIST_WORDS: tuple[str, ...] = (
    *("snag", "snags", "snagging", "snag list", "snagging list", "snag log"),
    *("punch list", "punch lists", "punchlist", "punch item", "punch items"),
)

REGISTER_WORDS: dict[str, tuple[str, ...]] = {
    "risks": ("risk", "risks", "early warning", "early warnings"),
    # round 13: what tools and audits call the issues they log (Rally, Bugzilla: defects,
    # bugs; an internal audit: findings)
    "issues": (
        *("issue", "issues", "problem", "problems"),
        *("defect", "defects", "bug", "bugs", "finding", "findings"),
        # round 14: the quality records of regulated sectors (GxP, ISO 9001, construction)
        *("capa", "capas", "ncr", "ncrs", "nonconformance", "nonconformances"),
        *("non conformance", "non conformances", "deviation", "deviations"),
        # round 16: Scrum's and SAFe's impediments (Targetprocess, Jira Align) are the
        # issues blocking a team; named so with a column an issue has (CONFIRMING)
        *("impediment", "impediments"),
        # round 39 (t48b): an Indian works contract's hindrance register (CPWD's and the
        # state PWDs' form: each hindrance to the contractor's work, from its start to its
        # removal) logs what stops the work: its issues; named so only with a column an
        # issue has (register_names.CONFIRMING), as an impediment is
        *("hindrance", "hindrances"),
        # round 30: the incident register a regulator asks for (health and safety,
        # environment) logs the incidents a project must answer for: its issues
        *("incident", "incidents"),
        # round 30's last hour: the events a licensee must report to its regulator (nuclear,
        # aviation, rail safety: a "Reportable Events Log") are incidents too
        *("reportable event", "reportable events"),
        # round 36 (t41a, vx36): a building contract's list of the defects left at handover
        # (JCT's and the UK's snagging list, AIA's and the US's punch list): an issue each,
        # owned by a trade or a person and closed by a date; named so only with a column an
        # issue has (register_names.CONFIRMING). Never ``punch`` alone
        *SNAG_LIST_WORDS,
    ),
    "assumptions": ("assumption", "assumptions"),
    "dependencies": (
        *("dependency", "dependencies", "dep", "deps", "interdependency"),
        # round 14: a contract's interface register (rail, construction, defence)
        *("interface", "interfaces"),
    ),
    # round 14: an approvals log (Teams / Power Automate Approvals) is the decisions taken
    "decisions": ("decision", "decisions", "approval", "approvals"),
    "milestones": (
        *("milestone", "milestones", "gate", "gates", "key date", "key dates"),
        # round 30: the dated plans a funder or a development bank asks for: a donor's
        # activity tracker (the logframe's activities, each with its planned end) and a
        # procurement plan (each package's stages, planned and actual)
        *("activity tracker", "activity plan", "work plan", "workplan", "procurement plan"),
    ),
    "finance": (
        "budget",
        "cost",
        "costs",
        "finance",
        "financial",
        "spend",
        "expenditure",
        # round 30's last hour: an accounting package's report of what was spent
        # (``Expenses by Category``, ``Expense report``) names the money spent, as
        # "expenditure" does
        "expense",
        "expenses",
        "forecast",
        "actuals",
        "ev",
        "earned",
        # round 31: a supplier's or a consultancy's money in its own words: its fees, a
        # contractor's valuations and payment applications (what it claims for the work
        # done in each period; ``Payment`` alone is also a milestone's). Not ``invoices``:
        # a ledger of dated invoices is no tracker (round 26)
        "fees",
        *("valuation", "valuations", "payment application", "payment applications"),
        # round 36 (vx36): what the engineer or the contract administrator certifies of each
        # valuation (FIDIC's interim payment certificates, ``IPC``; JCT's interim
        # certificates; NEC's payment certificates): the money the project owes the period
        *("payment certificate", "payment certificates", "interim certificate"),
        *("interim certificates", "interim payment", "interim payments", "ipc", "ipcs"),
        # round 38 (ox38, and t46b for a Canadian contractor's): what a Canadian, Australian
        # or New Zealand contractor calls its payment applications (``Progress claims
        # (AUD)``; the Security of Payment Acts' ``payment claim``): the money claimed for
        # each period's work, as ``payment application``
        *("progress claim", "progress claims", "payment claim", "payment claims"),
        # round 33: a consultancy's time-and-materials backup to its invoice (``Time &
        # materials backup``, ``T&M May``, ``Time and materials statement``): the days each
        # consultant worked, priced at a day rate: the money billed for the period
        *("time materials", "time and materials", "t m"),
    ),
}

#: Header words that belong to no register column but are often seen; left out, reported.
KNOWN_UNMAPPED: dict[str, str] = {
    "raised by": "who raised it has no standard column",
    "identified by": "who raised it has no standard column",
    "reported by": "who raised it has no standard column",
    # round 36 (vx36): a contract's notices (an NEC early warning, a compensation event) say
    # which party notified them
    "notified by": "who raised it has no standard column",
    "requested by": "who raised it has no standard column",
    "entered by": "who raised it has no standard column",
    "author": "who raised it has no standard column",
    "comments": "free comments have no standard column",
    "remarks": "free comments have no standard column",
    "last update comment": "free comments have no standard column",
    "total": "a total: the standard workbook computes totals from the items",
    "ytd": "a total: the standard workbook computes totals from the items",
    "variance": "computed in the standard workbook from its inputs",
    "actionee": "who carries out the response has no standard column (the owner is kept)",
    # round 32's last hour: a supplier's RAID extract says whose side each item is on
    # (``Party``: Client / Supplier / Joint); no category, owner or other party
    "party": "whose side the item is on (client, supplier, joint) has no standard column",
    # round 42 (v42c): a risk's rating after its response in words (Low / Medium / High):
    # the standard computes the residual score from the residual probability and impact,
    # and keeps no residual rating; never partly the residual probability (``residual p``)
    # (not bare "residual rating": round 30 reads ``Target Rating`` as the rating)
    "residual risk rating": "the residual rating is computed in the standard workbook",
    "cause": "a cause has no standard column (PRINCE2 cause/event/effect: the event is the title)",
    "effect": "an effect has no standard column (PRINCE2 cause/event/effect: the event is the title)",
    # red team of round 10: Yes / No flags that are no milestone's gate
    "critical path": "whether it is on the critical path has no standard column",
    "invoice": "a payment or invoice has no standard column outside Finance",
    "invoiced": "a payment or invoice has no standard column outside Finance",
    "payment": "a payment or invoice has no standard column outside Finance",
    "paid": "a payment or invoice has no standard column outside Finance",
    "effort": "effort has no standard column (a project's Job Size is on the Project sheet)",
    # round 13: earned value (BCWP) beside the planned value (budget) and actual cost
    "bcwp": "earned value has no standard column (Finance holds budget, actual and forecast)",
    # round 36 (the lead, merging t42b): a pay application's ``Retainage`` (US) is money held
    # back from the payment, no measure: without this entry it came near t42b's ``retainer``
    # (a consultancy's monthly fee, the budget) and was read as one
    "retainage": "money held back from a payment until completion has no standard column",
    # round 38 (t46b): the same money in Canada (``Holdback (10%)``, the lien act's holdback)
    "holdback": "money held back from a payment until completion has no standard column",
    "earned value": "earned value has no standard column (Finance holds budget, actual and forecast)",
    # round 30: an estimate at completion is worked out (actual to date plus the estimate
    # to complete), never the month's budget its "estimate" resembles
    "estimate at completion": "an estimate at completion (EAC) is worked out from the actuals "
    "and the estimate to complete: the standard computes it",
    "complexity": "complexity has no standard column",
    # round 16: a review cadence is no due date (Predict!, ARM, Active Risk Manager, the UN's
    # and government registers write the date the entry is next reviewed)
    "next review": "when the entry is next reviewed has no standard column (a review date, "
    "not the item's due date)",
    "next review date": "when the entry is next reviewed has no standard column (a review "
    "date, not the item's due date)",
    # round 30: what a funder's, a bank's or a regulator's template asks that the standard
    # does not hold, said as such in the report
    "regulator reference": "a regulator's own reference number has no standard column (the "
    "item's ID is the project's)",
    "regulator ref": "a regulator's own reference number has no standard column (the item's "
    "ID is the project's)",
    "reportable": "whether the regulator must be told has no standard column",
    "procurement method": "how a package is procured has no standard column",
}


# --- Round 12: the field names of the tools registers are exported from ------------------
#
# A register kept in Jira, Azure DevOps, ServiceNow, MS Project, Planner, Asana, Monday,
# Smartsheet or Wrike arrives with that tool's field names. Each tool's fields are listed
# once here: a field whose meaning is clear maps per register through a *role* (the item's
# name is a risk's Title, an assumption's Assumption, a milestone's Milestone; its due date
# is a dependency's Need By, an assumption's Validate By, a milestone's Baseline Date); a
# field with no standard column is listed with the reason the report gives. A board's
# bucket or section (Planner, Asana) is not listed: on many boards it is the status.

#: Role -> register -> the column it is there (a register not named has no such column).
TOOL_ROLES: dict[str, dict[str, str]] = {
    # not an assumption's Assumption nor a decision's Decision: those columns are what says
    # a table is an assumption or decision log, and a tool's "Name" says no register
    "@name": {
        "risks": "title",
        "issues": "title",
        "dependencies": "title",
        "milestones": "milestone",
    },
    "@person": {
        "risks": "owner",
        "issues": "owner",
        "dependencies": "owner",
        "assumptions": "owner",
        "decisions": "made_by",
        "milestones": "owner",
    },
    "@due": {
        "risks": "due_date",
        "issues": "due_date",
        "dependencies": "need_by",
        "assumptions": "validate_by",
        "milestones": "baseline_date",
    },
    "@done": {
        "risks": "closed_date",
        "issues": "closed_date",
        "dependencies": "closed_date",
        "assumptions": "closed_date",
        "milestones": "actual_date",
    },
}

#: Tool -> field (as its words read) -> a role, a column key, or "!" and why it has none.
TOOL_FIELDS: dict[str, dict[str, str]] = {
    "Jira": {
        "summary": "@name",
        "assignee": "@person",
        "reporter": "!who raised it has no standard column",
        "created": "raised_date",
        "resolved": "@done",
        "due": "@due",
        "due date": "@due",
        "priority": "priority",
        "labels": "!labels and tags have no standard column",
        "sprint": "!a sprint belongs to the Iterations sheet, not a register",
        "story points": "!story points belong to the Iterations sheet, not a register",
        "fix version": "!a release or version has no standard column",
        "epic link": "!an epic has no standard column",
    },
    "Azure DevOps": {
        "title": "@name",
        "assigned to": "@person",
        "state": "status",
        "target date": "@due",
        "created date": "raised_date",
        "closed date": "@done",
        "changed date": "last_updated",
        "area path": "!an area or iteration path has no standard column",
        "iteration path": "!an area or iteration path has no standard column",
        "tags": "!labels and tags have no standard column",
    },
    "ServiceNow": {
        "number": "id",
        "short description": "@name",
        "assigned to": "@person",
        "state": "status",
        "opened": "raised_date",
        "closed": "@done",
        "priority": "priority",
        "opened by": "!who raised it has no standard column",
        "assignment group": "!the assigned team has no standard column (the owner is kept)",
    },
    "MS Project": {
        "task name": "@name",
        "baseline finish": "baseline_date",
        "resource names": "@person",
        "duration": "!a task's duration has no standard column",
        "predecessors": "!task links have no standard column",
    },
    # round 13: Primavera P6's activity layout, Rally's and Linear's exports
    "Primavera P6": {
        "activity id": "id",
        "activity name": "@name",
        "activity status": "status",
        "bl project finish": "baseline_date",
        "bl finish": "baseline_date",
        "primary resource": "@person",
        "wbs code": "!a WBS code has no standard column",
        "wbs": "!a WBS code has no standard column",
        "original duration": "!a task's duration has no standard column",
        "remaining duration": "!a task's duration has no standard column",
        "total float": "!float has no standard column",
    },
    "Rally": {
        "formatted id": "id",
        "creation date": "raised_date",
        "submitted by": "!who raised it has no standard column",
        "schedule state": "!a Rally schedule state is the team's step, not the item's status",
        "iteration": "!a sprint belongs to the Iterations sheet, not a register",
        "release": "!a release or version has no standard column",
    },
    "Linear": {
        "assignee": "@person",
        "creator": "!who raised it has no standard column",
        "created": "raised_date",
        "completed": "@done",
        "due date": "@due",
        "estimate": "!story points belong to the Iterations sheet, not a register",
        "cycle number": "!a cycle belongs to the Iterations sheet, not a register",
        "cycle name": "!a cycle belongs to the Iterations sheet, not a register",
        "team": "!the assigned team has no standard column (the owner is kept)",
    },
    # round 15: Aha! Roadmaps' release fields (its API's original_release_date, release_date,
    # released_on): a release plan kept as the milestones
    "Aha! Roadmaps": {
        "original release date": "baseline_date",
        "release date": "forecast_date",
        "released on": "actual_date",
        "external release date": "!a date announced outside has no standard column",
        "development started on": "!a start date has no standard column in a milestone plan",
    },
    "Planner": {
        "task name": "@name",
        "assigned to": "@person",
        "due date": "@due",
        "completed date": "@done",
        "created date": "raised_date",
        "priority": "priority",
    },
    "Asana": {
        "name": "@name",
        "assignee": "@person",
        "due date": "@due",
        "completed at": "@done",
        "created at": "raised_date",
    },
    # round 27's last hour: MeisterTask's CSV export (``exports.TASK_TOOLS``)
    "MeisterTask": {
        "name": "@name",
        "assignee": "@person",
        "due date": "@due",
        "completed at": "@done",
        "created at": "raised_date",
        "checklists": "!a checklist's progress (0/3 ticked) has no standard column",
        "time tracked": "!time tracking has no standard column",
        "attachments": "!a count of attachments has no standard column",
    },
    # round 28: task tools' exports kept as registers (``task_exports``: known by their
    # shape; their own field names read here). Hive calls its records actions; nTask's and
    # Freedcamp's task title, planned and actual end; Pivotal Tracker's story fields
    "Hive": {
        "action title": "@name",
        "assignees": "@person",
        "deadline": "@due",
        "completed at": "@done",
        "action id": "id",
    },
    "nTask": {
        "task title": "@name",
        "assignees": "@person",
        "planned end date": "@due",
        "actual end date": "@done",
        "planned start date": "!a start date has no standard column in a register",
    },
    "ProofHub": {
        "assigned to": "@person",
        "created on": "raised_date",
        "completed on": "@done",
        "task list": "!a task list has no standard column (its name may say the register)",
    },
    "Podio": {
        "created on": "raised_date",
        "last edit on": "last_updated",
        "item id": "id",
    },
    "Favro": {"card id": "id", "assigned": "@person"},
    "Freedcamp": {
        "task title": "@name",
        "date created": "raised_date",
        "date completed": "@done",
        "task group": "!a task group has no standard column (its name may say the register)",
    },
    "Pivotal Tracker": {
        "current state": "status",
        "accepted at": "@done",
        "owned by": "@person",
        "requested by": "!who raised it has no standard column",
        "iteration": "!a sprint belongs to the Iterations sheet, not a register",
    },
    # round 28's last hour: ZenHub's board over GitHub issues (``exports.EXPORTS``): the
    # pipeline an issue sits in is its workflow state, the board's status
    "ZenHub": {
        "pipeline": "status",
        "assignees": "@person",
        "created at": "raised_date",
        "closed at": "@done",
        "estimate": "!story points belong to the Iterations sheet, not a register",
        "epic": "!an epic has no standard column",
    },
    "Nifty": {"task list": "!a task list has no standard column (its name may say the register)"},
    "Monday": {
        "name": "@name",
        "person": "@person",
        "status": "status",
        "timeline": "!a timeline (start to end) has no standard column",
    },
    "Smartsheet": {
        "assigned to": "@person",
        "created": "raised_date",
        "modified": "last_updated",
        "created by": "!who raised it has no standard column",
        "modified by": "!who last changed it has no standard column",
    },
    "Wrike": {
        "title": "@name",
        "assignee": "@person",
        "status": "status",
        "importance": "priority",
        "due date": "@due",
        "created date": "raised_date",
        "completed date": "@done",
        "author": "!who raised it has no standard column",
    },
    # round 13: more tools' export fields
    "GitLab": {
        "assignee": "@person",
        "author username": "!who raised it has no standard column",
        "assignee username": "!a user name: the owner is read from the Assignee column",
        "state": "status",
        "created at": "raised_date",
        "updated at": "last_updated",
        "closed at": "@done",
        "due date": "@due",
        "url": "!a link to the item has no standard column",
        "weight": "!an item's weight (its size) has no standard column",
        "time estimate": "!time tracking has no standard column",
        "time spent": "!time tracking has no standard column",
    },
    "Notion": {
        "name": "@name",
        "created time": "raised_date",
        "last edited time": "last_updated",
        "created by": "!who raised it has no standard column",
        "last edited by": "!who last changed it has no standard column",
    },
    "Jira Align": {
        "occurrence": "probability",
        "program increment": "!a program increment belongs to the Iterations sheet, not a register",
    },
    # round 14: OpenProject's work-package export (its "Finish date" is the work
    # package's due date; a risk's or an issue's only: a milestone's finish is its own)
    "OpenProject": {
        "subject": "@name",
        "assignee": "@person",
        "finish date": "due_date",
        "updated on": "last_updated",
        "author": "!who raised it has no standard column",
    },
    # round 14: SAP PS's milestone list (its basic dates are the scheduled plan the
    # forecast dates are compared with)
    "SAP PS": {
        "basic date": "baseline_date",
        "basic finish": "baseline_date",
        "basic finish date": "baseline_date",
        "person resp": "@person",
        "person responsible": "@person",
        "wbs element": "!a WBS code has no standard column",
        "project def": "!the SAP project definition names the project, not an item",
        "project definition": "!the SAP project definition names the project, not an item",
    },
    # round 18: the record key tools write in every export, the item's number there
    # (Quickbase's "Record ID#", Airtable's "Record ID"; Smartsheet's "Row ID" is read in
    # COMMON, weakly, and SharePoint's "ID" is the plain word)
    "Quickbase": {
        "record id#": "id",
        "record id": "id",
        "record owner": "@person",
        "date created": "raised_date",
        "date modified": "last_updated",
        "last modified by": "!who last changed it has no standard column",
    },
    "Airtable": {"record id": "id"},
    "Microsoft Forms": {
        "completion time": "raised_date",
        "start time": "!when a form was opened has no standard column (its completion time is kept)",
    },
}


def tool_column(register_key: str, meaning: str) -> str | None:
    """The column a tool field's meaning is in ``register_key``, or None where it has none."""
    if meaning.startswith("!"):
        return None
    if meaning.startswith("@"):
        return TOOL_ROLES[meaning].get(register_key)
    columns = {c.key for c in layout.REGISTERS_BY_KEY[register_key].columns}
    return meaning if meaning in columns else None


@lru_cache(maxsize=1024)  # round 31 (speed): TOOL_FIELDS are fixed at import
def _tool_phrases(register_key: str, column_key: str) -> tuple[str, ...]:
    return tuple(
        field
        for fields in TOOL_FIELDS.values()
        for field, meaning in fields.items()
        if tool_column(register_key, meaning) == column_key
    )


KNOWN_UNMAPPED.update(
    {
        field: meaning[1:]
        for fields in TOOL_FIELDS.values()
        for field, meaning in fields.items()
        if meaning.startswith("!") and field not in KNOWN_UNMAPPED
    }
)


def synonyms_for(register_key: str, column_key: str) -> tuple[str, ...]:
    """Every phrase meaning ``column_key`` in ``register_key`` (canonical name first)."""
    register = layout.REGISTERS_BY_KEY[register_key]
    column = register.column(column_key)
    phrases: list[str] = [column.name]
    phrases += COMMON.get(column_key, ())
    phrases += REGISTER.get(register_key, {}).get(column_key, ())
    phrases += _tool_phrases(register_key, column_key)
    return tuple(dict.fromkeys(phrases))


# --- Round 5: header words by sense -------------------------------------------------------
#
# The lists above name whole phrases. The thesaurus below names *concepts*: a header whose
# words (after word-shape splitting and short forms, the register's own nouns dropped) are
# all words of one or two concepts, plus words that say only "a date" or "a person", reads
# as the column :data:`SENSES` gives that combination in the register. So unseen
# combinations map: ``Planned Finish`` (plan + a date word), ``Revised ETA`` (forecast),
# ``Achieved On`` (actual), ``Provider Team`` (party + organisation), ``Contact Person``
# (person), ``Target Resolution`` (due). Matched at ``THESAURUS`` (0.85): certain, but
# never above a listed synonym, so nothing the lists map moves.

#: Concept -> its words.
CONCEPTS: dict[str, tuple[str, ...]] = {
    "plan": ("plan", "planned", "baseline", "baselined", "original", "orig", "initial"),
    "forecast": (
        "forecast",
        "forecasted",
        "revised",
        "expected",
        "current",
        "estimated",
        "projected",
        "latest",
        "anticipated",
        "eta",
        "rescheduled",
        "replanned",
        "predicted",
        "estimate",
    ),
    "actual": (
        "actual",
        "actually",
        "achieved",
        "completed",
        "done",
        "delivered",
        "met",
        "reached",
        "finished",
        "accomplished",
    ),
    "closed": (
        *("closed", "resolved", "closure", "close", "closing", "fix", "fixed"),
        # round 39 (t48b): a blocker is closed when unblocked (``Need unblocked by``)
        *("unblocked", "unblock"),
    ),
    "due": ("due", "target", "targeted", "deadline", "need", "needed", "required", "requested"),
    # round 35's third wave: the noun too ("Supplier promise", "Promise date", "Vendor's
    # promise"); not "commitment", a finance table's committed spend
    "commit": ("committed", "commit", "agreed", "promised", "confirmed", "promise"),
    # a check to make by a date: "Check By", "Verify By", "Test Date" (round 7); only the
    # assumptions log gives it a sense (validate by), and "Checked By" is still a person
    "verify": ("check", "verify", "validate", "validation", "test", "prove"),
    "raised": (
        "raised",
        "logged",
        "created",
        "identified",
        "opened",
        "reported",
        "entered",
        "recorded",
        "registered",
        "added",
        "detected",
        "discovered",
        "creation",  # round 13: "Creation Date"
        "identification",  # round 14: "Identification Date", "Date of Identification"
        "flagged",  # round 39 (t48b): a blocker or an issue is raised when flagged
    ),
    "person": (
        "owner",
        "owners",
        "assignee",
        "assigned",
        "responsible",
        "accountable",
        "lead",
        "contact",
        "person",
        "poc",
        "champion",
        "manager",
        "owned",
        "who",
        "pm",  # a project manager: a person (round 6: "Other PM")
    ),
    "decide": ("decided", "approved", "authorised", "authorized", "signed", "ratified"),
    # round 31's last hour: a deliverable or a payment milestone the client took over
    # ("Accepted on", "Acceptance date", "Date accepted"); only a milestone plan gives it a
    # sense (the date it was met), so a risk's "Accepted" response or a decision's
    # "Accepted?" flag reads as before
    "accept": ("accepted", "acceptance"),
    # round 37 (t44a): a thing handed in on a date: a risk's or an issue's ``Submitted`` is
    # when it was raised (as before, under ``raised``), a deliverable's the date it was
    # handed over, its milestone met (a consultant's report: ``Contract Due | Revised Due
    # | Submitted``)
    "submit": ("submitted",),
    "party": (
        "provider",
        "providing",
        "supplier",
        "supplying",
        "vendor",
        "counterparty",
        "external",
        "partner",
        "contractor",
        "upstream",
        "giver",
        # the other side of a dependency: "Other PM", "Other Team" (round 6)
        "other",
        "counterpart",
        # round 14: the ministries, departments and agencies of African governments
        # (Kenya, Nigeria, Ghana, Uganda) that deliver a public project's dependencies
        "mda",
        "mdas",
    ),
    "org": (
        "team",
        "project",
        "programme",
        "program",
        "group",
        "department",
        "dept",
        "organisation",
        "organization",
        "org",
        "workstream",
        "company",
        "unit",
        "function",
    ),
}

#: Words that only say "a date" beside a concept ("Planned *Finish*", "Achieved *On*").
DATE_WORDS: frozenset[str] = frozenset(
    {
        "date",
        "dates",
        "dt",
        "day",
        "on",
        "at",
        "by",
        "of",
        "the",
        "for",
        "time",
        "when",
        "finish",
        "end",
        "completion",
        "delivery",
        "resolution",
        "to",
        "off",
        "implementation",  # round 13: "Agreed Implementation Date"
        # round 35's third wave: where the date is kept ("Needed on site", "Required at
        # site", "Delivered to site", "On-site date"): a supplier's deliverable is needed
        # where the work is, and the place says no more than "a date"
        "site",
        "onsite",
    }
)
#: Words that only say "a person" beside a person or party word ("Contact *Person*"),
#: including what the person is answerable for ("*Mitigation* Owner", "*Action* Lead").
PERSON_WORDS: frozenset[str] = frozenset(
    {
        "name",
        "to",
        "person",
        "the",
        "of",
        "by",
        "point",
        "mitigation",
        "action",
        "actions",
        "response",
        "resolution",
        "delivery",
        "focal",  # round 14: "Focal Person", "MDA Focal Point"
    }
)

#: (register, concepts) -> column. A header reads so when its concepts are exactly these.
SENSES: dict[str, dict[frozenset[str], str]] = {
    "risks": {
        frozenset({"due"}): "due_date",
        frozenset({"due", "closed"}): "due_date",
        frozenset({"plan", "closed"}): "due_date",
        frozenset({"forecast", "closed"}): "due_date",
        frozenset({"raised"}): "raised_date",
        frozenset({"submit"}): "raised_date",
        frozenset({"actual"}): "closed_date",
        frozenset({"closed"}): "closed_date",
        frozenset({"actual", "closed"}): "closed_date",
        frozenset({"person"}): "owner",
        # round 13: the date the owner agreed to act by ("Agreed Date", "Committed Date")
        frozenset({"commit"}): "due_date",
        frozenset({"commit", "due"}): "due_date",
        # round 13: a deadline marked actual ("Срок (факт)", "Termin (Ist)") is when it was done
        frozenset({"actual", "due"}): "closed_date",
    },
    "issues": {
        frozenset({"due"}): "due_date",
        frozenset({"due", "closed"}): "due_date",
        frozenset({"plan", "closed"}): "due_date",
        frozenset({"forecast", "closed"}): "due_date",
        frozenset({"plan"}): "due_date",
        frozenset({"forecast"}): "due_date",
        frozenset({"plan", "due"}): "due_date",
        frozenset({"forecast", "due"}): "due_date",
        # round 13: the fix date agreed ("Agreed Implementation Date", "Committed Date")
        frozenset({"commit"}): "due_date",
        frozenset({"commit", "due"}): "due_date",
        frozenset({"actual", "due"}): "closed_date",
        frozenset({"raised"}): "raised_date",
        frozenset({"submit"}): "raised_date",
        frozenset({"actual"}): "closed_date",
        frozenset({"closed"}): "closed_date",
        frozenset({"actual", "closed"}): "closed_date",
        frozenset({"person"}): "owner",
    },
    "assumptions": {
        frozenset({"due"}): "validate_by",
        frozenset({"plan"}): "validate_by",
        frozenset({"plan", "due"}): "validate_by",
        frozenset({"verify"}): "validate_by",
        frozenset({"verify", "due"}): "validate_by",
        # round 20: the date an assumption is committed to be checked by (a RAID log's one
        # "Fecha compromiso" is a risk's due date, a dependency's committed date and an
        # assumption's validate-by date)
        frozenset({"commit"}): "validate_by",
        frozenset({"commit", "due"}): "validate_by",
        frozenset({"raised"}): "raised_date",
        frozenset({"submit"}): "raised_date",
        frozenset({"closed"}): "closed_date",
        frozenset({"person"}): "owner",
    },
    "dependencies": {
        frozenset({"due"}): "need_by",
        frozenset({"plan", "due"}): "need_by",
        frozenset({"commit"}): "committed_date",
        frozenset({"forecast"}): "committed_date",
        frozenset({"forecast", "due"}): "committed_date",
        frozenset({"commit", "due"}): "committed_date",
        frozenset({"actual"}): "closed_date",
        frozenset({"closed"}): "closed_date",
        frozenset({"person"}): "owner",
        frozenset({"party"}): "counterparty_owner",
        frozenset({"party", "person"}): "counterparty_owner",
        frozenset({"party", "org"}): "counterparty_project_id",
        # round 35's third wave: our own side's person named by its team or project
        # ("Project contact", "Project lead", "Team owner"); the other side's carries a
        # party word ("Supplier contact", "Other team lead") and reads as before
        frozenset({"org", "person"}): "owner",
    },
    "decisions": {
        frozenset({"person"}): "made_by",
        frozenset({"person", "decide"}): "made_by",
        frozenset({"decide"}): "date",
    },
    "milestones": {
        frozenset({"plan"}): "baseline_date",
        frozenset({"plan", "due"}): "baseline_date",
        frozenset({"due"}): "baseline_date",
        frozenset({"forecast"}): "forecast_date",
        frozenset({"forecast", "due"}): "forecast_date",
        frozenset({"actual"}): "actual_date",
        frozenset({"actual", "due"}): "actual_date",  # round 13: "Срок (факт)"
        # round 31's last hour: a milestone the client accepted, signed off or approved on
        # a date is met then ("Accepted on", "Signed off on", "Approved date"), as a SOW's
        # payment milestones are; "Accepted by" / "Signed off by" stay people (no sense)
        frozenset({"accept"}): "actual_date",
        frozenset({"decide"}): "actual_date",
        frozenset({"accept", "decide"}): "actual_date",
        frozenset({"submit"}): "actual_date",  # round 37 (t44a): a deliverable handed in
        frozenset({"person"}): "owner",
    },
}

#: Concepts of dates: a header of these ending in "by" names a person (``Raised By``,
#: ``Completed By``), except a deadline: due (``Need By``, ``Required By``) or a commitment
#: (``Promised By``, ``Committed By``: the date the other side promised, round 6).
DATE_CONCEPTS = frozenset(
    {
        "plan",
        "forecast",
        "actual",
        "closed",
        "due",
        "commit",
        "raised",
        "decide",
        "verify",
        "accept",
        "submit",
    }
)
