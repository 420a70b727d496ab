"""Legacy words and the standard list values they mean (statuses, RAG, Y/N, priorities,
response types, directions, issue types, categories). Used by
:func:`addin.adopt.convert.list_for_column`: the first value of the tuple that is in the
target list wins, so one word can serve several lists (``WIP`` is ``In Progress`` for
issues and ``Open`` for risks).
"""

from __future__ import annotations

#: Legacy word -> standard values to try in order (the first one in the target list wins).
LIST_ALIASES: dict[str, tuple[str, ...]] = {
    # round 39 (t48b): a project's stage as PMBOK names its doing phase (``Execution``,
    # Spanish ``Ejecución``): the standard's Delivery
    "execution": ("Delivery",),
    "executing": ("Delivery",),
    "in execution": ("Delivery",),
    "execution phase": ("Delivery",),
    # statuses
    "new": ("Open", "Not Started"),
    "backlog": ("Not Started", "Open"),
    "selected": ("Not Started", "Open"),
    "selected for development": ("Not Started", "Open"),
    "ready": ("Not Started", "Open"),
    "reopened": ("Open",),
    # round 28's last hour: ZenHub's first pipeline, where a new GitHub issue lands
    "new issues": ("Open", "Not Started"),
    # round 28: Pivotal Tracker's first state, a story nobody has started
    "unstarted": ("Not Started", "Open"),
    # GitLab's issue state is "opened" / "closed" (round 13)
    "opened": ("Open",),
    "in test": ("In Progress", "Open"),
    "testing": ("In Progress", "Open"),
    "mitigating": ("In Progress", "Open"),
    # round 37 (ox37): an issue with a workaround is still open, its fix not made (the
    # workaround is what was done meanwhile, rt33b's weak resolution): worked on, so the
    # issue's In Progress, never Resolved; Open in a list with no working state
    "workaround": ("In Progress", "Open"),
    "workaround in place": ("In Progress", "Open"),
    "workaround applied": ("In Progress", "Open"),
    "workaround provided": ("In Progress", "Open"),
    "open workaround": ("In Progress", "Open"),
    "open with workaround": ("In Progress", "Open"),
    "awaiting": ("Open",),
    # round 36 (t42a): a query log's (RFI, TQ) states: asked and not yet answered, then
    # answered (the answer given, the query not yet closed out: the Resolved)
    "awaiting response": ("Open",),
    "awaiting reply": ("Open",),
    "awaiting answer": ("Open",),
    "response awaited": ("Open",),
    "answered": ("Resolved", "Closed"),
    "responded": ("Resolved", "Closed"),
    "waiting": ("Open",),
    "waiting on customer": ("Open",),
    "waiting for support": ("Open",),
    "triage": ("Open",),
    "triaged": ("Open",),
    "proposed": ("Not Started", "Open"),
    "draft": ("Not Started", "Open"),
    "not due": ("Not Started", "Open"),
    "assigned": ("In Progress", "Open"),
    "in development": ("In Progress", "Open"),
    "in analysis": ("In Progress", "Open"),
    "in flight": ("In Progress", "Open"),
    "incomplete": ("In Progress", "Open"),
    "on target": ("On Track", "In Progress", "Open", "Green"),
    "implemented": ("Complete", "Delivered", "Resolved", "Closed"),
    "signed off": ("Complete", "Delivered", "Closed"),
    "verified": ("Validated", "Closed"),
    "rejected": ("Invalid", "Closed"),
    "superseded": ("Closed",),
    "archived": ("Closed",),
    "being mitigated": ("In Progress", "Open"),
    "raised": ("Open",),
    "identified": ("Open",),
    "logged": ("Open",),
    # round 41 (ox41b): a request or a report handed in and not yet assessed (a change
    # control's ``Submitted``, V-Modell's German ``eingereicht``) is open, as one logged;
    # round 42 (rt42): in a list with no Open (a milestone's, a dependency's) the work handed
    # in and awaiting its assessment is in progress, never Not Started
    "submitted": ("Open", "In Progress"),
    "active": ("Open", "In Progress"),
    "live": ("Open",),
    "pending": ("Open", "Not Started"),
    # round 13: GitHub's reopened state; Zoho BugTracker's fixed-but-untested
    "re opened": ("Open",),  # "Re-opened", "re-opened"
    "to be tested": ("In Progress", "Open"),
    "to do": ("Not Started", "Open"),
    "todo": ("Not Started", "Open"),
    "outstanding": ("Open",),
    "unresolved": ("Open",),
    "wip": ("In Progress", "Open"),
    "work in progress": ("In Progress", "Open"),
    "in progress": ("In Progress", "Open"),
    "ongoing": ("In Progress", "Open"),
    "underway": ("In Progress", "Open"),
    "started": ("In Progress", "Open"),
    "on hold": ("Open",),
    "onhold": ("Open",),
    "hold": ("Open",),
    "paused": ("Open",),
    "deferred": ("Open",),
    "escalated": ("Open", "In Progress"),
    "blocked": ("At Risk", "Late", "Open"),
    # tool exports' default status labels (Monday.com, Asana sections)
    "working on it": ("In Progress", "Open"),
    "doing": ("In Progress", "Open"),
    "stuck": ("At Risk", "Open"),
    "in review": ("In Progress", "Monitoring", "Open"),
    "under review": ("In Progress", "Monitoring", "Open"),
    "monitor": ("Monitoring", "Open"),
    "monitoring": ("Monitoring", "Open"),
    "watch": ("Monitoring", "Open"),
    "watching": ("Monitoring", "Open"),
    # round 33's last hour: a milestone the client accepted (a statement of work's or a
    # contract's acceptance, which releases its payment) is complete; a risk accepted is
    # still watched, an issue accepted still open (their lists take the first two)
    "accepted": ("Monitoring", "Open", "Complete"),
    "closed": ("Closed", "Complete"),
    "close": ("Closed",),
    # Jira's, Trello's and Planner's "Done": the work is done; an issue Resolved, a
    # dependency Delivered, a milestone Complete (each a closed status; the reading is
    # recorded and a PMO may set "Closed" in the mapping file's list_words)
    "done": ("Complete", "Delivered", "Resolved", "Closed"),
    # round 20: a dependency complete is delivered, as one done is (the dependency list
    # has no Complete; its Closed is for one dropped or no longer needed)
    "complete": ("Complete", "Delivered", "Closed"),
    "completed": ("Complete", "Delivered", "Closed"),
    "finished": ("Complete", "Delivered", "Closed"),
    "achieved": ("Complete", "Delivered", "Closed"),
    # round 17: a stage gate passed (stage-gate and gateway trackers) is achieved
    "passed": ("Complete", "Closed"),
    "gate passed": ("Complete", "Closed"),
    "cancelled": ("Closed",),
    "canceled": ("Closed",),
    "retired": ("Closed",),
    "withdrawn": ("Closed",),
    "mitigated": ("Closed",),
    "expired": ("Closed",),
    "obsolete": ("Closed",),
    "duplicate": ("Closed",),
    "dup": ("Closed",),  # round 27: a well-worn log's abbreviation of duplicate
    "won t do": ("Closed",),
    "wont do": ("Closed",),
    "won t fix": ("Closed",),
    "transferred": ("Closed",),
    "realised": ("Closed",),
    "realized": ("Closed",),
    "occurred": ("Closed",),
    "resolved": ("Resolved", "Closed"),
    "fixed": ("Resolved", "Closed"),
    # round 39 (t49a): a snag or a defect put right in a builder's or a fit-out
    # contractor's words (``Open`` / ``Cleared``; ``Rectified``): fixed, as ``Fixed`` is
    "cleared": ("Resolved", "Closed"),
    "rectified": ("Resolved", "Closed"),
    "validated": ("Validated", "Closed"),
    "confirmed": ("Validated", "Open"),  # an issue or a risk confirmed is still open
    "valid": ("Validated",),
    "invalid": ("Invalid",),
    "invalidated": ("Invalid",),
    "disproved": ("Invalid",),
    # a milestone met is achieved: Complete (round 11; it was Closed, which a milestone
    # list keeps for one dropped without being achieved)
    "met": ("Delivered", "Complete", "Closed"),
    "delivered": ("Delivered", "Complete", "Closed"),
    # round 15: a release shipped (Aha! Roadmaps' and Jira versions' workflow) is delivered
    "shipped": ("Delivered", "Complete", "Closed"),
    "released": ("Delivered", "Complete", "Closed"),
    "received": ("Delivered", "Closed"),
    # round 38 (t47a): what a party owes handed over, as a schedule of client obligations
    # or client-supplied items says it (``Provided`` / ``Supplied`` beside ``Outstanding``)
    "provided": ("Delivered", "Closed"),
    "supplied": ("Delivered", "Closed"),
    # round 29: a dependency landed has arrived (delivered), as one received; a
    # dependency committed stays unread and listed (round 11: agreed by both sides, or
    # on track to its promised date?)
    "landed": ("Delivered", "Complete", "Closed"),
    "at risk": ("At Risk", "Open", "Amber"),
    # round 20: a plan item's status written as the noun alone ("Risk", Dutch "Risico",
    # Spanish "Riesgo"): the item is at risk; read only where the list has At Risk
    # (milestones, dependencies), never as a risk's own status or a RAG colour
    "risk": ("At Risk",),
    "late": ("Late", "At Risk", "Open", "Red"),
    "overdue": ("Late", "At Risk", "Open"),
    "delayed": ("Late", "At Risk", "Open"),
    "behind": ("Late", "At Risk", "Open"),
    "slipped": ("Late", "At Risk", "Open"),
    "on track": ("On Track", "In Progress", "Open", "Green"),
    # round 20: the plain English of a schedule's state, as "on track", "behind" and "not
    # started" are read (status reports and milestone plans write them so)
    "on schedule": ("On Track", "In Progress", "Open", "Green"),
    "ahead of schedule": ("On Track", "In Progress", "Open", "Green"),
    "behind schedule": ("Late", "At Risk", "Open"),
    "slipping": ("Late", "At Risk", "Open"),
    "not yet started": ("Not Started", "Open"),
    "completed late": ("Complete", "Delivered", "Closed"),
    "complete late": ("Complete", "Delivered", "Closed"),
    "delivered late": ("Delivered", "Complete", "Closed"),
    "off track": ("Late", "At Risk", "Open", "Red"),
    "not started": ("Not Started", "Open"),
    "planned": ("Not Started", "Open"),
    "scheduled": ("Not Started", "Open"),
    "future": ("Not Started", "Open"),
    "open": ("Open", "Not Started"),
    # RAG
    "g": ("Green", "On Track", "In Progress"),
    "green": ("Green", "On Track", "In Progress"),  # a RAG word in a status column
    "a": ("Amber", "At Risk"),
    "amber": ("Amber", "At Risk"),
    "yellow": ("Amber", "At Risk"),
    "orange": ("Amber",),
    "amber red": ("Amber", "At Risk"),  # the five-level (DCA) RAG: Amber/Red is in doubt
    "red amber": ("Red", "At Risk"),
    "amber green": ("Amber", "On Track", "In Progress"),
    "green amber": ("Green", "On Track", "In Progress"),
    "r": ("Red", "Late", "At Risk"),
    "red": ("Red", "Late", "At Risk"),
    # Y/N
    "y": ("Y", "Programme"),  # an escalation column with Y/N: Y = escalated beyond the project
    "yes": ("Y", "Programme"),
    "true": ("Y", "Validated"),
    "x": ("Y",),
    "1": ("Y",),
    "n": ("N", "Project"),
    "no": ("N", "Project"),
    "false": ("N", "Invalid"),
    "0": ("N",),
    # priority / confidence
    "urgent": ("Critical", "High"),
    "very high": ("Critical", "High"),
    "critical": ("Critical", "High"),
    "highest": ("Critical", "High"),
    "p1": ("Critical",),
    "p2": ("High",),
    "p3": ("Medium",),
    "p4": ("Low",),
    "h": ("High",),
    "high": ("High",),
    "m": ("Medium",),
    "med": ("Medium",),
    "medium": ("Medium",),
    "normal": ("Medium",),
    # round 17: Businessmap's (Kanbanize) card priorities are Low, Average, High, Critical
    "average": ("Medium",),
    "moderate": ("Medium",),
    "l": ("Low",),
    "low": ("Low",),
    "very low": ("Low",),
    "minor": ("Low",),
    "lowest": ("Low",),
    "important": ("High",),  # Microsoft Planner: Urgent, Important, Medium, Low
    # Rally's defect priorities (round 14): Resolve Immediately, High Attention, Normal, Low
    "resolve immediately": ("Critical",),
    "high attention": ("High",),
    "blocker": ("Critical", "Problem"),
    "showstopper": ("Critical",),
    "major": ("High",),
    "trivial": ("Low",),
    "negligible": ("Low",),
    "cosmetic": ("Low",),  # red team of round 20: below Low, never the middle
    "informational": ("Low",),
    "info": ("Low",),
    # response types
    "mitigate": ("Reduce",),
    "mitigation": ("Reduce",),
    "reduce": ("Reduce",),
    "reduction": ("Reduce",),
    "treat": ("Reduce",),
    "control": ("Reduce",),
    "avoid": ("Avoid",),
    "avoidance": ("Avoid",),
    "eliminate": ("Avoid",),
    "terminate": ("Avoid",),
    "transfer": ("Transfer",),
    "insure": ("Transfer",),
    "accept": ("Accept",),
    "acceptance": ("Accept",),
    "tolerate": ("Accept",),
    "retain": ("Accept",),
    "share": ("Share",),
    "contingency": ("Contingency",),
    "fallback": ("Contingency",),
    # round 33: PRINCE2's 2009 name of the fallback response ("Prepare contingent plans")
    "prepare contingent plans": ("Contingency",),
    "prepare contingent plan": ("Contingency",),
    "contingent plan": ("Contingency",),
    "contingent plans": ("Contingency",),
    # dependency direction
    "inbound": ("Inbound",),
    "incoming": ("Inbound",),
    "in": ("Inbound",),
    "upstream": ("Inbound",),
    "outbound": ("Outbound",),
    "outgoing": ("Outbound",),
    "out": ("Outbound",),
    "downstream": ("Outbound",),
    "give": ("Outbound",),  # a Give / Get column: we give it to the other project
    "giving": ("Outbound",),
    "provide": ("Outbound",),
    "provider": ("Outbound",),
    "providing": ("Outbound",),  # round 21: a Providing / Receiving column, as Giving / Get
    "get": ("Inbound",),
    "receive": ("Inbound",),
    "receiver": ("Inbound",),
    # round 29: a dependency log's plain words for the two ways (``We need`` / ``We
    # provide``, ``Giver`` / ``Taker``): what we need comes in, what we provide goes out
    "we need": ("Inbound",),
    "we receive": ("Inbound",),
    "we get": ("Inbound",),
    "taker": ("Inbound",),
    "we provide": ("Outbound",),
    "we give": ("Outbound",),
    "we deliver": ("Outbound",),
    "giver": ("Outbound",),
    "receiving": ("Inbound",),
    "take": ("Inbound",),
    # issue types
    "problem": ("Problem",),
    "problem concern": ("Problem",),
    "concern": ("Concern",),
    "request for change": ("Request for Change",),
    "rfc": ("Request for Change",),
    "change request": ("Request for Change",),
    "change": ("Request for Change",),
    "cr": ("Request for Change",),
    "off specification": ("Off-Specification",),
    "off spec": ("Off-Specification",),
    "defect": ("Off-Specification",),
    "bug": ("Off-Specification",),
    # risk categories
    "cost": ("Financial",),
    "budget": ("Financial",),
    "finance": ("Financial",),
    "financial": ("Financial",),
    "resource": ("People", "OpEx"),  # round 16: OpEx in a CapEx / OpEx column (RDEL)
    "resources": ("People",),
    "resourcing": ("People",),
    "staff": ("People", "Labour"),
    "staffing": ("People", "Labour"),
    "hr": ("People",),
    "skills": ("People",),
    "technology": ("Technical",),
    "technical": ("Technical",),
    "tech": ("Technical",),
    "it": ("Technical",),
    "system": ("Technical",),
    "systems": ("Technical",),
    "integration": ("Technical",),
    "data": ("Technical",),
    "data quality": ("Technical",),
    "time": ("Schedule",),
    "timeline": ("Schedule",),
    "timescale": ("Schedule",),
    "delay": ("Schedule",),
    "requirements": ("Scope",),
    "compliance": ("Legal",),
    "regulatory": ("Legal",),
    "legal": ("Legal",),
    "contractual": ("Commercial",),
    "contract": ("Commercial",),
    "procurement": ("Commercial",),
    "cyber": ("Security",),
    "supplier": ("Third Party",),
    "vendor": ("Third Party",),
    "external": ("Third Party",),
    "third party": ("Third Party",),
    "client": ("Third Party",),
    "customer": ("Third Party",),
    "quality": ("Operational",),
    "operations": ("Operational",),
    "process": ("Operational",),
    "environment": ("Operational",),
    "stakeholder": ("People",),
    "programme delivery": ("Operational",),
    # cost categories, capex/opex
    "labor": ("Labour",),
    "labour": ("Labour",),
    "personnel": ("Labour",),
    "salaries": ("Labour",),
    "contractor": ("Contractors",),
    "consultants": ("Contractors",),
    "material": ("Hardware",),
    "materials": ("Hardware",),
    "equipment": ("Hardware",),
    "licences": ("Software",),
    "licenses": ("Software",),
    "travel": ("Travel",),
    # round 29: a PM's words for the cost categories in a tracker's heading rows (``Staff
    # costs``, ``Kit``, ``Licences & subscriptions``: ``category_words.category_of``)
    "people": ("Labour",),
    "payroll": ("Labour",),
    "wages": ("Labour",),
    "salary": ("Labour",),
    "kit": ("Hardware",),
    "subscriptions": ("Software",),
    "software licences": ("Software",),
    "subsistence": ("Travel",),
    # round 30: a funder's cost categories (research grants' budget forms: personnel,
    # subcontracting, travel, equipment, other goods, indirect costs at a flat rate)
    "subcontracting": ("Contractors",),
    "subcontractors": ("Contractors",),
    "subcontract": ("Contractors",),
    "sub contracting": ("Contractors",),
    "indirect": ("Other",),
    "indirect costs": ("Other",),
    "overheads": ("Other",),
    "overhead": ("Other",),
    "capital": ("CapEx",),
    "capex": ("CapEx",),
    # round 40 (t51a): an account class's ``Capital`` / ``Expense`` pair (what is expensed
    # is operating spend, what is capitalised is capital)
    "expense": ("OpEx",),
    "expensed": ("OpEx",),
    "capitalised": ("CapEx",),
    "capitalized": ("CapEx",),
    "operating": ("OpEx",),
    # round 40 (t50c): the operating side beside the investment one in a column of spend
    # kinds (a Swiss cost centre export's ``Art``: ``Investition`` / ``Betrieb``, which the
    # values' words read as ``operational``; English ``Capital`` / ``Operational``)
    "operational": ("OpEx",),
    "opex": ("OpEx",),
    "revenue": ("OpEx",),
    # round 16: the UK's spending controls, HM Treasury's budgets a department reports its
    # lines under: Resource and Capital DEL (Departmental Expenditure Limits) and AME
    "rdel": ("OpEx",),
    "cdel": ("CapEx",),
    "resource del": ("OpEx",),
    "capital del": ("CapEx",),
    "rame": ("OpEx",),
    "came": ("CapEx",),
    # proximity
    # a proximity's "Immediate"; the top of OpenProject's and Redmine's priorities (Low,
    # Normal, High, Urgent, Immediate) in a priority column (round 14)
    "immediate": ("Imminent", "Critical"),
    "now": ("Imminent",),
    "this week": ("Imminent",),
    "this month": ("Within 1 month",),
    "next month": ("1-3 months",),
    "next 3 months": ("1-3 months",),
    "next quarter": ("1-3 months",),
    "next 6 months": ("3-6 months",),
    "6 months": ("3-6 months",),
    "far away": ("Over 6 months",),
    "long term": ("Over 6 months",),
    # round 30: a government return's guidance words for proximity (near, medium, long term)
    "near term": ("1-3 months",),
    "medium term": ("3-6 months",),
    "mid term": ("3-6 months",),
    "next year": ("Over 6 months",),
    "later": ("Over 6 months",),
    # round 11: the workflow words of common tools, read only where one status of the
    # register's list means the same; words that could mean two (Agreed, Committed,
    # Approved, Treated, Dormant, Inactive) stay unread and listed
    # round 30: a procurement plan's package states (a development bank's plan): a package
    # whose contract is signed or awarded is done; one being tendered or evaluated is under way
    # round 31: a milestone's Complete in any milestone register (a milestone signed,
    # awarded or approved is reached: a contract award, a gate's approval), and ONLY a
    # milestone's: a dependency whose contract is signed is not delivered, an issue or a
    # risk whose paper is signed is not closed (no value of their lists means it: unread and
    # listed, as round 11 leaves words that could mean two)
    "signed": ("Complete",),
    "contract signed": ("Complete",),
    "awarded": ("Complete",),
    "contract awarded": ("Complete",),
    "approved": ("Complete",),
    "under evaluation": ("In Progress", "Open"),
    "bid evaluation": ("In Progress", "Open"),
    "under procurement": ("In Progress", "Open"),
    "tendering": ("In Progress", "Open"),
    "out to tender": ("In Progress", "Open"),
    "parked": ("Open",),  # set aside, not finished: as On Hold
    "awaiting info": ("Open",),
    "awaiting information": ("Open",),
    "awaiting approval": ("Open",),
    "pending approval": ("Open",),
    "pending review": ("Open",),
    "under investigation": ("In Progress", "Open"),  # ServiceNow, Jira Service Management
    "investigating": ("In Progress", "Open"),
    "removed": ("Closed",),  # Azure DevOps: taken off the backlog, not done
    "closed complete": ("Complete", "Delivered", "Resolved", "Closed"),  # ServiceNow
    "closed incomplete": ("Closed",),
    "closed skipped": ("Closed",),
    "avoided": ("Closed",),  # a risk avoided no longer threatens, as Transferred
    "tolerated": ("Monitoring", "Open"),  # as Accepted
    "became issue": ("Closed",),  # a risk realised, as Realised
    "became an issue": ("Closed",),
    "converted to issue": ("Closed",),
    "escalated to issue": ("Closed",),
    "proven": ("Validated",),  # an assumption shown true
    "disproven": ("Invalid",),
    "to validate": ("Open",),
    "to be validated": ("Open",),
    # round 39 (t48b): an assumption still to be checked (French ``À vérifier``)
    "to verify": ("Open",),
    "to be verified": ("Open",),
    "to check": ("Open",),
    "to be checked": ("Open",),
    "not yet validated": ("Open",),
    # round 27's last hour: an assumption nobody has checked yet is open
    "not yet checked": ("Open",),
    "not checked": ("Open",),
    "not yet verified": ("Open",),
    "unchecked": ("Open",),
    "unconfirmed": ("Open",),
    "missed": ("Late",),  # a milestone or dependency date missed
    "requested": ("Open",),  # a dependency asked for, not yet agreed
    "blue": ("Complete", "Delivered"),  # BRAG's blue: done (no RAG colour: see convert.py)
    # round 14: an assumption that no longer holds, as assumption logs and logframes write
    # it ("Not valid", "No longer holds", "Does not hold"): Invalid; words saying it still
    # holds ("Holding", "Holds") stay unread (open, or validated so far?)
    "not valid": ("Invalid",),
    "no longer valid": ("Invalid", "Closed"),
    "not true": ("Invalid",),
    "no longer true": ("Invalid",),
    "does not hold": ("Invalid",),
    "doesn t hold": ("Invalid",),
    "no longer holds": ("Invalid",),
    "no longer holding": ("Invalid",),
    "not holding": ("Invalid",),
    "proven false": ("Invalid",),
    "proved false": ("Invalid",),
    "proven wrong": ("Invalid",),
    "proved wrong": ("Invalid",),
    "proven true": ("Validated",),
    "proved true": ("Validated",),
    # round 29: an assumption proved is validated (as one proven), as disproved is invalid
    "proved": ("Validated",),
    # round 29's last hour: an assumption found wrong no longer holds (as "proved wrong",
    # "not true"); only the assumption list has Invalid, so a risk or issue "Wrong" stays
    # unread
    "wrong": ("Invalid",),
    "incorrect": ("Invalid",),
    # round 29's last hour: an issue someone is working on (a hand-kept log's "Being worked",
    # "Being actioned"), as "working on it"
    "being worked": ("In Progress", "Open"),
    "being worked on": ("In Progress", "Open"),
    "being actioned": ("In Progress", "Open"),
    # round 16: a payment milestone's state (grant agreements, NEC / FIDIC contracts, vendor
    # statements of work): paid or invoiced only once achieved and accepted; a claim or
    # report submitted is achieved but not yet accepted. Only lists with these values take
    # them (a milestone's, a dependency's): a risk or issue "Paid" stays unread
    "paid": ("Complete", "Delivered"),
    "payment made": ("Complete", "Delivered"),
    "payment received": ("Complete", "Delivered"),
    "invoiced": ("Complete", "Delivered"),
    "approved for payment": ("Complete", "Delivered"),
    "awaiting payment": ("Complete", "Delivered"),
    "payment pending": ("Complete", "Delivered"),
    "report submitted": ("In Progress",),
    "claim submitted": ("In Progress",),
    "evidence submitted": ("In Progress",),
    "not yet due": ("Not Started", "Open"),
    # round 42 (v42c): the value words of the PM standards, government templates and tool
    # exports swept list by list (docs/adopt.md, "English words of the standards and
    # tools, swept"): a word already read keeps its reading; each new word has one meaning
    # per list. A risk's states (PMBOK, PRINCE2, ISO 31000 registers): assessed or being
    # treated is open, watched is monitored, lapsed or eliminated is closed (``Dormant``
    # stays unread: watched, or as good as closed?)
    "assessed": ("Open",),
    "being managed": ("In Progress", "Open"),
    "under treatment": ("In Progress", "Open"),
    "watch list": ("Monitoring", "Open"),
    "on watch": ("Monitoring", "Open"),
    "monitored": ("Monitoring", "Open"),
    "under monitoring": ("Monitoring", "Open"),
    "tracking": ("Monitoring", "Open"),
    "lapsed": ("Closed",),
    "eliminated": ("Closed",),
    "no longer relevant": ("Closed",),
    "no longer required": ("Closed",),
    "not required": ("Closed",),
    # an issue's (Jira, ServiceNow, PRINCE2 issue register): reported and acknowledged are
    # open; ready for closure is resolved (the fix made, its closure not yet signed off;
    # ``Awaiting closure`` stays unread, as every ``Awaiting ...`` closed word is)
    "reported": ("Open",),
    "acknowledged": ("Open",),
    "ready for closure": ("Resolved", "Open"),
    "solution provided": ("Resolved",),
    "not an issue": ("Closed",),
    # an assumption's (PMBOK assumption log): being checked is open; it did not hold.
    # "Unvalidated", "Not validated" and "Holds" stay unread (round 14's and the red
    # team's rulings: not yet checked, or validated so far?)
    "being validated": ("Open",),
    "did not hold": ("Invalid",),
    "failed": ("Invalid",),
    "converted to risk": ("Closed",),
    # a dependency's or a milestone's (MSP, government trackers, Smartsheet, monday.com)
    "under threat": ("At Risk",),
    "threatened": ("At Risk",),
    "jeopardy": ("At Risk",),
    "in jeopardy": ("At Risk",),
    "satisfied": ("Delivered", "Complete"),
    "fulfilled": ("Delivered", "Complete"),
    "upcoming": ("Not Started", "Open"),
    "under way": ("In Progress", "Open"),
    "past due": ("Late", "At Risk", "Open"),
    "accomplished": ("Complete", "Delivered", "Closed"),
    "deleted": ("Closed",),
    "descoped": ("Closed",),
    "de scoped": ("Closed",),
    # a risk's response (PMBOK's avoid / mitigate / transfer / accept, ISO 31000's
    # treatment options: change the likelihood or the consequence, share, retain)
    "minimise": ("Reduce",),
    "minimize": ("Reduce",),
    "modify": ("Reduce",),
    "reduce likelihood": ("Reduce",),
    "reduce probability": ("Reduce",),
    "reduce impact": ("Reduce",),
    "reduce consequence": ("Reduce",),
    "reduce consequences": ("Reduce",),
    "insurance": ("Transfer",),
    "transference": ("Transfer",),
    "retention": ("Accept",),
    "sharing": ("Share",),
    "contingency plan": ("Contingency",),
    "fallback plan": ("Contingency",),
    # an issue's type (PRINCE2: a problem or concern, a request for change, an
    # off-specification; ITIL and quality logs' words for each)
    "incident": ("Problem",),
    "error": ("Problem",),
    "fault": ("Problem",),
    "question": ("Concern",),
    "query": ("Concern",),
    "enquiry": ("Concern",),
    "inquiry": ("Concern",),
    "observation": ("Concern",),
    "enhancement": ("Request for Change",),
    "scope change": ("Request for Change",),
    "feature request": ("Request for Change",),
    "non conformance": ("Off-Specification",),
    "nonconformance": ("Off-Specification",),
    "ncr": ("Off-Specification",),
    "deviation": ("Off-Specification",),
    "quality issue": ("Off-Specification",),
    "concession": ("Off-Specification",),
    "p5": ("Low",),
    # a dependency's direction
    "inward": ("Inbound",),
    "outward": ("Outbound",),
    "depends on": ("Inbound",),
    "dependent on": ("Inbound",),
    "incoming dependency": ("Inbound",),
    "we depend on them": ("Inbound",),
    "outgoing dependency": ("Outbound",),
    "they depend on us": ("Outbound",),
    # a finance line's CapEx / OpEx (the UK public sector's capital and revenue, short
    # forms of trackers)
    "cap": ("CapEx",),
    "capital expenditure": ("CapEx",),
    "capitalisable": ("CapEx",),
    "capitalizable": ("CapEx",),
    "rev": ("OpEx",),
    "op": ("OpEx",),
    "operating expenditure": ("OpEx",),
    "operational expenditure": ("OpEx",),
    "revenue expenditure": ("OpEx",),
    # an escalation's level named by its board (PRINCE2's project board, MSP's programme
    # board)
    "project board": ("Project",),
    "programme board": ("Programme",),
    "program board": ("Programme",),
    "portfolio board": ("Portfolio",),
    "enterprise pmo": ("EPMO",),
}


#: Register nouns that, alone as a list value, are one of the aliases above (round 20): a
#: value read through the header words (``Risico`` = risk) when the value words do not
#: read it. Only nouns a status column writes as a status: ``Risk`` on a milestone.
STATUS_NOUNS = frozenset({"risk"})
